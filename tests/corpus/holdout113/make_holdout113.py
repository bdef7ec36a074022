#!/usr/bin/env python3
"""Build holdout113: 150 hand-written blind test mails with labels.

Theme: long quoted histories (Outlook, Gmail, Thunderbird, Zimbra, Apple
threads with several quoted levels, where the new text is short and the quoted
part discusses other topics) and forwarded chains inside an academie.

Standard library only, deterministic.  Every mail text below is written by
hand; the code only wraps texts in headers, quoting and MIME encodings.
Run:  python3 make_holdout113.py   (writes h001.eml .. h150.eml + labels.jsonl
next to this script, then re-reads and checks them).
"""
import base64
import datetime as dt
import email
import email.policy
import html
import json
import os
import quopri
import random
import re
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(113113)
SUPPORT = "support@assistance.example.fr"

CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
]
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}

# regions.md
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
DEPT2REGION, DOMAIN2REGION = {}, {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT2REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _d in _doms.split():
        DOMAIN2REGION[_d] = _slug

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and \
        LETTERS[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT2REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN2REGION.get(dom)


# ---------------------------------------------------------------- dates
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
            "sept.", "oct.", "nov.", "déc."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
           "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]

TZ = {"metro": None, "971": -4, "972": -4, "973": -3, "974": 4, "976": 3}


def paris_tz(d):
    # crude DST: last Sunday of March .. last Sunday of October
    def last_sunday(y, m):
        x = dt.date(y, m, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    summer = last_sunday(d.year, 3) <= d.date() < last_sunday(d.year, 10)
    return dt.timezone(dt.timedelta(hours=2 if summer else 1))


def fmt_attr(kind, d, name, addr, lang):
    """Attribution line of a reply, in the given client's style."""
    h = d.strftime("%H:%M")
    if kind == "gmail":
        if lang == "en":
            h12 = d.strftime("%I:%M %p").lstrip("0")
            return "On %s, %s %d, %d at %s %s <%s> wrote:" % (
                DAYS_EN[d.weekday()][:3], MONTHS_EN[d.month - 1][:3], d.day,
                d.year, h12, name, addr)
        return "Le %s. %d %s %d à %s, %s <%s> a écrit :" % (
            JOURS[d.weekday()][:3], d.day, MOIS_ABR[d.month - 1], d.year, h,
            name, addr)
    if kind == "thunderbird":
        if lang == "en":
            return "On %s %s, %s wrote:" % (d.strftime("%d/%m/%Y"), h, name)
        return "Le %s à %s, %s a écrit :" % (d.strftime("%d/%m/%Y"), h, name)
    if kind == "apple":
        if lang == "en":
            return "On %d %s %d, at %s, %s <%s> wrote:" % (
                d.day, MONTHS_EN[d.month - 1][:3], d.year, h, name, addr)
        return "Le %d %s %d à %s, %s <%s> a écrit :" % (
            d.day, MOIS_ABR[d.month - 1], d.year, h, name, addr)
    raise ValueError(kind)


def outlook_block(d, name, addr, to, subj, lang, style):
    if lang == "en":
        head = "From: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
            name, addr, DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day,
            d.year, d.strftime("%I:%M %p").lstrip("0"), to, subj)
        sep = "-----Original Message-----" if style == 1 else "_" * 32
    else:
        head = "De : %s <%s>\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s" % (
            name, addr, JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year,
            d.strftime("%H:%M"), to, subj)
        sep = "-----Message d'origine-----" if style == 1 else "_" * 32
    return sep + "\n" + head


def zimbra_block(d, name, addr, to, subj, fwd):
    sep = "----- Mail transféré -----" if fwd else "----- Mail original -----"
    return '%s\nDe: "%s" <%s>\nÀ: %s\nEnvoyé: %s %d %s %d %s\nObjet: %s' % (
        sep, name, addr, to, JOURS[d.weekday()].capitalize(), d.day,
        MOIS[d.month - 1].capitalize(), d.year, d.strftime("%H:%M:%S"), subj)


def fwd_block(kind, d, name, addr, to, subj, lang):
    if kind == "gmail":
        if lang == "en":
            return ("---------- Forwarded message ---------\nFrom: %s <%s>\n"
                    "Date: %s, %s %d, %d at %s\nSubject: %s\nTo: %s") % (
                name, addr, DAYS_EN[d.weekday()][:3], MONTHS_EN[d.month - 1][:3],
                d.day, d.year, d.strftime("%I:%M %p").lstrip("0"), subj, to)
        return ("---------- Forwarded message ---------\nDe : %s <%s>\n"
                "Date: %s. %d %s %d à %s\nSubject: %s\nTo: %s") % (
            name, addr, JOURS[d.weekday()][:3], d.day, MOIS_ABR[d.month - 1],
            d.year, d.strftime("%H:%M"), subj, to)
    if kind == "thunderbird":
        return ("-------- Message transféré --------\nSujet : \t%s\nDate : \t%s\n"
                "De : \t%s <%s>\nPour : \t%s") % (
            subj, format_datetime(d), name, addr, to)
    if kind == "apple":
        return ("Début du message réexpédié :\n\nDe: %s <%s>\nObjet: %s\n"
                "Date: %d %s %d à %s\nÀ: %s") % (
            name, addr, subj, d.day, MOIS[d.month - 1], d.year,
            d.strftime("%H:%M:%S"), to)
    if kind == "zimbra":
        return zimbra_block(d, name, addr, to, subj, True)
    return outlook_block(d, name, addr, to, subj, lang, 1)


def qprefix(text):
    return "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l)
                     for l in text.split("\n"))


def render_thread(client, lang, body, levels, dates):
    """levels[0] is the message quoted by the writer, levels[1] the one quoted
    inside levels[0], and so on.  Each level: dict(w=(name, addr), s=subject,
    t=text, to=..., f=True for a forward, c=client used by that level's author
    to quote its own parent)."""
    if not levels:
        return body
    lv = levels[0]
    name, addr = lv["w"]
    inner = render_thread(lv.get("c", client), lang, lv["t"], levels[1:],
                          dates[1:])
    d = dates[0]
    to = lv.get("to", "")
    subj = lv.get("s", "")
    if lv.get("f"):
        return body + "\n\n" + fwd_block(client, d, name, addr, to, subj,
                                         lang) + "\n\n" + inner
    if client in ("gmail", "thunderbird", "apple"):
        return (body + "\n\n" + fmt_attr(client, d, name, addr, lang) + "\n" +
                qprefix(inner))
    if client == "zimbra":
        return body + "\n\n" + zimbra_block(d, name, addr, to, subj, False) + \
            "\n\n" + inner
    if client == "zimbra_q":
        return (body + "\n\n" + zimbra_block(d, name, addr, to, subj, False)
                + "\n\n" + qprefix(inner))
    style = 2 if client == "outlook2" else 1
    return body + "\n\n" + outlook_block(d, name, addr, to, subj, lang,
                                         style) + "\n\n" + inner


def to_html(text, client):
    out, depth = [], 0
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)+)", line)
        n = m.group(1).count(">") if m else 0
        if m:
            line = line[len(m.group(1)):]
        while depth < n:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px '
                       'solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > n:
            out.append("</blockquote>")
            depth -= 1
        if line.startswith(("-----Message d'origine", "-----Original", "_" * 32,
                            "----- Mail ", "-------- Message ",
                            "---------- Forwarded")):
            out.append('<hr style="border:none;border-top:solid #E1E1E1 1.0pt">')
            if line.startswith(("-----", "_")):
                continue
        esc = html.escape(line)
        if client.startswith("outlook"):
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc or "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (esc or "<br>"))
    out.extend("</blockquote>" for _ in range(depth))
    inner = "\n".join(out)
    if client.startswith("outlook"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; '
                'charset=%CS%"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}</style></head>\n'
                '<body lang="FR" link="#0563C1"><div class="WordSection1">\n'
                + inner + "\n</div></body></html>\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=%CS%"></head><body><div dir="ltr">\n' + inner +
            "\n</div></body></html>\n")


# ---------------------------------------------------------------- MIME
def encode_part(ctype, text, charset, cte):
    if ctype == "text/html":
        text = text.replace("%CS%", charset)
    try:
        raw = text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
        if ctype == "text/html":
            text = re.sub(r"charset=[\w-]+", "charset=utf-8", text)
        raw = text.encode(charset)
    if cte == "8bit" and all(b < 128 for b in raw):
        cte = "7bit"
    if cte == "qp":
        payload = quopri.encodestring(raw)
    elif cte == "b64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw
    head = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (
        ctype, charset, {"qp": "quoted-printable", "b64": "base64"}.get(cte, cte))
    return head.encode("ascii") + payload


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def msgid(client, domain):
    if client.startswith("outlook"):
        if RNG.random() < 0.5:
            return "<%s$%s$%s@%s>" % (hexid(16), hexid(8), hexid(8), domain)
        return "<PR3P%s%sA%s@PR3P%s.FRAP%s.PROD.OUTLOOK.COM>" % (
            RNG.randint(100, 999), "MB", hexid(8).upper(), RNG.randint(100, 999),
            RNG.randint(100, 299))
    if client in ("gmail", "android"):
        return "<CA%s@mail.gmail.com>" % alnum(40)
    if client.startswith("zimbra"):
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (
            RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 5, 10 ** 6),
            RNG.randint(10 ** 12, 10 ** 13), domain)
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hexid(8).upper(), hexid(4).upper(),
                                        hexid(4).upper(), hexid(4).upper(),
                                        hexid(12).upper(), domain)
    return "<%s-%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(4),
                                    hexid(12), domain)


MAILERS = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQH%s==" % "%s"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "zimbra": ["X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF131 (Win)/9.0.0_ZEXTRAS_20240927)"],
    "apple": ["X-Mailer: iPhone Mail (21F90)"],
}


def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def addr_hdr(name, addr):
    return formataddr((name, addr), charset="utf-8") if name else addr


def build(i, m, date):
    name, addr = m["frm"]
    domain = addr.rsplit("@", 1)[1]
    cl = m.get("cl", "gmail")
    lang = m.get("lang", "fr")
    levels = m.get("q", [])
    # dates of quoted levels, going back in time
    dates, d = [], date
    for _ in levels:
        d = d - dt.timedelta(days=RNG.randint(1, 3))
        d = d.replace(hour=RNG.randint(8, 17), minute=RNG.randint(0, 59),
                      second=RNG.randint(0, 59))
        dates.append(d)
    rcl = {"android": "gmail", "outlook2": "outlook2"}.get(cl, cl)
    text = render_thread(rcl, lang, m["body"].strip("\n"), levels, dates) + "\n"
    fmt = m.get("fmt", "plain")
    cte = m.get("cte", "qp")
    cs = m.get("cs", "utf-8")
    lines = []
    auth = m.get("auth", "pass")
    lines.append("Return-Path: <%s>" % m.get("rp", addr))
    lines.append("Delivered-To: " + SUPPORT)
    relay = "smtp%d.%s" % (RNG.randint(1, 5), domain) if domain.startswith("ac-") \
        else "mail-%s.%s" % (alnum(6).lower(), domain)
    lines.append("Received: from %s (%s [198.51.100.%d])\n\tby mx1.assistance.example.fr"
                 " (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                     relay, relay, RNG.randint(2, 250), alnum(15), SUPPORT,
                     format_datetime(date.astimezone(paris_tz(date)))))
    if auth == "pass":
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass"
                     " (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\t"
                     "dmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain))
    elif auth == "fail":
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;"
                     "\n\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine) "
                     "header.from=%s" % (domain, domain))
    lines.append("From: " + addr_hdr(name, addr))
    lines.append("To: " + m.get("to", RNG.choice(["Assistance <%s>" % SUPPORT, SUPPORT])))
    if m.get("cc"):
        lines.append("Cc: " + m["cc"])
    lines.append("Subject: " + hdr(m["subj"]))
    lines.append("Date: " + format_datetime(date))
    lines.append("Message-ID: " + msgid(cl, domain))
    refs = []
    if m.get("tk"):
        refs.append("<SUP-%06d.%d.%s@assistance.example.fr>" % (
            m["tk"], int(dates[0].timestamp()) if dates else 1700000000, hexid(6)))
    elif levels and not levels[0].get("f") and m["subj"].lower().startswith(("re", "tr", "fw")):
        refs = [msgid(levels[k].get("c", cl), levels[k]["w"][1].rsplit("@", 1)[1])
                for k in range(len(levels) - 1, -1, -1)]
    if refs:
        lines.append("In-Reply-To: " + refs[-1])
        lines.append("References: " + "\n ".join(refs))
    lines.append("MIME-Version: 1.0")
    for h in MAILERS.get(cl.rstrip("2").replace("zimbra_q", "zimbra"), []):
        if "%s" in h:
            h = h % alnum(20)
        lines.append(h)
    if cl.startswith("outlook"):
        lines.append("Content-Language: " + ("en-US" if lang == "en" else "fr-FR"))
    for h in m.get("xh", []):
        lines.append(h)
    head = "\n".join(lines).encode("utf-8") + b"\n"
    if m.get("raw_body") is not None:       # prebuilt MIME body (reports)
        return head + m["raw_body"](text, date)
    if fmt == "plain":
        body = encode_part("text/plain", text, cs, cte)
    elif fmt == "html":
        body = encode_part("text/html", to_html(text, cl), cs, cte)
    else:
        b = "----=_NextPart_%s" % hexid(12) if cl.startswith("outlook") else \
            "000000000000%s" % hexid(12)
        body = ('Content-Type: multipart/alternative;\n boundary="%s"\n\n' % b).encode()
        body += b"--" + b.encode() + b"\n" + encode_part("text/plain", text, cs, cte)
        body += b"\n--" + b.encode() + b"\n" + encode_part("text/html", to_html(text, cl), cs, cte)
        body += b"\n--" + b.encode() + b"--\n"
        return head + body
    return head + body


def report(kind, explanation, status_lines, original):
    """Return a function building a multipart/report body."""
    def make(text, date):
        b = "%s/%s" % (hexid(10), "report")
        out = 'Content-Type: multipart/report; report-type=%s;\n boundary="%s"\n\n' % (
            kind, b)
        out += "This is a MIME-encapsulated message.\n\n"
        out += "--%s\nContent-Description: Notification\n" % b
        out = out.encode() + encode_part("text/plain", explanation, "utf-8", "qp")
        ct = "message/delivery-status" if kind == "delivery-status" else \
            "message/disposition-notification"
        out += ("\n--%s\nContent-Type: %s\n\n%s\n" % (b, ct, status_lines)).encode()
        out += ("\n--%s\nContent-Type: message/rfc822\n\n" % b).encode()
        out += original.encode("utf-8") if isinstance(original, str) else original
        out += ("\n--%s--\n" % b).encode()
        return out
    return make


# ---------------------------------------------------------------- the mails
MAILS = []


def A(**kw):
    MAILS.append(kw)


DESK = ("Assistance", SUPPORT)

# ===== password_reset =====================================================
A(cat="password_reset", ok=True, uai="0691500F", plat="esidoc", hard=True,
  notes="Reply on an old billing ticket; the quoted part is about an invoice, the new text asks for an e-sidoc reset. Label the new need.",
  frm=("Nadège Pereira", "nadege.pereira@ac-lyon.fr"), cl="gmail", tk=3921,
  subj="Re: [#SUP-003921] Facture abonnement Cafeyn",
  body="""Bonjour,

Je profite de ce fil : depuis la rentrée je ne parviens plus à me connecter au back office e-sidoc du lycée (UAI 0691500F), mot de passe oublié. Pouvez-vous m'envoyer un lien ?

Merci d'avance,
Nadège Pereira
Professeure documentaliste""",
  q=[dict(w=DESK, s="[#SUP-003921] Facture abonnement Cafeyn",
          t="""Bonjour Madame,

La facture n° F-2024-11873 a bien été déposée sur Chorus Pro le 12 juin. Vous pouvez la transmettre à votre gestionnaire pour mise en paiement.

Cordialement,
L'équipe d'assistance""", c="outlook"),
     dict(w=("Nadège Pereira", "nadege.pereira@ac-lyon.fr"), s="Facture abonnement Cafeyn",
          t="""Bonjour,
notre gestionnaire ne trouve pas la facture de l'abonnement Cafeyn sur Chorus. Pouvez-vous vérifier ?
N. Pereira""")],
  fmt="alt")

A(cat="password_reset", ok=True, uai="0385499W", plat="esidoc", hard=True,
  notes="Forward inside the school (Outlook TR:): the quoted chain is the head and the gestionnaire arguing about the CDI budget; the forwarder only asks for the lost e-sidoc password.",
  frm=("Julien Marchetti", "julien.marchetti@ac-grenoble.fr"), cl="outlook",
  subj="TR: budget CDI 2025 + accès e-sidoc",
  body="""Bonjour,

Ci-dessous l'échange avec ma direction, pour info seulement. Ma question pour vous : j'ai perdu le mot de passe administrateur e-sidoc du collège (0385499W). Comment le récupérer ?

Bien cordialement,
J. Marchetti, documentaliste
Collège Les Buclos""",
  q=[dict(w=("Sophie Garnier", "sophie.garnier@ac-grenoble.fr"), s="RE: budget CDI 2025",
          to="Julien Marchetti", t="""Julien,
Le conseil d'administration a voté 1 800 € pour le CDI. Les abonnements presse passent sur cette ligne, à toi de voir pour la répartition.
S. Garnier, principale adjointe"""),
     dict(w=("Julien Marchetti", "julien.marchetti@ac-grenoble.fr"), s="budget CDI 2025",
          to="Sophie Garnier", t="""Bonjour Madame Garnier,
Pourriez-vous me confirmer le montant attribué au CDI pour 2025 ? Je dois renouveler les périodiques avant décembre.
Julien""")],
  fmt="alt", cte="qp")

A(cat="password_reset", ok=False, uai="0631292M", plat="esidoc", hard=True,
  notes="Third round on the same ticket: the reset link went to an address nobody reads and the official box was tried; the standard procedure already failed, a person must take over.",
  frm=("Hélène Vidal", "helene.vidal@ac-clermont.fr"), cl="thunderbird", tk=5102,
  subj="Re: [#SUP-005102] Re: mot de passe e-sidoc",
  body="""Bonjour,

Toujours rien. Le secrétariat a regardé la boîte ce.0631292M : aucun mail de réinitialisation, ni dans les indésirables. Je suis bloquée depuis dix jours, pourriez-vous me rappeler ? 04 73 00 00 00.

Hélène Vidal""",
  q=[dict(w=DESK, s="Re: [#SUP-005102] mot de passe e-sidoc", t="""Bonjour,

Le lien de réinitialisation a été envoyé à l'adresse officielle de l'établissement (ce.06*****@ac-clermont.fr). Demandez au secrétariat de vous le transmettre.

Cordialement,
L'équipe d'assistance""", c="thunderbird"),
     dict(w=("Hélène Vidal", "helene.vidal@ac-clermont.fr"), s="mot de passe e-sidoc", t="""Bonjour,
j'ai oublié le mot de passe du portail du lycée Blaise Pascal, UAI 0631292M.
Merci""")],
  fmt="plain", cte="8bit")

A(cat="password_reset", ok=True, uai="0218837S", plat="espace_acheteur", hard=False,
  notes="Short Zimbra reply to a colleague's thread about a supplier catalogue; the new text asks for the Espace Acheteur password.",
  frm=("Marc Lhuillier", "marc.lhuillier@ac-dijon.fr"), cl="zimbra",
  subj="Tr: catalogue fournitures + mot de passe",
  body="""Bonjour,
Je n'ai plus mon mot de passe pour l'Espace Acheteur (gestionnaire, lycée Carnot, UAI 0218837S). Pouvez-vous me renvoyer un lien de réinitialisation ?
Merci.
M. Lhuillier""",
  q=[dict(w=("Coralie Bessard", "coralie.bessard@ac-dijon.fr"), f=True, s="catalogue fournitures",
          to="Marc Lhuillier", t="""Salut Marc,
Le nouveau catalogue de fournitures de bureau est paru, les prix du papier ont encore augmenté de 6 %. Tu regardes avant la commande groupée de janvier ?
Coralie""")],
  fmt="plain", cte="qp")

A(cat="password_reset", ok=True, uai="0354910X", plat="esidoc", hard=True, lang="en",
  notes="English, Gmail English quote style; the quoted thread is a colleague's note about an author visit. New text: forgotten e-sidoc password.",
  frm=("Fiona McAllister", "fiona.mcallister@gmail.com"), cl="gmail",
  subj="Fwd: Author visit on 14 March - and my login",
  body="""Hello,

Sorry for forwarding this long thread, please ignore it. I am the English-section librarian at Lycée Chateaubriand (UAI 0354910X) and I have forgotten my e-sidoc password. Could you send me a reset link?

Many thanks,
Fiona""",
  q=[dict(w=("Anne Le Goff", "anne.le-goff@ac-rennes.fr"), f=True, s="Visite d'auteur le 14 mars", to="Fiona McAllister",
          t="""Fiona,
L'autrice confirme sa venue le 14 mars à 10h. Il faudrait préparer la salle et prévenir la vie scolaire. Tu peux afficher l'annonce sur le portail ?
Anne"""),],
  fmt="alt", cte="b64")

A(cat="password_reset", ok=True, uai="0298151C", plat="esidoc", hard=False,
  notes="Apple Mail reply from a phone; the quoted message is a colleague asking about a book club. UAI in the signature as RNE.",
  frm=("Yannick Le Bihan", "y.lebihan@ac-rennes.fr"), cl="apple",
  subj="Re: club lecture jeudi",
  to="Assistance <%s>" % SUPPORT,
  body="""Bonjour, je vous mets en copie par erreur d'un autre fil, désolé. Mais puisque je vous écris : j'ai oublié mon mot de passe e-sidoc. RNE 0298151C.
Merci
Yannick

Envoyé de mon iPhone""",
  q=[dict(w=("Gaëlle Morvan", "gaelle.morvan@ac-rennes.fr"), s="club lecture jeudi", t="""Yannick, on décale le club lecture à jeudi 13h ? La salle polyvalente est prise mardi.
Gaëlle""")],
  fmt="plain", cte="qp")

A(cat="password_reset", ok=True, uai="0561510M", plat="esidoc", hard=False,
  notes="Account locked after too many attempts; quoted: an internal thread about inventory (récolement) of the CDI.",
  frm=("Catherine Jégo", "catherine.jego@ac-rennes.fr"), cl="outlook2",
  subj="RE: récolement CDI - compte bloqué",
  body="""Bonjour,

En voulant faire le récolement j'ai tapé trop de fois un mauvais mot de passe et le compte e-sidoc du collège Jean Le Coutaller (0561510M) est bloqué. Pouvez-vous le débloquer ou m'envoyer un lien ?

Catherine Jégo""",
  q=[dict(w=("Thomas Rio", "thomas.rio@ac-rennes.fr"), s="récolement CDI", to="Catherine Jégo",
          t="""Bonjour Catherine,
Pour le récolement, je peux venir mardi avec la douchette. Il faudra exporter la liste des exemplaires depuis le portail avant.
Thomas""")],
  fmt="html", cte="qp", cs="windows-1252")

A(cat="password_reset", ok=True, uai="0452113C", plat="esidoc", hard=True,
  notes="Two levels of Gmail quotes about MailInBlack deployment in the département (old, solved); the new question is only the forgotten password.",
  frm=("Bruno Tessier", "bruno.tessier@ac-orleans-tours.fr"), cl="gmail",
  subj="Re: Re: déploiement antispam",
  body="""Bonjour,

Le souci d'antispam est réglé depuis, merci. Nouveau problème en revanche : je ne connais pas le mot de passe du compte e-sidoc du collège (UAI 0452113C), ma collègue partie en retraite ne l'a pas laissé.

Bruno Tessier""",
  q=[dict(w=("DSI Rectorat Orléans-Tours", "dsi-assistance@ac-orleans-tours.fr"), s="Re: déploiement antispam",
          t="""Bonjour,
MailInBlack est déployé sur les collèges du Loiret depuis lundi. Les expéditeurs inconnus reçoivent un défi à valider. Ajoutez vos partenaires en liste blanche.
La DSI"""),
     dict(w=("Bruno Tessier", "bruno.tessier@ac-orleans-tours.fr"), s="déploiement antispam",
          t="""Bonjour,
Depuis lundi je ne reçois plus les mails des éditeurs. Quelque chose a changé ?
B. Tessier""")],
  fmt="alt", cte="qp")

A(cat="password_reset", ok=True, uai="6203068R", plat="esidoc", hard=False,
  notes="Corse-du-Sud UAI (620). Zimbra thread quoted with '>' about a Corsican-language resource; new text: reset link expired.",
  frm=("Maria-Dumenica Santoni", "maria-dumenica.santoni@ac-corse.fr"), cl="zimbra_q",
  subj="Re: ressources en langue corse",
  body="""Bonjour,
Le lien reçu hier pour changer le mot de passe e-sidoc est expiré (je l'ai ouvert trop tard). Pourriez-vous m'en renvoyer un ? UAI 6203068R.
Merci
M-D Santoni""",
  q=[dict(w=("Paul Antonetti", "paul.antonetti@ac-corse.fr"), s="ressources en langue corse",
          t="""Bonjour Maria,
As-tu pu intégrer la liste des albums en corse dans le catalogue ? Les collègues du primaire la demandent.
Paul""")],
  fmt="plain", cte="qp")

A(cat="password_reset", ok=True, uai="0679108L", plat="espace_acheteur", hard=True,
  notes="The quoted part (rectorat forward) talks about an order validation problem; the new text only says the buyer password is lost.",
  frm=("Isabelle Koenig", "isabelle.koenig@ac-strasbourg.fr"), cl="outlook",
  subj="RE: TR: validation commande mobilier",
  body="""Bonjour,
Pour la commande je verrai avec la plateforme plus tard. Dans l'immédiat je ne peux plus me connecter à l'Espace Acheteur : mot de passe oublié. Lycée Kléber, UAI 0679108L.
Cordialement
I. Koenig, adjointe gestionnaire""",
  q=[dict(w=("Service achats Rectorat", "achats@ac-strasbourg.fr"), s="TR: validation commande mobilier", to="Isabelle Koenig",
          t="""Madame,
Nous vous transférons le message du fournisseur concernant la commande de mobilier : elle reste en attente de validation de votre côté.
Le service achats"""),
     dict(w=("Mobilier Scolaire Est", "commandes@mobilier-est.example.com"), f=True, s="validation commande mobilier", to="achats@ac-strasbourg.fr",
          t="""Bonjour, la commande n° 45821 n'a pas été validée par l'établissement. Sans validation sous 15 jours, le panier sera supprimé.""")],
  fmt="alt", cte="qp", cs="windows-1252")

A(cat="password_reset", ok=True, uai=None, plat="esidoc", hard=True,
  notes="No UAI in the new text; the quoted newsletter-like message of the académie lists several school codes as examples, none of them the writer's. Region from ac-nancy-metz.fr.",
  frm=("Laure Becker", "laure.becker@ac-nancy-metz.fr"), cl="thunderbird",
  subj="Re: [doc-57] rappel calendrier formation",
  body="""Bonjour,

Désolée de répondre sur ce message de la liste, je ne trouvais pas votre adresse ailleurs. Je n'ai plus le mot de passe de notre portail e-sidoc et je ne sais pas quel identifiant mettre. Que faire ?

Laure Becker, collège de Bitche""",
  q=[dict(w=("Animation documentation 57", "doc-57@ac-nancy-metz.fr"), s="[doc-57] rappel calendrier formation",
          t="""Bonjour à toutes et à tous,
Rappel : formation e-sidoc niveau 2 le 21 novembre à Metz. Les établissements pilotes (0570034K, 0572030H) présenteront leurs portails.
Pour l'équipe d'animation, Christophe""")],
  fmt="plain", cte="8bit", cs="iso-8859-1")

A(cat="password_reset", ok=False, uai="0598095D", plat="esidoc", hard=True,
  notes="Asks to receive the new password at her personal Gmail because the official box is unreachable: the safe reset path does not fit, a person must decide. Quoted part: unrelated exam-room logistics.",
  frm=("Samia Haddad", "samia.haddad59@gmail.com"), cl="gmail",
  subj="Fwd: salles examens blancs",
  body="""Bonjour,

(le message transféré n'a rien à voir, c'est juste que c'était le dernier mail où figurait votre adresse)

Mot de passe e-sidoc perdu pour le lycée Faidherbe, 0598095D. Pouvez-vous l'envoyer sur cette adresse gmail ? Je n'ai pas accès à la messagerie académique en ce moment.

Samia Haddad""",
  q=[dict(w=("Vie scolaire Faidherbe", "vie-scolaire.faidherbe@ac-lille.fr"), f=True, s="salles examens blancs", to="samia.haddad59@gmail.com",
          t="""Bonjour,
Le CDI sera mobilisé pour les examens blancs du 3 au 5 février. Merci de prévoir la fermeture au public.
La vie scolaire
(copie : assistance plateformes, support@assistance.example.fr)""")],
  fmt="alt", cte="b64")

A(cat="password_reset", ok=True, uai="0754174E", plat="esidoc", hard=False,
  notes="Secretariat writes from the ce.<UAI> address, quoting the librarian's internal request; asks for a reset link to the official address.",
  frm=("Secrétariat Lycée Turgot", "ce.0754174E@ac-paris.fr"), cl="outlook",
  subj="TR: mot de passe portail CDI",
  body="""Bonjour,

Suite à la demande ci-dessous de notre documentaliste, pouvez-vous envoyer un lien de réinitialisation du mot de passe e-sidoc sur cette adresse ?

Le secrétariat de direction
Lycée Turgot - 0754174E""",
  q=[dict(w=("Olivier Dumas", "olivier.dumas@ac-paris.fr"), s="mot de passe portail CDI", to="ce.0754174E@ac-paris.fr",
          t="""Bonjour,
Le mot de passe du portail ne fonctionne plus depuis les vacances. L'assistance envoie le lien uniquement à l'adresse de l'établissement, pouvez-vous leur écrire ?
Merci, Olivier""")],
  fmt="alt", cte="qp")

A(cat="password_reset", ok=True, uai="0938658F", plat="espace_acheteur", hard=True,
  notes="Long Outlook chain about a canteen supplier (three levels) with a one-line new question: identifiant/password lost on the Espace Acheteur.",
  frm=("Rachid Benali", "rachid.benali@ac-creteil.fr"), cl="outlook2",
  subj="RE: RE: RE: livraison denrées cantine",
  body="""Bonjour,
Je ne retrouve ni mon identifiant ni mon mot de passe pour l'Espace Acheteur, collège Jean Jaurès, UAI 0938658F. Merci de m'indiquer la marche à suivre.
R. Benali, gestionnaire""",
  q=[dict(w=("Pascale Morin", "pascale.morin@ac-creteil.fr"), s="RE: RE: livraison denrées cantine", to="Rachid Benali",
          t="""Rachid, le fournisseur confirme la livraison jeudi avant 7h. Penses-tu pouvoir passer la commande complémentaire via la plateforme ?"""),
     dict(w=("Rachid Benali", "rachid.benali@ac-creteil.fr"), s="RE: livraison denrées cantine", to="Pascale Morin",
          t="""Pascale, je n'ai toujours pas la date. Tu as relancé ?"""),
     dict(w=("Pascale Morin", "pascale.morin@ac-creteil.fr"), s="livraison denrées cantine", to="Rachid Benali",
          t="""Bonjour, la livraison de denrées prévue lundi est annulée, la chambre froide est en panne.""")],
  fmt="html", cte="qp")

A(cat="password_reset", ok=True, uai="0149526D", plat="esidoc", hard=False,
  notes="Very short new text over a long forwarded rectorat circular on GDPR; new request: forgotten password.",
  frm=("Élodie Lemarchand", "elodie.lemarchand@ac-normandie.fr"), cl="thunderbird",
  subj="Tr: Circulaire RGPD et portails documentaires",
  body="""Bonjour,
Avant d'appliquer la circulaire ci-dessous il faudrait déjà que je puisse me connecter... J'ai oublié le mot de passe e-sidoc. Collège Lechanteur, 0149526D.
Merci !
Élodie""",
  q=[dict(w=("DAN Normandie", "dane@ac-normandie.fr"), f=True, s="Circulaire RGPD et portails documentaires", to="liste-documentalistes",
          t="""Mesdames, Messieurs,
Dans le cadre du RGPD, les comptes lecteurs des élèves sortants doivent être supprimés des portails documentaires avant le 31 octobre. Les historiques de prêt ne doivent pas être conservés au-delà d'un an.
Merci de votre attention.
La Délégation académique au numérique""")],
  fmt="plain", cte="qp")

A(cat="password_reset", ok=True, uai="0333842X", plat="esidoc", hard=False,
  notes="Android Gmail reply, all lower case, quoted: a colleague's question about lending limits.",
  frm=("stephane roux", "stephane.roux@ac-bordeaux.fr"), cl="android",
  subj="Re: nb de prêts par élève",
  body="""bonjour
je suis bloqué sur le portail e-sidoc, mdp oublié, etab 0333842X
merci""",
  q=[dict(w=("Claire Dubos", "claire.dubos@ac-bordeaux.fr"), s="nb de prêts par élève",
          t="""Salut Stéphane, tu autorises combien de prêts par élève toi ? Chez nous c'est 3, certains en voudraient 5.""")],
  fmt="alt", cte="b64")

A(cat="password_reset", ok=True, uai="9714167C", plat="esidoc", hard=False,
  notes="Guadeloupe; reply on a regional forward about a cyclone closure; new: expired password, old one forgotten.",
  frm=("Josiane Bellance", "josiane.bellance@ac-guadeloupe.fr"), cl="outlook", tz=-4,
  subj="RE: TR: fermeture des établissements - vigilance cyclonique",
  body="""Bonjour,

Le portail me demande de changer un mot de passe expiré, mais je ne me souviens plus de l'ancien. Collège de Baie-Mahault, UAI 9714167C.

Cordialement,
Josiane Bellance""",
  q=[dict(w=("Rectorat de Guadeloupe", "communication@ac-guadeloupe.fr"), s="TR: fermeture des établissements - vigilance cyclonique",
          t="""Les établissements scolaires resteront fermés mardi et mercredi en raison de la vigilance rouge. Les examens sont reportés.""")],
  fmt="alt", cte="qp")

A(cat="password_reset", ok=False, uai="0864600H", plat="esidoc", hard=True,
  notes="Two topics: lost password and a Chorus invoice question, the latter only in the new text (the quote is about something else again). No single template answers both.",
  frm=("Véronique Texier", "veronique.texier@ac-poitiers.fr"), cl="zimbra",
  subj="Re: Fwd: exposition photo",
  body="""Bonjour,
Deux choses : 1) je n'ai plus le mot de passe du portail e-sidoc (lycée Camille Guérin, 0864600H) ; 2) la facture de renouvellement n'apparaît pas dans Chorus, notre agent comptable la réclame.
Merci
V. Texier""",
  q=[dict(w=("Marion Caillaud", "marion.caillaud@ac-poitiers.fr"), s="Fwd: exposition photo",
          t="""Véronique, je te transfère la proposition d'exposition photo du photographe. Tu penses qu'on peut l'accueillir au CDI en mars ?""")],
  fmt="plain", cte="qp")

A(cat="password_reset", ok=True, uai="0349092Y", plat="esidoc", hard=True,
  notes="Negated misread risk: the quoted helpdesk answer said the transfer problem was fixed; new text is a plain forgotten password. UAI only in sender ce. address.",
  frm=("CDI Lycée Joffre", "ce.0349092Y@ac-montpellier.fr"), cl="thunderbird",
  subj="Re: [#SUP-004455] transferts vers le portail",
  body="""Bonjour,

Merci, les notices remontent bien maintenant. Par contre je ne parviens plus à me connecter au back office : j'ai oublié le mot de passe. Vous pouvez envoyer le lien sur cette adresse.

La documentaliste""",
  tk=4455,
  q=[dict(w=DESK, s="[#SUP-004455] transferts vers le portail",
          t="""Bonjour,
L'import des notices a été relancé, les nouveautés devraient apparaître d'ici demain.
Cordialement,
L'équipe d'assistance""")],
  fmt="plain", cte="8bit")

A(cat="password_reset", ok=True, uai="0443692Z", plat="espace_acheteur", hard=False,
  notes="Gmail reply quoting a forwarded supplier promotion; new text asks how to reset the buyer password.",
  frm=("Gwenaëlle Priou", "g.priou@ac-nantes.fr"), cl="gmail",
  subj="Re: Fwd: offre spéciale rentrée",
  body="""Bonjour,
Je voulais profiter de l'offre ci-dessous mais mon mot de passe de l'Espace Acheteur ne passe plus. Pouvez-vous me le réinitialiser ? Lycée Livet, UAI 0443692Z.
Gwenaëlle""",
  q=[dict(w=("Gwenaëlle Priou", "g.priou@ac-nantes.fr"), s="Fwd: offre spéciale rentrée",
          t="""Pour info, à voir pour le labo de SVT."""),
     dict(w=("Labo Direct", "promo@labodirect.example.com"), f=True, s="offre spéciale rentrée", to="g.priou@ac-nantes.fr",
          t="""-15 % sur toute la verrerie jusqu'au 30 septembre avec le code RENTREE15.""")],
  fmt="alt", cte="qp")

A(cat="password_reset", ok=True, uai="0065550A", plat="esidoc", hard=False,
  notes="Outlook 'Original Message' English-style separator in a French mail; the quote is a parent association request. New: forgotten password.",
  frm=("Frédéric Giordano", "frederic.giordano@ac-nice.fr"), cl="outlook", lang="fr",
  subj="RE: demande de l'association des parents",
  body="""Bonjour,
Je n'arrive pas à me connecter au portail e-sidoc pour publier l'info demandée ci-dessous : mot de passe oublié. UAI 0065550A.
Merci
F. Giordano""",
  q=[dict(w=("APE Collège Matisse", "ape.matisse@orange.fr"), s="demande de l'association des parents",
          t="""Bonjour Monsieur, serait-il possible d'annoncer sur le site du CDI la bourse aux livres du 12 octobre ? Merci beaucoup.""")],
  fmt="alt", cte="qp", cs="windows-1252")

A(cat="password_reset", ok=True, uai=None, plat="esidoc", hard=False,
  notes="No UAI anywhere; region from ac-toulouse.fr. Quoted: Thunderbird thread with the IT referent about printers.",
  frm=("Agnès Pujol", "agnes.pujol@ac-toulouse.fr"), cl="thunderbird",
  subj="Re: imprimante CDI",
  body="""Bonjour,
Question différente de celle du fil : j'ai oublié le mot de passe du back office e-sidoc. Comment je fais ?
Agnès Pujol""",
  q=[dict(w=("Référent numérique", "referent.numerique@ac-toulouse.fr"), s="imprimante CDI",
          t="""Bonjour Agnès, l'imprimante du CDI sera remplacée après les vacances. En attendant, utilise celle de la salle des profs."""),
     dict(w=("Agnès Pujol", "agnes.pujol@ac-toulouse.fr"), s="imprimante CDI", t="""L'imprimante du CDI fait des bourrages à chaque impression.""")],
  fmt="plain", cte="qp")

A(cat="password_reset", ok=True, uai="9748296Z", plat="esidoc", hard=False,
  notes="La Réunion time zone; Zimbra forward from the principal to the librarian then to the desk: the librarian asks for the reset herself.",
  frm=("Nathalie Payet", "nathalie.payet@ac-reunion.fr"), cl="zimbra", tz=4,
  subj="Tr: Fwd: inventaire manuels",
  body="""Bonjour,
Je vous transfère par erreur l'inventaire, ne pas en tenir compte. En revanche j'ai besoin d'un nouveau mot de passe e-sidoc, je l'ai oublié. UAI 9748296Z.
Nathalie Payet""",
  q=[dict(w=("Principal Collège Les Alizés", "ce.9748296Z@ac-reunion.fr"), f=True, s="Fwd: inventaire manuels", to="Nathalie Payet",
          t="""Madame Payet, voici l'inventaire des manuels à compléter avant vendredi.""")],
  fmt="plain", cte="b64")

# ===== missing_noreply_mail ===============================================
A(cat="missing_noreply_mail", ok=True, uai="0137662H", plat="espace_acheteur", hard=True,
  notes="Quoted thread (Outlook, two levels) discusses a MailInBlack rollout at the rectorat, but the writer says her school is not behind it; activation mail simply never arrived.",
  frm=("Sandrine Amoros", "sandrine.amoros@ac-aix-marseille.fr"), cl="outlook",
  subj="RE: TR: antispam rectorat",
  body="""Bonjour,
Notre collège n'est pas concerné par l'antispam évoqué plus bas. Je n'ai pourtant jamais reçu le mail d'activation de l'Espace Acheteur (rien dans les indésirables). UAI 0137662H.
Sandrine Amoros""",
  q=[dict(w=("Pôle numérique 13", "pole-numerique13@ac-aix-marseille.fr"), s="TR: antispam rectorat",
          t="""Pour information : MailInBlack sera activé sur les boîtes du rectorat uniquement, pas sur celles des EPLE."""),
     dict(w=("DSI Aix-Marseille", "dsi@ac-aix-marseille.fr"), f=True, s="antispam rectorat",
          t="""Déploiement MailInBlack le 4 novembre pour les services académiques.""")],
  fmt="alt", cte="qp")

A(cat="missing_noreply_mail", ok=True, uai=None, plat="espace_acheteur", hard=False,
  notes="Gmail reply, quoted: a colleague's message about the Christmas party. New: sign-up confirmation never received. Non-academic sender.",
  frm=("Karine Fontaine", "karine.fontaine@mairie-saintpriest.example.fr"), cl="gmail",
  subj="Re: repas de fin d'année",
  body="""Bonjour,
Je me suis inscrite sur l'Espace Acheteur lundi et je n'ai toujours pas reçu le mail de confirmation. J'ai regardé dans les spams. Pouvez-vous le renvoyer ?
Karine Fontaine, service achats""",
  q=[dict(w=("Bernard Lyonnet", "bernard.lyonnet@mairie-saintpriest.example.fr"), s="repas de fin d'année",
          t="""Le repas de service aura lieu le 19 décembre, inscriptions auprès de Monique.""")],
  fmt="alt", cte="qp")

A(cat="missing_noreply_mail", ok=True, uai="0834144D", plat="espace_acheteur", hard=False,
  notes="Thunderbird forward chain: a colleague forwards the 'mot de passe oublié' screen; the no-reply mail never arrives.",
  frm=("Didier Camoin", "didier.camoin@ac-nice.fr"), cl="thunderbird",
  subj="Fwd: Re: nouveau mot de passe",
  body="""Bonjour,

Je demande un nouveau mot de passe depuis l'Espace Acheteur, l'écran dit « un mail vous a été envoyé » mais rien n'arrive, même pas dans le courrier indésirable. Lycée Raynouard, UAI 0834144D.

Didier Camoin""",
  q=[dict(w=("Hervé Roubaud", "herve.roubaud@ac-nice.fr"), f=True, s="Re: nouveau mot de passe", to="Didier Camoin",
          t="""Didier, moi non plus je n'ai rien reçu quand j'ai essayé. Écris à l'assistance.
Hervé"""),],
  fmt="plain", cte="8bit")

A(cat="missing_noreply_mail", ok=True, uai="9721262P", plat="esidoc", hard=False,
  notes="Martinique; Zimbra reply over a long quoted timetable discussion; the activation link for the portal customer account never arrived.",
  frm=("Ludovic Marie-Sainte", "ludovic.marie-sainte@ac-martinique.fr"), cl="zimbra", tz=-4,
  subj="Re: emploi du temps CDI",
  body="""Bonjour,
Toujours pas reçu le lien d'activation du compte client pour e-sidoc, demandé il y a trois jours. Lycée Schoelcher, UAI 9721262P.
Merci
Ludovic""",
  q=[dict(w=("Muriel Jean-Louis", "muriel.jean-louis@ac-martinique.fr"), s="emploi du temps CDI",
          t="""Ludovic,
Voici les créneaux proposés : lundi 8h-12h, mardi 13h-17h, jeudi toute la journée. La permanence du mercredi reste à trouver.
Muriel""")],
  fmt="plain", cte="qp")

A(cat="missing_noreply_mail", ok=False, uai="0626550H", plat="espace_acheteur", hard=True,
  notes="Reply after the standard junk-folder answer (quoted): still nothing after several days and the sender is already allowed; asks to escalate. A person must follow up.",
  frm=("Aurélie Delattre", "aurelie.delattre@ac-lille.fr"), cl="outlook", tk=6233,
  subj="RE: [#SUP-006233] Mail de validation non reçu",
  body="""Bonjour,

J'ai fait tout ce que vous indiquez (indésirables, expéditeur autorisé) il y a cinq jours. Toujours aucun mail. Merci de transmettre à l'équipe régionale.

Aurélie Delattre
Collège Jean Moulin - 0626550H""",
  q=[dict(w=DESK, s="[#SUP-006233] Mail de validation non reçu",
          t="""Bonjour,
Les messages automatiques partent d'une adresse no-reply. Vérifiez vos courriers indésirables et ajoutez l'expéditeur à vos contacts. Sans nouvelle sous 48 h, répondez à ce message.
L'équipe d'assistance""")],
  fmt="alt", cte="qp")

A(cat="missing_noreply_mail", ok=True, uai=None, plat="espace_acheteur", hard=False, lang="en",
  notes="English; Gmail reply to a colleague's thread about a conference; asks for the new-password email that never arrives.",
  frm=("Daniel Okafor", "daniel.okafor@intl-school-lyon.example.org"), cl="gmail",
  subj="Re: Conference in Lyon next week",
  body="""Hi,

Sorry, wrong thread, but your address was in copy. I've requested a new password on the buyer space three times today and the email never shows up, not in spam either.

Thanks,
Daniel""",
  q=[dict(w=("Helen Park", "helen.park@intl-school-lyon.example.org"), s="Conference in Lyon next week",
          t="""Daniel, are you coming to the procurement conference next Thursday? I can book two seats.
Helen""")],
  fmt="alt", cte="qp")

A(cat="missing_noreply_mail", ok=True, uai="0011560R", plat="esidoc", hard=False,
  notes="HTML-only Outlook forward of the portal's 'mot de passe oublié' confirmation page text; the mail itself never came. UAI from the subject.",
  frm=("Christine Perret", "christine.perret@ac-lyon.fr"), cl="outlook2",
  subj="TR: demande de réinitialisation 0011560R",
  body="""Bonjour,
Ci-dessous ce que j'ai envoyé à ma collègue hier. Le mail de réinitialisation n'est jamais arrivé dans ma boîte académique, j'ai vérifié les indésirables.
Christine Perret""",
  q=[dict(w=("Christine Perret", "christine.perret@ac-lyon.fr"), s="demande de réinitialisation 0011560R", to="Sylvie Chanel",
          t="""Sylvie, tu as reçu quelque chose toi ? Le portail affiche « Un courriel vous a été envoyé » mais je n'ai rien.""")],
  fmt="html", cte="qp", cs="windows-1252")

A(cat="missing_noreply_mail", ok=True, uai="0173516E", plat="espace_acheteur", hard=True,
  notes="Quoted history is a long exchange about an invoice (order_billing); the new message only says the alert notifications stopped arriving.",
  frm=("Thierry Brunet", "thierry.brunet@ac-poitiers.fr"), cl="gmail",
  subj="Re: Re: facture papeterie",
  body="""Bonjour,

Pour la facture c'est réglé, merci. Autre souci : je ne reçois plus aucune notification de l'Espace Acheteur (alertes sur les nouvelles offres) depuis mi-octobre. Lycée Dautet, 0173516E.

Thierry Brunet""",
  q=[dict(w=("Comptabilité fournisseur", "compta@papeterie-ouest.example.com"), s="Re: facture papeterie",
          t="""Monsieur, l'avoir de 84,20 € a été émis, la facture corrigée est jointe."""),
     dict(w=("Thierry Brunet", "thierry.brunet@ac-poitiers.fr"), s="facture papeterie",
          t="""Bonjour, la facture 2024-3321 compte deux fois les ramettes.""")],
  fmt="alt", cte="qp")

A(cat="missing_noreply_mail", ok=True, uai=None, plat="ticket_portal", hard=False,
  notes="Zimbra reply over an unrelated quoted thread; the ticket portal's confirmation mail never arrived. Region from ac-besancon.fr.",
  frm=("Manon Girardot", "manon.girardot@ac-besancon.fr"), cl="zimbra",
  subj="Re: permanence mercredi",
  body="""Bonjour,
J'ai créé un compte sur votre portail de tickets mais je n'ai pas reçu le mail pour définir mon mot de passe. Pouvez-vous vérifier ?
Manon Girardot""",
  q=[dict(w=("Julie Vuillemin", "julie.vuillemin@ac-besancon.fr"), s="permanence mercredi",
          t="""Manon, tu peux me remplacer mercredi matin ? J'ai un conseil de classe.""")],
  fmt="plain", cte="qp")

A(cat="missing_noreply_mail", ok=True, uai="0871471B", plat="espace_acheteur", hard=False,
  notes="Structure administrator no longer gets the 'account to validate' mails; quoted: the colleague waiting for validation.",
  frm=("Pierre Lacoste", "pierre.lacoste@ac-limoges.fr"), cl="thunderbird",
  subj="Re: mon compte attend ta validation",
  body="""Bonjour,
Je suis administrateur de la structure (lycée Gay-Lussac, 0871471B). Ma collègue ci-dessous attend une validation, mais je ne reçois jamais les mails de notification. Rien en spam.
P. Lacoste""",
  q=[dict(w=("Anne Mazeaud", "anne.mazeaud@ac-limoges.fr"), s="mon compte attend ta validation",
          t="""Pierre, je me suis inscrite sur l'Espace Acheteur il y a une semaine, il paraît que c'est toi qui dois valider ?""")],
  fmt="plain", cte="8bit", cs="iso-8859-1")

A(cat="missing_noreply_mail", ok=True, uai=None, plat="espace_acheteur", hard=True,
  notes="Rectorat buyer forwards (Outlook) a school's complaint; the school never receives the secure first-login link. No UAI given; region from ac-versailles.fr sender.",
  frm=("Cellule achats DAF", "daf-achats@ac-versailles.fr"), cl="outlook",
  subj="TR: pas de lien de connexion",
  body="""Bonjour,

Nous vous transmettons la demande d'un établissement de notre académie. Pourriez-vous leur renvoyer le lien de première connexion ?

Cellule achats - DAF""",
  q=[dict(w=("Gestion collège Pasteur", "gestion.pasteur@ac-versailles.fr"), f=True, s="pas de lien de connexion", to="daf-achats@ac-versailles.fr",
          t="""Bonjour, notre compte a été validé mais le mail avec le lien de première connexion ne nous est jamais parvenu. Pouvez-vous relayer ?""")],
  fmt="alt", cte="qp")

A(cat="missing_noreply_mail", ok=True, uai="0303748L", plat="esidoc", hard=False,
  notes="Short reply from Android on a thread about a reading contest; activation mail never received.",
  frm=("Lucie Fabre", "lucie.fabre@ac-montpellier.fr"), cl="android",
  subj="Re: prix des lecteurs",
  body="""Bonjour, pas reçu le mail d'activation pour le compte client e-sidoc. Collège Feuchères 0303748L. Merci""",
  q=[dict(w=("Coordination prix des lecteurs", "prixlecteurs30@ac-montpellier.fr"), s="prix des lecteurs",
          t="""Chers collègues, la sélection 2025 est en ligne. Votes avant le 15 mai.""")],
  fmt="alt", cte="b64")

A(cat="missing_noreply_mail", ok=True, uai="0858728A", plat="espace_acheteur", hard=True,
  notes="The writer quotes her IT's message saying 'no antispam product on our domain'; the mail from the no-reply address never arrives. Not mailinblack_spam.",
  frm=("Emilie Rousseau", "emilie.rousseau@ac-nantes.fr"), cl="gmail",
  subj="Re: Fwd: filtrage messagerie",
  body="""Bonjour,
Vous verrez ci-dessous que notre informaticien confirme qu'aucun antispam particulier n'est installé. Pourtant les mails automatiques de l'Espace Acheteur ne me parviennent pas. Lycée Savary, UAI 0858728A.
Emilie""",
  q=[dict(w=("Emilie Rousseau", "emilie.rousseau@ac-nantes.fr"), s="Fwd: filtrage messagerie", t="Pour info."),
     dict(w=("Support informatique", "informatique.savary@ac-nantes.fr"), f=True, s="filtrage messagerie", to="emilie.rousseau@ac-nantes.fr",
          t="""Bonjour, nous n'avons pas de MailInBlack ni autre produit de ce genre, seulement le filtrage standard de l'académie.""")],
  fmt="alt", cte="qp")

A(cat="missing_noreply_mail", ok=True, uai=None, plat="espace_acheteur", hard=False,
  notes="Private school bursar, Outlook reply on an internal thread about meal prices; new-password mail missing. No UAI, non-academic domain.",
  frm=("Hugues Carpentier", "h.carpentier@stjoseph-ecole.example.fr"), cl="outlook2",
  subj="RE: tarifs restauration",
  body="""Bonjour,
Le mail « nouveau mot de passe » de votre plateforme d'achats ne m'arrive pas. Pouvez-vous vérifier ce qui se passe ?
H. Carpentier, économe""",
  q=[dict(w=("Direction St Joseph", "direction@stjoseph-ecole.example.fr"), s="tarifs restauration",
          t="""Hugues, le conseil a validé la hausse de 0,15 € du repas au 1er janvier.""")],
  fmt="alt", cte="qp", cs="iso-8859-1")

A(cat="missing_noreply_mail", ok=True, uai="0422369X", plat="esidoc", hard=False,
  notes="Thunderbird, three quoted levels of an unrelated discussion about a library move; new-password mail not received.",
  frm=("Jean-Marc Thollet", "jean-marc.thollet@ac-lyon.fr"), cl="thunderbird",
  subj="Re: Re: Re: déménagement du CDI",
  body="""Bonjour,
J'ai cliqué plusieurs fois sur « mot de passe oublié » sur e-sidoc : aucun message reçu (ni spam ni indésirables). UAI 0422369X.
JM Thollet""",
  q=[dict(w=("Agent chef", "agent.chef@ac-lyon.fr"), s="Re: Re: déménagement du CDI", t="""Les cartons seront livrés lundi."""),
     dict(w=("Jean-Marc Thollet", "jean-marc.thollet@ac-lyon.fr"), s="Re: déménagement du CDI", t="""Combien de cartons ?"""),
     dict(w=("Agent chef", "agent.chef@ac-lyon.fr"), s="déménagement du CDI", t="""Le CDI déménage au 1er étage pendant les travaux de février.""")],
  fmt="plain", cte="qp")

A(cat="missing_noreply_mail", ok=False, uai="0929461J", plat="espace_acheteur", hard=True,
  notes="The quoted history shows the desk already sent the standard answer twice; still nothing. Also asks for a person to call: no automatic answer.",
  frm=("Patricia Nguyen", "patricia.nguyen@ac-versailles.fr"), cl="gmail", tk=7014,
  subj="Re: [#SUP-007014] Re: Toujours pas de mail",
  body="""Bonjour,
Troisième relance. Les indésirables sont vides, l'adresse no-reply est dans mes contacts. J'aimerais qu'une personne m'appelle : 01 41 00 00 00. Lycée Michelet, 0929461J.
P. Nguyen""",
  q=[dict(w=DESK, s="Re: [#SUP-007014] Toujours pas de mail", t="""Bonjour, avez-vous vérifié le dossier des courriers indésirables ?""", c="gmail"),
     dict(w=("Patricia Nguyen", "patricia.nguyen@ac-versailles.fr"), s="[#SUP-007014] Toujours pas de mail", t="""Toujours pas de mail d'activation."""),
     dict(w=DESK, s="[#SUP-007014] Mail d'activation", t="""Bonjour, vérifiez votre dossier de courriers indésirables et ajoutez l'expéditeur no-reply à vos contacts.""")],
  fmt="alt", cte="qp")

A(cat="missing_noreply_mail", ok=True, uai="0683127E", plat="espace_acheteur", hard=False,
  notes="Zimbra forward by a gestionnaire of a colleague's note; the new buyer never got the sign-up confirmation.",
  frm=("Francis Meyer", "francis.meyer@ac-strasbourg.fr"), cl="zimbra",
  subj="Tr: inscription plateforme",
  body="""Bonjour,
Notre nouvelle adjointe s'est inscrite sur l'Espace Acheteur mardi et n'a reçu aucun mail de confirmation. Collège Kennedy, UAI 0683127E. Pouvez-vous relancer l'envoi ?
F. Meyer""",
  q=[dict(w=("Léa Haas", "lea.haas@ac-strasbourg.fr"), f=True, s="inscription plateforme", to="Francis Meyer",
          t="""Francis, je me suis inscrite mais je n'ai rien reçu. Tu peux voir avec eux ?""")],
  fmt="plain", cte="qp")

# ===== mailinblack_spam ===================================================
A(cat="mailinblack_spam", ok=True, uai="0579682P", plat="espace_acheteur", hard=False,
  notes="Forward of the MailInBlack 'messages en attente' report inside the school; the forwarder asks which senders to allow.",
  frm=("Olivier Muller", "olivier.muller@ac-nancy-metz.fr"), cl="outlook",
  subj="TR: Vos messages en attente - MailInBlack",
  body="""Bonjour,
Ci-dessous le rapport MailInBlack reçu ce matin : vos mails de l'Espace Acheteur sont bloqués. Quelles adresses dois-je autoriser ? Lycée Fabert, 0579682P.
O. Muller""",
  q=[dict(w=("MailInBlack", "noreply@mailinblack.example.com"), f=True, s="Vos messages en attente", to="olivier.muller@ac-nancy-metz.fr",
          t="""3 messages sont en attente de validation :
- no-reply@assistance.example.fr  « Activez votre compte »
- no-reply@assistance.example.fr  « Votre mot de passe »
- newsletter@fournisseur.example.com  « Promotions »""")],
  fmt="alt", cte="qp")

A(cat="mailinblack_spam", ok=True, uai=None, plat="espace_acheteur", hard=True,
  notes="Gmail thread where the quoted part is about a lost password; the new text says IT found the activation mail in MailInBlack quarantine.",
  frm=("Sébastien Fort", "sebastien.fort@ac-toulouse.fr"), cl="gmail",
  subj="Re: mot de passe",
  body="""Re-bonjour,
Fausse alerte pour le mot de passe : notre informaticien a trouvé vos messages dans la quarantaine MailInBlack. Pouvez-vous m'envoyer la procédure pour autoriser votre adresse définitivement ?
Sébastien""",
  q=[dict(w=("Sébastien Fort", "sebastien.fort@ac-toulouse.fr"), s="mot de passe",
          t="""Bonjour, j'ai demandé trois fois un nouveau mot de passe sur l'Espace Acheteur sans rien recevoir.""")],
  fmt="alt", cte="qp")

A(cat="mailinblack_spam", ok=True, uai="0735963K", plat="espace_acheteur", hard=False,
  notes="Zimbra thread with the rectorat DSI announcing Mailinblack; the school asks for the allow-list guide.",
  frm=("Gestion Lycée Vaugelas", "ce.0735963K@ac-grenoble.fr"), cl="zimbra",
  subj="Re: Tr: mise en place Mailinblack",
  body="""Bonjour,
Suite à l'installation de Mailinblack annoncée ci-dessous, nous ne recevons plus vos mails de l'Espace Acheteur. Avez-vous un guide pour ajouter vos adresses en liste blanche ?
Le service gestion""",
  q=[dict(w=("DSI Grenoble", "dsi@ac-grenoble.fr"), s="Tr: mise en place Mailinblack",
          t="""Mailinblack protège désormais les boîtes fonctionnelles des lycées de Savoie. Les expéditeurs inconnus doivent s'authentifier."""),],
  fmt="plain", cte="qp")

A(cat="mailinblack_spam", ok=False, uai="0545611F", plat="espace_acheteur", hard=True,
  notes="Challenge described (sender must click a link to prove it is human) without naming MailInBlack; the forwarded part is the IT department's own message. Product not confirmed: a person should check.",
  frm=("Nicolas Thiébaut", "nicolas.thiebaut@ac-nancy-metz.fr"), cl="thunderbird",
  subj="Fwd: nouveau filtre de messagerie",
  body="""Bonjour,

Depuis le nouveau filtre décrit ci-dessous, vos messages automatiques reçoivent un défi « prouvez que vous n'êtes pas un robot » et ne nous arrivent jamais. Collège Callot, 0545611F. Que faire ?

Nicolas Thiébaut""",
  q=[dict(w=("Conseil départemental 54 - informatique", "support-colleges@cd54.example.fr"), f=True, s="nouveau filtre de messagerie", to="nicolas.thiebaut@ac-nancy-metz.fr",
          t="""Un nouveau service antispam est activé : tout expéditeur inconnu reçoit un lien pour confirmer qu'il est humain avant que son message soit délivré.""")],
  fmt="plain", cte="8bit")

A(cat="mailinblack_spam", ok=True, uai="0515959A", plat="espace_acheteur", hard=False,
  notes="HTML-only Outlook; the quoted part is an earlier exchange about an order. MAILINBLACK in capitals.",
  frm=("Agnès Collard", "agnes.collard@ac-reims.fr"), cl="outlook2",
  subj="RE: commande 2024-887",
  body="""Bonjour,
La commande est passée, merci. En revanche MAILINBLACK bloque tous vos messages, je dois les débloquer un par un. Faut-il autoriser le domaine entier ? Lycée Clemenceau, 0515959A.
Agnès Collard""",
  q=[dict(w=("Agnès Collard", "agnes.collard@ac-reims.fr"), s="commande 2024-887",
          t="""Bonjour, la commande 2024-887 apparaît-elle bien de votre côté ?""")],
  fmt="html", cte="qp")

A(cat="mailinblack_spam", ok=True, uai=None, plat=None, hard=False,
  notes="One line from a phone on top of an unrelated quoted thread: blocked by Mailinblack, send the guide. No platform named.",
  frm=("Cyril Pons", "cyril.pons@ac-montpellier.fr"), cl="apple",
  subj="Re: sortie pédagogique",
  body="""Vos mails sont bloqués par Mailinblack, vous pouvez m'envoyer la marche à suivre ?

Envoyé de mon iPhone""",
  q=[dict(w=("Eva Martin", "eva.martin@ac-montpellier.fr"), s="sortie pédagogique",
          t="""Cyril, la sortie au musée est confirmée pour le 7 avril, car à 8h.""")],
  fmt="plain", cte="qp")

A(cat="mailinblack_spam", ok=True, uai="0787295F", plat="espace_acheteur", hard=True,
  notes="Reply on a missing-mail ticket: the quoted answer was the junk-folder procedure; now the IT says MailInBlack holds the mails, so the MailInBlack guide fits.",
  frm=("Florence Duval", "florence.duval@ac-versailles.fr"), cl="outlook", tk=6410,
  subj="RE: [#SUP-006410] Mails non reçus",
  body="""Bonjour,
Notre informaticien a trouvé la cause : Mailinblack retient vos messages en quarantaine. Pouvez-vous m'indiquer quelles adresses autoriser ?
Florence Duval - Lycée Hoche, 0787295F""",
  q=[dict(w=DESK, s="[#SUP-006410] Mails non reçus",
          t="""Bonjour, vérifiez votre dossier des courriers indésirables et autorisez l'expéditeur no-reply.""")],
  fmt="alt", cte="qp")

A(cat="mailinblack_spam", ok=True, uai="0916119G", plat="espace_acheteur", hard=False,
  notes="Gmail forward of the MailInBlack challenge mail the desk's no-reply address triggered; the school wants the allow-list steps.",
  frm=("Yann Le Roux", "yann.leroux@ac-versailles.fr"), cl="gmail",
  subj="Fwd: Confirmez votre message (Mailinblack)",
  body="""Bonjour,
Je vois passer ce message de Mailinblack concernant vos mails. Comment les autoriser pour le lycée (UAI 0916119G) ?
Merci, Yann""",
  q=[dict(w=("Mailinblack Protect", "protect@mailinblack.example.com"), f=True, s="Confirmez votre message", to="no-reply@assistance.example.fr",
          t="""Votre message à yann.leroux@ac-versailles.fr est en attente. Cliquez sur le lien ci-dessous pour confirmer que vous êtes un humain.""")],
  fmt="alt", cte="b64")

A(cat="mailinblack_spam", ok=False, uai="0941627H", plat="espace_acheteur", hard=True,
  notes="Two topics: MailInBlack quarantine (main) and who the structure's administrator is. Quoted: internal chat about a retirement party.",
  frm=("Martine Royer", "martine.royer@ac-creteil.fr"), cl="thunderbird",
  subj="Re: pot de départ",
  body="""Bonjour,
1. MailInBlack bloque vos mails d'activation, il me faut la procédure.
2. Qui est l'administrateur de notre structure sur l'Espace Acheteur ? Je crois que c'était mon prédécesseur.
Collège Pasteur, 0941627H.
Martine Royer""",
  q=[dict(w=("Secrétariat", "secretariat.pasteur@ac-creteil.fr"), s="pot de départ",
          t="""Le pot de départ de M. Lenoir aura lieu vendredi à 16h en salle des professeurs.""")],
  fmt="plain", cte="qp")

A(cat="mailinblack_spam", ok=True, uai="0766773Z", plat="espace_acheteur", hard=False,
  notes="ISO-8859-1 Thunderbird; the région's IT deployed Mail In Black; quoted: the IT note.",
  frm=("Rémi Lefebvre", "remi.lefebvre@ac-normandie.fr"), cl="thunderbird",
  subj="Re: Fwd: antispam Mail In Black",
  body="""Bonjour,
Comme expliqué par la Région ci-dessous, Mail In Black filtre maintenant notre messagerie et vos messages sont en quarantaine. Quelle adresse faut-il mettre en liste blanche ? Lycée Flaubert, 0766773Z.
Rémi Lefebvre""",
  q=[dict(w=("Rémi Lefebvre", "remi.lefebvre@ac-normandie.fr"), s="Fwd: antispam Mail In Black", t="Pour info"),
     dict(w=("Région Normandie - lycées numériques", "lycees-numeriques@normandie.example.fr"), f=True, s="antispam Mail In Black",
          t="""Mail In Black est déployé sur l'ensemble des lycées à partir du 2 décembre.""")],
  fmt="plain", cte="8bit", cs="iso-8859-1")

A(cat="mailinblack_spam", ok=True, uai=None, plat="espace_acheteur", hard=False, lang="en",
  notes="English; Outlook English quote of a colleague; Mailinblack quarantine holds the buyer-space notifications.",
  frm=("Sarah Whitfield", "s.whitfield@bilingual-school.example.org"), cl="outlook",
  subj="RE: supplier portal notifications",
  body="""Hello,

Our IT tells me Mailinblack is quarantining every email from your platform. Could you send the whitelist instructions?

Kind regards,
Sarah Whitfield, Bursar""",
  q=[dict(w=("Tom Bradley", "t.bradley@bilingual-school.example.org"), s="supplier portal notifications",
          t="""Sarah, I checked the Mailinblack console: 14 messages from the buyer space are held there.""")],
  fmt="alt", cte="qp")

A(cat="mailinblack_spam", ok=True, uai="7205882F", plat="espace_acheteur", hard=False,
  notes="Haute-Corse UAI (720). Zimbra with '>' quotes about a school trip; 'mailinblack' lower case.",
  frm=("Ghjuvanni Luciani", "ghjuvanni.luciani@ac-corse.fr"), cl="zimbra_q",
  subj="Re: voyage Sardaigne",
  body="""Bonjour,
mailinblack nous bloque vos mails (activation du compte acheteur). Comment faire pour les débloquer ? Collège de Corte, 7205882F.
G. Luciani""",
  q=[dict(w=("Marie Casanova", "marie.casanova@ac-corse.fr"), s="voyage Sardaigne",
          t="""Le devis du transporteur pour la Sardaigne est arrivé, 4 200 € pour 48 élèves.""")],
  fmt="plain", cte="qp")

A(cat="mailinblack_spam", ok=True, uai="9731582G", plat="espace_acheteur", hard=False,
  notes="Guyane time zone; Gmail reply to the IT who quoted the MailInBlack admin console; asks for the guide.",
  frm=("Kévin Horth", "kevin.horth@ac-guyane.fr"), cl="gmail", tz=-3,
  subj="Re: messages retenus",
  body="""Bonjour,
Je vous mets en copie : l'informatique confirme que MailInBlack retient vos mails. Merci de m'envoyer la procédure d'autorisation. Lycée Bertène Juminer, 9731582G.
Kévin""",
  q=[dict(w=("Informatique lycée", "informatique.juminer@ac-guyane.fr"), s="messages retenus",
          t="""Kévin, dans la console MailInBlack je vois 6 messages de no-reply@assistance.example.fr en attente. Il faut que l'expéditeur soit ajouté en liste blanche.""")],
  fmt="alt", cte="qp")

# ===== head_of_establishment_request ======================================
A(cat="head_of_establishment_request", ok=False, uai="0691056Y", plat="esidoc", hard=True,
  notes="The proviseur forwards his librarian's request (quoted) and writes 'je confirme' from the ce. address: the head's written request, relayed up a forward chain.",
  frm=("Proviseur Lycée Ampère", "ce.0691056Y@ac-lyon.fr"), cl="outlook",
  subj="TR: réinitialisation compte administrateur e-sidoc",
  body="""Bonjour,

Je confirme la demande ci-dessous et vous autorise à réinitialiser le mot de passe du compte administrateur e-sidoc du lycée. Le lien peut être envoyé à l'adresse de l'établissement.

Le proviseur, Alain Chapuis""",
  q=[dict(w=("Nora Benhamou", "nora.benhamou@ac-lyon.fr"), f=True, s="réinitialisation compte administrateur e-sidoc", to="ce.0691056Y@ac-lyon.fr",
          t="""Monsieur le Proviseur,
L'assistance demande un écrit du chef d'établissement pour réinitialiser le compte e-sidoc. Pourriez-vous leur transférer ce mail avec votre accord ?
Nora Benhamou, professeure documentaliste""")],
  fmt="alt", cte="qp")

A(cat="head_of_establishment_request", ok=False, uai="0389916X", plat="espace_acheteur", hard=False,
  notes="Principal names a new structure administrator; the quoted part is a thread with the departing gestionnaire about handover.",
  frm=("Principal Collège Champollion", "ce.0389916X@ac-grenoble.fr"), cl="zimbra",
  subj="Tr: passation gestion",
  body="""Bonjour,
En tant que principal du collège Champollion (0389916X), je désigne Mme Irène Fayolle, nouvelle gestionnaire, comme administratrice de notre structure sur l'Espace Acheteur, en remplacement de M. Berthet qui quitte l'établissement. Merci de fermer les accès de M. Berthet.
Le principal, Gilles Arnaud""",
  q=[dict(w=("Marcel Berthet", "marcel.berthet@ac-grenoble.fr"), f=True, s="passation gestion", to="ce.0389916X@ac-grenoble.fr",
          t="""Monsieur le Principal, je vous laisse le classeur de passation : régies, marchés en cours, codes d'accès des plateformes à transmettre à Mme Fayolle.""")],
  fmt="plain", cte="qp")

A(cat="head_of_establishment_request", ok=False, uai="0267030A", plat="esidoc", hard=True,
  notes="Short Gmail-on-phone reply from the head quoting the desk's request for a written confirmation (two levels). Personal academic address, not ce.",
  frm=("Véronique Faure", "veronique.faure@ac-grenoble.fr"), cl="android", tk=5877,
  subj="Re: [#SUP-005877] Accès e-sidoc",
  body="""Bonjour, je suis la principale du collège et je donne mon accord pour la réinitialisation. UAI 0267030A. Cordialement, V. Faure""",
  q=[dict(w=DESK, s="[#SUP-005877] Accès e-sidoc",
          t="""Bonjour, pour réinitialiser le compte administrateur, le chef d'établissement doit nous en faire la demande par écrit.""", c="outlook"),
     dict(w=("Gaëtan Roche", "gaetan.roche@ac-grenoble.fr"), s="Accès e-sidoc", t="""Bonjour, je ne peux plus accéder au compte administrateur e-sidoc du collège.""")],
  fmt="alt", cte="b64")

A(cat="head_of_establishment_request", ok=False, uai="0211329F", plat="espace_acheteur", hard=False,
  notes="Written delegation by the proviseur for order validation; quoted part: budget discussion with the agent comptable.",
  frm=("Lycée Montchapet - Direction", "ce.0211329F@ac-dijon.fr"), cl="outlook2",
  subj="RE: délégation de signature commandes",
  body="""Bonjour,

Je soussigné, Bernard Moreau, proviseur du lycée Montchapet (UAI 0211329F), autorise Mme Claire Petitjean, adjointe gestionnaire, à valider les commandes de l'établissement sur l'Espace Acheteur.

Bernard Moreau""",
  q=[dict(w=("Agent comptable", "agence.comptable@ac-dijon.fr"), s="délégation de signature commandes",
          t="""Monsieur le Proviseur, n'oubliez pas de transmettre aussi la délégation à la plateforme d'achats, sinon les commandes resteront bloquées."""),],
  fmt="html", cte="qp", cs="windows-1252")

A(cat="head_of_establishment_request", ok=False, uai="0711705T", plat="esidoc", hard=False,
  notes="Primary-school head asks to change the e-sidoc admin contact address; the quoted thread is the IEN's message about something else (evaluations).",
  frm=("Directrice école Jean Macé", "ce.0711705T@ac-dijon.fr"), cl="thunderbird",
  subj="Re: évaluations nationales CP",
  body="""Bonjour,

Hors sujet avec le message ci-dessous : en tant que directrice de l'école Jean Macé (0711705T), je vous demande de remplacer l'adresse de contact du compte administrateur e-sidoc par celle de l'école, ce.0711705T@ac-dijon.fr.

Sylvie Duchêne""",
  q=[dict(w=("Circonscription Mâcon", "ien.macon@ac-dijon.fr"), s="évaluations nationales CP",
          t="""Mesdames et Messieurs les directeurs, la saisie des évaluations CP est ouverte jusqu'au 4 octobre.""")],
  fmt="plain", cte="8bit")

A(cat="head_of_establishment_request", ok=False, uai="0354628R", plat="espace_acheteur", hard=True,
  notes="Academic forward chain: DAF -> proviseur -> desk. The proviseur's own short text is the request (close an ex-employee's access); DAF quote is context.",
  frm=("Hervé Le Guen", "herve.le-guen@ac-rennes.fr"), cl="outlook",
  subj="TR: TR: départ de l'adjoint gestionnaire",
  body="""Bonjour,

Proviseur du lycée Bréquigny (0354628R), je vous demande de désactiver le compte Espace Acheteur de M. Kerleau, parti le 31 août, et de transférer l'administration à M. Gauthier.

H. Le Guen""",
  q=[dict(w=("DAF Rennes", "daf@ac-rennes.fr"), f=True, s="TR: départ de l'adjoint gestionnaire", to="herve.le-guen@ac-rennes.fr",
          t="""Monsieur le Proviseur, pensez à demander la fermeture des accès de M. Kerleau sur les plateformes externes (achats, banque)."""),
     dict(w=("Service RH", "rh@ac-rennes.fr"), f=True, s="départ de l'adjoint gestionnaire", to="daf@ac-rennes.fr",
          t="""M. Kerleau est muté à compter du 1er septembre.""")],
  fmt="alt", cte="qp")

A(cat="head_of_establishment_request", ok=False, uai="0414390Z", plat="esidoc", hard=True,
  notes="Head writes from the ce. address but SPF/DMARC fail and the Reply-To is a free-mail box: probable spoof, still a head request for the queue.",
  frm=("Principal Collège Ronsard", "ce.0414390Z@ac-orleans-tours.fr"), cl="gmail", auth="fail",
  xh=["Reply-To: principal.ronsard@gmail.com"],
  subj="Re: urgent - compte e-sidoc",
  body="""Bonjour,
Je suis le principal. Merci de réinitialiser immédiatement le compte e-sidoc (0414390Z) et d'envoyer le nouveau mot de passe à principal.ronsard@gmail.com, la messagerie académique est en panne.
Cordialement""",
  q=[dict(w=("Principal Collège Ronsard", "ce.0414390Z@ac-orleans-tours.fr"), s="urgent - compte e-sidoc",
          t="""Bonjour, je vous écris au sujet du compte e-sidoc, merci de me répondre rapidement.""")],
  fmt="alt", cte="qp")

A(cat="head_of_establishment_request", ok=False, uai="0575894X", plat="espace_acheteur", hard=False,
  notes="The proviseur authorises, in writing, an order above the threshold; the Zimbra quote is the gestionnaire asking him to do so.",
  frm=("Proviseur Lycée Schuman", "ce.0575894X@ac-nancy-metz.fr"), cl="zimbra",
  subj="Re: Tr: commande bloquée",
  body="""Bonjour,
J'autorise la validation de la commande n° 2025-0412 (matériel de laboratoire, 8 350 € HT) passée par notre gestionnaire sur l'Espace Acheteur.
Le proviseur du lycée Robert Schuman, UAI 0575894X""",
  q=[dict(w=("Gestionnaire Schuman", "gestion.schuman@ac-nancy-metz.fr"), s="Tr: commande bloquée",
          t="""Monsieur le Proviseur, la plateforme attend votre autorisation écrite pour la commande au-delà du seuil."""),],
  fmt="plain", cte="qp")

A(cat="head_of_establishment_request", ok=False, uai="0597680C", plat="esidoc", hard=True, lang="en",
  notes="English; head of an international school section writes in English with an Outlook English quote of the librarian; authorises a reset to the school address.",
  frm=("Head of School - Lycée International", "ce.0597680C@ac-lille.fr"), cl="outlook",
  subj="RE: e-sidoc admin account",
  body="""Hello,

As head of the establishment (UAI 0597680C), I confirm my librarian's request below: please reset the e-sidoc administrator password and send the link to the school's official address.

Best regards,
Margaret Dupuis-Lowe""",
  q=[dict(w=("Ines Carvalho", "ines.carvalho@ac-lille.fr"), s="e-sidoc admin account",
          t="""Dear Mrs Dupuis-Lowe, the support desk needs a written request from you to reset the e-sidoc admin account. Could you reply to them?""")],
  fmt="alt", cte="qp")

A(cat="head_of_establishment_request", ok=False, uai=None, plat="esidoc", hard=True,
  notes="Nursery-school head gives her agreement from a personal address (Gmail), forwarding the teacher's message; no UAI: weak evidence, staff must verify.",
  frm=("Corinne Bouvier", "corinne.bouvier1970@gmail.com"), cl="gmail",
  subj="Fwd: portail BCD",
  body="""Bonjour,
Je suis directrice de l'école maternelle Les Tilleuls à Amiens. Je donne mon accord pour que le mot de passe du portail de la BCD soit réinitialisé, comme demandé par ma collègue ci-dessous.
C. Bouvier""",
  q=[dict(w=("Julie Caron", "julie.caron@ac-amiens.fr"), f=True, s="portail BCD", to="corinne.bouvier1970@gmail.com",
          t="""Corinne, l'assistance e-sidoc veut un accord écrit de la directrice pour changer le mot de passe. Tu peux leur écrire ?""")],
  fmt="alt", cte="qp")

A(cat="head_of_establishment_request", ok=False, uai="0751527C", plat="espace_acheteur", hard=False,
  notes="Head asks to change the structure's contact address after a merger; the quoted thread is about the merger calendar.",
  frm=("Proviseure Lycée Colbert", "ce.0751527C@ac-paris.fr"), cl="outlook2",
  subj="RE: fusion des cités scolaires - calendrier",
  body="""Bonjour,

Suite à la fusion, je vous demande de remplacer l'adresse de contact de notre structure sur l'Espace Acheteur par gestion.colbert@ac-paris.fr.

Catherine Vasseur, proviseure du lycée Colbert (0751527C)""",
  q=[dict(w=("Rectorat de Paris - DOS", "dos@ac-paris.fr"), s="fusion des cités scolaires - calendrier",
          t="""La fusion administrative prendra effet au 1er janvier. Les comptes des deux établissements devront être regroupés.""")],
  fmt="alt", cte="qp")

A(cat="head_of_establishment_request", ok=False, uai="0937254E", plat="esidoc", hard=True,
  notes="The librarian forwards the head's signed letter (quoted as forwarded text), head in copy: relayed written request.",
  frm=("Amandine Joly", "amandine.joly@ac-creteil.fr"), cc="Principal <ce.0937254E@ac-creteil.fr>", cl="thunderbird",
  subj="Fwd: courrier de M. le Principal - accès e-sidoc",
  body="""Bonjour,

Vous trouverez ci-dessous le courrier de mon principal (en copie) demandant la réinitialisation du compte administrateur e-sidoc du collège Gustave Courbet, UAI 0937254E.

Amandine Joly""",
  q=[dict(w=("Principal Collège Courbet", "ce.0937254E@ac-creteil.fr"), f=True, s="courrier - accès e-sidoc", to="amandine.joly@ac-creteil.fr",
          t="""Je soussigné, Karim Dahmani, principal du collège Gustave Courbet, demande la réinitialisation du mot de passe du compte administrateur e-sidoc et l'envoi du lien à l'adresse de l'établissement.
K. Dahmani""")],
  fmt="plain", cte="qp")

A(cat="head_of_establishment_request", ok=False, uai="9763931U", plat="espace_acheteur", hard=False,
  notes="Mayotte time zone; the principal confirms (Zimbra quote of the desk's message) the change of administrator.",
  frm=("Principal Collège de Dzoumogné", "ce.9763931U@ac-mayotte.fr"), cl="zimbra", tz=3, tk=8120,
  subj="Re: [#SUP-008120] changement d'administrateur",
  body="""Bonjour,
Je confirme par écrit : M. Ahamada Saïd devient administrateur de notre structure sur l'Espace Acheteur à la place de Mme Toumbou.
Le principal""",
  q=[dict(w=DESK, s="[#SUP-008120] changement d'administrateur",
          t="""Bonjour, pour changer d'administrateur, merci de nous confirmer la demande par écrit depuis l'adresse de l'établissement.""")],
  fmt="plain", cte="qp")

# ===== account_creation ===================================================
A(cat="account_creation", ok=True, uai="0955182S", plat="espace_acheteur", hard=True,
  notes="Negation: 'je n'ai pas perdu de mot de passe', she never had an account; quoted part: her previous school's thread about a password.",
  frm=("Lina Ferreira", "lina.ferreira@ac-versailles.fr"), cl="gmail",
  subj="Re: mot de passe plateforme (ancien collège)",
  body="""Bonjour,

Je n'ai pas perdu de mot de passe : l'échange ci-dessous concerne mon ancien collège. Je viens d'arriver au lycée Camille Pissarro (0955182S) et je voudrais créer mon compte sur l'Espace Acheteur.

Lina Ferreira""",
  q=[dict(w=DESK, s="Re: mot de passe plateforme", t="""Bonjour, un lien de réinitialisation a été envoyé à l'adresse de l'établissement."""),
     dict(w=("Lina Ferreira", "lina.ferreira@ac-versailles.fr"), s="mot de passe plateforme", t="""J'ai oublié mon mot de passe, collège Jules Verne.""")],
  fmt="alt", cte="qp")

A(cat="account_creation", ok=True, uai="0505673V", plat="espace_acheteur", hard=False,
  notes="Filled in the sign-up form; account waiting for validation. Quoted: colleague's tip about the form.",
  frm=("Benoît Lecoq", "benoit.lecoq@ac-normandie.fr"), cl="outlook",
  subj="RE: inscription sur la plateforme d'achat",
  body="""Bonjour,
J'ai rempli le formulaire d'inscription vendredi comme conseillé par ma collègue ci-dessous, mais je ne peux pas me connecter : « compte en attente de validation ». Lycée Le Verrier, 0505673V.
B. Lecoq""",
  q=[dict(w=("Annick Hue", "annick.hue@ac-normandie.fr"), s="inscription sur la plateforme d'achat",
          t="""Benoît, il suffit de remplir le formulaire « Créer un compte » sur l'Espace Acheteur avec l'UAI du lycée.""")],
  fmt="alt", cte="qp")

A(cat="account_creation", ok=False, uai=None, plat="espace_acheteur", hard=False,
  notes="Asks who the structure administrator is; needs a look-up. Thunderbird reply over a canteen-related quote.",
  frm=("Joëlle Barbier", "joelle.barbier@ac-amiens.fr"), cl="thunderbird",
  subj="Re: tarifs demi-pension",
  body="""Bonjour,
Pourriez-vous me dire qui est l'administrateur de notre structure sur l'Espace Acheteur ? Je dois faire valider mon compte. Collège Sagebien, Amiens.
Joëlle Barbier""",
  q=[dict(w=("Intendance", "intendance.sagebien@ac-amiens.fr"), s="tarifs demi-pension", t="""Les nouveaux tarifs sont affichés en vie scolaire.""")],
  fmt="plain", cte="8bit")

A(cat="account_creation", ok=True, uai=None, plat="esidoc", hard=False,
  notes="HTML-only Outlook; new gestionnaire wants to open the customer account before a first order; quoted: handover note.",
  frm=("Ahmed Toumi", "ahmed.toumi@ac-lille.fr"), cl="outlook2",
  subj="RE: passation",
  body="""Bonjour,
Nouveau gestionnaire, je dois ouvrir le compte client pour commander des ressources e-sidoc. Comment procéder ?
A. Toumi""",
  q=[dict(w=("Ancien gestionnaire", "d.lemaire@ac-lille.fr"), s="passation",
          t="""Ahmed, pour e-sidoc il n'y a pas de compte client, il faudra le créer avant la première commande.""")],
  fmt="html", cte="qp", cs="windows-1252")

A(cat="account_creation", ok=False, uai="0276961V", plat="espace_acheteur", hard=True,
  notes="Account waiting for validation for three weeks; the administrator is on sick leave (quoted auto-reply from him): the region must step in.",
  frm=("Céline Dubuc", "celine.dubuc@ac-normandie.fr"), cl="gmail",
  subj="Fwd: Réponse automatique : validation de mon compte",
  body="""Bonjour,
Mon compte Espace Acheteur attend la validation de l'administrateur de la structure, qui est en arrêt jusqu'en mars (voir sa réponse automatique ci-dessous). Qui peut valider à sa place ? Collège Maupassant, 0276961V.
Céline Dubuc""",
  q=[dict(w=("Gérard Lamy", "gerard.lamy@ac-normandie.fr"), f=True, s="Réponse automatique : validation de mon compte", to="celine.dubuc@ac-normandie.fr",
          t="""Je suis absent jusqu'au 10 mars. Pour toute urgence, contactez le secrétariat.""")],
  fmt="alt", cte="qp")

A(cat="account_creation", ok=False, uai="0248545H", plat="esidoc", hard=False,
  notes="Asks whether the two librarians can each have an administrator account; quoted: internal discussion.",
  frm=("Fanny Delmas", "fanny.delmas@ac-bordeaux.fr"), cl="zimbra",
  subj="Re: partage des accès",
  body="""Bonjour,
Nous sommes deux documentalistes au lycée Maine de Biran (0248545H). Est-il possible d'avoir chacune un compte administrateur sur e-sidoc ?
Fanny Delmas""",
  q=[dict(w=("Sophie Laval", "sophie.laval@ac-bordeaux.fr"), s="partage des accès", t="""On partage le même identifiant, ce n'est pas pratique. Tu leur demandes ?""")],
  fmt="plain", cte="qp")

A(cat="account_creation", ok=True, uai=None, plat="espace_acheteur", hard=False, lang="en",
  notes="English; how to create a buyer account; quoted: colleague's forwarded recommendation.",
  frm=("James O'Connor", "joconnor@lycee-international.example.org"), cl="gmail",
  subj="Re: Fwd: procurement platform",
  body="""Hello,

Following my colleague's recommendation below, how do I create an account on your buyer space? I'm the new finance officer.

James""",
  q=[dict(w=("Claire Simon", "csimon@lycee-international.example.org"), s="Fwd: procurement platform",
          t="""James, we should use the buyer space for supplies, it's cheaper. You need an account first.""")],
  fmt="alt", cte="qp")

A(cat="account_creation", ok=False, uai="0474004X", plat="espace_acheteur", hard=True,
  notes="Account works; asks to open order-management rights. Quoted thread is about a password problem solved earlier (not the need now).",
  frm=("Damien Castex", "damien.castex@ac-bordeaux.fr"), cl="outlook", tk=5521,
  subj="RE: [#SUP-005521] Mot de passe Espace Acheteur",
  body="""Bonjour,
Merci, je peux me connecter. Il me manque maintenant les droits pour passer et valider des commandes. Pouvez-vous les ouvrir ? Lycée Palissy, 0474004X.
D. Castex""",
  q=[dict(w=DESK, s="[#SUP-005521] Mot de passe Espace Acheteur", t="""Bonjour, un lien de réinitialisation vous a été envoyé.""")],
  fmt="alt", cte="qp")

A(cat="account_creation", ok=False, uai=None, plat="espace_acheteur", hard=True,
  notes="UAI typed 0693217K has a wrong check letter (should be X): no UAI; region from ac-lyon.fr. Establishment not found when creating the account.",
  frm=("Paul Girard", "paul.girard@ac-lyon.fr"), cl="thunderbird",
  subj="Fwd: Re: création compte",
  body="""Bonjour,
Quand je crée le compte, notre établissement (UAI 0693217K) n'apparaît pas dans la liste. Mon collègue ci-dessous a eu le même souci. Que faire ?
Paul Girard""",
  q=[dict(w=("Eric Dumont", "eric.dumont@ac-lyon.fr"), f=True, s="Re: création compte", to="Paul Girard",
          t="""Pareil pour moi, il a fallu écrire au service commercial.""")],
  fmt="plain", cte="qp")

# ===== subscription_activation ============================================
A(cat="subscription_activation", ok=True, uai="0169443C", plat="esidoc", hard=True,
  notes="Quoted part is a long Outlook exchange about a forgotten password (solved); the new text: Cafeyn ordered yesterday is not visible.",
  frm=("Estelle Brun", "estelle.brun@ac-poitiers.fr"), cl="outlook",
  subj="RE: RE: mot de passe oublié",
  body="""Bonjour,
Le mot de passe est réglé, merci. Autre chose : l'abonnement Cafeyn commandé hier n'apparaît pas encore dans les ressources du portail. Collège Jean Rostand, 0169443C.
Estelle Brun""",
  q=[dict(w=DESK, s="RE: mot de passe oublié", t="""Bonjour, le lien de réinitialisation a été envoyé à l'adresse de l'établissement."""),
     dict(w=("Estelle Brun", "estelle.brun@ac-poitiers.fr"), s="mot de passe oublié", t="""J'ai oublié mon mot de passe e-sidoc.""")],
  fmt="alt", cte="qp")

A(cat="subscription_activation", ok=True, uai="0794824P", plat="esidoc", hard=False,
  notes="Gmail reply quoting a colleague's message about Europresse; asks how to publish the resource for pupils.",
  frm=("Mathieu Guérin", "mathieu.guerin@ac-poitiers.fr"), cl="gmail",
  subj="Re: Europresse pour les élèves",
  body="""Bonjour,
Notre abonnement Europresse est actif mais les élèves ne le voient pas sur le portail. Comment publier la ressource ? Lycée Desfontaines, 0794824P.
Mathieu""",
  q=[dict(w=("Laurence Bonnin", "laurence.bonnin@ac-poitiers.fr"), s="Europresse pour les élèves",
          t="""Mathieu, les élèves de 1re ne trouvent pas Europresse sur le portail, tu peux regarder ?""")],
  fmt="alt", cte="qp")

A(cat="subscription_activation", ok=False, uai="0315360H", plat="esidoc", hard=False,
  notes="Ordered twelve days ago (the quoted order confirmation shows the date): past the 72-hour rule, a person must look.",
  frm=("Delphine Azéma", "delphine.azema@ac-toulouse.fr"), cl="thunderbird",
  subj="Fwd: Confirmation de votre commande",
  body="""Bonjour,
Voir la confirmation ci-dessous : commande validée il y a douze jours et l'abonnement Universalis n'est toujours pas activé. Lycée Ozenne, 0315360H.
Delphine Azéma""",
  q=[dict(w=("Boutique e-sidoc", "no-reply@assistance.example.fr"), f=True, s="Confirmation de votre commande", to="delphine.azema@ac-toulouse.fr",
          t="""Votre commande n° CMD-24-11902 (Universalis Junior, 1 an) a bien été enregistrée. L'activation intervient sous 72 heures.""")],
  fmt="plain", cte="qp")

A(cat="subscription_activation", ok=True, uai="0818557L", plat="esidoc", hard=False,
  notes="Zimbra; renewed subscription still shown as expired; quoted thread about a class visit.",
  frm=("Armelle Cabrol", "armelle.cabrol@ac-toulouse.fr"), cl="zimbra",
  subj="Re: visite des 6e",
  body="""Bonjour,
Le renouvellement de l'abonnement a été commandé avant-hier mais « Mes abonnements » l'affiche toujours comme expiré. Collège Jean Jaurès, Albi, 0818557L.
A. Cabrol""",
  q=[dict(w=("Pierre Alibert", "pierre.alibert@ac-toulouse.fr"), s="visite des 6e", t="""La visite du CDI pour les 6e C est décalée à jeudi.""")],
  fmt="plain", cte="qp")

A(cat="subscription_activation", ok=True, uai="0662965P", plat="esidoc", hard=True,
  notes="Written by the proviseur, who only asks when the resource will be available: not a head-of-establishment request. Quoted: his librarian's worry.",
  frm=("Proviseur Lycée Arago", "ce.0662965P@ac-montpellier.fr"), cl="outlook",
  subj="TR: ressource Lumni Enseignement",
  body="""Bonjour,
Notre documentaliste m'a transmis le message ci-dessous. Pouvez-vous nous dire quand la ressource commandée lundi sera accessible ?
Le proviseur""",
  q=[dict(w=("Sabine Roig", "sabine.roig@ac-montpellier.fr"), f=True, s="ressource Lumni Enseignement", to="ce.0662965P@ac-montpellier.fr",
          t="""Monsieur le Proviseur, la ressource commandée lundi n'est pas encore visible sur notre portail.""")],
  fmt="alt", cte="qp")

A(cat="subscription_activation", ok=True, uai="0444595F", plat="esidoc", hard=False,
  notes="Android reply, very short; quoted: unrelated note about book covers.",
  frm=("Hugo Mercier", "hugo.mercier@ac-nantes.fr"), cl="android",
  subj="Re: couvertures des livres",
  body="""Bonjour, merci d'activer notre abonnement Storyplay'r, commande validée hier. UAI 0444595F""",
  q=[dict(w=("Intendance", "intendance.lycee@ac-nantes.fr"), s="couvertures des livres", t="""Le film plastique pour les couvertures est arrivé.""")],
  fmt="alt", cte="b64")

A(cat="subscription_activation", ok=True, uai="9714167C", plat="esidoc", hard=True,
  notes="Guadeloupe; the quoted part is a question about the password from weeks ago; the new question is the ENT/portal publication of an active subscription.",
  frm=("Josiane Bellance", "josiane.bellance@ac-guadeloupe.fr"), cl="outlook", tz=-4,
  subj="RE: accès portail",
  body="""Bonjour,
Nouvelle question : l'abonnement Le Robert Junior est actif mais les élèves ne le voient pas depuis l'ENT. Faut-il le publier ? UAI 9714167C.
Josiane Bellance""",
  q=[dict(w=("Josiane Bellance", "josiane.bellance@ac-guadeloupe.fr"), s="accès portail", t="""Je n'arrive plus à me connecter.""")],
  fmt="alt", cte="qp")

A(cat="subscription_activation", ok=True, uai="0725862F", plat="esidoc", hard=False,
  notes="Thunderbird, three quoted levels of a reading-project thread; new: ordered resource not yet available (two days).",
  frm=("Noémie Chevalier", "noemie.chevalier@ac-nantes.fr"), cl="thunderbird",
  subj="Re: Re: projet lecture 4e",
  body="""Bonjour,
Petite question à l'assistance : nous avons commandé BNF Gallica+ il y a deux jours, quand sera-t-il disponible sur le portail ? Collège Berthelot, 0725862F.
Noémie""",
  q=[dict(w=("Marc Pelletier", "marc.pelletier@ac-nantes.fr"), s="Re: projet lecture 4e", t="""Ok pour la ressource en ligne."""),
     dict(w=("Noémie Chevalier", "noemie.chevalier@ac-nantes.fr"), s="projet lecture 4e", t="""On pourrait utiliser une ressource numérique pour le projet ?""")],
  fmt="plain", cte="8bit")

A(cat="subscription_activation", ok=True, uai="0136555E", plat="esidoc", hard=False, lang="en",
  notes="English; new subscription ordered yesterday not visible; Outlook English quote of an order note.",
  frm=("Rebecca Stone", "rebecca.stone@ac-aix-marseille.fr"), cl="outlook",
  subj="RE: Order confirmation",
  body="""Hello,

We ordered the subscription yesterday (see below) but it still doesn't show in our e-sidoc portal. UAI 0136555E.

Thanks,
Rebecca Stone, librarian, international section""",
  q=[dict(w=("Gestionnaire", "gestion.lycee@ac-aix-marseille.fr"), s="Order confirmation", t="""Rebecca, the order is validated, subscription 12 months.""")],
  fmt="alt", cte="qp")

# ===== order_billing ======================================================
A(cat="order_billing", ok=False, uai="0846205N", plat="esidoc", hard=False,
  notes="Asks for a quote (devis) for the renewal for the bon d'engagement; quoted thread: agent comptable's reminder.",
  frm=("Claire Roumanille", "claire.roumanille@ac-aix-marseille.fr"), cl="outlook",
  subj="TR: engagement des dépenses 2025",
  body="""Bonjour,
Pourriez-vous m'adresser un devis pour le renouvellement de notre abonnement e-sidoc ? Il me faut un bon d'engagement avant la clôture. Lycée Mistral, 0846205N.
Claire Roumanille""",
  q=[dict(w=("Agence comptable", "agence.comptable84@ac-aix-marseille.fr"), f=True, s="engagement des dépenses 2025", to="claire.roumanille@ac-aix-marseille.fr",
          t="""Rappel : aucune dépense sans bon d'engagement signé à partir du 1er décembre.""")],
  fmt="alt", cte="qp")

A(cat="order_billing", ok=False, uai="0887238P", plat="espace_acheteur", hard=True,
  notes="Quoted history is a password-reset exchange (solved); new text: the invoice amount differs from the quote.",
  frm=("Jérôme Didier", "jerome.didier@ac-nancy-metz.fr"), cl="gmail", tk=6588,
  subj="Re: [#SUP-006588] mot de passe",
  body="""Bonjour,
Merci pour l'accès. En consultant la facture de la commande 2024-1120 je vois 1 245 € alors que le devis était de 1 128 €. Pouvez-vous corriger ? Collège Louis Pergaud, 0887238P.
J. Didier""",
  q=[dict(w=DESK, s="[#SUP-006588] mot de passe", t="""Bonjour, le lien de réinitialisation a été envoyé."""),
     dict(w=("Jérôme Didier", "jerome.didier@ac-nancy-metz.fr"), s="mot de passe", t="""Mot de passe perdu.""")],
  fmt="alt", cte="qp")

A(cat="order_billing", ok=False, uai="0104618R", plat="esidoc", hard=False,
  notes="Thunderbird forward of a payment reminder; already paid by mandat administratif.",
  frm=("Nadine Collin", "nadine.collin@ac-reims.fr"), cl="thunderbird",
  subj="Fwd: Relance facture impayée",
  body="""Bonjour,
Nous recevons la relance ci-dessous alors que la facture a été payée par mandat le 14 novembre. Merci de vérifier.
Nadine Collin, agent comptable, lycée Chrestien de Troyes (0104618R)""",
  q=[dict(w=("Service recouvrement", "recouvrement@assistance.example.fr"), f=True, s="Relance facture impayée", to="nadine.collin@ac-reims.fr",
          t="""Sauf erreur de notre part, la facture F-24-08812 de 390,00 € reste impayée.""")],
  fmt="plain", cte="qp")

A(cat="order_billing", ok=False, uai=None, plat="espace_acheteur", hard=False,
  notes="Private school asks about paying by bank transfer; quoted: internal message from the director.",
  frm=("Françoise Lemoine", "f.lemoine@ndlp-ecole.example.fr"), cl="outlook2",
  subj="RE: paiement fournisseurs",
  body="""Bonjour,
Pouvons-nous régler nos commandes de l'Espace Acheteur par virement ? Dans ce cas merci de nous envoyer un RIB.
F. Lemoine, comptable""",
  q=[dict(w=("Direction", "direction@ndlp-ecole.example.fr"), s="paiement fournisseurs", t="""Françoise, nous n'utilisons plus les chèques à partir de janvier.""")],
  fmt="alt", cte="qp", cs="iso-8859-1")

A(cat="order_billing", ok=False, uai="0546205B", plat="espace_acheteur", hard=True,
  notes="The quoted chain is about a MailInBlack problem (solved); the new text: basket disappeared before validation.",
  frm=("Sylvain Mathieu", "sylvain.mathieu@ac-nancy-metz.fr"), cl="zimbra",
  subj="Re: Re: messages bloqués",
  body="""Bonjour,
Les mails arrivent bien maintenant. Par contre mon panier de fournitures enregistré il y a trois semaines a disparu, je n'avais pas validé la commande. Peut-on le récupérer ? Lycée Poincaré, 0546205B.
S. Mathieu""",
  q=[dict(w=DESK, s="Re: messages bloqués", t="""Bonjour, voici le guide pour autoriser nos adresses dans MailInBlack."""),
     dict(w=("Sylvain Mathieu", "sylvain.mathieu@ac-nancy-metz.fr"), s="messages bloqués", t="""MailInBlack bloque vos messages.""")],
  fmt="plain", cte="qp")

A(cat="order_billing", ok=False, uai="0601779H", plat="esidoc", hard=False,
  notes="Invoice not on Chorus three weeks after validation; Gmail quote of the agent comptable.",
  frm=("Aline Lefort", "aline.lefort@ac-amiens.fr"), cl="gmail",
  subj="Re: facture Chorus e-sidoc",
  body="""Bonjour,
Comme le rappelle notre agent comptable ci-dessous, la facture de l'abonnement e-sidoc (commande validée le 2 octobre) n'est toujours pas déposée sur Chorus Pro. Lycée Cassini, 0601779H.
Aline Lefort""",
  q=[dict(w=("Agent comptable", "ac.cassini@ac-amiens.fr"), s="facture Chorus e-sidoc", t="""Aline, je n'ai toujours rien sur Chorus pour e-sidoc.""")],
  fmt="alt", cte="qp")

A(cat="order_billing", ok=False, uai=None, plat="esidoc", hard=False, lang="en",
  notes="English Outlook reply; asks that the invoice be addressed to the accounting department.",
  frm=("Mark Evans", "mark.evans@british-school.example.org"), cl="outlook",
  subj="RE: Your renewal",
  body="""Hello,

Could you please reissue the renewal invoice addressed to our accounting department rather than to the library? Details below.

Mark Evans""",
  q=[dict(w=("Accounts", "accounts@british-school.example.org"), s="Your renewal", t="""Mark, invoices must be addressed to: Accounts Dept., 12 rue du Parc, 78100 Saint-Germain-en-Laye.""")],
  fmt="alt", cte="qp")

A(cat="order_billing", ok=False, uai="0021512H", plat="espace_acheteur", hard=True,
  notes="Two topics in the new text: invoice received twice (main) and a question on the market documents; quoted history about a sports day.",
  frm=("Régis Hanquez", "regis.hanquez@ac-amiens.fr"), cl="thunderbird",
  subj="Re: cross du collège",
  body="""Bonjour,
1) La facture n° F-25-00219 nous a été envoyée deux fois, merci d'annuler le doublon.
2) Accessoirement je ne vois plus le CCAP du marché de fournitures.
Collège Condorcet, 0021512H.
R. Hanquez""",
  q=[dict(w=("EPS", "eps.condorcet@ac-amiens.fr"), s="cross du collège", t="""Le cross aura lieu le 17 octobre.""")],
  fmt="plain", cte="qp")

A(cat="order_billing", ok=False, uai="0781495B", plat="espace_acheteur", hard=False,
  notes="Bon d'engagement upload fails at order validation; Outlook quote of a colleague.",
  frm=("Sandrine Pottier", "sandrine.pottier@ac-versailles.fr"), cl="outlook2",
  subj="RE: commande tablettes",
  body="""Bonjour,
Au moment de valider la commande de tablettes, le dépôt du bon d'engagement échoue (« format non accepté »), pourtant c'est un PDF. Lycée Jeanne d'Albret, 0781495B.
S. Pottier""",
  q=[dict(w=("Référent numérique", "ref.num@ac-versailles.fr"), s="commande tablettes", t="""Les tablettes doivent être commandées avant le 15 pour la livraison de janvier.""")],
  fmt="html", cte="qp")

A(cat="order_billing", ok=False, uai="0332787A", plat="esidoc", hard=True,
  notes="Forward chain: the gestionnaire forwards the librarian's quote request; new text asks the desk to issue the quote to the gestionnaire.",
  frm=("Gestion Lycée Montaigne", "gestion.montaigne@ac-bordeaux.fr"), cl="zimbra",
  subj="Tr: devis renouvellement portail",
  body="""Bonjour,
Merci de nous établir un devis pour le renouvellement du portail e-sidoc (3 ans), au nom du lycée Montaigne, 0332787A.
Le service de gestion""",
  q=[dict(w=("Laurent Bégou", "laurent.begou@ac-bordeaux.fr"), f=True, s="devis renouvellement portail", to="gestion.montaigne@ac-bordeaux.fr",
          t="""Bonjour, pourriez-vous demander le devis de renouvellement ? L'abonnement expire fin janvier.""")],
  fmt="plain", cte="qp")

# ===== contract_documents =================================================
A(cat="contract_documents", ok=False, uai="0627548T", plat="espace_acheteur", hard=False,
  notes="Market document no longer in 'Mes Marchés'; quoted thread about a supplier delivery.",
  frm=("Valérie Caron", "valerie.caron@ac-lille.fr"), cl="outlook",
  subj="RE: livraison ramettes",
  body="""Bonjour,
Je ne retrouve plus le marché 2023-087 (papier) dans « Mes Marchés », alors que je dois vérifier les prix. Lycée Robespierre, 0627548T.
V. Caron""",
  q=[dict(w=("Fournisseur papier", "adv@papier-nord.example.com"), s="livraison ramettes", t="""La livraison des 80 cartons est prévue mercredi.""")],
  fmt="alt", cte="qp")

A(cat="contract_documents", ok=False, uai=None, plat="espace_acheteur", hard=False,
  notes="Amendment missing from the contract documents; Gmail quote of the rectorat buyer's announcement.",
  frm=("Hélène Brossard", "helene.brossard@ac-creteil.fr"), cl="gmail",
  subj="Re: avenant n°2 marché nettoyage",
  body="""Bonjour,
L'avenant n°2 annoncé ci-dessous n'apparaît pas dans les documents du marché sur l'Espace Acheteur. Pouvez-vous l'ajouter ?
Hélène Brossard""",
  q=[dict(w=("DAF Créteil", "daf-achats@ac-creteil.fr"), s="avenant n°2 marché nettoyage", t="""L'avenant n°2 au marché de produits d'entretien est signé et prend effet au 1er mars.""")],
  fmt="alt", cte="qp")

A(cat="contract_documents", ok=False, uai="0925520A", plat="espace_acheteur", hard=True,
  notes="Follow-up on a ticket: document still missing after the region's answer (quoted two levels).",
  frm=("Olivia Sanchez", "olivia.sanchez@ac-versailles.fr"), cl="outlook", tk=7350,
  subj="RE: [#SUP-007350] convention d'adhésion",
  body="""Bonjour,
Malgré votre réponse, la convention d'adhésion ne s'affiche toujours pas (fichier vide). Lycée Newton, 0925520A.
O. Sanchez""",
  q=[dict(w=("Assistance Île-de-France", SUPPORT), s="[#SUP-007350] convention d'adhésion", t="""Bonjour, le document a été republié, merci de réessayer."""),
     dict(w=("Olivia Sanchez", "olivia.sanchez@ac-versailles.fr"), s="convention d'adhésion", t="""La convention d'adhésion s'ouvre sur un fichier vide.""")],
  fmt="alt", cte="qp")

A(cat="contract_documents", ok=False, uai="0948429B", plat="espace_acheteur", hard=False,
  notes="CCAP not found for a market; Thunderbird forward from the agent comptable.",
  frm=("Nicolas Bertin", "nicolas.bertin@ac-creteil.fr"), cl="thunderbird",
  subj="Fwd: pièces du marché fournitures scolaires",
  body="""Bonjour,
Notre agent comptable réclame le CCAP du marché de fournitures scolaires 2024-031, introuvable dans l'Espace Acheteur. Collège Jean Moulin, 0948429B.
N. Bertin""",
  q=[dict(w=("Agent comptable", "agence.comptable94@ac-creteil.fr"), f=True, s="pièces du marché fournitures scolaires", to="nicolas.bertin@ac-creteil.fr",
          t="""Merci de me fournir le CCAP et le BPU du marché avant paiement.""")],
  fmt="plain", cte="qp")

A(cat="contract_documents", ok=False, uai="0116144U", plat="espace_acheteur", hard=True,
  notes="The quoted history is about an account validation; the new text: conventions visible on the old platform, not on the new one.",
  frm=("Rose Barthe", "rose.barthe@ac-montpellier.fr"), cl="zimbra",
  subj="Re: validation de compte",
  body="""Bonjour,
Mon compte est validé, merci. Mais je ne vois aucune des conventions que j'avais sur l'ancienne plateforme. Lycée Jules Fil, 0116144U.
R. Barthe""",
  q=[dict(w=("Rose Barthe", "rose.barthe@ac-montpellier.fr"), s="validation de compte", t="""Mon compte attend la validation.""")],
  fmt="plain", cte="qp")

A(cat="contract_documents", ok=False, uai="0537011H", plat="espace_acheteur", hard=False,
  notes="Administrative certificate (attestation) missing for a market; Outlook quote of the supplier.",
  frm=("Gilles Fournier", "gilles.fournier@ac-nantes.fr"), cl="outlook",
  subj="RE: attestation marché transport",
  body="""Bonjour,
Le fournisseur nous renvoie vers vous : l'attestation administrative du marché de transport n'est pas dans les documents du marché. Lycée Réaumur, 0537011H.
G. Fournier""",
  q=[dict(w=("Transports Mayennais", "contact@transports-53.example.fr"), s="attestation marché transport", t="""L'attestation est disponible sur la plateforme de la centrale d'achat.""")],
  fmt="alt", cte="qp", cs="windows-1252")

A(cat="contract_documents", ok=False, uai=None, plat="espace_acheteur", hard=False, lang="en",
  notes="English; cannot find the framework agreement documents; Gmail English quote.",
  frm=("Priya Sharma", "psharma@ecole-internationale.example.org"), cl="gmail",
  subj="Re: framework agreement for IT equipment",
  body="""Hello,

I can't find the framework agreement documents (technical specifications, price list) for the IT equipment market in my buyer space. Could you help?

Priya""",
  q=[dict(w=("Head of IT", "it@ecole-internationale.example.org"), s="framework agreement for IT equipment", t="""Priya, we need the price list of the framework agreement before ordering laptops.""")],
  fmt="alt", cte="qp")

# ===== transfer_incident ==================================================
A(cat="transfer_incident", ok=False, uai="0691500F", plat="ecoledirecte", hard=True,
  notes="Quoted part is about an e-sidoc password; the new message is a failing EcoleDirecte transfer since four days.",
  frm=("Secrétariat Lycée", "secretariat.lycee69@ac-lyon.fr"), cl="outlook",
  subj="RE: mot de passe portail",
  body="""Bonjour,
Autre sujet : les transferts vers EcoleDirecte ne passent plus depuis quatre jours, les parents ne voient plus les notes. UAI 0691500F.
Le secrétariat""",
  q=[dict(w=("Nadège Pereira", "nadege.pereira@ac-lyon.fr"), s="mot de passe portail", t="""Je n'ai plus le mot de passe e-sidoc.""")],
  fmt="alt", cte="qp")

A(cat="transfer_incident", ok=False, uai=None, plat="ecoledirecte", hard=True,
  notes="Asks for the daily maintenance password: transfer_incident, not password_reset. Quoted: colleague's instructions.",
  frm=("Fabien Garnier", "fabien.garnier@ac-dijon.fr"), cl="gmail",
  subj="Re: réindexation base",
  body="""Bonjour,
Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois réindexer la base Charlemagne comme indiqué ci-dessous.
Fabien Garnier""",
  q=[dict(w=("Technicien", "tech.etab@ac-dijon.fr"), s="réindexation base", t="""Il faut lancer la réindexation avec le mot de passe de maintenance que donne l'assistance.""")],
  fmt="alt", cte="qp")

A(cat="transfer_incident", ok=False, uai="0761818N", plat="ecoledirecte", hard=False,
  notes="Licence to regenerate after a server change; Zimbra forward from the IT.",
  frm=("Arnaud Picard", "arnaud.picard@ac-normandie.fr"), cl="zimbra",
  subj="Tr: changement de serveur",
  body="""Bonjour,
Suite au changement de serveur ci-dessous, la licence est refusée et les transferts EcoleDirecte sont arrêtés. Pouvez-vous régénérer la licence ? Lycée Corneille, 0761818N.
A. Picard""",
  q=[dict(w=("Service informatique", "info.corneille@ac-normandie.fr"), f=True, s="changement de serveur", to="Arnaud Picard",
          t="""Le serveur a été remplacé ce week-end, les logiciels ont été réinstallés.""")],
  fmt="plain", cte="qp")

A(cat="transfer_incident", ok=False, uai=None, plat="ecoledirecte", hard=True,
  notes="Apple Mail forward of a parent's complaint (no grades on EcoleDirecte) by a private-school head: a transfer problem, not a head request.",
  frm=("Direction Institution Sainte-Marie", "direction@ste-marie.example.fr"), cl="apple",
  subj="Fwd: notes invisibles",
  body="""Bonjour,
Je vous transfère le message d'un parent. Les notes du trimestre n'arrivent plus sur EcoleDirecte. Pouvez-vous regarder les transferts ?
Le chef d'établissement""",
  q=[dict(w=("M. et Mme Lopez", "lopez.famille@free.example.fr"), f=True, s="notes invisibles", to="direction@ste-marie.example.fr",
          t="""Bonjour, nous ne voyons plus aucune note de notre fils depuis deux semaines.""")],
  fmt="plain", cte="qp")

A(cat="transfer_incident", ok=False, uai="0146555Z", plat="ecoledirecte", hard=False,
  notes="Replication re-initialisation after a restore; Outlook quote.",
  frm=("Pascal Hébert", "pascal.hebert@ac-normandie.fr"), cl="outlook2",
  subj="RE: restauration sauvegarde",
  body="""Bonjour,
Après la restauration de la sauvegarde décrite plus bas, il faut réinitialiser la réplication vers EcoleDirecte. Pouvez-vous le faire ? Collège Lemière, 0146555Z.
P. Hébert""",
  q=[dict(w=("Prestataire informatique", "support@infogest.example.fr"), s="restauration sauvegarde", t="""La base a été restaurée à la date du 3 mars.""")],
  fmt="alt", cte="qp")

A(cat="transfer_incident", ok=False, uai=None, plat="ecoledirecte", hard=False,
  notes="Antivirus quarantines Charlemagne Outils; Thunderbird forward of the antivirus alert.",
  frm=("Thibault Ricard", "thibault.ricard@ac-lille.fr"), cl="thunderbird",
  subj="Fwd: Alerte antivirus",
  body="""Bonjour,
L'antivirus met en quarantaine Outils.exe (voir alerte ci-dessous) et les transferts vers EcoleDirecte ne partent plus. Que faut-il exclure ?
T. Ricard""",
  q=[dict(w=("Antivirus Console", "alerts@av-console.example.com"), f=True, s="Alerte antivirus", to="thibault.ricard@ac-lille.fr",
          t="""Fichier mis en quarantaine : C:\\Charlemagne\\Outils.exe (comportement suspect).""")],
  fmt="plain", cte="qp")

A(cat="transfer_incident", ok=False, uai="0315360H", plat="ecoledirecte", hard=False,
  notes="New proxy; the transfer diagnostic fails on the connection test. Gmail quote of the IT.",
  frm=("Michel Carrère", "michel.carrere@ac-toulouse.fr"), cl="gmail",
  subj="Re: nouveau pare-feu",
  body="""Bonjour,
Depuis l'installation du pare-feu (voir ci-dessous), le diagnostic des transferts échoue au test de connexion. Quels paramètres proxy indiquer ? UAI 0315360H.
M. Carrère""",
  q=[dict(w=("Région Occitanie - lycées", "assistance-lycees@occitanie.example.fr"), s="nouveau pare-feu", t="""Un nouveau pare-feu filtre désormais toutes les connexions sortantes des lycées.""")],
  fmt="alt", cte="qp")

A(cat="transfer_incident", ok=False, uai="0069916W", plat="ecoledirecte", hard=False,
  notes="'Licence expirée' at start-up; Zimbra quote of the colleague.",
  frm=("Sonia Bernard", "sonia.bernard@ac-nice.fr"), cl="zimbra",
  subj="Re: message licence",
  body="""Bonjour,
Au démarrage on a « licence expirée » et plus aucun transfert ne part vers EcoleDirecte. Collège, UAI 0069916W.
Sonia Bernard""",
  q=[dict(w=("Adjoint", "adjoint.college@ac-nice.fr"), s="message licence", t="""Sonia, le logiciel affiche un message de licence, tu as vu ?""")],
  fmt="plain", cte="qp")

A(cat="transfer_incident", ok=False, uai="0837038Z", plat="ecoledirecte", hard=True,
  notes="HTML-only Outlook; stuck Outils.exe processes; quoted part is an old MailInBlack discussion.",
  frm=("Eric Vial", "eric.vial@ac-nice.fr"), cl="outlook2",
  subj="RE: antispam",
  body="""Bonjour,
Rien à voir avec l'antispam : plusieurs processus Outils.exe restent bloqués dans le gestionnaire des tâches et les transferts EcoleDirecte ne se terminent jamais. Lycée du Coudon, 0837038Z.
E. Vial""",
  q=[dict(w=("Eric Vial", "eric.vial@ac-nice.fr"), s="antispam", t="""MailInBlack bloque les mails de l'assistance.""")],
  fmt="html", cte="qp", cs="windows-1252")

A(cat="transfer_incident", ok=False, uai="0228225W", plat="ecoledirecte", hard=False,
  notes="Transfers stopped after the summer; Thunderbird reply over a staff-meeting thread.",
  frm=("Yves Le Floch", "yves.lefloch@ac-rennes.fr"), cl="thunderbird",
  subj="Re: conseil pédagogique",
  body="""Bonjour,
Depuis la rentrée, aucun transfert vers EcoleDirecte ne fonctionne (erreur de connexion au serveur). Collège Racine, 0228225W.
Y. Le Floch""",
  q=[dict(w=("Principal adjoint", "pa.racine@ac-rennes.fr"), s="conseil pédagogique", t="""Le conseil pédagogique est avancé à 16h.""")],
  fmt="plain", cte="8bit")

# ===== other ==============================================================
A(cat="other", ok=False, uai=None, plat="esidoc", hard=True,
  notes="Thanks only, quoting the whole reset exchange (three levels): 'mot de passe' and 'lien' appear, nothing is asked. Region from ac-caen.fr.",
  frm=("Michèle Osmont", "michele.osmont@ac-caen.fr"), cl="outlook",
  subj="RE: RE: [#SUP-004980] mot de passe e-sidoc", tk=4980,
  body="""Bonjour,
C'est bon, j'ai pu me connecter avec le nouveau lien. Merci beaucoup pour votre rapidité !
Michèle Osmont""",
  q=[dict(w=DESK, s="RE: [#SUP-004980] mot de passe e-sidoc", t="""Bonjour, un nouveau lien de réinitialisation vient d'être envoyé, il est valable 12 heures."""),
     dict(w=("Michèle Osmont", "michele.osmont@ac-caen.fr"), s="RE: [#SUP-004980] mot de passe e-sidoc", t="""Le lien a expiré."""),
     dict(w=DESK, s="[#SUP-004980] mot de passe e-sidoc", t="""Bonjour, voici un lien de réinitialisation.""")],
  fmt="alt", cte="qp")

A(cat="other", ok=False, uai=None, plat=None, hard=False,
  notes="'Bien reçu' from a phone over a forwarded chain. Nothing to do.",
  frm=("Bertrand Giraud", "bertrand.giraud@ac-limoges.fr"), cl="apple",
  subj="Re: TR: compte rendu réunion",
  body="""Bien reçu, merci.

Envoyé de mon iPhone""",
  q=[dict(w=("Assistance", SUPPORT), s="TR: compte rendu réunion", t="""Bonjour, veuillez trouver le compte rendu de la réunion des référents."""),],
  fmt="plain", cte="qp")

A(cat="other", ok=False, uai=None, plat=None, hard=True,
  notes="Phishing forwarded as 'TR:' from a look-alike domain (ac-lyon-messagerie.com is not an académie domain): 'your mailbox is full, confirm your password'. Not password_reset, no region.",
  frm=("Service Messagerie Académique", "securite@ac-lyon-messagerie.com"), cl="outlook", auth="fail",
  subj="TR: Votre boîte aux lettres est pleine - action requise",
  body="""Bonjour,

Votre quota de messagerie est dépassé. Pour éviter la suppression de vos messages, confirmez votre identifiant et votre mot de passe via le lien ci-dessous sous 24 heures :
http://ac-lyon-messagerie.com/verification

Service informatique""",
  q=[dict(w=("Administrateur", "admin@ac-lyon-messagerie.com"), f=True, s="Quota dépassé", to="undisclosed-recipients",
          t="""Votre boîte est pleine à 98 %.""")],
  fmt="html", cte="b64")

A(cat="other", ok=False, uai=None, plat=None, hard=False, lang="en",
  notes="English SEO spam, fake 'Re:' with a fabricated quoted thread.",
  frm=("Kevin Lars", "kevin.lars@rank-boost.example.net"), cl="gmail",
  subj="Re: Quick question about your website",
  body="""Hi there,

Just following up on my email below. We can get assistance.example.fr to page 1 of Google in 30 days. Shall I send you a proposal?

Kevin""",
  q=[dict(w=("Kevin Lars", "kevin.lars@rank-boost.example.net"), s="Quick question about your website",
          t="""Hi, I noticed your website is not ranking for key terms. We offer affordable SEO packages.""")],
  fmt="alt", cte="qp")

A(cat="other", ok=False, uai=None, plat=None, hard=False,
  notes="Unsolicited internship application forwarded by a teacher.",
  frm=("Lucas Moreau", "lucas.moreau.pro@gmail.com"), cl="gmail",
  subj="Fwd: candidature stage développeur",
  body="""Bonjour,
Mon professeur m'a conseillé de vous transférer ma candidature ci-dessous pour un stage de deux mois en développement web.
Cordialement,
Lucas Moreau""",
  q=[dict(w=("Lucas Moreau", "lucas.moreau.pro@gmail.com"), f=True, s="candidature stage développeur", to="m.prof@ac-lyon.fr",
          t="""Madame, étudiant en BTS SIO, je recherche un stage...""")],
  fmt="alt", cte="qp")

A(cat="other", ok=False, uai=None, plat=None, hard=False,
  notes="Parent asking about the canteen menu, forwarding the school newsletter: wrong address.",
  frm=("Sabrina Lopes", "sabrina.lopes@orange.example.fr"), cl="android",
  subj="Fwd: lettre d'info du collège",
  body="""Bonjour, je ne trouve pas le menu de la cantine pour la semaine prochaine, vous pouvez me l'envoyer ? Mon fils est en 5e B.""",
  q=[dict(w=("Collège Victor Hugo", "ce.college@example.fr"), f=True, s="lettre d'info du collège", to="parents",
          t="""Chers parents, voici la lettre d'information de novembre. Pour toute question, contactez l'assistance.""")],
  fmt="alt", cte="b64")

A(cat="other", ok=False, uai=None, plat=None, hard=True,
  notes="Angry reply on a long chain with no topic stated in the new text; the quoted levels are other people's messages. No category can be told. Region from ac-dijon.fr.",
  frm=("Gérard Bonnet", "gerard.bonnet@ac-dijon.fr"), cl="thunderbird",
  subj="Re: Re: Re: Re: suite",
  body="""Cela fait trois semaines que j'attends une réponse. C'est inadmissible.
G. Bonnet""",
  q=[dict(w=("Gérard Bonnet", "gerard.bonnet@ac-dijon.fr"), s="Re: Re: Re: suite", t="""Alors ?"""),
     dict(w=("Anne-Sophie Royer", "as.royer@ac-dijon.fr"), s="Re: Re: suite", t="""Je transmets à qui de droit."""),
     dict(w=("Gérard Bonnet", "gerard.bonnet@ac-dijon.fr"), s="Re: suite", t="""Voir mon message précédent.""")],
  fmt="plain", cte="8bit")

A(cat="other", ok=False, uai=None, plat="espace_acheteur", hard=False,
  notes="Wants to register for a webinar; the link fails. Zimbra quote of the invitation.",
  frm=("Carole Masson", "carole.masson@ac-besancon.fr"), cl="zimbra",
  subj="Re: Webinaire découverte Espace Acheteur",
  body="""Bonjour,
Le lien d'inscription au webinaire ne fonctionne pas (page introuvable). Comment m'inscrire ?
C. Masson""",
  q=[dict(w=("Équipe Espace Acheteur", "evenements@assistance.example.fr"), s="Webinaire découverte Espace Acheteur", t="""Inscrivez-vous au webinaire du 12 mars à 14h.""")],
  fmt="plain", cte="qp")

A(cat="other", ok=False, uai=None, plat=None, hard=False,
  notes="GDPR erasure request from a former librarian, forwarding her retirement notice.",
  frm=("Monique Lacroix", "monique.lacroix@laposte.example.net"), cl="outlook",
  subj="TR: départ en retraite",
  body="""Bonjour,
Retraitée depuis juin (voir ci-dessous), je vous demande de supprimer toutes mes données personnelles de vos services, conformément au RGPD.
Monique Lacroix""",
  q=[dict(w=("Monique Lacroix", "monique.lacroix@laposte.example.net"), f=True, s="départ en retraite", to="collegues",
          t="""Chers collègues, je quitte le collège après 22 ans au CDI...""")],
  fmt="alt", cte="qp")

A(cat="other", ok=False, uai=None, plat=None, hard=True,
  notes="Internal académie chain forwarded to the desk by address autocomplete (meeting minutes about exam juries); nothing for the desk. Region from ac-orleans-tours.fr.",
  frm=("Jacques Renard", "jacques.renard@ac-orleans-tours.fr"), cl="outlook",
  subj="TR: TR: jurys du bac - convocations",
  body="""Pour information et diffusion aux collègues concernés.
J. Renard""",
  q=[dict(w=("DEC Orléans-Tours", "dec@ac-orleans-tours.fr"), f=True, s="TR: jurys du bac - convocations", to="jacques.renard@ac-orleans-tours.fr",
          t="""Les convocations des jurys du baccalauréat sont disponibles dans l'application. Merci de vérifier les affectations."""),
     dict(w=("Rectorat", "ce.rectorat@ac-orleans-tours.fr"), f=True, s="jurys du bac - convocations", to="dec@ac-orleans-tours.fr",
          t="""Calendrier des jurys : délibérations le 4 juillet.""")],
  fmt="alt", cte="qp")

A(cat="other", ok=False, uai=None, plat="ticket_portal", hard=False,
  notes="How to share a ticket with a colleague on the ticket portal: how-to with no category.",
  frm=("Aurore Petit", "aurore.petit@ac-amiens.fr"), cl="gmail",
  subj="Re: [#SUP-008002] Ticket ouvert",
  body="""Bonjour,
Comment puis-je partager ce ticket avec ma collègue pour qu'elle suive la réponse sur le portail ?
Aurore""", tk=8002,
  q=[dict(w=DESK, s="[#SUP-008002] Ticket ouvert", t="""Votre ticket a été ouvert. Vous pouvez le suivre sur le portail.""")],
  fmt="alt", cte="qp")

A(cat="other", ok=False, uai=None, plat="esignature", hard=True,
  notes="The convention sent for e-signature bears a wrong establishment name; only its sender can fix it. Quoted: the signature invitation.",
  frm=("Laurent Chevallier", "laurent.chevallier@ac-nantes.fr"), cl="thunderbird",
  subj="Fwd: Document à signer : convention",
  body="""Bonjour,
La convention à signer électroniquement (ci-dessous) porte le nom d'un autre lycée. Je ne peux pas la signer en l'état.
L. Chevallier""",
  q=[dict(w=("Signature électronique", "no-reply@esign.example.fr"), f=True, s="Document à signer : convention", to="laurent.chevallier@ac-nantes.fr",
          t="""Vous avez un document à signer : Convention d'adhésion - Lycée Clemenceau.""")],
  fmt="plain", cte="qp")

A(cat="other", ok=False, uai=None, plat=None, hard=False,
  notes="Teacher asks for media-literacy teaching resources: unrelated. Region from ac-grenoble.fr.",
  frm=("Mélanie Rey", "melanie.rey@ac-grenoble.fr"), cl="zimbra",
  subj="Re: Semaine de la presse",
  body="""Bonjour,
Auriez-vous des ressources pédagogiques à conseiller pour la Semaine de la presse en 4e ?
Mélanie Rey""",
  q=[dict(w=("CLEMI Grenoble", "clemi@ac-grenoble.fr"), s="Semaine de la presse", t="""Inscriptions ouvertes pour la Semaine de la presse.""")],
  fmt="plain", cte="qp")

A(cat="other", ok=False, uai=None, plat=None, hard=False,
  notes="Personal message sent to the desk by autocomplete (birthday collection), Gmail quote.",
  frm=("Nathalie Guillot", "nathalie.guillot@ac-paris.fr"), cl="gmail",
  subj="Re: cagnotte pour Sophie",
  body="""Je participe pour 10 €, je te donne ça lundi !
Nath""",
  q=[dict(w=("Isabelle", "isabelle.roy@ac-paris.fr"), s="cagnotte pour Sophie", t="""On fait une cagnotte pour l'anniversaire de Sophie ?""")],
  fmt="alt", cte="qp")

A(cat="other", ok=False, uai=None, plat=None, hard=False,
  notes="Hand-written request to be removed from the newsletter: not automated.",
  frm=("Didier Lambert", "didier.lambert@wanadoo.example.fr"), cl="outlook",
  subj="RE: Lettre d'information - mars",
  body="""Merci de me retirer de votre liste de diffusion, je ne suis plus en poste.
D. Lambert""",
  q=[dict(w=("Lettre d'information", "newsletter@assistance.example.fr"), s="Lettre d'information - mars", t="""Découvrez les nouveautés du mois.""")],
  fmt="alt", cte="qp")

A(cat="other", ok=False, uai=None, plat=None, hard=False, lang="en",
  notes="English partnership pitch as a follow-up quoting her own first mail.",
  frm=("Emma Clarke", "emma@edtech-start.example.io"), cl="gmail",
  subj="Re: Partnership opportunity",
  body="""Hi again,

Bumping this to the top of your inbox. Would you have 15 minutes this week?

Emma""",
  q=[dict(w=("Emma Clarke", "emma@edtech-start.example.io"), s="Partnership opportunity", t="""We build reading-analytics tools for school libraries and would love to integrate with your platform.""")],
  fmt="alt", cte="qp")

A(cat="other", ok=False, uai=None, plat=None, hard=True,
  notes="Asks about Pronote timetables, a product the desk does not handle; quoted chain from the académie mentions ENT changes. Region from ac-rouen.fr.",
  frm=("Stéphanie Vasseur", "stephanie.vasseur@ac-rouen.fr"), cl="outlook",
  subj="TR: bascule ENT",
  body="""Bonjour,
Depuis la bascule de l'ENT annoncée ci-dessous, l'emploi du temps Pronote ne s'affiche plus pour les élèves. Pouvez-vous nous aider ?
S. Vasseur""",
  q=[dict(w=("DANE Normandie", "dane@ac-rouen.fr"), f=True, s="bascule ENT", to="liste-etab", t="""L'ENT change de prestataire au 1er février.""")],
  fmt="alt", cte="qp")

A(cat="other", ok=False, uai=None, plat=None, hard=False, lang="de",
  notes="German-language lottery spam.",
  frm=("Gewinnspiel Zentrale", "info@gewinn-zentrale.example.de"), cl="outlook",
  subj="AW: Ihr Gewinn wartet",
  body="""Sehr geehrte Damen und Herren,

Sie haben 50.000 EUR gewonnen! Bitte senden Sie uns Ihre Bankdaten, um den Gewinn zu erhalten.

Mit freundlichen Grüßen""",
  fmt="alt", cte="qp", cs="iso-8859-1")

A(cat="other", ok=False, uai=None, plat=None, hard=True,
  notes="'+1' reply-all on an académie discussion that happens to include the desk; the quoted thread mentions passwords and MailInBlack but the writer asks nothing of us. Region from ac-reims.fr.",
  frm=("Anthony Lebrun", "anthony.lebrun@ac-reims.fr"), cl="thunderbird",
  subj="Re: Re: [doc-51] mots de passe et antispam",
  cc="doc-51@ac-reims.fr",
  body="""+1, même constat chez nous.
A. Lebrun""",
  q=[dict(w=("Sandra Petitjean", "sandra.petitjean@ac-reims.fr"), s="Re: [doc-51] mots de passe et antispam", t="""Chez nous MailInBlack bloque aussi les mails de réinitialisation des mots de passe."""),
     dict(w=("Animation doc 51", "doc-51@ac-reims.fr"), s="[doc-51] mots de passe et antispam", t="""Des collègues rencontrent-ils des soucis avec les mails automatiques ?""")],
  fmt="plain", cte="qp")

# ===== automated ==========================================================
AUTO_OOO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

A(cat="automated", ok=False, uai=None, plat=None, hard=False,
  notes="Exchange out-of-office in French (Auto-Submitted, X-Auto-Response-Suppress) replying to a desk message.",
  frm=("Corinne Mallet", "corinne.mallet@ac-lille.fr"), cl="outlook", xh=AUTO_OOO,
  subj="Réponse automatique : [#SUP-006233] Mail de validation non reçu",
  body="""Bonjour,
Je suis absente jusqu'au 4 novembre inclus. Pour toute urgence, merci de contacter le secrétariat de direction.
Corinne Mallet""", fmt="alt", cte="qp")

A(cat="automated", ok=False, uai=None, plat=None, hard=False,
  notes="Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)). Region from ac-bordeaux.fr.",
  frm=("Philippe Darrieux", "philippe.darrieux@ac-bordeaux.fr"), cl="zimbra",
  xh=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"],
  subj="Absent - vacances de Toussaint",
  body="""Bonjour,
Je suis en congés jusqu'au 4 novembre. Votre message sera traité à mon retour.
P. Darrieux""", fmt="plain", cte="qp")

A(cat="automated", ok=False, uai=None, plat=None, hard=True,
  notes="Out-of-office that quotes the whole incoming thread (Outlook rule 'reply with template'), no Auto-Submitted; the quoted text contains a password question, but the mail is automatic.",
  frm=("Sébastien Lenoir", "sebastien.lenoir@ac-creteil.fr"), cl="outlook",
  subj="RE: [#SUP-007101] Mot de passe e-sidoc",
  body="""*** Message automatique ***
Je suis absent du bureau jusqu'au lundi 6 janvier. Je n'aurai pas accès à ma messagerie.
Sébastien Lenoir""",
  q=[dict(w=DESK, s="[#SUP-007101] Mot de passe e-sidoc", t="""Bonjour, pour réinitialiser votre mot de passe, cliquez sur « Mot de passe oublié »."""),
     dict(w=("Sébastien Lenoir", "sebastien.lenoir@ac-creteil.fr"), s="Mot de passe e-sidoc", t="""J'ai oublié mon mot de passe, collège Rosa Parks.""")],
  fmt="alt", cte="qp")

A(cat="automated", ok=False, uai="0354628R", plat=None, hard=True,
  notes="Out-of-office of a school office ce.<UAI> address (Auto-Submitted present); mentions e-sidoc and passwords. UAI from the address.",
  frm=("Secrétariat Lycée Bréquigny", "ce.0354628R@ac-rennes.fr"), cl="zimbra",
  xh=["Auto-Submitted: auto-replied (zimbra; vacation)"],
  subj="Re: [#SUP-006902] réinitialisation e-sidoc",
  body="""Le secrétariat est fermé du 21 décembre au 5 janvier. Pour les questions de mot de passe e-sidoc, merci de réécrire à la rentrée.""",
  fmt="plain", cte="qp")

A(cat="automated", ok=False, uai=None, plat=None, hard=False, lang="en",
  notes="English Gmail vacation responder (Auto-Submitted: auto-replied).",
  frm=("Oliver Grant", "oliver.grant@gmail.com"), cl="gmail",
  xh=["Auto-Submitted: auto-replied", "Precedence: bulk"],
  subj="Re: [#SUP-005412] Your request",
  body="""Thank you for your email. I am travelling until 20 August with limited access to email.
Oliver""", fmt="alt", cte="qp")

A(cat="automated", ok=False, uai=None, plat=None, hard=False,
  notes="Postfix bounce (multipart/report delivery-status, null Return-Path) of a desk reply that quoted a long thread. Sender is a relay host (smtp2.ac-poitiers.fr), not an académie mailbox domain: region null.",
  frm=("Mail Delivery System", "MAILER-DAEMON@smtp2.ac-poitiers.fr"), cl="thunderbird", rp="",
  subj="Undelivered Mail Returned to Sender", auth="none",
  body="", raw=("delivery-status", """This is the mail system at host smtp2.ac-poitiers.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<anne.delorme@ac-poitiers.fr>: user unknown""",
"Reporting-MTA: dns; smtp2.ac-poitiers.fr\n\nFinal-Recipient: rfc822; anne.delorme@ac-poitiers.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown",
"""From: Assistance <support@assistance.example.fr>
To: anne.delorme@ac-poitiers.fr
Subject: Re: [#SUP-005930] Facture et mot de passe
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,
Votre demande a bien été transmise.

Le 12/03/2025 à 09:14, Anne Delorme a écrit :
> Bonjour, la facture est introuvable et j'ai oublié mon mot de passe.
"""))

A(cat="automated", ok=False, uai=None, plat=None, hard=False,
  notes="Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  frm=("Microsoft Outlook", "postmaster@lycee-prive.example.fr"), cl="outlook", rp="",
  subj="Non remis : RE: [#SUP-006120] Devis renouvellement", auth="none",
  body="", raw=("delivery-status", """Votre message n'a pas pu être remis à gestion@lycee-prive.example.fr.
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.""",
"Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.outlook.com\n\nFinal-Recipient: rfc822;gestion@lycee-prive.example.fr\nAction: failed\nStatus: 5.2.2",
"""From: Assistance <support@assistance.example.fr>
To: gestion@lycee-prive.example.fr
Subject: RE: [#SUP-006120] Devis renouvellement

Bonjour, veuillez trouver le devis demandé.
"""))

A(cat="automated", ok=False, uai=None, plat=None, hard=False,
  notes="Outlook read receipt in French ('Lu :'), disposition-notification. Region from ac-strasbourg.fr.",
  frm=("Francis Meyer", "francis.meyer@ac-strasbourg.fr"), cl="outlook",
  subj="Lu : [#SUP-007702] Mail de confirmation",
  body="", raw=("disposition-notification", """Votre message

  À : Francis Meyer
  Objet : [#SUP-007702] Mail de confirmation
  Envoyé : lundi 10 février 2025 10:02

a été lu le lundi 10 février 2025 10:45.""",
"Reporting-UA: ac-strasbourg.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;francis.meyer@ac-strasbourg.fr\nDisposition: manual-action/MDN-sent-manually; displayed",
"""From: Assistance <support@assistance.example.fr>
Subject: [#SUP-007702] Mail de confirmation

Bonjour.
"""))

A(cat="automated", ok=False, uai=None, plat=None, hard=False, lang="en",
  notes="Thunderbird return receipt in English.",
  frm=("Daniel Okafor", "daniel.okafor@intl-school-lyon.example.org"), cl="thunderbird",
  subj="Return Receipt (displayed) - Re: [#SUP-007221] New password email",
  body="", raw=("disposition-notification", """This is a Return Receipt for the mail that you sent to daniel.okafor@intl-school-lyon.example.org.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer.""",
"Reporting-UA: intl-school-lyon.example.org; Thunderbird\nFinal-Recipient: rfc822;daniel.okafor@intl-school-lyon.example.org\nDisposition: manual-action/MDN-sent-manually; displayed",
"""From: Assistance <support@assistance.example.fr>
Subject: Re: [#SUP-007221] New password email

Hello.
"""))

A(cat="automated", ok=False, uai=None, plat="esidoc", hard=True,
  notes="Post on an académie mailing list (List-Id, Precedence: list): a forwarded chain with a real e-sidoc password question, but not written to the desk. Region from ac-lyon.fr.",
  frm=("Valérie Royet", "valerie.royet@ac-lyon.fr"), cl="thunderbird",
  to="doc-69@ac-lyon.fr",
  xh=["List-Id: Documentalistes du Rhone <doc-69.ac-lyon.fr>", "Precedence: list",
      "List-Unsubscribe: <mailto:doc-69-unsubscribe@ac-lyon.fr>"],
  subj="[doc-69] Fwd: mot de passe e-sidoc perdu ?",
  body="""Bonjour à tous,
Quelqu'un sait-il comment récupérer le mot de passe e-sidoc quand l'ancienne collègue est partie ? Je vous transfère l'échange avec ma direction.
Valérie""",
  q=[dict(w=("Principal adjoint", "pa.college@ac-lyon.fr"), f=True, s="mot de passe e-sidoc perdu", to="valerie.royet@ac-lyon.fr",
          t="""Valérie, l'ancienne documentaliste ne répond pas. Vois avec tes collègues de la liste.""")],
  fmt="plain", cte="qp")

A(cat="automated", ok=False, uai=None, plat="espace_acheteur", hard=False,
  notes="Marketing newsletter: List-Id, List-Unsubscribe one-click, Precedence: bulk.",
  frm=("Espace Acheteur - Actualités", "newsletter@centrale-achats.example.fr"), cl="outlook",
  xh=["List-Id: <actualites.centrale-achats.example.fr>", "Precedence: bulk",
      "List-Unsubscribe: <https://centrale-achats.example.fr/unsub?u=8812>",
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
  subj="Les nouveaux marchés de février sur votre Espace Acheteur",
  body="""Nouveaux marchés disponibles : mobilier, fournitures, énergie. Connectez-vous à votre Espace Acheteur pour découvrir les offres.
Se désabonner : https://centrale-achats.example.fr/unsub""", fmt="html", cte="qp")

A(cat="automated", ok=False, uai=None, plat="ticket_portal", hard=False,
  notes="Ticket-portal notification (Auto-Submitted: auto-generated): a ticket with a supplier was updated; includes the quoted comment history.",
  frm=("Portail de tickets", "no-reply@tickets.example.fr"), cl="thunderbird",
  xh=["Auto-Submitted: auto-generated"],
  subj="[Ticket #48211] Nouvelle réponse",
  body="""Une nouvelle réponse a été ajoutée à votre ticket #48211.

--- Historique ---
> Fournisseur (12/02) : Le correctif sera livré vendredi.
> Assistance (11/02) : Le client ne reçoit plus les mails de réinitialisation.

Ne répondez pas à ce message.""", fmt="plain", cte="qp")

A(cat="automated", ok=False, uai=None, plat="esignature", hard=True,
  notes="E-signature 'completed' notification without Auto-Submitted; no-reply sender and wording show it is automatic.",
  frm=("Signature électronique", "no-reply@esign.example.fr"), cl="outlook",
  subj="Document signé : Convention d'adhésion 2025",
  body="""Bonjour,
Tous les signataires ont signé le document « Convention d'adhésion 2025 ». Vous pouvez le télécharger depuis votre espace.
Ceci est un message automatique, merci de ne pas y répondre.""", fmt="html", cte="qp")

A(cat="automated", ok=False, uai=None, plat="espace_acheteur", hard=False,
  notes="No-reply notification to the desk: an account awaits validation (Auto-Submitted: auto-generated).",
  frm=("Espace Acheteur", "no-reply@assistance.example.fr"), cl="thunderbird",
  xh=["Auto-Submitted: auto-generated"],
  subj="Compte en attente de validation",
  body="""Un nouvel utilisateur s'est inscrit pour une structure sans administrateur :
Structure : Collège Jean Zay
Utilisateur : m.perrin@ac-lyon.fr
Validez ou refusez la demande depuis l'interface d'administration.""", fmt="plain", cte="qp")

A(cat="automated", ok=False, uai=None, plat=None, hard=True,
  notes="Client-side out-of-office rule: no Auto-Submitted, but In-Reply-To a desk ticket and 'absent' wording with a quoted history. Region from ac-montpellier.fr.",
  frm=("Josette Fabre", "josette.fabre@ac-montpellier.fr"), cl="thunderbird", tk=7480,
  subj="Re: [#SUP-007480] Abonnement non visible",
  body="""Je suis absente jusqu'au 2 mai. En cas d'urgence contactez le CDI au 04 67 00 00 00.""",
  q=[dict(w=DESK, s="[#SUP-007480] Abonnement non visible", t="""Bonjour, l'activation intervient sous 72 heures.""")],
  fmt="plain", cte="8bit")

A(cat="automated", ok=False, uai=None, plat=None, hard=False,
  notes="Another help desk's acknowledgement (Auto-Submitted, X-Loop) of a message the desk sent it. Region from ac-lille.fr.",
  frm=("Assistance académique Lille", "assistance@ac-lille.fr"), cl="outlook",
  xh=["Auto-Submitted: auto-replied", "X-Loop: assistance@ac-lille.fr"],
  subj="[AA-2025-11873] Accusé de réception : TR: mails bloqués",
  body="""Bonjour,
Votre demande a bien été enregistrée sous le numéro AA-2025-11873. Un technicien vous répondra dans les meilleurs délais.
Ce message est généré automatiquement.""", fmt="alt", cte="qp")

A(cat="automated", ok=False, uai=None, plat=None, hard=False, lang="en",
  notes="DMARC aggregate report sent to the desk address.",
  frm=("DMARC Aggregate Report", "noreply-dmarc-support@google.example.com"), cl="gmail",
  xh=["Auto-Submitted: auto-generated"],
  subj="Report domain: assistance.example.fr Submitter: google.com Report-ID: 1289734512",
  body="""This is an aggregate report from google.com for assistance.example.fr.""", fmt="plain", cte="7bit")

A(cat="automated", ok=False, uai=None, plat=None, hard=True,
  notes="MailInBlack challenge sent TO the desk: the desk's reply is held and it must prove it is human. Machine-generated, not a user asking about MailInBlack.",
  frm=("Mailinblack", "noreply@mailinblack.example.com"), cl="outlook",
  xh=["Auto-Submitted: auto-replied"],
  subj="Votre message à gestion.fabert@ac-nancy-metz.fr est en attente",
  body="""Bonjour,
Votre message « Re: [#SUP-007655] Vos messages en attente - MailInBlack » n'a pas encore été délivré. Pour prouver que vous n'êtes pas un robot, cliquez sur le lien ci-dessous.
https://protect.mailinblack.example.com/validate?id=88e1c
Ce message a été envoyé automatiquement.""", fmt="html", cte="qp")

A(cat="automated", ok=False, uai=None, plat=None, hard=False, lang="en",
  notes="Delay warning from the relay ('Delayed Mail (still being retried)').",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.assistance.example.fr"), cl="thunderbird", rp="",
  subj="Delayed Mail (still being retried)", auth="none",
  body="", raw=("delivery-status", """This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours. It will be retried until it is 5 days old.""",
"Reporting-MTA: dns; mx1.assistance.example.fr\n\nFinal-Recipient: rfc822; gestion@college-prive.example.fr\nAction: delayed\nStatus: 4.4.1",
"""From: Assistance <support@assistance.example.fr>
To: gestion@college-prive.example.fr
Subject: Re: [#SUP-007890] Facture

Bonjour.
"""))

A(cat="automated", ok=False, uai=None, plat=None, hard=False,
  notes="Daily digest of an académie discussion list (List-Id, Precedence: list) the desk is subscribed to; contains several quoted posts. Region from ac-rennes.fr.",
  frm=("Liste doc-bretagne", "doc-bretagne-owner@ac-rennes.fr"), cl="zimbra",
  to="doc-bretagne@ac-rennes.fr",
  xh=["List-Id: <doc-bretagne.ac-rennes.fr>", "Precedence: list"],
  subj="Résumé de doc-bretagne, Vol 48, numéro 12",
  body="""Sujets du jour :
1. Re: désherbage des périodiques (Gaëlle Morvan)
2. Formation e-sidoc niveau 1 (Animation)
3. Re: mot de passe du portail (Yannick Le Bihan)

----------------------------------------------------------------------
Message : 1
> On garde les magazines deux ans, puis on les propose aux élèves.

Message : 3
> Il faut passer par l'assistance, le lien part à l'adresse du collège.""", fmt="plain", cte="qp")


# ---------------------------------------------------------------- main
def main():
    mails = list(MAILS)
    RNG.shuffle(mails)
    assert len(mails) == 150, len(mails)
    t = dt.datetime(2024, 9, 2, 8, 0)
    labels = []
    for i, m in enumerate(mails, 1):
        t = t + dt.timedelta(hours=RNG.randint(20, 52))
        if t.weekday() >= 5 and RNG.random() < 0.8:
            t = t + dt.timedelta(days=7 - t.weekday())
        local = t.replace(hour=RNG.randint(7, 18), minute=RNG.randint(0, 59),
                          second=RNG.randint(0, 59))
        if m.get("tz") is not None:
            date = local.replace(tzinfo=dt.timezone(dt.timedelta(hours=m["tz"])))
        else:
            date = local.replace(tzinfo=paris_tz(local))
        if m.get("raw"):
            kind, expl, status, orig = m["raw"]
            m = dict(m, raw_body=report(kind, expl, status, orig))
        data = build(i, m, date)
        name = "h%03d.eml" % i
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        labels.append({
            "file": name, "category": m["cat"], "auto_reply_ok": m["ok"],
            "uai": m["uai"], "region": region_for(m["uai"], m["frm"][1]),
            "platform": m["plat"], "hard": m["hard"], "lang": m.get("lang", "fr"),
            "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"),
                                          encoding="utf-8")]
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert len(files) == 150, len(files)
    assert [l["file"] for l in labels] == files
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
            "hard", "lang", "notes"]
    for lab in labels:
        assert list(lab) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        assert msg["From"] and msg["Subject"] and msg["Date"] and msg["Message-ID"], lab
        assert SUPPORT in str(msg["To"]) or lab["category"] == "automated", lab
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), lab["file"]
        sender = email.utils.parseaddr(str(msg["From"]))[1]
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["region"] == DEPT2REGION[lab["uai"][:3]], lab
            raw = open(os.path.join(HERE, lab["file"]), "rb").read()
            text = msg.as_string() + body.get_content()
            assert lab["uai"].lower() in text.lower(), lab
        else:
            dom = sender.rsplit("@", 1)[-1].lower()
            assert lab["region"] == DOMAIN2REGION.get(dom), lab
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["notes"].strip()
    from collections import Counter
    c = Counter(l["category"] for l in labels)
    print("ok: 150 mails;", dict(c), "auto_reply_ok:",
          sum(l["auto_reply_ok"] for l in labels))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the holdout66 blind test corpus (150 .eml files + labels.jsonl).

Theme: May-June 2026, Ile-de-France and Hauts-de-France, very large
establishments (cites scolaires with a college and a lycee, lycees polyvalents
with BTS classes, big REP+ colleges): shared accounts, teams writing as "nous",
delegated admins, end-of-year inventory, weeding, summer orders, closing the
accounts of staff who leave.

Standard library only, deterministic (random.Random(66)).  Every mail text is
written by hand below; the script only wraps it in realistic headers and MIME
structures, then checks its own output.
"""
import base64
import datetime as dt
import email
import email.policy
import html as htmlmod
import json
import os
import quopri
import re
from email.header import Header
from email.utils import formataddr, format_datetime

R = __import__("random").Random(66)
HERE = os.path.dirname(os.path.abspath(__file__))
SUPPORT = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
REGION_OF_DEPT = {}
for _d in "75 77 78 91 92 93 94 95".split():
    REGION_OF_DEPT["0" + _d] = "ile-de-france"
for _d in "02 59 60 62 80".split():
    REGION_OF_DEPT["0" + _d] = "hauts-de-france"
# the rest of the table is not needed by this corpus, but a few foreign codes
# (one Rhone school, one Marne school) appear in it:
REGION_OF_DEPT.update({"069": "auvergne-rhone-alpes", "051": "grand-est", "033": "nouvelle-aquitaine"})
REGION_OF_DOMAIN = {
    "ac-paris.fr": "ile-de-france", "ac-creteil.fr": "ile-de-france",
    "ac-versailles.fr": "ile-de-france", "ac-lille.fr": "hauts-de-france",
    "ac-amiens.fr": "hauts-de-france", "ac-lyon.fr": "auvergne-rhone-alpes",
    "ac-reims.fr": "grand-est", "ac-bordeaux.fr": "nouvelle-aquitaine",
}
ALL_REGIONS = {
    "auvergne-rhone-alpes", "bourgogne-franche-comte", "bretagne", "centre-val-de-loire",
    "corse", "grand-est", "hauts-de-france", "ile-de-france", "normandie",
    "nouvelle-aquitaine", "occitanie", "pays-de-la-loire", "provence-alpes-cote-d-azur",
    "guadeloupe", "martinique", "guyane", "la-reunion", "mayotte",
}
RG = {"idf": "ile-de-france", "hdf": "hauts-de-france", None: None,
      "ara": "auvergne-rhone-alpes", "ge": "grand-est", "na": "nouvelle-aquitaine"}


def check_letter(d7):
    return LETTERS[int(d7) % 23]


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and check_letter(code[:7]) == code[7]


MAILS = []


def M(cat, ok, uai, region, platform, lang, notes, **kw):
    """Register one hand-written mail and its label."""
    kw.setdefault("hard", False)
    MAILS.append(dict(label=dict(category=cat, auto_reply_ok=ok, uai=uai,
                                 region=RG.get(region, region), platform=platform,
                                 hard=kw.pop("hard"), lang=lang, notes=notes), gen=kw))


# ---------------------------------------------------------------- dates, ids
def when(kw):
    if kw.get("when"):
        d = dt.datetime.strptime(kw["when"], "%Y-%m-%d %H:%M")
    else:
        day = dt.date(2026, 5, 4) + dt.timedelta(days=R.randrange(0, 58))
        while day.weekday() == 6 or day in (dt.date(2026, 5, 14), dt.date(2026, 5, 25), dt.date(2026, 5, 8)):
            day += dt.timedelta(days=1)
        d = dt.datetime(day.year, day.month, day.day, R.choice([7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21, 22]), R.randrange(60))
    return d.replace(second=R.randrange(60), tzinfo=dt.timezone(dt.timedelta(hours=2)))


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        return formataddr((name, mail))
    except UnicodeEncodeError:
        return formataddr((name, mail), charset=charset)


def ip():
    return "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randrange(2, 250))


def trace(mail, date, auth="pass"):
    domain = mail.split("@")[1].lower()
    if domain.startswith("ac-"):
        relay = "smtp%d.%s" % (R.randrange(1, 6), domain)
    elif domain in ("gmail.com",):
        relay = "mail-wr1-f%d.google.com" % R.randrange(40, 70)
    elif domain in ("orange.fr", "wanadoo.fr"):
        relay = "smtp-out%d.orange.fr" % R.randrange(10, 30)
    elif domain in ("laposte.net",):
        relay = "smtp-out.laposte.net"
    elif domain in ("outlook.fr", "hotmail.fr") or domain.endswith("onmicrosoft.com"):
        relay = "PA4P264CU00%d.outbound.protection.outlook.com" % R.randrange(1, 9)
    else:
        relay = "mail.%s" % domain
    stamp = format_datetime(date)
    lines = ["Return-Path: <%s>" % mail if auth != "null" else "Return-Path: <>",
             "Delivered-To: " + SUPPORT,
             "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (relay, relay, ip(), alnum(15), SUPPORT, stamp)]
    if auth == "pass":
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain))
    elif auth == "fail":
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain))
    else:
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % relay)
    return lines


# ---------------------------------------------------------------- bodies
def enc_body(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        out = base64.encodebytes(raw).decode("ascii")
    else:
        # 8-bit bodies keep their bytes; non-UTF-8 ones travel as surrogate escapes
        out = raw.decode("ascii", "surrogateescape") if charset.lower() != "utf-8" else raw.decode("utf-8")
    if not out.endswith("\n"):
        out += "\n"
    return out


def to_html(text, outlook=True):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(htmlmod.escape(l, quote=False) for l in block.split("\n"))
        if outlook:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % inner)
        else:
            paras.append("<div>%s</div>\n<div><br></div>" % inner)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">\n'
            + "\n".join(paras) + "\n</div></body></html>\n")


def part(ctype, text, charset, cte, extra=""):
    return "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n%s" % (
        ctype, charset, extra, cte, enc_body(text, charset, cte))


def alternative(text, html_text, charset="utf-8", cte="quoted-printable"):
    b = "_000_%s_" % alnum(28)
    body = ("Content-Type: multipart/alternative;\n boundary=\"%s\"\n\n--%s\n%s\n--%s\n%s\n--%s--\n"
            % (b, b, part("text/plain", text, charset, cte), b,
               part("text/html", html_text, charset, cte), b))
    return body


STYLES = {
    # name: (mailer header, message-id maker, structure)
    "outlook": ("X-Mailer: Microsoft Outlook 16.0", lambda d: "<000001dc%s$%s$%s$@%s>" % (hexid(4), hexid(8), hexid(8), d), "alt_outlook"),
    "owa": ("X-MS-Has-Attach: \nX-MS-TNEF-Correlator: ", lambda d: "<PAXP%dMB%d%s@PAXP%dMB%d.FRAP264.PROD.OUTLOOK.COM>" % (R.randrange(100, 300), R.randrange(1000, 9999), hexid(24).upper(), R.randrange(100, 300), R.randrange(1000, 9999)), "alt_outlook"),
    "html": ("X-Mailer: Microsoft Outlook 16.0", lambda d: "<000001dc%s$%s$%s$@%s>" % (hexid(4), hexid(8), hexid(8), d), "html_only"),
    "gmail": ("", lambda d: "<CA+%s@mail.gmail.com>" % alnum(40), "alt_plain"),
    "tb": ("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101\n Thunderbird/128.10.1", lambda d: "<%s-%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), d), "plain8"),
    "zimbra": ("X-Mailer: Zimbra 10.1.6_GA_0225 (ZimbraWebClient - FF138 (Win)/10.1.6_GA_0225)", lambda d: "<%d.%d.%d.JavaMail.zimbra@%s>" % (R.randrange(10**8, 10**9), R.randrange(10**5, 10**6), R.randrange(10**12, 10**13), d), "alt_zimbra"),
    "apple": ("X-Mailer: iPhone Mail (22F76)", lambda d: "<%s-%s-%s@%s>" % (hexid(8).upper(), hexid(4).upper(), hexid(12).upper(), d), "plain_qp"),
    "android": ("X-Mailer: Outlook for Android", lambda d: "<%s@%s>" % (alnum(20), d), "plain_b64"),
    "samsung": ("X-Mailer: Samsung Mail", lambda d: "<%s@email.android.com>" % alnum(24), "alt_b64"),
    "latin1": ("User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1", lambda d: "<%s.%s@%s>" % (hexid(8), hexid(6), d), "plain_latin1"),
    "plain": ("", lambda d: "<%s.%s@%s>" % (alnum(12), hexid(6), d), "plain_qp"),
}


def build(g):
    """Assemble one human mail from its generation parameters."""
    if "raw" in g:
        return g["raw"](g)
    name, mail = g["frm"]
    date = when(g)
    style = g.get("style", "outlook")
    mailer, mid, struct = STYLES[style]
    domain = mail.split("@")[1].lower()
    h = trace(mail, date, g.get("auth", "pass"))
    hcs = g.get("hcharset", "utf-8")
    h.append("From: " + addr(name, mail, hcs))
    to = g.get("to") or [("Assistance", SUPPORT)]
    h.append("To: " + ",\n\t".join(addr(n, a, hcs) for n, a in to))
    if g.get("cc"):
        h.append("Cc: " + ",\n\t".join(addr(n, a, hcs) for n, a in g["cc"]))
    if g.get("reply_to"):
        h.append("Reply-To: " + g["reply_to"])
    subj = g["subj"]
    h.append("Subject: " + hdr(subj, hcs))
    h.append("Date: " + format_datetime(date))
    h.append("Message-ID: " + mid(domain))
    if g.get("reply"):
        ref = "<SUP-%06d.%d.%s@assistance.example.fr>" % (g["reply"], int(date.timestamp()) - 86400 * 2, hexid(6))
        h.append("In-Reply-To: " + ref)
        h.append("References: " + ref)
    if mailer:
        h.append(mailer)
    if style in ("outlook", "owa", "html"):
        h.append("Thread-Index: " + base64.b64encode(bytes(R.randrange(256) for _ in range(22))).decode())
        h.append("Content-Language: " + ("en-GB" if g.get("en") else "fr-FR"))
    for extra in g.get("headers", []):
        h.append(extra)
    h.append("MIME-Version: 1.0")
    text = g["body"].strip("\n") + "\n"
    cs = g.get("charset", "utf-8")
    if struct == "alt_outlook":
        body = alternative(text, to_html(text, True), cs)
    elif struct == "alt_zimbra":
        body = alternative(text, to_html(text, False), cs)
    elif struct == "alt_plain":
        body = alternative(text, to_html(text, False).replace('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">', '<div dir="ltr">').replace("</div></body></html>", "</div>"), cs)
    elif struct == "alt_b64":
        body = alternative(text, to_html(text, False), cs, "base64")
    elif struct == "html_only":
        body = part("text/html", (g.get("html") or to_html(text, True)).replace("charset=utf-8", "charset=" + cs), cs, g.get("cte", "quoted-printable"))
    elif struct == "plain8":
        body = part("text/plain", text, cs, "8bit", "; format=flowed" if g.get("flowed") else "")
    elif struct == "plain_qp":
        body = part("text/plain", text, cs, "quoted-printable")
    elif struct == "plain_b64":
        body = part("text/plain", text, cs, "base64")
    elif struct == "plain_latin1":
        body = part("text/plain", text, "iso-8859-1", "8bit")
    else:
        raise ValueError(struct)
    if g.get("attach"):
        fname, ctype, payload = g["attach"]
        b = "----=_NextPart_%s" % hexid(20)
        body = ("Content-Type: multipart/mixed;\n boundary=\"%s\"\n\n--%s\n%s\n--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n"
                % (b, b, body, b, ctype, fname, fname, base64.encodebytes(payload).decode(), b))
    return "\n".join(h) + "\n" + body


def auto(g, date_hdrs, body_hdr_and_body, frm, subj, extra, auth="pass"):
    pass


def report(g):
    """multipart/report: delivery-status (bounce) or disposition-notification (MDN)."""
    name, mail = g["frm"]
    date = when(g)
    domain = mail.split("@")[1].lower()
    h = trace(mail, date, "null" if g["kind"] == "dsn" else "pass")
    if g["kind"] == "dsn":
        h[-1] = "Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % domain
    h.append("From: " + addr(name, mail))
    h.append("To: " + addr("Assistance", SUPPORT))
    h.append("Subject: " + hdr(g["subj"]))
    h.append("Date: " + format_datetime(date))
    h.append("Message-ID: <%s@%s>" % (alnum(18), domain))
    for extra in g.get("headers", []):
        h.append(extra)
    h.append("MIME-Version: 1.0")
    b = "%s.%d/%s" % (alnum(14), int(date.timestamp()), domain)
    rtype = "delivery-status" if g["kind"] == "dsn" else "disposition-notification"
    h.append("Content-Type: multipart/report; report-type=%s;\n boundary=\"%s\"" % (rtype, b))
    osubj = g["orig_subj"]
    ticket = g.get("ticket", 0)
    orig_mid = "<SUP-%06d.%d.%s@assistance.example.fr>" % (ticket, int(date.timestamp()) - 30, hexid(6))
    parts = []
    parts.append(part("text/plain", g["body"].strip("\n") + "\n", "utf-8", g.get("cte", "7bit") if g["body"].isascii() else "quoted-printable"))
    if g["kind"] == "dsn":
        rcpt = g["rcpt"]
        status = g.get("status", "5.1.1")
        action = g.get("action", "failed")
        parts.append("Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
                     "Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
                     "Action: %s\nStatus: %s\nDiagnostic-Code: %s\n" % (domain, format_datetime(date), rcpt, rcpt, action, status, g["diag"]))
        if g.get("headers_only"):
            parts.append("Content-Type: text/rfc822-headers\n\nFrom: Assistance <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
                         % (SUPPORT, rcpt, hdr(osubj), format_datetime(date), orig_mid))
        else:
            parts.append("Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\nFrom: Assistance <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s"
                         % (SUPPORT, rcpt, hdr(osubj), format_datetime(date), orig_mid, enc_body(g["orig_body"].strip("\n") + "\n", "utf-8", "quoted-printable")))
    else:
        parts.append("Content-Type: message/disposition-notification\n\nReporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n"
                     % (g.get("ua", "Microsoft Outlook 16.0"), mail, orig_mid, g.get("disposition", "manual-action/MDN-sent-manually; displayed")))
    body = "This is a MIME-encapsulated message.\n\n" + "".join("--%s\n%s\n" % (b, p) for p in parts) + "--%s--\n" % b
    return "\n".join(h) + "\n\n" + body


def DSN(notes, frm, subj, body, rcpt, diag, orig_subj, orig_body="", ticket=0, region=None, hard=False, platform=None, lang="fr", **kw):
    kw.update(dict(raw=report, kind="dsn", frm=frm, subj=subj, body=body, rcpt=rcpt, diag=diag,
                   orig_subj=orig_subj, orig_body=orig_body or "Bonjour,\n\nVotre demande a bien été enregistrée.\n\nL'équipe d'assistance", ticket=ticket))
    M("automated", False, None, region, platform, lang, notes, hard=hard, **kw)


def MDN(notes, frm, subj, body, orig_subj, region=None, disposition="manual-action/MDN-sent-manually; displayed", ua="Microsoft Outlook 16.0", lang="fr", hard=False, **kw):
    kw.update(dict(raw=report, kind="mdn", frm=frm, subj=subj, body=body, orig_subj=orig_subj,
                   disposition=disposition, ua=ua))
    M("automated", False, None, region, None, lang, notes, hard=hard, **kw)


def AUTO(notes, region=None, platform=None, uai=None, lang="fr", hard=False, **kw):
    M("automated", False, uai, region, platform, lang, notes, hard=hard, **kw)


OOF_EXCH = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"]
OOF_ZIMBRA = ["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"]
OOF_GMAIL = ["Auto-Submitted: auto-replied", "Precedence: bulk"]


# =====================================================================
# password_reset (22)
# =====================================================================
CDI_PE = [("Sonia Belkacem", "sonia.belkacem@ac-creteil.fr"), ("Marc Ortega", "marc.ortega@ac-creteil.fr"),
          ("Gestion Paul-Eluard", "int.0930620u@ac-creteil.fr"), ("Julie Tran", "julie.tran1@ac-creteil.fr"),
          ("Karim Haddou", "karim.haddou@ac-creteil.fr")]

M("password_reset", True, "0930620U", "idf", "esidoc", "fr",
  "Team of documentalistes of a cité scolaire writing as 'nous', five colleagues in copy; the signature lists the lycée (0930620U) and the collège (0932077C), but the mail says the shared e-sidoc portal is registered under the lycée's UAI, which is the label. Plain lost password.",
  hard=True, frm=("Nadia Ferhat", "nadia.ferhat@ac-creteil.fr"), cc=CDI_PE, style="outlook",
  subj="Mot de passe e-sidoc - CDI cité scolaire Paul-Éluard",
  body="""Bonjour,

Nous sommes l'équipe des professeurs documentalistes de la cité scolaire Paul-Éluard (quatre collègues, un seul portail pour le collège et le lycée). Le portail e-sidoc est enregistré au nom du lycée, 0930620U.

Depuis le départ en congé de notre collègue qui gardait le mot de passe du back-office, plus personne ne le connaît et nous devons commencer le récolement de fin d'année la semaine prochaine.

Pourriez-vous nous envoyer un lien de réinitialisation ? Nous mettons nos collègues en copie pour que tout le monde ait l'information.

Merci d'avance,

Nadia Ferhat, pour l'équipe du CDI
Cité scolaire Paul-Éluard – Saint-Denis
Lycée 0930620U / Collège 0932077C
""")

M("password_reset", True, "0756271J", "idf", "esidoc", "fr",
  "No accents, lower-case UAI in the body (0756271j): the label is the upper-case code. Forgotten back-office password.",
  frm=("thomas leguen", "thomas.leguen75@gmail.com"), style="gmail",
  subj="mdp oublie",
  body="""bonjour

jai oublie le mot de passe du portail esidoc du lycee (uai 0756271j) et impossible de me connecter pour faire le desherbage de fin dannee. vous pouvez me renvoyer un lien svp ?

merci
thomas leguen
prof doc
""")

M("password_reset", True, None, "hdf", "esidoc", "fr",
  "UAI typed 0593362K: wrong check letter (the digits give 0593362J), so no UAI is reported (probable typo); region from the ac-lille.fr sender. Otherwise a plain lost password.",
  hard=True, frm=("Béatrice Lemaire", "beatrice.lemaire@ac-lille.fr"), style="zimbra",
  subj="Réinitialisation mot de passe portail CDI",
  body="""Bonjour,

Je n'arrive plus à me connecter à notre portail e-sidoc : le mot de passe a dû être changé par une collègue et je ne le retrouve pas.
Notre identifiant est 0593362K.

Pouvez-vous faire le nécessaire pour que je puisse le réinitialiser ?

Bien à vous,
B. Lemaire
Professeure documentaliste
""")

M("password_reset", True, "0910224Z", "idf", "esidoc", "en",
  "English; account locked after too many attempts by several colleagues sharing the login; asks to unlock or reset.",
  frm=("Helen Whitaker", "helen.whitaker@ac-versailles.fr"), style="owa", en=True,
  subj="Locked out of the library portal",
  body="""Hello,

I'm the librarian for the international section at Lycée polyvalent Marie-Curie (UAI 0910224Z). Several of us share the e-sidoc back-office login and it seems someone typed the wrong password too many times this morning: the account is now locked.

Could you unlock it or send a reset link? We are in the middle of the end-of-year inventory.

Many thanks,
Helen Whitaker
Librarian / Professeure documentaliste
""")

M("password_reset", True, "0950473Y", "idf", "espace_acheteur", "fr",
  "UAI written with spaces in the signature ('0950 473 Y'); the label is 0950473Y. Shared buyer account whose password left with the former gestionnaire.",
  hard=True, frm=("Service intendance", "intendance.lp-jaures@laposte.net"), style="outlook",
  subj="Espace Acheteur : plus personne n'a le mot de passe",
  body="""Bonjour,

Au lycée polyvalent Jean-Jaurès nous sommes six à passer par le même compte sur l'Espace Acheteur (intendance, chef de travaux, BTS CPI et BTS MS). Notre ancienne gestionnaire est partie en mutation et personne n'a noté le mot de passe.

Nous devons passer les commandes de l'été avant le 30 juin. Comment récupérer l'accès ?

Cordialement,

L'équipe d'intendance
Lycée polyvalent Jean-Jaurès – Argenteuil
UAI : 0950 473 Y
""")

M("password_reset", True, "0937734B", "idf", "esidoc", "fr",
  "Secretariat writes from the ce.<UAI> address in lower case (ce.0937734b@ac-creteil.fr) and asks for the link on that official address: the safe path.",
  frm=("Collège Romain-Rolland - Secrétariat", "ce.0937734b@ac-creteil.fr"), style="zimbra",
  subj="Demande de lien de réinitialisation",
  body="""Bonjour,

Le secrétariat du collège Romain-Rolland (REP+) vous écrit pour le compte de notre documentaliste, Mme Pires, qui ne parvient plus à accéder au portail e-sidoc.

Pouvez-vous envoyer le lien de réinitialisation sur cette adresse (adresse fonctionnelle de l'établissement) ? Nous le lui transmettrons.

Cordialement,
Le secrétariat
""")

M("password_reset", True, "0781427C", "idf", "esidoc", "fr",
  "Contrast: the reset mail does arrive ('ce n'est pas un problème de mail non reçu'), but its link has expired: password_reset, not missing_noreply_mail.",
  hard=True, frm=("Laurent Mabille", "laurent.mabille@ac-versailles.fr"), style="tb",
  subj="Lien expiré",
  body="""Bonjour,

Ce n'est pas un problème de mail non reçu : le message de réinitialisation arrive bien, mais le temps que je revienne du conseil de classe le lien était expiré ("ce lien n'est plus valide").

Pouvez-vous m'en renvoyer un ? Lycée Jules-Ferry, UAI 0781427C.

Merci,
Laurent Mabille
Documentaliste
""")

M("password_reset", False, "0603175A", "hdf", "espace_acheteur", "fr",
  "Two topics: lost Espace Acheteur password (first) and an invoice missing from Chorus (order_billing). One template answers only half, so a person.",
  hard=True, frm=("Christelle Dufour", "christelle.dufour@ac-amiens.fr"), style="outlook",
  subj="Mot de passe + facture Chorus",
  body="""Bonjour,

Deux choses :

1) je ne retrouve plus mon mot de passe de l'Espace Acheteur, le lien "mot de passe oublié" me renvoie vers une adresse que je n'ai plus ;
2) la facture de la commande de mobilier du CDI n'apparaît toujours pas dans Chorus Pro alors que la livraison date du 12 mai.

Lycée polyvalent Cassini, Clermont (Oise) – 0603175A

Merci,
Christelle Dufour
Adjointe gestionnaire
""")

M("password_reset", True, "0921280S", "idf", "esidoc", "fr",
  "Reply on an existing ticket (In-Reply-To, Outlook French quote block): the new link expired again; still the ticket's category, the reset path applies.",
  frm=("Agnès Roussel", "agnes.roussel@ac-versailles.fr"), style="outlook", reply=6612,
  subj="RE: [#SUP-006612] Mot de passe e-sidoc",
  body="""Bonjour,

Désolée, le deuxième lien a expiré lui aussi : je n'ai vu le mail que ce matin. Pouvez-vous en renvoyer un ? Je le traiterai tout de suite cette fois.

Agnès Roussel
Collège Les Bruyères – 0921280S

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 2 juin 2026 16:05
À : Agnès Roussel <agnes.roussel@ac-versailles.fr>
Objet : [#SUP-006612] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse connue pour votre établissement (c***@ac-v*********.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""")

M("password_reset", False, "0943731V", "idf", "esidoc", "fr",
  "A CPE (not the head) asks for the password to be sent to his personal Gmail address: never done automatically, a person must answer (head-of-establishment procedure).",
  hard=True, frm=("Yannick Morel", "yannick.morel94@gmail.com"), style="gmail",
  subj="Accès e-sidoc pour l'été",
  body="""Bonjour,

Je suis CPE au collège Pablo-Neruda (REP+, 0943731V). Notre documentaliste part à la retraite le 3 juillet et je dois pouvoir accéder au portail pendant l'été pour préparer la rentrée.

Pourriez-vous m'envoyer directement le mot de passe sur cette adresse gmail ? Je n'ai pas encore d'adresse académique qui fonctionne.

Merci,
Yannick Morel
""")

M("password_reset", True, "0800329Y", "hdf", "esidoc", "fr",
  "UAI only in the subject; does not know the login (it is the UAI) nor the password.",
  frm=("Cécile Vasseur", "cecile.vasseur@ac-amiens.fr"), style="zimbra",
  subj="0800329Y identifiant et mot de passe",
  body="""Bonjour,

Je remplace la documentaliste jusqu'à la fin de l'année et on me demande de saisir les retours de prêts des BTS. Je ne sais ni quel est l'identifiant ni le mot de passe du portail.

Comment faire ?

Cécile Vasseur
""")

M("password_reset", True, "0596266R", "hdf", "esidoc", "fr",
  "Account locked after several failed attempts during the end-of-year inventory.",
  frm=("Olivier Descamps", "olivier.descamps@ac-lille.fr"), style="tb", flowed=True,
  subj="Compte bloqué",
  body="""Bonjour,

Nous avons fermé le CDI pour le récolement et, en voulant me connecter
au back-office, j'ai été bloqué après cinq essais ("compte
temporairement verrouillé").

Collège Jean-Macé, Roubaix, REP+ - UAI 0596266R

Pouvez-vous débloquer le compte ou m'envoyer un nouveau mot de passe ?

Olivier Descamps
""")

M("password_reset", True, "0626381Z", "hdf", "esidoc", "fr",
  "Very short iPhone message, quoted-printable; lost password, UAI given.",
  frm=("Amandine Caron", "amandine.caron@ac-lille.fr"), style="apple",
  subj="Mdp",
  body="""Bonjour, mot de passe esidoc perdu, UAI 0626381Z. Merci de m’envoyer un lien.

Envoyé de mon iPhone
""")

M("password_reset", False, "0941068A", "idf", "ecoledirecte", "fr",
  "Lost EcoleDirecte administration password; explicitly NOT the daily maintenance password (which would be transfer_incident). No reset template for this product, so a person.",
  hard=True, frm=("Farid Bensalem", "farid.bensalem@ac-creteil.fr"), style="outlook",
  subj="Mot de passe administrateur EcoleDirecte",
  body="""Bonjour,

Je ne parle pas du mot de passe de maintenance du jour (celui-là je sais le demander) : c'est le mot de passe du compte administrateur EcoleDirecte de l'établissement que personne ne retrouve depuis le départ de notre ancien principal adjoint.

Nous avons besoin de ce compte pour préparer la bascule d'année.

Collège Henri-Wallon, Ivry – 0941068A

Cordialement,
Farid Bensalem, référent numérique
""")

M("password_reset", True, None, None, "ticket_portal", "fr",
  "Ticket portal password expired and the old one forgotten; sender from a private domain, no UAI, so no region.",
  frm=("Patrice Lenoir", "p.lenoir@ensemble-scolaire-saint-joseph.fr"), style="outlook",
  subj="Mot de passe portail des tickets expiré",
  body="""Bonjour,

Le portail de suivi des tickets me dit que mon mot de passe a expiré et me demande l'ancien pour le changer... que je n'ai évidemment plus.

Pouvez-vous le réinitialiser ?

Patrice Lenoir
Responsable informatique
Ensemble scolaire Saint-Joseph
""")

M("password_reset", True, "0920379M", "idf", "esidoc", "en",
  "English; forgotten e-sidoc password. Signature gives both UAIs of the cité scolaire; the portal is the lycée's (0920379M).",
  hard=True, frm=("Rachel Adeyemi", "rachel.adeyemi@ac-versailles.fr"), style="gmail", en=True,
  subj="Password reset request - library portal",
  body="""Hi,

I cannot remember the password for our e-sidoc back office. The portal belongs to the lycée (0920379M), even though the CDI serves the whole cité scolaire.
Could you please send a reset link?

Thanks a lot,
Rachel

--
Rachel Adeyemi
Teacher-librarian, Cité scolaire Lakanal
Lycée 0920379M | Collège 0923179F
""")

M("password_reset", True, "0603042F", "hdf", "espace_acheteur", "fr",
  "HTML-only Outlook mail: the Espace Acheteur login (an e-mail shared by three people) is unknown, FAQ case.",
  frm=("Sabrina Lefèvre", "s.lefevre@lycee-curie-nogent.fr"), style="html",
  subj="Identifiant Espace Acheteur inconnu",
  body="""Bonjour,

Sur l'Espace Acheteur, nous étions trois à utiliser la même adresse mail pour nous connecter (intendance, CDI, chef de travaux). Cette adresse a été supprimée par le rectorat et je ne sais plus quel identifiant saisir, ni quel mot de passe.

Lycée Marie-Curie, Nogent-sur-Oise, UAI 0603042F.

Pouvez-vous m'aider à récupérer l'accès ?

Sabrina Lefèvre
""")

M("password_reset", True, "0027441C", "hdf", "espace_acheteur", "fr",
  "Outlook for Android, base64 body; account locked on the Espace Acheteur.",
  frm=("Jérôme Petit", "jerome.petit@ac-amiens.fr"), style="android",
  subj="compte verrouillé espace acheteur",
  body="""Bonjour
Mon compte Espace Acheteur est verrouillé (trop de tentatives). College Jean-Mermoz Saint-Quentin 0027441C.
Pouvez vous le débloquer ou me renvoyer un mot de passe
Merci
J. Petit
""")

M("password_reset", True, "0771125E", "idf", "esidoc", "fr",
  "Older Thunderbird, ISO-8859-1 8-bit body; expired password and the old one forgotten.",
  frm=("Martine Guérin", "martine.guerin@ac-creteil.fr"), style="latin1",
  subj="Mot de passe expiré",
  body="""Bonjour,

Le portail me demande de changer le mot de passe parce qu'il a expiré, mais il veut l'ancien et je ne m'en souviens pas.

Collège Camille-Claudel, Meaux - 0771125E

Merci de votre aide.
Martine Guérin
""")

M("password_reset", True, "0922847V", "idf", "esidoc", "fr",
  "Negation: 'nous n'avons pas MailInBlack' and the mail does arrive; the password chosen is then refused: password_reset, not mailinblack_spam nor missing_noreply_mail.",
  hard=True, frm=("Hélène Barbier", "helene.barbier@ac-versailles.fr"), style="owa",
  subj="Nouveau mot de passe refusé",
  body="""Bonjour,

Petite précision d'emblée : nous n'avons pas MailInBlack au collège, et le mail de réinitialisation arrive bien.

Le problème : je choisis un nouveau mot de passe, la page me dit qu'il est enregistré, puis à la connexion il est refusé. J'ai recommencé trois fois.

Collège Albert-Camus, Bois-Colombes – 0922847V

Merci,
Hélène Barbier
""")

M("password_reset", True, "0783173A", "idf", "esidoc", "fr",
  "New documentaliste taking over in September ('je ne connais pas le mot de passe'), writing in June while her predecessor leaves.",
  frm=("Inès Carpentier", "ines.carpentier@ac-versailles.fr"), style="gmail",
  subj="Reprise du portail CDI",
  body="""Bonjour,

Je serai la nouvelle professeure documentaliste du collège Les Saules (0783173A) à la rentrée. Ma collègue part fin juin et n'a pas pu me transmettre le mot de passe du portail : je ne le connais pas.

Comment puis-je l'obtenir ? J'aimerais commencer à préparer la politique d'acquisition pendant l'été.

Merci beaucoup,
Inès Carpentier
""")

M("password_reset", True, "0757377L", "idf", "esidoc", "fr",
  "Cité scolaire where the collège and the lycée each have their own e-sidoc portal; the mail says it is the collège's portal (0757377L), not the lycée's (0756271J). Both UAIs appear; the label is the one the request is about.",
  hard=True, frm=("Didier Fontaine", "didier.fontaine@ac-paris.fr"), style="tb",
  subj="Mot de passe portail du collège (cité scolaire)",
  body="""Bonjour,

Dans notre cité scolaire, le collège et le lycée ont chacun leur portail e-sidoc. C'est celui du COLLÈGE (0757377L) dont j'ai perdu le mot de passe, pas celui du lycée (0756271J) qui fonctionne.

Merci de m'envoyer un lien de réinitialisation pour le portail du collège.

Didier Fontaine
Documentaliste, cité scolaire Voltaire
""")


# =====================================================================
# missing_noreply_mail (16)
# =====================================================================
M("missing_noreply_mail", True, "0932373Z", "idf", "espace_acheteur", "fr",
  "New deputy gestionnaire never got the Espace Acheteur activation mail; junk folder checked; no anti-spam product named.",
  frm=("Aïcha Diallo", "aicha.diallo@ac-creteil.fr"), style="outlook",
  cc=[("Intendance Collège Jean-Vilar", "int.0932373z@ac-creteil.fr")],
  subj="Mail d'activation non reçu",
  body="""Bonjour,

Je suis la nouvelle adjointe gestionnaire du collège Jean-Vilar (0932373Z). Notre administratrice a créé mon accès sur l'Espace Acheteur lundi, mais je n'ai jamais reçu le mail d'activation. J'ai regardé dans les courriers indésirables : rien.

Pourriez-vous le renvoyer ?

Cordialement,
Aïcha Diallo
""")

M("missing_noreply_mail", True, None, "hdf", "esidoc", "fr",
  "Team of three documentalistes: e-sidoc notifications (no-reply) no longer arrive since the académie's mail migration; no product named; no UAI, region from ac-lille.fr.",
  frm=("Équipe CDI", "cdi.lyceebaggio@ac-lille.fr"), style="zimbra",
  cc=[("Marion Delattre", "marion.delattre@ac-lille.fr"), ("Hugo Vanhove", "hugo.vanhove@ac-lille.fr")],
  subj="Plus aucune notification du portail",
  body="""Bonjour,

Nous (les trois documentalistes du lycée) ne recevons plus les notifications automatiques du portail depuis la migration de la messagerie académique : ni les suggestions d'achat des élèves, ni les alertes de retard de prêt.

Rien non plus dans les indésirables. Est-ce que l'adresse d'envoi a changé ?

L'équipe du CDI
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", "en",
  "English; the new-password mail from the no-reply address never arrives; Gmail sender, no UAI, no region.",
  frm=("Daniel Okafor", "dan.okafor.bts@gmail.com"), style="gmail", en=True,
  subj="No email received",
  body="""Hello,

I clicked "forgot password" on the buyer space three times since yesterday and nothing arrives from your no-reply address, not even in spam.

Could you check what is going on?

Daniel Okafor
BTS lecturer
""")

M("missing_noreply_mail", True, "0911179M", "idf", "espace_acheteur", "fr",
  "Negation: 'ce n'est pas MailInBlack, nous ne l'avons pas'; confirmation mail missing: missing_noreply_mail, not mailinblack_spam.",
  hard=True, frm=("Stéphane Royer", "stephane.royer@ac-versailles.fr"), style="owa",
  subj="Confirmation d'inscription jamais reçue",
  body="""Bonjour,

Avant que vous ne me parliez de MailInBlack : nous ne l'avons pas, nous sommes sur la messagerie académique standard.

J'ai rempli le formulaire d'inscription à l'Espace Acheteur il y a quatre jours et je n'ai reçu aucune confirmation.

Collège Jean-Lurçat, Grigny (REP+) – 0911179M

Stéphane Royer
Gestionnaire
""")

M("missing_noreply_mail", False, "0770932V", "idf", "espace_acheteur", "fr",
  "Reply (Outlook '-----Message d'origine-----') after the junk-folder answer: still nothing after three days, asks for the region. The template was already sent, a person must follow up.",
  frm=("Pascale Morin", "pascale.morin@ac-creteil.fr"), style="outlook", reply=6588,
  subj="RE: [#SUP-006588] Mail de validation non reçu",
  body="""Bonjour,

Toujours rien trois jours après, malgré l'expéditeur ajouté aux contacts et les indésirables vérifiés tous les jours. Pouvez-vous transmettre à la région comme indiqué ?

Pascale Morin
LPO Henri-Moissan, Meaux – 0770932V

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 22 mai 2026 10:12
À : Pascale Morin
Objet : [#SUP-006588] Mail de validation non reçu

Bonjour,
Vérifiez votre dossier de courriers indésirables et déclarez l'expéditeur comme légitime. Sans nouvelles de votre part sous 48 h, nous reviendrons vers vous.
""")

M("missing_noreply_mail", True, "0953384M", "idf", "espace_acheteur", "fr",
  "HTML-only Outlook: order-confirmation notifications from the no-reply address stopped for the summer orders.",
  frm=("Olga Nowak", "olga.nowak@ac-versailles.fr"), style="html",
  subj="Notifications de commande",
  body="""Bonjour,

Depuis une quinzaine de jours nous ne recevons plus les mails automatiques de confirmation de commande de l'Espace Acheteur. Les commandes, elles, passent bien (je les vois dans l'historique).

C'est gênant en cette période de commandes d'été : les collègues ne savent pas si leur panier est parti.

Collège Victor-Hugo, Sarcelles – 0953384M

Olga Nowak
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", "fr",
  "Two-line message from a phone, orange.fr sender: activation mail not received; no UAI, no region.",
  frm=("M. Leclercq", "leclercq.j@orange.fr"), style="android",
  subj="activation",
  body="""toujours pas recu le mail d activation de l espace acheteur depuis vendredi
J Leclercq
""")

M("missing_noreply_mail", True, "0622047N", "hdf", "esidoc", "fr",
  "Official ce.<UAI> address of the lycée; the signature also lists the collège (0623978M). The reset mail never arrives; the UAI of the sender address is the label.",
  hard=True, frm=("Cité scolaire Gambetta-Carnot", "ce.0622047N@ac-lille.fr"), style="zimbra",
  subj="Mail de réinitialisation jamais arrivé",
  body="""Bonjour,

Nous avons lancé quatre fois la procédure « mot de passe oublié » du portail documentaire, et le message n'arrive jamais sur cette boîte, pas même en indésirables.

Merci de vérifier de votre côté.

Le secrétariat de direction
Cité scolaire Gambetta-Carnot, Arras
Lycée 0622047N – Collège 0623978M
""")

M("missing_noreply_mail", True, "0917650W", "idf", "espace_acheteur", "fr",
  "Structure administrator of a big lycée polyvalent (twelve buyers) no longer receives the 'account to validate' notifications.",
  frm=("Régis Marchand", "regis.marchand@ac-versailles.fr"), style="zimbra",
  subj="Notifications de comptes à valider",
  body="""Bonjour,

Je suis administrateur de la structure pour le lycée polyvalent de l'Essouriau (0917650W) : douze collègues ont un compte acheteur (BTS, sections pro, CDI, intendance).

Deux nouveaux collègues m'ont dit s'être inscrits, mais je n'ai reçu aucun mail de notification « compte à valider ». Rien en indésirables.

Régis Marchand
""")

M("missing_noreply_mail", True, "0621358P", "hdf", "ticket_portal", "fr",
  "The ticket portal's confirmation mail (to set a password) never arrived.",
  frm=("Fabien Lecomte", "fabien.lecomte@ac-lille.fr"), style="tb",
  subj="Portail des tickets : pas de mail de confirmation",
  body="""Bonjour,

Je me suis inscrit sur le portail de suivi des tickets pour suivre les demandes de notre établissement (LP Jean-Bart, 0621358P), mais le mail de confirmation qui doit me permettre de choisir mon mot de passe n'est jamais arrivé.

Cordialement,
Fabien Lecomte
""")

M("missing_noreply_mail", True, "0801748R", "hdf", "espace_acheteur", "fr",
  "Suspects 'the Région's filter' but names no product: missing_noreply_mail.",
  frm=("Lucie Boulanger", "lucie.boulanger@ac-amiens.fr"), style="owa",
  subj="Mails de l'Espace Acheteur bloqués ?",
  body="""Bonjour,

Nous ne recevons aucun des mails automatiques de l'Espace Acheteur (ni activation, ni mot de passe). Notre informaticien pense à un filtrage mis en place par la Région sur les messageries des établissements, sans savoir lequel.

Quelle adresse faut-il autoriser ?

Cité scolaire Madeleine-Michelis, Amiens – collège 0801748R

Lucie Boulanger
""")

M("missing_noreply_mail", True, "0916907N", "idf", "espace_acheteur", "fr",
  "Samsung mail (base64 text and HTML): account validated but the first-login link never came.",
  frm=("Nathalie Girard", "nathalie.girard@ac-versailles.fr"), style="samsung",
  subj="Lien de première connexion",
  body="""Bonjour,
Mon compte a été validé par notre administratrice hier mais je n'ai pas reçu le lien de première connexion.
Collège Paul-Éluard Évry 0916907N
Merci
Nathalie Girard

Envoyé depuis mon smartphone Samsung Galaxy.
""")

M("missing_noreply_mail", False, "0940982G", "idf", "espace_acheteur", "fr",
  "Two topics: activation mail missing (first) and a quote for a summer order (order_billing). A person answers both.",
  hard=True, frm=("Bruno Lacroix", "bruno.lacroix@ac-creteil.fr"), style="outlook",
  subj="Activation + devis",
  body="""Bonjour,

1. Notre nouveau chef de travaux n'a jamais reçu le mail d'activation de son compte acheteur (inscription faite il y a une semaine).
2. Par ailleurs, pouvez-vous nous établir un devis pour les trois licences de logiciel de CAO du BTS ? Nous devons engager la dépense avant la fin de l'exercice.

LP Louis-Armand, Nogent – 0940982G

Bruno Lacroix
""")

M("missing_noreply_mail", True, None, "idf", "espace_acheteur", "fr",
  "Gmail French forward ('Message transféré') of a colleague's message: the confirmation mail never arrived. No UAI; region from the ac-paris.fr forwarder.",
  frm=("Claire Nguyen", "claire.nguyen@ac-paris.fr"), style="gmail",
  subj="Fwd: inscription espace acheteur",
  body="""Bonjour, je vous transfère le message de ma collègue, même problème chez moi d'ailleurs.

---------- Message transféré ---------
De : Julien Marchetti <julien.marchetti@ac-paris.fr>
Date : mer. 10 juin 2026 à 14:32
Objet : inscription espace acheteur
À : Claire Nguyen <claire.nguyen@ac-paris.fr>

Claire, je me suis inscrit sur l'Espace Acheteur comme tu m'as dit mais je n'ai jamais eu le mail de confirmation. Tu peux voir avec eux ?
Julien
""")

M("missing_noreply_mail", True, "0923315D", "idf", "esidoc", "fr",
  "Customer-account activation mail (first online order) never came.",
  frm=("Véronique Simon", "veronique.simon@ac-versailles.fr"), style="outlook",
  subj="Activation du compte client",
  body="""Bonjour,

J'ai ouvert le compte client pour passer notre première commande en ligne (abonnements de rentrée) ; on m'annonçait un mail d'activation sous 12 heures. Deux jours plus tard, rien, indésirables compris.

Collège Jean-Moulin, Chaville – 0923315D

Véronique Simon
""")

M("missing_noreply_mail", True, "0023352H", "hdf", "espace_acheteur", "fr",
  "Handover before the summer: the new gestionnaire's address was set on the account but the notifications still do not reach her; Thunderbird 8-bit.",
  frm=("Émilie Roger", "emilie.roger@ac-amiens.fr"), style="tb",
  subj="Changement d'adresse, notifications non reçues",
  body="""Bonjour,

Mon prédécesseur quitte l'établissement fin juin ; il a remplacé son adresse par la mienne dans le compte de l'Espace Acheteur. Depuis, je ne reçois aucune des notifications (commandes validées, messages de la plateforme), et lui non plus.

Lycée Condorcet, Saint-Quentin – 0023352H

Émilie Roger
""")


# =====================================================================
# mailinblack_spam (12)
# =====================================================================
M("mailinblack_spam", True, "0593120W", "hdf", "espace_acheteur", "fr",
  "IT manager of a cité scolaire asks which senders to allow-list in MailInBlack.",
  frm=("Arnaud Deschamps", "arnaud.deschamps@ac-lille.fr"), style="outlook",
  subj="Liste blanche MailInBlack",
  body="""Bonjour,

Je gère l'informatique de la cité scolaire Faidherbe (lycée 0593120W). La Région a déployé MailInBlack sur nos boîtes et vos mails d'activation ne passent plus.

Quels expéditeurs ou domaines dois-je mettre en liste blanche ?

Arnaud Deschamps
Technicien informatique
""")

M("mailinblack_spam", True, None, None, "espace_acheteur", "fr",
  "Product spelled 'mail in black', no accents, typos; no UAI, private domain.",
  frm=("secretariat", "secretariat@college-stmartin-beauvais.fr"), style="outlook",
  subj="mail bloquer",
  body="""bonjour

le mail dactivation du compte acheteur est bloquer par mail in black chez nous, on la vu dans le rapport mais on sais pas comment le debloquer

merci de nous aider
le secretariat
""")

M("mailinblack_spam", True, "0786642W", "idf", "espace_acheteur", "en",
  "English; Mailinblack quarantine holds the activation links.",
  frm=("Sarah Mitchell", "sarah.mitchell@ac-versailles.fr"), style="owa", en=True,
  subj="Activation emails stuck in Mailinblack quarantine",
  body="""Hello,

Our school's mail goes through Mailinblack and your activation emails end up in its quarantine. I can see them in the daily report but the links seem to be expired by the time I release them.

How should we set this up? School code 0786642W.

Best regards,
Sarah Mitchell
Business manager, Lycée international
""")

M("mailinblack_spam", False, "0956816T", "idf", "espace_acheteur", "fr",
  "The sender-authentication challenge is described (a mail asking to prove we are not a robot) without naming MailInBlack: mailinblack_spam, but a person should confirm the product before sending the guide.",
  hard=True, frm=("Guillaume Perrin", "guillaume.perrin@ac-versailles.fr"), style="zimbra",
  subj="Vos mails ne nous parviennent pas",
  body="""Bonjour,

Un collègue de la vie scolaire m'explique que, depuis peu, tout expéditeur inconnu reçoit un message lui demandant de cliquer pour prouver qu'il n'est pas un robot, et que tant que ce n'est pas fait le mail reste bloqué. Les vôtres étant envoyés par une adresse no-reply, je suppose qu'ils restent coincés.

Nous attendons le mail d'activation de l'Espace Acheteur depuis une semaine.

LPO Camille-Pissarro, Pontoise – 0956816T

Guillaume Perrin
""")

M("mailinblack_spam", True, "0591961L", "hdf", "espace_acheteur", "fr",
  "Reply quoting the junk-folder answer (Thunderbird French quote): their IT now says MailInBlack blocks the mail, so the MailInBlack guide is the right answer.",
  frm=("Gaëlle Vandamme", "gaelle.vandamme@ac-lille.fr"), style="tb", reply=6604,
  subj="Re: [#SUP-006604] Mail de confirmation non reçu",
  body="""Bonjour,

Rien dans les indésirables, mais notre service informatique vient de me dire que c'est MailInBlack qui bloque vos messages. Que dois-je leur demander ?

Gaëlle Vandamme
Collège Albert-Samain, Lille – 0591961L

Le 27/05/2026 à 09:41, Assistance a écrit :
> Bonjour,
> Vérifiez votre dossier de courriers indésirables et déclarez l'expéditeur
> comme légitime.
> Cordialement,
> L'équipe d'assistance
""")

M("mailinblack_spam", True, "0607059X", "hdf", "esidoc", "fr",
  "HTML-only Outlook: the MailInBlack daily report shows held no-reply messages; asks how to release them for good.",
  frm=("Loïc Bertin", "l.bertin@lycee-paul-langevin-beauvais.fr"), style="html",
  subj="Messages retenus (MailInBlack)",
  body="""Bonjour,

Chaque matin le rapport MailInBlack me liste plusieurs messages retenus de votre adresse noreply (notifications du portail documentaire). Je les libère un par un, mais le lendemain ça recommence.

Comment faire pour qu'ils passent définitivement ?

Lycée Paul-Langevin, Beauvais – 0607059X

Loïc Bertin, documentaliste
""")

M("mailinblack_spam", False, "0951648A", "idf", "espace_acheteur", "fr",
  "Two topics: activation mail blocked by Mailinblack (first) and who the structure's administrator is (account_creation). A person answers.",
  hard=True, frm=("Corinne Labbé", "corinne.labbe@ac-versailles.fr"), style="outlook",
  subj="Mailinblack + administrateur",
  body="""Bonjour,

Le mail d'activation est bloqué par Mailinblack, que la mairie a installé sur les boîtes du collège. Pouvez-vous m'envoyer la marche à suivre ?

Et, autre question : qui est l'administrateur de notre structure sur l'Espace Acheteur ? Personne ici ne le sait depuis le départ de l'ancienne gestionnaire.

Collège Jules-Vallès, Garges – 0951648A
Corinne Labbé
""")

M("mailinblack_spam", True, "0936610E", "idf", "espace_acheteur", "fr",
  "MAILINBLACK in capitals; official ce.<UAI> address in lower case; asks whether to allow the domain or the address.",
  frm=("LP Eugène-Hénaff - Direction", "ce.0936610e@ac-creteil.fr"), style="zimbra",
  subj="MAILINBLACK - domaine ou adresse ?",
  body="""Bonjour,

Notre établissement utilise MAILINBLACK. Pour recevoir vos mails, faut-il autoriser tout votre domaine ou seulement l'adresse no-reply ?

Merci de votre réponse,
La direction
""")

M("mailinblack_spam", True, "0800651Y", "hdf", "espace_acheteur", "fr",
  "Contrast: junk folder checked too, but the local authority rolled out 'Mailinblack Protect': mailinblack_spam.",
  frm=("Antoine Mercier", "antoine.mercier@ac-amiens.fr"), style="owa",
  subj="Mails non reçus",
  body="""Bonjour,

J'ai bien regardé dans les indésirables comme l'indique votre FAQ : rien. En revanche, la collectivité a mis en place Mailinblack Protect en avril et je soupçonne qu'il retient vos messages.

Lycée Robert-de-Luzarches, Amiens – 0800651Y

Antoine Mercier
""")

M("mailinblack_spam", True, "0596776V", "hdf", "esidoc", "fr",
  "The CDI team's e-sidoc notifications held by MailInBlack; written as 'nous' with colleagues in copy.",
  frm=("Valérie Dhondt", "valerie.dhondt@ac-lille.fr"), style="zimbra",
  cc=[("Kevin Poulain", "kevin.poulain@ac-lille.fr"), ("Samia Chérif", "samia.cherif@ac-lille.fr"), ("CDI", "cdi.0596776v@ac-lille.fr")],
  subj="Notifications e-sidoc dans MailInBlack",
  body="""Bonjour,

Nous sommes les documentalistes du collège Van-der-Meersch (0596776V). Depuis que MailInBlack filtre nos boîtes, les notifications du portail (réservations, suggestions) ne nous arrivent plus : elles attendent une validation que personne ne fait.

Pouvez-vous nous indiquer la procédure à transmettre à notre informaticien ?

Pour l'équipe, Valérie Dhondt
""")

M("mailinblack_spam", True, "0942971U", "idf", "espace_acheteur", "fr",
  "The desk's own answers are challenged by the school's Mailinblack: same allow-list guide.",
  frm=("Mehdi Aouadi", "mehdi.aouadi@ac-creteil.fr"), style="outlook",
  subj="Vos réponses bloquées par Mailinblack",
  body="""Bonjour,

Je vous ai écrit la semaine dernière ; je n'ai jamais eu votre réponse, et je découvre dans Mailinblack que votre adresse est en attente d'authentification. J'imagine que le mail d'activation de mon compte acheteur est au même endroit.

Que faut-il paramétrer ?

Mehdi Aouadi
Collège Gustave-Monod, Vitry – 0942971U
""")

M("mailinblack_spam", True, None, None, None, "fr",
  "One line from an iPhone: blocked by Mailinblack, send the guide. No UAI, no platform named, wanadoo sender.",
  frm=("Françoise Hamel", "f.hamel@wanadoo.fr"), style="apple",
  subj="Mailinblack",
  body="""Bonjour, vos mails sont bloqués par mailinblack. Pouvez-vous m’envoyer la procédure ? Merci. F. Hamel

Envoyé de mon iPhone
""")


# =====================================================================
# head_of_establishment_request (15)
# =====================================================================
M("head_of_establishment_request", False, "0593362J", "hdf", "esidoc", "fr",
  "The proviseur of a cité scolaire writes from the lycée's ce.<UAI> address: change of e-sidoc administrator (the documentaliste leaves at the end of June) and closing her access. Signature lists the collège too (0596373G); the portal and the sender are the lycée's.",
  hard=True, frm=("Proviseur - Cité scolaire Pasteur", "ce.0593362J@ac-lille.fr"), style="outlook",
  cc=[("Anne Delcourt", "anne.delcourt@ac-lille.fr"), ("Sophie Lambin", "sophie.lambin@ac-lille.fr"), ("Gestion Pasteur", "int.0593362j@ac-lille.fr"),
      ("Principal adjoint", "pierre.wattel@ac-lille.fr"), ("Secrétariat", "secretariat.pasteur@ac-lille.fr")],
  subj="Changement d'administrateur du portail e-sidoc",
  body="""Madame, Monsieur,

Mme Anne Delcourt, professeure documentaliste et administratrice de notre portail e-sidoc, quitte l'établissement le 30 juin 2026.

Je vous demande de bien vouloir désigner à sa place Mme Sophie Lambin (sophie.lambin@ac-lille.fr) comme administratrice du portail, et de supprimer les accès de Mme Delcourt à compter du 1er juillet.

Je vous prie d'agréer l'expression de mes salutations distinguées.

Jean-Marc Duquesne
Proviseur de la cité scolaire Pasteur, Lille
Lycée 0593362J – Collège 0596373G
""")

M("head_of_establishment_request", False, "0932502P", "idf", "espace_acheteur", "fr",
  "The principal of a REP+ collège authorises the summer order and attaches the signed bon d'engagement (PDF).",
  frm=("Principale Collège Elsa-Triolet", "ce.0932502P@ac-creteil.fr"), style="outlook",
  cc=[("Gestionnaire", "int.0932502p@ac-creteil.fr")],
  subj="Autorisation de commande - collège Elsa-Triolet",
  attach=("BE_2026-117_signe.pdf", "application/pdf", b"%PDF-1.4\n% bon d'engagement 2026-117 (holdout66 stub)\n%%EOF\n"),
  body="""Bonjour,

J'autorise notre gestionnaire, M. Karim Saïdi, à valider sur l'Espace Acheteur la commande de mobilier et de fonds documentaire pour le CDI (panier « Été 2026 »), pour un montant de 8 430 € TTC.

Vous trouverez ci-joint le bon d'engagement signé.

Cordialement,
Laurence Benhamou
Principale du collège Elsa-Triolet (REP+) – 0932502P
""")

M("head_of_establishment_request", False, "0927211N", "idf", "espace_acheteur", "fr",
  "The proviseure adjointe signs 'P/O la proviseure' (by delegation of the head) to change the structure administrator: treated as the head's written request; staff must check the delegation.",
  hard=True, frm=("Isabelle Renaud", "isabelle.renaud@ac-versailles.fr"), style="zimbra",
  subj="Changement d'administrateur de structure",
  body="""Madame, Monsieur,

Par délégation de Mme la proviseure, absente cette semaine, je vous demande de nommer M. Olivier Chauvin, gestionnaire, administrateur de la structure sur l'Espace Acheteur en remplacement de Mme Fabre, partie en retraite, dont le compte doit être fermé.

P/O la proviseure,
Isabelle Renaud, proviseure adjointe
Lycée polyvalent Louis-Girard, Malakoff – 0927211N
""")

M("head_of_establishment_request", False, "0782196N", "idf", "espace_acheteur", "en",
  "English; the head of an international lycée names a new structure administrator and asks to close the former one's access.",
  frm=("Head of School", "ce.0782196N@ac-versailles.fr"), style="owa", en=True,
  subj="New structure administrator",
  body="""Dear Sir or Madam,

As head of the Lycée international (0782196N), I am writing to ask you to appoint Mr Tom Besnard (tom.besnard@ac-versailles.fr) as administrator of our structure on the buyer space, replacing Mrs Claire Dubois, who is leaving us at the end of June. Please close her access from 1 July.

Kind regards,
Philippe Arnaud
Proviseur
""")

M("head_of_establishment_request", False, "0606955J", "hdf", "esidoc", "fr",
  "The body gives 0606955K (wrong check letter) but the sender address ce.0606955J@ac-amiens.fr carries the valid UAI, which is the label. The principal asks to reset the admin password and send the link to that address.",
  hard=True, frm=("Collège Jules-Michelet - Direction", "ce.0606955J@ac-amiens.fr"), style="outlook",
  subj="Réinitialisation du compte administrateur - 0606955K",
  body="""Madame, Monsieur,

Je soussigné, M. Thierry Collet, principal du collège Jules-Michelet (UAI 0606955K), vous demande de réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc et d'envoyer le lien à l'adresse de l'établissement.

Notre documentaliste, arrivée en cours d'année, n'a jamais reçu ces informations.

Thierry Collet
Principal
""")

M("head_of_establishment_request", False, "0937333R", "idf", None, "fr",
  "Claims to be the proviseur, from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a free-mail address; asks to move both admin accounts to that address: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse. Mentions e-sidoc and the Espace Acheteur, so no single platform.",
  hard=True, auth="fail", reply_to="proviseur.lycee.urgent@outlook.fr",
  frm=("Proviseur", "ce.0937333R@ac-creteil.fr"), style="outlook",
  subj="URGENT changement adresse administrateur",
  body="""Bonjour,

En tant que proviseur du lycée (0937333R), je vous demande de changer en urgence l'adresse de contact des comptes administrateur e-sidoc et Espace Acheteur pour proviseur.lycee.urgent@outlook.fr, notre messagerie académique étant en panne jusqu'à la fin de l'année.

Merci de me confirmer par retour sur cette adresse.

Le proviseur
""")

M("head_of_establishment_request", False, "0620223F", "hdf", "esidoc", "fr",
  "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request the desk asked for.",
  frm=("Principal Collège Jean-Jaurès", "ce.0620223F@ac-lille.fr"), style="zimbra", reply=6571,
  subj="Re: [#SUP-006571] Accès administrateur e-sidoc",
  body="""Bonjour,

Comme demandé, je confirme par écrit : merci de réinitialiser le mot de passe administrateur du portail e-sidoc du collège et d'envoyer le lien à l'adresse de l'établissement. Notre documentaliste, M. Hennebelle, en prendra la gestion.

Hervé Vermeulen
Principal, collège Jean-Jaurès, Lens – 0620223F

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Gaëtan Hennebelle" <gaetan.hennebelle@ac-lille.fr>
Envoyé: Lundi 18 Mai 2026 11:20:45
Objet: [#SUP-006571] Accès administrateur e-sidoc

Bonjour,
Pour des raisons de sécurité, la réinitialisation du compte administrateur doit être demandée par écrit par le chef d'établissement.
""")

M("head_of_establishment_request", False, "0592890W", "hdf", "esidoc", "fr",
  "The proviseur writes from his personal academic address (not the ce. one) to ask for an admin password reset with the link sent to the official address: a head request, weaker evidence.",
  frm=("Marc Delannoy", "marc.delannoy@ac-lille.fr"), style="outlook",
  subj="Demande du proviseur : réinitialisation e-sidoc",
  body="""Madame, Monsieur,

Proviseur du lycée polyvalent Gaston-Berger (0592890W), je vous demande de réinitialiser le mot de passe administrateur de notre portail e-sidoc. Merci d'adresser le lien à l'adresse officielle de l'établissement, ce.0592890W@ac-lille.fr.

Bien cordialement,
Marc Delannoy
""")

M("head_of_establishment_request", False, "0941502X", "idf", "esidoc", "fr",
  "The principal confirms from his iPhone, quoting his librarian's request (Apple French quote style), that the reset may be done.",
  frm=("Alain Kessler", "alain.kessler@ac-creteil.fr"), style="apple",
  subj="Re: Mot de passe portail CDI",
  body="""Bonjour,
Je confirme la demande de Mme Gomes ci-dessous, vous pouvez procéder.
A. Kessler, principal du collège Rosa-Parks (0941502X)

Envoyé de mon iPhone

> Le 4 juin 2026 à 09:12, Marta Gomes <marta.gomes@ac-creteil.fr> a écrit :
>
> Bonjour, le support demande que vous confirmiez par écrit la réinitialisation du mot de passe administrateur du portail. Pouvez-vous leur répondre en copie ? Merci, Marta
""")

M("head_of_establishment_request", False, "0807334M", "hdf", "espace_acheteur", "fr",
  "HTML-only Outlook letter from the head: close the buyer accounts of three staff members who leave and designate the deputy gestionnaire as structure administrator.",
  frm=("Direction LPO Jean-Racine", "ce.0807334M@ac-amiens.fr"), style="html",
  subj="Départs de personnels - comptes Espace Acheteur",
  body="""Madame, Monsieur,

Trois personnels quittent le lycée polyvalent Jean-Racine à la fin de l'année scolaire : M. Dupire (chef de travaux), Mme Lefort (gestionnaire, actuelle administratrice de la structure) et M. Tison (BTS Électrotechnique).

Je vous demande de fermer leurs comptes sur l'Espace Acheteur au 1er juillet 2026 et de désigner Mme Carole Wiart, adjointe gestionnaire, comme administratrice de la structure.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Nathalie Prévost
Proviseure – 0807334M
""")

M("head_of_establishment_request", False, "0912213L", "idf", "espace_acheteur", "fr",
  "The proviseur authorises an order above the threshold for the BTS department, writing from the ce.<UAI> address.",
  frm=("Lycée polyvalent Parc-des-Loges - Proviseur", "ce.0912213L@ac-versailles.fr"), style="zimbra",
  subj="Validation commande BTS - accord du chef d'établissement",
  body="""Bonjour,

Je donne mon accord à la commande passée par M. Roche pour l'équipement du plateau technique du BTS CIEL (devis 26-0412, 14 980 € HT), qui dépasse le seuil que nous avions fixé pour les validations sans visa de la direction.

Merci de la débloquer.

Le proviseur,
S. Maréchal
""")

M("head_of_establishment_request", False, "0021067Z", "hdf", "esidoc", "fr",
  "The documentaliste relays the head's signed letter (PDF) with the head in copy: the head's written request, relayed; staff must check the letter and the sender.",
  hard=True, frm=("Morgane Caudron", "morgane.caudron@ac-amiens.fr"), style="outlook",
  cc=[("M. le Principal", "ce.0021067Z@ac-amiens.fr")],
  attach=("courrier_principal_esidoc.pdf", "application/pdf", b"%PDF-1.4\n% courrier signe du principal (holdout66 stub)\n%%EOF\n"),
  subj="Courrier du principal - changement d'adresse de contact",
  body="""Bonjour,

Vous trouverez ci-joint le courrier signé de M. le principal (en copie) demandant le remplacement de l'adresse de contact du compte administrateur e-sidoc par l'adresse fonctionnelle du CDI.

Collège Gérard-Philipe, Soissons – 0021067Z

Morgane Caudron
Professeure documentaliste
""")

M("head_of_establishment_request", False, "0932077C", "idf", "esidoc", "fr",
  "The principal of the collège part of a cité scolaire (ce.<UAI> of the collège) asks to replace the admin contact address of the collège's portal with the new shared CDI address. The lycée's code (0930620U) appears in the signature only.",
  hard=True, frm=("Principal - collège Paul-Éluard", "ce.0932077C@ac-creteil.fr"), style="zimbra",
  subj="Adresse de contact du portail du collège",
  body="""Madame, Monsieur,

Je vous demande de remplacer l'adresse de contact du compte administrateur du portail e-sidoc du collège par la nouvelle adresse partagée de l'équipe : cdi.pauleluard@ac-creteil.fr. L'ancienne adresse, personnelle, sera fermée au départ de sa titulaire.

Salutations distinguées,

Farida Mebarki, principale
Cité scolaire Paul-Éluard – collège 0932077C (lycée 0930620U)
""")

M("head_of_establishment_request", False, "0781011A", "idf", "espace_acheteur", "fr",
  "Head delegates order validation to the gestionnaire for July, when she is away: a written delegation.",
  frm=("Proviseure LPO Les Sept-Mares", "ce.0781011A@ac-versailles.fr"), style="outlook",
  subj="Délégation pour l'été",
  body="""Bonjour,

Je serai absente du 6 au 31 juillet. J'autorise M. Laurent Pichon, gestionnaire, à valider en mon nom les commandes de l'établissement sur l'Espace Acheteur pendant cette période, et à être administrateur suppléant de la structure.

Cordialement,
Agnès Fleury
Proviseure, LPO Les Sept-Mares, Maurepas – 0781011A
""")

M("head_of_establishment_request", False, "0601768W", "hdf", "esidoc", "fr",
  "Outlook for Android (base64): the principal confirms his librarian's reset request and asks for the link on the official address.",
  frm=("Principal college Anatole-France", "ce.0601768W@ac-amiens.fr"), style="android",
  subj="Confirmation demande Mme Leroux",
  body="""Bonjour,
Je confirme la demande de Mme Leroux, documentaliste : vous pouvez réinitialiser le mot de passe du portail e-sidoc et envoyer le lien sur l'adresse ce. du collège.
D. Masson, principal, collège Anatole-France Montataire (0601768W)
""")


# =====================================================================
# account_creation (11)
# =====================================================================
M("account_creation", True, "0953602Z", "idf", "espace_acheteur", "fr",
  "Future gestionnaire (arriving in September) asks how to create his buyer account: the sign-up form answer fits.",
  frm=("Cédric Lemaître", "cedric.lemaitre@ac-versailles.fr"), style="gmail",
  subj="Création de compte acheteur",
  body="""Bonjour,

Je prends le poste de gestionnaire du collège Léon-Blum de Villiers-le-Bel (0953602Z) au 1er septembre et j'aimerais préparer les commandes de rentrée. Comment créer mon compte sur l'Espace Acheteur ?

Cordialement,
Cédric Lemaître
""")

M("account_creation", False, "0622535U", "hdf", "espace_acheteur", "fr",
  "Account waiting for validation for three weeks; the structure's administrator is on sick leave until the end of the year: the region must step in.",
  frm=("Rémi Delval", "remi.delval@ac-lille.fr"), style="outlook",
  subj="Compte en attente de validation",
  body="""Bonjour,

Mon compte acheteur est « en attente de validation » depuis trois semaines. L'administratrice de notre structure est en arrêt maladie jusqu'à la fin de l'année scolaire, et personne d'autre ne peut valider.

Or je dois passer les commandes d'été du BTS avant le 26 juin.

LP Louis-Blériot, Étaples – 0622535U
Rémi Delval
""")

M("account_creation", False, "0756039G", "idf", "espace_acheteur", "fr",
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  frm=("Louise Marchal", "louise.marchal@ac-paris.fr"), style="owa",
  subj="Qui est notre administrateur ?",
  body="""Bonjour,

Pouvez-vous me dire qui est l'administrateur de notre structure sur l'Espace Acheteur ? Nous sommes une cité scolaire de 2 400 élèves et personne ne sait qui valide les comptes.

Lycée Henri-Bergson, Paris 19e – 0756039G

Merci,
Louise Marchal
""")

M("account_creation", False, "0770758F", "idf", "espace_acheteur", "fr",
  "Account works; asks for order rights to be opened for a BTS teacher: rights management, a person answers.",
  frm=("Sylvain Texier", "sylvain.texier@ac-creteil.fr"), style="tb",
  subj="Droits de commande",
  body="""Bonjour,

J'ai un compte sur l'Espace Acheteur mais je ne peux que consulter. En tant que responsable du BTS Maintenance des systèmes, je dois pouvoir constituer et valider des paniers.

Pouvez-vous m'ouvrir ces droits ? LPO Gustave-Eiffel, Chelles – 0770758F

Sylvain Texier
""")

M("account_creation", True, "0923179F", "idf", "esidoc", "en",
  "English; a language assistant helping in the CDI asks how to get a professional account on the portal. The collège's UAI is given; the signature also names the lycée of the cité scolaire.",
  hard=True, frm=("Emma Clarke", "emma.clarke@ac-versailles.fr"), style="gmail", en=True,
  subj="How do I get an account?",
  body="""Hello,

I'm working in the school library of the collège (0923179F) until the end of June and the librarians would like me to help with the catalogue. How can I get my own account on the portal?

Thank you,
Emma Clarke
Language assistant, Cité scolaire Lakanal (collège 0923179F / lycée 0920379M)
""")

M("account_creation", False, "0932373Z", "idf", "espace_acheteur", "fr",
  "The gestionnaire (not the head) asks to close the buyer accounts of two colleagues who leave: user/rights management on the account, closest to account_creation; a person checks and acts.",
  hard=True, frm=("Aïcha Diallo", "aicha.diallo@ac-creteil.fr"), style="outlook",
  cc=[("Principal", "ce.0932373z@ac-creteil.fr")],
  subj="Fermeture de comptes - départs fin juin",
  body="""Bonjour,

Deux collègues quittent le collège fin juin (mutation) : M. Bastien Royer et Mme Élodie Caron. Pouvez-vous supprimer leurs comptes acheteurs ? Nous ne voulons pas que des accès restent ouverts pendant l'été.

Collège Jean-Vilar, La Courneuve – 0932373Z

Aïcha Diallo, gestionnaire
""")

M("account_creation", False, "0953602Z", "idf", "esidoc", "fr",
  "A documentaliste asks to remove the professional accounts of the two AEDs and the former colleague from the e-sidoc back office: user management, closest to account_creation, a person answers.",
  hard=True, frm=("Juliette Morvan", "juliette.morvan@ac-versailles.fr"), style="zimbra",
  subj="Comptes à supprimer sur le portail",
  body="""Bonjour,

En fin d'année nous faisons le ménage : merci de supprimer les comptes professionnels de Mme Roux (partie en janvier) et des deux assistants d'éducation qui nous aidaient au prêt, dont les contrats s'arrêtent le 4 juillet. Je n'arrive pas à le faire depuis mon profil.

Collège Léon-Blum, Villiers-le-Bel – 0953602Z

Juliette Morvan
""")

M("account_creation", True, "0626381Z", "hdf", "espace_acheteur", "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation, not password_reset.",
  hard=True, frm=("Laetitia Fournier", "laetitia.fournier@ac-lille.fr"), style="owa",
  subj="Pas de compte",
  body="""Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai tout simplement jamais eu de compte sur l'Espace Acheteur, c'était ma collègue qui commandait pour tout le collège. Elle part, et je reprends les commandes.

Comment ouvre-t-on un compte ?

Laetitia Fournier
Collège Paul-Verlaine, Calais – 0626381Z
""")

M("account_creation", True, "0600625D", "hdf", "espace_acheteur", "fr",
  "Filled in the sign-up form, cannot log in: account waiting for the structure administrator (FAQ case).",
  frm=("Quentin Dumont", "quentin.dumont@ac-amiens.fr"), style="outlook",
  subj="Impossible de me connecter après inscription",
  body="""Bonjour,

Je me suis inscrit sur l'Espace Acheteur hier, j'ai bien reçu le mail de confirmation, mais à la connexion on m'indique que mon compte n'est pas encore actif.

Lycée polyvalent Félix-Faure, Beauvais – 0600625D

Quentin Dumont
""")

M("account_creation", False, None, "idf", "esidoc", "fr",
  "UAI of a newly opened lycée (annexe of a cité scolaire) not found when opening the customer account: the FAQ sends these to the sales team. The code given, 0756601E, has a wrong check letter (the digits give 0756601T), so no UAI; region from ac-paris.fr.",
  hard=True, frm=("Sandrine Colas", "sandrine.colas@ac-paris.fr"), style="outlook",
  subj="Établissement introuvable à l'inscription",
  body="""Bonjour,

Notre lycée ouvre en septembre 2026 (nouveau site de la cité scolaire) et, en ouvrant le compte client, notre UAI 0756601E n'est pas dans la liste proposée.

Comment procéder ?

Sandrine Colas
Gestionnaire
""")

M("account_creation", False, "0596373G", "hdf", "esidoc", "fr",
  "HTML-only: asks whether each of the four documentalistes of the cité scolaire can have an individual login instead of one shared account. The collège's UAI is given as the portal's.",
  frm=("Anne Delcourt", "anne.delcourt@ac-lille.fr"), style="html",
  subj="Un compte par documentaliste ?",
  body="""Bonjour,

Nous sommes quatre professeurs documentalistes sur la cité scolaire Pasteur et nous partageons tous le même compte administrateur du portail du collège (0596373G). Pour la traçabilité (désherbage, récolement), nous aimerions chacun un compte nominatif.

Est-ce possible, et qui doit en faire la demande ?

Anne Delcourt
""")


# =====================================================================
# subscription_activation (9)
# =====================================================================
M("subscription_activation", True, "0757975L", "idf", "esidoc", "fr",
  "Europresse ordered yesterday, not visible yet: within the 72-hour window.",
  frm=("Camille Perret", "camille.perret@ac-paris.fr"), style="outlook",
  subj="Europresse pas encore visible",
  body="""Bonjour,

Nous avons commandé hier l'abonnement Europresse pour 2026-2027 (anticipé pour que tout soit prêt à la rentrée). Il n'apparaît pas encore dans nos ressources.

Collège Georges-Rouault, Paris – 0757975L

Camille Perret
""")

M("subscription_activation", True, "0930620U", "idf", "esidoc", "fr",
  "Written by the proviseur from the ce. address, but he only asks when the subscription will be available: not a head-of-establishment request.",
  hard=True, frm=("Proviseur - Lycée Paul-Éluard", "ce.0930620U@ac-creteil.fr"), style="zimbra",
  subj="Abonnement presse BTS",
  body="""Bonjour,

Notre équipe a commandé avant-hier l'abonnement presse numérique pour les sections de BTS. Pouvez-vous me dire quand il sera accessible aux étudiants ? Ils ont des dossiers à rendre avant les examens.

Cordialement,
Le proviseur
""")

M("subscription_activation", False, "0783139N", "idf", "esidoc", "fr",
  "Ordered more than two weeks ago and still not active: past the 72-hour rule, a person must look at the order.",
  frm=("Marie-Claude Bernier", "mc.bernier@ac-versailles.fr"), style="tb",
  subj="Abonnement toujours inactif",
  body="""Bonjour,

L'abonnement Universalis commandé le 12 mai n'est toujours pas actif aujourd'hui. Le bon de commande a été validé par l'intendance le jour même.

Lycée La Bruyère, Versailles – 0783139N

Marie-Claude Bernier
""", when="2026-05-29 10:47")

M("subscription_activation", True, "0947376G", "idf", "esidoc", "fr",
  "How to publish the newly ordered summer-reading resource on the portal: publication step.",
  frm=("Thibault Renard", "thibault.renard@ac-creteil.fr"), style="gmail",
  subj="Publier la ressource sur le portail",
  body="""Bonjour,

L'abonnement à la plateforme de livres numériques (lectures d'été des 3e) est activé, je le vois dans l'administration, mais les élèves ne le voient pas sur le portail. Comment le publier ?

Collège Danielle-Casanova, Vitry (REP+) – 0947376G

Thibault Renard
""")

M("subscription_activation", True, "0807568S", "hdf", "esidoc", "fr",
  "Base64 Android body; Cafeyn ordered two days ago for the BTS classes, not visible.",
  frm=("Hugo Lemaire", "hugo.lemaire@ac-amiens.fr"), style="android",
  subj="Cafeyn",
  body="""Bonjour, abonnement Cafeyn commandé avant-hier pour les BTS, toujours pas visible sur le portail. LPO Édouard-Branly Amiens 0807568S. Merci
""")

M("subscription_activation", True, "0623978M", "hdf", "esidoc", "fr",
  "Renewed subscription still shown as expired, order from yesterday. Collège part of a cité scolaire; only its UAI is given.",
  frm=("Sophie Caron", "sophie.caron2@ac-lille.fr"), style="zimbra",
  subj="Renouvellement non pris en compte",
  body="""Bonjour,

Nous avons renouvelé hier l'abonnement Le Monde des ados pour l'an prochain, mais le portail l'affiche toujours comme « expiré ».

Collège Gambetta (cité scolaire Gambetta-Carnot) – 0623978M

Sophie Caron
""")

M("subscription_activation", True, "0943028F", "idf", "esidoc", "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', login works; the new resource is not visible for pupils through the ENT: publication.",
  hard=True, frm=("Nicolas Hubert", "nicolas.hubert@ac-creteil.fr"), style="owa",
  subj="Ressource invisible pour les élèves",
  body="""Bonjour,

Je précise : je n'ai pas oublié mon mot de passe, je me connecte sans problème. Ce sont les élèves qui ne voient pas la nouvelle ressource (BD numériques) depuis l'ENT, commandée lundi.

Collège Jean-Macé, Fontenay – 0943028F

Nicolas Hubert
""")

M("subscription_activation", False, "0591961L", "hdf", "esidoc", "fr",
  "Reply on the ticket (Gmail French quote): four days after the automatic 72-hour answer, still not active. A person must look now.",
  frm=("Gaëlle Vandamme", "gaelle.vandamme@ac-lille.fr"), style="gmail", reply=6633,
  subj="Re: [#SUP-006633] Abonnement non visible",
  body="""Bonjour,

Quatre jours plus tard, l'abonnement n'est toujours pas actif. Pouvez-vous regarder ?

Gaëlle Vandamme
Collège Albert-Samain, Lille – 0591961L

Le jeu. 4 juin 2026 à 10:03, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Un abonnement commandé est activé sous 72 heures.
> L'équipe d'assistance
""")

M("subscription_activation", True, "0911306A", "idf", "esidoc", "fr",
  "Universalis ordered Monday, today is Wednesday: within 72 hours.",
  frm=("Yasmine Belaïd", "yasmine.belaid@ac-versailles.fr"), style="zimbra",
  subj="Universalis",
  body="""Bonjour,

Commande Universalis passée lundi, toujours pas d'accès ce mercredi. Est-ce normal ?

Collège Jean-Zay, Morsang – 0911306A
Yasmine Belaïd
""", when="2026-06-10 11:20")


# =====================================================================
# order_billing (13)
# =====================================================================
M("order_billing", False, "0910224Z", "idf", "espace_acheteur", "fr",
  "Asks for a formal quote for summer BTS equipment orders, needed for the bon d'engagement.",
  frm=("Frédéric Colin", "frederic.colin@ac-versailles.fr"), style="outlook",
  cc=[("Intendance Marie-Curie", "int.0910224z@ac-versailles.fr"), ("DDFPT", "ddfpt.mariecurie@ac-versailles.fr")],
  subj="Demande de devis - commandes d'été BTS",
  body="""Bonjour,

Pour les commandes d'été de nos BTS (SN et CPRP), pouvez-vous nous adresser un devis formel pour les références du panier « BTS-été-2026 » ? Notre agent comptable en a besoin pour établir le bon d'engagement.

Lycée polyvalent Marie-Curie – 0910224Z

Frédéric Colin
Directeur délégué aux formations
""")

M("order_billing", False, "0593120W", "hdf", "espace_acheteur", "fr",
  "Invoice amount differs from the validated order.",
  frm=("Émeline Devos", "emeline.devos@ac-lille.fr"), style="zimbra",
  subj="Montant de facture erroné",
  body="""Bonjour,

La facture F-2026-04418 porte un montant de 3 912,40 € alors que la commande validée était de 3 612,40 €. Pouvez-vous nous envoyer une facture rectifiée ?

Cité scolaire Faidherbe, Lille – 0593120W
Émeline Devos, gestionnaire
""")

M("order_billing", False, "0943731V", "idf", "esidoc", "fr",
  "Order validated in April, invoice still not on Chorus Pro; year-end closing is near.",
  frm=("Joëlle Martineau", "joelle.martineau@ac-creteil.fr"), style="outlook",
  subj="Facture absente de Chorus",
  body="""Bonjour,

Notre commande d'abonnements a été validée en avril ; la facture n'est toujours pas déposée sur Chorus Pro et nous ne pourrons plus mandater après la clôture de l'exercice.

Collège Pablo-Neruda – 0943731V

Joëlle Martineau
""")

M("order_billing", False, "0756271J", "idf", "esidoc", "en",
  "English Outlook reply ('From: / Sent:' quote): the invoice must be addressed to the agent comptable of the cité scolaire.",
  frm=("Mark Hollis", "mark.hollis@ac-paris.fr"), style="owa", en=True, reply=6540,
  subj="RE: [#SUP-006540] Your order",
  body="""Hello,

Thanks for the confirmation. Could the invoice please be addressed to the agent comptable of the cité scolaire rather than to me? Same UAI (0756271J), billing address: Service de gestion, 8 rue de l'Abbé-Groult, 75015 Paris.

Regards,
Mark Hollis

From: Assistance <support@assistance.example.fr>
Sent: 19 May 2026 14:02
To: Mark Hollis <mark.hollis@ac-paris.fr>
Subject: [#SUP-006540] Your order

Hello, your order has been recorded.
""")

M("order_billing", False, None, None, "espace_acheteur", "fr",
  "UAI typed 0802191Y: wrong check letter (the digits give 0802191X), so no UAI; private domain, so no region. Payment question for a summer order.",
  hard=True, frm=("Comptabilité", "compta@ogec-sainte-clotilde.fr"), style="outlook",
  subj="Paiement commande juin",
  body="""Bonjour,

Pour notre commande de juin (établissement 0802191Y), pouvons-nous régler par virement plutôt que par carte ? Si oui, merci de nous transmettre votre RIB.

Service comptabilité
""")

M("order_billing", False, "0950473Y", "idf", "espace_acheteur", "fr",
  "Shared buyer account: the saved summer basket disappeared (a colleague emptied it, or the 15-day limit passed).",
  frm=("Service intendance", "intendance.lp-jaures@laposte.net"), style="outlook",
  subj="Panier disparu",
  body="""Bonjour,

Notre panier « Commandes été BTS » a disparu. Nous sommes plusieurs sur le même compte et personne ne l'a supprimé volontairement. Il contenait une quarantaine de lignes.

Peut-on le récupérer ?

Lycée polyvalent Jean-Jaurès – 0950473Y
""")

M("order_billing", False, "0927211N", "idf", "espace_acheteur", "fr",
  "Two topics: order validation blocked (main) and a convention missing from 'Mes Marchés' (contract_documents).",
  hard=True, frm=("Olivier Chauvin", "olivier.chauvin@ac-versailles.fr"), style="owa",
  subj="Validation de commande impossible",
  body="""Bonjour,

Je n'arrive pas à valider la commande n° 2026-0877 : le bouton « Valider » reste grisé alors que le panier est complet. Accessoirement, la convention du groupement de commandes n'apparaît plus dans « Mes Marchés ».

Lycée polyvalent Louis-Girard – 0927211N
Olivier Chauvin
""")

M("order_billing", False, "0022476F", "hdf", "esidoc", "fr",
  "Bon d'engagement upload fails at order validation ('format non accepté'); PDF attached.",
  frm=("Nadège Carlier", "nadege.carlier@ac-amiens.fr"), style="outlook",
  attach=("BE_juin_2026.pdf", "application/pdf", b"%PDF-1.7\n% bon d'engagement (holdout66 stub)\n%%EOF\n"),
  subj="Bon d'engagement refusé",
  body="""Bonjour,

À la validation de la commande, le dépôt du bon d'engagement échoue avec le message « format non accepté ». Je vous le joins : c'est pourtant un PDF.

Lycée Henri-Martin, Saint-Quentin – 0022476F

Nadège Carlier
""")

M("order_billing", False, "0603175A", "hdf", "espace_acheteur", "fr",
  "Payment reminder for an invoice already paid by mandat administratif.",
  frm=("Christelle Dufour", "christelle.dufour@ac-amiens.fr"), style="zimbra",
  subj="Relance pour une facture déjà payée",
  body="""Bonjour,

Nous recevons une relance pour la facture F-2026-02214, alors qu'elle a été payée par mandat administratif le 7 mai (mandat n° 412). Pouvez-vous vérifier et arrêter les relances ?

Lycée polyvalent Cassini – 0603175A
Christelle Dufour
""")

M("order_billing", False, "0936610E", "idf", "espace_acheteur", "fr",
  "Same invoice received twice for the end-of-year order; asks to cancel the duplicate. UAI in the int.<UAI> sender and the body.",
  frm=("Intendance LP Eugène-Hénaff", "int.0936610e@ac-creteil.fr"), style="outlook",
  subj="Facture en double",
  body="""Bonjour,

Nous avons reçu deux fois la facture de notre commande de fin d'année (même montant, numéros différents). Merci d'annuler le doublon.

LP Eugène-Hénaff, Bagnolet – 0936610E
L'intendance
""")

M("order_billing", False, "0951131N", "idf", "esidoc", "fr",
  "HTML-only Outlook in windows-1252 with the euro sign: the invoice amount differs from the quote.",
  frm=("Bertrand Joly", "bertrand.joly@ac-versailles.fr"), style="html", charset="windows-1252",
  subj="Écart devis / facture",
  body="""Bonjour,

Le devis du 3 avril annonçait 1 248,00 € TTC pour les abonnements du CDI, la facture reçue indique 1 310,40 € TTC. D'où vient la différence ?

Collège Jean-Jacques-Rousseau, Argenteuil – 0951131N

Bertrand Joly, gestionnaire
""")

M("order_billing", False, "0941502X", "idf", "espace_acheteur", "fr",
  "Summer order: asks to change the delivery address and to deliver before the 3 July closure.",
  frm=("Christophe Aubert", "christophe.aubert@ac-creteil.fr"), style="gmail",
  subj="Livraison commande avant fermeture",
  body="""Bonjour,

Le collège ferme le 3 juillet au soir. Notre commande 2026-1190 (rayonnages du CDI) peut-elle être livrée avant, et à l'adresse du gymnase (entrée rue Lénine) plutôt qu'au bâtiment principal en travaux ?

Collège Rosa-Parks, Créteil – 0941502X
Christophe Aubert, gestionnaire
""")

M("order_billing", False, "0593362J", "hdf", "espace_acheteur", "fr",
  "Reply on an order ticket (Outlook French quote): the corrected invoice has still not come. Cité scolaire signature with both UAIs; the invoice is the lycée's.",
  hard=True, frm=("Gestion Pasteur", "int.0593362j@ac-lille.fr"), style="outlook", reply=6555,
  subj="RE: [#SUP-006555] Facture à rectifier",
  body="""Bonjour,

Nous n'avons toujours pas reçu la facture rectifiée promise il y a dix jours (lycée, pas collège). Merci de relancer.

Service de gestion
Cité scolaire Pasteur – Lycée 0593362J / Collège 0596373G

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 25 mai 2026 15:40
Objet : [#SUP-006555] Facture à rectifier

Bonjour, nous transmettons votre demande au service facturation.
""")


# =====================================================================
# contract_documents (7)
# =====================================================================
M("contract_documents", False, "0911196F", "idf", "espace_acheteur", "fr",
  "A new buyer cannot see the market documents in 'Mes Marchés'.",
  frm=("Pauline Vidal", "pauline.vidal@ac-versailles.fr"), style="outlook",
  subj="Documents du marché invisibles",
  body="""Bonjour,

Je vois bien le marché « Fournitures de bibliothèque 2025-2028 » dans la liste, mais aucun document n'apparaît (ni CCAP, ni bordereau de prix). Ma collègue, avec un autre compte, les voit.

Collège Blaise-Pascal, Massy – 0911196F
Pauline Vidal
""")

M("contract_documents", False, "0783173A", "idf", "espace_acheteur", "en",
  "English; amendment no. 2 of the library furniture market is missing from the documents.",
  frm=("Oliver Grant", "oliver.grant@ac-versailles.fr"), style="gmail", en=True,
  subj="Missing amendment",
  body="""Hello,

Amendment no. 2 to the library furniture framework agreement is listed in the notice we received, but it is not among the contract documents on the buyer space. Could you add it or send it to us?

Collège Les Saules – 0783173A
Oliver Grant
""")

M("contract_documents", False, "0807334M", "hdf", "espace_acheteur", "fr",
  "Membership convention of the purchasing group not visible / opens empty.",
  frm=("Carole Wiart", "carole.wiart@ac-amiens.fr"), style="zimbra",
  subj="Convention d'adhésion",
  body="""Bonjour,

La convention d'adhésion au groupement de commandes, signée l'an dernier, s'ouvre sur une page blanche quand je clique dessus dans les documents contractuels.

LPO Jean-Racine – 0807334M
Carole Wiart
""")

M("contract_documents", False, "0917650W", "idf", "espace_acheteur", "fr",
  "CCAP not found for the BTS equipment market.",
  frm=("Régis Marchand", "regis.marchand@ac-versailles.fr"), style="tb",
  subj="CCAP introuvable",
  body="""Bonjour,

Impossible de trouver le CCAP du marché 2024-071 (équipements des plateaux techniques) : seule la fiche de présentation est en ligne. Nous en avons besoin pour vérifier les délais de livraison de nos commandes d'été.

LP de l'Essouriau – 0917650W
Régis Marchand
""")

M("contract_documents", False, "0932502P", "idf", "espace_acheteur", "fr",
  "Follow-up reply (Gmail quote): the document is still missing after the region's answer.",
  frm=("Karim Saïdi", "karim.saidi@ac-creteil.fr"), style="gmail", reply=6497,
  subj="Re: [#SUP-006497] Avenant manquant",
  body="""Bonjour,

Malgré votre réponse, l'avenant n° 1 n'apparaît toujours pas dans les documents du marché.

Karim Saïdi
Collège Elsa-Triolet – 0932502P

Le ven. 15 mai 2026 à 11:30, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Votre demande a été transmise à la région.
""")

M("contract_documents", False, None, "hdf", "espace_acheteur", "fr",
  "Could see the conventions on the old platform, not on the new one; no UAI, region from ac-lille.fr.",
  frm=("Jacques Lefebvre", "jacques.lefebvre@ac-lille.fr"), style="outlook",
  subj="Conventions disparues",
  body="""Bonjour,

Sur l'ancienne plateforme je retrouvais toutes nos conventions et leurs avenants. Sur la nouvelle, la rubrique est vide. Où sont-elles passées ?

Jacques Lefebvre
Adjoint gestionnaire
""")

M("contract_documents", False, "0940982G", "idf", "espace_acheteur", "fr",
  "ISO-8859-1 8-bit body from an older Thunderbird: amendment no. 3 missing.",
  frm=("Bruno Lacroix", "bruno.lacroix@ac-creteil.fr"), style="latin1",
  subj="Avenant n° 3 absent",
  body="""Bonjour,

L'avenant n° 3 du marché de matériel informatique n'est pas dans les pièces du marché. Merci de le mettre en ligne.

LP Louis-Armand - 0940982G
Bruno Lacroix
""")


# =====================================================================
# transfer_incident (8)
# =====================================================================
M("transfer_incident", False, "0937734B", "idf", "ecoledirecte", "fr",
  "EcoleDirecte transfer fails since Monday in a big REP+ collège; parents no longer see the grades.",
  frm=("Romain Pires", "romain.pires@ac-creteil.fr"), style="outlook",
  subj="Transfert EcoleDirecte en échec",
  body="""Bonjour,

Depuis lundi, le transfert vers EcoleDirecte s'arrête en erreur. Les parents ne voient plus les notes du dernier trimestre, et les conseils de classe commencent.

Collège Romain-Rolland, Clichy-sous-Bois (REP+) – 0937734B

Romain Pires, référent numérique
""")

M("transfer_incident", False, "0596266R", "hdf", "ecoledirecte", "fr",
  "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
  hard=True, frm=("Olivier Descamps", "olivier.descamps@ac-lille.fr"), style="tb",
  subj="Mot de passe de maintenance",
  body="""Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois réindexer la base avant la bascule d'année.

Collège Jean-Macé – 0596266R
Olivier Descamps
""")

M("transfer_incident", False, "0782196N", "idf", "ecoledirecte", "fr",
  "Licence to regenerate after the server was replaced during the summer migration planning.",
  frm=("Service informatique", "info.lyceeinternational@ac-versailles.fr"), style="owa",
  subj="Licence à régénérer",
  body="""Bonjour,

Nous avons remplacé le serveur de vie scolaire cette semaine ; au lancement, le logiciel réclame une nouvelle licence et les transferts vers EcoleDirecte sont arrêtés.

Lycée international – 0782196N
Le service informatique
""")

M("transfer_incident", False, "0027441C", "hdf", "ecoledirecte", "fr",
  "End-of-year year switch: the transfer fails since the new school year was created.",
  frm=("Jérôme Petit", "jerome.petit@ac-amiens.fr"), style="zimbra",
  subj="Transferts bloqués depuis la création de l'année 2026-2027",
  body="""Bonjour,

Depuis que nous avons créé l'année 2026-2027 (pour préparer les emplois du temps), plus aucun transfert vers EcoleDirecte ne se termine. Le journal indique « base en cours d'utilisation ».

Collège Jean-Mermoz – 0027441C
""")

M("transfer_incident", False, None, None, "ecoledirecte", "fr",
  "HTML-only Outlook: several Outils.exe processes stuck; transfers hang. Private school, no UAI.",
  frm=("Thierry Blondel", "t.blondel@institution-saint-vincent-senlis.fr"), style="html",
  subj="Transfert bloqué - plusieurs Outils.exe",
  body="""Bonjour,

Le transfert EcoleDirecte ne se termine plus : la date de fin reste vide. Dans le gestionnaire des tâches du serveur, je vois trois processus Outils.exe ouverts en même temps.

Puis-je les arrêter sans risque avant de relancer un transfert manuel ?

Thierry Blondel
""")

M("transfer_incident", False, "0921280S", "idf", "ecoledirecte", "fr",
  "New Région proxy: connection test fails in the transfer settings.",
  frm=("Damien Leroy", "damien.leroy@ac-versailles.fr"), style="outlook",
  subj="Test de connexion en échec (proxy)",
  body="""Bonjour,

La Région a changé le proxy des établissements. Depuis, le diagnostic des transferts échoue au test de connexion. Quels paramètres HTTP faut-il saisir ?

Collège Les Bruyères – 0921280S
Damien Leroy
""")

M("transfer_incident", False, "0950734G", "idf", "ecoledirecte", "fr",
  "Third-term grades do not reach EcoleDirecte; the principal relays parents' complaints. Written by the head but not a head-of-establishment request.",
  hard=True, frm=("Principal Collège Jean-Moulin", "ce.0950734G@ac-versailles.fr"), style="zimbra",
  subj="Notes du 3e trimestre non visibles",
  body="""Bonjour,

Plusieurs parents se plaignent : les notes du troisième trimestre ne remontent pas dans EcoleDirecte, alors qu'elles sont saisies. Le dernier transfert réussi date d'il y a six jours.

Pouvez-vous regarder rapidement ?

Le principal
""")

M("transfer_incident", False, "0953384M", "idf", "ecoledirecte", "fr",
  "'Licence expirée' at start-up: licence to regenerate, transfers stopped. Gmail.",
  frm=("Olga Nowak", "olga.nowak.sarcelles@gmail.com"), style="gmail",
  subj="licence expirée",
  body="""Bonjour,

Message "licence expirée" au démarrage ce matin, plus de transferts vers EcoleDirecte. Collège Victor-Hugo Sarcelles, 0953384M.

Merci
Olga Nowak
""")


# =====================================================================
# other (17)
# =====================================================================
M("other", False, "0596373G", "hdf", "esidoc", "fr",
  "Weeding (désherbage): how to delete in bulk the records of the discarded books. A how-to question with no category of its own.",
  frm=("Sophie Lambin", "sophie.lambin@ac-lille.fr"), style="zimbra",
  cc=[("Anne Delcourt", "anne.delcourt@ac-lille.fr")],
  subj="Désherbage : suppression en lot des notices",
  body="""Bonjour,

Nous avons désherbé environ 900 documents cette année (usuels périmés, romans abîmés). Existe-t-il un moyen de supprimer les exemplaires en lot dans le catalogue plutôt qu'un par un ? Nous avons la liste des codes-barres dans un tableur.

Collège Pasteur – 0596373G
Sophie Lambin
""")

M("other", False, "0757677M", "idf", "esidoc", "fr",
  "End-of-year inventory (récolement): how to export the list of missing items. How-to question, no category.",
  frm=("Catherine Lenoir", "catherine.lenoir@ac-paris.fr"), style="outlook",
  subj="Récolement - export des manquants",
  body="""Bonjour,

Nous terminons le récolement du CDI. Comment obtenir la liste des exemplaires non scannés (donc manquants) pour l'imprimer et la vérifier en rayon ?

Lycée Hélène-Boucher – 0757677M
Catherine Lenoir
""")

M("other", False, None, None, None, "en",
  "English SEO spam.",
  frm=("Ryan Cole", "ryan@rank-boost-agency.io"), style="plain", auth="none",
  subj="Boost your school website to page 1 of Google",
  body="""Hi there,

I was checking your website and noticed it doesn't rank for several high-value keywords. Our team can get you to the first page of Google in 30 days, guaranteed.

Reply YES and I'll send you a free audit.

Ryan
""")

M("other", False, None, None, None, "fr",
  "Phishing: 'boîte pleine, confirmez votre mot de passe'. The look-alike domain ac-creteil-messagerie.com is not an académie domain, so no region; not password_reset.",
  hard=True, frm=("Messagerie académique", "support@ac-creteil-messagerie.com"), style="html", auth="fail",
  subj="Votre boîte aux lettres est pleine",
  body="""Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota. Pour éviter la suppression de vos messages, confirmez votre identifiant et votre mot de passe sous 24 heures en cliquant ici : http://ac-creteil-messagerie.com/valider

Le service informatique
""")

M("other", False, None, "hdf", "esidoc", "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  frm=("Béatrice Lemaire", "beatrice.lemaire@ac-lille.fr"), style="zimbra", reply=6650,
  subj="Re: [#SUP-006650] Réinitialisation mot de passe portail CDI",
  body="""Merci beaucoup, le lien a fonctionné et j'ai pu changer le mot de passe. Bonne journée !

B. Lemaire

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
Envoyé: Mardi 9 Juin 2026 09:02:11
Objet: [#SUP-006650] Réinitialisation mot de passe portail CDI

Bonjour, un lien de réinitialisation a été envoyé à l'adresse connue de votre établissement.
""")

M("other", False, None, "idf", None, "fr",
  "'Bien reçu, merci.' from a phone: nothing to do.",
  frm=("Pascale Morin", "pascale.morin@ac-creteil.fr"), style="apple", reply=6588,
  subj="Re: [#SUP-006588] Mail de validation non reçu",
  body="""Bien reçu, merci.

Envoyé de mon iPhone
""")

M("other", False, None, None, None, "fr",
  "GDPR erasure request from a documentaliste leaving the profession (her own personal data): other (human review), not account_creation.",
  hard=True, frm=("Anne Delcourt", "anne.delcourt59@free.fr"), style="tb",
  subj="Suppression de mes données personnelles",
  body="""Bonjour,

Je quitte l'Éducation nationale fin juin. En application du RGPD, je vous demande d'effacer toutes les données personnelles me concernant (nom, adresses, historique de mes demandes).

Anne Delcourt
""")

M("other", False, None, "idf", None, "fr",
  "A person asks by hand to be removed from the newsletter: written by a human, so not automated.",
  frm=("Hervé Guillot", "herve.guillot@ac-versailles.fr"), style="owa",
  subj="Désinscription",
  body="""Bonjour,

Merci de me retirer de votre lettre d'information : je change de poste au 1er septembre et cette adresse ne sera plus lue.

H. Guillot
""")

M("other", False, None, None, None, "fr",
  "Cold sales prospecting for library shelving, written to one person (no list headers): other, not automated.",
  frm=("Jessica Morel", "j.morel@mobilier-cdi-pro.fr"), style="outlook",
  subj="Réaménagement de votre CDI cet été ?",
  body="""Bonjour,

Les travaux d'été sont le bon moment pour repenser votre CDI ! Nous proposons des rayonnages modulaires et des bacs à albums adaptés aux collèges, avec pose en juillet-août.

Puis-je vous appeler cette semaine pour en parler ?

Jessica Morel
Chargée d'affaires
""")

M("other", False, None, "hdf", None, "fr",
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told.",
  frm=("Didier Lhomme", "didier.lhomme@ac-amiens.fr"), style="outlook",
  subj="Aucune réponse",
  body="""Bonjour,

Cela fait trois semaines que j'ai écrit et personne ne m'a répondu. C'est inadmissible pour un service payé par nos établissements.

D. Lhomme
""")

M("other", False, None, None, None, "fr",
  "A parent writes to the wrong address about a BTS application: unrelated.",
  frm=("Sandra Lopes", "sandra.lopes77@hotmail.fr"), style="owa",
  subj="inscription BTS de mon fils",
  body="""Bonjour

Mon fils a été accepté en BTS au lycée mais on n'a pas reçu le dossier d'inscription, à qui faut-il s'adresser ? il faut le rendre avant le 3 juillet.

Merci
Mme Lopes
""")

M("other", False, None, "idf", "espace_acheteur", "fr",
  "Wants to register for the Espace Acheteur webinar on summer orders, the registration link fails: other.",
  frm=("Laure Fabre", "laure.fabre@ac-paris.fr"), style="gmail",
  subj="Webinaire commandes d'été",
  body="""Bonjour,

Le lien d'inscription au webinaire « Préparer ses commandes d'été sur l'Espace Acheteur » du 16 juin renvoie une page d'erreur. Pouvez-vous m'inscrire directement ?

Laure Fabre
""")

M("other", False, None, "hdf", "ticket_portal", "fr",
  "How to share a ticket with the five colleagues of the team on the ticket portal: a how-to question with no category of its own.",
  frm=("Valérie Dhondt", "valerie.dhondt@ac-lille.fr"), style="zimbra",
  subj="Partager un ticket avec les collègues",
  body="""Bonjour,

Sur le portail des tickets, comment ajouter mes collègues documentalistes (nous sommes cinq) à un ticket pour qu'ils voient les réponses ? Aujourd'hui je leur transfère tout à la main.

Valérie Dhondt
""")

M("other", False, "0620223F", "hdf", "esignature", "fr",
  "The convention to e-sign still names the former principal as signatory; only the document's sender can fix it. About a convention, but not access to contract documents, so other.",
  hard=True, frm=("Secrétariat de direction", "ce.0620223F@ac-lille.fr"), style="zimbra",
  subj="Convention à signer : mauvais signataire",
  body="""Bonjour,

Nous avons reçu une convention à signer électroniquement, mais le signataire désigné est l'ancien principal, parti en février. Le nouveau principal ne peut donc pas signer.

Collège Jean-Jaurès – 0620223F
Le secrétariat
""")

M("other", False, None, None, None, "en",
  "English partnership pitch from an edtech start-up.",
  frm=("Priya Sharma", "priya@readwise-schools.com"), style="gmail", en=True,
  subj="Partnership opportunity - reading analytics for school libraries",
  body="""Hi team,

We're an edtech start-up helping school libraries turn loan data into reading insights. We'd love to explore an integration with your library portal ahead of the next school year.

Would you have 20 minutes for a call in June?

Best,
Priya
""")

M("other", False, None, "idf", None, "fr",
  "A BTS teacher looks for internship places for his students: unrelated to the services. Region from ac-versailles.fr.",
  frm=("Vincent Gaillard", "vincent.gaillard@ac-versailles.fr"), style="outlook",
  subj="Stage BTS SIO",
  body="""Bonjour,

Je suis enseignant en BTS SIO. Votre service accueille-t-il des stagiaires de deuxième année pour un stage de six semaines à partir de janvier ? Nos étudiants sont très motivés.

Vincent Gaillard
""")

M("other", False, None, "hdf", None, "fr",
  "After weeding, asks whether discarded books may be given to an association: a question for the school itself, not the desk.",
  frm=("Julien Vasseur", "julien.vasseur@ac-amiens.fr"), style="tb",
  subj="Dons des livres désherbés",
  body="""Bonjour,

Après notre désherbage, nous avons 300 livres en bon état. Avons-nous le droit de les donner à une association de quartier, ou faut-il une délibération du conseil d'administration ?

Julien Vasseur
Documentaliste
""")


# =====================================================================
# automated (20)
# =====================================================================
AUTO("Exchange Online out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress) from a documentaliste closed for inventory.",
     frm=("Catherine Lenoir", "catherine.lenoir@ac-paris.fr"), style="owa", reply=6671, headers=OOF_EXCH,
     region="idf", subj="Réponse automatique : [#SUP-006671] Récolement - export des manquants",
     body="""Bonjour,

Le CDI est fermé pour récolement jusqu'au 19 juin. Je traiterai votre message à mon retour.

Catherine Lenoir""")

AUTO("Académie webmail vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the ac-amiens.fr sender.",
     frm=("Hugo Lemaire", "hugo.lemaire@ac-amiens.fr"), style="zimbra", headers=OOF_ZIMBRA, reply=6690,
     region="hdf", subj="Absent jusqu'au 15 juin",
     body="""Bonjour,
Je suis en jury d'examen BTS jusqu'au 15 juin inclus. Pour toute urgence, contactez le secrétariat du lycée.
H. Lemaire""")

AUTO("English Gmail vacation responder (Auto-Submitted: auto-replied).",
     frm=("Daniel Okafor", "dan.okafor.bts@gmail.com"), style="gmail", headers=OOF_GMAIL, reply=6602,
     lang="en", subj="Out of office",
     body="""Hi,
I'm away until 22 June with limited access to email. I'll reply when I'm back.
Daniel""")

DSN("Postfix bounce (multipart/report, original attached, null Return-Path): the departed gestionnaire's mailbox was closed.",
    frm=("Mail Delivery System", "MAILER-DAEMON@mail.lycee-curie-nogent.fr"), subj="Undelivered Mail Returned to Sender",
    headers=["Auto-Submitted: auto-replied"],
    body="""This is the mail system at host mail.lycee-curie-nogent.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<m.fabre@lycee-curie-nogent.fr>: unknown user: "m.fabre\"""",
    rcpt="m.fabre@lycee-curie-nogent.fr", diag="X-Postfix; unknown user: \"m.fabre\"",
    orig_subj="[#SUP-006620] Identifiant Espace Acheteur inconnu", ticket=6620)

DSN("Exchange Online non-delivery report in French ('Non remis :'), multipart/report; the address of a documentaliste who left was deleted.",
    frm=("Microsoft Outlook", "postmaster@lyceevoltaire.onmicrosoft.com"), subj="Non remis : [#SUP-006577] Mot de passe portail du collège",
    headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
    body="""Votre message n'a pas pu être remis à didier.fontaine@lyceevoltaire.onmicrosoft.com.

L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message.""",
    rcpt="didier.fontaine@lyceevoltaire.onmicrosoft.com", diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    status="5.1.10", orig_subj="[#SUP-006577] Mot de passe portail du collège", ticket=6577)

DSN("Gmail 'Delivery Status Notification (Failure)': multipart/report with text/rfc822-headers only.",
    frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), subj="Delivery Status Notification (Failure)",
    headers=["Auto-Submitted: auto-replied"], headers_only=True, lang="en",
    body="""** Address not found **

Your message wasn't delivered to thomas.leguen75@gmail.com because the address couldn't be found, or is unable to receive mail.""",
    rcpt="thomas.leguen75@gmail.com", diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
    orig_subj="[#SUP-006641] mdp oublie", ticket=6641)

AUTO("Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
     hard=True, frm=("Mail Delivery System", "Mailer-Daemon@mail.ogec-sainte-clotilde.fr"), style="plain", auth="null",
     subj="Mail delivery failed: returning message to sender", lang="en",
     body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  compta@ogec-sainte-clotilde.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
Subject: [#SUP-006660] Paiement commande juin

Bonjour, votre demande a bien été enregistrée.""")

MDN("Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-versailles.fr sender.",
    frm=("Frédéric Colin", "frederic.colin@ac-versailles.fr"), subj="Lu : [#SUP-006668] Demande de devis - commandes d'été BTS",
    region="idf", orig_subj="[#SUP-006668] Demande de devis - commandes d'été BTS",
    body="""Votre message

  À : Frédéric Colin
  Objet : [#SUP-006668] Demande de devis - commandes d'été BTS

a été lu le 08/06/2026 09:14.""")

MDN("Thunderbird return receipt in English, multipart/report disposition-notification.",
    frm=("Sarah Mitchell", "sarah.mitchell@ac-versailles.fr"), subj="Return Receipt (displayed) - [#SUP-006614] Activation emails stuck",
    region="idf", lang="en", ua="Mozilla Thunderbird", orig_subj="[#SUP-006614] Activation emails stuck",
    body="""This is a Return Receipt for the mail that you sent to sarah.mitchell@ac-versailles.fr.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.""")

AUTO("No-reply Espace Acheteur notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated. The UAI in it is the establishment of the pending account.",
     hard=True, frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), style="plain", platform="espace_acheteur",
     headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"], uai="0953602Z", region="idf",
     subj="[Espace Acheteur] Un compte est en attente de validation",
     body="""Bonjour,

Un nouvel utilisateur attend la validation de son compte :
  Nom : Cédric Lemaître
  Structure : Collège Léon-Blum (0953602Z)
  Date de la demande : 02/06/2026

Connectez-vous à l'espace d'administration pour valider ou refuser ce compte.

Ceci est un message automatique, merci de ne pas y répondre.""")

AUTO("e-sidoc notification (no-reply, Auto-Submitted): an acquisition suggestion was posted by a pupil. The portal URL carries the UAI in lower case.",
     hard=True, frm=("e-sidoc", "no-reply@esidoc.example.fr"), style="plain", platform="esidoc", uai="0757975L", region="idf",
     headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
     subj="Nouvelle suggestion d'acquisition",
     body="""Une nouvelle suggestion d'acquisition a été déposée sur le portail https://0757975l.esidoc.example.fr :

  « La Horde du Contrevent » - suggéré par un élève de 3e B

Ce message est envoyé automatiquement.""")

AUTO("A documentaliste's real question about weeding in e-sidoc, but posted to the académie de Lille documentalistes' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-lille.fr sender.",
     hard=True, frm=("Marion Delattre", "marion.delattre@ac-lille.fr"), style="zimbra", region="hdf", platform="esidoc",
     to=[("Liste docs Lille", "docs-lille@listes.ac-lille.fr")],
     headers=["List-Id: Documentalistes de l'academie de Lille <docs-lille.listes.ac-lille.fr>", "Precedence: list",
              "List-Unsubscribe: <mailto:sympa@listes.ac-lille.fr?subject=unsubscribe%20docs-lille>",
              "Sender: docs-lille-owner@listes.ac-lille.fr"],
     subj="[docs-lille] Désherbage dans e-sidoc : vous faites comment ?",
     body="""Bonjour à toutes et tous,

Pour le désherbage de fin d'année, vous supprimez les exemplaires un par un dans e-sidoc ou quelqu'un a trouvé une méthode en lot ? Et gardez-vous les notices ?

Merci pour vos retours,
Marion""")

AUTO("Marketing newsletter: List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
     frm=("Espace Acheteur - Actualités", "newsletter@espace-acheteur.example.fr"), style="html", platform="espace_acheteur",
     headers=["List-Id: Actualites Espace Acheteur <actualites.espace-acheteur.example.fr>", "List-Unsubscribe: <https://espace-acheteur.example.fr/u/7f3a9c>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
     subj="Commandes d'été : les dates limites à retenir",
     body="""Commandes d'été : anticipez !

Pour être livré avant la fermeture estivale, validez vos paniers avant le 26 juin. Découvrez aussi les nouveaux marchés de mobilier de CDI.

Se désinscrire""")

AUTO("Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
     frm=("Portail des tickets", "notifications@tickets.example.fr"), style="plain", platform="ticket_portal",
     headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
     subj="[Ticket #48213] Mise à jour : export du récolement",
     body="""Le ticket #48213 « Export du récolement incomplet » a été mis à jour par l'éditeur.

Statut : En cours d'analyse

Pour répondre, utilisez le portail. Ce message est généré automatiquement.""")

AUTO("E-signature 'completed' notification for a convention: transactional mail without Auto-Submitted or Precedence; the no-reply style sender and the wording show it is automatic.",
     hard=True, frm=("Signature électronique", "noreply@esignature.example.fr"), style="html", platform="esignature",
     subj="Document signé : Convention d'adhésion 2026-2027",
     body="""Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion 2026-2027 ».

Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ceci est un message automatique.""")

AUTO("Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic (end-of-year closure).",
     hard=True, frm=("CDI Lycée Gaston-Berger", "cdi.gastonberger@ac-lille.fr"), style="outlook", region="hdf",
     subj="Réponse automatique : Changement d'administrateur",
     body="""Ceci est une réponse automatique.

Le CDI est fermé du 22 juin au 31 août 2026 (inventaire puis congés d'été). Les messages reçus pendant cette période ne seront pas lus.

L'équipe du CDI""")

AUTO("English autoresponder from a host with only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
     hard=True, frm=("Oliver Grant", "oliver.grant@ac-versailles.fr"), style="plain", region="idf", lang="en",
     headers=["X-Autoreply: yes", "X-Autorespond: Missing amendment"],
     subj="Auto: Missing amendment",
     body="""Thank you for your message. I am currently accompanying a school trip and will be back on 15 June.""")

AUTO("Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering it would start a mail loop. Region from the ac-versailles.fr sender.",
     frm=("Assistance académique", "assistance@ac-versailles.fr"), style="plain", region="idf",
     headers=["Auto-Submitted: auto-replied", "X-Loop: assistance@ac-versailles.fr", "Precedence: bulk"],
     subj="[Assistance académique] Accusé de réception - demande n° 2026-118734",
     body="""Bonjour,

Votre demande a bien été enregistrée sous le numéro 2026-118734. Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.""")

MDN("Outlook 'Non lu :' notice (message deleted without being read), disposition-notification.",
    frm=("Régis Marchand", "regis.marchand@ac-versailles.fr"), subj="Non lu : [#SUP-006679] CCAP introuvable",
    region="idf", disposition="manual-action/MDN-sent-manually; deleted", orig_subj="[#SUP-006679] CCAP introuvable",
    body="""Votre message

  À : Régis Marchand
  Objet : [#SUP-006679] CCAP introuvable

a été supprimé sans être lu le 12/06/2026 17:48.""")

AUTO("Out-of-office of a cité scolaire's office (ce.<UAI> address) that mentions the e-sidoc portal and passwords; Auto-Submitted is present. The UAI comes from the address.",
     hard=True, frm=("Cité scolaire Gambetta-Carnot", "ce.0622047N@ac-lille.fr"), style="zimbra", uai="0622047N", region="hdf",
     headers=OOF_ZIMBRA, reply=6649,
     subj="Réponse automatique - fermeture estivale",
     body="""Bonjour,

Le secrétariat est fermé à partir du 10 juillet. Pour les questions de mot de passe du portail e-sidoc, merci de vous adresser au CDI à la rentrée.

La direction""")


# =====================================================================
# write the corpus
# =====================================================================
# Mails whose text quotes or announces a date get a send date consistent with it.
WHEN = {
    "RE: [#SUP-006612] Mot de passe e-sidoc": "2026-06-03 08:05",
    "RE: [#SUP-006588] Mail de validation non reçu": "2026-05-26 14:20",
    "Re: [#SUP-006588] Mail de validation non reçu": "2026-05-26 18:41",
    "Re: [#SUP-006604] Mail de confirmation non reçu": "2026-05-28 11:02",
    "Re: [#SUP-006571] Accès administrateur e-sidoc": "2026-05-20 16:40",
    "Re: Mot de passe portail CDI": "2026-06-04 12:31",
    "RE: [#SUP-006540] Your order": "2026-05-20 09:15",
    "RE: [#SUP-006555] Facture à rectifier": "2026-06-04 10:00",
    "Re: [#SUP-006497] Avenant manquant": "2026-05-27 15:10",
    "Re: [#SUP-006650] Réinitialisation mot de passe portail CDI": "2026-06-09 11:40",
    "Re: [#SUP-006633] Abonnement non visible": "2026-06-08 09:12",
    "Fwd: inscription espace acheteur": "2026-06-10 16:02",
    "Lu : [#SUP-006668] Demande de devis - commandes d'été BTS": "2026-06-08 09:14",
    "Non lu : [#SUP-006679] CCAP introuvable": "2026-06-12 17:48",
    "[Espace Acheteur] Un compte est en attente de validation": "2026-06-02 18:03",
    "Webinaire commandes d'été": "2026-06-11 13:30",
    "Auto: Missing amendment": "2026-06-05 10:21",
    "Absent jusqu'au 15 juin": "2026-06-08 08:30",
    "Réponse automatique : [#SUP-006671] Récolement - export des manquants": "2026-06-15 10:05",
    "Réponse automatique : Changement d'administrateur": "2026-06-23 09:00",
    "Out of office": "2026-06-17 14:12",
    "Compte en attente de validation": "2026-06-09 08:47",
    "Commandes d'été : les dates limites à retenir": "2026-06-01 07:30",
    "Mot de passe + facture Chorus": "2026-06-02 15:36",
    "Relance pour une facture déjà payée": "2026-05-29 11:18",
}


def main():
    for m in MAILS:
        if m["gen"].get("subj") in WHEN and not m["gen"].get("when"):
            m["gen"]["when"] = WHEN.pop(m["gen"]["subj"])
    assert not WHEN, WHEN
    R.shuffle(MAILS)
    out_labels = []
    for i, m in enumerate(MAILS, 1):
        name = "h%03d.eml" % i
        raw = build(m["gen"])
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw.encode("utf-8", "surrogateescape"))
        lab = dict(file=name)
        lab.update(m["label"])
        out_labels.append(lab)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in out_labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    self_check()


UAI_TOKEN = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
HUMAN_ONLY = {"head_of_establishment_request", "order_billing", "contract_documents", "transfer_incident", "automated", "other"}


def texts_of(msg):
    """All human-readable text of a message: main headers and every text part, nested ones included."""
    out = []
    for key in ("From", "To", "Cc", "Subject", "Reply-To"):
        if msg[key] is not None:
            out.append(str(msg[key]))
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            out.append(p.get_content())
        elif p.get_content_type() in ("message/delivery-status", "message/disposition-notification"):
            out.append(p.as_string())
    return "\n".join(out)


def self_check():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    assert len(labels) == 150, len(labels)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files[:3]
    assert [l["file"] for l in labels] == files
    for lab in labels:
        f = lab["file"]
        assert list(lab) == KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in HUMAN_ONLY:
            assert lab["auto_reply_ok"] is False, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["region"] is None or lab["region"] in ALL_REGIONS, f
        assert lab["lang"] in ("fr", "en"), f
        assert lab["notes"] and len(lab["notes"]) > 15, f
        raw = open(os.path.join(HERE, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] and msg["Date"] and msg["Message-ID"], f
        for p in msg.walk():
            assert not p.defects, (f, p.defects)
        text = texts_of(msg)
        # UAI check letters: every code-like token is right, unless the label says it is deliberately wrong
        tokens = {t.upper() for t in UAI_TOKEN.findall(text)}
        wrong = sorted(t for t in tokens if not uai_ok(t))
        says_wrong = "wrong check letter" in lab["notes"]
        assert bool(wrong) == says_wrong, (f, wrong, lab["notes"])
        for t in wrong:
            assert t not in (lab["uai"] or ""), f
            assert t in lab["notes"], (f, t)
        # the UAI label is valid and present in the mail
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), (f, lab["uai"])
            # written as a token, or with spaces inside ("0950 473 Y")
            assert lab["uai"] in tokens or lab["uai"] in re.sub(r"\s", "", text).upper(), (f, lab["uai"], tokens)
            expected = REGION_OF_DEPT[lab["uai"][:3]]
        else:
            dom = email.utils.parseaddr(str(msg["From"]))[1].rsplit("@", 1)[-1].lower()
            expected = REGION_OF_DOMAIN.get(dom) if dom.startswith("ac-") else None
        assert lab["region"] == expected, (f, lab["region"], expected)
        # automated mail carries a sign of it
        if lab["category"] == "automated":
            assert lab["platform"] in PLATFORMS
    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    assert set(cats) == CATEGORIES, cats
    en = sum(1 for l in labels if l["lang"] == "en")
    assert 9 <= en <= 15, en
    print("holdout66: 150 mails OK;", ", ".join("%s=%d" % kv for kv in sorted(cats.items())), "; en=%d" % en)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate holdout47: 150 hand-written support mails (mid-May 2026, Ascension bridge,
Bourgogne-Franche-Comte / Provence / Occitanie) and their labels.

Standard library only, deterministic (fixed seed). Run: python3 make_holdout47.py
"""
import datetime as dt
import email
import email.policy
import html
import json
import os
import quopri
import random
from email.charset import QP, Charset
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(4747)
DESK = "support@assistance.example.fr"
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"
TZ = dt.timezone(dt.timedelta(hours=2))

CATS = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "head_of_establishment_request",
        "account_creation", "subscription_activation", "order_billing", "contract_documents",
        "transfer_incident", "automated", "other"}
PLATS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
REGIONS = {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90", "bretagne": "22 29 35 56",
    "centre-val-de-loire": "18 28 36 37 41 45", "corse": "620 720",
    "grand-est": "08 10 51 52 54 55 57 67 68 88", "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95", "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82", "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84", "guadeloupe": "971", "martinique": "972",
    "guyane": "973", "la-reunion": "974", "mayotte": "976"}
PREFIX = {(d if len(d) == 3 else "0" + d): r for r, ds in REGIONS.items() for d in ds.split()}
DOMREG = {"ac-dijon.fr": "bourgogne-franche-comte", "ac-besancon.fr": "bourgogne-franche-comte",
          "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
          "ac-montpellier.fr": "occitanie", "ac-toulouse.fr": "occitanie", "ac-lyon.fr": "auvergne-rhone-alpes",
          "ac-rennes.fr": "bretagne", "ac-paris.fr": "ile-de-france"}
BFC, PACA, OCC = "bourgogne-franche-comte", "provence-alpes-cote-d-azur", "occitanie"
ES, EA, ED, TP, SG = "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"


def U(d):
    """A valid UAI from its 7 digits."""
    return d + LET[int(d) % 23]


def W(d):
    """The same digits with a wrong check letter (a typo)."""
    return d + LET[(int(d) % 23 + 5) % 23]


def check_uai(u):
    return len(u) == 8 and u[:7].isdigit() and u[7] == LET[int(u[:7]) % 23]


def region_of(u):
    return PREFIX[u[:3]]


# ---------------------------------------------------------------- MIME helpers
CSQ = Charset("utf-8")
CSQ.header_encoding = QP


def hdr(s, name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, CSQ, header_name=name).encode()


def addr(p):
    name, a = p
    if not name:
        return a
    try:
        name.encode("ascii")
        return ('"%s"' % name if any(c in name for c in ',.()<>@;:') else name) + " <%s>" % a
    except UnicodeEncodeError:
        return hdr(name, "From") + " <%s>" % a


def when(t):
    d, h, m = t[:3]
    s = t[3] if len(t) > 3 else R.randrange(60)
    return dt.datetime(2026, 5, d, h, m, s, tzinfo=TZ)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def desk_id(tk, t):
    return "<SUP-%06d.%d.%s@assistance.example.fr>" % (tk, int(when(t).timestamp()), hexs(6))


def msgid(style, dom):
    if style in ("outlook", "android"):
        return "<%s%s@%s.EURP%d.PROD.OUTLOOK.COM>" % ("PR3P192MB", alnum(24).upper(), "PA4P192MB" + str(R.randrange(1000, 9999)), 192)
    if style == "gmail":
        return "<CA+%s@mail.gmail.com>" % alnum(40)
    if style == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (R.randrange(10**8, 10**9), R.randrange(10**5, 10**6), R.randrange(10**12, 10**13), dom)
    if style == "iphone":
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(8).upper(), hexs(4).upper(), hexs(4).upper(), hexs(4).upper(), hexs(12).upper(), dom)
    return "<%s.%s@%s>" % (hexs(12), hexs(8), dom)


MAILER = {"outlook": "Microsoft Outlook 16.0", "zimbra": "Zimbra 10.0.7_GA_4611 (ZimbraWebClient - FF125 (Win)/10.0.7_GA_4611)",
          "iphone": "iPhone Mail (21F90)", "thunderbird": None, "android": None, "gmail": None, "webmail": "Roundcube Webmail/1.6.6"}


def to_html(text):
    out, inq = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        if not q and inq:
            out.append("</blockquote>")
        inq = q
        line = line[1:].lstrip(" ") if q else line
        out.append("<div>%s</div>" % (html.escape(line, quote=False) or "<br>"))
    if inq:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</div></body></html>' % "\n".join(out))


def leaf(text, sub="plain", charset="utf-8", cte="quoted-printable"):
    b = text.replace("\n", "\r\n").encode(charset) if cte == "base64" else text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(b).decode("ascii")
    elif cte == "base64":
        import base64
        raw = base64.b64encode(b).decode("ascii")
        body = "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))
    else:
        body = text
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "8bit"
    return 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n\n%s\n' % (sub, charset, cte, body.rstrip("\n"))


def multi(sub, parts, extra=""):
    b = "----=_Part_%d_%d.%d" % (R.randrange(10**5, 10**6), R.randrange(10**8, 10**9), R.randrange(10**12, 10**13))
    s = 'Content-Type: multipart/%s;%s\n boundary="%s"\n\nThis is a multi-part message in MIME format.\n' % (sub, extra, b)
    for p in parts:
        s += "\n--%s\n%s" % (b, p)
    return s + "\n--%s--\n" % b


def pdf_part(name):
    import base64
    raw = ("%%PDF-1.4\n%% %s\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
           "trailer<</Root 1 0 R>>\n%%%%EOF\n" % hexs(32)).encode()
    enc = base64.b64encode(raw).decode()
    fn = hdr(name, "Content-Disposition")
    q = '"%s"' % fn if fn == name else fn
    return ('Content-Type: application/pdf; name=%s\nContent-Disposition: attachment; filename=%s\n'
            'Content-Transfer-Encoding: base64\n\n%s\n' % (q, q, "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))))


WEEKDAY_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def quote_block(q, me):
    t = when(q["when"])
    who = ("Assistance", DESK)
    text = q["text"]
    if q["t"] == "gmail":
        return "\n\nLe %s %d mai 2026 à %s, %s <%s> a écrit :\n%s" % (
            WEEKDAY_FR[t.weekday()][:3] + ".", t.day, t.strftime("%H:%M"), who[0], who[1],
            "\n".join(("> " + l) if l else ">" for l in text.split("\n")))
    if q["t"] == "iphone":
        return "\n\n> Le %d mai 2026 à %s, %s <%s> a écrit :\n> \n%s" % (
            t.day, t.strftime("%H:%M"), who[0], who[1], "\n".join(("> " + l) if l else ">" for l in text.split("\n")))
    if q["t"] == "zimbra":
        return "\n\n----- Mail original -----\nDe: \"%s\" <%s>\nÀ: %s\nEnvoyé: %s %d Mai 2026 %s\nObjet: %s\n\n%s" % (
            who[0], who[1], me[1], WEEKDAY_FR[t.weekday()].capitalize(), t.day, t.strftime("%H:%M:%S"), q["subj"], text)
    head = "De : %s <%s>\nEnvoyé : %s %d mai 2026 %s\nÀ : %s <%s>\nObjet : %s" % (
        who[0], who[1], WEEKDAY_FR[t.weekday()], t.day, t.strftime("%H:%M"), me[0] or me[1], me[1], q["subj"])
    if q["t"] == "outlook":
        return "\n\n________________________________\n" + head + "\n\n" + text
    return "\n\n-----Message d'origine-----\n" + head + "\n\n" + text


def received(frm_addr, t, auth, hdom=None, helo=None):
    dom = frm_addr.split("@")[1]
    hdom = hdom or dom
    ip = "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randrange(2, 250))
    mx = helo or {"gmail.com": "mail-wm1-f%d.google.com" % R.randrange(40, 70), "orange.fr": "smtp%02d.smtp.orange.fr" % R.randrange(1, 30),
                  "wanadoo.fr": "smtp%02d.smtp.orange.fr" % R.randrange(1, 30), "laposte.net": "smtp-out.laposte.net",
                  "free.fr": "smtp%d-g21.free.fr" % R.randrange(1, 9), "sfr.fr": "msfrf%d.sfr.fr" % R.randrange(10, 40),
                  "hotmail.fr": "EUR05-DB8-obe.outbound.protection.outlook.com", "yahoo.fr": "sonic%d.consmr.mail.ir2.yahoo.com" % R.randrange(300, 330)
                  }.get(dom, "smtp%d.%s" % (R.randrange(1, 5), dom))
    t2 = t + dt.timedelta(seconds=R.randrange(2, 40))
    if auth == "pass":
        ar = "dkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=quarantine dis=none) header.from=%s" % (hdom, dom, hdom)
    elif auth == "fail":
        ar = "dkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=reject dis=none) header.from=%s" % (dom, hdom)
    elif auth == "soft":
        ar = "dkim=fail (signature did not verify) header.d=%s;\n\tspf=softfail smtp.mailfrom=%s;\n\tdmarc=fail (p=none dis=none) header.from=%s" % (dom, dom, dom)
    else:
        ar = "dkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % mx
    return ("Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s\n"
            "Authentication-Results: mx1.assistance.example.fr;\n\t%s\n" % (mx, mx, ip, alnum(15), DESK, format_datetime(t2), ar))


def build(m):
    t = when(m["date"])
    frm = m["frm"]
    dom = frm[1].split("@")[1]
    style = m.get("style", "outlook")
    q = m.get("quote")
    subj = m["subj"]
    text = m["body"]
    if q:
        if q["t"] == "iphone":
            text = text + quote_block(q, frm)
        else:
            text = text + quote_block(q, frm)
    h = []
    h.append("Return-Path: <%s>" % m.get("return_path", m.get("envelope", frm[1])))
    h.append("Delivered-To: %s" % DESK)
    h.append(received(m.get("envelope", frm[1]), t, m.get("auth", "pass"), dom).rstrip("\n"))
    h.append("From: %s" % addr(frm))
    h.append("To: %s" % m.get("to", "Assistance <%s>" % DESK))
    if m.get("cc"):
        h.append("Cc: %s" % ", ".join(addr(c) for c in m["cc"]))
    if m.get("reply_to"):
        h.append("Reply-To: %s" % m["reply_to"])
    h.append("Subject: %s" % hdr(subj))
    h.append("Date: %s" % format_datetime(t))
    h.append("Message-ID: %s" % msgid(style, dom))
    irt = m.get("irt") or (desk_id(q["tk"], q["when"]) if q and q.get("tk") else None)
    if irt:
        h.append("In-Reply-To: %s" % irt)
        h.append("References: %s" % irt)
    h.append("MIME-Version: 1.0")
    mailer = m.get("mailer", MAILER.get(style))
    if mailer:
        h.append(("User-Agent: %s" if style in ("webmail",) else "X-Mailer: %s") % mailer)
    if style == "thunderbird":
        h.append("User-Agent: Mozilla Thunderbird")
    if style == "outlook":
        h.append("Thread-Index: A%s==" % alnum(30))
        h.append("Content-Language: %s" % ("en-GB" if m.get("lang") == "en" else "fr-FR"))
    for k, v in m.get("hdrs", []):
        h.append("%s: %s" % (k, v))
    cs = m.get("charset", "windows-1252" if style == "outlook" and R.random() < 0.4 else "utf-8")
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    cte = m.get("cte", "quoted-printable")
    if "raw_entity" in m:
        ent = m["raw_entity"]
    else:
        ent = leaf(text, "plain", cs, cte)
        if m.get("html"):
            ent = multi("alternative", [ent, leaf(to_html(text), "html", "utf-8", "quoted-printable")])
        if m.get("attach"):
            ent = multi("mixed", [ent] + [pdf_part(a) for a in m["attach"]])
    return "\n".join(h) + "\n" + ent


# --------------------------------------------------------------- automated mail
def dsn(frm, date, rcpt, status, diag, orig_subj, orig_text, action="failed", human=None, lang="en", full=True, subj=None,
        reporter=None, ret="<>"):
    """A multipart/report; report-type=delivery-status bounce or delay notice."""
    t = when(date)
    rep = reporter or frm[1].split("@")[1]
    human = human or ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
                      "be delivered to one or more recipients.\n\n<%s>: %s" % (rep, rcpt, diag))
    ot = t - dt.timedelta(minutes=R.randrange(1, 50))
    orig = ("From: Assistance <%s>\nTo: <%s>\nSubject: %s\nDate: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n" % (
                DESK, rcpt, hdr(orig_subj), format_datetime(ot), "<SUP-%s@assistance.example.fr>" % hexs(10)))
    status_part = ("Content-Type: message/delivery-status\nContent-Description: Delivery report\n\nReporting-MTA: dns; %s\n"
                   "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\nDiagnostic-Code: smtp; %s\n" % (
                       rep, format_datetime(ot), rcpt, action, status, diag))
    if full:
        o = "Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n" + orig + "\n" + quopri.encodestring(orig_text.encode()).decode() + "\n"
    else:
        o = "Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n" + orig
    ent = multi("report", [leaf(human, "plain", "utf-8", "quoted-printable" if lang == "fr" else "7bit"), status_part, o],
                " report-type=delivery-status;")
    return dict(frm=frm, date=date, subj=subj or ("Undelivered Mail Returned to Sender" if action == "failed" else "Delayed Mail (still being retried)"),
                body="", raw_entity=ent, return_path="", envelope=frm[1], auth="none", style="plain", mailer=None,
                hdrs=[("Auto-Submitted", "auto-replied")])


def mdn(frm, date, subj, human, tk, tdate, style="outlook", disp="manual-action/MDN-sent-manually; displayed"):
    rcpt = frm[1]
    did = desk_id(tk, tdate)
    part2 = ("Content-Type: message/disposition-notification\n\nReporting-UA: %s\nFinal-Recipient: rfc822;%s\n"
             "Original-Message-ID: %s\nDisposition: %s\n" % (MAILER.get(style) or "Mozilla Thunderbird", rcpt, did, disp))
    ent = multi("report", [leaf(human, "plain", "utf-8"), part2], " report-type=disposition-notification;")
    return dict(frm=frm, date=date, subj=subj, body="", raw_entity=ent, style=style, irt=did)


# ------------------------------------------------------------------ desk texts quoted in replies
SIG_DESK = "\n\nCordialement,\nL'équipe d'assistance"
DK_RESET = ("Bonjour,\n\nUn lien de réinitialisation vient de partir vers l'adresse connue pour votre établissement "
            "(c***@ac-****.fr). Il est valable 12 heures et ne sert qu'une fois." + SIG_DESK)
DK_JUNK = ("Bonjour,\n\nNos messages automatiques partent de no-reply@assistance.example.fr. Regardez dans le dossier "
           "Courrier indésirable, marquez le message comme légitime et ajoutez l'adresse à vos expéditeurs approuvés. "
           "Nous reviendrons vers vous dans 48 heures." + SIG_DESK)
DK_MIB = ("Bonjour,\n\nVotre messagerie passe par MailInBlack, qui retient les expéditeurs inconnus. Le guide joint explique "
          "comment autoriser no-reply@assistance.example.fr ; nous prévenons aussi l'assistance de votre région." + SIG_DESK)
DK_72 = ("Bonjour,\n\nUn abonnement commandé est mis à disposition dans les 72 heures qui suivent la validation de la commande. "
         "Au-delà, il suffit de répondre à ce message." + SIG_DESK)
DK_HEAD = ("Bonjour,\n\nPour des raisons de sécurité, ce changement ne peut se faire que sur demande écrite du chef "
           "d'établissement, de préférence depuis l'adresse officielle de l'établissement." + SIG_DESK)
DK_ACK = ("Bonjour,\n\nVotre demande est enregistrée sous la référence indiquée en objet. Un conseiller vous répondra "
          "sous 48 heures ouvrées." + SIG_DESK)
DK_ACCT = ("Bonjour,\n\nLe formulaire d'inscription se trouve sur la page d'accueil, rubrique « Créer mon compte ». "
           "Le compte est ensuite validé par l'administrateur de votre structure." + SIG_DESK)

IPH = "\n\nEnvoyé de mon iPhone"
AND = "\n\nObtenir Outlook pour Android"
GAL = "\n\nEnvoyé depuis mon appareil Galaxy"

MAILS = []


def add(cat, auto, uai, reg, plat, hard, lang, notes, frm, subj, date, body="", **kw):
    kw.update(frm=frm, subj=subj, date=date, body=body, lang=lang)
    MAILS.append((dict(category=cat, auto_reply_ok=auto, uai=uai, region=reg, platform=plat, hard=hard, lang=lang,
                       notes=notes), kw))


def addm(cat, uai, reg, plat, hard, lang, notes, m):
    m["lang"] = lang
    MAILS.append((dict(category=cat, auto_reply_ok=False, uai=uai, region=reg, platform=plat, hard=hard, lang=lang,
                       notes=notes), m))


def Q(t, tk, subj, day, text):
    return dict(t=t, tk=tk, subj="[#SUP-%06d] %s" % (tk, subj), when=day, text=text)


def RE(tk, subj, pre="Re: "):
    return "%s[#SUP-%06d] %s" % (pre, tk, subj)



# =================================================================== the mails
# ---- password_reset (23)
u = U("0211187")
add("password_reset", True, u, BFC, ES, False, "fr", "Lost e-sidoc back-office password after a long sick leave; UAI in the body.",
    ("Maëlle Garnier", "maelle.garnier@ac-dijon.fr"), "Accès back office e-sidoc perdu", (11, 8, 47),
    f"Bonjour,\n\nDe retour après trois semaines d'arrêt, je n'arrive plus à me connecter au back office e-sidoc du CDI : "
    f"le mot de passe que j'avais noté est refusé. Pourriez-vous me permettre d'en définir un nouveau ?\n\n"
    f"Le code UAI du collège est {u}.\n\nBien cordialement,\nMaëlle Garnier\nProfesseure documentaliste\nCollège Les Lentillères – Dijon")
u = U("0131544")
add("password_reset", True, u, PACA, EA, False, "fr", "Espace Acheteur account locked after failed attempts, written from a phone on Ascension day; UAI in the body.",
    ("Karim Benali", "karim.benali@ac-aix-marseille.fr"), "Compte Espace Acheteur bloqué", (14, 10, 12),
    f"Bonjour,\nJ'ai voulu avancer une commande depuis chez moi en profitant du pont, et après plusieurs essais mon compte "
    f"Espace Acheteur est bloqué. Je suis le gestionnaire du lycée Saint-Exupéry ({u}). Pouvez-vous le débloquer ou m'envoyer "
    f"un lien pour changer le mot de passe ? Je dois valider lundi.\nMerci\nK. Benali" + IPH, style="iphone")
u = U("0340912")
add("password_reset", True, u, OCC, ES, True, "fr",
    "Not the account holder: a teacher writes from her personal Gmail for the absent librarian and asks for the link on the "
    "school's official address, which the reset rule allows. Region from the UAI, not from the sender.",
    ("Hélène Roux", "helene.roux34@gmail.com"), "Mot de passe du portail CDI – lycée Joffre", (15, 9, 5),
    f"Bonjour,\n\nJe suis professeure de lettres au lycée Joffre à Montpellier. Notre documentaliste, M. Fabre, est absent jusqu'à "
    f"fin mai et personne ne connaît le mot de passe du back office e-sidoc ; nous devons pourtant mettre en ligne la sélection "
    f"du prix littéraire avant le 20.\n\nPouvez-vous envoyer un lien de réinitialisation sur l'adresse officielle du lycée ? "
    f"Le secrétariat nous le transmettra. UAI : {u}.\n\nJ'écris depuis ma boîte personnelle, le webmail académique ne me "
    f"laisse pas entrer depuis chez moi.\n\nMerci beaucoup,\nHélène Roux", style="gmail", html=True)
u = U("0711452")
add("password_reset", False, u, BFC, ES, True, "fr",
    "Lost password, but she asks for the new one to be sent to a personal Orange address that is not on file: the reset rule "
    "forbids it, so no automatic answer.",
    ("Patricia Lamy", "patricia.lamy71@orange.fr"), "mot de passe e-sidoc", (16, 11, 20),
    f"Bonjour,\n\nJe suis la documentaliste du collège Jean Jaurès du Creusot (UAI {u}). J'ai perdu le mot de passe du back "
    f"office et la messagerie académique est en maintenance tout le week-end.\n\nMerci de m'envoyer le nouveau mot de passe "
    f"directement à cette adresse (patricia.lamy71@orange.fr), c'est la seule que je consulte pendant le pont.\n\n"
    f"Cordialement,\nPatricia Lamy", style="webmail", mailer="Orange Mail")
u = U("0830677")
add("password_reset", True, u, PACA, ES, False, "fr",
    "Short follow-up on the same ticket (Gmail quote): the reset link expired over the long weekend; a new link is the automatic answer.",
    ("Sandrine Olivieri", "sandrine.olivieri@ac-nice.fr"), RE(7214, "Mot de passe e-sidoc"), (18, 8, 15),
    f"Bonjour,\n\nLe lien est arrivé mercredi soir mais je ne l'ai ouvert que ce matin, pont de l'Ascension oblige : il est "
    f"expiré. Pouvez-vous m'en renvoyer un ?\n\nSandrine Olivieri\nCDI collège Pierre Puget – {u}",
    style="gmail", html=True, quote=Q("gmail", 7214, "Mot de passe e-sidoc", (13, 16, 40), DK_RESET))
add("password_reset", True, None, OCC, ES, False, "fr",
    "Replacement librarian knows neither the identifier nor the password; no UAI, region from ac-toulouse.fr.",
    ("Julien Castan", "julien.castan@ac-toulouse.fr"), "Identifiant e-sidoc ?", (12, 14, 2),
    "Bonjour,\n\nJ'assure le remplacement de la professeure documentaliste du collège Bellevue (Toulouse) jusqu'aux vacances. "
    "On ne m'a transmis ni l'identifiant ni le mot de passe du back office e-sidoc. Comment puis-je y accéder ?\n\n"
    "Merci d'avance,\nJulien Castan\nProfesseur documentaliste contractuel", style="zimbra")
u = U("0060812")
add("password_reset", True, u, PACA, ES, False, "en", "English; forgotten e-sidoc back-office password, UAI given.",
    ("Rachel Whitfield", "rachel.whitfield@ac-nice.fr"), "Forgotten password - e-sidoc library portal", (13, 17, 48),
    f"Hello,\n\nI look after the English-language section of the library at the Lycée International de Valbonne and I can no "
    f"longer log in to the e-sidoc back office. I have tried my usual password several times without success.\n\n"
    f"Could you send me a reset link? Our school code (UAI) is {u}.\n\nMany thanks,\nRachel Whitfield\nLibrarian, British section")
u = U("0891176")
add("password_reset", False, u, BFC, EA, True, "fr",
    "Two topics: Espace Acheteur password reset (first) and a quote for extra licences (order_billing); the reset template would answer only half.",
    ("Laurent Mercier", "laurent.mercier@ac-dijon.fr"), "Mot de passe + devis", (12, 10, 30),
    f"Bonjour,\n\nDeux choses avant le pont :\n\n1. Je n'ai plus le mot de passe de l'Espace Acheteur pour le collège Paul Bert "
    f"(UAI {u}) ; pouvez-vous le réinitialiser ?\n2. Une fois reconnecté, il me faudra un devis pour douze licences "
    f"supplémentaires, l'agent comptable le demande avant d'engager la dépense.\n\nMerci,\nLaurent Mercier\nAdjoint gestionnaire")
u = U("0300566")
add("password_reset", True, u, OCC, EA, True, "fr", "Misleading subject about an order: the only request is a lost Espace Acheteur password.",
    ("Nadia Ferhat", "nadia.ferhat@ac-montpellier.fr"), "Commande manuels numériques 2026-2027", (11, 9, 14),
    f"Bonjour,\n\nJe voulais préparer la commande des manuels numériques pour la rentrée, mais je bute dès la connexion : mon mot "
    f"de passe de l'Espace Acheteur ne passe plus et je ne retrouve pas l'ancien. Pourriez-vous m'aider à le réinitialiser ?\n\n"
    f"Collège Feuchères, Nîmes – UAI {u}\n\nNadia Ferhat\nSecrétaire d'intendance")
w = W("0251187")
add("password_reset", True, None, BFC, ES, True, "fr",
    f"UAI written {w}: wrong check letter (the digits give {U('0251187')}), so no UAI, a probable typo; region from "
    "ac-besancon.fr. The template's fallback (official address or the head's written request) still answers safely.",
    ("Olivier Petitjean", "olivier.petitjean@ac-besancon.fr"), "Réinitialisation mot de passe portail documentaire", (11, 16, 55),
    f"Bonjour,\n\nPourriez-vous réinitialiser le mot de passe du portail e-sidoc du collège Victor Hugo de Besançon ? Notre code "
    f"établissement est le {w}.\n\nJe ne sais plus quelle adresse avait été donnée à la création du compte.\n\n"
    f"Bien à vous,\nOlivier Petitjean\nDocumentaliste", style="thunderbird", cte="8bit")
u = U("0660418")
add("password_reset", False, u, OCC, ED, True, "fr",
    "Lost EcoleDirecte administration password, explicitly not the daily maintenance password (transfer_incident); a colleague "
    "covering for the deputy asks. No reset template exists for this product.",
    ("Sébastien Py", "sebastien.py@ac-montpellier.fr"), "Mot de passe administrateur EcoleDirecte", (12, 11, 5),
    f"Bonjour,\n\nLe proviseur adjoint m'a confié la gestion d'EcoleDirecte pendant son absence, mais le mot de passe du compte "
    f"administrateur qu'il m'a laissé est refusé. Il ne s'agit pas du mot de passe de maintenance quotidien : c'est la "
    f"connexion normale à l'interface d'administration.\n\nComment obtenir un nouveau mot de passe ?\n\nSébastien Py\n"
    f"Lycée François Arago – {u}")
u = U("0840391")
add("password_reset", True, u, PACA, ES, False, "fr",
    "The secretariat writes for the librarian from the official ce.<UAI> mailbox (UAI only in the address, lower case) and asks "
    "for the link there: the reset rule applies.",
    ("Secrétariat Collège Frédéric Mistral", "ce.%s@ac-aix-marseille.fr" % u.lower()), "Lien mot de passe e-sidoc pour notre documentaliste",
    (13, 15, 37),
    "Bonjour,\n\nNotre professeure documentaliste, Mme Reboul, n'arrive plus à se connecter au portail e-sidoc et nous demande "
    "de vous écrire depuis la boîte du collège. Pouvez-vous envoyer le lien de réinitialisation à cette adresse ? Nous le lui "
    "ferons suivre.\n\nBien cordialement,\nLe secrétariat de direction\nCollège Frédéric Mistral – Avignon", style="zimbra")
u = U("0120459")
add("password_reset", True, u, OCC, EA, False, "fr", "Expired Espace Acheteur password, the old one forgotten.",
    ("Agnès Vialar", "agnes.vialar@ac-toulouse.fr"), "Mot de passe expiré", (12, 8, 20),
    f"Bonjour,\n\nCe matin l'Espace Acheteur m'annonce que mon mot de passe a expiré et me demande l'ancien pour le changer… "
    f"que j'ai évidemment oublié. Pouvez-vous me débloquer ?\n\nAgnès Vialar\nGestionnaire – Collège Jean Moulin, Rodez\nUAI {u}")
u = U("0580621")
add("password_reset", True, u, BFC, ES, False, "fr",
    "Two-line request from Outlook for Android (base64 body) during the bridge; 'portail du CDI' is e-sidoc.",
    ("Claire Dumas", "claire.dumas@ac-dijon.fr"), "mdp portail CDI", (15, 18, 32),
    f"Bonjour, mot de passe perdu pour le portail e-sidoc du CDI, lycée Raoul Follereau Nevers, {u}. Merci de me renvoyer un lien.\nC. Dumas" + AND,
    style="android", cte="base64")
u = U("0390845")
add("password_reset", True, u, BFC, ES, True, "fr",
    "Reply on an old MailInBlack ticket (quoted, Outlook style) that now clearly asks for an e-sidoc password reset: the new "
    "request sets the category.",
    ("Vincent Girardot", "vincent.girardot@ac-besancon.fr"), RE(7122, "Messages bloqués par MailInBlack", "RE : "), (18, 9, 40),
    f"Bonjour,\n\nLe souci MailInBlack est réglé, merci. En revanche, autre chose : depuis ce matin le back office e-sidoc refuse "
    f"mon mot de passe et je ne le retrouve pas. Pouvez-vous me renvoyer un lien de réinitialisation ? UAI {u}.\n\n"
    f"Vincent Girardot\nDocumentaliste – Lycée Pasteur Mont Roland, Dole",
    quote=Q("outlook", 7122, "Messages bloqués par MailInBlack", (7, 11, 2), DK_MIB), html=True)
u = U("0312044")
add("password_reset", True, u, OCC, ES, True, "fr",
    "Says she receives nothing, but because the reset mail goes to her retired predecessor's address: the reset rule "
    "(official address, else head's request) answers it, not missing_noreply_mail.",
    ("Mathilde Sarda", "mathilde.sarda@ac-toulouse.fr"), "Accès e-sidoc : adresse de l'ancienne documentaliste", (19, 8, 5),
    f"Bonjour,\n\nJ'ai cliqué sur « mot de passe oublié » mais le message part sans doute vers l'adresse de ma prédécesseure, "
    f"partie à la retraite l'an dernier : je ne reçois rien. Je n'ai ni son mot de passe ni accès à sa boîte.\n\n"
    f"Collège Clémence Isaure, Toulouse – {u}\n\nComment faire pour récupérer l'accès ?\nMathilde Sarda", style="zimbra")
u = U("0131890")
add("password_reset", True, u, PACA, ES, True, "fr",
    "A deputy principal covering for the librarian asks for the ordinary reset link on the official mailbox: not a "
    "head-of-establishment request (he is not the head and asks for no change of address or administrator).",
    ("Thierry Bonnet", "thierry.bonnet@ac-aix-marseille.fr"), "Portail e-sidoc – accès administrateur", (13, 12, 10),
    f"Bonjour,\n\nJe suis principal adjoint du collège Ampère à Arles ({u}). Notre documentaliste est en formation jusqu'au 22 mai "
    f"et le mot de passe administrateur du portail e-sidoc est introuvable ; j'ai des notices à corriger avant le conseil "
    f"pédagogique.\n\nPouvez-vous envoyer le lien de réinitialisation sur la boîte officielle du collège ? Je la relève moi-même.\n\n"
    f"Cordialement,\nThierry Bonnet\nPrincipal adjoint")
l, c = U("0460281"), U("0460412")
add("password_reset", True, l, OCC, ES, False, "fr",
    f"Two UAIs in a cité scolaire: the collège's portal ({c}) works; the request is for the lycée's ({l}).",
    ("Bérénice Lacombe", "berenice.lacombe@ac-toulouse.fr"), "Mot de passe e-sidoc lycée (cité scolaire)", (11, 13, 25),
    f"Bonjour,\n\nNous sommes une cité scolaire avec deux portails e-sidoc : celui du collège ({c}) fonctionne, mais j'ai oublié "
    f"le mot de passe de celui du lycée Champollion ({l}). C'est bien ce second compte qu'il faut réinitialiser.\n\n"
    f"Merci,\nBérénice Lacombe\nProfesseure documentaliste", style="thunderbird")
u = U("0810733")
add("password_reset", True, u, OCC, ES, False, "fr", "Typed on a phone: no accents or capitals, UAI in lower case, 'mdp' for mot de passe.",
    ("", "kevin.roques@ac-toulouse.fr"), "mdp oublie", (17, 21, 47),
    f"bonjour\nj ai oublie le mdp du back office esidoc du clg rascol albi\nuai {u.lower()}\nmerci\nkevin" + GAL, style="android")
u = U("0700933")
add("password_reset", True, u, BFC, ES, False, "fr", "Reset link says it is no longer valid although opened at once; asks for another.",
    ("Stéphanie Colin", "stephanie.colin@ac-besancon.fr"), "Lien de réinitialisation invalide", (12, 15, 50),
    f"Bonjour,\n\nJ'ai bien reçu le mail pour changer mon mot de passe e-sidoc, mais en cliquant sur le lien j'obtiens « Ce lien "
    f"n'est plus valide ». Je l'ai pourtant ouvert dans la minute. Pouvez-vous m'en envoyer un autre ?\n\nStéphanie Colin\n"
    f"CDI – Lycée Édouard Belin, Vesoul ({u})")
u = U("0650342")
add("password_reset", False, u, OCC, ES, True, "fr",
    "Follow-up (Gmail quote) after the automatic reset answer: the link never reached the official mailbox either. The ticket "
    "stays password_reset, but the template already failed, so a person must take over.",
    ("Mireille Abadie", "mireille.abadie@ac-toulouse.fr"), RE(7198, "Mot de passe portail documentaire"), (18, 10, 20),
    f"Bonjour,\n\nToujours rien : le secrétariat a regardé la boîte ce.{u}@ac-toulouse.fr vendredi et ce matin, aucun lien n'est "
    f"arrivé, même dans les indésirables. Je reste bloquée sur le portail e-sidoc depuis une semaine. Quelqu'un peut-il regarder "
    f"le compte directement ?\n\nMireille Abadie\nCollège Desaix, Tarbes",
    style="gmail", html=True, quote=Q("gmail", 7198, "Mot de passe portail documentaire", (12, 9, 5), DK_RESET))
u = U("0050127")
add("password_reset", False, u, PACA, EA, True, "fr",
    "Lost password, but asks for it to be given by phone: no automatic answer can do that; a person must reply (and refuse).",
    ("Gilles Arnaud", "gilles.arnaud@ac-aix-marseille.fr"), "Urgent mot de passe Espace Acheteur", (15, 8, 55),
    f"Bonjour,\nJe n'ai plus le mot de passe de l'Espace Acheteur du collège des Hautes Vallées ({u}). Je suis en déplacement et "
    f"n'ai pas accès à mes mails facilement : pouvez-vous m'appeler au 06 71 24 58 93 pour me le donner de vive voix ?\n"
    f"Merci\nGilles Arnaud, gestionnaire" + IPH, style="iphone")
add("password_reset", True, None, None, ES, True, "fr",
    "Personal Gmail, no UAI and no académie domain (a département is named, which is not a UAI): no region. The reset template "
    "explains the path (official address, else the head's written request).",
    ("Lucie Perrin", "lucie.perrin.doc@gmail.com"), "Je ne connais pas mon mot de passe", (16, 10, 2),
    "Bonjour,\n\nJe suis documentaliste dans un collège de Saône-et-Loire et je n'ai jamais eu le mot de passe du portail "
    "e-sidoc : ma collègue partie en mutation ne me l'a pas laissé. Je vous écris de mon adresse personnelle parce que je suis "
    "chez moi ce week-end. Que dois-je faire ?\n\nLucie Perrin", style="gmail", html=True)

# ---- automated (21)
add("automated", False, None, BFC, None, False, "fr",
    "Exchange out-of-office for the Ascension bridge (Auto-Submitted, X-Auto-Response-Suppress); region from ac-dijon.fr.",
    ("Isabelle Moreau", "isabelle.moreau@ac-dijon.fr"), "Réponse automatique : [#SUP-007205] Activation de votre compte", (13, 18, 2),
    "Bonjour,\n\nJe suis absente du mercredi 13 au soir au lundi 18 mai (pont de l'Ascension). Vos messages seront traités à mon "
    "retour.\nPour une urgence, merci de contacter l'intendance au 03 80 41 27 56.\n\nIsabelle Moreau",
    irt=desk_id(7205, (13, 18, 1)), hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
add("automated", False, None, PACA, None, False, "fr", "Zimbra vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)'); region from ac-aix-marseille.fr.",
    ("Fabienne Giraud", "fabienne.giraud@ac-aix-marseille.fr"), "Absence (pont de l'Ascension) Re: [#SUP-007233] Notifications de prêt",
    (14, 9, 30), "Bonjour,\n\nLe CDI est fermé du jeudi 14 au dimanche 17 mai. Je lirai votre message lundi.\n\nBonne journée,\n"
    "F. Giraud, professeure documentaliste", style="zimbra", irt=desk_id(7233, (14, 9, 29)),
    hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])
u = U("0341377")
add("automated", False, u, OCC, None, True, "fr",
    "Out-of-office from the school's ce.<UAI> mailbox during the bridge, mentioning password and e-sidoc requests; automatic "
    "(Auto-Submitted). UAI from the address.",
    ("Collège Les Escholiers de la Mosson", "ce.%s@ac-montpellier.fr" % u), "Réponse automatique : [#SUP-007241] Votre demande de mot de passe",
    (15, 7, 1), "Bonjour,\n\nLe collège est fermé le vendredi 15 mai (pont de l'Ascension). Le secrétariat rouvrira le lundi "
    "18 mai à 8 h.\n\nAttention : cette boîte ne traite pas les demandes de mot de passe ENT ou e-sidoc des élèves ; "
    "adressez-les au professeur principal.\n\nLe secrétariat", irt=desk_id(7241, (15, 7, 0)),
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
add("automated", False, None, None, None, False, "en", "English Gmail vacation responder of a publisher contact (Auto-Submitted: auto-replied).",
    ("Tom Haskins", "tom.haskins@northfieldpress.co.uk"), "Re: [#SUP-007250] Catalogue metadata for your titles", (16, 10, 44),
    "Thanks for your email. I'm away on leave until Tuesday 19 May with limited access to email. For anything urgent please "
    "contact sales@northfieldpress.co.uk.\n\nTom", style="gmail", irt=desk_id(7250, (16, 10, 43)),
    hdrs=[("Auto-Submitted", "auto-replied")])
addm("automated", None, None, None, False, "en", "Postfix bounce (multipart/report, original attached), null Return-Path: the former librarian's school address no longer exists.",
     dsn(("Mail Delivery System", "MAILER-DAEMON@mx.college-lamartine-macon.fr"), (12, 10, 17), "documentation@college-lamartine-macon.fr",
         "5.1.1", "550 5.1.1 <documentation@college-lamartine-macon.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         "[#SUP-007180] Votre abonnement est disponible",
         "Bonjour,\n\nVotre abonnement est désormais visible dans votre portail.\n\nCordialement,\nL'équipe d'assistance"))
addm("automated", None, OCC, None, False, "fr", "French non-delivery report from the académie's postmaster (mailbox full), multipart/report; region from ac-toulouse.fr.",
     dsn(("Postmaster", "postmaster@ac-toulouse.fr"), (15, 11, 5), "jean-marc.delpech@ac-toulouse.fr", "5.2.2",
         "552 5.2.2 Mailbox full", "[#SUP-007262] Lien de réinitialisation",
         "Bonjour,\n\nUn lien de réinitialisation vient de partir.\n\nCordialement,\nL'équipe d'assistance",
         human="Votre message n'a pas pu être remis à jean-marc.delpech@ac-toulouse.fr.\n\nLa boîte aux lettres du destinataire "
               "est pleine et ne peut plus recevoir de messages pour le moment.\n\nDiagnostic : 552 5.2.2 Mailbox full",
         lang="fr", subj="Non remis : [#SUP-007262] Lien de réinitialisation"))
m = mdn(("Bruno Faivre", "bruno.faivre@ac-besancon.fr"), (12, 9, 3), "Lu : [#SUP-007219] Votre demande de devis",
        "Votre message\n\n  À : Bruno Faivre\n  Objet : [#SUP-007219] Votre demande de devis\n  Envoyé : lundi 11 mai 2026 17:40:12 "
        "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le mardi 12 mai 2026 09:02:51 (UTC+01:00) Bruxelles, "
        "Copenhague, Madrid, Paris.", 7219, (11, 17, 40))
addm("automated", None, BFC, None, False, "fr", "Outlook read receipt ('Lu :'), multipart/report disposition-notification; region from ac-besancon.fr.", m)
m = mdn(("Daniel Okafor", "d.okafor@lycee-intl-montpellier.example.org"), (13, 8, 31), "Return Receipt (displayed) - [#SUP-007244] Your account request",
        "This is a Return Receipt for the mail that you sent to d.okafor@lycee-intl-montpellier.example.org.\n\nNote: This Return "
        "Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the "
        "recipient has read or understood the message contents.", 7244, (12, 16, 5), style="thunderbird")
addm("automated", None, None, None, False, "en", "Thunderbird return receipt in English, multipart/report disposition-notification.", m)
add("automated", False, None, PACA, ES, True, "fr",
    "Mailing-list post (List-Id, Precedence: list) from a librarian to her colleagues, with a real e-sidoc question: not written "
    "to the desk, never answered. Region from the ac-nice.fr sender.",
    ("Coralie Martin", "coralie.martin@ac-nice.fr"), "[docs-06] Import des nouveautés dans e-sidoc ?", (13, 13, 6),
    "Bonjour à toutes et à tous,\n\nQuelqu'un a-t-il réussi à importer les notices des nouveautés dans e-sidoc depuis la mise à "
    "jour de la semaine dernière ? Chez moi l'import s'arrête à 40 %. Je n'ai pas encore écrit à l'assistance, je préfère vous "
    "demander avant le pont.\n\nCoralie, collège Roland Garros, Nice\n\n_______________________________________________\n"
    "docs-06 mailing list\nhttps://listes.ac-nice.fr/sympa/info/docs-06",
    to="docs-06@listes.ac-nice.fr", style="zimbra", return_path="docs-06-owner@listes.ac-nice.fr", envelope="docs-06-owner@listes.ac-nice.fr",
    hdrs=[("List-Id", "<docs-06.listes.ac-nice.fr>"), ("Precedence", "list"), ("List-Post", "<mailto:docs-06@listes.ac-nice.fr>"),
          ("List-Unsubscribe", "<mailto:sympa@listes.ac-nice.fr?subject=unsubscribe%20docs-06>"), ("Sender", "docs-06-owner@listes.ac-nice.fr")])
add("automated", False, None, None, None, False, "fr", "Publisher newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk.",
    ("Éditions Rivages Jeunesse", "newsletter@info.rivages-jeunesse.fr"), "Nos nouveautés de mai pour les CDI 📚", (12, 7, 30),
    "Découvrez notre sélection de printemps pour les collèges : trois romans graphiques, un documentaire sur les abeilles et "
    "nos offres pour les commandes passées avant le 31 mai.\n\nVoir la sélection : https://info.rivages-jeunesse.fr/mai-2026\n\n"
    "Vous recevez ce message car vous êtes inscrit à la lettre des CDI.\nSe désinscrire : https://info.rivages-jeunesse.fr/u/8f2c91",
    style="plain", mailer="Sendinblue", html=True, return_path="bounce-8f2c91@info.rivages-jeunesse.fr",
    hdrs=[("List-Id", "<lettre-cdi.info.rivages-jeunesse.fr>"), ("Precedence", "bulk"),
          ("List-Unsubscribe", "<https://info.rivages-jeunesse.fr/u/8f2c91>, <mailto:unsub-8f2c91@info.rivages-jeunesse.fr>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
add("automated", False, None, None, EA, False, "fr", "No-reply Espace Acheteur notification to the desk: an order awaits validation. Auto-Submitted: auto-generated.",
    ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), "[Espace Acheteur] Une commande attend votre validation", (18, 6, 0),
    "Bonjour,\n\nLa commande CMD-2026-04418 déposée par le collège Marcel Pagnol (Aubagne) attend la validation d'un "
    "gestionnaire de la structure depuis 5 jours.\n\nConnectez-vous à votre espace pour la traiter.\n\nCe message est envoyé "
    "automatiquement, merci de ne pas y répondre.", style="plain", hdrs=[("Auto-Submitted", "auto-generated")])
add("automated", False, None, None, SG, True, "fr",
    "E-signature invitation to the desk: transactional mail without Auto-Submitted or Precedence; the notification sender and "
    "the wording show it is automatic.",
    ("Signature électronique", "notifications@esignature.example.fr"), "Document en attente de votre signature : Convention de partenariat 2026-2027",
    (13, 11, 12), "Bonjour,\n\nMme Sylvie Roche (Département des achats) vous invite à signer le document « Convention de "
    "partenariat 2026-2027 ».\n\nDate limite : 29 mai 2026\n\nSigner le document : https://esignature.example.fr/s/7Kq2Lm9x\n\n"
    "Cet e-mail a été envoyé automatiquement par le service de signature électronique.", style="plain", html=True,
    return_path="bounce+7kq2lm9x@esignature.example.fr")
add("automated", False, None, None, TP, False, "fr", "Ticket-portal notification: a supplier commented a ticket the desk opened. Auto-Submitted: auto-generated.",
    ("Portail tickets", "ne-pas-repondre@tickets.example.fr"), "[Ticket 58213] Nouveau commentaire de l'éditeur", (18, 9, 13),
    "Le ticket n° 58213 « Synchronisation nocturne interrompue » a reçu un nouveau commentaire.\n\nStatut : En cours\n"
    "Dernière mise à jour : 18/05/2026 09:12\n\nPour consulter ou répondre, connectez-vous au portail. Ne répondez pas à ce message.",
    style="plain", hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
add("automated", False, None, OCC, None, True, "fr",
    "Out-of-office sent by an Outlook client rule: no Auto-Submitted, no Precedence; only the wording (and the In-Reply-To to our "
    "ticket) shows it is automatic. Region from ac-montpellier.fr.",
    ("Christine Vidal", "christine.vidal@ac-montpellier.fr"), "Absente jusqu'au 18 mai", (14, 8, 2),
    "Bonjour,\n\nJe suis absente jusqu'au lundi 18 mai inclus et je ne consulte pas ma messagerie. En cas d'urgence, "
    "adressez-vous au secrétariat de l'agence comptable.\n\nChristine Vidal", irt=desk_id(7226, (14, 8, 1)))
addm("automated", None, None, None, False, "en", "Delay warning from our own relay ('Action: delayed', headers only): not a failure, still automatic.",
     dsn(("Mail Delivery System", "MAILER-DAEMON@relay2.assistance.example.fr"), (15, 14, 22), "documentaliste@lycee-st-charles-marseille.fr",
         "4.4.1", "connect to mx.lycee-st-charles-marseille.fr[203.0.113.40]:25: Connection timed out",
         "[#SUP-007237] Votre commande", "", action="delayed", full=False,
         human="This is the mail system at host relay2.assistance.example.fr.\n\n####################################################"
               "################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n#####################"
               "###############################################\n\nYour message could not be delivered for 4.0 hours.\n"
               "It will be retried until it is 5.0 days old."))
add("automated", False, None, None, None, False, "en", "English Exchange 'Automatic reply:' (Auto-Submitted, X-Auto-Response-Suppress) for the Ascension holiday.",
    ("Mark Ellison", "m.ellison@intl-school-sophia.example.org"), "Automatic reply: [#SUP-007240] Your quote request", (14, 10, 20),
    "I am out of the office for the Ascension holiday and will return on Monday 18 May. Your message will not be forwarded.\n\n"
    "Kind regards,\nMark Ellison\nBusiness Manager", irt=desk_id(7240, (14, 10, 19)),
    hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
addm("automated", None, None, None, False, "fr", "French bounce from a free-mail provider (deactivated mailbox), multipart/report with the original message.",
     dsn(("Mail Delivery System", "MAILER-DAEMON@laposte.net"), (16, 19, 40), "m.bouvier58@laposte.net", "5.2.1", "550 5.2.1 Mailbox disabled",
         "[#SUP-007258] Demande d'informations", "Bonjour,\n\nMerci pour votre message.\n\nCordialement,\nL'équipe d'assistance",
         human="Ceci est le système de messagerie de laposte.net.\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\n"
               "<m.bouvier58@laposte.net> : compte désactivé (inactif depuis plus de 12 mois)\n\nLe message original est joint.",
         lang="fr", subj="Message non remis : [#SUP-007258] Demande d'informations"))
add("automated", False, None, BFC, None, False, "fr",
    "Another help desk's automatic acknowledgement of a message the desk sent (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-dijon.fr.",
    ("Assistance DANE Dijon", "assistance-dane@ac-dijon.fr"), "[DANE-21-88412] Accusé de réception : [#SUP-007228] Transfert vers l'assistance régionale",
    (12, 15, 4), "Bonjour,\n\nNous avons bien reçu votre demande. Elle a été enregistrée sous le numéro DANE-21-88412 et sera "
    "traitée par un technicien dans les meilleurs délais.\nMerci de conserver ce numéro dans l'objet de vos prochains échanges.\n\n"
    "Ceci est un message automatique.", style="plain", irt=desk_id(7228, (12, 15, 3)),
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dane@ac-dijon.fr")])
add("automated", False, None, OCC, None, False, "fr",
    "Zimbra vacation reply of a principal that names orders and invoices: still an auto-reply (Auto-Submitted). Region from ac-toulouse.fr.",
    ("Philippe Cazals", "philippe.cazals@ac-toulouse.fr"), "Absence : [#SUP-007249] Validation de commande", (15, 16, 40),
    "Bonjour,\n\nJe suis absent jusqu'au lundi 18 mai. Pour toute question relative aux commandes ou aux factures, merci de "
    "contacter Mme Py, gestionnaire, au secrétariat d'intendance.\n\nPhilippe Cazals\nPrincipal du collège Mathalin – Auch",
    style="zimbra", irt=desk_id(7249, (15, 16, 39)), hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])
m = mdn(("Laure Ciccolini", "laure.ciccolini@ac-nice.fr"), (13, 8, 12), "Accusé de lecture : [#SUP-007231] Documents du marché",
        "Votre message du 12 mai 2026 à 17:55, intitulé « [#SUP-007231] Documents du marché », a été lu par "
        "laure.ciccolini@ac-nice.fr le 13 mai 2026 à 08:12.", 7231, (12, 17, 55), style="zimbra")
addm("automated", None, PACA, None, False, "fr", "Zimbra read receipt ('Accusé de lecture'), disposition-notification; region from ac-nice.fr.", m)
add("automated", False, None, None, None, False, "fr", "Free-mail vacation responder for the bridge (Auto-Submitted: auto-replied, Precedence: bulk).",
    ("Joëlle Brunet", "joelle.brunet@laposte.net"), "Message d'absence", (15, 20, 12),
    "Bonjour,\nJe profite du pont de l'Ascension loin des écrans. Je vous répondrai à partir du mardi 19 mai.\nBien à vous,\nJoëlle",
    style="plain", irt=desk_id(7260, (15, 20, 11)), hdrs=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])

# ---- other (19)
add("other", False, None, BFC, ES, True, "fr",
    "Thanks only, quoting the reset answer (Gmail style): 'mot de passe' and 'lien' appear but nothing is asked.",
    ("Anne-Sophie Bertin", "anne-sophie.bertin@ac-dijon.fr"), RE(7245, "Mot de passe e-sidoc"), (18, 11, 2),
    "Bonjour,\n\nC'est bon, j'ai pu changer mon mot de passe grâce au lien. Merci pour votre réactivité, même un jour de pont !\n\n"
    "Bonne journée,\nAnne-Sophie", style="gmail", html=True, quote=Q("gmail", 7245, "Mot de passe e-sidoc", (15, 9, 30), DK_RESET))
add("other", False, None, None, None, True, "fr",
    "Phishing: 'your academic mailbox will be suspended, re-enter your password'. The look-alike domain is not an académie domain, "
    "so no region; SPF/DKIM fail.",
    ("Service Messagerie Académique", "securite@ac-aix-marseille-messagerie.com"), "Votre boîte académique sera suspendue sous 24 h",
    (14, 6, 51), "Cher utilisateur,\n\nSuite à la migration de la messagerie académique pendant le pont de l'Ascension, votre "
    "compte doit être revalidé. Sans action de votre part sous 24 heures, votre boîte sera suspendue et vos messages supprimés.\n\n"
    "Revalider mon compte : http://ac-aix-marseille-messagerie.com/valider\n\nVous devrez saisir votre identifiant et votre mot "
    "de passe actuels.\n\nLe service informatique", style="plain", html=True, auth="soft")
add("other", False, None, None, None, False, "en", "English SEO cold pitch (spam).",
    ("Ryan Cole", "ryan@rankboost-agency.net"), "Quick question about assistance.example.fr", (12, 3, 17),
    "Hi there,\n\nI was looking at your website and noticed it isn't ranking on the first page of Google for several keywords in "
    "your niche. We help sites like yours get 3x more organic traffic within 90 days.\n\nWould you be open to a quick 10-minute "
    "call this week?\n\nBest,\nRyan", style="gmail")
add("other", False, None, None, None, False, "fr", "A parent sends a school-trip permission slip to the wrong address: unrelated.",
    ("Céline Marchetti", "celine.marchetti13@free.fr"), "Sortie au Pavillon Noir – autorisation", (12, 19, 40),
    "Bonjour,\n\nJe vous renvoie l'autorisation de sortie de ma fille Lina (4e B) pour la sortie de jeudi prochain. Est-ce que le "
    "car part bien à 8 h devant le collège ?\n\nCordialement,\nCéline Marchetti", style="webmail", attach=["autorisation_sortie_Lina.pdf"])
u = U("0251603")
add("other", False, u, BFC, ES, False, "fr", "Asks for e-sidoc training sessions for new staff: no category fits.",
    ("Aurélie Fournier", "aurelie.fournier@ac-besancon.fr"), "Formation e-sidoc pour l'équipe du CDI", (12, 13, 12),
    f"Bonjour,\n\nNous accueillons deux nouvelles collègues au CDI à la rentrée. Proposez-vous des sessions de formation à "
    f"distance au back office e-sidoc en juin ? Idéalement après le 10, les conseils de classe nous occupent avant.\n\n"
    f"Merci,\nAurélie Fournier\nCollège Lucie Aubrac, Pontarlier – {u}")
add("other", False, None, OCC, None, True, "fr",
    "Closing note on a MailInBlack ticket (Outlook quote): MailInBlack is named but nothing is asked any more.",
    ("Eric Pons", "eric.pons@ac-montpellier.fr"), RE(7210, "Mails bloqués par MailInBlack", "RE : "), (18, 9, 10),
    "Bonjour,\n\nLe service informatique de la mairie a ajouté votre adresse dans MailInBlack, les mails arrivent de nouveau. "
    "Vous pouvez clore le ticket.\n\nMerci,\nEric Pons", quote=Q("outlook", 7210, "Mails bloqués par MailInBlack", (12, 14, 30), DK_MIB))
add("other", False, None, None, None, False, "fr", "Personal sales pitch from a furniture vendor (no list headers): other.",
    ("Jean-Baptiste Durand", "jb.durand@durand-mobilier.fr"), "Aménagement de votre CDI pour la rentrée", (11, 10, 5),
    "Bonjour,\n\nJe me permets de vous contacter au sujet de l'aménagement de votre CDI. Nous fabriquons dans le Jura des "
    "rayonnages et des assises adaptés aux collèges, et nous accordons 15 % de remise sur les commandes passées avant le 31 mai.\n\n"
    "Puis-je vous envoyer notre catalogue ?\n\nJean-Baptiste Durand\nDurand Mobilier Scolaire", html=True)
add("other", False, None, OCC, ES, False, "fr", "Feature suggestion for e-sidoc (export of loans): nothing to fix, other.",
    ("Florence Teyssier", "florence.teyssier@ac-toulouse.fr"), "Suggestion : export des prêts", (15, 10, 25),
    "Bonjour,\n\nUne idée pour une prochaine version d'e-sidoc : pouvoir exporter l'historique des prêts d'une classe en tableur. "
    "Je refais aujourd'hui ce décompte à la main pour le bilan annuel. Rien d'urgent, je profite du calme du pont pour vous "
    "l'écrire !\n\nFlorence Teyssier\nLycée Pyrène, Pamiers", style="zimbra")
add("other", False, None, None, None, True, "fr",
    "Fake Chorus Pro 'rejected invoice' with a PDF and a link asking for bank details, failing SPF/DMARC: phishing, not order_billing.",
    ("Chorus Pro - Facturation", "avis@chorus-pro-paiement.info"), "Avis de rejet de facture n° FR-2026-0514 – action requise",
    (13, 5, 48), "Madame, Monsieur,\n\nVotre facture n° FR-2026-0514 a été rejetée par le service comptable destinataire. Pour "
    "éviter des pénalités de retard, téléchargez l'avis joint et confirmez vos coordonnées bancaires avant le 20 mai à l'adresse "
    "suivante : http://chorus-pro-paiement.info/regulariser\n\nService Chorus Pro", style="plain", auth="fail",
    attach=["Avis_rejet_FR-2026-0514.pdf"])
add("other", False, None, BFC, ES, False, "fr", "Data-protection question (retention of loan history): other.",
    ("Damien Roussel", "damien.roussel@ac-dijon.fr"), "Durée de conservation des historiques de prêt", (11, 11, 40),
    "Bonjour,\n\nLe délégué à la protection des données de l'académie nous demande combien de temps e-sidoc conserve l'historique "
    "des prêts des élèves, et s'il est possible de le purger en fin d'année. Pouvez-vous me dire à qui poser la question, ou "
    "m'envoyer la documentation correspondante ?\n\nDamien Roussel\nDocumentaliste, lycée Carnot – Dijon")
add("other", False, None, None, None, False, "en", "English: a researcher asks for an interview about school library platforms.",
    ("Sarah Lindqvist", "s.lindqvist@uni-example.se"), "Research interview request – school library platforms", (11, 14, 22),
    "Dear support team,\n\nI am a researcher in information science studying how school library platforms are supported in "
    "several European countries. Would someone from your team be willing to take part in a 45-minute online interview in June?\n\n"
    "Kind regards,\nDr Sarah Lindqvist", style="thunderbird")
add("other", False, None, OCC, None, False, "fr", "Asks whether the desk is reachable on the bridge Friday: other.",
    ("Mathieu Andrieu", "mathieu.andrieu@ac-montpellier.fr"), "Assistance ouverte vendredi ?", (13, 16, 45),
    "Bonjour, votre assistance est-elle joignable vendredi 15 (pont) ? Nous avons une réunion d'équipe et je voudrais savoir si on "
    "pourra vous appeler en cas de besoin. Merci. M. Andrieu" + AND, style="android", cte="base64")
u = U("0211944")
add("other", False, u, BFC, ES, True, "fr",
    "Mentions the portal and invoices, but asks how to handle the establishment's change of name: no category fits. UAI in the "
    "signature and in the ce.<UAI> address.",
    ("Collège de Beaune-Nord", "ce.%s@ac-dijon.fr" % u), "Changement de nom de l'établissement", (12, 11, 18),
    f"Bonjour,\n\nPar délibération du conseil départemental, notre établissement s'appellera « collège Simone Veil » à compter du "
    f"1er septembre. Faut-il faire une démarche de votre côté pour que le nom change sur le portail e-sidoc et sur nos factures ?\n\n"
    f"Bien cordialement,\nLe secrétariat de direction\nCollège de Beaune-Nord – {u}", style="zimbra")
add("other", False, None, PACA, None, False, "fr", "Meant for a colleague (address autocomplete), sent to the desk by mistake.",
    ("Nathalie Bérard", "nathalie.berard@ac-nice.fr"), "planning du CDI semaine 21", (13, 18, 30),
    "Coucou Sophie,\n\nComme convenu, voici le planning des permanences du CDI pour la semaine après le pont. Je t'ai mise le mardi "
    "après-midi, dis-moi si ça te va.\n\nBises,\nNathalie", attach=["planning_CDI_S21.pdf"])
add("other", False, None, None, None, False, "fr", "Unsolicited application for a work-study position, CV attached.",
    ("Yanis Belkacem", "yanis.belkacem@outlook.fr"), "Candidature – alternance support informatique", (17, 15, 3),
    "Madame, Monsieur,\n\nÉtudiant en BTS SIO à Avignon, je recherche une alternance en support informatique à partir de "
    "septembre. Vous trouverez mon CV en pièce jointe.\n\nRespectueusement,\nYanis Belkacem", attach=["CV_Yanis_Belkacem.pdf"])
add("other", False, None, OCC, None, False, "fr", "Asks to be removed from the desk's newsletter (retiring): other.",
    ("Gérard Lopez", "gerard.lopez@ac-toulouse.fr"), "Désinscription lettre d'information", (19, 9, 0),
    "Bonjour,\n\nJe pars à la retraite fin juin ; merci de ne plus m'envoyer votre lettre d'information à cette adresse.\n\nG. Lopez",
    style="zimbra")
u = U("0820391")
add("other", False, u, OCC, ES, False, "fr", "Bug report: advanced search of the e-sidoc OPAC returns an error 500; no category covers it.",
    ("Léa Chambert", "lea.chambert@ac-toulouse.fr"), "Erreur sur la recherche avancée du portail", (13, 10, 41),
    f"Bonjour,\n\nDepuis mardi, la recherche avancée du portail e-sidoc du lycée Bourdelle ({u}) renvoie une page « Erreur 500 » "
    f"dès qu'on coche le filtre « Type de document ». La recherche simple fonctionne. Les élèves ont un exposé à rendre après "
    f"le pont, ce serait bien que ça remarche d'ici là.\n\nLéa Chambert")
add("other", False, None, PACA, ES, True, "fr",
    "Follow-up on a ticket about the e-sidoc administrator (Apple quote): she withdraws her request because the head wrote "
    "separately. Nothing to do.",
    ("Sophie Laurent", "sophie.laurent@ac-aix-marseille.fr"), RE(7256, "Changement d'administrateur e-sidoc"), (15, 10, 5),
    "Bonjour,\nJe viens d'apprendre que notre principale vous a écrit hier pour la même demande. Vous pouvez ignorer mon message "
    "et traiter le sien.\nBon week-end\nSophie Laurent" + IPH, style="iphone",
    quote=Q("iphone", 7256, "Changement d'administrateur e-sidoc", (14, 17, 3), DK_ACK))
add("other", False, None, BFC, None, False, "fr", "Asks to be called back about 'our file' without saying what it is: a person must look.",
    ("Bernard Vigneron", "bernard.vigneron@ac-dijon.fr"), "Rappel SVP", (11, 17, 20),
    "Bonjour,\n\nPourriez-vous me rappeler au 03 85 22 14 07 (ligne directe) à propos de notre dossier ? Je suis là lundi et mardi "
    "toute la journée.\n\nB. Vigneron\nAdjoint gestionnaire, lycée Lamartine, Mâcon")

# ---- missing_noreply_mail (17)
u = U("0711890")
add("missing_noreply_mail", True, u, BFC, EA, False, "fr", "New gestionnaire never got the Espace Acheteur activation mail; no anti-spam product named.",
    ("Romain Chevalier", "romain.chevalier@ac-dijon.fr"), "Pas de mail d'activation Espace Acheteur", (11, 10, 50),
    f"Bonjour,\n\nJ'ai pris mes fonctions de gestionnaire au collège Jean Rostand de Chalon-sur-Saône le 4 mai et je me suis "
    f"inscrit sur l'Espace Acheteur jeudi dernier. Le mail d'activation annoncé n'est jamais arrivé.\n\nUAI : {u}\n\n"
    f"Merci de votre aide,\nRomain Chevalier")
add("missing_noreply_mail", True, None, OCC, EA, True, "fr",
    "Reads like a lost password, but the reset tool works and the no-reply mail never arrives: missing_noreply_mail.",
    ("Josiane Pastor", "josiane.pastor@ac-montpellier.fr"), "Mot de passe oublié : rien ne vient", (12, 9, 33),
    "Bonjour,\n\nJ'ai cliqué trois fois sur « mot de passe oublié » sur l'Espace Acheteur, le site m'affiche bien « un e-mail "
    "vous a été envoyé », mais je ne reçois rien depuis hier. Mon adresse est la bonne, je reçois tout le reste.\n\n"
    "Josiane Pastor\nLycée Jean Monnet, Montpellier")
u = U("0130987")
add("missing_noreply_mail", True, u, PACA, ES, False, "fr", "e-sidoc reservation notifications stopped arriving after the académie's mail migration; junk folder checked, no product named.",
    ("Paul Santoni", "paul.santoni@ac-aix-marseille.fr"), "Plus de notifications de réservation", (11, 15, 12),
    f"Bonjour,\n\nDepuis la bascule de la messagerie académique fin avril, je ne reçois plus les notifications automatiques "
    f"d'e-sidoc quand un élève réserve un document. Rien non plus dans les indésirables. Les élèves, eux, reçoivent bien leurs "
    f"rappels.\n\nCollège Longchamp – {u}\nPaul Santoni, documentaliste", style="zimbra")
add("missing_noreply_mail", False, None, BFC, EA, False, "fr",
    "Reply (Outlook quote) after the junk-folder answer: still nothing after the long weekend; asks to go to the region. The "
    "template was already sent, a person must follow up.",
    ("Corinne Jacquot", "corinne.jacquot@ac-besancon.fr"), RE(7217, "Mail de confirmation non reçu", "RE : "), (18, 8, 35),
    "Bonjour,\n\nJ'ai tout vérifié comme indiqué (indésirables, expéditeurs approuvés) et le mail de confirmation de mon "
    "inscription sur l'Espace Acheteur n'est toujours pas arrivé, pont compris. Pouvez-vous transmettre à l'assistance "
    "régionale ou activer le compte de votre côté ?\n\nCorinne Jacquot\nIntendance – Lycée Victor Bérard, Morez",
    quote=Q("outlook", 7217, "Mail de confirmation non reçu", (12, 11, 20), DK_JUNK))
u = U("0110628")
add("missing_noreply_mail", True, u, OCC, ES, True, "fr",
    "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
    ("Hugo Séguier", "hugo.seguier@ac-montpellier.fr"), "Mail d'activation e-sidoc introuvable", (12, 16, 4),
    f"Bonjour,\n\nLe mail d'activation de mon compte de contributeur e-sidoc ne m'est jamais parvenu. J'ai lu dans votre FAQ "
    f"qu'il fallait parfois autoriser votre adresse dans MailInBlack, mais nous n'avons pas MailInBlack au collège : notre "
    f"messagerie est celle de l'académie, sans filtre particulier. Les indésirables sont vides.\n\n"
    f"Collège Varsovie, Carcassonne ({u})\nHugo Séguier", style="thunderbird")
add("missing_noreply_mail", True, None, None, EA, False, "fr",
    "Not the account holder: a colleague writes from a personal SFR address for the gestionnaire whose order notifications stopped; "
    "no UAI (school name only) and no académie domain, so no region.",
    ("Valérie Nicolas", "valerie.nicolas84@sfr.fr"), "Notifications de l'Espace Acheteur pour notre gestionnaire", (16, 9, 20),
    "Bonjour,\n\nJe suis secrétaire d'intendance au collège Jean Giono de Manosque et j'écris de chez moi pour ma collègue "
    "gestionnaire, Mme Testanière, qui n'a pas accès à ses mails cette semaine. Depuis début mai, elle ne reçoit plus les "
    "messages automatiques de l'Espace Acheteur annonçant qu'une commande attend sa validation ; elle a dû aller vérifier à la "
    "main.\n\nPouvez-vous regarder ?\nMerci,\nValérie Nicolas", style="webmail", mailer="SFR Mail")
add("missing_noreply_mail", True, None, None, EA, False, "en", "English; activation e-mail for the Espace Acheteur never arrived, spam folder checked.",
    ("Emily Carter", "e.carter@ecole-internationale-montpellier.example.org"), "Activation email never received", (12, 12, 9),
    "Hello,\n\nI registered on the Espace Acheteur last Tuesday to order books for our primary section, but the activation email "
    "has not arrived. I checked my spam folder twice.\n\nCould you look into it?\n\nBest regards,\nEmily Carter\nBursar")
u = U("0900318")
add("missing_noreply_mail", True, u, BFC, EA, False, "fr", "Sign-up confirmation not received in the school's ce.<UAI> mailbox; UAI only in the sender address.",
    ("Collège Simone Signoret", "ce.%s@ac-besancon.fr" % u), "Confirmation d'inscription jamais reçue", (13, 10, 14),
    "Bonjour,\n\nNotre nouvelle adjointe gestionnaire s'est inscrite mardi sur l'Espace Acheteur avec l'adresse du collège. Le "
    "message de confirmation n'est pas arrivé dans cette boîte, ni dans le dossier des indésirables.\n\nLe secrétariat")
add("missing_noreply_mail", True, None, PACA, EA, False, "fr", "One-line message from an iPhone on Ascension day: activation mail still not received.",
    ("Alain Reynaud", "alain.reynaud@ac-aix-marseille.fr"), "Mail d'activation", (14, 11, 48),
    "Toujours pas reçu le mail d'activation de l'Espace Acheteur depuis lundi. Pouvez-vous vérifier ?\nA. Reynaud\n"
    "Lycée Paul Arène Sisteron" + IPH, style="iphone")
u = U("0320207")
add("missing_noreply_mail", False, u, OCC, EA, True, "fr",
    "Two topics: activation mail never arrived (first) and a quote for the e-sidoc renewal (order_billing); the junk-folder "
    "template would answer only half.",
    ("Nicolas Barrère", "nicolas.barrere@ac-toulouse.fr"), "Inscription + demande de devis", (13, 11, 37),
    f"Bonjour,\n\nJe me suis inscrit sur l'Espace Acheteur lundi pour le lycée Le Garros ({u}) mais je n'ai pas reçu le mail "
    f"d'activation. Par ailleurs, pouvez-vous m'adresser un devis pour l'abonnement e-sidoc 2026-2027 ? Notre conseil "
    f"d'administration vote le budget le 26 mai.\n\nCordialement,\nNicolas Barrère\nGestionnaire")
add("missing_noreply_mail", True, None, BFC, ES, False, "fr", "e-sidoc loan reminders used to land in junk, now nothing at all; no product named.",
    ("Maryse Delorme", "maryse.delorme@ac-dijon.fr"), "Messages automatiques e-sidoc disparus", (11, 14, 50),
    "Bonjour,\n\nJusqu'en avril, les messages de rappel de prêt d'e-sidoc arrivaient dans mes indésirables ; je les repêchais. "
    "Depuis deux semaines, plus rien du tout, même là. L'adresse no-reply est pourtant dans mes contacts.\n\n"
    "Maryse Delorme\nCollège Champollion, Dijon", style="zimbra")
u = U("0132205")
add("missing_noreply_mail", True, u, PACA, EA, True, "fr",
    "About an order, but what is asked is the missing no-reply order confirmation: missing_noreply_mail, not order_billing.",
    ("Frédéric Orsini", "frederic.orsini@ac-aix-marseille.fr"), "Confirmation de commande non reçue", (13, 9, 2),
    f"Bonjour,\n\nJ'ai validé mardi une commande sur l'Espace Acheteur (le site affiche bien « commande transmise »), mais le "
    f"mail de confirmation automatique ne m'est pas parvenu, ni à moi ni à l'adresse du collège. C'est la première fois.\n\n"
    f"Collège Marcel Pagnol, Aubagne – {u}\nF. Orsini, adjoint gestionnaire")
u = U("0480097")
add("missing_noreply_mail", True, u, OCC, ES, True, "fr",
    "Subject 'Mot de passe' is misleading: the forgot-password page works, the reset mail never arrives: missing_noreply_mail.",
    ("Cécile Boyer", "cecile.boyer@ac-montpellier.fr"), "Mot de passe", (12, 17, 26),
    f"Bonjour,\n\nJe n'ai pas de problème pour trouver la page « mot de passe oublié » du portail e-sidoc : je l'ai utilisée deux "
    f"fois hier. C'est le mail de réinitialisation qui n'arrive jamais dans ma boîte académique.\n\n"
    f"Collège Henri Bourrillon, Mende ({u})\nCécile Boyer")
add("missing_noreply_mail", True, None, OCC, TP, False, "fr", "Ticket-portal mail to choose a password never arrived.",
    ("Serge Lafont", "serge.lafont@ac-montpellier.fr"), "Portail tickets : pas de mail pour créer mon mot de passe", (11, 9, 6),
    "Bonjour,\n\nVotre collègue m'a ouvert un accès au portail de suivi des tickets mardi dernier. Le message qui doit me permettre "
    "de choisir mon mot de passe n'est jamais arrivé.\n\nSerge Lafont\nService informatique, lycée Joffre")
u = U("0040431")
add("missing_noreply_mail", True, u, PACA, ES, False, "fr",
    "A deputy principal writes for the new librarian: the e-sidoc activation mail never arrived. Not a head request.",
    ("Jacques Meunier", "jacques.meunier@ac-aix-marseille.fr"), "Compte e-sidoc de notre nouvelle documentaliste", (12, 14, 44),
    f"Bonjour,\n\nJe vous écris pour Mme Armand, notre nouvelle professeure documentaliste, qui n'a pas encore d'adresse "
    f"académique active. Le compte e-sidoc créé pour elle vendredi devait déclencher un mail d'activation vers l'adresse du CDI : "
    f"rien n'est arrivé.\n\nPouvez-vous vérifier l'envoi ?\n\nJacques Meunier\nPrincipal adjoint, collège Pierre Girardot – {u}")
add("missing_noreply_mail", True, None, OCC, SG, True, "fr",
    "About a convention, but what is missing is the e-signature invitation (an automatic mail): missing_noreply_mail, not contract_documents.",
    ("Anne Marty", "anne.marty@ac-toulouse.fr"), "Convention à signer : pas reçu l'invitation", (13, 14, 20),
    "Bonjour,\n\nVotre collègue m'annonce que la convention 2026-2027 m'a été envoyée pour signature électronique lundi. Je n'ai "
    "reçu aucune invitation de la plateforme de signature, ni dans ma boîte ni dans les indésirables. Pouvez-vous la renvoyer ?\n\n"
    "Anne Marty\nAgent comptable, lycée Bellevue, Toulouse", style="zimbra")
add("missing_noreply_mail", True, None, PACA, EA, True, "fr",
    "Reply on an old account-creation ticket (Outlook 'Message d'origine' quote) with a new question: the new-password mail does not arrive.",
    ("Christelle Guidi", "christelle.guidi@ac-nice.fr"), RE(7102, "Activation de votre compte", "RE : "), (18, 14, 5),
    "Bonjour,\n\nJe reviens vers vous sur le même fil : mon compte Espace Acheteur fonctionne depuis votre dernier message, mais "
    "aujourd'hui j'ai demandé un nouveau mot de passe et le mail correspondant ne vient pas.\n\nChristelle Guidi\n"
    "Collège Roland Garros, Nice", quote=Q("orig", 7102, "Activation de votre compte", (5, 10, 15), DK_ACCT))

# ---- head_of_establishment_request (13)
u = U("0211523")
add("head_of_establishment_request", False, u, BFC, ES, False, "fr",
    "The principal, from the ce.<UAI> address, designates the new librarian as e-sidoc administrator.",
    ("Principal - Collège Les Marcs d'Or", "ce.%s@ac-dijon.fr" % u), "Changement d'administrateur du portail e-sidoc", (12, 16, 20),
    f"Madame, Monsieur,\n\nEn ma qualité de principal du collège Les Marcs d'Or (UAI {u}), je vous demande de désigner Mme Elsa "
    f"Perrot, professeure documentaliste, comme administratrice du portail e-sidoc de l'établissement, en remplacement de "
    f"M. Dubreuil, muté au 1er mai.\n\nAdresse de contact à enregistrer : elsa.perrot@ac-dijon.fr\n\nJe vous prie d'agréer, "
    f"Madame, Monsieur, mes salutations distinguées.\n\nFrançois Lemaire\nPrincipal", style="zimbra", html=True)
u = U("0341720")
add("head_of_establishment_request", False, u, OCC, ES, True, "fr",
    "The proviseur writes from a personal Gmail on his phone: still a head-of-establishment request (admin reset and new contact "
    "address), but not from the official address, so staff must verify before acting.",
    ("Patrick Dalmas", "patrick.dalmas.34@gmail.com"), "Demande du proviseur – accès administrateur e-sidoc", (15, 9, 48),
    f"Bonjour,\n\nProviseur du lycée Jules Guesde ({u}), je vous écris de mon téléphone car je suis en déplacement pour le pont. "
    f"Je vous demande de réinitialiser le mot de passe administrateur du portail e-sidoc et de remplacer l'adresse de contact "
    f"par celle de notre nouvelle documentaliste, ines.castel@ac-montpellier.fr.\n\nJe confirmerai depuis la boîte du lycée "
    f"lundi si nécessaire.\n\nPatrick Dalmas\nProviseur" + IPH, style="iphone")
u = U("0831209")
add("head_of_establishment_request", False, u, PACA, EA, True, "fr",
    "A secretary relays the principal's signed letter (PDF) from the ce.<UAI> mailbox while he is away, head in copy: the head's "
    "written request for a change of structure administrator.",
    ("Secrétariat de direction", "ce.%s@ac-nice.fr" % u), "Courrier du principal – administrateur Espace Acheteur", (13, 17, 10),
    "Bonjour,\n\nNotre principal, M. Ferrandi, étant absent jusqu'au lundi 18 mai, il m'a chargée de vous transmettre son courrier "
    "signé ci-joint : il demande que Mme Coste, adjointe gestionnaire, devienne administratrice de la structure sur l'Espace "
    "Acheteur à la place de M. Blanc, parti à la retraite.\n\nM. Ferrandi est en copie de ce message.\n\nBien cordialement,\n"
    "Marie-Pierre Santucci\nSecrétaire de direction", cc=[("Jean-Louis Ferrandi", "jean-louis.ferrandi@ac-nice.fr")],
    attach=["Courrier_principal_administrateur_Espace_Acheteur.pdf"])
u = U("0311678")
add("head_of_establishment_request", False, u, OCC, EA, True, "fr",
    "The deputy head authorises an order by delegation of the absent proviseur: a written authorisation of an order for staff "
    "to check (including the delegation), not order_billing.",
    ("Claire Rivière", "claire.riviere@ac-toulouse.fr"), "Autorisation commande ressources numériques", (11, 15, 30),
    f"Madame, Monsieur,\n\nPar délégation du proviseur, absent cette semaine, j'autorise la validation de la commande "
    f"n° CMD-2026-03972 passée sur l'Espace Acheteur par notre gestionnaire (montant : 4 380 € TTC), qui dépasse le seuil pour "
    f"lequel une autorisation écrite est requise.\n\nClaire Rivière\nProviseure adjointe, lycée Ozenne – {u}")
u = U("0890644")
add("head_of_establishment_request", False, u, BFC, ES, False, "fr",
    "A primary-school head (directrice d'école) asks, from the school's official address, to replace the e-sidoc contact address.",
    ("Directrice école des Champs-Plaisants", "ce.%s@ac-dijon.fr" % u), "Adresse de contact du compte e-sidoc de l'école", (11, 12, 5),
    f"Bonjour,\n\nJe suis la directrice de l'école élémentaire des Champs-Plaisants à Sens ({u}). Je vous demande de remplacer "
    f"l'adresse de contact du compte e-sidoc de l'école, qui est encore celle de mon prédécesseur, par l'adresse de l'école "
    f"(celle-ci).\n\nMerci,\nNathalie Guérin\nDirectrice", style="zimbra")
u = U("0840512")
add("head_of_establishment_request", False, u, PACA, EA, True, "fr",
    "Order vocabulary (number, validation), but it is the head authorising the order in writing from the ce.<UAI> address: "
    "head_of_establishment_request, not order_billing.",
    ("Proviseur Lycée Philippe de Girard", "ce.%s@ac-aix-marseille.fr" % u), "Commande CMD-2026-04102 – validation", (13, 11, 55),
    "Bonjour,\n\nJe confirme par la présente que j'autorise la commande CMD-2026-04102 (abonnements presse numérique pour le CDI) "
    "saisie par notre gestionnaire sur l'Espace Acheteur. Merci de la débloquer afin qu'elle puisse être traitée avant le pont.\n\n"
    "Jean-Marc Aubert\nProviseur")
u = U("0391104")
add("head_of_establishment_request", False, u, BFC, ES, True, "fr",
    "Head's written request for an admin password reset from the ce.<UAI> address; the P.S. only announces a future quote request.",
    ("Principal Collège Aristide Briand", "ce.%s@ac-besancon.fr" % u), "Réinitialisation du compte administrateur e-sidoc", (12, 8, 58),
    f"Madame, Monsieur,\n\nJe vous demande de réinitialiser le mot de passe du compte administrateur e-sidoc du collège Aristide "
    f"Briand ({u}) et d'envoyer le lien à l'adresse de l'établissement : notre documentaliste a quitté ses fonctions sans "
    f"transmettre ses accès.\n\nVeuillez agréer mes salutations distinguées.\n\nDominique Vuillet\nPrincipal\n\n"
    f"P.-S. : notre gestionnaire vous écrira séparément pour un devis de renouvellement.")
u = U("0133366")
add("head_of_establishment_request", False, u, PACA, EA, True, "fr",
    "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and the Reply-To is the Gmail address it wants as "
    "administrator: a probable spoof. Still a head request for the queue, where staff should refuse it.",
    ("Proviseur Lycée Thiers", "ce.%s@ac-aix-marseille.fr" % u), "URGENT – changement adresse administrateur", (16, 22, 14),
    f"Bonjour,\n\nJe suis le proviseur du lycée Thiers ({u}). Suite à un problème de messagerie, veuillez immédiatement remplacer "
    f"l'adresse de l'administrateur de notre compte Espace Acheteur par proviseur.thiers.marseille@gmail.com et y envoyer les "
    f"nouveaux identifiants. Je suis injoignable par téléphone ce week-end.\n\nMerci de faire vite.\nLe Proviseur",
    style="webmail", auth="fail", reply_to="proviseur.thiers.marseille@gmail.com", envelope="bounce@mailer-smtp-relay.example.net")
u = U("0061547")
add("head_of_establishment_request", False, u, PACA, ES, False, "en",
    "English; the Head of a private international school asks in writing to transfer the e-sidoc administrator rights.",
    ("Jonathan Price", "head@isn-nice.example.org"), "Change of administrator – written authorisation", (12, 9, 37),
    f"Dear Sir or Madam,\n\nAs Head of the International School of Nice (UAI {u}), I am writing to ask you to transfer the "
    f"administrator rights of our e-sidoc portal from Mr Alan Reed, who leaves us at the end of May, to our new librarian, "
    f"Ms Clara Moretti (clara.moretti@isn-nice.example.org).\n\nPlease let me know if you need this on headed paper.\n\n"
    f"Yours faithfully,\nJonathan Price\nHead of School")
u = U("0120654")
add("head_of_establishment_request", False, u, OCC, ES, True, "fr",
    "Reply (Zimbra quote) on a password_reset ticket after the desk asked for the head's written request: this message is that "
    "request, from the ce.<UAI> address.",
    ("Principale Collège Jean Boudou", "ce.%s@ac-toulouse.fr" % u), RE(7221, "Mot de passe administrateur e-sidoc"), (18, 7, 52),
    "Bonjour,\n\nSuite à votre réponse à notre documentaliste, je vous confirme par écrit, en tant que cheffe d'établissement, ma "
    "demande : merci de réinitialiser le mot de passe du compte administrateur e-sidoc du collège et d'envoyer le lien à cette "
    "adresse.\n\nCordialement,\nMartine Bousquet\nPrincipale du collège Jean Boudou", style="zimbra",
    quote=Q("zimbra", 7221, "Mot de passe administrateur e-sidoc", (12, 10, 14), DK_HEAD))
u = U("0251449")
add("head_of_establishment_request", False, u, BFC, ES, False, "fr",
    "The proviseure asks to delete a departed teacher's account and move the administrator rights to the librarian.",
    ("Sylvie Faivre-Pierret", "sylvie.faivre-pierret@ac-besancon.fr"), "Suppression d'un compte et transfert des droits", (11, 11, 3),
    f"Madame, Monsieur,\n\nProviseure du lycée Louis Pergaud ({u}), je vous demande de supprimer le compte e-sidoc de M. Gauthier, "
    f"qui ne fait plus partie de l'établissement depuis le 30 avril, et de transférer ses droits d'administrateur à M. Rey, "
    f"professeur documentaliste.\n\nCordialement,\nSylvie Faivre-Pierret\nProviseure")
u = U("0300777")
add("head_of_establishment_request", False, u, OCC, EA, False, "fr",
    "The proviseure, from her personal académie address, designates a new structure administrator on the Espace Acheteur.",
    ("Corinne Estève", "corinne.esteve@ac-montpellier.fr"), "Désignation d'un nouvel administrateur – Espace Acheteur", (13, 9, 12),
    f"Bonjour,\n\nJe suis proviseure du lycée Alphonse Daudet de Nîmes ({u}). Notre gestionnaire, M. Sabatier, partant en congé "
    f"de longue durée, je souhaite que Mme Ribot, adjointe gestionnaire, devienne administratrice de la structure sur l'Espace "
    f"Acheteur dès maintenant.\n\nJe reste disponible pour toute vérification.\n\nCorinne Estève", style="zimbra")
u = U("0050298")
add("head_of_establishment_request", False, u, PACA, EA, False, "fr",
    "A principal, in a hurry on his phone but from the ce.<UAI> address, agrees to a new contact address for the Espace Acheteur account.",
    ("Principal collège des Garcins", "ce.%s@ac-aix-marseille.fr" % u), "Accord changement adresse de contact", (15, 17, 1),
    "Bonjour, je confirme mon accord pour que l'adresse de contact de notre compte Espace Acheteur devienne celle de Mme Gros, "
    "notre gestionnaire (nadege.gros@ac-aix-marseille.fr). Désolé pour la brièveté, je suis sur mon téléphone.\n"
    "P. Chabrand, principal" + AND, style="android", cte="base64")

# ---- mailinblack_spam (13)
u = U("0212077")
add("mailinblack_spam", True, u, BFC, EA, False, "fr", "Espace Acheteur activation mail held by MailInBlack; the user cannot release it.",
    ("Éric Bourgeois", "eric.bourgeois@ac-dijon.fr"), "Lien d'activation bloqué par MailInBlack", (11, 9, 55),
    f"Bonjour,\n\nLe mail d'activation de l'Espace Acheteur est retenu par MailInBlack : j'ai reçu la notification de blocage mais "
    f"je n'ai pas les droits pour libérer le message. Comment faire ?\n\nÉric Bourgeois\nGestionnaire, collège Gaston Roupnel – {u}")
add("mailinblack_spam", True, None, OCC, None, False, "fr", "MailInBlack named and its sender-authentication challenge described; no platform named.",
    ("Mireille Castagné", "mireille.castagne@ac-toulouse.fr"), "Vos messages en attente d'authentification", (12, 10, 48),
    "Bonjour,\n\nNotre conseil départemental a installé MailInBlack sur les boîtes des collèges du Tarn. Depuis, vos mails de "
    "notification restent « en attente d'authentification » : l'expéditeur est censé cliquer sur un lien pour prouver qu'il est "
    "humain, ce qu'une adresse no-reply ne fera jamais. Pouvez-vous nous aider ?\n\nMireille Castagné\nCollège Louis Pasteur, Graulhet")
u = U("0301129")
add("mailinblack_spam", True, u, OCC, ES, False, "fr", "Daily MailInBlack quarantine report holds the e-sidoc loan notices.",
    ("Gaëlle Pujol", "gaelle.pujol@ac-montpellier.fr"), "Rapport de quarantaine", (13, 8, 7),
    f"Bonjour,\n\nJe reçois chaque matin un rapport de quarantaine MailInBlack qui contient vos messages "
    f"(no-reply@assistance.example.fr), notamment les avis de prêt e-sidoc. Faut-il que je les libère un par un ou pouvez-vous "
    f"faire quelque chose ?\n\nGaëlle Pujol\nCollège Diderot, Alès – {u}", style="zimbra")
add("mailinblack_spam", False, None, OCC, None, True, "fr",
    "Follow-up (Gmail quote) after the MailInBlack guide: the town's IT runs the filter and is closed; asks the desk or the region "
    "to contact them. The guide was already sent, so a person must act. A school director writes, but asks nothing a head request covers.",
    ("Sabine Ortiz", "sabine.ortiz@ac-montpellier.fr"), RE(7207, "Mails retenus par MailInBlack"), (15, 11, 16),
    "Bonjour,\n\nMerci pour le guide, mais à l'école ce n'est pas nous qui gérons MailInBlack : c'est le service informatique de la "
    "mairie de Lunel, et il est fermé jusqu'à lundi. Pouvez-vous voir directement avec eux ou avec l'assistance régionale ? "
    "Nous ne recevons toujours rien.\n\nSabine Ortiz\nDirectrice de l'école Jean Jaurès, Lunel", style="gmail", html=True,
    quote=Q("gmail", 7207, "Mails retenus par MailInBlack", (11, 15, 40), DK_MIB))
u = U("0840661")
add("mailinblack_spam", False, u, PACA, EA, True, "fr",
    "Two topics: MailInBlack blocks order notifications (first) and a lost Espace Acheteur password; one template answers only half.",
    ("Thomas Reboul", "thomas.reboul@ac-aix-marseille.fr"), "MailInBlack et mot de passe", (14, 16, 30),
    f"Bonjour,\n\nDeux soucis :\n- MailInBlack bloque vos notifications de commande, notre référent informatique est en congé ;\n"
    f"- et j'ai perdu le mot de passe de l'Espace Acheteur en voulant vérifier la commande depuis chez moi.\n\n"
    f"Pouvez-vous m'aider sur les deux ?\n\nThomas Reboul\nCollège Anselme Mathieu – {u}")
add("mailinblack_spam", True, None, BFC, EA, True, "fr",
    "Subject says 'mail non reçu' (missing_noreply_mail wording), but the body names MailInBlack as the blocker.",
    ("Bérangère Moulin", "berangere.moulin@ac-besancon.fr"), "mail non reçu", (11, 16, 2),
    "Bonjour,\n\nLe message de confirmation de mon inscription à l'Espace Acheteur n'est jamais arrivé. En cherchant, notre "
    "informaticien l'a retrouvé bloqué dans la console MailInBlack du lycée. Il demande quelle adresse exacte il doit autoriser.\n\n"
    "Bérangère Moulin\nLycée Jules Haag, Besançon")
add("mailinblack_spam", True, None, OCC, None, False, "en", "English; the school's new MailInBlack filter holds the no-reply mails; asks how to whitelist.",
    ("Peter Dunn", "peter.dunn@ac-toulouse.fr"), "Emails stuck in MailInBlack quarantine", (12, 13, 15),
    "Hello,\n\nOur school's new MailInBlack filter seems to be holding every email from your no-reply address, including the "
    "password reset messages. Could you tell me how to get your address whitelisted?\n\nThanks,\nPeter Dunn\n"
    "IT coordinator, Lycée Saint-Sernin, Toulouse", style="thunderbird")
add("mailinblack_spam", True, None, PACA, None, True, "fr", "Phone message, product spelled 'mail in black', no accents or capitals.",
    ("", "sandra.klein@ac-nice.fr"), "mails bloques", (16, 8, 41),
    "bonjour le mail in black du college bloque tous vos mails depuis la semaine derniere, comment on fait pour vous mettre en "
    "liste blanche ? merci\nsandra klein clg les muriers" + GAL, style="android")
add("mailinblack_spam", True, None, None, ES, False, "fr",
    "The département's IT department, which runs MailInBlack for its collèges, asks which senders to allow-list; no académie domain.",
    ("Pôle systèmes et réseaux – Département de la Nièvre", "dsi-colleges@nievre.example.fr"), "Liste blanche MailInBlack pour vos envois",
    (12, 11, 26), "Bonjour,\n\nNous administrons la solution MailInBlack pour les 22 collèges de la Nièvre. Plusieurs établissements "
    "nous signalent que vos messages (activation de compte, notifications e-sidoc) sont bloqués. Pouvez-vous nous communiquer la "
    "liste des adresses et domaines d'envoi à autoriser ?\n\nCordialement,\nPôle systèmes et réseaux\nDirection du numérique")
u = U("0700544")
add("mailinblack_spam", True, u, BFC, EA, False, "fr",
    "Not the account holder: the secretary checks the absent gestionnaire's mailbox; Espace Acheteur mails 'en attente d'authentification' in MailInBlack.",
    ("Agathe Roussel", "agathe.roussel@ac-besancon.fr"), "Messages de l'Espace Acheteur retenus", (13, 10, 58),
    f"Bonjour,\n\nJe vous écris pour notre gestionnaire, Mme Perrin, absente cette semaine. Elle m'a demandé de vérifier sa boîte : "
    f"plusieurs messages de l'Espace Acheteur y sont signalés « en attente d'authentification » par MailInBlack depuis le 7 mai. "
    f"Que faut-il faire pour qu'ils arrivent ?\n\nAgathe Roussel\nSecrétaire d'intendance, collège Desault, Lure ({u})")
add("mailinblack_spam", True, None, OCC, ES, True, "fr",
    "Forward of the sender-authentication challenge; MailInBlack is named only in the forwarded text's footer.",
    ("Lionel Garcia", "lionel.garcia@ac-montpellier.fr"), "TR: Votre message est en attente de validation", (12, 15, 19),
    "Bonjour,\n\nVotre adresse no-reply a reçu le message ci-dessous quand elle m'a écrit ; je suppose qu'il bloque mes mails "
    "d'activation e-sidoc. Je vous le transfère.\n\nLionel Garcia\nLycée Jean Lurçat, Perpignan\n\n"
    "-------- Message transféré --------\nDe : lionel.garcia@ac-montpellier.fr\nÀ : no-reply@assistance.example.fr\n"
    "Objet : Votre message est en attente de validation\n\nBonjour,\nVotre message à destination de lionel.garcia@ac-montpellier.fr "
    "est en attente. Afin qu'il soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous.\n"
    "Ce service est protégé par MailInBlack.", style="thunderbird")
u = U("0660789")
add("mailinblack_spam", True, u, OCC, ES, False, "fr",
    "From the ce.<UAI> mailbox for the librarian: e-sidoc overdue alerts stopped in MailInBlack. UAI only in the address.",
    ("Collège Pierre Moreto", "ce.%s@ac-montpellier.fr" % u), "Alertes e-sidoc arrêtées par MailInBlack", (11, 14, 6),
    "Bonjour,\n\nLe CDI ne reçoit plus les alertes de retard de prêt du portail e-sidoc : elles sont toutes arrêtées dans "
    "MailInBlack, installé par le département en avril. Pourriez-vous nous indiquer la démarche pour les débloquer durablement ?\n\n"
    "Le secrétariat, pour Mme Bosch, documentaliste", style="zimbra")
add("mailinblack_spam", True, None, PACA, EA, True, "fr",
    "Reply (Gmail quote) on a finished password ticket with a new topic: earlier mails were blocked by MailInBlack; asks for the allow-list procedure.",
    ("Hervé Lambert", "herve.lambert@ac-nice.fr"), RE(7203, "Mot de passe Espace Acheteur"), (18, 16, 12),
    "Bonjour,\n\nMerci, le mot de passe est changé. Mais du coup je découvre que tous vos mails précédents étaient bloqués par "
    "MailInBlack au collège, dont la confirmation de commande. Avez-vous un mode d'emploi pour autoriser votre adresse ?\n\n"
    "Hervé Lambert\nCollège Jean Franco, Saint-Étienne-de-Tinée", style="gmail",
    quote=Q("gmail", 7203, "Mot de passe Espace Acheteur", (11, 10, 5), DK_RESET))

# ---- order_billing (9)
u = U("0580833")
add("order_billing", False, u, BFC, ES, False, "fr", "Asks for a quote for the e-sidoc renewal, needed for the bon d'engagement.",
    ("Sylvain Thomas", "sylvain.thomas@ac-dijon.fr"), "Demande de devis abonnement e-sidoc 2026-2027", (11, 14, 35),
    f"Bonjour,\n\nPour préparer le budget, pourriez-vous m'envoyer un devis pour le renouvellement de l'abonnement e-sidoc du "
    f"collège Les Loges, à Nevers (UAI {u}) ? Le bon d'engagement doit partir avant la fin mai.\n\nCordialement,\n"
    f"Sylvain Thomas\nGestionnaire")
u = U("0340988")
add("order_billing", False, u, OCC, EA, False, "fr", "Invoice for an Espace Acheteur order still not in Chorus Pro.",
    ("Agence comptable lycée Jean Mermoz", "agence.comptable.mermoz@ac-montpellier.fr"), "Facture absente de Chorus Pro", (12, 10, 2),
    f"Bonjour,\n\nNous n'avons toujours pas reçu dans Chorus Pro la facture de la commande du 2 avril passée sur l'Espace Acheteur "
    f"(ressources numériques CDI). Notre code service exécutant est AC-MERMOZ et notre SIRET 193 409 884 00017. Pouvez-vous la "
    f"déposer rapidement ? La clôture des mandats approche.\n\nL'agence comptable\nLycée Jean Mermoz – {u}")
add("order_billing", False, None, BFC, EA, True, "fr",
    "Reply on a password-reset ticket (Outlook quote): the reset worked and the new request is a quote, so order_billing.",
    ("Hélène Tissot", "helene.tissot@ac-besancon.fr"), RE(7206, "Mot de passe Espace Acheteur", "RE : "), (12, 9, 21),
    "Bonjour,\n\nLe lien a fonctionné, merci. Maintenant que j'ai accès, pourriez-vous m'établir un devis pour 30 licences de la "
    "ressource « Lire en ligne » ? Je dois le présenter au conseil d'administration du 28 mai.\n\nHélène Tissot\n"
    "Gestionnaire, collège Lucien Febvre, Saint-Claude", quote=Q("outlook", 7206, "Mot de passe Espace Acheteur", (11, 14, 2), DK_RESET))
u = U("0830911")
add("order_billing", False, u, PACA, EA, False, "fr", "Saved basket emptied before validation, and the validate button stays greyed out.",
    ("Yannick Barbier", "yannick.barbier@ac-nice.fr"), "Panier vidé avant validation", (18, 8, 48),
    f"Bonjour,\n\nJ'avais préparé mercredi un panier de 14 titres sur l'Espace Acheteur pour le CDI, à valider après le pont. Ce "
    f"matin le panier est vide. Est-il récupérable, ou faut-il tout ressaisir ? Et le bouton « Valider la commande » reste grisé "
    f"même quand j'ajoute un article.\n\nY. Barbier\nCollège Django Reinhardt, Toulon – {u}", style="zimbra")
add("order_billing", False, None, None, EA, False, "fr", "Private school asks whether it may pay by bank transfer after invoice, and for bank details.",
    ("Estelle Garnier", "estelle.garnier@institution-sainte-marie-beaune.fr"), "Moyens de paiement acceptés", (12, 16, 11),
    "Bonjour,\n\nNous sommes un établissement privé sous contrat et nous réglons habituellement par virement après réception de "
    "facture. Est-ce possible pour une commande sur l'Espace Acheteur, ou faut-il payer par carte à la commande ? Pouvez-vous "
    "également nous envoyer un RIB ?\n\nEstelle Garnier\nComptabilité, Institution Sainte-Marie, Beaune")
u = U("0120821")
add("order_billing", False, u, OCC, None, False, "fr", "Invoice lacks the bon d'engagement number and Chorus rejects it; asks for a corrected invoice. No product named.",
    ("Marc Vernhes", "marc.vernhes@ac-toulouse.fr"), "Facture à rectifier (numéro d'engagement)", (13, 15, 7),
    f"Bonjour,\n\nLa facture FA-2026-11873 que vous nous avez adressée ne mentionne pas notre numéro de bon d'engagement "
    f"(BE 2026-047), et Chorus la rejette. Pouvez-vous nous renvoyer une facture rectifiée ?\n\nMarc Vernhes\n"
    f"Adjoint gestionnaire, lycée Foch, Rodez ({u})")
u = U("0390512")
add("order_billing", False, u, BFC, ES, False, "fr", "Invoice for the e-sidoc subscription sent to the former gestionnaire and old postal address; written from an iPhone on Saturday.",
    ("Pascale Jeunet", "pascale.jeunet@ac-besancon.fr"), "Facture abonnement e-sidoc – mauvaise adresse", (16, 9, 57),
    f"Bonjour,\nVotre facture du 6 mai pour l'abonnement e-sidoc est adressée à mon prédécesseur et à notre ancienne adresse "
    f"postale (nous avons déménagé en février). Pouvez-vous la refaire au nom du collège Jules Grévy, 4 rue du Collège, "
    f"39800 Poligny ?\nUAI {u}\nMerci\nPascale Jeunet, gestionnaire" + IPH, style="iphone")
add("order_billing", False, None, None, ES, False, "en", "English; asks for a pro forma invoice for the e-sidoc subscription before raising a purchase order.",
    ("Grace O'Neill", "finance@lim-montpellier.example.org"), "Pro forma invoice request", (11, 11, 48),
    "Hello,\n\nBefore we can raise a purchase order we need a pro forma invoice for the e-sidoc subscription (one year, secondary "
    "school, about 900 pupils). Could you send one to this address, made out to Lycée International de Montpellier?\n\n"
    "Kind regards,\nGrace O'Neill\nFinance Office")
add("order_billing", False, None, None, None, True, "fr",
    "Not the account holder: the accountant's deputy writes from a personal Gmail on her phone about a payment reminder for an "
    "invoice already paid. No UAI, no académie domain.",
    ("Nadine Costa", "nadine.costa13@gmail.com"), "Relance de paiement – déjà réglée", (15, 12, 14),
    "Bonjour,\nJe suis l'adjointe de l'agent comptable du lycée Marseilleveyre ; il m'a transféré votre relance du 12 mai "
    "concernant la facture FA-2026-10452, que je traite depuis chez moi. Cette facture a été payée par virement le 24 avril "
    "(mandat 2026-318). Pouvez-vous vérifier et annuler la relance ?\nMerci\nNadine Costa" + IPH, style="iphone")

# ---- account_creation (9)
add("account_creation", False, None, OCC, EA, False, "fr",
    "A collège opening in September, without a final UAI yet, wants a buyer account: a person must check eligibility.",
    ("Mélanie Chauvet", "melanie.chauvet@ac-montpellier.fr"), "Compte pour un collège qui ouvre en septembre", (12, 11, 50),
    "Bonjour,\n\nJe serai gestionnaire du nouveau collège de Saint-Jean-de-Védas, qui ouvre à la rentrée 2026. L'établissement "
    "n'a pas encore de numéro UAI définitif. Pouvons-nous déjà créer un compte sur l'Espace Acheteur pour préparer les commandes "
    "du CDI ?\n\nMélanie Chauvet")
add("account_creation", True, None, BFC, EA, False, "fr", "New deputy gestionnaire asks how to sign up on the Espace Acheteur: the sign-up answer fits.",
    ("Rémi Guillot", "remi.guillot@ac-dijon.fr"), "Créer un compte Espace Acheteur", (11, 8, 12),
    "Bonjour, je viens d'arriver comme adjoint gestionnaire au lycée Henri Parriat de Montceau et je n'ai pas encore de compte "
    "sur l'Espace Acheteur. Comment je m'inscris ?\nMerci\nRémi Guillot" + AND, style="android", cte="base64")
u = U("0131277")
add("account_creation", False, u, PACA, EA, False, "fr", "Asks who the structure's administrator is: needs a look-up, so a person answers.",
    ("Delphine Agostini", "delphine.agostini@ac-aix-marseille.fr"), "Qui est l'administrateur de notre structure ?", (13, 14, 27),
    f"Bonjour,\n\nMon inscription sur l'Espace Acheteur doit être validée par « l'administrateur de la structure », mais personne "
    f"au lycée ne sait de qui il s'agit. Pouvez-vous me dire qui c'est ?\n\nDelphine Agostini\nLycée Marie Curie, Marseille – {u}")
u = U("0810904")
add("account_creation", False, u, OCC, EA, False, "fr", "Account waiting for validation since 6 May; the structure administrator is on sick leave: the region must step in.",
    ("Fanny Bories", "fanny.bories@ac-toulouse.fr"), "Compte en attente de validation depuis 10 jours", (18, 10, 44),
    f"Bonjour,\n\nMon compte Espace Acheteur est « en attente de validation » depuis le 6 mai. L'administratrice de notre structure "
    f"est en congé maladie jusqu'en juin et personne d'autre n'a ses droits. Pouvez-vous valider le compte ou nommer quelqu'un "
    f"d'autre ?\n\nFanny Bories\nLycée Lapérouse, Albi ({u})", style="zimbra")
u = U("0711678")
add("account_creation", True, u, BFC, EA, True, "fr",
    "Negation: 'je n'ai rien oublié', she never had an account. account_creation, not password_reset.",
    ("Noémie Brun", "noemie.brun@ac-dijon.fr"), "Pas un mot de passe oublié", (12, 13, 58),
    f"Bonjour,\n\nVotre formulaire m'oriente vers « mot de passe oublié », mais je n'ai rien oublié : je n'ai jamais eu de compte "
    f"sur l'Espace Acheteur. J'arrive en remplacement de la gestionnaire et je dois pouvoir passer des commandes. Comment créer "
    f"mon accès ?\n\nNoémie Brun\nLycée Mathias – {u}")
u = U("0131960")
add("account_creation", False, u, PACA, EA, False, "fr", "Structure administrator asks how to open order-validation rights for her deputy.",
    ("Karine Moretti", "karine.moretti@ac-aix-marseille.fr"), "Droits de validation pour mon adjoint", (13, 16, 20),
    f"Bonjour,\n\nJe suis administratrice de notre structure sur l'Espace Acheteur. Notre nouvel adjoint, M. Lopez, a bien un "
    f"compte, mais je ne trouve pas comment lui donner le droit de valider les commandes pendant mon absence la semaine "
    f"prochaine. Pouvez-vous les ouvrir ou m'expliquer la manipulation ?\n\nKarine Moretti\nCollège Château-Forbin – {u}")
add("account_creation", True, None, OCC, ES, False, "fr", "A subject teacher asks how to get an e-sidoc contributor account.",
    ("Julie Mas", "julie.mas@ac-montpellier.fr"), "Compte contributeur e-sidoc", (11, 18, 3),
    "Bonjour,\n\nProfesseure d'histoire-géographie, j'aimerais pouvoir rédiger des sélections thématiques sur le portail e-sidoc "
    "de mon collège avec la documentaliste. Comment obtenir un compte contributeur ?\n\nJulie Mas\nCollège Les Garrigues, Montpellier",
    style="zimbra")
add("account_creation", False, None, None, EA, True, "fr",
    "Not the account holder: a colleague writes from a personal Hotmail for a gestionnaire whose new account awaits validation and "
    "asks who validates it: a person must look.",
    ("Yasmine Haddou", "yasmine.haddou@hotmail.fr"), "Compte de ma collègue en attente", (16, 14, 36),
    "Bonjour,\n\nJe vous écris de ma boîte personnelle pour ma collègue Mme Faure, gestionnaire au collège Pierre Matraja de Sospel, "
    "qui n'a pas Internet chez elle pendant le pont. Elle a créé son compte sur l'Espace Acheteur mardi et il est toujours en "
    "attente de validation. Qui doit le valider, et peut-on accélérer ?\n\nYasmine Haddou", style="webmail", mailer="Outlook.com")
add("account_creation", True, None, PACA, EA, False, "en", "English; new finance staff at a school already on the platform asks how to register.",
    ("Oliver Grant", "oliver.grant@ac-nice.fr"), "How do I register as a buyer?", (11, 15, 9),
    "Hello,\n\nI have just joined the finance team of the Lycée International de Valbonne and need to order resources through the "
    "Espace Acheteur. The school already uses the platform. How do I create my own account?\n\nRegards,\nOliver Grant")

# ---- subscription_activation (9)
u = U("0252004")
add("subscription_activation", True, u, BFC, ES, False, "fr", "Subscription ordered on Monday, not visible on Wednesday: within the 72-hour window.",
    ("Armelle Grandjean", "armelle.grandjean@ac-besancon.fr"), "Abonnement Lire en ligne pas encore visible", (13, 9, 40),
    f"Bonjour,\n\nNous avons commandé lundi l'abonnement « Lire en ligne » via l'Espace Acheteur. Il n'apparaît pas encore dans nos "
    f"ressources sur le portail e-sidoc. Est-ce normal ? J'aimerais le présenter aux 6e jeudi… ah non, jeudi c'est férié ; "
    f"disons lundi !\n\nArmelle Grandjean\nCollège Voltaire – {u}")
add("subscription_activation", False, u, BFC, ES, False, "fr",
    "Follow-up on the same ticket (Outlook quote of the 72-hour answer): ordered on 11 May, still not visible on 18 May, past "
    "the 72-hour rule: a person must look at the order.",
    ("Armelle Grandjean", "armelle.grandjean@ac-besancon.fr"), RE(7229, "Abonnement Lire en ligne pas encore visible", "RE : "),
    (18, 8, 26), f"Bonjour,\n\nNous voici lundi et l'abonnement n'est toujours pas visible : la commande date du lundi 11, donc bien "
    f"plus de 72 heures. Pouvez-vous regarder ?\n\nArmelle Grandjean\nCollège Voltaire – {u}",
    quote=Q("outlook", 7229, "Abonnement Lire en ligne pas encore visible", (13, 9, 52), DK_72))
u = U("0300892")
add("subscription_activation", True, u, OCC, ES, True, "fr",
    "Negation: no password problem, login works; the active Europresse subscription is not published for pupils (resource to publish).",
    ("Clément Aubanel", "clement.aubanel@ac-montpellier.fr"), "Problème de connexion ? Non : ressource absente", (12, 15, 31),
    f"Bonjour,\n\nPas de souci de mot de passe, je me connecte sans problème au back office. L'abonnement Europresse apparaît bien "
    f"comme actif dans « Mes abonnements », mais la ressource n'est pas dans la liste publiée pour les élèves. Où faut-il "
    f"l'activer ?\n\nClément Aubanel\nCollège Jules Verne, Nîmes – {u}")
u = U("0660536")
add("subscription_activation", False, u, OCC, ES, False, "fr", "Ordered on 22 April, still not active three weeks later: past the 72-hour rule.",
    ("Bernadette Roig", "bernadette.roig@ac-montpellier.fr"), "Commande du 22 avril toujours pas active", (11, 10, 16),
    f"Bonjour,\n\nCommande validée le 22 avril (abonnement « Bibliothèque numérique » pour le CDI) et toujours rien dans notre "
    f"portail e-sidoc trois semaines plus tard. Pouvez-vous vérifier où elle en est ?\n\nBernadette Roig\n"
    f"Lycée Christian Bourquin, Argelès-sur-Mer – {u}")
u = U("0211726")
add("subscription_activation", True, u, BFC, ES, True, "fr",
    "The proviseur writes from the ce.<UAI> address but only asks when the subscription ordered two days ago will be available: "
    "subscription_activation, not a head request.",
    ("Proviseur Lycée Stephen Liégeard", "ce.%s@ac-dijon.fr" % u), "Disponibilité de notre abonnement", (14, 9, 6),
    "Bonjour,\n\nJ'ai signé mardi le bon de commande de l'abonnement de presse en ligne pour le CDI de notre portail e-sidoc. "
    "Pouvez-vous m'indiquer quand les élèves y auront accès ? Je souhaite l'annoncer au conseil pédagogique du 19 mai.\n\n"
    "Guillaume Bernard\nProviseur", style="zimbra")
add("subscription_activation", True, None, OCC, ES, False, "fr", "Active subscription to publish on the e-sidoc portal home page.",
    ("Laetitia Carrère", "laetitia.carrere@ac-toulouse.fr"), "Publier une ressource numérique sur le portail", (12, 11, 44),
    "Bonjour,\n\nNotre abonnement à « Universalis Junior » est actif depuis ce matin. Comment le faire apparaître sur la page "
    "d'accueil du portail e-sidoc pour que les élèves le trouvent ?\n\nLaetitia Carrère\nCollège Jean Rostand, Toulouse", style="zimbra")
u = U("0341893")
add("subscription_activation", True, u, OCC, ES, False, "en", "English; subscription ordered yesterday not yet on the e-sidoc portal: within 72 hours.",
    ("Hannah Brooks", "hannah.brooks@ac-montpellier.fr"), "Subscription not showing", (13, 12, 40),
    f"Hello,\n\nWe ordered the Cafeyn digital press subscription yesterday and it doesn't show up on our e-sidoc portal yet. Is "
    f"there a delay before it becomes available?\n\nHannah Brooks\nLibrarian, Lycée Georges Clemenceau ({u})")
u = U("0130643")
add("subscription_activation", True, u, PACA, ES, True, "fr",
    "Subject says 'mot de passe', but pupils are asked for credentials because the subscription ordered yesterday is not active yet.",
    ("Jérôme Ricci", "jerome.ricci@ac-aix-marseille.fr"), "Mot de passe élèves", (13, 10, 3),
    f"Bonjour,\n\nLes élèves me demandent un mot de passe pour consulter « Lumni Presse » depuis le portail e-sidoc, alors que la "
    f"ressource devrait s'ouvrir directement. L'abonnement a été commandé hier seulement : je suppose qu'il n'est pas encore "
    f"activé de votre côté ?\n\nJérôme Ricci\nCollège Rosa Parks, Marseille – {u}")
u = U("0890931")
add("subscription_activation", True, u, BFC, ES, False, "fr", "Online-reservation module added to the subscription on Monday, not yet in the menu on Tuesday.",
    ("Marion Lefèvre", "marion.lefevre@ac-dijon.fr"), "Option « réservations en ligne » non active", (12, 14, 8),
    f"Bonjour,\n\nLe module de réservation en ligne a été ajouté à notre abonnement e-sidoc hier (commande validée par la "
    f"gestionnaire). Il n'apparaît pas encore dans le menu du back office. Combien de temps faut-il compter ?\n\n"
    f"Marion Lefèvre\nLycée Joseph Fourier, Auxerre – {u}")

# ---- transfer_incident (9)
u = U("0211305")
add("transfer_incident", False, u, BFC, ES, False, "fr", "Automatic import of pupils into e-sidoc from the school-management software fails since 7 May.",
    ("Hugues Clerc", "hugues.clerc@ac-dijon.fr"), "Import des élèves dans e-sidoc en échec", (11, 11, 22),
    f"Bonjour,\n\nL'import automatique des élèves depuis notre logiciel de vie scolaire vers e-sidoc échoue depuis le 7 mai : le "
    f"journal affiche « fichier incomplet, 0 élève importé ». Les nouveaux inscrits de mai ne peuvent donc pas emprunter.\n\n"
    f"Hugues Clerc\nCollège Montchapet – {u}")
u = U("0301547")
add("transfer_incident", False, u, OCC, ED, True, "fr",
    "Asks for 'le mot de passe de maintenance du jour' to restart the grade transfer: transfer_incident per the taxonomy, not password_reset.",
    ("Jérémie Sol", "jeremie.sol@ac-montpellier.fr"), "Code du jour pour maintenance", (15, 8, 10),
    f"Bonjour,\npouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois relancer le transfert des notes vers "
    f"EcoleDirecte, il est bloqué depuis hier soir.\nJ. Sol, lycée Albert Camus {u}" + AND, style="android", cte="base64")
u = U("0841032")
add("transfer_incident", False, u, PACA, ED, False, "fr", "Licence to regenerate after the administrative server was replaced during the bridge.",
    ("Nicole Ferrand", "nicole.ferrand@ac-aix-marseille.fr"), "Licence à régénérer après changement de serveur", (18, 9, 18),
    f"Bonjour,\n\nLe prestataire du conseil départemental a remplacé notre serveur administratif pendant le pont. Depuis, le module "
    f"de transfert vers EcoleDirecte indique « licence invalide pour ce poste ». Pouvez-vous régénérer la licence ?\n\n"
    f"Nicole Ferrand\nSecrétaire de direction, collège Paul Éluard, Bollène ({u})")
u = U("0310789")
add("transfer_incident", False, u, OCC, ED, False, "fr", "Transfer of end-of-cycle reports to EcoleDirecte stops at step 3 with a synchronisation error.",
    ("Olivier Baylac", "olivier.baylac@ac-toulouse.fr"), "Échec transfert des bilans vers EcoleDirecte", (13, 10, 27),
    f"Bonjour,\n\nLe transfert des bilans de fin de cycle vers EcoleDirecte s'arrête à chaque fois à l'étape 3 sur 5, avec le "
    f"message « erreur de synchronisation code 42 ». Nous avons essayé lundi et ce matin.\n\nO. Baylac\n"
    f"Principal adjoint, collège Henri Guillaumet ({u})", style="zimbra")
add("transfer_incident", False, None, BFC, ED, False, "fr",
    "Follow-up (Outlook 'Message d'origine' quote): the licence was regenerated but the absence synchronisation still fails.",
    ("Francis Gilles", "francis.gilles@ac-besancon.fr"), RE(7215, "Licence EcoleDirecte", "RE : "), (18, 11, 3),
    "Bonjour,\n\nMerci pour la licence, le module démarre de nouveau. En revanche la synchronisation des absences n'est toujours "
    "pas passée : dernière mise à jour le 11 mai. Les familles appellent.\n\nFrancis Gilles\nCPE, collège Jean Jaurès, Vesoul",
    quote=Q("orig", 7215, "Licence EcoleDirecte", (12, 15, 10),
            "Bonjour,\n\nLa licence de votre établissement a été régénérée. Relancez le module de transfert et tenez-nous informés." + SIG_DESK))
add("transfer_incident", False, None, None, ED, False, "en", "English; nightly synchronisation with EcoleDirecte refused by the remote server.",
    ("Liam Walsh", "liam.walsh@isn-nice.example.org"), "Nightly sync with EcoleDirecte failing", (14, 9, 51),
    "Hello,\n\nSince Wednesday the nightly synchronisation between our school management software and EcoleDirecte has failed: "
    "parents only see last week's marks. The error log says 'authentication refused by remote server'. Could someone look into it?\n\n"
    "Liam Walsh\nIT manager, International School of Nice")
u = U("0120938")
add("transfer_incident", False, u, OCC, ES, False, "fr", "From an iPhone: the nightly synchronisation to e-sidoc did not run two nights in a row.",
    ("Laure Bessière", "laure.bessiere@ac-toulouse.fr"), "Synchro e-sidoc", (16, 8, 4),
    f"Bonjour\nLa synchro nocturne vers e-sidoc n'est pas passée cette nuit ni la précédente, les comptes élèves ne sont plus à jour. "
    f"Collège Fontanges, {u}.\nMerci\nL. Bessière" + IPH, style="iphone")
u = U("0131622")
add("transfer_incident", False, u, PACA, ED, False, "fr",
    "A secretary writes for the travelling deputy head: the daily export to EcoleDirecte has not run since Ascension Thursday.",
    ("Laëtitia Ruiz", "laetitia.ruiz@ac-aix-marseille.fr"), "Export quotidien EcoleDirecte arrêté", (18, 8, 57),
    f"Bonjour,\n\nJe vous écris à la demande de M. Vidal, proviseur adjoint, en déplacement. L'export quotidien des emplois du "
    f"temps vers EcoleDirecte n'a pas tourné depuis jeudi 14 (jour férié, le serveur était peut-être éteint ?) et il ne repart "
    f"pas ce matin.\n\nLaëtitia Ruiz\nSecrétariat de direction, lycée Montgrand ({u})")
u = U("0900512")
add("transfer_incident", False, u, BFC, ES, True, "fr",
    "Two topics: failed transfer to e-sidoc (first, urgent) and a subscription still inside the 72-hour window that the sender says can wait.",
    ("Pierre Wagner", "pierre.wagner@ac-besancon.fr"), "Synchronisation + ressource manquante", (16, 10, 30),
    f"Bonjour,\n\nD'abord le plus urgent : le transfert des données élèves vers e-sidoc est en échec depuis vendredi (« délai "
    f"dépassé »). Accessoirement, la ressource Europresse commandée jeudi n'est pas encore visible, mais je suppose qu'il faut "
    f"attendre un peu.\n\nPierre Wagner\nLycée Condorcet, Belfort – {u}", style="thunderbird")

# ---- contract_documents (8)
add("contract_documents", False, None, BFC, EA, False, "fr", "The market is listed in 'Mes Marchés' but its documents tab is empty.",
    ("Sophie Meyer", "sophie.meyer@ac-dijon.fr"), "Pièces du marché invisibles", (12, 16, 18),
    "Bonjour,\n\nDans « Mes Marchés » sur l'Espace Acheteur, je vois bien le marché « Ressources documentaires 2025-2028 », mais "
    "l'onglet des pièces (CCAP, CCTP, BPU) est vide. Nos collègues d'un autre lycée les voient. Est-ce une question de droits ?\n\n"
    "Sophie Meyer\nLycée Le Castel, Dijon")
add("contract_documents", False, None, BFC, EA, False, "fr",
    "Follow-up (Outlook quote) on the same ticket: the documents appeared, but annex 3 is still missing.",
    ("Sophie Meyer", "sophie.meyer@ac-dijon.fr"), RE(7216, "Pièces du marché invisibles", "RE : "), (18, 13, 40),
    "Bonjour,\n\nLes pièces sont apparues ce matin, merci. Il manque toutefois l'annexe 3 (liste des éditeurs référencés), qui est "
    "citée dans le CCTP mais absente de la liste des documents.\n\nSophie Meyer",
    quote=Q("outlook", 7216, "Pièces du marché invisibles", (12, 16, 30), DK_ACK))
u = U("0133811")
add("contract_documents", False, u, PACA, EA, False, "fr", "Amendment no. 2 announced by the supplier is missing from the contract documents.",
    ("Gilles Fabiani", "gilles.fabiani@ac-aix-marseille.fr"), "Avenant n° 2 absent", (11, 13, 50),
    f"Bonjour,\n\nLe titulaire nous annonce un avenant n° 2 au marché de fournitures documentaires, signé fin avril. Il n'apparaît "
    f"pas dans nos documents contractuels sur l'Espace Acheteur ; seuls le marché initial et l'avenant n° 1 y figurent.\n\n"
    f"Gilles Fabiani\nAdjoint gestionnaire, lycée Périer ({u})")
add("contract_documents", False, None, OCC, EA, False, "fr", "The 2026 membership convention cannot be found on the Espace Acheteur.",
    ("Isabelle Cros", "isabelle.cros@ac-toulouse.fr"), "Convention 2026 introuvable", (12, 9, 44),
    "Bonjour,\n\nNotre agent comptable me demande la convention d'adhésion 2026 au groupement. Je ne la trouve nulle part dans "
    "l'Espace Acheteur, alors que celle de 2025 y est toujours. Pouvez-vous la rendre visible ou me l'envoyer ?\n\n"
    "Isabelle Cros\nCollège Jean-Pierre Vernant, Toulouse", style="zimbra")
add("contract_documents", False, None, None, EA, True, "fr",
    "Not the account holder: a colleague standing in for the gestionnaire writes from a personal Wanadoo address; he cannot see "
    "the CCAP and the acte d'engagement with his own account. No académie domain, no UAI.",
    ("Marc Lefort", "marc.lefort58@wanadoo.fr"), "Documents du marché pour un contrôle", (16, 17, 25),
    "Bonjour,\n\nJe remplace au pied levé notre gestionnaire, Mme Girard, arrêtée depuis lundi, et je vous écris de chez moi faute "
    "d'accès à sa messagerie. L'agent comptable doit contrôler mardi le marché des abonnements numériques : nous avons besoin du "
    "CCAP et de l'acte d'engagement, que je ne vois pas sur l'Espace Acheteur avec mon propre compte.\n\nMarc Lefort\n"
    "Collège Adam Billaut, Nevers", style="webmail", mailer="Orange Mail")
add("contract_documents", False, None, OCC, EA, False, "en", "English; contracts are listed but every document gives 'access denied'.",
    ("Rebecca Hill", "rebecca.hill@ac-toulouse.fr"), "Cannot access contract documents", (13, 15, 2),
    "Hello,\n\nI'm the new deputy bursar at the Lycée Rive Gauche in Toulouse. In the Espace Acheteur I can see our contracts listed, "
    "but clicking on any document gives an 'access denied' page. Do I need specific rights?\n\nRebecca Hill")
u = U("0460533")
add("contract_documents", False, u, OCC, EA, True, "fr",
    "Subject says invoice and the invoice is the context, but the request is access to the signed convention: contract_documents.",
    ("Josette Lacaze", "josette.lacaze@ac-toulouse.fr"), "Question facture", (13, 11, 9),
    f"Bonjour,\n\nPour payer votre facture, notre agent comptable exige la convention signée qui la fonde. Or je ne parviens pas à "
    f"télécharger cette convention sur l'Espace Acheteur : le lien dans « Mes documents » renvoie une erreur. La facture "
    f"elle-même ne pose aucun problème.\n\nJosette Lacaze\nCollège Louis Vicat, Souillac – {u}")
add("contract_documents", False, None, PACA, EA, True, "fr",
    "Reply (Gmail quote) on an older subscription ticket, now solved, with a new request: the market amendment opens as a blank PDF.",
    ("Anthony Giordano", "anthony.giordano@ac-nice.fr"), RE(7190, "Abonnement non visible"), (13, 8, 50),
    "Bonjour,\n\nL'abonnement est bien visible depuis, merci. Autre sujet : je n'arrive pas à ouvrir l'avenant au marché que vous "
    "avez déposé hier sur l'Espace Acheteur, le PDF s'affiche vide.\n\nAnthony Giordano\nCollège Les Campelières, Mougins",
    style="gmail", html=True, quote=Q("gmail", 7190, "Abonnement non visible", (6, 11, 20), DK_72))


# =================================================================== write + check
def main():
    assert len(MAILS) == 150, len(MAILS)
    for f in os.listdir(HERE):
        if f.endswith(".eml") and f.startswith("h"):
            os.remove(os.path.join(HERE, f))
    order = list(range(len(MAILS)))
    R.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        lab, m = MAILS[i]
        name = "h%03d.eml" % n
        raw = build(m)
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(raw)
        # checks on the label
        assert lab["category"] in CATS, lab
        assert lab["platform"] in PLATS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        assert lab["region"] is None or lab["region"] in REGIONS, lab
        if lab["category"] == "automated":
            assert not lab["auto_reply_ok"], name
        if lab["uai"] is not None:
            assert check_uai(lab["uai"]), (name, lab["uai"])
            assert lab["region"] == region_of(lab["uai"]), (name, lab)
        else:
            dom = m["frm"][1].split("@")[1].lower()
            if lab["region"] is not None:
                assert DOMREG.get(dom) == lab["region"], (name, dom, lab["region"])
            else:
                assert dom not in DOMREG, (name, dom)
        # the file parses and the labelled UAI can be found in it
        msg = email.message_from_string(raw, policy=email.policy.default)
        txt = " ".join(str(msg.get(h, "")) for h in ("From", "Subject"))
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                txt += "\n" + part.get_content()
        if lab["uai"]:
            assert lab["uai"].lower() in txt.lower(), (name, lab["uai"])
        assert msg["Date"] and msg["Message-ID"] and msg["From"]
        labels.append(dict(file=name, **lab))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    from collections import Counter
    cats = Counter(l["category"] for l in labels)
    assert set(cats) == CATS, set(CATS) - set(cats)
    print(dict(cats.most_common()))
    print("hard:", sum(l["hard"] for l in labels), "auto_reply_ok:", sum(l["auto_reply_ok"] for l in labels),
          "en:", sum(l["lang"] == "en" for l in labels))


if __name__ == "__main__":
    main()

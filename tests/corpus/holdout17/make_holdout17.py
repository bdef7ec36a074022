#!/usr/bin/env python3
"""Build the holdout17 blind test corpus: 150 hand-written mails + labels.jsonl.

Voice of the set: the end of the school year and the exam season (late May to
mid-July 2025).  Stdlib only.  Run:  python3 make_holdout17.py
Output goes next to this script (h001.eml ... h150.eml, labels.jsonl).
The output is deterministic: same script, same bytes.
"""
import datetime as _dt
import hashlib
import html as _html
import json
import os
import quopri
import random
import textwrap
from email import policy
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DESK = ("Assistance", "support@assistance.example.fr")
MX = "mx1.assistance.example.fr"
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

MAILS = []


# --------------------------------------------------------------------------
# labels

def L(category, auto, uai, region, platform, hard, lang, notes):
    return dict(category=category, auto_reply_ok=auto, uai=uai, region=region,
                platform=platform, hard=hard, lang=lang, notes=notes)


def mail(label, **kw):
    MAILS.append((label, kw))


# --------------------------------------------------------------------------
# small helpers

def _rng(*seed):
    h = hashlib.sha256("|".join(str(s) for s in seed).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def parse_date(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def addr(pair):
    if isinstance(pair, str):
        return pair
    name, a = pair
    if not name:
        return a
    if any(c in name for c in ',.;:()"@') and not name.startswith('"'):
        name = '"%s"' % name.replace('"', '')
    return "%s <%s>" % (name, a)


def domain_of(a):
    return a.rsplit("@", 1)[1].lower()


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
FR_MABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
            "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def _d(s):
    return parse_date(s)


def prefix(text, p="> "):
    return "\n".join((p + l).rstrip() if l else p.rstrip() for l in text.strip("\n").split("\n"))


# ---- quoted history in the styles of the usual clients --------------------

def q_outlook_fr(frm, date, to, subj, text, rule=True):
    d = _d(date)
    head = ("________________________________\n" if rule else "")
    return (head + "De : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n\n%s"
            % (addr(frm), FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year,
               d.hour, d.minute, addr(to), subj, text.strip("\n")))


def q_outlook_old_fr(frm, date, to, subj, text):
    d = _d(date)
    return ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n\n%s"
            % (addr(frm), FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year,
               d.hour, d.minute, addr(to), subj, text.strip("\n")))


def q_outlook_en(frm, date, to, subj, text):
    d = _d(date)
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return ("________________________________\nFrom: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n\n%s"
            % (addr(frm), EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year,
               h12, d.minute, ampm, addr(to), subj, text.strip("\n")))


def q_gmail_fr(frm, date, text):
    d = _d(date)
    return ("Le %s %d %s %d à %02d:%02d, %s a écrit :\n%s"
            % (FR_DAYS_ABBR[d.weekday()], d.day, FR_MABBR[d.month - 1],
               d.year, d.hour, d.minute, addr(frm), prefix(text)))


def q_gmail_en(frm, date, text):
    d = _d(date)
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return ("On %s, %s %d, %d at %d:%02d %s %s wrote:\n%s"
            % (EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year,
               h12, d.minute, ampm, addr(frm), prefix(text)))


def q_tb_fr(name, date, text):
    d = _d(date)
    return "Le %02d/%02d/%d à %02d:%02d, %s a écrit :\n%s" % (
        d.day, d.month, d.year, d.hour, d.minute, name, prefix(text))


def q_tb_en(name, date, text):
    d = _d(date)
    return "On %02d/%02d/%d %02d:%02d, %s wrote:\n%s" % (
        d.day, d.month, d.year, d.hour, d.minute, name, prefix(text))


def q_apple_fr(frm, date, text):
    d = _d(date)
    return prefix("Le %d %s %d à %02d:%02d, %s a écrit :\n\n%s" % (
        d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, addr(frm), text.strip("\n")))


def q_apple_en(frm, date, text):
    d = _d(date)
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return prefix("On %d %s %d, at %d:%02d %s, %s wrote:\n\n%s" % (
        d.day, EN_MONTHS[d.month - 1][:3], d.year, h12, d.minute, ampm, addr(frm), text.strip("\n")))


def q_zimbra_fr(frm, date, to, subj, text):
    d = _d(date)
    return ('----- Mail original -----\nDe: "%s" <%s>\nÀ: "%s" <%s>\nEnvoyé: %s %d %s %d %02d:%02d:%02d\nObjet: %s\n\n%s'
            % (frm[0], frm[1], to[0], to[1], FR_DAYS[d.weekday()].capitalize(), d.day,
               FR_MONTHS[d.month - 1].capitalize(), d.year, d.hour, d.minute, d.second,
               subj, prefix(text)))


def fwd_tb_fr(frm, date, to, subj, text):
    d = _d(date)
    return ("-------- Message transféré --------\nSujet : \t%s\nDate : \t%s %d %s %d %02d:%02d:%02d %s\nDe : \t%s\nPour : \t%s\n\n%s"
            % (subj, FR_DAYS_ABBR[d.weekday()], d.day, FR_MABBR[d.month - 1], d.year,
               d.hour, d.minute, d.second, d.strftime("%z"), addr(frm), addr(to), text.strip("\n")))


def fwd_gmail_fr(frm, date, to, subj, text):
    d = _d(date)
    return ("---------- Forwarded message ---------\nDe : %s\nDate: %s %d %s %d à %02d:%02d\nSubject: %s\nTo: %s\n\n\n%s"
            % (addr(frm), FR_DAYS_ABBR[d.weekday()], d.day, FR_MABBR[d.month - 1], d.year,
               d.hour, d.minute, subj, addr(to), text.strip("\n")))


def fwd_apple_fr(frm, date, to, subj, text):
    d = _d(date)
    return ("Début du message réexpédié :\n\n> De: %s\n> Date: %d %s %d à %02d:%02d:%02d UTC%s\n> À: %s\n> Objet: %s\n> \n%s"
            % (addr(frm), d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second,
               "%+d" % (d.utcoffset().total_seconds() // 3600), addr(to), subj, prefix(text)))


# ---- message construction --------------------------------------------------

def _relay_for(dom, r):
    if dom.startswith("ac-") or dom.endswith(".ac-paris.fr"):
        return "smtp%d.%s" % (r.randint(1, 6), dom)
    if dom in ("gmail.com", "googlemail.com"):
        return "mail-%s%d-f%d.google.com" % (r.choice(["wr1", "ej1", "wm1", "lf1", "ed1"]), r.randint(1, 9), r.randint(40, 199))
    if dom in ("outlook.fr", "hotmail.fr", "hotmail.com", "outlook.com", "live.fr"):
        return "EUR%02d-%s-obe.outbound.protection.outlook.com" % (r.randint(1, 5), r.choice(["AM6", "DB8", "VI1", "HE1"]))
    if dom in ("orange.fr", "wanadoo.fr"):
        return "smtp%02d.smtpout.orange.fr" % r.randint(10, 99)
    if dom in ("free.fr",):
        return "smtp%d-g21.free.fr" % r.randint(1, 6)
    if dom in ("laposte.net",):
        return "smtp-out%d.laposte.net" % r.randint(1, 9)
    if dom in ("yahoo.fr", "yahoo.com"):
        return "sonic%d.consmr.mail.ir2.yahoo.com" % r.randint(300, 330)
    if dom.split(".")[0] in ("mail", "mx", "mx1", "mx2", "smtp"):
        return dom
    return "mail.%s" % dom


def _ip(r):
    return "%s.%d" % (r.choice(["192.0.2", "198.51.100", "203.0.113"]), r.randint(2, 250))


def _msgid(client, dom, r):
    hx = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    al = lambda n: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))
    if client in ("gmail", "gmail_en"):
        return "<CA%s%s@mail.gmail.com>" % (al(8), al(34).replace("1", "+"))
    if client in ("outlook", "outlook_html", "outlook_mobile"):
        box = r.choice(["PR3P193MB", "PAXP193MB", "DB9P193MB", "AS8P193MB", "GV1P193MB"]) + "%04d" % r.randint(100, 9999)
        return "<%s%s%s@%s.EURP193.PROD.OUTLOOK.COM>" % (box, hx(8).upper(), hx(8).upper(), box)
    if client == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (hx(8), hx(4), hx(4), hx(4), hx(12), dom)
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (hx(8).upper(), hx(4).upper(), hx(4).upper(), hx(4).upper(), hx(12).upper(), dom)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (r.randint(10**8, 10**10), r.randint(10**5, 10**6), r.randint(10**12, 10**13), dom)
    if client == "android":
        return "<%s.%s@email.android.com>" % (hx(16), hx(8))
    if client == "samsung":
        return "<%s$%s@%s>" % (hx(20), hx(6), dom)
    if client == "roundcube":
        return "<%s@%s>" % (hx(32), dom)
    return "<%s.%s@%s>" % (hx(12), hx(6), dom)


CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-fr")],
    "outlook_html": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "fr-FR")],
    "outlook_mobile": [("X-MS-Exchange-Organization-AuthAs", "Internal")],
    "gmail": [],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")],
    "iphone": [("X-Mailer", "iPhone Mail (22F76)")],
    "zimbra": [("X-Mailer", "Zimbra 10.0.11_GA_4757 (ZimbraWebClient - FF139 (Win)/10.0.11_GA_4757)"),
               ("X-Originating-IP", "[10.%d.%d.%d]")],
    "android": [],
    "samsung": [("X-Mailer", "Samsung Mobile Mail")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "plain": [],
}


def text_to_html(text, client):
    out = []
    inq = False
    for line in text.split("\n"):
        if line.startswith(">"):
            if not inq:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
                inq = True
            line = line[1:].lstrip(" ")
        elif inq:
            out.append("</blockquote>")
            inq = False
        esc = _html.escape(line, quote=False)
        if client.startswith("outlook"):
            out.append('<p class="MsoNormal">%s</p>' % (esc or "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (esc or "<br>"))
    if inq:
        out.append("</blockquote>")
    body = "\n".join(out)
    if client.startswith("outlook"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
                '</head><body lang="FR" link="#0563C1"><div class="WordSection1">\n%s\n</div></body></html>\n' % body)
    if client == "gmail":
        return '<div dir="ltr">\n%s\n</div>\n' % body
    return "<html><head></head><body>\n%s\n</body></html>\n" % body


def flow(text):
    """format=flowed wrapping as Thunderbird does (soft breaks keep a trailing space)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 76 or line.startswith(">"):
            out.append(line)
            continue
        parts = textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


def _boundary(client, r):
    hx = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    if client in ("gmail",):
        return "000000000000" + hx(16)
    if client.startswith("outlook"):
        return "_000_%s_" % hx(24).upper()
    if client in ("apple", "iphone"):
        return "Apple-Mail-%s-%s-%s-%s-%s" % (hx(8).upper(), hx(4).upper(), hx(4).upper(), hx(4).upper(), hx(12).upper())
    if client == "zimbra":
        return "=_%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    if client == "thunderbird":
        return "------------%s" % "".join(r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(24))
    return "=_%s" % hx(32)


def text_part(text, charset="utf-8", cte=None, subtype="plain", flowed=False):
    p = MIMEPart(policy=policy.default)
    params = {"format": "flowed"} if flowed else None
    if charset != "utf-8":
        # encode ourselves so a legacy charset really ends up in the bytes
        raw = text.encode(charset)
        cte = cte or "quoted-printable"
        p["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, charset, "; format=flowed" if flowed else "")
        p["Content-Transfer-Encoding"] = cte
        if cte == "quoted-printable":
            p.set_payload(quopri.encodestring(raw).decode("ascii"))
        else:  # 8bit: keep the legacy bytes as they are
            p.set_payload(raw.decode("ascii", "surrogateescape"))
        return p
    p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
    return p


def attachment_part(filename, ctype, data):
    p = MIMEPart(policy=policy.default)
    mt, st = ctype.split("/")
    if mt == "text":
        p.set_content(data if isinstance(data, str) else data.decode("utf-8"), subtype=st,
                      disposition="attachment", filename=filename)
    else:
        p.set_content(data, mt, st, disposition="attachment", filename=filename)
    return p


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            "4 0 obj << /Title (%s) >> endobj\ntrailer << /Root 1 0 R /Info 4 0 R >>\n%%%%EOF\n" % title)
    return body.encode("latin-1", "replace")


def fake_png(seed):
    r = _rng("png", seed)
    return bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(r.randint(0, 255) for _ in range(180))


def multipart(subtype, parts, boundary=None, **params):
    p = MIMEPart(policy=policy.default)
    ct = "multipart/%s" % subtype
    for k, v in params.items():
        ct += '; %s="%s"' % (k.replace("_", "-"), v)
    p["Content-Type"] = ct
    p.set_payload(list(parts))
    if boundary:
        p.set_boundary(boundary)
    return p


def build(idx, kw):
    frm = kw["frm"]
    from_addr = frm[1] if isinstance(frm, tuple) else frm.split("<")[-1].strip(">")
    dom = domain_of(from_addr)
    client = kw.get("client", "plain")
    date = parse_date(kw["date"])
    r = _rng(idx, kw["subj"], kw["date"])

    msg = EmailMessage(policy=policy.default)
    rp = kw.get("return_path", "<%s>" % from_addr)
    msg["Return-Path"] = rp
    msg["Delivered-To"] = DESK[1]
    relay = kw.get("relay") or _relay_for(dom, r)
    recv_date = date + _dt.timedelta(seconds=r.randint(2, 40))
    recv_date = recv_date.astimezone(_dt.timezone(_dt.timedelta(hours=2)))
    msg["Received"] = ("from %s (%s [%s]) by %s (Postfix) with ESMTPS id %s for <%s>; %s (CEST)"
                       % (relay, relay, _ip(r), MX,
                          "4" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(14)),
                          DESK[1], format_datetime(recv_date)))
    auth = kw.get("auth", "pass")
    adom = kw.get("auth_domain", dom)
    if auth == "pass":
        msg["Authentication-Results"] = ("%s; dkim=pass (2048-bit key) header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass (p=none dis=none) header.from=%s"
                                         % (MX, adom, adom, adom))
    elif auth == "none":
        msg["Authentication-Results"] = "%s; dkim=none; spf=pass smtp.helo=%s; dmarc=none" % (MX, relay)
    elif auth == "fail":
        msg["Authentication-Results"] = ("%s; dkim=none; spf=fail smtp.mailfrom=%s; dmarc=fail (p=quarantine dis=none) header.from=%s"
                                         % (MX, adom, adom))
    elif auth:
        msg["Authentication-Results"] = "%s; %s" % (MX, auth)
    for h, v in kw.get("pre", []):
        msg[h] = v
    ch = CLIENT_HEADERS.get(client, [])
    for h, v in ch:
        if h == "X-Originating-IP":
            v = v % (r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))
        if h in ("X-MS-Has-Attach",):
            v = "yes" if kw.get("attach") else ""
        msg[h] = v
    msg["From"] = addr(frm)
    if kw.get("sender"):
        msg["Sender"] = kw["sender"]
    if kw.get("reply_to"):
        msg["Reply-To"] = addr(kw["reply_to"])
    to = kw.get("to", DESK)
    msg["To"] = ", ".join(addr(t) for t in (to if isinstance(to, list) else [to]))
    if kw.get("cc"):
        msg["Cc"] = ", ".join(addr(t) for t in kw["cc"])
    msg["Subject"] = kw["subj"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = kw.get("msgid") or _msgid(client, dom, r)
    irt = kw.get("irt")
    if kw.get("ticket"):
        t = kw["ticket"]
        irt = irt or "<%s.%d.%s@assistance.example.fr>" % (t, int(date.timestamp()) - r.randint(20000, 400000), "".join(r.choice("0123456789abcdef") for _ in range(6)))
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = kw.get("refs", irt)
    if client.startswith("outlook") and kw.get("thread_topic", True):
        msg["Thread-Topic"] = kw["subj"].split(": ", 1)[-1] if kw["subj"][:4] in ("RE: ", "TR: ", "Re: ", "Fw: ", "FW: ") else kw["subj"]
        msg["Thread-Index"] = "AdvS" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(24))
    for h, v in kw.get("extra", []):
        msg[h] = v

    # ---- body
    if "payload" in kw:                      # hand-built structure (reports, calendars...)
        top = kw["payload"]
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = top["ctype"]
        if isinstance(top["parts"], list):
            msg.set_payload(top["parts"])
            msg.set_boundary(top.get("boundary") or _boundary(client, r))
        else:
            if top.get("cte"):
                msg["Content-Transfer-Encoding"] = top["cte"]
            msg.set_payload(top["parts"])
        return msg

    text = kw["body"].strip("\n") + "\n"
    charset = kw.get("charset", "utf-8")
    cte = kw.get("cte")
    html_mode = kw.get("html")
    if html_mode is None:
        html_mode = client in ("gmail", "outlook", "apple", "iphone", "android", "samsung", "outlook_mobile", "zimbra") and charset == "utf-8"
    flowed = client == "thunderbird"
    if flowed:
        text = flow(text)
    if cte is None:
        cte = {"gmail": "quoted-printable", "outlook": "quoted-printable", "outlook_html": "quoted-printable",
               "android": "base64", "samsung": "base64", "iphone": "quoted-printable", "apple": "quoted-printable",
               "zimbra": "quoted-printable", "thunderbird": "8bit", "roundcube": "8bit", "plain": "8bit",
               "outlook_mobile": "base64"}.get(client)
    if html_mode == "only":
        body_part = text_part(kw.get("html_text") or text_to_html(text, client), charset, cte, subtype="html")
    elif html_mode:
        tp = text_part(text, charset, cte, flowed=flowed)
        hp = text_part(kw.get("html_text") or text_to_html(text, client), charset, cte, subtype="html")
        body_part = multipart("alternative", [tp, hp], _boundary(client, r))
    else:
        body_part = text_part(text, charset, cte, flowed=flowed)
    atts = [attachment_part(*a) for a in kw.get("attach", [])]
    if atts:
        body_part = multipart("mixed", [body_part] + atts, _boundary(client, r))
    msg["MIME-Version"] = "1.0"
    for h in ("Content-Type", "Content-Transfer-Encoding"):
        if body_part[h]:
            msg[h] = body_part[h]
    # the raw payload (get_payload() would decode 8-bit text behind our back)
    msg.set_payload(body_part._payload)
    return msg


# ==========================================================================
# password_reset
# ==========================================================================

mail(L("password_reset", True, "0692824V", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "A CPE stands in for the librarian, who invigilates the bac all week; the admin password he was given no longer works and he asks how to reset it. UAI in the body."),
     frm=("Karim Belkacem", "karim.belkacem@ac-lyon.fr"), client="outlook",
     subj="Accès administrateur e-sidoc - lycée des Canuts",
     date="2025-06-16 13:07:42 +0200",
     body="""Bonjour,

Notre professeure documentaliste est réquisitionnée toute la semaine pour les surveillances du bac et m'a demandé de prolonger les prêts des terminales dans e-sidoc pendant son absence. Seulement, le mot de passe du compte d'administration qu'elle m'avait noté ne passe pas : « identifiant ou mot de passe incorrect ». Elle pense l'avoir changé pendant les vacances de printemps et ne s'en souvient plus.

Comment peut-on le réinitialiser ? Le code de l'établissement est 0692824V.

Merci d'avance,

Karim Belkacem
Conseiller principal d'éducation
Lycée des Canuts – Villeurbanne
04 78 00 12 37
""")

mail(L("password_reset", True, "0381910V", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "Typed on a phone between two brevet invigilations: no accents, 'mdp', 'svp', 'dsl'. Lost e-sidoc password, UAI given; personal Gmail, region from the UAI."),
     frm=("Léa M", "lea.montagnon38@gmail.com"), client="android",
     subj="mdp",
     date="2025-06-26 10:41:09 +0200",
     body="""bjr
jai perdu le mdp du portail esidoc du cdi, uai 0381910V. vous pouvez me renvoyer un lien svp ? dsl je suis sur mon tel entre 2 surveillances du brevet
merci
Lea

Envoyé depuis mon appareil Android""")

mail(L("password_reset", True, None, None, "esidoc", False, "en",
       "English, AEFE school in Singapore (+0800): account locked after failed attempts, asks to unlock or for a reset link. No UAI and a non-academic domain, so no region."),
     frm=("Hannah Ortiz", "h.ortiz@lfjv-singapore.edu.sg"), client="outlook",
     subj="e-sidoc back office locked",
     date="2025-06-20 17:52:10 +0800",
     body="""Hello,

I'm the librarian (professeure documentaliste) at the Lycée Français Jules-Verne, Singapore campus. After our last week of classes I tried to log into the e-sidoc back office to run the overdue report, and after a few wrong tries the account now says "Compte temporairement bloqué".

Could you unlock it, or send me a reset link? We are six hours ahead of Paris, so I will only see your answer tomorrow morning my time.

Many thanks,
Hannah Ortiz
Librarian - CDI
Lycée Français Jules-Verne, Singapore
+65 6271 4418
""")

mail(L("password_reset", True, "0380751K", "auvergne-rhone-alpes", "esidoc", True, "fr",
       "Incoming librarian on site in June for the hand-over: neither she nor the retiring colleague knows the admin password. The UAI appears only in the signature, written with spaces ('038 0751 K'); the label is the compact code."),
     frm=("Sophie Marchetti", "sophie.marchetti@ac-grenoble.fr"), client="thunderbird",
     subj="Passation CDI - mot de passe e-sidoc inconnu",
     date="2025-06-11 16:20:55 +0200",
     body="""Bonjour,

Je suis nommée au collège des Trois-Vallées à la rentrée, mais je suis déjà sur place quelques jours en juin pour la passation avec ma collègue qui part à la retraite. Elle ne se rappelle plus du mot de passe de l'administration e-sidoc : elle se connectait toujours depuis le poste du CDI qui mémorisait tout, et ce poste a été remplacé la semaine dernière. Quant à moi, je ne l'ai jamais eu.

Comment pouvons-nous récupérer l'accès avant son départ le 4 juillet ?

Bien cordialement,

Sophie Marchetti
Professeure documentaliste
Collège des Trois-Vallées – RNE : 038 0751 K
""")

mail(L("password_reset", True, "0633653D", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "Reset link expired: she was invigilating the French paper of the brevet and clicked it in the evening. Asks for a new link; UAI in the signature line."),
     frm=("Nathalie Ribeyre", "nathalie.ribeyre63@gmail.com"), client="gmail",
     subj="Lien expiré",
     date="2025-06-27 08:03:37 +0200",
     body="""Bonjour,

J'ai demandé hier un nouveau mot de passe pour e-sidoc et j'ai bien reçu le mail, mais j'étais en surveillance de l'épreuve de français toute la matinée et je n'ai cliqué sur le lien qu'à 19 h : page « lien expiré ». Pourriez-vous m'en renvoyer un ? Promis, cette fois je clique tout de suite.

Merci,
Nathalie Ribeyre
CDI – Collège Jules-Romains (0633653D)
""")

mail(L("password_reset", True, None, "bourgogne-franche-comte", "espace_acheteur", False, "fr",
       "Formal letter from a gestionnaire who must place orders before the accounting office closes for the summer: Espace Acheteur login and password no longer recognised. No UAI; region from the ac-dijon.fr sender."),
     frm=("Gilles Poirot", "gilles.poirot@ac-dijon.fr"), client="outlook",
     subj="Perte des identifiants Espace Acheteur",
     date="2025-06-24 11:15:02 +0200",
     body="""Madame, Monsieur,

Je dois passer nos dernières commandes de l'année scolaire avant la fermeture estivale de l'agence comptable, le 11 juillet. Or, depuis le changement d'adresse de messagerie du service d'intendance, ni mon identifiant ni mon mot de passe ne sont plus reconnus sur l'Espace Acheteur.

Je vous saurais gré de bien vouloir m'indiquer la marche à suivre pour récupérer mes accès.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Gilles Poirot
Adjoint gestionnaire
Lycée du Val de Saône – Auxonne
""")

mail(L("password_reset", False, "0717426L", "bourgogne-franche-comte", "esidoc", True, "fr",
       "Two topics: an e-sidoc password that no longer works (first, main) and a missing invoice for the 2024-2025 subscription (order_billing). The reset answer would leave the invoice question unanswered, so it goes to a person."),
     frm=("Jocelyne Dufour", "jocelyne.dufour@ac-dijon.fr"), client="thunderbird",
     subj="Deux petites questions avant les vacances",
     date="2025-07-01 14:48:19 +0200",
     body="""Bonjour,

Deux petites choses avant les vacances :

1) je n'arrive plus à me connecter au back-office e-sidoc, mon mot de passe n'est plus accepté (il a peut-être expiré ?). Pouvez-vous me renvoyer de quoi le réinitialiser ?

2) notre gestionnaire me réclame la facture de l'abonnement 2024-2025, que nous n'avons jamais reçue ; elle en a besoin pour le mandatement avant la clôture.

Merci beaucoup,

Jocelyne Dufour
CDI – Collège du Clunisois
0717426L
""")

mail(L("password_reset", True, None, "hauts-de-france", "esidoc", True, "fr",
       "Wrong check letter: 0598087W is given as the login, but the digits give 0598087V, so it is not a valid UAI (probable typo, which also explains the 'identifiant inconnu' message). Region from the ac-lille.fr sender. Plain lost-password request."),
     frm=("Damien Vandamme", "damien.vandamme@ac-lille.fr"), client="zimbra",
     subj="Réinitialisation mot de passe administrateur",
     date="2025-05-27 09:33:48 +0200",
     body="""Bonjour,

Je souhaiterais réinitialiser le mot de passe administrateur e-sidoc du lycée, identifiant 0598087W. J'ai essayé le lien « mot de passe oublié » mais le site me répond que l'identifiant est inconnu.

Je dois absolument relancer les élèves de terminale qui n'ont pas rendu leurs livres avant les épreuves.

Merci de votre aide,
D. Vandamme
Professeur documentaliste
""")

mail(L("password_reset", True, "0293169M", "bretagne", "esidoc", True, "fr",
       "The UAI appears only in the sender address, in lower case (ce.0293169m@ac-rennes.fr). The secretariat of a bac exam centre asks for the librarian's reset link on that official address: the safe reset path."),
     frm=("Secrétariat Lycée de l'Élorn", "ce.0293169m@ac-rennes.fr"), client="zimbra",
     subj="Mot de passe e-sidoc de notre documentaliste",
     date="2025-06-18 12:02:26 +0200",
     body="""Bonjour,

Ici le secrétariat du lycée, centre d'épreuves du bac cette semaine : pardon pour la brièveté.

M. Le Goff, notre professeur documentaliste, ne retrouve plus son mot de passe pour la gestion e-sidoc et n'a pas le temps de s'en occuper entre deux surveillances. Le plus simple pour nous : faites partir le lien de réinitialisation vers la boîte du lycée, d'où nous écrivons, et il le récupérera au secrétariat demain matin.

Merci,
Le secrétariat de direction
""")

mail(L("password_reset", False, "0213024Y", "bourgogne-franche-comte", "esidoc", False, "fr",
       "Reply (Outlook French 'De : / Envoyé :' block) to the automatic reset answer: the link goes to a predecessor's deleted mailbox and the official mailbox is read by the principal, who sits on a brevet jury. The template was already sent; a person must take over."),
     frm=("Mélanie Girardot", "melanie.girardot@ac-dijon.fr"), client="outlook",
     subj="RE: [#SUP-011736] Mot de passe e-sidoc",
     ticket="SUP-011736",
     date="2025-06-30 15:26:11 +0200",
     body="""Bonjour,

Merci, mais le lien part visiblement sur l'adresse de mon prédécesseur, qui a quitté le collège en 2023 et dont la boîte a été supprimée. La boîte ce. du collège, c'est Mme la Principale qui la relève et elle est en jury de brevet jusqu'à vendredi.

Y a-t-il une autre solution ? Je pars en congé le 8.

Mélanie Girardot
Documentaliste – Collège Gaston-Roupnel (0213024Y)

""" + q_outlook_fr(DESK, "2025-06-30 09:12:00 +0200", ("Mélanie Girardot", "melanie.girardot@ac-dijon.fr"),
                   "[#SUP-011736] Mot de passe e-sidoc", """Bonjour,

Votre demande a bien été prise en compte. Un lien permettant de choisir un nouveau mot de passe vient d'être envoyé à l'adresse enregistrée pour le compte administrateur de votre établissement. Ce lien est valable 12 heures et ne peut servir qu'une fois.

Si vous n'avez plus accès à cette adresse, le chef d'établissement peut nous adresser une demande écrite de changement d'adresse de contact.

L'équipe d'assistance"""))

mail(L("password_reset", False, "0443789E", "pays-de-la-loire", "ecoledirecte", True, "fr",
       "Negation: explicitly NOT the daily maintenance password (that would be transfer_incident); it is her own EcoleDirecte administration password, mistyped when she changed it. No reset template exists for this product, so a person answers."),
     frm=("Florence Guérin", "florence.guerin@ensemble-scolaire-stfelix.fr"), client="outlook",
     subj="Mot de passe administration EcoleDirecte",
     date="2025-07-03 10:09:51 +0200",
     body="""Bonjour,

Je précise tout de suite : je ne cherche PAS le mot de passe de maintenance du jour, ça j'ai compris comment l'obtenir.

C'est mon mot de passe personnel d'accès à l'administration EcoleDirecte qui ne passe plus depuis que je l'ai changé lundi (j'ai dû faire une faute de frappe en le confirmant). Résultat : impossible de préparer l'ouverture des comptes des futurs 6e et des nouvelles familles.

Pouvez-vous le réinitialiser ?

Florence Guérin
Secrétariat de direction
Ensemble scolaire Saint-Félix – 0443789E
""")

mail(L("password_reset", True, "0757010M", "ile-de-france", "esidoc", False, "en",
       "English; contract librarian replacing a colleague until the end of the year knows neither the login nor the password; she guessed the login is the UAI, which she gives."),
     frm=("Daniel Wexford", "dwexford.lib@gmail.com"), client="gmail",
     subj="Login for the library back office",
     date="2025-06-02 09:47:30 +0200",
     body="""Hi,

I started last week as a contract librarian at Collège Violet, Paris 15e, replacing a colleague on leave until the end of the school year. I have been asked to print the overdue lists before the last day of classes, but I don't have the login for the e-sidoc back office, nor the password.

Someone in the staff room told me the username is the school code, which would be 0757010M, but I still need a password. Could you help?

Best,
Daniel Wexford
""")

mail(L("password_reset", True, "0456043Z", "centre-val-de-loire", "esidoc", True, "fr",
       "Reply (Zimbra 'Mail original') on a subscription-activation ticket: the quoted history is about the subscription, the new text says it is solved and asks for a reset link for a forgotten password. The new request clearly differs, so password_reset."),
     frm=("Armelle Touchard", "armelle.touchard@ac-orleans-tours.fr"), client="zimbra",
     subj="Re: [#SUP-011482] Abonnement Lirtuel non visible",
     ticket="SUP-011482",
     date="2025-06-05 14:31:08 +0200",
     body="""Bonjour,

L'abonnement apparaît bien maintenant, merci !

En revanche, autre souci qui n'a rien à voir : j'ai changé mon mot de passe e-sidoc vendredi dernier et impossible de m'en souvenir. Est-ce que je peux avoir un lien pour en choisir un nouveau ?

Collège Maurice-Genevoix, 0456043Z.

Bonne journée,
Armelle Touchard

""" + q_zimbra_fr(DESK, "2025-06-03 10:45:12 +0200", ("Armelle Touchard", "armelle.touchard@ac-orleans-tours.fr"),
                  "[#SUP-011482] Abonnement Lirtuel non visible", """Bonjour,

Un abonnement commandé devient visible dans votre portail dans un délai de 72 heures après la validation de la commande. Votre commande datant d'hier, nous vous invitons à patienter jusqu'à jeudi.

Bien cordialement,
L'équipe d'assistance"""))

mail(L("password_reset", True, "0573687Y", "grand-est", "esidoc", False, "fr",
       "Pastes the portal's lock message (code AUTH-LOCK-05): account locked after five failures and still locked; asks to unlock or for a reset link."),
     frm=("Bertrand Hoffmann", "bertrand.hoffmann@ac-nancy-metz.fr"), client="outlook",
     subj="Compte verrouillé",
     date="2025-05-22 08:26:44 +0200",
     body="""Bonjour,

Voici le message que j'obtiens en me connectant à l'administration du portail :

    Échec de l'authentification : identifiant ou mot de passe incorrect.
    Après 5 tentatives infructueuses, votre compte a été verrouillé.
    Réessayez dans 30 minutes ou contactez votre administrateur.
    (code AUTH-LOCK-05)

J'ai attendu bien plus de 30 minutes, rien ne change. Et l'administrateur, c'est moi...
Pouvez-vous débloquer le compte ou m'envoyer un lien de réinitialisation ?

Cordialement,
Bertrand Hoffmann
Professeur documentaliste – Lycée Robert-Schuman, Metz
UAI 0573687Y
""")

mail(L("password_reset", True, "0864801B", "nouvelle-aquitaine", "esidoc", False, "fr",
       "Two paragraphs about the end-of-year stock-take and parent volunteers before the actual request: the password changed in March is forgotten. UAI in the body."),
     frm=("Catherine Brunet", "catherine.brunet1@ac-poitiers.fr"), client="thunderbird",
     subj="Inventaire de fin d'année et accès e-sidoc",
     date="2025-06-12 17:39:02 +0200",
     body="""Bonjour,

Comme chaque année à cette période, nous préparons le récolement du fonds : cette année nous avons décidé de faire aussi un gros désherbage du rayon documentaires, qui n'avait pas été touché depuis 2016. Deux parents d'élèves bénévoles viennent nous aider les mardis, ce qui est précieux.

Nous aimerions aussi faire le point sur les manuels prêtés aux élèves de 3e avant leur départ, mais cela dépend de la date du brevet blanc de rattrapage, pas encore fixée.

Bref, pour tout cela il me faut le back-office e-sidoc, et c'est là que ça coince : j'ai renouvelé le mot de passe en mars (le site l'imposait) et je ne m'en souviens plus. Pourriez-vous m'aider à le réinitialiser ? Notre code UAI est 0864801B.

Merci et bonne fin d'année,

Catherine Brunet
Collège Camille-Guérin – Poitiers
""")

mail(L("password_reset", True, "0625130P", "hauts-de-france", "esidoc", False, "fr",
       "Polite formal letter ('Madame, Monsieur') from a lycée professionnel librarian: account locked after the password expired; asks for the reset procedure. UAI in the body."),
     frm=("Isabelle Caron", "isabelle.caron@ac-lille.fr"), client="outlook", charset="windows-1252",
     subj="Demande de réinitialisation de mot de passe",
     date="2025-06-06 10:58:13 +0200",
     body="""Madame, Monsieur,

Professeure documentaliste au lycée professionnel Jean-Prouvé de Lens (UAI 0625130P), je ne parviens plus à accéder à l'interface de gestion de notre portail e-sidoc : le mot de passe est arrivé à expiration et, après plusieurs essais, le compte s'est bloqué.

Je vous serais reconnaissante de bien vouloir procéder à sa réinitialisation, ou de m'indiquer la démarche à suivre.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, mes salutations respectueuses.

Isabelle Caron
""")

mail(L("password_reset", True, None, None, "espace_acheteur", False, "fr",
       "The town hall's IT contractor: the commune's Espace Acheteur account is tied to a former secretary's deactivated address, so the new secretary cannot log in. A lost-login case: the reset procedure (address on file, else a written request) answers it, as when the address on file belongs to someone who left. No UAI, non-academic sender: no region."),
     frm=("Julien Mercadier", "j.mercadier@infoservices-landes.fr"), client="outlook",
     subj="Compte Espace Acheteur mairie de Saint-Rémy - réinitialisation",
     date="2025-06-10 15:04:27 +0200",
     body="""Bonjour,

Je suis technicien chez InfoServices Landes, prestataire informatique de la mairie de Saint-Rémy-des-Landes.

La secrétaire de mairie qui passait les commandes pour l'école est partie fin mai, et le compte Espace Acheteur de la commune est rattaché à son adresse nominative, que nous avons désactivée. Sa remplaçante ne peut donc pas se connecter, et la mairie doit commander le mobilier de la classe ouverte à la rentrée.

Comment peut-on réinitialiser le mot de passe, ou rattacher le compte à l'adresse générique mairie@saint-remy-des-landes.fr ?

Cordialement,
Julien Mercadier
InfoServices Landes – 05 58 00 41 96
""")

mail(L("password_reset", False, "0544081T", "grand-est", "esidoc", True, "fr",
       "Expired password, but asks for the new one to be sent to a personal Gmail because the academic mailbox closes with her transfer: delivery to an address not on file is refused by the reset rule, so no automatic answer."),
     frm=("Aurélie Thiébaut", "aurelie.thiebaut54@gmail.com"), client="gmail",
     subj="Mot de passe expiré e-sidoc - mutation",
     date="2025-07-02 21:14:40 +0200",
     body="""Bonjour,

Mon mot de passe e-sidoc a expiré ce matin. Je suis mutée dans une autre académie et mon adresse académique sera fermée à partir du 5 juillet ; or il me reste à clôturer les prêts et à laisser le fonds propre pour mon ou ma successeur.

Pourriez-vous m'envoyer le nouveau mot de passe directement sur cette adresse gmail ? Ce serait plus simple.

Collège Jacques-Callot, Lunéville – 0544081T

Merci !
Aurélie Thiébaut""")

mail(L("password_reset", True, None, "pays-de-la-loire", "esidoc", False, "fr",
       "Short iPhone message with abbreviations: e-sidoc account locked after five attempts, urgent for the textbook returns. No UAI; region from the ac-nantes.fr sender."),
     frm=("Yann Priou", "yann.priou@ac-nantes.fr"), client="iphone", html=False,
     subj="Compte bloqué",
     date="2025-06-23 07:18:55 +0200",
     body="""Bjr, compte bloqué sur esidoc apres 5 essais. C urgent pr les retours de manuels jeudi. Pouvez vs me debloquer svp ? Merci

Envoyé de mon iPhone""")

mail(L("password_reset", True, "9742874F", "la-reunion", "esidoc", False, "fr",
       "La Réunion (+0400, earlier calendar): expired password, old one forgotten; wants access back before the austral winter break. UAI in the body."),
     frm=("Marie-Josée Payet", "marie-josee.payet@ac-reunion.fr"), client="outlook",
     subj="Mot de passe expiré - CDI collège Les Tamarins",
     date="2025-07-01 09:22:16 +0400",
     body="""Bonjour depuis La Réunion,

Chez nous la rentrée se fait le 18 août, donc je voudrais tout préparer sur le portail avant de partir en congés. Mais le mot de passe du back-office e-sidoc a expiré et je ne retrouve pas l'ancien pour le changer.

Pouvez-vous me transmettre un lien de réinitialisation ? Collège Les Tamarins, UAI 9742874F.

Merci et bonne journée (ici il est 9 h, chez vous 7 h !)

Marie-Josée Payet
Professeure documentaliste
0262 00 31 58
""")

mail(L("password_reset", True, None, None, "esidoc", False, "en",
       "English, AEFE school in New York (-0400): the librarian left and took the e-sidoc admin password with her; the IT coordinator asks for the procedure before the summer. No UAI, non-academic domain: no region."),
     frm=("Marcus Delaney", "mdelaney@lfhudson-ny.org"), client="outlook",
     subj="Recovering our e-sidoc admin access",
     date="2025-06-13 14:36:05 -0400",
     body="""Good afternoon,

I'm the IT coordinator at the Lycée Français Hudson in New York. Our librarian left mid-year, and the password for the e-sidoc administration account seems to have left with her. Our new librarian starts on August 20 and we would like to have the access back before everyone leaves for the summer.

What is the procedure? Our head of school can confirm in writing if that is needed.

Kind regards,
Marcus Delaney
IT Coordinator
Lycée Français Hudson
+1 212 555 0147
""")

mail(L("password_reset", True, "0131917N", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
       "Thunderbird French forward ('Message transféré') of the reset mail, whose link now answers 'no longer valid'; asks for a new link. UAI in the body."),
     frm=("Olivier Santoni", "olivier.santoni@ac-aix-marseille.fr"), client="thunderbird",
     subj="Tr: Réinitialisation de votre mot de passe e-sidoc",
     date="2025-05-30 11:47:29 +0200",
     body="""Bonjour,

Le lien ci-dessous me renvoie « Ce lien n'est plus valide ». Je l'ai pourtant ouvert moins d'une heure après réception (mais peut-être deux fois, la première page n'avait pas chargé). Pourriez-vous m'en générer un autre ?

Lycée Saint-Exupéry, Marseille – 0131917N

Merci,
O. Santoni

""" + fwd_tb_fr(("e-sidoc", "no-reply@esidoc.example.fr"), "2025-05-30 10:59:41 +0200",
                "olivier.santoni@ac-aix-marseille.fr", "Réinitialisation de votre mot de passe e-sidoc",
                """Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le compte administrateur 0131917N.
Pour choisir un nouveau mot de passe, suivez ce lien (valable 12 heures, utilisable une seule fois) :
https://0131917n.esidoc.example.fr/admin/reset?t=Q7x2...

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
"""))

mail(L("password_reset", True, "0935723R", "ile-de-france", "esidoc", True, "fr",
       "Written by the deputy head (proviseur adjoint), not the head of establishment: he asks for a reset link to the lycée's official ce. address because the librarian is on sick leave. A plain reset request on the safe path, not a head-of-establishment request."),
     frm=("Stéphane Ndiaye", "stephane.ndiaye@ac-creteil.fr"), client="outlook",
     subj="Réinitialisation accès e-sidoc - lycée Paul-Robert",
     date="2025-06-04 12:40:33 +0200",
     body="""Bonjour,

Je suis proviseur adjoint du lycée Paul-Robert (UAI 0935723R). Notre documentaliste est en arrêt jusqu'à la fin de l'année et nous devons lancer la récupération des manuels de seconde la semaine prochaine. Personne d'autre ne connaît le mot de passe de l'administration e-sidoc.

Pourriez-vous envoyer un lien de réinitialisation sur la boîte officielle du lycée (ce.0935723R@ac-creteil.fr) ? Le secrétariat me le fera suivre.

Merci par avance,
Stéphane Ndiaye
Proviseur adjoint
""")

# ==========================================================================
# missing_noreply_mail
# ==========================================================================

mail(L("missing_noreply_mail", True, "0853621Z", "pays-de-la-loire", "espace_acheteur", False, "fr",
       "New gestionnaire taking up her post in June: the Espace Acheteur activation mail never arrived, not in junk either; no anti-spam product named."),
     frm=("Sandrine Morisset", "sandrine.morisset@ac-nantes.fr"), client="outlook",
     subj="Pas de mail d'activation - Espace Acheteur",
     date="2025-06-17 09:05:38 +0200",
     body="""Bonjour,

Je prends mes fonctions de gestionnaire au collège Les Herbiers-Centre le 1er juillet et je profite de quelques jours de tuilage avec mon prédécesseur pour m'inscrire sur l'Espace Acheteur.

J'ai rempli le formulaire vendredi, le site m'a dit qu'un mail d'activation allait m'être envoyé... rien depuis. J'ai regardé dans les courriers indésirables, dans tous les dossiers, rien non plus.

Établissement : 0853621Z.

Merci de votre aide,
Sandrine Morisset
""")

mail(L("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
       "The ticket portal's confirmation mail (needed to choose a password) never arrived. No UAI, non-academic domain: no region."),
     frm=("Thierry Lemaître", "intendance@lpa-bocage-normand.fr"), client="roundcube",
     subj="Confirmation d'inscription portail d'assistance non reçue",
     date="2025-05-21 16:44:57 +0200",
     body="""Bonjour,

J'ai créé hier un compte sur votre portail de tickets pour suivre nos demandes, mais je n'ai jamais reçu le mail de confirmation qui doit me permettre de définir un mot de passe. J'ai vérifié les indésirables.

L'adresse utilisée est celle-ci : intendance@lpa-bocage-normand.fr

Cordialement,
T. Lemaître, intendance
""")

mail(L("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
       "Phone-typed; reads like a password problem but the reset tool works: the reset mail never arrives, spam folder checked. The taxonomy puts a missing new-password mail under missing_noreply_mail. No UAI, orange.fr sender: no region."),
     frm=("Chantal Rigaud", "chantal.rigaud@orange.fr"), client="samsung",
     subj="Réinitialisation",
     date="2025-06-09 19:31:22 +0200",
     body="""bonsoir, jai fait 3 fois mot de passe oublié sur l espace acheteur, pas recu le mail de reinit, rien ds les spams non plus. comment je fais ?? merci
Chantal Rigaud, secretaire mairie de Lentigny

Envoyé depuis mon Galaxy""")

mail(L("missing_noreply_mail", True, None, None, "esidoc", False, "en",
       "English, AEFE school in Casablanca (+0100): no mail from the no-reply address reaches the school (new-password mail, reservation alerts); no anti-spam product named. Moroccan phone number, no region."),
     frm=("Youssef Benjelloun", "y.benjelloun@lycee-anatole-casa.ma"), client="outlook",
     subj="No emails from e-sidoc",
     date="2025-06-03 10:12:48 +0100",
     body="""Dear support team,

I am the network administrator of Lycée Anatole-France in Casablanca. Since our move to a new mail server in May, our librarian no longer receives any of the automatic e-sidoc messages: the new password email, the reservation notifications, nothing. Other external mail arrives normally.

I checked the server logs and see no message from your no-reply address at all. Is there a specific sender address or IP range we should whitelist?

Best regards,
Youssef Benjelloun
Network administrator
+212 5 22 48 17 30
""")

mail(L("missing_noreply_mail", True, "0170979X", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
       "MailInBlack appears only in a denial (checked with the IT referent: neither the lycée nor the region runs it). The activation mail just does not arrive, which is missing_noreply_mail."),
     frm=("Pascal Gaborit", "pascal.gaborit@ac-poitiers.fr"), client="thunderbird",
     subj="Mail d'activation jamais reçu",
     date="2025-06-19 14:03:15 +0200",
     body="""Bonjour,

Je lis sur votre FAQ qu'il faut vérifier MailInBlack : nous ne l'utilisons pas, ni au lycée ni à la région, je l'ai vérifié avec notre référent numérique. Pourtant le mail d'activation de mon compte Espace Acheteur n'arrive toujours pas, une semaine après l'inscription, et il n'est pas non plus dans les indésirables.

Lycée maritime et aquacole, 0170979X.

Cordialement,
Pascal Gaborit
Adjoint gestionnaire
""")

mail(L("missing_noreply_mail", True, "0720436H", "pays-de-la-loire", "espace_acheteur", False, "fr",
       "The structure's administrator never receives the 'account to validate' notifications, while new colleagues keep signing up before the summer."),
     frm=("Hélène Bouvier", "helene.bouvier@ac-nantes.fr"), client="outlook",
     subj="Notifications de comptes à valider",
     date="2025-06-25 11:29:40 +0200",
     body="""Bonjour,

Je suis l'administratrice de la structure pour la cité scolaire Paul-Scarron (0720436H). En cette fin d'année, plusieurs collègues arrivés en juin se sont inscrits sur l'Espace Acheteur et me disent être « en attente de validation », mais je ne reçois aucune des notifications qui devraient me prévenir. J'ai trouvé leurs demandes en allant voir directement dans la gestion des utilisateurs.

Avant ce printemps je les recevais. Pouvez-vous regarder ?

Merci,
Hélène Bouvier
""")

mail(L("missing_noreply_mail", False, None, "occitanie", "espace_acheteur", False, "fr",
       "Reply (Apple Mail French quote) after the junk-folder answer: three days later the activation mail still has not come. The junk-folder answer has already gone out and did not help, so the follow-up belongs to a person. No UAI; region from ac-montpellier.fr."),
     frm=("Rémi Castan", "remi.castan@ac-montpellier.fr"), client="apple",
     subj="Re: [#SUP-011902] Mail d'activation",
     ticket="SUP-011902",
     date="2025-06-16 08:51:03 +0200",
     body="""Bonjour,

J'ai fait tout ce que vous disiez (indésirables, expéditeur ajouté aux contacts), mais trois jours après toujours rien. Pouvez-vous transmettre à quelqu'un qui peut regarder de votre côté ?

Rémi Castan

""" + q_apple_fr(DESK, "2025-06-13 10:20:00 +0200", """Bonjour,

Le message d'activation est envoyé par une adresse no-reply. Merci de vérifier votre dossier de courrier indésirable, de marquer le message comme légitime s'il s'y trouve et d'ajouter l'expéditeur à vos contacts.

Sans nouvelles sous 48 heures, nous reviendrons vers vous.

L'équipe d'assistance"""))

mail(L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
       "The town hall's maintenance contractor asks which sender address to allow in the commune's mail filter because the no-reply messages never arrive; no anti-spam product named. No UAI, no académie domain."),
     frm=("Ludovic Arnaud", "ludovic.arnaud@reseaux-vallee.fr"), client="outlook",
     subj="Adresse expéditrice à autoriser",
     date="2025-06-02 14:22:09 +0200",
     body="""Bonjour,

Nous assurons la maintenance informatique de la mairie de Val-Fleury. Les agents de la mairie qui utilisent l'Espace Acheteur pour les commandes des écoles ne reçoivent aucun mail automatique de votre part (activation, mot de passe, notifications), alors que le reste du courrier arrive.

Pouvez-vous nous indiquer l'adresse expéditrice exacte et, si possible, les serveurs d'envoi, afin que nous les ajoutions en liste blanche dans notre filtre ?

Merci,
Ludovic Arnaud
Réseaux de la Vallée – maintenance informatique
""")

mail(L("missing_noreply_mail", True, "0310213N", "occitanie", "esidoc", False, "fr",
       "Pastes the screen saying a mail was sent to a masked address, but nothing arrived in that mailbox; no anti-spam product named. UAI in the body."),
     frm=("Guillaume Sarda", "guillaume.sarda@ac-toulouse.fr"), client="gmail",
     subj="Mail de réinitialisation introuvable",
     date="2025-05-26 13:14:50 +0200",
     body="""Bonjour,

Quand je demande un nouveau mot de passe sur e-sidoc, la page affiche :

« Un e-mail contenant un lien de réinitialisation vous a été envoyé à l'adresse g***@ac-t*****.fr. Pensez à vérifier votre dossier de courriers indésirables. »

Mais rien n'arrive, ni dans la boîte de réception ni dans les indésirables, et j'ai réessayé trois fois depuis jeudi. Collège Pierre-Paul-Riquet, 0310213N.

Merci d'avance,
Guillaume Sarda
""")

mail(L("missing_noreply_mail", True, "0227959G", "bretagne", "esidoc", False, "fr",
       "The weekly overdue-loans summary that e-sidoc sends from its no-reply address has stopped arriving just when the end-of-year returns start; no anti-spam product named."),
     frm=("Morgane Le Bihan", "morgane.le-bihan@ac-rennes.fr"), client="zimbra",
     subj="Récapitulatif hebdomadaire des retards",
     date="2025-06-10 08:37:21 +0200",
     body="""Bonjour,

Depuis mi-mai je ne reçois plus le récapitulatif hebdomadaire des prêts en retard qu'e-sidoc m'envoyait chaque lundi. C'est bien dommage, c'est justement le moment où je relance tout le monde avant les vacances.

Rien dans les indésirables. L'option est toujours cochée dans mes préférences.

Lycée Jean-Monnet? non, pardon : collège Jean-Moulin, Saint-Brieuc – 0227959G

Merci,
Morgane Le Bihan
""")

mail(L("missing_noreply_mail", False, "0457916K", "centre-val-de-loire", "espace_acheteur", True, "fr",
       "Two topics: the activation mail never came (main) and whether a basket prepared on another account can be transferred (order_billing). An automatic answer on the first point would leave the basket question hanging."),
     frm=("Nadia Ferhat", "nadia.ferhat@ac-orleans-tours.fr"), client="outlook",
     subj="Activation compte + panier",
     date="2025-07-04 10:33:46 +0200",
     body="""Bonjour,

Je me suis inscrite lundi sur l'Espace Acheteur mais je n'ai toujours pas reçu le mail d'activation (j'ai regardé les indésirables).

Par ailleurs, ma collègue partie en retraite avait préparé un panier pour les fournitures de rentrée sur son propre compte. Est-il possible de le transférer sur le mien une fois que je serai activée, ou faut-il tout refaire ?

Lycée Voltaire, Orléans – 0457916K

Bien cordialement,
Nadia Ferhat
Secrétaire d'intendance
""")

mail(L("missing_noreply_mail", True, "0840648Y", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
       "About an order, but the question is the automatic order-confirmation mail that never arrived (the order itself shows as validated): a missing no-reply notification, not order_billing. No anti-spam product named."),
     frm=("Fabienne Roux", "fabienne.roux@ac-aix-marseille.fr"), client="outlook",
     subj="Confirmation de commande non reçue",
     date="2025-06-20 16:07:31 +0200",
     body="""Bonjour,

J'ai validé mardi une commande de matériel pour la salle des examens. Dans « Mes commandes » elle apparaît bien comme validée, aucun souci de ce côté. En revanche je n'ai jamais reçu le mail automatique de confirmation, que notre agent comptable veut joindre au dossier.

Est-ce que ce mail est bien parti ? Je n'ai rien dans les spams.

Fabienne Roux
Lycée Frédéric-Mistral, Avignon (0840648Y)
""")

mail(L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
       "English; the verification email needed to activate a new Espace Acheteur account never arrived. Gmail sender, no UAI: no region."),
     frm=("Emily Carter-Roussel", "emily.carter.roussel@gmail.com"), client="gmail",
     subj="Verification email never arrived",
     date="2025-06-12 18:25:14 +0200",
     body="""Hello,

I signed up on the Espace Acheteur yesterday for the international section of our lycée (I handle the budget for the English-language section). The site said a verification email would be sent, but nothing has arrived, not even in spam.

Could you resend it, or tell me what I might have done wrong?

Thank you,
Emily Carter-Roussel
""")

mail(L("missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
       "Gmail-style French forward of a colleague's message: her account was validated but the first-login link never came. Region from the ac-versailles.fr sender."),
     frm=("Thomas Lefebvre", "thomas.lefebvre@ac-versailles.fr"), client="gmail",
     subj="Fwd: lien de première connexion",
     date="2025-06-06 15:58:02 +0200",
     body="""Bonjour,

Je vous transfère le message de ma collègue, nouvelle secrétaire de l'intendance : son compte est validé depuis mardi (je l'ai fait moi-même en tant qu'administrateur) mais elle n'a jamais reçu le lien de première connexion.

Merci de votre aide,
Thomas Lefebvre, gestionnaire

""" + fwd_gmail_fr(("Inès Rahmani", "ines.rahmani@ac-versailles.fr"), "2025-06-06 14:40:00 +0200",
                   ("Thomas Lefebvre", "thomas.lefebvre@ac-versailles.fr"), "lien de première connexion", """Thomas,

Toujours rien reçu pour le lien de l'Espace Acheteur, j'ai regardé partout. Tu peux voir avec eux ?

Inès"""))

mail(L("missing_noreply_mail", True, None, None, None, False, "fr",
       "One line from a phone: the activation mail has not come since Monday. No product named, no UAI, free.fr sender."),
     frm=("Joël Perrin", "joel.perrin71@free.fr"), client="iphone", html=False,
     subj="Activation",
     date="2025-06-19 12:44:07 +0200",
     body="""Toujours pas reçu le mail d'activation depuis lundi.

Envoyé de mon iPhone""")

mail(L("missing_noreply_mail", True, "9761117K", "mayotte", "espace_acheteur", False, "fr",
       "Mayotte (+0300): none of the no-reply mails (activation, password) reach the collège; no anti-spam product named. UAI in the body."),
     frm=("Anli Madi", "anli.madi@ac-mayotte.fr"), client="outlook",
     subj="Aucun mail reçu de l'Espace Acheteur",
     date="2025-06-11 08:14:29 +0300",
     body="""Bonjour,

Au collège de Kwalé (9761117K), aucun des mails automatiques de l'Espace Acheteur ne nous parvient : ni l'activation, ni le mot de passe. Nous avons pourtant vérifié les courriers indésirables sur deux postes différents.

Nous avons une heure d'avance sur la métropole en ce moment ; je suis joignable le matin, jusqu'à 13 h heure de Paris.

Cordialement,
Anli Madi
Gestionnaire
0269 00 18 42
""")

mail(L("missing_noreply_mail", True, "7200364H", "corse", "esidoc", False, "fr",
       "The confirmation mail for changing the e-sidoc contact address never arrives; no anti-spam product named. Haute-Corse UAI (prefix 720) in the signature."),
     frm=("Paula Santucci", "paula.santucci@ac-corse.fr"), client="thunderbird",
     subj="Changement d'adresse de contact : mail de confirmation absent",
     date="2025-05-28 17:02:36 +0200",
     body="""Bonjour,

J'ai voulu remplacer l'adresse de contact du compte e-sidoc (celle de ma collègue partie) par la mienne avant les vacances. Le site indique qu'un mail de confirmation est parti vers la nouvelle adresse, mais je ne reçois rien, même après deux jours et un passage dans les indésirables.

Merci de me dire si je dois recommencer.

Paula Santucci
Collège de Corte
7200364H
""")

# ==========================================================================
# mailinblack_spam
# ==========================================================================

mail(L("mailinblack_spam", True, "0501063J", "normandie", "espace_acheteur", False, "fr",
       "The collège's digital referent sees the activation mails sitting in MailInBlack's quarantine and asks what to allow-list."),
     frm=("Vincent Lecoq", "vincent.lecoq@ac-normandie.fr"), client="thunderbird",
     subj="MailInBlack et mails d'activation",
     date="2025-05-23 13:55:11 +0200",
     body="""Bonjour,

Référent numérique du collège Le Castel (0501063J), je constate que les mails d'activation de l'Espace Acheteur destinés à nos gestionnaires sont retenus dans la quarantaine MailInBlack du collège.

Je peux les libérer à la main, mais je préférerais ajouter une règle une fois pour toutes. Quelle adresse ou quel domaine faut-il autoriser ?

Merci,
Vincent Lecoq
""")

mail(L("mailinblack_spam", True, None, "hauts-de-france", "esidoc", True, "fr",
       "Phone-typed, product misspelt 'mailinblak': the e-sidoc mails are held by it. Still clearly MailInBlack. No UAI; region from ac-amiens.fr."),
     frm=("Sylvie Dumont", "sylvie.dumont2@ac-amiens.fr"), client="android",
     subj="mails bloqués",
     date="2025-06-05 07:49:33 +0200",
     body="""bonjour
le mailinblak du college bloque les mails d esidoc, jai rien recu pr le nouveau mdp. vous avez une procedure svp ?
merci
S Dumont

Envoyé depuis Outlook pour Android""")

mail(L("mailinblack_spam", False, "0256914E", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
       "Describes a sender-authentication challenge (the desk must click a link to prove it is not a robot before its mails get through) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide."),
     frm=("Odile Vuillemin", "odile.vuillemin@ac-besancon.fr"), client="outlook",
     subj="Vos messages sont en attente de validation",
     date="2025-06-18 10:41:57 +0200",
     body="""Bonjour,

Notre nouvelle messagerie a un système anti-spam qui demande aux expéditeurs inconnus de cliquer sur un lien et de cocher « je ne suis pas un robot » avant que leur message ne me soit remis. Je pense que vos messages de l'Espace Acheteur restent bloqués à cette étape, puisque je ne reçois ni l'activation ni les notifications.

Auriez-vous reçu une demande de ce genre ? Si oui, pouvez-vous la valider ? Sinon, que dois-je faire de mon côté ?

Odile Vuillemin
Gestionnaire – Lycée Xavier-Marmier, Pontarlier (0256914E)
""")

mail(L("mailinblack_spam", True, None, "grand-est", "espace_acheteur", False, "en",
       "English; the school's Mailinblack Protect holds the Espace Acheteur mails. No UAI; region from the ac-strasbourg.fr sender."),
     frm=("Rachel Kimber", "rachel.kimber@ac-strasbourg.fr"), client="outlook",
     subj="Emails held by Mailinblack",
     date="2025-05-29 15:16:40 +0200",
     body="""Hello,

I coordinate the British international section at our lycée and I have been asked to place this year's last order for the section through the Espace Acheteur. Unfortunately our school uses Mailinblack Protect, and every email from your platform ends up in its "pending" area, including the link I need to confirm my account.

Is there an official list of sender addresses I can give to our IT so they can be allowed permanently?

Thanks,
Rachel Kimber
""")

mail(L("mailinblack_spam", True, "0604329E", "hauts-de-france", "espace_acheteur", False, "fr",
       "A person forwards MailInBlack's daily quarantine report listing two held Espace Acheteur mails and asks how to stop it; the forwarded part is machine text, the outer message is a real question."),
     frm=("Marc Delattre", "marc.delattre@ac-amiens.fr"), client="outlook",
     subj="TR: Votre rapport quotidien de messages en attente",
     date="2025-06-24 08:57:12 +0200",
     body="""Bonjour,

Je reçois tous les matins le rapport ci-dessous. Vos messages y sont systématiquement. Faut-il que je les autorise un par un ou existe-t-il une solution plus durable ?

Marc Delattre – Lycée Jean-Calvin, Noyon (0604329E)

""" + q_outlook_fr(("Mailinblack", "notifications@mailinblack.example.com"), "2025-06-24 07:00:00 +0200",
                   ("Marc Delattre", "marc.delattre@ac-amiens.fr"), "Votre rapport quotidien de messages en attente", """Bonjour,

2 messages sont en attente de validation depuis votre dernier rapport :

  no-reply@espace-acheteur.example.fr   Votre compte a été validé          23/06 16:42
  no-reply@espace-acheteur.example.fr   Commande n° EA-2025-18833 reçue    23/06 17:05

[Autoriser] [Bloquer] [Voir le message]

Mailinblack – Protection de messagerie"""))

mail(L("mailinblack_spam", True, "0763959R", "normandie", "espace_acheteur", False, "fr",
       "Reply (Thunderbird French quote) to the junk-folder answer: their IT found the mails held by MailInBlack, so the MailInBlack guide is now the right answer. UAI in the signature."),
     frm=("Corinne Lemarchand", "corinne.lemarchand@ac-normandie.fr"), client="thunderbird",
     subj="Re: [#SUP-011655] Pas de mail de validation",
     ticket="SUP-011655",
     date="2025-06-04 11:08:26 +0200",
     body="""Bonjour,

Rien dans les indésirables, mais notre informaticien a trouvé le problème : c'est MailInBlack, installé par la Région sur la messagerie du lycée en avril, qui retient vos mails. Que faut-il lui dire d'autoriser ?

Corinne Lemarchand
Lycée Jules-Siegfried, Le Havre – 0763959R

""" + q_tb_fr("Assistance", "2025-06-02 09:31:00 +0200", """Bonjour,

Les messages automatiques de la plateforme sont envoyés par une adresse no-reply. Pensez à regarder votre dossier de courrier indésirable et, le cas échéant, à déclarer le message comme légitime.

L'équipe d'assistance"""))

mail(L("mailinblack_spam", False, "0892770C", "bourgogne-franche-comte", "esidoc", True, "fr",
       "Two topics: e-sidoc mails held by MailInBlack (first, main) and a renewed Cafeyn subscription not visible to pupils (subscription_activation). The MailInBlack guide would leave the subscription question unanswered, hence no automatic answer."),
     frm=("Annick Bardet", "annick.bardet@ac-dijon.fr"), client="outlook",
     subj="MailInBlack + Cafeyn",
     date="2025-06-13 16:33:08 +0200",
     body="""Bonjour,

Deux soucis en cette fin d'année :

- MailInBlack bloque les messages d'e-sidoc (je ne reçois plus les demandes de réservation des élèves ni les alertes) ;
- l'abonnement Cafeyn, renouvelé il y a deux jours, n'apparaît pas dans le portail côté élèves.

Le premier est le plus gênant pour moi en ce moment.

Cordialement,
Annick Bardet
CDI – Lycée Joseph-Fourier, Auxerre (0892770C)
""")

mail(L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
       "The town hall's IT contractor installed MailInBlack on the commune's domain last month and asks how to let the Espace Acheteur mails through. No UAI, no académie domain."),
     frm=("Sébastien Roussel", "s.roussel@adn-informatique.fr"), client="outlook",
     subj="Mails Espace Acheteur retenus par MailInBlack - mairie de Beaulieu",
     date="2025-06-30 09:44:51 +0200",
     body="""Bonjour,

Nous avons déployé MailInBlack sur le domaine de la mairie de Beaulieu-sur-Layon le mois dernier. Depuis, les messages de l'Espace Acheteur (commandes pour les deux écoles de la commune) arrivent dans la file d'attente au lieu des boîtes des agents.

Avez-vous une procédure ou une liste d'expéditeurs à autoriser ?

Cordialement,
Sébastien Roussel
ADN Informatique – prestataire de la mairie
""")

mail(L("mailinblack_spam", True, "0022301R", "hauts-de-france", "espace_acheteur", False, "fr",
       "Clicked 'Autoriser' in a MailInBlack notice, yet the following mails are still held."),
     frm=("Delphine Carpentier", "delphine.carpentier@ac-amiens.fr"), client="gmail",
     subj="Mailinblack : autorisé mais toujours bloqué",
     date="2025-06-26 14:19:45 +0200",
     body="""Bonjour,

J'ai cliqué sur « Autoriser » dans le message de Mailinblack qui retenait votre mail de validation, et celui-là est bien arrivé. Mais les suivants (notification de commande, nouveau mot de passe) sont de nouveau retenus. Comment autoriser définitivement votre plateforme ?

Collège Gérard-Philipe, Saint-Quentin – 0022301R

Merci !
Delphine Carpentier
""")

mail(L("mailinblack_spam", True, None, None, "esidoc", False, "en",
       "English, AEFE school in Madrid: the IT provider set up Mailinblack on the school's domain and the e-sidoc notifications are quarantined. No UAI, no académie domain."),
     frm=("Lucía Ferrer", "lucia.ferrer@lfmadrid-norte.es"), client="gmail",
     subj="e-sidoc notifications stuck in Mailinblack",
     date="2025-06-09 12:06:33 +0200",
     body="""Hi there,

Our IT provider set up Mailinblack on our school's email domain last month, and since then the e-sidoc notifications (reservations, password emails) are sitting in the Mailinblack quarantine instead of my inbox. I can release them one by one but it's getting tedious, especially now with all the end-of-year returns.

Do you have a guide for whitelisting your sending addresses in Mailinblack?

Best,
Lucía Ferrer
Librarian – Liceo Francés Madrid Norte
+34 91 555 27 40
""")

mail(L("mailinblack_spam", True, "0945537H", "ile-de-france", "espace_acheteur", True, "fr",
       "Exam office of a lycée writing from the ce.<UAI>@ac-creteil.fr mailbox (the only place the UAI appears): MailInBlack holds the Espace Acheteur mails about the order of exam paper."),
     frm=("Bureau des examens - Lycée Marcel-Cachin", "ce.0945537H@ac-creteil.fr"), client="zimbra",
     subj="Commande copies d'examen - mails retenus",
     date="2025-05-20 10:27:18 +0200",
     body="""Bonjour,

Nous avons commandé sur l'Espace Acheteur les copies et brouillons pour la session de juin (bac et BTS), mais tous vos mails (confirmation, suivi de livraison) arrivent dans la quarantaine MailInBlack de la messagerie du lycée. Nous ne voyons que les notifications « message en attente ».

Pouvez-vous nous envoyer la procédure pour vous autoriser ?

Merci,
Le bureau des examens
""")

mail(L("mailinblack_spam", True, "0336564F", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
       "HTML-only Outlook message; the product is written 'Mail'In'Black'. The region's IT set it up and the platform's mails are held."),
     frm=("Véronique Lataste", "veronique.lataste@ac-bordeaux.fr"), client="outlook", html="only",
     subj="Messages bloqués par l'antispam",
     date="2025-06-03 15:42:10 +0200",
     body="""Bonjour,

Depuis l'installation par la Région du filtre Mail'In'Black sur notre messagerie, les messages de l'Espace Acheteur ne nous parviennent plus : ils restent dans l'espace « en attente » du filtre.

Pourriez-vous nous indiquer ce qu'il faut autoriser ?

Bien cordialement,
Véronique Lataste
Secrétaire de gestion – Lycée Gustave-Eiffel, Bordeaux
UAI 0336564F
""")

mail(L("mailinblack_spam", True, "9712942W", "guadeloupe", "espace_acheteur", False, "fr",
       "Guadeloupe (-0400): MailInBlack quarantine holds the activation mail; jokes about answering at night Paris time."),
     frm=("Josiane Lacroix", "josiane.lacroix@ac-guadeloupe.fr"), client="outlook",
     subj="Quarantaine MailInBlack",
     date="2025-06-17 07:35:22 -0400",
     body="""Bonjour,

Il est 7 h 30 ici, donc 13 h 30 chez vous : j'espère que ce message vous trouvera avant la fin de votre journée !

Le mail d'activation de l'Espace Acheteur est bloqué dans la quarantaine MailInBlack du lycée. Notre informaticien n'est là que le jeudi. Pouvez-vous m'envoyer la procédure pour qu'il autorise votre adresse ?

Lycée Baimbridge, Les Abymes – 9712942W

Merci,
Josiane Lacroix
""")

# ==========================================================================
# head_of_establishment_request
# ==========================================================================

mail(L("head_of_establishment_request", False, "0578202F", "grand-est", "esidoc", False, "fr",
       "The proviseur writes from the ce.<UAI> address: the librarian retires at the end of June; he asks to replace the admin contact address with the incoming colleague's and to reset the password. A head's written request for the staff queue."),
     frm=("Proviseur - Lycée Jean-de-Pange", "ce.0578202F@ac-nancy-metz.fr"), client="zimbra",
     subj="Changement d'adresse de contact et réinitialisation e-sidoc",
     date="2025-06-25 17:46:03 +0200",
     body="""Madame, Monsieur,

Mme Weber, professeure documentaliste du lycée, fait valoir ses droits à la retraite au 30 juin. Son successeur, M. Antoine Klein, est nommé à la rentrée.

En ma qualité de chef d'établissement, je vous demande :
- de remplacer l'adresse de contact du compte administrateur e-sidoc par antoine.klein@ac-nancy-metz.fr ;
- de réinitialiser le mot de passe de ce compte à cette occasion.

Je vous remercie de votre diligence.

Jean-Marc Schmitt
Proviseur
Lycée Jean-de-Pange, Sarreguemines
""")

mail(L("head_of_establishment_request", False, "0144390W", "normandie", "espace_acheteur", False, "fr",
       "Formal letter from the principal authorising the gestionnaire to validate an order before the summer; signed authorisation attached (PDF)."),
     frm=("Nicole Hébert", "nicole.hebert@ac-normandie.fr"), client="outlook",
     subj="Autorisation de validation de commande",
     date="2025-06-20 09:12:47 +0200",
     attach=[("autorisation_validation_commande.pdf", "application/pdf", fake_pdf("Autorisation principal 0144390W"))],
     body="""Madame, Monsieur,

Je soussignée, Nicole Hébert, principale du collège Guillaume-le-Conquérant à Falaise (UAI 0144390W), autorise Mme Claire Vautier, adjointe gestionnaire, à valider sur l'Espace Acheteur la commande de mobilier destinée à la salle d'examen, d'un montant de 14 820 € TTC.

Vous trouverez ci-joint l'autorisation signée.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nicole Hébert
Principale
""")

mail(L("head_of_establishment_request", False, "0599413L", "hauts-de-france", "espace_acheteur", False, "fr",
       "A primary-school head (directrice d'école), from the school's ce. address, asks to move the Espace Acheteur administrator role to the teacher who takes over the school in September."),
     frm=("École élémentaire Jules-Ferry", "ce.0599413L@ac-lille.fr"), client="roundcube",
     subj="Changement d'administrateur - école Jules-Ferry Tourcoing",
     date="2025-07-03 18:21:39 +0200",
     body="""Bonjour,

Je quitte la direction de l'école élémentaire Jules-Ferry de Tourcoing (0599413L) le 4 juillet. Mme Amandine Leroy, enseignante de l'école, reprend la direction à la rentrée.

Je vous demande donc de lui transférer le rôle d'administrateur de notre structure sur l'Espace Acheteur (adresse : amandine.leroy@ac-lille.fr) et de supprimer mon accès.

Merci,
Brigitte Vasseur
Directrice d'école
""")

mail(L("head_of_establishment_request", False, None, None, "esidoc", False, "en",
       "English; the head of an AEFE school in Tokyo (+0900) names the new e-sidoc administrator and asks to remove the former one. No UAI, non-academic domain: no region."),
     frm=("Claire Fontenay", "head@lfkanto-tokyo.jp"), client="outlook",
     subj="New e-sidoc administrator for our school",
     date="2025-06-27 16:05:54 +0900",
     body="""Dear Sir or Madam,

As head of the Lycée Français du Kantō in Tokyo, I am writing to designate Mr. Kenji Morel, our new librarian, as administrator of our e-sidoc portal from September 1st (kenji.morel@lfkanto-tokyo.jp).

Please also remove the access of Ms. Agnès Duval, who leaves the school at the end of this month.

We are seven hours ahead of Paris; my assistant, Ms. Sato, can be reached at +81 3 5555 0192 during our office hours if you need any confirmation.

Yours faithfully,
Claire Fontenay
Head of School (Proviseure)
""")

mail(L("head_of_establishment_request", False, "0313288F", "occitanie", "esidoc", False, "fr",
       "Reply (Outlook French 'De : / Envoyé :' block) in which the principal gives the written request the desk had asked for: reset of the admin password and a new contact address."),
     frm=("Principal - Collège Jean-Jaurès", "ce.0313288F@ac-toulouse.fr"), client="outlook",
     subj="RE: [#SUP-011590] Accès e-sidoc collège Jean-Jaurès",
     ticket="SUP-011590",
     date="2025-06-02 12:14:36 +0200",
     body="""Bonjour,

Comme demandé, je confirme par écrit, en tant que principal du collège Jean-Jaurès de Colomiers, ma demande de réinitialisation du mot de passe administrateur e-sidoc. Merci d'enregistrer comme nouvelle adresse de contact celle de Mme Laure Cabanes, documentaliste : laure.cabanes@ac-toulouse.fr.

Cordialement,
Philippe Rouquette
Principal

""" + q_outlook_fr(DESK, "2025-05-30 14:02:00 +0200", ("Principal - Collège Jean-Jaurès", "ce.0313288F@ac-toulouse.fr"),
                   "[#SUP-011590] Accès e-sidoc collège Jean-Jaurès", """Bonjour,

Votre documentaliste nous a signalé ne plus avoir accès à l'adresse de contact du compte e-sidoc. Pour modifier cette adresse, nous avons besoin d'une demande écrite du chef d'établissement, envoyée depuis la boîte officielle de l'établissement.

Cordialement,
L'équipe d'assistance"""))

mail(L("head_of_establishment_request", False, "0754819F", "ile-de-france", "esidoc", True, "fr",
       "Claims to be the principal but writes from a personal Gmail and asks for the admin password to be sent to that address because of an 'urgent inspection': weak evidence and an unsafe ask. Still a head-of-establishment request for the queue, where staff should verify and likely refuse."),
     frm=("Principal College Saint-Exupery", "principal.college.stexupery@gmail.com"), client="gmail",
     subj="URGENT mot de passe administrateur",
     date="2025-07-07 22:48:12 +0200",
     body="""Bonjour,

Je suis le principal du collège Saint-Exupéry, Paris 18e (0754819F). Nous avons une inspection demain matin et j'ai besoin immédiatement du mot de passe administrateur du portail e-sidoc. Ma boîte académique ne fonctionne pas depuis ce soir.

Merci de me l'envoyer directement à cette adresse, c'est urgent.

Le principal""")

mail(L("head_of_establishment_request", False, "0348358A", "occitanie", "esidoc", False, "fr",
       "The principal answers from his phone (Apple quote style) to confirm his librarian's request to reset the admin password and switch the contact address; the UAI is in the quoted part."),
     frm=("Laurent Pagès", "laurent.pages@ac-montpellier.fr"), client="iphone",
     subj="Re: Demande de réinitialisation accès e-sidoc",
     to=[DESK], cc=[("Agnès Cros", "agnes.cros@ac-montpellier.fr")],
     date="2025-06-12 13:02:49 +0200",
     body="""Je confirme la demande de Mme Cros. 
L. Pagès, principal

Envoyé de mon iPhone

""" + q_apple_fr(("Agnès Cros", "agnes.cros@ac-montpellier.fr"), "2025-06-12 10:37:00 +0200", """Bonjour,

Je suis la professeure documentaliste du collège Les Garrigues à Lunel (0348358A). L'adresse de contact de notre compte e-sidoc est encore celle de mon prédécesseur. Pourriez-vous réinitialiser le mot de passe et mettre mon adresse à la place ? Je mets M. le Principal en copie pour qu'il confirme.

Agnès Cros"""))

mail(L("head_of_establishment_request", False, "0512999H", "grand-est", "espace_acheteur", False, "fr",
       "The head of a cité scolaire asks to close at once the Espace Acheteur access of a gestionnaire who left on bad terms, and names who keeps the administrator role."),
     frm=("Proviseure - Cité scolaire Colbert", "ce.0512999H@ac-reims.fr"), client="outlook",
     subj="Fermeture d'un accès Espace Acheteur",
     date="2025-06-06 08:02:54 +0200",
     body="""Madame, Monsieur,

M. Frédéric Lambin, adjoint gestionnaire, a quitté ses fonctions à la cité scolaire Colbert de Reims le 5 juin, dans des conditions qui m'amènent à vous demander la fermeture immédiate de son accès à l'Espace Acheteur.

Mme Sarah Ouali, secrétaire d'intendance, reste administratrice de la structure ; elle est la seule personne habilitée à passer commande jusqu'à nouvel ordre.

Je vous remercie de me confirmer la prise en compte de cette demande.

Évelyne Marchal
Proviseure
Cité scolaire Colbert – 0512999H
""")

mail(L("head_of_establishment_request", False, "0061858M", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
       "The proviseur spends two paragraphs on bac results and the staff party before his request: reset of the e-sidoc admin password with the link sent to the lycée's official address. A head's written request, not a plain password_reset."),
     frm=("Bernard Giordano", "bernard.giordano@ac-nice.fr"), client="outlook",
     subj="Résultats, pot de fin d'année... et une demande",
     date="2025-07-04 16:28:31 +0200",
     body="""Bonjour,

Les résultats du bac sont tombés ce matin et je suis très fier de nos élèves : 97 % de réussite, dont une belle progression en filière technologique. Toute l'équipe a beaucoup donné cette année, le CDI en premier lieu, qui a tenu les permanences de révision jusqu'au bout.

Nous fêtons tout cela ce soir autour d'un pot de fin d'année, et notre documentaliste, Mme Bellini, nous quitte pour une autre académie : c'est justement la raison de ce message.

En tant que proviseur du lycée Masséna-Est (UAI 0061858M), je vous demande de réinitialiser le mot de passe du compte administrateur e-sidoc et d'envoyer le lien sur l'adresse officielle du lycée, ce.0061858M@ac-nice.fr, afin que nous gardions la main pendant l'été.

Bien cordialement,
Bernard Giordano
Proviseur
""")

mail(L("head_of_establishment_request", False, "0879488R", "nouvelle-aquitaine", "esidoc", True, "fr",
       "The principal's secretary relays the principal's signed request (PDF) to change the e-sidoc administrator, with the principal in copy: it is the head's written request, relayed; staff must check the letter and the sender."),
     frm=("Secrétariat de direction", "secretariat.direction.cgl@ac-limoges.fr"), client="outlook",
     subj="Demande de M. le Principal - changement d'administrateur e-sidoc",
     cc=[("Patrick Deschamps", "patrick.deschamps@ac-limoges.fr")],
     attach=[("courrier_principal_esidoc.pdf", "application/pdf", fake_pdf("Courrier principal 0879488R"))],
     date="2025-06-23 10:55:17 +0200",
     body="""Bonjour,

À la demande de M. Deschamps, principal du collège Georges-Limousin (0879488R), en copie de ce message, je vous transmets son courrier signé demandant que Mme Élise Faure devienne administratrice de notre portail e-sidoc à la place de M. Roux, muté.

Je reste à votre disposition.

Cordialement,
Martine Chabrol
Secrétaire de direction
""")

mail(L("head_of_establishment_request", False, "0664764V", "occitanie", "espace_acheteur", True, "fr",
       "The proviseur designates a new structure administrator on the Espace Acheteur; the UAI appears only in the signature, in lower case ('uai 0664764v'); the label is the upper-case code."),
     frm=("Jordi Vidal", "jordi.vidal@ac-montpellier.fr"), client="thunderbird",
     subj="Désignation d'un nouvel administrateur de structure",
     date="2025-07-08 11:37:04 +0200",
     body="""Bonjour,

Je vous informe que Mme Carla Batlle, nouvelle adjointe gestionnaire arrivée le 1er juillet, devient administratrice de notre structure sur l'Espace Acheteur. Merci de lui attribuer ce rôle et de retirer celui de M. Ferrer, parti à la retraite.

Jordi Vidal
proviseur, lycée Aristide-Maillol, Perpignan
uai 0664764v
""")

mail(L("head_of_establishment_request", False, "0491680K", "pays-de-la-loire", "espace_acheteur", False, "fr",
       "The head of a private school under contract (chef d'établissement) authorises in writing a summer order above the delegation threshold of his bursar."),
     frm=("Hervé Chauvin", "direction@stjoseph-cholet.fr"), client="outlook",
     subj="Autorisation de commande - Institution Saint-Joseph",
     date="2025-07-02 14:40:59 +0200",
     body="""Madame, Monsieur,

En ma qualité de chef d'établissement de l'Institution Saint-Joseph de Cholet (UAI 0491680K), j'autorise Mme Gaëlle Bonneau, économe, à valider sur l'Espace Acheteur la commande n° EA-2025-20417 (renouvellement du parc de calculatrices pour les examens), dont le montant dépasse le seuil de sa délégation.

Je reste joignable au 02 41 00 63 12.

Hervé Chauvin
Chef d'établissement
""")

mail(L("head_of_establishment_request", False, None, "grand-est", "esidoc", True, "fr",
       "The proviseur asks to hand the e-sidoc admin rights to the new librarian. The code given, 0688739F, has a wrong check letter (the digits give 0688739E), so no UAI; region from the ac-strasbourg.fr sender."),
     frm=("Frédéric Muller", "frederic.muller3@ac-strasbourg.fr"), client="zimbra",
     subj="Droits d'administration e-sidoc - lycée Théodore-Deck",
     date="2025-06-30 08:44:20 +0200",
     body="""Bonjour,

Proviseur du lycée Théodore-Deck de Guebwiller (RNE 0688739F), je vous demande de transférer les droits d'administration de notre portail e-sidoc à Mme Nathalie Schaeffer, professeure documentaliste nommée au 1er septembre, et de désactiver le compte de M. Hug, qui quitte l'établissement.

Je vous en remercie.

F. Muller
Proviseur
""")

# ==========================================================================
# account_creation
# ==========================================================================

mail(L("account_creation", True, "0959132K", "ile-de-france", "espace_acheteur", False, "fr",
       "New gestionnaire arriving on 1 July asks how to create her Espace Acheteur account ahead of time: the sign-up answer fits."),
     frm=("Amélie Gauthier", "amelie.gauthier@ac-versailles.fr"), client="outlook",
     subj="Création de compte Espace Acheteur",
     date="2025-06-18 13:36:21 +0200",
     body="""Bonjour,

Je prends le poste d'adjointe gestionnaire du collège Les Explorateurs à Cergy (0959132K) au 1er juillet. J'aimerais créer mon compte sur l'Espace Acheteur dès maintenant pour être opérationnelle sur les commandes de rentrée.

Comment dois-je procéder ?

Merci,
Amélie Gauthier
""")

mail(L("account_creation", False, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
       "Account waiting for validation for ten days; the structure administrator is on a bac jury and unreachable, so he asks who else can validate: a person must look (or the region step in). No UAI; region from ac-clermont.fr."),
     frm=("Maxime Chabanne", "maxime.chabanne@ac-clermont.fr"), client="gmail",
     subj="Compte en attente de validation depuis 10 jours",
     date="2025-06-20 10:04:18 +0200",
     body="""Bonjour,

Mon compte Espace Acheteur est « en attente de validation par l'administrateur de la structure » depuis le 10 juin. L'administratrice, c'est notre gestionnaire, qui est présidente d'un jury de bac jusqu'au 8 juillet et ne consulte pas ses mails.

Y a-t-il quelqu'un d'autre qui puisse valider mon compte ? J'ai des commandes à passer pour le lycée avant la fermeture estivale.

Merci de votre retour,
Maxime Chabanne
Lycée Lafayette, Brioude
""")

mail(L("account_creation", True, None, None, "esidoc", False, "en",
       "English, AEFE school in Dakar (+0000): the new librarian asks how to open the customer account needed before a first online order. No UAI, no académie domain."),
     frm=("Aminata Sow", "aminata.sow@lycee-francais-dakar-ouest.sn"), client="gmail",
     subj="Opening a customer account",
     date="2025-06-24 09:18:44 +0000",
     body="""Good morning,

I am the new librarian of the Lycée Français de Dakar-Ouest, in post since June. Before the holidays I would like to order a few digital resources for next year, but I understand we first need a customer account, and as far as I can tell the school never had one.

How do I open it? Is there a form?

Kind regards,
Aminata Sow
+221 33 800 41 27
""")

mail(L("account_creation", False, "0789305R", "ile-de-france", "espace_acheteur", False, "fr",
       "The account works; what she wants is the order-validation right added to it, which someone has to grant: no automatic answer."),
     frm=("Laetitia Morel", "laetitia.morel@ac-versailles.fr"), client="outlook",
     subj="Droits de validation des commandes",
     date="2025-05-26 11:51:29 +0200",
     body="""Bonjour,

Je me connecte sans problème à l'Espace Acheteur, mais je ne peux que consulter : le bouton de validation des commandes n'apparaît pas. Je suis pourtant la nouvelle secrétaire d'intendance et c'est à moi qu'il revient de passer les commandes de fin d'année.

Pourriez-vous m'ouvrir les droits nécessaires ?

Laetitia Morel
Lycée Jules-Ferry, Versailles – 0789305R
""")

mail(L("account_creation", True, "0640052J", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
       "Negation: 'je n'ai pas oublié mon mot de passe, je n'en ai jamais eu': a new colleague who never had an account. account_creation, not password_reset."),
     frm=("Itziar Etcheverry", "itziar.etcheverry@ac-bordeaux.fr"), client="thunderbird",
     subj="Pas de compte (et non pas mot de passe oublié)",
     date="2025-06-16 15:12:06 +0200",
     body="""Bonjour,

Votre page de connexion me propose « mot de passe oublié », mais je n'ai pas oublié mon mot de passe : je n'en ai jamais eu ! Je viens d'arriver au lycée René-Cassin de Bayonne (0640052J) pour le remplacement de la gestionnaire, et je n'ai aucun compte sur l'Espace Acheteur.

Comment en créer un ?

Itziar Etcheverry
""")

mail(L("account_creation", False, None, None, "espace_acheteur", False, "en",
       "English; the treasurer of a bilingual school's parents' association wants a buyer account to order supplies for the end-of-year fair: eligibility must be checked by a person. Gmail sender, no region."),
     frm=("Olivia Grant", "olivia.grant.ape@gmail.com"), client="gmail",
     subj="Buyer account for our parents' association?",
     date="2025-05-31 20:33:52 +0200",
     body="""Hello,

I'm the treasurer of the parents' association of the Ecole Bilingue des Coteaux. We organise the end-of-year fair on June 28th and the school's bursar suggested we might buy the tables, tents and supplies through your purchasing platform, at the negotiated prices.

Can a parents' association (loi 1901, with its own SIRET) open a buyer account? If so, what do you need from us?

Many thanks,
Olivia Grant
Treasurer, APE Ecole Bilingue des Coteaux
""")

mail(L("account_creation", False, "0919819D", "ile-de-france", "esidoc", True, "fr",
       "Written by the (future) principal, but it is not a head-of-establishment request: a collège opening in September has just received its UAI, which is not yet in the list when opening the customer account; a person (sales team) must look."),
     frm=("Rachid Amrani", "rachid.amrani@ac-versailles.fr"), client="outlook",
     subj="Nouveau collège - UAI introuvable à l'inscription",
     date="2025-06-10 17:08:45 +0200",
     body="""Bonjour,

Je suis le futur principal du collège de Bréval-Les-Bruyères, qui ouvre ses portes en septembre. Notre UAI, 0919819D, nous a été attribué en mai. En voulant ouvrir le compte client pour le portail documentaire du CDI, je constate que cet UAI n'existe pas dans la liste proposée.

Pouvez-vous l'ajouter ou me dire comment procéder ?

Rachid Amrani
Principal préfigurateur
""")

mail(L("account_creation", False, "0301078J", "occitanie", "espace_acheteur", False, "fr",
       "Nobody at the collège knows who validates accounts for the structure; she asks the desk to tell her who is registered as administrator. Only a person can look that up."),
     frm=("Magali Ferrand", "magali.ferrand@ac-montpellier.fr"), client="android",
     subj="Qui est l'administrateur de notre structure ?",
     date="2025-06-27 12:22:03 +0200",
     body="""Bonjour,

Mon compte Espace Acheteur attend la validation de « l'administrateur de la structure ». Personne au collège ne sait qui c'est, l'ancien gestionnaire est parti l'an dernier.

Pouvez-vous me dire qui est enregistré comme administrateur pour le collège Jean-Moulin d'Alès (0301078J) ?

Merci
Magali Ferrand""")

mail(L("account_creation", True, None, None, "espace_acheteur", False, "fr",
       "The town hall's IT contractor asks how the commune's new technical department can get its own Espace Acheteur account: the sign-up answer fits. No UAI, non-academic domain."),
     frm=("Nicolas Barthe", "nicolas.barthe@gironde-maintenance.fr"), client="outlook",
     subj="Ouverture d'un compte pour les services techniques",
     date="2025-07-09 10:03:31 +0200",
     body="""Bonjour,

Pour le compte de la mairie de Saint-Laurent-d'Arce, dont nous assurons la maintenance, je souhaiterais savoir comment ouvrir un compte Espace Acheteur pour les services techniques de la commune. Ils prévoient de commander cet été du matériel d'entretien pour les deux écoles pendant les vacances.

Faut-il remplir un formulaire en ligne ?

Cordialement,
Nicolas Barthe
Gironde Maintenance
""")

mail(L("account_creation", True, "0358881N", "bretagne", "espace_acheteur", False, "fr",
       "Filled in the sign-up form a week ago and cannot log in: the account is waiting for the structure administrator's validation (the FAQ case)."),
     frm=("Gwenaëlle Riou", "gwenaelle.riou@ac-rennes.fr"), client="zimbra",
     subj="Impossible de me connecter après inscription",
     date="2025-06-03 16:47:15 +0200",
     body="""Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur la semaine dernière, mais quand je veux me connecter j'ai le message « Votre compte n'est pas encore actif ». Je ne sais pas ce que je dois faire de plus.

Collège Les Gayeulles, Rennes – 0358881N

Merci,
Gwenaëlle Riou
""")

# ==========================================================================
# subscription_activation
# ==========================================================================

mail(L("subscription_activation", True, "0017355P", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "Summer-reading subscription ordered yesterday is not visible yet: within the 72-hour activation window."),
     frm=("Céline Dumas", "celine.dumas@ac-lyon.fr"), client="gmail",
     subj="Abonnement Lirtuel pas encore visible",
     date="2025-06-24 12:30:55 +0200",
     body="""Bonjour,

Nous avons commandé hier un abonnement Lirtuel pour que les élèves puissent emprunter des livres numériques pendant l'été. Il n'apparaît pas encore dans le portail e-sidoc du collège.

Est-ce normal ? Je voudrais le présenter aux classes avant le dernier jour.

Collège Roger-Vailland, Bourg-en-Bresse (0017355P)

Merci,
Céline Dumas
""")

mail(L("subscription_activation", True, "0280286J", "centre-val-de-loire", "esidoc", False, "fr",
       "How to publish the Universalis resource on the portal so that terminale pupils can use it to revise: publication of a resource."),
     frm=("Éric Jouanneau", "eric.jouanneau@ac-orleans-tours.fr"), client="thunderbird",
     subj="Publier Universalis pour les révisions",
     date="2025-05-28 14:18:43 +0200",
     body="""Bonjour,

Notre abonnement Universalis est actif (je le vois dans « Mes abonnements »), mais je ne sais pas comment le faire apparaître sur la page d'accueil du portail. J'aimerais que les terminales puissent s'en servir pour réviser le bac pendant les deux semaines sans cours.

Y a-t-il une manipulation de publication à faire ?

Merci d'avance,
Éric Jouanneau
Lycée Marceau, Chartres – 0280286J
""")

mail(L("subscription_activation", True, None, None, "esidoc", False, "en",
       "English, AEFE school in Mexico City (-0600): the subscription renewed two days ago still shows as expired in 'Mes abonnements'. Within 72 hours; no UAI, no region."),
     frm=("Santiago Reyes", "sreyes@lfmexico-sur.edu.mx"), client="outlook",
     subj="Renewed subscription still shows expired",
     date="2025-06-05 08:40:26 -0600",
     body="""Hello,

We renewed our Europresse subscription two days ago (order confirmed on your side), but in "Mes abonnements" it still appears as expired and the pupils get an error page. Our students have their final exams next week and use it a lot.

Is there something I need to do, or should I just wait?

Best regards,
Santiago Reyes
Librarian – Lycée Franco-Mexicain Sur
+52 55 5555 0186
""")

mail(L("subscription_activation", False, "0748606C", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "Ordered more than two weeks ago and still not active: well past the 72-hour rule, a person must look at the order."),
     frm=("Jacqueline Perrillat", "jacqueline.perrillat@ac-grenoble.fr"), client="outlook",
     subj="Abonnement toujours inactif après 15 jours",
     date="2025-06-19 09:33:12 +0200",
     body="""Bonjour,

Notre commande d'abonnement à la BnF numérique jeunesse a été validée le 2 juin. Nous sommes le 19 et il n'est toujours pas actif : le bloc reste vide dans le portail.

J'avais lu qu'il fallait compter 72 heures, on est loin du compte. Pouvez-vous vérifier ?

Jacqueline Perrillat
Collège Les Aravis, Thônes – 0748606C
""")

mail(L("subscription_activation", True, "0376581C", "centre-val-de-loire", "esidoc", True, "fr",
       "Negation: 'ce n'est pas le mot de passe qui pose problème', the login works; it is the newly ordered resource (ordered yesterday) that does not appear for pupils. subscription_activation, not password_reset."),
     frm=("Patricia Brault", "patricia.brault@ac-orleans-tours.fr"), client="zimbra",
     subj="Ressource non visible (pas un problème de connexion)",
     date="2025-06-06 11:25:38 +0200",
     body="""Bonjour,

Je préfère préciser d'emblée : ce n'est pas le mot de passe qui pose problème, je me connecte très bien à l'administration. C'est la ressource Storyplay'r, commandée hier, qui n'apparaît pas pour les élèves.

Faut-il l'activer quelque part ?

Patricia Brault
Collège Rabelais, Tours – 0376581C
""")

mail(L("subscription_activation", True, "0832580D", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
       "The sender is the principal (ce. address), yet he authorises nothing and changes nothing: he wants the availability date of a subscription ordered the day before, so subscription_activation within 72 hours."),
     frm=("Principal - Collège Font-de-Fillol", "ce.0832580D@ac-nice.fr"), client="outlook",
     subj="Date de mise à disposition de l'abonnement",
     date="2025-06-11 17:55:20 +0200",
     body="""Bonjour,

Nous avons validé hier la commande de l'abonnement Cafeyn pour le CDI. Pourriez-vous m'indiquer à quelle date il sera accessible aux élèves ? Je souhaite l'annoncer au conseil pédagogique de vendredi.

Bien cordialement,
Henri Castellan
Principal
Collège Font-de-Fillol, Draguignan
""")

mail(L("subscription_activation", True, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
       "Phone-typed: Europresse ordered yesterday still not active. No UAI; region from the ac-lyon.fr sender."),
     frm=("Julie Vernay", "julie.vernay@ac-lyon.fr"), client="iphone", html=False,
     subj="Europresse",
     date="2025-06-03 18:02:41 +0200",
     body="""Bonsoir, abonnement Europresse tjs pas actif sur le portail, commandé hier matin. Merci de regarder svp
Julie V.

Envoyé de mon iPhone""")

mail(L("subscription_activation", True, "0808577N", "hauts-de-france", "esidoc", False, "fr",
       "Two paragraphs on the Grand oral preparation before the request: a resource ordered two days ago does not show in the ENT. Within the 72-hour window."),
     frm=("Florian Dequidt", "florian.dequidt@ac-amiens.fr"), client="outlook",
     subj="Ressource non visible dans l'ENT",
     date="2025-06-04 10:46:09 +0200",
     body="""Bonjour,

Le CDI accueille cette semaine les terminales qui préparent le Grand oral : nous avons transformé la salle de travail en salle d'entraînement, avec un chronomètre et un jury d'élèves volontaires. Ça marche très bien, les élèves se prennent au jeu.

Beaucoup m'ont demandé des articles de presse récents pour étayer leurs questions, d'où l'abonnement Le Monde en ligne que nous avons commandé lundi.

Problème : il n'apparaît pas encore dans l'ENT, ni dans la page du portail e-sidoc. Faut-il attendre ou y a-t-il une action à faire de notre côté ?

Florian Dequidt
Lycée Boucher-de-Perthes, Abbeville – 0808577N
""")

mail(L("subscription_activation", True, "0920993E", "ile-de-france", "esidoc", True, "en",
       "English reply (Gmail English quote) on a solved password ticket: the quoted history is about the password, the new text asks about a subscription ordered yesterday that is not visible yet. New topic, so subscription_activation."),
     frm=("Sarah Mitchell", "sarah.mitchell@ac-versailles.fr"), client="gmail",
     subj="Re: [#SUP-011377] Forgotten password",
     ticket="SUP-011377",
     date="2025-05-22 15:07:53 +0200",
     body="""Hello again,

The password is sorted, thank you. Now that I can log in, I see that the Universalis Junior subscription we ordered yesterday is not listed on the portal. Is there a delay before it shows up?

Sarah Mitchell
Collège International, Sèvres (0920993E)

""" + q_gmail_en(DESK, "2025-05-20 11:44:00 +0200", """Hello,

A link to choose a new password has been sent to the address on file for your establishment's administrator account. It is valid for 12 hours and can be used once.

Best regards,
The support team"""))

mail(L("subscription_activation", True, "9722845K", "martinique", "esidoc", False, "fr",
       "Martinique (-0400): the subscription is shown as active but pupils do not see it on the portal: publication step."),
     frm=("Lucienne Rosette", "lucienne.rosette@ac-martinique.fr"), client="outlook",
     subj="Abonnement actif mais invisible pour les élèves",
     date="2025-06-13 08:11:37 -0400",
     body="""Bonjour,

Dans « Mes abonnements », l'abonnement Cafeyn est bien indiqué comme actif depuis hier. Mais les élèves qui se connectent au portail ne le voient nulle part.

Je suis au CDI jusqu'à 15 h (heure de Martinique, 21 h chez vous).

Lucienne Rosette
Lycée Schoelcher-Sud, Fort-de-France – 9722845K
""")

# ==========================================================================
# order_billing
# ==========================================================================

mail(L("order_billing", False, None, None, "esidoc", False, "en",
       "English, French school in Brussels: asks for a formal quote for next year's e-sidoc renewal, VAT-exempt, to include in the budget voted in June. No UAI, no académie domain."),
     frm=("Pieter Vermeulen", "p.vermeulen@lfbruxelles-uccle.be"), client="outlook",
     subj="Quote request - e-sidoc renewal 2025-2026",
     date="2025-06-04 09:27:14 +0200",
     body="""Dear Sir or Madam,

Our board votes next year's budget on June 19th. Could you send us a formal quote for the renewal of our e-sidoc subscription for 2025-2026, made out to the Lycée Français de Bruxelles-Uccle, with our intra-community VAT number BE0412.555.128 shown on it?

Thank you in advance,
Pieter Vermeulen
Finance officer
Lycée Français de Bruxelles-Uccle
+32 2 555 18 60
""")

mail(L("order_billing", False, "0349400H", "occitanie", "espace_acheteur", False, "fr",
       "The invoice for an order delivered in May is still not on Chorus Pro and the agent comptable wants it before the summer closing."),
     frm=("Sabine Roques", "sabine.roques@ac-montpellier.fr"), client="outlook",
     subj="Facture absente de Chorus Pro",
     date="2025-06-26 14:51:47 +0200",
     body="""Bonjour,

La commande EA-2025-15902 (chaises pour le réfectoire) nous a été livrée le 14 mai, mais la facture n'est toujours pas déposée sur Chorus Pro. Notre agent comptable refuse de partir en congés avec un service fait non facturé...

Pouvez-vous relancer le fournisseur ou nous dire quand elle sera déposée ?

Sabine Roques
Adjointe gestionnaire – Lycée Jean-Mermoz, Béziers (0349400H)
""")

mail(L("order_billing", False, "0493308E", "pays-de-la-loire", "espace_acheteur", False, "fr",
       "Pastes the error shown when uploading the bon d'engagement at order validation; PDF attached."),
     frm=("Christelle Papin", "christelle.papin@ac-nantes.fr"), client="outlook",
     subj="Erreur au dépôt du bon d'engagement",
     date="2025-06-12 11:02:33 +0200",
     attach=[("BE_2025_0412.pdf", "application/pdf", fake_pdf("Bon d'engagement 2025-0412"))],
     body="""Bonjour,

Au moment de valider ma commande, le dépôt du bon d'engagement échoue avec ce message :

    Erreur lors du téléversement : le fichier « BE_2025_0412.pdf » n'a pas pu être traité (taille ou format invalide). Réf. UPL-413

Le fichier fait 380 Ko, c'est un PDF exporté d'Op@le. Je vous le joins. Que faut-il faire ?

Christelle Papin
Collège Jean-Rostand, Angers – 0493308E
""")

mail(L("order_billing", False, None, None, "espace_acheteur", True, "fr",
       "A parents' association treasurer: books for the end-of-year prize-giving were ordered through the school's account but paid by the association, which needs the invoice in its own name. A billing question (order_billing), although the writer is not school staff."),
     frm=("Bruno Lemaire", "tresorier.fcpe.collegelamartine@gmail.com"), client="gmail",
     subj="Facture au nom de l'association de parents",
     date="2025-07-01 21:06:58 +0200",
     body="""Bonjour,

Je suis trésorier de l'association des parents d'élèves du collège Lamartine. Comme chaque année, nous offrons des livres aux élèves de 3e pour la remise des diplômes du brevet. Cette année la commande a été passée par le collège via votre plateforme, mais c'est l'association qui paie.

Notre banque et notre commissaire aux comptes demandent une facture à notre nom (APE collège Lamartine, 12 rue des Écoles, 71000 Mâcon). Est-ce possible de la rééditer ?

Merci d'avance,
Bruno Lemaire
Trésorier
""")

mail(L("order_billing", False, None, None, "esidoc", False, "en",
       "English, French school in Lisbon: asks whether the invoice can be paid by international wire transfer and for the IBAN/BIC. No UAI, no région."),
     frm=("Ana Ribeiro", "ana.ribeiro@lfcharles-lepierre.example.pt"), client="gmail",
     subj="Payment by international transfer",
     date="2025-06-17 11:44:20 +0100",
     body="""Good morning,

We have received your invoice FA-2025-08817 for our library subscription. As a school abroad, we cannot pay by mandat administratif. Can we pay by international bank transfer (SEPA)? If so, could you send us your IBAN and BIC on letterhead, as our auditor requires?

Kind regards,
Ana Ribeiro
Accounts department
""")

mail(L("order_billing", False, "0629068V", "hauts-de-france", "espace_acheteur", False, "fr",
       "The basket prepared in May, before the exam weeks interrupted her, has disappeared (baskets are kept 15 days)."),
     frm=("Valérie Lefort", "valerie.lefort@ac-lille.fr"), client="zimbra",
     subj="Panier disparu",
     date="2025-06-13 15:38:02 +0200",
     body="""Bonjour,

J'avais préparé fin mai un panier assez long (fournitures et petit matériel pour la rentrée des CAP) et je comptais le valider après les examens. Aujourd'hui il a disparu. Est-il possible de le récupérer ? Je n'ai pas gardé la liste ailleurs...

Valérie Lefort
Lycée professionnel Voltaire, Arras – 0629068V
""")

mail(L("order_billing", False, "0142440B", "normandie", "esidoc", False, "fr",
       "The invoice amount (1 386 €) does not match the quote (1 248 €); asks for a corrected invoice before the mandate."),
     frm=("Didier Vautier", "didier.vautier@ac-normandie.fr"), client="outlook", html="only",
     subj="Écart entre devis et facture",
     date="2025-06-23 09:49:28 +0200",
     body="""Bonjour,

Nous avons reçu la facture FA-2025-09120 pour le renouvellement de nos ressources numériques : elle s'élève à 1 386,00 € TTC alors que le devis signé en mars était de 1 248,00 € TTC.

Merci de nous adresser une facture rectifiée, que nous puissions la mandater avant la fermeture de l'agence comptable.

Cordialement,
Didier Vautier
Gestionnaire – Collège Marcel-Pagnol, Caen
0142440B
""")

mail(L("order_billing", False, None, None, "espace_acheteur", False, "fr",
       "The town hall's contractor relays that invoices for school furniture were addressed to the school instead of the commune (SIRET given) and asks for them to be reissued. No UAI, no académie domain."),
     frm=("Fabrice Lamy", "f.lamy@lamy-services.fr"), client="outlook",
     subj="Factures adressées à l'école au lieu de la mairie",
     date="2025-07-07 10:16:41 +0200",
     body="""Bonjour,

Je vous écris pour le compte de la mairie de Montreuil-Juigné, qui m'a confié la gestion de ses commandes de mobilier scolaire cet été.

Les trois dernières factures (mai et juin) sont libellées au nom de l'école maternelle Les Tilleuls, alors que c'est la commune qui paie. Le trésorier les rejette. Pourriez-vous les rééditer au nom de la mairie, SIRET 214 902 149 00015 ?

Cordialement,
Fabrice Lamy
""")

mail(L("order_billing", False, "0448556L", "pays-de-la-loire", "espace_acheteur", True, "fr",
       "Reply (Thunderbird French quote) on an old missing-mail ticket; the new text is a different request: the order validation is refused because the amount exceeds the bon d'engagement. order_billing, not the ticket's category."),
     frm=("Anne-Sophie Guillou", "anne-sophie.guillou@ac-nantes.fr"), client="thunderbird",
     subj="Re: [#SUP-011118] Mail d'activation non reçu",
     ticket="SUP-011118",
     date="2025-06-09 14:27:50 +0200",
     body="""Bonjour,

Je me permets de répondre sur ce fil car je ne sais pas où écrire, mais c'est un autre problème : ma commande de fin d'année est refusée à la validation avec le message « Le montant de la commande dépasse le montant du bon d'engagement ». Or le BE est de 2 400 € et la commande fait 2 396,40 € TTC. Les frais de port seraient-ils ajoutés ensuite ?

Anne-Sophie Guillou
Collège La Colinière, Nantes – 0448556L

""" + q_tb_fr("Assistance", "2025-04-14 10:05:00 +0200", """Bonjour,

Votre compte est maintenant actif, le message d'activation a bien été délivré. N'hésitez pas à revenir vers nous si besoin.

L'équipe d'assistance"""))

mail(L("order_billing", False, "9733627E", "guyane", "espace_acheteur", False, "fr",
       "Guyane (-0300): an order has been stuck 'en attente de validation' for a week while the year's commitments must be closed; asks what blocks it."),
     frm=("Kévin Da Silva", "kevin.da-silva@ac-guyane.fr"), client="gmail",
     subj="Commande bloquée en attente",
     date="2025-07-08 10:20:09 -0300",
     body="""Bonjour,

Notre commande EA-2025-21066 est « en attente de validation » depuis le 1er juillet. Le panier est complet, le bon d'engagement déposé. L'agence comptable ferme le 11 et je dois absolument engager la dépense avant.

Qu'est-ce qui bloque ? Je précise qu'ici, à Cayenne, nous avons cinq heures de retard sur Paris : un appel le matin chez vous me trouverait encore couché...

Kévin Da Silva
Lycée Félix-Éboué, Cayenne – 9733627E
""")

# ==========================================================================
# contract_documents
# ==========================================================================

mail(L("contract_documents", False, "0778578F", "ile-de-france", "espace_acheteur", False, "fr",
       "The CCTP of the market for exam tables cannot be found in 'Mes Marchés'."),
     frm=("Mathilde Coste", "mathilde.coste@ac-creteil.fr"), client="outlook",
     subj="CCTP introuvable - marché tables d'examen",
     date="2025-05-20 14:07:31 +0200",
     body="""Bonjour,

Nous voulons renouveler les tables d'examen du gymnase avant la session de juin 2026 et je cherche le CCTP du marché « Mobilier d'examen » dans « Mes Marchés ». Je vois la fiche du marché, le BPU, mais pas le CCTP.

Est-ce normal ou me manque-t-il un droit ?

Mathilde Coste
Lycée Uruguay-France, Avon – 0778578F
""")

mail(L("contract_documents", False, "0314950M", "occitanie", "espace_acheteur", False, "fr",
       "Amendment no. 1 of the transport market, announced by mail, is not among the market documents."),
     frm=("Jean-Luc Mercier", "jean-luc.mercier@ac-toulouse.fr"), client="thunderbird",
     subj="Avenant n°1 non visible",
     date="2025-06-16 10:22:54 +0200",
     body="""Bonjour,

Nous avons été informés par courrier de l'avenant n°1 au marché « Transports scolaires et sorties pédagogiques » (révision des prix au 1er juin). Il n'apparaît pas dans les pièces du marché sur l'Espace Acheteur, où je ne vois que l'acte d'engagement initial.

Pouvez-vous le mettre en ligne ? Nous en avons besoin pour les sorties de fin d'année déjà réservées.

Jean-Luc Mercier
Gestionnaire – Lycée Déodat-de-Séverac, Toulouse (0314950M)
""")

mail(L("contract_documents", False, "0563634W", "bretagne", "espace_acheteur", False, "fr",
       "Next year's membership convention is not among the documents although the current one ends on 31 August."),
     frm=("Erwan Kerjean", "erwan.kerjean@ac-rennes.fr"), client="zimbra",
     subj="Convention d'adhésion 2025-2026",
     date="2025-06-27 11:45:19 +0200",
     body="""Bonjour,

Notre convention d'adhésion arrive à échéance le 31 août. Je ne trouve pas la nouvelle convention 2025-2026 dans les documents de la structure, alors qu'elle doit passer au conseil d'administration du 3 juillet.

Pouvez-vous m'indiquer où la trouver ?

Erwan Kerjean
Adjoint gestionnaire – Lycée Dupuy-de-Lôme, Lorient (0563634W)
""")

mail(L("contract_documents", False, None, None, "espace_acheteur", False, "en",
       "English; the bursar of an international school in France cannot see the framework agreement documents (only the summary page). No UAI, no académie domain."),
     frm=("James Whitfield", "bursar@international-school-fontainebleau.fr"), client="outlook",
     subj="Cannot see framework agreement documents",
     date="2025-06-05 16:31:04 +0200",
     body="""Hello,

We joined the purchasing centre in March. On the Espace Acheteur I can see the summary page of the "IT equipment" framework agreement, but the documents tab is empty: no price schedule, no terms. Colleagues at another school tell me they can download them.

Is something missing on our account?

Regards,
James Whitfield
Bursar
""")

mail(L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
       "The town hall's maintenance contractor cannot open the cleaning market's documents: pastes the 'accès refusé' error. No UAI, no académie domain."),
     frm=("Hugo Bernardin", "hugo.bernardin@proxima-maintenance.fr"), client="outlook",
     subj="Accès refusé aux pièces du marché nettoyage",
     date="2025-07-10 09:05:42 +0200",
     body="""Bonjour,

Nous intervenons pour la mairie de Pont-Sainte-Marie, qui nous a donné un accès à l'Espace Acheteur pour préparer le grand ménage d'été des écoles. Quand j'ouvre les pièces du marché « Nettoyage des locaux », j'obtiens :

    403 – Accès refusé
    Vous n'avez pas les droits nécessaires pour consulter les documents de ce marché.

Pouvez-vous nous ouvrir l'accès aux documents ?

Hugo Bernardin
Proxima Maintenance
""")

mail(L("contract_documents", False, "0603877N", "hauts-de-france", "espace_acheteur", False, "fr",
       "Follow-up in French with an English-UI Outlook quote header ('From: / Sent:'): after the desk's answer the market's price schedule (BPU) is still missing."),
     frm=("Aurélien Duquesne", "aurelien.duquesne@ac-amiens.fr"), client="outlook",
     subj="RE: [#SUP-011801] BPU marché papeterie",
     ticket="SUP-011801",
     date="2025-06-19 13:48:16 +0200",
     body="""Bonjour,

Je me suis déconnecté et reconnecté comme vous le proposiez, et j'ai vidé le cache : le BPU du marché papeterie n'apparaît toujours pas. Le lien affiche une page vide.

Aurélien Duquesne
Collège Jules-Verne, Compiègne – 0603877N

""" + q_outlook_en(DESK, "2025-06-18 15:20:00 +0200", ("Aurélien Duquesne", "aurelien.duquesne@ac-amiens.fr"),
                   "[#SUP-011801] BPU marché papeterie", """Bonjour,

Les pièces du marché papeterie ont été mises à jour hier. Pourriez-vous vous déconnecter puis vous reconnecter, et vider le cache de votre navigateur ? Le BPU devrait alors apparaître.

Cordialement,
L'équipe d'assistance"""))

mail(L("contract_documents", False, None, "bourgogne-franche-comte", "espace_acheteur", False, "fr",
       "The link to the market's price schedule returns a 404 (error pasted). No UAI; region from the ac-besancon.fr sender."),
     frm=("Lionel Jacquot", "lionel.jacquot@ac-besancon.fr"), client="android",
     subj="Lien BPU cassé",
     date="2025-06-25 08:12:27 +0200",
     body="""Bonjour
en cliquant sur le BPU du marché « Équipement sportif » jai :
Erreur 404 – Le document demandé n'existe pas ou a été déplacé.
pouvez vous corriger le lien svp ? on doit commander les tapis pr l'épreuve d'EPS de sept.
L Jacquot, lycée Victor-Bérard, Morez""")

# ==========================================================================
# transfer_incident
# ==========================================================================

mail(L("transfer_incident", False, "0833087E", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
       "Third-term class councils this week and the grades have not reached EcoleDirecte since Friday: the transfer is failing."),
     frm=("Sylvie Ambrosino", "vie-scolaire@institution-ste-marthe-toulon.fr"), client="outlook",
     subj="Notes non transférées avant les conseils de classe",
     date="2025-06-10 08:18:47 +0200",
     body="""Bonjour,

Nos conseils de classe du troisième trimestre commencent demain et les notes saisies depuis vendredi n'apparaissent pas dans EcoleDirecte. Dans Charlemagne, le dernier transfert réussi date du 6 juin à 18 h 02 ; ceux d'après sont marqués « en erreur ».

Pouvez-vous nous aider rapidement ?

Sylvie Ambrosino
Vie scolaire – Institution Sainte-Marthe, Toulon (0833087E)
""")

mail(L("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
       "Asks for 'le mot de passe de maintenance du jour' to run the end-of-year change of school year: a password is asked, but the daily maintenance password is transfer_incident per the taxonomy, not password_reset."),
     frm=("Antoine Giraud", "informatique@lycee-stjean-baptiste.fr"), client="outlook",
     subj="Mot de passe de maintenance - changement d'année",
     date="2025-07-08 14:55:03 +0200",
     body="""Bonjour,

Je dois lancer le changement d'année scolaire dans Charlemagne (archivage 2024-2025 puis création de 2025-2026) et l'outil me demande le mot de passe de maintenance du jour.

Pouvez-vous me le communiquer ? Je suis au lycée jusqu'à 17 h.

Antoine Giraud
Responsable informatique – Lycée Saint-Jean-Baptiste
""")

mail(L("transfer_incident", False, "0296202J", "bretagne", "ecoledirecte", False, "fr",
       "The school server was replaced in June; at start-up the tool says the licence is invalid and transfers stopped: licence to regenerate."),
     frm=("Loïc Tanguy", "loic.tanguy@ndlm-quimper.fr"), client="thunderbird",
     subj="Licence invalide après changement de serveur",
     date="2025-06-23 09:41:33 +0200",
     body="""Bonjour,

Nous avons remplacé notre serveur pédagogique la semaine dernière. Depuis, au lancement de Charlemagne Outils, le message « Licence non valide pour ce poste » s'affiche et les transferts vers EcoleDirecte ne partent plus.

Pouvez-vous régénérer la licence pour le nouveau serveur ?

Loïc Tanguy
Notre-Dame-de-Locmaria, Quimper – 0296202J
""")

mail(L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
       "Pastes the transfer error (socket error 10054, connection reset) seen at each EcoleDirecte transfer. No UAI, no académie domain."),
     frm=("Céline Orsini", "direction@ecole-stpaul-ajaccio.fr"), client="outlook",
     subj="Erreur 10054 lors des transferts",
     date="2025-06-02 17:33:21 +0200",
     body="""Bonjour,

Depuis jeudi, chaque transfert vers EcoleDirecte s'arrête avec ce message :

    [Transfert] Échec de l'envoi du lot 3/7
    Socket Error # 10054 - Connection reset by peer.
    Le transfert sera retenté à la prochaine planification.

Il n'est jamais retenté avec succès. Rien n'a changé chez nous à notre connaissance.

Céline Orsini
Directrice – École Saint-Paul
""")

mail(L("transfer_incident", False, "0593812Y", "hauts-de-france", "ecoledirecte", False, "fr",
       "A CPE reports that absences entered this week no longer reach EcoleDirecte and parents complain: the synchronisation is failing."),
     frm=("Nadège Deruelle", "cpe@college-stjoseph-roubaix.fr"), client="gmail",
     subj="Absences non synchronisées",
     date="2025-05-27 12:09:55 +0200",
     body="""Bonjour,

Je suis CPE au collège Saint-Joseph de Roubaix (0593812Y). Depuis lundi, les absences que nous saisissons ne remontent plus dans EcoleDirecte : les parents reçoivent nos appels mais ne voient rien sur leur espace, et certains pensent que nous nous trompons d'enfant.

Les notes, elles, semblent passer. Est-ce un problème connu ?

Merci,
Nadège Deruelle
CPE
""")

mail(L("transfer_incident", False, None, None, "ecoledirecte", False, "en",
       "English, French school in Beirut (+0300): EcoleDirecte synchronisation has failed since their server migration. No UAI, no région."),
     frm=("Rami Haddad", "rami.haddad@gf-beyrouth-est.edu.lb"), client="outlook",
     subj="EcoleDirecte sync failing since server migration",
     date="2025-06-18 11:26:40 +0300",
     body="""Hello,

We migrated our school management server to a new virtual machine on June 14th. Since then the synchronisation to EcoleDirecte fails every night; the last successful run is dated June 13th. End-of-year report cards must be published on June 27th.

The diagnostic tool says "connection test OK" but the transfer log shows "authentication refused by the remote server".

Could someone have a look? We are one hour ahead of Paris.

Rami Haddad
IT manager
+961 1 555 207
""")

mail(L("transfer_incident", False, "0693748Z", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
       "Reply (Gmail French quote) on a transfer ticket: the workaround did not hold, the transfers fail again."),
     frm=("Mathieu Chaize", "mathieu.chaize@ensemble-scolaire-chartreux.fr"), client="gmail",
     subj="Re: [#SUP-011620] Transferts EcoleDirecte en erreur",
     ticket="SUP-011620",
     date="2025-06-11 07:58:30 +0200",
     body="""Bonjour,

Ça a fonctionné deux jours après la réindexation, mais depuis hier soir les transferts sont de nouveau en erreur, avec le même message. Nous avons les bulletins à publier le 20.

Mathieu Chaize
Ensemble scolaire des Chartreux, Lyon – 0693748Z

""" + q_gmail_fr(DESK, "2025-06-06 16:12:00 +0200", """Bonjour,

Nous vous proposons de lancer une réindexation de la base depuis Charlemagne Outils, avec le mot de passe de maintenance du jour que nous vous communiquons par téléphone. Tenez-nous au courant du résultat.

L'équipe d'assistance"""))

mail(L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
       "Phone-typed: EcoleDirecte transfers blocked since yesterday, third-term report cards not visible to families. No UAI, no académie domain."),
     frm=("Hélène", "h.grosjean.direction@wanadoo.fr"), client="iphone", html=False,
     subj="transferts",
     date="2025-06-28 08:36:12 +0200",
     body="""bjr, transferts ED bloqués depuis hier, les bulletins du T3 st pas visibles par les familles alors quon les a publiés. pouvez vs regarder svp c urgent, les familles appellent
Hélène Grosjean, directrice école Ste Anne

Envoyé de mon iPhone""")

mail(L("transfer_incident", False, "0494473W", "pays-de-la-loire", "ecoledirecte", True, "fr",
       "Negation: 'je ne demande pas le mot de passe d'administration', it is the daily maintenance password, needed to rebuild the base after a failed transfer: transfer_incident, not password_reset."),
     frm=("Benoît Rambaud", "benoit.rambaud@stmartin-saumur.fr"), client="outlook",
     subj="Mot de passe du jour (pas le mot de passe admin)",
     date="2025-06-16 10:04:25 +0200",
     body="""Bonjour,

Pour être clair : je ne demande pas le mot de passe d'administration, que j'ai. J'ai besoin du mot de passe de maintenance du jour, parce qu'après l'échec du transfert de cette nuit l'outil me propose de reconstruire la base et me le réclame.

Lycée Saint-Martin, Saumur – 0494473W

Merci,
Benoît Rambaud
""")

mail(L("transfer_incident", False, "0870987A", "nouvelle-aquitaine", "ecoledirecte", True, "fr",
       "Two topics: transfers to EcoleDirecte have failed for three days (first, main) and a question on the licence invoice (order_billing)."),
     frm=("Corinne Lavaud", "gestion@college-stlouis-limoges.fr"), client="outlook",
     subj="Transferts + facture",
     date="2025-06-05 15:17:44 +0200",
     body="""Bonjour,

1. Les transferts vers EcoleDirecte échouent depuis lundi (« délai d'attente dépassé »), alors que les conseils de classe approchent.

2. Accessoirement, nous n'avons pas reçu la facture de la licence annuelle ; notre comptable la demande.

Merci de votre aide sur le premier point surtout.

Corinne Lavaud
Collège Saint-Louis, Limoges – 0870987A
""")

# ==========================================================================
# other
# ==========================================================================

mail(L("other", False, "0372745H", "centre-val-de-loire", None, False, "fr",
       "A bac exam-centre secretary asks where to download the candidates' convocations and the room lists: exam administration, unrelated to the desk's services (wrong address). UAI in the signature."),
     frm=("Secrétariat examens - Lycée Descartes", "examens.descartes@ac-orleans-tours.fr"), client="outlook",
     subj="Convocations candidats libres - session 2025",
     date="2025-05-21 10:37:06 +0200",
     body="""Bonjour,

Nous sommes centre d'épreuves pour le baccalauréat et nous n'avons toujours pas reçu les convocations des candidats individuels ni les listes d'émargement par salle. Sur quelle application devons-nous les télécharger cette année ? Le lien de l'an dernier ne fonctionne plus.

Merci de votre retour rapide, les épreuves de spécialité ont lieu dans trois semaines.

Le secrétariat des examens
Lycée Descartes, Tours – 0372745H
""")

mail(L("other", False, None, None, None, False, "en",
       "English; an expatriate parent asks for his son's bac results and transcript: wrong address, unrelated to the services."),
     frm=("Graham Porter", "graham.porter@btinternet.com"), client="gmail",
     subj="Baccalaureate results for my son",
     date="2025-07-04 12:52:19 +0100",
     body="""Hello,

My son Thomas Porter sat the French baccalaureate this June at the lycée in Bordeaux while we were relocating to the UK. Results were published this morning but he cannot log into the results website from here.

Could you send me his results and an official transcript? His candidate number is 0334 21 05871.

Thank you,
Graham Porter
""")

mail(L("other", False, None, "normandie", "esidoc", True, "fr",
       "A thank-you that closes the matter; the Zimbra quote below it carries the reset wording ('lien', 'mot de passe'), but the new text requests nothing. Region from the ac-normandie.fr sender."),
     frm=("Françoise Lemonnier", "francoise.lemonnier@ac-normandie.fr"), client="zimbra",
     subj="Re: [#SUP-011844] Mot de passe oublié",
     ticket="SUP-011844",
     date="2025-06-20 16:40:48 +0200",
     body="""Bonjour,

C'est réglé, j'ai pu me reconnecter. Merci beaucoup pour la rapidité, et bonnes vacances à toute l'équipe quand elles viendront !

Françoise Lemonnier

""" + q_zimbra_fr(DESK, "2025-06-20 11:02:40 +0200", ("Françoise Lemonnier", "francoise.lemonnier@ac-normandie.fr"),
                  "[#SUP-011844] Mot de passe oublié", """Bonjour,

Un lien de réinitialisation du mot de passe vient d'être envoyé à l'adresse de contact de votre établissement. Il reste valable 12 heures.

L'équipe d'assistance"""))

mail(L("other", False, None, None, None, True, "fr",
       "Phishing: 'your academic password expires today, confirm it here'. Mentions a password but is not a password_reset request; the look-alike domain ac-lyon-messagerie.com is not an académie domain and SPF/DMARC fail, so no region."),
     frm=("Messagerie académique", "securite@ac-lyon-messagerie.com"), client="plain", auth="fail",
     subj="Votre mot de passe expire aujourd'hui",
     date="2025-06-30 06:14:52 +0200",
     body="""Cher utilisateur,

Le mot de passe de votre messagerie académique expire aujourd'hui à 23h59. Afin d'éviter la suspension de votre compte pendant la période des examens, veuillez confirmer votre mot de passe actuel en cliquant sur le lien ci-dessous :

https://ac-lyon-messagerie.com/confirmation/?id=8812

Sans action de votre part, vos messages seront supprimés.

Service informatique du rectorat""")

mail(L("other", False, None, None, None, False, "en",
       "English spam selling exam-season essay writing and 'guaranteed grades' services."),
     frm=("TopGrade Writers", "offers@topgrade-writers.example.net"), client="plain", auth="none",
     subj="Exam season? Let our experts write it for you - 40% OFF",
     date="2025-06-08 03:22:41 +0000",
     body="""Hi there!

Exam season is stressful. Let our team of PhD writers handle your essays, dissertations and coursework. 100% original, delivered in 24h, grades guaranteed!

>> Use code EXAM40 for 40% off your first order <<

Reply to this email with your topic and deadline and get a free quote today.

TopGrade Writers
Unsubscribe: reply STOP""")

mail(L("other", False, None, None, None, True, "fr",
       "The town hall's maintenance contractor asks for the entrance gate code and the alarm code for summer works at the school: 'code du portail' and 'code d'accès' are about the building, not the web portal; nothing for the desk."),
     frm=("Patrice Vidal", "patrice.vidal@electricite-vidal.fr"), client="android",
     subj="code du portail école pour travaux d'été",
     date="2025-07-09 07:21:35 +0200",
     body="""Bonjour,

Nous intervenons pour la mairie à l'école Jean-Macé à partir du 15 juillet (remplacement des éclairages des classes). La mairie nous a dit de vous demander le code du portail et le code d'accès de l'alarme, le gardien étant en congé.

Vous pouvez me le donner par téléphone au 06 12 00 48 73.

Cordialement,
Patrice Vidal
Électricité Vidal

Envoyé depuis Outlook pour Android""")

mail(L("other", False, None, None, None, False, "fr",
       "A parents' association treasurer asks whether the company would donate prizes for the school fair's raffle: unrelated to the services."),
     frm=("Sandrine Colin", "ape.ecole.desvignes@laposte.net"), client="roundcube",
     subj="Lots pour la tombola de la kermesse",
     date="2025-06-02 20:47:11 +0200",
     body="""Bonjour,

Je suis trésorière de l'association des parents d'élèves de l'école des Vignes. Notre kermesse de fin d'année a lieu le samedi 28 juin et nous organisons une tombola au profit de la classe découverte de l'an prochain.

Accepteriez-vous de nous offrir un ou plusieurs lots (abonnement, livres, petit matériel) ? Votre logo serait affiché sur le stand.

Avec nos remerciements,
Sandrine Colin
Trésorière de l'APE
""")

mail(L("other", False, None, "occitanie", "esidoc", False, "fr",
       "Wants to register for the start-of-year e-sidoc webinar but the registration link fails: other. Region from the ac-toulouse.fr sender."),
     frm=("Coralie Marty", "coralie.marty@ac-toulouse.fr"), client="gmail",
     subj="Inscription au webinaire de rentrée",
     date="2025-07-02 11:31:20 +0200",
     body="""Bonjour,

J'ai vu passer l'annonce du webinaire de présentation des nouveautés e-sidoc prévu fin août. Le lien d'inscription m'amène sur une page « formulaire fermé ». Est-il déjà complet ? Peut-on être mis sur une liste d'attente ?

Coralie Marty
Professeure documentaliste
""")

mail(L("other", False, None, "grand-est", None, False, "fr",
       "A teacher leaving the profession at the end of the year asks for all her personal data to be erased (GDPR): other (human review), not account_creation. Region from the ac-reims.fr sender."),
     frm=("Laure Bertin", "laure.bertin@ac-reims.fr"), client="thunderbird",
     subj="Demande de suppression de mes données personnelles",
     date="2025-07-03 15:46:29 +0200",
     body="""Madame, Monsieur,

Je quitte l'Éducation nationale au 31 août. Conformément au règlement général sur la protection des données, je vous demande de supprimer l'ensemble des données personnelles me concernant que vous détenez (comptes, historique de demandes, adresses), et de me confirmer cette suppression.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Laure Bertin
""")

mail(L("other", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
       "Complains that an earlier message went unanswered for three weeks without saying what it was about, and there is no ticket reference: nothing to classify it under. Region from the ac-aix-marseille.fr sender."),
     frm=("Gérard Pellegrin", "gerard.pellegrin@ac-aix-marseille.fr"), client="outlook",
     subj="Toujours aucune réponse !!!",
     date="2025-06-27 17:58:44 +0200",
     body="""Bonjour,

Cela fait maintenant trois semaines que j'ai écrit et personne ne m'a répondu. Trois semaines ! Nous sommes à quelques jours des vacances et rien n'avance. C'est inadmissible pour un service payé par nos établissements.

J'attends une réponse d'un responsable.

G. Pellegrin
""")

mail(L("other", False, None, None, None, False, "en",
       "English; a student asks for a summer internship in the support team: unrelated."),
     frm=("Liam O'Sullivan", "liam.osullivan.dev@gmail.com"), client="gmail",
     subj="Summer internship application",
     date="2025-05-24 19:11:02 +0200",
     body="""Dear hiring team,

I am a second-year computer science student at Université Paris-Saclay, originally from Cork, and I am looking for a 6-to-8-week internship this summer. I'm interested in support and in tools for schools, and I speak French fluently.

Please find my CV attached. I would be happy to talk at your convenience.

Best regards,
Liam O'Sullivan
""", attach=[("CV_Liam_OSullivan.pdf", "application/pdf", fake_pdf("CV Liam O'Sullivan"))])

mail(L("other", False, None, "bourgogne-franche-comte", "esidoc", False, "fr",
       "An inspector's assistant asks for usage statistics of the library portal across the académie for an inspection report: no category fits, a person answers. Region from the ac-besancon.fr sender."),
     frm=("Corinne Lhomme", "corinne.lhomme@ac-besancon.fr"), client="outlook",
     subj="Statistiques d'usage des portails documentaires",
     date="2025-06-03 09:21:14 +0200",
     body="""Bonjour,

Je suis assistante de l'inspection pédagogique régionale « établissements et vie scolaire ». Dans le cadre du rapport de fin d'année de Mme l'IA-IPR, nous souhaiterions disposer de statistiques d'usage des portails e-sidoc des collèges et lycées de l'académie pour 2024-2025 (connexions, prêts, ressources consultées).

Est-ce une donnée que vous pouvez nous fournir, et sous quel délai ? Le rapport doit être remis le 15 juillet.

Corinne Lhomme
Assistante IA-IPR EVS
Rectorat de Besançon
""")

mail(L("other", False, None, None, None, False, "fr",
       "A retired reader types a two-line request to stop the newsletter: a human message (no list or automation headers), handled as other."),
     frm=("Michel Boyer", "michel.boyer21@free.fr"), client="plain",
     charset="iso-8859-1", cte="8bit", extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")],
     subj="désinscription",
     date="2025-06-15 09:02:18 +0200",
     body="""Bonjour,

Je suis à la retraite depuis l'an dernier, merci de ne plus m'envoyer votre lettre d'information.

M. Boyer""")

mail(L("other", False, None, "ile-de-france", None, False, "fr",
       "'Bien reçu, bonnes vacances' from a phone on an answered ticket: nothing asked. Region from ac-paris.fr."),
     frm=("Hélène Vasseur", "helene.vasseur@ac-paris.fr"), client="iphone", html=False,
     subj="Re: [#SUP-012033] Facture abonnement",
     ticket="SUP-012033",
     date="2025-07-10 18:06:41 +0200",
     body="""Bien reçu, merci et bonnes vacances !

Envoyé de mon iPhone""")

mail(L("other", False, None, "pays-de-la-loire", "esidoc", False, "fr",
       "How to export the year's loan statistics for the CDI's annual activity report: a usage question that none of the categories covers. Region from the ac-nantes.fr sender."),
     frm=("Bénédicte Hamon", "benedicte.hamon@ac-nantes.fr"), client="zimbra",
     subj="Export des statistiques de prêt pour le bilan annuel",
     date="2025-06-30 13:16:59 +0200",
     body="""Bonjour,

Je rédige le bilan d'activité annuel du CDI pour le conseil pédagogique. Existe-t-il dans e-sidoc un moyen d'exporter les statistiques de prêt de l'année (par classe et par mois), idéalement au format tableur ? Je ne trouve que l'affichage à l'écran.

Merci,
Bénédicte Hamon
""")

mail(L("other", False, None, None, None, False, "en",
       "English; a university researcher asks the desk to circulate a survey on school libraries: unrelated to the services."),
     frm=("Dr. Helen Marsh", "h.marsh@edresearch.example.ac.uk"), client="outlook",
     subj="Research survey on school library use during exam periods",
     date="2025-05-19 14:44:05 +0100",
     body="""Dear colleagues,

I lead a comparative study on how secondary school libraries support pupils during exam periods in France and the UK. Would your team be willing to circulate a 10-minute online survey to the librarians you support, or point me to the right contact?

The study has ethical approval and responses are anonymous. I would be glad to share the results.

Kind regards,
Dr. Helen Marsh
School of Education
""")

mail(L("other", False, None, None, None, True, "fr",
       "'Unpaid invoice' reminder from an unknown collection domain with failing SPF/DMARC and an .pdf.html attachment: a phishing lure. The word facture does not make it a billing request."),
     frm=("Service Recouvrement", "recouvrement@factures-fournisseurs-edu.com"), client="plain", auth="fail",
     subj="Relance : facture n° 2025-06-4481 impayée",
     date="2025-06-19 05:48:33 +0200",
     attach=[("Facture_2025-06-4481.pdf.html", "text/html", "<html><body><script>/* removed */</script><p>Chargement de la facture...</p></body></html>")],
     body="""Madame, Monsieur,

Sauf erreur de notre part, la facture n° 2025-06-4481 d'un montant de 2 847,60 € reste impayée à ce jour. Afin d'éviter des pénalités de retard avant la clôture de l'exercice, merci de consulter la facture jointe et de procéder au règlement sous 48 heures.

Service Recouvrement""")

mail(L("other", False, None, None, None, False, "en",
       "English prospecting mail for exam desks and phone detectors, sent individually without bulk or list headers: unsolicited but human-written, so other."),
     frm=("Kevin Brandt", "kevin.brandt@examhall-solutions.example.com"), client="outlook",
     subj="Exam hall equipment for next session",
     date="2025-06-25 10:03:50 +0200",
     body="""Hi,

I hope your exam season went well! I'm reaching out because many French schools are already planning for the 2026 sessions. Our folding exam desks and mobile-phone detectors are used by over 300 institutions across Europe.

Would you have 15 minutes next week for a quick call? I'd be happy to send a catalogue and a price list.

Best,
Kevin Brandt
Sales Manager, Examhall Solutions
""")

mail(L("other", False, None, "grand-est", None, True, "fr",
       "A CPE asks how to reset pupils' ENT/PRONOTE passwords before the textbook returns: password words, but about another product's pupil accounts, not the desk's services. Region from ac-strasbourg.fr."),
     frm=("Thomas Koenig", "thomas.koenig@ac-strasbourg.fr"), client="outlook",
     subj="Mots de passe ENT des élèves",
     date="2025-06-11 13:40:27 +0200",
     body="""Bonjour,

Je suis CPE au collège. Avant la restitution des manuels et la fin de l'année, une dizaine d'élèves de 4e ont perdu leur mot de passe ENT et ne peuvent plus voir leurs devoirs ni PRONOTE. Comment puis-je réinitialiser leurs mots de passe ? Le référent numérique est absent jusqu'à la rentrée.

Thomas Koenig
CPE
""")

# ==========================================================================
# automated
# ==========================================================================

def _p(ctype, text=None, cte=None, **params):
    """A leaf MIME part."""
    p = MIMEPart(policy=policy.default)
    mt, st = ctype.split("/")
    if mt == "text":
        p.set_content(text, subtype=st, charset="utf-8", cte=cte, params=params or None)
    else:
        p["Content-Type"] = ctype
        p.set_payload(text)
    return p


def _blocks(*blocks):
    out = []
    for b in blocks:
        m = Message()
        for h, v in b:
            m[h] = v
        out.append(m)
    return out


def _dsn_part(*blocks):
    p = MIMEPart(policy=policy.default)
    p["Content-Type"] = "message/delivery-status"
    p.set_payload(_blocks(*blocks))
    return p


def _rfc822_part(inner):
    p = MIMEPart(policy=policy.default)
    p["Content-Type"] = "message/rfc822"
    p.set_payload([inner])
    return p


def desk_message(ticket, to, subj, date, text):
    m = EmailMessage(policy=policy.default)
    m["From"] = addr(DESK)
    m["To"] = addr(to)
    m["Subject"] = "[#%s] %s" % (ticket, subj)
    m["Date"] = format_datetime(parse_date(date))
    m["Message-ID"] = "<%s.%d.%s@assistance.example.fr>" % (
        ticket, int(parse_date(date).timestamp()), hashlib.md5((ticket + date).encode()).hexdigest()[:6])
    m["Auto-Submitted"] = "auto-replied"
    m.set_content(text, cte="quoted-printable")
    return m


def desk_headers(m):
    """The original's header block as it went on the wire (encoded words kept)."""
    return m.as_string().split("\n\n", 1)[0] + "\n"


# -- 1. Postfix bounce, multipart/report with the original attached
_orig = desk_message("SUP-011930", ("Jean-Pierre Collignon", "jp.collignon@lycee-stvincent-senlis.fr"),
                     "Mot de passe e-sidoc", "2025-06-12 10:14:03 +0200", """Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse de contact de votre établissement. Il est valable 12 heures.

L'équipe d'assistance
""")
mail(L("automated", False, None, None, None, False, "en",
       "Postfix bounce (multipart/report, delivery-status, original attached), null Return-Path, MAILER-DAEMON sender: the recipient's mailbox was removed when he left."),
     frm=("Mail Delivery System", "MAILER-DAEMON@mail.lycee-stvincent-senlis.fr"), client="plain",
     return_path="<>", auth="none",
     subj="Undelivered Mail Returned to Sender",
     date="2025-06-12 10:14:09 +0200",
     extra=[("Auto-Submitted", "auto-replied")],
     payload=dict(ctype="multipart/report; report-type=delivery-status", parts=[
         _p("text/plain", """This is the mail server at mail.lycee-stvincent-senlis.fr.

Your message was returned because it could not be delivered to the
recipient listed below. A copy of the original message is attached.

Contact postmaster@lycee-stvincent-senlis.fr if you need assistance.

<jp.collignon@lycee-stvincent-senlis.fr>: user unknown (mailbox disabled
    after staff departure)
""", cte="7bit"),
         _dsn_part([("Reporting-MTA", "dns; mail.lycee-stvincent-senlis.fr"),
                    ("X-Postfix-Queue-ID", "4Yh2Qm1TzKz9vBd"),
                    ("X-Postfix-Sender", "rfc822; support@assistance.example.fr"),
                    ("Arrival-Date", "Thu, 12 Jun 2025 10:14:06 +0200 (CEST)")],
                   [("Final-Recipient", "rfc822; jp.collignon@lycee-stvincent-senlis.fr"),
                    ("Original-Recipient", "rfc822;jp.collignon@lycee-stvincent-senlis.fr"),
                    ("Action", "failed"), ("Status", "5.1.1"),
                    ("Diagnostic-Code", "X-Postfix; user unknown (mailbox disabled after staff departure)")]),
         _rfc822_part(_orig)]))

# -- 2. Exchange NDR in French, no Auto-Submitted, X-MS-Exchange-Message-Is-Ndr
_orig2 = desk_message("SUP-012010", ("Agnès Perrot", "a.perrot@college-ste-ursule-dole.fr"),
                      "Abonnement non visible", "2025-07-07 15:40:11 +0200", "Bonjour,\n\nVotre abonnement est désormais actif.\n\nL'équipe d'assistance\n")
mail(L("automated", False, None, None, None, False, "fr",
       "Exchange Online non-delivery report in French ('Non remis :'): multipart/report with a text and HTML explanation and the original headers. No Auto-Submitted, but the null Return-Path, the report type and X-MS-Exchange-Message-Is-Ndr show it."),
     frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@college-ste-ursule-dole.fr"),
     client="plain", return_path="<>", auth="none",
     relay="EUR03-DB8-obe.outbound.protection.outlook.com",
     subj="Non remis : [#SUP-012010] Abonnement non visible",
     date="2025-07-07 15:40:19 +0200",
     extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR")],
     payload=dict(ctype="multipart/report; report-type=delivery-status", parts=[
         multipart("alternative", [
             _p("text/plain", """Votre message n'a pas pu être remis à a.perrot@college-ste-ursule-dole.fr

L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez votre service d'assistance.

Informations de diagnostic pour les administrateurs :
Serveur de génération : PR3P193MB0754.EURP193.PROD.OUTLOOK.COM
a.perrot@college-ste-ursule-dole.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", cte="quoted-printable"),
             _p("text/html", """<html><body><p><b><font color="#000066">Votre message n'a pas pu &ecirc;tre remis &agrave; a.perrot@college-ste-ursule-dole.fr</font></b></p>
<p>L'adresse de messagerie que vous avez entr&eacute;e est introuvable.</p>
<p style="font-size:9pt">Serveur de g&eacute;n&eacute;ration : PR3P193MB0754.EURP193.PROD.OUTLOOK.COM<br>
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>
""", cte="quoted-printable")], "_002_PR3P193MB0754NDR_"),
         _dsn_part([("Reporting-MTA", "dns;PR3P193MB0754.EURP193.PROD.OUTLOOK.COM"),
                    ("Received-From-MTA", "dns;mx1.assistance.example.fr"),
                    ("Arrival-Date", "Mon, 7 Jul 2025 13:40:15 +0000")],
                   [("Final-Recipient", "rfc822;a.perrot@college-ste-ursule-dole.fr"),
                    ("Action", "failed"), ("Status", "5.1.10"),
                    ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]),
         _p("text/rfc822-headers", desk_headers(_orig2), cte="7bit")]))

# -- 3. Zimbra vacation reply, French, Auto-Submitted present; region from domain
mail(L("automated", False, None, "nouvelle-aquitaine", None, False, "fr",
       "Academic Zimbra vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)'): the librarian sits on a bac jury. Region from the ac-poitiers.fr sender domain."),
     frm=("Sylvain Bonnet", "sylvain.bonnet@ac-poitiers.fr"), client="zimbra", html=False,
     subj="Absent - jury du baccalauréat",
     ticket="SUP-011961",
     date="2025-06-23 09:02:44 +0200",
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
     body="""Bonjour,

Je suis convoqué dans un jury du baccalauréat du 23 juin au 4 juillet et ne consulte pas ma messagerie pendant cette période.

Pour toute question urgente concernant le CDI, merci de contacter le secrétariat du lycée au 05 49 00 27 16.

Sylvain Bonnet
Professeur documentaliste
""")

# -- 4. Exchange 'Automatic reply' in English, Auto-Submitted + X-Auto-Response-Suppress
mail(L("automated", False, None, None, None, False, "en",
       "English Exchange 'Automatic reply:' from an AEFE school in Abu Dhabi (+0400) with Auto-Submitted: auto-generated and X-Auto-Response-Suppress."),
     frm=("Nadia Karam", "n.karam@lf-abudhabi-corniche.ae"), client="outlook",
     subj="Automatic reply: [#SUP-011944] e-sidoc administrator",
     ticket="SUP-011944",
     date="2025-06-20 12:30:27 +0400",
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "n.karam@lf-abudhabi-corniche.ae")],
     body="""Thank you for your message.

The school is closed for the summer break from June 20th to August 24th. I will answer your email when I return.

For urgent matters please write to the school office: office@lf-abudhabi-corniche.ae

Nadia Karam
Librarian
""")

# -- 5. French out-of-office sent by a client rule: no automation header at all
mail(L("automated", False, None, "hauts-de-france", None, True, "fr",
       "Out-of-office of an exam secretariat sent by a client-side template rule: none of the automation headers and no thread headers. It talks about passwords and a results portal; the 'message automatique' wording and the closure dates are what give it away. Region from ac-lille.fr."),
     frm=("Secrétariat des examens", "examens.lycee-baggio@ac-lille.fr"), client="outlook",
     subj="Absence - Secrétariat des examens",
     date="2025-07-01 08:00:12 +0200",
     body="""Bonjour,

Le secrétariat des examens est fermé du 1er au 10 juillet inclus (délibérations et jurys du baccalauréat et du BTS).

- Pour les relevés de notes : ils sont disponibles en ligne avec vos identifiants candidat.
- Pour un mot de passe oublié sur le portail des résultats, utilisez le lien « identifiants perdus » de la page de connexion.
- Pour toute autre question, merci de renouveler votre message après le 11 juillet.

Ceci est un message automatique, merci de ne pas y répondre.

Le secrétariat des examens
""")

# -- 6. English out-of-office from an Apple Mail rule: no automation header
mail(L("automated", False, None, None, None, True, "en",
       "English summer away message produced by an Apple Mail rule, carrying no automation header at all; its content (away until August 18, write to the office) is the only clue."),
     frm=("Michael Brennan", "m.brennan@lfsf-bayarea.org"), client="apple", html=False,
     subj="Out of office until August 18",
     date="2025-06-16 06:45:10 -0700",
     body="""Hi,

Thanks for your email. I am away from school for the summer and will have limited access to email until August 18.

For anything related to the library or IT accounts, please contact our main office at +1 415 555 0163.

Best,
Michael Brennan
Library & Media Center
""")

# -- 7. Outlook read receipt in French
mail(L("automated", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
       "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from ac-nice.fr."),
     frm=("Corinne Vial", "corinne.vial@ac-nice.fr"), client="outlook", auth="pass",
     subj="Lu : [#SUP-011888] Commande EA-2025-17740",
     ticket="SUP-011888",
     date="2025-06-18 14:27:53 +0200",
     payload=dict(ctype="multipart/report; report-type=disposition-notification", parts=[
         _p("text/plain", """Votre message

  À : Corinne Vial
  Objet : [#SUP-011888] Commande EA-2025-17740
  Envoyé : mercredi 18 juin 2025 11:03:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 18 juin 2025 14:27:49 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", cte="quoted-printable"),
         _p("message/disposition-notification", """Reporting-UA: PR3P193MB0911.EURP193.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;corinne.vial@ac-nice.fr
Original-Message-ID: <SUP-011888.1750237392.a71c0e@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")]))

# -- 8. Thunderbird return receipt in English
mail(L("automated", False, None, None, None, False, "en",
       "Thunderbird return receipt in English (multipart/report disposition-notification) from a non-academic domain."),
     frm=("Peter Lindqvist", "peter.lindqvist@lf-stockholm-sodra.se"), client="thunderbird",
     subj="Return Receipt (displayed) - [#SUP-012005] Quote request",
     ticket="SUP-012005",
     date="2025-07-07 09:12:38 +0200",
     payload=dict(ctype="multipart/report; report-type=disposition-notification", parts=[
         _p("text/plain", """This is a Return Receipt for the mail that you sent to peter.lindqvist@lf-stockholm-sodra.se.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", cte="7bit", format="flowed"),
         _p("message/disposition-notification", """Reporting-UA: lf-stockholm-sodra.se; Thunderbird 128.11.0
Final-Recipient: rfc822;peter.lindqvist@lf-stockholm-sodra.se
Original-Message-ID: <SUP-012005.1751872001.0b77d2@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
         _p("text/rfc822-headers", """Subject: [#SUP-012005] Quote request
From: Assistance <support@assistance.example.fr>
To: Peter Lindqvist <peter.lindqvist@lf-stockholm-sodra.se>
Date: Mon, 07 Jul 2025 09:06:41 +0200
Message-ID: <SUP-012005.1751872001.0b77d2@assistance.example.fr>
""", cte="7bit")]))

# -- 9. Marketing newsletter with list headers
mail(L("automated", False, None, None, None, False, "fr",
       "Publisher's summer newsletter: List-Id, List-Unsubscribe (one-click), Precedence: bulk; multipart text + HTML."),
     frm=("Éditions du Préau", "lettre@editions-du-preau.example.fr"), client="plain",
     relay="mta12.routeur-newsletter.example.net",
     return_path="<bounce-77120-support=assistance.example.fr@routeur-newsletter.example.net>",
     subj="☀️ Nos nouveautés pour préparer la rentrée des CDI",
     date="2025-06-26 07:30:00 +0200",
     html=True,
     extra=[("List-Id", "Lettre CDI <lettre-cdi.editions-du-preau.example.fr>"),
            ("List-Unsubscribe", "<https://editions-du-preau.example.fr/desinscription?u=7a1e992c>, <mailto:unsubscribe-77120@routeur-newsletter.example.net>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"), ("X-Campaign", "lettre-cdi-juin-2025")],
     body="""Lettre d'information des CDI – juin 2025

Les examens touchent à leur fin : c'est le moment de penser à la rentrée !

• Notre sélection « Romans pour les 6e » : 40 titres à prix remisé jusqu'au 31 août
• Nouveau : la collection « Comprendre l'info » pour l'éducation aux médias
• Webinaire le 4 septembre : monter un club lecture au collège

Vous recevez cette lettre car vous êtes inscrit(e) à la lettre CDI des Éditions du Préau.
Se désinscrire : https://editions-du-preau.example.fr/desinscription?u=7a1e992c
""")

# -- 10. A person's real question, but posted to an academic mailing list the desk is subscribed to
mail(L("automated", False, None, "bretagne", "espace_acheteur", True, "fr",
       "A gestionnaire's real question (an Espace Acheteur invoice missing from Chorus), but posted to an academic mailing list the desk receives (List-Id, Precedence: list, list Sender): not written to us, never answered. Region from the ac-rennes.fr author."),
     frm=("Solène Guyader", "solene.guyader@ac-rennes.fr"), client="thunderbird",
     to=("Liste gestionnaires EPLE", "gestionnaires-eple@listes.ac-rennes.fr"),
     sender="gestionnaires-eple-owner@listes.ac-rennes.fr",
     return_path="<gestionnaires-eple-owner@listes.ac-rennes.fr>",
     relay="listes.ac-rennes.fr",
     subj="[gestionnaires-eple] Facture Espace Acheteur absente de Chorus ?",
     date="2025-06-24 13:58:02 +0200",
     extra=[("List-Id", "Gestionnaires des EPLE de l'academie <gestionnaires-eple.listes.ac-rennes.fr>"),
            ("List-Post", "<mailto:gestionnaires-eple@listes.ac-rennes.fr>"),
            ("List-Unsubscribe", "<mailto:sympa@listes.ac-rennes.fr?subject=unsubscribe%20gestionnaires-eple>"),
            ("Precedence", "list"), ("X-Loop", "gestionnaires-eple@listes.ac-rennes.fr")],
     body="""Bonjour à tous,

Quelqu'un a-t-il déjà eu le cas d'une commande passée sur l'Espace Acheteur dont la facture n'arrive jamais sur Chorus Pro ? La mienne date d'avril, livraison faite, et rien. Je me demande s'il faut relancer le fournisseur ou la centrale.

Merci pour vos retours, et courage pour les clôtures !

Solène Guyader
Adjointe gestionnaire – Collège Anita-Conti, Saint-Malo
""")

# -- 11. Another help desk's acknowledgement (loop risk)
mail(L("automated", False, None, "normandie", None, False, "fr",
       "Another help desk's ticket acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop, its own ticket number): replying to it would bounce back and forth between the two desks. Region from the ac-normandie.fr sender."),
     frm=("Assistance académique", "assistance@ac-normandie.fr"), client="plain",
     subj="[Assistance #2025-061184] Accusé de réception de votre demande",
     ticket="SUP-011957",
     date="2025-06-19 10:41:30 +0200",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-normandie.fr"),
            ("Precedence", "auto_reply"), ("X-Ticket-System", "GLPI 10.0.18")],
     body="""Bonjour,

Votre demande a été enregistrée sous le numéro 2025-061184.
Titre : [#SUP-011957] Messages bloqués - collège de Vire
Catégorie : Messagerie > Filtrage

Un technicien la prendra en charge dans les meilleurs délais. Pendant la période des examens, le délai de traitement peut atteindre 5 jours ouvrés.

Vous pouvez suivre l'avancement de votre demande sur https://assistance.ac-normandie.fr/

Ce message est généré automatiquement, merci de ne pas y répondre.
""")

# -- 12. Calendar answer (Outlook, French), text/calendar METHOD:REPLY
_ics_fr = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Béatrice Lorin:mailto:beatrice.lorin@ac-paris.fr
COMMENT;LANGUAGE=fr-FR:
SUMMARY;LANGUAGE=fr-FR:Accepté : Bilan de fin d'année - assistance et DRANE
DTSTART;TZID=Romance Standard Time:20250703T140000
DTEND;TZID=Romance Standard Time:20250703T153000
UID:040000008200E00074C5B7101A82E00800000000B0C4A6F1D2E4DB01000000000000000010000000
ORGANIZER;CN=Assistance:mailto:support@assistance.example.fr
DTSTAMP:20250624T081512Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
mail(L("automated", False, None, "ile-de-france", None, False, "fr",
       "Calendar answer 'Accepté :' generated by Outlook (text/calendar METHOD:REPLY): a machine answer to a meeting invitation, nothing to reply. Region from ac-paris.fr."),
     frm=("Béatrice Lorin", "beatrice.lorin@ac-paris.fr"), client="outlook",
     subj="Accepté: Bilan de fin d'année - assistance et DRANE",
     date="2025-06-24 10:15:12 +0200",
     payload=dict(ctype="multipart/alternative", parts=[
         _p("text/plain", "\n", cte="7bit"),
         _p("text/calendar", _ics_fr, cte="base64", method="REPLY")]))

# -- 13. Google Calendar 'Declined' answer, English
_ics_en = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250703T080000Z
DTEND:20250703T090000Z
DTSTAMP:20250627T191402Z
ORGANIZER;CN=Assistance:mailto:support@assistance.example.fr
UID:h17-training-20250703@assistance.example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Oliver Grant;X-NUM-GUESTS=0:mailto:oliver.grant@lfkuala-lumpur-damansara.edu.my
SUMMARY:Training session: new e-sidoc features
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
mail(L("automated", False, None, None, None, False, "en",
       "Google Calendar 'Declined:' answer (text, HTML and text/calendar METHOD:REPLY) sent via calendar-notification@google.com on behalf of the attendee."),
     frm=("Oliver Grant", "oliver.grant@lfkuala-lumpur-damansara.edu.my"), client="gmail",
     sender="Google Calendar <calendar-notification@google.com>",
     return_path="<3xkFfaBQKCeUq0tzr0yn-AB4n0wxn00vsnCs.wy0sxrvm.02x4tH0Bt2x0r1ByG.trxw@calendar-server.bounces.google.com>",
     relay="mail-sor-f69.google.com", auth_domain="google.com",
     subj="Declined: Training session: new e-sidoc features @ Thu Jul 3, 2025 10am - 11am (CEST) (support@assistance.example.fr)",
     date="2025-06-28 03:14:02 +0800",
     payload=dict(ctype="multipart/mixed", parts=[
         multipart("alternative", [
             _p("text/plain", """Oliver Grant has declined this invitation.

Training session: new e-sidoc features
Thursday Jul 3, 2025 ⋅ 10am – 11am
Central European Time - Paris

Organizer
Assistance
support@assistance.example.fr

Invitation from Google Calendar
""", cte="quoted-printable"),
             _p("text/html", """<html><body><p><b>Oliver Grant has declined this invitation.</b></p>
<p>Training session: new e-sidoc features<br>Thursday Jul 3, 2025 &sdot; 10am &ndash; 11am<br>Central European Time - Paris</p>
<p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p></body></html>
""", cte="quoted-printable"),
             _p("text/calendar", _ics_en, cte="7bit", method="REPLY")], "000000000000a1b2c3d4e5f60718"),
         attachment_part("invite.ics", "application/ics", _ics_en.encode())], boundary="000000000000f9e8d7c6b5a40392"))

# -- 14. Espace Acheteur no-reply notification to the desk
mail(L("automated", False, None, None, "espace_acheteur", False, "fr",
       "No-reply Espace Acheteur notification (Auto-Submitted: auto-generated) to the desk's own buyer test account: a basket is about to expire."),
     frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), client="plain",
     return_path="<bounces+8842@espace-acheteur.example.fr>",
     subj="Votre panier expire dans 3 jours",
     date="2025-06-29 06:00:04 +0200",
     html=True,
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     body="""Bonjour,

Le panier « Test assistance – fournitures » de la structure « Centre d'assistance (compte de test) » a été créé le 17/06/2025. Sans validation, il sera supprimé le 02/07/2025.

Vous le retrouverez dans « Mes paniers » une fois connecté.

Message automatique : les réponses à cette adresse ne sont pas lues.
""")

# -- 15. E-signature completion notice without Auto-Submitted or Precedence
mail(L("automated", False, None, None, "esignature", True, "fr",
       "E-signature 'all parties have signed' notification for a convention: sent by the signing platform without any automation header; the 'ne-pas-repondre' sender and the generated listing of signatures mark it as machine mail."),
     frm=("Signature électronique", "ne-pas-repondre@esignature.example.fr"), client="plain",
     return_path="<ne-pas-repondre@esignature.example.fr>",
     subj="Document signé par toutes les parties : Convention 2025-2026 - Lycée Condorcet Belfort",
     date="2025-07-02 16:48:31 +0200",
     html=True,
     body="""Bonjour,

Le document « Convention d'adhésion 2025-2026 – Lycée Condorcet, Belfort » a été signé par toutes les parties :

  1. Lycée Condorcet – signé le 30/06/2025 à 11:02
  2. Centrale d'achat – signé le 02/07/2025 à 16:48

Vous pouvez télécharger le document signé et son certificat de preuve pendant 90 jours :
https://esignature.example.fr/documents/7c91f2e0/telecharger

Cet e-mail a été envoyé par la plateforme de signature électronique. Merci de ne pas y répondre.
""")

# -- 16. Exchange Online NDR in English: mailbox full
_orig16 = desk_message("SUP-011989", ("Rania Mansour", "r.mansour@lycee-francais-doha-ouest.qa"),
                       "Mail blocked by MailInBlack", "2025-06-30 09:22:18 +0200",
                       "Bonjour,\n\nVoici la procédure pour autoriser nos messages dans MailInBlack.\n\nL'équipe d'assistance\n")
mail(L("automated", False, None, None, None, False, "en",
       "Exchange Online 'Undeliverable:' report in English (multipart/report) because the recipient's mailbox is full; the bounced reply was about MailInBlack, which does not make this a mailinblack_spam mail."),
     frm=("Microsoft Outlook", "postmaster@lycee-francais-doha-ouest.qa"), client="plain",
     return_path="<>", auth="none", relay="EUR05-AM6-obe.outbound.protection.outlook.com",
     subj="Undeliverable: [#SUP-011989] Mail blocked by MailInBlack",
     date="2025-06-30 10:22:31 +0300",
     extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
     payload=dict(ctype="multipart/report; report-type=delivery-status", parts=[
         _p("text/plain", """Delivery has failed to these recipients or groups:

r.mansour@lycee-francais-doha-ouest.qa
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:
Generating server: AM6P193MB0412.EURP193.PROD.OUTLOOK.COM
r.mansour@lycee-francais-doha-ouest.qa
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
""", cte="quoted-printable"),
         _dsn_part([("Reporting-MTA", "dns;AM6P193MB0412.EURP193.PROD.OUTLOOK.COM"),
                    ("Received-From-MTA", "dns;mx1.assistance.example.fr"),
                    ("Arrival-Date", "Mon, 30 Jun 2025 07:22:20 +0000")],
                   [("Final-Recipient", "rfc822;r.mansour@lycee-francais-doha-ouest.qa"),
                    ("Action", "failed"), ("Status", "5.2.2"),
                    ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException")]),
         _rfc822_part(_orig16)]))

# -- 17. Exim bounce as plain text: no report type, no Auto-Submitted
mail(L("automated", False, None, None, None, True, "en",
       "Exim bounce as plain text (no multipart/report, no Auto-Submitted): what identifies it is the empty Return-Path, the Mailer-Daemon address and X-Failed-Recipients. The returned copy is a desk answer about a password, which must not pull it into password_reset."),
     frm=("Mail Delivery System", "Mailer-Daemon@mx2.mairie-chateauneuf-valbonne.fr"), client="plain",
     return_path="<>", auth="none",
     subj="Mail delivery failed: returning message to sender",
     date="2025-05-28 15:06:57 +0200",
     extra=[("X-Failed-Recipients", "secretariat@mairie-chateauneuf-valbonne.fr")],
     body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  secretariat@mairie-chateauneuf-valbonne.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: secretariat@mairie-chateauneuf-valbonne.fr
Subject: [#SUP-011705] Mot de passe Espace Acheteur
Date: Fri, 23 May 2025 11:30:02 +0200
Message-ID: <SUP-011705.1747992602.9e31fa@assistance.example.fr>
Auto-Submitted: auto-replied

Bonjour,

Pour choisir un nouveau mot de passe, utilisez le lien « Mot de passe oublié » de la page de connexion.

L'équipe d'assistance
""")

# -- 18. Ticket portal notification
mail(L("automated", False, None, None, "ticket_portal", False, "fr",
       "Ticket-portal notification (Auto-Submitted: auto-generated): a ticket the desk opened with a supplier was answered."),
     frm=("Portail d'assistance", "notifications@tickets.example.fr"), client="plain",
     return_path="<notifications@tickets.example.fr>",
     subj="[Ticket #48211] Nouvelle réponse sur votre demande",
     date="2025-06-05 18:22:47 +0200",
     html=True,
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply")],
     body="""Bonjour,

Une nouvelle réponse a été ajoutée au ticket #48211 « Lenteurs sur l'export des notices » :

  « Le correctif est en production depuis ce soir 18 h. Merci de nous confirmer si les exports sont revenus à la normale. »

Consulter le ticket : https://tickets.example.fr/ticket/48211

Vous recevez ce message car vous suivez ce ticket.
""")


# ==========================================================================
# checks, numbering, output
# ==========================================================================

REGION_DEPTS = {
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
    "guadeloupe": "971", "martinique": "972", "guyane": "973", "la-reunion": "974", "mayotte": "976",
}
REGION_DOMAINS = {
    "auvergne-rhone-alpes": "ac-clermont.fr ac-grenoble.fr ac-lyon.fr",
    "bourgogne-franche-comte": "ac-besancon.fr ac-dijon.fr",
    "bretagne": "ac-rennes.fr", "centre-val-de-loire": "ac-orleans-tours.fr", "corse": "ac-corse.fr",
    "grand-est": "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr",
    "hauts-de-france": "ac-amiens.fr ac-lille.fr",
    "ile-de-france": "ac-creteil.fr ac-paris.fr ac-versailles.fr",
    "normandie": "ac-normandie.fr ac-caen.fr ac-rouen.fr",
    "nouvelle-aquitaine": "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr",
    "occitanie": "ac-montpellier.fr ac-toulouse.fr", "pays-de-la-loire": "ac-nantes.fr",
    "provence-alpes-cote-d-azur": "ac-aix-marseille.fr ac-nice.fr",
    "guadeloupe": "ac-guadeloupe.fr", "martinique": "ac-martinique.fr", "guyane": "ac-guyane.fr",
    "la-reunion": "ac-reunion.fr", "mayotte": "ac-mayotte.fr",
}
DEPT_REGION = {}
for _r, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _r
DOMAIN_REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}
AUTO_CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                   "account_creation", "subscription_activation"}
CATEGORIES = AUTO_CATEGORIES | {"head_of_establishment_request", "order_billing", "contract_documents",
                                "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}


def uai_ok(code):
    return (len(code) == 8 and code[:7].isdigit()
            and code[7] == UAI_LETTERS[int(code[:7]) % 23])


def check(label, kw):
    who = "%s / %s" % (kw["subj"], kw["date"])
    assert label["category"] in CATEGORIES, who
    assert label["platform"] in PLATFORMS, who
    assert label["lang"] in ("fr", "en"), who
    if label["auto_reply_ok"]:
        assert label["category"] in AUTO_CATEGORIES, who
    frm = kw["frm"][1] if isinstance(kw["frm"], tuple) else kw["frm"]
    dom = domain_of(frm)
    u = label["uai"]
    if u:
        assert uai_ok(u), "bad UAI label %s (%s)" % (u, who)
        assert label["region"] == DEPT_REGION[u[:3]], "region/UAI mismatch: " + who
        blob = (kw.get("body", "") + kw["subj"] + frm).upper().replace(" ", "")
        assert u in blob, "labelled UAI not in mail: " + who
    elif dom in DOMAIN_REGION:
        assert label["region"] == DOMAIN_REGION[dom], "region/domain mismatch: " + who
    else:
        assert label["region"] is None, "region without UAI or académie domain: " + who
    assert label["notes"].strip(), who


def main():
    assert len(MAILS) == 150, len(MAILS)
    for label, kw in MAILS:
        check(label, kw)
    order = list(range(len(MAILS)))
    random.Random(17).shuffle(order)
    for name in os.listdir(HERE):
        if (name.startswith("h") and name.endswith(".eml")) or name == "labels.jsonl":
            os.remove(os.path.join(HERE, name))
    lines = []
    for n, i in enumerate(order, 1):
        label, kw = MAILS[i]
        fname = "h%03d.eml" % n
        msg = build(fname, kw)
        data = msg.as_bytes(policy=msg.policy)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        row = {"file": fname}
        row.update(label)
        lines.append(json.dumps(row, ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    counts = {}
    for label, _ in MAILS:
        counts[label["category"]] = counts.get(label["category"], 0) + 1
    print("wrote %d mails" % len(lines))
    for c in sorted(counts, key=lambda c: -counts[c]):
        print("  %-32s %d" % (c, counts[c]))


if __name__ == "__main__":
    main()

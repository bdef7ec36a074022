#!/usr/bin/env python3
"""Holdout set 75: a week of robot traffic (out-of-office, bounces, MailInBlack
challenges and digests, newsletters, rectorat GLPI notifications, calendar
invitations, read receipts) and the people who react to it.

Every mail text below is hand-written; this script only wraps each text in
headers and a transfer encoding, writes h001.eml ... h150.eml and labels.jsonl
next to itself, then re-reads everything and checks it.
Standard library only, deterministic.
"""
import base64
import html as htmlmod
import json
import random
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
R = random.Random(20250317)
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"
DESK = "Assistance <support@assistance.example.fr>"

CATS = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
        "subscription_activation", "head_of_establishment_request", "order_billing",
        "contract_documents", "transfer_incident", "automated", "other"]
AUTO_OK = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
           "subscription_activation"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
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
    "guadeloupe": "971", "martinique": "972", "guyane": "973",
    "la-reunion": "974", "mayotte": "976",
}
DEPT = {}
for _reg, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT[_d if len(_d) == 3 else "0" + _d] = _reg
REGION_DOMAINS = {
    "auvergne-rhone-alpes": "ac-clermont.fr ac-grenoble.fr ac-lyon.fr",
    "bourgogne-franche-comte": "ac-besancon.fr ac-dijon.fr",
    "bretagne": "ac-rennes.fr", "centre-val-de-loire": "ac-orleans-tours.fr",
    "corse": "ac-corse.fr", "grand-est": "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr",
    "hauts-de-france": "ac-amiens.fr ac-lille.fr",
    "ile-de-france": "ac-creteil.fr ac-paris.fr ac-versailles.fr",
    "normandie": "ac-normandie.fr ac-caen.fr ac-rouen.fr",
    "nouvelle-aquitaine": "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr",
    "occitanie": "ac-montpellier.fr ac-toulouse.fr", "pays-de-la-loire": "ac-nantes.fr",
    "provence-alpes-cote-d-azur": "ac-aix-marseille.fr ac-nice.fr",
    "guadeloupe": "ac-guadeloupe.fr", "martinique": "ac-martinique.fr",
    "guyane": "ac-guyane.fr", "la-reunion": "ac-reunion.fr", "mayotte": "ac-mayotte.fr",
}
DOMAIN = {d: reg for reg, ds in REGION_DOMAINS.items() for d in ds.split()}
TZ = {"guadeloupe": -4, "martinique": -4, "guyane": -3, "la-reunion": 4, "mayotte": 3}


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LET[int(code[:7]) % 23] == code[7]


def uai_region(code):
    return DEPT.get(code[:3])


def domain_region(addr):
    dom = addr.rsplit("@", 1)[-1].lower() if "@" in addr else ""
    return DOMAIN.get(dom)


MAILS = []


def m(cat, ok, uai, region, platform, hard, lang, notes, frm, subj, body, client="outlook",
      fmt=None, cte=None, to=DESK, cc=None, hdr=None, att=None, raw=None, auth="pass",
      irt=None, rp=None, html=None, wrong=(), reply_to=None):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, region=region, platform=platform, hard=hard,
                      lang=lang, notes=notes, frm=frm, subj=subj, body=body, client=client,
                      fmt=fmt, cte=cte, to=to, cc=cc, hdr=hdr or {}, att=att or [], raw=raw,
                      auth=auth, irt=irt, rp=rp, html=html, wrong=tuple(wrong),
                      reply_to=reply_to))


# ---------------------------------------------------------------- wrappers
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def msgid(client, dom):
    if client == "outlook":
        return "<%s$%s$%s$@%s>" % ("0001" + hexs(12), hexs(8), hexs(8), dom)
    if client == "o365":
        return "<PA4PR0%dMB%d%s@PA4PR0%dMB%d.eurprd0%d.prod.outlook.com>" % (
            R.randint(1, 9), R.randint(1000, 9999), alnum(10).upper(), R.randint(1, 9),
            R.randint(1000, 9999), R.randint(1, 8))
    if client in ("gmail", "gmail_mobile"):
        return "<CA%s@mail.gmail.com>" % alnum(44)
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(8).upper(), hexs(4).upper(), hexs(4).upper(),
                                         hexs(4).upper(), hexs(12).upper(), dom)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (R.randint(100000000, 999999999),
                                                 R.randint(1000000, 9999999),
                                                 R.randint(10 ** 12, 10 ** 13), dom)
    if client == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), dom)
    return "<%s.%s@%s>" % (R.randint(10 ** 9, 10 ** 10), hexs(10), dom)


CLIENT_HDR = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")],
    "o365": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-Language", "fr-FR")],
    "gmail": [], "gmail_mobile": [],
    "apple": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    "iphone": [("X-Mailer", "iPhone Mail (21D61)")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF128 (Win)/9.0.0_ZEXTRAS_20240927)"),
               ("Thread-Topic", None)],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "robot": [],
}
DEFAULT_FMT = {"outlook": "alt", "o365": "alt", "gmail": "alt", "gmail_mobile": "alt",
               "apple": "alt", "iphone": "plain", "zimbra": "alt", "thunderbird": "plain",
               "robot": "plain"}
DEFAULT_CTE = {"outlook": "qp", "o365": "b64", "gmail": "qp", "gmail_mobile": "b64",
               "apple": "qp", "iphone": "qp", "zimbra": "qp", "thunderbird": "8bit",
               "robot": "qp"}


def to_html(text, client):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [htmlmod.escape(x) for x in block.split("\n")]
        paras.append(lines)
    if client in ("outlook", "o365"):
        inner = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                          % "<br>\n".join(p) for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + inner + "\n</div>\n</body>\n</html>\n")
    if client in ("gmail", "gmail_mobile"):
        inner = "\n".join("<div>%s</div><div><br></div>" % "<br>".join(p) for p in paras)
        return '<div dir="ltr">' + inner + "</div>\n"
    if client in ("apple", "iphone"):
        inner = "\n".join("<div>%s</div><div><br></div>" % "<br>".join(p) for p in paras)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
                + inner + "\n</body></html>\n")
    if client == "zimbra":
        inner = "\n".join("<div>%s</div><div><br data-mce-bogus=\"1\"></div>" % "<br>".join(p)
                          for p in paras)
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                + inner + "</div></body></html>\n")
    inner = "\n".join("<p>%s</p>" % "<br>\n".join(p) for p in paras)
    return "<html><body>\n" + inner + "\n</body></html>\n"


CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def cte_for(text, name):
    c = CTE[name]
    if c in ("8bit", "7bit"):
        c = "7bit" if text.isascii() else "8bit"
        if max((len(x) for x in text.split("\n")), default=0) > 900:
            c = "quoted-printable"
    return c


WEEK0 = datetime(2025, 3, 17, tzinfo=timezone.utc)


def build(d, idx):
    name, addr = parseaddr(d["frm"])
    dom = addr.rsplit("@", 1)[1]
    offset = TZ.get(d["region"] or "", 1)
    tz = timezone(timedelta(hours=offset))
    day = R.choices(range(7), weights=[18, 17, 17, 16, 16, 8, 8])[0]
    local = datetime(2025, 3, 17, tzinfo=tz) + timedelta(
        days=day, hours=R.randint(6, 21), minutes=R.randint(0, 59), seconds=R.randint(0, 59))
    recv = local.astimezone(timezone(timedelta(hours=1))) + timedelta(seconds=R.randint(2, 40))
    d["date"] = local
    msg = EmailMessage()
    msg["Return-Path"] = d["rp"] if d["rp"] is not None else "<%s>" % addr
    msg["Delivered-To"] = "support@assistance.example.fr"
    if dom in ("gmail.com", "googlemail.com"):
        relay = "mail-%s%d-f%d.google.com" % (R.choice(["wr", "ej", "lf", "wm"]), R.randint(1, 9), R.randint(40, 199))
    elif dom in ("outlook.fr", "hotmail.fr", "outlook.com"):
        relay = "mail-%s.outbound.protection.outlook.com" % R.choice(["db8eur05on2071", "am0pr02cu008", "par02eur03on2110"])
    else:
        relay = "%s.%s" % (R.choice(["smtp", "smtp2", "mx-out", "relay", "mta1"]), dom)
    ip = "%s.%d" % (R.choice(["203.0.113", "198.51.100", "192.0.2"]), R.randint(2, 250))
    msg["Received"] = ("from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s "
                       "for <support@assistance.example.fr>; %s" % (relay, relay, ip, alnum(15),
                                                                   format_datetime(recv)))
    sdom = "google.com" if "google" in relay else dom
    if d["auth"] == "pass":
        ar = ("mx1.assistance.example.fr; dkim=pass (2048-bit key) header.d=%s; "
              "spf=pass smtp.mailfrom=%s; dmarc=pass (p=none dis=none) header.from=%s" % (dom, sdom if d["rp"] != "<>" else dom, dom))
    elif d["auth"] == "fail":
        ar = ("mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom=%s; "
              "dmarc=fail (p=quarantine dis=none) header.from=%s" % (dom, dom))
    else:
        ar = "mx1.assistance.example.fr; dkim=none; spf=pass smtp.helo=%s; dmarc=none" % relay
    msg["Authentication-Results"] = ar
    msg["From"] = d["frm"]
    msg["To"] = d["to"]
    if d["cc"]:
        msg["Cc"] = d["cc"]
    if d["reply_to"]:
        msg["Reply-To"] = d["reply_to"]
    msg["Subject"] = d["subj"]
    msg["Date"] = format_datetime(local)
    msg["Message-ID"] = msgid(d["client"], dom)
    if d["irt"]:
        msg["In-Reply-To"] = d["irt"]
        msg["References"] = d["irt"]
    for k, v in CLIENT_HDR[d["client"]]:
        msg[k] = d["subj"] if v is None else v
    if d["client"] in ("outlook", "o365"):
        msg["Thread-Index"] = base64.b64encode(bytes(R.randrange(256) for _ in range(22))).decode()
    for k, v in d["hdr"].items():
        msg[k] = v
    body = d["body"].strip("\n") + "\n"
    if d["raw"] is not None:
        ctype, payload = d["raw"]
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = ctype
        # the report body (possibly 8-bit UTF-8) is spliced in after generation
        msg.set_payload("@@RAW-REPORT-BODY@@\n")
        return msg
    fmt = d["fmt"] or DEFAULT_FMT[d["client"]]
    cte = d["cte"] or DEFAULT_CTE[d["client"]]
    html = d["html"] or to_html(body, d["client"])
    if fmt == "plain":
        msg.set_content(body, cte=cte_for(body, cte))
        if d["client"] == "thunderbird":
            msg.set_param("format", "flowed")
    elif fmt == "html":
        msg.set_content(html, subtype="html", cte=cte_for(html, cte))
    else:
        msg.set_content(body, cte=cte_for(body, cte))
        msg.add_alternative(html, subtype="html", cte=cte_for(html, cte))
    for fname, ctype, content in d["att"]:
        maintype, subtype = ctype.split("/")
        if isinstance(content, str):
            if maintype == "text":
                params = {}
                if subtype == "calendar":
                    params = {"method": re.search(r"METHOD:(\w+)", content).group(1)}
                msg.add_attachment(content, subtype=subtype, filename=fname, params=params,
                                   cte="quoted-printable" if not content.isascii() else "7bit")
            else:
                msg.add_attachment(content.encode("utf-8"), maintype=maintype, subtype=subtype,
                                   filename=fname)
        else:
            msg.add_attachment(content, maintype=maintype, subtype=subtype, filename=fname)
    return msg


def fake_pdf(title):
    return ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            "%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % title).encode("latin-1", "replace")


def report(kind, human, machine, original, boundary_host):
    """Wrap hand-written texts in a multipart/report (delivery-status or
    disposition-notification). human/original are text; machine is the
    per-message and per-recipient fields text."""
    b = "%s.%d/%s" % (alnum(12), R.randint(1700000000, 1799999999), boundary_host)
    h_cte = "7bit" if human.isascii() else "8bit"
    parts = ["This is a MIME-encapsulated message.", "",
             "--" + b,
             'Content-Type: text/plain; charset="utf-8"',
             "Content-Transfer-Encoding: " + h_cte,
             "Content-Description: Notification", "",
             human.strip("\n"), "",
             "--" + b,
             "Content-Type: message/" + ("delivery-status" if kind == "delivery-status" else "disposition-notification"),
             "Content-Description: " + ("Delivery report" if kind == "delivery-status" else "Disposition notification"), "",
             machine.strip("\n"), ""]
    if original is not None:
        parts += ["--" + b,
                  "Content-Type: " + ("message/rfc822" if kind == "delivery-status" else "text/rfc822-headers"),
                  "Content-Description: " + ("Undelivered Message" if kind == "delivery-status" else "Original message headers"),
                  "", original.strip("\n"), ""]
    parts += ["--" + b + "--", ""]
    ctype = 'multipart/report; report-type=%s; boundary="%s"' % (kind, b)
    return ctype, "\n".join(parts)


def ics(uid, summary, start, end, organizer, attendee, descr, method="REQUEST", partstat="NEEDS-ACTION"):
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Holdout75//Calendar//FR", "VERSION:2.0", "METHOD:" + method,
        "BEGIN:VEVENT", "UID:" + uid, "SUMMARY:" + summary, "DTSTART:" + start, "DTEND:" + end,
        "DTSTAMP:20250317T080000Z", "ORGANIZER;CN=" + organizer,
        "ATTENDEE;PARTSTAT=%s;RSVP=TRUE:mailto:%s" % (partstat, attendee),
        "DESCRIPTION:" + descr, "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""])


# ======================================================================
#                       THE MAIL (hand-written texts)
# ======================================================================
# ------------------------------------------------------------ automated (40)
AUTO_REPLIED = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
AUTO_GEN = {"Auto-Submitted": "auto-generated"}

m("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
  "Exchange out-of-office of a librarian answering the desk's reply; Auto-Submitted and X-Auto-Response-Suppress are set.",
  "Nathalie Perrin <nathalie.perrin@ac-lyon.fr>",
  "Réponse automatique : [#SUP-007812] Accès au back office e-sidoc",
  """Bonjour,

Je suis absente du lundi 17 au vendredi 21 mars inclus (stage de formation PAF).
Je consulterai mes messages à mon retour, le lundi 24 mars.

Pour toute urgence concernant le CDI, merci de vous adresser à la vie scolaire
du collège.

Cordialement,
Nathalie Perrin
Professeure documentaliste
""", client="o365", hdr=AUTO_REPLIED)

m("automated", False, None, "la-reunion", None, False, "fr",
  "Zimbra vacation reply from an ac-reunion.fr mailbox (Auto-Submitted: auto-replied); region from the sender domain.",
  "Jean-Marc Hoarau <jean-marc.hoarau@ac-reunion.fr>",
  "Absent jusqu'au 25 mars",
  """Bonjour,

Je suis en congé jusqu'au mardi 25 mars. Votre message ne sera pas transféré.
En cas d'urgence : intendance du lycée, 02 62 00 00 00.

Jean-Marc Hoarau
Gestionnaire
""", client="zimbra", fmt="plain", hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)", "Precedence": "bulk"})

m("automated", False, None, None, None, False, "en",
  "Gmail vacation responder in English (Auto-Submitted: auto-replied) from a free-mail address.",
  "Sarah Whitfield <sarah.whitfield.teach@gmail.com>",
  "Re: Your buyer account request",
  """Hi there,

Thanks for your email. I'm travelling with a school group until March 21st with
very limited access to email. I'll get back to you as soon as I can after that.

Best,
Sarah
""", client="gmail", hdr={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})

m("automated", False, "9720758S", "martinique", None, False, "fr",
  "Out-of-office from the school office's ce.<UAI>@ac-martinique.fr mailbox; the UAI comes from the address.",
  "Secretariat College <ce.9720758S@ac-martinique.fr>",
  "Réponse automatique : Votre demande de réinitialisation",
  """Bonjour,

Le secrétariat du collège est fermé du 17 au 19 mars (journées pédagogiques).
Votre message sera traité à la réouverture.

Pour les questions d'inscription, consultez le site du collège.

Le secrétariat
""", client="o365", hdr=AUTO_REPLIED)

m("automated", False, None, "guadeloupe", None, True, "fr",
  "Out-of-office produced by a client-side Outlook rule: no Auto-Submitted, no Precedence; only the wording ('message automatique', 'absente') shows it.",
  "Murielle Zénon <murielle.zenon@ac-guadeloupe.fr>",
  "Absente : RE: commande abonnement presse CDI",
  """Message automatique

Bonjour, je suis absente de l'établissement cette semaine.
Je prendrai connaissance de votre message à mon retour le 24/03.
Merci de votre compréhension.

M. Zénon
""", client="outlook", fmt="plain", cte="8bit")

m("automated", False, None, None, None, False, "en",
  "Postfix bounce: multipart/report delivery-status with the desk's reset answer attached, null Return-Path.",
  "Mail Delivery System <MAILER-DAEMON@mail.lycee-prive-sainte-anne.fr>",
  "Undelivered Mail Returned to Sender",
  "", client="robot", rp="<>", auth="none", hdr={"Auto-Submitted": "auto-replied"},
  raw=report("delivery-status", """This is the mail system at host mail.lycee-prive-sainte-anne.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<cdi@lycee-prive-sainte-anne.fr>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <cdi@lycee-prive-sainte-anne.fr>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""", """Reporting-MTA: dns; mail.lycee-prive-sainte-anne.fr
X-Postfix-Queue-ID: 4ZGh1K0v3Wz9sT
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Tue, 18 Mar 2025 10:04:11 +0100 (CET)

Final-Recipient: rfc822; cdi@lycee-prive-sainte-anne.fr
Original-Recipient: rfc822;cdi@lycee-prive-sainte-anne.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <cdi@lycee-prive-sainte-anne.fr>: Recipient
    address rejected: User unknown in virtual mailbox table
""", """From: Assistance <support@assistance.example.fr>
To: cdi@lycee-prive-sainte-anne.fr
Subject: [#SUP-007790] Votre demande
Date: Tue, 18 Mar 2025 10:04:10 +0100
Message-ID: <SUP-007790.1742288650.a81c2e@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Bonjour,

Nous avons bien recu votre demande. Un membre de l'equipe vous repondra
sous 48 heures ouvrees.

L'equipe d'assistance
""", "mail.lycee-prive-sainte-anne.fr"))

m("automated", False, None, "ile-de-france", None, False, "fr",
  "French non-delivery report from the académie relay (multipart/report); region from the ac-creteil.fr sender.",
  "Mail Delivery Subsystem <MAILER-DAEMON@ac-creteil.fr>",
  "Non remis : [#SUP-007803] Activation de votre abonnement",
  "", client="robot", rp="<>", auth="none", hdr={"Auto-Submitted": "auto-replied"},
  raw=report("delivery-status", """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

Destinataire : laurent.mabille@ac-creteil.fr
Motif : cette adresse n'existe plus dans l'annuaire académique.

Vérifiez l'orthographe de l'adresse ou contactez le destinataire par un autre moyen.

Serveur de messagerie de l'académie de Créteil
""", """Reporting-MTA: dns; smtp1.ac-creteil.fr
Arrival-Date: Wed, 19 Mar 2025 14:22:40 +0100

Final-Recipient: rfc822; laurent.mabille@ac-creteil.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown
""", """From: Assistance <support@assistance.example.fr>
To: laurent.mabille@ac-creteil.fr
Subject: [#SUP-007803] Activation de votre abonnement
Date: Wed, 19 Mar 2025 14:22:39 +0100
Message-ID: <SUP-007803.1742390559.77ab02@assistance.example.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Bonjour,

Votre abonnement sera visible dans un delai de 72 heures apres la commande.

L'equipe d'assistance
""", "smtp1.ac-creteil.fr"))

m("automated", False, "0061121L", "provence-alpes-cote-d-azur", None, True, "fr",
  "Bounce 'mailbox full' for the establishment mailbox ce.0061121L@ac-nice.fr: machine-generated, never answered; the UAI is the bounced address's.",
  "MAILER-DAEMON <MAILER-DAEMON@ac-nice.fr>",
  "Echec de remise du message : boîte pleine",
  "", client="robot", rp="<>", auth="none", hdr={"Auto-Submitted": "auto-replied"},
  raw=report("delivery-status", """Ceci est un message automatique du serveur de messagerie de l'académie de Nice.

Votre message à destination de <ce.0061121L@ac-nice.fr> n'a pas pu être remis :
la boîte aux lettres du destinataire a dépassé son quota (552 5.2.2).

Le message a été supprimé après 3 tentatives.
""", """Reporting-MTA: dns; mx2.ac-nice.fr

Final-Recipient: rfc822; ce.0061121L@ac-nice.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""", """From: Assistance <support@assistance.example.fr>
To: ce.0061121L@ac-nice.fr
Subject: [#SUP-007771] Lien de reinitialisation
Date: Mon, 17 Mar 2025 16:40:02 +0100
Message-ID: <SUP-007771.1742226002.0c3f9e@assistance.example.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Bonjour,

Un lien de reinitialisation a ete envoye. Il est valable 12 heures.
""", "mx2.ac-nice.fr"))

m("automated", False, None, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Delay)': still retrying, multipart/report, not a failure but still automatic.",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Delay)",
  "", client="robot", rp="<>", auth="none", hdr={"Auto-Submitted": "auto-replied"},
  raw=report("delivery-status", """** Message not delivered yet **

There was a temporary problem delivering your message to
mediatheque.stpierre@orange.fr. Gmail will retry for 46 more hours.
You'll be notified if the delivery fails permanently.

The response was:
The recipient server did not accept our requests to connect.
""", """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 20 Mar 2025 02:11:43 -0700 (PDT)

Final-Recipient: rfc822; mediatheque.stpierre@orange.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.
Will-Retry-Until: Sat, 22 Mar 2025 02:11:44 -0700 (PDT)
""", None, "googlemail.com"))

m("automated", False, None, None, None, True, "fr",
  "Plain-text Exim bounce with no multipart/report and no Auto-Submitted: only the null Return-Path and the Mailer-Daemon sender show it is a robot.",
  "Mail Delivery System <Mailer-Daemon@srv-mail.mairie-saint-leu.fr>",
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  secretariat.ecole@mairie-saint-leu.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Subject: [#SUP-007826] Compte Espace Acheteur
From: Assistance <support@assistance.example.fr>
To: secretariat.ecole@mairie-saint-leu.fr

Bonjour,
Votre compte est en attente de validation par l'administrateur de votre structure.
""", client="robot", rp="<>", auth="none", cte="8bit")

m("automated", False, None, None, None, True, "fr",
  "MailInBlack challenge sent to the desk itself when it answered a protected school mailbox: a robot asking the desk to prove it is human, not a person reporting a MailInBlack problem.",
  "Sandrine Kerjean via Mailinblack <no-reply@protect.mailinblack.example>",
  "Votre message à Sandrine Kerjean est en attente",
  """Bonjour,

Vous avez envoyé un message à Sandrine Kerjean (s.kerjean@college-les-ajoncs.fr).
Pour lutter contre les spams, ce destinataire est protégé par Mailinblack.

Afin que votre message soit délivré, merci de confirmer que vous êtes
un humain en cliquant sur le lien ci-dessous :

https://protect.mailinblack.example/auth/?id=8f2c1a77e0

Cette opération n'est à faire qu'une seule fois.
Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""", client="robot", fmt="alt", hdr=AUTO_GEN, html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<p>Bonjour,</p>
<p>Vous avez envoyé un message à <b>Sandrine Kerjean</b> (s.kerjean@college-les-ajoncs.fr).<br>
Pour lutter contre les spams, ce destinataire est protégé par Mailinblack.</p>
<p>Afin que votre message soit délivré, merci de confirmer que vous êtes un humain :</p>
<p><a href="https://protect.mailinblack.example/auth/?id=8f2c1a77e0" style="background:#1d1d1b;color:#fff;padding:10px 18px">Je confirme</a></p>
<p style="font-size:11px;color:#777">Cette opération n'est à faire qu'une seule fois. Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
</td></tr></table></body></html>
""")

m("automated", False, None, None, None, True, "en",
  "English MailInBlack sender-authentication challenge addressed to the desk: machine-generated, never answered, though it names MailInBlack.",
  "Mailinblack <challenge@protect.mailinblack.example>",
  "Action required: your email to d.moreau@lyceeinternational-example.fr is pending",
  """Hello,

Your email to d.moreau@lyceeinternational-example.fr has not been delivered yet.
The recipient uses Mailinblack to protect their inbox from unwanted email.

To deliver your message, please confirm you are a real person:
https://protect.mailinblack.example/verify/3e91b07c

Once confirmed, your future emails will be delivered directly.

This is an automated message. Please do not reply.
""", client="robot", fmt="html", cte="b64", hdr=AUTO_GEN, html="""<!DOCTYPE html><html><body>
<div style="max-width:560px;margin:auto;font-family:Helvetica,Arial">
<h2>Your email is pending</h2>
<p>Your email to <strong>d.moreau@lyceeinternational-example.fr</strong> has not been delivered yet.
The recipient uses Mailinblack to protect their inbox from unwanted email.</p>
<p>To deliver your message, please confirm you are a real person:</p>
<p><a href="https://protect.mailinblack.example/verify/3e91b07c">Confirm I am human</a></p>
<p>Once confirmed, your future emails will be delivered directly.</p>
<p style="color:#888;font-size:11px">This is an automated message. Please do not reply.</p>
</div></body></html>
""")

m("automated", False, "0295254D", "bretagne", None, True, "fr",
  "MailInBlack challenge generated for the establishment mailbox ce.0295254D@ac-rennes.fr, sent from that address: automatic, though the address carries the UAI and the product is named.",
  "Lycée de l'Elorn <ce.0295254D@ac-rennes.fr>",
  "[Mailinblack] Confirmez votre envoi vers ce.0295254D@ac-rennes.fr",
  """Bonjour,

Ce message vous est adressé automatiquement par la solution anti-spam
Mailinblack qui protège la boîte de l'établissement.

Votre message « RE: [#SUP-007815] Lien de réinitialisation e-sidoc » est
en attente. Cliquez sur le lien suivant pour confirmer votre envoi :
https://protect.mailinblack.example/c/u0295254d-41aa

Sans action de votre part sous 7 jours, le message sera supprimé.
""", client="robot", hdr={"Auto-Submitted": "auto-replied", "X-Mailinblack": "challenge"})

m("automated", False, None, None, None, True, "fr",
  "Daily MailInBlack quarantine digest delivered to the desk's mailbox: machine text listing held mail, nobody asks anything.",
  "Mailinblack <rapport@protect.mailinblack.example>",
  "Vos messages en attente - mardi 18 mars 2025",
  """Bonjour support@assistance.example.fr,

5 messages sont en attente dans votre espace « À valider » :

  newsletter@editeur-jeunesse.example     Printemps des poètes : nos sélections     18/03 06:12
  info@salon-educatif.example             Votre badge visiteur                      18/03 07:40
  no-reply@linkedin.example               Vous avez 3 nouvelles notifications       18/03 08:03
  compta@fournisseur-mobilier.example     Relance facture FM-2291                   18/03 08:15
  webinaire@solutions-cdi.example         Dernière chance : inscrivez-vous          18/03 09:30

Pour chaque message : [Autoriser] [Bloquer] [Voir]

Ce rapport est généré automatiquement chaque jour à 10h.
""", client="robot", fmt="alt", cte="b64", hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

m("automated", False, None, None, "esidoc", False, "fr",
  "Product newsletter with List-Id, one-click List-Unsubscribe and Precedence: bulk.",
  "L'équipe e-sidoc <newsletter@news.esidoc.example.fr>",
  "Les nouveautés e-sidoc du printemps",
  """Bonjour,

Au programme de cette lettre :

- Le nouveau module « Sélections » pour mettre en avant vos coups de cœur
- Webinaire le 27 mars à 14 h : bien préparer l'inventaire de fin d'année
- Rappel : les statistiques de fréquentation sont disponibles dans le back office

Bonne lecture,
L'équipe e-sidoc

Vous recevez cette lettre car vous administrez un portail e-sidoc.
Se désabonner : https://news.esidoc.example.fr/u/7hY2
""", client="robot", fmt="alt",
  hdr={"List-Id": "Lettre e-sidoc <lettre.news.esidoc.example.fr>",
       "List-Unsubscribe": "<https://news.esidoc.example.fr/u/7hY2>",
       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

m("automated", False, None, "occitanie", None, False, "fr",
  "Académie newsletter sent to a list (Precedence: bulk, List-Id); region from the ac-toulouse.fr sender.",
  "Lettre numérique éducative <lettre-dane@ac-toulouse.fr>",
  "Lettre de la DANE n°42 - mars 2025",
  """LETTRE DE LA DANE - n°42 - mars 2025

À LA UNE
Semaine de la presse et des médias à l'école : ressources et inscriptions.

FORMATIONS
Parcours « Éduquer aux médias » : inscriptions ouvertes jusqu'au 4 avril.

SÉCURITÉ
Rappel : ne communiquez jamais vos identifiants par courriel.

Pour ne plus recevoir cette lettre, écrivez à sympa@ac-toulouse.fr avec la commande "unsubscribe lettre-dane".
""", client="robot", fmt="alt",
  hdr={"List-Id": "<lettre-dane.ac-toulouse.fr>", "Precedence": "bulk",
       "List-Unsubscribe": "<mailto:sympa@ac-toulouse.fr?subject=unsubscribe%20lettre-dane>"})

m("automated", False, None, None, None, False, "en",
  "English marketing newsletter from an edtech vendor with List-Unsubscribe and Precedence: bulk.",
  "BrightShelf <hello@mail.brightshelf.example>",
  "5 ways to boost your library's reading challenge this spring",
  """Hi librarian,

Spring is the perfect time to launch a reading challenge. Here are five ideas
from schools that tried it last year:

1. Start small with a one-week "genre swap".
2. Let students design the badges.
3. Display progress on a shared board.
4. Partner with a local author.
5. Celebrate every finisher.

Read the full article on our blog.

You are receiving this because you signed up at a BrightShelf event.
Unsubscribe: https://mail.brightshelf.example/unsub?u=99a1
""", client="robot", fmt="alt",
  hdr={"List-Unsubscribe": "<https://mail.brightshelf.example/unsub?u=99a1>",
       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk",
       "X-Mailer": "BrightShelf Campaigns"})

m("automated", False, None, "occitanie", None, True, "fr",
  "GLPI follow-up notification from the rectorat's helpdesk about a ticket the desk opened there (MailInBlack allow-list): auto-generated, the product name does not make it a user request.",
  "Assistance académique GLPI <glpi-noreply@ac-montpellier.fr>",
  "[GLPI #0045871] Nouveau suivi - Liste blanche Mailinblack pour assistance.example.fr",
  """Ticket #0045871 : Liste blanche Mailinblack pour assistance.example.fr

Un nouveau suivi a été ajouté par : Technicien DSI - Pôle messagerie

  « Bonjour, le domaine assistance.example.fr a été ajouté à la liste blanche
  Mailinblack pour les établissements du second degré de l'académie. Merci de
  nous indiquer si le problème persiste. »

Statut : En attente
Catégorie : Messagerie > Filtrage
Date d'ouverture : 12/03/2025 09:14

Pour répondre, utilisez l'interface : https://assistance.ac-montpellier.fr/front/ticket.form.php?id=45871

Ce courriel a été généré automatiquement par GLPI.
""", client="robot", fmt="alt", hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "GLPI"})

m("automated", False, None, "nouvelle-aquitaine", None, False, "fr",
  "GLPI 'ticket résolu' notification from the Bordeaux rectorat: auto-generated, never answered.",
  "GLPI Rectorat de Bordeaux <glpi@ac-bordeaux.fr>",
  "[GLPI #0031202] Ticket résolu - Flux de synchronisation annuaire",
  """Le ticket #0031202 a été résolu.

Titre : Flux de synchronisation annuaire
Solution : Le flux a été relancé le 18/03/2025 à 07:30. Les comptes créés depuis
le 10 mars sont désormais présents.

Si la solution ne vous convient pas, vous pouvez la refuser dans les 7 jours
depuis l'interface GLPI. Sans action de votre part, le ticket sera clos automatiquement.

--
GLPI - Plateforme d'assistance du rectorat
Ce message est généré automatiquement, merci de ne pas y répondre.
""", client="robot", hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "GLPI"})

m("automated", False, "9734985F", "guyane", "esidoc", False, "fr",
  "GLPI 'nouveau ticket' notification from the Guyane rectorat copying the desk; the establishment's UAI is in the ticket text.",
  "Plateforme d'assistance <glpi-noreply@ac-guyane.fr>",
  "[GLPI #0008834] Nouveau ticket - Portail e-sidoc inaccessible - 9734985F",
  """Un nouveau ticket a été créé.

N° : 0008834
Titre : Portail e-sidoc inaccessible - 9734985F
Demandeur : Collège de Saint-Georges (9734985F)
Observateurs : support@assistance.example.fr
Description :
  Depuis ce matin le portail du CDI affiche une page blanche. Les élèves ne
  peuvent plus faire de recherches.

Urgence : Moyenne
Lien : https://assistance.ac-guyane.fr/front/ticket.form.php?id=8834

Notification automatique GLPI - ne pas répondre.
""", client="robot", hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "GLPI"})

m("automated", False, None, "hauts-de-france", None, False, "fr",
  "GLPI satisfaction survey sent automatically after a ticket closed at the Amiens rectorat.",
  "Assistance Rectorat Amiens <glpi-noreply@ac-amiens.fr>",
  "[GLPI #0019377] Enquête de satisfaction",
  """Bonjour,

Le ticket #0019377 « Ajout du domaine assistance.example.fr à la liste blanche »
a été clos.

Merci de prendre une minute pour évaluer le traitement de votre demande :
https://assistance.ac-amiens.fr/front/ticketsatisfaction.form.php?id=19377

Cette enquête est envoyée automatiquement.
""", client="robot", fmt="html", hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "GLPI"})

m("automated", False, None, "grand-est", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-strasbourg.fr sender.",
  "Pierre Schaeffer <pierre.schaeffer@ac-strasbourg.fr>",
  "Lu : [#SUP-007799] Votre demande de devis",
  "", client="robot", hdr={"Auto-Submitted": "auto-replied"},
  raw=report("disposition-notification", """Votre message

  À : Pierre Schaeffer
  Objet : [#SUP-007799] Votre demande de devis
  Envoyé : mardi 18 mars 2025 11:02:14 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 18 mars 2025 13:47:50 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", """Reporting-UA: pierre.schaeffer@ac-strasbourg.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;pierre.schaeffer@ac-strasbourg.fr
Original-Message-ID: <SUP-007799.1742292134.9f1d0a@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""", """From: Assistance <support@assistance.example.fr>
To: Pierre Schaeffer <pierre.schaeffer@ac-strasbourg.fr>
Subject: [#SUP-007799] Votre demande de devis
Date: Tue, 18 Mar 2025 11:02:14 +0100
Message-ID: <SUP-007799.1742292134.9f1d0a@assistance.example.fr>
""", "ac-strasbourg.fr"))

m("automated", False, None, None, None, False, "en",
  "Thunderbird return receipt in English, multipart/report disposition-notification.",
  "Tom Gallagher <tom.gallagher@schoolnet.example.org>",
  "Return Receipt (displayed) - Re: Framework agreement documents",
  "", client="robot",
  raw=report("disposition-notification", """This is a Return Receipt for the mail that you sent to tom.gallagher@schoolnet.example.org.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", """Reporting-UA: schoolnet.example.org; Thunderbird 128.8.0
Final-Recipient: rfc822;tom.gallagher@schoolnet.example.org
Original-Message-ID: <SUP-007822.1742372001.c0ffee@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""", None, "schoolnet.example.org"))

m("automated", False, None, "bourgogne-franche-comte", None, False, "fr",
  "Outlook 'Non lu :' notice (message deleted without being read); region from the ac-dijon.fr sender.",
  "Agnès Morel <agnes.morel@ac-dijon.fr>",
  "Non lu : [#SUP-007761] Documents du marché",
  "", client="robot",
  raw=report("disposition-notification", """Votre message

  À : Agnès Morel
  Objet : [#SUP-007761] Documents du marché
  Envoyé : lundi 17 mars 2025 09:15:02 (UTC+01:00)

a été supprimé sans avoir été lu le vendredi 21 mars 2025 17:02:33 (UTC+01:00).
""", """Reporting-UA: agnes.morel@ac-dijon.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;agnes.morel@ac-dijon.fr
Original-Message-ID: <SUP-007761.1742199302.4b4b11@assistance.example.fr>
Disposition: manual-action/MDN-sent-automatically; deleted
""", None, "ac-dijon.fr"))

m("automated", False, None, "normandie", None, False, "fr",
  "Calendar acceptance generated by Outlook when the invitee clicked 'Accepter' (no text written); region from the ac-normandie.fr sender.",
  "Hélène Lecoq <helene.lecoq@ac-normandie.fr>",
  "Accepté: Point mensuel support / DRANE Normandie",
  "", client="o365", fmt="plain", cte="7bit",
  att=[("invite.ics", "text/calendar",
        ics("040000008200E00074C5B7101A82E0080000000010ab77", "Point mensuel support / DRANE Normandie",
            "20250325T130000Z", "20250325T140000Z", "Assistance:mailto:support@assistance.example.fr",
            "helene.lecoq@ac-normandie.fr", "", method="REPLY", partstat="ACCEPTED"))])

m("automated", False, None, None, None, False, "en",
  "Google Calendar 'Declined' notification generated when the invitee declined the webinar: no text written by a person.",
  "Google Calendar <calendar-notification@google.com>",
  "Declined: Webinar - Buyer space for new gestionnaires @ Thu Mar 27, 2025 2pm - 3pm (CET)",
  """Emily Carter has declined this invitation.

Webinar - Buyer space for new gestionnaires
When: Thursday Mar 27, 2025 2pm - 3pm (Central European Time - Paris)
Organizer: support@assistance.example.fr
Guests: emily.carter.edu@gmail.com - declined

Invitation from Google Calendar
You are receiving this email because you are subscribed to calendar notifications.
""", client="robot", fmt="alt", hdr={"Auto-Submitted": "auto-generated"},
  att=[("invite.ics", "text/calendar",
        ics("7kq2p0s6d1v@google.com", "Webinar - Buyer space for new gestionnaires",
            "20250327T130000Z", "20250327T140000Z", "Assistance:mailto:support@assistance.example.fr",
            "emily.carter.edu@gmail.com", "", method="REPLY", partstat="DECLINED"))])

m("automated", False, None, "mayotte", "esidoc", False, "fr",
  "Zimbra calendar reminder sent automatically before an e-sidoc training session; region from the ac-mayotte.fr sender.",
  "Calendrier Zimbra <calendrier-noreply@ac-mayotte.fr>",
  "Rappel : Formation e-sidoc - prise en main du back office (demain 08:00)",
  """Rappel de rendez-vous

Formation e-sidoc - prise en main du back office
Quand : mercredi 19 mars 2025, 08:00 - 10:00 (GMT+03:00) Mayotte
Où : Classe virtuelle
Organisateur : Coordination CDI Mayotte

Ceci est un rappel automatique.
""", client="robot", hdr={"Auto-Submitted": "auto-generated"})

m("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply notification from the buyer space to the desk, administrator by default: an account awaits validation; Auto-Submitted: auto-generated.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur a demandé l'accès à l'Espace Acheteur pour une structure
qui n'a pas d'administrateur désigné :

  Structure : Mairie de Pont-Sainte-Marie - service des écoles
  Demandeur : C. Gauthier
  Date de la demande : 18/03/2025 15:41

Connectez-vous pour valider ou refuser cette demande.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", client="robot", fmt="alt", hdr=AUTO_GEN)

m("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'signed by all parties' notification without Auto-Submitted or Precedence; only the no-reply sender and the wording show it is automatic.",
  "Signature électronique <notifications@esignature.example.fr>",
  "Document signé : Convention d'adhésion 2025 - Groupement de commandes",
  """Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion 2025 -
Groupement de commandes ».

Signataires :
  - Direction de la centrale d'achat - signé le 19/03/2025
  - Représentant de la collectivité - signé le 20/03/2025

Le document signé et son certificat de preuve sont disponibles pendant 30 jours :
https://esignature.example.fr/d/5c0a77

Ceci est une notification, elle ne nécessite pas de réponse.
""", client="robot", fmt="html")

m("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a ticket the desk opened with a supplier was updated; Auto-Submitted: auto-generated.",
  "Portail tickets <ne-pas-repondre@tickets.example.fr>",
  "[Ticket 58213] Mise à jour : erreur 500 à l'export des statistiques",
  """Votre ticket 58213 a été mis à jour.

Nouveau statut : En cours de correction
Commentaire de l'éditeur :
  Le correctif est planifié dans la version du 26 mars.

Consulter le ticket : https://tickets.example.fr/t/58213

Merci de ne pas répondre à ce message.
""", client="robot", hdr=AUTO_GEN)

m("automated", False, None, None, None, False, "en",
  "DMARC aggregate report with a gzip attachment sent to the desk's address.",
  "noreply-dmarc-support@google.com",
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 14906621852330957712",
  """This is an aggregate report from google.com.
""", client="robot", fmt="plain", cte="7bit",
  att=[("google.com!assistance.example.fr!1742169600!1742255999.xml.gz", "application/gzip",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(40)))])

m("automated", False, None, "corse", None, False, "fr",
  "Acknowledgement from the Corse académie helpdesk (Auto-Submitted, X-Loop) for a message the desk sent it: answering would start a loop.",
  "Assistance académique <assistance@ac-corse.fr>",
  "Accusé de réception - [#SUP-007808] Liste blanche Mailinblack",
  """Bonjour,

Nous accusons réception de votre message. Il a été enregistré sous le numéro
ASS-2025-03-1187 et sera traité dans les meilleurs délais.

Merci de ne pas répondre à ce message automatique.

Plateforme d'assistance - Académie de Corse
""", client="robot", hdr={"Auto-Submitted": "auto-replied", "X-Loop": "assistance@ac-corse.fr",
                          "Precedence": "auto_reply"})

m("automated", False, None, "nouvelle-aquitaine", None, True, "fr",
  "A librarian's real question about MailInBlack, but posted to the académie's documentalistes mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us.",
  "Coralie Baudet <coralie.baudet@ac-poitiers.fr>",
  "[docs-86] Mailinblack et les mails des éditeurs ?",
  """Bonjour à toutes et tous,

Depuis que le département a activé Mailinblack sur nos boîtes, je ne reçois
plus les lettres de plusieurs éditeurs ni les mails du support. Vous avez
trouvé une solution ? Il faut autoriser chaque expéditeur un par un ?

Merci d'avance,
Coralie, doc au collège de Chauvigny

_______________________________________________
docs-86 mailing list
docs-86@listes.ac-poitiers.fr
https://listes.ac-poitiers.fr/sympa/info/docs-86
""", client="thunderbird",
  hdr={"List-Id": "Documentalistes de la Vienne <docs-86.listes.ac-poitiers.fr>",
       "Precedence": "list", "List-Post": "<mailto:docs-86@listes.ac-poitiers.fr>",
       "Sender": "docs-86-owner@listes.ac-poitiers.fr"})

m("automated", False, None, None, None, True, "fr",
  "Microsoft 365 quarantine notification (not MailInBlack) listing held messages for the desk: machine-generated.",
  "Microsoft 365 <quarantine@messaging.microsoft.com>",
  "Notification de quarantaine : 2 messages",
  """Vous avez 2 nouveaux messages en quarantaine.

Messages en quarantaine du 19/03/2025 :

  Expéditeur : facturation@prestataire-web.example
  Objet : Votre facture est disponible
  Motif : Hameçonnage

  Expéditeur : promo@bureau-discount.example
  Objet : -40 % sur le mobilier scolaire
  Motif : Courrier indésirable

Passer en revue les messages : https://security.microsoft.com/quarantine
""", client="robot", fmt="html", hdr=AUTO_GEN)

m("automated", False, None, "ile-de-france", None, False, "fr",
  "Bilingual out-of-office from an ac-versailles.fr gestionnaire (Auto-Submitted: auto-replied).",
  "Karim Benali <karim.benali@ac-versailles.fr>",
  "Réponse automatique / Automatic reply : Facture FA-2025-0318",
  """Bonjour,
Je suis absent jusqu'au 21 mars. Pour les bons de commande, merci d'écrire à
l'adresse de l'intendance.

Hello,
I am out of the office until March 21st.

Karim Benali
Adjoint gestionnaire
""", client="o365", hdr=AUTO_REPLIED)

m("automated", False, None, "auvergne-rhone-alpes", None, True, "fr",
  "Out-of-office that itself talks about passwords and MailInBlack (redirecting colleagues to the IT desk); Auto-Submitted is set, so still a robot.",
  "Olivier Chabert <olivier.chabert@ac-grenoble.fr>",
  "Réponse automatique: Accès compte",
  """Bonjour,

Je suis en arrêt jusqu'au 28 mars.

- Mot de passe ENT ou messagerie oublié : passez par le guichet
  d'assistance académique.
- Messages bloqués par Mailinblack : consultez votre espace « À valider »
  ou contactez le référent numérique.

Cordialement,
O. Chabert - Référent numérique
""", client="zimbra", fmt="plain", hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)"})

m("automated", False, None, None, None, False, "fr",
  "Supplier helpdesk (Zendesk-style) automatic acknowledgement with Auto-Submitted: answering would loop.",
  "Support Mobilier Scolaire <support@mobilier-scolaire.example>",
  "[Demande n°48213] Nous avons bien reçu votre demande",
  """##- Merci de saisir votre réponse au-dessus de cette ligne -##

Bonjour,

Votre demande (48213) a bien été reçue et sera examinée par notre équipe.
Délai de traitement moyen : 2 jours ouvrés.

Pour ajouter des informations, répondez simplement à ce message.

Le service client
""", client="robot", fmt="alt", hdr={"Auto-Submitted": "auto-replied", "X-Mailer": "Zendesk Mailer"})

m("automated", False, None, None, None, False, "fr",
  "Delay warning from the desk's own relay (Action: delayed): automatic, not a failure.",
  "Système de messagerie <MAILER-DAEMON@relay.assistance.example.fr>",
  "Message retardé (nouvelle tentative en cours)",
  "", client="robot", rp="<>", auth="none", hdr={"Auto-Submitted": "auto-replied"},
  raw=report("delivery-status", """Ceci est le système de messagerie de relay.assistance.example.fr.

Votre message n'a pas encore pu être remis au destinataire suivant. Il reste
en file d'attente et de nouvelles tentatives auront lieu pendant 5 jours.
Vous n'avez rien à faire pour le moment.

<intendance@college-les-tilleuls.example>: connexion refusée (délai dépassé)
""", """Reporting-MTA: dns; relay.assistance.example.fr
Arrival-Date: Fri, 21 Mar 2025 07:58:12 +0100 (CET)

Final-Recipient: rfc822; intendance@college-les-tilleuls.example
Action: delayed
Status: 4.4.2
Diagnostic-Code: X-Postfix; conversation timed out while receiving the initial server greeting
""", None, "relay.assistance.example.fr"))

m("automated", False, None, None, None, True, "fr",
  "Bounce from a school gateway rejecting the desk's mail with '550 5.7.1' and the MailInBlack host named: a delivery failure robot, not a person's MailInBlack problem.",
  "Mail Delivery System <MAILER-DAEMON@mx.ecole-jules-ferry-sarlat.fr>",
  "Undelivered Mail Returned to Sender",
  "", client="robot", rp="<>", auth="none",
  raw=report("delivery-status", """This is the mail system at host mx.ecole-jules-ferry-sarlat.fr.

Your message could not be delivered to one or more recipients.

<direction@ecole-jules-ferry-sarlat.fr>: host gw1.mailinblack.example[192.0.2.61]
    said: 550 5.7.1 Message rejected by policy (Mailinblack) (in reply to end of
    DATA command)
""", """Reporting-MTA: dns; mx.ecole-jules-ferry-sarlat.fr
Arrival-Date: Thu, 20 Mar 2025 16:30:05 +0100 (CET)

Final-Recipient: rfc822; direction@ecole-jules-ferry-sarlat.fr
Action: failed
Status: 5.7.1
Remote-MTA: dns; gw1.mailinblack.example
Diagnostic-Code: smtp; 550 5.7.1 Message rejected by policy (Mailinblack)
""", """From: Assistance <support@assistance.example.fr>
To: direction@ecole-jules-ferry-sarlat.fr
Subject: [#SUP-007840] Votre demande d'administrateur
Date: Thu, 20 Mar 2025 16:30:04 +0100
Message-ID: <SUP-007840.1742484604.5e1f02@assistance.example.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Bonjour,

Nous avons bien recu votre demande ecrite.
""", "mx.ecole-jules-ferry-sarlat.fr"))

m("automated", False, None, None, "ecoledirecte", False, "fr",
  "Product release newsletter for the school-management software (List-Id, Precedence: bulk).",
  "EcoleDirecte Infos <infos@news.ecoledirecte.example.fr>",
  "Version 25.3 : ce qui change pour les transferts",
  """Bonjour,

La version 25.3 sera déployée dans la nuit du 24 au 25 mars :

- Transferts : un rapport d'erreur plus lisible à chaque import.
- Licences : rappel automatique 30 jours avant expiration.
- Sécurité : la connexion à l'administration passe à la double authentification.

Aucune action n'est nécessaire de votre part.

Se désinscrire : https://news.ecoledirecte.example.fr/unsubscribe
""", client="robot", fmt="alt",
  hdr={"List-Id": "Infos produit <infos.news.ecoledirecte.example.fr>", "Precedence": "bulk",
       "List-Unsubscribe": "<https://news.ecoledirecte.example.fr/unsubscribe>"})
# ------------------------------------------------------------ password_reset (18)
m("password_reset", True, "0697967K", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "The reset link sent by the automatic answer expired before she saw it; asks for a new one, UAI in the body.",
  "Élise Fournier <elise.fournier@ac-lyon.fr>",
  "Re: [#SUP-007775] Lien de réinitialisation e-sidoc",
  """Bonjour,

Le lien est arrivé sur la boîte du collège pendant que j'étais en sortie
scolaire, et la secrétaire me l'a transféré le lendemain : il avait expiré.
Est-il possible d'en renvoyer un ? Collège Louis Aragon, 0697967K.

Merci,
Élise Fournier
Professeure documentaliste

Le 17/03/2025 à 15:02, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse connue pour votre
> établissement (c***@ac-****.fr). Il est valable 12 heures.
>
> L'équipe d'assistance
""", client="thunderbird", irt="<SUP-007775.1742220120.11aa02@assistance.example.fr>")

m("password_reset", True, "0384759S", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Phone-typed, no accents, 'mdp': lost e-sidoc password, UAI given.",
  "fabienne.rolland38@gmail.com",
  "mdp esidoc",
  """bjr
jai perdu le mdp du portail esidoc du cdi (clg les Allinges, rne 0384759S)
pouvez vous me le renvoyer svp
merci
fabienne rolland, doc
""", client="gmail_mobile", fmt="plain", cte="qp")

m("password_reset", True, "9745034D", "la-reunion", "esidoc", False, "en",
  "English: locked out of the e-sidoc admin after too many attempts; UAI given.",
  "Daniel Payet <daniel.payet@ac-reunion.fr>",
  "Locked out of e-sidoc admin",
  """Hello,

I teach English at Lycée Bois d'Olive and I'm covering the library while our
librarian is on leave. I tried to log in to the e-sidoc back office a few times
and now the account is locked.

The school code is 9745034D. Could you unlock it or send a reset link?

Many thanks,
Daniel Payet
""", client="apple")

m("password_reset", True, "0633232W", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "The UAI appears only in the ce.<UAI>@ac-clermont.fr sender address; the secretariat asks for the reset link on that official mailbox.",
  "Secretariat <ce.0633232W@ac-clermont.fr>",
  "mot de passe portail CDI",
  """Bonjour,

Notre professeure documentaliste ne parvient plus à se connecter à
l'administration du portail e-sidoc (mot de passe refusé).
Pouvez-vous envoyer le lien de réinitialisation sur cette adresse, elle est
relevée tous les jours ?

Le secrétariat de direction
""", client="zimbra")

m("password_reset", False, None, "centre-val-de-loire", "esidoc", True, "fr",
  "UAI typed 0455956K: wrong check letter (the digits give 0455956E), so no valid UAI; region from the ac-orleans-tours.fr domain, and a person must identify the establishment.",
  "Thierry Gaudin <thierry.gaudin@ac-orleans-tours.fr>",
  "Identifiant 0455956K - mot de passe",
  """Bonjour,

Je n'arrive plus à entrer dans le back-office e-sidoc avec l'identifiant
0455956K. Le bouton « mot de passe oublié » me dit que l'identifiant est
inconnu. Pouvez-vous réinitialiser le mot de passe ?

T. Gaudin
Lycée Voltaire
""", client="outlook", wrong=["0455956K"])

m("password_reset", True, "0210104Z", "bourgogne-franche-comte", "esidoc", True, "fr",
  "Negation: not the ENT or mailbox password, it is the e-sidoc back-office password that is lost.",
  "Maud Lefebvre <maud.lefebvre@ac-dijon.fr>",
  "Pas le mot de passe ENT !",
  """Bonjour,

Votre réponse automatique m'indique de contacter l'assistance de l'ENT, mais
ce n'est pas mon mot de passe ENT qui pose problème : c'est celui de
l'administration du portail e-sidoc du CDI, que j'ai oublié.

Établissement : collège Gaston Roupnel, 0210104Z.

Merci de me dire comment le réinitialiser.
Maud Lefebvre
""", client="thunderbird")

m("password_reset", True, "0355740Z", "bretagne", "esidoc", True, "fr",
  "Quoted history is about MailInBlack (solved); the new message asks only for a fresh reset link.",
  "Gwenaëlle Le Bihan <gwenaelle.le-bihan@ac-rennes.fr>",
  "RE: [#SUP-007702] Mailinblack bloque vos mails",
  """Bonjour,

Merci, avec le guide nos informaticiens ont autorisé votre adresse, je reçois
bien vos messages maintenant.
Par contre le lien de réinitialisation envoyé la semaine dernière n'est plus
valable. Pourriez-vous m'en renvoyer un pour le portail du lycée (0355740Z) ?

Gwenaëlle Le Bihan

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 13 mars 2025 10:12
À : Gwenaëlle Le Bihan <gwenaelle.le-bihan@ac-rennes.fr>
Objet : [#SUP-007702] Mailinblack bloque vos mails

Bonjour,
Votre messagerie semble protégée par Mailinblack. Vous trouverez ci-joint le
guide pour autoriser nos adresses d'envoi.
""", client="outlook")

m("password_reset", False, "0575285K", "grand-est", "esidoc", True, "fr",
  "Third message, only automatic answers received so far, still no password: exasperated, a person must read it.",
  "Stéphane Klein <stephane.klein@ac-nancy-metz.fr>",
  "3e relance - toujours pas de mot de passe",
  """Bonjour,

C'est la troisième fois que j'écris et je ne reçois que des réponses
automatiques. Le « lien envoyé à l'adresse de l'établissement » n'arrive pas
et personne ne me répond.

Je veux simplement récupérer l'accès au portail e-sidoc de notre collège
(0575285K). Merci qu'une vraie personne me rappelle : 03 87 00 00 00.

S. Klein
""", client="outlook")

m("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "A town-hall buyer forgot her Espace Acheteur login (identifier); no UAI, free-mail sender.",
  "Christine Vial <christine.vial.mairie@orange.fr>",
  "identifiant oublié espace acheteur",
  """Bonjour,

Je ne me souviens plus de mon identifiant pour l'Espace Acheteur (service
des écoles de la mairie de Lagnieu). Pouvez-vous me le rappeler et me dire
comment remettre un mot de passe ?

Cordialement
Christine Vial
""", client="outlook")

m("password_reset", True, "0933412D", "ile-de-france", "esidoc", True, "fr",
  "UAI written in lower case with a space ('0933412 d'); lost e-sidoc password.",
  "b.toure@ac-creteil.fr",
  "oubli mot de passe",
  """bonjour

j'ai oublié le mot de passe de l'admin du portail e-sidoc.
rne : 0933412 d (college Pablo Neruda)

merci d'avance
Bakary Touré
""", client="zimbra", fmt="plain")

m("password_reset", True, "0868103R", "nouvelle-aquitaine", "esidoc", False, "en",
  "English: e-sidoc admin password expired; UAI in the signature.",
  "Helen Morgan <helen.morgan@ac-poitiers.fr>",
  "Expired password",
  """Hi,

The admin password for our e-sidoc portal seems to have expired: the login
page now refuses it and asks me to contact support. Could you send a reset?

Kind regards,
Helen Morgan
Teacher-librarian, Lycée Camille Guérin
UAI 0868103R
""", client="gmail")

m("password_reset", True, "0443687U", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Buyer account locked after several failed attempts; UAI given.",
  "Anne-Sophie Rivière <anne-sophie.riviere@ac-nantes.fr>",
  "Compte bloqué Espace Acheteur",
  """Bonjour,

Après plusieurs essais, mon compte Espace Acheteur est bloqué (« trop de
tentatives »). Je suis gestionnaire au lycée Jules Verne, UAI 0443687U.
Comment le débloquer ?

Bien à vous,
Anne-Sophie Rivière
Envoyé de mon iPad
""", client="apple")

m("password_reset", False, "9713783K", "guadeloupe", "esidoc", True, "fr",
  "Asks for the reset link to be sent to her personal Gmail instead of the establishment address: never automatic.",
  "Ketty Bellance <ketty.bellance@gmail.com>",
  "Mot de passe e-sidoc - envoi sur mon adresse perso SVP",
  """Bonjour,

Je suis la documentaliste du collège Front de Mer (9713783K). J'ai perdu mon
mot de passe e-sidoc. Merci de NE PAS envoyer le lien sur la boîte du collège :
la secrétaire est en congé maladie et personne ne la relève.
Envoyez-le directement sur cette adresse gmail.

Merci !
Ketty
""", client="gmail")

m("password_reset", True, "0627632J", "hauts-de-france", "esidoc", False, "fr",
  "Two lines from a phone: forgotten password for the school library portal, UAI given.",
  "Rémi Caron <remi.caron@ac-lille.fr>",
  "Mdp",
  """Mdp oublié pour le portail doc. Collège Victor Hugo, 0627632J. Merci

Envoyé de mon iPhone
""", client="iphone")

m("password_reset", True, "0345368A", "occitanie", "esidoc", False, "fr",
  "Does not know which identifier to use nor the password; the UAI is the login.",
  "Laurence Vidal <laurence.vidal@ac-montpellier.fr>",
  "Quel identifiant pour le back office ?",
  """Bonjour,

J'arrive dans un nouveau collège (Jean Jaurès, 0345368A) et je ne connais ni
l'identifiant ni le mot de passe du back office e-sidoc : ma collègue est
partie sans laisser de consignes. Comment faire ?

Laurence Vidal
""", client="zimbra")

m("password_reset", False, "0136614U", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Two topics: password reset (main) and unsubscribing the school from the newsletter; one template answers only half.",
  "Paul Ricard <paul.ricard@ac-aix-marseille.fr>",
  "mot de passe + newsletter",
  """Bonjour,

1) Je n'ai plus le mot de passe du portail e-sidoc du lycée Marcel Pagnol
(0136614U), pouvez-vous le réinitialiser ?

2) Par ailleurs nous recevons votre newsletter sur trois adresses
différentes, merci de ne la garder que sur celle du CDI.

Cordialement,
Paul Ricard
""", client="outlook")

m("password_reset", False, "0801625G", "hauts-de-france", "esidoc", True, "fr",
  "Pastes the bounce of the reset mail: the official address on file no longer exists, so the automatic path cannot work; a person must look.",
  "Aurélie Delattre <aurelie.delattre@ac-amiens.fr>",
  "TR: lien de réinitialisation jamais reçu (adresse inexistante)",
  """Bonjour,

Le secrétariat a reçu ceci quand vous avez envoyé le lien de
réinitialisation. L'adresse de l'établissement a changé à la fusion des
deux collèges, l'ancienne n'existe plus. Comment récupérer le mot de passe du
portail ?

Aurélie Delattre, documentaliste

________________________________
De : Mail Delivery Subsystem <MAILER-DAEMON@ac-amiens.fr>
Envoyé : mardi 18 mars 2025 09:40
Objet : Non remis : [#SUP-007787] Lien de réinitialisation

Votre message n'a pas pu être remis à ce.0801625G@ac-amiens.fr :
550 5.1.1 adresse inconnue.
""", client="o365")

m("password_reset", True, None, None, "espace_acheteur", False, "en",
  "English, one line: forgot the buyer-space login; no UAI.",
  "Mark Dalton <mark.dalton.procurement@gmail.com>",
  "Forgot my login",
  """Hi, I forgot my login for the buyer space. Can you send me a reset link? Thanks, Mark
""", client="gmail", fmt="plain")

# ------------------------------------------------------------ missing_noreply_mail (14)
m("missing_noreply_mail", True, "0449422C", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Activation mail of the buyer space never arrived; junk folder checked; no anti-spam product named.",
  "Julien Morin <julien.morin@ac-nantes.fr>",
  "Mail d'activation non reçu",
  """Bonjour,

J'ai créé mon compte sur l'Espace Acheteur lundi pour le lycée Gabriel
Guist'hau (0449422C). Le message annonce un mail d'activation, mais je n'ai
rien reçu, ni dans la boîte de réception ni dans les indésirables.

Merci de votre aide,
Julien Morin
Gestionnaire
""", client="outlook")

m("missing_noreply_mail", True, "0258174Z", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say no such filter is used: missing_noreply_mail, not mailinblack_spam.",
  "Sylvie Jacquot <sylvie.jacquot@ac-besancon.fr>",
  "Toujours rien reçu",
  """Bonjour,

Le mail pour définir mon mot de passe sur l'Espace Acheteur n'arrive pas.
Notre informaticien m'assure qu'il n'y a aucun filtre type Mailinblack sur
nos boîtes, et rien dans les spams.

Collège Pergaud, 0258174Z.
Sylvie Jacquot
""", client="thunderbird")

m("missing_noreply_mail", True, None, None, "ticket_portal", False, "en",
  "English: the ticket portal's confirmation mail never arrived; no filter named.",
  "Rachel Kim <rachel.kim@schoolnet.example.org>",
  "No confirmation email from ticket portal",
  """Hello,

I registered on your ticket portal yesterday to follow our support requests,
but the confirmation email with the link to set my password never arrived.
I checked spam and other folders.

Regards,
Rachel Kim
IT support
""", client="o365")

m("missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
  "Order notifications from the no-reply address stopped arriving since Monday; region from the ac-creteil.fr domain.",
  "Valérie Hamon <valerie.hamon@ac-creteil.fr>",
  "Plus de notifications de commande",
  """Bonjour,

Depuis lundi je ne reçois plus les notifications de l'Espace Acheteur
(validation de commande, accusés). Avant elles arrivaient normalement. J'ai
regardé dans le courrier indésirable : rien.

Cordialement,
Valérie Hamon
""", client="zimbra")

m("missing_noreply_mail", True, "0549884A", "grand-est", "espace_acheteur", True, "fr",
  "Reads like a password request but the tool works: the new-password mail is announced and never arrives.",
  "Hugo Masson <hugo.masson@ac-nancy-metz.fr>",
  "Mot de passe oublié : aucun mail",
  """Bonjour,

J'ai cliqué quatre fois sur « Mot de passe oublié » de l'Espace Acheteur ; à
chaque fois le site affiche « un courriel vous a été envoyé » mais je ne
reçois rien, même après une heure. UAI 0549884A.

Hugo Masson, adjoint gestionnaire
""", client="outlook")

m("missing_noreply_mail", False, "0751218S", "ile-de-france", "espace_acheteur", False, "fr",
  "Follows the junk-folder answer: still nothing after 48 hours, so the region must take over rather than a second automatic answer.",
  "Nadia Cherif <nadia.cherif@ac-paris.fr>",
  "RE: [#SUP-007744] Mail de validation non reçu",
  """Bonjour,

J'ai fait tout ce qui est indiqué (indésirables, expéditeur autorisé), et
48 heures plus tard toujours aucun mail de validation. Que faire maintenant ?

Nadia Cherif - Lycée Turgot - 0751218S

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 17 mars 2025 11:20
À : Nadia Cherif
Objet : [#SUP-007744] Mail de validation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez notre adresse
d'envoi à vos expéditeurs approuvés. Sans nouvelles de votre part, nous
reviendrons vers vous sous 48 heures.
""", client="outlook")

m("missing_noreply_mail", True, "9766292K", "mayotte", "esidoc", False, "fr",
  "e-sidoc activation link never received at the Mayotte school; UAI given.",
  "Fatima Attoumani <fatima.attoumani@ac-mayotte.fr>",
  "Lien d'activation e-sidoc",
  """Bonjour,

Le lien d'activation du compte administrateur e-sidoc n'est jamais arrivé.
Collège de Kani-Kéli, 9766292K.

Merci,
Fatima Attoumani
""", client="zimbra")

m("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "No accents, typos: never got the account activation mail; free-mail sender, no UAI.",
  "jerome.pasquier59@hotmail.fr",
  "pas recu le mail",
  """bonjour
jai pas recu le mail pour activer mon compte sur lespace acheteur, jai
recommencé 2 fois. vous pouvez regarder ?
jerome pasquier (mairie de Hem, service scolaire)
""", client="outlook", fmt="plain", cte="8bit")

m("missing_noreply_mail", True, "0940967R", "ile-de-france", "esidoc", True, "fr",
  "HTML-only Outlook mail; the UAI is only in the signature; the new-password mail never arrives.",
  "Caroline Dubois <caroline.dubois@ac-creteil.fr>",
  "Mail de nouveau mot de passe",
  """Bonjour,

Je demande un nouveau mot de passe pour le portail du CDI depuis hier, mais
le mail ne m'est jamais parvenu.

Cordialement,

Caroline Dubois
Professeure documentaliste
Collège Jean Macé - Vitry-sur-Seine
0940967R
""", client="outlook", fmt="html")

m("missing_noreply_mail", True, "0675339P", "grand-est", "espace_acheteur", True, "en",
  "English: mentions a Microsoft 365 quarantine that shows nothing; no MailInBlack, so missing_noreply_mail.",
  "Ben Schneider <ben.schneider@ac-strasbourg.fr>",
  "Your no-reply emails never reach us",
  """Hello,

None of the automatic emails from the buyer space (account activation, order
confirmations) reach our mailboxes. Our Microsoft 365 quarantine is empty and
there is nothing in junk either.

School: Lycée Kléber, 0675339P.

Thanks,
Ben Schneider, IT
""", client="o365")

m("missing_noreply_mail", True, None, "occitanie", "espace_acheteur", False, "fr",
  "Order-validation notifications from the no-reply address never arrive; region from the ac-toulouse.fr domain.",
  "Sébastien Garcia <sebastien.garcia@ac-toulouse.fr>",
  "notifications no-reply",
  """Bonjour,

Quand un collègue valide une commande sur l'Espace Acheteur, je ne reçois
aucune notification alors que je suis bien indiqué comme valideur. C'est
normal ?

Sébastien
""", client="zimbra")

m("missing_noreply_mail", True, "0302438M", "occitanie", "espace_acheteur", True, "fr",
  "Quoted history is about an invoice; the new message only says the activation mail for a second user never arrived.",
  "Isabelle Roux <isabelle.roux@ac-montpellier.fr>",
  "Re: [#SUP-007690] Facture mars",
  """Bonjour,

Merci pour la facture, c'est réglé.
Autre chose : ma collègue Mme Benoît a créé son compte hier et n'a pas reçu
le mail d'activation (rien dans ses spams non plus). Collège Feuchères, 0302438M.

Isabelle Roux

Le ven. 14 mars 2025 à 10:05, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Vous trouverez la facture FA-2025-0291 dans votre espace, rubrique Factures.
> Cordialement
""", client="gmail")

m("missing_noreply_mail", True, "6206757A", "corse", "esidoc", False, "fr",
  "Corse: the password-creation mail for e-sidoc never arrived; UAI given.",
  "Marie-Laure Santoni <marie-laure.santoni@ac-corse.fr>",
  "Mail de création de mot de passe",
  """Bonjour,

Je n'ai jamais reçu le mail permettant de créer le mot de passe du portail
e-sidoc (collège Laetitia, Ajaccio, 6206757A). Pouvez-vous vérifier ?

Merci
M.-L. Santoni
""", client="thunderbird")

m("missing_noreply_mail", True, None, "guyane", "espace_acheteur", False, "fr",
  "Guyane: the sign-up confirmation never arrived; region from the ac-guyane.fr domain, no UAI.",
  "Josué Lapierre <josue.lapierre@ac-guyane.fr>",
  "Confirmation inscription",
  """Bonsoir,

Inscription faite ce matin sur l'Espace Acheteur, pas de mail de confirmation
reçu. J'ai vérifié le dossier spam.

J. Lapierre
Intendance - Lycée de Kourou
""", client="thunderbird")
# ------------------------------------------------------------ mailinblack_spam (16)
m("mailinblack_spam", True, "0387460C", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "MailInBlack holds the desk's mails and asks for validation; UAI given.",
  "Corinne Blanc <corinne.blanc@ac-grenoble.fr>",
  "Vos mails bloqués par Mailinblack",
  """Bonjour,

Vos messages (activation Espace Acheteur) arrivent dans mon espace Mailinblack
« à valider » et disparaissent avant que je les voie. Comment faire pour
qu'ils passent directement ?

Corinne Blanc
Gestionnaire - Collège Champollion - 0387460C
""", client="outlook")

m("mailinblack_spam", True, "0564665S", "bretagne", "espace_acheteur", False, "fr",
  "Forwards the daily MailInBlack report (base64 Outlook) and asks how to stop the desk's mails being held.",
  "Yannick Le Goff <yannick.le-goff@ac-rennes.fr>",
  "TR: Rapport quotidien Mailinblack",
  """Bonjour,

Je reçois tous les matins ce rapport, avec vos messages dedans. Je clique sur
« Autoriser », mais ça recommence. Il y a un réglage à faire ?

Yannick Le Goff
Collège Jules Simon, Vannes - 0564665S

De : Mailinblack <rapport@protect.mailinblack.example>
Envoyé : mercredi 19 mars 2025 07:00
À : Yannick Le Goff
Objet : Rapport quotidien Mailinblack

2 messages en attente de validation :
  no-reply@espace-acheteur.example.fr - Activation de votre compte - [Autoriser] [Bloquer]
  no-reply@espace-acheteur.example.fr - Nouveau mot de passe - [Autoriser] [Bloquer]
""", client="o365", cte="b64")

m("mailinblack_spam", True, "0911607C", "ile-de-france", "espace_acheteur", False, "en",
  "English: IT manager asks which sender addresses to allow-list in MailInBlack Protect.",
  "Antoine Leroy <antoine.leroy@ac-versailles.fr>",
  "Mailinblack allowlist",
  """Hello,

Our school (0911607C) uses Mailinblack Protect. Your platform emails end up
waiting for validation. Which sender addresses or domains should we add to
the allowlist?

Thanks,
Antoine Leroy
IT manager
""", client="thunderbird")

m("mailinblack_spam", False, "0760213U", "normandie", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described ('prouver que je ne suis pas un robot') without naming the product: a person should confirm before sending the MailInBlack guide.",
  "Patricia Lemaire <patricia.lemaire@ac-normandie.fr>",
  "Message étrange en écrivant au collège",
  """Bonjour,

Quand l'Espace Acheteur m'envoie un mail, rien n'arrive, et nos fournisseurs
nous disent qu'en nous écrivant ils reçoivent un message leur demandant de
cliquer sur un lien pour « prouver qu'ils ne sont pas un robot ». Est-ce que
ça peut venir de là ?

Lycée Flaubert, Rouen - 0760213U
Patricia Lemaire
""", client="outlook")

m("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Product spelled 'mail in black' in lower case, no accents; free-mail sender.",
  "nico.lambert.ecole@gmail.com",
  "mail in black",
  """bonjour, la mairie a mis mail in black sur la boite de l ecole et du coup
le mail d activation de l espace acheteur est bloque. il faut faire quoi ?
merci
nicolas
""", client="gmail", fmt="plain")

m("mailinblack_spam", False, "0854572H", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Two topics: activation mail held by MailInBlack (main) and an invoice amount question (order_billing).",
  "Élodie Guérin <elodie.guerin@ac-nantes.fr>",
  "Mailinblack + facture",
  """Bonjour,

Deux choses :
- le mail d'activation de mon collègue est resté dans Mailinblack et le lien
  a expiré, comment faire pour qu'il passe ?
- la facture FA-2025-0302 est de 418 € alors que le devis était de 398 €,
  pouvez-vous vérifier ?

Élodie Guérin
Collège Jean Rostand - 0854572H
""", client="outlook")

m("mailinblack_spam", True, "0495492D", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Pastes the rectorat's GLPI answer saying MailInBlack on the school side blocks the mails; asks what to allow.",
  "Franck Huet <franck.huet@ac-nantes.fr>",
  "Blocage Mailinblack (réponse du rectorat)",
  """Bonjour,

Le rectorat me répond (ticket ci-dessous) que le blocage vient de Mailinblack
côté établissement. Quelles adresses dois-je autoriser ?

Franck Huet, référent numérique, lycée Chevrollier (0495492D)

> [GLPI #0052210] Nouveau suivi
> Bonjour, après analyse, les messages de no-reply@espace-acheteur.example.fr
> sont retenus par Mailinblack sur le domaine de l'établissement. Merci de voir
> avec votre éditeur la liste des expéditeurs à autoriser.
""", client="thunderbird")

m("mailinblack_spam", True, "9727552B", "martinique", "espace_acheteur", False, "fr",
  "Martinique: platform mails quarantined by MailInBlack; UAI given.",
  "Rose-Marie Théodose <rose-marie.theodose@ac-martinique.fr>",
  "Quarantaine Mailinblack",
  """Bonjour,

Les mails de l'Espace Acheteur sont systématiquement mis en quarantaine par
Mailinblack. Comment les faire passer ?

Lycée Schoelcher - 9727552B
R.-M. Théodose
""", client="outlook")

m("mailinblack_spam", True, None, "hauts-de-france", "espace_acheteur", True, "fr",
  "The UAI is typed 0629232K: wrong check letter (the digits give 0629232Y), so no UAI; region from the ac-lille.fr domain. The MailInBlack guide does not depend on the UAI.",
  "Mathieu Lefort <mathieu.lefort@ac-lille.fr>",
  "Mailinblack - 0629232K",
  """Bonjour,

Notre lycée utilise Mailinblack et vos mails de validation de compte
restent bloqués. Pouvez-vous nous envoyer la procédure ?

Établissement 0629232K
Mathieu Lefort
""", client="outlook", wrong=["0629232K"])

m("mailinblack_spam", True, "0378984P", "centre-val-de-loire", "esidoc", False, "fr",
  "The MailInBlack challenge goes back to the no-reply sender, so nobody ever validates it; asks what to do.",
  "Claire Besnard <claire.besnard@ac-orleans-tours.fr>",
  "Mailinblack et adresse no-reply",
  """Bonjour,

Notre informaticien m'explique que Mailinblack envoie une demande de
validation à votre adresse no-reply, et comme personne ne la lit, votre mail
d'activation e-sidoc reste bloqué. Que nous conseillez-vous ?

Claire Besnard
Professeure documentaliste, collège Ronsard, Tours
0378984P
""", client="apple")

m("mailinblack_spam", True, "0229175D", "bretagne", "espace_acheteur", False, "en",
  "English: MailInBlack quarantine held the activation link; asks how to avoid it.",
  "Owen Tanguy <owen.tanguy@ac-rennes.fr>",
  "Activation link held by Mailinblack",
  """Hi,

Mailinblack held your activation email in quarantine for two days. I released
it but the link had already expired. How can we make sure your emails are not
held again? School code 0229175D.

Owen
""", client="gmail")

m("mailinblack_spam", True, "0313077B", "occitanie", "espace_acheteur", True, "fr",
  "Names the product only by its abbreviation 'MIB' plus a description of the quarantine digest.",
  "Delphine Marty <delphine.marty@ac-toulouse.fr>",
  "Mails bloqués par MIB",
  """Bonjour,

Depuis que le Département a installé MIB sur les boîtes des collèges, vos
mails arrivent dans le récapitulatif « messages en attente » et je dois les
débloquer un par un. Y a-t-il une manip pour autoriser vos adresses une
bonne fois ?

Delphine Marty - clg Bellevue - 0313077B
""", client="zimbra")

m("mailinblack_spam", True, "9748065Y", "la-reunion", "espace_acheteur", False, "fr",
  "La Réunion: MailInBlack quarantine of the platform's mails; UAI in the signature.",
  "Yannick Grondin <yannick.grondin@ac-reunion.fr>",
  "Messages retenus par Mailinblack",
  """Bonjour,

Mailinblack retient vos messages (activation et mot de passe). Merci de nous
indiquer comment les autoriser.

Yannick Grondin
Gestionnaire
Lycée Roland Garros - Le Tampon
9748065Y
""", client="outlook")

m("mailinblack_spam", True, "0142561H", "normandie", "esidoc", True, "fr",
  "Quoted history is the reset answer; the new message says the link was stuck in MailInBlack and asks how to avoid it next time.",
  "Sophie Marie <sophie.marie@ac-normandie.fr>",
  "Re: [#SUP-007781] Réinitialisation du mot de passe",
  """Bonjour,

J'ai fini par trouver le lien : il était retenu par Mailinblack. J'ai pu me
connecter. Comment éviter que vos messages soient bloqués à l'avenir ?

Sophie Marie, collège Pasteur, Caen (0142561H)

Le 18 mars 2025 à 08:47, Assistance <support@assistance.example.fr> a écrit :

> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse connue pour votre
> établissement. Il est valable 12 heures.
""", client="apple")

m("mailinblack_spam", True, None, "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Order-validation mails sit in the MailInBlack 'à valider' space; region from the ac-aix-marseille.fr domain.",
  "Laetitia Ferrer <laetitia.ferrer@ac-aix-marseille.fr>",
  "Validation des commandes dans Mailinblack",
  """Bonjour,

Les mails de validation de commande de l'Espace Acheteur se retrouvent dans
l'espace « À valider » de Mailinblack. Merci de m'indiquer la marche à suivre.

Laetitia Ferrer
Secrétaire d'intendance
""", client="zimbra")

m("mailinblack_spam", True, "7204347M", "corse", "espace_acheteur", False, "fr",
  "Haute-Corse (720): the platform's mails are blocked by MailInBlack; UAI given.",
  "Antoine Mattei <antoine.mattei@ac-corse.fr>",
  "Mailinblack bloque l'Espace Acheteur",
  """Bonjour,

Mailinblack bloque tous les messages de l'Espace Acheteur depuis la semaine
dernière. Lycée de Montesoro, Bastia, 7204347M.

Cordialement,
A. Mattei, gestionnaire
""", client="outlook")

# ------------------------------------------------------------ head_of_establishment_request (10)
m("head_of_establishment_request", False, "0783181J", "ile-de-france", "esidoc", False, "fr",
  "The principal, from the ce.<UAI> address, asks in writing to reset the administrator password and change the contact address after the librarian left.",
  "Principal Collège Racine <ce.0783181J@ac-versailles.fr>",
  "Demande de réinitialisation - changement de contact",
  """Madame, Monsieur,

Je soussigné, Principal du collège Racine (0783181J), vous demande de bien
vouloir réinitialiser le mot de passe administrateur de notre portail e-sidoc
et de remplacer l'adresse de contact par celle de Mme Lamy, nouvelle
professeure documentaliste : sandrine.lamy@ac-versailles.fr.

L'ancienne titulaire a quitté l'établissement et nos messages de
réinitialisation partent sur une adresse désactivée.

Le Principal,
F. Ménard
""", client="outlook")

m("head_of_establishment_request", False, "0339179Y", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The proviseure authorises in writing an order above the school's threshold.",
  "Proviseure Lycée Montaigne <ce.0339179Y@ac-bordeaux.fr>",
  "Autorisation de commande",
  """Bonjour,

En tant que proviseure du lycée Montaigne (0339179Y), j'autorise la commande
n° EA-2025-11873 passée par M. Dufour sur l'Espace Acheteur (mobilier du CDI,
12 480 € TTC).

Bien cordialement,
Catherine Aubry
Proviseure
""", client="o365")

m("head_of_establishment_request", False, "9747913H", "la-reunion", "esidoc", True, "fr",
  "The principal writes from a personal Gmail; the UAI is only in his signature; asks to change the administrator: staff must check who writes.",
  "Jean-Paul Rivière <jp.riviere.974@gmail.com>",
  "Changement d'administrateur e-sidoc",
  """Bonjour,

Je vous écris depuis ma messagerie personnelle car la messagerie académique
est en panne aujourd'hui. Je souhaite que Mme Técher devienne administratrice
du portail e-sidoc à la place de M. Hoareau, muté.

Cordialement,

Jean-Paul Rivière
Principal
Collège Les Deux Canons, Saint-Denis
9747913H
""", client="gmail")

m("head_of_establishment_request", False, "0067372F", "provence-alpes-cote-d-azur", "espace_acheteur", False, "en",
  "English: the head of the establishment confirms in writing the change of administrator.",
  "Head of School - CIV <ce.0067372F@ac-nice.fr>",
  "Change of administrator - written confirmation",
  """Dear support team,

As head of establishment of the Centre International de Valbonne (0067372F),
I confirm that Ms Laura Bianchi replaces Mr Olivier Roche as administrator of
our buyer space account, effective immediately.

Yours sincerely,
Dr. James Whitaker
Head of School
""", client="outlook")

m("head_of_establishment_request", False, "0595259W", "hauts-de-france", "esidoc", True, "fr",
  "The secretariat sends the principal's signed letter (PDF) from the ce.<UAI> address with the principal in copy: the head's written request relayed.",
  "Secrétariat de direction <ce.0595259W@ac-lille.fr>",
  "Courrier du principal - administrateur e-sidoc",
  """Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le Principal demandant le
changement d'administrateur du portail e-sidoc du collège.
M. le Principal est en copie de ce message.

Cordialement,
Le secrétariat de direction
Collège Anne Frank - Roubaix
""", client="outlook", cc="Principal <principal.annefrank@ac-lille.fr>",
  att=[("courrier_principal_admin_esidoc.pdf", "application/pdf", fake_pdf("Courrier du principal"))])

m("head_of_establishment_request", False, "0342506P", "occitanie", "esidoc", False, "fr",
  "A primary-school directrice asks to change the portal's contact address.",
  "Directrice École Les Platanes <ce.0342506P@ac-montpellier.fr>",
  "changement adresse de contact",
  """Bonjour,

Je suis la directrice de l'école Les Platanes à Sète. Merci de remplacer
l'adresse de contact du portail de la BCD par l'adresse de l'école
(ce.0342506P@ac-montpellier.fr) : l'ancienne collègue est partie en retraite.

Mme Ortiz, directrice
""", client="zimbra")

m("head_of_establishment_request", False, "0690875B", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "The principal got an out-of-office from the desk's contact and renews his written request to change the administrator; the robot context does not change the category.",
  "Principal Collège Ampère <ce.0690875B@ac-lyon.fr>",
  "RE: Réponse automatique : Désignation nouvel administrateur",
  """Bonjour,

J'ai reçu une réponse d'absence de votre collègue. Je renouvelle donc ma
demande écrite : je désigne Mme Girard, professeure documentaliste, comme
administratrice du portail e-sidoc du collège Ampère (0690875B), en
remplacement de M. Petit.

Le Principal,
Laurent Besson

-----Message d'origine-----
De : Marc Delorme <marc.delorme@assistance.example.fr>
Objet : Réponse automatique : Désignation nouvel administrateur

Je suis absent jusqu'au 21 mars.
""", client="outlook")

m("head_of_establishment_request", False, "0175501M", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "UAI written with spaces in the subject ('0 17 5501 M'); the proviseur authorises the reset of the buyer-space administrator password.",
  "Proviseur <proviseur.lycee-dautet@ac-poitiers.fr>",
  "Lycée Dautet - UAI 0 17 5501 M - autorisation",
  """Madame, Monsieur,

J'autorise la réinitialisation du mot de passe administrateur de l'Espace
Acheteur du lycée et son envoi à notre gestionnaire, M. Tessier.

Le Proviseur,
H. Roussel
""", client="thunderbird")

m("head_of_establishment_request", False, "9718809Y", "guadeloupe", "espace_acheteur", False, "fr",
  "Guadeloupe: the proviseur names a new administrator for the buyer space.",
  "Proviseur Lycée Baimbridge <ce.9718809Y@ac-guadeloupe.fr>",
  "Nomination administrateur Espace Acheteur",
  """Bonjour,

Je vous informe que Mme Anne Jeanne-Rose, gestionnaire, est désormais
l'administratrice de notre compte Espace Acheteur. Merci de procéder au
changement.

Le Proviseur
Lycée Baimbridge - 9718809Y
""", client="outlook")

m("head_of_establishment_request", False, "0929205F", "ile-de-france", "esidoc", True, "fr",
  "Claims to be the principal from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is an outside address where reset links should go: a probable spoof for staff to refuse.",
  "Principal <ce.0929205F@ac-versailles.fr>",
  "URGENT - accès administrateur",
  """Bonjour,

Je suis le principal du collège. Pour des raisons de sécurité, merci
d'envoyer désormais tous les liens de réinitialisation du portail et de
l'Espace Acheteur à l'adresse indiquée en réponse. C'est urgent.

Le Principal
""", client="outlook", auth="fail", reply_to="direction.college92@outlook-secure-mail.com")

# ------------------------------------------------------------ account_creation (9)
m("account_creation", True, "0637049V", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "New librarian wants an account on the portal back office.",
  "Manon Chevalier <manon.chevalier@ac-clermont.fr>",
  "Création de compte",
  """Bonjour,

Je viens d'être nommée au collège Blaise Pascal (0637049V). Comment créer mon
compte sur le back office e-sidoc ?

Merci,
Manon Chevalier
""", client="gmail")

m("account_creation", False, None, "grand-est", "espace_acheteur", False, "fr",
  "Account waiting for validation for ten days while the structure's administrator is on leave: the region must step in.",
  "Lucie Weiss <lucie.weiss@ac-nancy-metz.fr>",
  "Compte toujours en attente de validation",
  """Bonjour,

Mon compte Espace Acheteur est « en attente de validation » depuis dix jours.
L'administratrice de notre structure est en congé longue maladie. Qui peut
valider à sa place ?

Lucie Weiss
""", client="outlook")

m("account_creation", False, "0386897R", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
  "English: asks who the structure's administrator is, which needs a look-up.",
  "Paul Dumont <paul.dumont@ac-grenoble.fr>",
  "Who is our administrator?",
  """Hello,

I need an account on the buyer space for our school (0386897R). The form says
my request must be validated by the structure's administrator, but nobody
here knows who that is. Could you tell me?

Paul
""", client="thunderbird")

m("account_creation", True, "0869400A", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account.",
  "Jeanne Bonnet <jeanne.bonnet@ac-poitiers.fr>",
  "Pas un mot de passe oublié",
  """Bonjour,

Votre robot m'a envoyé la procédure de mot de passe oublié, mais je n'ai pas
oublié mon mot de passe : je n'ai jamais eu de compte ! Je souhaite en créer
un pour gérer le portail du CDI du collège Jean Moulin (0869400A).

Jeanne Bonnet
""", client="apple")

m("account_creation", False, "0511635A", "grand-est", "espace_acheteur", False, "fr",
  "Account works; asks for validator rights to be opened.",
  "Romain Collin <romain.collin@ac-reims.fr>",
  "droits valideur",
  """Bonjour,

J'ai bien un compte sur l'Espace Acheteur mais je ne peux pas valider les
commandes. Pouvez-vous m'ouvrir les droits de valideur ? Lycée Clemenceau,
Reims, 0511635A.

R. Collin, adjoint gestionnaire
""", client="outlook")

m("account_creation", False, "9735756U", "guyane", "espace_acheteur", False, "fr",
  "A school opened this year wants a buyer account: eligibility to be checked by a person.",
  "Direction Collège Maripasoula 2 <ce.9735756U@ac-guyane.fr>",
  "Ouverture de compte - nouvel établissement",
  """Bonjour,

Notre collège a ouvert en septembre (9735756U). Nous souhaitons ouvrir un
compte sur l'Espace Acheteur pour passer nos premières commandes. Quelles
sont les démarches ?

La direction
""", client="zimbra")

m("account_creation", True, "0216145R", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Pastes the 'account awaiting validation' robot mail and asks what happens next: FAQ case.",
  "Chantal Perret <chantal.perret@ac-dijon.fr>",
  "TR: Votre demande de compte",
  """Bonjour,

J'ai rempli le formulaire et reçu le message ci-dessous. Je ne peux pas me
connecter. Que dois-je faire ?

Chantal Perret, collège Le Chapitre, Chenôve (0216145R)

---------- Message transféré ---------
De : Espace Acheteur <no-reply@espace-acheteur.example.fr>
Date : lun. 17 mars 2025 à 16:12
Objet : Votre demande de compte

Votre demande de compte a bien été enregistrée. Elle est en attente de
validation par l'administrateur de votre structure.
""", client="gmail")

m("account_creation", False, "0765409S", "normandie", "espace_acheteur", True, "fr",
  "Pastes a robot 'demande refusée' notification and asks why: a person must look at the refusal.",
  "Gilles Pottier <gilles.pottier@ac-normandie.fr>",
  "Demande de compte refusée ???",
  """Bonjour,

Je reçois ce message automatique ce matin, sans explication. Je suis bien le
nouveau gestionnaire du lycée Jehan Ango (0765409S). Pourquoi ma demande
est-elle refusée ?

> Votre demande d'accès à l'Espace Acheteur a été refusée par
> l'administrateur de la structure.
> Ce message est envoyé automatiquement.

Gilles Pottier
""", client="thunderbird")

m("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "A new buyer from a town hall asks how to create an account; the sign-up answer fits.",
  "Émilie Renard <e.renard@ville-saint-amand.example.fr>",
  "Créer un compte acheteur",
  """Bonjour,

Je viens d'arriver au service achats de la ville. Comment dois-je procéder
pour créer un compte sur votre Espace Acheteur ?

Cordialement,
Émilie Renard
""", client="outlook")
# ------------------------------------------------------------ subscription_activation (8)
m("subscription_activation", True, "0459159L", "centre-val-de-loire", "esidoc", False, "fr",
  "The newsletter announced a resource, they ordered it on Monday, it is not yet visible: within the 72-hour rule.",
  "Agathe Renaud <agathe.renaud@ac-orleans-tours.fr>",
  "Ressource commandée non visible",
  """Bonjour,

Suite à votre lettre d'information, nous avons commandé lundi le bouquet
« Presse jeunesse » pour le CDI. Il n'apparaît pas encore dans le back office.
Faut-il faire quelque chose ?

Agathe Renaud
Collège Condorcet, Fleury-les-Aubrais (0459159L)
""", client="thunderbird")

m("subscription_activation", True, "0626184K", "hauts-de-france", "esidoc", False, "fr",
  "Subscribed resource to publish on the portal: not visible to pupils yet.",
  "Bruno Delcourt <bruno.delcourt@ac-lille.fr>",
  "Europresse pas visible pour les élèves",
  """Bonjour,

L'abonnement Europresse a été activé la semaine dernière mais les élèves ne
le voient pas sur le portail. Est-ce qu'il faut le publier quelque part ?

Bruno Delcourt, doc - Lycée Robespierre, Arras - 0626184K
""", client="outlook")

m("subscription_activation", True, "0874160Z", "nouvelle-aquitaine", "esidoc", False, "en",
  "English: the subscription was renewed but the portal still shows it as expired.",
  "Grace O'Neill <grace.oneill@ac-limoges.fr>",
  "Renewed subscription still shows expired",
  """Hello,

We renewed our e-sidoc subscription on March 14 (order confirmed), but the
back office still shows "subscription expired". School code 0874160Z.
Is there a delay?

Best regards,
Grace O'Neill
""", client="apple")

m("subscription_activation", True, "0803087W", "hauts-de-france", "esidoc", True, "fr",
  "Negation: 'ce n'est pas un problème de mot de passe', the login works; the ordered subscription is missing.",
  "Fanny Vasseur <fanny.vasseur@ac-amiens.fr>",
  "Abonnement absent (pas un souci de connexion)",
  """Bonjour,

Je précise tout de suite : ce n'est pas un problème de mot de passe, je me
connecte très bien. Mais l'abonnement commandé mardi n'apparaît nulle part
dans le back office.

Fanny Vasseur
Collège Jules Verne, Abbeville
0803087W
""", client="outlook")

m("subscription_activation", True, "9764734S", "mayotte", "esidoc", False, "fr",
  "Mayotte: newly ordered e-sidoc service not yet visible; UAI given.",
  "Anrafa Madi <anrafa.madi@ac-mayotte.fr>",
  "Service commandé pas encore disponible",
  """Bonjour,

Le module de prêt commandé hier n'est pas encore disponible dans notre
portail. Lycée de Sada, 9764734S.

Merci
A. Madi
""", client="zimbra")

m("subscription_activation", False, "0313963P", "occitanie", "esidoc", False, "fr",
  "Ordered ten days ago, well past the 72-hour activation window: a person must check the order.",
  "Hélène Castex <helene.castex@ac-toulouse.fr>",
  "Abonnement commandé il y a 10 jours",
  """Bonjour,

Nous avons commandé l'abonnement « Ressources vidéo » le 10 mars et il n'est
toujours pas activé. Votre réponse automatique parle de 72 heures : nous en
sommes loin.

Hélène Castex
Lycée Saint-Sernin, 0313963P
""", client="outlook")

m("subscription_activation", True, "0135257U", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Pastes the rectorat's GLPI answer saying the resource was bought centrally; it is still not visible on the portal.",
  "Karine Morel <karine.morel@ac-aix-marseille.fr>",
  "Ressource achetée par le rectorat non visible",
  """Bonjour,

D'après le rectorat (voir ci-dessous), la ressource a été achetée pour tous
les collèges de l'académie, mais elle n'est pas visible sur notre portail.
Collège Château-Forbin, 0135257U.

Karine Morel

> [GLPI #0061044] Réponse
> La ressource « Encyclopédie junior » est commandée pour l'ensemble des
> collèges de l'académie depuis le 14/03. L'activation est faite par l'éditeur.
""", client="zimbra")

m("subscription_activation", True, "6203065M", "corse", "esidoc", False, "fr",
  "Corse: renewed subscription not yet active; UAI given.",
  "Paul-Antoine Casanova <paul-antoine.casanova@ac-corse.fr>",
  "Renouvellement abonnement",
  """Bonjour,

Le renouvellement de l'abonnement du CDI a été payé mais l'accès n'est pas
encore ouvert. Lycée Fesch, 6203065M.

Cordialement
""", client="outlook")

# ------------------------------------------------------------ order_billing (9)
m("order_billing", False, "0302019G", "occitanie", "espace_acheteur", False, "fr",
  "Asks for a formal quote to prepare the bon d'engagement.",
  "Marc Teissier <marc.teissier@ac-montpellier.fr>",
  "Demande de devis",
  """Bonjour,

Pourriez-vous m'adresser un devis pour 3 licences supplémentaires ? J'en ai
besoin pour établir le bon d'engagement.

Marc Teissier
Gestionnaire, collège Diderot, Nîmes (0302019G)
""", client="outlook")

m("order_billing", False, "0577036N", "grand-est", "espace_acheteur", False, "fr",
  "Invoice not found in Chorus Pro.",
  "Nathalie Weber <nathalie.weber@ac-nancy-metz.fr>",
  "Facture absente de Chorus",
  """Bonjour,

La facture de notre commande de février n'apparaît pas dans Chorus Pro.
Pouvez-vous la déposer ou me l'envoyer ? Lycée Fabert, Metz - 0577036N.

Merci,
N. Weber, agent comptable
""", client="outlook")

m("order_billing", False, "0937641A", "ile-de-france", "espace_acheteur", False, "en",
  "English: the purchase-order number is missing from the invoice.",
  "Ahmed Saidi <ahmed.saidi@ac-creteil.fr>",
  "PO number missing on invoice",
  """Hello,

Invoice FA-2025-0277 does not show our purchase order number (BC-2025-041),
so our accounting office cannot pay it. Could you issue a corrected invoice?
School code 0937641A.

Thanks,
Ahmed Saidi
""", client="gmail")

m("order_billing", False, "0373573H", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "Quoted history is the password-reset answer; the new message asks about an invoice.",
  "Pascale Guillon <pascale.guillon@ac-orleans-tours.fr>",
  "RE: [#SUP-007760] Mot de passe Espace Acheteur",
  """Bonjour,

Merci, j'ai pu me reconnecter. Du coup je vois que la facture de janvier est
marquée « impayée » alors que le mandat est parti le 20 février. Pouvez-vous
vérifier ?

Pascale Guillon
Lycée Descartes, Tours - 0373573H

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 17 mars 2025 09:30
Objet : [#SUP-007760] Mot de passe Espace Acheteur

Bonjour,
Un lien de réinitialisation a été envoyé à votre adresse. Il est valable 12 heures.
""", client="outlook")

m("order_billing", False, "0598200T", "hauts-de-france", "espace_acheteur", False, "fr",
  "Sends the signed bon d'engagement as a PDF attachment for an order.",
  "Sandrine Dupuis <sandrine.dupuis@ac-lille.fr>",
  "Bon d'engagement commande CDI",
  """Bonjour,

Veuillez trouver ci-joint le bon d'engagement signé pour la commande du CDI.
Collège Verlaine, Lille - 0598200T.

Bonne journée,
Sandrine Dupuis
Secrétaire d'intendance
""", client="outlook",
  att=[("BE_2025_038.pdf", "application/pdf", fake_pdf("Bon d'engagement 2025-038"))])

m("order_billing", False, None, "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The basket cannot be validated (button greyed out); region from the ac-poitiers.fr domain.",
  "Vincent Baron <vincent.baron@ac-poitiers.fr>",
  "Panier impossible à valider",
  """Bonjour,

Mon panier sur l'Espace Acheteur est prêt mais le bouton « Valider la
commande » reste grisé. Est-ce un problème de montant minimum ?

V. Baron
""", client="zimbra")

m("order_billing", False, "9713034W", "guadeloupe", "espace_acheteur", False, "fr",
  "Asks which means of payment are accepted (mandat administratif).",
  "Line Bourgeois <line.bourgeois@ac-guadeloupe.fr>",
  "Moyens de paiement",
  """Bonjour,

Acceptez-vous le paiement par mandat administratif ? Notre agence comptable
ne peut pas payer par carte. Lycée Gerville-Réache, 9713034W.

Cordialement,
Line Bourgeois
""", client="outlook")

m("order_billing", False, "0447910J", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Pastes the robot notification 'commande en attente de validation' and asks why the order is stuck: a person reacting to a robot, about an order.",
  "Cédric Joly <cedric.joly@ac-nantes.fr>",
  "Commande bloquée en attente",
  """Bonjour,

Je reçois chaque jour le message ci-dessous depuis une semaine. La
commande est toujours en attente. Qui doit la valider ?

Collège Aristide Briand, Saint-Nazaire (0447910J)
Cédric Joly

> Espace Acheteur - Rappel automatique
> Votre commande EA-2025-11402 est en attente de validation depuis 7 jours.
""", client="thunderbird")

m("order_billing", False, "0148904C", "normandie", "espace_acheteur", True, "fr",
  "Reacts to an automatic 'facture impayée' reminder for an invoice already paid: billing, not a robot.",
  "Thomas Leroux <thomas.leroux@ac-normandie.fr>",
  "Relance automatique facture déjà payée",
  """Bonjour,

Nous recevons une relance automatique pour la facture FA-2025-0198 alors
qu'elle a été payée le 3 mars (virement référence 2025-0456). Merci de
mettre à jour et de stopper les relances.

Thomas Leroux
Agent comptable, lycée Malherbe (0148904C)
""", client="outlook")

# ------------------------------------------------------------ contract_documents (6)
m("contract_documents", False, "0750961M", "ile-de-france", "espace_acheteur", False, "fr",
  "Cannot see the convention in the documents area of the buyer space.",
  "Hélène Garnier <helene.garnier@ac-paris.fr>",
  "Convention introuvable",
  """Bonjour,

Je ne trouve pas la convention d'adhésion 2025 dans « Mes documents » de
l'Espace Acheteur. Lycée Chaptal, 0750961M.

Hélène Garnier
""", client="outlook")

m("contract_documents", False, "0541215C", "grand-est", "espace_acheteur", False, "fr",
  "The amendment (avenant) to the market is not visible.",
  "Frédéric Lambert <frederic.lambert@ac-nancy-metz.fr>",
  "Avenant n°2 non visible",
  """Bonjour,

On nous annonce un avenant n°2 au marché de fournitures, mais il n'apparaît
pas dans nos documents. Collège Callot, Nancy (0541215C).

F. Lambert
""", client="zimbra")

m("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English: asks where to download the framework agreement documents.",
  "Laura Bennett <laura.bennett@schoolnet.example.org>",
  "Framework agreement documents",
  """Hello,

Where can I download the framework agreement documents (special terms and
price schedule) for the current contract? I cannot find them in the buyer
space.

Best,
Laura Bennett
""", client="o365")

m("contract_documents", False, "0330029C", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Pastes the e-signature 'document signé' notification but cannot find the signed convention in the buyer space: contract documents.",
  "Valérie Moulin <valerie.moulin@ac-bordeaux.fr>",
  "Convention signée mais invisible",
  """Bonjour,

J'ai reçu la notification ci-dessous, mais la convention signée n'apparaît
pas dans l'Espace Acheteur et le lien du mail a expiré. Où la trouver ?

Valérie Moulin, lycée Camille Jullian (0330029C)

> Document signé : Convention d'adhésion 2025
> Toutes les parties ont signé le document. Il est disponible pendant 30 jours.
""", client="apple")

m("contract_documents", False, None, "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "The market documents (CCAP, BPU) cannot be opened; region from the ac-besancon.fr domain.",
  "Olivier Faivre <olivier.faivre@ac-besancon.fr>",
  "CCAP et BPU inaccessibles",
  """Bonjour,

Impossible d'ouvrir le CCAP et le bordereau de prix du marché mobilier :
message « accès refusé ». Merci de regarder.

Olivier Faivre
""", client="zimbra")

m("contract_documents", False, "9720447D", "martinique", "espace_acheteur", False, "fr",
  "Martinique: the convention of the purchasing group cannot be seen in the buyer space.",
  "Josiane Ursulet <josiane.ursulet@ac-martinique.fr>",
  "Convention groupement",
  """Bonjour,

Nous ne voyons pas la convention du groupement de commandes dans notre
espace. Collège Cassien Sainte-Claire, 9720447D.

J. Ursulet
""", client="outlook")

# ------------------------------------------------------------ transfer_incident (7)
m("transfer_incident", False, "0296771C", "bretagne", "ecoledirecte", False, "fr",
  "Pastes the robot 'échec de synchronisation' mail: the school-management data transfer fails since Monday.",
  "Erwan Quéré <erwan.quere@ac-rennes.fr>",
  "Synchro en échec depuis lundi",
  """Bonjour,

Depuis lundi nous recevons chaque nuit ce message et les données élèves ne
remontent plus. Collège Max Jacob, Quimper - 0296771C.

> Échec de la synchronisation nocturne (code 503). Prochaine tentative dans 24 h.

Erwan Quéré
""", client="thunderbird")

m("transfer_incident", False, "0649921L", "nouvelle-aquitaine", "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
  "Marie Etcheverry <marie.etcheverry@ac-bordeaux.fr>",
  "Mot de passe de maintenance",
  """Bonjour,

Pour relancer l'import des emplois du temps, le logiciel me demande le mot
de passe de maintenance du jour. Pouvez-vous me le communiquer ?

Marie Etcheverry, lycée René Cassin, Bayonne (0649921L)
""", client="outlook")

m("transfer_incident", False, "0917063H", "ile-de-france", "ecoledirecte", False, "en",
  "English: the licence file expired and must be regenerated.",
  "Kevin Martin <kevin.martin@ac-versailles.fr>",
  "Licence needs to be regenerated",
  """Hello,

After moving the server the software says our licence is invalid and asks
for a regenerated licence file. School code 0917063H.

Thanks,
Kevin Martin, IT
""", client="thunderbird")

m("transfer_incident", False, "0852251K", "pays-de-la-loire", "esidoc", False, "fr",
  "Nightly catalogue transfer to the portal fails; the error mail of the job is summarised.",
  "Anne Guibert <anne.guibert@ac-nantes.fr>",
  "Transfert nocturne en erreur",
  """Bonjour,

Le transfert automatique des notices vers le portail échoue toutes les nuits
depuis mercredi (« erreur 401 lors de l'envoi »). Lycée Pierre Mendès-France,
La Roche-sur-Yon - 0852251K.

Anne Guibert
""", client="outlook")

m("transfer_incident", False, "0940537Y", "ile-de-france", "ecoledirecte", True, "fr",
  "Forwards the robot's daily import report marked ERREUR; a person's question about a failing transfer, not an automated mail.",
  "Samuel Cohen <samuel.cohen@ac-creteil.fr>",
  "TR: Rapport d'import quotidien - ERREUR",
  """Bonjour,

Voir ci-dessous, ça fait 3 jours. Que faut-il faire ?
Lycée Langevin-Wallon, 0940537Y.

S. Cohen

-------- Message transféré --------
Sujet : Rapport d'import quotidien - ERREUR
Date : Thu, 20 Mar 2025 03:00:12 +0100
De : noreply@ecoledirecte.example.fr

Import du 20/03/2025 03:00 : ÉCHEC
Étape : transfert des absences
Message : jeton de synchronisation expiré
""", client="thunderbird")

m("transfer_incident", False, "9769695J", "mayotte", "ecoledirecte", False, "fr",
  "Mayotte: the data synchronisation with the school-management software has stopped.",
  "Saïd Ahamada <said.ahamada@ac-mayotte.fr>",
  "Synchronisation arrêtée",
  """Bonjour,

La synchronisation des données vers le logiciel de vie scolaire s'est
arrêtée depuis vendredi. Collège de Dembéni, 9769695J.

Cordialement,
Saïd Ahamada
""", client="zimbra")

m("transfer_incident", False, "0452906P", "centre-val-de-loire", "ecoledirecte", False, "fr",
  "Licence to regenerate after a server change.",
  "Denis Charpentier <denis.charpentier@ac-orleans-tours.fr>",
  "Régénération licence",
  """Bonjour,

Nous avons changé de serveur pendant les vacances et le logiciel demande une
nouvelle licence. Pouvez-vous la régénérer ? Collège Pierre de Ronsard,
Orléans (0452906P).

D. Charpentier, gestionnaire
""", client="outlook")
# ------------------------------------------------------------ other (13)
m("other", False, None, "pays-de-la-loire", None, False, "fr",
  "Asks to stop receiving the newsletters: an unsubscribe request for a person, not a support category.",
  "Martine Chauvin <martine.chauvin@ac-nantes.fr>",
  "Désinscription",
  """Bonjour,

Merci de retirer mon adresse de vos listes de diffusion, je reçois vos
lettres d'information en double et je n'en ai plus l'usage.

Martine Chauvin
""", client="outlook")

m("other", False, None, "auvergne-rhone-alpes", None, True, "fr",
  "Complains that every reply triggers the desk's automatic answer again (a loop); talks about robots but asks nothing in the taxonomy.",
  "Bernard Gros <bernard.gros@ac-clermont.fr>",
  "Vos réponses automatiques en boucle",
  """Bonjour,

À chaque fois que je réponds à votre message, je reçois de nouveau le même
accusé de réception automatique, et mon propre répondeur vous répond aussi.
On en est à 14 messages ce matin. Pouvez-vous arrêter cela ?

Bernard Gros
""", client="outlook")

m("other", False, None, None, None, False, "en",
  "English SEO spam.",
  "Jenny from RankBoost <jenny@rankboost-seo.example>",
  "Quick question about assistance.example.fr",
  """Hi,

I was checking assistance.example.fr and noticed it is not ranking on the
first page for several valuable keywords. We can fix that in 30 days.

Can I send you a free audit?

Jenny
Growth Manager
""", client="gmail", auth="none")

m("other", False, None, None, None, True, "fr",
  "Phishing imitating a MailInBlack quarantine notice from a look-alike domain, asking to log in: not mailinblack_spam, and no académie region.",
  "Mailinblack Securite <alerte@mailinblack-quarantaine.example.com>",
  "Vos messages en quarantaine seront supprimés sous 24h",
  """Cher utilisateur,

7 messages importants sont bloqués dans votre quarantaine et seront
définitivement supprimés sous 24 heures.

Connectez-vous avec votre identifiant et mot de passe de messagerie pour les
récupérer : http://mailinblack-quarantaine.example.com/login

Service Sécurité
""", client="robot", fmt="html", auth="fail")

m("other", False, None, "bretagne", None, True, "fr",
  "A real person sends a calendar invitation with a short note (meeting with the region's team): written for us but not a support request.",
  "Nolwenn Riou <nolwenn.riou@ac-rennes.fr>",
  "Invitation: Point trimestriel assistance / DRANE Bretagne @ jeu. 3 avr. 2025 10:00 - 11:30",
  """Bonjour,

Comme convenu au téléphone, je vous envoie l'invitation pour notre point
trimestriel sur les tickets de la région (volumes, délais, cas Mailinblack).
N'hésitez pas à proposer un autre créneau.

Nolwenn Riou
DRANE Bretagne
""", client="thunderbird",
  att=[("invite.ics", "text/calendar",
        ics("a8f3c2e1-77b0-4c31-9e55-20250403@ac-rennes.fr",
            "Point trimestriel assistance / DRANE Bretagne", "20250403T080000Z", "20250403T093000Z",
            "Nolwenn Riou:mailto:nolwenn.riou@ac-rennes.fr", "support@assistance.example.fr",
            "Ordre du jour : volumes\\, délais\\, cas Mailinblack"))])

m("other", False, None, "bourgogne-franche-comte", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: the words 'mot de passe' and 'lien' appear but nothing is asked.",
  "Aline Thomas <aline.thomas@ac-dijon.fr>",
  "Re: [#SUP-007793] Mot de passe e-sidoc",
  """Merci beaucoup, le lien a fonctionné et j'ai pu changer le mot de passe.
Bonne journée !

Aline

Le 19/03/2025 à 10:14, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe e-sidoc a été envoyé à
> l'adresse connue pour votre établissement. Il est valable 12 heures.
""", client="thunderbird")

m("other", False, None, None, None, False, "fr",
  "A parent asks about a pupil's homework platform: unrelated to the desk's products.",
  "Sabrina Lopez <sabrina.lopez75@gmail.com>",
  "Question devoirs de mon fils",
  """Bonjour,

Mon fils n'arrive pas à rendre son devoir de français sur l'application du
collège, le bouton « déposer » ne fait rien. Est-ce que c'est vous qui gérez
ça ?

Merci
Sabrina Lopez
""", client="gmail_mobile")

m("other", False, None, None, None, False, "en",
  "English partnership cold pitch from a vendor: not a support request.",
  "Daniel Price <daniel.price@edupartners.example>",
  "Partnership opportunity",
  """Dear team,

I lead partnerships at EduPartners. We help school procurement platforms
integrate AI-powered catalog search. Would you be open to a 20-minute call
next week to explore a partnership?

Kind regards,
Daniel Price
""", client="o365", auth="none")

m("other", False, None, "ile-de-france", None, True, "fr",
  "Pastes a bounce of a mail she sent to someone else (the académie's DANE) and asks us about it: not about our service.",
  "Corinne Faure <corinne.faure@ac-versailles.fr>",
  "Mail revenu ??",
  """Bonjour,

J'ai écrit à la DANE pour une formation et mon mail m'est revenu avec le
message ci-dessous. Vous savez pourquoi ?

> Delivery has failed to these recipients or groups:
> formation-dane@ac-versailles.fr
> The email address you entered couldn't be found.

Corinne Faure
""", client="o365")

m("other", False, None, "hauts-de-france", None, False, "fr",
  "Reports that the link in the desk's automatic satisfaction survey is broken: feedback for a person.",
  "Damien Lecomte <damien.lecomte@ac-lille.fr>",
  "Lien de l'enquête de satisfaction cassé",
  """Bonjour,

Le lien de votre enquête de satisfaction reçue hier renvoie vers une page
d'erreur 404. Je voulais pourtant vous mettre une bonne note !

Damien Lecomte
""", client="outlook")

m("other", False, None, "normandie", None, True, "fr",
  "The school's new phone number and a one-week closure for works; an out-of-office-like wording, but written by a person to inform us.",
  "Secrétariat Lycée Curie <secretariat.curie@ac-caen.fr>",
  "Information : fermeture et nouveau numéro",
  """Bonjour,

Pour information, le lycée sera fermé du 14 au 18 avril pour travaux, et
notre standard change de numéro : 02 31 00 00 00.
Merci de mettre à jour vos fiches.

Le secrétariat
""", client="outlook")

m("other", False, None, None, None, False, "fr",
  "Cold marketing for an anti-spam training webinar, sent without list headers: unrelated commercial mail.",
  "Formations Cyber Écoles <contact@cyber-ecoles-formation.example>",
  "Webinaire gratuit : former vos équipes aux filtres anti-spam",
  """Bonjour,

Vos équipes perdent du temps avec les courriels bloqués et les demandes de
validation des filtres anti-spam ? Participez à notre webinaire gratuit le
1er avril à 11 h et découvrez nos bonnes pratiques.

Inscription : https://cyber-ecoles-formation.example/webinaire

L'équipe Cyber Écoles
""", client="robot", fmt="alt", auth="none")

m("other", False, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Asks whether the planned-maintenance notice means the portal will be down tomorrow: an information question for a person.",
  "Pauline Girard <pauline.girard@ac-lyon.fr>",
  "Maintenance annoncée demain ?",
  """Bonjour,

J'ai reçu un mail automatique annonçant une maintenance du portail e-sidoc
« dans la nuit de mercredi à jeudi ». Est-ce que le portail sera coupé
jeudi matin ? J'ai une séance de recherche documentaire prévue à 8 h.

Pauline Girard
""", client="apple")


# ======================================================================
#                       writing and checking
# ======================================================================
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    chunks = [str(msg.get(h, "")) for h in ("From", "To", "Cc", "Reply-To", "Subject")]
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype.startswith("text/"):
            chunks.append(part.get_content())
        elif ctype in ("message/delivery-status", "message/disposition-notification"):
            chunks.append(part.as_string())
    # message/rfc822 parts are walked into; delivery-status payloads are header blocks
    for part in msg.walk():
        if part.get_content_type() == "message/delivery-status":
            for block in part.get_payload():
                chunks.append(str(block))
    return "\n".join(chunks)


def defects(msg):
    out = list(msg.defects)
    for part in msg.walk():
        out += list(part.defects)
    return out


def main():
    random.seed(75)  # the email generator draws MIME boundaries from the module-level RNG
    order = list(range(len(MAILS)))
    R.shuffle(order)
    labels = []
    for n, k in enumerate(order, 1):
        d = MAILS[k]
        fname = "h%03d.eml" % n
        msg = build(d, n)
        data = msg.as_bytes(policy=policy.default)
        if d["raw"] is not None:
            data = data.replace(b"@@RAW-REPORT-BODY@@\n", d["raw"][1].encode("utf-8"))
        (HERE / fname).write_bytes(data)
        d["file"] = fname
        labels.append({"file": fname, "category": d["cat"], "auto_reply_ok": d["ok"],
                       "uai": d["uai"], "region": d["region"], "platform": d["platform"],
                       "hard": d["hard"], "lang": d["lang"], "notes": d["notes"]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check({MAILS[k]["file"]: MAILS[k] for k in order})


def check(by_file):
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150, len(labels)
    emls = sorted(HERE.glob("h*.eml"))
    assert len(emls) == 150 and [p.name for p in emls] == ["h%03d.eml" % i for i in range(1, 151)]
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    seen_files = set()
    for lab in labels:
        f = lab["file"]
        assert list(lab) == keys, (f, list(lab))
        assert f not in seen_files and re.fullmatch(r"h\d{3}\.eml", f), f
        seen_files.add(f)
        assert lab["category"] in CATS, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] not in AUTO_OK:
            assert lab["auto_reply_ok"] is False, f
        assert lab["uai"] is None or uai_ok(lab["uai"]) and lab["uai"] == lab["uai"].upper(), f
        assert lab["region"] is None or lab["region"] in REGION_DEPTS, f
        assert lab["platform"] is None or lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 15 and lab["notes"].endswith("."), f

        raw = (HERE / f).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        assert not defects(msg), (f, defects(msg))
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        text = visible_text(msg)
        flat = re.sub(r"\s+", "", text).upper()
        # labelled UAI really appears (body, subject, signature or sender)
        if lab["uai"]:
            assert lab["uai"] in flat, (f, lab["uai"])
        # every valid-looking UAI is the label or explained in the notes
        for code in {c.upper() for c in UAI_RE.findall(text)}:
            if uai_ok(code):
                assert code == lab["uai"] or code in lab["notes"], (f, code)
            else:
                assert code in lab["notes"] and "wrong check letter" in lab["notes"], (f, code)
        # wrong-check-letter codes are really wrong and really there
        d = by_file[f]
        if "wrong check letter" in lab["notes"]:
            assert d["wrong"], f
        for code in d["wrong"]:
            assert re.fullmatch(r"\d{7}[A-Z]", code) and not uai_ok(code), (f, code)
            assert code in flat and code in lab["notes"], (f, code)
        # region follows regions.md
        sender = parseaddr(str(msg["From"]))[1]
        expected = uai_region(lab["uai"]) if lab["uai"] else domain_region(sender)
        assert lab["region"] == expected, (f, lab["region"], expected)
    cats = {lab["category"] for lab in labels}
    assert cats == set(CATS), set(CATS) - cats
    n_en = sum(lab["lang"] == "en" for lab in labels)
    assert 10 <= n_en <= 25, n_en
    from collections import Counter
    print("ok: %d mails, %d English, %d hard" % (len(labels), n_en, sum(l["hard"] for l in labels)))
    for c, k in sorted(Counter(l["category"] for l in labels).items(), key=lambda x: -x[1]):
        print("  %-32s %d" % (c, k))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build holdout124: a blind test set of 150 hand-written support mails.

Theme: the general inbox on a bad day. Spam, phishing, marketing, misdirected
mail and automatic notifications arrive mixed with real requests; only about a
third of the mail is a real request to the desk.

Every mail text below is written by hand. The script only wraps each text in
headers (sender, dates, Message-ID, transport and authentication headers,
MIME structure and transfer encoding), writes h001.eml ... h150.eml and
labels.jsonl, then re-reads everything and checks it.

Standard library only; deterministic (random.Random with a fixed seed).
"""
import base64
import datetime as dt
import email
import gzip
import html
import io
import json
import os
import quopri
import random
import re
import sys
from email import policy
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 124_2025
rng = random.Random(SEED)

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# regions.md: region slug -> (département prefixes as 3-char UAI prefixes, académie domains)
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
DEP2REGION, DOMAIN2REGION = {}, {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEP2REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _d in _doms.split():
        DOMAIN2REGION[_d] = _slug

CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation", "subscription_activation",
    "order_billing", "contract_documents", "transfer_incident", "automated", "other",
]
# categories whose default action can be an automatic answer
AUTO_OK_CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                      "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and LETTERS[int(code[:7]) % 23] == code[7]


def expected_region(uai, from_addr):
    if uai:
        return DEP2REGION.get(uai[:3])
    dom = from_addr.rsplit("@", 1)[-1].lower()
    return DOMAIN2REGION.get(dom)


# mail clients
TB = "User-Agent: Mozilla Thunderbird"
OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
OUTLOOK_OLD = "X-Mailer: Microsoft Office Outlook 12.0"
IPHONE = "X-Mailer: iPhone Mail (21D61)"
ZIMBRA = "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF123 (Linux)/9.0.0_GA_4546)"
ROUNDCUBE = "User-Agent: Roundcube Webmail/1.6.6"
ANDROID = "X-Mailer: Outlook for Android"
APPLE = "X-Mailer: Apple Mail (2.3774.500.171.1.1)"
BULK = "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"

MAILS = []


def L(category, ok, uai, region, platform, hard, lang, notes):
    return dict(category=category, auto_reply_ok=ok, uai=uai, region=region,
                platform=platform, hard=hard, lang=lang, notes=notes)


def mail(frm, subj, body, lab, **kw):
    MAILS.append(dict(frm=frm, subj=subj, body=body, lab=lab, kw=kw))


# ---------------------------------------------------------------- building

START = dt.datetime(2025, 3, 14, 17, 0)   # Friday evening: the weekend piles up
END = dt.datetime(2025, 3, 17, 16, 30)    # Monday afternoon: the bad day


def pick_date(kw):
    if "date" in kw:
        y, mo, d, h, mi = kw["date"]
        when = dt.datetime(y, mo, d, h, mi, rng.randint(0, 59))
    else:
        span = int((END - START).total_seconds())
        when = START + dt.timedelta(seconds=rng.randint(0, span))
        if rng.random() < 0.55:  # most human mail lands on Monday morning
            when = dt.datetime(2025, 3, 17, rng.randint(7, 12), rng.randint(0, 59), rng.randint(0, 59))
    tz = dt.timezone(dt.timedelta(hours=kw.get("tz", 1)))
    return when.replace(tzinfo=tz)


def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


def split_from(frm):
    name, addr = parseaddr(frm)
    return name, addr


def fmt_addr(name, addr):
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def to_html(text, style):
    paras = [p for p in text.strip("\n").split("\n\n")]
    if style == "outlook":
        inner = "\n".join('<p class=3D"MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(html.escape(l) for l in p.split("\n"))
                          for p in paras).replace("=3D", "=")
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head><body lang="FR"><div class="WordSection1">\n' + inner + '\n</div></body></html>\n')
    if style == "bulk":
        inner = "\n".join('<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:15px;color:#222">%s</td></tr>'
                          % "<br>".join(html.escape(l) for l in p.split("\n")) for p in paras)
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head>'
                '<body style="margin:0;background:#eef1f5"><table role="presentation" width="600" align="center" '
                'style="background:#ffffff">\n' + inner + '\n</table>'
                '<img src="https://t.example.net/o/%x.gif" width="1" height="1" alt=""></body></html>\n' % rng.getrandbits(48))
    inner = "\n".join('<div>%s</div><div><br></div>' % "<br>".join(html.escape(l) for l in p.split("\n")) for p in paras)
    return '<div dir="ltr">' + inner + '</div>\n'


def encode_part(text, ctype, cs, cte):
    data = text.encode(cs)
    if cte == "qp":
        body = quopri.encodestring(data).decode("ascii")
        name = "quoted-printable"
    elif cte == "b64":
        body = base64.encodebytes(data).decode("ascii")
        name = "base64"
    else:
        body = data.decode(cs)
        name = "8bit" if any(b > 127 for b in data) else "7bit"
    head = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, cs, name)
    return head, body


def boundary():
    return "=_%032x" % rng.getrandbits(128)


def build(m):
    kw = m["kw"]
    name, addr = split_from(m["frm"])
    domain = addr.rsplit("@", 1)[-1].lower()
    date = pick_date(kw)
    utc = date.astimezone(dt.timezone(dt.timedelta(hours=1)))
    mx_id = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(15))
    ip = "%s.%d" % (rng.choice(["203.0.113", "198.51.100", "192.0.2"]), rng.randint(2, 250))
    relay = kw.get("relay", "mail." + domain)
    lines = []
    rp = kw.get("rp", addr)
    lines.append("Return-Path: <%s>" % rp)
    lines.append("Delivered-To: support@assistance.example.fr")
    lines.append("Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
                 "\tfor <support@assistance.example.fr>; %s" % (relay, relay, ip, mx_id, format_datetime(utc + dt.timedelta(seconds=rng.randint(2, 40)))))
    auth = kw.get("auth", "pass")
    if auth == "pass":
        ar = ("dkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s"
              % (domain, domain, domain))
    elif auth == "fail":
        ar = "dkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain)
    elif auth == "softfail":
        ar = "dkim=fail (signature did not verify) header.d=%s;\n\tspf=softfail smtp.mailfrom=%s;\n\tdmarc=fail (p=none dis=none) header.from=%s" % (domain, domain, domain)
    else:
        ar = "dkim=none;\n\tspf=none smtp.mailfrom=%s;\n\tdmarc=none header.from=%s" % (domain, domain)
    lines.append("Authentication-Results: mx1.assistance.example.fr;\n\t" + ar)
    if kw.get("ua"):
        lines.append(kw["ua"])
    lines.append("From: " + fmt_addr(name, addr))
    lines.append("To: " + kw.get("to", rng.choice(["support@assistance.example.fr",
                                                    "Assistance <support@assistance.example.fr>",
                                                    "support@assistance.example.fr"])))
    if kw.get("cc"):
        lines.append("Cc: " + kw["cc"])
    if kw.get("reply_to"):
        lines.append("Reply-To: " + kw["reply_to"])
    lines.append("Subject: " + hdr(m["subj"]))
    lines.append("Date: " + format_datetime(date))
    mid = kw.get("mid") or "<%s@%s>" % ("%08x-%04x-%04x-%04x-%012x" % tuple(rng.getrandbits(b) for b in (32, 16, 16, 16, 48)), domain)
    lines.append("Message-ID: " + mid)
    if kw.get("irt"):
        lines.append("In-Reply-To: " + kw["irt"])
        lines.append("References: " + kw["irt"])
    lines.append("MIME-Version: 1.0")
    for h in kw.get("h", []):
        lines.append(h)
    cs = kw.get("cs", "utf-8")
    cte = kw.get("cte", "8bit")
    fmt = kw.get("fmt", "plain")
    text = m["body"].strip("\n") + "\n"
    if kw.get("parts"):
        # hand-written MIME parts (reports, attachments): list of (headers, body)
        b = boundary()
        extra = kw.get("ctype_extra", "")
        lines.append('Content-Type: multipart/%s;%s boundary="%s"' % (kw.get("subtype", "mixed"), extra, b))
        out = ["This is a multi-part message in MIME format.", ""]
        h1, b1 = encode_part(text, "text/plain", cs, cte)
        if kw.get("first_desc"):
            h1 = h1 + "Content-Description: %s\n" % kw["first_desc"]
        out += ["--" + b, h1.rstrip("\n"), "", b1.rstrip("\n")]
        for ph, pb in kw["parts"]:
            out += ["--" + b, ph.strip("\n"), "", pb.rstrip("\n")]
        out += ["--" + b + "--", ""]
        payload = "\n".join(out)
        return "\n".join(lines) + "\n\n" + payload, date
    if fmt == "plain":
        ph, pb = encode_part(text, "text/plain", cs, cte)
        lines.append(ph.rstrip("\n"))
        return "\n".join(lines) + "\n\n" + pb, date
    hstyle = kw.get("hstyle", "outlook")
    htm = to_html(text, hstyle)
    if fmt == "html":
        ph, pb = encode_part(htm, "text/html", cs, "qp" if cte == "8bit" else cte)
        lines.append(ph.rstrip("\n"))
        return "\n".join(lines) + "\n\n" + pb, date
    b = boundary()
    lines.append('Content-Type: multipart/alternative; boundary="%s"' % b)
    h1, b1 = encode_part(text, "text/plain", cs, cte)
    h2, b2 = encode_part(htm, "text/html", cs, "qp" if cte == "8bit" else cte)
    payload = "\n".join(["--" + b, h1.rstrip("\n"), "", b1.rstrip("\n"), "--" + b, h2.rstrip("\n"), "", b2.rstrip("\n"), "--" + b + "--", ""])
    return "\n".join(lines) + "\n\n" + payload, date


def attach(filename, ctype, data):
    """An attachment part (headers, base64 body)."""
    return ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64'
            % (ctype, filename, filename), base64.encodebytes(data).decode("ascii"))


def fake_pdf(title):
    return ("%%PDF-1.4\n1 0 obj << /Title (%s) >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % title).encode("latin-1")


def gz(name, text):
    buf = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buf, mtime=0) as f:
        f.write(text.encode("utf-8"))
    return buf.getvalue()

# ================================================================ automated mail

mail("Hélène Prigent <helene.prigent@ac-rennes.fr>",
     "Réponse automatique : [#SUP-008812] Votre demande concernant e-sidoc",
     """
Bonjour,

Je suis en formation jusqu'au mercredi 19 mars et je consulterai ma messagerie à mon retour.
Pour le CDI, merci de vous adresser à la vie scolaire.

Hélène Prigent
Professeure documentaliste
""",
     L("automated", False, None, "bretagne", None, False, "fr",
       "Zimbra out-of-office in answer to one of our ticket mails; Auto-Submitted present. Region from the ac-rennes.fr sender."),
     ua=ZIMBRA, h=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"],
     irt="<SUP-008812.1742201100.a41c@assistance.example.fr>")

mail("Mark Henderson <m.henderson@brightshelf-learning.co.uk>",
     "Automatic reply: Partnership follow-up",
     """
Thank you for your email. I am out of the office until Monday 24 March with limited access to email.

For urgent matters please contact our customer success team at success@brightshelf-learning.co.uk.

Kind regards,
Mark
""",
     L("automated", False, None, None, None, False, "en",
       "English Exchange out-of-office (Auto-Submitted, X-Auto-Response-Suppress) from a vendor."),
     ua=OUTLOOK, fmt="alt", cte="qp",
     h=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"])

mail("Secrétariat Lycée Jules Ferry <ce.0780725P@ac-versailles.fr>",
     "Absence du secrétariat - réponse automatique",
     """
Madame, Monsieur,

Le secrétariat de direction du lycée Jules Ferry est fermé du vendredi 14 mars au lundi 17 mars (journées pédagogiques).
Les messages reçus seront traités à partir du mardi 18 mars.

En cas d'urgence, veuillez appeler le standard : 01 39 02 14 60.

Le secrétariat
""",
     L("automated", False, "0780725P", "ile-de-france", None, False, "fr",
       "Out-of-office of a school office on its ce.<UAI> address; the UAI comes from the address."),
     h=["Auto-Submitted: auto-replied", "X-Autoreply: yes"], ua=ROUNDCUBE)

mail("Patrick Loiseau <patrick.loiseau@college-les-tilleuls.fr>",
     "Absent jusqu'au 21/03",
     """
Bonjour,

je suis actuellement absent et je n'ai pas accès à mes mails. Je reviens le 21 mars.
Pour toute question sur les commandes ou les factures, voir Mme Dubreuil à l'intendance (intendance@college-les-tilleuls.fr).

Bonne journée
P. Loiseau
""",
     L("automated", False, None, None, None, True, "fr",
       "Out-of-office made by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it; mentions orders and invoices."),
     ua=OUTLOOK_OLD, cs="windows-1252", cte="qp")

mail("Mail Delivery System <MAILER-DAEMON@mx.lycee-marie-curie-nogent.fr>",
     "Undelivered Mail Returned to Sender",
     """
This is the mail system at host mx.lycee-marie-curie-nogent.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<s.raynal@lycee-marie-curie-nogent.fr>: host mbox.lycee-marie-curie-nogent.fr[192.0.2.33]
    said: 550 5.1.1 <s.raynal@lycee-marie-curie-nogent.fr>: Recipient address
    rejected: User unknown in virtual mailbox table
""",
     L("automated", False, None, None, None, False, "en",
       "Postfix bounce (multipart/report, delivery-status) of our answer to a librarian who has left."),
     rp="", subtype="report", ctype_extra=" report-type=delivery-status;", first_desc="Notification", date=(2025, 3, 17, 9, 12),
     h=["Auto-Submitted: auto-replied"], relay="mx.lycee-marie-curie-nogent.fr", auth="none",
     parts=[("Content-Description: Delivery report\nContent-Type: message/delivery-status",
             """Reporting-MTA: dns; mx.lycee-marie-curie-nogent.fr
X-Postfix-Queue-ID: 4ZGx1Q3v9mz5Tq
Arrival-Date: Mon, 17 Mar 2025 09:12:40 +0100 (CET)

Final-Recipient: rfc822; s.raynal@lycee-marie-curie-nogent.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
"""),
            ("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers",
             """From: Assistance <support@assistance.example.fr>
To: s.raynal@lycee-marie-curie-nogent.fr
Subject: [#SUP-008790] Votre abonnement Europresse
Date: Mon, 17 Mar 2025 09:12:38 +0100
Message-ID: <SUP-008790.1742199158.77ee@assistance.example.fr>
""")])

mail("Microsoft Outlook <postmaster@ac-toulouse.fr>",
     "Non remis : [#SUP-008771] Réinitialisation de votre mot de passe",
     """
Votre message n'a pas pu être remis à jm.castaing@ac-toulouse.fr, car la boîte aux lettres du destinataire est pleine.

Que dois-je faire ?
Vous pouvez réessayer d'envoyer le message plus tard ou contacter le destinataire par un autre moyen.

Informations de diagnostic pour les administrateurs :
Serveur de génération : smtp-out2.ac-toulouse.fr
jm.castaing@ac-toulouse.fr
Remote Server returned '552 5.2.2 mailbox full; quota exceeded'
""",
     L("automated", False, None, "occitanie", None, True, "fr",
       "French non-delivery report (mailbox full) of our reset answer; the subject quotes 'mot de passe'. Region from the ac-toulouse.fr sender domain."),
     rp="", subtype="report", ctype_extra=" report-type=delivery-status;", relay="smtp-out2.ac-toulouse.fr",
     h=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
     parts=[("Content-Type: message/delivery-status",
             """Reporting-MTA: dns;smtp-out2.ac-toulouse.fr
Received-From-MTA: dns;mx1.assistance.example.fr

Final-Recipient: rfc822;jm.castaing@ac-toulouse.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 mailbox full; quota exceeded
""")])

mail("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
     "Delivery Status Notification (Failure)",
     """
** Address not found **

Your message wasn't delivered to ecole.primaire.lesaules@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""",
     L("automated", False, None, None, None, False, "en",
       "Gmail DSN failure for a mistyped recipient address."),
     rp="", subtype="report", ctype_extra=" report-type=delivery-status;", relay="mail-sor-f69.google.com", date=(2025, 3, 16, 22, 2),
     parts=[("Content-Type: message/delivery-status",
             """Reporting-MTA: dns; googlemail.com
Arrival-Date: Sun, 16 Mar 2025 14:02:11 -0700 (PDT)

Final-Recipient: rfc822; ecole.primaire.lesaules@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
""")])

mail("Mail Delivery System <Mailer-Daemon@relais.mairie-saint-avold.fr>",
     "Mail delivery failed: returning message to sender",
     """
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bibliotheque@mairie-saint-avold.fr
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: support@assistance.example.fr
Subject: [#SUP-008655] Accès aux documents du marché
Date: Thu, 13 Mar 2025 16:40:02 +0100

Bonjour,
Pouvez-vous nous préciser le numéro du marché concerné ?
""",
     L("automated", False, None, None, None, True, "en",
       "Exim bounce as plain text: no multipart/report, no Auto-Submitted; the null Return-Path and the Mailer-Daemon sender show it; quotes our question about market documents."),
     rp="", auth="none", relay="relais.mairie-saint-avold.fr")

mail("Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>",
     "Delayed Mail (still being retried)",
     """
This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<cdi@clg-pasteur-lens.fr>: connect to mx.clg-pasteur-lens.fr[203.0.113.90]:25:
    Connection timed out
""",
     L("automated", False, None, None, None, False, "en",
       "Delay warning from our own relay (Action: delayed): automatic, not a failure."),
     rp="", subtype="report", ctype_extra=" report-type=delivery-status;", relay="localhost",
     h=["Auto-Submitted: auto-replied"],
     parts=[("Content-Type: message/delivery-status",
             """Reporting-MTA: dns; mx1.assistance.example.fr

Final-Recipient: rfc822; cdi@clg-pasteur-lens.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.clg-pasteur-lens.fr[203.0.113.90]:25: Connection timed out
""")])

mail("Frédérique Lamarche <frederique.lamarche@ac-nancy-metz.fr>",
     "Lu : [#SUP-008702] Votre commande de renouvellement",
     """
Votre message

  À : Frédérique Lamarche
  Objet : [#SUP-008702] Votre commande de renouvellement
  Envoyé : vendredi 14 mars 2025 15:20:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le lundi 17 mars 2025 08:03:44 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""",
     L("automated", False, None, "grand-est", None, False, "fr",
       "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-nancy-metz.fr sender."),
     ua=OUTLOOK, date=(2025, 3, 17, 8, 3), subtype="report", ctype_extra=" report-type=disposition-notification;",
     parts=[("Content-Type: message/disposition-notification",
             """Reporting-UA: ac-nancy-metz.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;frederique.lamarche@ac-nancy-metz.fr
Original-Message-ID: <SUP-008702.1741962011.c2d0@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")])

mail("Tom Whitfield <tom.whitfield@readwise-schools.com>",
     "Return Receipt (displayed) - Re: your invoice question",
     """
This is a Return Receipt for the mail that you sent to tom.whitfield@readwise-schools.com.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""",
     L("automated", False, None, None, None, False, "en",
       "Thunderbird return receipt in English (disposition-notification); the subject mentions an invoice."),
     ua=TB, subtype="report", ctype_extra=" report-type=disposition-notification;",
     parts=[("Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"",
             """Reporting-UA: readwise-schools.com; Mozilla Thunderbird
Final-Recipient: rfc822;tom.whitfield@readwise-schools.com
Original-Message-ID: <SUP-008640.1741880000.9a1b@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")])

mail("Centrale d'achat - Actualités <lettre@infos.espace-acheteur.example.fr>",
     "Lettre n°42 : les nouveaux marchés du printemps",
     """
LETTRE D'INFORMATION - MARS 2025

Trois nouveaux marchés ouverts aux établissements

- Mobilier de CDI et de vie scolaire (lot 1 : rayonnages, lot 2 : assises)
- Abonnements de presse numérique 2025-2027
- Petits équipements numériques (casques, souris, webcams)

Retrouvez-les dans « Mes Marchés » de votre Espace Acheteur.

Le rappel du mois : seul l'administrateur de structure peut valider les nouveaux comptes de votre établissement.

Vous recevez cette lettre car vous êtes inscrit(e) à nos actualités.
Se désinscrire : https://infos.espace-acheteur.example.fr/d/88213/f0c2
""",
     L("automated", False, None, None, "espace_acheteur", False, "fr",
       "The purchasing centre's monthly newsletter: List-Id, List-Unsubscribe, Precedence: bulk."),
     fmt="alt", cte="qp", hstyle="bulk", ua=BULK,
     h=["List-Id: Actualites Espace Acheteur <actualites.infos.espace-acheteur.example.fr>",
        "List-Unsubscribe: <https://infos.espace-acheteur.example.fr/d/88213/f0c2>, <mailto:desinscription@infos.espace-acheteur.example.fr>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])

mail("ClassBoost <hello@news.classboost.io>",
     "🚀 Spring offer: -30% on ClassBoost Premium for your whole school",
     """
Hi there,

Spring is here and so is our biggest offer of the year.

Get 30% off ClassBoost Premium for every teacher in your school: AI lesson plans, instant quizzes and automatic grading in 40 languages.

Offer ends March 31. Use code SPRING30 at checkout.

See plans: https://classboost.io/pricing?utm_source=newsletter&utm_campaign=spring25

You are receiving this email because you signed up at classboost.io.
Unsubscribe | Manage preferences
ClassBoost Inc., 548 Market St, San Francisco, CA
""",
     L("automated", False, None, None, None, False, "en",
       "Bulk marketing newsletter from an edtech vendor (List-Unsubscribe, Precedence: bulk, emoji subject)."),
     fmt="alt", cte="qp", hstyle="bulk",
     h=["List-Unsubscribe: <https://news.classboost.io/unsub?u=c81f2a>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Precedence: bulk", "Feedback-ID: spring25:classboost:mailchimp"])

mail("Les Cahiers du CDI <redaction@cahiers-du-cdi.example.org>",
     "Au sommaire ce mois-ci : l'éducation aux médias, les prix littéraires lycéens",
     """
Les Cahiers du CDI - numéro de mars

AU SOMMAIRE
- Dossier : mener une semaine de la presse sans budget
- Retour d'expérience : un club lecture en lycée professionnel
- Outils : dix ressources libres pour parler d'IA avec les élèves
- Agenda : prix littéraires lycéens, dates de vote

Abonnés : lire le numéro en ligne
Non abonnés : découvrez nos offres établissement

Pour ne plus recevoir cette lettre, cliquez ici.
""",
     L("automated", False, None, None, None, False, "fr",
       "Trade magazine newsletter for school librarians (List-Id, Precedence: bulk)."),
     fmt="html", cte="qp", hstyle="bulk",
     h=["List-Id: <lettre.cahiers-du-cdi.example.org>", "List-Unsubscribe: <mailto:leave-lettre@cahiers-du-cdi.example.org>",
        "Precedence: bulk"])

mail("Gwenaëlle Le Floch <gwenaelle.le-floch@ac-rennes.fr>",
     "[docs-bretagne] Cafeyn n'apparaît plus sur le portail élèves ?",
     """
Bonjour à toutes et tous,

Depuis vendredi, la ressource Cafeyn n'apparaît plus sur notre portail e-sidoc côté élèves alors que l'abonnement court jusqu'en décembre.
Est-ce que d'autres collègues ont le même souci ? Faut-il republier la ressource ?

Merci d'avance pour vos retours,
Gwenaëlle, doc au collège de Landivisiau

_______________________________________________
docs-bretagne mailing list
docs-bretagne@listes.ac-rennes.fr
https://listes.ac-rennes.fr/sympa/info/docs-bretagne
""",
     L("automated", False, None, "bretagne", "esidoc", True, "fr",
       "A real librarian question, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-rennes.fr sender."),
     to="docs-bretagne@listes.ac-rennes.fr", ua=TB,
     h=["List-Id: Documentalistes de l'academie de Rennes <docs-bretagne.listes.ac-rennes.fr>",
        "List-Post: <mailto:docs-bretagne@listes.ac-rennes.fr>", "Precedence: list",
        "Sender: docs-bretagne-request@listes.ac-rennes.fr"],
     relay="listes.ac-rennes.fr", rp="docs-bretagne-owner@listes.ac-rennes.fr")

mail("Espace Acheteur <no-reply@espace-acheteur.example.fr>",
     "Un compte est en attente de validation",
     """
Bonjour,

Un nouvel utilisateur a demandé la création d'un compte rattaché à une structure dont vous êtes administrateur par défaut :

Structure : Collège Louise Michel (Grigny)
Utilisateur : Nadia Benali - n.benali@college-louisemichel-grigny.fr
Date de la demande : 16/03/2025 21:47

Pour valider ou refuser ce compte, connectez-vous à votre Espace Acheteur, rubrique « Utilisateurs ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
     L("automated", False, None, None, "espace_acheteur", False, "fr",
       "No-reply notification to the desk (default administrator): an account awaits validation. Auto-Submitted: auto-generated."),
     h=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"], fmt="alt", cte="qp", hstyle="bulk")

mail("Portail Tickets <notifications@tickets.example.fr>",
     "[Ticket #TK-22917] Nouveau commentaire de l'éditeur",
     """
Le ticket #TK-22917 « Export des notices en erreur » a été mis à jour.

Auteur : Équipe technique éditeur
Statut : En cours -> En attente de votre retour

Commentaire :
Nous avons identifié la cause de l'erreur d'export. Un correctif sera déployé jeudi. Merci de nous confirmer après cette date si l'export fonctionne.

Voir le ticket : https://tickets.example.fr/t/TK-22917

--
Vous recevez cette notification car vous suivez ce ticket.
""",
     L("automated", False, None, None, "ticket_portal", False, "fr",
       "Ticket-portal notification: a ticket the desk follows was updated. Auto-Submitted: auto-generated."),
     h=["Auto-Submitted: auto-generated", "X-Ticket-Id: TK-22917"])

mail("Signature électronique <ne-pas-repondre@esignature.example.fr>",
     "Document signé : Convention d'adhésion 2025 - Lycée Victor Duruy",
     """
Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2025 - Lycée Victor Duruy ».

Signataires :
- Mme Catherine Auclair, proviseure - signé le 14/03/2025 à 18:02
- Centrale d'achat, service juridique - signé le 17/03/2025 à 08:15

Le document signé et son certificat de preuve sont disponibles dans votre espace.

Ceci est un message automatique.
""",
     L("automated", False, None, None, "esignature", True, "fr",
       "E-signature 'all signed' notification for a convention: transactional mail without Auto-Submitted or Precedence; only the no-reply sender and the wording show it is automatic."),
     date=(2025, 3, 17, 8, 16), fmt="alt", cte="qp", hstyle="bulk")

mail("Signature électronique <ne-pas-repondre@esignature.example.fr>",
     "Rappel : un document attend votre signature",
     """
Bonjour,

Le document « Avenant n°1 - marché 2024-031 mobilier » vous attend depuis 5 jours.

Expéditeur : Centrale d'achat - service des marchés
Échéance : 21/03/2025

Signer le document : https://esignature.example.fr/s/7XK2-99QA

Vous recevez ce rappel automatique car vous êtes désigné(e) comme signataire.
""",
     L("automated", False, None, None, "esignature", False, "fr",
       "Automatic reminder from the real e-signature service (legitimate domain, DKIM pass, Auto-Submitted)."),
     h=["Auto-Submitted: auto-generated"], fmt="html", cte="qp", hstyle="bulk")

mail("noreply-dmarc-support@google.com",
     "Report domain: assistance.example.fr Submitter: google.com Report-ID: 8812649035517724431",
     """
This is an aggregate report from google.com.
""",
     L("automated", False, None, None, None, False, "en",
       "DMARC aggregate report with a gzip attachment."),
     relay="mail-yw1-f201.google.com",
     parts=[attach("google.com!assistance.example.fr!1742083200!1742169599.xml.gz", "application/gzip",
                   gz("report.xml", "<?xml version=\"1.0\"?><feedback><report_metadata><org_name>google.com</org_name>"
                      "<report_id>8812649035517724431</report_id></report_metadata><policy_published><domain>assistance.example.fr"
                      "</domain><p>none</p></policy_published><record><row><source_ip>198.51.100.7</source_ip><count>41</count>"
                      "</row></record></feedback>\n"))])

mail("DMARC Aggregate Report <dmarcreport@microsoft.com>",
     "Report Domain: assistance.example.fr Submitter: enterprise.protection.outlook.com Report-ID: 5f1c0a77e3d84b29",
     """
This is a DMARC aggregate report from Microsoft Corporation. For Emails received between 2025-03-15 00:00:00 UTC to 2025-03-16 00:00:00 UTC.

You're receiving this email because you have included your email address in the 'rua' tag of your DMARC record in DNS for assistance.example.fr. Please remove your email address from the 'rua' tag if you don't want to receive this email.

Please do not respond to this e-mail. This mailbox is not monitored and you will not receive a response.
""",
     L("automated", False, None, None, None, False, "en",
       "Microsoft DMARC aggregate report (gzip attachment)."),
     relay="mail-nam12.outbound.protection.outlook.com",
     parts=[attach("enterprise.protection.outlook.com!assistance.example.fr!1742000400!1742086800.xml.gz", "application/gzip",
                   gz("report.xml", "<?xml version=\"1.0\"?><feedback><report_metadata><org_name>Enterprise Outlook</org_name>"
                      "</report_metadata><record><row><source_ip>203.0.113.15</source_ip><count>3</count></row></record></feedback>\n"))])

mail("Supervision <alertes@supervision.assistance.example.fr>",
     "[ALERTE] Portail tickets - temps de réponse dégradé (HTTP 504)",
     """
Sonde : portail-tickets-https
URL : https://tickets.example.fr/login
État : CRITIQUE depuis 07:42:10 (3 échecs consécutifs)
Dernière réponse : HTTP 504 Gateway Timeout après 30,0 s

Cette alerte sera renvoyée toutes les 30 minutes tant que l'incident est ouvert.
""",
     L("automated", False, None, None, "ticket_portal", False, "fr",
       "Monitoring alert about the ticket portal, machine-generated (Auto-Submitted, X-Monitoring headers)."),
     date=(2025, 3, 17, 7, 44), h=["Auto-Submitted: auto-generated", "X-Monitoring-Check: portail-tickets-https"])

mail("Agnès Poulain <agnes.poulain@ac-caen.fr>",
     "Accepté: Point mensuel support Normandie",
     """
Agnès Poulain a accepté cette invitation.

Point mensuel support Normandie
Quand : jeudi 20 mars 2025 14:00-15:00 (UTC+01:00)
Où : Visio (lien dans l'invitation)
""",
     L("automated", False, None, "normandie", None, True, "fr",
       "Calendar acceptance generated by the client (text/calendar METHOD:REPLY); nothing to answer. Region from the ac-caen.fr sender."),
     ua=OUTLOOK, subtype="alternative",
     parts=[("Content-Type: text/calendar; charset=\"utf-8\"; method=REPLY\nContent-Transfer-Encoding: 7bit",
             """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Agnes Poulain:mailto:agnes.poulain@ac-caen.fr
SUMMARY:Point mensuel support Normandie
DTSTART:20250320T130000Z
DTEND:20250320T140000Z
UID:040000008200E00074C5B7101A82E008000000001D4C
END:VEVENT
END:VCALENDAR
""")])

mail("MailInBlack - Protect <noreply@protect.mailinblack.example.com>",
     "Authentifiez-vous pour que votre message soit délivré",
     """
Bonjour,

Vous avez envoyé un message à m.garnier@clg-jean-rostand-56.fr.
Ce destinataire est protégé par Mailinblack : pour que votre message lui soit délivré, merci de confirmer que vous n'êtes pas un robot.

Cliquez ici pour vous authentifier : https://protect.mailinblack.example.com/auth?c=Q2xnNTY

Cette opération n'est à faire qu'une seule fois.
Objet de votre message : [#SUP-008733] Guide de configuration
""",
     L("automated", False, None, None, None, True, "fr",
       "MailInBlack challenge sent to the desk after our answer to a school: names MailInBlack but is a machine notification, not a request (someone could click it, but it is not a mailinblack_spam ticket)."),
     h=["Auto-Submitted: auto-replied", "X-MIB-Challenge: 1"], fmt="alt", cte="qp", hstyle="bulk",
     irt="<SUP-008733.1742110000.f0a2@assistance.example.fr>")

mail("Assistance DANE Lille <assistance-dane@ac-lille.fr>",
     "[DANE-ASSIST #55610] Accusé de réception de votre demande",
     """
Bonjour,

Votre message a bien été enregistré sous la référence DANE-ASSIST #55610.
Un technicien le prendra en charge dans les meilleurs délais (délai moyen actuel : 4 jours ouvrés).

Merci de conserver la référence dans l'objet de vos prochains échanges.

Ceci est un message automatique, merci de ne pas y répondre.
""",
     L("automated", False, None, "hauts-de-france", None, False, "fr",
       "Another help desk's acknowledgement of a message the desk sent (Auto-Submitted, X-Loop): answering it would start a loop. Region from ac-lille.fr."),
     h=["Auto-Submitted: auto-replied", "X-Loop: assistance-dane@ac-lille.fr", "Precedence: auto_reply"])

mail("Rectorat de Grenoble <ne-pas-repondre@ac-grenoble.fr>",
     "Votre message a bien été reçu",
     """
Madame, Monsieur,

Nous accusons réception de votre courriel adressé à la division des achats du rectorat.
Il sera traité par le service compétent.

Ce message est généré automatiquement.
""",
     L("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
       "Automatic acknowledgement from a rectorat no-reply address. Region from ac-grenoble.fr."),
     h=["Auto-Submitted: auto-replied"])

mail("Microsoft 365 <quarantine@messaging.microsoft.com>",
     "Notification de quarantaine : 3 messages ont été mis en quarantaine",
     """
Vous avez 3 nouveaux messages en quarantaine du 15/03/2025 au 16/03/2025.

Expéditeur : promo@superdeals-shop.example.biz
Objet : Derniers jours !!! -70% sur toute la boutique
Date : 15/03/2025 22:10

Expéditeur : security@micr0soft-verify.example.com
Objet : Action requise sur votre compte
Date : 16/03/2025 03:41

Expéditeur : no-reply@espace-acheteur.example.fr
Objet : Réinitialisation de votre mot de passe
Date : 16/03/2025 11:05

Passer en revue les messages dans le portail de quarantaine.
""",
     L("automated", False, None, None, None, True, "fr",
       "Quarantine digest for the desk's own mailbox: mentions a password-reset mail and a no-reply sender, but it is a machine report."),
     h=["Auto-Submitted: auto-generated", "X-MS-Exchange-Organization-AuthAs: Internal"], fmt="html", cte="qp", hstyle="bulk",
     relay="mail-eopbgr.outbound.protection.outlook.com", date=(2025, 3, 17, 6, 30))

mail("Service informatique <no-reply@assistance.example.fr>",
     "Votre mot de passe expire dans 3 jours",
     """
Bonjour,

Le mot de passe du compte support@assistance.example.fr expire le 20/03/2025.
Pensez à le changer depuis l'intranet (Mon compte > Sécurité) avant cette date.

Le service informatique ne vous demandera jamais votre mot de passe par courriel.
""",
     L("automated", False, None, None, None, True, "fr",
       "Internal IT expiry notice for the desk's own account (own domain, DKIM pass, Auto-Submitted): 'mot de passe' in a machine mail, not a request."),
     h=["Auto-Submitted: auto-generated"], date=(2025, 3, 17, 6, 0), relay="intranet.assistance.example.fr")

mail("Sam Okafor <s.okafor@libtech-global.com>",
     "Out of Office: Re: API access for catalogue export",
     """
Hello,

I'm travelling to the London Book Fair and will be back on 20 March. Replies may be delayed.

Best,
Sam Okafor
Partner Integrations
""",
     L("automated", False, None, None, None, False, "en",
       "English out-of-office (Auto-Submitted: auto-replied) from a partner."),
     h=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply"], ua=OUTLOOK)

mail("CDI Lycée Gambetta <ce.0591297P@ac-lille.fr>",
     "Réponse automatique : Réinitialisation mot de passe e-sidoc",
     """
Bonjour,

La professeure documentaliste est en congé maternité jusqu'au 30 juin.
Le CDI reste ouvert aux horaires habituels avec l'assistante d'éducation.

Pour le portail e-sidoc et les abonnements, merci de contacter Mme Roussel, proviseure adjointe.

Cordialement
""",
     L("automated", False, "0591297P", "hauts-de-france", "esidoc", False, "fr",
       "Out-of-office from a ce.<UAI> mailbox, subject mentions an e-sidoc password; Auto-Submitted present. UAI from the address."),
     h=["Auto-Submitted: auto-replied"], ua=ZIMBRA)

mail("Jérôme Bastien <jerome.bastien@ac-nantes.fr>",
     "Congés",
     """
Je suis en congés jusqu'au 24 mars. En cas d'urgence : gestionnaire du lycée, 02 40 58 11 20.
J. Bastien
""",
     L("automated", False, None, "pays-de-la-loire", None, False, "fr",
       "Terse vacation reply with X-Autoreply and Precedence: bulk. Region from ac-nantes.fr."),
     h=["X-Autoreply: yes", "Precedence: bulk"], ua=ROUNDCUBE)

mail("Équipe e-sidoc <infos@esidoc.example.fr>",
     "Nouveautés e-sidoc : ce qui change avec la version de printemps",
     """
Bonjour,

La version de printemps du portail arrive le 25 mars. Au programme :

- un nouveau bloc « Coups de cœur » plus facile à mettre à jour ;
- l'import des notices depuis un fichier tableur ;
- des statistiques de consultation par ressource numérique.

Aucune action n'est nécessaire de votre part : la mise à jour est automatique.

Vous recevez ce message en tant qu'administrateur d'un portail.
Gérer mes abonnements aux lettres d'information.
""",
     L("automated", False, None, None, "esidoc", False, "fr",
       "Product newsletter about e-sidoc (List-Id, Precedence: bulk)."),
     fmt="alt", cte="qp", hstyle="bulk",
     h=["List-Id: Actualites e-sidoc <actus.esidoc.example.fr>", "List-Unsubscribe: <https://esidoc.example.fr/lettres/desabo?u=55ab>",
        "Precedence: bulk"])

mail("Charlemagne Transferts <no-reply@transferts.ecoledirecte.example.fr>",
     "Rapport quotidien des transferts - 16/03/2025",
     """
Rapport quotidien des transferts EcoleDirecte

Établissements surveillés : 214
Transferts réussis : 209
Transferts en échec : 5 (voir le détail dans la console)
Transferts en retard de plus de 48 h : 2

Ce rapport est généré automatiquement chaque nuit à 05:00.
""",
     L("automated", False, None, None, "ecoledirecte", True, "fr",
       "Nightly machine report on transfers: it lists failures but is not an incident reported by a school."),
     h=["Auto-Submitted: auto-generated"], date=(2025, 3, 17, 5, 0))

mail("Bibliovox Support <support@bibliovox-diffusion.example.com>",
     "[Request received] #48213 - Question about ebook licences",
     """
Hello,

Thank you for contacting Bibliovox Support. Your request #48213 has been received and a member of our team will reply within 2 business days.

You can add comments to this request by replying to this email.

Bibliovox Support
This email is a service from Bibliovox.
""",
     L("automated", False, None, None, None, False, "en",
       "Supplier help desk's automatic acknowledgement (Zendesk-like headers): answering would loop."),
     h=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer", "Precedence: bulk"])

mail("Christian Morel <christian.morel@ac-creteil.fr>",
     "Non lu : [#SUP-008600] Demande de devis",
     """
Votre message

  À : Christian Morel
  Objet : [#SUP-008600] Demande de devis
  Envoyé : mercredi 12 mars 2025 10:04:51

a été supprimé sans avoir été lu le lundi 17 mars 2025 07:58:02.
""",
     L("automated", False, None, "ile-de-france", None, False, "fr",
       "Outlook 'Non lu :' notice (deleted without being read), disposition-notification. Region from ac-creteil.fr."),
     ua=OUTLOOK, date=(2025, 3, 17, 7, 58), subtype="report", ctype_extra=" report-type=disposition-notification;",
     parts=[("Content-Type: message/disposition-notification",
             """Reporting-UA: ac-creteil.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;christian.morel@ac-creteil.fr
Disposition: manual-action/MDN-sent-manually; deleted
""")])

mail("Mail Delivery System <MAILER-DAEMON@mail.schreinerei-huber.example.de>",
     "Unzustellbar: Ihre Rechnung",
     """
Dies ist eine automatisch erstellte Nachricht des Mailservers.

Ihre Nachricht konnte nicht zugestellt werden:

  buchhaltung@schreinerei-huber.example.de
    Mailbox unavailable (550 5.7.1 Message rejected as spam)

Betreff der Nachricht: Ihre Rechnung
Absender: support@assistance.example.fr
""",
     L("automated", False, None, None, None, True, "de",
       "German backscatter bounce: someone spoofed our address to send spam ('Ihre Rechnung'); we never sent it. Automatic, null Return-Path."),
     rp="", auth="none", h=["Auto-Submitted: auto-replied"])

mail("Mail Delivery Subsystem <postmaster@smtp.freight-quote.example.net>",
     "Returned mail: see transcript for details",
     """
The original message was received at Sun, 16 Mar 2025 04:12:55 GMT
from [198.51.100.201]

   ----- The following addresses had permanent fatal errors -----
<orders@freight-quote.example.net>
    (reason: 550 5.7.26 Unauthenticated email from assistance.example.fr is not accepted due to domain's DMARC policy)

   ----- Transcript of session follows -----
... while talking to mx.freight-quote.example.net.:
>>> DATA
<<< 550 5.7.26 Unauthenticated email is not accepted
""",
     L("automated", False, None, None, None, True, "en",
       "Sendmail backscatter: a forged message in our name was rejected for DMARC. Nothing to answer; the desk never sent it."),
     rp="", auth="none")

mail("SurveyPro <surveys@mail.surveypro.example.com>",
     "Comment évaluez-vous le Salon Éducatec 2024 ? (2 minutes)",
     """
Bonjour,

Vous avez visité notre stand au salon l'an dernier. Aidez-nous à améliorer l'édition 2025 en répondant à 5 questions.

Répondre au questionnaire : https://surveypro.example.com/r/ED24-7Hq

Merci pour votre participation !
Se désabonner de ces sondages
""",
     L("automated", False, None, None, None, False, "fr",
       "Bulk satisfaction-survey invitation (List-Unsubscribe, Precedence: bulk)."),
     fmt="html", cte="b64", hstyle="bulk",
     h=["List-Unsubscribe: <https://surveypro.example.com/unsub/ED24>", "Precedence: bulk"])

mail("LinkedIn <notifications-noreply@linkedin.example.com>",
     "Vous apparaissez dans 12 recherches cette semaine",
     """
Assistance, votre page a été consultée par 12 personnes cette semaine.

Découvrez qui vous a recherché et développez votre réseau.

Voir les recherches

Vous recevez des e-mails de notification de LinkedIn. Se désabonner.
""",
     L("automated", False, None, None, None, False, "fr",
       "Social-network notification, bulk."),
     fmt="alt", cte="qp", hstyle="bulk",
     h=["List-Unsubscribe: <https://linkedin.example.com/e/unsub?x=98a>", "Precedence: bulk", "Auto-Submitted: auto-generated"])

mail("Visio Académique <visio-no-reply@ac-montpellier.fr>",
     "L'enregistrement de votre réunion est disponible",
     """
Bonjour,

L'enregistrement de la réunion « Webinaire Espace Acheteur - établissements de l'Hérault » du 14/03/2025 est disponible pendant 30 jours.

Accéder à l'enregistrement : https://visio.ac-montpellier.fr/rec/4f0b2

Message automatique.
""",
     L("automated", False, None, "occitanie", "espace_acheteur", False, "fr",
       "Web-conference 'recording available' notification from an academic no-reply address. Region from ac-montpellier.fr."),
     h=["Auto-Submitted: auto-generated"])

mail("Commandes e-sidoc <no-reply@commandes.esidoc.example.fr>",
     "Confirmation de commande n° C-2025-04417",
     """
Bonjour,

Nous vous confirmons l'enregistrement de la commande n° C-2025-04417.

Établissement : Collège Paul Éluard
Article : Abonnement portail e-sidoc - 12 mois
Montant TTC : 412,80 €
Mode de règlement : mandat administratif

Une copie de cette confirmation est adressée au support pour information.
Ce message est généré automatiquement.
""",
     L("automated", False, None, None, "esidoc", True, "fr",
       "Automatic order confirmation copied to the desk: mentions an order and an amount but nobody asks anything (not order_billing)."),
     h=["Auto-Submitted: auto-generated"], cc="support@assistance.example.fr", to="gestion@clg-paul-eluard.example.fr",
     fmt="alt", cte="qp", hstyle="bulk")

mail("Chorus Pro <ne-pas-repondre@chorus-pro.example.gouv.fr>",
     "Facture n° FA-25-0318 : changement de statut",
     """
Bonjour,

La facture n° FA-25-0318 déposée par ASSISTANCE SERVICES a changé de statut.

Ancien statut : Mise à disposition du destinataire
Nouveau statut : Mise en paiement

Consultez le détail dans votre espace Chorus Pro.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
""",
     L("automated", False, None, None, None, True, "fr",
       "Invoicing-portal status notification: 'facture' and 'Chorus' in a machine mail; nothing to handle."),
     h=["Auto-Submitted: auto-generated"])

mail("Nathalie Vidal <n.vidal@editions-lirevoir.example.fr>",
     "Réponse automatique : Présentation catalogue",
     """
Merci pour votre message. Je suis actuellement en déplacement sur le Salon du livre de jeunesse et ne lirai mes courriels qu'à partir du 19 mars.

Nathalie Vidal
Responsable grands comptes
""",
     L("automated", False, None, None, None, False, "fr",
       "Publisher rep's out-of-office (Auto-Submitted, X-Auto-Response-Suppress), HTML only."),
     h=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"], fmt="html", ua=OUTLOOK)

mail("Sylvie Ortega <sylvie.ortega@ac-aix-marseille.fr>",
     "Absence",
     """
Bonjour,

Je suis absente du 14 au 21 mars. Votre message ne sera pas transféré.
Pour les questions concernant le portail documentaire des écoles de la circonscription, merci de contacter cpc.numerique@ac-aix-marseille.fr.

Sylvie Ortega
""",
     L("automated", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
       "Webmail vacation reply with Auto-Submitted. Region from ac-aix-marseille.fr."),
     h=["Auto-Submitted: auto-replied (vacation)"], ua=ZIMBRA, cte="qp")

mail("Yannick Fontaine <y.fontaine@ac-orleans-tours.fr>",
     "Réponse automatique",
     """
Bonjour,

Je suis en arrêt jusqu'au 28 mars. Pour les transferts vers EcoleDirecte et les soucis de licence Charlemagne, merci de vous adresser à l'assistance académique.

Cordialement,
Y. Fontaine, RUPN
""",
     L("automated", False, None, "centre-val-de-loire", "ecoledirecte", True, "fr",
       "Out-of-office that mentions transfers and a licence (transfer_incident words) but is automatic. Region from ac-orleans-tours.fr."),
     h=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], ua=OUTLOOK)

mail("Wendy Cole <wcole@k12-library-systems.example.com>",
     "Automatic reply: Question about MARC export",
     """
I am currently out of the office with no access to email. I will respond to your message when I return on Tuesday, March 18.
""",
     L("automated", False, None, None, None, False, "en",
       "Short English automatic reply, HTML only."),
     h=["Auto-Submitted: auto-generated"], fmt="html", ua=OUTLOOK)

mail("Webinaires Centrale d'achat <webinaires@infos.espace-acheteur.example.fr>",
     "Rappel : votre webinaire commence dans 1 heure",
     """
Bonjour,

Votre webinaire « Bien utiliser Mes Marchés » commence aujourd'hui à 10 h 00.

Rejoindre : https://infos.espace-acheteur.example.fr/w/join/55-1703

Ajouter à mon agenda | Se désinscrire de ce webinaire
""",
     L("automated", False, None, None, "espace_acheteur", False, "fr",
       "Webinar reminder from the purchasing centre's mailing tool (Precedence: bulk)."),
     date=(2025, 3, 17, 9, 0), fmt="alt", cte="qp", hstyle="bulk",
     h=["Precedence: bulk", "List-Unsubscribe: <https://infos.espace-acheteur.example.fr/w/unsub/55-1703>"])

mail("Mailinblack <rapport@mailinblack.example.com>",
     "Votre rapport quotidien : 14 messages en attente",
     """
Bonjour,

Voici les messages reçus ces dernières 24 heures et en attente dans votre espace :

- no-reply@espace-acheteur.example.fr - Activation de votre compte
- newsletter@promo-fournitures.example.com - Destockage
- 12 autres messages

Gérer mes messages : https://protect.mailinblack.example.com/r/9Xc1

Rapport envoyé automatiquement.
""",
     L("automated", False, None, None, None, True, "fr",
       "A MailInBlack daily digest sent straight to the desk address (presumably via a user's redirect): machine text, nobody asks; mentions an activation mail from our no-reply."),
     fmt="html", cte="qp", hstyle="bulk", h=["Auto-Submitted: auto-generated", "Precedence: bulk"])

mail("Postmaster <postmaster@ac-reunion.fr>",
     "Undeliverable: [#SUP-008620] Activation de votre abonnement",
     """
Delivery has failed to these recipients or groups:

cdi.clg-bois-de-nefles@ac-reunion.fr
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Generating server: mail.ac-reunion.fr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
     L("automated", False, None, "la-reunion", None, False, "en",
       "Exchange NDR in English from ac-reunion.fr. Region from the sender domain."),
     rp="", subtype="report", ctype_extra=" report-type=delivery-status;", tz=4,
     h=["Auto-Submitted: auto-replied"],
     parts=[("Content-Type: message/delivery-status",
             """Reporting-MTA: dns;mail.ac-reunion.fr

Final-Recipient: rfc822;cdi.clg-bois-de-nefles@ac-reunion.fr
Action: failed
Status: 5.1.10
""")])

mail("Calendrier Rectorat <agenda-noreply@ac-normandie.fr>",
     "Rappel : fermeture des services académiques le vendredi 28 mars",
     """
Message d'information diffusé automatiquement à l'ensemble des partenaires.

Les services du rectorat seront fermés le vendredi 28 mars 2025.
Les demandes reçues ce jour-là seront traitées à partir du lundi 31 mars.
""",
     L("automated", False, None, "normandie", None, False, "fr",
       "Bulk information message from an academic no-reply list (Precedence: bulk, List-Id). Region from ac-normandie.fr."),
     h=["Precedence: bulk", "List-Id: <partenaires.ac-normandie.fr>", "Auto-Submitted: auto-generated"])

# ================================================================ other: spam, phishing, marketing, misdirected

mail("Ryan Patel <ryan@rankfirst-digital.example.com>",
     "Your website is missing 80% of its traffic",
     """
Hi,

I was checking assistance.example.fr and noticed it doesn't rank on page 1 for several high-volume keywords in your niche.

We are a team of 40 SEO experts and we can get you to the first page of Google in 90 days, guaranteed, or you don't pay.

Can I send you a free audit? Just reply "YES".

Regards,
Ryan Patel
Senior SEO Consultant
""",
     L("other", False, None, None, None, False, "en", "English SEO spam."),
     auth="softfail")

mail("Laurent Ferrand <laurent.ferrand.invest@gmail.com>",
     "Revenu complémentaire : 1 850 € par semaine sans rien changer",
     """
Bonjour,

Je me permets de vous écrire car j'ai moi-même été fonctionnaire pendant 22 ans avant de découvrir la plateforme qui m'a permis de prendre ma retraite à 51 ans.

Le principe est simple : un algorithme d'arbitrage sur les cryptomonnaies travaille pour vous 24 h/24. Avec un dépôt de 250 € seulement, mes premiers gains sont arrivés en 48 heures.

Places limitées ce mois-ci. Inscrivez-vous ici : https://bit.example/arbit-pro

Laurent
""",
     L("other", False, None, None, None, False, "fr", "French crypto-investment spam from a free-mail address."))

mail("Messagerie Académique <securite@ac-versailles-messagerie.example.com>",
     "Votre boîte aux lettres a atteint 98 % de sa capacité",
     """
Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota. Vous ne pourrez bientôt plus envoyer ni recevoir de messages.

Pour augmenter gratuitement votre espace de stockage, validez votre compte en saisissant votre identifiant et votre mot de passe actuels sur la page suivante :

https://ac-versailles-messagerie.example.com/quota/valider

Sans action de votre part sous 24 heures, votre compte sera désactivé.

Le service informatique du rectorat
""",
     L("other", False, None, None, None, True, "fr",
       "Phishing: 'mailbox full, confirm your password'. Mentions a password but is not password_reset; the look-alike domain is not an académie domain, so no region."),
     auth="fail", fmt="html", cte="qp", hstyle="bulk")

mail("Microsoft 365 Admin <admin@m365-account-center.example.net>",
     "Action required: your password expires today",
     """
Dear user,

The password for support@assistance.example.fr expires today.
To keep using your current password, click the button below and confirm your credentials.

KEEP CURRENT PASSWORD

If you do not take action, you will lose access to your mailbox and files.

Microsoft 365 Security Team
""",
     L("other", False, None, None, None, True, "en",
       "English credential phishing about 'password expiry', failing SPF/DMARC; not password_reset."),
     auth="fail", fmt="html", cte="b64", hstyle="bulk")

mail("Service Comptabilité <comptabilite@factures-fournisseurs.example.info>",
     "Relance : facture impayée n° 2025-0214",
     """
Bonjour,

Sauf erreur de notre part, la facture n° 2025-0214 d'un montant de 1 248,00 € TTC reste impayée à ce jour malgré notre précédent rappel.

Vous la trouverez ci-jointe. Merci de procéder au règlement sous 48 h afin d'éviter des pénalités de retard.

Cordialement,
Service comptabilité
""",
     L("other", False, None, None, None, True, "fr",
       "Fake unpaid-invoice reminder with an attachment from an unknown sender, SPF fail: phishing, not order_billing."),
     auth="fail",
     parts=[attach("Facture_2025-0214.pdf.html", "text/html",
                   b"<html><body><script>location='https://factures-fournisseurs.example.info/v'</script></body></html>\n")])

mail("La Poste Colissimo <suivi@colissimo-livraison-info.example.com>",
     "Votre colis n'a pas pu être livré - frais de réexpédition 1,99 €",
     """
Bonjour,

Votre colis n° 6A2419375510 n'a pas pu être livré le 15/03/2025 car l'adresse était incomplète.

Pour programmer une nouvelle livraison, veuillez régler les frais de réexpédition (1,99 €) avant ce soir :
https://colissimo-livraison-info.example.com/reprogrammer

Sans paiement, le colis sera retourné à l'expéditeur.
""",
     L("other", False, None, None, None, False, "fr", "Parcel-delivery phishing (fake fee)."),
     auth="fail", fmt="html", cte="qp", hstyle="bulk")

mail("Michel Garnier <direction.garnier.michel@gmail.com>",
     "Demande urgente et confidentielle",
     """
Bonjour,

Êtes-vous à votre poste ? J'ai besoin que vous vous occupiez d'une tâche rapidement et en toute discrétion. Je suis en réunion et je ne peux pas prendre d'appel.

Répondez-moi dès que possible.

Michel Garnier
Envoyé de mon iPhone
""",
     L("other", False, None, None, None, True, "fr",
       "CEO-fraud opener from a free-mail address posing as a director: no establishment, no request we can serve; not a head_of_establishment_request."),
     ua=IPHONE, reply_to="michel.garnier.direction@outlook.example.com")

mail("Michel Garnier <direction.garnier.michel@gmail.com>",
     "Re: Demande urgente et confidentielle",
     """
Merci de votre retour. Il me faut 6 cartes cadeaux Amazon de 100 € pour récompenser des collaborateurs, c'est une surprise donc n'en parlez à personne.
Grattez les codes et envoyez-moi les photos ici. Je vous rembourse dès demain.

Michel
""",
     L("other", False, None, None, None, False, "fr", "Gift-card fraud follow-up."),
     ua=IPHONE, reply_to="michel.garnier.direction@outlook.example.com",
     irt="<CAF3x9Lq2@mail.gmail.com>")

mail("Espace Acheteur - Sécurité <securite@espace-acheteur-verification.example.org>",
     "Dernier avis : votre compte Espace Acheteur sera suspendu",
     """
Cher client,

Suite à une mise à jour de nos conditions, tous les comptes acheteurs doivent être vérifiés avant le 20 mars 2025.

Votre compte n'a pas encore été vérifié. Cliquez ci-dessous et saisissez votre identifiant, votre mot de passe et le RIB de votre établissement pour éviter la suspension :

VÉRIFIER MON COMPTE

L'équipe Espace Acheteur
""",
     L("other", False, None, None, None, True, "fr",
       "Phishing dressed as the Espace Acheteur (look-alike domain, SPF/DMARC fail): other, and no platform since it is not the real product."),
     auth="fail", fmt="html", cte="qp", hstyle="bulk")

mail("Éditions Documédia - Facturation <facturation@documedia-editions.example.co>",
     "Changement de coordonnées bancaires - abonnement portail",
     """
Madame, Monsieur,

Suite à un changement d'établissement bancaire, nous vous informons que nos coordonnées bancaires ont été modifiées.
Merci d'utiliser désormais le RIB ci-joint pour tous vos règlements, y compris les factures déjà émises pour l'abonnement à votre portail documentaire.

Merci de nous confirmer la bonne prise en compte par retour de mail.

Service facturation
""",
     L("other", False, None, None, None, True, "fr",
       "Payment-diversion fraud ('new bank details') from a look-alike publisher domain with SPF fail: talks about invoices, but it is a scam, not order_billing."),
     auth="fail",
     parts=[attach("RIB_nouveau.pdf", "application/pdf", fake_pdf("RIB"))])

mail("Anonymous <xh4ck3r.notice@protonmail.example.ch>",
     "Your account has been hacked - read carefully",
     """
Hello,

I have access to your device for several months now. I recorded you through your webcam. If you don't want me to send the video to all your contacts, transfer 1200 USD in Bitcoin to the following wallet within 48 hours:

bc1q9x7m2k4l0f8d3s5a6h2j0v8p1w3e6r9t2y5u7

Don't try to reply, this address is temporary.
""",
     L("other", False, None, None, None, False, "en", "English sextortion spam."),
     auth="fail")

mail("Barrister James Okoro <jokoro.chambers@mail.example.ng>",
     "Unclaimed inheritance - urgent response needed",
     """
Dear Friend,

I am Barrister James Okoro, the personal attorney to a late client who shares your surname. He died with his family in a car accident leaving a deposit of USD 8.5 million with no next of kin.

I seek your consent to present you as the beneficiary. Kindly reply with your full name, phone number and address.

Yours faithfully,
Barrister James Okoro
""",
     L("other", False, None, None, None, False, "en", "Advance-fee (inheritance) scam."))

mail("Émilie Rouvier <emilie.rouvier@agencement-bibliotheques.example.fr>",
     "Aménagement de votre CDI : nos rayonnages modulables",
     """
Bonjour,

Je me permets de vous contacter de la part de notre bureau d'études : nous accompagnons depuis quinze ans les collèges et lycées dans le réaménagement de leur CDI (rayonnages mobiles, bacs à albums, coins lecture).

Seriez-vous la bonne personne pour en discuter ? Sinon, pourriez-vous me transmettre les coordonnées des documentalistes de votre réseau ?

Je vous joins notre catalogue 2025.

Bien cordialement,
Émilie Rouvier
Chargée d'affaires Grand Ouest
06 71 22 48 90
""",
     L("other", False, None, None, None, False, "fr",
       "Cold sales prospecting written to one person (no list headers): other, not automated."),
     ua=OUTLOOK, parts=[attach("Catalogue_2025.pdf", "application/pdf", fake_pdf("Catalogue 2025"))])

mail("Karim Dahmani <karim@pixel-et-sens.example.fr>",
     "Refonte de votre site : une proposition",
     """
Bonjour,

En visitant votre site, j'ai remarqué qu'il n'était pas tout à fait adapté aux mobiles et que le formulaire de contact mettait du temps à se charger.

Notre agence web est spécialisée dans les sites publics accessibles (RGAA). Je serais ravi de vous proposer un échange de 15 minutes cette semaine.

Quel créneau vous conviendrait ?

Karim Dahmani
Pixel & Sens
""",
     L("other", False, None, None, None, False, "fr", "Web-agency cold pitch."), fmt="alt", hstyle="gmail")

mail("Jenna Brooks <jenna@growthloop.example.io>",
     "Quick question",
     """
Hi there,

Are you the right person to talk to about customer support tooling at Assistance?

We help support teams cut first-response time by 63% with AI triage. Worth a 10-minute chat next week?

Jenna

P.S. If you're not the right person, who would you recommend I reach out to?
""",
     L("other", False, None, None, None, False, "en", "English lead-generation cold mail."), fmt="alt", hstyle="gmail")

mail("Olivier Masson <o.masson@bureautique-services-ouest.example.fr>",
     "RE: Votre parc de photocopieurs",
     """
Bonjour,

Je reviens vers vous suite à mon message de la semaine dernière resté sans réponse.
Votre contrat de location de copieurs arrive peut-être bientôt à échéance : nous pouvons vous faire une offre sans engagement, maintenance incluse.

Je reste à votre disposition.

Olivier Masson

-----Message d'origine-----
De : Olivier Masson
Envoyé : lundi 10 mars 2025 09:12
À : support@assistance.example.fr
Objet : Votre parc de photocopieurs

Bonjour, nous sommes spécialistes de la location de copieurs multifonctions pour les administrations...
""",
     L("other", False, None, None, None, False, "fr",
       "Sales follow-up quoting its own first mail (Outlook 'Message d'origine' block)."),
     ua=OUTLOOK, fmt="html")

mail("Sandrine Caron <sandrine.caron76@orange.fr>",
     "sortie scolaire de ma fille",
     """
Bonjour

je n'ai toujours pas reçu le lien pour payer la sortie au Mont Saint Michel de ma fille Lina en 4eB. la date limite c'est vendredi je crois. pouvez vous me le renvoyer svp

merci
Sandrine Caron
""",
     L("other", False, None, None, None, False, "fr",
       "A parent asking about a school-trip payment: wrong address, unrelated to our services."), ua=ANDROID, cte="b64")

mail("Enzo Marchal <enzo.marchal2010@gmail.com>",
     "mot de passe ENT",
     """
bonjour jai oublié mon mot de passe de l'ENT et je peux pas voir les devoirs pour demain, vous pouvez me le redonner ?
cest enzo marchal en 3e2

merci
""",
     L("other", False, None, None, None, True, "fr",
       "A pupil lost his ENT password: 'mot de passe oublié' words, but the ENT is not one of our products and we hold no account for him; misdirected, not password_reset."),
     ua=ANDROID)

mail("Juliette Barbier <juliette.barbier@ac-poitiers.fr>",
     "samedi ?",
     """
Coucou Léa,

Toujours partante pour samedi ? On pourrait se retrouver au marché vers 10 h puis déjeuner chez moi. Dis-moi si Marc vient aussi, que je prévoie assez.

Bises
Juju
""",
     L("other", False, None, "nouvelle-aquitaine", None, False, "fr",
       "Personal message sent to the desk by address autocomplete. Region from the ac-poitiers.fr sender."),
     ua=IPHONE)

mail("Boulangerie Le Fournil <lefournil.compta@wanadoo.fr>",
     "Facture février - goûters du foyer",
     """
Bonjour,

Veuillez trouver ci-joint la facture du mois de février pour les goûters du foyer des élèves (collège Jean Jaurès).
Montant : 186,40 €. Règlement par virement à réception.

Bonne journée,
Mme Perrot
""",
     L("other", False, None, None, None, True, "fr",
       "A bakery's invoice meant for a collège's intendance, sent to the desk by mistake: about an invoice, but not one of our orders, so other (a person should tell the sender)."),
     parts=[attach("facture_fevrier.pdf", "application/pdf", fake_pdf("Facture fevrier"))])

mail("Amandine Roche <amandine.roche.pro@gmail.com>",
     "Candidature spontanée - chargée d'assistance",
     """
Madame, Monsieur,

Titulaire d'un BTS Support à l'action managériale et forte d'une première expérience de deux ans dans un centre d'appels, je souhaite rejoindre votre service d'assistance.

Vous trouverez ci-joint mon CV. Je suis disponible dès le mois d'avril et me tiens à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Amandine Roche
""",
     L("other", False, None, None, None, False, "fr", "Unsolicited job application with a CV."),
     parts=[attach("CV_Amandine_Roche.pdf", "application/pdf", fake_pdf("CV"))])

mail("Noah Girard <noah.girard.3e@outlook.fr>",
     "demande de stage d'observation",
     """
Bonjour Madame, Monsieur,

Je m'appelle Noah, je suis en 3e au collège Anne Frank. Je dois faire un stage d'observation d'une semaine du 9 au 13 juin et l'informatique m'intéresse beaucoup.
Est-ce que je pourrais faire mon stage dans votre service ?

Merci d'avance,
Noah Girard
""",
     L("other", False, None, None, None, False, "fr", "A pupil asks for a work-experience placement."))

mail("Isabelle Mercier <isabelle.mercier@ac-dijon.fr>",
     "Re: [#SUP-008699] Réinitialisation du mot de passe e-sidoc",
     """
Un grand merci, le lien a fonctionné et j'ai pu changer le mot de passe. Tout est rentré dans l'ordre !

Bonne semaine,
Isabelle Mercier

Le 14/03/2025 à 16:31, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour votre établissement.
> Ce lien est valable 12 heures.
""",
     L("other", False, None, "bourgogne-franche-comte", "esidoc", True, "fr",
       "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-dijon.fr."),
     ua=TB, irt="<SUP-008699.1741966260.1b7c@assistance.example.fr>")

mail("Bruno Lefèvre <bruno.lefevre@ac-amiens.fr>",
     "RE: [#SUP-008712] Transfert",
     """
Bien reçu, merci.

Envoyé depuis mon smartphone
""",
     L("other", False, None, "hauts-de-france", None, False, "fr",
       "'Bien reçu, merci' from a phone: nothing to do. Region from ac-amiens.fr."),
     ua=ANDROID, cte="b64", irt="<SUP-008712.1741970000.4e11@assistance.example.fr>")

mail("Pierre-Yves Tanguy <py.tanguy@lycee-saint-joseph-vannes.example.fr>",
     "Désinscription",
     """
Bonjour,

Merci de retirer mon adresse de vos listes de diffusion, je reçois trois lettres d'information par semaine et je ne suis plus en charge de ces dossiers depuis septembre.

Cordialement,
P.-Y. Tanguy
""",
     L("other", False, None, None, None, False, "fr",
       "A person asks by hand to be removed from the mailing lists: written by a person, so not automated."), ua=OUTLOOK)

mail("Marion Lacombe <marion.lacombe@free.fr>",
     "Demande d'accès à mes données personnelles (RGPD)",
     """
Madame, Monsieur,

En application de l'article 15 du RGPD, je vous demande de m'indiquer quelles données personnelles vous détenez me concernant, leur finalité et leur durée de conservation.
J'ai été professeure documentaliste jusqu'en 2022 et j'ai utilisé vos services à ce titre.

Je vous remercie de me répondre dans le délai légal d'un mois.

Marion Lacombe
""",
     L("other", False, None, None, None, False, "fr",
       "GDPR access request from a former librarian: other (human review)."))

mail("Gérard Vautrin <gerard.vautrin@ac-strasbourg.fr>",
     "TOUJOURS AUCUNE RÉPONSE",
     """
Cela fait la troisième fois que j'écris et personne ne daigne me répondre. C'est inadmissible pour un service payé par l'argent public.

J'attends un appel aujourd'hui.

G. Vautrin
""",
     L("other", False, None, "grand-est", None, True, "fr",
       "Angry complaint that says nothing about the topic and gives no ticket reference: no category can be told. Region from ac-strasbourg.fr."),
     ua=OUTLOOK)

mail("Chloé Antoine <c.antoine@lemag-education.example.fr>",
     "Demande d'interview - les CDI à l'heure du numérique",
     """
Bonjour,

Je suis journaliste pour Le Mag Éducation et je prépare un dossier sur la place du numérique dans les CDI (portails documentaires, ressources en ligne, presse numérique).

Serait-il possible d'échanger 20 minutes avec une personne de votre équipe cette semaine ou la suivante ?

Bien à vous,
Chloé Antoine
""",
     L("other", False, None, None, None, False, "fr", "Press interview request: other."), fmt="alt", hstyle="gmail")

mail("Valérie Hoarau <valerie.hoarau@ac-reunion.fr>",
     "emploi du temps qui ne s'affiche plus",
     """
Bonjour,

Depuis ce matin l'emploi du temps des 5e n'apparaît plus dans Pronote côté élèves. J'ai vérifié la publication, tout semble coché.
Pouvez-vous regarder ?

Merci
V. Hoarau, CPE
""",
     L("other", False, None, "la-reunion", None, True, "fr",
       "Timetable publication in another vendor's product (Pronote): not one of our platforms, so other. Réunion time zone; region from ac-reunion.fr."),
     tz=4, date=(2025, 3, 17, 10, 5))

mail("Sophie Marchetti <sophie.marchetti@ac-corse.fr>",
     "Idées de lecture pour un club manga ?",
     """
Bonjour,

Je lance un club manga au collège et je cherche une sélection de titres adaptés aux 11-13 ans, si possible disponibles en bibliothèque. Auriez-vous des listes ou des conseils ?

Merci beaucoup !
Sophie
""",
     L("other", False, None, "corse", None, False, "fr",
       "A librarian asks for reading suggestions: unrelated to the services. Region from ac-corse.fr."))

mail("Préstamos Rápidos <info@prestamos-rapidos.example.es>",
     "Préstamo aprobado: 15.000 € sin aval",
     """
Estimado cliente,

Su solicitud de préstamo personal ha sido PRE-APROBADA por un importe de hasta 15.000 euros al 2,9 % TAE.

Sin aval, sin papeleo, dinero en su cuenta en 24 horas.

Responda a este correo con su número de teléfono y un asesor le llamará.
""",
     L("other", False, None, None, None, False, "es", "Spanish loan spam."), auth="softfail", fmt="html", hstyle="bulk")

mail("Dr. Helen Zhao <conference@iceer-2025.example.org>",
     "Invitation to speak at ICEER 2025 (Paris) - Keynote",
     """
Dear Colleague,

On behalf of the organizing committee, we are pleased to invite you as a Keynote Speaker at the International Conference on Education and E-Resources (ICEER 2025), 12-14 June, Paris.

Speakers enjoy a reduced registration fee of 490 EUR. Please confirm your participation and send your bio and abstract before March 25.

Warm regards,
Dr. Helen Zhao
Conference Secretary
""",
     L("other", False, None, None, None, False, "en", "Predatory-conference invitation (pay to speak)."))

mail("Thibault Nguyen <thibault.nguyen@etu.univ-exemple.fr>",
     "Questionnaire mémoire master - services numériques des CDI",
     """
Bonjour,

Étudiant en master MEEF documentation, je réalise un mémoire sur l'assistance aux documentalistes pour les outils numériques.
Accepteriez-vous de répondre à un court questionnaire (10 questions, 5 minutes) ou de diffuser le lien auprès de vos utilisateurs ?

https://enquetes.univ-exemple.fr/index.php/448213

Merci pour votre aide,
Thibault Nguyen
""",
     L("other", False, None, None, None, False, "fr", "A student's survey request."))

mail("DocuSign <dse@docusign-secure-share.example.net>",
     "Assistance: Please review and sign - Contrat_Maintenance_2025.pdf",
     """
Please DocuSign: Contrat_Maintenance_2025.pdf

Service Juridique sent you a document to review and sign.

REVIEW DOCUMENT

Do Not Share This Email
This email contains a secure link. Please do not share this email, link, or access code with others.
""",
     L("other", False, None, None, None, True, "en",
       "Phishing dressed as an e-signature request (look-alike domain, DMARC fail): other, no platform since it is not the real product."),
     auth="fail", fmt="html", cte="qp", hstyle="bulk")

mail("DGFiP - Remboursement <remboursement@impots-gouv-service.example.com>",
     "Vous avez un remboursement en attente de 387,12 €",
     """
Madame, Monsieur,

Après le dernier calcul annuel de votre activité fiscale, nous avons déterminé que vous êtes éligible à un remboursement de 387,12 €.

Pour recevoir le remboursement, merci de compléter le formulaire avec vos coordonnées bancaires :
https://impots-gouv-service.example.com/remboursement

Direction générale des Finances publiques
""",
     L("other", False, None, None, None, False, "fr", "Fake tax-refund phishing."),
     auth="fail", fmt="html", cte="qp", hstyle="bulk")

mail("Portail Tickets <no-reply@tickets-example-support.example.top>",
     "Votre mot de passe a été modifié",
     """
Bonjour,

Le mot de passe de votre compte sur le portail tickets vient d'être modifié.

Si vous n'êtes pas à l'origine de cette modification, annulez-la immédiatement en vous connectant ici :
https://tickets-example-support.example.top/annuler

L'équipe du portail
""",
     L("other", False, None, None, None, True, "fr",
       "Phishing imitating the ticket portal from an unrelated .top domain with failing SPF; looks like a no-reply notification but is a scam: other, no platform."),
     auth="fail", fmt="alt", cte="qp", hstyle="bulk")

mail("Didier Carré <didier.carre@ac-lyon.fr>",
     "imprimante salle 112 en panne",
     """
Bonjour,

l'imprimante de la salle 112 affiche « bourrage papier » alors qu'il n'y a pas de papier coincé. Les collègues ne peuvent plus imprimer leurs sujets pour demain.
Merci de passer dès que possible.

D. Carré, professeur de technologie
""",
     L("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
       "A teacher reports a broken printer: meant for his school's IT, misdirected. Region from ac-lyon.fr."))

mail("Yasmine Haddad <yasmine.haddad@laposte.net>",
     "Cantine - prélèvement en double",
     """
Bonjour,

J'ai été prélevée deux fois pour la cantine de mes deux enfants à l'école Jacques Prévert ce mois-ci (2 x 74,30 €). Pouvez-vous me rembourser le second prélèvement ?

Cordialement,
Yasmine Haddad
""",
     L("other", False, None, None, None, True, "fr",
       "A parent's school-canteen billing complaint meant for the town hall: a double charge, but nothing to do with our orders; other."))

mail("Monique Pelletier <monique.pelletier@ac-montpellier.fr>",
     "TR: ATTENTION VIRUS !!! à diffuser à tous vos contacts",
     """
Je transfère au cas où, on n'est jamais trop prudent !

-------- Message transféré --------
Sujet : ATTENTION VIRUS !!!
Date : 15/03/2025

Si vous recevez un message intitulé « Invitation Facebook », NE L'OUVREZ PAS ! C'est un virus qui efface tout le disque dur. Microsoft l'a confirmé hier. Transférez ce message à TOUS vos contacts !!!
""",
     L("other", False, None, "occitanie", None, False, "fr",
       "A hoax chain letter forwarded by a colleague. Region from ac-montpellier.fr."), ua=TB,
     to="undisclosed-recipients:;")

mail("Grace Miller <grace.miller@storyverse-ebooks.example.com>",
     "Storyverse for French secondary schools",
     """
Hello,

I lead partnerships for Storyverse, a digital library of 12,000 English-language ebooks and audiobooks for teenagers, already used by 300 international schools.

We'd love to be listed among the resources your schools can subscribe to. Who should I talk to about getting our catalogue referenced?

Best regards,
Grace Miller
Head of Partnerships, EMEA
""",
     L("other", False, None, None, None, False, "en",
       "A publisher asks how to get its catalogue listed: a commercial contact, other."), fmt="alt", hstyle="gmail")

mail("Association des bibliothécaires scolaires <contact@abs-ouest.example.org>",
     "Journée d'étude du 5 juin : seriez-vous intervenant ?",
     """
Bonjour,

Notre association organise le 5 juin à Nantes une journée d'étude sur les portails documentaires des établissements. Nous aimerions qu'une personne de votre équipe présente, en 30 minutes, les questions les plus fréquentes que vous recevez.

Pourriez-vous nous dire si c'est envisageable ?

Pour le bureau, Anne Jaouen
""",
     L("other", False, None, None, None, False, "fr", "Invitation to speak at a study day: other."))

mail("Fabrice Royer <fabrice.royer@ac-besancon.fr>",
     "Re: [#SUP-008745] Accusé de réception",
     """
Je ne vous ai rien demandé ! Pourquoi je reçois ce message ? Quelqu'un a dû utiliser mon adresse, ou alors c'est une erreur de votre part.

> Votre demande a bien été enregistrée sous la référence SUP-008745.
""",
     L("other", False, None, "bourgogne-franche-comte", None, True, "fr",
       "Someone received our acknowledgement and says he asked nothing: a person should check the ticket; no category of its own. Region from ac-besancon.fr."),
     irt="<SUP-008745.1742050000.2a9d@assistance.example.fr>")

mail("Messagerie vocale <voicemail@fax-voip-services.example.xyz>",
     "Nouveau message vocal (0:42) de +33 1 84 xx xx 17",
     """
Vous avez reçu un nouveau message vocal.

Durée : 0:42
De : +33 1 84 xx xx 17
Reçu : 17/03/2025 08:14

Écoutez le message en ouvrant la pièce jointe (connexion Microsoft requise).
""",
     L("other", False, None, None, None, True, "fr",
       "Phishing dressed as a voicemail notification (HTML attachment asking for a Microsoft login, SPF fail): looks automatic but it is an attack, other."),
     auth="fail", date=(2025, 3, 17, 8, 15), parts=[attach("Message_vocal_0042.htm", "text/html",
                                b"<html><body><form action='https://fax-voip-services.example.xyz/l'>Login</form></body></html>\n")])

mail("Jacqueline Besson <jacqueline.besson@ac-toulouse.fr>",
     "Pot de départ de Michel",
     """
Chers collègues,

Michel nous quitte pour une retraite bien méritée après 38 ans de service ! Un pot sera organisé le vendredi 28 mars à 16 h en salle des professeurs.
Pour le cadeau commun, participation libre dans l'enveloppe au secrétariat.

Jacqueline
""",
     L("other", False, None, "occitanie", None, False, "fr",
       "A farewell-party message sent to a distribution list that wrongly includes the desk. Region from ac-toulouse.fr."),
     to="tous-personnels-lycee@ac-toulouse.fr", cc="support@assistance.example.fr")

mail("Paul Henry <paul.henry@assistance.example.fr>",
     "test",
     """
test envoi depuis le nouveau relais, ne pas traiter
""",
     L("other", False, None, None, None, False, "fr",
       "A colleague's test mail after a relay change: nothing to answer."), relay="relais2.assistance.example.fr")

mail("Sécurité Google <no-reply@accounts-google-alert.example.site>",
     "Security alert: new sign-in on Windows",
     """
A new sign-in on Windows

support@assistance.example.fr

We noticed a new sign-in to your Google Account on a Windows device in Lagos, Nigeria. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
""",
     L("other", False, None, None, None, True, "en",
       "Phishing imitating a sign-in alert (look-alike domain, DMARC fail): looks like an automatic notification but is an attack."),
     auth="fail", fmt="html", cte="qp", hstyle="bulk")

mail("Lucien Dupré <lucien.dupre@orange.fr>",
     "Amende pour livre perdu ??",
     """
Bonjour,

Mon fils a reçu une lettre du CDI de son lycée qui nous réclame 18 € pour un livre qu'il affirme avoir rendu. Je trouve ça scandaleux. À qui dois-je m'adresser ?

L. Dupré
""",
     L("other", False, None, None, None, False, "fr",
       "A parent disputes a school library fine: misdirected, other."))

mail("Rosa Lindqvist <rosa@nordic-school-furniture.example.se>",
     "Re: Re: Catalogue request",
     """
Hi again,

Just bumping this up in your inbox - did you get a chance to look at our catalogue? We're offering free delivery to France until the end of April.

Best,
Rosa

On Mon, 10 Mar 2025 at 10:02, Rosa Lindqvist <rosa@nordic-school-furniture.example.se> wrote:
> Hi, please find attached our 2025 catalogue of library furniture for schools...
""",
     L("other", False, None, None, None, False, "en",
       "English sales follow-up quoting her own first mail; 'Re: Re:' subject although we never answered."),
     fmt="alt", hstyle="gmail")

# ================================================================ real requests: password_reset

mail("Anne-Sophie Guérin <anne-sophie.guerin@ac-paris.fr>",
     "Mot de passe administrateur e-sidoc perdu",
     """
Bonjour,

Je viens de reprendre le CDI du collège Georges Brassens (0751137D) en remplacement d'une collègue partie en congé long. Personne ne m'a transmis le mot de passe du back office du portail e-sidoc et la fonction « mot de passe oublié » envoie le lien à une adresse que je n'ai pas.

Comment puis-je récupérer l'accès ?

Merci par avance,
Anne-Sophie Guérin
Professeure documentaliste
""",
     L("password_reset", True, "0751137D", "ile-de-france", "esidoc", False, "fr",
       "New librarian without the password nor the address on file; UAI in the body: the reset procedure (official address, else head's request) answers it."),
     ua=TB)

mail("Daniel Brooks <daniel.brooks.intl@gmail.com>",
     "Forgot my Espace Acheteur login",
     """
Hello,

I'm the bursar at the International Section of a lycée in Lyon and I can't remember my Espace Acheteur password. The "forgot password" page asks for my login, which I don't remember either - I think it might be an old email address.

Could you help me get back into the account?

Thanks,
Daniel Brooks
""",
     L("password_reset", True, None, None, "espace_acheteur", False, "en",
       "English; Espace Acheteur password and login both forgotten; no UAI, personal Gmail, so no region."),
     fmt="alt", hstyle="gmail")

mail("Mathieu Roux <mathieu.roux@ac-bordeaux.fr>",
     "0331274F - lien de réinitialisation expiré",
     """
Bonjour,

J'ai bien reçu vendredi le courriel pour réinitialiser le mot de passe du portail, mais je ne l'ai ouvert que ce matin et le lien indique qu'il n'est plus valide.
Pouvez-vous m'en renvoyer un ?

Bonne journée,
Mathieu Roux
Lycée François Mauriac
""",
     L("password_reset", True, "0331274F", "nouvelle-aquitaine", "esidoc", False, "fr",
       "Reset link expired over the weekend; UAI only in the subject; 'portail' implies e-sidoc."),
     ua=TB, cte="qp")

mail("Secrétariat Collège Jean Macé <ce.0450854J@ac-orleans-tours.fr>",
     "Mot de passe portail documentaire",
     """
Bonjour,

À la demande de notre documentaliste, Mme Perrin, nous vous écrivons depuis l'adresse officielle du collège : elle ne parvient plus à se connecter à l'administration du portail e-sidoc.
Pourriez-vous envoyer le lien de réinitialisation sur cette adresse ? Nous le lui transmettrons.

Cordialement,
Le secrétariat de direction
""",
     L("password_reset", True, "0450854J", "centre-val-de-loire", "esidoc", True, "fr",
       "The UAI appears only in the ce.<UAI>@ac-orleans-tours.fr sender address; the secretariat (not the head) asks for the link on that official address, which is the safe path."),
     ua=ROUNDCUBE)

mail("Frédéric Aubert <frederic.aubert@ac-versailles.fr>",
     "Réinitialisation mot de passe e-sidoc à envoyer sur mon adresse perso",
     """
Bonjour,

Je suis le documentaliste du lycée Camille Claudel, UAI 0920242N. J'ai perdu le mot de passe administrateur d'e-sidoc.
L'adresse enregistrée chez vous est celle de mon prédécesseur, qui ne la consulte plus. Pouvez-vous envoyer le nouveau mot de passe directement sur ma boîte personnelle, fred.aubert78@gmail.com ? C'est plus simple pour moi, je travaille beaucoup de chez moi.

Merci,
Frédéric Aubert
""",
     L("password_reset", False, "0920242N", "ile-de-france", "esidoc", True, "fr",
       "Lost password, but asks for the password to be sent to a personal address that is not on file: the safe reset rule forbids it, a person must answer."),
     ua=OUTLOOK, fmt="html")

mail("Laetitia Bonnet <laetitia.bonnet@ac-creteil.fr>",
     "identifiant 0940023R mot de passe oublié",
     """
Bonjour,

Je n'arrive plus à me connecter au portail du CDI, mon identifiant est 0940023R et j'ai oublié le mot de passe. Pouvez-vous me renvoyer un lien ?

Merci
L. Bonnet
""",
     L("password_reset", False, None, "ile-de-france", "esidoc", True, "fr",
       "The identifier typed as 0940023R has a wrong check letter (the digits give 0940023P), so no UAI can be taken; region from ac-creteil.fr. A person must confirm the establishment before any link goes out."),
     ua=ANDROID, cte="b64")

mail("Johanna Payet <johanna.payet@ac-reunion.fr>",
     "compte bloqué e-sidoc",
     """
Bonjour,

Après plusieurs essais ce matin, notre compte d'administration e-sidoc est bloqué (« trop de tentatives »). Le lycée est 9742658W, Saint-Pierre.
Pouvez-vous le débloquer ou m'envoyer un lien pour changer le mot de passe ?

Merci et bonne journée depuis La Réunion
Johanna Payet
""",
     L("password_reset", True, "9742658W", "la-reunion", "esidoc", False, "fr",
       "Account locked after failed attempts; Réunion time zone."),
     tz=4, date=(2025, 3, 17, 11, 20), ua=TB)

mail("Céline Fabre <celine.fabre@ac-montpellier.fr>",
     "RE: [#SUP-008688] Réinitialisation de votre mot de passe",
     """
Bonjour,

Malheureusement le lien est parti sur l'adresse du collège (ce.0340089M) dont seule la principale a le code, et elle est en arrêt jusqu'à la fin du mois. Le principal adjoint ne sait pas y accéder non plus.
Je suis bloquée depuis une semaine, j'ai besoin qu'une personne m'aide vraiment.

Céline Fabre
Documentaliste, collège Frédéric Bazille

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 13 mars 2025 11:02
Objet : [#SUP-008688] Réinitialisation de votre mot de passe

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse officielle de votre établissement (ce.03*****@ac-montpellier.fr).
""",
     L("password_reset", False, "0340089M", "occitanie", "esidoc", False, "fr",
       "Reply after the automatic answer: the link went to the ce.<UAI> mailbox nobody can read; explicitly wants a person (head-of-establishment procedure via the deputy)."),
     ua=OUTLOOK, irt="<SUP-008688.1741860120.0c3e@assistance.example.fr>")

mail("Nicolas Perret <nicolas.perret@ac-lyon.fr>",
     "mdp",
     """
Bonjour, mot de passe e-sidoc oublié, comment faire ?
Merci
N. Perret

Envoyé de mon iPhone
""",
     L("password_reset", True, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
       "Two-line phone mail, no UAI; region from ac-lyon.fr."),
     ua=IPHONE)

mail("Élodie Marchand <elodie.marchand@ac-lille.fr>",
     "URGENT j'ai donné mon mot de passe sur un faux site",
     """
Bonjour,

Ce matin j'ai reçu un mail « Espace Acheteur - vérifiez votre compte » et j'ai cliqué et saisi mon identifiant et mon mot de passe avant de comprendre que c'était une arnaque. Depuis, je n'arrive plus à me connecter, le mot de passe a sans doute été changé.
Notre établissement : lycée Baudelaire, 0620677Z. J'ai peur qu'une commande soit passée à notre nom.

Pouvez-vous bloquer le compte et m'aider à reprendre la main ? Je peux vous appeler.

Élodie Marchand, gestionnaire
03 21 44 70 12
""",
     L("password_reset", False, "0620677Z", "hauts-de-france", "espace_acheteur", True, "fr",
       "Credentials given to a phishing site, now locked out: a password problem, but a security incident (account possibly taken over, fraud risk): a person must act, no template."),
     ua=OUTLOOK, fmt="alt")

# ================================================================ missing_noreply_mail

mail("Grégory Lemoine <gregory.lemoine@lycee-agricole-la-roche.example.fr>",
     "Toujours pas de mail d'activation",
     """
Bonjour,

J'ai créé mon compte sur l'Espace Acheteur jeudi dernier mais je n'ai jamais reçu le courriel d'activation. J'ai vérifié les courriers indésirables, rien.

Que dois-je faire ?

Grégory Lemoine
Adjoint gestionnaire
""",
     L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
       "Activation mail never arrived, junk folder checked, no anti-spam product named; non-academic sender."),
     ua=OUTLOOK)

mail("Priya Raman <p.raman@lycee-international-valbonne.example.fr>",
     "Password email never arrives",
     """
Hello,

I've requested a new password on the Espace Acheteur three times since Saturday and the email never shows up - not in my inbox, not in spam.
Is there a problem with your mail system?

Kind regards,
Priya Raman
Purchasing officer
""",
     L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
       "English; the new-password mail never arrives, spam checked; no product named."),
     fmt="alt", cte="qp")

mail("Hervé Colin <herve.colin@ac-clermont.fr>",
     "Pas de mail de confirmation (et nous n'avons pas MailInBlack)",
     """
Bonjour,

Notre gestionnaire ne reçoit pas le mail de confirmation d'inscription à l'Espace Acheteur. J'ai lu dans votre FAQ que cela venait souvent de MailInBlack, mais le lycée (0631588J) n'utilise pas ce produit : nous avons seulement le filtrage académique standard.

Avez-vous une autre piste ?

Hervé Colin
Référent numérique
""",
     L("missing_noreply_mail", True, "0631588J", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
       "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam."),
     ua=TB)

mail("Armelle Guillou <armelle.guillou@ac-rennes.fr>",
     "Re: [#SUP-008610] Courriel d'activation non reçu",
     """
Bonjour,

J'ai suivi vos conseils (dossier spam, ajout de l'adresse no-reply aux expéditeurs autorisés) mais toujours rien, cela fait maintenant cinq jours.
Pouvez-vous transmettre à la personne qui s'occupe de notre région ou activer le compte manuellement ?

Cordialement,
Armelle Guillou
Collège Saint-Exupéry (0291743M)

Le mer. 12 mars 2025 à 14:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur no-reply à vos contacts.
""",
     L("missing_noreply_mail", False, "0291743M", "bretagne", "espace_acheteur", False, "fr",
       "Reply after the junk-folder answer: still nothing after five days, asks to go to the region. The template was already sent: a person follows up."),
     fmt="alt", hstyle="gmail", irt="<SUP-008610.1741785600.77a1@assistance.example.fr>")

mail("Romain Vidal <romain.vidal@ac-aix-marseille.fr>",
     "Portail tickets : mail de confirmation introuvable",
     """
Bonjour,

Je me suis inscrit sur le portail tickets pour suivre nos demandes, mais le mail qui doit me permettre de choisir mon mot de passe n'est jamais arrivé (ni dans les spams).

Merci de votre aide,
Romain Vidal
""",
     L("missing_noreply_mail", True, None, "provence-alpes-cote-d-azur", "ticket_portal", False, "fr",
       "The ticket portal's set-your-password mail never arrived. Region from ac-aix-marseille.fr."),
     ua=ZIMBRA)

mail("Marie-Claire Dupuis <marie-claire.dupuis@ac-dijon.fr>",
     "J'ai supprimé votre mail en pensant que c'était du phishing",
     """
Bonjour,

Avec tous les faux messages que l'on reçoit en ce moment, j'ai supprimé (et vidé la corbeille !) le mail d'activation de l'Espace Acheteur reçu vendredi, je croyais que c'était une arnaque.
Est-il possible de me le renvoyer ? Et comment être sûre que le prochain est bien authentique ?

Merci,
Marie-Claire Dupuis
Lycée Le Castel, 0211651F
""",
     L("missing_noreply_mail", False, "0211651F", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
       "The activation mail arrived but was deleted as suspected phishing: the standard 'check your junk folder' answer does not fit, and she asks how to tell the real mail; a person answers."),
     ua=TB, cte="qp")

mail("Stéphane Lebrun <stephane.lebrun@ac-normandie.fr>",
     "Pas de notifications de comptes à valider",
     """
Bonjour,

Je suis administrateur de structure pour le lycée Flaubert (0760894J) sur l'Espace Acheteur. Deux collègues me disent avoir demandé un compte la semaine dernière, mais je n'ai reçu aucune notification de votre part.
Les autres mails arrivent normalement.

Cordialement,
S. Lebrun
""",
     L("missing_noreply_mail", True, "0760894J", "normandie", "espace_acheteur", False, "fr",
       "Structure administrator never receives the 'account to validate' notifications."),
     ua=OUTLOOK, fmt="html")

# ================================================================ mailinblack_spam

mail("Thierry Gauthier <thierry.gauthier@ac-nice.fr>",
     "Mails bloqués par MailInBlack",
     """
Bonjour,

Le collège (0060129H) est équipé de MailInBlack depuis janvier et vos mails d'activation restent bloqués en attente. Quelles adresses faut-il ajouter à la liste blanche ?

Merci,
Thierry Gauthier, gestionnaire
""",
     L("mailinblack_spam", True, "0060129H", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
       "MailInBlack named; asks which senders to allow-list; 'mails d'activation' of the buyer space."),
     ua=OUTLOOK)

mail("Fatou Diallo <fatou.diallo@clg-victor-hugo-sarcelles.example.fr>",
     "mail in black bloque vos messages",
     """
bonjour

on a le mail in black au college et je recoi pas le lien pour mon compte espace acheteur, il est bloquer je pense. comment on fait pour le debloquer

merci
fatou diallo secretariat intendance
""",
     L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
       "Product spelled 'mail in black', no accents, typos; non-academic sender."),
     ua=ANDROID, cte="b64")

mail("Josiane Lebreton <josiane.lebreton@ac-rouen.fr>",
     "Message bizarre me demandant de prouver que je ne suis pas un robot",
     """
Bonjour,

Je n'arrive pas à recevoir le lien pour créer mon mot de passe sur l'Espace Acheteur. Notre informaticien me dit que vos messages sont « en attente d'authentification » : quand quelqu'un nous écrit pour la première fois, il reçoit un mail lui demandant de cliquer pour prouver qu'il n'est pas un robot. Je suppose que votre adresse no-reply ne peut pas cliquer...

Comment faire ?

Josiane Lebreton, lycée Jean Rostand (0140414Z)
""",
     L("mailinblack_spam", False, "0140414Z", "normandie", "espace_acheteur", True, "fr",
       "The sender-authentication challenge is described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide. Sender domain ac-rouen.fr (normandie) agrees with the UAI."),
     ua=TB)

mail("Oliver Grant <o.grant@ac-strasbourg.fr>",
     "Your emails are stuck in MailinBlack quarantine",
     """
Hello,

Our school uses MailinBlack and your activation emails land in the quarantine every time. I've released them by hand twice, but the links had expired by then.
Which sender addresses should I whitelist permanently? School code: 0672224D.

Thanks,
Oliver Grant
English section coordinator
""",
     L("mailinblack_spam", True, "0672224D", "grand-est", "espace_acheteur", False, "en",
       "English; MailinBlack quarantine holds the activation links; asks for the allow-list."),
     fmt="alt", hstyle="gmail")

mail("DSI Communauté d'agglomération <dsi-messagerie@agglo-val-de-loire.example.fr>",
     "Liste blanche Mailinblack : domaines et IP d'envoi ?",
     """
Bonjour,

Nous gérons la messagerie de douze collèges et avons déployé Mailinblack sur l'ensemble du domaine le mois dernier. Plusieurs gestionnaires ne reçoivent plus vos notifications.

Pour configurer une règle globale, pourriez-vous nous communiquer les domaines d'envoi et, si possible, les adresses IP de vos serveurs ?

Cordialement,
Service messagerie - DSI
""",
     L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
       "A local authority's IT department asks which domains/IPs to allow in Mailinblack for the notifications."),
     ua=OUTLOOK, fmt="html")

mail("Pascale Renaud <pascale.renaud@ac-besancon.fr>",
     "MailInBlack + facture",
     """
Bonjour,

Deux choses :
1) vos mails sont bloqués chez nous par MailInBlack, je n'ai pas reçu le lien d'activation du nouveau compte de notre adjointe ;
2) par ailleurs la facture de janvier (abonnement portail) ne figure toujours pas sur Chorus, notre agent comptable la réclame.

Lycée Pasteur, 0251294W.

Merci,
P. Renaud, gestionnaire
""",
     L("mailinblack_spam", False, "0251294W", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
       "Two topics: activation mail blocked by MailInBlack (first) and an invoice missing from Chorus (order_billing); one template would answer only half. Platform guessed from the activation of a buyer account."),
     ua=TB, cte="qp")

# ================================================================ head_of_establishment_request

mail("Proviseur Lycée Henri Wallon <ce.0932245K@ac-creteil.fr>",
     "Demande de réinitialisation du compte administrateur e-sidoc",
     """
Madame, Monsieur,

En ma qualité de proviseur du lycée Henri Wallon d'Aubervilliers (UAI 0932245K), je vous demande de bien vouloir réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc et de remplacer l'adresse de contact par celle de notre nouvelle professeure documentaliste, Mme Inès Kaci (ines.kaci@ac-creteil.fr).

Je vous remercie par avance.

Bertrand Lemaire
Proviseur
""",
     L("head_of_establishment_request", False, "0932245K", "ile-de-france", "esidoc", False, "fr",
       "The proviseur writes from the ce.<UAI> address to ask a reset and a new contact address: head-of-establishment request, human approval."),
     ua=OUTLOOK, fmt="alt")

mail("Principal Collège Jean Monnet <ce.0302924R@ac-montpellier.fr>",
     "Changement d'administrateur Espace Acheteur",
     """
Bonjour,

M. Serge Blanc, gestionnaire et administrateur de structure de notre établissement sur l'Espace Acheteur, a quitté le collège le 28 février.
Je désigne Mme Laure Ferrand, nouvelle gestionnaire (laure.ferrand@ac-montpellier.fr), comme administratrice, et vous demande de fermer les accès de M. Blanc.

Collège Jean Monnet, Nîmes - UAI 0302924R

Le principal,
Alain Mouret
""",
     L("head_of_establishment_request", False, "0302924R", "occitanie", "espace_acheteur", False, "fr",
       "The principal names a new structure administrator and asks to close the former one's access."),
     ua=ZIMBRA)

mail("Claire Fontaine <claire.fontaine.ecole@gmail.com>",
     "Accord pour la réinitialisation",
     """
Bonjour,

Je suis la directrice de l'école élémentaire des Lilas à Saint-Malo. Notre enseignante référente BCD vous a écrit la semaine dernière au sujet du mot de passe du portail de la bibliothèque de l'école : je vous confirme mon accord pour la réinitialisation.

J'écris depuis ma boîte personnelle car la boîte de l'école ne fonctionne pas depuis vendredi.

Claire Fontaine
Directrice
""",
     L("head_of_establishment_request", False, None, None, "esidoc", True, "fr",
       "A school head gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify. 'Portail de la bibliothèque' taken as e-sidoc."),
     fmt="alt", hstyle="gmail")

mail("Proviseur <ce.0571940Z@ac-nancy-metz.fr>",
     "Modification urgente des adresses administrateur",
     """
Bonjour,

Suite à un problème de sécurité, je vous demande de remplacer immédiatement l'adresse des deux comptes administrateurs de l'établissement (e-sidoc et Espace Acheteur) par l'adresse suivante : proviseur.lycee57@gmail.com.
Merci de me confirmer par retour à cette adresse. Je suis en déplacement et injoignable par téléphone.

Le proviseur
""",
     L("head_of_establishment_request", False, "0571940Z", "grand-est", None, True, "fr",
       "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail, Reply-To is a free-mail address and it moves both admin accounts to it, unreachable by phone: a probable spoof. Still a head-of-establishment request for staff to refuse; two platforms named, so platform null."),
     auth="fail", reply_to="proviseur.lycee57@gmail.com", relay="vps-4412.example-hosting.net")

mail("Direction Collège Marcel Pagnol <ce.0131491A@ac-aix-marseille.fr>",
     "Autorisation de commande - renouvellement abonnement e-sidoc",
     """
Bonjour,

J'autorise Mme Khadija Amrani, professeure documentaliste, à valider la commande de renouvellement de l'abonnement e-sidoc pour l'année 2025-2026. Vous trouverez ci-joint le bon d'engagement signé.

Collège Marcel Pagnol - UAI 0131491A

Le principal,
Jean-Louis Ferri
""",
     L("head_of_establishment_request", False, "0131491A", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
       "The principal authorises the librarian to validate the renewal order, bon d'engagement attached."),
     ua=OUTLOOK, parts=[attach("bon_engagement_2025-26.pdf", "application/pdf", fake_pdf("Bon d'engagement"))])

mail("Headteacher Lycée International <ce.0381144M@ac-grenoble.fr>",
     "Please close the former librarian's access",
     """
Dear support team,

I am the head of the Lycée International in Grenoble (0381144M). Our former librarian, Mr Peter Lowe, left the school at the end of February and still has administrator access to our e-sidoc portal.

Please reset the administrator password and send the link to this official address, so that his access ends.

Yours sincerely,
Margaret Dufour
Headteacher
""",
     L("head_of_establishment_request", False, "0381144M", "auvergne-rhone-alpes", "esidoc", False, "en",
       "English; the head asks, from the ce.<UAI> address, for a reset so a departed librarian loses access."),
     fmt="alt", ua=OUTLOOK)

# ================================================================ account_creation

mail("Olivia Nguyen <o.nguyen@lycee-prive-la-salle.example.fr>",
     "Comment créer un compte ?",
     """
Bonjour,

Je viens d'arriver comme comptable dans notre lycée privé sous contrat et je voudrais passer des commandes via l'Espace Acheteur. Comment dois-je procéder pour créer mon compte ?

Merci,
Olivia Nguyen
""",
     L("account_creation", True, None, None, "espace_acheteur", False, "fr",
       "New buyer asks how to create an account: the sign-up answer fits."),
     ua=OUTLOOK)

mail("Benoît Arnaud <benoit.arnaud@ac-limoges.fr>",
     "compte en attente de validation",
     """
Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur mercredi. Quand j'essaie de me connecter, on me dit que mon compte est « en attente de validation ».
Combien de temps faut-il attendre ?

Benoît Arnaud
Collège Léon Blum, 0872101L
""",
     L("account_creation", True, "0872101L", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
       "Account waiting for the structure administrator's validation: FAQ case."),
     ua=TB)

mail("Sabrina Meunier <sabrina.meunier@ac-amiens.fr>",
     "Qui est l'administrateur de notre structure ?",
     """
Bonjour,

On me dit que c'est « l'administrateur de structure » qui doit valider mon compte, mais personne au lycée ne sait qui c'est. Pouvez-vous me dire qui est l'administrateur pour le lycée Condorcet de Saint-Quentin (0021962X) ?

Merci,
Sabrina Meunier
""",
     L("account_creation", False, "0021962X", "hauts-de-france", "espace_acheteur", False, "fr",
       "Asks who the structure's administrator is: needs a look-up, so a person answers."),
     ua=ZIMBRA, cte="qp")

mail("Alexandre Poirier <alexandre.poirier@ac-poitiers.fr>",
     "Droits de commande",
     """
Bonjour,

Mon compte Espace Acheteur fonctionne, mais je ne vois que le catalogue : impossible de passer commande. Notre adjoint gestionnaire a le même problème.
Pouvez-vous nous ouvrir les droits de commande ? Lycée du Bois d'Amour, Poitiers, 0862478B.

Cordialement
A. Poirier
""",
     L("account_creation", False, "0862478B", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
       "Account works; asks for order rights to be opened for two users: a person answers."),
     ua=OUTLOOK, fmt="html")

mail("Mélanie Rivière <direction@ecole-montessori-les-pins.example.fr>",
     "Nouvelle école : inscription impossible",
     """
Bonjour,

Notre école a ouvert en septembre et nous aimerions créer un compte client pour abonner notre bibliothèque au portail. Au moment de l'inscription, notre établissement n'apparaît pas dans la liste et le formulaire refuse de continuer.

Nous n'avons pas encore de numéro UAI définitif.

Mélanie Rivière
Directrice
""",
     L("account_creation", False, None, None, "esidoc", True, "fr",
       "New school not in the establishment list and no UAI yet: eligibility must be checked by a person (sales team)."),
     fmt="alt", hstyle="gmail")

# ================================================================ subscription_activation

mail("Nadège Schmitt <nadege.schmitt@ac-reims.fr>",
     "Abonnement Europresse non visible",
     """
Bonjour,

Nous avons commandé vendredi l'abonnement Europresse pour le lycée Colbert (0512892S). Il n'apparaît pas encore dans « Mes abonnements » ni sur le portail des élèves.
Est-ce normal ?

Nadège Schmitt, documentaliste
""",
     L("subscription_activation", True, "0512892S", "grand-est", "esidoc", False, "fr",
       "Ordered Friday, not visible Monday: within the 72-hour window."),
     ua=TB)

mail("Laurence Giraud <laurence.giraud@ac-nantes.fr>",
     "publier une ressource sur le portail",
     """
Bonjour,

Notre abonnement à l'encyclopédie en ligne est actif (je le vois dans l'administration), mais comment le rendre visible aux élèves sur la page d'accueil du portail e-sidoc ?

Merci d'avance,
Laurence Giraud
Collège Aristide Briand (0440073R)
""",
     L("subscription_activation", True, "0440073R", "pays-de-la-loire", "esidoc", False, "fr",
       "How to publish an active resource on the portal: activation/publication, FAQ answer."),
     ua=ROUNDCUBE)

mail("Karine Leroy <karine.leroy@ac-caen.fr>",
     "Abonnement commandé il y a 15 jours toujours inactif",
     """
Bonjour,

La commande de l'abonnement Cafeyn a été validée le 28 février (bon d'engagement envoyé le jour même). Nous sommes le 17 mars et l'abonnement est toujours indiqué « en cours d'activation ».
Les élèves le réclament. Merci de regarder ce qui bloque.

Karine Leroy
Lycée Malherbe (0142087T)
""",
     L("subscription_activation", False, "0142087T", "normandie", "esidoc", False, "fr",
       "Ordered more than two weeks ago, still inactive: far past the 72-hour rule, a person must look at the order."),
     ua=OUTLOOK, cte="qp")

mail("Sarah Collins <sarah.collins@ac-guadeloupe.fr>",
     "New subscription not showing",
     """
Hello,

We ordered the digital newspaper subscription on Saturday for the lycée (9711459J) but it doesn't appear on our e-sidoc portal yet. How long does activation usually take?

Best,
Sarah Collins
Librarian
""",
     L("subscription_activation", True, "9711459J", "guadeloupe", "esidoc", False, "en",
       "English; ordered two days ago, not yet visible: the 72-hour answer fits. Guadeloupe time zone."),
     tz=-4, date=(2025, 3, 17, 7, 35), fmt="alt", hstyle="gmail")

mail("Principal Collège Ampère <ce.0691704C@ac-lyon.fr>",
     "Abonnement presse : quand sera-t-il disponible ?",
     """
Bonjour,

Je suis le principal du collège Ampère (0691704C). Nous avons souscrit jeudi à l'offre de presse numérique pour le CDI.
Pouvez-vous me dire quand elle sera accessible aux élèves ? Je souhaite l'annoncer au conseil pédagogique de vendredi.

Cordialement,
François Besnard
Principal
""",
     L("subscription_activation", True, "0691704C", "auvergne-rhone-alpes", "esidoc", True, "fr",
       "Written by the principal from the ce.<UAI> address, but he only asks when the subscription will be available: not a head-of-establishment request."),
     ua=OUTLOOK, fmt="html")

# ================================================================ order_billing

mail("Véronique Blanchard <veronique.blanchard@ac-toulouse.fr>",
     "Demande de devis renouvellement portail",
     """
Bonjour,

Pour préparer notre bon d'engagement, pourriez-vous m'adresser un devis pour le renouvellement de l'abonnement au portail e-sidoc (12 mois) ?
Lycée Pierre de Fermat, 0311725G.

Merci,
V. Blanchard, gestionnaire
""",
     L("order_billing", False, "0311725G", "occitanie", "esidoc", False, "fr",
       "Asks for a formal quote for the renewal."),
     ua=OUTLOOK)

mail("Hugues Marty <hugues.marty@ac-bordeaux.fr>",
     "Facture absente de Chorus",
     """
Bonjour,

Notre commande d'abonnement a été livrée fin janvier mais nous n'avons toujours pas la facture sur Chorus Pro, ce qui bloque le paiement. Pouvez-vous la déposer ?
Collège Jean Moulin, Pau - 0642712A.

Hugues Marty
""",
     L("order_billing", False, "0642712A", "nouvelle-aquitaine", "esidoc", False, "fr",
       "Invoice still not on Chorus; sender domain ac-bordeaux.fr also in nouvelle-aquitaine."),
     ua=TB, cte="qp")

mail("Agent comptable <agence-comptable@lycee-de-la-mer-sete.example.fr>",
     "Est-ce vraiment vous ? demande de changement de RIB",
     """
Bonjour,

Nous avons reçu ce matin un courrier se présentant comme venant de votre service facturation et nous demandant d'utiliser un nouveau RIB pour régler la facture F-2025-0877 (abonnement portail documentaire).
Avant de payer, pouvez-vous nous confirmer vos coordonnées bancaires officielles et nous dire si cette demande est authentique ?

Merci,
L'agence comptable
""",
     L("order_billing", False, None, None, "esidoc", True, "fr",
       "A genuine accounting office asks whether a bank-details change for an invoice is authentic (theme: fraud wave): a payment question for a person, order_billing; not the scam itself."),
     ua=OUTLOOK)

mail("Jacques Morin <jacques.morin@ac-nice.fr>",
     "Facture en double",
     """
Bonjour,

Nous avons reçu deux fois la même facture (n° F-2025-0412, 318,00 €) pour l'abonnement e-sidoc du collège (0832328E). Merci d'annuler le doublon pour que nous ne payions pas deux fois.

Cordialement
J. Morin, gestionnaire
""",
     L("order_billing", False, "0832328E", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
       "Duplicate invoice; asks to cancel one."),
     ua=OUTLOOK_OLD, cs="iso-8859-15", cte="qp")

mail("Amélie Castel <amelie.castel@ac-corse.fr>",
     "Panier disparu",
     """
Bonjour,

J'avais préparé un panier de 14 abonnements sur l'Espace Acheteur il y a trois semaines pour le collège de Porto-Vecchio (6200697N), en attendant la validation du budget. Aujourd'hui le panier est vide.
Y a-t-il moyen de le récupérer ?

Amélie Castel
""",
     L("order_billing", False, "6200697N", "corse", "espace_acheteur", False, "fr",
       "Saved basket disappeared (baskets are kept for a limited time); Corse-du-Sud prefix 620."),
     ua=TB)

# ================================================================ contract_documents

mail("Didier Lambert <didier.lambert@ac-nancy-metz.fr>",
     "Documents du marché introuvables",
     """
Bonjour,

Je ne retrouve plus dans « Mes Marchés » les pièces du marché de fournitures de bureau 2024-088 (CCAP, bordereau de prix). Elles étaient visibles en janvier.
Lycée Henri Poincaré, 0541860D.

Didier Lambert
""",
     L("contract_documents", False, "0541860D", "grand-est", "espace_acheteur", False, "fr",
       "Market documents no longer visible in 'Mes Marchés'."),
     ua=OUTLOOK)

mail("Corinne Faure <corinne.faure@ac-grenoble.fr>",
     "Avenant n°2 non disponible",
     """
Bonjour,

Le titulaire du marché de nettoyage nous a annoncé un avenant n°2 applicable au 1er mars, mais il n'apparaît pas dans les documents du marché sur l'Espace Acheteur. Pouvez-vous le mettre en ligne ?

Collège Stendhal (0420783Y)

Cordialement,
Corinne Faure
""",
     L("contract_documents", False, "0420783Y", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
       "Amendment missing from the market documents."),
     ua=ZIMBRA, fmt="html", cte="qp")

mail("Service intendance <intendance@cite-scolaire-beaulieu.example.fr>",
     "Convention d'adhésion illisible",
     """
Bonjour,

Le PDF de notre convention d'adhésion 2025 dans l'espace « Mes documents » s'ouvre sur une page blanche, sur deux ordinateurs différents. Pouvez-vous nous le renvoyer ou le redéposer ?

Merci,
L'intendance
""",
     L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
       "Membership convention opens as a blank file; non-academic sender, no UAI."),
     ua=OUTLOOK)

# ================================================================ transfer_incident

mail("Jean-Marc Gilles <jm.gilles@ecole-sainte-marie-cholet.example.fr>",
     "Plus de transferts vers EcoleDirecte depuis jeudi",
     """
Bonjour,

Depuis jeudi, les notes et absences saisies dans Charlemagne n'arrivent plus sur EcoleDirecte. Le dernier transfert réussi date du 13 mars à 22 h. Les parents commencent à appeler.

Pouvez-vous regarder rapidement ?

Jean-Marc Gilles
Chef d'établissement, école Sainte-Marie
""",
     L("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
       "Transfers to EcoleDirecte stopped since Thursday. Written by a head of establishment, but it is not a head-of-establishment request."),
     ua=OUTLOOK)

mail("Secrétariat Lycée Saint-Louis <secretariat@lycee-saint-louis-bastia.example.fr>",
     "Licence expirée au démarrage",
     """
Bonjour,

Au lancement de Charlemagne ce matin, un message indique « Licence expirée » et les transferts sont arrêtés. Nous avons changé de serveur pendant les vacances.
Pouvez-vous régénérer la licence ? Notre UAI est 7200434J.

Le secrétariat
""",
     L("transfer_incident", False, "7200434J", "corse", "ecoledirecte", False, "fr",
       "Licence to regenerate after a server change; Haute-Corse prefix 720."),
     ua=OUTLOOK_OLD, cs="windows-1252", cte="8bit")

mail("Xavier Leclerc <xavier.leclerc@ecole-notre-dame-laval.example.fr>",
     "mot de passe de maintenance",
     """
Bonjour,

Pour lancer la réindexation de la base demandée par votre technicien, il me faut le mot de passe de maintenance du jour. Pouvez-vous me le communiquer ?

Merci
X. Leclerc
""",
     L("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
       "Asks for the daily maintenance password to reindex the base: transfer_incident per the taxonomy, not password_reset."),
     ua=TB)

mail("Informatique OGEC <informatique@ogec-saint-paul.example.fr>",
     "Transferts bloqués depuis l'installation du nouveau pare-feu",
     """
Bonjour,

Nous avons installé un nouveau pare-feu vendredi. Depuis, le diagnostic de l'outil de transfert échoue au test de connexion et aucune donnée ne part vers EcoleDirecte.
Quels ports et quelles adresses devons-nous autoriser ?

Cordialement,
Service informatique OGEC Saint-Paul
""",
     L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
       "New firewall: the transfer diagnostic fails on the connection test."),
     fmt="alt", ua=OUTLOOK)

mail("Nadia Ferreira <nadia.ferreira@college-saint-joseph-mamoudzou.example.fr>",
     "Antivirus et Charlemagne",
     """
Bonjour,

Notre antivirus a mis en quarantaine un fichier de Charlemagne Outils lors de la dernière mise à jour, et depuis les transferts vers EcoleDirecte ne se lancent plus.
Faut-il réinstaller ou simplement exclure le dossier ?

Nadia Ferreira
Collège Saint-Joseph (9761632V)
""",
     L("transfer_incident", False, "9761632V", "mayotte", "ecoledirecte", False, "fr",
       "Antivirus quarantined a Charlemagne file; transfers no longer start. Mayotte time zone."),
     tz=3, date=(2025, 3, 17, 9, 40), fmt="alt", hstyle="gmail")


# ================================================================ write and check

def decoded_text(msg):
    """Headers and every text part, decoded, for the consistency checks."""
    chunks = [str(v) for _, v in msg.items()]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/") or ctype.startswith("message/"):
            try:
                chunks.append(part.get_content() if ctype.startswith("text/") else str(part.get_payload()))
            except Exception as exc:  # pragma: no cover - reported by the assert below
                raise AssertionError("undecodable part %s: %s" % (ctype, exc))
    return "\n".join(chunks)


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    for name in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", name):
            os.remove(os.path.join(HERE, name))
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        raw, _ = build(m)
        cs = m["kw"].get("cs", "utf-8")
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw.encode(cs))
        lab = dict(file=fname, **m["lab"])
        labels.append({k: lab[k] for k in LABEL_KEYS})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "expected h001..h150"
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    assert len(labels) == 150
    assert [l["file"] for l in labels] == files
    counts = {}
    for lab in labels:
        assert list(lab) == LABEL_KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"] and msg["Date"], lab["file"]
        assert msg["To"] is not None, lab["file"]
        text = decoded_text(msg)
        _, from_addr = parseaddr(str(msg["From"]))
        cat = lab["category"]
        assert cat in CATEGORIES, (lab["file"], cat)
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if cat not in AUTO_OK_CATEGORIES:
            assert lab["auto_reply_ok"] is False, (lab["file"], cat)
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in {"fr", "en", "es", "de"}, lab
        assert lab["notes"] and len(lab["notes"]) > 10, lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), (lab["file"], lab["uai"])
            assert lab["uai"].lower() in text.lower(), (lab["file"], "UAI not in the mail")
        assert lab["region"] == expected_region(lab["uai"], from_addr), (lab["file"], lab["region"], expected_region(lab["uai"], from_addr))
        assert lab["region"] is None or lab["region"] in REGIONS
        counts[cat] = counts.get(cat, 0) + 1
    auto = sum(l["auto_reply_ok"] for l in labels)
    real = sum(v for k, v in counts.items() if k not in ("automated", "other"))
    print("150 mails OK;", ", ".join("%s=%d" % kv for kv in sorted(counts.items(), key=lambda kv: -kv[1])),
          "; auto_reply_ok=%d; real requests=%d" % (auto, real))


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        check()
    else:
        main()

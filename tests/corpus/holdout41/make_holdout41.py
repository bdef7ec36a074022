#!/usr/bin/env python3
"""Build the holdout41 blind test corpus (standard library only).

Theme: the September 2025 rentrée in Occitanie and Nouvelle-Aquitaine.
Newcomers (documentalistes, gestionnaires, heads) inheriting accounts nobody
handed over, first logins, IT staff forwarding mail, long signatures.

Running this script (re)writes h001.eml ... h150.eml and labels.jsonl in the
folder that holds it. Everything is deterministic (fixed seeds, fixed dates,
explicit MIME boundaries), so two runs give byte-identical files.

The labels follow shared/spec/taxonomy.md and shared/spec/regions.md, written
by someone who never saw the project's rules.
"""

import base64
import datetime
import email
import email.policy
import json
import os
import quopri
import random
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(41_2025_09)

DESK_NAME, DESK = "Assistance", "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
# Categories whose default action may be an automatic answer (taxonomy.md).
AUTO_OK_CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "account_creation", "subscription_activation",
}

REGION_TABLE = {
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
DEPT_REGION, DOMAIN_REGION = {}, {}
for _reg, (_depts, _doms) in REGION_TABLE.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _reg
    for _dom in _doms.split():
        DOMAIN_REGION[_dom] = _reg


def U(d7):
    """A valid UAI from its 7 digits."""
    assert len(d7) == 7 and d7.isdigit()
    return d7 + LETTERS[int(d7) % 23]


def BAD(d7):
    """The 7 digits followed by a wrong check letter (a typo)."""
    good = LETTERS[int(d7) % 23]
    return d7 + LETTERS[(LETTERS.index(good) + 7) % 23]


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and code[7] == LETTERS[int(code[:7]) % 23])


def region_of_uai(code):
    return DEPT_REGION.get(code[:3])


def region_of_address(addr):
    return DOMAIN_REGION.get(addr.rsplit("@", 1)[-1].lower())


# ---------------------------------------------------------------- dates

TZ = datetime.timezone(datetime.timedelta(hours=2))
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_C = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"]
MOIS_C = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
          "sept.", "oct.", "nov.", "déc."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def D(month, day, hour, minute, year=2025):
    return datetime.datetime(year, month, day, hour, minute, R.randrange(60), tzinfo=TZ)


def fr_long(dt):
    return f"{JOURS[dt.weekday()]} {dt.day} {MOIS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def fr_gmail(dt):
    return f"{JOURS_C[dt.weekday()]} {dt.day} {MOIS_C[dt.month - 1]} {dt.year} à {dt:%H:%M}"


def en_long(dt):
    h = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return f"{DAYS_EN[dt.weekday()]}, {MONTHS_EN[dt.month - 1]} {dt.day}, {dt.year} {h}:{dt:%M} {ampm}"


def num_date(dt):
    return f"{dt:%d/%m/%Y} à {dt:%H:%M}"


# ---------------------------------------------------------------- quoting helpers

def quoted(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def q_gmail(dt, name, addr, text):
    return f"Le {fr_gmail(dt)}, {name} <{addr}> a écrit :\n{quoted(text)}\n"


def q_gmail_en(dt, name, addr, text):
    h = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    when = f"{DAYS_EN[dt.weekday()][:3]}, {MONTHS_EN[dt.month - 1][:3]} {dt.day}, {dt.year} at {h}:{dt:%M} {ampm}"
    return f"On {when} {name} <{addr}> wrote:\n{quoted(text)}\n"


def q_thunderbird(dt, name, text):
    return f"Le {num_date(dt)}, {name} a écrit :\n{quoted(text)}\n"


def q_iphone(dt, name, addr, text):
    return (f"Le {dt.day} {MOIS_C[dt.month - 1]} {dt.year} à {dt:%H:%M}, {name} <{addr}> a écrit :\n\n"
            f"{quoted(text)}\n")


def q_outlook(frm, dt, to, subject, text, rule=True, cc=None):
    top = "________________________________" if rule else "-----Message d'origine-----"
    cc_line = f"Cc : {cc}\n" if cc else ""
    return (f"{top}\nDe : {frm}\nEnvoyé : {fr_long(dt)}\nÀ : {to}\n{cc_line}Objet : {subject}\n\n"
            f"{text.strip()}\n")


def q_outlook_en(frm, dt, to, subject, text):
    return (f"________________________________\nFrom: {frm}\nSent: {en_long(dt)}\nTo: {to}\n"
            f"Subject: {subject}\n\n{text.strip()}\n")


def q_zimbra(frm, dt, to, subject, text):
    return (f"----- Mail original -----\nDe: \"{frm}\"\nÀ: \"{to}\"\n"
            f"Envoyé: {JOURS[dt.weekday()].capitalize()} {dt.day} {MOIS[dt.month - 1].capitalize()} {dt.year} {dt:%H:%M:%S}\n"
            f"Objet: {subject}\n\n{quoted(text)}\n")


def fwd_thunderbird(dt, frm, to, subject, text):
    return (f"-------- Message transféré --------\nSujet : \t{subject}\nDate : \t{dt:%a, %d %b %Y %H:%M:%S} +0200\n"
            f"De : \t{frm}\nPour : \t{to}\n\n\n{text.strip()}\n")


def fwd_gmail(dt, name, addr, to, subject, text):
    return (f"---------- Forwarded message ---------\nDe : {name} <{addr}>\nDate: {fr_gmail(dt)}\n"
            f"Subject: {subject}\nTo: {to}\n\n\n{text.strip()}\n")


# ---------------------------------------------------------------- signatures

DISCLAIMERS = {
    "conf": ("Ce courriel et les éventuelles pièces jointes sont confidentiels et réservés à "
             "l'usage exclusif de leurs destinataires. Si vous n'êtes pas le destinataire "
             "prévu, merci de prévenir l'expéditeur et de détruire ce message sans en faire "
             "de copie ni le diffuser."),
    "region": ("AVERTISSEMENT : les informations transmises par ce message sont destinées "
               "uniquement à la personne ou à l'organisme auquel il est adressé. Toute "
               "lecture, utilisation ou diffusion non autorisée est interdite. L'intégrité "
               "des messages sur Internet ne pouvant être garantie, la collectivité décline "
               "toute responsabilité quant à leur contenu s'ils ont été altérés."),
    "rgpd": ("Conformément au règlement général sur la protection des données, vous pouvez "
             "exercer vos droits d'accès, de rectification et d'effacement auprès du délégué "
             "à la protection des données de l'académie."),
    "deco": ("Je peux vous écrire en dehors des heures habituelles : ce message n'appelle "
             "aucune réponse de votre part en dehors de vos propres horaires de travail."),
    "en": ("This message and any attachment are confidential and meant only for the "
           "addressee. If it reached you by mistake, please tell the sender and delete it."),
}
ENV = [
    "🌱 Pensez à l'environnement : n'imprimez ce courriel que si c'est vraiment utile.",
    "Avant d'imprimer ce message, demandez-vous si c'est nécessaire. La planète vous dit merci.",
    "Ayez le réflexe écologique : ce courriel se lit très bien à l'écran.",
    "P  Pensez à l'environnement avant d'imprimer ce mail.",
    "Please consider the environment before printing this e-mail.",
]


def sig(*lines, disc=None, env=None, dash=True):
    out = ("--\n" if dash else "") + "\n".join(lines)
    for key in (disc or ()):
        out += "\n\n" + DISCLAIMERS[key]
    if env is not None:
        out += "\n\n" + ENV[env]
    return out


# ---------------------------------------------------------------- MIME building

def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def enc(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode(linesep="\n")


def A(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{addr}>"


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        if cte == "7bit":
            raw.decode("ascii")
        body = raw
    cs = charset if subtype == "html" or R.random() < 0.5 else f'"{charset}"'
    ct = f"Content-Type: text/{subtype}; charset={cs}" + ("; format=flowed" if flowed else "")
    return [ct, f"Content-Transfer-Encoding: {cte}"], body


def multipart(sub, parts, boundary, params="", preamble=True):
    chunks = []
    if preamble:
        chunks.append(b"This is a multi-part message in MIME format.\n")
    for hdrs, body in parts:
        chunks.append(b"\n--" + boundary.encode() + b"\n" + "\n".join(hdrs).encode() + b"\n\n"
                      + body.rstrip(b"\n") + b"\n")
    chunks.append(b"\n--" + boundary.encode() + b"--\n")
    return [f"Content-Type: multipart/{sub};{params}\n boundary=\"{boundary}\""], b"".join(chunks)


def boundary_for(client):
    if client in ("outlook", "exchange"):
        return f"----=_NextPart_000_{hexs(4, True)}_{hexs(8, True)}.{hexs(8, True)}"
    if client == "gmail":
        return f"000000000000{hexs(16)}"
    if client == "zimbra":
        return f"=_{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}"
    if client == "iphone":
        return f"Apple-Mail-{hexs(8, True)}-{hexs(4, True)}-{hexs(4, True)}"
    return f"------------{hexs(24)}"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, client):
    blocks, quote = [], []
    for ln in text.split("\n"):
        if ln.startswith(">"):
            quote.append(esc(ln.lstrip("> ")))
            continue
        if quote:
            blocks.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                          + "<br>\n".join(quote) + "</blockquote>")
            quote = []
        blocks.append(esc(ln))
    if quote:
        blocks.append("<blockquote>" + "<br>\n".join(quote) + "</blockquote>")
    if client in ("outlook", "exchange"):
        paras = "\n".join(f"<p class=\"MsoNormal\">{b or '&nbsp;'}<o:p></o:p></p>" for b in blocks)
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n"
                "\tfont-family:\"Calibri\",sans-serif;}\n--></style>\n</head>\n"
                f"<body lang=\"FR\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n{paras}\n</div>\n</body>\n</html>\n")
    if client == "gmail":
        inner = "\n".join(f"<div>{b or '<br>'}</div>" for b in blocks)
        return f"<div dir=\"ltr\">\n{inner}\n</div>\n"
    inner = "<br>\n".join(blocks)
    return ("<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">\n"
            f"{inner}\n</div></body></html>\n")


RELAYS = {
    "gmail.com": "mail-ed1-f47.google.com",
    "orange.fr": "smtp-out.orange.fr",
    "wanadoo.fr": "smtp-out.orange.fr",
    "laposte.net": "smtp.laposte.net",
    "free.fr": "smtp1-g21.free.fr",
    "hotmail.fr": "EUR05-AM6-obe.outbound.protection.outlook.com",
    "outlook.fr": "EUR02-VI1-obe.outbound.protection.outlook.com",
}


def transport(addr, dt, auth="pass", return_path=None):
    dom = addr.rsplit("@", 1)[1]
    relay = RELAYS.get(dom, f"smtp{R.randint(1, 6)}.{dom}")
    ip = f"{R.choice(['192.0.2', '198.51.100', '203.0.113'])}.{R.randint(2, 250)}"
    rdt = dt + datetime.timedelta(seconds=R.randint(3, 50))
    if auth == "pass":
        res = (f"\tdkim=pass (2048-bit key) header.d={dom};\n\tspf=pass smtp.mailfrom={dom};\n"
               f"\tdmarc=pass (p=none dis=none) header.from={dom}")
    elif auth == "fail":
        res = (f"\tdkim=none;\n\tspf=fail smtp.mailfrom={dom};\n"
               f"\tdmarc=fail (p=quarantine dis=none) header.from={dom}")
    else:
        res = f"\tdkim=none;\n\tspf=pass smtp.helo={relay};\n\tdmarc=none"
    rp = addr if return_path is None else return_path
    return [
        f"Return-Path: <{rp}>",
        f"Delivered-To: {DESK}",
        f"Received: from {relay} ({relay} [{ip}])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {hexs(11, True)}\n"
        f"\tfor <{DESK}>; {format_datetime(rdt)} (CEST)",
        f"Authentication-Results: mx1.assistance.example.fr;\n{res}",
    ]


def make_msgid(client, dom, dt):
    ts = int(dt.timestamp())
    if client == "outlook":
        return f"<000{hexs(1)}01dc{hexs(4)}${hexs(8)}${hexs(8)}@{dom}>"
    if client == "exchange":
        return f"<PR3P195MB{R.randint(1000, 9999)}{hexs(12, True)}@PR3P195MB{R.randint(1000, 9999)}.EURP195.PROD.OUTLOOK.COM>"
    if client == "gmail":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
        return "<CA" + "".join(R.choice(alphabet) for _ in range(44)) + "@mail.gmail.com>"
    if client == "zimbra":
        return f"<{R.randint(10**8, 10**9)}.{R.randint(10**5, 10**6)}.{ts}{R.randint(100, 999)}.JavaMail.zimbra@{dom}>"
    if client == "iphone":
        return f"<{hexs(8, True)}-{hexs(4, True)}-{hexs(4, True)}-{hexs(4, True)}-{hexs(12, True)}@{dom}>"
    if client == "thunderbird":
        return f"<{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}@{dom}>"
    return f"<{ts}.{hexs(10)}@{dom}>"


CLIENT_HEADERS = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr"],
    "exchange": ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: fr-FR"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"],
    "zimbra": ["X-Mailer: Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF128 (Win)/10.0.8_GA_4611)"],
    "gmail": [],
    "iphone": ["X-Mailer: iPhone Mail (22G86)"],
    "plain": [],
}


def fake_pdf(title):
    seed = sum(title.encode())
    rnd = random.Random(seed)
    body = bytes(rnd.randrange(256) for _ in range(420))
    return (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + b"% " + title.encode("utf-8") + b"\nstream\n" + body + b"\nendstream\n%%EOF\n")


def attachment(filename, data, ctype="application/pdf"):
    try:
        filename.encode("ascii")
        disp = f"Content-Disposition: attachment;\n filename=\"{filename}\""
        nm = f"; name=\"{filename}\""
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = f"Content-Disposition: attachment;\n filename*=utf-8''{quote(filename)}"
        nm = ""
    return [f"Content-Type: {ctype}{nm}", disp, "Content-Transfer-Encoding: base64"], base64.encodebytes(data)


MAILS = []  # (bytes, label, sender address)


def L(category, auto, uai, platform, hard, notes, lang="fr", region="auto"):
    return dict(category=category, auto_reply_ok=auto, uai=uai, region=region,
                platform=platform, hard=hard, lang=lang, notes=notes)


def finish(lab, sender, raw):
    if lab["region"] == "auto":
        lab["region"] = region_of_uai(lab["uai"]) if lab["uai"] else region_of_address(sender)
    MAILS.append((raw, lab, sender))


def person(lab, *, frm, subject, body, dt, client="thunderbird", to=None, cc=None,
           charset="utf-8", cte=None, html=False, html_only=False, irt=None, refs=None,
           extra=(), auth="pass", reply_to=None, attach=(), return_path=None,
           msgid=None, top_extra=(), flowed=False):
    name, addr = frm
    dom = addr.rsplit("@", 1)[1]
    if to is None:
        to = [(DESK_NAME, DESK)]
    lines = list(top_extra) + transport(addr, dt, auth, return_path)
    lines.append(f"From: {A(name, addr, charset)}")
    lines.append("To: " + ",\n ".join(A(n, a, charset) for n, a in to))
    if cc:
        lines.append("Cc: " + ",\n ".join(A(n, a, charset) for n, a in cc))
    lines.append(f"Subject: {enc(subject, charset)}")
    lines.append(f"Date: {format_datetime(dt)}")
    lines.append(f"Message-ID: {msgid or make_msgid(client, dom, dt)}")
    if irt:
        lines.append(f"In-Reply-To: {irt}")
        lines.append(f"References: {refs or irt}")
    if reply_to:
        lines.append(f"Reply-To: {A(reply_to[0], reply_to[1], charset)}")
    lines.append("MIME-Version: 1.0")
    lines += CLIENT_HEADERS.get(client, [])
    if client == "outlook":
        lines.append(f"Thread-Index: {base64.b64encode(bytes(R.randrange(256) for _ in range(22))).decode()}")
    lines += list(extra)
    if cte is None:
        cte = "quoted-printable" if client in ("outlook", "exchange", "zimbra", "gmail", "iphone") else "8bit"
    if html_only:
        part = text_part(to_html(body, client), "html", charset, cte)
    elif html:
        part = multipart("alternative", [text_part(body, "plain", charset, cte),
                                         text_part(to_html(body, client), "html", charset, cte)],
                         boundary_for(client), preamble=False)
    else:
        part = text_part(body, "plain", charset, cte, flowed=flowed or client == "thunderbird")
    if attach:
        part = multipart("mixed", [part] + [attachment(*a) for a in attach], boundary_for(client))
    hdrs, payload = part
    raw = ("\n".join(lines + hdrs) + "\n\n").encode("ascii") + payload
    finish(lab, addr, raw)
    return raw


def desk_message(to_name, to_addr, subject, body, dt, ticket):
    lines = [
        f"From: {A(DESK_NAME, DESK)}",
        f"To: {A(to_name, to_addr)}",
        f"Subject: {enc(subject)}",
        f"Date: {format_datetime(dt)}",
        f"Message-ID: {desk_id(ticket, dt)}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]
    hdrs, payload = text_part(body, "plain", "utf-8", "quoted-printable")
    return ("\n".join(lines + hdrs) + "\n\n").encode("ascii") + payload


def desk_id(ticket, dt):
    return f"<SUP-{ticket}.{int(dt.timestamp())}.{hexs(6)}@assistance.example.fr>"


def bounce(lab, *, mta, dt, rcpt, status, diag, original, style="postfix", subject=None, human=None):
    """A delivery-status report (multipart/report) from a MAILER-DAEMON."""
    sender = f"MAILER-DAEMON@{mta}" if style != "exchange" else f"postmaster@{mta.split('.', 1)[1]}"
    lines = transport(sender, dt, "none", return_path="")
    disp = "Mail Delivery System" if style == "postfix" else (
        "Mail Delivery Subsystem" if style == "gmail" else "Microsoft Outlook")
    lines += [
        f"From: {disp} <{sender}>",
        f"To: {A(DESK_NAME, DESK)}",
        f"Subject: {enc(subject or 'Undelivered Mail Returned to Sender')}",
        f"Date: {format_datetime(dt)}",
        f"Message-ID: <{dt:%Y%m%d%H%M%S}.{hexs(12, True)}@{mta}>",
        "MIME-Version: 1.0",
        "Auto-Submitted: auto-replied",
    ]
    if style == "exchange":
        lines.append("X-MS-Exchange-Message-Is-Ndr: ")
    queue = hexs(10, True)
    human = human or (
        f"This is the mail system at host {mta}.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        f"                   The mail system\n\n<{rcpt}>: {diag}\n")
    mta_ids = ("" if style != "postfix" else f"X-Postfix-Queue-ID: {queue}\nX-Postfix-Sender: rfc822; {DESK}\n")
    ds = (f"Reporting-MTA: dns; {mta}\n{mta_ids}"
          f"Arrival-Date: {format_datetime(dt - datetime.timedelta(seconds=3))}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
          f"Action: {'delayed' if status.startswith('4') else 'failed'}\nStatus: {status}\n"
          f"Diagnostic-Code: smtp; {diag}\n")
    parts = [(["Content-Type: text/plain; charset=utf-8", "Content-Description: Notification",
               "Content-Transfer-Encoding: 8bit"], human.encode("utf-8")),
             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode()),
             (["Content-Type: message/rfc822", "Content-Description: Undelivered Message"], original)]
    hdrs, payload = multipart("report", parts, f"{queue}.{int(dt.timestamp())}/{mta}",
                              params=" report-type=delivery-status;", preamble=False)
    payload = b"This is a MIME-encapsulated message.\n" + payload
    raw = ("\n".join(lines + hdrs) + "\n\n").encode("ascii") + payload
    finish(lab, sender, raw)
    return raw


def mdn(lab, *, frm, dt, orig_subject, orig_id, prefix, human, disposition, client="outlook", ua=None):
    """A read receipt (multipart/report; report-type=disposition-notification)."""
    name, addr = frm
    dom = addr.rsplit("@", 1)[1]
    lines = transport(addr, dt, "pass")
    lines += [
        f"From: {A(name, addr)}",
        f"To: {A(DESK_NAME, DESK)}",
        f"Subject: {enc(prefix + orig_subject)}",
        f"Date: {format_datetime(dt)}",
        f"Message-ID: {make_msgid(client, dom, dt)}",
        "MIME-Version: 1.0",
    ]
    lines += CLIENT_HEADERS.get(client, [])
    report = (f"Reporting-UA: {ua or dom}\nFinal-Recipient: rfc822;{addr}\n"
              f"Original-Message-ID: {orig_id}\nDisposition: {disposition}\n")
    parts = [text_part(human, "plain", "utf-8", "quoted-printable"),
             (["Content-Type: message/disposition-notification"], report.encode())]
    hdrs, payload = multipart("report", parts, boundary_for(client),
                              params=" report-type=disposition-notification;")
    raw = ("\n".join(lines + hdrs) + "\n\n").encode("ascii") + payload
    finish(lab, addr, raw)
    return raw


def ooo_headers(kind="auto-replied", loop_addr=None):
    h = [f"Auto-Submitted: {kind}"]
    if loop_addr:
        h += ["X-Auto-Response-Suppress: All", f"X-MS-Exchange-Inbox-Rules-Loop: {loop_addr}"]
    return h


# ======================================================================
# The mails. Each block writes one message and its label.
# ======================================================================

# ---------------------------------------------------------------- password_reset

u = U("0811347")
person(L("password_reset", True, u, "esidoc", False,
         "New librarian in the Tarn: the predecessor retired and left no password for the e-sidoc back office; UAI in the body."),
       frm=("Solène Azéma", "solene.azema@ac-toulouse.fr"), dt=D(9, 1, 14, 7),
       subject="Accès administrateur e-sidoc – nouvelle documentaliste",
       body=f"""Bonjour,

Je viens d'être nommée professeure documentaliste au collège Louis Pasteur de
Graulhet et je découvre le CDI depuis ce matin. Ma collègue est partie à la
retraite en juin et personne ne sait quel mot de passe elle utilisait pour
l'administration du portail e-sidoc.

Notre identifiant d'établissement est {u}. Pouvez-vous m'aider à récupérer un
accès ? Je voudrais préparer l'accueil des sixièmes dès la semaine prochaine.

Merci d'avance,

Solène Azéma
Professeure documentaliste
Collège Louis Pasteur – 81300 Graulhet
""")

u = U("0332719")
person(L("password_reset", True, u, "espace_acheteur", False,
         "New gestionnaire in Gironde does not know the Espace Acheteur password (login is the UAI)."),
       frm=("Thomas Lacoste", "thomas.lacoste@ac-bordeaux.fr"), dt=D(9, 2, 8, 41), client="outlook",
       subject="Mot de passe Espace Acheteur inconnu",
       body=f"""Bonjour,

Arrivé au 1er septembre comme gestionnaire au lycée Elie Faure de Lormont, je
dois passer les premières commandes de fournitures sur l'Espace Acheteur.
L'identifiant est bien notre UAI ({u}) mais le mot de passe ne m'a jamais été
transmis par mon prédécesseur, muté dans les Landes.

Comment puis-je en obtenir un nouveau ?

Bien cordialement,

Thomas Lacoste
Adjoint gestionnaire
Lycée Elie Faure – Lormont
Tél. : 05 56 xx xx 12

""" + sig("", disc=["conf"], env=0, dash=False).strip() + "\n")

u = U("0650188")
person(L("password_reset", True, u, "esidoc", False,
         "Two-line message from a phone between two meetings: lost e-sidoc password, UAI given."),
       frm=("Béatrice Carrère", "beatrice.carrere@ac-toulouse.fr"), dt=D(9, 3, 12, 58), client="iphone",
       subject="mdp esidoc",
       body=f"""Bonjour, mot de passe esidoc perdu (admin CDI), UAI {u}. Je suis en réunion tout l'après-midi, merci de me renvoyer de quoi me reconnecter.

B. Carrère

Envoyé de mon iPhone
""")

u = U("0320416")
person(L("password_reset", True, u, "esidoc", True,
         "Long chatty mail with an Occitan greeting; the actual request (forgotten e-sidoc admin password) is buried in the middle of news about the CDI move."),
       frm=("Pèire Dufau", "peire.dufau@ac-toulouse.fr"), dt=D(9, 4, 21, 36),
       subject="Des nouvelles du CDI de Mirande (et une petite demande)",
       body=f"""Adishatz a tota l'equipa !

Je me permets de vous écrire un peu longuement, la rentrée a été sportive.
Cet été, le conseil départemental a refait entièrement le CDI du collège
Carreau de Mirande : nouveau mobilier, nouvelle salle de travail en groupe,
et surtout des cartons partout. J'ai passé la pré-rentrée à remettre les
romans de la série jeunesse dans le bon ordre, et il reste encore les BD.

Pendant le déménagement, le poste de la banque de prêt a été réinstallé à
neuf par le technicien et, évidemment, le mot de passe d'administration du
portail e-sidoc n'était enregistré que dans l'ancien navigateur. Je ne m'en
souviens plus du tout : pourriez-vous me permettre d'en définir un nouveau ?
Notre numéro d'établissement est le {u}.

Pour le reste tout va bien : les élèves de sixième ont déjà découvert le coin
manga, et nous préparons une exposition sur l'Adour pour novembre. Si vous
passez dans le Gers un jour, le café est offert.

Plan doman e mercés plan,

Pèire Dufau
Professeur documentaliste
Collège Carreau – 32300 Mirande
""")

u = U("0170532")
person(L("password_reset", True, u, "esidoc", True,
         "The school secretary writes for the principal from the ce.<UAI> address and asks that the reset link be sent to that official address: a reset request, not a head-of-establishment request. UAI only in the sender address."),
       frm=("Secrétariat collège Fromentin", f"ce.{u}@ac-poitiers.fr"), dt=D(9, 2, 10, 15), client="zimbra",
       subject="Réinitialisation du mot de passe du portail documentaire",
       html=True,
       body="""Bonjour,

Je vous écris à la demande de Monsieur le Principal, qui est en conseil
pédagogique toute la matinée.

Notre nouvelle professeure documentaliste, Mme Giraud, ne peut pas se
connecter à l'administration du portail e-sidoc du collège : personne ne
connaît le mot de passe depuis le départ de sa collègue. Pourriez-vous envoyer
le lien de réinitialisation sur l'adresse du secrétariat (celle-ci) ? Nous le
lui transmettrons.

Merci beaucoup,

Valérie Boutin
Secrétaire de direction
Collège Eugène Fromentin – La Rochelle
""")

b = BAD("0870941")
person(L("password_reset", False, None, "esidoc", True,
         f"UAI typed {b}: wrong check letter (the digits give {U('0870941')}), so no UAI label; region from the ac-limoges.fr sender. A person must confirm the establishment before any link is sent."),
       frm=("Agnès Peyrat", "agnes.peyrat@ac-limoges.fr"), dt=D(9, 5, 9, 3), client="zimbra",
       subject="Identifiant portail CDI",
       body=f"""Bonjour,

Je ne parviens pas à me connecter au portail e-sidoc de notre lycée
professionnel : le mot de passe n'est pas reconnu et je n'ai pas l'historique
de l'ancienne documentaliste.

Identifiant utilisé : {b}

Merci de m'indiquer comment obtenir un nouveau mot de passe.

Agnès Peyrat
Documentaliste – LP Jean Monnet, Limoges
""")

u = U("0400865")
person(L("password_reset", True, u, "espace_acheteur", False,
         "Account locked after several wrong passwords on the Espace Acheteur; new gestionnaire in the Landes."),
       frm=("Maïté Larrieu", "maite.larrieu@ac-bordeaux.fr"), dt=D(9, 8, 11, 20), client="outlook",
       subject="Compte bloqué Espace Acheteur",
       body=f"""Bonjour,

En essayant de me connecter pour la première fois à l'Espace Acheteur avec
les codes trouvés dans un classeur, j'ai fait plusieurs essais et le compte
est maintenant bloqué (« trop de tentatives »).

Établissement : collège Jean Rostand, Mont-de-Marsan – UAI {u}.

Merci de débloquer le compte ou de m'envoyer un nouveau mot de passe.

Maïté Larrieu
Gestionnaire
""" + "\n" + sig("Collège Jean Rostand", "Avenue du Colonel Rozanoff – 40000 Mont-de-Marsan", disc=["deco"], env=2))

u = U("0471190")
person(L("password_reset", True, u, "espace_acheteur", True,
         "Misleading subject about an order; the body says she cannot even log in because nobody knows the password. Nothing about the order itself is asked."),
       frm=("Corinne Delpech", "corinne.delpech@ac-bordeaux.fr"), dt=D(9, 9, 15, 47), client="outlook",
       subject="Commande manuels scolaires 2025-2026",
       body=f"""Bonjour,

Je devais passer cette semaine la commande des manuels de seconde sur
l'Espace Acheteur, mais je ne peux même pas ouvrir la session : le mot de
passe noté par l'ancienne intendante ne fonctionne plus, et je suis arrivée
trop récemment pour savoir s'il a été changé.

Pouvez-vous réinitialiser l'accès de l'établissement ? UAI {u}, lycée
Jean-Baptiste de Baudre à Agen.

Je ferai la commande moi-même ensuite.

Cordialement,
Corinne Delpech
Gestionnaire matériel
""")

u = U("0341884")
person(L("password_reset", True, u, "esidoc", False,
         "The reset link expired before the new librarian clicked it (received Friday, opened Monday)."),
       frm=("Nadia Bensaïd", "nadia.bensaid@ac-montpellier.fr"), dt=D(9, 8, 8, 12),
       subject="Lien de réinitialisation expiré",
       body=f"""Bonjour,

Vendredi soir j'ai demandé un nouveau mot de passe pour le portail e-sidoc
du collège Las Cazes (Montpellier, UAI {u}). Le mail est bien arrivé mais je
ne l'ai ouvert que ce matin et le lien indique qu'il a expiré.

Pouvez-vous m'en renvoyer un ? Je le clique tout de suite cette fois.

Merci,
Nadia Bensaïd
Professeure documentaliste
""")

u = U("0641377")
person(L("password_reset", True, u, "esidoc", False,
         "English; new librarian of an international section in Pau forgot the e-sidoc admin password.", lang="en"),
       frm=("Fiona McAllister", "fiona.mcallister@ac-bordeaux.fr"), dt=D(9, 3, 16, 25), client="gmail",
       subject="Forgotten password for the library portal",
       body=f"""Hello,

I started this month as the librarian of the international section at Lycée
Louis Barthou in Pau (school code {u}). I set a password for the e-sidoc
back office on my first day and, embarrassingly, I cannot remember it.

Could you please send me a reset link?

Many thanks,
Fiona McAllister
Librarian – International Section
Lycée Louis Barthou, Pau
""" + "\n" + DISCLAIMERS["en"] + "\n" + ENV[4] + "\n")

u = U("0331652")
inner_dt = D(9, 4, 9, 2)
inner = f"""Bonjour Julien,

Je n'arrive pas à entrer dans l'administration du portail e-sidoc, le mot
de passe de l'établissement est refusé. Est-ce que tu peux faire quelque chose
ou faut-il écrire à l'éditeur ?

UAI du collège : {u}

Merci !
Lucie Mauriac, documentaliste, collège Léonard Lenoir (Bordeaux)"""
person(L("password_reset", True, u, "esidoc", True,
         "IT technician of the département forwards (TR:) a librarian's lost e-sidoc password with a one-line cover note; the UAI is only in the forwarded text."),
       frm=("Julien Ferrand", "julien.ferrand@gironde.fr"), dt=D(9, 4, 10, 31), client="outlook",
       subject="TR: mot de passe portail CDI",
       body="""Bonjour,

Je vous transfère la demande d'une documentaliste de notre secteur, pouvez-vous
lui permettre de se reconnecter ? Merci.

Julien Ferrand
Technicien informatique collèges – Secteur Bordeaux Rive Gauche
Direction des systèmes d'information – Département de la Gironde

""" + q_outlook("Lucie Mauriac <lucie.mauriac@ac-bordeaux.fr>", inner_dt,
                "Julien Ferrand <julien.ferrand@gironde.fr>", "mot de passe portail CDI", inner)
       + "\n" + DISCLAIMERS["region"] + "\n\n" + ENV[1] + "\n")

u = U("0300927")
person(L("password_reset", True, u, "esidoc", True,
         "Negation: 'ce n'est pas un mail qui n'arrive pas' - the reset mail did arrive but its link says it expired: password_reset, not missing_noreply_mail."),
       frm=("Hélène Roumanille", "helene.roumanille@ac-montpellier.fr"), dt=D(9, 10, 13, 5), client="thunderbird",
       subject="Réinitialisation impossible",
       body=f"""Bonjour,

Pour être claire dès le départ : ce n'est pas un problème de mail qui
n'arrive pas, j'ai bien reçu le message de réinitialisation dans ma boîte
académique, pas dans les indésirables. Mais quand je clique sur le lien, la
page répond « lien invalide ou expiré », et cela deux fois de suite.

Il s'agit du portail e-sidoc du lycée Daudet à Nîmes, UAI {u}. Je suis la
nouvelle documentaliste et je n'ai donc aucun mot de passe valide.

Cordialement,

Hélène Roumanille
""")

u = U("0460712")
person(L("password_reset", False, u, "esidoc", True,
         "Asks for the new password to be sent to her personal Gmail address because her academic mailbox is not open yet: a reset must never go to an address not on file, so a person decides."),
       frm=("Clara Teulière", "clara.teuliere46@gmail.com"), dt=D(9, 1, 19, 44), client="gmail", auth="pass",
       subject="Nouveau mot de passe portail e-sidoc",
       body=f"""Bonjour,

Je suis contractuelle, nommée documentaliste au collège Olivier de Magny de
Cahors (UAI {u}) depuis ce matin. Mon adresse académique ne sera ouverte que
dans une dizaine de jours d'après le rectorat.

Pourriez-vous m'envoyer le nouveau mot de passe du portail e-sidoc
directement sur cette adresse Gmail ? Je n'en ai pas d'autre pour l'instant.

Merci beaucoup et bonne rentrée,
Clara Teulière
""")

u = U("0192207")
prev_dt = D(9, 2, 10, 4)
prev = f"""Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
enregistrée pour l'établissement {u} (a***.m******@ac-limoges.fr).
Il est valable 12 heures.

Cordialement,
L'équipe d'assistance"""
person(L("password_reset", False, u, "esidoc", True,
         "Reply (Gmail quote) to the automatic reset answer: the link went to the former librarian's mailbox, which nobody can read; a person must take over (head-of-establishment procedure)."),
       frm=("Romain Chassagne", "romain.chassagne@ac-limoges.fr"), dt=D(9, 2, 11, 30), client="gmail",
       subject="Re: [#SUP-021874] Mot de passe e-sidoc",
       irt=desk_id("021874", prev_dt),
       body="""Bonjour,

Merci pour la réponse rapide, mais l'adresse masquée est celle de l'ancienne
documentaliste, partie en disponibilité, et sa boîte a été fermée. Le lien ne
me parviendra donc jamais. Comment fait-on dans ce cas ?

Romain Chassagne
Collège Bernadette Chirac, Ussel

""" + q_gmail(prev_dt, "Assistance", DESK, prev))

u = U("0191463")
person(L("password_reset", True, u, "espace_acheteur", False,
         "Does not know the identifier (login) of the Espace Acheteur; new gestionnaire in Corrèze."),
       frm=("Fabienne Vergne", "fabienne.vergne@ac-limoges.fr"), dt=D(9, 11, 14, 2), client="zimbra",
       charset="iso-8859-1", cte="8bit",
       subject="Identifiant de connexion oublié",
       body=f"""Bonjour,

Nouvelle gestionnaire au collège Lakanal de Treignac, je ne connais ni
l'identifiant ni le mot de passe permettant d'accéder à l'Espace Acheteur.
On me dit que l'identifiant est l'UAI de l'établissement ({u}) : est-ce
exact, et comment obtenir le mot de passe ?

Bonne journée,
Fabienne Vergne
""")

u = U("0862231")
person(L("password_reset", True, u, "esidoc", False,
         "The portal says the password has expired; asks how to set a new one. ac-poitiers.fr sender, UAI in the signature."),
       frm=("Jérôme Mestre", "jerome.mestre@ac-poitiers.fr"), dt=D(9, 12, 10, 9), client="thunderbird",
       subject="Mot de passe expiré sur le portail",
       body=f"""Bonjour,

En me connectant ce matin à l'administration du portail e-sidoc, j'ai un
message « votre mot de passe a expiré, contactez votre administrateur ».
Je suis l'administrateur… et je n'ai trouvé aucun moyen de le changer.

Merci de votre aide.

--
Jérôme Mestre
Professeur documentaliste
Lycée Marcelin Berthelot – Châtellerault
UAI {u}
""")

u = U("0090341")
person(L("password_reset", False, u, "ecoledirecte", True,
         "Lost EcoleDirecte administration password for the new school year; explicitly not the daily maintenance password. No reset template for this product, so a person answers."),
       frm=("Gilles Rouzaud", "g.rouzaud@ensemble-saint-volusien.fr"), dt=D(9, 1, 17, 12), client="outlook",
       subject="Mot de passe administrateur EcoleDirecte",
       body=f"""Bonjour,

Depuis la rentrée, je reprends l'administration d'EcoleDirecte pour l'école
et le collège Saint-Volusien à Foix (UAI {u}). Je n'ai pas besoin du mot de
passe de maintenance du jour, je
l'obtiens sans problème ; ce qui me manque, c'est le mot de passe du compte
administrateur EcoleDirecte, que mon prédécesseur n'a pas laissé.

Pouvez-vous le réinitialiser ?

Gilles Rouzaud
Référent numérique et vie scolaire
Ensemble scolaire Saint-Volusien – Foix

""" + DISCLAIMERS["conf"] + "\n")

u = U("0660423")
person(L("password_reset", True, u, "esidoc", False,
         "Catalan greeting from the Pyrénées-Orientales; plain lost e-sidoc password."),
       frm=("Núria Pujol", "nuria.pujol@ac-montpellier.fr"), dt=D(9, 5, 8, 5), client="zimbra",
       subject="Bon dia – mot de passe portail CDI",
       body=f"""Bon dia,

Je suis la nouvelle professeure documentaliste du collège Pompeu Fabra de
Perpignan. Le mot de passe de l'administration du portail e-sidoc ne m'a pas
été transmis. Pouvez-vous m'aider à le réinitialiser ? UAI : {u}.

Moltes gràcies,
Núria Pujol
""")

u = U("0120598")
person(L("password_reset", True, u, "esidoc", False,
         "HTML Outlook message (multipart/alternative): lost e-sidoc back-office password in the Aveyron."),
       frm=("Mathieu Bonnafous", "mathieu.bonnafous@ac-toulouse.fr"), dt=D(9, 15, 16, 40), client="outlook", html=True,
       subject="Perte du mot de passe administrateur du portail",
       body=f"""Bonjour,

Je n'ai plus le mot de passe d'administration du portail e-sidoc de la cité
scolaire Jean Jaurès de Saint-Affrique (UAI {u}). Pourriez-vous m'indiquer la
procédure pour le réinitialiser ?

Cordialement,

Mathieu Bonnafous
Professeur documentaliste
Cité scolaire Jean Jaurès – Saint-Affrique
""" + "\n" + ENV[3] + "\n")

u = U("0171298")
person(L("password_reset", False, u, "espace_acheteur", True,
         "Two topics: lost Espace Acheteur password (first) and a copy of last June's invoice; a single reset template would answer only half."),
       frm=("Sandrine Moinet", "sandrine.moinet@ac-poitiers.fr"), dt=D(9, 16, 9, 51), client="outlook",
       subject="Accès Espace Acheteur + facture",
       body=f"""Bonjour,

Deux choses, désolée de tout mettre dans le même message :

1) Je ne connais pas le mot de passe de l'Espace Acheteur de notre lycée
   (lycée Merleau-Ponty, Rochefort, UAI {u}) : je suis arrivée le 1er
   septembre et rien ne m'a été transmis.

2) L'agent comptable me réclame la facture de la commande de juin (fournitures
   de laboratoire), que je ne retrouve pas dans nos classeurs. Pourriez-vous
   m'en envoyer un duplicata ?

Merci par avance,
Sandrine Moinet
Secrétaire d'intendance
""")

u = U("0790654")
person(L("password_reset", True, u, "espace_acheteur", False,
         "Written in a hurry between two meetings: account blocked on the Espace Acheteur, UAI given."),
       frm=("Olivier Brangier", "olivier.brangier@ac-poitiers.fr"), dt=D(9, 17, 13, 29), client="iphone",
       subject="Compte bloqué",
       body=f"""Bonjour
Compte espace acheteur bloqué après 5 essais, LP Gaston Barré Niort {u}. Je sors de CA et repars en réunion, pouvez vous m'envoyer un nouveau mdp svp
Merci
O. Brangier, gestionnaire

Envoyé de mon iPhone
""")

u = U("0640919")
person(L("password_reset", True, u, "esidoc", True,
         "Basque greeting; the UAI appears only in the ce.<UAI>@ac-bordeaux.fr sender address. The CDI asks for a reset link on that official address."),
       frm=("CDI Collège Errobi", f"ce.{u}@ac-bordeaux.fr"), dt=D(9, 3, 11, 18), client="zimbra",
       subject="Portail e-sidoc : mot de passe à réinitialiser",
       body="""Kaixo,

Je suis la nouvelle documentaliste du collège Errobi à Cambo-les-Bains et
j'écris depuis la boîte de l'établissement. Le mot de passe d'administration
du portail e-sidoc est inconnu de tous ici. Pouvez-vous envoyer le lien de
réinitialisation à cette adresse ?

Milesker,
Maddi Etcheverry
Professeure documentaliste
""")

u = U("0311562")
person(L("password_reset", True, u, "espace_acheteur", True,
         "The deputy head (proviseure adjointe) writes for herself: she lost her Espace Acheteur password. Not a head-of-establishment request (she authorises nothing and asks no admin change)."),
       frm=("Laurence Soulié", "laurence.soulie@ac-toulouse.fr"), dt=D(9, 18, 18, 2), client="zimbra",
       subject="Oubli de mot de passe",
       body=f"""Bonjour,

Proviseure adjointe au lycée Stéphane Hessel (Toulouse), je remplace
provisoirement notre gestionnaire pour valider quelques commandes. J'ai oublié
le mot de passe de l'Espace Acheteur que j'avais créé l'an dernier.

Pouvez-vous m'envoyer un lien de réinitialisation ? Identifiant : {u}.

Merci,

Laurence Soulié
Proviseure adjointe
Lycée Stéphane Hessel
""" + "\n" + DISCLAIMERS["rgpd"] + "\n")

# ---------------------------------------------------------------- automated

dt = D(8, 25, 9, 14)
person(L("automated", False, None, None, False,
         "Zimbra vacation reply from an academic address before the rentrée (Auto-Submitted: auto-replied (zimbra; vacation)); region from the ac-toulouse.fr sender."),
       frm=("Anne-Sophie Marty", "anne-sophie.marty@ac-toulouse.fr"), dt=dt, client="zimbra",
       subject="Absente : [#SUP-021502] Votre demande d'activation",
       irt=desk_id("021502", D(8, 25, 9, 12)),
       extra=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"],
       body="""Bonjour,

Je suis absente jusqu'au vendredi 29 août inclus. Je prendrai connaissance de
votre message à la pré-rentrée.

Pour toute urgence, merci de vous adresser au secrétariat du collège.

Anne-Sophie Marty
""")

dt = D(8, 28, 15, 2)
person(L("automated", False, None, None, False,
         "English Exchange Online automatic reply (Auto-Submitted: auto-generated, X-Auto-Response-Suppress) from a private bilingual school.", lang="en"),
       frm=("Hannah Whitfield", "h.whitfield@bordeaux-international-school.fr"), dt=dt, client="exchange",
       subject="Automatic reply: [#SUP-021611] Your subscription",
       extra=ooo_headers("auto-generated", "h.whitfield@bordeaux-international-school.fr"),
       body="""Thank you for your email.

I am out of the office until Monday 1 September with limited access to email.
For library matters, please contact the school office at
office@bordeaux-international-school.fr.

Kind regards,
Hannah Whitfield
""")

orig = desk_message("Camille Ducos", "camille.ducos@college-lenoir-bordeaux.fr",
                    "[#SUP-021744] Votre demande : portail e-sidoc",
                    "Bonjour,\n\nVotre demande a bien été enregistrée sous la référence SUP-021744.\n"
                    "Un membre de l'équipe régionale vous répondra sous 48 heures ouvrées.\n\n"
                    "Cordialement,\nL'équipe d'assistance\n", D(9, 2, 7, 58), "021744")
bounce(L("automated", False, None, None, False,
         "Postfix bounce (multipart/report, null Return-Path, Auto-Submitted): the former librarian's mailbox at the school no longer exists."),
       mta="mail.college-lenoir-bordeaux.fr", dt=D(9, 2, 7, 59), rcpt="camille.ducos@college-lenoir-bordeaux.fr",
       status="5.1.1", diag="550 5.1.1 <camille.ducos@college-lenoir-bordeaux.fr>: Recipient address rejected: User unknown",
       original=orig)

mdn(L("automated", False, None, None, False,
      "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-montpellier.fr sender."),
    frm=("Jordi Estève", "jordi.esteve@ac-montpellier.fr"), dt=D(9, 3, 8, 47),
    orig_subject="[#SUP-021790] Activation de votre abonnement", orig_id=desk_id("021790", D(9, 2, 17, 5)),
    prefix="Lu : ",
    human=f"Votre message\n\n  À : {DESK}\n  Objet : [#SUP-021790] Activation de votre abonnement\n"
          f"  Envoyé : {fr_long(D(9, 2, 17, 5))}\n\na été lu le {fr_long(D(9, 3, 8, 47))}.\n",
    disposition="manual-action/MDN-sent-manually; displayed")

person(L("automated", False, None, "esidoc", True,
         "A librarian's real question about a lost e-sidoc password, but sent to an académie mailing list the desk receives (List-Id, Precedence: list): not written to us, never answered. Region from the ac-toulouse.fr sender."),
       frm=("Martine Lacombe", "martine.lacombe@ac-toulouse.fr"), dt=D(9, 4, 18, 20), client="thunderbird",
       to=[("Liste des professeurs documentalistes", "doc-tlse@listes.ac-toulouse.fr")],
       subject="[doc-tlse] Qui a déjà récupéré son mot de passe e-sidoc ?",
       extra=["List-Id: Professeurs documentalistes de l'academie <doc-tlse.listes.ac-toulouse.fr>",
              "List-Post: <mailto:doc-tlse@listes.ac-toulouse.fr>",
              "List-Unsubscribe: <mailto:sympa@listes.ac-toulouse.fr?subject=unsubscribe%20doc-tlse>",
              "Precedence: list", "Sender: doc-tlse-request@listes.ac-toulouse.fr"],
       body="""Bonsoir à toutes et à tous,

Nouvelle dans l'académie (j'arrive de Créteil), je n'ai pas le mot de passe
d'administration du portail e-sidoc de mon collège. Quelqu'un a-t-il déjà
fait la démarche cette année ? Faut-il passer par le chef d'établissement ou
écrire directement à l'assistance ?

Merci pour vos retours, et belle rentrée à tous.

Martine Lacombe
Collège Jean Moulin – Muret
""")

person(L("automated", False, None, "espace_acheteur", False,
         "Marketing newsletter of the buyer space about rentrée webinars: List-Id, one-click List-Unsubscribe, Precedence: bulk."),
       frm=("L'équipe Espace Acheteur", "newsletter@info.espace-acheteur.example.fr"), dt=D(9, 9, 7, 30),
       client="plain", html=True, to=[("", DESK)],
       subject="Rentrée 2025 : les webinaires de septembre de votre Espace Acheteur",
       extra=["List-Id: Lettre d'information Espace Acheteur <lettre.info.espace-acheteur.example.fr>",
              "List-Unsubscribe: <https://info.espace-acheteur.example.fr/u/8f2c1a9e>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              "Precedence: bulk", "X-Campaign: rentree-2025-09"],
       body="""Bonjour,

La rentrée est là, et avec elle de nombreux nouveaux gestionnaires !

Pour vous aider à prendre en main votre Espace Acheteur, nous organisons trois
webinaires de 45 minutes :
- mardi 16 septembre, 14 h : premiers pas et création de votre panier ;
- jeudi 18 septembre, 10 h : suivre vos commandes et vos factures ;
- mardi 23 septembre, 14 h : les marchés de la centrale et leurs documents.

Inscription en un clic depuis votre espace, rubrique « Agenda ».

À très bientôt,
L'équipe Espace Acheteur

Vous recevez ce message car votre adresse est inscrite à notre lettre
d'information. Se désinscrire : https://info.espace-acheteur.example.fr/u/8f2c1a9e
""")

person(L("automated", False, None, None, False,
         "Ticket acknowledgement from the Région's GLPI helpdesk (Auto-Submitted: auto-generated) after the desk wrote to it."),
       frm=("Assistance numérique des lycées", "glpi-noreply@laregion.fr"), dt=D(9, 10, 10, 2), client="plain",
       subject="[GLPI #0045823] Nouveau ticket : Filtrage des messages no-reply",
       extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: OOF, DR, RN, NRN, AutoReply",
              "X-GLPI-Sender: glpi.laregion.fr"],
       body="""Bonjour,

Votre demande a été enregistrée dans l'outil d'assistance de la Région.

Ticket n° 0045823
Titre : Filtrage des messages no-reply
Statut : Nouveau
Groupe affecté : Messagerie et sécurité

Un technicien prendra en charge votre demande dans les meilleurs délais.
Merci de ne pas répondre à ce message automatique.

--
Assistance numérique des lycées
""")

person(L("automated", False, None, None, True,
         "Out-of-office written by a client-side rule: no Auto-Submitted, no Precedence; only the 'Réponse automatique' wording and text show it. Region from the ac-limoges.fr sender."),
       frm=("Stéphanie Brugère", "stephanie.brugere@ac-limoges.fr"), dt=D(9, 11, 9, 40), client="outlook",
       subject="Réponse automatique : [#SUP-021955] Mot de passe e-sidoc",
       body="""Bonjour,

Je suis en formation « nouveaux arrivants » jusqu'au vendredi 12 septembre
et je ne consulte pas ma messagerie. Je vous répondrai dès mon retour.

En cas d'urgence concernant le CDI, vous pouvez joindre la vie scolaire au
05 55 xx xx 40.

Stéphanie Brugère
""")

orig = desk_message("Intendance", "intendance@lycee-saint-joseph-rodez.fr",
                    "[#SUP-022010] Votre demande de devis",
                    "Bonjour,\n\nVotre demande a bien été transmise au service commercial.\n\n"
                    "Cordialement,\nL'équipe d'assistance\n", D(9, 12, 11, 0), "022010")
bounce(L("automated", False, None, None, False,
         "Exchange Online non-delivery report in French ('Non remis :'), multipart/report; the mailbox is full."),
       mta="EUR03-DB5-obe.outbound.protection.outlook.com", dt=D(9, 12, 11, 1),
       rcpt="intendance@lycee-saint-joseph-rodez.fr", status="5.2.2",
       diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
       original=orig, style="exchange", subject="Non remis : [#SUP-022010] Votre demande de devis",
       human="""Votre message n'a pas pu être remis à intendance@lycee-saint-joseph-rodez.fr
car la boîte aux lettres du destinataire est pleine.

Que dois-je faire ?
Réessayez plus tard ou contactez le destinataire par un autre moyen.

Informations de diagnostic pour les administrateurs :
Serveur de génération : DB5PR03MB1234.eurprd03.prod.outlook.com
554 5.2.2 mailbox full
""")

person(L("automated", False, None, "esignature", False,
         "E-signature platform notification that a convention was signed by all parties (Auto-Submitted: auto-generated, no-reply sender)."),
       frm=("Signature électronique", "no-reply@esignature.example.fr"), dt=D(9, 15, 14, 22), client="plain", html=True,
       subject="Document signé par toutes les parties : Convention d'adhésion 2025-2028",
       extra=["Auto-Submitted: auto-generated", "X-Transaction-Id: 7f3e2c10-92b4-4f1d-9e0a-5c6d7e8f9a01"],
       body="""Bonjour,

Le document « Convention d'adhésion 2025-2028 – Lycée Jean Monnet » a été
signé par l'ensemble des signataires le 15/09/2025 à 14:21.

Vous pouvez télécharger la version signée et son certificat de preuve depuis
votre espace pendant 90 jours.

Ceci est un message automatique, merci de ne pas y répondre.
""")

person(L("automated", False, None, "ticket_portal", False,
         "Ticket-portal notification that a supplier ticket opened by the desk was updated (Auto-Submitted: auto-generated)."),
       frm=("Portail tickets", "notifications@tickets.example.fr"), dt=D(9, 16, 8, 3), client="plain",
       subject="[Ticket #78213] Mise à jour : synchronisation des comptes CDI",
       extra=["Auto-Submitted: auto-generated", "Precedence: bulk"],
       body="""Le ticket #78213 a été mis à jour.

Nouveau statut : En cours de traitement
Commentaire de l'éditeur : « Correctif planifié pour la nuit du 17 au 18 septembre. »

Consulter le ticket : https://tickets.example.fr/t/78213

Vous recevez cette notification car vous suivez ce ticket.
""")

u = U("0160984")
person(L("automated", False, u, None, True,
         "Out-of-office of a school office (ce.<UAI>@ac-poitiers.fr) that talks about passwords; Auto-Submitted is present, so it is automatic. UAI from the sender address."),
       frm=("Secrétariat lycée Guez de Balzac", f"ce.{u}@ac-poitiers.fr"), dt=D(8, 21, 10, 12), client="zimbra",
       subject="Message d'absence : [#SUP-021399] Mot de passe",
       extra=["Auto-Submitted: auto-replied (zimbra; vacation)"],
       body="""Bonjour,

Le secrétariat est fermé jusqu'au lundi 25 août. Pour les mots de passe de
l'ENT et des services en ligne, merci d'attendre la réouverture : aucune
demande ne sera traitée d'ici là.

Le secrétariat
""")

orig = desk_message("Lou Marty", "lou.marty.cdi@gmail.com", "[#SUP-022104] Accès au portail",
                    "Bonjour,\n\nNous avons besoin de l'UAI de votre établissement pour traiter votre demande.\n\n"
                    "Cordialement,\nL'équipe d'assistance\n", D(9, 16, 15, 10), "022104")
bounce(L("automated", False, None, None, False,
         "Gmail 'Delivery Status Notification (Failure)', multipart/report with the original message: address does not exist.", lang="en"),
       mta="mx.google.com", dt=D(9, 16, 15, 11), rcpt="lou.marty.cdi@gmail.com", status="5.1.1",
       diag="550-5.1.1 The email account that you tried to reach does not exist.",
       original=orig, style="gmail", subject="Delivery Status Notification (Failure)",
       human="""** Address not found **

Your message wasn't delivered to lou.marty.cdi@gmail.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""")

orig = desk_message("CDI", "cdi@college-bastide-carcassonne.fr", "[#SUP-022150] Votre abonnement",
                    "Bonjour,\n\nVotre abonnement est actif depuis ce matin.\n\n"
                    "Cordialement,\nL'équipe d'assistance\n", D(9, 17, 9, 0), "022150")
bounce(L("automated", False, None, None, False,
         "Delay warning in French ('message retardé', Action: delayed, Status 4.4.1): not a final failure, still automatic."),
       mta="relay.assistance.example.fr", dt=D(9, 17, 13, 2), rcpt="cdi@college-bastide-carcassonne.fr",
       status="4.4.1", diag="connect to mx.college-bastide-carcassonne.fr[192.0.2.77]:25: Connection timed out",
       original=orig, subject="Avertissement : message retardé (nouvel essai en cours)",
       human="""Ceci est le système de messagerie de relay.assistance.example.fr.

#################################################################
# CECI N'EST QU'UN AVERTISSEMENT : VOUS N'AVEZ PAS À RENVOYER    #
# VOTRE MESSAGE.                                                #
#################################################################

Votre message n'a pas encore pu être remis. Le système continuera
d'essayer pendant 5 jours.

<cdi@college-bastide-carcassonne.fr>: connexion impossible (délai dépassé)
""")

mdn(L("automated", False, None, None, False,
      "Thunderbird return receipt in French (disposition-notification); region from the ac-bordeaux.fr sender."),
    frm=("Isabelle Garat", "isabelle.garat@ac-bordeaux.fr"), dt=D(9, 18, 10, 31), client="thunderbird",
    orig_subject="[#SUP-022177] Documents du marché", orig_id=desk_id("022177", D(9, 18, 9, 15)),
    prefix="Accusé de réception (affiché) - ",
    human=f"Ceci est un accusé de réception pour le courriel que vous avez envoyé à\n"
          f"isabelle.garat@ac-bordeaux.fr.\n\nRemarque : cet accusé de réception indique seulement que le message\n"
          f"a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie\n"
          f"que le destinataire ait lu ou compris le contenu du message.\n",
    disposition="manual-action/MDN-sent-manually; displayed", ua="Mozilla Thunderbird")

person(L("automated", False, None, None, False,
         "Newsletter of the académie digital-education team (List-Id, Precedence: list); region from the ac-montpellier.fr sender."),
       frm=("La lettre de la DRANE", "lettre-drane@ac-montpellier.fr"), dt=D(9, 19, 7, 0), client="plain", html=True,
       to=[("Abonnés", "lettre-drane@listes.ac-montpellier.fr")],
       subject="La lettre numérique de rentrée – n° 42",
       extra=["List-Id: <lettre-drane.listes.ac-montpellier.fr>",
              "List-Unsubscribe: <mailto:sympa@listes.ac-montpellier.fr?subject=unsubscribe%20lettre-drane>",
              "Precedence: list"],
       body="""Au sommaire de ce numéro de rentrée :

- L'ENT évolue : ce qui change pour les élèves de seconde
- Éducation aux médias : le calendrier des ateliers du premier trimestre
- Portails documentaires : rappel des formations pour les nouveaux collègues
- Sécurité : comment reconnaître un message d'hameçonnage

Bonne lecture et belle année scolaire à toutes et à tous !

Pour ne plus recevoir cette lettre, écrivez à sympa@listes.ac-montpellier.fr.
""")

person(L("automated", False, None, None, True,
         "Host autoresponder with only 'X-Autoreply: yes' and 'X-Autorespond' (no Auto-Submitted): the summer-closure text shows it is automatic."),
       frm=("Collège Sainte-Marie", "secretariat@college-sainte-marie-saintes.fr"), dt=D(8, 19, 16, 55), client="plain",
       subject="Re: [#SUP-021311] Demande de renseignements",
       extra=["X-Autoreply: yes", "X-Autorespond: secretariat@college-sainte-marie-saintes.fr"],
       body="""Bonjour,

Le collège est fermé du 14 juillet au 20 août 2025. Votre message sera traité
à la réouverture du secrétariat.

Très bel été à vous.
Le secrétariat du collège Sainte-Marie
""")

person(L("automated", False, None, None, True,
         "Acknowledgement from another help desk (ENT vendor) with Auto-Submitted and X-Loop; the subject quotes 'mot de passe', but answering would start a mail loop."),
       frm=("Assistance ENT", "ne-pas-repondre@assistance-ent.example.com"), dt=D(9, 22, 11, 47), client="plain",
       subject="[Assistance ENT] Accusé de réception : Re: Mot de passe oublié",
       extra=["Auto-Submitted: auto-replied", "X-Loop: assistance-ent.example.com", "Precedence: junk"],
       body="""Bonjour,

Nous accusons réception de votre message « Re: Mot de passe oublié ».
Il a été enregistré sous le numéro 2025-118734 et sera traité dans l'ordre
d'arrivée. Inutile de renvoyer votre demande.

Assistance ENT
""")

person(L("automated", False, None, "espace_acheteur", True,
         "No-reply notification from the Espace Acheteur to the desk (administrator of structures without one): a new account awaits validation. Reads like account creation but nobody wrote it."),
       frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), dt=D(9, 23, 6, 15), client="plain",
       subject="Nouveau compte en attente de validation – Collège Jules Ferry (Villeneuve-sur-Lot)",
       extra=["Auto-Submitted: auto-generated"],
       body="""Bonjour,

Un nouvel utilisateur a demandé à rejoindre la structure « Collège Jules Ferry
(Villeneuve-sur-Lot) » :

  Nom : Mme Élise Roques
  Fonction : Gestionnaire
  Date de la demande : 22/09/2025

Cette structure n'a pas d'administrateur désigné ; vous recevez ce message
en tant qu'administrateur par défaut. Pour valider ou refuser la demande,
connectez-vous à l'espace d'administration.

Ce message est généré automatiquement.
""")

mdn(L("automated", False, None, None, False,
      "English Outlook read receipt ('Read:'), disposition-notification.", lang="en"),
    frm=("Mark Ellison", "m.ellison@bordeaux-international-school.fr"), dt=D(9, 24, 14, 8), client="outlook",
    orig_subject="[#SUP-022301] Invoice address", orig_id=desk_id("022301", D(9, 24, 9, 40)),
    prefix="Read: ",
    human=f"Your message\n\n  To: {DESK}\n  Subject: [#SUP-022301] Invoice address\n"
          f"  Sent: {en_long(D(9, 24, 9, 40))}\n\nwas read on {en_long(D(9, 24, 14, 8))}.\n",
    disposition="manual-action/MDN-sent-manually; displayed")

person(L("automated", False, None, None, False,
         "Bilingual Basque/French out-of-office from an academic address (Auto-Submitted: auto-replied); region from the ac-bordeaux.fr sender."),
       frm=("Ainhoa Iriarte", "ainhoa.iriarte@ac-bordeaux.fr"), dt=D(9, 26, 16, 0), client="zimbra",
       subject="Absence / Kanpoan : [#SUP-022355] Votre commande",
       extra=["Auto-Submitted: auto-replied (zimbra; vacation)"],
       body="""Kaixo,
Kanpoan naiz irailaren 29ra arte.

Bonjour,
Je suis absente jusqu'au lundi 29 septembre (stage avec les classes de
quatrième). Je lirai vos messages à mon retour.

Ainhoa Iriarte
Collège Aturri – Bayonne
""")

# ---------------------------------------------------------------- other

person(L("other", False, None, None, False, "English SEO / backlink spam.", lang="en"),
       frm=("Ryan Cole", "ryan@rank-boost-agency.example.net"), dt=D(9, 2, 3, 14), client="plain", auth="none",
       subject="Quick question about assistance.example.fr",
       body="""Hi there,

I was checking assistance.example.fr and noticed it is not ranking on page one
for several valuable keywords. Our team can fix that in 30 days with
high-authority backlinks and a full technical audit, guaranteed.

Would you be open to a quick 10-minute call this week?

Best,
Ryan Cole
Growth Manager
""")

person(L("other", False, None, None, True,
         "Phishing: 'your academic mailbox is full, confirm your password'. Mentions a password but is not password_reset; the look-alike domain ac-toulouse-messagerie.com is not an académie domain, so no region."),
       frm=("Service Messagerie Académique", "support@ac-toulouse-messagerie.com"), dt=D(9, 6, 2, 51), client="plain",
       auth="fail", html=True,
       subject="Action requise : votre boîte académique a atteint 98 % de son quota",
       body="""Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Les nouveaux messages
de la rentrée seront rejetés dans les 24 heures.

Pour éviter la suspension de votre compte, confirmez votre identifiant et
votre mot de passe en cliquant ici : http://ac-toulouse-messagerie.com/verif

Service Messagerie
Rectorat
""")

prev_dt = D(9, 8, 10, 2)
prev = """Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de
l'établissement. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance"""
person(L("other", False, None, "esidoc", True,
         "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. No UAI; region from the ac-bordeaux.fr sender."),
       frm=("Véronique Labarthe", "veronique.labarthe@ac-bordeaux.fr"), dt=D(9, 8, 11, 15), client="thunderbird",
       subject="Re: [#SUP-021901] Mot de passe du portail e-sidoc",
       irt=desk_id("021901", prev_dt),
       body="""Bonjour,

C'est parfait, le secrétariat m'a transmis le lien et j'ai pu choisir un
nouveau mot de passe. Tout fonctionne. Merci pour votre réactivité !

Véronique Labarthe

""" + q_thunderbird(prev_dt, "Assistance", prev))

person(L("other", False, None, None, False,
         "A parent asks about the school bus timetable: wrong address, unrelated."),
       frm=("Karine Puech", "karine.puech81@orange.fr"), dt=D(9, 1, 20, 22), client="plain",
       subject="horaires bus collège",
       body="""Bonsoir,

Mon fils entre en 6e au collège de Lavaur et je ne trouve pas les horaires du
car scolaire pour la ligne de Saint-Sulpice. Pouvez-vous me les envoyer ?

Merci
Karine Puech
""")

person(L("other", False, None, "esidoc", False,
         "New librarian asks whether there is training for first-time e-sidoc users: a how-to/training question with no category of its own. Region from the ac-toulouse.fr sender."),
       frm=("Élodie Barthe", "elodie.barthe@ac-toulouse.fr"), dt=D(9, 9, 17, 3), client="zimbra",
       subject="Formation prise en main du portail",
       body="""Bonjour,

J'arrive du second degré de l'académie de Lille et je découvre e-sidoc.
Existe-t-il une formation en ligne ou des tutoriels pour les nouveaux
administrateurs de portail (gestion des actualités, paniers de notices,
sélections) ? Mon accès fonctionne, c'est simplement l'outil que je ne
connais pas.

Bonne journée,
Élodie Barthe
""")

person(L("other", False, None, None, False,
         "Cold sales prospecting for library furniture, written to one person."),
       frm=("Damien Arnal", "d.arnal@mobilier-cdi-sud.example.fr"), dt=D(9, 10, 8, 55), client="outlook", html=True,
       subject="Aménagement de vos CDI – offre de rentrée",
       body="""Bonjour,

Spécialistes de l'aménagement des centres de documentation en Occitanie,
nous accompagnons les établissements dans la création d'espaces de lecture
modulables (bacs à albums, assises, rayonnages mobiles).

Je serais ravi de vous présenter notre catalogue 2025-2026 lors d'un court
échange téléphonique.

Bien à vous,
Damien Arnal
Chargé d'affaires – Mobilier CDI Sud
""" + "\n" + ENV[1] + "\n")

person(L("other", False, None, None, False,
         "Unsolicited application for an internship (stage) with a CV attached."),
       frm=("Inès Carbonne", "ines.carbonne@etu.univ-tlse2.example.fr"), dt=D(9, 11, 22, 5), client="gmail",
       subject="Candidature stage – Master métiers de la documentation",
       attach=[("CV_Ines_Carbonne.pdf", fake_pdf("CV Ines Carbonne"))],
       body="""Madame, Monsieur,

Étudiante en première année de master « Sciences de l'information et des
bibliothèques », je recherche un stage de huit semaines à partir de janvier.
Votre activité auprès des CDI m'intéresse beaucoup ; vous trouverez mon CV
en pièce jointe.

Je reste à votre disposition pour un entretien.

Inès Carbonne
""")

person(L("other", False, None, None, True,
         "Fake 'unpaid invoice' with a ZIP attachment from an unknown domain (SPF fails): phishing, not order_billing."),
       frm=("Service Comptabilité", "compta@factures-relance.example.biz"), dt=D(9, 12, 4, 33), client="plain", auth="fail",
       subject="RELANCE : facture n° FA-2025-08817 impayée",
       attach=[("FA-2025-08817.zip", bytes(random.Random(8817).randrange(256) for _ in range(300)), "application/zip")],
       body="""Bonjour,

Sauf erreur de notre part, la facture FA-2025-08817 d'un montant de 2 418,60 €
reste impayée à ce jour. Merci de consulter le document ci-joint et de
procéder au règlement sous 48 heures afin d'éviter des pénalités de retard.

Service Comptabilité
""")

person(L("other", False, None, "esidoc", False,
         "How-to: change the logo and colours of the e-sidoc portal home page. Region from the ac-montpellier.fr sender."),
       frm=("Sylvain Nadal", "sylvain.nadal@ac-montpellier.fr"), dt=D(9, 15, 12, 17), client="thunderbird",
       subject="Changer le logo du portail",
       body="""Bonjour,

Le lycée a changé de logo cet été et je voudrais mettre à jour la page
d'accueil de notre portail e-sidoc (bandeau, couleurs). Où se trouve ce
réglage dans l'administration ? Je ne le vois pas dans le menu « Apparence ».

Merci,
Sylvain Nadal
Lycée Jean Vilar – Villeneuve-lès-Avignon
""")

person(L("other", False, None, None, False,
         "Angry complaint about an unanswered request that says nothing about its subject; region from the ac-limoges.fr sender."),
       frm=("Patrick Lavergne", "patrick.lavergne@ac-limoges.fr"), dt=D(9, 17, 16, 48), client="zimbra",
       subject="TROISIÈME relance !!!",
       body="""Bonjour,

Troisième message sans la moindre réponse. C'est inadmissible, nous sommes
en pleine rentrée et on nous laisse sans solution. J'attends un appel
aujourd'hui.

P. Lavergne
""")

person(L("other", False, None, "espace_acheteur", False,
         "GDPR: a gestionnaire who left the school asks for her personal data to be erased from the Espace Acheteur; not account_creation."),
       frm=("Monique Soulages", "monique.soulages@laposte.net"), dt=D(9, 18, 9, 0), client="plain",
       subject="Suppression de mes données personnelles",
       body="""Bonjour,

J'ai quitté mes fonctions de gestionnaire au collège de Saint-Gaudens le
31 août (départ à la retraite). Conformément au RGPD, je vous demande de
supprimer mon compte personnel de l'Espace Acheteur ainsi que les données
qui me concernent.

Merci de me confirmer la suppression.

Monique Soulages
""")

person(L("other", False, None, None, True,
         "Misleading subject 'URGENT mot de passe': a personal message meant for a colleague (address autocomplete), about the Wi-Fi code of the staff room. Region from the ac-toulouse.fr sender."),
       frm=("Cécile Roques", "cecile.roques@ac-toulouse.fr"), dt=D(9, 19, 7, 52), client="iphone",
       subject="URGENT mot de passe",
       body="""Coucou Sandrine,

Tu peux me redonner le code wifi de la salle des profs ? Le nouveau, celui
affiché près de la photocopieuse, je ne l'ai pas noté. Et pense à garder une
part de gâteau pour midi 😉

Bisous
Cécile

Envoyé de mon iPhone
""")

person(L("other", False, None, "espace_acheteur", False,
         "Hand-written request to be removed from the Espace Acheteur newsletter: a person wrote it, so not automated."),
       frm=("Hervé Combes", "herve.combes@ac-montpellier.fr"), dt=D(9, 22, 14, 30), client="outlook",
       subject="Désinscription lettre d'information",
       body="""Bonjour,

Merci de ne plus m'envoyer la lettre d'information de l'Espace Acheteur : je
ne suis plus gestionnaire depuis la rentrée (je suis passé en rectorat).

Cordialement,
Hervé Combes
""")

person(L("other", False, None, None, False,
         "English: a small publisher asks to be listed as a resource provider.", lang="en"),
       frm=("Olivia Grant", "olivia.grant@brightpages-press.example.co.uk"), dt=D(9, 23, 11, 6), client="gmail",
       subject="Partnership request – graded readers for French schools",
       body="""Dear team,

We publish graded English readers for secondary schools and would love to
be included in the catalogue your platform offers to school libraries. Who
would be the right person to talk to about becoming a listed provider?

Best regards,
Olivia Grant
Partnerships, Bright Pages Press
""" + "\n" + DISCLAIMERS["en"] + "\n")

prev_dt = D(9, 12, 15, 20)
prev = """Bonjour,

Votre licence a été régénérée. Relancez l'outil de transfert puis faites un
transfert manuel pour vérifier.

Cordialement,
L'équipe d'assistance"""
person(L("other", False, None, "ecoledirecte", True,
         "Reply that only confirms the EcoleDirecte transfers work again and thanks the desk; it mentions the transfer topic but asks nothing."),
       frm=("Sébastien Cazeneuve", "s.cazeneuve@ensemble-jeanne-darc-tarbes.fr"), dt=D(9, 15, 8, 4), client="outlook",
       subject="RE: [#SUP-022044] Transferts EcoleDirecte bloqués",
       irt=desk_id("022044", prev_dt),
       body="""Bonjour,

Bien reçu, tout est rentré dans l'ordre : le transfert de ce matin est passé
et les parents voient de nouveau les notes. Un grand merci.

Sébastien Cazeneuve
Responsable informatique
Ensemble scolaire Jeanne d'Arc – Tarbes

""" + q_outlook("Assistance <support@assistance.example.fr>", prev_dt,
                "Sébastien Cazeneuve <s.cazeneuve@ensemble-jeanne-darc-tarbes.fr>",
                "[#SUP-022044] Transferts EcoleDirecte bloqués", prev, rule=False))

person(L("other", False, None, None, False,
         "Invitation to speak at the académie's librarians' day: other. Region from the ac-limoges.fr sender."),
       frm=("Catherine Mazaud", "catherine.mazaud@ac-limoges.fr"), dt=D(9, 24, 10, 44), client="zimbra",
       subject="Invitation – journée académique des professeurs documentalistes",
       body="""Bonjour,

L'inspection organise le jeudi 27 novembre, à Limoges, une journée
académique des professeurs documentalistes consacrée à l'accueil des
nouveaux collègues. Votre service accepterait-il de présenter en trente
minutes les outils d'assistance à disposition des établissements ?

Je reste à votre écoute,

Catherine Mazaud
Chargée de mission documentation – Académie de Limoges
""" + "\n" + DISCLAIMERS["rgpd"] + "\n")

person(L("other", False, None, None, False,
         "French lottery / crypto spam with a too-good-to-be-true gain."),
       frm=("Service Gains", "gains@loterie-prestige.example.top"), dt=D(9, 25, 1, 30), client="plain", auth="fail",
       subject="Félicitations ! Votre gain de 15 000 € vous attend",
       body="""Félicitations,

Votre adresse a été tirée au sort lors de notre grand jeu de la rentrée.
Pour recevoir vos 15 000 €, il suffit de régler les frais de dossier en
cryptomonnaie via le lien sécurisé ci-dessous.

Offre valable 48 heures.
""")

u = U("0820471")
person(L("other", False, u, None, True,
         "The new proviseur writes from the ce.<UAI> address only to introduce himself; no request and no authorisation, so not head_of_establishment_request."),
       frm=("Proviseur Lycée Antoine Bourdelle", f"ce.{u}@ac-toulouse.fr"), dt=D(9, 3, 17, 35), client="zimbra", html=True,
       subject="Prise de fonctions – lycée Antoine Bourdelle",
       body="""Madame, Monsieur,

Nommé proviseur du lycée Antoine Bourdelle de Montauban à compter du
1er septembre 2025, je tenais simplement à me présenter aux services avec
lesquels l'établissement travaille.

Mme Olivié (gestionnaire) et M. Fabre (professeur documentaliste) restent
vos interlocuteurs habituels. Je n'ai pas de demande particulière à ce stade.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Éric Vaissière
Proviseur
""")

person(L("other", False, None, "espace_acheteur", False,
         "Cannot register for an Espace Acheteur webinar: the registration link fails. Region from the ac-bordeaux.fr sender."),
       frm=("Nathalie Ducasse", "nathalie.ducasse@ac-bordeaux.fr"), dt=D(9, 12, 13, 13), client="outlook",
       subject="Inscription webinaire du 16 septembre",
       body="""Bonjour,

Je souhaite m'inscrire au webinaire « premiers pas » du 16 septembre annoncé
dans votre lettre d'information, mais le lien m'affiche une page blanche.
Pouvez-vous m'inscrire directement ?

Merci,
Nathalie Ducasse
Gestionnaire – collège Clisthène, Bordeaux
""")

# ---------------------------------------------------------------- missing_noreply_mail

u = U("0311793")
person(L("missing_noreply_mail", True, u, "espace_acheteur", False,
         "New gestionnaire signed up on the Espace Acheteur: the activation mail never came; no anti-spam product named."),
       frm=("Aurélie Mespoulet", "aurelie.mespoulet@ac-toulouse.fr"), dt=D(9, 2, 15, 21), client="zimbra",
       subject="Mail d'activation non reçu",
       body=f"""Bonjour,

Hier après-midi, j'ai rempli le formulaire d'inscription à l'Espace Acheteur
pour le collège Bellevue de Toulouse (UAI {u}). Le site indique qu'un mail
d'activation m'a été envoyé, mais je n'ai rien reçu.

Pouvez-vous me le renvoyer ?

Aurélie Mespoulet
Gestionnaire
""")

u = U("0340716")
person(L("missing_noreply_mail", True, u, "esidoc", True,
         "Reads like a password problem, but the 'forgotten password' form works: the new-password mail never arrives (three tries). missing_noreply_mail per the taxonomy."),
       frm=("Grégoire Pons", "gregoire.pons@ac-montpellier.fr"), dt=D(9, 3, 10, 56), client="thunderbird",
       subject="Problème de mot de passe e-sidoc",
       body=f"""Bonjour,

J'ai cliqué trois fois sur « mot de passe oublié » sur le portail e-sidoc du
lycée Joffre (Montpellier, {u}). À chaque fois le site confirme l'envoi d'un
message, mais rien n'arrive, ni dans la boîte de réception ni ailleurs.

Que puis-je faire ?

Grégoire Pons
Professeur documentaliste
""")

u = U("0230312")
person(L("missing_noreply_mail", True, u, "espace_acheteur", True,
         "Names MailInBlack only to say the school does not use it (checked with the technician): missing_noreply_mail, not mailinblack_spam."),
       frm=("Denis Aubusson", "denis.aubusson@ac-limoges.fr"), dt=D(9, 4, 14, 0), client="outlook",
       subject="Aucun mail de confirmation",
       body=f"""Bonjour,

Je n'ai jamais reçu le mail de confirmation de mon inscription à l'Espace
Acheteur (collège Jules Marouzeau, Guéret, UAI {u}).

J'ai lu dans votre FAQ qu'il fallait parfois débloquer les messages dans
MailInBlack : nous n'avons pas MailInBlack, j'ai vérifié avec le technicien
du département, notre messagerie est la messagerie académique standard.

Merci de votre aide,
Denis Aubusson
Adjoint gestionnaire
""")

prev_dt = D(9, 5, 9, 30)
prev = """Bonjour,

Les messages automatiques sont envoyés par une adresse no-reply. Vérifiez
votre dossier de courriers indésirables ; si le message s'y trouve, déclarez-le
comme légitime et ajoutez l'expéditeur à vos contacts.

Sans amélioration sous 48 heures, répondez simplement à ce message.

Cordialement,
L'équipe d'assistance"""
person(L("missing_noreply_mail", False, None, "espace_acheteur", False,
         "Reply (Outlook quote) after the junk-folder answer: still nothing after 48 h. The template was already sent, a person must follow up. Region from the ac-poitiers.fr sender."),
       frm=("Françoise Texier", "francoise.texier@ac-poitiers.fr"), dt=D(9, 9, 8, 40), client="outlook", html=True,
       subject="RE: [#SUP-021930] Pas de mail d'activation",
       irt=desk_id("021930", prev_dt),
       body="""Bonjour,

Rien dans les indésirables, l'adresse no-reply est dans mes contacts et
quatre jours plus tard je n'ai toujours pas le mail d'activation de l'Espace
Acheteur. Pouvez-vous voir avec l'équipe de la région ?

Cordialement,
Françoise Texier

""" + q_outlook("Assistance <support@assistance.example.fr>", prev_dt,
                "Texier Françoise <francoise.texier@ac-poitiers.fr>",
                "[#SUP-021930] Pas de mail d'activation", prev))

u = U("0470203")
person(L("missing_noreply_mail", True, u, "espace_acheteur", False,
         "Order confirmation and notification mails from the Espace Acheteur have not arrived since the rentrée."),
       frm=("Christelle Fourcade", "christelle.fourcade@ac-bordeaux.fr"), dt=D(9, 10, 11, 37), client="zimbra",
       subject="Plus de notifications depuis la rentrée",
       body=f"""Bonjour,

Depuis le début du mois, je ne reçois plus aucune notification de l'Espace
Acheteur (confirmations de commande, changements de statut). Les commandes
passent bien, c'est seulement le courrier qui ne suit pas.

Lycée Palissy, Agen – UAI {u}

Merci,
Christelle Fourcade
""")

person(L("missing_noreply_mail", True, None, "esidoc", False,
         "English: the e-sidoc activation link never reached the new librarian of a private international school; no anti-spam product named.", lang="en"),
       frm=("Daniel Brooks", "d.brooks@bordeaux-international-school.fr"), dt=D(9, 4, 9, 12), client="gmail",
       subject="Activation email not received",
       body="""Hello,

I am the new librarian at Bordeaux International School. The library portal
told me an activation email had been sent to me on Monday, but it has not
arrived. Could you resend it or tell me what to check?

Thanks in advance,
Daniel Brooks
""")

u = U("0642211")
inner_dt = D(9, 9, 16, 5)
inner = f"""Bonjour,

Je ne reçois pas le mail d'activation du portail e-sidoc, alors que l'adresse
est la bonne. Pouvez-vous regarder ?

Amaia Goñi – documentaliste, collège Marracq (Bayonne) – {u}"""
person(L("missing_noreply_mail", True, u, "esidoc", True,
         "Gmail-style forward ('Fwd:') from the département's IT: the librarian never receives the e-sidoc activation mail; the cover note says their filter is the standard Microsoft 365 one (no MailInBlack). UAI only in the forwarded part."),
       frm=("Xabi Mendiboure", "x.mendiboure@le64.fr"), dt=D(9, 10, 8, 12), client="gmail",
       subject="Fwd: mail d'activation portail CDI",
       body="""Bonjour,

Je fais suivre. Chez nous le filtrage est celui de Microsoft 365 par défaut,
rien de particulier ; les messages de votre adresse no-reply n'apparaissent
même pas dans la quarantaine. Pouvez-vous vérifier de votre côté ?

Xabi Mendiboure
Service numérique des collèges – Département des Pyrénées-Atlantiques

""" + fwd_gmail(inner_dt, "Amaia Goñi", "amaia.goni@ac-bordeaux.fr", "x.mendiboure@le64.fr",
                "mail d'activation portail CDI", inner))

u = U("0320907")
person(L("missing_noreply_mail", True, u, "espace_acheteur", False,
         "Hurried two-line message: still no activation mail, UAI given."),
       frm=("Jean-Marc Sarrazin", "jean-marc.sarrazin@ac-toulouse.fr"), dt=D(9, 11, 12, 2), client="iphone",
       subject="Activation",
       body=f"""Toujours pas reçu le mail d'activation espace acheteur. UAI {u}. Merci

JM Sarrazin
""")

u = U("0790188")
person(L("missing_noreply_mail", True, u, "espace_acheteur", False,
         "Sent from the ce.<UAI> address: the new-password mail of the Espace Acheteur is not in the inbox nor in the junk folder. UAI only in the sender address."),
       frm=("Intendance Lycée Jean Macé", f"ce.{u}@ac-poitiers.fr"), dt=D(9, 12, 15, 9), client="zimbra",
       subject="Mail de réinitialisation introuvable",
       body="""Bonjour,

Nous avons demandé un nouveau mot de passe pour l'Espace Acheteur du lycée
ce matin. Le message n'est pas arrivé sur cette boîte, et nous avons regardé
dans le dossier des indésirables : rien non plus.

L'intendance du lycée Jean Macé – Niort
""")

u = U("0110574")
person(L("missing_noreply_mail", True, u, "espace_acheteur", True,
         "Subject says 'problème de mot de passe', but the reset tool reports the mail as sent and it never arrives: missing_noreply_mail. HTML Outlook."),
       frm=("Gisèle Rouquette", "gisele.rouquette@ac-montpellier.fr"), dt=D(9, 15, 9, 27), client="outlook", html=True,
       subject="Problème de mot de passe Espace Acheteur",
       body=f"""Bonjour,

J'utilise le lien « mot de passe oublié » de l'Espace Acheteur : la page me
confirme bien qu'un message vient de partir à l'adresse de l'établissement.
Mais ce message n'arrive jamais. Je l'ai refait lundi et ce matin.

Collège Varsovie – Carcassonne, UAI {u}

Cordialement,
Gisèle Rouquette
Gestionnaire
""" + "\n" + ENV[0] + "\n")

u = U("0870522")
person(L("missing_noreply_mail", True, u, "espace_acheteur", False,
         "Sign-up done, confirmation mail never arrived (missing no-reply mail rather than account_creation)."),
       frm=("Yannick Bourdier", "yannick.bourdier@ac-limoges.fr"), dt=D(9, 16, 10, 48), client="thunderbird",
       subject="Confirmation d'inscription",
       body=f"""Bonjour,

Inscription faite jeudi sur l'Espace Acheteur pour le lycée Turgot de
Limoges ({u}). Je n'ai jamais reçu le mail de confirmation annoncé à l'écran.
Pourriez-vous le renvoyer ?

Merci,
Yannick Bourdier
""")

person(L("missing_noreply_mail", True, None, "ticket_portal", False,
         "HTML Outlook: e-mail notifications of replies on the ticket portal no longer arrive. Region from the ac-toulouse.fr sender."),
       frm=("Carole Albouy", "carole.albouy@ac-toulouse.fr"), dt=D(9, 17, 14, 14), client="outlook", html=True,
       subject="Notifications du portail de tickets non reçues",
       body="""Bonjour,

Je suis référente numérique de bassin depuis la rentrée. Sur le portail de
tickets, je vois bien les réponses quand je me connecte, mais je ne reçois
plus aucune notification par courriel (le portail indique pourtant qu'elles
sont envoyées).

Merci,
Carole Albouy
Référente numérique – bassin de Castelsarrasin
""")

u = U("0241562")
person(L("missing_noreply_mail", True, u, "esidoc", True,
         "Long chatty newcomer mail; the actual problem (the e-sidoc activation link never arrived) is buried in the middle."),
       frm=("Marie-Laure Chabrol", "marie-laure.chabrol@ac-bordeaux.fr"), dt=D(9, 18, 20, 45), client="thunderbird",
       subject="Premières semaines au CDI de Sarlat",
       body=f"""Bonsoir,

Je me présente : Marie-Laure Chabrol, nouvelle professeure documentaliste au
lycée Pré-de-Cordy de Sarlat, après quinze ans comme professeure de lettres.
Le changement est immense et passionnant, et je découvre un CDI très bien
tenu par mon prédécesseur, qui m'a laissé un classeur de consignes de trente
pages (sans les mots de passe, bien sûr).

J'ai voulu créer mon accès au portail e-sidoc la semaine dernière : le site
m'a indiqué qu'un lien d'activation partait vers mon adresse académique, et
ce lien n'est jamais arrivé. J'ai regardé partout, y compris dans les
indésirables. Pourriez-vous me le renvoyer ?

En attendant, je fais les emprunts sur un cahier, comme au siècle dernier,
et les élèves trouvent cela très exotique. Nous lançons aussi un club
lecture le jeudi midi, avec déjà dix-huit inscrits.

Merci pour votre aide, et pardon pour la longueur,

Marie-Laure Chabrol
Lycée Pré-de-Cordy – Sarlat-la-Canéda
UAI {u}
""")

u = U("0090187")
person(L("missing_noreply_mail", True, u, "esidoc", True,
         "The principal writes from the ce.<UAI> address, but only to report that the activation mail sent to that address never arrived: no request or authorisation, so not head_of_establishment_request."),
       frm=("Principal collège Pierre Bayle", f"ce.{u}@ac-toulouse.fr"), dt=D(9, 19, 11, 11), client="zimbra",
       subject="Lien d'activation du portail documentaire",
       body="""Bonjour,

Le lien d'activation du portail e-sidoc, qui devait arriver sur la boîte de
l'établissement, n'est jamais parvenu. Nous avons vérifié les courriers
indésirables avec le secrétariat. Pouvez-vous le renvoyer ?

Bien cordialement,

Le principal
Collège Pierre Bayle – Pamiers
""")

u = U("0480126")
person(L("missing_noreply_mail", True, u, "esidoc", False,
         "Writes from a personal Gmail address: the e-sidoc activation mail is not in Gmail's spam either; UAI in the body."),
       frm=("Lise Chaptal", "lise.chaptal.doc@gmail.com"), dt=D(9, 22, 18, 30), client="gmail",
       subject="Lien d'activation e-sidoc",
       body=f"""Bonjour,

Documentaliste au collège Henri Bourrillon de Mende (UAI {u}), j'ai donné
mon adresse Gmail lors de l'activation du portail, mon adresse académique
n'étant pas encore active. Le lien n'est jamais arrivé, et il n'est pas non
plus dans les spams de Gmail.

Merci d'avance,
Lise Chaptal
""")

person(L("missing_noreply_mail", True, None, "esignature", False,
         "The invitation to e-sign a convention, sent by the signature platform's no-reply address, never arrived. Region from the ac-bordeaux.fr sender."),
       frm=("Bernard Lafitte", "bernard.lafitte@ac-bordeaux.fr"), dt=D(9, 23, 10, 3), client="outlook",
       subject="Invitation à signer non reçue",
       body="""Bonjour,

On m'annonce que la convention d'adhésion de l'établissement a été envoyée
pour signature électronique le 19 septembre, mais je n'ai reçu aucun
courriel de la plateforme de signature. Rien dans les indésirables.

Pouvez-vous relancer l'envoi ?

Bernard Lafitte
Proviseur adjoint – lycée Victor Louis, Talence
""")

u = U("0650531")
person(L("missing_noreply_mail", True, u, "espace_acheteur", False,
         "Mails from the no-reply address stopped since the collectivity's new firewall; no anti-spam product named."),
       frm=("Nicolas Bergès", "nicolas.berges@ac-toulouse.fr"), dt=D(9, 24, 15, 55), client="thunderbird",
       subject="Messages automatiques non reçus",
       body=f"""Bonjour,

Depuis que la collectivité a changé le pare-feu du collège cet été, nous ne
recevons plus aucun message automatique de l'Espace Acheteur (activation de
compte du nouvel adjoint, avis de commande). Les autres mails arrivent.

Collège Paul Valéry – Vic-en-Bigorre – UAI {u}

Nicolas Bergès
""")

# ---------------------------------------------------------------- head_of_establishment_request

u = U("0311408")
person(L("head_of_establishment_request", False, u, "espace_acheteur", False,
         "The proviseur, from the ce.<UAI> address, designates the newly arrived gestionnaire as Espace Acheteur administrator and asks to close the former one's access."),
       frm=("Proviseur Lycée Raymond Naves", f"ce.{u}@ac-toulouse.fr"), dt=D(9, 2, 16, 20), client="zimbra", html=True,
       subject="Changement d'administrateur Espace Acheteur",
       body="""Madame, Monsieur,

Je vous informe que M. Kevin Aguilar a pris ses fonctions de gestionnaire du
lycée Raymond Naves au 1er septembre 2025. Je vous demande de bien vouloir
le désigner comme administrateur de notre structure sur l'Espace Acheteur
(kevin.aguilar@ac-toulouse.fr) et de clôturer l'accès de Mme Delmas, partie
à la retraite.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Frédéric Mailhol
Proviseur
Lycée Raymond Naves – Toulouse
""" + "\n" + DISCLAIMERS["conf"] + "\n")

u = U("0332048")
person(L("head_of_establishment_request", False, u, "esidoc", False,
         "The principale asks in writing for a reset of the e-sidoc administrator password and for the contact address to become the new librarian's."),
       frm=("Principale collège Jean Zay", f"ce.{u}@ac-bordeaux.fr"), dt=D(9, 3, 9, 2), client="outlook", html=True,
       subject="Demande de réinitialisation – portail e-sidoc",
       body="""Madame, Monsieur,

Je soussignée, Mme Hélène Bergeron, principale du collège Jean Zay de
Cenon, vous demande de réinitialiser le mot de passe du compte administrateur
de notre portail e-sidoc et de remplacer l'adresse de contact par celle de
notre nouvelle professeure documentaliste, Mme Léa Castaing
(lea.castaing@ac-bordeaux.fr).

Avec mes remerciements,

Hélène Bergeron
Principale
""")

u = U("0120871")
person(L("head_of_establishment_request", False, u, "espace_acheteur", True,
         "The secretary sends, at the principal's request, his signed letter (PDF) naming a new Espace Acheteur administrator: it is the head's written request, relayed; staff must check the letter."),
       frm=("Josiane Vernhes", "josiane.vernhes@ac-toulouse.fr"), dt=D(9, 4, 11, 40), client="outlook",
       cc=[("Principal collège Jean Moulin", f"ce.{u}@ac-toulouse.fr")],
       subject="Courrier de M. le Principal – administrateur Espace Acheteur",
       attach=[("Courrier_principal_administrateur_EA.pdf", fake_pdf("courrier principal Rodez"))],
       body=f"""Bonjour,

À la demande de M. le Principal, je vous transmets en pièce jointe son
courrier signé désignant Mme Audrey Puel, gestionnaire arrivée à la rentrée,
comme administratrice de la structure sur l'Espace Acheteur, en remplacement
de M. Costes.

M. le Principal est en copie de ce message.

Collège Jean Moulin – Rodez – UAI {u}

Cordialement,
Josiane Vernhes
Secrétaire de direction
""" + "\n" + ENV[2] + "\n")

u = U("0171745")
person(L("head_of_establishment_request", False, u, None, False,
         "A new principal inherited accounts nobody handed over and asks, at length, that every administrator account (e-sidoc and Espace Acheteur) be reset to the school's official address and the former principal's access closed. Two products, so no single platform."),
       frm=("Principal collège Camille Claudel", f"ce.{u}@ac-poitiers.fr"), dt=D(9, 5, 19, 5), client="zimbra",
       subject="Reprise des accès de l'établissement",
       body="""Madame, Monsieur,

Je prends cette année la direction du collège Camille Claudel de Royan. Mon
prédécesseur a été muté au dernier moment et la passation s'est faite en
une heure, sans aucune liste des comptes en ligne de l'établissement.

J'ai découvert en deux jours que :
- le portail e-sidoc du CDI a pour adresse de contact la messagerie
  personnelle de l'ancienne documentaliste ;
- l'Espace Acheteur est rattaché à l'adresse personnelle de mon prédécesseur.

Je vous demande donc, par le présent message envoyé depuis la boîte
officielle du collège, de rattacher ces deux comptes administrateurs à
l'adresse de l'établissement, de réinitialiser leurs mots de passe, et de
supprimer les accès de M. Durand et de Mme Perrin.

Je me tiens à votre disposition pour toute vérification.

Arnaud Guillemet
Principal
Collège Camille Claudel – Royan
""")

u = U("0811920")
person(L("head_of_establishment_request", False, u, "esidoc", False,
         "Primary-school head (directrice d'école) asks to replace the e-sidoc contact address with the school's address."),
       frm=("Directrice école Jean Jaurès", f"ce.{u}@ac-toulouse.fr"), dt=D(9, 8, 12, 25), client="zimbra",
       subject="Adresse de contact du portail de la BCD",
       body="""Bonjour,

Directrice de l'école élémentaire Jean Jaurès de Castres depuis la rentrée,
je souhaite que l'adresse de contact du compte administrateur du portail
e-sidoc de notre BCD soit celle de l'école (la présente adresse) et non plus
celle de l'ancienne directrice.

Merci de procéder à ce changement.

Sophie Maurel
Directrice
""")

u = U("0860731")
person(L("head_of_establishment_request", False, u, "espace_acheteur", True,
         "The proviseur authorises in writing the new gestionnaire to validate the order; it mentions an order and a bon d'engagement but is an authorisation from the head, not order_billing."),
       frm=("Proviseur Lycée Aliénor d'Aquitaine", f"ce.{u}@ac-poitiers.fr"), dt=D(9, 9, 17, 58), client="outlook",
       subject="Autorisation de validation de commande",
       body="""Madame, Monsieur,

J'autorise Mme Chloé Bouchet, gestionnaire du lycée Aliénor d'Aquitaine de
Poitiers depuis le 1er septembre, à valider en mon nom sur l'Espace Acheteur
la commande de fournitures de rentrée (panier du 5 septembre), le bon
d'engagement ayant été signé par mes soins.

Cordialement,

Jean-Luc Morisset
Proviseur
""")

u = U("0300488")
prev_dt = D(9, 10, 9, 15)
prev = """Bonjour,

Pour changer l'administrateur du portail, nous avons besoin d'une demande
écrite du chef d'établissement, envoyée de préférence depuis l'adresse
officielle de l'établissement.

Cordialement,
L'équipe d'assistance"""
person(L("head_of_establishment_request", False, u, "esidoc", True,
         "Reply from the proviseure's phone (iPhone quote) giving the written request the desk asked for: change of e-sidoc administrator. Sent from her personal academic address, UAI in the text."),
       frm=("Florence Aubanel", "florence.aubanel@ac-montpellier.fr"), dt=D(9, 10, 12, 41), client="iphone",
       subject="Re: [#SUP-021988] Changement d'administrateur du portail",
       irt=desk_id("021988", prev_dt),
       body=f"""Bonjour,
Je confirme en tant que proviseure du lycée Albert Camus de Nîmes (UAI {u}) que M. Thibault Roux, professeur documentaliste, doit devenir administrateur du portail e-sidoc à la place de Mme Ferrier.
Cordialement
F. Aubanel, proviseure

Envoyé de mon iPhone

""" + q_iphone(prev_dt, "Assistance", DESK, prev))

u = U("0330277")
person(L("head_of_establishment_request", False, u, None, True,
         "Claims to be the principal from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address; asks to move the administrator accounts and send the passwords there. Probable spoof, still a head request for staff to refuse. No single product named."),
       frm=("Principal Collège Montaigne", f"ce.{u}@ac-bordeaux.fr"), dt=D(9, 11, 6, 3), client="plain", auth="fail",
       reply_to=("Principal", "principal.college.montaigne@outlook.fr"),
       subject="URGENT – modification des comptes administrateurs",
       body="""Bonjour,

Je suis le nouveau principal du collège. Merci de modifier immédiatement
l'adresse de tous nos comptes administrateurs pour
principal.college.montaigne@outlook.fr et de m'envoyer les mots de passe
à cette adresse. Je suis en déplacement et je ne peux pas être joint par
téléphone.

Le Principal
""")

u = U("0641854")
person(L("head_of_establishment_request", False, u, "espace_acheteur", False,
         "English; the head of a bilingual private school names a new Espace Acheteur administrator and asks to remove the former one.", lang="en"),
       frm=("Catherine Doyle", "head@ecole-bilingue-biarritz.fr"), dt=D(9, 12, 10, 22), client="outlook",
       subject="Change of administrator for our buyer account",
       body=f"""Dear Sir or Madam,

As Head of the École bilingue de Biarritz (school code {u}), I am writing to
ask that Mr Iker Arrieta, our new bursar, be made administrator of our
Espace Acheteur account, and that the access of Ms Sarah Fenwick, who left
in July, be closed.

Yours faithfully,

Catherine Doyle
Head of School
""" + "\n" + DISCLAIMERS["en"] + "\n" + ENV[4] + "\n")

u = U("0090652")
person(L("head_of_establishment_request", False, u, "esidoc", True,
         "The principal adjoint writes 'par délégation du principal' to change the e-sidoc administrator: a deputy acting for the head, so a head-of-establishment request for staff to check."),
       frm=("Alain Fauré", "alain.faure@ac-toulouse.fr"), dt=D(9, 15, 15, 5), client="zimbra",
       subject="Administrateur du portail du CDI",
       body=f"""Bonjour,

Par délégation de M. le Principal, absent cette semaine, je vous demande de
désigner Mme Justine Lasserre, professeure documentaliste nommée à la
rentrée, comme administratrice du portail e-sidoc du collège Lakanal de Foix
(UAI {u}), et de retirer l'accès de M. Grasset.

Cordialement,

Alain Fauré
Principal adjoint
""")

u = U("0190552")
prev_dt = D(6, 20, 14, 2)
prev = """Bonjour,

La facture de la commande n° 2025-3318 est maintenant déposée sur Chorus Pro.

Cordialement,
L'équipe d'assistance"""
person(L("head_of_establishment_request", False, u, "espace_acheteur", True,
         "Reply on an old invoice thread (quoted history about Chorus), but the proviseur now asks something else: reset the administrator password to the official address because the gestionnaire left. New topic wins."),
       frm=("Proviseur Lycée Edmond Perrier", f"ce.{u}@ac-limoges.fr"), dt=D(9, 16, 8, 15), client="outlook",
       subject="RE: [#SUP-019044] Facture commande 2025-3318",
       irt=desk_id("019044", prev_dt),
       body="""Bonjour,

Je reprends ce fil, le seul que j'ai retrouvé avec vous. Notre gestionnaire
a quitté l'établissement cet été sans transmettre le mot de passe de
l'Espace Acheteur. En tant que proviseur, je vous demande de réinitialiser
le mot de passe du compte administrateur et d'envoyer le lien à l'adresse
officielle du lycée (celle-ci).

Cordialement,
Pascal Chaumeil
Proviseur – Lycée Edmond Perrier, Tulle

""" + q_outlook("Assistance <support@assistance.example.fr>", prev_dt,
                "Intendance <intendance.perrier@ac-limoges.fr>",
                "[#SUP-019044] Facture commande 2025-3318", prev))

u = U("0640355")
person(L("head_of_establishment_request", False, u, "espace_acheteur", False,
         "Basque greeting; the principal transfers the Espace Acheteur administration from the departed gestionnaire to the deputy gestionnaire."),
       frm=("Principal collège Piemont", f"ce.{u}@ac-bordeaux.fr"), dt=D(9, 17, 11, 3), client="zimbra",
       subject="Administration de l'Espace Acheteur",
       body="""Egun on,

Notre gestionnaire, M. Lacoste, a quitté le collège Piemont de Saint-Palais
en août. Je vous demande de transférer l'administration de notre compte
Espace Acheteur à Mme Garazi Etchart, adjointe gestionnaire
(garazi.etchart@ac-bordeaux.fr).

Mila esker,
Beñat Oxandabaratz
Principal
""")

u = U("0480341")
person(L("head_of_establishment_request", False, u, "esidoc", False,
         "The director of an EREA in Lozère authorises the librarian to become administrator of the e-sidoc portal."),
       frm=("Direction EREA Saint-Chély", f"ce.{u}@ac-montpellier.fr"), dt=D(9, 18, 14, 50), client="outlook", html=True,
       subject="Désignation administrateur e-sidoc",
       body="""Madame, Monsieur,

En ma qualité de directeur de l'EREA de Saint-Chély-d'Apcher, j'autorise
Mme Manon Baffie, professeure documentaliste, à être administratrice du
portail e-sidoc de l'établissement. Merci de lui ouvrir les droits
correspondants.

Bien cordialement,

Didier Rouvière
Directeur
""" + "\n" + ENV[1] + "\n")

# ---------------------------------------------------------------- mailinblack_spam

person(L("mailinblack_spam", True, None, "espace_acheteur", False,
         "IT manager of a lycée asks which sender addresses to allow-list in MailInBlack for the Espace Acheteur activation mails. Region from the ac-montpellier.fr sender."),
       frm=("Fabrice Malet", "fabrice.malet@ac-montpellier.fr"), dt=D(9, 2, 9, 44), client="thunderbird",
       subject="Liste blanche MailInBlack",
       body="""Bonjour,

Je gère la messagerie du lycée Charles de Gaulle de Sète, protégée par
MailInBlack. Plusieurs nouveaux collègues attendent leurs mails d'activation
de l'Espace Acheteur. Quelles adresses d'expéditeur dois-je ajouter en liste
blanche ?

Merci,
Fabrice Malet
Administrateur réseau
""")

u = U("0810329")
person(L("mailinblack_spam", True, u, "espace_acheteur", False,
         "Espace Acheteur no-reply mails held in the MailInBlack quarantine of a collège."),
       frm=("Sandra Calmettes", "sandra.calmettes@ac-toulouse.fr"), dt=D(9, 3, 14, 10), client="zimbra",
       subject="Messages bloqués",
       body=f"""Bonjour,

Le mail d'activation de mon compte Espace Acheteur est resté bloqué dans la
quarantaine MailInBlack du collège (je le vois dans le rapport quotidien,
mais je ne peux pas l'ouvrir). Comment faire ?

Collège Jean Jaurès – Albi – {u}

Sandra Calmettes, gestionnaire
""")

u = U("0240897")
person(L("mailinblack_spam", False, u, "esidoc", True,
         "Describes a sender-authentication challenge ('prove you are human') without naming MailInBlack: likely mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide."),
       frm=("Jacques Reynal", "jacques.reynal@ac-bordeaux.fr"), dt=D(9, 4, 16, 2), client="outlook",
       subject="Message étrange à propos de vos mails",
       body=f"""Bonjour,

Notre technicien me dit que vos messages (activation du portail e-sidoc)
reçoivent une réponse automatique demandant à l'expéditeur de cliquer sur un
lien pour prouver qu'il n'est pas un robot, et que tant que ce n'est pas fait
ils restent en attente chez nous. Je n'y comprends pas grand-chose ; avez-vous
reçu ce message ?

Collège Jean Moulin – Périgueux (UAI {u})

Jacques Reynal
Professeur documentaliste
""")

person(L("mailinblack_spam", True, None, None, False,
         "Typed in a hurry from a phone, product written 'mail in black', no platform named."),
       frm=("Jessica Vidal", "jessica.vidal@ac-montpellier.fr"), dt=D(9, 5, 12, 31), client="iphone",
       subject="bloqué",
       body="""bonjour vos mails sont bloqués par mail in black chez nous, vous pouvez m envoyer la procedure ? merci

Envoyé de mon iPhone
""")

u = U("0640512")
person(L("mailinblack_spam", True, u, "esidoc", False,
         "English; the Mailinblack quarantine is holding the e-sidoc activation links.", lang="en"),
       frm=("Emma Sinclair", "emma.sinclair@ac-bordeaux.fr"), dt=D(9, 8, 10, 17), client="gmail",
       subject="Activation links stuck in Mailinblack",
       body=f"""Hello,

The activation emails for our library portal are being held in our school's
Mailinblack quarantine and I cannot release them myself. Is there a guide
for allowing your addresses?

School: Lycée Saint-John Perse, Pau – {u}

Best,
Emma Sinclair
""")

u = U("0790947")
person(L("mailinblack_spam", False, u, "espace_acheteur", True,
         "Two topics: MailInBlack holds the Espace Acheteur mails (first) and a quote (devis) is needed for a bon d'engagement. A single template would answer only half."),
       frm=("Céline Guérineau", "celine.guerineau@ac-poitiers.fr"), dt=D(9, 9, 11, 2), client="outlook",
       subject="Mails bloqués et devis",
       body=f"""Bonjour,

Depuis l'installation de MailInBlack par la collectivité, vos mails de
l'Espace Acheteur sont bloqués et j'ai dû valider l'expéditeur à la main
plusieurs fois. Pouvez-vous m'envoyer la procédure pour l'autoriser une fois
pour toutes ?

Par ailleurs, il me faudrait un devis pour les 35 dictionnaires du panier en
cours, pour établir le bon d'engagement.

Collège Jean Rostand – Bressuire – {u}

Merci,
Céline Guérineau
""")

u = U("0320783")
inner_dt = D(9, 9, 15, 40)
inner = f"""Bonjour Mathieu,

Depuis la rentrée je ne reçois plus rien de l'Espace Acheteur, pas même le
mail pour activer mon compte. Est-ce lié au nouveau filtre ?

Nora Benkhelifa, gestionnaire, collège Mathalin (Auch) – {u}"""
person(L("mailinblack_spam", True, u, "espace_acheteur", True,
         "IT of the département forwards (TR:) a gestionnaire's mail; the cover note explains that MailInBlack was deployed on the Gers collèges this summer and asks for the allow-list guide. UAI only in the forwarded part."),
       frm=("Mathieu Daubagna", "m.daubagna@gers.fr"), dt=D(9, 10, 9, 5), client="outlook",
       subject="TR: Plus de mails de l'Espace Acheteur",
       body="""Bonjour,

Pour info, le Département a déployé MailInBlack sur la messagerie de tous les
collèges du Gers cet été. Plusieurs gestionnaires ne reçoivent plus vos
messages. Pouvez-vous nous transmettre les adresses et domaines à autoriser ?

Mathieu Daubagna
Pôle numérique éducatif – Département du Gers

""" + q_outlook("Nora Benkhelifa <nora.benkhelifa@ac-toulouse.fr>", inner_dt,
                "Mathieu Daubagna <m.daubagna@gers.fr>", "Plus de mails de l'Espace Acheteur", inner)
       + "\n" + DISCLAIMERS["region"] + "\n\n" + ENV[0] + "\n")

u = U("0870318")
person(L("mailinblack_spam", True, u, "espace_acheteur", False,
         "MailInBlack installed by the département at the rentrée; activation mails held."),
       frm=("Pascale Boulesteix", "pascale.boulesteix@ac-limoges.fr"), dt=D(9, 11, 13, 44), client="zimbra",
       subject="MailInBlack et Espace Acheteur",
       body=f"""Bonjour,

Le Département de la Haute-Vienne a mis en place MailInBlack au collège
Léon Blum de Limoges pour la rentrée. Depuis, le mail d'activation de
l'Espace Acheteur reste bloqué. Avez-vous une procédure à transmettre à
notre informaticien ?

UAI {u}

Pascale Boulesteix
""")

u = U("0330841")
person(L("mailinblack_spam", True, u, "espace_acheteur", True,
         "Negation: not in the junk folder (she checked); the IT says MailInBlack is blocking. MailInBlack is named, so mailinblack_spam."),
       frm=("Sabine Dutour", "sabine.dutour@ac-bordeaux.fr"), dt=D(9, 12, 10, 0), client="outlook", html=True,
       subject="Mail d'activation – ce n'est pas dans les spams",
       body=f"""Bonjour,

Je précise tout de suite : le mail d'activation n'est pas dans mes
indésirables, j'ai regardé trois fois. D'après notre informaticien, c'est
MailInBlack qui retient les messages de votre plateforme.

Lycée des métiers Émile Combes, Bègles : {u}

Merci de votre aide,
Sabine Dutour
""")

person(L("mailinblack_spam", True, None, "espace_acheteur", False,
         "MAILINBLACK in capitals; asks whether to allow the whole domain or only the no-reply address. Region from the ac-poitiers.fr sender."),
       frm=("Ludovic Perrot", "ludovic.perrot@ac-poitiers.fr"), dt=D(9, 15, 17, 30), client="thunderbird",
       subject="Autorisation expéditeur",
       body="""Bonjour,

Pour que vos notifications de l'Espace Acheteur ne soient plus retenues par
MAILINBLACK, faut-il autoriser tout le domaine assistance.example.fr ou
seulement l'adresse no-reply ?

Ludovic Perrot
Technicien – Cité scolaire de Jonzac
""")

u = U("0460429")
person(L("mailinblack_spam", True, u, "espace_acheteur", False,
         "HTML Outlook; 'Mailinblack Protect' quarantined the activation mail."),
       frm=("Éric Lagarrigue", "eric.lagarrigue@ac-toulouse.fr"), dt=D(9, 16, 11, 15), client="outlook", html=True,
       subject="Mail d'activation en quarantaine",
       body=f"""Bonjour,

Le mail d'activation de l'Espace Acheteur a été placé en quarantaine par
Mailinblack Protect. Pouvez-vous me dire comment l'autoriser ?

Collège Gambetta – Cahors – {u}

Cordialement,
Éric Lagarrigue
Gestionnaire
""" + "\n" + ENV[3] + "\n")

u = U("0160419")
person(L("mailinblack_spam", True, u, "esidoc", False,
         "Short message from the ce.<UAI> address: blocked by MailInBlack, send the procedure. UAI only in the sender address."),
       frm=("CDI Lycée Marguerite de Valois", f"ce.{u}@ac-poitiers.fr"), dt=D(9, 18, 9, 9), client="zimbra",
       subject="Blocage MailInBlack",
       body="""Bonjour,

Les messages de votre portail e-sidoc sont bloqués par MailInBlack chez nous.
Merci de nous envoyer la procédure d'autorisation.

Le CDI du lycée Marguerite de Valois – Angoulême
""")

u = U("0340293")
person(L("mailinblack_spam", True, u, "espace_acheteur", False,
         "MailInBlack asks her to validate senders; she validated the no-reply address but later mails are still held."),
       frm=("Amandine Fabre", "amandine.fabre@ac-montpellier.fr"), dt=D(9, 19, 14, 33), client="thunderbird",
       subject="MailInBlack retient toujours vos messages",
       body=f"""Bonjour,

MailInBlack m'a demandé de valider vos messages : je l'ai fait pour
l'adresse no-reply de l'Espace Acheteur, mais les messages suivants sont de
nouveau retenus. Y a-t-il une autre adresse à autoriser ?

Collège Paul Valéry – Sète – UAI {u}

Amandine Fabre
""")

# ---------------------------------------------------------------- account_creation

person(L("account_creation", True, None, "espace_acheteur", False,
         "New gestionnaire asks how to create an Espace Acheteur account: the sign-up form answer fits. Region from the ac-limoges.fr sender."),
       frm=("Aurore Chastang", "aurore.chastang@ac-limoges.fr"), dt=D(9, 1, 10, 30), client="zimbra",
       subject="Création de compte Espace Acheteur",
       body="""Bonjour,

Je viens de prendre mon poste de gestionnaire au collège de Bort-les-Orgues.
Comment créer mon compte sur l'Espace Acheteur ? Je n'ai trouvé qu'une page
de connexion.

Merci,
Aurore Chastang
""")

u = U("0820258")
person(L("account_creation", True, u, "espace_acheteur", True,
         "Negation: 'je n'ai pas oublié mon mot de passe', the new gestionnaire never had an Espace Acheteur account and asks how to create one: account_creation, not password_reset."),
       frm=("Marion Delmas", "marion.delmas@ac-toulouse.fr"), dt=D(9, 2, 13, 45), client="thunderbird",
       subject="Accès à l'Espace Acheteur",
       body=f"""Bonjour,

Je n'ai pas oublié mon mot de passe : je n'en ai jamais eu ! Je suis la
nouvelle gestionnaire du collège Olympe de Gouges de Montauban (UAI {u})
et je n'ai encore aucun compte personnel sur l'Espace Acheteur.

Comment le créer ?

Marion Delmas
""")

u = U("0400318")
person(L("account_creation", False, u, "espace_acheteur", False,
         "Asks who the structure's administrator is on the Espace Acheteur: needs a look-up, so a person answers."),
       frm=("Ludivine Saubusse", "ludivine.saubusse@ac-bordeaux.fr"), dt=D(9, 3, 15, 12), client="outlook",
       subject="Qui est l'administrateur de notre structure ?",
       body=f"""Bonjour,

J'ai créé mon compte sur l'Espace Acheteur et il attend la validation de
l'administrateur de la structure. Personne au lycée ne sait qui c'est.
Pouvez-vous me le dire ? Lycée Gaston Crampe, Aire-sur-l'Adour, UAI {u}.

Cordialement,
Ludivine Saubusse
""")

u = U("0301356")
person(L("account_creation", False, u, "espace_acheteur", False,
         "Account waiting for validation for ten days; the former administrator left the school: the region must step in."),
       frm=("Rémi Chabanon", "remi.chabanon@ac-montpellier.fr"), dt=D(9, 11, 10, 5), client="zimbra",
       subject="Compte en attente de validation depuis 10 jours",
       body=f"""Bonjour,

Mon compte Espace Acheteur est « en attente de validation » depuis le
1er septembre. L'administratrice de la structure était l'ancienne
gestionnaire, qui a quitté le collège ; personne ne peut donc valider.

Collège Jules Verne – Nîmes – {u}

Que faire ?
Rémi Chabanon
""")

u = U("0860514")
person(L("account_creation", True, u, "espace_acheteur", False,
         "Filled the sign-up form yesterday and cannot log in: account waiting for the structure administrator (FAQ case)."),
       frm=("Mélanie Brault", "melanie.brault@ac-poitiers.fr"), dt=D(9, 4, 9, 58), client="thunderbird",
       subject="Impossible de me connecter après inscription",
       body=f"""Bonjour,

J'ai rempli hier le formulaire d'inscription de l'Espace Acheteur (collège
Jean Moulin, Montmorillon, UAI {u}). Quand j'essaie de me connecter, le site
m'indique que mon compte n'est pas encore validé. Est-ce normal ?

Mélanie Brault
""")

u = U("0240366")
person(L("account_creation", False, u, "espace_acheteur", False,
         "Account works; asks for order-validation rights for the newly arrived deputy gestionnaire."),
       frm=("Thierry Lascaux", "thierry.lascaux@ac-bordeaux.fr"), dt=D(9, 10, 16, 22), client="outlook",
       subject="Droits de validation des commandes",
       body=f"""Bonjour,

Notre nouvelle adjointe gestionnaire, Mme Prat, a bien son compte sur
l'Espace Acheteur mais ne peut que créer des paniers. Pouvez-vous lui ouvrir
les droits de validation des commandes ?

Lycée Arnaut Daniel – Ribérac – UAI {u}

Thierry Lascaux
Gestionnaire
""" + "\n" + sig("", disc=["deco"], env=2, dash=False).strip() + "\n")

u = U("0312950")
person(L("account_creation", False, u, "espace_acheteur", True,
         "A collège opened in September 2025: its UAI is not in the list when opening the account; a person (sales) must check."),
       frm=("Vanessa Cayrou", "vanessa.cayrou@ac-toulouse.fr"), dt=D(9, 5, 11, 48), client="zimbra",
       subject="Établissement introuvable à l'inscription",
       body=f"""Bonjour,

Je suis la gestionnaire du tout nouveau collège de Saint-Orens-de-Gameville,
ouvert à cette rentrée. Lors de l'inscription
à l'Espace Acheteur, notre UAI ({u}) n'apparaît pas dans la liste des
établissements et je ne peux pas aller plus loin.

Comment procéder ?

Vanessa Cayrou
""")

person(L("account_creation", True, None, "esidoc", False,
         "English; a new librarian asks how to get an e-sidoc back-office account.", lang="en"),
       frm=("Rachel Moore", "rachel.moore@ac-toulouse.fr"), dt=D(9, 8, 14, 3), client="gmail",
       subject="Getting an account for the library portal",
       body="""Hello,

I have just joined the international section of Lycée Saint-Sernin in
Toulouse as a teacher-librarian. How do I get my own account to manage the
e-sidoc portal?

Kind regards,
Rachel Moore
""")

u = U("0160667")
person(L("account_creation", False, u, "esidoc", True,
         "Misleading subject 'Mot de passe': the librarian's access works, she wants a second account for the assistant (AED) who helps at the CDI. A rights question for a person."),
       frm=("Anne Brissonneau", "anne.brissonneau@ac-poitiers.fr"), dt=D(9, 12, 16, 40), client="thunderbird",
       subject="Mot de passe",
       body=f"""Bonjour,

Mon propre accès fonctionne très bien. Ma question : l'assistante d'éducation
qui m'aide au CDI peut-elle avoir son propre compte sur le portail e-sidoc
(avec des droits limités aux prêts), plutôt que d'utiliser mon mot de passe ?

Collège Pierre Mendès France, La Couronne – {u}

Anne Brissonneau
""")

inner_dt = D(9, 15, 8, 20)
inner = """Bonjour Rémi,

Trois documentalistes sont arrivés dans nos collèges cette année : Sarah
Ourliac (collège de Lézignan), Hugo Bénazet (collège de Quillan) et Lina
Saïdi (collège de Limoux). Ils n'ont aucun compte sur le portail. Tu peux voir
avec l'éditeur ?

Manon"""
person(L("account_creation", False, None, "esidoc", True,
         "IT of the département forwards (Thunderbird 'Message transféré') a request to create e-sidoc accounts for three new librarians in three collèges: several establishments, no UAI; a person must handle it."),
       frm=("Rémi Escaffre", "remi.escaffre@aude.fr"), dt=D(9, 15, 10, 2), client="thunderbird",
       subject="Fwd: Comptes portail pour les nouveaux documentalistes",
       body="""Bonjour,

Ci-dessous une demande de notre chargée de mission. Pouvez-vous créer les
comptes, ou nous dire qui doit le faire pour chacun des trois collèges ?

Rémi Escaffre
Direction de l'éducation – Département de l'Aude

""" + fwd_thunderbird(inner_dt, "Manon Bories <manon.bories@aude.fr>", "Rémi Escaffre <remi.escaffre@aude.fr>",
                      "Comptes portail pour les nouveaux documentalistes", inner))

u = U("0320651")
person(L("account_creation", False, u, "espace_acheteur", False,
         "The gestionnaire of a lycée agricole (EPLEFPA) asks whether it may open an Espace Acheteur account: eligibility to be checked by a person."),
       frm=("Hugues Lamarque", "hugues.lamarque@educagri.fr"), dt=D(9, 17, 9, 40), client="outlook",
       subject="Ouverture d'un compte pour un lycée agricole",
       body=f"""Bonjour,

Je suis gestionnaire de l'EPLEFPA d'Auch-Beaulieu (lycée agricole, UAI {u}).
Notre établissement dépend du ministère de l'Agriculture : pouvons-nous
quand même ouvrir un compte sur l'Espace Acheteur ?

Cordialement,
Hugues Lamarque
Secrétaire général – EPLEFPA Auch-Beaulieu
""" + "\n" + DISCLAIMERS["conf"] + "\n")

# ---------------------------------------------------------------- subscription_activation

u = U("0311127")
person(L("subscription_activation", True, u, "esidoc", False,
         "Subscribed yesterday to an e-sidoc option; not visible yet (within the 72-hour rule)."),
       frm=("Delphine Azaïs", "delphine.azais@ac-toulouse.fr"), dt=D(9, 3, 10, 10), client="zimbra",
       subject="Option non visible sur le portail",
       body=f"""Bonjour,

Nous avons souscrit hier à l'option « réservations en ligne » pour le
portail e-sidoc du collège Michelet (Toulouse, {u}). Je ne la vois pas
encore dans l'administration. Faut-il faire quelque chose de notre côté ?

Delphine Azaïs
""")

u = U("0330982")
person(L("subscription_activation", True, u, "esidoc", False,
         "Digital press bundle ordered two days ago, not yet visible to pupils on the portal."),
       frm=("Laure Cassagne", "laure.cassagne@ac-bordeaux.fr"), dt=D(9, 10, 11, 55), client="outlook",
       subject="Bouquet presse en ligne pas encore disponible",
       body=f"""Bonjour,

Le bouquet de presse en ligne commandé lundi n'apparaît pas encore sur le
portail des élèves du lycée Montaigne de Bordeaux ({u}). Dans quel délai
sera-t-il accessible ?

Merci,
Laure Cassagne
Professeure documentaliste
""" + "\n" + ENV[0] + "\n")

u = U("0870755")
person(L("subscription_activation", False, u, "esidoc", False,
         "Ordered three weeks ago, still not active: well past the 72-hour rule, a person must look at the order."),
       frm=("Guy Peyroux", "guy.peyroux@ac-limoges.fr"), dt=D(9, 25, 9, 22), client="zimbra",
       subject="Abonnement toujours pas actif",
       body=f"""Bonjour,

Notre abonnement à la ressource de vidéos documentaires a été commandé et
payé le 2 septembre ; trois semaines plus tard il n'est toujours pas actif
sur le portail du lycée Léonard Limosin ({u}).

Pouvez-vous regarder ce qui bloque ?

Guy Peyroux
""")

u = U("0650744")
person(L("subscription_activation", True, u, "esidoc", True,
         "Negation: her password works fine, the problem is that the newly ordered resource is not in the portal. Ordered the day before yesterday."),
       frm=("Isabelle Fourcade", "isabelle.fourcade@ac-toulouse.fr"), dt=D(9, 11, 15, 4), client="thunderbird",
       subject="Pas un problème de mot de passe",
       body=f"""Bonjour,

Je précise : mon mot de passe fonctionne très bien et je me connecte sans
souci, le problème n'est pas là. C'est la ressource « encyclopédie junior »
commandée avant-hier qui n'apparaît pas dans le portail e-sidoc du collège
Desaix de Tarbes (UAI {u}).

Merci d'avance,
Isabelle Fourcade
""")

u = U("0120325")
person(L("subscription_activation", True, u, "esidoc", True,
         "Written by the principal from the ce.<UAI> address, but he only asks when the subscription ordered yesterday will be available: not a head-of-establishment request."),
       frm=("Principal collège Fontanges", f"ce.{u}@ac-toulouse.fr"), dt=D(9, 16, 8, 5), client="zimbra",
       subject="Date de mise à disposition de l'abonnement",
       body="""Bonjour,

Nous avons commandé hier l'abonnement au portail e-sidoc pour notre collège,
qui ouvre son nouveau CDI. Pouvez-vous m'indiquer à partir de quand il sera
utilisable par les élèves ?

Bien cordialement,

Le principal du collège Fontanges – Onet-le-Château
""")

u = U("0862078")
person(L("subscription_activation", True, u, "esidoc", False,
         "English; subscription ordered on Monday, not visible on Wednesday.", lang="en"),
       frm=("Laura Bennett", "laura.bennett@ac-poitiers.fr"), dt=D(9, 17, 13, 20), client="gmail",
       subject="Subscription not showing yet",
       body=f"""Hello,

We ordered the e-sidoc subscription for our library on Monday and nothing
has changed on the portal yet. Is there a delay before it goes live?

Lycée Camille Guérin, Poitiers ({u})

Thanks,
Laura Bennett
""")

u = U("0191872")
person(L("subscription_activation", True, u, "esidoc", False,
         "The portal shows 'abonnement expiré' since 1 September; the renewal was paid two days ago."),
       frm=("Hervé Monteil", "herve.monteil@ac-limoges.fr"), dt=D(9, 18, 10, 40), client="thunderbird",
       charset="iso-8859-15", cte="8bit",
       subject="Abonnement expiré alors que renouvelé",
       body=f"""Bonjour,

Le portail affiche « abonnement expiré » depuis le 1er septembre. Le
renouvellement a été commandé et payé mardi. Le portail du collège
d'Argentat ({u}) sera-t-il bientôt rétabli ?

Hervé Monteil
""")

u = U("0810571")
inner_dt = D(9, 22, 8, 30)
inner = f"""Bonjour,

Le portail e-sidoc commandé vendredi n'est toujours pas accessible aux élèves.
Peux-tu relancer le fournisseur ?

Julie – CDI, lycée Las Cases, Lavaur ({u})"""
person(L("subscription_activation", True, u, "esidoc", True,
         "The lycée's IT technician forwards (TR:) the librarian's question: portal ordered Friday, not yet accessible on Monday (within 72 hours)."),
       frm=("Olivier Caussat", "olivier.caussat@ac-toulouse.fr"), dt=D(9, 22, 9, 12), client="outlook",
       subject="TR: portail pas encore actif",
       body="""Bonjour,

Je vous transmets la question de notre documentaliste. Merci.

Olivier Caussat
Technicien informatique – lycée Las Cases

""" + q_outlook("Julie Sabatier <julie.sabatier@ac-toulouse.fr>", inner_dt,
                "Olivier Caussat <olivier.caussat@ac-toulouse.fr>", "portail pas encore actif", inner))

u = U("0470488")
person(L("subscription_activation", True, u, "esidoc", False,
         "Asks how to publish the newly activated resource on the portal's home page (resource to publish)."),
       frm=("Claire Lagrange", "claire.lagrange@ac-bordeaux.fr"), dt=D(9, 24, 14, 55), client="thunderbird",
       subject="Publier la nouvelle ressource sur le portail",
       body=f"""Bonjour,

La ressource « Lumni+ » que nous venons de recevoir apparaît dans
l'administration, mais pas pour les élèves. Comment la publier sur la page
d'accueil du portail du collège Crochepierre (Villeneuve-sur-Lot, {u}) ?

Claire Lagrange
""")

# ---------------------------------------------------------------- order_billing

u = U("0811614")
person(L("order_billing", False, u, "esidoc", False,
         "Asks for a formal quote (devis) for the e-sidoc renewal, needed for the bon d'engagement."),
       frm=("Pierre Cabrol", "pierre.cabrol@ac-toulouse.fr"), dt=D(9, 2, 11, 6), client="outlook",
       subject="Devis renouvellement portail",
       body=f"""Bonjour,

Pourriez-vous m'adresser un devis pour le renouvellement annuel du portail
e-sidoc du lycée Bellevue d'Albi ({u}) ? L'agent comptable en a besoin pour
établir le bon d'engagement.

Cordialement,
Pierre Cabrol
Gestionnaire
""" + "\n" + sig("", disc=["conf"], env=1, dash=False).strip() + "\n")

u = U("0641120")
person(L("order_billing", False, u, "esidoc", False,
         "Invoice not found on Chorus Pro; the new gestionnaire asks which service code was used."),
       frm=("Jon Arrieta", "jon.arrieta@ac-bordeaux.fr"), dt=D(9, 9, 14, 48), client="zimbra",
       subject="Facture absente de Chorus Pro",
       body=f"""Bonjour,

La commande validée fin août pour le renouvellement du portail n'a toujours
pas de facture sur Chorus Pro. Avec quel code service l'avez-vous déposée ?
SIRET de l'établissement disponible sur demande.

Lycée René Cassin – Bayonne – UAI {u}

Jon Arrieta
""")

u = U("0790321")
person(L("order_billing", False, u, "espace_acheteur", True,
         "Two topics: the invoice amount differs from the quote (main) and a convention is missing from 'Mes marchés' (contract_documents)."),
       frm=("Sophie Massé", "sophie.masse@ac-poitiers.fr"), dt=D(9, 11, 16, 12), client="outlook", html=True,
       subject="Écart de montant sur facture",
       body=f"""Bonjour,

La facture reçue pour la commande de mobilier (réf. EA-2025-14577) s'élève à
4 382,40 € TTC alors que le devis validé indiquait 4 128,00 €. Pouvez-vous
vérifier et nous envoyer une facture rectifiée ?

Au passage, je ne trouve plus la convention de groupement dans « Mes
marchés ».

Collège Louis Merle – Secondigny – {u}

Sophie Massé
Gestionnaire
""")

u = U("0340988")
person(L("order_billing", False, u, "espace_acheteur", False,
         "The saved basket disappeared from the Espace Acheteur."),
       frm=("Thomas Granier", "thomas.granier@ac-montpellier.fr"), dt=D(9, 12, 9, 14), client="outlook",
       charset="windows-1252", cte="quoted-printable",
       subject="Panier disparu",
       body=f"""Bonjour,

J'avais préparé fin août un panier de fournitures pour les sciences (une
quarantaine de lignes) et il a disparu de l'Espace Acheteur. Peut-on le
récupérer ?

Lycée Jean Mermoz – Montpellier – {u}

Thomas Granier
""")

u = U("0230624")
person(L("order_billing", False, u, "esidoc", False,
         "The new agent comptable asks whether payment by bank transfer is possible and for the supplier's bank details."),
       frm=("Martine Dauriat", "martine.dauriat@ac-limoges.fr"), dt=D(9, 15, 10, 50), client="zimbra",
       subject="Moyen de paiement – RIB",
       body=f"""Bonjour,

Agent comptable nouvellement nommé au lycée Pierre Bourdan de Guéret ({u}),
je dois régler la facture du portail documentaire. Le paiement par virement
est-il possible ? Dans ce cas, merci de me transmettre votre RIB.

Martine Dauriat
Agent comptable
""")

u = U("0111043")
prev_dt = D(9, 4, 11, 0)
prev = """Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour votre
établissement. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance"""
person(L("order_billing", False, u, "espace_acheteur", True,
         "Reply on a solved password thread (quoted reset answer), but the new question is about the invoicing address: order_billing, not password_reset."),
       frm=("Agathe Sicre", "agathe.sicre@ac-montpellier.fr"), dt=D(9, 16, 15, 33), client="gmail",
       subject="Re: [#SUP-021820] Mot de passe Espace Acheteur",
       irt=desk_id("021820", prev_dt),
       body=f"""Bonjour,

Merci encore, l'accès fonctionne. Autre chose maintenant : nos factures
doivent être adressées à l'agence comptable du lycée Paul Sabatier de
Carcassonne et non plus au collège ({u}). Où puis-je modifier l'adresse de
facturation ?

Agathe Sicre

""" + q_gmail(prev_dt, "Assistance", DESK, prev))

person(L("order_billing", False, None, "esidoc", False,
         "English Outlook reply ('From:/Sent:' quote) asking to address the invoice to the accounting office.", lang="en"),
       frm=("Mark Ellison", "m.ellison@bordeaux-international-school.fr"), dt=D(9, 24, 16, 2), client="outlook",
       subject="RE: [#SUP-022301] Invoice address",
       irt=desk_id("022301", D(9, 24, 9, 40)),
       body="""Hello,

Thanks. Could you please issue the invoice for our portal renewal to our
accounting office rather than to the library? Details:

Bordeaux International School – Accounts Department
252 rue Judaïque, 33000 Bordeaux

Best regards,
Mark Ellison
Bursar

""" + q_outlook_en("Assistance <support@assistance.example.fr>", D(9, 24, 9, 40),
                   "Mark Ellison <m.ellison@bordeaux-international-school.fr>", "[#SUP-022301] Invoice address",
                   "Hello,\n\nYour request has been logged; a member of the team will reply within two working days.\n\nThe support team"))

u = U("0161387")
person(L("order_billing", False, u, "espace_acheteur", False,
         "Uploading the bon d'engagement fails when validating the order ('fichier trop volumineux'); PDF attached."),
       frm=("Karine Gendron", "karine.gendron@ac-poitiers.fr"), dt=D(9, 19, 11, 25), client="outlook",
       subject="Bon d'engagement refusé à la validation",
       attach=[("BE_2025_0412.pdf", fake_pdf("bon engagement 0412"))],
       body=f"""Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue avec le
message « fichier trop volumineux ». Je vous le joins ici : pouvez-vous
l'associer à la commande du panier « rentrée techno » ?

Collège Jean Rostand – Cognac – {u}

Karine Gendron
""")

u = U("0310688")
person(L("order_billing", False, u, "espace_acheteur", True,
         "Long chatty first-week mail from a new gestionnaire; the real question (an order stuck 'en attente de validation') is in the middle."),
       frm=("Sylvie Bordes", "sylvie.bordes@ac-toulouse.fr"), dt=D(9, 5, 21, 12), client="zimbra",
       subject="Une rentrée bien remplie",
       body=f"""Bonsoir,

Je vous écris au terme d'une première semaine bien remplie au collège Jean
Mermoz de Blagnac, où j'ai pris le poste de gestionnaire. Entre la cantine,
les bourses et les contrats de maintenance, je découvre l'Espace Acheteur au
fil de l'eau, et je dois dire que l'outil est plutôt clair.

J'ai une question précise tout de même : la commande de papier que j'ai
passée lundi est toujours « en attente de validation », alors que je pensais
l'avoir validée. Est-ce qu'une autre personne doit la valider, ou ai-je
oublié une étape ?

Pour le reste, l'équipe est adorable et le chef cuisinier fait un cassoulet
mémorable le jeudi. Je crois que je vais me plaire ici.

Bonne soirée,
Sylvie Bordes
Gestionnaire – collège Jean Mermoz – {u}
""")

# ---------------------------------------------------------------- transfer_incident

u = U("0311990")
person(L("transfer_incident", False, u, "ecoledirecte", False,
         "EcoleDirecte transfers failing since the rentrée; last successful transfer in July."),
       frm=("Benoît Sabathé", "b.sabathe@institution-sainte-therese-toulouse.fr"), dt=D(9, 3, 8, 33), client="outlook",
       subject="Transferts EcoleDirecte en échec",
       body=f"""Bonjour,

Depuis la rentrée, les transferts vers EcoleDirecte échouent tous. Le dernier
transfert réussi date du 4 juillet ; les parents ne voient pas les emplois
du temps des nouvelles classes.

Institution Sainte-Thérèse – Toulouse – UAI {u}

Benoît Sabathé
Responsable informatique
""")

u = U("0640733")
person(L("transfer_incident", False, u, "ecoledirecte", False,
         "New server installed over the summer: the transfer licence must be regenerated."),
       frm=("Peio Lasserre", "informatique@college-saint-bernard-bayonne.fr"), dt=D(9, 4, 10, 18), client="thunderbird",
       subject="Licence à régénérer après changement de serveur",
       body=f"""Bonjour,

Nous avons remplacé le serveur de l'établissement pendant l'été. Depuis,
l'outil de transfert indique que la licence n'est pas valide pour ce poste.
Pouvez-vous la régénérer ?

Collège Saint-Bernard – Bayonne – {u}

Peio Lasserre
""")

person(L("transfer_incident", False, None, "ecoledirecte", True,
         "Asks for 'le mot de passe de maintenance du jour' to reindex the base: transfer_incident per the taxonomy, not password_reset."),
       frm=("Sandrine Cazals", "secretariat@ecole-notre-dame-castres.fr"), dt=D(9, 8, 7, 58), client="plain",
       subject="Mot de passe du jour",
       body="""Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je
dois relancer la réindexation de la base avant le transfert vers
EcoleDirecte, et le technicien n'est pas là.

Merci
Sandrine Cazals
Secrétariat – École Notre-Dame, Castres
""")

u = U("0331470")
person(L("transfer_incident", False, u, "ecoledirecte", False,
         "The transfer tool shows a synchronisation error after the year rollover; screenshot attached."),
       frm=("Frédéric Naudin", "f.naudin@lycee-saint-genes.example.fr"), dt=D(9, 9, 9, 50), client="outlook",
       subject="Erreur de synchronisation EcoleDirecte",
       attach=[("capture_erreur_synchro.png", b"\x89PNG\r\n\x1a\n" + bytes(random.Random(331470).randrange(256) for _ in range(200)), "image/png")],
       body=f"""Bonjour,

Depuis le passage à l'année 2025-2026, la synchronisation s'arrête sur
« Erreur 12 : structure de classes incohérente ». Capture jointe. Les notes
ne remontent plus sur EcoleDirecte.

Lycée Saint-Genès – Bordeaux – {u}

Frédéric Naudin
""")

inner_dt = D(9, 10, 17, 2)
inner = """Bonjour,

Plusieurs parents nous appellent : ils ne voient plus les notes ni les
absences de leurs enfants sur EcoleDirecte depuis lundi. Pouvez-vous
regarder ?

Le secrétariat de direction"""
person(L("transfer_incident", False, None, "ecoledirecte", True,
         "IT technician forwards (TR:) the secretariat's report (parents no longer see grades) with a cover note about the nightly transfer failing: transfer_incident. Private school, no UAI."),
       frm=("Kévin Ricard", "k.ricard@ensemble-scolaire-saint-joseph-limoges.fr"), dt=D(9, 11, 8, 5), client="outlook",
       subject="TR: Notes invisibles pour les parents",
       body="""Bonjour,

Je vous transfère. J'ai vérifié : le transfert automatique de la nuit
échoue depuis dimanche, sans message clair dans le journal.

Kévin Ricard
Service informatique – Ensemble scolaire Saint-Joseph, Limoges

""" + q_outlook("Secrétariat de direction <secretariat@ensemble-scolaire-saint-joseph-limoges.fr>",
                inner_dt, "Kévin Ricard <k.ricard@ensemble-scolaire-saint-joseph-limoges.fr>",
                "Notes invisibles pour les parents", inner) + "\n" + DISCLAIMERS["conf"] + "\n")

person(L("transfer_incident", False, None, "ecoledirecte", False,
         "The collectivity's new antivirus quarantines the transfer tool, so transfers no longer run."),
       frm=("Laurent Bascou", "l.bascou@college-immaculee-conception-pau.fr"), dt=D(9, 12, 14, 21), client="thunderbird",
       subject="Antivirus et outil de transfert",
       body="""Bonjour,

Le nouvel antivirus installé à la rentrée met en quarantaine l'exécutable de
l'outil de transfert vers EcoleDirecte. Quels fichiers et dossiers faut-il
exclure de l'analyse ?

Laurent Bascou
Collège de l'Immaculée-Conception – Pau
""")

person(L("transfer_incident", False, None, "ecoledirecte", False,
         "English; synchronisation to EcoleDirecte fails since a proxy change at a private international school.", lang="en"),
       frm=("Peter Hall", "it@bordeaux-international-school.fr"), dt=D(9, 16, 10, 37), client="outlook",
       subject="EcoleDirecte sync failing since proxy change",
       body="""Hello,

We changed our web proxy during the summer and since then the data transfer
to EcoleDirecte fails at the connection test. Which hosts and ports must be
allowed, and should the transfer tool use the system proxy settings?

Regards,
Peter Hall
IT Manager – Bordeaux International School
""")

u = U("0660789")
person(L("transfer_incident", False, u, "ecoledirecte", True,
         "Subject 'Mot de passe', but the problem is that the scheduled transfer task still runs with the old Windows session password and fails: transfer_incident."),
       frm=("Jordi Font", "informatique@lycee-saint-louis-perpignan.fr"), dt=D(9, 18, 8, 9), client="outlook",
       subject="Mot de passe",
       body=f"""Bonjour,

Nous avons changé le mot de passe de la session Windows du serveur à la
rentrée (exigence de sécurité de la Région). Depuis, la tâche planifiée qui
lance le transfert de nuit vers EcoleDirecte échoue. Faut-il reconfigurer
l'outil de transfert ou seulement la tâche ?

Lycée Saint-Louis – Perpignan – {u}

Jordi Font
""")

u = U("0170991")
person(L("transfer_incident", False, u, "ecoledirecte", False,
         "'Licence expirée' at start-up since the new school year: licence to regenerate, transfers stopped."),
       frm=("Annie Gaborit", "direction@ecole-saint-pierre-saintes.fr"), dt=D(9, 19, 9, 3), client="plain",
       subject="Licence expirée",
       body=f"""Bonjour,

Au lancement de l'outil de transfert, le message « licence expirée » s'affiche
depuis lundi et plus rien ne part vers EcoleDirecte.

École Saint-Pierre – Saintes – {u}

Annie Gaborit
""")

# ---------------------------------------------------------------- contract_documents

u = U("0310419")
person(L("contract_documents", False, u, "espace_acheteur", False,
         "The membership convention is not visible in 'Mes marchés' of the Espace Acheteur."),
       frm=("Aline Rességuier", "aline.resseguier@ac-toulouse.fr"), dt=D(9, 4, 15, 0), client="zimbra",
       subject="Convention d'adhésion introuvable",
       body=f"""Bonjour,

L'agent comptable me demande la convention d'adhésion à la centrale d'achat.
Je ne la trouve pas dans « Mes marchés » de l'Espace Acheteur, ni ailleurs.

Lycée Pierre-Paul Riquet – Saint-Orens – {u}

Aline Rességuier
""")

u = U("0340514")
person(L("contract_documents", False, u, "espace_acheteur", False,
         "Amendment no. 1 of a market is missing from the contract documents."),
       frm=("Bruno Rieux", "bruno.rieux@ac-montpellier.fr"), dt=D(9, 11, 10, 12), client="outlook",
       subject="Avenant n°1 manquant – marché fournitures",
       body=f"""Bonjour,

Dans les documents du marché « fournitures de bureau 2024-2027 », je vois
l'acte d'engagement et le CCAP mais pas l'avenant n°1 annoncé en juin.
Pouvez-vous le rendre visible ?

Collège Les Garrigues – Montpellier – {u}

Bruno Rieux
""")

u = U("0470917")
person(L("contract_documents", False, u, "espace_acheteur", True,
         "Misleading subject 'Création de compte': the account works, but the new gestionnaire cannot see the CCAP and price schedule of the market."),
       frm=("Patricia Lalanne", "patricia.lalanne@ac-bordeaux.fr"), dt=D(9, 15, 13, 8), client="thunderbird",
       subject="Création de compte",
       body=f"""Bonjour,

Mon compte est créé et fonctionne, merci. En revanche je ne vois aucun
document du marché « produits d'entretien » : ni le CCAP ni le bordereau de
prix. Mon prédécesseur y avait accès. Pouvez-vous vérifier ?

Collège Théophile de Viau – Le Passage – {u}

Patricia Lalanne
""")

u = U("0870619")
person(L("contract_documents", False, u, "esidoc", False,
         "The e-sidoc service convention cannot be downloaded (error 403)."),
       frm=("Jean-Claude Faucher", "jean-claude.faucher@ac-limoges.fr"), dt=D(9, 17, 16, 45), client="zimbra",
       subject="Convention de service – erreur au téléchargement",
       body=f"""Bonjour,

Le lien vers la convention de service du portail e-sidoc renvoie une erreur
403 « accès refusé ». Nous en avons besoin pour le conseil d'administration.

Lycée Gay-Lussac – Limoges – {u}

Jean-Claude Faucher
""")

person(L("contract_documents", False, None, "espace_acheteur", False,
         "English; cannot access the framework agreement documents on the Espace Acheteur.", lang="en"),
       frm=("Sarah Fenwick", "bursar@ecole-bilingue-biarritz.fr"), dt=D(9, 19, 11, 2), client="gmail",
       subject="Framework agreement documents not accessible",
       body="""Hello,

I can log into the Espace Acheteur, but the documents of the IT equipment
framework agreement (technical specifications and price list) do not appear
in the contracts section. Could you check our access?

Thank you,
Sarah Fenwick
""")

u = U("0240623")
prev_dt = D(9, 5, 10, 0)
prev = """Bonjour,

Votre commande EA-2025-13902 est validée ; la facture suivra à la livraison.

Cordialement,
L'équipe d'assistance"""
person(L("contract_documents", False, u, "espace_acheteur", True,
         "Reply on an order thread (quoted order confirmation), but the new question is the missing notification letter of the market: contract_documents."),
       frm=("Gérard Mazeau", "gerard.mazeau@ac-bordeaux.fr"), dt=D(9, 22, 9, 27), client="gmail",
       subject="Re: [#SUP-021944] Commande EA-2025-13902",
       irt=desk_id("021944", prev_dt),
       body=f"""Bonjour,

Merci pour la commande. Pour le contrôle de l'agent comptable, il me manque
la lettre de notification du marché auquel cette commande se rattache : elle
n'est pas dans les documents du marché sur l'Espace Acheteur.

Lycée Bertran de Born – Périgueux – {u}

Gérard Mazeau

""" + q_gmail(prev_dt, "Assistance", DESK, prev))


# ======================================================================
# Write the files and check the labels.
# ======================================================================

def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(4141).shuffle(order)
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    labels = []
    for n, idx in enumerate(order, 1):
        raw, lab, sender = MAILS[idx]
        name = f"h{n:03d}.eml"
        lab = dict(lab, file=name)
        assert set(lab) == set(keys), lab
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), lab
        assert lab["lang"] in ("fr", "en"), lab
        assert lab["notes"], lab
        if lab["auto_reply_ok"]:
            assert lab["category"] in AUTO_OK_CATEGORIES, lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), f"bad check letter: {lab}"
            assert lab["region"] == region_of_uai(lab["uai"]), f"region/UAI mismatch: {lab}"
        else:
            assert lab["region"] == region_of_address(sender), f"region/domain mismatch: {lab}"
        assert lab["region"] is None or lab["region"] in REGION_TABLE, lab
        # every message must parse, carry the basic headers and have ASCII-only headers
        head = raw.split(b"\n\n", 1)[0]
        head.decode("ascii")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h] is not None, (name, h)
        assert not msg.defects, (name, msg.defects)
        for part in msg.walk():
            if part.get_content_maintype() == "text" and "Content-Type" in part:
                assert part.get_content_charset(), (name, "charset")
                part.get_content()
        if lab["uai"] is not None:
            seen = " ".join(str(v) for v in msg.values()).lower()
            for part in msg.walk():
                if part.get_content_maintype() == "text" and "Content-Type" in part:
                    seen += part.get_content().lower()
            assert lab["uai"].lower() in seen, f"UAI not in the mail: {lab}"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        labels.append({k: lab[k] for k in keys})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    assert len(labels) == 150
    assert {lab["category"] for lab in labels} == CATEGORIES, "every category must be present"
    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    print("mails:", len(labels))
    for c in sorted(cats, key=lambda c: -cats[c]):
        print(f"  {c:32s} {cats[c]}")
    print("hard:", sum(lab["hard"] for lab in labels),
          "auto_reply_ok:", sum(lab["auto_reply_ok"] for lab in labels),
          "en:", sum(lab["lang"] == "en" for lab in labels))


if __name__ == "__main__":
    main()

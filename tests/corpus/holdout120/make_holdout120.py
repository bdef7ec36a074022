#!/usr/bin/env python3
"""Build holdout120: 150 hand-written support mails, theme "mobile one-liners".

Very short mails written on a phone: requests only in the subject, empty or
near-empty bodies, client signatures ("Envoyé de mon iPhone"), dictation
errors, one-word replies on an existing ticket.  Every text below is written
by hand; the script only wraps it in realistic headers and MIME structure,
writes h001.eml .. h150.eml and labels.jsonl, then re-reads and checks them.

Standard library only, deterministic (random.Random(120)).
"""
import base64
import email
import email.policy
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(120)
SUPPORT = "support@assistance.example.fr"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
AUTO_ALLOWED = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

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
DEPT2REGION, DOMAIN2REGION = {}, {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT2REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _doms.split():
        DOMAIN2REGION[_dom] = _slug

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT2REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower().rstrip(">")
    return DOMAIN2REGION.get(dom)


TZ = {"guadeloupe": -4, "martinique": -4, "guyane": -3, "la-reunion": 4, "mayotte": 3}
START = datetime(2024, 9, 2)


def pick_date(region):
    d = START + timedelta(days=RNG.randint(0, 205), hours=RNG.randint(6, 22),
                          minutes=RNG.randint(0, 59), seconds=RNG.randint(0, 59))
    if region in TZ:
        off = TZ[region]
    else:
        off = 2 if (d < datetime(2024, 10, 27) or d >= datetime(2025, 3, 30)) else 1
    return d.replace(tzinfo=timezone(timedelta(hours=off)))


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def fr_date(d):
    return f"{d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d:%H:%M}"


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def uid_upper():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4)).upper()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text, charset="utf-8"):
    raw = base64.b64encode(text.encode(charset)).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def hdr(value):
    """RFC 2047-encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return email.header.Header(value, "utf-8").encode()


import email.header  # noqa: E402


def fmt_from(frm):
    m = re.match(r"\s*(.*?)\s*<([^>]+)>", frm)
    if not m:
        return frm, frm
    name, addr = m.group(1).strip('"'), m.group(2)
    if not name:
        return addr, addr
    try:
        name.encode("ascii")
        shown = f'"{name}" <{addr}>' if any(c in name for c in ",.()") else f"{name} <{addr}>"
    except UnicodeEncodeError:
        shown = f"{email.header.Header(name, 'utf-8').encode()} <{addr}>"
    return shown, addr


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<div dir=\"ltr\">" + "<br>\n".join(esc.split("\n")) + "</div>\n"


SIGS = {
    ("iphone", "fr"): "Envoyé de mon iPhone", ("iphone", "en"): "Sent from my iPhone",
    ("ipad", "fr"): "Envoyé de mon iPad", ("ipad", "en"): "Sent from my iPad",
    ("outlook_android", "fr"): "Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>",
    ("outlook_android", "en"): "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    ("outlook_ios", "fr"): "Obtenir Outlook pour iOS<https://aka.ms/o0ukef>",
    ("outlook_ios", "en"): "Get Outlook for iOS<https://aka.ms/o0ukef>",
    ("samsung", "fr"): "Envoyé depuis mon smartphone Samsung Galaxy.",
    ("samsung", "en"): "Sent from my Galaxy",
    ("k9", "fr"): "-- \nEnvoyé de mon appareil Android avec K-9 Mail. Veuillez excuser ma brièveté.",
    ("k9", "en"): "-- \nSent from my Android device with K-9 Mail. Please excuse my brevity.",
    ("orange", "fr"): "Envoyé depuis l'application Mail Orange",
    ("yahoo", "fr"): "Envoyé de Yahoo Mail pour Android",
    ("yahoo", "en"): "Sent from Yahoo Mail for iPhone",
    ("zimbra", "fr"): None, ("gmail_android", "fr"): None, ("gmail_android", "en"): None,
    ("thunderbird", "fr"): None, ("webmail", "fr"): None,
}


def quote_block(style, lang, qfrom, qdate, qtext):
    lines = qtext.split("\n")
    if style in ("iphone", "ipad"):
        head = (f"Le {fr_date(qdate)}, {qfrom} a écrit :" if lang == "fr"
                else f"On {qdate:%b %d, %Y}, at {qdate:%H:%M}, {qfrom} wrote:")
        return "\n\n> " + head + "\n> \n" + "\n".join("> " + l if l else ">" for l in lines)
    if style in ("outlook_android", "outlook_ios"):
        if lang == "fr":
            head = (f"________________________________\nDe : {qfrom}\nEnvoyé : {FR_DAYS[qdate.weekday()]} "
                    f"{fr_date(qdate)}\nÀ : moi\nObjet : voir ci-dessous")
        else:
            head = (f"________________________________\nFrom: {qfrom}\nSent: {qdate:%A, %B %d, %Y %I:%M %p}\n"
                    "To: me\nSubject: see below")
        return "\n\n" + head + "\n\n" + qtext
    head = (f"Le {FR_DAYS[qdate.weekday()]} {fr_date(qdate)}, {qfrom} a écrit :" if lang == "fr"
            else f"On {qdate:%a, %b %d, %Y at %I:%M %p} {qfrom} wrote:")
    return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in lines)


def build(e, idx):
    style, lang = e["style"], e["lang"]
    shown, addr = fmt_from(e["frm"])
    dom = addr.rsplit("@", 1)[-1]
    region = region_for(e["uai"], addr)
    date = pick_date(region)
    sig = e.get("sig", SIGS.get((style, lang), SIGS.get((style, "fr"))))
    text = e["body"]
    if sig:
        text = (text + "\n\n" + sig) if text else sig
    if e.get("quote"):
        qfrom, qtext = e["quote"]
        qd = date - timedelta(hours=RNG.randint(3, 60), minutes=RNG.randint(0, 59))
        text = text + quote_block(style, lang, qfrom, qd, qtext)
    if not text.endswith("\n"):
        text += "\n"

    if style in ("iphone", "ipad"):
        msgid = f"<{uid_upper()}@{dom}>"
    elif style == "gmail_android":
        msgid = "<CA" + "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789+_-") for _ in range(44)) + "@mail.gmail.com>"
    elif style in ("outlook_android", "outlook_ios"):
        msgid = f"<PAXP{RNG.randint(100, 999)}MB{RNG.randint(1000, 9999)}{hexid(24).upper()}@PAXP{RNG.randint(100, 999)}MB{RNG.randint(1000, 9999)}.EURP{RNG.randint(100, 999)}.PROD.OUTLOOK.COM>"
    elif style == "samsung":
        msgid = f"<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@email.android.com>"
    else:
        msgid = f"<{hexid(16)}.{RNG.randint(1000, 99999)}@{dom}>"

    auth = e.get("auth", "pass")
    relay = {"gmail.com": "mail-wr1-f49.google.com", "orange.fr": "smtp-21.smtpout.orange.fr",
             "wanadoo.fr": "smtp-21.smtpout.orange.fr", "icloud.com": "st43p00im-ztdg10063101.me.com",
             "me.com": "st43p00im-ztdg10063101.me.com"}.get(dom, f"smtp{RNG.randint(1, 6)}.{dom}")
    h = [f"Return-Path: <{e.get('return_path', addr)}>",
         f"Delivered-To: {SUPPORT}",
         f"Received: from {relay} ({relay} [203.0.113.{RNG.randint(2, 250)}])\n"
         f"\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {hexid(12).upper()}\n"
         f"\tfor <{SUPPORT}>; {format_datetime(date + timedelta(seconds=RNG.randint(1, 40)))}",
         "Authentication-Results: mx1.assistance.example.fr;\n"
         f"\tdkim={auth} header.d={dom};\n\tspf={auth} smtp.mailfrom={dom};\n"
         f"\tdmarc={auth} header.from={dom}",
         f"From: {shown}",
         f"To: {e.get('to', 'Assistance <' + SUPPORT + '>')}"]
    if e.get("cc"):
        h.append(f"Cc: {e['cc']}")
    h.append(f"Subject: {hdr(e['subj'])}" if e["subj"] is not None else "Subject: ")
    h += [f"Date: {format_datetime(date)}", f"Message-ID: {msgid}"]
    if e.get("irt"):
        ref = e["irt"]
        h += [f"In-Reply-To: {ref}", f"References: {ref}"]
    for k, v in e.get("headers", {}).items():
        h.append(f"{k}: {v}")
    mailer = {"iphone": "iPhone Mail (22B91)", "ipad": "iPad Mail (22B83)",
              "k9": "K-9 Mail for Android", "thunderbird": None, "zimbra": "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF133 (Mac)/9.0.0_GA_4583)",
              "orange": "Mail Orange Android 7.3.1"}.get(style)
    if style in ("iphone", "ipad"):
        h.append("MIME-Version: 1.0 (1.0)")
    else:
        h.append("MIME-Version: 1.0")
    if mailer and not e.get("no_mailer"):
        h.append(f"X-Mailer: {mailer}")
    if style == "thunderbird":
        h.append("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")
    if style in ("outlook_android", "outlook_ios"):
        h += [f"Thread-Topic: {hdr(e['subj'] or '')}", "Accept-Language: fr-FR, en-US",
              "Content-Language: " + ("fr-FR" if lang == "fr" else "en-US"), "X-MS-Has-Attach: "
              + ("yes" if e.get("attach") else "")]

    html = e.get("html") or html_of(text)
    body_parts = []
    if style in ("iphone", "ipad", "zimbra") or (style == "webmail"):
        ct = ("Content-Type: text/plain;\n\tcharset=utf-8\nContent-Transfer-Encoding: quoted-printable", qp(text))
    elif style in ("k9", "thunderbird", "orange"):
        ct = ("Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit", text)
    elif style in ("outlook_ios", "yahoo"):
        ct = ("Content-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: base64",
              b64("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + html + "</body></html>\n"))
    else:  # multipart/alternative: gmail_android (QP), outlook_android and samsung (base64)
        enc = "quoted-printable" if style == "gmail_android" else "base64"
        coder = qp if enc == "quoted-printable" else b64
        body_parts = [("text/plain", coder(text), enc), ("text/html", coder("<html><body>" + html + "</body></html>\n" if style != "gmail_android" else html), enc)]
        ct = None

    attach = e.get("attach")
    if ct and not attach:
        raw = "\n".join(h) + "\n" + ct[0] + "\n\n" + ct[1]
    else:
        bnd = f"Apple-Mail-{uid_upper()}" if style in ("iphone", "ipad") else f"000000000000{hexid(12)}"
        inner = ""
        if ct:
            inner = f"--{bnd}\n{ct[0]}\n\n{ct[1]}\n"
            top = "mixed"
        else:
            alt = f"alt-{hexid(20)}" if attach else bnd
            parts = "".join(f"--{alt}\nContent-Type: {t}; charset=\"UTF-8\"\nContent-Transfer-Encoding: {en}\n\n{p}\n"
                            for t, p, en in body_parts) + f"--{alt}--\n"
            if attach:
                inner = f"--{bnd}\nContent-Type: multipart/alternative; boundary=\"{alt}\"\n\n{parts}"
                top = "mixed"
            else:
                inner = parts
                top = "alternative"
        if attach:
            fname, ctype, payload = attach
            inner += (f"--{bnd}\nContent-Type: {ctype}; name=\"{fname}\"\nContent-Disposition: attachment; filename=\"{fname}\"\n"
                      f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(payload).decode('ascii')}--{bnd}--\n")
        raw = "\n".join(h) + f"\nContent-Type: multipart/{top};\n\tboundary=\"{bnd}\"\n\n" + inner
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"), region


def build_raw(e, idx):
    """Automated mail: the entry gives the whole header block and body (hand-written)."""
    shown, addr = fmt_from(e["frm"])
    region = region_for(e["uai"], addr)
    date = pick_date(region)
    dom = addr.rsplit("@", 1)[-1]
    h = [f"Return-Path: <{e.get('return_path', addr)}>", f"Delivered-To: {SUPPORT}",
         f"Received: from mx.{dom} (mx.{dom} [198.51.100.{RNG.randint(2, 250)}])\n"
         f"\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {hexid(12).upper()}\n"
         f"\tfor <{SUPPORT}>; {format_datetime(date + timedelta(seconds=3))}",
         f"From: {shown}", f"To: {e.get('to', SUPPORT)}", f"Subject: {hdr(e['subj'])}",
         f"Date: {format_datetime(date)}", f"Message-ID: <{hexid(20)}@{dom}>"]
    for k, v in e.get("headers", {}).items():
        h.append(f"{k}: {v}")
    h.append("MIME-Version: 1.0")
    body = e["raw_body"].replace("{DATE}", format_datetime(date - timedelta(minutes=2)))
    raw = "\n".join(h) + "\n" + body
    if not raw.endswith("\n"):
        raw += "\n"
    return raw.replace("\n", "\r\n").encode("utf-8"), region


TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/"
    "wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AVN//2Q==")
TINY_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

MAILS = []


def M(cat, ok, uai, plat, hard, lang, notes, style, frm, subj, body, **kw):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, plat=plat, hard=hard, lang=lang, notes=notes,
                      style=style, frm=frm, subj=subj, body=body, **kw))


def A(notes, frm, subj, raw_body, uai=None, plat=None, hard=False, lang="fr", **kw):
    MAILS.append(dict(cat="automated", ok=False, uai=uai, plat=plat, hard=hard, lang=lang, notes=notes,
                      style="raw", frm=frm, subj=subj, body=None, raw_body=raw_body, **kw))


DESK = "Assistance <support@assistance.example.fr>"

# ---------------------------------------------------------------- password_reset
M("password_reset", True, "0752054A", None, False, "fr",
  "Two words and a UAI from an iPhone: forgotten password, no product named.",
  "iphone", "Nadia Belkacem <nadia.belkacem@ac-paris.fr>", "mdp oublié", "0752054A merci")
M("password_reset", True, "0691507N", "esidoc", False, "fr",
  "Request and UAI only in the subject; the body is just the iPhone signature.",
  "iphone", "Hervé Collomb <herve.collomb@gmail.com>", "Mot de passe e-sidoc perdu - 0691507N", "")
M("password_reset", True, "0331386C", "esidoc", True, "fr",
  "Dictated: 'ici doc' is e-sidoc; no punctuation. Lost password with the UAI.",
  "iphone", "Martine Lafargue <martine.lafargue@ac-bordeaux.fr>", "Mot de passe",
  "bonjour je n'ai plus le mot de passe pour ici doc le code du collège c'est 0331386C merci beaucoup bonne journée")
M("password_reset", True, "0132935V", None, False, "fr",
  "Account locked after failed attempts, UAI given, Outlook for Android.",
  "outlook_android", "ESPOSITO Laura <laura.esposito@ac-aix-marseille.fr>", "compte bloqué",
  "Compte verrouillé après trop d'essais. Lycée 0132935V. Vous pouvez débloquer svp ?\nL. Esposito")
M("password_reset", True, "0672301M", "esidoc", False, "en",
  "English one-liner: cannot log in to e-sidoc, UAI given as the username.",
  "iphone", "Claire Muller <claire.muller@ac-strasbourg.fr>", "Forgot password",
  "Hi, can't log in to e-sidoc anymore. Username 0672301M. Could you reset it? Thanks")
M("password_reset", True, None, "esidoc", False, "fr",
  "Reply to the reset mail: link expired, asks for another. No UAI; region from ac-lille.fr.",
  "iphone", "Grégory Vandamme <gregory.vandamme@ac-lille.fr>", "Re: Réinitialisation de votre mot de passe e-sidoc",
  "Le lien est expiré. Vous pouvez en renvoyer un ?",
  quote=("e-sidoc <no-reply@esidoc.example.fr>",
         "Bonjour,\nPour choisir un nouveau mot de passe e-sidoc, cliquez sur le lien ci-dessous.\nCe lien est valable 12 heures.\n\nCeci est un message automatique, merci de ne pas y répondre."))
M("password_reset", True, None, None, False, "fr",
  "Does not know the login nor the password; region from the ac-toulouse.fr sender.",
  "samsung", "Sandrine Puech <sandrine.puech@ac-toulouse.fr>", "identifiant ?",
  "C'est quoi l'identifiant pour se connecter ? Et j'ai pas le mdp non plus")
M("password_reset", True, None, "espace_acheteur", True, "fr",
  "Dictation: 'mode de passe' and 'espace à cheteur' for Espace Acheteur. No UAI, free-mail sender.",
  "iphone", "Patrick Gomes <patrick.gomes62@orange.fr>", "Mode de passe",
  "Bonjour j'ai oublié mon mode de passe pour l'espace à cheteur pouvez-vous me le renvoyer")
M("password_reset", False, "0442502F", "esidoc", True, "fr",
  "Two topics in three lines: lost e-sidoc password and a missing invoice; one template answers only half.",
  "outlook_android", "Morgane Le Goff <morgane.le-goff@ac-nantes.fr>", "mdp + facture",
  "Bonjour, 2 choses : mot de passe e-sidoc perdu (0442502F) et on n'a toujours pas reçu la facture de l'abonnement. Merci")
M("password_reset", False, None, None, True, "fr",
  "Already tried the links without success and asks to be called: a person must take over.",
  "iphone", "Yann Kerhervé <yann.kerherve@ac-rennes.fr>", "appel svp",
  "Pouvez-vous m'appeler svp, problème de mot de passe, j'y arrive pas avec vos liens. 06 71 24 58 03")
M("password_reset", True, "0381947K", None, False, "fr",
  "Expired password, UAI given; Samsung mail (base64).",
  "samsung", "Fabienne Rey <fabienne.rey38@free.fr>", "Mot de passe expiré",
  "Mot de passe expiré, comment on fait ? UAI 0381947K")
M("password_reset", True, "0341186E", None, True, "fr",
  "One-line reply giving only the UAI the desk asked for on a password ticket (quoted): the reset answer now applies.",
  "iphone", "Joëlle Fabre <joelle.fabre@ac-montpellier.fr>", "Re: [#SUP-007412] mot de passe", "0341186E",
  irt="<SUP-007412.1731400000.118822@assistance.example.fr>",
  quote=(DESK, "Bonjour,\nPour vous envoyer un lien de réinitialisation, pouvez-vous nous indiquer le code UAI de votre établissement ?\nCordialement,\nL'équipe d'assistance"))
M("password_reset", False, "0761645A", "ecoledirecte", True, "fr",
  "EcoleDirecte administration password lost: no reset template exists for this product (not the daily maintenance password).",
  "gmail_android", "Sébastien Lecoq <s.lecoq@ecole-saint-joseph-rouen.fr>", "mdp admin ecole directe",
  "Bonjour, on a perdu le mot de passe administrateur EcoleDirecte. Établissement 0761645A.")
M("password_reset", True, None, "espace_acheteur", False, "en",
  "English subject-only style: buyer-space account locked, no UAI.",
  "iphone", "Tom Harrington <tom.harrington@lycee-international.example.org>", "locked out of buyer space",
  "Locked out of the Espace Acheteur after too many tries. Can you unlock?")
M("password_reset", True, None, "ticket_portal", False, "fr",
  "Forgotten password of the ticket portal.",
  "gmail_android", "Céline Bourdon <celine.bourdon@gmail.com>", "portail tickets",
  "J'ai oublié mon mot de passe du portail de tickets, comment je le récupère ?")
M("password_reset", True, "0542623H", "esidoc", False, "fr",
  "New colleague who never had the CDI password; written from an iPad.",
  "ipad", "Anne-Sophie Thiriet <anne-sophie.thiriet@ac-nancy-metz.fr>", "Code oublié",
  "Bonjour, la nouvelle collègue ne connaît pas le mot de passe du CDI (e-sidoc). Collège 0542623H.\nMerci")
M("password_reset", True, "0061438F", "esidoc", True, "fr",
  "UAI only in the ce.<UAI> sender address; the secretariat asks for the link on that official address.",
  "iphone", "Secrétariat Collège <ce.0061438F@ac-nice.fr>", "lien e-sidoc",
  "Merci d'envoyer un lien de réinitialisation e-sidoc sur cette adresse.\nLe secrétariat")
M("password_reset", False, None, None, True, "fr",
  "UAI typed 0211457X: wrong check letter (the digits give 0211457V), so no UAI; region from ac-dijon.fr. The code must be confirmed before any link.",
  "iphone", "Lucie Perrot <lucie.perrot@ac-dijon.fr>", "mdp perdu 0211457X", "")
M("password_reset", True, "0451514B", "esidoc", True, "fr",
  "Dictated: 'ESI doc' and a space inside the UAI ('0451514 B').",
  "iphone", "Françoise Gaudin <francoise.gaudin@ac-orleans-tours.fr>", "Réinitialiser",
  "Bonjour je voudrais réinitialiser le mot de passe du compte ESI doc du lycée 0451514 B merci")
M("password_reset", True, "0372480V", None, True, "fr",
  "Siri dictation with spoken punctuation ('virgule', 'point').",
  "iphone", "Michel Barreau <michel.barreau@ac-orleans-tours.fr>", "Mot de passe",
  "Bonjour virgule j'ai perdu mon mot de passe point UAI 0372480V point merci")
M("password_reset", False, None, "esidoc", False, "en",
  "English: the reset link fails every time ('invalid token'), tried three times: the standard path failed, a person must look.",
  "gmail_android", "Rachel Dupuy <rachel.dupuy@ac-limoges.fr>", "reset link not working",
  "The e-sidoc reset link says invalid token every time. Tried three times, phone and PC. Can someone look at it?")
M("password_reset", True, None, None, True, "fr",
  "Subject 'mot de passe' and an empty body: almost certainly a lost password; the generic answer (asking the UAI) fits.",
  "iphone", "Gilles Marchand <gilles.marchand@wanadoo.fr>", "mot de passe", "")
M("password_reset", True, "9742377R", None, False, "fr",
  "Telegraphic: expired password of the CDI; Réunion UAI and time zone.",
  "samsung", "Mireille Payet <mireille.payet@ac-reunion.fr>", "mdp expiré", "mdp expiré CDI 9742377R")

# ---------------------------------------------------------------- missing_noreply_mail
M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Activation mail for the Espace Acheteur never arrived; free-mail sender.",
  "iphone", "Karim Haddad <karim.haddad@gmail.com>", "pas reçu",
  "Bonjour, pas reçu le mail d'activation pour l'espace acheteur")
M("missing_noreply_mail", True, None, None, True, "fr",
  "Subject only, empty body with an Outlook signature: a confirmation mail never came; no product named.",
  "outlook_android", "Bérénice Aubry <berenice.aubry@outlook.fr>", "Mail de confirmation jamais reçu", "")
M("missing_noreply_mail", True, "0871657D", None, False, "fr",
  "New-password mail not received, not in junk either; no anti-spam product named.",
  "iphone", "Thierry Mazaud <thierry.mazaud@ac-limoges.fr>", "toujours rien",
  "Rien dans les spams non plus. Toujours pas le mail pour le nouveau mot de passe. 0871657D")
M("missing_noreply_mail", True, None, None, False, "en",
  "English, two lines: activation e-mail not received.",
  "iphone", "Helen Ward <helen.ward@icloud.com>", "No activation email", "Didn't get the activation email. Can you resend?")
M("missing_noreply_mail", False, None, "espace_acheteur", True, "fr",
  "Reply 'toujours rien' quoting the junk-folder answer: the standard procedure was already sent and failed; a person must follow up.",
  "iphone", "Corinne Delattre <corinne.delattre@ac-amiens.fr>", "Re: [#SUP-006981] Mail d'activation", "Toujours rien",
  irt="<SUP-006981.1730900000.554120@assistance.example.fr>",
  quote=(DESK, "Bonjour,\nVérifiez votre dossier de courrier indésirable et ajoutez l'adresse no-reply de l'Espace Acheteur à vos expéditeurs autorisés. Sans nouvelles de votre part sous 48 h, nous reviendrons vers vous.\nL'équipe d'assistance"))
M("missing_noreply_mail", True, None, "espace_acheteur", True, "fr",
  "Dictation: 'Noé plaie' is no-reply. Never receives the Espace Acheteur mails.",
  "iphone", "Jacqueline Morel <jacqueline.morel@laposte.net>", "mails",
  "Je reçois jamais les mails de Noé plaie pour l'espace acheteur c'est normal")
M("missing_noreply_mail", True, "0861767D", "espace_acheteur", False, "fr",
  "Structure administrator does not receive the 'account to validate' notifications.",
  "k9", "Olivier Brunet <olivier.brunet@ac-poitiers.fr>", "notifs",
  "Je reçois plus les notifs de comptes à valider sur l'espace acheteur. Admin structure 0861767D")
M("missing_noreply_mail", True, None, None, False, "fr",
  "Activation link not arriving on the academic mailbox; no anti-spam product named. Region from ac-bordeaux.fr.",
  "samsung", "Hélène Lacoste <helene.lacoste@ac-bordeaux.fr>", "lien activation",
  "Bonjour le lien d'activation n'arrive pas sur ma boîte académique")
M("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
  "The ticket portal's mail to set a password never arrived.",
  "gmail_android", "Damien Royer <damien.royer@gmail.com>", "portail ticket mail pas reçu",
  "Le mail pour définir le mot de passe du portail ticket n'est pas arrivé")
M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook for iOS: mail to set the password never received.",
  "outlook_ios", "Agnès Fontaine <agnes.fontaine@mairie-example.fr>", "Courriel non reçu",
  "Bonjour,\nJe n'ai pas reçu le courriel pour définir mon mot de passe sur l'espace acheteur.\nAgnès Fontaine")
M("missing_noreply_mail", True, None, None, False, "fr",
  "Question-mark subject; signed up yesterday, no mail yet.",
  "iphone", "Romain Chevalier <romain.chevalier@free.fr>", "activation ?", "Inscrit hier, toujours pas de mail.")
M("missing_noreply_mail", True, "0642514K", None, True, "fr",
  "UAI only in the ce.<UAI> sender address; validation mail does not reach the school's mailbox.",
  "zimbra", "Collège <ce.0642514K@ac-bordeaux.fr>", "Mail de validation",
  "Le mail de validation n'arrive pas sur la boîte du collège.\nCordialement")
M("missing_noreply_mail", True, None, None, False, "en",
  "English, request in the subject, empty body.",
  "gmail_android", "Marc Olsen <marc.olsen@gmail.com>", "no email received for password reset", "")
M("missing_noreply_mail", True, None, None, True, "fr",
  "The automatic order-confirmation mail never arrives: a missing no-reply mail, not an order question.",
  "iphone", "Isabelle Roussel <isabelle.roussel@ac-caen.fr>", "confirmation commande",
  "Bonjour, le mail de confirmation de commande n'arrive jamais, c'est normal ?")
M("missing_noreply_mail", True, "0291329M", "esidoc", False, "fr",
  "Activation mail of the e-sidoc customer account never came; UAI in the body.",
  "outlook_android", "Gwenaëlle Tanguy <gwenaelle.tanguy@ac-rennes.fr>", "compte client",
  "Le mail pour activer mon compte client e-sidoc n'est jamais arrivé. 0291329M")
M("missing_noreply_mail", True, None, "espace_acheteur", True, "fr",
  "Suspects 'a filter' but names no product: missing_noreply_mail, not mailinblack_spam.",
  "samsung", "Nathalie Guérin <nathalie.guerin@ac-versailles.fr>", "filtre ?",
  "Aucun mail de l'espace acheteur ne m'arrive. Peut-être un filtre ?")
M("missing_noreply_mail", False, None, None, True, "fr",
  "Third request for the same missing mail and asks for a phone call: the standard answer has not worked.",
  "iphone", "Daniel Vidal <daniel.vidal@ac-montpellier.fr>", "3e demande",
  "Ça fait 3 fois que je demande, toujours pas de mail. J'aimerais qu'on m'appelle. 06 48 17 92 35")

# ---------------------------------------------------------------- mailinblack_spam
M("mailinblack_spam", True, None, None, False, "fr",
  "One line: MailInBlack blocks the desk's mails.",
  "iphone", "Valérie Girard <valerie.girard@ac-grenoble.fr>", "bloqué", "Mailinblack bloque vos mails")
M("mailinblack_spam", True, None, None, True, "fr",
  "Dictation: 'mail un black' is MailInBlack.",
  "iphone", "Stéphane Roux <stephane.roux@orange.fr>", "messages bloqués",
  "vos messages sont bloqués par mail un black comment je fais")
M("mailinblack_spam", True, None, "espace_acheteur", False, "en",
  "English: activation mails stuck in the MailInBlack quarantine.",
  "outlook_android", "Priya Nair <priya.nair@lycee-europeen.example.org>", "quarantine",
  "Your buyer space emails are stuck in our Mailinblack quarantine. What should we allow?")
M("mailinblack_spam", True, None, None, True, "fr",
  "Subject 'MailInBlack' and an empty body: the allow-list guide is the plain answer.",
  "iphone", "Bruno Lemaire <bruno.lemaire@ac-normandie.fr>", "MailInBlack", "")
M("mailinblack_spam", False, "0912042A", None, True, "fr",
  "The sender-authentication challenge is described without naming the product: probably MailInBlack, a person checks first.",
  "gmail_android", "Élodie Carré <elodie.carre@ac-versailles.fr>", "validation",
  "Notre antispam vous a envoyé une demande pour prouver que vous n'êtes pas un robot, vous pouvez la valider ? Sinon vos mails n'arrivent pas. Lycée 0912042A")
M("mailinblack_spam", True, "0562927C", None, False, "fr",
  "Which address to allow in the MailInBlack quarantine.",
  "samsung", "Erwan Le Bihan <erwan.le-bihan@ac-rennes.fr>", "quarantaine",
  "Msg bloqués en quarantaine mailinblack, quelle adresse autoriser ? 0562927C")
M("mailinblack_spam", True, None, "espace_acheteur", True, "fr",
  "MailInBlack written as the abbreviation 'MIB'.",
  "outlook_android", "Pascal Besson <pascal.besson@ac-clermont.fr>", "MIB",
  "Le MIB bloque le mail d'activation de l'espace acheteur")
M("mailinblack_spam", False, "0621223T", "esidoc", True, "fr",
  "Two topics: MailInBlack blocking (first) and a subscription not visible; one template answers only half.",
  "iphone", "Sophie Caron <sophie.caron@ac-lille.fr>", "2 soucis",
  "Mailinblack bloque vos mails + l'abonnement Europresse est pas visible sur e-sidoc. 0621223T")
M("mailinblack_spam", False, None, None, True, "fr",
  "Reply quoting the MailInBlack guide: already applied, still blocked; a person/the region must follow up.",
  "iphone", "Jean-Marc Ollivier <jean-marc.ollivier@ac-nice.fr>", "Re: [#SUP-007055] Mailinblack",
  "J'ai fait ce que dit le guide, toujours bloqué.",
  irt="<SUP-007055.1733200000.318765@assistance.example.fr>",
  quote=(DESK, "Bonjour,\nVotre établissement utilise MailInBlack. Voici le guide pour ajouter nos adresses d'envoi à la liste des expéditeurs autorisés.\nL'équipe d'assistance"))
M("mailinblack_spam", True, None, None, False, "fr",
  "IT of a local authority: which domain to allow-list in MailInBlack.",
  "gmail_android", "DSI Communauté de communes <informatique.cc-vallee@gmail.com>", "whitelist",
  "Quel domaine on doit whitelister dans Mailinblack pour recevoir vos envois ?")
M("mailinblack_spam", True, "0594417F", "espace_acheteur", False, "fr",
  "Confirmation mails blocked by 'Mail In Black'; UAI in the signature.",
  "iphone", "Audrey Leclercq <audrey.leclercq@ac-lille.fr>", "mails bloqués",
  "Les mails de confirmation espace acheteur sont bloqués par Mail In Black\nA. Leclercq - 0594417F")
M("mailinblack_spam", True, None, None, False, "en",
  "English one-liner about MailInBlack holding the activation link.",
  "iphone", "Kevin Murphy <kevin.murphy@ac-lyon.fr>", "blocked again", "Mailinblack blocking the activation link again.")
M("mailinblack_spam", True, "9731263K", None, False, "fr",
  "'Mail inblack du rectorat' blocks the mails; Guyane UAI and time zone.",
  "samsung", "Josiane Edouard <josiane.edouard@ac-guyane.fr>", "mail inblack",
  "vos mails sont bloqués par le mail inblack du rectorat. collège 9731263K")

# ---------------------------------------------------------------- head_of_establishment_request
M("head_of_establishment_request", False, "0631445D", "esidoc", True, "fr",
  "The principal answers from his phone 'Je confirme', quoting his librarian's reset request (Apple quote): the written authorisation.",
  "iphone", "Bernard Chassaing <bernard.chassaing@ac-clermont.fr>", "Re: mot de passe e-sidoc",
  "Je confirme, vous pouvez réinitialiser.\nB. Chassaing, principal",
  quote=("Aurélie Vigier <aurelie.vigier@ac-clermont.fr>",
         "Bonjour,\nLe support e-sidoc demande l'accord du chef d'établissement pour réinitialiser le mot de passe administrateur du collège (0631445D). Pouvez-vous leur répondre ?\nMerci\nAurélie"),
  cc="Aurélie Vigier <aurelie.vigier@ac-clermont.fr>")
M("head_of_establishment_request", False, "0802446Z", "esidoc", False, "fr",
  "Proviseur, from the ce.<UAI> address: replace the e-sidoc contact address with the school's.",
  "iphone", "Proviseur <ce.0802446Z@ac-amiens.fr>", "adresse de contact e-sidoc",
  "Proviseur du lycée 0802446Z. Merci de remplacer l'adresse de contact e-sidoc par celle du lycée.")
M("head_of_establishment_request", False, "0141390K", "espace_acheteur", False, "fr",
  "The principal authorises the gestionnaire to validate an order.",
  "outlook_android", "Principale Collège <ce.0141390K@ac-normandie.fr>", "autorisation commande",
  "Principale du collège. J'autorise Mme Hue, gestionnaire, à valider la commande sur l'espace acheteur.\nC. Duval")
M("head_of_establishment_request", False, None, "esidoc", True, "fr",
  "A school head agrees from a personal Gmail, no UAI: weak evidence, staff must verify.",
  "gmail_android", "Marie-Laure Simon <marielaure.simon67@gmail.com>", "accord",
  "Directrice de l'école, j'autorise la réinitialisation du mot de passe e-sidoc. ML Simon")
M("head_of_establishment_request", False, "0782513H", None, False, "en",
  "English: the head of school authorises the admin password reset.",
  "iphone", "Jonathan Blake <jonathan.blake@ac-versailles.fr>", "authorisation",
  "As head of school I authorise the reset of our admin password. UAI 0782513H.\nJ. Blake, Headteacher")
M("head_of_establishment_request", False, "0512028C", "esidoc", True, "fr",
  "'ok pour moi' from the proviseur, replying to the desk's request for written approval (quoted): a head-of-establishment request.",
  "iphone", "Proviseur <ce.0512028C@ac-reims.fr>", "Re: [#SUP-006644] Demande de réinitialisation", "ok pour moi",
  irt="<SUP-006644.1729600000.903311@assistance.example.fr>",
  quote=(DESK, "Madame, Monsieur le Proviseur,\nVotre professeure documentaliste demande la réinitialisation du mot de passe administrateur e-sidoc du lycée 0512028C. Pouvez-vous nous confirmer votre accord par écrit ?\nL'équipe d'assistance"))
M("head_of_establishment_request", False, "0941236H", "espace_acheteur", False, "fr",
  "New structure administrator named and the former one's access to remove, signed by the proviseur from the ce. address.",
  "outlook_android", "Lycée Proviseur <ce.0941236H@ac-creteil.fr>", "Nouvel admin",
  "Nouvel admin espace acheteur : M. Durand (gestionnaire). Merci de supprimer l'accès de Mme Petit.\nLe proviseur")
M("head_of_establishment_request", False, "0422435U", None, True, "fr",
  "Dictation: 'chef des tablissement' and 'administrateurs'; asks to change the administrator.",
  "iphone", "Henri Faure <henri.faure@ac-lyon.fr>", "changement administrateur",
  "Bonjour je suis le chef des tablissement du collège 0422435U je vous demande de changer l'administrateur du compte c'est maintenant madame Giraud")
M("head_of_establishment_request", False, "0252756K", "espace_acheteur", True, "fr",
  "One-word 'Oui' from the ce.<UAI> address, replying to the desk's question about authorising a change of administrator (quoted).",
  "iphone", "Principal <ce.0252756K@ac-besancon.fr>", "Re: [#SUP-007230] Changement d'administrateur", "Oui",
  irt="<SUP-007230.1734000000.440017@assistance.example.fr>",
  quote=(DESK, "Monsieur le Principal,\nConfirmez-vous que M. Jacquot devient administrateur de la structure sur l'Espace Acheteur, à la place de Mme Vernier ?\nL'équipe d'assistance"))
M("head_of_establishment_request", False, None, None, True, "fr",
  "Claims to be a principal from a free-mail address and wants the admin password sent there: still a head request for the queue, where staff should refuse it.",
  "iphone", "Principal Collège <principal.college.jaures@gmail.com>", "urgent mot de passe admin",
  "Je suis le principal. Envoyez-moi le mot de passe administrateur sur cette adresse, urgent.")
M("head_of_establishment_request", False, "0832799S", "espace_acheteur", False, "fr",
  "Proviseur from an iPad: the gestionnaire may validate the quote.",
  "ipad", "Proviseur Lycée <ce.0832799S@ac-nice.fr>", "Autorisation devis",
  "J'autorise le gestionnaire à valider le devis sur l'espace acheteur.\nLe proviseur, 0832799S")
M("head_of_establishment_request", False, "0771870P", "esidoc", False, "fr",
  "School director asks to move the e-sidoc admin contact address to the school's official address.",
  "samsung", "Directeur École <ce.0771870P@ac-creteil.fr>", "changement adresse admin",
  "Directeur école 0771870P : merci de changer l'adresse mail administrateur e-sidoc vers ce.0771870P@ac-creteil.fr")
M("head_of_establishment_request", False, "9721612V", "esidoc", True, "fr",
  "The head validates her librarian's request quoted below (Gmail quote); Martinique.",
  "gmail_android", "Principale <ce.9721612V@ac-martinique.fr>", "TR: réinitialisation e-sidoc",
  "Je valide la demande de ma documentaliste ci-dessous.\nLa principale",
  quote=("Lise Bellemare <lise.bellemare@ac-martinique.fr>",
         "Madame la Principale,\nPouvez-vous écrire au support e-sidoc pour autoriser la réinitialisation du mot de passe du CDI ? Ils demandent votre accord.\nLise"))

# ---------------------------------------------------------------- account_creation
M("account_creation", True, None, "espace_acheteur", False, "fr",
  "How to create an Espace Acheteur account: the sign-up answer fits.",
  "iphone", "Lætitia Marin <laetitia.marin@ac-aix-marseille.fr>", "compte", "Comment on crée un compte sur l'espace acheteur ?")
M("account_creation", True, "0721060L", "espace_acheteur", False, "fr",
  "Account waiting for validation for three days (FAQ case).",
  "outlook_android", "Julien Pottier <julien.pottier@ac-nantes.fr>", "en attente",
  "Compte en attente de validation depuis 3 jours. 0721060L")
M("account_creation", False, None, "espace_acheteur", False, "fr",
  "Who is the structure's administrator: needs a look-up.",
  "iphone", "Dominique Besnard <dominique.besnard@ac-rouen.fr>", "admin ?", "Qui est l'admin de notre structure sur l'espace acheteur ?")
M("account_creation", True, None, "espace_acheteur", False, "en",
  "English: how to sign up as a buyer.",
  "iphone", "Sarah Lindqvist <sarah.lindqvist@gmail.com>", "sign up", "How do I sign up as a buyer on your Espace Acheteur?")
M("account_creation", False, "0592951M", "espace_acheteur", False, "fr",
  "Asks for order rights on an existing account: a person answers.",
  "samsung", "Frédéric Delbecq <frederic.delbecq@ac-lille.fr>", "droits",
  "Je voudrais les droits de commande sur mon compte. 0592951M")
M("account_creation", True, None, "espace_acheteur", True, "fr",
  "Dictation: 'créer un conte' is 'créer un compte'.",
  "iphone", "Monique Texier <monique.texier@orange.fr>", "création",
  "Bonjour je voudrais créer un conte sur l'espace acheteur pour l'école")
M("account_creation", False, None, None, True, "fr",
  "Subject 'Inscription' and an empty body: probably a sign-up question but the need cannot be told; a person asks.",
  "iphone", "Alain Lebreton <alain.lebreton@ac-poitiers.fr>", "Inscription", "")
M("account_creation", False, "0301427N", "espace_acheteur", False, "fr",
  "The establishment's UAI is missing from the list at sign-up: sales team case.",
  "gmail_android", "Christelle Arnaud <christelle.arnaud@ac-montpellier.fr>", "UAI introuvable",
  "Notre UAI 0301427N n'est pas dans la liste quand je crée le compte")
M("account_creation", True, None, "esidoc", False, "fr",
  "New gestionnaire wants to open the e-sidoc customer account before a first order; Outlook for iOS HTML-only.",
  "outlook_ios", "Émilie Vasseur <emilie.vasseur@ac-amiens.fr>", "compte client e-sidoc",
  "Bonjour, nouvelle gestionnaire, je dois ouvrir le compte client e-sidoc avant de commander. Comment faire ?")

# ---------------------------------------------------------------- subscription_activation
M("subscription_activation", True, None, "esidoc", False, "fr",
  "Europresse ordered yesterday, not visible yet: within 72 h.",
  "iphone", "Catherine Bonnet <catherine.bonnet@ac-grenoble.fr>", "Europresse", "Abonnement Europresse pas visible, commandé hier.")
M("subscription_activation", True, "0352207J", "esidoc", False, "fr",
  "'Cafeyn activé ?' in the subject, order placed this week.",
  "iphone", "Soizic Le Ny <soizic.le-ny@ac-rennes.fr>", "Cafeyn activé ?", "Commandé lundi. 0352207J")
M("subscription_activation", False, "0922374F", "esidoc", False, "fr",
  "Still not active two weeks after the order: past the 72-hour rule.",
  "samsung", "Nicolas Perrin <nicolas.perrin@ac-versailles.fr>", "abonnement",
  "Toujours pas actif après 2 semaines ! 0922374F")
M("subscription_activation", True, None, "esidoc", False, "en",
  "English: subscription ordered this morning, not showing yet.",
  "iphone", "Emma Fitzgerald <emma.fitzgerald@ac-paris.fr>", "subscription", "Ordered the subscription this morning, not showing on e-sidoc yet.")
M("subscription_activation", True, "0932925Z", "esidoc", True, "fr",
  "Dictation: 'l'universalisme' is Universalis; ordered the day before yesterday.",
  "iphone", "Samia Ouali <samia.ouali@ac-creteil.fr>", "Universalis",
  "bonjour on a commandé l'universalisme avant-hier et c'est pas encore dans les ressources collège 0932925Z")
M("subscription_activation", True, None, "esidoc", False, "fr",
  "How to publish a resource for pupils.",
  "outlook_android", "Rémi Garnier <remi.garnier@ac-dijon.fr>", "publier ressource",
  "Comment publier la ressource pour les élèves sur le portail ?")
M("subscription_activation", True, "0841409A", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the subscription will be there: not a head-of-establishment request.",
  "iphone", "Principal <ce.0841409A@ac-aix-marseille.fr>", "abonnement CDI",
  "Quand l'abonnement du CDI sera-t-il disponible ? Commande passée hier.\nLe principal")
M("subscription_activation", True, "0662962L", "esidoc", False, "fr",
  "Renewal not taken into account: still shown as expired, renewed yesterday.",
  "gmail_android", "Anne Sabatier <anne.sabatier@ac-montpellier.fr>", "renouvellement",
  "Renouvelé hier mais toujours affiché expiré dans mes abonnements. 0662962L")
M("subscription_activation", True, "6201586E", "esidoc", False, "fr",
  "Resource not yet available after this week's order; Corse-du-Sud prefix 620.",
  "ipad", "Paul-Antoine Casanova <paul-antoine.casanova@ac-corse.fr>", "Ressource pas encore dispo",
  "Commande validée mercredi. 6201586E")
M("subscription_activation", True, "7201597Y", "esidoc", True, "fr",
  "Le Monde subscribed yesterday shows a blank page: a not-yet-active resource rather than a fault. Haute-Corse prefix 720.",
  "samsung", "Marie-Paule Luciani <marie-paule.luciani@ac-corse.fr>", "Le Monde",
  "Le Monde ça marche pas depuis l'abonnement d'hier, page blanche. 7201597Y")

# ---------------------------------------------------------------- order_billing
M("order_billing", False, "0312833L", "esidoc", False, "fr",
  "Needs a quote for the renewal.",
  "iphone", "Brigitte Cazals <brigitte.cazals@ac-toulouse.fr>", "devis", "Besoin d'un devis pour le renouvellement e-sidoc. 0312833L")
M("order_billing", False, None, None, False, "fr",
  "Subject 'facture ?' and one line: resend September's invoice.",
  "iphone", "Gestion Lycée Curie <gestion.lycee.curie@wanadoo.fr>", "facture ?", "Pouvez-vous renvoyer la facture de septembre")
M("order_billing", False, "0422435U", None, False, "fr",
  "Invoice not deposited on Chorus.",
  "outlook_android", "Valentin Berthet <valentin.berthet@ac-lyon.fr>", "Chorus",
  "Facture pas déposée sur Chorus, le service financier la réclame. Collège 0422435U")
M("order_billing", False, None, "espace_acheteur", False, "fr",
  "The basket disappeared.",
  "samsung", "Yasmina Cherif <yasmina.cherif@ac-creteil.fr>", "panier", "Mon panier a disparu de l'espace acheteur ??")
M("order_billing", False, None, None, False, "en",
  "English: can they pay by card.",
  "iphone", "Oliver Grant <oliver.grant@britishschool.example.org>", "payment", "Can we pay by card?")
M("order_billing", False, "0341186E", "esidoc", False, "fr",
  "Photo of the signed bon d'engagement attached from the phone; one line of text.",
  "iphone", "Joëlle Fabre <joelle.fabre@ac-montpellier.fr>", "Bon d'engagement", "Ci-joint le BE signé pour la commande e-sidoc. 0341186E",
  attach=("IMG_4127.jpg", "image/jpeg", TINY_JPEG))
M("order_billing", False, None, None, True, "fr",
  "Dictation: 'coruss' is Chorus; invoice rejected.",
  "iphone", "Rolande Vigneron <rolande.vigneron@ac-reims.fr>", "facture",
  "la facture a été rejetée sur coruss il manque le numéro d'engagement")
M("order_billing", False, "0631445D", None, False, "fr",
  "The invoice amount is wrong.",
  "gmail_android", "Thomas Bardin <thomas.bardin@ac-clermont.fr>", "montant facture",
  "Le montant est faux sur la facture, 480 au lieu de 420. 0631445D")
M("order_billing", False, None, "espace_acheteur", False, "fr",
  "Order validation blocked.",
  "outlook_android", "Laurence Hamon <laurence.hamon@ac-nantes.fr>", "commande bloquée",
  "Commande bloquée à l'étape validation, le bouton ne fait rien.")

# ---------------------------------------------------------------- contract_documents
M("contract_documents", False, None, "espace_acheteur", False, "fr",
  "Cannot see the documents of a market any more.",
  "iphone", "Sylvain Noël <sylvain.noel@ac-nancy-metz.fr>", "marché 2024-031", "Je vois plus les docs du marché 2024-031")
M("contract_documents", False, "0572861A", "espace_acheteur", False, "fr",
  "Amendment missing.",
  "samsung", "Véronique Klein <veronique.klein@ac-nancy-metz.fr>", "avenant", "Avenant n°1 manquant dans les documents du marché. 0572861A")
M("contract_documents", False, None, "espace_acheteur", False, "fr",
  "Convention not found on the Espace Acheteur.",
  "iphone", "Cédric Aubert <cedric.aubert@gmail.com>", "convention", "Convention introuvable sur l'espace acheteur")
M("contract_documents", False, None, None, True, "fr",
  "Subject only ('CCTP marché fournitures'), empty body: a missing market document.",
  "iphone", "Intendance Lycée Hugo <intendance.hugo@laposte.net>", "CCTP marché fournitures", "")
M("contract_documents", False, None, "espace_acheteur", False, "en",
  "English: cannot access the contract documents.",
  "outlook_android", "Daniel Weiss <daniel.weiss@ac-strasbourg.fr>", "contract docs", "Can't access the contract documents in Mes Marchés.")
M("contract_documents", False, "0841409A", None, False, "fr",
  "Acte d'engagement not available.",
  "gmail_android", "Gestionnaire <gestion.0841409A@gmail.com>", "AE", "Acte d'engagement pas dispo pour le marché mobilier. 0841409A")
M("contract_documents", False, None, "espace_acheteur", True, "fr",
  "'Mes marchés' empty since this morning: missing market documents (could also be an outage).",
  "iphone", "Nadège Blanc <nadege.blanc@ac-lyon.fr>", "mes marchés vide", "Mes marchés vide depuis ce matin ??")

# ---------------------------------------------------------------- transfer_incident
M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "EcoleDirecte transfers blocked since Monday.",
  "iphone", "Direction Ensemble Scolaire <direction@ensemble-saintpaul.example.fr>", "transferts",
  "Transferts ecoledirecte bloqués depuis lundi")
M("transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Asks for today's maintenance password: transfer_incident, not password_reset.",
  "samsung", "Michaël Hoarau <m.hoarau@college-prive-stdenis.example.fr>", "mdp maintenance", "Mdp maintenance du jour svp")
M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "'Licence expirée' on Charlemagne: licence to regenerate.",
  "outlook_android", "Secrétariat Sainte-Anne <secretariat@ste-anne.example.fr>", "Licence expirée",
  "Licence expirée au démarrage de Charlemagne, plus de transferts.")
M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "Grades no longer reach EcoleDirecte.",
  "iphone", "Frère Antoine <antoine.marechal@lasalle.example.fr>", "notes", "Les notes remontent plus sur école directe depuis hier")
M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "Outils.exe crashes at launch.",
  "gmail_android", "Fabrice Léger <fabrice.leger@gmail.com>", "outils plante", "Outils.exe plante dès qu'on lance le transfert")
M("transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Dictation: 'Ecole direct ne passe plus', 'la synchro'.",
  "iphone", "Véronique Lamy <v.lamy@institution-ndame.example.fr>", "transfert",
  "bonjour les transferts vers Ecole direct ne passe plus depuis la mise à jour la synchro reste bloquée")
M("transfer_incident", False, None, "ecoledirecte", False, "en",
  "English: EcoleDirecte sync failing.",
  "iphone", "Mark Bellamy <mark.bellamy@bilingual-school.example.org>", "sync", "EcoleDirecte sync failing since yesterday, error at the upload step.")
M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "New server: licence to regenerate.",
  "outlook_android", "Informatique OGEC <info@ogec-saintmichel.example.fr>", "licence",
  "Besoin de regénérer la licence, on a changé de serveur.")
M("transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Subject only 'transfert KO école directe', empty body.",
  "iphone", "Chef d'établissement <direction@college-stjoseph.example.fr>", "transfert KO école directe", "")

# ---------------------------------------------------------------- other
M("other", False, None, "esidoc", True, "fr",
  "One-word 'Merci' replying to the reset answer (quoted): nothing asked.",
  "iphone", "Martine Lafargue <martine.lafargue@ac-bordeaux.fr>", "Re: [#SUP-007501] Mot de passe", "Merci",
  irt="<SUP-007501.1732000000.770014@assistance.example.fr>",
  quote=(DESK, "Bonjour,\nUn lien de réinitialisation de votre mot de passe e-sidoc vient d'être envoyé à l'adresse de l'établissement.\nL'équipe d'assistance"))
M("other", False, None, None, False, "fr",
  "'ok' on an existing ticket: nothing to do.",
  "samsung", "Fabienne Rey <fabienne.rey38@free.fr>", "RE: [#SUP-007388] Mot de passe expiré", "ok",
  irt="<SUP-007388.1733100000.100201@assistance.example.fr>")
M("other", False, None, None, False, "fr",
  "Only a thumbs-up emoji.",
  "iphone", "Karim Haddad <karim.haddad@gmail.com>", "Re: [#SUP-006902] pas reçu", "👍",
  irt="<SUP-006902.1730300000.661234@assistance.example.fr>")
M("other", False, None, None, False, "fr",
  "'Bien reçu' from a phone.",
  "outlook_android", "Valentin Berthet <valentin.berthet@ac-lyon.fr>", "RE: [#SUP-007163] Chorus", "Bien reçu")
M("other", False, None, "esidoc", True, "fr",
  "'C'est bon ça marche' after a reset: mentions nothing to do, although the thread is about a password.",
  "iphone", "Françoise Gaudin <francoise.gaudin@ac-orleans-tours.fr>", "Re: Réinitialiser", "C'est bon ça marche ! Merci",
  quote=(DESK, "Bonjour,\nNous avons envoyé un lien de réinitialisation e-sidoc à l'adresse officielle du lycée.\nL'équipe d'assistance"))
M("other", False, None, None, False, "fr",
  "Personal message sent to the desk by mistake.",
  "iphone", "Julie Morin <julie.morin@ac-nantes.fr>", None, "Tu peux me rappeler quand tu sors ? Bisous", sig="Envoyé de mon iPhone")
M("other", False, None, None, True, "fr",
  "No subject, no text, only a photo from a phone: nothing can be told.",
  "iphone", "Gérard Pons <gerard.pons@orange.fr>", None, "",
  attach=("IMG_0932.jpg", "image/jpeg", TINY_JPEG))
M("other", False, None, None, False, "en",
  "English SEO spam, short.",
  "gmail_android", "Ryan SEO <ryan.rankboost@gmail.com>", "Quick question about your website",
  "Hi, I noticed your site is not on page 1 of Google. We can fix that for $199/month. Interested?")
M("other", False, None, None, True, "fr",
  "Phishing: 'mailbox full, log in to keep your mails'; mentions a password but is not password_reset. Look-alike domain, SPF fails.",
  "webmail", "Service Messagerie <admin@ac-messagerie-securite.com>", "Votre boîte est pleine",
  "Votre boîte aux lettres a atteint 98 %. Validez votre mot de passe ici sous 24 h pour ne pas perdre vos messages : http://ac-messagerie-securite.com/valider",
  auth="fail")
M("other", False, None, None, False, "fr",
  "'test' / 'test': someone checking the address.",
  "iphone", "Christophe Leroy <christophe.leroy@ac-rouen.fr>", "test", "test")
M("other", False, None, None, True, "fr",
  "Pocket send: a few random letters, no subject.",
  "samsung", "Jean-Pierre Maillard <jp.maillard@sfr.fr>", None, "Hhjj n")
M("other", False, None, None, False, "fr",
  "Hand-written unsubscribe request: not automated, not a category.",
  "iphone", "Odile Renaud <odile.renaud@laposte.net>", "désinscription", "Désinscription svp")
M("other", False, None, None, False, "fr",
  "'Qui êtes-vous ?' after receiving a mail from the desk.",
  "gmail_android", "Fatou Diallo <fatou.diallo@gmail.com>", "Re: Votre demande", "Qui êtes-vous ? je n'ai rien demandé")
M("other", False, None, None, False, "en",
  "English: 'stop emailing me'.",
  "iphone", "Greg Palmer <greg.palmer@yahoo.com>", "Re: Espace Acheteur news", "Stop emailing me.")
M("other", False, None, None, True, "fr",
  "Angry one-liner that names no topic: no category can be told.",
  "iphone", "Roselyne Duhamel <roselyne.duhamel@ac-amiens.fr>", "!!!", "Personne ne répond jamais !!! Lamentable")
M("other", False, None, None, True, "fr",
  "'Rappelez-moi' with a phone number and nothing else: the topic cannot be told.",
  "samsung", "Patrice Vial <patrice.vial@ac-toulouse.fr>", "rappel", "Rappelez moi svp 05 61 22 47 90")
M("other", False, None, None, True, "fr",
  "Dictated fragment referring to 'le truc de ce matin' with no context, no ticket reference.",
  "iphone", "Annick Le Roux <annick.le-roux@ac-rennes.fr>", "suite",
  "oui bonjour c'est pour le truc de ce matin vous pouvez me redire")
M("other", False, None, None, False, "fr",
  "Webinar registration link does not work.",
  "outlook_android", "Sonia Mercier <sonia.mercier@ac-reims.fr>", "webinaire", "Le lien d'inscription au webinaire ne marche pas")
M("other", False, None, None, True, "fr",
  "A parent asks for the child's ENT password: mentions a password, but not a service of the desk.",
  "iphone", "Maman de Lucas <lucas.maman77@hotmail.fr>", "mot de passe ENT",
  "Bonjour mon fils a perdu son mot de passe de l'ENT du collège, vous pouvez le lui redonner ?")

# ---------------------------------------------------------------- automated
A("Postfix bounce: multipart/report delivery-status, null Return-Path; the desk's answer could not be delivered.",
  "Mail Delivery System <MAILER-DAEMON@mail.clg-lamartine.example.fr>", "Undelivered Mail Returned to Sender",
  """Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B1.1733912200/mail.clg-lamartine.example.fr"

This is a MIME-encapsulated message.

--B1.1733912200/mail.clg-lamartine.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.clg-lamartine.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cdi@clg-lamartine.example.fr>: mailbox unavailable

--B1.1733912200/mail.clg-lamartine.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.clg-lamartine.example.fr

Final-Recipient: rfc822; cdi@clg-lamartine.example.fr
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 mailbox unavailable

--B1.1733912200/mail.clg-lamartine.example.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: cdi@clg-lamartine.example.fr
Subject: [#SUP-007610] Mot de passe
Date: {DATE}

--B1.1733912200/mail.clg-lamartine.example.fr--
""", return_path="", headers={"Auto-Submitted": "auto-replied"})
A("Gmail 'Delivery Status Notification (Failure)' for a reply the desk sent to a mistyped address.",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  """Content-Type: multipart/report; boundary="000000000000a1b2c3d4e5f60718"; report-type=delivery-status

--000000000000a1b2c3d4e5f60718
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to karim.hadad@gmail.com because the address couldn't be found, or is unable to receive mail.

--000000000000a1b2c3d4e5f60718
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; karim.hadad@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3d4e5f60718--
""", return_path="", headers={"Auto-Submitted": "auto-replied"})
A("Exchange Online non-delivery report in French ('Non remis :'), plain text part only.",
  "Microsoft Outlook <postmaster@lycee-monnet.example.fr>", "Non remis : [#SUP-007702] Abonnement",
  """Content-Type: multipart/report; report-type=delivery-status;
\tboundary="_ndr_7f3a_"

--_ndr_7f3a_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à documentation@lycee-monnet.example.fr : la boîte aux lettres est pleine.

--_ndr_7f3a_
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM

Final-Recipient: rfc822;documentation@lycee-monnet.example.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--_ndr_7f3a_--
""", return_path="", headers={"Auto-Submitted": "auto-replied"})
A("Exchange out-of-office in French with Auto-Submitted and X-Auto-Response-Suppress.",
  "Hélène Lacoste <helene.lacoste@ac-bordeaux.fr>", "Réponse automatique : lien activation",
  """Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,
Je suis absente jusqu'au lundi 4 novembre inclus. Votre message ne sera pas transféré.
Hélène Lacoste
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
A("English Gmail vacation responder.",
  "Tom Harrington <tom.harrington@lycee-international.example.org>", "Out of office Re: [#SUP-007455] locked out of buyer space",
  """Content-Type: text/plain; charset="UTF-8"

I'm away on a school trip until Friday with limited access to email. For urgent matters please contact the school office.
Tom
""", lang="en", headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})
A("Zimbra academic vacation reply; region from the ac-lyon.fr sender.",
  "Kevin Murphy <kevin.murphy@ac-lyon.fr>", "Absent : Re: Mailinblack",
  """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Je suis en formation jusqu'au 12. Réponse à mon retour.
""", headers={"Auto-Submitted": "auto-replied (zimbra; vacation)"})
A("Out-of-office sent by a phone-side rule: no Auto-Submitted nor Precedence; only the wording shows it. Region from ac-versailles.fr.",
  "Nathalie Guérin <nathalie.guerin@ac-versailles.fr>", "Absence",
  """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Message automatique : je suis absente du CDI jusqu'au 6 janvier. Pour toute urgence, s'adresser à la vie scolaire.
""", hard=True)
A("Outlook read receipt in French ('Lu :'), disposition-notification; region from ac-lille.fr.",
  "Sophie Caron <sophie.caron@ac-lille.fr>", "Lu : [#SUP-007733] 2 soucis",
  """Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_rcpt_88a1"

------=_rcpt_88a1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message a été lu le {DATE}.

------=_rcpt_88a1
Content-Type: message/disposition-notification

Final-Recipient: rfc822;sophie.caron@ac-lille.fr
Disposition: automatic-action/MDN-sent-automatically; displayed

------=_rcpt_88a1--
""")
A("Marketing newsletter with List-Id, List-Unsubscribe and Precedence: bulk.",
  "Éditions Pédago News <news@pedago-editions.example.com>", "Nouveautés de janvier : 20 % sur les abonnements",
  """Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><h1>Nouveautés de janvier</h1><p>Profitez de 20 % sur nos abonnements numériques jusqu'au 31.</p><p><a href="https://pedago-editions.example.com/unsub">Se désabonner</a></p></body></html>
""", headers={"List-Id": "<news.pedago-editions.example.com>",
              "List-Unsubscribe": "<https://pedago-editions.example.com/unsub?u=8812>",
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})
A("Espace Acheteur no-reply notification to the desk: an account awaits validation. Auto-Submitted: auto-generated.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>", "Un compte est en attente de validation",
  """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Un nouvel utilisateur (j.pottier) attend la validation de son compte pour la structure « Collège Jules Ferny ».
Ceci est un message automatique, merci de ne pas y répondre.
""", plat="espace_acheteur", headers={"Auto-Submitted": "auto-generated"})
A("Ticket-portal notification: a supplier ticket was updated.",
  "Portail tickets <notifications@tickets.example.fr>", "[Ticket 48213] Mise à jour",
  """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Le ticket 48213 a été mis à jour par l'éditeur. Connectez-vous au portail pour le consulter.
""", plat="ticket_portal", headers={"Auto-Submitted": "auto-generated"})
A("E-signature 'document signed' notification with no automation headers; the no-reply sender and wording show it is automatic.",
  "Signature électronique <noreply@esign.example.com>", "Document signé : Convention d'adhésion 2025",
  """Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><p>Tous les signataires ont signé « Convention d'adhésion 2025 ».</p><p>Téléchargez le document signé depuis votre espace.</p></body></html>
""", plat="esignature", hard=True)
A("A gestionnaire's real Chorus question posted to an academic mailing list the desk is subscribed to (List-Id): not written to us. Region from ac-bordeaux.fr.",
  "Pierre Castaing <pierre.castaing@ac-bordeaux.fr>", "[gestionnaires-33] facture chorus rejetée ?",
  """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour à tous, quelqu'un a déjà eu une facture rejetée sur Chorus pour numéro d'engagement manquant ? Merci
Pierre
""", hard=True, to="gestionnaires-33@listes.ac-bordeaux.fr",
  headers={"List-Id": "Gestionnaires Gironde <gestionnaires-33.listes.ac-bordeaux.fr>", "Precedence": "list",
           "List-Post": "<mailto:gestionnaires-33@listes.ac-bordeaux.fr>"})
A("DMARC aggregate report with a gzip attachment.",
  "noreply-dmarc-support@google.com", "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1782239041",
  """Content-Type: multipart/mixed; boundary="dmarc_b01"

--dmarc_b01
Content-Type: text/plain; charset=us-ascii

This is an aggregate report from google.com.

--dmarc_b01
Content-Type: application/gzip; name="google.com!assistance.example.fr!1735689600!1735775999.xml.gz"
Content-Disposition: attachment; filename="google.com!assistance.example.fr!1735689600!1735775999.xml.gz"
Content-Transfer-Encoding: base64

H4sIAAAAAAAAA7NJzs8rSc0rsbNRyC9KSS1SyMnMS9VRKEotLs0pAQBeW6dxHQAAAA==

--dmarc_b01--
""", lang="en")
A("Delay warning from a relay ('still being retried'): not a failure, still automatic.",
  "Mail Delivery System <MAILER-DAEMON@relay.ville-example.fr>", "Delayed Mail (still being retried)",
  """Content-Type: multipart/report; report-type=delivery-status; boundary="DLY.42"

--DLY.42
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.ville-example.fr.

Your message could not be delivered for 4 hours. It will be retried until it is 5 days old.

--DLY.42
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.ville-example.fr

Final-Recipient: rfc822; bibliotheque@ville-example.fr
Action: delayed
Status: 4.4.1

--DLY.42--
""", lang="en", return_path="")
A("Another help desk's acknowledgement (Auto-Submitted, X-Loop): answering it would start a loop. Region from ac-nice.fr.",
  "Assistance DANE <assistance-dane@ac-nice.fr>", "[DANE-24-5512] Accusé de réception",
  """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre demande a été enregistrée sous le numéro DANE-24-5512. Un technicien vous répondra prochainement.
Merci de ne pas répondre à ce message.
""", headers={"Auto-Submitted": "auto-replied", "X-Loop": "assistance-dane@ac-nice.fr"})
A("Town hall's automatic acknowledgement ('votre message a bien été reçu').",
  "Mairie de Saint-Aubin <accueil@mairie-saintaubin.example.fr>", "Accusé de réception de votre message",
  """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message a bien été reçu par les services de la mairie. Il sera traité dans les meilleurs délais.
""", headers={"Auto-Submitted": "auto-replied"})
A("English Exchange 'Automatic reply:'; region from ac-paris.fr.",
  "Emma Fitzgerald <emma.fitzgerald@ac-paris.fr>", "Automatic reply: subscription",
  """Content-Type: text/plain; charset="us-ascii"

I am out of the office until Monday. I will reply on my return.
""", lang="en", headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})
A("Exim bounce as plain text: no multipart/report, no Auto-Submitted; only the null Return-Path and Mailer-Daemon sender show it.",
  "Mail Delivery System <Mailer-Daemon@mx.ogec-example.fr>", "Mail delivery failed: returning message to sender",
  """Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  gestion@ogec-example.fr
    Unrouteable address
""", lang="en", return_path="", hard=True)
A("Out-of-office of a school office (ce.<UAI> address) during the holidays; Auto-Submitted present. UAI from the address.",
  "Collège <ce.0871657D@ac-limoges.fr>", "Réponse automatique : toujours rien",
  """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

L'établissement est fermé pendant les vacances scolaires. Réouverture le 6 janvier.
""", uai="0871657D", headers={"Auto-Submitted": "auto-replied"})
A("Outlook 'Non lu :' notice (deleted without being read); region from ac-normandie.fr.",
  "Bruno Lemaire <bruno.lemaire@ac-normandie.fr>", "Non lu : [#SUP-007519] MailInBlack",
  """Content-Type: multipart/report; report-type=disposition-notification; boundary="nl_0b"

--nl_0b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message a été supprimé sans avoir été lu.

--nl_0b
Content-Type: message/disposition-notification

Final-Recipient: rfc822;bruno.lemaire@ac-normandie.fr
Disposition: automatic-action/MDN-sent-automatically; deleted

--nl_0b--
""")


# ---------------------------------------------------------------- write and check
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def all_text(msg):
    out = [str(msg.get("From", "")), str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except (LookupError, KeyError):
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(out)


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        e = MAILS[i]
        name = f"h{n:03d}.eml"
        raw, region = (build_raw if e["style"] == "raw" else build)(e, n)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(raw)
        labels.append({"file": name, "category": e["cat"], "auto_reply_ok": e["ok"], "uai": e["uai"],
                       "region": region, "platform": e["plat"], "hard": e["hard"], "lang": e["lang"],
                       "notes": e["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    files = sorted(p for p in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", p))
    assert len(files) == 150 and len(labels) == 150, (len(files), len(labels))
    assert [lab["file"] for lab in labels] == [f"h{n:03d}.eml" for n in range(1, 151)]
    for lab in labels:
        assert list(lab) == KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        assert msg["From"] and msg["Message-ID"] and msg["Date"], lab["file"]
        assert msg["To"], lab["file"]
        text = all_text(msg)
        cat = lab["category"]
        assert cat in CATEGORIES, lab
        if cat not in AUTO_ALLOWED:
            assert lab["auto_reply_ok"] is False, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        sender = email.utils.parseaddr(str(msg["From"]))[1]
        uai = lab["uai"]
        if uai is not None:
            assert uai_ok(uai), lab
            squeezed = re.sub(r"\s+", "", text).upper()
            assert uai in squeezed, (lab["file"], uai)
            assert lab["region"] == DEPT2REGION[uai[:3]], lab
        else:
            assert lab["region"] == DOMAIN2REGION.get(sender.rsplit("@", 1)[-1].lower()), lab
        assert lab["region"] is None or lab["region"] in REGIONS, lab
        # every ce.<UAI> sender must carry a valid code
        m = re.match(r"ce\.(\d{7}[A-Za-z])@", sender)
        if m:
            assert uai_ok(m.group(1).upper()), sender
    from collections import Counter
    cats = Counter(lab["category"] for lab in labels)
    ok = sum(lab["auto_reply_ok"] for lab in labels)
    print(dict(sorted(cats.items(), key=lambda kv: -kv[1])))
    print("auto_reply_ok:", ok, "hard:", sum(lab["hard"] for lab in labels),
          "en:", sum(lab["lang"] == "en" for lab in labels))


if __name__ == "__main__":
    main()

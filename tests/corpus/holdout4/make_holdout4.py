#!/usr/bin/env python3
"""Build the holdout4 blind test set: 150 hand-written support mails and their labels.

Usage: python3 make_holdout4.py [OUTDIR]   (default: the directory of this script)

Stdlib only and deterministic: the same script always writes the same bytes
(Message-IDs, boundaries, IPs and the file order derive from each mail's key).
The texts below are written by hand for this set; the labels follow
shared/spec/taxonomy.md and shared/spec/regions.md.
"""
from __future__ import annotations

import hashlib
import html as htmlmod
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from email import policy as _policy
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime
from pathlib import Path

POLICY = _policy.default.clone(linesep="\n", max_line_length=78)
DESK = "support@assistance.example.fr"
MX = "mx1.assistance.example.fr"

# --------------------------------------------------------------------------
# UAI helpers: 7 digits + check letter (taxonomy.md)
# --------------------------------------------------------------------------
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def U(digits: str) -> str:
    """A valid UAI for these seven digits."""
    return digits + LETTERS[int(digits) % 23]


def BAD(digits: str) -> str:
    """The same digits with a deliberately wrong check letter (a typo)."""
    good = LETTERS.index(LETTERS[int(digits) % 23])
    return digits + LETTERS[(good + 3) % 23]


def h(key: str, n: int = 16) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def hint(key: str, mod: int) -> int:
    return int(h(key, 8), 16) % mod


# --------------------------------------------------------------------------
# Quoted-history helpers (the styles mail clients really write)
# --------------------------------------------------------------------------
def q(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.strip("\n").split("\n"))


def gmail_fr(when: str, who: str, text: str) -> str:
    return f"Le {when}, {who} a écrit :\n\n{q(text)}\n"


def gmail_en(when: str, who: str, text: str) -> str:
    return f"On {when}, {who} wrote:\n\n{q(text)}\n"


def tb_fr(when: str, who: str, text: str) -> str:
    return f"Le {when}, {who} a écrit :\n{q(text)}\n"


def apple_fr(when: str, who: str, text: str) -> str:
    return f"> Le {when}, {who} a écrit :\n> \n{q(text)}\n"


def outlook_fr(frm: str, sent: str, to: str, subj: str, text: str, cc: str = "") -> str:
    cc_line = f"Cc : {cc}\n" if cc else ""
    return (f"________________________________\nDe : {frm}\nEnvoyé : {sent}\nÀ : {to}\n{cc_line}"
            f"Objet : {subj}\n\n{text.strip()}\n")


def outlook_en(frm: str, sent: str, to: str, subj: str, text: str) -> str:
    return f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{text.strip()}\n"


def origine_fr(frm: str, sent: str, to: str, subj: str, text: str) -> str:
    return (f"-----Message d'origine-----\nDe : {frm}\nEnvoyé : {sent}\nÀ : {to}\nObjet : {subj}\n\n"
            f"{text.strip()}\n")


def zimbra_fr(frm: str, to: str, sent: str, subj: str, text: str) -> str:
    return f"----- Mail original -----\nDe: {frm}\nÀ: {to}\nEnvoyé: {sent}\nObjet: {subj}\n\n{q(text)}\n"


def gmail_fwd_fr(frm: str, date: str, subj: str, to: str, text: str) -> str:
    return (f"---------- Message transféré ---------\nDe : {frm}\nDate: {date}\nSubject: {subj}\n"
            f"To: {to}\n\n{text.strip()}\n")


def tb_fwd_fr(frm: str, date: str, subj: str, to: str, text: str) -> str:
    return (f"-------- Message transféré --------\nSujet : \t{subj}\nDate : \t{date}\nDe : \t{frm}\n"
            f"Pour : \t{to}\n\n\n{text.strip()}\n")


def apple_fwd_fr(frm: str, date: str, subj: str, to: str, text: str) -> str:
    return (f"Début du message réexpédié :\n\nDe: {frm}\nObjet: {subj}\nDate: {date}\nÀ: {to}\n\n"
            f"{text.strip()}\n")


# --------------------------------------------------------------------------
# HTML renderings of a plain body, per client
# --------------------------------------------------------------------------
OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif; mso-ligatures:standardcontextual;}}
a:link, span.MsoHyperlink {{mso-style-priority:99; color:#467886; text-decoration:underline;}}
span.EmailStyle18 {{mso-style-type:personal-compose; font-family:"Aptos",sans-serif; color:windowtext;}}
.MsoChpDefault {{mso-style-type:export-only; font-size:10.0pt;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="FR" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def _lines_html(text: str, wrap_line, empty: str, quote_open: str, quote_close: str) -> str:
    out: list[str] = []
    in_q = False
    for ln in text.rstrip("\n").split("\n"):
        if ln.startswith(">"):
            if not in_q:
                out.append(quote_open)
                in_q = True
            body = ln[1:].lstrip(" ").lstrip(">").lstrip(" ")
            out.append(wrap_line(htmlmod.escape(body, quote=False)) if body else empty)
            continue
        if in_q:
            out.append(quote_close)
            in_q = False
        out.append(wrap_line(htmlmod.escape(ln, quote=False)) if ln.strip() else empty)
    if in_q:
        out.append(quote_close)
    return "\n".join(out)


def to_html(text: str, style: str, charset: str = "utf-8") -> str:
    if style == "outlook":
        inner = _lines_html(
            text, lambda s: f'<p class="MsoNormal">{s}<o:p></o:p></p>',
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
            '<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">', "</div>")
        return OUTLOOK_HEAD.format(charset=charset) + inner + "\n</div>\n</body>\n</html>\n"
    if style == "gmail":
        inner = _lines_html(
            text, lambda s: f"{s}<br>", "<br>",
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">', "</blockquote>")
        return f'<div dir="ltr">{inner}</div>\n'
    if style == "apple":
        inner = _lines_html(text, lambda s: f"<div>{s}</div>", "<div><br></div>",
                            '<blockquote type="cite">', "</blockquote>")
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
                f'after-white-space;">{inner}</body></html>\n')
    if style == "zimbra":
        inner = _lines_html(text, lambda s: f"<div>{s}</div>", "<div><br data-mce-bogus=\"1\"></div>",
                            '<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">',
                            "</blockquote>")
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
                f'color: #000000">{inner}</div></body></html>\n')
    if style == "thunderbird":
        inner = _lines_html(text, lambda s: f"{s}<br>", "<br>", '<blockquote type="cite">', "</blockquote>")
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; '
                f'charset=UTF-8">\n  </head>\n  <body>\n    <p>{inner}</p>\n  </body>\n</html>\n')
    # generic webmail
    inner = _lines_html(text, lambda s: f"<p>{s}</p>", "<p>&nbsp;</p>", "<blockquote>", "</blockquote>")
    return f'<html><head><meta charset="utf-8"></head><body style="font-family: Verdana, Arial">{inner}</body></html>\n'


# --------------------------------------------------------------------------
# Envelope: trace headers, authentication results, client headers
# --------------------------------------------------------------------------
def ip(key: str) -> str:
    nets = ("192.0.2", "198.51.100", "203.0.113")
    return f"{nets[hint(key + 'n', 3)]}.{1 + hint(key + 'i', 250)}"


def relay_for(addr: str, client: str, key: str) -> str:
    dom = addr.split("@")[1].lower()
    n = 1 + hint(key + "r", 9)
    if dom.split(".")[0] in ("mx", "mail", "smtp"):
        return dom
    if dom == "gmail.com":
        return f"mail-wr1-f{40 + n}.google.com"
    if dom in ("orange.fr", "wanadoo.fr"):
        return f"smtp-{n}.smtpout.orange.fr"
    if dom == "free.fr":
        return f"smtp{n}-g21.free.fr"
    if dom == "laposte.net":
        return f"smtp0{n}.laposte.net"
    if dom in ("icloud.com", "me.com"):
        return f"qs51p00im-qukt0{n}071801.me.com"
    if dom in ("outlook.fr", "hotmail.fr", "hotmail.com", "outlook.com"):
        return f"EUR0{n}-DB8-obe.outbound.protection.outlook.com"
    if client.startswith("outlook") and not dom.startswith("ac-"):
        return f"PA{n}P264CU00{n}.outbound.protection.outlook.com"
    if dom.startswith("ac-"):
        return f"smtp{n}.{dom}"
    return f"mail.{dom}"


def auth_header(dom: str, auth: str) -> str:
    if auth == "pass":
        return (f"{MX}; dkim=pass (2048-bit key) header.d={dom}; spf=pass smtp.mailfrom={dom}; "
                f"dmarc=pass (p=none dis=none) header.from={dom}")
    if auth == "softfail":
        return f"{MX}; dkim=none; spf=softfail smtp.mailfrom={dom}; dmarc=none header.from={dom}"
    if auth == "none":
        return f"{MX}; dkim=none; spf=none smtp.mailfrom={dom}; dmarc=none"
    return f"{MX}; {auth}"


def msgid(key: str, client: str, dom: str) -> str:
    x = h(key, 40)
    if client.startswith("outlook"):
        return f"<PR3P264MB{x[:28].upper()}@PR3P264MB{x[28:32].upper()}.FRAP264.PROD.OUTLOOK.COM>"
    if client == "gmail":
        return f"<CAK{x[:30]}+{x[30:38]}@mail.gmail.com>"
    if client == "apple":
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@{dom}>"
    if client == "zimbra":
        return f"<{int(x[:7], 16)}.{int(x[7:12], 16)}.{int(x[12:23], 16)}.JavaMail.zimbra@{dom}>"
    if client == "android":
        return f"<{x[:24]}@email.android.com>"
    return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{dom}>"


TZ_NAMES = {1: "CET", 2: "CEST"}


def parse_date(s: str, tz: float | None) -> datetime:
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    if tz is None:
        tz = 2 if dt < datetime(2024, 10, 27, 3, 0) or dt >= datetime(2025, 3, 30, 2, 0) else 1
    return dt.replace(tzinfo=timezone(timedelta(hours=tz)))


def client_headers(client: str, key: str, subject: str, lang: str) -> list[tuple[str, str]]:
    if client.startswith("outlook"):
        ti = h(key + "ti", 24)
        return [("Thread-Topic", subject), ("Thread-Index", f"AQH{ti}=="),
                ("Accept-Language", "fr-FR, en-US" if lang == "fr" else "en-GB, en-US"),
                ("Content-Language", "fr-FR" if lang == "fr" else "en-GB"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if client == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr" if lang == "fr" else "en-US")]
    if client == "apple":
        return [("X-Mailer", "iPhone Mail (22C152)")]
    if client == "applemac":
        return [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    if client == "zimbra":
        return [("X-Originating-IP", f"[10.{hint(key, 200)}.{hint(key + 'b', 200)}.{hint(key + 'c', 200)}]"),
                ("X-Mailer", "Zimbra 10.0.11_GA_4678 (ZimbraWebClient - FF134 (Win)/10.0.11_GA_4678)")]
    if client == "roundcube":
        return [("User-Agent", "Roundcube Webmail/1.6.9")]
    if client == "android":
        return [("X-Mailer", "Microsoft Outlook for Android")]
    return []


HTML_STYLE = {"outlook": "outlook", "outlook_html": "outlook", "gmail": "gmail", "apple": "apple",
              "applemac": "apple", "zimbra": "zimbra", "thunderbird": "thunderbird", "android": "generic",
              "roundcube": "generic", "plain": "generic"}
DEFAULT_FMT = {"outlook": "alt", "outlook_html": "html", "gmail": "alt", "apple": "text", "applemac": "alt",
               "zimbra": "alt", "thunderbird": "text", "android": "alt", "roundcube": "alt", "plain": "text"}


def pdf_stub(title: str) -> bytes:
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            b"% " + title.encode("ascii", "replace") + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n")


PNG_STUB = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


# --------------------------------------------------------------------------
# The mail list: each add() is one hand-written message and its label
# --------------------------------------------------------------------------
MAILS: list[dict] = []


def add(key: str, *, lab: dict, frm: tuple[str, str], subj: str, date: str, body: str = "",
        client: str = "plain", tz: float | None = None, **kw) -> None:
    MAILS.append(dict(key=key, lab=lab, frm=frm, subj=subj, date=date, body=body, client=client, tz=tz, **kw))


def L(category: str, auto: bool, uai: str | None, region: str | None, platform: str | None,
      hard: bool, lang: str, notes: str) -> dict:
    return dict(category=category, auto_reply_ok=auto, uai=uai, region=region, platform=platform,
                hard=hard, lang=lang, notes=notes)


def ticket(n: int) -> tuple[str, str]:
    """The desk's Message-ID for ticket SUP-00nnnn, and its subject tag."""
    return (f"<SUP-{n:06d}.{1720000000 + n * 997}.{h(str(n), 6)}@assistance.example.fr>", f"[#SUP-{n:06d}]")

# Texts of the desk's own earlier answers, quoted in some replies.
DESK_JUNK = """Bonjour,

Les messages automatiques de la plateforme partent d'une adresse « no-reply ».
Merci de regarder dans votre dossier Courrier indésirable / Spam, de marquer le
message comme légitime et d'ajouter l'expéditeur à vos contacts.
Sans retour de votre part, nous reviendrons vers vous sous 48 heures.

L'équipe d'assistance"""

DESK_RESET = """Bonjour,

Un lien de réinitialisation vient d'être envoyé à l'adresse officielle de votre
établissement (c***@ac-****.fr). Il est valable 12 heures et ne sert qu'une fois.

Bien cordialement,
L'équipe d'assistance"""

DESK_ASK_HEAD = """Bonjour,

Pour des raisons de sécurité, la modification de l'adresse de contact du compte
administrateur doit nous être demandée par écrit par le chef d'établissement,
de préférence depuis l'adresse officielle de l'établissement.

Bien cordialement,
L'équipe d'assistance"""

DESK_MIB = """Bonjour,

Votre messagerie semble protégée par MailInBlack. Vous trouverez ci-joint le guide
pour autoriser nos expéditeurs ; votre demande est transmise à votre région
académique, qui prendra contact avec votre service informatique.

L'équipe d'assistance"""

# ==========================================================================
# password_reset (24)
# ==========================================================================
add("pr01", client="thunderbird", date="2024-09-09 08:47",
    frm=("Céline Le Breton", "celine.le-breton@ac-nantes.fr"),
    subj="Accès administrateur e-sidoc perdu",
    body=f"""Bonjour,

Je reprends le CDI du lycée Gabriel Guist'hau cette année et je dois
administrer le portail e-sidoc. Le mot de passe qu'on m'a transmis en juin
ne fonctionne plus : « identifiant ou mot de passe incorrect ».

Identifiant (RNE) : {U('0442186')}

Pouvez-vous me dire comment obtenir un nouveau mot de passe ? Je n'ai pas
accès à l'adresse de ma prédécesseure, partie en retraite.

Merci d'avance,
Céline Le Breton
Professeure documentaliste
Lycée Gabriel Guist'hau, Nantes
""",
    lab=L("password_reset", True, U("0442186"), "pays-de-la-loire", "esidoc", False, "fr",
          "The new librarian's password for the e-sidoc back office no longer works; UAI given as RNE: the standard reset path applies."))

add("pr02", client="android", date="2024-10-02 19:12",
    frm=("Kev D.", "kevin.dufour59@gmail.com"),
    subj="mdp",
    body=f"""bjr
mdp esidoc perdu, je suis au cdi du clg {U('0595512')}
vous pouvez m envoyer un lien stp
merci
""",
    lab=L("password_reset", True, U("0595512"), "hauts-de-france", "esidoc", False, "fr",
          "SMS-style lost e-sidoc password with a valid UAI; personal address, but the reset goes to the address on file."))

add("pr03", client="outlook", date="2024-11-14 10:05",
    frm=("Hannah Whitfield", "hannah.whitfield@ac-lyon.fr"),
    subj="Forgotten e-sidoc admin password",
    body=f"""Good morning,

I am the teacher-librarian for the international section at Cité scolaire
internationale. I have forgotten the password for our e-sidoc administration
account and the "forgotten password" page tells me the address I type is not
the one registered.

Could you please send a reset link to whichever address you have on file?

Many thanks,
Hannah Whitfield
Teacher-librarian, International Section
UAI {U('0693874')}
""",
    lab=L("password_reset", True, U("0693874"), "auvergne-rhone-alpes", "esidoc", False, "en",
          "English; forgotten e-sidoc admin password, asks for the link to the address on file: the reset path applies."))

_u = U("0641732")
add("pr04", client="outlook", date="2025-01-20 14:31",
    frm=("Gestion - Collège Jean Rostand", "gestion@clg-jeanrostand-orthez.fr"),
    subj=f"Identifiant espace acheteur - RNE {_u[:7]} {_u[7]}",
    body=f"""Bonjour,

Notre ancienne gestionnaire avait créé le compte de l'établissement sur
l'Espace Acheteur. Depuis son départ, personne ne connaît ni l'identifiant ni
le mot de passe et nous devons passer une commande de fournitures ce mois-ci.

L'établissement est le collège Jean Rostand d'Orthez (RNE {_u[:7]} {_u[7]}).

Comment pouvons-nous récupérer l'accès ?

Cordialement,

Sylvie Carrère
Secrétaire d'intendance
Collège Jean Rostand
05 59 00 12 34
""",
    lab=L("password_reset", True, _u, "nouvelle-aquitaine", "espace_acheteur", False, "fr",
          "Nobody knows the Espace Acheteur login or password after the gestionnaire left; the UAI is written with a space before the check letter, in the subject and body."))

_u = U("0382419")
add("pr05", client="zimbra", date="2024-12-03 11:20",
    frm=("Secrétariat Collège Les Buclos", f"ce.{_u.lower()}@ac-grenoble.fr"),
    subj="compte bloqué",
    body="""Bonjour,

Notre documentaliste a fait plusieurs essais ce matin et le compte du portail
e-sidoc affiche maintenant « compte verrouillé ». Elle a besoin de la partie
gestion pour préparer une exposition.

Pouvez-vous débloquer le compte ou envoyer un lien de réinitialisation sur
cette adresse ?

Le secrétariat
Collège Les Buclos - Meylan
""",
    lab=L("password_reset", True, _u, "auvergne-rhone-alpes", "esidoc", False, "fr",
          "Locked e-sidoc account after failed attempts; the UAI appears only in the lower-case ce.<UAI>@ac-grenoble.fr sender address."))

_u = U("0783315")
add("pr06", client="outlook", date="2024-10-08 16:44",
    frm=("Marion Castel", "marion.castel@ac-versailles.fr"),
    subj="TR: Réinitialisation de votre mot de passe",
    body=f"""Bonjour,

Je vous transfère le mail reçu hier soir : quand je clique sur le lien, la page
me dit que le lien n'est plus valable. Je ne l'ai ouvert que ce matin...
Pouvez-vous m'en renvoyer un ?

Marion Castel
Documentaliste - collège Le Racinay, Chevreuse

""" + outlook_fr("ne-pas-repondre@e-sidoc.example.fr <ne-pas-repondre@e-sidoc.example.fr>",
                 "lundi 7 octobre 2024 18:02", "Marion Castel",
                 f"Réinitialisation de votre mot de passe",
                 f"""Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le compte
{_u}. Cliquez sur le lien ci-dessous pour choisir un nouveau mot de passe :
https://{_u.lower()}.esidoc.example.fr/reset?token=...

Ce lien expire 12 heures après l'envoi de ce message."""),
    lab=L("password_reset", True, _u, "ile-de-france", "esidoc", False, "fr",
          "Outlook forward of the reset mail whose link expired overnight; asks for a new link."))

add("pr07", client="thunderbird", date="2025-02-11 07:55", tz=4,
    frm=("Jean-Marc Hoarau", "jean-marc.hoarau@ac-reunion.fr"),
    subj="Mot de passe expiré e-sidoc",
    body=f"""Bonjour,

En voulant me connecter ce matin, e-sidoc me demande de changer mon mot de passe
car il a expiré. Le problème c'est qu'il demande aussi l'ancien, que je n'ai plus
(il était enregistré dans le navigateur de l'ancien poste du CDI).

Lycée Bellepierre, Saint-Denis - code {U('9741035')}

Merci de votre aide.
JM Hoarau
""",
    lab=L("password_reset", True, U("9741035"), "la-reunion", "esidoc", False, "fr",
          "Expired password and the old one lost with the former computer; Réunion UAI, reset path applies."))

add("pr08", client="zimbra", date="2024-09-16 13:37",
    frm=("Amandine Roques", "amandine.roques@ac-montpellier.fr"),
    subj="Nouvelle documentaliste - pas de mot de passe",
    body="""Bonjour,

Je viens d'être nommée au collège de Ganges et je ne connais pas le mot de
passe du portail documentaire e-sidoc. Ma collègue précédente est partie sans
laisser de consigne et le principal ne l'a pas non plus.

Que dois-je faire pour obtenir les accès ?

Bonne journée,
Amandine Roques
""",
    lab=L("password_reset", True, None, "occitanie", "esidoc", False, "fr",
          "New librarian who never received the e-sidoc password; no UAI, région académique from the ac-montpellier.fr sender."))

_u = U("0572290")
add("pr09", client="outlook_html", date="2025-03-04 09:12",
    frm=("Nathalie Schmitt", "nathalie.schmitt@ac-nancy-metz.fr"),
    subj="Mot de passe oublié",
    body=f"""Bonjour,

J'ai oublié le mot de passe du compte administrateur de notre portail e-sidoc.
Pourriez-vous m'indiquer comment le réinitialiser ?

Je vous remercie par avance.

Bien cordialement,

Nathalie Schmitt
Professeure documentaliste
Collège Jean Mermoz – 57 Yutz
UAI : {_u}
Tél. 03 82 00 00 00
""",
    lab=L("password_reset", True, _u, "grand-est", "esidoc", False, "fr",
          "HTML-only Outlook mail: forgotten e-sidoc admin password, UAI in the signature."))

_u = U("0211830")
add("pr10", client="outlook", date="2025-01-07 15:22",
    frm=("Benoît Garnier", "benoit.garnier@ac-dijon.fr"),
    subj="Mot de passe + devis réabonnement",
    body=f"""Bonjour,

Deux choses pour le lycée Carnot (UAI {_u}) :

1) Je n'arrive plus à me connecter à l'administration d'e-sidoc, mon mot de passe
est refusé depuis les vacances. Pouvez-vous m'envoyer un lien de réinitialisation ?

2) L'agent comptable me réclame un devis pour le réabonnement 2025 avant de signer
le bon de commande. Pouvez-vous me le faire parvenir ?

Merci,
Benoît Garnier
CDI du lycée Carnot, Dijon
""",
    lab=L("password_reset", False, _u, "bourgogne-franche-comte", "esidoc", True, "fr",
          "Two topics, a password reset (first) and a quote for the renewal; a single automatic template would answer only half."))

_b = BAD("0133377")
add("pr11", client="gmail", date="2024-11-25 20:48",
    frm=("Sophie Arnaud", "sophie.arnaud.doc@gmail.com"),
    subj="Impossible de me connecter au portail",
    body=f"""Bonsoir,

Je n'arrive plus à me connecter à la gestion du portail e-sidoc du collège
Marcel Pagnol, je pense avoir oublié mon mot de passe. Notre identifiant est
{_b}.

Je vous écris depuis ma boîte perso car le webmail académique ne fonctionne pas
chez moi ce soir.

Merci !
Sophie Arnaud
""",
    lab=L("password_reset", True, None, None, "esidoc", True, "fr",
          f"Forgotten e-sidoc password, but the identifier {_b} has a wrong check letter, so no UAI and, from a Gmail address, no region; the written-procedure answer still applies."))

_u = U("0351964")
_mid, _tag = ticket(6142)
add("pr12", client="thunderbird", date="2024-10-15 10:03",
    frm=("Yann Le Goff", "yann.le-goff@ac-rennes.fr"),
    subj=f"Re: {_tag} Mot de passe e-sidoc", irt=_mid,
    body=f"""Bonjour,

Merci, le secrétariat m'a bien fait suivre le lien. J'ai choisi un nouveau mot de
passe, la page m'a dit « mot de passe modifié », mais à la connexion l'identifiant
{_u} est toujours refusé (j'ai essayé avec Firefox et Edge).

Je suis donc toujours bloqué. Quelqu'un peut-il regarder ?

Yann Le Goff
Collège Les Gayeulles, Rennes

""" + tb_fr("14/10/2024 à 16:20", "Assistance", DESK_RESET),
    lab=L("password_reset", False, _u, "bretagne", "esidoc", True, "fr",
          "Reply on a reset ticket: the link was used but the login still fails, so the automatic path has already failed and a person must look."))

add("pr13", client="outlook", date="2024-12-10 08:30",
    frm=("Daniel Okafor", "d.okafor@chu-exemple-angers.fr"),
    subj="Cannot remember my username for the buyer space",
    body="""Hello,

I work in the purchasing department of the hospital and have not logged in to the
Espace Acheteur since last spring. I no longer remember my username, and I am not
sure of the password either.

Could you tell me how to recover them?

Kind regards,
Daniel Okafor
Purchasing Officer
""",
    lab=L("password_reset", True, None, None, "espace_acheteur", False, "en",
          "English; hospital buyer lost both username and password for the Espace Acheteur; no UAI and no académie domain."))

_u = U("0311742")
add("pr14", client="outlook", date="2025-02-03 11:47",
    frm=("Valérie Fabre", "valerie.fabre@ac-toulouse.fr"),
    subj="Mot de passe administrateur EcoleDirecte expiré",
    body=f"""Bonjour,

Le mot de passe du compte administrateur établissement sur EcoleDirecte a expiré
et je ne me souviens plus du précédent, ce qui m'empêche d'en définir un nouveau.
Je précise qu'il ne s'agit pas du mot de passe de maintenance du jour, que nous
avons bien.

Collège Clémence Isaure - {_u}

Cordialement,
Valérie Fabre, secrétaire de direction
""",
    lab=L("password_reset", False, _u, "occitanie", "ecoledirecte", True, "fr",
          "Expired EcoleDirecte establishment administrator password, explicitly not the daily maintenance password; the reset template covers the portal accounts, so a person answers."))

add("pr15", client="roundcube", date="2024-10-21 17:15",
    frm=("Julie Caron", "julie.caron@ac-amiens.fr"),
    subj="mot de passe oublié espace acheteur",
    body="""Bonjour,

Je ne me connecte à l'Espace Acheteur qu'une fois par trimestre pour les
commandes de fournitures du lycée, et bien sûr j'ai encore oublié mon mot de
passe... Pouvez-vous m'envoyer de quoi le réinitialiser ?

Merci et bonne soirée,
Julie Caron
Secrétariat d'intendance
""",
    lab=L("password_reset", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
          "Forgotten Espace Acheteur password; no UAI, region from the ac-amiens.fr sender."))

_u = U("0451712")
add("pr16", client="zimbra", date="2024-11-05 09:58",
    frm=("Collège Jeanne d'Arc - Secrétariat", f"ce.{_u}@ac-orleans-tours.fr"),
    subj=f"Demande de lien - {_u}",
    body=f"""Bonjour,

Une collègue d'un autre collège nous a dit que vous pouviez envoyer un lien de
réinitialisation sur l'adresse officielle de l'établissement : c'est celle-ci.

Notre documentaliste n'arrive plus à se connecter à e-sidoc (mot de passe
refusé) depuis la mise à jour de son poste.

Collège Jeanne d'Arc, Orléans
UAI {_u}

Merci beaucoup.
""",
    lab=L("password_reset", True, _u, "centre-val-de-loire", "esidoc", False, "fr",
          "The secretariat writes from the ce.<UAI> address and asks for the reset link there: the safe reset path."))

add("pr17", client="apple", date="2025-01-13 07:21",
    frm=("Karim Benali", "karim.benali@ac-aix-marseille.fr"),
    subj="identifiant et mdp e-sidoc",
    body=f"""Bonjour
Identifiant et mot de passe e-sidoc oubliés, collège Rosa Parks Marseille {U('0131290')}.
Pouvez vous m'aider ?
Merci

Envoyé de mon iPhone
""",
    lab=L("password_reset", True, U("0131290"), "provence-alpes-cote-d-azur", "esidoc", False, "fr",
          "Short iPhone message: forgotten e-sidoc login and password, UAI in the body."))

_u = U("7200418")
add("pr18", client="outlook", date="2024-09-24 10:40",
    frm=("Secrétariat de direction", f"ce.{_u}@ac-corse.fr"),
    subj="Réinitialisation mot de passe portail CDI",
    body=f"""Bonjour,

À la demande de Mme Santoni, professeure documentaliste, nous vous prions de
bien vouloir envoyer le lien de réinitialisation du mot de passe du portail
e-sidoc sur la présente adresse, qui est l'adresse officielle du lycée. Elle a
oublié son mot de passe pendant l'été.

Lycée Pascal Paoli – Corte
UAI {_u}

Avec nos remerciements,
Le secrétariat
""",
    lab=L("password_reset", True, _u, "corse", "esidoc", False, "fr",
          "The secretariat (not the head) asks for the reset link on the official ce.<UAI>@ac-corse.fr address; Haute-Corse prefix 720."))

_u = U("0091108")
add("pr19", client="gmail", date="2025-02-24 21:05",
    frm=("Laurent Py", "laurent.py09@gmail.com"),
    subj="Urgent mot de passe e-sidoc",
    body=f"""Bonsoir,

J'ai perdu le mot de passe d'administration e-sidoc du lycée de Pamiers
({_u}). Je n'ai plus accès à ma messagerie académique (compte suspendu
pour je ne sais quelle raison) ni à la boîte du lycée pendant les vacances.

Merci de m'envoyer le nouveau mot de passe directement ici, sur
laurent.py09@gmail.com, c'est la seule adresse que je consulte en ce moment.

Laurent
""",
    lab=L("password_reset", False, _u, "occitanie", "esidoc", True, "fr",
          "Lost password, but he asks for it to be sent to a personal Gmail address that is not on file: nothing may be sent there automatically, a person must handle it."))

add("pr20", client="outlook", date="2024-11-28 13:16",
    frm=("Priya Raman", "priya.raman@ac-versailles.fr"),
    subj="Login problem - library portal",
    body=f"""Hello,

Since Monday I get "incorrect login or password" on our e-sidoc back office. I'm
honestly not sure whether I ever set a personal password, or whether the one I
use was the initial one. Either way I can't get in.

Our school code is {U('0922471')} (Lycée Jacques Prévert,
Boulogne-Billancourt).

Could you reset it, please?

Best,
Priya Raman
""",
    lab=L("password_reset", True, U("0922471"), "ile-de-france", "esidoc", False, "en",
          "English; cannot log in to the e-sidoc back office and does not know the password: reset path, UAI given."))

add("pr21", client="outlook", date="2024-10-29 09:03",
    frm=("Mairie de Saint-Herblain - Commande publique", "commande.publique@saint-herblain-exemple.fr"),
    subj="Mot de passe Espace acheteur",
    body="""Bonjour,

Je n'arrive plus à accéder à notre compte sur l'Espace Acheteur : j'ai dû faire
une faute en changeant le mot de passe la semaine dernière et je ne m'en
souviens plus.

Pourriez-vous me renvoyer un lien pour le réinitialiser ?

Bien à vous,

Patricia Moreau
Service de la commande publique
""",
    lab=L("password_reset", True, None, None, "espace_acheteur", False, "fr",
          "Town-hall buyer forgot the Espace Acheteur password she changed last week; no UAI, no académie domain."))

_u = U("0492281")
add("pr22", client="thunderbird", date="2024-12-16 15:49",
    frm=("Hélène Chauvin", "helene.chauvin@ac-nantes.fr"),
    subj="Lien de réinitialisation expiré",
    body=f"""Bonjour,

Ce n'est pas un problème de mail qui n'arrive pas : le mail de réinitialisation
est bien arrivé hier à 16 h. Mais je ne l'ai ouvert que ce matin et la page
indique maintenant « ce lien a expiré ».

Pouvez-vous m'en renvoyer un ? Je l'utiliserai tout de suite cette fois.

Collège Jean Vilar, Angers – {_u}

Hélène Chauvin
""",
    lab=L("password_reset", True, _u, "pays-de-la-loire", "esidoc", True, "fr",
          "Contrast: the reset mail did arrive (so not missing_noreply_mail) but its link expired overnight; a fresh reset link is the answer."))

add("pr23", client="outlook", date="2025-03-10 08:14", tz=-3,
    frm=("Rose-Marie Lafontaine", "rose-marie.lafontaine@ac-guyane.fr"),
    subj="Mot de passe e-sidoc",
    body=f"""Bonjour,

Je suis la documentaliste du collège Gran Man Difou à Maripasoula. Avec les
coupures de réseau nous n'avons pas utilisé le portail depuis longtemps et le
mot de passe de gestion n'est plus le bon.

Numéro UAI : {U('9730382')}

Merci de me dire ce que je dois faire.

Cordialement
R-M Lafontaine
""",
    lab=L("password_reset", True, U("9730382"), "guyane", "esidoc", False, "fr",
          "Lost e-sidoc management password in a Guyane school; UAI in the body."))

_u = U("0262093")
add("pr24", client="android", date="2025-01-28 12:42",
    frm=("Aurelie Besson", "aurelie.besson@ac-grenoble.fr"),
    subj="mdp expire",
    body=f"""Bonjour, mon mot de passe esidoc a expiré et je ne retrouve pas l'ancien.
clg de Crest, rne {_u.lower()}
Merci

Obtenir Outlook pour Android
""",
    lab=L("password_reset", True, _u, "auvergne-rhone-alpes", "esidoc", False, "fr",
          "Android message (base64): expired e-sidoc password, UAI written in lower case; the label is the upper-case code."))

# ==========================================================================
# Helpers for machine-made bodies (reports, lists, notifications)
# ==========================================================================
def desk_mail(n: int, to: str, subj: str, text: str, when: str) -> EmailMessage:
    """One of the desk's own outgoing messages, as returned inside a bounce."""
    mid, tag = ticket(n)
    m = EmailMessage(policy=POLICY)
    m["From"] = f"Assistance <{DESK}>"
    m["To"] = to
    m["Subject"] = f"{tag} {subj}"
    m["Date"] = when
    m["Message-ID"] = mid
    m["Auto-Submitted"] = "auto-replied"
    m.set_content(text, cte="quoted-printable")
    return m


def dsn_body(notification: str, reporting: list[tuple[str, str]], recipient: list[tuple[str, str]],
             original: EmailMessage | None = None, headers_only: str | None = None,
             html_notification: str | None = None):
    def _build(msg: EmailMessage) -> None:
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = "multipart/report; report-type=delivery-status"
        parts = []
        note = MIMEPart(policy=POLICY)
        note.set_content(notification, cte="8bit" if not notification.isascii() else "7bit")
        if html_notification:
            note.add_alternative(html_notification, subtype="html")
        else:
            note["Content-Description"] = "Notification"
        parts.append(note)
        ds = MIMEPart(policy=POLICY)
        ds["Content-Description"] = "Delivery report"
        ds["Content-Type"] = "message/delivery-status"
        blocks = []
        for fields in (reporting, recipient):
            b = MIMEPart(policy=POLICY)
            for k, v in fields:
                b[k] = v
            blocks.append(b)
        ds.set_payload(blocks)
        parts.append(ds)
        if original is not None:
            o = MIMEPart(policy=POLICY)
            o.set_content(original)
            o["Content-Description"] = "Undelivered Message"
            parts.append(o)
        if headers_only is not None:
            o = MIMEPart(policy=POLICY)
            o["Content-Type"] = "text/rfc822-headers"
            o.set_payload(headers_only)
            parts.append(o)
        msg.set_payload(parts)
    return _build


def mdn_body(text: str, fields: str, original_headers: str | None = None):
    def _build(msg: EmailMessage) -> None:
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = "multipart/report; report-type=disposition-notification"
        note = MIMEPart(policy=POLICY)
        note.set_content(text, cte="quoted-printable" if not text.isascii() else "7bit")
        dn = MIMEPart(policy=POLICY)
        dn["Content-Type"] = "message/disposition-notification"
        dn.set_payload(fields)
        parts = [note, dn]
        if original_headers:
            oh = MIMEPart(policy=POLICY)
            oh["Content-Type"] = "text/rfc822-headers"
            oh.set_payload(original_headers)
            parts.append(oh)
        msg.set_payload(parts)
    return _build


# ==========================================================================
# automated (21)
# ==========================================================================
_mid, _tag = ticket(6301)
add("au01", client="outlook", date="2024-10-22 09:41",
    frm=("Mélanie Roux", "melanie.roux@ac-versailles.fr"),
    subj=f"Réponse automatique : {_tag} Votre demande concernant e-sidoc", irt=_mid,
    hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""Bonjour,

Je suis absente du lundi 21 au vendredi 25 octobre inclus (formation puis congés).
Votre message sera traité à mon retour.
Pour toute urgence, merci de contacter le secrétariat du collège.

Cordialement,
Mélanie Roux
""",
    lab=L("automated", False, None, "ile-de-france", None, False, "fr",
          "Exchange out-of-office in French with Auto-Submitted and X-Auto-Response-Suppress; region from the ac-versailles.fr sender."))

_mid, _tag = ticket(6318)
add("au02", client="outlook", date="2024-12-20 16:02",
    frm=("James Miller", "j.miller@ecole-bilingue-exemple.fr"),
    subj=f"Out of Office: RE: {_tag} Quote for the 2025 renewal", irt=_mid,
    hdr=[("X-Autoreply", "yes")],
    body="""Thank you for your email.

The school is closed for the Christmas holidays and I will be back in the office on
Monday 6 January. I will have limited access to email until then.

Kind regards,
James Miller
Bursar
""",
    lab=L("automated", False, None, None, None, False, "en",
          "English out-of-office marked only by X-Autoreply: yes (no Auto-Submitted); non-academic sender."))

_u = U("0312875")
_mid, _tag = ticket(6355)
add("au03", client="outlook", date="2025-02-17 08:05",
    frm=("Secrétariat Lycée Déodat de Séverac", f"ce.{_u}@ac-toulouse.fr"),
    subj=f"Réponse automatique : RE: {_tag} Accès e-sidoc", irt=_mid,
    body="""Bonjour,

Le secrétariat du lycée est fermé pendant les vacances d'hiver, du 15 février au
2 mars. Les messages reçus pendant cette période seront traités à la reprise.

Pour les inscriptions, merci de consulter le site internet de l'établissement.

Le secrétariat
""",
    lab=L("automated", False, _u, "occitanie", None, True, "fr",
          "Out-of-office with no Auto-Submitted, X-Autoreply or Precedence header: only the 'Réponse automatique' subject and the wording show it; UAI from the ce.<UAI> sender."))

_orig = desk_mail(6377, "Gilles Tanguy <g.tanguy@mairie-exemple-lorient.fr>", "Votre compte Espace Acheteur",
                  "Bonjour,\n\nVotre compte est en attente de validation par l'administrateur de votre structure.\n\n"
                  "L'équipe d'assistance\n", "Thu, 07 Nov 2024 10:14:02 +0100")
add("au04", client="plain", date="2024-11-07 10:14", ret="<>",
    frm=("Système de messagerie", "MAILER-DAEMON@mx.mairie-exemple-lorient.fr"),
    subj="Échec de la remise du message", auth="none",
    hdr=[("Auto-Submitted", "auto-replied")],
    build=dsn_body(
        """Ceci est le système de messagerie de mx.mairie-exemple-lorient.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il est joint ci-dessous.

Pour obtenir de l'aide, écrivez à postmaster en joignant ce rapport.

<g.tanguy@mairie-exemple-lorient.fr> : boîte aux lettres pleine (quota dépassé)
""",
        [("Reporting-MTA", "dns; mx.mairie-exemple-lorient.fr"),
         ("Arrival-Date", "Thu, 7 Nov 2024 10:14:03 +0100 (CET)")],
        [("Final-Recipient", "rfc822; g.tanguy@mairie-exemple-lorient.fr"), ("Action", "failed"),
         ("Status", "5.2.2"), ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full")],
        original=_orig),
    lab=L("automated", False, None, None, None, False, "fr",
          "French bounce (multipart/report delivery-status, null Return-Path): a mailbox full at a town hall."))

_mid, _tag = ticket(6412)
add("au05", client="plain", date="2025-01-09 14:55", ret="<>",
    frm=("Microsoft Outlook", "postmaster@lyceeexemple.onmicrosoft.com"),
    subj=f"Undeliverable: {_tag} Your invoice request", auth="none",
    hdr=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    build=dsn_body(
        """Your message to accounts@lycee-exemple-bordeaux.fr couldn't be delivered.

accounts wasn't found at lycee-exemple-bordeaux.fr.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
""",
        [("Reporting-MTA", "dns;PR3P264MB1042.FRAP264.PROD.OUTLOOK.COM"),
         ("Received-From-MTA", "dns;mx1.assistance.example.fr"),
         ("Arrival-Date", "Thu, 9 Jan 2025 13:55:31 +0000")],
        [("Final-Recipient", "rfc822;accounts@lycee-exemple-bordeaux.fr"), ("Action", "failed"),
         ("Status", "5.1.10"), ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")],
        headers_only=(f"From: Assistance <{DESK}>\nTo: accounts@lycee-exemple-bordeaux.fr\n"
                      f"Subject: {_tag} Your invoice request\nDate: Thu, 9 Jan 2025 14:55:29 +0100\n"
                      f"Message-ID: {_mid}\n")),
    lab=L("automated", False, None, None, None, False, "en",
          "Exchange Online non-delivery report (Undeliverable:, multipart/report) for an unknown recipient."))

_mid, _tag = ticket(6433)
add("au06", client="plain", date="2025-01-16 11:31", ret="<>",
    frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    subj="Delivery Status Notification (Failure)", auth_dom="googlemail.com",
    hdr=[("Auto-Submitted", "auto-replied")],
    build=dsn_body(
        """Adresse introuvable

Votre message n'a pas été remis à sylvie.documentaliste.clg@gmail.com, car
l'adresse est introuvable ou ne peut pas recevoir de messages.

Réponse du serveur distant :
550 5.1.1 The email account that you tried to reach does not exist.
""",
        [("Reporting-MTA", "dns; googlemail.com"), ("Arrival-Date", "Thu, 16 Jan 2025 02:31:12 -0800 (PST)")],
        [("Final-Recipient", "rfc822; sylvie.documentaliste.clg@gmail.com"), ("Action", "failed"),
         ("Status", "5.1.1"), ("Remote-MTA", "dns; gmail-smtp-in.l.google.com. (142.250.0.27, the server for the domain gmail.com.)"),
         ("Diagnostic-Code", "smtp; 550-5.1.1 The email account that you tried to reach does not exist.")],
        headers_only=(f"From: Assistance <{DESK}>\nTo: sylvie.documentaliste.clg@gmail.com\n"
                      f"Subject: {_tag} Votre demande\nMessage-ID: {_mid}\n")),
    lab=L("automated", False, None, None, None, False, "fr",
          "Gmail delivery failure notice with a French body (multipart/report, text/rfc822-headers)."))

_mid, _tag = ticket(6451)
add("au07", client="thunderbird", date="2025-01-21 08:26",
    frm=("Odile Perrin", "odile.perrin@ac-dijon.fr"),
    subj=f"Accusé de réception (affiché) - {_tag} Activation de votre abonnement",
    build=mdn_body(
        f"""Ceci est un accusé de réception pour le courriel que vous avez envoyé à
odile.perrin@ac-dijon.fr.

Note : cet accusé de réception indique seulement que le message a été affiché sur
l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu
ou compris le contenu du message.
""",
        f"Reporting-UA: ac-dijon.fr; Thunderbird 128.6.0\nFinal-Recipient: rfc822;odile.perrin@ac-dijon.fr\n"
        f"Original-Message-ID: {_mid}\nDisposition: manual-action/MDN-sent-manually; displayed\n",
        f"From: Assistance <{DESK}>\nSubject: {_tag} Activation de votre abonnement\nMessage-ID: {_mid}\n"),
    lab=L("automated", False, None, "bourgogne-franche-comte", None, False, "fr",
          "Thunderbird read receipt in French (multipart/report disposition-notification); region from the ac-dijon.fr sender."))

_mid, _tag = ticket(6470)
add("au08", client="outlook", date="2025-02-05 10:12",
    frm=("Accounts Payable", "accounts.payable@hopital-exemple-nord.fr"),
    subj=f"Read: {_tag} Copy of invoice FA-2024-1187",
    build=mdn_body(
        f"""Your message

  To: accounts.payable@hopital-exemple-nord.fr
  Subject: {_tag} Copy of invoice FA-2024-1187
  Sent: Tuesday, February 4, 2025 5:40:11 PM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris

was read on Wednesday, February 5, 2025 10:12:03 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
""",
        f"Reporting-UA: PR3P264MB0810.FRAP264.PROD.OUTLOOK.COM; Microsoft Exchange Server\n"
        f"Final-Recipient: rfc822;accounts.payable@hopital-exemple-nord.fr\n"
        f"Original-Message-ID: {_mid}\nDisposition: automatic-action/MDN-sent-automatically; displayed\n"),
    lab=L("automated", False, None, None, None, False, "en",
          "English Outlook read receipt ('Read:'), multipart/report disposition-notification."))

add("au09", client="zimbra", date="2024-09-30 18:22",
    frm=("Franck Lemarchand", "franck.lemarchand@ac-normandie.fr"),
    to="gestionnaires-normandie@listes.ac-normandie.fr",
    subj="[gestionnaires-normandie] Mails de l'Espace Acheteur bloqués par MailInBlack ?",
    hdr=[("List-Id", "Liste des gestionnaires EPLE <gestionnaires-normandie.listes.ac-normandie.fr>"),
         ("List-Post", "<mailto:gestionnaires-normandie@listes.ac-normandie.fr>"),
         ("List-Unsubscribe", "<mailto:sympa@listes.ac-normandie.fr?subject=unsubscribe>"),
         ("List-Archive", "<https://listes.ac-normandie.fr/sympa/arc/gestionnaires-normandie>"),
         ("Precedence", "list"), ("Sender", "gestionnaires-normandie-request@listes.ac-normandie.fr"),
         ("X-Loop", "gestionnaires-normandie@listes.ac-normandie.fr")],
    delivered=DESK,
    body="""Bonsoir à tous,

Depuis que la collectivité a installé MailInBlack sur nos boîtes, je ne reçois
plus aucun mail de l'Espace Acheteur (ni les alertes, ni le lien pour changer de
mot de passe). Certains d'entre vous ont-ils eu le même souci ? Qu'avez-vous
mis dans la liste blanche ?

Merci d'avance pour vos retours,
Franck Lemarchand
Gestionnaire – collège Jacques Prévert, Pont-Audemer
""",
    lab=L("automated", False, None, "normandie", "espace_acheteur", True, "fr",
          "A real MailInBlack question, but posted to an academic mailing list the desk receives (List-Id, Precedence: list), not written to us: never answered; region from the ac-normandie.fr sender."))

_nl_text = """Lettre d'information e-sidoc – février 2025

Au sommaire ce mois-ci :
- Nouveau : les bannières animées sur la page d'accueil du portail
- Webinaire « Valoriser le fonds documentaire » le 12 mars à 14 h
- Rappel : les statistiques de fréquentation sont désormais exportables

Vous recevez cette lettre car votre établissement utilise e-sidoc.
Se désabonner : https://actualites.e-sidoc.example.fr/desabonnement?u=4a81c
"""
add("au10", client="plain", date="2025-02-06 06:30",
    frm=("e-sidoc - Actualités", "actualites@e-sidoc.example.fr"),
    to="support@assistance.example.fr",
    subj="La lettre e-sidoc de février : bannières animées et webinaire",
    hdr=[("List-Id", "Lettre d'information e-sidoc <actualites.e-sidoc.example.fr>"),
         ("List-Unsubscribe", "<https://actualites.e-sidoc.example.fr/desabonnement?u=4a81c>, <mailto:desabonnement@e-sidoc.example.fr>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
         ("X-Campaign-ID", "esd-2025-02")],
    fmt="alt", html=("<html><body style=\"background:#f4f4f4\"><table width=\"600\" align=\"center\"><tr><td>"
                     "<h1 style=\"color:#d6336c\">Lettre d'information e-sidoc – février 2025</h1>"
                     "<ul><li>Nouveau : les bannières animées sur la page d'accueil du portail</li>"
                     "<li>Webinaire « Valoriser le fonds documentaire » le 12 mars à 14 h</li>"
                     "<li>Rappel : les statistiques de fréquentation sont désormais exportables</li></ul>"
                     "<p style=\"font-size:11px\">Vous recevez cette lettre car votre établissement utilise e-sidoc. "
                     "<a href=\"https://actualites.e-sidoc.example.fr/desabonnement?u=4a81c\">Se désabonner</a></p>"
                     "</td></tr></table></body></html>\n"),
    body=_nl_text,
    lab=L("automated", False, None, None, "esidoc", False, "fr",
          "e-sidoc marketing newsletter with List-Id, one-click List-Unsubscribe and Precedence: bulk."))

add("au11", client="plain", date="2025-03-03 07:00",
    frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
    subj="Récapitulatif hebdomadaire : 4 comptes en attente de validation",
    hdr=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply")],
    fmt="text",
    body="""Bonjour,

Voici la liste des comptes en attente de validation depuis plus de 7 jours pour
les structures dont vous assurez l'administration par défaut :

- Mairie de Plouay – 1 compte (demande du 19/02/2025)
- Collège Les Korrigans – 2 comptes (demandes du 21/02/2025)
- SIVU Restauration scolaire – 1 compte (demande du 24/02/2025)

Pour valider ou refuser ces demandes, connectez-vous à l'Espace Acheteur,
rubrique « Gestion de la structure ».

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    lab=L("automated", False, None, None, "espace_acheteur", False, "fr",
          "Weekly no-reply digest from the Espace Acheteur (Auto-Submitted: auto-generated): accounts waiting for validation, nothing to answer."))

add("au12", client="plain", date="2024-12-12 09:00",
    frm=("Signature électronique", "no-reply@esignature.example.fr"),
    subj="Rappel : un document attend votre signature",
    fmt="alt",
    body="""Bonjour,

Le document « Convention d'adhésion 2025 – Collège Les Tilleuls » vous a été
adressé pour signature par Mme Claire Denis le 5 décembre 2024.

Il n'a pas encore été signé. Pour le consulter et le signer :
https://sign.esignature.example.fr/d/8f2c91e0

Ce lien est personnel. Ce message a été envoyé automatiquement, merci de ne pas
y répondre.
""",
    lab=L("automated", False, None, None, "esignature", True, "fr",
          "E-signature reminder from a no-reply sender without Auto-Submitted or Precedence: only the sender and wording show it is machine-made."))

add("au13", client="plain", date="2025-01-30 15:47",
    frm=("Portail d'assistance", "notifications@tickets.example.fr"),
    subj="[Ticket 48213] Nouveau commentaire de l'éditeur",
    hdr=[("Auto-Submitted", "auto-generated"), ("X-Ticket-ID", "48213")],
    fmt="alt",
    body="""Un nouveau commentaire a été ajouté au ticket 48213
« Export des notices impossible depuis la mise à jour ».

Auteur : Support éditeur
Statut : En attente de votre réponse

Consulter le ticket : https://tickets.example.fr/ticket/48213

--
Vous recevez ce message car vous suivez ce ticket.
""",
    lab=L("automated", False, None, None, "ticket_portal", False, "fr",
          "Ticket-portal notification (Auto-Submitted: auto-generated) about a ticket the desk follows."))

_mid, _tag = ticket(6488)
add("au14", client="outlook", date="2025-02-13 12:20",
    frm=("Sarah Collins", "sarah.collins@library-furniture-exemple.co.uk"),
    subj=f"Automatic reply: {_tag} Delivery address for order 2025-117", irt=_mid,
    hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""Hello,

Thank you for your message. I am away until Monday 24 February with no access to
email. For order queries please contact orders@library-furniture-exemple.co.uk.

Best regards,
Sarah
""",
    lab=L("automated", False, None, None, None, False, "en",
          "English Exchange 'Automatic reply:' from a supplier, with Auto-Submitted and X-Auto-Response-Suppress."))

_mid, _tag = ticket(6502)
add("au15", client="zimbra", date="2025-02-19 13:03",
    frm=("Thierry Lacoste", "thierry.lacoste@ac-bordeaux.fr"),
    subj=f"Re: {_tag} Publication de la ressource Europresse", irt=_mid,
    hdr=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
    fmt="text",
    body="""Bonjour,

Je suis en congé jusqu'au 3 mars. Je prendrai connaissance de votre message à
mon retour.

Thierry Lacoste
""",
    lab=L("automated", False, None, "nouvelle-aquitaine", None, False, "fr",
          "Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)); region from the ac-bordeaux.fr sender."))

_mid, _tag = ticket(6519)
add("au16", client="plain", date="2024-11-19 16:40",
    frm=("Ville de Montargis - Accueil", "ne-pas-repondre@ville-exemple-montargis.fr"),
    subj=f"Accusé de réception : {_tag} Votre demande de devis", irt=_mid,
    hdr=[("Auto-Submitted", "auto-replied"), ("X-Loop", "accueil@ville-exemple-montargis.fr")],
    body="""Madame, Monsieur,

Nous accusons réception de votre courriel, qui a été transmis au service
concerné. Une réponse vous sera apportée dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.

Les services municipaux
""",
    lab=L("automated", False, None, None, None, False, "fr",
          "Town hall's automatic acknowledgement (Auto-Submitted: auto-replied, X-Loop): answering it would start a loop."))

_mid, _tag = ticket(6530)
add("au17", client="plain", date="2024-10-03 22:18", ret="<>",
    frm=("", "MAILER-DAEMON@mail.lycee-exemple-dole.fr"),
    subj="failure notice", auth="none",
    body=f"""Hi. This is the qmail-send program at mail.lycee-exemple-dole.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<cdi@lycee-exemple-dole.fr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <{DESK}>
Received: from mx1.assistance.example.fr by mail.lycee-exemple-dole.fr
Date: Thu, 03 Oct 2024 22:18:01 +0200
From: Assistance <{DESK}>
To: cdi@lycee-exemple-dole.fr
Subject: {_tag} Votre mot de passe e-sidoc
Message-ID: {_mid}

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse connue pour votre
établissement.
""",
    lab=L("automated", False, None, None, None, True, "en",
          "qmail bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path, MAILER-DAEMON sender and wording show it; the quoted password text is the desk's own."))

add("au18", client="applemac", date="2024-12-23 10:51",
    frm=("Claire Vidal", "claire.vidal.cdi@icloud.com"),
    subj="Absente jusqu'au 6 janvier",
    hdr=[("Auto-Submitted", "auto-replied")], fmt="text",
    body="""Bonjour,

Je suis absente jusqu'au lundi 6 janvier et ne consulte pas mes messages.
Bonnes fêtes de fin d'année !

Claire Vidal
""",
    lab=L("automated", False, None, None, None, False, "fr",
          "iCloud vacation reply (Auto-Submitted: auto-replied) from a personal address."))

add("au19", client="plain", date="2025-01-27 07:00",
    frm=("Mailinblack", "noreply@notifications.mailinblack-exemple.com"),
    subj="Vous avez 3 messages en attente de validation",
    hdr=[("Precedence", "bulk")], fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Bonjour,</p>
<p>Les messages suivants, adressés à <b>support@assistance.example.fr</b>, sont en attente car leurs expéditeurs ne se sont pas encore authentifiés :</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Expéditeur</th><th>Objet</th><th>Reçu le</th></tr>
<tr><td>promo@fournitures-discount.example</td><td>-40% sur les classeurs</td><td>26/01/2025</td></tr>
<tr><td>info@salon-educ.example</td><td>Votre badge visiteur</td><td>26/01/2025</td></tr>
<tr><td>j.martin@lycee-exemple.fr</td><td>demande</td><td>27/01/2025</td></tr>
</table>
<p><a href="https://protect.mailinblack-exemple.com/queue">Gérer mes messages en attente</a></p>
<p style="font-size:10px;color:#888">Ce rapport est envoyé chaque jour à 7 h.</p>
</body></html>
""",
    lab=L("automated", False, None, None, None, True, "fr",
          "Daily MailInBlack quarantine report sent to the desk's own mailbox (Precedence: bulk, no Auto-Submitted): it names MailInBlack but is machine-made, so automated, not mailinblack_spam."))

add("au20", client="plain", date="2025-03-06 15:00",
    frm=("ClassPilot Team", "hello@news.classpilot-exemple.io"),
    subj="5 ways AI can save teachers 3 hours a week",
    hdr=[("List-Unsubscribe", "<https://news.classpilot-exemple.io/u/9f3a>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
         ("Feedback-ID", "cp-weekly:classpilot:mailer")],
    fmt="alt",
    body="""Hi there,

This week on the ClassPilot blog:
1. Automating attendance without the spreadsheets
2. Five prompts every teacher-librarian should know
3. Case study: a secondary school that cut admin time by 40%

Read more: https://classpilot-exemple.io/blog

You are receiving this email because you signed up at an event.
Unsubscribe: https://news.classpilot-exemple.io/u/9f3a
""",
    lab=L("automated", False, None, None, None, False, "en",
          "English edtech marketing newsletter (Precedence: bulk, List-Unsubscribe)."))

_u = U("0211590")
_mid, _tag = ticket(6544)
add("au21", client="zimbra", date="2025-02-21 17:34",
    frm=("Collège Le Parc", f"ce.{_u}@ac-dijon.fr"),
    subj=f"Re: {_tag} Mot de passe du portail documentaire", irt=_mid,
    hdr=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], fmt="text",
    body="""Bonjour,

L'établissement est fermé pendant les vacances d'hiver. Les demandes seront
traitées à la rentrée, le lundi 3 mars.

Pour les mots de passe de l'ENT et de Pronote, les familles doivent utiliser la
procédure « mot de passe oublié » de l'ENT.

Le secrétariat du collège Le Parc
""",
    lab=L("automated", False, _u, "bourgogne-franche-comte", None, False, "fr",
          "School office vacation reply on a ticket (Auto-Submitted) that talks about passwords; automated regardless, UAI from the ce.<UAI> sender."))

# ==========================================================================
# other (19)
# ==========================================================================
add("ot01", client="gmail", date="2024-09-12 03:17",
    frm=("Ryan Cooper", "ryan.cooper.seo.expert@gmail.com"),
    subj="Quick question about assistance.example.fr",
    body="""Hi,

I was checking assistance.example.fr and noticed it is not ranking on the first
page of Google for several important keywords. I can fix this within 30 days
with white-hat techniques and guaranteed results.

Can I send you a free audit and our price list?

Thanks,
Ryan Cooper
Senior SEO Consultant
""",
    lab=L("other", False, None, None, None, False, "en", "English SEO cold pitch: spam."))

add("ot02", client="plain", date="2024-11-04 06:12", auth="softfail",
    frm=("Service Messagerie Académique", "alerte@ac-lyon-messagerie.info"),
    subj="Action requise : votre boîte aux lettres a atteint 98 % de sa capacité",
    fmt="html",
    html="""<html><body style="font-family:Segoe UI,Arial">
<p>Cher(e) utilisateur(trice),</p>
<p>Votre boîte aux lettres a atteint <b>98&nbsp;%</b> de son quota. Les nouveaux messages seront rejetés sous 24&nbsp;heures.</p>
<p>Pour éviter la suspension, confirmez votre identifiant et votre mot de passe académique ici :</p>
<p><a href="http://ac-lyon-messagerie.info/owa/verify">Confirmer mon compte</a></p>
<p>Le service messagerie</p>
</body></html>
""",
    lab=L("other", False, None, None, None, True, "fr",
          "Phishing asking to 'confirm' a password: mentions a password but is not password_reset; the look-alike domain is not an académie domain, so no region."))

_mid, _tag = ticket(6207)
add("ot03", client="thunderbird", date="2024-10-11 11:48",
    frm=("Élodie Vasseur", "elodie.vasseur@ac-amiens.fr"),
    subj=f"Re: {_tag} Mails bloqués par MailInBlack", irt=_mid,
    body="""Bonjour,

Je voulais simplement vous dire que notre service informatique a ajouté vos
adresses dans MailInBlack hier : depuis ce matin tout arrive normalement, y
compris les alertes de l'espace acheteur.

Merci pour le guide, très clair.

Bonne journée,
Élodie Vasseur

""" + tb_fr("08/10/2024 à 09:15", "Assistance", DESK_MIB),
    lab=L("other", False, None, "hauts-de-france", "espace_acheteur", True, "fr",
          "Thanks only: the MailInBlack problem is solved and nothing is asked, although the product is named; region from the ac-amiens.fr sender."))

add("ot04", client="gmail", date="2025-01-15 21:33",
    frm=("Nadia Bensaïd", "nadia.bensaid78@gmail.com"),
    subj="notes de mon fils sur EcoleDirecte",
    body="""Bonsoir,

Je n'arrive pas à voir les notes de mon fils (classe de 4e) sur EcoleDirecte
depuis une semaine. Sa professeure principale me dit que les notes sont bien
saisies. Est-ce que c'est vous qui gérez le site ? Pouvez-vous débloquer mon
accès parent ?

Merci
Nadia Bensaïd
""",
    lab=L("other", False, None, None, "ecoledirecte", True, "fr",
          "A parent writes about her own EcoleDirecte access: the desk serves establishments, so this is misdirected (other), not a transfer incident reported by a school."))

add("ot05", client="gmail", date="2024-09-19 14:02",
    frm=("Thomas Giraud", "thomas.giraud.pro@gmail.com"),
    subj="Candidature spontanée - technicien support",
    att=[("CV_Thomas_Giraud.pdf", "application", "pdf", pdf_stub("CV Thomas Giraud"))],
    body="""Madame, Monsieur,

Titulaire d'un BTS SIO et fort de deux ans d'expérience en assistance
utilisateurs dans une collectivité, je me permets de vous adresser ma
candidature pour un poste de technicien support.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un
entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Thomas Giraud
06 12 34 56 78
""",
    lab=L("other", False, None, None, None, False, "fr", "Unsolicited job application with a CV attached."))

add("ot06", client="outlook", date="2024-10-24 10:30",
    frm=("Aurore Delmas", "a.delmas@salon-educ-exemple.fr"),
    subj="Invitation – Salon de l'éducation numérique, stand partenaires",
    body="""Bonjour,

Nous organisons le Salon de l'éducation numérique les 26 et 27 mars à Lyon et
serions ravis d'accueillir votre équipe sur l'espace partenaires. Une table
ronde sur les CDI de demain est prévue le jeudi matin.

Seriez-vous disponible pour un court échange téléphonique la semaine prochaine ?

Bien cordialement,
Aurore Delmas
Chargée des partenariats
""",
    lab=L("other", False, None, None, None, False, "fr",
          "Personal invitation to exhibit at a trade fair: unrelated to support."))

add("ot07", client="zimbra", date="2024-12-02 14:26",
    frm=("Délégué à la protection des données", "dpd@ac-poitiers.fr"),
    subj="Registre des traitements - portails e-sidoc des établissements",
    body="""Bonjour,

Dans le cadre de la mise à jour du registre des traitements académique, je
souhaiterais obtenir la fiche de traitement relative aux portails e-sidoc
utilisés par les CDI : données collectées sur les élèves, durées de
conservation, sous-traitants et localisation de l'hébergement.

Pouvez-vous me la transmettre ou m'indiquer le bon interlocuteur ?

Cordialement,
Le délégué académique à la protection des données
""",
    lab=L("other", False, None, "nouvelle-aquitaine", "esidoc", False, "fr",
          "Data-protection officer asks for the GDPR record of processing for e-sidoc: other; region from the ac-poitiers.fr sender."))

_mid, _tag = ticket(6391)
add("ot08", client="outlook", date="2024-11-20 12:04",
    frm=("Christine Bourdon", "c.bourdon@lycee-sainte-marie-exemple.fr"),
    subj=f"RE: {_tag} Abonnement Europresse non visible sur e-sidoc", irt=_mid,
    body="""Parfait, merci pour la rapidité de votre réponse !
Bonne fin de journée.

Christine Bourdon

""" + outlook_fr(f"Assistance <{DESK}>", "mercredi 20 novembre 2024 11:32",
                 "Christine Bourdon <c.bourdon@lycee-sainte-marie-exemple.fr>",
                 f"{_tag} Abonnement Europresse non visible sur e-sidoc",
                 """Bonjour,

Un abonnement commandé est activé dans un délai de 72 heures. Il apparaîtra
ensuite dans la rubrique « Mes ressources » de votre portail.

L'équipe d'assistance"""),
    lab=L("other", False, None, None, "esidoc", False, "fr",
          "Thanks-only reply quoting the activation answer: nothing is asked."))

add("ot09", client="plain", date="2025-02-27 05:48", auth="dkim=fail header.d=docusign-invoices.example; spf=fail smtp.mailfrom=docusign-invoices.example; dmarc=fail (p=reject) header.from=docusign-invoices.example",
    frm=("Accounts Department", "billing@docusign-invoices.example"),
    subj="OVERDUE: Invoice #INV-88412 - final notice",
    fmt="html",
    html="""<html><body>
<p>Dear customer,</p>
<p>Our records show that invoice <b>#INV-88412</b> (EUR 2,480.00) is now 30 days overdue.</p>
<p>To avoid suspension of your services, please review and settle the invoice today:</p>
<p><a href="http://docusign-invoices.example/view?id=88412">VIEW INVOICE</a></p>
<p>Accounts Department</p>
</body></html>
""",
    lab=L("other", False, None, None, None, False, "en",
          "English fake 'overdue invoice' with a link and failing SPF/DKIM/DMARC: phishing, not order_billing."))

add("ot10", client="zimbra", date="2024-10-01 15:10",
    frm=("Pauline Henry", "pauline.henry@ac-reims.fr"),
    subj="Changer le logo du portail",
    body="""Bonjour,

Le lycée a changé de logo à la rentrée. Comment puis-je remplacer l'ancien logo
et les couleurs du bandeau sur notre portail e-sidoc ? Je ne trouve pas l'option
dans l'interface de gestion.

Merci,
Pauline Henry
Documentaliste, lycée Jean Jaurès - Reims
""",
    lab=L("other", False, None, "grand-est", "esidoc", False, "fr",
          "How-to question about the portal's logo and colours: no category of its own; region from ac-reims.fr."))

add("ot11", client="zimbra", date="2025-01-08 09:30",
    frm=("Stéphane Morel", "stephane.morel@ac-clermont.fr"),
    subj="Journée de formation des professeurs documentalistes - intervention",
    body="""Bonjour,

La DANE organise le 3 avril une journée de formation pour les professeurs
documentalistes nouvellement nommés dans l'académie. Nous aimerions qu'une
personne de votre équipe présente e-sidoc pendant une heure (en visio si besoin).

Pourriez-vous me dire si c'est envisageable et qui je peux contacter ?

Bien cordialement,
Stéphane Morel
Chargé de mission DANE
""",
    lab=L("other", False, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
          "Request for a speaker at a training day: other; region from the ac-clermont.fr sender."))

_u = U("0861125")
add("ot12", client="outlook", date="2024-09-27 11:55",
    frm=("Intendance Lycée Camille Guérin", "intendance@lycee-cguerin-exemple.fr"),
    subj="Numéro de téléphone de l'assistance ?",
    body=f"""Bonjour,

Existe-t-il un numéro de téléphone pour joindre l'assistance, et quels sont vos
horaires ? Nos collègues préfèrent parfois expliquer leur souci de vive voix.

Merci.

Catherine Naud
Adjointe gestionnaire
Lycée Camille Guérin – Poitiers
UAI {_u}
""",
    lab=L("other", False, _u, "nouvelle-aquitaine", None, False, "fr",
          "Asks for the desk's phone number and opening hours: nothing in the taxonomy; UAI in the signature."))

add("ot13", client="gmail", date="2025-03-12 18:40",
    frm=("Léa Fontaine", "lea.fontaine.master@gmail.com"),
    subj="Questionnaire mémoire - usages des portails documentaires",
    body="""Bonjour,

Je suis étudiante en master MEEF documentation et je rédige un mémoire sur les
usages des portails documentaires dans les collèges. Accepteriez-vous de
diffuser mon questionnaire (10 minutes) auprès des établissements, ou de
répondre à quelques questions sur les demandes les plus fréquentes ?

Merci beaucoup pour votre aide,
Léa Fontaine
""",
    lab=L("other", False, None, None, None, False, "fr",
          "Student asks for help with a master's survey: unrelated to support."))

add("ot14", client="outlook", date="2024-11-12 10:18",
    frm=("Bruno Lefèvre", "b.lefevre@mobilier-scolaire-exemple.fr"),
    subj="Prochain appel d'offres mobilier",
    body="""Bonjour,

Nous sommes fabricants de mobilier scolaire et n'avons pas pu répondre à votre
dernière consultation. Pourriez-vous nous indiquer quand sera publié le prochain
appel d'offres pour le lot mobilier, et où il sera publié ?

Cordialement,
Bruno Lefèvre
Directeur commercial
""",
    lab=L("other", False, None, None, None, False, "fr",
          "A supplier asks when the next tender will be published: commercial, not a support request on a platform."))

add("ot15", client="apple", date="2025-02-04 19:27",
    frm=("Martine Gilles", "martine.gilles@orange.fr"),
    subj="désinscription",
    body="""Bonsoir
Je suis à la retraite depuis septembre, merci de ne plus m'envoyer la lettre
d'information e-sidoc sur cette adresse.
Cordialement
M. Gilles

Envoyé de mon iPad
""",
    lab=L("other", False, None, None, "esidoc", False, "fr",
          "A retired librarian asks by hand to stop receiving the e-sidoc newsletter: written by a person, so not automated."))

add("ot16", client="thunderbird", date="2024-12-05 16:33",
    frm=("Gaëlle Marchal", "gaelle.marchal@ac-besancon.fr"),
    subj="Suggestion : export des statistiques de prêt",
    body="""Bonjour,

Une petite suggestion d'amélioration : ce serait très utile de pouvoir exporter
les statistiques de prêt par classe au format CSV depuis e-sidoc, pour le bilan
annuel présenté au conseil pédagogique. Aujourd'hui je recopie tout à la main.

Merci de transmettre à l'équipe de développement si possible.

Gaëlle Marchal
""",
    lab=L("other", False, None, "bourgogne-franche-comte", "esidoc", False, "fr",
          "Feature suggestion for e-sidoc: nothing to fix; region from the ac-besancon.fr sender."))

_mid, _tag = ticket(6168)
add("ot17", client="gmail", date="2024-09-18 08:52",
    frm=("Morgane Kerjean", "morgane.kerjean@ac-rennes.fr"),
    subj=f"Re: {_tag} Mot de passe oublié e-sidoc", irt=_mid,
    body="""Bonjour,

Fausse alerte : j'ai retrouvé mon mot de passe dans le carnet du CDI. Vous pouvez
clore la demande, désolée pour le dérangement !

Morgane

""" + gmail_fr("mar. 17 sept. 2024 à 17:05", f"Assistance <{DESK}>", DESK_RESET),
    lab=L("other", False, None, "bretagne", "esidoc", True, "fr",
          "Reply on a password ticket saying the password was found and the request can be closed: nothing to do, not password_reset."))

add("ot18", client="plain", date="2024-10-17 02:44", auth="none",
    frm=("Crédit Express", "offre@pret-rapide-exemple.top"),
    subj="Votre prêt de 15 000 € accordé en 24h sans justificatif",
    body="""Bonjour,

Bonne nouvelle : vous êtes éligible à un prêt personnel de 15 000 € à taux
réduit, sans justificatif et versé sous 24 heures.

Répondez simplement OUI à ce message pour recevoir votre offre.

Service clients Crédit Express
""",
    lab=L("other", False, None, None, None, False, "fr", "French loan spam."))

add("ot19", client="outlook", date="2025-03-18 10:45",
    frm=("Direction des achats - Ville de Quimperlé", "achats@ville-exemple-quimperle.fr"),
    subj="Demande de formation à l'Espace Acheteur",
    body="""Bonjour,

Trois nouveaux agents ont rejoint notre service achats et auront à utiliser
l'Espace Acheteur. Leurs comptes sont déjà ouverts. Proposez-vous une session de
prise en main (en ligne ou sur site) ? Si oui, quelles sont les dates possibles ?

Cordialement,
Anne Riou
Responsable de la commande publique
""",
    lab=L("other", False, None, None, "espace_acheteur", False, "fr",
          "Asks for a training session for new agents whose accounts already exist: no category fits, human review."))

# ==========================================================================
# missing_noreply_mail (17)
# ==========================================================================
add("mn01", client="outlook", date="2024-09-10 10:22",
    frm=("Fabienne Roussel", "f.roussel@mairie-exemple-betton.fr"),
    subj="Pas reçu le mail d'activation",
    body="""Bonjour,

J'ai rempli hier le formulaire d'inscription à l'Espace Acheteur pour la mairie
de Betton. Le site indique qu'un mail d'activation m'a été envoyé, mais je n'ai
rien reçu, ni dans la boîte de réception ni dans les indésirables.

Pouvez-vous me le renvoyer ?

Fabienne Roussel
Service finances - Mairie de Betton
""",
    lab=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
          "Activation mail for the Espace Acheteur never arrived; no anti-spam product named; town-hall sender."))

_u = U("0171290")
add("mn02", client="thunderbird", date="2024-10-14 14:08",
    frm=("Isabelle Guérin", "isabelle.guerin@ac-poitiers.fr"),
    subj="Mail de nouveau mot de passe jamais reçu",
    body=f"""Bonjour,

J'ai demandé trois fois un nouveau mot de passe depuis la page de connexion
d'e-sidoc (identifiant {_u}), et aucun mail n'est arrivé. J'ai vérifié les
courriers indésirables de ma messagerie académique.

Y a-t-il un délai ?

Isabelle Guérin
Collège Fromentin, La Rochelle
""",
    lab=L("missing_noreply_mail", True, _u, "nouvelle-aquitaine", "esidoc", False, "fr",
          "The new-password mail from e-sidoc never arrives after three requests; no anti-spam product named."))

add("mn03", client="outlook", date="2024-11-06 09:47",
    frm=("Claire Donovan", "claire.donovan@ch-exemple-vienne.fr"),
    subj="No notifications from the buyer space",
    body="""Hello,

Since we joined the purchasing centre in October I have not received a single
email from the Espace Acheteur: no order confirmations, no alerts. My colleague
says they come from a no-reply address. I have checked the junk folder.

Could you check what address they are sent to?

Thanks,
Claire Donovan
Procurement, Centre hospitalier
""",
    lab=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
          "English; Espace Acheteur notifications from the no-reply address never arrive; no anti-spam product named."))

_u = U("0542109")
add("mn04", client="zimbra", date="2024-12-09 16:15",
    frm=("Romain Thiébaut", "romain.thiebaut@ac-nancy-metz.fr"),
    subj=f"Lien de confirmation non reçu - {_u}",
    body=f"""Bonjour,

Je n'ai toujours pas reçu le mail de confirmation pour l'Espace Acheteur.
Avant que vous me posiez la question : nous n'avons pas MailInBlack au lycée,
aucun souci de ce côté-là, c'est le filtre académique standard. Rien non plus
dans le dossier Spam.

Lycée Henri Loritz, Nancy – UAI {_u}

Merci,
Romain Thiébaut, gestionnaire
""",
    lab=L("missing_noreply_mail", True, _u, "grand-est", "espace_acheteur", True, "fr",
          "Names MailInBlack only to say the school does not use it: a missing no-reply mail, not mailinblack_spam."))

_mid, _tag = ticket(6260)
add("mn05", client="outlook", date="2024-10-10 11:30",
    frm=("Samia Belkacem", "samia.belkacem@ac-creteil.fr"),
    subj=f"RE: {_tag} Mail d'activation non reçu", irt=_mid,
    body="""Bonjour,

J'ai suivi vos conseils (indésirables vérifiés, adresse ajoutée aux contacts),
mais trois jours plus tard je n'ai toujours rien reçu. Pouvez-vous transmettre à
la région comme indiqué ? Nous devons commander avant la fin du mois.

Cordialement,
Samia Belkacem
Gestionnaire

""" + origine_fr(f"Assistance <{DESK}>", "lundi 7 octobre 2024 09:12",
                 "Samia Belkacem <samia.belkacem@ac-creteil.fr>",
                 f"{_tag} Mail d'activation non reçu", DESK_JUNK),
    lab=L("missing_noreply_mail", False, None, "ile-de-france", "espace_acheteur", True, "fr",
          "Follow-up after the junk-folder template: still nothing after three days, asks for the region; the template was already sent, so a person follows up."))

add("mn06", client="zimbra", date="2025-01-22 10:44",
    frm=("Marc Delage", "marc.delage@ac-limoges.fr"),
    subj="Portail de tickets - confirmation",
    body="""Bonjour,

Je viens de créer un compte sur le portail de tickets pour suivre nos demandes.
Il est écrit qu'un mail de confirmation permettant de définir mon mot de passe
m'a été envoyé, mais il n'est jamais arrivé (j'ai attendu depuis ce matin).

Merci de votre aide,
Marc Delage
""",
    lab=L("missing_noreply_mail", True, None, "nouvelle-aquitaine", "ticket_portal", False, "fr",
          "The ticket portal's confirmation mail never arrived; no product filter named; region from ac-limoges.fr."))

_u = U("0740987")
add("mn07", client="gmail", date="2024-11-18 13:55",
    frm=("Lucie Bouvier", "lucie.bouvier@ac-grenoble.fr"),
    subj="Toujours pas de lien d'activation",
    body=f"""Bonjour,

J'ai bien reçu la réponse automatique de votre service après mon premier
message (merci), mais pas le mail d'activation du compte client e-sidoc, qui
devait arriver sous 12 h. Cela fait deux jours.

Collège Le Semnoz, Seynod – {_u}

Lucie Bouvier
""",
    lab=L("missing_noreply_mail", True, _u, "auvergne-rhone-alpes", "esidoc", False, "fr",
          "Mentions the desk's automatic acknowledgement, but what is missing is the customer-account activation mail: missing_noreply_mail."))

add("mn08", client="android", date="2025-02-12 18:03",
    frm=("Didier Rolland", "didier.rolland@free.fr"),
    subj="activation",
    body="""bonsoir tjs pas recu le mail d activation de l espace acheteur, rien ds les spams non plus
D. Rolland mairie de Saint-Aubin
""",
    lab=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
          "Two-line mobile message: Espace Acheteur activation mail not received, junk folder checked."))

_u = U("0180876")
add("mn09", client="outlook", date="2024-09-05 15:26",
    frm=("Collège Jean Renoir", f"ce.{_u.lower()}@ac-orleans-tours.fr"),
    subj="Validation du compte client",
    body="""Bonjour,

Nous avons créé hier notre compte client pour passer notre première commande
d'abonnement (e-sidoc). Le site indique que nous recevrons un mail de
validation, mais rien n'est arrivé sur l'adresse du collège.

Merci de nous dire si le compte est bien créé.

Le secrétariat de gestion
Collège Jean Renoir – Bourges
""",
    lab=L("missing_noreply_mail", True, _u, "centre-val-de-loire", "esidoc", False, "fr",
          "Customer-account validation mail never arrived; UAI only in the lower-case ce.<UAI> sender address."))

add("mn10", client="outlook_html", date="2024-12-17 09:38",
    frm=("Gérard Pons", "gerard.pons@ch-exemple-perpignan.fr"),
    subj="Alertes nouvelles consultations non reçues",
    body="""Bonjour,

J'ai activé dans mon profil de l'Espace Acheteur les alertes sur les nouveaux
marchés « fournitures médicales » il y a un mois. Je n'ai reçu aucune alerte
alors que plusieurs marchés ont été publiés depuis.

Nos mails passent par le filtre du GHT, je ne sais pas s'il bloque ce type
d'envoi. Pouvez-vous me communiquer l'adresse d'expédition ?

Cordialement,

Gérard Pons
Acheteur – Centre hospitalier
""",
    lab=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
          "HTML-only Outlook: market alerts never arrive; suspects the hospital group's filter but names no product."))

_u = U("0950612")
add("mn11", client="outlook", date="2025-01-06 10:10",
    frm=("Jérôme Vasseur", "jerome.vasseur@ac-versailles.fr"),
    subj="Mail « no-reply » jamais arrivé",
    body=f"""Bonjour,

Lors de l'installation du nouveau portail, on m'a dit qu'un message de
no-reply@e-sidoc.example.fr arriverait avec les accès administrateur. Rien
depuis jeudi, ni en boîte de réception ni en spam.

Lycée Camille Pissarro, Pontoise ({_u}).

Cordialement,
Jérôme Vasseur
""",
    lab=L("missing_noreply_mail", True, _u, "ile-de-france", "esidoc", False, "fr",
          "The e-sidoc access mail from the no-reply address never arrived; no anti-spam product named."))

_u = U("0600933")
add("mn12", client="gmail", date="2024-10-23 12:37",
    frm=("Nathalie Leroy", "nathalie.leroy@ac-amiens.fr"),
    subj="Mot de passe oublié : rien ne vient",
    body=f"""Bonjour,

J'ai cliqué sur « Mot de passe oublié » sur l'Espace Acheteur et saisi mon
adresse. Le site affiche « Un e-mail vous a été envoyé », mais je n'ai jamais
rien reçu, même après plusieurs heures et plusieurs essais.

Je connais mon identifiant, c'est juste ce mail qui n'arrive pas.

Collège Jules Michelet, Creil – {_u}
Nathalie Leroy, gestionnaire
""",
    lab=L("missing_noreply_mail", True, _u, "hauts-de-france", "espace_acheteur", True, "fr",
          "Reads like a forgotten password, but the reset tool works and only its mail never arrives: missing_noreply_mail per the taxonomy."))

add("mn13", client="gmail", date="2025-02-25 09:05",
    frm=("Agnès Faure", "agnes.faure@ac-toulouse.fr"),
    subj="Fwd: lien d'activation e-sidoc",
    body="""Bonjour,

Je vous transfère le message de ma collègue de l'école Jean Jaurès, qui n'a pas
d'accès à internet cette semaine. Elle n'a jamais reçu le lien d'activation.

Agnès Faure

""" + gmail_fwd_fr("Corinne Escudié <corinne.escudie@ac-toulouse.fr>", "lun. 24 févr. 2025 à 17:42",
                   "lien d'activation e-sidoc", "Agnès Faure <agnes.faure@ac-toulouse.fr>",
                   """Coucou Agnès,

Tu peux écrire à l'assistance pour moi ? Depuis que le compte de l'école a été
validé, je n'ai pas reçu le lien pour activer l'accès au portail e-sidoc. J'ai
regardé dans les spams, rien.

Merci !
Corinne"""),
    lab=L("missing_noreply_mail", True, None, "occitanie", "esidoc", False, "fr",
          "Gmail forward of a colleague's message: the e-sidoc activation link never arrived; no UAI, region from ac-toulouse.fr."))

add("mn14", client="outlook", date="2024-11-26 14:49",
    frm=("DSI - Conseil départemental", "dsi.messagerie@departement-exemple38.fr"),
    subj="Adresse d'expédition des mails de l'Espace Acheteur",
    body="""Bonjour,

Plusieurs agents de nos collèges nous signalent qu'ils ne reçoivent pas les mails
envoyés automatiquement par l'Espace Acheteur (activation, changement de mot de
passe). Pour les autoriser sur notre passerelle de messagerie, pouvez-vous nous
communiquer l'adresse d'expédition exacte et les serveurs d'envoi ?

Merci,
Service messagerie – DSI
""",
    lab=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
          "A département's IT service asks for the no-reply sender to allow on its gateway; no product named, no UAI or académie domain."))

_u = U("9711520")
add("mn15", client="outlook", date="2025-01-14 07:32", tz=-4,
    frm=("Murielle Jean-Louis", "murielle.jean-louis@ac-guadeloupe.fr"),
    subj="Lien pour définir le mot de passe",
    body=f"""Bonjour,

Mon compte sur le portail e-sidoc du collège a été créé vendredi, mais je n'ai
pas reçu le mail avec le lien pour définir mon mot de passe. J'ai regardé
partout, y compris dans les courriers indésirables.

Collège Courbaril, Les Abymes – {_u}

Bien à vous,
Murielle Jean-Louis
""",
    lab=L("missing_noreply_mail", True, _u, "guadeloupe", "esidoc", False, "fr",
          "The mail with the link to set a first password never arrived; Guadeloupe UAI."))

_u = U("0730861")
add("mn16", client="thunderbird", date="2025-03-05 13:13",
    frm=("Olivier Mathieu", "olivier.mathieu@ac-grenoble.fr"),
    subj="Plus de notifications des suggestions d'achat",
    body=f"""Bonjour,

Jusqu'en décembre, je recevais un mail à chaque suggestion d'achat déposée par
un élève sur le portail. Depuis janvier, plus rien, alors que des suggestions
apparaissent bien dans l'interface. Rien dans les spams.

Lycée Vaugelas, Chambéry - {_u}

Olivier Mathieu
""",
    lab=L("missing_noreply_mail", True, _u, "auvergne-rhone-alpes", "esidoc", False, "fr",
          "e-sidoc notification mails for pupils' purchase suggestions stopped arriving; no product filter named."))

add("mn17", client="outlook", date="2024-12-02 11:11",
    frm=("Hervé Colin", "h.colin@sivom-exemple-valdemarne.fr"),
    subj="Activation compte + facture adhésion",
    body="""Bonjour,

1. Je n'ai pas reçu le mail d'activation de notre compte sur l'Espace Acheteur,
demandé il y a une semaine (rien dans les spams).

2. Notre trésorerie attend la facture de l'adhésion 2025 pour pouvoir la
mandater : pouvez-vous me l'envoyer, ou me dire où la télécharger ?

Merci,
Hervé Colin
SIVOM
""",
    lab=L("missing_noreply_mail", False, None, None, "espace_acheteur", True, "fr",
          "Two topics: missing activation mail (first) and the membership invoice (order_billing); one template would answer only half."))

# ==========================================================================
# head_of_establishment_request (13)
# ==========================================================================
_u = U("0595981")
add("he01", client="zimbra", date="2024-09-12 17:20",
    frm=("Principal - Collège Albert Châtelet", f"ce.{_u}@ac-lille.fr"),
    subj=f"Demande écrite - compte administrateur e-sidoc - {_u}",
    body=f"""Madame, Monsieur,

En ma qualité de principal du collège Albert Châtelet de Douai (UAI {_u}),
je vous demande de réinitialiser le mot de passe du compte administrateur de
notre portail e-sidoc et d'en remplacer l'adresse de contact par celle de notre
nouveau professeur documentaliste, M. Hugo Delattre
(hugo.delattre@ac-lille.fr).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Philippe Carpentier
Principal
""",
    lab=L("head_of_establishment_request", False, _u, "hauts-de-france", "esidoc", False, "fr",
          "The principal writes from the ce.<UAI> address to ask for an admin password reset and a new contact address: staff approve."))

_u = U("0671590")
add("he02", client="outlook", date="2024-10-07 08:58",
    frm=("Jean-Pierre Wagner", "jean-pierre.wagner@ac-strasbourg.fr"),
    subj="Changement d'administrateur de structure - Espace Acheteur",
    body=f"""Bonjour,

Mme Koenig, gestionnaire de l'établissement, a été mutée au 1er septembre. Je
désigne Mme Laura Weber, nouvelle gestionnaire, comme administratrice de notre
structure sur l'Espace Acheteur, et vous demande de désactiver l'accès de
Mme Koenig.

Je reste joignable au 03 88 00 00 00 pour toute vérification.

Jean-Pierre Wagner
Proviseur
Lycée Marie Curie – Strasbourg
UAI : {_u}
""",
    lab=L("head_of_establishment_request", False, _u, "grand-est", "espace_acheteur", False, "fr",
          "The proviseur designates a new structure administrator and asks to close the former one's access; UAI in the signature."))

_u = U("0061477")
add("he03", client="outlook", date="2024-11-21 16:37",
    frm=("Elizabeth Grant", "elizabeth.grant@ac-nice.fr"),
    subj="Authorisation - subscription order",
    body=f"""Dear Sir or Madam,

As head of the Centre International de Valbonne (UAI {_u}), I hereby
authorise our teacher-librarian, Mr Julien Ferrand, to validate on our behalf the
order for the 2025 e-sidoc subscription and the associated online resources.

Please contact me should you need any further confirmation.

Yours faithfully,
Elizabeth Grant
Head of School
""",
    lab=L("head_of_establishment_request", False, _u, "provence-alpes-cote-d-azur", "esidoc", False, "en",
          "English; the head of school authorises the librarian to validate the subscription order in writing."))

_u = U("0941877")
add("he04", client="roundcube", date="2024-12-04 12:15",
    frm=("École élémentaire Paul Bert", f"ce.{_u}@ac-creteil.fr"),
    subj="Changement adresse mail compte e-sidoc",
    body=f"""Bonjour,

Je suis la directrice de l'école élémentaire Paul Bert à Ivry-sur-Seine.
L'adresse associée au compte administrateur de notre portail e-sidoc est celle
d'une enseignante qui a quitté l'école. Je vous demande de la remplacer par
l'adresse de l'école, ce.{_u}@ac-creteil.fr.

Merci par avance.

Mme Fatima Ouali
Directrice
""",
    lab=L("head_of_establishment_request", False, _u, "ile-de-france", "esidoc", False, "fr",
          "A primary-school directrice, from the school's official address, asks to change the e-sidoc admin contact address."))

_u = U("0330921")
add("he05", client="gmail", date="2025-01-31 22:47",
    frm=("Proviseur Lycée Montesquieu", "proviseur.lycee.montesquieu@gmail.com"),
    subj="URGENT - accès administrateur",
    body=f"""Bonjour,

Je suis le proviseur du lycée Montesquieu de Bordeaux (UAI {_u}). Notre
documentaliste est en arrêt et j'ai besoin de toute urgence des identifiant et
mot de passe administrateur de notre e-sidoc. Merci de me les communiquer par
retour à cette adresse, je n'ai pas accès à ma messagerie professionnelle ce soir.

Je compte sur votre réactivité.

Le proviseur
""",
    lab=L("head_of_establishment_request", False, _u, "nouvelle-aquitaine", "esidoc", True, "fr",
          "Claims to be the proviseur but writes from a free Gmail address and wants the admin credentials sent there: still a head-of-establishment request for the queue, where staff should verify and likely refuse."))

_u = U("0441950")
add("he06", client="outlook", date="2024-10-17 10:26",
    frm=("Secrétariat de direction", f"ce.{_u}@ac-nantes.fr"),
    subj="TR: Demande de réinitialisation - portail CDI",
    body=f"""Bonjour,

Veuillez trouver ci-dessous la demande de Mme la Principale.

Le secrétariat de direction
Collège Rosa Parks – Nantes

""" + outlook_fr("Anne Gautier <anne.gautier@ac-nantes.fr>", "jeudi 17 octobre 2024 09:48",
                 f"Secrétariat de direction <ce.{_u}@ac-nantes.fr>",
                 "Demande de réinitialisation - portail CDI",
                 f"""Pouvez-vous transmettre à l'assistance, depuis la boîte du collège :

Je soussignée Anne Gautier, principale du collège Rosa Parks (UAI {_u}),
demande la réinitialisation du mot de passe administrateur de notre portail
e-sidoc ; le lien devra être envoyé à l'adresse du collège.

Anne Gautier
Principale"""),
    lab=L("head_of_establishment_request", False, _u, "pays-de-la-loire", "esidoc", True, "fr",
          "The secretariat forwards, from the ce.<UAI> address, the principal's own written request for a reset: a head-of-establishment request relayed, for staff to check."))

_u = U("0762318")
_mid, _tag = ticket(6234)
add("he07", client="outlook", date="2024-10-04 15:02",
    frm=("Frédéric Lambert", "frederic.lambert@ac-normandie.fr"),
    subj=f"RE: {_tag} Changement d'adresse du compte e-sidoc", irt=_mid,
    body=f"""Bonjour,

Je confirme en tant que proviseur du lycée Jehan Ango de Dieppe (UAI {_u}) la
demande de Mme Roger : merci de remplacer l'adresse de contact du compte
administrateur e-sidoc par sophie.roger@ac-normandie.fr.

Cordialement,
Frédéric Lambert
Proviseur

""" + origine_fr(f"Assistance <{DESK}>", "mercredi 2 octobre 2024 14:40",
                 "Sophie Roger <sophie.roger@ac-normandie.fr>",
                 f"{_tag} Changement d'adresse du compte e-sidoc", DESK_ASK_HEAD),
    lab=L("head_of_establishment_request", False, _u, "normandie", "esidoc", False, "fr",
          "The proviseur answers the desk's request for a written confirmation and asks for the admin contact address change."))

_u = U("0292134")
add("he08", client="outlook", date="2025-02-10 11:40",
    frm=("Direction - Ensemble scolaire Saint-Joseph", "direction@stjoseph-exemple-landerneau.fr"),
    subj="Autorisation de commande - bon signé",
    att=[("Bon_de_commande_signe_2025-014.pdf", "application", "pdf", pdf_stub("Bon de commande 2025-014"))],
    body=f"""Bonjour,

Vous trouverez ci-joint le bon de commande n° 2025-014 signé de ma main. En
tant que chef d'établissement, j'autorise M. Le Roux, notre comptable, à valider
cette commande de mobilier de CDI sur l'Espace Acheteur, son montant dépassant
le seuil de délégation habituel.

Ensemble scolaire Saint-Joseph, Landerneau – UAI {_u}

Bien cordialement,
Marie-Anne Quéré
Cheffe d'établissement
""",
    lab=L("head_of_establishment_request", False, _u, "bretagne", "espace_acheteur", False, "fr",
          "The head of a private school authorises an order above the delegation threshold and attaches the signed purchase order (PDF)."))

_u = U("0130955")
add("he09", client="outlook_html", date="2024-11-13 17:55",
    frm=("Proviseure - Lycée Saint-Exupéry", f"ce.{_u}@ac-aix-marseille.fr"),
    subj="Retrait d'accès et nouvel administrateur",
    body=f"""Madame, Monsieur,

M. Giraud, adjoint gestionnaire, a quitté l'établissement le 8 novembre. Je vous
demande de supprimer son accès à l'Espace Acheteur et de confier les droits
d'administrateur de la structure à Mme Nadia Cherif, qui lui succède.

Lycée Saint-Exupéry – Marseille
UAI {_u}

Je vous remercie.

Hélène Battesti
Proviseure
""",
    lab=L("head_of_establishment_request", False, _u, "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
          "HTML-only Outlook letter from the ce.<UAI> address: the proviseure removes a departed gestionnaire's access and names a new administrator."))

_u = U("0691230")
add("he10", client="apple", date="2025-01-23 07:12",
    frm=("Pierre Ducret", "pierre.ducret@ac-lyon.fr"),
    subj="Re: Accès e-sidoc de l'école",
    body=f"""Bonjour,
Je confirme la demande de Mme Mercier ci-dessous, en tant que directeur de
l'école.
P. Ducret
Directeur école Jean Macé, Villeurbanne

Envoyé de mon iPhone

""" + apple_fr("22 janv. 2025 à 18:31", "Laure Mercier <laure.mercier@ac-lyon.fr>",
               f"""Bonjour,

Je m'occupe de la BCD de l'école Jean Macé (UAI {_u}) et l'adresse du compte
administrateur e-sidoc est celle de l'ancien directeur. Pouvez-vous la remplacer
par la mienne ? Je mets M. Ducret, directeur, en copie pour qu'il confirme.

Laure Mercier"""),
    cc="Laure Mercier <laure.mercier@ac-lyon.fr>",
    lab=L("head_of_establishment_request", False, _u, "auvergne-rhone-alpes", "esidoc", True, "fr",
          "The school director confirms from his phone, quoting (Apple style) the teacher's request to change the admin address; UAI only in the quoted part."))

_u = U("0341120")
add("he11", client="zimbra", date="2024-09-26 14:14",
    frm=("Collège Les Escholiers de la Mosson", f"ce.{_u}@ac-montpellier.fr"),
    subj=f"{_u} - adresse de contact du compte administrateur",
    body=f"""Madame, Monsieur,

Je soussigné Karim Haddad, principal du collège Les Escholiers de la Mosson
(UAI {_u}), vous informe du départ de notre professeure documentaliste. Je vous
demande de remplacer l'adresse de contact du compte administrateur e-sidoc par
l'adresse officielle du collège, jusqu'à l'arrivée de son successeur.

K. Haddad
Principal
""",
    lab=L("head_of_establishment_request", False, _u, "occitanie", "esidoc", False, "fr",
          "The principal, from the ce.<UAI> address, asks in writing to move the admin contact address to the official address."))

_u = U("0870433")
add("he12", client="outlook", date="2025-03-11 09:27",
    frm=("Sandrine Mazeau", "sandrine.mazeau@ac-limoges.fr"),
    subj="Demande de la principale : mot de passe e-sidoc et facture",
    body=f"""Madame, Monsieur,

Principale du collège Léon Blum de Limoges (UAI {_u}), je vous demande de bien
vouloir réinitialiser le mot de passe administrateur de notre portail e-sidoc et
d'envoyer le lien à l'adresse officielle du collège, notre documentaliste étant
en congé longue durée.

Par ailleurs, notre agent comptable n'a toujours pas reçu la facture du
réabonnement commandé en janvier : pouvez-vous la renvoyer ?

Sandrine Mazeau
Principale
""",
    lab=L("head_of_establishment_request", False, _u, "nouvelle-aquitaine", "esidoc", True, "fr",
          "The principal's written reset request (main) plus a missing-invoice question (order_billing): a head-of-establishment request for staff, with a second topic."))

_b = BAD("0060982")
add("he13", client="outlook", date="2024-12-18 10:09",
    frm=("Michel Ferrero", "michel.ferrero@ac-nice.fr"),
    subj="Demande du proviseur - administrateur e-sidoc",
    body=f"""Bonjour,

Proviseur du lycée Apollinaire à Nice, je vous demande de désigner
Mme Chloé Vernet, professeure documentaliste arrivée en novembre, comme
administratrice de notre portail e-sidoc, à la place de M. Bosio parti en
retraite.

Cordialement,

Michel Ferrero
Proviseur – Lycée Apollinaire
RNE {_b}
""",
    lab=L("head_of_establishment_request", False, None, "provence-alpes-cote-d-azur", "esidoc", True, "fr",
          f"The proviseur names a new e-sidoc administrator, but the RNE {_b} has a wrong check letter, so no UAI; region from the ac-nice.fr sender."))

# ==========================================================================
# mailinblack_spam (13)
# ==========================================================================
add("mb01", client="outlook", date="2024-09-17 10:03",
    frm=("Service informatique - Communauté de communes", "informatique@cc-exemple-pays-de-mormal.fr"),
    subj="Liste blanche MailInBlack - adresses à autoriser",
    body="""Bonjour,

Nos services utilisent MailInBlack. Les agents ne reçoivent pas les mails de
l'Espace Acheteur, qui restent en attente d'authentification. Quelles adresses
ou quels domaines devons-nous ajouter à la liste blanche pour que vos envois
passent directement ?

Cordialement,
Le service informatique
""",
    lab=L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
          "IT service asks which senders to allow-list in MailInBlack for Espace Acheteur mail."))

add("mb02", client="android", date="2024-10-09 12:48",
    frm=("Sandrine Pelletier", "s.pelletier@mairie-exemple-douvrin.fr"),
    subj="mail bloquer",
    body="""bonjour
je recois pas le mail pour activer mon compte espace acheteur, notre informaticien
dit que c est mail in black qui le bloque. comment on fait ?
merci
""",
    lab=L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
          "Typos, no accents, product spelled 'mail in black': the activation mail is held by MailInBlack."))

_u = U("0672988")
add("mb03", client="outlook", date="2024-11-04 08:39",
    frm=("Markus Lang", "markus.lang@ac-strasbourg.fr"),
    subj="Password reset emails quarantined by Mailinblack",
    body=f"""Hello,

Our school switched to Mailinblack last month. Since then the password reset
emails from e-sidoc end up in the Mailinblack quarantine and I only see them the
next day, when the link has already expired.

Which sender should our IT department allow?

Thanks,
Markus Lang
Lycée international des Pontonniers, Strasbourg – {_u}
""",
    lab=L("mailinblack_spam", True, _u, "grand-est", "esidoc", False, "en",
          "English; e-sidoc reset mails held in the Mailinblack quarantine until the link expires: the MailInBlack guide is the answer."))

_u = U("0721455")
add("mb04", client="thunderbird", date="2024-12-11 15:24",
    frm=("Gaëtan Mercier", "gaetan.mercier@ac-nantes.fr"),
    subj="Vos messages en attente de vérification",
    body=f"""Bonjour,

Depuis peu, notre messagerie ne distribue plus les messages de l'Espace Acheteur
tant que l'expéditeur n'a pas cliqué sur un lien pour prouver qu'il n'est pas un
robot. Comme vos messages viennent d'une adresse automatique, personne ne clique
et ils restent bloqués en attente.

Comment faire pour que vos envois soient acceptés ?

Lycée Le Mans Sud – {_u}
Gaëtan Mercier
""",
    lab=L("mailinblack_spam", False, _u, "pays-de-la-loire", "espace_acheteur", True, "fr",
          "The sender-authentication challenge is described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide."))

_u = U("0141780")
add("mb05", client="outlook", date="2025-01-09 09:52",
    frm=("Agathe Lefranc", "agathe.lefranc@ac-normandie.fr"),
    subj="TR: Rapport quotidien - messages en attente",
    body=f"""Bonjour,

Je vous transfère le rapport MailInBlack reçu ce matin : on y voit les messages de
l'Espace Acheteur bloqués. Dois-je les libérer un par un, ou pouvez-vous nous
indiquer ce qu'il faut autoriser une fois pour toutes ?

Agathe Lefranc
Gestionnaire – Collège Guillaume de Normandie, Caen ({_u})

""" + outlook_fr("Mailinblack <noreply@notifications.mailinblack-exemple.com>", "jeudi 9 janvier 2025 07:00",
                 "agathe.lefranc@ac-normandie.fr", "Rapport quotidien - messages en attente",
                 """Vous avez 2 messages en attente :
- no-reply@espace-acheteur.example.fr – Activation de votre compte – 08/01/2025
- no-reply@espace-acheteur.example.fr – Nouvelle consultation publiée – 08/01/2025
Gérer mes messages : https://protect.mailinblack-exemple.com/queue"""),
    lab=L("mailinblack_spam", True, _u, "normandie", "espace_acheteur", False, "fr",
          "A person forwards the MailInBlack daily report with a real question: the outer message is human, the problem is MailInBlack."))

add("mb06", client="outlook_html", date="2024-09-23 14:00",
    frm=("Valérie Marchand", "valerie.marchand@ch-exemple-saintes.fr"),
    subj="Notifications Espace Acheteur bloquées par Mailinblack Protect",
    body="""Bonjour,

Depuis la rentrée, notre hôpital est équipé de Mailinblack Protect. Depuis, nous
ne recevons plus les notifications de l'Espace Acheteur, qui partent dans la file
« à authentifier ».

Pouvez-vous nous envoyer la procédure pour autoriser vos adresses ?

Cordialement,

Valérie Marchand
Cellule des marchés
""",
    lab=L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
          "HTML-only Outlook: hospital notifications held by Mailinblack Protect; no UAI or académie domain."))

_u = U("0371290")
add("mb07", client="gmail", date="2025-02-06 10:35",
    frm=("Laetitia Brunet", "laetitia.brunet@ac-orleans-tours.fr"),
    subj="MailInBlack + abonnement Cafeyn",
    body=f"""Bonjour,

Deux soucis au lycée Descartes de Tours ({_u}) :

- le mail d'activation de notre compte client est bloqué par MailInBlack, je l'ai
  vu dans la quarantaine mais le lien a expiré quand il a été libéré ;
- l'abonnement Cafeyn commandé il y a deux semaines n'apparaît toujours pas
  dans les ressources du portail.

Merci de votre aide,
Laetitia Brunet
""",
    lab=L("mailinblack_spam", False, _u, "centre-val-de-loire", "esidoc", True, "fr",
          "Two topics: an activation mail held by MailInBlack (first) and a subscription overdue past 72 hours; a single template would not answer both."))

_u = U("0330850")
add("mb08", client="zimbra", date="2024-10-30 11:18",
    frm=("Collège Cassignol", f"ce.{_u}@ac-bordeaux.fr"),
    subj="Mail de réinitialisation bloqué",
    att=[("capture_quarantaine.png", "image", "png", PNG_STUB)],
    body="""Bonjour,

Le mail de réinitialisation du mot de passe e-sidoc est bloqué par MailInBlack
(capture jointe). Pouvez-vous nous dire comment l'autoriser ?

Le secrétariat
Collège Cassignol, Bordeaux
""",
    lab=L("mailinblack_spam", True, _u, "nouvelle-aquitaine", "esidoc", False, "fr",
          "The e-sidoc reset mail is blocked by MailInBlack (screenshot attached); UAI from the ce.<UAI> sender."))

add("mb09", client="apple", date="2025-01-17 13:09",
    frm=("Anthony Giacometti", "anthony.giacometti@ac-aix-marseille.fr"),
    subj="mailinblack",
    body="""Bjr, vos mails de confirmation sont bloqués par mailinblack chez nous, vous
avez la liste des adresses à autoriser svp ? Merci

Envoyé de mon iPhone
""",
    lab=L("mailinblack_spam", True, None, "provence-alpes-cote-d-azur", None, False, "fr",
          "Short phone message: confirmation mails blocked by MailInBlack; no platform named, region from ac-aix-marseille.fr."))

_u = U("0752990")
add("mb10", client="outlook", date="2024-11-27 17:06",
    frm=("Oliver Brandt", "o.brandt@it-services-exemple.fr"),
    subj="MailInBlack challenge sent to your no-reply address",
    body=f"""Hello,

I manage the IT for Lycée Rabelais in Paris (UAI {_u}). The school mailboxes are
protected by MailInBlack, which sends an authentication challenge to unknown
senders. Your no-reply address obviously never answers it, so the Espace Acheteur
messages stay blocked.

What domain and sending servers should we whitelist?

Regards,
Oliver Brandt
IT contractor
""",
    lab=L("mailinblack_spam", True, _u, "ile-de-france", "espace_acheteur", False, "en",
          "English; an IT contractor explains the MailInBlack challenge blocks the no-reply sender and asks what to allow-list."))

_u = U("0280721")
add("mb11", client="outlook", date="2024-12-19 08:47",
    frm=("Benjamin Roy", "benjamin.roy@ac-orleans-tours.fr"),
    subj="Aucun mail d'e-sidoc",
    body=f"""Bonjour,

Je ne reçois aucun mail du portail e-sidoc (notifications, mot de passe). J'ai
bien sûr regardé dans les indésirables. Notre service informatique vient de me
dire que c'est MailInBlack, installé cet été, qui retient tout ce qui vient de
chez vous.

Que faut-il lui demander d'autoriser ?

Benjamin Roy
Collège Marceau, Chartres – {_u}
""",
    lab=L("mailinblack_spam", True, _u, "centre-val-de-loire", "esidoc", False, "fr",
          "Junk folder checked, and IT says MailInBlack holds the e-sidoc mail: mailinblack_spam."))

_mid, _tag = ticket(6281)
add("mb12", client="gmail", date="2024-10-16 16:28",
    frm=("Émilie Chabert", "emilie.chabert@ac-grenoble.fr"),
    subj=f"Re: {_tag} Lien d'activation e-sidoc non reçu", irt=_mid,
    body="""Bonjour,

Rien dans les spams malheureusement. En revanche, j'ai appris que la mairie a
installé MailInBlack sur les adresses de l'école le mois dernier : c'est sûrement
la cause. Avez-vous une procédure pour ce logiciel ?

Émilie Chabert
École primaire du Vercors

""" + gmail_fr("lun. 14 oct. 2024 à 10:02", f"Assistance <{DESK}>", DESK_JUNK),
    lab=L("mailinblack_spam", True, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
          "Reply on a missing-mail ticket that now names MailInBlack: the new message clearly asks for the MailInBlack procedure, which is what answers it."))

add("mb13", client="outlook", date="2025-03-13 11:59",
    frm=("Marie-Claude Fontaine", "mc.fontaine@ville-exemple-vierzon.fr"),
    subj="Quarantaine Mailinblack",
    body="""Bonjour,

À chaque fois que l'Espace Acheteur m'envoie une alerte, elle atterrit dans la
quarantaine Mailinblack et je dois la libérer à la main. C'est très pénible.
Y a-t-il un moyen d'autoriser vos envois définitivement ?

Merci,
Marie-Claude Fontaine
Service de la commande publique – Ville de Vierzon
""",
    lab=L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
          "Town-hall buyer releases every Espace Acheteur alert from the Mailinblack quarantine by hand."))

# ==========================================================================
# order_billing (9)
# ==========================================================================
_u = U("0622145")
add("ob01", client="outlook", date="2024-09-20 10:40",
    frm=("Véronique Lemaire", "veronique.lemaire@ac-lille.fr"),
    subj="Demande de devis - renouvellement e-sidoc 2025",
    body=f"""Bonjour,

Afin d'établir le bon d'engagement, notre service d'intendance a besoin d'un
devis pour le renouvellement de l'abonnement e-sidoc du collège pour 2025.

Collège Jean Jaurès – Lens
UAI {_u}

Merci d'avance,
Véronique Lemaire
""",
    lab=L("order_billing", False, _u, "hauts-de-france", "esidoc", False, "fr",
          "Asks for a quote (devis) for the renewal, needed for the bon d'engagement."))

_u = U("0422011")
add("ob02", client="outlook", date="2024-11-08 14:16",
    frm=("Agence comptable - Lycée Claude Fauriel", "agence.comptable@lycee-fauriel-exemple.fr"),
    subj="Facture absente de Chorus Pro",
    body=f"""Bonjour,

La commande de l'abonnement e-sidoc a été validée le 2 octobre, mais aucune
facture n'a été déposée sur Chorus Pro à ce jour. Pour rappel :
SIRET 194 200 000 00012 – code service : ACHATS-CDI.

Pouvez-vous procéder au dépôt ?

Cordialement,
Agence comptable
Lycée Claude Fauriel, Saint-Étienne – UAI {_u}
""",
    lab=L("order_billing", False, _u, "auvergne-rhone-alpes", "esidoc", False, "fr",
          "Order validated five weeks ago, invoice still not on Chorus Pro."))

add("ob03", client="outlook", date="2025-01-24 09:15",
    frm=("Helen Marsh", "h.marsh@ecole-internationale-exemple.fr"),
    subj="Invoice copy and your VAT number",
    body="""Good morning,

Could you please send me a copy of invoice FA-2024-2291, addressed to the school's
accounting department rather than to the library? Our auditors also need your
intra-community VAT number on file.

Many thanks,
Helen Marsh
Finance Officer
""",
    lab=L("order_billing", False, None, None, None, False, "en",
          "English; asks for an invoice copy addressed to accounting and the supplier's VAT number."))

_u = U("0390854")
add("ob04", client="thunderbird", date="2024-10-25 16:58",
    frm=("Mathilde Jeunet", "mathilde.jeunet@ac-besancon.fr"),
    subj="Tarif d'un second accès",
    body=f"""Bonjour,

Aucun souci de connexion de mon côté, je connais bien mon mot de passe ! Ma
question est autre : combien coûterait l'ajout d'un second poste de gestion
e-sidoc pour l'annexe du lycée, et faut-il passer une nouvelle commande ou un avenant au
contrat en cours ? Il me faudrait un devis pour le conseil d'administration.

Lycée Victor Bérard, Morez – {_u}

Mathilde Jeunet
""",
    lab=L("order_billing", False, _u, "bourgogne-franche-comte", "esidoc", True, "fr",
          "A pricing / quote question; the password is mentioned only to say there is no login problem."))

add("ob05", client="outlook", date="2024-12-13 11:27",
    frm=("Jacques Pradel", "j.pradel@mairie-exemple-millau.fr"),
    subj="Impossible de valider la commande",
    body="""Bonjour,

Sur l'Espace Acheteur, mon panier est prêt (fournitures de bureau, 1 840 € HT)
mais le bouton « Valider la commande » reste grisé. Y a-t-il un montant minimum
ou une étape que j'aurais oubliée ?

Cordialement,
Jacques Pradel
Mairie de Millau
""",
    lab=L("order_billing", False, None, None, "espace_acheteur", False, "fr",
          "Basket ready but the order-validation button stays greyed out."))

_u = U("0810765")
add("ob06", client="zimbra", date="2025-02-14 10:02",
    frm=("Intendance", "intendance.0810765@ac-toulouse.fr"),
    subj="Moyen de paiement",
    body=f"""Bonjour,

Pour le réabonnement de notre portail documentaire e-sidoc, pouvons-nous régler par
mandat administratif sur facture, ou le paiement par carte bancaire est-il
obligatoire en ligne ? Notre agence comptable ne dispose pas de carte d'achat.

Lycée Las Cases, Lavaur – {_u}
Service intendance
""",
    lab=L("order_billing", False, _u, "occitanie", "esidoc", False, "fr",
          "Asks whether the renewal can be paid by mandat administratif instead of card."))

_u = U("0880311")
add("ob07", client="outlook_html", date="2025-03-07 15:44",
    frm=("Emmanuel Perrot", "emmanuel.perrot@ac-nancy-metz.fr"),
    subj="Demande d'avoir - abonnement annulé",
    body=f"""Bonjour,

Nous avions commandé en décembre l'abonnement « presse jeunesse » (facture
FA-2024-2517, 249,00 €), puis annulé la commande dès le lendemain par
téléphone. La facture nous a pourtant été adressée.

Pouvez-vous émettre un avoir du même montant ?

Cordialement,

Emmanuel Perrot
Adjoint gestionnaire – Collège Louis Armand, Golbey
UAI {_u}
""",
    lab=L("order_billing", False, _u, "grand-est", "esidoc", False, "fr",
          "HTML-only Outlook (windows-1252, euro sign): asks for a credit note for a cancelled subscription."))

_mid, _tag = ticket(6325)
add("ob08", client="outlook", date="2024-10-18 09:31",
    frm=("Caroline Duval", "caroline.duval@ac-rouen.fr"),
    subj=f"RE: {_tag} Mail d'activation non reçu", irt=_mid,
    body="""Bonjour,

Le mail d'activation est finalement arrivé, merci, et j'ai pu passer commande.

En revanche, la facture générée indique l'adresse de notre ancien siège. Pouvez-
vous la refaire avec l'adresse actuelle (12 rue des Carmes, 76000 Rouen) ? La
trésorerie la rejettera sinon.

Caroline Duval

""" + outlook_fr(f"Assistance <{DESK}>", "mardi 15 octobre 2024 10:22",
                 "Caroline Duval <caroline.duval@ac-rouen.fr>",
                 f"{_tag} Mail d'activation non reçu", DESK_JUNK),
    lab=L("order_billing", False, None, "normandie", "espace_acheteur", True, "fr",
          "Reply on a missing-mail ticket: the mail arrived, and the new message clearly asks to reissue an invoice, so order_billing; region from ac-rouen.fr."))

add("ob09", client="outlook", date="2025-01-29 13:50",
    frm=("Service facturier - CH", "facturier@ch-exemple-montelimar.fr"),
    subj="Facture rejetée dans Chorus - numéro d'engagement manquant",
    body="""Bonjour,

Votre facture n° 2025-0042 a été rejetée dans Chorus Pro : le numéro
d'engagement juridique n'y figure pas. Merci de la redéposer en indiquant
l'engagement n° EJ 2100457812 et le code service FACT-ACHATS.

Cordialement,
Service facturier
Centre hospitalier
""",
    lab=L("order_billing", False, None, None, None, False, "fr",
          "An invoice rejected in Chorus Pro for a missing engagement number; no platform named."))

# ==========================================================================
# account_creation (9)
# ==========================================================================
add("ac01", client="outlook", date="2024-09-03 09:21",
    frm=("Nicolas Baron", "n.baron@mairie-exemple-pornic.fr"),
    subj="Création d'un compte acheteur",
    body="""Bonjour,

La commune de Pornic vient d'adhérer à la centrale d'achat. Comment dois-je
procéder pour créer mon compte sur l'Espace Acheteur ?

Cordialement,
Nicolas Baron
Responsable des achats
""",
    lab=L("account_creation", True, None, None, "espace_acheteur", False, "fr",
          "A buyer of a member town asks how to create an Espace Acheteur account: the sign-up answer fits."))

_u = U("0851043")
add("ac02", client="gmail", date="2024-10-01 11:44",
    frm=("Élise Morin", "elise.morin@ac-nantes.fr"),
    subj="Compte en attente",
    body=f"""Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur il y a trois jours
(collège Les Sicardières, Chantonnay – {_u}). Quand je me connecte, j'ai le
message « compte en attente de validation ». Est-ce normal ?

Merci,
Élise Morin
""",
    lab=L("account_creation", True, _u, "pays-de-la-loire", "espace_acheteur", False, "fr",
          "Signed up three days ago, account waiting for validation by the structure administrator: FAQ answer."))

_u = U("0301877")
add("ac03", client="thunderbird", date="2024-11-15 10:07",
    frm=("Marc-Antoine Roux", "marc-antoine.roux@ac-montpellier.fr"),
    subj="Formulaire d'inscription",
    body=f"""Bonjour,

Nouveau gestionnaire au collège Feuchères de Nîmes ({_u}), je dois ouvrir un
compte sur l'Espace Acheteur mais je ne trouve pas le formulaire d'inscription
sur la page d'accueil. Pouvez-vous m'envoyer le lien ?

Merci,
Marc-Antoine Roux
""",
    lab=L("account_creation", True, _u, "occitanie", "espace_acheteur", False, "fr",
          "New gestionnaire asks for the sign-up form link: the account-creation answer fits."))

_u = U("0160512")
add("ac04", client="outlook", date="2024-12-06 14:35",
    frm=("Audrey Chevalier", "audrey.chevalier@ac-poitiers.fr"),
    subj="Qui est l'administrateur de notre structure ?",
    body=f"""Bonjour,

Mon compte est en attente de validation par « l'administrateur de la
structure », mais personne au lycée ne sait de qui il s'agit. Pouvez-vous me
dire qui est enregistré comme administrateur pour le lycée Guez de Balzac
d'Angoulême ({_u}) ?

Audrey Chevalier
""",
    lab=L("account_creation", False, _u, "nouvelle-aquitaine", "espace_acheteur", False, "fr",
          "Asks who the structure's administrator is: a look-up in the accounts, so a person answers."))

_u = U("0230561")
add("ac05", client="outlook", date="2025-01-10 15:19",
    frm=("Sabine Aubert", "sabine.aubert@ac-limoges.fr"),
    subj="Je n'ai pas de compte",
    body=f"""Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai tout simplement jamais eu de compte
client pour commander nos abonnements e-sidoc. Ma collègue passait par le sien,
mais elle est partie. Comment puis-je ouvrir un compte pour l'établissement ?

Collège Jules Marouzeau, Guéret – {_u}

Sabine Aubert
""",
    lab=L("account_creation", True, _u, "nouvelle-aquitaine", "esidoc", True, "fr",
          "Negation: 'je n'ai pas perdu mon mot de passe', she never had a customer account; account_creation, not password_reset."))

_u = U("0931950")
add("ac06", client="outlook", date="2025-02-18 08:16",
    frm=("Principal - Collège Travail Langevin", f"ce.{_u}@ac-creteil.fr"),
    subj="Administrateur du compte",
    body="""Bonjour,

Je suis le principal du collège. Pourriez-vous simplement m'indiquer quelle
personne est actuellement enregistrée comme administrateur de notre compte
e-sidoc ? Je veux m'assurer que ce n'est plus l'ancienne documentaliste.

Bien cordialement,
Alain Bertrand
Principal
""",
    lab=L("account_creation", False, _u, "ile-de-france", "esidoc", True, "fr",
          "Written by the principal, but he only asks who the administrator is (no change requested): account_creation look-up, not a head-of-establishment request."))

_u = U("0631502")
add("ac07", client="zimbra", date="2024-10-28 13:40",
    frm=("Lycée Blaise Pascal - Gestion", "gestion.0631502@ac-clermont.fr"),
    subj="Droits de validation des commandes",
    body=f"""Bonjour,

Notre secrétaire d'intendance a un compte sur l'Espace Acheteur mais ne peut que
préparer des paniers. Pouvez-vous lui ouvrir les droits de validation des
commandes (lecture + validation) ?

Compte concerné : martine.chazal@ac-clermont.fr
Lycée Blaise Pascal, Clermont-Ferrand – {_u}

Merci,
Le gestionnaire
""",
    lab=L("account_creation", False, _u, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
          "Asks for order-validation rights to be opened for an existing user: a person must act."))

_u = U("9760321")
add("ac08", client="outlook", date="2024-11-22 09:05", tz=3,
    frm=("Ousseni Abdallah", "ousseni.abdallah@ac-mayotte.fr"),
    subj="Établissement introuvable à la création du compte client",
    body=f"""Bonjour,

En voulant créer le compte client du collège de Kwalé pour commander
l'abonnement e-sidoc, notre établissement n'apparaît pas dans la liste (UAI
{_u}). Le collège a ouvert à la rentrée 2023.

Que devons-nous faire ?

Ousseni Abdallah
Professeur documentaliste
""",
    lab=L("account_creation", False, _u, "mayotte", "esidoc", False, "fr",
          "The new school's UAI is not in the list when opening the customer account: the sales team must add it."))

add("ac09", client="gmail", date="2025-03-14 20:12",
    frm=("Association Les P'tits Loups", "asso.ptitsloups.periscolaire@gmail.com"),
    subj="Une association peut-elle avoir un compte ?",
    body="""Bonjour,

Nous sommes une association qui gère l'accueil périscolaire pour deux communes.
Pouvons-nous créer un compte acheteur pour commander du matériel, ou faut-il
passer par la mairie ? Un collègue d'une autre association m'a dit qu'il avait
dû réinitialiser son mot de passe trois fois avant d'y arriver, mais je ne sais
même pas si nous y avons droit.

Merci de votre réponse,
Sylvie Texier, trésorière
""",
    lab=L("account_creation", False, None, None, "espace_acheteur", True, "fr",
          "Eligibility question about opening a buyer account for an association; the password resets are hearsay about someone else: a person must check eligibility."))

# ==========================================================================
# subscription_activation (9)
# ==========================================================================
_u = U("0291577")
add("sa01", client="thunderbird", date="2024-09-25 14:52",
    frm=("Gwenaëlle Le Roux", "gwenaelle.le-roux@ac-rennes.fr"),
    subj="Europresse pas encore visible",
    body=f"""Bonjour,

Nous avons commandé hier l'abonnement Europresse pour le lycée de l'Iroise à
Brest ({_u}). La ressource n'apparaît pas encore sur notre portail e-sidoc.
Faut-il faire quelque chose de notre côté ?

Gwenaëlle Le Roux
""",
    lab=L("subscription_activation", True, _u, "bretagne", "esidoc", False, "fr",
          "Europresse ordered yesterday, not visible yet: within the 72-hour activation window."))

_u = U("0383102")
add("sa02", client="outlook", date="2024-11-29 10:26",
    frm=("Christophe Berthier", "christophe.berthier@ac-grenoble.fr"),
    subj="Abonnement toujours inactif après 9 jours",
    body=f"""Bonjour,

Notre commande d'abonnement à l'Encyclopédie Universalis a été validée le
20 novembre. Neuf jours plus tard, la ressource est toujours indiquée « en
attente d'activation » dans e-sidoc.

Collège Les Mattons, Vienne – {_u}

Merci de regarder ce qui bloque.
Christophe Berthier
""",
    lab=L("subscription_activation", False, _u, "auvergne-rhone-alpes", "esidoc", False, "fr",
          "Ordered nine days ago and still not active: past the 72-hour rule, so a person must look at the order."))

_u = U("0771430")
add("sa03", client="gmail", date="2025-01-15 09:40",
    frm=("Farida Mansouri", "farida.mansouri@ac-creteil.fr"),
    subj="Ressource Le Robert non disponible",
    body=f"""Bonjour,

Nous avons passé commande avant-hier du dictionnaire Le Robert en ligne pour
le collège (UAI {_u}). Il n'est pas encore accessible aux élèves depuis le
portail. Dans combien de temps sera-t-il disponible ?

Merci,
Farida Mansouri
""",
    lab=L("subscription_activation", True, _u, "ile-de-france", "esidoc", False, "fr",
          "Online resource ordered two days ago, not available yet: within the 72-hour window."))

_u = U("0120611")
add("sa04", client="zimbra", date="2024-10-08 13:22",
    frm=("Julien Costes", "julien.costes@ac-toulouse.fr"),
    subj="Publier Universalis sur le portail",
    body=f"""Bonjour,

Notre abonnement Universalis est actif (je le vois dans « Mes abonnements »),
mais je ne sais pas comment le publier sur la page d'accueil du portail pour que
les élèves y accèdent. Pouvez-vous m'indiquer la marche à suivre ?

Lycée Ferdinand Foch, Rodez – {_u}
Julien Costes
""",
    lab=L("subscription_activation", True, _u, "occitanie", "esidoc", False, "fr",
          "Active Universalis subscription to publish on the portal: the resource-publication answer."))

_u = U("0561210")
add("sa05", client="outlook", date="2025-02-20 17:03",
    frm=("Principal - Collège Jules Simon", f"ce.{_u}@ac-rennes.fr"),
    subj="Date de mise à disposition de l'abonnement",
    body="""Bonjour,

En tant que principal, j'ai signé hier le bon de commande de l'abonnement
Cafeyn pour le CDI. Pouvez-vous me dire quand la ressource sera disponible pour
les élèves ? Je souhaite l'annoncer au conseil pédagogique de jeudi.

Cordialement,
Yves Le Cam
Principal du collège Jules Simon, Vannes
""",
    lab=L("subscription_activation", True, _u, "bretagne", "esidoc", True, "fr",
          "Written by the principal, but he only asks when the subscription ordered yesterday will be available: not a head-of-establishment request."))

_u = U("0681522")
add("sa06", client="thunderbird", date="2024-12-10 11:36",
    frm=("Sébastien Fischer", "sebastien.fischer@ac-strasbourg.fr"),
    subj="Cafeyn n'apparaît pas",
    body=f"""Bonjour,

Je n'ai pas de problème de mot de passe : je me connecte très bien à la gestion
du portail. C'est la ressource Cafeyn, commandée lundi (avant-hier), qui
n'apparaît nulle part dans la liste des ressources.

Lycée Bartholdi, Colmar – {_u}

Sébastien Fischer
""",
    lab=L("subscription_activation", True, _u, "grand-est", "esidoc", True, "fr",
          "Negation: login works, no password problem; the Cafeyn resource ordered two days ago is missing: subscription_activation."))

_u = U("0500876")
add("sa07", client="outlook", date="2025-01-03 09:58",
    frm=("Anne-Sophie Hamel", "anne-sophie.hamel@ac-normandie.fr"),
    subj="Renouvellement : date d'expiration non mise à jour",
    body=f"""Bonjour,

Nous avons renouvelé ce matin l'abonnement e-sidoc (commande validée), mais la
page « Mes abonnements » affiche toujours une fin d'abonnement au 31/12/2024.
Est-ce que la mise à jour se fait automatiquement ?

Collège Le Ferronay, Cherbourg – {_u}
Anne-Sophie Hamel
""",
    lab=L("subscription_activation", True, _u, "normandie", "esidoc", False, "fr",
          "Renewal validated this morning still shows last year's end date: within the 72-hour window; 'automatiquement' is only a question."))

_u = U("0580412")
add("sa08", client="outlook_html", date="2024-10-16 08:44",
    frm=("Hugo Lapierre", "hugo.lapierre@ac-dijon.fr"),
    subj="Service de prêt numérique pas activé",
    body=f"""Bonjour,

Nous avons commandé lundi le service de prêt de livres numériques pour le CDI.
Deux jours plus tard, l'onglet « Prêt numérique » n'est toujours pas visible sur
le portail. Pouvez-vous vérifier l'activation ?

Bien cordialement,

Hugo Lapierre
Professeur documentaliste – Lycée Raoul Follereau, Nevers
UAI {_u}
""",
    lab=L("subscription_activation", True, _u, "bourgogne-franche-comte", "esidoc", False, "fr",
          "HTML-only Outlook: the digital-lending service ordered two days ago is not visible yet: within 72 hours."))

_u = U("0840233")
add("sa09", client="gmail", date="2025-03-19 12:30",
    frm=("Coralie Vidal", "coralie.vidal@ac-aix-marseille.fr"),
    subj="Activation abonnement",
    body=f"""Bonjour,

On m'avait dit que l'activation était automatique après la commande. J'ai
validé hier l'abonnement BNF Gallica+ pour le lycée Frédéric Mistral d'Avignon
({_u}) et rien n'apparaît encore dans nos ressources. Merci de m'indiquer le
délai.

Coralie Vidal
""",
    lab=L("subscription_activation", True, _u, "provence-alpes-cote-d-azur", "esidoc", False, "fr",
          "Subscription validated yesterday, not visible yet: within the 72-hour window; 'automatique' is the sender's word, not an automated mail."))

# ==========================================================================
# transfer_incident (9)
# ==========================================================================
_u = U("0332870")
add("ti01", client="outlook", date="2024-09-30 16:10",
    frm=("Loïc Dupuy", "loic.dupuy@ac-bordeaux.fr"),
    subj="Transferts EcoleDirecte en échec",
    body=f"""Bonjour,

Depuis vendredi, les transferts vers EcoleDirecte échouent chaque nuit avec le
message « Erreur lors de l'envoi des données (code 12) ». Les emplois du temps et
les notes ne sont plus à jour côté familles.

Collège François Mauriac, Bordeaux – {_u}

Loïc Dupuy, secrétaire de direction
""",
    lab=L("transfer_incident", False, _u, "nouvelle-aquitaine", "ecoledirecte", False, "fr",
          "Nightly EcoleDirecte transfers fail with an error code since Friday."))

_u = U("0597130")
add("ti02", client="outlook", date="2024-10-22 10:50",
    frm=("Rachid Amrani", "rachid.amrani@ac-lille.fr"),
    subj="Licence à régénérer après changement de serveur",
    body=f"""Bonjour,

Nous avons remplacé le serveur de l'établissement pendant les vacances. Au
lancement, le logiciel de vie scolaire indique que la licence n'est pas valide
pour cette machine, et les transferts vers EcoleDirecte ne partent plus.

Pouvez-vous régénérer la licence ?

Lycée Pierre Forest, Maubeuge – {_u}
Rachid Amrani, référent numérique
""",
    lab=L("transfer_incident", False, _u, "hauts-de-france", "ecoledirecte", False, "fr",
          "Licence to regenerate after a server replacement; transfers stopped."))

_u = U("0110234")
add("ti03", client="zimbra", date="2024-11-12 08:12",
    frm=("Secrétariat - Collège Jules Verne", f"ce.{_u}@ac-montpellier.fr"),
    subj="Code de maintenance",
    body="""Bonjour,

Pour lancer la réparation de la base Charlemagne demandée par votre collègue
au téléphone, j'ai besoin du code de maintenance du jour. Pouvez-vous me le
communiquer ?

Le secrétariat
Collège Jules Verne, Carcassonne
""",
    lab=L("transfer_incident", False, _u, "occitanie", "ecoledirecte", True, "fr",
          "Asks for the day's maintenance code to repair the school-management base: transfer_incident per the taxonomy, not password_reset; UAI from the ce.<UAI> sender."))

add("ti04", client="outlook", date="2025-01-20 13:25",
    frm=("Daniel Whitaker", "d.whitaker@lycee-francais-exemple.org"),
    subj="Sync with EcoleDirecte stopped",
    body="""Hello,

Our school management database stopped synchronising with EcoleDirecte on
Thursday. The transfer log shows "connection refused" for every attempt. Nothing
changed on our side apart from Windows updates.

Could someone take a look? We are an overseas school in the French network.

Thanks,
Daniel Whitaker
IT manager
""",
    lab=L("transfer_incident", False, None, None, "ecoledirecte", False, "en",
          "English; synchronisation with EcoleDirecte fails with 'connection refused'; no UAI and no académie domain."))

_u = U("0772013")
add("ti05", client="outlook_html", date="2025-02-04 10:05",
    frm=("Corinne Lagarde", "corinne.lagarde@ac-creteil.fr"),
    subj="Absences non transférées",
    body=f"""Bonjour,

Les absences saisies par les enseignants ne remontent plus sur EcoleDirecte
depuis lundi, alors que les notes passent. Le transfert est indiqué « partiel »
dans l'historique.

Bien cordialement,

Corinne Lagarde
CPE – Collège Les Tilleuls, Melun
UAI {_u}
""",
    lab=L("transfer_incident", False, _u, "ile-de-france", "ecoledirecte", False, "fr",
          "HTML-only Outlook: absences no longer transferred to EcoleDirecte (partial transfer)."))

_u = U("0530712")
add("ti06", client="thunderbird", date="2024-12-03 17:20",
    frm=("Pascal Guérin", "pascal.guerin@ac-nantes.fr"),
    subj="Erreur base verrouillée lors du transfert",
    body=f"""Bonjour,

Depuis la mise à jour d'hier, chaque transfert vers EcoleDirecte s'arrête avec
« Base verrouillée par un autre utilisateur », même quand plus personne n'est
connecté. J'ai redémarré le serveur, sans effet.

Lycée Ambroise Paré, Laval – {_u}
Pascal Guérin
""",
    lab=L("transfer_incident", False, _u, "pays-de-la-loire", "ecoledirecte", False, "fr",
          "Transfers to EcoleDirecte stop on a 'base verrouillée' error since an update."))

_u = U("0620988")
add("ti07", client="outlook", date="2025-01-27 11:14",
    frm=("Nadège Caron", "nadege.caron@ac-lille.fr"),
    subj="Transferts bloqués - ce n'est pas un problème de mot de passe",
    body=f"""Bonjour,

Je précise tout de suite : le mot de passe administrateur fonctionne, je me
connecte sans souci. Le problème, c'est que les transferts vers EcoleDirecte
restent bloqués « en attente » depuis mercredi et que les parents ne voient plus
les devoirs.

Collège Paul Langevin, Avion – {_u}

Nadège Caron
""",
    lab=L("transfer_incident", False, _u, "hauts-de-france", "ecoledirecte", True, "fr",
          "Contrast: the password works; the EcoleDirecte transfers are stuck. The UAI starts with 062 (Pas-de-Calais), not the Corsican 620."))

_u = U("0271133")
add("ti08", client="gmail", date="2024-11-25 09:08",
    frm=("Secrétariat Lycée Aristide Briand", "secretariat.lyceebriand.evreux@gmail.com"),
    subj="Fwd: notes invisibles pour les familles",
    body=f"""Bonjour,

Je vous fais suivre le message d'un professeur. Pouvez-vous nous aider ? Le
dernier transfert réussi date de mardi dernier.

Lycée Aristide Briand, Évreux – UAI {_u}

""" + gmail_fwd_fr("Patrick Morin <patrick.morin@ac-normandie.fr>", "lun. 25 nov. 2024 à 08:31",
                   "notes invisibles pour les familles",
                   "Secrétariat <secretariat.lyceebriand.evreux@gmail.com>",
                   """Bonjour,

Plusieurs parents m'écrivent qu'ils ne voient pas les notes du dernier contrôle
sur EcoleDirecte alors que je les ai saisies jeudi. Pouvez-vous voir avec le
prestataire ?

P. Morin"""),
    lab=L("transfer_incident", False, _u, "normandie", "ecoledirecte", False, "fr",
          "Gmail forward of a teacher's complaint: grades no longer reach EcoleDirecte, last successful transfer a week ago."))

_u = U("9720418")
add("ti09", client="thunderbird", date="2025-03-17 09:42", tz=-4,
    frm=("Mickaël Roche", "mickael.roche@ac-martinique.fr"),
    subj="Transfert du cahier de textes bloqué - journal joint",
    att=[("journal_transfert.txt", "text", "plain",
          ("2025-03-17 02:00:04 Début du transfert\n2025-03-17 02:00:09 Cahier de textes : 412 séances\n"
           "2025-03-17 02:00:31 ERREUR délai dépassé (timeout 30 s)\n2025-03-17 02:00:31 Transfert interrompu\n").encode())],
    body=f"""Bonjour,

Le transfert du cahier de textes vers EcoleDirecte s'interrompt chaque nuit
depuis vendredi (délai dépassé). Vous trouverez le journal en pièce jointe.

Collège Cassien Sainte-Claire, Le Lamentin – {_u}
Mickaël Roche
""",
    lab=L("transfer_incident", False, _u, "martinique", "ecoledirecte", False, "fr",
          "Nightly homework-book transfer to EcoleDirecte times out; transfer log attached."))

# ==========================================================================
# contract_documents (7)
# ==========================================================================
add("cd01", client="outlook", date="2024-09-11 14:22",
    frm=("Laurence Petit", "l.petit@mairie-exemple-chateaubriant.fr"),
    subj="Documents du marché fournitures introuvables",
    body="""Bonjour,

Dans « Mes Marchés », je ne trouve plus les pièces du marché 2024-031
(fournitures de bureau) : ni le CCAP ni le bordereau des prix. Ils étaient
visibles en juin. Ont-ils été déplacés ?

Cordialement,
Laurence Petit
Mairie de Châteaubriant
""",
    lab=L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
          "Market documents (CCAP, price schedule) no longer visible in 'Mes Marchés'."))

_u = U("0100543")
add("cd02", client="zimbra", date="2025-01-13 10:48",
    frm=("Gestion - Lycée Chrestien de Troyes", "gestion.lycee-chrestien@ac-reims.fr"),
    subj="Convention d'adhésion 2025 non visible",
    body=f"""Bonjour,

Nous avons renouvelé notre adhésion à la centrale d'achat en décembre, mais la
convention d'adhésion 2025 n'apparaît pas dans l'onglet « Mes documents » de
l'Espace Acheteur ; seule celle de 2024 est listée.

Lycée Chrestien de Troyes – UAI {_u}
Le service gestion
""",
    lab=L("contract_documents", False, _u, "grand-est", "espace_acheteur", False, "fr",
          "The 2025 membership convention is not visible among the Espace Acheteur documents."))

add("cd03", client="outlook", date="2025-02-26 09:34",
    frm=("Robert Hughes", "r.hughes@ch-exemple-annecy.fr"),
    subj="Signed amendment no. 3 - where to download?",
    body="""Good morning,

I was told amendment no. 3 to the catering equipment contract has been signed by
both parties, but I cannot find it in the contract documents section of the
buyer space. Only amendments 1 and 2 are listed.

Where can I download it?

Kind regards,
Robert Hughes
Procurement
""",
    lab=L("contract_documents", False, None, None, "espace_acheteur", False, "en",
          "English; a signed amendment is missing from the contract documents in the buyer space."))

_u = U("0791850")
_mid, _tag = ticket(6455)
add("cd04", client="gmail", date="2025-01-22 14:07",
    frm=("Karine Bonnet", "karine.bonnet@ac-poitiers.fr"),
    subj=f"Re: {_tag} Devis mobilier CDI", irt=_mid,
    body=f"""Bonjour,

Merci pour le devis, il est validé de notre côté. Autre chose : pour établir le
bon d'engagement, notre agent comptable veut joindre l'acte d'engagement du
marché « mobilier », que je ne trouve pas dans les documents du marché sur
l'Espace Acheteur. Où puis-je le récupérer ?

Karine Bonnet
Collège Jean Zay, Niort – {_u}

""" + gmail_fr("lun. 20 janv. 2025 à 15:11", f"Assistance <{DESK}>",
               """Bonjour,

Veuillez trouver ci-joint le devis n° D-2025-0087 pour le mobilier du CDI.

Le service commercial"""),
    lab=L("contract_documents", False, _u, "nouvelle-aquitaine", "espace_acheteur", True, "fr",
          "Reply on a quote ticket, but the new message clearly asks for a market document (acte d'engagement) it cannot find: contract_documents."))

_u = U("0011480")
add("cd05", client="outlook", date="2024-10-31 11:05",
    frm=("Delphine Carrel", "delphine.carrel@ac-lyon.fr"),
    subj="Acte d'engagement vide",
    body=f"""Bonjour,

Quand j'ouvre l'acte d'engagement du marché « produits d'entretien » depuis
l'Espace Acheteur, le PDF s'affiche entièrement blanc (0 page). Les autres pièces
du marché s'ouvrent normalement.

Lycée Lalande, Bourg-en-Bresse – {_u}
Delphine Carrel
""",
    lab=L("contract_documents", False, _u, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
          "A market's acte d'engagement opens as an empty PDF."))

add("cd06", client="outlook_html", date="2024-12-20 14:30",
    frm=("Pharmacie - Achats", "achats.pharmacie@ch-exemple-dax.fr"),
    subj="Pièces du marché consommables médicaux",
    body="""Bonjour,

Nous n'avons plus accès aux pièces du marché « consommables médicaux »
(CCTP et annexes techniques) depuis la mise à jour de l'Espace Acheteur. La
page du marché indique « aucun document ». Nous en avons besoin pour un
contrôle de conformité.

Cordialement,

Service achats – Pharmacie
Centre hospitalier
""",
    lab=L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
          "HTML-only Outlook: a hospital can no longer see a market's technical documents."))

_u = U("0342980")
add("cd07", client="thunderbird", date="2025-02-11 16:18",
    frm=("Florent Astruc", "florent.astruc@ac-montpellier.fr"),
    subj="Onglet Documents vide",
    body=f"""Bonjour,

Je me connecte sans problème à l'Espace Acheteur (identifiant et mot de passe
OK), mais pour le marché « papier et reprographie » l'onglet Documents est vide :
pas de convention, pas de bordereau. Mes collègues d'autres lycées les voient.

Lycée Jean Monnet, Montpellier – {_u}
Florent Astruc, gestionnaire
""",
    lab=L("contract_documents", False, _u, "occitanie", "espace_acheteur", False, "fr",
          "Login and password work (mentioned only in passing); the market's documents tab is empty: contract_documents."))

# ==========================================================================
# Building the .eml files
# ==========================================================================
BOUNDARY = {"outlook": "_000_{x}_", "outlook_html": "_000_{x}_", "gmail": "000000000000{x}",
            "apple": "Apple-Mail-{x}", "applemac": "Apple-Mail={x}", "thunderbird": "------------{x}",
            "zimbra": "=_{x}", "android": "--_com.android.email_{x}", "roundcube": "=_{x}", "plain": "=_{x}"}
DEFAULT_CTE = {"outlook": "quoted-printable", "outlook_html": "quoted-printable", "gmail": "quoted-printable",
               "apple": "quoted-printable", "applemac": "quoted-printable", "thunderbird": "8bit",
               "zimbra": "quoted-printable", "android": "base64", "roundcube": "quoted-printable",
               "plain": "8bit"}


def _charset_for(text: str, client: str) -> str:
    if client.startswith("outlook") and not text.isascii():
        try:
            text.encode("windows-1252")
            return "windows-1252"
        except UnicodeEncodeError:
            return "utf-8"
    return "utf-8"


def build(m: dict) -> bytes:
    key, client = m["key"], m["client"]
    name, addr = m["frm"]
    dom = addr.split("@")[1].lower()
    lang = m["lab"]["lang"]
    dt = parse_date(m["date"], m["tz"])
    recv = dt + timedelta(seconds=4 + hint(key + "d", 50))
    relay = relay_for(addr, client, key)

    msg = EmailMessage(policy=POLICY)
    msg["Return-Path"] = m.get("ret", f"<{addr}>")
    msg["Delivered-To"] = m.get("delivered", DESK)
    msg["Received"] = (f"from {relay} ({relay} [{ip(key)}]) by {MX} (Postfix) with ESMTPS id "
                       f"{h(key + 'q', 14).upper()} for <{DESK}>; {format_datetime(recv)}")
    msg["Authentication-Results"] = auth_header(m.get("auth_dom", dom), m.get("auth", "pass"))
    if m.get("ret", "") != "<>" and client != "plain":
        msg["Received"] = (f"from [192.168.{hint(key + 'l', 20)}.{10 + hint(key + 'm', 200)}] "
                           f"(unknown [{ip(key + 'c')}]) by {relay} with ESMTPSA id {h(key + 's', 10).upper()} "
                           f"for <{DESK}>; {format_datetime(dt + timedelta(seconds=1))}")
    msg["From"] = Address(display_name=name, addr_spec=addr) if name else Address(addr_spec=addr)
    msg["To"] = m.get("to", f"Assistance <{DESK}>")
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid(key, client, dom)
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m["irt"]
    late: list[tuple[str, str]] = []  # set_content() drops Content-* headers: add those after the body
    if m.get("build") is None:
        for k, v in client_headers(client, key, m["subj"], lang):
            if k.lower().startswith("content-"):
                late.append((k, v))
            else:
                msg[k] = v
    for k, v in m.get("hdr", []):
        msg[k] = v

    if m.get("build") is not None:
        m["build"](msg)
    else:
        fmt = m.get("fmt") or DEFAULT_FMT[client]
        body = m["body"]
        cte = m.get("cte") or DEFAULT_CTE[client]
        style = HTML_STYLE[client]
        if fmt == "html":
            html = m.get("html")
            if html is None:
                cs = _charset_for(body, client)
                html = to_html(body, style, cs)
            else:
                cs = _charset_for(html, client)
            msg.set_content(html, subtype="html", charset=cs, cte="quoted-printable")
        else:
            cs = _charset_for(body, client)
            params = {"format": "flowed"} if client == "thunderbird" else {}
            msg.set_content(body, charset=cs, cte=cte if not body.isascii() or cte == "base64" else "7bit",
                            params=params)
            if fmt == "alt":
                html = m.get("html") or to_html(body, style, cs)
                msg.add_alternative(html, subtype="html", charset=cs,
                                    cte="base64" if cte == "base64" else "quoted-printable")
        for fname, maintype, subtype, data in m.get("att", []):
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
        if client.startswith("outlook") and m.get("att"):
            msg.replace_header("X-MS-Has-Attach", "yes")

    for k, v in late:
        msg[k] = v
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            for child in part.get_payload():
                del child["MIME-Version"]
            part.set_boundary(BOUNDARY[client].format(x=h(f"{key}/{n}", 24 if n == 0 else 20)))
            n += 1
    return msg.as_bytes(policy=POLICY)


# --------------------------------------------------------------------------
# Label checks (the spec's routing table, used only to catch slips)
# --------------------------------------------------------------------------
REGION_OF_DEPT = {}
for _slug, _depts in {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90", "bretagne": "22 29 35 56",
    "centre-val-de-loire": "18 28 36 37 41 45", "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80", "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76", "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82", "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
}.items():
    for _d in _depts.split():
        REGION_OF_DEPT["0" + _d] = _slug
REGION_OF_DEPT.update({"620": "corse", "720": "corse", "971": "guadeloupe", "972": "martinique",
                       "973": "guyane", "974": "la-reunion", "976": "mayotte"})
REGION_OF_DOMAIN = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse", "ac-nancy-metz.fr": "grand-est",
    "ac-reims.fr": "grand-est", "ac-strasbourg.fr": "grand-est", "ac-amiens.fr": "hauts-de-france",
    "ac-lille.fr": "hauts-de-france", "ac-creteil.fr": "ile-de-france", "ac-paris.fr": "ile-de-france",
    "ac-versailles.fr": "ile-de-france", "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie",
    "ac-rouen.fr": "normandie", "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie", "ac-toulouse.fr": "occitanie",
    "ac-nantes.fr": "pays-de-la-loire", "ac-aix-marseille.fr": "provence-alpes-cote-d-azur",
    "ac-nice.fr": "provence-alpes-cote-d-azur", "ac-guadeloupe.fr": "guadeloupe",
    "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane", "ac-reunion.fr": "la-reunion",
    "ac-mayotte.fr": "mayotte"}
CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "head_of_establishment_request",
              "account_creation", "subscription_activation", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents", "transfer_incident",
              "automated", "other"}


def check(m: dict) -> None:
    lab = m["lab"]
    assert lab["category"] in CATEGORIES, m["key"]
    assert lab["platform"] in PLATFORMS, m["key"]
    assert lab["lang"] in ("fr", "en"), m["key"]
    assert not (lab["category"] in NEVER_AUTO and lab["auto_reply_ok"]), m["key"]
    uai = lab["uai"]
    if uai is not None:
        assert uai == U(uai[:7]), (m["key"], uai)
        expected = REGION_OF_DEPT[uai[:3]]
    else:
        expected = REGION_OF_DOMAIN.get(m["frm"][1].split("@")[1].lower())
    assert lab["region"] == expected, (m["key"], lab["region"], expected)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    keys = [m["key"] for m in MAILS]
    assert len(keys) == len(set(keys)) == 150, len(keys)
    order = list(MAILS)
    random.Random(20250404).shuffle(order)
    lines = []
    for i, m in enumerate(order, 1):
        check(m)
        fname = f"h{i:03d}.eml"
        (out / fname).write_bytes(build(m))
        lab = m["lab"]
        lines.append(json.dumps({"file": fname, "category": lab["category"], "auto_reply_ok": lab["auto_reply_ok"],
                                 "uai": lab["uai"], "region": lab["region"], "platform": lab["platform"],
                                 "hard": lab["hard"], "lang": lab["lang"], "notes": lab["notes"]},
                                ensure_ascii=False))
    (out / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

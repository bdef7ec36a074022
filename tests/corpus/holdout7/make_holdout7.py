#!/usr/bin/env python3
"""Build the holdout7 blind test set: 150 hand-written support mails and labels.jsonl.

Run from anywhere: ``python3 make_holdout7.py``.  Standard library only, fully
deterministic (fixed boundaries, ids and order), so the output can be rebuilt and
diffed.  The texts below were written for this set; none is copied from the dev
corpus.  Each mail carries its label (category, auto_reply_ok, uai, region,
platform, hard, lang, notes) next to its text.
"""
from __future__ import annotations

import base64
import email
import email.policy
import gzip
import hashlib
import json
import quopri
import random
import re
from email.header import Header
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SUPPORT = "support@assistance.example.fr"
DESK = ("Assistance", SUPPORT)
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
MAILS: list[dict] = []


# --------------------------------------------------------------------------- helpers

def hx(key: str, size: int = 12) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:size]


def num(key: str, lo: int, hi: int) -> int:
    return lo + int(hx(key, 8), 16) % (hi - lo + 1)


def uai_ok(code: str) -> bool:
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and UAI_LETTERS[int(code[:7]) % 23] == code[7]


def hdr(value: str) -> str:
    """Encode a header value as RFC 2047 words when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


def addr(who) -> str:
    if isinstance(who, str):
        return who
    name, mail = who
    if not name:
        return mail
    return formataddr((name, mail), charset="utf-8")


def addrs(whos) -> str:
    if whos is None:
        return ""
    if isinstance(whos, (str, tuple)):
        whos = [whos]
    return ", ".join(addr(w) for w in whos)


class Part:
    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body if body.endswith(b"\n") else body + b"\n"

    def render(self) -> bytes:
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def text(body: str, sub: str = "plain", cs: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False, extra: tuple = ()) -> Part:
    data = body.encode(cs)
    if cte in ("7bit", "8bit"):
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "8bit"
    ctype = f"Content-Type: text/{sub}; charset=\"{cs}\"" + ("; format=flowed" if flowed else "")
    return Part([ctype, f"Content-Transfer-Encoding: {cte}", *extra], encode_body(data, cte))


def multi(sub: str, parts: list[Part], boundary: str, params: str = "",
          preamble: str = "") -> Part:
    chunks = [preamble.encode() + b"\n"] if preamble else []
    for p in parts:
        chunks.append(b"--" + boundary.encode() + b"\n" + p.render())
    chunks.append(b"--" + boundary.encode() + b"--\n")
    return Part([f"Content-Type: multipart/{sub};{params}\n boundary=\"{boundary}\""],
                b"".join(chunks))


def raw(ctype: str, body: str, extra: tuple = ()) -> Part:
    return Part([f"Content-Type: {ctype}", *extra], body.encode("utf-8"))


def attachment(filename: str, ctype: str, data: bytes, inline: bool = False) -> Part:
    disp = "inline" if inline else "attachment"
    return Part([f"Content-Type: {ctype}; name=\"{filename}\"",
                 "Content-Transfer-Encoding: base64",
                 f"Content-Disposition: {disp}; filename=\"{filename}\""],
                base64.encodebytes(data))


def pdf(title: str) -> bytes:
    """A tiny but well-formed one-page PDF carrying `title` (ASCII)."""
    stream = f"BT /F1 12 Tf 50 780 Td ({title}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png() -> bytes:
    """A 1x1 grey PNG, standing in for a screenshot."""
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==")


def html_of(body: str, style: str = "outlook", cs: str = "utf-8") -> str:
    """Turn a plain text into the HTML a mail client would have produced."""
    import html as _html
    out = []
    quote_open = False
    for para in body.split("\n\n"):
        lines = para.split("\n")
        is_quote = all(line.startswith(">") for line in lines if line.strip())
        if is_quote:
            lines = [line[1:].lstrip() if line.startswith(">") else line for line in lines]
        esc = "<br>\n".join(_html.escape(line, quote=False) for line in lines)
        if is_quote and not quote_open:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            quote_open = True
        elif not is_quote and quote_open:
            out.append("</blockquote>")
            quote_open = False
        if style == "outlook":
            out.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif style == "gmail":
            out.append(f"<div>{esc}</div><div><br></div>")
        else:
            out.append(f"<p>{esc}</p>")
    if quote_open:
        out.append("</blockquote>")
    inner = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                f'<head><meta http-equiv="Content-Type" content="text/html; charset={cs}">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
                '--></style></head>\n<body lang="FR" link="#0563C1" vlink="#954F72">'
                f'<div class="WordSection1">\n{inner}\n</div></body></html>\n')
    if style == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    return f"<html><body>\n{inner}\n</body></html>\n"


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[1].lower()


def mta(domain: str, key: str) -> tuple[str, str]:
    k = num(key + "mta", 1, 9)
    ip = f"{['192.0.2', '198.51.100', '203.0.113'][k % 3]}.{num(key + 'ip', 10, 250)}"
    if domain in ("gmail.com", "googlemail.com"):
        return f"mail-wr1-f{40 + k}.google.com", ip
    if domain in ("outlook.fr", "hotmail.fr", "hotmail.com", "outlook.com", "live.fr"):
        return f"EUR0{k}-VI1-obe.outbound.protection.outlook.com", ip
    if domain in ("orange.fr", "wanadoo.fr"):
        return f"smtp-{k}.smtpout.orange.fr", ip
    if domain.startswith("ac-"):
        return f"smtp{k}.{domain}", ip
    return f"mail.{domain}", ip


AUTH = {
    "pass": ("pass", "pass", "pass"),
    "none": ("none", "pass", "none"),
    "fail": ("fail", "fail", "fail"),
    "softfail": ("none", "softfail", "fail"),
}


def build(key: str, *, frm, subject: str, date: str, part: Part, to=DESK, cc=None,
          reply_to=None, msgid: str | None = None, irt: str | None = None,
          refs: str | None = None, ua: str | None = None, extra: tuple = (),
          auth: str = "pass", return_path: str | None = None, raw_subject: bool = False,
          raw_from: str | None = None) -> bytes:
    sender = frm if isinstance(frm, str) else frm[1]
    dom = domain_of(sender)
    host, ip = mta(dom, key)
    dk, spf, dm = AUTH[auth]
    rp = sender if return_path is None else return_path
    qid = hx(key + "q", 14).upper()
    lines = [f"Return-Path: <{rp}>",
             f"Delivered-To: {SUPPORT}",
             f"Received: from {host} ({host} [{ip}])",
             f"\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {qid}",
             f"\tfor <{SUPPORT}>; {date}",
             "Authentication-Results: mx1.assistance.example.fr;",
             f"\tdkim={dk}" + (f" (2048-bit key) header.d={dom};" if dk != "none" else ";"),
             f"\tspf={spf} smtp.mailfrom={dom if rp else host};",
             f"\tdmarc={dm}" + (f" (p=none dis=none) header.from={dom}" if dm != "none" else "")]
    lines.append("From: " + (raw_from if raw_from else addr(frm)))
    if to:
        lines.append("To: " + addrs(to))
    if cc:
        lines.append("Cc: " + addrs(cc))
    if reply_to:
        lines.append("Reply-To: " + addrs(reply_to))
    lines.append("Subject: " + (subject if raw_subject else hdr(subject)))
    lines.append(f"Date: {date}")
    lines.append(f"Message-ID: {msgid or '<' + hx(key + 'mid', 24) + '@' + dom + '>'}")
    if irt:
        lines.append(f"In-Reply-To: {irt}")
        lines.append(f"References: {refs or irt}")
    elif refs:
        lines.append(f"References: {refs}")
    lines.append("MIME-Version: 1.0")
    if ua:
        lines.append(ua if re.match(r"^[A-Za-z-]+: ", ua) else f"User-Agent: {ua}")
    lines.extend(extra)
    head = ("\n".join(lines) + "\n").encode("utf-8")
    return head + part.render()


def desk_id(ticket: int, stamp: int) -> str:
    return f"<SUP-{ticket:06d}.{stamp}.{hx(str(ticket), 6)}@assistance.example.fr>"


def M(key: str, cat: str, ok: bool, uai, region, platform, hard: bool, lang: str,
      notes: str, *, body: str | None = None, html: str | None = None, kind: str = "plain",
      cs: str = "utf-8", cte: str = "quoted-printable", flowed: bool = False,
      hstyle: str = "outlook", attach: tuple = (), part: Part | None = None, **kw) -> None:
    """Register one mail.  kind: plain | alt | html (HTML only); `part` overrides."""
    b = hx(key + "b", 16)
    if part is None:
        if kind == "plain":
            part = text(body, cs=cs, cte=cte, flowed=flowed)
        elif kind == "alt":
            part = multi("alternative", [text(body, cs=cs, cte=cte),
                                         text(html or html_of(body, hstyle, cs), "html", cs=cs, cte=cte)],
                         f"----=_Part_{b}_alt")
        elif kind == "html":
            part = text(html or html_of(body, hstyle, cs), "html", cs=cs, cte=cte)
        else:
            raise ValueError(kind)
        if attach:
            part = multi("mixed", [part, *attach], f"----=_Part_{b}_mix")
    raw_bytes = build(key, part=part, **kw)
    MAILS.append({"key": key, "raw": raw_bytes,
                  "label": {"category": cat, "auto_reply_ok": ok, "uai": uai, "region": region,
                            "platform": platform, "hard": hard, "lang": lang, "notes": notes}})


# Quoted-history helpers, one per client style --------------------------------------

def q(text_: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text_.strip("\n").split("\n"))


def outlook_fr(frm: str, sent: str, to: str, subject: str, body: str) -> str:
    return (f"\n\n________________________________\nDe : {frm}\nEnvoyé : {sent}\nÀ : {to}\n"
            f"Objet : {subject}\n\n{body.strip()}\n")


def outlook_orig_fr(frm: str, sent: str, to: str, subject: str, body: str) -> str:
    return (f"\n\n-----Message d'origine-----\nDe : {frm}\nEnvoyé : {sent}\nÀ : {to}\n"
            f"Objet : {subject}\n\n{body.strip()}\n")


def outlook_en(frm: str, sent: str, to: str, subject: str, body: str) -> str:
    return (f"\n\n________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
            f"Subject: {subject}\n\n{body.strip()}\n")


def gmail_fr(when: str, who: str, body: str) -> str:
    return f"\n\nLe {when}, {who} a écrit :\n\n{q(body)}\n"


def gmail_en(when: str, who: str, body: str) -> str:
    return f"\n\nOn {when}, {who} wrote:\n\n{q(body)}\n"


def apple_fr(when: str, who: str, body: str) -> str:
    return f"\n\n> Le {when}, {who} a écrit :\n> \n{q(body)}\n"


def thunderbird_fr(when: str, who: str, body: str) -> str:
    return f"\n\nLe {when}, {who} a écrit :\n{q(body)}\n"


def zimbra_fr(frm: str, to: str, sent: str, subject: str, body: str) -> str:
    return (f"\n\n----- Mail original -----\nDe: \"{frm}\"\nÀ: \"{to}\"\nEnvoyé: {sent}\n"
            f"Objet: {subject}\n\n{body.strip()}\n")


def gmail_fwd(frm: str, when: str, subject: str, to: str, body: str) -> str:
    return (f"\n\n---------- Forwarded message ---------\nDe : {frm}\nDate: {when}\n"
            f"Subject: {subject}\nTo: {to}\n\n\n{body.strip()}\n")


def apple_fwd(frm: str, subject: str, when: str, to: str, body: str) -> str:
    return (f"\n\nDébut du message réexpédié :\n\n> De: {frm}\n> Objet: {subject}\n> Date: {when}\n"
            f"> À: {to}\n> \n{q(body)}\n")


def thunderbird_fwd(frm: str, subject: str, when: str, to: str, body: str) -> str:
    return (f"\n\n-------- Message transféré --------\nSujet : \t{subject}\nDate : \t{when}\n"
            f"De : \t{frm}\nPour : \t{to}\n\n\n{body.strip()}\n")


# Our desk's own earlier answers, quoted in replies (written for this set).
DESK_JUNK = """Bonjour,

Les messages de la plateforme partent d'une adresse no-reply et sont parfois
classés comme indésirables. Merci de regarder dans le dossier « Courrier
indésirable » ou « Spam », de marquer le message comme légitime et d'ajouter
l'expéditeur à vos contacts. Sans nouvelles de votre part sous 48 heures,
nous reviendrons vers vous.

L'équipe d'assistance"""

DESK_RESET = """Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour votre
établissement (c***@ac-*****.fr). Ce lien n'est valable que 12 heures et ne
peut servir qu'une fois.

L'équipe d'assistance"""

DESK_ACTIVATION = """Bonjour,

Après la validation d'une commande, l'activation d'une ressource peut prendre
jusqu'à 72 heures. Passé ce délai, répondez simplement à ce message.

L'équipe d'assistance"""

DESK_HEAD = """Bonjour,

Pour des raisons de sécurité, la modification demandée ne peut être faite que
sur demande écrite du chef d'établissement, envoyée si possible depuis
l'adresse officielle de l'établissement.

L'équipe d'assistance"""

DESK_GENERIC = """Bonjour,

Votre demande a bien été transmise au service concerné, qui vous répondra dans
les meilleurs délais.

L'équipe d'assistance"""

DESK_EN_RESET = """Hello,

A reset link has been sent to the address on file for your establishment. It is
valid for 12 hours and can be used once.

The support team"""


# =========================================================================== password_reset

M("pr01", "password_reset", True, "0594140E", "hauts-de-france", "esidoc", False, "fr",
  "SMS-style lost e-sidoc password, UAI typed in lower case in the body; the reset mail seems to go to the former librarian, which the reset path covers.",
  frm=("Melanie D", "melanie.dlmt59@hotmail.fr"), auth="none",
  subject="mdp esidoc", date="Fri, 13 Sep 2024 21:47:10 +0200", ua="X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
  cte="8bit", body="""bonjour

jai perdu le mdp du portail esidoc du cdi (college pablo neruda), jai fait
"mot de passe oublié" mais rien narrive chez moi... je pense que ca part sur
ladresse de lancienne doc qui est partie en juin

notre identifiant cest 0594140e

merci davance svp cest un peu urgent les 6e viennent faire des recherches lundi

Mélanie
""")

M("pr02", "password_reset", True, None, "occitanie", "espace_acheteur", False, "fr",
  "Administrative style: the predecessor left without handing over the Espace Acheteur login or password; no UAI, region from ac-montpellier.fr.",
  frm=("Brigitte Calmels", "brigitte.calmels@ac-montpellier.fr"),
  subject="Demande d'identifiant – Espace Acheteur", date="Tue, 17 Sep 2024 09:02:44 +0200",
  ua="Zimbra", body="""Madame, Monsieur,

Je me permets de vous solliciter au sujet de l'accès à l'Espace Acheteur de la
centrale d'achat.

Mon prédécesseur au service d'intendance, parti à la retraite au mois de
juin, ne m'a transmis ni l'identifiant ni le mot de passe du compte de
l'établissement. La fonction « mot de passe oublié » me demande une adresse
électronique que je ne connais pas.

Je vous saurais gré de bien vouloir m'indiquer la marche à suivre afin de
récupérer ces éléments. Vous trouverez ci-dessous mes coordonnées.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Brigitte Calmels
Secrétaire d'intendance
Lycée polyvalent Jean-Jaurès
Tél. 04 67 00 00 00
""")

M("pr03", "password_reset", True, "0593232T", "hauts-de-france", "esidoc", False, "fr",
  "Belgian turns of phrase ('septante', 'merci déjà', 'à tantôt'); expired e-sidoc password and the old one is lost: the reset path applies.",
  frm=("Nathalie Vandenbroucke", "nathalie.vandenbroucke@ac-lille.fr"),
  subject="Mot de passe expiré e-sidoc", date="Mon, 23 Sep 2024 07:58:31 +0200",
  ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0",
  flowed=True, body="""Bonjour,

Voilà, le portail e-sidoc m'annonce que notre mot de passe a expiré et me
demande l'ancien pour en choisir un nouveau. Le souci, c'est que l'ancien, je
ne l'ai plus (il était sur un post-it qui a disparu pendant les travaux du CDI).

Pourriez-vous m'envoyer un lien pour le réinitialiser ? Je dois présenter le
portail aux septante élèves de sixième jeudi.

Merci déjà pour votre aide, et à tantôt peut-être.

Nathalie Vandenbroucke
Professeure documentaliste
Collège Albert Calmette
UAI 0593232T
""")

M("pr04", "password_reset", True, "0382315K", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Québec French ('barré', 'débarrer', 'courriel', 'pas mal'): e-sidoc account locked after failed attempts; code établissement in the signature.",
  frm=("Geneviève Tremblay", "genevieve.tremblay@ac-grenoble.fr"),
  subject="Compte e-sidoc barré", date="Thu, 03 Oct 2024 16:20:05 +0200", ua="Zimbra",
  body="""Allô,

Je suis enseignante documentaliste, arrivée du Québec à la rentrée dans le
cadre d'un échange. J'ai essayé trop de fois de me connecter au portail
e-sidoc pis là, mon compte est barré.

Est-ce que vous pourriez le débarrer ou m'envoyer un courriel pour changer le
mot de passe ? C'est pas mal pressant : les élèves de 4e ont un travail de
recherche à remettre vendredi.

Merci beaucoup et bonne fin de journée !

Geneviève Tremblay
CDI – Collège Les Saules
Code établissement : 0382315K
""")

M("pr05", "password_reset", True, "9746366B", "la-reunion", "esidoc", False, "fr",
  "Réunion French with Creole touches; the e-sidoc password stopped working after the holidays; base64 body from an Android client.",
  frm=("Jocelyn Payet", "jocelyn.payet@ac-reunion.fr"), cte="base64",
  subject="mot de passe e-sidoc i marche pu", date="Mon, 03 Feb 2025 08:11:52 +0400",
  ua="X-Mailer: Samsung Mail", body="""Bonjour,

Depuis la rentrée de février le mot de passe du portail e-sidoc i marche plus,
ça la pa voulu même avec la touche majuscule. J'ai dû le changer avant les
vacances mais je ne sais plus quoi j'ai mis.

Zot i peut m'envoyer un lien pour remettre un nouveau mot de passe ?
L'identifiant c'est 9746366B.

Merci bien,
Jocelyn Payet
Documentaliste, collège de Saint-Benoît

Envoyé depuis mon Galaxy
""")

M("pr06", "password_reset", True, "0788145E", "ile-de-france", "esidoc", False, "en",
  "Non-native English (Spanish speaker) in an international lycée: forgotten e-sidoc back-office password, UAI given as the user name.",
  frm=("Lucía Ferrer", "lucia.ferrer@ac-versailles.fr"), kind="alt", hstyle="gmail",
  subject="Forgot password e-sidoc library", date="Wed, 09 Oct 2024 12:34:18 +0200",
  body="""Hello,

I am the new assistant in the library (CDI) of the international lycée,
section espagnole. I forgot the password of the e-sidoc back-office, I
have wrote it on my old phone and the phone is broken.

The user name is our UAI code 0788145E.

Can you send me please a link for make a new password? Sorry for my English,
I can also read French if it is easier for you.

Thank you so much,
Lucía Ferrer
""")

M("pr07", "password_reset", True, None, None, "esidoc", False, "en",
  "Non-native English from a French school abroad: the reset link was already expired when opened; no UAI and no académie domain.",
  frm=("Paolo Greco", "p.greco.library@gmail.com"), auth="pass",
  subject="link expired", date="Sat, 12 Oct 2024 03:15:40 +0200", ua="Apple Mail (2.3774.600.62)",
  body="""Good morning,

The link you sended me for change the password of our e-sidoc portal is
expired when I opened it. With the time difference (I am in the French
school of Singapore) I open the mail only the next day, and the page says
"lien expiré".

Could you send a new one? I will click immediately this time :)

Regards,
Paolo Greco
Librarian
""")

M("pr08", "password_reset", True, "0449382J", "pays-de-la-loire", "esidoc", False, "fr",
  "Reply on a reset ticket (Thunderbird French quote): the link expired again before she could use it; a new link is all she asks.",
  frm=("Soizic Le Floch", "soizic.le-floch@ac-nantes.fr"),
  subject="Re: [#SUP-005871] Mot de passe e-sidoc - 0449382J", date="Tue, 15 Oct 2024 14:05:27 +0200",
  irt=desk_id(5871, 1728900000), ua="Mozilla Thunderbird", flowed=True,
  body="""Bonjour,

Toutes mes excuses, je n'ai vu votre message que ce matin (journée de
formation hier) et le lien n'est plus valable. Serait-il possible d'en
recevoir un nouveau ? Je m'en occupe dès réception cette fois-ci.

Cordialement,
Soizic Le Floch
""" + thunderbird_fr("14/10/2024 à 10:40", "Assistance", DESK_RESET))

M("pr09", "password_reset", False, "0678202B", "grand-est", "esidoc", True, "fr",
  "Contrast: the reset mail does arrive (not a missing mail, not spam), but its link is refused even when clicked at once, three times: password_reset, yet another automatic link would not help, a person must look.",
  frm=("Thomas Schaeffer", "thomas.schaeffer@ac-strasbourg.fr"),
  subject="Lien de réinitialisation refusé", date="Wed, 23 Oct 2024 10:44:09 +0200",
  ua="Mozilla Thunderbird", body="""Bonjour,

Je précise tout de suite : le mail de réinitialisation arrive bien, et pas
dans les indésirables. Le problème est ailleurs : quand je clique sur le lien,
la page e-sidoc affiche « lien expiré ou déjà utilisé », alors que je clique
dans la minute. J'ai recommencé trois fois, même résultat, sous Firefox et sous Edge.

Pourriez-vous m'en générer un qui fonctionne, ou réinitialiser le mot de passe
de votre côté ? Identifiant : 0678202B (collège du Kochersberg).

Merci d'avance,
Thomas Schaeffer
Professeur documentaliste
""")

M("pr10", "password_reset", True, "0137286Z", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "MailInBlack is named only as last year's solved problem; today's request is a plain forgotten password.",
  frm=("Karima Benali", "karima.benali@ac-aix-marseille.fr"),
  subject="oubli mot de passe portail", date="Thu, 07 Nov 2024 13:26:55 +0100", ua="Zimbra",
  body="""Bonjour,

L'an passé, vos messages étaient bloqués par MailInBlack chez nous, mais notre
informaticien a réglé ça depuis et tout arrive correctement, merci encore pour
votre aide à l'époque.

Cette fois c'est plus bête : j'ai tout simplement oublié mon mot de passe du
back-office e-sidoc. Pouvez-vous me renvoyer de quoi le réinitialiser ?

UAI du collège : 0137286Z

Bonne journée,
Karima Benali
CDI collège Édouard Manet, Marseille 13e
""")

M("pr11", "password_reset", False, "0330923Z", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Two requests: a lost e-sidoc password (first) and a quote for the renewal (order_billing); one template would answer only half.",
  frm=("Hervé Dubourg", "herve.dubourg@ac-bordeaux.fr"),
  subject="2 questions : mot de passe + devis", date="Mon, 18 Nov 2024 11:09:03 +0100",
  ua="Microsoft Outlook 16.0", kind="alt", body="""Bonjour,

Deux choses, si vous le permettez :

1) je ne connais plus le mot de passe du compte administrateur e-sidoc du
lycée ; la personne qui l'avait créé a été mutée ;
2) pourriez-vous m'adresser un devis pour le renouvellement de l'abonnement
2025, notre gestionnaire en a besoin pour préparer le bon d'engagement.

RNE : 0330923Z

Merci par avance,

Hervé Dubourg
Professeur documentaliste – Lycée Gustave Eiffel
""")

M("pr12", "password_reset", False, "0310209J", "occitanie", "esidoc", True, "fr",
  "Lost password, but asks for the new one to be sent to a personal Gmail address that is not on file: no automatic answer.",
  frm=("Fabien Marty", "fabien.marty@ac-toulouse.fr"),
  subject="Mot de passe e-sidoc à m'envoyer sur mon adresse perso", date="Fri, 22 Nov 2024 18:32:47 +0100",
  ua="Zimbra", body="""Bonsoir,

J'ai perdu le mot de passe du portail e-sidoc du collège (identifiant
0310209J). Je n'ai pas accès à la boîte de l'établissement, le secrétariat
est fermé pendant la semaine de stage.

Pourriez-vous m'envoyer directement le nouveau mot de passe sur ma boîte
personnelle, fabien.marty31@gmail.com ? Ce serait beaucoup plus simple pour
moi.

Merci,
F. Marty
""")

M("pr13", "password_reset", True, "0452415F", "centre-val-de-loire", "esidoc", True, "fr",
  "The UAI appears only in the ce.<UAI>@ac-orleans-tours.fr sender; the office (not the head) asks for the reset link on that official address.",
  frm=("Secrétariat de direction", "ce.0452415F@ac-orleans-tours.fr"),
  subject="Portail documentaire : mot de passe perdu", date="Tue, 26 Nov 2024 09:15:30 +0100",
  ua="Zimbra", body="""Bonjour,

Le secrétariat du collège vous écrit pour le compte de notre professeur
documentaliste, qui ne parvient plus à se connecter au portail e-sidoc : le
mot de passe a été perdu lors du changement de poste informatique.

Pouvez-vous envoyer le lien de réinitialisation sur la présente adresse ?
Nous le lui transmettrons aussitôt.

Bien cordialement,

Le secrétariat
Collège Jacques-Prévert
""")

M("pr14", "password_reset", True, None, "bourgogne-franche-comte", "esidoc", False, "fr",
  "Knows neither the identifiant (the UAI) nor the password; no UAI given, region from ac-besancon.fr.",
  frm=("Lucas Girardot", "lucas.girardot@ac-besancon.fr"),
  subject="identifiant ?", date="Wed, 04 Dec 2024 15:48:12 +0100", ua="Microsoft Outlook 16.0",
  body="""Bonjour

Je remplace la documentaliste jusqu'a fevrier. On me demande un identifiant et
un mot de passé pour le portail e-sidoc, mais je n'ai ni l'un ni l'autre et
personne au college ne sait ce que c'est. C'est quoi l'identifiant en fait ?

Merci de m'aider

Lucas Girardot
contractuel, CDI
""")

M("pr15", "password_reset", True, "9731921A", "guyane", "esidoc", False, "fr",
  "Forgotten e-sidoc password from Saint-Laurent-du-Maroni, UAI in the body; Guyane time zone.",
  frm=("Marie-Josée Sabayo", "marie-josee.sabayo@ac-guyane.fr"),
  subject="Oubli du mot de passe", date="Thu, 09 Jan 2025 08:02:19 -0300", ua="Zimbra",
  body="""Bonjour,

Je vous écris de Saint-Laurent-du-Maroni. Je n'arrive plus à me connecter à
notre portail e-sidoc, j'ai oublié le mot de passe pendant les vacances (la
connexion internet ici ne m'a pas aidée à m'en souvenir !).

Numéro UAI de l'établissement : 9731921A.

Pourriez-vous me faire parvenir un lien de réinitialisation ?

Merci et bonne année à toute l'équipe,
Marie-Josée Sabayo
Professeure documentaliste
""")

M("pr16", "password_reset", True, "9831250S", None, "esidoc", True, "fr",
  "Nouvelle-Calédonie: the UAI has a valid check letter but 983 is in no région académique and ac-noumea.nc is not an académie domain of the table, so region is null.",
  frm=("Hélène Wamytan", "helene.wamytan@ac-noumea.nc"),
  subject="Mot de passe oublié - portail e-sidoc (Nouméa)", date="Tue, 14 Jan 2025 07:31:02 +1100",
  ua="Microsoft Outlook 16.0", body="""Bonjour depuis Nouméa,

Avec dix heures de décalage, je me doute que vous lirez ceci demain matin.
J'ai oublié le mot de passe de l'administration de notre portail e-sidoc et
je ne sais plus du tout quelle adresse avait été enregistrée à l'époque.

Notre UAI : 9831250S (collège de Rivière-Salée).

Pourriez-vous m'indiquer comment récupérer l'accès ?

Merci beaucoup,
Hélène Wamytan
""")

M("pr17", "password_reset", True, "0749140H", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Swiss-flavoured French ('je me réjouis', 'natel', 'meilleures salutations'); account blocked after failed logins.",
  frm=("Jean-Daniel Rochat", "jean-daniel.rochat@ac-grenoble.fr"),
  subject="Compte bloqué", date="Mon, 20 Jan 2025 11:12:44 +0100", ua="Apple Mail (2.3731.700.6)",
  body="""Bonjour,

Après plusieurs essais infructueux, le compte administrateur de notre portail
e-sidoc est bloqué. Je pense avoir confondu avec le mot de passe de l'ancien
logiciel.

Pourriez-vous le débloquer ou me faire parvenir un lien pour en définir un
nouveau ? Je suis atteignable sur mon natel au +41 79 000 00 00 si besoin (je
fais la navette depuis Genève).

Je me réjouis de votre retour.

Avec mes meilleures salutations,

Jean-Daniel Rochat
Documentaliste – Collège de Saint-Julien-en-Genevois
UAI 0749140H
""")

M("pr18", "password_reset", True, "0670039D", "grand-est", "esidoc", False, "en",
  "English from a German-speaking teacher: expired e-sidoc password, the old one is unknown; UAI in the body.",
  frm=("Katrin Oberle", "katrin.oberle@ac-strasbourg.fr"),
  subject="Password expired - e-sidoc", date="Wed, 29 Jan 2025 14:27:33 +0100", ua="Microsoft Outlook 16.0",
  body="""Dear support team,

since Monday my password for e-sidoc is expired and the system asks me the
old one, which I have not anymore (my colleague who set it is in
Elternzeit... parental leave).

Could you please reset it? Our UAI is 0670039D, international section
of the lycée.

Best regards
Katrin Oberle
""")

M("pr19", "password_reset", True, None, "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Two-line phone message: Espace Acheteur password lost, asks for a link; region from ac-nantes.fr.",
  frm=("Yannick Guérin", "yannick.guerin@ac-nantes.fr"), cte="8bit", flowed=True,
  subject="Mot de passe", date="Thu, 06 Feb 2025 07:41:09 +0100", ua="iPhone Mail (21G93)",
  body="""Bonjour, mdp de l'espace acheteur perdu, pouvez vous me renvoyer un lien svp. Merci

Envoyé de mon iPhone
""")

M("pr20", "password_reset", True, "0251559J", "bourgogne-franche-comte", "esidoc", True, "fr",
  "Reply whose subject names an old subscription ticket: she thanks for it, then asks something new, a lost back-office password.",
  frm=("Aurélie Mougin", "aurelie.mougin@ac-besancon.fr"), kind="alt", hstyle="gmail",
  subject="Re: [#SUP-004977] Abonnement Europresse non visible", date="Mon, 10 Feb 2025 10:03:51 +0100",
  irt=desk_id(4977, 1738850000), body="""Bonjour,

Merci, l'abonnement est bien apparu entre-temps.

Autre chose par contre : depuis que le collège a changé de poste pour le CDI,
je ne retrouve plus le mot de passe du back-office e-sidoc (il était
enregistré dans le navigateur de l'ancien). Pouvez-vous m'envoyer un lien pour
le réinitialiser ? UAI 0251559J.

Bonne journée,
Aurélie""" + gmail_fr("jeu. 6 févr. 2025 à 15:13", "Assistance <support@assistance.example.fr>",
                      DESK_ACTIVATION))

M("pr21", "password_reset", True, "0759430T", "ile-de-france", "espace_acheteur", False, "fr",
  "HTML-only Outlook, administrative style: the Espace Acheteur password has expired and the old one is unknown.",
  frm=("Sandrine Morel", "sandrine.morel@ac-paris.fr"), kind="html", cs="windows-1252",
  subject="Expiration de mot de passe – Espace Acheteur", date="Tue, 18 Feb 2025 09:27:14 +0100",
  ua="X-Mailer: Microsoft Outlook 16.0", extra=("Thread-Index: AdtRmk3vQb1mS0wXT1CkZ3gq0aFxyA==",),
  body="""Madame, Monsieur,

Je reviens vers vous concernant l'accès à l'Espace Acheteur de notre
établissement. Vous trouverez ci-dessous le message obtenu ce matin lors de
la connexion :

« Votre mot de passe a expiré. Veuillez saisir votre mot de passe actuel. »

N'ayant jamais eu connaissance du mot de passe actuel (je suis arrivée en
janvier), je vous remercie de bien vouloir procéder à sa réinitialisation.

Bien cordialement,

Sandrine Morel
Adjointe gestionnaire
Lycée Jacques Decour – UAI 0759430T
12 avenue Trudaine, 75009 Paris""")

M("pr22", "password_reset", True, "0920437A", "ile-de-france", "esidoc", False, "fr",
  "Hearsay: the CPE writes for the librarian on sick leave, who told her the password was in a binder that cannot be found; the reset path applies.",
  frm=("Ophélie Nguyen", "ophelie.nguyen@ac-versailles.fr"),
  subject="Accès portail CDI", date="Thu, 06 Mar 2025 12:18:40 +0100", ua="Zimbra",
  body="""Bonjour,

Je suis CPE au collège Paul Éluard. Notre documentaliste est en arrêt pour
plusieurs semaines ; elle m'a dit au téléphone que le mot de passe du portail
e-sidoc était noté dans un classeur rouge au CDI, mais impossible de mettre
la main dessus.

Est-il possible de recevoir un lien de réinitialisation pour que la
remplaçante puisse travailler ? Notre UAI est le 0920437A.

Merci par avance,
Ophélie Nguyen
CPE
""")

M("pr23", "password_reset", True, None, None, "esidoc", False, "en",
  "Non-native English (Italian): locked out of the e-sidoc admin after too many tries; personal Gmail, no UAI, no region.",
  frm=("Chiara Bellini", "chiara.bellini.doc@gmail.com"),
  subject="Locked out e-sidoc admin", date="Mon, 17 Mar 2025 17:55:21 +0100", ua="Mozilla Thunderbird",
  body="""Hi there,

I am locked out of the e-sidoc administration after too many wrong tries (my
keyboard was in QWERTY and I did not notice, stupid!). Now it says the
account is blocked.

Is possible to unlock it or to receive a link for reset? I work in the
library of a French lycée in Milano, I can give you more details if you
need.

Thanks a lot and have a nice evening,
Chiara
""")

M("pr24", "password_reset", True, "9763358W", "mayotte", "esidoc", False, "fr",
  "Expired password; the UAI is written with spaces ('976 3358 W'); Mayotte time zone.",
  frm=("Anrifa Soilihi", "anrifa.soilihi@ac-mayotte.fr"),
  subject="Mot de passe expiré portail documentaire", date="Wed, 02 Apr 2025 10:47:36 +0300", ua="Zimbra",
  body="""Bonjour,

Le mot de passe du compte administrateur de notre portail e-sidoc a expiré et
je n'arrive pas à le changer, il me demande l'ancien que je ne connais pas.

Établissement : collège de Dzaoudzi, UAI : 976 3358 W

Merci de me dire comment faire,
Anrifa Soilihi
Documentaliste
""")


# =========================================================================== automated

M("au01", "automated", False, None, "ile-de-france", None, False, "fr",
  "Exchange out-of-office in French with Auto-Submitted and X-Auto-Response-Suppress, in reply to a desk message; region from ac-versailles.fr.",
  frm=("Claire Hamon", "claire.hamon@ac-versailles.fr"),
  subject="Réponse automatique : [#SUP-006102] Votre demande", date="Mon, 28 Oct 2024 09:00:12 +0100",
  irt=desk_id(6102, 1730102400), ua="X-Mailer: Microsoft Exchange Server",
  extra=("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
         "X-MS-Exchange-Inbox-Rules-Loop: claire.hamon@ac-versailles.fr"),
  body="""Bonjour,

Je suis absente jusqu'au lundi 4 novembre inclus, sans accès à ma messagerie.
Pour toute question urgente concernant le CDI, vous pouvez joindre le
secrétariat du lycée au 01 39 00 00 00.

Cordialement,
Claire Hamon
""")

M("au02", "automated", False, None, None, None, False, "en",
  "English 'Automatic reply:' from a school abroad, with Auto-Submitted: auto-replied and X-Auto-Response-Suppress.",
  frm=("Mark Ellison", "m.ellison@lyceefrancais-london.example.org"), auth="none",
  subject="Automatic reply: [#SUP-006288] Your request", date="Tue, 05 Nov 2024 07:22:41 +0000",
  irt=desk_id(6288, 1730791000), ua="X-Mailer: Microsoft Exchange Server",
  extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"),
  body="""Thank you for your message.

I am away on a school trip until Friday 8 November and will have limited
access to email. For anything urgent regarding the library, please contact
the front office at reception@lyceefrancais-london.example.org.

Kind regards,
Mark Ellison
Library and Resource Centre
""")

M("au03", "automated", False, None, "nouvelle-aquitaine", None, True, "fr",
  "Out-of-office sent by a client-side rule with no Auto-Submitted, Precedence or In-Reply-To; only the wording shows it is automatic. Region from ac-bordeaux.fr.",
  frm=("CDI Lycée Montesquieu", "cdi.montesquieu@ac-bordeaux.fr"),
  subject="Absence du CDI jusqu'au 6 janvier", date="Mon, 23 Dec 2024 10:14:08 +0100",
  ua="Microsoft Outlook 16.0", body="""Bonjour,

Le CDI est fermé pendant les vacances de Noël. Votre message a bien été reçu
et sera traité à partir du lundi 6 janvier.

Pour les questions concernant les manuels scolaires, merci de vous adresser à
l'intendance.

Ceci est un message envoyé automatiquement.

L'équipe du CDI
""")

M("au04", "automated", False, None, None, None, True, "en",
  "English out-of-office from a personal mailbox with no automation header at all; the wording alone shows it is automatic.",
  frm=("Daniel Okafor", "daniel.okafor.teach@gmail.com"),
  subject="Out of office - Re: Your ticket", date="Thu, 28 Nov 2024 02:03:55 +0100",
  ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
  body="""Thank you for your email.

I am currently out of the office on a training course with limited access
to email until Monday 2 December. I will reply to your message as soon as
possible on my return.

For urgent matters, please contact the school office.

Best wishes,
Daniel Okafor
""")


def _ndr_en(key: str) -> Part:
    notice = text("""Delivery has failed to these recipients or groups:

s.leroux@lycee-arago.example.fr
The email address you entered couldn't be found. Please check the
recipient's email address and try to resend the message. If the problem
continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: mail.lycee-arago.example.fr
s.leroux@lycee-arago.example.fr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", cte="7bit")
    status = raw("message/delivery-status", """Reporting-MTA: dns;mail.lycee-arago.example.fr
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Tue, 10 Dec 2024 13:40:02 +0000

Final-Recipient: rfc822;s.leroux@lycee-arago.example.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""")
    headers = raw("text/rfc822-headers", """From: Assistance <support@assistance.example.fr>
To: s.leroux@lycee-arago.example.fr
Subject: [#SUP-006640] Votre demande
Date: Tue, 10 Dec 2024 14:40:00 +0100
Message-ID: <SUP-006640.1733838000.6f3ab1@assistance.example.fr>
Auto-Submitted: auto-replied
""")
    return multi("report", [notice, status, headers], f"ndr_{hx(key, 10)}",
                 params=" report-type=delivery-status;")


M("au05", "automated", False, None, None, None, False, "en",
  "Exchange non-delivery report in English ('Undeliverable:'), multipart/report with delivery-status, null Return-Path.",
  frm=("Microsoft Outlook", "postmaster@lycee-arago.example.fr"), return_path="", auth="none",
  subject="Undeliverable: [#SUP-006640] Votre demande", date="Tue, 10 Dec 2024 13:40:05 +0000",
  extra=("Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"), part=_ndr_en("au05"))


def _ndr_fr(key: str) -> Part:
    notice = text("""Ceci est un message automatique du serveur smtp-5.smtpout.orange.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<gestion.college-vauban@orange.fr> : boîte aux lettres pleine (quota dépassé).
Le message a été retourné à l'expéditeur après plusieurs tentatives.

Merci de ne pas répondre à ce message.
""", cte="quoted-printable")
    status = raw("message/delivery-status", """Reporting-MTA: dns; smtp-5.smtpout.orange.fr

Final-Recipient: rfc822; gestion.college-vauban@orange.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""")
    original = raw("message/rfc822", """From: Assistance <support@assistance.example.fr>
To: gestion.college-vauban@orange.fr
Subject: [#SUP-006712] Devis abonnement
Date: Fri, 13 Dec 2024 16:02:00 +0100
Message-ID: <SUP-006712.1734102120.a01c9e@assistance.example.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Votre demande a bien été transmise au service commercial.

L'équipe d'assistance
""")
    return multi("report", [notice, status, original], f"ndr_{hx(key, 10)}",
                 params=" report-type=delivery-status;")


M("au06", "automated", False, None, None, None, False, "fr",
  "French bounce from a mail provider (mailbox full), multipart/report with the returned desk message attached.",
  frm=("Système de messagerie", "MAILER-DAEMON@smtp-5.smtpout.orange.fr"), return_path="", auth="none",
  subject="Message non remis : [#SUP-006712] Devis abonnement", date="Sat, 14 Dec 2024 04:12:40 +0100",
  extra=("Auto-Submitted: auto-replied",), part=_ndr_fr("au06"))

M("au07", "automated", False, None, None, None, True, "en",
  "qmail bounce as plain text: no multipart/report, no Auto-Submitted; only the null Return-Path, the MAILER-DAEMON sender and the wording show it is automatic.",
  frm="MAILER-DAEMON@mail.mairie-lescure.example.fr", return_path="", auth="none",
  subject="failure notice", date="Wed, 15 Jan 2025 11:30:02 +0100", body="""Hi. This is the qmail-send program at mail.mairie-lescure.example.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ecole.primaire@mairie-lescure.example.fr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Received: from mx1.assistance.example.fr by mail.mairie-lescure.example.fr
Date: Wed, 15 Jan 2025 11:29:58 +0100
From: Assistance <support@assistance.example.fr>
To: ecole.primaire@mairie-lescure.example.fr
Subject: [#SUP-007015] Votre demande
Message-ID: <SUP-007015.1736936998.4c2d11@assistance.example.fr>

Bonjour,

Votre demande a bien été transmise au service concerné.
""", cte="8bit")


def _mdn_fr(key: str) -> Part:
    human = text("""Votre message

  À : Erwan Le Goff
  Objet : [#SUP-006930] Résiliation de l'abonnement
  Envoyé : mardi 7 janvier 2025 11:02:14 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 7 janvier 2025 14:26:50 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", cs="iso-8859-1")
    mdn = raw("message/disposition-notification", """Reporting-UA: PC-ADMIN2; Microsoft Outlook 16.0
Final-Recipient: rfc822;erwan.le-goff@ac-rennes.fr
Original-Message-ID: <SUP-006930.1736244134.d1e0f2@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")
    return multi("report", [human, mdn], f"----=_NextPart_000_{hx(key, 8).upper()}",
                 params=" report-type=disposition-notification;")


M("au08", "automated", False, None, "bretagne", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-rennes.fr.",
  frm=("Erwan Le Goff", "erwan.le-goff@ac-rennes.fr"),
  subject="Lu : [#SUP-006930] Résiliation de l'abonnement", date="Tue, 07 Jan 2025 14:26:52 +0100",
  irt="<SUP-006930.1736244134.d1e0f2@assistance.example.fr>", ua="X-Mailer: Microsoft Outlook 16.0",
  part=_mdn_fr("au08"))


def _mdn_en(key: str) -> Part:
    human = text("""Your message

  To: Amira Haddad
  Subject: [#SUP-007102] Your request
  Sent: Monday, January 27, 2025 9:15:02 AM (UTC+04:00) Abu Dhabi, Muscat

was read on Monday, January 27, 2025 10:48:31 AM (UTC+04:00) Abu Dhabi, Muscat.
""", cte="7bit")
    mdn = raw("message/disposition-notification", """Reporting-UA: LFD-LIB-01; Microsoft Outlook 16.0
Final-Recipient: rfc822;a.haddad@lyceefrancais-dubai.example.org
Original-Message-ID: <SUP-007102.1737954902.0be3a4@assistance.example.fr>
Disposition: manual-action/MDN-sent-automatically; displayed
""")
    return multi("report", [human, mdn], f"----=_NextPart_001_{hx(key, 8).upper()}",
                 params=" report-type=disposition-notification;")


M("au09", "automated", False, None, None, None, False, "en",
  "English read receipt ('Read:') sent automatically by Outlook, multipart/report disposition-notification.",
  frm=("Amira Haddad", "a.haddad@lyceefrancais-dubai.example.org"), auth="none",
  subject="Read: [#SUP-007102] Your request", date="Mon, 27 Jan 2025 10:48:33 +0400",
  irt="<SUP-007102.1737954902.0be3a4@assistance.example.fr>", ua="X-Mailer: Microsoft Outlook 16.0",
  part=_mdn_en("au09"))

M("au10", "automated", False, None, None, None, True, "fr",
  "Mailing-list digest (List-Id, Precedence: list) in which members ask about passwords and resources: not written to the desk, never answered.",
  frm=("Liste doc-ressources", "doc-ressources-request@listes.reseau-doc.example.org"), auth="pass",
  subject="Digest doc-ressources, Vol 48, Numéro 12", date="Sat, 01 Feb 2025 06:00:03 +0100",
  extra=("List-Id: Echanges entre professeurs documentalistes <doc-ressources.listes.reseau-doc.example.org>",
         "List-Unsubscribe: <mailto:sympa@listes.reseau-doc.example.org?subject=unsubscribe%20doc-ressources>",
         "List-Post: <mailto:doc-ressources@listes.reseau-doc.example.org>",
         "Precedence: list", "X-Loop: doc-ressources@listes.reseau-doc.example.org"),
  body="""Envoyez vos messages pour la liste doc-ressources à
	doc-ressources@listes.reseau-doc.example.org

Thèmes du jour :

   1. Mot de passe du portail perdu, qui contacter ? (Sophie R.)
   2. Re: Abonnement presse en ligne pas encore visible (Marc T.)
   3. Idées d'expo pour la semaine de la presse (Inès B.)

----------------------------------------------------------------------

Message : 1
Date : Fri, 31 Jan 2025 17:12:40 +0100
De : Sophie R.
Objet : Mot de passe du portail perdu, qui contacter ?

Bonsoir à tous, j'ai perdu le mot de passe de l'administration du portail,
quelqu'un sait à quelle adresse écrire pour obtenir un nouveau lien ?

----------------------------------------------------------------------

Message : 2
Date : Fri, 31 Jan 2025 18:03:11 +0100
De : Marc T.
Objet : Re: Abonnement presse en ligne pas encore visible

Chez nous il a fallu attendre trois jours après la commande, patience !

----------------------------------------------------------------------

Message : 3
Date : Fri, 31 Jan 2025 20:44:57 +0100
De : Inès B.
Objet : Idées d'expo pour la semaine de la presse

Je partage notre affiche de l'an dernier, n'hésitez pas à la reprendre.

Fin du digest doc-ressources, Vol 48, Numéro 12
""")

M("au11", "automated", False, None, None, None, False, "fr",
  "Publisher's marketing newsletter with Precedence: bulk and a one-click List-Unsubscribe.",
  frm=("Éditions Lumière – Presse numérique", "news@lettres.editions-lumiere.example.com"),
  return_path="bounce-4471-n21@lettres.editions-lumiere.example.com",
  subject="Nouveautés de novembre pour vos CDI : 12 titres ajoutés", date="Tue, 19 Nov 2024 08:30:00 +0100",
  extra=("List-Id: <novembre.lettres.editions-lumiere.example.com>",
         "List-Unsubscribe: <https://lettres.editions-lumiere.example.com/unsub/4471/n21>",
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"),
  kind="alt", hstyle="plain", body="""Lettre d'information – novembre 2024

Douze nouveaux titres de presse jeunesse rejoignent notre kiosque numérique
ce mois-ci, dont trois magazines scientifiques pour les collégiens.

Offre de lancement : -15 % sur tout nouvel abonnement souscrit avant le
20 décembre.

Découvrir le catalogue : https://lettres.editions-lumiere.example.com/catalogue

Vous recevez cette lettre car votre adresse est inscrite à notre liste de
diffusion. Se désinscrire : https://lettres.editions-lumiere.example.com/unsub/4471/n21
""")

M("au12", "automated", False, None, None, "espace_acheteur", False, "fr",
  "Espace Acheteur no-reply alert ('nouvelle offre') sent to the desk's address, Auto-Submitted: auto-generated.",
  frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  subject="Alerte : une nouvelle offre correspond à vos critères", date="Wed, 20 Nov 2024 06:15:00 +0100",
  extra=("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"),
  kind="alt", hstyle="plain", body="""Bonjour,

Une nouvelle offre correspondant à votre alerte « Fournitures de bureau –
Occitanie » a été publiée sur l'Espace Acheteur :

  Marché 2024-187 – Papeterie et consommables, lot 2
  Date limite de commande : 31/12/2024

Consultez l'offre depuis la rubrique « Mes Marchés ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""")

M("au13", "automated", False, None, None, "esidoc", True, "fr",
  "Order confirmation from the shop's no-reply address with no Auto-Submitted or Precedence header; the sender and wording show it is automatic.",
  frm=("Boutique e-sidoc", "noreply@commandes.esidoc.example.fr"),
  subject="Confirmation de votre commande n° CMD-2025-01874", date="Thu, 30 Jan 2025 15:41:27 +0100",
  kind="alt", hstyle="plain", body="""Bonjour,

Nous vous confirmons l'enregistrement de votre commande n° CMD-2025-01874 du
30/01/2025.

  Ressource : Encyclopédie en ligne – licence établissement 12 mois
  Montant TTC : 420,00 €

La ressource sera activée sous 72 heures. Vous pouvez suivre l'état de la
commande depuis votre espace client.

Ceci est un message automatique, merci de ne pas y répondre.
""")

M("au14", "automated", False, None, None, "esignature", False, "fr",
  "E-signature platform notification (document waiting for a signature) from a no-reply address, X-Auto-Response-Suppress set.",
  frm=("Signature électronique", "notifications@esignature.example.fr"),
  subject="Document en attente de votre signature : Convention d'adhésion 2025", date="Mon, 03 Mar 2025 09:05:11 +0100",
  extra=("X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated"),
  kind="alt", hstyle="plain", body="""Bonjour,

Le document « Convention d'adhésion 2025 » vous a été envoyé pour signature
par la centrale d'achat.

Signer le document : https://esignature.example.fr/s/8f3a21c7

Ce lien est personnel. Cet e-mail a été généré automatiquement ; les réponses
à cette adresse ne sont pas lues.
""")

M("au15", "automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a ticket was marked resolved; Auto-Submitted: auto-generated.",
  frm=("Portail tickets", "ne-pas-repondre@tickets.example.fr"),
  subject="[Ticket #48211] Statut modifié : Résolu", date="Tue, 11 Mar 2025 17:20:44 +0100",
  extra=("Auto-Submitted: auto-generated", "X-Ticket-Id: 48211"), body="""Bonjour,

Le ticket #48211 « Import des notices impossible » est passé au statut
Résolu.

Si le problème persiste, vous pouvez rouvrir le ticket dans les 7 jours depuis
le portail.

--
Message automatique du portail tickets. Merci de ne pas répondre.
""")

M("au16", "automated", False, "9742996N", "la-reunion", None, True, "fr",
  "Out-of-office of a school office (ce.<UAI> address) that mentions e-sidoc passwords; Auto-Submitted is present. The UAI comes from the address.",
  frm=("Secrétariat Collège Bois-de-Nèfles", "ce.9742996N@ac-reunion.fr"),
  subject="Réponse automatique : Re: [#SUP-006845] Votre demande", date="Fri, 20 Dec 2024 16:00:05 +0400",
  irt=desk_id(6845, 1734695000),
  extra=("Auto-Submitted: auto-replied (zimbra; vacation)",), body="""Bonjour,

Le collège est fermé pour les grandes vacances australes jusqu'au 17 janvier.
Les messages reçus pendant cette période seront traités à la rentrée.

Pour les demandes de mot de passe du portail e-sidoc ou de l'ENT, merci de
renouveler votre demande après la rentrée.

Le secrétariat
""")

M("au17", "automated", False, None, "occitanie", None, False, "fr",
  "Academic help desk's ticketing acknowledgement (Auto-Submitted) of a message the desk sent it; region from the ac-toulouse.fr sender.",
  frm=("Assistance académique", "assistance@ac-toulouse.fr"),
  subject="[GLPI #0048213] Nouveau ticket – Demande de liste blanche", date="Thu, 13 Feb 2025 10:02:37 +0100",
  extra=("Auto-Submitted: auto-generated", "X-Loop: assistance@ac-toulouse.fr", "Precedence: bulk"),
  body="""Votre demande a été enregistrée sous la référence GLPI #0048213.

Titre : Demande de liste blanche
Statut : Nouveau
Groupe en charge : Messagerie

Un technicien prendra en charge votre demande prochainement. Pour compléter
votre demande, répondez à ce message en conservant la référence dans l'objet.

Plateforme d'assistance – Rectorat
""")

M("au18", "automated", False, None, None, None, True, "fr",
  "The anti-spam's challenge sent to the desk after it wrote to a protected school: names MailInBlack, but it is machine mail, not a user's MailInBlack problem.",
  frm=("Mailinblack", "challenge@protect.mailinblack.example.com"), auth="none",
  return_path="",
  subject="Votre message est en attente de validation", date="Mon, 24 Feb 2025 11:47:02 +0100",
  extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"),
  kind="alt", hstyle="plain", body="""Bonjour,

Votre message « [#SUP-007388] Votre demande » adressé à
gestion@college-lasalle.example.fr n'a pas encore été délivré.

Ce destinataire est protégé par Mailinblack. Pour que votre message soit
remis, merci de confirmer que vous n'êtes pas un robot en cliquant sur le
lien ci-dessous :

https://protect.mailinblack.example.com/challenge/7c1e90

Cette validation n'est demandée qu'une seule fois.
""")


def _tlsrpt(key: str) -> Part:
    note = text("""This is an aggregate TLS report from google.com
""", cte="7bit")
    report = attachment("google.com!assistance.example.fr!1740960000!1741046399!001.json.gz",
                        "application/tlsrpt+gzip",
                        gzip.compress(b'{"organization-name":"Google Inc.","policies":[{"policy":'
                                      b'{"policy-type":"no-policy-found","policy-domain":'
                                      b'"assistance.example.fr"},"summary":{"total-successful-'
                                      b'session-count":412,"total-failure-session-count":0}}]}',
                                      mtime=0))
    return multi("report", [note, report], f"000000000000{hx(key, 12)}",
                 params=" report-type=tlsrpt;")


M("au19", "automated", False, None, None, None, False, "en",
  "SMTP TLS aggregate report (multipart/report, report-type=tlsrpt, gzip attachment) sent to the desk's domain.",
  frm="noreply-smtp-tls-reporting@google.com",
  subject="Report Domain: assistance.example.fr Submitter: google.com Report-ID: <2025.03.03T00.00.00Z+assistance.example.fr@google.com>",
  date="Tue, 04 Mar 2025 02:59:59 -0800",
  extra=("TLS-Report-Domain: assistance.example.fr", "TLS-Report-Submitter: google.com"),
  part=_tlsrpt("au19"))

M("au20", "automated", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
  "Académie digital-education newsletter through a list (List-Id, Precedence: list); region from ac-nice.fr.",
  frm=("DANE de l'académie", "lettre-dane@ac-nice.fr"),
  subject="La lettre du numérique éducatif – mars 2025", date="Wed, 12 Mar 2025 12:00:00 +0100",
  extra=("List-Id: Lettre du numerique educatif <lettre-dane.ac-nice.fr>",
         "List-Unsubscribe: <mailto:sympa@ac-nice.fr?subject=signoff%20lettre-dane>",
         "Precedence: list"),
  kind="alt", hstyle="plain", body="""La lettre du numérique éducatif – mars 2025

Au sommaire :
- Semaine de la presse et des médias : ressources et inscriptions
- Webinaire « Protéger ses comptes : mots de passe et double authentification »
- Appel à projets « CDI numérique » : dépôt avant le 4 avril

Retrouvez tous les articles sur le site de la DANE.

Pour ne plus recevoir cette lettre, écrivez à sympa@ac-nice.fr avec l'objet
« signoff lettre-dane ».
""")

M("au21", "automated", False, None, None, None, False, "fr",
  "Unmonitored-mailbox auto-response of a local authority (X-Autoreply, X-Autorespond); nobody read the desk's message.",
  frm=("Département – Collèges", "no-reply@colleges.departement-exemple.fr"),
  subject="Message non lu – adresse non surveillée", date="Thu, 27 Mar 2025 08:41:19 +0100",
  extra=("X-Autoreply: yes", "X-Autorespond: Message non lu"), body="""Bonjour,

Cette adresse n'est pas surveillée et votre message n'a pas été lu.

Pour toute demande relative aux équipements informatiques des collèges,
merci d'utiliser le formulaire en ligne de la Direction de l'éducation.

Ceci est une réponse automatique.
""")


# =========================================================================== other

M("ot01", "other", False, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
  "Thanks only, SMS style, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-lyon.fr.",
  frm=("Jordan Perrin", "jordan.perrin@ac-lyon.fr"), kind="alt", hstyle="gmail",
  subject="Re: [#SUP-005530] Mot de passe e-sidoc", date="Wed, 02 Oct 2024 08:52:10 +0200",
  irt=desk_id(5530, 1727790000), body="""cest bon ca marche !! jai pu remettre un mdp, merci bcp pour la rapidité 👍

Jordan""" + gmail_fr("mar. 1 oct. 2024 à 16:20", "Assistance <support@assistance.example.fr>", DESK_RESET))

M("ot02", "other", False, None, None, None, False, "en",
  "English SEO/marketing spam about school website ranking.",
  frm=("Ryan from RankBoost", "ryan@rankboost-growth.example.net"), auth="softfail",
  subject="Quick question about your website", date="Thu, 10 Oct 2024 15:04:33 +0000",
  body="""Hi there,

I was looking at assistance.example.fr and noticed it is not showing on
the first page of Google for some important keywords like "school library
software" and "education purchasing".

We helped 300+ education businesses to triple their organic traffic in 90
days. Would you be open to a quick 15-minute call this week? I can send a
free audit first, no strings attached.

Cheers,
Ryan
Growth Consultant, RankBoost

If you don't want to hear from me again, just reply "no thanks".
""")

M("ot03", "other", False, None, None, None, True, "fr",
  "Phishing: 'subscription suspended, update your bank details' from a look-alike domain with failing SPF/DMARC; mentions invoices and the portal but is not order_billing, and not the real product.",
  frm=("Service Facturation e-sidoc", "facturation@esidoc-abonnements.example.com"), auth="fail",
  reply_to="paiement.esidoc@mail-securise.example.net",
  subject="URGENT : suspension de votre abonnement – facture impayée", date="Mon, 21 Oct 2024 05:12:44 +0200",
  kind="html", hstyle="plain", body="""Cher client,

Nous n'avons pas pu prélever le montant de votre dernière facture (n° FA-2024-88412).
Sans régularisation sous 24 heures, l'accès à votre portail documentaire sera
suspendu et vos données supprimées.

Mettez à jour vos coordonnées bancaires ici : https://esidoc-abonnements.example.com/maj

Service facturation""")

M("ot04", "other", False, None, None, "ecoledirecte", True, "fr",
  "A parent cannot see his daughter's grades in EcoleDirecte: looks like a transfer problem, but it comes from a parent who should ask the school; no action for the desk.",
  frm=("Patrick Lemaire", "patrick.lemaire62@orange.fr"), auth="pass",
  subject="notes de ma fille", date="Sun, 17 Nov 2024 20:33:05 +0100", ua="X-Mailer: Orange Messagerie",
  cte="8bit", body="""Bonsoir,

Je ne vois plus les notes de ma fille Manon (classe de 4e B) sur EcoleDirecte
depuis une semaine, alors que son frère voit bien les siennes. Le professeur
principal dit qu'il a bien rentré les notes.

Pouvez-vous regarder ce qui se passe avec son compte ?

Cordialement
P. Lemaire
""")

M("ot05", "other", False, None, None, None, False, "fr",
  "A pupil asks for help with a school presentation: unrelated to the services.",
  frm=("lea.mrtn", "lea.mrtn2011@gmail.com"),
  subject="exposé", date="Tue, 26 Nov 2024 19:41:12 +0100", ua="X-Mailer: Gmail Android",
  body="""bonjour

jai un exposé a faire sur les fake news pour lundi, la prof a dit que vous
aviez des ressources, vous pouvez men envoyer ?? ou des sites fiables

merci
Léa 4e2
""")

M("ot06", "other", False, None, "nouvelle-aquitaine", None, False, "fr",
  "Reply on a ticket that only acknowledges ('bien reçu, je transmets'): nothing is asked. Region from ac-poitiers.fr.",
  frm=("Jacqueline Bonnin", "jacqueline.bonnin@ac-poitiers.fr"),
  subject="RE: [#SUP-006311] Devis", date="Fri, 29 Nov 2024 11:20:37 +0100",
  irt=desk_id(6311, 1732800000), ua="Microsoft Outlook 16.0", body="""Bonjour,

Bien reçu, merci. Je transmets à la gestionnaire qui reviendra vers vous si
besoin.

Cordialement,
J. Bonnin
Secrétariat de direction""" + outlook_fr("Assistance <support@assistance.example.fr>",
                                       "jeudi 28 novembre 2024 14:40",
                                       "Jacqueline Bonnin <jacqueline.bonnin@ac-poitiers.fr>",
                                       "[#SUP-006311] Devis", DESK_GENERIC))

M("ot07", "other", False, None, "normandie", "esidoc", False, "fr",
  "Asks whether e-sidoc training is offered for new librarians: a how-to/offer question with no category of its own. Region from ac-normandie.fr.",
  frm=("Mathilde Lecoq", "mathilde.lecoq@ac-normandie.fr"),
  subject="Formation e-sidoc pour les nouveaux collègues ?", date="Mon, 09 Dec 2024 13:05:50 +0100",
  ua="Zimbra", body="""Bonjour,

Dans notre bassin, nous sommes quatre documentalistes nouvellement nommés à
ne pas connaître e-sidoc. Proposez-vous des formations, en présentiel ou à
distance, pour la prise en main du portail et de la gestion du fonds ?

Si oui, quelles sont les dates prévues au deuxième trimestre et faut-il
s'inscrire individuellement ?

Merci et bonne journée,
Mathilde Lecoq
Coordinatrice du bassin du Pays de Caux
""")

M("ot08", "other", False, None, "hauts-de-france", "esidoc", False, "fr",
  "Data-protection officer asks about the retention period of pupils' data: a GDPR question for a person, no category of its own.",
  frm=("Délégué à la protection des données", "dpd@ac-lille.fr"),
  subject="Durée de conservation des données élèves – portail documentaire", date="Wed, 18 Dec 2024 10:30:12 +0100",
  ua="Microsoft Outlook 16.0", kind="alt", body="""Madame, Monsieur,

Dans le cadre de la mise à jour du registre des traitements de l'académie,
je souhaiterais connaître la durée de conservation des données des élèves
(comptes lecteurs, historiques de prêts) dans le portail e-sidoc, ainsi que
les modalités de leur suppression en fin de scolarité.

Pourriez-vous également me communiquer le nom de votre délégué à la
protection des données ?

Je vous remercie par avance.

Le délégué académique à la protection des données
""")

M("ot09", "other", False, None, "bourgogne-franche-comte", None, True, "fr",
  "Looks automatic ('Accusé de réception' subject, formal wording) but a secretary wrote it by hand to acknowledge a letter: nothing is asked, not automated.",
  frm=("Secrétariat Principal", "secretariat.principal@ac-dijon.fr"),
  subject="Accusé de réception", date="Tue, 07 Jan 2025 09:12:03 +0100", ua="Zimbra",
  body="""Bonjour,

Nous accusons réception de votre courrier du 3 janvier, qui a été remis ce
matin à M. le Principal. Il en prendra connaissance à son retour de réunion.

Bien à vous,
Christine, secrétariat
""")

M("ot10", "other", False, None, None, None, False, "en",
  "A person asks by hand to be removed from the newsletter: other, not automated.",
  frm=("Sarah Whitfield", "s.whitfield@britishschool-lyon.example.org"), auth="none",
  subject="Please remove me from your mailing list", date="Thu, 16 Jan 2025 16:18:22 +0100",
  body="""Hello,

I keep receiving your monthly newsletter although I left the school library
in July. Could you please remove this address from your mailing list?

Many thanks,
Sarah Whitfield
""")

M("ot11", "other", False, None, "grand-est", "ticket_portal", False, "fr",
  "How to attach a screenshot to a ticket on the ticket portal: a how-to question with no category of its own. Region from ac-reims.fr.",
  frm=("Pierre Jacquemin", "pierre.jacquemin@ac-reims.fr"),
  subject="Joindre une capture d'écran sur le portail tickets", date="Mon, 27 Jan 2025 14:48:19 +0100",
  ua="Mozilla Thunderbird", body="""Bonjour,

Sur le portail tickets, je ne trouve pas comment joindre une capture
d'écran à un ticket déjà ouvert. Le bouton « pièce jointe » n'apparaît qu'à la
création. Faut-il ouvrir un nouveau ticket à chaque fois ?

Merci,
Pierre Jacquemin
Référent numérique
""")

M("ot12", "other", False, None, None, "espace_acheteur", False, "fr",
  "A publisher asks how to be listed as a supplier on the Espace Acheteur: commercial enquiry, no category of its own.",
  frm=("Émilie Roussel", "e.roussel@editions-petit-pont.example.fr"), auth="none",
  subject="Référencement de nos ressources sur l'Espace Acheteur", date="Tue, 04 Feb 2025 11:02:30 +0100",
  kind="alt", hstyle="gmail", body="""Bonjour,

Nous sommes une petite maison d'édition spécialisée dans les ressources
numériques pour le cycle 3 (lectures audio, fichiers d'exercices).

Plusieurs collèges nous demandent s'ils peuvent commander nos ressources via
l'Espace Acheteur de la centrale. Comment pouvons-nous être référencés comme
fournisseur ? Y a-t-il un appel d'offres prévu ?

Bien cordialement,
Émilie Roussel
Responsable commerciale
""")

M("ot13", "other", False, None, "martinique", None, False, "fr",
  "Personal message in French with Martinican Creole, sent to the desk by address autocomplete. Region from ac-martinique.fr.",
  frm=("Ludovic Bellay", "ludovic.bellay@ac-martinique.fr"),
  subject="Samedi groupe à pied", date="Thu, 20 Feb 2025 18:25:44 -0400", ua="Zimbra",
  body="""Bonjou Sandra !

Ou byen ? Sé pou di-w ke samedi nou ka rasanblé a 14h devant lékol pou
répétition groupe a pied pou kanaval. Amène les costumes jaunes si ou pé,
et di Fabrice pa bliyé tanbou a.

A pli ta,
Ludo
""")

M("ot14", "other", False, None, None, None, False, "en",
  "English parent abroad asking how to enrol a child in a French school: wrong address, unrelated.",
  frm=("Hannah Kowalski", "hannah.kowalski@outlook.com"),
  subject="Enrollment question for September", date="Sat, 01 Mar 2025 22:10:18 +0100",
  body="""Dear Sir or Madam,

We are moving from Warsaw to Toulouse this summer and would like to enrol
our son (11 years old) in a French collège with an English section. Which
documents do we need and who should we contact? Is there a waiting list?

Thank you for your help,
Hannah Kowalski
""")

M("ot15", "other", False, None, None, "esidoc", False, "en",
  "English thanks only, quoting the reset answer in the 'On ... wrote:' style: the word password appears but nothing is asked.",
  frm=("Tom Avery", "tom.avery.lib@gmail.com"),
  subject="Re: [#SUP-007201] Password e-sidoc", date="Wed, 05 Mar 2025 09:31:27 +0100",
  irt=desk_id(7201, 1741100000), ua="Apple Mail (2.3826.300.87)",
  body="""Thanks a lot, it works now! I could log in to e-sidoc and set a new
password straight away.

Have a good day,
Tom""" + gmail_en("Tue, Mar 4, 2025 at 4:02 PM", "Assistance <support@assistance.example.fr>", DESK_EN_RESET))

M("ot16", "other", False, None, "centre-val-de-loire", "esidoc", False, "fr",
  "Accessibility question (screen reader, a visually impaired pupil) about the e-sidoc portal: no category of its own. Region from ac-orleans-tours.fr.",
  frm=("Agnès Pottier", "agnes.pottier@ac-orleans-tours.fr"),
  subject="Accessibilité du portail pour un élève malvoyant", date="Mon, 10 Mar 2025 15:14:09 +0100",
  ua="Mozilla Thunderbird", body="""Bonjour,

Nous accueillons cette année un élève malvoyant qui utilise un lecteur
d'écran (NVDA). Le portail e-sidoc est-il compatible ? Existe-t-il un réglage
pour agrandir les caractères ou un mode contrasté ?

Je vous remercie de votre retour,
Agnès Pottier
Professeure documentaliste, collège Jean Zay
""")

M("ot17", "other", False, None, "normandie", "esidoc", True, "fr",
  "Mentions that the invoice was paid only in passing; the actual question is whether posters and flyers exist to promote the portal: other, not order_billing.",
  frm=("Noémie Hébert", "noemie.hebert@ac-normandie.fr"), kind="alt", hstyle="gmail",
  subject="Affiches pour le portail ?", date="Thu, 20 Mar 2025 11:45:58 +0100",
  body="""Bonjour,

La facture de l'abonnement a été réglée par notre gestionnaire la semaine
dernière, tout est en ordre de ce côté-là.

Ma question est tout autre : auriez-vous des affiches ou des marque-pages à
nous envoyer pour faire connaître le portail e-sidoc aux élèves ? Nous
organisons une semaine « Le CDI en ligne » en mai.

Merci !
Noémie Hébert
CDI – Lycée Guillaume le Conquérant
""")

M("ot18", "other", False, None, None, None, True, "fr",
  "Forwards a suspicious 'reset your password' mail and asks whether it is genuine: not a lost password, a security question for a person.",
  frm=("Denis Arnaud", "denis.arnaud@wanadoo.fr"), auth="pass",
  subject="TR: Action requise : votre mot de passe expire aujourd'hui", date="Tue, 25 Mar 2025 08:09:31 +0100",
  ua="Microsoft Outlook 16.0", body="""Bonjour,

J'ai reçu ce message ce matin, soi-disant de votre part. Je n'ai rien demandé
et l'adresse de l'expéditeur me paraît bizarre. Pouvez-vous me confirmer que
ce n'est pas vous, avant que je ne clique sur quoi que ce soit ?

Merci,
Denis Arnaud
Gestionnaire, école privée Sainte-Thérèse""" + outlook_fr(
    "Support Portail <securite@portail-verification.example.info>",
    "mardi 25 mars 2025 06:14", "denis.arnaud@wanadoo.fr",
    "Action requise : votre mot de passe expire aujourd'hui",
    """Votre mot de passe expire aujourd'hui.
Cliquez ici pour conserver votre mot de passe actuel : https://portail-verification.example.info/keep
Sans action de votre part, votre compte sera désactivé."""))

M("ot19", "other", False, None, None, None, False, "fr",
  "A Swiss master's student asks librarians to answer a survey: unrelated to the services.",
  frm=("Léonie Favre", "leonie.favre@etu.unil.example.ch"), auth="none",
  subject="Enquête sur les CDI – mémoire de master", date="Wed, 02 Apr 2025 14:30:45 +0200",
  ua="Microsoft Outlook 16.0", body="""Bonjour,

Étudiante en master de sciences de l'information à Lausanne, je rédige un
mémoire sur l'usage des portails documentaires dans les collèges français.
Seriez-vous d'accord de transmettre mon questionnaire (dix minutes, anonyme)
aux documentalistes que vous accompagnez ?

https://questionnaire.example.ch/cdi2025

Je vous remercie d'avance et vous adresse mes meilleures salutations.

Léonie Favre
""")


# =========================================================================== missing_noreply_mail

M("mn01", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "SMS style: the Espace Acheteur activation mail never came; no anti-spam product named, personal address, no region.",
  frm=("Steph Rivière", "steph.riviere84@gmail.com"), kind="alt", hstyle="gmail",
  subject="mail activation", date="Wed, 11 Sep 2024 22:15:03 +0200", body="""bjr

jai fait mon inscription sur lespace acheteur lundi mais jai jamais recu le
mail dactivation, jai regardé partout meme dans les spams. vous pouvez le
renvoyer ?

Stéphanie, gestionnaire ecole Saint Joseph
""")

M("mn02", "missing_noreply_mail", True, "0869848M", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Administrative style: the sign-up confirmation mail of the Espace Acheteur never arrived; no filter product named.",
  frm=("Francis Texier", "francis.texier@ac-poitiers.fr"),
  subject="Inscription Espace Acheteur – courriel de confirmation non reçu", date="Fri, 20 Sep 2024 10:27:41 +0200",
  ua="Microsoft Outlook 16.0", body="""Madame, Monsieur,

Je me permets de vous solliciter au sujet de l'inscription de notre
établissement à l'Espace Acheteur.

J'ai complété le formulaire d'inscription le 16 septembre. Le site indiquait
qu'un courriel de confirmation me serait adressé ; je ne l'ai à ce jour pas
reçu, y compris dans le dossier des courriers indésirables.

Je vous remercie de bien vouloir m'indiquer la démarche à suivre.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Francis Texier
Gestionnaire – Lycée professionnel Auguste Perret
Code UAI : 0869848M
""")

M("mn03", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "Non-native English: the buyer-space activation mail never arrived, spam folder checked; no product named, no region.",
  frm=("Ingrid Svensson", "i.svensson@lycee-nordique.example.org"), auth="none",
  subject="No email for activate my account", date="Thu, 26 Sep 2024 13:02:59 +0200",
  body="""Hello,

I have created an account on the buyer space (Espace Acheteur) for our
school two days ago, but I never received the email for activate my account.
I checked in the spam folder also, nothing.

Can you send it again please, or tell me what I must do?

Best regards,
Ingrid Svensson
School administrator
""")

M("mn04", "missing_noreply_mail", True, "9719176X", "guadeloupe", "espace_acheteur", True, "fr",
  "Reads like a password problem, but the 'forgotten password' tool works and the new-password mail never arrives: missing_noreply_mail. Guadeloupe time zone, Creole touches.",
  frm=("Rose-Aimée Deglas", "rose-aimee.deglas@ac-guadeloupe.fr"),
  subject="Mot de passe Espace Acheteur", date="Tue, 08 Oct 2024 07:48:22 -0400", ua="Zimbra",
  body="""Bonjour,

Je clique sur « mot de passe oublié » sur l'Espace Acheteur, le site me dit
bien qu'un mail vient d'être envoyé à mon adresse... mais an pa ka resevwa
ayen : rien dans la boîte de réception, rien dans les indésirables, depuis
jeudi.

Pouvez-vous voir de votre côté ? UAI 9719176X.

Mèsi anpil,
Rose-Aimée Deglas
Adjointe gestionnaire, Lycée de Baimbridge
""")

M("mn05", "missing_noreply_mail", True, "0874439C", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "No notification from the no-reply address reaches the school; the IT technician says no filter blocks anything, no product named.",
  frm=("Romain Dufaure", "romain.dufaure@ac-limoges.fr"),
  subject="Aucune notification reçue", date="Mon, 14 Oct 2024 16:11:36 +0200", ua="Mozilla Thunderbird",
  body="""Bonjour,

Depuis la création de notre compte sur l'Espace Acheteur, nous ne recevons
aucune des notifications automatiques (validation de compte, alertes). Le
technicien informatique du Département nous assure qu'aucun filtre ne bloque
quoi que ce soit de son côté.

Pouvez-vous vérifier que l'adresse enregistrée est la bonne et nous indiquer
l'adresse d'expédition exacte ?

Merci,
Romain Dufaure
Collège Firmin Roz – 0874439C
""")

M("mn06", "missing_noreply_mail", False, None, "hauts-de-france", "espace_acheteur", False, "fr",
  "Reply (Outlook 'De : / Envoyé :' quote) after the junk-folder answer: still nothing three days later; the template was already sent, a person must follow up.",
  frm=("Valérie Caron", "valerie.caron@ac-amiens.fr"),
  subject="RE: [#SUP-006044] Mail de confirmation non reçu", date="Thu, 24 Oct 2024 09:33:08 +0200",
  irt=desk_id(6044, 1729502000), ua="Microsoft Outlook 16.0", body="""Bonjour,

J'ai suivi vos conseils : rien dans les indésirables, j'ai ajouté l'adresse
de l'Espace Acheteur aux contacts approuvés et redemandé l'envoi deux fois. Trois jours plus tard,
toujours rien. Pouvez-vous faire remonter le problème à la région ou vérifier
l'adresse enregistrée sur notre compte ?

Cordialement,
Valérie Caron""" + outlook_fr("Assistance <support@assistance.example.fr>", "lundi 21 octobre 2024 11:13",
                            "Valérie Caron <valerie.caron@ac-amiens.fr>",
                            "[#SUP-006044] Mail de confirmation non reçu", DESK_JUNK))

M("mn07", "missing_noreply_mail", True, None, "auvergne-rhone-alpes", "ticket_portal", False, "fr",
  "Franglais ('checké', 'resend asap'): the ticket portal's mail for setting a first password never arrived; region from ac-clermont.fr.",
  frm=("Sébastien Chabrol", "sebastien.chabrol@ac-clermont.fr"),
  subject="portail tickets : pas de mail pour créer mon mot de passe", date="Wed, 06 Nov 2024 11:26:49 +0100",
  ua="Zimbra", body="""Bonjour,

Un collègue m'a ajouté comme user sur le portail tickets la semaine
dernière. Je devais recevoir un mail pour set up mon mot de passe, mais rien
n'est arrivé. J'ai checké les spams, nothing.

Vous pouvez me le resend asap ? Thanks !

Sébastien Chabrol
""")

M("mn08", "missing_noreply_mail", True, "0644645B", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The structure administrator never receives the 'account to validate' notifications for new users.",
  frm=("Maite Etcheverry", "maite.etcheverry@ac-bordeaux.fr"),
  subject="Notifications de comptes à valider", date="Tue, 12 Nov 2024 14:02:15 +0100",
  ua="Microsoft Outlook 16.0", kind="alt", body="""Bonjour,

Je suis administratrice de structure pour le lycée (UAI 0644645B) sur
l'Espace Acheteur. Deux collègues se sont inscrits ces derniers jours, mais je
n'ai reçu aucun mail m'indiquant qu'un compte était à valider. Je ne l'ai vu
qu'en me connectant par hasard.

Ces notifications partent-elles bien ? Je n'ai rien dans les spams.

Merci d'avance,
Maite Etcheverry
""")

M("mn09", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook mail from a town's purchasing office: offer alerts never arrive; no product named, no académie domain.",
  frm=("Service Commande publique", "commande-publique@ville-saint-amand.example.fr"), auth="none",
  subject="Alertes offres non reçues", date="Mon, 25 Nov 2024 10:50:33 +0100", kind="html", cs="windows-1252",
  ua="X-Mailer: Microsoft Outlook 16.0", body="""Bonjour,

Nous avons paramétré des alertes sur l'Espace Acheteur pour les marchés de
fournitures scolaires, mais nous ne recevons aucun courriel lorsque de
nouvelles offres sont publiées.

Nos autres courriels arrivent normalement. Pouvez-vous vérifier ?

Cordialement,

Service de la commande publique
Mairie de Saint-Amand""")

M("mn10", "missing_noreply_mail", True, "0218257L", "bourgogne-franche-comte", "esidoc", True, "fr",
  "Reply whose subject names an old quote ticket, but the new question is a customer-account activation mail that never came.",
  frm=("Delphine Bourgeois", "delphine.bourgeois@ac-dijon.fr"),
  subject="RE: [#SUP-006520] Devis abonnement Universalis", date="Tue, 03 Dec 2024 15:37:12 +0100",
  irt=desk_id(6520, 1732880000), ua="Microsoft Outlook 16.0", body="""Bonjour,

Le devis est validé par le gestionnaire, merci. Pour passer la commande en
ligne, j'ai ouvert notre compte client sur la boutique e-sidoc hier, mais le mail d'activation n'est
jamais arrivé, ni dans la boîte de réception ni dans les spams.

Pouvez-vous me le renvoyer ? UAI : 0218257L.

Cordialement,
Delphine Bourgeois""" + outlook_orig_fr("Assistance [mailto:support@assistance.example.fr]",
                                      "vendredi 29 novembre 2024 12:40", "Delphine Bourgeois",
                                      "[#SUP-006520] Devis abonnement Universalis", DESK_GENERIC))

M("mn11", "missing_noreply_mail", True, None, "ile-de-france", "esidoc", False, "fr",
  "Québec French ('courriel', 'présentement'): the customer-account activation mail never came, junk folder checked; region from ac-creteil.fr.",
  frm=("Marie-Ève Gagnon", "marie-eve.gagnon@ac-creteil.fr"),
  subject="Courriel d'activation jamais reçu", date="Fri, 13 Dec 2024 12:08:30 +0100", ua="Zimbra",
  body="""Bonjour,

J'ai ouvert un compte client sur la boutique e-sidoc pour le CDI afin de
commander une ressource en ligne, mais je n'ai jamais reçu le courriel d'activation. J'ai vérifié dans
mes courriels indésirables, rien là non plus.

Je suis présentement bloquée pour passer la commande. Merci de me revenir
là-dessus !

Marie-Ève Gagnon
Enseignante documentaliste
""")

M("mn12", "missing_noreply_mail", True, "0564649Z", "bretagne", "esidoc", False, "fr",
  "UAI only in the subject line; the 12-hour activation mail for the customer account never arrived.",
  frm=("Gwenaëlle Le Bihan", "gwenaelle.le-bihan@ac-rennes.fr"),
  subject="0564649Z - mail d'activation compte client", date="Thu, 09 Jan 2025 08:55:17 +0100",
  ua="Mozilla Thunderbird", flowed=True, body="""Bonjour,

J'ai créé hier matin le compte client du lycée sur la boutique e-sidoc pour
notre première commande en ligne. La page indiquait un mail d'activation dans les 12 heures : rien
reçu à ce jour, rien non plus dans les indésirables.

Merci de votre aide,
Gwenaëlle Le Bihan
""")

M("mn13", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English from a school's IT team: no mail from the no-reply address gets through; they ask the exact sender to allow in their gateway, no anti-spam product named.",
  frm=("IT Support", "it-support@lycee-saint-exupery.example.fr"), auth="none",
  subject="Sender address to whitelist?", date="Wed, 22 Jan 2025 10:04:48 +0100",
  body="""Hi,

Our buyers tell us they never receive the automatic emails from your
Espace Acheteur (account confirmation, password emails). We don't see
them in our logs either.

Could you give us the exact sender address and the sending servers, so we
can add them to the allow list of our mail gateway?

Thanks,
IT Support team
""")

M("mn14", "missing_noreply_mail", True, None, "grand-est", "espace_acheteur", False, "fr",
  "Belgian-flavoured French ('savez-vous', 'endéans'): no notification of the Espace Acheteur arrives; no product named. Region from ac-reims.fr.",
  frm=("Anne-Sophie Dethier", "anne-sophie.dethier@ac-reims.fr"),
  subject="Plus aucun mail de l'Espace Acheteur", date="Tue, 04 Feb 2025 13:40:56 +0100", ua="Zimbra",
  body="""Bonjour,

Depuis une petite semaine, plus aucun des mails automatiques de l'Espace
Acheteur ne m'arrive : ni la confirmation de mes demandes, ni le lien pour
changer d'adresse. C'est embêtant, savez-vous, car je dois valider des
choses endéans les huit jours.

J'ai regardé dans les indésirables, rien. Pouvez-vous m'aider ?

Bien à vous,
Anne-Sophie Dethier
""")

M("mn15", "missing_noreply_mail", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Gmail forward of a colleague's message: her account was validated but the secure first-login link never came.",
  frm=("Cédric Bouvier", "cedric.bouvier@ac-lyon.fr"),
  subject="Fwd: lien de première connexion", date="Mon, 17 Feb 2025 09:21:33 +0100",
  ua="X-Mailer: Gmail", kind="alt", hstyle="gmail", body="""Bonjour,

Je vous transfère le message de ma collègue de l'intendance, qui n'a pas
d'accès à internet cette semaine.

Cédric""" + gmail_fwd("Émilie Favier <emilie.favier@ac-lyon.fr>", "ven. 14 févr. 2025 à 17:02",
                       "lien de première connexion", "Cédric Bouvier <cedric.bouvier@ac-lyon.fr>",
                       """Cédric,

Mon compte sur l'Espace Acheteur a été validé mardi par l'administrateur,
mais je n'ai jamais reçu le lien sécurisé pour la première connexion. Tu
peux voir avec le support ?

Merci, Émilie"""))

M("mn16", "missing_noreply_mail", True, "0316296A", "occitanie", "esidoc", True, "fr",
  "Mentions an invoice only to say it is settled; the request is the customer-account connection mail that never arrived.",
  frm=("Nadia Ferhat", "nadia.ferhat@ac-toulouse.fr"),
  subject="lien de connexion espace client", date="Wed, 05 Mar 2025 14:58:24 +0100",
  ua="Zimbra", body="""Bonjour,

Pour la facture de décembre, c'est réglé, notre agent comptable a fait le
virement. Ce n'est donc pas l'objet de mon message.

En revanche, depuis que l'adresse du compte client a été modifiée, le mail
avec le lien de connexion à l'espace client e-sidoc n'arrive jamais, ni en boîte de
réception ni en spam. Pourriez-vous vérifier ?

Collège Jean Moulin – 0316296A
Nadia Ferhat, gestionnaire
""")

M("mn17", "missing_noreply_mail", True, None, "normandie", "espace_acheteur", False, "fr",
  "Very short phone message: the new-password mail from the Espace Acheteur never came; region from ac-caen.fr.",
  frm=("Kevin Lair", "kevin.lair@ac-caen.fr"), flowed=True,
  subject="espace acheteur mail nouveau mdp", date="Thu, 27 Mar 2025 07:12:04 +0100", ua="iPhone Mail (22D72)",
  body="""tjrs pas recu le mail pour le nv mdp depuis hier soir, ni en spam. merci

Envoyé de mon iPhone
""")


# =========================================================================== head_of_establishment_request

M("he01", "head_of_establishment_request", False, "0931444P", "ile-de-france", "espace_acheteur", False, "fr",
  "The principal writes from the ce.<UAI> address to designate a new structure administrator on the Espace Acheteur.",
  frm=("Principal Collège Romain Rolland", "ce.0931444P@ac-creteil.fr"),
  subject="Changement d'administrateur de structure – Espace Acheteur", date="Thu, 19 Sep 2024 17:05:22 +0200",
  ua="Zimbra", body="""Madame, Monsieur,

Je soussigné, M. Karim Ait-Ali, principal du collège Romain Rolland
(UAI 0931444P), vous informe que Mme Julie Baron, adjointe gestionnaire
arrivée le 1er septembre, devient administratrice de notre structure sur
l'Espace Acheteur, en remplacement de M. Lionel Carré, muté.

Je vous remercie de bien vouloir fermer les accès de M. Carré et d'attribuer
les droits d'administration à Mme Baron (julie.baron@ac-creteil.fr).

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Karim Ait-Ali
Principal
""")

M("he02", "head_of_establishment_request", False, "0803823W", "hauts-de-france", "esidoc", False, "fr",
  "The proviseur authorises the renewal order in writing and attaches the signed purchase order (PDF).",
  frm=("Philippe Vasseur", "philippe.vasseur1@ac-amiens.fr"),
  subject="Autorisation de commande – renouvellement abonnements 2025", date="Mon, 07 Oct 2024 11:44:10 +0200",
  ua="Microsoft Outlook 16.0", attach=(attachment("bon_de_commande_signe.pdf", "application/pdf",
                                                  pdf("Bon de commande 2025 - signe")),),
  body="""Bonjour,

En ma qualité de proviseur du lycée Édouard Branly (UAI 0803823W), j'autorise
Mme Delattre, professeure documentaliste, à valider la commande de
renouvellement de nos abonnements e-sidoc pour 2025.

Vous trouverez ci-joint le bon de commande signé.

Cordialement,

Philippe Vasseur
Proviseur
""")

M("he03", "head_of_establishment_request", False, "0017724R", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "A primary-school head gives her written agreement for the reset from a personal address; UAI in the signature, staff must verify the sender.",
  frm=("Sylvie Brunet", "sylvie.brunet.ecole@gmail.com"),
  subject="Accord pour la réinitialisation du portail de l'école", date="Wed, 16 Oct 2024 20:18:47 +0200",
  ua="X-Mailer: Gmail", kind="alt", hstyle="gmail", body="""Bonjour,

Je suis la directrice de l'école élémentaire Les Tilleuls. Notre BCD utilise
le portail e-sidoc et plus personne ne connaît le mot de passe administrateur
depuis le départ de notre collègue.

Je donne mon accord pour que le mot de passe soit réinitialisé et que le lien
soit envoyé sur l'adresse de l'école : ce.0017724R@ac-lyon.fr.

Je vous écris de ma boîte personnelle car la messagerie de l'école est en
panne ce soir.

Sylvie Brunet
Directrice – École élémentaire Les Tilleuls, Bourg-en-Bresse
RNE 0017724R
""")

M("he04", "head_of_establishment_request", False, "0011688E", "auvergne-rhone-alpes", "esidoc", False, "en",
  "English: the head of an international lycée asks, from the school's official address, for an admin password reset and a new contact address.",
  frm=("Head of School", "ce.0011688E@ac-lyon.fr"),
  subject="Request: reset of the e-sidoc administrator account", date="Tue, 05 Nov 2024 08:37:19 +0100",
  ua="Microsoft Outlook 16.0", body="""Dear Sir or Madam,

As head of the international lycée (UAI 0011688E), I hereby ask you to reset
the password of our e-sidoc administrator account and to replace the contact
address on the account by the address of our new librarian,
olivia.hart@ac-lyon.fr.

The former librarian left the school in August and must no longer have
access to the account.

Yours faithfully,

Dr. Margaret Leclerc
Proviseure / Head of School
""")

M("he05", "head_of_establishment_request", False, "0549205M", "grand-est", "esidoc", False, "fr",
  "Reply from the proviseur's phone (Apple Mail quote) giving the written confirmation the desk asked for; the subject still reads like a password ticket.",
  frm=("Bernard Collignon", "bernard.collignon@ac-nancy-metz.fr"), cte="8bit",
  subject="Re: [#SUP-006377] Réinitialisation mot de passe e-sidoc", date="Fri, 15 Nov 2024 07:02:40 +0100",
  irt=desk_id(6377, 1731500000), ua="iPhone Mail (21H16)", body="""Bonjour,

Je confirme la demande de notre professeure documentaliste, Mme Royer : vous
pouvez réinitialiser le mot de passe du portail du lycée (UAI 0549205M) et
envoyer le lien sur l'adresse officielle de l'établissement.

B. Collignon
Proviseur

Envoyé de mon iPhone
""" + apple_fr("14 nov. 2024 à 16:52", "Assistance <support@assistance.example.fr>", DESK_HEAD))

M("he06", "head_of_establishment_request", False, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
  "The principal asks for the admin contact address to change, but the code given, 0631790B, has a wrong check letter (the digits give 0631790D): no UAI; region from ac-clermont.fr.",
  frm=("Odile Vernet", "odile.vernet@ac-clermont.fr"),
  subject="Modification de l'adresse de contact du portail", date="Tue, 26 Nov 2024 12:31:06 +0100", ua="Zimbra",
  body="""Madame, Monsieur,

En tant que principale du collège Lucie Aubrac (UAI 0631790B), je vous
demande de bien vouloir remplacer l'adresse de contact associée au compte
administrateur de notre portail e-sidoc.

La nouvelle adresse est celle de notre documentaliste, M. Thibault Roche :
thibault.roche@ac-clermont.fr.

Avec mes remerciements,

Odile Vernet
Principale
""")

M("he07", "head_of_establishment_request", False, "9723140F", "martinique", "espace_acheteur", False, "fr",
  "The proviseur designates the new structure administrator and asks to close the former one's access, gestionnaire in copy; Martinique time zone.",
  frm=("Proviseur Lycée Schœlcher", "ce.9723140F@ac-martinique.fr"),
  cc=("Ketty Marie-Sainte", "ketty.marie-sainte@ac-martinique.fr"),
  subject="Désignation d'un nouvel administrateur – Espace Acheteur", date="Mon, 09 Dec 2024 08:14:27 -0400",
  ua="Zimbra", body="""Madame, Monsieur,

Par la présente, je désigne Mme Ketty Marie-Sainte, gestionnaire, en copie de
ce message, comme administratrice de la structure de notre lycée
(UAI 9723140F) sur l'Espace Acheteur.

Je vous demande également de supprimer les accès de l'ancien gestionnaire,
M. Alex Joseph-Angélique, parti à la retraite.

Veuillez recevoir mes salutations distinguées.

Le proviseur
""")

M("he08", "head_of_establishment_request", False, "0370362T", "centre-val-de-loire", "esidoc", False, "fr",
  "The head asks that a departed librarian lose access to the portal admin account: a security-relevant request for staff.",
  frm=("Laurent Bourdin", "laurent.bourdin@ac-orleans-tours.fr"),
  subject="Fin d'accès d'une ancienne documentaliste", date="Mon, 13 Jan 2025 10:09:51 +0100",
  ua="Mozilla Thunderbird", body="""Bonjour,

Je suis chef d'établissement du collège Léonard de Vinci à Amboise
(0370362T). Notre ancienne professeure documentaliste a quitté l'établissement
en décembre dans des conditions difficiles, et je souhaite qu'elle n'ait plus
accès à l'administration du portail e-sidoc.

Je vous demande donc de réinitialiser le mot de passe et d'envoyer le lien
sur la boîte officielle du collège.

Merci de me confirmer la prise en compte.

Laurent Bourdin
Principal
""")

M("he09", "head_of_establishment_request", False, "0947797P", "ile-de-france", "espace_acheteur", True, "fr",
  "Claims to be the proviseur from a free-mail address and asks for the admin password to be sent there urgently: a probable fraud, still a head request for the queue, where staff should refuse it.",
  frm=("Proviseur Lycée Langevin", "proviseur.lycee.langevin@gmail.com"),
  subject="URGENT - accès administrateur", date="Fri, 24 Jan 2025 23:48:12 +0100",
  ua="X-Mailer: Gmail", body="""Bonjour,

Je suis le proviseur du lycée Paul Langevin, UAI 0947797P. Pour une
inspection lundi matin, j'ai besoin en urgence de l'identifiant et du mot de
passe administrateur de notre Espace Acheteur.

Merci de me les envoyer directement à cette adresse, la messagerie
académique ne fonctionne pas ce week-end. Je compte sur votre réactivité.

Le proviseur
""")

M("he10", "head_of_establishment_request", False, "0858592C", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Written delegation from the principal's official address: names who may validate orders for the establishment.",
  frm=("Principale Collège Les Sicardières", "ce.0858592c@ac-nantes.fr"),
  subject="Délégation pour la validation des commandes", date="Tue, 04 Feb 2025 14:22:38 +0100",
  ua="Zimbra", attach=(attachment("delegation_signature.pdf", "application/pdf",
                                   pdf("Delegation de signature - commandes")),),
  body="""Madame, Monsieur,

Vous trouverez ci-joint la délégation de signature par laquelle j'autorise
M. Florent Guilbaud, adjoint gestionnaire, à valider en mon nom les commandes
passées par le collège (UAI 0858592C) sur l'Espace Acheteur.

Cette délégation prend effet immédiatement.

Cordialement,

Isabelle Robin
Principale
""")

M("he11", "head_of_establishment_request", False, "0296965N", "bretagne", "esidoc", True, "fr",
  "MailInBlack is named only as the reason; the proviseure herself asks to change the admin contact address: a head-of-establishment request, not mailinblack_spam.",
  frm=("Proviseure Lycée de l'Iroise", "ce.0296965N@ac-rennes.fr"),
  subject="Demande de changement d'adresse de contact", date="Thu, 20 Feb 2025 09:58:03 +0100",
  ua="Zimbra", body="""Madame, Monsieur,

Vos messages à destination de notre documentaliste restent bloqués par
MailInBlack sur sa boîte personnelle, ce qui empêche toute réinitialisation.

En tant que proviseure du lycée (UAI 0296965N), je vous demande donc de
remplacer l'adresse de contact du compte administrateur e-sidoc par l'adresse
officielle de l'établissement, depuis laquelle je vous écris.

Bien cordialement,

Armelle Kerjean
Proviseure
""")

M("he12", "head_of_establishment_request", False, "9717170S", "guadeloupe", "esidoc", False, "fr",
  "HTML-only Outlook letter from the principal's official address: reset of the admin password and new contact address; Guadeloupe time zone.",
  frm=("Principal Collège Richeplaine", "ce.9717170S@ac-guadeloupe.fr"),
  subject="Demande écrite – compte administrateur e-sidoc", date="Wed, 05 Mar 2025 13:40:51 -0400",
  kind="html", cs="windows-1252", ua="X-Mailer: Microsoft Outlook 16.0", body="""Madame, Monsieur,

Je reviens vers vous suite à l'échange téléphonique de ce jour avec votre
service.

Je vous demande de bien vouloir réinitialiser le mot de passe du compte
administrateur de notre portail e-sidoc et d'y associer désormais l'adresse
de notre nouvelle documentaliste, Mme Célia Bélénus
(celia.belenus@ac-guadeloupe.fr).

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération
distinguée.

Jean-Marc Ballandras
Principal – Collège Richeplaine, Sainte-Rose
UAI 9717170S""")

M("he13", "head_of_establishment_request", False, "7201299Z", "corse", "espace_acheteur", False, "fr",
  "A proviseure in Haute-Corse (UAI prefix 720) names the new structure administrator after the former gestionnaire's transfer.",
  frm=("Marie-Dominique Santoni", "marie-dominique.santoni@ac-corse.fr"),
  subject="Nouvel administrateur Espace Acheteur", date="Mon, 17 Mar 2025 16:03:29 +0100", ua="Zimbra",
  body="""Bonjour,

Suite à la mutation de notre gestionnaire, je vous informe que M. Antoine
Leca reprend l'administration de notre structure sur l'Espace Acheteur.
Merci de lui donner les droits et de retirer ceux de son prédécesseur.

Marie-Dominique Santoni
Proviseure du lycée de Corte
UAI : 7201299Z
""")


# =========================================================================== mailinblack_spam

M("mb01", "mailinblack_spam", True, None, "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Product spelled 'mail in black', no accents, SMS style: Espace Acheteur mails are blocked. Region from ac-nice.fr.",
  frm=("Lola Castellani", "lola.castellani@ac-nice.fr"),
  subject="mails bloqués", date="Tue, 24 Sep 2024 12:40:18 +0200", ua="Zimbra", cte="8bit",
  body="""Bonjour

mail in black bloque tous vos mails de lespace acheteur, jai du aller les chercher un par un dans
la quarantaine. vous avez une procedure pour que ca passe direct ?

merci
Lola (intendance)
""")

M("mb02", "mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "English Outlook forward ('From: / Sent:' block) of the IT company's note: Mailinblack holds the Espace Acheteur password mails in quarantine.",
  frm=("Peter Lindqvist", "p.lindqvist@ecole-internationale-nice.example.org"), auth="none",
  subject="FW: Your emails blocked by Mailinblack", date="Wed, 02 Oct 2024 09:16:40 +0200",
  ua="Microsoft Outlook 16.0", body="""Hello,

Please see below the message from our IT company. Since they installed
Mailinblack, all the emails from your Espace Acheteur (password emails,
notifications) end in the Mailinblack quarantine and our buyers don't see
them.

What address should we put in the Mailinblack allow list?

Kind regards,
Peter Lindqvist
Bursar""" + outlook_en("NetSchool Services <helpdesk@netschool-services.example.com>",
                       "Monday, September 30, 2024 5:12 PM", "Peter Lindqvist",
                       "Mailinblack installed",
                       """Dear Peter,

Mailinblack is now active on all school mailboxes. Senders who are not yet
known will have to answer a short challenge, or you can release their
messages from the quarantine. If a supplier needs to be trusted, send us its
address and we will add it.

Best,
NetSchool helpdesk"""))

M("mb03", "mailinblack_spam", True, "0570281W", "grand-est", "espace_acheteur", False, "fr",
  "A school's IT manager asks whether to allow the domain or the sender address in MailInBlack.",
  frm=("Julien Muller", "julien.muller@ac-nancy-metz.fr"),
  subject="Liste blanche MailInBlack : domaine ou adresse ?", date="Thu, 10 Oct 2024 15:29:05 +0200",
  ua="Mozilla Thunderbird", body="""Bonjour,

Je gère l'informatique de la cité scolaire (UAI 0570281W). Nous utilisons
MailInBlack et vos messages de l'Espace Acheteur passent en « à valider ».

Pour éviter cela, vaut-il mieux ajouter à la liste blanche votre domaine
entier, ou seulement l'adresse no-reply ? Y a-t-il d'autres adresses
d'expédition à prévoir ?

Merci,
Julien Muller
RUPN
""")

M("mb04", "mailinblack_spam", False, "0762691M", "normandie", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described ('zone d'attente', prove you are human) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks first.",
  frm=("Corinne Lefebvre", "corinne.lefebvre@ac-normandie.fr"),
  subject="Vos messages restent en attente", date="Mon, 28 Oct 2024 11:02:52 +0100", ua="Zimbra",
  body="""Bonjour,

Depuis que la région a changé notre filtre de messagerie, vos mails de
l'Espace Acheteur ne m'arrivent plus directement : ils restent dans une
« zone d'attente » tant que l'expéditeur n'a pas confirmé, en cliquant sur un
lien, qu'il n'est pas un robot. Je suppose que personne ne clique chez vous.

Comment faire pour que vos messages soient acceptés d'office ?

Corinne Lefebvre
Gestionnaire – Lycée Jules Siegfried, 0762691M
""")

M("mb05", "mailinblack_spam", False, "0168448W", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Two topics: MailInBlack holds the platform's mails (first, main) and an invoice received twice (order_billing); a single template would answer only half.",
  frm=("Stéphane Rambaud", "stephane.rambaud@ac-poitiers.fr"),
  subject="Mailinblack + facture en double", date="Wed, 13 Nov 2024 10:48:31 +0100",
  ua="Microsoft Outlook 16.0", kind="alt", body="""Bonjour,

Deux sujets :

- depuis l'installation de Mailinblack par le Département, les mails de
  l'Espace Acheteur sont bloqués et je dois les libérer à la main ;
- nous avons reçu deux fois la même facture pour la commande de novembre,
  merci de nous dire laquelle annuler.

UAI 0168448W

Cordialement,
Stéphane Rambaud
Adjoint gestionnaire
""")

M("mb06", "mailinblack_spam", True, "0211931K", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Reply (Zimbra 'Mail original' quote) after the junk-folder answer: the IT says MailInBlack blocks the mails, so the MailInBlack guide is now the right answer.",
  frm=("Laetitia Chevalier", "laetitia.chevalier@ac-dijon.fr"),
  subject="Re: [#SUP-006501] Mail de validation non reçu", date="Fri, 29 Nov 2024 14:15:57 +0100",
  irt=desk_id(6501, 1732700000), ua="Zimbra", body="""Bonjour,

Rien dans les indésirables. Notre informaticien a regardé : c'est Mailinblack
qui retient vos messages de l'Espace Acheteur. Que faut-il lui dire de faire exactement ?

Laetitia Chevalier
Collège Les Lentillères – 0211931K""" + zimbra_fr("Assistance", "Laetitia Chevalier",
                                                 "Mercredi 27 Novembre 2024 10:52:00",
                                                 "[#SUP-006501] Mail de validation non reçu", DESK_JUNK))

M("mb07", "mailinblack_spam", True, "0380308D", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Names the anti-spam as 'MIB (Mailinblack)': e-sidoc order mails are held; asks for the allow-list settings.",
  frm=("Olivier Faure", "olivier.faure@ac-grenoble.fr"),
  subject="Antispam MIB et mails e-sidoc", date="Tue, 10 Dec 2024 08:30:45 +0100", ua="Mozilla Thunderbird",
  body="""Bonjour,

Notre antispam MIB (Mailinblack) bloque les messages automatiques liés à nos
commandes e-sidoc : confirmation, facture, activation. Je les récupère dans
la quarantaine mais avec plusieurs jours de retard.

Pouvez-vous m'indiquer les expéditeurs à autoriser ?

Olivier Faure
Documentaliste, lycée Champollion – UAI 0380308D
""")

M("mb08", "mailinblack_spam", True, "9745431K", "la-reunion", "espace_acheteur", False, "fr",
  "Mails quarantined by 'Mailinblack Protect' at a Réunion college; Réunion time zone.",
  frm=("Sabrina Hoarau", "sabrina.hoarau@ac-reunion.fr"),
  subject="Quarantaine Mailinblack Protect", date="Thu, 16 Jan 2025 09:05:11 +0400", ua="Zimbra",
  body="""Bonjour,

Depuis la rentrée de janvier, Mailinblack Protect met en quarantaine tous les
mails de l'Espace Acheteur. Je dois chaque fois aller les « libérer » depuis
l'interface.

Comment faire pour que votre adresse soit reconnue une fois pour toutes ?

Sabrina Hoarau
Collège Bois-Rouge, Saint-André – UAI 9745431K
""")

M("mb09", "mailinblack_spam", True, "0834712W", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Forwards the MailInBlack 'messages en attente' notice: the forwarded part is machine text, the outer message is a real question.",
  frm=("Hugo Martinez", "hugo.martinez@ac-nice.fr"),
  subject="TR: Vous avez 3 messages en attente", date="Mon, 27 Jan 2025 10:41:20 +0100",
  ua="Microsoft Outlook 16.0", body="""Bonjour,

Je reçois ceci tous les matins, et à chaque fois ce sont vos mails de
l'Espace Acheteur. Comment les autoriser définitivement ?

Hugo Martinez
Collège Font de Fillol – 0834712W""" + outlook_fr("Mailinblack <notification@mailinblack.example.com>",
                                              "lundi 27 janvier 2025 07:00",
                                              "hugo.martinez@ac-nice.fr", "Vous avez 3 messages en attente",
                                              """Bonjour,

3 messages sont en attente de validation dans votre espace Mailinblack :
- no-reply@espace-acheteur.example.fr – Validation de votre demande
- no-reply@espace-acheteur.example.fr – Nouvelle offre disponible
- no-reply@espace-acheteur.example.fr – Récapitulatif hebdomadaire

Consulter mes messages en attente"""))

M("mb10", "mailinblack_spam", True, None, None, None, False, "en",
  "Non-native English: their Mailinblack asks the desk to prove it is human before mails are delivered; asks the desk to validate. No platform named.",
  frm=("Ana Sousa", "secretaria@lycee-francais-porto.example.org"), auth="none",
  subject="Mail in black validation", date="Wed, 05 Feb 2025 15:33:02 +0000",
  body="""Good afternoon,

Our school have now Mail in Black, and when you send us an email, Mail in
Black ask you to confirm that you are a human. I think nobody confirm,
because we don't receive nothing from you since two weeks.

Can you please do the confirmation, or tell me how I can accept your
address myself?

Thank you,
Ana Sousa
Secretary
""")

M("mb11", "mailinblack_spam", True, "0014387N", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "Full of password words, but the reset itself works: the reset mail is held by Mailinblack, so mailinblack_spam, not password_reset.",
  frm=("Gaëlle Perrot", "gaelle.perrot@ac-lyon.fr"),
  subject="Réinitialisation du mot de passe impossible", date="Tue, 18 Feb 2025 13:27:49 +0100", ua="Zimbra",
  body="""Bonjour,

Je n'arrive pas à réinitialiser le mot de passe du portail e-sidoc : je fais
la demande, mais le mail de réinitialisation est retenu par Mailinblack et,
le temps que je le libère, le lien a expiré.

Ce n'est donc pas le mot de passe en lui-même qui pose problème. Pouvez-vous
m'envoyer la procédure pour que vos mails passent directement ?

Gaëlle Perrot
CDI collège Saint-Exupéry, Bellegarde – 0014387N
""")

M("mb12", "mailinblack_spam", True, "0743896H", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Swiss-flavoured French: the address was put on the Mailinblack white list yet mails are still held.",
  frm=("Pascal Dubois", "pascal.dubois@ac-grenoble.fr"),
  subject="Toujours bloqué malgré la liste blanche", date="Tue, 11 Mar 2025 16:50:08 +0100",
  ua="Apple Mail (2.3826.400.120)", body="""Bonjour,

Nous avons mis votre adresse sur la liste blanche de Mailinblack il y a
huitante-quatre... pardon, quatre-vingt-quatre heures (déformation frontalière),
et pourtant les mails de l'Espace Acheteur restent encore en attente.

Faut-il autoriser une autre adresse ou le domaine complet ?

Avec mes meilleures salutations,
Pascal Dubois
Intendant, Lycée du Chablais
UAI 0743896H
""")

M("mb13", "mailinblack_spam", True, None, "occitanie", None, False, "fr",
  "One line from a phone: blocked by Mailinblack, send the procedure; no platform named, region from ac-montpellier.fr.",
  frm=("Thierry Roux", "thierry.roux@ac-montpellier.fr"), flowed=True,
  subject="mailinblack", date="Thu, 03 Apr 2025 18:04:31 +0200", ua="iPhone Mail (22E240)",
  body="""Bonjour, vos mails sont bloqués par mailinblack chez nous, merci d'envoyer la procédure. T. Roux

Envoyé de mon iPhone
""")


# =========================================================================== order_billing

M("ob01", "order_billing", False, "0518757S", "grand-est", "esidoc", False, "fr",
  "Administrative request for a formal quote for the press-resource renewal, needed before the purchase commitment.",
  frm=("Martine Lallement", "martine.lallement@ac-reims.fr"),
  subject="Demande de devis – renouvellement Europresse", date="Thu, 12 Sep 2024 10:14:37 +0200",
  ua="Microsoft Outlook 16.0", body="""Madame, Monsieur,

Je me permets de vous solliciter afin d'obtenir un devis pour le
renouvellement de notre abonnement Europresse sur le portail e-sidoc, pour la
période de janvier à décembre 2025.

Ce devis est nécessaire à l'établissement du bon d'engagement par notre
service d'intendance.

Vous trouverez ci-dessous les coordonnées de facturation :
Lycée Jean Talon – Service intendance
UAI 0518757S
1 rue de l'Exemple, 51000 Châlons-en-Champagne

Avec mes remerciements anticipés,

Martine Lallement
Professeure documentaliste
""")

M("ob02", "order_billing", False, "0495161U", "pays-de-la-loire", "esidoc", False, "fr",
  "Thunderbird forward of the accountant's note: the invoice for an order validated weeks ago is still not on Chorus Pro; SIRET and UAI given.",
  frm=("Jérôme Boisseau", "jerome.boisseau@ac-nantes.fr"),
  subject="Fwd: Facture non déposée sur Chorus Pro", date="Tue, 22 Oct 2024 14:50:06 +0200",
  ua="Mozilla Thunderbird", body="""Bonjour,

Je vous transfère la remarque de notre agent comptable : notre commande de
ressources numériques sur la boutique e-sidoc a été validée le 24 septembre, mais la facture n'est
toujours pas sur Chorus Pro, ce qui bloque le paiement.

Pour rappel : SIRET 194 900 000 00012, code service INTENDANCE, UAI 0495161U.

Pouvez-vous vérifier le dépôt ?

Cordialement,
Jérôme Boisseau
Secrétaire général – Collège Jean Vilar, Angers""" + thunderbird_fwd(
    "Agence comptable <agence.comptable.vilar@ac-nantes.fr>", "Facture non déposée sur Chorus Pro", "21/10/2024 17:32",
    "Jérôme Boisseau <jerome.boisseau@ac-nantes.fr>",
    """Jérôme,

Toujours rien sur Chorus pour la commande de septembre (ressources
numériques du CDI). Peux-tu relancer le fournisseur ? Je ne peux pas mandater
sans facture.

Merci,
Annick"""))

M("ob03", "order_billing", False, None, None, "esidoc", False, "en",
  "Non-native English from a French school abroad: asks whether the subscription can be paid by card or international transfer, and the bank details.",
  frm=("Mehmet Yilmaz", "m.yilmaz@lycee-pierre-loti.example.org"), auth="none",
  subject="Payment of subscription from abroad", date="Mon, 04 Nov 2024 09:42:55 +0300",
  body="""Dear Madam, Sir,

We want to renew the e-sidoc subscription of our library for 2025. Our
accounting department is in Istanbul and cannot make "mandat administratif".
Is possible to pay with credit card, or with international bank transfer?
In this case please send us your IBAN and BIC.

Also, the invoice must have the name of the school in full, not only the
short name.

Best regards,
Mehmet Yilmaz
Accountant
""")

M("ob04", "order_billing", False, "0621689Z", "hauts-de-france", "esidoc", True, "fr",
  "Looks like an automatic acknowledgement ('Accusé de réception – Bon de commande'), but a person writes and asks to change the invoicing address.",
  frm=("Agence comptable Lycée Mariette", "agence.comptable.mariette@ac-lille.fr"),
  subject="Accusé de réception – Bon de commande n° BC-2025-014", date="Wed, 15 Jan 2025 11:06:14 +0100",
  ua="Microsoft Outlook 16.0", kind="alt", body="""Bonjour,

Nous accusons réception de votre confirmation de commande n° BC-2025-014.

Une précision toutefois : la facture correspondante (abonnement e-sidoc) doit
être adressée à l'agence comptable (et non au lycée), avec la mention de l'UAI
0621689Z et du numéro d'engagement 2025-0031. Pouvez-vous modifier l'adresse de facturation
avant l'émission ?

Merci,
Françoise Delmotte
Agence comptable – Lycée Auguste Mariette, Boulogne-sur-Mer
""")

M("ob05", "order_billing", False, "0810802G", "occitanie", "esidoc", False, "fr",
  "The order cannot be validated: an error appears at basket validation.",
  frm=("Julie Bousquet", "julie.bousquet@ac-toulouse.fr"),
  subject="erreur validation panier", date="Thu, 30 Jan 2025 16:22:09 +0100", ua="Zimbra",
  attach=(attachment("capture_panier.png", "image/png", png()),),
  body="""Bonjour,

Impossible de valider mon panier dans la boutique e-sidoc : au moment de
confirmer la commande, un message « Une erreur est survenue, veuillez
réessayer » s'affiche, et le panier reste en l'état. Capture en PJ.

J'ai retry sur deux browsers, même bug. Le bon d'engagement est prêt, il ne
manque que la validation, c'est un peu bloquant pour nous.

Julie Bousquet
Collège Jean Jaurès, Albi – 0810802G
""")

M("ob06", "order_billing", False, "0359922V", "bretagne", "esidoc", True, "fr",
  "Reply whose subject names an old password ticket; the new question is a quote for extra licences.",
  frm=("Loïc Guillou", "loic.guillou@ac-rennes.fr"), kind="alt", hstyle="gmail",
  subject="Re: [#SUP-005702] Mot de passe oublié", date="Tue, 11 Feb 2025 10:37:48 +0100",
  irt=desk_id(5702, 1727300000), body="""Bonjour,

Je reprends ce vieux fil faute de mieux : le mot de passe fonctionne toujours,
merci encore.

Nous voudrions ajouter une ressource vidéo à notre abonnement e-sidoc à partir
de mars. Pouvez-vous nous faire un devis au nom du collège (UAI 0359922V) ?

Bien cordialement,
Loïc Guillou""" + gmail_fr("jeu. 26 sept. 2024 à 09:12", "Assistance <support@assistance.example.fr>",
                          DESK_RESET))

M("ob07", "order_billing", False, "0144284F", "normandie", "esidoc", False, "fr",
  "The invoice carries the establishment's old name after a merger; asks for a corrected invoice.",
  frm=("Catherine Marie", "catherine.marie@ac-normandie.fr"),
  subject="Facture à corriger – nom de l'établissement", date="Mon, 24 Feb 2025 09:18:27 +0100",
  ua="Mozilla Thunderbird", body="""Bonjour,

Depuis la fusion au 1er janvier, notre établissement s'appelle « Cité
scolaire Malherbe » (UAI inchangé : 0144284F). La facture reçue pour le
renouvellement e-sidoc porte encore l'ancien nom, et notre agent comptable
refuse de la payer en l'état.

Pourriez-vous nous envoyer une facture rectifiée ?

Cordialement,
Catherine Marie
Gestionnaire
""")

M("ob08", "order_billing", False, "0309914N", "occitanie", "espace_acheteur", False, "fr",
  "Asks to add the bon d'engagement number to the invoice of an Espace Acheteur order; the bon is attached.",
  frm=("Régis Chabert", "regis.chabert@ac-montpellier.fr"),
  subject="N° d'engagement à reporter sur la facture", date="Wed, 12 Mar 2025 11:55:40 +0100",
  ua="Microsoft Outlook 16.0", attach=(attachment("BE_2025-0112.pdf", "application/pdf",
                                                  pdf("Bon d'engagement 2025-0112")),),
  body="""Bonjour,

Pour notre commande passée sur l'Espace Acheteur (marché 2024-052, mobilier
de CDI), notre comptable a besoin que le numéro d'engagement 2025-0112 figure
sur la facture. Vous trouverez le bon d'engagement en pièce jointe.

Merci d'en tenir compte lors de la facturation.

Régis Chabert
Adjoint gestionnaire, collège Voltaire, Remoulins
UAI : 0309914N
""")

M("ob09", "order_billing", False, "0545065M", "grand-est", "esidoc", True, "fr",
  "Mailinblack is named only as a solved past problem; the request is an invoice amount that differs from the quote.",
  frm=("Élodie Thiriet", "elodie.thiriet@ac-nancy-metz.fr"),
  subject="Montant facture différent du devis", date="Tue, 25 Mar 2025 15:07:33 +0100", ua="Zimbra",
  body="""Bonjour,

Votre facture de mars (abonnement e-sidoc) était coincée dans Mailinblack, je l'ai récupérée ce
matin (et nous avons ajouté votre adresse, inutile de nous envoyer le guide).

Le vrai souci : le montant facturé (612 € TTC) ne correspond pas au devis
signé (540 € TTC). Pouvez-vous vérifier et nous envoyer une facture
corrigée ?

Élodie Thiriet
Gestionnaire, collège La Fontaine – 0545065M
""")


# =========================================================================== account_creation

M("ac01", "account_creation", True, None, None, "espace_acheteur", False, "fr",
  "A town's new buyer asks how to create an account on the Espace Acheteur: the sign-up answer fits.",
  frm=("Mickaël Besson", "m.besson@mairie-lavaur.example.fr"), auth="none",
  subject="Création de compte acheteur", date="Wed, 18 Sep 2024 14:33:50 +0200",
  ua="Microsoft Outlook 16.0", body="""Bonjour,

Je viens d'être recruté au service achats de la mairie et je dois passer les
commandes de fournitures des écoles via votre Espace Acheteur. Comment puis-je
me créer un compte ? Faut-il une invitation de quelqu'un ?

Cordialement,
Mickaël Besson
Service achats – Mairie
""")

M("ac02", "account_creation", True, "0622376W", "hauts-de-france", "espace_acheteur", False, "fr",
  "Signed up yesterday and cannot log in: the account is waiting for the structure administrator's validation (FAQ case).",
  frm=("Audrey Lemaire", "audrey.lemaire@ac-lille.fr"),
  subject="compte en attente de validation ?", date="Thu, 03 Oct 2024 08:47:12 +0200", ua="Zimbra",
  body="""Bonjour,

J'ai rempli hier le formulaire d'inscription de l'espace à cheteur pour le
collège (UAI 0622376W). Quand j'essaie de me connecter, on me dit que mon
compte est « en attente de validation ». C'est normal ? Combien de temps
faut-il attendre ?

Merci,
Audrey Lemaire
""")

M("ac03", "account_creation", True, None, "ile-de-france", "esidoc", False, "en",
  "English: a new gestionnaire asks how to open the customer account before a first online order; region from ac-versailles.fr.",
  frm=("Rebecca Stone", "rebecca.stone@ac-versailles.fr"),
  subject="How to open a customer account", date="Tue, 15 Oct 2024 13:20:04 +0200",
  ua="Microsoft Outlook 16.0", kind="alt", body="""Hello,

I am the new bursar's assistant in an international lycée. We would like to
order an online resource for the library through the e-sidoc shop, but we
do not have a customer account yet.

How do we open one? Is it done online or do you need a form from us?

Thank you,
Rebecca Stone
""")

M("ac04", "account_creation", False, "0937639Y", "ile-de-france", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  frm=("Fatou Diallo", "fatou.diallo@ac-creteil.fr"),
  subject="Qui est l'administrateur de notre structure ?", date="Fri, 08 Nov 2024 11:58:19 +0100",
  ua="Zimbra", body="""Bonjour,

On me dit de demander à l'administrateur de structure de valider mon compte
sur l'Espace Acheteur, mais personne au collège ne sait qui c'est. Pouvez-vous
me dire qui est déclaré administrateur pour notre établissement ?

UAI 0937639Y

Merci beaucoup,
Fatou Diallo
Adjointe gestionnaire
""")

M("ac05", "account_creation", True, "0857832B", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account and asks how to get one: account_creation, not password_reset.",
  frm=("Coralie Giraud", "coralie.giraud@ac-nantes.fr"),
  subject="Pas de compte", date="Mon, 25 Nov 2024 10:10:41 +0100", ua="Mozilla Thunderbird",
  body="""Bonjour,

Ma collègue pense que j'ai oublié mon mot de passe de l'Espace Acheteur, mais
non : je n'ai pas oublié mon mot de passe, je n'en ai jamais eu ! Je n'ai tout
simplement pas de compte.

Comment dois-je faire pour en créer un au nom du lycée ? (UAI 0857832B)

Coralie Giraud
Secrétariat d'intendance
""")

M("ac06", "account_creation", False, "0173178M", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The account works but order rights are missing; asks for them to be opened: a person answers.",
  frm=("Guillaume Fradin", "guillaume.fradin@ac-poitiers.fr"),
  subject="droits pour commander", date="Tue, 14 Jan 2025 15:44:08 +0100", ua="Zimbra",
  body="""Bonjour,

Je peux me connecter à l'Espace Acheteur sans problème, mais le bouton
« Commander » reste grisé : il semble que je n'aie que des droits de
consultation. Pouvez-vous m'ouvrir les droits de commande ?

Guillaume Fradin
Adjoint gestionnaire – Lycée Merleau-Ponty, 0173178M
""")

M("ac07", "account_creation", False, "0348123V", "occitanie", "esidoc", False, "fr",
  "The newly opened private school's UAI is not in the list when opening the customer account: sent to the sales team by a person.",
  frm=("Direction École Les Oliviers", "direction.lesoliviers@gmail.com"),
  subject="Notre établissement n'est pas dans la liste", date="Thu, 06 Feb 2025 17:29:55 +0100",
  ua="X-Mailer: Gmail", kind="alt", hstyle="gmail", body="""Bonjour,

Nous sommes un collège privé ouvert en septembre. En voulant créer notre
compte client sur la boutique e-sidoc, notre code UAI, 0348123V, n'apparaît
pas dans la liste des établissements, et le formulaire refuse de continuer.

Comment pouvons-nous être ajoutés ?

Cordialement,
La direction
""")

M("ac08", "account_creation", False, "0872636T", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Hearsay: the account must be validated by the structure administrator, who has reportedly retired; the region must step in, so a person answers.",
  frm=("Sandrine Peyrot", "sandrine.peyrot@ac-limoges.fr"),
  subject="Validation de mon compte impossible", date="Mon, 03 Mar 2025 09:36:02 +0100", ua="Zimbra",
  body="""Bonjour,

Mon compte sur l'Espace Acheteur est « en attente de validation » depuis
trois semaines. Il paraît que c'est l'administrateur de structure qui doit le
valider, mais la CPE m'a dit qu'il était parti à la retraite en décembre et
que personne ne l'a remplacé.

Qui peut valider mon compte dans ce cas ?

Sandrine Peyrot
Collège Maurice Utrillo – UAI 0872636T
""")

M("ac09", "account_creation", True, None, "normandie", "espace_acheteur", False, "fr",
  "Québec French ('m'inscrire', 'formulaire', 'correct') asking how to sign up to the Espace Acheteur; region from ac-rouen.fr.",
  frm=("Josée Bergeron", "josee.bergeron@ac-rouen.fr"),
  subject="Inscription", date="Wed, 19 Mar 2025 13:12:37 +0100", ua="Zimbra",
  body="""Bonjour,

Je suis nouvelle à l'intendance du lycée et on me demande de commander sur
l'Espace Acheteur. Comment je fais pour m'inscrire ? Y a-t-il un formulaire à
remplir en ligne, ou est-ce que c'est vous qui créez le compte ? Si c'est
correct pour vous, je peux vous envoyer mes informations.

Merci à l'avance,
Josée Bergeron
""")


# =========================================================================== subscription_activation

M("sa01", "subscription_activation", True, "0338678D", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Press resource ordered yesterday and not visible yet: within the 72-hour activation window.",
  frm=("Isabelle Darrieux", "isabelle.darrieux@ac-bordeaux.fr"),
  subject="Cafeyn pas encore visible", date="Wed, 25 Sep 2024 09:41:26 +0200", ua="Zimbra",
  body="""Bonjour,

Nous avons commandé hier l'abonnement Cafeyn pour le CDI. Il n'apparaît pas
encore dans « Mes abonnements » sur le portail e-sidoc. Faut-il faire
quelque chose de notre côté ?

Merci,
Isabelle Darrieux
Lycée Max Linder, Libourne – UAI 0338678D
""")

M("sa02", "subscription_activation", False, "0454886S", "centre-val-de-loire", "esidoc", False, "fr",
  "Ordered two weeks ago and still not active: past the 72-hour rule, a person must look at the order.",
  frm=("Anne Chevrier", "anne.chevrier@ac-orleans-tours.fr"),
  subject="Abonnement toujours inactif après 15 jours", date="Tue, 08 Oct 2024 14:03:57 +0200",
  ua="Mozilla Thunderbird", body="""Bonjour,

Notre commande de l'encyclopédie en ligne a été validée le 23 septembre, il y
a donc plus de deux semaines. La ressource n'est toujours pas active sur
notre portail e-sidoc : les élèves obtiennent « accès non autorisé ».

Je sais qu'il faut compter 72 heures, mais là nous sommes bien au-delà.
Pouvez-vous regarder ?

Anne Chevrier
CDI – Lycée Benjamin Franklin, Orléans – 0454886S
""")

M("sa03", "subscription_activation", True, "0292709M", "bretagne", "esidoc", False, "fr",
  "How to publish the active Europresse resource on the portal so pupils see it: activation and publication step.",
  frm=("Morgane Tanguy", "morgane.tanguy@ac-rennes.fr"),
  subject="Publier Europresse sur le portail", date="Mon, 18 Nov 2024 10:27:45 +0100", ua="Zimbra",
  body="""Bonjour,

L'abonnement Europresse est bien actif (je le vois dans « Mes abonnements »),
mais je ne trouve pas comment le faire apparaître sur la page d'accueil du
portail (https://0292709m.esidoc.fr) pour les élèves. Y a-t-il une manipulation pour publier la
ressource ?

Morgane Tanguy
Collège Kerichen, Brest – UAI 0292709M
""")

M("sa04", "subscription_activation", True, "0674586W", "grand-est", "esidoc", False, "en",
  "English: the encyclopaedia ordered the day before is not shown yet: within the 72-hour window.",
  frm=("Emily Carter", "emily.carter@ac-strasbourg.fr"),
  subject="Universalis subscription not showing", date="Tue, 21 Jan 2025 11:52:30 +0100",
  ua="Apple Mail (2.3776.700.51)", body="""Hello,

We subscribed to Universalis on Monday (yesterday) through the e-sidoc shop,
but it is still not showing in our portal today. Is there a delay, or did we
miss a step?

Our UAI is 0674586W.

Thanks,
Emily Carter
Librarian, international section
""")

M("sa05", "subscription_activation", True, "0131990T", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Negation: 'ce n'est pas un problème de mot de passe', the login works; the new resource is not visible to pupils.",
  frm=("Yasmina Belkacem", "yasmina.belkacem@ac-aix-marseille.fr"),
  subject="Ressource invisible côté élèves", date="Thu, 06 Feb 2025 16:14:21 +0100", ua="Zimbra",
  body="""Bonjour,

Je précise d'emblée que ce n'est pas un problème de mot de passe : je me
connecte très bien au back-office, et les élèves aussi à leur compte.

Mais la ressource « Presse jeunesse » commandée lundi n'apparaît pas pour
eux sur le portail e-sidoc, alors que je la vois dans mes abonnements. Faut-il la publier quelque
part ?

Yasmina Belkacem
Collège Marseilleveyre – 0131990T
""")

M("sa06", "subscription_activation", True, "9731428P", "guyane", "esidoc", False, "fr",
  "Renewed subscription still shown as expired, order validated yesterday; Guyane time zone.",
  frm=("Patrick Ho-A-Chuck", "patrick.ho-a-chuck@ac-guyane.fr"),
  subject="Abonnement renouvelé mais affiché expiré", date="Wed, 12 Feb 2025 08:33:40 -0300",
  ua="Microsoft Outlook 16.0", body="""Bonjour,

Nous avons renouvelé hier notre abonnement à la presse en ligne, la commande
est validée. Pourtant le portail e-sidoc affiche toujours « abonnement
expiré ». Est-ce que c'est juste une question de délai ?

Cordialement,
Patrick Ho-A-Chuck
Lycée Léon-Gontran Damas, Rémire-Montjoly – UAI 9731428P
""")

M("sa07", "subscription_activation", True, "0631361M", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the ordered resource will be available: not a head-of-establishment request.",
  frm=("Gérard Chassaing", "gerard.chassaing@ac-clermont.fr"),
  subject="Date de mise à disposition de la ressource", date="Fri, 07 Mar 2025 12:05:48 +0100",
  ua="Microsoft Outlook 16.0", body="""Bonjour,

En tant que principal du collège (UAI 0631361M), j'ai validé mercredi la
commande de l'abonnement de presse numérique pour notre CDI. Pourriez-vous
m'indiquer quand la ressource sera accessible à nos élèves sur le portail
e-sidoc ? Notre documentaliste prépare une séance pour lundi.

Cordialement,

Gérard Chassaing
Principal
""")

M("sa08", "subscription_activation", True, None, "occitanie", "esidoc", False, "fr",
  "SMS style: the subscription ordered the day before yesterday is not active yet: within 72 hours. Region from ac-toulouse.fr.",
  frm=("Manon Escande", "manon.escande@ac-toulouse.fr"), cte="8bit",
  subject="abonnement pas actif", date="Thu, 20 Mar 2025 13:48:03 +0100", ua="Zimbra",
  body="""bonjour

labonnement storyplayr est tjs pas actif sur le portail esidoc, on la commandé
avant hier. cest normal ?

merci
Manon, doc
""")

M("sa09", "subscription_activation", True, "0866837P", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Reply whose subject names an invoice ticket: the invoice is settled; the new question is a resource ordered the day before that is not visible (within 72 hours).",
  frm=("Céline Moreau", "celine.moreau@ac-poitiers.fr"),
  subject="RE: [#SUP-007260] Facture Europresse", date="Fri, 28 Mar 2025 10:22:15 +0100",
  irt=desk_id(7260, 1742800000), ua="Microsoft Outlook 16.0", body="""Bonjour,

La facture est réglée, merci pour la correction.

En revanche, la ressource vidéo commandée hier (jeudi) n'apparaît toujours
pas dans « Mes abonnements » sur e-sidoc. Dois-je attendre encore un peu ?

Céline Moreau
Lycée Victor Hugo, Poitiers – 0866837P""" + outlook_fr("Assistance <support@assistance.example.fr>",
                                                     "mardi 25 mars 2025 15:10",
                                                     "Céline Moreau <celine.moreau@ac-poitiers.fr>",
                                                     "[#SUP-007260] Facture Europresse", DESK_GENERIC))


# =========================================================================== transfer_incident

M("tr01", "transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "EcoleDirecte transfers fail with a connection error. The code 0693164R has a wrong check letter (the digits give 0693164P), so no UAI, and the private-school domain gives no region.",
  frm=("Bruno Pellet", "b.pellet@institution-notre-dame-lyon.example.fr"), auth="none",
  subject="Transferts EcoleDirecte en échec", date="Wed, 16 Oct 2024 08:25:33 +0200",
  ua="Microsoft Outlook 16.0", body="""Bonjour,

Depuis lundi, les transferts vers EcoleDirecte échouent avec le message
« Échec de connexion au serveur distant ». Les familles ne voient plus les
notes saisies cette semaine.

Le poste serveur a bien accès à internet, rien n'a changé chez nous à ma
connaissance.

Établissement : Institution Notre-Dame, UAI 0693164R

Merci de votre aide,
Bruno Pellet
Responsable informatique
""")

M("tr02", "transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Asks for the daily maintenance password to restart replication: transfer_incident per the taxonomy, although it says 'mot de passe'.",
  frm=("Service informatique", "informatique@institution-sainte-marie.example.fr"), auth="none",
  subject="mdp maintenance du jour", date="Tue, 05 Nov 2024 07:51:18 +0100", body="""Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois
relancer la réplication de la base Charlemagne après la coupure électrique de
cette nuit.

Merci
Thomas, service informatique
Institution Sainte-Marie
""")

M("tr03", "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "'Licence invalide' after the move to a new server: the licence must be regenerated, transfers stopped.",
  frm=("Comptabilité Ensemble scolaire", "comptabilite@ensemble-scolaire-lasalle.example.fr"), auth="none",
  subject="Licence invalide après changement de serveur", date="Mon, 02 Dec 2024 10:40:50 +0100",
  ua="Microsoft Outlook 16.0", kind="alt", body="""Bonjour,

Nous avons remplacé notre serveur pendant le week-end. Depuis, au démarrage
des outils, un message indique « Licence invalide pour ce poste » et plus
aucun transfert vers EcoleDirecte ne part.

Pouvez-vous régénérer notre licence ?

Cordialement,
Service comptabilité – Ensemble scolaire La Salle
""")

M("tr04", "transfer_incident", False, None, None, "ecoledirecte", False, "en",
  "Non-native English from a school's IT contractor: the transfer tool cannot synchronise with EcoleDirecte (HTTP 500).",
  frm=("Nikos Papadakis", "nikos@edu-it-services.example.com"), auth="none",
  subject="Synchronisation error 500 EcoleDirecte", date="Thu, 12 Dec 2024 15:26:09 +0100",
  body="""Hello,

I am the IT contractor of a private school in Nice. Since this morning the
Charlemagne tools cannot synchronize with EcoleDirecte, the log says "HTTP
500 Internal Server Error" at each transfer. We restarted the server and
the service, same thing.

Can you check on your side please? I can give remote access if you need.

Regards,
Nikos Papadakis
""")

M("tr05", "transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Two topics: transfers stuck since the holidays (first, main) and a question about the invoice for the extra module (order_billing).",
  frm=("Hélène Daumas", "direction@college-saint-joseph-aubenas.example.fr"), auth="none",
  subject="Transferts bloqués + question facture", date="Wed, 08 Jan 2025 09:14:42 +0100",
  ua="Mozilla Thunderbird", body="""Bonjour,

Depuis la reprise, les transferts vers EcoleDirecte restent bloqués « en
cours » et rien ne remonte aux familles.

Par ailleurs, nous avons reçu une facture pour le module de messagerie que
nous n'avons jamais commandé. Pouvez-vous vérifier ?

Merci,
Hélène Daumas
Directrice, collège Saint-Joseph
""")

M("tr06", "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Apple Mail forward ('Début du message réexpédié') of the vie scolaire's report: absences no longer reach the EcoleDirecte app.",
  frm=("Franck Roussel", "franck.roussel@lycee-saint-paul.example.fr"), auth="none",
  subject="Fwd: Absences non visibles sur l'appli", date="Tue, 21 Jan 2025 12:36:27 +0100",
  ua="Apple Mail (2.3774.600.62)", body="""Bonjour,

Je vous fais suivre le message de notre vie scolaire. Le transfert des
absences ne semble plus fonctionner depuis jeudi.

Franck Roussel
Directeur adjoint""" + apple_fwd("Vie scolaire <vie.scolaire@lycee-saint-paul.example.fr>",
                                 "Absences non visibles sur l'appli", "20 janvier 2025 à 17:48:02 UTC+1",
                                 "Franck Roussel <franck.roussel@lycee-saint-paul.example.fr>",
                                 """Bonjour Franck,

Plusieurs parents nous appellent : les absences saisies depuis jeudi
n'apparaissent pas dans l'application EcoleDirecte, alors qu'elles sont bien
dans le logiciel chez nous.

Nadège"""))

M("tr07", "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "HTML-only Outlook: after a Windows update the transfers stay 'en attente' and never leave.",
  frm=("Secrétariat Institution Jeanne d'Arc", "secretariat@ija-colmar.example.fr"), auth="none",
  subject="Transferts en attente depuis la mise à jour Windows", date="Mon, 10 Feb 2025 08:58:14 +0100",
  kind="html", cs="windows-1252", ua="X-Mailer: Microsoft Outlook 16.0", body="""Bonjour,

Depuis la mise à jour Windows de vendredi sur le serveur, tous les transferts
vers EcoleDirecte restent au statut « en attente ». Nous avons redémarré le
serveur deux fois.

Les professeurs ne peuvent plus publier les bulletins du deuxième trimestre.

Merci de votre aide rapide,

Secrétariat – Institution Jeanne d'Arc""")

M("tr08", "transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Reply whose subject names an old EcoleDirecte password ticket: the password is found, the new problem is transfers that no longer run.",
  frm=("Alain Keller", "alain.keller@college-sainte-anne.example.fr"), auth="none",
  subject="RE: [#SUP-006955] Mot de passe EcoleDirecte", date="Wed, 26 Feb 2025 14:44:51 +0100",
  irt=desk_id(6955, 1736500000), ua="Microsoft Outlook 16.0", body="""Bonjour,

Le mot de passe est retrouvé, merci, ce sujet est clos.

Par contre, depuis ce matin, les transferts ne passent plus du tout : le
journal indique « connexion refusée » à chaque tentative. Pouvez-vous
regarder ?

Alain Keller
Collège Sainte-Anne""" + outlook_fr("Assistance <support@assistance.example.fr>",
                                   "vendredi 10 janvier 2025 10:20", "Alain Keller",
                                   "[#SUP-006955] Mot de passe EcoleDirecte", DESK_GENERIC))

M("tr09", "transfer_incident", False, "9721177X", "martinique", "ecoledirecte", False, "fr",
  "Transfers stuck for two days at a Martinique school, Creole touches; UAI in the signature.",
  frm=("Josiane Rosette", "j.rosette@college-saint-joseph-cluny.example.fr"), auth="none",
  subject="transferts bloqués", date="Thu, 13 Mar 2025 07:20:36 -0400", ua="Mozilla Thunderbird",
  body="""Bonjour,

Les transferts vers EcoleDirecte sont bloqués depuis mardi, sa pa ka maché
menm apré redémarrage. Le message dit « erreur lors de l'envoi des données ».
Les parents commencent à appeler pour les notes.

Merci de nous aider,
Josiane Rosette
Collège Saint-Joseph de Cluny, Fort-de-France
UAI 9721177X
""")


# =========================================================================== contract_documents

M("cd01", "contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "A local authority's buyer no longer finds a market's documents in 'Mes Marchés'; no UAI, no académie domain.",
  frm=("Nathalie Girard", "n.girard@cc-val-de-saone.example.fr"), auth="none",
  subject="Pièces du marché introuvables", date="Mon, 30 Sep 2024 11:18:44 +0200",
  ua="Microsoft Outlook 16.0", body="""Bonjour,

Je ne retrouve plus, dans « Mes Marchés » de l'Espace Acheteur, les pièces du
marché 2023-094 (restauration scolaire) : la fiche du marché s'affiche mais
l'onglet « Documents » est vide. Nous en avons besoin pour préparer la reconduction.

Merci de votre aide,
Nathalie Girard
Service marchés publics – Communauté de communes
""")

M("cd02", "contract_documents", False, "0941689A", "ile-de-france", "espace_acheteur", False, "fr",
  "Amendment no. 1 of a market is announced but not visible among the contract documents.",
  frm=("Olivier Ménard", "olivier.menard@ac-creteil.fr"),
  subject="Avenant n°1 non visible", date="Wed, 20 Nov 2024 15:06:11 +0100", ua="Zimbra",
  body="""Bonjour,

Le courrier d'information annonce un avenant n°1 au marché 2024-015
(fournitures de bureau), mais il n'apparaît pas dans les documents du marché
sur l'Espace Acheteur. Seuls l'acte d'engagement et le CCAP sont présents.

Pouvez-vous le mettre en ligne ?

Olivier Ménard
Gestionnaire – Lycée Guillaume Budé, Limeil-Brévannes (0941689A)
""")

M("cd03", "contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English: the framework agreement's contract documents cannot be seen in the buyer space.",
  frm=("Laura Bennett", "procurement@ecole-internationale-sophia.example.org"), auth="none",
  subject="Cannot see the contract documents", date="Tue, 10 Dec 2024 10:34:29 +0100",
  body="""Hello,

We joined the purchasing centre last month. In the Espace Acheteur I can
see the list of framework agreements, but when I open one, the contract
documents (terms, price schedule) are not displayed – only the title.

Do we need a specific permission to see them?

Best regards,
Laura Bennett
Procurement officer
""")

M("cd04", "contract_documents", False, "0250916K", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "The technical specifications (CCTP) of a market download as an empty file.",
  frm=("Mathieu Vuillemin", "mathieu.vuillemin@ac-besancon.fr"),
  subject="CCTP vide au téléchargement", date="Thu, 16 Jan 2025 14:11:02 +0100", ua="Mozilla Thunderbird",
  body="""Bonjour,

Quand je télécharge le CCTP du marché 2024-121 (matériel numérique) depuis
l'Espace Acheteur, j'obtiens un fichier PDF de 0 Ko qui ne s'ouvre pas. Les
autres pièces s'ouvrent normalement.

Établissement : collège Lucie Aubrac, Besançon – 0250916K

Merci,
Mathieu Vuillemin
""")

M("cd05", "contract_documents", False, "0751019A", "ile-de-france", "espace_acheteur", True, "fr",
  "Says in passing there is no password problem; the request is the market documents missing from 'Mes Marchés'.",
  frm=("Claire Dumont", "claire.dumont@ac-paris.fr"),
  subject="Documents du marché 2024-031 disparus", date="Tue, 04 Feb 2025 09:47:38 +0100",
  ua="Microsoft Outlook 16.0", kind="alt", body="""Bonjour,

Je me connecte sans souci à l'Espace Acheteur (pas de problème de mot de
passe ni de compte), mais dans « Mes Marchés », les pièces du marché 2024-031
n'apparaissent plus depuis la semaine dernière : ni le CCAP, ni le
bordereau de prix.

Pouvez-vous vérifier ?

Claire Dumont
Adjointe gestionnaire – UAI 0751019A
""")

M("cd06", "contract_documents", False, "0577954L", "grand-est", "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail quote): the convention is still missing after the desk's first answer.",
  frm=("Sophie Weber", "sophie.weber@ac-nancy-metz.fr"), kind="alt", hstyle="gmail",
  subject="Re: [#SUP-007044] Convention introuvable", date="Mon, 03 Mar 2025 11:29:06 +0100",
  irt=desk_id(7044, 1739800000), body="""Bonjour,

Je reviens vers vous : la convention 2025 n'apparaît toujours pas dans nos
documents contractuels sur l'Espace Acheteur, deux semaines après votre
message. Y a-t-il du nouveau ?

Sophie Weber
Collège Jean Mermoz, Yutz – 0577954L""" + gmail_fr("lun. 17 févr. 2025 à 14:03",
                                                   "Assistance <support@assistance.example.fr>",
                                                   DESK_GENERIC))

M("cd07", "contract_documents", False, "0849696H", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Since the change of structure administrator, the membership convention is no longer visible in the contract documents.",
  frm=("Rachid Amrani", "rachid.amrani@ac-aix-marseille.fr"),
  subject="Convention d'adhésion non visible", date="Wed, 26 Mar 2025 16:40:19 +0100", ua="Zimbra",
  body="""Bonjour,

Depuis le changement d'administrateur de structure le mois dernier, je ne
vois plus notre convention d'adhésion dans les documents contractuels de
l'Espace Acheteur. Mon compte fonctionne, je vois les marchés, mais pas la
convention ni ses avenants.

Rachid Amrani
Lycée Philippe de Girard, Avignon – UAI 0849696H
""")


# =========================================================================== build

FIELDS = ("file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes")


def visible_text(raw_bytes: bytes) -> str:
    """Subject, addresses and every decoded text part, for the label checks."""
    msg = email.message_from_bytes(raw_bytes, policy=email.policy.default)
    out = [str(msg.get(h, "")) for h in ("Subject", "From", "To", "Cc", "Reply-To")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif part.get_content_type() in ("message/rfc822", "message/delivery-status"):
            out.append(part.as_string())
    return "\n".join(out)


def check(mails: list[dict]) -> None:
    keys = [m["key"] for m in mails]
    assert len(keys) == len(set(keys)) == 150, len(keys)
    for m in mails:
        lab, txt = m["label"], visible_text(m["raw"])
        uai = lab["uai"]
        if uai:
            assert uai_ok(uai), (m["key"], uai)
            squeezed = re.sub(r"[\s.]", "", txt).upper()
            assert uai in squeezed, (m["key"], uai)
        found = {u.upper() for u in re.findall(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])", txt)
                 if uai_ok(u.upper())}
        assert found <= ({uai} if uai else set()), (m["key"], found, uai)


def main() -> None:
    check(MAILS)
    order = list(MAILS)
    random.Random(20250407).shuffle(order)
    for old in HERE.glob("h*.eml"):
        old.unlink()
    lines = []
    for i, m in enumerate(order, 1):
        name = f"h{i:03d}.eml"
        (HERE / name).write_bytes(m["raw"])
        rec = {"file": name, **m["label"]}
        lines.append(json.dumps({k: rec[k] for k in FIELDS}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

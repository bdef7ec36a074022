#!/usr/bin/env python3
"""Build the holdout6 corpus: 150 hand-written support mails and their labels.

Stdlib only and deterministic: running it twice gives the same bytes.

    python3 make_holdout6.py [OUTDIR]      (default: the folder of this script)

The texts below were written by hand for this set; the code only wraps them in
headers and MIME structure (trace headers, client quirks, encodings).
"""

import base64
import hashlib
import html
import json
import os
import quopri
import random
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

DESK = "support@assistance.example.fr"
TO = "Assistance <support@assistance.example.fr>"
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

MAILS = []  # (key, headers/body spec, label)


def uai_ok(code):
    return (len(code) == 8 and code[:7].isdigit()
            and UAI_LETTERS[int(code[:7]) % 23] == code[7].upper())


def L(category, auto_reply_ok, uai, region, platform, hard, lang, notes):
    return dict(category=category, auto_reply_ok=auto_reply_ok, uai=uai,
                region=region, platform=platform, hard=hard, lang=lang,
                notes=notes)


def M(key, label, **spec):
    MAILS.append((key, spec, label))


# ---------------------------------------------------------------- helpers

def paris_offset(dt):
    # Summer time 2024: until 27 Oct 01:00 UTC; 2025: from 30 Mar 01:00 UTC.
    if datetime(2024, 3, 31) <= dt < datetime(2024, 10, 27, 3):
        return 2
    if dt >= datetime(2025, 3, 30, 2):
        return 2
    return 1


def make_date(stamp, tz=None):
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    hours = paris_offset(dt) if tz is None else tz
    return dt.replace(second=(len(stamp) * 7) % 60,
                      tzinfo=timezone(timedelta(hours=hours)))


def paris_time(aware):
    utc = aware.astimezone(timezone.utc).replace(tzinfo=None)
    hours = paris_offset(utc + timedelta(hours=1))
    return aware.astimezone(timezone(timedelta(hours=hours)))


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def enc_addr(value, charset="utf-8"):
    """'Name <addr>' -> encoded; several addresses separated by ', '."""
    out = []
    for item in value.split(", "):
        if "<" in item:
            name, addr = item.rsplit("<", 1)
            name = name.strip().strip('"')
            addr = addr.rstrip(">")
            out.append(formataddr((name, addr), charset) if name else f"<{addr}>")
        else:
            out.append(item)
    return ",\n ".join(out)


def addr_of(value):
    return value.rsplit("<", 1)[-1].rstrip(">").strip()


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    return data.decode(charset)  # 7bit / 8bit: written as is


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra="",
         flowed=False):
    params = f"; charset={charset}" if ctype.startswith("text/") else ""
    if flowed:
        params += "; format=flowed"
    head = f"Content-Type: {ctype}{params}\nContent-Transfer-Encoding: {cte}\n{extra}"
    return head + "\n" + encode_body(text, charset, cte).rstrip("\n") + "\n"


def multipart(subtype, parts, boundary, params=""):
    head = f'Content-Type: multipart/{subtype};{params}\n boundary="{boundary}"\n'
    body = ""
    for p in parts:
        body += f"\n--{boundary}\n{p}"
    body += f"\n--{boundary}--\n"
    return head, body


def text_to_html(text, style="gmail"):
    """Plain text -> simple HTML, '>' lines as a blockquote."""
    out, quote = [], []

    def flush():
        if quote:
            inner = "\n".join(f"<div>{html.escape(q, quote=False) or '<br>'}</div>" for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       f'padding-left:1ex">\n{inner}\n</blockquote>')
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" "))
            continue
        flush()
        if style == "outlook":
            body = html.escape(line, quote=False) if line else "&nbsp;"
            out.append(f'<p class="MsoNormal">{body}<o:p></o:p></p>')
        else:
            out.append(f"<div>{html.escape(line, quote=False) or '<br>'}</div>")
    flush()
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="FR" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + "\n".join(out) + "\n</div>\n</body>\n</html>\n")
    return '<div dir="ltr">\n' + "\n".join(out) + "\n</div>\n"


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def attachment(filename, ctype, data):
    b64 = base64.encodebytes(data).decode("ascii")
    try:
        filename.encode("ascii")
        disp = f'attachment; filename="{filename}"'
        name = f'; name="{filename}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = f"attachment; filename*=utf-8''{quote(filename)}"
        name = ""
    return (f"Content-Type: {ctype}{name}\nContent-Disposition: {disp}\n"
            f"Content-Transfer-Encoding: base64\n\n{b64}")


# ---------------------------------------------------------------- clients

def message_id(client, key, domain, dt):
    h = hx(key + client, 40)
    if client == "gmail":
        return f"<CA{base64.b64encode(bytes.fromhex(h)).decode()[:46]}@mail.gmail.com>"
    if client in ("outlook", "outlook_android"):
        box = "PR0P264MB" + h[:4].upper()
        return f"<{box}{h[4:28].upper()}@{box}.FRAP264.PROD.OUTLOOK.COM>"
    if client in ("apple", "iphone"):
        u = h.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if client == "zimbra":
        return f"<{int(h[:8], 16)}.{int(h[8:12], 16)}.{int(dt.timestamp())}{h[12:15]}.JavaMail.zimbra@{domain}>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def client_headers(client, subject, key):
    if client == "thunderbird":
        return ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"]
    if client == "thunderbird_en":
        return ["User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"]
    if client in ("outlook", "outlook_android"):
        idx = base64.b64encode(bytes.fromhex(hx(key, 32))).decode()
        hs = [f"Thread-Topic: {enc_header(subject)}", f"Thread-Index: {idx}",
              "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
              "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
        if client == "outlook_android":
            hs.append("X-Mailer: Outlook for Android")
        return hs
    if client == "apple":
        return ["X-Mailer: Apple Mail (2.3776.700.51)"]
    if client == "iphone":
        return ["X-Mailer: iPhone Mail (21H16)"]
    if client == "zimbra":
        return ["X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF131 (Linux)/9.0.0_GA_4583)",
                f"Thread-Index: {hx(key, 20)}"]
    if client == "roundcube":
        return ["User-Agent: Roundcube Webmail/1.6.7"]
    if client == "samsung":
        return ["X-Mailer: Samsung Mail"]
    return []


def relay_for(domain, client, rnd):
    ip = f"{rnd.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rnd.randint(2, 250)}"
    if client == "gmail" or domain == "gmail.com":
        host = f"mail-{rnd.choice(['wr1', 'ej1', 'lf1', 'wm1'])}-f{rnd.randint(40, 99)}.google.com"
    elif client in ("outlook", "outlook_android") and not domain.startswith("ac-"):
        host = f"PAUP264CU{rnd.randint(1, 9):03d}.outbound.protection.outlook.com"
    elif domain in ("orange.fr", "wanadoo.fr"):
        host = f"smtp-{rnd.randint(10, 30)}.smtpout.orange.fr"
    elif domain == "free.fr":
        host = f"smtp{rnd.randint(1, 6)}-g21.free.fr"
    elif domain.startswith("ac-"):
        host = f"smtp{rnd.randint(1, 6)}.{domain}"
    else:
        host = f"mail.{domain}"
    return host, ip


def build(key, spec):
    rnd = random.Random(key)
    frm = spec["frm"]
    sender = addr_of(frm)
    domain = sender.split("@")[1].lower()
    client = spec.get("client", "thunderbird")
    dt = make_date(spec["date"], spec.get("tz"))
    arrive = dt + timedelta(seconds=rnd.randint(2, 40))
    host, ip = relay_for(domain, client, rnd)
    qid = hx(key + "q", 15)
    rp = spec.get("return_path", f"<{sender}>")
    auth = spec.get("auth")
    if auth is None:
        auth = (f"mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d={domain};\n"
                f"\tspf=pass smtp.mailfrom={domain};\n"
                f"\tdmarc=pass (p=none dis=none) header.from={domain}")
    lines = [
        f"Return-Path: {rp}",
        f"Delivered-To: {spec.get('delivered', DESK)}",
        f"Received: from {host} ({host} [{ip}])\n\tby mx1.assistance.example.fr (Postfix) "
        f"with ESMTPS id {qid}\n\tfor <{spec.get('delivered', DESK)}>; "
        f"{format_datetime(paris_time(arrive))}",
        f"Authentication-Results: {auth}",
    ]
    if spec.get("raw"):
        return "\n".join(lines) + "\n" + spec["raw"].lstrip("\n")
    hcs = spec.get("hcharset", "utf-8")
    subject = spec["subject"]
    head = [f"From: {enc_addr(frm, hcs)}", f"To: {enc_addr(spec.get('to', TO), hcs)}"]
    if spec.get("cc"):
        head.append(f"Cc: {enc_addr(spec['cc'], hcs)}")
    if spec.get("reply_to"):
        head.append(f"Reply-To: {enc_addr(spec['reply_to'], hcs)}")
    head.append(f"Subject: {enc_header(subject, hcs)}")
    head.append(f"Date: {format_datetime(dt)}")
    head.append(f"Message-ID: {spec.get('msgid') or message_id(client, key, domain, dt)}")
    if spec.get("in_reply_to"):
        head.append(f"In-Reply-To: {spec['in_reply_to']}")
        head.append(f"References: {spec.get('references', spec['in_reply_to'])}")
    head.append("MIME-Version: 1.0")
    head += client_headers(client, subject, key)
    head += spec.get("extra", [])

    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    kind = spec.get("kind", "plain")
    body_text = spec.get("body", "")
    flowed = client.startswith("thunderbird")
    bnd = "----=_Part_" + hx(key + "b", 24)
    if kind == "plain":
        content = leaf("text/plain", body_text, charset, cte, flowed=flowed)
    elif kind == "html":
        style = spec.get("html_style", "outlook")
        page = spec.get("html") or text_to_html(body_text, style)
        content = leaf("text/html", page, charset, cte)
    elif kind == "alt":
        style = spec.get("html_style", "gmail")
        page = spec.get("html") or text_to_html(body_text, style)
        h, b = multipart("alternative", [leaf("text/plain", body_text, charset, cte),
                                         leaf("text/html", page, charset, cte)],
                         "000000000000" + hx(key + "a", 16) if client == "gmail" else bnd + "_alt")
        content = h + "\n" + b
    else:
        raise ValueError(kind)
    if spec.get("attach"):
        parts = [content] + [attachment(*a) for a in spec["attach"]]
        h, b = multipart("mixed", parts, bnd + "_mix")
        content = h + "\n" + (
            "This is a multi-part message in MIME format.\n" if client.startswith("thunderbird") else "") + b
    return "\n".join(lines + head) + "\n" + content


# ---------------------------------------------------------------- mails
# ======================================================= password_reset (24)

M("pw01", L("password_reset", True, "0699401U", "auvergne-rhone-alpes", "esidoc", False, "fr",
            "Librarian locked out of the library portal's back office after the holidays, UAI given in the body: plain forgotten password."),
  frm="Nadège Perrin <nadege.perrin@ac-lyon.fr>", date="2024-09-03 08:47",
  subject="Accès administration portail documentaire", client="thunderbird",
  body="""Bonjour,

Je reprends mon poste au CDI du collège Les Battières (Lyon 5e) et je n'arrive
plus à entrer dans la partie administration de notre portail e-sidoc. Le mot de
passe que j'avais noté dans mon carnet ne fonctionne plus, j'ai dû le modifier
en juin sans le reporter.

UAI : 0699401U

Pourriez-vous me dire comment en obtenir un nouveau ? Je dois préparer
l'accueil des 6e la semaine prochaine.

Merci d'avance,
Nadège Perrin
Professeure documentaliste
""")

M("pw02", L("password_reset", True, "0381320D", "auvergne-rhone-alpes", "esidoc", False, "fr",
            "One-line request from a personal Gmail, UAI in lower case: lost password of the library software."),
  frm="michel.garnier38 <michel.garnier38@gmail.com>", date="2024-09-12 21:58",
  subject="mdp portail cdi", client="gmail", kind="alt",
  body="""bonjour j'ai perdu le mot de passe du logiciel du cdi (e-sidoc), code etablissement 0381320d, vous pouvez me renvoyer quelque chose ? merci
M. Garnier
""")

M("pw03", L("password_reset", True, "0744286G", "auvergne-rhone-alpes", "esidoc", False, "en",
            "English: the librarian of an international section cannot remember the back-office password; UAI given as the login."),
  frm="Fiona McAllister <fiona.mcallister@ac-grenoble.fr>", date="2024-09-18 13:05",
  subject="Cannot log in to the library portal admin", client="apple", kind="alt",
  body="""Hello,

I am the teacher-librarian at the Cité scolaire internationale in Annecy. I have
been trying to log in to the administration side of our library portal since
Monday and the password is refused every time. I honestly cannot remember what
I set it to last spring.

Our login should be the school code, 0744286G.

Could you please help me reset it?

Many thanks,
Fiona McAllister
""")

M("pw04", L("password_reset", True, "0210603S", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
            "Account on the purchasing platform locked after failed attempts; written from the establishment's ce.<UAI> address, which carries the UAI."),
  frm="Intendance Lycée Hippolyte Fontaine <ce.0210603S@ac-dijon.fr>", date="2024-09-24 10:31",
  subject="Compte bloqué plateforme d'achat", client="zimbra", cte="8bit",
  body="""Bonjour,

Suite à plusieurs essais infructueux, notre compte sur la plateforme d'achat est bloqué ("compte verrouillé, réessayez plus tard"). Cela fait maintenant 24 heures et c'est toujours pareil.
Pouvez-vous débloquer l'accès ou nous envoyer un lien de réinitialisation sur cette adresse ?

Nous devons passer une commande de fournitures avant la fin du mois.

Cordialement,

Le service d'intendance
Lycée Hippolyte Fontaine - Dijon
03 80 xx xx xx
""")

M("pw05", L("password_reset", True, "0250007X", "bourgogne-franche-comte", "esidoc", True, "fr",
            "Reply on an old subscription ticket whose subject still names Europresse, but the new message clearly asks for a lost password after the colleague left."),
  frm="Sabine Jacquot <sabine.jacquot@ac-besancon.fr>", date="2024-10-02 16:12",
  subject="Re: [#SUP-005122] Abonnement Europresse non visible",
  in_reply_to="<SUP-005122.1725541200.a91c3e@assistance.example.fr>",
  client="thunderbird",
  body="""Bonjour,

Pour Europresse tout est rentré dans l'ordre, merci.

J'ai en revanche un autre souci : ma collègue qui gérait le portail est partie
à la retraite en juillet et personne ne connaît le mot de passe de
l'administration. Est-il possible de le réinitialiser ? Notre identifiant est
0250007X (collège Lucie Aubrac, Besançon).

Bonne fin de journée,
Sabine Jacquot

Le 05/09/2024 à 15:00, Assistance a écrit :
> Bonjour,
>
> L'abonnement Europresse commandé le 3 septembre est désormais actif. Il
> peut s'écouler quelques heures avant son affichage dans « Mes
> abonnements ».
>
> Cordialement,
> L'équipe d'assistance
""")

M("pw06", L("password_reset", True, "0892385J", "bourgogne-franche-comte", "esidoc", True, "fr",
            "The secretary writes for the librarian from the school's ce. address, UAI only in that lower-case address; asks for the link on the official mailbox, the safe path."),
  frm="Secretariat <ce.0892385j@ac-dijon.fr>", date="2024-10-07 09:02",
  subject="Demande pour Mme Lemaire (CDI)", client="zimbra",
  body="""Bonjour,

Je vous écris de la part de Mme Lemaire, professeure documentaliste, qui n'a
pas accès à sa messagerie en ce moment.

Elle ne parvient plus à se connecter au portail du CDI : le mot de passe a
été oublié. Pourriez-vous envoyer le lien de réinitialisation sur l'adresse
officielle du collège (celle-ci) ? Je le lui transmettrai.

Merci beaucoup.

Le secrétariat de direction
""")

M("pw07", L("password_reset", True, None, None, "esidoc", True, "fr",
            "UAI typed 0359608E: the check letter is wrong (the digits give D), so no UAI; Orange sender, so no region; the forgotten password itself is a plain case."),
  frm="Yann Le Goff <yann.legoff29@orange.fr>", date="2024-10-09 19:40",
  subject="Mot de passe oublié portail BCD", client="roundcube", cte="8bit",
  body="""Bonjour,

Je suis bénévole à la bibliothèque de l'école et je m'occupe du portail
(e-sidoc) depuis deux ans. Le mot de passe ne marche plus et "mot de passe
oublié" me dit que l'adresse n'est pas reconnue.

Le numéro de l'école c'est 0359608E je crois.

Merci de votre aide,
Yann Le Goff
""")

M("pw08", L("password_reset", True, "0297704S", "bretagne", "esidoc", False, "fr",
            "Forward of the reset mail whose link is reported as expired; asks for a new link."),
  frm="Gwenaëlle Tanguy <gwenaelle.tanguy@ac-rennes.fr>", date="2024-10-15 07:52",
  subject="Fwd: Réinitialisation de votre mot de passe", client="gmail", kind="alt",
  body="""Bonjour,
le lien ci-dessous m'indique "lien expiré" alors que je l'ai reçu hier soir. J'ai dû le laisser traîner trop longtemps.
Pouvez-vous m'en renvoyer un ? UAI 0297704S, collège de Châteaulin.
Merci !
G. Tanguy

---------- Forwarded message ---------
De : e-sidoc <ne-pas-repondre@esidoc.fr>
Date: lun. 14 oct. 2024 à 18:21
Subject: Réinitialisation de votre mot de passe
To: <gwenaelle.tanguy@ac-rennes.fr>

Bonjour,
Vous avez demandé la réinitialisation du mot de passe administrateur du portail 0297704S.
Cliquez sur le lien suivant pour choisir un nouveau mot de passe : https://0297704s.esidoc.fr/reset?t=3f9ac2...
Ce lien est valable 12 heures.
Ceci est un message automatique, merci de ne pas y répondre.
""")

M("pw09", L("password_reset", False, "0566113R", "bretagne", "esidoc", True, "fr",
            "Two requests: the forgotten admin password (first, main) and a second administrator account for a colleague (account_creation); one template would answer only half."),
  frm="Hervé Le Bihan <herve.le-bihan@ac-rennes.fr>", date="2024-10-17 11:20",
  subject="Deux questions portail CDI", client="thunderbird",
  body="""Bonjour,

Deux choses :

1. Je ne retrouve plus le mot de passe de l'administration du portail (UAI
0566113R, lycée Dupuy de Lôme, Lorient). Pouvez-vous me le réinitialiser ?

2. Ma nouvelle collègue documentaliste, Mme Rio, arrive à mi-temps : peut-elle
avoir son propre compte administrateur, ou devons-nous partager le même ?

Merci,
H. Le Bihan
""")

M("pw10", L("password_reset", True, None, "bretagne", "espace_acheteur", False, "fr",
            "New school manager does not know the login nor the password of the purchasing platform; no UAI, region from the ac-rennes.fr sender."),
  frm="Morgane Kerhervé <morgane.kerherve@ac-rennes.fr>", date="2024-10-21 14:03",
  subject="identifiant ?", client="zimbra",
  body="""Bonjour,

Arrivée depuis la Toussaint comme gestionnaire, je dois me connecter à la
plateforme d'achat de la centrale mais je n'ai ni l'identifiant ni le mot de
passe, et mon prédécesseur ne répond pas. Comment fait-on ?

Merci
Morgane Kerhervé
Adjointe gestionnaire
""")

M("pw11", L("password_reset", False, "0225232T", "bretagne", "esidoc", False, "en",
            "English; expired password, but the sender asks for the new one to be sent to her private Gmail, which is not on file: no automatic answer."),
  frm="Kate Morvan <katemorvan.cdi@gmail.com>", date="2024-11-05 22:14",
  subject="Expired password - please send to this address", client="gmail", kind="alt",
  body="""Hi,

The admin password for our school library portal has expired and I can't
remember the old one to change it. School code is 0225232T (Collège Jean
Macé, Lannion).

I can't access my work email from home at the moment, so could you please send
the new password or reset link to this gmail address instead?

Thanks a lot
Kate
""")

M("pw12", L("password_reset", True, "0370358N", "centre-val-de-loire", "esidoc", False, "fr",
            "HTML-only Outlook message: a substitute librarian was never given the password; the UAI sits in the signature as 'RNE'."),
  frm="Laurent Boissière <laurent.boissiere@ac-orleans-tours.fr>", date="2024-11-06 10:44",
  subject="Remplacement au CDI - accès portail", client="outlook", kind="html",
  charset="windows-1252",
  body="""Bonjour,

J’effectue un remplacement au CDI jusqu’aux vacances de février.

Personne au collège ne connaît le mot de passe d’administration du portail documentaire, et ma collègue titulaire n’est pas joignable. Je ne connais donc pas le mot de passe et je ne sais pas quelle adresse est enregistrée chez vous.

Pouvez-vous m’indiquer la démarche ?

Cordialement

Laurent Boissière
Professeur documentaliste (TZR)
Collège Anatole France – Tours
RNE 0370358N
""")

M("pw13", L("password_reset", True, "0454467L", "centre-val-de-loire", "esidoc", True, "fr",
            "'Absence' in the subject is a colleague's maternity leave, not an out-of-office: a person asks for the library portal password she never had."),
  frm="Coralie Dumas <coralie.dumas@ac-orleans-tours.fr>", date="2024-11-12 12:37",
  subject="Absence collègue - accès portail du CDI", client="thunderbird",
  body="""Bonjour,

En l'absence de ma collègue documentaliste (congé maternité jusqu'en mars),
c'est moi qui assure le prêt et les commandes au CDI. Elle ne m'a pas laissé le
mot de passe de l'administration du portail e-sidoc et je ne veux pas la
déranger.

Serait-il possible de recevoir un lien pour définir un nouveau mot de passe ?
Lycée Voltaire, Orléans, UAI 0454467L.

Merci par avance,
Coralie Dumas
Professeure de lettres, référente CDI
""")

M("pw14", L("password_reset", True, "7206783K", "corse", "esidoc", False, "fr",
            "Short phone message from Haute-Corse (UAI prefix 720): portal password blocked, asks for a new link."),
  frm="Ghjuvanna Santini <ghjuvanna.santini@ac-corse.fr>", date="2024-11-14 08:09",
  subject="Mot de passe bloqué", client="outlook_android", cte="base64",
  body="""Bonjour, mot de passe bloqué pour le portail du CDI (7206783K), pouvez-vous me renvoyer un lien svp ? Merci

Obtenir Outlook pour Android
""")

M("pw15", L("password_reset", False, None, None, "ecoledirecte", True, "fr",
            "Lost administrator password of the school-management software after the manager left; explicitly not the daily maintenance code, and no reset template exists for this product, so a person answers."),
  frm="Secrétariat Ecole Sainte-Thérèse <secretariat@ste-therese-vitre.fr>", date="2024-11-18 15:26",
  subject="Perte mot de passe administrateur", client="outlook",
  body="""Bonjour,

Notre comptable, qui était la seule à avoir le mot de passe du compte
administrateur d'EcoleDirecte, nous a quittés la semaine dernière. Nous ne
pouvons plus gérer les comptes des familles ni des enseignants.

Je précise qu'il ne s'agit pas du mot de passe de maintenance du jour (celui-là
nous savons le demander), mais bien du mot de passe de l'administrateur.

Comment pouvons-nous le récupérer ?

Cordialement,
Sylvie Rouxel
Secrétariat - Ecole Sainte-Thérèse
""")

M("pw16", L("password_reset", True, "0678819X", "grand-est", "esidoc", False, "fr",
            "UAI only in the subject; body just says the password was forgotten."),
  frm="Anne-Sophie Klein <anne-sophie.klein@ac-strasbourg.fr>", date="2024-11-20 09:15",
  subject="RNE 0678819X mot de passe oublié", client="zimbra",
  body="""Bonjour,

J'ai oublié le mot de passe du back-office. Merci de me dire comment faire.

A.-S. Klein
CDI collège du Ried
""")

M("pw17", L("password_reset", True, "9743262C", "la-reunion", "esidoc", False, "fr",
            "Long, worried message with typos from La Réunion; clear lost password, UAI given."),
  frm="Marie-Josée Payet <marie-josee.payet@ac-reunion.fr>", date="2024-11-25 06:48", tz=4,
  subject="URGENT portail CDI plus d'accès", client="thunderbird", cte="8bit",
  body="""Bonjour,

je me permet de vous écrire car je suis vraiment embêtée. depuis vendredi je
n'arrive plus a me connecter a l'administration du portail du CDI, j'ai du me
tromper de mot de passe plusieurs fois et maintenant il me dit que mes
identifiants sont incorrects.

j'ai essayé avec le code du lycée (9743262C) et avec mon adresse, j'ai essayé
aussi avec l'ancienne adresse du CDI que plus personne n'utilise, rien a faire.

nous avons une semaine thématique sur le livre la semaine prochaine et je dois
absolument mettre les sélections en ligne avant.

pouvez vous m'aider ? je suis joignable au lycée le matin (heure de la Réunion
donc 3 h de plus que chez vous).

merci beaucoup
Marie-Josée Payet
documentaliste lycée Roland Garros, Le Tampon
""")

M("pw18", L("password_reset", False, "0599070N", "hauts-de-france", "esidoc", False, "fr",
            "Reply (Outlook 'De : / Envoyé :' quote) to the automatic answer: the link went to the official mailbox, which nobody in the school can read; a person must take over."),
  frm="DEWAELE Christophe <christophe.dewaele@ac-lille.fr>", date="2024-11-27 11:02",
  subject="RE: [#SUP-005480] Mot de passe portail", client="outlook",
  in_reply_to="<SUP-005480.1732614000.5c0d7e@assistance.example.fr>",
  body="""Bonjour,

Merci pour la réponse, mais la boîte ce.0599070N n'est lue par personne chez nous : elle est redirigée vers le rectorat depuis la fusion des deux sites et on ne sait pas qui la consulte.
Le lien est donc perdu. Que peut-on faire d'autre ? Je peux vous appeler si c'est plus simple.

C. Dewaele
Documentaliste – Lycée Baggio, Lille

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 26 novembre 2024 10:40
À : DEWAELE Christophe <christophe.dewaele@ac-lille.fr>
Objet : [#SUP-005480] Mot de passe portail

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de votre établissement (c***@ac-l****.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""")

M("pw19", L("password_reset", True, None, None, "espace_acheteur", False, "en",
            "English buyer at a local authority forgot the buyer-space password; no UAI and no académie domain."),
  frm="Daniel Hartley <d.hartley@cc-pays-de-lumbres.fr>", date="2024-12-02 14:30",
  subject="Forgotten password", client="outlook",
  body="""Good afternoon,

I've forgotten my password for the buyer space (purchasing platform). My login
should be this email address. Could you please tell me how to reset it?

Kind regards,
Daniel Hartley
Procurement officer
Communauté de communes du Pays de Lumbres
""")

M("pw20", L("password_reset", True, "0624350S", "hauts-de-france", "esidoc", True, "fr",
            "Hearsay about the head's written procedure, but the writer is the librarian asking for her own reset, not the head: password_reset."),
  frm="Justine Lefebvre <justine.lefebvre1@ac-lille.fr>", date="2024-12-04 17:55",
  subject="Réinitialisation mot de passe portail", client="thunderbird",
  body="""Bonjour,

Une collègue d'un autre collège m'a dit que vous ne réinitialisiez le mot de
passe du portail que si le chef d'établissement vous écrivait lui-même. Je ne
suis pas la principale, je suis la documentaliste : est-ce que je peux quand
même faire la demande ?

J'ai oublié le mot de passe de l'administration du portail. Collège Jean
Jaurès, Lens, UAI 0624350S.

Merci,
Justine Lefebvre
""")

M("pw21", L("password_reset", True, "9761914B", "mayotte", "esidoc", False, "fr",
            "The secretariat writes from the ce.<UAI> address (UAI also in the body) and asks for the reset link on that official address."),
  frm="Collège de Kani-Kéli <ce.9761914B@ac-mayotte.fr>", date="2024-12-09 08:20", tz=3,
  subject="Lien de réinitialisation - portail documentaire", client="zimbra",
  body="""Bonjour,

Le documentaliste du collège (UAI 9761914B) a oublié son mot de passe pour le
portail documentaire. Merci de bien vouloir envoyer un lien de
réinitialisation à l'adresse du collège, le secrétariat le lui remettra.

Bien cordialement,
Le secrétariat
""")

M("pw22", L("password_reset", True, "0809995E", "hauts-de-france", "esidoc", True, "fr",
            "MailInBlack named only to say it is not the problem: the reset mail arrives but its link says 'jeton invalide'; a new link is the answer."),
  frm="Pauline Caron <pauline.caron@ac-amiens.fr>", date="2024-12-11 10:18",
  subject="lien réinitialisation invalide", client="zimbra",
  body="""Bonjour,

Ce n'est pas un problème de Mailinblack ni de spams : le mail de
réinitialisation arrive bien, en quelques secondes. Mais quand je clique sur le
lien, la page affiche "jeton invalide" et je reste bloquée. J'ai refait la
demande trois fois.

Collège Guy Mareschal, Amiens - 0809995E.

Pouvez-vous me générer un lien qui fonctionne ?

Pauline Caron, documentaliste
""")

M("pw23", L("password_reset", True, "9738605R", "guyane", "esidoc", False, "fr",
            "Numbered questions from a new librarian in Guyane who has neither the login nor the password of the portal."),
  frm="Rodrigue Lucien <rodrigue.lucien@ac-guyane.fr>", date="2025-01-07 09:33", tz=-3,
  subject="Nouveau documentaliste - questions", client="thunderbird",
  body="""Bonjour,

Nommé au lycée de Saint-Laurent-du-Maroni à la rentrée de janvier, je découvre
le logiciel du CDI.

1) Quel est l'identifiant pour l'administration ? On m'a parlé du code de
l'établissement, qui est 9738605R.
2) Je n'ai pas le mot de passe : personne ici ne l'a.
3) Est-ce que le lien arrivera sur mon adresse académique ou sur celle du
lycée ?

Merci d'avance pour votre aide.
R. Lucien
""")

M("pw24", L("password_reset", True, "0756958F", "ile-de-france", "esidoc", False, "en",
            "English; the portal admin password has expired and the old one is forgotten, UAI given."),
  frm="Tom Whitfield <tom.whitfield@ac-paris.fr>", date="2025-01-13 16:41",
  subject="Library portal: admin password expired", client="apple", kind="alt",
  body="""Hi there,

Our library portal tells me my admin password has expired and asks for the
old one, which I no longer have. Lycée international, Paris 16e, UAI 0756958F.

Could you send a reset link?

Cheers,
Tom Whitfield
Librarian, British section
""")

# ============================================================ automated (21)

M("au01", L("automated", False, None, None, None, False, "en",
            "English Exchange 'Automatic reply' with Auto-Submitted and X-Auto-Response-Suppress."),
  frm="Rachel Owens <rachel.owens@brightpath-learning.co.uk>", date="2024-09-06 09:12",
  subject="Automatic reply: [#SUP-005031] Your question about the catalogue import",
  client="outlook", in_reply_to="<SUP-005031.1725606000.0e7f4b@assistance.example.fr>",
  extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  body="""Thank you for your email. I am out of the office until Monday 16 September
with no access to email. For urgent matters please contact
office@brightpath-learning.co.uk.

Rachel
""")

M("au02", L("automated", False, None, "occitanie", None, False, "fr",
            "Academic webmail vacation message (Auto-Submitted: auto-replied); region from the ac-montpellier.fr sender."),
  frm="Olivier Bonnafous <olivier.bonnafous@ac-montpellier.fr>", date="2024-10-21 07:02",
  subject="Absent : Re: [#SUP-005377] Commande fournitures", client="zimbra",
  extra=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"],
  body="""Bonjour,

Je suis absent du 19 octobre au 4 novembre inclus (vacances de la Toussaint).
Votre message sera traité à mon retour.

Pour toute urgence concernant l'intendance : 04 67 xx xx xx.

Olivier Bonnafous
""")

M("au03", L("automated", False, None, "nouvelle-aquitaine", None, True, "fr",
            "Out-of-office sent by a client-side rule: no automation header at all and 'Absence' as the subject; only the wording shows it is automatic (region from the sender domain)."),
  frm="Isabelle Maurin <isabelle.maurin@ac-bordeaux.fr>", date="2024-12-20 17:31",
  subject="Absence", client="outlook",
  body="""Bonjour,

Je suis absente du 21 décembre au 5 janvier. Je prendrai connaissance de votre message à mon retour.
Pour toute urgence, merci de vous adresser à la vie scolaire ou au secrétariat de direction.

Cordialement,
Isabelle Maurin
""")

M("au04", L("automated", False, None, None, None, False, "en",
            "Postfix bounce of a desk reply (multipart/report delivery-status, null Return-Path, MAILER-DAEMON)."),
  frm="Mail Delivery System <MAILER-DAEMON@mx.college-les-tilleuls.fr>", date="2024-10-03 11:05",
  return_path="<>",
  auth="mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=mx.college-les-tilleuls.fr;\n\tdmarc=none",
  raw="""From: Mail Delivery System <MAILER-DAEMON@mx.college-les-tilleuls.fr>
To: support@assistance.example.fr
Subject: Undelivered Mail Returned to Sender
Date: Thu, 03 Oct 2024 11:05:07 +0200
Message-ID: <20241003090507.7B2C41A0F3@mx.college-les-tilleuls.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="7B2C41A0F3.1727946307/mx.college-les-tilleuls.fr"

This is a MIME-encapsulated message.

--7B2C41A0F3.1727946307/mx.college-les-tilleuls.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.college-les-tilleuls.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<cdi@college-les-tilleuls.fr>: mailbox is full (quota exceeded)

--7B2C41A0F3.1727946307/mx.college-les-tilleuls.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.college-les-tilleuls.fr
X-Postfix-Queue-ID: 7B2C41A0F3
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Thu,  3 Oct 2024 11:05:06 +0200 (CEST)

Final-Recipient: rfc822; cdi@college-les-tilleuls.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Postfix; mailbox is full (quota exceeded)

--7B2C41A0F3.1727946307/mx.college-les-tilleuls.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: cdi@college-les-tilleuls.fr
Subject: [#SUP-005260] Abonnement Cafeyn
Date: Thu, 03 Oct 2024 11:05:00 +0200
Message-ID: <SUP-005260.1727946300.c3f0aa@assistance.example.fr>
Auto-Submitted: auto-replied

--7B2C41A0F3.1727946307/mx.college-les-tilleuls.fr--
""")

M("au05", L("automated", False, None, None, None, False, "fr",
            "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with the original attached."),
  frm="Microsoft Outlook <postmaster@lyceesaintjosephvannes.onmicrosoft.com>", date="2024-11-08 15:22",
  return_path="<>",
  auth="mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=lyceesaintjosephvannes.onmicrosoft.com;\n\tspf=pass smtp.helo=mail.protection.outlook.com;\n\tdmarc=none",
  raw="""From: Microsoft Outlook <postmaster@lyceesaintjosephvannes.onmicrosoft.com>
To: <support@assistance.example.fr>
Subject: =?utf-8?q?Non_remis_=3A_=5B=23SUP-005533=5D_Votre_demande_de_devis?=
Date: Fri, 8 Nov 2024 14:22:41 +0000
Message-ID: <0b7c1e2a-5d61-4b7e-9a38-2f1e0c6d4a11@PR0P264MB3312.FRAP264.PROD.OUTLOOK.COM>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="ndr_9d1e77c3-1b2a-4f0e-8c55-6b0d2e9a7f10"

--ndr_9d1e77c3-1b2a-4f0e-8c55-6b0d2e9a7f10
Content-Type: multipart/alternative; differences=Content-Type;
 boundary="alt_9d1e77c3-1b2a-4f0e-8c55-6b0d2e9a7f10"

--alt_9d1e77c3-1b2a-4f0e-8c55-6b0d2e9a7f10
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Impossible de remettre le message =C3=A0 ces destinataires ou groupes :

econome@lycee-saintjoseph-vannes.fr
L'adresse de messagerie que vous avez entr=C3=A9e est introuvable. V=C3=A9r=
ifiez l'adresse de messagerie du destinataire et essayez de renvoyer le mes=
sage.

--alt_9d1e77c3-1b2a-4f0e-8c55-6b0d2e9a7f10
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><p><b><font color=3D"#000066" size=3D"3">Impossible de remettre=
 le message =C3=A0 ces destinataires ou groupes :</font></b></p>
<p><a href=3D"mailto:econome@lycee-saintjoseph-vannes.fr">econome@lycee-sai=
ntjoseph-vannes.fr</a><br>L'adresse de messagerie que vous avez entr=C3=A9e=
 est introuvable.</p></body></html>

--alt_9d1e77c3-1b2a-4f0e-8c55-6b0d2e9a7f10--

--ndr_9d1e77c3-1b2a-4f0e-8c55-6b0d2e9a7f10
Content-Type: message/delivery-status

Reporting-MTA: dns;PR0P264MB3312.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Fri, 8 Nov 2024 14:22:39 +0000

Final-Recipient: rfc822;econome@lycee-saintjoseph-vannes.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ndr_9d1e77c3-1b2a-4f0e-8c55-6b0d2e9a7f10
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: econome@lycee-saintjoseph-vannes.fr
Subject: [#SUP-005533] Votre demande de devis
Date: Fri, 08 Nov 2024 15:22:30 +0100
Message-ID: <SUP-005533.1731075750.e1d2b9@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre demande a bien =C3=A9t=C3=A9 transmise au service commercial, qui vou=
s enverra le devis sous 48 heures.

L'=C3=A9quipe d'assistance

--ndr_9d1e77c3-1b2a-4f0e-8c55-6b0d2e9a7f10--
""")

M("au06", L("automated", False, None, "pays-de-la-loire", None, False, "fr",
            "Read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-nantes.fr sender."),
  frm="Florence Guérin <florence.guerin@ac-nantes.fr>", date="2024-11-19 08:03",
  raw="""From: =?utf-8?q?Florence_Gu=C3=A9rin?= <florence.guerin@ac-nantes.fr>
To: Assistance <support@assistance.example.fr>
Subject: =?utf-8?q?Lu_=3A_=5B=23SUP-005611=5D_Abonnement_activ=C3=A9?=
Date: Tue, 19 Nov 2024 08:03:12 +0100
Message-ID: <6d0c1f7e-93aa-4c0e-b5d2-77f3e0a61c28@ac-nantes.fr>
In-Reply-To: <SUP-005611.1731942000.77ab01@assistance.example.fr>
References: <SUP-005611.1731942000.77ab01@assistance.example.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="----=_NextPart_000_0016_01DB3A52.6C1E4F20"

------=_NextPart_000_0016_01DB3A52.6C1E4F20
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80 : Florence Gu=C3=A9rin
  Objet : [#SUP-005611] Abonnement activ=C3=A9
  Envoy=C3=A9 : lundi 18 novembre 2024 16:00:00 (UTC+01:00) Bruxelles, Cop=
enhague, Madrid, Paris

a =C3=A9t=C3=A9 lu le mardi 19 novembre 2024 08:03:10 (UTC+01:00) Bruxelle=
s, Copenhague, Madrid, Paris.

------=_NextPart_000_0016_01DB3A52.6C1E4F20
Content-Type: message/disposition-notification

Reporting-UA: ac-nantes.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;florence.guerin@ac-nantes.fr
Original-Message-ID: <SUP-005611.1731942000.77ab01@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0016_01DB3A52.6C1E4F20--
""")

M("au07", L("automated", False, None, None, None, False, "en",
            "Thunderbird return receipt in English from a Gmail address, multipart/report disposition-notification."),
  frm="Peter Lang <peterlang.teach@gmail.com>", date="2024-12-03 19:47",
  raw="""From: Peter Lang <peterlang.teach@gmail.com>
To: support@assistance.example.fr
Subject: Return Receipt (displayed) - Re: [#SUP-005702] Buyer account
Date: Tue, 3 Dec 2024 19:47:21 +0100
Message-ID: <3a9e1c55-0f2b-4f7e-86c1-5be0d1a4e2f9@gmail.com>
In-Reply-To: <SUP-005702.1733238000.19ac3d@assistance.example.fr>
References: <SUP-005702.1733238000.19ac3d@assistance.example.fr>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------mmz0Qk4uY1a2Bf3Vd0Wn7Lx8"

This is a multi-part message in MIME format.
--------------mmz0Qk4uY1a2Bf3Vd0Wn7Lx8
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to
peterlang.teach@gmail.com.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.

--------------mmz0Qk4uY1a2Bf3Vd0Wn7Lx8
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: gmail.com; Thunderbird 128.5.0
Final-Recipient: rfc822;peterlang.teach@gmail.com
Original-Message-ID: <SUP-005702.1733238000.19ac3d@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mmz0Qk4uY1a2Bf3Vd0Wn7Lx8--
""")

M("au08", L("automated", False, None, "nouvelle-aquitaine", "espace_acheteur", True, "fr",
            "A school manager's genuine question about MailInBlack blocking the purchasing platform, but posted to a mailing list the desk subscribes to (List-Id, Precedence: list): not written to us."),
  frm="Thierry Vergnaud <thierry.vergnaud@ac-poitiers.fr>", date="2024-10-10 13:48",
  to="Liste gestionnaires EPLE 86 <gestionnaires-86@listes.ac-poitiers.fr>",
  subject="[gestionnaires-86] Mailinblack et plateforme d'achat", client="thunderbird",
  extra=["List-Id: Gestionnaires EPLE Vienne <gestionnaires-86.listes.ac-poitiers.fr>",
         "List-Post: <mailto:gestionnaires-86@listes.ac-poitiers.fr>",
         "List-Unsubscribe: <mailto:sympa@listes.ac-poitiers.fr?subject=unsubscribe%20gestionnaires-86>",
         "Precedence: list", "X-Loop: gestionnaires-86@listes.ac-poitiers.fr",
         "Sender: gestionnaires-86-request@listes.ac-poitiers.fr"],
  delivered="veille@assistance.example.fr",
  return_path="<gestionnaires-86-owner@listes.ac-poitiers.fr>",
  body="""Bonjour à toutes et tous,

Depuis que le département a déployé Mailinblack sur nos boîtes, je ne reçois
plus les mails de validation de la plateforme d'achat de la centrale. Quelqu'un
a-t-il trouvé quelle adresse il faut autoriser ? Le support m'a envoyé une
procédure mais je ne suis pas sûr d'avoir bien compris.

Merci pour vos retours,
Thierry Vergnaud
Gestionnaire, collège Camille Guérin
""")

M("au09", L("automated", False, None, None, None, False, "fr",
            "Publisher's marketing newsletter with List-Unsubscribe and Precedence: bulk."),
  frm="Éditions Lumen Jeunesse <newsletter@lumen-jeunesse.fr>", date="2024-09-26 10:00",
  subject="Nos nouveautés pour les CDI : rentrée 2024", client="none", kind="alt",
  html_style="gmail",
  extra=["Precedence: bulk", "List-Id: <nouveautes.lumen-jeunesse.fr>",
         "List-Unsubscribe: <https://lumen-jeunesse.fr/desabonnement?u=4b21>",
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
         "X-Mailer: Sendinblue"],
  return_path="<bounce-4b21@mail.lumen-jeunesse.fr>",
  body="""Les nouveautés de la rentrée pour vos CDI

Romans ados, documentaires, bandes dessinées : découvrez notre sélection 2024 et
profitez de 10 % de remise sur votre première commande avec le code CDI2024.

> Voir le catalogue en ligne
> Demander un spécimen gratuit

Vous recevez ce message car vous êtes inscrit à notre lettre d'information.
Se désinscrire : https://lumen-jeunesse.fr/desabonnement
""")

M("au10", L("automated", False, None, None, "esidoc", False, "fr",
            "No-reply notification from the library portal (export ready), Auto-Submitted: auto-generated."),
  frm="e-sidoc <ne-pas-repondre@esidoc.fr>", date="2024-10-24 02:15",
  subject="Votre export de notices est disponible", client="none",
  extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  return_path="<bounces@esidoc.fr>",
  body="""Bonjour,

L'export de notices demandé le 23/10/2024 à 17:02 (portail démonstration
assistance) est terminé.

Fichier : export_notices_20241023.iso (1 842 notices)
Il restera téléchargeable pendant 7 jours depuis l'onglet « Exports ».

Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
""")

M("au11", L("automated", False, None, None, "ticket_portal", False, "fr",
            "Ticket-portal notification that a ticket the desk opened was resolved; auto-generated, no-reply sender."),
  frm="Portail Tickets <notifications@portail-tickets.example.fr>", date="2024-11-13 16:40",
  subject="[Ticket 88213] Statut modifié : Résolu", client="none", kind="alt",
  html_style="gmail",
  extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: OOF, AutoReply"],
  return_path="<notifications@portail-tickets.example.fr>",
  body="""Bonjour,

Le ticket n° 88213 « Lenteurs à l'ouverture des notices » a changé de statut.

Ancien statut : En cours
Nouveau statut : Résolu

Commentaire de l'intervenant : correctif déployé sur l'ensemble des portails.

Pour consulter le ticket, connectez-vous au portail. Ce message est généré
automatiquement ; les réponses à cette adresse ne sont pas lues.
""")

M("au12", L("automated", False, None, None, "esignature", True, "fr",
            "E-signature 'document to sign' notification with no automation header; the no-reply sender and the wording show it is automatic."),
  frm="Signature électronique <no-reply@esignature.example.fr>", date="2024-11-21 09:30",
  subject="Document à signer : Convention d'adhésion 2025", client="none", kind="alt",
  html_style="gmail", return_path="<no-reply@esignature.example.fr>",
  body="""Bonjour,

Vous êtes invité(e) à signer le document « Convention d'adhésion 2025 » envoyé
par la Centrale d'achat.

Pour consulter et signer le document, cliquez sur le bouton ci-dessous :
https://esignature.example.fr/sign/7Hc2kQ

Ce lien est personnel. Il expirera dans 30 jours.

Merci de ne pas répondre à ce message.
""")

M("au13", L("automated", False, None, None, None, False, "en",
            "Gmail 'Delivery Status Notification (Delay)': multipart/report, Action: delayed; not a failure, still automatic."),
  frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", date="2024-12-06 04:11",
  return_path="<>",
  raw="""From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: support@assistance.example.fr
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Delay)
Date: Thu, 05 Dec 2024 19:11:02 -0800
Message-ID: <6751f9d6.050a0220.2b1e4c.0012.GMR@mx.google.com>
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000f3a2b10628958c41"; report-type=delivery-status

--000000000000f3a2b10628958c41
Content-Type: text/plain; charset="UTF-8"

** Message not delivered yet **

There was a temporary problem delivering your message to
tresorier.apel@lycee-du-rempart.fr. Gmail will retry for 45 more hours.
You'll be notified if the delivery fails permanently.

The response from the remote server was:
451 4.7.1 Greylisting in action, please come back later

--000000000000f3a2b10628958c41
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Dec 2024 10:58:47 -0800

Final-Recipient: rfc822; tresorier.apel@lycee-du-rempart.fr
Action: delayed
Status: 4.7.1
Diagnostic-Code: smtp; 451 4.7.1 Greylisting in action, please come back later
Will-Retry-Until: Sat, 07 Dec 2024 10:58:47 -0800 (PST)

--000000000000f3a2b10628958c41
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: tresorier.apel@lycee-du-rempart.fr
Subject: [#SUP-005741] Votre message
Date: Thu, 05 Dec 2024 19:58:45 +0100
Message-ID: <SUP-005741.1733425125.9b0e52@assistance.example.fr>

--000000000000f3a2b10628958c41--
""")

M("au14", L("automated", False, "0330748J", "nouvelle-aquitaine", None, False, "fr",
            "Out-of-office of a lycée's intendance mailbox (ce.<UAI> address) that talks about orders and invoices; Auto-Submitted is present and the UAI comes from the address."),
  frm="Intendance <ce.0330748J@ac-bordeaux.fr>", date="2025-02-14 17:05",
  subject="Réponse automatique : [#SUP-006102] Facture abonnement", client="outlook",
  in_reply_to="<SUP-006102.1739548800.44c1de@assistance.example.fr>",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body="""Bonjour,

Le service d'intendance est fermé pendant les vacances d'hiver, du 15 février au 2 mars.
Les commandes et les factures reçues pendant cette période seront traitées à la réouverture.

Pour les paiements urgents, contactez l'agence comptable au 05 56 xx xx xx.

Le service d'intendance
""")

M("au15", L("automated", False, None, None, None, False, "fr",
            "MailInBlack's own challenge sent back to the desk after a desk reply: machine text naming MailInBlack, not a person asking for the allow-list guide."),
  frm="Mailinblack <noreply@protect.mailinblack.com>", date="2025-01-09 10:26",
  subject="Votre message à c.rolland@mairie-ploermel.fr est en attente", client="none",
  kind="alt", html_style="gmail",
  extra=["Auto-Submitted: auto-replied", "X-Mailinblack: challenge"],
  return_path="<>",
  body="""Bonjour,

Votre message « [#SUP-005902] Activation de votre compte » adressé à
c.rolland@mairie-ploermel.fr est en attente de validation.

Pour qu'il soit délivré, merci de confirmer que vous n'êtes pas un robot en
cliquant sur le lien ci-dessous :
https://protect.mailinblack.com/auth?k=r8Z1pQ

Cette vérification n'est demandée qu'une seule fois.

Message généré automatiquement par Mailinblack Protect.
""")

M("au16", L("automated", False, None, None, None, False, "en",
            "Supplier's autoresponder marked only with X-Autoreply / X-Autorespond, no Auto-Submitted."),
  frm="Orders - Kestrel Library Supplies <orders@kestrel-library.com>", date="2024-10-29 12:20",
  subject="Re: Delivery address for order 2024-1187", client="none",
  extra=["X-Autoreply: yes", "X-Autorespond: orders@kestrel-library.com"],
  body="""Thank you for contacting Kestrel Library Supplies.

This mailbox is not monitored between 28 October and 8 November. Your message
has been logged and a member of the team will respond after that date.

For tracking information, please visit our website.
""")

M("au17", L("automated", False, None, None, "ecoledirecte", False, "fr",
            "Nightly transfer report mailed by the school-management transfer tool (no-reply, auto-generated): it reads like a transfer failure but no person wrote it."),
  frm="Charlemagne Outils <no-reply@transferts.ecoledirecte.com>", date="2025-01-16 03:30",
  subject="Compte rendu de transfert - ECHEC (Institution Saint-Joseph)", client="none",
  extra=["Auto-Submitted: auto-generated", "Precedence: bulk"],
  return_path="<no-reply@transferts.ecoledirecte.com>",
  delivered="supervision@assistance.example.fr",
  body="""Compte rendu automatique de transfert

Etablissement : Institution Saint-Joseph
Date : 16/01/2025 03:30
Résultat : ECHEC

Etape 3/5 - Envoi des notes : délai dépassé (timeout 600 s)
Etape 4/5 - Envoi des absences : non exécutée
Etape 5/5 - Envoi des emplois du temps : non exécutée

Un nouvel essai sera effectué à la prochaine planification.
Ce message est généré automatiquement, ne pas répondre.
""")

M("au18", L("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
            "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): never answered, or a loop starts (region from the ac-grenoble.fr sender)."),
  frm="Assistance académique <assistance@ac-grenoble.fr>", date="2024-12-12 14:02",
  subject="[Demande n°2024-118734] Accusé de réception", client="none",
  extra=["Auto-Submitted: auto-replied", "X-Loop: assistance@ac-grenoble.fr",
         "X-Auto-Response-Suppress: All"],
  body="""Bonjour,

Votre demande a bien été enregistrée sous le numéro 2024-118734.
Un technicien la prendra en charge dans les meilleurs délais.

Merci de rappeler ce numéro dans tout échange ultérieur.

Ceci est une réponse automatique, merci de ne pas y répondre.
La plateforme d'assistance académique
""")

M("au19", L("automated", False, None, None, None, False, "en",
            "English community-forum digest delivered through a list (List-Id, Precedence: list)."),
  frm="Library Systems Forum <digest@forum.libsys-community.org>", date="2025-01-20 06:00",
  subject="[libsys-forum] Daily digest - 4 new topics", client="none",
  extra=["List-Id: Library Systems Forum <libsys-forum.forum.libsys-community.org>",
         "List-Unsubscribe: <https://forum.libsys-community.org/email/unsubscribe/8a2f>",
         "Precedence: list", "Auto-Submitted: auto-generated"],
  return_path="<digest-bounces@forum.libsys-community.org>",
  body="""Library Systems Forum - daily digest

New topics since yesterday:

* Barcode scanners dropping leading zeros (6 replies)
* Anyone moved their MARC records to the new format? (2 replies)
* Password policy for patron accounts (11 replies)
* Summer reading challenge templates (1 reply)

You are receiving this digest because you subscribed to daily summaries.
Manage your preferences: https://forum.libsys-community.org/my/preferences
""")

M("au20", L("automated", False, None, None, "espace_acheteur", False, "fr",
            "Purchasing-platform no-reply alert about a new offer on a market; Auto-Submitted: auto-generated."),
  frm="Espace Acheteur <no-reply@espace-acheteur.example.fr>", date="2025-02-03 07:45",
  subject="Alerte : nouvelle offre publiée - Marché 2024-087 Mobilier scolaire", client="none",
  kind="alt", html_style="gmail",
  extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  return_path="<bounces+9912@espace-acheteur.example.fr>",
  body="""Bonjour,

Une nouvelle offre a été publiée sur un marché que vous suivez :

Marché : 2024-087 Mobilier scolaire et de bibliothèque
Lot : 2 - Rayonnages
Date de publication : 03/02/2025

Consultez le détail dans votre Espace Acheteur, rubrique « Mes alertes ».

Ce message vous est envoyé automatiquement. Merci de ne pas y répondre.
""")

M("au21", L("automated", False, None, None, None, True, "fr",
            "Out-of-office reply to a ticket about an invoice, written like a person's note and carrying no automation header; its wording (away until, not forwarded) shows it is automatic."),
  frm="Corinne Lemoal <c.lemoal@mairie-saint-renan.fr>", date="2025-02-24 09:14",
  subject="RE: [#SUP-006188] Facture n° F2025-0211", client="outlook",
  in_reply_to="<SUP-006188.1740384000.2ab9f0@assistance.example.fr>",
  body="""Bonjour,

Je suis en arrêt jusqu'au 10 mars inclus. Votre message ne sera pas transféré.
Pour les factures, merci d'écrire à comptabilite@mairie-saint-renan.fr.

Corinne Lemoal
Service finances
""")

# ================================================================ other (19)

M("ot01", L("other", False, None, None, None, True, "fr",
            "A parent writes to the wrong desk to excuse a child's absence; 'Absence' in the subject looks like an out-of-office but a person wrote it and nothing concerns the services."),
  frm="Karine Moreau <karine.moreau72@orange.fr>", date="2024-09-19 07:21",
  subject="Absence de mon fils Lucas 4eB", client="roundcube", cte="8bit",
  body="""Bonjour,

Mon fils Lucas Moreau (4eB) sera absent aujourd'hui et demain, il a de la
fièvre. Je fournirai un certificat médical à son retour.

Pouvez-vous prévenir son professeur principal ?

Cordialement,
Karine Moreau
""")

M("ot02", L("other", False, None, None, None, False, "en",
            "English SEO / web-design spam."),
  frm="Jason Miller <jason@rank-boost-agency.net>", date="2024-09-25 03:12",
  subject="Quick question about assistance.example.fr", client="none",
  body="""Hi,

I was looking at your website and noticed it isn't showing up on the first
page of Google for several important keywords.

We can get you ranked in 30 days or you don't pay. Would you be interested in
a free audit? Just reply YES and I'll send it over.

Best,
Jason
Rank Boost Agency
""")

M("ot03", L("other", False, "0161839M", "nouvelle-aquitaine", "esidoc", True, "fr",
            "Thanks only, on a password ticket, quoting the reset answer (Gmail French style): 'mot de passe' and 'lien' appear but nothing is asked."),
  frm="Hélène Brissaud <helene.brissaud@ac-poitiers.fr>", date="2024-10-01 12:06",
  subject="Re: [#SUP-005198] Mot de passe portail CDI", client="gmail", kind="alt",
  in_reply_to="<SUP-005198.1727776800.3f12aa@assistance.example.fr>",
  body="""Merci beaucoup, c'est réglé ! J'ai pu me reconnecter tout de suite.

Bonne journée
Hélène Brissaud
CDI collège Jean Rostand - Angoulême (0161839M)

Le mar. 1 oct. 2024 à 11:00, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe vient d'être envoyé à
> l'adresse enregistrée pour votre portail. Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

M("ot04", L("other", False, None, None, None, False, "fr",
            "A pupil asks from Gmail whether the school library is open on Wednesday: wrong address, unrelated."),
  frm="enzo.b2010 <enzo.b2010@gmail.com>", date="2024-10-08 18:44",
  subject="cdi ouvert mercredi ?", client="gmail", kind="alt",
  body="""bonjour est ce que le cdi est ouvert mercredi aprem ? jdois rendre un livre et finir un expose
merci
""")

M("ot05", L("other", False, None, None, "espace_acheteur", False, "fr",
            "A supplier asks how to be listed on the purchasing platform: a commercial question with no category of its own."),
  frm="Bertrand Collin <b.collin@papeteries-collin.fr>", date="2024-10-14 11:40",
  subject="Référencement fournisseur", client="outlook",
  body="""Madame, Monsieur,

Notre société (papeterie et fournitures scolaires, 35 salariés, Maine-et-Loire) souhaiterait être référencée comme fournisseur sur votre plateforme d'achat à destination des établissements.

Pourriez-vous nous indiquer la procédure, et la date des prochaines consultations ?

Vous remerciant par avance,

Bertrand Collin
Directeur commercial
Papeteries Collin SAS
""")

M("ot06", L("other", False, None, None, None, True, "en",
            "English phishing: 'your mailbox password expires today' from a look-alike domain with failing SPF/DMARC; mentions a password but is not password_reset."),
  frm="IT Service Desk <it-helpdesk@assistance-example-fr.support>", date="2024-10-22 05:55",
  auth="mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=assistance-example-fr.support;\n\tdmarc=fail (p=none dis=none) header.from=assistance-example-fr.support",
  subject="ACTION REQUIRED: Your mailbox password expires today", client="none",
  kind="html", html_style="gmail", charset="utf-8",
  html="""<html><body>
<p>Dear user,</p>
<p>The password for <b>support@assistance.example.fr</b> expires today.
To keep your current password and avoid losing emails, verify your account now.</p>
<p><a href="http://assistance-example-fr.support/owa/keep">KEEP MY PASSWORD</a></p>
<p>Failure to verify within 24 hours will result in suspension of your mailbox.</p>
<p>IT Service Desk</p>
</body></html>
""")

M("ot07", L("other", False, None, None, None, False, "fr",
            "Fake 'unpaid invoice' with a link to a remote archive from an unknown sender: phishing, not order_billing."),
  frm="Service Recouvrement <recouvrement@factures-express.top>", date="2024-11-04 08:18",
  auth="mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=factures-express.top;\n\tdmarc=fail (p=quarantine dis=none) header.from=factures-express.top",
  subject="Facture impayée n° 2024-88412 - dernier rappel avant poursuites", client="none",
  body="""Bonjour,

Sauf erreur de notre part, la facture n° 2024-88412 d'un montant de 1 874,20 EUR
reste impayée à ce jour.

Vous pouvez télécharger la facture et le RIB ici :
hxxps://factures-express.top/dl/2024-88412.zip

Sans règlement sous 48 heures, le dossier sera transmis à notre service
contentieux.

Service Recouvrement
""")

M("ot08", L("other", False, None, None, "esidoc", False, "fr",
            "A former pupil asks for his borrowing history on the library portal to be erased (GDPR): human review, no category of its own."),
  frm="Mathis Royer <mathis.royer@free.fr>", date="2024-11-11 20:30",
  subject="Suppression de mes données", client="roundcube", cte="8bit",
  body="""Bonjour,

J'étais élève au lycée Camille Claudel jusqu'en 2022. En me connectant par
curiosité au portail du CDI avec mon ancien compte ENT, j'ai vu que tout mon
historique de prêts était encore là.

Au titre du RGPD, je vous demande de supprimer mes données personnelles et
cet historique.

Merci de me confirmer la suppression.
Mathis Royer
""")

M("ot09", L("other", False, None, None, None, False, "fr",
            "A person asks by hand to be taken off the mailing list: written by a human, so not automated."),
  frm="Josiane Féraud <josiane.feraud@wanadoo.fr>", date="2024-11-15 14:52",
  subject="DESABONNEMENT", client="none", cte="8bit",
  body="""Bonjour,
Je suis à la retraite depuis juin, merci de ne plus m'envoyer vos lettres d'information.
Cordialement
J. Féraud
""")

M("ot10", L("other", False, None, "grand-est", "esidoc", False, "fr",
            "How-to question about printing spine labels from the library software: no category fits (region from ac-reims.fr)."),
  frm="Sandrine Lallement <sandrine.lallement@ac-reims.fr>", date="2024-11-26 13:10",
  subject="Impression des étiquettes de cote", client="zimbra",
  body="""Bonjour,

Nous venons de recevoir une planche d'étiquettes de 65 (38,1 x 21,2 mm) et je
n'arrive pas à régler l'impression des cotes depuis le logiciel du CDI : tout
est décalé d'une ligne vers le bas.

Existe-t-il un modèle pour ce format ou faut-il régler les marges quelque
part ?

Merci,
Sandrine Lallement
""")

M("ot11", L("other", False, None, None, None, False, "en",
            "English invitation to speak at an edtech conference: unrelated to the services."),
  frm="Priya Nair <priya.nair@edtech-summit.eu>", date="2024-12-05 10:02",
  subject="Speaking opportunity - EdTech Summit Lisbon 2025", client="gmail", kind="alt",
  body="""Dear support team,

We are putting together the programme for EdTech Summit Lisbon (12-13 May 2025)
and would love to have someone from your organisation talk about running help
desks for schools at national scale.

Sessions are 20 minutes plus Q&A. Travel costs are covered for speakers.

Would anyone on your team be interested? Happy to set up a quick call.

Best regards,
Priya Nair
Programme Lead, EdTech Summit
""")

M("ot12", L("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
            "'Bien reçu' from an iPhone: nothing is asked; region from the ac-grenoble.fr sender."),
  frm="Eric Jourdan <eric.jourdan@ac-grenoble.fr>", date="2024-12-10 18:02",
  subject="Re: [#SUP-005766] Votre demande", client="iphone",
  in_reply_to="<SUP-005766.1733817600.be21c0@assistance.example.fr>",
  body="""Bien reçu merci

Envoyé de mon iPhone
""")

M("ot13", L("other", False, None, "grand-est", None, False, "fr",
            "Angry third reminder that never says what the request was about: no category can be told (region from ac-nancy-metz.fr)."),
  frm="Gérard Thiébaut <gerard.thiebaut@ac-nancy-metz.fr>", date="2025-01-08 11:47",
  subject="TROISIEME RELANCE !!!", client="zimbra",
  body="""Bonjour,

C'est la troisième fois que je vous écris et je n'ai toujours AUCUNE réponse.
Est-ce qu'il y a quelqu'un qui lit ces messages ?

Je vous remercie de me rappeler au 03 87 xx xx xx dans la journée.

G. Thiébaut
""")

M("ot14", L("other", False, None, None, None, False, "fr",
            "Unsolicited job application with a CV attached."),
  frm="Inès Bouaziz <ines.bouaziz.pro@gmail.com>", date="2025-01-14 21:09",
  subject="Candidature spontanée - technicienne support", client="gmail", kind="alt",
  attach=[("CV_Ines_Bouaziz.pdf", "application/pdf", FAKE_PDF)],
  body="""Madame, Monsieur,

Titulaire d'un BTS SIO et forte de deux ans d'expérience en assistance
utilisateurs, je me permets de vous adresser ma candidature pour un poste de
technicienne support au sein de votre équipe.

Vous trouverez mon CV en pièce jointe. Je suis disponible dès le mois de mars.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Inès Bouaziz
""")

M("ot15", L("other", False, "0603018E", "hauts-de-france", "esidoc", True, "fr",
            "Written by the principal from the school's ce. address, but he only asks for a training session for his staff: no authorisation, so not a head-of-establishment request."),
  frm="Principal Collège Jules Verne <ce.0603018E@ac-amiens.fr>", date="2025-01-21 08:31",
  subject="Demande de formation", client="outlook",
  body="""Bonjour,

Je suis le principal du collège Jules Verne de Beauvais (0603018E).

Notre équipe pédagogique souhaiterait mieux utiliser le portail du CDI avec les élèves (recherches, listes de lecture). Proposez-vous des formations, en présentiel ou à distance, pour une dizaine d'enseignants ? Si oui, à quel coût ?

Je vous remercie.

Philippe Deconinck
Principal
""")

M("ot16", L("other", False, None, None, "esidoc", False, "en",
            "English thanks on an invoice ticket, quoting the desk's answer ('On … wrote:'): nothing new is asked."),
  frm="Sarah Collins <s.collins@lycee-international-valbonne.org>", date="2025-01-23 15:20",
  subject="Re: [#SUP-005877] Invoice", client="gmail", kind="alt",
  in_reply_to="<SUP-005877.1737540000.8ee2c9@assistance.example.fr>",
  body="""Thanks, I've received the corrected invoice. All good on our side now.

Sarah

On Wed, 22 Jan 2025 at 11:00, Assistance <support@assistance.example.fr> wrote:
> Hello,
>
> Please find attached the corrected invoice for your e-sidoc subscription
> renewal, now addressed to the accounting department.
>
> Kind regards,
> The support team
""")

M("ot17", L("other", False, None, "normandie", "ticket_portal", False, "fr",
            "How to attach a file to an existing ticket on the ticket portal: a how-to question with no category of its own (region from ac-normandie.fr)."),
  frm="Damien Lecarpentier <damien.lecarpentier@ac-normandie.fr>", date="2025-02-04 10:55",
  subject="ajouter une pièce jointe à un ticket", client="thunderbird",
  body="""Bonjour,

Sur le portail des tickets, je ne trouve pas comment joindre une capture
d'écran à un ticket déjà ouvert. Le bouton trombone n'apparaît qu'à la
création. Comment faire ?

Merci
Damien
""")

M("ot18", L("other", False, "0098272T", "occitanie", "esidoc", True, "fr",
            "Says the account and password work fine, then asks how to change the logo on the portal's home page: a how-to, not password_reset."),
  frm="Chloé Rumeau <chloe.rumeau@ac-toulouse.fr>", date="2025-02-12 14:14",
  subject="Compte et mot de passe OK - question logo", client="thunderbird",
  body="""Bonjour,

Rassurez-vous, je n'ai pas de problème de compte : mon mot de passe fonctionne
très bien !

Ma question : comment remplacer le logo affiché en haut de la page d'accueil
du portail ? Le collège a changé de nom (maintenant collège Gaston Fébus,
0098272T) et l'ancien logo apparaît toujours.

Merci,
Chloé Rumeau
""")

M("ot19", L("other", False, None, None, None, False, "en",
            "English parent asking about enrolling her son in a school: wrong desk, unrelated."),
  frm="Emma Thornton <emma.thornton77@outlook.com>", date="2025-03-03 20:40",
  subject="Enrolment for September", client="outlook",
  body="""Hello,

We are moving from Manchester to Toulouse this summer and would like to enrol
our son (12) in a collège with an English section. Could you tell me which
documents we need and who we should contact?

Many thanks,
Emma Thornton
""")

# ================================================== missing_noreply_mail (17)

M("mn01", L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
            "Activation mail of the purchasing platform never came, junk folder checked, no anti-spam product named; town-hall sender, no region."),
  frm="Mairie de Lézignan - Marchés <marches@mairie-lezignan.fr>", date="2024-09-09 10:05",
  subject="Pas de mail d'activation", client="outlook",
  body="""Bonjour,

J'ai créé hier un compte sur la plateforme d'achat pour la commune. Le site indique qu'un mail d'activation m'a été envoyé, mais je n'ai rien reçu, ni dans la boîte de réception ni dans les courriers indésirables.

Pouvez-vous vérifier ou me le renvoyer ?

Merci,
Agnès Vidal
Service des marchés publics
""")

M("mn02", L("missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
            "Suspects the academic mail filter, names no product: the junk-folder / allow-the-sender answer fits (region from ac-creteil.fr)."),
  frm="Farid Benali <farid.benali@ac-creteil.fr>", date="2024-09-16 15:47",
  subject="Notifications centrale d'achat", client="thunderbird",
  body="""Bonjour,

Je ne reçois aucun des mails automatiques de la centrale d'achat (création du
mot de passe, alertes). Je pense que le filtre de la messagerie académique est
très strict et les bloque. Quelle adresse faut-il déclarer comme sûre ?

Farid Benali
Gestionnaire - collège Pablo Picasso, Montfermeil
""")

M("mn03", L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
            "English; the new-password mail from the no-reply address never arrives; no anti-spam product named."),
  frm="Laura Becker <laura.becker@ville-saint-louis.fr>", date="2024-09-30 09:38",
  subject="No email received", client="outlook",
  body="""Hello,

I requested a new password for the buyer space three times this morning and
never received the email. I checked spam and junk. Is there a problem with the
sender address?

Regards,
Laura Becker
Purchasing department
""")

M("mn04", L("missing_noreply_mail", True, "0941525X", "ile-de-france", "espace_acheteur", True, "fr",
            "Negation: she has not lost her password, she wants to change it, and the mail that should come never arrives: missing_noreply_mail, not password_reset."),
  frm="Véronique Adam <veronique.adam@ac-creteil.fr>", date="2024-10-04 13:25",
  subject="mot de passe - mail jamais reçu", client="zimbra",
  body="""Bonjour,

Je n'ai pas perdu mon mot de passe, je voudrais simplement le changer comme on
nous le demande tous les ans. Je clique sur "modifier mon mot de passe", je
saisis mon adresse, le site me dit qu'un mail est parti... et rien n'arrive.
Ni dans les spams, ni ailleurs, depuis mardi.

Lycée Guillaume Budé, Limeil-Brévannes - 0941525X

Véronique Adam, adjointe gestionnaire
""")

M("mn05", L("missing_noreply_mail", False, "0925933Z", "ile-de-france", "espace_acheteur", False, "fr",
            "Follow-up (Gmail quote) after the junk-folder answer: still nothing after three days; the template was already sent, so a person must follow up."),
  frm="Amandine Royer <amandine.royer@ac-versailles.fr>", date="2024-10-11 08:55",
  subject="Re: [#SUP-005301] Mail de confirmation non reçu", client="gmail", kind="alt",
  in_reply_to="<SUP-005301.1728381600.d0e4a7@assistance.example.fr>",
  body="""Bonjour,

J'ai fait tout ce que vous m'avez indiqué (dossier indésirables, ajout de l'adresse aux expéditeurs autorisés) et je n'ai toujours rien reçu trois jours après.
Pouvez-vous transmettre à quelqu'un qui puisse regarder de votre côté ?

Amandine Royer
Lycée Jacques Prévert, Boulogne (0925933Z)

Le mar. 8 oct. 2024 à 12:00, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Les messages de la plateforme partent d'une adresse no-reply. Vérifiez
> votre dossier « Courrier indésirable », marquez le message comme légitime
> et ajoutez l'expéditeur à vos contacts. Sans nouvelles de votre part sous
> 48 heures, nous reviendrons vers vous.
>
> Cordialement,
> L'équipe d'assistance
""")

M("mn06", L("missing_noreply_mail", True, None, "provence-alpes-cote-d-azur", "ticket_portal", False, "fr",
            "Notifications of replies on the ticket portal never reach the sender (region from ac-aix-marseille.fr)."),
  frm="Stéphane Giraud <stephane.giraud@ac-aix-marseille.fr>", date="2024-10-16 16:32",
  subject="Pas de notification des réponses aux tickets", client="thunderbird",
  body="""Bonjour,

Quand quelqu'un répond à un de mes tickets sur le portail, je ne reçois
jamais le mail de notification : je dois aller vérifier moi-même tous les
jours. C'est normal ?

Stéphane Giraud
""")

M("mn07", L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
            "Two lines from a phone: the confirmation mail of the purchasing platform never came; Free sender, no region."),
  frm="c.barthelemy <c.barthelemy@free.fr>", date="2024-10-23 19:12",
  subject="Mail de confirmation", client="samsung", kind="alt", cte="base64",
  body="""Pas reçu le mail de confirmation de la centrale d'achat depuis lundi. Pouvez vous le renvoyer ?
Cathy Barthélemy
""")

M("mn08", L("missing_noreply_mail", True, "0786716B", "ile-de-france", "esidoc", False, "fr",
            "First online order for the library: the activation mail of the customer account never arrived."),
  frm="Noémie Fontaine <noemie.fontaine@ac-versailles.fr>", date="2024-11-07 10:10",
  subject="Activation compte client", client="apple", kind="alt",
  body="""Bonjour,

Je voulais passer ma première commande d'abonnement en ligne pour le CDI. J'ai rempli le formulaire de création du compte client hier matin ; il est indiqué qu'un mail d'activation arrive sous 12 heures. Rien depuis, y compris dans les spams.

Collège Albert Camus, Plaisir - UAI 0786716B

Merci,
Noémie Fontaine
""")

M("mn09", L("missing_noreply_mail", True, "0772096K", "ile-de-france", "espace_acheteur", True, "en",
            "English; says the school does NOT use MailInBlack or any similar filter (IT checked): missing_noreply_mail, not mailinblack_spam."),
  frm="Mark Delaney <mark.delaney@ac-creteil.fr>", date="2024-11-13 11:34",
  subject="Activation email not arriving", client="outlook",
  body="""Hello,

Our new bursar registered on the buyer space last week and the activation email never arrived.

Before you ask: we do not use Mailinblack or any other challenge-type filter - our IT technician checked the server logs and nothing from your no-reply address was even received.

School ID 0772096K. Can you check whether the message actually left?

Thanks,
Mark Delaney
IT, Lycée Jean Vilar, Meaux
""")

M("mn10", L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
            "IT department of a local authority asks for the exact sender address of the automatic mails to allow it on their gateway; nothing arrives, no product named."),
  frm="DSI Communauté d'agglomération <dsi-support@agglo-sud-vendee.fr>", date="2024-11-22 14:48",
  subject="Adresse d'expédition des notifications", client="outlook",
  body="""Bonjour,

Plusieurs agents de notre service achats ne reçoivent plus les mails automatiques de votre plateforme (validation de compte, mots de passe, alertes).

Afin de les autoriser sur notre passerelle de messagerie, pourriez-vous nous communiquer :
- l'adresse exacte d'expédition,
- le ou les domaines utilisés,
- si possible les adresses IP des serveurs d'envoi.

Cordialement,
Service informatique
""")

M("mn11", L("missing_noreply_mail", True, "0914103R", "ile-de-france", "espace_acheteur", False, "fr",
            "HTML-only Outlook mail: the structure administrator no longer receives the 'account to validate' notifications."),
  frm="Béatrice Lambert <beatrice.lambert@ac-versailles.fr>", date="2024-12-02 09:27",
  subject="Notifications comptes à valider", client="outlook", kind="html",
  charset="windows-1252",
  body="""Bonjour,

Je suis administratrice de la structure (lycée Marie Laurencin, Mennecy – 0914103R) sur la plateforme d’achat.

Depuis octobre, je ne reçois plus les notifications m’indiquant qu’un compte est en attente de validation : je découvre les demandes par hasard, parfois trois semaines après.

Pouvez-vous regarder ?

Merci,
Béatrice Lambert
""")

M("mn12", L("missing_noreply_mail", True, "0911138T", "ile-de-france", "espace_acheteur", False, "fr",
            "Thunderbird forward of a colleague's message: account validated but the link to create the password never arrived."),
  frm="Julien Marchal <julien.marchal@ac-versailles.fr>", date="2024-12-16 11:50",
  subject="Fwd: lien pour le mot de passe", client="thunderbird",
  body="""Bonjour,

Je vous transfère le message de ma collègue, qui n'a pas d'accès à votre
formulaire. Son compte a été validé par moi (administrateur de la structure)
mais elle n'a jamais reçu le lien pour créer son mot de passe.

Julien Marchal, lycée Parc des Loges, Évry - 0911138T

-------- Message transféré --------
Sujet : lien pour le mot de passe
Date : Mon, 16 Dec 2024 10:12:44 +0100
De : Sonia Tessier <sonia.tessier@ac-versailles.fr>
Pour : Julien Marchal <julien.marchal@ac-versailles.fr>

Julien, tu as bien validé mon compte ? Je n'ai toujours pas reçu le mail
pour choisir le mot de passe, même dans les indésirables.
Sonia
""")

M("mn13", L("missing_noreply_mail", True, None, "normandie", "espace_acheteur", False, "fr",
            "Subject 'MDP' reads like a password request, but the mail to create the password never arrived: missing_noreply_mail (region from ac-normandie.fr)."),
  frm="Cédric Hamel <cedric.hamel@ac-normandie.fr>", date="2025-01-06 10:40",
  subject="MDP", client="zimbra",
  body="""Bonjour
toujours pas reçu le mail pour créer mon mot de passe sur la plateforme d'achat. inscription faite jeudi. rien dans les spams.
C. Hamel
""")

M("mn14", L("missing_noreply_mail", True, "0125953F", "occitanie", "esignature", False, "fr",
            "About a convention, but the problem is that the e-signature invitation mail never arrived: missing_noreply_mail, not contract_documents."),
  frm="Martine Vernhes <martine.vernhes@ac-toulouse.fr>", date="2025-01-17 15:03",
  subject="Convention à signer - je n'ai rien reçu", client="thunderbird",
  body="""Bonjour,

Le service des marchés de la centrale m'a dit par téléphone que la convention
d'adhésion m'avait été envoyée pour signature électronique la semaine
dernière. Je n'ai jamais reçu le mail d'invitation à signer, ni en boîte de
réception, ni dans les indésirables.

Collège Denys Puech, Rodez (0125953F)

Pouvez-vous le renvoyer ?
Martine Vernhes, gestionnaire
""")

M("mn15", L("missing_noreply_mail", True, None, "guadeloupe", "espace_acheteur", True, "fr",
            "The school code is typed with a missing digit (971469V), so there is no UAI; region from the ac-guadeloupe.fr sender; platform mails never arrive."),
  frm="Josette Bélénus <josette.belenus@ac-guadeloupe.fr>", date="2025-01-28 08:15", tz=-4,
  subject="Aucun mail de la plateforme", client="outlook",
  body="""Bonjour,

Depuis la création de mon compte sur l'espace acheteur, je n'ai reçu aucun mail de votre part : ni la confirmation, ni les alertes. J'ai vérifié le courrier indésirable.

UAI 971469V

Merci de votre aide.
Josette Bélénus
Intendance
""")

M("mn16", L("missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
            "Offer alerts of the purchasing platform no longer received since the new version; region from ac-amiens.fr."),
  frm="Benoît Wattebled <benoit.wattebled@ac-amiens.fr>", date="2025-02-10 12:02",
  subject="Alertes offres", client="thunderbird",
  body="""Bonjour,

Je suis abonné aux alertes sur les marchés de fournitures et de mobilier, mais
depuis la nouvelle version de la plateforme je ne reçois plus aucun mail
d'alerte. Mes abonnements apparaissent pourtant toujours dans mon profil.

Cordialement,
B. Wattebled
""")

M("mn17", L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
            "Reset mail never arrives on an Orange address, not in Orange's spam folder either; no anti-spam product named, no region."),
  frm="Roselyne Marty <roselyne.marty@orange.fr>", date="2025-03-04 17:26",
  subject="Le mail n'arrive pas", client="roundcube", cte="8bit",
  body="""Bonjour,

Je suis secrétaire de mairie (Saint-Pons) et j'utilise mon adresse Orange pour
la plateforme d'achat. Le mail pour réinitialiser le mot de passe n'arrive
jamais, je l'ai demandé deux fois. J'ai regardé dans les spams d'Orange, rien.

Merci
Roselyne Marty
""")

# ===================================== head_of_establishment_request (13)

M("he01", L("head_of_establishment_request", False, "0957294M", "ile-de-france", "esidoc", False, "fr",
            "The principal writes from the ce.<UAI> address to replace the portal administrator's contact address with the new librarian's."),
  frm="Principal Collège Les Touleuses <ce.0957294M@ac-versailles.fr>", date="2024-09-10 17:12",
  subject="Changement d'adresse de contact - administration du portail", client="outlook",
  body="""Madame, Monsieur,

En ma qualité de principal du collège Les Touleuses à Cergy (UAI 0957294M), je vous demande de bien vouloir remplacer l'adresse de contact associée au compte administrateur de notre portail documentaire.

Ancienne adresse : marc.dubreuil@ac-versailles.fr (muté à la rentrée)
Nouvelle adresse : aurelie.sanchez@ac-versailles.fr (professeure documentaliste)

Je vous remercie de votre diligence.

Jean-François Menard
Principal
""")

M("he02", L("head_of_establishment_request", False, "0771536B", "ile-de-france", "espace_acheteur", False, "fr",
            "The proviseur designates a new structure administrator on the purchasing platform after the school manager retired, and asks to close the old access."),
  frm="Proviseure Lycée Jacques Amyot <ce.0771536B@ac-creteil.fr>", date="2024-09-20 11:48",
  subject="Désignation nouvel administrateur de structure", client="zimbra",
  cc="Delphine Pottier <delphine.pottier@ac-creteil.fr>",
  body="""Bonjour,

M. Alain Rigaud, gestionnaire du lycée Jacques Amyot de Melun (0771536B), a
fait valoir ses droits à la retraite au 31 août.

Je désigne Mme Delphine Pottier, nouvelle gestionnaire (en copie), comme
administratrice de notre structure sur la plateforme d'achat, et vous demande
de désactiver le compte de M. Rigaud.

Cordialement,

Catherine Lesage
Proviseure
""")

M("he03", L("head_of_establishment_request", False, None, None, "esidoc", False, "fr",
            "A primary-school head authorises, from her personal Gmail with no UAI, a reset of the school library portal's password: weak evidence, staff must verify."),
  frm="Valérie Ducros <valerie.ducros.ecole@gmail.com>", date="2024-10-01 20:35",
  subject="autorisation réinitialisation", client="gmail", kind="alt",
  body="""Bonjour,

Je suis la directrice de l'école élémentaire Les Platanes à Saint-Gilles. Je donne mon accord pour que le mot de passe du portail de notre BCD soit réinitialisé, à la demande de Mme Fabre, enseignante qui s'en occupe.

Je n'ai pas accès à la boîte de l'école depuis chez moi, d'où cette adresse.

Bien à vous,
Valérie Ducros
Directrice
""")

M("he04", L("head_of_establishment_request", False, "0143230K", "normandie", "espace_acheteur", False, "en",
            "English; the head teacher authorises in writing the bursar to validate orders on the purchasing platform."),
  frm="Head teacher - Lycée Malherbe <ce.0143230K@ac-normandie.fr>", date="2024-10-08 09:05",
  subject="Authorisation to validate orders", client="outlook",
  body="""Dear Sir or Madam,

As head teacher of Lycée Malherbe, Caen (school ID 0143230K), I hereby authorise Mr Nicolas Leroux, our bursar, to validate orders on behalf of the school on the purchasing platform, with effect from today.

Please update his rights accordingly.

Yours faithfully,

Anne-Marie Quesnel
Proviseure / Head teacher
""")

M("he05", L("head_of_establishment_request", False, "0764770X", "normandie", "esidoc", True, "fr",
            "The secretary sends the principal's signed letter (PDF) with the principal in copy: it is the head's written request, relayed, and staff must check the letter."),
  frm="Secrétariat de direction <secretariat.0764770x@ac-normandie.fr>", date="2024-10-15 14:20",
  cc="Principale <ce.0764770X@ac-normandie.fr>",
  subject="Courrier de Mme la Principale - compte administrateur portail", client="outlook",
  attach=[("Courrier_principale_portail_CDI.pdf", "application/pdf", FAKE_PDF)],
  body="""Bonjour,

À la demande de Mme la Principale, en copie, je vous transmets en pièce jointe son courrier signé demandant la réinitialisation du mot de passe administrateur du portail du CDI et son envoi à l'adresse de l'établissement.

Collège Claude Monet, Le Havre – UAI 0764770X.

Bien cordialement,
Nathalie Leprévost
Secrétaire de direction
""")

M("he06", L("head_of_establishment_request", False, "0501598R", "normandie", "esidoc", False, "fr",
            "The principal answers the desk's request from his personal academic address (Outlook quote): he confirms the reset may be done."),
  frm="LEBAS Pierre <pierre.lebas@ac-normandie.fr>", date="2024-10-18 07:58",
  subject="RE: [#SUP-005349] Portail CDI - demande du chef d'établissement", client="outlook",
  in_reply_to="<SUP-005349.1729170000.aa07c4@assistance.example.fr>",
  body="""Bonjour,

Je confirme la demande de Mme Hébert, notre documentaliste : vous pouvez réinitialiser le mot de passe administrateur du portail et envoyer le lien sur l'adresse de l'établissement.

Pierre Lebas
Principal, collège Jean-François Millet, Cherbourg – 0501598R

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 17 octobre 2024 15:00
À : pierre.lebas@ac-normandie.fr
Cc : helene.hebert@ac-normandie.fr
Objet : [#SUP-005349] Portail CDI - demande du chef d'établissement

Bonjour,

Pour des raisons de sécurité, la réinitialisation du compte administrateur doit être demandée par écrit par le chef d'établissement. Pourriez-vous nous confirmer cette demande en réponse à ce message ?

Cordialement,
L'équipe d'assistance
""")

M("he07", L("head_of_establishment_request", False, "0649643J", "nouvelle-aquitaine", "esidoc", True, "fr",
            "The body gives 0649643H, whose check letter is wrong, but the sender ce.0649643J@ac-bordeaux.fr carries the valid UAI, which is the label."),
  frm="Lycée Louis Barthou <ce.0649643J@ac-bordeaux.fr>", date="2024-10-24 10:30",
  subject="Demande du proviseur - portail documentaire", client="zimbra",
  body="""Bonjour,

Je soussigné Jean-Marc Etcheverry, proviseur du lycée Louis Barthou à Pau
(UAI 0649643H), demande que l'adresse de contact du compte administrateur de
notre portail documentaire soit remplacée par celle de l'établissement, la
professeure documentaliste titulaire ayant quitté ses fonctions.

Je vous prie d'agréer mes salutations distinguées.

J.-M. Etcheverry
Proviseur
""")

M("he08", L("head_of_establishment_request", False, "0863291K", "nouvelle-aquitaine", "esidoc", False, "fr",
            "The principal authorises the renewal order; the invoice and Chorus are mentioned only in passing, so it is not order_billing."),
  frm="Principal <ce.0863291K@ac-poitiers.fr>", date="2024-11-28 16:45",
  subject="Autorisation commande renouvellement abonnements CDI", client="thunderbird",
  attach=[("Bon_de_commande_signe.pdf", "application/pdf", FAKE_PDF)],
  body="""Bonjour,

J'autorise la commande de renouvellement des abonnements du CDI (presse en
ligne et encyclopédie) pour 2025, telle que préparée par Mme Chauvet,
professeure documentaliste. Vous trouverez le bon de commande signé en pièce
jointe.

La facture sera à déposer sur Chorus comme les années précédentes.

Collège François Rabelais, Poitiers - 0863291K

Le principal,
Didier Bouchet
""")

M("he09", L("head_of_establishment_request", False, "0875904V", "nouvelle-aquitaine", None, True, "fr",
            "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a free-mail address; it asks to move the admin accounts there: a probable spoof, still a head request for staff to refuse, with no platform since two products are named."),
  frm="Proviseur <ce.0875904V@ac-limoges.fr>", date="2024-12-03 06:12",
  reply_to="Proviseur Lycée Gay-Lussac <proviseur.gaylussac@gmail.com>",
  auth="mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=ac-limoges.fr;\n\tdmarc=fail (p=reject dis=none) header.from=ac-limoges.fr",
  subject="Demande urgente - changement adresse administrateur", client="none",
  body="""Bonjour,

En tant que proviseur du lycée Gay-Lussac (0875904V), je vous demande de
remplacer en urgence l'adresse des comptes administrateur du portail du CDI
et de la plateforme d'achat par : proviseur.gaylussac@gmail.com

Notre messagerie académique est en panne, merci de traiter cette demande
aujourd'hui et de me confirmer par retour.

Le proviseur
""")

M("he10", L("head_of_establishment_request", False, "0177974A", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
            "HTML-only Outlook letter: the head removes the former deputy manager's access to the purchasing platform and names his successor."),
  frm="Chef d'établissement <ce.0177974A@ac-poitiers.fr>", date="2025-01-09 11:22",
  subject="Accès plateforme d'achat - changement de gestionnaire", client="outlook", kind="html",
  charset="windows-1252",
  body="""Madame, Monsieur,

Je vous informe que M. Fabien Arnaud, adjoint gestionnaire, a quitté le lycée Marcel Dassault de Rochefort au 1er janvier.

En tant que cheffe d’établissement, je vous demande :
• de supprimer son accès à la plateforme d’achat ;
• de désigner Mme Laetitia Bodin, qui lui succède, comme administratrice de la structure.

Je reste à votre disposition.

Françoise Giraudeau
Proviseure – Lycée Marcel Dassault (0177974A)
""")

M("he11", L("head_of_establishment_request", False, "0313173F", "occitanie", "esidoc", True, "fr",
            "Two requests from the proviseur: the written request to reset the admin password (main) and a question about a subscription's status."),
  frm="Proviseur Lycée Pierre-Paul Riquet <ce.0313173F@ac-toulouse.fr>", date="2025-01-15 13:56",
  subject="Portail CDI : réinitialisation + question abonnement", client="thunderbird",
  body="""Bonjour,

Proviseur du lycée Pierre-Paul Riquet à Saint-Orens (0313173F), je vous
demande par la présente de réinitialiser le mot de passe du compte
administrateur de notre portail documentaire et d'en envoyer le lien sur
l'adresse de l'établissement : notre documentaliste est en arrêt longue
durée et sa remplaçante arrive lundi.

Par ailleurs, pouvez-vous me dire si l'abonnement Universalis commandé en
décembre est bien actif ?

Cordialement,
Bernard Castagné
""")

M("he12", L("head_of_establishment_request", False, "0348432F", "occitanie", "esidoc", False, "fr",
            "A primary-school head, from the school's ce.<UAI> address, asks to change the contact address of the library portal account."),
  frm="Ecole primaire Jules Ferry <ce.0348432F@ac-montpellier.fr>", date="2025-02-05 12:10",
  subject="changement adresse de contact", client="roundcube",
  body="""Bonjour,

Directeur de l'école primaire Jules Ferry de Sète, je souhaite que l'adresse de
contact de notre compte sur le portail de la bibliothèque d'école soit désormais
celle de l'école (ce.0348432F@ac-montpellier.fr) et non plus l'adresse
personnelle de l'ancienne directrice.

Merci d'avance.
Laurent Py
Directeur
""")

M("he13", L("head_of_establishment_request", False, "0309435T", "occitanie", "esidoc", True, "fr",
            "Reply whose subject names the old password ticket; the principal now gives, from the ce.<UAI> address (Zimbra quote), the written request the desk asked for."),
  frm="Principale Collège Feuchères <ce.0309435T@ac-montpellier.fr>", date="2025-02-27 08:41",
  subject="Re: [#SUP-006150] Mot de passe portail CDI", client="zimbra",
  in_reply_to="<SUP-006150.1740582000.61e3f8@assistance.example.fr>",
  body="""Bonjour,

Suite à votre message, je confirme en tant que principale du collège
Feuchères (Nîmes) que le mot de passe administrateur peut être réinitialisé.
Merci d'envoyer le lien à l'adresse du collège.

Anne Roustan
Principale

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "ce 0309435T" <ce.0309435T@ac-montpellier.fr>
Envoyé: Mercredi 26 Février 2025 16:00:00
Objet: [#SUP-006150] Mot de passe portail CDI

Bonjour,

Votre documentaliste nous a demandé la réinitialisation du mot de passe. Pour
un compte administrateur, la demande doit être confirmée par écrit par le chef
d'établissement.

Cordialement,
L'équipe d'assistance
""")

# ====================================================== mailinblack_spam (13)

M("mb01", L("mailinblack_spam", True, "0668252L", "occitanie", "espace_acheteur", False, "fr",
            "The school mailbox is protected by Mailinblack and the purchasing platform's mails are held: the allow-list guide fits."),
  frm="Gestion Lycée Arago <gestion.lycee-arago@ac-montpellier.fr>", date="2024-09-11 10:52",
  subject="Mails bloqués par Mailinblack", client="thunderbird",
  body="""Bonjour,

Notre messagerie est protégée par Mailinblack depuis cette rentrée, et les
mails de la plateforme d'achat (validation, mots de passe) restent bloqués :
je les vois passer dans l'interface Mailinblack mais ils ne sont jamais
délivrés.

Que faut-il autoriser exactement ?

Lycée Arago, Perpignan - UAI 0668252L
Le service gestion
""")

M("mb02", L("mailinblack_spam", False, "0322739D", "occitanie", "espace_acheteur", True, "fr",
            "The sender-authentication challenge is described (the sender must click to prove he is human) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks first."),
  frm="Sylvain Dupuy <sylvain.dupuy@ac-toulouse.fr>", date="2024-10-03 15:14",
  subject="vos mails automatiques bloqués chez nous", client="zimbra",
  body="""Bonjour,

Un collègue de la centrale d'achat m'a expliqué que quand il m'écrit, il
reçoit un message lui demandant de cliquer sur un lien pour prouver qu'il
n'est pas un robot, et qu'après ça passe. Le problème c'est que vos mails
automatiques (création de compte, mot de passe) ne peuvent évidemment pas
cliquer, donc je ne les reçois jamais.

Je ne sais pas quel logiciel fait ça, c'est le Département qui gère.

Collège d'Auch, UAI 0322739D
Sylvain Dupuy
""")

M("mb03", L("mailinblack_spam", True, "0466674E", "occitanie", "espace_acheteur", False, "en",
            "English; MailInBlack quarantine holds the buyer-space activation and password mails."),
  frm="Gareth Price <gareth.price@ac-toulouse.fr>", date="2024-10-18 09:29",
  subject="Mails stuck in Mailinblack quarantine", client="apple", kind="alt",
  body="""Hello,

Since our school switched to Mailinblack, all the emails from your buyer space
end up in the Mailinblack quarantine (activation link, password reset). I only
find them days later, when the links have expired.

What should we whitelist so they come straight through?

Thanks,
Gareth Price
Collège Olivier de Magny, Cahors - 0466674E
""")

M("mb04", L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
            "Phone message, product spelt 'mail inblack', typos: blocked platform mails, asks what to do."),
  frm="nathalie roques <nathroques@gmail.com>", date="2024-10-30 12:08",
  subject="mail inblack", client="gmail", kind="alt",
  body="""bjr, la mairie a mis mail inblack et depuis je recois plus rien de la plateforme dachat, ni les mots de passe ni rien. qu'est ce que je doit faire ? merci
N Roques
""")

M("mb05", L("mailinblack_spam", False, "0810465R", "occitanie", "espace_acheteur", True, "fr",
            "Two topics: the activation mails held by MailInBlack (main) and a question about an invoice (order_billing); a single template answers only half."),
  frm="Agnès Cabrol <agnes.cabrol@ac-toulouse.fr>", date="2024-11-06 14:37",
  subject="Mailinblack + facture", client="thunderbird",
  body="""Bonjour,

1/ Mailinblack bloque les mails d'activation de la plateforme d'achat pour
nos deux nouvelles collègues. Pouvez-vous m'indiquer la marche à suivre ?

2/ Par ailleurs, la facture de la commande de novembre porte l'adresse de
l'ancien site du lycée : est-il possible de la faire corriger ?

Lycée Bellevue, Albi - 0810465R
A. Cabrol, gestionnaire
""")

M("mb06", L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
            "The IT department of a département asks which domains and addresses to allow in MailInBlack for all its collèges."),
  frm="Pôle numérique éducatif <numerique.colleges@departement-gers.fr>", date="2024-11-19 10:03",
  subject="Liste blanche Mailinblack pour les collèges", client="outlook",
  body="""Bonjour,

Le Département a déployé Mailinblack sur les messageries des 20 collèges publics du territoire. Plusieurs gestionnaires nous signalent que les mails de la plateforme d'achat ne leur parviennent plus.

Pour ajouter vos expéditeurs à notre liste blanche au niveau global, merci de nous indiquer les domaines et adresses utilisés par vos envois automatiques.

Cordialement,
Pôle numérique éducatif
Direction des systèmes d'information
""")

M("mb07", L("mailinblack_spam", True, "0827502J", "occitanie", "espace_acheteur", False, "fr",
            "Reply (Thunderbird quote) to the junk-folder answer: the school's IT found that MailInBlack holds the mails, so the MailInBlack guide is now the right answer."),
  frm="Hugo Lafargue <hugo.lafargue@ac-toulouse.fr>", date="2024-11-29 09:46",
  subject="Re: [#SUP-005655] Mail de validation non reçu", client="thunderbird",
  in_reply_to="<SUP-005655.1732527600.0fd2c1@assistance.example.fr>",
  body="""Bonjour,

Rien dans les indésirables. Notre informaticien a regardé : c'est Mailinblack
qui retient vos mails, ils sont dans sa quarantaine. Que faut-il faire ?

Hugo Lafargue
Collège Jean Moulin, Montauban (0827502J)

Le 25/11/2024 à 10:40, Assistance a écrit :
> Bonjour,
>
> Les mails de la plateforme partent d'une adresse no-reply. Vérifiez votre
> dossier « Courrier indésirable » et ajoutez l'expéditeur à vos contacts.
>
> Cordialement,
> L'équipe d'assistance
""")

M("mb08", L("mailinblack_spam", True, "0445920W", "pays-de-la-loire", "espace_acheteur", False, "fr",
            "HTML-only Outlook mail with an all-caps subject: MAILINBLACK blocks the platform's mails."),
  frm="Intendance Lycée Livet <intendance.livet@ac-nantes.fr>", date="2024-12-05 11:11",
  subject="MAILINBLACK BLOQUE VOS MAILS", client="outlook", kind="html", charset="windows-1252",
  body="""Bonjour,

Depuis la mise en place de MAILINBLACK par la Région, plus aucun mail de la plateforme d’achat n’arrive dans notre boîte.

Merci de nous envoyer la procédure.

Lycée Livet – Nantes
UAI 0445920W
""")

M("mb09", L("mailinblack_spam", True, "0494012V", "pays-de-la-loire", "espace_acheteur", False, "fr",
            "A school manager forwards the MailInBlack quarantine digest and asks what to do: the forwarded part is machine text, the outer message a real question."),
  frm="Élodie Guillou <elodie.guillou@ac-nantes.fr>", date="2024-12-13 08:37",
  subject="TR: Vos messages en attente", client="outlook",
  body="""Bonjour,

Je reçois ce récapitulatif tous les matins, et vos mails de la plateforme d'achat sont dedans. Je dois les débloquer un par un ? Il n'y a pas moyen de les autoriser une fois pour toutes ?

Élodie Guillou
Gestionnaire – collège Jean Vilar, Angers (0494012V)

De : Mailinblack <noreply@protect.mailinblack.com>
Envoyé : vendredi 13 décembre 2024 07:00
À : elodie.guillou@ac-nantes.fr
Objet : Vos messages en attente

Vous avez 3 messages en attente :
- no-reply@espace-acheteur.example.fr - Activation de votre compte
- no-reply@espace-acheteur.example.fr - Nouvelle demande de compte
- newsletter@fournitures-ouest.fr - Promotions de décembre
Cliquez sur un message pour le délivrer.
""")

M("mb10", L("mailinblack_spam", True, "0729859A", "pays-de-la-loire", "espace_acheteur", False, "fr",
            "Checked the junk folder too, but MailInBlack Protect is named as deployed on the school domain: mailinblack_spam."),
  frm="Thomas Brault <thomas.brault@ac-nantes.fr>", date="2025-01-10 14:05",
  subject="Mail de mot de passe introuvable", client="thunderbird",
  body="""Bonjour,

Je n'ai rien dans les spams. En revanche la messagerie de la Région utilise
Mailinblack Protect depuis septembre, et je pense que c'est lui qui bloque
votre mail de nouveau mot de passe pour la plateforme d'achat.

N° d'établissement : 0729859A (lycée Montesquieu, Le Mans)

Merci de m'indiquer ce qu'il faut paramétrer.
T. Brault
""")

M("mb11", L("mailinblack_spam", True, "0857040R", "pays-de-la-loire", "espace_acheteur", False, "fr",
            "Hearsay about a neighbouring school, then confirmed: 'we have it too': MailInBlack is named and in use, so the guide applies."),
  frm="Patricia Gaborit <patricia.gaborit@ac-nantes.fr>", date="2025-01-22 16:20",
  subject="activation compte", client="zimbra",
  body="""Bonjour,

Le gestionnaire du lycée voisin m'a dit que chez eux, c'était Mailinblack
qui bloquait les mails d'activation de la plateforme d'achat. Nous l'avons
aussi depuis l'an dernier, et effectivement je ne reçois pas le mien.

Comment le débloquer ?

P. Gaborit, collège Les Sicardières, Chantonnay (0857040R)
""")

M("mb12", L("mailinblack_spam", True, "0134986Z", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
            "Reads like a password request, but the reset mail of the library portal is held by MailInBlack, which is named: mailinblack_spam."),
  frm="Lucie Arnaud <lucie.arnaud@ac-aix-marseille.fr>", date="2025-02-06 10:58",
  subject="Réinitialisation mot de passe portail - rien reçu", client="thunderbird",
  body="""Bonjour,

J'ai demandé la réinitialisation du mot de passe du portail du CDI. Le mail
est arrivé... dans Mailinblack, qui l'a mis en attente, et quand je l'ai
enfin débloqué le lien avait expiré. Et ça recommence à chaque fois.

Comment faire pour que vos mails passent directement ?

Collège Edmond Rostand, Marseille - 0134986Z
Lucie Arnaud
""")

M("mb13", L("mailinblack_spam", True, "0065855G", "provence-alpes-cote-d-azur", "espace_acheteur", False, "en",
            "English reply on a ticket ('On … wrote:'): the desk's answers themselves sat in MailInBlack's quarantine; asks how to allow them."),
  frm="Julia Hoffmann <julia.hoffmann@ac-nice.fr>", date="2025-02-20 13:33",
  subject="Re: [#SUP-006077] Account activation", client="gmail", kind="alt",
  in_reply_to="<SUP-006077.1739790000.71b0ad@assistance.example.fr>",
  body="""Hello,

Sorry for the late answer: your replies were all sitting in our Mailinblack
quarantine, I only found them today. The platform's activation email is
probably there too. How do I make sure your addresses are allowed?

Julia Hoffmann
Centre International de Valbonne - 0065855G

On Mon, 17 Feb 2025 at 12:00, Assistance <support@assistance.example.fr> wrote:
> Hello,
>
> Your activation email is sent from a no-reply address. Please check your
> junk folder and add the sender to your safe senders.
>
> Kind regards,
> The support team
""")

# ========================================================= order_billing (9)

M("ob01", L("order_billing", False, "0839652R", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
            "Asks for a formal quote for the subscriptions' renewal, needed for the bon d'engagement."),
  frm="Sandra Pellegrino <sandra.pellegrino@ac-nice.fr>", date="2024-09-27 11:03",
  subject="Devis renouvellement 2025", client="thunderbird",
  body="""Bonjour,

Afin d'établir le bon d'engagement, notre gestionnaire a besoin d'un devis
pour le renouvellement de nos abonnements (portail + presse en ligne) pour
l'année 2025.

Collège Pierre Puget, Toulon - 0839652R

Merci,
S. Pellegrino
""")

M("ob02", L("order_billing", False, "0841959Y", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
            "An accountant reports that the invoice of a validated order is still not on Chorus after three weeks; UAI given as 'UAI/RNE'."),
  frm="Agence comptable Lycée Théodore Aubanel <ac.aubanel@ac-aix-marseille.fr>", date="2024-10-25 09:40",
  subject="Facture absente de Chorus Pro", client="outlook",
  body="""Bonjour,

La commande d'abonnements du CDI a été validée le 2 octobre. Trois semaines plus tard, aucune facture n'a été déposée sur Chorus Pro, et nous ne pouvons pas procéder au mandatement.

Code UAI/RNE : 0841959Y
SIRET : 198 400 xxx 000 xx

Merci de faire le nécessaire.

L'agent comptable
""")

M("ob03", L("order_billing", False, "0888108K", "grand-est", "esidoc", False, "en",
            "English; the invoice was made out to the wrong entity and must be reissued to the accounting office."),
  frm="James O'Connor <james.oconnor@ac-nancy-metz.fr>", date="2024-11-15 10:20",
  subject="Invoice made out to wrong entity", client="outlook",
  body="""Hello,

We received the invoice for our library portal subscription today, but it is made out to the collège's old name and address. Our accounting office (agence comptable du lycée Claude Gellée, Épinal) needs it reissued in their name before they can pay it.

School ID: 0888108K

Could you send a corrected invoice?

Many thanks,
James O'Connor
""")

M("ob04", L("order_billing", False, None, None, "esidoc", False, "fr",
            "Negation: 'je ne vous demande pas de devis' — the private school already ordered and asks how to pay by transfer and for bank details: still order_billing (payment means)."),
  frm="Comptabilité OGEC Saint-Martin <compta@ogec-saint-martin.fr>", date="2024-11-20 15:05",
  subject="Règlement par virement", client="outlook",
  body="""Bonjour,

Je ne vous demande pas de devis, nous avons déjà passé commande pour le CDI le mois dernier.
En revanche, notre établissement (privé sous contrat) ne règle que par virement : pouvez-vous m'envoyer votre RIB et me confirmer que ce mode de paiement est accepté ?

Cordialement,
Service comptabilité
OGEC Saint-Martin
""")

M("ob05", L("order_billing", False, "9728194Z", "martinique", "esidoc", False, "fr",
            "The saved basket vanished before the order could be validated; Martinique time zone."),
  frm="Murielle Laguerre <murielle.laguerre@ac-martinique.fr>", date="2024-12-04 08:26", tz=-4,
  subject="Panier disparu", client="thunderbird",
  body="""Bonjour,

J'avais préparé un panier avec tous les abonnements du CDI pour l'an
prochain, en attendant le bon d'engagement. Aujourd'hui le panier est vide.
Faut-il tout refaire ? Combien de temps un panier est-il conservé ?

Lycée Joseph Gaillard, Fort-de-France (9728194Z)
M. Laguerre
""")

M("ob06", L("order_billing", False, "0019964A", "auvergne-rhone-alpes", "esidoc", False, "fr",
            "Apple Mail forward of a payment reminder for an invoice already paid by mandat administratif."),
  frm="Sophie Charvet <sophie.charvet@ac-lyon.fr>", date="2025-01-13 14:18",
  subject="Tr : Relance facture FA-2024-3318", client="apple", kind="alt",
  body="""Bonjour,

Nous recevons cette relance alors que la facture a été payée par mandat administratif le 12 décembre (mandat n° 1842). Pouvez-vous vérifier et annuler la relance ?

Sophie Charvet
Gestionnaire, collège Lumière, Oyonnax – 0019964A

Début du message réexpédié :

De: Service facturation <facturation@assistance.example.fr>
Objet: Relance facture FA-2024-3318
Date: 10 janvier 2025 à 09:00:00 UTC+1
À: sophie.charvet@ac-lyon.fr

Bonjour,

Sauf erreur de notre part, la facture FA-2024-3318 (abonnements CDI) reste impayée. Merci de procéder à son règlement.

Service facturation
""")

M("ob07", L("order_billing", False, "0424389T", "auvergne-rhone-alpes", "esidoc", True, "fr",
            "Mentions the password only to say it was recovered; the question is that the order validation button stays greyed out: order_billing."),
  frm="Yannick Berthon <yannick.berthon@ac-lyon.fr>", date="2025-01-24 11:45",
  subject="Re: [#SUP-005950] Mot de passe", client="zimbra",
  in_reply_to="<SUP-005950.1737540000.d1c74e@assistance.example.fr>",
  body="""Bonjour,

Merci, j'ai pu retrouver mon mot de passe.

Par contre, maintenant que je suis connecté, impossible de valider mon
panier : le bouton "Valider la commande" reste grisé alors que j'ai bien
saisi le numéro de bon d'engagement. Une idée ?

Y. Berthon
Collège Jules Vallès, Saint-Étienne - 0424389T
""")

M("ob08", L("order_billing", False, "0715116A", "bourgogne-franche-comte", "esidoc", False, "fr",
            "HTML-only Outlook mail (windows-1252, euro sign): the invoice amount differs from the quote."),
  frm="Gestion Collège Bréart <gestion.breart@ac-dijon.fr>", date="2025-02-11 16:02",
  subject="Écart entre devis et facture", client="outlook", kind="html", charset="windows-1252",
  body="""Bonjour,

Le devis du 14 janvier pour nos abonnements était de 1 245,00 € TTC ; la facture reçue ce jour est de 1 398,00 € TTC.

Pouvez-vous nous expliquer cette différence ou nous adresser une facture rectifiée ?

Collège Bréart – Tournus
UAI : 0715116A

Cordialement,
Le service gestion
""")

M("ob09", L("order_billing", False, "0703214N", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
            "The bon d'engagement is refused at order validation on the purchasing platform."),
  frm="Romain Vuillemin <romain.vuillemin@ac-besancon.fr>", date="2025-03-05 10:34",
  subject="Bon d'engagement refusé à la validation", client="thunderbird",
  body="""Bonjour,

Lorsque je valide ma commande de mobilier sur la plateforme d'achat, le
dépôt du bon d'engagement échoue : "fichier non conforme". Il s'agit d'un
PDF de 240 Ko exporté depuis Op@le, comme d'habitude.

Lycée Edouard Belin, Vesoul - 0703214N

R. Vuillemin
""")

# ====================================================== account_creation (9)

M("ac01", L("account_creation", True, None, None, "espace_acheteur", False, "fr",
            "A town's new buyer asks how to create an account on the purchasing platform: the sign-up answer fits."),
  frm="Aurélien Baudry <a.baudry@mairie-blangy.fr>", date="2024-09-05 14:12",
  subject="Création de compte", client="outlook",
  body="""Bonjour,

Je viens de prendre le poste d'acheteur à la mairie de Blangy. Comment dois-je faire pour créer un compte sur votre plateforme d'achat ?

Merci
Aurélien Baudry
""")

M("ac02", L("account_creation", True, "0396222B", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
            "Signed up yesterday, cannot log in: the account is waiting for the structure administrator's validation (FAQ case)."),
  frm="Lise Cordier <lise.cordier@ac-besancon.fr>", date="2024-09-17 09:48",
  subject="compte en attente", client="zimbra",
  body="""Bonjour,

J'ai rempli hier le formulaire d'inscription sur la plateforme d'achat. Quand
j'essaie de me connecter, on me dit que mon compte est "en attente de
validation". Est-ce normal ? Qui doit le valider ?

Collège Xavier Bichat, Nantua... pardon, Lons-le-Saunier - 0396222B
Lise Cordier
""")

M("ac03", L("account_creation", False, None, "grand-est", "espace_acheteur", False, "fr",
            "Asks who the structure's administrator is: needs a look-up, so a person answers (region from ac-nancy-metz.fr)."),
  frm="Nicolas Schmitt <nicolas.schmitt@ac-nancy-metz.fr>", date="2024-10-09 13:02",
  subject="Qui est administrateur de notre structure ?", client="thunderbird",
  body="""Bonjour,

Pourriez-vous m'indiquer qui est l'administrateur de notre structure sur la
plateforme d'achat ? Personne ici ne semble le savoir et ma demande de
compte attend sa validation.

Nicolas Schmitt
Collège Paul Verlaine, Metz
""")

M("ac04", L("account_creation", True, "0887925L", "grand-est", "esidoc", True, "en",
            "English negation: she does not need a password reset, she never had an account and wants to open the customer account: account_creation."),
  frm="Helen Wagner <helen.wagner@ac-nancy-metz.fr>", date="2024-10-22 10:17",
  subject="Not a password issue - new account", client="apple", kind="alt",
  body="""Hello,

Your colleague on the phone suggested a password reset, but that's not it: I
have never had an account. I'd like to open a customer account for our school
library so that I can order subscriptions online.

Collège Louis Pergaud, Remiremont - 0887925L

How do I register?

Best,
Helen Wagner
""")

M("ac05", L("account_creation", False, "0683649X", "grand-est", "espace_acheteur", False, "fr",
            "The account works but cannot place orders: asks for order rights to be opened."),
  frm="Stéphanie Muller <stephanie.muller@ac-strasbourg.fr>", date="2024-11-08 15:35",
  subject="Droits de commande", client="zimbra",
  body="""Bonjour,

Je peux me connecter et consulter les marchés, mais le bouton "Commander"
n'apparaît pas. Il me faudrait les droits de commande pour le lycée
(0683649X, lycée Lambert, Mulhouse).

Merci,
Stéphanie Muller, secrétaire d'intendance
""")

M("ac06", L("account_creation", False, "0272262M", "normandie", "esidoc", False, "fr",
            "A newly opened school's UAI is not in the list when creating the customer account: the FAQ sends these to the sales team."),
  frm="Marion Duval <marion.duval@ac-normandie.fr>", date="2024-11-21 11:14",
  subject="UAI introuvable à l'inscription", client="thunderbird",
  body="""Bonjour,

Notre collège a ouvert en septembre (collège du Val d'Iton, Évreux). En
voulant créer le compte client du CDI, notre UAI 0272262M n'apparaît pas
dans la liste des établissements, je ne peux donc pas aller plus loin.

Merci de votre aide,
Marion Duval, documentaliste
""")

M("ac07", L("account_creation", False, "0619786F", "normandie", "espace_acheteur", False, "fr",
            "The account has waited three weeks for validation and the structure administrator has left: the region must step in."),
  frm="Gaëlle Lemonnier <gaelle.lemonnier@ac-normandie.fr>", date="2024-12-18 14:26",
  subject="Compte toujours pas validé", client="outlook",
  body="""Bonjour,

Mon inscription sur la plateforme d'achat attend sa validation depuis trois semaines. Le gestionnaire, qui était administrateur de la structure, a été muté en novembre et n'a pas été remplacé.

Qui peut valider mon compte ?

Lycée Alain, Alençon – 0619786F
Gaëlle Lemonnier
""")

M("ac08", L("account_creation", True, "0243438G", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
            "Subject says 'Mot de passe' but she has no password because she has no account yet: how to create one, so account_creation."),
  frm="Clémence Faure <clemence.faure@ac-bordeaux.fr>", date="2025-01-29 10:52",
  subject="Mot de passe", client="zimbra",
  body="""Bonjour,

On me demande un mot de passe pour la plateforme d'achat, mais je n'en ai
pas : je n'ai pas encore de compte, je viens d'arriver comme adjointe
gestionnaire au lycée Laure Gatet de Périgueux (0243438G).

Comment est-ce que je crée mon compte ?

Merci,
Clémence Faure
""")

M("ac09", L("account_creation", False, "0408554F", "nouvelle-aquitaine", "esidoc", True, "fr",
            "Two librarians each want an administrator account (a person answers); the sender still uses an ac-paris.fr address but the UAI's region (nouvelle-aquitaine) wins."),
  frm="Camille Hirsch <camille.hirsch@ac-paris.fr>", date="2025-02-18 09:20",
  subject="Deux comptes administrateur ?", client="thunderbird",
  body="""Bonjour,

Je viens d'être mutée de Paris au collège Jean Rostand de Mont-de-Marsan
(0408554F) ; mon adresse académique bordelaise n'est pas encore créée, d'où
cette adresse.

Nous sommes deux documentalistes à mi-temps. Est-il possible d'avoir chacune
notre propre compte administrateur sur le portail, plutôt que de partager le
même identifiant ?

Merci,
Camille Hirsch
""")

# =============================================== subscription_activation (9)

M("sa01", L("subscription_activation", True, "0790205U", "nouvelle-aquitaine", "esidoc", False, "fr",
            "Press subscription ordered yesterday, not visible yet: within the 72-hour window."),
  frm="Elise Rambaud <elise.rambaud@ac-poitiers.fr>", date="2024-09-13 10:25",
  subject="Abonnement Cafeyn pas visible", client="thunderbird",
  body="""Bonjour,

Nous avons commandé hier l'abonnement Cafeyn pour le CDI mais il n'apparaît
pas encore dans le portail. Faut-il faire quelque chose de notre côté ?

Collège Jean Zay, Niort - 0790205U
Elise Rambaud
""")

M("sa02", L("subscription_activation", True, "0653092H", "occitanie", "esidoc", False, "fr",
            "How to publish the press resource for pupils on the portal: activation and publication of a resource."),
  frm="Marc Abadie <marc.abadie@ac-toulouse.fr>", date="2024-10-01 14:44",
  subject="Publier Europresse pour les élèves", client="zimbra",
  body="""Bonjour,

L'abonnement Europresse est bien actif (je le vois dans l'administration),
mais comment le rendre accessible aux élèves depuis la page d'accueil du
portail ?

Lycée Théophile Gautier, Tarbes - 0653092H
M. Abadie
""")

M("sa03", L("subscription_activation", False, "0112771C", "occitanie", "esidoc", False, "fr",
            "Ordered two weeks ago and still not active: past the 72-hour rule, a person must look at the order."),
  frm="Nathalie Fabre <nathalie.fabre@ac-montpellier.fr>", date="2024-10-15 09:12",
  subject="Abonnement toujours inactif après 15 jours", client="thunderbird",
  body="""Bonjour,

Notre abonnement à l'encyclopédie en ligne a été commandé et validé le
30 septembre. Quinze jours après, il apparaît toujours comme "inactif" dans
Mes abonnements et les élèves ne peuvent pas y accéder.

Collège Joseph Anglade, Lézignan-Corbières - 0112771C

Merci de regarder,
N. Fabre
""")

M("sa04", L("subscription_activation", True, "0530279R", "pays-de-la-loire", "esidoc", True, "en",
            "English; renewal paid two days ago still shows as expired, and the UAI appears only inside the portal URL, in lower case."),
  frm="Oliver Grant <oliver.grant@ac-nantes.fr>", date="2024-11-04 12:55",
  subject="Renewed subscription still showing as expired", client="gmail", kind="alt",
  body="""Hello,

We renewed our online press subscription on Saturday, but on
https://0530279r.esidoc.fr it still says "expired" and students can't open it.

Is there a delay before it becomes active again?

Thanks,
Oliver
""")

M("sa05", L("subscription_activation", True, "0261160V", "auvergne-rhone-alpes", "esidoc", True, "fr",
            "Written by the principal from the ce. address, but he only asks when the new subscription will be available: not a head-of-establishment request."),
  frm="Principal Collège Debussy <ce.0261160V@ac-grenoble.fr>", date="2024-11-27 17:38",
  subject="Disponibilité de l'abonnement commandé", client="outlook",
  body="""Bonjour,

Nous avons validé avant-hier la commande de la base documentaire pour le CDI. Mes enseignants me demandent quand ils pourront l'utiliser avec leurs classes : pouvez-vous me l'indiquer ?

Le principal,
Hervé Bouvier
Collège Claude Debussy, Romans-sur-Isère
""")

M("sa06", L("subscription_activation", True, "0637946V", "auvergne-rhone-alpes", "esidoc", True, "fr",
            "Negation: not a password problem, she is logged in; the newly ordered resource does not show on the portal."),
  frm="Delphine Chassaing <delphine.chassaing@ac-clermont.fr>", date="2025-01-08 15:50",
  subject="ressource qui n'apparaît pas", client="zimbra",
  body="""Bonjour,

Ce n'est pas un problème de mot de passe : je suis bien connectée à
l'administration. Mais la ressource de presse commandée lundi n'apparaît
nulle part, ni côté admin ni côté élèves.

Lycée Blaise Pascal, Clermont-Ferrand (0637946V)
D. Chassaing
""")

M("sa07", L("subscription_activation", True, "0935498W", "ile-de-france", "esidoc", False, "fr",
            "Short: please activate the encyclopaedia subscription ordered this morning."),
  frm="Ousmane Diallo <ousmane.diallo@ac-creteil.fr>", date="2025-01-20 11:02",
  subject="Activation Universalis", client="outlook_android", cte="base64",
  body="""Bonjour, merci d'activer l'abonnement Universalis commandé ce matin. Collège Travail-Langevin, Bagnolet, 0935498W. Merci

Obtenir Outlook pour Android
""")

M("sa08", L("subscription_activation", True, "0735111J", "auvergne-rhone-alpes", "esidoc", True, "fr",
            "Reply on a quote ticket whose subject names the quote; the new question is when the subscription ordered on Monday will be active (Wednesday): within 72 hours."),
  frm="Julie Favre <julie.favre@ac-grenoble.fr>", date="2025-02-05 09:30",
  subject="Re: [#SUP-006010] Devis abonnements CDI", client="gmail", kind="alt",
  in_reply_to="<SUP-006010.1738141200.4a9d22@assistance.example.fr>",
  body="""Bonjour,

Merci pour le devis, la commande a été passée lundi. Quand l'abonnement sera-t-il actif ? Pour l'instant rien dans le portail.

Julie Favre
Lycée Vaugelas, Chambéry - 0735111J

Le mer. 29 janv. 2025 à 10:00, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Veuillez trouver ci-joint le devis demandé pour vos abonnements 2025.
>
> Cordialement,
> L'équipe d'assistance
""")

M("sa09", L("subscription_activation", True, "6203245H", "corse", "esidoc", False, "fr",
            "Active subscription visible to the librarian but not to pupils through the ENT: publication step (Corse-du-Sud UAI prefix 620)."),
  frm="Paul-Antoine Leca <paul-antoine.leca@ac-corse.fr>", date="2025-02-25 10:14",
  subject="Abonnement non visible par les élèves via l'ENT", client="thunderbird",
  body="""Bonjour,

L'abonnement est actif et je le vois bien en étant connecté comme
administrateur. Par contre les élèves qui passent par l'ENT ne voient pas la
ressource. Y a-t-il une case à cocher pour la publier ?

Collège Laetitia, Ajaccio - 6203245H
P.-A. Leca
""")

# ===================================================== transfer_incident (9)

M("ti01", L("transfer_incident", False, "0188009H", "centre-val-de-loire", "ecoledirecte", False, "fr",
            "The last transfer to the school-management platform is five days old; parents no longer see new grades."),
  frm="Véronique Pinault <veronique.pinault@ac-orleans-tours.fr>", date="2024-09-23 16:40",
  subject="Transferts arrêtés depuis 5 jours", client="thunderbird",
  body="""Bonjour,

Le dernier transfert vers EcoleDirecte date de mercredi dernier. Depuis, les
notes saisies par les enseignants n'apparaissent plus côté familles et
plusieurs parents nous ont appelés.

Collège Jean Renoir, Bourges - 0188009H
Véronique Pinault, secrétariat
""")

M("ti02", L("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
            "Asks for 'le mot de passe du jour' to repair the base: the daily maintenance password is transfer_incident per the taxonomy, not password_reset."),
  frm="Informatique Institution Notre-Dame <informatique@notredame-valenciennes.fr>", date="2024-10-07 08:05",
  subject="mot de passe du jour", client="outlook",
  body="""Bonjour,

Pour lancer la réparation de la base dans Charlemagne après la coupure de courant de ce week-end, l'outil me demande le mot de passe de maintenance du jour.

Pouvez-vous me le communiquer ?

Merci,
Kévin Delattre
Technicien informatique
""")

M("ti03", L("transfer_incident", False, "0578835U", "grand-est", "ecoledirecte", False, "fr",
            "Licence to regenerate after the server was replaced."),
  frm="Patrick Weber <patrick.weber@ac-nancy-metz.fr>", date="2024-10-28 10:22",
  subject="Régénération licence après changement de serveur", client="zimbra",
  body="""Bonjour,

Nous avons remplacé le serveur du lycée pendant les vacances. Depuis, l'outil
de transfert affiche "licence non valide pour ce poste".

Pouvez-vous régénérer notre licence ?

Lycée Jean-Victor Poncelet, Saint-Avold - 0578835U
P. Weber, référent numérique
""")

M("ti04", L("transfer_incident", False, "0437120F", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
            "HTML-only Outlook mail: the transfer stops with an error at the timetable step."),
  frm="Administration Lycée Charles et Adrien Dupuy <admin.dupuy@ac-clermont.fr>", date="2024-11-12 14:33",
  subject="Erreur lors du transfert", client="outlook", kind="html", charset="windows-1252",
  body="""Bonjour,

Depuis lundi, le transfert s’arrête à l’étape « emplois du temps » avec le message « Erreur 0x80040154 – classe non enregistrée ». Les notes et absences ne partent plus.

Lycée Charles et Adrien Dupuy – Le Puy-en-Velay
UAI 0437120F

Merci de votre aide.
""")

M("ti05", L("transfer_incident", False, "0584034V", "bourgogne-franche-comte", "ecoledirecte", False, "fr",
            "A secretary relays parents' complaints in her own words ('l'appli' shows an old timetable): the data no longer goes up, a transfer incident."),
  frm="Secrétariat Collège Noël Berrier <secretariat.berrier@ac-dijon.fr>", date="2024-12-09 13:47",
  subject="L'appli des parents n'est plus à jour", client="outlook",
  body="""Bonjour,

Plusieurs parents nous disent que sur l'appli, l'emploi du temps affiché est celui d'avant les vacances et que les dernières notes n'y sont pas. De notre côté tout est bien saisi. Il semble que les données ne remontent plus.

Pouvez-vous regarder ?

Collège Noël Berrier, Corbigny – 0584034V
Le secrétariat
""")

M("ti06", L("transfer_incident", False, "0513161J", "grand-est", "ecoledirecte", False, "fr",
            "'Licence expirée' at start-up of the transfer tool: licence to regenerate."),
  frm="Jérôme Collard <jerome.collard@ac-reims.fr>", date="2025-01-06 08:12",
  subject="licence expirée", client="thunderbird",
  body="""Bonjour,

Ce matin, au lancement de Charlemagne Outils : "Licence expirée". Plus aucun
transfert ne part.

0513161J - lycée Jean Jaurès, Reims
J. Collard
""")

M("ti07", L("transfer_incident", False, "0907302Y", "bourgogne-franche-comte", "ecoledirecte", False, "fr",
            "Two requests: the failing transfers (main) and a copy of an invoice; the transfer incident needs a person anyway."),
  frm="Hakim Mansouri <hakim.mansouri@ac-besancon.fr>", date="2025-01-30 15:27",
  subject="Transferts + copie facture", client="zimbra",
  body="""Bonjour,

- Les transferts échouent toutes les nuits depuis lundi ("connexion refusée
par le serveur distant"). Les absences ne sont plus visibles par les
familles.
- Accessoirement, pourriez-vous me renvoyer une copie de la facture 2024,
notre comptable ne la retrouve pas ?

Lycée Condorcet, Belfort - 0907302Y
H. Mansouri
""")

M("ti08", L("transfer_incident", False, "0021443H", "hauts-de-france", "ecoledirecte", False, "fr",
            "New firewall and proxy: the transfer connection test fails; asks for the settings."),
  frm="Service informatique Lycée Condorcet <si.condorcet@ac-amiens.fr>", date="2025-02-17 11:05",
  subject="Proxy / pare-feu et transferts", client="thunderbird",
  body="""Bonjour,

La Région a installé un nouveau pare-feu avec proxy authentifiant. Depuis,
le test de connexion de l'outil de transfert échoue (délai dépassé).

Pouvez-vous nous donner les adresses et ports à ouvrir, et dire s'il faut
renseigner le proxy dans l'outil ?

Lycée Condorcet, Saint-Quentin - 0021443H
""")

M("ti09", L("transfer_incident", False, "0364817R", "centre-val-de-loire", "ecoledirecte", True, "fr",
            "Written by the head of establishment, but it reports failing grade transfers before the class councils and authorises nothing: transfer_incident, not a head request."),
  frm="Principal Collège Les Capucins <ce.0364817R@ac-orleans-tours.fr>", date="2025-03-10 18:02",
  subject="Conseils de classe - notes non transférées", client="outlook",
  body="""Bonjour,

Je suis le principal du collège Les Capucins (Châteauroux). Les conseils de classe commencent jeudi et les moyennes ne sont toujours pas remontées vers l'espace des familles : le transfert est en échec depuis vendredi selon ma secrétaire.

Je vous remercie de traiter cette demande en priorité.

Olivier Merlin
Principal
""")

# ===================================================== contract_documents (7)

M("cd01", L("contract_documents", False, None, "centre-val-de-loire", "espace_acheteur", True, "fr",
            "The CCTP of a market cannot be found; the UAI is typed 0414195N, a wrong check letter (the digits give M), so no UAI; region from ac-orleans-tours.fr."),
  frm="Gilles Moreau <gilles.moreau@ac-orleans-tours.fr>", date="2024-09-25 10:47",
  subject="CCTP marché 2024-031 introuvable", client="thunderbird",
  body="""Bonjour,

Dans "Mes marchés", le marché 2024-031 (fournitures de bureau) apparaît,
mais sans le CCTP : seuls le règlement de consultation et le BPU sont
proposés au téléchargement.

Lycée Augustin Thierry, Blois - UAI 0414195N

Merci,
G. Moreau
""")

M("cd02", L("contract_documents", False, "0541543J", "grand-est", "espace_acheteur", False, "fr",
            "Amendment no. 1 of a market is missing from the contract documents."),
  frm="Corinne Hussenet <corinne.hussenet@ac-nancy-metz.fr>", date="2024-10-30 14:50",
  subject="Avenant n°1 non disponible", client="zimbra",
  body="""Bonjour,

Le titulaire du marché de nettoyage nous a informés qu'un avenant n°1 avait
été signé en septembre (révision des prix). Je ne le trouve pas dans les
documents du marché sur la plateforme.

Collège La Fontaine, Laxou - 0541543J
C. Hussenet, gestionnaire
""")

M("cd03", L("contract_documents", False, "0957676C", "ile-de-france", "espace_acheteur", False, "en",
            "English; since the new platform the school can no longer see its membership conventions."),
  frm="Rebecca Stone <rebecca.stone@ac-versailles.fr>", date="2024-12-11 09:58",
  subject="Conventions no longer visible", client="outlook",
  body="""Hello,

On the old platform I could download our membership conventions. Since the switch to the new buyer space, the "Documents" tab is empty for our school (0957676C, Lycée international de Saint-Germain... sorry, Osny).

Where can I find them?

Regards,
Rebecca Stone
""")

M("cd04", L("contract_documents", False, "0089182M", "grand-est", "espace_acheteur", True, "fr",
            "Reply (Outlook quote) on an account ticket whose subject names access; the new question is that the market's acte d'engagement is not visible: contract_documents."),
  frm="MARTIN Laurence <laurence.martin@ac-reims.fr>", date="2025-01-15 10:06",
  subject="RE: [#SUP-005915] Accès espace acheteur", client="outlook",
  in_reply_to="<SUP-005915.1736845200.6e2f08@assistance.example.fr>",
  body="""Bonjour,

Merci, l'accès fonctionne. En revanche je ne vois pas l'acte d'engagement du marché de restauration 2023-054 auquel nous avons adhéré : seuls les documents de consultation sont visibles.

Laurence Martin
Gestionnaire – Lycée Monge, Charleville-Mézières (0089182M)

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 14 janvier 2025 10:00
À : MARTIN Laurence <laurence.martin@ac-reims.fr>
Objet : [#SUP-005915] Accès espace acheteur

Bonjour,

Votre compte a été validé par l'administrateur de votre structure. Vous pouvez désormais vous connecter.

Cordialement,
L'équipe d'assistance
""")

M("cd05", L("contract_documents", False, "0109231E", "grand-est", "espace_acheteur", False, "fr",
            "The membership convention opens as an empty file; a screenshot is attached."),
  frm="Xavier Drouot <xavier.drouot@ac-reims.fr>", date="2025-01-31 11:11",
  subject="Convention d'adhésion vide", client="thunderbird",
  attach=[("capture_convention.png", "image/png", FAKE_PNG)],
  body="""Bonjour,

Quand j'ouvre la convention d'adhésion 2025 depuis la plateforme, le PDF est
vide (0 page, voir capture). J'ai essayé avec deux navigateurs.

Collège Paul Portier, Bar-sur-Aube - 0109231E
X. Drouot
""")

M("cd06", L("contract_documents", False, "0521559M", "grand-est", "espace_acheteur", True, "fr",
            "Thanks for the MailInBlack fix only in passing; the question is a price schedule (BPU) missing from a market's documents: contract_documents."),
  frm="Sébastien Gérard <sebastien.gerard@ac-reims.fr>", date="2025-02-19 15:38",
  subject="BPU fournitures", client="zimbra",
  body="""Bonjour,

Les mails arrivent bien maintenant, merci pour la procédure Mailinblack !

Autre chose : je ne trouve pas le BPU du marché fournitures scolaires dans les
pièces du marché. Il y a le CCAP et le CCTP, pas le bordereau de prix.

Collège Diderot, Langres - 0521559M
S. Gérard
""")

M("cd07", L("contract_documents", False, "0928561F", "ile-de-france", "espace_acheteur", False, "fr",
            "Only half of the market documents are visible in the consultation file."),
  frm="Mélanie Carpentier <melanie.carpentier@ac-versailles.fr>", date="2025-03-06 13:20",
  subject="Pièces du marché incomplètes", client="outlook",
  body="""Bonjour,

Dans le dossier du marché « Équipements numériques 2025 », je ne vois que 3 pièces sur les 7 listées dans le sommaire (il manque notamment les annexes techniques).

Lycée Jacques Monod, Clamart – 0928561F

Cordialement,
Mélanie Carpentier
""")


# ---------------------------------------------------------------- output

def visible_text(raw):
    """Decoded headers and text parts, as a reader of the mail sees them."""
    import email
    from email import policy
    msg = email.message_from_bytes(raw.encode("utf-8"), policy=policy.default)
    out = [f"{k}: {v}" for k, v in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    keys = [k for k, _, _ in MAILS]
    assert len(keys) == len(set(keys)) == 150, len(keys)
    order = sorted(keys)
    random.Random("holdout6").shuffle(order)
    number = {k: i + 1 for i, k in enumerate(order)}
    rows = []
    for key, spec, label in MAILS:
        name = f"h{number[key]:03d}.eml"
        raw = build(key, spec)
        with open(os.path.join(out, name), "wb") as f:
            f.write(raw.encode("utf-8"))
        if label["uai"]:
            assert uai_ok(label["uai"]), (key, label["uai"])
            assert label["uai"].lower() in visible_text(raw).lower(), (key, "uai not in mail")
        rows.append((number[key], dict(file=name, **label)))
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for _, row in sorted(rows, key=lambda r: r[0]):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

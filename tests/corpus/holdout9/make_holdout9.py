#!/usr/bin/env python3
"""Build the holdout9 test corpus: 150 hand-written support mails and their labels.

Run from anywhere: ``python3 make_holdout9.py [OUTDIR]`` (default: this folder).
Only the standard library is used and the output is byte-for-byte deterministic:
message ids, MIME boundaries and queue ids derive from the file number.
Texts are written by hand for this set; none is copied from the dev corpus.
"""

from __future__ import annotations

import base64
import email.header
import email.utils
import hashlib
import html as htmlmod
import json
import quopri
import sys
from datetime import datetime, timedelta
from pathlib import Path

SUPPORT = "support@assistance.example.fr"
SUPPORT_NAME = "Assistance"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation", "subscription_activation",
    "order_billing", "contract_documents", "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

MAILS: list[dict] = []


# --------------------------------------------------------------------------- helpers

def uai_ok(code: str) -> bool:
    return (len(code) == 8 and code[:7].isdigit()
            and code[7].upper() == LETTERS[int(code[:7]) % 23])


def h(n: int, salt: str, size: int = 16) -> str:
    return hashlib.sha256(f"holdout9/{n}/{salt}".encode()).hexdigest()[:size]


def enc_header(value: str) -> str:
    if all(ord(c) < 128 for c in value):
        return value
    return email.header.Header(value, "utf-8").encode(linesep="\n")


def addr(name: str | None, address: str) -> str:
    if not name:
        return address
    return email.utils.formataddr((name, address), charset="utf-8")


def leaf(ctype: str, body, *, charset: str | None = "utf-8", cte: str = "quoted-printable",
         params: str = "", headers: tuple = ()) -> dict:
    return {"ctype": ctype, "body": body, "charset": charset, "cte": cte,
            "params": params, "headers": list(headers)}


def multi(subtype: str, parts: list, *, params: str = "", headers: tuple = ()) -> dict:
    return {"ctype": f"multipart/{subtype}", "parts": parts, "params": params,
            "headers": list(headers)}


def attachment(filename: str, ctype: str, data: bytes, inline: bool = False) -> dict:
    disp = "inline" if inline else "attachment"
    return leaf(ctype, data, charset=None, cte="base64", params=f'; name="{filename}"',
                headers=(f'Content-Disposition: {disp}; filename="{filename}"',))


PDF = (b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
       b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
       b"trailer <</Root 1 0 R>>\n%%EOF\n")
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
JPG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////"
    "////////////////////////////////////////////wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAA"
    "AAAAAAA//EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AN//Z")


def encode_body(node: dict) -> bytes:
    body = node["body"]
    raw = body if isinstance(body, bytes) else body.encode(node["charset"] or "utf-8")
    cte = node["cte"]
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def render(node: dict, n: int, depth: int = 0) -> tuple[list[str], bytes]:
    """Return (header lines, body bytes) of a MIME node."""
    hdrs = []
    if "parts" in node:
        boundary = f"{'=_' if depth % 2 else '----=_Part_'}{h(n, 'b%d' % depth, 24)}"
        hdrs.append(f'Content-Type: {node["ctype"]};{node["params"]}\n boundary="{boundary}"')
        hdrs += node["headers"]
        out = b"" if depth else b"This is a multi-part message in MIME format.\n"
        for i, part in enumerate(node["parts"]):
            ph, pb = render(part, n * 100 + i, depth + 1)
            if out:
                out += b"\n"
            out += f"--{boundary}\n".encode() + "\n".join(ph).encode() + b"\n\n" + pb
            if not out.endswith(b"\n"):
                out += b"\n"
        out += f"\n--{boundary}--\n".encode()
        return hdrs, out
    ctype = node["ctype"]
    cs = f"; charset={node['charset']}" if node["charset"] else ""
    hdrs.append(f"Content-Type: {ctype}{cs}{node['params']}")
    if node["cte"]:
        hdrs.append(f"Content-Transfer-Encoding: {node['cte']}")
    hdrs += node["headers"]
    return hdrs, encode_body(node)


def text_to_html(text: str, style: str = "gmail") -> str:
    """A plausible HTML twin of a plain-text body (quoted '>' lines become a blockquote)."""
    lines = text.rstrip("\n").split("\n")
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = text_to_html("\n".join(q[1:].lstrip() if q.startswith(">") else q
                                           for q in quote) + "\n", style)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       f'padding-left:1ex">{inner}</blockquote>')
            quote.clear()

    for line in lines:
        if line.startswith(">"):
            quote.append(line)
            continue
        flush_quote()
        esc = htmlmod.escape(line) or "<br>"
        if style == "outlook":
            out.append(f'<p class="MsoNormal">{esc if line else "&nbsp;"}<o:p></o:p></p>')
        else:
            out.append(f"<div>{esc}</div>")
    flush_quote()
    body = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;} --></style>\n</head>\n'
                '<body lang="FR" link="#0563C1" vlink="#954F72">\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    return f'<div dir="ltr">\n{body}\n</div>\n'


RELAY_IPS = ["203.0.113.", "198.51.100.", "192.0.2."]


def relay_for(domain: str, n: int) -> str:
    if domain == "gmail.com":
        return f"mail-wr1-f{40 + n % 50}.google.com"
    if domain in ("outlook.fr", "hotmail.fr", "hotmail.com") or domain.endswith(".onmicrosoft.com"):
        return f"EUR0{n % 5 + 1}-DB8-obe.outbound.protection.outlook.com"
    if domain.startswith("ac-"):
        return f"smtp{n % 6 + 1}.{domain}"
    if domain in ("orange.fr", "wanadoo.fr"):
        return f"smtp{n % 9 + 10}.smtp.orange.fr"
    if domain == "free.fr":
        return "smtp4-g21.free.fr"
    if domain == "laposte.net":
        return "smtp-out.laposte.net"
    return f"mail.{domain}"


CLIENTS = {
    "thunderbird": ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"],
    "thunderbird_en": ["User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"],
    "outlook": ["Thread-Topic: {subject}", "Thread-Index: {tindex}",
                "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
                "X-MS-Has-Attach: {hasatt}", "X-MS-TNEF-Correlator: "],
    "outlook_en": ["Thread-Topic: {subject}", "Thread-Index: {tindex}",
                   "Accept-Language: en-GB, fr-FR", "Content-Language: en-GB",
                   "X-MS-Has-Attach: {hasatt}", "X-MS-TNEF-Correlator: "],
    "outlook_desktop": ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: {tindex}",
                        "Content-Language: fr"],
    "gmail": [],
    "apple": ["X-Mailer: Apple Mail (2.3774.600.62)"],
    "iphone": ["X-Mailer: iPhone Mail (21F90)"],
    "zimbra": ["X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF128 (Win)/9.0.0_ZEXTRAS_20240927)",
               "Thread-Topic: {subject}", "Thread-Index: {tindex}"],
    "android": ["X-Mailer: Outlook for Android"],
    "roundcube": ["User-Agent: Roundcube Webmail/1.6.6"],
    "samsung": ["X-Mailer: Samsung Mail"],
    "raw": [],
}


def message_id(n: int, client: str, domain: str) -> str:
    if client.startswith("outlook") and client != "outlook_desktop":
        return f"<PR{h(n, 'm', 4).upper()}MB{h(n, 'o', 24).upper()}@PR{h(n, 'p', 4).upper()}MB2345.FRAP264.PROD.OUTLOOK.COM>"
    if client == "gmail":
        return f"<CA{h(n, 'g', 36)}@mail.gmail.com>"
    if client == "zimbra":
        return f"<{int(h(n, 'z', 8), 16)}.{int(h(n, 'y', 5), 16)}.17{int(h(n, 'x', 8), 16) % 10**11:011d}.JavaMail.zimbra@{domain}>"
    if client in ("apple", "iphone"):
        u = h(n, "a", 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if client == "samsung":
        return f"<{h(n, 's', 20)}@email.android.com>"
    if client == "android":
        return f"<AM{h(n, 'n', 30).upper()}@AM9PR04MB.eurprd04.prod.outlook.com>"
    u = h(n, "t", 32)
    return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"


def add(n: int, category: str, auto: bool, uai: str | None, region: str | None,
        platform: str | None, hard: bool, lang: str, notes: str, **mail) -> None:
    MAILS.append({"n": n, "label": {
        "file": f"h{n:03d}.eml", "category": category, "auto_reply_ok": auto, "uai": uai,
        "region": region, "platform": platform, "hard": hard, "lang": lang, "notes": notes,
    }, "mail": mail})


def build(n: int, m: dict) -> bytes:
    name, address = m["frm"]
    domain = address.rsplit("@", 1)[1].lower()
    client = m.get("client", "thunderbird")
    dt = datetime.fromisoformat(m["date"])
    date = m.get("date_header") or email.utils.format_datetime(dt)
    rdate = email.utils.format_datetime(dt + timedelta(seconds=7 + n % 40))
    ip = f"{RELAY_IPS[n % 3]}{10 + n}"
    relay = m.get("relay") or relay_for(domain, n)
    hdrs: list[str] = []
    rp = m.get("return_path", address)
    hdrs.append(f"Return-Path: <{rp}>")
    hdrs.append(f"Delivered-To: {SUPPORT}")
    hdrs.append(f"Received: from {relay} ({relay} [{ip}])\n\tby mx1.assistance.example.fr (Postfix) "
                f"with ESMTPS id {h(n, 'q', 15).upper()}\n\tfor <{SUPPORT}>; {rdate}")
    auth = m.get("auth")
    if auth is None:
        adom = m.get("auth_domain", domain)
        auth = (f"dkim=pass (2048-bit key) header.d={adom};\n\tspf=pass smtp.mailfrom={adom};\n"
                f"\tdmarc=pass (p=none dis=none) header.from={adom}")
    if auth:
        hdrs.append(f"Authentication-Results: mx1.assistance.example.fr;\n\t{auth}")
    hdrs += m.get("pre", [])
    to = m.get("to", addr(SUPPORT_NAME, SUPPORT))
    subject = m["subject"]
    has_att = "yes" if m.get("attach") else ""
    ordered = [
        f"From: {addr(name, address)}",
        f"To: {to}",
    ]
    if m.get("cc"):
        ordered.append(f"Cc: {m['cc']}")
    if m.get("reply_to"):
        ordered.append(f"Reply-To: {m['reply_to']}")
    ordered.append(f"Subject: {enc_header(subject)}")
    ordered.append(f"Date: {date}")
    ordered.append(f"Message-ID: {m.get('message_id') or message_id(n, client, domain)}")
    if m.get("reply"):
        ref = m["reply"]
        ordered.append(f"In-Reply-To: {ref}")
        ordered.append(f"References: {m.get('references', ref)}")
    ordered.append("MIME-Version: 1.0")
    for line in CLIENTS[client]:
        ordered.append(line.format(subject=enc_header(subject).replace("\n", "\n"),
                                   tindex=base64.b64encode(bytes.fromhex(h(n, 'i', 44))).decode(),
                                   hasatt=has_att).rstrip() if "{" in line else line)
    ordered += m.get("extra", [])
    hdrs += ordered

    tree = m.get("tree")
    if tree is None:
        text = m.get("text")
        html = m.get("html")
        cs = m.get("charset", "utf-8")
        cte = m.get("cte", "quoted-printable")
        fl = "; format=flowed" if m.get("flowed") else ""
        if text is not None and html is None and not m.get("alt"):
            tree = leaf("text/plain", text, charset=cs, cte=cte, params=fl)
        elif text is None:
            tree = leaf("text/html", html, charset=cs, cte=m.get("html_cte", cte))
        else:
            if html is None:
                html = text_to_html(text, "outlook" if client.startswith("outlook") else "gmail")
            tree = multi("alternative", [
                leaf("text/plain", text, charset=cs, cte=cte, params=fl),
                leaf("text/html", html, charset=cs, cte=m.get("html_cte", cte)),
            ])
        if m.get("attach"):
            tree = multi("mixed", [tree] + [attachment(*a) for a in m["attach"]])
    th, tb = render(tree, n)
    head = "\n".join(hdrs + th) + "\n\n"
    return head.encode("ascii") + tb


def T(s: str) -> str:
    """Hand-written body: drop the first newline, keep the rest as typed."""
    return s[1:] if s.startswith("\n") else s


# =========================================================================== the mails

add(1, "password_reset", True, "0443006D", "pays-de-la-loire", "esidoc", False, "fr",
    "Back from leave, the librarian can no longer log in to the e-sidoc back office and asks for a way back in; UAI written as 'RNE' in the signature.",
    frm=("Sophie Le Gall", "sophie.le-gall@ac-nantes.fr"), client="thunderbird", cte="8bit", flowed=True,
    subject="Accès administration e-sidoc",
    date="2024-09-09T08:41:12+02:00",
    text=T("""
Bonjour,

Je reprends le travail après huit mois de congé maternité et, bien
entendu, plus aucun souvenir du mot de passe pour la partie
administration de notre portail e-sidoc. J'ai tenté les trois ou quatre
variantes que j'utilise d'habitude, sans succès, et je préfère ne pas
insister avant de bloquer le compte.

La rentrée est déjà bien lancée et j'ai des séquences à publier pour les
secondes. Que dois-je faire pour récupérer l'accès ?

Merci d'avance,

Sophie Le Gall
Professeure documentaliste
Lycée Jules Rieffel – Saint-Herblain
RNE 0443006D
"""))

add(2, "automated", False, None, None, None, False, "fr",
    "Exchange out-of-office in French with Auto-Submitted and X-Auto-Response-Suppress, answering one of our ticket mails.",
    frm=("Laurent Chaput", "l.chaput@ensemble-scolaire-lasalle.fr"), client="outlook",
    subject="Réponse automatique : [#SUP-007712] Votre demande",
    date="2024-10-17T14:02:51+02:00",
    reply="<SUP-007712.1729166400.5f1c2a@assistance.example.fr>",
    extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
           "X-MS-Exchange-Inbox-Rules-Loop: l.chaput@ensemble-scolaire-lasalle.fr"],
    alt=True,
    text=T("""
Bonjour,

Je suis absent du bureau jusqu'au lundi 4 novembre inclus.

Pour les questions d'économat, merci de vous adresser à Mme Besnard
(accueil@ensemble-scolaire-lasalle.fr). Votre message ne sera pas
transféré.

Laurent Chaput
Responsable administratif et financier
"""))

add(3, "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "A town-hall buyer registered on the Espace Acheteur and the activation message never came; no anti-spam product named.",
    frm=("Nadège Fourcade", "nadege.fourcade.mairie@gmail.com"), client="gmail", alt=True,
    subject="inscription espace acheteur",
    date="2024-09-12T17:26:03+02:00",
    text=T("""
Bonjour,

Je gère les achats pour la commune de Saint-Aubin-des-Bois (petite
commune, je suis seule au secrétariat de mairie). Une collègue d'une
commune voisine m'a conseillé de m'inscrire sur votre espace acheteur
pour profiter des marchés de fournitures scolaires.

J'ai rempli le formulaire mardi matin. On m'a dit qu'un message allait
arriver pour activer le compte : rien depuis. J'ai regardé dans les
"promotions", les "réseaux sociaux" et le spam de ma boîte Gmail,
toujours rien.

Pouvez-vous me le renvoyer ou me dire si l'inscription a bien été prise ?

Nadège Fourcade
Secrétaire de mairie
06 71 24 80 19
"""))

add(4, "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "Regional IT technician asks which senders to allow-list in Mailinblack so the lycées receive the Espace Acheteur notifications.",
    frm=("Yannick Ferrand", "yannick.ferrand@auvergnerhonealpes.fr"), client="outlook", alt=True,
    subject="Liste blanche Mailinblack - lycées du secteur Cantal",
    date="2024-09-19T10:15:44+02:00",
    text=T("""
Bonjour,

Technicien informatique de la Région, je m'occupe du parc de onze lycées
sur le secteur du Cantal. Depuis le déploiement de Mailinblack sur les
boîtes des gestionnaires (fin août), plusieurs intendances me signalent
qu'elles ne voient plus passer les notifications de l'Espace Acheteur.

Avant d'ouvrir les vannes, j'aimerais savoir précisément quoi déclarer
côté Mailinblack : un domaine entier, une ou plusieurs adresses
d'expédition, une plage d'IP ? Si vous avez une fiche technique, je
prends.

Cordialement,

Yannick Ferrand
Direction du numérique éducatif – antenne d'Aurillac
Région Auvergne-Rhône-Alpes
"""))

add(5, "other", False, None, None, None, False, "fr",
    "A parent asks for a school certificate for her son: wrong address, unrelated to the services.",
    frm=("Karine Mouly", "karine.mouly64@orange.fr"), client="thunderbird", cte="8bit",
    subject="certificat de scolarité",
    date="2024-09-24T21:47:10+02:00",
    text=T("""
Bonsoir

La CAF me réclame un certificat de scolarité pour mon fils Enzo, en 4e B.
Je n'arrive pas à le télécharger, on m'a dit d'écrire à l'assistance.
Est-ce que vous pouvez me l'envoyer par mail ? C'est assez urgent, ils
bloquent le versement de l'allocation de rentrée.

Merci
Karine Mouly
"""))

add(6, "head_of_establishment_request", False, "0595903W", "hauts-de-france", "esidoc", False, "fr",
    "The proviseure, from the establishment's ce.<UAI> mailbox, asks in writing to replace the contact address of the e-sidoc administrator account.",
    frm=("Lycée Baggio - Direction", "ce.0595903W@ac-lille.fr"), client="zimbra",
    subject="Changement d'adresse de contact - compte administrateur e-sidoc",
    date="2024-10-01T11:32:27+02:00",
    text=T("""
Madame, Monsieur,

Mme Delcourt, professeure documentaliste, a quitté le lycée au
31 août. L'adresse de contact associée au compte administrateur de
notre portail e-sidoc est toujours la sienne et elle n'y a plus accès.

En ma qualité de cheffe d'établissement, je vous demande de remplacer
cette adresse par celle de son successeur :
    thomas.vandamme@ac-lille.fr

Je reste joignable au 03 20 88 14 60 si une vérification est
nécessaire.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Isabelle Lheureux
Proviseure
Lycée Baggio – Lille
"""))

add(7, "order_billing", False, "0712474D", "bourgogne-franche-comte", "esidoc", False, "fr",
    "The gestionnaire needs a formal quote for the Universalis renewal on e-sidoc before the budget vote.",
    frm=("Gestion Collège Pasteur", "gestion.pasteur@ac-dijon.fr"), client="outlook", alt=True,
    subject="Demande de devis renouvellement Universalis",
    date="2024-11-05T09:08:30+01:00",
    text=T("""
Bonjour,

Le conseil d'administration se réunit le 28 novembre pour la DBM et je
dois y présenter le coût des ressources en ligne du CDI pour 2025.

Pourriez-vous m'établir un devis au nom du collège pour le
renouvellement de l'abonnement Universalis (celui qui est publié sur
notre e-sidoc), même nombre de postes que cette année ? Sans devis
daté et signé, l'agent comptable refusera l'engagement.

Collège Louis Pasteur – Le Creusot (UAI 0712474D)
Service de gestion – M. Girardot
03 85 55 02 71
"""))

add(8, "subscription_activation", True, "0345822U", "occitanie", "esidoc", False, "fr",
    "Europresse ordered the day before and not yet visible on e-sidoc: within the 72-hour activation window.",
    frm=("Anaïs Boudet", "anais.boudet@ac-montpellier.fr"), client="roundcube", flowed=True,
    subject="Europresse pas encore visible",
    date="2024-11-12T15:20:05+01:00",
    text=T("""
Bonjour,

Hier, notre gestionnaire a validé la commande Europresse (enfin !). Les
élèves de terminale ont un exposé à rendre vendredi et je comptais leur
montrer la ressource jeudi. Pour l'instant je ne la vois nulle part dans
le portail e-sidoc, ni côté gestion ni côté public.

Est-ce normal à ce stade ou faut-il faire quelque chose de mon côté ?

Établissement 0345822U – Lycée Jean Moulin, Pézenas
Anaïs Boudet, CDI
"""))

add(9, "transfer_incident", False, "0490669L", "pays-de-la-loire", "ecoledirecte", False, "fr",
    "Private school: marks entered in Charlemagne no longer reach EcoleDirecte since Monday, the transfer icon stays red.",
    frm=("Damien Leroux", "d.leroux@stmartin-angers.fr"), client="outlook_desktop", alt=True,
    subject="Notes qui ne remontent plus sur Ecole Directe",
    date="2024-10-09T12:47:19+02:00",
    text=T("""
Bonjour,

Depuis lundi, les notes saisies par les professeurs n'apparaissent plus
côté familles sur Ecole Directe. Dans Charlemagne le pictogramme des
transferts est passé au rouge et y reste, même après redémarrage du
poste serveur.

Je n'ai rien changé à la configuration, à part peut-être une mise à jour
de l'antivirus faite par notre prestataire la semaine dernière, sans
certitude.

Les conseils de classe commencent dans trois semaines, les parents
commencent à appeler. Pouvez-vous regarder ?

Damien Leroux
Responsable informatique
Ensemble scolaire Saint-Martin – Angers
UAI : 0490669L
"""))

add(10, "automated", False, None, None, None, False, "en",
    "English Gmail vacation responder answering a ticket mail (Auto-Submitted: auto-replied).",
    frm=("Fiona McAllister", "fiona.mcallister@gmail.com"), client="gmail",
    subject="Re: [#SUP-007050] Your request",
    date="2024-12-20T16:05:42+01:00",
    reply="<SUP-007050.1734706800.cc01be@assistance.example.fr>",
    extra=["Auto-Submitted: auto-replied"],
    alt=True,
    text=T("""
Hello,

Thank you for your message. I am away for the Christmas break and will
be back on Monday 6 January, with limited access to e-mail until then.

For anything urgent concerning the library, please contact the school
office.

Kind regards,
Fiona
"""))

add(11, "password_reset", True, "0785346M", "ile-de-france", "esidoc", False, "en",
    "English-speaking librarian forgot the e-sidoc admin password; UAI given as the login.",
    frm=("Rachel Whitfield", "rachel.whitfield@ac-versailles.fr"), client="thunderbird_en", cte="7bit",
    subject="Cannot log in to the e-sidoc admin side",
    date="2024-09-16T13:55:00+02:00",
    text=T("""
Hello,

I run the library of the British section at the Lycee International de
Saint-Germain-en-Laye. I went to update our e-sidoc news page this
morning and realised I simply do not remember the password any more:
the last time I logged in was in June.

The login field is pre-filled with 0785346M, which I understand is our
school code, so that part should be right.

Could you tell me how to get a new password? Apologies for my French
colleagues' absence - they would have written in French!

Best wishes,
Rachel Whitfield
Librarian, British Section
"""))

add(12, "account_creation", True, "0132981V", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
    "A newly appointed deputy bursar asks how to get his own Espace Acheteur account: the sign-up answer fits.",
    frm=("Malik Benali", "malik.benali@ac-aix-marseille.fr"), client="gmail", alt=True,
    subject="Nouvel adjoint gestionnaire - accès espace acheteur",
    date="2024-09-05T08:12:48+02:00",
    text=T("""
Bonjour,

Je viens d'arriver comme adjoint gestionnaire au collège Marseilleveyre
(Marseille 8e, UAI 0132981V), après six ans en lycée dans une autre
académie où nous n'utilisions pas votre plateforme.

Mon prédécesseur passait ses commandes de fournitures via l'espace
acheteur. Je n'ai pas ses codes et je préfère de toute façon avoir mon
propre compte. Comment procède-t-on pour en ouvrir un ?

Bien à vous,
Malik Benali
"""))

add(13, "contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "A town's buyer cannot find the signed award document (acte d'engagement) of a market in 'Mes Marchés'.",
    frm=("Service commande publique - Ville de Lunel-Viel", "marchespublics@lunelviel.fr"),
    client="outlook", alt=True,
    subject="Acte d'engagement marché 2024-031 introuvable",
    date="2024-10-22T10:44:09+02:00",
    text=T("""
Bonjour,

Nous avons rejoint en septembre le marché 2024-031 (denrées pour la
restauration scolaire). Dans l'espace acheteur, rubrique Mes Marchés, la
fiche du marché apparaît bien, mais la liste des pièces s'arrête au
règlement de consultation : pas d'acte d'engagement, pas de BPU.

Notre trésorerie nous réclame l'acte d'engagement pour payer la
première facture du titulaire.

Merci de votre aide.

Bérengère Soulié
Service commande publique
Mairie de Lunel-Viel
"""))

add(14, "other", False, "0382129H", "auvergne-rhone-alpes", "esidoc", True, "fr",
    "Reply on a password ticket that only says thanks: the link worked and nothing new is asked.",
    frm=("Mathilde Roche", "mathilde.roche@ac-grenoble.fr"), client="gmail", alt=True,
    subject="Re: [#SUP-006118] Mot de passe e-sidoc",
    date="2024-09-27T09:03:55+02:00",
    reply="<SUP-006118.1727340000.a83d0e@assistance.example.fr>",
    text=T("""
Parfait, le lien a fonctionné du premier coup et j'ai pu changer le mot
de passe (noté cette fois dans un endroit sûr...).

Merci pour la rapidité, bonne fin de semaine à toute l'équipe !

Mathilde Roche
CDI – Collège Le Massegu, Vif (0382129H)

Le jeu. 26 sept. 2024 à 16:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour Madame Roche,
>
> Nous venons d'adresser à la messagerie de contact de votre portail un
> lien qui vous permettra de choisir un nouveau mot de passe. Pensez à
> l'utiliser rapidement : il cesse de fonctionner au bout de 12 heures.
>
> Bien cordialement,
> Le support
"""))

add(15, "missing_noreply_mail", True, None, "nouvelle-aquitaine", "espace_acheteur", True, "fr",
    "Starts as a forgotten password, but the reset tool says the mail left and it never arrives: missing_noreply_mail per the taxonomy; region from ac-bordeaux.fr.",
    frm=("Jean-Pierre Lacoste", "jean-pierre.lacoste@ac-bordeaux.fr"), client="thunderbird", cte="8bit",
    subject="mot de passe espace acheteur",
    date="2024-11-18T11:27:33+01:00",
    text=T("""
Bonjour,

Mot de passe oublié sur l'espace acheteur, donc j'ai fait ce qu'il faut :
lien « mot de passe oublié », saisie de mon adresse, message à l'écran
« un courriel vous a été envoyé ». Trois fois, jeudi, vendredi et ce
matin.

Je n'ai jamais rien reçu. Rien dans le courrier indésirable non plus, et
mes autres mails arrivent normalement. L'outil a l'air de marcher, c'est
le message qui se perd quelque part.

Il me faut l'accès avant la fin du mois pour les commandes de Noël.

J.-P. Lacoste
Intendant – Lycée Max Linder, Libourne
"""))

add(16, "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "Espace Acheteur validation mails sit among the messages pending in Mailinblack and cannot be released.",
    frm=("Odile Marchand", "intendance@college-les-tilleuls-montbard.fr"), client="thunderbird", cte="quoted-printable",
    subject="Mails en attente dans Mailinblack",
    date="2024-10-03T14:38:21+02:00",
    text=T("""
Bonjour,

Je suis secrétaire d'intendance. Quand je vais dans l'interface
Mailinblack que le Département nous a installée, je vois vos messages
(validation de compte Espace Acheteur, alertes) dans la liste « en
attente ». J'ai cliqué sur « délivrer » pour deux d'entre eux, ils ne
sont jamais arrivés dans ma boîte et les suivants restent bloqués.

Est-ce que vous avez une marche à suivre pour que ça passe une bonne
fois pour toutes ?

Odile Marchand
Collège Les Tilleuls
"""))

add(17, "automated", False, None, None, None, False, "en",
    "OpenSMTPD-style bounce (multipart/report delivery-status) of one of our replies; null Return-Path, MAILER-DAEMON sender.",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx.college-jean-rostand-vire.fr"), client="raw",
    return_path="", relay="mx.college-jean-rostand-vire.fr",
    auth="dkim=none;\n\tspf=pass smtp.helo=mx.college-jean-rostand-vire.fr;\n\tdmarc=none",
    subject="Delivery status notification: error",
    date="2024-12-03T07:58:14+01:00",
    extra=["Auto-Submitted: auto-replied"],
    tree=multi("report", [
        leaf("text/plain", T("""
Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

An error has occurred while attempting to deliver a message for
the following list of recipients:

m.roux@college-jean-rostand-vire.fr: 550 5.1.1 Recipient address
rejected: mailbox disabled

Below is a copy of the original message:
"""), charset="us-ascii", cte="7bit", headers=("Content-Description: Notification",)),
        leaf("message/delivery-status", T("""
Reporting-MTA: dns; mx.college-jean-rostand-vire.fr
Arrival-Date: Tue, 3 Dec 2024 07:58:13 +0100

Final-Recipient: rfc822; m.roux@college-jean-rostand-vire.fr
Original-Recipient: rfc822;m.roux@college-jean-rostand-vire.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <m.roux@college-jean-rostand-vire.fr>:
    Recipient address rejected: mailbox disabled
"""), charset=None, cte="7bit", headers=("Content-Description: Delivery report",)),
        leaf("message/rfc822", T("""
From: Assistance <support@assistance.example.fr>
To: Marc Roux <m.roux@college-jean-rostand-vire.fr>
Subject: [#SUP-008031] Votre demande
Date: Tue, 03 Dec 2024 07:58:10 +0100
Message-ID: <SUP-008031.1733209090.4e77b1@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Bonjour,

Nous avons bien recu votre message. Un conseiller vous repondra sous 48 heures.

L'equipe d'assistance
"""), charset=None, cte="7bit", headers=("Content-Description: Undelivered Message",)),
    ], params=" report-type=delivery-status;"))

add(18, "password_reset", True, "6207819E", "corse", "esidoc", False, "fr",
    "Two-line message from Outlook for Android (base64): lost e-sidoc password, asks for a link; Corse-du-Sud UAI.",
    frm=("Pierre-Paul Santoni", "pp.santoni@hotmail.fr"), client="android", cte="base64", alt=True,
    subject="mdp esidoc",
    date="2024-10-14T07:31:02+02:00",
    text=T("""
Bonjour, mdp esidoc perdu, l'identifiant c'est 6207819E (collège de Porto-Vecchio). Vous pouvez me renvoyer un lien svp ? Merci

Obtenir Outlook pour Android
"""))

add(19, "other", False, None, None, None, False, "en",
    "English link-building spam.",
    frm=("Ethan Brooks", "ethan@rankboost-outreach.co"), client="gmail", alt=True,
    auth="dkim=pass (2048-bit key) header.d=rankboost-outreach.co;\n\tspf=pass smtp.mailfrom=rankboost-outreach.co;\n\tdmarc=pass (p=none dis=none) header.from=rankboost-outreach.co",
    subject="Quick question about your website",
    date="2025-01-14T18:12:37+01:00",
    text=T("""
Hi there,

I was browsing your website and noticed you cover education topics. We
work with high-authority publishers (DA 60+) and would love to place a
guest article with a do-follow backlink on your blog.

Our rates start at $120 per post, and we can also offer a bundle of 10
niche edits at a discount this month.

Would you be open to a quick chat?

Cheers,
Ethan Brooks
Outreach Manager
"""))

add(20, "head_of_establishment_request", False, "0292396X", "bretagne", "esidoc", True, "fr",
    "The librarian sends the principal's signed letter (PDF) with the principal in copy: the head's written request, relayed, for staff to check.",
    frm=("Gwenaëlle Kerhervé", "gwenaelle.kerherve@ac-rennes.fr"), client="thunderbird",
    cc=addr("Principal Collège Saint-Exupéry", "ce.0292396X@ac-rennes.fr"),
    subject="Courrier de Mme la Principale - administrateur e-sidoc",
    date="2025-01-09T16:14:50+01:00",
    attach=[("courrier_principale_esidoc.pdf", "application/pdf", PDF)],
    text=T("""
Bonjour,

Comme votre collègue me l'a indiqué au téléphone mardi, je vous transmets
le courrier signé de Mme Quéré, principale du collège, qui vous demande
de me désigner comme administratrice du portail e-sidoc à la place de
M. Tanguy, parti en retraite.

Mme Quéré est en copie de ce message. Le courrier est en pièce jointe.

Merci et bonne journée,

Gwenaëlle Kerhervé
Professeure documentaliste
Collège Saint-Exupéry – Landerneau (29)
0292396X
"""))

add(21, "missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
    "The ticket portal's confirmation mail (to choose a password) never came after sign-up; no anti-spam product named.",
    frm=("Sébastien Mallet", "sebastien.mallet@isere.fr"), client="outlook", alt=True,
    subject="Portail de tickets : pas de mail de confirmation",
    date="2024-11-26T09:51:16+01:00",
    text=T("""
Bonjour,

Au service informatique du Département, on nous a demandé de passer
désormais par votre portail de tickets plutôt que par mail pour les
incidents des collèges.

J'ai donc créé mon compte hier vers 15 h. La page m'indique qu'un mail
de confirmation m'a été envoyé pour définir mon mot de passe. Je ne
l'ai toujours pas, ni dans la boîte de réception ni dans les spams
Outlook. Un collègue a fait la même manipulation de son côté, même
résultat.

Merci de me dire comment finaliser l'inscription.

Sébastien Mallet
Direction des systèmes d'information – pôle collèges
Département de l'Isère
"""))

add(22, "password_reset", False, "0545036F", "grand-est", "esidoc", True, "fr",
    "Two requests: the lost e-sidoc password (first, main) and a copy of a Cafeyn invoice; a single template would answer only half.",
    frm=("Hervé Schmitt", "herve.schmitt@ac-nancy-metz.fr"), client="thunderbird", cte="8bit",
    subject="Deux petites choses",
    date="2024-12-09T13:18:40+01:00",
    text=T("""
Bonjour,

Première chose : je n'arrive plus à entrer dans l'administration
d'e-sidoc. Le mot de passe a sans doute été changé par la collègue qui
me remplaçait pendant mon arrêt, et elle ne s'en souvient pas non plus.
L'identifiant est 0545036F.

Deuxième chose, rien à voir : la gestionnaire me demande une copie de la
facture de l'abonnement Cafeyn de septembre, elle ne la retrouve pas
dans ses papiers.

Merci pour les deux !

Hervé Schmitt
Professeur documentaliste – Collège Jacques Callot, Vandœuvre
"""))

add(23, "automated", False, None, "grand-est", None, False, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-nancy-metz.fr sender.",
    frm=("Nathalie Grosjean", "nathalie.grosjean@ac-nancy-metz.fr"), client="raw",
    subject="Lu : [#SUP-008215] Demande de devis",
    date="2024-12-10T08:02:11+01:00",
    extra=["Thread-Topic: [#SUP-008215] Demande de devis", "Content-Language: fr-FR",
           "X-MS-Exchange-Organization-SCL: -1"],
    tree=multi("report", [
        leaf("text/plain", T("""
Votre message

  À : Nathalie Grosjean
  Objet : [#SUP-008215] Demande de devis
  Envoyé : lundi 9 décembre 2024 17:44:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 10 décembre 2024 08:02:05 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""), cte="quoted-printable"),
        leaf("message/disposition-notification", T("""
Reporting-UA: ac-nancy-metz.fr; Microsoft Exchange Server
Final-Recipient: rfc822;nathalie.grosjean@ac-nancy-metz.fr
Original-Message-ID: <SUP-008215.1733762642.9b02fd@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""), charset=None, cte="7bit"),
    ], params=" report-type=disposition-notification;"))

add(24, "transfer_incident", False, "0694179T", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
    "'Licence expirée' at Charlemagne start-up after a server migration: licence to regenerate, transfers stopped.",
    frm=("Françoise Dumas", "secretariat@college-ste-marie-lyon.fr"), client="outlook_desktop", alt=True,
    subject="Message licence expirée depuis le changement de serveur",
    date="2024-08-29T10:22:09+02:00",
    text=T("""
Bonjour,

Cet été notre prestataire a remplacé le serveur du collège. Depuis,
au lancement de Charlemagne, une fenêtre indique « Licence expirée »
et les transferts vers EcoleDirecte ne partent plus. La rentrée des
élèves est mardi et il nous faut absolument les listes de classes en
ligne.

Notre numéro d'établissement : 0694179T.

Pouvez-vous nous dire ce qu'il faut faire ? Le prestataire pense qu'il
faut une nouvelle licence liée au nouveau serveur.

Françoise Dumas
Secrétariat de direction
Collège Sainte-Marie – Lyon 5e
"""))

add(25, "subscription_activation", True, "0062984L", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
    "Written by the principal from the ce.<UAI> mailbox, but he only asks when the Universalis subscription ordered yesterday will show: not a head-of-establishment request.",
    frm=("Principal Collège Fersen", "ce.0062984L@ac-nice.fr"), client="zimbra",
    subject="Abonnement Universalis",
    date="2025-02-04T17:40:26+01:00",
    text=T("""
Bonjour,

Nous avons passé hier la commande de l'abonnement Universalis pour le
CDI. Notre professeure documentaliste est en formation toute la semaine
et m'a demandé de suivre le dossier.

Pouvez-vous me dire quand la ressource sera accessible depuis notre
portail e-sidoc ? Je n'ai besoin de rien d'autre pour l'instant.

Cordialement,

F. Orsini
Principal
Collège Fersen – Nice
"""))

add(26, "other", False, None, None, None, False, "fr",
    "Unsolicited application for a work-study placement, CV attached.",
    frm=("Lina Haddad", "lina.haddad.pro@gmail.com"), client="gmail", alt=True,
    subject="Candidature alternance développeuse web - septembre 2025",
    date="2025-03-11T19:26:58+01:00",
    attach=[("CV_Lina_Haddad.pdf", "application/pdf", PDF)],
    text=T("""
Madame, Monsieur,

Actuellement en deuxième année de BUT informatique à l'IUT de Nantes,
je recherche une alternance de développeuse web à partir de septembre
2025, pour une durée de deux ans.

Les outils numériques au service des établissements scolaires
m'intéressent particulièrement : ma mère est CPE et j'ai vu de près le
quotidien d'une vie scolaire.

Vous trouverez mon CV en pièce jointe. Je serais ravie d'échanger avec
vous.

Bien cordialement,
Lina Haddad
07 58 12 44 90
"""))

add(27, "mailinblack_spam", True, "0670423W", "grand-est", "espace_acheteur", False, "en",
    "English; MailInBlack quarantine keeps the Espace Acheteur notifications away from the bursar.",
    frm=("Daniel Krüger", "bursar@lycee-international-strasbourg.fr"), client="outlook_en", alt=True,
    subject="Notifications stuck in MailInBlack quarantine",
    date="2025-01-21T11:09:37+01:00",
    text=T("""
Good morning,

Our school (UAI 0670423W) switched to MailInBlack over the winter break.
Since then every notification from the Espace Acheteur (order
confirmations, new offers, account messages) lands in the MailInBlack
quarantine instead of my inbox, and I only find them days later.

Is there a list of sender addresses we should authorise on our side?
Our IT contractor is happy to add them but needs exact details.

Many thanks,
Daniel Krüger
Bursar
"""))

add(28, "password_reset", True, None, "occitanie", "espace_acheteur", False, "fr",
    "Espace Acheteur account locked after several failed attempts; no UAI, region from the ac-montpellier.fr sender.",
    frm=("Christelle Arnal", "christelle.arnal@ac-montpellier.fr"), client="gmail", alt=True,
    subject="Compte bloqué !!",
    date="2025-01-27T08:36:04+01:00",
    text=T("""
Bonjour

A force de me tromper (clavier qwerty sur le portable de remplacement...)
l'espace acheteur m'affiche "compte verrouillé, trop de tentatives". Je
ne peux plus rien faire et j'ai une commande de produits d'entretien à
passer aujourd'hui.

Pouvez-vous débloquer ou m'envoyer de quoi refaire un mot de passe ?

Christelle Arnal
Adjointe gestionnaire
"""))

add(29, "order_billing", False, "0874061S", "nouvelle-aquitaine", "esidoc", False, "fr",
    "e-sidoc subscription order validated weeks ago, invoice still not deposited on Chorus Pro.",
    frm=("Agence comptable Lycée Turgot", "compta.turgot@ac-limoges.fr"), client="outlook", alt=True,
    subject="Facture Chorus abonnement e-sidoc",
    date="2024-11-28T14:55:31+01:00",
    text=T("""
Bonjour,

La commande du renouvellement e-sidoc a été validée le 14 octobre
(bon d'engagement n° 2024-0387). Nous clôturons l'exercice bientôt et la
facture n'est toujours pas déposée sur Chorus Pro, je l'ai cherchée
sous le SIRET du lycée et sous celui de l'agence comptable.

Pouvez-vous vérifier et la déposer rapidement ? Sans elle, la dépense
basculera sur 2025.

Merci,
Agence comptable – Lycée Turgot, Limoges
UAI 0874061S
"""))

add(30, "account_creation", True, "0175806U", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
    "Negation: she has not lost a password, she never had an Espace Acheteur account and wants one: account_creation, not password_reset.",
    frm=("Élodie Rousseau", "elodie.rousseau2@ac-poitiers.fr"), client="apple", cte="quoted-printable",
    subject="Pas de compte",
    date="2024-10-08T12:11:45+02:00",
    text=T("""
Bonjour,

Votre collègue du standard m'a dit d'essayer « mot de passe oublié » :
mais je n'ai pas perdu mon mot de passe, je n'en ai jamais eu ! Je suis
arrivée à la gestion du collège en septembre et aucun compte n'existe à
mon nom sur l'espace acheteur.

Je voudrais simplement pouvoir m'y connecter pour les commandes du
collège (Collège Pierre Loti, Rochefort, 0175806U).

Élodie Rousseau
Gestionnaire

Envoyé de mon iPad
"""))

add(31, "automated", False, None, "nouvelle-aquitaine", None, True, "fr",
    "Out-of-office produced by a client-side rule: no Auto-Submitted, no Precedence, no thread headers; only the wording shows it is automatic; region from ac-poitiers.fr.",
    frm=("Marie-Claude Birot", "marie-claude.birot@ac-poitiers.fr"), client="thunderbird", cte="8bit",
    subject="Absente du 21 octobre au 4 novembre",
    date="2024-10-21T07:00:03+02:00",
    text=T("""
Bonjour,

Je suis absente du 21 octobre au 4 novembre inclus et ne consulte pas
ma messagerie. Je traiterai votre message à mon retour.

En cas d'urgence concernant le CDI, vous pouvez joindre la vie scolaire
au 05 49 03 27 18.

Ce message est envoyé automatiquement.

Marie-Claude Birot
"""))

add(32, "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
    "English; the new-password e-mail from the Espace Acheteur's no-reply address never arrives; no anti-spam product named.",
    frm=("Tomasz Nowak", "tomasz.nowak@gmail.com"), client="gmail", alt=True,
    subject="Password email never arrives",
    date="2025-02-12T10:30:59+01:00",
    text=T("""
Hello,

I handle purchasing for the European School parents' association,
which has buyer access to your Espace Acheteur. I clicked "forgotten
password" twice yesterday and once this morning. The site says an email
has been sent each time, but nothing ever reaches my Gmail inbox, and
the spam folder is empty too.

Is there another way to receive it?

Thanks,
Tomasz Nowak
"""))

add(33, "head_of_establishment_request", False, "0310369H", "occitanie", "esidoc", False, "fr",
    "A primary-school director writes from the school's ce.<UAI> mailbox to ask for the e-sidoc admin password reset, the link to go to the school's address.",
    frm=("Ecole élémentaire Jules Julien", "ce.0310369H@ac-toulouse.fr"), client="zimbra",
    subject="Demande de la directrice - portail e-sidoc de l'école",
    date="2025-03-04T12:25:37+01:00",
    text=T("""
Bonjour,

Je suis directrice de l'école élémentaire Jules Julien à Toulouse.
L'enseignant qui s'occupait de notre portail e-sidoc (bibliothèque
d'école) a été muté et il avait gardé le mot de passe administrateur
pour lui.

Je vous demande de bien vouloir réinitialiser ce mot de passe et
d'envoyer le lien à l'adresse de l'école, celle d'où je vous écris.

Avec mes remerciements,

Catherine Abadie
Directrice
Ecole élémentaire Jules Julien – 31400 Toulouse
"""))

add(34, "contract_documents", False, "0760105B", "normandie", "espace_acheteur", False, "fr",
    "Amendment no. 1 of the cleaning-products market does not appear among the market documents.",
    frm=("Olivier Hamel", "olivier.hamel@ac-normandie.fr"), client="outlook", alt=True,
    subject="Avenant 1 marché produits d'entretien",
    date="2025-01-16T15:47:12+01:00",
    text=T("""
Bonjour,

Le titulaire du marché produits d'entretien nous facture depuis janvier
les nouveaux prix prévus, d'après lui, par l'avenant n° 1. Dans l'espace
acheteur je ne trouve que le marché initial et le BPU d'origine : pas
d'avenant, aucune trace.

Avant de payer les factures à ce tarif, j'ai besoin de voir ce document.
Pouvez-vous me dire où il se trouve, ou le mettre en ligne ?

Olivier Hamel
Adjoint gestionnaire
Lycée Porte Océane – Le Havre (0760105B)
"""))

add(35, "password_reset", True, "0355748H", "bretagne", "esidoc", True, "fr",
    "The UAI appears only inside the portal address, in lower case (0355748h.esidoc.fr); the label is the upper-case code; clear lost password.",
    frm=("Aurélie Pichon", "aurelie.pichon35@laposte.net"), client="thunderbird", cte="8bit",
    subject="je suis bloquée sur le portail",
    date="2024-09-30T20:14:38+02:00",
    text=T("""
Bonsoir,

Je vous écris de chez moi. Je suis documentaliste (remplaçante, depuis
trois semaines) au collège de Montfort-sur-Meu. Notre portail est ici :
https://0355748h.esidoc.fr

La documentaliste titulaire m'avait laissé le mot de passe sur un
post-it qui a disparu avec le ménage des vacances. Je ne peux donc pas
me connecter à la gestion du portail. Comment puis-je en obtenir un
nouveau ?

Merci beaucoup,
Aurélie Pichon
"""))

add(36, "other", False, None, None, None, True, "fr",
    "Phishing: 'mailbox over quota, confirm your password' from a look-alike domain that is not an académie domain; it mentions a password but is not password_reset.",
    frm=("Service Messagerie Académique", "support@ac-lyon-messagerie.com"), client="raw",
    auth="dkim=none;\n\tspf=fail smtp.mailfrom=ac-lyon-messagerie.com;\n\tdmarc=none",
    subject="Votre boîte aux lettres a atteint 98 % de son quota",
    date="2024-11-07T03:14:22+01:00",
    html=T("""
<html><body style="font-family:Arial">
<p>Cher utilisateur,</p>
<p>Votre boîte aux lettres a atteint <b>98 %</b> de sa capacité. Vous ne pourrez bientôt plus
recevoir de messages.</p>
<p>Afin d'éviter la suspension de votre compte, veuillez confirmer votre identifiant et votre
mot de passe dans les 24 heures en cliquant sur le lien ci-dessous :</p>
<p><a href="http://ac-lyon-messagerie.com/verif/login.php">VALIDER MON COMPTE</a></p>
<p>Merci de votre compréhension.<br>Service Messagerie Académique</p>
</body></html>
"""))

add(37, "mailinblack_spam", False, None, "hauts-de-france", "espace_acheteur", True, "fr",
    "A quarantine of the new anti-spam is described (mails to release one by one) without naming the product: mailinblack_spam, but the product is not confirmed, so a person checks first; region from ac-amiens.fr.",
    frm=("Régis Dufour", "regis.dufour@ac-amiens.fr"), client="gmail", alt=True,
    subject="Notifications espace acheteur mises de côté",
    date="2025-02-18T09:58:26+01:00",
    text=T("""
Bonjour,

Depuis la mise en place d'un nouveau filtre de messagerie au lycée, vos
notifications de l'espace acheteur ne sont plus dans ma boîte : elles
atterrissent dans une sorte de zone de quarantaine, et chaque matin je
reçois un récapitulatif où je dois « libérer » les messages un par un.

Je ne sais pas quel est le nom du produit, c'est la collectivité qui
l'a installé. Y a-t-il quelque chose à faire de votre côté ou du mien
pour que vos envois passent directement ?

Régis Dufour
Gestionnaire – Lycée Condorcet, Saint-Quentin
"""))

add(38, "transfer_incident", False, None, None, "ecoledirecte", True, "fr",
    "Asks for the day's maintenance password to repair the Charlemagne base: transfer_incident per the taxonomy, not password_reset.",
    frm=("Julien Perrot", "informatique@institution-notre-dame-valence.fr"), client="thunderbird", cte="8bit",
    subject="Mot de passe maintenance",
    date="2025-03-17T08:07:51+01:00",
    text=T("""
Bonjour,

Ce matin, Charlemagne refuse de s'ouvrir sur le poste de la vie
scolaire avec un message d'erreur sur la base (index corrompu). Pour
lancer l'outil de réparation, il me faut le mot de passe de maintenance
du jour.

Pouvez-vous me le communiquer ? Les transferts vers EcoleDirecte sont
bloqués tant que ce n'est pas réglé, et les absences de la matinée ne
remontent pas aux familles.

Julien Perrot
Technicien informatique
Institution Notre-Dame – Valence
04 75 81 36 02
"""))

add(39, "automated", False, None, None, None, False, "en",
    "Thunderbird return receipt in English, multipart/report disposition-notification.",
    frm=("Andrew Collins", "a.collins.library@gmail.com"), client="raw",
    subject="Return Receipt (displayed) - [#SUP-009140] Your request",
    date="2025-03-21T12:33:09+01:00",
    extra=["User-Agent: Mozilla Thunderbird",
           "In-Reply-To: <SUP-009140.1742553600.70da51@assistance.example.fr>"],
    tree=multi("report", [
        leaf("text/plain", T("""
This is a Return Receipt for the mail that you sent to a.collins.library@gmail.com.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""), cte="7bit", charset="UTF-8"),
        leaf("message/disposition-notification", T("""
Reporting-UA: mail.gmail.com; Thunderbird 128.8.0
Final-Recipient: rfc822;a.collins.library@gmail.com
Original-Message-ID: <SUP-009140.1742553600.70da51@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""), charset="UTF-8", cte="7bit"),
        leaf("text/rfc822-headers", T("""
From: Assistance <support@assistance.example.fr>
To: Andrew Collins <a.collins.library@gmail.com>
Subject: [#SUP-009140] Your request
Date: Fri, 21 Mar 2025 11:40:00 +0100
Message-ID: <SUP-009140.1742553600.70da51@assistance.example.fr>
"""), charset="UTF-8", cte="7bit", params="; name=\"Original Message Headers\""),
    ], params=" report-type=disposition-notification;"))

add(40, "subscription_activation", True, "0220907S", "bretagne", "esidoc", False, "fr",
    "Active Cafeyn subscription: the librarian asks how to publish the resource so pupils see it on the portal.",
    frm=("Loïc Le Bihan", "loic.le-bihan@ac-rennes.fr"), client="roundcube", flowed=True,
    subject="Cafeyn visible pour moi mais pas pour les élèves",
    date="2025-01-30T16:49:14+01:00",
    text=T("""
Bonjour,

Quand je suis connecté en administrateur sur e-sidoc, je vois bien
Cafeyn dans la liste de nos ressources, marqué actif. Mais depuis le
compte d'un élève, ou en navigation privée, rien : le bloc
« Ressources numériques » n'affiche que Lumni.

J'imagine qu'il y a une étape de publication que je n'ai pas faite.
Laquelle ?

Loïc Le Bihan
Collège Jean Monnet, Broons – 0220907S
"""))

add(41, "password_reset", True, "0596765H", "hauts-de-france", "esidoc", False, "fr",
    "New librarian knows neither the login nor the password of the e-sidoc back office (hearsay that the login is the school code).",
    frm=("Amandine Vercruysse", "amandine.vercruysse@ac-lille.fr"), client="gmail", alt=True,
    subject="identifiant et mot de passe ?",
    date="2024-09-03T14:02:27+02:00",
    text=T("""
Bonjour,

Je suis la nouvelle professeure documentaliste du collège Verlaine à
Tourcoing, c'est mon premier poste. On m'a dit en salle des profs que
l'identifiant pour gérer le portail e-sidoc était « le code du
collège », donc j'ai essayé 0596765H, mais pour le mot de passe je n'ai
aucune idée et personne ici ne le connaît.

Comment je peux faire pour avoir accès ?

Merci d'avance pour votre aide,
Amandine Vercruysse
"""))

add(42, "missing_noreply_mail", True, "0865935J", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "The structure administrator never receives the 'account to validate' notifications; no anti-spam product named.",
    frm=("Pascal Guérin", "pascal.guerin@ac-poitiers.fr"), client="outlook", alt=True,
    subject="Je ne reçois pas les demandes de validation",
    date="2024-10-10T11:05:40+02:00",
    text=T("""
Bonjour,

Je suis administrateur de structure pour le lycée sur l'espace acheteur.
Deux collègues me disent qu'ils ont fait leur demande de compte la
semaine dernière et qu'ils attendent ma validation. Or je n'ai reçu
aucun message m'en informant, ni pour eux ni pour personne depuis la
rentrée.

Mon adresse est bien celle-ci. J'ai regardé les indésirables, sans
résultat.

Pascal Guérin
Lycée Guy Chauvet – Loudun – 0865935J
"""))

add(43, "other", False, None, "bourgogne-franche-comte", "esidoc", True, "fr",
    "Reply on an invoice ticket that only acknowledges the corrected invoice: 'facture' in the subject, nothing asked; region from ac-dijon.fr.",
    frm=("Myriam Chevalier", "myriam.chevalier@ac-dijon.fr"), client="iphone", cte="quoted-printable",
    subject="Re: [#SUP-005873] Facture abonnement e-sidoc",
    date="2025-02-03T18:07:02+01:00",
    reply="<SUP-005873.1738588920.12ab9e@assistance.example.fr>",
    text=T("""
Bien reçu la facture corrigée, merci beaucoup. Je la transmets demain à l'agence comptable.

Bonne soirée

Myriam

> Le 3 févr. 2025 à 14:22, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Vous trouverez ci-joint la facture rectifiée, établie au nom du
> collège.
>
> Cordialement,
> L'équipe d'assistance
"""))

add(44, "head_of_establishment_request", False, "0920474R", "ile-de-france", "espace_acheteur", False, "en",
    "English; the head of school names a new Espace Acheteur structure administrator and asks to close the previous one's access.",
    frm=("Margaret O'Neill", "margaret.oneill@ac-versailles.fr"), client="outlook_en", alt=True,
    subject="Change of structure administrator - Espace Acheteur",
    date="2024-11-13T10:40:18+01:00",
    text=T("""
Dear Support team,

As head of the Lycée International de Courbevoie (UAI 0920474R), I am
writing to appoint Mr Karim Tahar, our new business manager, as the
structure administrator of our Espace Acheteur account, with effect
from today.

Please also close the access of Mrs Jocelyne Petit, who retired at the
end of October.

Mr Tahar can be reached at karim.tahar@ac-versailles.fr.

Yours sincerely,

Margaret O'Neill
Head of School
"""))

add(45, "automated", False, None, None, None, False, "fr",
    "Publisher's marketing newsletter: List-Id, List-Unsubscribe, Precedence: bulk.",
    frm=("Lectures & Classes", "newsletter@lectures-et-classes.fr"), client="raw",
    return_path="bounce-8812-support=assistance.example.fr@mailing.lectures-et-classes.fr",
    auth_domain="lectures-et-classes.fr",
    relay="o12.mailing.lectures-et-classes.fr",
    subject="Nouveautés de printemps : 12 romans jeunesse à découvrir",
    date="2025-03-25T06:30:00+01:00",
    extra=["Precedence: bulk",
           "List-Id: Lettre d'information <lettre.lectures-et-classes.fr>",
           "List-Unsubscribe: <https://mailing.lectures-et-classes.fr/u/8812>, <mailto:unsubscribe-8812@mailing.lectures-et-classes.fr>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
           "X-Campaign: printemps-2025"],
    alt=True,
    text=T("""
Lectures & Classes - La lettre des enseignants et documentalistes

Nouveautés de printemps : 12 romans jeunesse à découvrir

Pour les 9-12 ans : aventures, enquêtes et premières amours...
Pour les ados : dystopies, récits de vie et bandes dessinées.

Offre spéciale CDI : -15 % sur les séries jusqu'au 30 avril.

Voir la sélection : https://www.lectures-et-classes.fr/printemps

Vous recevez cette lettre car vous êtes inscrit(e) à notre liste.
Se désinscrire : https://mailing.lectures-et-classes.fr/u/8812
"""))

add(46, "order_billing", False, None, None, "esidoc", False, "fr",
    "A private school asks whether the e-sidoc subscription can be paid by bank transfer and for the bank details.",
    frm=("Comptabilité Lycée Saint-Joseph", "comptabilite@stjoseph-lannion.fr"), client="outlook_desktop", alt=True,
    subject="Règlement par virement ?",
    date="2024-12-12T16:03:27+01:00",
    text=T("""
Bonjour,

Nous sommes un établissement privé sous contrat et nous n'utilisons pas
Chorus pour nos paiements. Pour l'abonnement e-sidoc de notre CDI,
pouvons-nous régler par virement ? Dans ce cas, merci de nous adresser
votre RIB sur papier à en-tête.

Bien cordialement,

Annick Le Roux
Service comptabilité
Lycée Saint-Joseph – Lannion
"""))

add(47, "account_creation", True, "0148930F", "normandie", "espace_acheteur", False, "fr",
    "Filled in the Espace Acheteur sign-up form, cannot log in: account waiting for the structure administrator's validation (FAQ case).",
    frm=("Vanessa Lemarchand", "vanessa.lemarchand@ac-normandie.fr"), client="thunderbird", cte="quoted-printable",
    subject="Inscription faite mais impossible de me connecter",
    date="2024-09-25T10:19:32+02:00",
    text=T("""
Bonjour,

Vendredi dernier j'ai complété le formulaire d'inscription à l'espace
acheteur pour le collège Guillaume de Normandie (Caen, 0148930F). J'ai
bien reçu le premier mail, j'ai cliqué sur le lien, et depuis l'écran
me dit que mon compte est « en attente ».

Est-ce que c'est normal ? Combien de temps ça prend en général ?

Vanessa Lemarchand, secrétariat de gestion
"""))

add(48, "mailinblack_spam", True, "0022935E", "hauts-de-france", "espace_acheteur", False, "fr",
    "MAILINBLACK named in capitals: the Espace Acheteur messages only appear in its daily report; asks whether to authorise them one by one.",
    frm=("Bruno Carlier", "bruno.carlier@ac-amiens.fr"), client="outlook", alt=True,
    subject="MAILINBLACK et vos messages",
    date="2025-03-06T13:27:45+01:00",
    text=T("""
Bonjour,

Chaque matin, MAILINBLACK m'envoie son rapport et vos messages de
l'espace acheteur y figurent, je les débloque à la main. C'est pénible.
Est-ce que je dois vraiment les autoriser un par un, ou existe-t-il une
adresse d'expédition unique à mettre en liste blanche ?

Cordialement

Bruno Carlier
Lycée Henri Martin, Saint-Quentin – 0022935E
"""))

add(49, "password_reset", True, "0941099J", "ile-de-france", "esidoc", False, "fr",
    "Outlook 'TR:' forward of the reset mail whose link says it has expired; asks for a new link.",
    frm=("Hélène Marty", "helene.marty@ac-creteil.fr"), client="outlook", alt=True,
    subject="TR: Réinitialisation de votre mot de passe e-sidoc",
    date="2024-10-15T08:14:05+02:00",
    text=T("""
Bonjour,

J'ai reçu ce message hier soir mais je ne l'ai ouvert que ce matin, et
le lien m'affiche « lien expiré ou déjà utilisé ». Pouvez-vous m'en
renvoyer un ? Je serai devant l'ordinateur toute la matinée.

Hélène Marty
CDI – Lycée Adolphe Chérioux, Vitry-sur-Seine (0941099J)

De : e-sidoc <no-reply@esidoc.example.fr>
Envoyé : lundi 14 octobre 2024 18:52
À : MARTY Hélène <helene.marty@ac-creteil.fr>
Objet : Réinitialisation de votre mot de passe e-sidoc

Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte
d'administration. Cliquez sur le lien ci-dessous (valable 12 heures) :
https://esidoc.example.fr/reset?t=<lien masqué>

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""))

add(50, "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "HTML-only Outlook: absences no longer synchronise to EcoleDirecte since a Windows update on the server.",
    frm=("Vie scolaire - Collège Saint-Louis", "viescolaire@saintlouis-crest.fr"), client="outlook", charset="windows-1252",
    subject="Synchro des absences arrêtée",
    date="2025-02-10T09:36:48+01:00",
    html=T("""
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="FR">
<div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Depuis la mise à jour Windows du serveur vendredi soir, les absences saisies dans Charlemagne ne passent plus sur EcoleDirecte. Les parents voient encore celles de jeudi.<o:p></o:p></p>
<p class="MsoNormal">Le module de transfert affiche «&nbsp;en cours&nbsp;» sans jamais se terminer. Nous avons redémarré deux fois.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Merci de nous rappeler au 04 75 25 10 33 (demander Mme Faure).<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Vie scolaire</b><br>Collège Saint-Louis – Crest<o:p></o:p></p>
</div>
</body>
</html>
"""))

add(51, "other", False, None, "centre-val-de-loire", "esidoc", False, "fr",
    "Accessibility question about e-sidoc for a visually impaired pupil: a how-to question with no category of its own; region from ac-orleans-tours.fr.",
    frm=("Claire Bontemps", "claire.bontemps@ac-orleans-tours.fr"), client="thunderbird", cte="8bit", flowed=True,
    subject="Élève malvoyant et portail du CDI",
    date="2025-01-07T14:51:20+01:00",
    text=T("""
Bonjour,

Nous accueillons depuis la rentrée de janvier un élève de 6e malvoyant
qui utilise un lecteur d'écran (NVDA) sur son ordinateur.

Avant de lui présenter le portail e-sidoc du CDI, je voudrais savoir si
le site est compatible avec ce type d'outil, et s'il existe un réglage
d'affichage (contraste, taille des caractères) que je pourrais activer.
Avez-vous une documentation sur l'accessibilité ?

Bien cordialement,
Claire Bontemps, professeure documentaliste
"""))

add(52, "automated", False, None, None, "espace_acheteur", False, "fr",
    "No-reply Espace Acheteur notification to the desk (administrator of last resort): an account awaits validation; Auto-Submitted: auto-generated.",
    frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), client="raw",
    return_path="bounces@espace-acheteur.example.fr",
    subject="[Espace Acheteur] Un compte est en attente de validation",
    date="2024-11-04T06:12:00+01:00",
    extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    alt=True,
    text=T("""
Bonjour,

Un nouvel utilisateur a demandé l'accès à l'Espace Acheteur pour une
structure qui n'a pas d'administrateur désigné :

  Structure : Communauté de communes du Val d'Oust
  Demandeur : Gaëlle Hervé
  Date de la demande : 03/11/2024 22:47

Connectez-vous à l'Espace Acheteur pour valider ou refuser cette
demande.

Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
"""))

add(53, "missing_noreply_mail", True, None, "normandie", "espace_acheteur", False, "fr",
    "Forward (Gmail French style) of a colleague's message: account validated, but the first-login link never arrived; region from ac-normandie.fr.",
    frm=("Stéphane Levasseur", "stephane.levasseur@ac-normandie.fr"), client="gmail", alt=True,
    subject="Fwd: accès espace acheteur Mme Pinel",
    date="2024-11-21T10:02:44+01:00",
    text=T("""
Bonjour,

Je vous transfère le message de ma collègue, qui n'a pas encore
d'adresse académique. J'ai validé son compte lundi en tant
qu'administrateur de structure.

Cordialement,
S. Levasseur, gestionnaire

---------- Message transféré ---------
De : Corinne Pinel <corinne.pinel14@orange.fr>
Date: mer. 20 nov. 2024 à 17:31
Subject: accès espace acheteur
To: Stéphane Levasseur <stephane.levasseur@ac-normandie.fr>

Stéphane,
tu m'as dit que mon compte était validé mais je n'ai toujours pas reçu
le mail avec le lien pour ma première connexion. J'ai regardé partout,
même dans les spams. Tu peux voir avec eux ?
Corinne
"""))

add(54, "head_of_establishment_request", False, "0723781U", "pays-de-la-loire", "esidoc", False, "fr",
    "The principal authorises in writing the librarian to validate the e-sidoc renewal order: authorisation of an order.",
    frm=("Thierry Gaudin", "thierry.gaudin@ac-nantes.fr"), client="outlook", alt=True,
    subject="Autorisation validation commande",
    date="2025-04-08T11:12:36+02:00",
    text=T("""
Bonjour,

Je soussigné Thierry Gaudin, principal du collège Alfred de Musset au
Mans (UAI 0723781U), autorise Mme Sandrine Lhomme, professeure
documentaliste, à valider en ligne la commande de renouvellement de
l'abonnement e-sidoc pour l'année 2025-2026.

Cette autorisation vaut pour cette seule commande.

Cordialement,

T. Gaudin
Principal
"""))

add(55, "password_reset", True, "0339878H", "nouvelle-aquitaine", "esidoc", False, "en",
    "English; the reset mail goes to a predecessor's address nobody reads: the reset path (official address, else the head's written request) applies.",
    frm=("Sarah Mitchell", "sarah.mitchell@ac-bordeaux.fr"), client="gmail", alt=True,
    subject="e-sidoc password - reset goes to the wrong person",
    date="2024-10-02T15:28:17+02:00",
    text=T("""
Hello,

I took over the school library at Lycée Bordeaux-Lac this term. I don't
have the e-sidoc administration password, and when I use "forgot
password" the message apparently goes to my predecessor, who left for
Canada in July and no longer has her academic mailbox.

Our school code is 0339878H. How can we get the password reset to an
address someone actually reads?

Thanks a lot,
Sarah Mitchell
"""))

add(56, "subscription_activation", True, "0458411Y", "centre-val-de-loire", "esidoc", False, "fr",
    "Renewal ordered two days ago, still shown as expired in 'Mes abonnements': within the 72-hour window.",
    frm=("Bernard Tessier", "bernard.tessier@ac-orleans-tours.fr"), client="thunderbird", cte="8bit",
    subject="abonnement toujours marqué expiré",
    date="2025-01-15T09:44:03+01:00",
    text=T("""
Bonjour,

Le renouvellement de notre abonnement e-sidoc a été commandé et validé
lundi par l'intendance. Ce matin, dans « Mes abonnements », il est
toujours indiqué « expiré » en rouge, et j'ai un bandeau d'avertissement
sur la page d'accueil du portail.

Faut-il patienter encore un peu ?

B. Tessier
Lycée Durzy – Villemandeur
0458411Y
"""))

add(57, "other", False, None, None, None, False, "fr",
    "Cold sales prospecting for anti-theft library gates, written to one person: other, not automated.",
    frm=("Guillaume Faure", "g.faure@biblio-securite.fr"), client="outlook", alt=True,
    subject="Portiques antivol pour CDI - présentation",
    date="2025-04-15T10:03:49+02:00",
    text=T("""
Bonjour,

Je me permets de vous contacter car nous équipons de nombreux CDI en
portiques antivol RFID, avec un système de prêt automatique compatible
avec la plupart des logiciels documentaires.

Seriez-vous disponible 20 minutes la semaine prochaine pour une
démonstration en visio ? Je peux aussi vous envoyer notre catalogue
et nos tarifs éducation.

Bien à vous,

Guillaume Faure
Responsable grands comptes – Biblio Sécurité
06 22 41 57 80
"""))

add(58, "contract_documents", False, "0011349L", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "The membership convention shows 'document introuvable' when opened in the Espace Acheteur.",
    frm=("Sylvie Perret", "sylvie.perret@ac-lyon.fr"), client="gmail", alt=True,
    subject="Convention d'adhésion : document introuvable",
    date="2024-12-17T14:20:11+01:00",
    text=T("""
Bonjour,

Notre agent comptable me demande la convention d'adhésion signée à la
centrale d'achat. Dans l'espace acheteur, elle est bien listée dans les
documents de notre structure, mais quand je clique dessus j'obtiens une
page « document introuvable ». Même chose depuis un autre navigateur et
depuis le poste de ma collègue.

Lycée Lalande – Bourg-en-Bresse, UAI 0011349L.

Merci,
Sylvie Perret
"""))

add(59, "mailinblack_spam", True, "0957503P", "ile-de-france", "espace_acheteur", False, "fr",
    "Reply quoting the junk-folder answer (Outlook 'De : / Envoyé :'): the IT technician now says 'Mail In Black' blocks the mails, so the MailInBlack guide is the right answer.",
    frm=("Fatou Diallo", "fatou.diallo@ac-versailles.fr"), client="outlook", alt=True,
    subject="RE: [#SUP-006402] Pas de mail de validation",
    date="2024-10-24T16:31:58+02:00",
    reply="<SUP-006402.1729582200.be12cd@assistance.example.fr>",
    text=T("""
Bonjour,

J'ai bien regardé les indésirables comme vous le conseilliez : rien.
Entre-temps notre informaticien est passé et selon lui c'est « Mail In
Black » qui retient vos messages, il a vu des traces dans la console.
Que doit-il faire exactement ?

Fatou Diallo
Collège Les Touleuses – Cergy (0957503P)

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 22 octobre 2024 09:30
À : Fatou Diallo <fatou.diallo@ac-versailles.fr>
Objet : [#SUP-006402] Pas de mail de validation

Bonjour,

Nos notifications sont expédiées par une adresse « no-reply » que
certaines messageries rangent parmi le courrier indésirable. Pouvez-vous
jeter un œil à ce dossier ? Si le message s'y trouve, déplacez-le vers
la boîte de réception et ajoutez l'expéditeur à vos contacts.

Bien cordialement,
Le support
"""))

add(60, "automated", False, None, None, None, False, "fr",
    "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation.",
    frm=("Microsoft Outlook", "postmaster@lycee-stjean-douai.fr"), client="raw",
    return_path="", relay="FR4P281MB0311.outbound.protection.outlook.com",
    auth="dkim=none;\n\tspf=none;\n\tdmarc=none",
    subject="Non remis : [#SUP-007733] Réponse à votre demande",
    date="2024-11-29T10:45:09+01:00",
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: fr-FR"],
    tree=multi("report", [
        multi("alternative", [
            leaf("text/plain", T("""
Votre message n'a pas pu être remis à ces destinataires :

j.dupuis@lycee-stjean-douai.fr
Le destinataire est introuvable dans l'organisation. Vérifiez l'adresse.

Informations de diagnostic pour les administrateurs :
Serveur de génération : FR4P281MB0311.FRAP281.PROD.OUTLOOK.COM
Code : 550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""), cte="quoted-printable"),
            leaf("text/html", T("""
<html><body><p><b><font color="#000066" size="3">Votre message n'a pas pu être remis à ces destinataires :</font></b></p>
<p><a href="mailto:j.dupuis@lycee-stjean-douai.fr">j.dupuis@lycee-stjean-douai.fr</a><br>
Le destinataire est introuvable dans l'organisation. Vérifiez l'adresse.</p>
<p><b>Informations de diagnostic pour les administrateurs :</b><br>
Serveur de génération : FR4P281MB0311.FRAP281.PROD.OUTLOOK.COM<br>
Code : 550 5.1.10 RESOLVER.ADR.RecipientNotFound</p></body></html>
"""), cte="quoted-printable"),
        ]),
        leaf("message/delivery-status", T("""
Reporting-MTA: dns;FR4P281MB0311.FRAP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Fri, 29 Nov 2024 09:45:07 +0000

Final-Recipient: rfc822;j.dupuis@lycee-stjean-douai.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""), charset=None, cte="7bit"),
        leaf("text/rfc822-headers", T("""
From: Assistance <support@assistance.example.fr>
To: <j.dupuis@lycee-stjean-douai.fr>
Subject: [#SUP-007733] =?utf-8?q?R=C3=A9ponse_=C3=A0_votre_demande?=
Date: Fri, 29 Nov 2024 10:45:00 +0100
Message-ID: <SUP-007733.1732873500.4410aa@assistance.example.fr>
"""), charset=None, cte="7bit"),
    ], params=" report-type=delivery-status;"))

add(61, "password_reset", True, "0856184K", "pays-de-la-loire", "esidoc", False, "fr",
    "Typed fast without accents or punctuation; clear lost e-sidoc password, UAI only in the subject.",
    frm=("jacky morin", "jacky.morin85@wanadoo.fr"), client="thunderbird", cte="7bit",
    subject="esidoc 0856184K mot de passe",
    date="2025-03-10T22:48:31+01:00",
    text=T("""
bonjour
jarrive plus a me connecter sur esidoc pour le cdi le mot de passe est
refuse alors que c est celui que j ai toujours mis, je l ai peut etre
change l an dernier je sais plus
vous pouvez m en remettre un nouveau
merci
jacky morin doc college de la roche sur yon
"""))

add(62, "order_billing", False, "0300142S", "occitanie", "esidoc", True, "fr",
    "Written by the principal from the ce.<UAI> mailbox, but he asks where the e-sidoc invoice is, not for an authorisation: order_billing.",
    frm=("Principal - Collège Feuchères", "ce.0300142S@ac-montpellier.fr"), client="zimbra",
    subject="Facture e-sidoc",
    date="2025-02-25T17:02:20+01:00",
    text=T("""
Bonjour,

En préparant le compte financier avec notre agent comptable, nous nous
apercevons qu'il manque la facture de l'abonnement e-sidoc commandé en
septembre. Le service fait a bien été constaté, la ressource fonctionne,
mais aucune facture n'a été reçue ni déposée sur Chorus Pro à notre
connaissance.

Pouvez-vous nous la transmettre ?

Le principal,
Vincent Roque
Collège Feuchères – Nîmes
"""))

add(63, "account_creation", False, None, "bourgogne-franche-comte", "espace_acheteur", True, "fr",
    "Asks who the structure's administrator is, to get her account validated: needs a look-up, so a person answers; the signature's 0250032Y has a wrong check letter (the digits give Z), so no UAI; region from ac-besancon.fr.",
    frm=("Nathalie Jeunet", "nathalie.jeunet@ac-besancon.fr"), client="gmail", alt=True,
    subject="Qui valide les comptes chez nous ?",
    date="2024-10-16T13:40:22+02:00",
    text=T("""
Bonjour,

L'écran de l'espace acheteur me dit que ma demande de compte doit être
validée par « l'administrateur de votre structure ». Le problème c'est
que personne au lycée ne sait qui c'est : l'ancien gestionnaire est
parti et le proviseur n'en a jamais entendu parler.

Pouvez-vous me dire qui est enregistré comme administrateur pour le
lycée Xavier Marmier de Pontarlier ?

Nathalie Jeunet
Lycée Xavier Marmier – UAI 0250032Y
"""))

add(64, "missing_noreply_mail", True, "0634443M", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
    "Names Mailinblack only to say the school does NOT use it: the sign-up confirmation never came, so missing_noreply_mail, not mailinblack_spam.",
    frm=("Gilles Chabrier", "gilles.chabrier@ac-clermont.fr"), client="thunderbird", cte="quoted-printable",
    subject="Toujours pas de mail de confirmation",
    date="2024-11-06T10:10:10+01:00",
    text=T("""
Bonjour,

Je me suis inscrit sur l'espace acheteur il y a cinq jours et le mail de
confirmation n'est jamais arrivé.

J'ai lu sur un forum de gestionnaires que Mailinblack bloquait souvent
ce genre de messages : j'ai posé la question à notre DSI, nous n'avons
pas Mailinblack, ni aucun filtre de ce genre. Les indésirables sont
vides.

Pouvez-vous regarder ce qui se passe ?

Gilles Chabrier
Gestionnaire, collège Albert Camus – Clermont-Ferrand
UAI 0634443M
"""))

add(65, "other", False, None, None, None, False, "en",
    "English invitation to exhibit at an edtech trade show: unrelated commercial mail.",
    frm=("Hannah Schultz", "hannah.schultz@edtech-summit-europe.com"), client="outlook_en", alt=True,
    subject="Exhibitor opportunity - EdTech Summit Europe 2025",
    date="2025-02-06T11:15:33+01:00",
    text=T("""
Dear team,

Following last year's edition in Lisbon, EdTech Summit Europe returns
to Paris on 18-19 June 2025, with more than 4,000 school leaders and
procurement officers expected.

Given your work with French schools, I think a stand in our "Digital
Libraries" village would be a great fit. Early-bird packages are
available until 28 February.

Would you like me to send over the exhibitor brochure?

Best regards,
Hannah Schultz
Partnerships Manager
"""))

add(66, "transfer_incident", False, "0564262D", "bretagne", "ecoledirecte", False, "fr",
    "Since the school merger the Charlemagne transfer to EcoleDirecte fails with an unknown-establishment error: data transfer incident.",
    frm=("Ronan Le Floch", "ronan.lefloch@ensemble-stjo-vannes.fr"), client="thunderbird", cte="8bit",
    subject="Transfert en erreur depuis la fusion",
    date="2024-09-10T11:58:41+02:00",
    text=T("""
Bonjour,

Cet été le collège et le lycée de l'ensemble scolaire ont fusionné sous
un seul numéro, 0564262D. Depuis la rentrée, chaque transfert de
Charlemagne vers EcoleDirecte s'arrête avec le message « Code
établissement inconnu ou non autorisé ».

Les emplois du temps et les listes d'élèves ne sont donc pas à jour
côté familles. Pouvez-vous faire le nécessaire ou me dire ce qu'il faut
modifier chez nous ?

Ronan Le Floch
Responsable informatique – Ensemble scolaire Saint-Joseph, Vannes
"""))

add(67, "automated", False, None, None, "esignature", True, "fr",
    "E-signature 'all parties signed' notification: no Auto-Submitted or Precedence header; the no-reply sender and the wording show it is automatic.",
    frm=("Signature électronique", "notifications@esignature.example.fr"), client="raw",
    return_path="bounce+7f31@esignature.example.fr",
    subject="Document signé : Convention de partenariat CDI 2025",
    date="2025-04-10T15:26:04+02:00",
    alt=True,
    text=T("""
Bonjour,

Bonne nouvelle : le document « Convention de partenariat CDI 2025 » a
été signé par toutes les parties.

  Signataires : Lycée Camille Claudel (01/04/2025), Assistance
  (10/04/2025)

Vous pouvez télécharger le document signé et son dossier de preuve
depuis votre espace pendant 30 jours.

Télécharger : https://esignature.example.fr/d/7f31c0

Cet e-mail est généré automatiquement, merci de ne pas y répondre.
"""))

add(68, "head_of_establishment_request", False, "0511699V", "grand-est", "esidoc", False, "fr",
    "Reply (Zimbra '----- Mail original -----' quote) in which the proviseur gives the written request the desk asked for.",
    frm=("Lycée Clemenceau - Direction", "ce.0511699V@ac-reims.fr"), client="zimbra",
    subject="Re: [#SUP-007311] Réinitialisation accès e-sidoc",
    date="2024-12-05T08:50:29+01:00",
    reply="<SUP-007311.1733328000.0d4e51@assistance.example.fr>",
    text=T("""
Bonjour,

Suite à votre message, je vous confirme par écrit ma demande : merci de
réinitialiser le mot de passe administrateur du portail e-sidoc du
lycée Georges Clemenceau de Reims (UAI 0511699V) et d'envoyer le lien
à la présente adresse de l'établissement. Mme Fournier, documentaliste,
prendra ensuite la main.

Bien cordialement,

Le proviseur
Jean-Marc Thiébaut

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Lucie Fournier" <lucie.fournier@ac-reims.fr>
Envoyé: Mercredi 4 Décembre 2024 16:00:00
Objet: [#SUP-007311] Réinitialisation accès e-sidoc

Bonjour,

L'adresse enregistrée pour votre établissement n'est plus valide. Pour
des raisons de sécurité, le chef d'établissement doit nous adresser la
demande par écrit, de préférence depuis l'adresse officielle de
l'établissement.

Cordialement,
L'équipe d'assistance
"""))

add(69, "password_reset", True, "9740495V", "la-reunion", "esidoc", False, "fr",
    "The secretariat writes from the ce.<UAI> address and asks for the reset link to be sent to that official address (the safe path); Réunion time zone.",
    frm=("Secrétariat Collège Les Aloès", "ce.9740495V@ac-reunion.fr"), client="zimbra",
    subject="Lien de réinitialisation e-sidoc pour le CDI",
    date="2025-03-12T14:07:55+04:00",
    text=T("""
Bonjour,

La documentaliste du collège (Mme Payet) ne parvient plus à se
connecter à l'administration du portail e-sidoc, mot de passe perdu.
Elle n'a plus accès à l'adresse qui était enregistrée.

Pourriez-vous envoyer le lien de réinitialisation sur l'adresse
officielle du collège, celle-ci ? Je le lui transmettrai.

Collège Les Aloès – Saint-Pierre
UAI : 9740495V
Le secrétariat
"""))

add(70, "subscription_activation", True, "0695197Z", "auvergne-rhone-alpes", "esidoc", False, "en",
    "English; Universalis ordered the previous day is not yet reachable from e-sidoc: within the 72-hour window.",
    frm=("Joanna Pearce", "joanna.pearce@ac-lyon.fr"), client="apple", cte="quoted-printable",
    subject="Universalis not showing yet",
    date="2025-03-19T08:22:40+01:00",
    text=T("""
Hi,

Our bursar validated the order for Encyclopaedia Universalis yesterday
afternoon. I was hoping to use it with a class this Friday, but for now
it doesn't appear in our e-sidoc resources at all.

Is there anything I should do, or does it simply take a little time?

School: Cité scolaire internationale de Lyon, 0695197Z

Thanks,
Joanna
"""))

add(71, "other", False, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
    "A person forwards (Apple Mail) a bounce received when writing to an old support address and only asks which address is right: human mail wrapped around machine text; region from ac-clermont.fr.",
    frm=("Jérôme Vidal", "jerome.vidal1@ac-clermont.fr"), client="apple", cte="quoted-printable",
    subject="Fwd: Returned mail: see transcript for details",
    date="2025-01-28T12:40:13+01:00",
    text=T("""
Bonjour,

Je voulais vous écrire au sujet de notre portail e-sidoc et mon message
m'est revenu (voir ci-dessous). J'avais pris l'adresse sur une vieille
fiche de 2019. Est-ce que c'est bien ici qu'il faut écrire maintenant ?
Si oui je vous renvoie ma question dans la foulée.

Jérôme Vidal

Début du message réexpédié :

De: Mail Delivery Subsystem <MAILER-DAEMON@mail.example-ancien-support.fr>
Objet: Returned mail: see transcript for details
Date: 28 janvier 2025 à 12:31:02 UTC+1
À: jerome.vidal1@ac-clermont.fr

The original message was received at Tue, 28 Jan 2025 12:30:58 +0100
from smtp2.ac-clermont.fr

   ----- The following addresses had permanent fatal errors -----
<assistance-cdi@example-ancien-support.fr>
    (reason: 550 5.1.1 User unknown)
"""))

add(72, "automated", False, None, None, None, False, "en",
    "Gmail 'Delivery Status Notification (Failure)': multipart/report with text/rfc822-headers only.",
    frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), client="raw",
    return_path="", relay="mail-sor-f69.google.com",
    auth="dkim=pass (2048-bit key) header.d=googlemail.com;\n\tspf=pass smtp.helo=mail-sor-f69.google.com;\n\tdmarc=pass (p=quarantine dis=none) header.from=googlemail.com",
    subject="Delivery Status Notification (Failure)",
    date="2025-02-14T13:05:50+01:00",
    extra=["Auto-Submitted: auto-replied"],
    tree=multi("report", [
        multi("related", [
            multi("alternative", [
                leaf("text/plain", T("""
** Address not found **

Your message wasn't delivered to dominique.berthier1962@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist.
"""), cte="quoted-printable"),
                leaf("text/html", T("""
<html><body><table><tr><td><h2>Address not found</h2>
<p>Your message wasn't delivered to <b>dominique.berthier1962@gmail.com</b> because the address couldn't be found, or is unable to receive mail.</p>
<p>The response was:</p><p>550 5.1.1 The email account that you tried to reach does not exist.</p>
</td></tr></table></body></html>
"""), cte="quoted-printable"),
            ]),
        ], params=" type=\"multipart/alternative\";"),
        leaf("message/delivery-status", T("""
Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 14 Feb 2025 04:05:49 -0800 (PST)

Final-Recipient: rfc822; dominique.berthier1962@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Fri, 14 Feb 2025 04:05:50 -0800 (PST)
"""), charset=None, cte="7bit"),
        leaf("text/rfc822-headers", T("""
From: Assistance <support@assistance.example.fr>
To: dominique.berthier1962@gmail.com
Subject: [#SUP-008654] Votre demande d'ouverture de compte
Date: Fri, 14 Feb 2025 13:05:45 +0100
Message-ID: <SUP-008654.1739534745.2acd77@assistance.example.fr>
"""), charset=None, cte="7bit"),
    ], params=" report-type=delivery-status;"))

add(73, "missing_noreply_mail", True, None, "normandie", "esignature", False, "fr",
    "The e-signature invitation for a convention never arrived in the mailbox; no anti-spam product named; region from ac-rouen.fr.",
    frm=("Patricia Lecanu", "patricia.lecanu@ac-rouen.fr"), client="outlook", alt=True,
    subject="Pas reçu l'invitation à signer la convention",
    date="2025-03-27T10:27:15+01:00",
    text=T("""
Bonjour,

On m'annonce que la convention 2025 m'a été envoyée pour signature
électronique le 24 mars. Je n'ai rien reçu : ni dans la boîte de
réception, ni dans les courriers indésirables, ni dans « Autres ».

L'adresse indiquée sur le bordereau est bien la mienne. Pourriez-vous
relancer l'envoi ou me dire d'où doit venir ce message ?

Patricia Lecanu
Secrétaire générale – Lycée Jean Prévost, Montivilliers
"""))

add(74, "mailinblack_spam", True, None, "ile-de-france", "espace_acheteur", False, "fr",
    "HTML-only Outlook message: the rectorat rolled out Mailinblack and no Espace Acheteur mail gets through any more; region from ac-versailles.fr.",
    frm=("Alain Bouvier", "alain.bouvier@ac-versailles.fr"), client="outlook", charset="windows-1252",
    subject="Mailinblack bloque l'espace acheteur",
    date="2024-12-02T09:12:44+01:00",
    html=T("""
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;} --></style></head>
<body lang="FR" link="#467886">
<div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Le rectorat a généralisé <b>Mailinblack</b> sur les messageries des gestionnaires à la Toussaint. Depuis, plus rien ne m’arrive de l’Espace Acheteur&nbsp;: ni les confirmations de commande, ni les alertes sur les nouveaux marchés.<o:p></o:p></p>
<p class="MsoNormal">Pouvez-vous m’indiquer la démarche pour que vos messages soient acceptés&nbsp;?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Merci,<o:p></o:p></p>
<p class="MsoNormal">Alain Bouvier<br>Gestionnaire – Collège Paul Éluard, Montgeron<o:p></o:p></p>
</div>
</body>
</html>
"""))

add(75, "password_reset", False, "0859811C", "pays-de-la-loire", "ecoledirecte", True, "fr",
    "Lost EcoleDirecte administration password, explicitly NOT the daily maintenance password (which would be transfer_incident); no reset template exists for this product.",
    frm=("Mickaël Renaud", "m.renaud@lycee-notredame-fontenay.fr"), client="outlook_desktop", alt=True,
    subject="Mot de passe admin EcoleDirecte perdu",
    date="2025-01-06T08:55:23+01:00",
    text=T("""
Bonjour,

Attention, je ne cherche pas le mot de passe de maintenance du jour pour
Charlemagne, je l'ai déjà, tout tourne normalement. Mon souci, c'est le
compte administrateur de l'espace EcoleDirecte de l'établissement :
mon prédécesseur avait changé le mot de passe et il est parti sans le
transmettre.

Comment le récupérer ? Je n'ai aucune adresse de secours associée.

Mickaël Renaud
Responsable vie scolaire
Lycée Notre-Dame – Fontenay-le-Comte (0859811C)
"""))

add(76, "other", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
    "Angry complaint about an unanswered earlier message that says nothing about its topic: no category can be told; region from ac-aix-marseille.fr.",
    frm=("Roselyne Aubert", "roselyne.aubert@ac-aix-marseille.fr"), client="gmail", alt=True,
    subject="TROISIEME RELANCE",
    date="2025-02-27T18:44:05+01:00",
    text=T("""
Bonjour,

C'est la troisième fois que je vous écris et je n'ai toujours AUCUNE
réponse, pas même un accusé de réception. C'est inadmissible pour un
service payé avec de l'argent public.

Je vous demande de me rappeler au plus vite au 04 91 55 36 20.

R. Aubert
"""))

add(77, "contract_documents", False, "0879711H", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
    "Says the account and login work fine; the problem is a missing technical specification (CCTP) in a market's documents: contract_documents.",
    frm=("Hugo Lamarque", "hugo.lamarque@ac-limoges.fr"), client="thunderbird", cte="8bit",
    subject="CCTP lot 3 absent",
    date="2025-04-02T14:33:26+02:00",
    text=T("""
Bonjour,

Pour être clair dès le départ : mon compte fonctionne, je me connecte
sans souci à l'espace acheteur et j'ai bien mes droits. Ce n'est pas un
problème d'accès.

Ce qui manque, c'est le CCTP du lot 3 (équipements de cuisine) du
marché de matériel de restauration : les lots 1, 2 et 4 ont leur CCTP
dans la liste des documents, le lot 3 non. Or j'en ai besoin pour
vérifier les caractéristiques d'un four avant de commander.

Hugo Lamarque, adjoint gestionnaire
Lycée Gay-Lussac – Limoges – 0879711H
"""))

add(78, "automated", False, None, "grand-est", None, False, "fr",
    "Academic webmail vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)'); region from the ac-strasbourg.fr sender.",
    frm=("Marc Hoffmann", "marc.hoffmann@ac-strasbourg.fr"), client="zimbra",
    subject="Re: [#SUP-009002] Votre demande de devis",
    date="2025-04-14T09:00:12+02:00",
    reply="<SUP-009002.1744614000.5af019@assistance.example.fr>",
    extra=["Auto-Submitted: auto-replied (zimbra; vacation)"],
    text=T("""
Bonjour,

Je suis en congés jusqu'au 28 avril. Votre message sera traité à mon
retour.

Pour toute question urgente relative aux commandes du lycée, merci de
contacter le secrétariat d'intendance au 03 88 14 22 50.

Marc Hoffmann
"""))

add(79, "head_of_establishment_request", False, "0317765X", "occitanie", "espace_acheteur", True, "fr",
    "The proviseur designates a new structure administrator on the Espace Acheteur; the body's 0317765Y has a wrong check letter, but the ce.0317765X@ac-toulouse.fr sender carries the valid UAI, which is the label.",
    frm=("Proviseur Lycée Déodat de Séverac", "ce.0317765X@ac-toulouse.fr"), client="outlook", alt=True,
    subject="Désignation d'un nouvel administrateur de structure",
    date="2024-09-17T15:10:48+02:00",
    text=T("""
Madame, Monsieur,

À compter de ce jour, je désigne Mme Leïla Mansouri, secrétaire
générale, comme administratrice de structure du lycée Déodat de
Séverac (0317765Y) sur l'Espace Acheteur.

M. Patrick Sabatier, qui exerçait cette fonction, reste dans
l'établissement : merci de lui conserver un simple compte acheteur,
sans les droits d'administration.

Je vous prie d'agréer mes salutations distinguées.

Le proviseur,
Didier Cazals
"""))

add(80, "account_creation", False, None, None, "espace_acheteur", False, "en",
    "English; a private school opened this year asks for a buyer account: eligibility must be checked by a person.",
    frm=("Oliver Bennett", "o.bennett@riverside-bilingual-school.fr"), client="gmail", alt=True,
    subject="Buyer account for a new school",
    date="2024-10-29T11:49:51+01:00",
    text=T("""
Dear Sir or Madam,

Riverside Bilingual School opened in Annecy this September (primary,
about 90 pupils, private, not yet under contract with the State).

A neighbouring school told us they buy their supplies through your
Espace Acheteur. Are we eligible to open a buyer account? If so, what
documents do you need from us?

Kind regards,
Oliver Bennett
Operations Manager
"""))

add(81, "password_reset", True, "0753633S", "ile-de-france", "esidoc", False, "fr",
    "The password changed last week no longer works (probably mistyped when noted); asks for a new one; Apple Mail, UAI in the signature.",
    frm=("Bénédicte Aubry", "benedicte.aubry@ac-paris.fr"), client="apple", cte="quoted-printable",
    subject="Mot de passe refusé",
    date="2025-05-13T17:29:30+02:00",
    text=T("""
Bonjour,

La semaine dernière, comme le demandait le message d'expiration, j'ai
changé le mot de passe de l'administration e-sidoc. Je l'ai noté dans
mon carnet… visiblement avec une erreur, car il est refusé depuis que
le navigateur a été réinitialisé par le service informatique.

Pouvez-vous m'aider à en définir un nouveau ?

Bénédicte Aubry
Professeure documentaliste
Lycée Henri-Bergson, Paris 19e
0753633S
"""))

add(82, "order_billing", False, "0406722P", "nouvelle-aquitaine", "esidoc", False, "fr",
    "The e-sidoc invoice is made out to the school's former name; asks for it to be reissued.",
    frm=("Isabelle Darrigrand", "isabelle.darrigrand@ac-bordeaux.fr"), client="outlook", alt=True,
    subject="Facture à refaire - changement de nom",
    date="2025-01-22T10:58:06+01:00",
    text=T("""
Bonjour,

Depuis le 1er septembre, notre établissement s'appelle « Lycée des
Landes – Simone Veil » et non plus « Lycée Victor Duruy ». La facture
de l'abonnement e-sidoc que nous venons de recevoir porte encore
l'ancien nom, et l'agent comptable la rejette.

Pouvez-vous nous en établir une nouvelle au bon nom ? Le SIRET et
l'UAI (0406722P) n'ont pas changé.

Merci par avance,
I. Darrigrand – Intendance
"""))

add(83, "mailinblack_spam", False, "0929329R", "ile-de-france", "espace_acheteur", True, "fr",
    "Two requests: Espace Acheteur mails held by MailInBlack (first, main) and buyer rights for a colleague (account_creation); one template would answer only half.",
    frm=("Thomas Giraud", "thomas.giraud@ac-versailles.fr"), client="gmail", alt=True,
    subject="MailInBlack + ajout d'une collègue",
    date="2025-02-05T14:16:42+01:00",
    text=T("""
Bonjour,

1) Depuis janvier, nos messages de l'espace acheteur sont retenus par
MailInBlack (on les voit passer dans le rapport de quarantaine, mais
pas dans la boîte). Qu'est-ce qu'il faut autoriser exactement ?

2) Profitant de ce message : ma collègue Mme Salvi, arrivée au
secrétariat d'intendance, devrait pouvoir passer des commandes elle
aussi. Pouvez-vous lui ouvrir les droits, ou dois-je le faire moi-même ?

Thomas Giraud
Collège Jean Moulin – Chaville (0929329R)
"""))

add(84, "missing_noreply_mail", True, "0253870W", "bourgogne-franche-comte", "esidoc", False, "fr",
    "The activation mail for the e-sidoc customer account (first online order) never arrived; no anti-spam product named.",
    frm=("Lucie Vuillemin", "lucie.vuillemin@ac-besancon.fr"), client="thunderbird", cte="8bit",
    subject="Compte client : mail d'activation pas reçu",
    date="2024-10-07T15:40:37+02:00",
    text=T("""
Bonjour,

Pour passer notre première commande en ligne (abonnement e-sidoc du
collège), j'ai créé vendredi le compte client de l'établissement. La
page annonçait un mail d'activation « sous 12 heures ». Nous sommes
lundi après-midi : rien reçu, et pas dans les indésirables.

Collège Jules Grévy, Poligny – 0253870W

Lucie Vuillemin, gestionnaire
"""))

add(85, "automated", False, "0495208V", "pays-de-la-loire", "ecoledirecte", True, "fr",
    "Transfer-failure report generated by the school's Charlemagne installation and mailed to the desk: no Auto-Submitted, but a software X-Mailer and machine wording; not written by a person.",
    frm=("Charlemagne Outils", "charlemagne@college-stjean-cholet.fr"), client="raw",
    subject="[Charlemagne] Rapport de transfert EcoleDirecte - ECHEC",
    date="2025-03-03T02:15:07+01:00",
    extra=["X-Mailer: Charlemagne Outils 2025.1.4"],
    text=T("""
RAPPORT AUTOMATIQUE DE TRANSFERT
================================

Etablissement : 0495208V - COLLEGE SAINT-JEAN CHOLET
Tache         : Transfert planifie EcoleDirecte (notes, absences)
Debut         : 03/03/2025 02:00:01
Fin           : 03/03/2025 02:15:05
Statut        : ECHEC

Detail :
  [02:00:04] Connexion au serveur de transfert ... OK
  [02:14:59] Envoi du lot 3/7 (absences) ... TIMEOUT
  [02:15:05] Transfert interrompu apres 3 tentatives.

Ce message est genere automatiquement par Charlemagne Outils.
Ne pas repondre a ce message.
"""), cte="7bit", charset="us-ascii")

add(86, "other", False, None, None, None, False, "fr",
    "A person asks by hand to be taken off a mailing list: written to us, so not automated; no category of its own.",
    frm=("Danielle Peyrot", "danielle.peyrot@free.fr"), client="thunderbird", cte="8bit",
    subject="désinscription",
    date="2025-04-23T11:24:18+02:00",
    text=T("""
Bonjour,

Je suis à la retraite depuis deux ans et je continue de recevoir vos
lettres d'information sur cette adresse personnelle. Le lien de
désinscription en bas de page m'envoie sur une page d'erreur.

Merci de retirer mon adresse de vos listes.

D. Peyrot
"""))

add(87, "subscription_activation", True, "0802462S", "hauts-de-france", "esidoc", True, "fr",
    "Mentions the invoice only in passing (already received); the question is a subscription ordered yesterday and not yet visible, within 72 hours.",
    frm=("Corentin Devaux", "corentin.devaux@ac-amiens.fr"), client="gmail", alt=True,
    subject="Facture reçue mais ressource absente",
    date="2025-05-20T10:07:29+02:00",
    text=T("""
Bonjour,

La commande de l'abonnement Le Monde (version numérique pour le CDI) a
été validée hier matin. Curieusement, nous avons déjà reçu la facture,
rien à redire de ce côté, elle est correcte.

Par contre la ressource n'apparaît pas encore sur notre e-sidoc.
Y a-t-il un délai ?

Corentin Devaux
Lycée Boucher de Perthes – Abbeville
0802462S
"""))

add(88, "transfer_incident", False, "0914604K", "ile-de-france", "ecoledirecte", False, "fr",
    "After restoring a backup of the Charlemagne base, replication to EcoleDirecte must be re-initialised.",
    frm=("Nicolas Brunet", "nicolas.brunet@stcharles-athis.fr"), client="apple", cte="quoted-printable",
    subject="Restauration de sauvegarde et EcoleDirecte",
    date="2024-11-25T18:02:55+01:00",
    text=T("""
Bonsoir,

Suite à une panne de disque jeudi, nous avons restauré la base
Charlemagne à partir de la sauvegarde de mercredi soir. Tout fonctionne
en local, mais EcoleDirecte affiche des données incohérentes (notes en
double, élèves partis qui réapparaissent) et le transfert signale un
décalage de numéro de réplication.

Faut-il réinitialiser la réplication ? Je ne veux pas aggraver les
choses sans votre accord.

Nicolas Brunet
Institution Saint-Charles – Athis-Mons
UAI 0914604K
"""))

add(89, "password_reset", True, None, None, "espace_acheteur", False, "fr",
    "Espace Acheteur login identifier and password both forgotten by an intercommunal buyer; no UAI and a non-academic sender, so no region.",
    frm=("Fabienne Colin", "f.colin@cc-pays-de-mormal.fr"), client="outlook", alt=True,
    subject="identifiant oublié",
    date="2024-12-16T11:36:50+01:00",
    text=T("""
Bonjour,

Je me connecte à l'espace acheteur deux fois par an, pour les
fournitures des écoles de la communauté de communes. Évidemment, entre
juin et décembre, j'ai perdu à la fois l'identifiant et le mot de passe.

Mon adresse est celle-ci, elle n'a pas changé. Pouvez-vous me dire
comment retrouver mes accès ?

Fabienne Colin
Service achats – Communauté de communes du Pays de Mormal
"""))

add(90, "automated", False, None, None, None, False, "en",
    "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress.",
    frm=("Priya Raman", "priya.raman@ecole-europeenne-example.eu"), client="outlook_en",
    subject="Automatic reply: [#SUP-006990] Your question about invoices",
    date="2024-10-25T12:00:41+02:00",
    reply="<SUP-006990.1729850000.1bc3d0@assistance.example.fr>",
    extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    alt=True,
    text=T("""
Thank you for your email.

I am out of the office on a school trip until 4 November with no access
to email. Your message will not be forwarded.

For finance matters please contact accounts@ecole-europeenne-example.eu.

Priya Raman
"""))

add(91, "head_of_establishment_request", False, None, None, "esidoc", True, "fr",
    "The principal answers the desk's request from a personal Gmail (iPhone quote) and authorises the reset; the UAI she types, 0215403K, has a wrong check letter (the digits give J), so no UAI and no region.",
    frm=("Anne-Sophie Brunel", "as.brunel21@gmail.com"), client="iphone", cte="quoted-printable",
    subject="Re: [#SUP-008477] Accès administrateur e-sidoc",
    date="2025-02-21T07:12:45+01:00",
    reply="<SUP-008477.1740059400.c3a9f2@assistance.example.fr>",
    text=T("""
Bonjour,

Je suis bien la principale du collège (0215403K). J'autorise la
réinitialisation du mot de passe administrateur de notre portail
e-sidoc, à la demande de M. Roblin, notre documentaliste.

Je vous écris de ma messagerie personnelle car je suis en déplacement
cette semaine, j'espère que cela conviendra.

Anne-Sophie Brunel
Principale – Collège Gaston Roupnel

Envoyé de mon iPhone

> Le 20 févr. 2025 à 14:50, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Pour modifier l'accès administrateur, nous avons besoin d'une demande
> écrite du chef d'établissement.
>
> Cordialement,
> L'équipe d'assistance
"""))

add(92, "other", False, None, "normandie", "espace_acheteur", True, "fr",
    "Reply on a missing-mail ticket that says the message was in the junk folder after all and thanks: nothing left to do; region from ac-caen.fr.",
    frm=("Véronique Lebrun", "veronique.lebrun@ac-caen.fr"), client="thunderbird", cte="8bit",
    subject="Re: [#SUP-007105] Pas de mail d'activation Espace Acheteur",
    date="2024-11-08T13:45:33+01:00",
    reply="<SUP-007105.1730980800.71be0a@assistance.example.fr>",
    text=T("""
Bonjour,

Vous aviez raison, il était dans les indésirables, sous un autre nom
d'expéditeur que celui que je cherchais. J'ai pu activer le compte,
tout est en ordre.

Merci et bonne journée,
Véronique Lebrun

Le 07/11/2024 à 13:00, Assistance a écrit :
> Bonjour Madame,
>
> Le message d'activation a bien été émis hier à 16 h 12 par notre
> expéditeur automatique. Il a pu être classé comme indésirable par
> votre messagerie : merci de regarder ce dossier, y compris sous un
> autre nom d'expéditeur.
>
> Cordialement,
> Le support
"""))

add(93, "missing_noreply_mail", True, None, "auvergne-rhone-alpes", "ticket_portal", False, "fr",
    "The ticket portal's notification mails (answer posted on her ticket) never arrive; no anti-spam product named; region from ac-grenoble.fr.",
    frm=("Karine Bret", "karine.bret@ac-grenoble.fr"), client="roundcube", flowed=True,
    subject="Je ne suis pas prévenue des réponses sur le portail",
    date="2025-01-13T16:22:07+01:00",
    text=T("""
Bonjour,

J'ai ouvert un ticket sur votre portail d'assistance il y a dix jours.
En m'y connectant par hasard aujourd'hui, je découvre qu'on m'a répondu
le 6 janvier et relancée le 9... sans que je reçoive le moindre mail de
notification. Rien dans le dossier spam.

Est-ce que les notifications sont bien actives pour mon compte ?

Karine Bret
"""))

add(94, "account_creation", False, "0173962P", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "The account works; asks for order-management rights to be opened: a person handles rights.",
    frm=("Jérémy Pons", "jeremy.pons@ac-poitiers.fr"), client="gmail", alt=True,
    subject="Droits de commande",
    date="2025-03-14T09:20:55+01:00",
    text=T("""
Bonjour,

Je peux me connecter à l'espace acheteur et consulter les marchés, mais
le bouton « Commander » est grisé partout. D'après ma collègue il faut
que des droits de commande soient ouverts sur mon compte.

Pouvez-vous les activer ? Je suis le nouvel adjoint gestionnaire du
lycée Merleau-Ponty à Rochefort (0173962P).

Jérémy Pons
"""))

add(95, "mailinblack_spam", True, None, None, None, False, "fr",
    "One line from a phone: blocked by Mailinblack, asks for the procedure; no platform named.",
    frm=("Sandrine Ollivier", "sandrine.ollivier@orange.fr"), client="iphone", cte="quoted-printable",
    subject="Mailinblack",
    date="2025-04-03T07:48:19+02:00",
    text=T("""
Vos mails sont bloqués par mailinblack chez nous, vous avez une procédure ?

Envoyé de mon iPhone
"""))

add(96, "automated", False, None, None, None, True, "en",
    "A MailInBlack sender-authentication challenge sent to the desk's own address after one of our replies: machine-generated, names MailInBlack, never answered as mailinblack_spam.",
    frm=("Mailinblack", "noreply@mailinblack.com"), client="raw",
    return_path="bounce@mailinblack.com",
    subject="Please confirm your email to reach j.moreau@college-exemple-valence.fr",
    date="2025-01-09T10:41:16+01:00",
    extra=["Auto-Submitted: auto-replied", "X-Mailinblack: challenge"],
    alt=True,
    text=T("""
Hello,

You recently sent an email to j.moreau@college-exemple-valence.fr.
This address is protected by Mailinblack.

To make sure your message is delivered, please confirm that you are a
real person by clicking the link below. You will only need to do this
once.

Confirm my email: https://protect.mailinblack.com/challenge/9f2a1c

Your message: "[#SUP-008290] Votre demande" - sent 09/01/2025 10:41

This is an automated message. Please do not reply.
"""))

add(97, "contract_documents", False, None, None, "espace_acheteur", False, "en",
    "English; the documents of a framework agreement cannot be seen in 'Mes Marchés'.",
    frm=("Greta Lindqvist", "greta.lindqvist@ecole-internationale-manosque.fr"), client="outlook_en", alt=True,
    subject="Framework agreement documents missing",
    date="2024-12-04T10:33:39+01:00",
    text=T("""
Hello,

Our school joined the IT equipment framework agreement in November. In
the Espace Acheteur I can see the agreement listed under "Mes Marchés",
but when I open it, the documents tab is empty: no price schedule, no
specifications, nothing to download.

Without the price schedule I cannot check the supplier's quote. Could
you please look into it?

Best regards,
Greta Lindqvist
Finance Officer
"""))

add(98, "password_reset", True, "0664970U", "occitanie", "esidoc", False, "fr",
    "Hearsay: the former librarian changed the e-sidoc password before leaving and nobody knows it; a plain password_reset.",
    frm=("Jordi Puig", "jordi.puig@ac-montpellier.fr"), client="android", cte="base64", alt=True,
    subject="Mot de passe du portail CDI",
    date="2024-09-20T12:31:07+02:00",
    text=T("""
Bonjour,

Arrivé au lycée cette année. D'après la secrétaire, ma prédécesseure aurait changé le mot de passe d'e-sidoc juste avant son départ "pour que personne ne touche à rien", et ne l'a laissé à personne. Elle est injoignable.

Pouvez-vous réinitialiser l'accès ? Lycée Aristide Maillol, Perpignan – 0664970U.

Merci
J. Puig

Obtenir Outlook pour Android
"""))

add(99, "order_billing", False, None, None, "esidoc", False, "en",
    "English reply quoting the desk ('From: / Sent:'): asks that the e-sidoc invoice carry the purchase-order number and go to the accounts department.",
    frm=("Catherine Doyle", "c.doyle@international-school-sophia.fr"), client="outlook_en", alt=True,
    subject="RE: [#SUP-008012] Invoice for the e-sidoc subscription",
    date="2024-12-18T15:05:14+01:00",
    reply="<SUP-008012.1734429600.e0b7a5@assistance.example.fr>",
    text=T("""
Hello,

Thank you. One more thing before we can pay: our accounts department
requires the purchase order number (PO-2024-1187) on the invoice, and
the invoice must be addressed to "Accounts Department" rather than to
the library. Could you reissue it accordingly?

Kind regards,
Catherine Doyle
Librarian

From: Assistance <support@assistance.example.fr>
Sent: Tuesday, December 17, 2024 11:00 AM
To: Catherine Doyle <c.doyle@international-school-sophia.fr>
Subject: [#SUP-008012] Invoice for the e-sidoc subscription

Hello,

Please find attached the invoice for your e-sidoc subscription.

Best regards,
The support team
"""))

add(100, "transfer_incident", False, "0187344K", "centre-val-de-loire", "ecoledirecte", False, "fr",
    "A new firewall/proxy at the school: the EcoleDirecte transfers hang at the server connection step.",
    frm=("Arnaud Mercier", "a.mercier@stjeanne-bourges.fr"), client="outlook_desktop", alt=True,
    subject="Transferts bloqués depuis le nouveau pare-feu",
    date="2024-10-01T09:15:02+02:00",
    text=T("""
Bonjour,

Notre prestataire a installé un nouveau pare-feu avec proxy filtrant
ce week-end. Depuis, dans Charlemagne, les transferts vers EcoleDirecte
restent bloqués sur « Connexion au serveur… » puis échouent au bout de
quelques minutes.

Quels ports et quelles adresses faut-il ouvrir ? Y a-t-il un paramètre
de proxy à renseigner dans l'outil de transfert ?

Arnaud Mercier
Lycée Sainte-Jeanne d'Arc – Bourges (0187344K)
"""))

add(101, "other", False, None, "nouvelle-aquitaine", "esignature", True, "fr",
    "The convention sent for e-signature names the former principal as signatory; only the document's sender can fix it; about a convention, but not access to contract documents, so other; region from ac-limoges.fr.",
    frm=("Josiane Lavergne", "josiane.lavergne@ac-limoges.fr"), client="outlook", alt=True,
    subject="Convention à signer : mauvais signataire",
    date="2025-04-09T10:18:27+02:00",
    text=T("""
Bonjour,

Nous avons reçu hier l'invitation à signer électroniquement la
convention de partenariat 2025. Problème : le signataire désigné est
M. Chastaing, qui n'est plus proviseur depuis septembre. Le nouveau
proviseur, M. Delpech, ne peut donc pas signer.

Pouvez-vous faire corriger le document et renvoyer l'invitation au bon
signataire ? Je ne vois aucun moyen de le modifier de notre côté.

Josiane Lavergne
Secrétaire de direction – Lycée Edmond Perrier, Tulle
"""))

add(102, "automated", False, None, "nouvelle-aquitaine", "esidoc", True, "fr",
    "A librarian's real question about publishing a resource on e-sidoc, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered; region from ac-poitiers.fr.",
    frm=("Valérie Texier", "valerie.texier@ac-poitiers.fr"), client="thunderbird",
    to="docs-poitiers@listes.ac-poitiers.fr",
    relay="listes.ac-poitiers.fr",
    return_path="docs-poitiers-owner@listes.ac-poitiers.fr",
    subject="[docs-poitiers] Europresse sur e-sidoc ?",
    date="2025-02-11T12:52:18+01:00",
    extra=["Precedence: list",
           "List-Id: <docs-poitiers.listes.ac-poitiers.fr>",
           "List-Post: <mailto:docs-poitiers@listes.ac-poitiers.fr>",
           "List-Unsubscribe: <mailto:sympa@listes.ac-poitiers.fr?subject=unsubscribe%20docs-poitiers>",
           "X-Loop: docs-poitiers@listes.ac-poitiers.fr",
           "X-Sequence: 4412"],
    text=T("""
Bonjour à toutes et à tous,

Quelqu'un a-t-il réussi à faire apparaître Europresse dans le bloc
« ressources » de son portail e-sidoc ? Notre abonnement est actif
depuis janvier, mais je ne trouve pas où le publier pour les élèves.

Merci pour vos retours,
Valérie Texier
CDI du collège Jean Zay, Niort

_______________________________________________
docs-poitiers – liste des professeurs documentalistes de l'académie
Pour se désabonner : sympa@listes.ac-poitiers.fr
"""))

add(103, "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook mail: IT asks which no-reply sender to allow on its filtering gateway because no Espace Acheteur mail arrives; no product named, nothing held in a quarantine described.",
    frm=("Cyril Masson", "cyril.masson@agglo-montargois.fr"), client="outlook", charset="windows-1252",
    subject="Adresse d'expédition de vos notifications",
    date="2025-01-31T11:04:45+01:00",
    html=T("""
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR">
<div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Les acheteurs de l’agglomération ne reçoivent plus aucun message automatique de l’Espace Acheteur depuis le 20 janvier (création de compte, mot de passe, alertes). Les messages ordinaires arrivent normalement.</p>
<p class="MsoNormal">Pourriez-vous me communiquer l’adresse exacte (et si possible les serveurs) d’où partent ces envois, afin que je les déclare comme sûrs sur notre passerelle de messagerie&nbsp;?</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cordialement,</p>
<p class="MsoNormal"><b>Cyril Masson</b><br>Service informatique – Agglomération Montargoise</p>
</div>
</body>
</html>
"""))

add(104, "head_of_establishment_request", False, "0786049B", "ile-de-france", "esidoc", False, "fr",
    "HTML-only Outlook letter: the principal asks to replace a departed librarian's personal address on the e-sidoc admin account with the school's official address.",
    frm=("Principal Collège Les Saules", "ce.0786049B@ac-versailles.fr"), client="outlook", charset="utf-8",
    subject="Compte administrateur e-sidoc - demande du chef d'établissement",
    date="2025-05-06T14:44:31+02:00",
    html=T("""
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR">
<div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Le compte administrateur du portail e-sidoc de notre collège (UAI <b>0786049B</b>) est rattaché à l’adresse personnelle (gmail) de notre ancienne documentaliste, partie en disponibilité.</p>
<p class="MsoNormal">Je vous demande de remplacer cette adresse par celle de l’établissement, ce.0786049B@ac-versailles.fr, et de désactiver tout accès lié à l’ancienne adresse.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Bertrand Le Goff<br>Principal<br>Collège Les Saules – Guyancourt</p>
</div>
</body>
</html>
"""))

add(105, "password_reset", True, "9714492F", "guadeloupe", "esidoc", False, "fr",
    "'Mot de passe expiré' at login and the old one forgotten; Guadeloupe time zone.",
    frm=("Ketty Jean-Baptiste", "ketty.jean-baptiste@ac-guadeloupe.fr"), client="gmail", alt=True,
    subject="Mot de passe expiré e-sidoc",
    date="2025-01-20T07:52:16-04:00",
    text=T("""
Bonjour,

Ce matin en voulant me connecter à la gestion de notre portail e-sidoc,
j'ai eu un message « votre mot de passe a expiré, veuillez le
modifier ». Pour le modifier il me demande l'ancien... que je n'ai plus
en tête, c'est ma collègue qui l'avait saisi.

Que puis-je faire ?

Ketty Jean-Baptiste
Professeure documentaliste
Collège Nestor de Kermadec, Pointe-à-Pitre (9714492F)
"""))

add(106, "subscription_activation", True, "0252872L", "bourgogne-franche-comte", "esidoc", True, "fr",
    "Reply on a password ticket whose subject names the old topic: the reset worked, and the new question is a Cafeyn subscription ordered yesterday and not visible, within 72 hours.",
    frm=("Émilie Faivre", "emilie.faivre@ac-besancon.fr"), client="gmail", alt=True,
    subject="Re: [#SUP-007640] Mot de passe e-sidoc",
    date="2024-11-20T11:30:52+01:00",
    reply="<SUP-007640.1731920400.4c0e88@assistance.example.fr>",
    text=T("""
Bonjour,

Merci, la réinitialisation a fonctionné, je suis de nouveau dans
l'administration.

Du coup j'en profite : la gestionnaire a validé hier la commande de
Cafeyn, et je ne vois la ressource nulle part dans le portail. Est-ce
qu'il faut attendre ou est-ce qu'il y a une manipulation à faire ?

Émilie Faivre
Collège Lucie Aubrac, Doubs – 0252872L

Le lun. 18 nov. 2024 à 10:00, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Votre demande est traitée : un message contenant un lien à usage
> unique part à l'instant vers l'adresse de contact connue pour votre
> collège (é***@ac-****.fr). Ce lien expire 12 heures après l'envoi.
>
> L'équipe d'assistance
"""))

add(107, "mailinblack_spam", True, "9734301M", "guyane", "espace_acheteur", False, "fr",
    "The school's IT says Mailinblack Protect puts the Espace Acheteur validation link among messages to approve; Guyane time zone.",
    frm=("Marius Sabayo", "marius.sabayo@ac-guyane.fr"), client="outlook", alt=True,
    subject="Lien de validation retenu par Mailinblack Protect",
    date="2024-10-30T08:26:14-03:00",
    text=T("""
Bonjour,

J'essaie d'activer mon accès à l'Espace Acheteur depuis une semaine.
Notre informaticien a trouvé le message avec le lien de validation dans
« Mailinblack Protect », parmi les messages à approuver, mais quand il
le libère le lien est déjà périmé.

Comment faire pour que vos messages arrivent directement ?

Marius Sabayo
Lycée Melkior-Garré, Cayenne – 9734301M
"""))

add(108, "automated", False, None, "centre-val-de-loire", None, False, "fr",
    "Outlook 'Non lu :' notice (message deleted without being read), disposition-notification; region from ac-orleans-tours.fr.",
    frm=("Gérard Pottier", "gerard.pottier@ac-orleans-tours.fr"), client="raw",
    subject="Non lu : [#SUP-008733] Votre demande d'abonnement",
    date="2025-02-19T17:20:40+01:00",
    extra=["Content-Language: fr-FR"],
    tree=multi("report", [
        leaf("text/plain", T("""
Votre message

  À : Gérard Pottier
  Objet : [#SUP-008733] Votre demande d'abonnement
  Envoyé : lundi 17 février 2025 10:12:33 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été supprimé sans avoir été lu le mercredi 19 février 2025 17:20:35 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""), cte="quoted-printable"),
        leaf("message/disposition-notification", T("""
Reporting-UA: ac-orleans-tours.fr; Microsoft Exchange Server
Final-Recipient: rfc822;gerard.pottier@ac-orleans-tours.fr
Original-Message-ID: <SUP-008733.1739783553.8e12d4@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; deleted
"""), charset=None, cte="7bit"),
    ], params=" report-type=disposition-notification;"))

add(109, "other", False, None, "pays-de-la-loire", None, False, "fr",
    "Personal message sent to the desk by address autocomplete; region from the ac-nantes.fr sender.",
    frm=("Coralie Guillet", "coralie.guillet@ac-nantes.fr"), client="gmail", alt=True,
    subject="samedi",
    date="2025-05-16T21:03:28+02:00",
    text=T("""
Coucou Aude,

Finalement on sera six samedi, Paul vient avec les enfants. Je m'occupe
du dessert, tu peux prendre le pain ? On dit 12h30 chez toi ?

Bisous
Coralie
"""))

add(110, "account_creation", True, None, None, "ticket_portal", False, "fr",
    "HTML-only Outlook message: a new IT staff member asks how to create an account on the ticket portal; the sign-up answer fits.",
    frm=("Kevin Morel", "kevin.morel@cd-vendee.fr"), client="outlook", charset="windows-1252",
    subject="Création de compte sur le portail de tickets",
    date="2024-09-11T14:07:39+02:00",
    html=T("""
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Je viens de rejoindre l’équipe informatique qui assure le support des collèges du département. Mes collègues déposent leurs demandes sur votre portail de tickets.</p>
<p class="MsoNormal">Comment puis-je m’y créer un compte ? Je ne trouve pas de lien d’inscription sur la page de connexion.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Merci,</p>
<p class="MsoNormal">Kevin Morel – Département de la Vendée</p>
</div></body></html>
"""))

add(111, "password_reset", True, "0672435H", "grand-est", "esidoc", False, "en",
    "English; e-sidoc admin account locked after several wrong passwords; asks to unlock or reset.",
    frm=("Lukas Meyer", "lukas.meyer@ac-strasbourg.fr"), client="thunderbird_en", cte="quoted-printable",
    subject="Locked out of e-sidoc",
    date="2025-03-24T13:13:13+01:00",
    text=T("""
Hi,

I'm afraid I've locked our e-sidoc administration account: after four
or five wrong passwords it now says the account is temporarily blocked.
I'm fairly sure the password was changed by someone else over the
holidays.

Could you unlock it or send a reset link? Our school ID is 0672435H
(Lycée international des Pontonniers, Strasbourg).

Thank you,
Lukas Meyer
School librarian
"""))

add(112, "transfer_incident", False, "0628038A", "hauts-de-france", "ecoledirecte", False, "fr",
    "Transfers stopped with an error code (screenshot attached); mentions that the admin password works, which is not the problem.",
    frm=("Sabrina Lefebvre", "s.lefebvre@stpaul-lens.fr"), client="thunderbird", cte="8bit",
    subject="Erreur 0x2F au transfert",
    date="2025-05-22T16:40:20+02:00",
    attach=[("capture_erreur_transfert.png", "image/png", PNG)],
    text=T("""
Bonjour,

Depuis mardi, le transfert de Charlemagne vers EcoleDirecte s'arrête
avec « Erreur 0x2F – réponse inattendue du serveur » (capture jointe).
Je précise que le mot de passe administrateur fonctionne très bien, je
me connecte partout, ce n'est pas le sujet.

Les notes du troisième trimestre doivent être visibles avant les
conseils de classe du 10 juin.

Sabrina Lefebvre
Secrétariat – Collège Saint-Paul, Lens
0628038A
"""))

add(113, "missing_noreply_mail", False, None, "grand-est", "espace_acheteur", False, "fr",
    "Reply (Outlook 'De : / Envoyé :' quote) after the junk-folder answer: still nothing after 48 h, asks to pass it on to the region; the template was already sent: a person must follow up.",
    frm=("Cédric Collignon", "cedric.collignon@ac-reims.fr"), client="outlook", alt=True,
    subject="RE: [#SUP-008120] Mail de confirmation non reçu",
    date="2024-12-11T10:12:09+01:00",
    reply="<SUP-008120.1733731200.99f1e2@assistance.example.fr>",
    text=T("""
Bonjour,

Deux jours plus tard, toujours rien : ni dans la boîte, ni dans les
indésirables, ni en demandant un nouvel envoi. J'ai suivi vos consignes
à la lettre.

Pouvez-vous transmettre à la plateforme régionale, comme c'est prévu
dans ce cas ?

Cédric Collignon

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 9 décembre 2024 09:00
À : Cédric Collignon <cedric.collignon@ac-reims.fr>
Objet : [#SUP-008120] Mail de confirmation non reçu

Bonjour,

Le mail de confirmation vous a été renvoyé ce matin. S'il n'apparaît
pas dans votre boîte, il est probablement dans le courrier indésirable.
Nous reprendrons contact avec vous dans deux jours si le problème
persiste.

Cordialement,
L'équipe d'assistance
"""))

add(114, "head_of_establishment_request", False, "0065688A", "provence-alpes-cote-d-azur", "espace_acheteur", True, "en",
    "English; the head's assistant relays the headteacher's signed letter (attached, head in copy) naming a new structure administrator: the head's written request, relayed, for staff to check.",
    frm=("Emma Lawson", "emma.lawson@ac-nice.fr"), client="gmail", alt=True,
    cc=addr("Head of School", "ce.0065688A@ac-nice.fr"),
    subject="Letter from the Head - Espace Acheteur administrator",
    date="2025-01-14T09:47:58+01:00",
    attach=[("Head_letter_administrator.pdf", "application/pdf", PDF)],
    text=T("""
Good morning,

On behalf of our Head of School, Dr Alan Whitmore, who is copied in,
please find attached his signed letter asking you to make Mrs Nadia
Ferri the structure administrator of our school on the Espace Acheteur,
replacing Mr Hugo Blanc.

Our school code is 0065688A.

With kind regards,
Emma Lawson
Personal Assistant to the Head
Centre International de Valbonne
"""))

add(115, "other", False, None, None, None, True, "en",
    "English phishing dressed as an e-signature request (look-alike sender domain, failing SPF/DMARC): other, and no platform since it is not the real product.",
    frm=("eSign Document Service", "docs@esign-secure-review.net"), client="raw",
    auth="dkim=none;\n\tspf=fail smtp.mailfrom=esign-secure-review.net;\n\tdmarc=fail (p=none dis=none) header.from=esign-secure-review.net",
    subject="You have 1 new document to review and sign",
    date="2025-03-04T02:47:16+01:00",
    html=T("""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600"><tr><td style="background:#1a3d7c;color:#fff;padding:20px">
<h2>Document pending signature</h2></td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>Accounts Payable has sent you <b>INV_Payment_Q1.pdf</b> to review and sign.</p>
<p>Please sign in with your email password to access the document. This link expires in 24 hours.</p>
<p><a href="https://esign-secure-review.net/doc/view?id=88421" style="background:#f5a623;padding:10px 20px;color:#000">REVIEW DOCUMENT</a></p>
</td></tr></table>
</body></html>
"""))

add(116, "automated", False, None, None, "ticket_portal", False, "fr",
    "Ticket-portal notification: a ticket the desk follows was updated; Auto-Submitted: auto-generated.",
    frm=("Portail de tickets", "ne-pas-repondre@tickets.example.fr"), client="raw",
    return_path="ne-pas-repondre@tickets.example.fr",
    subject="[Ticket #48213] Mise à jour : Lenteurs à l'ouverture du portail",
    date="2025-04-17T11:02:00+02:00",
    extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: OOF, AutoReply"],
    alt=True,
    text=T("""
Le ticket #48213 « Lenteurs à l'ouverture du portail » a été mis à jour.

Statut : En cours -> En attente de votre retour
Dernier commentaire (équipe technique) :
  « Correctif déployé ce matin, merci de confirmer que les temps de
  chargement sont revenus à la normale. »

Consulter le ticket : https://tickets.example.fr/t/48213

Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre.
"""))

add(117, "order_billing", False, "0335770T", "nouvelle-aquitaine", "esidoc", False, "fr",
    "Chorus Pro rejected the e-sidoc invoice because the engagement number is missing; the rejection notice is attached.",
    frm=("Intendance Lycée Montesquieu", "intendance.montesquieu@ac-bordeaux.fr"), client="outlook", alt=True,
    subject="Facture rejetée sur Chorus Pro",
    date="2025-02-26T15:19:44+01:00",
    attach=[("rejet_chorus_FAC-2025-0214.pdf", "application/pdf", PDF)],
    text=T("""
Bonjour,

Votre facture FAC-2025-0214 (abonnement e-sidoc) a été rejetée sur
Chorus Pro, motif « numéro d'engagement absent ». Notre numéro est
EJ-2025-0042, il figurait pourtant sur le bon de commande.

Merci de redéposer la facture avec ce numéro. Avis de rejet en pièce
jointe.

Cordialement,
Service intendance
Lycée Montesquieu – Libourne, UAI 0335770T
"""))

add(118, "password_reset", True, None, "bretagne", "esidoc", True, "fr",
    "UAI typed as 0569310T: wrong check letter (the digits give 0569310R), so no UAI; region from the ac-rennes.fr sender; a plain forgotten password otherwise.",
    frm=("Morgane Jégou", "morgane.jegou@ac-rennes.fr"), client="roundcube", flowed=True,
    subject="mot de passe oublié - 0569310T",
    date="2024-12-13T10:25:01+01:00",
    text=T("""
Bonjour,

J'ai oublié le mot de passe de l'administration du portail e-sidoc de
notre collège (identifiant 0569310T). Je ne sais pas non plus quelle
adresse de contact est enregistrée chez vous.

Merci de m'indiquer comment faire.

Morgane Jégou
Collège Saint-Exupéry, Lorient
"""))

add(119, "mailinblack_spam", True, "0115189F", "occitanie", "espace_acheteur", False, "fr",
    "Hearsay but confirmed: the local authority's technician says Mailinblack was installed in the holidays and the Espace Acheteur mails are caught by it.",
    frm=("Agnès Roumégoux", "agnes.roumegoux@ac-montpellier.fr"), client="thunderbird", cte="8bit",
    subject="Depuis les vacances, plus rien de l'espace acheteur",
    date="2025-03-05T11:50:30+01:00",
    text=T("""
Bonjour,

Depuis les vacances d'hiver, je ne reçois plus rien de l'espace acheteur.
J'ai d'abord cru à une panne chez vous, mais le technicien du
Département m'a confirmé hier qu'ils avaient installé Mailinblack sur
toutes les boîtes des collèges pendant les vacances, et que vos messages
sont retenus par ce filtre.

Il attend de savoir quoi autoriser. Pouvez-vous nous guider ?

Agnès Roumégoux
Collège Antoine Courrière, Cuxac-Cabardès – 0115189F
"""))

add(120, "subscription_activation", False, "9721706X", "martinique", "esidoc", False, "fr",
    "Subscription ordered two weeks ago and still not available: past the 72-hour rule, a person must look at the order; Martinique time zone.",
    frm=("Léa Ursulet", "lea.ursulet@ac-martinique.fr"), client="gmail", alt=True,
    subject="Abonnement commandé il y a 15 jours, toujours rien",
    date="2025-03-18T08:04:37-04:00",
    text=T("""
Bonjour,

Nous avons commandé l'abonnement Universalis le 3 mars (commande validée
le jour même par l'intendance). Quinze jours plus tard, la ressource
n'apparaît toujours pas dans notre e-sidoc et je n'ai reçu aucun
message. J'ai déjà attendu les 72 heures indiquées, largement.

Pouvez-vous vérifier où en est la commande ?

Léa Ursulet
CDI – Lycée Frantz Fanon, Trinité – 9721706X
"""))

add(121, "automated", False, None, None, None, True, "fr",
    "Chorus Pro no-reply status notification about an invoice, sent to the desk's address: machine-generated although it talks about an invoice and carries no Auto-Submitted header.",
    frm=("Chorus Pro", "ne-pas-repondre@chorus-pro.example.gouv.fr"), client="raw",
    return_path="ne-pas-repondre@chorus-pro.example.gouv.fr",
    subject="Chorus Pro - Changement de statut de votre facture FAC-2025-0188",
    date="2025-03-07T05:31:12+01:00",
    alt=True,
    text=T("""
Bonjour,

Le statut de la facture suivante a changé :

  Numéro de facture : FAC-2025-0188
  Destinataire : LYCEE PIERRE BAYEN – CHALONS-EN-CHAMPAGNE
  Montant TTC : 684,00 EUR
  Nouveau statut : MISE EN PAIEMENT

Pour consulter le détail, connectez-vous à votre espace Chorus Pro.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
L'équipe Chorus Pro
"""))

add(122, "other", False, None, None, "esidoc", False, "fr",
    "A master's student asks school librarians to answer a survey on e-sidoc use: unrelated to any support category.",
    frm=("Inès Carvalho", "ines.carvalho@etudiant.univ-rennes2.fr"), client="gmail", alt=True,
    subject="Questionnaire mémoire - usages des portails documentaires",
    date="2025-04-28T20:11:45+02:00",
    text=T("""
Bonjour,

Étudiante en master 2 « Métiers de l'enseignement – documentation », je
prépare un mémoire sur la manière dont les élèves de collège utilisent
le portail e-sidoc en dehors des heures de CDI.

Pourriez-vous diffuser mon questionnaire (10 minutes, anonyme) auprès
des professeurs documentalistes que vous accompagnez ? Ou, à défaut,
m'indiquer à qui m'adresser ?

Lien : https://enquetes.example.fr/portails-cdi

Avec mes remerciements,
Inès Carvalho
"""))

add(123, "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "Very short mobile message: the Espace Acheteur confirmation mail has not come since Monday.",
    frm=("Patrick Hue", "patrick.hue@laposte.net"), client="samsung", cte="base64", alt=True,
    subject="mail confirmation",
    date="2024-11-14T19:56:02+01:00",
    text=T("""
Bonsoir toujours pas reçu le mail de confirmation de l'espace acheteur depuis lundi, inscription faite pour la mairie de Plouvien. Merci

Envoyé depuis mon smartphone Samsung Galaxy.
"""))

add(124, "head_of_establishment_request", False, "0775835Z", "ile-de-france", "esidoc", False, "fr",
    "A nursery-school director, from the school's ce.<UAI> mailbox, authorises a teacher to validate the e-sidoc order: authorisation of an order.",
    frm=("Ecole maternelle Les Coquelicots", "ce.0775835Z@ac-creteil.fr"), client="zimbra",
    subject="Autorisation de commande e-sidoc BCD",
    date="2025-05-27T12:02:48+02:00",
    text=T("""
Bonjour,

Par la présente, en tant que directrice de l'école maternelle Les
Coquelicots à Meaux, j'autorise Mme Julie Marchetti, enseignante
chargée de la BCD, à valider la commande de l'abonnement e-sidoc pour
l'école. La mairie prend en charge le paiement.

Bien cordialement,

Sylvie Rabier
Directrice
"""))

add(125, "password_reset", True, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Forgotten e-sidoc password with no UAI; region from the ac-lyon.fr address; Samsung mail (base64 text and HTML).",
    frm=("Thibault Garnier", "thibault.garnier@ac-lyon.fr"), client="samsung", cte="base64", alt=True,
    subject="Oubli mot de passe",
    date="2024-10-18T12:44:29+02:00",
    text=T("""
Bonjour,
J'ai oublié mon mot de passe pour administrer le portail e-sidoc du lycée. Je suis sur mon téléphone, je n'ai pas le numéro de l'établissement sous la main. Pouvez-vous m'envoyer la procédure ?
Merci
T. Garnier, professeur documentaliste

Envoyé depuis mon smartphone Samsung Galaxy.
"""))

add(126, "contract_documents", False, "0838255X", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
    "Since the platform migration, the consultation files (DCE) of the markets no longer appear in the buyer space.",
    frm=("Frédéric Isnard", "frederic.isnard@ac-nice.fr"), client="gmail", alt=True,
    subject="Plus aucun DCE visible depuis la migration",
    date="2024-09-23T15:36:19+02:00",
    text=T("""
Bonjour,

Sur l'ancienne plateforme je retrouvais, pour chaque marché auquel le
lycée adhère, le dossier de consultation complet (RC, CCAP, CCTP, BPU).
Sur le nouvel espace acheteur, les fiches des marchés sont là, mais la
partie documents est vide pour tous, sans exception.

Est-ce un problème de migration ou une question de droits ?

Frédéric Isnard
Gestionnaire – Lycée Rouvière, Toulon
UAI 0838255X
"""))

add(127, "automated", False, None, None, None, False, "en",
    "Exim delay warning in plain text ('has not yet been delivered', still retrying): not a failure, but automatic (null Return-Path, Mailer-Daemon, Auto-Submitted).",
    frm=("Mail Delivery System", "Mailer-Daemon@relay.lycee-hotelier-example.fr"), client="raw",
    return_path="", relay="relay.lycee-hotelier-example.fr",
    auth="dkim=none;\n\tspf=pass smtp.helo=relay.lycee-hotelier-example.fr;\n\tdmarc=none",
    subject="Warning: message 1taZ3K-0007Qx-2B delayed 4 hours",
    date="2025-01-23T14:02:31+01:00",
    extra=["Auto-Submitted: auto-replied", "X-Failed-Recipients: economat@lycee-hotelier-example.fr"],
    text=T("""
This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 4 hours on the queue on relay.lycee-hotelier-example.fr.

The message identifier is:     1taZ3K-0007Qx-2B
The subject of the message is: [#SUP-008501] Votre commande
The date of the message is:    Thu, 23 Jan 2025 09:58:10 +0100

The address to which the message has not yet been delivered is:

  economat@lycee-hotelier-example.fr
    Delay reason: SMTP error from remote mail server after initial connection:
    Connection timed out

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""), cte="7bit", charset="us-ascii")

add(128, "account_creation", False, "9764867L", "mayotte", "esidoc", False, "fr",
    "The establishment's UAI is not in the list when opening the e-sidoc customer account: the sales team must check, so a person answers; Mayotte time zone.",
    frm=("Ousseni Abdallah", "ousseni.abdallah@ac-mayotte.fr"), client="outlook", alt=True,
    subject="Notre établissement n'apparaît pas",
    date="2024-11-19T10:37:50+03:00",
    text=T("""
Bonjour,

Je veux créer le compte client du collège pour commander l'abonnement
e-sidoc. Au moment de choisir l'établissement, la recherche par UAI
(9764867L) ne donne aucun résultat, et le nom du collège non plus.
C'est un collège ouvert il y a deux ans.

Comment pouvons-nous être ajoutés ?

Ousseni Abdallah
Adjoint gestionnaire – Collège de Dembéni
"""))

add(129, "mailinblack_spam", True, "0442140M", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "Our answers to her Espace Acheteur question are held by the school's MailInBlack authentication challenge; asks how to get them through.",
    frm=("Hélène Bouchet", "helene.bouchet@ac-nantes.fr"), client="apple", cte="quoted-printable",
    subject="Vos réponses ne m'arrivent pas (MailInBlack)",
    date="2025-02-13T11:22:14+01:00",
    text=T("""
Bonjour,

Je vous ai écrit la semaine dernière au sujet d'une commande sur
l'espace acheteur et je n'ai jamais vu votre réponse. Notre référent
numérique m'explique que le collège est protégé par MailInBlack : quand
un nouvel expéditeur écrit, il reçoit une demande de validation « je ne
suis pas un robot », et tant qu'elle n'est pas faite, le message reste
bloqué.

Avez-vous reçu cette demande ? Sinon, que dois-je faire de mon côté ?

Hélène Bouchet
Collège Gutenberg, Nantes – 0442140M
"""))

add(130, "transfer_incident", False, "0122153A", "occitanie", "ecoledirecte", True, "fr",
    "Two requests: transfers to EcoleDirecte failing since the weekend (first, main) and an invoice for the licence renewal; a person must handle both.",
    frm=("Olivier Vayssettes", "o.vayssettes@saint-gabriel-rodez.fr"), client="thunderbird", cte="8bit",
    subject="Transferts en panne + facture licence",
    date="2025-04-07T08:46:09+02:00",
    text=T("""
Bonjour,

Depuis samedi, plus aucun transfert ne passe de Charlemagne vers
EcoleDirecte : le journal indique « échec d'authentification » à chaque
tentative, sans que nous ayons rien modifié. Les parents n'ont plus les
absences ni le cahier de textes.

Par ailleurs, et sans urgence, notre comptable attend toujours la
facture du renouvellement de licence de janvier.

Merci d'avance,
Olivier Vayssettes
Collège Saint-Gabriel – Rodez – 0122153A
"""))

add(131, "password_reset", True, "7202103Y", "corse", "esidoc", False, "fr",
    "The reset mail goes to a predecessor's address; the reset path (official address, else the head's written request) applies; Haute-Corse UAI prefix 720.",
    frm=("Laetitia Mattei", "laetitia.mattei@ac-corse.fr"), client="thunderbird", cte="quoted-printable",
    subject="Réinitialisation impossible",
    date="2024-09-18T10:03:37+02:00",
    text=T("""
Bonjour,

Nouvelle au lycée de Bastia, je n'ai pas le mot de passe de gestion du
portail e-sidoc. Quand j'utilise « mot de passe oublié », le message
part vers l'adresse de la personne qui occupait le poste avant moi,
partie sur le continent, et qui ne répond pas.

Est-il possible de faire envoyer le lien ailleurs ?

Laetitia Mattei
Lycée Paul Vincensini – 7202103Y
"""))

add(132, "missing_noreply_mail", True, None, "occitanie", "espace_acheteur", False, "fr",
    "The Espace Acheteur order-confirmation mails stopped arriving a month ago; no anti-spam product named; region from ac-toulouse.fr.",
    frm=("Sandra Fabre", "sandra.fabre@ac-toulouse.fr"), client="outlook", alt=True,
    subject="Confirmations de commande",
    date="2025-06-03T09:30:21+02:00",
    text=T("""
Bonjour,

Jusqu'en avril, chaque commande passée sur l'espace acheteur me valait un
mail de confirmation. Depuis début mai, plus rien, alors que les
commandes sont bien enregistrées (je les vois dans l'historique). Je
n'ai rien trouvé dans les indésirables.

Avez-vous changé l'adresse d'envoi ? Je ne sais pas quoi chercher.

Sandra Fabre, intendance
"""))

add(133, "missing_noreply_mail", True, "0932280Y", "ile-de-france", "esidoc", True, "fr",
    "Reads like a lost password, but the e-sidoc reset tool works and the new-password mail never arrives: missing_noreply_mail per the taxonomy.",
    frm=("Rachid Belhadj", "rachid.belhadj@ac-creteil.fr"), client="gmail", alt=True,
    subject="Mot de passe e-sidoc : le mail ne vient jamais",
    date="2025-01-08T14:58:46+01:00",
    text=T("""
Bonjour,

J'ai bien demandé un nouveau mot de passe pour l'administration
d'e-sidoc (collège Jean Vilar, Villetaneuse, 0932280Y). Le site confirme
à chaque fois que le message est parti vers l'adresse enregistrée,
qui est bien la mienne. Mais rien n'arrive, ni en réception ni en
indésirables, et ce depuis hier midi.

Pouvez-vous vérifier de votre côté ?

Rachid Belhadj
"""))

add(134, "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
    "English; the Espace Acheteur activation link never arrived even in spam; no anti-spam product named.",
    frm=("Megan Fraser", "megan.fraser@outlook.fr"), client="outlook_en", alt=True,
    subject="No activation link received",
    date="2024-09-26T17:13:58+02:00",
    text=T("""
Hello,

I registered on the Espace Acheteur on Monday for our school's parents'
association (we buy books for the library twice a year). The page said
I would receive an activation link by email. Three days later, nothing
in my inbox, nothing in junk or "Other".

Could you resend it, or activate the account manually?

Many thanks,
Megan Fraser
"""))

add(135, "head_of_establishment_request", False, "0138022Z", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
    "Claims to be the proviseur from the ce.<UAI> address, but DKIM/SPF/DMARC fail and the Reply-To is a free-mail address to which both admin rights should move: a probable spoof, still a head-of-establishment request for staff to refuse.",
    frm=("Proviseur Lycée Marcel Pagnol", "ce.0138022Z@ac-aix-marseille.fr"), client="raw",
    reply_to="proviseur.pagnol.marseille@gmail.com",
    relay="vps-8812.hosting-example.net",
    auth="dkim=none;\n\tspf=softfail smtp.mailfrom=ac-aix-marseille.fr;\n\tdmarc=fail (p=quarantine dis=none) header.from=ac-aix-marseille.fr",
    subject="URGENT - changement administrateur",
    date="2025-03-28T23:17:40+01:00",
    text=T("""
Bonjour,

Je suis le proviseur du lycée Marcel Pagnol. Suite à un changement
d'organisation, je vous demande de transférer immédiatement les droits
d'administrateur de structure de l'Espace Acheteur sur l'adresse
proviseur.pagnol.marseille@gmail.com, et de supprimer les autres
administrateurs.

Merci de traiter cette demande aujourd'hui et de me confirmer par
retour sur l'adresse ci-dessus.

Le proviseur
"""), cte="8bit")

add(136, "order_billing", False, None, None, "esidoc", False, "fr",
    "The head of a small private school signs, but she only asks whether the e-sidoc quote can be paid by bank card: payment means (order_billing), not a head-of-establishment request.",
    frm=("Marie Delaunay", "m.delaunay@ecole-stemarie-flers.fr"), client="gmail", alt=True,
    subject="Paiement par carte ?",
    date="2025-05-07T13:36:22+02:00",
    text=T("""
Bonjour,

Nous avons reçu votre devis pour l'abonnement e-sidoc de la BCD. Petite
école privée, nous n'avons ni Chorus ni bon d'engagement : le plus
simple pour nous serait de payer par carte bancaire, en ligne ou par
téléphone. Est-ce possible ?

Marie Delaunay
Cheffe d'établissement – École Sainte-Marie, Flers
"""))

add(137, "password_reset", True, "0579618V", "grand-est", "esidoc", False, "fr",
    "Thunderbird French forward of the new-password mail whose link is already invalid; asks to redo it.",
    frm=("Nadia Bertrand", "nadia.bertrand@ac-nancy-metz.fr"), client="thunderbird", cte="8bit",
    subject="Fwd: Votre nouveau mot de passe e-sidoc",
    date="2024-10-11T09:41:53+02:00",
    text=T("""
Bonjour,

Voici le message reçu mardi. Quand je clique sur le lien, j'arrive sur
une page « lien invalide ». Je n'ai donc toujours pas de mot de passe
pour le portail du CDI. Pouvez-vous recommencer la procédure ?

Nadia Bertrand – Collège Jean Rostand, Sarreguemines (0579618V)


-------- Message transféré --------
Sujet : 	Votre nouveau mot de passe e-sidoc
Date : 	Tue, 8 Oct 2024 17:20:04 +0200
De : 	e-sidoc <no-reply@esidoc.example.fr>
Pour : 	nadia.bertrand@ac-nancy-metz.fr

Bonjour,

Pour définir votre nouveau mot de passe, utilisez le lien suivant dans
les 12 heures : https://esidoc.example.fr/reset?t=<lien masqué>

Ceci est un message automatique.
"""))

add(138, "subscription_activation", True, "0189397S", "centre-val-de-loire", "esidoc", False, "fr",
    "Press subscription ordered this morning, asks when it will show on e-sidoc: within 72 hours.",
    frm=("Coline Baudry", "coline.baudry@ac-orleans-tours.fr"), client="roundcube", flowed=True,
    subject="délai d'activation ?",
    date="2025-06-10T11:47:10+02:00",
    text=T("""
Bonjour,

On vient de valider ce matin l'abonnement numérique à Je Bouquine pour
le CDI. Au bout de combien de temps sera-t-il consultable sur notre
portail e-sidoc ? C'est pour prévoir une séance avec les 6e avant les
vacances.

Merci !
Coline Baudry – Collège Littré, Bourges – 0189397S
"""))

add(139, "order_billing", False, "0104096Y", "grand-est", "esidoc", False, "fr",
    "The basket saved three weeks ago for the renewal has disappeared (baskets are kept a limited time).",
    frm=("Gisèle Royer", "gisele.royer@ac-reims.fr"), client="outlook", alt=True,
    subject="Panier disparu",
    date="2025-04-29T14:22:48+02:00",
    text=T("""
Bonjour,

Début avril j'avais préparé et enregistré un panier pour le
renouvellement e-sidoc et deux ressources supplémentaires, en attendant
le feu vert budgétaire. Le feu vert est arrivé, mais le panier n'est
plus là : « votre panier est vide ».

Faut-il tout refaire ? Et les tarifs seront-ils les mêmes ?

Gisèle Royer
Lycée Camille Claudel, Troyes – 0104096Y
"""))

add(140, "password_reset", True, "9740146R", "la-reunion", "esidoc", True, "fr",
    "Typed by hand like a form (labelled fields, capitals) so it looks machine-made, but a person asks for the forgotten e-sidoc password; Réunion time zone.",
    frm=("Jessica Hoarau", "jessica.hoarau@ac-reunion.fr"), client="outlook", alt=True,
    subject="DEMANDE D'ASSISTANCE - MOT DE PASSE",
    date="2024-11-27T13:05:36+04:00",
    text=T("""
DEMANDE D'ASSISTANCE

NOM : HOAREAU
PRENOM : Jessica
FONCTION : Professeure documentaliste
ETABLISSEMENT : Collège Bois-de-Nèfles, Saint-Denis
UAI : 9740146R
PRODUIT : e-sidoc (administration du portail)

OBJET : Mot de passe oublié. Je n'arrive plus à me connecter depuis
le retour des congés, merci de m'indiquer comment le réinitialiser.

Merci,
J. Hoarau
"""))

add(141, "mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
    "English; not the junk folder: the school's IT says MailInBlack is holding the Espace Acheteur mails.",
    frm=("Claire Thompson", "claire.thompson@ecole-bilingue-example.fr"), client="gmail", alt=True,
    subject="Espace Acheteur emails held by MailInBlack",
    date="2025-05-12T10:54:03+02:00",
    text=T("""
Hello,

I first thought your emails were going to spam, but they aren't there.
Our IT provider has now told me that MailInBlack is holding them back,
because your address has never been "validated" on our side.

What should we allow-list so that order confirmations from the
Espace Acheteur reach us again?

Kind regards,
Claire Thompson
Office Manager
"""))

add(142, "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "Timetables no longer pass from Charlemagne to EcoleDirecte while marks still do: a transfer incident.",
    frm=("Yves Guillou", "y.guillou@ecole-stanne-quimper.fr"), client="thunderbird", cte="quoted-printable",
    subject="Emplois du temps absents d'EcoleDirecte",
    date="2024-09-13T17:34:49+02:00",
    text=T("""
Bonjour,

Les notes et les absences arrivent bien sur EcoleDirecte, mais pas les
emplois du temps : les familles voient une semaine vide alors que tout
est saisi dans Charlemagne depuis le 2 septembre. Dans le module de
transfert, la ligne « Emplois du temps » est cochée et finit « en
erreur » sans autre détail.

Merci de regarder ce qui bloque.

Yves Guillou
Ensemble scolaire Sainte-Anne – Quimper
"""))

add(143, "missing_noreply_mail", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "A colleague gets the no-reply Espace Acheteur mails, she does not; no anti-spam product named; region from ac-grenoble.fr.",
    frm=("Manon Reynaud", "manon.reynaud@ac-grenoble.fr"), client="thunderbird", cte="8bit",
    subject="Je suis la seule à ne rien recevoir",
    date="2025-02-24T15:03:28+01:00",
    text=T("""
Bonjour,

Au service de gestion nous sommes trois sur l'espace acheteur. Mes deux
collègues reçoivent normalement les messages automatiques (alertes,
confirmations), moi jamais, alors que mon adresse est correcte dans mon
profil. J'ai vérifié les règles de tri et les indésirables.

Une idée ?

Manon Reynaud
"""))

add(144, "other", False, "0023156V", "hauts-de-france", "esidoc", True, "fr",
    "Reply on an old invoice ticket (subject still 'Facture'), but the new message is a how-to about changing the portal's logo: no category of its own, not order_billing.",
    frm=("Dominique Lemaire", "dominique.lemaire@ac-amiens.fr"), client="outlook", alt=True,
    subject="RE: [#SUP-006744] Facture abonnement",
    date="2024-11-22T11:47:05+01:00",
    reply="<SUP-006744.1730800000.7ad2c4@assistance.example.fr>",
    text=T("""
Bonjour,

Rien à voir avec la facture, qui est réglée depuis longtemps, mais je
reprends ce fil faute d'autre contact : comment remplacer le logo en
haut de notre portail e-sidoc ? Le collège a changé d'identité visuelle
et je ne trouve pas où téléverser le nouveau fichier.

Dominique Lemaire
Collège Jean Mermoz, Laon – 0023156V

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 5 novembre 2024 10:46
À : Dominique Lemaire <dominique.lemaire@ac-amiens.fr>
Objet : [#SUP-006744] Facture abonnement

Bonjour,

Votre facture a été déposée sur Chorus Pro ce jour.

Cordialement,
L'équipe d'assistance
"""))

add(145, "head_of_establishment_request", False, "9715456D", "guadeloupe", "esidoc", False, "fr",
    "The principal, from the ce.<UAI> mailbox, asks for the e-sidoc admin password to be reset at once so a departed contract librarian loses access.",
    frm=("Collège Front de Mer - Principal", "ce.9715456D@ac-guadeloupe.fr"), client="outlook", alt=True,
    subject="Demande urgente du principal - accès e-sidoc",
    date="2025-04-22T09:18:11-04:00",
    text=T("""
Madame, Monsieur,

La documentaliste contractuelle qui administrait notre portail e-sidoc
a quitté l'établissement vendredi dans des conditions difficiles. Elle
détient toujours le mot de passe administrateur.

Je vous demande, en tant que principal, de réinitialiser ce mot de
passe sans délai et d'adresser le lien à l'adresse officielle du
collège (UAI 9715456D).

Mes salutations distinguées,

Raymond Céleste
Principal – Collège Front de Mer, Le Moule
"""))

add(146, "automated", False, None, None, None, True, "fr",
    "Acknowledgement generated by a local authority's GLPI help desk in answer to our mail: no Auto-Submitted or Precedence, only the X-Mailer and the wording show it is automatic; answering would start a loop.",
    frm=("Assistance informatique collèges", "helpdesk@glpi.cd-example.fr"), client="raw",
    subject="[GLPI #0045127] Nouveau ticket - Re: [#SUP-008866] Votre demande",
    date="2025-02-17T10:05:44+01:00",
    reply="<SUP-008866.1739782800.0a77f3@assistance.example.fr>",
    extra=["X-Mailer: GLPI"],
    alt=True,
    text=T("""
Bonjour,

Votre demande a bien été enregistrée sous le numéro 0045127.

Titre : Re: [#SUP-008866] Votre demande
Statut : Nouveau
Catégorie : Messagerie
Date d'ouverture : 17-02-2025 10:05

Un technicien prendra en charge votre demande dans les meilleurs délais.
Vous pouvez suivre son avancement sur https://glpi.cd-example.fr

Ceci est un message automatique généré par GLPI, merci de ne pas y
répondre.
"""))

add(147, "password_reset", True, "0445696C", "pays-de-la-loire", "esidoc", True, "fr",
    "Account locked after several attempts; the sender's ac-rennes.fr address would give bretagne, but the UAI (Loire-Atlantique) gives pays-de-la-loire, and the UAI wins.",
    frm=("Erwan Tanguy", "erwan.tanguy@ac-rennes.fr"), client="roundcube", flowed=True,
    subject="Compte e-sidoc verrouillé",
    date="2025-05-05T08:19:14+02:00",
    text=T("""
Bonjour,

Je partage mon service entre un collège d'Ille-et-Vilaine et le
collège Jacques Prévert de Saint-Nazaire (0445696C), d'où mon adresse
de l'académie de Rennes.

C'est pour Saint-Nazaire que je vous écris : après plusieurs essais,
l'administration du portail e-sidoc m'indique que le compte est
verrouillé. Pouvez-vous le débloquer ou m'envoyer un lien de
réinitialisation ?

Erwan Tanguy
"""))

add(148, "account_creation", True, "0601164P", "hauts-de-france", "espace_acheteur", True, "fr",
    "Mentions the head only as hearsay advice; what is asked is how to open an Espace Acheteur account for the new deputy bursar: account_creation, not a head-of-establishment request.",
    frm=("Sylviane Carpentier", "sylviane.carpentier@ac-amiens.fr"), client="gmail", alt=True,
    subject="Ouverture d'un compte pour notre nouvel adjoint",
    date="2024-09-04T16:28:37+02:00",
    text=T("""
Bonjour,

Au secrétariat, on m'a dit qu'il fallait peut-être demander au chef
d'établissement une lettre pour ce genre de chose, mais il m'a répondu
que ce n'était pas nécessaire et de voir avec vous directement.

Notre nouvel adjoint gestionnaire, M. Dubois, doit pouvoir commander sur
l'espace acheteur. Comment lui ouvrir un compte ?

Sylviane Carpentier
Collège Jules Ferry, Compiègne – 0601164P
"""))

add(149, "contract_documents", False, "0218659Y", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
    "Follow-up reply (Outlook '-----Message d'origine-----'): the extension amendment of the office-supplies market is still missing after the earlier answer.",
    frm=("Jean-Luc Morot", "jean-luc.morot@ac-dijon.fr"), client="outlook_desktop", alt=True,
    subject="RE: [#SUP-008901] Avenant de prolongation introuvable",
    date="2025-03-31T10:40:58+02:00",
    reply="<SUP-008901.1742896800.6f30b2@assistance.example.fr>",
    text=T("""
Bonjour,

Une semaine après votre réponse, l'avenant de prolongation du marché de
fournitures de bureau n'apparaît toujours pas dans les documents du
marché. Je vois la mention « avenant n° 2 » dans l'historique, mais
aucun fichier n'y est attaché.

Pourriez-vous relancer ?

Jean-Luc Morot
Lycée Carnot, Dijon – 0218659Y

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 25 mars 2025 11:00
À : Jean-Luc Morot <jean-luc.morot@ac-dijon.fr>
Objet : [#SUP-008901] Avenant de prolongation introuvable

Bonjour,

Nous avons transmis votre demande au service des marchés, qui va
mettre le document en ligne.

Cordialement,
L'équipe d'assistance
"""))

add(150, "other", False, None, None, None, False, "en",
    "English partnership pitch from a US database publisher that wants its content on 'your library platform': commercial, no category.",
    frm=("Rebecca Hall", "rhall@scholarly-archives-example.com"), client="gmail", alt=True,
    subject="Partnership: adding our archives to your library platform",
    date="2025-06-05T16:22:07+02:00",
    text=T("""
Dear colleagues,

Scholarly Archives Inc. publishes curated primary-source collections
(history, civics, science) used by over 2,000 secondary schools in
North America. We are expanding into Europe and would love to make our
collections available through your library platform for French schools.

Could you point me to the right person to discuss a content
partnership? I would be happy to set up a call at your convenience.

Warm regards,
Rebecca Hall
Director of International Partnerships
"""))


# =========================================================================== output

def visible_text(raw: bytes) -> str:
    """Subject, addresses and every decoded text part: where a labelled UAI must appear."""
    import email
    import email.policy
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    chunks = [str(msg.get(k, "")) for k in ("From", "To", "Cc", "Subject")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def check(mails: list[dict]) -> None:
    numbers = [m["n"] for m in mails]
    assert numbers == list(range(1, len(mails) + 1)), "files must be numbered 1..N in order"
    for m in mails:
        lab = m["label"]
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        if lab["category"] in ("automated", "other", "head_of_establishment_request",
                               "order_billing", "contract_documents", "transfer_incident"):
            assert lab["auto_reply_ok"] is False, lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]) and lab["uai"] == lab["uai"].upper(), lab


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    check(MAILS)
    lines = []
    for m in MAILS:
        raw = build(m["n"], m["mail"])
        lab = m["label"]
        if lab["uai"]:
            assert lab["uai"].lower() in visible_text(raw).lower(), lab["file"]
        (out / lab["file"]).write_bytes(raw)
        lines.append(json.dumps(lab, ensure_ascii=False))
    (out / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the holdout8 corpus: 150 hand-written support e-mails and their labels.

Blind test set: the texts below were written without looking at the
classifier.  Standard library only; the output is deterministic.

    python3 tests/corpus/holdout8/make_holdout8.py          # write h001..h150.eml + labels.jsonl
    python3 tests/corpus/holdout8/make_holdout8.py --check  # only verify the files on disk
"""

import base64
import hashlib
import json
import os
import quopri
import random
import re
import struct
import sys
import zlib
import email
import email.policy
from datetime import timedelta
from email.header import Header
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def V(d7):
    """A valid UAI from its seven digits."""
    return d7 + LETTERS[int(d7) % 23]


def BAD(d7, shift=7):
    """The same digits with a wrong check letter (a typo)."""
    return d7 + LETTERS[(int(d7) + shift) % 23]


DESK_ADDR = "support@assistance.example.fr"
DESK = "Assistance <support@assistance.example.fr>"


# ---------------------------------------------------------------- MIME pieces

class E:
    """A MIME entity: header lines (ASCII) and an already-encoded body."""

    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def raw(self):
        head = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        body = self.body
        if body and not body.endswith(b"\n"):
            body += b"\n"
        return head + b"\n" + body


def _encode(data, cte):
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
    elif cte == "base64":
        out = base64.encodebytes(data)
    else:
        out = data
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def T(text, sub="plain", cs="utf-8", cte="quoted-printable", extra=(), params=""):
    """A text leaf.  cte: quoted-printable, base64, 8bit or 7bit."""
    data = text.encode(cs)
    if cte == "7bit":
        data.decode("ascii")
    ctype = f'text/{sub}; charset="{cs}"' + params
    return E([("Content-Type", ctype), ("Content-Transfer-Encoding", cte), *extra],
             _encode(data, cte))


def MP(sub, parts, boundary, params="", preamble=""):
    body = preamble.encode("ascii") if preamble else b""
    for p in parts:
        body += b"--" + boundary.encode("ascii") + b"\n" + p.raw()
    body += b"--" + boundary.encode("ascii") + b"--\n"
    return E([("Content-Type", f'multipart/{sub};{params}\n\tboundary="{boundary}"')], body)


def ATT(name, ctype, data, disposition="attachment", extra=()):
    try:
        name.encode("ascii")
        fn = f'filename="{name}"'
        nm = f'name="{name}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        fn = "filename*=utf-8''" + quote(name)
        nm = "name*=utf-8''" + quote(name)
    return E([("Content-Type", f"{ctype};\n\t{nm}"),
              ("Content-Disposition", f"{disposition};\n\t{fn}"),
              ("Content-Transfer-Encoding", "base64"), *extra],
             base64.encodebytes(data))


def RAW(ctype, text, extra=()):
    """A leaf sent as-is (message/delivery-status, message/rfc822 ...)."""
    return E([("Content-Type", ctype), *extra], text.encode("utf-8"))


def pdf(title):
    body = (f"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            f"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
            f"3 0 obj <</Title ({title})>> endobj\n"
            f"trailer <</Root 1 0 R /Info 3 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


def png(seed):
    w = h = 2
    rgb = hashlib.md5(seed.encode()).digest()[:3]
    raw = b"".join(b"\x00" + rgb * w for _ in range(h))

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ------------------------------------------------------------- HTML renderings

def _lines_html(text, line_fmt, blank):
    out = []
    for line in text.split("\n"):
        out.append(blank if not line.strip() else line_fmt.format(escape(line)))
    return "\n".join(out)


def html_of(text, style="plain"):
    if style == "outlook":
        inner = _lines_html(text, '<p class="MsoNormal">{}<o:p></o:p></p>',
                            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')
    if style == "gmail":
        parts, quote = [], []
        for line in text.split("\n"):
            if line.startswith(">"):
                quote.append(escape(line[1:].lstrip()))
                continue
            if quote:
                parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                             'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                             + "<br>".join(quote) + "</blockquote>")
                quote = []
            parts.append("<div>" + (escape(line) if line.strip() else "<br>") + "</div>")
        if quote:
            parts.append('<blockquote class="gmail_quote">' + "<br>".join(quote) + "</blockquote>")
        return '<div dir="ltr">' + "\n".join(parts) + "</div>\n"
    if style == "apple":
        inner = _lines_html(text, "<div>{}</div>", "<div><br></div>")
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
                '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
                'line-break: after-white-space;">' + inner + "</body></html>\n")
    if style == "zimbra":
        inner = _lines_html(text, "<div>{}</div>", "<div><br data-mce-bogus=\"1\"></div>")
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; '
                'font-size: 12pt; color: #000000">' + inner + "</div></body></html>\n")
    inner = _lines_html(text, "<p>{}</p>", "<br>")
    return "<html><body>\n" + inner + "\n</body></html>\n"


def ALT(text, style, boundary, cs="utf-8", cte="quoted-printable"):
    return MP("alternative", [T(text, cs=cs, cte=cte), T(html_of(text, style), "html", cs=cs, cte=cte)],
              boundary)


def HTML(text, style="outlook", cs="utf-8", cte="quoted-printable"):
    return T(html_of(text, style).replace("charset=utf-8", f"charset={cs}"), "html", cs=cs, cte=cte)


# --------------------------------------------------------------- the messages

MAILS = []
FIELDS = ("category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes")


def M(key, category, ok, uai, region, platform, hard, lang, notes, **spec):
    assert key not in {m["key"] for m in MAILS}, key
    MAILS.append({"key": key, "labels": dict(zip(FIELDS, (category, ok, uai, region, platform,
                                                            hard, lang, notes))), "spec": spec})


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\n", maxlinelen=76)


def who(name, addr):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")


def _h(key, n=8):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def _relay(domain, key):
    d = int(_h(key + "ip", 4), 16)
    ip = ["192.0.2.", "198.51.100.", "203.0.113."][d % 3] + str(d % 250 + 3)
    if domain in ("gmail.com", "googlemail.com"):
        return f"mail-wr1-f{d % 90 + 10}.google.com", ip
    if domain in ("outlook.fr", "hotmail.fr", "hotmail.com", "outlook.com", "live.fr"):
        return f"mail-db{d % 9 + 1}eur03on2{d % 900 + 100}.outbound.protection.outlook.com", ip
    if domain in ("orange.fr", "wanadoo.fr"):
        return f"smtp-{d % 30 + 10}.smtp.orange.fr", ip
    if domain in ("laposte.net", "free.fr", "sfr.fr"):
        return f"smtp{d % 5 + 1}.{domain}", ip
    if domain.startswith("ac-"):
        return f"smtp{d % 3 + 1}.{domain}", ip
    if domain.startswith(("mail.", "mx.", "smtp.")):
        return domain, ip
    return f"mail.{domain}", ip


def build(num, item):
    s = dict(item["spec"])
    key = item["key"]
    name, addr = s.pop("frm")
    domain = addr.split("@")[1].lower()
    date = s.pop("date")
    dt = parsedate_to_datetime(date)
    rdate = format_datetime(dt + timedelta(seconds=int(_h(key + "d", 2), 16) % 50 + 2))
    to = s.pop("to", DESK)
    rcpt = re.search(r"<([^>]+)>", to)
    rcpt = rcpt.group(1) if rcpt else to
    if not rcpt.endswith("@assistance.example.fr"):
        rcpt = DESK_ADDR   # list mail: delivered to the desk as a subscriber
    ret = s.pop("ret", addr)
    host, ip = s.pop("relay", None) or _relay(domain, key)
    auth = s.pop("auth", None)
    if auth is None:
        auth = (f"dkim=pass (2048-bit key) header.d={domain};\n\tspf=pass smtp.mailfrom={domain};"
                f"\n\tdmarc=pass (p=none dis=none) header.from={domain}")
    elif auth == "nodkim":
        auth = (f"dkim=none;\n\tspf=pass smtp.mailfrom={domain};\n\tdmarc=none")
    qid = "4" + _h(key + "q", 13).upper()
    head = [("Return-Path", f"<{ret}>"),
            ("Delivered-To", rcpt),
            ("Received", f"from {host} ({host} [{ip}])\n\tby mx1.assistance.example.fr (Postfix) "
                         f"with ESMTPS id {qid}\n\tfor <{rcpt}>; {rdate}"),
            ("Authentication-Results", f"mx1.assistance.example.fr;\n\t{auth}"),
            ("From", who(name, addr))]
    if s.get("reply_to"):
        head.append(("Reply-To", s.pop("reply_to")))
    head.append(("To", to))
    if s.get("cc"):
        head.append(("Cc", s.pop("cc")))
    head.append(("Subject", hdr(s.pop("subject"))))
    head.append(("Date", date))
    mid = s.pop("msgid", None) or f"<{_h(key, 16)}.{_h(key + 'm', 6)}@{domain}>"
    head.append(("Message-ID", mid))
    if s.get("irt"):
        irt = s.pop("irt")
        head.append(("In-Reply-To", irt))
        head.append(("References", s.pop("refs", irt)))
    for k, v in s.pop("extra", ()):
        head.append((k, v))
    body = s.pop("body")
    s.pop("reply_to", None)
    s.pop("cc", None)
    assert not s, (key, s)
    head.append(("MIME-Version", "1.0"))
    return E(head + body.headers, body.body).raw()


# -------------------------------------------------------- common header sets

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")]
OUTLOOK_EN = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-gb")]
THUNDERBIRD = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]
TB_EN = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF128 (Win)/9.0.0_ZEXTRAS_20240927)")]
IPHONE = [("X-Mailer", "iPhone Mail (21H16)")]
IPAD = [("X-Mailer", "iPad Mail (21G93)")]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
WEBMAIL_ORANGE = [("X-Mailer", "Orange Mail")]


# ============================================================ password_reset

u = V("0381627")
M("P01", "password_reset", True, u, "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Back from maternity leave, the librarian's e-sidoc admin password no longer works; UAI given as the login: the reset path applies.",
  frm=("Sandrine Vallet", "sandrine.vallet@ac-grenoble.fr"),
  subject="Accès administration e-sidoc",
  date="Tue, 05 Nov 2024 08:17:44 +0100",
  extra=THUNDERBIRD,
  body=T(f"""Bonjour,

De retour de congé maternité depuis lundi, je découvre que je ne peux plus
entrer dans la partie administration de notre portail e-sidoc. Le mot de
passe que j'avais noté dans mon carnet est refusé ; ma remplaçante l'a
peut-être modifié, mais elle a quitté l'établissement sans laisser de
consignes et je n'arrive pas à la joindre.

Comment puis-je en obtenir un nouveau ? Si j'ai bien compris, l'identifiant
est le numéro UAI du collège : {u}.

Je vous remercie par avance,

--
Sandrine Vallet
Professeure documentaliste
Collège Les Saules - 38500 Voiron
04 76 05 12 88
"""))

u = V("0597314")
M("P02", "password_reset", True, u, "hauts-de-france", "esidoc", False, "fr",
  "Short iPhone message: forgotten e-sidoc back-office password, UAI given as 'RNE'.",
  frm=("Martine Lefort", "mlefort59@orange.fr"),
  subject="mdp e-sidoc",
  date="Wed, 11 Sep 2024 21:48:02 +0200",
  extra=IPHONE,
  body=T(f"""Bonjour impossible de me connecter au back office e-sidoc du lycée j'ai oublié le mot de passe.
RNE {u}
Merci de me dire comment faire

Envoyé de mon iPhone"""))

u = V("0781904")
M("P03", "password_reset", True, u, "ile-de-france", "esidoc", False, "en",
  "English: the librarian forgot the e-sidoc back-office password and gives the UAI as the username.",
  frm=("Rebecca Holt", "rebecca.holt@ac-versailles.fr"),
  subject="Forgotten password - library portal",
  date="Thu, 19 Sep 2024 13:05:51 +0200",
  extra=OUTLOOK_EN,
  body=T(f"""Hello,

I am the teacher-librarian for the British section of our lycée and I
have been locked out of the back office of our e-sidoc library portal:
I simply can't remember the password I set in June.

The username should be the school's code, {u}. Could you please tell me
how to get a new password? I need to add the new intake's reading lists
before the end of the month.

Many thanks,

Rebecca Holt
Teacher-librarian, British Section
Lycée international - Saint-Germain-en-Laye
"""))

M("P04", "password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Buyer's Espace Acheteur account locked after failed attempts; asks to unlock or get a new password; town-hall sender, no UAI, no académie domain.",
  frm=("Thierry Maurel", "t.maurel@ville-lambesc.fr"),
  subject="Compte bloqué Espace Acheteur",
  date="Mon, 14 Oct 2024 09:32:10 +0200",
  extra=OUTLOOK,
  auth="nodkim",
  body=ALT("""Bonjour,

Ce matin, après plusieurs essais ratés (j'étais sur le poste d'une collègue
avec un clavier configuré en qwerty, je m'en suis aperçu trop tard), mon
accès à l'Espace Acheteur s'est bloqué.

Je dois passer commande des fournitures pour les écoles de la commune avant
vendredi. Pouvez-vous débloquer le compte, ou m'envoyer de quoi refaire un
mot de passe ?

Cordialement,

Thierry Maurel
Service de la commande publique
Mairie de Lambesc
04 42 17 00 61
""", "outlook", "----=_NextPart_000_0017_01DB1E1A.6C2B8F40"))

u = V("0442816")
M("P05", "password_reset", True, u, "pays-de-la-loire", "esidoc", False, "fr",
  "The reset link expired before it was used; asks for a new one; personal Gmail, region from the UAI.",
  frm=("Nadia Berrada", "nadia.berrada.doc@gmail.com"),
  subject="Lien expiré",
  date="Thu, 23 Jan 2025 19:41:37 +0100",
  msgid="<CAF7d1qU8mZ3xL0pQe2vN6yK4rT9bW1sH5gJ8aD2cE7fR3uV6w@mail.gmail.com>",
  body=ALT(f"""Bonsoir,

J'ai demandé hier un nouveau mot de passe pour le portail e-sidoc du lycée.
Le message est bien arrivé, mais je ne l'ai ouvert que ce soir et la page me
dit que le lien a expiré.

Serait-il possible d'en recevoir un autre ? Je suis au CDI demain de 8 h à
12 h, je pourrai l'utiliser tout de suite.

Lycée professionnel Jules Verne, UAI {u}

Bonne soirée,
Nadia Berrada
""", "gmail", "000000000000a4c1b80624e7f2d1"))

u = V("0351842")
M("P06", "password_reset", True, u, "bretagne", "esidoc", True, "fr",
  "Reply on a subscription ticket (subject names it) that says the resource is now visible and asks for a new e-sidoc password: the new request changes the category.",
  frm=("Gwenaëlle Le Floch", "gwenaelle.le-floch@ac-rennes.fr"),
  subject="RE: [#SUP-006120] Abonnement Europresse non visible",
  date="Fri, 29 Nov 2024 11:02:45 +0100",
  irt="<SUP-006120.1732710000.b81c4e@assistance.example.fr>",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

Merci, d'après ma collègue l'abonnement apparaît bien maintenant.

Par contre, de mon côté, je ne peux plus me connecter du tout à
l'administration du portail : le mot de passe que j'utilisais depuis la
rentrée est refusé. Pourriez-vous me renvoyer un lien pour en choisir un
nouveau ?

Cordialement,

Gwenaëlle Le Floch
Professeure documentaliste - Collège Jacques Prévert (UAI {u})

De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 27 novembre 2024 13:20
À : Le Floch Gwenaëlle <gwenaelle.le-floch@ac-rennes.fr>
Objet : [#SUP-006120] Abonnement Europresse non visible

Bonjour,

Votre abonnement a été activé ce jour. Il peut être nécessaire de vider le
cache du navigateur pour le voir apparaître dans « Mes abonnements ».

Cordialement,
L'équipe d'assistance
"""))

u = V("0211378")
M("P07", "password_reset", False, u, "bourgogne-franche-comte", "esidoc", True, "fr",
  "Two requests: a forgotten e-sidoc password (first) and a quote for the renewal (order_billing); one template would answer only half.",
  frm=("Hélène Marchetti", "helene.marchetti@ac-dijon.fr"),
  subject="Deux questions",
  date="Mon, 04 Nov 2024 14:26:19 +0100",
  extra=ZIMBRA,
  body=ALT(f"""Bonjour,

J'ai deux demandes, pardon de les regrouper.

1) Je n'arrive plus à me connecter à e-sidoc. J'ai changé le mot de passe
en juin et je ne me souviens plus de ce que j'avais mis. L'UAI du collège
est {u}.

2) Notre gestionnaire me réclame un devis pour le renouvellement
d'Universalis, qu'elle doit présenter au conseil d'administration du
14 novembre. Pouvez-vous nous l'envoyer ?

Merci beaucoup,

Hélène Marchetti
Documentaliste, collège Gaston Roupnel
""", "zimbra", "=_3e9b1c52-77d4-4a0e-9f51-2b6d0c8e4a17"))

M("P08", "password_reset", True, None, "normandie", "espace_acheteur", False, "fr",
  "A newly arrived gestionnaire knows neither the Espace Acheteur login nor the password; no UAI, region from the ac-normandie.fr sender.",
  frm=("Olivier Ganne", "olivier.ganne@ac-normandie.fr"),
  subject="Identifiants espace acheteur",
  date="Tue, 03 Sep 2024 10:11:56 +0200",
  extra=OUTLOOK,
  body=HTML("""Madame, Monsieur,

Arrivé au 1er septembre par mutation comme adjoint gestionnaire, je dois
reprendre les achats passés par la centrale. Mon prédécesseur est parti à
la retraite et n'a rien laissé par écrit : je ne connais ni l'identifiant
ni le mot de passe de l'établissement sur l'Espace Acheteur.

Pouvez-vous m'indiquer la marche à suivre pour récupérer ces accès ?

Bien cordialement,

Olivier Ganne
Adjoint gestionnaire
Lycée Jean Rostand - Caen
""", "outlook"))

u = V("0171245")
M("P09", "password_reset", True, u, "nouvelle-aquitaine", "esidoc", True, "fr",
  "The UAI appears only in the lower-case ce.<UAI>@ac-poitiers.fr sender; the school office asks for the reset link on that official address.",
  frm=("Secrétariat collège", f"ce.{u.lower()}@ac-poitiers.fr"),
  subject="Demande de lien pour le portail documentaire",
  date="Thu, 10 Oct 2024 15:47:03 +0200",
  extra=ZIMBRA,
  body=T("""Bonjour,

Le secrétariat vous écrit pour Mme Perrot, professeure documentaliste, qui
ne parvient plus à se connecter au portail e-sidoc : elle a perdu son mot de
passe.

Pourriez-vous envoyer le lien de réinitialisation sur cette adresse ? Nous
le lui transmettrons dès réception.

Merci et bonne journée.

Le secrétariat
"""))

bad = BAD("0621508")
M("P10", "password_reset", True, None, None, "esidoc", True, "fr",
  f"The code {bad} has a wrong check letter (the digits give {V('0621508')}), so no UAI; personal Hotmail sender, so no region either; a plain lost password.",
  frm=("Julien Caron", "julien.caron62@hotmail.fr"),
  subject="Mot de passe perdu portail CDI",
  date="Mon, 17 Mar 2025 07:58:29 +0100",
  extra=[("X-Mailer", "Microsoft Outlook 16.0")],
  body=T(f"""Bonjour,

Je suis le nouveau documentaliste contractuel du collège Pasteur à Lens,
arrivé en remplacement il y a quinze jours. Je n'ai pas le mot de passe pour
administrer e-sidoc et personne ici ne le connaît.

Le code établissement est le {bad}.

Pouvez-vous m'aider ? Je vous écris de mon adresse personnelle car je n'ai
pas encore reçu mon adresse académique.

Julien Caron
"""))

M("P11", "password_reset", True, None, None, "espace_acheteur", False, "en",
  "English: the Espace Acheteur password expired and the old one, needed to change it, is forgotten.",
  frm=("Fiona McAllister", "finance@ecole-internationale-bellevue.fr"),
  subject="Expired password - cannot log in",
  date="Wed, 08 Jan 2025 16:20:14 +0100",
  extra=OUTLOOK_EN,
  auth="nodkim",
  body=ALT("""Good afternoon,

When I tried to log in to the Espace Acheteur this afternoon I got a message
saying my password had expired and that I had to choose a new one. The form
asks for the current password first, and I'm afraid I don't remember it
(it's been months since I last placed an order).

Could you send me a link so I can set a new one?

Kind regards,

Fiona McAllister
Bursar
École Internationale Bellevue
""", "outlook", "----=_NextPart_000_00A2_01DB61E3.55B1C0E0"))

u = V("0492113")
M("P12", "password_reset", False, u, "pays-de-la-loire", "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administrator password for the school's own space (not a transfer or maintenance problem); no reset template exists for this product, so a person answers.",
  frm=("Secrétariat de direction", "secretariat.direction@ensemble-saint-joseph-cholet.fr"),
  subject="Perte du mot de passe administrateur EcoleDirecte",
  date="Tue, 27 Aug 2024 10:36:40 +0200",
  extra=THUNDERBIRD,
  auth="nodkim",
  body=T(f"""Bonjour,

Nous préparons la rentrée et nous ne retrouvons plus le mot de passe du
compte administrateur d'EcoleDirecte, celui qui permet de créer les comptes
des nouveaux enseignants. La personne qui s'en occupait a quitté
l'établissement en juillet.

Les remontées de notes et d'absences, elles, fonctionnent normalement, le
souci est uniquement cet accès.

Comment pouvons-nous récupérer la main ?

Bien à vous,

Christine Humeau
Secrétariat de direction
Ensemble scolaire Saint-Joseph - Cholet
UAI {u}
"""))

u = V("0921437")
M("P13", "password_reset", True, u, "ile-de-france", "esidoc", False, "fr",
  "Outlook 'TR:' forward of the reset mail: the link is reported invalid; asks for a new one.",
  frm=("Fabienne Roux", "fabienne.roux@ac-versailles.fr"),
  subject="TR: Réinitialisation de votre mot de passe",
  date="Tue, 08 Oct 2024 08:24:12 +0200",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

Je vous transfère le message reçu ce matin. Quand je clique sur le lien, la
page affiche « lien invalide ou déjà utilisé ». Je n'ai pourtant cliqué
qu'une fois (enfin, je crois... peut-être deux).

Pouvez-vous m'en envoyer un autre ?

Merci,
Fabienne Roux
CDI - Lycée Michelet, Vanves - {u}

-----Message d'origine-----
De : e-sidoc <no-reply@esidoc.example.fr>
Envoyé : mardi 8 octobre 2024 07:58
À : Roux Fabienne <fabienne.roux@ac-versailles.fr>
Objet : Réinitialisation de votre mot de passe

Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le compte
{u}. Cliquez sur le lien ci-dessous pour choisir un nouveau mot de passe :

https://esidoc.example.fr/reset?t=3f9a0c77e2b14d1c

Ce lien est valable 12 heures.
"""))

u = V("9720415")
M("P14", "password_reset", True, u, "martinique", "esidoc", False, "fr",
  "Long, worried message before the June CDI inventory: the e-sidoc password is lost after several attempts; clear reset request; Martinique time zone.",
  frm=("Josiane Édouard-Marie", "josiane.edouard-marie@ac-martinique.fr"),
  subject="Urgent : plus d'accès à e-sidoc avant l'inventaire",
  date="Mon, 02 Jun 2025 06:52:31 -0400",
  extra=OUTLOOK,
  body=ALT(f"""Bonjour Madame, Monsieur,

Je me permets de vous écrire car je suis vraiment dans l'embarras.

Je suis professeure documentaliste au collège Aimé Césaire depuis six ans.
Nous commençons la semaine prochaine l'inventaire du CDI, que je fais
chaque année en juin avec deux collègues et les élèves du club lecture.
Pour cela j'ai besoin d'entrer dans la partie professionnelle du portail
e-sidoc, et depuis vendredi je n'y arrive plus.

J'ai essayé l'ancien mot de passe, puis celui que j'utilise pour la
messagerie, puis deux ou trois variantes ; au bout d'un moment on m'a
indiqué que trop de tentatives avaient été faites. J'ai aussi essayé de me
connecter avec mon adresse académique, puis avec l'adresse du CDI, sans plus
de succès. Je ne sais plus quelle adresse a été donnée au moment de la
création du compte : c'était avant mon arrivée.

Notre principal est en déplacement cette semaine, je ne voudrais pas
attendre son retour si ce n'est pas nécessaire.

Le code UAI du collège est {u}. Est-il possible de recevoir un lien pour
refaire un mot de passe ? Je vous en serais très reconnaissante.

Avec mes remerciements et mes excuses pour ce long message,

Josiane Édouard-Marie
Professeure documentaliste
Collège Aimé Césaire - Le Lamentin
0596 51 22 09
""", "outlook", "----=_NextPart_000_0031_01DBD3A1.0E6F7C20"))

u = V("0312774")
M("P15", "password_reset", True, u, "occitanie", "esidoc", False, "fr",
  "The reset mail goes to the retired predecessor's address; the official-address / head-of-establishment path of the reset answer applies.",
  frm=("Mathieu Sabatier", "mathieu.sabatier@ac-toulouse.fr"),
  subject="Mot de passe e-sidoc - adresse de l'ancienne documentaliste",
  date="Fri, 13 Sep 2024 17:09:48 +0200",
  extra=ZIMBRA,
  body=T(f"""Bonjour,

Je viens de prendre le poste de documentaliste au lycée Déodat de Séverac
({u}). Quand je clique sur « mot de passe oublié » sur e-sidoc, le message
part vers l'adresse de ma prédécesseure, Mme Cazals, qui est partie à la
retraite en juillet : elle n'a plus accès à sa messagerie.

Comment faire pour que le mot de passe puisse être changé ?

Cordialement,
Mathieu Sabatier
"""))

u = V("0761903")
M("P16", "password_reset", False, u, "normandie", "esidoc", False, "fr",
  "Lost password, but she asks for the link on her personal Gmail address, which is not on file: never sent automatically, a person answers.",
  frm=("Claire Duval", "claire.duval.76@gmail.com"),
  subject="mot de passe e-sidoc à envoyer sur mon adresse perso",
  date="Sat, 12 Oct 2024 10:14:05 +0200",
  msgid="<CAK2x9Lm4aQ8vT0cYp7fH1nW3zR6sB9dE5gJ2kU8oI4tA1yX0q@mail.gmail.com>",
  body=ALT(f"""Bonjour,

J'ai oublié le mot de passe d'administration du portail e-sidoc du collège
(UAI {u}). Le souci, c'est que je n'arrive pas non plus à lire la boîte
mail du collège depuis chez moi, et que je ne serai pas sur place avant
jeudi.

Pourriez-vous exceptionnellement m'envoyer le lien sur cette adresse
personnelle ? Ce serait plus simple pour tout le monde.

Merci d'avance,
Claire Duval, documentaliste
""", "gmail", "000000000000f3b7aa0624a1c2d9"))

M("P17", "password_reset", True, None, "grand-est", "esidoc", False, "fr",
  "Two-line Samsung message: forgotten e-sidoc password, no UAI; region from the ac-strasbourg.fr sender.",
  frm=("Pascale Wurtz", "pascale.wurtz@ac-strasbourg.fr"),
  subject="e-sidoc",
  date="Wed, 02 Apr 2025 12:31:58 +0200",
  body=ALT("""Bonjour j'ai oublié le mot de passe e-sidoc du collège Jean Macé. Pouvez vous m'aider svp ?

Envoyé depuis mon smartphone Samsung Galaxy.""", "plain", "--_com.samsung.android.email_2184406591728835",
  cte="base64"))

u = V("0801692")
M("P18", "password_reset", False, u, "hauts-de-france", "esidoc", False, "fr",
  "Reply (Thunderbird French quote) to the automatic reset answer: the link went to the mailbox of the school before its merger, which nobody reads; the automatic path has failed, a person must take over.",
  frm=("Bertrand Leleu", "bertrand.leleu@ac-amiens.fr"),
  subject="Re: [#SUP-005847] Mot de passe e-sidoc",
  date="Thu, 14 Nov 2024 11:40:22 +0100",
  irt="<SUP-005847.1731573120.4e0d2a@assistance.example.fr>",
  extra=THUNDERBIRD,
  body=T(f"""Bonjour,

Merci pour la réponse rapide, mais le lien est parti vers c***@ac-****.fr :
d'après le secrétariat, c'est l'adresse de l'ancien collège Saint-Exupéry,
qui a fusionné avec le nôtre en 2023. Plus personne ne relève cette boîte.
Nous n'avons donc toujours pas de mot de passe.

Que pouvons-nous faire ?

Bertrand Leleu

Le 14/11/2024 à 09:32, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> l'établissement {u} (c***@ac-****.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
"""))

u = V("0241356")
M("P19", "password_reset", True, u, "nouvelle-aquitaine", "esidoc", False, "fr",
  "The département's IT service writes for a collège librarian who lost the e-sidoc password; UAI given: the reset goes to the address on file, so the automatic answer is safe.",
  frm=("Assistance informatique des collèges", "assistance-colleges@dordogne-numerique.fr"),
  subject="Collège de Thiviers - perte mot de passe e-sidoc",
  date="Tue, 21 Jan 2025 09:05:33 +0100",
  extra=OUTLOOK,
  auth="nodkim",
  body=T(f"""Bonjour,

Nous intervenons pour le compte du collège Léonce Bourliaguet de Thiviers
(UAI : {u}). La documentaliste, Mme Lacoste, n'a plus le mot de passe
d'administration d'e-sidoc et nous a sollicités, pensant que c'était un
compte géré par le Département. Ce n'est pas le cas, d'où ce message.

Pouvez-vous procéder à la réinitialisation selon votre procédure habituelle ?

Cordialement,

Kévin Delpech
Assistance informatique des collèges
Direction du numérique - Département
"""))

M("P20", "password_reset", True, None, "grand-est", "ticket_portal", False, "fr",
  "Forgotten password for the ticket portal where she follows her requests; region from the ac-nancy-metz.fr sender.",
  frm=("Aurélie Schmitt", "aurelie.schmitt@ac-nancy-metz.fr"),
  subject="Connexion au portail de suivi des demandes",
  date="Thu, 06 Feb 2025 14:12:27 +0100",
  extra=ZIMBRA,
  body=T("""Bonjour,

Je ne parviens plus à me connecter au portail où l'on suit les tickets
d'assistance : j'ai oublié mon mot de passe et la page ne me propose rien
d'autre que de recommencer.

Pouvez-vous me le réinitialiser ?

Merci,
Aurélie Schmitt
Gestionnaire matériel - Lycée Henri Poincaré
"""))

u = V("0133518")
M("P21", "password_reset", True, u, "provence-alpes-cote-d-azur", "esidoc", False, "en",
  "English: the account is locked after the password expired; UAI only in the subject line.",
  frm=("Daniel Ortiz", "daniel.ortiz.lib@gmail.com"),
  subject=f"Locked out - {u}",
  date="Mon, 10 Mar 2025 08:03:41 +0100",
  msgid="<CAH9pR3bM1xW7nK5qT2vE8cY0dL4aF6sJ3gU9iO1zB7rN5mQ2e@mail.gmail.com>",
  body=ALT("""Hi,

My e-sidoc password expired over the weekend and after a few attempts to
change it the back office now says the account is locked.

Could you unlock it or send me a link to reset the password?

Thanks a lot,
Daniel Ortiz
Librarian
""", "gmail", "000000000000b20c6e0630c1f4a8"))

u = V("0601388")
M("P22", "password_reset", True, u, "hauts-de-france", "espace_acheteur", True, "fr",
  "HTML-only Outlook: the gestionnaire lost the Espace Acheteur password before the year-end closing; invoices and Chorus are mentioned only as the reason for the hurry.",
  frm=("Intendance Lycée Cassini", f"int.{u}@ac-amiens.fr"),
  subject="Perte du mot de passe - clôture de l'exercice",
  date="Thu, 12 Dec 2024 16:44:09 +0100",
  extra=OUTLOOK,
  body=HTML(f"""Bonjour,

Je dois absolument valider plusieurs commandes et vérifier les factures
correspondantes avant la clôture de l'exercice, mais je n'ai plus le mot
de passe de l'Espace Acheteur : celui que j'avais enregistré dans le
navigateur a disparu avec le changement de poste informatique.

Les factures elles-mêmes ne posent pas de problème (elles arrivent bien sur
Chorus), c'est seulement l'accès qui me manque.

Pouvez-vous m'envoyer un lien de réinitialisation ?

Cordialement,

Véronique Dufour
Gestionnaire
Lycée Cassini - Clermont
UAI {u}
""", "outlook"))

u = V("0352961")
M("P23", "password_reset", True, u, "bretagne", "esidoc", False, "fr",
  "A trainee librarian never had the e-sidoc password ('on ne me l'a jamais donné'); UAI in the body.",
  frm=("Léa Guillou", "lea.guillou@ac-rennes.fr"),
  subject="Mot de passe jamais reçu",
  date="Mon, 23 Sep 2024 18:22:50 +0200",
  extra=IPAD,
  body=T(f"""Bonjour,

Je suis professeure documentaliste stagiaire au collège des Gayeulles
(UAI {u}). Mon tuteur m'a demandé de mettre à jour les nouveautés sur
e-sidoc, mais je n'ai jamais eu le mot de passe : on ne me l'a jamais
transmis et mon tuteur ne l'a pas non plus.

Comment l'obtenir ?

Merci !
Léa Guillou

Envoyé de mon iPad"""))

u = V("0641529")
M("P24", "password_reset", True, u, "nouvelle-aquitaine", "esidoc", True, "fr",
  "Hearsay about the head-of-establishment procedure, but the sender (not the head) only asks for the reset link on the school's official address: password_reset.",
  frm=("Maïté Etcheverry", "maite.etcheverry@ac-bordeaux.fr"),
  subject="Réinitialisation e-sidoc",
  date="Wed, 15 Jan 2025 13:37:16 +0100",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

Une collègue d'un autre collège m'a dit que, si l'adresse enregistrée
n'était plus la bonne, il fallait que la principale vous écrive
elle-même. Je n'en suis pas encore là : pour l'instant je voudrais
simplement que vous envoyiez un lien de réinitialisation du mot de passe
e-sidoc sur l'adresse officielle du collège, que le secrétariat me fera
suivre.

Collège Jean Rostand, Anglet - UAI {u}

Merci d'avance,
Maïté Etcheverry
Professeure documentaliste
"""))


# ================================================================= automated

M("A01", "automated", False, None, "ile-de-france", None, False, "fr",
  "Exchange out-of-office in French with Auto-Submitted and X-Auto-Response-Suppress; region from the ac-versailles.fr sender.",
  frm=("Laurent Bessière", "laurent.bessiere@ac-versailles.fr"),
  subject="Réponse automatique : [#SUP-005812] Votre demande",
  date="Mon, 28 Oct 2024 09:14:02 +0100",
  irt="<SUP-005812.1730103200.91ab3c@assistance.example.fr>",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "laurent.bessiere@ac-versailles.fr"),
         ("Content-Language", "fr-FR")],
  body=ALT("""Bonjour,

Je suis absent jusqu'au lundi 4 novembre inclus (vacances de la Toussaint).
Pour toute question urgente relative à l'intendance, vous pouvez joindre le
secrétariat au 01 39 55 20 14.

Laurent Bessière
Adjoint gestionnaire
""", "outlook", "_000_PR1P264MB3121A7C0E2F54B1AB8E0B7A1C2D3PR1P264MB3121FRAP_"))

M("A02", "automated", False, None, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied) from a personal address.",
  frm=("Hannah Whitfield", "hannah.whitfield.cdi@gmail.com"),
  subject="Away until 18 October",
  date="Tue, 08 Oct 2024 14:02:19 +0200",
  irt="<SUP-005688.1728388800.6d2f10@assistance.example.fr>",
  msgid="<CAJ4vacation.7f1e2d3c4b5a6978@mail.gmail.com>",
  extra=[("Auto-Submitted", "auto-replied")],
  body=ALT("""Hello,

Thank you for your message. I am on a school trip to Edinburgh with our
Year 10 students until 18 October and will have very limited access to
email. I will reply as soon as I can after my return.

Hannah Whitfield
""", "gmail", "0000000000004e9d110624c0a7b3"))

M("A03", "automated", False, None, "occitanie", None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, only the wording shows it is automatic; region from the ac-montpellier.fr sender.",
  frm=("Agnès Roques", "agnes.roques@ac-montpellier.fr"),
  subject="Absence du CDI - Re: [#SUP-006233] Votre demande",
  date="Sat, 21 Dec 2024 08:00:37 +0100",
  extra=THUNDERBIRD,
  body=T("""Bonjour,

Je suis absente du 21 décembre au 5 janvier inclus. Votre message ne sera
pas transféré ; je le lirai à mon retour.

Bonnes fêtes de fin d'année !

Agnès Roques
CDI - Collège Las Cazes
"""))

M("A04", "automated", False, None, None, None, False, "en",
  "Old-style vacation(1) responder: only 'Precedence: junk' and the wording mark it as automatic.",
  frm=("Peter Langley", "plangley@mail.bilingual-school-lyon.org"),
  subject="away from my mail",
  date="Fri, 21 Feb 2025 17:45:00 +0100",
  auth="nodkim",
  extra=[("Precedence", "junk")],
  body=T("""I will not be reading my mail until Monday 3 March.
Your mail regarding "[#SUP-006790] Subscription renewal" will be read when
I'm back.

-- Peter Langley
""", cte="7bit"))

orig05 = """Received: from mx1.assistance.example.fr (mx1.assistance.example.fr [192.0.2.25])
\tby mx.lycee-vauban-auxerre.fr (8.15.2/8.15.2) with ESMTPS id 51AEx3Kq002211
\tfor <p.gauthier@lycee-vauban-auxerre.fr>; Mon, 10 Feb 2025 15:33:04 +0100
From: Assistance <support@assistance.example.fr>
To: p.gauthier@lycee-vauban-auxerre.fr
Subject: [#SUP-006544] Votre devis
Date: Mon, 10 Feb 2025 15:33:01 +0100
Message-ID: <SUP-006544.1739197981.c0de11@assistance.example.fr>
Auto-Submitted: auto-replied
"""
M("A05", "automated", False, None, None, None, False, "en",
  "Sendmail bounce as multipart/report (delivery-status, returned headers only) with a null Return-Path.",
  frm=("Mail Delivery Subsystem", "MAILER-DAEMON@mx.lycee-vauban-auxerre.fr"),
  ret="",
  subject="Returned mail: see transcript for details",
  date="Mon, 10 Feb 2025 15:33:05 +0100",
  auth="dkim=none;\n\tspf=none smtp.mailfrom=<>;\n\tdmarc=none",
  body=MP("report", [
      T("""The original message was received at Mon, 10 Feb 2025 15:33:04 +0100
from mx1.assistance.example.fr [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<p.gauthier@lycee-vauban-auxerre.fr>
    (reason: 550 5.1.1 <p.gauthier@lycee-vauban-auxerre.fr>... User unknown)

   ----- Transcript of session follows -----
... while talking to local mailer:
550 5.1.1 <p.gauthier@lycee-vauban-auxerre.fr>... User unknown
""", cs="us-ascii", cte="7bit"),
      RAW("message/delivery-status", """Reporting-MTA: dns; mx.lycee-vauban-auxerre.fr
Received-From-MTA: DNS; mx1.assistance.example.fr
Arrival-Date: Mon, 10 Feb 2025 15:33:04 +0100

Final-Recipient: RFC822; p.gauthier@lycee-vauban-auxerre.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: SMTP; 550 5.1.1 User unknown
Last-Attempt-Date: Mon, 10 Feb 2025 15:33:05 +0100
"""),
      RAW("text/rfc822-headers", orig05)],
      "51AEx5Kq002212.1739197985/mx.lycee-vauban-auxerre.fr", params=" report-type=delivery-status;",
      preamble="This is a MIME-encapsulated message\n\n"))

orig06 = """From: Assistance <support@assistance.example.fr>
To: =?utf-8?q?Fran=C3=A7oise_Hubert?= <francoise.hubert@colleges53.fr>
Subject: [#SUP-006101] Mail de confirmation non reçu
Date: Tue, 26 Nov 2024 10:12:00 +0100
Message-ID: <SUP-006101.1732612320.77aa01@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Pensez à vérifier votre dossier « courrier indésirable » et à ajouter
l'adresse d'envoi à vos expéditeurs approuvés.

L'équipe d'assistance
"""
M("A06", "automated", False, None, None, None, False, "fr",
  "Exchange non-delivery report in French ('Non remis :', mailbox full): multipart/report with an HTML explanation, the status and the returned message.",
  frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@colleges53.fr"),
  ret="",
  subject="Non remis : [#SUP-006101] Mail de confirmation non reçu",
  date="Tue, 26 Nov 2024 10:12:09 +0100",
  auth="dkim=pass (2048-bit key) header.d=colleges53.fr;\n\tspf=pass smtp.helo=colleges53.fr;\n\tdmarc=none",
  extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
         ("Content-Language", "fr-FR")],
  body=MP("report", [
      MP("alternative", [
          T("""Votre message n'a pas pu être remis à francoise.hubert@colleges53.fr,
car la boîte aux lettres du destinataire est pleine.

Action requise par le destinataire : libérer de l'espace dans sa boîte aux
lettres.
"""),
          T("""<html><body><p style="font-family:Segoe UI;font-size:16px">Votre message n'a pas pu
être remis à <b>francoise.hubert@colleges53.fr</b>, car la boîte aux lettres du destinataire est
pleine.</p><p>Action requise par le destinataire : libérer de l'espace dans sa boîte aux
lettres.</p><p style="color:#666;font-size:11px">Serveur ayant généré le rapport :
PAVP264MB4812.FRAP264.PROD.OUTLOOK.COM</p></body></html>
""", "html")], "b_alt_6101"),
      RAW("message/delivery-status", """Reporting-MTA: dns;PAVP264MB4812.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Tue, 26 Nov 2024 09:12:05 +0000

Final-Recipient: rfc822;francoise.hubert@colleges53.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
"""),
      RAW("message/rfc822", orig06, extra=[("Content-Transfer-Encoding", "8bit")])],
      "_4f1b0c3e-2a8d-4d0f-9e7b-5a6c1d2e3f40_", params=" report-type=delivery-status;"))

M("A07", "automated", False, None, None, None, True, "en",
  "qmail bounce as plain text: no multipart/report, no Auto-Submitted; only the null Return-Path, the MAILER-DAEMON sender and the wording show it is automatic.",
  frm=("", "MAILER-DAEMON@mail.ecole-montessori-arcachon.fr"),
  ret="",
  subject="failure notice",
  date="Wed, 09 Apr 2025 10:27:44 +0200",
  auth="dkim=none;\n\tspf=none smtp.mailfrom=<>;\n\tdmarc=none",
  body=T("""Hi. This is the qmail-send program at mail.ecole-montessori-arcachon.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<direction@ecole-montessori-arcachon.fr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Received: from mx1.assistance.example.fr (192.0.2.25)
  by mail.ecole-montessori-arcachon.fr with SMTP; 9 Apr 2025 08:27:43 -0000
From: Assistance <support@assistance.example.fr>
To: direction@ecole-montessori-arcachon.fr
Subject: [#SUP-007015] Votre demande de compte
Date: Wed, 09 Apr 2025 10:27:40 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre demande a bien =C3=A9t=C3=A9 enregistr=C3=A9e sous la r=C3=A9f=C3=A9rence=
 SUP-007015.
""", cs="us-ascii", cte="7bit"))

M("A08", "automated", False, None, "nouvelle-aquitaine", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-bordeaux.fr sender.",
  frm=("Sébastien Larrieu", "sebastien.larrieu@ac-bordeaux.fr"),
  subject="Lu : [#SUP-006377] Abonnement non visible",
  date="Thu, 09 Jan 2025 08:41:12 +0100",
  irt="<SUP-006377.1736349600.3c9e21@assistance.example.fr>",
  extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")],
  body=MP("report", [
      T("""Votre message

  À : Larrieu Sébastien
  Objet : [#SUP-006377] Abonnement non visible
  Envoyé : mercredi 8 janvier 2025 16:20:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 9 janvier 2025 08:41:10 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""),
      RAW("message/disposition-notification", """Reporting-UA: ac-bordeaux.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;sebastien.larrieu@ac-bordeaux.fr
Original-Message-ID: <SUP-006377.1736349600.3c9e21@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")], "----=_NextPart_000_0042_01DB6274.A1B2C3D0",
      params=" report-type=disposition-notification;"))

M("A09", "automated", False, None, None, None, False, "en",
  "English Outlook read receipt ('Read:'), multipart/report disposition-notification, from a consumer address.",
  frm=("Tom Archer", "tom.archer.school@outlook.com"),
  subject="Read: [#SUP-006902] Your quote request",
  date="Tue, 11 Mar 2025 09:02:50 +0100",
  irt="<SUP-006902.1741616400.aa4410@assistance.example.fr>",
  extra=[("Content-Language", "en-GB")],
  body=MP("report", [
      T("""Your message

  To: Tom Archer
  Subject: [#SUP-006902] Your quote request
  Sent: Monday, 10 March 2025 15:20:00 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris

was read on Tuesday, 11 March 2025 09:02:48 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
""", cs="us-ascii", cte="7bit"),
      RAW("message/disposition-notification", """Reporting-UA: outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;tom.archer.school@outlook.com
Original-Message-ID: <SUP-006902.1741616400.aa4410@assistance.example.fr>
Disposition: automatic-action/MDN-sent-automatically; displayed
""")], "----=_NextPart_000_0107_01DB9260.5E4F3A20",
      params=" report-type=disposition-notification;"))

M("A10", "automated", False, None, "nouvelle-aquitaine", "esidoc", True, "fr",
  "Daily digest of an academic librarians' list (List-Id, Precedence: list): the posts ask about e-sidoc passwords and blocked mail, but none is written to us; never answered; region from the ac-poitiers.fr list address.",
  frm=("Liste doc-86", "doc-86@listes.ac-poitiers.fr"),
  to="doc-86@listes.ac-poitiers.fr",
  subject="Résumé de la liste doc-86, Vol 38, Envoi 12",
  date="Wed, 16 Oct 2024 06:00:03 +0200",
  extra=[("List-Id", "<doc-86.listes.ac-poitiers.fr>"), ("Precedence", "list"),
         ("List-Unsubscribe", "<mailto:sympa@listes.ac-poitiers.fr?subject=unsubscribe%20doc-86>"),
         ("List-Post", "<mailto:doc-86@listes.ac-poitiers.fr>"),
         ("X-Loop", "doc-86@listes.ac-poitiers.fr"), ("X-Sequence", "2291")],
  body=T("""Résumé de la liste doc-86 - messages du 15/10/2024

Sommaire :
  1. Mot de passe e-sidoc après mutation (Cécile Brunet)
  2. Re: Mot de passe e-sidoc après mutation (Yann Moreau)
  3. Mails du portail qui n'arrivent pas (Sophie Texier)

----------------------------------------------------------------------

Message : 1
Date : Tue, 15 Oct 2024 13:12:44 +0200
De : Cécile Brunet <cecile.brunet@ac-poitiers.fr>
Objet : Mot de passe e-sidoc après mutation

Bonjour à toutes et à tous,
Nouvellement arrivée à Châtellerault, je n'ai pas le mot de passe du
portail. Comment avez-vous fait dans ce cas ? Faut-il écrire à l'assistance
ou passer par la direction ?
Cécile

----------------------------------------------------------------------

Message : 2
Date : Tue, 15 Oct 2024 14:03:10 +0200
De : Yann Moreau <yann.moreau@ac-poitiers.fr>
Objet : Re: Mot de passe e-sidoc après mutation

Bonjour Cécile, le lien part vers l'adresse du collège, demande au
secrétariat de surveiller la boîte. Ça a marché pour moi en 10 minutes.
Yann

----------------------------------------------------------------------

Message : 3
Date : Tue, 15 Oct 2024 17:48:29 +0200
De : Sophie Texier <sophie.texier@ac-poitiers.fr>
Objet : Mails du portail qui n'arrivent pas

Quelqu'un d'autre a-t-il des messages d'e-sidoc retenus par Mailinblack
depuis la semaine dernière ? Chez nous, plus rien n'arrive.
Sophie

----------------------------------------------------------------------
Fin du résumé de la liste doc-86
Pour vous désabonner : sympa@listes.ac-poitiers.fr
"""))

M("A11", "automated", False, None, None, None, False, "en",
  "English vendor newsletter: List-Id, one-click List-Unsubscribe and Precedence: bulk.",
  frm=("EdTech Insights", "news@mail.edtech-insights.example.com"),
  to="support@assistance.example.fr",
  subject="This week: AI in the school library, procurement tips and more",
  date="Thu, 16 Jan 2025 07:30:00 +0000",
  ret="bounce+7c21e0@mail.edtech-insights.example.com",
  extra=[("List-Id", "EdTech Insights weekly <weekly.edtech-insights.example.com>"),
         ("List-Unsubscribe", "<https://mail.edtech-insights.example.com/unsub/7c21e0>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("Precedence", "bulk"), ("X-Campaign", "weekly-2025-03")],
  body=ALT("""EdTech Insights - weekly

1. Five ways school librarians are using AI tools this year
2. Public procurement: what changes in 2025 for schools buying software
3. Webinar: making your digital subscriptions visible to students

Read online: https://mail.edtech-insights.example.com/w/2025-03

You are receiving this email because you subscribed to EdTech Insights.
Unsubscribe: https://mail.edtech-insights.example.com/unsub/7c21e0
""", "plain", "=_bulk_2025_03_7c21e0", cs="utf-8"))

M("A12", "automated", False, None, None, "espace_acheteur", False, "fr",
  "Espace Acheteur no-reply alert about new offers matching saved criteria (Auto-Submitted: auto-generated).",
  frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  subject="Alerte : 3 nouvelles offres correspondent à vos critères",
  date="Mon, 03 Feb 2025 06:15:00 +0100",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  body=ALT("""Bonjour,

3 nouvelles offres correspondent à l'alerte « Mobilier scolaire » que vous
avez enregistrée :

- Mobilier de bibliothèque et de CDI - lot 2 (publié le 31/01/2025)
- Chaises empilables - accord-cadre régional (publié le 31/01/2025)
- Rayonnages mobiles - avenant n°1 (publié le 02/02/2025)

Consultez-les dans votre Espace Acheteur, rubrique « Mes alertes ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", "plain", "==alerte-20250203-5521=="))

M("A13", "automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification that a ticket was resolved (Auto-Submitted: auto-generated, no-reply sender).",
  frm=("Portail d'assistance", "ne-pas-repondre@portail-tickets.example.fr"),
  subject="[INC-2025-04417] Votre ticket a été résolu",
  date="Fri, 28 Mar 2025 17:02:13 +0100",
  extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
  body=ALT("""Bonjour,

Le ticket INC-2025-04417 « Synchronisation des comptes » est passé au
statut Résolu.

Si la solution ne vous convient pas, vous pouvez rouvrir le ticket depuis
le portail dans un délai de 7 jours. Au-delà, il sera clos automatiquement.

Ceci est un message automatique. Merci de ne pas répondre directement.
""", "plain", "=_portail_8812_0001"))

M("A14", "automated", False, None, None, "esignature", True, "fr",
  "E-signature invitation to sign an amendment: transactional mail without Auto-Submitted or Precedence; the no-reply style sender and wording show it is automatic.",
  frm=("Signature électronique - Centrale d'achat", "dse@esign-notify.example.com"),
  subject="Document à signer : Avenant n°1 à la convention de groupement de commandes",
  date="Wed, 05 Mar 2025 11:28:40 +0100",
  body=ALT("""Marc Delorme vous a envoyé un document à signer.

Avenant n°1 à la convention de groupement de commandes

Message de l'expéditeur :
« Merci de bien vouloir signer l'avenant avant le 21 mars. »

EXAMINER LE DOCUMENT : https://app.esign-notify.example.com/sign/8f2e1d77

Ne partagez pas cet e-mail : il contient un lien d'accès sécurisé.

Ce message a été envoyé automatiquement par le service de signature
électronique.
""", "plain", "=_esign_8f2e1d77ab"))

u = V("0693574")
M("A15", "automated", False, u, "auvergne-rhone-alpes", None, False, "fr",
  "Academic webmail vacation reply from the school's ce.<UAI> address ('Auto-Submitted: auto-replied (zimbra; vacation)'); the UAI comes from the address.",
  frm=("Secrétariat", f"ce.{u}@ac-lyon.fr"),
  subject="Fermeture estivale du secrétariat",
  date="Thu, 25 Jul 2024 10:03:11 +0200",
  irt="<SUP-005203.1721894400.5e6f70@assistance.example.fr>",
  extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")] + ZIMBRA,
  body=T("""Bonjour,

Le secrétariat de l'établissement est fermé du 12 juillet au 19 août.
Les messages reçus pendant cette période seront traités à la réouverture.

Pour les inscriptions, merci de consulter le site internet de
l'établissement.

Le secrétariat
"""))

M("A16", "automated", False, None, None, None, False, "fr",
  "Another help desk's acknowledgement of a message the desk sent (GLPI, Auto-Submitted, X-Loop): answering it would start a mail loop.",
  frm=("Assistance numérique - Département", "glpi@assistance.departement-exemple.fr"),
  subject="[GLPI #0004521] Nouveau ticket - Demande d'information",
  date="Tue, 14 Jan 2025 10:45:30 +0100",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply"),
         ("X-Loop", "glpi@assistance.departement-exemple.fr"), ("X-GLPI-Sender", "GLPI 10.0.16")],
  body=ALT("""Bonjour,

Votre demande a été enregistrée sous le numéro 4521.

Titre : Demande d'information
Catégorie : Messagerie
Statut : Nouveau

Vous serez informé(e) par courriel de son avancement. Vous pouvez suivre
votre demande sur https://assistance.departement-exemple.fr

Ce courriel a été généré automatiquement, merci de ne pas y répondre.
""", "plain", "_=_glpi_5b8e4c21d09f"))

M("A17", "automated", False, None, None, None, False, "en",
  "SMTP TLS report (RFC 8460) from a large provider about the desk's domain, with a gzip report attached.",
  frm=("", "noreply-smtp-tls-reporting@google.com"),
  subject="Report Domain: assistance.example.fr Submitter: google.com Report-ID: <2025.02.11T00.00.00Z+assistance.example.fr@google.com>",
  date="Wed, 12 Feb 2025 01:59:59 -0800",
  relay=("mail-sor-f73.google.com", "192.0.2.73"),
  auth="dkim=pass (2048-bit key) header.d=google.com;\n\tspf=pass smtp.mailfrom=google.com;\n\tdmarc=pass (p=reject dis=none) header.from=google.com",
  extra=[("TLS-Report-Domain", "assistance.example.fr"), ("TLS-Report-Submitter", "google.com")],
  body=MP("report", [
      T("""This is an aggregate TLS report from google.com
""", cs="us-ascii", cte="7bit"),
      ATT("google.com!assistance.example.fr!1739232000!1739318399!001.json.gz",
          "application/tlsrpt+gzip",
          zlib.compress(b'{"organization-name":"Google Inc.","policies":[]}'))],
      "000000000000d7a3c5062deff101", params=" report-type=tlsrpt;"))

u = V("0411582")
M("A18", "automated", False, u, "centre-val-de-loire", "ecoledirecte", True, "fr",
  "No-reply report of a failed data transfer sent to the desk: it describes a transfer failure and carries a UAI, but no person wrote it (no Auto-Submitted header, only the sender and wording show it).",
  frm=("EcoleDirecte - Supervision", "ne-pas-repondre@ecoledirecte.example.com"),
  subject=f"Échec du transfert de données - établissement {u}",
  date="Tue, 18 Mar 2025 02:15:07 +0100",
  body=ALT(f"""Rapport de transfert automatique

Établissement : {u} - Collège Sainte-Marie, Blois
Date : 18/03/2025 02:00
Résultat : ÉCHEC (délai de connexion dépassé)

Données concernées : notes, absences, emploi du temps.
Le prochain transfert sera tenté automatiquement à 04:00.

Ce message est généré automatiquement par la supervision des transferts.
""", "plain", "=_supervision_20250318_0215"))

M("A19", "automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
  "Maternity-leave out-of-office (Auto-Submitted, X-Autoreply) that mentions e-sidoc passwords for pupils and gives a colleague's name; never answered; region from the ac-clermont.fr sender.",
  frm=("Amandine Fabre", "amandine.fabre@ac-clermont.fr"),
  subject="Réponse automatique : Re: [#SUP-006455] Votre demande",
  date="Mon, 27 Jan 2025 13:20:44 +0100",
  irt="<SUP-006455.1737980000.0f1e2d@assistance.example.fr>",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")] + ZIMBRA,
  body=T("""Bonjour,

Je suis en congé maternité jusqu'au 12 mai.

Pour les mots de passe e-sidoc des élèves et les questions sur le CDI,
merci de vous adresser à Mme Pradier, qui assure mon remplacement :
claire.pradier@ac-clermont.fr.

Bien cordialement,
Amandine Fabre
"""))

M("A20", "automated", False, None, None, None, True, "fr",
  "MailInBlack's own daily quarantine report sent to the desk's mailbox (Auto-Submitted: auto-generated): it names MailInBlack but nobody asks anything, so automated, not mailinblack_spam.",
  frm=("Mailinblack", "noreply@protect.mailinblack.example.com"),
  subject="Vos messages en attente - rapport du 04/12/2024",
  date="Wed, 04 Dec 2024 07:00:12 +0100",
  extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
         ("X-Auto-Response-Suppress", "All")],
  body=ALT("""Bonjour,

Voici les messages reçus depuis hier et placés en attente pour l'adresse
support@assistance.example.fr :

  Expéditeur                          Objet
  promo@fournitures-bureau.example    -30 % sur les cartouches
  info@salon-educatif.example         Votre badge visiteur

Pour délivrer un message, cliquez sur « Délivrer » dans votre espace
Mailinblack. Les messages en attente sont supprimés après 15 jours.

Ce rapport est envoyé automatiquement chaque jour.
""", "plain", "----=_mib_report_20241204"))

M("A21", "automated", False, None, None, "esidoc", True, "en",
  "Post to a librarians' Google Group the desk belongs to (List-Id, Precedence: list): a real question about an e-sidoc password, but not written to us; never answered; the poster's Gmail gives no region.",
  frm=("Sarah Kowalski", "sarah.kowalski.cdi@gmail.com"),
  to="international-school-librarians@googlegroups.com",
  subject="[ISL-France] Resetting the e-sidoc admin password?",
  date="Sun, 26 Jan 2025 20:14:33 +0100",
  msgid="<CAMx7Yq2p9T4rW6nE1bV3cK8hL0dS5aF2gJ7uO9iZ4tB1mN6xQ@mail.gmail.com>",
  extra=[("List-Id", "<international-school-librarians.googlegroups.com>"),
         ("Precedence", "list"), ("Mailing-list", "list international-school-librarians@googlegroups.com; contact international-school-librarians+owners@googlegroups.com"),
         ("List-Post", "<https://groups.google.com/group/international-school-librarians/post>"),
         ("List-Unsubscribe", "<mailto:international-school-librarians+unsubscribe@googlegroups.com>")],
  body=ALT("""Hi everyone,

Has anyone had to reset the e-sidoc admin password when the reset email goes
to an address nobody uses any more? I'm new at my school and stuck. Did you
go through the support desk or through your head?

Thanks!
Sarah

--
You received this message because you are subscribed to the Google Groups "ISL-France" group.
To unsubscribe from this group and stop receiving emails from it, send an email to international-school-librarians+unsubscribe@googlegroups.com.
""", "gmail", "000000000000e81a3c062ca0b912"))


# ===================================================================== other

M("O01", "other", False, None, "bourgogne-franche-comte", "esidoc", True, "fr",
  "Thanks only, on the password ticket, quoting the reset answer (Gmail French style): 'mot de passe' and 'lien' appear but nothing is asked; region from the ac-dijon.fr sender.",
  frm=("Renaud Perrin", "renaud.perrin@ac-dijon.fr"),
  subject="Re: [#SUP-006012] Mot de passe e-sidoc",
  date="Wed, 20 Nov 2024 10:08:54 +0100",
  irt="<SUP-006012.1732089600.2b7e5f@assistance.example.fr>",
  body=ALT("""Bonjour,

Tout est rentré dans l'ordre : j'ai pu me connecter et choisir un nouveau
mot de passe. Merci beaucoup pour votre rapidité, c'est rare !

Bonne journée,
Renaud Perrin

Le mer. 20 nov. 2024 à 08:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse connue pour votre
> établissement. Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", "gmail", "000000000000c55d2a0627526e01"))

M("O02", "other", False, None, None, None, False, "fr",
  "French SEO cold spam offering search-engine visibility: unrelated.",
  frm=("Julie - Agence Visibilité Pro", "julie@visibilite-pro-referencement.com"),
  subject="Votre établissement est invisible sur Google ?",
  date="Tue, 22 Oct 2024 11:11:11 +0200",
  auth="dkim=pass (1024-bit key) header.d=visibilite-pro-referencement.com;\n\tspf=softfail smtp.mailfrom=visibilite-pro-referencement.com;\n\tdmarc=none",
  body=ALT("""Bonjour,

En analysant votre site, j'ai remarqué qu'il n'apparaissait pas en première
page de Google sur les recherches locales. Nos experts peuvent vous placer
dans le top 3 en moins de 30 jours, sans engagement.

Seriez-vous disponible 15 minutes cette semaine pour un audit gratuit ?

Julie
Chargée de développement
Agence Visibilité Pro

Pour ne plus recevoir nos offres, répondez STOP.
""", "plain", "b1_8e1f3a2c9d7b4e60"))

M("O03", "other", False, None, None, None, True, "en",
  "English phishing ('your mailbox password expires today', look-alike Microsoft domain, failing SPF/DMARC): it talks about a password but is not password_reset.",
  frm=("Microsoft 365 Security", "it-support@micros0ft-securemail.com"),
  reply_to="verify@micros0ft-securemail.com",
  subject="Action required: your mailbox password expires today",
  date="Thu, 30 Jan 2025 04:12:09 +0000",
  auth="dkim=none;\n\tspf=fail smtp.mailfrom=micros0ft-securemail.com;\n\tdmarc=fail (p=none dis=none) header.from=micros0ft-securemail.com",
  body=HTML("""Dear user,

The password for support@assistance.example.fr expires today at 23:59.
To keep using your mailbox without interruption, confirm your current
password using the secure link below:

KEEP MY PASSWORD: https://micros0ft-securemail.com/keep?u=support

If you do not confirm, incoming messages will be suspended.

Microsoft 365 Security Team
""", "plain"))

M("O04", "other", False, None, None, "ecoledirecte", True, "fr",
  "A parent complains that a teacher does not enter grades and asks the desk to intervene: mentions EcoleDirecte and missing grades, but no transfer problem and nothing the desk can do.",
  frm=("Stéphanie Morel", "steph.morel84@laposte.net"),
  subject="Notes de ma fille sur EcoleDirecte",
  date="Sun, 19 Jan 2025 21:33:02 +0100",
  auth="nodkim",
  body=T("""Bonjour,

Ma fille est en 4e B au collège Saint-Charles. Depuis la rentrée de
novembre, le professeur de mathématiques n'a mis aucune note sur EcoleDirecte,
alors que les autres matières sont à jour et que je me connecte sans
problème. Les bulletins arrivent dans trois semaines et nous ne savons pas où
elle en est.

Pouvez-vous contacter ce professeur ou la direction pour qu'il remplisse
enfin son carnet de notes ?

Merci.
Stéphanie Morel
""", cte="8bit"))

M("O05", "other", False, None, None, None, False, "fr",
  "Unsolicited job application with a CV attached: unrelated to the services.",
  frm=("Inès Benali", "ines.benali.pro@gmail.com"),
  subject="Candidature spontanée - assistante administrative",
  date="Mon, 16 Jun 2025 09:40:18 +0200",
  msgid="<CAB3nL8kT1pW5rY9eQ2vX6cM0dH4aG7sF3jU8iO2zR5tN1mK9w@mail.gmail.com>",
  body=MP("mixed", [
      ALT("""Madame, Monsieur,

Titulaire d'un BTS Support à l'action managériale et forte de trois ans
d'expérience au secrétariat d'un lycée, je me permets de vous adresser ma
candidature pour un poste d'assistante administrative ou de chargée
d'accueil au sein de votre service.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un
entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Inès Benali
06 12 48 70 35
""", "gmail", "000000000000a0b1c2063a7f1e02"),
      ATT("CV_Ines_Benali.pdf", "application/pdf", pdf("CV Ines Benali"))],
      "000000000000a0b1c4063a7f1e04"))

M("O06", "other", False, None, "hauts-de-france", "esidoc", False, "fr",
  "'Bien reçu, merci' from Outlook for iOS on an invoice ticket: nothing is asked; region from the ac-lille.fr sender.",
  frm=("Yannick Devos", "yannick.devos@ac-lille.fr"),
  subject="RE: [#SUP-006598] Facture abonnement e-sidoc",
  date="Fri, 14 Feb 2025 12:04:29 +0100",
  irt="<SUP-006598.1739520000.19c3d4@assistance.example.fr>",
  body=T("""Bien reçu, merci.

Obtenir Outlook pour iOS"""))

u = V("0851207")
M("O07", "other", False, u, "pays-de-la-loire", None, True, "fr",
  "A school office types an 'accusé de réception' by hand (no automation headers) saying our message was passed on: it looks automatic but is human, and asks nothing; UAI from the ce.<UAI> sender.",
  frm=("Secrétariat de direction", f"ce.{u}@ac-nantes.fr"),
  subject="Accusé de réception - votre courriel du 11 mars",
  date="Wed, 12 Mar 2025 09:26:41 +0100",
  extra=ZIMBRA,
  body=T("""Bonjour,

Nous accusons bonne réception de votre courriel du 11 mars, que nous avons
transmis ce jour à M. Grangier, gestionnaire de l'établissement.

Cordialement,

Le secrétariat de direction
Lycée Pierre Mendès-France - La Roche-sur-Yon
"""))

M("O08", "other", False, None, "ile-de-france", "ticket_portal", False, "fr",
  "How-to question about attaching a large file to a ticket on the ticket portal: no category of its own; region from the ac-creteil.fr sender.",
  frm=("Nathalie Perret", "nathalie.perret@ac-creteil.fr"),
  subject="Pièce jointe trop lourde sur le portail",
  date="Tue, 04 Mar 2025 15:55:07 +0100",
  extra=OUTLOOK,
  body=T("""Bonjour,

Je voudrais joindre à mon ticket une vidéo de l'écran qui montre le
problème, mais le portail refuse les fichiers de plus de 10 Mo et la mienne
en fait 38. Y a-t-il un autre moyen de vous la faire parvenir (lien de
dépôt, clé, autre) ?

Cordialement,
Nathalie Perret
"""))

M("O09", "other", False, None, None, None, False, "en",
  "English partnership pitch from an edtech start-up asking for a meeting: unrelated.",
  frm=("Liam O'Connor", "liam@shelfwise-ai.example.io"),
  subject="Quick question about your school library platform",
  date="Wed, 26 Feb 2025 16:40:12 +0000",
  body=ALT("""Hi there,

I'm the co-founder of Shelfwise, an AI assistant that catalogues school
library books from a photo of the shelf. We're working with 40 schools in
Ireland and are looking for a French partner to integrate with.

Would someone on your team have 20 minutes next week for a call? Happy to
adapt to your schedule.

Best,
Liam O'Connor
Co-founder, Shelfwise
""", "plain", "----=_Part_221934_1781249.1740588012"))

M("O10", "other", False, None, None, "esidoc", False, "fr",
  "A master's student asks for usage statistics of school library portals for her thesis: unrelated to support.",
  frm=("Camille Rigaud", "camille.rigaud@etu.univ-exemple.fr"),
  subject="Demande de données pour un mémoire de master",
  date="Thu, 10 Apr 2025 14:18:36 +0200",
  extra=THUNDERBIRD,
  body=T("""Bonjour,

Étudiante en master 2 « Métiers de l'information et de la documentation »,
je prépare un mémoire sur l'usage des portails documentaires dans les
collèges. Serait-il possible d'obtenir des statistiques anonymes de
fréquentation des portails e-sidoc (nombre de connexions élèves par mois,
par exemple) ou de savoir à qui m'adresser ?

Je vous remercie par avance de l'attention portée à ma demande.

Camille Rigaud
"""))

M("O11", "other", False, None, None, None, True, "fr",
  "Phishing dressed as a Chorus Pro unpaid-invoice notice with a link, from a look-alike domain failing SPF/DMARC: other, not order_billing.",
  frm=("Chorus Pro - Service facturation", "notification@chorus-pro-gouv.info"),
  subject="Facture impayée n°FA-2025-01877 - régularisation sous 48h",
  date="Mon, 20 Jan 2025 06:47:55 +0100",
  auth="dkim=none;\n\tspf=fail smtp.mailfrom=chorus-pro-gouv.info;\n\tdmarc=fail (p=none dis=none) header.from=chorus-pro-gouv.info",
  body=HTML("""Madame, Monsieur,

Sauf erreur de notre part, la facture n°FA-2025-01877 d'un montant de
1 284,60 EUR reste impayée à ce jour.

Afin d'éviter des pénalités de retard, merci de régulariser la situation
sous 48 heures via votre espace sécurisé :

https://chorus-pro-gouv.info/regularisation?id=01877

Service facturation Chorus Pro
""", "plain"))

M("O12", "other", False, None, "guadeloupe", "espace_acheteur", False, "fr",
  "Asks whether training sessions or video tutorials on the Espace Acheteur exist for new gestionnaires: no category fits; region from the ac-guadeloupe.fr sender.",
  frm=("Murielle Jean-Baptiste", "murielle.jean-baptiste@ac-guadeloupe.fr"),
  subject="Formation à l'Espace Acheteur",
  date="Mon, 06 Jan 2025 08:12:49 -0400",
  extra=OUTLOOK,
  body=T("""Bonjour,

Nous accueillons à la rentrée de janvier trois nouveaux gestionnaires dans
les collèges du secteur. Organisez-vous des formations, à distance ou non,
sur l'utilisation de l'Espace Acheteur ? À défaut, existe-t-il des tutoriels
vidéo que je pourrais leur transmettre ?

Cordialement,
Murielle Jean-Baptiste
Conseillère de bassin - Gestion
"""))

M("O13", "other", False, None, "centre-val-de-loire", None, False, "fr",
  "A retirement-drinks invitation meant for colleagues, sent to the desk by address autocomplete; region from the ac-orleans-tours.fr sender.",
  frm=("Martine Gilbert", "martine.gilbert@ac-orleans-tours.fr"),
  subject="Pot de départ de Jean-Pierre vendredi !",
  date="Mon, 30 Jun 2025 12:47:03 +0200",
  extra=ZIMBRA,
  body=ALT("""Coucou à tous,

Comme vous le savez, Jean-Pierre nous quitte après 22 ans à l'intendance !
On fête ça vendredi à 16 h 30 en salle des profs. Chacun apporte quelque
chose (salé ou sucré), je m'occupe de la cagnotte pour le cadeau : passez me
voir avant jeudi.

Bises,
Martine
""", "zimbra", "=_a7c2e419-3f0b-4c6e-8d15-9b2f7e6a1c30"))

M("O14", "other", False, None, None, None, False, "en",
  "Hand-written English request to be taken off the mailing list: written by a person, so not automated.",
  frm=("Gregory Hale", "g.hale@stmartins-academy.example.co.uk"),
  subject="Please remove me",
  date="Fri, 07 Feb 2025 10:15:22 +0000",
  extra=OUTLOOK_EN,
  body=T("""Hello,

I keep receiving your newsletters but I moved back to the UK two years ago
and no longer work for a French school. Please take me off your mailing
list.

Thanks,
Gregory Hale
"""))

M("O15", "other", False, None, "nouvelle-aquitaine", "esidoc", False, "fr",
  "Suggestion for an e-sidoc feature (scanning during the CDI inventory): feedback, nothing to fix; region from the ac-limoges.fr sender.",
  frm=("Bernard Peyrot", "bernard.peyrot@ac-limoges.fr"),
  subject="Suggestion pour l'inventaire",
  date="Tue, 24 Jun 2025 16:30:19 +0200",
  extra=THUNDERBIRD,
  body=T("""Bonjour,

Petite suggestion après notre inventaire annuel du CDI, qui s'est d'ailleurs
très bien passé : ce serait pratique de pouvoir scanner les codes-barres
depuis une tablette directement dans e-sidoc, sans passer par la douchette
branchée au poste fixe. Nous avons perdu beaucoup de temps à faire des
allers-retours avec les bacs de livres.

Je ne sais pas si c'est prévu, mais je vous soumets l'idée.

Bien cordialement,
Bernard Peyrot, professeur documentaliste
"""))

M("O16", "other", False, None, "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
  "Reply on a MailInBlack ticket (subject names it) only to say the problem is solved and the ticket can be closed: nothing is asked; region from the ac-grenoble.fr sender.",
  frm=("Didier Chappaz", "didier.chappaz@ac-grenoble.fr"),
  subject="RE: [#SUP-006280] Mails bloqués par Mailinblack",
  date="Tue, 17 Dec 2024 09:51:30 +0100",
  irt="<SUP-006280.1734342000.8d9e0f@assistance.example.fr>",
  extra=OUTLOOK,
  body=T("""Bonjour,

C'est réglé : notre informaticien a ajouté votre adresse d'envoi dans
Mailinblack hier soir, et les mails d'activation de l'Espace Acheteur
arrivent de nouveau ce matin. Vous pouvez clore la demande.

Merci pour votre aide,

Didier Chappaz
Gestionnaire - Lycée du Granier

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 16 décembre 2024 10:40
À : Chappaz Didier <didier.chappaz@ac-grenoble.fr>
Objet : [#SUP-006280] Mails bloqués par Mailinblack

Bonjour,

Vous trouverez ci-dessous la procédure pour autoriser nos adresses d'envoi
dans Mailinblack...
"""))

M("O17", "other", False, None, "occitanie", "esidoc", False, "fr",
  "The school's e-sidoc portal shows a 502 error since the morning: an outage report, not a password, subscription or account matter; region from the ac-toulouse.fr sender.",
  frm=("Hugo Vidal", "hugo.vidal@ac-toulouse.fr"),
  subject="Portail e-sidoc inaccessible (erreur 502)",
  date="Thu, 03 Apr 2025 10:22:41 +0200",
  body=MP("mixed", [
      T("""Bonjour,

Depuis ce matin 8 h, le portail e-sidoc du lycée affiche « 502 Bad Gateway »
pour tout le monde, élèves comme adultes, depuis le réseau du lycée comme
depuis la 4G. Une classe entière devait faire une recherche documentaire à
10 h, nous avons dû improviser.

Capture d'écran jointe. Est-ce un incident général ?

Hugo Vidal
Documentaliste
"""),
      ATT("capture_502.png", "image/png", png("O17"))],
      "------------9r3CkD2xVb0u1P4hGm7TqW5e", params="",
      preamble="This is a multi-part message in MIME format.\n"))

M("O18", "other", False, None, None, None, False, "en",
  "English crypto-investment spam: unrelated.",
  frm=("Crypto Wealth Club", "vip@cryptowealth-club.example.biz"),
  subject="Turn 250 EUR into 12,000 EUR in 30 days - limited places",
  date="Sat, 15 Mar 2025 03:33:03 +0000",
  auth="dkim=none;\n\tspf=softfail smtp.mailfrom=cryptowealth-club.example.biz;\n\tdmarc=none",
  body=HTML("""Hello friend,

Our automated trading robot made 4,700% last year. Only 20 places remain
for this month's members.

JOIN NOW: https://cryptowealth-club.example.biz/join

Not interested? Click here to unsubscribe.
""", "plain"))

u = V("0541638")
M("O19", "other", False, u, "grand-est", None, True, "fr",
  "The proviseur complains about how a phone call with the desk went and asks for another contact person: written by the head, but not a request the head-of-establishment procedure covers, and no topic category fits.",
  frm=("Proviseur Lycée Jean Prouvé", f"ce.{u}@ac-nancy-metz.fr"),
  subject="Échange téléphonique de ce matin",
  date="Thu, 16 Jan 2025 17:55:12 +0100",
  extra=OUTLOOK,
  body=T(f"""Madame, Monsieur,

Ma gestionnaire a eu ce matin au téléphone un de vos collaborateurs, qui lui
a répondu de manière particulièrement sèche et l'a renvoyée vers « la
FAQ » sans chercher à comprendre sa question. Ce n'est pas la première fois.

Je souhaiterais, pour la suite, disposer d'un interlocuteur identifié pour
notre établissement et que ce signalement soit transmis à votre
responsable.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Le proviseur
Lycée Jean Prouvé - Nancy
UAI {u}
"""))


# ====================================================== missing_noreply_mail

M("M01", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "The activation link for a new Espace Acheteur account never arrived, junk folder checked; no anti-spam product named; non-academic sender.",
  frm=("Service gestion", "gestion@lycee-agricole-montmorillon.fr"),
  subject="Lien d'activation jamais reçu",
  date="Wed, 18 Sep 2024 11:27:35 +0200",
  extra=OUTLOOK,
  auth="nodkim",
  body=T("""Bonjour,

J'ai créé lundi un compte sur l'Espace Acheteur pour le lycée. La page
m'indiquait qu'un lien d'activation allait m'être envoyé : deux jours plus
tard, rien. J'ai regardé dans les indésirables, dans la corbeille et même
dans les onglets « Promotions » du webmail, sans résultat.

Pouvez-vous me le renvoyer ou activer le compte ?

Cordialement,
Annick Robin
Secrétaire d'intendance
"""))

M("M02", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "iPhone one-liner: the Espace Acheteur confirmation mail has not arrived since the evening before; no product named, no UAI.",
  frm=("Karim Haddou", "karim.haddou@hotmail.fr"),
  subject="Confirmation",
  date="Thu, 16 Jan 2025 07:41:08 +0100",
  extra=IPHONE,
  body=T("""Toujours pas reçu le mail de confirmation de l'espace acheteur depuis hier soir. Vous pouvez regarder ?

Envoyé de mon iPhone"""))

u = V("0772846")
M("M03", "missing_noreply_mail", True, u, "ile-de-france", "esidoc", False, "en",
  "English: the password tool works, but the new-password email from the no-reply address never arrives, junk folder checked: missing_noreply_mail.",
  frm=("Alice Brennan", "alice.brennan@ac-creteil.fr"),
  subject="Password email never arrives",
  date="Tue, 01 Oct 2024 12:48:20 +0200",
  extra=OUTLOOK_EN,
  body=T(f"""Hello,

I have asked for a new e-sidoc password three times since this morning
using the "forgotten password" page. Each time the site says an email has
been sent, but nothing ever reaches my inbox, and there is nothing in the
junk folder either.

Is there a problem with the emails being sent?

Best regards,
Alice Brennan
Teacher-librarian
Lycée international - Noisy-le-Grand (UAI {u})
"""))

u = V("0122378")
M("M04", "missing_noreply_mail", True, u, "occitanie", "esidoc", True, "fr",
  "Names MailInBlack only to say the school does not use it: the e-sidoc messages simply never arrive, so missing_noreply_mail, not mailinblack_spam.",
  frm=("Florence Bouscaren", "florence.bouscaren@ac-toulouse.fr"),
  subject="Messages e-sidoc non reçus",
  date="Fri, 22 Nov 2024 14:03:51 +0100",
  extra=ZIMBRA,
  body=T(f"""Bonjour,

Je ne reçois plus aucun message du portail e-sidoc (ni les confirmations,
ni les notifications). J'ai lu sur un forum que cela venait souvent de
Mailinblack, mais nous n'avons pas ce logiciel au collège : nous utilisons
simplement la messagerie académique. Rien non plus dans les spams.

Collège Jean Moulin - Rodez - {u}

Pouvez-vous vérifier de votre côté ?
Merci,
Florence Bouscaren
"""))

u = V("0881522")
M("M05", "missing_noreply_mail", True, u, "grand-est", "espace_acheteur", False, "fr",
  "The structure administrator never receives the 'account to validate' notifications on the Espace Acheteur; no product named.",
  frm=("Isabelle Kieffer", "isabelle.kieffer@ac-nancy-metz.fr"),
  subject="Notifications de validation des comptes",
  date="Mon, 07 Oct 2024 09:19:27 +0200",
  extra=OUTLOOK,
  body=ALT(f"""Bonjour,

Je suis administratrice de structure pour le lycée Pierre Mendès France
d'Épinal ({u}). Deux collègues m'ont dit avoir créé leur compte la semaine
dernière et attendre ma validation, or je n'ai reçu aucun mail de
notification. J'ai pu valider leurs comptes en allant voir directement dans
l'espace, mais je voudrais comprendre pourquoi les messages ne m'arrivent
pas.

Cordialement,
Isabelle Kieffer
Gestionnaire
""", "outlook", "----=_NextPart_000_00B3_01DB18A7.3C4D5E60"))

M("M06", "missing_noreply_mail", True, None, "grand-est", "ticket_portal", False, "fr",
  "The ticket portal's confirmation mail (to set a password) never arrived; region from the ac-reims.fr sender.",
  frm=("Denis Lallement", "denis.lallement@ac-reims.fr"),
  subject="Inscription portail d'assistance - pas de mail",
  date="Wed, 29 Jan 2025 16:06:44 +0100",
  extra=THUNDERBIRD,
  body=T("""Bonjour,

Je me suis inscrit hier sur le portail de suivi des tickets pour pouvoir
suivre nos demandes. On m'annonçait un message pour définir mon mot de
passe ; il n'est jamais arrivé (vérifié aussi dans le dossier Spam).

Cordialement,
Denis Lallement
"""))

M("M07", "missing_noreply_mail", False, None, "ile-de-france", "espace_acheteur", False, "fr",
  "Reply (Outlook 'De : / Envoyé :' quote) after the junk-folder answer: checked and allowed the sender, still nothing after three days; the template was already sent, a person must follow up.",
  frm=("Sylvie Nguyen", "sylvie.nguyen@ac-creteil.fr"),
  subject="RE: [#SUP-006333] Mail d'activation non reçu",
  date="Mon, 06 Jan 2025 10:31:09 +0100",
  irt="<SUP-006333.1735808400.4a5b6c@assistance.example.fr>",
  extra=OUTLOOK,
  body=T("""Bonjour,

J'ai fait tout ce qui était indiqué : vérifié les courriers indésirables,
ajouté votre adresse aux expéditeurs approuvés, redemandé le lien. Trois
jours plus tard, toujours rien. Pouvez-vous transmettre à quelqu'un qui
pourra regarder le problème de plus près ?

Sylvie Nguyen
Gestionnaire - Collège Paul Éluard, Bonneuil

De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 3 janvier 2025 09:00
À : Nguyen Sylvie <sylvie.nguyen@ac-creteil.fr>
Objet : [#SUP-006333] Mail d'activation non reçu

Bonjour,

Les messages automatiques sont parfois classés comme indésirables. Merci
de vérifier ce dossier et d'ajouter l'adresse d'envoi à vos expéditeurs
approuvés. Sans nouvelles de votre part sous 48 heures, nous reviendrons
vers vous.

L'équipe d'assistance
"""))

M("M08", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Offer alerts from the Espace Acheteur stopped arriving after the town's mail address changed; no product named, non-academic sender.",
  frm=("Éric Daubigny", "e.daubigny@mairie-saint-amand.fr"),
  subject="Plus d'alertes depuis le changement d'adresse",
  date="Tue, 25 Feb 2025 14:58:17 +0100",
  extra=OUTLOOK,
  auth="nodkim",
  body=T("""Bonjour,

Depuis que la mairie a changé de nom de domaine en janvier (nous sommes
passés de @saintamand-mairie.fr à @mairie-saint-amand.fr), je ne reçois
plus les alertes sur les nouvelles offres. J'ai pourtant mis à jour mon
adresse dans mon profil et je reçois bien les mails de mes collègues.

Merci de votre aide,
Éric Daubigny
Acheteur - Mairie de Saint-Amand
"""))

M("M09", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook: a town's IT asks for the exact no-reply sender and servers to let through their mail filter, without naming any product.",
  frm=("Service informatique", "informatique@ville-chantonnay.fr"),
  subject="Adresses d'envoi de vos notifications",
  date="Thu, 05 Sep 2024 10:44:52 +0200",
  extra=OUTLOOK,
  auth="nodkim",
  body=HTML("""Bonjour,

Les agents des écoles et du service achats de la commune ne reçoivent pas
les messages automatiques de l'Espace Acheteur (création de compte, mot de
passe). Nos collègues pensent que notre passerelle de messagerie les écarte.

Pour que je puisse les autoriser, pouvez-vous me communiquer l'adresse
exacte d'expédition de ces messages, ainsi que les serveurs ou plages IP
utilisés ?

Cordialement,

Frédéric Blanchard
Service informatique - Ville de Chantonnay
02 51 94 30 12
""", "outlook"))

M("M10", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English: a new buyer never got the confirmation link after signing up to the Espace Acheteur; no product named; personal Gmail.",
  frm=("Oliver Grant", "oliver.grant.bursar@gmail.com"),
  subject="No confirmation email",
  date="Mon, 13 Jan 2025 11:20:36 +0100",
  msgid="<CAD5oP2xL7qW1nE9vT3bK6cM8hR0sF4aJ2gU5iY7zN3tB1mX8e@mail.gmail.com>",
  body=ALT("""Hello,

I registered on the Espace Acheteur on Friday for our school (a small
bilingual primary school in Annecy) but I never received the email with the
confirmation link. I've checked spam and all the other folders.

Could you resend it please?

Thank you,
Oliver Grant
""", "gmail", "0000000000007f3c9e0629b4d5a1"))

M("M11", "missing_noreply_mail", True, None, "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "Reads like a password request, but the 'mot de passe oublié' tool works and the new-password mail never arrives: missing_noreply_mail per the taxonomy; region from ac-aix-marseille.fr.",
  frm=("Jean-Marc Ferrandi", "jean-marc.ferrandi@ac-aix-marseille.fr"),
  subject="Mot de passe oublié - rien ne vient",
  date="Wed, 19 Mar 2025 15:37:22 +0100",
  extra=OUTLOOK,
  body=T("""Bonjour,

J'ai cliqué trois fois sur « mot de passe oublié » sur l'Espace Acheteur
depuis ce matin. L'écran me confirme à chaque fois qu'un message m'a été
envoyé, mais rien n'arrive dans ma boîte, ni dans les indésirables.

Pouvez-vous voir ce qui se passe ?

Jean-Marc Ferrandi
Adjoint gestionnaire
"""))

u = V("7200418")
M("M12", "missing_noreply_mail", True, u, "corse", "esidoc", False, "fr",
  "The activation mail for the e-sidoc customer account (needed for a first online order) never came; no product named; Haute-Corse UAI prefix 720.",
  frm=("Gaëlle Bonnet", "gaelle.bonnet@ac-corse.fr"),
  subject="Activation compte client",
  date="Thu, 21 Nov 2024 09:55:03 +0100",
  extra=ZIMBRA,
  body=T(f"""Bonjour,

J'ai ouvert hier notre compte client pour passer notre première commande en
ligne d'abonnements (collège de Montesoro, Bastia, {u}). On m'a annoncé un mail
d'activation valable 12 heures : je ne l'ai jamais reçu, et il doit
maintenant être périmé de toute façon.

Que dois-je faire ?

Gaëlle Bonnet
"""))

M("M13", "missing_noreply_mail", True, None, "normandie", "espace_acheteur", False, "fr",
  "Thunderbird inline forward (French) of a colleague's message: the account was validated but the first-login mail never came; region from the ac-rouen.fr sender.",
  frm=("Thomas Lecerf", "thomas.lecerf@ac-rouen.fr"),
  subject="Fwd: pas de mail après validation",
  date="Tue, 15 Oct 2024 13:14:48 +0200",
  extra=THUNDERBIRD,
  body=T("""Bonjour,

Je vous transfère le message de ma collègue, qui n'a pas encore
d'adresse académique.

Thomas Lecerf
Gestionnaire

-------- Message transféré --------
Sujet : 	pas de mail après validation
Date : 	Tue, 15 Oct 2024 12:02:31 +0200
De : 	Laura Maillard <laura.maillard76@gmail.com>
Pour : 	Thomas Lecerf <thomas.lecerf@ac-rouen.fr>

Thomas,
tu as bien validé mon compte sur l'Espace Acheteur vendredi, mais je n'ai
toujours pas reçu le mail qui doit me permettre de me connecter la première
fois. Rien dans les spams. Tu peux demander à l'assistance ?
Merci !
Laura
"""))

u = V("0541893")
M("M14", "missing_noreply_mail", True, u, "grand-est", "esignature", True, "fr",
  "Written by the principal from the ce.<UAI> address, but it only asks for a missing e-signature invitation to be resent: a missing automatic mail, neither a head-of-establishment request nor a contract-document problem.",
  frm=("Principal Collège La Fontaine", f"ce.{u}@ac-nancy-metz.fr"),
  subject="Convention à signer : invitation non reçue",
  date="Mon, 24 Mar 2025 11:06:30 +0100",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

On m'indique que la convention d'adhésion 2025 m'a été envoyée pour
signature électronique le 17 mars. Je n'ai reçu aucune invitation à signer,
ni sur cette adresse ni dans les indésirables. Pourriez-vous la faire
renvoyer ?

Le principal
Collège La Fontaine - Toul
UAI {u}
"""))

M("M15", "missing_noreply_mail", True, None, "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
  "Suspects an unnamed anti-spam installed by the région, but no product is named and no challenge or quarantine is described: missing_noreply_mail; region from ac-lyon.fr.",
  frm=("Corinne Mathieu", "corinne.mathieu@ac-lyon.fr"),
  subject="Messages automatiques introuvables",
  date="Tue, 11 Feb 2025 08:47:12 +0100",
  extra=OUTLOOK,
  body=T("""Bonjour,

Aucun des messages automatiques de l'Espace Acheteur ne m'arrive (lien
d'activation, puis nouveau mot de passe). La Région a changé quelque chose
dans la messagerie des lycées l'an dernier, peut-être un filtre plus strict,
mais je ne sais pas lequel et personne ici ne sait me répondre.

Je n'ai rien dans mes courriers indésirables. Avez-vous une piste ?

Corinne Mathieu
Secrétariat d'intendance
"""))

M("M16", "missing_noreply_mail", True, None, "provence-alpes-cote-d-azur", "ticket_portal", False, "fr",
  "No e-mail notification when a ticket is updated on the ticket portal, though answers are visible there; region from the ac-nice.fr sender.",
  frm=("Romain Giraud", "romain.giraud@ac-nice.fr"),
  subject="Pas de notification quand un ticket avance",
  date="Fri, 31 Jan 2025 17:12:54 +0100",
  body=T("""Bonjour,

Quand vous répondez à un de mes tickets, je ne reçois aucun mail de
notification : je vois vos réponses seulement si je vais sur le portail.
Les notifications sont pourtant cochées dans mon profil. Rien dans les
spams.

Romain Giraud
"""))

u = V("9730288")
M("M17", "missing_noreply_mail", True, u, "guyane", "espace_acheteur", False, "fr",
  "The invitation to finish creating the Espace Acheteur account never arrived; no product named; Guyane time zone.",
  frm=("Ludovic Sainte-Rose", "ludovic.sainte-rose@ac-guyane.fr"),
  subject="Invitation non reçue - Espace Acheteur",
  date="Wed, 09 Oct 2024 08:25:40 -0300",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

Notre administratrice de structure m'a ajouté lundi comme utilisateur de
l'Espace Acheteur. Je devais recevoir une invitation pour terminer la
création de mon compte : rien n'est arrivé, ni dans la boîte de réception,
ni dans les indésirables.

Lycée Léon-Gontran Damas - Rémire-Montjoly - UAI {u}

Cordialement,
Ludovic Sainte-Rose
"""))


# ============================================= head_of_establishment_request

u = V("0342731")
M("H01", "head_of_establishment_request", False, u, "occitanie", "esidoc", False, "fr",
  "The principal writes from the ce.<UAI> address to ask for the e-sidoc administrator password reset and a new contact address for the newly arrived librarian.",
  frm=("Principal - Collège Joseph Delteil", f"ce.{u}@ac-montpellier.fr"),
  subject=f"Compte administrateur e-sidoc - collège Joseph Delteil ({u})",
  date="Fri, 20 Sep 2024 11:48:26 +0200",
  extra=OUTLOOK,
  body=ALT(f"""Madame, Monsieur,

M. Arnaud Fabre a pris ses fonctions de professeur documentaliste dans
notre établissement (UAI {u}) à la rentrée. Il ne dispose pas des accès au
compte administrateur du portail e-sidoc, dont l'adresse de contact est
toujours celle de sa prédécesseure.

Je vous demande donc de bien vouloir réinitialiser le mot de passe de ce
compte et de remplacer l'adresse de contact par la sienne :
arnaud.fabre@ac-montpellier.fr.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Le principal,
Gilles Auriol
""", "outlook", "----=_NextPart_000_0052_01DB0B41.9A8B7C60"))

u = V("0561914")
M("H02", "head_of_establishment_request", False, u, "bretagne", "espace_acheteur", False, "fr",
  "The proviseur designates the new gestionnaire as Espace Acheteur structure administrator and asks to close the former one's access.",
  frm=("Proviseure Lycée Colbert", f"ce.{u}@ac-rennes.fr"),
  subject="Changement d'administrateur de structure",
  date="Mon, 09 Sep 2024 14:30:05 +0200",
  extra=ZIMBRA,
  body=T(f"""Bonjour,

Mme Sophie Le Gall, gestionnaire, a quitté le lycée Colbert de Lorient
(UAI {u}) au 31 août. Je désigne M. Pierre-Yves Quéré, qui lui succède,
comme administrateur de structure de notre établissement sur l'Espace
Acheteur, et vous remercie de bien vouloir désactiver les accès de
Mme Le Gall.

Adresse de M. Quéré : pierre-yves.quere@ac-rennes.fr

Cordialement,

La proviseure
Anne-Sophie Kerhervé
"""))

u = V("0593762")
M("H03", "head_of_establishment_request", False, u, "hauts-de-france", "esidoc", False, "fr",
  "A primary-school head (directrice d'école) asks to replace the e-sidoc administrator contact address with the school's own address before she leaves.",
  frm=("Directrice École Jules Ferry", f"ce.{u}@ac-lille.fr"),
  subject="Adresse de contact du compte e-sidoc de l'école",
  date="Thu, 26 Jun 2025 17:18:43 +0200",
  extra=ZIMBRA,
  body=T(f"""Bonjour,

Je quitte la direction de l'école élémentaire Jules Ferry de Roubaix à la
fin de l'année scolaire. Le compte administrateur de notre portail e-sidoc
est rattaché à mon adresse personnelle académique, ce qui posera problème à
la personne qui me succédera.

En tant que directrice, je vous demande de remplacer cette adresse de
contact par celle de l'école, d'où je vous écris : ce.{u.lower()}@ac-lille.fr.

Merci par avance,
Nadège Vandenbussche
Directrice
"""))

u = V("0851536")
M("H04", "head_of_establishment_request", False, u, "pays-de-la-loire", "esidoc", True, "fr",
  "The librarian sends the principal's signed letter (PDF) with the principal in copy: it is the head's written request, relayed; staff must check the letter and the sender.",
  frm=("Élodie Charrier", "elodie.charrier@ac-nantes.fr"),
  cc=who("Principal Collège Les Sicardières", f"ce.{u}@ac-nantes.fr"),
  subject="Courrier de M. le Principal - réinitialisation e-sidoc",
  date="Tue, 01 Oct 2024 10:05:59 +0200",
  extra=THUNDERBIRD,
  body=MP("mixed", [
      T(f"""Bonjour,

Comme convenu au téléphone avec votre collègue, vous trouverez ci-joint le
courrier signé de M. le Principal demandant la réinitialisation du mot de
passe administrateur d'e-sidoc et l'enregistrement de mon adresse comme
adresse de contact. M. le Principal est en copie de ce message.

Collège Les Sicardières - Chantonnay - UAI {u}

Bien cordialement,
Élodie Charrier
Professeure documentaliste
"""),
      ATT("Courrier_principal_e-sidoc.pdf", "application/pdf", pdf("Courrier principal e-sidoc"))],
      "------------0Fh8Zq3KxW1bV6c9Tn2mR4sD", preamble="This is a multi-part message in MIME format.\n"))

u = V("0451687")
M("H05", "head_of_establishment_request", False, u, "centre-val-de-loire", "esidoc", False, "fr",
  "The principal answers from his iPhone, on the password ticket, the desk's request for a written confirmation (Apple Mail quote): it is the head's written authorisation; the UAI appears in the quoted text.",
  frm=("Jean-Luc Besnard", "jean-luc.besnard@ac-orleans-tours.fr"),
  subject="Re: [#SUP-006645] Mot de passe e-sidoc - autorisation du chef d'établissement",
  date="Wed, 05 Feb 2025 12:02:17 +0100",
  irt="<SUP-006645.1738746840.5f6a7b@assistance.example.fr>",
  extra=IPHONE,
  body=T(f"""Bonjour,
Je confirme, en tant que principal du collège, que le mot de passe peut être réinitialisé et envoyé à Mme Ribeiro.
Cordialement
JL Besnard

Envoyé de mon iPhone

> Le 5 févr. 2025 à 10:14, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Pour réinitialiser le mot de passe administrateur du portail de
> l'établissement {u}, nous avons besoin de l'accord écrit du chef
> d'établissement. Pourriez-vous nous le faire parvenir en réponse à ce
> message ?
>
> Cordialement,
> L'équipe d'assistance
"""))

u = V("0061947")
M("H06", "head_of_establishment_request", False, u, "provence-alpes-cote-d-azur", "espace_acheteur", False, "en",
  "English: the head of the school names a new Espace Acheteur structure administrator and asks to remove the former one.",
  frm=("Head of School - CIV", f"ce.{u}@ac-nice.fr"),
  subject="New structure administrator for our school",
  date="Tue, 17 Sep 2024 09:12:39 +0200",
  extra=OUTLOOK_EN,
  body=T(f"""Dear Sir or Madam,

As head of the Centre International de Valbonne (UAI {u}), I hereby
designate Ms Clara Jensen, our new finance manager, as the structure
administrator of our establishment on the Espace Acheteur, replacing
Mr Paul Ricci, who left the school in July. Please remove Mr Ricci's
access.

Ms Jensen's address: clara.jensen@ac-nice.fr

Yours faithfully,

Dr Eleanor Marsh
Proviseure / Head of School
"""))

u = V("0931375")
M("H07", "head_of_establishment_request", False, u, "ile-de-france", "esidoc", True, "fr",
  "Claims to be the principal from the ce.<UAI> address, but SPF and DMARC fail and the Reply-To is a free-mail address where the admin password should go: a probable spoof, still a head-of-establishment request for staff to refuse.",
  frm=("Principal Collège Travail", f"ce.{u}@ac-creteil.fr"),
  reply_to="principal.college.travail@gmail.com",
  subject="URGENT - accès administrateur",
  date="Sat, 08 Mar 2025 23:41:05 +0100",
  auth=(f"dkim=none;\n\tspf=fail smtp.mailfrom=ac-creteil.fr;\n\t"
        f"dmarc=fail (p=quarantine dis=none) header.from=ac-creteil.fr"),
  relay=("vps-3f1a.hosting-cheap.example.net", "203.0.113.99"),
  body=T(f"""Bonjour,

Je suis le principal du collège (UAI {u}). Pour une raison de sécurité,
merci de changer immédiatement l'adresse de contact du compte administrateur
e-sidoc pour principal.college.travail@gmail.com et de m'envoyer le nouveau
mot de passe à cette adresse. C'est urgent, je dois intervenir ce week-end.

Le principal
"""))

u = V("0692415")
M("H08", "head_of_establishment_request", False, u, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "The proviseur authorises in writing his deputy gestionnaire to validate a specific order on the Espace Acheteur: authorisation of an order.",
  frm=("Proviseur Lycée La Martinière", f"ce.{u}@ac-lyon.fr"),
  subject="Autorisation de validation de commande",
  date="Wed, 04 Dec 2024 08:36:14 +0100",
  extra=OUTLOOK,
  body=ALT(f"""Madame, Monsieur,

J'autorise Mme Catherine Roussel, adjointe gestionnaire, à valider en mon
nom sur l'Espace Acheteur la commande de mobilier du CDI (panier
« CDI-2024-12 », 14 860 EUR TTC), dont le montant dépasse le seuil de
délégation habituel. Cette dépense a été votée au conseil d'administration
du 28 novembre.

Lycée La Martinière - UAI {u}

Le proviseur,
Hervé Dumontet
""", "outlook", "----=_NextPart_000_0065_01DB4626.7A8B9C10"))

M("H09", "head_of_establishment_request", False, None, None, "esidoc", False, "fr",
  "A collège principal gives her agreement for the admin password reset from a personal address while on holiday, without UAI: weak evidence, staff must verify.",
  frm=("Brigitte Carrère", "brigitte.carrere@laposte.net"),
  subject="Accord pour la réinitialisation du mot de passe",
  date="Thu, 24 Oct 2024 19:27:53 +0200",
  extra=WEBMAIL_ORANGE,
  auth="dkim=pass (2048-bit key) header.d=laposte.net;\n\tspf=pass smtp.mailfrom=laposte.net;\n\tdmarc=pass (p=none dis=none) header.from=laposte.net",
  body=T("""Bonjour,

Je suis principale du collège Henri Barbusse de Vaulx et actuellement en
congés. Notre documentaliste m'informe que vous attendez mon accord pour
réinitialiser le mot de passe administrateur du portail documentaire.

Je vous donne mon accord. Je vous écris de mon adresse personnelle car je
n'ai pas accès à ma messagerie professionnelle cette semaine.

Cordialement,
Brigitte Carrère
Principale
"""))

u = V("0671642")
M("H10", "head_of_establishment_request", False, u, "grand-est", "esidoc", True, "fr",
  f"The body gives {BAD('0671642', 4)} (wrong check letter) but the sender ce.{u}@ac-strasbourg.fr carries the valid UAI, which is the label; the principal asks for the admin reset.",
  frm=("Principale Collège Twinger", f"ce.{u}@ac-strasbourg.fr"),
  subject="Demande de réinitialisation - portail documentaire",
  date="Mon, 13 Jan 2025 10:58:36 +0100",
  extra=OUTLOOK,
  body=HTML(f"""Madame, Monsieur,

Je vous prie de bien vouloir réinitialiser le mot de passe du compte
administrateur de notre portail e-sidoc (collège Twinger, UAI
{BAD('0671642', 4)}) et d'en adresser le lien à l'adresse de
l'établissement. Notre documentaliste, Mme Hoffmann, est en arrêt et sa
remplaçante doit pouvoir travailler dès cette semaine.

Avec mes remerciements,

La principale
Marie-Odile Zimmermann
""", "outlook"))

u = V("0301853")
M("H11", "head_of_establishment_request", False, u, "occitanie", "espace_acheteur", False, "fr",
  "The proviseur asks to remove the retiring gestionnaire's Espace Acheteur access and names the successor, citing the board's deliberation.",
  frm=("Proviseur Lycée Dhuoda", f"ce.{u}@ac-montpellier.fr"),
  subject="Départ en retraite du gestionnaire - accès Espace Acheteur",
  date="Tue, 01 Jul 2025 15:20:48 +0200",
  extra=THUNDERBIRD,
  body=T(f"""Madame, Monsieur,

M. Alain Bosc, gestionnaire du lycée Dhuoda (UAI {u}), part à la retraite
le 4 juillet. Je vous demande de supprimer ses accès à l'Espace Acheteur à
compter de cette date et d'enregistrer Mme Samia Ouali, qui lui succède,
comme administratrice de structure. Le conseil d'administration a pris acte
de cette nomination le 26 juin.

Adresse de Mme Ouali : samia.ouali@ac-montpellier.fr

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Le proviseur
Luc Granier
"""))

u = V("0251731")
M("H12", "head_of_establishment_request", False, u, "bourgogne-franche-comte", "esidoc", True, "fr",
  "The principal himself forgot the e-sidoc administrator password and asks for a reset from the ce.<UAI> address: looks like password_reset, but a head's request for the admin password is a head-of-establishment request.",
  frm=("Principal Collège Lucie Aubrac", f"ce.{u}@ac-besancon.fr"),
  subject="Mot de passe administrateur oublié",
  date="Wed, 27 Nov 2024 18:09:21 +0100",
  extra=ZIMBRA,
  body=T(f"""Bonjour,

Je suis le principal du collège Lucie Aubrac de Besançon. Faute de
documentaliste depuis la Toussaint, c'est moi qui ai récupéré la gestion du
portail e-sidoc, et j'ai oublié le mot de passe administrateur que
j'avais choisi.

Je vous remercie de le réinitialiser et d'envoyer le lien sur la présente
adresse.

UAI : {u}

Bien cordialement,
Xavier Roux, principal
"""))

u = V("0291775")
M("H13", "head_of_establishment_request", False, u, "bretagne", "esidoc", False, "fr",
  "The head of a private school (chef d'établissement) names the new e-sidoc administrator; UAI in the signature, non-academic sender.",
  frm=("Direction - Ensemble scolaire Saint-Gabriel", "direction@ensemble-saint-gabriel-quimper.fr"),
  subject="Nouvel administrateur e-sidoc",
  date="Thu, 12 Sep 2024 16:41:02 +0200",
  extra=THUNDERBIRD,
  auth="nodkim",
  body=T(f"""Bonjour,

En ma qualité de chef d'établissement, je vous informe que
Mme Maud Tanguy, nouvelle professeure documentaliste, devient
l'administratrice de notre portail e-sidoc à compter de ce jour. Merci de
bien vouloir lui transférer les accès (adresse : m.tanguy@ensemble-saint-gabriel-quimper.fr)
et de retirer ceux de M. Corre, parti en juillet.

Cordialement,

Yves Le Bihan
Chef d'établissement
Ensemble scolaire Saint-Gabriel - Quimper
UAI : {u}
"""))


# ========================================================== mailinblack_spam

u = V("0281449")
M("B01", "mailinblack_spam", True, u, "centre-val-de-loire", "espace_acheteur", False, "fr",
  "The lycée's IT assistant says Mailinblack blocks the Espace Acheteur messages and asks how to allow them.",
  frm=("Sylvain Porcher", "sylvain.porcher@ac-orleans-tours.fr"),
  subject="Vos mails bloqués chez nous",
  date="Thu, 03 Oct 2024 10:28:14 +0200",
  extra=THUNDERBIRD,
  body=T(f"""Bonjour,

Je suis l'assistant informatique du lycée Marceau à Chartres ({u}). Les
collègues de l'intendance ne reçoivent plus les messages de l'Espace
Acheteur : ils sont arrêtés par Mailinblack, que la Région a mis en place
sur nos boîtes. Quelles adresses dois-je autoriser pour que ça passe ?

Merci,
Sylvain Porcher
"""))

M("B02", "mailinblack_spam", True, None, None, None, False, "fr",
  "One line from a phone: blocked by Mailinblack, send the procedure; no platform named.",
  frm=("Patricia Lemoine", "patricia.lemoine5@orange.fr"),
  subject="mailinblack",
  date="Tue, 21 Jan 2025 13:02:40 +0100",
  body=T("""bloqué par mailinblack, vous pouvez m'envoyer la procédure svp

Envoyé depuis mon smartphone Samsung Galaxy."""))

u = V("0951408")
M("B03", "mailinblack_spam", True, u, "ile-de-france", "esidoc", False, "en",
  "English: MailInBlack quarantine holds the e-sidoc new-password emails.",
  frm=("Megan Doyle", "megan.doyle@ac-versailles.fr"),
  subject="Emails stuck in MailInBlack quarantine",
  date="Mon, 18 Nov 2024 15:11:29 +0100",
  extra=OUTLOOK_EN,
  body=T(f"""Hello,

Our school (UAI {u}) uses MailInBlack and the new-password emails from
e-sidoc end up in the MailInBlack quarantine. I can see them listed there
but the link inside has expired by the time I find them.

Is there a list of senders we should add to the allow-list?

Kind regards,
Megan Doyle
Librarian, Lycée international de Cergy
"""))

M("B04", "mailinblack_spam", False, None, "grand-est", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (held messages, sender asked to prove it is human) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide; region from ac-nancy-metz.fr.",
  frm=("Valérie Thiébaut", "valerie.thiebaut@ac-nancy-metz.fr"),
  subject="Vos messages restent « en attente »",
  date="Wed, 12 Feb 2025 11:44:08 +0100",
  extra=OUTLOOK,
  body=T("""Bonjour,

Depuis la semaine dernière, vos messages (activation, mot de passe de
l'Espace Acheteur) n'arrivent plus directement : je reçois à la place un
récapitulatif qui m'indique qu'ils sont « en attente d'authentification de
l'expéditeur », et que l'expéditeur a reçu un message lui demandant de
prouver qu'il n'est pas un robot. Je suppose que votre adresse d'envoi ne
peut pas répondre à cela.

Je ne sais pas quel outil fait ça, c'est le service informatique qui l'a
installé. Que faut-il faire ?

Valérie Thiébaut
Secrétaire de gestion
"""))

u = V("0421893")
M("B05", "mailinblack_spam", False, u, "auvergne-rhone-alpes", "esidoc", True, "fr",
  "Two topics: e-sidoc mail held by MailInBlack (main) and a question about a missing invoice (order_billing); a single template would answer only half.",
  frm=("Jérôme Faure", "jerome.faure@ac-lyon.fr"),
  subject="Mailinblack + facture",
  date="Fri, 06 Dec 2024 14:25:50 +0100",
  extra=ZIMBRA,
  body=T(f"""Bonjour,

Deux sujets :

- les messages d'e-sidoc sont bloqués par MailInBlack depuis que le
  Département l'a installé au collège ; nous ne recevons plus rien ;
- et par ailleurs je n'ai jamais reçu la facture de l'abonnement commandé
  en octobre, alors que l'agent comptable me la réclame pour la clôture.

Collège Jules Vallès - Saint-Étienne - {u}

Merci,
Jérôme Faure
Gestionnaire
"""))

M("B06", "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "The région's IT department rolled out MailInBlack on all lycées and asks which senders to allow-list for the Espace Acheteur; non-academic sender.",
  frm=("DSI - Pôle lycées", "pole-lycees.dsi@laregion-exemple.fr"),
  subject="Déploiement Mailinblack - liste des expéditeurs à autoriser",
  date="Mon, 02 Sep 2024 09:03:44 +0200",
  extra=OUTLOOK,
  body=ALT("""Bonjour,

La Direction des systèmes d'information de la Région a déployé cet été la
solution Mailinblack sur les messageries de l'ensemble des lycées publics.

Afin que les gestionnaires continuent de recevoir les notifications de
l'Espace Acheteur (création de compte, mot de passe, alertes), pouvez-vous
nous communiquer la liste complète des adresses et domaines d'expédition à
inscrire en liste blanche ?

Cordialement,

Nicolas Vernet
Chef de projet messagerie - DSI
""", "outlook", "----=_NextPart_000_0009_01DAFD0C.1B2C3D40"))

u = V("0401336")
M("B07", "mailinblack_spam", True, u, "nouvelle-aquitaine", "esidoc", False, "fr",
  "The product is misspelled 'mailing black' but clearly named: mail from e-sidoc held in its quarantine.",
  frm=("Christophe Dufau", "christophe.dufau@ac-bordeaux.fr"),
  subject="mail bloquer",
  date="Thu, 30 Jan 2025 17:52:31 +0100",
  body=T(f"""bonjour
les mail du portail esidoc sont bloquer par mailing black depuis la rentree de janvier , il faut que j aille les chercher a chaque fois dans la quarantaine et des fois le lien ne marche plus . comment faire pour que ca arrive direct ?
college de Mimizan {u}
merci
C Dufau
"""))

u = V("0141725")
M("B08", "mailinblack_spam", True, u, "normandie", "espace_acheteur", False, "fr",
  "Reply quoting the junk-folder answer (Gmail French quote): the IT department says MailInBlack is holding the mail; the MailInBlack guide is now the right answer.",
  frm=("Mélanie Hébert", "melanie.hebert@ac-normandie.fr"),
  subject="Re: [#SUP-005990] Mail de confirmation non reçu",
  date="Wed, 13 Nov 2024 09:15:03 +0100",
  irt="<SUP-005990.1731402180.6c7d8e@assistance.example.fr>",
  body=ALT(f"""Bonjour,

J'ai vérifié les indésirables, rien. Par contre notre informaticien vient
de me dire que c'est MailInBlack qui retient vos messages : il les voit dans
la console. Que doit-il autoriser exactement ?

Mélanie Hébert
Collège Guillaume de Normandie - Caen - {u}

Le mar. 12 nov. 2024 à 10:03, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Merci de vérifier votre dossier de courrier indésirable et d'ajouter
> notre adresse d'envoi à vos expéditeurs approuvés.
>
> L'équipe d'assistance
""", "gmail", "000000000000d9e8f70626b2c3a4"))

M("B09", "mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "English: a département's IT team protects the collèges' mail with MailInBlack Protect and asks which domains and IP ranges to allow for the Espace Acheteur notifications.",
  frm=("Network & Messaging Team", "messaging@it.departement-exemple.fr"),
  subject="Allow-listing your sending domains in MailInBlack Protect",
  date="Tue, 10 Sep 2024 16:33:27 +0200",
  extra=OUTLOOK_EN,
  body=T("""Hello,

We manage the email service for the public collèges of our département and
have just moved them behind MailInBlack Protect. Several gestionnaires
report that the Espace Acheteur notifications are now held.

Could you send us the sending domains and, if possible, the IP ranges of
your mail servers, so that we can add them to the MailInBlack allow-list at
the organisation level?

Regards,
Anthony Ferreira
Network & Messaging Team
"""))

u = V("0861472")
M("B10", "mailinblack_spam", True, u, "nouvelle-aquitaine", "esidoc", False, "fr",
  "A person forwards (Apple Mail 'Début du message réexpédié') the MailInBlack 'messages en attente' notice listing e-sidoc mail and asks how to stop it: the outer message is a real question.",
  frm=("Anne Fouquet", "anne.fouquet@ac-poitiers.fr"),
  subject="Fwd: Vous avez 3 messages en attente",
  date="Mon, 20 Jan 2025 08:58:46 +0100",
  extra=APPLE,
  body=T(f"""Bonjour,

Voilà ce que je reçois chaque matin au lieu de vos messages. Comment faire
pour ne plus passer par là ?

Anne Fouquet
Collège Jean Moulin, Poitiers ({u})

Début du message réexpédié :

De: Mailinblack <noreply@protect.mailinblack.example.com>
Objet: Vous avez 3 messages en attente
Date: 20 janvier 2025 à 07:00:04 UTC+1
À: anne.fouquet@ac-poitiers.fr

Bonjour,

3 messages sont en attente de validation :
- no-reply@esidoc.example.fr - Réinitialisation de votre mot de passe
- no-reply@esidoc.example.fr - Réinitialisation de votre mot de passe
- no-reply@esidoc.example.fr - Votre commande est enregistrée

Délivrer / Mettre en liste noire
"""))

M("B11", "mailinblack_spam", True, None, "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "She allowed the sender in MailInBlack, but the following Espace Acheteur mails are still held; region from ac-aix-marseille.fr.",
  frm=("Laetitia Orsini", "laetitia.orsini@ac-aix-marseille.fr"),
  subject="Toujours bloqué malgré l'autorisation",
  date="Wed, 05 Mar 2025 14:41:19 +0100",
  extra=OUTLOOK,
  body=T("""Bonjour,

Dans mon espace Mailinblack, j'ai cliqué sur « Autoriser l'expéditeur »
pour votre adresse la semaine dernière. Pourtant les messages suivants de
l'Espace Acheteur sont encore passés dans les indésirables de Mailinblack et
j'ai dû les délivrer un par un.

Y a-t-il une autre manipulation à faire ?

Laetitia Orsini
Adjointe gestionnaire
"""))

u = V("0911927")
M("B12", "mailinblack_spam", True, u, "ile-de-france", "esidoc", False, "fr",
  "HTML-only Outlook: the département installed Mailinblack on the collège and the e-sidoc customer-account mails are held; asks for the guide.",
  frm=("Gestion Collège Paul Fort", f"int.{u}@ac-versailles.fr"),
  subject="Mailinblack et messages e-sidoc",
  date="Tue, 14 Jan 2025 11:17:33 +0100",
  extra=OUTLOOK,
  body=HTML(f"""Bonjour,

Le Département a installé Mailinblack sur nos boîtes pendant les vacances
de Noël. Depuis, les messages de notre compte client e-sidoc (confirmations
de commande, notamment) sont retenus.

Auriez-vous un guide pour les autoriser une bonne fois pour toutes ?

Cordialement,

Karine Lopes
Gestionnaire
Collège Paul Fort - Montlhéry
UAI {u}
""", "outlook"))

u = V("0721649")
M("B13", "mailinblack_spam", True, u, "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Mentions a password reset, but what fails is the reset mail held by MailInBlack: mailinblack_spam, not password_reset.",
  frm=("Francis Beaudouin", "francis.beaudouin@ac-nantes.fr"),
  subject="Réinitialisation impossible",
  date="Thu, 27 Mar 2025 09:36:58 +0100",
  extra=THUNDERBIRD,
  body=T(f"""Bonjour,

Je voulais simplement changer mon mot de passe de l'Espace Acheteur, mais
le message de réinitialisation est bloqué par MailInBlack : je le vois
dans la liste des messages en attente et, quand je le délivre, le lien a
déjà expiré. Je suis bloqué dans une boucle.

Lycée Le Mans Sud - {u}

Francis Beaudouin
"""))


# ============================================================= order_billing

u = V("0711593")
M("OB1", "order_billing", False, u, "bourgogne-franche-comte", "esidoc", False, "fr",
  "Asks for a formal quote for the subscriptions renewal, needed for the bon d'engagement before the board meeting.",
  frm=("Delphine Lacroix", "delphine.lacroix@ac-dijon.fr"),
  subject="Demande de devis - renouvellement 2025",
  date="Mon, 18 Nov 2024 10:12:33 +0100",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

Afin de préparer le budget 2025, qui passe au conseil d'administration le
28 novembre, j'aurais besoin d'un devis pour le renouvellement de nos
abonnements numériques (Europresse et Universalis) pour le lycée Henri
Vincenot de Louhans, UAI {u}.

Sans devis, l'agent comptable ne pourra pas émettre le bon d'engagement.

Merci d'avance,
Delphine Lacroix
Gestionnaire
"""))

u = V("0161268")
M("OB2", "order_billing", False, u, "nouvelle-aquitaine", "esidoc", False, "fr",
  "Year-end closing: the agent comptable cannot find the invoice for an October order on Chorus Pro.",
  frm=("Agence comptable Lycée Guez de Balzac", f"ac.{u}@ac-poitiers.fr"),
  subject="Facture absente de Chorus Pro - clôture",
  date="Tue, 10 Dec 2024 15:03:48 +0100",
  extra=OUTLOOK,
  body=ALT(f"""Bonjour,

Dans le cadre des opérations de fin d'exercice, je constate que la facture
correspondant à la commande d'abonnements du 14 octobre (portail e-sidoc du
lycée Guez de Balzac, Angoulême, UAI {u}) n'a toujours pas été déposée sur
Chorus Pro. Le service fait a été constaté.

Pouvez-vous procéder au dépôt avant le 20 décembre, date à laquelle nous
arrêtons les mandatements ?

Cordialement,

Fabrice Moreau
Agent comptable
""", "outlook", "----=_NextPart_000_0088_01DB4B11.2C3D4E50"))

u = V("0311762")
M("OB3", "order_billing", False, u, "occitanie", "esidoc", False, "en",
  "English Outlook reply ('From: / Sent:' quote) asking for the invoice to be reissued to the accounting office instead of the library.",
  frm=("Samuel Whitaker", "samuel.whitaker@ac-toulouse.fr"),
  subject="RE: Your invoice FC-24-11873",
  date="Thu, 21 Nov 2024 09:44:10 +0100",
  extra=OUTLOOK_EN,
  body=T(f"""Hello,

The invoice below was made out to "CDI - International Section", which is
not a legal entity. Our accounting office tells me it must be addressed to
"Agence comptable du Lycée international Victor Hugo, Colomiers" (UAI {u})
or they cannot pay it.

Could you please reissue it?

Best regards,
Samuel Whitaker
Teacher-librarian

From: Facturation <facturation@assistance.example.fr>
Sent: 19 November 2024 14:02
To: Whitaker Samuel <samuel.whitaker@ac-toulouse.fr>
Subject: Your invoice FC-24-11873

Please find attached invoice FC-24-11873 for your e-sidoc subscriptions.
"""))

u = V("0221765")
M("OB4", "order_billing", False, u, "bretagne", "esidoc", True, "fr",
  "Reply on a closed password ticket (subject names it) that now asks for a copy of an invoice: clearly a new request, so order_billing.",
  frm=("Armelle Jégou", "armelle.jegou@ac-rennes.fr"),
  subject="Re: [#SUP-005731] Mot de passe oublié",
  date="Wed, 15 Jan 2025 16:28:07 +0100",
  irt="<SUP-005731.1730716800.1d2e3f@assistance.example.fr>",
  extra=THUNDERBIRD,
  body=T(f"""Bonjour,

Je reprends ce vieux message faute d'avoir une autre adresse : mon souci de
mot de passe de novembre est réglé depuis longtemps, merci.

Aujourd'hui j'aurais besoin d'un duplicata de la facture de l'abonnement
Europresse 2024, que notre nouvelle gestionnaire ne retrouve pas dans les
archives.

Collège Anatole Le Braz - Saint-Brieuc - UAI {u}

Merci,
Armelle Jégou

Le 05/11/2024 à 11:20, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> votre établissement.
>
> L'équipe d'assistance
"""))

M("OB5", "order_billing", False, None, None, "espace_acheteur", False, "fr",
  "A town buyer cannot validate a basket on the Espace Acheteur (the validation button stays greyed out): order validation.",
  frm=("Sabrina Cointe", "s.cointe@ville-montbrison.fr"),
  subject="Impossible de valider mon panier",
  date="Fri, 07 Mar 2025 11:52:26 +0100",
  extra=OUTLOOK,
  auth="nodkim",
  body=MP("mixed", [
      T("""Bonjour,

Je prépare la commande de papier pour les six écoles de la ville. Mon panier
est complet, mais le bouton « Valider la commande » reste grisé, sans
message d'erreur. J'ai essayé avec Firefox et Edge, même chose. Je joins
une capture d'écran.

Cordialement,
Sabrina Cointe
Service achats - Ville de Montbrison
"""),
      ATT("panier.png", "image/png", png("OB5"))],
      "----=_NextPart_000_0104_01DB8F4A.9E0F1A20"))

u = BAD("0501433", 3)
M("OB6", "order_billing", False, None, "normandie", "esidoc", True, "fr",
  f"Pays by mandat administratif: asks for bank details and a corrected invoice; the code {u} has a wrong check letter (the digits give {V('0501433')}), so no UAI, and the region comes from the ac-normandie.fr sender.",
  frm=("Mickaël Lepetit", "mickael.lepetit@ac-normandie.fr"),
  subject="RIB et SIRET pour paiement par mandat",
  date="Thu, 23 Jan 2025 14:36:11 +0100",
  extra=ZIMBRA,
  body=T(f"""Bonjour,

Nous réglons par mandat administratif. Pour enregistrer votre société comme
tiers, l'agence comptable me demande un RIB à jour ; elle signale aussi que
le numéro SIRET porté sur la facture n° FC-24-12905 ne correspond pas à
celui de l'avis de situation INSEE.

Pouvez-vous nous transmettre un RIB et, le cas échéant, une facture
rectifiée ?

Collège Jean-François Millet - Cherbourg - {u}

Mickaël Lepetit
Gestionnaire
"""))

u = V("0571813")
M("OB7", "order_billing", False, u, "grand-est", "esidoc", False, "fr",
  "HTML-only Outlook (windows-1252): the invoice applies 20 % VAT to press subscriptions instead of the reduced rate; asks for a corrected invoice.",
  frm=("Gestion Lycée Louis Vincent", f"int.{u}@ac-nancy-metz.fr"),
  subject="Erreur de taux de TVA sur facture",
  date="Tue, 04 Feb 2025 10:07:55 +0100",
  extra=OUTLOOK,
  body=HTML(f"""Bonjour,

La facture reçue ce matin pour nos abonnements de presse en ligne applique
une TVA à 20 % (total 1 416,00 €), alors que le devis signé indiquait un
taux réduit (total 1 240,80 €).

Pourriez-vous nous adresser une facture corrigée ? Nous ne pouvons pas
liquider la dépense en l’état.

Cordialement,

Sonia Klein
Gestionnaire
Lycée Louis Vincent – Metz
UAI {u}
""", "outlook", cs="windows-1252"))

u = V("0581392")
M("OB8", "order_billing", False, u, "bourgogne-franche-comte", "esidoc", True, "fr",
  "Written by the principal, but he only asks why the same subscription was invoiced twice: an invoice question, not a head-of-establishment request.",
  frm=("Principal Collège Les Courlis", f"ce.{u}@ac-dijon.fr"),
  subject="Double facturation ?",
  date="Mon, 03 Mar 2025 08:44:29 +0100",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

En signant les mandats ce matin, je constate que nous avons reçu deux
factures pour le même abonnement Universalis (FC-25-00412 du 3 février et
FC-25-00988 du 24 février), aux montants identiques.

S'agit-il d'une erreur ? Dans ce cas, merci de nous envoyer un avoir pour la
seconde.

Le principal
Collège Les Courlis - Nevers - UAI {u}
"""))

u = V("9741733")
M("OB9", "order_billing", False, u, "la-reunion", "esidoc", False, "fr",
  "Chorus Pro rejected the invoice because the legal commitment number is missing; asks for a new invoice; Réunion time zone.",
  frm=("Nathalie Payet", "nathalie.payet@ac-reunion.fr"),
  subject="Facture rejetée par Chorus - numéro d'engagement",
  date="Wed, 12 Mar 2025 13:21:40 +0400",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

Votre facture FC-25-01244 a été rejetée par Chorus Pro avec le motif
« numéro d'engagement juridique absent ». Le numéro figurait pourtant sur
notre bon de commande : EJ 2025-00087.

Merci de redéposer une facture qui le mentionne.

Cordialement,
Nathalie Payet
Gestionnaire - Lycée Leconte de Lisle - Saint-Denis
UAI {u}
"""))


# =========================================================== account_creation

M("AC1", "account_creation", True, None, None, "espace_acheteur", False, "fr",
  "A newly hired town buyer asks how to create an Espace Acheteur account: the sign-up answer fits.",
  frm=("Audrey Besson", "audrey.besson@mairie-villefranche-lauragais.fr"),
  subject="Création de compte",
  date="Mon, 02 Dec 2024 14:15:38 +0100",
  extra=OUTLOOK,
  auth="nodkim",
  body=T("""Bonjour,

Je viens d'être recrutée au service marchés de la mairie et ma directrice
me demande d'utiliser l'Espace Acheteur pour les achats des écoles. Je n'ai
pas encore de compte : comment dois-je procéder pour en ouvrir un ?

Cordialement,
Audrey Besson
Chargée des marchés publics
"""))

u = V("0111487")
M("AC2", "account_creation", True, u, "occitanie", "espace_acheteur", False, "fr",
  "Filled the sign-up form two days ago and still cannot log in: the account awaits the structure administrator's validation (FAQ case).",
  frm=("Romane Cathala", "romane.cathala@ac-montpellier.fr"),
  subject="Connexion refusée après inscription",
  date="Thu, 26 Sep 2024 10:48:17 +0200",
  extra=ZIMBRA,
  body=T(f"""Bonjour,

J'ai rempli mardi le formulaire d'inscription à l'Espace Acheteur pour le
collège Varsovie de Carcassonne ({u}). Quand j'essaie de me connecter, on
me répond que mon compte n'est pas encore actif. Est-ce normal ? Combien de
temps faut-il attendre ?

Merci,
Romane Cathala
Secrétaire de gestion
"""))

M("AC3", "account_creation", False, None, "grand-est", "espace_acheteur", False, "fr",
  "Asks who the structure administrator of her lycée is: needs a look-up, so a person answers; region from ac-reims.fr.",
  frm=("Séverine Collard", "severine.collard@ac-reims.fr"),
  subject="Qui est notre administrateur ?",
  date="Wed, 16 Oct 2024 15:21:02 +0200",
  extra=OUTLOOK,
  body=T("""Bonjour,

Pour valider mon compte sur l'Espace Acheteur, on m'indique qu'il faut
l'accord de « l'administrateur de structure » du lycée Jean Jaurès de
Reims. Personne ici ne sait de qui il s'agit. Pouvez-vous me dire qui c'est ?

Merci,
Séverine Collard
"""))

u = V("0011864")
M("AC4", "account_creation", True, u, "auvergne-rhone-alpes", "esidoc", False, "en",
  "English: a new librarian wants to open the e-sidoc customer account before placing a first order: the account-opening answer fits.",
  frm=("Jessica Palmer", "jessica.palmer@ac-lyon.fr"),
  subject="Opening a customer account",
  date="Tue, 24 Sep 2024 13:57:44 +0200",
  extra=OUTLOOK_EN,
  body=T(f"""Hello,

I started this month as librarian at the Lycée international de
Ferney-Voltaire (UAI {u}). I would like to order two online subscriptions
for the library, but it seems I first need a customer account. How do I
open one?

Thank you,
Jessica Palmer
"""))

u = V("0871395")
M("AC5", "account_creation", True, u, "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Negation: 'ce n'est pas un oubli de mot de passe', she never had an account: account_creation, not password_reset.",
  frm=("Marion Desbordes", "marion.desbordes@ac-limoges.fr"),
  subject="Pas un problème de mot de passe",
  date="Fri, 08 Nov 2024 11:33:25 +0100",
  extra=THUNDERBIRD,
  body=T(f"""Bonjour,

Le standard m'a orientée vers la procédure « mot de passe oublié », mais ce
n'est pas un oubli : je n'ai tout simplement jamais eu d'accès à l'Espace
Acheteur. Je suis la nouvelle adjointe gestionnaire du lycée Turgot de
Limoges ({u}) et il me faut un compte à mon nom.

Comment l'obtenir ?

Marion Desbordes
"""))

u = V("0132674")
M("AC6", "account_creation", False, u, "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "The account works; asks for order-validation rights to be opened for the deputy gestionnaire: a person answers.",
  frm=("Yasmina Belkacem", "yasmina.belkacem@ac-aix-marseille.fr"),
  subject="Droits de commande pour mon adjointe",
  date="Tue, 28 Jan 2025 09:10:51 +0100",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

Mon adjointe, Mme Rizzo, a bien un compte sur l'Espace Acheteur, mais elle
ne peut que consulter : elle ne voit pas le bouton pour passer commande.
Pourriez-vous lui ouvrir les droits de commande ?

Lycée Marseilleveyre - UAI {u}

Cordialement,
Yasmina Belkacem
Gestionnaire
"""))

u = V("9760633")
M("AC7", "account_creation", False, u, "mayotte", "esidoc", False, "fr",
  "A collège in Mayotte opened at this rentrée: its UAI is not in the list when opening the customer account; the FAQ sends these to the sales team.",
  frm=("Justine Aubry", "justine.aubry@ac-mayotte.fr"),
  subject="UAI introuvable à la création du compte",
  date="Thu, 12 Sep 2024 15:04:36 +0300",
  extra=ZIMBRA,
  body=T(f"""Bonjour,

Notre collège a ouvert ses portes à Dembéni le 26 août. En voulant
créer le compte client pour commander les ressources du CDI, je ne trouve
pas notre UAI ({u}) dans la liste proposée.

Comment faire ?

Justine Aubry
Professeure documentaliste
"""))

M("AC8", "account_creation", False, None, "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Account waiting for validation for three weeks; the only structure administrator has retired: the region must step in; region from ac-besancon.fr.",
  frm=("Loïc Mairot", "loic.mairot@ac-besancon.fr"),
  subject="Compte en attente depuis 3 semaines",
  date="Mon, 21 Oct 2024 08:51:09 +0200",
  extra=OUTLOOK,
  body=T("""Bonjour,

Mon compte sur l'Espace Acheteur est « en attente de validation » depuis
trois semaines. J'ai fini par comprendre que la seule administratrice de
structure du lycée était ma prédécesseure, partie à la retraite en juin.
Personne ne peut donc valider mon compte.

Pouvez-vous débloquer la situation ?

Loïc Mairot
Gestionnaire - Lycée Xavier Marmier, Pontarlier
"""))

M("AC9", "account_creation", False, None, None, "espace_acheteur", False, "fr",
  "A town asks whether three agents can have their own Espace Acheteur accounts under one structure and who would validate them: a person answers.",
  frm=("Philippe Grosjean", "p.grosjean@commune-lescar.fr"),
  subject="Plusieurs utilisateurs pour la commune",
  date="Wed, 05 Feb 2025 16:22:44 +0100",
  extra=OUTLOOK,
  auth="nodkim",
  body=T("""Bonjour,

La commune souhaite que trois agents utilisent l'Espace Acheteur : moi-même
pour les marchés, la responsable des écoles et le responsable des services
techniques. Faut-il créer un compte par personne rattaché à la commune, ou
un seul compte partagé ? Et qui valide les comptes, dans notre cas ?

Cordialement,
Philippe Grosjean
Directeur général des services
"""))


# ==================================================== subscription_activation

u = V("0332581")
M("S1", "subscription_activation", True, u, "nouvelle-aquitaine", "esidoc", False, "fr",
  "Europresse ordered yesterday and not yet visible in the portal: within the 72-hour activation window.",
  frm=("Perrine Lafitte", "perrine.lafitte@ac-bordeaux.fr"),
  subject="Europresse pas encore disponible",
  date="Wed, 09 Oct 2024 09:36:21 +0200",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

Nous avons commandé hier l'abonnement Europresse pour le lycée (UAI {u}),
mais il n'apparaît toujours pas dans nos ressources et les élèves ne le
voient pas. Faut-il faire quelque chose de notre côté ?

Cordialement,
Perrine Lafitte
Professeure documentaliste, lycée Montesquieu
"""))

u = V("0811732")
M("S2", "subscription_activation", True, u, "occitanie", "esidoc", True, "fr",
  "Negation: her password works fine and she can log in; what is missing is the Universalis subscription ordered two days ago: subscription_activation.",
  frm=("Émilie Carayon", "emilie.carayon@ac-toulouse.fr"),
  subject="Universalis : connexion OK mais ressource absente",
  date="Wed, 15 Jan 2025 14:50:33 +0100",
  extra=ZIMBRA,
  body=T(f"""Bonjour,

Je précise d'emblée que je n'ai aucun problème de mot de passe : je me
connecte très bien à l'administration du portail. En revanche, l'abonnement
Universalis commandé lundi ne figure pas dans la liste des ressources.

Collège Jean Jaurès - Castres - {u}

Bonne journée,
Émilie Carayon
"""))

u = V("0371856")
M("S3", "subscription_activation", False, u, "centre-val-de-loire", "esidoc", False, "fr",
  "Ordered two weeks ago and still not active: past the 72-hour rule, a person must look at the order.",
  frm=("Bruno Aumont", "bruno.aumont@ac-orleans-tours.fr"),
  subject="Abonnement toujours inactif",
  date="Mon, 25 Nov 2024 10:17:46 +0100",
  extra=THUNDERBIRD,
  body=T(f"""Bonjour,

Nous avons commandé le 8 novembre l'abonnement « Lire l'actualité » pour le
collège Michelet de Tours ({u}). La commande est validée et payée, mais deux
semaines plus tard la ressource n'est toujours pas activée.

Pouvez-vous vérifier ?

Bruno Aumont
"""))

u = V("0752694")
M("S4", "subscription_activation", True, u, "ile-de-france", "esidoc", False, "en",
  "English: a subscription ordered two days ago does not show yet: within the 72-hour window.",
  frm=("Claire Donovan", "claire.donovan@ac-paris.fr"),
  subject="New subscription not showing",
  date="Thu, 06 Feb 2025 11:04:17 +0100",
  extra=OUTLOOK_EN,
  body=T(f"""Hello,

We ordered the Cafeyn press subscription on Tuesday for our school library
(UAI {u}). It still doesn't appear in our list of resources. Is there
something we need to do to activate it?

Thanks,
Claire Donovan
Lycée Honoré de Balzac, Paris
"""))

u = V("0841563")
M("S5", "subscription_activation", True, u, "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "The subscription is active but pupils cannot see it from the ENT: how to publish the resource on the portal.",
  frm=("Lucie Roumanille", "lucie.roumanille@ac-aix-marseille.fr"),
  subject="Rendre une ressource visible aux élèves",
  date="Tue, 08 Apr 2025 15:44:02 +0200",
  extra=THUNDERBIRD,
  body=T(f"""Bonjour,

Notre abonnement à Lumni Ressources est bien actif : je le vois depuis mon
compte. Mais les élèves qui passent par l'ENT ne le trouvent nulle part sur
le portail. Comment le publier pour qu'il apparaisse sur la page d'accueil ?

Lycée Frédéric Mistral - Avignon - {u}

Merci,
Lucie Roumanille
"""))

u = V("0511854")
M("S6", "subscription_activation", True, u, "grand-est", "esidoc", True, "fr",
  "Written by the principal from the ce.<UAI> address, but he only asks when the subscription ordered yesterday will be available: not a head-of-establishment request.",
  frm=("Principal Collège Trois Fontaines", f"ce.{u}@ac-reims.fr"),
  subject="Date de mise à disposition de l'abonnement",
  date="Thu, 10 Oct 2024 17:32:50 +0200",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

Nous avons validé hier la commande de l'abonnement à l'encyclopédie en
ligne. Pouvez-vous me dire à partir de quand les élèves pourront
l'utiliser ? Les enseignants d'histoire-géographie souhaitent s'en servir
dès la semaine prochaine.

Le principal
Collège Trois Fontaines - Reims
UAI {u}
"""))

M("S7", "subscription_activation", True, None, "hauts-de-france", "esidoc", False, "fr",
  "Short phone message: renewed yesterday, still shown as expired; no UAI, region from ac-amiens.fr.",
  frm=("Cédric Lemaire", "cedric.lemaire@ac-amiens.fr"),
  subject="Abonnement expiré",
  date="Tue, 07 Jan 2025 08:13:29 +0100",
  extra=IPHONE,
  body=T("""Bonjour, on a renouvelé hier l'abonnement Universalis mais sur e-sidoc il est toujours marqué expiré. Merci de regarder.

Envoyé de mon iPhone"""))

u = V("0632794")
M("S8", "subscription_activation", True, u, "auvergne-rhone-alpes", "esidoc", True, "fr",
  "Reply on the old password ticket (subject names it) that thanks for the fix and asks about a resource ordered two days ago that is not visible: the new request is subscription_activation.",
  frm=("Hélène Chassaing", "helene.chassaing@ac-clermont.fr"),
  subject="RE: [#SUP-006402] Mot de passe administrateur",
  date="Fri, 17 Jan 2025 10:40:55 +0100",
  irt="<SUP-006402.1736863200.7a8b9c@assistance.example.fr>",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

Merci, le mot de passe fonctionne parfaitement.

Maintenant que j'ai accès à l'administration, je constate que la ressource
« BiblioManuels » commandée mercredi n'apparaît pas encore. Dois-je
patienter ou y a-t-il une manipulation à faire ?

Hélène Chassaing
Collège Blaise Pascal - Clermont-Ferrand - {u}

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 14 janvier 2025 15:00
Objet : [#SUP-006402] Mot de passe administrateur

Bonjour, un lien de réinitialisation vous a été envoyé.
"""))

u = V("9711562")
M("S9", "subscription_activation", False, u, "guadeloupe", "esidoc", False, "fr",
  "Ordered five days ago and still not active: past the 72-hour rule, a person must look; Guadeloupe time zone.",
  frm=("Rosette Nainsouta", "rosette.nainsouta@ac-guadeloupe.fr"),
  subject="Ressource commandée non activée",
  date="Mon, 17 Mar 2025 07:48:06 -0400",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

La commande de l'abonnement à la presse en ligne a été validée mercredi
dernier (il y a cinq jours) pour le lycée Baimbridge, UAI {u}. À ce jour la
ressource n'est toujours pas activée sur notre portail.

Merci de bien vouloir vérifier.

Rosette Nainsouta
Documentaliste
"""))


# ========================================================= transfer_incident

u = V("0442973")
M("T1", "transfer_incident", False, u, "pays-de-la-loire", "ecoledirecte", False, "fr",
  "No EcoleDirecte transfer since Monday: parents no longer see absences; the UAI is typed with a lower-case letter; the label is the upper-case code.",
  frm=("Vie scolaire - Collège Sainte-Anne", "viescolaire@college-sainte-anne-nantes.fr"),
  subject="Plus de remontée vers EcoleDirecte",
  date="Thu, 14 Nov 2024 12:26:33 +0100",
  extra=OUTLOOK,
  auth="nodkim",
  body=T(f"""Bonjour,

Depuis lundi, les absences saisies dans Charlemagne ne remontent plus sur
EcoleDirecte. Les parents nous appellent parce qu'ils ne voient plus rien
depuis trois jours. La dernière remontée réussie date de vendredi soir.

Collège Sainte-Anne - Nantes - UAI {u.lower()}

Merci de nous aider rapidement,
Marie-Laure Guérin
Responsable vie scolaire
"""))

M("T2", "transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Asks for the day's maintenance password to run a repair of the Charlemagne database: transfer_incident per the taxonomy, not password_reset.",
  frm=("Olivier Tessier", "o.tessier@lycee-notre-dame-chartres.fr"),
  subject="Code de maintenance du jour",
  date="Tue, 21 Jan 2025 08:05:14 +0100",
  extra=THUNDERBIRD,
  auth="nodkim",
  body=T("""Bonjour,

Pour lancer la réparation de la base Charlemagne (les transferts plantent
depuis hier soir), l'outil me demande le mot de passe de maintenance du
jour. Pouvez-vous me le communiquer ?

Merci,
Olivier Tessier
Administrateur réseau
"""))

u = V("0492267")
M("T3", "transfer_incident", False, u, "pays-de-la-loire", "ecoledirecte", False, "fr",
  "'Licence expirée' at start-up of the transfer tool: licence to regenerate, transfers stopped.",
  frm=("Secrétariat Institution Saint-Martin", "secretariat@saint-martin-angers.fr"),
  subject="Licence expirée - transferts arrêtés",
  date="Mon, 06 Jan 2025 09:22:48 +0100",
  extra=OUTLOOK,
  auth="nodkim",
  body=MP("mixed", [
      T(f"""Bonjour,

Ce matin, au démarrage de l'outil de transfert, un message indique
« Licence expirée » et plus rien ne part vers EcoleDirecte. Capture
ci-jointe. Pouvez-vous nous régénérer la licence ?

Institution Saint-Martin - Angers - {u}

Cordialement,
Le secrétariat
"""),
      ATT("licence.png", "image/png", png("T3"))],
      "----=_NextPart_000_0012_01DB6029.4A5B6C70"))

M("T4", "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "After a server migration, transfers to EcoleDirecte stopped; the IT provider asks which proxy and ports the transfer needs.",
  frm=("Infogérance Ouest Services", "support@infogerance-ouest.fr"),
  subject="Migration serveur - transferts EcoleDirecte en échec",
  date="Wed, 28 Aug 2024 17:36:02 +0200",
  extra=OUTLOOK,
  auth="nodkim",
  body=T("""Bonjour,

Nous assurons l'infogérance de l'ensemble scolaire Jeanne d'Arc (Vannes).
Depuis la migration du serveur Charlemagne vers une nouvelle machine cette
semaine, les transferts vers EcoleDirecte échouent au test de connexion.
Le poste sort par un proxy authentifié.

Pouvez-vous nous indiquer les adresses et ports à ouvrir, et la façon de
renseigner le proxy dans l'outil de transfert ?

Cordialement,
Yoann Le Gall
Technicien - Infogérance Ouest Services
"""))

M("T5", "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Short phone message: the transfer to EcoleDirecte fails with an error code.",
  frm=("Sandrine Morin", "sandrine.morin.ec@gmail.com"),
  subject="Erreur transfert",
  date="Fri, 07 Feb 2025 18:44:10 +0100",
  extra=IPHONE,
  body=T("""Bonjour, l'envoi vers EcoleDirecte s'arrête avec « Erreur lors de l'envoi des données (code 12) » depuis cet après midi. Les bulletins doivent partir lundi. Merci

Sandrine Morin
École Saint-Joseph

Envoyé de mon iPhone"""))

u = V("0062283")
M("T6", "transfer_incident", False, u, "provence-alpes-cote-d-azur", "ecoledirecte", False, "en",
  "English: the nightly synchronisation to EcoleDirecte has not run since the weekend.",
  frm=("Mark Bennett", "m.bennett@international-school-nice.example.org"),
  subject="EcoleDirecte sync not running",
  date="Tue, 25 Mar 2025 09:31:57 +0100",
  extra=OUTLOOK_EN,
  auth="nodkim",
  body=T(f"""Hello,

Our nightly synchronisation to EcoleDirecte hasn't run since Saturday. The
log just shows "waiting for connection" and then stops. Nothing changed on
our side as far as I know. Teachers' marks entered this week are not
visible to families.

School UAI: {u}

Regards,
Mark Bennett
IT Manager
"""))

u = V("0593887")
M("T7", "transfer_incident", False, u, "hauts-de-france", "ecoledirecte", True, "fr",
  "Says the password is not the problem (the connection works) and the synchronisation runs without sending anything: transfer_incident.",
  frm=("Damien Lefebvre", "damien.lefebvre@institution-sainte-marie-lille.fr"),
  subject="Synchro qui tourne dans le vide",
  date="Mon, 13 Jan 2025 14:09:38 +0100",
  extra=THUNDERBIRD,
  auth="nodkim",
  body=T(f"""Bonjour,

Ce n'est pas une question de mot de passe : l'outil se connecte bien, le
test de connexion est vert. Mais la synchronisation tourne pendant des
heures sans rien envoyer, et EcoleDirecte affiche toujours les données de
jeudi dernier.

Institution Sainte-Marie - Lille - UAI {u}

Merci,
Damien Lefebvre
Référent numérique
"""))

M("T8", "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "HTML-only Outlook: since the antivirus update the transfer tool is quarantined and transfers no longer run.",
  frm=("Service informatique - Lycée Saint-Louis", "informatique@lycee-saint-louis-chateaulin.fr"),
  subject="Antivirus et outil de transfert",
  date="Thu, 03 Oct 2024 11:55:21 +0200",
  extra=OUTLOOK,
  auth="nodkim",
  body=HTML("""Bonjour,

Depuis la mise à jour de notre antivirus mardi, l'exécutable de l'outil de
transfert est placé en quarantaine dès son lancement, et les transferts vers
EcoleDirecte ne partent plus.

Pouvez-vous nous indiquer les fichiers et dossiers à exclure de l'analyse ?

Cordialement,

Gaël Corre
Service informatique
""", "outlook"))

u = V("0561377")
M("T9", "transfer_incident", False, u, "bretagne", "ecoledirecte", False, "fr",
  "Reply quoting the desk's answer: the licence was regenerated but the transfer still fails.",
  frm=("Nolwenn Cadoret", "n.cadoret@ensemble-scolaire-pontivy.fr"),
  subject="RE: [#SUP-006511] Licence à régénérer",
  date="Wed, 05 Feb 2025 10:26:44 +0100",
  irt="<SUP-006511.1738658400.9b0c1d@assistance.example.fr>",
  extra=OUTLOOK,
  auth="nodkim",
  body=T(f"""Bonjour,

Merci pour la nouvelle licence, elle est bien acceptée. Mais le transfert
échoue toujours, cette fois avec « Échec de l'authentification auprès du
serveur ». Nous sommes bloqués depuis une semaine.

Ensemble scolaire de Pontivy - {u}

Nolwenn Cadoret

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 4 février 2025 09:40
À : Cadoret Nolwenn <n.cadoret@ensemble-scolaire-pontivy.fr>
Objet : [#SUP-006511] Licence à régénérer

Bonjour,

Votre licence a été régénérée. Merci de relancer l'outil de transfert.

L'équipe d'assistance
"""))


# ========================================================= contract_documents

u = V("0672384")
M("C1", "contract_documents", False, u, "grand-est", "espace_acheteur", False, "fr",
  "The CCTP of the photocopier market cannot be found in 'Mes Marchés'.",
  frm=("Caroline Meyer", "caroline.meyer@ac-strasbourg.fr"),
  subject="CCTP introuvable - marché photocopieurs",
  date="Tue, 12 Nov 2024 14:47:26 +0100",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

Je dois vérifier les conditions de maintenance du marché « Photocopieurs et
solutions d'impression 2023-2027 » avant de renouveler notre parc. Dans
« Mes Marchés », je vois bien le marché, mais le CCTP ne figure pas parmi
les pièces ; seuls l'acte d'engagement et le BPU sont présents.

Lycée Kléber - Strasbourg - UAI {u}

Cordialement,
Caroline Meyer
Gestionnaire
"""))

M("C2", "contract_documents", False, None, "occitanie", "espace_acheteur", False, "fr",
  "Amendment no. 3 of a market is announced but missing from the contract documents; region from ac-toulouse.fr.",
  frm=("Philippe Astruc", "philippe.astruc@ac-toulouse.fr"),
  subject="Avenant n°3 manquant",
  date="Thu, 20 Feb 2025 10:58:19 +0100",
  extra=ZIMBRA,
  body=T("""Bonjour,

Nous avons reçu un courrier annonçant l'avenant n°3 au marché de fournitures
de bureau (prolongation et révision des prix), mais cet avenant n'apparaît
pas dans les documents du marché sur l'Espace Acheteur : la liste s'arrête
à l'avenant n°2.

Pourriez-vous le mettre en ligne ?

Philippe Astruc
Gestionnaire - Lycée Bellevue, Albi
"""))

M("C3", "contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English: the framework agreement documents download as empty files.",
  frm=("Rachel Summers", "rachel.summers@bilingual-academy-bordeaux.example.org"),
  subject="Framework agreement files are empty",
  date="Mon, 14 Apr 2025 15:33:02 +0200",
  extra=OUTLOOK_EN,
  auth="nodkim",
  body=T("""Hello,

When I download the documents of the cleaning-products framework agreement
from the Espace Acheteur, every PDF is 0 KB and won't open. I tried two
browsers and two computers.

Could you check the files or send them to me directly?

Kind regards,
Rachel Summers
Business Manager
"""))

u = V("0341958")
M("C4", "contract_documents", False, u, "occitanie", "espace_acheteur", False, "fr",
  "Says the account and password work fine; the conventions of the markets are no longer visible: contract_documents, not an account or password matter.",
  frm=("Pierre Cabanel", "pierre.cabanel@ac-montpellier.fr"),
  subject="Conventions invisibles",
  date="Wed, 22 Jan 2025 11:14:37 +0100",
  extra=OUTLOOK,
  body=T(f"""Bonjour,

Mon compte fonctionne, je me connecte sans souci avec mon mot de passe,
mais depuis la semaine dernière je ne vois plus aucune des conventions
d'adhésion de nos marchés : la rubrique est vide, alors qu'il y en avait
quatre.

Lycée Jean Mermoz - Montpellier - UAI {u}

Cordialement,
Pierre Cabanel
Gestionnaire
"""))

u = V("0801974")
M("C5", "contract_documents", False, u, "hauts-de-france", "espace_acheteur", False, "fr",
  "The signed membership convention is not available in the establishment's account, though it was signed a month ago.",
  frm=("Estelle Dumont", "estelle.dumont@ac-amiens.fr"),
  subject="Convention d'adhésion signée non disponible",
  date="Tue, 29 Apr 2025 09:07:45 +0200",
  extra=THUNDERBIRD,
  body=T(f"""Bonjour,

Notre convention d'adhésion 2025 a été signée par le proviseur fin mars,
mais la version signée n'est pas disponible dans notre espace : seule la
version « en attente de signature » apparaît. L'agent comptable en a besoin
pour ses pièces justificatives.

Lycée de la Hotoie - Amiens - {u}

Estelle Dumont
"""))

u = V("0932766")
M("C6", "contract_documents", False, u, "ile-de-france", "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail French quote): the region answered, but the market's price schedule is still missing.",
  frm=("Abdel Mansouri", "abdel.mansouri@ac-creteil.fr"),
  subject="Re: [#SUP-006701] BPU manquant - marché mobilier",
  date="Mon, 17 Mar 2025 16:02:28 +0100",
  irt="<SUP-006701.1741946400.0e1f2a@assistance.example.fr>",
  body=ALT(f"""Bonjour,

Malgré votre réponse de vendredi, le bordereau des prix du marché mobilier
n'est toujours pas visible dans nos documents. J'ai vidé le cache et essayé
sur un autre poste.

Lycée Paul Robert - Les Lilas - {u}

Abdel Mansouri

Le ven. 14 mars 2025 à 11:00, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Votre demande a été transmise à l'équipe régionale, qui a republié le
> document. Il devrait être visible dans les prochaines heures.
>
> L'équipe d'assistance
""", "gmail", "000000000000b7c8d90630f4e5a6"))

M("C7", "contract_documents", False, None, "normandie", "espace_acheteur", True, "fr",
  "Two topics: market documents missing (main) and who the structure administrator is (account_creation); region from ac-rouen.fr.",
  frm=("Sophie Hamelin", "sophie.hamelin@ac-rouen.fr"),
  subject="Documents du marché + administrateur",
  date="Thu, 05 Dec 2024 13:49:12 +0100",
  extra=OUTLOOK,
  body=T("""Bonjour,

Je ne trouve aucun document (CCAP, acte d'engagement, bordereau de prix)
pour le marché de denrées alimentaires auquel notre lycée a adhéré : la
fiche du marché est vide. Je dois pourtant les transmettre à notre chef de
cuisine avant vendredi.

Au passage, pouvez-vous me dire qui est l'administrateur de structure de
notre établissement ? J'aimerais qu'une collègue ait aussi un accès.

Sophie Hamelin
Gestionnaire - Lycée Val de Seine, Le Grand-Quevilly
"""))


# ====================================================================== build

REGIONS = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74", "clermont grenoble lyon"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90", "besancon dijon"),
    "bretagne": ("22 29 35 56", "rennes"),
    "centre-val-de-loire": ("18 28 36 37 41 45", "orleans-tours"),
    "corse": ("620 720", "corse"),
    "grand-est": ("08 10 51 52 54 55 57 67 68 88", "nancy-metz reims strasbourg"),
    "hauts-de-france": ("02 59 60 62 80", "amiens lille"),
    "ile-de-france": ("75 77 78 91 92 93 94 95", "creteil paris versailles"),
    "normandie": ("14 27 50 61 76", "normandie caen rouen"),
    "nouvelle-aquitaine": ("16 17 19 23 24 33 40 47 64 79 86 87", "bordeaux limoges poitiers"),
    "occitanie": ("09 11 12 30 31 32 34 46 48 65 66 81 82", "montpellier toulouse"),
    "pays-de-la-loire": ("44 49 53 72 85", "nantes"),
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84", "aix-marseille nice"),
    "guadeloupe": ("971", "guadeloupe"),
    "martinique": ("972", "martinique"),
    "guyane": ("973", "guyane"),
    "la-reunion": ("974", "reunion"),
    "mayotte": ("976", "mayotte"),
}
PREFIX, ACADEMY = {}, {}
for _slug, (_deps, _acs) in REGIONS.items():
    for _d in _deps.split():
        PREFIX[_d if len(_d) == 3 else "0" + _d] = _slug
    for _a in _acs.split():
        ACADEMY[f"ac-{_a}.fr"] = _slug


def valid_uai(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def expected_region(uai, sender):
    if uai:
        return PREFIX.get(uai[:3])
    domain = sender.rsplit("@", 1)[-1].lower().rstrip(">")
    for suffix, slug in ACADEMY.items():
        if domain == suffix or domain.endswith("." + suffix):
            return slug
    return None


def ordered():
    items = list(MAILS)
    random.Random(20250408).shuffle(items)
    return items


def mail_text(msg):
    chunks = [str(msg.get(h, "")) for h in ("From", "To", "Cc", "Subject", "Reply-To")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                chunks.append(part.get_content())
            except Exception:  # pragma: no cover - reported by check()
                chunks.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        elif part.get_content_type() in ("message/delivery-status", "message/disposition-notification"):
            chunks.append(str(part))
    return "\n".join(chunks)


def check(verbose=True):
    problems = []
    lines = open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8").read().splitlines()
    if len(lines) != 150:
        problems.append(f"labels.jsonl has {len(lines)} lines")
    seen = set()
    for line in lines:
        lab = json.loads(line)
        fn = lab["file"]
        seen.add(fn)
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            problems.append(f"{fn}: missing file")
            continue
        with open(path, "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        text = mail_text(msg)
        flat = re.sub(r"[\s.\-]", "", text).upper()
        uai = lab["uai"]
        if uai is not None:
            if not valid_uai(uai):
                problems.append(f"{fn}: labelled UAI {uai} has a wrong check letter")
            if uai not in flat:
                problems.append(f"{fn}: labelled UAI {uai} not found in the mail")
        found = {c.upper() for c in re.findall(r"(?<!\d)(\d{7}\s?[A-Za-z])(?![A-Za-z0-9])", text)}
        found = {c.replace(" ", "") for c in found}
        valid_found = {c for c in found if valid_uai(c)}
        if uai is None and valid_found:
            problems.append(f"{fn}: valid UAI {valid_found} in the mail but none labelled")
        if len(valid_found) > 1:
            problems.append(f"{fn}: several valid UAIs {valid_found}")
        reg = expected_region(uai, msg["From"].addresses[0].addr_spec if msg["From"].addresses else "")
        if reg != lab["region"]:
            problems.append(f"{fn}: region {lab['region']} but rule gives {reg}")
        if lab["category"] in ("order_billing", "contract_documents", "transfer_incident",
                               "head_of_establishment_request", "automated", "other") and lab["auto_reply_ok"]:
            problems.append(f"{fn}: auto_reply_ok true in a human/ignore category")
        for d in getattr(msg, "defects", []):
            problems.append(f"{fn}: parse defect {d!r}")
    expected = {f"h{i:03d}.eml" for i in range(1, 151)}
    if seen != expected:
        problems.append("file names do not match h001..h150")
    if verbose:
        for p in problems:
            print("PROBLEM", p)
        print(f"check: {len(lines)} labels, {len(problems)} problems")
    return not problems


def main():
    assert len(MAILS) == 150, len(MAILS)
    if "--check" not in sys.argv:
        out = []
        for i, item in enumerate(ordered(), 1):
            fn = f"h{i:03d}.eml"
            with open(os.path.join(HERE, fn), "wb") as fh:
                fh.write(build(i, item))
            lab = {"file": fn, **item["labels"]}
            out.append(json.dumps(lab, ensure_ascii=False))
        with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")
    ok = check()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

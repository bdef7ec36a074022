#!/usr/bin/env python3
"""Build the holdout129 blind test set: 150 hand-written support mails.

Theme: mixed-up platforms. The writers confuse e-sidoc, the Espace Acheteur,
EcoleDirecte, the ENT and their own webmail, naming the wrong product or
several at once. Every text below was written by hand for this set; the
script only wraps each one in realistic headers and MIME structure.

Standard library only, deterministic (fixed seed). Run:
    python3 make_holdout129.py
It writes h001.eml .. h150.eml and labels.jsonl next to itself, then re-reads
everything and checks it.
"""
import base64
import email
import email.utils
import html
import json
import os
import quopri
import random
import re
from email import policy
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 129129
rng = random.Random(SEED)

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# categories whose default action can be an automatic answer
AUTO_OK = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
           "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}

# regions.md routing table
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
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, (_depts, _doms) in REGIONS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _doms.split():
        DOMAIN_REGION[_dom] = _slug

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and \
        UAI_LETTERS[int(code[:7]) % 23] == code[7]


def expected_region(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


MAILS = []


def M(cat, ok, uai, region, platform, hard, lang, notes, frm, subj, body, **kw):
    """Register one hand-written mail and its label."""
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, region=region, platform=platform,
                      hard=hard, lang=lang, notes=notes, frm=frm, subj=subj,
                      body=body.strip("\n") + "\n", kw=kw))


# --------------------------------------------------------------------------
# MIME construction
# --------------------------------------------------------------------------

MAILERS = {
    "tb": [("User-Agent", "Mozilla Thunderbird")],
    "tb_old": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "owa": [],
    "iphone": [("X-Mailer", "iPhone Mail (21F90)")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    "android": [("X-Mailer", "Outlook for Android")],
    "zimbra": [("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF128 (Linux)/8.8.15_GA_4581)")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.6")],
    "gmail": [],
    "samsung": [("X-Mailer", "Samsung Mail")],
    "sogo": [("User-Agent", "SOGoMail 5.10.0")],
    None: [],
}


def datetime_weekday(y, m, d):
    import datetime
    return datetime.date(y, m, d).weekday()


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, upper=True):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else \
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(chars) for _ in range(n))


def make_msgid(mailer, domain):
    if mailer in ("outlook",):
        return "<%s$%s$%s$@%s>" % (hexid(12), hexid(8), hexid(8), domain)
    if mailer in ("owa", "android"):
        box = "PR%sMB%s" % (rng.randint(0, 3) * 1 + 1, rng.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, alnum(28), box)
    if mailer == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(44, upper=False)
    if mailer in ("iphone", "apple"):
        return "<%s-%s-%s-%s-%s@%s>" % (alnum(8), alnum(4), alnum(4), alnum(4), alnum(12), domain)
    if mailer == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(100000000, 999999999), rng.randint(1, 99), rng.randint(1000000000000, 1999999999999), domain)
    if mailer == "roundcube":
        return "<%s@%s>" % (hexid(32), domain)
    return "<%s-%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), domain)


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def fmt_from(name, addr):
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset="utf-8")


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "qp":
        data = quopri.encodestring(data)
        return "quoted-printable", data
    if cte == "b64":
        return "base64", base64.encodebytes(data)
    try:
        text.encode("ascii")
        return "7bit", data
    except UnicodeEncodeError:
        return "8bit", data


def text_to_html(text, style):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        if style == "outlook":
            out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "<o:p></o:p></p>")
        else:
            out.append("<div>" + "<br>\n".join(lines) + "</div>")
    inner = ("\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" if style == "outlook" else "\n<div><br></div>\n").join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + inner + "\n</div>\n</body>\n</html>\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family: arial, sans-serif; font-size: 10pt">\n' + inner + "\n</body></html>\n")


def leaf(ctype, text, charset, cte):
    if ctype == "text/html":
        text = text.replace("charset=utf-8", "charset=" + charset)
    cte_name, data = encode_body(text, charset, cte)
    head = "Content-Type: %s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n" % (ctype, charset, cte_name)
    return head, data


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def build(i, m):
    kw = m["kw"]
    name, addr = m["frm"]
    domain = addr.rsplit("@", 1)[1]
    mailer = kw.get("mailer", rng.choice(["tb", "outlook", "owa", "gmail", "iphone", "zimbra", "roundcube", None]))
    fmt = kw.get("fmt", "plain")
    cte = kw.get("cte", "8bit")
    charset = kw.get("charset", "utf-8")
    if "date" in kw:
        date = kw["date"]
    elif "when" in kw:
        import datetime
        y, mo, d, hh, mi = kw["when"]
        dt = datetime.date(y, mo, d)
        tz = kw.get("tz", "+0200" if (4 <= mo <= 9 or (mo == 10 and d < 27) or (mo == 3 and d > 30)) else "+0100")
        date = "%s, %02d %s %d %02d:%02d:%02d %s" % (dt.strftime("%a"), d, dt.strftime("%b"), y, hh, mi, rng.randint(0, 59), tz)
    else:
        month, year = rng.choice([(9, 2024), (10, 2024), (11, 2024), (12, 2024), (1, 2025),
                                  (2, 2025), (3, 2025), (4, 2025), (5, 2025), (6, 2025)])
        day = rng.randint(1, 28)
        while datetime_weekday(year, month, day) >= 5 and rng.random() < 0.85:
            day = rng.randint(1, 28)
        hh, mm, ss = rng.randint(7, 19), rng.randint(0, 59), rng.randint(0, 59)
        tz = kw.get("tz", "+0200" if month in (4, 5, 6, 9, 10) else "+0100")
        import datetime
        wd = datetime.date(year, month, day).strftime("%a")
        mon = datetime.date(year, month, day).strftime("%b")
        date = "%s, %02d %s %d %02d:%02d:%02d %s" % (wd, day, mon, year, hh, mm, ss, tz)
    msgid = kw.get("msgid") or make_msgid(mailer, domain)
    auth = kw.get("auth", "pass")
    rp = kw.get("return_path", "<%s>" % addr)
    to = kw.get("to", rng.choice(["support@assistance.example.fr",
                                   "Assistance <support@assistance.example.fr>",
                                   "support@assistance.example.fr"]))
    H = []
    H.append(("Return-Path", rp))
    H.append(("Delivered-To", "support@assistance.example.fr"))
    relay = kw.get("relay") or ("smtp.%s" % domain)
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))
    H.append(("Received", "from %s (%s [%s])\r\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\r\n\tfor <support@assistance.example.fr>; %s" % (relay, relay, ip, alnum(15, upper=False), date)))
    if auth == "pass":
        H.append(("Authentication-Results", "mx1.assistance.example.fr;\r\n\tdkim=pass (2048-bit key) header.d=%s;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain)))
    elif auth == "fail":
        H.append(("Authentication-Results", "mx1.assistance.example.fr;\r\n\tdkim=none;\r\n\tspf=fail smtp.mailfrom=%s;\r\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain)))
    elif auth == "spf":
        H.append(("Authentication-Results", "mx1.assistance.example.fr;\r\n\tspf=pass smtp.mailfrom=%s" % domain))
    H.append(("From", fmt_from(name, addr)))
    H.append(("To", to))
    for h in kw.get("cc", []):
        H.append(("Cc", h))
    H.append(("Subject", enc_header(m["subj"])))
    H.append(("Date", date))
    H.append(("Message-ID", msgid))
    for k, v in MAILERS.get(mailer, []):
        H.append((k, v))
    if mailer in ("outlook", "owa"):
        H.append(("Thread-Index", base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()))
    H.extend(kw.get("hdrs", []))
    H.append(("MIME-Version", "1.0"))

    text = m["body"]
    style = "outlook" if mailer in ("outlook", "owa", "android") else "plain"
    if fmt == "plain":
        ct, data = leaf("text/plain", text, charset, cte)
        body_hdr, body = ct, data
    elif fmt == "html":
        src = kw.get("html") or text_to_html(text, style)
        ct, data = leaf("text/html", src, charset, cte)
        body_hdr, body = ct, data
    elif fmt == "alt":
        b = "----=_Part_%d_%d.%d" % (rng.randint(10000, 99999), rng.randint(100000, 999999), rng.randint(10 ** 12, 10 ** 13))
        p1h, p1 = leaf("text/plain", text, charset, cte)
        p2h, p2 = leaf("text/html", kw.get("html") or text_to_html(text, style), charset, kw.get("html_cte", cte))
        body_hdr = "Content-Type: multipart/alternative;\r\n boundary=\"%s\"\r\n" % b
        body = (b"--" + b.encode() + b"\r\n" + p1h.encode() + b"\r\n" + crlf(p1) + b"\r\n--" + b.encode() + b"\r\n"
                + p2h.encode() + b"\r\n" + crlf(p2) + b"\r\n--" + b.encode() + b"--\r\n")
    elif fmt in ("dsn", "mdn"):
        b = "%s.%d/%s" % (alnum(10), rng.randint(1000000000, 1999999999), kw.get("relay", "mx1.assistance.example.fr"))
        p1h, p1 = leaf("text/plain", text, charset, cte)
        sub = "delivery-status" if fmt == "dsn" else "disposition-notification"
        body_hdr = "Content-Type: multipart/report; report-type=%s;\r\n boundary=\"%s\"\r\n" % (sub, b)
        report = kw["report"].strip("\n").replace("\n", "\r\n") + "\r\n"
        parts = [b"--" + b.encode() + b"\r\nContent-Description: Notification\r\n" + p1h.encode() + b"\r\n" + crlf(p1),
                 b"--" + b.encode() + b"\r\nContent-Type: message/%s\r\n\r\n" % sub.encode() + report.encode("ascii")]
        if kw.get("orig"):
            parts.append(b"--" + b.encode() + b"\r\nContent-Type: text/rfc822-headers\r\n\r\n" + crlf(kw["orig"].strip("\n").encode("utf-8") + b"\n"))
        body = b"\r\n".join(parts) + b"\r\n--" + b.encode() + b"--\r\n"
    else:
        raise ValueError(fmt)
    out = "".join("%s: %s\r\n" % (k, v) for k, v in H).encode("ascii") + body_hdr.encode("ascii") + b"\r\n" + crlf(body)
    return out


# --------------------------------------------------------------------------
# The mails (hand-written)
# --------------------------------------------------------------------------

# ---------------------------------------------------------------- password_reset
M("password_reset", True, "0759702N", "ile-de-france", "esidoc", True, "fr",
  "Calls it 'le mot de passe ENT du CDI' but describes the e-sidoc back office whose login is the UAI: lost e-sidoc password.",
  ("Sandrine Lefort", "sandrine.lefort@ac-paris.fr"),
  "Mot de passe ENT du CDI",
  """Bonjour,

Je n'arrive plus à entrer dans l'administration de notre portail documentaire
(celui où je mets les nouveautés et les sélections, que tout le monde appelle
"l'ENT du CDI" ici). L'identifiant demandé est le numéro de l'établissement,
0759702N, mais le mot de passe que j'avais noté ne passe plus.

Mon ENT Paris Classe Numérique, lui, fonctionne très bien, donc je suppose que
ce n'est pas le même compte.

Pouvez-vous me renvoyer un mot de passe ?

Merci d'avance,
Sandrine Lefort
Professeure documentaliste, collège Georges Brassens (Paris 19e)
""", mailer="tb")

M("password_reset", True, "0212967L", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
  "The writer first names EcoleDirecte, then corrects herself: it is the purchasing centre's Espace Acheteur password she lost.",
  ("Nadège Poirot", "nadege.poirot@ac-dijon.fr"),
  "mot de passe EcoleDirecte (non, Espace Acheteur pardon)",
  """Bonjour,

J'ai perdu mon mot de passe EcoleDirecte... non pardon, je mélange tout, je
parle bien du site de la centrale d'achat, l'Espace Acheteur, celui où on
consulte les marchés. EcoleDirecte marche, c'est l'autre.

J'ai fait "mot de passe oublié" mais il me dit que l'adresse n'est pas connue.
Je suis arrivée en septembre comme gestionnaire, mon prédécesseur avait
peut-être mis son adresse à lui.

Lycée Hippolyte Fontaine, Dijon - UAI 0212967L

Bonne journée
Nadège Poirot
Adjointe gestionnaire
""", mailer="outlook", fmt="alt", cte="qp")

M("password_reset", True, "0593901V", "hauts-de-france", "esidoc", False, "fr",
  "Plain lost e-sidoc admin password; explicitly says the webmail works, so no confusion left.",
  ("Bertrand Caudron", "bertrand.caudron@ac-lille.fr"),
  "Accès administration e-sidoc",
  """Bonjour,

Je n'ai plus le mot de passe d'administration e-sidoc de mon collège
(UAI 0593901V). Ma messagerie académique fonctionne, ce n'est donc pas un
problème de compte académique : c'est vraiment le mot de passe du portail
qui est perdu.

Merci de m'indiquer comment le réinitialiser.

B. Caudron
Professeur documentaliste - Collège Albert Châtelet, Douai
""", mailer="zimbra")

M("password_reset", True, "0332609G", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Account locked on the Espace Acheteur after trying her webmail password several times.",
  ("Élodie Marchand", "e.marchand@lycee-montesquieu-bordeaux.fr"),
  "Compte bloqué",
  """Bonjour,

J'ai tapé plusieurs fois le mot de passe de ma messagerie en pensant que
c'était le même que celui de l'Espace Acheteur, et maintenant le compte
est bloqué ("trop de tentatives").

Pouvez-vous le débloquer ou m'envoyer un lien pour en créer un nouveau ?
Notre établissement : 0332609G.

Cordialement,
Élodie Marchand
Service intendance
""", mailer="owa", fmt="html")

M("password_reset", True, "0642338U", "nouvelle-aquitaine", "esidoc", True, "en",
  "English; the librarian is unsure whether the login belongs to 'the ENT' or e-sidoc, but the admin page she describes is e-sidoc's.",
  ("Fiona Gallagher", "fiona.gallagher@ac-bordeaux.fr"),
  "Locked out of library portal admin",
  """Hello,

I'm the librarian at Lycée Louis de Foix in Bayonne (school code 0642338U).
I honestly don't know whether this login belongs to the ENT or to e-sidoc -
colleagues use both words for it - but it's the admin side of our library
catalogue website, where I publish the news and the book lists.

The password I have no longer works. Could you send me a reset link?

Many thanks,
Fiona Gallagher
Teacher-librarian (CDI)
""", mailer="gmail", fmt="alt", cte="qp")

M("password_reset", True, "0693781K", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "The reset link expired: opened the mail in the webmail two days later. Asks for a new link.",
  ("Laurent Perrin", "laurent.perrin@ac-lyon.fr"),
  "Lien de réinitialisation expiré",
  """Bonjour,

J'ai bien reçu le lien pour changer le mot de passe du portail e-sidoc, mais
je n'ai ouvert ma messagerie académique que ce matin et la page dit que le
lien n'est plus valable.

Pourriez-vous m'en renvoyer un ? Identifiant : 0693781K.

Merci
Laurent Perrin
""", mailer="roundcube")

M("password_reset", False, "0938625V", "ile-de-france", "esidoc", True, "fr",
  "Cannot open his académie webmail and asks for the e-sidoc password to be sent to his Gmail: not the address on file, so no automatic answer.",
  ("Karim Benali", "karim.benali93@gmail.com"),
  "envoyer le mot de passe sur mon gmail svp",
  """Bonjour

Mon webmail de l'académie de Créteil est bloqué depuis une semaine (problème
de double authentification), et du coup je ne reçois pas non plus le lien
pour le mot de passe e-sidoc du CDI.

Est-ce que vous pouvez m'envoyer directement le nouveau mot de passe sur
cette adresse gmail ? C'est plus simple.

Collège Jean Jaurès, Pantin, UAI 0938625V

Karim Benali, prof doc
""", mailer="gmail")

M("password_reset", False, None, "occitanie", None, True, "fr",
  "Lost both passwords and thinks e-sidoc and the Espace Acheteur are one account: two products, no UAI; a person should sort out which account is meant.",
  ("Martine Escande", "martine.escande@ac-toulouse.fr"),
  "Mot de passe unique e-sidoc / Espace acheteur ?",
  """Bonjour,

Je pensais qu'e-sidoc et l'Espace Acheteur c'était le même compte, avec le
même mot de passe. Apparemment non puisque aucun des deux ne fonctionne avec
celui que j'utilise depuis l'an dernier.

Est-ce que vous pouvez me réinitialiser le mot de passe, voire les deux ? Et
m'expliquer au passage lequel sert à quoi, j'avoue ne plus savoir.

Martine Escande
Lycée polyvalent, Castelnaudary
""", mailer="tb")

M("password_reset", True, "0622367L", "hauts-de-france", "esidoc", False, "fr",
  "Two-line message from a phone: e-sidoc password lost, UAI given.",
  ("Julie Dewaele", "julie.dewaele@ac-lille.fr"),
  "mdp",
  """Bonjour, mdp e-sidoc perdu. Uai 0622367L. Merci de me renvoyer un lien

Envoyé de mon iPhone
""", mailer="iphone")

M("password_reset", True, "0444344H", "pays-de-la-loire", "esidoc", True, "fr",
  "Secretariat writes from the ce.<UAI> address and asks for the link on that official address; insists it is not the webmail password.",
  ("Secrétariat Collège La Colinière", "ce.0444344H@ac-nantes.fr"),
  "Réinitialisation mot de passe portail CDI",
  """Bonjour,

À la demande de notre professeure documentaliste, nous vous sollicitons pour
la réinitialisation du mot de passe d'administration du portail e-sidoc du
collège. Il ne s'agit pas du mot de passe de la messagerie, que nous gérons
nous-mêmes.

Vous pouvez envoyer le lien sur la présente adresse, que nous consultons
chaque jour.

Cordialement,
Le secrétariat
Collège La Colinière - 0444344H
""", mailer="zimbra", fmt="alt", cte="qp")

M("password_reset", False, "0351626C", "bretagne", "esidoc", True, "fr",
  "Reply to the automatic reset answer (Thunderbird quote): the link went to a departed colleague's address; the standard path already failed, a person must take over.",
  ("Gaëlle Le Bihan", "gaelle.le-bihan@ac-rennes.fr"),
  "Re: [#SUP-118204] Votre demande de mot de passe",
  """Bonjour,

Merci pour la réponse, mais le lien est parti sur l'adresse de l'ancienne
documentaliste (partie à la retraite en juin), et la boîte ce. du lycée ne
reçoit rien non plus, le secrétariat a vérifié. On tourne en rond.

Comment fait-on maintenant ? Notre UAI : 0351626C.

Gaëlle Le Bihan

Le 14/11/2024 à 09:12, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour
> l'établissement 0351626C (c***@ac-rennes.fr).
> Il est valable 12 heures.
>
> Cordialement,
> L'assistance
""", when=(2024, 11, 14, 16, 40), mailer="tb", hdrs=[("In-Reply-To", "<SUP-118204.1731571920.a8e2@assistance.example.fr>"),
                        ("References", "<SUP-118204.1731571920.a8e2@assistance.example.fr>")])

M("password_reset", True, "0854372R", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "New gestionnaire tries her NUMEN and ENT credentials on the Espace Acheteur; she needs the login and a new password.",
  ("Aurélie Guérin", "aurelie.guerin@ac-nantes.fr"),
  "Identifiant Espace Acheteur ?",
  """Bonjour,

Je viens de prendre le poste de gestionnaire au collège Les Sicardières
(0854372R). On m'a dit de me connecter à l'Espace Acheteur pour voir les
marchés, mais je ne connais ni l'identifiant ni le mot de passe. J'ai essayé
mon NUMEN et mes codes ENT e-lyco, sans succès évidemment.

Comment je récupère l'accès ?

Merci,
Aurélie Guérin
""", mailer="outlook")

M("password_reset", False, "0491365T", "pays-de-la-loire", "ecoledirecte", True, "fr",
  "Lost the EcoleDirecte administration password (not the daily maintenance password): no reset template for this product, a person answers.",
  ("Thierry Boisseau", "t.boisseau@saint-martin-angers.fr"),
  "Perte mot de passe administrateur",
  """Bonjour,

Notre ancien responsable informatique est parti sans laisser le mot de passe
administrateur EcoleDirecte (l'accès "établissement" pour paramétrer les
comptes, pas le mot de passe de maintenance du jour, que j'ai bien).

Comment le réinitialiser ? Notre numéro : 0491365T.

Thierry Boisseau
Directeur adjoint - Ensemble scolaire Saint-Martin, Angers
""", mailer="outlook", fmt="alt", cte="qp")

M("password_reset", True, "0314608R", "occitanie", "esidoc", False, "fr",
  "Knows neither the identifier nor the password of the e-sidoc admin; asks what the identifier is.",
  ("Inès Castagné", "ines.castagne@ac-toulouse.fr"),
  "identifiant et mot de passe",
  """bonjour
je suis nouvelle doc au college de muret, on me demande un identifiant et un
mot de passe pour gerer le portail e-sidoc et je n'ai ni l'un ni l'autre.
est ce que l'identifiant c'est le rne ? 0314608R
merci
ines
""", mailer="android", cte="b64")

M("password_reset", True, "0133907B", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "Expired Espace Acheteur password; she first clicked 'mot de passe oublié' on the académie's ENT page by mistake.",
  ("Véronique Amar", "veronique.amar@ac-aix-marseille.fr"),
  "Mot de passe expiré - centrale d'achat",
  """Bonjour,

Le site de la centrale d'achat m'annonce que mon mot de passe a expiré et
ne me laisse pas en choisir un autre (l'ancien est refusé). J'ai d'abord
cliqué sur "mot de passe oublié" de l'ENT de l'académie, ce qui n'a rien
donné évidemment, avant de comprendre que c'était chez vous.

Lycée Thiers, Marseille - UAI 0133907B

Pouvez-vous m'aider ?
Véronique Amar, gestionnaire
""", mailer="owa", fmt="html", cte="qp")

M("password_reset", False, "0061932T", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Two topics: e-sidoc password (first) and a quote for next year's renewal; one template would answer half.",
  ("Pascale Giordano", "pascale.giordano@ac-nice.fr"),
  "Mot de passe + devis",
  """Bonjour,

Deux choses :
1) je n'ai plus le mot de passe d'administration du portail e-sidoc
   (collège 0061932T, Nice) ;
2) notre gestionnaire me demande un devis pour le renouvellement de
   l'abonnement en janvier, pour faire le bon d'engagement.

Merci pour les deux !
Pascale Giordano
""", mailer="tb")

M("password_reset", True, "7205231Y", "corse", "esidoc", False, "fr",
  "Haute-Corse UAI (720 prefix); forgotten e-sidoc password after a long sick leave.",
  ("Marie-Ange Santoni", "marie-ange.santoni@ac-corse.fr"),
  "Oubli mot de passe",
  """Bonjour,

De retour après un long congé, je ne me souviens plus du mot de passe pour
administrer le portail e-sidoc du CDI. L'identifiant est 7205231Y.

Je vous remercie de bien vouloir me le réinitialiser.

Marie-Ange Santoni
Lycée de Balagne
""", mailer="zimbra")

M("password_reset", True, "9744937Y", "la-reunion", "espace_acheteur", False, "fr",
  "Forgotten Espace Acheteur password, Réunion time zone.",
  ("Jean-Hugues Payet", "jean-hugues.payet@ac-reunion.fr"),
  "Mot de passe oublié Espace Acheteur",
  """Bonjour,

Je ne parviens plus à me connecter à l'Espace Acheteur : mot de passe oublié.
Établissement : 9744937Y (Saint-Pierre).

Merci de votre aide,
Jean-Hugues Payet
Gestionnaire
""", mailer="outlook", tz="+0400", date="Tue, 14 Jan 2025 08:05:41 +0400")

M("password_reset", False, "0780856G", "ile-de-france", "esidoc", True, "fr",
  "Asks explicitly to be called back by a person rather than receive a link, after mixing up ENT and e-sidoc accounts.",
  ("Hélène Rousseau-Maillard", "helene.rousseau-maillard@ac-versailles.fr"),
  "Besoin d'un appel svp - accès portail",
  """Bonjour,

Je m'y perds complètement entre l'ENT, le portail e-sidoc et ma messagerie,
qui ont chacun un mot de passe différent. Celui du portail e-sidoc ne marche
plus depuis que j'ai tout changé d'un coup.

Plutôt qu'un lien automatique, je préférerais vraiment que quelqu'un
m'appelle pour faire la manipulation avec moi : 01 39 00 00 00 (CDI), le
mardi ou le jeudi.

Lycée Jules Ferry, Versailles - 0780856G

Merci beaucoup,
Hélène Rousseau-Maillard
""", mailer="tb")

M("password_reset", True, None, "occitanie", "esidoc", True, "fr",
  "Hesitates between 'e-sidoc ou BCDI' but describes the online library portal; no UAI, region from ac-montpellier.fr.",
  ("Roselyne Fabre", "roselyne.fabre@ac-montpellier.fr"),
  "mot de passe logiciel CDI",
  """Bonjour,

Je ne sais jamais si on dit e-sidoc ou BCDI, mais c'est le portail en ligne
du CDI, celui que les élèves consultent, dont j'ai perdu le mot de passe
d'administration.

Pouvez-vous m'aider ? Collège Jules Verne, Nîmes.

Roselyne Fabre
""", mailer="roundcube")

M("password_reset", True, "0926633K", "ile-de-france", "espace_acheteur", False, "en",
  "English; the buyer lost the password of the 'buyer space' of the purchasing centre.",
  ("Daniel Okafor", "d.okafor@ecole-internationale-92.fr"),
  "Password for the buyer space",
  """Good morning,

I handle purchasing for our school (UAI 0926633K) and can no longer log in to
the buyer space of the purchasing centre - the password is not accepted.
It is not our EcoleDirecte account, which still works fine.

Could you reset it please?

Best regards,
Daniel Okafor
Bursar
""", mailer="apple")

M("password_reset", False, None, "grand-est", "esidoc", True, "fr",
  "UAI typed 0679854K: the digits give letter X, so it is not a valid UAI (probable typo); region from ac-strasbourg.fr. Without a usable UAI the reset cannot run on its own.",
  ("Christophe Meyer", "christophe.meyer@ac-strasbourg.fr"),
  "Mot de passe portail documentaire",
  """Bonjour,

J'ai oublié le mot de passe administrateur du portail e-sidoc de mon collège,
RNE 0679854K. Pourriez-vous le réinitialiser ?

Merci,
Christophe Meyer
Professeur documentaliste
""", mailer="zimbra")

M("password_reset", True, "0385496T", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "New librarian: 'je ne connais pas le mot de passe'; her ENT credentials are refused on the e-sidoc admin page.",
  ("Coralie Vial", "coralie.vial@ac-grenoble.fr"),
  "Codes du portail e-sidoc",
  """Bonjour,

Nommée au collège en septembre (0385496T, Voiron), je ne connais pas le mot de
passe du portail e-sidoc : ma collègue partie ne l'a pas transmis. J'ai tenté
avec mes identifiants ENT, refusés.

Merci de m'indiquer la procédure.

Coralie Vial
""", mailer="tb", fmt="alt", cte="qp")

# ---------------------------------------------------------- missing_noreply_mail
M("missing_noreply_mail", True, "0577597Y", "grand-est", "espace_acheteur", True, "fr",
  "Looked for the activation mail in the ENT's internal messaging instead of her webmail; the mail never arrived in either. No anti-spam product named.",
  ("Sophie Klein", "sophie.klein@ac-nancy-metz.fr"),
  "Pas de mail d'activation",
  """Bonjour,

Je me suis inscrite sur l'Espace Acheteur lundi. On m'a dit que j'allais
recevoir un mail pour activer le compte. J'ai d'abord regardé dans la
messagerie de l'ENT Mon Bureau Numérique, puis dans mon webmail académique :
rien nulle part, même pas dans les indésirables.

Lycée Jean-Victor Poncelet, Saint-Avold - 0577597Y

Sophie Klein
""", mailer="zimbra")

M("missing_noreply_mail", True, "0297020Y", "bretagne", "esidoc", False, "fr",
  "The e-sidoc new-password mail never arrives; junk folder checked; no product named.",
  ("Yann Kerhervé", "yann.kerherve@ac-rennes.fr"),
  "Mail de nouveau mot de passe jamais reçu",
  """Bonjour,

J'ai demandé trois fois un nouveau mot de passe pour le portail e-sidoc
(UAI 0297020Y) et je ne reçois jamais le mail. Rien dans les spams.

Y a-t-il un souci d'envoi de votre côté ?

Yann Kerhervé, professeur documentaliste
""", mailer="tb")

M("missing_noreply_mail", True, "0861761X", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Structure administrator no longer receives the 'accounts to validate' notifications.",
  ("Franck Gaudin", "franck.gaudin@ac-poitiers.fr"),
  "Notifications comptes à valider",
  """Bonjour,

Je suis administrateur de structure pour le lycée (0861761X) sur l'Espace
Acheteur. Deux collègues me disent avoir demandé un compte, mais je n'ai
reçu aucune notification pour les valider. Avant, ces mails arrivaient bien.

Merci de regarder,
Franck Gaudin
""", mailer="outlook", fmt="alt", cte="qp")

M("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
  "Writes 'le mail d'EcoleDirecte' for the purchasing centre's confirmation mail, then explains: it is the Espace Acheteur sign-up confirmation that never came.",
  ("Mélanie Roux", "m.roux@ogec-notredame-valence.fr"),
  "Confirmation jamais reçue",
  """Bonjour,

Je n'ai jamais reçu le mail de confirmation d'EcoleDirecte... enfin, de votre
site de commandes groupées (l'Espace Acheteur), je confonds tout, on a
changé de logiciels cette année.

Bref, inscription faite jeudi, toujours aucun mail de confirmation,
indésirables vérifiés.

Mélanie Roux
Comptabilité - OGEC Notre-Dame
""", mailer="owa", fmt="html", cte="qp")

M("missing_noreply_mail", True, "0560792G", "bretagne", "espace_acheteur", True, "fr",
  "Says the school has no MailInBlack (the IT person checked): missing_noreply_mail, not mailinblack_spam.",
  ("Anne-Claire Le Goff", "anne-claire.legoff@ac-rennes.fr"),
  "Aucun mail de no-reply",
  """Bonjour,

Depuis la création de mon compte sur l'Espace Acheteur, je ne reçois aucun
des mails automatiques (confirmation, mot de passe). Notre informaticien
m'assure qu'il n'y a pas de MailInBlack ni d'autre filtre chez nous, et les
indésirables sont vides.

Collège Jules Simon, Vannes - UAI 0560792G

Merci,
Anne-Claire Le Goff
""", mailer="zimbra")

M("missing_noreply_mail", False, "0144040R", "normandie", "esidoc", True, "fr",
  "Reply after the junk-folder answer: followed the advice, still nothing after three days. The template was already sent; a person must follow up.",
  ("Olivier Lemonnier", "olivier.lemonnier@ac-normandie.fr"),
  "RE: [#SUP-120377] Mail d'activation non reçu",
  """Bonjour,

J'ai fait tout ce que vous indiquiez (indésirables, ajout de l'expéditeur
no-reply dans les contacts), et toujours rien trois jours après. Pouvez-vous
transmettre à quelqu'un qui puisse regarder les envois ?

Olivier Lemonnier
Collège Guillaume de Normandie, Caen - 0144040R

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 3 février 2025 10:02
À : Olivier Lemonnier <olivier.lemonnier@ac-normandie.fr>
Objet : [#SUP-120377] Mail d'activation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
d'expédition à vos expéditeurs autorisés. Sans nouvelle de votre part sous
48 h, nous reviendrons vers vous.
""", when=(2025, 2, 6, 8, 52), mailer="outlook", hdrs=[("In-Reply-To", "<SUP-120377.1738573320.11fe@assistance.example.fr>")])

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English; the sign-up confirmation from the no-reply address never came.",
  ("Rachel Whitmore", "rachel.whitmore@outlook.com"),
  "Never got the confirmation email",
  """Hi there,

I registered on the Espace Acheteur last week for our small international
school, but the confirmation email from your no-reply address never showed
up. I've looked in junk and in "Other".

Could you check?

Thanks,
Rachel Whitmore
""", mailer="owa", fmt="alt", cte="qp")

M("missing_noreply_mail", True, None, "provence-alpes-cote-d-azur", None, False, "fr",
  "Very short: activation mail still not received; no product named (platform cannot be told). Region from ac-aix-marseille.fr.",
  ("Farid Haddad", "farid.haddad@ac-aix-marseille.fr"),
  "toujours rien",
  """Bonjour, toujours pas reçu le mail d'activation depuis hier. Merci
F. Haddad
""", mailer="iphone")

M("missing_noreply_mail", True, None, None, "ticket_portal", True, "fr",
  "The ticket portal's first-login mail never arrived; the writer first thought the ENT would send it.",
  ("Patricia Morel", "p.morel@cdg-lycee-prive.fr"),
  "Lien de première connexion au portail d'assistance",
  """Bonjour,

On m'a créé un accès au portail de tickets de l'assistance, et j'attends
le mail avec le lien de première connexion. J'ai cru au départ qu'il
arriverait via l'ENT, mais non, et rien dans ma boîte mail non plus.

Pouvez-vous le renvoyer ?

Patricia Morel
""", mailer="tb")

M("missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
  "HTML-only Outlook: since the académie webmail migration, no automatic mail from the purchasing centre arrives.",
  ("Stéphane Nguyen", "stephane.nguyen@ac-creteil.fr"),
  "Plus aucun mail automatique depuis la migration du webmail",
  """Bonjour,

Depuis que l'académie a migré notre messagerie, je ne reçois plus aucun des
mails automatiques de l'Espace Acheteur (alertes, confirmations). Les autres
mails arrivent normalement.

Faut-il déclarer une adresse d'expédition particulière ?

Stéphane Nguyen
Gestionnaire, lycée Louise Michel
""", mailer="owa", fmt="html", cte="qp")

M("missing_noreply_mail", True, "0608361M", "hauts-de-france", "espace_acheteur", False, "fr",
  "Suspects 'un filtre' at the local authority but names no product.",
  ("Damien Lefebvre", "damien.lefebvre@oise-colleges.fr"),
  "Mails de confirmation bloqués ?",
  """Bonjour,

Nos messageries sont gérées par le Département, qui filtre beaucoup. Je
pense que vos mails de confirmation sont arrêtés quelque part, car je n'ai
rien reçu après mon inscription sur l'Espace Acheteur.

Collège 0608361M, Beauvais.
Merci de me dire quelle adresse je dois faire autoriser.

D. Lefebvre
""", mailer="outlook")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Subscribed to offer alerts, receives none; notes that EcoleDirecte mail reaches her fine.",
  ("Caroline Bertin", "caroline.bertin@orange.fr"),
  "Alertes sur les offres",
  """Bonjour,

Je me suis abonnée aux alertes sur les nouvelles offres dans l'Espace
Acheteur mais je n'en reçois jamais. Ce n'est pas ma boîte, je reçois bien
par exemple les mails d'EcoleDirecte de l'école de mes enfants.

Cordialement,
Caroline Bertin
""", mailer="gmail")

M("missing_noreply_mail", True, "0251706U", "bourgogne-franche-comte", "esidoc", False, "fr",
  "Customer-account activation mail (before a first e-sidoc order) never received.",
  ("Nicolas Girardot", "nicolas.girardot@ac-besancon.fr"),
  "Activation compte client",
  """Bonjour,

Pour passer notre première commande en ligne d'abonnement e-sidoc, j'ai créé
le compte client hier. Le mail d'activation, censé arriver sous 12 h, n'est
jamais arrivé.

Lycée Louis Pasteur, Besançon - 0251706U

Nicolas Girardot
""", mailer="tb", fmt="alt", cte="qp")

M("missing_noreply_mail", False, "0454052K", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "Missing confirmation mail, but she explicitly asks to be phoned by someone: no automatic answer.",
  ("Brigitte Chauvin", "brigitte.chauvin@ac-orleans-tours.fr"),
  "Je souhaite être rappelée",
  """Bonjour,

Je n'ai pas reçu le mail de confirmation de l'Espace Acheteur et je ne suis
pas à l'aise avec toutes ces manipulations (je me suis déjà trompée de site
deux fois, en allant sur l'ENT). Je préfère qu'une personne me rappelle
au 02 38 00 00 00, s'il vous plaît, plutôt qu'un mail automatique.

Collège 0454052K, Orléans.

Brigitte Chauvin
""", mailer="outlook")

M("missing_noreply_mail", True, "9724239A", "martinique", "espace_acheteur", False, "fr",
  "No-reply mails never arrive in Martinique; the webmail receives everything else.",
  ("Joëlle Bellemare", "joelle.bellemare@ac-martinique.fr"),
  "Courriels automatiques non reçus",
  """Bonjour,

Les courriels automatiques de l'Espace Acheteur n'arrivent pas sur notre
webmail académique, alors que tout le reste arrive. Nous sommes le lycée
9724239A au Lamentin.

Cordialement,
Joëlle Bellemare
""", mailer="zimbra", tz="-0400", date="Wed, 12 Mar 2025 07:41:09 -0400")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Forward of a colleague's note: account validated by the administrator, but the secure first-login link never arrived.",
  ("Thomas Vidal", "thomas.vidal@lyceeprive-saintjoseph.fr"),
  "TR: lien de connexion",
  """Bonjour,

Je vous transfère le message de ma collègue, elle n'a toujours rien reçu.

Thomas Vidal

-------- Message transféré --------
Sujet : lien de connexion
Date : Tue, 8 Oct 2024 16:20:11 +0200
De : Léa Moreau <lea.moreau@lyceeprive-saintjoseph.fr>
Pour : Thomas Vidal <thomas.vidal@lyceeprive-saintjoseph.fr>

Thomas, tu as bien validé mon compte sur l'Espace Acheteur ? Je n'ai pas eu
le mail avec le lien pour la première connexion. Rien dans les spams.
""", when=(2024, 10, 9, 9, 15), mailer="tb_old")

M("missing_noreply_mail", True, "0889923H", "grand-est", "esidoc", True, "fr",
  "Asks for the mail 'from the ENT' with her new password; it is the e-sidoc new-password mail (no-reply) that never came.",
  ("Agnès Thiébaut", "agnes.thiebaut@ac-nancy-metz.fr"),
  "Le mail avec le nouveau mot de passe",
  """Bonjour,

J'ai cliqué sur "mot de passe oublié" sur la page d'administration du CDI
(l'ENT e-sidoc comme on dit ici) et je n'ai jamais reçu le mail qui devait
suivre. J'ai attendu toute la journée.

Collège 0889923H, Épinal.

Agnès Thiébaut
""", mailer="roundcube")

# ------------------------------------------------------------- mailinblack_spam
M("mailinblack_spam", True, "0542297D", "grand-est", "espace_acheteur", False, "fr",
  "MailInBlack asks the sender to prove it is not a robot; the Espace Acheteur mails are held.",
  ("Lucie Hennequin", "lucie.hennequin@ac-nancy-metz.fr"),
  "Vos mails bloqués par Mailinblack",
  """Bonjour,

Notre collège (0542297D) est protégé par Mailinblack, et visiblement vos
mails de l'Espace Acheteur restent en attente : l'expéditeur doit prouver
qu'il n'est pas un robot, ce qu'un no-reply ne fera jamais.

Que faut-il autoriser exactement ?

Lucie Hennequin
""", mailer="zimbra")

M("mailinblack_spam", True, "0769602Z", "normandie", "esidoc", True, "fr",
  "Calls MailInBlack 'le filtre de l'ENT' but names it and describes its quarantine; the e-sidoc reset mails are held.",
  ("Guillaume Leroux", "guillaume.leroux@ac-normandie.fr"),
  "Mails e-sidoc en quarantaine",
  """Bonjour,

Le filtre de l'ENT (MailInBlack, je crois, c'est écrit sur le rapport) met
en quarantaine les mails de réinitialisation du portail e-sidoc. Je les vois
dans le rapport quotidien mais je ne peux pas les ouvrir.

Collège Claude Monet, Le Havre - 0769602Z

G. Leroux
""", mailer="tb")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "English; MailInBlack quarantine holds the Espace Acheteur activation links.",
  ("Marco Bellini", "m.bellini@lycee-francais-prive.fr"),
  "Activation links stuck in MailInBlack",
  """Hello,

Our mail is filtered by MailInBlack and your activation links for the buyer
space (Espace Acheteur) end up in quarantine. Which sender should we allow?

Kind regards,
Marco Bellini
IT, Lycée Français Privé
""", mailer="apple")

M("mailinblack_spam", True, "0715699J", "bourgogne-franche-comte", "esidoc", False, "fr",
  "Product spelled 'mail in black', no accents; e-sidoc password mails held.",
  ("Gerard Bouillot", "gerard.bouillot@ac-dijon.fr"),
  "mail in black bloque vos messages",
  """bonjour
depuis que le college a mis mail in black je ne recois plus les mails du
portail e sidoc pour changer le mot de passe, ils sont bloques.
college 0715699J macon
merci
gerard bouillot
""", mailer="android", cte="b64")

M("mailinblack_spam", True, None, "occitanie", None, True, "fr",
  "IT department asks which senders to allow-list in MailInBlack for both e-sidoc and the Espace Acheteur (and wrongly includes the ENT): several products, so no platform. Region from ac-montpellier.fr.",
  ("DANE - Support informatique", "support-etab@ac-montpellier.fr"),
  "Liste blanche Mailinblack : adresses à autoriser",
  """Bonjour,

Plusieurs établissements de notre bassin ont basculé sur Mailinblack. Pour
éviter que vos messages soient retenus, pourriez-vous nous donner la liste
des expéditeurs et domaines à autoriser pour e-sidoc, l'Espace Acheteur et
l'ENT (si c'est bien vous qui gérez aussi l'ENT ?).

Cordialement,
Le support informatique des établissements
""", mailer="outlook", fmt="alt", cte="qp")

M("mailinblack_spam", False, "0027396D", "hauts-de-france", "espace_acheteur", True, "fr",
  "Describes a sender-authentication challenge (captcha sent back to the sender) without naming the product: likely MailInBlack, but unconfirmed, so a person should check.",
  ("Sylvie Carpentier", "sylvie.carpentier@ac-amiens.fr"),
  "Vos messages demandent une vérification",
  """Bonjour,

Notre collectivité a installé un nouvel antispam. Quand quelqu'un nous écrit
pour la première fois, il reçoit un mail lui demandant de cliquer pour
prouver qu'il est humain. Je me demande si vos mails de l'Espace Acheteur
passent ce test, vu que je n'en reçois plus.

Collège 0027396D, Saint-Quentin.

Sylvie Carpentier
""", mailer="outlook")

M("mailinblack_spam", True, "0103116H", "grand-est", "espace_acheteur", False, "fr",
  "Forwards the MailInBlack daily quarantine report listing the purchasing centre's mails.",
  ("Rémi Collot", "remi.collot@ac-reims.fr"),
  "TR: Rapport de quarantaine Mailinblack",
  """Bonjour,

Voici le rapport que je reçois chaque matin. Vos mails y sont tous. Comment
faire pour qu'ils arrivent directement ?

Rémi Collot, lycée Chrestien de Troyes (0103116H)

---------- Message transféré ---------
De : Mailinblack <noreply@mailinblack.example>
Date : jeu. 16 janv. 2025 à 07:00
Objet : Votre rapport quotidien - 3 messages en attente

Messages en attente de validation :
- no-reply@espace-acheteur.example.fr  "Votre compte a été créé"
- no-reply@espace-acheteur.example.fr  "Nouvelle offre disponible"
- no-reply@espace-acheteur.example.fr  "Confirmez votre adresse"
Cliquez sur un message pour le délivrer.
""", when=(2025, 1, 16, 8, 31), mailer="gmail", fmt="alt", cte="qp")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Clicked 'autoriser' in the MailInBlack notice, the following mails are still held.",
  ("Hervé Lamy", "herve.lamy@cc-vallee-loir.fr"),
  "Autorisé dans Mailinblack mais toujours bloqué",
  """Bonjour,

J'ai cliqué sur "autoriser l'expéditeur" dans Mailinblack pour vos mails de
l'Espace Acheteur, mais les suivants sont encore retenus. Est-ce que vous
envoyez depuis plusieurs adresses ?

Hervé Lamy
""", mailer="owa")

M("mailinblack_spam", False, "0878346Z", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Two topics: activation mail held by MailInBlack (main) and an invoice question for an order (order_billing).",
  ("Nathalie Desbordes", "nathalie.desbordes@ac-limoges.fr"),
  "Mailinblack + facture",
  """Bonjour,

Notre Mailinblack retient le mail d'activation de l'Espace Acheteur, je n'ai
donc toujours pas accès. Par ailleurs, j'ai reçu une facture pour l'abonnement
e-sidoc adressée à l'ancien nom du collège : pouvez-vous la refaire ?

Collège 0878346Z, Limoges.

Nathalie Desbordes
""", mailer="tb")

M("mailinblack_spam", True, None, None, None, False, "fr",
  "One line from a phone: blocked by MailInBlack, send the procedure. No product named.",
  ("J. Pasquier", "jpasquier@wanadoo.fr"),
  "Mailinblack",
  """Vos mails sont bloqués par Mailinblack chez nous, envoyez moi la procédure svp

Envoyé de mon iPhone
""", mailer="iphone")

M("mailinblack_spam", True, "9710963V", "guadeloupe", "espace_acheteur", False, "fr",
  "MAILINBLACK in capitals; Guadeloupe time zone.",
  ("Max Jean-Baptiste", "max.jean-baptiste@ac-guadeloupe.fr"),
  "MAILINBLACK",
  """Bonjour,
MAILINBLACK bloque tous vos courriels vers le lycée (9710963V). Faut-il
autoriser le domaine complet ou seulement l'adresse no-reply ?
Merci
Max Jean-Baptiste
""", mailer="zimbra", tz="-0400", date="Mon, 07 Oct 2024 09:14:22 -0400")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook mail: 'Mailinblack Protect' rolled out by the local authority; the purchasing-centre mails stopped.",
  ("Corinne Fournier", "c.fournier@agglo-saint-lo.fr"),
  "Mailinblack Protect et vos messages",
  """Bonjour,

L'agglomération a déployé Mailinblack Protect sur nos boîtes le mois
dernier. Depuis, plus rien de l'Espace Acheteur. Avez-vous un guide pour
les faire passer ?

Corinne Fournier
Service achats
""", mailer="owa", fmt="html", cte="qp")

M("mailinblack_spam", True, "0637997A", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
  "Reply to the junk-folder answer: their IT now says MailInBlack is what blocks the mails; the MailInBlack guide is now the right answer.",
  ("Émilie Chassaing", "emilie.chassaing@ac-clermont.fr"),
  "Re: [#SUP-119050] Mail de confirmation non reçu",
  """Bonjour,

Suite à votre réponse : ce n'étaient pas les indésirables, notre service
informatique vient de me dire que c'est MailInBlack qui bloque vos mails.
Que doivent-ils autoriser ?

Émilie Chassaing
Collège 0637997A

Le mar. 21 janv. 2025 à 14:03, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Pensez à vérifier votre dossier de courrier indésirable.
> L'assistance
""", when=(2025, 1, 23, 11, 7), mailer="gmail", hdrs=[("In-Reply-To", "<SUP-119050.1737464580.5d1c@assistance.example.fr>")])

# ------------------------------------------------ head_of_establishment_request
M("head_of_establishment_request", False, "0944553N", "ile-de-france", "esidoc", True, "fr",
  "The principal, from the ce.<UAI> address, asks to reset what he calls 'le mot de passe ENT du CDI' (the e-sidoc admin) and to change the contact address: head request.",
  ("Principal Collège Paul Éluard", "ce.0944553N@ac-creteil.fr"),
  "Demande du chef d'établissement - accès portail CDI",
  """Madame, Monsieur,

En qualité de principal du collège Paul Éluard (0944553N), je vous demande
de bien vouloir réinitialiser le mot de passe de ce que nous appelons ici
"l'ENT du CDI", c'est-à-dire l'administration de notre portail e-sidoc, et
de remplacer l'adresse de contact par celle du collège (la présente adresse).

Notre professeure documentaliste a quitté l'établissement.

Je vous prie d'agréer mes salutations distinguées.

Jean-Marc Delorme
Principal
""", mailer="zimbra")

M("head_of_establishment_request", False, "0738439B", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "The proviseur designates a new structure administrator on the Espace Acheteur and asks to close the former one's access.",
  ("Proviseure Lycée Vaugelas", "ce.0738439B@ac-grenoble.fr"),
  "Changement d'administrateur de structure",
  """Bonjour,

Je soussignée, Catherine Jacquemoud, proviseure du lycée Vaugelas (UAI
0738439B), désigne M. Paul Brunier, gestionnaire, comme administrateur de
structure de l'établissement sur l'Espace Acheteur, en remplacement de
Mme Anne Dupraz, mutée. Merci de désactiver l'accès de Mme Dupraz.

Catherine Jacquemoud
Proviseure
""", mailer="outlook", fmt="alt", cte="qp")

M("head_of_establishment_request", False, "0662487V", "occitanie", "esidoc", True, "fr",
  "A directrice d'école names EcoleDirecte by mistake, but the school library portal she describes is e-sidoc; she asks to change the admin contact address.",
  ("Directrice école Jean Macé", "ce.0662487V@ac-montpellier.fr"),
  "Changement adresse de contact",
  """Bonjour,

Directrice de l'école élémentaire Jean Macé de Perpignan (0662487V), je
souhaite que l'adresse de contact de notre compte EcoleDirecte... pardon,
du portail de la BCD en ligne (e-sidoc), soit remplacée par l'adresse de
l'école, celle d'où je vous écris.

L'ancienne adresse était celle d'une collègue partie.

Merci.
Isabelle Ribes, directrice
""", mailer="roundcube")

M("head_of_establishment_request", False, "0416105N", "centre-val-de-loire", "esidoc", False, "fr",
  "The principal authorises the librarian to validate the e-sidoc renewal order; bon d'engagement mentioned.",
  ("Principal collège Augustin Thierry", "ce.0416105N@ac-orleans-tours.fr"),
  "Autorisation de commande",
  """Bonjour,

J'autorise Mme Leclerc, professeure documentaliste, à valider en ligne la
commande de renouvellement de l'abonnement e-sidoc pour le collège
(0416105N). Le bon d'engagement signé lui a été remis.

Cordialement,
Le principal, F. Arnoult
""", mailer="outlook")

M("head_of_establishment_request", False, "0507297K", "normandie", "espace_acheteur", False, "en",
  "English; the head of school names a new structure administrator on the buyer space.",
  ("Head of School - Lycée Le Verrier", "ce.0507297K@ac-normandie.fr"),
  "New administrator for our buyer account",
  """Dear support team,

As head of Lycée Le Verrier (UAI 0507297K), I confirm that Ms Sarah Lenoir,
our bursar, is now the administrator of our establishment on the Espace
Acheteur. Please remove the rights of the former administrator, Mr Gosselin.

Yours faithfully,
Andrew Hale
Head of School (international section)
""", mailer="owa")

M("head_of_establishment_request", False, None, None, "esidoc", True, "fr",
  "A nursery-school head writes from a personal address, no UAI, to agree to the e-sidoc reset her colleague asked for: weak evidence, staff must verify.",
  ("Françoise Lapeyre", "francoise.lapeyre64@laposte.net"),
  "Accord pour la réinitialisation",
  """Bonjour,

Je suis la directrice de l'école maternelle des Tilleuls. Ma collègue vous a
écrit pour le mot de passe de notre portail e-sidoc ; je vous donne mon
accord pour la réinitialisation. J'écris depuis ma boîte personnelle, celle
de l'école est inaccessible (on ne sait plus si c'est l'ENT ou le webmail
qui bloque).

Françoise Lapeyre
""", mailer="gmail")

M("head_of_establishment_request", False, "0511802G", "grand-est", "esidoc", False, "fr",
  "Reply (Zimbra quote) in which the proviseur gives the written request the desk asked for.",
  ("Proviseur Lycée Colbert", "ce.0511802G@ac-reims.fr"),
  "Re: [#SUP-121488] Demande écrite du chef d'établissement",
  """Bonjour,

Comme demandé, je confirme par écrit ma demande de réinitialisation du mot
de passe administrateur e-sidoc du lycée Colbert (0511802G), le lien devant
être envoyé à l'adresse du lycée.

Le proviseur,
Alain Pérard

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "ce 0511802G" <ce.0511802G@ac-reims.fr>
Envoyé: Mercredi 5 Mars 2025 11:20:04
Objet: [#SUP-121488] Demande écrite du chef d'établissement

Bonjour, pour procéder, nous avons besoin d'une demande écrite du chef
d'établissement.
""", when=(2025, 3, 6, 9, 44), mailer="zimbra", hdrs=[("In-Reply-To", "<SUP-121488.1741170004.c0d2@assistance.example.fr>")])

M("head_of_establishment_request", False, "0593901V", "hauts-de-france", None, True, "fr",
  "Claims to be the principal from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address; asks to move the e-sidoc and Espace Acheteur admin accounts there. Probable spoof, still a head request for staff to refuse. Two products, no platform.",
  ("Principal", "ce.0593901V@ac-lille.fr"),
  "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le principal du collège 0593901V. Merci de changer dès aujourd'hui
l'adresse de l'administrateur e-sidoc et de l'Espace Acheteur pour la
mettre sur principal.college.douai@gmail.com, notre messagerie académique
étant en panne.

C'est urgent, merci de confirmer par retour.

Le principal
""", mailer=None, auth="fail", hdrs=[("Reply-To", "principal.college.douai@gmail.com")], relay="mail.bulk-sender.example.net")

M("head_of_establishment_request", False, "0189982C", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "The principal asks to close a departed gestionnaire's Espace Acheteur access and also her ENT account (not ours); the request for us is the Espace Acheteur one.",
  ("Principal collège Jean Renoir", "ce.0189982C@ac-orleans-tours.fr"),
  "Départ de la gestionnaire - fermeture des accès",
  """Bonjour,

Mme Bordas, gestionnaire du collège Jean Renoir de Bourges (0189982C), a
quitté ses fonctions le 31 décembre. Je vous demande de fermer ses accès à
l'Espace Acheteur ainsi qu'à l'ENT et à EcoleDirecte si c'est bien vous qui
les gérez. Son successeur, M. Tessier, vous contactera.

Le principal,
Hervé Charpentier
""", when=(2025, 1, 6, 8, 31), mailer="outlook", fmt="alt", cte="qp")

M("head_of_establishment_request", False, "0894823J", "bourgogne-franche-comte", None, True, "fr",
  "The proviseure asks to change the administrator on both e-sidoc and the Espace Acheteur in one letter: head request, two products, so no platform.",
  ("Proviseure lycée Jacques Amyot", "ce.0894823J@ac-dijon.fr"),
  "Changement d'administrateur e-sidoc et Espace Acheteur",
  """Madame, Monsieur,

Je vous informe que Mme Camille Renaud est désormais la référente de notre
établissement (0894823J) pour le portail e-sidoc, et M. Vincent Barre pour
l'Espace Acheteur. Je vous remercie de mettre à jour les administrateurs
des deux comptes et de supprimer les anciens.

Martine Garnier
Proviseure, lycée Jacques Amyot - Auxerre
""", mailer="tb")

M("head_of_establishment_request", False, "0303201S", "occitanie", "espace_acheteur", True, "fr",
  "Written by the principal adjoint 'par délégation du chef d'établissement': a delegated head request naming who may validate orders.",
  ("Principal adjoint - Collège Diderot", "ce.0303201S@ac-montpellier.fr"),
  "Délégation de validation des commandes",
  """Bonjour,

Par délégation du chef d'établissement, absent cette semaine, je vous informe
que seules Mme Roche (gestionnaire) et moi-même sommes habilités à valider
les commandes du collège Diderot (0303201S) sur l'Espace Acheteur.

Merci d'en prendre note.

Laurent Pujol
Principal adjoint
""", mailer="outlook")

M("head_of_establishment_request", False, "6202499X", "corse", "esidoc", False, "fr",
  "The principal confirms from his phone (Apple quote) the librarian's request for an e-sidoc reset; personal academic address, not the ce. one.",
  ("Paul-Antoine Mattei", "paul-antoine.mattei@ac-corse.fr"),
  "Re: mot de passe portail e-sidoc",
  """Bonjour, je confirme la demande de Mme Albertini, vous pouvez réinitialiser.
P-A Mattei, principal

Envoyé de mon iPhone

> Le 18 nov. 2024 à 10:41, Laetitia Albertini <laetitia.albertini@ac-corse.fr> a écrit :
>
> Bonjour Monsieur le Principal,
> Pouvez-vous confirmer à l'assistance que vous autorisez la réinitialisation
> du mot de passe du portail e-sidoc du collège (6202499X) ?
> Merci
""", when=(2024, 11, 18, 12, 3), mailer="iphone", cte="qp")

M("head_of_establishment_request", False, "0759702N", "ile-de-france", "esidoc", True, "fr",
  "HTML-only Outlook letter: the principal asks that the e-sidoc admin password be reset so the former librarian loses access, having first tried to do it 'dans l'ENT'. Same school as another mail of the set.",
  ("Principale - Collège Georges Brassens", "ce.0759702N@ac-paris.fr"),
  "Courrier de la principale : accès e-sidoc",
  """Madame, Monsieur,

Nous avons tenté de retirer les droits de l'ancienne documentaliste dans
l'ENT, avant de comprendre que le portail e-sidoc avait ses propres comptes.

Je vous demande donc, en tant que principale du collège Georges Brassens
(0759702N), de réinitialiser le mot de passe d'administration e-sidoc et
d'envoyer le lien à l'adresse officielle du collège.

Bien cordialement,
Dominique Haddou
Principale
""", mailer="owa", fmt="html", cte="qp")

# --------------------------------------------------------------- account_creation
M("account_creation", True, None, None, "espace_acheteur", True, "fr",
  "New buyer assumed her ENT account would open the Espace Acheteur; she needs to create an account (sign-up form answer).",
  ("Christelle Barbier", "christelle.barbier@mairie-montlouis.fr"),
  "Accès à l'Espace Acheteur avec mon compte ENT ?",
  """Bonjour,

On m'a dit que je pouvais consulter les marchés de la centrale sur l'Espace
Acheteur. J'ai essayé d'y entrer avec mes codes ENT (je travaille aussi pour
l'école de la commune) mais ça ne marche pas. Faut-il créer un compte à part ?
Si oui, comment ?

Christelle Barbier
Service commande publique, mairie
""", mailer="outlook")

M("account_creation", True, "0807988Y", "hauts-de-france", "espace_acheteur", False, "fr",
  "Filled the sign-up form, cannot log in yet: the account awaits the structure administrator's validation (FAQ case).",
  ("Amandine Vasseur", "amandine.vasseur@ac-amiens.fr"),
  "Compte en attente",
  """Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur lundi et j'ai
reçu la confirmation. Mais quand je me connecte, on me dit que mon compte est
en attente de validation. Que dois-je faire ?

Collège 0807988Y, Amiens

Amandine Vasseur
""", mailer="zimbra")

M("account_creation", False, "0679854X", "grand-est", "espace_acheteur", False, "fr",
  "Asks who the structure administrator is: needs a look-up, so a person answers.",
  ("Benoît Schaeffer", "benoit.schaeffer@ac-strasbourg.fr"),
  "Qui est l'administrateur de notre structure ?",
  """Bonjour,

Pour valider mon compte sur l'Espace Acheteur, il faut l'accord de
l'administrateur de la structure. Personne au lycée ne sait qui c'est
(on m'a répondu "c'est celui de l'ENT", ce qui n'est sûrement pas le cas).

Pouvez-vous me dire qui est l'administrateur pour 0679854X ?

Benoît Schaeffer
""", mailer="tb")

M("account_creation", True, "0212967L", "bourgogne-franche-comte", "esidoc", True, "fr",
  "Negation: 'je n'ai pas perdu de mot de passe', she never had a customer account to order e-sidoc subscriptions; she needs one.",
  ("Lise Moutot", "lise.moutot@ac-dijon.fr"),
  "Création compte client",
  """Bonjour,

Je n'ai pas perdu de mot de passe : je n'ai tout simplement jamais eu de
compte client pour commander les abonnements du portail e-sidoc. Jusqu'ici
c'était la gestionnaire qui passait par l'Espace Acheteur, mais on m'a dit
que ce n'était pas le bon endroit.

Comment ouvrir ce compte ? Lycée 0212967L.

Lise Moutot, documentaliste
""", mailer="roundcube")

M("account_creation", False, "0112701B", "occitanie", "espace_acheteur", False, "fr",
  "Account works; asks for order-management rights to be opened.",
  ("Jérôme Cazals", "jerome.cazals@ac-montpellier.fr"),
  "Droits de commande",
  """Bonjour,

Mon compte Espace Acheteur fonctionne, mais je ne vois que les marchés, pas
le bouton pour passer commande. Pouvez-vous m'ouvrir les droits de commande ?
Je suis le nouveau gestionnaire du collège 0112701B (Carcassonne).

Merci,
J. Cazals
""", mailer="outlook", fmt="alt", cte="qp")

M("account_creation", False, None, None, "esidoc", False, "fr",
  "The establishment's UAI is not in the list when opening the customer account: the FAQ sends these to the sales team, so a person answers.",
  ("Sœur Marie-Pierre", "secretariat@institution-sainte-ursule.fr"),
  "Établissement introuvable dans la liste",
  """Bonjour,

En voulant créer notre compte client pour commander un abonnement e-sidoc,
notre établissement n'apparaît pas dans la liste déroulante. Nous sommes
un établissement privé hors contrat, ouvert en 2023.

Comment procéder ?

Sœur Marie-Pierre
Secrétariat, Institution Sainte-Ursule
""", mailer="outlook")

M("account_creation", False, None, None, "espace_acheteur", False, "en",
  "English; a bilingual school opened this year wants a buyer account: eligibility must be checked by a person.",
  ("Hannah Schmidt", "h.schmidt@bilingual-school-annecy.fr"),
  "Buyer account for a new school",
  """Dear team,

We are a bilingual primary school that opened in September in Annecy.
We'd like to use the purchasing centre and open a buyer account on the
Espace Acheteur. Are we eligible, and what do you need from us?

Best,
Hannah Schmidt
Administration
""", mailer="gmail")

M("account_creation", True, "0454052K", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "Thought her EcoleDirecte account gave access to the Espace Acheteur; she simply needs to sign up.",
  ("Valérie Hamon", "valerie.hamon@ac-orleans-tours.fr"),
  "Connexion Espace Acheteur avec EcoleDirecte",
  """Bonjour,

Je pensais pouvoir me connecter à l'Espace Acheteur avec mon identifiant
EcoleDirecte, puisque c'est "le même éditeur" d'après ma collègue. Visiblement
non. Comment se crée-t-on un compte ?

Collège 0454052K

Valérie Hamon, secrétaire d'intendance
""", mailer="tb")

M("account_creation", False, None, "occitanie", "espace_acheteur", False, "fr",
  "Account awaiting validation for three weeks; the structure administrator has retired: the region must step in. Region from ac-toulouse.fr.",
  ("Anne Soulié", "anne.soulie@ac-toulouse.fr"),
  "Compte toujours pas validé",
  """Bonjour,

Mon compte Espace Acheteur attend sa validation depuis trois semaines.
J'apprends que l'administrateur de la structure est parti à la retraite en
juillet et que personne ne l'a remplacé. Qui peut valider mon compte ?

Anne Soulié
""", mailer="zimbra")

# -------------------------------------------------------- subscription_activation
M("subscription_activation", True, "0349375F", "occitanie", "esidoc", False, "fr",
  "Europresse ordered yesterday, not yet visible on the e-sidoc portal: within 72 hours.",
  ("Claire Bonnet", "claire.bonnet@ac-montpellier.fr"),
  "Europresse pas encore visible",
  """Bonjour,

Nous avons commandé hier l'accès Europresse, mais il n'apparaît pas encore
dans les ressources du portail e-sidoc. Est-ce normal ?

Collège 0349375F, Béziers.

Claire Bonnet
""", mailer="roundcube")

M("subscription_activation", True, "0944553N", "ile-de-france", "esidoc", True, "fr",
  "Pupils cannot see the new resource 'dans l'ENT': it is the e-sidoc publication step (the portal is reached through the ENT).",
  ("Mathilde Roger", "mathilde.roger@ac-creteil.fr"),
  "Ressource invisible dans l'ENT",
  """Bonjour,

L'abonnement à Universalis est actif depuis lundi, mais les élèves ne le
voient pas quand ils passent par l'ENT. Je ne sais pas si c'est à moi de
faire quelque chose dans l'administration du portail ou si c'est l'ENT
qui bloque.

Collège Paul Éluard, 0944553N

Mathilde Roger, documentaliste
""", mailer="tb")

M("subscription_activation", False, "0332609G", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order.",
  ("Ludovic Arnaud", "ludovic.arnaud@ac-bordeaux.fr"),
  "Abonnement toujours inactif",
  """Bonjour,

Notre abonnement à Cafeyn a été commandé et validé il y a douze jours et il
n'est toujours pas actif sur le portail. Pouvez-vous vérifier ?

Lycée Montesquieu, 0332609G

Ludovic Arnaud
""", mailer="outlook")

M("subscription_activation", True, "0314608R", "occitanie", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  ("Principal collège de Muret", "ce.0314608R@ac-toulouse.fr"),
  "Date d'activation de l'abonnement",
  """Bonjour,

J'ai signé hier le bon de commande pour l'abonnement e-sidoc de notre
collège (0314608R). Pouvez-vous m'indiquer quand le portail sera accessible
aux élèves ? Nous souhaitons le présenter au conseil pédagogique.

Le principal, Marc Dupuy
""", mailer="zimbra")

M("subscription_activation", True, "0297020Y", "bretagne", "esidoc", True, "fr",
  "Ordered the e-sidoc subscription through what she calls 'l'Espace Acheteur' two days ago; asks when it becomes active. The product is e-sidoc.",
  ("Maëlle Guillou", "maelle.guillou@ac-rennes.fr"),
  "Commande passée, quand est-ce actif ?",
  """Bonjour,

J'ai passé la commande de l'abonnement e-sidoc avant-hier, depuis l'Espace
Acheteur il me semble (ou votre boutique, je ne sais plus trop). Le portail
affiche toujours l'ancienne version limitée. Combien de temps faut-il ?

0297020Y, Quimper.

Maëlle Guillou
""", mailer="gmail")

M("subscription_activation", True, "0378034G", "centre-val-de-loire", "esidoc", False, "fr",
  "Renewed subscription still shown as expired in 'Mes abonnements'; order from yesterday.",
  ("Pierre Chevallier", "pierre.chevallier@ac-orleans-tours.fr"),
  "Abonnement renouvelé mais affiché expiré",
  """Bonjour,

Nous avons renouvelé hier, mais "Mes abonnements" indique toujours expiré
au 31/12. Lycée 0378034G, Tours.

Merci
P. Chevallier
""", mailer="tb", fmt="alt", cte="qp")

M("subscription_activation", True, "0693781K", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Short: please activate the subscription, order validated yesterday.",
  ("Nora Belkacem", "nora.belkacem@ac-lyon.fr"),
  "activation abonnement",
  """Bonjour, commande validée hier pour 0693781K, merci d'activer l'abonnement.
Nora Belkacem
""", mailer="android")

M("subscription_activation", True, "0780856G", "ile-de-france", "esidoc", False, "en",
  "English; the newly ordered resource does not show on the library portal yet (ordered the day before).",
  ("Emma Collins", "emma.collins@ac-versailles.fr"),
  "New resource not showing on our library portal",
  """Hi,

We ordered the Lumni / BRNE bundle for our e-sidoc portal yesterday, but
nothing has appeared yet on the portal. School code 0780856G.
Is there anything I need to switch on?

Thanks,
Emma Collins
""", mailer="apple")

M("subscription_activation", True, "0715699J", "bourgogne-franche-comte", "esidoc", False, "fr",
  "How to publish the newly activated Universalis resource on the portal.",
  ("Denis Perraud", "denis.perraud@ac-dijon.fr"),
  "Publier Universalis sur le portail",
  """Bonjour,

Notre abonnement Universalis est activé. Comment le faire apparaître sur la
page d'accueil du portail e-sidoc pour les élèves ?

Collège 0715699J

Denis Perraud
""", mailer="zimbra")

M("subscription_activation", True, "0283458G", "centre-val-de-loire", "esidoc", True, "fr",
  "Subscription ordered two days ago not active; mentions the pupils' ENT login trouble only to say it is not our business.",
  ("Fabienne Leroy", "fabienne.leroy@ac-orleans-tours.fr"),
  "Abonnement non actif (pas le problème ENT)",
  """Bonjour,

Je sais que les soucis de connexion des élèves à l'ENT ne vous concernent
pas, je ne vous en parle donc pas ! Ma question : notre abonnement e-sidoc,
commandé il y a deux jours, n'est pas encore actif. Est-ce dans les délais ?

Collège 0283458G

Fabienne Leroy
""", mailer="roundcube")

# ------------------------------------------------------------------ order_billing
M("order_billing", False, "0774240R", "ile-de-france", "esidoc", False, "fr",
  "Asks for a formal quote for the e-sidoc renewal, needed for the bon d'engagement.",
  ("Isabelle Fontaine", "isabelle.fontaine@ac-creteil.fr"),
  "Demande de devis renouvellement",
  """Bonjour,

Pourriez-vous m'adresser un devis pour le renouvellement de notre abonnement
e-sidoc (collège 0774240R, Meaux) ? Notre gestionnaire en a besoin pour
établir le bon d'engagement avant la clôture budgétaire.

Merci,
Isabelle Fontaine
""", mailer="tb")

M("order_billing", False, "0594040W", "hauts-de-france", "esidoc", True, "fr",
  "Order validated a month ago, invoice not on Chorus; she first looked for it 'sur l'Espace Acheteur' and in EcoleDirecte. The order is the e-sidoc subscription.",
  ("Karine Delannoy", "karine.delannoy@ac-lille.fr"),
  "Facture introuvable",
  """Bonjour,

La commande de l'abonnement e-sidoc a été validée il y a un mois, mais je ne
trouve la facture nulle part : ni sur Chorus Pro, ni sur l'Espace Acheteur,
ni dans EcoleDirecte (où l'on range nos autres factures). Pouvez-vous la
déposer sur Chorus ?

Collège 0594040W, Roubaix - SIRET sur demande

Karine Delannoy, gestionnaire
""", mailer="outlook", fmt="alt", cte="qp")

M("order_billing", False, "0691985H", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "The saved basket disappeared; he calls the e-sidoc shop 'l'Espace Acheteur'. Baskets are kept 15 days; the items are e-sidoc resources.",
  ("Sébastien Royer", "sebastien.royer@ac-lyon.fr"),
  "Panier disparu",
  """Bonjour,

J'avais préparé un panier dans l'Espace Acheteur (enfin, la boutique où l'on
commande les ressources pour le portail e-sidoc) avec Europresse et deux
abonnements presse. Trois semaines après, le panier est vide. Peut-on le
récupérer ?

Lycée 0691985H, Villefranche.

S. Royer
""", mailer="zimbra")

M("order_billing", False, "0337902K", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Invoice received twice for the same order; asks to cancel the duplicate.",
  ("Service intendance", "int.0337902K@ac-bordeaux.fr"),
  "Facture en double",
  """Bonjour,

Nous avons reçu deux factures identiques (même montant, même commande) pour
l'abonnement e-sidoc du collège 0337902K. Pouvez-vous annuler le doublon et
nous adresser un avoir si nécessaire ?

Le service intendance
""", mailer="outlook")

M("order_billing", False, None, None, "esidoc", False, "fr",
  "Private school asks to pay by bank transfer and for bank details; ISO-8859-15 8-bit body.",
  ("Comptabilité OGEC", "compta@ogec-sacre-coeur-tarbes.fr"),
  "Paiement par virement",
  """Bonjour,

Pour le règlement de l'abonnement e-sidoc, pouvons-nous payer par virement
plutôt que par mandat ? Si oui, merci de nous transmettre un RIB.

Montant de la facture : 480,00 €.

La comptabilité
""", mailer="outlook", charset="iso-8859-15")

M("order_billing", False, "0449240E", "pays-de-la-loire", "esidoc", True, "fr",
  "The bon d'engagement upload fails at order validation ('format non accepté'); she wonders if the ENT's document space is the right place.",
  ("Solène Mabille", "solene.mabille@ac-nantes.fr"),
  "Bon d'engagement refusé",
  """Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue :
"format non accepté". C'est un PDF scanné. Faut-il le déposer ailleurs,
par exemple dans l'espace documents de l'ENT ?

Lycée 0449240E, Saint-Nazaire.

Solène Mabille
""", mailer="tb", fmt="alt", cte="qp")

M("order_billing", False, None, None, "esidoc", False, "en",
  "English Outlook reply ('From: / Sent:' quote): asks that invoices be addressed to the accounting department.",
  ("Oliver Grant", "o.grant@international-school-lyon.fr"),
  "RE: Your invoice INV-2025-0412",
  """Hello,

Could future invoices for the e-sidoc subscription be addressed to our
accounting department (accounts@international-school-lyon.fr) rather than
to the library? They keep getting lost.

Thanks,
Oliver

From: Assistance <support@assistance.example.fr>
Sent: Monday, February 10, 2025 9:14 AM
To: Oliver Grant <o.grant@international-school-lyon.fr>
Subject: Your invoice INV-2025-0412

Please find attached invoice INV-2025-0412.
""", when=(2025, 2, 11, 15, 2), mailer="owa")

M("order_billing", False, "0672483K", "grand-est", "esidoc", False, "fr",
  "HTML-only Outlook (windows-1252, euro sign): the invoice amount differs from the quote.",
  ("Sabine Wendling", "sabine.wendling@ac-strasbourg.fr"),
  "Écart entre devis et facture",
  """Bonjour,

La facture reçue pour l'abonnement e-sidoc s'élève à 612,00 € alors que le
devis signé indiquait 540,00 €. Pouvez-vous m'expliquer cet écart ou
corriger la facture ?

Lycée 0672483K, Haguenau

Sabine Wendling, gestionnaire
""", mailer="owa", fmt="html", charset="windows-1252", cte="qp")

M("order_billing", False, "0769207V", "normandie", "espace_acheteur", True, "fr",
  "Asks why the order waiting in the Espace Acheteur basket cannot be validated; she thought it was the EcoleDirecte 'commande' menu.",
  ("Fanny Lecoq", "fanny.lecoq@ac-normandie.fr"),
  "Commande impossible à valider",
  """Bonjour,

J'ai une commande de fournitures sur l'Espace Acheteur (marché de la
centrale) qui reste bloquée à l'étape de validation, le bouton est grisé.
Au début je cherchais dans le menu "commandes" d'EcoleDirecte, qui n'a
rien à voir...

Lycée 0769207V, Rouen

Fanny Lecoq
""", mailer="outlook")

# ------------------------------------------------------------- contract_documents
M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "The market documents of the 2024-031 market do not appear in 'Mes Marchés'.",
  ("Gilles Marchetti", "g.marchetti@sivom-vallee.fr"),
  "Documents du marché 2024-031 introuvables",
  """Bonjour,

Dans "Mes Marchés" de l'Espace Acheteur, le marché 2024-031 (mobilier
scolaire) apparaît, mais aucun document n'est disponible : ni CCAP, ni
bordereau de prix.

Cordialement,
Gilles Marchetti
""", mailer="outlook")

M("contract_documents", False, "0353996D", "bretagne", "espace_acheteur", True, "fr",
  "Looked for the membership convention in the ENT's document space, then on the Espace Acheteur: cannot see it anywhere.",
  ("Erwan Morvan", "erwan.morvan@ac-rennes.fr"),
  "Convention d'adhésion introuvable",
  """Bonjour,

Je cherche notre convention d'adhésion à la centrale d'achat. On m'a dit
qu'elle était "dans l'ENT", mais je ne la trouve que sur l'Espace Acheteur...
où le lien ne donne qu'une page blanche.

Lycée 0353996D, Saint-Malo

Erwan Morvan
""", mailer="zimbra")

M("contract_documents", False, "0689276N", "grand-est", "espace_acheteur", False, "fr",
  "Amendment no. 1 of the cleaning-products market is missing from the contract documents.",
  ("Muriel Fuchs", "muriel.fuchs@ac-strasbourg.fr"),
  "Avenant n°1 manquant",
  """Bonjour,

L'avenant n°1 du marché de produits d'entretien a été annoncé par courrier,
mais il n'apparaît pas dans les documents du marché sur l'Espace Acheteur.

Collège 0689276N, Colmar

Muriel Fuchs
""", mailer="tb")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Cannot find the CCTP for the IT equipment market.",
  ("Arnaud Picard", "arnaud.picard@departement-aisne.example.fr"),
  "CCTP marché informatique",
  """Bonjour,

Où trouver le CCTP du marché de matériel informatique ? Il n'est pas dans la
liste des pièces du marché.

Arnaud Picard
""", mailer="outlook", fmt="alt", cte="qp")

M("contract_documents", False, "0915439T", "ile-de-france", "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail quote): the acte d'engagement is still missing after the region's answer.",
  ("Céline Dufour", "celine.dufour@ac-versailles.fr"),
  "Re: Acte d'engagement",
  """Bonjour,

Je me permets de revenir vers vous : malgré votre réponse de la semaine
dernière, l'acte d'engagement n'est toujours pas visible pour notre lycée
(0915439T).

Céline Dufour

Le jeu. 6 févr. 2025 à 15:30, Assistance Île-de-France <support@assistance.example.fr> a écrit :
> Bonjour, nous avons demandé la mise en ligne du document.
> Cordialement
""", when=(2025, 2, 13, 10, 26), mailer="gmail")

M("contract_documents", False, "0521426T", "grand-est", "espace_acheteur", True, "fr",
  "Says 'ma convention e-sidoc' but means the purchasing centre's market convention on the Espace Acheteur, which opens as an empty file.",
  ("Laure Thomas", "laure.thomas@ac-reims.fr"),
  "Convention vide",
  """Bonjour,

Je ne sais pas si c'est le bon service : la convention de notre marché
(papeterie, sur l'Espace Acheteur, pas e-sidoc comme je l'ai d'abord cru)
s'ouvre comme un fichier vide de 0 Ko.

Collège 0521426T, Chaumont

Laure Thomas
""", mailer="roundcube")

M("contract_documents", False, "0013574E", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "The administrative certificate for a market is missing; 8-bit windows-1252 body with an en dash (older Outlook).",
  ("Franck Jacquet", "franck.jacquet@ac-lyon.fr"),
  "Attestation manquante – marché 2023-087",
  """Bonjour,

Il manque l'attestation administrative du marché 2023-087 dans les documents
de l'Espace Acheteur – notre agent comptable la réclame.

Lycée 0013574E, Bourg-en-Bresse

Franck Jacquet
""", mailer="outlook", charset="windows-1252")

# -------------------------------------------------------------- transfer_incident
M("transfer_incident", False, "0133264C", "provence-alpes-cote-d-azur", "ecoledirecte", True, "fr",
  "Says 'les notes n'arrivent plus sur l'ENT', but what parents consult is EcoleDirecte and the transfers from the school server stopped.",
  ("Jean-Luc Ferrari", "jl.ferrari@institution-saint-charles-marseille.fr"),
  "Les notes n'arrivent plus sur l'ENT",
  """Bonjour,

Depuis vendredi, les notes saisies par les professeurs n'arrivent plus sur
l'ENT des parents (l'application EcoleDirecte). Sur le serveur, le dernier
transfert réussi date de jeudi soir.

Institution Saint-Charles, Marseille - 0133264C

Jean-Luc Ferrari
Responsable informatique
""", mailer="outlook", fmt="alt", cte="qp")

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "'Licence expirée' at start-up of the school-management software: licence to regenerate, transfers stopped.",
  ("Secrétariat Collège Sainte-Marie", "secretariat@college-saintemarie-riom.fr"),
  "Licence expirée",
  """Bonjour,

Ce matin, au lancement du logiciel de vie scolaire, message "Licence
expirée", et plus aucun transfert vers EcoleDirecte. Pouvez-vous nous
régénérer la licence ?

Le secrétariat
""", mailer="outlook")

M("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour' (Charlemagne) but calls it the 'mot de passe e-sidoc': transfer_incident for EcoleDirecte, not password_reset.",
  ("Didier Charrier", "didier.charrier@lycee-la-merci.fr"),
  "mot de passe du jour",
  """Bonjour,

Il me faudrait le mot de passe de maintenance du jour pour réindexer la base
Charlemagne (le mot de passe "e-sidoc" comme dit notre comptable, mais je
crois qu'elle confond). Les transferts EcoleDirecte sont bloqués en
attendant.

D. Charrier
""", mailer="tb")

M("transfer_incident", False, "0314889W", "occitanie", "ecoledirecte", False, "fr",
  "The antivirus quarantines the transfer tool, so transfers no longer run.",
  ("Benjamin Rey", "b.rey@ensemble-scolaire-toulouse-sud.fr"),
  "Antivirus et outil de transfert",
  """Bonjour,

Notre nouvel antivirus met en quarantaine "Charlemagne Outils" à chaque
démarrage, et du coup les transferts vers EcoleDirecte ne passent plus.
Quel dossier faut-il exclure ?

Ensemble scolaire 0314889W

Benjamin Rey
""", mailer="outlook", fmt="alt", cte="qp")

M("transfer_incident", False, "0283458G", "centre-val-de-loire", "ecoledirecte", False, "fr",
  "New firewall/proxy: the transfer diagnostic fails on the connection test.",
  ("Arnaud Lemaire", "arnaud.lemaire@stjean-chartres.fr"),
  "Transferts bloqués depuis le nouveau pare-feu",
  """Bonjour,

Nous avons changé de pare-feu pendant les vacances. Depuis, le diagnostic
des transferts EcoleDirecte échoue au test de connexion. Quels ports et
quelles adresses faut-il ouvrir ?

Saint-Jean, Chartres (0283458G)

Arnaud Lemaire
""", mailer="tb")

M("transfer_incident", False, "0353996D", "bretagne", "ecoledirecte", False, "fr",
  "Replication re-initialisation needed after the server was restored.",
  ("Rozenn Le Floch", "r.lefloch@ogec-saint-malo.fr"),
  "Réinitialisation de la réplication",
  """Bonjour,

Après la restauration de notre serveur (panne de disque), la réplication
vers EcoleDirecte est en erreur. Je crois qu'il faut une réinitialisation
de votre côté. UAI 0353996D.

Rozenn Le Floch
""", mailer="zimbra")

M("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Writes to us as 'le support e-sidoc' about grades missing online: it is the EcoleDirecte transfer that fails.",
  ("Agathe Vernier", "agathe.vernier@institution-jeanne-darc.fr"),
  "Problème de synchronisation",
  """Bonjour le support e-sidoc,

Je ne sais pas si je m'adresse au bon endroit : les absences et les notes
ne se synchronisent plus avec le site des parents depuis lundi. Sur le
serveur, la fenêtre de transfert indique "en attente" en permanence.

Agathe Vernier
Vie scolaire
""", mailer="owa", fmt="html", cte="qp")

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "HTML-only Outlook: several Outils.exe processes stuck; transfers hang.",
  ("Patrick Ollivier", "patrick.ollivier@lycee-sainte-anne-brest.fr"),
  "Transferts bloqués - plusieurs Outils.exe",
  """Bonjour,

Les transferts EcoleDirecte restent bloqués. Dans le gestionnaire des tâches,
je vois quatre processus Outils.exe qui tournent en même temps. Faut-il les
arrêter ?

Patrick Ollivier
""", mailer="outlook", fmt="html", cte="qp")

M("transfer_incident", False, "9744686A", "la-reunion", "ecoledirecte", False, "en",
  "English; data sync to EcoleDirecte failing since a Windows update.",
  ("Kevin Hoarau", "kevin.hoarau@lycee-prive-saint-denis.re"),
  "EcoleDirecte sync failing",
  """Hello,

Since last night's Windows update on our school server, the sync to
EcoleDirecte fails with "connexion refusée". Parents see nothing new.
Establishment code 9744686A.

Kevin Hoarau, IT
""", mailer="apple", tz="+0400", date="Thu, 16 Jan 2025 07:22:10 +0400")

M("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "The gestionnaire asks for 'le mot de passe journalier' and mixes it up with her webmail password; it is the daily maintenance password (transfer_incident).",
  ("Chantal Boyer", "c.boyer@ecole-notre-dame-dax.fr"),
  "Mot de passe journalier",
  """Bonjour,

On me demande le mot de passe journalier pour relancer la base (message de
maintenance au démarrage de Charlemagne). J'ai essayé celui de ma messagerie,
puis celui de l'ENT, sans succès, je suppose que c'est vous qui le donnez ?

Chantal Boyer
""", mailer="outlook")

# ---------------------------------------------------------------------- automated
M("automated", False, "0849127P", "provence-alpes-cote-d-azur", None, False, "fr",
  "Exchange out-of-office of a school office (ce.<UAI> address) mentioning the ENT and e-sidoc; Auto-Submitted present. UAI from the address.",
  ("Secrétariat Collège Anselme Mathieu", "ce.0849127P@ac-aix-marseille.fr"),
  "Réponse automatique : [#SUP-120944] Mot de passe portail",
  """Bonjour,

Le secrétariat est fermé pendant les vacances scolaires, jusqu'au lundi
3 mars. Pour toute question sur l'ENT ou le portail e-sidoc, merci de
renouveler votre demande à la rentrée.

Le secrétariat
""", when=(2025, 2, 21, 10, 4), mailer="owa", hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                          ("In-Reply-To", "<SUP-120944.1740125000.9a1b@assistance.example.fr>")])

M("automated", False, None, "bretagne", None, False, "fr",
  "Zimbra vacation reply from an ac-rennes.fr teacher ('Auto-Submitted: auto-replied (zimbra; vacation)'). Region from the sender domain.",
  ("Loïc Tanguy", "loic.tanguy@ac-rennes.fr"),
  "Absence",
  """Je suis absent jusqu'au 4 novembre inclus, sans accès à ma messagerie.
Pour le CDI, contactez la vie scolaire du lycée.
""", when=(2024, 10, 21, 14, 55), mailer="zimbra", hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

M("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status, original headers attached), null Return-Path.",
  ("Mail Delivery System", "MAILER-DAEMON@mail.college-les-saules.fr"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mail.college-les-saules.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<doc.cdi@college-les-saules.fr>: host mail.college-les-saules.fr[local]
    said: 550 5.1.1 <doc.cdi@college-les-saules.fr>: Recipient address
    rejected: User unknown in local recipient table
""", when=(2024, 11, 19, 10, 3), mailer=None, fmt="dsn", return_path="<>", relay="mail.college-les-saules.fr",
  report="""Reporting-MTA: dns; mail.college-les-saules.fr
X-Postfix-Queue-ID: 4XbD2k1qzFz9sTq
Arrival-Date: Tue, 19 Nov 2024 10:03:12 +0100 (CET)

Final-Recipient: rfc822; doc.cdi@college-les-saules.fr
Original-Recipient: rfc822;doc.cdi@college-les-saules.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
  orig="""From: Assistance <support@assistance.example.fr>
To: doc.cdi@college-les-saules.fr
Subject: [#SUP-119377] Votre demande concernant e-sidoc
Date: Tue, 19 Nov 2024 10:03:10 +0100
Message-ID: <SUP-119377.1732006990.44f0@assistance.example.fr>""")

M("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  ("Microsoft Outlook", "postmaster@lycee-prive-montplaisir.fr"),
  "Non remis : [#SUP-121102] Accès Espace Acheteur",
  """Votre message n'a pas pu être remis à gestion@lycee-prive-montplaisir.fr
car l'adresse est introuvable ou n'accepte pas les messages.

Serveur à l'origine : PR1P264MB3344.FRAP264.PROD.OUTLOOK.COM
Erreur : 550 5.1.10 RESOLVER.ADR.RecipientNotFound
""", when=(2025, 3, 10, 15, 12), mailer="owa", fmt="dsn", return_path="<>", hdrs=[("Auto-Submitted", "auto-replied")],
  report="""Reporting-MTA: dns;PR1P264MB3344.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Mon, 10 Mar 2025 14:12:40 +0000

Final-Recipient: rfc822;gestion@lycee-prive-montplaisir.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup""",
  orig="""From: Assistance <support@assistance.example.fr>
To: gestion@lycee-prive-montplaisir.fr
Subject: [#SUP-121102] =?utf-8?q?Acc=C3=A8s_Espace_Acheteur?=
Message-ID: <SUP-121102.1741615958.0b7e@assistance.example.fr>""")

M("automated", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-nice.fr sender.",
  ("Gisèle Orsini", "gisele.orsini@ac-nice.fr"),
  "Lu : [#SUP-118860] Votre demande - ENT ou e-sidoc ?",
  """Votre message

  À : Gisèle Orsini
  Objet : [#SUP-118860] Votre demande - ENT ou e-sidoc ?
  Date : 28/11/2024 10:15

a été lu le 28/11/2024 11:02.
""", when=(2024, 11, 28, 11, 2), mailer="outlook", fmt="mdn",
  report="""Reporting-UA: ac-nice.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;gisele.orsini@ac-nice.fr
Original-Message-ID: <SUP-118860.1732785300.e3c1@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed""")

M("automated", False, None, None, "esidoc", False, "fr",
  "e-sidoc product newsletter: List-Id, List-Unsubscribe one-click, Precedence: bulk.",
  ("e-sidoc - Les nouveautés", "newsletter@lettre.esidoc.example.fr"),
  "Nouveautés du portail : rentrée 2024",
  """Lettre d'information - septembre 2024

Ce qui change à la rentrée sur votre portail e-sidoc :
- un nouveau bloc "Coups de cœur" pour la page d'accueil ;
- la connexion depuis l'ENT simplifiée ;
- des statistiques de consultation mensuelles.

Retrouvez le détail dans l'espace documentaire.

Vous recevez ce message car vous êtes abonné à la lettre d'information.
Se désinscrire : https://lettre.esidoc.example.fr/d/5521/c0ff
""", when=(2024, 9, 3, 9, 0), mailer=None, fmt="alt", cte="qp", return_path="<bounce-5521@lettre.esidoc.example.fr>",
  hdrs=[("List-Id", "Lettre e-sidoc <lettre.esidoc.example.fr>"),
        ("List-Unsubscribe", "<https://lettre.esidoc.example.fr/d/5521/c0ff>, <mailto:unsub-5521@lettre.esidoc.example.fr>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply Espace Acheteur notification to the desk (administrator of structures that have none): an account awaits validation. Auto-Submitted: auto-generated.",
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur a demandé l'accès à l'Espace Acheteur pour la
structure "Collège Les Tilleuls - 0408411A" :

  Nom : Mme Sandrine Labat
  Fonction : gestionnaire

Connectez-vous pour valider ou refuser ce compte.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", mailer=None, hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("automated", False, None, None, "ecoledirecte", True, "fr",
  "Automatic transfer report from the school-management server (Auto-Submitted), forwarded to the desk by a misconfigured alert address: a machine report, not a request.",
  ("Rapport de transfert", "alertes@serveur-vie-scolaire.ecole-saint-exupery.fr"),
  "[Transfert EcoleDirecte] Rapport du 12/12/2024 - 2 avertissements",
  """Rapport automatique du transfert EcoleDirecte

Début : 12/12/2024 02:00:03
Fin : 12/12/2024 02:06:41
Notes : 1 284 envoyées
Absences : 96 envoyées
Avertissements : 2 (élèves sans classe)

Aucune action requise.
""", when=(2024, 12, 12, 2, 6), mailer=None, hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

M("automated", False, None, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  ("Peter Lindqvist", "peter.lindqvist@gmail.com"),
  "Re: [#SUP-117932] Your buyer account",
  """Hi,

I'm travelling until 15 October with limited access to email. I'll reply when
I'm back.

Peter
""", when=(2024, 10, 4, 17, 12), mailer="gmail", hdrs=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
                            ("In-Reply-To", "<SUP-117932.1728050000.71aa@assistance.example.fr>")])

M("automated", False, None, "nouvelle-aquitaine", None, True, "fr",
  "Out-of-office from a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording ('message automatique') shows it. Mentions passwords and the ENT. Region from ac-poitiers.fr.",
  ("Josiane Texier", "josiane.texier@ac-poitiers.fr"),
  "Absente",
  """Message automatique

Je suis absente du 16 au 20 décembre. Pour les mots de passe ENT et les
problèmes de connexion au portail du CDI, merci de vous adresser à
M. Girard, référent numérique.

Josiane Texier
""", when=(2024, 12, 16, 8, 0), mailer="outlook")

M("automated", False, None, "ile-de-france", "esidoc", True, "fr",
  "A documentalist's real question about ENT vs e-sidoc logins, but posted to a mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-versailles.fr.",
  ("Agnès Poulain", "agnes.poulain@ac-versailles.fr"),
  "[docs-78] Connexion ENT -> e-sidoc : vous aussi ?",
  """Bonjour à toutes et à tous,

Depuis la semaine dernière, quand mes élèves passent par l'ENT pour aller
sur le portail e-sidoc, ils arrivent sur une page d'erreur, alors que
l'adresse directe fonctionne. Est-ce que d'autres collègues ont le même
souci ? Et qui faut-il contacter, l'ENT ou e-sidoc ?

Agnès Poulain, collège de Rambouillet

--
Liste de diffusion des professeurs documentalistes des Yvelines
""", mailer="tb", to="docs-78@listes.ac-versailles.fr",
  hdrs=[("List-Id", "Documentalistes 78 <docs-78.listes.ac-versailles.fr>"), ("Precedence", "list"),
        ("List-Post", "<mailto:docs-78@listes.ac-versailles.fr>"),
        ("Sender", "docs-78-owner@listes.ac-versailles.fr")])

M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a supplier ticket opened by the desk was updated. Auto-Submitted: auto-generated.",
  ("Portail d'assistance", "notifications@tickets.example.fr"),
  "[Ticket 58213] Mise à jour : synchronisation ENT / e-sidoc",
  """Le ticket 58213 a été mis à jour par l'équipe technique.

Statut : En cours d'analyse
Dernier commentaire : "Nous reproduisons le problème de redirection depuis
l'ENT. Retour prévu sous 48 h."

Consultez le ticket : https://tickets.example.fr/t/58213
""", mailer=None, hdrs=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'document signed by all parties' notification for a convention; no Auto-Submitted or Precedence, only the no-reply sender and the wording show it is automatic.",
  ("Signature électronique", "ne-pas-repondre@signature.example.fr"),
  "Document signé : Convention d'adhésion 2025",
  """Bonjour,

Tous les signataires ont signé le document "Convention d'adhésion 2025 -
Espace Acheteur". Vous pouvez le télécharger pendant 30 jours :
https://signature.example.fr/d/8f21c0

Ceci est un message automatique, merci de ne pas y répondre.
""", mailer=None, fmt="alt", cte="qp")

M("automated", False, None, None, None, False, "en",
  "Warning from our own relay ('Delayed Mail (still being retried)'): not a failure, still automatic.",
  ("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"),
  "Delayed Mail (still being retried)",
  """This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<intendance@college-du-parc.fr>: connect to mx.college-du-parc.fr[198.51.100.7]:25:
    Connection timed out
""", when=(2025, 1, 22, 12, 1), mailer=None, fmt="dsn", return_path="<>", relay="relay.assistance.example.fr",
  report="""Reporting-MTA: dns; relay.assistance.example.fr
Arrival-Date: Wed, 22 Jan 2025 08:01:17 +0100 (CET)

Final-Recipient: rfc822; intendance@college-du-parc.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.college-du-parc.fr[198.51.100.7]:25: Connection timed out
Will-Retry-Until: Mon, 27 Jan 2025 08:01:17 +0100 (CET)""")

M("automated", False, None, "occitanie", None, False, "fr",
  "The ENT help desk's automatic acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from the ac-toulouse.fr sender.",
  ("Assistance ENT", "assistance-ent@ac-toulouse.fr"),
  "Accusé de réception de votre demande [ENT-2024-88731]",
  """Bonjour,

Votre demande a bien été enregistrée sous la référence ENT-2024-88731.
Elle sera traitée dans les meilleurs délais par l'assistance de l'ENT.

Merci de ne pas répondre à ce message.
""", mailer=None, hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-ent@ac-toulouse.fr"),
                         ("Precedence", "junk")])

M("automated", False, None, None, None, True, "fr",
  "A MailInBlack challenge sent to the desk because the desk wrote to a protected school: a machine message asking us to authenticate, not a user's MailInBlack problem.",
  ("Mailinblack", "challenge@protect.mailinblack.example"),
  "Validez votre message à destination de cdi@college-marcel-pagnol.fr",
  """Bonjour,

Vous avez envoyé un message à cdi@college-marcel-pagnol.fr. Ce destinataire
est protégé par Mailinblack.

Pour que votre message soit délivré, merci de cliquer sur le lien ci-dessous
et de recopier les caractères affichés :
https://protect.mailinblack.example/c/7f3ab21e

Ce message a été envoyé automatiquement.
""", mailer=None, fmt="alt", cte="qp", hdrs=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, None, False, "en",
  "Thunderbird return receipt in English, multipart/report disposition-notification.",
  ("Aisha Rahman", "aisha.rahman@lycee-international-ferney.fr"),
  "Return Receipt (displayed) - [#SUP-120211] Your e-sidoc question",
  """This is a Return Receipt for the mail that you sent to
aisha.rahman@lycee-international-ferney.fr.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.
""", when=(2025, 1, 24, 10, 51), mailer="tb", fmt="mdn",
  report="""Reporting-UA: lycee-international-ferney.fr; Thunderbird 115.9.0
Final-Recipient: rfc822;aisha.rahman@lycee-international-ferney.fr
Original-Message-ID: <SUP-120211.1737711000.2f0c@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed""")

M("automated", False, None, None, None, True, "en",
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  ("Mail Delivery System", "Mailer-Daemon@mx.mairie-saint-ybars.fr"),
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ecole.publique@mairie-saint-ybars.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Subject: [#SUP-118015] Votre compte ENT / Espace Acheteur
From: Assistance <support@assistance.example.fr>
""", when=(2024, 11, 7, 3, 12), mailer=None, return_path="<>")

M("automated", False, None, None, "esidoc", False, "fr",
  "Monthly e-sidoc statistics report sent automatically to the desk's address (Auto-Submitted: auto-generated).",
  ("Statistiques e-sidoc", "no-reply@stats.esidoc.example.fr"),
  "Vos statistiques de consultation - février 2025",
  """Statistiques mensuelles de votre portail

Visites : 2 418
Recherches : 1 102
Ressources numériques consultées : 356
Connexions depuis l'ENT : 61 %

Ce rapport est généré automatiquement chaque mois.
""", when=(2025, 3, 1, 6, 0), mailer=None, fmt="html", hdrs=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, None, False, "en",
  "English Exchange 'Automatic reply:' (Auto-Submitted, X-Auto-Response-Suppress) that points to the ENT help desk.",
  ("Graham Price", "g.price@british-section-strasbourg.fr"),
  "Automatic reply: [#SUP-121730] Library portal access",
  """Thank you for your email. I am on leave until 22 April. For ENT and
webmail issues please contact the school IT desk; for anything urgent,
the school office.

Graham
""", when=(2025, 4, 14, 13, 37), mailer="owa", fmt="alt", cte="qp", hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

# -------------------------------------------------------------------------- other
M("other", False, None, None, "ecoledirecte", True, "fr",
  "A parent asks for his child's EcoleDirecte password: wrong address (the school gives family logins), not a password_reset the desk can do.",
  ("Rachid Amrani", "rachid.amrani78@hotmail.fr"),
  "mot de passe ecole directe de ma fille",
  """Bonjour,

Je n'arrive plus à me connecter au compte EcoleDirecte de ma fille Inès
(classe de 4e B). Pouvez-vous me renvoyer le mot de passe ? J'ai essayé
aussi avec les codes de l'ENT, ça ne marche pas non plus.

Merci
M. Amrani
""", mailer="owa")

M("other", False, None, "hauts-de-france", None, True, "fr",
  "A teacher asks us to reset her académie webmail password: not a service of the desk, so other (mentions a password). Region from ac-lille.fr.",
  ("Corinne Wattel", "corinne.wattel@ac-lille.fr"),
  "Réinitialiser mon mot de passe de messagerie",
  """Bonjour,

Je n'arrive plus à me connecter à ma messagerie académique (webmail) ni,
du coup, à l'ENT. Pouvez-vous réinitialiser mon mot de passe ? On m'a
donné votre adresse au CDI en me disant que vous gériez "les mots de passe".

Corinne Wattel, professeure de lettres
""", mailer="iphone")

M("other", False, None, None, None, False, "fr",
  "A pupil asks for his ENT password: wrong address, nothing the desk handles.",
  ("Lucas", "lucas.b2009@gmail.com"),
  "code ent",
  """bonjour jai perdu mon code ent pour aller sur pronote et le cdi, vous
pouvez me le donner ? je suis en 3eme
merci
""", mailer="gmail")

M("other", False, None, None, None, True, "fr",
  "Phishing imitating the Espace Acheteur ('compte suspendu') from a look-alike domain, failing SPF/DMARC: other, and no platform since it is not the real product.",
  ("Espace Acheteur - Sécurité", "securite@espace-acheteur-verification.com"),
  "Votre compte Espace Acheteur sera suspendu sous 24h",
  """Cher utilisateur,

Suite à une mise à jour de sécurité, votre compte Espace Acheteur ainsi que
votre accès ENT seront suspendus sous 24 heures.

Pour conserver vos accès, confirmez vos identifiants ici :
http://espace-acheteur-verification.com/confirm

Le service sécurité
""", mailer=None, fmt="html", auth="fail", relay="mta7.bulk-mailer.example.net")

M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  ("Jenny Parks", "jenny@rankboost-seo.example.com"),
  "Quick question about assistance.example.fr",
  """Hi,

I was checking assistance.example.fr and noticed it isn't ranking for some
important keywords. We can get you to page one of Google in 30 days.

Interested? Just reply "yes".

Jenny
""", mailer=None, auth="spf")

M("other", False, None, "pays-de-la-loire", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-nantes.fr.",
  ("Hugo Lebrun", "hugo.lebrun@ac-nantes.fr"),
  "Re: [#SUP-119811] Mot de passe e-sidoc",
  """Merci beaucoup, le lien a fonctionné et j'ai pu changer le mot de passe.
Et merci de m'avoir expliqué la différence avec l'ENT !

Hugo Lebrun

Le 02/12/2024 à 14:22, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse enregistrée.
> L'assistance
""", when=(2024, 12, 2, 16, 48), mailer="tb", hdrs=[("In-Reply-To", "<SUP-119811.1733145720.7d0e@assistance.example.fr>")])

M("other", False, None, "normandie", None, False, "fr",
  "'Bien reçu, merci.' from a phone: nothing to do. Region from ac-normandie.fr.",
  ("Marc Hébert", "marc.hebert@ac-normandie.fr"),
  "Re: [#SUP-120090] Votre demande",
  """Bien reçu, merci.

Envoyé depuis mon mobile
""", mailer="android", cte="b64")

M("other", False, None, None, None, False, "fr",
  "Cold sales pitch for an ENT / library-management 'all in one' product, written to one person: other, not automated.",
  ("Thibault Garnier", "t.garnier@edusoft-solutions.example.com"),
  "ENT + CDI + gestion : une seule plateforme ?",
  """Bonjour,

Vos établissements jonglent entre l'ENT, le portail du CDI, la messagerie
et le logiciel de vie scolaire ? Notre solution réunit tout dans une seule
interface.

Seriez-vous disponible 20 minutes la semaine prochaine pour une démo ?

Thibault Garnier
Responsable commercial, EduSoft Solutions
""", mailer="outlook")

M("other", False, None, None, None, False, "fr",
  "A person asks by hand to be removed from the newsletter: not automated.",
  ("Anne Mercier", "anne.mercier@laposte.net"),
  "désinscription",
  """Bonjour,
Merci de me retirer de votre liste de diffusion, je ne suis plus
documentaliste depuis la rentrée.
Anne Mercier
""", mailer="gmail")

M("other", False, None, "auvergne-rhone-alpes", None, True, "fr",
  "Asks which of e-sidoc, the Espace Acheteur, EcoleDirecte or the ENT she should use to order library books: a general orientation question with no category. Several products, no platform. Region from ac-clermont.fr.",
  ("Sylvie Chabrier", "sylvie.chabrier@ac-clermont.fr"),
  "Quel outil pour commander des livres ?",
  """Bonjour,

Arrivée au collège cette année, je suis perdue entre e-sidoc, l'Espace
Acheteur, EcoleDirecte et l'ENT. Pour commander des livres pour le CDI,
lequel de ces outils dois-je utiliser ? Ou aucun ?

Merci de m'éclairer,
Sylvie Chabrier
""", mailer="zimbra")

M("other", False, None, None, None, False, "fr",
  "GDPR erasure request from a former gestionnaire: other (human review).",
  ("Denise Barre", "denise.barre@free.fr"),
  "Suppression de mes données personnelles",
  """Bonjour,

Ayant quitté l'Éducation nationale, je vous demande, conformément au RGPD,
de supprimer toutes les données me concernant (compte Espace Acheteur,
compte e-sidoc s'il existe, liste de diffusion).

Denise Barre
""", mailer="roundcube")

M("other", False, None, "grand-est", None, False, "fr",
  "Angry complaint about an unanswered request that says nothing about the topic. Region from ac-nancy-metz.fr.",
  ("Gérald Simon", "gerald.simon@ac-nancy-metz.fr"),
  "TROISIÈME RELANCE",
  """Bonjour,

Troisième relance. Toujours aucune réponse à mon message. Est-ce que
quelqu'un lit ces mails ? C'est inadmissible pour un service public.

G. Simon
""", mailer="zimbra")

M("other", False, None, "la-reunion", None, True, "fr",
  "Asks about PRONOTE timetables, a product the desk does not support. Region from ac-reunion.fr.",
  ("Sabrina Grondin", "sabrina.grondin@ac-reunion.fr"),
  "Emploi du temps Pronote",
  """Bonjour,

Les emplois du temps ne s'affichent plus dans Pronote depuis la mise à jour
de l'ENT. Est-ce vous qui gérez ça, ou EcoleDirecte ?

Sabrina Grondin
""", mailer="outlook", tz="+0400", date="Mon, 10 Mar 2025 10:18:44 +0400")

M("other", False, None, "bourgogne-franche-comte", "esidoc", False, "fr",
  "How-to question about changing the e-sidoc portal's banner image: no category of its own. Region from ac-besancon.fr.",
  ("Delphine Vuillemin", "delphine.vuillemin@ac-besancon.fr"),
  "Changer le bandeau du portail",
  """Bonjour,

Comment change-t-on l'image du bandeau sur la page d'accueil de notre
portail e-sidoc ? Je voudrais mettre une photo du CDI.

Delphine Vuillemin
""", mailer="tb")

M("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
  "Personal message sent to the desk by address autocomplete. Region from ac-grenoble.fr.",
  ("Audrey Blanc", "audrey.blanc@ac-grenoble.fr"),
  "samedi",
  """Coucou Sophie,

Toujours ok pour samedi ? Je passe te prendre vers 10h, on ira au marché
puis déjeuner chez mes parents.

Bises
Audrey
""", mailer="iphone")

M("other", False, None, None, None, False, "fr",
  "Unsolicited application for an internship, CV mentioned.",
  ("Camille Dubreuil", "camille.dubreuil.pro@gmail.com"),
  "Candidature spontanée - stage assistance utilisateurs",
  """Madame, Monsieur,

Étudiante en BTS SIO, je recherche un stage de six semaines à partir de
mai et serais ravie de rejoindre votre équipe d'assistance. Vous trouverez
mon CV en pièce jointe.

Cordialement,
Camille Dubreuil
""", when=(2025, 1, 20, 21, 4), mailer="gmail")

M("other", False, None, "ile-de-france", "esidoc", True, "fr",
  "Asks how to set up single sign-on from the ENT to the e-sidoc portal: a configuration how-to, not a password or activation request. Region from ac-creteil.fr.",
  ("Romain Fleury", "romain.fleury@ac-creteil.fr"),
  "Connexion unique ENT vers e-sidoc",
  """Bonjour,

Je voudrais que les élèves arrivent connectés sur le portail e-sidoc quand
ils cliquent sur le lien dans l'ENT, sans retaper d'identifiant. Où se
paramètre cette connexion unique : dans l'ENT ou dans l'administration
e-sidoc ?

Romain Fleury, professeur documentaliste
""", mailer="roundcube")

M("other", False, None, None, None, False, "en",
  "English partnership pitch from an edtech start-up.",
  ("Sarah Lindholm", "sarah@readwise-edtech.example.io"),
  "Partnership idea for French school libraries",
  """Hi team,

We build reading-analytics tools for school libraries and would love to
explore an integration with your library portal and the French ENTs.
Would you be open to a short call in the coming weeks?

Best,
Sarah Lindholm
Partnerships, Readwise EdTech
""", mailer="gmail")

M("other", False, None, None, "espace_acheteur", False, "fr",
  "Wants to register for an Espace Acheteur webinar; the registration link fails.",
  ("Nathalie Pruvost", "n.pruvost@cc-artois-ternois.fr"),
  "Inscription webinaire",
  """Bonjour,

Le lien d'inscription au webinaire de présentation de l'Espace Acheteur du
20 mars renvoie une erreur 404. Pouvez-vous m'inscrire directement ?

Nathalie Pruvost
""", when=(2025, 3, 12, 14, 20), mailer="outlook")


# --------------------------------------------------------------------------
# write and check
# --------------------------------------------------------------------------
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def mail_text(msg):
    """All decoded text of a parsed message (headers and text parts)."""
    chunks = [str(v) for v in msg.values()]
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        try:
            chunks.append(part.get_content() if part.get_content_maintype() == "text"
                          else part.as_string())
        except Exception:
            chunks.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(str(c) for c in chunks)


def main():
    order = list(range(len(MAILS)))
    random.Random(SEED).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = "h%03d.eml" % n
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(build(n, m))
        labels.append({"file": name, "category": m["cat"], "auto_reply_ok": m["ok"],
                       "uai": m["uai"], "region": m["region"], "platform": m["platform"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    emls = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert len(emls) == 150, len(emls)
    assert emls == ["h%03d.eml" % i for i in range(1, 151)]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    assert len(labels) == 150
    assert [l["file"] for l in labels] == emls
    counts = {}
    for lab in labels:
        assert list(lab.keys()) == KEYS, lab
        f = lab["file"]
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] and msg["Message-ID"], f
        assert "support@assistance.example.fr" in raw.decode("ascii", "replace")
        text = mail_text(msg)
        assert text.strip(), f
        cat = lab["category"]
        assert cat in CATEGORIES, (f, cat)
        counts[cat] = counts.get(cat, 0) + 1
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if cat not in AUTO_OK:
            assert lab["auto_reply_ok"] is False, (f, cat)
        assert lab["platform"] in PLATFORMS, (f, lab["platform"])
        assert lab["lang"] in ("fr", "en"), f
        assert lab["notes"], f
        uai = lab["uai"]
        if uai is not None:
            assert uai_ok(uai), (f, uai)
            assert uai.lower() in text.lower(), (f, uai)
        sender = email.utils.parseaddr(str(msg["From"]))[1]
        assert lab["region"] == expected_region(uai, sender), (f, lab["region"], expected_region(uai, sender))
        if lab["region"] is not None:
            assert lab["region"] in REGIONS
    print("holdout129: 150 mails OK;", ", ".join("%s=%d" % kv for kv in sorted(counts.items())),
          "; auto_reply_ok=%d; hard=%d" % (sum(l["auto_reply_ok"] for l in labels), sum(l["hard"] for l in labels)))


if __name__ == "__main__":
    main()

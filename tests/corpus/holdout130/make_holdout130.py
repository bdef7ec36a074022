#!/usr/bin/env python3
"""Build holdout130: 150 hand-written blind test mails with labels.

Theme: heads of establishment (principaux, proviseurs, directeurs d'école) and
their deputies writing for themselves: formal written requests, authorisations,
changes of administrator, signed letters, alongside their own password and
account questions; plus the usual automated mail and unrelated mail.

Standard library only, deterministic.  Run:  python3 make_holdout130.py
"""
import base64
import email
import email.policy
import html as htmlmod
import json
import os
import quopri
import random
import re
from email.header import Header
import email.utils
from email.utils import formataddr, format_datetime
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(130130)

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

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
    for _m in _doms.split():
        DOMAIN2REGION[_m] = _slug


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and \
        LETTERS[int(code[:7]) % 23] == code[7]


def region_of(uai, sender):
    if uai:
        return DEPT2REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN2REGION.get(dom)


# ---------------------------------------------------------------- mail model
MAILS = []


def M(cat, ok, uai, plat, hard, lang, notes, frm, subj, body, **o):
    """One hand-written mail.  frm = (display name, address)."""
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, plat=plat, hard=hard, lang=lang,
                      notes=notes, frm=frm, subj=subj, body=body, o=o))


MAILERS = {
    "outlook": "Microsoft Outlook 16.0",
    "thunderbird": None,  # Thunderbird writes User-Agent instead
    "zimbra": "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF128 (Win)/9.0.0_ZEXTRAS_20240927)",
    "apple": "Apple Mail (2.3774.600.62)",
    "iphone": "iPhone Mail (21G93)",
    "android": None,
}
TZ = {"972": -4, "971": -4, "973": -3, "974": 4, "976": 3}


def pick_date(uai, sender):
    start = dt.datetime(2024, 9, 2)
    d = start + dt.timedelta(days=rng.randint(0, 290))
    while d.weekday() >= 5 and rng.random() < 0.85:
        d += dt.timedelta(days=1)
    hour = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 21])
    d = d.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    off = None
    for pre, h in TZ.items():
        if (uai or "").startswith(pre) or ("ac-" in sender and pre == {
                "ac-martinique.fr": "972", "ac-guadeloupe.fr": "971", "ac-guyane.fr": "973",
                "ac-reunion.fr": "974", "ac-mayotte.fr": "976"}.get(sender.split("@")[-1])):
            off = h
    if off is None:
        off = 2 if (d.month >= 4 and d.month <= 10 and not (d.month == 10 and d.day > 26)
                    and not (d.month == 4 and d.day < 1)) else 1
        if d.month == 3 and d.day >= 30:
            off = 2
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


def to_html(text, style):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(x) for x in p.split("\n")]
        if all(x.startswith("&gt;") for x in lines if x):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + "<br>".join(x[4:].lstrip() for x in lines) + "</blockquote>")
        elif style == "outlook":
            out.append("".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (x or "&nbsp;") for x in lines)
                       + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append("<div>" + "<br>".join(lines) + "</div><div><br></div>")
    inner = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR" link="#0563C1"><div class="WordSection1">\n%s\n</div></body></html>\n') % ("CHARSET", inner)
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">\n'
            + inner + "\n</div></body></html>\n")


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(data).decode("ascii")
    if cte == "b64":
        return "base64", base64.encodebytes(data).decode("ascii")
    if cte == "8bit":
        try:
            data.decode("ascii")
            return "7bit", text
        except UnicodeDecodeError:
            return "8bit", data  # bytes
    raise ValueError(cte)


def leaf(ctype, text, charset, cte):
    name, payload = encode_body(text, charset, cte)
    head = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (ctype, charset, name)
    if isinstance(payload, bytes):
        return head.encode("ascii") + payload + b"\n"
    return (head + payload + ("" if payload.endswith("\n") else "\n")).encode("ascii")


def boundary():
    return "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13))


def build(m, idx):
    o = m["o"]
    name, addr = m["frm"]
    dom = addr.rsplit("@", 1)[-1].lower()
    charset = o.get("cs", "utf-8")
    date = o.get("date_obj") or pick_date(m["uai"], addr)
    mailer = o.get("mailer", rng.choice(["outlook", "zimbra", "thunderbird", None, None, "apple", "iphone", "android"]))
    fmt = o.get("fmt")
    if fmt is None:
        fmt = {"outlook": rng.choice(["alt", "alt", "html"]), "zimbra": "alt", "apple": "alt",
               "iphone": "plain", "android": "alt", "thunderbird": "plain", None: rng.choice(["plain", "alt"])}[mailer]
    cte = o.get("cte") or rng.choice(["qp", "qp", "b64", "8bit"])
    if mailer in ("android",) and "cte" not in o:
        cte = "b64"
    h = []
    h.append("Return-Path: <%s>" % o.get("return_path", addr))
    h.append("Delivered-To: support@assistance.example.fr")
    relay = o.get("relay") or ("smtp%d.%s" % (rng.randint(1, 4), dom))
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))
    h.append("Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <support@assistance.example.fr>; %s"
             % (relay, relay, ip, "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(15)),
                format_datetime(date + dt.timedelta(seconds=rng.randint(2, 40)))))
    auth = o.get("auth")
    if auth is None:
        auth = ("dkim=pass (2048-bit key) header.d={d};\n\tspf=pass smtp.mailfrom={d};\n\tdmarc=pass (p=none dis=none) header.from={d}").format(d=dom)
    h.append("Authentication-Results: mx1.assistance.example.fr;\n\t" + auth)
    h.append("From: " + enc_addr(name, addr, charset if charset != "us-ascii" else "utf-8"))
    h.append("To: " + o.get("to", "Assistance <support@assistance.example.fr>"))
    if o.get("cc"):
        h.append("Cc: " + enc_addr(*email.utils.parseaddr(o["cc"])))
    if o.get("reply_to"):
        h.append("Reply-To: " + o["reply_to"])
    h.append("Subject: " + enc_header(m["subj"], "utf-8" if charset in ("us-ascii",) else charset))
    h.append("Date: " + format_datetime(date))
    mid = o.get("msgid") or "<%s@%s>" % ("%x.%x" % (rng.getrandbits(48), rng.getrandbits(32)), dom)
    h.append("Message-ID: " + mid)
    if o.get("irt"):
        ref = "<SUP-%06d.%d.%06x@assistance.example.fr>" % (o["irt"], int(date.timestamp()) - rng.randint(86400, 600000), rng.getrandbits(24))
        h.append("In-Reply-To: " + ref)
        h.append("References: " + ref)
    h.append("MIME-Version: 1.0")
    if mailer == "thunderbird":
        h.append("User-Agent: Mozilla Thunderbird")
    elif mailer == "android":
        h.append("X-Mailer: Outlook for Android")
    elif MAILERS.get(mailer):
        h.append("X-Mailer: " + MAILERS[mailer])
    if mailer == "outlook":
        h.append("Thread-Index: " + base64.b64encode(rng.getrandbits(160).to_bytes(20, "big")).decode())
        h.append("Content-Language: " + ("en-GB" if m["lang"] == "en" else "fr-FR"))
    for k, v in o.get("headers", []):
        h.append("%s: %s" % (k, v))
    head = "\n".join(h) + "\n"
    text = m["body"].strip("\n") + "\n"
    if fmt == "raw":
        raw = head.encode("ascii") + ("Content-Type: " + o["ctype"] + "\n").encode("ascii")
        if o.get("raw_cte"):
            raw += ("Content-Transfer-Encoding: %s\n" % o["raw_cte"]).encode("ascii")
        raw += b"\n" + o["raw"].encode(o.get("raw_cs", "utf-8"))
        return raw
    html_style = "outlook" if mailer == "outlook" else "gmail"
    if fmt == "plain":
        part = leaf("text/plain", text, charset, cte)
    else:
        html_text = o.get("html") or to_html(text, html_style).replace("CHARSET", charset)
        if fmt == "html":
            part = leaf("text/html", html_text, charset, cte)
        else:
            b = boundary()
            part = ('Content-Type: multipart/alternative;\n boundary="%s"\n\n' % b).encode("ascii")
            part += ("--%s\n" % b).encode() + leaf("text/plain", text, charset, cte)
            part += ("\n--%s\n" % b).encode() + leaf("text/html", html_text, charset, cte)
            part += ("\n--%s--\n" % b).encode()
    if not o.get("attach"):
        return head.encode("ascii") + part
    b = boundary()
    out = head.encode("ascii") + ('Content-Type: multipart/mixed;\n boundary="%s"\n\n' % b).encode("ascii")
    out += b"This is a multi-part message in MIME format.\n\n"
    out += ("--%s\n" % b).encode() + part
    for fname, ctype in o["attach"]:
        blob = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\n" + rng.getrandbits(8 * 600).to_bytes(600, "big") + b"\n%%EOF\n"
        if not ctype.startswith("application/pdf"):
            blob = rng.getrandbits(8 * 900).to_bytes(900, "big")
        try:
            fname.encode("ascii")
            disp = 'attachment; filename="%s"' % fname
        except UnicodeEncodeError:
            disp = "attachment; filename*=utf-8''" + "".join(
                c if c.isalnum() and c.isascii() or c in "._-" else "".join("%%%02X" % x for x in c.encode()) for c in fname)
        out += ("\n--%s\nContent-Type: %s\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n\n" % (b, ctype, disp)).encode()
        out += base64.encodebytes(blob)
    out += ("\n--%s--\n" % b).encode()
    return out

# ====================================================================
# head_of_establishment_request (the theme's core)
# ====================================================================
M("head_of_establishment_request", False, "0757053J", "esidoc", False, "fr",
  "The principal, from the ce.<UAI> address, asks to reset the e-sidoc administrator password and send the link to the new librarian.",
  ("Collège Jean Moulin - Principal", "ce.0757053J@ac-paris.fr"),
  "Demande écrite - réinitialisation accès administrateur e-sidoc (0757053J)",
  """Madame, Monsieur,

En ma qualité de principal du collège Jean Moulin (UAI 0757053J), je vous demande de procéder à la réinitialisation du mot de passe du compte administrateur de notre portail e-sidoc.

Notre professeure documentaliste, Mme Clémence Rossignol, est arrivée à la rentrée et n'a jamais reçu les identifiants de son prédécesseur. Je vous remercie d'adresser le lien de réinitialisation à l'adresse officielle de l'établissement, depuis laquelle je vous écris ; je le lui transmettrai.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bertrand Lhomme
Principal
Collège Jean Moulin - 75015 Paris""", mailer="zimbra", cte="qp")

M("head_of_establishment_request", False, "0935207E", "espace_acheteur", False, "fr",
  "Proviseure names a new structure administrator on the Espace Acheteur and asks to withdraw the rights of the departed gestionnaire; signed letter attached.",
  ("Proviseure Lycée Eugène Delacroix", "ce.0935207E@ac-creteil.fr"),
  "Changement d'administrateur de structure - Lycée Eugène Delacroix",
  """Bonjour,

Vous trouverez ci-joint un courrier signé par mes soins désignant M. Karim Benhaddou, nouveau gestionnaire, comme administrateur de la structure « Lycée Eugène Delacroix » sur l'Espace Acheteur, à compter du 1er octobre.

Je vous demande en conséquence de désactiver le compte de Mme Sylvie Carrel, qui a quitté l'établissement le 30 septembre et ne doit plus pouvoir passer de commande en notre nom.

UAI : 0935207E

Bien cordialement,

Nathalie Ferrand-Aubry
Proviseure
Lycée Eugène Delacroix, Drancy""", mailer="outlook", attach=[("Courrier_designation_administrateur_signe.pdf", "application/pdf")])

M("head_of_establishment_request", False, "0690300B", "esidoc", True, "fr",
  "Written by the proviseur ADJOINT by delegation while the proviseur is on leave: still a written request from the establishment's management; staff must check the delegation.",
  ("Proviseur adjoint - Lycée Ampère Saxe", "ce.0690300B@ac-lyon.fr"),
  "Réinitialisation mot de passe administrateur e-sidoc - par délégation",
  """Madame, Monsieur,

Le proviseur étant en congé jusqu'au 18 novembre, je vous écris par délégation de signature, en tant que proviseur adjoint.

Nous souhaitons que le mot de passe administrateur de notre portail e-sidoc (UAI 0690300B) soit réinitialisé : l'ancienne documentaliste est partie en mutation sans transmettre ses accès, et la nouvelle ne peut pas gérer les ressources numériques.

Merci d'envoyer le lien sur la présente adresse de l'établissement.

Je joins l'arrêté de délégation de signature si nécessaire.

Cordialement,
Olivier Marchetti
Proviseur adjoint""", mailer="zimbra", attach=[("arrete_delegation_signature.pdf", "application/pdf")])

M("head_of_establishment_request", False, "0383759E", "esidoc", False, "fr",
  "A primary-school director asks to replace the contact e-mail of the e-sidoc account by the school's address.",
  ("Ecole élémentaire Les Buttes", "ce.0383759E@ac-grenoble.fr"),
  "changement adresse mail de contact",
  """Bonjour,

Je suis la directrice de l'école élémentaire Les Buttes à Échirolles (0383759E).
L'adresse de contact de notre compte e-sidoc est encore celle de mon prédécesseur, qui est à la retraite depuis juillet (adresse personnelle, qu'on ne peut plus consulter).

Pouvez-vous la remplacer par l'adresse de l'école, ce.0383759E@ac-grenoble.fr ?

Merci d'avance,
Mme Pascale Girod
directrice""", mailer="zimbra")

M("head_of_establishment_request", False, "0597747A", "espace_acheteur", False, "fr",
  "Written delegation: the principal authorises the adjoint gestionnaire to validate orders on the Espace Acheteur up to a ceiling.",
  ("Principal collège Anatole France", "ce.0597747A@ac-lille.fr"),
  "Délégation pour la validation des commandes",
  """Madame, Monsieur,

Par la présente, j'autorise Mme Élodie Vanhove, adjointe gestionnaire du collège Anatole France (UAI 0597747A), à valider les commandes de l'établissement sur l'Espace Acheteur, dans la limite de 15 000 € TTC par commande.

Au-delà de ce montant, la validation restera de mon ressort.

Cette délégation prend effet immédiatement et vaut jusqu'à nouvel ordre.

Jean-Philippe Delcroix
Principal""", mailer="outlook", fmt="html", cs="windows-1252", cte="qp")

M("head_of_establishment_request", False, "0782285K", "espace_acheteur", False, "en",
  "English: head of an international section school appoints a new buyer administrator and asks to close the former one's account.",
  ("Dr. Helen Whitcombe", "ce.0782285K@ac-versailles.fr"),
  "Change of structure administrator - Lycée international (0782285K)",
  """Dear Sir or Madam,

I am the head of the Lycée international at Saint-Germain-en-Laye (UAI 0782285K). Our business manager, Mr Paul Ferreira, retired at the end of last term and was the administrator of our structure on the Espace Acheteur.

I hereby designate his successor, Ms Aurélie Tanguy (aurelie.tanguy@ac-versailles.fr), as the new administrator, and I ask you to remove Mr Ferreira's access.

Please let me know if you need a signed letter in addition to this e-mail.

Kind regards,
Helen Whitcombe
Proviseure / Head of School""", mailer="outlook", cte="qp")

M("head_of_establishment_request", False, "0548554E", "esidoc", False, "fr",
  "Reply on a ticket in which the principal gives the written authorisation the desk asked for (Outlook '-----Message d'origine-----').",
  ("Principale - Collège La Fontaine", "ce.0548554E@ac-nancy-metz.fr"),
  "RE: [#SUP-007412] Mot de passe e-sidoc - demande du chef d'établissement",
  """Bonjour,

Comme demandé, je confirme par écrit que j'autorise la réinitialisation du mot de passe administrateur de notre e-sidoc. Le lien peut être envoyé sur cette adresse.

Cordialement,
Françoise Adam
Principale du collège La Fontaine - 0548554E

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 14 janvier 2025 09:12
À : Documentation Collège La Fontaine <cdi.lafontaine@gmail.com>
Objet : [#SUP-007412] Mot de passe e-sidoc - demande du chef d'établissement

Bonjour,

L'adresse depuis laquelle vous écrivez n'est pas celle associée au compte. Pour des raisons de sécurité, la réinitialisation doit être demandée par écrit par le chef d'établissement.

L'équipe d'assistance""", mailer="outlook", irt=7412)

M("head_of_establishment_request", False, None, "esidoc", True, "fr",
  "Directrice d'école writes from a personal Gmail without any UAI to authorise a reset: weak evidence, staff must verify; no region.",
  ("Sandrine Pelletier", "sandrine.pelletier78@gmail.com"),
  "Autorisation",
  """Bonjour,

je suis directrice de l'école maternelle des Tilleuls et je vous donne mon accord pour que le mot de passe de la BCD (e-sidoc) soit remis à zéro, c'est Mme Hoarau qui s'en occupe désormais.

Je n'ai pas accès à ma boîte académique depuis chez moi, désolée d'écrire d'ici.

Sandrine Pelletier""", mailer="iphone", fmt="plain", cte="8bit")

M("head_of_establishment_request", False, "0627194H", "esidoc", True, "fr",
  "Probable spoof: claims to be the proviseur from the ce.<UAI> address but SPF/DMARC fail and Reply-To is a free-mail address; asks to move the admin account there. Still a head request for the queue, to be refused.",
  ("Proviseur Lycée Condorcet", "ce.0627194H@ac-lille.fr"),
  "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le proviseur du lycée Condorcet (0627194H). Merci de modifier en urgence l'adresse e-mail du compte administrateur e-sidoc pour : proviseur.condorcet@outlook.fr

Je suis en déplacement et n'ai pas accès à l'adresse habituelle. Merci de me confirmer l'opération dès aujourd'hui.

Le proviseur""", mailer=None, fmt="plain", cte="8bit",
  reply_to="proviseur.condorcet@outlook.fr", relay="mail.bulk-sender.example.net",
  auth="dkim=none;\n\tspf=fail smtp.mailfrom=ac-lille.fr;\n\tdmarc=fail (p=quarantine dis=none) header.from=ac-lille.fr")

M("head_of_establishment_request", False, "0330180S", "esidoc", False, "fr",
  "HTML-only Outlook letter: the principal asks that the departed librarian's access be removed by resetting the admin password.",
  ("Principal - Collège Cheverus", "ce.0330180S@ac-bordeaux.fr"),
  "Départ de la professeure documentaliste - sécurisation de l'accès e-sidoc",
  """Madame, Monsieur,

Mme Laure Dufau, professeure documentaliste, quitte le collège Cheverus (UAI 0330180S) ce vendredi pour un détachement à l'étranger. Elle détient aujourd'hui seule le mot de passe administrateur de notre portail e-sidoc.

Afin de sécuriser l'accès, je vous demande de bien vouloir réinitialiser ce mot de passe lundi matin et d'envoyer le lien à l'adresse officielle du collège.

Avec mes remerciements,

Thierry Lasserre
Principal du collège Cheverus
Bordeaux""", mailer="outlook", fmt="html", cs="windows-1252", cte="qp")

M("head_of_establishment_request", False, "6204300E", "esidoc", False, "fr",
  "Corse-du-Sud (620) UAI: the principal asks for the admin contact address to be switched to the new librarian.",
  ("Collège Laetitia - Principal", "ce.6204300E@ac-corse.fr"),
  "Modification du contact administrateur e-sidoc",
  """Bonjour,

Le collège (RNE 6204300E) a une nouvelle documentaliste, Mme Santoni. Je vous demande de remplacer l'adresse de contact du compte administrateur e-sidoc par la sienne : marie-ange.santoni@ac-corse.fr.

Je reste à votre disposition.

Pierre-Paul Casanova
Principal""", mailer="thunderbird", cte="qp")

M("head_of_establishment_request", False, "9723159B", "espace_acheteur", False, "fr",
  "Martinique: the proviseure authorises her new gestionnaire to be structure administrator and asks to close the interim's access.",
  ("Proviseure LPO Bellevue", "ce.9723159B@ac-martinique.fr"),
  "Désignation nouvelle administratrice Espace Acheteur - 9723159B",
  """Madame, Monsieur,

Je vous informe de l'arrivée de Mme Josiane Théodose au poste de gestionnaire du LPO Bellevue (Fort-de-France), UAI 9723159B.

Je la désigne par la présente comme administratrice de notre structure sur l'Espace Acheteur et vous demande de clôturer l'accès de M. Roland Éloi, qui assurait l'intérim.

Respectueusement,
Mme Véronique Saint-Aimé
Proviseure""", mailer="outlook", cte="b64")

M("head_of_establishment_request", False, "0447023V", "esignature", True, "fr",
  "The principal cannot sign the convention herself during her leave and designates her deputy as signatory on the e-signature circuit: a written authorisation, not an e-signature incident.",
  ("Principale Collège Jules Verne", "ce.0447023V@ac-nantes.fr"),
  "Signataire de la convention d'adhésion - collège Jules Verne",
  """Bonjour,

J'ai bien reçu l'invitation à signer électroniquement la convention d'adhésion de notre collège (0447023V). Je serai absente pour raison médicale à partir de demain et pendant trois semaines.

J'autorise M. Yannick Le Goff, principal adjoint, à signer cette convention en mon nom. Pouvez-vous modifier le signataire du circuit de signature en conséquence ? Son adresse : yannick.le-goff@ac-nantes.fr

Merci de votre compréhension.

Catherine Morvan
Principale""", mailer="zimbra", cte="qp")

M("head_of_establishment_request", False, "0133542E", "esidoc", False, "fr",
  "The proviseur writes a formal request, with letterhead-style header, to reset both the admin password and contact address.",
  ("Secrétariat de direction - Lycée Thiers", "ce.0133542E@ac-aix-marseille.fr"),
  "Courrier du proviseur : accès administrateur e-sidoc",
  """LYCÉE THIERS
5 place du Lycée - 13001 Marseille
UAI : 0133542E

Marseille, le 7 octobre

Objet : réinitialisation du mot de passe administrateur et changement d'adresse de contact

Madame, Monsieur,

Je soussigné, Alain Giraud, proviseur du lycée Thiers, demande la réinitialisation du mot de passe administrateur de notre portail e-sidoc, ainsi que le remplacement de l'adresse de contact par celle du CDI : cdi.thiers@ac-aix-marseille.fr.

Le lien peut être envoyé à l'adresse de l'établissement.

A. Giraud
Proviseur

(courrier transmis par le secrétariat de direction)""", mailer="outlook", cte="qp")

M("head_of_establishment_request", False, "0259319U", "esidoc", True, "fr",
  "Two-in-one but both are the head's written requests: authorises a reset for the librarian and asks to add a second administrator. Secretary's wording mixes 'je ne connais pas le mot de passe'.",
  ("Principal Collège Lucie Aubrac", "ce.0259319U@ac-besancon.fr"),
  "e-sidoc : réinitialisation + second administrateur",
  """Bonjour,

Principal du collège Lucie Aubrac (0259319U), je vous écris pour deux points concernant e-sidoc :

1) personne ici ne connaît le mot de passe administrateur depuis le départ de Mme Perrin ; je vous demande de le réinitialiser ;
2) je souhaite que nos deux professeurs documentalistes, Mme Baud et M. Jacquot, disposent chacun d'un accès administrateur.

Merci de me dire si un courrier signé est nécessaire.

Bien à vous,
Gilles Vuillemin""", mailer="thunderbird", cte="8bit")

M("head_of_establishment_request", False, "0215780U", "espace_acheteur", False, "fr",
  "Short, formal: the head authorises the pending order of the establishment (order authorisation).",
  ("Proviseur - Lycée Carnot", "ce.0215780U@ac-dijon.fr"),
  "Autorisation de la commande n° EA-2025-00417",
  """Bonjour,

J'autorise la commande n° EA-2025-00417 passée par notre gestionnaire sur l'Espace Acheteur pour le lycée Carnot (0215780U).

Le bon d'engagement signé est joint.

Cordialement,
Le proviseur, Éric Bonnot""", mailer="outlook", attach=[("BE_2025_00417_signe.pdf", "application/pdf")])

M("head_of_establishment_request", False, "9741211Y", "esidoc", False, "fr",
  "La Réunion: the principal, newly appointed, asks to become the contact of the admin account because nobody has the credentials.",
  ("Principal Collège Bois-de-Nèfles", "ce.9741211Y@ac-reunion.fr"),
  "Prise de fonctions - accès administrateur e-sidoc",
  """Bonjour,

Nommé principal du collège de Bois-de-Nèfles (9741211Y) en septembre, je constate que personne dans l'établissement ne dispose des accès administrateur à notre portail e-sidoc : le poste de professeur documentaliste est vacant depuis juin.

Je vous demande de réinitialiser ce compte et de rattacher l'adresse de contact à l'adresse du collège, en attendant la nomination d'un documentaliste.

Cordialement,
Jean-Marc Payet
Principal""", mailer="zimbra", cte="qp")

M("head_of_establishment_request", False, "0318110X", "espace_acheteur", True, "fr",
  "The 'faisant fonction' (acting) principal writes: she signs as interim head. Change of administrator after the gestionnaire's sick leave; staff must check she is the acting head.",
  ("Mme Delphine Aspe", "delphine.aspe@ac-toulouse.fr"),
  "Administrateur de structure pendant l'arrêt de la gestionnaire",
  """Bonjour,

Principale adjointe, je fais fonction de chef d'établissement au collège Pierre de Fermat (0318110X) depuis le 2 décembre.

Notre gestionnaire, seule administratrice de la structure sur l'Espace Acheteur, est en arrêt long. Pour que les commandes puissent continuer, je vous demande de désigner provisoirement M. Thomas Ribes, secrétaire d'intendance, comme administrateur.

Merci de m'indiquer si vous avez besoin d'un document de l'autorité académique attestant de l'intérim.

Delphine Aspe
Principale adjointe, faisant fonction""", mailer="zimbra", cte="b64")

M("head_of_establishment_request", False, "0646021X", "esidoc", True, "fr",
  "The proviseur's request is sent from his phone, quoting the librarian's earlier message (Apple quote); personal academic address, not the ce. one.",
  ("Marc Etcheverry", "marc.etcheverry@ac-bordeaux.fr"),
  "Re: Mot de passe e-sidoc du CDI",
  """Bonjour,

Je confirme la demande de Mme Iriarte ci-dessous et j'autorise la réinitialisation du mot de passe administrateur du lycée.

M. Etcheverry, proviseur du lycée Saint-Cricq (0646021X)

Envoyé de mon iPhone

> Le 3 févr. 2025 à 10:41, Maite Iriarte <maite.iriarte@ac-bordeaux.fr> a écrit :
>
> Bonjour,
> Je suis la documentaliste du lycée Saint-Cricq à Pau. Je n'ai pas le mot de passe administrateur d'e-sidoc, l'adresse de contact est celle de mon prédécesseur. Pouvez-vous m'aider ?
> Maite Iriarte""", mailer="iphone", fmt="plain", cte="qp")

M("head_of_establishment_request", False, "0866361X", "espace_acheteur", False, "fr",
  "The principal asks to close the administrator account of a gestionnaire who left and to name himself temporarily.",
  ("Principal Collège Rabelais", "ce.0866361X@ac-poitiers.fr"),
  "Fermeture d'un accès administrateur",
  """Madame, Monsieur,

M. Fabrice Giraudeau, gestionnaire du collège Rabelais de Poitiers, a été muté le 1er janvier. Je vous demande de fermer son accès d'administrateur de structure sur l'Espace Acheteur.

Dans l'attente de son successeur, je souhaite être moi-même désigné administrateur.

Collège Rabelais, UAI 0866361X.

Salutations distinguées,
Hervé Bouchet, principal""", mailer="outlook", fmt="html", cs="iso-8859-1", cte="qp")

M("head_of_establishment_request", False, "0350312Z", "esidoc", False, "fr",
  "The head replies on an existing ticket with the signed letter the desk asked for (PDF attached).",
  ("Proviseur Lycée Chateaubriand", "ce.0350312Z@ac-rennes.fr"),
  "Re: [#SUP-006185] Courrier du chef d'établissement",
  """Bonjour,

Veuillez trouver ci-joint le courrier signé demandé, autorisant la modification de l'adresse de contact de notre compte e-sidoc (0350312Z).

Bien cordialement,
Loïc Guillou
Proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Lycée Chateaubriand CDI" <cdi.chateaubriand@ac-rennes.fr>
Envoyé: Jeudi 21 Novembre 2024 14:03:11
Objet: [#SUP-006185] Courrier du chef d'établissement

Bonjour,
Nous avons besoin d'un courrier du chef d'établissement pour modifier l'adresse de contact de l'administrateur.
L'équipe d'assistance""", mailer="zimbra", irt=6185, attach=[("courrier_proviseur_e-sidoc.pdf", "application/pdf")])

M("head_of_establishment_request", False, "0018353Z", "espace_acheteur", False, "fr",
  "Principal asks to withdraw order-validation rights from a teacher who left and gives them to the deputy.",
  ("Principal - Collège Saint-Exupéry", "ce.0018353Z@ac-lyon.fr"),
  "Retrait de droits de validation",
  """Bonjour,

Je vous prie de retirer les droits de validation des commandes à M. Romain Dubreuil, enseignant, qui les avait reçus l'an dernier pour un projet et ne fait plus partie de l'établissement.

Ces droits doivent être attribués à Mme Nadia Ferhat, principale adjointe.

Collège Saint-Exupéry, Bourg-en-Bresse, 0018353Z.

Merci,
Laurent Chabert""", mailer=None, fmt="alt", cte="qp")

M("head_of_establishment_request", False, "7203639T", "esidoc", False, "fr",
  "Haute-Corse (720): head asks for the admin password to be reset and sent to the school's official address.",
  ("Lycée Paul Vincensini", "ce.7203639T@ac-corse.fr"),
  "Demande de réinitialisation - portail CDI",
  """Bonjour,

Je sollicite, en tant que proviseure du lycée Paul Vincensini de Bastia (7203639T), la réinitialisation du mot de passe administrateur de notre portail documentaire e-sidoc.

Merci d'envoyer le lien à l'adresse du lycée.

Cordialement,
Jeanne Orsini""", mailer="thunderbird", cte="qp")

M("head_of_establishment_request", False, "0565144M", "espace_acheteur", True, "fr",
  "The gestionnaire writes but forwards (TR:) the principal's signed designation letter with the principal in Cc: the head's request, relayed.",
  ("Intendance Collège Jules Simon", "int.0565144M@ac-rennes.fr"),
  "TR: Courrier de désignation administrateur",
  """Bonjour,

Je vous transmets le courrier de Mme la Principale me désignant comme administratrice de la structure sur l'Espace Acheteur (elle est en copie).

Merci de faire le nécessaire.

Gaëlle Le Floch
Gestionnaire - collège Jules Simon, Vannes

De : Principale Collège Jules Simon <ce.0565144M@ac-rennes.fr>
Envoyé : lundi 10 mars 2025 08:55
À : Intendance Collège Jules Simon <int.0565144M@ac-rennes.fr>
Objet : Courrier de désignation administrateur

Gaëlle,
Voici le courrier signé à transmettre à l'assistance.
Anne Kervella""", mailer="outlook", cc="Principale Collège Jules Simon <ce.0565144M@ac-rennes.fr>",
  attach=[("Désignation administrateur Espace Acheteur.pdf", "application/pdf")])

M("head_of_establishment_request", False, "0672816X", "esidoc", True, "de",
  "German (with a one-line French summary): the head of a Franco-German school asks to change the admin contact address of the e-sidoc account.",
  ("Dr. Ulrike Brandner", "ce.0672816X@ac-strasbourg.fr"),
  "Änderung der Kontaktadresse e-sidoc / changement d'adresse",
  """Sehr geehrte Damen und Herren,

als Schulleiterin des deutsch-französischen Gymnasiums (UAI 0672816X) bitte ich Sie, die Kontaktadresse des Administratorkontos unseres e-sidoc-Portals zu ändern. Neue Adresse: mediathek.dfg@ac-strasbourg.fr

Die bisherige Bibliothekarin hat die Schule verlassen.

(En français : merci de remplacer l'adresse de contact du compte administrateur e-sidoc par mediathek.dfg@ac-strasbourg.fr.)

Mit freundlichen Grüßen
Ulrike Brandner
Proviseure / Schulleiterin""", mailer="outlook", cte="qp")

M("head_of_establishment_request", False, "0928225R", "espace_acheteur", False, "fr",
  "Formal authorisation for an order over the delegated ceiling, from the ce. address, with the signed engagement form.",
  ("Direction Lycée Michelet", "ce.0928225R@ac-versailles.fr"),
  "Validation de commande au-delà du seuil de délégation",
  """Madame, Monsieur,

La commande de mobilier pour le CDI préparée par notre gestionnaire (montant 23 480 € TTC) dépasse le seuil de délégation. Je l'autorise expressément et vous adresse le bon d'engagement revêtu de ma signature.

Lycée Michelet, Vanves - UAI 0928225R

Le proviseur,
Stéphane Moreau-Vidal""", mailer="outlook", fmt="html", cte="b64", attach=[("BE_mobilier_CDI.pdf", "application/pdf")])

M("head_of_establishment_request", False, "0910965E", "esidoc", True, "fr",
  "Angry head: the librarian was refused a reset and the principal now demands it in writing. A head-of-establishment request despite the tone.",
  ("Principal Collège Paul Éluard", "ce.0910965E@ac-versailles.fr"),
  "Réinitialisation refusée ???",
  """Bonjour,

Ma documentaliste m'informe qu'on lui a refusé la réinitialisation du mot de passe e-sidoc au motif qu'elle n'écrivait pas depuis la bonne adresse. Soit. Je vous écris donc depuis l'adresse officielle du collège Paul Éluard (0910965E) : merci de procéder à cette réinitialisation sans plus attendre, les élèves n'ont plus accès aux ressources depuis une semaine.

G. Hamon, principal""", mailer=None, fmt="plain", cte="8bit")

M("head_of_establishment_request", False, "0020702C", "espace_acheteur", False, "fr",
  "Directeur of a small rural school group (RPI) designates the town-hall secretary as buyer administrator.",
  ("Ecole primaire de Marle", "ce.0020702C@ac-amiens.fr"),
  "Désignation d'un administrateur",
  """Bonjour

Je suis le directeur de l'école primaire de Marle (0020702C). Les commandes de l'école sont gérées par la secrétaire de mairie, Mme Carole Dumont. Je la désigne comme administratrice de notre structure sur l'Espace Acheteur.

Son adresse : secretariat.mairie@marle-aisne.example.fr

Cordialement
Benoît Lefèvre, directeur""", mailer="thunderbird", cte="8bit", cs="iso-8859-1")

M("head_of_establishment_request", False, "9717769T", "esidoc", False, "fr",
  "Guadeloupe: the principal asks to reset the e-sidoc admin account and names the new contact.",
  ("Principal Collège Courbaril", "ce.9717769T@ac-guadeloupe.fr"),
  "Demande officielle - e-sidoc",
  """Madame, Monsieur,

Par la présente, je vous demande la réinitialisation des accès administrateur du portail e-sidoc du collège Courbaril (9717769T), ainsi que l'enregistrement de la nouvelle adresse de contact : cdi.courbaril@ac-guadeloupe.fr

Veuillez agréer mes salutations distinguées.

Le principal,
Max Bélénus""", mailer="outlook", cte="qp")
# ====================================================================
# password_reset
# ====================================================================
M("password_reset", True, "0758183M", "espace_acheteur", True, "fr",
  "Written by a principal but about his OWN forgotten Espace Acheteur password: password_reset, not a head-of-establishment request.",
  ("Philippe Arnaud", "philippe.arnaud@ac-paris.fr"),
  "Mot de passe oublié",
  """Bonjour,

Principal du collège Rognoni (0758183M), je dois valider une commande sur l'Espace Acheteur mais j'ai oublié mon mot de passe. Je n'y vais que deux fois par an…

Pouvez-vous m'envoyer un lien pour en définir un nouveau ?

Merci,
P. Arnaud""", mailer="zimbra")

M("password_reset", True, "0948294E", "esidoc", False, "fr",
  "The principal's secretariat asks, from the ce.<UAI> address, for the e-sidoc reset link on that address.",
  ("Secrétariat - Collège Simone Veil", "ce.0948294E@ac-creteil.fr"),
  "mot de passe e-sidoc",
  """Bonjour,

Le secrétariat de direction du collège Simone Veil (0948294E) vous écrit à la demande de Mme la Principale : le mot de passe d'administration du portail e-sidoc ne fonctionne plus. Pouvez-vous envoyer le lien de réinitialisation sur cette adresse ?

Bonne journée,
Corinne, secrétariat""", mailer="outlook", cte="qp")

M("password_reset", True, "0632974R", "esidoc", False, "fr",
  "Account locked after too many tries by the deputy principal who manages the portal in the interim.",
  ("Principal adjoint", "frederic.vialatte@ac-clermont.fr"),
  "Compte bloqué",
  """Bonjour,

En l'absence de documentaliste je gère provisoirement le portail e-sidoc du collège Blaise Pascal (0632974R). J'ai tapé plusieurs fois un mauvais mot de passe et le compte est maintenant bloqué.

Pouvez-vous le débloquer ou m'envoyer un lien de réinitialisation ?

F. Vialatte, principal adjoint""", mailer="thunderbird", cte="qp")

M("password_reset", True, None, "espace_acheteur", False, "fr",
  "Proviseure does not know her login nor password for the Espace Acheteur; no UAI; region from ac-montpellier.fr.",
  ("Isabelle Fabre", "isabelle.fabre1@ac-montpellier.fr"),
  "identifiant ?",
  """Bonjour,
je suis proviseure et je dois me connecter à l'espace acheteur pour la première fois depuis des mois, je ne retrouve ni mon identifiant ni mon mot de passe. Comment faire ?
Cordialement
I. Fabre""", mailer="android")

M("password_reset", True, "0731881Y", "esidoc", False, "fr",
  "Reset link expired before the deputy could use it; asks for a new one.",
  ("Laurence Perrier", "laurence.perrier@ac-grenoble.fr"),
  "Lien expiré",
  """Bonjour,

J'ai reçu hier soir le lien de réinitialisation pour le portail e-sidoc du lycée Vaugelas (0731881Y) mais je ne l'ai ouvert que ce matin, il est expiré.

Pourriez-vous m'en renvoyer un ? Je l'utiliserai tout de suite cette fois.

Laurence Perrier
Proviseure adjointe""", mailer="zimbra", cte="qp")

M("password_reset", True, "0748360K", "esidoc", False, "en",
  "English: head of an international school lost the e-sidoc password, UAI given as the login.",
  ("James O'Connell", "ce.0748360K@ac-grenoble.fr"),
  "Forgotten password - e-sidoc",
  """Hello,

I'm the head of the Cité scolaire internationale in Annecy. Our login for e-sidoc is 0748360K but none of us remembers the password. Could you send a reset link to this address (the school's official mailbox)?

Many thanks,
James O'Connell""", mailer="outlook", cte="qp")

M("password_reset", False, "0428868L", "esidoc", True, "fr",
  "The reset path was already tried: the link went to the official address, which nobody can read (mailbox closed after a merger). A person must take over.",
  ("Proviseur Lycée Honoré d'Urfé", "pascal.berthet@ac-lyon.fr"),
  "Re: [#SUP-005521] Réinitialisation du mot de passe",
  """Bonjour,

Merci pour votre réponse, mais le lien a été envoyé sur l'ancienne adresse ce. de l'établissement, qui n'existe plus depuis la fusion des deux lycées en septembre. Personne ne peut la consulter.

Je suis le proviseur du lycée Honoré d'Urfé (0428868L). Comment procéder ?

Pascal Berthet

Le 12/11/2024 à 09:20, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse officielle de l'établissement (ce.04*****@ac-lyon.fr).
> L'équipe d'assistance""", mailer="thunderbird", irt=5521, cte="8bit")

M("password_reset", True, "0265817G", "esidoc", False, "fr",
  "Very short mobile message from a directrice: forgot the BCD e-sidoc password; UAI in the subject.",
  ("Directrice école Jean Rostand", "ecole.rostand.valence@gmail.com"),
  "mdp esidoc 0265817G",
  """bonjour j'ai oublié le mot de passe de la BCD esidoc, pouvez vous m'aider ? merci
la directrice""", mailer="android")

M("password_reset", False, "0392396T", "esidoc", True, "fr",
  "Asks the password to be sent back in clear to the principal's personal address; a reset link to an address not on file must not be sent automatically.",
  ("Principal Collège Pasteur", "jl.moine.dole@orange.fr"),
  "Mot de passe",
  """Bonjour,

Je suis le principal du collège Pasteur à Dole (0392396T). Pouvez-vous m'envoyer le mot de passe du compte e-sidoc directement à cette adresse perso ? Je n'arrive pas à accéder à la messagerie académique en ce moment.

Jean-Luc Moine""", mailer="outlook", fmt="html", cs="windows-1252")

M("password_reset", True, "0712327U", "esidoc", False, "fr",
  "Principal forgot the password he set last month; polite, plain request from the ce. address.",
  ("Collège Victor Hugo - Direction", "ce.0712327U@ac-dijon.fr"),
  "Oubli du mot de passe",
  """Bonjour,

J'avais moi-même modifié le mot de passe administrateur d'e-sidoc le mois dernier et je l'ai égaré. Pourriez-vous envoyer un lien de réinitialisation à l'adresse du collège Victor Hugo (0712327U) ?

Merci beaucoup,
Didier Perraud, principal""", mailer="zimbra")

M("password_reset", False, None, "esidoc", True, "fr",
  "UAI typed with a wrong check letter (0371615A; the digits give 0371615E): no UAI label, region from ac-orleans-tours.fr. The link must go to the establishment's address, which cannot be told until a person confirms the code.",
  ("Proviseur adjoint Lycée Descartes", "yves.lemaire@ac-orleans-tours.fr"),
  "Réinitialisation du mot de passe e-sidoc",
  """Bonjour,

Pouvez-vous réinitialiser le mot de passe e-sidoc du lycée ? Identifiant : 0371615A. L'adresse d'envoi du lien est celle de l'établissement.

Yves Lemaire
Proviseur adjoint""", mailer="thunderbird")

M("password_reset", True, "0804204K", "espace_acheteur", False, "fr",
  "Expired password on the Espace Acheteur and the old one is forgotten; written by the adjoint gestionnaire for the principal.",
  ("Gestion Collège Jules Ferry", "int.0804204K@ac-amiens.fr"),
  "Mot de passe expiré - Espace Acheteur",
  """Bonjour,

Le mot de passe de M. le Principal sur l'Espace Acheteur a expiré et il ne se souvient pas de l'ancien, donc impossible de le changer. Pouvez-vous lui renvoyer un lien de réinitialisation sur son adresse habituelle ?

Collège Jules Ferry, Amiens - 0804204K

Merci,
Agnès Caron""", mailer="outlook")

M("password_reset", True, "0245441J", "esidoc", False, "fr",
  "ISO-8859-1 8-bit; a principal who lost the e-sidoc administrator password over the holidays.",
  ("Principal Collège Jean Moulin Bergerac", "ce.0245441J@ac-bordeaux.fr"),
  "Perte du mot de passe administrateur",
  """Bonjour,

Après les vacances, impossible de retrouver le mot de passe administrateur de notre portail e-sidoc (collège 0245441J). Je vous remercie de m'adresser un lien de réinitialisation.

Bien cordialement,
Sébastien Roux
Principal""", mailer="thunderbird", cs="iso-8859-1", cte="8bit")

M("password_reset", False, "0347056K", "esidoc", True, "fr",
  "Two topics from a principal: his own forgotten password (main) and an invoice question; one template would answer only half.",
  ("Principal Collège Les Garrigues", "ce.0347056K@ac-montpellier.fr"),
  "Mot de passe + facture",
  """Bonjour,

Deux choses :
- j'ai perdu le mot de passe du compte e-sidoc du collège (0347056K), pouvez-vous envoyer un lien à cette adresse ?
- par ailleurs notre gestionnaire ne trouve pas la facture de l'abonnement 2024-2025 sur Chorus Pro, pouvez-vous la redéposer ?

Merci,
Henri Castan""", mailer="zimbra")

M("password_reset", True, "9732192V", "esidoc", False, "fr",
  "Guyane; the deputy cannot log in since the password expired; asks for the link on the school's address.",
  ("Principale adjointe Collège Eugène Nonnon", "ce.9732192V@ac-guyane.fr"),
  "Connexion impossible e-sidoc",
  """Bonjour,

Depuis ce matin, le portail e-sidoc nous indique que le mot de passe a expiré. Nous n'avons pas l'ancien. Pouvez-vous envoyer un lien de réinitialisation à l'adresse du collège (9732192V) ?

Mme Clotilde Horth
Principale adjointe""", mailer="outlook", cte="b64")

M("password_reset", False, None, "ticket_portal", True, "fr",
  "Ticket portal: the new password is refused because of the complexity rules; a policy question, the reset template does not answer it.",
  ("Stéphanie Morel", "stephanie.morel@ac-nantes.fr"),
  "Nouveau mot de passe refusé sur le portail des tickets",
  """Bonjour,

En tant que principale adjointe, j'essaie de définir mon mot de passe sur le portail de suivi des tickets. Il est refusé à chaque fois (« ne respecte pas la politique »), alors qu'il fait 14 caractères avec chiffres et majuscules. Quelles sont exactement les règles ?

Stéphanie Morel""", mailer="zimbra")

M("password_reset", True, "0100444D", "esidoc", True, "fr",
  "Negation trap reversed: 'ce n'est pas un problème d'abonnement', it is the lost password; UAI only inside the portal URL in lower case.",
  ("Principal Collège Paul Langevin", "michel.thiebaut@ac-reims.fr"),
  "accès portail",
  """Bonjour,

Ce n'est pas un problème d'abonnement : les ressources sont bien là, mais plus personne ne peut se connecter à l'administration de https://0100444d.esidoc.fr car le mot de passe a été perdu lors du départ de notre documentaliste.

Comment obtenir un nouveau mot de passe ?

M. Thiébaut, principal""", mailer="thunderbird", cte="qp")

M("password_reset", True, "0495275T", "espace_acheteur", False, "fr",
  "Buyer account of the proviseur: the address tied to the account is a shared mailbox he doesn't know; classic FAQ case.",
  ("Proviseur Lycée David d'Angers", "thierry.goupil@ac-nantes.fr"),
  "Connexion Espace Acheteur",
  """Bonjour,

Je n'arrive pas à me connecter à l'Espace Acheteur. Je ne sais pas à quelle adresse mon compte a été créé (peut-être l'adresse générique du lycée David d'Angers, 0495275T). Pouvez-vous réinitialiser mon mot de passe ?

Merci,
Thierry Goupil""", mailer="apple")

M("password_reset", True, "0855807A", "esidoc", False, "fr",
  "Forwarded reset mail (Outlook 'TR:') whose link is invalid; asks for a new one.",
  ("Principale Collège Pierre Garcie Ferrande", "ce.0855807A@ac-nantes.fr"),
  "TR: Réinitialisation de votre mot de passe",
  """Bonjour,

Le lien ci-dessous indique « lien non valide ». Pouvez-vous m'en envoyer un nouveau ?

Cordialement,
Marie-Hélène Praud
Principale - 0855807A

De : no-reply@esidoc.example.fr
Envoyé : jeudi 6 mars 2025 07:58
À : ce.0855807A@ac-nantes.fr
Objet : Réinitialisation de votre mot de passe

Bonjour,
Pour définir un nouveau mot de passe, cliquez sur le lien suivant (valable 12 heures) :
https://esidoc.example.fr/reset/8f3c1e...""", mailer="outlook", fmt="html")

M("password_reset", True, "9764003X", "esidoc", False, "fr",
  "Mayotte; head's secretary asks for a reset link to the official address; UAI also in the sender.",
  ("Collège de Kani-Kéli", "ce.9764003X@ac-mayotte.fr"),
  "Mot de passe portail documentaire",
  """Bonjour,

Nous avons perdu le mot de passe du portail documentaire e-sidoc du collège 9764003X. Merci d'envoyer un lien de réinitialisation sur cette adresse, à l'attention de M. le Principal.

Le secrétariat""", mailer="outlook", cte="qp")

M("password_reset", True, None, "esidoc", False, "en",
  "English from a head teacher with no UAI and a non-academic address; forgotten password.",
  ("Head Teacher - Ecole bilingue", "head@ecole-bilingue-lumiere.example.fr"),
  "Password help",
  """Hi,

I'm the head teacher of a small bilingual primary school and I have lost the password for our e-sidoc library portal. Could you tell me how to reset it?

Thank you,
Rachel Dumont""", mailer="apple")

M("password_reset", True, "0574680C", "esidoc", False, "fr",
  "A directeur d'école, UAI in the signature as 'RNE', does not know the password of the school's account.",
  ("Directeur école Pasteur", "dir.pasteur.metz@ac-nancy-metz.fr"),
  "je ne connais pas le mot de passe",
  """Bonjour,

Arrivé à la rentrée à la direction de l'école, je ne connais pas le mot de passe du compte e-sidoc de l'école. Pourriez-vous m'indiquer comment en obtenir un ?

Cordialement,
Vincent Schmitt
Directeur - École élémentaire Pasteur, Metz
RNE 0574680C""", mailer="zimbra", cte="qp")
# ====================================================================
# missing_noreply_mail
# ====================================================================
M("missing_noreply_mail", True, "0955729L", "espace_acheteur", False, "fr",
  "The proviseur never got the activation mail of his buyer account; junk folder checked; no anti-spam product named.",
  ("Proviseur Lycée Camille Pissarro", "ce.0955729L@ac-versailles.fr"),
  "Pas de mail d'activation",
  """Bonjour,

Notre gestionnaire a créé mon compte sur l'Espace Acheteur lundi, mais je n'ai jamais reçu le mail d'activation. J'ai regardé dans les indésirables, rien.

Lycée Camille Pissarro, Pontoise - 0955729L

Cordialement,
Antoine Mercier""", mailer="outlook")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Two lines from a phone: the new-password mail never arrives. No UAI, non-academic sender.",
  ("Muriel Besson", "muriel.besson@laposte.net"),
  "Mail non reçu",
  """Bonjour, je suis principale adjointe, j'ai demandé un nouveau mot de passe 3 fois et je ne reçois aucun mail. Merci de vérifier.""",
  mailer="iphone", fmt="plain", cte="qp")

M("missing_noreply_mail", True, "0510242L", "espace_acheteur", False, "fr",
  "The principal, as structure administrator, never receives the 'account to validate' notifications.",
  ("Principal Collège Colbert", "ce.0510242L@ac-reims.fr"),
  "Notifications de validation non reçues",
  """Bonjour,

Je suis administrateur de la structure du collège Colbert (0510242L) sur l'Espace Acheteur. Deux collègues m'indiquent avoir demandé la création de leur compte, mais je ne reçois aucune notification m'invitant à les valider.

Les messages arrivent-ils d'une adresse particulière que je devrais autoriser ?

Jacques Hénon""", mailer="zimbra", cte="qp")

M("missing_noreply_mail", True, "0455532U", "esidoc", False, "fr",
  "The 12-hour activation mail of the customer account (for a first online order) never came to the principal.",
  ("Principale Collège Jean Rostand Orléans", "ce.0455532U@ac-orleans-tours.fr"),
  "mail d'activation compte client",
  """Bonjour,

J'ai ouvert hier le compte client de l'établissement (0455532U) pour passer notre première commande en ligne. Le message indiquait qu'un mail d'activation arriverait sous 12 heures : toujours rien ce matin, ni dans les courriers indésirables.

Merci de votre aide,
Sophie Rabier""", mailer="outlook", cs="windows-1252", cte="qp")

M("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
  "The ticket portal's confirmation mail (to set a password) never came; region from ac-poitiers.fr.",
  ("Christophe Babin", "christophe.babin@ac-poitiers.fr"),
  "Portail d'assistance : pas de mail de confirmation",
  """Bonjour,

Je me suis inscrit sur le portail de suivi des demandes pour suivre le dossier de mon établissement. Le mail de confirmation qui doit permettre de choisir un mot de passe n'est jamais arrivé.

C. Babin, proviseur adjoint""", mailer="thunderbird")

M("missing_noreply_mail", True, "0148376D", "espace_acheteur", True, "fr",
  "Sounds like a password problem, but the reset tool works: it is the mail that never comes. Deputy head writing.",
  ("Principal adjoint Collège Guillaume de Normandie", "ce.0148376D@ac-normandie.fr"),
  "Problème de mot de passe ?",
  """Bonjour,

Je clique bien sur « mot de passe oublié », le site me répond qu'un message m'a été envoyé… mais rien n'arrive, ni dans la boîte de réception ni dans les spams. Ça fait trois fois.

Collège Guillaume de Normandie, Caen (0148376D)

Cordialement,
Arnaud Lecoq, principal adjoint""", mailer="zimbra")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
  "English; the head never receives notifications from the no-reply address; no product named.",
  ("Margaret Holt", "m.holt@british-section-school.example.org"),
  "No emails from your platform",
  """Good morning,

I manage the buyer account of our school but I receive none of the automatic e-mails (order confirmations, password messages) from your no-reply address. I have checked the spam folder.

Could you advise?

Margaret Holt
Headteacher""", mailer="outlook", fmt="alt")

M("missing_noreply_mail", False, "0302872J", "espace_acheteur", True, "fr",
  "Reply after the junk-folder answer: still nothing after 48 h and asks to pass to the region; the template was already sent, a person must follow up.",
  ("Proviseur Lycée Daudet", "ce.0302872J@ac-montpellier.fr"),
  "RE: [#SUP-008830] Mail de confirmation non reçu",
  """Bonjour,

Nous avons suivi vos conseils (indésirables, expéditeur autorisé) mais toujours aucun mail après plus de 48 heures. Merci de transmettre à la région.

Le proviseur, Lycée Alphonse Daudet, Nîmes (0302872J)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 7 avril 2025 10:02
Objet : [#SUP-008830] Mail de confirmation non reçu

Bonjour, vérifiez votre dossier de courrier indésirable et ajoutez l'adresse no-reply à vos expéditeurs approuvés.""",
  mailer="outlook", irt=8830)

M("missing_noreply_mail", True, "0666995V", "esidoc", False, "fr",
  "HTML-only Outlook; the principal suspects the académie filter but names no product; the e-sidoc new-password mail never arrives.",
  ("Principal Collège Jean Amade", "ce.0666995V@ac-montpellier.fr"),
  "Aucun mail reçu de votre part",
  """Bonjour,

Nous ne recevons aucun mail de réinitialisation du mot de passe e-sidoc (collège 0666995V). Je soupçonne le filtrage de la messagerie académique. Quelle adresse devons-nous faire autoriser ?

Cordialement,
Joan Puig""", mailer="outlook", fmt="html", cs="windows-1252", cte="qp")

M("missing_noreply_mail", True, "0776461E", "espace_acheteur", False, "fr",
  "Invitation mail from the structure administrator never arrived for the new deputy head.",
  ("Hélène Garnier", "helene.garnier@ac-creteil.fr"),
  "Invitation jamais reçue",
  """Bonjour,

Nouvelle principale adjointe au collège Les Tilleuls de Meaux (0776461E), le gestionnaire m'a invitée sur l'Espace Acheteur il y a trois jours. Je n'ai jamais reçu le mail d'invitation. Rien dans les spams.

Merci,
Hélène Garnier""", mailer="zimbra")

M("missing_noreply_mail", True, "0178924H", "espace_acheteur", False, "fr",
  "Alert subscriptions for offer updates never delivered to the proviseur.",
  ("Lycée Merleau-Ponty", "ce.0178924H@ac-poitiers.fr"),
  "Alertes non reçues",
  """Bonjour,

Je me suis abonné aux alertes de mise à jour des offres sur l'Espace Acheteur en janvier, mais je n'en ai jamais reçu une seule. Pouvez-vous vérifier ?

Lycée Merleau-Ponty, Rochefort - 0178924H
Le proviseur""", mailer="thunderbird", cte="qp")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Forward (Gmail French style) of the deputy's message: account validated but the first-login link never came. Region from ac-strasbourg.fr.",
  ("Proviseur Lycée Kléber", "proviseur.kleber@ac-strasbourg.fr"),
  "Fwd: lien de première connexion",
  """Bonjour,

Je vous transfère le message de mon adjointe. Pouvez-vous voir ce qui se passe ?

---------- Forwarded message ---------
De : Claire Zimmermann <claire.zimmermann@ac-strasbourg.fr>
Date: mar. 18 févr. 2025 à 16:20
Subject: lien de première connexion
To: Proviseur Lycée Kléber <proviseur.kleber@ac-strasbourg.fr>

Mon compte sur l'Espace Acheteur a été validé mais je n'ai jamais reçu le lien sécurisé de première connexion.
Claire""", mailer=None, fmt="alt")

M("missing_noreply_mail", True, "9747263B", "esidoc", False, "fr",
  "La Réunion; the confirmation mail after changing the contact address never arrived.",
  ("Proviseure Lycée Roland Garros", "ce.9747263B@ac-reunion.fr"),
  "Mail de confirmation",
  """Bonjour,

J'ai modifié l'adresse de contact de notre compte e-sidoc (9747263B) comme indiqué ; un mail de confirmation devait arriver, il n'est jamais venu. Avec le décalage horaire je préfère vous écrire plutôt que d'appeler.

Cordialement,
Nadège Hoarau""", mailer="outlook", cte="b64")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "HTML-only; private school head, no UAI; no mail received since the new platform opened.",
  ("Direction Institution Sainte-Marie", "direction@institution-sainte-marie.example.fr"),
  "Nouvelle plateforme - aucun mail",
  """Madame, Monsieur,

Depuis l'ouverture de la nouvelle plateforme, nous ne recevons plus aucun courriel automatique (confirmation de compte, mot de passe). Nos filtres ne montrent rien de bloqué.

Pouvez-vous nous donner l'adresse d'expédition exacte ?

Le chef d'établissement""", mailer="outlook", fmt="html")

# ====================================================================
# mailinblack_spam
# ====================================================================
M("mailinblack_spam", True, "0955251S", "espace_acheteur", False, "fr",
  "MailInBlack named: the activation mail is held in quarantine at the proviseur's lycée.",
  ("Proviseur Lycée Galilée", "ce.0955251S@ac-versailles.fr"),
  "Messages bloqués par MailInBlack",
  """Bonjour,

La région a installé MailInBlack sur nos boîtes. Le mail d'activation de l'Espace Acheteur est resté en quarantaine et a expiré. Quelle adresse devons-nous autoriser ?

Lycée Galilée, Cergy (0955251S)
Le proviseur""", mailer="outlook")

M("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
  "Deputy head writes 'mail in black', no accents; the challenge mails were never answered by the no-reply sender.",
  ("Principal adjoint", "g.bertin@ac-aix-marseille.fr"),
  "blocage mail in black",
  """bonjour
notre messagerie passe par mail in black et vos mails de confirmation sont bloques (expediteur non authentifie). que faut il faire exactement ?
merci
G. Bertin principal adjoint""", mailer="android")

M("mailinblack_spam", True, "0607082X", "espace_acheteur", False, "fr",
  "The principal forwards the MailInBlack quarantine digest with a real question on top.",
  ("Principal Collège Jules Michelet", "ce.0607082X@ac-amiens.fr"),
  "TR: Rapport quotidien Mailinblack - 4 messages en attente",
  """Bonjour,

Je vois dans le rapport Mailinblack ci-dessous vos messages en attente. Faut-il les libérer un par un ou pouvez-vous nous indiquer ce que notre informaticien doit ajouter en liste blanche ?

Collège Jules Michelet, Creil - 0607082X

---- Message transféré ----
Mailinblack - Vos messages en attente
no-reply@espace-acheteur.example.fr    Activez votre compte    en attente
no-reply@espace-acheteur.example.fr    Nouvelle commande à valider    en attente
no-reply@espace-acheteur.example.fr    Rappel : activez votre compte    en attente
newsletter@fournisseur.example.com    Offres de printemps    en attente""", mailer="outlook", fmt="alt")

M("mailinblack_spam", True, "0060384K", "espace_acheteur", False, "fr",
  "MAILINBLACK in capitals; clicked 'autoriser' but subsequent mails still held.",
  ("Principale Collège Matisse", "ce.0060384K@ac-nice.fr"),
  "MAILINBLACK bloque toujours",
  """Bonjour,

J'ai cliqué sur « Autoriser l'expéditeur » dans la notification MAILINBLACK, mais les messages suivants de l'Espace Acheteur sont encore retenus. Que faut-il faire de plus ?

Collège Henri Matisse, Nice (0060384K)
Mme Danielle Rossi""", mailer="zimbra", cte="qp")

M("mailinblack_spam", True, "0838148F", "espace_acheteur", False, "en",
  "English; MailinBlack quarantine holds the password mails at the proviseur's school.",
  ("Proviseur Lycée Bonaparte", "ce.0838148F@ac-nice.fr"),
  "Your emails quarantined by Mailinblack",
  """Hello,

Our school (UAI 0838148F, Toulon) uses Mailinblack and your password e-mails keep landing in quarantine. Which sender should our IT technician allow?

Best regards,
The head""", mailer="outlook")

M("mailinblack_spam", False, "0651589Z", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (prove you are human) without naming the product; a person should confirm it is MailInBlack before sending the guide.",
  ("Principal Collège Paul Éluard Tarbes", "ce.0651589Z@ac-toulouse.fr"),
  "Vos mails n'arrivent pas",
  """Bonjour,

Notre nouvelle messagerie envoie à chaque expéditeur inconnu un message lui demandant de cliquer pour prouver qu'il n'est pas un robot. Je suppose que votre adresse automatique ne le fait pas, donc vos mails n'arrivent jamais.

Collège 0651589Z. Que proposez-vous ?

Le principal""", mailer="outlook", fmt="html")

M("mailinblack_spam", True, None, None, False, "fr",
  "One line from the principal's phone: blocked by Mailinblack, send the procedure. No platform named.",
  ("Olivier Grandjean", "olivier.grandjean@ac-besancon.fr"),
  "Mailinblack",
  """Vos messages sont bloqués par Mailinblack chez nous, envoyez-moi la procédure svp. O. Grandjean, principal""",
  mailer="iphone", fmt="plain")

M("mailinblack_spam", False, "0546740H", "espace_acheteur", True, "fr",
  "Two topics: MailInBlack holds the activation mail (main) and the principal asks who the structure's administrator is.",
  ("Principal Collège Guynemer", "ce.0546740H@ac-nancy-metz.fr"),
  "Mail in Black et administrateur",
  """Bonjour,

1. Le mail d'activation de mon compte est bloqué par Mail In Black : que faut-il autoriser ?
2. Par ailleurs, pouvez-vous me dire qui est l'administrateur de notre structure (collège Guynemer, 0546740H) ? Personne ici ne le sait.

Merci,
Rémi Collin""", mailer="zimbra")

M("mailinblack_spam", True, "9723852E", "espace_acheteur", False, "fr",
  "Martinique; after checking spam, the proviseure's IT says Mailinblack Protect quarantines the no-reply mails.",
  ("Proviseure LP Place d'Armes", "ce.9723852E@ac-martinique.fr"),
  "Mailinblack Protect",
  """Bonjour,

Notre technicien nous confirme que Mailinblack Protect met vos mails automatiques en quarantaine (LP Place d'Armes, 9723852E). Pouvez-vous nous envoyer le guide de mise en liste blanche ?

Cordialement,
Mme Célestine""", mailer="outlook", cte="qp")

M("mailinblack_spam", True, "0143570E", "espace_acheteur", False, "fr",
  "ISO-8859-1 8-bit; the region's IT rolled out MailInBlack and the deputy head receives the challenge copies.",
  ("Proviseur adjoint Lycée Malherbe", "ce.0143570E@ac-normandie.fr"),
  "MailInBlack",
  """Bonjour,

Depuis le déploiement de MailInBlack par la Région, vos messages de l'Espace Acheteur sont retenus. J'ai en copie les demandes d'authentification envoyées à votre adresse no-reply, évidemment sans réponse.

Lycée Malherbe, Caen - 0143570E

Bien à vous,
Hugues Lemonnier""", mailer="thunderbird", cs="iso-8859-1", cte="8bit")

# ====================================================================
# account_creation
# ====================================================================
M("account_creation", True, None, "espace_acheteur", False, "fr",
  "A newly appointed principal asks how to create his own buyer account.",
  ("Principal Collège Marcel Pagnol", "principal.pagnol@ac-aix-marseille.fr"),
  "Création de compte",
  """Bonjour,

Nouveau principal, je souhaite disposer de mon propre compte sur l'Espace Acheteur pour valider les commandes. Comment dois-je procéder pour le créer ?

Cordialement,
Karim Amrani""", mailer="zimbra")

M("account_creation", True, "0502611S", "espace_acheteur", False, "fr",
  "Filled the sign-up form, cannot log in: account waiting for the structure administrator's validation (FAQ case).",
  ("Proviseure Lycée Alexis de Tocqueville", "ce.0502611S@ac-normandie.fr"),
  "Compte en attente",
  """Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur il y a deux jours. Le site indique que mon compte est « en attente de validation ». Que dois-je faire ?

Lycée Alexis de Tocqueville, Cherbourg - 0502611S
Laure Bellamy, proviseure""", mailer="outlook")

M("account_creation", False, "0713739D", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: requires a look-up, a person answers.",
  ("Principal adjoint Collège Saint-Exupéry", "ce.0713739D@ac-dijon.fr"),
  "Qui est notre administrateur ?",
  """Bonjour,

Pouvez-vous me dire qui est l'administrateur de la structure du collège (0713739D) sur l'Espace Acheteur ? Je dois lui demander de valider mon compte, mais l'ancien gestionnaire est parti et personne ne sait qui a repris ce rôle.

Merci,
Bruno Lacroix, principal adjoint""", mailer="thunderbird")

M("account_creation", False, "0606295S", "espace_acheteur", True, "fr",
  "Account pending for three weeks; the only administrator (the gestionnaire) is on long leave; the head asks the region to step in. Close to a change of administrator but she asks about her own pending account.",
  ("Principale Collège Gérard Philipe", "ce.0606295S@ac-amiens.fr"),
  "Compte toujours pas validé",
  """Bonjour,

Mon compte sur l'Espace Acheteur attend la validation depuis trois semaines. Notre seule administratrice, la gestionnaire, est en congé de longue maladie. Pouvez-vous le valider à sa place ou nous dire qui peut le faire ?

Collège Gérard Philipe, Beauvais (0606295S)
Martine Leroy""", mailer="outlook", cte="qp")

M("account_creation", False, "0696936P", "espace_acheteur", False, "fr",
  "The principal's account works; asks for order-validation rights to be opened.",
  ("Emmanuel Charvet", "emmanuel.charvet@ac-lyon.fr"),
  "Droits de validation",
  """Bonjour,

Je me connecte bien à l'Espace Acheteur mais je ne vois pas le bouton pour valider les commandes. En tant que principal du collège Jean Mermoz (0696936P), je devrais pouvoir le faire. Pouvez-vous ouvrir ces droits ?

E. Charvet""", mailer="zimbra")

M("account_creation", True, None, "esidoc", False, "fr",
  "HTML-only Outlook; a new school's director wants to open the customer account before a first order.",
  ("Direction École Montessori du Parc", "contact@montessori-du-parc.example.fr"),
  "Ouverture d'un compte client",
  """Bonjour,

Je dirige une école qui ouvrira en septembre. Nous souhaitons souscrire à e-sidoc pour notre bibliothèque. Comment ouvrir un compte client ?

Anne-Sophie Lambert, directrice""", mailer="outlook", fmt="html")

M("account_creation", False, "0534091J", "esidoc", True, "fr",
  "The UAI is not found in the list when opening the customer account; per the FAQ the sales team handles it.",
  ("Principal Collège Fernand Puech", "ce.0534091J@ac-nantes.fr"),
  "UAI introuvable à l'inscription",
  """Bonjour,

En voulant ouvrir le compte client du collège, notre UAI 0534091J n'apparaît pas dans la liste déroulante. Le collège a été reconstruit et a peut-être changé de code l'an dernier ?

Cordialement,
Laurent Gaudin, principal""", mailer="outlook")

M("account_creation", True, "0720257N", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation, not password_reset.",
  ("Principale adjointe", "valerie.hamelin@ac-nantes.fr"),
  "Pas de compte",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai tout simplement jamais eu de compte sur l'Espace Acheteur. Comment en créer un pour le lycée Bellevue (0720257N) ?

Merci,
Valérie Hamelin, proviseure adjointe""", mailer="zimbra", cte="qp")

M("account_creation", False, None, "espace_acheteur", False, "en",
  "English; the head of a school opened this year asks for a buyer account: eligibility must be checked by a person.",
  ("Thomas Reilly", "t.reilly@new-international-school.example.com"),
  "Buyer account for a new school",
  """Dear support team,

Our international school opened in Lyon this September. As head of school, I would like to know whether we are eligible for a buyer account on your purchasing platform, and if so how to register.

Kind regards,
Thomas Reilly""", mailer="outlook")

M("account_creation", True, "0841650M", "espace_acheteur", False, "fr",
  "Principal asks how his deputy can get an account under the school's structure (sign-up form answer fits).",
  ("Principal Collège Joseph Vernet", "ce.0841650M@ac-aix-marseille.fr"),
  "Compte pour ma principale adjointe",
  """Bonjour,

Ma principale adjointe souhaite avoir son propre accès à l'Espace Acheteur pour suivre les commandes. Comment doit-elle s'inscrire ?

Collège Joseph Vernet, Avignon - 0841650M
Le principal""", mailer="outlook", fmt="alt")
# ====================================================================
# subscription_activation
# ====================================================================
M("subscription_activation", True, "0380037J", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the ordered subscription will be available: not a head-of-establishment request.",
  ("Principal Collège Champollion", "ce.0380037J@ac-grenoble.fr"),
  "Abonnement Europresse",
  """Bonjour,

Nous avons commandé l'abonnement Europresse avant-hier. Quand sera-t-il accessible aux élèves ? Je dois l'annoncer au conseil pédagogique jeudi.

Collège Champollion, Grenoble (0380037J)
Le principal, Frédéric Blanc""", mailer="zimbra")

M("subscription_activation", True, "0267170C", "esidoc", False, "fr",
  "Renewed subscription still shown as expired; order validated yesterday.",
  ("Proviseure Lycée Émile Loubet", "ce.0267170C@ac-grenoble.fr"),
  "Renouvellement non pris en compte",
  """Bonjour,

Le renouvellement de notre abonnement a été validé hier, mais le tableau de bord indique toujours « expiré ». Est-ce normal ?

Lycée Émile Loubet, Valence (0267170C)
Christine Faure""", mailer="outlook")

M("subscription_activation", False, "0622101X", "esidoc", False, "fr",
  "Ordered two weeks ago, still not active: past the 72-hour rule, a person must check the order.",
  ("Principal Collège Pasteur Hénin", "ce.0622101X@ac-lille.fr"),
  "Abonnement toujours inactif après 15 jours",
  """Bonjour,

Notre commande d'abonnement (bon de commande validé le 3 mars) n'est toujours pas active aujourd'hui, 17 mars. Nous avons déjà patienté les 72 heures indiquées, et bien au-delà.

Merci de regarder ce qui bloque.

Collège Pasteur, Hénin-Beaumont - 0622101X
Le principal""", mailer="outlook", fmt="html", cs="windows-1252")

M("subscription_activation", True, "0210825H", "esidoc", False, "fr",
  "How to publish the newly active resource on the portal for pupils.",
  ("Isabelle Mathieu", "isabelle.mathieu@ac-dijon.fr"),
  "Publier la ressource",
  """Bonjour,

Principale adjointe, j'assure l'intérim du CDI du collège Les Lentillères (0210825H). L'abonnement Universalis est actif, mais les élèves ne le voient pas sur le portail. Comment le publier ?

Merci,
Isabelle Mathieu""", mailer="thunderbird")

M("subscription_activation", True, "0687295K", "esidoc", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', login works; the resource is simply not visible yet (ordered yesterday).",
  ("Proviseur Lycée Bartholdi", "ce.0687295K@ac-strasbourg.fr"),
  "Ressource invisible",
  """Bonjour,

Je n'ai pas oublié mon mot de passe, je me connecte sans problème. Mais la ressource commandée hier (Cafeyn) n'apparaît pas dans la liste des abonnements du lycée Bartholdi (0687295K).

Cordialement,
Dominique Keller""", mailer="zimbra", cte="qp")

M("subscription_activation", True, "9735209Z", "esidoc", False, "fr",
  "Guyane; subscription ordered the day before yesterday, not yet visible.",
  ("Principal Collège Gran Man Difou", "ce.9735209Z@ac-guyane.fr"),
  "Abonnement pas encore visible",
  """Bonjour,

L'abonnement commandé avant-hier pour le collège (9735209Z) n'est pas encore visible. Faut-il faire quelque chose de notre côté ?

Le principal""", mailer="outlook", cte="b64")

M("subscription_activation", True, "0440605U", "esidoc", False, "fr",
  "Irritated principal: subscription ordered yesterday morning, not reachable; 72-hour window still applies.",
  ("Principal Collège Rosa Parks", "ce.0440605U@ac-nantes.fr"),
  "Toujours rien !",
  """Bonjour,

Commande passée hier matin, les enseignants attendent, et toujours aucun accès à la ressource. Quand sera-t-elle ouverte ? Collège Rosa Parks, Nantes (0440605U).

Le principal""", mailer="iphone", fmt="plain")

M("subscription_activation", True, None, "esidoc", False, "en",
  "English; a head asks when a service ordered yesterday will be switched on; no UAI, region from ac-lille.fr.",
  ("Sarah Whitfield", "sarah.whitfield@ac-lille.fr"),
  "When will our subscription be active?",
  """Hello,

We placed the order for the digital press subscription yesterday afternoon. When should we expect it to appear on our library portal?

Sarah Whitfield, head of the international section""", mailer="outlook")

M("subscription_activation", True, "0253296X", "esidoc", False, "fr",
  "Screenshot of an empty 'Mes abonnements' block; order placed yesterday; directeur d'école.",
  ("Directeur École Rivotte", "ce.0253296X@ac-besancon.fr"),
  "Abonnement non affiché",
  """Bonjour,

Ci-joint une capture : la rubrique « Mes abonnements » est vide alors que nous avons commandé hier. École Rivotte, Besançon - 0253296X.

Le directeur, Paul Grosjean""", mailer="thunderbird", attach=[("capture_abonnements.png", "image/png")])

# ====================================================================
# order_billing
# ====================================================================
M("order_billing", False, "0335075M", "esidoc", False, "fr",
  "The principal asks for a formal quote (devis) needed for the conseil d'administration before committing.",
  ("Principal Collège Léonard Lenoir", "ce.0335075M@ac-bordeaux.fr"),
  "Demande de devis",
  """Bonjour,

Pour présenter la dépense au prochain conseil d'administration, j'ai besoin d'un devis en bonne et due forme pour le renouvellement de l'abonnement e-sidoc (collège 0335075M).

Merci de me l'adresser à cette adresse.

Patrick Soulé, principal""", mailer="zimbra")

M("order_billing", False, "0870572Z", "esidoc", True, "fr",
  "A signed bon d'engagement is sent by the head, but what he asks is an invoice correction (wrong addressee on the invoice): order_billing, not an authorisation.",
  ("Proviseur Lycée Gay-Lussac", "ce.0870572Z@ac-limoges.fr"),
  "Facture à corriger",
  """Bonjour,

La facture n° F2025-01877 est adressée au « Lycée Gay Lussac - CDI » alors qu'elle doit être libellée au nom de l'établissement, service intendance. Notre agent comptable la rejette. Pouvez-vous en émettre une nouvelle ?

Je joins le bon d'engagement signé pour référence.

Lycée Gay-Lussac, Limoges - 0870572Z
Le proviseur""", mailer="outlook", attach=[("BE_signe_GayLussac.pdf", "application/pdf")])

M("order_billing", False, "0315713S", "espace_acheteur", False, "fr",
  "Order validated a month ago, invoice still not on Chorus Pro.",
  ("Gestionnaire Lycée Déodat de Séverac", "int.0315713S@ac-toulouse.fr"),
  "Facture absente de Chorus",
  """Bonjour,

La commande validée par Mme la Proviseure le 12 février (lycée Déodat de Séverac, 0315713S) n'a toujours pas donné lieu à facture sur Chorus Pro. Pouvez-vous vérifier ?

Cordialement,
Service intendance""", mailer="outlook", fmt="html", cs="windows-1252")

M("order_billing", False, None, "esidoc", False, "fr",
  "Private school head asks whether payment by bank transfer is possible; ISO-8859-15 8-bit.",
  ("Chef d'établissement", "direction@college-saint-joseph.example.fr"),
  "Mode de paiement",
  """Bonjour,

Établissement privé sous contrat, nous ne passons pas par Chorus. Pouvons-nous régler la facture de l'abonnement par virement ? Merci de nous transmettre vos coordonnées bancaires.

Frère Michel, chef d'établissement""", mailer="thunderbird", cs="iso-8859-15", cte="8bit")

M("order_billing", False, "0818758E", "esidoc", False, "fr",
  "Invoice amount differs from the quote the principal signed; euro sign in windows-1252 HTML.",
  ("Principal Collège Jean Jaurès Albi", "ce.0818758E@ac-toulouse.fr"),
  "Écart entre devis et facture",
  """Bonjour,

Le devis que j'ai signé en novembre indiquait 1 240,00 € TTC ; la facture reçue est de 1 488,00 € TTC. Pouvez-vous m'expliquer cet écart ou corriger la facture ?

Collège Jean Jaurès, Albi - 0818758E
Robert Alquier""", mailer="outlook", fmt="html", cs="windows-1252", cte="qp")

M("order_billing", False, "0760092M", "espace_acheteur", False, "fr",
  "The saved basket vanished before the principal could validate it.",
  ("Principale Collège Camille Claudel", "ce.0760092M@ac-normandie.fr"),
  "Panier disparu",
  """Bonjour,

Notre gestionnaire avait préparé un panier le mois dernier pour que je le valide. Aujourd'hui il a disparu. Est-il possible de le récupérer ?

Collège Camille Claudel, Rouen (0760092M)
Mme Lecomte""", mailer="zimbra")

M("order_billing", False, None, "esidoc", False, "en",
  "English; head asks for the invoice to be addressed to the accounting office instead of the library.",
  ("Daniel Price", "d.price@lycee-international-example.fr"),
  "Invoice addressee",
  """Hello,

Could you please reissue our last invoice to the accounting office (Service financier) rather than to the library? Our bursar cannot process it otherwise.

Thanks,
Daniel Price, Deputy Head""", mailer="outlook")

M("order_billing", False, "9717339A", "esidoc", False, "fr",
  "Guadeloupe; forwarded payment reminder for an invoice already paid by mandat administratif.",
  ("Principal Collège Rémy Nainsouta", "ce.9717339A@ac-guadeloupe.fr"),
  "TR: Relance facture impayée",
  """Bonjour,

Nous recevons une relance pour la facture ci-dessous, pourtant réglée par mandat administratif le 20 janvier. Merci de mettre à jour votre suivi.

Collège Rémy Nainsouta (9717339A)

-------- Message transféré --------
Sujet : Relance facture impayée
De : comptabilite@editeur.example.fr
Votre facture F2024-11502 reste impayée à ce jour.""", mailer="thunderbird", cte="qp")

# ====================================================================
# transfer_incident
# ====================================================================
M("transfer_incident", False, "0570524K", "ecoledirecte", False, "fr",
  "Head of a private school: the EcoleDirecte transfer has been failing for three days; parents no longer see the grades.",
  ("Directeur Institution de la Salle", "ce.0570524K@ac-nancy-metz.fr"),
  "Transferts EcoleDirecte bloqués",
  """Bonjour,

Depuis vendredi, les transferts vers EcoleDirecte ne passent plus : les parents ne voient plus les notes ni les absences. Le dernier transfert réussi date du 14.

Institution de la Salle, Metz (0570524K)
Le chef d'établissement""", mailer="outlook")

M("transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Asks for the daily maintenance password to reindex the base: transfer_incident per the taxonomy, not password_reset.",
  ("Chef d'établissement adjoint", "adjoint@lycee-prive-sainte-anne.example.fr"),
  "mot de passe de maintenance",
  """Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois réindexer la base avant de relancer les transferts.

Merci,
F. Kerleau, adjoint de direction""", mailer="thunderbird")

M("transfer_incident", False, "0850521E", "ecoledirecte", False, "fr",
  "Licence to regenerate after the server replacement; transfers stopped.",
  ("Direction Collège Saint-Gabriel", "direction@stgabriel-85.example.fr"),
  "Licence expirée",
  """Bonjour,

Suite au remplacement de notre serveur, le logiciel affiche « licence expirée » au démarrage et les transferts sont arrêtés. Pouvez-vous régénérer la licence ? Code établissement 0850521E.

Cordialement,
Le directeur""", mailer="outlook", fmt="html")

M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "Antivirus quarantines the transfer tool; forwarded by the head to the desk.",
  ("Chef d'établissement", "chef.etablissement@ensemble-scolaire-notre-dame.example.fr"),
  "Antivirus et transferts",
  """Bonjour,

Notre nouvel antivirus met en quarantaine l'outil de transfert depuis lundi, et plus rien ne remonte vers EcoleDirecte. Notre informaticien demande quels fichiers exclure.

Bien cordialement,
Mme Guérin""", mailer="outlook")

M("transfer_incident", False, "0497447D", "ecoledirecte", False, "fr",
  "Replication needs re-initialisation after restoring a backup.",
  ("Directrice Collège privé Sainte-Marie", "ce.0497447D@ac-nantes.fr"),
  "Réinitialisation de la réplication",
  """Bonjour,

Après restauration d'une sauvegarde, les transferts EcoleDirecte échouent avec une erreur de réplication. Faut-il réinitialiser la réplication ? Capture jointe.

0497447D - Collège Sainte-Marie, Cholet
La directrice""", mailer="outlook", attach=[("erreur_replication.png", "image/png")])

# ====================================================================
# contract_documents
# ====================================================================
M("contract_documents", False, "0800873P", "espace_acheteur", False, "fr",
  "The signed convention no longer appears in 'Mes Marchés'; the principal needs it for the CA.",
  ("Principal Collège Jean Racine", "ce.0800873P@ac-amiens.fr"),
  "Convention introuvable",
  """Bonjour,

Je ne retrouve plus la convention d'adhésion que j'ai signée en septembre dans la rubrique « Mes Marchés ». J'en ai besoin pour le conseil d'administration de la semaine prochaine.

Collège Jean Racine, Abbeville (0800873P)
Le principal""", mailer="outlook")

M("contract_documents", False, None, "espace_acheteur", False, "fr",
  "CCAP of market 2024-031 cannot be found; region from ac-rouen.fr.",
  ("Proviseur adjoint", "jerome.duval@ac-rouen.fr"),
  "CCAP marché 2024-031",
  """Bonjour,

Le CCAP du marché 2024-031 (fournitures de bureau) n'est pas disponible dans les documents du marché. Pouvez-vous le mettre en ligne ?

J. Duval""", mailer="zimbra")

M("contract_documents", False, "0020324S", "espace_acheteur", False, "fr",
  "Amendment no. 1 missing from the market documents; the announcement letter is attached.",
  ("Principale Collège Condorcet Saint-Quentin", "ce.0020324S@ac-amiens.fr"),
  "Avenant n°1 absent",
  """Bonjour,

Le courrier ci-joint annonce un avenant n°1 au marché de reprographie, mais il n'apparaît pas dans les documents contractuels. Pouvez-vous l'ajouter ?

Collège Condorcet (0020324S)""", mailer="outlook", attach=[("Annonce avenant n°1.pdf", "application/pdf")])

M("contract_documents", False, "0641589E", "espace_acheteur", True, "fr",
  "Could see conventions on the old platform, not on the new one; contract_documents though the fix may be access rights.",
  ("Proviseure Lycée Louis de Foix", "ce.0641589E@ac-bordeaux.fr"),
  "Documents contractuels invisibles",
  """Bonjour,

Sur l'ancienne plateforme je voyais nos conventions et leurs avenants. Sur la nouvelle, la rubrique est vide pour mon compte. Le lycée Louis de Foix (0641589E) est pourtant bien adhérent.

Cordialement,
Maider Harriet, proviseure""", mailer="zimbra")

M("contract_documents", False, "0271588E", "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail quote): the attestation is still missing after the region's answer.",
  ("Principal Collège Hyacinthe Langlois", "ce.0271588E@ac-normandie.fr"),
  "Re: [#SUP-009104] Attestation administrative",
  """Bonjour,

L'attestation administrative du marché n'est toujours pas visible, malgré votre message de la semaine dernière.

Cordialement,
Le principal (0271588E)

Le mer. 9 avr. 2025 à 11:05, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> La région a été informée ; le document devrait être disponible sous quelques jours.
> L'équipe d'assistance""", mailer=None, fmt="alt", irt=9104)
# ====================================================================
# automated
# ====================================================================
M("automated", False, None, None, False, "fr",
  "Exchange Online out-of-office of a principal in French, replying to a ticket mail: Auto-Submitted and X-Auto-Response-Suppress.",
  ("Bernard Cazaux", "b.cazaux@college-prive-saint-louis.example.fr"),
  "Réponse automatique : [#SUP-007015] Votre demande",
  """Bonjour,

Je suis en déplacement jusqu'au 14 février inclus. Pour toute urgence, merci de contacter le secrétariat de direction au 05 56 00 00 00.

Bernard Cazaux
Chef d'établissement""", mailer="outlook", irt=7015,
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")])

M("automated", False, None, None, False, "fr",
  "Academic webmail vacation reply of a proviseure: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the ac-lyon.fr sender.",
  ("Catherine Brunet", "catherine.brunet@ac-lyon.fr"),
  "Absence",
  """Bonjour,
Je suis absente du 21 au 25 octobre. Votre message sera traité à mon retour.
Pour toute urgence concernant le lycée, adressez-vous à M. le proviseur adjoint.
C. Brunet, proviseure""", mailer="zimbra", fmt="plain", cte="qp",
  headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")])

M("automated", False, None, None, False, "en",
  "English Gmail vacation responder of a head teacher (Auto-Submitted: auto-replied).",
  ("Jonathan Baker", "jonathan.baker.head@gmail.com"),
  "Out of office Re: [#SUP-006643] Your request",
  """Thank you for your email. I am away on a school trip until Monday 10 March with limited access to email. For urgent matters please contact the school office.

Jonathan Baker""", mailer=None, fmt="alt", irt=6643,
  headers=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status) for a reply sent to a principal's address that no longer exists; null Return-Path.",
  ("Mail Delivery System", "MAILER-DAEMON@mx.college-prive-lamartine.example.fr"),
  "Undelivered Mail Returned to Sender",
  "", return_path="", fmt="raw", mailer=None, auth="dkim=none;\n\tspf=pass smtp.helo=mx.college-prive-lamartine.example.fr;\n\tdmarc=none",
  headers=[("Auto-Submitted", "auto-replied")],
  ctype='multipart/report; report-type=delivery-status;\n boundary="B7C3F2A1.1731573110/mx.college-prive-lamartine.example.fr"',
  raw="""This is a MIME-encapsulated message.

--B7C3F2A1.1731573110/mx.college-prive-lamartine.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.college-prive-lamartine.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<directeur.ancien@college-prive-lamartine.example.fr>: user unknown

--B7C3F2A1.1731573110/mx.college-prive-lamartine.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.college-prive-lamartine.example.fr

Final-Recipient: rfc822; directeur.ancien@college-prive-lamartine.example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; user unknown

--B7C3F2A1.1731573110/mx.college-prive-lamartine.example.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: directeur.ancien@college-prive-lamartine.example.fr
Subject: [#SUP-006901] Changement d'administrateur
Auto-Submitted: auto-replied

--B7C3F2A1.1731573110/mx.college-prive-lamartine.example.fr--
""")

M("automated", False, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  ("Microsoft Outlook", "postmaster@lyceeprive-stjean.example.fr"),
  "Non remis : [#SUP-008112] Courrier du chef d'établissement",
  "", return_path="", fmt="raw", mailer=None,
  ctype='multipart/report; report-type=delivery-status;\n boundary="a7f3c1b2-3e4d-4f5a-9b6c-7d8e9f0a1b2c"',
  raw="""--a7f3c1b2-3e4d-4f5a-9b6c-7d8e9f0a1b2c
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à proviseur@lyceeprive-stjean.example.fr.
La boîte aux lettres de ce destinataire est pleine et ne peut pas accepter de messages pour le moment.

Serveur de diagnostic : PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM

--a7f3c1b2-3e4d-4f5a-9b6c-7d8e9f0a1b2c
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM

Final-Recipient: rfc822;proviseur@lyceeprive-stjean.example.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--a7f3c1b2-3e4d-4f5a-9b6c-7d8e9f0a1b2c--
""")

M("automated", False, "0929626N", None, False, "fr",
  "Outlook read receipt ('Lu :') from a lycée's ce.<UAI> mailbox, multipart/report disposition-notification. UAI from the address.",
  ("Proviseur Lycée Jacques Prévert", "ce.0929626N@ac-versailles.fr"),
  "Lu : [#SUP-007730] Votre demande de changement d'administrateur",
  "", fmt="raw", mailer="outlook",
  ctype='multipart/report; report-type=disposition-notification;\n boundary="_001_LU_0929626N_"',
  raw="""--_001_LU_0929626N_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Proviseur Lycée Jacques Prévert
  Objet : [#SUP-007730] Votre demande de changement d'administrateur
  Envoyé : mardi 4 février 2025 09:14:02 (UTC+01:00)

a été lu le mardi 4 février 2025 10:02:47 (UTC+01:00).

--_001_LU_0929626N_
Content-Type: message/disposition-notification

Reporting-UA: ce.0929626N@ac-versailles.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;ce.0929626N@ac-versailles.fr
Disposition: manual-action/MDN-sent-manually; displayed

--_001_LU_0929626N_--
""")

M("automated", False, None, "espace_acheteur", False, "fr",
  "Marketing newsletter aimed at heads of establishment: List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
  ("Espace Acheteur - Actualités", "actualites@news.espace-acheteur.example.fr"),
  "Chefs d'établissement : les nouveautés de la rentrée sur l'Espace Acheteur",
  """Madame la Principale, Monsieur le Proviseur,

Découvrez les nouveaux marchés ouverts pour la rentrée : mobilier, équipements numériques, fournitures.
Nouveau : la délégation de validation des commandes se paramètre désormais en deux clics.

Se désinscrire : https://news.espace-acheteur.example.fr/u/8a7f""", mailer=None, fmt="alt",
  headers=[("List-Id", "Actualites Espace Acheteur <actualites.news.espace-acheteur.example.fr>"),
           ("List-Unsubscribe", "<https://news.espace-acheteur.example.fr/u/8a7f>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

M("automated", False, None, "esignature", True, "fr",
  "E-signature 'document signed by all parties' notification for the principal's convention: no Auto-Submitted or Precedence; only the no-reply sender and the wording show it is automatic.",
  ("Signature électronique", "no-reply@signature.example.fr"),
  "Document signé : Convention d'adhésion 2025 - Collège Jean Monnet",
  """Bonjour,

Le document « Convention d'adhésion 2025 - Collège Jean Monnet » a été signé par toutes les parties.
Signataires : Mme Agnès Perrot (principale), Assistance - Service conventions.

Vous pouvez télécharger le document signé pendant 30 jours depuis votre espace.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""", mailer=None, fmt="alt")

M("automated", False, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a ticket opened with a supplier was updated. Auto-Submitted: auto-generated.",
  ("Portail tickets", "notifications@tickets.example.fr"),
  "[Ticket 48213] Mise à jour : accès administrateur e-sidoc - collège",
  """Le ticket 48213 a été mis à jour par Support éditeur.

Nouveau statut : En attente de votre réponse

Pour consulter le ticket : https://tickets.example.fr/t/48213

-- Notification automatique, ne pas répondre --""", mailer=None, fmt="plain", cte="qp",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("automated", False, None, "espace_acheteur", False, "fr",
  "No-reply notification to the desk: a principal's account awaits validation for a structure without an administrator. Auto-Submitted: auto-generated.",
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  "Un compte est en attente de validation",
  """Bonjour,

Le compte de M. Lionel Garcia (principal) est en attente de validation pour la structure « Collège Les Oliviers ».
Cette structure n'a pas d'administrateur : la demande vous est transmise.

Valider ou refuser : https://espace-acheteur.example.fr/admin/comptes/52871""", mailer=None, fmt="alt",
  headers=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, "esidoc", True, "fr",
  "A principal's real question about the admin password handover, but posted to an academic heads' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from the ac-rennes.fr sender.",
  ("Yann Le Bihan", "yann.le-bihan@ac-rennes.fr"),
  "[chefs-etab-29] Passation des mots de passe e-sidoc",
  """Bonjour à tous,

Comment faites-vous pour récupérer le mot de passe administrateur d'e-sidoc quand le documentaliste part sans le transmettre ? Faut-il un courrier signé ?

Merci de vos retours,
Yann Le Bihan, principal""", mailer="zimbra", fmt="plain", cte="qp",
  to="chefs-etab-29@listes.ac-rennes.fr",
  headers=[("List-Id", "Chefs d'etablissement du Finistere <chefs-etab-29.listes.ac-rennes.fr>"),
           ("Precedence", "list"), ("List-Post", "<mailto:chefs-etab-29@listes.ac-rennes.fr>")])

M("automated", False, None, None, False, "fr",
  "Another help desk's acknowledgement of a message the desk sent (Auto-Submitted, X-Loop): answering would loop. Region from ac-dijon.fr.",
  ("Assistance DANE Dijon", "assistance-dane@ac-dijon.fr"),
  "[DANE-25-04411] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous la référence DANE-25-04411. Elle sera traitée dans les meilleurs délais.

Ceci est un message automatique.""", mailer=None, fmt="plain",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dane@ac-dijon.fr")])

M("automated", False, None, None, False, "en",
  "DMARC aggregate report (zip) sent to the desk's address.",
  ("noreply-dmarc-support", "noreply-dmarc-support@google.com"),
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 11928374650192837465",
  "", fmt="raw", mailer=None,
  ctype='multipart/mixed; boundary="000000000000dmarc1a2b"',
  raw="""--000000000000dmarc1a2b
Content-Type: text/plain; charset="UTF-8"

This is an aggregate report from google.com.

--000000000000dmarc1a2b
Content-Type: application/zip; name="google.com!assistance.example.fr!1736899200!1736985599.zip"
Content-Disposition: attachment; filename="google.com!assistance.example.fr!1736899200!1736985599.zip"
Content-Transfer-Encoding: base64

UEsDBBQAAAAIAAAAIQAAAAAAAAAAAAAAAAAJAAAAcmVwb3J0LnhtbAMAUEsBAhQAFAAAAAgAAAAh
AAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAHJlcG9ydC54bWxQSwUGAAAAAAEAAQA3AAAA
JwAAAAAA
--000000000000dmarc1a2b--
""")

M("automated", False, None, None, True, "fr",
  "Out-of-office sent by a client-side rule of a deputy head: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
  ("Nicolas Ferrer", "nicolas.ferrer@lycee-prive-montesquieu.example.fr"),
  "Absent du bureau",
  """Bonjour,

Je suis actuellement absent et je n'aurai pas accès à mes messages avant le lundi 3 mars.
En cas d'urgence, merci de contacter la direction au standard du lycée.

Nicolas Ferrer
Adjoint de direction""", mailer="outlook", fmt="alt")

M("automated", False, None, None, False, "fr",
  "Host-provided autoresponder of a private school head: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
  ("Direction Cours Fénelon", "direction@cours-fenelon.example.fr"),
  "Re: [#SUP-008457] Votre demande",
  """Merci pour votre message. La direction est fermée pendant les vacances scolaires ; nous vous répondrons à la rentrée.""",
  mailer=None, fmt="plain", irt=8457, headers=[("X-Autoreply", "yes"), ("X-Autorespond", "Direction Cours Fenelon")])

M("automated", False, None, None, False, "en",
  "Delay warning from a relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
  ("Mail Delivery System", "MAILER-DAEMON@relay.ecole-internationale.example.org"),
  "Delayed Mail (still being retried)",
  "", return_path="", fmt="raw", mailer=None, headers=[("Auto-Submitted", "auto-replied")],
  ctype='multipart/report; report-type=delivery-status;\n boundary="DLY.1740391222/relay"',
  raw="""--DLY.1740391222/relay
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.ecole-internationale.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<headmaster@ecole-internationale.example.org>: connect to mail.ecole-internationale.example.org: Connection timed out

--DLY.1740391222/relay
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.ecole-internationale.example.org

Final-Recipient: rfc822; headmaster@ecole-internationale.example.org
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sat, 1 Mar 2025 11:00:22 +0100

--DLY.1740391222/relay--
""")

M("automated", False, None, None, True, "en",
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  ("Mail Delivery System", "Mailer-Daemon@mail.groupe-scolaire-example.fr"),
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  principal@groupe-scolaire-example.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
Subject: [#SUP-007268] Demande de courrier signe""", return_path="", mailer=None, fmt="plain", cte="8bit", cs="us-ascii")

M("automated", False, None, None, False, "fr",
  "Rectorat newsletter for heads of establishment (List-Id, Precedence: bulk) that reached the desk through a forwarding alias. Region from ac-creteil.fr.",
  ("Lettre des chefs d'établissement", "lettre-direction@ac-creteil.fr"),
  "Lettre d'information n°12 - personnels de direction",
  """Mesdames et Messieurs les personnels de direction,

Au sommaire de cette lettre : calendrier des conseils d'administration, campagne de subventions, sécurisation des accès aux services numériques (rappel : ne jamais communiquer un mot de passe par courriel).

Pour ne plus recevoir cette lettre : https://listes.ac-creteil.fr/unsubscribe""", mailer=None, fmt="alt",
  headers=[("List-Id", "Lettre direction <lettre-direction.ac-creteil.fr>"), ("Precedence", "bulk"),
           ("List-Unsubscribe", "<https://listes.ac-creteil.fr/unsubscribe>")])

M("automated", False, "0244411P", None, True, "fr",
  "Out-of-office of a principal's ce.<UAI> mailbox that mentions passwords and e-sidoc; Auto-Submitted is present. UAI from the address.",
  ("Collège Henri IV - Principal", "ce.0244411P@ac-bordeaux.fr"),
  "Réponse automatique : Réinitialisation e-sidoc",
  """Bonjour,

Le secrétariat de direction est fermé jusqu'au 6 janvier. Les demandes concernant les mots de passe (ENT, e-sidoc) seront traitées à la rentrée.

Bonnes fêtes,
Le principal""", mailer="outlook", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

M("automated", False, None, None, False, "fr",
  "Outlook 'Non lu :' notice (deleted without being read), disposition-notification. Region from ac-rouen.fr.",
  ("Principal adjoint", "adjoint.flaubert@ac-rouen.fr"),
  "Non lu : [#SUP-009266] Votre demande d'accès",
  "", fmt="raw", mailer="outlook",
  ctype='multipart/report; report-type=disposition-notification;\n boundary="_NL_9266_"',
  raw="""--_NL_9266_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Principal adjoint
  Objet : [#SUP-009266] Votre demande d'accès

a été supprimé sans être lu le lundi 12 mai 2025 08:31.

--_NL_9266_
Content-Type: message/disposition-notification

Final-Recipient: rfc822;adjoint.flaubert@ac-rouen.fr
Disposition: manual-action/MDN-sent-manually; deleted

--_NL_9266_--
""")
# ====================================================================
# other
# ====================================================================
M("other", False, "0455532U", "esidoc", True, "fr",
  "Thanks only from the principal, quoting the desk's confirmation that the admin reset was done: 'mot de passe' and 'réinitialisation' appear but nothing is asked.",
  ("Principale Collège Jean Rostand Orléans", "ce.0455532U@ac-orleans-tours.fr"),
  "RE: [#SUP-007988] Réinitialisation effectuée",
  """Merci beaucoup pour votre réactivité, notre documentaliste a pu se reconnecter.

Bonne journée,
Sophie Rabier

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : [#SUP-007988] Réinitialisation effectuée

Bonjour Madame la Principale,
Suite à votre demande écrite, le mot de passe administrateur a été réinitialisé et le lien envoyé à l'adresse du collège.""",
  mailer="outlook", irt=7988)

M("other", False, None, None, True, "fr",
  "Phishing targeting heads: 'quota de messagerie atteint, confirmez votre mot de passe'. Mentions a password but is not password_reset; the look-alike domain is not an académie domain.",
  ("Service Messagerie Académique", "securite@ac-creteil-messagerie.com"),
  "Action requise : votre boîte de direction sera suspendue",
  """Madame, Monsieur le chef d'établissement,

Votre boîte de messagerie a atteint 98 % de son quota. Pour éviter la suspension de votre compte de direction, confirmez votre identifiant et votre mot de passe sous 24 heures :

https://ac-creteil-messagerie.com/verification

Service Messagerie""", mailer=None, fmt="html",
  auth="dkim=none;\n\tspf=softfail smtp.mailfrom=ac-creteil-messagerie.com;\n\tdmarc=none")

M("other", False, None, None, True, "fr",
  "CEO-fraud style: a look-alike 'proviseur' address asks the desk for a discreet favour (gift cards). Not a head-of-establishment request.",
  ("Proviseur", "proviseur.lycee.office@gmail.com"),
  "Demande confidentielle",
  """Bonjour,

Êtes-vous disponible ? J'ai besoin que vous me rendiez un service rapidement et en toute discrétion. Je suis en réunion, répondez simplement par mail.

Le proviseur""", mailer="iphone", fmt="plain")

M("other", False, None, None, True, "fr",
  "Fake 'facture impayée' with a PDF from an unknown sender: phishing, not order_billing.",
  ("Service Recouvrement", "recouvrement@factures-etablissements.example.net"),
  "Facture impayée - dernier rappel avant contentieux",
  """Madame, Monsieur le Directeur,

Sauf erreur de notre part, la facture jointe reste impayée. Sans règlement sous 48 heures, le dossier sera transmis au service contentieux.

Service Recouvrement""", mailer="outlook", attach=[("Facture_impayee_2025.pdf.exe", "application/octet-stream")],
  auth="dkim=none;\n\tspf=fail smtp.mailfrom=factures-etablissements.example.net;\n\tdmarc=none")

M("other", False, None, "espace_acheteur", False, "fr",
  "A principal asks, by hand, to be removed from the newsletter: written by a person, so not automated.",
  ("Philippe Arnaud", "philippe.arnaud@ac-paris.fr"),
  "Désinscription",
  """Bonjour,

Merci de me retirer de votre liste de diffusion « Actualités ». Je reçois déjà les informations par mon gestionnaire.

P. Arnaud""", mailer="zimbra")

M("other", False, None, None, False, "fr",
  "A principal invites the desk to present its services at a district meeting of heads: unrelated to any category.",
  ("Principal Collège Les Sources - bassin Sud", "jf.bonnet@ac-montpellier.fr"),
  "Intervention réunion de bassin",
  """Bonjour,

J'anime la réunion des chefs d'établissement du bassin Sud le 22 mai. Serait-il possible qu'une personne de votre service vienne présenter en 20 minutes les services proposés aux établissements ?

Bien cordialement,
Jean-François Bonnet
Principal, animateur de bassin""", mailer="zimbra")

M("other", False, None, None, False, "fr",
  "Cold sales pitch for school safes and access badges, written to one person: other, not automated.",
  ("Romain Gauthier", "r.gauthier@securite-ecoles.example.com"),
  "Sécurisation des accès de votre établissement",
  """Bonjour,

Je me permets de vous contacter car nous accompagnons de nombreux chefs d'établissement dans la sécurisation de leurs locaux (badges, contrôle d'accès). Auriez-vous 15 minutes la semaine prochaine pour un échange ?

Romain Gauthier
Chargé d'affaires""", mailer="outlook")

M("other", False, None, None, False, "fr",
  "GDPR erasure request from a retired principal: other (human review), not account_creation.",
  ("Monique Deschamps", "monique.deschamps@free.fr"),
  "Suppression de mes données",
  """Bonjour,

Principale retraitée depuis juin, je souhaite que toutes mes données personnelles (compte, adresse, historique) soient supprimées de vos services, conformément au RGPD.

Merci de me confirmer la suppression.

Monique Deschamps""", mailer="thunderbird", cte="qp")

M("other", False, None, None, False, "fr",
  "Angry complaint from a principal about an unanswered request, saying nothing about the topic.",
  ("Principal", "alain.roussel@ac-besancon.fr"),
  "Aucune réponse",
  """Bonjour,

Voilà trois semaines que j'attends une réponse. C'est inadmissible pour un service public. J'attends un retour aujourd'hui.

A. Roussel""", mailer="android")

M("other", False, None, None, False, "fr",
  "'Bien reçu, merci.' from a principal's phone: nothing to do. Region from ac-poitiers.fr.",
  ("Hervé Bouchet", "herve.bouchet@ac-poitiers.fr"),
  "Re: [#SUP-008014] Fermeture d'un accès administrateur",
  """Bien reçu, merci.

Envoyé depuis mon mobile""", mailer="android", irt=8014)

M("other", False, None, None, False, "fr",
  "Personal message from a deputy head sent to the desk by address autocomplete. Region from ac-grenoble.fr.",
  ("Laurence Perrier", "laurence.perrier@ac-grenoble.fr"),
  "samedi",
  """Coucou Sophie,

On maintient le covoiturage pour samedi ? Je peux passer te prendre vers 9 h.

Bises,
Laurence""", mailer="iphone", fmt="plain")

M("other", False, None, None, False, "fr",
  "A parent writes to the desk believing it is the principal's office (absence of a child): wrong address.",
  ("Karima Benali", "karima.benali75@hotmail.fr"),
  "absence de mon fils",
  """Bonjour Monsieur le Principal,

Mon fils Yanis, en 5e B, sera absent demain pour un rendez-vous médical. Merci de prévenir ses professeurs.

Mme Benali""", mailer="outlook", fmt="html")

M("other", False, None, "ticket_portal", False, "fr",
  "How to give the deputy access to the school's tickets on the ticket portal: a how-to with no category of its own. Region from ac-lille.fr.",
  ("Proviseur Lycée Faidherbe", "proviseur.faidherbe@ac-lille.fr"),
  "Partager un ticket avec mon adjoint",
  """Bonjour,

Comment puis-je permettre à mon proviseur adjoint de suivre les tickets que j'ai ouverts sur le portail d'assistance ? Je ne trouve pas d'option de partage.

Merci,
Le proviseur""", mailer="zimbra")

M("other", False, None, "esignature", True, "fr",
  "The convention sent for e-signature carries the wrong establishment name; only the document's sender can fix it. About a convention, not access to contract documents. Region from ac-nantes.fr.",
  ("Principal adjoint", "erwan.guerin@ac-nantes.fr"),
  "Erreur sur la convention à signer",
  """Bonjour,

La convention que je dois signer électroniquement porte le nom de « Collège Jules Ferry » alors que nous sommes le collège Jules Verne. Je ne peux pas la signer en l'état. Pouvez-vous la faire corriger ?

Erwan Guérin, principal adjoint""", mailer="zimbra")

M("other", False, None, None, False, "en",
  "English partnership pitch from an edtech start-up to 'school leaders', sent as a follow-up quoting her own first mail.",
  ("Emily Chen", "emily@classpulse.example.io"),
  "Re: Partnership for school leaders",
  """Hi there,

Just bumping this to the top of your inbox! Would love 15 minutes to show how ClassPulse helps principals track well-being data.

Best,
Emily

On Tue, Jan 14, 2025 at 9:02 AM Emily Chen <emily@classpulse.example.io> wrote:
> Hi, I'm reaching out because we partner with school leaders across Europe...""", mailer=None, fmt="alt")

M("other", False, "0735601S", "esidoc", True, "fr",
  "The principal asks for usage statistics of the e-sidoc portal for her annual report to the CA: not a subscription, account or head-of-establishment request.",
  ("Principale Collège Le Revard", "ce.0735601S@ac-grenoble.fr"),
  "Statistiques de fréquentation du portail",
  """Bonjour,

Pour le rapport annuel présenté au conseil d'administration, je souhaiterais obtenir les statistiques de consultation de notre portail e-sidoc pour l'année 2024 (collège Le Revard, 0735601S). Est-ce possible ?

Merci,
Agnès Curtet, principale""", mailer="outlook")

M("other", False, None, "espace_acheteur", False, "fr",
  "Wants to register for the webinar for heads of establishment, the registration link fails: other.",
  ("Principale adjointe", "sylvie.marchand@ac-normandie.fr"),
  "Inscription au webinaire",
  """Bonjour,

Le lien d'inscription au webinaire « Espace Acheteur pour les personnels de direction » du 15 avril renvoie une page d'erreur. Pouvez-vous m'inscrire directement ?

Sylvie Marchand""", mailer="zimbra")

M("head_of_establishment_request", False, "0810487P", "esidoc", True, "fr",
  "Sensitive: the principal asks, by signed letter, to cut at once all admin access of a staff member under suspension and to reset the password; no details given, a person must handle it.",
  ("Principal Collège Louis Pasteur Graulhet", "ce.0810487P@ac-toulouse.fr"),
  "Confidentiel - suspension immédiate d'accès",
  """Madame, Monsieur,

Pour des raisons que je ne peux détailler ici, je vous demande de suspendre immédiatement tout accès administrateur de M. X (ancien contact du compte) au portail e-sidoc du collège Louis Pasteur (0810487P), et de réinitialiser le mot de passe avec envoi du lien sur l'adresse du collège uniquement.

Mon courrier signé est joint. Je vous remercie de traiter cette demande avec discrétion.

Le principal,
Gérard Azéma""", mailer="outlook", attach=[("courrier_confidentiel_signe.pdf", "application/pdf")])


# ====================================================================
# build, write, verify
# ====================================================================
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
              "hard", "lang", "notes"]


def main():
    mails = list(MAILS)
    rng.shuffle(mails)
    labels = []
    for i, m in enumerate(mails, 1):
        fname = "h%03d.eml" % i
        raw = build(m, i)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        labels.append({
            "file": fname, "category": m["cat"], "auto_reply_ok": m["ok"],
            "uai": m["uai"], "region": region_of(m["uai"], m["frm"][1]),
            "platform": m["plat"], "hard": m["hard"], "lang": m["lang"],
            "notes": m["notes"],
        })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    verify()


def all_text(msg):
    parts = []
    for k, v in msg.items():
        parts.append("%s: %s" % (k, v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct.startswith("message/"):
            try:
                parts.append(str(part.get_content()))
            except Exception:
                payload = part.get_payload(decode=True) or b""
                parts.append(payload.decode("utf-8", "replace"))
    return "\n".join(parts)


def verify():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    emls = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert len(emls) == 150, len(emls)
    assert len(labels) == 150, len(labels)
    assert [l["file"] for l in labels] == ["h%03d.eml" % i for i in range(1, 151)]
    assert set(emls) == {l["file"] for l in labels}
    for lab in labels:
        f = lab["file"]
        assert list(lab.keys()) == LABEL_KEYS, (f, list(lab.keys()))
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] and msg["Message-ID"], f
        assert "support@assistance.example.fr" in raw.decode("latin-1") , f
        text = all_text(msg)
        assert lab["category"] in CATEGORIES, (f, lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, (f, lab["category"])
        assert lab["platform"] in PLATFORMS, (f, lab["platform"])
        assert lab["lang"] in ("fr", "en", "de"), f
        assert lab["notes"], f
        sender = email.utils.parseaddr(str(msg["From"]))[1]
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), (f, lab["uai"])
            assert lab["uai"].lower() in text.lower(), (f, lab["uai"], "not in mail")
            assert lab["region"] == DEPT2REGION[lab["uai"][:3]], (f, lab["region"])
        else:
            dom = sender.rsplit("@", 1)[-1].lower()
            assert lab["region"] == DOMAIN2REGION.get(dom), (f, lab["region"], dom)
        # every valid-looking UAI written in the mail is either the label or a deliberate extra
        for code in set(re.findall(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])", text)):
            code = code.upper()
            if uai_ok(code):
                assert code == lab["uai"], (f, "unexpected valid UAI", code)
    print("ok: 150 mails, labels verified")


if __name__ == "__main__":
    main()

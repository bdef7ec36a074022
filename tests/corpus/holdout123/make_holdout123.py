#!/usr/bin/env python3
"""Build the holdout123 blind test set: 150 hand-written support mails + labels.

Theme: the last week of August 2025, just before the rentrée. Heads of
establishment and gestionnaires reopen accounts, librarians need new passwords
after the summer, subscriptions are renewed for the new school year, and the
holiday auto-replies come to an end.

Every mail text below is written by hand. The script only wraps each text in
realistic headers (and MIME encodings), writes hNNN.eml and labels.jsonl, then
re-reads everything and checks it. Standard library only, deterministic.
"""
import base64
import datetime
import email
import email.policy
import email.utils
import html
import json
import os
import quopri
import random
import re
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20250825)
SUPPORT = "support@assistance.example.fr"
CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal",
             "esignature", None}

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
DEPT2REGION = {}
DOMAIN2REGION = {}
for _slug, (_depts, _doms) in REGIONS.items():
    for _d in _depts.split():
        DEPT2REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _doms.split():
        DOMAIN2REGION[_dom] = _slug


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and CHECK[int(code[:7]) % 23] == code[7]


def expected_region(uai, sender):
    if uai:
        return DEPT2REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN2REGION.get(dom)


# --------------------------------------------------------------------------
# mail construction helpers (headers and encodings only; no text generation)
# --------------------------------------------------------------------------
TZ = {"guadeloupe": "-0400", "martinique": "-0400", "guyane": "-0300",
      "la-reunion": "+0400", "mayotte": "+0300"}
DAYS = [(25, "Mon"), (26, "Tue"), (27, "Wed"), (28, "Thu"), (29, "Fri"),
        (30, "Sat"), (31, "Sun")]


def hx(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def HX(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def fmt_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def to_html(text, outlook=False):
    paras = [p for p in re.split(r"\n\s*\n", text.strip("\n"))]
    out = []
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        if outlook:
            out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "<o:p></o:p></p>")
        else:
            out.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>")
    body = "\n".join(out)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + body + "\n</div>\n</body>\n</html>\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:13px">\n' + body + "\n</body></html>\n")


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def leaf(text, subtype="plain", cte="qp", charset="utf-8"):
    """Return (header lines, body str-or-bytes) for one text part."""
    raw = text.encode(charset)
    ct = "Content-Type: text/%s; charset=\"%s\"" % (subtype, charset)
    if cte == "qp":
        return [ct, "Content-Transfer-Encoding: quoted-printable"], qp(raw)
    if cte == "b64":
        return [ct, "Content-Transfer-Encoding: base64"], b64(raw)
    if cte == "8bit":
        try:
            text.encode("ascii")
            return [ct, "Content-Transfer-Encoding: 7bit"], raw
        except UnicodeEncodeError:
            return [ct + ("; format=flowed" if subtype == "plain" else ""),
                    "Content-Transfer-Encoding: 8bit"], raw
    raise ValueError(cte)


def boundary(tag):
    return "----=_%s_%s" % (tag, HX(20))


def join_parts(bnd, parts, preamble="This is a multi-part message in MIME format."):
    chunks = [preamble.encode() + b"\n"] if preamble else []
    for hdrs, body in parts:
        chunks.append(("\n--%s\n" % bnd).encode() + "\n".join(hdrs).encode() + b"\n\n")
        chunks.append(body if isinstance(body, bytes) else body.encode("ascii"))
    chunks.append(("\n--%s--\n" % bnd).encode())
    return b"".join(chunks)


def attachment(name, mime):
    if mime == "application/pdf":
        data = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    elif mime == "image/png":
        data = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
    else:
        data = bytes(RNG.randrange(256) for _ in range(180))
    fname = enc_header(name)
    return (["Content-Type: %s; name=\"%s\"" % (mime, fname),
             "Content-Disposition: attachment; filename=\"%s\"" % fname,
             "Content-Transfer-Encoding: base64"], b64(data))


def build(m):
    """Wrap one hand-written mail dict into RFC 5322 bytes."""
    name, addr = m["frm"]
    dom = addr.rsplit("@", 1)[1].lower()
    client = m.get("client", "plain")
    region = m["region"]
    tz = TZ.get(region, "+0200")
    day, dname = DAYS[m["day"] - 25] if "day" in m else RNG.choice(DAYS[:5] * 3 + DAYS[5:])
    hour = m.get("hour", RNG.randrange(7, 20))
    minute, sec = RNG.randrange(60), RNG.randrange(60)
    date = "%s, %02d Aug 2025 %02d:%02d:%02d %s" % (dname, day, hour, minute, sec, tz)
    # arrival time at our MX in metropolitan time (approximate, for the Received line)
    local = datetime.datetime(2025, 8, day, hour, minute, sec)
    shift = (int(tz[1:3]) * 60 + int(tz[3:])) * (1 if tz[0] == "+" else -1) - 120
    arr = local - datetime.timedelta(minutes=shift) + datetime.timedelta(seconds=RNG.randrange(3, 40))
    rdate = "%s, %d %s 2025 %02d:%02d:%02d +0200 (CEST)" % (
        arr.strftime("%a"), arr.day, arr.strftime("%b"), arr.hour, arr.minute, arr.second)
    subj = m["subj"]
    if "reply" in m and "[#" not in subj:
        subj = "%s [#%s]" % (subj, m["reply"])
    charset_hdr = "iso-8859-1" if m.get("fmt") == "latin1" else "utf-8"

    # Message-ID in the client's style
    if client == "outlook":
        mid = "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (RNG.choice(["PAZP264MB", "MR1P264MB", "PR1P264MB"]), HX(28), "PAZP264MB" + HX(4))
    elif client == "gmail":
        mid = "<CA%s+%s@mail.gmail.com>" % (hx(6).upper(), base64.b64encode(bytes(RNG.randrange(256) for _ in range(24))).decode().replace("/", "_").replace("+", "-"))
    elif client == "zimbra":
        mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randrange(10**8, 10**9), RNG.randrange(1, 99), RNG.randrange(10**12, 10**13), dom)
    elif client == "iphone":
        mid = "<%s-%s-%s-%s-%s@%s>" % (HX(8), HX(4), HX(4), HX(4), HX(12), dom)
    else:
        mid = "<%s-%s-%s-%s-%s@%s>" % (hx(8), hx(4), hx(4), hx(4), hx(12), dom)
    mid = m.get("msgid", mid)

    H = []
    rp = m.get("return_path", "<%s>" % addr)
    H.append("Return-Path: %s" % rp)
    H.append("Delivered-To: %s" % SUPPORT)
    relay = m.get("relay") or {
        "outlook": "%s.outbound.protection.outlook.com" % RNG.choice(["PAUP264CU001", "MRZP264CU002", "PR0P264CU004"]),
        "gmail": "mail-wr1-f%d.google.com" % RNG.randrange(40, 80),
    }.get(client, "smtp%d.%s" % (RNG.randrange(1, 6), dom))
    ip = "%s.%d" % (RNG.choice(["203.0.113", "198.51.100", "192.0.2"]), RNG.randrange(2, 250))
    H.append("Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (relay, relay, ip, "4" + "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(14)), SUPPORT, rdate))
    auth = m.get("auth", "pass")
    adom = m.get("auth_domain", dom)
    if auth == "pass":
        H.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (adom, adom, dom))
    elif auth == "fail":
        H.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (dom, dom))
    elif auth == "none":
        H.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % relay)
    H.append("From: %s" % fmt_addr(name, addr, charset_hdr))
    H.append("To: %s" % m.get("to", RNG.choice([SUPPORT, "Assistance <%s>" % SUPPORT, "support <%s>" % SUPPORT])))
    if m.get("cc"):
        H.append("Cc: %s" % ", ".join(m["cc"]))
    if m.get("reply_to"):
        H.append("Reply-To: %s" % m["reply_to"])
    H.append("Subject: %s" % enc_header(subj, charset_hdr))
    H.append("Date: %s" % date)
    H.append("Message-ID: %s" % mid)
    if "reply" in m:
        ref = "<%s.%d.%s@assistance.example.fr>" % (m["reply"], RNG.randrange(1754000000, 1756000000), hx(6))
        H.append("In-Reply-To: %s" % ref)
        H.append("References: %s" % ref)
    if client == "outlook":
        H.append("Thread-Topic: %s" % enc_header(m["subj"], charset_hdr))
        H.append("Thread-Index: %s" % base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode())
        H.append("Accept-Language: fr-FR, en-US")
        H.append("Content-Language: %s" % ("en-US" if m["lang"] == "en" else "fr-FR"))
        H.append("X-MS-Has-Attach: %s" % ("yes" if m.get("attach") else ""))
    elif client == "tb":
        H.append("User-Agent: Mozilla Thunderbird")
        H.append("Content-Language: %s" % ("en-US" if m["lang"] == "en" else "fr"))
    elif client == "zimbra":
        H.append("X-Mailer: Zimbra 10.0.8_GA_4625 (ZimbraWebClient - FF128 (Linux)/10.0.8_GA_4625)")
        H.append("Thread-Index: %s" % base64.b64encode(bytes(RNG.randrange(256) for _ in range(15))).decode())
    elif client == "iphone":
        H.append("X-Mailer: iPhone Mail (22F76)")
    elif client == "roundcube":
        H.append("User-Agent: Roundcube Webmail/1.6.9")
    elif client == "android":
        H.append("X-Mailer: Samsung Mail")
    for line in m.get("extra", []):
        H.append(line)
    H.append("MIME-Version: 1.0")

    fmt = m.get("fmt", "plain")
    text = m["body"].strip("\n") + "\n"
    attach = [attachment(a, t) for a, t in m.get("attach", [])]
    if "report" in m:
        ctype, payload = build_report(m, dom, date, text)
        H.append(ctype)
        return ("\n".join(H) + "\n\n").encode("utf-8") + payload

    if fmt == "plain":
        parts = [leaf(text, "plain", "8bit")]
    elif fmt == "latin1":
        parts = [leaf(text, "plain", "8bit", "iso-8859-1")]
    elif fmt == "qp":
        parts = [leaf(text, "plain", "qp")]
    elif fmt == "b64":
        parts = [leaf(text, "plain", "b64")]
    elif fmt == "html":
        parts = [leaf(to_html(text), "html", "qp")]
    elif fmt == "outlook":
        parts = [leaf(to_html(text, outlook=True), "html", "qp")]
    elif fmt in ("alt", "alt64"):
        cte = "b64" if fmt == "alt64" else "qp"
        bnd = boundary("Alt")
        alt = join_parts(bnd, [leaf(text, "plain", cte),
                               leaf(to_html(text, outlook=(client == "outlook")), "html", cte)], preamble="")
        parts = [(["Content-Type: multipart/alternative;\n boundary=\"%s\"" % bnd], alt)]
    else:
        raise ValueError(fmt)

    if attach:
        bnd = boundary("Mix")
        H.append("Content-Type: multipart/mixed;\n boundary=\"%s\"" % bnd)
        payload = join_parts(bnd, parts + attach)
    else:
        hdrs, payload = parts[0]
        H.extend(hdrs)
        if isinstance(payload, str):
            payload = payload.encode("ascii")
    return ("\n".join(H) + "\n\n").encode("utf-8") + payload


def build_report(m, dom, date, human):
    r = m["report"]
    bnd = boundary("Rpt")
    if r["type"] == "dsn":
        status = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
                  "Action: %s\nStatus: %s\nDiagnostic-Code: smtp; %s\n"
                  % (r.get("mta", "mail." + dom), date, r["rcpt"], r.get("action", "failed"), r["status"], r["diag"]))
        orig = ("From: Assistance <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s.%s@assistance.example.fr>\n"
                % (SUPPORT, r["rcpt"], enc_header(r["orig_subject"]), date, r.get("ticket", "SUP-00" + str(RNG.randrange(7000, 8000))), hx(8)))
        parts = [leaf(human, "plain", "8bit"),
                 (["Content-Type: message/delivery-status"], status.encode()),
                 (["Content-Type: text/rfc822-headers"], orig.encode())]
        ct = "Content-Type: multipart/report; report-type=delivery-status;\n boundary=\"%s\"" % bnd
    else:
        disp = ("Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: <%s.%s@assistance.example.fr>\nDisposition: %s\n"
                % (r.get("ua", dom), r["rcpt"], r.get("ticket", "SUP-007001"), hx(8), r["disposition"]))
        parts = [leaf(human, "plain", "qp"),
                 (["Content-Type: message/disposition-notification"], disp.encode())]
        ct = "Content-Type: multipart/report; report-type=disposition-notification;\n boundary=\"%s\"" % bnd
    return ct, join_parts(bnd, parts)


MAILS = []


def M(cat, ok, uai, region, platform, hard, lang, notes, frm, subj, body, **kw):
    d = dict(category=cat, auto_reply_ok=ok, uai=uai, region=region, platform=platform,
             hard=hard, lang=lang, notes=notes, frm=frm, subj=subj, body=body)
    d.update(kw)
    MAILS.append(d)


# ==========================================================================
# password_reset
# ==========================================================================
M("password_reset", True, "0692817M", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Back from the summer, the e-sidoc back-office password is no longer accepted; UAI in the body.",
  ("Sandrine Perrichon", "sandrine.perrichon@ac-lyon.fr"),
  "Reprise du CDI - mot de passe e-sidoc refusé",
  """Bonjour,

Je reprends le chemin du CDI cette semaine pour préparer la rentrée et, comme
chaque année (!), le mot de passe d'administration de notre portail e-sidoc
n'est plus reconnu. J'ai dû le changer en juin et je ne retrouve pas ma note.

Notre identifiant est 0692817M (collège Les Battières, Lyon 5e).

Pouvez-vous me renvoyer un lien pour en définir un nouveau ? Je voudrais
mettre à jour les nouveautés avant l'arrivée des élèves lundi.

Merci d'avance et bonne fin d'été,

Sandrine Perrichon
Professeure documentaliste
Collège Les Battières""", client="tb")

M("password_reset", True, "0331245Z", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Gestionnaire back on 25 August cannot log into the Espace Acheteur; forgot the password over the summer.",
  ("Thierry Lacoste", "gestion@lycee-saint-exupery-blanquefort.fr"),
  "Accès Espace Acheteur",
  """Bonjour,

Gestionnaire du lycée Saint-Exupéry (UAI 0331245Z), je reprends ce lundi
après cinq semaines de congés et je suis incapable de me souvenir de mon mot
de passe de l'Espace Acheteur. Trois essais, trois échecs.

J'ai des commandes de fournitures à passer pour la rentrée, pourriez-vous
m'aider à le réinitialiser ?

Cordialement
T. Lacoste
Adjoint gestionnaire""", client="outlook", fmt="outlook", day=25)

M("password_reset", True, "0595712N", "hauts-de-france", "esidoc", False, "fr",
  "Terse, no accents, UAI only in the subject line.",
  ("Kevin Delattre", "kevin.delattre@ac-lille.fr"),
  "0595712N mdp esidoc",
  """bonjour
plus moyen de me connecter a esidoc depuis les vacances, le mdp marche plus
vous pouvez me renvoyer un lien svp
merci
kevin""", client="android", fmt="b64")

M("password_reset", True, "0755381S", "ile-de-france", "esidoc", False, "en",
  "English, librarian of an international section; forgotten password, UAI given as login.",
  ("Fiona McAllister", "f.mcallister@ac-paris.fr"),
  "Forgotten password - library portal",
  """Hello,

I'm the librarian of the British section at lycée Honoré-de-Balzac. I've
just come back for the new school year and I can't remember the password for
the e-sidoc admin side. The login is our school code, 0755381S.

Could you please send me a reset link? I'd like to have the catalogue ready
before the pupils arrive on 1 September.

Many thanks,
Fiona McAllister
Librarian - International sections""", client="roundcube", fmt="alt")

M("password_reset", True, "0131627Y", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "Account locked after too many attempts on the first login of the school year.",
  ("Nadia Benhamou", "nadia.benhamou@ac-aix-marseille.fr"),
  "Compte bloqué après plusieurs tentatives",
  """Bonjour,

En voulant me reconnecter ce matin à l'administration e-sidoc du collège
Marseilleveyre (0131627Y), j'ai enchaîné les mauvais mots de passe et le
compte est maintenant bloqué.

Est-il possible de le débloquer ou de m'envoyer un lien de
réinitialisation ?

Merci beaucoup,
Nadia Benhamou
Documentaliste""", client="zimbra", fmt="qp")

M("password_reset", True, "0671459X", "grand-est", "esidoc", False, "fr",
  "Reset link received on Friday, used on Monday: expired. Asks for a new one.",
  ("Martine Scheidecker", "martine.scheidecker@ac-strasbourg.fr"),
  "Lien de réinitialisation expiré",
  """Bonjour,

J'avais demandé vendredi un nouveau mot de passe pour le portail du collège
(RNE 0671459X) mais je n'ai ouvert le mail que ce lundi matin et le lien
indique qu'il n'est plus valide.

Pourriez-vous m'en envoyer un autre ? Je l'utiliserai tout de suite cette
fois, promis.

Cordialement,
Martine Scheidecker""", client="tb", day=25)

M("password_reset", True, "0441826W", "pays-de-la-loire", "esidoc", False, "fr",
  "New librarian appointed for the rentrée: the predecessor retired and nobody knows the password nor the address on file.",
  ("Romain Guillou", "romain.guillou@ac-nantes.fr"),
  "Nouveau documentaliste - accès administration",
  """Bonjour,

Je viens d'être nommé professeur documentaliste au collège Jules Verne de
Nantes (UAI 0441826W) à compter du 1er septembre. Ma prédécesseure est partie
à la retraite en juillet et personne au collège ne connaît le mot de passe de
l'interface d'administration e-sidoc. Je ne sais pas non plus quelle adresse
mail est associée au compte.

Que dois-je faire pour récupérer l'accès ?

Bien cordialement,

Romain Guillou
Professeur documentaliste
Collège Jules Verne - Nantes""", client="roundcube")

M("password_reset", True, "0351297V", "bretagne", "esidoc", True, "fr",
  "The secretariat writes from the official ce.<UAI> mailbox and asks for the link to be sent there; the writer is not the head.",
  ("Secrétariat Collège Anne de Bretagne", "ce.0351297V@ac-rennes.fr"),
  "Demande de réinitialisation - portail documentaire",
  """Bonjour,

La documentaliste du collège reprend lundi et ne parvient plus à accéder à
l'administration du portail e-sidoc (mot de passe oublié).

Pouvez-vous envoyer le lien de réinitialisation sur la boîte fonctionnelle
de l'établissement (celle-ci) ? Nous le lui transmettrons.

Cordialement,

Le secrétariat
Collège Anne de Bretagne - Rennes""", client="zimbra", fmt="qp")

M("password_reset", False, "0311742A", "occitanie", "esidoc", True, "fr",
  "Reply to the automatic answer: the link went to the official mailbox, which nobody can open while the office is closed until 29 August. The standard path failed; a person must take over.",
  ("Élodie Carrère", "elodie.carrere@ac-toulouse.fr"),
  "RE: Mot de passe e-sidoc",
  """Bonjour,

Merci pour la réponse rapide, mais justement : le lien est parti sur la
boîte ce.0311742A et le secrétariat est fermé jusqu'au 29 août, personne ne
peut la consulter. Je n'y ai pas accès moi-même.

Il n'y a vraiment pas d'autre solution ? J'ai besoin d'ouvrir le portail
cette semaine pour les inscriptions des 6e.

Élodie Carrère
CDI - Collège Pierre de Fermat

Le 25/08/2025 à 10:02, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> l'établissement (ce.03*****@ac-toulouse.fr). Il est valable 12 heures.
>
> Cordialement,
> L'assistance""", client="tb", reply="SUP-007714", day=26)

M("password_reset", False, "0341586P", "occitanie", "esidoc", True, "fr",
  "Two topics: new password (first) and a quote for the 2025-2026 renewal; one template answers only half.",
  ("Pascale Rouquette", "pascale.rouquette@ac-montpellier.fr"),
  "Mot de passe + devis renouvellement",
  """Bonjour,

Deux choses en cette fin août :

1) je n'ai plus le mot de passe du back-office e-sidoc du lycée Jean Mermoz
   (0341586P), pouvez-vous me le réinitialiser ?

2) notre gestionnaire me demande un devis pour le renouvellement de
   l'abonnement 2025-2026, à établir au nom du lycée, pour préparer le bon
   d'engagement.

Merci !
Pascale Rouquette, documentaliste""", client="zimbra")

M("password_reset", False, "0211634M", "bourgogne-franche-comte", "esidoc", True, "fr",
  "Asks for the new password to be sent to a personal Gmail address that is not on file: never automatic.",
  ("Jeanne Morizot", "jeanne.morizot21@gmail.com"),
  "mot de passe portail CDI",
  """Bonjour,

Je suis documentaliste au collège Gaston Bachelard à Dijon (0211634M). Je
prépare la rentrée depuis chez moi et je n'arrive plus à me connecter à
e-sidoc.

Comme je n'ai pas encore récupéré l'accès à ma messagerie académique (nouveau
mot de passe ENT à faire au collège), pourriez-vous m'envoyer le nouveau mot
de passe directement sur cette adresse gmail ?

Merci de votre compréhension,
Jeanne Morizot""", client="gmail", fmt="alt")

M("password_reset", True, "0251478W", "bourgogne-franche-comte", "esidoc", False, "fr",
  "Password expired over the summer and the old one is forgotten; HTML-only Outlook.",
  ("Olivier Vuillemin", "olivier.vuillemin@ac-besancon.fr"),
  "Mot de passe expiré",
  """Bonjour,

En me connectant au portail documentaire du lycée Louis Pergaud (0251478W),
on me dit que mon mot de passe a expiré et qu'il faut le changer. Sauf que
pour le changer il faut l'ancien, que j'ai oublié pendant les vacances.

Comment faire ?

Cordialement,

Olivier Vuillemin
Professeur documentaliste
Lycée Louis Pergaud - Besançon
03 81 xx xx xx""", client="outlook", fmt="outlook")

M("password_reset", True, None, "centre-val-de-loire", "esidoc", False, "fr",
  "Does not know the login nor the password of the portal; no UAI given, region from ac-orleans-tours.fr.",
  ("Agnès Poirier", "agnes.poirier@ac-orleans-tours.fr"),
  "Identifiant e-sidoc ?",
  """Bonjour,

Je prends mon poste de documentaliste dans un nouveau collège à la rentrée.
On me dit d'aller sur l'administration e-sidoc mais je ne connais ni
l'identifiant ni le mot de passe, et personne ici ne sait.

C'est quoi l'identifiant exactement ? Et comment obtenir un mot de passe ?

Merci
Agnès Poirier""", client="roundcube")

M("password_reset", True, "0141259T", "normandie", "esidoc", False, "fr",
  "Short message from a phone (base64 body); lost password after the holidays.",
  ("Claire Lemonnier", "claire.lemonnier@ac-normandie.fr"),
  "Connexion e-sidoc",
  """Bonjour, je n'arrive plus à me connecter à e-sidoc depuis les vacances, mot de passe oublié. Code établissement 0141259T. Merci de m'envoyer un lien.
Claire Lemonnier

Envoyé de mon iPhone""", client="iphone", fmt="b64")

M("password_reset", True, None, "normandie", "esidoc", True, "fr",
  "UAI typed 0761384T: the digits give the check letter S, so it is not a valid UAI (typo); region from ac-normandie.fr. Otherwise a plain lost password.",
  ("Vincent Lecanu", "vincent.lecanu@ac-normandie.fr"),
  "Oubli mot de passe portail CDI - 0761384T",
  """Bonjour,

Je n'ai plus le mot de passe de l'administration du portail CDI du collège
Claude Monet (Le Havre), identifiant 0761384T.

Merci de m'indiquer la démarche, je n'ai pas accès à l'ancienne adresse de
ma collègue qui gérait le compte.

Vincent Lecanu""", client="tb", fmt="qp")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Espace Acheteur: the mailbox is shared by the gestionnaires and nobody remembers the login; non-academic sender, no UAI.",
  ("Service Finances - Mairie de Plaisance", "finances@mairie-plaisance-du-touch.fr"),
  "Identifiant oublié espace acheteur",
  """Bonjour,

Nous utilisons une adresse commune au service pour l'Espace Acheteur
(finances@...) et, après les congés et le départ d'une collègue, plus
personne ne se souvient ni de l'identifiant ni du mot de passe.

Nous devons commander le mobilier des écoles avant la rentrée. Pouvez-vous
nous aider à récupérer l'accès ?

Service finances
Mairie de Plaisance-du-Touch""", client="outlook", fmt="alt")

M("password_reset", True, "9710642W", "guadeloupe", "esidoc", False, "fr",
  "Guadeloupe, long message; clear lost password before the rentrée. Local time zone.",
  ("Marie-Line Bélair", "marie-line.belair@ac-guadeloupe.fr"),
  "Impossible d'accéder à l'administration du portail",
  """Bonjour,

Je me permets de vous écrire car je suis vraiment bloquée. Je suis
professeure documentaliste au collège de Baie-Mahault (UAI 9710642W). Nous
reprenons très bientôt et j'ai voulu me connecter à l'administration du
portail pour préparer les comptes des nouveaux élèves.

Le mot de passe que j'ai noté dans mon carnet ne fonctionne pas. J'ai
essayé « mot de passe oublié » avec mon adresse académique puis avec celle
du collège, rien n'arrive, et je ne sais pas laquelle est enregistrée.

Je ne voudrais pas commencer l'année sans portail. Pouvez-vous m'aider ?

Merci infiniment,
Marie-Line Bélair""", client="zimbra", fmt="qp")

M("password_reset", True, "7200518A", "corse", "esidoc", False, "fr",
  "Haute-Corse UAI (prefix 720); short request.",
  ("Paul-Antoine Santoni", "paul-antoine.santoni@ac-corse.fr"),
  "Nouveau mot de passe",
  """Bonjour,
Pourriez-vous réinitialiser le mot de passe e-sidoc du collège de Corte,
identifiant 7200518A ? Je l'ai perdu cet été.
Merci,
PA Santoni""", client="tb")

M("password_reset", True, "0861427J", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Gestionnaire of an agricultural lycée: the Espace Acheteur password expired during the summer; UAI in the signature.",
  ("Hélène Brunet", "helene.brunet@educagri.fr"),
  "Mot de passe expiré - Espace Acheteur",
  """Bonjour,

Mon mot de passe de l'Espace Acheteur a expiré pendant l'été et le site me
demande l'ancien, que je n'ai plus. Pouvez-vous me renvoyer un lien de
réinitialisation ?

Merci par avance.

--
Hélène Brunet
Gestionnaire - EPLEFPA de la Vienne
UAI 0861427J""", client="outlook", fmt="alt")

M("password_reset", False, "0870915X", "nouvelle-aquitaine", "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administration password (explicitly not the daily maintenance password): no reset template for this product.",
  ("Sébastien Dumas", "s.dumas@ensemble-scolaire-limoges.fr"),
  "Mot de passe administrateur EcoleDirecte",
  """Bonjour,

Je suis responsable informatique de l'ensemble scolaire (0870915X). Je ne
retrouve plus le mot de passe du compte administrateur EcoleDirecte, celui
qui sert à paramétrer les comptes des enseignants pour la rentrée.

Je précise : je ne parle pas du mot de passe de maintenance du jour, que je
sais obtenir, mais bien du compte admin.

Merci de votre aide,
Sébastien Dumas""", client="tb")

M("password_reset", True, None, None, "ticket_portal", False, "fr",
  "Forgotten password on the ticket portal; no UAI, non-academic sender.",
  ("Damien Roux", "d.roux@cd-ardeche-informatique.fr"),
  "mot de passe portail tickets",
  """Bonjour,

J'ai oublié mon mot de passe pour le portail de suivi des tickets (je m'en
sers rarement, la dernière fois c'était en juin). Le lien « mot de passe
oublié » de la page de connexion ne semble rien faire.

Pouvez-vous me réinitialiser l'accès ?

Damien Roux
Service informatique des collèges""", client="plain")

M("password_reset", False, "0541736U", "grand-est", "esidoc", True, "fr",
  "Reply quoting her earlier request: two new links both said 'lien invalide'. The standard reset already failed twice; a person must look.",
  ("Aurélie Thiriet", "aurelie.thiriet@ac-nancy-metz.fr"),
  "Re: Réinitialisation mot de passe",
  """Bonjour,

Toujours pas réglé : j'ai reçu deux nouveaux liens (hier et ce matin) et les
deux affichent « lien invalide » dès que je clique, alors que je les ouvre
dans la minute. Navigateur Firefox, j'ai aussi essayé avec Edge.

Il y a peut-être un problème sur notre compte ?

Aurélie Thiriet
Collège Jacques Callot - 0541736U

----- Mail original -----
De: "Aurélie Thiriet" <aurelie.thiriet@ac-nancy-metz.fr>
À: support@assistance.example.fr
Envoyé: Lundi 25 Août 2025 09:41:12
Objet: Réinitialisation mot de passe

Bonjour, je n'ai plus le mot de passe du portail e-sidoc du collège,
pouvez-vous m'envoyer un lien ? Merci. A. Thiriet""", client="zimbra", fmt="qp", reply="SUP-007702", day=27)

M("password_reset", False, "0571294X", "grand-est", "esidoc", True, "fr",
  "Librarian shared between two collèges (0571294X and 0881356W, both Grand Est) needs both passwords: two accounts, a person should handle it. Label uses the first code.",
  ("Benoît Kieffer", "benoit.kieffer@ac-nancy-metz.fr"),
  "Deux portails, deux mots de passe perdus",
  """Bonjour,

Cette année je suis partagé entre deux établissements : le collège de
Sarreguemines (0571294X) et le collège de Remiremont (0881356W). Je n'ai le
mot de passe d'administration d'aucun des deux portails e-sidoc (mes
collègues précédents sont partis).

Est-ce possible de réinitialiser les deux ? Quelle adresse faut-il utiliser
pour chacun ?

Merci,
Benoît Kieffer""", client="zimbra")

M("password_reset", True, "9741536B", "la-reunion", "esidoc", False, "fr",
  "La Réunion; the rentrée there is mid-August, the librarian lost the password. ISO-8859-1 body.",
  ("Josiane Payet", "josiane.payet@ac-reunion.fr"),
  "Mot de passe oublié e-sidoc",
  """Bonjour,

La rentrée a déjà eu lieu chez nous et les élèves veulent emprunter, mais je
n'arrive plus à entrer dans l'administration d'e-sidoc : mot de passe
oublié. Notre UAI : 9741536B (collège de Saint-Pierre).

Merci de me renvoyer un lien.

Josiane Payet""", client="tb", fmt="latin1")

M("password_reset", True, "9760283D", "mayotte", "esidoc", False, "fr",
  "Mayotte; the secretariat writes from the official address and gives the UAI in the body.",
  ("Collège de Mamoudzou", "ce.9760283D@ac-mayotte.fr"),
  "Réinitialisation accès portail CDI",
  """Bonjour,

Le collège (9760283D) n'a plus accès à l'administration de son portail
documentaire : mot de passe perdu lors du changement de documentaliste.

Merci d'adresser le lien de réinitialisation à cette adresse officielle.

Le secrétariat de direction""", client="zimbra", fmt="qp")


# ==========================================================================
# missing_noreply_mail
# ==========================================================================
M("missing_noreply_mail", True, "0921548H", "ile-de-france", "espace_acheteur", False, "fr",
  "New gestionnaire of the rentrée: the activation mail of the new Espace Acheteur account never arrived; no anti-spam product named.",
  ("Farid Mansouri", "farid.mansouri@ac-versailles.fr"),
  "Pas reçu le mail d'activation",
  """Bonjour,

Nouvel adjoint gestionnaire au collège Paul Éluard de Nanterre (0921548H)
depuis le 25 août, j'ai créé mon compte sur l'Espace Acheteur hier après-midi.
Le message indique qu'un mail d'activation m'a été envoyé, mais je n'ai
toujours rien reçu ce matin.

Pouvez-vous me le renvoyer ou activer le compte ?

Cordialement,
Farid Mansouri""", client="outlook", fmt="outlook", day=26)

M("missing_noreply_mail", True, "0931672M", "ile-de-france", "esidoc", True, "fr",
  "Reads like a password problem, but the reset tool works; it is the new-password mail that never arrives: missing_noreply_mail.",
  ("Laetitia Ferreira", "laetitia.ferreira@ac-creteil.fr"),
  "Mot de passe e-sidoc : le mail n'arrive jamais",
  """Bonjour,

J'ai fait « mot de passe oublié » sur e-sidoc à trois reprises depuis lundi
(collège Jean Jaurès, Montreuil, 0931672M). L'écran confirme à chaque fois
qu'un mail a été envoyé, mais rien n'arrive, ni dans la boîte de réception
ni dans les indésirables.

Est-ce que ça vient de chez vous ?

Laetitia Ferreira""", client="zimbra", fmt="qp")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English; the confirmation e-mail from the no-reply address never came after sign-up.",
  ("Grace Okafor", "g.okafor@bilingual-school-lyon.org"),
  "No confirmation email received",
  """Hi,

I registered on the buyer space on Monday to order furniture for our new
classroom, but I never received the confirmation email. I checked spam and
"other" folders. Could you resend it or let me know which address it comes
from so our IT can whitelist it?

Thanks,
Grace Okafor
Office Manager""", client="gmail", fmt="alt", auth_domain="bilingual-school-lyon.org")

M("missing_noreply_mail", True, "0781264A", "ile-de-france", "espace_acheteur", False, "fr",
  "Structure administrator never receives the 'account to validate' notifications although new colleagues signed up.",
  ("Isabelle Marchal", "isabelle.marchal@ac-versailles.fr"),
  "Notifications de comptes à valider",
  """Bonjour,

Je suis administratrice de la structure pour le lycée Jules Ferry de
Versailles (0781264A). Deux nouveaux collègues de l'intendance me disent
s'être inscrits sur l'Espace Acheteur la semaine dernière, mais je n'ai reçu
aucune notification de compte à valider.

Je n'ai rien dans les indésirables. Pourriez-vous vérifier l'envoi ?

Merci,
Isabelle Marchal
Secrétaire générale""", client="outlook", fmt="alt")

M("missing_noreply_mail", True, "0631472H", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  ("Jérôme Fayolle", "jerome.fayolle@ac-clermont.fr"),
  "Aucun mail de votre plateforme",
  """Bonjour,

Depuis la réouverture du lycée (0631472H) le 25, aucun mail automatique de
l'Espace Acheteur n'arrive : ni la confirmation d'inscription de notre
nouvelle gestionnaire, ni les alertes.

Avant que vous me posiez la question : nous n'avons pas MailInBlack, nous
sommes sur la messagerie académique standard.

Cordialement,
Jérôme Fayolle
Référent numérique""", client="tb")

M("missing_noreply_mail", False, None, "hauts-de-france", "espace_acheteur", True, "fr",
  "Reply after the junk-folder answer: still nothing after 48 h, already allowed the sender; the template was already sent, a person must follow up.",
  ("Stéphanie Lefebvre", "stephanie.lefebvre@ac-amiens.fr"),
  "RE: Mail de confirmation non reçu",
  """Bonjour,

J'ai suivi vos consignes (indésirables, ajout de l'expéditeur aux contacts
de confiance) mais 48 heures plus tard je n'ai toujours rien reçu. Pouvez-vous
transmettre à quelqu'un qui peut regarder ? Il faut que je passe la commande
de manuels avant vendredi.

S. Lefebvre

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 25 août 2025 11:14
À : Stéphanie Lefebvre <stephanie.lefebvre@ac-amiens.fr>
Objet : [#SUP-007706] Mail de confirmation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
d'envoi à vos expéditeurs autorisés. Sans nouvelles de votre part sous
48 heures, nous reviendrons vers vous.""", client="outlook", fmt="alt", reply="SUP-007706", day=27)

M("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
  "The ticket portal's account confirmation mail (to set a password) never came.",
  ("Hugo Barbier", "hugo.barbier@numerique-region.example.org"),
  "Compte portail de tickets : pas de mail",
  """Bonjour,

On m'a créé un compte sur le portail de tickets pour la rentrée, mais je
n'ai jamais reçu le mail qui permet de choisir le mot de passe.

Merci de regarder,
Hugo Barbier""", client="plain")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Very short mobile message: no confirmation mail since Saturday.",
  ("N. Garcia", "nathalie.garcia66@orange.fr"),
  "mail confirmation",
  """Toujours pas reçu le mail de confirmation de l'espace acheteur depuis samedi. Je fais comment ?

Envoyé depuis mon mobile Orange""", client="android", fmt="b64")

M("missing_noreply_mail", True, "0941385V", "ile-de-france", "espace_acheteur", False, "fr",
  "HTML-only Outlook; suspects the new firewall installed over the summer, no anti-spam product named.",
  ("Catherine Nguyen", "catherine.nguyen@ac-creteil.fr"),
  "Plus aucun mail automatique depuis le changement de pare-feu",
  """Bonjour,

Pendant l'été, le Département a changé le pare-feu et le filtrage de
messagerie du collège (0941385V). Depuis, nous ne recevons plus aucun
message automatique de votre plateforme : ni réinitialisation, ni
confirmation de commande.

Pouvez-vous nous donner l'adresse exacte d'envoi pour que le technicien
l'autorise ?

Bien à vous,
Catherine Nguyen
Gestionnaire""", client="outlook", fmt="outlook")

M("missing_noreply_mail", True, "9720813B", "martinique", "espace_acheteur", False, "fr",
  "Martinique; mails from the no-reply address never arrive. Local time zone.",
  ("Ronald Joseph-Angélique", "ronald.joseph-angelique@ac-martinique.fr"),
  "Mails de l'espace acheteur",
  """Bonjour,

Je ne reçois aucun des mails de l'Espace Acheteur (confirmation, nouveau
mot de passe). Pourtant mon adresse est bonne. Lycée du Lamentin,
9720813B.

Merci d'avance,
R. Joseph-Angélique""", client="zimbra")

M("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
  "Names Proofpoint (the region's filter), not MailInBlack: the missing-mail procedure (allow the no-reply sender) applies.",
  ("Yann Le Goff", "y.legoff@lycee-prive-sainte-anne.bzh"),
  "Mails bloqués par Proofpoint ?",
  """Bonjour,

Depuis le passage de notre messagerie sous Proofpoint cet été, nous ne
recevons plus les mails d'activation de l'Espace Acheteur. Quelle adresse
(ou quel domaine) faut-il mettre en liste blanche ?

Yann Le Goff
Administrateur réseau""", client="tb")

M("missing_noreply_mail", True, "0381694K", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Customer-account activation mail (needed for the first online order of the year) never came.",
  ("Anne-Sophie Rey", "anne-sophie.rey@ac-grenoble.fr"),
  "Mail d'activation du compte client",
  """Bonjour,

Je voulais passer notre commande de rentrée en ligne et j'ai créé le compte
client du collège (0381694K) mardi. On m'annonce un mail d'activation sous
12 heures : rien reçu, même dans les spams.

Merci de votre aide,
Anne-Sophie Rey""", client="roundcube", fmt="qp")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Old Thunderbird, ISO-8859-1: the offer alerts (notifications) stopped arriving over the summer.",
  ("Gérard Mathieu", "gerard.mathieu@cc-vallee-loir.fr"),
  "Alertes sur les offres",
  """Bonjour,

Je suis abonné aux alertes sur les nouvelles offres (fournitures scolaires)
mais je n'ai plus rien reçu depuis début juillet. Vu la période, je doute
qu'il n'y ait eu aucune nouveauté. Un souci d'envoi ?

Cordialement,
Gérard Mathieu
Communauté de communes""", client="tb", fmt="latin1")

M("missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
  "Forward of a colleague's message: account validated by the administrator but the first-login link never arrived.",
  ("Mathilde Roussel", "mathilde.roussel@ac-paris.fr"),
  "Fwd: lien de première connexion",
  """Bonjour,

Je vous transfère le message de ma collègue, qui attend toujours.

Mathilde

---------- Forwarded message ---------
De : Juliette Bernard <juliette.bernard@ac-paris.fr>
Date: mar. 26 août 2025 à 16:20
Subject: lien de première connexion
To: Mathilde Roussel <mathilde.roussel@ac-paris.fr>

Coucou Mathilde,
Tu as bien validé mon compte Espace Acheteur (je vois le mail de
validation) mais le lien sécurisé pour la première connexion n'est jamais
arrivé. Tu peux voir avec le support ?
Bises, Juliette""", client="gmail", fmt="alt", auth_domain="ac-paris.fr", relay="smtp3.ac-paris.fr")

M("missing_noreply_mail", True, "0011583R", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "The school changed its mail domain over the summer; the notification mails no longer arrive at the new address.",
  ("Lucie Dalloz", "cdi@college-bourg-en-bresse.fr"),
  "Plus de mails du portail",
  """Bonjour,

Nous avons changé d'adresse électronique cet été (le CDI est maintenant
cdi@college-bourg-en-bresse.fr) et depuis, je ne reçois plus les mails
automatiques du portail (réservations, mot de passe). J'ai bien modifié
l'adresse dans mon profil.

Collège Saint-Exupéry, 0011583R.

Lucie Dalloz""", client="tb")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Private-school bursar on a free-mail address: the new-password mail never arrived.",
  ("Bernard Hoarau", "bernard.hoarau@laposte.net"),
  "pas de mail pour le mot de passe",
  """Bonjour,
J'ai cliqué sur mot de passe oublié sur l'espace acheteur ce matin et je ne reçois rien. J'ai regardé partout.
Merci
B. Hoarau, économe""", client="roundcube")


# ==========================================================================
# mailinblack_spam
# ==========================================================================
M("mailinblack_spam", True, "0591846L", "hauts-de-france", "espace_acheteur", False, "fr",
  "The activation mail is held by MailInBlack (quarantine) after the summer rollout.",
  ("Christophe Vandamme", "christophe.vandamme@ac-lille.fr"),
  "Mail d'activation bloqué par MailInBlack",
  """Bonjour,

La Région a installé MailInBlack sur les messageries des lycées pendant
l'été. Résultat : le mail d'activation de mon compte Espace Acheteur est
resté en quarantaine et je ne peux pas le libérer moi-même.

Lycée Baggio, Lille - 0591846L.

Que faut-il faire ?

Christophe Vandamme
Gestionnaire""", client="outlook", fmt="alt")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Product written 'mail in black', no accents, typos.",
  ("jp moreau", "jp.moreau@mairie-saint-gely.fr"),
  "vos mails bloqués",
  """bonjour
depuis la rentree des services mail in black bloque tout ce qui vient de chez vous, je doit cliquer a chaque fois pour autoriser et les mails de mot de passe ne passent pas
comment on fait
jp moreau mairie""", client="plain")

M("mailinblack_spam", True, "0621573Y", "hauts-de-france", "espace_acheteur", False, "fr",
  "IT manager asks which senders to put on the MailInBlack allow-list before the rentrée.",
  ("Thomas Caron", "t.caron@lycee-mariette-boulogne.fr"),
  "Liste blanche Mailinblack - adresses à autoriser",
  """Bonjour,

Nous déployons Mailinblack sur le lycée Mariette (0621573Y) avant la
rentrée. Pour éviter que les gestionnaires ne perdent vos mails
d'activation et de réinitialisation, pouvez-vous me communiquer les
adresses et domaines d'envoi à autoriser ?

Merci,
Thomas Caron
Responsable informatique""", client="tb")

M("mailinblack_spam", True, "0801426R", "hauts-de-france", "espace_acheteur", False, "en",
  "English; MailinBlack quarantine keeps holding the password mails.",
  ("Sarah Whitfield", "sarah.whitfield@ac-amiens.fr"),
  "Password emails stuck in Mailinblack",
  """Hello,

Our school (0801426R) now uses Mailinblack and every password email from
your buyer space ends up in quarantine. I release it, but by then the link
has often expired. Is there a way to have your addresses allowed for good?

Kind regards,
Sarah Whitfield
Bursar's office""", client="outlook", fmt="alt")

M("mailinblack_spam", False, "0601298K", "hauts-de-france", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (our mails get an 'are you human' request) but no product is named: likely MailInBlack, a person should confirm.",
  ("Delphine Carpentier", "delphine.carpentier@ac-amiens.fr"),
  "Vos messages n'arrivent pas",
  """Bonjour,

Notre service informatique m'explique que vos messages ne me parviennent
plus parce qu'un nouveau logiciel demande à l'expéditeur de prouver qu'il
n'est pas un robot avant de me livrer le mail. Je suppose que personne ne
clique de votre côté.

Lycée Jean Calvin, Noyon (0601298K).

Comment régler ça ?

Delphine Carpentier""", client="zimbra")

M("mailinblack_spam", False, "0021745L", "hauts-de-france", "espace_acheteur", True, "fr",
  "Two topics: activation mail held by MailInBlack (main) and an invoice question (order_billing).",
  ("Florence Dufour", "florence.dufour@ac-amiens.fr"),
  "MailInBlack + facture de juin",
  """Bonjour,

1. Le mail d'activation de la nouvelle gestionnaire est bloqué par
MailInBlack, je le vois dans la quarantaine mais le bouton « libérer » ne
marche pas.

2. Par ailleurs, la facture de juin (commande de papier) est arrivée avec
l'ancienne adresse de facturation. Pouvez-vous la refaire ?

Collège de Laon, 0021745L.

Merci,
Florence Dufour""", client="outlook", fmt="outlook")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook: the local authority activated Mailinblack in July, no mail from the platform gets through.",
  ("Service Éducation - Ville de Rezé", "education@mairie-reze.fr"),
  "Mailinblack bloque vos notifications",
  """Bonjour,

Notre collectivité a activé Mailinblack en juillet. Depuis, aucune
notification de l'Espace Acheteur n'arrive aux agents du service éducation.

Merci de nous indiquer la procédure.

Le service Éducation""", client="outlook", fmt="outlook")

M("mailinblack_spam", True, "0171384M", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "MAILINBLACK in capitals; asks whether to allow the domain or the exact address.",
  ("Patrick Guérin", "patrick.guerin@ac-poitiers.fr"),
  "MAILINBLACK",
  """Bonjour

MAILINBLACK installé au collège (0171384M) pendant les vacances. Faut-il
autoriser votre domaine entier ou seulement l'adresse no-reply ? Je préfère
faire les choses bien avant lundi.

P. Guérin, TICE""", client="roundcube")

M("mailinblack_spam", True, "9730297K", "guyane", "espace_acheteur", False, "fr",
  "Guyane; mails quarantined by 'Mailinblack Protect'. Local time zone.",
  ("Mickaël Lama", "mickael.lama@ac-guyane.fr"),
  "Quarantaine Mailinblack Protect",
  """Bonjour,

Les mails de votre plateforme arrivent dans la quarantaine « Mailinblack
Protect » du lycée de Kourou (9730297K). Pouvez-vous m'envoyer le guide pour
les autoriser ?

Merci,
Mickaël Lama""", client="zimbra")

M("mailinblack_spam", True, "0641527M", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Reply quoting the junk-folder answer: their IT says MailInBlack is the culprit; the MailInBlack guide is now the right answer.",
  ("Maite Etcheverry", "maite.etcheverry@ac-bordeaux.fr"),
  "Re: [#SUP-007689] Mails non reçus",
  """Bonjour,

Rien dans les indésirables. Notre informaticien vient de me dire que c'est
MailInBlack qui retient vos messages depuis la mise à jour d'août. Que
faut-il lui transmettre ?

Maite Etcheverry
Lycée René Cassin, Bayonne - 0641527M

Le lun. 25 août 2025 à 14:05, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Pensez à consulter votre dossier de courrier indésirable.
> L'assistance""", client="gmail", fmt="alt", reply="SUP-007689", auth_domain="ac-bordeaux.fr", relay="smtp2.ac-bordeaux.fr")

M("mailinblack_spam", True, None, None, None, False, "fr",
  "One line from a phone: blocked by Mailinblack, send the procedure. No platform named.",
  ("Corinne", "corinne.vidal@ville-agde.fr"),
  "Mailinblack",
  """Bloquée par Mailinblack, vous pouvez m'envoyer la procédure ? Merci

Envoyé de mon iPhone""", client="iphone", fmt="b64")

M("mailinblack_spam", True, "0401296S", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "A person forwards the daily MailInBlack quarantine digest listing our no-reply messages and asks how to release them for good.",
  ("Laurent Dubroca", "laurent.dubroca@ac-bordeaux.fr"),
  "TR: Rapport de quarantaine quotidien",
  """Bonjour,

Voici le rapport que je reçois tous les matins depuis la rentrée des
personnels. Vos messages y sont systématiquement. Comment les autoriser
une fois pour toutes ? Lycée Victor Duruy, Mont-de-Marsan (0401296S).

Laurent Dubroca

________________________________
De : Mailinblack <noreply@mailinblack.com>
Envoyé : mercredi 27 août 2025 07:00
Objet : Votre rapport quotidien - 3 messages en attente

Messages en attente de validation :
- no-reply@espace-acheteur.example.fr - Activation de votre compte
- no-reply@espace-acheteur.example.fr - Réinitialisation du mot de passe
- newsletter@actualites.espace-acheteur.example.fr - Rentrée 2025""", client="outlook", fmt="alt", day=27)


# ==========================================================================
# head_of_establishment_request
# ==========================================================================
M("head_of_establishment_request", False, "0291734C", "bretagne", "esidoc", True, "fr",
  "The principal writes from the ce.<UAI> address and asks both a password reset and a new contact address for the incoming librarian: a head request, not password_reset.",
  ("Principal - Collège Laënnec", "ce.0291734C@ac-rennes.fr"),
  "Demande de la principale - accès e-sidoc",
  """Madame, Monsieur,

En ma qualité de principale du collège Laënnec de Quimper (0291734C), je
vous demande de bien vouloir réinitialiser le mot de passe administrateur de
notre portail e-sidoc et d'enregistrer comme adresse de contact celle de
notre nouveau professeur documentaliste, M. Erwan Le Bihan
(erwan.le-bihan@ac-rennes.fr), qui prend ses fonctions le 1er septembre.

Je vous remercie par avance.

Anne Kerhervé
Principale""", client="zimbra", fmt="qp")

M("head_of_establishment_request", False, "0561348L", "bretagne", "espace_acheteur", False, "fr",
  "The proviseur designates a new structure administrator (the former gestionnaire moved over the summer) and asks to close the old access.",
  ("Jean-Marc Le Floch", "jean-marc.le-floch@ac-rennes.fr"),
  "Changement d'administrateur de structure",
  """Bonjour,

Proviseur du lycée Dupuy de Lôme à Lorient (0561348L), je vous informe que
Mme Gaëlle Tanguy, gestionnaire, a quitté l'établissement le 31 juillet. Je
désigne M. Pierre Jaouen, nouveau gestionnaire, comme administrateur de
notre structure sur l'Espace Acheteur, et vous demande de supprimer les
accès de Mme Tanguy.

Cordialement,

Jean-Marc Le Floch
Proviseur""", client="zimbra")

M("head_of_establishment_request", False, "0221467A", "bretagne", "esidoc", False, "fr",
  "A primary-school directrice asks to replace the contact address on the admin account by the school's own address.",
  ("Directrice école Jacques Prévert", "ce.0221467A@ac-rennes.fr"),
  "Changement d'adresse de contact",
  """Bonjour,

Je suis la directrice de l'école élémentaire Jacques Prévert de Lannion
(0221467A). L'adresse de contact de notre compte BCD est encore celle de
l'ancienne directrice, partie à la retraite. Je souhaite qu'elle soit
remplacée par l'adresse de l'école (celle d'où je vous écris).

Merci,
Sophie Le Guen
Directrice""", client="roundcube")

M("head_of_establishment_request", False, "0951326A", "ile-de-france", "espace_acheteur", False, "en",
  "English: the head of an international lycée names a new structure administrator and asks to close the former one's access.",
  ("Dr. Helen Marsh", "head@lycee-international-cergy.fr"),
  "Change of structure administrator - 0951326A",
  """Dear Support team,

As head of the Lycée International de Cergy (UAI 0951326A), I am writing to
confirm that Mr. David Ortiz, our new bursar from 1 September, will be the
administrator of our structure on the buyer space. Please remove the access
of his predecessor, Mrs. Ana Petit, who left in July.

Best regards,
Dr. Helen Marsh
Head of School""", client="outlook", fmt="alt")

M("head_of_establishment_request", False, "0491625A", "pays-de-la-loire", "esidoc", False, "fr",
  "The proviseur authorises the librarian to validate the subscription renewal and attaches the signed bon d'engagement.",
  ("Proviseur Lycée Joachim du Bellay", "ce.0491625A@ac-nantes.fr"),
  "Autorisation de commande - renouvellement 2025-2026",
  """Bonjour,

J'autorise Mme Claire Boisseau, professeure documentaliste, à valider la
commande de renouvellement des abonnements 2025-2026 pour le lycée Joachim
du Bellay d'Angers (0491625A). Vous trouverez ci-joint le bon d'engagement
signé.

Cordialement,

Marc Pellerin
Proviseur""", client="outlook", fmt="alt", attach=[("BE_2025-118_signe.pdf", "application/pdf")])

M("head_of_establishment_request", False, "0721384N", "pays-de-la-loire", "esidoc", True, "fr",
  "The librarian relays the head's signed letter (PDF) with the head in copy: it is the head's written request, relayed; staff must check letter and sender.",
  ("Morgane Rivière", "morgane.riviere@ac-nantes.fr"),
  "Courrier du principal - réinitialisation administrateur",
  """Bonjour,

Comme demandé par votre service, je vous fais suivre le courrier signé de
notre principal (en copie) demandant la réinitialisation du compte
administrateur e-sidoc du collège Berthelot, Le Mans (0721384N), et le
rattachement de mon adresse.

Bonne journée,
Morgane Rivière
Professeure documentaliste""", client="zimbra", cc=["Principal <ce.0721384N@ac-nantes.fr>"], attach=[("Courrier_principal_reinit.pdf", "application/pdf")])

M("head_of_establishment_request", False, None, None, "esidoc", True, "fr",
  "A village-school head gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify.",
  ("Valérie Chapuis", "valerie.chapuis.ecole@gmail.com"),
  "Accord de la directrice",
  """Bonjour,

Je suis directrice de l'école de Saint-Hilaire et je donne mon accord pour
que Mme Blanchard, qui s'occupe de la BCD, devienne la personne de contact
et reçoive le nouveau mot de passe. Je vous écris de ma boîte perso, je
n'ai pas encore récupéré mes accès académiques.

Cordialement
Valérie Chapuis""", client="gmail", fmt="alt", auth_domain="gmail.com")

M("head_of_establishment_request", False, "0851249W", "pays-de-la-loire", None, True, "fr",
  "Claims to be the proviseur from the ce.<UAI> address but SPF/DMARC fail and Reply-To is a free-mail address; asks to move both admin accounts there: probable spoof, still a head request for staff to refuse.",
  ("Proviseur", "ce.0851249W@ac-nantes.fr"),
  "URGENT rentrée - changement adresse administrateur",
  """Bonjour,

Je suis le proviseur du lycée (0851249W). Pour la rentrée merci de
remplacer l'adresse de tous nos comptes administrateurs par
direction.lycee85@outlook.fr et de m'envoyer les nouveaux mots de passe à
cette adresse. C'est urgent, je suis en déplacement.

Cordialement
Le proviseur""", client="plain", auth="fail", reply_to="direction.lycee85@outlook.fr",
  relay="mail-relay.vps-host-298.example.net")

M("head_of_establishment_request", False, "0061429W", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "The body gives 0061429B (wrong check letter); the ce.0061429W@ac-nice.fr sender address carries the valid UAI, which is the label.",
  ("Principal Collège Port-Lympia", "ce.0061429W@ac-nice.fr"),
  "Réinitialisation compte administrateur",
  """Madame, Monsieur,

Je soussigné, principal du collège Port-Lympia (UAI 0061429B), demande la
réinitialisation du mot de passe administrateur du portail documentaire et
l'envoi du lien sur l'adresse de l'établissement.

Frédéric Giordano
Principal""", client="zimbra", fmt="qp")

M("head_of_establishment_request", False, "0831562X", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "Reply (Zimbra quote) in which the proviseure gives the written request the desk had asked for.",
  ("Hélène Bastiani", "ce.0831562X@ac-nice.fr"),
  "Re: [#SUP-007671] Accès administration e-sidoc",
  """Bonjour,

Suite à votre message, je confirme en tant que proviseure du lycée
Bonaparte de Toulon (0831562X) ma demande de réinitialisation de l'accès
administrateur e-sidoc, au profit de M. Olivier Ricard, documentaliste.

Hélène Bastiani
Proviseure

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
Envoyé: Vendredi 22 Août 2025 16:12:40
Objet: [#SUP-007671] Accès administration e-sidoc

Bonjour,
Pour des raisons de sécurité, cette demande doit nous être adressée par
écrit par le chef d'établissement.
L'assistance""", client="zimbra", fmt="qp", reply="SUP-007671", day=25)

M("head_of_establishment_request", False, "0841275E", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "HTML-only Outlook letter: the principal asks for a reset so that the librarian who left in July loses access; link to the school's address.",
  ("Principal Collège Anselme Mathieu", "ce.0841275E@ac-aix-marseille.fr"),
  "Départ de la documentaliste - sécurisation de l'accès",
  """Madame, Monsieur,

La professeure documentaliste du collège Anselme Mathieu d'Avignon
(0841275E) a obtenu sa mutation et a quitté l'établissement en juillet.
Afin qu'elle ne conserve pas l'accès à l'administration du portail, je vous
demande de réinitialiser le mot de passe et d'envoyer le lien à l'adresse
de l'établissement.

Veuillez agréer mes salutations distinguées.

Le principal,
Karim Haddad""", client="outlook", fmt="outlook")

M("head_of_establishment_request", False, "0741528J", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Written delegation: the new head lists who may validate orders for the school year.",
  ("Proviseure Lycée Berthollet", "ce.0741528J@ac-grenoble.fr"),
  "Délégation de validation des commandes 2025-2026",
  """Bonjour,

Arrivée au lycée Berthollet d'Annecy (0741528J) à cette rentrée, je vous
informe que les personnes autorisées à valider les commandes de
l'établissement sur l'Espace Acheteur pour 2025-2026 sont :
- M. Lionel Favre, adjoint gestionnaire ;
- Mme Céline Dupraz, secrétaire d'intendance.

Toute autre validation devra recevoir mon accord écrit.

Isabelle Mercier
Proviseure""", client="zimbra")

M("head_of_establishment_request", False, "0421937C", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
  "A newly appointed principal asks to be named administrator himself in place of the predecessor; sent from his personal academic address, not the ce. one.",
  ("Nicolas Berthet", "nicolas.berthet@ac-lyon.fr"),
  "Nouveau principal - reprise des accès",
  """Bonjour,

Je suis le nouveau principal du collège Jules Vallès de Saint-Étienne
(0421937C) depuis le 25 août. Mon prédécesseur était administrateur de la
structure sur l'Espace Acheteur. Je vous demande de me désigner comme
administrateur à sa place (et de fermer son accès).

Cordialement,
Nicolas Berthet
Principal""", client="iphone", fmt="qp")

M("head_of_establishment_request", False, "0591846L", "hauts-de-france", "esidoc", True, "fr",
  "The proviseur confirms from his phone, quoting the librarian's request (Apple quote style), that the reset may be done.",
  ("Didier Wattez", "didier.wattez@ac-lille.fr"),
  "Re: demande de réinitialisation e-sidoc",
  """Je confirme, vous pouvez procéder.
D. Wattez, proviseur du lycée Baggio (0591846L)

Envoyé de mon iPhone

> Le 26 août 2025 à 09:12, Nora Amrani <nora.amrani@ac-lille.fr> a écrit :
>
> Bonjour,
> Je ne peux plus accéder à l'administration e-sidoc du lycée. Le support
> a besoin de l'accord écrit du proviseur pour réinitialiser. M. Wattez,
> pouvez-vous répondre à ce message en confirmant ?
> Merci, Nora""", client="iphone", fmt="qp", cc=["Nora Amrani <nora.amrani@ac-lille.fr>"], day=26)


# ==========================================================================
# account_creation
# ==========================================================================
M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "New gestionnaire asks how to create an account on the Espace Acheteur: the sign-up form answer fits.",
  ("Émilie Masson", "emilie.masson@cc-pays-de-mormal.fr"),
  "Création de compte",
  """Bonjour,

Je viens d'arriver au service scolaire de la communauté de communes et je
voudrais avoir un accès à l'Espace Acheteur pour les achats des écoles.
Comment dois-je procéder pour créer un compte ?

Merci,
Émilie Masson""", client="outlook", fmt="alt")

M("account_creation", True, "0301854C", "occitanie", "espace_acheteur", False, "fr",
  "Filled the sign-up form on Monday, cannot log in: account waiting for the structure administrator (FAQ case).",
  ("Sylvain Chabert", "sylvain.chabert@ac-montpellier.fr"),
  "Compte en attente",
  """Bonjour,

J'ai rempli le formulaire d'inscription lundi (collège Feuchères, Nîmes,
0301854C). Quand je veux me connecter on me dit que mon compte est en
attente de validation. C'est normal ? Combien de temps faut-il attendre ?

Sylvain Chabert
Adjoint gestionnaire""", client="zimbra", day=27)

M("account_creation", False, "0661428U", "occitanie", "espace_acheteur", False, "fr",
  "Asks who is the structure's administrator: needs a look-up, a person answers.",
  ("Montserrat Pujol", "montserrat.pujol@ac-montpellier.fr"),
  "Qui est l'administrateur de notre structure ?",
  """Bonjour,

Nouvelle gestionnaire au lycée Arago de Perpignan (0661428U), j'ai créé mon
compte mais il doit être validé par l'administrateur de la structure. Je ne
sais pas du tout qui c'est (l'ancien gestionnaire ?). Pouvez-vous me le
dire ?

Merci,
Montserrat Pujol""", client="tb", fmt="qp")

M("account_creation", False, None, None, "espace_acheteur", False, "en",
  "English: a school opening in September 2025 wants a buyer account; eligibility must be checked by a person.",
  ("Thomas Bennett", "t.bennett@ecole-montessori-annecy.fr"),
  "New school - buyer account",
  """Hello,

We are a new bilingual primary school opening in Annecy this September.
We would like to open an account on your buyer space to order classroom
equipment. We do not have all our registration numbers yet. Are we
eligible, and what documents do you need?

Best,
Thomas Bennett
Co-founder""", client="gmail", fmt="alt", auth_domain="ecole-montessori-annecy.fr")

M("account_creation", False, "0811537F", "occitanie", "esidoc", False, "fr",
  "The establishment's UAI is not in the list when opening the customer account: the FAQ sends these to the sales team.",
  ("Léa Cabrol", "lea.cabrol@ac-toulouse.fr"),
  "Notre établissement n'apparaît pas",
  """Bonjour,

Je veux ouvrir le compte client de la nouvelle cité scolaire d'Albi (UAI
0811537F, créée au 1er septembre par fusion de deux établissements) mais le
code n'apparaît pas dans la liste proposée.

Comment faire ?
Léa Cabrol""", client="zimbra")

M("account_creation", False, "0121364T", "occitanie", "espace_acheteur", False, "fr",
  "Account works; asks for order-management rights to be opened for the new school year.",
  ("Gilles Vernhes", "gilles.vernhes@ac-toulouse.fr"),
  "Droits de commande",
  """Bonjour,

Mon compte Espace Acheteur fonctionne, mais je ne vois pas le module de
gestion des commandes. J'en ai besoin pour les achats de rentrée du lycée
(0121364T). Pouvez-vous m'ouvrir ces droits ?

G. Vernhes""", client="roundcube")

M("account_creation", True, None, None, "espace_acheteur", False, "en",
  "English: how to sign up on the buyer space; the sign-up answer fits.",
  ("Laura Meyer", "laura.meyer@cc-alsace-bossue.fr"),
  "How do I register?",
  """Hi,

I've just joined the school services department of our local council. How
do I register on the buyer space? I couldn't find a sign-up link on the
home page.

Thank you,
Laura Meyer""", client="outlook", fmt="alt")

M("account_creation", True, "0091254P", "occitanie", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account; account_creation, not password_reset.",
  ("Marion Gardes", "marion.gardes@ac-toulouse.fr"),
  "Pas de compte",
  """Bonjour,

Je n'ai pas oublié mon mot de passe : je n'ai tout simplement jamais eu de
compte sur l'Espace Acheteur. Mon prédécesseur utilisait le sien. Je suis
gestionnaire au collège de Pamiers (0091254P) depuis lundi. Comment en
créer un ?

Marion Gardes""", client="zimbra", day=27)

M("account_creation", False, "0681427G", "grand-est", "espace_acheteur", False, "fr",
  "Account waiting for validation, and the only structure administrator left over the summer: the region must step in.",
  ("Céline Muller", "celine.muller@ac-strasbourg.fr"),
  "Compte en attente de validation depuis 2 semaines",
  """Bonjour,

Mon compte attend d'être validé par l'administrateur de la structure
depuis le 12 août. Problème : cet administrateur était l'ancien
gestionnaire, qui a été muté cet été. Personne d'autre ne peut valider.

Lycée Lambert, Mulhouse - 0681427G.

Merci de débloquer la situation,
Céline Muller""", client="outlook", fmt="outlook")

M("account_creation", False, "0101428Y", "grand-est", "esidoc", False, "fr",
  "Asks whether the second librarian, arriving at the rentrée, can have her own administrator account: a person answers.",
  ("Annie Collin", "annie.collin@ac-reims.fr"),
  "Deuxième compte administrateur ?",
  """Bonjour,

À la rentrée nous serons deux documentalistes au lycée Chrestien de Troyes
(0101428Y). Est-il possible d'avoir chacune notre compte administrateur sur
e-sidoc, plutôt que de partager le même mot de passe ?

Cordialement,
Annie Collin""", client="outlook", fmt="html")


# ==========================================================================
# subscription_activation
# ==========================================================================
M("subscription_activation", True, "0511693N", "grand-est", "esidoc", False, "fr",
  "Renewal for 2025-2026 ordered yesterday, resources not yet visible: within the 72-hour window.",
  ("Jacqueline Henry", "jacqueline.henry@ac-reims.fr"),
  "Abonnements 2025-2026 pas encore visibles",
  """Bonjour,

Nous avons validé hier le renouvellement de nos abonnements pour l'année
2025-2026 (lycée Clemenceau, Reims, 0511693N). Ce matin, les ressources
n'apparaissent pas encore sur le portail.

Faut-il attendre ou y a-t-il une action à faire de notre côté ?

Merci,
Jacqueline Henry""", client="zimbra")

M("subscription_activation", True, "0371492W", "centre-val-de-loire", "esidoc", False, "fr",
  "Cafeyn ordered two days ago, not visible yet.",
  ("Baptiste Renaud", "baptiste.renaud@ac-orleans-tours.fr"),
  "Cafeyn non disponible",
  """Bonjour,
Commande de l'abonnement Cafeyn passée avant-hier pour le collège (0371492W),
toujours rien sur le portail. Quand sera-t-il disponible ?
Merci
Baptiste Renaud""", client="roundcube")

M("subscription_activation", True, "0281365G", "centre-val-de-loire", "esidoc", False, "fr",
  "How to publish the Europresse resource on the portal for the new year (publication of a resource).",
  ("Hélène Guillot", "helene.guillot@ac-orleans-tours.fr"),
  "Publier Europresse sur le portail",
  """Bonjour,

L'abonnement Europresse est bien actif pour 2025-2026 (lycée Marceau,
Chartres, 0281365G) mais je ne trouve plus comment le publier sur la page
d'accueil du portail pour les élèves. L'an dernier c'était mon collègue qui
l'avait fait.

Pouvez-vous me rappeler la marche à suivre ?

Hélène Guillot""", client="tb", fmt="qp")

M("subscription_activation", True, "0181427D", "centre-val-de-loire", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the renewed subscription will be available: not a head-of-establishment request.",
  ("Principal Collège Jean Renoir", "ce.0181427D@ac-orleans-tours.fr"),
  "Disponibilité de notre abonnement",
  """Bonjour,

Principal du collège Jean Renoir de Bourges (0181427D), je me permets de
vous demander quand le portail documentaire sera de nouveau accessible aux
élèves : nous avons renouvelé l'abonnement lundi et la page indique
toujours « abonnement expiré ». La rentrée est lundi prochain.

Bien cordialement,
Thierry Moreau""", client="outlook", fmt="alt")

M("subscription_activation", False, "0711548X", "bourgogne-franche-comte", "esidoc", False, "fr",
  "Ordered on 3 July, still not active at the end of August: well past the 72-hour rule, a person must look at the order.",
  ("Aline Bouchard", "aline.bouchard@ac-dijon.fr"),
  "Commande de juillet toujours pas active",
  """Bonjour,

Nous avons commandé l'abonnement à la BNE le 3 juillet (collège de Mâcon,
0711548X), commande validée le jour même. Nous sommes fin août et la
ressource n'est toujours pas activée sur notre portail.

Pouvez-vous vérifier ce qui bloque ? Merci.

Aline Bouchard
Professeure documentaliste""", client="zimbra", fmt="qp")

M("subscription_activation", True, "0891273A", "bourgogne-franche-comte", "esidoc", True, "fr",
  "Negation: 'je n'ai pas de souci de mot de passe', login works; the renewed resource is not published for pupils.",
  ("Fabrice Perreau", "fabrice.perreau@ac-dijon.fr"),
  "Ressource invisible côté élèves",
  """Bonjour,

Je précise d'entrée : je n'ai pas de souci de mot de passe, je me connecte
sans problème à l'administration. Mais la ressource Universalis, renouvelée
mercredi, n'apparaît pas du tout côté élèves.

Lycée Jacques Amyot, Auxerre (0891273A).

Merci de votre aide,
Fabrice Perreau""", client="tb")

M("subscription_activation", True, "0391624D", "bourgogne-franche-comte", "esidoc", False, "fr",
  "Active subscription not visible to pupils through the ENT: publication step.",
  ("Manon Girod", "manon.girod@ac-besancon.fr"),
  "Accès via l'ENT",
  """Bonjour,

Les élèves qui passent par l'ENT ne voient pas la nouvelle ressource
abonnée cette semaine (collège de Lons-le-Saunier, 0391624D). Sur le portail
en direct, elle est bien là. Manque-t-il une étape de publication ?

Manon Girod""", client="zimbra")

M("subscription_activation", True, "0901247S", "bourgogne-franche-comte", "esidoc", False, "fr",
  "Short: please activate the subscription, order validated this morning.",
  ("Collège Léonard de Vinci", "ce.0901247S@ac-besancon.fr"),
  "Activation abonnement",
  """Bonjour, merci d'activer notre abonnement 2025-2026, la commande a été validée ce matin. Collège Léonard de Vinci, Belfort, 0901247S. Cordialement.""", client="roundcube")

M("subscription_activation", True, None, None, "esidoc", False, "en",
  "English: a new subscription bought this week is not visible yet; no UAI, non-academic sender.",
  ("Paul Grant", "p.grant@ecole-internationale-manosque.org"),
  "New subscription not showing",
  """Hi there,

We renewed and added the "Cafeyn" press subscription on Tuesday for the
new school year, but it doesn't show in our library portal yet. Is there a
delay, or do I need to do something?

Regards,
Paul Grant
Librarian""", client="gmail", fmt="alt", auth_domain="ecole-internationale-manosque.org")

M("subscription_activation", True, "0501368R", "normandie", "esidoc", False, "fr",
  "Renewed subscription still shown as expired in 'Mes abonnements', order from yesterday.",
  ("Yvonne Lepetit", "yvonne.lepetit@ac-normandie.fr"),
  "Abonnement toujours expiré",
  """Bonjour,

Dans « Mes abonnements », notre abonnement apparaît encore comme expiré
alors que j'ai passé la commande de renouvellement hier après-midi (collège
de Granville, 0501368R).

Bonne journée,
Yvonne Lepetit""", client="tb")

M("subscription_activation", True, "9741536B", "la-reunion", "esidoc", False, "fr",
  "La Réunion: the new school year has started there; the renewed subscription ordered the day before is not visible.",
  ("Josiane Payet", "josiane.payet@ac-reunion.fr"),
  "Abonnement renouvelé mais pas visible",
  """Re-bonjour,

Le mot de passe est réglé, merci. Autre question : notre abonnement a été
renouvelé hier par la gestionnaire (collège de Saint-Pierre, 9741536B) et
les élèves ne voient pas encore la ressource. Faut-il patienter ?

Josiane Payet""", client="tb", fmt="latin1")

M("subscription_activation", False, "0271459P", "normandie", "esidoc", True, "fr",
  "Two topics: subscription not visible (main) and the invoice address to change (order_billing).",
  ("Romane Lefort", "romane.lefort@ac-normandie.fr"),
  "Abonnement + adresse de facturation",
  """Bonjour,

Deux questions pour la rentrée :
- notre abonnement renouvelé mardi n'apparaît pas encore sur le portail
  (lycée Modeste Leroy, Évreux, 0271459P) ;
- la facture devra être adressée au nouveau service financier de la cité
  scolaire et non plus au lycée. Pouvez-vous modifier l'adresse de
  facturation ?

Merci,
Romane Lefort""", client="zimbra")


# ==========================================================================
# order_billing
# ==========================================================================
M("order_billing", False, "0593127D", "hauts-de-france", "esidoc", False, "fr",
  "Asks for a formal quote for the 2025-2026 renewal, needed for the bon d'engagement.",
  ("Patricia Lemaire", "patricia.lemaire@ac-lille.fr"),
  "Devis renouvellement 2025-2026",
  """Bonjour,

Pourriez-vous m'adresser un devis pour le renouvellement de l'abonnement
e-sidoc du collège Albert Camus de Tourcoing (0593127D) pour l'année
2025-2026 ? Notre gestionnaire en a besoin pour établir le bon
d'engagement avant la rentrée.

Merci d'avance,
Patricia Lemaire""", client="zimbra")

M("order_billing", False, "0130985A", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "The bon d'engagement upload fails at order validation ('fichier trop volumineux'); scan attached.",
  ("Jean-Luc Orsini", "jean-luc.orsini@ac-aix-marseille.fr"),
  "Impossible de joindre le bon d'engagement",
  """Bonjour,

Au moment de valider la commande de rentrée du lycée (0130985A), le dépôt
du bon d'engagement échoue avec le message « fichier trop volumineux ». Je
vous le joins ici, pouvez-vous l'ajouter à la commande ?

J.-L. Orsini
Gestionnaire""", client="outlook", fmt="alt", attach=[("bon_engagement_rentree.pdf", "application/pdf")])

M("order_billing", False, "0332718A", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Order validated in July, invoice still not on Chorus Pro at the end of August.",
  ("Christine Labat", "christine.labat@ac-bordeaux.fr"),
  "Facture absente de Chorus",
  """Bonjour,

Notre commande a été validée le 8 juillet (collège de Mérignac, 0332718A)
mais aucune facture n'a été déposée sur Chorus Pro. Je dois clôturer
l'engagement avant la rentrée. Pouvez-vous vérifier ?

Christine Labat, gestionnaire""", client="outlook", fmt="outlook")

M("order_billing", False, "0383251C", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "The saved basket from June has disappeared (baskets are kept 15 days).",
  ("Richard Bonnet", "richard.bonnet@ac-grenoble.fr"),
  "Panier disparu",
  """Bonjour,

J'avais préparé en juin un panier complet pour la rentrée (une
quarantaine de titres) et je ne le retrouve plus ce matin. Est-il possible
de le récupérer ? Collège de Voiron, 0383251C.

Merci,
Richard Bonnet""", client="tb")

M("order_billing", False, None, None, "esidoc", False, "fr",
  "Private school asks whether it may pay by bank transfer and for the bank details; ISO-8859-1 body.",
  ("Comptabilité Institution Sainte-Marie", "compta@institution-sainte-marie-riom.fr"),
  "Paiement par virement",
  """Bonjour,

Pour le renouvellement de notre abonnement, pouvons-nous régler par
virement ? Dans ce cas, merci de nous transmettre un RIB.

Le service comptabilité
Institution Sainte-Marie""", client="tb", fmt="latin1")

M("order_billing", False, "0690412Y", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "HTML-only Outlook: invoice amount for the rentrée supplies differs from the quote.",
  ("Sophie Gallet", "sophie.gallet@ac-lyon.fr"),
  "Écart entre devis et facture",
  """Bonjour,

La facture reçue pour les fournitures de rentrée s'élève à 2 384,60 € TTC
alors que le devis accepté en juin était de 2 118,00 € TTC. Aucun article
n'a été ajouté. Pouvez-vous m'expliquer l'écart ou émettre une facture
rectificative ?

Lycée Ampère, Lyon (0690412Y)

Sophie Gallet
Adjointe gestionnaire""", client="outlook", fmt="outlook")

M("order_billing", False, "0950783K", "ile-de-france", "esidoc", True, "fr",
  "Forward (Thunderbird French style) of a payment reminder for an invoice paid in July by mandat administratif; the forwarded text mentions the password-style 'espace client' but it is billing.",
  ("Jacques Ferrand", "jacques.ferrand@ac-versailles.fr"),
  "Fwd: Relance facture F-2025-06-3381",
  """Bonjour,

Nous recevons cette relance alors que la facture a été réglée par mandat
administratif le 15 juillet (n° de mandat 1843). Merci de régulariser.

J. Ferrand, agent comptable - lycée d'Argenteuil (0950783K)

-------- Message transféré --------
Sujet : Relance facture F-2025-06-3381
Date : Mon, 25 Aug 2025 06:00:02 +0200
De : comptabilite@assistance.example.fr

Madame, Monsieur,
Sauf erreur de notre part, la facture F-2025-06-3381 reste impayée.
Vous pouvez la consulter dans votre espace client.""", client="tb", fmt="qp")

M("order_billing", False, "0753964B", "ile-de-france", "esidoc", False, "fr",
  "Invoice received twice for the same renewal; asks to cancel the duplicate.",
  ("Amélie Chevalier", "amelie.chevalier@ac-paris.fr"),
  "Facture en double",
  """Bonjour,

Nous avons reçu deux factures pour le même renouvellement (F-2025-08-1102
et F-2025-08-1131, même montant). Pouvez-vous annuler la seconde ?

Collège Georges Brassens, Paris 19e - 0753964B

Amélie Chevalier""", client="roundcube", fmt="qp")

M("order_billing", False, "0241683Z", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "New SIRET after the merger into a cité scolaire: invoices must carry the new entity; billing, not account_creation.",
  ("Gisèle Faure", "gisele.faure@ac-bordeaux.fr"),
  "Changement de SIRET au 1er septembre",
  """Bonjour,

Au 1er septembre, notre lycée fusionne avec le collège voisin pour devenir
la cité scolaire de Bergerac (UAI conservé : 0241683Z) mais avec un
nouveau SIRET. Les factures des commandes de rentrée devront être émises
au nom de la cité scolaire. Comment procéder pour les commandes déjà
passées ?

Gisèle Faure
Agent comptable""", client="zimbra")


# ==========================================================================
# transfer_incident
# ==========================================================================
M("transfer_incident", False, "0191427Y", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
  "New server installed over the summer: the licence must be regenerated, transfers stopped.",
  ("Alain Chastagnol", "a.chastagnol@ecole-saint-martial-brive.fr"),
  "Licence à régénérer après changement de serveur",
  """Bonjour,

Notre prestataire a remplacé le serveur de l'établissement pendant l'été.
Depuis, Charlemagne indique que la licence n'est pas valide pour ce poste
et les transferts vers EcoleDirecte sont arrêtés.

Pouvez-vous régénérer la licence ? Établissement 0191427Y.

Alain Chastagnol
Responsable informatique""", client="outlook", fmt="alt")

M("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour' to rebuild the base before the rentrée: transfer_incident, not password_reset.",
  ("Secrétariat Saint-Joseph", "secretariat@saintjoseph-montlucon.fr"),
  "Mot de passe de maintenance",
  """Bonjour,

Pour lancer la réindexation de la base avant la rentrée, l'outil me
demande le mot de passe de maintenance du jour. Pouvez-vous me le
communiquer ?

Merci,
Le secrétariat""", client="outlook", fmt="outlook")

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Transfers to EcoleDirecte have not run since July; parents cannot see the new timetables.",
  ("Marc Olivier", "direction@college-prive-la-salle-alencon.fr"),
  "Transferts bloqués depuis juillet",
  """Bonjour,

Le dernier transfert vers EcoleDirecte date du 7 juillet. Depuis la
reprise, rien ne part : les familles ne voient ni les classes ni les
emplois du temps de rentrée. L'icône de transfert reste rouge.

Merci de votre intervention rapide, la rentrée est lundi.

Marc Olivier
Directeur""", client="tb")

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "After the summer antivirus update, Charlemagne Outils is quarantined and the transfers no longer run.",
  ("Informatique OGEC", "informatique@ogec-notre-dame-vannes.fr"),
  "Antivirus et Outils",
  """Bonjour,

La mise à jour de l'antivirus faite en août a mis en quarantaine
l'exécutable des outils de transfert. Je l'ai restauré mais les
transferts échouent toujours. Faut-il réinstaller quelque chose ?

Service informatique OGEC""", client="roundcube")

M("transfer_incident", False, "0451823M", "centre-val-de-loire", "ecoledirecte", False, "fr",
  "New proxy set up by the region over the summer: the transfer connection test fails.",
  ("Frédéric Aubry", "frederic.aubry@ensemble-scolaire-orleans.fr"),
  "Test de connexion en échec (proxy)",
  """Bonjour,

La Région a mis en place un nouveau proxy pendant l'été. Depuis, le test de
connexion dans le paramétrage des transferts échoue. Quels paramètres
(adresse, port) faut-il renseigner pour que les transferts vers
EcoleDirecte repassent ?

Établissement 0451823M.

F. Aubry""", client="tb")

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "HTML-only Outlook: several Outils.exe processes stuck; transfers hang.",
  ("Valérie Roche", "v.roche@lycee-prive-saint-paul-lens.fr"),
  "Transferts bloqués - plusieurs processus",
  """Bonjour,

En préparant les classes de rentrée, le transfert reste bloqué sur
« en cours ». Dans le gestionnaire des tâches je vois quatre processus
Outils.exe ouverts en même temps. Je n'ose pas les tuer.

Merci de m'indiquer la marche à suivre.

Valérie Roche
Secrétariat de direction""", client="outlook", fmt="outlook")

M("transfer_incident", False, "0594812K", "hauts-de-france", "ecoledirecte", False, "fr",
  "Replication to reinitialise after the server was restored from a backup at the end of August; screenshot attached.",
  ("Gestion Institution Saint-Jude", "gestion@institution-saint-jude.fr"),
  "Réinitialisation de la réplication",
  """Bonjour,

Suite à une panne, notre serveur a été restauré à partir d'une sauvegarde
du 20 août. Depuis, la réplication vers EcoleDirecte signale une
incohérence (capture jointe). Il faudrait, je pense, la réinitialiser.

UAI 0594812K.

Merci,
Le service gestion""", client="outlook", fmt="alt", attach=[("capture_replication.png", "image/png")])

M("transfer_incident", False, None, None, "ecoledirecte", False, "en",
  "English: after the summer migration, the licence shows as expired at start-up and transfers stopped.",
  ("IT Desk - Ecole Jeannine Manuel", "it@ejm-lille.example.org"),
  "Licence expired after migration",
  """Hello,

Since we migrated our school management software to a new machine last
week, it says "Licence expirée" at start-up and no transfer to EcoleDirecte
has run since. Could you regenerate our licence?

Thanks,
IT Desk""", client="gmail", fmt="alt", auth_domain="ejm-lille.example.org")


# ==========================================================================
# contract_documents
# ==========================================================================
M("contract_documents", False, "0671459X", "grand-est", "espace_acheteur", False, "fr",
  "The new 2025-2028 supplies market does not appear in 'Mes Marchés'.",
  ("Gestion Collège Lezay-Marnésia", "gestion.0671459X@ac-strasbourg.fr"),
  "Marché fournitures 2025-2028 introuvable",
  """Bonjour,

Le nouveau marché de fournitures scolaires 2025-2028, annoncé par mail en
juillet, n'apparaît pas dans « Mes Marchés ». Je ne vois que l'ancien,
échu au 31 juillet. Collège Lezay-Marnésia (0671459X).

Merci,
L'intendance""", client="zimbra")

M("contract_documents", False, "0881356W", "grand-est", "espace_acheteur", False, "fr",
  "Amendment no. 1 of the market is missing from the contract documents.",
  ("Brigitte Claudel", "brigitte.claudel@ac-nancy-metz.fr"),
  "Avenant n°1 manquant",
  """Bonjour,

L'avenant n°1 au marché de restauration (révision des prix au 1er
septembre) ne figure pas dans les documents du marché. Pouvez-vous le
mettre en ligne ?

Brigitte Claudel
Gestionnaire - 0881356W""", client="outlook", fmt="alt")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "CCAP not found for the school-furniture market.",
  ("Services techniques Ville de Blois", "st.achats@ville-blois.example.fr"),
  "CCAP marché mobilier",
  """Bonjour,
Nous ne trouvons pas le CCAP du marché mobilier scolaire (lot 2) dans
l'Espace Acheteur. Nous en avons besoin pour la commande de rentrée.
Cordialement,
Les services techniques""", client="outlook", fmt="outlook")

M("contract_documents", False, "0561348L", "bretagne", "espace_acheteur", False, "fr",
  "The membership convention for 2025-2026 opens as an empty file.",
  ("Pierre Jaouen", "pierre.jaouen@ac-rennes.fr"),
  "Convention d'adhésion vide",
  """Bonjour,

Quand j'ouvre la convention d'adhésion 2025-2026 depuis l'Espace Acheteur,
le PDF est vide (0 Ko). Lycée Dupuy de Lôme, Lorient (0561348L).

Pouvez-vous la redéposer ?

Pierre Jaouen
Gestionnaire""", client="zimbra")

M("contract_documents", False, None, None, "espace_acheteur", True, "fr",
  "Could see the conventions on the old buyer space, not on the new one: contract_documents, though the fix may be access rights.",
  ("Odile Marchand", "odile.marchand@sivos-val-de-sevre.fr"),
  "Je ne vois plus les conventions",
  """Bonjour,

Sur l'ancien site je voyais toutes nos conventions et les pièces des
marchés. Depuis le passage au nouvel Espace Acheteur cet été, la rubrique
est vide pour moi. Est-ce normal ?

Odile Marchand
Secrétaire du SIVOS""", client="tb")

M("contract_documents", False, "0772143L", "ile-de-france", "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail quote): the market's administrative certificate is still missing after the first answer.",
  ("Sonia Pereira", "sonia.pereira@ac-creteil.fr"),
  "Re: [#SUP-007655] Attestation manquante",
  """Bonjour,

Merci pour votre réponse du 20 août, mais l'attestation administrative
du marché informatique n'est toujours pas visible pour nous (collège de
Meaux, 0772143L). J'ai vidé le cache et essayé un autre navigateur.

Sonia Pereira

Le mer. 20 août 2025 à 15:32, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Le document a été ajouté au marché, il devrait être visible dans la
> journée.
> Cordialement""", client="gmail", fmt="alt", reply="SUP-007655", auth_domain="ac-creteil.fr", relay="smtp1.ac-creteil.fr")


# ==========================================================================
# automated
# ==========================================================================
OOO_EX = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
          "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"]

M("automated", False, None, None, None, False, "fr",
  "Exchange Online out-of-office in French that ends on 25 August: Auto-Submitted and X-Auto-Response-Suppress, reply to one of our tickets.",
  ("Corinne Baudry", "c.baudry@lycee-prive-la-providence.fr"),
  "Réponse automatique : [#SUP-007690] Votre demande d'accès",
  """Bonjour,

Je suis en congés jusqu'au lundi 25 août inclus. Votre message sera traité
à mon retour.

Pour toute urgence, merci de contacter l'accueil de l'établissement.

Cordialement,
Corinne Baudry""", client="outlook", fmt="alt", extra=OOO_EX, reply="SUP-007690", day=25, hour=7)

M("automated", False, None, "occitanie", None, False, "fr",
  "Academic webmail vacation reply (Zimbra), holiday ending on 29 August; region from the ac-montpellier.fr sender.",
  ("Bruno Sabatier", "bruno.sabatier@ac-montpellier.fr"),
  "Absence jusqu'au 29 août",
  """Bonjour,

Je suis absent jusqu'au vendredi 29 août. Je prendrai connaissance de votre
message à mon retour.

Bruno Sabatier""", client="zimbra", extra=["Auto-Submitted: auto-replied (zimbra; vacation)"], reply="SUP-007699")

M("automated", False, None, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied), back on 1 September.",
  ("Rebecca Hale", "rebecca.hale@britishschool-bordeaux.org"),
  "Out of office: back on 1 September",
  """Thank you for your email. I'm away for the summer break and will be back
in school on Monday 1 September. I'll reply as soon as I can after that.

Rebecca Hale""", client="gmail", fmt="alt", extra=["Auto-Submitted: auto-replied"], auth_domain="britishschool-bordeaux.org")

M("automated", False, None, None, None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
  ("Ghislaine Perrin", "g.perrin@college-saint-charles-chalon.fr"),
  "Absence",
  """Message automatique

Je suis absente du 4 au 26 août. Je traiterai vos messages à partir du
mercredi 27 août.

Ghislaine Perrin
Gestionnaire""", client="tb", day=26)

M("automated", False, "0352684C", "bretagne", None, True, "fr",
  "Out-of-office of a school office (ce.<UAI> address) that talks about passwords and the CDI portal; Auto-Submitted present. UAI from the address.",
  ("Collège Les Gayeulles", "ce.0352684C@ac-rennes.fr"),
  "Réponse automatique - fermeture estivale",
  """Bonjour,

Le collège est fermé jusqu'au mardi 26 août. Le secrétariat reprendra les
demandes à partir de cette date.

Pour les mots de passe ENT et du portail du CDI, merci de vous adresser à
la documentaliste à la rentrée.

Le secrétariat""", client="zimbra", extra=["Auto-Submitted: auto-replied (zimbra; vacation)"], reply="SUP-007701")

M("automated", False, None, None, None, True, "fr",
  "Host-provided autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
  ("Jean-Philippe Morel", "jp.morel@ogec-sacre-coeur-tarbes.fr"),
  "Re: [#SUP-007709] Commande de rentrée",
  """Bonjour,
Je suis en vacances jusqu'au 28 août. Votre message sera lu à mon retour.
Bonne fin d'été !
JP Morel""", client="plain", extra=["X-Autoreply: yes", "X-Autorespond: Re: [#SUP-007709] Commande de rentrée"])

M("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report, null Return-Path): the librarian left over the summer and her mailbox was deleted.",
  ("Mail Delivery System", "MAILER-DAEMON@mail.lycee-saint-louis-nantes.fr"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mail.lycee-saint-louis-nantes.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<martine.cosson@lycee-saint-louis-nantes.fr>: host 127.0.0.1[127.0.0.1]
    said: 550 5.1.1 <martine.cosson@lycee-saint-louis-nantes.fr>: Recipient
    address rejected: User unknown in virtual mailbox table""",
  return_path="<>", auth="none", extra=["Auto-Submitted: auto-replied"],
  report=dict(type="dsn", rcpt="martine.cosson@lycee-saint-louis-nantes.fr", status="5.1.1",
              diag="550 5.1.1 Recipient address rejected: User unknown", orig_subject="[#SUP-007693] Mot de passe e-sidoc",
              ticket="SUP-007693"))

M("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French: the recipient's mailbox is full after the summer.",
  ("Microsoft Outlook", "postmaster@ville-lormont.fr"),
  "Non remis : [#SUP-007697] Mail d'activation",
  """Votre message n'a pas pu être remis à evelyne.tardy@ville-lormont.fr.

La boîte aux lettres du destinataire est pleine et ne peut plus accepter
de messages pour le moment. Réessayez ultérieurement ou contactez le
destinataire par un autre moyen.

Serveur de diagnostic : PR0P264MB2211.FRAP264.PROD.OUTLOOK.COM""",
  return_path="<>", auth="none", client="outlook", extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
  report=dict(type="dsn", rcpt="evelyne.tardy@ville-lormont.fr", status="5.2.2",
              diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", orig_subject="[#SUP-007697] Mail d'activation",
              mta="PR0P264MB2211.FRAP264.PROD.OUTLOOK.COM", ticket="SUP-007697"))

M("automated", False, None, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Failure)': address not found.",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to ecole.lesmimosas@gmail.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
  return_path="<>", auth="none", client="gmail", extra=["Auto-Submitted: auto-replied"],
  report=dict(type="dsn", rcpt="ecole.lesmimosas@gmail.com", status="5.1.1",
              diag="550-5.1.1 The email account that you tried to reach does not exist", orig_subject="[#SUP-007712] Réinitialisation",
              mta="mx.google.com", ticket="SUP-007712"))

M("automated", False, None, None, None, False, "en",
  "Delay warning from our own relay ('Delayed Mail', Action: delayed): not a failure, still automatic.",
  ("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"),
  "Delayed Mail (still being retried)",
  """This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<gestion@college-mont-blanc.example.fr>: connect to
    mx.college-mont-blanc.example.fr[198.51.100.23]:25: Connection timed out""",
  return_path="<>", auth="none", extra=["Auto-Submitted: auto-replied"],
  report=dict(type="dsn", rcpt="gestion@college-mont-blanc.example.fr", status="4.4.1", action="delayed",
              diag="connect to mx.college-mont-blanc.example.fr: Connection timed out",
              orig_subject="[#SUP-007704] Compte en attente", mta="relay.assistance.example.fr", ticket="SUP-007704"))

M("automated", False, None, "grand-est", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-nancy-metz.fr sender.",
  ("Aurélie Thiriet", "aurelie.thiriet@ac-nancy-metz.fr"),
  "Lu : [#SUP-007702] Réinitialisation mot de passe",
  """Votre message

  À : Aurélie Thiriet
  Objet : [#SUP-007702] Réinitialisation mot de passe
  Envoyé : lundi 25 août 2025 10:03:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 26 août 2025 08:12:47 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""",
  client="outlook", report=dict(type="mdn", rcpt="aurelie.thiriet@ac-nancy-metz.fr",
                                disposition="manual-action/MDN-sent-automatically; displayed", ticket="SUP-007702"), day=26)

M("automated", False, None, "nouvelle-aquitaine", None, False, "fr",
  "Thunderbird return receipt in French ('Accusé de réception (affiché)'); region from ac-poitiers.fr.",
  ("Patrick Guérin", "patrick.guerin@ac-poitiers.fr"),
  "Accusé de réception (affiché) - [#SUP-007708] MAILINBLACK",
  """Ceci est un accusé de réception pour le courrier électronique envoyé à
<patrick.guerin@ac-poitiers.fr>.

Note : cet accusé de réception indique seulement que le message a été
affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le
destinataire ait lu ou compris le contenu du message.""",
  client="tb", report=dict(type="mdn", rcpt="patrick.guerin@ac-poitiers.fr",
                           disposition="manual-action/MDN-sent-manually; displayed", ticket="SUP-007708", ua="Mozilla Thunderbird"))

M("automated", False, None, None, "esidoc", False, "fr",
  "Rentrée newsletter of the library portal: List-Id, one-click List-Unsubscribe, Precedence: bulk.",
  ("e-sidoc - Actualités", "actualites@lettre.esidoc.example.fr"),
  "Rentrée 2025 : les nouveautés de votre portail",
  """Lettre d'information - Rentrée 2025

Cette année, votre portail évolue : nouvelle page d'accueil, sélections
thématiques pour le cycle 3, et un tableau de bord des prêts repensé.

Webinaire de prise en main : mercredi 3 septembre à 14 h.
Inscription : https://lettre.esidoc.example.fr/webinaire-rentree

Vous recevez ce message car vous êtes abonné à la lettre d'information.
Se désinscrire : https://lettre.esidoc.example.fr/u/5521/c90e""",
  client="plain", fmt="alt", relay="mta2.lettre.esidoc.example.fr", return_path="<bounce-5521-2508@lettre.esidoc.example.fr>",
  extra=["List-Id: Lettre e-sidoc <lettre.esidoc.example.fr>",
         "List-Unsubscribe: <https://lettre.esidoc.example.fr/u/5521/c90e>,\n <mailto:unsubscribe-5521@lettre.esidoc.example.fr>",
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"], day=26, hour=9)

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply notification to the desk (administrator of structures without one): a new account awaits validation. Auto-Submitted: auto-generated.",
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur s'est inscrit sur l'Espace Acheteur et attend la
validation de son compte :

Nom : Pujol Montserrat
Structure : Lycée Arago - Perpignan
Date d'inscription : 26/08/2025 10:47

Connectez-vous à votre espace d'administration pour valider ou refuser
cette inscription.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
  client="plain", fmt="alt", extra=["Auto-Submitted: auto-generated"], day=26)

M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a supplier ticket the desk opened was updated. Auto-Submitted: auto-generated.",
  ("Portail tickets", "notifications@tickets.example.fr"),
  "[Ticket #48213] Mise à jour : licence établissement 0191427Y",
  """Le ticket #48213 a été mis à jour par Équipe Technique.

Statut : En cours -> Résolu
Commentaire : Licence régénérée, à réimporter par l'établissement.

Voir le ticket : https://tickets.example.fr/t/48213

Ne répondez pas à ce message.""",
  client="plain", extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"])

M("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'completed' notification for the 2025-2026 convention: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
  ("Signature électronique", "no-reply@signature.example.fr"),
  "Document signé : Convention de partenariat 2025-2026",
  """Bonjour,

Le document « Convention de partenariat 2025-2026 » a été signé par
tous les signataires.

Vous pouvez le télécharger depuis votre espace pendant 30 jours :
https://signature.example.fr/d/7f31c2

Cet e-mail a été envoyé automatiquement.""", client="plain", fmt="alt")

M("automated", False, None, "normandie", "esidoc", True, "fr",
  "A librarian's real question about an e-sidoc password, posted to a documentalistes mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from ac-normandie.fr.",
  ("Solène Marie", "solene.marie@ac-normandie.fr"),
  "[docs-normandie] mot de passe e-sidoc à la rentrée ?",
  """Bonjour à tous,

Petite question de rentrée : quelqu'un sait-il comment on récupère le mot
de passe d'administration e-sidoc quand l'ancien collègue est parti ?
Faut-il passer par le chef d'établissement ?

Merci et bonne reprise à tous !
Solène, collège de Lisieux""",
  client="tb", to="docs-normandie@listes.ac-normandie.fr",
  extra=["List-Id: Documentalistes de Normandie <docs-normandie.listes.ac-normandie.fr>",
         "List-Post: <mailto:docs-normandie@listes.ac-normandie.fr>", "Precedence: list",
         "X-Loop: docs-normandie@listes.ac-normandie.fr"])

M("automated", False, None, "ile-de-france", None, False, "fr",
  "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering it would start a mail loop. Region from ac-versailles.fr.",
  ("Assistance DSI Rectorat", "assistance.dsi@ac-versailles.fr"),
  "[INC-2025-084417] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous la référence INC-2025-084417.
Elle sera traitée par nos équipes dans les meilleurs délais.

En raison de la période de rentrée, les délais de traitement peuvent être
allongés.

Ceci est un message automatique, merci de ne pas y répondre.""",
  client="plain", extra=["Auto-Submitted: auto-replied", "X-Loop: assistance.dsi@ac-versailles.fr"])

M("automated", False, None, None, None, False, "en",
  "DMARC aggregate report (zip attachment) sent to the desk's address.",
  ("noreply-dmarc-support@google.com", "noreply-dmarc-support@google.com"),
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 16273849501827364512",
  """This is an aggregate report from google.com.""",
  client="gmail", auth_domain="google.com", attach=[("google.com!assistance.example.fr!1756080000!1756166399.zip", "application/zip")])

M("automated", False, None, None, None, True, "fr",
  "MailInBlack sender-authentication challenge sent to the desk (our reply was held by a school's filter): names MailInBlack, but it is machine mail to us, not a user's question.",
  ("Lycée Gustave Eiffel via Mailinblack", "noreply@mailinblack.com"),
  "Validez votre message pour qu'il soit délivré",
  """Bonjour,

Vous avez envoyé un message à intendance@lycee-eiffel-talange.fr. Ce
destinataire est protégé par Mailinblack.

Pour que votre message lui soit délivré, merci de cliquer sur le lien
ci-dessous et de prouver que vous êtes un humain :
https://auth.mailinblack.com/challenge/8f2c71e0

Ce message est envoyé automatiquement.""",
  client="plain", fmt="html", extra=["Auto-Submitted: auto-replied"])

M("automated", False, None, None, None, False, "fr",
  "Outlook 'Non lu :' notice (message deleted without being read), disposition-notification.",
  ("Hervé Blanchet", "h.blanchet@ensemble-scolaire-vendome.fr"),
  "Non lu : [#SUP-007695] Votre compte Espace Acheteur",
  """Votre message

  À : Hervé Blanchet
  Objet : [#SUP-007695] Votre compte Espace Acheteur
  Envoyé : vendredi 22 août 2025 14:20:03 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été supprimé sans avoir été lu le jeudi 28 août 2025 07:58:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""",
  client="outlook", report=dict(type="mdn", rcpt="h.blanchet@ensemble-scolaire-vendome.fr",
                                disposition="manual-action/MDN-sent-automatically; deleted", ticket="SUP-007695"), day=28)

M("automated", False, None, "auvergne-rhone-alpes", None, True, "fr",
  "Stale out-of-office still active after the return date it announces (back on 22 August, reply sent on 27): still automatic. Region from ac-clermont.fr.",
  ("Dominique Fabre", "dominique.fabre@ac-clermont.fr"),
  "Réponse automatique : [#SUP-007711] Accès portail",
  """Bonjour,

Je suis en congés annuels jusqu'au vendredi 22 août. À partir du lundi
25 août, je répondrai à vos messages.

En cas d'urgence : intendance du lycée, 04 73 xx xx xx.

Dominique Fabre
Adjointe gestionnaire""", client="outlook", fmt="alt", extra=OOO_EX, reply="SUP-007711", day=27)


# ==========================================================================
# other
# ==========================================================================
M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  ("Ryan Cooper", "ryan.cooper@rank-boost-agency.example.com"),
  "Back to school = more traffic? Let's talk SEO",
  """Hi there,

I was checking assistance.example.fr and noticed you are missing out on a
lot of organic traffic this back-to-school season. Our team can get you on
page 1 of Google in 30 days, guaranteed.

Can I send you a free audit?

Best,
Ryan""", client="plain", auth="none")

M("other", False, None, None, None, False, "fr",
  "A parent asks for the 6e school-supplies list: wrong address, unrelated.",
  ("Kelly Dubois", "kelly.dubois85@hotmail.fr"),
  "liste de fournitures 6ème",
  """Bonjour,
Mon fils rentre en 6ème au collège la semaine prochaine et je n'ai pas
reçu la liste des fournitures. Pouvez-vous me l'envoyer ?
Merci
Mme Dubois""", client="outlook", fmt="html", relay="EUR05-AM6-obe.outbound.protection.outlook.com")

M("other", False, None, "bourgogne-franche-comte", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  ("Olivier Vuillemin", "olivier.vuillemin@ac-besancon.fr"),
  "RE: [#SUP-007698] Mot de passe expiré",
  """Parfait, le lien a fonctionné et j'ai pu définir un nouveau mot de passe.
Merci beaucoup pour votre réactivité, bonne rentrée à vous !

Olivier Vuillemin

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 26 août 2025 09:05
Objet : [#SUP-007698] Mot de passe expiré

Bonjour,
Un lien de réinitialisation de votre mot de passe vient d'être envoyé à
l'adresse enregistrée pour votre établissement. Il est valable 12 heures.""",
  client="outlook", fmt="alt", reply="SUP-007698", day=26)

M("other", False, None, None, None, True, "fr",
  "Phishing: 'your academic password expires, confirm it for the rentrée'. Mentions a password but is not password_reset; the look-alike domain ac-rennes-messagerie.com is not an académie domain, so no region.",
  ("Service Messagerie Académique", "support@ac-rennes-messagerie.com"),
  "Action requise : votre mot de passe expire avant la rentrée",
  """Cher utilisateur,

Dans le cadre de la rentrée 2025, tous les comptes de messagerie doivent
être revalidés avant le 31 août. Passé ce délai, votre boîte sera
désactivée.

Confirmez votre identifiant et votre mot de passe ici :
http://ac-rennes-messagerie.com/revalidation

Service Messagerie""", client="plain", fmt="html", auth="fail", relay="vps-51-77.example-hosting.net")

M("other", False, None, None, None, False, "fr",
  "Unsolicited application with a CV for a librarian job.",
  ("Chloé Marchetti", "chloe.marchetti.pro@gmail.com"),
  "Candidature spontanée - documentaliste",
  """Madame, Monsieur,

Titulaire d'un master en sciences de l'information, je me permets de vous
adresser ma candidature pour un poste de documentaliste ou de chargée de
support à compter de septembre. Vous trouverez mon CV en pièce jointe.

Dans l'attente de votre retour,
Chloé Marchetti""", client="gmail", fmt="alt", auth_domain="gmail.com", attach=[("CV_Chloe_Marchetti.pdf", "application/pdf")])

M("other", False, None, None, None, False, "fr",
  "Cold sales prospecting for library shelving before the rentrée, written to one person (no list headers).",
  ("Arnaud Tessier", "a.tessier@mobilier-cdi-pro.example.fr"),
  "Aménagement de votre CDI pour la rentrée",
  """Bonjour,

Spécialistes de l'aménagement des CDI depuis 20 ans, nous proposons des
rayonnages et bacs à albums à prix rentrée jusqu'au 15 septembre.

Seriez-vous disponible pour un court échange téléphonique cette semaine ?

Arnaud Tessier
Chargé d'affaires""", client="outlook", fmt="alt")

M("other", False, None, "nouvelle-aquitaine", None, False, "fr",
  "'Bien reçu, merci' from a phone: nothing to do. Region from ac-poitiers.fr.",
  ("Patrick Guérin", "patrick.guerin@ac-poitiers.fr"),
  "Re: [#SUP-007708] MAILINBLACK",
  """Bien reçu, merci.

Envoyé de mon iPhone""", client="iphone", reply="SUP-007708")

M("other", False, None, None, None, False, "fr",
  "A person asks by hand to be removed from the newsletter: not automated.",
  ("Martine Giraud", "martine.giraud@orange.fr"),
  "Désinscription",
  """Bonjour,
Je suis à la retraite depuis juillet, merci de me retirer de votre lettre
d'information.
Bonne continuation,
Martine Giraud""", client="roundcube")

M("other", False, None, None, None, False, "fr",
  "GDPR erasure request from a retired librarian: other (human review), not account_creation.",
  ("Michel Arnaud", "michel.arnaud47@free.fr"),
  "Suppression de mes données personnelles",
  """Bonjour,

Parti à la retraite cet été, je vous demande, conformément au RGPD, de
supprimer l'ensemble des données personnelles me concernant (compte,
adresse, historique) de vos services.

Merci de me confirmer la suppression.

Michel Arnaud""", client="tb")

M("other", False, None, "bourgogne-franche-comte", None, False, "fr",
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from ac-dijon.fr.",
  ("Hervé Lamblin", "herve.lamblin@ac-dijon.fr"),
  "TROISIÈME RELANCE",
  """Bonjour,

C'est la troisième fois que j'écris et je n'ai toujours AUCUNE réponse.
La rentrée est dans quatre jours. C'est inadmissible.

H. Lamblin""", client="zimbra")

M("other", False, None, None, "espace_acheteur", False, "fr",
  "Wants to register for the rentrée webinar on the Espace Acheteur; the registration link fails: other.",
  ("Aude Ferrier", "aude.ferrier@mairie-carnoux.fr"),
  "Inscription webinaire de rentrée",
  """Bonjour,

Je souhaite participer au webinaire de présentation de l'Espace Acheteur
du 3 septembre, mais le lien d'inscription de la lettre d'information
mène à une page d'erreur. Pouvez-vous m'inscrire directement ?

Aude Ferrier""", client="outlook", fmt="alt")

M("other", False, None, None, None, True, "fr",
  "Fake 'facture impayée' with an attachment from an unknown sender: phishing, not order_billing.",
  ("Service Recouvrement", "recouvrement@factures-en-ligne.example.net"),
  "Facture impayée n° 2025-08-7781 - dernier rappel",
  """Bonjour,

Sauf erreur, la facture n° 2025-08-7781 reste impayée. Afin d'éviter
des frais de recouvrement, merci de procéder au règlement sous 48 h.

Le détail est dans le document ci-joint.

Service Recouvrement""", client="plain", auth="fail", attach=[("Facture_2025-08-7781.pdf.html", "text/html")])

M("other", False, None, None, None, False, "fr",
  "Only asks whether the desk is open during the last week of August: no topic of its own.",
  ("Nathalie Royer", "n.royer@ecole-jeanne-d-arc-dole.fr"),
  "Horaires de l'assistance cette semaine",
  """Bonjour,
Êtes-vous joignables par téléphone cette semaine, ou seulement par mail
jusqu'à la rentrée ?
Merci, N. Royer""", client="roundcube")

M("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
  "Personal message sent to the desk by address autocomplete (pre-rentrée picnic). Region from ac-lyon.fr.",
  ("Sandrine Perrichon", "sandrine.perrichon@ac-lyon.fr"),
  "Pique-nique de pré-rentrée",
  """Coucou Sophie,

Pour le pique-nique de vendredi midi au parc, j'apporte le taboulé et les
gobelets. Tu peux t'occuper des boissons ? On dit 12 h 30 devant le
collège.

Bises,
Sandrine""", client="tb", day=27)

M("other", False, None, None, None, False, "en",
  "English partnership pitch from an edtech start-up, as a follow-up quoting her own first mail.",
  ("Maya Lindqvist", "maya@readly-kids.example.io"),
  "Re: Partnership for the new school year",
  """Hi again,

Just bumping this up before the school year starts - would love 15 minutes
with your team to show how our reading app could be offered to your
schools.

Maya

On Tue, Aug 12, 2025 at 10:04 AM Maya Lindqvist <maya@readly-kids.example.io> wrote:
> Hello! I'm the co-founder of Readly Kids, a reading app used by 300
> schools in Sweden. We're launching in France this autumn and would love
> to explore a partnership.""", client="gmail", fmt="alt", auth_domain="readly-kids.example.io")

M("other", False, None, "nouvelle-aquitaine", "esidoc", False, "fr",
  "A new librarian asks whether there is an e-sidoc training session at the rentrée: a how-to/training question with no category of its own. Region from ac-limoges.fr.",
  ("Camille Peyrat", "camille.peyrat@ac-limoges.fr"),
  "Formation e-sidoc pour les néo-titulaires ?",
  """Bonjour,

Néo-titulaire, j'arrive dans un collège de la Creuse à la rentrée et je
n'ai jamais utilisé e-sidoc. Organisez-vous des formations ou des
tutoriels en ligne pour les nouveaux documentalistes en septembre ?

Merci,
Camille Peyrat""", client="zimbra")


# ==========================================================================
# write and check
# ==========================================================================
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    out = os.path.join(HERE)
    for old in os.listdir(out):
        if re.fullmatch(r"h\d{3}\.eml", old):
            os.remove(os.path.join(out, old))
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(build(m))
        labels.append({"file": fname, "category": m["category"], "auto_reply_ok": m["auto_reply_ok"],
                       "uai": m["uai"], "region": m["region"], "platform": m["platform"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check(out)


def check(out):
    emls = sorted(f for f in os.listdir(out) if f.endswith(".eml"))
    assert emls == ["h%03d.eml" % i for i in range(1, 151)], "expected h001..h150"
    with open(os.path.join(out, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    assert len(labels) == 150
    assert [lab["file"] for lab in labels] == emls
    for lab in labels:
        f = lab["file"]
        assert list(lab) == LABEL_KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert lab["notes"].strip(), f
        with open(os.path.join(out, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] and msg["Message-ID"], f
        assert SUPPORT in str(msg["To"]) or msg["List-Id"], f
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None, f
        text = body.get_content()
        assert text.strip(), f
        sender = email.utils.parseaddr(str(msg["From"]))[1]
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), (f, lab["uai"])
            hay = (str(msg["Subject"]) + str(msg["From"]) + text).upper()
            assert lab["uai"] in hay, (f, "uai not in mail")
        assert lab["region"] == expected_region(lab["uai"], sender), (f, lab["region"], expected_region(lab["uai"], sender))
    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    print("OK: 150 mails, labels checked")
    for c in sorted(cats, key=lambda c: -cats[c]):
        print("  %-32s %3d" % (c, cats[c]))
    print("  auto_reply_ok true: %d, hard: %d, en: %d" % (
        sum(l["auto_reply_ok"] for l in labels), sum(l["hard"] for l in labels),
        sum(l["lang"] == "en" for l in labels)))


if __name__ == "__main__":
    main()

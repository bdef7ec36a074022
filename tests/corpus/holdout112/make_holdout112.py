#!/usr/bin/env python3
"""Build the holdout112 blind test set: 150 hand-written support mails + labels.

Theme: newcomers and handovers (first-year teachers and librarians, newly
appointed principals and gestionnaires taking over accounts, who administers
what, accounts to create or transfer).

Every mail text below is written by hand.  The script only wraps each text in
realistic headers / MIME structure, writes h001.eml .. h150.eml and
labels.jsonl, then re-reads everything and checks it.

Standard library only; deterministic (random.Random(112)).
Run:  python3 make_holdout112.py
"""
import base64
import datetime
import email
import email.policy
import html
import json
import os
import quopri
import random
import re
from email.header import Header
from email.utils import formataddr, format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(112)

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai(d7):
    """Valid UAI from 7 digits (check letter per regions.md / taxonomy.md)."""
    return d7 + LETTERS[int(d7) % 23]


def bad_uai(d7):
    """Same digits with a wrong check letter (a typo)."""
    return d7 + LETTERS[(int(d7) + 7) % 23]


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
PREFIX_REGION = {}
DOMAIN_REGION = {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        PREFIX_REGION["0" + _d if len(_d) == 2 else _d] = _slug
    for _m in _doms.split():
        DOMAIN_REGION[_m] = _slug

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}


def region_of(uai_code, sender):
    if uai_code:
        return PREFIX_REGION.get(uai_code[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


MAILS = []


def M(**kw):
    MAILS.append(kw)


# ---------------------------------------------------------------- dates
DOM_TZ = {"971": -4, "972": -4, "973": -3, "974": 4, "976": 3}
START = datetime.datetime(2024, 9, 2, 7, 0)
END = datetime.datetime(2024, 12, 13, 19, 0)


def pick_date(when, uai_code):
    if when:
        y, m, d = (int(x) for x in when.split("-"))
        base = datetime.datetime(y, m, d, rng.randint(7, 20), rng.randint(0, 59), rng.randint(0, 59))
    else:
        span = int((END - START).total_seconds())
        base = START + datetime.timedelta(seconds=rng.randint(0, span))
        if base.hour < 7:
            base = base.replace(hour=base.hour + 8)
        if base.weekday() >= 5 and rng.random() < 0.8:
            base += datetime.timedelta(days=7 - base.weekday())
    if uai_code and uai_code[:3] in DOM_TZ:
        off = DOM_TZ[uai_code[:3]]
    else:
        summer = datetime.datetime(2024, 10, 27) > base or base >= datetime.datetime(2025, 3, 30)
        off = 2 if summer else 1
    return base.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


# ---------------------------------------------------------------- clients
MAILERS = {
    "zimbra": "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF128 (Win)/9.0.0_ZEXTRAS_20240927)",
    "thunderbird": "Mozilla Thunderbird 128.3.1",
    "thunderbird_old": "Mozilla Thunderbird 60.9.1",
    "apple": "Apple Mail (2.3774.600.62)",
    "iphone": "iPhone Mail (21G93)",
    "outlook_desktop": "Microsoft Outlook 16.0",
    "orange": "Open-Xchange Mailer v7.10.6-Rev62",
    "laposte": "La Poste webmail",
    "roundcube": "Roundcube Webmail/1.6.9",
    "ent": "ENT Webmail 4.2",
    "samsung": None,
    "android": None,
    "gmail": None,
    "outlook": None,
    "none": None,
}


def message_id(client, domain, dt):
    ts = int(dt.timestamp())
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10**8, 10**9), rng.randint(10**5, 10**6), ts * 1000 + rng.randint(0, 999), domain)
    if client in ("gmail", "android"):
        return "<CA%s%s@mail.gmail.com>" % (alnum(20), alnum(18).lower())
    if client in ("outlook", "outlook_desktop", "samsung"):
        return "<%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (alnum(40), alnum(10))
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (alnum(8), alnum(4), alnum(4), alnum(4), alnum(12), domain)
    if client.startswith("thunderbird"):
        return "<%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(12), domain)
    return "<%d.%s@%s>" % (ts, hexid(12), domain)


# ---------------------------------------------------------------- bodies
def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw  # 7bit / 8bit: bytes kept as they are


def to_html(text, outlook=False):
    out = []
    quote = []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(html.escape(q) for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
            quote.clear()

    for para in text.split("\n\n"):
        lines = para.split("\n")
        for ln in lines:
            if ln.startswith(">"):
                quote.append(ln.lstrip("> "))
        if all(ln.startswith(">") for ln in lines if ln):
            flush_quote()
            continue
        flush_quote()
        body = "<br>\n".join(html.escape(ln) for ln in lines)
        if outlook:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % body)
        else:
            out.append("<div>%s</div>\n<div><br></div>" % body)
    flush_quote()
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + "\n".join(out) + "\n</div>\n</body>\n</html>\n")
    return '<html><body><div dir="ltr" style="font-family: arial, helvetica, sans-serif; font-size: 12pt">\n' + "\n".join(out) + "\n</div></body></html>\n"


def part(ctype, payload, charset, cte, extra=""):
    hdr = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n%s" % (ctype, charset, cte, extra)
    body = enc_body(payload, charset, cte)
    return hdr.encode("ascii"), (body if isinstance(body, bytes) else body.encode("ascii"))


def boundary():
    return "=_%s" % hexid(24)


def build_body(m, text):
    """Return (top-level content headers bytes, body bytes)."""
    kind = m.get("kind", "qp")
    cs = m.get("charset", "utf-8")
    outlook = m.get("client", "") in ("outlook", "outlook_desktop", "samsung")
    if kind in ("qp", "b64", "8bit", "7bit"):
        cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}[kind]
        if m.get("flowed"):
            h = "Content-Type: text/plain; charset=\"%s\"; format=flowed\nContent-Transfer-Encoding: %s\n" % (cs, cte)
            b = enc_body(text, cs, cte)
            return h.encode(), (b if isinstance(b, bytes) else b.encode())
        h, b = part("text/plain", text, cs, cte)
        return h.rstrip(b"\n") + b"\n", b
    if kind == "html":
        cte = m.get("cte", "quoted-printable")
        h, b = part("text/html", m.get("html") or to_html(text, outlook), cs, cte)
        return h.rstrip(b"\n") + b"\n", b
    if kind in ("alt", "alt-b64"):
        cte = "base64" if kind == "alt-b64" else "quoted-printable"
        bd = boundary()
        h1, b1 = part("text/plain", text, cs, cte)
        h2, b2 = part("text/html", m.get("html") or to_html(text, outlook), cs, cte)
        body = (b"--" + bd.encode() + b"\n" + h1 + b"\n" + b1 + b"\n--" + bd.encode() + b"\n" + h2 + b"\n" + b2
                + b"\n--" + bd.encode() + b"--\n")
        return ('Content-Type: multipart/alternative;\n boundary="%s"\n' % bd).encode(), body
    if kind == "mixed":
        bd = boundary()
        h1, b1 = part("text/plain", text, cs, m.get("cte", "quoted-printable"))
        chunks = [b"This is a multi-part message in MIME format.\n\n--" + bd.encode() + b"\n" + h1 + b"\n" + b1]
        for fname, ctype, content in m["attach"]:
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            try:
                fname.encode("ascii")
                disp = 'attachment; filename="%s"' % fname
            except UnicodeEncodeError:
                disp = "attachment; filename*=utf-8''" + "".join(
                    ch if (ch.isascii() and (ch.isalnum() or ch in "._-")) else "".join("%%%02X" % x for x in ch.encode("utf-8"))
                    for ch in fname)
            ah = 'Content-Type: %s; name="%s"\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n' % (
                ctype, fname.encode("ascii", "replace").decode(), disp)
            chunks.append(b"\n--" + bd.encode() + b"\n" + ah.encode() + b"\n" + base64.encodebytes(data))
        body = b"".join(chunks) + b"\n--" + bd.encode() + b"--\n"
        return ('Content-Type: multipart/mixed;\n boundary="%s"\n' % bd).encode(), body
    if kind == "report":
        bd = boundary()
        chunks = [b"This is a MIME-encapsulated message.\n"]
        chunks.append(b"\n--" + bd.encode() + b"\n")
        h1, b1 = part("text/plain", text, cs, m.get("cte", "7bit") if all(ord(c) < 128 for c in text) else "quoted-printable",
                      "Content-Description: Notification\n")
        chunks.append(h1 + b"\n" + b1)
        for ctype, content in m["report_parts"]:
            chunks.append(b"\n--" + bd.encode() + b"\n")
            chunks.append(("Content-Type: %s\n\n" % ctype).encode() + content.encode("utf-8"))
        chunks.append(b"\n--" + bd.encode() + b"--\n")
        return ('Content-Type: multipart/report; report-type=%s;\n boundary="%s"\n' % (m["report_type"], bd)).encode(), b"".join(chunks)
    raise ValueError(kind)


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


def enc_from(name, addr):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def subst(s, m):
    if s is None:
        return s
    if m.get("u"):
        s = s.replace("{U}", uai(m["u"])).replace("{u}", uai(m["u"]).lower())
        s = s.replace("{BAD}", bad_uai(m["u"]))
    if m.get("u2"):
        s = s.replace("{U2}", uai(m["u2"]))
    if m.get("ubad"):
        s = s.replace("{BAD}", bad_uai(m["ubad"]))
    return s


def build(m, idx):
    addr = subst(m["addr"], m)
    name = subst(m.get("name", ""), m)
    text = subst(m["body"], m)
    if m.get("html"):
        m = dict(m, html=subst(m["html"], m))
    subj = subst(m["subj"], m)
    domain = addr.rsplit("@", 1)[1]
    label_uai = uai(m["u"]) if m.get("u") and m.get("lab_uai", "auto") == "auto" else None
    if m.get("lab_uai") not in (None, "auto", "none"):
        label_uai = m["lab_uai"]
    dt = pick_date(m.get("when"), label_uai)
    client = m.get("client", "none")
    mid = m.get("msgid") or message_id(client, domain, dt)
    auto = m.get("auth", "pass")
    lines = []
    rp = m.get("return_path", addr)
    lines.append("Return-Path: <%s>" % rp)
    lines.append("Delivered-To: support@assistance.example.fr")
    relay = m.get("relay") or ("smtp%d.%s" % (rng.randint(1, 5), domain) if domain.startswith("ac-") else "mail.%s" % domain)
    if client in ("gmail", "android") and not domain.startswith("ac-"):
        relay = "mail-%s%d-f%d.google.com" % (rng.choice(["wr", "ej", "lf", "qk"]), rng.randint(1, 9), rng.randint(40, 99))
    if client in ("outlook", "outlook_desktop", "samsung") and not domain.startswith("ac-"):
        relay = "PAUP264CU%03d.outbound.protection.outlook.com" % rng.randint(1, 20)
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))
    lines.append("Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <support@assistance.example.fr>; %s"
                 % (relay, relay, ip, alnum(15), format_datetime(dt + datetime.timedelta(seconds=rng.randint(2, 40)))))
    if auto == "pass":
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain))
    elif auto == "fail":
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain))
    elif auto == "none":
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=none smtp.helo=%s;\n\tdmarc=none" % relay)
    lines.append("From: %s" % enc_from(name, addr))
    lines.append("To: %s" % m.get("to", "Assistance <support@assistance.example.fr>"))
    if m.get("cc"):
        lines.append("Cc: %s" % enc_header(subst(m["cc"], m)))
    if m.get("reply_to"):
        lines.append("Reply-To: %s" % subst(m["reply_to"], m))
    lines.append("Subject: %s" % enc_header(subj))
    lines.append("Date: %s" % format_datetime(dt))
    lines.append("Message-ID: %s" % mid)
    if m.get("reply"):
        ref = "<SUP-%06d.%d.%s@assistance.example.fr>" % (m["reply"], int(dt.timestamp()) - rng.randint(3600, 400000), hexid(6))
        lines.append("In-Reply-To: %s" % ref)
        lines.append("References: %s" % ref)
    lines.append("MIME-Version: 1.0")
    mailer = m.get("mailer", MAILERS.get(client))
    if mailer:
        lines.append("X-Mailer: %s" % mailer)
    if client in ("outlook", "outlook_desktop") and not m.get("no_thread_index"):
        lines.append("Thread-Topic: %s" % enc_header(re.sub(r"^(RE|TR|Re|Fwd|TR ) ?: ?", "", subj)))
        lines.append("Thread-Index: %s" % base64.b64encode(bytes(rng.randint(0, 255) for _ in range(22))).decode())
        lines.append("Content-Language: %s" % ("en-US" if m.get("lg") == "en" else "fr-FR"))
    for k, v in m.get("hdrs", []):
        lines.append("%s: %s" % (k, enc_header(subst(v, m))))
    ch, body = build_body(m, text)
    head = "\n".join(lines).encode("ascii") + b"\n" + ch + b"\n"
    raw = head + body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    label = {
        "file": "h%03d.eml" % idx,
        "category": m["c"],
        "auto_reply_ok": m["ok"],
        "uai": label_uai,
        "region": m["region"] if "region" in m else region_of(label_uai, addr),
        "platform": m.get("p"),
        "hard": m.get("h", False),
        "lang": m.get("lg", "fr"),
        "notes": m["nt"],
    }
    return raw, label

# ====================================================================
# password_reset
# ====================================================================
M(c="password_reset", ok=True, p="esidoc", u="0693127", client="zimbra", kind="alt",
  name="Mathilde Ravier", addr="mathilde.ravier@ac-lyon.fr", when="2024-09-03",
  subj="Première rentrée au CDI - mot de passe e-sidoc inconnu",
  body="""Bonjour,

Je suis professeure documentaliste stagiaire et j'ai pris mon poste lundi au collège Jean Moulin de Villeurbanne (UAI {U}).
Ma prédécesseure est partie à la retraite en juin et personne au collège ne connaît le mot de passe du back office e-sidoc.
Pourriez-vous m'indiquer comment le récupérer ?

Merci d'avance,
Mathilde Ravier
Professeure documentaliste - Collège Jean Moulin
""",
  nt="First-year librarian, predecessor retired, nobody knows the e-sidoc password; UAI given: the reset path applies.")

M(c="password_reset", ok=True, p="esidoc", u="0922481", client="gmail", kind="alt", lg="en",
  name="Sarah Whitfield", addr="s.whitfield.cdi@gmail.com", when="2024-09-09",
  subj="Library portal login - new librarian",
  body="""Hello,

I have just started as the librarian of the international section at Lycée Marie Curie in Sceaux (school code {U}). I was told the library catalogue back office is on e-sidoc, but I have no login details at all: my predecessor left in July and did not hand anything over.

Could you tell me how to get a password for the back office?

Many thanks,
Sarah Whitfield
""",
  nt="English; new librarian with no password handed over; personal Gmail, region from the UAI.")

M(c="password_reset", ok=True, p="espace_acheteur", u="0673319", client="outlook", kind="html",
  name="Thierry Baumann", addr="thierry.baumann@ac-strasbourg.fr",
  subj="Identifiant Espace Acheteur",
  body="""Bonjour,

Je remplace depuis le 1er septembre la gestionnaire du lycée, Mme Koenig, qui a obtenu sa mutation.
Je n'ai ni son identifiant ni son mot de passe pour l'Espace Acheteur, et je ne sais pas à quelle adresse le compte est rattaché.

Comment puis-je retrouver l'accès ?

Cordialement

Thierry Baumann
Adjoint gestionnaire
Lycée Jean Rostand - RNE {U}
""",
  nt="New gestionnaire taking over: login and linked address unknown; UAI written as 'RNE' in the signature. HTML-only Outlook.")

M(c="password_reset", ok=False, p="esidoc", u="0442619", client="gmail", kind="alt", h=True,
  name="Clémence Guérin", addr="clemence.guerin44@gmail.com",
  subj="Lien de réinitialisation envoyé à l'ancienne doc",
  body="""Bonjour,

J'ai cliqué sur "mot de passe oublié" sur le back office e-sidoc du collège Les Sables d'Or ({U}). Le message dit que le lien est parti vers une adresse qui commence par "m.ber..." : c'est l'adresse de mon prédécesseur, qui a quitté l'Éducation nationale.

Pouvez-vous envoyer le lien directement sur mon adresse personnelle (celle-ci) ? Ce serait beaucoup plus simple pour moi.

Merci !
Clémence Guérin, nouvelle professeure documentaliste
""",
  nt="Reset link goes to the predecessor's address; she asks for it on her personal Gmail, which is not on file: no automatic answer, a person must apply the official-address / head-of-establishment path.")

M(c="password_reset", ok=True, p="esidoc", client="android", kind="b64",
  name="Julien Peyrot", addr="julien.peyrot@ac-lyon.fr",
  subj="mdp",
  body="""Bonjour je suis le nouveau prof doc du college de Tarare, on ne m'a donné ni l'identifiant ni le mot de passe du portail esidoc. Comment je fais ?
Merci

Envoyé depuis mon smartphone
""",
  nt="Short phone message, no UAI; e-sidoc credentials never handed over; region from ac-lyon.fr.")

M(c="password_reset", ok=True, p="esidoc", u="0311842", client="thunderbird", kind="qp",
  name="Baptiste Lacombe", addr="baptiste.lacombe@ac-toulouse.fr",
  subj="Compte bloqué {U}",
  body="""Bonjour,

En arrivant au lycée j'ai retrouvé un carnet de mon prédécesseur avec plusieurs mots de passe notés. J'ai essayé les uns après les autres sur e-sidoc et le compte est maintenant bloqué.

Est-ce possible de le débloquer ou de recevoir un lien pour définir un nouveau mot de passe ?

Bien cordialement,
Baptiste Lacombe
Documentaliste
""",
  nt="Account locked after trying the predecessor's old passwords; UAI only in the subject.")

M(c="password_reset", ok=True, p="esidoc", u="0861127", client="zimbra", kind="alt",
  name="Secrétariat Collège Camille Guérin", addr="ce.{U}@ac-poitiers.fr",
  subj="Accès e-sidoc pour notre nouvelle documentaliste",
  body="""Bonjour,

Notre nouvelle professeure documentaliste, Mme Saïd, arrive la semaine prochaine et n'a pas le mot de passe de l'administration du portail e-sidoc.
Pouvez-vous envoyer le lien de réinitialisation sur la présente adresse de l'établissement ? Nous le lui transmettrons.

Cordialement,
Le secrétariat
Collège Camille Guérin
""",
  nt="The secretariat writes from the ce.<UAI> address and asks for the link on that official address: the safe path.")

M(c="password_reset", ok=False, p="esidoc", u="0593466", client="outlook", kind="alt", reply=5207,
  name="Nadia Bensaïd", addr="nadia.bensaid@ac-lille.fr",
  subj="RE: [#SUP-005207] Mot de passe e-sidoc",
  body="""Bonjour,

Le lien est bien parti sur la boîte ce. du collège, mais notre principal vient d'arriver et n'a pas encore ses accès à cette messagerie ; le secrétariat ne la relève plus depuis le départ de la secrétaire. Le lien a donc sûrement expiré.

Je suis bloquée depuis trois semaines, est-ce qu'une personne peut m'aider ?

Nadia Bensaïd
Collège Anatole France ({U})

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 17 septembre 2024 09:12
À : Nadia Bensaïd <nadia.bensaid@ac-lille.fr>
Objet : [#SUP-005207] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de votre établissement (c***@ac-l****.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""",
  nt="Reply after the automatic answer: the link went to the ce. mailbox nobody reads since the handover; the standard path failed, a person must take over.")

M(c="password_reset", ok=True, p="esidoc", u="0171293", client="thunderbird_old", kind="8bit", charset="iso-8859-1",
  name="Hélène Maurin", addr="helene.maurin@ac-poitiers.fr",
  subj="Mot de passe expiré - remplacement congé maternité",
  body="""Bonjour,

Je suis contractuelle et je remplace la documentaliste du collège de Surgères (UAI {U}) pendant son congé maternité.
Le back office e-sidoc m'indique que le mot de passe a expiré, et bien sûr je ne connais pas l'ancien.
Pouvez-vous m'aider à en définir un nouveau ?

Merci beaucoup,
Hélène Maurin
""",
  nt="Replacement librarian (maternity leave); expired password, old one unknown. ISO-8859-1 8-bit body from an old Thunderbird.")

M(c="password_reset", ok=False, p="esidoc", u="0351948", client="zimbra", kind="alt", h=True,
  name="Gwenaëlle Le Bihan", addr="gwenaelle.le-bihan@ac-rennes.fr",
  subj="Mot de passe + compte pour ma collègue",
  body="""Bonjour,

Deux choses :
1) je suis arrivée au lycée Chateaubriand à la rentrée et je n'ai pas le mot de passe d'administration e-sidoc (UAI {U}) ;
2) nous sommes désormais deux documentalistes : ma collègue, Mme Tanguy, peut-elle avoir son propre compte administrateur plutôt que de partager le mien ?

Merci pour votre aide
Gwenaëlle Le Bihan
""",
  nt="Two topics: password (first, main) and a second administrator account for a colleague (account_creation, needs a person). A single template would answer only half.")

M(c="password_reset", ok=True, p="esidoc", u="0451774", client="apple", kind="qp", flowed=True,
  name="Romain Delaunay", addr="romain.delaunay@ac-orleans-tours.fr",
  subj="Lien expiré",
  body="""Bonjour,

Nouveau documentaliste au collège de Pithiviers ({U}), j'ai demandé hier soir un lien pour réinitialiser le mot de passe e-sidoc. Je ne l'ai ouvert que ce matin et la page dit qu'il n'est plus valide.
Pouvez-vous m'en renvoyer un ?

Romain
""",
  nt="Reset link expired before use (opened the next morning); asks for a new one.")

M(c="password_reset", ok=True, p="esidoc", u="7200418", client="zimbra", kind="qp",
  name="Ghjulia Santoni", addr="ghjulia.santoni@ac-corse.fr",
  subj="Mot de passe portail documentaire",
  body="""Bonjour,

Je débute cette année au collège de Corte (UAI {U}). Je voudrais accéder à l'administration du portail e-sidoc mais je ne connais pas le mot de passe. Mon prédécesseur ne l'a laissé à personne.

Merci de votre retour,
Ghjulia Santoni
Professeure documentaliste
""",
  nt="Haute-Corse UAI prefix 720; new librarian, password never handed over.")

M(c="password_reset", ok=True, p="esidoc", u="9760312", client="gmail", kind="alt",
  name="Anli Soilihi", addr="anli.soilihi@ac-mayotte.fr",
  subj="Demande de mot de passe e-sidoc - collège de Kani-Kéli",
  body="""Bonjour,

Je viens d'être nommé au CDI du collège de Kani-Kéli ({U}). Je n'ai reçu aucun identifiant pour gérer le portail e-sidoc. Pouvez-vous m'indiquer la marche à suivre pour obtenir un mot de passe ?

Merci
Anli Soilihi
""",
  nt="Mayotte UAI (976); new librarian without the password; Mayotte time zone.")

M(c="password_reset", ok=True, p="esidoc", u="0761984", client="outlook", kind="html",
  name="Virginie Lemonnier", addr="virginie.lemonnier@ac-normandie.fr",
  subj="Accès administrateur e-sidoc",
  body="""Bonjour,

Mon prédécesseur a changé le mot de passe du compte administrateur e-sidoc juste avant de partir, et ne l’a transmis à personne (il ne répond plus à ses mails).

Notre établissement : lycée Georges Brassens, Neufchâtel-en-Bray, UAI {U}.

Pouvez-vous me dire comment obtenir un nouveau mot de passe ?

Merci par avance,

Virginie Lemonnier
Professeure documentaliste
""",
  charset="windows-1252",
  nt="Predecessor changed the password before leaving; HTML-only Outlook in windows-1252.")

M(c="password_reset", ok=True, p="esidoc", ubad="3402715", client="zimbra", kind="alt", h=True,
  name="Inès Carrère", addr="ines.carrere@ac-montpellier.fr",
  subj="Perte mot de passe - nouvelle documentaliste",
  body="""Bonjour,

Nouvelle au collège Les Garrigues, je ne parviens pas à me connecter à e-sidoc : le mot de passe donné par la principale ne fonctionne pas.
Notre code établissement est le {BAD}.

Pourriez-vous m'envoyer un lien de réinitialisation ?

Cordialement,
Inès Carrère
""",
  nt="UAI typed with a wrong check letter, so no UAI; region from ac-montpellier.fr. Still a plain lost-password case for the standard answer (which asks for the identifier).")

M(c="password_reset", ok=True, p="esidoc", u="9740921", client="gmail", kind="alt", lg="en",
  name="David Payet", addr="david.payet974@gmail.com",
  subj="Forgot my password (school library portal)",
  body="""Hi,

I joined Lycée Bellepierre in Saint-Denis as a teacher-librarian in August. During my induction week I set a password for the e-sidoc admin page, but I can't remember it now and the one I wrote down is rejected.

The school code is {U}. Could you help me reset it?

Thanks a lot,
David Payet
""",
  nt="English; forgotten password set during induction; Réunion UAI and time zone.")

M(c="password_reset", ok=False, p="esidoc", u="0213082", client="orange", kind="qp",
  name="Monique Thevenot", addr="monique.thevenot@orange.fr",
  subj="Besoin d'aide pour le mot de passe, merci de me téléphoner",
  body="""Bonjour,

Je reprends le CDI du collège de Montbard ({U}) cette année après quinze ans en classe, et je suis perdue avec les outils informatiques. Je n'arrive pas à entrer dans e-sidoc, on me demande un identifiant et un mot de passe que je n'ai pas.

Je préfèrerais vraiment qu'une personne m'appelle pour me guider pas à pas : 06 12 34 56 78, le mardi ou le jeudi après-midi.

Merci beaucoup
Monique Thevenot
""",
  nt="Lost password, but she explicitly asks for a person to phone her: no automatic answer.")

M(c="password_reset", ok=True, p="esidoc", u="0133518", client="samsung", kind="alt-b64",
  name="Karim Haddouche", addr="karim.haddouche@ac-aix-marseille.fr",
  subj="Mdp esidoc",
  body="""Bonjour, je suis le nouveau prof doc du lycée Saint-Exupéry ({U}) et je n'ai pas le mot de passe de l'administration esidoc. Merci de m'envoyer la procédure.
Karim

Envoyé de mon Galaxy
""",
  nt="Samsung mail, base64 text and HTML; new librarian, no password.")

M(c="password_reset", ok=True, p="espace_acheteur", u="0781362", client="outlook", kind="alt",
  name="Patricia Ngo", addr="patricia.ngo@ac-versailles.fr",
  subj="Mot de passe Espace Acheteur du collège",
  body="""Bonjour,

Je suis la nouvelle adjointe gestionnaire du collège La Mare aux Saules ({U}). Je n'ai jamais eu le mot de passe de l'Espace Acheteur : l'ancien gestionnaire s'en occupait seul et il est parti en retraite.
Pouvez-vous m'indiquer comment en obtenir un ?

Cordialement,
Patricia Ngo
Adjointe gestionnaire
""",
  nt="New gestionnaire never had the Espace Acheteur password; predecessor retired.")

M(c="password_reset", ok=True, p="esidoc", u="0291377", client="laposte", kind="8bit", charset="iso-8859-1",
  name="Yann Kerhervé", addr="yann.kerherve@laposte.net",
  subj="identifiant e-sidoc ?",
  body="""Bonjour,

On me dit que l'identifiant du back office e-sidoc est un code d'établissement mais je ne sais pas lequel, et je n'ai pas de mot de passe non plus. Je suis le nouveau documentaliste du collège de Pont-l'Abbé, UAI {U} d'après le secrétariat.

Merci
Yann Kerhervé
""",
  nt="Does not know the identifier (it is the UAI) nor the password; personal La Poste address; ISO-8859-1 8-bit.")

M(c="password_reset", ok=False, p="esidoc", u="0631552", client="zimbra", kind="alt", h=True,
  name="Aurélie Fontanel", addr="aurelie.fontanel@ac-clermont.fr",
  subj="Mot de passe e-sidoc et accès de mon prédécesseur",
  body="""Bonjour,

J'ai pris mes fonctions au collège Blaise Pascal ({U}) et je voudrais un nouveau mot de passe pour e-sidoc.
Par ailleurs, mon prédécesseur continue de se connecter au back office depuis son nouveau poste (je vois ses modifications dans les notices). Je voudrais que son accès soit coupé au plus vite.

Merci
Aurélie Fontanel
""",
  nt="Password reset plus a request to cut the predecessor's access, which needs the head's written request: two topics, a person must handle it.")

M(c="password_reset", ok=False, p="ecoledirecte", u="0382294", client="outlook", kind="alt",
  name="Secrétariat Institution Notre-Dame", addr="secretariat@notredame-voiron.fr",
  subj="Mot de passe administrateur EcoleDirecte perdu",
  body="""Bonjour,

Je suis la nouvelle secrétaire de direction de l'Institution Notre-Dame (UAI {U}). Je n'ai pas le mot de passe du compte administrateur EcoleDirecte : ma collègue partie en juillet ne l'a pas laissé.
Je précise qu'il ne s'agit pas du mot de passe de maintenance quotidien, que j'arrive à obtenir.

Merci de votre aide,
Sophie Arnaud
""",
  nt="Lost EcoleDirecte administration password after a handover, explicitly not the daily maintenance password: password_reset, but no reset template exists for this product.")
# ====================================================================
# missing_noreply_mail
# ====================================================================
M(c="missing_noreply_mail", ok=True, p="espace_acheteur", u="0541218", client="zimbra", kind="alt",
  name="Olivier Marchal", addr="olivier.marchal@ac-nancy-metz.fr", when="2024-09-12",
  subj="Pas de mail de confirmation après inscription",
  body="""Bonjour,

Nouveau gestionnaire du collège Jacques Callot ({U}), j'ai rempli hier le formulaire d'inscription à l'Espace Acheteur. Le site annonce l'envoi d'un mail de confirmation, mais je n'ai rien reçu, ni dans la boîte de réception ni dans les indésirables.

Pouvez-vous vérifier ?

Olivier Marchal
""",
  nt="New gestionnaire: the sign-up confirmation mail never arrived; no anti-spam product named.")

M(c="missing_noreply_mail", ok=True, p="esidoc", u="0251460", client="thunderbird", kind="qp",
  name="Camille Roussel", addr="camille.roussel@ac-besancon.fr",
  subj="Mail de nouveau mot de passe jamais reçu",
  body="""Bonjour,

Je suis la nouvelle documentaliste du lycée Louis Pergaud ({U}). J'ai utilisé la fonction "mot de passe oublié" d'e-sidoc : la page confirme l'envoi du message, mais rien n'arrive, même après une heure. Le secrétariat n'a rien reçu non plus sur la boîte de l'établissement.

Que faire ?
Camille Roussel
""",
  nt="The reset tool works but its mail never arrives: missing_noreply_mail per the taxonomy, not password_reset.")

M(c="missing_noreply_mail", ok=True, p="espace_acheteur", client="outlook", kind="alt", lg="en",
  name="Mark Devereux", addr="m.devereux@lycee-agricole-pamiers.fr",
  subj="Activation link not received",
  body="""Good morning,

I took over as bursar at the agricultural high school in Pamiers last month and registered on the buyer space on Monday. The page said an activation link would be e-mailed, but nothing has arrived yet (I checked the spam folder).

Could you resend it or check what happened?

Kind regards,
Mark Devereux
Bursar
""",
  nt="English; new bursar's activation link never arrived; non-academic domain, no UAI, no region.")

M(c="missing_noreply_mail", ok=True, p="espace_acheteur", u="0801734", client="zimbra", kind="qp",
  name="Élodie Caron", addr="elodie.caron@ac-amiens.fr",
  subj="Notifications de comptes à valider",
  body="""Bonjour,

Depuis que j'ai repris le rôle d'administratrice de structure pour le lycée (UAI {U}), je ne reçois aucune notification quand un collègue s'inscrit et attend une validation. Je ne le découvre que quand on vient me voir.
Mon prédécesseur, lui, les recevait bien.

Merci de votre aide,
Élodie Caron
""",
  nt="New structure administrator never receives the 'account to validate' notifications.")

M(c="missing_noreply_mail", ok=True, p="espace_acheteur", client="iphone", kind="qp",
  name="Lucas Ferrand", addr="lucas.ferrand@ac-grenoble.fr",
  subj="mail d'activation",
  body="""Bonjour, toujours pas reçu le mail d'activation de mon compte acheteur, inscription faite jeudi. Merci

Envoyé de mon iPhone
""",
  nt="Very short iPhone message; activation mail missing; region from ac-grenoble.fr.")

M(c="missing_noreply_mail", ok=False, p="espace_acheteur", u="0492338", client="gmail", kind="alt", reply=5488,
  name="Anne-Sophie Godin", addr="as.godin@ac-nantes.fr",
  subj="Re: [#SUP-005488] Mail de confirmation non reçu",
  body="""Bonjour,

J'ai suivi vos conseils (dossier indésirables, ajout de l'adresse no-reply dans mes contacts) mais toujours rien, trois jours plus tard. Notre informatique ne voit rien passer non plus.
Je suis la nouvelle gestionnaire du collège ({U}) et je dois passer une commande avant la fin du mois. Merci de faire suivre à quelqu'un qui pourra regarder.

Anne-Sophie Godin

Le lun. 7 oct. 2024 à 14:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Les messages automatiques partent d'une adresse no-reply. Vérifiez votre
> dossier de courrier indésirable et ajoutez cette adresse à vos expéditeurs
> autorisés. Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.
>
> L'équipe d'assistance
""",
  nt="Reply after the junk-folder answer: still nothing after three days, asks for a person. The template was already sent.")

M(c="missing_noreply_mail", ok=True, p="espace_acheteur", u="0632115", client="outlook", kind="alt", h=True,
  name="Franck Chassaing", addr="franck.chassaing@ac-clermont.fr",
  subj="Aucun mail reçu de votre part",
  body="""Bonjour,

J'ai pris la gestion du lycée agricole (UAI {U}) en septembre. Je n'ai jamais reçu le mail de création de mot de passe de l'Espace Acheteur.
Précision utile : nous n'avons pas Mailinblack ni aucun autre filtre particulier, juste la messagerie académique.

Merci
Franck Chassaing
""",
  nt="MailInBlack named only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.")

M(c="missing_noreply_mail", ok=True, p="ticket_portal", client="roundcube", kind="qp",
  name="Delphine Aubert", addr="d.aubert@cite-scolaire-millau.fr",
  subj="Invitation au portail de tickets non reçue",
  body="""Bonjour,

Ma collègue Mme Roques, qui part à la retraite, m'a ajoutée sur le portail de tickets pour que je suive les demandes en cours. Elle voit que l'invitation est partie, mais je ne l'ai jamais reçue (spams vérifiés).

Bien à vous,
Delphine Aubert
""",
  nt="Handover: the ticket-portal invitation mail never arrived; non-academic sender.")

M(c="missing_noreply_mail", ok=True, p="esignature", u="0691533", client="zimbra", kind="alt", h=True,
  name="Pierre-Yves Mounier", addr="ce.{U}@ac-lyon.fr",
  subj="Convention à signer : mail de signature non reçu",
  body="""Bonjour,

Principal du collège depuis le 1er septembre, on m'a annoncé qu'une convention m'avait été envoyée pour signature électronique. Je n'ai reçu aucun mail de la plateforme de signature, ni sur cette adresse ni sur mon adresse personnelle académique.

Pouvez-vous vérifier l'adresse utilisée et renvoyer l'invitation ?

P.-Y. Mounier
Principal
""",
  nt="Written by the new principal from the ce. address, but he only reports a missing e-signature notification: not a head-of-establishment request.")

M(c="missing_noreply_mail", ok=True, p="espace_acheteur", client="outlook", kind="html",
  name="Sabrina Ouali", addr="sabrina.ouali@ac-creteil.fr",
  subj="Lien de première connexion",
  body="""Bonjour,

L’ancien administrateur de notre structure m’a transféré le rôle avant son départ, et l’écran indiquait qu’un lien de première connexion allait m’être envoyé. Je n’ai rien reçu depuis lundi.

Je vous remercie de votre aide.

Sabrina Ouali
Gestionnaire
""",
  charset="windows-1252",
  nt="HTML-only Outlook; first-login link after the admin role was handed over never arrived. Region from ac-creteil.fr.")

M(c="missing_noreply_mail", ok=True, p="espace_acheteur", client="outlook_desktop", kind="alt",
  name="Service informatique - Lycée Vauban", addr="informatique@lycee-vauban-brest.fr",
  subj="Adresse d'expédition des mails automatiques ?",
  body="""Bonjour,

Trois nouveaux agents de l'intendance se sont inscrits sur l'Espace Acheteur cette semaine et aucun n'a reçu les mails automatiques (activation, mot de passe). Notre passerelle de messagerie est assez stricte.

Pouvez-vous nous communiquer l'adresse exacte d'expédition et, si possible, les serveurs d'envoi, afin que nous les autorisions ?

Cordialement,
Service informatique
""",
  nt="IT department: no automatic mails for three new staff; strict gateway but no product named. Non-academic domain, no region.")

M(c="missing_noreply_mail", ok=True, p="espace_acheteur", u="0573108", client="outlook", kind="alt",
  name="Jérôme Weber", addr="jerome.weber@ac-nancy-metz.fr",
  subj="TR: mail d'activation",
  body="""Bonjour,

Je vous transfère le message de ma nouvelle collègue, qui n'a pas accès à votre formulaire. Merci de regarder.

Jérôme Weber
Gestionnaire, collège Paul Verlaine ({U})

________________________________
De : Lisa Hoffmann <lisa.hoffmann@ac-nancy-metz.fr>
Envoyé : jeudi 19 septembre 2024 16:05
À : Jérôme Weber
Objet : mail d'activation

Jérôme,
Je me suis inscrite sur l'Espace Acheteur mardi comme tu me l'as dit, mais je n'ai toujours pas le mail pour activer le compte. J'ai regardé partout.
Lisa
""",
  nt="Outlook forward ('TR:') of a new colleague's message: activation mail never came.")

M(c="missing_noreply_mail", ok=True, p="esidoc", u="9730215", client="zimbra", kind="qp",
  name="Maëva Jean-Baptiste", addr="maeva.jean-baptiste@ac-guyane.fr",
  subj="Mail de validation de l'adresse de contact",
  body="""Bonjour,

J'ai remplacé l'adresse de contact du portail e-sidoc du collège ({U}) par la mienne, puisque je suis la nouvelle documentaliste. Un mail de validation devait m'arriver, mais rien, même dans les courriers indésirables.

Bonne journée,
Maëva Jean-Baptiste
""",
  nt="Validation mail for the new contact address never arrived; Guyane UAI and time zone.")

M(c="missing_noreply_mail", ok=True, p="espace_acheteur", u="0141605", client="thunderbird_old", kind="8bit", charset="iso-8859-1",
  name="Gilles Lefrançois", addr="gilles.lefrancois@ac-normandie.fr",
  subj="Nouveau mot de passe non recu",
  body="""Bonjour,

Je suis arrivé comme gestionnaire au collège de Falaise ({U}) à la Toussaint. J'ai demandé un nouveau mot de passe sur l'Espace Acheteur trois fois ; le message de l'adresse no-reply n'arrive jamais. J'ai vérifié le dossier des indésirables.

Cordialement
Gilles Lefrançois
""",
  nt="New-password mail from the no-reply address never arrives after three tries; ISO-8859-1 8-bit.")

M(c="missing_noreply_mail", ok=True, p="espace_acheteur", client="gmail", kind="alt", lg="en",
  name="Claire Bennett", addr="claire.bennett@ac-bordeaux.fr",
  subj="No notifications for orders awaiting approval",
  body="""Hello,

I am the new deputy bursar and I have been given the approver role on our school's buyer space. Colleagues tell me they have submitted orders for approval, but I never get the notification e-mails. Nothing in junk either.

Could you look into it?
Claire
""",
  nt="English; approval notifications never reach the new approver; region from ac-bordeaux.fr.")

M(c="missing_noreply_mail", ok=True, p="ticket_portal", u="0831467", client="zimbra", kind="alt",
  name="Loïc Gauthier", addr="loic.gauthier@ac-nice.fr",
  subj="Confirmation de compte portail de tickets",
  body="""Bonjour,

Nouveau gestionnaire au lycée Raynouard ({U}), j'ai créé mon compte sur le portail de tickets, mais le mail de confirmation qui permet de choisir un mot de passe n'est jamais arrivé.

Merci,
Loïc Gauthier
""",
  nt="Ticket-portal confirmation mail (to set a password) never arrived.")

# ====================================================================
# mailinblack_spam
# ====================================================================
M(c="mailinblack_spam", ok=True, p="esidoc", u="0220847", client="zimbra", kind="alt",
  name="Morgane Le Goff", addr="morgane.le-goff@ac-rennes.fr",
  subj="Lien bloqué par Mailinblack",
  body="""Bonjour,

Nouvelle documentaliste au collège de Paimpol ({U}), j'ai demandé un lien de réinitialisation pour e-sidoc. Le service informatique de la collectivité me dit que le message est bloqué par Mailinblack, qu'ils viennent d'installer.

Que dois-je faire pour le recevoir ?
Morgane Le Goff
""",
  nt="Reset mail held by MailInBlack (named): mailinblack_spam, not password_reset.")

M(c="mailinblack_spam", ok=True, p="espace_acheteur", u="0561823", client="outlook", kind="alt",
  name="Caroline Jégou", addr="caroline.jegou@ac-rennes.fr",
  subj="Mail d'activation retrouvé dans la quarantaine Mailinblack",
  body="""Bonjour,

En cherchant partout, j'ai fini par trouver votre mail d'activation dans la quarantaine Mailinblack, mais trop tard : le lien avait expiré.
Je suis la nouvelle gestionnaire du collège ({U}). Comment faire pour que vos messages ne soient plus bloqués, et pour obtenir un nouveau lien ?

Caroline Jégou
""",
  nt="Activation mail found in the MailInBlack quarantine after expiry; the MailInBlack guide answers both points.")

M(c="mailinblack_spam", ok=True, p="espace_acheteur", client="outlook_desktop", kind="alt", lg="en",
  name="IT Support - Ensemble scolaire Saint-Joseph", addr="it@stjoseph-lannion.fr",
  subj="Which senders to allow in MailInBlack?",
  body="""Hello,

We moved our staff mailboxes behind MailInBlack during the summer. Our new bursar is not receiving anything from your buyer platform. Which sender addresses or domains should we add to the MailInBlack allow list?

Regards,
IT Support
""",
  nt="English; IT asks which senders to allow-list in MailInBlack; non-academic domain.")

M(c="mailinblack_spam", ok=False, p="espace_acheteur", u="0595017", client="outlook", kind="alt", h=True,
  name="Hervé Dubrulle", addr="herve.dubrulle@ac-lille.fr",
  subj="Mailinblack + facture",
  body="""Bonjour,

Je découvre le poste de gestionnaire au collège Jean Jaurès de Lomme ({U}).
1. Les mails d'activation de l'Espace Acheteur sont bloqués par Mailinblack, que faut-il autoriser ?
2. Je trouve dans les dossiers une facture de juin adressée à mon prédécesseur et non payée. Pouvez-vous me la renvoyer à mon nom ?

Merci
Hervé Dubrulle
""",
  nt="Two topics: MailInBlack blocking (main) and an invoice to reissue (order_billing): a person must answer both.")

M(c="mailinblack_spam", ok=True, p=None, client="android", kind="b64",
  name="Nathalie Prigent", addr="nathalie.prigent@ac-rennes.fr",
  subj="mail in black",
  body="""bonjour je suis nouvelle au college et tout est bloqué par mail in black chez nous, je recois rien de chez vous. vous avez une procedure ?
merci
""",
  nt="Phone message, product spelled 'mail in black', no accents, no platform named; region from ac-rennes.fr.")

M(c="mailinblack_spam", ok=False, p="espace_acheteur", client="outlook", kind="alt", h=True,
  name="Emmanuel Riviere", addr="emmanuel.riviere@mairie-carcassonne.fr",
  subj="Message demandant de prouver que je ne suis pas un robot",
  body="""Bonjour,

Quand j'écris à la nouvelle gestionnaire de notre collège, je reçois un message me demandant de cliquer sur un lien et de cocher une case pour "prouver que je suis humain". Elle pense que vos mails d'activation sont soumis à la même chose et restent coincés.

Est-ce un problème connu chez vous ?

Emmanuel Rivière
Service éducation, Ville de Carcassonne
""",
  nt="The sender-authentication challenge is described without naming MailInBlack; the product is not confirmed, so a person should check before sending the guide.")

M(c="mailinblack_spam", ok=True, p="espace_acheteur", u="0383706", client="outlook", kind="alt",
  name="Lucie Perrin", addr="lucie.perrin@ac-grenoble.fr",
  subj="TR: Mailinblack - rapport de quarantaine",
  body="""Bonjour,

Je suis nouvelle à l'intendance du lycée ({U}). Je reçois chaque matin le rapport ci-dessous et j'y vois vos messages. Faut-il les débloquer un par un ou y a-t-il un réglage à faire une fois pour toutes ?

Lucie Perrin

-----Message d'origine-----
De : Mailinblack <noreply@protect.mailinblack.com>
Envoyé : mercredi 2 octobre 2024 07:00
À : Lucie Perrin
Objet : Vos messages en attente

Vous avez 3 messages en attente d'authentification :
- no-reply@espace-acheteur.example.fr : Activez votre compte
- no-reply@espace-acheteur.example.fr : Votre compte a été validé
- info@fournitures-scolaires.example.com : Catalogue 2025
""",
  nt="A person forwards the daily MailInBlack quarantine report with a real question; the outer message is hers.")

M(c="mailinblack_spam", ok=True, p="espace_acheteur", u="0837129", client="zimbra", kind="alt", h=True,
  name="Principal - Collège Frédéric Mistral", addr="ce.{U}@ac-nice.fr",
  subj="Messages bloqués depuis le déploiement de Mailinblack",
  body="""Bonjour,

Arrivé à la tête du collège à la rentrée, je constate que ni la gestionnaire ni moi ne recevons plus les messages de l'Espace Acheteur depuis que le Département a déployé Mailinblack sur nos boîtes.
Pouvez-vous nous transmettre la procédure à donner au service informatique du Département ?

Le principal
""",
  nt="Written by the new principal from the ce. address, but he only asks for the MailInBlack procedure: not a head-of-establishment request.")

M(c="mailinblack_spam", ok=True, p="espace_acheteur", client="outlook", kind="html",
  name="Agnès Vidal", addr="agnes.vidal@ac-toulouse.fr",
  subj="Mails en attente dans Mailinblack Protect",
  body="""Bonjour,

Je prends la suite de Mme Costes comme gestionnaire. Mes mails d’activation de l’Espace Acheteur sont retenus dans « Mailinblack Protect » et je ne sais pas comment les libérer.

Pouvez-vous m’aider ?

Agnès Vidal
""",
  charset="windows-1252",
  nt="HTML-only Outlook (windows-1252): activation mails held in 'Mailinblack Protect'.")

M(c="mailinblack_spam", ok=False, p="espace_acheteur", u="0271846", client="outlook", kind="alt", reply=5611,
  name="Sébastien Hamel", addr="sebastien.hamel@ac-normandie.fr",
  subj="RE: [#SUP-005611] Mailinblack",
  body="""Bonjour,

Notre informaticien a appliqué votre guide la semaine dernière : l'adresse no-reply et le domaine sont dans la liste blanche Mailinblack. Pourtant le mail de validation de mon compte (je suis le nouveau gestionnaire du lycée, {U}) est encore parti en quarantaine ce matin.

Merci de voir avec la région ou l'informatique de votre côté.

Sébastien Hamel

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 4 novembre 2024 10:31
Objet : [#SUP-005611] Mailinblack

Bonjour,
Vous trouverez ci-joint le guide pour autoriser nos expéditeurs dans Mailinblack...
""",
  nt="The MailInBlack guide was already applied and mail is still held: the standard answer failed, a person must follow up.")

M(c="mailinblack_spam", ok=True, p="espace_acheteur", u="0500926", client="zimbra", kind="qp",
  name="Isabelle Marie", addr="isabelle.marie@ac-normandie.fr",
  subj="MAILINBLACK bloque l'activation",
  body="""Bonjour,

Nouvelle adjointe gestionnaire au collège de Coutances ({U}). MAILINBLACK a été activé sur nos messageries par le Département et je pense que c'est pour ça que je ne reçois pas le lien d'activation de l'Espace Acheteur.
Merci de m'envoyer la marche à suivre.

Isabelle Marie
""",
  nt="MAILINBLACK in capitals; new gestionnaire's activation link held.")
# ====================================================================
# head_of_establishment_request
# ====================================================================
M(c="head_of_establishment_request", ok=False, p="esidoc", u="0940587", client="zimbra", kind="alt", when="2024-09-05",
  name="Principale - Collège Saint-Exupéry", addr="ce.{U}@ac-creteil.fr",
  subj="Changement de l'adresse de contact e-sidoc - {U}",
  body="""Madame, Monsieur,

Nommée principale du collège Saint-Exupéry (UAI {U}) à compter du 1er septembre, je vous demande de remplacer l'adresse de contact du compte administrateur e-sidoc, qui est encore celle de l'ancienne documentaliste, par celle de notre nouvelle professeure documentaliste : julie.martineau@ac-creteil.fr.

Je vous remercie par avance.

Fabienne Collet
Principale
""",
  nt="The new principal asks in writing, from the ce.<UAI> address, to change the e-sidoc admin contact address to the new librarian's.")

M(c="head_of_establishment_request", ok=False, p="espace_acheteur", u="0333402", client="outlook", kind="alt",
  name="Proviseur Lycée Montesquieu", addr="ce.{U}@ac-bordeaux.fr",
  cc="Nathalie Dufau <nathalie.dufau@ac-bordeaux.fr>",
  subj="Désignation d'un nouvel administrateur de structure",
  body="""Bonjour,

Je vous informe que M. Jean-Marc Lestrade, gestionnaire du lycée Montesquieu ({U}), a fait valoir ses droits à la retraite le 31 août.
Je désigne Mme Nathalie Dufau, en copie, nouvelle administratrice de notre structure sur l'Espace Acheteur, et je vous demande de clôturer les accès de M. Lestrade.

Cordialement,
Philippe Arnal
Proviseur
""",
  nt="The proviseur names a new structure administrator (gestionnaire in copy) and asks to close the retired predecessor's access.")

M(c="head_of_establishment_request", ok=False, p="esidoc", client="gmail", kind="alt", h=True,
  name="Valérie Bourdon", addr="valerie.bourdon.dir@gmail.com",
  subj="Réinitialisation mot de passe portail BCD",
  body="""Bonjour,

Je suis la nouvelle directrice de l'école élémentaire Jules Ferry de Saint-Amand. Ma prédécesseure gérait le portail e-sidoc de la BCD et personne n'a le mot de passe. En tant que directrice, je vous autorise à le réinitialiser et à envoyer le nouveau lien à l'adresse de l'école.

Je vous écris depuis ma boîte personnelle car je n'ai pas encore mes accès à la messagerie de l'école.

Valérie Bourdon
Directrice
""",
  nt="A new primary-school head authorises a reset from a personal Gmail, no UAI: weak evidence, staff must verify.")

M(c="head_of_establishment_request", ok=False, p="esidoc", u="0624831", client="outlook", kind="mixed", h=True,
  name="Aurore Lefebvre", addr="aurore.lefebvre@ac-lille.fr",
  cc="ce.{U}@ac-lille.fr",
  subj="Courrier du chef d'établissement - changement d'administrateur e-sidoc",
  attach=[("courrier_principal_changement_admin.pdf", "application/pdf",
           b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% courrier signe du principal\n%%EOF\n")],
  body="""Bonjour,

Vous trouverez en pièce jointe le courrier signé de notre principal, M. Delcroix, qui me désigne comme administratrice du portail e-sidoc du collège Albert Camus ({U}) en remplacement de Mme Vasseur, mutée.
Le principal est en copie de ce message (adresse de l'établissement).

Bien cordialement,
Aurore Lefebvre
Professeure documentaliste
""",
  nt="The new librarian relays the head's signed letter (PDF) with the ce. address in copy: a written head request, relayed; staff must check the letter.")

M(c="head_of_establishment_request", ok=False, p="espace_acheteur", u="0130982", client="zimbra", kind="alt",
  name="Principal Collège Marseilleveyre", addr="ce.{U}@ac-aix-marseille.fr",
  subj="Délégation de validation des commandes",
  body="""Madame, Monsieur,

Je soussigné, Christophe Bonnet, principal du collège Marseilleveyre (UAI {U}), autorise Mme Samia Benali, adjointe gestionnaire arrivée le 2 septembre, à valider les commandes de l'établissement sur l'Espace Acheteur.

Cette délégation remplace celle accordée à M. Orsini, qui a quitté l'établissement.

C. Bonnet
""",
  nt="Written delegation by the head: the new adjointe gestionnaire may validate orders, replacing the departed one.")

M(c="head_of_establishment_request", ok=False, p="espace_acheteur", u="0061725", client="outlook", kind="alt", lg="en",
  name="Head of School - Centre International de Valbonne", addr="ce.{U}@ac-nice.fr",
  subj="Change of structure administrator",
  body="""Dear Support Team,

I took up my post as head of school on 1 September. Our former bursar, Mr Alan Price, was the administrator of our structure on the buyer platform. He has left the school.

Please transfer the administrator role to our new bursar, Ms Elena Rossi (elena.rossi@ac-nice.fr), and remove Mr Price's access.

Yours faithfully,
Dr Jane Holloway
Head of School
""",
  nt="English; the new head of school asks from the ce. address to move the administrator role to the new bursar and remove the former one.")

M(c="head_of_establishment_request", ok=False, p="esidoc", u="0870413", client="zimbra", kind="qp", h=True,
  name="Principal adjoint faisant fonction", addr="ce.{U}@ac-limoges.fr",
  subj="Demande de réinitialisation - administrateur e-sidoc",
  body="""Bonjour,

J'assure l'intérim de la direction du collège Léonard Limosin ({U}) depuis le départ de la principale, en qualité de principal faisant fonction.
La documentaliste partie en juin n'a pas transmis le mot de passe administrateur d'e-sidoc. Je vous demande de le réinitialiser et d'envoyer le lien à l'adresse de l'établissement.

Cordialement,
Marc Desroches
Principal adjoint, faisant fonction de chef d'établissement
""",
  nt="An acting head (principal adjoint 'faisant fonction') asks in writing for the admin reset: he is the head for now, staff verify.")

M(c="head_of_establishment_request", ok=False, p="esidoc", u="0421785", client="zimbra", kind="alt", reply=5334,
  name="Proviseure Lycée Honoré d'Urfé", addr="ce.{U}@ac-lyon.fr",
  subj="Re: [#SUP-005334] Accès administrateur e-sidoc",
  body="""Bonjour,

Comme demandé, je confirme par écrit en tant que proviseure du lycée Honoré d'Urfé ({U}) que Mme Léa Chapuis est notre nouvelle professeure documentaliste et qu'elle doit devenir administratrice du portail e-sidoc à la place de M. Grange.

Cordialement,
Sylvie Perret, proviseure

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "lea chapuis" <lea.chapuis@ac-lyon.fr>
Envoyé: Lundi 16 Septembre 2024 11:04:12
Objet: [#SUP-005334] Accès administrateur e-sidoc

Bonjour,
Pour changer l'administrateur du portail, nous avons besoin d'une demande écrite du chef d'établissement.
L'équipe d'assistance
""",
  nt="Reply (Zimbra 'Mail original' quote) in which the proviseure gives the written request the desk asked for.")

M(c="head_of_establishment_request", ok=False, p=None, u="0755218", client="gmail", kind="alt", h=True, auth="pass",
  name="Proviseur Lycée Voltaire", addr="proviseur.lycee.voltaire75@gmail.com",
  subj="URGENT - transfert de tous les comptes",
  body="""Bonjour,

Je suis le nouveau proviseur du lycée Voltaire (UAI {U}). Suite à un problème de messagerie académique, je vous demande de transférer immédiatement TOUS les comptes de l'établissement (e-sidoc, Espace Acheteur) sur cette adresse gmail, et de m'envoyer les mots de passe actuels.

Merci de traiter cela aujourd'hui, c'est très urgent.

Le proviseur
""",
  nt="Claims to be the new proviseur, from a Gmail address, urgency, asks for all accounts and current passwords: a probable fraud. Still a head-of-establishment request for the queue, to be refused. Several products named, so no platform.")

M(c="head_of_establishment_request", ok=False, p="esidoc", u="0160894", client="outlook", kind="alt",
  name="Principal Collège Jean Rostand", addr="ce.{U}@ac-poitiers.fr",
  subj="Autorisation de commande - renouvellement abonnements CDI",
  body="""Bonjour,

J'autorise notre nouvelle professeure documentaliste, Mme Roux, à valider la commande de renouvellement des abonnements du CDI sur e-sidoc pour l'année 2024-2025.
Le bon d'engagement sera signé par la gestionnaire.

Le principal,
Daniel Texier
Collège Jean Rostand - {U}
""",
  nt="The head authorises the new librarian to validate the renewal order: head-of-establishment request (authorisation of an order).")

M(c="head_of_establishment_request", ok=False, p="esidoc", u="0597281", client="outlook", kind="html",
  name="Proviseure - Lycée Baggio", addr="ce.{U}@ac-lille.fr",
  subj="Suppression du compte de l’ancienne documentaliste",
  body="""Madame, Monsieur,

Proviseure du lycée Baggio ({U}) depuis cette rentrée, je vous demande :
- de supprimer le compte administrateur e-sidoc de Mme Hennebelle, qui a quitté l’établissement ;
- de créer ou de rattacher un compte administrateur pour M. Dufour, notre nouveau professeur documentaliste (romain.dufour@ac-lille.fr).

Avec mes remerciements,

Catherine Vanhove
Proviseure
""",
  charset="windows-1252",
  nt="HTML-only Outlook: the new proviseure asks to delete the departed librarian's admin account and give one to the new librarian.")

M(c="head_of_establishment_request", ok=False, p="espace_acheteur", u="0442273", client="outlook_desktop", kind="alt",
  name="Direction - Collège privé Saint-Félix", addr="direction@saintfelix-nantes.fr",
  subj="Changement d'administrateur Espace Acheteur",
  body="""Bonjour,

Nouveau chef d'établissement du collège privé Saint-Félix (UAI {U}) depuis septembre, je souhaite que l'administration de notre compte sur l'Espace Acheteur soit confiée à notre nouvelle comptable, Mme Hélène Guillou (comptabilite@saintfelix-nantes.fr), en remplacement de M. Rabiller.

Je reste à votre disposition pour tout justificatif.

Bertrand Le Floch
Chef d'établissement
""",
  nt="Private-school head (own domain, not ce.) asks to change the Espace Acheteur administrator; staff check the evidence.")

M(c="head_of_establishment_request", ok=False, p="esidoc", u="0191420", u2="0191421", client="zimbra", kind="alt", h=True,
  name="Proviseur Cité scolaire Edmond Perrier", addr="ce.{U}@ac-limoges.fr",
  subj="Cité scolaire : nouvelle documentaliste pour les deux portails",
  body="""Bonjour,

Je dirige depuis la rentrée la cité scolaire Edmond Perrier, qui regroupe le lycée ({U}) et le collège ({U2}). Chacun a son portail e-sidoc.
Je vous demande de remplacer, sur les deux portails, l'adresse de contact de l'administrateur par celle de notre nouvelle documentaliste, Mme Faure (isabelle.faure@ac-limoges.fr).

Bien cordialement,
Le proviseur, Alain Bouyssou
""",
  nt="Cité scolaire with two UAIs (lycée and collège); the label keeps the one of the ce. sender address (the lycée); the request covers both portals.")

M(c="head_of_establishment_request", ok=False, p="esidoc", u="0601832", client="zimbra", kind="qp", h=True,
  name="Principal du collège", addr="ce.{u}@ac-amiens.fr",
  subj="Demande du principal - compte e-sidoc",
  body="""Bonjour,

Principal du collège Marcelin Berthelot (code {BAD}) depuis le 1er septembre, je vous demande de réinitialiser le mot de passe administrateur du portail e-sidoc et d'envoyer le lien à l'adresse de l'établissement, afin que notre nouveau documentaliste puisse travailler.

Cordialement,
Gérard Lenoir
""",
  nt="The body gives the UAI with a wrong check letter, but the lower-case ce.<uai>@ac-amiens.fr sender address carries the valid code, which is the label.")

M(c="head_of_establishment_request", ok=False, p="esidoc", u="0740963", client="iphone", kind="qp",
  name="Marie-Claude Dunand", addr="marie-claude.dunand@ac-grenoble.fr",
  subj="Re: Accès e-sidoc CDI",
  body="""Bonjour,
Je confirme, en tant que principale, que la réinitialisation peut être faite. Merci de votre aide.
M.-C. Dunand
Principale, collège Les Aravis ({U})

Envoyé de mon iPhone

> Le 23 sept. 2024 à 10:41, Léo Bouvier <leo.bouvier@ac-grenoble.fr> a écrit :
>
> Bonjour,
> Je suis le nouveau documentaliste du collège Les Aravis et je n'ai pas le mot de passe d'administration du portail. Ma principale est en copie pour confirmer.
> Léo Bouvier
""",
  nt="The principal confirms from her phone, quoting the new librarian's request (Apple quote style), that the reset may be done. Personal academic address, not ce.")

M(c="head_of_establishment_request", ok=False, p="esignature", u="0352714", client="outlook", kind="alt-b64",
  name="Proviseure Lycée Bréquigny", addr="ce.{U}@ac-rennes.fr",
  subj="Changement de signataire des conventions",
  body="""Bonjour,

Je remplace M. Daniel Le Roux à la direction du lycée Bréquigny ({U}) depuis le 26 août. Les conventions envoyées en signature électronique sont encore adressées à son nom.
Je vous demande de me désigner comme signataire pour l'établissement : Anne Morvan, proviseure, à l'adresse ce.{U}@ac-rennes.fr.

Cordialement,
Anne Morvan
""",
  nt="The new proviseure asks to become the signatory of e-signature conventions in place of her predecessor; Outlook base64 text and HTML.")

# ====================================================================
# account_creation
# ====================================================================
M(c="account_creation", ok=True, p="esidoc", u="0592147", client="zimbra", kind="alt",
  name="Amandine Lecomte", addr="amandine.lecomte@ac-lille.fr",
  subj="Création d'un compte professionnel e-sidoc",
  body="""Bonjour,

Je suis professeure documentaliste néo-titulaire au collège de Wattrelos ({U}). Mon tuteur m'a dit qu'il fallait créer un compte client pour gérer les commandes de ressources du CDI. Comment procède-t-on ?

Merci
Amandine Lecomte
""",
  nt="First-year librarian asks how to open the customer account: the standard account-creation answer fits.")

M(c="account_creation", ok=False, p="espace_acheteur", u="0780912", client="outlook", kind="alt",
  name="Rachid Amrani", addr="rachid.amrani@ac-versailles.fr",
  subj="Qui est l'administrateur de notre structure ?",
  body="""Bonjour,

Arrivé comme gestionnaire au collège Pierre de Coubertin ({U}), je veux m'inscrire sur l'Espace Acheteur, mais le formulaire me dit que mon compte devra être validé par l'administrateur de la structure. Personne ici ne sait qui c'est.

Pouvez-vous me le dire ?

Rachid Amrani
""",
  nt="Asks who the structure's administrator is: needs a look-up, a person answers.")

M(c="account_creation", ok=False, p="espace_acheteur", u="0343170", client="thunderbird", kind="qp", h=True,
  name="Christine Barthe", addr="christine.barthe@ac-montpellier.fr",
  subj="Compte en attente de validation depuis 3 semaines",
  body="""Bonjour,

Je me suis inscrite sur l'Espace Acheteur le 9 septembre, mon compte est toujours "en attente de validation". J'ai fini par comprendre que l'administrateur de notre structure est mon prédécesseur, M. Fabre, qui a été muté à La Réunion et ne répond pas.

Collège Victor Hugo, UAI {U}.

Qui peut valider mon compte à sa place ?

Christine Barthe, gestionnaire
""",
  nt="Account waiting three weeks; the structure administrator is the departed predecessor: the region must step in, not the FAQ answer.")

M(c="account_creation", ok=True, p="espace_acheteur", client="orange", kind="qp",
  name="Fabrice Moulin", addr="fabrice.moulin.gest@orange.fr",
  subj="Comment créer un compte acheteur",
  body="""Bonjour,

Je commence lundi comme secrétaire-gestionnaire dans un petit collège rural. On m'a dit que les commandes passaient par votre Espace Acheteur. Comment puis-je créer mon compte ?

Cordialement,
Fabrice Moulin
""",
  nt="New buyer asks how to create an account; no UAI, personal address.")

M(c="account_creation", ok=True, p="esidoc", u="0671483", client="gmail", kind="alt", lg="en",
  name="Hannah Schultz", addr="hannah.schultz@ac-strasbourg.fr",
  subj="Opening an account for our school library",
  body="""Hello,

I have been appointed teacher-librarian at the European school in Strasbourg ({U}) this year. There is no customer account yet for ordering library resources. How do I open one?

Best regards,
Hannah Schultz
""",
  nt="English; new librarian wants to open the customer account; standard answer.")

M(c="account_creation", ok=False, p="espace_acheteur", u="0291904", client="outlook", kind="alt", h=True,
  name="Typhaine Cornec", addr="typhaine.cornec@ac-rennes.fr",
  subj="Transférer le compte de mon prédécesseur à mon nom",
  body="""Bonjour,

Le compte Espace Acheteur du lycée ({U}) est au nom de mon prédécesseur, M. Quéré, avec son adresse. Plutôt que de créer un nouveau compte et de perdre l'historique des commandes et les paniers enregistrés, est-il possible de transférer son compte à mon nom ?

Typhaine Cornec
Gestionnaire
""",
  nt="Asks to transfer the predecessor's account to her rather than create a new one: an account question needing a person (and possibly the head's request).")

M(c="account_creation", ok=False, p="espace_acheteur", u="0451093", client="zimbra", kind="alt",
  name="Kévin Morin", addr="kevin.morin@ac-orleans-tours.fr",
  subj="Droits de validation des commandes",
  body="""Bonjour,

Mon compte fonctionne, mais je n'ai que le profil "consultation". Comme nouveau gestionnaire du lycée ({U}), je dois pouvoir passer et valider les commandes. Pouvez-vous ouvrir ces droits ?

Kévin Morin
""",
  nt="Account works; asks for order rights to be opened: a person (or the structure admin) answers.")

M(c="account_creation", ok=True, p="espace_acheteur", u="0851362", client="gmail", kind="alt",
  name="Justine Chauvet", addr="justine.chauvet@ac-nantes.fr",
  subj="Compte non actif",
  body="""Bonjour,

Je me suis inscrite avant-hier sur l'Espace Acheteur (nouvelle gestionnaire au collège, {U}), mais je ne peux pas encore me connecter : le site dit que mon compte attend une validation. Est-ce normal ?

Merci,
Justine Chauvet
""",
  nt="Sign-up two days ago, account awaiting validation by the structure administrator: the FAQ case.")

M(c="account_creation", ok=False, p=None, u="0572391", client="zimbra", kind="alt", h=True,
  name="Principal - Collège Jean Mermoz", addr="ce.{U}@ac-nancy-metz.fr",
  subj="Qui administre quoi ?",
  body="""Bonjour,

Je viens d'être nommé principal du collège Jean Mermoz ({U}). En reprenant les dossiers, je ne sais pas qui, dans l'établissement, est administrateur de quoi chez vous : le portail documentaire, l'Espace Acheteur, la signature des conventions…

Pourriez-vous m'envoyer la liste des comptes et de leurs administrateurs pour notre établissement ?

Merci,
Stéphane Kieffer
""",
  nt="A new head asks who administers which account: written by the head but a question, not an authorisation; a person must look it up. Several products, no platform.")

M(c="account_creation", ok=False, p="esidoc", client="zimbra", kind="qp", h=True,
  name="Sandrine Morel", addr="sandrine.morel@ac-lyon.fr",
  subj="Collège neuf : code établissement introuvable",
  body="""Bonjour,

J'ai été nommée documentaliste du nouveau collège de Saint-Priest, ouvert à cette rentrée. Quand je veux créer le compte client, notre code établissement n'apparaît pas dans la liste. Il a été attribué en juin, je l'ai sur mon arrêté mais le formulaire ne le connaît pas.

Que dois-je faire ?
Sandrine Morel
""",
  nt="New school whose UAI is not in the list when opening the customer account (code not given): the FAQ sends these to the sales team, a person answers. Region from ac-lyon.fr.")

M(c="account_creation", ok=False, p="esidoc", u="0262159", client="zimbra", kind="alt",
  name="Benoît Charrier", addr="benoit.charrier@ac-grenoble.fr",
  subj="Un deuxième compte administrateur ?",
  body="""Bonjour,

Je rejoins le lycée Camille Vernet ({U}) sur un mi-temps, en binôme avec Mme Faure qui est déjà administratrice du portail e-sidoc. Est-ce que je peux avoir mon propre compte administrateur, ou devons-nous partager le sien ?

Benoît Charrier
""",
  nt="Second librarian asks for his own administrator account: a person answers.")

M(c="account_creation", ok=True, p="esidoc", u="0641788", client="outlook", kind="html",
  name="Maider Etchegaray", addr="maider.etchegaray@ac-bordeaux.fr",
  subj="Ouverture compte client avant première commande",
  body="""Bonjour,

Nouvelle gestionnaire au collège de Saint-Jean-Pied-de-Port ({U}), je dois passer notre première commande en ligne. On me dit qu’il faut d’abord ouvrir un compte client. Pouvez-vous m’indiquer la démarche ?

Merci beaucoup,
Maider Etchegaray
""",
  charset="windows-1252",
  nt="HTML-only Outlook; new gestionnaire wants to open the customer account before a first order.")

M(c="account_creation", ok=False, p="espace_acheteur", client="thunderbird_old", kind="8bit", charset="iso-8859-1", h=True,
  name="Jean-Louis Pradel", addr="jean-louis.pradel@ac-toulouse.fr",
  subj="Agent comptable - rattachement a plusieurs structures",
  body="""Bonjour,

Nommé agent comptable du groupement comptable de Rodez au 1er septembre, je dois intervenir pour six établissements. Mon prédécesseur était rattaché à chacune des structures sur l'Espace Acheteur.

Faut-il que je crée six comptes, ou peut-on rattacher un seul compte à plusieurs structures ?

Jean-Louis Pradel
Agent comptable
""",
  nt="New agent comptable for six establishments: rattachement to several structures, no single UAI; a person answers. ISO-8859-1 8-bit.")

M(c="account_creation", ok=True, p="ticket_portal", client="roundcube", kind="qp",
  name="Émilie Besson", addr="emilie.besson@lycee-pro-ambert.fr",
  subj="Créer un compte sur le portail de tickets",
  body="""Bonjour,

Je viens de prendre le poste de secrétaire d'intendance. Pour suivre nos demandes d'assistance, ma responsable me demande de créer un compte sur votre portail de tickets. Où puis-je le faire ?

Merci !
Émilie Besson
""",
  nt="Newcomer asks how to create a ticket-portal account; non-academic domain, no region.")

M(c="account_creation", ok=True, p="espace_acheteur", u="0212834", client="gmail", kind="alt", h=True,
  name="Léa Girardot", addr="lea.girardot@ac-dijon.fr",
  subj="Je n'ai pas oublié mon mot de passe : je n'en ai jamais eu",
  body="""Bonjour,

Le formulaire d'aide me propose sans arrêt "mot de passe oublié", mais je n'ai rien oublié : je n'ai jamais eu de compte sur l'Espace Acheteur. Je suis la nouvelle adjointe gestionnaire du collège ({U}) et je voudrais simplement m'inscrire.

Merci de m'orienter
Léa Girardot
""",
  nt="Negation: not a lost password, she never had an account: account_creation.")

M(c="account_creation", ok=True, p="espace_acheteur", u="0951207", client="android", kind="alt-b64",
  name="Moussa Diarra", addr="moussa.diarra@ac-versailles.fr",
  subj="compte à valider",
  body="""Bonjour, nouveau gestionnaire au collège ({U}), je me suis inscrit hier sur l'espace acheteur et mon compte est "à valider". A qui dois-je m'adresser pour que ça avance ?
Merci
Moussa Diarra
""",
  nt="Account waiting for validation since yesterday: the FAQ answer explains the structure administrator's role. Gmail app, base64.")
# ====================================================================
# subscription_activation
# ====================================================================
M(c="subscription_activation", ok=False, p="esidoc", u="0721594", client="zimbra", kind="alt", h=True, when="2024-09-18",
  name="Pauline Hérault", addr="pauline.herault@ac-nantes.fr",
  subj="Abonnement commandé en juin par mon prédécesseur, toujours invisible",
  body="""Bonjour,

En arrivant au CDI du collège ({U}), j'ai trouvé dans le classeur un bon de commande de juin pour un abonnement à Europresse. La commande semble validée, mais la ressource n'apparaît nulle part dans le portail e-sidoc.

Pouvez-vous vérifier où en est cet abonnement ?

Pauline Hérault
""",
  nt="Subscription ordered by the predecessor three months ago, still not visible: far past the 72-hour rule, a person must check the order.")

M(c="subscription_activation", ok=True, p="esidoc", u="0771408", client="outlook", kind="alt",
  name="Sonia Brunet", addr="sonia.brunet@ac-creteil.fr",
  subj="Europresse pas encore disponible",
  body="""Bonjour,

J'ai commandé hier l'abonnement Europresse pour le CDI du lycée ({U}) ; c'est ma première commande depuis mon arrivée. La ressource n'est pas encore visible sur le portail. Combien de temps faut-il attendre ?

Sonia Brunet
""",
  nt="Ordered yesterday, not visible yet: within the 72-hour window.")

M(c="subscription_activation", ok=True, p="esidoc", u="0861503", client="thunderbird", kind="qp",
  name="Quentin Roy", addr="quentin.roy@ac-poitiers.fr",
  subj="Publier une ressource sur le portail",
  body="""Bonjour,

Premier poste de documentaliste pour moi (collège de Loudun, {U}). L'abonnement à Universalis est actif dans notre compte, mais les élèves ne le voient pas sur le portail e-sidoc. Je suppose qu'il faut le "publier" : comment fait-on ?

Merci d'avance,
Quentin Roy
""",
  nt="First-year librarian asks how to publish an active resource on the portal.")

M(c="subscription_activation", ok=True, p="esidoc", u="0090412", client="zimbra", kind="alt",
  name="Lætitia Pujol", addr="laetitia.pujol@ac-toulouse.fr",
  subj="Abonnement renouvelé mais affiché expiré",
  body="""Bonjour,

Je suis la nouvelle gestionnaire du collège de Pamiers ({U}). J'ai renouvelé avant-hier l'abonnement du CDI, mais "Mes abonnements" l'affiche toujours comme expiré. Faut-il faire autre chose ?

Lætitia Pujol
""",
  nt="Renewal done two days ago, still shown as expired: within 72 hours. Ariège UAI (009).")

M(c="subscription_activation", ok=True, p="esidoc", u="0590961", client="gmail", kind="alt", lg="en",
  name="Oliver Grant", addr="oliver.grant@ac-lille.fr",
  subj="Resource not available yet",
  body="""Hello,

I am the new librarian at the international lycée in Lille ({U}). I ordered a subscription to an English-language press database yesterday morning and it is still not available on our portal. Is there a delay before activation?

Thanks,
Oliver
""",
  nt="English; ordered yesterday, not yet available: 72-hour rule.")

M(c="subscription_activation", ok=True, p="esidoc", u="0691744", client="zimbra", kind="qp", h=True,
  name="Proviseur Lycée La Martinière", addr="ce.{U}@ac-lyon.fr",
  subj="Date d'activation de l'abonnement",
  body="""Bonjour,

Je suis le nouveau proviseur du lycée ({U}). Notre documentaliste a commandé mardi un abonnement à une ressource numérique. Pouvez-vous me dire quand il sera disponible pour les élèves ?

Cordialement,
Le proviseur
""",
  nt="Written by the new proviseur from the ce. address, but he only asks when the subscription will be available: not a head-of-establishment request.")

M(c="subscription_activation", ok=True, p="esidoc", u="0181276", client="iphone", kind="qp",
  name="Coralie Blanchet", addr="coralie.blanchet@ac-orleans-tours.fr",
  subj="Activation abonnement",
  body="""Bonjour, commande validée ce matin par la gestionnaire, merci d'activer l'abonnement Cafeyn du CDI ({U}).
Coralie (nouvelle doc)

Envoyé de mon iPhone
""",
  nt="Short: please activate, order validated this morning.")

M(c="subscription_activation", ok=True, p="esidoc", u="9720482", client="zimbra", kind="alt",
  name="Ludivine Théodose", addr="ludivine.theodose@ac-martinique.fr",
  subj="Ressource invisible pour les élèves dans l'ENT",
  body="""Bonjour,

Nouvelle au lycée ({U}), je découvre le portail. Notre abonnement est actif côté administration, mais les élèves ne le voient pas quand ils passent par l'ENT. Ma collègue d'avant faisait une manipulation, mais je ne sais pas laquelle.

Merci,
Ludivine Théodose
""",
  nt="Active subscription not visible to pupils through the ENT: publication step. Martinique UAI and time zone.")

M(c="subscription_activation", ok=False, p="esidoc", u="0241638", client="outlook", kind="alt", h=True,
  name="Florence Lachaud", addr="florence.lachaud@ac-bordeaux.fr",
  subj="Abonnement pas actif + adresse de facturation",
  body="""Bonjour,

1) J'ai commandé il y a deux jours le renouvellement de nos abonnements, qui ne sont pas encore actifs.
2) La facture pro forma porte encore le nom et l'adresse de l'ancienne gestionnaire : il faudrait mettre la nouvelle adresse de facturation du collège ({U}).

Merci
Florence Lachaud, documentaliste
""",
  nt="Two topics: activation within 72 h (main) and a billing address to correct (order_billing): a single template would answer only half.")

# ====================================================================
# order_billing
# ====================================================================
M(c="order_billing", ok=False, p="esidoc", u="0260712", client="zimbra", kind="alt",
  name="Anthony Vial", addr="anthony.vial@ac-grenoble.fr",
  subj="Devis pour le renouvellement",
  body="""Bonjour,

Je remplace la gestionnaire du collège ({U}) depuis septembre. Dans ses dossiers, je vois que le renouvellement des abonnements du CDI se fait en novembre. Pouvez-vous m'envoyer un devis pour que je puisse établir le bon d'engagement ?

Anthony Vial
""",
  nt="New gestionnaire asks for a quote for the renewal, to issue the bon d'engagement.")

M(c="order_billing", ok=False, p="espace_acheteur", u="0912148", client="outlook", kind="alt",
  name="Karine Lopes", addr="karine.lopes@ac-versailles.fr",
  subj="Factures au nom de l'ancien gestionnaire",
  body="""Bonjour,

Les factures que nous recevons sont toujours libellées à l'attention de M. Garnier, ancien gestionnaire du lycée ({U}), parti en juillet. Pouvez-vous mettre à jour le destinataire des factures à mon nom ?

Karine Lopes
Gestionnaire
""",
  nt="Invoices still addressed to the departed gestionnaire: billing contact to update.")

M(c="order_billing", ok=False, p="esidoc", u="0470583", client="thunderbird", kind="qp",
  name="Céline Dupuy", addr="celine.dupuy@ac-bordeaux.fr",
  subj="Facture introuvable sur Chorus Pro",
  body="""Bonjour,

Nouvelle adjointe gestionnaire au collège de Marmande ({U}). Je dois payer la facture de la commande passée en septembre pour le CDI, mais je ne la trouve pas dans Chorus Pro. A-t-elle été déposée, et sous quel numéro d'engagement ?

Céline Dupuy
""",
  nt="Invoice not found in Chorus Pro by the new gestionnaire.")

M(c="order_billing", ok=False, p="esidoc", u="0100746", client="zimbra", kind="qp",
  name="Mélanie Collin", addr="melanie.collin@ac-reims.fr",
  subj="Panier disparu",
  body="""Bonjour,

Ma prédécesseure avait préparé un panier de commande pour le CDI avant de partir en juillet. Je voulais le valider aujourd'hui, mais il n'existe plus. Est-il possible de le récupérer ?

Mélanie Collin
Collège Paul Portier - {U}
""",
  nt="Saved basket prepared by the predecessor disappeared (baskets are kept 15 days).")

M(c="order_billing", ok=False, p="espace_acheteur", client="gmail", kind="alt", lg="en",
  name="Thomas Reilly", addr="bursar@lycee-international-ferney.fr",
  subj="Payment by bank transfer",
  body="""Hello,

I am the new bursar and I need to pay our first invoice from the buyer platform. My predecessor seems to have used a cheque. Can we pay by bank transfer instead? If so, please send your bank details (RIB).

Kind regards,
Thomas Reilly
""",
  nt="English; new bursar asks about paying by bank transfer and for bank details.")

M(c="order_billing", ok=False, p="esidoc", u="0891219", client="outlook", kind="alt",
  name="Gestion Lycée Jacques Amyot", addr="int.{U}@ac-dijon.fr",
  subj="Facture reçue en double",
  body="""Bonjour,

Au moment de la passation avec l'ancien gestionnaire, nous avons constaté que la facture n° F-2024-08817 a été reçue deux fois (une fois par courrier, une fois dans Chorus). Merci d'annuler le doublon pour que nous ne payions pas deux fois.

Le service de gestion
Lycée Jacques Amyot ({U})
""",
  nt="Invoice received twice; UAI in the int.<UAI> sender and the body.")

M(c="order_billing", ok=False, p="esidoc", u="0381946", client="zimbra", kind="mixed",
  name="Florian Guillot", addr="florian.guillot@ac-grenoble.fr",
  attach=[("BE_2024_112.pdf", "application/pdf", b"%PDF-1.5\n% bon d'engagement\n%%EOF\n")],
  subj="Impossible de joindre le bon d'engagement",
  body="""Bonjour,

Nouveau gestionnaire au collège ({U}), je passe ma première commande. À l'étape de validation, le dépôt du bon d'engagement échoue avec "format non accepté". Le fichier est pourtant un PDF (ci-joint).

Florian Guillot
""",
  nt="Bon d'engagement upload fails at order validation; PDF attached.")

M(c="order_billing", ok=False, p="esidoc", u="9710583", client="thunderbird", kind="qp",
  name="Jocelyne Bellance", addr="jocelyne.bellance@ac-guadeloupe.fr",
  subj="TR: Relance facture impayée",
  body="""Bonjour,

Je reçois la relance ci-dessous alors que, d'après les archives de mon prédécesseur, cette facture a été réglée par mandat administratif le 12 juillet. Pouvez-vous vérifier ?

Jocelyne Bellance
Gestionnaire, collège de Baie-Mahault ({U})

-------- Message transféré --------
Sujet : 	Relance facture impayée
Date : 	Mon, 7 Oct 2024 08:00:00 +0200
De : 	Comptabilité <compta@assistance.example.fr>

Madame, Monsieur,
Sauf erreur de notre part, la facture F-2024-05530 reste impayée à ce jour...
""",
  nt="Thunderbird French forward of a payment reminder for an invoice the predecessor already paid; Guadeloupe time zone.")

M(c="order_billing", ok=False, p="espace_acheteur", u="0312657", client="outlook", kind="alt", h=True,
  name="Véronique Sabatier", addr="veronique.sabatier@ac-toulouse.fr",
  subj="Fusion des deux collèges : SIRET et adresse de facturation",
  body="""Bonjour,

Depuis le 1er septembre, les collèges Rabelais et Lamartine ont fusionné ; l'établissement garde le code {U} mais change de SIRET et d'adresse. J'ai repris la gestion de l'ensemble.
Pouvez-vous modifier le SIRET et l'adresse de facturation pour les prochaines commandes ?

Véronique Sabatier
""",
  nt="Merger of two schools: SIRET and billing address to change for future orders; an order/billing matter, not an account one.")

# ====================================================================
# contract_documents
# ====================================================================
M(c="contract_documents", ok=False, p="espace_acheteur", u="0132206", client="zimbra", kind="alt",
  name="Nicolas Ferrero", addr="nicolas.ferrero@ac-aix-marseille.fr",
  subj="Conventions invisibles dans Mes Marchés",
  body="""Bonjour,

Nouveau gestionnaire au lycée ({U}), je n'arrive pas à voir les conventions d'adhésion dans "Mes Marchés" : la rubrique est vide, alors que mon prédécesseur y avait accès.

Merci de votre aide,
Nicolas Ferrero
""",
  nt="Conventions not visible to the new gestionnaire in 'Mes Marchés'.")

M(c="contract_documents", ok=False, p="espace_acheteur", u="0681334", client="outlook", kind="alt",
  name="Corinne Muller", addr="corinne.muller@ac-strasbourg.fr",
  subj="Avenant n°1 introuvable",
  body="""Bonjour,

En reprenant les dossiers de l'ancien gestionnaire, je ne trouve pas l'avenant n°1 du marché de fournitures de bureau dans les documents de l'Espace Acheteur. Seul le marché initial est visible.

Corinne Muller
Lycée Jean Mermoz, Saint-Louis ({U})
""",
  nt="Amendment no. 1 missing from the market documents.")

M(c="contract_documents", ok=False, p="espace_acheteur", client="orange", kind="qp",
  name="Didier Lambert", addr="didier.lambert.intendance@orange.fr",
  subj="CCTP non téléchargeable",
  body="""Bonjour,

Je suis le nouvel intendant d'un lycée professionnel. Je voudrais consulter le CCTP du marché de nettoyage avant de passer commande, mais le lien de téléchargement ne donne rien. Pourriez-vous me le faire parvenir ?

Didier Lambert
""",
  nt="CCTP of a market cannot be downloaded; personal address, no UAI.")

M(c="contract_documents", ok=False, p="espace_acheteur", u="0932415", client="gmail", kind="alt", reply=5742,
  name="Fatou Ndiaye", addr="fatou.ndiaye@ac-creteil.fr",
  subj="Re: [#SUP-005742] Documents du marché",
  body="""Bonjour,

Merci pour votre réponse, mais malgré les droits ouverts par l'administrateur de structure, je ne vois toujours pas les pièces du marché informatique (CCAP, BPU). Je suis la nouvelle gestionnaire du collège ({U}).

Fatou Ndiaye

Le mar. 15 oct. 2024 à 16:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> L'accès aux documents dépend des droits attribués par l'administrateur de votre structure.
""",
  nt="Follow-up reply: market documents still not visible after the answer.")

M(c="contract_documents", ok=False, p="espace_acheteur", u="0530927", client="zimbra", kind="qp",
  name="Armelle Poirier", addr="armelle.poirier@ac-nantes.fr",
  subj="Convention d'adhésion signée par mon prédécesseur",
  body="""Bonjour,

Mon prédécesseur a signé la convention d'adhésion à la centrale l'an dernier. Je ne la retrouve ni dans nos archives ni dans l'Espace Acheteur. Pouvez-vous me dire où la consulter ?

Armelle Poirier
Gestionnaire, collège de Mayenne ({U})
""",
  nt="Cannot find the membership convention signed by the predecessor.")

M(c="contract_documents", ok=False, p="espace_acheteur", u="0171822", client="outlook", kind="alt", lg="en",
  name="Rebecca Moore", addr="rebecca.moore@ac-poitiers.fr",
  subj="Market documents not visible",
  body="""Hello,

I am the new deputy bursar at the lycée in La Rochelle ({U}). On the buyer space I can see the list of markets, but when I open one, the documents tab says "no document available". My colleague sees them.

Could you check my access?

Rebecca Moore
""",
  nt="English; market documents not visible for the new account.")

# ====================================================================
# transfer_incident
# ====================================================================
M(c="transfer_incident", ok=False, p="ecoledirecte", client="outlook", kind="alt",
  name="Secrétariat - École Sainte-Thérèse", addr="secretariat@ste-therese-quimper.fr",
  subj="Transferts EcoleDirecte en échec",
  body="""Bonjour,

Je suis la nouvelle secrétaire et depuis mon arrivée les transferts vers EcoleDirecte ne passent plus : le logiciel affiche "échec de la synchronisation" tous les soirs.
Je n'ai rien changé à la configuration (je ne saurais pas le faire !).

Merci de votre aide
Maryvonne Cariou
""",
  nt="EcoleDirecte transfers failing since the new secretary arrived.")

M(c="transfer_incident", ok=False, p="ecoledirecte", client="thunderbird", kind="qp",
  name="Arnaud Pelletier", addr="arnaud.pelletier@ogec-sacre-coeur.fr",
  subj="Mot de passe de maintenance",
  body="""Bonjour,

Je reprends l'informatique de l'établissement (départ de l'ancien responsable). Pour réindexer la base Charlemagne, le logiciel me demande le mot de passe de maintenance du jour. Pouvez-vous me le communiquer ?

Arnaud Pelletier
""",
  nt="Daily maintenance password request: transfer_incident per the taxonomy, not password_reset.")

M(c="transfer_incident", ok=False, p="ecoledirecte", u="0352960", client="outlook", kind="alt",
  name="Yannick Le Roux", addr="y.leroux@lycee-saintmartin-rennes.fr",
  subj="Licence à régénérer après changement de serveur",
  body="""Bonjour,

Arrivé cet été comme responsable informatique du lycée Saint-Martin ({U}), j'ai migré le serveur. Depuis, Charlemagne indique que la licence n'est pas valide et les transferts vers EcoleDirecte sont arrêtés. Pouvez-vous régénérer la licence ?

Yannick Le Roux
""",
  nt="Licence to regenerate after a server change by the new IT manager.")

M(c="transfer_incident", ok=False, p="ecoledirecte", client="gmail", kind="alt",
  name="Estelle Garnier", addr="estelle.garnier.ecole@gmail.com",
  subj="Nouveau PC, plus de synchronisation",
  body="""Bonjour,

Nouvelle directrice de l'école Saint-Joseph, on m'a installé un nouveau poste. Depuis, la synchronisation avec EcoleDirecte ne se lance plus du tout, le bouton reste grisé.

Estelle Garnier
""",
  nt="New PC, synchronisation no longer starts. Written by a new head, but a technical incident, not a head-of-establishment request.")

M(c="transfer_incident", ok=False, p="ecoledirecte", u="0492917", client="zimbra", kind="alt",
  name="Directeur adjoint - Lycée Saint-Louis", addr="dir.adjoint@stlouis-saumur.fr",
  subj="Les parents ne voient plus les notes",
  body="""Bonjour,

Depuis la rentrée (et la passation entre l'ancienne et la nouvelle secrétaire), les parents ne voient plus les notes dans EcoleDirecte. Le dernier transfert réussi date du 3 juillet.

Établissement : Lycée Saint-Louis, UAI {U}.

Merci de regarder rapidement, nous avons des réclamations.
""",
  nt="Last successful transfer in July; parents no longer see grades.")

M(c="transfer_incident", ok=False, p="ecoledirecte", client="outlook", kind="html",
  name="Lionel Besnard", addr="l.besnard@institution-stjean.fr",
  subj="Erreur Outils.exe",
  body="""Bonjour,

Je découvre l’outil de transfert (je remplace notre informaticien parti en août). Au lancement d’Outils.exe j’obtiens « Erreur d’accès à la base » et les transferts ne partent plus.

Lionel Besnard
""",
  charset="windows-1252",
  nt="HTML-only Outlook: transfer tool error, transfers stopped.")

M(c="transfer_incident", ok=False, p="ecoledirecte", client="apple", kind="qp", h=True,
  name="Bernadette Roche", addr="b.roche@college-stjoseph-albi.fr",
  subj="Fwd: Notes absentes",
  body="""Bonjour,

Je vous fais suivre le message d'un parent. Je viens d'arriver à la direction et je ne sais pas qui contacter pour ces transferts.

Bernadette Roche
Cheffe d'établissement

Début du message réexpédié :

De: Famille Bonnafous <famille.bonnafous@free.fr>
Objet: Notes absentes
Date: 8 octobre 2024 à 21:14:06 UTC+2

Madame,
Depuis trois semaines aucune note n'apparaît sur EcoleDirecte pour notre fils en 4e B.
""",
  nt="Apple Mail forward of a parent's complaint: grades no longer reach EcoleDirecte. From the new head of a private school, but not a head-of-establishment request.")
# ====================================================================
# automated
# ====================================================================
M(c="automated", ok=False, p=None, client="outlook", kind="alt", when="2024-09-02",
  name="Martine Delorme", addr="martine.delorme@lycee-lamache.fr",
  subj="Réponse automatique : [#SUP-005101] Votre demande",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Bonjour,

J'ai quitté le lycée le 31 août 2024 et cette adresse ne sera bientôt plus consultée.
Pour toute question concernant le CDI, merci d'écrire à ma remplaçante : cdi@lycee-lamache.fr.

Martine Delorme
""",
  nt="Exchange out-of-office of a departed librarian (Auto-Submitted, X-Auto-Response-Suppress) pointing to her replacement.")

M(c="automated", ok=False, p=None, client="zimbra", kind="qp",
  name="Jacques Tessier", addr="jacques.tessier@ac-rennes.fr",
  subj="Message d'absence : Mot de passe e-sidoc",
  hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
  body="""Je ne fais plus partie de l'établissement depuis la rentrée 2024.
Merci de vous adresser au secrétariat du collège.
""",
  nt="Academic webmail vacation reply of a departed staff member; region from ac-rennes.fr.")

M(c="automated", ok=False, p=None, client="none", kind="report", return_path="",
  name="Mail Delivery System", addr="MAILER-DAEMON@mx.college-stmichel.fr",
  subj="Undelivered Mail Returned to Sender", auth="none",
  hdrs=[("Auto-Submitted", "auto-replied")],
  report_type="delivery-status",
  body="""This is the mail system at host mx.college-stmichel.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<odile.vernet@college-stmichel.fr>: unknown user: "odile.vernet"
""",
  report_parts=[("message/delivery-status", """Reporting-MTA: dns; mx.college-stmichel.fr
Arrival-Date: Wed, 11 Sep 2024 10:02:11 +0200 (CEST)

Final-Recipient: rfc822; odile.vernet@college-stmichel.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "odile.vernet"
"""), ("message/rfc822", """From: Assistance <support@assistance.example.fr>
To: odile.vernet@college-stmichel.fr
Subject: [#SUP-005166] Compte administrateur
Date: Wed, 11 Sep 2024 10:02:10 +0200
Message-ID: <SUP-005166.1726041730.a1b2c3@assistance.example.fr>
Content-Type: text/plain; charset="us-ascii"

Bonjour,
Votre demande a bien ete enregistree.
""")],
  nt="Postfix bounce: the departed gestionnaire's mailbox was deleted (unknown user); null Return-Path, multipart/report.")

M(c="automated", ok=False, p=None, client="none", kind="report", return_path="",
  name="Microsoft Outlook", addr="postmaster@ac-versailles.fr",
  subj="Non remis : [#SUP-005230] Accès Espace Acheteur",
  hdrs=[("Auto-Submitted", "auto-generated")],
  report_type="delivery-status",
  body="""Votre message n'a pas pu être remis à francois.mallet@ac-versailles.fr, car l'adresse est introuvable ou ne peut pas recevoir de messages.

Que dois-je faire ?
Il est possible que l'adresse ait été mal saisie ou que le compte ait été supprimé.
""",
  report_parts=[("message/delivery-status", """Reporting-MTA: dns; smtp3.ac-versailles.fr

Final-Recipient: rfc822; francois.mallet@ac-versailles.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""), ("text/rfc822-headers", """From: Assistance <support@assistance.example.fr>
To: francois.mallet@ac-versailles.fr
Subject: [#SUP-005230] =?utf-8?q?Acc=C3=A8s?= Espace Acheteur
Message-ID: <SUP-005230.1727000000.ff0011@assistance.example.fr>
""")],
  nt="French Exchange-style non-delivery report ('Non remis :') for a retired gestionnaire's closed academic mailbox; region from ac-versailles.fr.")

M(c="automated", ok=False, p=None, client="none", kind="report", return_path="",
  name="Mail Delivery Subsystem", addr="mailer-daemon@googlemail.com",
  subj="Delivery Status Notification (Failure)", auth="none", lg="en",
  hdrs=[("Auto-Submitted", "auto-replied")],
  report_type="delivery-status",
  body="""** Address not found **

Your message wasn't delivered to ancien.doc.cdi@gmail.com because the address couldn't be found, or is unable to receive mail.
""",
  report_parts=[("message/delivery-status", """Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; ancien.doc.cdi@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
""")],
  nt="Gmail delivery failure: the predecessor's personal address no longer exists.")

M(c="automated", ok=False, p=None, client="outlook", kind="report",
  name="Yvonne Marchand", addr="yvonne.marchand@ac-dijon.fr",
  subj="Lu : [#SUP-005402] Changement d'administrateur",
  report_type="disposition-notification",
  body="""Votre message

  À : Yvonne Marchand
  Objet : [#SUP-005402] Changement d'administrateur
  Envoyé : 03/10/2024 14:22

a été lu le 03/10/2024 15:07.
""",
  report_parts=[("message/disposition-notification", """Reporting-UA: ac-dijon.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;yvonne.marchand@ac-dijon.fr
Original-Message-ID: <SUP-005402.1727958120.9e8d7c@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")],
  nt="Outlook read receipt in French ('Lu :'); region from ac-dijon.fr.")

M(c="automated", ok=False, p="espace_acheteur", client="none", kind="alt",
  name="Centrale d'achat - Nouveautés", addr="newsletter@actualites.espace-acheteur.example.fr",
  subj="Bienvenue aux nouveaux gestionnaires : 5 étapes pour bien démarrer",
  to="support@assistance.example.fr",
  hdrs=[("List-Id", "Lettre de la centrale <actualites.espace-acheteur.example.fr>"),
        ("List-Unsubscribe", "<https://actualites.espace-acheteur.example.fr/u/8812/c3d4>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk")],
  body="""Lettre d'information - septembre 2024

Vous prenez vos fonctions ? Cinq étapes pour bien démarrer sur l'Espace Acheteur :
1. Créez votre compte et faites-le valider par l'administrateur de votre structure.
2. Vérifiez vos droits de commande.
3. Consultez les marchés dans « Mes Marchés ».
4. Activez les alertes sur les offres.
5. Inscrivez-vous à un webinaire de découverte.

Se désinscrire : https://actualites.espace-acheteur.example.fr/u/8812/c3d4
""",
  nt="Marketing newsletter for new gestionnaires: List-Id, List-Unsubscribe, Precedence: bulk. Mentions account creation but is a mailing.")

M(c="automated", ok=False, p=None, client="zimbra", kind="qp",
  name="Liste docs-ac-toulouse", addr="docs-info@ac-toulouse.fr",
  subj="[docs-info] Nouveaux collègues : qui a le mot de passe e-sidoc ?",
  hdrs=[("List-Id", "Liste des professeurs documentalistes <docs-info.ac-toulouse.fr>"),
        ("Precedence", "list"), ("List-Post", "<mailto:docs-info@ac-toulouse.fr>")],
  body="""Bonjour à toutes et à tous,

Nouvelle dans l'académie, je cherche à récupérer le mot de passe du back office e-sidoc de mon collège : comment avez-vous fait de votre côté quand vous êtes arrivés ?

Merci !
Noémie

--
Liste docs-info - pour vous désinscrire : https://listes.ac-toulouse.fr/
""",
  nt="A librarian's real question posted to an academic mailing list the desk receives (List-Id, Precedence: list): not written to us, never answered. Region from ac-toulouse.fr.")

M(c="automated", ok=False, p="espace_acheteur", client="none", kind="alt",
  name="Espace Acheteur", addr="no-reply@espace-acheteur.example.fr",
  subj="Un compte attend votre validation",
  hdrs=[("Auto-Submitted", "auto-generated")],
  body="""Bonjour,

Un nouvel utilisateur, Mme Agathe Renaud, s'est inscrit sur l'Espace Acheteur pour la structure « Collège Les Tilleuls » et attend la validation d'un administrateur.

Cette structure n'ayant plus d'administrateur actif, ce message vous est adressé.

Ceci est un message automatique, merci de ne pas y répondre.
""",
  nt="No-reply notification to the desk: an account awaits validation in a structure without an administrator. Auto-Submitted: auto-generated.")

M(c="automated", ok=False, p="esignature", client="none", kind="alt",
  name="Signature électronique", addr="noreply@esignature.example.fr",
  subj="Document signé : Convention d'adhésion 2024-2027",
  body="""Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2024-2027 - Lycée du Parc ».
Vous pouvez télécharger le document signé depuis votre espace.

Cet e-mail a été envoyé automatiquement. Merci de ne pas y répondre.
""",
  nt="E-signature 'completed' notification without Auto-Submitted: the no-reply sender and wording show it is automatic.")

M(c="automated", ok=False, p=None, client="outlook", kind="alt", lg="en",
  name="James Whitaker", addr="j.whitaker@britishschool-paris.example.org",
  subj="Automatic reply: [#SUP-005519] Account transfer",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Thank you for your email. I have now left the school; my role as bursar has been taken over by Ms Priya Shah (p.shah@britishschool-paris.example.org).

This mailbox is no longer monitored.
""",
  nt="English Exchange out-of-office of a departed bursar naming his successor.")

M(c="automated", ok=False, p=None, client="thunderbird", kind="qp", h=True,
  name="Roselyne Astier", addr="roselyne.astier@wanadoo.fr",
  subj="Absence",
  body="""Bonjour,

Je suis en formation "nouveaux gestionnaires" jusqu'au 18 octobre, sans accès à ma messagerie. Je répondrai à votre message à mon retour.

Roselyne Astier
""",
  nt="Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic.")

M(c="automated", ok=False, p="ticket_portal", client="none", kind="alt",
  name="Portail de tickets", addr="notifications@tickets.example.fr",
  subj="[Ticket #88214] Nouveau commentaire",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Ticket-Id", "88214")],
  body="""Un nouveau commentaire a été ajouté au ticket #88214 « Transfert des droits administrateur - Collège Les Tilleuls ».

Voir le ticket : https://tickets.example.fr/t/88214

Vous recevez cette notification car vous suivez ce ticket.
""",
  nt="Ticket-portal notification about a ticket the desk follows. Auto-Submitted: auto-generated.")

M(c="automated", ok=False, p=None, u="0442876", client="zimbra", kind="qp", h=True,
  name="Collège La Durantière", addr="ce.{U}@ac-nantes.fr",
  subj="Réponse automatique : Re: [#SUP-005688] Administrateur e-sidoc",
  hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
  body="""Bonjour,

Le secrétariat est fermé pendant les vacances de la Toussaint, du 19 octobre au 3 novembre. Le nouveau principal reprendra contact avec vous à la rentrée.
Pour les mots de passe des applications, merci de patienter jusqu'à cette date.

Le secrétariat
""",
  nt="Out-of-office of a school office (ce.<UAI> address) mentioning the new principal and passwords; Auto-Submitted present. UAI from the address.")

M(c="automated", ok=False, p=None, client="thunderbird", kind="report", lg="en",
  name="Ewan Fraser", addr="ewan.fraser@ac-rennes.fr",
  subj="Return Receipt (displayed) - [#SUP-005720] New librarian account",
  report_type="disposition-notification",
  body="""This is a Return Receipt for the mail that you sent to ewan.fraser@ac-rennes.fr.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer.
""",
  report_parts=[("message/disposition-notification", """Reporting-UA: ac-rennes.fr; Thunderbird 128.3.1
Final-Recipient: rfc822;ewan.fraser@ac-rennes.fr
Original-Message-ID: <SUP-005720.1728900000.0a0b0c@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")],
  nt="English Thunderbird return receipt (disposition-notification); region from ac-rennes.fr.")

M(c="automated", ok=False, p=None, client="none", kind="report", return_path="", lg="en",
  name="Mail Delivery System", addr="MAILER-DAEMON@relay.assistance.example.fr",
  subj="Delayed Mail (still being retried)", auth="none",
  hdrs=[("Auto-Submitted", "auto-replied")],
  report_type="delivery-status",
  body="""This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<gestion@lycee-nouveau-saclay.fr>: connect to mx.lycee-nouveau-saclay.fr: Connection timed out
""",
  report_parts=[("message/delivery-status", """Reporting-MTA: dns; relay.assistance.example.fr

Final-Recipient: rfc822; gestion@lycee-nouveau-saclay.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.lycee-nouveau-saclay.fr: Connection timed out
""")],
  nt="Delay warning from our own relay for a newly opened school's domain: not a failure, still automatic.")

M(c="automated", ok=False, p=None, client="none", kind="7bit", return_path="",
  name="Mail Delivery System", addr="Mailer-Daemon@mail.lycee-arago-perpignan.fr",
  subj="Mail delivery failed: returning message to sender", auth="none", lg="en",
  body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  intendance@lycee-arago-perpignan.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: intendance@lycee-arago-perpignan.fr
Subject: [#SUP-005801] Droits de commande
""",
  nt="Exim bounce as plain text (mailbox full), no Auto-Submitted: only the null Return-Path and the Mailer-Daemon sender show it is automatic.")

M(c="automated", ok=False, p=None, client="none", kind="qp",
  name="Accueil - Mairie de Brive", addr="accueil@mairie-brive.example.fr",
  subj="Accusé de réception de votre message",
  hdrs=[("X-Autoreply", "yes"), ("X-Autorespond", "Accusé de réception")],
  body="""Bonjour,

Nous accusons bonne réception de votre message, qui sera transmis au service concerné (éducation / affaires scolaires). Un agent vous répondra dans les meilleurs délais.

Ceci est une réponse automatique.
""",
  nt="Host-provided autoresponder (X-Autoreply / X-Autorespond only, no Auto-Submitted).")

M(c="automated", ok=False, p=None, client="none", kind="qp",
  name="Assistance DANE", addr="assistance-dane@ac-amiens.fr",
  subj="[DANE-2024-11873] Accusé de réception : Accès e-sidoc nouvelle documentaliste",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dane@ac-amiens.fr")],
  body="""Bonjour,

Votre demande a été enregistrée sous le numéro DANE-2024-11873. Elle sera traitée par un technicien dans les meilleurs délais.

Merci de ne pas répondre à ce message.
""",
  nt="Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from ac-amiens.fr.")

M(c="automated", ok=False, p="esidoc", client="none", kind="alt",
  name="e-sidoc", addr="no-reply@esidoc.example.fr",
  subj="Modification de l'adresse de contact administrateur",
  hdrs=[("Auto-Submitted", "auto-generated")],
  body="""Bonjour,

L'adresse de contact du compte administrateur du portail a été modifiée.
Ancienne adresse : a.*****@ac-*****.fr
Nouvelle adresse : m.*****@ac-*****.fr

Si vous n'êtes pas à l'origine de cette modification, contactez l'assistance.

Message automatique - ne pas répondre.
""",
  nt="e-sidoc no-reply confirmation of a contact-address change (copy to the desk): auto-generated notification.")
# ====================================================================
# other
# ====================================================================
M(c="other", ok=False, p="esidoc", client="gmail", kind="alt", reply=5290,
  name="Manon Descamps", addr="manon.descamps@ac-lille.fr",
  subj="Re: [#SUP-005290] Mot de passe e-sidoc",
  body="""Super, tout fonctionne, j'ai pu me connecter et changer l'adresse de contact. Merci beaucoup pour la rapidité, c'est rassurant quand on débute !

Manon

Le jeu. 12 sept. 2024 à 09:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> officielle de votre établissement.
""",
  nt="Thanks only, quoting the reset answer: 'mot de passe' appears but nothing is asked. Region from ac-lille.fr.")

M(c="other", ok=False, p=None, client="none", kind="alt", lg="en", auth="fail",
  name="Growth Team", addr="hello@rank-boost-seo.example.net",
  subj="Your website could rank #1 on Google",
  body="""Hi there,

I was checking your website and noticed it is not ranking for important keywords. We can get you to page one in 30 days with our proven SEO packages starting at $99/month.

Reply YES to get a free audit.

Best,
Kevin
""",
  nt="English SEO spam.")

M(c="other", ok=False, p=None, client="none", kind="html", auth="fail",
  name="Messagerie académique", addr="securite@ac-creteil-messagerie.com",
  subj="Votre compte de messagerie expire : action requise",
  html="""<html><body><p>Cher(e) collègue,</p>
<p>Dans le cadre de la rentrée, tous les <b>nouveaux personnels</b> doivent confirmer leur compte de messagerie avant 48 h, faute de quoi il sera désactivé.</p>
<p><a href="http://ac-creteil-messagerie.com/verif">Confirmer mon identifiant et mon mot de passe</a></p>
<p>Le service informatique</p></body></html>
""",
  body="",
  nt="Phishing aimed at new staff ('confirm your password'); look-alike domain, not an académie domain, so no region. Mentions a password but is not password_reset.")

M(c="other", ok=False, p=None, client="zimbra", kind="qp",
  name="Lola Mercier", addr="lola.mercier@ac-bordeaux.fr",
  subj="Conseils pour démarrer au CDI",
  body="""Bonjour,

Je suis fonctionnaire stagiaire et c'est mon premier CDI. Auriez-vous des conseils ou des ressources pour organiser l'accueil des classes de sixième et mettre en place une politique documentaire ? Je me sens un peu seule dans mon établissement.

Merci d'avance,
Lola Mercier
""",
  nt="First-year librarian asks for professional advice unrelated to the services. Region from ac-bordeaux.fr.")

M(c="other", ok=False, p=None, client="orange", kind="qp",
  name="Sandrine Fauvel", addr="sandrine.fauvel72@orange.fr",
  subj="liste de fournitures 6ème",
  body="""Bonjour,

Mon fils entre en 6e au collège et nous n'avons pas reçu la liste des fournitures. Pouvez-vous me l'envoyer ?

Cordialement
Mme Fauvel
""",
  nt="A parent asking for the school-supplies list: wrong address, unrelated.")

M(c="other", ok=False, p=None, client="gmail", kind="mixed",
  name="Hugo Lemaire", addr="hugo.lemaire.pro@gmail.com",
  attach=[("CV_Hugo_Lemaire.pdf", "application/pdf", b"%PDF-1.4\n% CV\n%%EOF\n")],
  subj="Candidature spontanée - assistant documentation",
  body="""Madame, Monsieur,

Titulaire d'une licence en information-communication, je souhaite devenir professeur documentaliste et je cherche en attendant un poste d'assistant dans un CDI ou une médiathèque. Vous trouverez mon CV en pièce jointe.

Dans l'attente de votre réponse, je vous prie d'agréer mes salutations distinguées.

Hugo Lemaire
""",
  nt="Unsolicited job application with a CV.")

M(c="other", ok=False, p="esidoc", client="laposte", kind="qp", h=True,
  name="Françoise Renaudin", addr="francoise.renaudin@laposte.net",
  subj="Suppression de mes données personnelles",
  body="""Bonjour,

J'ai quitté mes fonctions de documentaliste en juin (départ à la retraite). Je souhaite, conformément au RGPD, que mes données personnelles (nom, adresse mail) soient supprimées de vos fichiers et du compte e-sidoc du collège, que ma successeure doit désormais utiliser.

Merci de me confirmer la suppression.

Françoise Renaudin
""",
  nt="GDPR erasure request from a retired librarian: other (human review), not account_creation nor a handover request.")

M(c="other", ok=False, p=None, client="outlook", kind="alt", h=True,
  name="Gaëlle Poulain", addr="gaelle.poulain@ac-caen.fr",
  subj="Toujours pas de réponse !!!",
  body="""Bonjour,

Cela fait maintenant trois semaines que j'ai écrit et je n'ai AUCUNE réponse. C'est inadmissible. Je suis arrivée en septembre et je n'arrive toujours pas à travailler correctement.

Gaëlle Poulain
""",
  nt="Angry complaint about an unanswered request that says nothing of the topic: no category can be told. Region from ac-caen.fr.")

M(c="other", ok=False, p=None, u="0623942", client="zimbra", kind="alt", h=True,
  name="Principal - Collège Jean Macé", addr="ce.{U}@ac-lille.fr",
  subj="Prise de fonctions - nouveau principal",
  body="""Madame, Monsieur,

J'ai l'honneur de vous informer que j'ai pris mes fonctions de principal du collège Jean Macé ({U}) le 1er septembre 2024, en remplacement de Mme Dumortier.

Vous pourrez désormais me joindre à cette adresse ou au 03 21 00 00 00.

Bien cordialement,
Hervé Lambin
""",
  nt="A new principal announces his arrival; no request (no reset, no change of administrator, no authorisation): other, although a head writes from the ce. address.")

M(c="other", ok=False, p=None, client="outlook_desktop", kind="alt",
  name="Aline Sorel - BiblioMigrate", addr="aline.sorel@bibliomigrate.example.com",
  subj="Nouvelle documentaliste ? Nous migrons votre catalogue en 48 h",
  body="""Bonjour,

Vous prenez un nouveau poste en CDI et le catalogue hérité de votre prédécesseur est à reprendre ? BiblioMigrate nettoie et migre vos notices vers n'importe quel logiciel documentaire en 48 heures.

Seriez-vous disponible pour un échange de 15 minutes la semaine prochaine ?

Aline Sorel
Chargée de développement
""",
  nt="Cold sales prospecting written to one person (no list headers): other, not automated.")

M(c="other", ok=False, p="espace_acheteur", client="zimbra", kind="qp",
  name="Rémi Arnoux", addr="remi.arnoux@ac-clermont.fr",
  subj="Inscription au webinaire nouveaux utilisateurs",
  body="""Bonjour,

Je voulais m'inscrire au webinaire de découverte de l'Espace Acheteur pour les nouveaux gestionnaires, mais le lien d'inscription de la lettre d'information renvoie une page d'erreur. Pouvez-vous m'inscrire à la session du 15 octobre ?

Rémi Arnoux
""",
  nt="Wants to register for a webinar, the link fails: other. Region from ac-clermont.fr.")

M(c="other", ok=False, p=None, client="iphone", kind="qp",
  name="Cyril Jacquet", addr="cyril.jacquet@ac-besancon.fr",
  subj="Re: [#SUP-005377] Administrateur de structure",
  reply=5377,
  body="""Bien reçu, merci.

Envoyé de mon iPhone
""",
  nt="'Bien reçu, merci.' from a phone: nothing to do. Region from ac-besancon.fr.")

M(c="other", ok=False, p="ticket_portal", client="zimbra", kind="alt",
  name="Agathe Renaud", addr="agathe.renaud@ac-reims.fr",
  subj="Partager un ticket avec ma collègue",
  body="""Bonjour,

Je pars en congé long et ma remplaçante va reprendre mes demandes en cours sur le portail de tickets. Comment puis-je lui partager mes tickets, ou les transférer sur son compte ?

Agathe Renaud
""",
  nt="How to share or hand over tickets to a replacement on the ticket portal: a how-to question with no category of its own.")

M(c="other", ok=False, p=None, client="gmail", kind="alt", h=True,
  name="Isabelle Moreau", addr="isabelle.moreau@ac-nantes.fr",
  subj="Félicitations !!",
  body="""Coucou Sylvie,

Je viens d'apprendre ta nomination comme principale adjointe à La Roche, félicitations !! On fête ça quand tu veux. Tu me diras comment se passe ta rentrée.

Bises
Isabelle
""",
  nt="Personal congratulations sent to the desk by address autocomplete. Region from ac-nantes.fr.")

M(c="other", ok=False, p=None, client="gmail", kind="alt", lg="es",
  name="Lucía Fernández", addr="lucia.fernandez.auxiliar@gmail.com",
  subj="Tarjeta de biblioteca",
  body="""Hola,

Soy la nueva auxiliar de conversación de español en el liceo de Agen. Me gustaría saber cómo obtener una tarjeta para tomar libros prestados en la biblioteca del centro. ¿Es con ustedes?

Muchas gracias,
Lucía
""",
  nt="Spanish; a language assistant asks how to get a library card at her school: wrong address, unrelated to the services.")

M(c="other", ok=False, p="esidoc", client="zimbra", kind="alt",
  name="Pascale Guillaume", addr="pascale.guillaume@ac-nancy-metz.fr",
  subj="Formation e-sidoc pour les nouveaux collègues",
  body="""Bonjour,

Je coordonne le bassin des documentalistes de Metz. Nous accueillons cette année six collègues débutants. Proposez-vous une formation (même à distance) à l'administration d'e-sidoc ? Si oui, à quelles dates et à quelles conditions ?

Pascale Guillaume
""",
  nt="Training request for new librarians: not one of the categories. Region from ac-nancy-metz.fr.")

M(c="other", ok=False, p=None, client="none", kind="mixed", auth="fail",
  name="Service Facturation", addr="facturation@relance-paiement.example.biz",
  attach=[("Facture_impayee_2024.pdf.exe", "application/octet-stream", b"MZ\x90\x00 not really an exe")],
  subj="Facture impayée - dernier rappel avant poursuites",
  body="""Madame, Monsieur,

Votre prédécesseur n'a pas réglé la facture jointe. Sans paiement sous 48 heures, le dossier sera transmis au contentieux.

Ouvrez la pièce jointe pour consulter le détail.

Service facturation
""",
  nt="Fake 'unpaid invoice' exploiting handovers, with an executable attachment: phishing, not order_billing.")

M(c="other", ok=False, p=None, client="gmail", kind="alt",
  name="Juliette Marchetti", addr="juliette.marchetti@etu.univ-example.fr",
  subj="Questionnaire mémoire - passation entre documentalistes",
  body="""Bonjour,

Étudiante en master MEEF documentation, je prépare un mémoire sur la transmission des outils entre documentalistes lors d'un changement de poste. Accepteriez-vous de répondre à un court questionnaire (10 minutes) sur les demandes que vous recevez à la rentrée ?

Merci beaucoup,
Juliette Marchetti
""",
  nt="Master's student asks the desk to fill in a questionnaire: other.")

# ====================================================================
# write + verify
# ====================================================================
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


# Dates that the texts themselves imply (quoted history, dates mentioned).
WHEN_BY_SUBJECT = {
    "[#SUP-005207]": "2024-09-24", "[#SUP-005488]": "2024-10-10", "TR: mail d'activation": "2024-09-20",
    "Re: Accès e-sidoc CDI": "2024-09-23", "[#SUP-005334]": "2024-09-17", "[#SUP-005611]": "2024-11-12",
    "[#SUP-005742]": "2024-10-18", "[#SUP-005290]": "2024-09-12", "rapport de quarantaine": "2024-10-02",
    "Relance facture impayée": "2024-10-09", "Fwd: Notes absentes": "2024-10-09",
    "webinaire nouveaux utilisateurs": "2024-10-03", "depuis 3 semaines": "2024-09-30",
    "Nouveau mot de passe non recu": "2024-11-15", "Undelivered Mail Returned": "2024-09-11",
    "Lu : [#SUP-005402]": "2024-10-03", "5 étapes pour bien démarrer": "2024-09-10",
    "[#SUP-005688]": "2024-10-18", "Absence": "2024-10-09", "[#SUP-005101]": "2024-09-02",
    "[#SUP-005377]": "2024-10-15", "Prise de fonctions": "2024-09-06", "Félicitations": "2024-09-04",
}


def main():
    for m in MAILS:
        for key, day in WHEN_BY_SUBJECT.items():
            if key in m["subj"] and not m.get("when"):
                m["when"] = day
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for i, k in enumerate(order, 1):
        raw, label = build(MAILS[k], i)
        with open(os.path.join(HERE, label["file"]), "wb") as f:
            f.write(raw)
        labels.append(label)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps({k: lab[k] for k in LABEL_KEYS}, ensure_ascii=False) + "\n")
    verify()


def decoded_text(msg):
    out = [str(v) for _, v in msg.items()]
    for part_ in msg.walk():
        if part_.is_multipart():
            continue
        ctype = part_.get_content_type()
        if ctype.startswith("text/") or ctype.startswith("message/"):
            try:
                out.append(str(part_.get_content()))
            except (LookupError, KeyError):
                out.append(part_.get_payload(decode=True).decode("utf-8", "replace"))
        else:
            part_.get_payload(decode=True)
    return "\n".join(out)


def verify():
    emls = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert len(emls) == 150, len(emls)
    assert emls == ["h%03d.eml" % i for i in range(1, 151)]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150
    assert [lab["file"] for lab in labels] == emls
    for lab in labels:
        assert list(lab) == LABEL_KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"] and msg["Date"], lab["file"]
        assert "support@assistance.example.fr" in str(msg["To"]), lab["file"]
        text = decoded_text(msg)
        sender = parseaddr(str(msg["From"]))[1]
        assert lab["category"] in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en", "es"), lab
        assert lab["notes"].strip(), lab
        u = lab["uai"]
        if u is not None:
            assert re.fullmatch(r"\d{7}[A-Z]", u), lab
            assert LETTERS[int(u[:7]) % 23] == u[7], lab
            assert u[:3] in PREFIX_REGION, lab
            assert u.lower() in text.lower(), (lab["file"], u)
        assert lab["region"] == region_of(u, sender), (lab["file"], lab["region"], region_of(u, sender))
    from collections import Counter
    cats = Counter(lab["category"] for lab in labels)
    print("150 mails OK")
    for c, n in sorted(cats.items(), key=lambda x: -x[1]):
        print("  %-32s %3d  auto_ok=%d" % (c, n, sum(1 for lab in labels if lab["category"] == c and lab["auto_reply_ok"])))
    print("auto_reply_ok:", sum(lab["auto_reply_ok"] for lab in labels), " hard:", sum(lab["hard"] for lab in labels),
          " langs:", dict(Counter(lab["lang"] for lab in labels)))


if __name__ == "__main__":
    main()

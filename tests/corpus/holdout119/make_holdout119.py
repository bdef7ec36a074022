#!/usr/bin/env python3
"""Build the holdout119 blind test set: 150 hand-written support mails + labels.

Theme: mail written on behalf of someone else (secretaries for principals,
colleagues for an absent librarian, "de la part de ..."), plus the usual
requests and automated mail.  Standard library only, deterministic.

    python3 make_holdout119.py        # writes h001.eml .. h150.eml, labels.jsonl
"""
import base64
import email
import hashlib
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.utils import formataddr, format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(1190119)
TO = "Assistance <support@assistance.example.fr>"
CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation", "subscription_activation",
    "order_billing", "contract_documents", "transfer_incident", "automated", "other",
]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
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
DEPT = {}
DOMAIN = {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN[_m] = _slug


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and LETTERS[int(code[:7]) % 23] == code[7]


def region_of(uai, sender):
    if uai:
        return DEPT.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN.get(dom)


MAILS = []


def M(frm, subj, body, cat, ok, uai, region, plat, hard, lang, notes, **opt):
    MAILS.append(dict(frm=frm, subj=subj, body=body, cat=cat, ok=ok, uai=uai, region=region,
                      plat=plat, hard=hard, lang=lang, notes=notes, opt=opt))


# ---------------------------------------------------------------- builders

CLIENTS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "tb": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF131 (Win)/9.0.0_GA_4546)"),
    "apple": ("X-Mailer", "iPhone Mail (21G93)"),
    "android": ("X-Mailer", "Outlook for Android"),
    "gmail": None,
    "samsung": ("X-Mailer", "Samsung Mobile"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.6"),
    "none": None,
}


def enc_header(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def fmt_addr(s):
    name, addr = parseaddr(s)
    return formataddr((name, addr)) if name else addr


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def msgid(client, domain):
    if client in ("outlook", "android"):
        return "<%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (hexid(32).upper(), "PR1P264MB" + str(RNG.randint(1000, 9999)))
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % base64.b64encode(RNG.randbytes(33)).decode().replace("/", "x").replace("+", "Q")
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9), RNG.randint(10**6, 10**7), RNG.randint(1727000000, 1740000000) * 1000, domain)
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hexid(8).upper(), hexid(4).upper(), hexid(4).upper(), hexid(4).upper(), hexid(12).upper(), domain)
    return "<%s-%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), domain)


def to_html(text):
    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        lines = [esc(x) for x in p.split("\n")]
        if all(x.startswith("&gt;") for x in lines if x):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % "<br>\n".join(l[4:].lstrip() for l in lines))
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=@CHARSET@">\n'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>'
            '</head>\n<body lang="FR">\n<div class="WordSection1">\n' + "\n<p>&nbsp;</p>\n".join(out)
            + '\n</div>\n</body></html>\n')


def leaf(text, sub, charset, cte):
    if sub == "html":
        text = to_html(text).replace("@CHARSET@", charset)
    raw = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode(charset)
        if cte == "7bit" and not payload.isascii():
            cte = "8bit"
    extra = "; format=flowed" if (sub == "plain" and cte == "8bit" and RNG.random() < 0.3) else ""
    head = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (sub, charset, extra, cte)
    return head, payload, charset


def body_part(text, fmt):
    """Return (headers, payload-str, charset-for-8bit-bytes)."""
    if fmt == "plain":
        return leaf(text, "plain", "utf-8", "8bit" if not text.isascii() else "7bit")
    if fmt == "qp":
        return leaf(text, "plain", "utf-8", "quoted-printable")
    if fmt == "b64":
        return leaf(text, "plain", "utf-8", "base64")
    if fmt == "latin1":
        return leaf(text, "plain", "iso-8859-1", "8bit")
    if fmt == "cp1252qp":
        return leaf(text, "plain", "windows-1252", "quoted-printable")
    if fmt == "html":
        return leaf(text, "html", "windows-1252", "quoted-printable")
    if fmt in ("alt", "alt64"):
        cte = "quoted-printable" if fmt == "alt" else "base64"
        b = "----=_Part_%d_%d" % (RNG.randint(10**5, 10**6), RNG.randint(10**8, 10**9))
        h1, p1, _ = leaf(text, "plain", "utf-8", cte)
        h2, p2, _ = leaf(text, "html", "utf-8", cte)
        payload = "--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (b, h1, p1, b, h2, p2, b)
        return 'Content-Type: multipart/alternative; boundary="%s"\n' % b, payload, "ascii"
    raise ValueError(fmt)


def attach(headers, payload, files):
    b = "_mixed_%s" % hexid(20)
    parts = ["--%s\n%s\n%s" % (b, headers, payload)]
    for fname, ctype in files:
        blob = ("%PDF-1.4\n% fichier de test holdout119 : " + fname + "\n%%EOF\n").encode() if "pdf" in ctype else RNG.randbytes(300)
        parts.append('--%s\nContent-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
                     'Content-Transfer-Encoding: base64\n\n%s' % (b, ctype, fname, fname, base64.encodebytes(blob).decode()))
    return 'Content-Type: multipart/mixed; boundary="%s"\n' % b, "\n".join(parts) + "\n--%s--\n" % b


DAY0 = datetime(2024, 9, 2, tzinfo=timezone.utc)


def build(i, m):
    o = m["opt"]
    name, addr = parseaddr(m["frm"])
    domain = addr.rsplit("@", 1)[1]
    client = o.get("client", RNG.choice(["outlook", "tb", "gmail", "zimbra", "outlook", "apple"]))
    fmt = o.get("fmt") or {"outlook": RNG.choice(["alt", "html", "qp"]), "gmail": "alt", "zimbra": "qp",
                           "tb": "plain", "apple": "qp", "android": "b64", "samsung": "alt64",
                           "roundcube": "plain", "none": "plain"}[client]
    when = DAY0 + timedelta(days=RNG.randint(0, 190), hours=RNG.randint(6, 18), minutes=RNG.randint(0, 59), seconds=RNG.randint(0, 59))
    summer = when < datetime(2024, 10, 27, 1, tzinfo=timezone.utc) or when >= datetime(2025, 3, 30, 1, tzinfo=timezone.utc)
    off = o.get("tz", 2 if summer else 1)
    local = when.astimezone(timezone(timedelta(hours=off)))
    auth = o.get("auth", "pass")
    if auth == "pass":
        ar = ("dkim=pass (2048-bit key) header.d={d};\n\tspf=pass smtp.mailfrom={d};\n\t"
              "dmarc=pass (p=none dis=none) header.from={d}").format(d=domain)
    elif auth == "fail":
        ar = ("dkim=none;\n\tspf=fail smtp.mailfrom={d};\n\tdmarc=fail (p=quarantine dis=none) header.from={d}").format(d=domain)
    else:
        ar = "dkim=none;\n\tspf=none smtp.mailfrom=%s;\n\tdmarc=none" % domain
    h = []
    h.append("Return-Path: <%s>" % o.get("return_path", addr))
    h.append("Delivered-To: support@assistance.example.fr")
    relay = o.get("relay", "smtp%d.%s" % (RNG.randint(1, 4), domain))
    h.append("Received: from %s (%s [192.0.2.%d])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <support@assistance.example.fr>; %s"
             % (relay, relay, RNG.randint(2, 250), hexid(12).upper(), format_datetime(local)))
    h.append("Authentication-Results: mx1.assistance.example.fr;\n\t" + ar)
    h.append("From: " + fmt_addr(m["frm"]))
    h.append("To: " + o.get("to", TO))
    if o.get("cc"):
        h.append("Cc: " + ", ".join(fmt_addr(c) for c in o["cc"]))
    if o.get("reply_to"):
        h.append("Reply-To: " + fmt_addr(o["reply_to"]))
    h.append("Subject: " + enc_header(m["subj"]))
    h.append("Date: " + format_datetime(local))
    h.append("Message-ID: " + msgid(client, domain))
    if o.get("irt"):
        h.append("In-Reply-To: %s\nReferences: %s" % (o["irt"], o["irt"]))
    h.append("MIME-Version: 1.0")
    ua = CLIENTS.get(client)
    if ua and not o.get("no_ua"):
        h.append("%s: %s" % ua)
    if client in ("outlook",):
        h.append("Thread-Index: " + base64.b64encode(RNG.randbytes(22)).decode())
        h.append("Content-Language: " + ("en-GB" if m["lang"] == "en" else "fr-FR"))
    for k, v in o.get("headers", []):
        h.append("%s: %s" % (k, v))
    if "raw_ctype" in o:
        headers, payload, charset = o["raw_ctype"] + "\n", m["body"], "utf-8"
    else:
        headers, payload, charset = body_part(m["body"], fmt)
    if o.get("files"):
        headers, payload = attach(headers, payload, o["files"])
    if charset == "ascii":
        charset = "utf-8"
    head = "\n".join(h) + "\n" + headers + "\n"
    return head.encode("ascii") + payload.encode(charset)


# ======================================================== password_reset (24)

M("Secrétariat de direction <ce.0699458F@ac-lyon.fr>",
  "Mot de passe e-sidoc - documentaliste en arrêt",
  """Bonjour,

Notre professeure documentaliste, Mme Garnier, est en arrêt maladie depuis lundi et
sa remplaçante doit pouvoir gérer le portail e-sidoc du CDI dès la semaine prochaine.
Personne ici ne connaît le mot de passe administrateur.

Pourriez-vous envoyer le lien de réinitialisation sur l'adresse de l'établissement
(celle-ci) ? Je le transmettrai à la remplaçante.

Merci d'avance,

Nadia Bouzid
Secrétariat de direction
Collège Jean Moulin
""", "password_reset", True, "0699458F", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Secretary writes from the ce.<UAI> address for a librarian on sick leave; asks for the link on the official address: standard reset path.",
  client="tb")

M("Hélène Marchetti <helene.marchetti68@gmail.com>",
  "pour ma collègue documentaliste",
  """Bonjour,

Je vous écris de la part de ma collègue Sophie Lemaire, professeure documentaliste au
lycée Victor Duruy (UAI 0380730M). Elle n'arrive plus à se connecter à l'administration
d'e-sidoc : le mot de passe est refusé et elle ne se souvient plus de l'ancien.
Elle n'a pas accès à internet chez elle cette semaine, d'où mon message.

Si vous pouvez lui envoyer le lien de réinitialisation à l'adresse habituelle
enregistrée chez vous, elle le récupérera lundi.

Bien cordialement,
Hélène Marchetti, professeure de lettres
""", "password_reset", True, "0380730M", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "A colleague writes from personal Gmail on behalf of the librarian; she asks for the link to the address on file, which is what the reset procedure does.",
  client="gmail")

M("Karim Haddad <karim.haddad@ac-creteil.fr>",
  "Accès administrateur e-sidoc - de la part de Mme Roux",
  """Bonjour,

Je me permets de vous écrire de la part de Mme Roux, documentaliste du collège
Gustave Courbet (0933681W), qui a perdu son mot de passe e-sidoc.

Sa messagerie académique est bloquée depuis une semaine (problème de compte chez
le rectorat) : pourriez-vous donc envoyer le nouveau mot de passe directement sur
mon adresse, karim.haddad@ac-creteil.fr ? Je suis le référent numérique de
l'établissement et je lui transmettrai.

Merci,
Karim Haddad
Référent numérique - Collège Gustave Courbet, Pierrefitte
""", "password_reset", False, "0933681W", "ile-de-france", "esidoc", True, "fr",
  "A third party asks for the password to be sent to his own address, which is not on file: reset topic, but no automatic answer (a person must apply the head's-request rule).",
  client="zimbra")

M("Claire Whitfield <c.whitfield@lycee-international-sgl.fr>",
  "e-sidoc admin password (on behalf of our librarian)",
  """Hello,

I am writing on behalf of Mr. Dubreuil, our head librarian, who is away on a school trip
to Edinburgh until Friday. He asked me to let you know that he has forgotten the
administrator password for our e-sidoc portal and cannot log in. Our school code
(UAI) is 0786426L.

Could you please send the usual reset link? He will deal with it when he is back.

Kind regards,
Claire Whitfield
Assistant to the English section
Lycée international, Saint-Germain-en-Laye
""", "password_reset", True, "0786426L", "ile-de-france", "esidoc", False, "en",
  "English; an assistant relays a lost e-sidoc password for an absent librarian, UAI given; standard reset link.",
  client="outlook")

M("CPE Lycée Mistral <cpe.mistral@lycee-mistral-avignon.fr>",
  "Compte e-sidoc bloqué",
  """Bonjour,

La documentaliste, Mme Faure, me demande de vous signaler que le compte administrateur
du portail e-sidoc du lycée est bloqué après plusieurs essais infructueux ce matin
(elle pense qu'on a changé le mot de passe pendant les vacances).
UAI : 0845217P

Pouvez-vous débloquer le compte ou envoyer un lien pour le réinitialiser ?

Merci beaucoup
Le CPE, M. Ortiz
""", "password_reset", True, "0845217P", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "The CPE writes for the librarian: e-sidoc admin account locked after failed attempts; unlock/reset path.",
  client="tb", fmt="plain")

M("Gestion Collège Les Tilleuls <gestion.tilleuls@cg71-colleges.fr>",
  "Identifiant espace acheteur",
  """Bonjour,

Je suis l'adjointe gestionnaire du collège Les Tilleuls (UAI 0714888C). Je vous écris
pour le compte de notre documentaliste qui passait les commandes sur l'Espace Acheteur
: elle a oublié son identifiant et son mot de passe, et nous ne savons pas quelle
adresse est rattachée au compte.

Merci de nous indiquer la marche à suivre.

Cordialement,
Valérie Pinson
Adjointe gestionnaire
""", "password_reset", True, "0714888C", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Gestionnaire asks for the librarian: lost Espace Acheteur login and unknown address on file (FAQ case).",
  client="outlook", fmt="html")

M("Secrétariat Lycée de Cornouaille <ce.0294752H@ac-rennes.fr>",
  "RE: [#SUP-005812] Mot de passe e-sidoc",
  """Bonjour,

Le lien est bien arrivé sur la boîte de l'établissement, mais il avait expiré quand
notre documentaliste a pu l'ouvrir (elle ne travaille que le jeudi), et la deuxième
demande sur le site ne renvoie plus rien. C'est la troisième fois que nous essayons.

Pourriez-vous voir directement avec elle ? Elle est joignable le jeudi au CDI au
02 98 55 12 40.

Cordialement,
Le secrétariat

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 14 janvier 2025 10:02
À : ce.0294752H@ac-rennes.fr
Objet : [#SUP-005812] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse connue pour votre établissement
(c***@ac-****.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""", "password_reset", False, "0294752H", "bretagne", "esidoc", True, "fr",
  "Reply on a ticket: the standard reset was already tried three times and failed (link expires before the part-time librarian sees it); asks for a person.",
  client="outlook", fmt="qp", irt="<SUP-005812.1736845320.a1b2c3@assistance.example.fr>")

M("Thierry Besson <thierry.besson@ac-nancy-metz.fr>",
  "e-sidoc + facture",
  """Bonjour,

Je vous écris pour Mme Klein, notre documentaliste (en copie), à deux sujets :

1) elle a perdu le mot de passe administrateur d'e-sidoc (lycée Louis Vincent,
   UAI 0570293J) ;
2) la facture du renouvellement de l'abonnement n'est toujours pas arrivée sur
   Chorus Pro, alors que l'agent comptable la réclame pour clôturer.

Merci de votre retour sur les deux points.

T. Besson
Secrétaire général
""", "password_reset", False, "0570293J", "grand-est", "esidoc", True, "fr",
  "Two topics written by the secretary general for the librarian in copy: lost password (first) and a missing Chorus invoice; one template would answer only half.",
  client="zimbra", cc=["Martine Klein <martine.klein@ac-nancy-metz.fr>"])

M("Bruno <bruno.lefebvre62@orange.fr>",
  "mdp esidoc",
  """bjr, de la part de ma collegue du cdi : mdp esidoc perdu. RNE 0624154D
merci

Envoyé de mon iPhone""", "password_reset", True, "0624154D", "hauts-de-france", "esidoc", False, "fr",
  "Very short phone message relaying a colleague's lost e-sidoc password; UAI written as RNE.",
  client="apple")

M("Secrétariat collège Pagnol <ce.0343640X@ac-montpellier.fr>",
  "Réinitialisation mot de passe portail CDI - 0343640K",
  """Bonjour,

Pour notre professeur documentaliste, M. Serrano : il ne peut plus accéder à l'espace
d'administration du portail e-sidoc du collège. Notre code établissement est le
0343640K.

Merci d'envoyer le lien sur notre adresse (secrétariat), nous lui ferons suivre.

Bien à vous,
Le secrétariat du collège Marcel Pagnol
""", "password_reset", True, "0343640X", "occitanie", "esidoc", True, "fr",
  "The code typed in subject and body (0343640K) has a wrong check letter; the ce.0343640X sender address carries the valid UAI, which is the label. Link to the official address: standard path.",
  client="tb")

M("Aurélie Mas <aurelie.mas31@laposte.net>",
  "Mot de passe e-sidoc oublié",
  """Bonjour,

J'écris pour le CDI du lycée Déodat de Séverac, notre documentaliste titulaire étant
en congé. Je suis contractuelle et je ne connais pas le mot de passe d'administration.
Le numéro de l'établissement est 0313832K il me semble.

Merci de m'aider,
Aurélie Mas
""", "password_reset", True, None, None, "esidoc", True, "fr",
  "Code 0313832K has a wrong check letter (the digits give X), so no UAI; personal address, no académie domain: no region. A replacement librarian who never had the password: the reset answer (with the head's-request fallback) applies.",
  client="roundcube")

M("Collège Saint-Exupéry - Secrétariat <ce.0175545K@ac-poitiers.fr>",
  "Nouvelle documentaliste - accès e-sidoc",
  """Madame, Monsieur,

Mme Dutertre, documentaliste du collège, a pris sa retraite en juillet. Sa
successeure, Mme Benali, est arrivée à la rentrée et ne dispose d'aucun identifiant
pour administrer le portail e-sidoc. Nous ne savons pas non plus quelle adresse
était rattachée au compte.

Pouvez-vous envoyer un lien de réinitialisation sur l'adresse de l'établissement ?

Avec nos remerciements,
Pour le secrétariat, Josiane Morel
Collège Saint-Exupéry - 0175545K
""", "password_reset", True, "0175545K", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Secretariat for a newly arrived librarian who never had the password; asks for the link on the official address.",
  client="outlook", fmt="alt")

M("AED CDI Dupuy de Lome <aed.cdi.ddl56@gmail.com>",
  "Lien expiré",
  """Bonjour,

Je suis assistante d'éducation au CDI du lycée Dupuy de Lôme à Lorient. Notre
documentaliste est en congé maternité et m'a demandé de m'occuper de la
réinitialisation du mot de passe e-sidoc. Le lien reçu sur la boîte du lycée a
expiré avant qu'on puisse l'utiliser (il est arrivé un vendredi soir).

Pouvez-vous en renvoyer un ? UAI 0294752H ... non pardon, c'est 0567720M, l'autre
c'est celui de mon ancien lycée à Quimper.

Merci !
Inès
""", "password_reset", True, "0567720M", "bretagne", "esidoc", True, "fr",
  "Two UAIs: the writer corrects herself; 0567720M is the one meant. Expired reset link: a new link is the standard answer.",
  client="gmail")

M("Olivier Caron <olivier.caron@ac-lille.fr>",
  "Mot de passe Espace Acheteur de M. le Principal",
  """Bonjour,

Je suis l'adjoint gestionnaire du collège Anatole France (0595622R). Notre principal,
M. Vasseur, a oublié le mot de passe de son compte sur l'Espace Acheteur et m'a
demandé de vous écrire pendant qu'il est en réunion au rectorat.

Il aurait besoin de pouvoir se reconnecter avant la fin du mois pour valider les
commandes. Son adresse de compte est celle du collège.

Merci par avance,
Olivier Caron
""", "password_reset", True, "0595622R", "hauts-de-france", "espace_acheteur", True, "fr",
  "About the principal, but written by the gestionnaire and only a lost password: not a head-of-establishment request. Reset to the address on file fits.",
  client="zimbra")

M("Sandrine Poulain <sandrine.poulain@ac-versailles.fr>",
  "TR: Réinitialisation de votre mot de passe",
  """Bonjour,

Ma collègue documentaliste m'a transféré ce message car elle est en formation
aujourd'hui : le lien ne fonctionne pas, la page dit qu'il n'est plus valide.
Pouvez-vous en générer un nouveau pour le lycée Jean Jaurès, UAI 0929303M ?

Merci,
Sandrine Poulain
Secrétariat de direction

________________________________
De : Marion Texier <marion.texier@ac-versailles.fr>
Envoyé : lundi 3 février 2025 08:12
À : Sandrine Poulain
Objet : TR: Réinitialisation de votre mot de passe

Sandrine, tu peux t'en occuper stp ? Je suis à Versailles toute la journée. Merci !

________________________________
De : e-sidoc <no-reply@esidoc.example.fr>
Envoyé : vendredi 31 janvier 2025 17:40
Objet : Réinitialisation de votre mot de passe

Bonjour, cliquez sur le lien ci-dessous pour choisir un nouveau mot de passe.
Ce lien est valable 12 heures.
""", "password_reset", True, "0929303M", "ile-de-france", "esidoc", False, "fr",
  "Double Outlook forward (TR:) by the secretary for the librarian: the reset link expired; asks for a new one.",
  client="outlook", fmt="alt")

M("Référente numérique <referente.num@ac-guyane.fr>",
  "mot de passe administrateur e-sidoc collège Eutrope",
  """Bonjour,

Je suis la référente numérique du collège (UAI 9734762N). Je vous contacte à la
demande de notre documentaliste, Mme Jean-Baptiste : elle a changé de téléphone et
a perdu son mot de passe enregistré. Elle ne se connecte donc plus à e-sidoc.

Merci de lui renvoyer un lien de réinitialisation.

Cordialement
""", "password_reset", True, "9734762N", "guyane", "esidoc", False, "fr",
  "Digital-education referent writes for the librarian; lost password; Guyane time zone.",
  client="zimbra", tz=-3)

M("Mr Paul Hoarau <paul.hoarau974@hotmail.fr>",
  "Password for my wife's school library account",
  """Hello,

My wife, Mrs Hoarau, is the librarian at a college in Saint-Pierre (code 9740075N). She
is in hospital for a few weeks and she asked me to recover the password of the
library portal (e-sidoc) so that I can update the news page for the students.

Please send the new password to this address. Thank you very much.

Paul Hoarau
""", "password_reset", False, "9740075N", "la-reunion", "esidoc", True, "en",
  "English; the librarian's husband, outside the school, wants the password sent to his own address: never automatic, staff must refuse or redirect.",
  client="outlook", fmt="qp", tz=4)

M("Secrétariat du proviseur <ce.0454061V@ac-orleans-tours.fr>",
  "De la part de M. le Proviseur - mot de passe e-sidoc",
  """Bonjour,

Monsieur le Proviseur me charge de vous signaler que personne au lycée ne parvient
plus à se connecter à l'administration du portail e-sidoc du CDI depuis la rentrée.

Merci d'envoyer le lien de réinitialisation sur l'adresse de l'établissement,
comme d'habitude.

Bien cordialement,
Françoise Lambert
Secrétaire du proviseur
Lycée Pothier
""", "password_reset", True, "0454061V", "centre-val-de-loire", "esidoc", True, "fr",
  "'De la part de M. le Proviseur', but only a link to the official address is asked, nothing to authorise: password_reset (the head's written request is not needed for this path).",
  client="outlook", fmt="html")

M("Laurence Vidal <laurence.vidal@ac-toulouse.fr>",
  "mot de passe",
  """Bonjour,

Je n'arrive plus à me connecter à e-sidoc, j'ai dû me tromper de mot de passe
trop souvent. Pouvez-vous m'aider ?

Laurence Vidal
Professeure documentaliste
Lycée Pierre-Paul Riquet - 0815582C
""", "password_reset", True, "0815582C", "occitanie", "esidoc", False, "fr",
  "Plain lost e-sidoc password from the librarian herself; UAI in the signature.",
  client="zimbra")

M("Secrétariat collège <secretariat.college.calvi@orange.fr>",
  "mot de passe oublié portail documentaire",
  """Bonjour,

Notre documentaliste étant absent jusqu'aux vacances, je vous écris à sa place :
nous avons besoin du mot de passe du portail e-sidoc pour publier l'information sur
le concours de lecture. Établissement 7204720T.

Merci.
""", "password_reset", True, "7204720T", "corse", "esidoc", False, "fr",
  "Secretary writes for an absent librarian; Haute-Corse UAI prefix 720; non-academic sender.",
  client="none", fmt="latin1")

M("Julien Roche <julien.roche@ac-montpellier.fr>",
  "Mot de passe",
  """Bonjour
Je n'ai plus le mot de passe pour l'administration du portail esidoc du CDI. Pouvez
vous me renvoyer un lien svp
Merci
Envoyé depuis Outlook pour Android
""", "password_reset", True, None, "occitanie", "esidoc", False, "fr",
  "Outlook for Android (base64), no UAI; region from the ac-montpellier.fr domain.",
  client="android", fmt="b64")

M("Secrétariat école <ce.0305744F@ac-montpellier.fr>",
  "Mot de passe EcoleDirecte directrice",
  """Bonjour,

De la part de Mme Combes, directrice de l'école : elle a perdu son mot de passe
d'administration EcoleDirecte (pas le mot de passe de maintenance, son mot de passe
personnel de directrice). Elle ne peut plus accéder aux paramètres de l'établissement.

Comment peut-elle le récupérer ?

Merci,
Le secrétariat
""", "password_reset", False, "0305744F", "occitanie", "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administration password relayed by the secretariat (explicitly not the maintenance password, so not transfer_incident); no reset template for this product.",
  client="roundcube")

M("Coordonnateur TICE <tice@lycee-jules-ferry-sens.fr>",
  "URGENT compte e-sidoc verrouillé - rappel souhaité",
  """Bonjour,

Pour Mme Royer, documentaliste du lycée Jules Ferry (0895361E n'est pas bon... c'est
le 0218584S, établissement rattaché) : le compte administrateur e-sidoc est verrouillé.

Elle a une séance de formation des élèves demain à 8 h et a déjà essayé le lien de
réinitialisation deux fois sans succès. Merci de NOUS APPELER plutôt que d'envoyer
un nouveau lien : 03 86 95 21 00, poste 214.

Le coordonnateur TICE
""", "password_reset", False, "0218584S", "bourgogne-franche-comte", "esidoc", True, "fr",
  "Written by the IT coordinator for the librarian; the reset link failed twice and he explicitly wants a phone call. A first code is abandoned mid-sentence; 0218584S is the one given.",
  client="tb")

M("Secrétariat Collège Ravel <ce.9763292Z@ac-mayotte.fr>",
  "Demande de lien - mot de passe e-sidoc",
  """Bonjour,

Nous vous écrivons pour le CDI : le professeur documentaliste, M. Abdallah, ne
retrouve plus son mot de passe pour administrer e-sidoc. UAI 9763292Z.
Merci d'envoyer le lien à cette adresse, nous lui transmettrons.

Salutations,
Secrétariat
""", "password_reset", True, "9763292Z", "mayotte", "esidoc", False, "fr",
  "Secretariat from the ce.<UAI> address, UAI also in the body; link to the official address.",
  client="zimbra", tz=3)

# ================================================== missing_noreply_mail (17)

M("Corinne Fabre <corinne.fabre@ac-bordeaux.fr>",
  "Mail d'activation jamais reçu",
  """Bonjour,

Je vous écris pour notre nouvelle gestionnaire, Mme Daniel, qui n'a pas encore
d'adresse académique active. Elle a créé son compte sur l'Espace Acheteur lundi avec
l'adresse du service intendance, mais le mail d'activation n'est jamais arrivé
(ni dans les courriers indésirables).

Collège Jules Ferry, 0332245L.

Cordialement,
Corinne Fabre, secrétaire d'intendance
""", "missing_noreply_mail", True, "0332245L", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Written for a new gestionnaire: the activation mail never arrived, junk folder checked, no anti-spam product named.",
  client="zimbra")

M("Romain Texier <r.texier@mairie-villeneuve.fr>",
  "pas de mail pour le nouveau mot de passe",
  """Bonjour,

Ma collègue acheteuse est en congés et m'a demandé de surveiller ses demandes. Elle
a cliqué sur "mot de passe oublié" avant de partir mais le message pour choisir un
nouveau mot de passe n'arrive pas sur sa boîte, que je consulte pour elle.

Pouvez-vous vérifier ?

Romain Texier
Service commande publique
""", "missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
  "Reads like a password request, but the 'forgot password' step was done: the new-password mail never arrives. Colleague covering for an absent buyer; municipal sender, no region.",
  client="outlook", fmt="alt")

M("Gestionnaire <gestion.0490865Z@ac-nantes.fr>",
  "RE: [#SUP-006044] Mail de confirmation non reçu",
  """Bonjour,

Nous avons suivi vos conseils (dossier indésirables, ajout de l'expéditeur aux
contacts) mais toujours rien, 4 jours après. Pouvez-vous transmettre à quelqu'un de
la région comme vous le proposiez ?

Cordialement,
Le service de gestion du collège

> Bonjour,
> Si le message n'apparaît pas, vérifiez votre dossier de courrier indésirable et
> ajoutez l'adresse no-reply aux expéditeurs autorisés. Sans nouvelles sous 48 h,
> nous transmettrons votre demande à votre région.
""", "missing_noreply_mail", False, "0490865Z", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Reply after the junk-folder answer: still nothing after 48 h; the template was already sent, a person must route it. UAI from the gestion.<UAI> address.",
  client="tb", irt="<SUP-006044.1731400000.77ab12@assistance.example.fr>")

M("Emma Clarke <emma.clarke@eabjm-school.fr>",
  "Activation email not received",
  """Hi,

I'm writing on behalf of our finance officer, who doesn't speak French very well. She
registered on the buyer platform yesterday but never received the email with the
activation link. We checked spam and quarantine folders in Outlook.

Could you resend it or tell us what to do?

Thanks,
Emma Clarke
Office manager
""", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English, written on behalf of a finance officer: the activation mail never arrived.",
  client="outlook", fmt="qp")

M("Stéphanie Morin <stephanie.morin@ac-reims.fr>",
  "Notifications e-sidoc",
  """Bonjour,

Je remplace Mme Collet au CDI pendant son congé. Depuis mon arrivée, je ne reçois
aucune notification automatique du portail (réservations, suggestions d'achat),
alors que j'ai mis mon adresse dans le profil administrateur.

Les messages partent-ils bien ? Je n'ai rien dans les spams.

Stéphanie Morin
Lycée Clemenceau, Reims - 0515159F
""", "missing_noreply_mail", True, "0515159F", "grand-est", "esidoc", False, "fr",
  "Replacement librarian (covering a colleague's leave) gets no automatic notifications from the portal; nothing in spam.",
  client="zimbra")

M("David Nguyen <david.nguyen@ac-clermont.fr>",
  "Pas de mail du no-reply",
  """Bonjour,

Je vous écris pour le compte du gestionnaire du lycée (0636126S), qui est en
déplacement. Il attend le mail de validation de son compte Espace Acheteur depuis
vendredi.

Précision : nous n'avons PAS Mailinblack ni aucun autre filtre particulier, juste
la messagerie académique standard, et rien dans les indésirables.

Cordialement,
D. Nguyen, assistant de prévention / référent informatique
""", "missing_noreply_mail", True, "0636126S", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
  "Names Mailinblack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  client="zimbra")

M("Vie scolaire <vie-scolaire@college-lamartine.fr>",
  "Confirmation jamais arrivée",
  """Bonjour,

Je fais la demande pour ma collègue qui n'a pas d'ordinateur ce matin : elle a
ouvert un compte sur le portail des tickets pour signaler un souci, mais le mail
de confirmation pour définir son mot de passe n'est jamais arrivé.

Bonne journée
""", "missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
  "Ticket-portal confirmation mail never arrived; written by a colleague.",
  client="roundcube")

M("Annick Perrot <annick.perrot@cc-pays-de-lure.fr>",
  "Problème réception des mails",
  """Madame, Monsieur,

Notre secrétaire de mairie, Mme Jacquot, m'a demandé de vous écrire : depuis une
semaine, elle ne reçoit plus aucun mail de l'Espace Acheteur (nouvelle commande,
changement de mot de passe...). Notre messagerie est gérée par la communauté de
communes, qui a "durci" ses filtres récemment, sans plus de précisions.

Quelle adresse faut-il autoriser ?

Cordialement,
Annick Perrot
""", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook; suspects a stricter filter at the local authority but names no product; asks which address to allow.",
  client="outlook", fmt="html")

M("Frédéric Gauthier <frederic.gauthier@ac-amiens.fr>",
  "mot de passe espace acheteur",
  """Bonjour,

Je gère le compte Espace Acheteur du lycée pour notre proviseure. L'outil "mot de
passe oublié" affiche bien "un e-mail vous a été envoyé" mais rien n'arrive, même
après plusieurs essais hier et ce matin. Le mot de passe en lui-même, je saurais le
changer si je recevais le mail.

Lycée Madeleine Michelis, 0809909L

F. Gauthier
""", "missing_noreply_mail", True, "0809909L", "hauts-de-france", "espace_acheteur", True, "fr",
  "The password tool works but its mail never arrives: missing_noreply_mail per the taxonomy, not password_reset.",
  client="zimbra")

M("Marie-Laure Dupin <ml.dupin@ac-strasbourg.fr>",
  "Comptes à valider - aucune notification",
  """Bonjour,

Je suis administratrice de structure pour le collège (0676907U). Deux collègues me
disent avoir créé leur compte la semaine dernière, mais je n'ai reçu aucune
notification de compte à valider, ni dans ma boîte ni dans les spams.

Pouvez-vous vérifier que les notifications partent bien ?

Merci,
Marie-Laure Dupin
""", "missing_noreply_mail", True, "0676907U", "grand-est", "espace_acheteur", False, "fr",
  "Structure administrator never receives the 'account to validate' notifications.",
  client="tb")

M("Service intendance <intendance@lycee-sainte-marie-caen.fr>",
  "Mail d'activation + devis",
  """Bonjour,

Deux choses pour notre chef d'établissement, qui m'a demandé de m'en charger :
- le mail d'activation de son compte client n'est pas arrivé (créé il y a 3 jours) ;
- il souhaite aussi recevoir un devis pour l'abonnement e-sidoc de l'année prochaine,
  à l'ordre de l'OGEC Sainte-Marie.

Merci de votre aide.

Sylvie Lecomte, service intendance
""", "missing_noreply_mail", False, None, None, "esidoc", True, "fr",
  "Two topics relayed for the head: activation mail not received (first) and a quote request (order_billing); the template would answer only half.",
  client="outlook", fmt="alt")

M("Manu <emmanuel.riviere@ac-nice.fr>",
  "pas reçu",
  """toujours pas reçu le mail de confirmation depuis hier soir
envoyé de mon tel""", "missing_noreply_mail", True, None, "provence-alpes-cote-d-azur", None, False, "fr",
  "Two-line phone message; confirmation mail not received; no platform can be told; region from ac-nice.fr.",
  client="samsung", fmt="alt64")

M("DSI Rectorat - Support messagerie <support-messagerie@ac-normandie.fr>",
  "Adresse d'envoi des mails automatiques",
  """Bonjour,

Plusieurs établissements de l'académie nous signalent ne pas recevoir les mails
automatiques de l'Espace Acheteur (activation, mot de passe). Nous ne voyons rien
de rejeté sur nos passerelles, mais pour vérifier, pourriez-vous nous indiquer
l'adresse d'expédition exacte et les serveurs d'envoi ?

Cordialement,
Pôle messagerie - DSI
""", "missing_noreply_mail", True, None, "normandie", "espace_acheteur", False, "fr",
  "IT department writing for several schools: asks for the exact no-reply sender to check; region from ac-normandie.fr.",
  client="outlook", fmt="qp")

M("Laetitia Brun <laetitia.brun@ac-paris.fr>",
  "Fwd: lien de première connexion",
  """Bonjour,

Je vous transfère le message de notre gestionnaire, qui n'a pas de connexion au
bureau cette semaine. Lycée Hélène Boucher, 0752157M.

---------- Forwarded message ---------
De : Xavier Petit <xavier.petit@ac-paris.fr>
Date: lun. 18 nov. 2024 à 09:41
Subject: lien de première connexion
To: Laetitia Brun <laetitia.brun@ac-paris.fr>

Laetitia, peux-tu écrire au support de ma part ? On me dit que mon compte est
validé mais je n'ai jamais reçu le lien sécurisé pour la première connexion.
Merci, Xavier
""", "missing_noreply_mail", True, "0752157M", "ile-de-france", "espace_acheteur", False, "fr",
  "Gmail-style forward of a colleague's message: account validated, secure first-login link never came.",
  client="gmail")

M("Josélito Marie-Sainte <jose.mariesainte@ac-martinique.fr>",
  "Mails no-reply non reçus",
  """Bonjour,

Je vous écris pour la gestionnaire du collège (UAI 9720395X), absente cette
semaine : aucun mail venant de l'adresse no-reply de l'Espace Acheteur n'arrive
dans sa boîte depuis la migration, ni l'activation ni le mot de passe. Le dossier
indésirables est vide.

Merci d'avance, et désolé pour le décalage horaire si vous voyez ceci tard !
""", "missing_noreply_mail", True, "9720395X", "martinique", "espace_acheteur", False, "fr",
  "Written for an absent gestionnaire: no no-reply mail arrives; Martinique time zone.",
  client="zimbra", tz=-4)

M("Patricia Blanc <patricia.blanc@ac-aix-marseille.fr>",
  "Je souhaite parler à quelqu'un - mails non reçus",
  """Bonjour,

Je vous ai déjà écrit deux fois pour notre documentaliste et j'ai reçu deux fois
la même réponse automatique sur les courriers indésirables. Nous avons TOUT vérifié
avec l'informaticien du collège. Le mail d'activation n'arrive toujours pas.

Je voudrais maintenant être rappelée par une personne : 04 91 62 33 10.

Collège Vieux Port, 0139722X
Patricia Blanc, secrétaire
""", "missing_noreply_mail", False, "0139722X", "provence-alpes-cote-d-azur", None, True, "fr",
  "The standard answer was already received twice and she explicitly asks for a person: no automatic answer. Platform not named.",
  client="outlook", fmt="alt")

M("Gabriel Fontaine <gabriel.fontaine@ac-dijon.fr>",
  "Fwd: création compte Espace Acheteur",
  """Bonjour,

Je transmets la demande de Mme Lopez, nouvelle agente comptable (sans adresse
académique pour l'instant), qui ne reçoit pas le mail de confirmation d'inscription.

Cordialement,
Gabriel Fontaine
Collège Jean Rostand - 0213171H

Début du message réexpédié :

De: Nathalie Lopez <n.lopez.compta@gmail.com>
Objet: création compte Espace Acheteur
Date: 9 décembre 2024 à 15:02:11 UTC+1
À: Gabriel Fontaine <gabriel.fontaine@ac-dijon.fr>

Bonjour Gabriel, je me suis inscrite sur l'Espace Acheteur mais je n'ai reçu
aucun mail de confirmation, pas même dans les spams. Peux-tu voir avec le support ?
Nathalie
""", "missing_noreply_mail", True, "0213171H", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Apple Mail forward ('Début du message réexpédié') relaying a new accountant's missing sign-up confirmation.",
  client="apple")

# ====================================================== mailinblack_spam (12)

M("Secrétariat Lycée Colbert <ce.0444056V@ac-nantes.fr>",
  "MailInBlack bloque vos messages",
  """Bonjour,

Pour information et à la demande de notre gestionnaire : notre messagerie est
protégée par MailInBlack et les messages de l'Espace Acheteur restent bloqués
(on reçoit à la place une alerte MailInBlack). Que devons-nous autoriser ?

Merci
Secrétariat du lycée Colbert
""", "mailinblack_spam", True, "0444056V", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Secretary writes for the gestionnaire: MailInBlack blocks the platform's mail; asks what to allow.",
  client="outlook", fmt="qp")

M("Service informatique CD 86 <informatique.colleges@departement86.fr>",
  "Liste blanche Mailinblack pour vos envois",
  """Bonjour,

Le service informatique du Département gère Mailinblack pour les collèges de la
Vienne. Le collège de Chauvigny (0864279J) nous signale des mails de votre plateforme
bloqués. Quelles adresses ou quels domaines devons-nous mettre en liste blanche ?

Cordialement,
Service informatique - Conseil départemental
""", "mailinblack_spam", True, "0864279J", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Local authority IT writing for a college: asks which senders to allow-list in Mailinblack.",
  client="outlook", fmt="alt")

M("Rachel Green <rachel.green@ecole-bilingue-nice.fr>",
  "Your emails are stuck in MailInBlack",
  """Hello,

On behalf of our school librarian: your activation emails end up in our MailInBlack
quarantine and she cannot release them herself. What should our IT add to the allow
list?

Best,
Rachel Green
School secretary
""", "mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "English; secretary for the librarian; MailInBlack quarantine holds the activation mails.",
  client="gmail")

M("jean-marc <jm.bertrand@ac-grenoble.fr>",
  "mail in black",
  """bonjour
le mail in black du college bloque les message de l'espace acheteur, la gestionnaire
me demande de vous ecrire. comment on fait
merci
jm bertrand""", "mailinblack_spam", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Product spelled 'mail in black', no accents; writing for the gestionnaire; region from ac-grenoble.fr.",
  client="roundcube")

M("Lucie Ferrand <lucie.ferrand@ac-versailles.fr>",
  "Vérification « je ne suis pas un robot » ?",
  """Bonjour,

Notre principal m'a demandé de vous prévenir : quand vous nous écrivez, vous recevez
peut-être un message vous demandant de cliquer pour prouver que vous n'êtes pas un
robot. C'est notre nouveau système de protection de la messagerie. Les mails
d'activation de l'Espace Acheteur, eux, semblent ne jamais arriver.

Que faut-il faire de notre côté ?

Lucie Ferrand, secrétariat de direction
Collège Paul Éluard, 0915290F
""", "mailinblack_spam", False, "0915290F", "ile-de-france", "espace_acheteur", True, "fr",
  "Sender-authentication challenge described without naming MailInBlack: the product is not confirmed, a person should check before sending the guide.",
  client="outlook", fmt="html")

M("Agnès Carpentier <agnes.carpentier@ac-besancon.fr>",
  "Mailinblack + administrateur",
  """Bonjour,

Pour Mme Girard, documentaliste (en copie) :
- les mails d'activation de l'Espace Acheteur sont bloqués par Mailinblack ;
- et nous ne savons pas qui est l'administrateur de notre structure pour valider
  son compte ensuite.

Collège Victor Hugo, Besançon - 0257195K

Merci,
A. Carpentier
""", "mailinblack_spam", False, "0257195K", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
  "Two topics: Mailinblack blocking (main) and who is the structure's administrator (account_creation).",
  client="zimbra", cc=["Céline Girard <celine.girard@ac-besancon.fr>"])

M("Hervé Masson <herve.masson@ac-orleans-tours.fr>",
  "TR: Rapport de quarantaine Mailinblack",
  """Bonjour,

Notre proviseur reçoit chaque matin ce rapport et m'a demandé de comprendre pourquoi
vos messages y figurent. Faut-il les libérer un par un ?

Hervé Masson, adjoint gestionnaire, lycée Descartes (0373589A)

-----Message d'origine-----
De : Mailinblack <noreply@mailinblack.com>
Envoyé : jeudi 6 mars 2025 07:00
Objet : Votre rapport quotidien - 3 messages en attente

Messages en attente de validation :
- no-reply@espace-acheteur.example.fr  Activation de votre compte
- no-reply@espace-acheteur.example.fr  Votre commande a été validée
""", "mailinblack_spam", True, "0373589A", "centre-val-de-loire", "espace_acheteur", False, "fr",
  "A person forwards the proviseur's daily Mailinblack quarantine report and asks a real question.",
  client="outlook", fmt="qp")

M("Christine Leroy <christine.leroy@ac-lille.fr>",
  "Re: [#SUP-006390] MailInBlack - toujours bloqué",
  """Bonjour,

Nous avons suivi votre guide à la lettre avec le prestataire informatique, l'adresse
no-reply est en liste blanche, et pourtant les messages restent en attente dans
MailInBlack. Merci de faire intervenir quelqu'un qui puisse échanger directement
avec notre prestataire, cela fait trois semaines.

Christine Leroy, pour la gestionnaire du collège Camus (0593879W)

Le 12/02/2025 à 10:15, Assistance a écrit :
> Bonjour,
> Votre messagerie est protégée par MailInBlack. Voici le guide pour autoriser nos
> expéditeurs...
""", "mailinblack_spam", False, "0593879W", "hauts-de-france", "espace_acheteur", True, "fr",
  "Follow-up: the MailInBlack guide was applied and failed; asks for a person to talk to their IT provider.",
  client="tb", irt="<SUP-006390.1739351700.c9d0e1@assistance.example.fr>")

M("Sébastien Roy <sebastien.roy@ac-lyon.fr>",
  "Messages bloqués - CDI",
  """Bonjour,

En l'absence de notre documentaliste (stage de formation), je relève ses
messages : il a reçu plusieurs notifications MailInBlack lui demandant de valider
des expéditeurs, dont le vôtre. Est-ce bien vous ? Et comment éviter que vos mails
d'abonnement soient bloqués à l'avenir ?

Lycée Ampère, 0698932J
S. Roy
""", "mailinblack_spam", True, "0698932J", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "A colleague reads the absent librarian's mail: MailInBlack challenges on the desk's messages; asks how to allow them.",
  client="zimbra")

M("Collège Bébel <ce.9711986G@ac-guadeloupe.fr>",
  "Mailinblack Protect",
  """Bonjour,

Le rectorat a installé Mailinblack Protect sur nos boîtes. Depuis, les messages de
votre plateforme tombent en quarantaine. Merci de nous envoyer la procédure.

Le secrétariat, pour M. le Principal
""", "mailinblack_spam", True, "9711986G", "guadeloupe", None, True, "fr",
  "Signed 'pour M. le Principal' but only asks for the Mailinblack procedure: not a head-of-establishment request. 'Votre plateforme' does not tell which product: no platform.",
  client="zimbra", tz=-4)

M("Yannick Le Goff <yannick.legoff@ac-rennes.fr>",
  "Mails bloqués par Mailinblack",
  """Bonjour,

Je vous écris de la part de notre intendante : vos mails sont dans les
indésirables ET marqués par Mail In Black comme "expéditeur non vérifié".
Nous avons déjà essayé de les marquer comme légitimes dans Outlook, sans effet.

Lycée Kérichen, 0293147N

Yannick Le Goff
""", "mailinblack_spam", True, "0293147N", "bretagne", "espace_acheteur", False, "fr",
  "Junk folder checked too, but Mail In Black is named: mailinblack_spam.",
  client="outlook", fmt="html")

M("Secrétariat EREA <secretariat@erea-les-pins.fr>",
  "quarantaine",
  """Bonjour,

Mailinblack a mis en quarantaine tous vos mails de commande, merci de nous envoyer
le guide pour notre informaticien.

Cordialement""", "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Short: Mailinblack quarantines the order mails, asks for the guide.",
  client="none")

# ======================================== head_of_establishment_request (17)

M("Secrétariat Principal Collège Jean Vilar <ce.0942129D@ac-creteil.fr>",
  "Demande de M. le Principal - administrateur e-sidoc",
  """Madame, Monsieur,

Je vous écris de la part de M. Bensaïd, principal du collège Jean Vilar (UAI 0942129D),
en copie de ce message.

M. le Principal demande la réinitialisation du mot de passe administrateur du portail
e-sidoc et le remplacement de l'adresse de contact du compte, qui est encore celle de
l'ancienne documentaliste, par l'adresse de l'établissement (ce.0942129D@ac-creteil.fr).
Il autorise par ce message ces deux opérations.

Avec mes salutations distinguées,

Émilie Royer
Secrétaire de direction
""", "head_of_establishment_request", False, "0942129D", "ile-de-france", "esidoc", True, "fr",
  "Written by the secretary from the ce.<UAI> address, principal in copy, explicitly conveying his authorisation of a reset and a contact-address change: the head's request relayed; staff must check.",
  client="outlook", fmt="alt", cc=["Karim Bensaïd <karim.bensaid@ac-creteil.fr>"])

M("Principale Collège Matisse <ce.0060033D@ac-nice.fr>",
  "Changement d'administrateur Espace Acheteur",
  """Bonjour,

En tant que principale du collège Henri Matisse (0060033D), je vous informe que
M. Pastor, gestionnaire, a quitté l'établissement le 31 août. Je désigne Mme Aubert,
nouvelle adjointe gestionnaire (sandra.aubert@ac-nice.fr), comme administratrice de
structure sur l'Espace Acheteur, et vous demande de fermer l'accès de M. Pastor.

Cordialement,
Isabelle Fournier
Principale
""", "head_of_establishment_request", False, "0060033D", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "The principal herself names a new structure administrator and asks to close the former one's access.",
  client="outlook", fmt="html")

M("Secrétariat de direction <ce.0355145C@ac-rennes.fr>",
  "Courrier du proviseur - administrateur e-sidoc",
  """Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le Proviseur demandant que
Mme Le Bihan, professeure documentaliste, devienne administratrice du portail e-sidoc
du lycée, en remplacement de M. Guillou (mutation). M. le Proviseur est en copie.

Bien cordialement,
Le secrétariat de direction
Lycée Chateaubriand - 0355145C
""", "head_of_establishment_request", False, "0355145C", "bretagne", "esidoc", False, "fr",
  "Secretary sends the head's signed letter (PDF) with the head in copy: change of e-sidoc administrator.",
  client="tb", cc=["Proviseur Lycée Chateaubriand <proviseur.chateaubriand@ac-rennes.fr>"],
  files=[("courrier_proviseur_administrateur.pdf", "application/pdf")])

M("Proviseur adjoint <pa.0541375B@ac-nancy-metz.fr>",
  "Administration e-sidoc - demande par délégation",
  """Madame, Monsieur,

M. le Proviseur étant en congé jusqu'au 15, je vous adresse cette demande par
délégation : merci de transférer les droits d'administrateur du portail e-sidoc du
lycée Henri Poincaré (UAI 0541375B) à Mme Simon, professeure documentaliste arrivée à
la rentrée, et de supprimer ceux de Mme Hoffmann, partie en retraite.

Pour le Proviseur et par délégation,
Laurent Michel
Proviseur adjoint
""", "head_of_establishment_request", False, "0541375B", "grand-est", "esidoc", True, "fr",
  "The deputy head signs 'pour le Proviseur et par délégation' to change the administrator: a head-of-establishment request by delegation; staff verify the delegation.",
  client="zimbra")

M("Direction École Jules Ferry <ce.0145254K@ac-normandie.fr>",
  "Adresse de contact e-sidoc de l'école",
  """Bonjour,

Je suis la directrice de l'école élémentaire Jules Ferry. Le compte e-sidoc de la
BCD est rattaché à l'adresse personnelle d'une ancienne collègue. Je souhaite qu'il
soit rattaché désormais à l'adresse de l'école, celle d'où je vous écris.

Merci d'avance,
Mme Lebrun, directrice
""", "head_of_establishment_request", False, "0145254K", "normandie", "esidoc", False, "fr",
  "A primary-school head asks to replace the contact address of the e-sidoc account with the school's address; UAI from the sender.",
  client="roundcube")

M("Principal Collège Boieldieu <ce.0768145R@ac-normandie.fr>",
  "Accord pour la commande du CDI",
  """Bonjour,

Je vous confirme mon accord pour la commande passée par notre professeure
documentaliste, Mme Hamel, sur l'Espace Acheteur (renouvellement des abonnements du
CDI). Elle est autorisée à la valider au nom de l'établissement.

Bien cordialement,
Antoine Duval
Principal du collège Boieldieu, 0768145R
""", "head_of_establishment_request", False, "0768145R", "normandie", "espace_acheteur", False, "fr",
  "The principal authorises an order in writing.",
  client="outlook", fmt="qp")

M("Proviseur Lycée Laetitia Bonaparte <ce.6204212J@ac-corse.fr>",
  "Re: [#SUP-006611] Réinitialisation e-sidoc",
  """Bonjour,

Comme demandé, je vous confirme par écrit que je souhaite la réinitialisation du mot
de passe administrateur e-sidoc du lycée, avec envoi du lien sur l'adresse de
l'établissement.

Le proviseur, J.-P. Santoni

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Anne-Marie Luciani" <am.luciani@ac-corse.fr>
Envoyé: Mardi 4 Février 2025 11:20:03
Objet: [#SUP-006611] Réinitialisation e-sidoc

Bonjour,
L'adresse connue pour votre établissement ne correspond pas à la vôtre. Le chef
d'établissement doit nous adresser la demande par écrit.
""", "head_of_establishment_request", False, "6204212J", "corse", "esidoc", False, "fr",
  "Zimbra reply in which the proviseur gives the written request the desk asked for (the librarian had written first).",
  client="zimbra", irt="<SUP-006611.1738664403.5e6f7a@assistance.example.fr>")

M("Secrétariat Proviseur <secretariat.proviseur.limoges@gmail.com>",
  "URGENT - demande du proviseur",
  """Bonjour,

Je suis la secrétaire de M. le Proviseur du lycée Gay-Lussac (0875206L). Notre
messagerie académique est en panne depuis hier. M. le Proviseur vous demande de
remplacer l'adresse administrateur de nos comptes e-sidoc et Espace Acheteur par
celle-ci, et de nous envoyer les nouveaux mots de passe ici au plus vite.

Merci de traiter en urgence.
Secrétariat
""", "head_of_establishment_request", False, "0875206L", "nouvelle-aquitaine", None, True, "fr",
  "Claims to relay the proviseur's request from a free-mail address and wants both admin accounts moved there and passwords sent: probable social engineering. Still a head-of-establishment request for the queue, where staff should refuse. Two products, so no single platform.",
  client="gmail", reply_to="Secrétariat <secretariat.proviseur.limoges@gmail.com>")

M("Head of School <head@lycee-international-bordeaux.fr>",
  "New administrator for our e-sidoc portal",
  """Dear Sir or Madam,

As head of the Lycée international (UAI 0642877E), I would like to appoint our new
librarian, Ms Oyelaran, as administrator of the school's e-sidoc portal, replacing
Mr Etcheverry who left in July. Please remove his access.

Yours faithfully,
Margaret Dunn
Head of School
""", "head_of_establishment_request", False, "0642877E", "nouvelle-aquitaine", "esidoc", False, "en",
  "English; the head names a new e-sidoc administrator and asks to remove the former one. 064 prefix (Pyrénées-Atlantiques).",
  client="outlook", fmt="alt")

M("Secrétariat Lycée Arago <ce.0667621A@ac-montpellier.fr>",
  "Administratrice Espace Acheteur - information de M. le Proviseur",
  """Bonjour,

M. le Proviseur m'a chargée de vous informer que Mme Vergès n'exerce plus les
fonctions de gestionnaire au lycée François Arago depuis le 1er janvier. Il vous
demande de désactiver son compte d'administratrice sur l'Espace Acheteur et de
donner ces droits à M. Puig, qui lui succède.

M. le Proviseur est en copie.

Cordialement,
Chantal Roig
Secrétaire de direction
""", "head_of_establishment_request", False, "0667621A", "occitanie", "espace_acheteur", True, "fr",
  "The secretary relays the proviseur's request (he is in copy) to change the structure administrator: head-of-establishment request relayed, staff verify.",
  client="roundcube", cc=["Proviseur <proviseur.arago@ac-montpellier.fr>"])

M("Véronique Lemaire <vero.lemaire59@gmail.com>",
  "Accord directrice - BCD",
  """Bonjour,

Je suis directrice de l'école maternelle des Tilleuls. Notre ATSEM, Mme Ducrocq,
s'occupe de la bibliothèque et va vous écrire pour les accès e-sidoc : je vous donne
mon accord pour qu'elle devienne l'administratrice du compte de l'école.

Je vous écris de ma boîte personnelle, celle de l'école ne fonctionne pas bien.

V. Lemaire
""", "head_of_establishment_request", False, None, None, "esidoc", True, "fr",
  "A nursery-school head gives her agreement from personal Gmail, no UAI: weak evidence, staff must verify.",
  client="gmail")

M("Principal Collège Mistral <ce.0836827V@ac-nice.fr>",
  "Délégation de signature - validation des commandes",
  """Madame, Monsieur,

Je vous informe que je donne délégation à M. Giraud, adjoint gestionnaire, pour
valider en mon nom les commandes du collège Frédéric Mistral (UAI 0836827V) sur
l'Espace Acheteur, à compter de ce jour.

Vous trouverez ci-joint l'arrêté de délégation.

Le principal,
Marc Olivieri
""", "head_of_establishment_request", False, "0836827V", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Written delegation for order validation, with the delegation decision attached.",
  client="outlook", fmt="alt", files=[("arrete_delegation_giraud.pdf", "application/pdf")])

M("Proviseur Lycée Diderot <ce.0100458U@ac-reims.fr>",
  "Administrateur e-sidoc du lycée",
  """Bonjour,

Je vous écris à la demande de notre professeure documentaliste, Mme Thomas, en copie.
En tant que proviseur du lycée Diderot (0100458U), je vous demande de lui attribuer
les droits d'administratrice du portail e-sidoc et de fermer l'accès de son
prédécesseur, M. Lambert, qui a quitté l'établissement.

Cordialement,
Le proviseur, Pascal Renaud
""", "head_of_establishment_request", False, "0100458U", "grand-est", "esidoc", False, "fr",
  "The proviseur writes at the librarian's request (she is in copy): new e-sidoc administrator, close the former one's access.",
  client="zimbra", cc=["Aline Thomas <aline.thomas@ac-reims.fr>"])

M("Direction Institution Saint-Joseph <direction@saintjoseph-epinal.fr>",
  "Demande de réinitialisation et changement d'adresse",
  """Madame, Monsieur,

Directeur de l'Institution Saint-Joseph d'Épinal (établissement privé sous contrat,
UAI 0884744D), je sollicite la réinitialisation du mot de passe administrateur de
notre portail e-sidoc ainsi que le remplacement de l'adresse de contact par
cdi@saintjoseph-epinal.fr. Notre documentaliste a quitté l'établissement sans
transmettre ses accès.

Je vous prie d'agréer mes salutations distinguées.
Bernard Henry, directeur
""", "head_of_establishment_request", False, "0884744D", "grand-est", "esidoc", False, "fr",
  "Head of a private school (non-academic domain) asks in writing for a reset and a new contact address.",
  client="outlook", fmt="html")

M("Principal Collège Le Tampon <ce.9749983H@ac-reunion.fr>",
  "Changement adresse administrateur e-sidoc",
  """Bonjour,

Notre professeur documentaliste a été muté. Je vous demande de remplacer l'adresse de
contact du compte administrateur e-sidoc du collège par l'adresse de l'établissement
et de réinitialiser le mot de passe.

Le principal
Collège du Tampon - 9749983H
""", "head_of_establishment_request", False, "9749983H", "la-reunion", "esidoc", False, "fr",
  "Principal asks for a contact-address change and reset after the librarian left; Réunion time zone.",
  client="zimbra", tz=4)

M("Nicolas Perret <nicolas.perret@ac-creteil.fr>",
  "De la part de ma principale - courrier signé",
  """Bonjour,

Je vous transmets, de la part de ma principale Mme Kone (en copie), le courrier signé
demandant que je devienne administrateur du compte e-sidoc du collège Louise Michel
(0777845J), à la place de ma prédécesseure.

Cordialement,
Nicolas Perret, professeur documentaliste
""", "head_of_establishment_request", False, "0777845J", "ile-de-france", "esidoc", True, "fr",
  "The librarian relays the principal's signed letter, principal in copy: the head's written request relayed; staff check the letter and the sender.",
  client="gmail", cc=["Aminata Kone <aminata.kone@ac-creteil.fr>"],
  files=[("courrier_principale_Kone.pdf", "application/pdf")])

M("Gérard Poncet <gerard.poncet@ac-lyon.fr>",
  "RE: mot de passe e-sidoc du CDI",
  """Je confirme la demande de Mme Blanchard ci-dessous et autorise la réinitialisation.

G. Poncet
Principal, collège Lamartine (0014748F)

Envoyé de mon iPhone

> Le 21 nov. 2024 à 09:12, Sylvie Blanchard <sylvie.blanchard@ac-lyon.fr> a écrit :
>
> Bonjour,
> Je suis la documentaliste du collège Lamartine, je n'ai plus accès à
> l'administration e-sidoc. Monsieur le Principal, pouvez-vous confirmer ma demande
> au support ? Merci.
> Sylvie Blanchard
""", "head_of_establishment_request", False, "0014748F", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "The principal confirms from his phone, quoting his librarian's request, that the reset may be done. Personal academic address, 001 prefix (Ain).",
  client="apple")

# ================================================== account_creation (10)

M("Secrétariat d'intendance <intendance.0246527P@ac-bordeaux.fr>",
  "Création de compte pour notre nouvelle gestionnaire",
  """Bonjour,

Notre nouvelle adjointe gestionnaire, Mme Nadal, prend ses fonctions lundi. Je vous
écris pour elle : comment lui créer un compte sur l'Espace Acheteur ? Elle passera
les commandes du collège.

Merci,
Le secrétariat d'intendance
""", "account_creation", True, "0246527P", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Written for an incoming gestionnaire: how to create an Espace Acheteur account; the sign-up answer fits. UAI from the intendance.<UAI> address.",
  client="zimbra")

M("Damien Leclerc <damien.leclerc@ville-compiegne.fr>",
  "Qui est notre administrateur ?",
  """Bonjour,

Je remplace temporairement notre acheteuse, Mme Caron, en arrêt. Je voudrais accéder
à l'Espace Acheteur mais on me dit qu'il faut que l'administrateur de notre
structure valide mon compte. Pouvez-vous me dire qui c'est ?

Damien Leclerc, service achats
""", "account_creation", False, None, None, "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  client="outlook", fmt="alt")

M("Gestion Lycée Flaubert <gestion.0278235E@ac-normandie.fr>",
  "Compte en attente de validation depuis 3 semaines",
  """Bonjour,

J'ai créé mon compte sur l'Espace Acheteur il y a trois semaines et il est toujours
"en attente de validation". L'administratrice de la structure était ma
prédécesseure, partie à la retraite : plus personne ne peut valider. Pouvez-vous
débloquer la situation ?

Anne Guérin, gestionnaire
""", "account_creation", False, "0278235E", "normandie", "espace_acheteur", False, "fr",
  "Account awaiting validation for three weeks; the administrator has retired: the region must step in.",
  client="tb")

M("Sophie Rivet <sophie.rivet@ac-versailles.fr>",
  "Droits de commande pour la documentaliste",
  """Bonjour,

Je vous écris de la part de notre documentaliste, M. Hamon : son compte Espace
Acheteur fonctionne mais il ne voit pas le bouton pour passer commande. Pourriez-vous
lui ouvrir les droits de gestion des commandes ?

Lycée Camille Pissarro - 0957416V
Sophie Rivet, adjointe gestionnaire
""", "account_creation", False, "0957416V", "ile-de-france", "espace_acheteur", False, "fr",
  "Account works; asks for order-management rights to be opened for a colleague.",
  client="outlook", fmt="qp")

M("Secrétariat Collège Saint-Martin <secretariat@college-saint-martin-angers.fr>",
  "Ouverture du compte client",
  """Bonjour,

Notre nouvelle documentaliste souhaite passer sa première commande d'abonnement
e-sidoc, mais il faut d'abord ouvrir un compte client. Pouvez-vous nous indiquer
la procédure ? Elle n'a pas encore d'adresse professionnelle, d'où mon message.

Merci beaucoup,
Le secrétariat
""", "account_creation", True, None, None, "esidoc", False, "fr",
  "Secretary writes for a new librarian who wants to open the customer account before a first order.",
  client="outlook", fmt="html")

M("Lina Messaoudi <lina.messaoudi@ac-orleans-tours.fr>",
  "Inscription faite mais connexion impossible",
  """Bonjour,

Pour ma collègue Mme Chevalier (elle m'a demandé de vous écrire car elle est en
classe toute la journée) : elle a rempli le formulaire d'inscription de l'Espace
Acheteur mardi, elle a bien reçu le mail de confirmation, mais elle ne peut toujours
pas se connecter ("compte non validé").

Lycée Augustin Thierry, 0412998L
""", "account_creation", True, "0412998L", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "Sign-up done and the confirmation mail DID arrive (not missing_noreply_mail); the account awaits the structure administrator's validation (FAQ case).",
  client="zimbra")

M("Secrétariat Collège Jean Macé <ce.0526498F@ac-reims.fr>",
  "Pas un mot de passe perdu",
  """Bonjour,

Je précise d'emblée : ce n'est pas un mot de passe perdu. Mme Noël, notre nouvelle
gestionnaire, n'a jamais eu de compte sur l'Espace Acheteur. Elle voudrait en créer
un pour pouvoir suivre les commandes. Comment fait-elle ?

Le secrétariat
""", "account_creation", True, "0526498F", "grand-est", "espace_acheteur", True, "fr",
  "Negation: not a lost password, the person never had an account: account_creation, not password_reset. Secretary writes for her.",
  client="roundcube")

M("Daniel Okafor <d.okafor@greenfield-academy.fr>",
  "Buyer account for a new school",
  """Good afternoon,

I am contacting you for our director. Greenfield Academy is a private bilingual
school that opened in September in Lyon. We would like a buyer account on your
purchasing platform to order library subscriptions. Are we eligible, and what
documents do you need?

Regards,
Daniel Okafor
Administration
""", "account_creation", False, None, None, "espace_acheteur", False, "en",
  "English; a newly opened private school wants a buyer account: eligibility must be checked by a person.",
  client="gmail")

M("Corinne Aubry <corinne.aubry@ac-reims.fr>",
  "Deux administrateurs e-sidoc ?",
  """Bonjour,

Nous sommes deux professeures documentalistes au lycée (0511342G) : est-il possible
que chacune ait son propre compte administrateur sur e-sidoc, plutôt que de
partager le même identifiant ? Ma collègue, en copie, est d'accord.

Merci,
Corinne Aubry
""", "account_creation", False, "0511342G", "grand-est", "esidoc", False, "fr",
  "Asks whether each of two librarians can have an administrator account: a person answers.",
  client="zimbra", cc=["Marion Sauvage <marion.sauvage@ac-reims.fr>"])

M("Secrétariat LP Les Fontenelles <ce.0504032L@ac-normandie.fr>",
  "Établissement introuvable à l'inscription",
  """Bonjour,

Pour notre documentaliste : lors de l'ouverture du compte client e-sidoc, notre
établissement (LP Les Fontenelles, 0504032L) n'apparaît pas dans la liste. Comment
faire ?

Merci d'avance
""", "account_creation", False, "0504032L", "normandie", "esidoc", False, "fr",
  "The establishment's UAI is not in the list when opening the customer account: the FAQ sends these to the sales team.",
  client="outlook", fmt="qp")

# =========================================== subscription_activation (10)

M("Principal Collège Jean Jaurès <ce.0624533R@ac-lille.fr>",
  "Abonnement Universalis",
  """Bonjour,

Notre documentaliste étant absente, je me permets de vous demander directement quand
l'abonnement Universalis commandé avant-hier sera disponible sur le portail du CDI.
Les élèves de 3e en ont besoin pour leurs exposés.

Cordialement,
Le principal, F. Delattre
""", "subscription_activation", True, "0624533R", "hauts-de-france", "esidoc", True, "fr",
  "Written by the principal for the absent librarian, but he only asks when the subscription will be available (within 72 h): not a head-of-establishment request.",
  client="zimbra")

M("Secrétariat Lycée Turgot <ce.0750723D@ac-paris.fr>",
  "Europresse non visible",
  """Bonjour,

De la part de Mme Lucas, documentaliste : l'abonnement Europresse commandé hier
n'apparaît pas encore dans les ressources du portail. Est-ce normal ?

Secrétariat du lycée Turgot
""", "subscription_activation", True, "0750723D", "ile-de-france", "esidoc", False, "fr",
  "Secretary relays: Europresse ordered yesterday, not yet visible: within the 72-hour window.",
  client="outlook", fmt="alt")

M("Eric Vasseur <eric.vasseur@ac-versailles.fr>",
  "Abonnement commandé il y a 10 jours toujours inactif",
  """Bonjour,

Je vous écris pour notre documentaliste, qui est en stage : nous avons commandé
l'abonnement Cafeyn le 2 octobre (commande validée le jour même) et il n'est
toujours pas actif sur le portail, dix jours plus tard.

Eric Vasseur, gestionnaire, lycée Hoche - 0928625A
""", "subscription_activation", False, "0928625A", "ile-de-france", "esidoc", False, "fr",
  "Ten days after the order: past the 72-hour rule, a person must look at the order.",
  client="zimbra")

M("Ludivine Adam <ludivine.adam@ac-creteil.fr>",
  "Publier une ressource sur le portail",
  """Bonjour,

Ma collègue documentaliste est en congé et m'a demandé de publier la nouvelle
ressource Lumni Enseignement sur le portail e-sidoc du collège (0935118H), elle
est active mais je ne trouve pas comment la rendre visible aux élèves.

Merci pour votre aide,
Ludivine Adam, professeure d'histoire-géographie
""", "subscription_activation", True, "0935118H", "ile-de-france", "esidoc", False, "fr",
  "A colleague covering for the librarian asks how to publish an active resource on the portal.",
  client="gmail")

M("Tom Becker <tom.becker@ac-toulouse.fr>",
  "Subscription not showing",
  """Hello,

I'm the English-section coordinator and I'm writing for our librarian. We ordered a
subscription to the Guardian archive through your portal on Monday, but it still
doesn't show in our resources. School code 0314873D.

Thanks!
Tom
""", "subscription_activation", True, "0314873D", "occitanie", "esidoc", False, "en",
  "English; ordered Monday, not yet visible: activation window.",
  client="tb")

M("Martine Pujol <martine.pujol@ac-bordeaux.fr>",
  "Abonnement invisible dans l'ENT",
  """Bonjour,

Notre abonnement est bien actif dans e-sidoc mais les élèves ne le voient pas
depuis l'ENT. Je vous écris pour ma collègue documentaliste qui a tout essayé.
Collège Montaigne, 0333311V

Cordialement
""", "subscription_activation", True, "0333311V", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Active subscription not visible to pupils through the ENT: publication step.",
  client="zimbra")

M("Paul Schmitt <paul.schmitt@ac-strasbourg.fr>",
  "Ressource non publiée (pas un problème de mot de passe)",
  """Bonjour,

Je précise que je n'ai pas oublié mon mot de passe, je me connecte sans problème.
C'est la ressource BNF Gallica Jeunesse, commandée hier pour le CDI, qui n'apparaît
pas côté élèves.

Paul Schmitt, documentaliste
Collège Pasteur, 0678113E
""", "subscription_activation", True, "0678113E", "grand-est", "esidoc", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe'; a resource ordered yesterday is not visible to pupils.",
  client="zimbra")

M("CDI Lycée Thiers <cdi.thiers@ac-aix-marseille.fr>",
  "activation abonnement",
  """Bonjour, merci d'activer notre abonnement, commande validée hier.
0135119U""", "subscription_activation", True, "0135119U", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "Short: please activate the subscription, validated yesterday.",
  client="samsung", fmt="alt64")

M("Hugo Marchand <hugo.marchand@ac-nantes.fr>",
  "Abonnement + facture",
  """Bonjour,

Pour notre documentaliste en arrêt : l'abonnement Le Monde commandé il y a deux jours
n'est pas encore accessible. Par ailleurs, l'agent comptable demande que la facture
soit libellée au nom du GRETA et non du lycée : pouvez-vous la refaire ?

Lycée Clemenceau, Nantes - 0447181S
Hugo Marchand
""", "subscription_activation", False, "0447181S", "pays-de-la-loire", "esidoc", True, "fr",
  "Two topics: subscription not yet visible (first) and an invoice to re-issue (order_billing): no single template answers both.",
  client="outlook", fmt="qp")

M("Secrétariat de direction <ce.0354781G@ac-rennes.fr>",
  "Abonnement toujours expiré",
  """Bonjour,

M. Le Gall, documentaliste, nous demande de vous écrire : le renouvellement de
l'abonnement a été commandé avant-hier, mais "Mes abonnements" affiche toujours
"expiré".

Bien à vous,
Le secrétariat
""", "subscription_activation", True, "0354781G", "bretagne", "esidoc", False, "fr",
  "Renewed subscription still shown as expired two days after the order; relayed by the secretariat.",
  client="tb")

# ======================================================= order_billing (9)

M("Agence comptable <agence.comptable@lycee-vauban-lille.fr>",
  "Demande de devis - renouvellement",
  """Bonjour,

À la demande de notre documentaliste, merci de nous faire parvenir un devis pour le
renouvellement de l'abonnement e-sidoc 2025-2026, nécessaire pour établir le bon
d'engagement. UAI 0593311D.

Cordialement,
L'agence comptable
""", "order_billing", False, "0593311D", "hauts-de-france", "esidoc", False, "fr",
  "Quote requested for the renewal, needed for the bon d'engagement.",
  client="outlook", fmt="html")

M("Yasmina Cherif <yasmina.cherif@ac-clermont.fr>",
  "Facture absente de Chorus",
  """Bonjour,

Je vous écris pour le compte de l'agent comptable du lycée Jacques Brel (0637200J)
: la commande de septembre a été validée il y a plus d'un mois, mais la facture
n'est toujours pas déposée sur Chorus Pro. Pouvez-vous vérifier ?

Y. Cherif, secrétariat d'intendance
""", "order_billing", False, "0637200J", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Invoice still not on Chorus a month after the order; written for the accountant.",
  client="zimbra")

M("OGEC Notre-Dame <comptabilite@ogec-notredame-vannes.fr>",
  "Paiement par virement",
  """Bonjour,

Notre directeur m'a demandé de vous contacter : pouvons-nous régler la facture de
l'abonnement par virement plutôt que par chèque ? Si oui, merci de nous adresser
vos coordonnées bancaires.

Service comptabilité
""", "order_billing", False, None, None, "esidoc", False, "fr",
  "Private school asks to pay by bank transfer and for bank details; ISO-8859-1 8-bit body.",
  client="none", fmt="latin1")

M("Marc Delorme <marc.delorme@ac-grenoble.fr>",
  "Panier disparu",
  """Bonjour,

La documentaliste, Mme Vial, avait préparé un panier de commande il y a trois
semaines et me l'avait signalé pour validation. Aujourd'hui il n'y a plus rien
dans le panier. Peut-on le récupérer ?

Marc Delorme, gestionnaire - 0382204P
""", "order_billing", False, "0382204P", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Saved basket disappeared (kept 15 days); written by the gestionnaire for the librarian.",
  client="zimbra")

M("Julia Hartmann <j.hartmann@ac-strasbourg.fr>",
  "RE: Invoice for the subscription",
  """Hello,

Thank you. Could you please address the invoice to our accounting department
rather than to the librarian? The correct address is comptabilite.0673326B@ac-strasbourg.fr.

Best regards,
Julia Hartmann
Section internationale, Lycée des Pontonniers

From: Assistance <support@assistance.example.fr>
Sent: Tuesday, 8 October 2024 14:02
To: Julia Hartmann <j.hartmann@ac-strasbourg.fr>
Subject: Invoice for the subscription

Hello, please find the invoice for the renewal attached.
""", "order_billing", False, "0673326B", "grand-est", "esidoc", False, "en",
  "English Outlook reply asking to send the invoice to the accounting department; UAI appears in the accounting address given in the body.",
  client="outlook", fmt="alt")

M("Intendance Lycée Kastler <intendance@ac-limoges.fr>",
  "Facture en double",
  """Bonjour,

Nous avons reçu deux fois la même facture pour l'abonnement du CDI (même numéro,
même montant). Merci d'annuler le doublon. Lycée Alfred Kastler, 0870941A.

L'intendance
""", "order_billing", False, "0870941A", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Duplicate invoice; asks to cancel one.",
  client="outlook", fmt="qp")

M("Audrey Benoit <audrey.benoit@ac-poitiers.fr>",
  "Bon d'engagement refusé à la validation",
  """Bonjour,

En l'absence de notre gestionnaire, je finalise la commande : au moment de déposer
le bon d'engagement, le site indique "format non accepté". Le fichier est un PDF
signé, ci-joint.

Audrey Benoit, secrétariat - collège Fromentin (0171183U)
""", "order_billing", False, "0171183U", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Bon d'engagement upload fails at order validation; PDF attached.",
  client="tb", files=[("BE_2025_0142.pdf", "application/pdf")])

M("Gestionnaire <gestionnaire.9710534D@ac-guadeloupe.fr>",
  "TR: Relance facture impayée",
  """Bonjour,

Cette facture a été payée par mandat administratif le 12 novembre. Merci de mettre
fin aux relances. Je vous écris au nom de l'agent comptable.

-------- Message transféré --------
Sujet : Relance facture impayée
Date : Mon, 6 Jan 2025 08:00:00 +0100
De : Comptabilité clients <compta@editeur.example.fr>

Sauf erreur de notre part, la facture F-2024-1187 reste impayée.
""", "order_billing", False, "9710534D", "guadeloupe", "esidoc", False, "fr",
  "Thunderbird forward of a payment reminder for an invoice already paid by mandat administratif.",
  client="tb", tz=-4)

M("Secrétariat Collège Camus <ce.0912264S@ac-versailles.fr>",
  "Montant de la facture",
  """Bonjour,

De la part de Mme la Principale : le montant de la facture reçue (1 248 €) ne
correspond pas au devis signé (1 148 €). Pouvez-vous nous adresser une facture
rectifiée ?

Le secrétariat
""", "order_billing", False, "0912264S", "ile-de-france", "espace_acheteur", True, "fr",
  "'De la part de Mme la Principale' but the content is an invoice amount error: order_billing, not a head-of-establishment request. Written with an HTML-only Outlook message (windows-1252 with the euro sign).",
  client="outlook", fmt="html")

# ==================================================== transfer_incident (7)

M("Secrétariat élèves <secretariat.eleves@college-sainte-anne.fr>",
  "Transferts EcoleDirecte bloqués",
  """Bonjour,

De la part de notre chef d'établissement : depuis jeudi, les notes ne remontent
plus sur EcoleDirecte, le dernier transfert date de jeudi 7 h. Les parents nous
appellent.

Merci de faire le nécessaire.
""", "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Transfers to EcoleDirecte stopped since Thursday; relayed for the head, but a transfer incident.",
  client="outlook", fmt="alt")

M("Informatique Lycée <informatique@lycee-stjean-douai.fr>",
  "Licence à régénérer",
  """Bonjour,

Nous avons changé le serveur de l'établissement pendant les vacances ; le logiciel
affiche maintenant "licence invalide" et les transferts ne partent plus. Je vous
écris pour notre directeur, pouvez-vous régénérer la licence ?

Le service informatique
""", "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Licence to regenerate after a server change.",
  client="tb")

M("Christophe Marin <c.marin@institution-saint-louis.fr>",
  "Mot de passe de maintenance",
  """Bonjour,

Le prestataire nous demande le mot de passe de maintenance du jour pour réindexer
la base. Pouvez-vous nous le communiquer ? (Notre directeur est en copie.)

C. Marin
""", "transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Asks for the daily maintenance password to reindex the base: transfer_incident per the taxonomy, not password_reset. Product implied by the maintenance-password workflow.",
  client="outlook", fmt="qp", cc=["Directeur <direction@institution-saint-louis.fr>"])

M("Directeur Collège Saint-Pierre <direction@college-saint-pierre-bayonne.fr>",
  "Fwd: notes absentes EcoleDirecte",
  """Bonjour,

Je vous transfère le message d'un parent d'élève. Pourriez-vous regarder ce qui
bloque ? Le professeur principal me dit que tout a été saisi.

Le directeur, P. Etchegaray

Début du message réexpédié :

De: Famille Irigoyen <irigoyen.famille@gmail.com>
Objet: notes absentes
Bonjour Monsieur, depuis 10 jours aucune note n'apparaît sur EcoleDirecte pour ma
fille en 4e B. Est-ce normal ?
""", "transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Written by the head of a private school forwarding a parent's complaint: grades no longer reach EcoleDirecte. A transfer incident, not a head-of-establishment request.",
  client="apple")

M("Assistant informatique <tice@lycee-prive-lasalle.fr>",
  "Antivirus et transferts",
  """Bonjour,

L'antivirus met en quarantaine "Outils.exe" depuis sa dernière mise à jour, et les
transferts vers EcoleDirecte ne se lancent plus. Faut-il une exclusion ?

Cordialement
""", "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "The antivirus quarantines the transfer tool; transfers no longer run.",
  client="outlook", fmt="html")

M("Secrétariat de direction <secretariat.direction@ensemble-scolaire-jeanne-darc.fr>",
  "Problème de réplication après restauration",
  """Bonjour,

Je vous écris de la part de M. Ruiz, notre responsable informatique, qui n'a pas
accès à sa messagerie aujourd'hui. Suite à la restauration de la base hier soir, la
réplication vers EcoleDirecte est en erreur. Il pense qu'il faut la réinitialiser.

Capture d'écran jointe.
""", "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Replication re-initialisation needed after a restore, relayed for the IT manager; screenshot attached.",
  client="outlook", fmt="alt", files=[("erreur_replication.png", "image/png")])

M("Pierre Lenoir <pierre.lenoir@ac-orleans-tours.fr>",
  "Transfert - test de connexion en échec",
  """Bonjour,

Le rectorat a installé un nouveau pare-feu dans l'établissement (0371075T). Depuis,
le diagnostic du module de transfert échoue au test de connexion. Quels ports ou
quelles adresses faut-il ouvrir ?

P. Lenoir, pour la direction de l'établissement
""", "transfer_incident", False, "0371075T", "centre-val-de-loire", "ecoledirecte", False, "fr",
  "New firewall: the transfer diagnostic fails on the connection test.",
  client="zimbra")

# ==================================================== contract_documents (5)

M("Marchés publics - Mairie <marches@mairie-lunel.fr>",
  "Marché 2024-031 introuvable",
  """Bonjour,

Je vous écris pour notre élue aux affaires scolaires : le marché 2024-031
(fournitures de bibliothèque) n'apparaît plus dans "Mes Marchés", alors que nous
l'avions consulté le mois dernier.

Service des marchés publics
""", "contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "A market no longer appears in 'Mes Marchés'.",
  client="outlook", fmt="alt")

M("Régine Hubert <regine.hubert@ac-nancy-metz.fr>",
  "Avenant manquant",
  """Bonjour,

Pour notre gestionnaire en congé : l'avenant n° 3 du marché de reprographie n'est
pas dans les documents contractuels de l'Espace Acheteur, alors qu'il nous a été
annoncé par courrier (joint).

Régine Hubert, secrétariat d'intendance, collège Verlaine (0549707H)
""", "contract_documents", False, "0549707H", "grand-est", "espace_acheteur", False, "fr",
  "Amendment no. 3 missing from the contract documents; announcement letter attached.",
  client="zimbra", files=[("courrier_avenant_3.pdf", "application/pdf")])

M("Achats Département <achats@departement-cantal.fr>",
  "Convention d'adhésion vide",
  """Bonjour,

Le document "convention d'adhésion" de notre espace s'ouvre sur une page blanche.
Pourriez-vous le redéposer ? Mon directeur en a besoin pour le conseil de vendredi.

Cordialement
""", "contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "The membership convention opens as an empty file.",
  client="outlook", fmt="qp")

M("Olivia Duchêne <olivia.duchene@ac-montpellier.fr>",
  "Re: [#SUP-006120] CCAP marché fournitures",
  """Bonjour,

Je reviens vers vous pour ma collègue gestionnaire : malgré votre réponse, le CCAP
du marché fournitures scolaires 2024-088 est toujours introuvable dans les documents
du marché. Collège Joffre, 0341248X.

Olivia

Le lun. 13 janv. 2025 à 16:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, nous avons transmis votre demande à votre région.
""", "contract_documents", False, "0341248X", "occitanie", "espace_acheteur", False, "fr",
  "Follow-up (Gmail quote): the CCAP is still missing after the region's answer.",
  client="gmail", irt="<SUP-006120.1736781600.aa11bb@assistance.example.fr>")

M("Bertrand Collin <bertrand.collin@ac-lyon.fr>",
  "Conventions visibles sur l'ancienne plateforme seulement",
  """Bonjour,

Je vous écris au nom de notre principal : sur l'ancienne plateforme, nous voyions les
conventions signées avec la centrale d'achat. Sur le nouvel Espace Acheteur, la
rubrique est vide. Collège Jean Monnet, 0426900X.

B. Collin
""", "contract_documents", False, "0426900X", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
  "Conventions visible on the old platform, not on the new one: contract_documents (the fix may be access rights, close to account_creation). 'Au nom de notre principal' but not a head's request.",
  client="zimbra")

# ============================================================ automated (20)

AUTO_OOO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")]

M("Valérie Roussel <valerie.roussel@ac-versailles.fr>",
  "Réponse automatique : [#SUP-006702] Votre demande de réinitialisation",
  """Bonjour,

Je suis absente du 16 au 27 décembre inclus.
Pour toute demande concernant le CDI ou le portail e-sidoc, merci de vous adresser
à ma collègue Mme Cordier, au secrétariat de direction (01 39 52 40 10).

Cordialement,
Valérie Roussel
""", "automated", False, None, "ile-de-france", None, False, "fr",
  "Exchange out-of-office that redirects to a colleague ('adressez-vous à ma collègue'); Auto-Submitted and X-Auto-Response-Suppress; region from ac-versailles.fr.",
  client="outlook", fmt="alt", headers=AUTO_OOO, irt="<SUP-006702.1734340000.0f0e0d@assistance.example.fr>")

M("Jonathan Price <jonathan.price@gmail.com>",
  "Out of office: Re: [#SUP-006215] Activation email",
  """Thanks for your email. I'm away on paternity leave until 3 February.
For anything urgent about the school library, please contact our office manager,
Emma, who is dealing with my messages while I'm off.

Jonathan
""", "automated", False, None, None, None, False, "en",
  "Gmail vacation responder in English (Auto-Submitted: auto-replied).",
  client="gmail", fmt="alt", headers=[("Auto-Submitted", "auto-replied")],
  irt="<SUP-006215.1736500000.1a2b3c@assistance.example.fr>")

M("Nathalie Garcia <nathalie.garcia@ac-toulouse.fr>",
  "Absence",
  """Je suis en congé jusqu'au 6 janvier. Votre message sera transmis à ma remplaçante.

Nathalie Garcia
""", "automated", False, None, "occitanie", None, False, "fr",
  "Academic Zimbra vacation reply with 'Auto-Submitted: auto-replied (zimbra; vacation)'; region from the sender domain.",
  client="zimbra", headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

M("Brigitte Meunier <b.meunier@lycee-saint-francois.fr>",
  "Absente",
  """Bonjour,

Je suis actuellement absente et je n'aurai pas accès à ma messagerie avant le 4
novembre. Pour les questions relatives au CDI, merci d'écrire à Mme Vallée,
qui assure le relais.

Ceci est un message automatique.
Brigitte Meunier
""", "automated", False, None, None, None, True, "fr",
  "Out-of-office from a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
  client="outlook", fmt="qp")

M("Mail Delivery System <MAILER-DAEMON@mx.college-lumiere.fr>",
  "Undelivered Mail Returned to Sender",
  """This is a MIME-encapsulated message.

--BNDRY.postfix.h119
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
Content-Description: Notification

This is the mail system at host mx.college-lumiere.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<doc.remplacante@college-lumiere.fr>: host mx.college-lumiere.fr[192.0.2.17]
    said: 550 5.1.1 <doc.remplacante@college-lumiere.fr>: Recipient address
    rejected: User unknown in local recipient table

--BNDRY.postfix.h119
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx.college-lumiere.fr
Arrival-Date: Mon, 18 Nov 2024 10:02:11 +0100 (CET)

Final-Recipient: rfc822; doc.remplacante@college-lumiere.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--BNDRY.postfix.h119
Content-Type: message/rfc822
Content-Description: Undelivered Message

From: Assistance <support@assistance.example.fr>
To: doc.remplacante@college-lumiere.fr
Subject: [#SUP-006330] Votre demande
Date: Mon, 18 Nov 2024 10:02:10 +0100
Message-ID: <SUP-006330.1731920530.abcdef@assistance.example.fr>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="us-ascii"

Bonjour, un lien de reinitialisation a ete envoye a l'adresse connue.

--BNDRY.postfix.h119--
""", "automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status, original attached), null Return-Path: the replacement librarian's address does not exist.",
  client="none", return_path="", auth="none", headers=[("Auto-Submitted", "auto-replied")],
  raw_ctype='Content-Type: multipart/report; report-type=delivery-status;\n boundary="BNDRY.postfix.h119"')

M("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lycee-montesquieu.fr>",
  "Non remis : [#SUP-006455] Demande transmise à votre région",
  """--NDR_h119
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à secretariat.proviseur@lycee-montesquieu.fr.
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages
pour le moment. Réessayez de renvoyer le message plus tard ou contactez directement
le destinataire.

--NDR_h119
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr

Final-Recipient: rfc822;secretariat.proviseur@lycee-montesquieu.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException

--NDR_h119
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: secretariat.proviseur@lycee-montesquieu.fr
Subject: [#SUP-006455] Demande transmise à votre région
Message-ID: <SUP-006455.1732620000.ddeeff@assistance.example.fr>

--NDR_h119--
""", "automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'): the principal's secretary's mailbox is full. multipart/report.",
  client="none", return_path="", auth="none", headers=[("Auto-Submitted", "auto-replied")],
  raw_ctype='Content-Type: multipart/report; report-type=delivery-status;\n boundary="NDR_h119"')

M("Mail Delivery Subsystem <mailer-daemon@relay.cdg62.fr>",
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  gestionnaire.absent@relay.cdg62.fr
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
Subject: [#SUP-006781] Compte en attente de validation
Date: Thu, 09 Jan 2025 16:40:00 +0100

Bonjour, votre compte est en attente de validation par l'administrateur...
""", "automated", False, None, None, None, True, "en",
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the mailer-daemon sender show it is automatic.",
  client="none", return_path="", auth="none")

M("Secrétariat Collège Carnot <secretariat.carnot@ac-lille.fr>",
  "Lu : [#SUP-006502] Demande du chef d'établissement",
  """--MDN_h119
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : secretariat.carnot@ac-lille.fr
  Objet : [#SUP-006502] Demande du chef d'établissement
  Envoyé : mardi 26 novembre 2024 14:11:05 (UTC+01:00)

a été lu le mardi 26 novembre 2024 14:32:40 (UTC+01:00).

--MDN_h119
Content-Type: message/disposition-notification

Reporting-UA: PR1P264MB4455.FRAP264.PROD.OUTLOOK.COM; Microsoft Outlook
Final-Recipient: rfc822;secretariat.carnot@ac-lille.fr
Original-Message-ID: <SUP-006502.1732626665.123abc@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN_h119--
""", "automated", False, None, "hauts-de-france", None, False, "fr",
  "Outlook read receipt in French ('Lu :') from a secretariat, disposition-notification; region from ac-lille.fr.",
  client="outlook", raw_ctype='Content-Type: multipart/report; report-type=disposition-notification;\n boundary="MDN_h119"')

M("Andrew Miles <andrew.miles@bilingual-school-lyon.fr>",
  "Return Receipt (displayed) - [#SUP-006310] Your request",
  """--MDN2_h119
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to andrew.miles@bilingual-school-lyon.fr.

Note: This Return Receipt only acknowledges that the message was displayed on the
recipient's computer. There is no guarantee that the recipient has read or
understood the message contents.

--MDN2_h119
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline

Reporting-UA: bilingual-school-lyon.fr; Thunderbird 128.4.2
Final-Recipient: rfc822;andrew.miles@bilingual-school-lyon.fr
Original-Message-ID: <SUP-006310.1731000000.fedcba@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN2_h119--
""", "automated", False, None, None, None, False, "en",
  "Thunderbird return receipt in English, multipart/report disposition-notification.",
  client="tb", raw_ctype='Content-Type: multipart/report; report-type=disposition-notification;\n boundary="MDN2_h119"')

M("Espace Acheteur - Actualités <newsletter@news.espace-acheteur.example.fr>",
  "Nouveautés de février : catalogue papeterie et webinaire",
  """Bonjour,

Découvrez ce mois-ci le nouveau catalogue papeterie, les offres de renouvellement
des abonnements presse et notre webinaire du 20 février : « Bien préparer ses
commandes de fin d'année ».

Vous recevez ce message car vous êtes inscrit aux actualités de l'Espace Acheteur.
Se désinscrire : https://news.espace-acheteur.example.fr/u/8f2c1
""", "automated", False, None, None, "espace_acheteur", False, "fr",
  "Marketing newsletter: List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
  client="none", fmt="alt",
  headers=[("List-Id", "Actualites Espace Acheteur <actus.espace-acheteur.example.fr>"),
           ("List-Unsubscribe", "<https://news.espace-acheteur.example.fr/u/8f2c1>, <mailto:unsubscribe@news.espace-acheteur.example.fr>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

M("Gaëlle Tanguy <gaelle.tanguy@ac-rennes.fr>",
  "[doc-bretagne] mot de passe e-sidoc pour une collègue absente",
  """Bonjour à toutes et tous,

Une collègue en congé me demande de récupérer le mot de passe administrateur de son
portail e-sidoc pour publier la sélection du prix des lecteurs. Quelqu'un sait-il
qui contacter, et si le lien peut être envoyé à une autre adresse que la sienne ?

Merci !
Gaëlle
--
Liste de diffusion des professeurs documentalistes de l'académie de Rennes
""", "automated", False, None, "bretagne", "esidoc", True, "fr",
  "A real question about an absent colleague's e-sidoc password, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered.",
  client="zimbra", to="doc-bretagne@listes.ac-rennes.fr",
  headers=[("List-Id", "<doc-bretagne.listes.ac-rennes.fr>"), ("Precedence", "list"),
           ("List-Post", "<mailto:doc-bretagne@listes.ac-rennes.fr>"), ("Sender", "doc-bretagne-owner@listes.ac-rennes.fr")])

M("Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur, Mme Sabrina Colas (sabrina.colas@mairie-lambersart.fr), a
demandé à rejoindre la structure « Mairie de Lambersart » dont vous êtes
l'administrateur par défaut.

Connectez-vous pour valider ou refuser cette demande.

Ceci est un message automatique, merci de ne pas y répondre.
""", "automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply notification to the desk (default administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
  client="none", fmt="alt", headers=[("Auto-Submitted", "auto-generated")])

M("Portail Tickets <notifications@tickets.example.fr>",
  "[Ticket #48213] Mise à jour : synchronisation fournisseur",
  """Le ticket #48213 « Synchronisation fournisseur » a été mis à jour par
l'équipe Support Éditeur.

Nouveau statut : En attente d'information

Consultez le ticket : https://tickets.example.fr/t/48213

Ne répondez pas à ce message.
""", "automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification about a ticket the desk opened with a supplier. Auto-Submitted: auto-generated.",
  client="none", headers=[("Auto-Submitted", "auto-generated")])

M("Signature électronique <ne-pas-repondre@esign.example.fr>",
  "Document signé : Convention de partenariat CDI 2025",
  """Bonjour,

Toutes les parties ont signé le document « Convention de partenariat CDI 2025 ».

Signataires :
- Jean-Luc Moreau (principal, pour le collège) - signé le 12/03/2025
- Assistance (pour la plateforme) - signé le 12/03/2025

Vous pouvez télécharger le document signé depuis votre espace.
""", "automated", False, None, None, "esignature", True, "fr",
  "E-signature 'completed' notification: transactional mail without Auto-Submitted or Precedence; only the no-reply sender and the wording show it is automatic. Signed by the principal 'pour le collège', which is not a request.",
  client="none", fmt="alt")

M("DMARC Aggregate Report <noreply-dmarc-support@google.com>",
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1283746519283746",
  """This is an aggregate report from google.com.
""", "automated", False, None, None, None, False, "en",
  "DMARC aggregate report (zip attachment) sent to the desk's address.",
  client="none", files=[("google.com!assistance.example.fr!1739836800!1739923199.zip", "application/zip")])

M("Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>",
  "Delayed Mail (still being retried)",
  """--DLY_h119
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hour(s).
It will be retried until it is 5 day(s) old.

<principal.remplacant@ac-guyane.fr>: connect to smtp.ac-guyane.fr[192.0.2.90]:25:
    Connection timed out

--DLY_h119
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.assistance.example.fr

Final-Recipient: rfc822; principal.remplacant@ac-guyane.fr
Action: delayed
Status: 4.4.1
Will-Retry-Until: Mon, 24 Feb 2025 09:00:00 +0100

--DLY_h119--
""", "automated", False, None, None, None, False, "en",
  "Delay warning from our own relay (Action: delayed) for mail to an interim principal: not a failure, still automatic. Sender is our own domain, not académie: no region.",
  client="none", return_path="", auth="none", headers=[("Auto-Submitted", "auto-replied")],
  raw_ctype='Content-Type: multipart/report; report-type=delivery-status;\n boundary="DLY_h119"')

M("Assistance DANE <assistance-dane@ac-nantes.fr>",
  "[DANE-2025-01877] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro DANE-2025-01877.
Elle sera traitée dans les meilleurs délais par nos équipes.

Merci de ne pas répondre à ce message automatique.
La plateforme d'assistance de la DANE
""", "automated", False, None, "pays-de-la-loire", None, False, "fr",
  "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop.",
  client="none", headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dane@ac-nantes.fr"), ("Precedence", "auto_reply")])

M("Secrétariat Lycée Jean Zay <ce.0450782F@ac-orleans-tours.fr>",
  "Réponse automatique : Mot de passe e-sidoc",
  """Bonjour,

Le secrétariat du lycée est fermé pendant les vacances scolaires, du 21 décembre au
5 janvier. Les demandes adressées à M. le Proviseur (mots de passe, accès e-sidoc,
commandes) seront traitées à la rentrée.

Le secrétariat
""", "automated", False, "0450782F", "centre-val-de-loire", None, False, "fr",
  "Holiday out-of-office of a school secretariat (ce.<UAI> address) that mentions passwords, e-sidoc and the proviseur; Auto-Submitted is present. UAI from the address.",
  client="outlook", fmt="html", headers=AUTO_OOO)

M("Assistant to the Headteacher <office@eis-toulouse.fr>",
  "Automatic reply: Change of administrator",
  """Thank you for your message. The Headteacher's office is closed until Monday
28 October. Requests for the Headteacher will be handled on our return; for urgent
matters please call reception.

Office of the Headteacher
""", "automated", False, None, None, None, False, "en",
  "English Exchange 'Automatic reply:' from the head's office, with Auto-Submitted and X-Auto-Response-Suppress; the subject sounds like an administrator change.",
  client="outlook", fmt="alt", headers=AUTO_OOO)

M("Mailinblack <noreply@mailinblack.com>",
  "Validez votre message pour secretariat@college-les-hauts.fr",
  """Bonjour,

Votre message à destination de secretariat@college-les-hauts.fr est en attente.
Afin d'éviter les spams, votre correspondant utilise Mailinblack.
Merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :

https://protect.mailinblack.example/validate/7Hk2pQ

Ceci est un message automatique.
""", "automated", False, None, None, None, True, "fr",
  "A MailInBlack challenge sent TO the desk after it answered a school: machine-generated, nobody asks anything, so automated and not mailinblack_spam.",
  client="none", fmt="alt", headers=[("Auto-Submitted", "auto-generated")])

# ================================================================ other (19)

M("Ryan Cole <ryan@rank-boost-agency.com>",
  "Quick question about assistance.example.fr",
  """Hi there,

I was checking assistance.example.fr and noticed it isn't ranking for some very
valuable keywords. We can get you to page one of Google in 30 days, guaranteed.

Can I send you a free audit? Just reply "YES".

Ryan
""", "other", False, None, None, None, False, "en",
  "English SEO spam.",
  client="gmail", auth="none")

M("Investissement Facile <contact@crypto-rendement-plus.biz>",
  "Doublez votre épargne en 30 jours",
  """Bonjour,

Grâce à notre robot de trading, nos clients ont gagné jusqu'à 2 400 € par mois.
Inscrivez-vous aujourd'hui et recevez 250 € offerts. Offre limitée !

L'équipe Investissement Facile
""", "other", False, None, None, None, False, "fr",
  "French crypto spam.",
  client="none", fmt="alt", auth="fail")

M("Service Messagerie Académique <securite@ac-lyon-messagerie.com>",
  "Votre boîte aux lettres est pleine - action requise",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota. Pour éviter la suppression de
vos messages, confirmez votre identifiant et votre mot de passe sous 24 heures :

https://ac-lyon-messagerie.com/verification

Le service informatique du rectorat
""", "other", False, None, None, None, True, "fr",
  "Phishing ('mailbox full, confirm your password'); mentions a password but is not password_reset; ac-lyon-messagerie.com is not an académie domain, so no region.",
  client="none", fmt="html", auth="fail")

M("Comptabilité Fournisseurs <facturation@fournitures-pro-direct.net>",
  "Facture impayée n°FA-88213 - dernier rappel",
  """Madame, Monsieur,

Sauf erreur de notre part, la facture jointe reste impayée malgré nos relances.
Sans règlement sous 48 heures, le dossier sera transmis à notre service
contentieux.

Veuillez ouvrir la pièce jointe pour le détail.
""", "other", False, None, None, None, True, "fr",
  "Fake 'unpaid invoice' with an attachment from an unknown supplier: phishing, not order_billing.",
  client="none", auth="fail", files=[("FA-88213.pdf", "application/pdf")])

M("Léa Fournier <lea.fournier.pro@gmail.com>",
  "Candidature spontanée - stage documentation",
  """Madame, Monsieur,

Étudiante en master Métiers de l'enseignement (parcours documentation), je suis à la
recherche d'un stage de six semaines à partir d'avril. Votre activité auprès des
CDI m'intéresse beaucoup. Vous trouverez mon CV ci-joint.

Je vous prie d'agréer mes salutations distinguées.
Léa Fournier
""", "other", False, None, None, None, False, "fr",
  "Unsolicited internship application with a CV.",
  client="gmail", files=[("CV_Lea_Fournier.pdf", "application/pdf")])

M("Karine Lopes <karine.lopes@free.fr>",
  "sortie scolaire de mon fils",
  """Bonjour,

Je vous écris de la part de mon mari qui n'a pas pu appeler : notre fils Enzo est
en 5e C, nous n'avons pas reçu l'autorisation pour la sortie au musée de jeudi.
Pouvez-vous la renvoyer ?

Merci
K. Lopes
""", "other", False, None, None, None, False, "fr",
  "A parent about a school trip: wrong address, unrelated.",
  client="roundcube")

M("Corinne Weber <corinne.weber@ac-strasbourg.fr>",
  "Re: [#SUP-006590] Mot de passe e-sidoc",
  """Bonjour,

Juste pour vous dire, de la part de Mme Schaller aussi, que tout fonctionne : le
lien est arrivé et elle a pu changer son mot de passe. Merci beaucoup !

Corinne

Le 03/12/2024 à 09:30, Assistance a écrit :
> Bonjour, un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> connue pour votre établissement. Il est valable 12 heures.
""", "other", False, None, "grand-est", "esidoc", True, "fr",
  "Thanks only, on behalf of a colleague, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  client="tb", irt="<SUP-006590.1733214600.9a8b7c@assistance.example.fr>")

M("Mireille Caradec <mireille.caradec@ac-rennes.fr>",
  "Re: [#SUP-006640] Demande de courrier du chef d'établissement",
  """Bien reçu, je transmets à M. le Principal.

Envoyé de mon iPhone""", "other", False, None, "bretagne", None, True, "fr",
  "'Bien reçu, je transmets' from a phone: an acknowledgement, nothing asked yet; the head's request will come later. Region from ac-rennes.fr.",
  client="apple", irt="<SUP-006640.1734000000.445566@assistance.example.fr>")

M("Josette Marchal <josette.marchal@orange.fr>",
  "Suppression de mes données",
  """Bonjour,

J'ai été professeure documentaliste jusqu'en juin dernier, je suis maintenant à la
retraite. Conformément au RGPD, je vous demande de supprimer toutes les données me
concernant (compte, adresse, historique).

Merci de me confirmer la suppression.
Josette Marchal
""", "other", False, None, None, None, False, "fr",
  "GDPR erasure request from a retired librarian: other (human review), not account_creation.",
  client="none")

M("Philippe Guerin <philippe.guerin@ac-dijon.fr>",
  "Désinscription",
  """Bonjour,

Merci de retirer mon adresse de votre lettre d'information, je ne suis plus
gestionnaire depuis septembre. Mon successeur vous écrira s'il souhaite la recevoir.

Ph. Guérin
""", "other", False, None, "bourgogne-franche-comte", None, False, "fr",
  "A person asks to be removed from the newsletter: written by hand, so not automated.",
  client="zimbra")

M("Hélène Faure <helene.faure@mairie-saint-priest.fr>",
  "Inscription au webinaire impossible",
  """Bonjour,

Notre directeur des services voudrait suivre votre webinaire du 20 février sur la
préparation des commandes, mais le lien d'inscription affiche une erreur 404.
Pouvez-vous l'inscrire directement ?

Hélène Faure, assistante de direction
""", "other", False, None, None, "espace_acheteur", False, "fr",
  "Assistant wants to register her director for a webinar; the link fails: other.",
  client="outlook", fmt="alt")

M("Sarah Kim <sarah@readwise-edu.io>",
  "Following up: partnership with French school libraries",
  """Hi again,

Just bumping this to the top of your inbox. We'd love to explore a partnership to
bring our reading-analytics dashboard to French school libraries.

Would you have 20 minutes next week?

Best,
Sarah

On Tue, Jan 14, 2025 at 3:12 PM Sarah Kim <sarah@readwise-edu.io> wrote:
> Hello team, I'm the founder of Readwise Edu, an edtech start-up...
""", "other", False, None, None, None, False, "en",
  "English partnership pitch, a follow-up quoting her own first mail (Gmail English quote style).",
  client="gmail")

M("Secrétariat de direction <secretariat.direction@ac-aix-marseille.fr>",
  "TROISIÈME RELANCE",
  """Bonjour,

Monsieur le Proviseur m'a demandé de vous relancer POUR LA TROISIÈME FOIS. Nous
n'avons toujours aucune réponse. Ce n'est pas acceptable pour un service payant.

Le secrétariat de direction
""", "other", False, None, "provence-alpes-cote-d-azur", None, True, "fr",
  "Angry reminder relayed for the proviseur that says nothing about the topic and carries no ticket reference: no category can be told. Not a head-of-establishment request.",
  client="outlook", fmt="html")

M("Isabelle Moreau <isabelle.moreau@ac-poitiers.fr>",
  "ce soir",
  """Coucou Manon,

Je passe te prendre vers 19 h pour le concert, n'oublie pas les billets !

Bises
Isa
""", "other", False, None, "nouvelle-aquitaine", None, False, "fr",
  "Personal message sent to the desk by address autocomplete.",
  client="zimbra")

M("Secrétariat Collège Pablo Picasso <ce.0940612E@ac-creteil.fr>",
  "Information - changement de documentaliste",
  """Bonjour,

Pour information, Mme Haddad remplace M. Lefort au CDI du collège à compter du
4 novembre. M. le Principal m'a demandé de vous en informer.

Cordialement,
Le secrétariat
""", "other", False, "0940612E", "ile-de-france", None, True, "fr",
  "Information only, relayed for the principal: a new librarian arrives, but nothing is asked (no administrator change, no reset). A person decides whether anything follows.",
  client="outlook", fmt="qp")

M("Anne Boyer <anne.boyer@ac-montpellier.fr>",
  "Ressources éducation aux médias",
  """Bonjour,

Professeure de SES, je prépare une séquence sur les fake news avec la documentaliste
de mon lycée. Auriez-vous des ressources pédagogiques ou des fiches d'activités à
nous conseiller ?

Merci !
Anne Boyer
""", "other", False, None, "occitanie", None, False, "fr",
  "A teacher asks for teaching resources: unrelated to the services. Region from ac-montpellier.fr.",
  client="zimbra")

M("Mathieu Perrin <mathieu.perrin@ac-lille.fr>",
  "Partager un ticket avec ma collègue",
  """Bonjour,

J'ai ouvert un ticket sur le portail pour le compte de ma collègue documentaliste.
Comment puis-je le partager avec elle pour qu'elle suive les réponses directement ?

Merci
M. Perrin
""", "other", False, None, "hauts-de-france", "ticket_portal", False, "fr",
  "How to share a ticket with a colleague on the ticket portal: a how-to question with no category of its own.",
  client="zimbra")

M("Gestion Collège Voltaire <gestion.voltaire@ac-nantes.fr>",
  "Convention à signer - mauvais nom d'établissement",
  """Bonjour,

Notre principal a reçu la convention à signer électroniquement, mais elle porte le
nom du collège Voltaire de Saint-Nazaire et non le nôtre (collège Voltaire de
Cholet). Il ne veut pas signer en l'état. Qui peut corriger ?

L'adjointe gestionnaire
""", "other", False, None, "pays-de-la-loire", "esignature", True, "fr",
  "The convention to e-sign carries the wrong establishment name; only the document's sender can fix it. About a convention, but not access to contract documents, so other; relayed for the principal.",
  client="outlook", fmt="alt")

M("Principal Collège Les Iris <ce.0722220X@ac-nantes.fr>",
  "Invitation - salon du livre jeunesse",
  """Madame, Monsieur,

Le collège Les Iris organise son premier salon du livre jeunesse le samedi 5 avril,
à l'initiative de notre professeure documentaliste. Nous serions heureux de vous y
accueillir, ou de relayer l'information auprès de vos équipes.

Bien cordialement,
Le principal
""", "other", False, "0722220X", "pays-de-la-loire", None, True, "fr",
  "Written by the principal from the ce.<UAI> address, but it is an event invitation: other, not a head-of-establishment request.",
  client="outlook", fmt="html")


# ================================================================ writing

def check_label(lab, sender):
    assert lab["category"] in CATEGORIES, lab
    assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
    if lab["category"] in NEVER_AUTO:
        assert lab["auto_reply_ok"] is False, lab["file"]
    if lab["uai"] is not None:
        assert uai_ok(lab["uai"]), (lab["file"], lab["uai"])
    assert lab["region"] == region_of(lab["uai"], sender), (lab["file"], lab["region"], region_of(lab["uai"], sender))
    if lab["region"] is not None:
        assert lab["region"] in REGIONS
    assert lab["platform"] in PLATFORMS, lab
    assert lab["lang"] in ("fr", "en") and lab["notes"]


KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def main():
    assert len(MAILS) == 150, len(MAILS)
    for f in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", f):
            os.remove(os.path.join(HERE, f))
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(build(n, m))
        lab = dict(file=fname, category=m["cat"], auto_reply_ok=m["ok"], uai=m["uai"], region=m["region"],
                   platform=m["plat"], hard=m["hard"], lang=m["lang"], notes=m["notes"])
        check_label(lab, parseaddr(m["frm"])[1])
        labels.append(lab)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps({k: lab[k] for k in KEYS}, ensure_ascii=False) + "\n")
    verify()


def verify():
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert emls == ["h%03d.eml" % i for i in range(1, 151)], emls[:3]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh]
    assert [lab["file"] for lab in labels] == emls
    bodies = set()
    for lab in labels:
        assert list(lab) == KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] and msg["Message-ID"], lab["file"]
        assert "support@assistance.example.fr" in str(msg["To"]) or lab["category"] == "automated", lab["file"]
        part = msg.get_body(preferencelist=("plain", "html"))
        text = part.get_content() if part is not None else ""
        if part is None:  # multipart/report without a text body
            text = raw.decode("utf-8", "replace")
        assert text.strip(), lab["file"]
        h = hashlib.sha1(text.encode()).hexdigest()
        assert h not in bodies, "duplicate body " + lab["file"]
        bodies.add(h)
        check_label(lab, parseaddr(str(msg["From"]))[1])
        if lab["uai"]:
            flat = (str(msg["From"]) + str(msg["Subject"]) + text).upper()
            assert lab["uai"] in flat, (lab["file"], lab["uai"])
    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    print("150 mails OK;", dict(sorted(cats.items(), key=lambda kv: -kv[1])),
          "auto_reply_ok:", sum(lab["auto_reply_ok"] for lab in labels),
          "hard:", sum(lab["hard"] for lab in labels))


if __name__ == "__main__":
    main()

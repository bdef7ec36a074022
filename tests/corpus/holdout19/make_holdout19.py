#!/usr/bin/env python3
"""Build the holdout19 blind test corpus: 150 hand-written mails + labels.jsonl.

Voice: primary schools and small structures in spring (directeurs d'école,
BCD teachers, mairies, périscolaire, IEN/ERUN, parents, volunteers, a municipal
IT contractor, some collège/lycée staff).  Stdlib only; deterministic output.

    python3 make_holdout19.py
"""
import collections
import datetime as dt
import hashlib
import html
import json
import os
import random
import re
from email import message_from_string, policy
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
DESK = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

REGION_DEPTS = {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56",
    "centre-val-de-loire": "18 28 36 37 41 45",
    "corse": "620 720",
    "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
    "guadeloupe": "971", "martinique": "972", "guyane": "973",
    "la-reunion": "974", "mayotte": "976",
}
DEPT_REGION = {}
for _r, _d in REGION_DEPTS.items():
    for _x in _d.split():
        DEPT_REGION[_x if len(_x) == 3 else "0" + _x] = _r
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est", "ac-strasbourg.fr": "grand-est",
    "ac-amiens.fr": "hauts-de-france", "ac-lille.fr": "hauts-de-france",
    "ac-creteil.fr": "ile-de-france", "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}
TZ = {
    None: 2, "guadeloupe": -4, "martinique": -4, "guyane": -3, "la-reunion": 4, "mayotte": 3,
}


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


MAILS = []


def M(cat, auto, uai, region, plat, hard, lang, notes, **kw):
    """A mail written by a person. kw: fn, fa, subj, body and options."""
    kw.update(dict(cat=cat, auto=auto, uai=uai, region=region, plat=plat,
                   hard=hard, lang=lang, notes=notes, kind="human"))
    MAILS.append(kw)


def A(uai, region, plat, hard, lang, notes, build, **kw):
    """An automated mail; build(ctx) returns the message (without transport headers)."""
    kw.update(dict(cat="automated", auto=False, uai=uai, region=region, plat=plat,
                   hard=hard, lang=lang, notes=notes, kind="auto", build=build))
    MAILS.append(kw)


# ---------------------------------------------------------------- helpers

def to_html(text, outlook=False):
    out, para, quote = [], [], []

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in para) + "</p>")
            para.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush()
            quote.append(html.escape(line[1:].lstrip(), quote=False))
            continue
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>\n".join(quote) + "</blockquote>")
            quote.clear()
        if line.strip():
            para.append(line)
        else:
            flush()
    flush()
    if quote:
        out.append("<blockquote>" + "<br>\n".join(quote) + "</blockquote>")
    body = "\n".join(out)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
                '</head><body lang="FR"><div class="WordSection1">\n' + body.replace("<p>", '<p class="MsoNormal">')
                + "\n</div></body></html>")
    return '<html><head><meta charset="utf-8"></head><body><div dir="ltr">\n' + body + "\n</div></body></html>"


def fake_pdf(title):
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            "4 0 obj << /Title (" + title + ") >> endobj\ntrailer << /Root 1 0 R /Info 4 0 R >>\n%%EOF\n").encode("latin-1")


PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a3b1a3"
    "f80000000049454e44ae426082")

CLIENT_HEADERS = {
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None)],
    "owa": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "apple": [("X-Mailer", "iPhone Mail (22E240)")],
    "applemac": [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF124 (Win)/9.0.0_GA_4546)")],
    "android": [("X-Mailer", "Outlook for Android")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.6")],
    "orange": [("X-Mailer", "Webmail Orange")],
    "none": [],
}


def msgid(seed, dom, client):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if client == "gmail":
        return "<CAK%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:34])
    if client in ("outlook", "owa", "android"):
        return "<%s$%s@%s>" % (h[:12], h[12:24], dom)
    if client in ("apple", "applemac"):
        return "<%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper(), dom)
    return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], dom)


def transport(m, fa, date, auth, rp, seed):
    dom = fa.split("@")[-1].lower()
    hop = "smtp%d.%s" % (int(seed[:2], 16) % 5 + 1, dom) if dom.startswith("ac-") else "mail-out.%s" % dom
    if dom in ("gmail.com",):
        hop = "mail-wr1-f%d.google.com" % (int(seed[:2], 16) % 70)
    if dom in ("orange.fr", "wanadoo.fr"):
        hop = "smtp-out.orange.fr"
    if dom in ("outlook.fr", "hotmail.fr", "outlook.com"):
        hop = "EUR05-VI1-obe.outbound.protection.outlook.com"
    ip = "203.0.113.%d" % (int(seed[2:4], 16) % 250 + 2)
    m["Return-Path"] = "<%s>" % (fa if rp is None else rp)
    m["Delivered-To"] = DESK
    m["Received"] = ("from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s "
                     "for <%s>; %s" % (hop, hop, ip, seed[:15].upper(), DESK, format_datetime(date)))
    if auth == "pass":
        ar = ("mx1.assistance.example.fr; dkim=pass (2048-bit key) header.d=%s; spf=pass smtp.mailfrom=%s; "
              "dmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    elif auth == "fail":
        ar = ("mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom=%s; "
              "dmarc=fail (p=quarantine dis=none) header.from=%s" % (dom, dom))
    else:
        ar = ("mx1.assistance.example.fr; dkim=none; spf=none smtp.mailfrom=%s; dmarc=none header.from=%s"
              % (dom, dom))
    m["Authentication-Results"] = ar


def build_human(spec, idx, date):
    fa = spec["fa"]
    dom = fa.split("@")[-1]
    client = spec.get("client", "thunderbird")
    seed = hashlib.sha1(("h19-%d-%s" % (idx, spec["subj"])).encode()).hexdigest()
    body = spec["body"].strip("\n") + "\n"
    fmt = spec.get("fmt", "plain")
    m = EmailMessage(policy=policy.default)
    transport(m, fa, date + dt.timedelta(seconds=7), spec.get("auth", "pass"), spec.get("rp"), seed)
    m["Message-ID"] = msgid(seed, dom if client != "gmail" else "x", client)
    m["Date"] = format_datetime(date)
    m["From"] = formataddr((spec.get("fn", ""), fa)) if spec.get("fn") else fa
    m["To"] = spec.get("to", "Assistance <%s>" % DESK)
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        m["Reply-To"] = spec["reply_to"]
    m["Subject"] = spec["subj"]
    if spec.get("irt"):
        m["In-Reply-To"] = spec["irt"]
        m["References"] = spec["irt"]
    for k, v in CLIENT_HEADERS.get(client, []):
        m[k] = v if v is not None else hashlib.md5(seed.encode()).hexdigest()[:22] + "=="
    if client in ("outlook", "owa", "thunderbird"):
        m["Content-Language"] = "en-GB" if spec["lang"] == "en" else "fr"
    for k, v in spec.get("extra", ()):
        m[k] = v
    cte = spec.get("cte")
    cs = spec.get("charset", "utf-8")
    if fmt == "html":
        m.set_content(spec.get("html") or to_html(body, client in ("outlook", "owa")), subtype="html",
                      charset=cs, cte=cte or "quoted-printable")
    else:
        m.set_content(body, charset=cs, cte=cte)
        if fmt == "alt":
            m.add_alternative(spec.get("html") or to_html(body, client in ("outlook", "owa")),
                              subtype="html", cte=cte or "quoted-printable")
    for name, ctype, data in spec.get("att", ()):
        maint, sub = ctype.split("/")
        if data is None:
            data = fake_pdf(name)
        if maint == "text":
            m.add_attachment(data.decode("utf-8"), subtype=sub, filename=name)
        else:
            m.add_attachment(data, maintype=maint, subtype=sub, filename=name)
    return m


def build_auto(spec, idx, date):
    seed = hashlib.sha1(("h19a-%d" % idx).encode()).hexdigest()
    ctx = dict(date=date, seed=seed, datestr=format_datetime(date))
    msg = spec["build"](ctx)
    if "Date" not in msg:
        msg["Date"] = format_datetime(date)
    if "Message-ID" not in msg:
        msg["Message-ID"] = "<%s.%s@%s>" % (seed[:16], seed[16:24], spec["fa"].split("@")[-1])
    tmp = Message()
    transport(tmp, spec["fa"], date + dt.timedelta(seconds=4), spec.get("auth", "pass"), spec.get("rp"), seed)
    msg._headers = tmp._headers + msg._headers
    return msg


def mk_report(report_type, notice, notice_html, status_text, returned, subtype_ret="rfc822"):
    r = MIMEMultipart("report")
    r.set_param("report-type", report_type)
    r.preamble = "This is a MIME-encapsulated message."
    if notice_html:
        alt = MIMEMultipart("alternative")
        alt.attach(MIMEText(notice, "plain", "utf-8"))
        alt.attach(MIMEText(notice_html, "html", "utf-8"))
        r.attach(alt)
    else:
        r.attach(MIMEText(notice, "plain", "utf-8"))
    if report_type == "delivery-status":
        part = message_from_string("Content-Type: message/delivery-status\n\n" + status_text)
        r.attach(part)
    else:
        part = MIMEBase("message", "disposition-notification")
        part.set_payload(status_text)
        r.attach(part)
    if returned is not None:
        if subtype_ret == "rfc822":
            r.attach(MIMEMessage(returned))
        else:
            r.attach(MIMEText(returned, "rfc822-headers", "utf-8"))
    return r


def desk_mail(to, subj, body, ref, date):
    m = EmailMessage()
    m["From"] = "Assistance <%s>" % DESK
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = "<%s@assistance.example.fr>" % ref
    m["Auto-Submitted"] = "auto-replied"
    m.set_content(body)
    return m


# ---------------------------------------------------------------- the mails
# ======================= password_reset (23)

M("password_reset", True, "0295161C", "bretagne", "esidoc", False, "fr",
  "Directrice of a maternelle lost the BCD portal password after the spring holidays; UAI in the body, normal reset path.",
  fn="Anne-Sophie Le Goff", fa="anne-sophie.le-goff@ac-rennes.fr", client="thunderbird",
  subj="Portail de la BCD : plus moyen d'entrer",
  body="""Bonjour,

Je suis directrice de l'école maternelle de Kerhallet, à Brest. Avant les vacances de printemps j'avais noté le mot de passe du portail de notre petite bibliothèque sur un post-it... qui a disparu pendant le grand ménage de la classe. Je suis désolée de vous embêter pour si peu.

Je voudrais juste pouvoir rentrer de nouveau dans la partie gestion pour enregistrer les albums offerts par l'association des parents. Notre code établissement est le 0295161C.

Merci d'avance et bonne journée à vous,

Anne-Sophie Le Goff
Directrice - École maternelle Kerhallet
""")

M("password_reset", True, "0683966S", "grand-est", "esidoc", False, "fr",
  "Very short phone message, no accents: lost password for the school library portal, UAI given inline.",
  fn="Mathieu Schaller", fa="mathieu.schaller@ac-strasbourg.fr", client="apple",
  subj="mdp bcd",
  body="""bonjour
mdp du portail bcd perdu, code ecole 0683966S
merci de me renvoyer de quoi le refaire
M. Schaller

Envoyé de mon iPhone
""")

M("password_reset", True, "0785051S", "ile-de-france", "esidoc", False, "en",
  "English-speaking teacher of an international section runs the section's library corner; the e-sidoc password expired and she does not remember the old one. Normal reset path.",
  fn="Rebecca Holloway", fa="rebecca.holloway@ac-versailles.fr", client="outlook", fmt="alt",
  subj="e-sidoc password expired - British section library",
  body="""Hello,

I look after the little library of the British section at our lycée (UAI 0785051S). Today e-sidoc told me my password had expired and asked for the old one before I could choose a new one - and of course I have no idea what the old one was, it was set up by my predecessor in 2022.

Could you send me a reset link, or tell me who can? Sorry, my French is fine for the classroom but your help pages lost me a bit.

Many thanks,
Rebecca Holloway
English teacher / section library
""")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Mairie agent forgot her Espace Acheteur password; commune address, no UAI, no académie domain, so no region.",
  fn="Nadège Fournier", fa="n.fournier@mairie-saint-aubin-des-bois.fr", client="outlook", fmt="alt",
  subj="Mot de passe oublié espace acheteur",
  body="""Bonjour,

Je m'occupe des commandes de fournitures pour nos deux écoles à la mairie. Je n'ai pas utilisé l'Espace Acheteur depuis l'automne et mon mot de passe ne passe plus. J'ai peut-être mélangé avec celui du logiciel de paie...

Pouvez-vous m'aider à le réinitialiser ? Mon identifiant devrait être mon adresse mail ci-dessous.

Cordialement,

Nadège Fournier
Service administratif - Mairie de Saint-Aubin-des-Bois
02 99 00 00 00
""")

M("password_reset", False, "0297224V", "bretagne", "esidoc", True, "fr",
  "Retired volunteer running the village school library; UAI written with spaces ('029 7224 V'), and she asks for the password to be sent to her personal address: the reset may only go to the address on file or the official one, so no automatic answer.",
  fn="Maryvonne Kerleroux", fa="maryvonne.kerleroux@orange.fr", client="orange", auth="pass",
  subj="bibliothèque de l'école - code d'accès",
  body="""Bonjour Madame, Monsieur,

Je suis une ancienne institutrice à la retraite et je m'occupe bénévolement, deux après-midi par semaine, de la bibliothèque de l'école de notre village (école publique de Lanvéoc, n° 029 7224 V). L'ancienne directrice, qui avait tout installé sur l'ordinateur, est partie à la retraite elle aussi, et personne ne connaît le mot de passe pour enregistrer les nouveaux livres.

Pourriez-vous m'envoyer ce mot de passe directement sur mon adresse à moi (celle-ci), car je n'ai pas accès à la messagerie de l'école ? La nouvelle directrice est d'accord, elle est simplement débordée.

Avec mes remerciements et mes excuses si je ne m'adresse pas au bon endroit,

Maryvonne Kerleroux
""")

M("password_reset", True, "0674926R", "grand-est", "esidoc", True, "fr",
  "ERUN writes for one school whose BCD account is locked after failed attempts; the UAI is typed in lower case ('0674926r'), label upper case.",
  fn="Julien Metzger", fa="julien.metzger@ac-strasbourg.fr", client="zimbra",
  subj="Compte BCD verrouillé - école élémentaire du Neudorf",
  body="""Bonjour,

ERUN sur la circonscription de Strasbourg 3, je vous écris pour l'école élémentaire du Neudorf (uai 0674926r). La collègue qui gère la BCD s'est trompée plusieurs fois de mot de passe ce matin et le compte d'administration du portail est maintenant bloqué (message « compte verrouillé, réessayez plus tard »). Elle a attendu une heure, même résultat.

Pouvez-vous débloquer le compte ou lui envoyer un lien de réinitialisation ?

Merci,
Julien Metzger
Enseignant référent pour les usages du numérique (ERUN)
Circonscription Strasbourg 3
""")

M("password_reset", True, "0441641V", "pays-de-la-loire", "esidoc", False, "fr",
  "Outlook 'TR :' forward of the reset mail whose link no longer works (expired); asks for a new one.",
  fn="Sandrine Guérin", fa="sandrine.guerin@ac-nantes.fr", client="outlook", fmt="alt",
  subj="TR: Réinitialisation de votre mot de passe",
  body="""Bonjour,

J'ai reçu ce message vendredi soir mais je ne l'ai ouvert que ce matin, et le lien m'affiche « lien invalide ou expiré ». Est-il possible d'en avoir un nouveau ? École primaire Jules-Verne, Rezé, 0441641V.

Merci beaucoup,
Sandrine Guérin, enseignante CM1 chargée de la BCD

De : no-reply@esidoc.example.fr <no-reply@esidoc.example.fr>
Envoyé : vendredi 4 avril 2025 18:42
À : Guerin Sandrine <sandrine.guerin@ac-nantes.fr>
Objet : Réinitialisation de votre mot de passe

Bonjour,
Vous avez demandé la réinitialisation du mot de passe de votre compte. Cliquez sur le lien ci-dessous (valable 12 heures) :
https://0441641v.esidoc.example.fr/reinitialisation?jeton=9f3b...
Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""", date="2025-04-07 08:21")

M("password_reset", False, "0123103H", "occitanie", "esidoc", False, "fr",
  "Gmail-style French reply to the desk's automatic answer: the link went to the school's official mailbox, which nobody can open while the head is on sick leave. The template has already been sent; a person must take over.",
  fn="Céline Vidal", fa="celine.vidal@ac-toulouse.fr", client="gmail",
  subj="Re: [#SUP-007214] Mot de passe portail BCD",
  irt="<SUP-007214.1744011200.a1c3e9@assistance.example.fr>",
  body="""Bonjour,

Merci pour la réponse rapide, mais justement : le lien est parti sur la boîte ce.0123103H, et cette boîte, seul le directeur la consulte. Il est en arrêt depuis trois semaines et personne à l'école n'a les codes de la messagerie. La mairie ne peut rien faire non plus.

Comment fait-on dans ce cas ? Je suis l'adjointe qui fait fonction, si ça compte.

Céline

Le lun. 7 avr. 2025 à 09:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de votre établissement (ce.0******@ac-*****.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", date="2025-04-07 16:05")

M("password_reset", False, "0599766V", "hauts-de-france", "esidoc", True, "fr",
  "Password reset, but the sender says this is her fourth message and explicitly asks for a person; an automatic answer would repeat what failed.",
  fn="Laetitia Vandenberghe", fa="laetitia.vandenberghe@ac-lille.fr", client="owa", fmt="html",
  subj="4e demande !! mot de passe BCD",
  body="""Bonjour,

C'est la quatrième fois que j'écris pour la même chose et je reçois à chaque fois le même message automatique qui ne m'aide pas. Le lien arrive sur une adresse que l'école n'utilise plus depuis la fusion avec la maternelle.

Je voudrais qu'une vraie personne me rappelle ou me réponde, s'il vous plaît. École primaire Jean-Macé, Tourcoing, UAI 0599766V. Mon numéro : 03 20 00 00 00 (le midi de préférence).

Merci,
L. Vandenberghe
""")

M("password_reset", True, None, "nouvelle-aquitaine", "esidoc", True, "fr",
  "UAI typed 0334986S: the check letter for those digits is R, so it is not a UAI (probable typo); region from the ac-bordeaux.fr sender. Plain lost password, reset procedure applies.",
  fn="Pierre Lacoste", fa="pierre.lacoste1@ac-bordeaux.fr", client="thunderbird",
  subj="Mot de passe oublié - école Montesquieu",
  body="""Bonjour,

Je viens de reprendre la direction de l'école Montesquieu (0334986S) en intérim et je ne trouve nulle part le mot de passe du portail documentaire de l'école. Mon prédécesseur ne répond pas au téléphone, il est en congé.

Que dois-je faire pour en obtenir un nouveau ?

Cordialement,
Pierre Lacoste
""")

M("password_reset", True, "0715076G", "bourgogne-franche-comte", "esidoc", False, "fr",
  "UAI only in the signature ('RNE : 0715076G'); teacher who runs the BCD cannot log in since the portal update.",
  fn="Hélène Bouchard", fa="helene.bouchard@ac-dijon.fr", client="roundcube",
  subj="Connexion impossible au portail",
  body="""Bonjour,

Depuis la mise à jour du portail (je crois que c'était pendant les vacances), ma connexion à l'espace de gestion est refusée : identifiant ou mot de passe incorrect. Je suis pourtant certaine de l'identifiant. J'ai sûrement changé le mot de passe l'an dernier sans le noter.

J'ai besoin de faire les retours de prêts avant la fête de l'école, est-ce que vous pouvez m'aider à le refaire ?

Bien à vous,

--
Hélène Bouchard
Enseignante CE2, responsable BCD
École élémentaire du Bourg - Tournus
RNE : 0715076G
""")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Secrétaire de mairie: the buyer account was opened by a predecessor with a shared address and the login is unknown (FAQ case). No UAI, non-academic sender.",
  fn="Mairie de Rouvray", fa="secretariat@mairie-rouvray.fr", client="orange",
  subj="identifiant espace acheteur",
  body="""Bonjour,

Je suis secrétaire de mairie depuis janvier dans une commune de 400 habitants. Mon prédécesseur commandait le matériel de l'école sur votre Espace Acheteur avec l'adresse du secrétariat, mais je n'ai ni l'identifiant exact ni le mot de passe. L'adresse du secrétariat est partagée avec le maire et l'adjointe.

Comment puis-je récupérer l'accès ?

Merci
Françoise, secrétariat de mairie
""")

M("password_reset", True, "0378429L", "centre-val-de-loire", "esidoc", True, "fr",
  "Subject says 'commande' (an order) but the body is only about a forgotten password for the library portal.",
  fn="Sylvie Marchand", fa="sylvie.marchand@ac-orleans-tours.fr", client="thunderbird",
  subj="Commande de livres BCD",
  body="""Bonjour,

Pardon pour l'objet, j'ai réutilisé un ancien message. Ma question n'a rien à voir avec une commande : je n'arrive plus à me connecter au portail de la bibliothèque de l'école pour saisir les livres que nous venons de recevoir. Le mot de passe n'est pas accepté et je ne le retrouve pas.

École élémentaire Paul-Bert, Joué-lès-Tours - 0378429L.

Merci de votre aide,
Sylvie Marchand
""")

M("password_reset", True, None, None, "ticket_portal", False, "en",
  "English; forgot the password of the help desk's ticket portal, asks how to reset it. A plain lost password on the ticket portal.",
  fn="Daniel Okafor", fa="d.okafor@ecole-internationale-valbonne.fr", client="gmail",
  subj="Can't log into the ticket portal",
  body="""Hi there,

I opened a ticket with you in March through your online portal and wanted to check on it, but I can't remember the password I chose and the login page just says "invalid credentials". Is there a way to reset it? I can't see a "forgot password" link on my phone.

Cheers,
Daniel
IT coordinator (part-time)
""")

M("password_reset", True, "0063619B", "provence-alpes-cote-d-azur", "esidoc", False, "en",
  "English head of the library of an international primary section in Nice; forgotten e-sidoc password, UAI given.",
  fn="Margaret Ellis", fa="margaret.ellis@ac-nice.fr", client="applemac",
  subj="Forgotten password for our library portal",
  body="""Good morning,

I run the library of the anglophone section of our primary school in Nice (UAI 0063619B). After the Easter break I simply cannot remember the password for the e-sidoc back office. I tried the two or three I usually use, and now I'm worried about locking the account.

What is the procedure to reset it? The head teacher is happy to confirm whatever you need.

Kind regards,
Margaret Ellis
""")

M("password_reset", True, None, "occitanie", "esidoc", False, "fr",
  "iPad message: does not know what the login is (it is the UAI) nor the password; no UAI given, region from ac-montpellier.fr.",
  fn="Jérôme Castel", fa="jerome.castel@ac-montpellier.fr", client="apple",
  subj="Identifiant ?",
  body="""Bonjour
On me demande un identifiant et un mot de passe pour le portail de la bibliothèque de l'école et je n'ai ni l'un ni l'autre. C'est quoi l'identifiant ? Et comment on a un mot de passe ?
Merci
J. Castel, directeur école de Saint-Guilhem

Envoyé de mon iPad
""")

M("password_reset", True, "0258151Z", "bourgogne-franche-comte", "esidoc", True, "fr",
  "Negation: 'ce n'est pas que je ne reçois pas le mail' - the reset mail arrived, but she mistyped and the account is now locked: password_reset, not missing_noreply_mail.",
  fn="Amandine Roussel", fa="amandine.roussel@ac-besancon.fr", client="zimbra",
  subj="Compte bloqué",
  body="""Bonjour,

Je précise tout de suite : ce n'est pas que je ne reçois pas le mail de votre part, je l'ai bien reçu hier. Mais en choisissant le nouveau mot de passe je me suis trompée deux fois dans la confirmation, puis en voulant me connecter trois fois, et maintenant le compte du portail BCD est bloqué.

Pouvez-vous le débloquer, ou me renvoyer un lien tout neuf ?
École du Centre, Pontarlier - UAI 0258151Z.

Merci et désolée pour la maladresse !
Amandine Roussel
""")

M("password_reset", True, "9747056B", "la-reunion", "esidoc", False, "fr",
  "Réunion time zone; password expired and the old one forgotten; UAI in the body.",
  fn="Johanna Payet", fa="johanna.payet@ac-reunion.fr", client="thunderbird",
  subj="Mot de passe expiré portail documentaire",
  body="""Bonjour,

Le portail de l'école (9747056B, école primaire de la Ravine des Cabris) m'indique que mon mot de passe a expiré. Pour le changer il faut saisir l'ancien, que je n'ai plus en tête. Je fais comment ?

Merci d'avance, et bonne journée depuis Saint-Pierre,
Johanna Payet
""", region_tz="la-reunion")

M("password_reset", True, "0563248B", "bretagne", "esidoc", True, "fr",
  "Reply (Zimbra '----- Mail original -----') on an old MailInBlack ticket, but the new text clearly asks something else: she has forgotten the password. The new request decides.",
  fn="Gwenaëlle Le Bihan", fa="gwenaelle.le-bihan@ac-rennes.fr", client="zimbra",
  subj="Re: [#SUP-006851] Vos messages bloqués par MailInBlack",
  irt="<SUP-006851.1741687200.7be0c1@assistance.example.fr>",
  body="""Bonjour,

Je reviens vers vous sur ce fil, mais pour autre chose : le souci MailInBlack est réglé depuis longtemps (merci !). Là, c'est bêtement que j'ai oublié mon mot de passe du portail du CDI après un mois d'arrêt. Collège Jean-Loup-Chrétien, Vannes, 0563248B.

Pouvez-vous m'envoyer un lien ?

Gwenaëlle Le Bihan
Professeure documentaliste

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Gwenaëlle Le Bihan" <gwenaelle.le-bihan@ac-rennes.fr>
Envoyé: Mardi 11 Mars 2025 10:00:00
Objet: [#SUP-006851] Vos messages bloqués par MailInBlack

Bonjour,

Vos messages sont retenus par MailInBlack. Vous trouverez ci-joint le guide pour autoriser nos adresses d'envoi. Votre demande est transmise à votre région, qui contactera le service informatique.

L'équipe d'assistance
""", date="2025-04-24 13:47")

M("password_reset", False, "0144532A", "normandie", "esidoc", True, "fr",
  "Two topics: lost password (first, main) and the price of next year's renewal (order_billing); one template would answer only half.",
  fn="Valérie Lemonnier", fa="valerie.lemonnier@ac-normandie.fr", client="thunderbird",
  subj="Deux questions pour la bibliothèque de l'école",
  body="""Bonjour,

1) Je n'ai plus le mot de passe d'administration du portail de la BCD. Je voudrais le récupérer pour préparer l'inventaire de fin d'année.

2) Par la même occasion, la mairie me demande combien coûtera le renouvellement de l'abonnement pour l'année prochaine, pour l'inscrire au budget. Pouvez-vous me faire parvenir un tarif ou un devis ?

École primaire Les Tilleuls, Hérouville - 0144532A.

Merci beaucoup,
Valérie Lemonnier, directrice
""")

M("password_reset", True, "0684230D", "grand-est", "esidoc", True, "fr",
  "Alsatian greeting; the UAI appears only in the ce.<UAI>@ac-strasbourg.fr sender address. The school office asks for the BCD portal password link.",
  fn="École élémentaire Schlossberg", fa="ce.0684230D@ac-strasbourg.fr", client="thunderbird",
  subj="Salü ! mot de passe de la bibliothèque",
  body="""Salü mitnander,

Ici le secrétariat (enfin, la directrice avec sa casquette de secrétaire) de l'école du Schlossberg. Notre mot de passe pour le portail de la bibliothèque ne fonctionne plus et nous ne savons pas lequel était le bon. Vous pouvez envoyer le lien sur cette adresse, c'est celle de l'école.

Merci vielmols !
Christine Haeffelé
""")

M("password_reset", True, "7209081H", "corse", "esidoc", False, "fr",
  "Corsican greeting, Haute-Corse UAI (prefix 720); forgotten password for the school library portal.",
  fn="Ghjuvanna Santoni", fa="ghjuvanna.santoni@ac-corse.fr", client="gmail",
  subj="Bonghjornu - mot de passe portail",
  body="""Bonghjornu,

Je suis enseignante à l'école de Corte et je m'occupe de notre petit fonds de livres bilingues. J'ai oublié le mot de passe pour accéder à la gestion du portail. Notre numéro d'école : 7209081H.

Pouvez-vous me dire comment faire ?

À ringrazià vi,
Ghjuvanna Santoni
""")

M("password_reset", True, "9763220W", "mayotte", "esidoc", False, "fr",
  "Collège secretariat writes from the ce.<UAI> address and asks for the link on that official address (the safe path); UAI also in the body. Mayotte time zone.",
  fn="Secrétariat collège de Tsingoni", fa="ce.9763220W@ac-mayotte.fr", client="outlook", fmt="alt",
  subj="Réinitialisation accès portail CDI",
  body="""Bonjour,

La professeure documentaliste du collège (9763220W) ne parvient plus à se connecter à l'administration du portail du CDI : le mot de passe a été perdu lors du changement de poste informatique.

Merci d'envoyer le lien de réinitialisation sur l'adresse officielle du collège (celle-ci), nous le lui transmettrons.

Le secrétariat de direction
""", region_tz="mayotte")
# ======================= missing_noreply_mail (17)

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Mairie agent registered on the Espace Acheteur; the activation mail never came. No anti-spam product named, non-academic sender.",
  fn="Karine Dubreuil", fa="karine.dubreuil@ville-montclar.fr", client="outlook", fmt="alt",
  subj="Pas de mail d'activation",
  body="""Bonjour,

J'ai créé lundi un compte sur l'Espace Acheteur pour la commune (commandes de mobilier pour la nouvelle classe de maternelle). Le site m'a dit qu'un mail d'activation allait m'être envoyé, mais trois jours après, rien. J'ai regardé dans les indésirables, rien non plus.

Pouvez-vous me le renvoyer ?

Karine Dubreuil
Service Éducation - Enfance
""")

M("missing_noreply_mail", True, "0694865N", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Director uses 'mot de passe oublié' on the library portal; the mail never arrives, junk folder checked. No product named.",
  fn="Thomas Berthier", fa="thomas.berthier@ac-lyon.fr", client="thunderbird",
  subj="Mail de réinitialisation jamais reçu",
  body="""Bonjour,

J'ai fait trois fois la demande « mot de passe oublié » sur le portail de la BCD de l'école Condorcet (0694865N), mardi, mercredi et ce matin. Aucun mail n'arrive, ni dans la boîte de réception ni dans les spams. L'adresse enregistrée est la mienne, je l'ai vérifié avec la collègue qui avait créé le compte.

Y a-t-il un souci chez vous ?

Thomas Berthier
Directeur
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Périscolaire coordinator signed up for the commune; the confirmation mail did not come. Chatty, apologetic; no product named.",
  fn="Lucie Morel", fa="lucie.morel.periscolaire@gmail.com", client="gmail",
  subj="inscription sans confirmation",
  body="""Bonjour,

Je coordonne l'accueil périscolaire de la commune et la mairie m'a demandé de m'inscrire sur votre Espace Acheteur pour commander des jeux de cour. Je l'ai fait jeudi (avec mon adresse Gmail, je n'ai pas d'adresse de la mairie, désolée si ça complique). Je n'ai jamais reçu le mail de confirmation. J'ai regardé dans « Promotions », « Réseaux sociaux » et les spams.

Je ne suis vraiment pas à l'aise avec ces plateformes, merci de votre patience !

Lucie
""")

M("missing_noreply_mail", True, None, "ile-de-france", "esidoc", False, "en",
  "English; the activation link for a new administrator account never arrived from the no-reply address; no anti-spam product; region from ac-paris.fr.",
  fn="Sarah Whitfield", fa="sarah.whitfield@ac-paris.fr", client="gmail",
  subj="Activation email never received",
  body="""Hello,

Our librarian created an administrator account for me on the school's e-sidoc portal last Tuesday so I can help with the English shelf. The portal says an activation email was sent, but nothing has reached my inbox, junk folder included. I asked her to send it again twice.

Is there anything on your side that could stop it?

Thanks,
Sarah Whitfield
International section, cité scolaire
""")

M("missing_noreply_mail", True, "0876167F", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Negation: 'ce n'est pas que j'ai oublié mon mot de passe' - the forgotten-password tool works but its mail never arrives: missing_noreply_mail, not password_reset.",
  fn="Élodie Chabrol", fa="elodie.chabrol@ac-limoges.fr", client="thunderbird",
  subj="Mot de passe : le mail n'arrive pas",
  body="""Bonjour,

Ce n'est pas vraiment que j'ai oublié mon mot de passe : je l'ai volontairement changé via « mot de passe oublié », comme conseillé dans votre aide. Le site affiche « un message vous a été envoyé », mais ce message n'arrive jamais. Essayé sur deux jours. Rien dans les indésirables.

École de Feytiat, UAI 0876167F.

Élodie Chabrol
""")

M("missing_noreply_mail", True, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Suspects 'le filtre de l'académie' but names no anti-spam product: missing_noreply_mail; region from ac-grenoble.fr.",
  fn="Patrice Girard", fa="patrice.girard@ac-grenoble.fr", client="zimbra",
  subj="notifications du portail",
  body="""Bonjour,

Depuis quelques semaines je ne reçois plus les notifications du portail documentaire (réservations des élèves, retards). Avant, elles arrivaient tous les lundis. Je me demande si le filtre de la messagerie académique ne les bloque pas. Que faut-il autoriser exactement ?

Cordialement,
P. Girard, directeur école élémentaire
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Municipal IT contractor: since the commune moved to Microsoft 365, five buyers no longer receive any mail from the no-reply address; asks for the sender details. No anti-spam product named.",
  fn="Bastien Roche", fa="b.roche@infogerance-roche.fr", client="outlook", fmt="alt",
  subj="Mails no-reply non reçus depuis migration M365 - Mairie de Lavaur-sur-Tarn", date="2025-04-30 15:10",
  body="""Bonjour,

Prestataire informatique de la mairie de Lavaur-sur-Tarn. Nous avons migré la messagerie de la commune vers Microsoft 365 le 22 avril. Depuis, les cinq agents qui utilisent votre Espace Acheteur ne reçoivent plus aucun mail automatique (validation de commande, nouveau mot de passe). Les autres mails externes arrivent normalement et je ne vois rien dans la quarantaine Exchange.

Pouvez-vous me communiquer :
- l'adresse exacte d'expédition (no-reply ?) ;
- les serveurs ou plages IP d'envoi, pour une règle de transport ?

Merci,
Bastien Roche
Roche Infogérance
""")

M("missing_noreply_mail", False, "0809629G", "hauts-de-france", "espace_acheteur", False, "fr",
  "Reply (Outlook 'De : / Envoyé :' quote) after the junk-folder answer: still nothing after 48 hours, asks for the region to take over. The template was already sent, so a person follows up.",
  fn="Isabelle Lefebvre", fa="isabelle.lefebvre@ac-amiens.fr", client="outlook", fmt="alt",
  subj="RE: [#SUP-007402] Mail de confirmation non reçu",
  irt="<SUP-007402.1744620000.33f1d2@assistance.example.fr>",
  body="""Bonjour,

J'ai fait tout ce qui était indiqué : indésirables, ajout de l'adresse no-reply aux contacts, attente. 48 heures plus tard, toujours rien. Merci de transmettre à la région comme vous l'indiquez, je n'ai pas d'autre piste.

Isabelle Lefebvre
École primaire Victor-Hugo, Abbeville - 0809629G

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 14 avril 2025 10:40
À : Lefebvre Isabelle <isabelle.lefebvre@ac-amiens.fr>
Objet : [#SUP-007402] Mail de confirmation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse d'envoi à vos expéditeurs autorisés. Sans nouvelle sous 48 heures, nous transmettrons votre demande à votre région.
L'équipe d'assistance
""", date="2025-04-16 14:12")

M("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the commune does NOT use it (the contractor checked): missing_noreply_mail, not mailinblack_spam.",
  fn="Service Scolaire", fa="scolaire@mairie-pont-sur-odet.fr", client="outlook", fmt="alt",
  subj="Toujours aucun mail de validation",
  body="""Bonjour,

Nous n'avons toujours pas reçu le mail permettant de valider notre compte acheteur. Votre page d'aide parle de MailInBlack : nous avons vérifié avec notre prestataire, la commune n'utilise pas MailInBlack ni aucun outil de ce genre, seulement le filtre de base de notre hébergeur, qui ne montre rien de bloqué.

Merci de nous dire si le mail est bien parti.

Le service scolaire
Mairie de Pont-sur-Odet
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "One line from a phone: still no activation mail. Espace Acheteur implied by the sign-up context ('compte acheteur').",
  fn="Gilles Perrot", fa="gilles.perrot71@outlook.fr", client="android",
  subj="activation",
  body="""toujours pas recu le mail d'activation du compte acheteur depuis samedi, merci de regarder

Obtenir Outlook pour Android
""")

M("missing_noreply_mail", True, None, "normandie", "espace_acheteur", False, "fr",
  "IEN secretary: as administrator of the circonscription's structure she never receives the 'account to validate' notifications. Region from ac-normandie.fr.",
  fn="Martine Hamelin", fa="martine.hamelin@ac-normandie.fr", client="outlook", fmt="alt",
  subj="Notifications de comptes à valider",
  body="""Bonjour,

Je suis secrétaire de la circonscription d'Évreux Nord et administratrice de notre structure sur l'Espace Acheteur (achats des formations et du matériel des RASED). Plusieurs directeurs m'ont dit s'être inscrits et attendre ma validation, mais je ne reçois aucune notification de votre part. Je ne vois leurs demandes qu'en allant moi-même sur le site.

Pouvez-vous vérifier pourquoi les mails ne me parviennent pas ?

Martine Hamelin
Secrétariat IEN Évreux Nord
""")

M("missing_noreply_mail", True, None, None, "ticket_portal", False, "en",
  "English; the ticket portal's confirmation mail (to set a password) never arrived.",
  fn="Aidan Murphy", fa="aidan.murphy@lycee-international-lyon.example.org", client="gmail",
  subj="No confirmation email from your ticket portal",
  body="""Hi,

I tried to register on your support ticket portal yesterday so I could follow up on my colleague's request. It says a confirmation email with a link to set my password is on its way, but nothing yet, spam folder included.

Could you resend it, or check that my address went through correctly?

Thanks,
Aidan
""")

M("missing_noreply_mail", True, "0543707L", "grand-est", "esidoc", False, "fr",
  "Subject 'Problème de connexion', body: the 12-hour activation mail for the customer account (first order for the school library) never came. Gmail sender, UAI in the body.",
  fn="Aurélie Thiriet", fa="aurelie.thiriet54@gmail.com", client="gmail",
  subj="Problème de connexion",
  body="""Bonjour,

J'écris depuis mon adresse personnelle car la boîte de l'école sature en ce moment.

Je suis directrice de l'école maternelle des Provinces à Laxou (0543707L). Pour notre toute première commande en ligne de livres pour la BCD, j'ai ouvert un compte client sur votre site. Le message disait qu'un mail d'activation arriverait dans les 12 heures. Cela fait deux jours, et rien, ni sur l'adresse de l'école ni sur celle-ci.

Merci de votre aide,
Aurélie Thiriet
""")

M("missing_noreply_mail", True, "0318742J", "occitanie", "esidoc", False, "fr",
  "Occitan greeting ('Adieu'); collège librarian never gets the new-password mail. No product named.",
  fn="Bernat Fabre", fa="bernat.fabre@ac-toulouse.fr", client="thunderbird",
  subj="Adieu - mail de nouveau mot de passe",
  body="""Adieu a totes e a totes,

Je suis professeur documentaliste au collège Pierre-de-Fermat (0318742J). Quand je demande un nouveau mot de passe pour l'administration du portail, le mail ne m'arrive jamais. J'ai ajouté l'adresse d'envoi à mes contacts comme le suggère votre aide, sans effet.

Mercés plan,
Bernat Fabre
""")

M("missing_noreply_mail", False, None, None, "espace_acheteur", True, "fr",
  "Two topics: confirmation mail never received (main, missing_noreply_mail) and a question on how the commune pays invoices (order_billing). No automatic answer covers both.",
  fn="Agnès Millet", fa="agnes.millet@mairie-villers-les-pots.fr", client="outlook", fmt="alt",
  subj="Confirmation de compte + question facturation",
  body="""Bonjour,

Je viens de m'inscrire sur l'Espace Acheteur pour la commune, et je n'ai pas reçu le mail de confirmation (vérifié dans les indésirables).

Autre question, pendant que je vous tiens : nos factures doivent-elles obligatoirement passer par Chorus Pro, ou pouvons-nous les recevoir par courrier comme avec nos autres fournisseurs ? Notre trésorerie me pose la question.

Bien cordialement,
Agnès Millet
Adjointe administrative
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English; a private bilingual school's buyer subscribed to offer alerts and never receives them. No anti-spam product named.",
  fn="Olivia Grant", fa="ograng@bilingual-school-montpellier.example.org", client="applemac",
  subj="Not receiving offer alerts",
  body="""Dear support team,

I ticked the box to be alerted when new offers are published in the buyer area, about a month ago. I haven't received a single alert, although my colleagues at other schools say they get them weekly. Nothing in junk either.

Could you check whether my subscription is recorded, and which address these alerts come from?

Best regards,
Olivia Grant
Bursar
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook message from a mairie: order-validation notifications from the no-reply address have stopped arriving. No product named.",
  fn="Corinne Bazin", fa="corinne.bazin@mairie-lesquielles.fr", client="outlook", fmt="html",
  subj="Plus de mails de validation de commande",
  body="""Bonjour,

Jusqu'en mars, je recevais un mail à chaque commande validée pour les écoles (fournitures, petit mobilier). Depuis environ un mois, plus rien, alors que les commandes passent bien. Je n'ai rien changé de mon côté, et je ne trouve rien dans le courrier indésirable.

Pourriez-vous regarder ?

Corinne Bazin
Mairie de Lesquielles - Affaires scolaires
""")
# ======================= mailinblack_spam (13)

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Municipal IT contractor: the commune has just installed MailInBlack and asks which senders to allow-list.",
  fn="Yannick Corre", fa="yannick@corre-informatique.fr", client="thunderbird",
  subj="Liste blanche MailInBlack pour vos envois",
  body="""Bonjour,

J'assure la maintenance informatique de plusieurs petites communes du Finistère. L'une d'elles vient de passer sous MailInBlack et la secrétaire ne reçoit plus vos mails de l'Espace Acheteur (ils restent en attente dans l'interface MailInBlack).

Quels domaines ou adresses dois-je ajouter en liste blanche pour que tout passe sans challenge ?

Merci,
Yannick Corre
Corre Informatique
""")

M("mailinblack_spam", True, "0221037H", "bretagne", "esidoc", False, "fr",
  "School office (ce.<UAI>@ac-rennes.fr); 'Mail In Black' quarantine holds the activation mail; UAI also in the body.",
  fn="École Jacques-Prévert", fa="ce.0221037H@ac-rennes.fr", client="thunderbird",
  subj="Mail d'activation bloqué",
  body="""Bonjour,

La mairie de Lannion a mis en place « Mail In Black » sur les boîtes des écoles. Je vois votre mail d'activation du portail dans la liste des messages en attente, mais quand je clique sur « débloquer » il ne se passe rien.

Comment faire pour le récupérer ? École Jacques-Prévert, 0221037H.

Merci !
La directrice, Morgane Le Calvez
""")

M("mailinblack_spam", False, None, None, "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described ('your senders must click a link to prove they are not robots') without naming MailInBlack: mailinblack_spam, but a person should confirm the product before sending the guide.",
  fn="Mairie de Courcelles-le-Haut", fa="accueil@courcelles-le-haut.fr", client="orange",
  subj="vos mails ne nous parviennent pas",
  body="""Bonjour,

Notre nouvel hébergeur de messagerie a mis en place une protection : quand quelqu'un nous écrit pour la première fois, il reçoit un message lui demandant de cliquer sur un lien pour prouver qu'il n'est pas un robot. Vos mails de l'Espace Acheteur (mot de passe, validation) n'arrivent jamais, je suppose parce que votre adresse d'envoi ne peut pas cliquer.

Que pouvons-nous faire ?

L'accueil de la mairie
""")

M("mailinblack_spam", True, "0924823T", "ile-de-france", "espace_acheteur", False, "en",
  "English; MailinBlack quarantine at the school holds the Espace Acheteur activation link.",
  fn="James Whitaker", fa="james.whitaker@ac-versailles.fr", client="outlook", fmt="alt",
  subj="Your emails stuck in Mailinblack quarantine",
  body="""Hello,

Our town hall put Mailinblack in front of the school mailboxes this spring. Your activation email for the buyer area is sitting in the Mailinblack quarantine and I have no rights to release it myself.

Is there a guide I can send to the town hall IT so that your messages get through?

Regards,
James Whitaker
Deputy head, international primary section (0924823T)
""")

M("mailinblack_spam", True, "0570936H", "grand-est", "espace_acheteur", False, "fr",
  "Outlook 'TR :' forward of the daily MailInBlack report: the forwarded part is machine text, the outer message is a real question from a directrice.",
  fn="Nathalie Hoffmann", fa="nathalie.hoffmann@ac-nancy-metz.fr", client="outlook", fmt="alt",
  subj="TR: Rapport quotidien - messages en attente",
  body="""Bonjour,

Je reçois tous les matins ce rapport. Vos messages y sont systématiquement. Je clique sur « autoriser », mais les suivants sont quand même bloqués. C'est normal ?

Nathalie Hoffmann
Directrice, école du Sablon, Metz - 0570936H

De : Mailinblack <rapport@protect.mailinblack.example>
Envoyé : mercredi 14 mai 2025 07:00
À : Hoffmann Nathalie <nathalie.hoffmann@ac-nancy-metz.fr>
Objet : Rapport quotidien - messages en attente

2 messages sont en attente de votre validation :
  no-reply@espace-acheteur.example.fr - Confirmez votre adresse - 13/05/2025 17:12 [Autoriser] [Bloquer]
  no-reply@espace-acheteur.example.fr - Votre commande a été validée - 13/05/2025 17:40 [Autoriser] [Bloquer]
Ce message est généré automatiquement.
""", date="2025-05-14 08:03")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Short, product misspelled 'mailinblac', typos; mairie sender.",
  fn="Josiane", fa="mairie.vaux@wanadoo.fr", client="orange",
  subj="bloqué par mailinblac",
  body="""bonjour les mail de votre site sont bloque par mailinblac chez nous, comment on les debloque ? on a pas de service informatique
merci
Josiane mairie de Vaux
""")

M("mailinblack_spam", True, "0855472L", "pays-de-la-loire", "esidoc", False, "fr",
  "Reply quoting the desk's junk-folder answer: the commune's IT now says MailInBlack is the cause, so the MailInBlack guide is the right answer.",
  fn="Florence Gendron", fa="florence.gendron@ac-nantes.fr", client="thunderbird",
  subj="Re: [#SUP-007733] Mail de mot de passe non reçu",
  irt="<SUP-007733.1746000000.0c9e42@assistance.example.fr>",
  body="""Bonjour,

Du nouveau : le service informatique de la communauté de communes m'explique que vos mails sont retenus par MailInBlack, installé en février sur toutes les écoles du secteur. Rien à voir avec mes indésirables donc. Avez-vous une procédure à leur transmettre ?

Florence Gendron - école de La Roche-sur-Yon Pont-Morineau (0855472L)

Le 30/04/2025 à 10:00, Assistance a écrit :
> Bonjour,
>
> Vérifiez votre dossier de courrier indésirable et autorisez notre adresse d'envoi.
> Sans nouvelle sous 48 heures, nous transmettrons votre demande à votre région.
>
> L'équipe d'assistance
""", date="2025-05-02 11:26")

M("mailinblack_spam", False, "0579194J", "grand-est", "espace_acheteur", True, "fr",
  "Two topics: activation mail held by MailInBlack (main) and a change of structure administrator the directeur asks in writing (head_of_establishment_request). Needs a person.",
  fn="Éric Muller", fa="ce.0579194J@ac-nancy-metz.fr", client="thunderbird",
  subj="MailInBlack + changement d'administrateur",
  body="""Bonjour,

Deux choses :

- Les mails de l'Espace Acheteur sont bloqués par MailInBlack (installé par la commune). J'aimerais la marche à suivre pour les débloquer.
- En tant que directeur, je souhaite que Mme Ferry, adjointe, devienne administratrice de notre structure à ma place à partir de septembre, je pars en retraite.

Éric Muller
Directeur, école élémentaire de Thionville-Centre
""")

M("mailinblack_spam", True, "0543974B", "grand-est", "esidoc", True, "fr",
  "Subject only says 'Spam' (could be junk folder); the body names Mailinblack holding the new-password mail. UAI written with spaces ('0543 974 B').",
  fn="Marie Collin", fa="marie.collin@ac-nancy-metz.fr", client="zimbra",
  subj="Spam",
  body="""Bonjour,

Le mail de nouveau mot de passe du portail est arrivé dans la quarantaine Mailinblack de l'école, et quand je l'ai enfin libéré le lien avait expiré. Je suppose qu'il faut que votre adresse soit autorisée une bonne fois pour toutes ?

École Jules-Ferry de Vandœuvre, UAI 0543 974 B.

Marie Collin
""")

M("mailinblack_spam", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
  "ERUN: several schools of the circonscription sit behind the town's Mailinblack; asks for the allow-list guide. Region from ac-lille.fr.",
  fn="Vincent Delattre", fa="vincent.delattre@ac-lille.fr", client="thunderbird",
  subj="Écoles de la circonscription et Mailinblack",
  body="""Bonjour,

Conseiller pédagogique numérique sur la circonscription de Roubaix Est. La ville a déployé Mailinblack sur les adresses de ses écoles et trois directrices m'ont signalé que les mails de l'Espace Acheteur restaient bloqués.

Auriez-vous un guide ou la liste des expéditeurs à autoriser ? Je ferai suivre au service informatique de la ville.

Vincent Delattre
CPC numérique
""")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook mail, 'MAILINBLACK' in capitals; périscolaire coordinator cannot release the held messages.",
  fn="Stéphanie Aubert", fa="s.aubert@agglo-val-de-saone.fr", client="outlook", fmt="html",
  subj="Messages retenus",
  body="""Bonjour,

Je coordonne le périscolaire de l'agglomération et je dois passer des commandes sur votre Espace Acheteur. Tous vos messages restent retenus par MAILINBLACK, et je n'ai pas les droits pour les débloquer moi-même.

Que dois-je demander à notre DSI ?

Stéphanie Aubert
""")

M("mailinblack_spam", True, "9712091W", "guadeloupe", "espace_acheteur", False, "fr",
  "Checked junk folder too, but 'Mailinblack Protect' quarantine is named: mailinblack_spam. Guadeloupe time zone.",
  fn="Rosette Lacroix", fa="rosette.lacroix@ac-guadeloupe.fr", client="outlook", fmt="alt",
  subj="Mails bloqués - école de Baie-Mahault",
  body="""Bonjour,

J'ai regardé les indésirables comme vous le conseillez, rien. En fait nos mails passent par Mailinblack Protect depuis le mois dernier et c'est là que je retrouve vos messages, en quarantaine.

Comment les faire passer directement ?
École primaire de Baie-Mahault, 9712091W.

Rosette Lacroix
""")

M("mailinblack_spam", True, "0356343E", "bretagne", "espace_acheteur", False, "fr",
  "Breton greeting ('Demat'); the collège gestionnaire says MailInBlack challenges the platform's sender.",
  fn="Yann Le Roux", fa="yann.le-roux@ac-rennes.fr", client="thunderbird",
  subj="Demat - vos messages et MailInBlack",
  body="""Demat,

Au collège (0356343E), la messagerie passe par MailInBlack. Vos mails de l'Espace Acheteur reçoivent la demande d'authentification de l'expéditeur, qui évidemment reste sans réponse, et ils ne nous arrivent jamais.

Pouvez-vous nous indiquer les adresses à mettre en liste blanche ?

Trugarez,
Yann Le Roux
Gestionnaire
""")
# ======================= head_of_establishment_request (14)

M("head_of_establishment_request", False, "0297923E", "bretagne", "esidoc", False, "fr",
  "A directrice d'école, from the school's ce.<UAI> address, asks in writing to replace the BCD portal's contact address with the school's address.",
  fn="École publique de Plouguerneau", fa="ce.0297923E@ac-rennes.fr", client="thunderbird",
  subj="Changement d'adresse de contact du portail BCD",
  body="""Bonjour,

En ma qualité de directrice de l'école publique du Grouanec (0297923E), je vous demande de remplacer l'adresse de contact du compte administrateur de notre portail documentaire. Elle est actuellement celle d'une collègue partie en septembre dernier. Merci d'y mettre l'adresse de l'école, celle depuis laquelle je vous écris.

Bien cordialement,

Soazig Pellen
Directrice
""")

M("head_of_establishment_request", False, "0748168B", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "The directeur, from the ce.<UAI> address, designates the new BCD teacher as administrator of the portal in place of the former one.",
  fn="Direction école des Marquisats", fa="ce.0748168B@ac-grenoble.fr", client="zimbra",
  subj="Nouvel administrateur du portail de l'école",
  body="""Bonjour,

Je soussigné Laurent Favre, directeur de l'école élémentaire des Marquisats à Annecy (0748168B), désigne Mme Claire Jacquier, enseignante de CM2, comme administratrice de notre portail documentaire, en remplacement de M. Rey qui a quitté l'école. Merci de supprimer l'accès de M. Rey.

Adresse de Mme Jacquier : claire.jacquier@ac-grenoble.fr

Laurent Favre
""")

M("head_of_establishment_request", False, "0932453L", "ile-de-france", "esidoc", False, "fr",
  "HTML-only Outlook letter: the principal asks for an admin password reset of the CDI portal so that the departed librarian loses access, link to the collège's official address.",
  fn="Principal collège Paul-Éluard", fa="ce.0932453L@ac-creteil.fr", client="outlook", fmt="html",
  subj="Demande de réinitialisation - compte administrateur CDI",
  body="""Madame, Monsieur,

Notre professeure documentaliste a quitté l'établissement le 31 mars. Je vous demande de réinitialiser le mot de passe du compte administrateur de notre portail, afin qu'elle n'y ait plus accès, et d'envoyer le lien à l'adresse officielle du collège.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Karim Benali
Principal du collège Paul-Éluard, Montreuil
UAI 0932453L
""")

M("head_of_establishment_request", False, "0637758R", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Reply (Zimbra 'Mail original' quote) in which the directeur gives the written request the desk asked for after the teacher's reset request.",
  fn="Olivier Chassagne", fa="ce.0637758R@ac-clermont.fr", client="zimbra",
  subj="Re: [#SUP-007590] Demande du directeur nécessaire",
  irt="<SUP-007590.1745300000.9ad0e1@assistance.example.fr>",
  body="""Bonjour,

Je confirme par la présente, en tant que directeur de l'école Jean-Zay de Riom (0637758R), la demande de Mme Vernet : merci de réinitialiser le mot de passe du compte d'administration du portail et d'envoyer le lien sur l'adresse de l'école.

O. Chassagne

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Ecole Jean Zay" <ce.0637758R@ac-clermont.fr>
Envoyé: Mardi 22 Avril 2025 09:33:20
Objet: [#SUP-007590] Demande du directeur nécessaire

Bonjour,

Pour réinitialiser le compte d'administration, nous avons besoin d'une demande écrite du directeur ou de la directrice de l'école, envoyée depuis l'adresse officielle.

L'équipe d'assistance
""", date="2025-04-22 17:58")

M("head_of_establishment_request", False, "0452210H", "centre-val-de-loire", "esidoc", False, "fr",
  "The directrice confirms from her phone (Apple quote style) her teacher's request for a reset; personal académie address, not the ce. one.",
  fn="Christelle Moreau", fa="christelle.moreau3@ac-orleans-tours.fr", client="apple",
  subj="Re: accès portail BCD",
  body="""Bonjour, je suis la directrice de l'école et je confirme la demande de Justine ci-dessous : vous pouvez réinitialiser l'accès.
Bonne journée
C. Moreau

Envoyé de mon iPhone

> Le 5 mai 2025 à 08:12, Justine Royer <justine.royer@ac-orleans-tours.fr> a écrit :
>
> Bonjour,
> Je gère la BCD de l'école Charles-Péguy d'Orléans (0452210H) et je n'ai plus accès au portail. Vous m'avez répondu qu'il fallait l'accord écrit de la directrice, je la mets en copie.
> Justine Royer
""", date="2025-05-05 12:40")

M("head_of_establishment_request", False, "0945004D", "ile-de-france", None, True, "fr",
  "Claims to be the directeur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address; asks to move both admin accounts to that address. Probable spoof: still a head-of-establishment request for the queue, where staff should refuse it. Two products named, so no platform.",
  fn="Direction école Anatole-France", fa="ce.0945004D@ac-creteil.fr", auth="fail", client="none",
  reply_to="direction.anatole.france94@gmail.com",
  subj="URGENT changement adresse administrateur",
  body="""Bonjour,

Je suis le directeur de l'école Anatole-France (0945004D). Merci de modifier immédiatement l'adresse de contact de nos comptes administrateur sur le portail documentaire et sur l'Espace Acheteur, et de la remplacer par direction.anatole.france94@gmail.com. Notre messagerie académique est en panne.

Merci de faire vite, c'est urgent.

Le directeur
""")

M("head_of_establishment_request", False, "0924721G", "ile-de-france", "espace_acheteur", False, "en",
  "English; the head of a public international primary school names a new structure administrator on the Espace Acheteur and asks to close the former one's access.",
  fn="Catherine Doyle", fa="ce.0924721G@ac-versailles.fr", client="outlook", fmt="alt",
  subj="New administrator for our buyer account", date="2025-05-19 11:30",
  body="""Dear support team,

As head of the Lycée-École internationale primary site in Rueil (UAI 0924721G), I would like Mr Thomas Garnier, our new business manager, to become the administrator of our structure on the Espace Acheteur from 1 June. Please remove the administrator rights of Mrs Lina Haddad, who has left the school.

Thomas's address: thomas.garnier@ac-versailles.fr

Yours sincerely,
Catherine Doyle
Head of School
""")

M("head_of_establishment_request", False, None, None, "esidoc", True, "fr",
  "A nursery-school directrice gives her agreement to a reset from a personal Gmail address, without UAI: weak evidence, staff must verify.",
  fn="Sabine Roux", fa="sabine.roux.ecole@gmail.com", client="gmail",
  subj="accord pour le mot de passe du portail",
  body="""Bonjour,

Je suis directrice de l'école maternelle Les Coquelicots et je donne mon accord pour que le mot de passe de notre portail de bibliothèque soit réinitialisé, comme l'a demandé Mme Perret la semaine dernière. Je vous écris de chez moi, la messagerie de l'école ne fonctionne pas sur mon ordinateur personnel.

Merci,
Sabine Roux
""")

M("head_of_establishment_request", False, "0303186A", "occitanie", "espace_acheteur", False, "fr",
  "The directrice authorises in writing the commune's agent to validate an order for the school and attaches the signed authorisation (PDF).",
  fn="École Marie-Curie Nîmes", fa="ce.0303186A@ac-montpellier.fr", client="thunderbird",
  att=[("autorisation_validation_commande.pdf", "application/pdf", None)],
  subj="Autorisation de validation de commande",
  body="""Bonjour,

Je soussignée Fatima Ouali, directrice de l'école élémentaire Marie-Curie de Nîmes (0303186A), autorise M. Denis Arnaud, agent du service des affaires scolaires de la ville, à valider en notre nom la commande de mobilier de la BCD en cours sur l'Espace Acheteur.

Vous trouverez l'autorisation signée en pièce jointe.

Fatima Ouali
""")

M("head_of_establishment_request", False, "0139309Y", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "The body gives 0139309T (wrong check letter) but the sender ce.0139309Y@ac-aix-marseille.fr carries the valid UAI, which is the label. The directeur asks for the admin contact to be changed.",
  fn="Direction école des Chartreux", fa="ce.0139309Y@ac-aix-marseille.fr", client="thunderbird",
  subj="Compte administrateur de la BCD",
  body="""Bonjour,

Directeur de l'école des Chartreux à Marseille (UAI 0139309T), je vous demande de transférer le compte administrateur de notre portail de BCD à Mme Aïcha Benyahia, qui remplace M. Costa depuis la rentrée de janvier, et de changer l'adresse de contact en conséquence : aicha.benyahia@ac-aix-marseille.fr.

Cordialement,
Serge Pastorelli
""")

M("head_of_establishment_request", False, "0649894G", "nouvelle-aquitaine", "esidoc", True, "fr",
  "An IEN (the directeurs' line manager, not the head herself) writes in the absence of a directrice on sick leave to authorise a reset for a school of her circonscription. Still a written authorisation of the kind the taxonomy routes to staff approval; they must judge whether it is acceptable.",
  fn="Inspection circonscription Bayonne Nord", fa="ien.bayonne-nord@ac-bordeaux.fr", client="outlook", fmt="alt",
  subj="École de Mouguerre - accès administrateur portail",
  body="""Bonjour,

La directrice de l'école de Mouguerre (0649894G) est en arrêt de longue durée et l'école n'a plus accès à l'administration de son portail documentaire. En l'absence de la directrice et dans l'attente d'une nomination, j'autorise la réinitialisation de ce compte et sa réattribution à Mme Iriarte, adjointe faisant fonction (maite.iriarte@ac-bordeaux.fr).

Pour l'inspectrice de l'Éducation nationale, et par délégation,
Nicole Etcheverry, secrétaire de circonscription
""")

M("head_of_establishment_request", False, "0331234M", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The proviseur names a new structure administrator on the Espace Acheteur and asks to remove the former one; sent from the ce.<UAI> address.",
  fn="Proviseur lycée Montaigne", fa="ce.0331234M@ac-bordeaux.fr", client="outlook", fmt="alt",
  subj="Désignation d'un nouvel administrateur", date="2025-05-06 09:00",
  body="""Madame, Monsieur,

Je vous informe que M. Rodolphe Blanc, adjoint gestionnaire arrivé le 1er avril, devient l'administrateur de la structure du lycée (0331234M) sur l'Espace Acheteur. Je vous remercie de retirer ce rôle à Mme Duprat, qui a été mutée.

Le proviseur,
Hervé Lagarde
""")

M("head_of_establishment_request", False, "0212618G", "bourgogne-franche-comte", "esidoc", True, "fr",
  "Gmail 'Fwd:' of the BCD teacher's request, with the directrice's own line 'je valide' on top; sent from the school's ce. address written in lower case (ce.0212618g@ac-dijon.fr). The head's written approval.",
  fn="Ecole Jean-Jaurès", fa="ce.0212618g@ac-dijon.fr", client="gmail",
  subj="Fwd: mot de passe de la BCD",
  body="""Bonjour,
Je valide la demande de ma collègue ci-dessous, en tant que directrice de l'école. Le lien peut être envoyé sur cette adresse.
Mme Garnier

---------- Forwarded message ---------
De : Lise Poulain <lise.poulain@ac-dijon.fr>
Date: mar. 13 mai 2025 à 17:02
Subject: mot de passe de la BCD
To: Ecole Jean-Jaurès <ce.0212618g@ac-dijon.fr>

Coucou Martine, je n'ai plus le mot de passe du portail de la BCD et l'assistance dit qu'il faut une demande de ta part. Tu peux leur écrire ? Merci !! Lise
""", date="2025-05-14 07:55")

M("head_of_establishment_request", False, "6200938A", "corse", "esidoc", False, "fr",
  "The principal of a Corse-du-Sud collège (prefix 620) asks for the CDI portal's contact address to be changed and a reset link sent to the official address.",
  fn="Collège de Porto-Vecchio", fa="ce.6200938A@ac-corse.fr", client="thunderbird",
  subj="Modification du contact administrateur - CDI",
  body="""Bonjour,

Principal du collège (6200938A), je vous demande :
- de remplacer l'adresse de contact du compte administrateur du portail du CDI par l'adresse officielle du collège ;
- de procéder ensuite à une réinitialisation du mot de passe, avec envoi du lien sur cette même adresse.

Notre professeur documentaliste change à la rentrée et nous voulons repartir sur une base propre.

Paul-Antoine Susini
Principal
""")
# ======================= account_creation (10)

M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "Mairie agent asks how to create a buyer account for the commune: the sign-up answer fits.",
  fn="Romain Texier", fa="r.texier@mairie-belleville-sur-vie.fr", client="outlook", fmt="alt",
  subj="Création d'un compte pour la commune",
  body="""Bonjour,

La commune souhaite passer par vos marchés pour équiper ses trois écoles en tablettes et en mobilier de bibliothèque. Comment créer un compte acheteur ? Faut-il un document particulier (délibération, SIRET) ?

Cordialement,
Romain Texier
Responsable des services techniques
""")

M("account_creation", True, "0502988B", "normandie", "espace_acheteur", False, "fr",
  "Filled the sign-up form, cannot log in: account waiting for the structure administrator's validation (FAQ case).",
  fn="Damien Lecoq", fa="damien.lecoq@ac-normandie.fr", client="thunderbird",
  subj="Compte en attente de validation ?",
  body="""Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur il y a une semaine pour l'école de Saint-Lô Le Bois-Ardent (0502988B). Quand j'essaie de me connecter, on me dit que le compte est « en attente de validation ». Qui doit le valider ? Moi je suis le directeur, je pensais être le premier.

Damien Lecoq
""")

M("account_creation", False, None, None, "espace_acheteur", False, "fr",
  "Asks who the commune's structure administrator is: needs a look-up by a person.",
  fn="Mélanie Picard", fa="melanie.picard@mairie-sainte-colombe.fr", client="orange",
  subj="Qui est notre administrateur ?",
  body="""Bonjour,

Pour valider mon inscription, il faut l'accord de « l'administrateur de la structure ». Personne à la mairie ne sait qui c'est : l'ancien DGS peut-être ? Pouvez-vous me dire quel nom ou quelle adresse figure chez vous pour la commune de Sainte-Colombe ?

Merci
Mélanie Picard
""")

M("account_creation", True, "0726250C", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account and wants to create one: account_creation, not password_reset.",
  fn="Laure Bellanger", fa="laure.bellanger@ac-nantes.fr", client="zimbra",
  subj="Mot de passe ?",
  body="""Bonjour,

Votre page de connexion me propose de récupérer mon mot de passe, mais je n'ai pas perdu de mot de passe : je n'ai jamais eu de compte ! Je viens d'être nommée directrice de l'école de Sablé-sur-Sarthe (0726250C) et je voudrais simplement créer mon accès acheteur. Où se trouve l'inscription ?

Laure Bellanger
""")

M("account_creation", False, None, None, "espace_acheteur", False, "en",
  "English; his account works, he asks for order-management rights: a person must open them.",
  fn="Peter Novak", fa="peter.novak@ecole-europeenne-manosque.example.org", client="gmail",
  subj="Rights to place orders",
  body="""Hello,

I can log in to the buyer area without any problem, but the "Order" button is greyed out and a tooltip says I lack the rights. I'm the new purchasing assistant for our primary and secondary sites. Could you give me order rights, or tell me who should?

Thanks,
Peter Novak
""")

M("account_creation", False, "9738125U", "guyane", "esidoc", False, "fr",
  "The school's UAI is not in the list when opening the customer account: the FAQ sends these to the sales team, a person answers. Guyane time zone.",
  fn="Marie-Josée Horth", fa="marie-josee.horth@ac-guyane.fr", client="outlook", fmt="alt",
  subj="UAI introuvable à l'inscription",
  body="""Bonjour,

Je veux ouvrir un compte client pour commander le portail documentaire de notre école, ouverte en septembre à Matoury. Quand je tape notre UAI, 9738125U, le formulaire dit « établissement inconnu ». L'école est toute neuve, est-ce pour cela ?

Marie-Josée Horth, directrice
""")

M("account_creation", False, None, None, "espace_acheteur", False, "fr",
  "Périscolaire coordinator asks whether she may have her own buyer account, separate from the mairie's: eligibility question for a person.",
  fn="Nadia Khelifi", fa="n.khelifi@centre-social-les-cigales.fr", client="thunderbird",
  subj="Un compte à mon nom ?",
  body="""Bonjour,

Je suis coordinatrice de l'accueil de loisirs et du périscolaire, employée par le centre social qui a la délégation de la commune. Pour l'instant nous passons par le compte de la mairie et c'est lourd (il faut à chaque fois demander à quelqu'un de se connecter). Le centre social peut-il avoir son propre compte, ou moi à mon nom rattaché à la commune ?

Merci beaucoup,
Nadia Khelifi
""")

M("account_creation", False, None, "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Account waiting for validation for three weeks; the structure administrator has retired, so the region must step in. Region from ac-poitiers.fr.",
  fn="Jean-Marc Gaillard", fa="jean-marc.gaillard@ac-poitiers.fr", client="thunderbird",
  subj="Validation du compte bloquée depuis 3 semaines",
  body="""Bonjour,

Mon inscription sur l'Espace Acheteur attend toujours d'être validée, trois semaines après. J'ai compris que c'est l'administrateur de la structure qui valide : or c'est l'ancienne directrice, partie à la retraite en février, et son adresse n'existe plus.

Qui peut débloquer la situation ?

Jean-Marc Gaillard
Directeur, école de Chauvigny
""")

M("account_creation", True, None, None, "espace_acheteur", False, "en",
  "English, two lines from a phone: how do I create an account.",
  fn="Hannah Berg", fa="hannah.berg@outlook.com", client="apple",
  subj="New account",
  body="""Hi, how do I create a buyer account for our small school? Can't find the sign-up page.
Thanks, Hannah

Sent from my iPhone
""")

M("account_creation", False, None, "hauts-de-france", "espace_acheteur", True, "fr",
  "ERUN asks for accounts for twelve schools at once (bulk creation): not the single sign-up answer, a person handles it. Region from ac-amiens.fr.",
  fn="Sébastien Caron", fa="sebastien.caron@ac-amiens.fr", client="outlook", fmt="alt",
  att=[("liste_ecoles_circonscription.csv", "text/csv",
        "ecole;commune;directeur;courriel\nEcole du Centre;Ham;M. Petit;direction.ham@ac-amiens.fr\nEcole Jules-Verne;Nesle;Mme Roy;...\n".encode())],
  subj="Création de comptes pour 12 écoles",
  body="""Bonjour,

ERUN de la circonscription de Péronne. Dans le cadre du plan numérique de la communauté de communes, douze écoles vont commander des classes mobiles sur l'Espace Acheteur. Pour gagner du temps, est-il possible de créer les douze comptes à partir de la liste jointe, plutôt que chaque directeur remplisse le formulaire ?

Sébastien Caron
""")

# ======================= subscription_activation (10)

M("subscription_activation", True, "0603964H", "hauts-de-france", "esidoc", False, "fr",
  "Press resource for the school library ordered yesterday, not visible yet: within the 72-hour window.",
  fn="Claire Dumont", fa="claire.dumont@ac-amiens.fr", client="thunderbird",
  subj="Abonnement presse jeunesse pas encore visible",
  body="""Bonjour,

Nous avons commandé hier l'abonnement numérique aux magazines jeunesse pour la BCD de l'école de Compiègne-Royallieu (0603964H). Je ne le vois pas encore dans nos ressources. Faut-il attendre, ou ai-je oublié une étape ?

Claire Dumont
""")

M("subscription_activation", False, "0178976P", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Ordered two weeks ago, still not active: past the 72-hour rule, a person must check the order.",
  fn="Bruno Fleury", fa="bruno.fleury@ac-poitiers.fr", client="outlook", fmt="alt",
  subj="Ressource toujours pas activée",
  body="""Bonjour,

La ressource encyclopédique commandée le 28 avril pour l'école de La Rochelle Mireuil (0178976P) n'apparaît toujours pas dans notre portail, deux semaines plus tard. La commande est marquée « validée » dans notre espace. Pouvez-vous vérifier ?

Bruno Fleury
""", date="2025-05-12 10:05")

M("subscription_activation", True, "0652685R", "occitanie", "esidoc", False, "fr",
  "How to publish the new resource on the BCD portal so the pupils see it (publication step).",
  fn="Audrey Laporte", fa="audrey.laporte@ac-toulouse.fr", client="thunderbird",
  subj="Comment publier la ressource pour les élèves ?",
  body="""Bonjour,

Notre abonnement aux livres numériques est bien actif, je le vois côté gestion. Mais les élèves ne le voient pas sur le portail. J'imagine qu'il faut le « publier » quelque part ? Je ne trouve pas où.

École de Tarbes Jean-Jaurès, 0652685R.

Merci !
Audrey Laporte
""")

M("subscription_activation", True, "0849592V", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Negation: 'ce n'est pas un problème de mot de passe', login works; the resource is not shown to the classes: subscription_activation.",
  fn="Sophie Garcin", fa="sophie.garcin@ac-aix-marseille.fr", client="gmail",
  subj="Pas un problème de mot de passe !",
  body="""Bonjour,

Votre collègue au téléphone m'a parlé de réinitialiser mon mot de passe, mais ce n'est pas un problème de mot de passe : je me connecte très bien. C'est la ressource audio de contes, commandée lundi, qui n'apparaît pas pour les classes.

École d'Avignon Saint-Ruf, 0849592V.

Sophie Garcin
""")

M("subscription_activation", True, "0756050U", "ile-de-france", "esidoc", False, "en",
  "English; the renewed subscription still shows as expired, renewal ordered the day before.",
  fn="Michael Bennett", fa="michael.bennett@ac-paris.fr", client="outlook", fmt="alt",
  subj="Renewed subscription still shows expired",
  body="""Hello,

We renewed our subscription to the English reading platform yesterday (order confirmed), but the library portal still shows it as "expired" and the pupils can't open it. Is there a delay before it switches over?

School UAI: 0756050U.

Thanks a lot,
Michael Bennett
""")

M("subscription_activation", True, "0100030D", "grand-est", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the ordered resource will be available: not a head-of-establishment request.",
  fn="Principal collège Marie-Curie", fa="ce.0100030D@ac-reims.fr", client="outlook", fmt="alt",
  subj="Disponibilité de la ressource commandée",
  body="""Bonjour,

Le collège (0100030D) a passé commande avant-hier de la ressource de presse en ligne pour le CDI. En tant que principal, j'aimerais pouvoir annoncer aux équipes la date à laquelle elle sera accessible. Pouvez-vous me l'indiquer ?

Cordialement,
Alain Thomas, principal
""")

M("subscription_activation", True, "0888314J", "grand-est", "esidoc", True, "fr",
  "Subject says 'Facture' but the body is about activation: the invoice arrived before the resource, ordered two days ago. Within 72 hours.",
  fn="Christophe Vautrin", fa="christophe.vautrin@ac-nancy-metz.fr", client="thunderbird",
  subj="Facture reçue",
  body="""Bonjour,

Nous avons bien reçu la facture, aucun souci de ce côté. Par contre la ressource elle-même (abonnement BD numériques, commande d'avant-hier) n'est pas encore dans notre portail. Est-ce que c'est normal à ce stade ?

Christophe Vautrin, école d'Épinal Saint-Laurent, 0888314J
""")

M("subscription_activation", True, "0400113F", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Screenshot of an empty resources block attached; ordered this morning.",
  fn="Céline Darrigrand", fa="celine.darrigrand@ac-bordeaux.fr", client="outlook", fmt="alt",
  att=[("capture_ressources.png", "image/png", PNG_1PX)],
  subj="Bloc ressources vide",
  body="""Bonjour,

Commande passée ce matin pour l'abonnement de la BCD (école de Mont-de-Marsan Carboué, 0400113F). Je joins une capture : le bloc « ressources » de notre portail est toujours vide. Je préfère demander avant de m'inquiéter pour rien.

Céline Darrigrand
""")

M("subscription_activation", True, "0243506F", "nouvelle-aquitaine", "esidoc", False, "en",
  "English, short phone message from an English-speaking teacher: please activate the subscription ordered yesterday.",
  fn="Tom Fairbanks", fa="tom.fairbanks@ac-bordeaux.fr", client="apple",
  subj="Subscription",
  body="""Hi - could you activate our new e-book subscription? Ordered yesterday for school 0243506F (Bergerac). Thank you!
Tom

Sent from my iPhone
""")

M("subscription_activation", True, "0520155L", "grand-est", "esidoc", True, "fr",
  "Reply whose quoted history is about a quote (order_billing), but the new text asks where the subscription is, ordered 36 hours ago: subscription_activation, within 72 hours.",
  fn="Pascale Henry", fa="pascale.henry@ac-reims.fr", client="thunderbird",
  subj="Re: [#SUP-007811] Devis abonnement BCD",
  irt="<SUP-007811.1746400000.55aa10@assistance.example.fr>",
  body="""Bonjour,

Merci pour le devis, la mairie l'a accepté et j'ai passé la commande avant-hier soir. Mais je ne vois pas encore l'abonnement dans le portail de l'école (Chaumont Cavalier, 0520155L). Combien de temps faut-il compter ?

Pascale Henry

Le 05/05/2025 à 14:10, Assistance a écrit :
> Bonjour,
>
> Veuillez trouver ci-joint le devis demandé pour l'abonnement annuel.
>
> Cordialement,
> L'équipe d'assistance
""", date="2025-05-15 08:30")
# ======================= order_billing (10)

M("order_billing", False, None, None, "esidoc", False, "fr",
  "Mairie asks for a formal quote for the library portal of its three schools, for the budget vote.",
  fn="Service Finances", fa="finances@mairie-la-chapelle-aux-pres.fr", client="outlook", fmt="alt",
  subj="Demande de devis - portail documentaire 3 écoles", date="2025-05-13 10:44",
  body="""Bonjour,

Le conseil municipal examinera le budget supplémentaire le 12 juin. Pourriez-vous nous adresser un devis pour l'abonnement au portail documentaire pour nos trois écoles (maternelle, élémentaire du Bourg, élémentaire des Prés), sur une année scolaire ?

Le devis doit être libellé au nom de la commune.

Cordialement,
Le service Finances
""")

M("order_billing", False, None, None, "esidoc", False, "fr",
  "Commune's finance officer: the invoice for the schools' subscription is not on Chorus Pro two months after the order.",
  fn="Patrick Lemoine", fa="p.lemoine@ville-saint-hilaire.fr", client="thunderbird",
  subj="Facture absente de Chorus Pro",
  body="""Bonjour,

Nous avons validé en mars la commande des abonnements de BCD pour les écoles de la ville. À ce jour, aucune facture n'a été déposée sur Chorus Pro, et notre trésorier ne peut pas payer sans elle. Notre SIRET est bien renseigné dans la commande.

Pouvez-vous vérifier ?

Patrick Lemoine
Service des finances
""")

M("order_billing", False, None, None, "esidoc", False, "fr",
  "Directrice asks where to attach the commune's bon de commande / bon d'engagement when ordering; step by step description.",
  fn="Emmanuelle Robin", fa="emmanuelle.robin@gmail.com", client="gmail",
  subj="Bon d'engagement de la mairie",
  body="""Bonjour,

Je prépare la commande de l'abonnement pour la bibliothèque de l'école. La mairie m'a remis un bon d'engagement signé, avec un numéro. Voici ce que j'ai fait :
1. j'ai rempli le panier ;
2. à l'étape « validation », on me demande un « justificatif » ;
3. je joins le PDF du bon, et le site répond « fichier trop volumineux » (il fait 6 Mo, c'est un scan).

Dois-je l'envoyer autrement ? Par mail à vous ?

Emmanuelle Robin, directrice école de Saint-Mars
""")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "The basket prepared before the holidays has disappeared (baskets are kept for a limited time).",
  fn="Agathe Mercier", fa="agathe.mercier@mairie-roquevaire.fr", client="outlook", fmt="alt",
  subj="Panier disparu",
  body="""Bonjour,

Avant les vacances de printemps j'avais préparé un panier complet pour l'équipement de la classe de CP (tables, chaises, tapis). En revenant, le panier est vide ! Il y avait une trentaine de lignes. Est-il possible de le récupérer ?

Agathe Mercier
Mairie - service des affaires scolaires
""")

M("order_billing", False, None, None, "esidoc", False, "en",
  "English; the invoice is addressed to the school, it must go to the town council that pays.",
  fn="Fiona McLeod", fa="fiona.mcleod@ecole-bilingue-pau.example.org", client="outlook", fmt="alt",
  subj="Invoice addressed to the wrong entity",
  body="""Hello,

We received the invoice for our library portal subscription, but it is made out to the school. In our case the town council (Mairie) pays, so the invoice must be addressed to them, with their SIRET, otherwise their accounts department will reject it.

Could you reissue it? I can send you the council's details.

Best wishes,
Fiona McLeod
School administrator
""")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Asks whether the commune may pay by mandat administratif and for the bank details (RIB).",
  fn="Trésorerie Mairie", fa="compta@mairie-le-vernet.fr", client="thunderbird",
  subj="Mode de paiement et RIB",
  body="""Bonjour,

Nous venons de passer notre première commande pour les écoles. Nous payons habituellement par mandat administratif. Est-ce accepté ? Si oui, merci de nous transmettre votre RIB pour l'enregistrer comme tiers.

Cordialement,
Le service comptabilité
""")

M("order_billing", False, "0024922P", "hauts-de-france", "esidoc", False, "fr",
  "Invoice received twice (same number, two mails); asks to cancel the duplicate.",
  fn="Annick Lefort", fa="annick.lefort@ac-amiens.fr", client="thunderbird",
  subj="Facture en double",
  body="""Bonjour,

Nous avons reçu deux fois la facture FA-2025-04417 (une le 2 mai, une le 6), pour l'école de Saint-Quentin Europe (0024922P). Je suppose que c'est la même, mais notre mairie veut être sûre qu'il n'y a qu'une somme à payer. Pouvez-vous confirmer et annuler le doublon ?

Annick Lefort, directrice
""")

M("order_billing", False, "0132032N", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "HTML-only Outlook: the invoice amount differs from the quote signed by the mairie.",
  fn="Jacqueline Ferrand", fa="jacqueline.ferrand@ac-aix-marseille.fr", client="outlook", fmt="html",
  subj="Montant de la facture différent du devis",
  body="""Bonjour,

Le devis accepté par la mairie pour l'abonnement de la BCD (école d'Aubagne Les Passons, 0132032N) était de 189,00 € TTC. La facture reçue hier indique 229,00 € TTC. La mairie refuse de payer la différence sans explication.

Pouvez-vous corriger la facture ou nous expliquer l'écart ?

Jacqueline Ferrand
""")

M("order_billing", False, None, None, "espace_acheteur", True, "fr",
  "Two topics: order validation fails with an error (main, order_billing) and the market's CCAP cannot be found (contract_documents).",
  fn="Olivier Baudry", fa="olivier.baudry@mairie-val-d-ance.fr", client="outlook", fmt="alt",
  subj="Validation commande impossible (et CCAP)",
  body="""Bonjour,

Quand je clique sur « valider la commande » (mobilier pour la nouvelle BCD de l'école), la page affiche :

  Une erreur est survenue lors de la validation de votre commande.
  Code : VAL-409. Veuillez réessayer ultérieurement.

J'ai réessayé hier et aujourd'hui, même message.

Par ailleurs, je ne retrouve pas le CCAP du marché mobilier scolaire dans la fiche du marché, le conseil m'a demandé de le lire avant la commande.

Olivier Baudry
Directeur général des services
""")

M("order_billing", False, "9720040L", "martinique", "esidoc", False, "fr",
  "Apple Mail forward ('Début du message réexpédié') of a payment reminder for an invoice the mairie says it has paid by mandat. Martinique time zone.",
  fn="Josette Rosemond", fa="josette.rosemond@ac-martinique.fr", client="applemac",
  subj="Tr : Relance facture",
  body="""Bonjour,

Je reçois cette relance pour l'école du Lamentin Petit-Manoir (9720040L), alors que la mairie m'assure avoir payé par mandat administratif le 3 avril. Pouvez-vous vérifier de votre côté et arrêter les relances ?

Merci,
Josette Rosemond, directrice

Début du message réexpédié :

De: Service facturation <facturation@esidoc.example.fr>
Objet: Relance - facture FA-2025-03120
Date: 20 mai 2025 à 09:00:00 UTC−4
À: josette.rosemond@ac-martinique.fr

Madame, Monsieur,
Sauf erreur de notre part, la facture FA-2025-03120 reste impayée à ce jour. Merci de procéder à son règlement.
Service facturation
""", date="2025-05-21 07:45")

# ======================= contract_documents (7)

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Mairie cannot see the CCAP and price list of the school-supplies market in 'Mes Marchés'.",
  fn="Hervé Gouin", fa="herve.gouin@mairie-pleine-fougeres.fr", client="thunderbird",
  subj="Documents du marché fournitures scolaires",
  body="""Bonjour,

Dans « Mes Marchés », le marché des fournitures scolaires apparaît bien, mais quand j'ouvre la fiche il n'y a ni CCAP ni bordereau des prix, juste le titre. Mes collègues d'autres communes les voient. Est-ce un problème de droits ?

Hervé Gouin
""")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "The commune's membership convention is missing from 'Mes Marchés'; the trésorier asks for it.",
  fn="Sylviane Jacob", fa="sylviane.jacob@mairie-trevien.fr", client="orange",
  subj="Convention d'adhésion introuvable",
  body="""Bonjour,

Notre trésorier nous réclame la convention d'adhésion signée l'an dernier avec votre centrale pour pouvoir payer les factures des écoles. Je ne la trouve nulle part dans notre espace. Pouvez-vous nous la mettre à disposition ou nous l'envoyer ?

Merci
Sylviane Jacob, secrétaire de mairie
""")

M("contract_documents", False, "0761166E", "normandie", "espace_acheteur", False, "fr",
  "Amendment (avenant) to the playground-equipment market missing from the contract documents.",
  fn="Gaëlle Duval", fa="gaelle.duval@ac-normandie.fr", client="thunderbird",
  subj="Avenant manquant",
  body="""Bonjour,

La mairie nous a transmis un courrier annonçant un avenant n°1 au marché d'équipements de cour de récréation (révision des prix). Dans la fiche du marché, je ne vois que la convention et le cahier des charges, pas l'avenant. Pouvez-vous l'ajouter ?

Gaëlle Duval, directrice école de Dieppe Les Bruyères (0761166E)
""")

M("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English; a bursar cannot find the market documents (specifications, price schedule) for the IT equipment market.",
  fn="Robert Hayes", fa="r.hayes@international-school-sophia.example.org", client="outlook", fmt="alt",
  subj="Where are the contract documents?",
  body="""Dear Sir or Madam,

Our board asked me to review the terms of the IT equipment framework agreement before we place an order. In "Mes Marchés" I can see the agreement listed, but none of its documents - no specifications, no price schedule, no signed convention.

Could you tell me where to find them, or send them?

Kind regards,
Robert Hayes
Bursar
""")

M("contract_documents", False, None, "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail quote): the market document is still missing after the desk's answer. Region from ac-nantes.fr.",
  fn="Anne Chauvin", fa="anne.chauvin@ac-nantes.fr", client="gmail",
  subj="Re: [#SUP-007655] Document du marché manquant",
  irt="<SUP-007655.1745800000.dd4311@assistance.example.fr>",
  body="""Bonjour,

Une semaine après, le bordereau de prix n'est toujours pas dans la fiche du marché « livres et albums ». La mairie attend ce document pour valider notre commande de fin d'année.

Anne Chauvin

Le lun. 28 avr. 2025 à 11:05, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Nous avons transmis votre demande au service concerné, le document sera ajouté dans les meilleurs délais.
> L'équipe d'assistance
""", date="2025-05-05 09:20")

M("contract_documents", False, None, None, "espace_acheteur", True, "fr",
  "Negation: 'ce n'est pas une question de facture' - the mairie only needs the contract documents (CCAP, acte d'engagement) of a market.",
  fn="Dominique Arnoux", fa="d.arnoux@mairie-saint-genis.fr", client="outlook", fmt="alt",
  subj="Pièces du marché - pas une question de facture",
  body="""Bonjour,

Je précise d'emblée : ce n'est pas une question de facture, tout est payé et en ordre. Le contrôle de légalité de la préfecture nous demande les pièces du marché de mobilier scolaire auquel nous avons adhéré (acte d'engagement, CCAP). Je ne les trouve pas dans l'espace, seulement notre bon de commande.

Dominique Arnoux
Directrice générale des services
""")

M("contract_documents", False, "0498224Y", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "The convention document of the market opens as an empty file; step by step description.",
  fn="Thibault Renaud", fa="thibault.renaud@ac-nantes.fr", client="thunderbird",
  subj="Convention vide",
  body="""Bonjour,

Dans Mes Marchés > Mobilier > Documents, je clique sur « Convention d'adhésion 2025 ». Le fichier se télécharge (0 Ko) puis Acrobat me dit « le fichier est endommagé ». Essayé avec Firefox et Edge, même chose. Les autres documents s'ouvrent bien.

Thibault Renaud, directeur école d'Angers Les Hauts-de-Saint-Aubin, 0498224Y
""")
# ======================= transfer_incident (9)

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Directrice of a private primary school: nothing has been transferred to EcoleDirecte since Monday, parents see no homework.",
  fn="Sœur Marie-Bénédicte", fa="direction@ecole-sainte-therese-laval.fr", client="outlook", fmt="alt",
  subj="Plus rien ne passe sur EcoleDirecte", date="2025-05-20 08:15",
  body="""Bonjour,

Depuis lundi, rien de ce que les enseignantes saisissent dans le logiciel de l'école n'apparaît sur EcoleDirecte : ni cahier de textes, ni absences. Les familles commencent à m'appeler. La dernière date de transfert affichée est vendredi 16 mai.

Nous sommes une petite école privée, sans informaticien. Que puis-je vérifier ?

Sœur Marie-Bénédicte
Directrice, école Sainte-Thérèse
""")

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Licence to regenerate after the school-management software moved to a new PC; transfers stopped.",
  fn="François Martineau", fa="f.martineau@ogec-saint-joseph.fr", client="thunderbird",
  subj="Licence après changement d'ordinateur",
  body="""Bonjour,

Nous avons remplacé le poste du secrétariat pendant les vacances. Depuis, le logiciel démarre avec le message « licence non valide pour ce poste » et les transferts vers EcoleDirecte ne partent plus. Il faut sans doute régénérer la licence : comment procéder ?

François Martineau, chef d'établissement, école-collège Saint-Joseph
""")

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Asks for 'le mot de passe de maintenance du jour' to repair the base: transfer_incident per the taxonomy.",
  fn="Agnès Vallet", fa="secretariat@college-notre-dame-vitre.fr", client="outlook", fmt="alt",
  subj="Mot de passe de maintenance",
  body="""Bonjour,

Le logiciel me demande le mot de passe de maintenance du jour pour lancer la réparation de la base avant le transfert. Pouvez-vous me le communiquer ?

Merci
Agnès Vallet, secrétariat
""")

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Municipal/associative IT contractor: a new firewall blocks the transfers; pastes the diagnostic output.",
  fn="Loïc Tanguy", fa="loic.tanguy@tanguy-reseaux.fr", client="thunderbird",
  subj="Transferts bloqués par le nouveau pare-feu", date="2025-05-07 09:30",
  body="""Bonjour,

Prestataire informatique de l'école privée Saint-Yves. Nous avons installé un nouveau pare-feu le 5 mai. Depuis, l'outil de diagnostic des transferts affiche :

  Test de connexion au serveur de transfert ...... ÉCHEC
  Délai dépassé (timeout) après 30 s

Quels ports et quelles adresses faut-il ouvrir en sortie ? Passe-t-on par le proxy ou en direct ?

Loïc Tanguy
""")

M("transfer_incident", False, None, None, "ecoledirecte", False, "en",
  "English; international private school: sync to EcoleDirecte failing, error text pasted.",
  fn="Graham Peters", fa="g.peters@ecole-internationale-chantilly.example.org", client="outlook", fmt="alt",
  subj="EcoleDirecte sync failing every night",
  body="""Hello,

Our nightly synchronisation to EcoleDirecte has failed three nights in a row. The log shows:

  [02:00:14] Transfer started
  [02:03:51] ERROR: transfer interrupted - remote server returned 500
  [02:03:51] Transfer aborted, 0 records sent

Nothing changed on our side as far as I know. Could you look into it? Parents haven't seen grades since Thursday.

Graham Peters
IT manager
""")

M("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Negation: 'ce n'est pas mon mot de passe EcoleDirecte que j'ai perdu' - she needs the daily maintenance password to run the transfer repair: transfer_incident, not password_reset.",
  fn="Bernadette Loiseau", fa="b.loiseau@ecole-saint-michel-brioude.fr", client="orange",
  subj="mot de passe",
  body="""Bonjour,

Attention, ce n'est pas mon mot de passe EcoleDirecte que j'ai perdu, celui-là marche. C'est le logiciel de l'école qui me demande « le mot de passe de maintenance » pour relancer les transferts qui sont bloqués depuis hier. Il change tous les jours je crois ?

Bernadette Loiseau
Directrice, école Saint-Michel
""")

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Pastes the text of an error page shown when the transfer runs; transfers stopped.",
  fn="Jean-Pierre Vigneau", fa="jp.vigneau@ensemble-scolaire-la-salle.fr", client="thunderbird",
  subj="Erreur lors du transfert",
  body="""Bonjour,

Voici le message obtenu en lançant le transfert ce matin (copié-collé) :

---
Erreur 503 - Service indisponible
Le transfert des données n'a pas pu aboutir.
Référence : TRF-2025-05-20-0814-7731
Veuillez contacter votre assistance en indiquant cette référence.
---

C'est ce que je fais ! Les notes du 3e trimestre doivent être visibles avant les conseils de classe.

Jean-Pierre Vigneau
Directeur adjoint
""")

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Gmail-style 'Fwd:' of a parent's complaint; the head of the private school asks why absences no longer reach EcoleDirecte. Not a head-of-establishment request.",
  fn="Rémi Ferrand", fa="remi.ferrand@ecole-jeanne-d-arc-riom.fr", client="gmail",
  subj="Fwd: absences non visibles",
  body="""Bonjour,

Je vous transfère le message d'une maman. Effectivement, les absences saisies depuis la semaine dernière ne sont pas remontées sur EcoleDirecte. Le transfert semble s'arrêter sans message d'erreur.

Rémi Ferrand, chef d'établissement

---------- Forwarded message ---------
De : Famille Brunel <brunel.famille@free.fr>
Date: jeu. 22 mai 2025 à 20:14
Subject: absences non visibles
To: <remi.ferrand@ecole-jeanne-d-arc-riom.fr>

Bonsoir Monsieur, ma fille a été absente mardi et mercredi (j'avais prévenu) mais rien n'apparaît sur EcoleDirecte, est-ce normal ? Cordialement, Mme Brunel
""", date="2025-05-23 08:10")

M("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Two topics: transfers blocked since the server restore (main, transfer_incident) and when the yearly licence invoice will come (order_billing).",
  fn="Hugues Delorme", fa="h.delorme@institution-saint-louis.fr", client="outlook", fmt="alt",
  subj="Réplication à réinitialiser + facture annuelle",
  body="""Bonjour,

Suite à une restauration de notre serveur (sauvegarde du 28 avril), les transferts vers EcoleDirecte sont refusés : « base non synchronisée, réinitialisation de la réplication nécessaire ». Pouvez-vous nous guider ?

Et, sans urgence : quand recevrons-nous la facture de la licence annuelle ? Notre comptable clôture en juin.

Hugues Delorme
Responsable informatique
""")
# ======================= other (19)

M("other", False, None, None, None, False, "fr",
  "A parent asks about the class photo order: wrong address, unrelated to the services.",
  fn="Caroline Jourdan", fa="caro.jourdan@free.fr", client="roundcube",
  subj="photos de classe",
  body="""Bonjour,

J'ai trouvé votre adresse sur un papier que mon fils a ramené de l'école. Je voulais savoir jusqu'à quand on peut commander les photos de classe et si on peut payer par chèque ?

Merci,
Caroline Jourdan (maman de Noé, CE1)
""")

M("other", False, None, None, "ecoledirecte", True, "en",
  "English parent asks how to see homework on EcoleDirecte: a parent's usage question, not a transfer incident nor a password request.",
  fn="Laura Kemp", fa="laurakemp82@gmail.com", client="gmail",
  subj="Homework on EcoleDirecte app",
  body="""Hi,

We've just moved to France and our son started at a private school in Lyon. The school gave us EcoleDirecte logins and we can log in fine, but we can't work out where the homework is shown in the app - only grades appear. Is it a setting, or does the teacher have to do something?

Sorry if this is the wrong place to ask!
Laura
""")

M("other", False, None, None, None, False, "fr",
  "Retired volunteer of a village lending library asks for advice on weeding and donating old books: unrelated to the services.",
  fn="Georges Béranger", fa="georges.beranger@laposte.net", client="roundcube",
  subj="Dons de livres",
  body="""Madame, Monsieur,

Je tiens, avec trois autres retraités, la petite bibliothèque municipale de notre village (quatre cents âmes, dans l'Aveyron). Nous avons reçu de nombreux dons et beaucoup de livres sont abîmés ou datés. Auriez-vous des conseils pour faire le tri, ou connaissez-vous des associations qui reprennent les livres pour enfants ? On m'a donné votre adresse comme « service des bibliothèques ».

Avec mes respectueuses salutations,
Georges Béranger
""")

M("other", False, None, "bretagne", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: the words 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-rennes.fr.",
  fn="Nolwenn Guillou", fa="nolwenn.guillou@ac-rennes.fr", client="thunderbird",
  subj="Re: [#SUP-007901] Mot de passe portail BCD",
  irt="<SUP-007901.1747000000.12ab34@assistance.example.fr>",
  body="""Ça marche, j'ai pu changer le mot de passe ! Merci beaucoup pour votre rapidité, bonne fin de semaine.

Nolwenn

Le 12/05/2025 à 09:14, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse connue pour votre établissement. Il est valable 12 heures.
>
> L'équipe d'assistance
""", date="2025-05-12 11:02")

M("other", False, None, None, None, True, "en",
  "English phishing 'mailbox storage full, confirm your password'; mentions a password but is not password_reset; fake domain, failing authentication.",
  fn="Webmail Admin", fa="admin@ac-mail-upgrade.example.net", auth="fail", client="none", fmt="html",
  subj="Action required: mailbox storage 98% full",
  body="""Dear user,

Your mailbox has reached 98% of its storage quota. Incoming messages will be rejected within 24 hours.

To keep receiving mail, confirm your account and password on the secure page below:
https://ac-mail-upgrade.example.net/verify

Webmail Administration Team
""")

M("other", False, None, None, None, True, "fr",
  "Fake 'facture impayée' with an HTML attachment from an unknown sender: phishing, not order_billing.",
  fn="Service Recouvrement", fa="recouvrement@factures-relance-fr.example.com", auth="fail", client="none", fmt="alt",
  att=[("Facture_2025_0519.html", "text/html", b"<html><body><script>location='https://example.invalid/'</script></body></html>")],
  subj="Facture impayée n° 2025-0519 - dernier rappel avant pénalités",
  body="""Bonjour,

Malgré nos relances, votre facture n° 2025-0519 d'un montant de 1 284,60 € reste impayée. Sans règlement sous 48 heures, des pénalités de retard seront appliquées.

Consultez la facture en pièce jointe.

Service Recouvrement
""")

M("other", False, None, None, None, False, "en",
  "English cold sales mail for classroom furniture, sent to one address (no list headers): other.",
  fn="Kevin Marsh", fa="kevin@brightclassroom-furniture.example.com", client="gmail",
  subj="Quick question about your school libraries",
  body="""Hi there,

I noticed you support school libraries across France - are you the right person to talk to about modular reading corners? Our beanbag-and-shelf kits are used in 300+ primary schools in the UK and we're launching in France this summer.

Would you have 15 minutes next week for a quick call?

Best,
Kevin Marsh
Business Development, BrightClassroom
""")

M("other", False, None, None, None, False, "fr",
  "An ATSEM asks about her payslip and hours: misdirected mail, unrelated.",
  fn="Josette Renard", fa="josette.renard@sfr.fr", client="orange",
  subj="fiche de paie",
  body="""Bonjour

Je suis ATSEM à l'école maternelle des Lilas et ma fiche de paie d'avril ne compte pas les heures de garderie du mercredi. La collègue m'a dit d'écrire à cette adresse pour les questions de l'école, j'espère que c'est bien ici.

Merci de me répondre
Josette Renard
""")

M("other", False, None, "centre-val-de-loire", "esidoc", False, "fr",
  "IEN secretary asks for training dates on the library portal for the circonscription's teachers: no category of its own. Region from ac-orleans-tours.fr.",
  fn="Brigitte Caillaud", fa="brigitte.caillaud@ac-orleans-tours.fr", client="outlook", fmt="alt",
  subj="Formation au portail documentaire", date="2025-05-02 10:00",
  body="""Bonjour,

L'inspectrice de la circonscription de Blois 2 souhaiterait organiser, en juin, une animation pédagogique sur l'utilisation du portail documentaire dans les BCD. Proposez-vous des sessions de formation (à distance ou sur place) ? Si oui, à quelles dates et à quelles conditions ?

Brigitte Caillaud
Secrétaire de circonscription
""")

M("other", False, None, "bourgogne-franche-comte", None, True, "fr",
  "Angry complaint that nobody answers, without saying what the request was: no category can be told. Region from ac-besancon.fr.",
  fn="Didier Faivre", fa="didier.faivre@ac-besancon.fr", client="zimbra",
  subj="Aucune réponse",
  body="""Bonjour,

Cela fait maintenant trois semaines que j'attends une réponse. C'est inadmissible pour un service payé par nos communes. Je vais en parler à l'inspecteur.

D. Faivre
""")

M("other", False, None, None, None, False, "fr",
  "GDPR: a former directrice asks for her personal data to be deleted from all accounts: other, human review.",
  fn="Monique Valette", fa="monique.valette@orange.fr", client="orange",
  subj="Suppression de mes données personnelles",
  body="""Bonjour,

Directrice d'école jusqu'en août dernier, je suis maintenant à la retraite. Je souhaite, au titre du RGPD, que mes données personnelles (nom, adresse mail, téléphone) soient supprimées de vos plateformes, où je figurais comme contact de l'école.

Merci de me confirmer la suppression.

Monique Valette
""")

M("other", False, None, None, None, False, "fr",
  "Two words from a phone: 'bien reçu, merci'. Nothing to do; personal address, so no region.",
  fn="Patricia Leduc", fa="patricia.leduc56@gmail.com", client="apple",
  subj="Re: votre demande",
  body="""Bien reçu, merci !

Envoyé de mon iPhone
""")

M("other", False, None, "grand-est", None, True, "fr",
  "Keyword trap: mentions passwords, MailInBlack and orders, but the ERUN asks whether the desk could present its services at a meeting of directeurs. Region from ac-reims.fr.",
  fn="Adrien Collet", fa="adrien.collet@ac-reims.fr", client="thunderbird",
  subj="Intervention en réunion de directeurs ?", date="2025-05-26 17:20",
  body="""Bonjour,

ERUN sur la circonscription de Reims 4. Les questions que me posent les directeurs tournent souvent autour de vos services : mots de passe perdus, mails bloqués par MailInBlack, commandes qui n'apparaissent pas...

Plutôt que de vous écrire chacun de leur côté, accepteriez-vous de présenter vos services (30 minutes en visio) lors de notre réunion de directeurs du 18 juin ? Je m'occupe de tout l'aspect technique.

Adrien Collet
""")

M("other", False, None, None, None, False, "en",
  "English edtech partnership pitch, follow-up quoting her own first mail (Gmail English quote style).",
  fn="Priya Raman", fa="priya@readaloud-kids.example.io", client="gmail",
  subj="Re: Partnership - read-aloud app for primary libraries",
  body="""Hi again,

Just bumping this in case it got buried! Happy to send a demo video if that's easier than a call.

Priya

On Tue, 6 May 2025 at 10:02, Priya Raman <priya@readaloud-kids.example.io> wrote:
> Hello,
>
> I'm the co-founder of ReadAloud Kids, an app that lets primary pupils record themselves reading and share it with the class. We'd love to explore an integration with the library portals you support.
>
> Would you be open to a 20-minute call?
>
> Best,
> Priya
""", date="2025-05-14 15:30")

M("other", False, None, "hauts-de-france", "ticket_portal", False, "fr",
  "How to add a colleague to a ticket on the ticket portal: a how-to question with no category of its own. Region from ac-lille.fr.",
  fn="Cécile Wattel", fa="cecile.wattel@ac-lille.fr", client="thunderbird",
  subj="Partager un ticket avec ma collègue",
  body="""Bonjour,

J'ai ouvert un ticket sur votre portail au sujet de notre abonnement. Ma collègue de la classe voisine, qui gère la BCD avec moi, voudrait pouvoir suivre les échanges. Est-il possible de l'ajouter au ticket, et comment ?

Cécile Wattel
""")

M("other", False, None, "pays-de-la-loire", "esignature", True, "fr",
  "The convention to e-sign carries a wrong establishment name; only the document's sender can fix it. About a convention, but not access to contract documents. Region from ac-nantes.fr.",
  fn="Nathalie Brossard", fa="nathalie.brossard@ac-nantes.fr", client="thunderbird",
  subj="Convention à signer : mauvais nom d'école",
  body="""Bonjour,

J'ai reçu une demande de signature électronique pour la convention de prêt d'une malle de livres. Mais le document est au nom de « école Jean-Moulin » alors que nous sommes l'école Jean-Monnet, à Cholet. Je ne veux pas signer un document faux. Pouvez-vous le corriger ?

Nathalie Brossard, directrice
""")

M("other", False, None, None, None, False, "fr",
  "Unsolicited internship application from a student, CV attached.",
  fn="Inès Belkacem", fa="ines.belkacem.pro@gmail.com", client="gmail",
  att=[("CV_Ines_Belkacem.pdf", "application/pdf", None)],
  subj="Candidature stage - assistance utilisateurs", date="2025-05-09 19:02",
  body="""Madame, Monsieur,

Étudiante en BTS SIO option SISR, je recherche un stage de six semaines à partir du 2 juin. Le support aux utilisateurs du monde éducatif m'intéresse particulièrement, ma mère étant directrice d'école.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

Inès Belkacem
""")

M("other", False, None, "occitanie", "esidoc", False, "fr",
  "Feature question: can the pupils' side of the library portal use a dyslexia-friendly font? No category of its own. Region from ac-montpellier.fr.",
  fn="Laurence Pagès", fa="laurence.pages@ac-montpellier.fr", client="thunderbird",
  subj="Police adaptée dys sur le portail ?",
  body="""Bonjour,

Dans ma classe de CE1, plusieurs élèves sont dyslexiques. Est-il possible d'afficher le portail de la BCD avec une police adaptée (type OpenDyslexic) ou un interlignage plus grand ? Si ce n'est pas prévu, je me permets de le suggérer !

Laurence Pagès
""")
# ======================= automated (18)

def _orig(to, subj, ref, body="Bonjour,\n\nVotre demande a bien été prise en compte.\n\nL'équipe d'assistance\n"):
    return desk_mail(to, subj, body, ref, "Mon, 05 May 2025 09:00:00 +0200")


def b_postfix(ctx):
    orig = _orig("Bertrand Ollivier <bertrand.ollivier@ecole-les-genets.fr>", "[#SUP-007744] Mot de passe portail BCD",
                 "SUP-007744.1746428400.aa01")
    dsn = ("Reporting-MTA: dns; mail.ecole-les-genets.fr\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822; bertrand.ollivier@ecole-les-genets.fr\nAction: failed\nStatus: 5.1.1\n"
           "Diagnostic-Code: X-Postfix; unknown user: \"bertrand.ollivier\"\n" % ctx["datestr"])
    r = mk_report("delivery-status",
                  "This is the mail system at host mail.ecole-les-genets.fr.\n\nI'm sorry to have to inform you that your message could not\n"
                  "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
                  "<bertrand.ollivier@ecole-les-genets.fr>: unknown user: \"bertrand.ollivier\"\n", None, dsn, orig)
    r["From"] = "Mail Delivery System <MAILER-DAEMON@mail.ecole-les-genets.fr>"
    r["To"] = DESK
    r["Subject"] = "Undelivered Mail Returned to Sender"
    r["Auto-Submitted"] = "auto-replied"
    return r


A(None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status, original desk reply attached), null Return-Path. The original mentions a password, which does not matter.",
  b_postfix, date="2025-05-05 09:01", fa="MAILER-DAEMON@mail.ecole-les-genets.fr", rp="", auth="none")


def b_exchange_fr(ctx):
    orig = _orig("Mairie de Quintin <affaires.scolaires@mairie-quintin.fr>", "[#SUP-007802] Mail d'activation non reçu",
                 "SUP-007802.1746500000.bb02")
    txt = ("Votre message n'a pas pu être remis à affaires.scolaires@mairie-quintin.fr, car la boîte aux lettres "
           "du destinataire est pleine et ne peut pas recevoir de messages pour le moment. Réessayez d'envoyer le message "
           "ultérieurement, ou contactez directement le destinataire.\n\nInformations de diagnostic pour les administrateurs :\n"
           "Serveur de génération : PR1P264MB3355.FRAP264.PROD.OUTLOOK.COM\naffaires.scolaires@mairie-quintin.fr\n"
           "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n")
    htmlv = "<html><body><p><b>Votre message n'a pas pu être remis.</b></p><p>La boîte aux lettres du destinataire est pleine.</p></body></html>"
    dsn = ("Reporting-MTA: dns;PR1P264MB3355.FRAP264.PROD.OUTLOOK.COM\n\n"
           "Final-recipient: RFC822; affaires.scolaires@mairie-quintin.fr\nAction: failed\nStatus: 5.2.2\n"
           "Diagnostic-Code: smtp;554 5.2.2 mailbox full\n")
    r = mk_report("delivery-status", txt, htmlv, dsn, orig)
    r["From"] = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mairie-quintin.fr>"
    r["To"] = DESK
    r["Subject"] = "Non remis : [#SUP-007802] Mail d'activation non reçu"
    r["Content-Language"] = "fr-FR"
    r["X-MS-Exchange-Message-Is-Ndr"] = ""
    r["Auto-Submitted"] = "auto-replied"
    return r


A(None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :', mailbox full), multipart/report with an HTML explanation.",
  b_exchange_fr, date="2025-05-05 09:02", fa="MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mairie-quintin.fr", rp="")


def b_zimbra_ooo(ctx):
    m = EmailMessage()
    m["From"] = "Virginie Allard <virginie.allard@ac-grenoble.fr>"
    m["To"] = DESK
    m["Subject"] = "Absence : [#SUP-007640] Abonnement non visible"
    m["Auto-Submitted"] = "auto-replied (zimbra; vacation)"
    m["X-Mailer"] = "Zimbra 9.0.0_GA_4546"
    m["In-Reply-To"] = "<SUP-007640.1745900000.cc03@assistance.example.fr>"
    m.set_content("Bonjour,\n\nJe suis absente pendant les vacances de printemps, jusqu'au lundi 28 avril inclus. "
                  "Votre message sera traité à mon retour.\n\nPour une urgence concernant l'école, contactez la mairie.\n\nVirginie Allard\n")
    return m


A(None, "auvergne-rhone-alpes", None, False, "fr",
  "Academic webmail vacation reply during the spring holidays: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the ac-grenoble.fr sender.",
  b_zimbra_ooo, date="2025-04-17 10:20", fa="virginie.allard@ac-grenoble.fr")


def b_rule_ooo(ctx):
    m = EmailMessage()
    m["From"] = "Accueil Mairie <accueil@mairie-saint-ouen-des-champs.fr>"
    m["To"] = DESK
    m["Subject"] = "Mairie fermée - pont de l'Ascension"
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m.set_content("Bonjour,\n\nLa mairie est fermée du jeudi 29 mai au dimanche 1er juin inclus (pont de l'Ascension).\n"
                  "Votre message sera lu à notre retour, le lundi 2 juin.\n\nEn cas d'urgence : astreinte des élus au 06 00 00 00 00.\n\n"
                  "Le secrétariat de mairie\n")
    return m


A(None, None, None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To and a custom subject; only the wording shows it is automatic.",
  b_rule_ooo, fa="accueil@mairie-saint-ouen-des-champs.fr", date="2025-05-29 10:02")


def b_read_fr(ctx):
    notice = ("Votre message\n\n  À : Bruno Moal\n  Objet : [#SUP-007860] Devis abonnement BCD\n  Envoyé : mardi 6 mai 2025 10:15:03 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
              "a été lu le mardi 6 mai 2025 11:02:47 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n")
    mdn = ("Reporting-UA: ac-rennes.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;bruno.moal@ac-rennes.fr\n"
           "Original-Message-ID: <SUP-007860.1746519303.dd04@assistance.example.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    r = mk_report("disposition-notification", notice, None, mdn, None)
    r["From"] = "Bruno Moal <bruno.moal@ac-rennes.fr>"
    r["To"] = DESK
    r["Subject"] = "Lu : [#SUP-007860] Devis abonnement BCD"
    r["X-Mailer"] = "Microsoft Outlook 16.0"
    return r


A(None, "bretagne", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-rennes.fr sender.",
  b_read_fr, date="2025-05-06 11:02", fa="bruno.moal@ac-rennes.fr")


def b_read_tb(ctx):
    notice = ("This is a Return Receipt for the mail that you sent to kate.lawson@ecole-internationale-valbonne.fr.\n\n"
              "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
              "There is no guarantee that the recipient has read or understood the message contents.\n")
    mdn = ("Reporting-UA: ecole-internationale-valbonne.fr; Thunderbird 128.10.0\nFinal-Recipient: rfc822;kate.lawson@ecole-internationale-valbonne.fr\n"
           "Original-Message-ID: <SUP-007871.1746600000.ee05@assistance.example.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    r = mk_report("disposition-notification", notice, None, mdn, None)
    r["From"] = "Kate Lawson <kate.lawson@ecole-internationale-valbonne.fr>"
    r["To"] = DESK
    r["Subject"] = "Return Receipt (displayed) - [#SUP-007871] Your subscription is active"
    r["User-Agent"] = "Mozilla Thunderbird"
    return r


A(None, None, None, False, "en",
  "Thunderbird return receipt in English, multipart/report disposition-notification.",
  b_read_tb, fa="kate.lawson@ecole-internationale-valbonne.fr")


def b_list(ctx):
    m = EmailMessage()
    m["From"] = "Karine Prigent <karine.prigent@ac-rennes.fr>"
    m["To"] = "erun-bretagne@listes.ac-rennes.fr"
    m["Subject"] = "[erun-bzh] Directeurs : mot de passe du portail BCD perdu, qui contacter ?"
    m["List-Id"] = "Liste des ERUN de l'académie <erun-bretagne.listes.ac-rennes.fr>"
    m["List-Unsubscribe"] = "<mailto:sympa@listes.ac-rennes.fr?subject=unsubscribe%20erun-bretagne>"
    m["List-Post"] = "<mailto:erun-bretagne@listes.ac-rennes.fr>"
    m["Precedence"] = "list"
    m["Sender"] = "erun-bretagne-request@listes.ac-rennes.fr"
    m.set_content("Bonjour à tous,\n\nPlusieurs directeurs de ma circonscription ont perdu le mot de passe de leur portail BCD "
                  "après le changement de direction. Vous passez par l'assistance directement ou par la DANE ?\n\n"
                  "Merci pour vos retours,\nKarine, ERUN Quimper\n\n--\nListe erun-bretagne - désinscription : sympa@listes.ac-rennes.fr\n")
    return m


A(None, "bretagne", "esidoc", True, "fr",
  "A real question about lost BCD portal passwords, but posted to an academic ERUN mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-rennes.fr sender.",
  b_list, fa="karine.prigent@ac-rennes.fr")


def b_newsletter(ctx):
    m = EmailMessage()
    m["From"] = "StoryTime Education <news@storytime-education.example.com>"
    m["To"] = DESK
    m["Subject"] = "Spring picks: 12 new picture books for your school library"
    m["List-Id"] = "StoryTime newsletter <newsletter.storytime-education.example.com>"
    m["List-Unsubscribe"] = "<https://storytime-education.example.com/u/8f2a>, <mailto:unsub@storytime-education.example.com>"
    m["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    m["Precedence"] = "bulk"
    txt = ("Hello librarian!\n\nSpring is here and so are our new titles: 12 picture books about gardens, bees and rainy days, "
           "each with a free activity sheet.\n\nBrowse the selection: https://storytime-education.example.com/spring\n\n"
           "You receive this email because you subscribed at a book fair. Unsubscribe: https://storytime-education.example.com/u/8f2a\n")
    m.set_content(txt)
    m.add_alternative("<html><body><h1>Spring picks</h1><p>12 new picture books for your school library.</p>"
                      "<p><a href='https://storytime-education.example.com/spring'>Browse</a></p>"
                      "<p style='font-size:10px'><a href='https://storytime-education.example.com/u/8f2a'>Unsubscribe</a></p></body></html>",
                      subtype="html")
    return m


A(None, None, None, False, "en",
  "English marketing newsletter from a children's publisher: List-Id, one-click List-Unsubscribe, Precedence: bulk.",
  b_newsletter, fa="news@storytime-education.example.com")


def b_glpi(ctx):
    m = EmailMessage()
    m["From"] = "Support informatique Ville de Plérin <glpi@ville-plerin.fr>"
    m["To"] = DESK
    m["Subject"] = "[GLPI #0004127] Nouveau ticket - Re: [#SUP-007915] Vos messages bloqués par MailInBlack"
    m["Auto-Submitted"] = "auto-generated"
    m["X-Auto-Response-Suppress"] = "OOF, DR, RN, NRN, AutoReply"
    m["X-Loop"] = "glpi@ville-plerin.fr"
    m["In-Reply-To"] = "<SUP-007915.1747100000.ff06@assistance.example.fr>"
    m.set_content("Bonjour,\n\nVotre demande a bien été enregistrée par le support informatique de la Ville de Plérin "
                  "sous le numéro 0004127.\nUn technicien la prendra en charge dans les meilleurs délais.\n\n"
                  "Merci de ne pas répondre à ce message automatique.\n\n-- \nGLPI - Gestionnaire Libre de Parc Informatique\n")
    return m


A(None, None, None, True, "fr",
  "Another help desk's acknowledgement (GLPI of a town's IT service) of a message the desk sent; its subject quotes a MailInBlack ticket. Auto-Submitted and X-Loop: answering it would start a mail loop.",
  b_glpi, fa="glpi@ville-plerin.fr")


def b_calendar(ctx):
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:mark.tully@ac-versailles.fr\r\n"
           "DTSTART:20250603T140000Z\r\nDTEND:20250603T150000Z\r\nORGANIZER:mailto:support@assistance.example.fr\r\n"
           "SUMMARY:Webinar - library portal for primary schools\r\nUID:webinar-2025-06-03@assistance.example.fr\r\n"
           "SEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    m = EmailMessage()
    m["From"] = "Mark Tully <mark.tully@ac-versailles.fr>"
    m["To"] = DESK
    m["Subject"] = "Accepted: Webinar - library portal for primary schools"
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m.set_content("")
    m.add_alternative(ics, subtype="calendar", params={"method": "REPLY"})
    return m


A(None, "ile-de-france", None, False, "en",
  "Calendar answer ('Accepted:', text/calendar METHOD:REPLY) to a webinar invitation: generated by the client, not a message to answer. Region from the ac-versailles.fr sender.",
  b_calendar, date="2025-05-22 16:40", fa="mark.tully@ac-versailles.fr")


def b_notif_ea(ctx):
    m = EmailMessage()
    m["From"] = "Espace Acheteur <no-reply@espace-acheteur.example.fr>"
    m["To"] = DESK
    m["Subject"] = "Un compte est en attente de validation - Commune de Kerlouan"
    m["Auto-Submitted"] = "auto-generated"
    m.set_content("Bonjour,\n\nUn nouvel utilisateur demande à rejoindre la structure « Commune de Kerlouan » :\n"
                  "  Nom : Le Bras Armelle\n  Fonction : secrétaire de mairie\n\nConnectez-vous pour valider ou refuser cette demande.\n\n"
                  "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n")
    m.add_alternative("<html><body><p>Un nouvel utilisateur demande à rejoindre la structure <b>Commune de Kerlouan</b>.</p>"
                      "<p><a href='https://espace-acheteur.example.fr/validation'>Valider ou refuser</a></p></body></html>", subtype="html")
    return m


A(None, None, "espace_acheteur", False, "fr",
  "No-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
  b_notif_ea, fa="no-reply@espace-acheteur.example.fr")


def b_esign(ctx):
    m = EmailMessage()
    m["From"] = "Signature électronique <notifications@esignature.example.fr>"
    m["To"] = DESK
    m["Subject"] = "Document signé par toutes les parties : Convention de prêt - École de Bédarieux"
    m.set_content("Bonjour,\n\nLe document « Convention de prêt de ressources - École de Bédarieux » a été signé par toutes les parties.\n"
                  "Vous pouvez le télécharger depuis votre espace pendant 30 jours.\n\nCet e-mail a été envoyé automatiquement.\n")
    m.add_alternative("<html><body><p>Le document <b>Convention de prêt de ressources - École de Bédarieux</b> a été signé par toutes les parties.</p>"
                      "<p><a href='https://esignature.example.fr/d/77ab'>Télécharger</a></p></body></html>", subtype="html")
    return m


A(None, None, "esignature", True, "fr",
  "E-signature 'signed by all parties' notification for a convention: transactional mail without Auto-Submitted or Precedence; the notifications@ sender and wording show it is automatic.",
  b_esign, fa="notifications@esignature.example.fr")


def b_gmail_dsn(ctx):
    hdrs = ("From: Assistance <support@assistance.example.fr>\nTo: jenny.wood.teacher@gmail.com\n"
            "Subject: [#SUP-007933] Your account is waiting for validation\nDate: Wed, 14 May 2025 10:00:00 +0200\n"
            "Message-ID: <SUP-007933.1747209600.ab07@assistance.example.fr>\n")
    r = mk_report("delivery-status",
                  "** Address not found **\n\nYour message wasn't delivered to jenny.wood.teacher@gmail.com because the address "
                  "couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
                  "550 5.1.1 The email account that you tried to reach does not exist.\n",
                  "<html><body><h2>Address not found</h2><p>Your message wasn't delivered to <b>jenny.wood.teacher@gmail.com</b>.</p></body></html>",
                  "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; jenny.wood.teacher@gmail.com\n"
                  "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n",
                  hdrs, subtype_ret="headers")
    r["From"] = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    r["To"] = DESK
    r["Subject"] = "Delivery Status Notification (Failure)"
    r["Auto-Submitted"] = "auto-replied"
    return r


A(None, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Failure)': multipart/report with text/rfc822-headers only.",
  b_gmail_dsn, date="2025-05-14 10:00", fa="mailer-daemon@googlemail.com", rp="")


def b_exch_en_ooo(ctx):
    m = EmailMessage()
    m["From"] = "Eleanor Price <eleanor.price@ac-lyon.fr>"
    m["To"] = "Assistance <%s>" % DESK
    m["Subject"] = "Automatic reply: [#SUP-007948] Your password reset link"
    m["Auto-Submitted"] = "auto-generated"
    m["X-Auto-Response-Suppress"] = "All"
    m["In-Reply-To"] = "<SUP-007948.1747300000.cd08@assistance.example.fr>"
    m["Thread-Topic"] = "Automatic reply: [#SUP-007948] Your password reset link"
    m.set_content("Hello,\n\nI'm away with my Year 5 class on a school trip to Normandy until Friday 23 May, with limited access to email.\n"
                  "For anything urgent about the international section, please contact the school office.\n\nEleanor\n")
    m.add_alternative("<html><body><p>I'm away with my Year 5 class on a school trip until Friday 23 May.</p></body></html>", subtype="html")
    return m


A(None, "auvergne-rhone-alpes", None, False, "en",
  "English Exchange 'Automatic reply:' (school trip) with Auto-Submitted and X-Auto-Response-Suppress; mentions nothing to do. Region from the ac-lyon.fr sender.",
  b_exch_en_ooo, date="2025-05-20 14:03", fa="eleanor.price@ac-lyon.fr")


def b_exim_plain(ctx):
    m = EmailMessage()
    m["From"] = "Mail Delivery System <Mailer-Daemon@mx.mairie-lanrivoare.fr>"
    m["To"] = DESK
    m["Subject"] = "Mail delivery failed: returning message to sender"
    m.set_content("This message was created automatically by mail delivery software.\n\n"
                  "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
                  "  ecoles@mairie-lanrivoare.fr\n    host mx.mairie-lanrivoare.fr [192.0.2.61]\n    SMTP error from remote mail server after RCPT TO:<ecoles@mairie-lanrivoare.fr>:\n"
                  "    550 5.1.1 <ecoles@mairie-lanrivoare.fr>: Recipient address rejected: User unknown\n\n"
                  "------ This is a copy of the message, including all the headers. ------\n\n"
                  "From: Assistance <support@assistance.example.fr>\nTo: ecoles@mairie-lanrivoare.fr\n"
                  "Subject: [#SUP-007960] Mail d'activation non reçu\n\nBonjour,\nVérifiez votre dossier de courrier indésirable...\n")
    return m


A(None, None, None, True, "en",
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  b_exim_plain, fa="Mailer-Daemon@mx.mairie-lanrivoare.fr", rp="", auth="none")


def b_dsden_ack(ctx):
    m = EmailMessage()
    m["From"] = "DSDEN du Morbihan - ne pas répondre <ne-pas-repondre@ac-rennes.fr>"
    m["To"] = DESK
    m["Subject"] = "Accusé de réception automatique"
    m["Auto-Submitted"] = "auto-replied"
    m["Precedence"] = "auto_reply"
    m.set_content("Madame, Monsieur,\n\nNous accusons réception de votre message adressé aux services de la DSDEN du Morbihan. "
                  "Il sera transmis au service compétent.\n\nEn raison d'un volume important de demandes en période de mouvement, "
                  "le délai de réponse peut atteindre dix jours ouvrés.\n\nCeci est un message automatique, merci de ne pas y répondre.\n")
    return m


A(None, "bretagne", None, False, "fr",
  "A DSDEN's automatic acknowledgement (Auto-Submitted: auto-replied, Precedence: auto_reply). Region from the ac-rennes.fr sender domain.",
  b_dsden_ack, fa="ne-pas-repondre@ac-rennes.fr")


def b_ed_report(ctx):
    m = EmailMessage()
    m["From"] = "EcoleDirecte - rapports <no-reply@ecoledirecte.example.fr>"
    m["To"] = DESK
    m["Subject"] = "Rapport de transfert quotidien - 3 établissements en échec"
    m["Auto-Submitted"] = "auto-generated"
    m.set_content("Rapport de transfert du 27/05/2025\n\nÉtablissements transférés : 412\nÉtablissements en échec : 3\n"
                  "  - Institution Sainte-Anne : licence expirée\n  - École Saint-Vincent : délai dépassé\n  - Collège Notre-Dame : base non synchronisée\n\n"
                  "Ce rapport est généré automatiquement chaque nuit.\n")
    return m


A(None, None, "ecoledirecte", True, "fr",
  "Nightly transfer report from a no-reply address (Auto-Submitted): full of transfer-incident wording, but it is a machine report, not a request.",
  b_ed_report, date="2025-05-28 03:12", fa="no-reply@ecoledirecte.example.fr")


def b_owa_ooo_fr(ctx):
    m = EmailMessage()
    m["From"] = "Hélène Kieffer <ce.0674875K@ac-strasbourg.fr>"
    m["To"] = "Assistance <%s>" % DESK
    m["Subject"] = "Réponse automatique : [#SUP-007975] Mot de passe portail BCD"
    m["Auto-Submitted"] = "auto-generated"
    m["X-Auto-Response-Suppress"] = "All"
    m["In-Reply-To"] = "<SUP-007975.1747400000.de09@assistance.example.fr>"
    m.set_content("Bonjour,\n\nL'école est fermée jusqu'au lundi 2 juin. Pour toute question sur le mot de passe du portail de la BCD "
                  "ou sur les inscriptions, merci de renouveler votre demande à la réouverture.\n\nLa direction de l'école\n")
    return m


A("0674875K", "grand-est", None, True, "fr",
  "Out-of-office of a school office (ce.<UAI>@ac-strasbourg.fr) that mentions the BCD portal password; Auto-Submitted present. The UAI comes from the address.",
  b_owa_ooo_fr, date="2025-05-30 09:10", fa="ce.0674875K@ac-strasbourg.fr")


def b_delay(ctx):
    orig_hdrs = ("From: Assistance <support@assistance.example.fr>\nTo: direction@ecole-du-bourg-plouzane.fr\n"
                 "Subject: [#SUP-007990] Votre abonnement est actif\n")
    r = mk_report("delivery-status",
                  "This is the mail system at host mx1.assistance.example.fr.\n\n####################################################################\n"
                  "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                  "####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\n"
                  "It will be retried until it is 5 day(s) old.\n\n<direction@ecole-du-bourg-plouzane.fr>: connect to mx.ecole-du-bourg-plouzane.fr: Connection timed out\n",
                  None,
                  "Reporting-MTA: dns; mx1.assistance.example.fr\n\nFinal-Recipient: rfc822; direction@ecole-du-bourg-plouzane.fr\n"
                  "Action: delayed\nStatus: 4.4.1\nWill-Retry-Until: Mon, 2 Jun 2025 09:00:00 +0200\n",
                  orig_hdrs, subtype_ret="headers")
    r["From"] = "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>"
    r["To"] = DESK
    r["Subject"] = "Delayed Mail (still being retried)"
    r["Auto-Submitted"] = "auto-replied"
    return r


A(None, None, None, False, "en",
  "Delay warning from the desk's own relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
  b_delay, date="2025-05-28 13:05", fa="MAILER-DAEMON@mx1.assistance.example.fr", rp="", auth="none")


# ---------------------------------------------------------------- build, check, write

AUTO_OK = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation", "subscription_activation"}
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7})\s?([A-Za-z])(?![A-Za-z0-9])")


def text_of(msg):
    parts = [str(msg.get("From", "")), str(msg.get("Subject", ""))]
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            try:
                parts.append(p.get_content())
            except Exception:
                parts.append(p.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(parts)


def pick_date(rng, spec):
    off = TZ.get(spec["region"], 2)
    tz = dt.timezone(dt.timedelta(hours=off))
    if spec.get("date"):
        d = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
        return d.replace(tzinfo=tz, second=rng.randint(0, 59))
    while True:
        d = dt.date(2025, 4, 28) + dt.timedelta(days=rng.randint(0, 53))
        if d.weekday() < 5 or rng.random() < 0.15:
            break
    return dt.datetime(d.year, d.month, d.day, rng.randint(7, 20), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


def main():
    assert len(MAILS) == 150, len(MAILS)
    rng = random.Random(19)
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    drng = random.Random(1919)
    for f in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", f):
            os.remove(os.path.join(HERE, f))
    labels, problems = [], []
    for n, i in enumerate(order, 1):
        spec = MAILS[i]
        name = "h%03d.eml" % n
        date = pick_date(drng, spec)
        msg = build_human(spec, n, date) if spec["kind"] == "human" else build_auto(spec, n, date)
        for k_, part in enumerate(p for p in msg.walk() if p.is_multipart()):
            part.set_boundary("----=_Part_%d_%s.%d" % (n, hashlib.md5(name.encode()).hexdigest()[:12], k_))
        data = msg.as_bytes(policy=policy.SMTP.clone(linesep="\n")) if isinstance(msg, EmailMessage) \
            else msg.as_bytes()
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        # ---- checks
        back = __import__("email").message_from_bytes(data, policy=policy.default)
        if back.defects:
            problems.append((name, "defects", back.defects))
        txt = text_of(back)
        flat = re.sub(r"\s+", "", txt).upper()
        uai = spec["uai"]
        if uai is not None:
            if not uai_ok(uai):
                problems.append((name, "bad uai label", uai))
            if uai not in flat:
                problems.append((name, "uai not in text", uai))
            if DEPT_REGION.get(uai[:3]) != spec["region"]:
                problems.append((name, "region/uai", uai, spec["region"]))
        else:
            dom = spec["fa"].split("@")[-1].lower()
            if DOMAIN_REGION.get(dom) != spec["region"]:
                problems.append((name, "region/domain", dom, spec["region"]))
        for d7, letter in UAI_RE.findall(txt):
            code = d7 + letter.upper()
            if not uai_ok(code) and "check letter" not in spec["notes"]:
                problems.append((name, "invalid UAI-like token without note", code))
            if uai_ok(code) and code != uai:
                problems.append((name, "other valid UAI in text", code, uai))
        if spec["auto"] and spec["cat"] not in AUTO_OK:
            problems.append((name, "auto_reply_ok on a non-auto category"))
        if spec["kind"] == "auto" and spec["auto"]:
            problems.append((name, "automated with auto"))
        labels.append({"file": name, "category": spec["cat"], "auto_reply_ok": spec["auto"], "uai": uai,
                       "region": spec["region"], "platform": spec["plat"], "hard": spec["hard"],
                       "lang": spec["lang"], "notes": spec["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    for p in problems:
        print("PROBLEM", *p)
    c = collections.Counter(x["category"] for x in labels)
    print(len(labels), "mails;", dict(sorted(c.items())))
    print("lang", dict(collections.Counter(x["lang"] for x in labels)),
          "hard", sum(x["hard"] for x in labels), "auto_ok", sum(x["auto_reply_ok"] for x in labels))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Write the holdout20 blind test corpus: h001.eml .. h150.eml and labels.jsonl.

Stdlib only.  Every mail below was written by hand for this set (autumn,
the weeks after the Toussaint holidays 2024, large lycées and the
administration).  Run:  python3 make_holdout20.py
"""
import datetime
import hashlib
import html
import json
import os
import random
from email import policy
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
DESK = ("Assistance", "support@assistance.example.fr")
SEED = 20241112

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

REGION_DEPS = {
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
PREFIX_REGION = {}
for _r, _d in REGION_DEPS.items():
    for _x in _d.split():
        PREFIX_REGION[_x if len(_x) == 3 else "0" + _x] = _r
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est",
    "ac-strasbourg.fr": "grand-est", "ac-amiens.fr": "hauts-de-france",
    "ac-lille.fr": "hauts-de-france", "ac-creteil.fr": "ile-de-france",
    "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique",
    "ac-guyane.fr": "guyane", "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}


def uai_ok(code):
    return (len(code) == 8 and code[:7].isdigit()
            and LETTERS[int(code[:7]) % 23] == code[7])


def region_of(uai, sender):
    if uai:
        return PREFIX_REGION[uai[:3]]
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


ENTRIES = []


def add(cat, auto, uai, plat, lang, notes, hard=False, region="auto", **m):
    """Register one mail.  m holds the message description (see build)."""
    ENTRIES.append({"m": m, "label": {
        "category": cat, "auto_reply_ok": auto, "uai": uai, "region": region,
        "platform": plat, "hard": hard, "lang": lang, "notes": notes}})


# ---------------------------------------------------------------- helpers

def _rnd(m):
    return random.Random(hashlib.sha256(
        (m.get("subj", "") + m["frm"][1] + m.get("date", "")).encode()).hexdigest())


def _dt(m):
    d = datetime.datetime.strptime(m.get("date", "2024-11-12 09:00"), "%Y-%m-%d %H:%M")
    tz = m.get("tz", "+0100")
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    r = _rnd(m)
    return d.replace(second=r.randint(0, 59), tzinfo=datetime.timezone(off))


def _msgid(m, r):
    dom = m["frm"][1].rsplit("@", 1)[-1]
    kind = m.get("mailer", "")
    hx = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    if kind == "outlook":
        code = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(12))
        return "<%sMB%s@%sMB%s.EURP%d.PROD.OUTLOOK.COM>" % (
            code[:6], code[6:], code[:6], r.randint(1000, 9999), r.randint(190, 195))
    if kind == "gmail":
        s = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(40))
        return "<CA%s@mail.gmail.com>" % s
    if kind == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (r.randint(10**8, 10**9), r.randint(10**5, 10**6),
                                                  r.randint(10**12, 10**13), dom)
    if kind in ("apple", "thunderbird"):
        return "<%s-%s-%s-%s-%s@%s>" % (hx(8).upper() if kind == "apple" else hx(8), hx(4), hx(4), hx(4), hx(12), dom)
    return "<%s.%s@%s>" % (hx(16), hx(8), dom)


MAILERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF132 (Win)/9.0.0_ZEXTRAS_20240927)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "apple": [("X-Mailer", "iPhone Mail (21H16)")],
    "android": [("X-Mailer", "Outlook for Android")],
    "gmail": [],
}


def to_html(text, style="gmail"):
    """Turn the plain body into a plausible HTML part."""
    out, quote = [], False
    for para in text.split("\n\n"):
        lines = para.split("\n")
        q = all(l.startswith(">") for l in lines if l.strip())
        body = "<br>\n".join(html.escape(l.lstrip("> ") if q else l, quote=False) for l in lines)
        if q:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % body)
        elif style == "outlook":
            out.append('<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">%s</span></p>' % body)
        else:
            out.append("<div>%s</div><div><br></div>" % body)
    inner = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style>'
                '</head><body lang="FR" link="#0563C1"><div class="WordSection1">\n%s\n</div></body></html>' % inner)
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">\n%s\n</body></html>' % inner)
    if style == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">\n'
                '%s\n</div></body></html>' % inner)
    return '<div dir="ltr">\n%s\n</div>' % inner


def fake_pdf(title):
    return ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            "%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n" % title).encode("latin-1", "replace")


PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cfc0f01f0005000201a5f6c8a90000000049454e44ae426082")


def header_block(msg, m, dt):
    frm_addr = m["frm"][1]
    dom = frm_addr.rsplit("@", 1)[-1]
    rp = m.get("rpath", frm_addr)
    msg["Return-Path"] = "<%s>" % rp
    msg["Delivered-To"] = DESK[1]
    r = _rnd(m)
    relay = m.get("relay", "smtp.%s" % dom)
    msg["Received"] = ("from %s (%s [203.0.113.%d]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s "
                       "for <%s>; %s" % (relay, relay, r.randint(2, 250),
                                           "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(12)),
                                           DESK[1], format_datetime(dt + datetime.timedelta(seconds=3))))
    auth = m.get("auth", "pass")
    if auth == "pass":
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=pass header.d=%s;"
                                         " spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, dom, dom))
    elif auth == "fail":
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=none;"
                                         " spf=fail smtp.mailfrom=%s; dmarc=fail (p=quarantine) header.from=%s" % (dom, dom))
    elif auth == "none":
        msg["Authentication-Results"] = "mx1.assistance.example.fr; dkim=none; spf=none; dmarc=none"


def build(m):
    dt = _dt(m)
    r = _rnd(m)
    if "build" in m:
        msg = m["build"](m, dt)
        return msg
    msg = EmailMessage()
    header_block(msg, m, dt)
    msg["From"] = formataddr(m["frm"]) if m["frm"][0] else m["frm"][1]
    msg["To"] = m.get("to", formataddr(DESK))
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = _msgid(m, r)
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m.get("refs", m["irt"])
    for k, v in MAILERS.get(m.get("mailer", ""), []):
        msg[k] = v
    for k, v in m.get("hdr", []):
        msg[k] = v
    text = m["text"].strip("\n") + "\n"
    mode = m.get("mode", "plain")
    style = m.get("hstyle", {"outlook": "outlook", "apple": "apple", "zimbra": "zimbra"}.get(m.get("mailer"), "gmail"))
    cte = m.get("cte")
    if mode == "plain":
        msg.set_content(text, cte=cte) if cte else msg.set_content(text)
    elif mode == "alt":
        msg.set_content(text)
        msg.add_alternative(m.get("html") or to_html(text, style), subtype="html")
    elif mode == "html":
        msg.set_content(m.get("html") or to_html(text, style), subtype="html")
    for fname, mt, st, data in m.get("att", []):
        if mt == "text":
            msg.add_attachment(data.decode("utf-8"), subtype=st, filename=fname)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return msg


# --------------------------------------------------- automated-mail builders

def _base(m, dt):
    msg = EmailMessage()
    header_block(msg, m, dt)
    msg["From"] = formataddr(m["frm"]) if m["frm"][0] else m["frm"][1]
    msg["To"] = m.get("to", formataddr(DESK))
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = _msgid(m, _rnd(m))
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m["irt"]
    for k, v in m.get("hdr", []):
        msg[k] = v
    return msg


def original_mail(subj, to, text, dt, msgid):
    o = EmailMessage()
    o["From"] = formataddr(DESK)
    o["To"] = to
    o["Subject"] = subj
    o["Date"] = format_datetime(dt - datetime.timedelta(seconds=20))
    o["Message-ID"] = msgid
    o["Auto-Submitted"] = "auto-replied"
    o.set_content(text, cte="quoted-printable")
    return o


def build_report(m, dt):
    """multipart/report: delivery-status or disposition-notification."""
    msg = _base(m, dt)
    msg.set_content(m["text"].strip("\n") + "\n")
    if m.get("html"):
        msg.add_alternative(m["html"], subtype="html")
    msg.make_mixed()
    msg.set_type("multipart/report")
    msg.set_param("report-type", m["report"])
    if m["report"] == "delivery-status":
        ds = Message()
        ds["Content-Type"] = "message/delivery-status"
        blocks = []
        for fields in m["status"]:
            b = Message()
            for k, v in fields:
                b[k] = v
            blocks.append(b)
        ds.set_payload(blocks)
        msg.attach(ds)
    else:
        dn = Message()
        dn["Content-Type"] = "message/disposition-notification"
        dn.set_payload(m["status"])
        msg.attach(dn)
    if m.get("orig"):
        kind, o = m["orig"]
        if kind == "full":
            msg.attach(MIMEMessage(o))
        else:
            hp = Message()
            hp["Content-Type"] = "text/rfc822-headers"
            hp.set_payload("".join("%s: %s\n" % (k, v) for k, v in o.items()))
            msg.attach(hp)
    return msg


def build_calendar(m, dt):
    msg = _base(m, dt)
    msg.set_content(m["text"].strip("\n") + "\n")
    msg.add_alternative(m["ics"], subtype="calendar", params={"method": "REPLY"})
    return msg


# ------------------------------------------------------------------ mails
# ============================== password_reset (23)

add("password_reset", True, "0692121F", "esidoc", "fr",
    "Documentaliste back after Toussaint cannot get into the e-sidoc back office; UAI in the body. Plain lost-password case.",
    frm=("Hélène Barthélémy", "helene.barthelemy@ac-lyon.fr"), mailer="zimbra", mode="alt",
    date="2024-11-05 07:52", subj="Accès gestion e-sidoc – lycée Ampère",
    text="""Bonjour,

Après deux semaines de vacances, impossible de me rappeler le mot de passe de la partie gestion de notre portail e-sidoc. J'ai essayé les trois ou quatre que j'utilise d'habitude, sans succès, et je préfère ne pas insister.

Pourriez-vous m'envoyer de quoi le réinitialiser ? Notre UAI est le 0692121F.

Bonne journée,
Hélène Barthélémy
Professeure documentaliste – Lycée Ampère (classes de BTS)""")

add("password_reset", True, "0942252M", "esidoc", "fr",
    "Secrétaire de direction writes from ce.<UAI>@ac-creteil.fr and asks for the reset link on that official address; the UAI is only in the sender address.",
    hard=True,
    frm=("Secrétariat de direction", "ce.0942252M@ac-creteil.fr"), mailer="zimbra",
    date="2024-11-06 10:31", subj="Réinitialisation mot de passe portail documentaire",
    text="""Madame, Monsieur,

La professeure documentaliste du lycée est en arrêt depuis la rentrée de novembre et sa remplaçante arrive lundi. Personne ne connaît le mot de passe administrateur du portail e-sidoc.

Pouvez-vous envoyer un lien de réinitialisation sur cette adresse (boîte fonctionnelle de l'établissement), que je transmettrai à la remplaçante ?

Merci d'avance.

Nadia Ferreira
Secrétaire de direction""")

add("password_reset", True, "0671042U", "esidoc", "en",
    "English-speaking assistant in the CDI of a Strasbourg lycée, writing from a personal address; forgot the e-sidoc password, UAI given as the login.",
    frm=("Siobhan Kelly", "siobhan.kelly.cdi@gmail.com"), mailer="gmail",
    date="2024-11-07 16:05", subj="Forgotten password for our library portal",
    text="""Hello,

I work in the library (CDI) of Lycée Kléber in Strasbourg and I'm afraid I've forgotten the password for the e-sidoc admin side. The login is our school number, 0671042U, if I understood correctly.

Could you tell me how to get a new one? I'm not sure which email address was registered for the account, it might be the old librarian's.

Many thanks,
Siobhan""")

add("password_reset", True, "0592800Y", "esidoc", "fr",
    "No capitals, no punctuation, UAI typed in lower case (0592800y); label is the upper-case code. Clear forgotten password.",
    hard=True,
    frm=("", "m.lefebvre59@laposte.net"), date="2024-11-08 21:47",
    subj="mot de passe",
    text="""bonjour jai perdu le mdp du portail esidoc du lycee uai 0592800y je suis la documentaliste depuis septembre et on ma jamais donne le code merci de me dire quoi faire
marie lefebvre""")

add("password_reset", True, "0332563G", "espace_acheteur", "fr",
    "Gestionnaire of a big cité scolaire: Espace Acheteur account locked after too many attempts; asks to unlock or reset.",
    frm=("Philippe Darrigade", "philippe.darrigade@ac-bordeaux.fr"), mailer="outlook", mode="alt",
    date="2024-11-12 08:18", subj="Compte bloqué Espace Acheteur",
    text="""Bonjour,

En voulant me connecter ce matin à l'Espace Acheteur pour passer la commande de fournitures du deuxième trimestre, j'ai saisi un mauvais mot de passe plusieurs fois et le compte indique maintenant qu'il est verrouillé.

Merci de bien vouloir le débloquer ou de m'envoyer un lien pour définir un nouveau mot de passe.

Cordialement,

Philippe Darrigade
Gestionnaire – Cité scolaire Gustave Eiffel
UAI 0332563G""")

add("password_reset", True, "9714865L", "esidoc", "fr",
    "Guadeloupe (UTC-4): the reset mail arrived in the night, the link had expired by morning; asks for a new one.",
    frm=("Josiane Céleste", "josiane.celeste@ac-guadeloupe.fr"), mailer="thunderbird",
    date="2024-11-13 06:40", tz="-0400", subj="Lien expiré – e-sidoc 9714865L",
    text="""Bonjour,

Avec le décalage horaire, le mail de réinitialisation que j'ai demandé hier soir est arrivé vers 2 h du matin chez nous, et quand j'ai cliqué ce matin à l'ouverture du CDI, le lien n'était plus valable.

Est-il possible de m'en renvoyer un ? Je serai devant mon poste toute la matinée (heure de Pointe-à-Pitre, donc l'après-midi pour vous).

Portail : e-sidoc du lycée, UAI 9714865L.

Merci beaucoup,
Josiane Céleste, documentaliste""")

add("password_reset", True, None, "esidoc", "fr",
    "UAI typed 0131483T: the check letter for 0131483 is S, so it is not a UAI (probable typo); region from the ac-aix-marseille.fr sender. Simple forgotten password, so the reset template (which handles the no-UAI case) still applies.",
    hard=True,
    frm=("Rémi Sauvaire", "remi.sauvaire@ac-aix-marseille.fr"), mailer="thunderbird",
    date="2024-11-14 13:02", subj="Oubli de mot de passe",
    text="""Bonjour,

Je n'arrive plus à accéder à l'administration du portail e-sidoc de mon établissement (identifiant : 0131483T). J'ai dû changer le mot de passe avant les vacances et je ne l'ai pas noté.

Merci de votre aide,

Rémi Sauvaire
Lycée polyvalent, Marseille""")

add("password_reset", True, "0382500L", "esidoc", "fr",
    "Reply quoting (Gmail French style) the desk's earlier answer about a subscription activation; the new text asks something else: a forgotten password. Category follows the new request.",
    hard=True,
    frm=("Clémence Viallet", "clemence.viallet@ac-grenoble.fr"), mailer="gmail",
    irt="<SUP-018842.1730370000.a1c2@assistance.example.fr>",
    date="2024-11-15 11:26", subj="Re: [#SUP-018842] Abonnement Généralis",
    text="""Bonjour,

Merci, l'abonnement est bien visible depuis la semaine dernière.

Autre chose, du coup : en voulant ajouter la ressource dans le menu, je me suis rendu compte que je ne connaissais plus le mot de passe de la gestion. Pourriez-vous me le réinitialiser ? UAI 0382500L.

Clémence

Le mer. 30 oct. 2024 à 11:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> L'abonnement commandé le 28 octobre a été activé. Il peut s'écouler
> quelques heures avant son apparition dans « Mes abonnements ».
>
> Cordialement,
> L'équipe d'assistance""")

add("password_reset", True, "0861931G", "esidoc", "fr",
    "Replacement librarian who never received the password ('je ne connais pas le mot de passe'); reset path.",
    frm=("Thomas Gaborit", "thomas.gaborit@ac-poitiers.fr"), mailer="zimbra",
    date="2024-11-18 09:44", subj="Remplacement au CDI - accès au portail",
    text="""Bonjour,

Je remplace depuis le 4 novembre la documentaliste du lycée Camille Guérin (UAI 0861931G), absente jusqu'en février. On m'a bien donné l'adresse du portail mais personne ne connaît le mot de passe du compte de gestion, et ma collègue n'est pas joignable.

Que dois-je faire pour y avoir accès ?

Cordialement,
Thomas Gaborit
Professeur documentaliste contractuel""")

add("password_reset", True, None, "espace_acheteur", "en",
    "English, university library buyer: Espace Acheteur password expired and the old one is forgotten. University address, no UAI, no académie domain: no region.",
    frm=("Daniel Okafor", "daniel.okafor@univ-lyon1.fr"), mailer="outlook", mode="alt",
    date="2024-11-19 14:12", subj="Expired password - buyer account",
    text="""Good afternoon,

I'm a purchasing officer at the university library service (BU Lyon 1). When I log in to the Espace Acheteur I'm told my password has expired and must be changed, but the form asks for the current password, which I no longer remember (I last logged in in June).

Could you please send me a reset link?

Best regards,
Daniel Okafor
Service des achats documentaires""")

add("password_reset", True, "9768369T", "esidoc", "fr",
    "Mayotte (UTC+3): secretariat asks for the reset on the official address; mentions a slow network in passing.",
    frm=("Secrétariat Lycée de Kahani", "ce.9768369T@ac-mayotte.fr"), mailer="zimbra",
    date="2024-11-20 08:05", tz="+0300", subj="Mot de passe e-sidoc perdu",
    text="""Bonjour,

Nous n'avons plus le mot de passe de gestion du portail e-sidoc du lycée (UAI 9768369T). Merci d'envoyer le lien de réinitialisation à cette adresse, qui est celle de l'établissement.

Petite précision : notre connexion est très lente ces jours-ci, si le lien a une durée courte merci de nous prévenir, nous serons là de 7 h à 15 h heure de Mayotte.

Merci,
Le secrétariat""")

add("password_reset", False, "0312502B", "esidoc", "fr",
    "Two topics: forgotten e-sidoc password (first) and a quote for next year's renewal (order_billing). One template cannot answer both, so no automatic answer.",
    hard=True,
    frm=("Agnès Rouquette", "agnes.rouquette@ac-toulouse.fr"), mailer="thunderbird",
    date="2024-11-21 15:33", subj="Deux petites choses",
    text="""Bonjour,

1) Je n'arrive plus à me connecter à la gestion de notre e-sidoc, le mot de passe est refusé. Pourriez-vous le réinitialiser ?

2) Notre gestionnaire me demande un devis pour le renouvellement 2025 (abonnement portail + module BTS) afin de préparer le bon d'engagement avant la fin de l'exercice.

Lycée Déodat de Séverac, UAI 0312502B.

Merci !
Agnès Rouquette""")

add("password_reset", True, "0451565G", "espace_acheteur", "fr",
    "Outlook forward ('TR :') of the platform's new-password mail whose link no longer works; UAI as 'RNE' in the signature.",
    frm=("Sandrine Pelletier", "sandrine.pelletier@ac-orleans-tours.fr"), mailer="outlook", mode="alt",
    date="2024-11-22 10:09", subj="TR: Réinitialisation de votre mot de passe",
    text="""Bonjour,

Je vous transfère le mail reçu : quand je clique sur le lien, la page dit « lien invalide ou déjà utilisé ». Je ne l'avais pourtant jamais ouvert. Pouvez-vous m'en faire parvenir un nouveau ?

Sandrine Pelletier
Adjointe gestionnaire
RNE : 0451565G

De : Espace Acheteur <no-reply@espace-acheteur.example.fr>
Envoyé : vendredi 22 novembre 2024 08:51
À : Pelletier Sandrine <sandrine.pelletier@ac-orleans-tours.fr>
Objet : Réinitialisation de votre mot de passe

Bonjour,
Vous avez demandé la réinitialisation de votre mot de passe. Cliquez sur le lien ci-dessous (valable 1 heure) :
https://espace-acheteur.example.fr/reset/3f9a1c7e2b
Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.""")

add("password_reset", False, "0622617H", "esidoc", "fr",
    "Says she already wrote twice about her lost password and asks to speak to a person: the automatic answer has already failed, a human must take over.",
    hard=True,
    frm=("Véronique Descamps", "veronique.descamps@ac-lille.fr"),
    date="2024-11-25 12:14", subj="3e relance - toujours pas d'accès",
    text="""Bonjour,

C'est la troisième fois que j'écris. J'ai reçu deux fois le même message automatique me disant qu'un lien était parti vers l'adresse de l'établissement, mais la boîte ce. est gérée par l'intendance qui ne voit rien arriver.

Je voudrais qu'une personne me rappelle ou me réponde directement, s'il vous plaît : je n'ai plus accès au portail du CDI depuis le 5 novembre. Lycée Baudelaire, UAI 0622617H. Tél. 03 21 00 00 00 (poste 214).

V. Descamps""")

add("password_reset", True, "0251626G", "esidoc", "fr",
    "Extremely polite and vague, but what it describes is refused credentials on the library portal: a lost password.",
    frm=("Bernadette Vuillemin", "bernadette.vuillemin@ac-besancon.fr"), mailer="outlook", mode="html",
    date="2024-11-26 09:03", subj="Demande d'aide",
    text="""Madame, Monsieur,

Je me permets de vous solliciter, en vous priant de bien vouloir excuser le dérangement, au sujet d'une petite difficulté que je rencontre depuis quelques jours.

En effet, lorsque je souhaite accéder à l'espace de gestion de notre portail documentaire, le site m'indique que mes identifiants ne sont pas reconnus. Je suis pourtant certaine d'avoir utilisé les mêmes que d'habitude, mais peut-être ma mémoire me joue-t-elle des tours.

Si vous aviez la gentillesse de m'indiquer la marche à suivre, je vous en serais très reconnaissante.

Avec mes remerciements anticipés et mes salutations respectueuses,

Bernadette Vuillemin
CDI – Lycée Louis Pergaud (0251626G)""")

add("password_reset", True, "7206241W", "esidoc", "fr",
    "Short request from a Haute-Corse school (UAI prefix 720).",
    frm=("Ghjuvanni Santoni", "g.santoni@ac-corse.fr"), mailer="android",
    date="2024-11-06 17:58", subj="mdp esidoc",
    text="""Bonsoir, mot de passe oublié pour le portail du lycée 7206241W. Merci de me renvoyer un lien.
G. Santoni""")

add("password_reset", True, "0441587L", "esidoc", "fr",
    "Subject says 'order subscription' but the body is only about a forgotten password.",
    hard=True,
    frm=("Yannick Le Goff", "yannick.le-goff@ac-nantes.fr"), mailer="thunderbird",
    date="2024-11-08 10:47", subj="Commande abonnement 2025",
    text="""Bonjour,

Je voulais préparer la commande de l'an prochain, mais je reste bloqué à l'écran de connexion : mon mot de passe ne passe plus et je ne l'ai pas changé depuis des mois. Il a peut-être expiré ?

Merci de me permettre de le réinitialiser. Établissement : lycée Guist'hau, UAI 0441587L.

Yannick Le Goff""")

add("password_reset", False, "0621925F", "ecoledirecte", "fr",
    "Lost EcoleDirecte administration password, and says explicitly it is not the daily maintenance password (which would be transfer_incident). No reset template for this product: a person answers.",
    hard=True,
    frm=("Frédéric Caron", "frederic.caron@lycee-saint-joseph-arras.fr"), mailer="outlook",
    date="2024-11-12 17:20", subj="Mot de passe administrateur EcoleDirecte",
    text="""Bonjour,

Je ne parle pas du mot de passe de maintenance quotidien (celui-là je sais le demander), mais du mot de passe du compte administrateur EcoleDirecte de l'établissement : notre ancien CPE l'avait modifié avant de partir aux vacances de la Toussaint et il ne l'a transmis à personne.

Comment le récupérer ?

Frédéric Caron
Proviseur adjoint
Lycée Saint-Joseph – 0621925F""")

add("password_reset", True, "0312843X", "esidoc", "en",
    "English, Irish teaching assistant helping in the CDI: does not know what the login is nor the password. Reset path with the UAI as login.",
    frm=("Aoife Brennan", "aoife.brennan@ac-toulouse.fr"), mailer="gmail",
    date="2024-11-14 12:31", subj="login for the CDI portal?",
    text="""Hi there,

I'm helping out in the school library at Lycée Saint-Sernin (school number 0312843X) while the librarian is away. She left me a note saying to "log in to the gestion", but I have neither the identifiant nor the password.

What is the login, and can you send a password reset to the right place?

Thanks a lot,
Aoife""")

add("password_reset", True, "0351037M", "esidoc", "fr",
    "UAI written with spaces ('0351 037 M'); the label is the compact code. Forgotten password.",
    hard=True,
    frm=("Gwenaëlle Tanguy", "gwenaelle.tanguy@ac-rennes.fr"), mailer="apple",
    date="2024-11-15 18:22", subj="Portail CDI - oubli",
    text="""Bonsoir,

J'ai oublié le mot de passe de gestion du portail du CDI. Lycée Bréquigny, UAI 0351 037 M.

Pouvez-vous m'envoyer un lien ?

Merci
Gwenaëlle

Envoyé de mon iPhone""")

add("password_reset", True, "0762504J", "esidoc", "fr",
    "Thunderbird reply answering the desk's questions inline ('>' lines): gives the UAI and confirms she can read the establishment's mailbox, so the reset link can go there.",
    hard=True,
    frm=("Laëtitia Morel", "laetitia.morel@ac-normandie.fr"), mailer="thunderbird",
    irt="<SUP-019107.1731400000.b3f0@assistance.example.fr>",
    date="2024-11-19 08:57", subj="Re: [#SUP-019107] Accès portail documentaire",
    text="""Le 18/11/2024 à 16:40, Assistance a écrit :
> Bonjour,
>
> Pour vous envoyer un lien de réinitialisation, pouvez-vous nous indiquer
> le code UAI de votre établissement ?

0762504J (lycée Jeanne d'Arc)

> Avez-vous accès à la boîte fonctionnelle ce.<UAI> de l'établissement ?

Oui, le secrétariat me fait suivre ce qui y arrive, c'est très bien si le lien part là-bas.

Merci,
Laëtitia Morel""")

add("password_reset", True, None, "ticket_portal", "fr",
    "DANE staff member: ticket-portal password expired, asks for a reset. No UAI; region from ac-nancy-metz.fr.",
    frm=("Olivier Hennequin", "olivier.hennequin@ac-nancy-metz.fr"), mailer="zimbra",
    date="2024-11-21 11:05", subj="Portail de tickets : mot de passe expiré",
    text="""Bonjour,

Je suis chargé de mission à la DANE de Nancy-Metz et j'utilise votre portail de tickets pour suivre les demandes des établissements. Depuis ce matin il m'indique que mon mot de passe a expiré, et le formulaire de changement me renvoie une erreur sans explication.

Pouvez-vous me renvoyer un lien de réinitialisation ?

Olivier Hennequin
DANE – Rectorat de Nancy-Metz""")

add("password_reset", True, None, "esidoc", "en",
    "From abroad: librarian of a French school in Brussels (Belgian address, no UAI given): forgotten e-sidoc password. No UAI and no académie domain, so no region; the reset template's head-of-establishment path applies.",
    frm=("Marieke Claes", "m.claes@lyceefrancais-bruxelles.be"), mailer="outlook", mode="alt",
    date="2024-11-27 09:48", tz="+0100", subj="e-sidoc password",
    text="""Dear support team,

I am the librarian at the French lycée in Brussels. Our school uses e-sidoc for the library catalogue and I have lost the administrator password after a long sick leave.

Could you please explain how I can reset it? I don't have the establishment code at hand, our administration can provide it if needed.

Kind regards,
Marieke Claes
Bibliothécaire – CDI""")

add("password_reset", True, "0022515Y", "espace_acheteur", "fr",
    "Very long context about the autumn budget and staff changes, then a one-line request: the Espace Acheteur password is unknown.",
    frm=("Christophe Dumoulin", "christophe.dumoulin@ac-amiens.fr"), mailer="outlook", mode="alt",
    date="2024-11-28 16:44", subj="Espace Acheteur – lycée Condorcet",
    text="""Bonjour,

Un peu de contexte : je suis arrivé au lycée Condorcet de Saint-Quentin au 1er novembre comme gestionnaire, en remplacement de Mme Poulain partie en mutation. La passation s'est faite en une demi-journée juste avant les vacances, entre la clôture des comptes de la taxe d'apprentissage et la préparation du budget 2025. On m'a laissé un classeur avec beaucoup de codes, mais pas tous.

Nous devons passer avant le 10 décembre les commandes de petit matériel pour les ateliers et de manuels pour les BTS, et la Région nous demande de passer par les marchés de la centrale.

Bref : je n'ai pas le mot de passe de l'Espace Acheteur (UAI 0022515Y), merci de me dire comment le réinitialiser.

Christophe Dumoulin""")
# ============================== missing_noreply_mail (17)

add("missing_noreply_mail", True, None, "espace_acheteur", "fr",
    "Gestionnaire of a cité scolaire (regional domain, not académie): the Espace Acheteur activation mail never came, junk checked; no anti-spam product named.",
    frm=("Karine Bouvier", "karine.bouvier@cite-scolaire-jules-ferry.fr"), mailer="outlook", mode="alt",
    date="2024-11-05 10:12", subj="Pas de mail d'activation",
    text="""Bonjour,

J'ai créé hier mon compte sur l'Espace Acheteur pour la cité scolaire Jules Ferry. Le site indique qu'un mail d'activation m'a été envoyé, mais rien n'est arrivé, ni dans la boîte de réception ni dans les courriers indésirables.

Pouvez-vous vérifier ou me le renvoyer ?

Cordialement,
Karine Bouvier
Gestionnaire""")

add("missing_noreply_mail", True, "0382393V", "esidoc", "fr",
    "BTS-lycée librarian: the e-sidoc new-password mail never arrives; no product named.",
    frm=("Pascale Giroud", "pascale.giroud@ac-grenoble.fr"), mailer="zimbra",
    date="2024-11-06 13:48", subj="Mail de nouveau mot de passe non reçu",
    text="""Bonjour,

J'ai utilisé trois fois depuis lundi le bouton « mot de passe oublié » du portail e-sidoc (UAI 0382393V). Le message s'affiche bien, « un courriel vous a été envoyé », mais je ne reçois strictement rien.

Merci de votre aide.
Pascale Giroud
Documentaliste, lycée Vaucanson""")

add("missing_noreply_mail", True, None, "espace_acheteur", "en",
    "English, university library buyer: the offer-alert notifications from the no-reply address stopped arriving in October. University domain: no region.",
    frm=("Priya Raman", "priya.raman@u-bordeaux.fr"), mailer="outlook", mode="alt",
    date="2024-11-07 11:30", subj="No more alert emails since October",
    text="""Hello,

Until early October I used to receive the automatic alerts when a new offer was published in the markets I follow on the buyer space. Since then, nothing at all, although the alerts are still ticked in my profile.

Has the sender address changed? I'd like to tell our IT which address to accept.

Thanks,
Priya Raman
Library acquisitions, Université de Bordeaux""")

add("missing_noreply_mail", True, "0542288U", "espace_acheteur", "fr",
    "Negation: 'ce n'est pas un problème de mot de passe' - she has it; the address-confirmation mail never came. missing_noreply_mail, not password_reset.",
    hard=True,
    frm=("Aurélie Thiébaut", "aurelie.thiebaut@ac-nancy-metz.fr"), mailer="zimbra",
    date="2024-11-08 14:15", subj="Problème de mot de passe ?",
    text="""Bonjour,

Ce n'est pas un problème de mot de passe à proprement parler : je le connais et il est accepté. Mais à chaque connexion l'Espace Acheteur me demande de confirmer mon adresse électronique « via le lien envoyé », et ce courriel ne m'arrive jamais.

Lycée Henri Poincaré, 0542288U.

Aurélie Thiébaut, gestionnaire""")

add("missing_noreply_mail", False, "0672356X", "espace_acheteur", "fr",
    "Reply (Outlook 'De : ... Envoyé :') to the junk-folder answer: still nothing after more than 48 h, wants the region / a person. The template was already sent: no second automatic answer.",
    hard=True,
    frm=("Didier Meyer", "didier.meyer@ac-strasbourg.fr"), mailer="outlook", mode="alt",
    irt="<SUP-018990.1731060000.77aa@assistance.example.fr>",
    date="2024-11-12 09:02", subj="RE: [#SUP-018990] Mail de confirmation non reçu",
    text="""Bonjour,

J'ai suivi la procédure (dossier indésirables, expéditeur ajouté aux contacts). Cela fait maintenant quatre jours et toujours rien. Merci de transmettre à l'assistance régionale ou de me faire rappeler, je dois passer une commande avant la fin du mois.

Didier Meyer
Gestionnaire – Lycée Jean Rostand (0672356X)

De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 8 novembre 2024 10:40
À : Meyer Didier <didier.meyer@ac-strasbourg.fr>
Objet : [#SUP-018990] Mail de confirmation non reçu

Bonjour,
Les messages de la plateforme partent d'une adresse no-reply. Vérifiez votre dossier de courriers indésirables et ajoutez l'expéditeur à vos contacts. Sans nouvelle sous 48 h, nous transmettrons à l'assistance de votre région.
Cordialement""")

add("missing_noreply_mail", True, "9730324P", "espace_acheteur", "fr",
    "Guyane (UTC-3): activation mail for the buyer account never arrived.",
    frm=("Maryse Jean-Baptiste", "maryse.jean-baptiste@ac-guyane.fr"), mailer="thunderbird",
    date="2024-11-13 07:15", tz="-0300", subj="Activation compte acheteur",
    text="""Bonjour,

Je me suis inscrite lundi sur l'Espace Acheteur pour le lycée Léon-Gontran Damas (UAI 9730324P). Je n'ai reçu aucun message d'activation. J'ai regardé dans tous les dossiers de la messagerie.

Je précise que nous avons 4 heures de moins que la métropole en ce moment, si quelqu'un veut m'appeler c'est plutôt en fin de matinée pour vous.

Merci
Maryse Jean-Baptiste""")

add("missing_noreply_mail", True, None, "ticket_portal", "fr",
    "Conseil départemental agent (school equipment): the ticket portal's confirmation mail to set a password never came. Departmental domain: no region.",
    frm=("Stéphane Giraudet", "stephane.giraudet@cd71.fr"), mailer="outlook", mode="html",
    date="2024-11-14 15:37", subj="Inscription portail de tickets",
    text="""Bonjour,

Je gère au Département de Saône-et-Loire le parc informatique des collèges. Je me suis inscrit sur votre portail de tickets pour suivre nos demandes, mais le courriel qui doit me permettre de choisir mon mot de passe ne m'est jamais parvenu (pas plus dans les indésirables).

Pouvez-vous le renvoyer ?

Stéphane Giraudet
Direction de l'éducation – Service équipements des collèges""")

add("missing_noreply_mail", True, None, "espace_acheteur", "fr",
    "Phone one-liner, no punctuation: confirmation mail from the buyer space not received.",
    frm=("", "jm.perrot71@orange.fr"), date="2024-11-15 19:51",
    subj="Re inscription",
    text="""toujours pas recu le mail de confirmation de lespace acheteur depuis mardi""")

add("missing_noreply_mail", True, None, "espace_acheteur", "en",
    "English, lycée IT technician asks which no-reply sender to allow on their mail server (no anti-spam product named) because no platform mail arrives.",
    frm=("Lucas Ferrand", "it@lycee-international-ferney.fr"), mailer="thunderbird",
    date="2024-11-18 10:22", subj="Sender address to whitelist?",
    text="""Hi,

Our staff report that none of the automatic emails from the buyer platform (sign-up, password) reach them. Our mail server logs show nothing from you either, so it may be rejected upstream.

Could you give me the exact sender address(es) and sending domain so I can allow them?

Lucas Ferrand
IT, Lycée international""")

add("missing_noreply_mail", True, None, "espace_acheteur", "fr",
    "DANE staff relays that several establishments no longer get offer alerts from the no-reply address. Region from ac-bordeaux.fr.",
    frm=("Isabelle Lacoste", "isabelle.lacoste@ac-bordeaux.fr"), mailer="zimbra",
    date="2024-11-19 16:08", subj="Alertes offres : plusieurs établissements concernés",
    text="""Bonjour,

Plusieurs gestionnaires de lycées de Gironde nous signalent qu'ils ne reçoivent plus les alertes automatiques de l'Espace Acheteur depuis les vacances :
- lycée Montesquieu
- lycée des Graves
- cité scolaire de Blaye

Aucun n'a trouvé les messages dans ses indésirables. Pouvez-vous vérifier l'envoi de votre côté ?

Isabelle Lacoste
DANE – Rectorat de Bordeaux""")

add("missing_noreply_mail", True, "0671106N", "esidoc", "fr",
    "Subject says 'mot de passe oublié', but she used the reset tool and the new-password mail never arrives: missing_noreply_mail per the taxonomy.",
    hard=True,
    frm=("Sophie Kuntz", "sophie.kuntz@ac-strasbourg.fr"), mailer="zimbra",
    date="2024-11-20 11:41", subj="Mot de passe oublié",
    text="""Bonjour,

J'ai cliqué sur « mot de passe oublié » sur la page de connexion du portail (UAI 0671106N), saisi l'identifiant, et la page me confirme l'envoi. Mais le mail n'arrive pas, j'ai attendu toute la matinée et vérifié les indésirables.

Sophie Kuntz""")

add("missing_noreply_mail", True, "0212828K", "espace_acheteur", "fr",
    "Long context, then: the structure administrator never receives the 'account to validate' notifications.",
    frm=("Jean-Marc Poinsot", "jean-marc.poinsot@ac-dijon.fr"), mailer="outlook", mode="alt",
    date="2024-11-21 08:30", subj="Notifications de validation de comptes",
    text="""Bonjour,

Je suis l'administrateur de structure de l'Espace Acheteur pour le lycée Carnot (0212828K). Depuis la rentrée de novembre, deux nouvelles collègues (une adjointe gestionnaire et la secrétaire d'intendance) se sont inscrites. Elles m'ont dit avoir reçu le message « votre compte est en attente de validation par l'administrateur ». Moi, je n'ai reçu aucune notification me demandant de valider quoi que ce soit, alors que c'était le cas l'an dernier.

J'ai vérifié les règles de tri de ma messagerie : rien.

Pouvez-vous regarder pourquoi les notifications ne me parviennent pas ?

Jean-Marc Poinsot""")

add("missing_noreply_mail", True, "0721836E", "esignature", "fr",
    "HTML-only Outlook: the e-signature invitation mail to sign the convention never arrived at the secretariat.",
    frm=("Secrétariat de direction", "ce.0721836E@ac-nantes.fr"), mailer="outlook", mode="html",
    date="2024-11-22 14:03", subj="Convention à signer – mail non reçu",
    text="""Bonjour,

On nous a annoncé par téléphone que la convention d'adhésion avait été envoyée en signature électronique au proviseur, mais le courriel d'invitation à signer n'est jamais arrivé sur cette boîte ni sur la sienne.

Pourriez-vous relancer l'envoi ?

Bien cordialement,
Le secrétariat de direction""")

add("missing_noreply_mail", True, None, "espace_acheteur", "en",
    "English, a buyer at a CROUS: registered yesterday, no confirmation e-mail.",
    frm=("Ana Martins", "ana.martins@crous-lille.fr"), mailer="gmail",
    date="2024-11-25 10:10", subj="confirmation email not received",
    text="""Hello,

I registered yesterday on the Espace Acheteur for the CROUS purchasing unit and I still have not received the confirmation email. Nothing in spam.

Can you resend it please?

Ana""")

add("missing_noreply_mail", True, "9743900W", "esidoc", "fr",
    "La Réunion (UTC+4): the new-password mail for e-sidoc does not arrive.",
    frm=("Jean-Claude Payet", "jean-claude.payet@ac-reunion.fr"), mailer="thunderbird",
    date="2024-11-26 15:55", tz="+0400", subj="e-sidoc : aucun mail reçu",
    text="""Bonjour depuis Saint-Denis,

La demande de nouveau mot de passe sur le portail du lycée Leconte de Lisle (9743900W) ne donne rien : pas de mail, même après une nuit (il est 15 h 55 ici, midi chez vous).

Je n'ai pas de filtre particulier à ma connaissance.

Jean-Claude Payet""")

add("missing_noreply_mail", True, "0592414D", "espace_acheteur", "fr",
    "Mentions an unnamed regional mail filter, but no product is named and no challenge or quarantine is described: missing_noreply_mail, not mailinblack_spam.",
    hard=True,
    frm=("Nathalie Vandenbussche", "nathalie.vandenbussche@ac-lille.fr"), mailer="zimbra",
    date="2024-11-27 13:21", subj="Messages automatiques jamais reçus",
    text="""Bonjour,

Aucun des messages automatiques de l'Espace Acheteur ne m'arrive (inscription, mot de passe). Le lycée (0592414D) passe par un filtrage de la messagerie mis en place par la Région, je ne sais pas lequel, mais je n'ai jamais reçu de rapport de quarantaine ni de demande de validation d'expéditeur : les messages disparaissent simplement.

Que puis-je faire ?

Nathalie Vandenbussche""")

add("missing_noreply_mail", False, "0452201Y", "espace_acheteur", "fr",
    "Two topics: the activation mail never came (main) and a question about where invoices will be sent (order_billing). Half would go unanswered by a template.",
    hard=True,
    frm=("Patrice Chevallier", "patrice.chevallier@ac-orleans-tours.fr"), mailer="outlook", mode="alt",
    date="2024-11-28 09:37", subj="Inscription + facturation",
    text="""Bonjour,

- Je me suis inscrit lundi sur l'Espace Acheteur pour le lycée Pothier (0452201Y) : pas de mail d'activation à ce jour.
- Par ailleurs, pour nos futures commandes, les factures seront-elles déposées sur Chorus Pro ou envoyées par courrier ? Il me faut le savoir pour le code service.

Merci,
Patrice Chevallier""")
# ============================== mailinblack_spam (13)

add("mailinblack_spam", True, "0601845E", "espace_acheteur", "fr",
    "MailInBlack named: the activation mail is held in its quarantine.",
    frm=("Corinne Lemaire", "corinne.lemaire@ac-amiens.fr"), mailer="outlook", mode="alt",
    date="2024-11-05 14:26", subj="Mail bloqué par MailInBlack",
    text="""Bonjour,

Le mail d'activation de mon compte acheteur est arrivé dans la quarantaine MailInBlack de l'établissement (lycée Félix Faure, UAI 0601845E). Je n'ai pas les droits pour le libérer et notre informaticien ne vient que le jeudi.

Y a-t-il une procédure pour que vos messages passent directement ?

Corinne Lemaire""")

add("mailinblack_spam", True, "0591718X", "espace_acheteur", "fr",
    "IT provider's ticket with headings: Mailinblack Protect quarantines the no-reply mail; asks which domains to allow. UAI of the lycée in the ticket; provider domain.",
    frm=("Support Nordinfo Services", "support@nordinfo-services.fr"), mailer="outlook", mode="alt",
    date="2024-11-06 09:14", subj="[NIS-24-11873] Lycée Baggio – messages plateforme en quarantaine",
    text="""Ticket NIS-24-11873
Client : Lycée Baggio (UAI 0591718X)
Priorité : normale

== Contexte ==
Nous assurons l'infogérance du lycée. La messagerie est protégée par Mailinblack Protect depuis septembre.

== Symptôme ==
Les mails d'inscription et de mot de passe envoyés par l'Espace Acheteur sont placés en quarantaine (statut « expéditeur non authentifié »).

== Actions réalisées ==
- libération manuelle de 3 messages le 05/11
- vérification SPF de votre domaine : OK

== Demande ==
Merci de nous communiquer la liste des adresses et domaines expéditeurs à ajouter en liste blanche, ainsi que les éventuelles IP d'envoi.

--
Nordinfo Services – Centre de services""")

add("mailinblack_spam", True, None, "espace_acheteur", "en",
    "English, an IT contractor for a regional council: your no-reply mail gets MailinBlack's 'prove you are human' challenge. Not an académie domain: no region.",
    frm=("Tom Whitaker", "t.whitaker@hautsdefrance-numerique.fr"), mailer="outlook", mode="alt",
    date="2024-11-07 10:03", subj="Your platform emails and MailinBlack",
    text="""Hello,

I'm an IT contractor working for the regional council's school network. Since we rolled out MailinBlack in the lycées, your notifications get a "please confirm you are human" challenge sent back to the no-reply address, which obviously nobody answers, so the messages stay blocked.

Is there an official guide for whitelisting your platform? We have about 40 schools to configure.

Regards,
Tom Whitaker""")

add("mailinblack_spam", False, "0831478F", "espace_acheteur", "fr",
    "The sender-authentication challenge is described (people get asked to click to prove they are not robots) but the product is not named: mailinblack_spam, yet a person should confirm before sending the guide.",
    hard=True,
    frm=("Hervé Castellani", "herve.castellani@ac-nice.fr"), mailer="thunderbird",
    date="2024-11-08 11:50", subj="Vos messages nous reviennent ?",
    text="""Bonjour,

Notre collègue de l'intendance m'a montré un truc curieux : quand la plateforme nous écrit, c'est notre messagerie qui vous renvoie un message vous demandant de cliquer pour prouver que vous n'êtes pas un robot, et en attendant votre mail reste bloqué chez nous. Du coup elle n'a jamais eu son lien d'inscription.

C'est la Région qui gère l'outil, je ne sais pas son nom.

Lycée du Parc Impérial, 0831478F.

Hervé Castellani""")

add("mailinblack_spam", True, "9727329J", "espace_acheteur", "fr",
    "Martinique (UTC-4): 'mail in black' spelled loosely; the confirmation mail is held by it.",
    frm=("Roseline Marie-Sainte", "roseline.marie-sainte@ac-martinique.fr"), mailer="gmail",
    date="2024-11-12 07:31", tz="-0400", subj="mail in black",
    text="""Bonjour

le technicien du lycée me dit que le message de confirmation de l'espace acheteur est resté dans mail in black, il faut que je fasse quoi exactement pour que ça passe ?

lycée Schoelcher 9727329J

merci, bonne journée (il n'est que 7h30 ici !)
Roseline""")

add("mailinblack_spam", True, "0571757A", "espace_acheteur", "fr",
    "Gmail forward ('Fwd:') of a MailInBlack quarantine digest that lists the platform's messages; the person asks whether to release them. The forwarded part is machine text; the outer message is a real question.",
    hard=True,
    frm=("Émilie Schmitt", "emilie.schmitt@ac-nancy-metz.fr"), mailer="gmail",
    date="2024-11-13 12:02", subj="Fwd: Votre rapport Mailinblack - 3 messages en attente",
    text="""Bonjour,

Je reçois ça tous les matins, il y a vos messages dedans. Je dois cliquer sur « Autoriser » ou sur « Libérer » ? Je ne veux pas faire de bêtise.

Émilie Schmitt, lycée Fabert (0571757A)

---------- Forwarded message ---------
De : Mailinblack <rapport@protect.mailinblack.com>
Date: mer. 13 nov. 2024 à 07:00
Subject: Votre rapport Mailinblack - 3 messages en attente
To: <emilie.schmitt@ac-nancy-metz.fr>

Messages en attente d'authentification :
- no-reply@espace-acheteur.example.fr — Confirmez votre adresse — 12/11 16:02  [Libérer] [Autoriser]
- no-reply@espace-acheteur.example.fr — Bienvenue — 12/11 16:05  [Libérer] [Autoriser]
- promo@meubles-scolaires.example.com — Catalogue 2025 — 12/11 18:40  [Libérer] [Bloquer]""")

add("mailinblack_spam", True, "0842513A", "espace_acheteur", "fr",
    "Negation: 'ce n'est pas un problème de courriers indésirables', MailInBlack holds the mails. Named product, so the MailInBlack guide applies.",
    frm=("Laurent Aubanel", "laurent.aubanel@ac-aix-marseille.fr"), mailer="zimbra",
    date="2024-11-14 16:18", subj="Pas dans les spams",
    text="""Bonjour,

Ce n'est pas un problème de courriers indésirables, j'ai regardé partout avant de vous écrire. Notre lycée (0842513A) filtre tout avec MailInBlack et vos messages y sont bloqués en attente.

Pouvez-vous m'indiquer comment les faire accepter définitivement ?

Laurent Aubanel, gestionnaire""")

add("mailinblack_spam", False, "0221465Y", "espace_acheteur", "fr",
    "Two topics: Mailinblack blocks the platform's mails (main) and who the structure's administrator is (account_creation). A template would answer only half.",
    hard=True,
    frm=("Morgane Le Bihan", "morgane.le-bihan@ac-rennes.fr"), mailer="thunderbird",
    date="2024-11-15 09:29", subj="Mailinblack et administrateur",
    text="""Bonjour,

Deux questions :
1. vos mails (activation, mot de passe) sont arrêtés par Mailinblack chez nous, comment les débloquer ?
2. qui est l'administrateur de structure pour notre lycée ? On me dit qu'il doit valider mon compte mais personne ici ne sait qui c'est.

Lycée Ernest Renan, Saint-Brieuc, UAI 0221465Y

Morgane Le Bihan""")

add("mailinblack_spam", True, "0741202E", "espace_acheteur", "en",
    "English, short: platform e-mails stuck in the MailinBlack quarantine; UAI only in the signature.",
    frm=("James Carter", "james.carter@ac-grenoble.fr"), mailer="outlook",
    date="2024-11-18 13:40", subj="Emails stuck in quarantine",
    text="""Hi,

Emails from your buyer platform are stuck in our MailinBlack quarantine. What should we add to the allow-list?

Thanks,
James Carter
Deputy bursar – Lycée Berthollet, Annecy
0741202E""")

add("mailinblack_spam", True, None, None, "fr",
    "Conseil départemental agent: MailInBlack rolled out in all collèges, asks the sender addresses to allow for both e-sidoc and the buyer space. No single platform; departmental domain, no region.",
    frm=("Cécile Marchand", "cecile.marchand@loire-atlantique.fr"), mailer="outlook", mode="html",
    date="2024-11-19 10:50", subj="Déploiement MailInBlack dans les collèges – expéditeurs à autoriser",
    text="""Bonjour,

Le Département déploie MailInBlack sur les messageries des 80 collèges publics d'ici la fin de l'année. Afin d'éviter que les établissements ne perdent les messages de vos services (portail documentaire e-sidoc et Espace Acheteur), pourriez-vous nous transmettre :

- les adresses d'expédition utilisées,
- les domaines d'envoi,
- le cas échéant, un guide de paramétrage de la liste blanche.

Nous les ajouterons de manière centralisée.

Cécile Marchand
Direction des systèmes d'information – pôle collèges""")

add("mailinblack_spam", True, "0021304G", "espace_acheteur", "fr",
    "Reply (Outlook quote) after the junk-folder answer: their IT found the mails in MailInBlack, so the MailInBlack guide is now the right answer.",
    hard=True,
    frm=("Guillaume Lecomte", "guillaume.lecomte@ac-amiens.fr"), mailer="outlook", mode="alt",
    irt="<SUP-019233.1731490000.c0de@assistance.example.fr>",
    date="2024-11-20 15:12", subj="RE: [#SUP-019233] Pas de mail de confirmation",
    text="""Bonjour,

Notre informaticien a trouvé : ce n'était pas dans les indésirables, vos trois messages étaient dans la quarantaine Mailinblack. Il a besoin de votre guide pour autoriser l'expéditeur.

Merci,
G. Lecomte – lycée Jean Racine, 0021304G

De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 13 novembre 2024 10:26
À : Lecomte Guillaume
Objet : [#SUP-019233] Pas de mail de confirmation

Bonjour,
Vérifiez le dossier des courriers indésirables et ajoutez l'adresse d'expédition à vos contacts.""")

add("mailinblack_spam", True, None, "espace_acheteur", "fr",
    "All capitals product name, no punctuation, from a personal address: MAILINBLACK blocks the mails.",
    frm=("", "fabrice.rigaud@free.fr"), date="2024-11-22 20:14",
    subj="MAILINBLACK",
    text="""bonsoir les mails de votre site arrivent pas ils sont bloques par MAILINBLACK au lycee comment on fait pour les laisser passer merci fabrice rigaud intendance""")

add("mailinblack_spam", True, "0682082U", "espace_acheteur", "fr",
    "Extremely polite and hesitant, but names Mailinblack and describes its 'not a robot' check: MailInBlack guide applies.",
    frm=("Monique Haeffelé", "monique.haeffele@ac-strasbourg.fr"), mailer="outlook", mode="alt",
    date="2024-11-25 11:11", subj="Petite question, si vous le permettez",
    text="""Madame, Monsieur,

Pardonnez-moi de vous déranger pour ce qui est sans doute une question très simple.

Il semblerait, d'après ce que m'a expliqué notre technicien, qu'un logiciel installé sur notre messagerie – Mailinblack, si j'ai bien compris – demande à vos messages de prouver qu'ils ne sont pas envoyés par un robot, et qu'ils restent de ce fait en attente. Je n'ai donc toujours pas pu activer mon compte.

Auriez-vous l'amabilité de m'indiquer ce qu'il convient de faire ?

Avec toute ma reconnaissance,
Monique Haeffelé
Secrétaire d'intendance, lycée Bartholdi (0682082U)""")
# ============================== head_of_establishment_request (13)

add("head_of_establishment_request", False, "0691385F", "esidoc", "fr",
    "The proviseur, from the ce.<UAI>@ac-lyon.fr address, asks in writing to replace the e-sidoc administrator contact address with the new librarian's.",
    frm=("Proviseur - Lycée du Parc", "ce.0691385F@ac-lyon.fr"), mailer="zimbra", mode="alt",
    date="2024-11-05 17:32", subj="Changement d'adresse de contact du compte administrateur e-sidoc",
    text="""Madame, Monsieur,

Je vous informe que Mme Agathe Rolland a pris ses fonctions de professeure documentaliste au lycée du Parc (UAI 0691385F) le 4 novembre, en remplacement de M. Benoît Charvet.

Je vous demande de bien vouloir remplacer l'adresse de contact du compte administrateur de notre portail e-sidoc par la sienne : agathe.rolland@ac-lyon.fr, et de procéder à la réinitialisation du mot de passe.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Marc-Antoine Delorme
Proviseur""")

add("head_of_establishment_request", False, "0311016L", "espace_acheteur", "fr",
    "The proviseur authorises the gestionnaire to validate orders on the Espace Acheteur; signed delegation attached as PDF.",
    frm=("Proviseure Lycée Bellevue", "ce.0311016L@ac-toulouse.fr"), mailer="outlook", mode="alt",
    date="2024-11-06 12:05", subj="Délégation – validation des commandes",
    text="""Bonjour,

Vous trouverez ci-joint la délégation signée par laquelle j'autorise M. Karim Benali, gestionnaire, à valider les commandes de l'établissement sur l'Espace Acheteur, à compter de ce jour.

Lycée Bellevue, Toulouse – UAI 0311016L.

Cordialement,
Françoise Auriol
Proviseure""",
    att=[("delegation_signee_Benali.pdf", "application", "pdf", fake_pdf("Delegation de signature"))])

add("head_of_establishment_request", False, "0781684G", "espace_acheteur", "en",
    "English: the head of a lycée with an international section names a new structure administrator on the Espace Acheteur and asks to remove the former one.",
    frm=("Proviseur Lycée international", "ce.0781684G@ac-versailles.fr"), mailer="outlook", mode="alt",
    date="2024-11-07 08:45", subj="Change of structure administrator",
    text="""Dear Sir or Madam,

As head of the Lycée international (UAI 0781684G), I hereby ask you to make Ms Laura Bennett, our new bursar, the structure administrator of our Espace Acheteur account (laura.bennett@ac-versailles.fr).

Please also remove the administrator rights of Mr Paul Girard, who left the school at the end of October.

Yours faithfully,
Richard Ancelin
Proviseur (Head of School)""")

add("head_of_establishment_request", False, "0931786L", None, "fr",
    "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail and the Reply-To is a free-mail address; asks to move both admin accounts to it. Probable spoof, still a head-of-establishment request for the queue, where staff should refuse it. Mentions both platforms.",
    hard=True,
    frm=("Proviseur", "ce.0931786L@ac-creteil.fr"), auth="fail", reply_to="proviseur.lycee93@gmx.fr",
    relay="mail.bulk-sender.example.net", rpath="bounce@bulk-sender.example.net",
    date="2024-11-08 03:12", subj="URGENT changement administrateur",
    text="""Bonjour,

Je suis le proviseur du lycée (UAI 0931786L). Suite à un problème de messagerie académique, merci de transférer immédiatement les comptes administrateur e-sidoc et Espace Acheteur vers mon adresse provisoire proviseur.lycee93@gmx.fr et de m'envoyer les nouveaux mots de passe.

C'est urgent, les commandes sont bloquées.

Le proviseur""")

add("head_of_establishment_request", False, "0761158W", "esidoc", "fr",
    "A directrice d'école (primary) writes from her phone to ask the reset of the BCD portal's admin password and a new contact address: head request.",
    frm=("Directrice école Pasteur", "ce.0761158W@ac-normandie.fr"), mailer="apple",
    date="2024-11-12 12:48", subj="Portail BCD école Pasteur",
    text="""Bonjour,

Je suis la directrice de l'école élémentaire Pasteur (0761158W). L'enseignante qui gérait le portail e-sidoc de la BCD a changé d'école. Je vous demande de réinitialiser le mot de passe administrateur et de mettre l'adresse de l'école comme adresse de contact.

Merci.
Sylvie Hamel, directrice

Envoyé de mon iPad""")

add("head_of_establishment_request", False, "0512797N", "esidoc", "fr",
    "Zimbra reply ('----- Mail original -----'): the desk asked for the head's written request; the proviseur gives it. The quoted part is about a password reset, the new text is the head's authorisation.",
    hard=True,
    frm=("Alain Boucher", "alain.boucher@ac-reims.fr"), mailer="zimbra",
    irt="<SUP-019311.1731580000.9f1e@assistance.example.fr>",
    date="2024-11-14 18:02", subj="Re: [#SUP-019311] Réinitialisation e-sidoc lycée Clemenceau",
    text="""Bonjour,

En tant que proviseur du lycée Clemenceau de Reims (UAI 0512797N), je confirme la demande de Mme Collard, notre documentaliste : merci de réinitialiser le mot de passe du portail et d'envoyer le lien à son adresse professionnelle, sylvie.collard@ac-reims.fr.

Alain Boucher
Proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "sylvie collard" <sylvie.collard@ac-reims.fr>
Envoyé: Mercredi 13 Novembre 2024 09:12:40
Objet: [#SUP-019311] Réinitialisation e-sidoc lycée Clemenceau

Bonjour,
L'adresse de contact enregistrée n'est plus valide. Pour modifier l'adresse et réinitialiser le mot de passe, le chef d'établissement doit en faire la demande écrite.
Cordialement""")

add("head_of_establishment_request", False, "0132205B", "espace_acheteur", "fr",
    "Secrétaire de direction writes 'sur instruction du proviseur' and attaches his signed letter naming a new administrator: a relayed head request, to be checked by staff.",
    hard=True,
    frm=("Murielle Ottaviani", "murielle.ottaviani@ac-aix-marseille.fr"), mailer="outlook", mode="alt",
    cc="ce.0132205B@ac-aix-marseille.fr",
    date="2024-11-15 10:37", subj="Courrier du proviseur – administrateur Espace Acheteur",
    text="""Bonjour,

Sur instruction de M. le Proviseur, je vous transmets en pièce jointe son courrier signé désignant Mme Delphine Arnaud, nouvelle gestionnaire, comme administratrice de structure de l'Espace Acheteur pour la cité scolaire Marseilleveyre (UAI 0132205B).

L'adresse de l'établissement est en copie.

Cordialement,
Murielle Ottaviani
Secrétaire de direction""",
    att=[("Courrier_proviseur_administrateur.pdf", "application", "pdf", fake_pdf("Designation administratrice"))])

add("head_of_establishment_request", False, "0142373D", "esidoc", "fr",
    "HTML-only Outlook letter: the principal asks for a reset of the admin password so that a librarian who left at Toussaint loses access, link to the school's address.",
    frm=("Principal - Collège Guillaume de Normandie", "ce.0142373D@ac-normandie.fr"), mailer="outlook", mode="html",
    date="2024-11-18 11:20", subj="Demande du chef d'établissement",
    text="""Madame, Monsieur,

M. Vincent Lebrun, professeur documentaliste, a quitté l'établissement à l'issue des vacances de la Toussaint. Afin qu'il n'ait plus accès à la gestion du portail e-sidoc, je vous demande de réinitialiser le mot de passe du compte administrateur et d'adresser le lien à l'adresse de l'établissement.

Collège Guillaume de Normandie – UAI 0142373D

Je vous prie d'agréer mes salutations distinguées.

Le principal,
Hugues Marie""")

add("head_of_establishment_request", False, "9712551W", "espace_acheteur", "fr",
    "Guadeloupe (UTC-4): the proviseur designates a new structure administrator and asks to close the former one's rights.",
    frm=("Proviseur LGT Baimbridge", "ce.9712551W@ac-guadeloupe.fr"), mailer="outlook", mode="alt",
    date="2024-11-19 07:55", tz="-0400", subj="Désignation administrateur de structure",
    text="""Bonjour,

Je soussigné Raymond Lubin, proviseur du lycée Baimbridge (UAI 9712551W), désigne Mme Nadège Bélair, adjointe gestionnaire, comme administratrice de structure de l'Espace Acheteur.

Merci de retirer les droits de M. Eddy Ramassamy, muté en Martinique.

Compte tenu du décalage horaire, je reste joignable par courriel de préférence.

R. Lubin""")

add("head_of_establishment_request", False, "0732170M", "espace_acheteur", "fr",
    "Proviseure of a cité scolaire writes for both its lycée (0732170M) and its collège (0731396W, same Savoie département): she authorises the adjoint gestionnaire as administrator for both. Label takes the lycée's code, named first.",
    hard=True,
    frm=("Proviseure Cité scolaire Monge", "ce.0732170M@ac-grenoble.fr"), mailer="zimbra",
    date="2024-11-20 13:30", subj="Administrateur – lycée et collège de la cité scolaire",
    text="""Bonjour,

La cité scolaire Monge regroupe le lycée (UAI 0732170M) et le collège (UAI 0731396W), qui ont chacun leur compte sur l'Espace Acheteur.

J'autorise M. Julien Favre, adjoint gestionnaire, à devenir administrateur de structure sur les deux comptes, en remplacement de Mme Rey, partie à la retraite.

Merci de me confirmer la prise en compte.

Catherine Bonnard
Proviseure""")

add("head_of_establishment_request", False, "0292304X", "esidoc", "fr",
    "The principal answers from her personal académie address (Apple Mail quote) to her librarian's mail that asked for a reset: 'je confirme / j'autorise'. UAI only in the quoted part.",
    hard=True,
    frm=("Anne Kervella", "anne.kervella@ac-rennes.fr"), mailer="apple",
    cc="yann.morvan@ac-rennes.fr",
    date="2024-11-21 07:20", subj="Re: Réinitialisation du portail CDI",
    text="""Bonjour,

Je confirme et j'autorise la réinitialisation demandée ci-dessous par M. Morvan.

Anne Kervella
Principale

> Le 20 nov. 2024 à 17:02, Yann Morvan <yann.morvan@ac-rennes.fr> a écrit :
>
> Bonjour,
>
> Je suis le documentaliste du collège Max Jacob (UAI 0292304X). L'adresse
> de contact du portail e-sidoc est celle de mon prédécesseur, je ne reçois
> donc pas les liens. Pourriez-vous réinitialiser le mot de passe et mettre
> mon adresse ? Mme Kervella, principale, est en copie.
>
> Yann Morvan""")

add("head_of_establishment_request", False, "0872024C", "espace_acheteur", "fr",
    "Two topics: the proviseur authorises an order above the delegation threshold (head request, main) and asks why the last invoice shows a different amount (order_billing).",
    hard=True,
    frm=("Proviseur Lycée Gay-Lussac", "ce.0872024C@ac-limoges.fr"), mailer="outlook", mode="alt",
    date="2024-11-25 16:25", subj="Autorisation de commande + question facture",
    text="""Bonjour,

J'autorise par la présente la commande n° EA-2024-55812 (équipement de la salle de BTS SIO, 14 860 € TTC) passée par notre gestionnaire, qui dépasse le seuil de sa délégation.

Par ailleurs, la facture de la commande précédente ne correspond pas au devis (écart de 312 €) : pouvez-vous nous en expliquer la raison ?

Lycée Gay-Lussac, UAI 0872024C.

Jean-Pierre Mazeaud
Proviseur""")

add("head_of_establishment_request", False, None, "esidoc", "en",
    "From abroad: the head of a French school in London asks to change the e-sidoc administrator contact address. No UAI, foreign domain: no region; staff must verify.",
    frm=("Head of School - Lycée français", "head@lfl-london.example.uk"), mailer="outlook", mode="alt",
    date="2024-11-27 14:02", tz="+0000", subj="Request from the Head of School – library portal administrator",
    text="""Dear colleagues,

I am the head of our French school in London. Our librarian, Mrs Dupré, retired at half-term and her address is still the administrator contact of our e-sidoc library portal.

I would be grateful if you could replace it with library@lfl-london.example.uk and send a new password to that address. I am happy to confirm this on headed paper if required.

With kind regards,
Elizabeth Moreau
Head of School""")
# ============================== account_creation (10)

add("account_creation", True, None, "espace_acheteur", "fr",
    "New gestionnaire (arrived 4 November) asks how to create her Espace Acheteur account: the sign-up answer fits.",
    frm=("Amandine Roussel", "amandine.roussel@ac-dijon.fr"), mailer="zimbra",
    date="2024-11-05 11:40", subj="Création de compte",
    text="""Bonjour,

Je viens d'arriver comme gestionnaire au lycée Eugène Guillaume de Montbard. On m'a dit que nos achats passaient par votre Espace Acheteur : comment créer mon compte ?

Bien à vous,
Amandine Roussel""")

add("account_creation", False, "0951092W", "espace_acheteur", "fr",
    "Account waiting for validation for ten days and nobody knows who the structure administrator is: a person must look it up.",
    frm=("Farid Bensaïd", "farid.bensaid@ac-versailles.fr"), mailer="outlook", mode="alt",
    date="2024-11-07 15:22", subj="Compte en attente depuis 10 jours",
    text="""Bonjour,

Mon inscription sur l'Espace Acheteur (lycée Camille Pissarro, 0951092W) est « en attente de validation par l'administrateur de la structure » depuis le 28 octobre. Personne dans l'établissement ne sait qui est cet administrateur : l'ancienne gestionnaire est partie.

Pouvez-vous me dire qui c'est, ou valider le compte ?

Farid Bensaïd
Adjoint gestionnaire""")

add("account_creation", False, None, "espace_acheteur", "en",
    "English, university library buyer asks whether a university library may open a buyer account: eligibility check by a person.",
    frm=("Helen Moss", "helen.moss@univ-grenoble-alpes.fr"), mailer="outlook", mode="alt",
    date="2024-11-08 10:55", subj="Can a university library open an account?",
    text="""Dear support,

Our university library network would like to use the purchasing centre's markets for furniture and scanners. Are universities eligible for an Espace Acheteur account, or is it only for schools? If we are, what information do you need to create the account?

Best wishes,
Helen Moss
Acquisitions & procurement, BU""")

add("account_creation", True, "0802463T", "esidoc", "fr",
    "Negation: 'je n'ai pas oublié mon mot de passe, je n'en ai jamais eu': new BTS-lycée librarian has no account at all and wants one. account_creation, not password_reset.",
    hard=True,
    frm=("Lucie Dufresne", "lucie.dufresne@ac-amiens.fr"), mailer="thunderbird",
    date="2024-11-12 13:33", subj="Mot de passe ?",
    text="""Bonjour,

Je n'ai pas oublié mon mot de passe : je n'en ai jamais eu. Je suis la seconde documentaliste du lycée de la Hotoie (0802463T), recrutée pour les classes de BTS, et je voudrais un compte personnel pour la gestion du portail, distinct de celui de ma collègue.

Comment faire ?

Lucie Dufresne""")

add("account_creation", False, "0641873N", "espace_acheteur", "fr",
    "Account works; asks for order-validation rights to be opened for the new adjoint gestionnaire: rights question for a person.",
    frm=("Beñat Etcheverry", "benat.etcheverry@ac-bordeaux.fr"), mailer="outlook",
    date="2024-11-13 09:58", subj="Droits de validation",
    text="""Bonjour,

Mon compte sur l'Espace Acheteur fonctionne, mais je ne vois que le panier, pas le bouton de validation des commandes. Pouvez-vous m'ouvrir les droits de validation ? Je suis adjoint gestionnaire au lycée René Cassin de Bayonne (0641873N) depuis novembre.

Beñat Etcheverry""")

add("account_creation", False, "0332811B", "espace_acheteur", "fr",
    "GRETA staff: the GRETA's UAI is not in the list when opening the customer account. Per the FAQ this goes to the sales team: a person answers.",
    frm=("Valérie Lagarde", "valerie.lagarde@greta-aquitaine.fr"), mailer="outlook", mode="alt",
    date="2024-11-15 14:44", subj="UAI introuvable à l'inscription",
    text="""Bonjour,

Je suis assistante administrative au GRETA Nord-Aquitaine. En voulant créer notre compte, je saisis l'UAI de notre établissement support, 0332811B, et le formulaire répond « établissement inconnu ».

Comment pouvons-nous nous inscrire ?

Valérie Lagarde""")

add("account_creation", True, "0802484R", "espace_acheteur", "fr",
    "Filled the sign-up form, cannot log in: the account is waiting for the structure administrator's validation (FAQ case).",
    frm=("Ludovic Caudron", "ludovic.caudron@ac-amiens.fr"), mailer="zimbra",
    date="2024-11-19 11:17", subj="Impossible de me connecter après inscription",
    text="""Bonjour,

J'ai rempli le formulaire d'inscription vendredi (lycée Édouard Gand, 0802484R). Quand j'essaie de me connecter, on me dit que mon compte n'est pas encore actif. Y a-t-il une étape que j'ai manquée ?

Ludovic Caudron""")

add("account_creation", False, None, "esidoc", "en",
    "From abroad: a librarian of a German partner school asks for an e-sidoc account. Eligibility must be checked by a person; no UAI, no region.",
    frm=("Katrin Vogel", "k.vogel@gymnasium-freiburg.example.de"), mailer="thunderbird",
    date="2024-11-20 16:30", subj="Account for our school library (partner school)",
    text="""Dear Sir or Madam,

Our Gymnasium in Freiburg has a long-standing exchange with a lycée in Colmar, and their librarian showed us your e-sidoc portal. Would it be possible for our school library to have an account, even though we are not a French school?

Kind regards,
Katrin Vogel
Schulbibliothek""")

add("account_creation", False, None, "espace_acheteur", "fr",
    "Conseil régional agent wants accounts for her team to follow the lycées' equipment orders: rights/eligibility for a person. Regional domain: no region.",
    frm=("Élodie Garnier", "elodie.garnier@auvergnerhonealpes.fr"), mailer="outlook", mode="alt",
    date="2024-11-22 10:05", subj="Comptes pour le service équipement des lycées",
    text="""Bonjour,

Je suis cheffe du service équipement des lycées à la Région. Nous aimerions que trois agents de mon service puissent consulter sur l'Espace Acheteur les commandes passées par les lycées sur les marchés régionaux, sans pouvoir commander.

Est-ce possible, et comment créer ces comptes ?

Élodie Garnier
Direction des lycées""")

add("account_creation", False, "0451021R", "espace_acheteur", "fr",
    "Subject says 'problème de facture', the body only asks who the structure's administrator is so her account can be validated: account_creation (a look-up, so a person).",
    hard=True,
    frm=("Jocelyne Renard", "jocelyne.renard@ac-orleans-tours.fr"), mailer="outlook",
    date="2024-11-26 08:49", subj="Problème de facture",
    text="""Bonjour,

Pour pouvoir suivre nos factures il faut d'abord que j'aie un compte, et le mien attend la validation de « l'administrateur de structure ». Qui est-ce pour le lycée Voltaire d'Orléans (0451021R) ?

Merci
Jocelyne Renard, secrétariat d'intendance""")

# ============================== subscription_activation (10)

add("subscription_activation", True, "0722293B", "esidoc", "fr",
    "Europresse ordered yesterday, not visible yet: within the 72-hour window.",
    frm=("Nicolas Hamon", "nicolas.hamon@ac-nantes.fr"), mailer="thunderbird",
    date="2024-11-05 15:02", subj="Europresse pas encore visible",
    text="""Bonjour,

Nous avons commandé hier l'abonnement Europresse pour le lycée Montesquieu du Mans (0722293B). Il n'apparaît pas encore dans les ressources du portail. Est-ce normal ?

Nicolas Hamon, documentaliste""")

add("subscription_activation", True, "0741826H", "esidoc", "fr",
    "Written by the proviseur, but he only asks when the ordered subscription will be available: not a head-of-establishment request.",
    hard=True,
    frm=("Proviseur Lycée Baudelaire", "ce.0741826H@ac-grenoble.fr"), mailer="outlook", mode="alt",
    date="2024-11-07 12:12", subj="Abonnement commandé – disponibilité",
    text="""Bonjour,

Le lycée (UAI 0741826H) a commandé mardi l'abonnement au bouquet de presse pour les BTS. Pouvez-vous m'indiquer quand il sera accessible aux élèves ? Les enseignants souhaitent l'utiliser dès la semaine prochaine.

Cordialement,
Bertrand Jacquier
Proviseur""")

add("subscription_activation", True, "0542676R", "esidoc", "en",
    "English: renewal ordered two days ago still shown as expired in the subscriptions list.",
    frm=("Sarah Lindqvist", "sarah.lindqvist@ac-nancy-metz.fr"), mailer="gmail",
    date="2024-11-08 09:40", subj="Renewed subscription still shows as expired",
    text="""Hello,

We renewed our Universalis subscription on Wednesday (order validated the same day), but the portal of Lycée Chopin (0542676R) still lists it as expired and pupils get an error.

Is there something we need to do on our side?

Sarah Lindqvist
Teacher-librarian""")

add("subscription_activation", False, "0101424U", "esidoc", "fr",
    "Ordered three weeks ago and still not active: far past the 72-hour rule, so a person must check the order.",
    hard=True,
    frm=("Danielle Thévenin", "danielle.thevenin@ac-reims.fr"), mailer="zimbra",
    date="2024-11-13 10:26", subj="Abonnement toujours inactif après 3 semaines",
    text="""Bonjour,

L'abonnement Cafeyn commandé le 21 octobre (bon de commande validé le jour même) n'est toujours pas actif sur notre portail. J'ai déjà attendu les vacances en me disant que c'était normal, mais là cela fait trois semaines.

Lycée Chrestien de Troyes, 0101424U.

Danielle Thévenin""")

add("subscription_activation", True, "9740095K", "esidoc", "fr",
    "La Réunion (UTC+4): how to publish an active resource for pupils in the ENT (publication step).",
    frm=("Marie-Annick Hoarau", "marie-annick.hoarau@ac-reunion.fr"), mailer="outlook", mode="alt",
    date="2024-11-14 14:10", tz="+0400", subj="Publier la ressource pour les élèves",
    text="""Bonjour,

Notre abonnement à la base de données de presse est bien actif côté gestion, mais les élèves ne le voient pas dans l'ENT. Comment le publier sur le portail pour qu'ils y aient accès ?

Lycée Roland Garros, Le Tampon – 9740095K

Marie-Annick Hoarau""")

add("subscription_activation", True, "0682444M", "esidoc", "fr",
    "Negation: 'ce n'est ni un problème de mot de passe ni de compte': the subscription ordered Monday is not visible.",
    hard=True,
    frm=("Pierre Wenger", "pierre.wenger@ac-strasbourg.fr"), mailer="thunderbird",
    date="2024-11-20 11:08", subj="Accès",
    text="""Bonjour,

Ce n'est ni un problème de mot de passe ni un problème de compte : je me connecte très bien. Mais l'abonnement au service de vidéos éducatives que nous avons commandé lundi n'apparaît nulle part dans « Mes abonnements ».

Lycée Schweitzer, Mulhouse (0682444M)

Pierre Wenger""")

add("subscription_activation", True, "0192345W", "esidoc", "fr",
    "BTS-lycée librarian in bullet points: a resource ordered Monday for the BTS classes is missing from the portal.",
    frm=("Odile Faucher", "odile.faucher@ac-limoges.fr"), mailer="zimbra",
    date="2024-11-21 08:14", subj="Ressource BTS absente du portail",
    text="""Bonjour,

- commande : lundi 18/11, ressource « Kiosque pro BTS »
- établissement : lycée Cabanis, Brive (0192345W)
- constat : rien dans la liste des ressources, ni côté gestion ni côté élèves
- question : faut-il l'activer nous-mêmes ?

Merci,
Odile Faucher""")

add("subscription_activation", True, None, "esidoc", "en",
    "English, university library buyer: a digital resource subscribed yesterday is not visible in the portal. No UAI, university domain: no region.",
    frm=("Marco Bellini", "marco.bellini@univ-cotedazur.fr"), mailer="outlook",
    date="2024-11-25 13:30", subj="Subscription not showing",
    text="""Hello,

We placed the order for the press database yesterday morning for our IUT library portal, but the resource doesn't show up yet. How long does activation normally take?

Thanks,
Marco Bellini""")

add("subscription_activation", True, "0302833S", "esidoc", "fr",
    "Reply whose quoted history is about an invoice (order_billing), but the new text says the invoice is settled and asks about a subscription ordered two days ago that is not visible: the new request decides.",
    hard=True,
    frm=("Sébastien Reboul", "sebastien.reboul@ac-montpellier.fr"), mailer="gmail",
    irt="<SUP-019002.1731080000.4b4b@assistance.example.fr>",
    date="2024-11-20 09:55", subj="Re: [#SUP-019002] Facture en double",
    text="""Bonjour,

Pour la facture c'est réglé, merci. En revanche l'abonnement commandé lundi 18 (portail lycée Daudet, 0302833S) n'apparaît toujours pas dans nos ressources. Pouvez-vous vérifier ?

Sébastien Reboul

Le ven. 8 nov. 2024 à 16:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> La facture FA-2024-11873 a été annulée ; seule la FA-2024-11874 est à
> régler.
>
> Cordialement""")

add("subscription_activation", True, "6205032A", "esidoc", "fr",
    "Corse-du-Sud (prefix 620): short request to activate the subscription ordered yesterday.",
    frm=("Paula Casanova", "paula.casanova@ac-corse.fr"), mailer="android",
    date="2024-11-27 17:05", subj="Activation abonnement",
    text="""Bonjour, pouvez-vous activer l'abonnement commandé hier pour le lycée Fesch (6205032A) ? Merci. P. Casanova""")
# ============================== order_billing (10)

add("order_billing", False, "0131828S", "espace_acheteur", "fr",
    "Gestionnaire of a large cité scolaire: invoice of a validated order still not deposited on Chorus Pro, gives the service code.",
    frm=("Gilles Peyron", "gilles.peyron@ac-aix-marseille.fr"), mailer="outlook", mode="alt",
    date="2024-11-06 14:50", subj="Facture absente de Chorus Pro",
    text="""Bonjour,

La commande EA-2024-53107 (mobilier du CDI) a été livrée le 15 octobre, mais la facture n'est toujours pas déposée sur Chorus Pro, ce qui bloque notre mandatement avant la clôture.

Pour mémoire : SIRET de la cité scolaire Thiers 191 303 428 00017, code service FACT-EPLE.

UAI 0131828S

Gilles Peyron, gestionnaire""")

add("order_billing", False, "0821441W", "esidoc", "fr",
    "BTS-lycée librarian needs a formal quote to prepare the bon d'engagement for the renewal.",
    frm=("Christine Lafon", "christine.lafon@ac-toulouse.fr"), mailer="thunderbird",
    date="2024-11-08 09:12", subj="Devis renouvellement",
    text="""Bonjour,

Notre gestionnaire a besoin d'un devis en bonne et due forme pour engager le renouvellement de l'abonnement du portail (lycée Bourdelle, 0821441W), module BTS compris. Pouvez-vous me l'adresser ?

Christine Lafon""")

add("order_billing", False, None, "espace_acheteur", "en",
    "English, CROUS buyer: the invoice must show their purchase-order number and SIRET before it can be paid.",
    frm=("Olivia Grant", "olivia.grant@crous-paris.fr"), mailer="outlook", mode="alt",
    date="2024-11-12 11:31", subj="Invoice missing PO number",
    text="""Hello,

The invoice we received for order EA-2024-54410 cannot be processed by our accounts department because it does not mention our purchase order number (BC-24-0917) or our SIRET. Could you please issue a corrected invoice?

Kind regards,
Olivia Grant
Purchasing, CROUS de Paris""")


add("order_billing", False, "0912289U", "espace_acheteur", "fr",
    "The saved basket disappeared before validation (baskets are kept for a limited time).",
    frm=("Hakim Mansouri", "hakim.mansouri@ac-versailles.fr"), mailer="outlook",
    date="2024-11-13 16:02", subj="Panier disparu",
    text="""Bonjour,

J'avais préparé avant les vacances un panier de 23 lignes (consommables d'atelier pour le lycée Parc de Vilgénis, 0912289U). Il a disparu de mon espace. Peut-on le récupérer ? Je n'ai pas envie de tout ressaisir.

Hakim Mansouri, adjoint gestionnaire""")

add("order_billing", False, None, "espace_acheteur", "fr",
    "Conseil régional agent asks whether orders for the lycées may be paid by mandat administratif and for the bank details (RIB). Regional domain: no region.",
    frm=("Bruno Lesage", "bruno.lesage@bretagne.bzh"), mailer="outlook", mode="alt",
    date="2024-11-14 10:44", subj="Modalités de paiement – commandes Région",
    text="""Bonjour,

Pour les équipements que la Région commande directement pour le compte des lycées via vos marchés, le paiement se fera par mandat administratif à 30 jours. Pouvez-vous nous adresser un RIB à jour et nous confirmer que ce mode de paiement est accepté ?

Bruno Lesage
Service des équipements des lycées – Région Bretagne""")

add("order_billing", False, "0871261Y", "espace_acheteur", "fr",
    "Invoice amount differs from the quote (VAT rate), invoice attached as PDF.",
    frm=("Sylvie Peyrat", "sylvie.peyrat@ac-limoges.fr"), mailer="outlook", mode="alt",
    date="2024-11-18 14:21", subj="Écart facture / devis",
    text="""Bonjour,

La facture reçue pour notre commande de vidéoprojecteurs applique une TVA à 20 % sur l'éco-participation, ce qui n'était pas le cas sur le devis : 4 218,60 € au lieu de 4 196,40 €. Je joins la facture.

Merci de nous adresser un avoir ou une facture rectifiée.

Sylvie Peyrat – lycée Turgot, Limoges (0871261Y)""",
    att=[("Facture_FA2024-12877.pdf", "application", "pdf", fake_pdf("Facture FA2024-12877"))])

add("order_billing", False, "0352537T", "esidoc", "fr",
    "Subject says 'mot de passe' (left over from an old thread), but the body asks to cancel an invoice received twice.",
    hard=True,
    frm=("Anne-Sophie Guillou", "anne-sophie.guillou@ac-rennes.fr"), mailer="zimbra",
    date="2024-11-19 10:38", subj="mot de passe",
    text="""Bonjour,

(désolée pour l'objet, j'ai réutilisé un ancien message)

Nous avons reçu deux fois la facture de l'abonnement du portail, sous deux numéros différents. Pouvez-vous annuler la seconde ? Nous n'avons qu'un abonnement.

Lycée Chateaubriand, Rennes – 0352537T
Anne-Sophie Guillou""")

add("order_billing", False, "0372493J", "espace_acheteur", "fr",
    "Order validation fails: the bon d'engagement upload is refused; asks what format is expected.",
    frm=("Mathieu Rivière", "mathieu.riviere@ac-orleans-tours.fr"), mailer="thunderbird",
    date="2024-11-22 15:15", subj="Validation de commande impossible",
    text="""Bonjour,

Au moment de valider la commande, l'Espace Acheteur me demande le bon d'engagement. Je dépose le PDF exporté d'Op@le et j'obtiens « fichier non conforme ». Quel format ou quelle taille maximale est attendu ?

Lycée Descartes, Tours (0372493J)
Mathieu Rivière""")

add("order_billing", False, "0931274E", "espace_acheteur", "fr",
    "Two topics: a validated order is stuck 'en attente' (main, order_billing) and the market's CCAP cannot be found (contract_documents).",
    hard=True,
    frm=("Rachida Ould-Ali", "rachida.ould-ali@ac-creteil.fr"), mailer="outlook", mode="alt",
    date="2024-11-25 09:20", subj="Commande bloquée",
    text="""Bonjour,

Notre commande EA-2024-55390 est validée depuis le 12 novembre mais reste au statut « en attente » et le fournisseur dit ne rien avoir reçu. Pouvez-vous la débloquer ?

Et au passage, je ne trouve plus le CCAP du marché de fournitures de bureau dans « Mes marchés ».

Lycée Paul Éluard, Saint-Denis (0931274E)
Rachida Ould-Ali""")

add("order_billing", False, "0862864W", "espace_acheteur", "fr",
    "Outlook forward ('TR :') of a payment reminder for an invoice the agent says was paid by mandat on 30 October.",
    frm=("Francis Baudry", "francis.baudry@ac-poitiers.fr"), mailer="outlook", mode="alt",
    date="2024-11-26 11:47", subj="TR: Relance – facture impayée FA-2024-10321",
    text="""Bonjour,

Je reçois la relance ci-dessous alors que cette facture a été payée par mandat le 30 octobre (mandat n° 1482). Merci de vérifier et de cesser les relances.

Francis Baudry
Agent comptable – lycée du Bois d'Amour, Poitiers (0862864W)

De : Service comptabilité <compta@centrale-achat.example.fr>
Envoyé : lundi 25 novembre 2024 09:00
À : Baudry Francis
Objet : Relance – facture impayée FA-2024-10321

Madame, Monsieur,
Sauf erreur de notre part, la facture FA-2024-10321 d'un montant de 1 245,00 € reste impayée à ce jour. Merci de procéder au règlement.""")

# ============================== contract_documents (7)

add("contract_documents", False, "0921519B", "espace_acheteur", "fr",
    "Cannot find the CCAP and CCTP of the IT-equipment market in 'Mes marchés'.",
    frm=("Jérôme Lenoir", "jerome.lenoir@ac-versailles.fr"), mailer="outlook", mode="alt",
    date="2024-11-05 16:33", subj="Pièces du marché informatique introuvables",
    text="""Bonjour,

Dans « Mes marchés », le marché 2024-031 (postes informatiques) n'affiche que l'avis d'attribution. Je ne trouve ni le CCAP ni le CCTP, dont j'ai besoin pour vérifier les délais de livraison.

Lycée Jacques Prévert, Boulogne (0921519B)
Jérôme Lenoir""")

add("contract_documents", False, "0571125N", "espace_acheteur", "fr",
    "Amendment no. 1 of a market is not among the contract documents; the announcement letter is attached.",
    frm=("Carole Weber", "carole.weber@ac-nancy-metz.fr"), mailer="zimbra",
    date="2024-11-12 10:14", subj="Avenant n°1 non visible",
    text="""Bonjour,

Le fournisseur nous a annoncé par courrier (joint) un avenant n° 1 au marché de restauration, entré en vigueur le 1er novembre. Il n'apparaît pas dans les documents du marché sur l'Espace Acheteur.

Cité scolaire Jean-Victor Poncelet, 0571125N
Carole Weber""",
    att=[("Courrier avenant n°1.pdf", "application", "pdf", fake_pdf("Avenant 1"))])

add("contract_documents", False, None, "espace_acheteur", "en",
    "English: the signed membership convention cannot be found in the buyer space. University domain: no region.",
    frm=("Rachel Adeyemi", "rachel.adeyemi@univ-rennes.fr"), mailer="outlook",
    date="2024-11-15 09:27", subj="Where is our membership agreement?",
    text="""Hello,

Our auditors ask for a copy of the membership agreement (convention d'adhésion) we signed in 2023 with the purchasing centre. It used to be in the documents section of our buyer space but I can't find it anymore.

Can you help?

Rachel Adeyemi""")

add("contract_documents", False, None, "espace_acheteur", "fr",
    "Conseil départemental agent cannot download the price schedule (BPU) of a market: the link gives an error. Departmental domain: no region.",
    frm=("Marc Fontaine", "marc.fontaine@gironde.fr"), mailer="outlook", mode="html",
    date="2024-11-18 15:40", subj="BPU du marché mobilier – téléchargement impossible",
    text="""Bonjour,

Nous souhaitons comparer les prix du marché de mobilier scolaire avant d'équiper trois collèges. Le bordereau des prix unitaires (BPU) est listé dans les pièces du marché mais le lien renvoie « document indisponible ».

Pouvez-vous le remettre en ligne ou nous l'envoyer ?

Marc Fontaine
Département de la Gironde – Direction de l'éducation""")

add("contract_documents", False, "0642040V", "espace_acheteur", "fr",
    "Negation: 'mon compte fonctionne très bien, ce n'est pas un problème d'accès': the 2024 convention document itself is missing. contract_documents, not account_creation.",
    hard=True,
    frm=("Maite Larralde", "maite.larralde@ac-bordeaux.fr"), mailer="thunderbird",
    date="2024-11-20 14:48", subj="Accès Espace Acheteur",
    text="""Bonjour,

Mon compte fonctionne très bien et j'ai tous les droits, ce n'est pas un problème d'accès. Mais la convention 2024 de notre établissement n'est plus dans les documents contractuels, seule celle de 2022 y figure.

Lycée Louis de Foix, Bayonne – 0642040V
Maite Larralde""")

add("contract_documents", False, "0941471N", "espace_acheteur", "fr",
    "Follow-up reply (Gmail quote): the regional support said the document would be added, but the acte d'engagement is still missing.",
    frm=("Yasmina Belkacem", "yasmina.belkacem@ac-creteil.fr"), mailer="gmail",
    irt="<SUP-018711.1730800000.e2e2@assistance.example.fr>",
    date="2024-11-21 10:02", subj="Re: [#SUP-018711] Acte d'engagement manquant",
    text="""Bonjour,

Trois semaines plus tard, l'acte d'engagement du marché de nettoyage n'est toujours pas dans les pièces du marché. Pouvez-vous relancer ?

Yasmina Belkacem, lycée Guillaume Budé (0941471N)

Le mer. 30 oct. 2024 à 14:05, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Nous avons transmis votre demande à l'assistance de votre région, qui
> va ajouter le document manquant.
>
> Cordialement""")

add("contract_documents", False, None, "espace_acheteur", "fr",
    "GRETA: the certificat administratif required for a market is missing from its documents. GRETA domain, no UAI: no region.",
    frm=("Denis Charpentier", "denis.charpentier@greta-lorraine.fr"), mailer="outlook", mode="alt",
    date="2024-11-27 11:36", subj="Certificat administratif manquant",
    text="""Bonjour,

Notre agence comptable réclame le certificat administratif du marché de formation bureautique pour payer la première facture. Il ne figure pas dans les documents du marché sur l'Espace Acheteur.

Pourriez-vous le mettre à disposition ?

Denis Charpentier
GRETA Lorraine Sud – service administratif et financier""")
# ============================== transfer_incident (10)

add("transfer_incident", False, "0291433A", "ecoledirecte", "fr",
    "EcoleDirecte transfers stuck since the Toussaint holidays; the person pastes the error log.",
    frm=("Erwan Quéré", "erwan.quere@ac-rennes.fr"), mailer="thunderbird",
    date="2024-11-05 08:36", subj="Transferts EcoleDirecte bloqués depuis les vacances",
    text="""Bonjour,

Depuis le 19 octobre plus aucun transfert vers EcoleDirecte ne passe (lycée de Kerichen, 0291433A). Voici ce que donne le journal de Charlemagne :

[04/11/2024 22:00:03] Début transfert EcoleDirecte
[04/11/2024 22:00:41] Export notes : 18 212 lignes
[04/11/2024 22:01:15] ERREUR envoi lot 3/7 : délai dépassé (timeout 60 s)
[04/11/2024 22:01:15] Transfert interrompu

Les parents ne voient plus les notes du premier trimestre.

Erwan Quéré, proviseur adjoint""")

add("transfer_incident", False, "0629133R", "ecoledirecte", "en",
    "English ticket from an IT provider, with headings: server migration, Charlemagne asks for a new licence; the lycée's UAI is in the ticket.",
    frm=("ServiceDesk Helix IT", "servicedesk@helix-it.example.com"), mailer="outlook", mode="alt",
    date="2024-11-07 13:05", subj="[HLX-77213] Licence regeneration after server migration",
    text="""Ticket: HLX-77213
Customer: Lycée Guy Mollet, Arras (UAI 0629133R)
Category: School management software / data transfer

## Summary
After migrating the school's management server to new hardware over the holidays, Charlemagne starts with "Licence invalide pour ce poste" and no transfer to EcoleDirecte runs.

## Steps taken
- restored the database from the 18/10 backup
- checked the service account and firewall rules
- Outils.exe launched manually: same licence error

## Request
Please regenerate the licence for the new server (hostname SRV-GEST-02) so transfers can resume.

--
Helix IT – Managed services for education""")

add("transfer_incident", False, "0631924Z", "ecoledirecte", "fr",
    "Asks for today's maintenance password to rebuild the indexes: transfer_incident per the taxonomy.",
    frm=("Marie-Claude Fabre", "marie-claude.fabre@ac-clermont.fr"), mailer="outlook",
    date="2024-11-12 07:48", subj="Mot de passe de maintenance",
    text="""Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je dois relancer la réindexation de la base avant le transfert de ce soir.

Lycée Blaise Pascal, Clermont-Ferrand (0631924Z)
Marie-Claude Fabre, secrétaire de direction""")

add("transfer_incident", False, "0601537V", "ecoledirecte", "en",
    "English, a lycée's IT: transfers fail with a TLS handshake error after a proxy change; log pasted.",
    frm=("Nathan Brooks", "nathan.brooks@ac-amiens.fr"), mailer="thunderbird",
    date="2024-11-14 10:20", subj="EcoleDirecte transfer fails: TLS handshake",
    text="""Hi,

Since the regional network team replaced our proxy last week, the nightly transfer to EcoleDirecte fails. Log excerpt:

2024-11-13 23:00:02 INFO  connecting to transfert.ecoledirecte.example.com:443
2024-11-13 23:00:02 ERROR SSL handshake failed: certificate verify failed (self-signed certificate in chain)
2024-11-13 23:00:02 ERROR transfer aborted

School: Lycée Jean Calvin, Noyon (0601537V). Is there a host list we should exempt from SSL inspection?

Nathan Brooks, IT technician""")

add("transfer_incident", False, "9744185F", "ecoledirecte", "fr",
    "La Réunion (UTC+4): scheduled transfer times set on Paris time run during school hours and fail; data no longer reaches parents.",
    frm=("Willy Grondin", "willy.grondin@ac-reunion.fr"), mailer="zimbra",
    date="2024-11-18 16:05", tz="+0400", subj="Transferts qui échouent – horaire",
    text="""Bonjour,

Depuis la mise à jour d'octobre, nos transferts automatiques vers EcoleDirecte sont programmés à 22 h… heure de Paris, soit 1 h du matin chez nous, pendant la sauvegarde du serveur. Résultat : échec une nuit sur deux et les absences n'arrivent plus aux familles.

Comment changer le fuseau ou l'horaire ?

Lycée Bellepierre, Saint-Denis (9744185F)
Willy Grondin, assistant d'éducation référent numérique""")

add("transfer_incident", False, None, "ecoledirecte", "fr",
    "No punctuation, from a phone: grades no longer go up to EcoleDirecte. No UAI; region from ac-montpellier.fr.",
    frm=("", "j.vidal@ac-montpellier.fr"), mailer="android",
    date="2024-11-19 19:34", subj="ecole directe",
    text="""bonsoir les notes passent plus sur ecole directe depuis jeudi les profs rentrent tout dans charlemagne et rien cote parents on fait comment""")

add("transfer_incident", False, "0442011X", "ecoledirecte", "fr",
    "Mentions 'mot de passe' and 'réinitialiser', but it is the daily maintenance password needed for a transfer re-initialisation: transfer_incident, not password_reset.",
    hard=True,
    frm=("Gaëlle Bourhis", "gaelle.bourhis@ac-nantes.fr"), mailer="outlook", mode="alt",
    date="2024-11-20 08:22", subj="Mot de passe oublié ?",
    text="""Bonjour,

Je ne sais pas si c'est ce qu'on appelle un mot de passe oublié : Charlemagne me demande un « mot de passe » pour réinitialiser la réplication vers EcoleDirecte après la restauration de la base hier, et aucun de ceux que je connais ne fonctionne. Mon collègue dit qu'il change tous les jours.

Lycée Carcouët, Nantes – 0442011X
Gaëlle Bourhis""")

add("transfer_incident", False, "0951139X", "ecoledirecte", "fr",
    "Proviseur adjoint, long context about parents' complaints: absences missing on EcoleDirecte since 8 November; asks to check the transfers. Not a head request.",
    frm=("Arnaud Vasseur", "arnaud.vasseur@ac-versailles.fr"), mailer="outlook", mode="alt",
    date="2024-11-22 13:58", subj="Absences non visibles par les familles",
    text="""Bonjour,

Je vous écris après une semaine difficile : depuis le vendredi 8 novembre, les familles ne voient plus les absences et les retards de leurs enfants sur EcoleDirecte. Nous avons reçu une cinquantaine d'appels, la FCPE a écrit au proviseur, et la vie scolaire saisit pourtant tout normalement dans Charlemagne. Les notes, elles, semblent passer.

Nous avons redémarré le serveur et vérifié l'espace disque.

Pourriez-vous regarder les transferts de notre établissement (lycée Galilée, Cergy – 0951139X) ?

Arnaud Vasseur
Proviseur adjoint""")

add("transfer_incident", False, "0571757A", "ecoledirecte", "fr",
    "Replication must be re-initialised after restoring the management database; diagnostic screenshot attached.",
    frm=("Thierry Koenig", "thierry.koenig@ac-nancy-metz.fr"), mailer="thunderbird",
    date="2024-11-25 09:40", subj="Réplication à réinitialiser",
    text="""Bonjour,

Suite à une panne disque pendant les vacances, nous avons restauré la base de gestion du 17/10. Depuis, le diagnostic indique « décalage de réplication : réinitialisation requise ». Capture jointe.

Pouvez-vous procéder à la réinitialisation côté serveur ?

Lycée Fabert, Metz – 0571757A
Thierry Koenig, référent numérique""",
    att=[("diagnostic_replication.png", "image", "png", PNG_1PX)])

add("transfer_incident", False, None, "ecoledirecte", "fr",
    "HTML-only mail from a rectorat DSI: a new academic proxy blocks EcoleDirecte transfers in several lycées. No UAI; region from ac-lille.fr.",
    frm=("DSI – Pôle réseaux établissements", "dsi-reseaux@ac-lille.fr"), mailer="outlook", mode="html",
    date="2024-11-27 15:12", subj="Blocage des transferts par le nouveau proxy académique",
    text="""Bonjour,

Le nouveau proxy filtrant déployé le 18 novembre dans les lycées de l'académie semble bloquer les transferts de données vers EcoleDirecte : une dizaine d'établissements nous signalent des transferts en échec.

Pourriez-vous nous communiquer les noms d'hôtes et ports utilisés, afin que nous ajoutions une exception, et nous confirmer si un retransfert complet sera nécessaire ?

Pôle réseaux établissements
Direction des systèmes d'information – Rectorat de Lille""")
# ============================== other (18)

add("other", False, "0692148K", "esidoc", "fr",
    "Thanks only, quoting the desk's reset answer: 'mot de passe', 'lien', 'réinitialisation' all appear, but nothing is asked.",
    hard=True,
    frm=("Véronique Chabert", "veronique.chabert@ac-lyon.fr"), mailer="zimbra",
    irt="<SUP-019402.1731660000.aa01@assistance.example.fr>",
    date="2024-11-15 16:40", subj="Re: [#SUP-019402] Mot de passe e-sidoc",
    text="""Parfait, le lien a fonctionné et j'ai pu choisir un nouveau mot de passe. Merci pour la rapidité !

Véronique Chabert, lycée Jean Perrin (0692148K)

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "veronique chabert" <veronique.chabert@ac-lyon.fr>
Envoyé: Vendredi 15 Novembre 2024 14:02:11
Objet: [#SUP-019402] Mot de passe e-sidoc

Bonjour,
Un lien de réinitialisation du mot de passe a été envoyé à l'adresse de l'établissement. Il est valable 12 heures.""")

add("other", False, None, None, "en",
    "English SEO / link-building spam.",
    frm=("Kevin | RankBoost", "kevin@rankboost-seo.example.com"), auth="none",
    date="2024-11-06 04:18", tz="-0500", subj="Quick question about assistance.example.fr",
    text="""Hi there,

I was checking assistance.example.fr and noticed you're missing out on a lot of organic traffic. We helped 300+ education websites reach page 1 on Google in under 90 days.

Would you be open to a quick 10-minute call this week? I can send a free audit.

Cheers,
Kevin
RankBoost SEO

Reply STOP to opt out.""")

add("other", False, None, None, "fr",
    "Phishing: 'votre boîte académique est pleine, validez votre mot de passe'. Mentions a password but is not password_reset; the look-alike domain ac-lille-messagerie.com is not an académie domain, so no region.",
    hard=True,
    frm=("Messagerie académique", "support@ac-lille-messagerie.com"), auth="fail", mode="html",
    relay="vps-4471.hosting.example.net",
    date="2024-11-08 02:41", subj="Votre boîte aux lettres a atteint 98 % de sa capacité",
    html="""<html><body style="font-family:Arial"><p>Cher utilisateur,</p>
<p>Votre boîte aux lettres académique a atteint <b>98 %</b> de sa capacité. Vous ne pourrez bientôt plus recevoir de messages.</p>
<p>Pour augmenter votre quota, veuillez confirmer votre identifiant et votre mot de passe dans les 24 heures :</p>
<p><a href="http://ac-lille-messagerie.com/quota/login.php">Augmenter mon quota</a></p>
<p>Service informatique du rectorat</p></body></html>""",
    text="(html)")

add("other", False, None, None, "fr",
    "CIO staff ask about ordering printed orientation brochures: unrelated to the services.",
    frm=("CIO de Créteil", "cio.creteil@ac-creteil.fr"), mailer="zimbra",
    date="2024-11-12 10:45", subj="Brochures post-bac",
    text="""Bonjour,

Le CIO souhaiterait recevoir 200 exemplaires de la brochure « Après le bac » pour les forums des lycées de décembre. Est-ce bien à vous qu'il faut s'adresser ? Sinon, pourriez-vous nous indiquer le bon interlocuteur ?

Merci,
L'équipe du CIO""")

add("other", False, None, "esidoc", "fr",
    "GRETA asks whether a training session on e-sidoc can be organised for its trainers: not one of the categories.",
    frm=("Christelle Morin", "christelle.morin@greta-cotedor.fr"), mailer="outlook", mode="alt",
    date="2024-11-13 14:30", subj="Formation e-sidoc pour nos formateurs",
    text="""Bonjour,

Le GRETA 21 ouvre en janvier un centre de ressources pour ses stagiaires et voudrait utiliser e-sidoc. Proposez-vous une formation (à distance ou sur site) pour quatre formateurs ? Si oui, à quel tarif et à quelles dates ?

Christelle Morin
Conseillère en formation continue""")

add("other", False, None, None, "en",
    "English partnership pitch from an edtech start-up abroad.",
    frm=("Lena Fischer", "lena@readwise-schools.example.io"), mailer="gmail", mode="alt",
    date="2024-11-14 15:22", tz="+0100", subj="Partnership: AI reading companion for French lycées",
    text="""Hello,

I'm the co-founder of a Berlin-based start-up building an AI reading companion for secondary schools. We'd love to integrate with the library portal you support so that pupils can log their reading directly from the catalogue.

Would someone on your team be open to a 20-minute video call in December?

Best,
Lena Fischer
Partnerships""")

add("other", False, None, "espace_acheteur", "fr",
    "Asks for the dates of the next Espace Acheteur webinars: information request, no category.",
    frm=("Fabienne Lopez", "fabienne.lopez@ac-montpellier.fr"), mailer="zimbra",
    date="2024-11-18 12:10", subj="Webinaire de présentation",
    text="""Bonjour,

Une collègue m'a parlé des webinaires de présentation de l'Espace Acheteur. Y en a-t-il de prévus en décembre ou en janvier ? Je viens de prendre mes fonctions et ce serait l'occasion de comprendre le fonctionnement.

Fabienne Lopez""")

add("other", False, None, None, "fr",
    "Angry complaint about an unanswered earlier request that says nothing about its subject: no category can be told.",
    hard=True,
    frm=("Gérard Pichon", "gerard.pichon@ac-poitiers.fr"), mailer="outlook",
    date="2024-11-19 17:52", subj="INADMISSIBLE",
    text="""J'ai écrit il y a quinze jours et je n'ai eu AUCUNE réponse. C'est inadmissible pour un service payé par les établissements. J'attends un appel du responsable.

G. Pichon""")

add("other", False, None, None, "fr",
    "GDPR erasure request from a former librarian who retired: other (human review).",
    frm=("Jacqueline Perrin", "jacqueline.perrin42@orange.fr"),
    date="2024-11-20 10:15", subj="Suppression de mes données",
    text="""Bonjour,

Retraitée depuis septembre, je vous demande, conformément au RGPD, de supprimer toutes les données personnelles me concernant (nom, adresse électronique, historique) de vos services.

Merci de me confirmer la suppression.

Jacqueline Perrin""")

add("other", False, None, None, "fr",
    "Personal message sent to the desk by address autocompletion (meant for a colleague).",
    frm=("Sophie Marchal", "sophie.marchal@ac-dijon.fr"), mailer="apple",
    date="2024-11-21 18:30", subj="covoiturage jeudi",
    text="""Coucou, c'est toujours bon pour jeudi ? Je passe te prendre à 7 h 15 devant la boulangerie, on sera à l'heure pour le conseil pédagogique.
Bisous
Sophie""")

add("other", False, None, None, "fr",
    "Cold sales prospecting for CDI furniture, written to one address (no list headers): other, not automated.",
    frm=("Thibault Mercier", "t.mercier@agencement-cdi.example.fr"), mailer="outlook", mode="alt",
    date="2024-11-22 09:05", subj="Réaménagement de votre CDI – offre de fin d'année",
    text="""Bonjour,

Spécialistes de l'aménagement des centres de documentation, nous accompagnons les lycées dans la création d'espaces de lecture modulables. Jusqu'au 20 décembre, nous offrons l'étude 3D de votre CDI.

Puis-je vous appeler pour en parler ?

Thibault Mercier
Chargé d'affaires""")

add("other", False, None, None, "en",
    "English: a person (rectorat international relations) asks to set up a call about a visit; written by hand, not a calendar notification.",
    frm=("Grace Liu", "grace.liu@ac-versailles.fr"), mailer="outlook",
    date="2024-11-25 14:00", subj="Could we set up a call?",
    text="""Hello,

I coordinate international projects at the rectorat and we will host a delegation of school librarians from Singapore in January. Could someone from your team present your services to them for 30 minutes, online? Please suggest a few slots in the week of 13 January.

Grace Liu
DAREIC""")

add("other", False, None, None, "fr",
    "A DANE staff member announces to partners a planned ENT maintenance: written by a person to several recipients (no list headers), asks nothing.",
    frm=("Franck Dubreuil", "franck.dubreuil@ac-toulouse.fr"), mailer="zimbra",
    to="partenaires-ent@ac-toulouse.fr, support@assistance.example.fr",
    date="2024-11-26 11:00", subj="Information : maintenance de l'ENT le 4 décembre",
    text="""Bonjour à tous,

Pour information, l'ENT des lycées de l'académie sera indisponible le mercredi 4 décembre de 12 h à 18 h (montée de version). Les accès aux ressources par le médiacentre seront donc coupés durant cette plage.

Merci de relayer si nécessaire.

Franck Dubreuil
DANE de Toulouse""")

add("other", False, None, "ticket_portal", "fr",
    "How-to question on the ticket portal (adding a colleague to a ticket): no category of its own.",
    frm=("Mélanie Royer", "melanie.royer@ac-besancon.fr"), mailer="thunderbird",
    date="2024-11-27 09:33", subj="Ajouter une collègue à un ticket",
    text="""Bonjour,

Sur le portail de tickets, comment ajouter ma collègue gestionnaire pour qu'elle puisse suivre le ticket que j'ai ouvert et y répondre ?

Mélanie Royer""")

add("other", False, None, None, "fr",
    "Mentions MailInBlack, spam and passwords, but asks for the slides of a talk about mail filtering given at a regional day: other.",
    hard=True,
    frm=("Olivia Brunet", "olivia.brunet@ac-nantes.fr"), mailer="outlook", mode="alt",
    date="2024-11-28 13:12", subj="Support de présentation – journée des gestionnaires",
    text="""Bonjour,

Lors de la journée régionale des gestionnaires du 14 novembre, votre intervenant a présenté les bonnes pratiques face au spam, à MailInBlack et aux mots de passe partagés. Serait-il possible de recevoir le support de présentation ? Je voudrais le diffuser à l'équipe de l'intendance.

Olivia Brunet""")

add("other", False, None, None, "en",
    "English phishing: fake overdue invoice with an HTML attachment, unknown sender, failing SPF/DMARC: other, not order_billing.",
    hard=True,
    frm=("Accounts Receivable", "billing@invoice-centre.example.top"), auth="fail",
    relay="mx.bulk.example.top",
    date="2024-11-29 05:02", tz="+0000", subj="OVERDUE: Invoice #INV-88412 - final notice",
    text="""Dear customer,

Your invoice #INV-88412 (EUR 3,480.00) is 30 days overdue. To avoid suspension of your services, please review the attached invoice and complete payment today.

Accounts Receivable""",
    att=[("INV-88412.html", "text", "html", b"<html><body><script>location='http://example.top/pay'</script></body></html>")])

add("other", False, None, "esidoc", "en",
    "English, a foreign researcher asks for usage statistics of the library portal for a study: other.",
    frm=("Dr. Tomás Herrera", "t.herrera@universidad-salamanca.example.es"), mailer="gmail",
    date="2024-11-12 18:20", subj="Research request: usage data of school library portals",
    text="""Dear team,

I'm a researcher in information science at the University of Salamanca, working on school library portals in Europe. Would it be possible to obtain anonymised, aggregated usage figures for e-sidoc (number of portals, searches per year)? I would of course cite the source.

Kind regards,
Tomás Herrera""")

add("other", False, None, None, "fr",
    "'Bien reçu, merci' from a phone: nothing to do. Region from the ac-normandie.fr sender.",
    frm=("Pascal Leroux", "pascal.leroux@ac-normandie.fr"), mailer="apple",
    date="2024-11-29 08:02", subj="Re: Votre demande",
    text="""Bien reçu, merci.

Envoyé de mon iPhone""")
# ============================== automated (18)

_D0 = datetime.datetime(2024, 11, 7, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))

add("automated", False, None, None, "en",
    "Postfix bounce: multipart/report delivery-status with the desk's original reply attached; null Return-Path, MAILER-DAEMON.",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx.lycee-vauban-brest.fr"), rpath="",
    date="2024-11-07 09:30", subj="Undelivered Mail Returned to Sender", build=build_report,
    hdr=[("Auto-Submitted", "auto-replied")], report="delivery-status",
    text="""This is the mail system at host mx.lycee-vauban-brest.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<cdi.vauban@lycee-vauban-brest.fr>: host mailstore.lycee-vauban-brest.fr[10.0.4.2]
    said: 552 5.2.2 Mailbox full""",
    status=[[("Reporting-MTA", "dns; mx.lycee-vauban-brest.fr"),
             ("Arrival-Date", "Thu,  7 Nov 2024 09:29:58 +0100 (CET)")],
            [("Final-Recipient", "rfc822; cdi.vauban@lycee-vauban-brest.fr"),
             ("Action", "failed"), ("Status", "5.2.2"),
             ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full")]],
    orig=("full", original_mail("[#SUP-019044] Mot de passe e-sidoc", "cdi.vauban@lycee-vauban-brest.fr",
                                "Bonjour,\n\nUn lien de réinitialisation a été envoyé à l'adresse de l'établissement.\n\nCordialement,\nL'équipe d'assistance\n",
                                _D0, "<SUP-019044.1730968170.01ab@assistance.example.fr>")))

add("automated", False, None, None, "fr",
    "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation and the original headers only.",
    frm=("Microsoft Outlook", "postmaster@cd974.fr"), rpath="",
    date="2024-11-12 11:05", tz="+0400", subj="Non remis : [#SUP-019180] Votre demande d'inscription", build=build_report,
    hdr=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], report="delivery-status",
    text="""Votre message n'a pas pu être remis à marc.hoarau@cd974.fr, car l'adresse e-mail est introuvable.

Diagnostic pour les administrateurs :
Serveur de génération : PR1P264MB2087.FRAP264.PROD.OUTLOOK.COM
marc.hoarau@cd974.fr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
    html="""<html><body><p style="font-family:Segoe UI;font-size:14px"><b>Votre message n'a pas pu être remis</b></p>
<p>L'adresse <b>marc.hoarau@cd974.fr</b> est introuvable. Vérifiez l'adresse ou contactez le destinataire par un autre moyen.</p>
<p style="color:#666">Diagnostic : 550 5.1.10 RESOLVER.ADR.RecipientNotFound</p></body></html>""",
    status=[[("Reporting-MTA", "dns;PR1P264MB2087.FRAP264.PROD.OUTLOOK.COM"),
             ("Received-From-MTA", "dns;mx1.assistance.example.fr")],
            [("Final-Recipient", "rfc822;marc.hoarau@cd974.fr"), ("Action", "failed"),
             ("Status", "5.1.10"), ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound")]],
    orig=("headers", original_mail("[#SUP-019180] Votre demande d'inscription", "marc.hoarau@cd974.fr",
                                   "x", _D0, "<SUP-019180.1731405900.77c1@assistance.example.fr>")))

add("automated", False, None, None, "fr",
    "Zimbra out-of-office of a proviseure adjointe at a rectorat-domain address: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from ac-paris.fr.",
    frm=("Claire Dumont", "claire.dumont@ac-paris.fr"), mailer="zimbra",
    irt="<SUP-019220.1731480000.0aa0@assistance.example.fr>",
    date="2024-11-13 08:12", subj="Re: [#SUP-019220] Demande d'accès",
    hdr=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
    text="""Bonjour,

Je suis en déplacement (séminaire des personnels de direction) jusqu'au vendredi 15 novembre inclus, avec un accès limité à ma messagerie.

Pour toute urgence, merci de contacter le secrétariat du proviseur au 01 44 00 00 00.

Claire Dumont
Proviseure adjointe""")

add("automated", False, None, None, "fr",
    "Out-of-office sent by a client-side rule from a private address: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Mentions 'commande' and 'facture'.",
    hard=True,
    frm=("Gestion Lycée Saint-Exupéry", "gestion@lycee-stex-lyon.fr"), mailer="outlook", mode="alt",
    date="2024-11-14 12:00", subj="Absence du service gestion",
    text="""Bonjour,

Le service de gestion est fermé du 14 au 18 novembre inclus (inventaire).
Les commandes et les factures reçues pendant cette période seront traitées à partir du 19 novembre.

Ceci est un message automatique, merci de ne pas y répondre.""")

add("automated", False, None, None, "en",
    "English Gmail vacation responder (Auto-Submitted: auto-replied).",
    frm=("Ben Ashworth", "ben.ashworth.teach@gmail.com"), mailer="gmail",
    irt="<SUP-019301.1731560000.3c3c@assistance.example.fr>",
    date="2024-11-14 14:22", subj="Out of office: [#SUP-019301] Your request",
    hdr=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
    text="""Thanks for your email. I'm on a school trip to Edinburgh with my Year 12 students until 22 November and will reply on my return.

Ben""")

add("automated", False, "0690031J", None, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification, from the int.<UAI>@ac-lyon.fr office address: UAI from the address.",
    frm=("Gestionnaire Lycée Saint-Just", "int.0690031J@ac-lyon.fr"), rpath="int.0690031J@ac-lyon.fr",
    date="2024-11-15 09:10", subj="Lu : [#SUP-019350] Devis renouvellement", build=build_report,
    report="disposition-notification",
    text="""Votre message

À : int.0690031J@ac-lyon.fr
Objet : [#SUP-019350] Devis renouvellement
Envoyé : vendredi 15 novembre 2024 08:41:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le vendredi 15 novembre 2024 09:10:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""",
    status="""Reporting-UA: lycee-saint-just; Microsoft Outlook 16.0
Final-Recipient: rfc822;int.0690031J@ac-lyon.fr
Original-Message-ID: <SUP-019350.1731656472.5d5d@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")

add("automated", False, None, None, "en",
    "English Outlook read receipt ('Read:'), multipart/report disposition-notification.",
    frm=("Martin Hughes", "martin.hughes@britishschool-paris.example.org"),
    date="2024-11-18 10:45", subj="Read: [#SUP-019390] Account creation", build=build_report,
    report="disposition-notification",
    text="""Your message

To: Martin Hughes
Subject: [#SUP-019390] Account creation
Sent: Monday, 18 November 2024 10:02:33 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

was read on Monday, 18 November 2024 10:45:09 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.""",
    status="""Reporting-UA: britishschool-paris.example.org; Microsoft Outlook 16.0
Final-Recipient: rfc822;martin.hughes@britishschool-paris.example.org
Original-Message-ID: <SUP-019390.1731920553.9e9e@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")

add("automated", False, None, None, "fr",
    "Newsletter of a documentation-resources publisher: List-Id, List-Unsubscribe one-click, Precedence: bulk; talks about e-sidoc-like portals but is bulk mail.",
    frm=("Lettre Doc'Actu", "lettre@docactu-editions.example.fr"), mode="alt",
    rpath="bounces+4471@mailer.docactu-editions.example.fr",
    date="2024-11-19 07:00", subj="Doc'Actu n°87 – Spécial rentrée de novembre : EMI, BTS et presse en ligne",
    hdr=[("List-Id", "Lettre Doc'Actu <lettre.docactu-editions.example.fr>"),
         ("List-Unsubscribe", "<https://docactu-editions.example.fr/desabo/4471>, <mailto:desabo@docactu-editions.example.fr>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("Precedence", "bulk")],
    text="""Doc'Actu – la lettre des professeurs documentalistes
N° 87 – novembre 2024

AU SOMMAIRE
• Éducation aux médias : 5 séquences clés en main pour la Semaine de la presse
• BTS : constituer un fonds documentaire professionnel
• Presse en ligne : comparatif des kiosques numériques

Lire la lettre en ligne : https://docactu-editions.example.fr/lettre/87

Vous recevez cette lettre car vous êtes abonné(e). Se désabonner : https://docactu-editions.example.fr/desabo/4471""")

add("automated", False, None, "esidoc", "fr",
    "A documentaliste's real question about an e-sidoc password, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list, list-address sender): not written to us, never answered. Region from the author's ac-poitiers.fr address.",
    hard=True,
    frm=("Hélène Garrigues", "helene.garrigues@ac-poitiers.fr"), mailer="thunderbird",
    to="doc-lycees@listes.ac-poitiers.fr", rpath="doc-lycees-bounces@listes.ac-poitiers.fr",
    date="2024-11-20 13:07", subj="[doc-lycees] mot de passe portail après changement de poste",
    hdr=[("List-Id", "Documentalistes des lycées <doc-lycees.listes.ac-poitiers.fr>"),
         ("List-Post", "<mailto:doc-lycees@listes.ac-poitiers.fr>"),
         ("List-Unsubscribe", "<mailto:doc-lycees-request@listes.ac-poitiers.fr?subject=unsubscribe>"),
         ("Precedence", "list"), ("Sender", "doc-lycees-bounces@listes.ac-poitiers.fr")],
    text="""Bonjour la liste,

Je viens de changer d'établissement et mon prédécesseur n'a laissé aucun mot de passe pour le portail e-sidoc. Quelqu'un sait-il s'il faut passer par le chef d'établissement ou si l'assistance envoie directement un lien ?

Merci d'avance,
Hélène

_______________________________________________
doc-lycees mailing list
doc-lycees@listes.ac-poitiers.fr""")

add("automated", False, None, None, "fr",
    "Acknowledgement from the rectorat's GLPI help desk for a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from ac-grenoble.fr.",
    frm=("Assistance DSI Rectorat", "glpi-noreply@ac-grenoble.fr"),
    date="2024-11-21 10:31", subj="[GLPI #0048213] Nouveau ticket : Demande d'information sur les flux sortants",
    hdr=[("Auto-Submitted", "auto-generated"), ("X-Loop", "glpi@ac-grenoble.fr"),
         ("X-Auto-Response-Suppress", "All")],
    mode="alt",
    text="""Bonjour,

Votre demande a bien été enregistrée sous le numéro 0048213.
Titre : Demande d'information sur les flux sortants
Statut : Nouveau
Groupe attribué : DSI – Messagerie

Vous serez informé(e) par courriel de son avancement. Merci de ne pas répondre à ce message ; pour compléter votre demande, utilisez le lien ci-dessous :
https://assistance.ac-grenoble.fr/front/ticket.form.php?id=48213

Assistance informatique – Rectorat de Grenoble""")

add("automated", False, None, None, "fr",
    "Outlook calendar answer 'Accepté :' with a text/calendar METHOD:REPLY part: machine-generated. Region from ac-rennes.fr.",
    frm=("Yves Le Floch", "yves.le-floch@ac-rennes.fr"), mailer="outlook",
    date="2024-11-22 08:40", subj="Accepté : Point mensuel support régional Bretagne",
    build=build_calendar,
    text="""Yves Le Floch a accepté cette réunion.

Point mensuel support régional Bretagne
Quand : mardi 3 décembre 2024 10:00-11:00
Où : Visioconférence""",
    ics="""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Yves Le Floch:mailto:yves.le-floch@ac-rennes.fr
SUMMARY:Accepté : Point mensuel support régional Bretagne
DTSTART:20241203T090000Z
DTEND:20241203T100000Z
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4
DTSTAMP:20241122T074000Z
END:VEVENT
END:VCALENDAR
""")

add("automated", False, None, None, "en",
    "English calendar answer 'Declined:' with a text/calendar METHOD:REPLY part.",
    frm=("Helen Moss", "helen.moss@univ-grenoble-alpes.fr"), mailer="outlook",
    date="2024-11-25 17:02", subj="Declined: Espace Acheteur onboarding call",
    build=build_calendar,
    text="""Helen Moss has declined this meeting.

Espace Acheteur onboarding call
When: Thursday, 28 November 2024 14:00-14:30""",
    ics="""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=DECLINED;CN=Helen Moss:mailto:helen.moss@univ-grenoble-alpes.fr
SUMMARY:Declined: Espace Acheteur onboarding call
DTSTART:20241128T130000Z
DTEND:20241128T133000Z
UID:040000008200E00074C5B7101A82E00800000000F9E8D7C6
DTSTAMP:20241125T160200Z
END:VEVENT
END:VCALENDAR
""")

add("automated", False, None, "espace_acheteur", "fr",
    "No-reply notification of the Espace Acheteur sent to the desk (administrator of last resort): an account awaits validation. Auto-Submitted: auto-generated.",
    frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), mode="alt",
    date="2024-11-26 06:15", subj="Nouvelle inscription en attente de validation",
    hdr=[("Auto-Submitted", "auto-generated")],
    text="""Bonjour,

Un nouvel utilisateur s'est inscrit et attend la validation de son compte :
- Nom : Mme Sandrine Aubert
- Structure : Lycée professionnel Jean Moulin
- Rôle demandé : acheteur

Valider ou refuser : https://espace-acheteur.example.fr/admin/validations

Ce message est envoyé automatiquement, merci de ne pas y répondre.""")

add("automated", False, None, "esignature", "fr",
    "E-signature 'document signé' notification: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
    hard=True,
    frm=("Signature électronique", "notifications@esignature.example.fr"), mode="html",
    date="2024-11-27 16:48", subj="Le document « Convention d'adhésion 2025 – Lycée Jules Verne » a été signé par tous les signataires",
    text="""Bonjour,

Le document « Convention d'adhésion 2025 – Lycée Jules Verne » a été signé par tous les signataires.
Vous pouvez le télécharger depuis votre espace : https://esignature.example.fr/documents/8f21c

Cet e-mail a été envoyé automatiquement.""")

add("automated", False, None, None, "en",
    "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
    hard=True,
    frm=("Mail Delivery System", "Mailer-Daemon@mail.greta-provence.fr"), rpath="",
    date="2024-11-28 10:20", subj="Mail delivery failed: returning message to sender",
    text="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  accueil@greta-provence.fr
    domain greta-provence.fr has no mailbox "accueil"

------ This is a copy of the message, including all the headers. ------

Return-path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: accueil@greta-provence.fr
Subject: [#SUP-019566] Formation e-sidoc
Date: Thu, 28 Nov 2024 10:19:51 +0100

Bonjour,
Nous avons transmis votre demande à notre service formation.""")

add("automated", False, "9735027B", None, "fr",
    "Out-of-office from a Guyane school office (ce.<UAI> address) marked only by 'X-Autoreply: yes'; it mentions passwords and e-sidoc. UAI from the address.",
    hard=True,
    frm=("Secrétariat Lycée Melkior-Garré", "ce.9735027B@ac-guyane.fr"),
    irt="<SUP-019604.1732800000.4e4e@assistance.example.fr>",
    date="2024-11-28 06:30", tz="-0300", subj="Réponse automatique : [#SUP-019604] Mot de passe e-sidoc",
    hdr=[("X-Autoreply", "yes"), ("X-Autorespond", "[#SUP-019604] Mot de passe e-sidoc")],
    text="""Bonjour,

Le secrétariat est fermé jusqu'au lundi 2 décembre (pont local). Les demandes concernant les mots de passe (ENT, e-sidoc, Pronote) seront traitées à la réouverture.

Message automatique – merci de ne pas répondre.""")

add("automated", False, None, None, "en",
    "Delay warning (Exchange 'Delivery delayed', Action: delayed): not a failure, still automatic.",
    frm=("Microsoft Outlook", "postmaster@lycee-fr-singapore.example.sg"), rpath="",
    date="2024-11-29 03:10", tz="+0800", subj="Delivery delayed: [#SUP-019611] Password reset", build=build_report,
    hdr=[("Auto-Submitted", "auto-replied")], report="delivery-status",
    text="""Delivery is delayed to these recipients or groups:

library@lycee-fr-singapore.example.sg

Subject: [#SUP-019611] Password reset

This message hasn't been delivered yet. Delivery will continue to be attempted.
The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes.""",
    status=[[("Reporting-MTA", "dns;SG2P153MB0401.APCP153.PROD.OUTLOOK.COM")],
            [("Final-Recipient", "rfc822;library@lycee-fr-singapore.example.sg"),
             ("Action", "delayed"), ("Status", "4.4.7"),
             ("Will-Retry-Until", "Sun, 1 Dec 2024 03:02:00 +0800")]])

add("automated", False, None, "ticket_portal", "fr",
    "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated, no-reply sender.",
    frm=("Portail de tickets", "ne-pas-repondre@tickets.example.fr"), mode="alt",
    date="2024-11-29 11:44", subj="[Ticket 2024-7781] Mise à jour de votre ticket",
    hdr=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply")],
    text="""Bonjour,

Votre ticket 2024-7781 « Transferts en échec – lycée Bellepierre » a été mis à jour.
Nouveau statut : En cours de traitement
Dernier commentaire : « Correctif planifié pour la nuit du 2 décembre. »

Consulter le ticket : https://tickets.example.fr/t/2024-7781

Ce message est généré automatiquement.""")


# ------------------------------------------------------------------- main

def check(entry):
    lab, m = entry["label"], entry["m"]
    if lab["uai"]:
        assert uai_ok(lab["uai"]), ("bad check letter", lab["uai"])
        blob = (m.get("text", "") + m.get("subj", "") + m["frm"][1] + m.get("cc", "")).upper().replace(" ", "")
        assert lab["uai"] in blob, ("UAI not in mail", lab["uai"])
    if lab["region"] == "auto":
        lab["region"] = region_of(lab["uai"], m["frm"][1])
    assert lab["category"] in CATS, lab["category"]
    assert lab["lang"] in ("fr", "en")


CATS = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "head_of_establishment_request",
        "account_creation", "subscription_activation", "order_billing", "contract_documents",
        "transfer_incident", "automated", "other"}


def main():
    assert len(ENTRIES) == 150, len(ENTRIES)
    order = list(range(len(ENTRIES)))
    random.Random(SEED).shuffle(order)
    for f in os.listdir(HERE):
        if f.endswith(".eml") or f == "labels.jsonl":
            os.remove(os.path.join(HERE, f))
    lines = []
    for n, idx in enumerate(order, 1):
        e = ENTRIES[idx]
        check(e)
        name = "h%03d.eml" % n
        msg = build(e["m"])
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.default))
        rec = {"file": name}
        rec.update(e["label"])
        rec = {k: rec[k] for k in ("file", "category", "auto_reply_ok", "uai", "region",
                                   "platform", "hard", "lang", "notes")}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d mails" % len(lines))


if __name__ == "__main__":
    main()

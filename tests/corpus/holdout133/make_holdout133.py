#!/usr/bin/env python3
"""Build holdout133: 150 hand-written support mails (Grand Est and
Bourgogne-Franche-Comte, March 2025) with labels.

Standard library only, deterministic.  Every mail text below was written by
hand; the script only wraps each one in realistic headers and a MIME layout.
Run from anywhere: files are written next to this script.
"""
import datetime
import email
import email.policy
import html
import json
import os
import random
import re
import textwrap
from email.message import EmailMessage
from email.utils import formataddr, format_datetime, parseaddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 133
RNG = random.Random(SEED)
SUPPORT = "support@assistance.example.fr"

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
DEPT_REGION = {}
for _reg, _deps in {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56",
    "centre-val-de-loire": "18 28 36 37 41 45",
    "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
}.items():
    for _d in _deps.split():
        DEPT_REGION["0" + _d] = _reg
DEPT_REGION.update({"620": "corse", "720": "corse", "971": "guadeloupe",
                    "972": "martinique", "973": "guyane", "974": "la-reunion",
                    "976": "mayotte"})
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
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and \
        LETTERS[int(code[:7]) % 23] == code[7]


MAILS = []


def m(frm, subj, body, cat, ok, uai, region, plat, notes, lang="fr",
      hard=False, **style):
    MAILS.append(dict(frm=frm, subj=subj, body=body, cat=cat, ok=ok, uai=uai,
                      region=region, plat=plat, notes=notes, lang=lang,
                      hard=hard, style=style))


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------
MAILERS = {
    "tb": ("User-Agent", "Mozilla Thunderbird"),
    "ol": ("X-Mailer", "Microsoft Outlook 16.0"),
    "olh": ("X-Mailer", "Microsoft Outlook 16.0"),
    "owa": (None, None),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4597 (ZimbraWebClient - FF124 (Win)/9.0.0_GA_4597)"),
    "gmail": (None, None),
    "iphone": ("X-Mailer", "iPhone Mail (21E236)"),
    "apple": ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    "android": (None, None),
    "samsung": (None, None),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.6"),
    "sogo": ("User-Agent", "SOGoMail 5.10.0"),
}
# default MIME layout per mailer: (fmt, cte)
LAYOUT = {
    "tb": ("plain", "8bit"), "ol": ("alt", "quoted-printable"),
    "olh": ("html", "quoted-printable"), "owa": ("alt", "quoted-printable"),
    "zimbra": ("alt", "quoted-printable"), "gmail": ("alt", "quoted-printable"),
    "iphone": ("plain", "quoted-printable"), "apple": ("alt", "quoted-printable"),
    "android": ("alt", "base64"), "samsung": ("alt", "base64"),
    "roundcube": ("plain", "8bit"), "sogo": ("plain", "quoted-printable"),
}


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def to_html(text, outlook=False):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        p = html.escape(p).replace("\n", "<br>\n")
        if outlook:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % p)
        else:
            out.append("<div>%s</div><div><br></div>" % p)
    body = "\n".join(out)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;} --></style>\n</head>\n'
                '<body lang="FR" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % body)
    return '<html><head></head><body dir="auto">\n%s\n</body></html>\n' % body


def wrap_plain(text, width=72):
    lines = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            lines.append(line)
        else:
            lines.extend(textwrap.wrap(line, width, break_long_words=False,
                                       break_on_hyphens=False))
    return "\n".join(lines)


def make_date(st):
    if "date" in st:
        day, hh, mm = st["date"]
    else:
        while True:
            day = RNG.randint(3, 31)
            wd = (day + 4) % 7  # 1 March 2025 is a Saturday -> wd 5
            if wd < 5 or st.get("weekend_ok"):
                break
        hh, mm = RNG.randint(7, 18), RNG.randint(0, 59)
    wd = (day + 4) % 7
    tz = "+0200" if day >= 31 or (day == 30 and hh >= 3) else "+0100"
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    return "%s, %02d Mar 2025 %02d:%02d:%02d %s" % (names[wd], day, hh, mm,
                                                    RNG.randint(0, 59), tz), (day, hh, mm, tz)


def build(mail):
    st = mail["style"]
    name, addr = parseaddr(mail["frm"])
    domain = addr.split("@")[1].lower()
    mailer = st.get("mailer", "tb")
    fmt, cte = LAYOUT.get(mailer, ("plain", "8bit"))
    fmt = st.get("fmt", fmt)
    cte = st.get("cte", cte)
    charset = st.get("charset", "utf-8")
    datestr, (day, hh, mi, tz) = make_date(st)
    msg = EmailMessage(policy=email.policy.default)
    rp = st.get("return_path", addr)
    msg["Return-Path"] = "<%s>" % rp
    msg["Delivered-To"] = SUPPORT
    relay = st.get("relay", "smtp.%s" % domain)
    ip = RNG.choice(["203.0.113.%d", "198.51.100.%d"]) % RNG.randint(2, 250)
    rdate = format_datetime(parsedate_to_datetime(datestr) +
                            datetime.timedelta(seconds=RNG.randint(2, 95)))
    msg["Received"] = ("from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) "
                       "with ESMTPS id %s for <%s>; %s"
                       % (relay, relay, ip, hexid(12).upper(), SUPPORT, rdate))
    auth = st.get("auth", "pass")
    if auth == "pass":
        ar = ("mx1.assistance.example.fr; dkim=pass (2048-bit key) header.d=%s; "
              "spf=pass smtp.mailfrom=%s; dmarc=pass (p=none dis=none) header.from=%s"
              % (domain, domain, domain))
    elif auth == "fail":
        ar = ("mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom=%s; "
              "dmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain))
    else:
        ar = "mx1.assistance.example.fr; dkim=none; spf=none; dmarc=none"
    msg["Authentication-Results"] = ar
    msg["From"] = formataddr((name, addr)) if name else addr
    msg["To"] = st.get("to", RNG.choice([SUPPORT, "Assistance <%s>" % SUPPORT,
                                         "support@assistance.example.fr"]))
    if st.get("cc"):
        msg["Cc"] = st["cc"]
    msg["Subject"] = mail["subj"]
    msg["Date"] = datestr
    mid = st.get("mid")
    if not mid:
        if mailer in ("ol", "olh"):
            mid = "<%s$%s$%s@%s>" % (hexid(12), hexid(8), hexid(8), domain)
        elif mailer == "gmail":
            mid = "<CA%s+%s@mail.gmail.com>" % (hexid(10).upper(), hexid(16))
        elif mailer == "zimbra":
            mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9),
                                                   RNG.randint(10**6, 10**7),
                                                   RNG.randint(10**12, 10**13), domain)
        else:
            mid = "<%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(12), domain)
    msg["Message-ID"] = mid
    if st.get("reply_to_ticket"):
        ref = "<SUP-%s.%d.%s@assistance.example.fr>" % (st["reply_to_ticket"],
                                                       1740000000 + RNG.randint(0, 2500000),
                                                       hexid(6))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    hname, hval = MAILERS.get(mailer, (None, None))
    if hname:
        msg[hname] = hval
    if mailer in ("ol", "olh", "owa"):
        msg["Thread-Index"] = "AQH" + hexid(20)
        msg["Content-Language"] = "fr-FR" if mail["lang"] == "fr" else "en-US"
    for k, v in st.get("hdrs", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    body = mail["body"].strip("\n") + "\n"
    if "raw" in st:
        ctype, payload = st["raw"]
        msg["Content-Type"] = ctype
        msg.set_payload(payload)
        return msg
    outlook = mailer in ("ol", "olh", "owa")
    if fmt == "plain":
        text = wrap_plain(body) if cte == "8bit" and mailer == "tb" else body
        msg.set_content(text, charset=charset, cte=cte)
        if mailer == "tb" and charset == "utf-8":
            msg.set_param("format", "flowed")
    elif fmt == "html":
        msg.set_content(to_html(body, outlook), subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(body, charset=charset, cte=cte)
        msg.add_alternative(to_html(body, outlook), subtype="html", charset=charset, cte=cte)
    for fname, mtype, data in st.get("attach", []):
        maintype, subtype = mtype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")

# ==========================================================================
# password_reset (23)
# ==========================================================================
m("Nathalie Gérardin <nathalie.gerardin@ac-nancy-metz.fr>",
  "Accès administrateur e-sidoc perdu",
  """Bonjour,

Je reprends mon poste au CDI du collège Louis Pergaud à Épinal après trois mois d'arrêt, et je n'arrive plus du tout à entrer dans l'administration de notre portail e-sidoc. Le mot de passe que j'avais noté dans mon carnet est refusé, je pense que ma collègue remplaçante l'a modifié entre-temps, et elle n'est plus joignable.

Notre identifiant est le 0882982N.

Pourriez-vous me dire comment récupérer un accès ?

Merci d'avance,
Nathalie Gérardin
Professeure documentaliste
Collège Louis Pergaud - Épinal""",
  "password_reset", True, "0882982N", "grand-est", "esidoc",
  "Back from sick leave, the replacement changed the e-sidoc admin password; UAI in the body.")

m("Karine Hutin <karine.hutin@ac-reims.fr>",
  "Identifiant oublié - Espace Acheteur",
  """Bonjour,

Gestionnaire au lycée Jean Jaurès de Reims depuis peu, je dois passer une commande de fournitures sur l'Espace Acheteur avant la fin du mois, mais je ne retrouve ni l'identifiant ni le mot de passe de l'établissement. Mon prédécesseur est parti sans laisser de consignes.

Pouvez-vous m'aider à récupérer ces accès ?

Cordialement

Karine Hutin
Adjointe gestionnaire
Lycée Jean Jaurès
RNE : 0511180F
Tél. 03 26 xx xx 41""",
  "password_reset", True, "0511180F", "grand-est", "espace_acheteur",
  "Espace Acheteur login and password unknown after the previous gestionnaire left; UAI labelled 'RNE' in the signature.",
  mailer="ol")

m("Lucie Faivre <lucie.faivre25@orange.fr>",
  "mdp",
  """bonjour
j ai perdu le mot de passe du portail esidoc du college 0250839B
vous pouvez me renvoyer quelque chose svp
merci
Lucie

Envoyé de mon téléphone""",
  "password_reset", True, "0250839B", "bourgogne-franche-comte", "esidoc",
  "Very short phone mail, no punctuation; personal address, region from the UAI.",
  mailer="android")

m("Emily Carter <emily.carter@ac-strasbourg.fr>",
  "Forgotten password - e-sidoc back office",
  """Hello,

I am the English-speaking librarian of the international section at Lycée des Pontonniers in Strasbourg (school code 0670380Z). I am afraid I have forgotten the password for the e-sidoc administration interface and the "forgotten password" link does not seem to send anything to my address.

Could you please tell me how to reset it? I am happy to write in French if that is easier for you.

Kind regards,
Emily Carter
CDI - Section internationale""",
  "password_reset", True, "0670380Z", "grand-est", "esidoc",
  "English; forgotten e-sidoc admin password. Says the forgotten-password link sends nothing, but the main ask is the reset itself.",
  lang="en", hard=True, mailer="owa")

m("Sébastien Bourgeois <sebastien.bourgeois@ac-dijon.fr>",
  "Lien de réinitialisation expiré",
  """Bonjour,

Vendredi soir j'ai demandé un nouveau mot de passe pour e-sidoc, le mail est bien arrivé mais je ne l'ai ouvert que ce matin : le lien indique qu'il n'est plus valide.

Est-ce que vous pouvez m'en renvoyer un ? Identifiant : 0210247E (collège Gaston Bachelard, Dijon).

Merci,
Sébastien Bourgeois""",
  "password_reset", True, "0210247E", "bourgogne-franche-comte", "esidoc",
  "Reset link expired over the weekend; asks for a new one.",
  mailer="tb", date=(10, 8, 12))

m("Sandrine Muller <sandrine.muller@ac-nancy-metz.fr>",
  "Compte bloqué",
  """Bonjour,

Après plusieurs essais infructueux, notre compte d'administration e-sidoc est bloqué (message « compte verrouillé, réessayez plus tard »). Cela fait maintenant deux heures et toujours rien.

Pouvez-vous le débloquer ou m'envoyer un lien pour définir un nouveau mot de passe ?

Collège Paul Valéry, Metz - UAI 0572973X

Bonne journée
S. Muller""",
  "password_reset", True, "0572973X", "grand-est", "esidoc",
  "Account locked after failed attempts; asks for unlock or reset link.",
  mailer="zimbra")

m("Secrétariat Collège Jules Grévy <ce.0391841P@ac-besancon.fr>",
  "Demande de réinitialisation - mot de passe portail CDI",
  """Bonjour,

Madame Lacroix, professeure documentaliste de notre établissement, ne parvient plus à se connecter à l'administration du portail du CDI. Elle n'a plus le mot de passe.

Pourriez-vous envoyer le lien de réinitialisation sur la présente adresse de l'établissement ? Nous le lui transmettrons.

Avec nos remerciements,

Le secrétariat
Collège Jules Grévy
39100 Dole""",
  "password_reset", True, "0391841P", "bourgogne-franche-comte", "esidoc",
  "The secretariat (not the head) writes from the ce.<UAI> address, which is the only place the UAI appears; asks for the link on the official address.",
  hard=True, mailer="zimbra")

m("Aurélien Perreau <aurelien.perreau@ac-dijon.fr>",
  "Nouveau au CDI - pas de mot de passe",
  """Bonjour,

Je viens d'être nommé sur le poste de documentaliste au collège des Loges à Nevers (0580221A), en remplacement à partir du 3 mars. Personne ici ne connaît le mot de passe de l'administration e-sidoc, et l'adresse mail enregistrée est sans doute celle de ma collègue partie en congé.

Je ne connais donc pas le mot de passe et je ne sais pas à quelle adresse le lien partirait. Comment faire ?

Merci pour votre aide,
Aurélien Perreau""",
  "password_reset", True, "0580221A", "bourgogne-franche-comte", "esidoc",
  "New replacement librarian who never had the password; address on file probably the absent colleague's: reset path (official address, else head's request) applies.",
  mailer="roundcube")

m("Hélène Schaeffer <helene.schaeffer@ac-strasbourg.fr>",
  "mot de passe oublié",
  """Bonjour,

J'ai oublié mon mot de passe pour me connecter à e-sidoc en tant qu'administratrice. Pourriez-vous m'envoyer un lien de réinitialisation ?

Merci beaucoup.

Hélène Schaeffer
Documentaliste, collège de Sélestat""",
  "password_reset", True, None, "grand-est", "esidoc",
  "Plain forgotten password, no UAI; region from the ac-strasbourg.fr address.",
  mailer="zimbra")

m("Olivier Kieffer <olivier.kieffer@ac-nancy-metz.fr>",
  "Réinitialisation mot de passe e-sidoc - 0570448D",
  """Bonjour,

Je n'arrive plus à me connecter au back-office e-sidoc du lycée Georges de La Tour à Metz. J'ai saisi notre identifiant 0570448D et l'outil me répond que le compte est inconnu.

Pouvez-vous me renvoyer un mot de passe ?

Olivier Kieffer
Documentaliste""",
  "password_reset", True, None, "grand-est", "esidoc",
  "The code 0570448D has a wrong check letter (the digits give 0570448C): that is probably why the tool says 'unknown account'; no valid UAI, region from ac-nancy-metz.fr. The standard answer (login is the UAI, reset path) still serves.",
  hard=True, mailer="tb")

m("Céline Bertrand <celine.bertrand@ac-reims.fr>",
  "RE: [#SUP-018204] Mot de passe e-sidoc",
  """Bonjour,

Merci pour votre réponse, mais cela ne fonctionne pas chez nous : le lien est parti sur l'adresse ce. du collège, et la secrétaire qui relève cette boîte est en arrêt jusqu'à Pâques. Personne d'autre n'y a accès, le principal est en déplacement toute la semaine.

Je dois ouvrir les ressources pour la semaine de la presse le 24. Y a-t-il une autre solution ? Quelqu'un peut-il m'appeler au collège ?

Céline Bertrand
Collège Pierre Brossolette, Troyes

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 11 mars 2025 09:02
À : Céline Bertrand <celine.bertrand@ac-reims.fr>
Objet : [#SUP-018204] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de l'établissement (ce.0102332F@ac-r***.fr). Il est valable 12 heures.

Cordialement,
L'assistance""",
  "password_reset", False, "0102332F", "grand-est", "esidoc",
  "Reply to the automatic answer: the link went to the ce. mailbox nobody can read now, head away; standard path already tried and failed, asks for a call. UAI only in the quoted (masked-domain) history.",
  hard=True, mailer="ol", reply_to_ticket="018204", date=(12, 14, 20))

m("Franck Roussel <franck.roussel@ac-dijon.fr>",
  "Mot de passe + facture",
  """Bonjour,

Deux choses :
1) je n'ai plus le mot de passe administrateur d'e-sidoc pour le collège Saint-Exupéry de Chalon (0710494B), pouvez-vous me le réinitialiser ?
2) notre gestionnaire me signale qu'elle n'a toujours pas reçu la facture de l'abonnement renouvelé en janvier, elle en a besoin pour le mandatement.

Merci,
Franck Roussel""",
  "password_reset", False, "0710494B", "bourgogne-franche-comte", "esidoc",
  "Two topics: password reset (first) and a missing invoice (order_billing); one template answers only half.",
  hard=True, mailer="tb")

m("Patricia Lemoine <patricia.lemoine@ac-dijon.fr>",
  "Envoi du mot de passe sur mon adresse perso",
  """Bonjour,

Documentaliste au lycée Jacques Amyot d'Auxerre (0891250A). J'ai perdu le mot de passe e-sidoc. Je sais que vous envoyez le lien sur l'adresse de l'établissement, mais je ne la consulte jamais : merci de l'envoyer directement à patricia.lemoine89@gmail.com, ce sera beaucoup plus simple pour moi.

Bien à vous,
P. Lemoine""",
  "password_reset", False, "0891250A", "bourgogne-franche-comte", "esidoc",
  "Lost password, but explicitly asks for the link at a personal Gmail address, which is never allowed: a person must answer.",
  hard=True, mailer="roundcube")

m("Service intendance <intendance@lycee-saint-joseph-dijon.fr>",
  "Connexion Espace Acheteur impossible",
  """Bonjour,

Au service intendance nous sommes trois à utiliser la même adresse mail pour l'Espace Acheteur et aucune de nous ne se souvient de l'identifiant qui avait été créé l'an dernier. Le mot de passe non plus, évidemment.

Comment pouvons-nous retrouver l'accès ?

Merci
Le service intendance
Lycée privé Saint-Joseph""",
  "password_reset", True, None, None, "espace_acheteur",
  "Espace Acheteur: shared e-mail, old login unknown (FAQ case). Private school domain, no UAI: no region.",
  mailer="ol")

m("Thierry Vautrin <thierry.vautrin@ac-nancy-metz.fr>",
  "Mot de passe expiré",
  """Bonjour,

En me connectant à l'administration e-sidoc on me dit que mon mot de passe a expiré et qu'il faut le changer, mais pour cela il demande l'ancien, que je n'ai plus (il était enregistré dans le navigateur du poste qui a été remplacé la semaine dernière).

Établissement : collège La Fontaine, Laxou - 0541766B.

Merci de m'indiquer la démarche.

T. Vautrin""",
  "password_reset", True, "0541766B", "grand-est", "esidoc",
  "Expired password and the old one lost with a replaced PC; ISO-8859-1 8-bit body.",
  mailer="tb", charset="iso-8859-1")

m("Marion Heitz <marion.heitz@ac-strasbourg.fr>",
  "TR: Réinitialisation de votre mot de passe",
  """Bonjour,

Je vous transfère le mail reçu hier : quand je clique sur le lien, la page affiche « ce lien n'est plus valide ». Je n'ai pourtant cliqué qu'une fois. Pouvez-vous m'en envoyer un nouveau ?

Marion Heitz
Lycée Montaigne - Mulhouse

De : no-reply@esidoc.example.fr
Envoyé : jeudi 13 mars 2025 16:47
À : Marion Heitz
Objet : Réinitialisation de votre mot de passe

Bonjour,
Une demande de réinitialisation du mot de passe a été effectuée pour le compte 0680842W.
Cliquez sur le lien ci-dessous pour choisir un nouveau mot de passe.
Ce lien est valable 12 heures.""",
  "password_reset", True, "0680842W", "grand-est", "esidoc",
  "Outlook 'TR:' forward of the reset mail whose link is refused; UAI only in the forwarded part.",
  mailer="ol", date=(14, 10, 5))

m("Julie Cuenot <julie.cuenot@ac-besancon.fr>",
  "Je voudrais parler à quelqu'un",
  """Bonjour,

C'est la troisième fois que je vous écris pour le mot de passe d'e-sidoc du collège Lucie Aubrac à Pontarlier (0252534U). À chaque fois je reçois la même réponse automatique avec un lien, le lien part sur une adresse que je ne connais pas et je tourne en rond.

Je voudrais vraiment qu'une personne me rappelle, s'il vous plaît : 03 81 xx xx 12, je suis au CDI tous les jours sauf le mercredi après-midi.

Merci
Julie Cuenot""",
  "password_reset", False, "0252534U", "bourgogne-franche-comte", "esidoc",
  "Third attempt, the automatic answer already failed, explicitly asks for a person to call back.",
  hard=True, mailer="zimbra")

m("CDI Lycée Belin <cdi.belin@gmail.com>",
  "Mdp 0700512B",
  """Bonjour, pouvez vous réinitialiser le mot de passe de notre portail ? On n'arrive plus à se connecter depuis la mise à jour. Merci. Le CDI""",
  "password_reset", True, "0700512B", "bourgogne-franche-comte", "esidoc",
  "UAI only in the subject; one-line body; Gmail address. Platform implied by 'portail' of the CDI.",
  hard=True, mailer="gmail")

m("Marc Wendling <direction@college-sainte-marie-haguenau.fr>",
  "Mot de passe administrateur EcoleDirecte",
  """Bonjour,

Je ne parle pas du mot de passe de maintenance quotidien : j'ai perdu le mot de passe du compte administrateur d'EcoleDirecte (celui qui permet de gérer les comptes des enseignants). Notre UAI : 0671738A.

Comment puis-je le récupérer ?

Marc Wendling
Responsable informatique
Collège privé Sainte-Marie, Haguenau""",
  "password_reset", False, "0671738A", "grand-est", "ecoledirecte",
  "Lost EcoleDirecte admin password, explicitly not the daily maintenance password (which would be transfer_incident); no reset template for this product.",
  hard=True, mailer="ol")

m("Agnès Pernot <agnes.pernot@educagri.fr>",
  "Mot de passe portail documentaire EPL Quetigny",
  """Bonjour,

Je suis documentaliste au lycée agricole de Quetigny (UAI 0211826W). Je ne retrouve plus le mot de passe pour administrer notre portail e-sidoc. Pourriez-vous m'indiquer comment le réinitialiser ?

Cordialement,
Agnès Pernot
CDI - EPLEFPA Dijon-Quetigny""",
  "password_reset", True, "0211826W", "bourgogne-franche-comte", "esidoc",
  "Agricultural lycée (educagri.fr, not an académie domain); region from the UAI.",
  mailer="tb")

m("Élodie Thiriet <elodie.thiriet@ac-nancy-metz.fr>",
  "URGENT bloquée hors du portail avant la semaine de la presse",
  """Bonjour,

Je suis vraiment embêtée. La semaine de la presse et des médias commence le 24 et j'avais prévu de préparer toutes les ressources en ligne sur notre portail ces jours-ci. Or je ne peux plus me connecter à l'administration : mot de passe refusé. J'ai essayé les deux que j'utilise habituellement, puis j'ai fait « mot de passe oublié » hier soir, mais je ne suis même pas sûre de la boîte sur laquelle le mail est parti, je n'ai rien vu dans la mienne.

Nos élèves de 4e doivent travailler sur les unes de journaux et tout est prévu depuis janvier avec les collègues de français... Je ne sais plus quoi faire.

Notre code établissement est 0881200B (collège Jules Ferry, Gérardmer).

Merci infiniment si vous pouvez m'aider rapidement.

Élodie Thiriet""",
  "password_reset", True, "0881200B", "grand-est", "esidoc",
  "Long anxious message; password refused, unsure where the reset mail went. Standard reset path serves (it says where the link went).",
  mailer="zimbra", date=(18, 7, 41))

m("Jean-Luc Collet <jean-luc.collet@ac-reims.fr>",
  "identifiant ?",
  """Bonjour

quel est l'identifiant pour se connecter à la gestion du portail du CDI ? et je n'ai pas de mot de passe non plus.

JL Collet
documentaliste""",
  "password_reset", True, None, "grand-est", "esidoc",
  "Does not know the login (it is the UAI) nor the password; no UAI given, region from ac-reims.fr.",
  mailer="sogo")

m("Camille Monnier <camille.monnier@ac-besancon.fr>",
  "Nouveau mot de passe refusé",
  """Bonjour,

J'ai bien reçu le lien de réinitialisation pour e-sidoc et il fonctionne, mais le nouveau mot de passe que je choisis est systématiquement refusé avec le message « mot de passe non conforme ». Il fait 14 caractères avec des chiffres et un point d'exclamation. Quelles sont les règles exactes ?

Collège Arthur Rimbaud, Belfort - 0902002M

Merci,
Camille Monnier""",
  "password_reset", False, "0902002M", "bourgogne-franche-comte", "esidoc",
  "The reset link works; the new password is rejected as non-compliant: a policy question, the reset template does not answer it.",
  hard=True, mailer="tb")
# ==========================================================================
# missing_noreply_mail (17)
# ==========================================================================
m("Véronique Didier <veronique.didier@ac-reims.fr>",
  "Pas de lien d'activation",
  """Bonjour,

Je me suis inscrite lundi sur l'Espace Acheteur pour le collège Louise Michel de Chaumont (0522162T). Le site m'indique qu'un lien d'activation m'a été envoyé, mais je n'ai rien reçu, ni dans la boîte de réception ni dans les indésirables.

Pourriez-vous me le renvoyer ?

Véronique Didier
Secrétaire de gestion""",
  "missing_noreply_mail", True, "0522162T", "grand-est", "espace_acheteur",
  "Activation link for a new Espace Acheteur sign-up never arrived; no anti-spam product named.",
  mailer="zimbra")

m("Pierre Ostermann <pierre.ostermann@ac-strasbourg.fr>",
  "Mail de nouveau mot de passe jamais reçu",
  """Bonjour,

J'ai cliqué trois fois sur « mot de passe oublié » depuis ce matin et je ne reçois aucun message. J'ai regardé dans le courrier indésirable, rien. Notre code : 0670393N (collège du Ried, Bischheim).

Cordialement,
Pierre Ostermann""",
  "missing_noreply_mail", True, "0670393N", "grand-est", "esidoc",
  "Reset tool used three times, new-password mail never arrives, junk checked: missing no-reply mail, not a password question.",
  mailer="tb")

m("Anna Kowalski <anna.kowalski.cdi@gmail.com>",
  "No confirmation e-mail received",
  """Hi,

I registered on your buyer platform (Espace Acheteur) four days ago for our school in Montbéliard but the confirmation e-mail never arrived. I have checked spam as well. Is it possible to resend it?

Thanks a lot,
Anna Kowalski""",
  "missing_noreply_mail", True, None, None, "espace_acheteur",
  "English; sign-up confirmation never received; Gmail sender, no UAI: no region.",
  lang="en", mailer="gmail")

m("Romain Petitjean <romain.petitjean@ac-dijon.fr>",
  "Re: inscription",
  """toujours pas reçu le mail de confirmation depuis vendredi

Envoyé de mon iPhone""",
  "missing_noreply_mail", True, None, "bourgogne-franche-comte", None,
  "Two lines from a phone: confirmation mail missing since Friday. 'Re:' but no ticket headers and no product named. Region from ac-dijon.fr.",
  hard=True, mailer="iphone")

m("Christine Royer <christine.royer@ac-dijon.fr>",
  "Je ne reçois plus les demandes de comptes à valider",
  """Bonjour,

Je suis administratrice de la structure « Collège Marcelle Pardé - Dijon » (0212469V) sur l'Espace Acheteur. Jusqu'en janvier je recevais un mail à chaque nouvelle demande de compte de mes collègues ; depuis, plus rien, alors que deux collègues me disent avoir fait leur demande.

Les notifications sont-elles toujours envoyées ?

Merci,
Christine Royer""",
  "missing_noreply_mail", True, "0212469V", "bourgogne-franche-comte", "espace_acheteur",
  "Structure administrator no longer receives the 'account to validate' notifications.",
  mailer="zimbra")

m("Damien Grosjean <damien.grosjean@ac-besancon.fr>",
  "Portail de tickets : mail de création de mot de passe",
  """Bonjour,

On m'a créé un accès au portail de tickets pour suivre nos demandes, mais le mail qui permet de définir le mot de passe n'est jamais arrivé. Pouvez-vous le renvoyer ?

Merci,
D. Grosjean
Technicien informatique, lycée Xavier Marmier""",
  "missing_noreply_mail", True, None, "bourgogne-franche-comte", "ticket_portal",
  "Ticket portal: the set-password mail never came. Region from ac-besancon.fr.",
  mailer="tb")

m("Laurence Gillet <laurence.gillet@ac-nancy-metz.fr>",
  "RE: [#SUP-018377] Mail d'activation non reçu",
  """Bonjour,

J'ai fait tout ce que vous m'avez indiqué : vérifié le dossier indésirables, ajouté l'adresse no-reply dans mes contacts, redemandé l'envoi. Trois jours plus tard, toujours rien. Pouvez-vous transmettre à quelqu'un qui puisse regarder de votre côté ou du côté du rectorat ?

Collège Raymond Poincaré, Bar-le-Duc - 0551289C

L. Gillet

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 17 mars 2025 11:14
Objet : [#SUP-018377] Mail d'activation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur no-reply à vos contacts. Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.""",
  "missing_noreply_mail", False, "0551289C", "grand-est", "espace_acheteur",
  "Reply after the junk-folder answer: everything tried, still nothing after three days, asks for escalation. The template was already sent: a person follows up.",
  mailer="ol", reply_to_ticket="018377", date=(20, 9, 30))

m("Gilles Perrin <gilles.perrin@ac-dijon.fr>",
  "Activation compte client - mail absent",
  """Bonjour,

Je ne reçois pas le mail d'activation du compte client pour passer notre première commande en ligne. Avant que vous me le demandiez : non, nous n'avons pas MailInBlack au collège, l'académie filtre elle-même et je n'ai rien en quarantaine. Rien dans les spams non plus.

Collège Jean Moulin, Mâcon - 0711457Y

Gilles Perrin""",
  "missing_noreply_mail", True, "0711457Y", "bourgogne-franche-comte", "esidoc",
  "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  hard=True, mailer="tb")

m("Fabienne Laurent <fabienne.laurent@ac-reims.fr>",
  "Problème de mot de passe ?",
  """Bonjour,

Je pensais avoir un problème de mot de passe, mais en fait l'outil « mot de passe oublié » me répond bien « un e-mail vous a été envoyé ». Le problème c'est que cet e-mail n'arrive jamais. Cela fait deux jours.

Lycée Charles de Gaulle, Chaumont - 0521832J

Merci de votre aide,
Fabienne Laurent""",
  "missing_noreply_mail", True, "0521832J", "grand-est", None,
  "Reads like a password problem, but the tool works and the new-password mail never arrives. No product named, so no platform.",
  hard=True, mailer="zimbra")

m("Yannick Baumann <y.baumann@grandest.fr>",
  "Adresse expéditrice de vos notifications",
  """Bonjour,

Service numérique éducatif de la Région. Plusieurs lycées nous remontent qu'ils ne reçoivent plus les mails automatiques de votre plateforme (activation, mot de passe) depuis le changement de passerelle de messagerie début mars.

Pouvez-vous nous communiquer l'adresse exacte d'envoi et les domaines utilisés, afin que nous les ajoutions en liste blanche sur notre filtre ?

Cordialement,
Yannick Baumann
Région Grand Est - Direction du numérique""",
  "missing_noreply_mail", True, None, None, "espace_acheteur",
  "IT of the regional council: automatic mails no longer reach several lycées; asks for the sender to allow; no product named. grandest.fr is not an académie domain: region null.",
  mailer="ol")

m("Martine Chevalier <martine.chevalier@ac-dijon.fr>",
  "Mail d'activation compte client non reçu",
  """Bonjour,

Pour notre première commande sur votre site, j'ai créé le compte client hier, mais le mail d'activation (valable 12 h d'après la page) n'est toujours pas arrivé. J'ai peur qu'il soit trop tard.

Lycée Pierre Larousse, Toucy - 0890765Y

Bien cordialement,
Martine Chevalier
Gestionnaire""",
  "missing_noreply_mail", True, "0890765Y", "bourgogne-franche-comte", "esidoc",
  "HTML-only Outlook (windows-1252): the 12-hour activation mail of the customer account never came.",
  mailer="olh", charset="windows-1252")

m("Hervé Lambert <herve.lambert@ac-besancon.fr>",
  "Espace Acheteur - réception des mails",
  """Bonjour,
Le message pour créer mon nouveau mot de passe Espace Acheteur ne m'arrive pas. J'ai pourtant bien saisi mon adresse.
Collège Léonard de Vinci, Belfort (0902788S).
Merci.""",
  "missing_noreply_mail", True, "0902788S", "bourgogne-franche-comte", "espace_acheteur",
  "New-password mail for Espace Acheteur not received.",
  mailer="sogo")

m("Stéphanie Guyot <stephanie.guyot@ac-dijon.fr>",
  "Fwd: lien de connexion",
  """Bonjour,

Je vous transfère le message de ma collègue adjointe gestionnaire, qui n'a pas d'accès à internet cette semaine.

---------- Forwarded message ---------
De : Amandine Roux <amandine.roux@ac-dijon.fr>
Date: mer. 5 mars 2025 à 17:02
Subject: lien de connexion
To: Stéphanie Guyot <stephanie.guyot@ac-dijon.fr>

Stéphanie, mon compte Espace Acheteur a été validé par l'administratrice mais je n'ai jamais reçu le lien pour la première connexion. Tu peux leur écrire ? Merci !""",
  "missing_noreply_mail", True, None, "bourgogne-franche-comte", "espace_acheteur",
  "Gmail-style forward of a colleague's message: account validated but the first-login link never arrived.",
  mailer="gmail", date=(6, 8, 55))

m("Joëlle Zimmermann <joelle.zimmermann@ac-strasbourg.fr>",
  "Alertes sur les offres",
  """Bonjour,

Je me suis abonnée aux alertes de mise à jour des offres (fournitures et papeterie) mais je ne reçois jamais les notifications, alors que des offres ont été modifiées ce mois-ci.

Lycée Lavoisier, Mulhouse - 0680521X

Cordialement
J. Zimmermann""",
  "missing_noreply_mail", True, "0680521X", "grand-est", "espace_acheteur",
  "Subscribed to offer-update alerts, never receives them.",
  mailer="zimbra")

m("Bernard Collin <bernard.collin@ac-reims.fr>",
  "confirmation d'inscription",
  """Bonjour,

Depuis la migration de notre messagerie vers le nouveau webmail académique, je n'ai pas reçu la confirmation d'inscription à l'Espace Acheteur. J'ai refait l'inscription deux fois.

Collège Jean Macé, Charleville-Mézières (0082122N)

Bernard Collin""",
  "missing_noreply_mail", True, "0082122N", "grand-est", "espace_acheteur",
  "Sign-up confirmation never received since the mail migration; ISO-8859-1 8-bit body.",
  mailer="tb", charset="iso-8859-1")

m("Collège Victor Hugo <ce.0251904j@ac-besancon.fr>",
  "Pas de mail de confirmation",
  """Bonjour,

Notre nouvelle gestionnaire, Mme Vuillemin, s'est inscrite sur l'Espace Acheteur avec cette adresse mais n'a reçu aucune confirmation. Rien dans les indésirables.

Merci de votre aide,
Secrétariat de direction""",
  "missing_noreply_mail", True, "0251904J", "bourgogne-franche-comte", "espace_acheteur",
  "UAI only in the ce.<uai>@ac-besancon.fr sender address, written in lower case; the label is the upper-case code.",
  hard=True, mailer="zimbra")

m("Delphine Moreau <delphine.moreau@ac-dijon.fr>",
  "Compte validé mais pas de lien",
  """Bonjour,

L'administratrice de notre structure a validé mon compte Espace Acheteur mardi. Je devais recevoir un lien sécurisé pour la première connexion : rien reçu.

Lycée Romain Rolland, Clamecy - 0581108P

Delphine Moreau""",
  "missing_noreply_mail", True, "0581108P", "bourgogne-franche-comte", "espace_acheteur",
  "Account validated; the secure first-login link never arrived.",
  mailer="owa")

# ==========================================================================
# mailinblack_spam (13)
# ==========================================================================
m("Nicolas Hoffmann <nicolas.hoffmann@ac-nancy-metz.fr>",
  "Liens d'activation bloqués par MailInBlack",
  """Bonjour,

Notre établissement (lycée Fabert, Metz - 0571424N) utilise MailInBlack. Les liens d'activation de l'Espace Acheteur restent en quarantaine et quand je les libère, le lien a déjà expiré.

Que faut-il autoriser exactement ?

Nicolas Hoffmann
Gestionnaire""",
  "mailinblack_spam", True, "0571424N", "grand-est", "espace_acheteur",
  "MailInBlack quarantine holds the activation links.",
  mailer="ol")

m("sylvie.jacquot <sylvie.jacquot@wanadoo.fr>",
  "mail in black bloque vos mails",
  """bonjour
au college on a un logiciel mail in black qui bloque vos messages pour le mot de passe de l espace acheteur, je ne recois rien
comment faire
merci""",
  "mailinblack_spam", True, None, None, "espace_acheteur",
  "Product spelled 'mail in black', no accents; personal address, no UAI. Mentions a password but the need is the blocked mail.",
  hard=True, mailer="roundcube")

m("James O'Neill <james.oneill@ac-strasbourg.fr>",
  "Your emails are being held by Mailinblack",
  """Hello,

Our school (code 0672164N) has Mailinblack installed. Every message from your platform ends up in the "pending" list, and the sender is asked to authenticate, which an automatic address obviously cannot do. Could you tell us what we should whitelist?

Best regards,
James O'Neill
Lycée Kléber, Strasbourg""",
  "mailinblack_spam", True, "0672164N", "grand-est", "espace_acheteur",
  "English; Mailinblack challenge on the platform's automatic mail. Platform only implied ('your platform').",
  lang="en", mailer="owa")

m("Thomas Girard <thomas.girard@ac-besancon.fr>",
  "Liste blanche MailInBlack",
  """Bonjour,

Je suis le référent numérique du collège Pasteur de Lons-le-Saunier (0391181X). Nous avons MailInBlack sur notre domaine. Quels expéditeurs et quels domaines faut-il ajouter en liste blanche pour que vos mails (Espace Acheteur, notifications, mots de passe) passent ?

Merci
Thomas Girard""",
  "mailinblack_spam", True, "0391181X", "bourgogne-franche-comte", "espace_acheteur",
  "IT contact asks which senders to allow-list in MailInBlack.",
  mailer="tb")

m("Isabelle Berthier <isabelle.berthier@ac-dijon.fr>",
  "Toujours bloqué malgré autorisation",
  """Bonjour,

J'ai cliqué sur « autoriser l'expéditeur » dans le message de MailInBlack la semaine dernière, mais vos mails suivants sont encore retenus. Je dois les débloquer un par un.

Isabelle Berthier, collège de Montbard""",
  "mailinblack_spam", True, None, "bourgogne-franche-comte", None,
  "Clicked 'allow' in MailInBlack but later mails still held; no UAI, region from ac-dijon.fr; platform not named.",
  mailer="zimbra")

m("Catherine Noël <catherine.noel@ac-nancy-metz.fr>",
  "Message bizarre après votre mail",
  """Bonjour,

Je n'ai pas reçu le lien pour activer mon compte. Notre informaticien dit que vos mails arrivent sur une sorte de page intermédiaire où l'expéditeur doit cocher « je ne suis pas un robot » avant que le message me soit remis. Il semble que ce soit un nouvel outil installé par le Département sur la messagerie des collèges.

Collège Guynemer, Nancy - 0541426G

Catherine Noël""",
  "mailinblack_spam", False, "0541426G", "grand-est", "espace_acheteur",
  "The sender-authentication challenge is described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
  hard=True, mailer="zimbra")

m("Valérie Marchand <valerie.marchand@ac-dijon.fr>",
  "MailInBlack + facture",
  """Bonjour,

1. Vos mails d'activation sont bloqués par MailInBlack au lycée Carnot (0211720F), je n'arrive pas à les récupérer.
2. Par ailleurs, pouvez-vous m'envoyer la facture n° 2025-0311 en PDF, l'agent comptable ne la trouve pas sur Chorus.

Merci,
V. Marchand""",
  "mailinblack_spam", False, "0211720F", "bourgogne-franche-comte", "espace_acheteur",
  "Two topics: MailInBlack blocking (first) and an invoice missing from Chorus (order_billing).",
  hard=True, mailer="ol")

m("Sophie Meyer <sophie.meyer@ac-strasbourg.fr>",
  "TR: Rapport de quarantaine MailInBlack",
  """Bonjour,

Je reçois chaque matin ce rapport : vos messages y sont systématiquement. Est-ce normal ? Comment éviter cela ?

Sophie Meyer
Lycée Albert Schweitzer, Mulhouse (0681133M)

De : MailInBlack <noreply@mailinblack.com>
Envoyé : mardi 18 mars 2025 07:00
Objet : Votre rapport quotidien - 3 messages en attente

Messages en attente d'authentification :
- no-reply@espace-acheteur.example.fr - « Activez votre compte »
- no-reply@espace-acheteur.example.fr - « Nouvelle demande de compte »
- newsletter@fournitures-bureau.example.com - « Promotions de printemps »""",
  "mailinblack_spam", True, "0681133M", "grand-est", "espace_acheteur",
  "A person forwards the daily MailInBlack quarantine report with a question; the forwarded part is machine text.",
  mailer="ol", date=(18, 8, 2))

m("Rémi Lefèvre <remi.lefevre@ac-reims.fr>",
  "Re: [#SUP-018455] Mails non reçus",
  """Bonjour,

Suite à votre réponse, j'ai vu avec notre informaticien : ce n'est pas le dossier indésirables, c'est MailInBlack qui retient vos mails. Que doit-il paramétrer ?

Collège Paul Langevin, Romilly-sur-Seine - 0102941T

Le 19/03/2025 à 10:21, Assistance a écrit :
> Bonjour,
> Vérifiez votre dossier de courrier indésirable et marquez nos messages comme légitimes.
> Cordialement, l'assistance""",
  "mailinblack_spam", True, "0102941T", "grand-est", "espace_acheteur",
  "Reply quoting the junk-folder answer: IT found that MailInBlack holds the mails; the MailInBlack guide is now the right answer.",
  mailer="tb", reply_to_ticket="018455", date=(20, 15, 3))

m("Laetitia Renaud <laetitia.renaud@ac-besancon.fr>",
  "Mailinblack Protect",
  """Bonjour,

Le conseil départemental a déployé « Mailinblack Protect » sur les messageries des collèges de Haute-Saône pendant les vacances. Depuis, vos messages de mot de passe restent bloqués. Que dois-je faire ?

Collège Jean Macé, Vesoul - 0700821M""",
  "mailinblack_spam", True, "0700821M", "bourgogne-franche-comte", "espace_acheteur",
  "'Mailinblack Protect' rolled out by the département over the winter holidays.",
  mailer="zimbra")

m("Francis Poirot <francis.poirot@ac-nancy-metz.fr>",
  "MAILINBLACK",
  """MAILINBLACK BLOQUE TOUT. MERCI DE M ENVOYER LA PROCEDURE.

Envoyé depuis mon smartphone Samsung Galaxy.""",
  "mailinblack_spam", True, None, "grand-est", None,
  "One line in capitals from a phone; no UAI, no platform named. Region from ac-nancy-metz.fr.",
  mailer="samsung")

m("Brigitte Klein <brigitte.klein@ac-nancy-metz.fr>",
  "Messages retenus dans la boîte de validation",
  """Bonjour,

Vos messages automatiques arrivent dans la boîte de validation MailInBlack du collège et je dois les valider à la main, mais le lien est souvent expiré quand je les vois. Pouvez-vous m'aider ?

Collège Jacques Callot, Vandœuvre - 0540842X

Brigitte Klein""",
  "mailinblack_spam", True, "0540842X", "grand-est", None,
  "ISO-8859-15 8-bit body; MailInBlack validation box holds automatic mails. No platform named.",
  mailer="tb", charset="iso-8859-15")

m("Annie Charpentier <annie.charpentier@ac-dijon.fr>",
  "Blocage Mailinblack",
  """Bonjour,

Depuis l'installation de Mailinblack au lycée, je ne reçois plus rien de l'Espace Acheteur. Pouvez-vous m'envoyer la marche à suivre pour débloquer vos adresses ?

Lycée Joseph Fourier, Auxerre - 0892692T

Cordialement,
Annie Charpentier""",
  "mailinblack_spam", True, "0892692T", "bourgogne-franche-comte", "espace_acheteur",
  "HTML-only Outlook; Mailinblack installed at the lycée, asks for the procedure.",
  mailer="olh")
# ==========================================================================
# head_of_establishment_request (13)
# ==========================================================================
m("Principal Collège Jean Lamour <ce.0542775Y@ac-nancy-metz.fr>",
  "Demande de réinitialisation et changement d'adresse de contact - e-sidoc",
  """Madame, Monsieur,

Notre professeure documentaliste, Mme Aubert, a quitté l'établissement le 28 février à la suite d'une mutation. L'adresse de contact du compte administrateur e-sidoc est toujours la sienne.

En ma qualité de principal, je vous demande de bien vouloir réinitialiser le mot de passe administrateur et de remplacer l'adresse de contact par celle de l'établissement (la présente adresse).

Je vous prie d'agréer mes salutations distinguées.

Denis Fontaine
Principal
Collège Jean Lamour - Nancy""",
  "head_of_establishment_request", False, "0542775Y", "grand-est", "esidoc",
  "The principal, from the ce.<UAI> address, asks for an admin password reset and a new contact address after the librarian's transfer.",
  mailer="zimbra")

m("Proviseur Lycée Clemenceau <ce.0510995E@ac-reims.fr>",
  "Changement d'administrateur de structure - Espace Acheteur",
  """Bonjour,

Mme Hutin a pris ses fonctions d'adjointe gestionnaire au 1er mars. Je vous demande de la désigner comme administratrice de notre structure sur l'Espace Acheteur, et de fermer les accès de M. Dubois, son prédécesseur, qui a quitté le lycée.

Cordialement,

Philippe Lemaire
Proviseur
Lycée Georges Clemenceau - Reims""",
  "head_of_establishment_request", False, "0510995E", "grand-est", "espace_acheteur",
  "The proviseur designates a new structure administrator and asks to close the former one's access.",
  mailer="ol")

m("Anne-Sophie Drouot <anne-sophie.drouot@ac-besancon.fr>",
  "Autorisation de commande - renouvellement abonnement",
  """Bonjour,

Je soussignée, Anne-Sophie Drouot, principale du collège Stendhal de Besançon (UAI 0251241N), autorise Mme Jeanningros, professeure documentaliste, à valider la commande de renouvellement de l'abonnement du portail documentaire.

Vous trouverez ci-joint le bon d'engagement signé.

Cordialement,
A.-S. Drouot
Principale""",
  "head_of_establishment_request", False, "0251241N", "bourgogne-franche-comte", "esidoc",
  "The principal authorises the librarian to validate the renewal order; signed bon d'engagement attached (PDF). Personal académie address, not ce.",
  mailer="tb", attach=[("bon_engagement_2025-041.pdf", "application/pdf", PDF)])

m("Proviseure Lycée Claude Gellée <ce.0882579A@ac-nancy-metz.fr>",
  "Re: [#SUP-018290] Demande écrite du chef d'établissement",
  """Bonjour,

Comme demandé, je vous confirme par écrit que M. Thomas, notre nouveau professeur documentaliste, doit recevoir les accès administrateur de notre portail e-sidoc. Merci d'envoyer le lien de réinitialisation à l'adresse de l'établissement.

Martine Valentin
Proviseure

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Ludovic Thomas" <ludovic.thomas@ac-nancy-metz.fr>
Envoyé: Lundi 10 Mars 2025 14:02:11
Objet: [#SUP-018290] Demande écrite du chef d'établissement

Bonjour,
Pour des raisons de sécurité, le chef d'établissement doit formuler la demande par écrit depuis l'adresse officielle de l'établissement.""",
  "head_of_establishment_request", False, "0882579A", "grand-est", "esidoc",
  "Zimbra reply in which the proviseure gives the written request the desk asked for.",
  mailer="zimbra", reply_to_ticket="018290", date=(11, 9, 12))

m("Hugo Mercier <hugo.mercier@ac-besancon.fr>",
  "Courrier de M. le principal - accès e-sidoc",
  """Bonjour,

Veuillez trouver en pièce jointe le courrier signé de M. Jacquin, principal du collège Jean Jaurès de Saint-Claude (0391726P), qui demande la réinitialisation du mot de passe administrateur de notre portail et le changement de l'adresse de contact. M. Jacquin est en copie de ce message.

Bien cordialement,
Hugo Mercier
Professeur documentaliste""",
  "head_of_establishment_request", False, "0391726P", "bourgogne-franche-comte", "esidoc",
  "The librarian relays the head's signed letter (PDF), head in copy: a head-of-establishment request; staff must check the letter and sender.",
  hard=True, mailer="tb", cc="Pascal Jacquin <ce.0391726P@ac-besancon.fr>",
  attach=[("courrier_principal_esidoc.pdf", "application/pdf", PDF)])

m("Proviseur - Lycée Marie Curie <ce.0672128Z@ac-strasbourg.fr>",
  "URGENT - changement adresse administrateur",
  """Bonjour,

Je suis le proviseur de l'établissement. Pour des raisons de sécurité suite à un piratage, merci de remplacer immédiatement l'adresse des deux comptes administrateurs (e-sidoc et Espace Acheteur) par proviseur.lycee67@gmail.com et de m'envoyer les nouveaux mots de passe à cette adresse.

C'est très urgent, je compte sur votre réactivité.

Le proviseur""",
  "head_of_establishment_request", False, "0672128Z", "grand-est", None,
  "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail, Reply-To is Gmail, unnamed signer, asks to move both admin accounts to a free-mail address: probable spoof. Still a head request for a person to refuse; no single platform.",
  hard=True, mailer="owa", auth="fail",
  hdrs={"Reply-To": "proviseur.lycee67@gmail.com"})

m("Directrice École Jean Macé <ce.0212353U@ac-dijon.fr>",
  "Adresse de contact du compte e-sidoc de l'école",
  """Bonjour,

Je suis directrice de l'école élémentaire Jean Macé à Dijon. Le compte administrateur de notre portail BCD e-sidoc est rattaché à l'adresse personnelle d'une ancienne collègue partie à la retraite. Je souhaite que l'adresse de contact soit remplacée par celle de l'école.

Merci d'avance,
Mme Rossignol
Directrice""",
  "head_of_establishment_request", False, "0212353U", "bourgogne-franche-comte", "esidoc",
  "A primary-school head asks to replace the contact address of the e-sidoc admin account with the school's address.",
  mailer="zimbra")

m("Patrick Wolff <patrick.wolff@ac-strasbourg.fr>",
  "Re: accès CDI",
  """Bonjour,
Je confirme la demande de Mme Haas ci-dessous, vous pouvez procéder.
P. Wolff, principal

Envoyé de mon iPhone

> Le 24 mars 2025 à 08:31, Caroline Haas <caroline.haas@ac-strasbourg.fr> a écrit :
>
> Bonjour,
> Je n'ai plus accès à l'administration e-sidoc du collège Jean Moulin de Colmar (0682123N). Pouvez-vous réinitialiser le mot de passe ? Mon principal vous confirmera.
> Caroline Haas""",
  "head_of_establishment_request", False, "0682123N", "grand-est", "esidoc",
  "The principal confirms from his phone (Apple quote style) his librarian's reset request; personal académie address, not ce.",
  mailer="iphone", date=(24, 9, 4))

m("Principal Collège Vivant Denon <ce.0711097G@ac-dijon.fr>",
  "Délégation de validation des commandes",
  """Madame, Monsieur,

J'informe vos services que Mme Perrot, adjointe gestionnaire, est habilitée à valider en mon nom les commandes de l'établissement sur l'Espace Acheteur, à compter du 17 mars 2025.

Je vous remercie de prendre en compte cette délégation.

Le principal,
Jean-Marc Dumont
Collège Vivant Denon - Saint-Marcel""",
  "head_of_establishment_request", False, "0711097G", "bourgogne-franche-comte", "espace_acheteur",
  "Written delegation: the head declares who may validate orders.",
  mailer="ol")

m("Proviseure Lycée Roosevelt <ce.0512816J@ac-reims.fr>",
  "Demande du chef d'établissement - compte e-sidoc",
  """Bonjour,

Je vous demande de bien vouloir réinitialiser le mot de passe administrateur de notre portail e-sidoc (établissement 0512816K) et d'envoyer le lien à l'adresse de l'établissement.

Cordialement,
Claire Dupuis-Martin
Proviseure du lycée Franklin Roosevelt, Reims""",
  "head_of_establishment_request", False, "0512816J", "grand-est", "esidoc",
  "Body gives 0512816K (wrong check letter) but the ce.0512816J@ac-reims.fr sender carries the valid UAI, which is the label.",
  hard=True, mailer="zimbra")

m("Head of School - European School Strasbourg <ce.0671050C@ac-strasbourg.fr>",
  "Library portal administrator access",
  """Dear support team,

Our school librarian left at the end of February. I would like her access to the e-sidoc administration to be closed and the administrator password to be reset, with the link sent to this official school address.

Yours sincerely,
Dr. Margaret Lindqvist
Head of School
European School of Strasbourg""",
  "head_of_establishment_request", False, "0671050C", "grand-est", "esidoc",
  "English; the head of school, from the ce.<UAI> address, asks to close a departed librarian's access and reset the admin password.",
  lang="en", mailer="owa")

m("Direction Collège Jean Rostand <ce.0100232Y@ac-reims.fr>",
  "Nouvel administrateur du portail documentaire",
  """Madame, Monsieur,

Suite à la mutation de notre documentaliste, je vous prie de désigner M. Antoine Renard, professeur documentaliste arrivé le 3 mars, comme administrateur de notre portail e-sidoc, et de lui transmettre les accès via l'adresse de l'établissement.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sabine Caron
Principale
Collège Jean Rostand - Troyes""",
  "head_of_establishment_request", False, "0100232Y", "grand-est", "esidoc",
  "HTML-only Outlook letter: the principal names a new administrator after the librarian's transfer.",
  mailer="olh")

m("Françoise Girardot <francoise.girardot58@gmail.com>",
  "accord pour le mot de passe",
  """Bonjour,

Je suis la principale du collège de Luzy. Ma documentaliste m'a dit que vous aviez besoin de mon accord pour réinitialiser le mot de passe du portail : je vous le donne bien volontiers.

Je vous écris de ma boîte personnelle car je suis en déplacement.

F. Girardot""",
  "head_of_establishment_request", False, None, None, "esidoc",
  "A principal gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify.",
  hard=True, mailer="gmail")

# ==========================================================================
# account_creation (10)
# ==========================================================================
m("Nadia Benali <nadia.benali@ac-reims.fr>",
  "Création d'un compte acheteur",
  """Bonjour,

Nouvellement arrivée comme gestionnaire au collège Camille Flammarion de Saint-Dizier (0520748F), je souhaite créer un compte sur l'Espace Acheteur. Comment dois-je procéder ?

Merci,
Nadia Benali""",
  "account_creation", True, "0520748F", "grand-est", "espace_acheteur",
  "New gestionnaire asks how to create an Espace Acheteur account: the sign-up answer fits.",
  mailer="zimbra")

m("Fabrice Jeannin <fabrice.jeannin@ac-besancon.fr>",
  "Inscription faite mais connexion impossible",
  """Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur la semaine dernière. Quand j'essaie de me connecter, on me dit que mon compte n'est pas encore actif. Est-ce normal ?

Lycée Édouard Belin, Vesoul - 0700253V""",
  "account_creation", True, "0700253V", "bourgogne-franche-comte", "espace_acheteur",
  "Signed up, cannot log in: account waiting for the structure administrator's validation (FAQ case).",
  mailer="tb")

m("Corinne Baudoin <corinne.baudoin@ac-nancy-metz.fr>",
  "Pas un mot de passe perdu !",
  """Bonjour,

Je précise tout de suite : je n'ai pas perdu mon mot de passe, je n'ai tout simplement jamais eu de compte. Votre collègue au téléphone m'a dit de faire « mot de passe oublié » mais cela ne sert à rien puisque mon adresse n'est pas connue.

Je voudrais donc créer un compte sur l'Espace Acheteur pour le collège Jean Bauchez, Le Ban-Saint-Martin (0572124Z).

Corinne Baudoin""",
  "account_creation", True, "0572124Z", "grand-est", "espace_acheteur",
  "Negation: 'je n'ai pas perdu mon mot de passe', never had an account: account_creation, not password_reset.",
  hard=True, mailer="zimbra")

m("Gaëlle Simonin <gaelle.simonin@ac-dijon.fr>",
  "Ouverture compte client",
  """Bonjour,

Je suis la nouvelle gestionnaire du collège Roger Semet de Montchanin et je voudrais ouvrir notre compte client sur votre site avant de passer une première commande d'abonnement pour le CDI. Quelle est la démarche ?

Cordialement,
Gaëlle Simonin""",
  "account_creation", True, None, "bourgogne-franche-comte", "esidoc",
  "HTML-only Outlook: a new gestionnaire wants to open the customer account before a first subscription order. No UAI, region from ac-dijon.fr.",
  mailer="olh")

m("Jérôme Lecomte <jerome.lecomte@ac-nancy-metz.fr>",
  "Qui est l'administrateur de notre structure ?",
  """Bonjour,

Mon inscription sur l'Espace Acheteur attend la validation de l'administrateur de la structure, mais personne au collège ne sait qui c'est. Pouvez-vous me dire qui est administrateur pour le collège Jean-Baptiste Vuillaume, Mirecourt ? (0882349A)

Merci,
J. Lecomte""",
  "account_creation", False, "0882349A", "grand-est", "espace_acheteur",
  "Asks who the structure administrator is: needs a look-up, a person answers.", mailer="tb")

m("Isabelle Fritsch <isabelle.fritsch@ac-strasbourg.fr>",
  "UAI absent de la liste",
  """Bonjour,

Notre collège a ouvert en septembre 2024 (collège des Trois Frontières, Saint-Louis) et son UAI, 0682041Z, n'apparaît pas dans la liste proposée lors de la création du compte client. Je ne peux donc pas m'inscrire.

Merci de votre aide,
Isabelle Fritsch
Gestionnaire""",
  "account_creation", False, "0682041Z", "grand-est", "esidoc",
  "The new establishment's UAI is not in the list when opening the customer account: the FAQ sends these to a person (sales).",
  mailer="zimbra")

m("Morgane Dufour <morgane.dufour@ac-dijon.fr>",
  "Droits de gestion des commandes",
  """Bonjour,

Mon compte sur l'Espace Acheteur fonctionne, mais je ne vois pas le menu de gestion des commandes. Pouvez-vous m'ouvrir les droits ? Je suis adjointe gestionnaire au collège Hubert Reeves de Gueugnon (0710924U).

Cordialement,
Morgane Dufour""",
  "account_creation", False, "0710924U", "bourgogne-franche-comte", "espace_acheteur",
  "Account works; asks for order-management rights to be opened.",
  mailer="ol")

m("Florian Bailly <florian.bailly@ac-besancon.fr>",
  "Compte en attente depuis trois semaines",
  """Bonjour,

Ma demande de compte sur l'Espace Acheteur est en attente de validation depuis trois semaines. L'administratrice de notre structure est partie à la retraite fin février et n'a pas été remplacée dans l'outil. Qui peut valider mon compte ?

Collège Diderot, Besançon - 0251055L

Florian Bailly""",
  "account_creation", False, "0251055L", "bourgogne-franche-comte", "espace_acheteur",
  "Waiting for validation for three weeks, the administrator retired: someone must step in.",
  mailer="tb")

m("Agathe Rousseau <agathe.rousseau@ac-nancy-metz.fr>",
  "Deux comptes administrateurs ?",
  """Bonjour,

Nous sommes deux professeures documentalistes au lycée Henri Poincaré (0540129X), à mi-temps chacune. Est-il possible que nous ayons chacune un compte administrateur sur le portail, plutôt que de partager le même identifiant ?

Merci,
Agathe Rousseau""",
  "account_creation", False, "0540129X", "grand-est", "esidoc",
  "Asks whether each of two librarians can have an administrator account: a person answers.",
  mailer="zimbra")

m("Laurent Mathis <laurent.mathis@ac-nancy-metz.fr>",
  "Accès Espace Acheteur pour le GRETA",
  """Bonjour,

Le GRETA Lorraine Nord, rattaché à un lycée support, peut-il disposer de son propre compte acheteur, ou doit-il passer par le compte du lycée ? Nous souhaiterions commander du mobilier pour une nouvelle salle de formation.

Cordialement,
Laurent Mathis
Conseiller en formation continue""",
  "account_creation", False, None, "grand-est", "espace_acheteur",
  "A GRETA asks whether it may have its own buyer account: eligibility must be checked by a person. No UAI; region from ac-nancy-metz.fr.",
  mailer="ol")

# ==========================================================================
# subscription_activation (10)
# ==========================================================================
m("Aline Vogt <aline.vogt@ac-nancy-metz.fr>",
  "Europresse pas visible",
  """Bonjour,

Nous avons commandé hier l'abonnement Europresse pour la semaine de la presse, et il n'apparaît pas encore sur notre portail. Pouvez-vous vérifier ?

Lycée Louis Vincent, Metz - 0571445L
Aline Vogt""",
  "subscription_activation", True, "0571445L", "grand-est", "esidoc",
  "Europresse ordered yesterday, not yet visible: within the 72-hour window.",
  mailer="zimbra")

m("Sarah Claudel <sarah.claudel@ac-nancy-metz.fr>",
  "Cafeyn invisible pour les élèves",
  """Bonjour,

Je n'ai pas oublié mon mot de passe, je me connecte très bien à l'administration. Mais la ressource Cafeyn, active depuis la semaine dernière, n'apparaît pas pour les élèves sur le portail. Y a-t-il quelque chose à publier ?

Collège Louis Armand, Golbey - 0882323X
Sarah Claudel""",
  "subscription_activation", True, "0882323X", "grand-est", "esidoc",
  "Negation: login works; the Cafeyn resource is not published for pupils.",
  hard=True, mailer="tb")

m("Raphaël Blondeau <raphael.blondeau@ac-dijon.fr>",
  "Universalis : toujours rien",
  """Bonjour,

Commande d'Universalis passée avant-hier, validée, payée. Et toujours pas d'accès. On est au XXIe siècle, un abonnement en ligne devrait être actif tout de suite, non ?

Collège Les Lentillères, Dijon - 0211749M""",
  "subscription_activation", True, "0211749M", "bourgogne-franche-comte", "esidoc",
  "Irritated tone; Universalis ordered two days ago: still within 72 hours.",
  mailer="roundcube")

m("Mathilde Cordier <mathilde.cordier@ac-besancon.fr>",
  "Abonnement commandé il y a trois semaines",
  """Bonjour,

Nous avons commandé l'abonnement Le Robert Collège le 21 février, la commande apparaît comme validée, mais l'accès n'est toujours pas actif aujourd'hui. J'ai attendu pensant que c'était un délai normal, mais cela commence à faire long.

Collège du Revermont, Saint-Amour - 0392014C

Mathilde Cordier""",
  "subscription_activation", False, "0392014C", "bourgogne-franche-comte", "esidoc",
  "Ordered about three weeks ago, still inactive: well past the 72-hour rule, a person must look at the order.",
  mailer="tb", date=(13, 11, 20))

m("Principal Collège Émile Gallé <ce.0542417J@ac-nancy-metz.fr>",
  "Disponibilité de l'abonnement",
  """Bonjour,

Notre documentaliste a passé mardi la commande de l'abonnement Cafeyn. Pouvez-vous m'indiquer quand la ressource sera disponible pour les élèves ?

Cordialement,
Le principal
Collège Émile Gallé, Nancy""",
  "subscription_activation", True, "0542417J", "grand-est", "esidoc",
  "Written by the principal from the ce. address, but he only asks when the subscription will be available: not a head-of-establishment request.",
  hard=True, mailer="owa")

m("Nicole Thévenin <nicole.thevenin@ac-dijon.fr>",
  "Publier une ressource sur le portail",
  """Bonjour,

Notre abonnement à Europresse est actif depuis hier (enfin, d'après la page « Mes abonnements »). Comment le faire apparaître sur la page d'accueil de notre portail pour les élèves ?

Lycée Parc des Chaumes, Avallon - 0891450T""",
  "subscription_activation", True, "0891450T", "bourgogne-franche-comte", "esidoc",
  "How to publish an active resource (Europresse) on the portal: publication step.",
  mailer="zimbra")

m("Alexandre Lorrain <alexandre.lorrain@ac-nancy-metz.fr>",
  "Ressource non visible via l'ENT",
  """Bonjour,

L'abonnement est actif dans notre espace, mais les élèves qui passent par l'ENT Mon Bureau Numérique ne voient pas la ressource dans le portail. Faut-il activer quelque chose ?

Collège Jean Rostand, Sarreguemines - 0571139D""",
  "subscription_activation", True, "0571139D", "grand-est", "esidoc",
  "Active subscription not visible to pupils through the ENT: publication step.",
  mailer="zimbra")

m("Sophie Lagarde <sophie.lagarde@ac-dijon.fr>",
  "activation abonnement",
  """Bonjour, merci d'activer notre abonnement, la commande a été validée hier. Lycée Maurice Genevoix, Decize (0582447V). Bonne journée""",
  "subscription_activation", True, "0582447V", "bourgogne-franche-comte", "esidoc",
  "Short: please activate, order validated yesterday.",
  mailer="iphone")

m("Hannah Schmitt <hannah.schmitt@ac-besancon.fr>",
  "New subscription not showing yet",
  """Hello,

I teach in the Abibac section and I am also helping our librarian this year. We ordered a subscription to a German press resource yesterday morning for Lycée Victor Hugo, Besançon (0251707V) and it is not showing in the resources list yet. Is there anything we need to do, or should we just wait?

Thanks,
Hannah Schmitt""",
  "subscription_activation", True, "0251707V", "bourgogne-franche-comte", "esidoc",
  "English; subscription ordered yesterday not yet visible: 72-hour rule.",
  lang="en", mailer="gmail")

m("Jacques Lallement <jacques.lallement@ac-reims.fr>",
  "Abonnement renouvelé affiché expiré",
  """Bonjour,

J'ai renouvelé ce matin notre abonnement, mais dans « Mes abonnements » il apparaît toujours comme expiré. Faut-il attendre ?

Lycée Monge, Charleville-Mézières - 0081551T""",
  "subscription_activation", True, "0081551T", "grand-est", "esidoc",
  "Renewal done this morning, still shown as expired.",
  mailer="sogo")
# ==========================================================================
# order_billing (10)
# ==========================================================================
m("Évelyne Masson <evelyne.masson@ac-reims.fr>",
  "Demande de devis - renouvellement",
  """Bonjour,

Afin d'établir le bon d'engagement, pourriez-vous nous adresser un devis pour le renouvellement de l'abonnement du portail documentaire pour 2025-2026 ?

Collège Georges Sand, Sedan - UAI 0082075M

Bien cordialement,
Évelyne Masson
Secrétaire d'intendance""",
  "order_billing", False, "0082075M", "grand-est", "esidoc",
  "Formal quote requested for the renewal, needed for the bon d'engagement.",
  mailer="zimbra")

m("Pascale Fournier <pascale.fournier@ac-dijon.fr>",
  "Facture non déposée sur Chorus Pro",
  """Bonjour,

Notre commande a été validée le 12 février et nous n'avons toujours pas de facture sur Chorus Pro. L'agent comptable souhaite la mandater avant la fin du mois.

Pouvez-vous la déposer rapidement ?

Lycée Lamartine, Mâcon - 0710905Y
Pascale Fournier""",
  "order_billing", False, "0710905Y", "bourgogne-franche-comte", "esidoc",
  "Invoice still not on Chorus Pro a month after validation.",
  mailer="ol")

m("Michel Rieffel <michel.rieffel@ac-strasbourg.fr>",
  "Écart entre le devis et la facture",
  """Bonjour,

Le devis que vous nous avez transmis en janvier s'élevait à 1 240,00 € TTC. La facture reçue ce matin est de 1 388,80 € TTC. Je ne retrouve pas d'explication à cette différence de 148,80 €.

Pourriez-vous vérifier et, le cas échéant, nous adresser une facture rectifiée ?

Lycée Théodore Deck, Guebwiller - 0681706K

Cordialement,
Michel Rieffel
Adjoint gestionnaire""",
  "order_billing", False, "0681706K", "grand-est", "esidoc",
  "HTML-only Outlook in windows-1252 with euro signs: invoice amount differs from the quote.",
  mailer="olh", charset="windows-1252")

m("Corinne Lhuillier <corinne.lhuillier@ac-nancy-metz.fr>",
  "Panier disparu",
  """Bonjour,

J'avais préparé un panier de fournitures sur l'Espace Acheteur début mars et je ne le retrouve plus aujourd'hui. Est-il possible de le récupérer ? Il y avait une cinquantaine de lignes...

Collège Jacques Prévert, Verdun - 0552465F""",
  "order_billing", False, "0552465F", "grand-est", "espace_acheteur",
  "A saved basket disappeared (baskets are kept for a limited time).",
  mailer="zimbra")

m("Gérard Husson <gerard.husson@ac-reims.fr>",
  "Impossible de joindre le bon d'engagement",
  """Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue avec le message « format non accepté ». C'est pourtant un PDF, je vous le joins.

Lycée Stéphane Hessel, Épernay - 0511270D

G. Husson""",
  "order_billing", False, "0511270D", "grand-est", "espace_acheteur",
  "Bon d'engagement upload fails at order validation; PDF attached.",
  mailer="tb", attach=[("BE_2025_017.pdf", "application/pdf", PDF)])

m("Intendance Lycée Courbet <int.0902170V@ac-besancon.fr>",
  "Facture en double",
  """Bonjour,

Nous avons reçu deux fois la facture de l'abonnement (même montant, deux numéros différents). Merci d'annuler la seconde, nous ne paierons qu'une fois.

Service intendance
Lycée Gustave Courbet, Belfort (0902170V)""",
  "order_billing", False, "0902170V", "bourgogne-franche-comte", "esidoc",
  "Duplicate invoice; UAI both in the int.<UAI> sender and the body.",
  mailer="zimbra")

m("Odile Renard <odile.renard@ac-reims.fr>",
  "Relance pour une facture déjà réglée",
  """Bonjour,

Nous recevons une relance pour la facture F-2025-00871, alors qu'elle a été payée par mandat administratif le 4 mars (virement du Trésor public). Pouvez-vous vérifier de votre côté et stopper les relances ?

Collège Othe et Armance, Aix-Villemaur-Pâlis - 0102643U

Odile Renard""",
  "order_billing", False, "0102643U", "grand-est", "esidoc",
  "Payment reminder for an invoice already paid by mandat administratif.",
  mailer="ol")

m("David Brown <d.brown@lycee-international-bfc.org>",
  "Invoice address",
  """Hello,

Could you please address future invoices to our accounting department (Service comptable, same postal address) rather than to the library? The last one sat on the librarian's desk for three weeks.

Thanks,
David Brown
Bursar""",
  "order_billing", False, None, None, None,
  "English; asks for invoices to be addressed to accounting. Non-academic domain, no UAI; product not named.",
  lang="en", mailer="ol")

m("Jocelyne Barbier <jocelyne.barbier@ac-nancy-metz.fr>",
  "Facture erronée et convention manquante",
  """Bonjour,

La facture reçue pour notre commande de mobilier CDI comporte un mauvais montant de TVA. Pouvez-vous en émettre une corrigée ?

Par ailleurs, je ne trouve plus la convention d'adhésion dans « Mes marchés ».

Collège Charlemagne, Thaon-les-Vosges - 0881744T
Jocelyne Barbier""",
  "order_billing", False, "0881744T", "grand-est", "espace_acheteur",
  "Two topics: wrong VAT on an invoice (main) and a membership convention missing from 'Mes marchés' (contract_documents).",
  hard=True, mailer="zimbra")

m("Agent comptable Lycée Chevalier d'Éon <jean-paul.gaudin@ac-dijon.fr>",
  "SIRET sur les factures",
  """Bonjour,

Le lycée Chevalier d'Éon de Tonnerre (0891343B) fait désormais partie d'un groupement comptable. Merci d'indiquer sur vos prochaines factures le SIRET de l'établissement et non celui de l'agence comptable, sans quoi Chorus Pro les rejette.

Jean-Paul Gaudin
Agent comptable""",
  "order_billing", False, "0891343B", "bourgogne-franche-comte", None,
  "Invoices must carry the school's SIRET for Chorus Pro; no product named.",
  mailer="tb")

# ==========================================================================
# contract_documents (6)
# ==========================================================================
m("Manuel Petit <manuel.petit@ac-reims.fr>",
  "Avenant n°3 introuvable",
  """Bonjour,

Nous avons reçu le courrier annonçant l'avenant n°3 au marché de fournitures scolaires, mais il n'apparaît pas dans les documents du marché sur l'Espace Acheteur.

Collège Diderot, Langres - 0520469C

Manuel Petit""",
  "contract_documents", False, "0520469C", "grand-est", "espace_acheteur",
  "Market amendment no. 3 missing from the contract documents.",
  mailer="zimbra")

m("Brigitte Aubry <b.aubry@collegesaintjoseph-besancon.fr>",
  "CCAP du marché papeterie",
  """Bonjour,
Je ne trouve pas le CCAP du marché papeterie 2024-087 dans l'Espace Acheteur, seulement le bordereau de prix. Pouvez-vous me le transmettre ou me dire où il se trouve ?
Merci
B. Aubry""",
  "contract_documents", False, None, None, "espace_acheteur",
  "CCAP not found for a market; private school domain, no UAI.",
  mailer="ol")

m("Sylvain Rémy <sylvain.remy@ac-reims.fr>",
  "Conventions plus visibles",
  """Bonjour,

Sur l'ancienne plateforme je voyais les conventions signées par le lycée ; sur la nouvelle, la rubrique est vide. Est-ce une question de droits sur mon compte ?

Sylvain Rémy
Lycée François Bazin, Charleville""",
  "contract_documents", False, None, "grand-est", "espace_acheteur",
  "Conventions visible on the old platform, not on the new one: contract_documents, although the fix may be access rights (close to account_creation). Region from ac-reims.fr.",
  hard=True, mailer="sogo")

m("Claudine Faure <claudine.faure@ac-besancon.fr>",
  "Re: [#SUP-018122] Document manquant",
  """Bonjour,

Merci pour votre réponse du 6 mars, mais le document (acte d'engagement du lot 2) n'apparaît toujours pas dans mon espace. J'ai vidé le cache et essayé avec deux navigateurs.

Collège Louis Pasteur, Gray - 0700123D

Le jeu. 6 mars 2025 à 15:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Le document a été ajouté aux pièces du marché. Il devrait être visible à votre prochaine connexion.
> Cordialement""",
  "contract_documents", False, "0700123D", "bourgogne-franche-comte", "espace_acheteur",
  "Gmail-style quoted follow-up: the document is still missing after the region's answer.",
  mailer="gmail", reply_to_ticket="018122", date=(12, 16, 44))

m("Lionel Guérin <lionel.guerin@ac-dijon.fr>",
  "Convention d'adhésion vide",
  """Bonjour,

Quand j'ouvre la convention d'adhésion dans l'Espace Acheteur, le PDF s'affiche vide (0 Ko). Pourriez-vous la remettre en ligne ?

Collège Paul Langevin, Cosne-Cours-sur-Loire - 0581613N""",
  "contract_documents", False, "0581613N", "bourgogne-franche-comte", "espace_acheteur",
  "The membership convention opens as an empty file.",
  mailer="tb")

m("Nadine Chrétien <nadine.chretien@ac-besancon.fr>",
  "Erreur 403 sur les pièces du marché",
  """Bonjour,

En voulant consulter les pièces du marché « mobilier scolaire », j'obtiens une erreur 403 (accès refusé) sur le CCTP et l'acte d'engagement. Les autres documents s'ouvrent.

Collège Saint-Exupéry, Delle - 0901854B

Cordialement""",
  "contract_documents", False, "0901854B", "bourgogne-franche-comte", "espace_acheteur",
  "403 error on some market documents.",
  mailer="owa")

# ==========================================================================
# transfer_incident (8)
# ==========================================================================
m("Frère Antoine Lallemand <informatique@institution-saint-remi.fr>",
  "Plus de notes sur EcoleDirecte",
  """Bonjour,

Le dernier transfert vers EcoleDirecte date de jeudi dernier. Depuis, les parents ne voient plus les notes ni les absences, et le téléphone n'arrête pas de sonner.

Institution Saint-Rémi, Charleville-Mézières - UAI 0081420A

Merci de regarder rapidement.""",
  "transfer_incident", False, "0081420A", "grand-est", "ecoledirecte",
  "Last EcoleDirecte transfer several days old; parents see no grades.",
  mailer="ol")

m("Christophe Noirot <c.noirot@ensemble-scolaire-saint-benigne.fr>",
  "Licence expirée",
  """Bonjour,

Ce matin, au démarrage du logiciel, message « Licence expirée ». Les transferts vers EcoleDirecte sont arrêtés. Pouvez-vous régénérer la licence ?

C. Noirot
Responsable vie scolaire""",
  "transfer_incident", False, None, None, "ecoledirecte",
  "'Licence expirée' at start-up: licence to regenerate, transfers stopped.",
  mailer="tb")

m("Olivier Schott <olivier.schott@college-episcopal-zillisheim.fr>",
  "mot de passe de maintenance",
  """Bonjour, j'ai besoin du mot de passe de maintenance du jour pour réindexer la base Charlemagne, le logiciel le demande. Merci. O. Schott""",
  "transfer_incident", False, None, None, "ecoledirecte",
  "Asks for the daily maintenance password to reindex the Charlemagne base: transfer_incident per the taxonomy, not password_reset.",
  hard=True, mailer="android")

m("Service informatique <informatique@lycee-prive-saint-dominique.fr>",
  "Antivirus et Charlemagne Outils",
  """Bonjour,

Depuis la mise à jour de notre antivirus, Charlemagne Outils est mis en quarantaine et les transferts ne partent plus. Quelle exclusion faut-il configurer ?

Lycée privé Saint-Dominique, 0712123X""",
  "transfer_incident", False, "0712123X", "bourgogne-franche-comte", "ecoledirecte",
  "The antivirus quarantines Charlemagne Outils, so transfers stop.",
  mailer="ol")

m("Emmanuel Prost <emmanuel.prost@lycee-prive-jura.fr>",
  "Changement de serveur - licence",
  """Bonjour,

Nous avons remplacé notre serveur pendant les vacances. Le logiciel démarre mais refuse les transferts et indique qu'il faut régénérer la licence pour le nouveau poste.

UAI 0392276M

Emmanuel Prost""",
  "transfer_incident", False, "0392276M", "bourgogne-franche-comte", "ecoledirecte",
  "Licence to regenerate after a server change; EcoleDirecte implied by the transfers.",
  mailer="tb")

m("Cédric Vautrin <cedric.vautrin@saint-bernard-troyes.fr>",
  "Transferts bloqués par le nouveau pare-feu",
  """Bonjour,

La Région nous a installé un nouveau pare-feu avec proxy. Depuis, le diagnostic des transferts EcoleDirecte échoue au test de connexion. Quels paramètres HTTP / ports faut-il ouvrir ?

Collège Saint-Bernard, Troyes - 0100431P""",
  "transfer_incident", False, "0100431P", "grand-est", "ecoledirecte",
  "New firewall/proxy breaks the transfer connection test.",
  mailer="ol")

m("Secrétariat Notre-Dame <secretariat@notredame-montbeliard.fr>",
  "Transfert qui tourne dans le vide",
  """Bonjour,

Les transferts ne se terminent plus. Dans le gestionnaire des tâches je vois cinq processus Outils.exe ouverts en même temps. J'ai redémarré le PC, cela recommence le lendemain.

Merci de votre aide,
Le secrétariat""",
  "transfer_incident", False, None, None, "ecoledirecte",
  "HTML-only Outlook: several Outils.exe processes stuck; transfers hang.",
  mailer="olh")

m("Hélène Marquis <direction@ecole-jeanne-d-arc-epinal.fr>",
  "Fwd: Notes de ma fille",
  """Bonjour,

Je vous transfère le message d'un parent. Effectivement, depuis une semaine les notes saisies ne remontent plus sur EcoleDirecte. Pouvez-vous regarder ?

Hélène Marquis
Cheffe d'établissement

Début du message réexpédié :

De: Karim Haddad <k.haddad@free.fr>
Objet: Notes de ma fille
Date: 25 mars 2025 à 20:13:02 UTC+1
À: direction@ecole-jeanne-d-arc-epinal.fr

Bonjour Madame, l'application n'affiche plus aucune note de Léa depuis le 17 mars alors que ses professeurs disent avoir rentré deux évaluations. Cordialement, K. Haddad""",
  "transfer_incident", False, None, None, "ecoledirecte",
  "Apple Mail forward of a parent's complaint: grades no longer reach EcoleDirecte. Written by the head of a private school, but not a head-of-establishment request.",
  hard=True, mailer="apple", date=(26, 8, 15))
# ==========================================================================
# automated (21)
# ==========================================================================
AUTO_GEN = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

m("Frédérique Lang <f.lang@lycee-notre-dame-strasbourg.fr>",
  "Réponse automatique : [#SUP-018511] Votre demande d'abonnement",
  """Bonjour,

Je suis en formation jusqu'au vendredi 21 mars inclus et je ne consulterai pas ma messagerie. Pour toute urgence concernant le CDI, merci de contacter l'accueil du lycée.

Cordialement,
Frédérique Lang""",
  "automated", False, None, None, None,
  "Exchange out-of-office in French: Auto-Submitted and X-Auto-Response-Suppress, reply to one of our tickets.",
  mailer="owa", hdrs=AUTO_GEN, reply_to_ticket="018511", date=(17, 9, 2))

m("Marie-Claude Boillot <marie-claude.boillot@ac-dijon.fr>",
  "Absente : Re: [#SUP-018540] Mot de passe e-sidoc",
  """Je suis absente du 24 au 28 mars (voyage scolaire en Italie). Votre message sera traité à mon retour.
Marie-Claude Boillot""",
  "automated", False, None, "bourgogne-franche-comte", None,
  "Académie webmail vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)'); mentions e-sidoc only in the subject. Region from ac-dijon.fr.",
  mailer="zimbra", fmt="plain", hdrs={"Auto-Submitted": "auto-replied (zimbra; vacation)"},
  reply_to_ticket="018540", date=(24, 10, 30))

m("Mail Delivery System <MAILER-DAEMON@mx.lycee-saint-jean-colmar.fr>",
  "Undelivered Mail Returned to Sender",
  "",
  "automated", False, None, None, None,
  "Postfix bounce: multipart/report delivery-status, null Return-Path, user unknown.",
  lang="en", return_path="", auth="none", relay="mx.lycee-saint-jean-colmar.fr",
  hdrs={"Auto-Submitted": "auto-replied"}, weekend_ok=True,
  raw=('multipart/report; report-type=delivery-status; boundary="B7c2.1742203311/mx.lycee-saint-jean-colmar.fr"',
       """This is a MIME-encapsulated message.

--B7c2.1742203311/mx.lycee-saint-jean-colmar.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.lycee-saint-jean-colmar.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<m.ehrhart@lycee-saint-jean-colmar.fr>: host 127.0.0.1[127.0.0.1] said:
    550 5.1.1 <m.ehrhart@lycee-saint-jean-colmar.fr>: Recipient address
    rejected: User unknown in local recipient table

--B7c2.1742203311/mx.lycee-saint-jean-colmar.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.lycee-saint-jean-colmar.fr
X-Postfix-Queue-ID: 4ZHb2x0kQ8z1xyz
X-Postfix-Sender: rfc822; support@assistance.example.fr

Final-Recipient: rfc822; m.ehrhart@lycee-saint-jean-colmar.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in local recipient table

--B7c2.1742203311/mx.lycee-saint-jean-colmar.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: m.ehrhart@lycee-saint-jean-colmar.fr
Subject: [#SUP-018602] Votre abonnement est actif
Message-ID: <SUP-018602.1742203300.a81f2c@assistance.example.fr>

--B7c2.1742203311/mx.lycee-saint-jean-colmar.fr--
"""))

m("Postmaster <postmaster@collegesaintpierre-dole.fr>",
  "Non remis : [#SUP-018617] Lien de réinitialisation",
  "",
  "automated", False, None, None, None,
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report; mailbox full. Mentions a reset link only in the subject.",
  auth="none", return_path="", relay="mail.protection.outlook.com",
  hdrs={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Message-Is-Ndr": ""},
  raw=('multipart/report; report-type=delivery-status; boundary="ndr_4f1e9a0c_5d3b"',
       """--ndr_4f1e9a0c_5d3b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Impossible de remettre votre message =C3=A0 secretariat@collegesaintpierre-d=
ole.fr.

La bo=C3=AEte aux lettres du destinataire est pleine et ne peut pas accepter=
 de messages pour le moment. Veuillez r=C3=A9essayer ult=C3=A9rieurement ou=
 contacter le destinataire par un autre moyen.

Serveur ayant rejet=C3=A9 le message : PR1P264MB3021.FRAP264.PROD.OUTLOOK.COM

--ndr_4f1e9a0c_5d3b
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB3021.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr

Final-Recipient: rfc822;secretariat@collegesaintpierre-dole.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException

--ndr_4f1e9a0c_5d3b
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: secretariat@collegesaintpierre-dole.fr
Subject: [#SUP-018617] Lien de =?utf-8?q?r=C3=A9initialisation?=

--ndr_4f1e9a0c_5d3b--
"""))

m("Vincent Haas <vincent.haas@ac-strasbourg.fr>",
  "Lu : [#SUP-018633] Activation de votre compte",
  "",
  "automated", False, None, "grand-est", None,
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from ac-strasbourg.fr.",
  mailer="ol", reply_to_ticket="018633",
  raw=('multipart/report; report-type=disposition-notification; boundary="----=_NextPart_000_0013_01DB9A2E.5C1A3F40"',
       """------=_NextPart_000_0013_01DB9A2E.5C1A3F40
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C0 : Vincent Haas
  Objet : [#SUP-018633] Activation de votre compte

a =E9t=E9 lu.

------=_NextPart_000_0013_01DB9A2E.5C1A3F40
Content-Type: message/disposition-notification

Reporting-UA: ac-strasbourg.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;vincent.haas@ac-strasbourg.fr
Original-Message-ID: <SUP-018633.1742460000.77ab01@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0013_01DB9A2E.5C1A3F40--
"""))

m("Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Demande de compte à valider - Collège Pierre et Marie Curie",
  """Bonjour,

Une demande de compte est en attente de validation pour la structure « Collège Pierre et Marie Curie - Piennes » :

Demandeur : Manon Lefort
Adresse : manon.lefort@ac-nancy-metz.fr
Date de la demande : 19/03/2025 11:07

Vous recevez ce message en tant qu'administrateur par défaut des structures sans administrateur désigné.
Pour valider ou refuser la demande, rendez-vous dans la rubrique « Gestion des utilisateurs ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
  "automated", False, None, None, "espace_acheteur",
  "No-reply notification to the desk: an account awaits validation. Auto-Submitted: auto-generated. The requester's ac-nancy-metz.fr address is in the body, not the sender.",
  mailer="none", fmt="alt", cte="quoted-printable", hdrs=AUTO_GEN,
  return_path="bounces+2291@espace-acheteur.example.fr", relay="mail.espace-acheteur.example.fr",
  date=(19, 11, 8))

m("Éditions Lirelà <newsletter@editions-lirela.example.com>",
  "Printemps 2025 : nos nouveautés pour les CDI",
  """Découvrez nos nouveautés du printemps !

- La collection « Premiers romans » s'agrandit : 6 titres pour les 11-13 ans
- Un dossier spécial Semaine de la presse et des médias
- -15 % sur les abonnements annuels jusqu'au 31 mars

Vous recevez cette lettre parce que vous êtes inscrit(e) à notre liste d'information.
Se désinscrire : https://editions-lirela.example.com/desinscription""",
  "automated", False, None, None, None,
  "Publisher newsletter: List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
  mailer="none", fmt="alt", cte="quoted-printable", weekend_ok=True,
  return_path="bounce-7Hq2@mailing.editions-lirela.example.com", relay="mailing.editions-lirela.example.com",
  hdrs={"List-Id": "Lettre CDI <cdi.editions-lirela.example.com>",
        "List-Unsubscribe": "<https://editions-lirela.example.com/u/7Hq2>, <mailto:unsubscribe@editions-lirela.example.com>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk"})

m("Portail de tickets <notifications@tickets.example.fr>",
  "[Ticket #44812] Mise à jour de votre ticket",
  """Bonjour,

Le ticket #44812 « Synchronisation des notices - lycée Bartholdi » a été mis à jour par l'éditeur.

Statut : En cours de traitement
Dernier commentaire : « Correctif prévu dans la version du 2 avril. »

Consultez le ticket : https://tickets.example.fr/t/44812

Ceci est un message automatique.""",
  "automated", False, None, None, "ticket_portal",
  "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
  mailer="none", fmt="plain", cte="8bit", hdrs=AUTO_GEN,
  relay="mail.tickets.example.fr")

m("Signature électronique <ne-pas-repondre@esign.example.fr>",
  "Document signé : Convention de mise à disposition - Lycée Diderot Langres",
  """Bonjour,

Le document « Convention de mise à disposition 2025 - Lycée Diderot Langres » a été signé par toutes les parties.

Signataires :
- Assistance, le 27/03/2025 à 10:12
- M. Florent Gauthier, proviseur, le 27/03/2025 à 15:48

Vous pouvez télécharger le document signé et son certificat de preuve pendant 30 jours depuis votre espace.""",
  "automated", False, None, None, "esignature",
  "E-signature 'completed' notification without Auto-Submitted or Precedence; the no-reply-style sender and wording show it is automatic. Mentions a proviseur and a lycée, but no request.",
  hard=True, mailer="none", fmt="alt", cte="quoted-printable", relay="out.esign.example.fr",
  date=(27, 15, 49))

m("Tom Becker <tom.becker.teach@gmail.com>",
  "Re: [#SUP-018660] Your question about the buyer account",
  """Hi, thanks for your email. I'm travelling with a group of students in Wales until 30 March and will have limited access to email. I'll get back to you when I return.
Tom""",
  "automated", False, None, None, None,
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  lang="en", mailer="gmail", fmt="plain", hdrs={"Auto-Submitted": "auto-replied"},
  reply_to_ticket="018660", date=(25, 13, 12))

m("Collège Colbert <ce.0510127L@ac-reims.fr>",
  "Réponse automatique - Collège Colbert",
  """Bonjour,

Le secrétariat est fermé le mercredi après-midi. Pour les demandes concernant les mots de passe (ENT, e-sidoc, Pronote), merci de vous adresser directement au professeur référent.

Votre message sera traité dès notre retour.

Le secrétariat du collège Colbert, Reims""",
  "automated", False, "0510127L", "grand-est", None,
  "Out-of-office of a school office (ce.<UAI> address) mentioning passwords and e-sidoc; Auto-Submitted present. UAI from the address; no platform (only listed among others).",
  hard=True, mailer="zimbra", fmt="plain",
  hdrs={"Auto-Submitted": "auto-replied (zimbra; vacation)"}, reply_to_ticket="018671",
  date=(26, 14, 5))

m("Didier Mangin <didier.mangin@ac-nancy-metz.fr>",
  "Absence : RE: [#SUP-018688] Accès administrateur",
  """Bonjour,

Je suis actuellement absent et je n'aurai pas accès à mes messages avant le lundi 31 mars.
En cas d'urgence, vous pouvez joindre le secrétariat du lycée au 03 83 xx xx 00.

Cordialement,
Didier Mangin""",
  "automated", False, None, "grand-est", None,
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording and subject prefix show it is automatic. Region from ac-nancy-metz.fr.",
  hard=True, mailer="tb", date=(27, 16, 40))

m("Assistance Numérique Lycées <ne-pas-repondre@assistance-lycees.grandest.fr>",
  "[ANL-2025-03-88214] Accusé de réception de votre demande",
  """Bonjour,

Nous accusons réception de votre demande enregistrée sous le numéro ANL-2025-03-88214.
Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message : pour compléter votre demande, utilisez le lien ci-dessous.
https://assistance-lycees.grandest.fr/demande/88214

L'Assistance Numérique des Lycées - Région Grand Est""",
  "automated", False, None, None, None,
  "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. grandest.fr is not an académie domain.",
  mailer="none", fmt="plain", cte="8bit",
  hdrs={"Auto-Submitted": "auto-replied", "X-Loop": "assistance-lycees.grandest.fr",
        "Precedence": "auto_reply"}, relay="mail.grandest.fr")

m("noreply-dmarc-support@google.com",
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 15806943184412877710",
  """This is an aggregate report from google.com.""",
  "automated", False, None, None, None,
  "DMARC aggregate report (zip attachment) sent to the desk's address.",
  lang="en", mailer="none", fmt="plain", cte="7bit", relay="mail-sor-f69.google.com",
  weekend_ok=True,
  attach=[("google.com!assistance.example.fr!1742169600!1742255999.zip", "application/zip",
           b"PK\x05\x06" + b"\x00" * 18)])

m("Mail Delivery Subsystem <MAILER-DAEMON@relay.assistance.example.fr>",
  "Delayed Mail (still being retried)",
  """This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<gestion@college-saint-louis-vesoul.fr>: connect to
    mx.college-saint-louis-vesoul.fr[192.0.2.47]:25: Connection timed out

Action: delayed
Status: 4.4.1""",
  "automated", False, None, None, None,
  "Delay warning from our own relay ('Delayed Mail', Action: delayed): not a failure, still automatic.",
  lang="en", mailer="none", fmt="plain", cte="7bit", return_path="", auth="none",
  relay="relay.assistance.example.fr", hdrs={"Auto-Submitted": "auto-replied"})

m("Claire Jobard <claire.jobard@ac-besancon.fr>",
  "[doc-bfc] Réinitialiser le mot de passe e-sidoc ?",
  """Bonjour à toutes et à tous,

Petite question à la liste : quelqu'un a-t-il déjà dû réinitialiser le mot de passe d'administration e-sidoc quand l'adresse enregistrée est celle d'un collègue parti ? Je ne sais pas par où commencer.

Merci !
Claire, collège de Morteau""",
  "automated", False, None, "bourgogne-franche-comte", "esidoc",
  "A librarian's real e-sidoc password question, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from ac-besancon.fr.",
  hard=True, mailer="tb", to="doc-bfc@listes.ac-besancon.fr",
  return_path="doc-bfc-bounces@listes.ac-besancon.fr", relay="listes.ac-besancon.fr",
  hdrs={"List-Id": "Professeurs documentalistes BFC <doc-bfc.listes.ac-besancon.fr>",
        "List-Post": "<mailto:doc-bfc@listes.ac-besancon.fr>",
        "Precedence": "list", "Sender": "doc-bfc-bounces@listes.ac-besancon.fr"})

m("Mailinblack <noreply@mailinblack.com>",
  "Votre message à gestion@lycee-saint-anne-verdun.fr est en attente",
  """Bonjour,

Vous avez envoyé un message à gestion@lycee-saint-anne-verdun.fr.
Ce destinataire est protégé par Mailinblack. Afin que votre message lui soit remis, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :

https://protect.mailinblack.com/auth/5f2a9c0e1b

Sans action de votre part, le message ne sera pas remis.

Mailinblack - Protection de messagerie""",
  "automated", False, None, None, None,
  "MailInBlack sender-authentication challenge sent to the desk after it replied to a school: machine mail, not a user asking about MailInBlack.",
  hard=True, mailer="none", fmt="alt", cte="quoted-printable", relay="out.mailinblack.com",
  hdrs={"Auto-Submitted": "auto-replied"})

m("Accueil Institution Sainte-Chrétienne <accueil@sainte-chretienne-metz.fr>",
  "Re: [#SUP-018702] Votre demande",
  """Merci pour votre message. L'accueil est fermé du 29 au 31 mars. Nous vous répondrons dès notre retour.""",
  "automated", False, None, None, None,
  "Host-provided autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
  mailer="roundcube", reply_to_ticket="018702", date=(29, 9, 0), weekend_ok=True,
  hdrs={"X-Autoreply": "yes", "X-Autorespond": "Re: [#SUP-018702] Votre demande"})

m("Ben Walker <ben.walker@lycee-international-bfc.org>",
  "Return Receipt (displayed) - [#SUP-018711] Invoice address",
  "",
  "automated", False, None, None, None,
  "Thunderbird return receipt in English, multipart/report disposition-notification.",
  lang="en", mailer="tb", reply_to_ticket="018711",
  raw=('multipart/report; report-type=disposition-notification; boundary="------------8yQ2vLmN0pR4sT6uW8xZ1aB3"',
       """This is a cryptographically unsigned message in MIME format.

--------------8yQ2vLmN0pR4sT6uW8xZ1aB3
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to ben.walker@lycee-international-bfc.org.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------8yQ2vLmN0pR4sT6uW8xZ1aB3
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: lycee-international-bfc.org; Thunderbird 128.8.0
Final-Recipient: rfc822;ben.walker@lycee-international-bfc.org
Original-Message-ID: <SUP-018711.1742800000.5e0c17@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------8yQ2vLmN0pR4sT6uW8xZ1aB3--
"""))

m("Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>",
  "Chorus Pro - Facture FA-2025-00934 : statut « Rejetée »",
  """Bonjour,

Le statut de la facture FA-2025-00934 déposée le 14/03/2025 a évolué.

Nouveau statut : Rejetée
Motif : Destinataire non identifié (SIRET incorrect)

Pour plus de détails, connectez-vous à Chorus Pro.

Ce courriel est généré automatiquement, merci de ne pas y répondre.""",
  "automated", False, None, None, None,
  "Chorus Pro status notification (invoice rejected) sent to the desk: machine mail with Auto-Submitted; about an invoice, but nobody asks anything, so not order_billing.",
  hard=True, mailer="none", fmt="plain", cte="quoted-printable", hdrs=AUTO_GEN,
  relay="smtp.chorus-pro.gouv.fr")

m("Isabelle Gauthier <isabelle.gauthier@ac-reims.fr>",
  "Non lu : [#SUP-018590] Devis renouvellement",
  "",
  "automated", False, None, "grand-est", None,
  "Outlook 'Non lu :' notice (message deleted without being read), disposition-notification. Region from ac-reims.fr.",
  mailer="ol", reply_to_ticket="018590",
  raw=('multipart/report; report-type=disposition-notification; boundary="----=_NextPart_000_0021_01DB9F11.0A2B3C40"',
       """------=_NextPart_000_0021_01DB9F11.0A2B3C40
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C0 : Isabelle Gauthier
  Objet : [#SUP-018590] Devis renouvellement

a =E9t=E9 supprim=E9 sans avoir =E9t=E9 lu.

------=_NextPart_000_0021_01DB9F11.0A2B3C40
Content-Type: message/disposition-notification

Reporting-UA: ac-reims.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;isabelle.gauthier@ac-reims.fr
Original-Message-ID: <SUP-018590.1742371200.0c4d9e@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; deleted

------=_NextPart_000_0021_01DB9F11.0A2B3C40--
"""))
# ==========================================================================
# other (19)
# ==========================================================================
m("Sabrina Colin <sabrina.colin88@laposte.net>",
  "Absence de mon fils",
  """Bonjour,

Mon fils Enzo Colin, en 5eB, sera absent demain et après-demain pour une opération des dents de sagesse. Pouvez-vous prévenir son professeur principal ?

Merci,
Mme Colin""",
  "other", False, None, None, None,
  "A parent reports her son's absence: misdirected, unrelated to the services.",
  mailer="roundcube")

m("Benoît Arnould <benoit.arnould@ac-nancy-metz.fr>",
  "Mot de passe ENT",
  """Bonjour,

Je n'arrive plus à me connecter à Mon Bureau Numérique, mon mot de passe ENT est refusé depuis ce matin et je dois mettre les notes du trimestre avant jeudi. Pouvez-vous le réinitialiser ?

Benoît Arnould
Professeur de mathématiques, collège de Lunéville""",
  "other", False, None, "grand-est", None,
  "Misdirected: a teacher's ENT (Mon Bureau Numérique) password, a product the desk does not run; the reset template would be wrong. Region from ac-nancy-metz.fr.",
  hard=True, mailer="zimbra")

m("Émilie Fleury <emilie.fleury@ac-dijon.fr>",
  "Re: [#SUP-018574] Mot de passe e-sidoc",
  """Ça a marché, merci beaucoup !

Émilie

Le 21/03/2025 à 09:47, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse officielle de l'établissement. Il est valable 12 heures.
> Cordialement, l'assistance""",
  "other", False, None, "bourgogne-franche-comte", "esidoc",
  "Thanks only, quoting the reset answer: the words 'mot de passe' and 'lien' appear but nothing is asked.",
  hard=True, mailer="tb", reply_to_ticket="018574", date=(21, 10, 12))

m("Kevin Ross <kevin@rank-boost-seo.example.net>",
  "Get your website on Google page 1 in 30 days",
  """Hi there,

I was checking assistance.example.fr and noticed it is missing some key SEO elements. Our team can get you on page 1 of Google within 30 days, guaranteed. Reply "YES" and I'll send you a free audit.

Best,
Kevin Ross
Growth Consultant""",
  "other", False, None, None, None,
  "English SEO spam.",
  lang="en", mailer="gmail", auth="none")

m("Service Messagerie <support@ac-strasbourg-messagerie.com>",
  "Votre boîte aux lettres a atteint 98 % de sa capacité",
  """Cher utilisateur,

Votre boîte aux lettres académique a atteint 98 % de sa capacité. Pour éviter la suspension de votre compte, veuillez confirmer votre identifiant et votre mot de passe en cliquant sur le lien ci-dessous dans les 24 heures :

http://ac-strasbourg-messagerie.com/verification

Le service informatique""",
  "other", False, None, None, None,
  "Phishing: 'mailbox full, confirm your password'. Mentions a password but is not password_reset; ac-strasbourg-messagerie.com is a look-alike, not an académie domain, so no region.",
  hard=True, mailer="none", fmt="html", cte="quoted-printable", auth="fail")

m("Thibault Grandjean <t.grandjean@mobilier-bibliotheque.example.com>",
  "Rayonnages CDI - offre printemps",
  """Bonjour,

Je me permets de vous contacter car nous équipons de nombreux CDI de l'Est de la France (rayonnages, bacs BD, assises modulables). Auriez-vous quinze minutes la semaine prochaine pour un échange téléphonique ? Je peux aussi vous envoyer notre catalogue 2025.

Bien cordialement,
Thibault Grandjean
Responsable régional Grand Est / BFC""",
  "other", False, None, None, None,
  "Cold sales prospecting for library furniture, written to one person (no list headers): other, not automated.",
  mailer="ol")

m("Inès Mouline <ines.mouline21@gmail.com>",
  "Candidature alternance - assistante support",
  """Madame, Monsieur,

Étudiante en BUT Informatique à l'IUT de Dijon, je recherche une alternance à partir de septembre 2025 dans le support utilisateurs. Votre activité auprès des établissements scolaires m'intéresse beaucoup.

Vous trouverez mon CV en pièce jointe.

Cordialement,
Inès Mouline""",
  "other", False, None, None, None,
  "Unsolicited work-study application with a CV.",
  mailer="gmail", attach=[("CV_Ines_Mouline.pdf", "application/pdf", PDF)])

m("Josiane Marchal <josiane.marchal@orange.fr>",
  "Suppression de mes données",
  """Bonjour,

J'ai été documentaliste au collège de Rambervillers jusqu'en juin dernier et je suis maintenant à la retraite. Je souhaite, conformément au RGPD, que toutes mes données personnelles (nom, adresse mail, historique) soient supprimées de vos fichiers.

Merci de me confirmer la suppression.

Josiane Marchal""",
  "other", False, None, None, None,
  "GDPR erasure request from a retired librarian: other (human review), not account_creation.",
  mailer="roundcube")

m("Pauline Roche <pauline.roche@ac-besancon.fr>",
  "Lien du webinaire Espace Acheteur",
  """Bonjour,

Je voulais m'inscrire au webinaire de présentation de l'Espace Acheteur du 27 mars, mais le lien d'inscription de votre lettre d'information m'amène sur une page d'erreur. Pouvez-vous m'inscrire directement ?

Pauline Roche""",
  "other", False, None, "bourgogne-franche-comte", "espace_acheteur",
  "Wants to register for a webinar, the link fails: other. Region from ac-besancon.fr.",
  mailer="zimbra")

m("Denise Poncelet <denise.poncelet@ac-reims.fr>",
  "Re: [#SUP-018540] Abonnement",
  """Bien reçu, merci.

Envoyé de mon iPhone""",
  "other", False, None, "grand-est", None,
  "'Bien reçu, merci.' from a phone: nothing to do.",
  mailer="iphone", reply_to_ticket="018540")

m("Gérald Tisserand <gerald.tisserand@ac-besancon.fr>",
  "TOUJOURS AUCUNE RÉPONSE",
  """Bonjour,

Cela fait maintenant deux semaines que j'attends une réponse de votre part. C'est inadmissible. Je ne vais pas tout réexpliquer, vous avez déjà tout. Je demande qu'on me rappelle.

G. Tisserand""",
  "other", False, None, "bourgogne-franche-comte", None,
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told.",
  mailer="sogo")

m("Katharina Vogel <k.vogel@gymnasium-loerrach.example.de>",
  "Schüleraustausch im Mai",
  """Sehr geehrte Damen und Herren,

wir planen mit unserer 9. Klasse einen Austausch mit dem Collège in Saint-Louis vom 12. bis 16. Mai. Könnten Sie uns bitte mitteilen, wer bei Ihnen für die Organisation der Unterbringung zuständig ist?

Mit freundlichen Grüßen
Katharina Vogel
Gymnasium Lörrach""",
  "other", False, None, None, None,
  "German: a partner school across the border asks about a pupil exchange; misdirected, unrelated to the services.",
  lang="de", mailer="owa")

m("Julien Weber <julien.weber@ac-strasbourg.fr>",
  "ce soir",
  """Salut Sup',

Tu passes prendre les enfants à 17h30 ce soir ou je m'en occupe ? Pense au pain.

Bisous
Julien""",
  "other", False, None, "grand-est", None,
  "Personal message sent to the desk by address autocomplete.",
  mailer="zimbra")

m("Anne Demougeot <anne.demougeot@ac-dijon.fr>",
  "Printemps des poètes au CDI - invitation",
  """Bonjour à tous,

Dans le cadre du Printemps des poètes, le CDI du collège Les Arcades organise une lecture publique de poèmes écrits par les élèves de 6e, le jeudi 20 mars à 14 h. Vous êtes les bienvenus !

Anne Demougeot
Professeure documentaliste""",
  "other", False, None, "bourgogne-franche-comte", None,
  "Event invitation sent by a person to a list of contacts including the desk: misdirected, nothing asked.",
  mailer="zimbra", to="undisclosed-recipients:;", date=(12, 17, 30))

m("Service Comptabilité <compta@fournitures-pro-est.example.biz>",
  "Facture impayée n° 2025-03-1187 - relance avant contentieux",
  """Madame, Monsieur,

Sauf erreur de notre part, la facture ci-jointe reste impayée à ce jour. Nous vous remercions de procéder au règlement sous 48 heures afin d'éviter des frais de recouvrement.

Ouvrez la pièce jointe pour consulter le détail.

Service comptabilité""",
  "other", False, None, None, None,
  "Fake 'unpaid invoice' from an unknown supplier with a PDF, failing SPF/DMARC: phishing, not order_billing.",
  hard=True, mailer="none", fmt="plain", cte="base64", auth="fail",
  attach=[("Facture_2025-03-1187.pdf", "application/pdf", PDF)])

m("Yves Parmentier <yves.parmentier@ac-reims.fr>",
  "désinscription",
  """Bonjour, merci de ne plus m'envoyer votre lettre d'information, je change de poste à la rentrée des vacances de printemps. Cordialement, Y. Parmentier""",
  "other", False, None, "grand-est", None,
  "A person asks by hand to be removed from the newsletter: not automated.",
  mailer="zimbra")

m("Marc Humbert <marc.humbert@ac-nancy-metz.fr>",
  "Partager un ticket avec ma collègue",
  """Bonjour,

Sur le portail de tickets, comment puis-je ajouter ma collègue gestionnaire à un ticket que j'ai ouvert, pour qu'elle puisse suivre les échanges ?

Merci,
Marc Humbert""",
  "other", False, None, "grand-est", "ticket_portal",
  "How to share a ticket with a colleague on the ticket portal: a how-to question with no category of its own.",
  mailer="tb")

m("Florent Gauthier <florent.gauthier@ac-reims.fr>",
  "Erreur sur la convention à signer",
  """Bonjour,

La convention que je dois signer électroniquement porte le nom « Lycée Denis Papin » alors que nous sommes le lycée Diderot de Langres (0520712S). Je ne peux pas signer un document avec un nom erroné. Qui peut le corriger ?

Florent Gauthier
Proviseur""",
  "other", False, "0520712S", "grand-est", "esignature",
  "The convention to e-sign carries a wrong establishment name; only its sender can fix it: other, not contract_documents. Written by a proviseur but not a head request.",
  hard=True, mailer="zimbra")

m("Valérie Guillot <valerie.guillot@ac-dijon.fr>",
  "État de frais de déplacement - février",
  """Bonjour,

Veuillez trouver ci-joint mon état de frais de déplacement pour le mois de février (formation à Chalon les 11 et 12).

Cordialement,
Valérie Guillot
Adjointe gestionnaire, collège de Cluny""",
  "other", False, None, "bourgogne-franche-comte", None,
  "Travel-expense claim meant for the rectorat's finance department, sent to the desk by mistake.",
  mailer="zimbra", attach=[("etat_frais_fevrier_2025.pdf", "application/pdf", PDF)])


# ==========================================================================
# write, then re-read and check
# ==========================================================================
def main():
    random.seed(SEED)  # the email generator draws MIME boundaries from the global RNG
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        mail = MAILS[idx]
        fname = "h%03d.eml" % n
        msg = build(mail)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(msg.as_bytes(policy=email.policy.SMTP.clone(linesep="\n")))
        labels.append({"file": fname, "category": mail["cat"],
                       "auto_reply_ok": mail["ok"], "uai": mail["uai"],
                       "region": mail["region"], "platform": mail["plat"],
                       "hard": mail["hard"], "lang": mail["lang"],
                       "notes": mail["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
            "hard", "lang", "notes"]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    emls = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert len(emls) == 150, len(emls)
    assert len(labels) == 150, len(labels)
    assert [l["file"] for l in labels] == ["h%03d.eml" % i for i in range(1, 151)]
    for lab in labels:
        assert list(lab) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] and msg["Message-ID"], lab
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        cat = lab["category"]
        assert cat in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if cat in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en", "de"), lab
        assert lab["notes"], lab
        sender = parseaddr(str(msg["From"]))[1].lower()
        sdom = DOMAIN_REGION.get(sender.rsplit("@", 1)[-1])
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["region"] == DEPT_REGION[lab["uai"][:3]], lab
            raw = open(os.path.join(HERE, lab["file"]), "rb").read().decode("utf-8", "replace")
            text = raw + "".join(p.get_content() for p in msg.walk()
                                 if p.get_content_maintype() == "text")
            assert lab["uai"].lower() in text.lower(), lab
        else:
            assert lab["region"] == sdom, lab
    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    print("150 mails OK;", ", ".join("%s=%d" % kv for kv in sorted(cats.items())),
          "; auto_reply_ok=%d; hard=%d" % (sum(l["auto_reply_ok"] for l in labels),
                                            sum(l["hard"] for l in labels)))


if __name__ == "__main__":
    main()

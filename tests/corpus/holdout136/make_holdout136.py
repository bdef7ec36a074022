#!/usr/bin/env python3
"""Build holdout136: 150 hand-written blind test mails with labels.

Theme: Nouvelle-Aquitaine (académies de Bordeaux, Limoges, Poitiers) in
September, the second and third weeks after the rentrée: new staff, new
pupils' accounts, subscriptions, passwords, and a lot of automatic mail.

Standard library only, deterministic.  Every mail text below is written by
hand; the script only wraps the texts in headers and MIME structure.
Run: python3 make_holdout136.py   (writes next to itself, then checks).
"""
import base64
import datetime as dt
import email
import email.policy
import json
import os
import quopri
import random
import re
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(136)
CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"
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
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and CHECK[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower().strip(">")
    return DOMAIN.get(dom)


MAILERS = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF130 (Win)/9.0.0_GA_4583)"),
    ("User-Agent", "Roundcube Webmail/1.6.7"),
    ("X-Mailer", "iPhone Mail (21G93)"),
    ("X-Mailer", "Apple Mail (2.3776.700.51)"),
    None, None,
]

DAYS = [dt.date(2025, 9, d) for d in (8, 9, 10, 11, 12, 15, 16, 17, 18, 19)]
WEEKEND = [dt.date(2025, 9, d) for d in (13, 14)]
TZ = dt.timezone(dt.timedelta(hours=2))

ENTRIES = []


def m(cat, ok, uai, platform, lang, notes, frm, subj, body, *, hard=False,
      style=None, hdrs=(), html=None, ctype=None, raw=None, mailer="rnd",
      date=None, region="auto", to="Assistance <support@assistance.example.fr>",
      auth="pass", cc=None):
    ENTRIES.append(dict(cat=cat, ok=ok, uai=uai, platform=platform, lang=lang,
                        notes=notes, frm=frm, subj=subj, body=body, hard=hard,
                        style=style, hdrs=list(hdrs), html=html, ctype=ctype,
                        raw=raw, mailer=mailer, date=date, region=region, to=to,
                        auth=auth, cc=cc))


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def to_html(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.strip("\n").split("\n\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras)
            + "\n</div></body></html>\n")


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.replace("\r\n", "\n").encode(charset)).decode("ascii")


def b64(text, charset="utf-8"):
    return base64.encodebytes(text.encode(charset)).decode("ascii")


def part(text, sub="plain", enc="qp", charset="utf-8"):
    if enc == "qp":
        payload, cte = qp(text, charset), "quoted-printable"
    elif enc == "b64":
        payload, cte = b64(text, charset), "base64"
    else:
        payload, cte = text, "8bit"
    return (f"Content-Type: text/{sub}; charset=\"{charset}\"\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload}")


def render(i, e):
    name, addr = e["frm"]
    dom = addr.rsplit("@", 1)[1] if "@" in addr else "example.net"
    day = e["date"] or RNG.choice(DAYS if RNG.random() < 0.92 else WEEKEND)
    if isinstance(day, str):
        when = dt.datetime.fromisoformat(day).replace(tzinfo=TZ)
    else:
        when = dt.datetime(day.year, day.month, day.day, RNG.randint(7, 21),
                           RNG.randint(0, 59), RNG.randint(0, 59), tzinfo=TZ)
    mid = "%032x" % RNG.getrandbits(128)
    lines = []
    rp = "<>" if e["auth"] == "null" else f"<{addr}>"
    lines.append(f"Return-Path: {rp}")
    lines.append("Delivered-To: support@assistance.example.fr")
    relay = f"smtp{RNG.randint(1, 9)}.{dom}"
    lines.append(f"Received: from {relay} ({relay} [203.0.113.{RNG.randint(2, 250)}])\n"
                 f"\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {mid[:15]}\n"
                 f"\tfor <support@assistance.example.fr>; {format_datetime(when + dt.timedelta(seconds=21))}")
    if e["auth"] in ("pass", "null"):
        lines.append(f"Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass header.d={dom};\n"
                     f"\tspf=pass smtp.mailfrom={dom};\n\tdmarc=pass header.from={dom}")
    elif e["auth"] == "fail":
        lines.append(f"Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n"
                     f"\tspf=fail smtp.mailfrom={dom};\n\tdmarc=fail header.from={dom}")
    lines.append("From: " + (formataddr((name, addr), charset="utf-8") if name else addr))
    lines.append(f"To: {e['to']}")
    if e["cc"]:
        lines.append(f"Cc: {e['cc']}")
    lines.append("Subject: " + hdr(e["subj"]))
    lines.append("Date: " + format_datetime(when))
    lines.append(f"Message-ID: <{mid[:24]}@{dom}>")
    mailer = RNG.choice(MAILERS) if e["mailer"] == "rnd" else e["mailer"]
    if mailer:
        lines.append(f"{mailer[0]}: {mailer[1]}")
    for k, v in e["hdrs"]:
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    style = e["style"] or RNG.choice(["plain", "plain", "qp", "alt", "alt", "b64", "html"])
    body = e["body"].strip("\n") + "\n"
    if e["raw"] is not None:
        lines.append(f"Content-Type: {e['ctype']}")
        out = "\n".join(lines) + "\n\n" + e["raw"]
    elif style == "plain":
        lines.append("Content-Type: text/plain; charset=\"utf-8\"; format=flowed")
        lines.append("Content-Transfer-Encoding: 8bit")
        out = "\n".join(lines) + "\n\n" + body
    elif style == "latin1":
        lines.append("Content-Type: text/plain; charset=\"iso-8859-1\"")
        lines.append("Content-Transfer-Encoding: 8bit")
        out = "\n".join(lines) + "\n\n" + body
    elif style in ("qp", "b64"):
        lines.append(part(body, "plain", style))
        out = "\n".join(lines)
    elif style == "html":
        lines.append(part(e["html"] or to_html(body), "html", "qp"))
        out = "\n".join(lines)
    elif style == "alt":
        b = "----=_Part_%d_%d" % (RNG.randint(10000, 99999), RNG.randint(100000, 999999))
        enc = RNG.choice(["qp", "b64"])
        lines.append(f"Content-Type: multipart/alternative;\n boundary=\"{b}\"")
        out = ("\n".join(lines) + "\n\n" + f"--{b}\n" + part(body, "plain", enc) + f"\n--{b}\n"
               + part(e["html"] or to_html(body), "html", enc) + f"\n--{b}--\n")
    else:
        raise ValueError(style)
    if style == "latin1" and e["raw"] is None:
        return out.encode("iso-8859-1")
    return out.encode("utf-8")


def dsn(host, rcpt, orig_subj, status, diag, text, orig_date="Mon, 08 Sep 2025 09:00:00 +0200"):
    b = "%s.%d/%s" % ("%08X" % RNG.getrandbits(32), RNG.randint(1757000000, 1758300000), host)
    raw = (f"This is a MIME-encapsulated message.\n\n--{b}\n"
           "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n"
           f"Content-Description: Notification\n\n{text.strip()}\n\n"
           f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
           f"Reporting-MTA: dns; {host}\n\nFinal-Recipient: rfc822; {rcpt}\nAction: failed\n"
           f"Status: {status}\nDiagnostic-Code: smtp; {diag}\n\n"
           f"--{b}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
           "From: Assistance <support@assistance.example.fr>\n"
           f"To: <{rcpt}>\nSubject: {hdr(orig_subj)}\nDate: {orig_date}\n"
           f"Message-ID: <SUP-{RNG.randint(7000, 7999):06d}.{RNG.randint(10**9, 2 * 10**9)}@assistance.example.fr>\n\n"
           f"--{b}--\n")
    return (f"multipart/report; report-type=delivery-status;\n boundary=\"{b}\"", raw)


def mdn(reader, orig_subj, text):
    b = "----=_MDN_%d" % RNG.randint(10**6, 10**7)
    raw = (f"--{b}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{text.strip()}\n\n"
           f"--{b}\nContent-Type: message/disposition-notification\n\n"
           f"Reporting-UA: {reader.split('@')[1]}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{reader}\n"
           f"Original-Message-ID: <SUP-{RNG.randint(7000, 7999):06d}.{RNG.randint(10**9, 2 * 10**9)}@assistance.example.fr>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
           f"--{b}--\n")
    return (f"multipart/report; report-type=disposition-notification;\n boundary=\"{b}\"", raw)


AUTO_OOO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

# ---------------------------------------------------------------- password_reset
m("password_reset", True, "0331175Y", "esidoc", "fr",
  "New librarian since 1 September; the predecessor left no password for the e-sidoc back office. UAI in the body.",
  ("Camille Darrigade", "camille.darrigade@ac-bordeaux.fr"), "Accès gestion e-sidoc - nouvelle documentaliste",
  """Bonjour,

Je viens d'être nommée professeure documentaliste au collège Jules-Ferry (UAI 0331175Y) et j'ai pris mes fonctions le 1er septembre.
Ma collègue partie à la retraite en juillet ne m'a transmis aucun identifiant : je n'ai donc pas le mot de passe du compte de gestion e-sidoc.
Les 6e arrivent au CDI la semaine prochaine pour la séance de découverte, j'aimerais bien que le portail soit à jour d'ici là.

Pouvez-vous m'indiquer comment récupérer l'accès ?

Merci beaucoup,
Camille Darrigade
Professeure documentaliste
Collège Jules-Ferry""")

m("password_reset", True, "0640911T", "esidoc", "fr",
  "Account locked after several wrong attempts; UAI in the signature.",
  ("Peio Etxeberri", "peio.etxeberri@ac-bordeaux.fr"), "compte bloqué",
  """Bonjour,

A force d'essayer des mots de passe le compte e-sidoc du CDI est bloqué ("trop de tentatives, réessayez plus tard"). Ça fait deux jours que j'attends et c'est toujours bloqué.
Est-ce que vous pouvez le débloquer ou m'envoyer un lien pour en refaire un ?

Peio Etxeberri
CDI - Lycée Ramiro-Arrue
RNE 0640911T""", style="plain")

m("password_reset", True, "0171930F", "esidoc", "fr",
  "Reset link expired (clicked the next morning); asks for a new one.",
  ("Sandrine Moreau-Guérin", "sandrine.moreau-guerin@orange.fr"), "Lien de réinitialisation expiré",
  """Bonsoir,

J'ai reçu hier soir vers 22 h le mail pour réinitialiser le mot de passe du portail e-sidoc du lycée (0171930F), mais je ne l'ai ouvert que ce matin et la page affiche « ce lien n'est plus valide ».
Serait-il possible de m'en renvoyer un ? Je promets de cliquer tout de suite cette fois-ci !

Bonne soirée,
Sandrine Moreau-Guérin
Documentaliste, La Rochelle""")

m("password_reset", True, "0860339B", "espace_acheteur", "fr",
  "New gestionnaire does not know the Espace Acheteur login nor its password; UAI given.",
  ("Farid Benali", "farid.benali@ac-poitiers.fr"), "Identifiant Espace Acheteur",
  """Bonjour,

Adjoint gestionnaire arrivé à la rentrée au collège François-Rabelais de Poitiers (0860339B), je dois passer les premières commandes de l'année sur l'Espace Acheteur.
Je ne connais ni l'identifiant ni le mot de passe du compte de l'établissement, et mon prédécesseur est injoignable (mutation outre-mer).

Comment puis-je obtenir un nouveau mot de passe ?

Cordialement,
F. Benali
Adjoint gestionnaire""", style="alt")

m("password_reset", True, None, "esidoc", "fr",
  "Forgotten e-sidoc password, no UAI given; region from the ac-limoges.fr sender.",
  ("Hélène Chassagne", "helene.chassagne@ac-limoges.fr"), "Mot de passe oublié",
  """Bonjour,
j'ai oublié le mot de passe pour administrer le portail e-sidoc de mon collège. Pourriez-vous m'aider à le réinitialiser ?
Merci
Hélène Chassagne""", mailer=("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC128 (Win)/9.0.0_GA_4583)"))

m("password_reset", True, "0190953H", "esidoc", "fr",
  "UAI only in the subject; many typos, no accents.",
  ("jp.lachaud", "jp.lachaud19@sfr.fr"), "esidoc 0190953H mot de pase",
  """bjr
je suis le nouveau doc au college, personne connait le mot de pase de esidoc pour la gestion. coment on fait pour le changer ?
merci
jean-paul""", style="plain")

m("password_reset", True, None, "esidoc", "fr",
  "The UAI is typed 0240960M: the check letter is wrong (the digits give 0240960N), so no UAI; region from the ac-bordeaux.fr address. A plain forgotten password otherwise.",
  ("Marion Lafaye", "marion.lafaye@ac-bordeaux.fr"), "Réinitialisation mot de passe portail CDI",
  """Bonjour,

Je n'arrive plus à me connecter à l'interface de gestion du portail e-sidoc de la cité scolaire (UAI : 0240960M). Le mot de passe a dû être changé par l'ancienne équipe avant l'été.

Pourriez-vous me transmettre la marche à suivre pour le réinitialiser ?

Merci d'avance,
Marion Lafaye
Professeure documentaliste""", hard=True)

m("password_reset", True, "0330510A", "esidoc", "en",
  "English; librarian of an international section cannot remember the back-office password.",
  ("Rachel Whitfield", "r.whitfield@lycee-montaigne-intl.fr"), "Forgotten password - school library portal",
  """Hello,

I'm the librarian for the international section at our lycée in Bordeaux (school code 0330510A). Over the summer I seem to have completely forgotten the password for the e-sidoc administration side, and the usual password doesn't work any more.

Could you help me reset it? I'm happy for the link to go to the school's official address if that's the rule.

Many thanks,
Rachel Whitfield
Librarian, International Section""", style="alt")

m("password_reset", False, "0470326Z", "esidoc", "fr",
  "Two topics: lost e-sidoc password (first) and an invoice from June missing on Chorus Pro; one template answers only half.",
  ("Nathalie Fourcade", "nathalie.fourcade@ac-bordeaux.fr"), "Mot de passe + facture",
  """Bonjour,

Deux choses, tant que j'y pense :

1) je n'ai plus le mot de passe de l'administration e-sidoc (collège Jasmin, 0470326Z). Depuis le changement de poste informatique, le navigateur ne le retient plus et je ne l'ai noté nulle part...

2) la gestionnaire me signale que la facture du renouvellement de juin n'est toujours pas arrivée sur Chorus Pro. Elle en a besoin pour clôturer.

Merci pour votre aide,
Nathalie Fourcade""", hard=True)

m("password_reset", False, "0230106R", "esidoc", "fr",
  "Reply to the automatic answer: the link went to the ce. mailbox, which nobody can open while the secretary is on sick leave; a person must take over (head-of-establishment route).",
  ("Gilles Peyrot", "gilles.peyrot@ac-limoges.fr"), "RE: [#SUP-071204] Mot de passe e-sidoc",
  """Bonjour,

Merci pour la réponse, mais le lien a été envoyé sur la boîte ce.0230106R et la secrétaire, la seule à y avoir accès, est en arrêt maladie pour plusieurs semaines. Personne d'autre n'a le mot de passe de cette messagerie.

Comment fait-on dans ce cas ? Je ne peux toujours pas me connecter.

Gilles Peyrot
Documentaliste - Collège Jean-Picart-Le-Doux, Bourganeuf

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 9 septembre 2025 10:02
À : Gilles Peyrot <gilles.peyrot@ac-limoges.fr>
Objet : [#SUP-071204] Mot de passe e-sidoc

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse officielle de l'établissement (c***@ac-limoges.fr). Il est valable 12 heures.
L'équipe Assistance""", hdrs=[("In-Reply-To", "<SUP-071204.1757404920.a81c@assistance.example.fr>"),
                               ("References", "<SUP-071204.1757404920.a81c@assistance.example.fr>")],
  mailer=("X-Mailer", "Microsoft Outlook 16.0"), style="qp")

m("password_reset", False, "0870407V", "esidoc", "fr",
  "Wants the new password sent to her personal Gmail instead of the address on file (the predecessor's): an exception to the reset rule, a person must decide.",
  ("Amandine Roux", "amandine.roux.doc@gmail.com"), "Changer l'adresse du compte + mot de passe",
  """Bonjour,

Le compte de gestion e-sidoc du lycée (0870407V) est encore rattaché à l'adresse de mon prédécesseur, qui est parti dans l'académie de Lyon. Du coup je ne reçois rien quand je demande un nouveau mot de passe.

Pouvez-vous m'envoyer directement le mot de passe sur cette adresse Gmail ? C'est celle que j'utilise tous les jours, l'adresse académique ne fonctionne pas encore (mon compte n'est pas activé).

Merci !
Amandine Roux
Lycée, Limoges""", hard=True)

m("password_reset", True, "0161275Z", "esidoc", "fr",
  "The secretariat writes from the official ce.<UAI> address (lower case); UAI only there. Asks for the link on that address.",
  ("Collège Anatole-France - Secrétariat", "ce.0161275z@ac-poitiers.fr"), "Demande de lien - portail documentaire",
  """Bonjour,

À la demande de Mme Texier, nouvelle professeure documentaliste, nous vous sollicitons pour la réinitialisation du mot de passe d'administration du portail e-sidoc de l'établissement.

Vous pouvez envoyer le lien sur la présente adresse, nous le lui transmettrons.

Cordialement,
Le secrétariat""", hard=True, mailer=("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF130 (Win)/9.0.0_GA_4583)"))

m("password_reset", True, "0400572E", "esidoc", "fr",
  "Password expired and the old one forgotten.",
  ("Lucie Dubroca", "lucie.dubroca@ac-bordeaux.fr"), "Mot de passe expiré",
  """Bonjour,

E-sidoc m'indique que mon mot de passe a expiré et me demande l'ancien pour en créer un nouveau... que je n'ai plus. Cité scolaire de Mont-de-Marsan, UAI 0400572E.

Pouvez-vous me renvoyer un lien ?

Bonne journée,
Lucie""")

m("password_reset", True, "0791784K", "espace_acheteur", "fr",
  "HTML-only Outlook; new secretary of the intendance lost the Espace Acheteur password.",
  ("Corinne Baudouin", "c.baudouin@college-niort-jean-zay.fr"), "Espace Acheteur : mot de passe perdu",
  """Bonjour Madame, Monsieur,

Je remplace depuis le 8 septembre l'agent comptable adjoint du collège Jean-Zay de Niort (UAI 0791784K).
Le mot de passe du compte Espace Acheteur figurait sur un post-it qui a disparu lors du ménage de rentrée.

Pourriez-vous nous aider à le réinitialiser ?

Je vous remercie par avance.

Corinne Baudouin
Service intendance
Collège Jean-Zay - Niort
05 49 00 00 00""", style="html", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

m("password_reset", True, "0871104C", "esidoc", "fr",
  "Two lines from a phone; UAI as 'rne'.",
  ("Bastien", "bastien.leymarie@laposte.net"), "mdp",
  """mdp esidoc perdu, rne 0871104C. merci de me dire quoi faire
Envoyé de mon iPhone""", style="plain", mailer=("X-Mailer", "iPhone Mail (22A3354)"))

m("password_reset", True, None, "esidoc", "fr",
  "Does not know the identifier (it is the UAI) nor the password; no UAI given, region from ac-poitiers.fr.",
  ("Émilie Rabaud", "emilie.rabaud@ac-poitiers.fr"), "Identifiant ?",
  """Bonjour,

Je débute sur le poste de documentaliste et on me dit de me connecter à « la gestion e-sidoc ». Mais quel est l'identifiant ? Et je n'ai pas de mot de passe non plus.

Merci de m'éclairer, je suis un peu perdue !
Émilie Rabaud""")

m("password_reset", True, "0641264B", "esidoc", "fr",
  "Librarian moved from Toulouse and still writes from her ac-toulouse.fr address; the UAI (Pyrénées-Atlantiques) gives nouvelle-aquitaine, which wins over the sender domain.",
  ("Maïté Carrère", "maite.carrere@ac-toulouse.fr"), "Nouvelle affectation - accès e-sidoc",
  """Bonjour,

Mutée à la rentrée de l'académie de Toulouse vers le lycée de Pau (UAI 0641264B), je n'ai pas encore mon adresse ac-bordeaux, d'où cette adresse.

Je n'ai pas le mot de passe d'administration du portail e-sidoc de mon nouvel établissement. Pouvez-vous procéder à une réinitialisation selon votre procédure habituelle ?

Merci,
Maïté Carrère""", hard=True)

m("password_reset", True, "0330026Z", "espace_acheteur", "fr",
  "Espace Acheteur account locked after the new gestionnaire tried last year's password several times.",
  ("Thomas Lartigue", "thomas.lartigue@ac-bordeaux.fr"), "Compte verrouillé Espace Acheteur",
  """Bonjour,

J'ai tenté plusieurs fois de me connecter avec le mot de passe que m'avait laissé l'ancienne gestionnaire et le compte de l'établissement (0330026Z) est maintenant verrouillé.

Je dois passer une commande de manuels rapidement. Pouvez-vous le déverrouiller ou me faire parvenir un lien de réinitialisation ?

Cordialement,
Thomas Lartigue
Gestionnaire - Lycée des métiers, Gironde""", style="alt")

m("password_reset", True, "0231329V", "espace_acheteur", "fr",
  "'Je ne connais pas le mot de passe' of the Espace Acheteur; Android mail, base64 body.",
  ("Sylvie Aupetit", "sylvie.aupetit@ac-limoges.fr"), "Espace acheteur",
  """Bonjour
Je ne connais pas le mot de passe de l'espace acheteur de la cité scolaire de Guéret, UAI 0231329V. Je suis arrivée le 1er septembre sur le poste de gestionnaire.
Merci de votre aide
Sylvie Aupetit

Envoyé depuis mon smartphone Samsung Galaxy.""", style="b64")

m("password_reset", False, "0860592B", "esidoc", "fr",
  "The reset link was received three times but each time the page says 'jeton invalide': the standard procedure has already failed, a person must look.",
  ("Olivier Bonnin", "olivier.bonnin@ac-poitiers.fr"), "Lien de réinitialisation : jeton invalide",
  """Bonjour,

J'ai demandé trois fois un nouveau mot de passe pour le portail e-sidoc du collège (0860592B). Le mail arrive bien, mais à chaque fois que je clique sur le lien (dans la minute qui suit), la page affiche « jeton invalide ». J'ai essayé avec Firefox et avec Edge, et depuis mon téléphone.

Je pense que le problème n'est pas de mon côté. Quelqu'un peut-il regarder ?

Olivier Bonnin
Professeur documentaliste""", hard=True)

m("password_reset", False, "0171515E", "esidoc", "fr",
  "Asks to reset the passwords of 28 new pupils' accounts: pupil access is not the administrator reset the template handles; a person must answer.",
  ("Véronique Giraudeau", "veronique.giraudeau@ac-poitiers.fr"), "Mots de passe des élèves de 6e",
  """Bonjour,

Plusieurs élèves de 6e (28 au total, liste jointe plus tard si besoin) n'arrivent pas à se connecter à leur compte sur le portail du CDI : ils ont oublié le mot de passe qu'on leur a donné la semaine dernière.

Est-il possible de réinitialiser leurs mots de passe en une seule fois ? Je ne vois pas de bouton pour faire ça depuis la gestion.

Merci,
V. Giraudeau
Collège, Saintes (0171515E)""", hard=True)

m("password_reset", True, "0470147E", "esidoc", "fr",
  "Changed her name and mail address over the summer; lost access to the e-sidoc admin account.",
  ("Claire Sempé", "claire.sempe@ac-bordeaux.fr"), "Accès administrateur e-sidoc",
  """Bonjour,

Je m'appelais Claire Dupouy jusqu'en juillet ; mon adresse académique a changé avec mon nom et je n'arrive plus à accéder à l'administration du portail du lycée (UAI 0470147E). Le mot de passe ne passe plus non plus.

Pouvez-vous m'aider à le réinitialiser ?

Merci d'avance,
Claire Sempé (ex-Dupouy)""")

m("password_reset", True, "0401776N", "espace_acheteur", "fr",
  "Espace Acheteur password expired; UAI as 'RNE' in the signature; laposte.net sender.",
  ("Jean-Marc Labeyrie", "jm.labeyrie@laposte.net"), "Mot de passe expiré Espace Acheteur",
  """Bonjour,

En voulant passer la commande de fournitures de rentrée, l'Espace Acheteur m'annonce que le mot de passe a expiré. Je ne retrouve pas l'ancien.

Merci de me dire comment en obtenir un nouveau.

--
Jean-Marc Labeyrie
Intendance - Collège de Soustons
RNE : 0401776N""", style="qp")

m("password_reset", True, "0870009M", "esidoc", "fr",
  "Primary-school teacher in charge of the BCD (not the head) lost the e-sidoc password; UAI of the école given.",
  ("Stéphanie Vergnolle", "stephanie.vergnolle@ac-limoges.fr"), "Portail BCD école - mot de passe",
  """Bonjour,

Je m'occupe cette année de la BCD de l'école élémentaire (UAI 0870009M). Le mot de passe pour gérer le portail e-sidoc ne fonctionne plus, je crois que l'enseignante qui s'en occupait l'a modifié avant de partir.

Pouvez-vous m'envoyer la procédure pour le réinitialiser ?

Merci et bonne rentrée à vous aussi !
Stéphanie Vergnolle, enseignante CM1""")

# ---------------------------------------------------------------- missing_noreply_mail
m("missing_noreply_mail", True, "0790010G", "espace_acheteur", "fr",
  "New gestionnaire never received the Espace Acheteur activation link; junk folder checked; no anti-spam product named.",
  ("Patricia Guillon", "patricia.guillon@ac-poitiers.fr"), "Pas de mail d'activation",
  """Bonjour,

J'ai créé mon compte sur l'Espace Acheteur lundi (collège Louis-Merle, 0790010G) et je n'ai toujours pas reçu le mail d'activation. J'ai regardé dans les indésirables, rien.

Pouvez-vous le renvoyer ?

Cordialement,
Patricia Guillon""")

m("missing_noreply_mail", True, None, "esidoc", "fr",
  "The e-sidoc new-password mail never arrives, not in junk either; no UAI, region from ac-bordeaux.fr.",
  ("Arnaud Cazenave", "arnaud.cazenave@ac-bordeaux.fr"), "Mail de réinitialisation jamais reçu",
  """Bonjour,

J'ai cliqué sur « mot de passe oublié » sur le portail e-sidoc à trois reprises depuis ce matin. Le site m'indique qu'un mail a été envoyé mais je ne reçois rien, ni dans la boîte de réception ni dans les spams.

Est-ce normal ?

Arnaud Cazenave""")

m("missing_noreply_mail", True, None, "espace_acheteur", "en",
  "English; as structure administrator she never gets the 'account to validate' notifications from the no-reply address.",
  ("Helen O'Brien", "helen.obrien@bordeaux-intl-school.fr"), "Not receiving validation notifications",
  """Hi there,

I'm the structure administrator for our school on the Espace Acheteur. Two new colleagues have signed up this month, but I haven't received any notification asking me to validate their accounts. I've looked in junk and in the 'Other' tab.

Is there a specific sender address I should add to my contacts?

Best,
Helen""", style="alt")

m("missing_noreply_mail", True, "0861786Z", "espace_acheteur", "fr",
  "Names MailInBlack only to say the college does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  ("Damien Proust", "damien.proust@ac-poitiers.fr"), "Toujours pas de mail de confirmation",
  """Bonjour,

Le mail de confirmation d'inscription à l'Espace Acheteur n'arrive pas. Avant que vous me posiez la question : nous n'avons pas MailInBlack ni aucun autre anti-spam particulier, c'est la messagerie académique standard. J'ai vérifié le dossier Courrier indésirable.

Collège, Châtellerault - 0861786Z.

Merci,
Damien Proust, gestionnaire""", hard=True)

m("missing_noreply_mail", False, "0240504T", "espace_acheteur", "fr",
  "Follow-up after the junk-folder answer: still nothing after three days; the template was already sent, a person (or the region) must step in.",
  ("Anne-Laure Bouyssou", "anne-laure.bouyssou@ac-bordeaux.fr"), "Re: [#SUP-071377] Mail de confirmation non reçu",
  """Bonjour,

J'ai suivi vos conseils (dossier indésirables, ajout de l'expéditeur aux contacts) mais je n'ai toujours rien reçu trois jours plus tard. Pouvez-vous transmettre à quelqu'un qui pourra vérifier de votre côté ?

Anne-Laure Bouyssou
Collège de Sarlat (0240504T)

Le 10/09/2025 à 09:14, Assistance a écrit :
> Bonjour,
> Les messages automatiques partent d'une adresse no-reply. Vérifiez votre
> dossier de courrier indésirable et ajoutez l'expéditeur à vos contacts.
> Sans nouvelles sous 48 h, nous relancerons.
> L'équipe Assistance""", hdrs=[("In-Reply-To", "<SUP-071377.1757488440.0f2e@assistance.example.fr>")],
  style="plain", mailer=("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"))

m("missing_noreply_mail", True, None, "espace_acheteur", "fr",
  "Very short phone message: activation mail still not received.",
  ("Karine L.", "karine.lescure@orange.fr"), "activation",
  """Toujours pas reçu le mail d'activation pour l'espace acheteur depuis vendredi. Merci
Karine Lescure""", style="plain", mailer=("X-Mailer", "iPhone Mail (21G93)"))

m("missing_noreply_mail", True, None, "ticket_portal", "fr",
  "The ticket portal's confirmation mail (to set a password) never came.",
  ("Julien Mazeau", "julien.mazeau@ac-limoges.fr"), "Portail d'assistance : confirmation non reçue",
  """Bonjour,

Je me suis inscrit hier sur le portail de tickets pour suivre mes demandes, mais je n'ai jamais reçu le courriel de confirmation qui permet de définir le mot de passe.

Pouvez-vous vérifier ?

Julien Mazeau""")

m("missing_noreply_mail", True, None, "espace_acheteur", "fr",
  "The département's IT asks which no-reply sender to allow on 'our filtering gateway' (no product named) because the colleges receive nothing.",
  ("Service numérique des collèges", "numerique.colleges@gironde-dpt.fr"), "Adresse d'expédition des notifications",
  """Bonjour,

Plusieurs gestionnaires de collèges de Gironde nous signalent qu'ils ne reçoivent pas les mails automatiques de l'Espace Acheteur (activation, mot de passe). Nos collèges passent tous par notre passerelle de filtrage.

Pouvez-vous nous communiquer l'adresse et, si possible, les serveurs d'envoi de ces notifications, afin que nous les ajoutions en liste blanche ?

Cordialement,
Le service numérique des collèges
Direction des systèmes d'information""", style="alt", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

m("missing_noreply_mail", True, "0191721T", "espace_acheteur", "fr",
  "UAI only in the lower-case ce.<UAI>@ac-limoges.fr sender; the new adjoint gestionnaire never got the sign-up confirmation.",
  ("Lycée Edmond-Perrier - Direction", "ce.0191721t@ac-limoges.fr"), "Inscription sans confirmation",
  """Bonjour,

M. Vialle, adjoint gestionnaire arrivé cette année, s'est inscrit sur l'Espace Acheteur le 5 septembre. Il n'a reçu aucun message de confirmation, ni dans sa boîte ni dans les indésirables.

Merci de bien vouloir vérifier et renvoyer le message.

Le secrétariat de direction""", hard=True)

m("missing_noreply_mail", True, None, "espace_acheteur", "fr",
  "Reads like a password problem, but the 'forgotten password' tool works: the new-password mail never arrives. Region from ac-poitiers.fr.",
  ("Régis Naud", "regis.naud@ac-poitiers.fr"), "Problème de mot de passe",
  """Bonjour,

Problème de mot de passe sur l'Espace Acheteur : je clique sur « Mot de passe oublié », je saisis mon adresse, le site me dit « un e-mail vous a été envoyé »... et rien n'arrive. J'ai attendu toute la matinée et regardé les spams.

Merci de votre aide.
R. Naud""", hard=True)

m("missing_noreply_mail", True, "0330443C", "esidoc", "fr",
  "Order confirmation notifications from the no-reply address no longer arrive since the rentrée (esidoc customer account).",
  ("Isabelle Dartigues", "isabelle.dartigues@ac-bordeaux.fr"), "Plus de confirmations de commande",
  """Bonjour,

Depuis la rentrée je ne reçois plus les mails de confirmation quand je passe une commande sur mon compte client (abonnements du CDI). L'an dernier ils arrivaient sans problème. Rien dans les indésirables.

Lycée Camille-Jullian, UAI 0330443C.

Bonne journée,
Isabelle Dartigues""")

m("missing_noreply_mail", True, "0641991S", "espace_acheteur", "fr",
  "Account validated by the administrator, but the secure first-login link never came.",
  ("Xabi Larralde", "xabi.larralde@ac-bordeaux.fr"), "Lien de première connexion",
  """Egun on / Bonjour,

Mon compte sur l'Espace Acheteur a été validé hier par notre administratrice (elle me l'a confirmé), mais je n'ai pas reçu le lien de première connexion. Rien non plus dans les courriers indésirables.

Collège de Bayonne, 0641991S.

Milesker, merci,
Xabi Larralde""")

m("missing_noreply_mail", True, None, "espace_acheteur", "fr",
  "HTML-only Outlook (windows-1252 style typography); since the académie migrated mailboxes, no automatic mail arrives.",
  ("Brigitte Favreau", "brigitte.favreau@ac-bordeaux.fr"), "Aucun mail automatique depuis la migration",
  """Bonjour,

Depuis la migration des boîtes académiques fin août, je ne reçois plus aucun message automatique de l'Espace Acheteur : ni validation, ni réinitialisation. Les mails de mes collègues, eux, arrivent.

Faut-il autoriser une adresse en particulier ?

Bien à vous,
Brigitte Favreau""", style="html", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

m("missing_noreply_mail", False, "0400372M", "espace_acheteur", "fr",
  "Two topics: activation mail not received AND a quote request for textbooks; the junk-folder template answers only the first.",
  ("Sophie Lalanne", "sophie.lalanne@ac-bordeaux.fr"), "Activation + devis",
  """Bonjour,

Je n'ai pas reçu le mail d'activation de mon compte Espace Acheteur (inscription faite jeudi dernier, collège de Dax, 0400372M).

Par ailleurs, pourriez-vous nous établir un devis pour les manuels de 4e (32 exemplaires) ? Le chef d'établissement en a besoin pour le conseil d'administration du 25.

Merci,
Sophie Lalanne""", hard=True)

m("missing_noreply_mail", True, None, "espace_acheteur", "fr",
  "Subscribed to alerts for new offers, never receives them.",
  ("Pascal Reix", "pascal.reix@free.fr"), "Alertes nouvelles offres",
  """Bonjour,

J'ai coché « être averti des nouvelles offres » dans mon profil Espace Acheteur il y a trois semaines et je n'ai jamais reçu aucune alerte, alors que de nouveaux marchés sont parus entre-temps.

Est-ce que les alertes partent d'une adresse particulière ?

Pascal Reix""")

m("missing_noreply_mail", True, None, "esidoc", "en",
  "English; the activation link for the e-sidoc customer account never arrived.",
  ("Daniel Kerr", "daniel.kerr@gmail.com"), "Activation email never arrived",
  """Hi,

I opened a customer account yesterday to order a subscription for our school library, and I was told an activation link would arrive within 12 hours. Nothing so far, and it's not in spam either.

Could you resend it?

Thanks,
Daniel""")

m("missing_noreply_mail", True, "0871794C", "espace_acheteur", "fr",
  "Outlook 'TR:' forward of a colleague's message: the new buyer never receives the validation e-mail.",
  ("Mireille Desbordes", "mireille.desbordes@ac-limoges.fr"), "TR: Validation de compte",
  """Bonjour,

Je vous transfère le message de ma collègue. Pouvez-vous regarder ?

Mireille Desbordes
Secrétariat d'intendance - 0871794C

________________________________
De : Audrey Peyronnet <audrey.peyronnet@ac-limoges.fr>
Envoyé : lundi 15 septembre 2025 14:37
À : Mireille Desbordes
Objet : Validation de compte

Mireille, je n'ai toujours pas le mail de validation pour l'espace acheteur, j'ai regardé partout. Tu peux leur écrire ? Merci ! Audrey""", style="qp", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# ---------------------------------------------------------------- mailinblack_spam
m("mailinblack_spam", True, "0331497Y", "espace_acheteur", "fr",
  "The activation links are held in the MailInBlack quarantine of the lycée.",
  ("Jérôme Ducasse", "jerome.ducasse@lycee-vaclav-havel.fr"), "Mails bloqués par MailInBlack",
  """Bonjour,

Notre lycée (0331497Y) utilise MailInBlack depuis cet été. Les liens d'activation de l'Espace Acheteur arrivent dans la quarantaine et sont supprimés avant qu'on les voie.

Quelles adresses faut-il autoriser ?

Jérôme Ducasse
Référent numérique""")

m("mailinblack_spam", True, None, "espace_acheteur", "fr",
  "Product spelled 'mail in black', no accents.",
  ("nadia", "nadia.lamothe40@gmail.com"), "mail bloque",
  """bonjour
le mail pour valider mon compte espace acheteur est bloque par mail in black au college, ils me disent de vous demander la procedure
merci
nadia lamothe""", style="plain")

m("mailinblack_spam", False, "0161414A", "espace_acheteur", "fr",
  "Describes a sender-authentication challenge sent to our no-reply address (click to prove you are human) without naming MailInBlack; the product is not confirmed, a person should check before sending the guide.",
  ("Laurent Sauvion", "laurent.sauvion@ac-poitiers.fr"), "Vos mails n'arrivent pas",
  """Bonjour,

Notre informaticien m'explique que votre mail d'activation a été retenu parce que l'expéditeur « n'a pas confirmé être un humain » : notre messagerie envoie un message à l'expéditeur avec un lien à cliquer, et comme votre adresse est une no-reply, personne ne clique.

Comment peut-on faire ? Collège d'Angoulême, UAI 0161414A.

Laurent Sauvion""", hard=True)

m("mailinblack_spam", True, "0870419H", "espace_acheteur", "fr",
  "IT manager asks whether to allow-list the domain or the exact address in MailInBlack.",
  ("Service informatique", "informatique@lycee-gay-lussac-limoges.fr"), "Liste blanche MailInBlack",
  """Bonjour,

Pour le lycée (UAI 0870419H), nous devons ajouter vos expéditeurs dans la liste blanche MailInBlack. Vaut-il mieux autoriser le domaine entier ou uniquement l'adresse no-reply ? Y a-t-il d'autres adresses d'envoi ?

Merci,
Le service informatique""", style="alt", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

m("mailinblack_spam", True, None, "espace_acheteur", "en",
  "English; MailInBlack quarantines the activation e-mails.",
  ("Mark Dunstan", "m.dunstan@ecole-bilingue-arcachon.fr"), "Emails stuck in MailInBlack",
  """Hello,

Our school switched to MailInBlack in August and your activation emails for the buyer space end up in its quarantine. I can release them one by one, but the links have expired by then.

Do you have a guide for whitelisting your senders?

Regards,
Mark Dunstan
IT, Ecole bilingue""")

m("mailinblack_spam", True, "0160523G", "espace_acheteur", "fr",
  "Forwards the daily MailInBlack quarantine report (machine text) with a real question above it.",
  ("Karima Haddad", "karima.haddad@ac-poitiers.fr"), "TR: Votre rapport de quarantaine quotidien",
  """Bonjour,

Voici ce que je reçois chaque matin. Vos messages sont dedans, je clique sur « Autoriser » mais les suivants sont quand même bloqués. Que faut-il faire ? (Lycée Guez-de-Balzac, 0160523G)

Karima Haddad

-------- Message transféré --------
Sujet : Votre rapport de quarantaine quotidien
De : Mailinblack <noreply@mailinblack.com>

Vous avez 3 message(s) en attente :
- no-reply@... « Activez votre compte Espace Acheteur » - [Autoriser] [Bloquer]
- no-reply@... « Votre mot de passe » - [Autoriser] [Bloquer]
- newsletter@... « Offres de rentrée » - [Autoriser] [Bloquer]""", style="plain")

m("mailinblack_spam", False, "0470284D", "espace_acheteur", "fr",
  "Two topics: mails blocked by MailInBlack (main) and an invoice made out to the wrong establishment name; needs a person.",
  ("Hervé Castaing", "herve.castaing@ac-bordeaux.fr"), "MailInBlack et facture",
  """Bonjour,

Nos mails de l'Espace Acheteur sont bloqués par MailInBlack : envoyez-moi la procédure svp.

Et pendant que je vous tiens : la dernière facture porte encore l'ancien nom du lycée (avant la fusion), l'agent comptable la refuse. Pouvez-vous la refaire au nom de la cité scolaire (0470284D) ?

Merci,
H. Castaing""", hard=True)

m("mailinblack_spam", True, "0640259J", "espace_acheteur", "fr",
  "'Mailinblack Protect' rolled out on the lycées' mail this rentrée; asks for the allow-list guide.",
  ("Ana Etcheverry", "ana.etcheverry@lycee-cassin-bayonne.fr"), "Mailinblack Protect",
  """Bonjour,

Depuis la rentrée la Région a déployé Mailinblack Protect sur la messagerie des lycées. Depuis, nous ne recevons plus vos notifications. Lycée René-Cassin, 0640259J.

Pourriez-vous nous envoyer le guide pour autoriser vos envois ?

Cordialement,
Ana Etcheverry
Adjointe gestionnaire""", style="qp")

m("mailinblack_spam", True, "0790428L", "espace_acheteur", "fr",
  "Checked the junk folder too, but MailInBlack is named: mailinblack_spam.",
  ("Fabrice Gaudin", "fabrice.gaudin@ac-poitiers.fr"), "Mail de mot de passe",
  """Bonjour,

Je n'ai pas reçu le mail pour changer mon mot de passe. J'ai regardé les indésirables : rien. Par contre j'ai un message « Mail In Black » qui me dit qu'un expéditeur attend d'être validé, je suppose que c'est vous ?

Collège de Bressuire, 0790428L.

Merci
F. Gaudin""")

m("mailinblack_spam", True, None, None, "fr",
  "One line from a phone: blocked by Mailinblack, send the guide. No platform named.",
  ("Christophe Marty", "christophe.marty@wanadoo.fr"), "Mailinblack",
  """Bloqué par mailinblack, vous pouvez m'envoyer la procédure ? Merci
Christophe
Envoyé de mon iPhone""", style="plain", mailer=("X-Mailer", "iPhone Mail (22A3354)"))

m("mailinblack_spam", True, "0230321Z", "espace_acheteur", "fr",
  "HTML-only Outlook; MailInBlack quarantine holds all no-reply mail.",
  ("Marie-Christine Dumont", "mc.dumont@ac-limoges.fr"), "Quarantaine MailInBlack",
  """Bonjour,

Le collège (0230321Z) est équipé de MailInBlack et tous les messages venant de votre adresse no-reply partent en quarantaine. Pourriez-vous m'indiquer la démarche pour les débloquer définitivement ?

Merci beaucoup.

Marie-Christine Dumont
Gestionnaire""", style="html", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

m("mailinblack_spam", True, "0171888K", "espace_acheteur", "fr",
  "Reply quoting the junk-folder answer: their IT now says MailInBlack blocks the mails; the MailInBlack guide is now the right answer.",
  ("Guillaume Texier", "guillaume.texier@ac-poitiers.fr"), "RE: [#SUP-071455] Mail d'activation non reçu",
  """Bonjour,

Après vérification avec notre informaticien : ce n'est pas le dossier indésirables, c'est MailInBlack qui retient vos messages. Il me demande votre guide pour la liste blanche.

G. Texier - 0171888K

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 11 septembre 2025 16:20
Objet : [#SUP-071455] Mail d'activation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez notre adresse no-reply à vos contacts.""",
  hdrs=[("In-Reply-To", "<SUP-071455.1757600400.77aa@assistance.example.fr>")], mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# ---------------------------------------------------------------- head_of_establishment_request
m("head_of_establishment_request", False, "0330835D", "esidoc", "fr",
  "The principal, from the ce.<UAI> address, asks to replace the e-sidoc admin contact address with the new librarian's and to reset the password.",
  ("Principal - Collège Montesquieu", "ce.0330835D@ac-bordeaux.fr"), "Changement d'administrateur e-sidoc",
  """Madame, Monsieur,

En ma qualité de principal du collège Montesquieu (UAI 0330835D), je vous demande de bien vouloir remplacer l'adresse de contact du compte d'administration e-sidoc par celle de Mme Laure Bergès, professeure documentaliste nommée à la rentrée (laure.berges@ac-bordeaux.fr), et de procéder à la réinitialisation du mot de passe.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Le principal,
Didier Mauriac""", style="alt", mailer=("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF130 (Win)/9.0.0_GA_4583)"))

m("head_of_establishment_request", False, "0860642F", "espace_acheteur", "fr",
  "The proviseure designates the new gestionnaire as structure administrator and asks to close the former one's access.",
  ("Évelyne Rousseau", "evelyne.rousseau@ac-poitiers.fr"), "Désignation administrateur de structure",
  """Bonjour,

Je suis proviseure du lycée Aliénor-d'Aquitaine (0860642F). Suite au départ de M. Giraud, je désigne Mme Nadège Pinel, gestionnaire, comme administratrice de notre structure sur l'Espace Acheteur. Merci de fermer les accès de M. Giraud.

Bien cordialement,
Évelyne Rousseau
Proviseure""")

m("head_of_establishment_request", False, "0871388L", "esidoc", "fr",
  "A primary-school head (directrice d'école) asks to reset the BCD admin password and to send it to the school's address.",
  ("Directrice école Jean-Le-Bail", "ce.0871388l@ac-limoges.fr"), "Portail BCD - demande de la directrice",
  """Bonjour,

Directrice de l'école élémentaire (0871388L), je vous demande la réinitialisation du mot de passe d'administration de notre portail documentaire, avec envoi du lien sur l'adresse de l'école. L'enseignante qui le gérait a été mutée et personne n'a les codes.

Merci,
Mme Faucher, directrice""", hard=False)

m("head_of_establishment_request", False, "0161519P", "esidoc", "fr",
  "The principal confirms from his phone, quoting the librarian's request, that the reset may be done.",
  ("Philippe Chaigneau", "philippe.chaigneau@ac-poitiers.fr"), "Re: Réinitialisation e-sidoc collège de Cognac",
  """Je confirme la demande de Mme Vrignaud et vous autorise à réinitialiser le mot de passe. 
P. Chaigneau, principal du collège (0161519P)

Envoyé de mon iPhone

> Le 16 sept. 2025 à 08:41, Aurélie Vrignaud <aurelie.vrignaud@ac-poitiers.fr> a écrit :
> 
> Monsieur le Principal,
> L'assistance demande votre accord écrit pour réinitialiser l'accès e-sidoc du CDI.
> Pourriez-vous leur répondre ? Merci,
> Aurélie""", style="plain", mailer=("X-Mailer", "iPhone Mail (22A3354)"))

m("head_of_establishment_request", False, "0240779S", "espace_acheteur", "fr",
  "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a free-mail address; asks to move the administrator account there. A probable spoof: still a head-of-establishment request for the queue, where staff should refuse it.",
  ("Proviseur Lycée", "ce.0240779S@ac-bordeaux.fr"), "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le proviseur du lycée 0240779S. Veuillez changer immédiatement l'adresse de l'administrateur de notre compte Espace Acheteur pour proviseur.lycee24@gmail.com, notre messagerie académique ne fonctionne plus.

Merci de confirmer rapidement par retour sur cette adresse.

Le proviseur""", hard=True, auth="fail", hdrs=[("Reply-To", "proviseur.lycee24@gmail.com")], mailer=None)

m("head_of_establishment_request", False, "0332077D", "espace_acheteur", "en",
  "English; the head of an international private school names a new structure administrator and asks to remove the former bursar.",
  ("Dr Sarah Pemberton", "head@bordeaux-britannia-school.fr"), "Change of structure administrator",
  """Dear Support team,

As Head of School (school code 0332077D), I am writing to confirm that our new bursar, Mr Paul Reynaud, should become the structure administrator for our account on the Espace Acheteur from now on. Please close the access of our former bursar, Mrs Jenkins, who left us in July.

Kind regards,
Dr Sarah Pemberton
Head of School""", style="alt")

m("head_of_establishment_request", False, "0401197J", "espace_acheteur", "fr",
  "The principal authorises the adjoint gestionnaire to validate the textbook order; the signed bon d'engagement is announced to follow. Authorisation of an order: head-of-establishment request, not order_billing.",
  ("Marc Dufau", "marc.dufau@ac-bordeaux.fr"), "Autorisation de validation de commande",
  """Bonjour,

Principal du collège de Saint-Sever (0401197J), j'autorise M. Lafitte, adjoint gestionnaire, à valider la commande de manuels scolaires en cours sur l'Espace Acheteur (panier du 12 septembre). Le bon d'engagement signé suivra par courrier électronique dans la journée.

Marc Dufau""")

m("head_of_establishment_request", False, "0471950P", "espace_acheteur", "fr",
  "Written delegation: the proviseur lists who may validate orders this school year.",
  ("Lycée Palissy - Proviseur", "ce.0471950p@ac-bordeaux.fr"), "Délégation de signature 2025-2026",
  """Madame, Monsieur,

Pour l'année scolaire 2025-2026, je vous informe que les personnes habilitées à valider les commandes du lycée Bernard-Palissy (0471950P) sur l'Espace Acheteur sont :
- Mme Sophie Marsan, adjointe gestionnaire ;
- M. Kevin Boé, secrétaire d'intendance, pour les commandes inférieures à 2 000 € HT.

Toute autre habilitation antérieure est révoquée.

Le proviseur,
J.-L. Carrère""", style="qp")

m("head_of_establishment_request", False, "0190808A", "esidoc", "fr",
  "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request the desk asked for.",
  ("Sabine Monteil", "sabine.monteil@ac-limoges.fr"), "Re: [#SUP-071512] Demande écrite du chef d'établissement",
  """Bonjour,

Comme demandé, je confirme en tant que principale du collège d'Ussel (0190808A) que le mot de passe d'administration e-sidoc peut être réinitialisé au bénéfice de notre nouveau documentaliste, M. Rigaud.

Cordialement,
Sabine Monteil, principale

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "sabine monteil" <sabine.monteil@ac-limoges.fr>
Envoyé: Vendredi 12 Septembre 2025 11:05:12
Objet: [#SUP-071512] Demande écrite du chef d'établissement

Bonjour,
Pour réinitialiser l'accès, nous avons besoin d'une demande écrite du chef d'établissement.""",
  hdrs=[("In-Reply-To", "<SUP-071512.1757667912.19bc@assistance.example.fr>")],
  mailer=("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC128 (Win)/9.0.0_GA_4583)"), style="plain")

m("head_of_establishment_request", False, "0640974L", "esidoc", "fr",
  "The librarian relays the head's signed letter (PDF mentioned) with the head in copy: the head's written request, relayed; staff must check the letter.",
  ("Joana Harriet", "joana.harriet@ac-bordeaux.fr"), "Courrier du proviseur - accès e-sidoc",
  """Bonjour,

Vous trouverez ci-joint le courrier signé de M. le Proviseur (en copie de ce message) demandant la réinitialisation de l'accès administrateur du portail e-sidoc du lycée (0640974L) et l'enregistrement de mon adresse comme adresse de contact.

Bien cordialement,
Joana Harriet
Professeure documentaliste""", cc="Proviseur <ce.0640974L@ac-bordeaux.fr>", hard=True)

m("head_of_establishment_request", False, None, "esidoc", "fr",
  "A nursery-school head gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify.",
  ("Françoise Lagarde", "francoise.lagarde24@gmail.com"), "accord pour le mot de passe",
  """Bonjour,
je suis la directrice de l'école maternelle des Tilleuls à Bergerac et je donne mon accord pour que Mme Dauriac récupère l'accès à l'administration du portail de la bibliothèque de l'école.
F. Lagarde""", style="plain")

m("head_of_establishment_request", False, "0862050L", "esidoc", "fr",
  "HTML-only Outlook letter: the principal asks for a reset so that a departed librarian loses access, link to the school's address.",
  ("Principal Collège Descartes", "ce.0862050l@ac-poitiers.fr"), "Départ de la documentaliste - sécurisation du compte",
  """Madame, Monsieur,

La professeure documentaliste du collège (UAI 0862050L) a quitté l'établissement en juillet dans un contexte difficile. Je souhaite qu'elle ne puisse plus accéder à l'administration du portail e-sidoc.

Je vous demande donc de réinitialiser le mot de passe et d'envoyer le lien à l'adresse de l'établissement.

Veuillez agréer mes salutations distinguées.

Le principal""", style="html", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

m("head_of_establishment_request", False, "0791316B", "espace_acheteur", "fr",
  "The body gives 0791316C (wrong check letter) but the sender address ce.0791316B@ac-poitiers.fr carries the valid UAI, which is the label. The principal names a new structure administrator.",
  ("Collège Gérard-Philipe - Principal", "ce.0791316B@ac-poitiers.fr"), "Nouvel administrateur Espace Acheteur",
  """Bonjour,

Je vous informe que Mme Élodie Brunet, gestionnaire arrivée à la rentrée, remplace M. Paillard comme administratrice de notre structure (UAI 0791316C) sur l'Espace Acheteur.

Merci de procéder au changement.

Le principal,
F. Morisset""", hard=True)

# ---------------------------------------------------------------- account_creation
m("account_creation", True, None, "espace_acheteur", "fr",
  "New adjoint gestionnaire asks how to create an account on the Espace Acheteur: the sign-up answer fits.",
  ("Yannick Boisseau", "yannick.boisseau@ac-poitiers.fr"), "Création de compte",
  """Bonjour,

Nouvellement nommé adjoint gestionnaire, je souhaiterais disposer d'un compte sur l'Espace Acheteur. Comment dois-je procéder ?

Cordialement,
Yannick Boisseau""")

m("account_creation", True, "0170116J", "espace_acheteur", "fr",
  "Filled the sign-up form, cannot log in: account waiting for the structure administrator's validation (FAQ case).",
  ("Elodie Renaud", "elodie.renaud@ac-poitiers.fr"), "Impossible de me connecter après inscription",
  """Bonjour,

Je me suis inscrite mardi sur l'Espace Acheteur (lycée de Rochefort, 0170116J). Quand j'essaie de me connecter, un message dit que mon compte est « en attente de validation ». C'est normal ? Combien de temps faut-il attendre ?

Merci,
Elodie Renaud""")

m("account_creation", False, "0192036K", "espace_acheteur", "fr",
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  ("Nicolas Bordas", "nicolas.bordas@ac-limoges.fr"), "Qui est notre administrateur ?",
  """Bonjour,

Pour valider mon inscription, l'Espace Acheteur me renvoie vers « l'administrateur de votre structure ». Personne au collège (0192036K) ne sait qui c'est ! Pouvez-vous me donner son nom ?

Merci,
N. Bordas, gestionnaire""")

m("account_creation", True, "0230707U", "espace_acheteur", "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account. account_creation, not password_reset.",
  ("Agnès Tixier", "agnes.tixier@ac-limoges.fr"), "Pas de compte",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai tout simplement jamais eu de compte sur l'Espace Acheteur, j'arrive de l'Éducation nationale côté écoles. Le bouton « mot de passe oublié » ne donne donc rien.

Comment je crée mon compte pour le collège (0230707U) ?

Agnès Tixier""", hard=True)

m("account_creation", False, "0331888Y", "espace_acheteur", "fr",
  "A college opened at this rentrée: its UAI is not in the list when signing up; a person must add or check it.",
  ("Mathieu Saint-Martin", "mathieu.saint-martin@ac-bordeaux.fr"), "Établissement introuvable à l'inscription",
  """Bonjour,

Notre collège a ouvert ses portes le 1er septembre 2025 (nouveau collège de Bordeaux-Brazza, UAI 0331888Y). Lors de l'inscription sur l'Espace Acheteur, l'établissement n'apparaît pas dans la liste et je ne peux pas aller plus loin.

Pouvez-vous l'ajouter ?

Mathieu Saint-Martin
Gestionnaire""", hard=True)

m("account_creation", False, "0240791E", "espace_acheteur", "fr",
  "Account works; asks for order-management rights to be opened.",
  ("Christelle Vidal", "christelle.vidal@ac-bordeaux.fr"), "Droits de commande",
  """Bonjour,

Mon compte Espace Acheteur fonctionne mais je n'ai accès qu'à la consultation. Je suis la nouvelle gestionnaire du collège de Périgueux (0240791E) et je dois pouvoir commander. Pouvez-vous m'ouvrir les droits ?

Merci,
Christelle Vidal""")

m("account_creation", False, "0641357C", "espace_acheteur", "fr",
  "Account waiting for validation for ten days; the structure administrator left in July: the region must step in.",
  ("Iñaki Goyhenetche", "inaki.goyhenetche@ac-bordeaux.fr"), "Compte en attente depuis 10 jours",
  """Bonjour,

Mon compte Espace Acheteur est en attente de validation depuis le 5 septembre. L'administratrice de la structure était l'ancienne gestionnaire, partie en juillet : personne ne peut donc valider.

Lycée d'Hendaye, 0641357C. Merci de nous débloquer.

I. Goyhenetche""")

m("account_creation", True, None, "espace_acheteur", "en",
  "English; a newly arrived teacher asks how to get an account: the sign-up form answer fits.",
  ("Laura Mitchell", "laura.mitchell@ac-bordeaux.fr"), "How do I get an account?",
  """Hello,

I've just started as a teacher coordinating purchases for the English department at a lycée in Bordeaux. My colleagues told me to "get an account on the Espace Acheteur". How do I sign up?

Thank you,
Laura Mitchell""")

m("account_creation", False, "0860480E", "esidoc", "fr",
  "Asks how to create accounts for the new 6e pupils on the e-sidoc portal: pupils' access comes from the ENT, not from the sign-up procedure; a person must explain.",
  ("Sébastien Renou", "sebastien.renou@ac-poitiers.fr"), "Comptes des nouveaux élèves",
  """Bonjour,

Comment crée-t-on les comptes des élèves de 6e arrivés cette année sur le portail e-sidoc ? L'an passé, mon prédécesseur avait fait quelque chose mais je ne sais pas quoi, et les nouveaux élèves ne peuvent ni réserver ni voir leur compte lecteur.

Collège de Loudun, 0860480E.

Merci,
S. Renou""", hard=True)

m("account_creation", True, "0870357R", "espace_acheteur", "fr",
  "The secretary asks how the new adjoint gestionnaire can get an Espace Acheteur account: the sign-up answer fits.",
  ("Secrétariat intendance", "intendance.0870357r@ac-limoges.fr"), "Compte pour notre nouvel adjoint",
  """Bonjour,

Notre nouvel adjoint gestionnaire, M. Bourdeix, doit avoir un accès à l'Espace Acheteur. Pouvez-vous nous indiquer la démarche pour lui créer un compte ? (Lycée, 0870357R)

Bien cordialement,
Le secrétariat d'intendance""")

m("account_creation", False, None, "espace_acheteur", "fr",
  "A private agricultural school asks whether it may open a buyer account: eligibility must be checked by a person.",
  ("Maison familiale rurale", "direction@mfr-chalosse.fr"), "Ouverture d'un compte acheteur",
  """Bonjour,

Nous sommes une maison familiale rurale (établissement privé sous contrat avec le ministère de l'Agriculture) dans les Landes. Pouvons-nous ouvrir un compte sur l'Espace Acheteur pour bénéficier des marchés ? Si oui, quelle est la procédure ?

Cordialement,
La direction""")

# ---------------------------------------------------------------- subscription_activation
m("subscription_activation", True, "0161035N", "esidoc", "fr",
  "Europresse ordered yesterday, not visible yet: within the 72-hour window.",
  ("Valérie Bouchet", "valerie.bouchet@ac-poitiers.fr"), "Europresse pas visible",
  """Bonjour,

J'ai commandé hier l'abonnement Europresse pour le lycée (0161035N) et je ne le vois pas encore dans le portail. Combien de temps faut-il compter ?

Merci,
Valérie Bouchet""")

m("subscription_activation", False, "0171334H", "esidoc", "fr",
  "Universalis ordered on 29 August, still not active on 16 September: past the 72-hour rule, a person must check the order.",
  ("Pierre-Yves Baron", "pierre-yves.baron@ac-poitiers.fr"), "Abonnement Universalis toujours inactif",
  """Bonjour,

Nous avons commandé Universalis le 29 août (commande validée, bon d'engagement transmis). Nous sommes le 16 septembre et la ressource n'est toujours pas active sur le portail du collège (0171334H). Les professeurs de SVT comptaient dessus.

Pouvez-vous regarder ce qui bloque ?

P.-Y. Baron""", date="2025-09-16T10:12:40")

m("subscription_activation", True, "0190359M", "esidoc", "fr",
  "Cafeyn is active but not published for pupils: how to publish the resource on the portal.",
  ("Laetitia Chabrol", "laetitia.chabrol@ac-limoges.fr"), "Publier Cafeyn pour les élèves",
  """Bonjour,

L'abonnement Cafeyn est bien actif dans la gestion, mais les élèves ne le voient pas sur le portail du CDI. Comment le publier ? (Collège de Brive, 0190359M)

Merci !
Laetitia""")

m("subscription_activation", True, "0230839M", "esidoc", "fr",
  "Written by the principal, but she only asks when the new subscription will be available: not a head-of-establishment request.",
  ("Christine Auclair", "christine.auclair@ac-limoges.fr"), "Disponibilité de l'abonnement",
  """Bonjour,

Principale du collège d'Aubusson (0230839M), je me permets de vous écrire car notre documentaliste est en formation cette semaine. Nous avons souscrit lundi un abonnement à la presse en ligne : quand sera-t-il accessible aux élèves ?

Bien cordialement,
Christine Auclair""", hard=True)

m("subscription_activation", True, "0240924Z", "esidoc", "fr",
  "Negation: 'ce n'est pas un problème de mot de passe'; the renewed subscription still shows as expired in 'Mes abonnements', renewal two days ago.",
  ("Romain Delpech", "romain.delpech@ac-bordeaux.fr"), "Abonnement renouvelé mais expiré",
  """Bonjour,

Ce n'est pas un problème de mot de passe, je me connecte très bien ! Mais dans « Mes abonnements », le bouquet presse apparaît toujours « expiré » alors que le renouvellement a été commandé avant-hier.

Collège de Bergerac, UAI 0240924Z.

Cordialement,
Romain Delpech""", hard=True)

m("subscription_activation", True, "0330785Z", "esidoc", "en",
  "English; newly ordered online newspaper subscription not visible yet (ordered on Monday).",
  ("Emma Lloyd", "emma.lloyd@ac-bordeaux.fr"), "Subscription not showing",
  """Hi,

We ordered the online press subscription for the library on Monday (school code 0330785Z) but it doesn't show up on our portal yet. Is there a delay before it's activated?

Cheers,
Emma""")

m("subscription_activation", True, "0400294C", "esidoc", "fr",
  "Order placed on Friday, not visible on Monday morning: within 72 hours.",
  ("Gaëlle Destribats", "gaelle.destribats@ac-bordeaux.fr"), "Ressource commandée vendredi",
  """Bonjour,

Commande de la ressource Le Monde des ados numérique passée vendredi après-midi, toujours rien ce lundi matin sur notre portail (0400294C). Est-ce normal ?

Gaëlle Destribats""", date="2025-09-15T08:05:11")

m("subscription_activation", True, "0470331E", "esidoc", "fr",
  "Active subscription not visible to pupils through the ENT: publication step.",
  ("Mélanie Cuzacq", "melanie.cuzacq@ac-bordeaux.fr"), "Ressource invisible depuis l'ENT",
  """Bonjour,

Notre abonnement à une ressource numérique est actif (je la vois dans la gestion), mais les élèves qui passent par l'ENT n'y ont pas accès depuis le portail. Faut-il faire une manipulation pour la rendre visible ?

Lycée d'Agen, 0470331E.

Merci,
Mélanie""")

m("subscription_activation", False, "0640819T", "esidoc", "fr",
  "Two topics: a subscription not yet visible and the purchase convention missing from the documents; needs a person.",
  ("Pantxika Irigoyen", "pantxika.irigoyen@ac-bordeaux.fr"), "Abonnement + convention",
  """Bonjour,

1. L'abonnement commandé le 10 septembre n'apparaît pas encore sur le portail du collège (0640819T).
2. Notre gestionnaire ne trouve pas la convention correspondante dans les documents contractuels, elle en a besoin pour le mandatement.

Pouvez-vous nous aider sur les deux points ?

Pantxika Irigoyen""", hard=True)

m("subscription_activation", True, "0791792U", "esidoc", "fr",
  "'Mes abonnements' empty after the rentrée; subscriptions ordered on Tuesday.",
  ("Benoît Chauvin", "benoit.chauvin@ac-poitiers.fr"), "Mes abonnements vide",
  """Bonjour,

Depuis mardi, jour de notre commande, la rubrique « Mes abonnements » du portail (0791792U) est vide. J'imagine qu'il y a un délai d'activation, mais je préfère vérifier.

Benoît Chauvin""")

m("subscription_activation", True, "0860312X", "esidoc", "fr",
  "New BTS section: ordered a digital resource and asks how to put it online for the students.",
  ("Aurore Pichon", "aurore.pichon@ac-poitiers.fr"), "Mise en ligne d'une ressource",
  """Bonjour,

Le lycée (0860312X) ouvre cette année une section de BTS et nous avons pris un abonnement à une base de données juridique pour ces étudiants. La commande date d'avant-hier. Comment la mettre en ligne sur le portail une fois activée ?

Merci d'avance,
Aurore Pichon, documentaliste""")

m("subscription_activation", True, None, "esidoc", "fr",
  "Short mobile message: subscription not yet accessible; no UAI, region from ac-limoges.fr.",
  ("Marc Nouaille", "marc.nouaille@ac-limoges.fr"), "abonnement",
  """Bonjour, l'abonnement pris ce matin n'est pas encore accessible sur le portail, c'est normal ?
Marc""", style="b64", mailer=None)

# ---------------------------------------------------------------- order_billing
m("order_billing", False, "0870408W", "esidoc", "fr",
  "Asks for a formal quote for the renewal of the portal, needed before the conseil d'administration votes the budget.",
  ("Denis Chastagnol", "denis.chastagnol@ac-limoges.fr"), "Demande de devis renouvellement",
  """Bonjour,

Pourriez-vous nous adresser un devis pour le renouvellement de l'abonnement au portail documentaire du lycée (0870408W) pour 2026 ? Il doit être présenté au conseil d'administration de fin septembre.

Cordialement,
D. Chastagnol, gestionnaire""")

m("order_billing", False, "0161146J", "espace_acheteur", "fr",
  "The bon d'engagement upload fails at order validation ('fichier trop volumineux').",
  ("Sandra Guérin", "sandra.guerin@ac-poitiers.fr"), "Impossible de joindre le bon d'engagement",
  """Bonjour,

Au moment de valider notre commande de rentrée sur l'Espace Acheteur, le dépôt du bon d'engagement échoue : « fichier trop volumineux ». Le PDF fait 6 Mo (scan couleur). Quelle est la taille maximale ?

Collège de Confolens, 0161146J.

Sandra Guérin""")

m("order_billing", False, "0172187K", "esidoc", "fr",
  "Order validated in July, invoice still not on Chorus Pro.",
  ("Michel Bernard", "michel.bernard@ac-poitiers.fr"), "Facture absente de Chorus",
  """Bonjour,

La commande de renouvellement validée le 4 juillet n'a toujours pas fait l'objet d'une facture sur Chorus Pro. L'agence comptable nous la réclame pour l'exercice en cours. Lycée de Jonzac, 0172187K.

Pouvez-vous la déposer ?

Michel Bernard""", style="qp")

m("order_billing", False, "0191923M", "esidoc", "fr",
  "Invoice received twice (paper and Chorus); asks to cancel the duplicate.",
  ("Josiane Lapeyre", "josiane.lapeyre@ac-limoges.fr"), "Facture en double",
  """Bonjour,

Nous avons reçu deux fois la même facture (une par courrier, une sur Chorus, avec deux numéros différents) pour l'abonnement du CDI. Pouvez-vous annuler l'une des deux afin d'éviter un double paiement ?

Collège de Tulle - 0191923M

J. Lapeyre""")

m("order_billing", False, None, "espace_acheteur", "fr",
  "Saved basket from before the holidays disappeared (baskets are kept 15 days).",
  ("Bruno Fillon", "bruno.fillon@ac-poitiers.fr"), "Panier disparu",
  """Bonjour,

J'avais préparé fin juin un panier complet pour les fournitures de rentrée sur l'Espace Acheteur. Il a disparu ! Y a-t-il un moyen de le récupérer ? Sinon je dois tout ressaisir (une centaine de lignes).

Bruno Fillon""")

m("order_billing", False, "0230388X", "espace_acheteur", "fr",
  "Asks whether the order may be paid by mandat administratif and where to send the RIB request: payment means.",
  ("Odile Marchand", "odile.marchand@ac-limoges.fr"), "Mode de paiement",
  """Bonjour,

Nouvelle dans la fonction, je découvre l'Espace Acheteur. Pouvez-vous me confirmer que le paiement se fait par mandat administratif après réception de la facture, et me transmettre vos coordonnées bancaires ?

Collège de La Souterraine (0230388X).

Merci,
Odile Marchand""", style="latin1")

m("order_billing", False, None, "esidoc", "en",
  "English; asks for the invoice to be addressed to the accounting office rather than the library.",
  ("James Holloway", "j.holloway@bordeaux-britannia-school.fr"), "Invoice address",
  """Hello,

Could you please make out future invoices for our library subscriptions to the school's accounts office (Attn. Accounts, same postal address) rather than to the librarian? The last one went to the library and took three weeks to reach us.

Thanks,
James Holloway
Bursar's office""", style="alt")

m("order_billing", False, "0241889Y", "esidoc", "fr",
  "HTML-only Outlook: invoice amount (with the euro sign) differs from the quote.",
  ("Francis Tessier", "francis.tessier@ac-bordeaux.fr"), "Écart entre devis et facture",
  """Bonjour,

La facture reçue pour le renouvellement du portail s'élève à 1 284,00 € TTC alors que le devis signé indiquait 1 176,00 € TTC. Pouvez-vous nous expliquer cet écart ou émettre une facture rectificative ?

Collège de Nontron, UAI 0241889Y.

Cordialement,
F. Tessier
Adjoint gestionnaire""", style="html", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# ---------------------------------------------------------------- transfer_incident
m("transfer_incident", False, "0330324Y", "ecoledirecte", "fr",
  "EcoleDirecte transfers stopped since the rentrée; the new classes are not visible to parents.",
  ("Collège Saint-Joseph - Vie scolaire", "viescolaire@stjoseph-blaye.fr"), "Transferts EcoleDirecte bloqués",
  """Bonjour,

Depuis le 1er septembre, les transferts vers EcoleDirecte ne passent plus : les nouvelles classes de 6e et les emplois du temps n'apparaissent pas pour les familles. Le dernier transfert réussi date du 4 juillet.

Établissement 0330324Y.

Merci de votre aide rapide, les parents appellent sans arrêt.

La vie scolaire""")

m("transfer_incident", False, None, "ecoledirecte", "fr",
  "New server installed over the summer: the licence must be regenerated.",
  ("Alain Guichard", "alain.guichard@ensemble-scolaire-niort.fr"), "Licence après changement de serveur",
  """Bonjour,

Nous avons changé de serveur pendant l'été. Au lancement de Charlemagne, message « licence invalide pour ce poste ». Pouvez-vous nous régénérer la licence ?

Alain Guichard
Responsable informatique""")

m("transfer_incident", False, None, "ecoledirecte", "fr",
  "Asks for today's maintenance password to repair the database: transfer_incident, not password_reset.",
  ("Sylvain Rocher", "s.rocher@lycee-prive-stmartin.fr"), "Mot de passe de maintenance",
  """Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je dois lancer une réparation de la base avant le prochain transfert.

Merci,
S. Rocher""", hard=True)

m("transfer_incident", False, None, "ecoledirecte", "fr",
  "The new antivirus installed at the rentrée quarantines Charlemagne Outils, so transfers no longer run.",
  ("Nathalie Perrin", "n.perrin@institution-ste-marie-saintes.fr"), "Outils bloqué par l'antivirus",
  """Bonjour,

Notre prestataire a installé un nouvel antivirus à la rentrée et depuis, l'exécutable Outils est mis en quarantaine. Les transferts vers EcoleDirecte ne se font plus. Quelles exclusions faut-il paramétrer ?

Nathalie Perrin""", style="alt")

m("transfer_incident", False, "0400436G", "ecoledirecte", "fr",
  "Transfer ends with an error code; grades from the first tests are not published.",
  ("Jérémy Dupin", "jeremy.dupin@notre-dame-dax.fr"), "Erreur lors du transfert",
  """Bonjour,

Le transfert de ce matin s'est terminé avec « Erreur 500 - échec de la réplication ». Les premières notes de l'année ne remontent donc pas aux familles.

Établissement 0400436G.

Pouvez-vous regarder ?

Jérémy Dupin""")

m("transfer_incident", False, None, "ecoledirecte", "fr",
  "Replication re-initialisation needed after restoring a backup; HTML-only.",
  ("Service informatique", "informatique@college-ste-therese-pau.fr"), "Réinitialisation de la réplication",
  """Bonjour,

Suite à la restauration d'une sauvegarde du 28 août, la réplication vers EcoleDirecte est désynchronisée. Merci de nous indiquer comment la réinitialiser, ou de le faire de votre côté.

Le service informatique""", style="html")

m("transfer_incident", False, None, "ecoledirecte", "fr",
  "Several Outils processes stuck; transfers hang. Short message from a phone.",
  ("Hugo Marsac", "hugo.marsac@gmail.com"), "Transfert qui tourne dans le vide",
  """Bonjour, le transfert EcoleDirecte tourne depuis ce matin sans finir, il y a 4 processus Outils.exe dans le gestionnaire des tâches. Je les tue ou pas ?
Hugo, collège privé de Libourne""", style="plain")

# ---------------------------------------------------------------- contract_documents
m("contract_documents", False, "0470749J", "espace_acheteur", "fr",
  "The market documents of the 2025 textbook market do not appear in 'Mes Marchés' for the new gestionnaire.",
  ("Claudine Roques", "claudine.roques@ac-bordeaux.fr"), "Documents du marché manuels scolaires",
  """Bonjour,

Je ne retrouve pas les pièces du marché « manuels scolaires 2025 » dans la rubrique « Mes Marchés ». Ma collègue, qui a un compte plus ancien, les voit. Collège de Marmande, 0470749J.

Cordialement,
Claudine Roques""")

m("contract_documents", False, None, "espace_acheteur", "fr",
  "Amendment no. 1 to the furniture market is announced but not in the contract documents.",
  ("Thierry Dumas", "thierry.dumas@ac-limoges.fr"), "Avenant n°1 introuvable",
  """Bonjour,

Le courrier du 2 septembre annonce un avenant n°1 au marché de mobilier scolaire, mais je ne le trouve pas dans les documents contractuels du marché. Où puis-je le consulter ?

Thierry Dumas""")

m("contract_documents", False, "0790595T", "espace_acheteur", "fr",
  "The membership convention opens as an empty PDF.",
  ("Laurence Héraud", "laurence.heraud@ac-poitiers.fr"), "Convention d'adhésion vide",
  """Bonjour,

Quand j'ouvre la convention d'adhésion de notre collège (0790595T) depuis l'Espace Acheteur, le PDF s'affiche vide (0 page). Pouvez-vous la remettre en ligne ?

Merci,
L. Héraud""")

m("contract_documents", False, "0640819T", "espace_acheteur", "fr",
  "Same collège as another message of this set, now only about the CCAP: the document link gives 'accès refusé'.",
  ("Maite Olharan", "maite.olharan@ac-bordeaux.fr"), "CCAP inaccessible",
  """Bonjour,

En tant que gestionnaire du collège (0640819T), je n'arrive pas à télécharger le CCAP du marché de restauration : « accès refusé ». Les autres documents s'ouvrent.

Pouvez-vous vérifier mes droits sur ce document ?

Maite Olharan""", style="qp")

m("contract_documents", False, None, "espace_acheteur", "en",
  "English; asks where the signed market documents for the catering contract can be found on the new platform.",
  ("Peter Grant", "peter.grant@bordeaux-britannia-school.fr"), "Where are the contract documents?",
  """Hello,

Since the move to the new buyer space, I can no longer find the signed documents for our catering framework agreement (the agreement itself and the price schedule). They used to be under 'My contracts'. Where are they now?

Best regards,
Peter Grant""")

# ---------------------------------------------------------------- automated
m("automated", False, None, None, "fr",
  "Exchange out-of-office in French (teacher training week), Auto-Submitted and X-Auto-Response-Suppress, in reply to a ticket.",
  ("Lionel Arnaud", "l.arnaud@lycee-kyoto-poitiers.fr"), "Réponse automatique : [#SUP-071388] Votre demande d'accès e-sidoc",
  """Bonjour,

Je suis en formation jusqu'au vendredi 19 septembre inclus et ne consulterai pas ma messagerie. Pour toute urgence, merci de contacter le secrétariat au 05 49 00 00 00.

Cordialement,
Lionel Arnaud""", hdrs=AUTO_OOO + [("In-Reply-To", "<SUP-071388.1757500000.3c1d@assistance.example.fr>")],
  mailer=("X-Mailer", "Microsoft Outlook 16.0"), style="alt")

m("automated", False, None, None, "fr",
  "Academic webmail vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the ac-bordeaux.fr sender.",
  ("Corinne Laborde", "corinne.laborde@ac-bordeaux.fr"), "Absence - Re: [#SUP-071420] Mot de passe Espace Acheteur",
  """Bonjour,
Je suis absente jusqu'au 22 septembre (sortie d'intégration avec les élèves de seconde). Votre message sera traité à mon retour.
C. Laborde""", hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
  mailer=None, style="plain")

m("automated", False, None, None, "fr",
  "Zimbra vacation reply from an ac-poitiers.fr address (region from the domain): accompanying pupils on a trip.",
  ("Marc-Antoine Sabourin", "marc-antoine.sabourin@ac-poitiers.fr"), "Message d'absence",
  """Je suis en voyage scolaire à l'île d'Oléron avec les 6e du 15 au 17 septembre. Je répondrai à votre message dès mon retour.
Bonne journée""", hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], mailer=None, style="plain")

m("automated", False, None, None, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  ("Daniel Kerr", "daniel.kerr@gmail.com"), "Re: [#SUP-071466] Activation email never arrived",
  """Hi! I'm away at a conference until 18 September with limited access to email. I'll get back to you as soon as I can.
Daniel""", hdrs=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
                 ("In-Reply-To", "<SUP-071466.1757610000.b2e0@assistance.example.fr>")],
  mailer=None, style="alt")

m("automated", False, None, None, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
  ("Geneviève Mallet", "genevieve.mallet@college-st-exupery-royan.fr"), "Absente",
  """Bonjour,

Je suis actuellement absente et n'ai pas accès à mes messages. Je vous répondrai dès mon retour le lundi 22 septembre.

Pour les questions urgentes concernant l'intendance, merci d'écrire à intendance@college-st-exupery-royan.fr.

Geneviève Mallet""", hard=True, mailer=("X-Mailer", "Microsoft Outlook 16.0"), style="html")

_ct, _raw = dsn("mail.lycee-valin.fr", "guillaume.begaud@lycee-valin.fr", "[#SUP-071301] Mot de passe e-sidoc",
                "5.1.1", "550 5.1.1 <guillaume.begaud@lycee-valin.fr>: Recipient address rejected: User unknown",
                """This is the mail system at host mail.lycee-valin.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<guillaume.begaud@lycee-valin.fr>: host mail.lycee-valin.fr said: 550 5.1.1
    User unknown (in reply to RCPT TO command)""")
m("automated", False, None, None, "en",
  "Postfix bounce (multipart/report) for a new staff address that does not exist yet; null Return-Path.",
  ("Mail Delivery System", "MAILER-DAEMON@mail.lycee-valin.fr"), "Undelivered Mail Returned to Sender",
  "", ctype=_ct, raw=_raw, auth="null", mailer=None, hdrs=[("Auto-Submitted", "auto-replied")])

_ct, _raw = dsn("ac-limoges.fr", "sandrine.peyrat@ac-limoges.fr", "[#SUP-071330] Création de compte Espace Acheteur",
                "5.2.2", "552 5.2.2 Mailbox full",
                """Votre message n'a pas pu être remis à sandrine.peyrat@ac-limoges.fr : la boîte aux lettres du destinataire est pleine.

Ce message a été généré automatiquement par le système de messagerie. Merci de ne pas y répondre.""")
m("automated", False, None, None, "fr",
  "French bounce from the académie's mail system (mailbox full), multipart/report; region from the ac-limoges.fr sender.",
  ("Système de messagerie", "MAILER-DAEMON@ac-limoges.fr"), "Non distribuable : [#SUP-071330] Création de compte Espace Acheteur",
  "", ctype=_ct, raw=_raw, auth="null", mailer=None, hdrs=[("Auto-Submitted", "auto-replied")])

_ct, _raw = dsn("mx.google.com", "aurelie.dup0nt@gmail.com", "[#SUP-071349] Votre demande",
                "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist.",
                """** Address not found **

Your message wasn't delivered to aurelie.dup0nt@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""")
m("automated", False, None, None, "en",
  "Gmail 'Delivery Status Notification (Failure)' for a mistyped personal address.",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Failure)",
  "", ctype=_ct, raw=_raw, auth="null", mailer=None)

_ct, _raw = dsn("PAXP264MB0001.FRAP264.PROD.OUTLOOK.COM", "comptabilite@ogec-st-andre-niort.fr",
                "[#SUP-071360] Facture en double", "5.4.1",
                "550 5.4.1 Recipient address rejected: Access denied",
                """Non remis : [#SUP-071360] Facture en double

Votre message n'a pas pu être remis à comptabilite@ogec-st-andre-niort.fr car l'adresse est introuvable ou ne peut pas recevoir de courrier.

Diagnostic pour les administrateurs :
Serveur de génération : PAXP264MB0001.FRAP264.PROD.OUTLOOK.COM""")
m("automated", False, None, None, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  ("Microsoft Outlook", "postmaster@ogec-st-andre-niort.fr"), "Non remis : [#SUP-071360] Facture en double",
  "", ctype=_ct, raw=_raw, auth="null", mailer=None, hdrs=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])

_ct, _raw = mdn("stephanie.lacoste@ac-bordeaux.fr", "[#SUP-071395] Abonnement Europresse",
                """Votre message

  À : Stéphanie Lacoste
  Objet : [#SUP-071395] Abonnement Europresse
  Envoyé : mardi 16 septembre 2025 09:12:44 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 16 septembre 2025 09:40:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""")
m("automated", False, None, None, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-bordeaux.fr sender.",
  ("Stéphanie Lacoste", "stephanie.lacoste@ac-bordeaux.fr"), "Lu : [#SUP-071395] Abonnement Europresse",
  "", ctype=_ct, raw=_raw, mailer=("X-Mailer", "Microsoft Outlook 16.0"))

_ct, _raw = mdn("bruno.fillon.perso@orange.fr", "[#SUP-071402] Panier disparu",
                """This is a Return Receipt for the mail that you sent to bruno.fillon.perso@orange.fr.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.""")
m("automated", False, None, None, "en",
  "Thunderbird return receipt in English, multipart/report disposition-notification.",
  ("Bruno Fillon", "bruno.fillon.perso@orange.fr"), "Return Receipt (displayed) - [#SUP-071402] Panier disparu",
  "", ctype=_ct, raw=_raw, mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"))

m("automated", False, None, "esidoc", "fr",
  "A librarian's real question about e-sidoc pupil accounts, but posted to a regional librarians' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from the ac-poitiers.fr sender.",
  ("Nathalie Baudry", "nathalie.baudry@ac-poitiers.fr"), "[docs-poitiers] Comptes élèves e-sidoc à la rentrée ?",
  """Bonjour à toutes et à tous,

Question de rentrée : comment faites-vous pour que les nouveaux élèves de 6e aient accès à leur compte lecteur e-sidoc dès septembre ? Chez moi les comptes n'apparaissent qu'en octobre et je dois tout faire à la main.

Merci pour vos retours !
Nathalie, collège de Melle

--
Liste de diffusion des professeurs documentalistes de l'académie de Poitiers
Se désabonner : https://listes.ac-poitiers.fr/sympa/sigrequest/docs-poitiers""",
  hard=True, to="docs-poitiers@listes.ac-poitiers.fr",
  hdrs=[("List-Id", "<docs-poitiers.listes.ac-poitiers.fr>"), ("Precedence", "list"),
        ("List-Unsubscribe", "<https://listes.ac-poitiers.fr/sympa/sigrequest/docs-poitiers>"),
        ("Sender", "docs-poitiers-owner@listes.ac-poitiers.fr")], style="plain")

m("automated", False, None, None, "fr",
  "Publisher's rentrée newsletter (List-Unsubscribe, Precedence: bulk), HTML only.",
  ("Éditions Cap Jeunesse", "newsletter@capjeunesse-editions.fr"), "📚 Nos nouveautés de rentrée pour vos CDI",
  """Chères et chers documentalistes,

La rentrée est là ! Découvrez nos 24 nouveaux titres pour les collégiens : romans, documentaires et BD sélectionnés pour les programmes 2025-2026.

Jusqu'au 30 septembre, profitez de 10 % de remise sur les commandes passées par votre établissement.

Voir le catalogue : https://www.capjeunesse-editions.fr/rentree2025

Vous recevez ce message car vous êtes inscrit à notre lettre d'information. Se désinscrire : https://www.capjeunesse-editions.fr/desinscription""",
  hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:unsubscribe@capjeunesse-editions.fr>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "Sendinblue")], mailer=None, style="html")

m("automated", False, None, None, "fr",
  "Académie newsletter about digital education sent from a no-reply list address; region from the ac-bordeaux.fr sender.",
  ("Lettre DRANE Nouvelle-Aquitaine", "ne-pas-repondre@ac-bordeaux.fr"), "La lettre du numérique éducatif - septembre 2025",
  """LA LETTRE DU NUMÉRIQUE ÉDUCATIF - N° 41 - Septembre 2025

Au sommaire :
- Rentrée 2025 : les ENT de la région académique, mode d'emploi
- Éducation aux médias : inscriptions à la Semaine de la presse
- Webinaires de septembre pour les nouveaux enseignants

Cette lettre est envoyée automatiquement aux abonnés. Pour ne plus la recevoir, modifiez vos préférences sur le portail académique.""",
  hdrs=[("Precedence", "bulk"), ("List-Id", "<lettre-numerique.ac-bordeaux.fr>"),
        ("List-Unsubscribe", "<https://listes.ac-bordeaux.fr/unsubscribe/lettre-numerique>")], mailer=None, style="alt")

m("automated", False, None, "espace_acheteur", "fr",
  "No-reply notification to the desk (administrator of structures without one): a new account awaits validation. Auto-Submitted: auto-generated.",
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur s'est inscrit et attend la validation de son compte :
  Nom : Vialle Thomas
  Structure : Lycée Edmond-Perrier
  Date de la demande : 15/09/2025

Connectez-vous à votre espace d'administration pour valider ou refuser cette demande.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], mailer=None, style="qp")

m("automated", False, None, "espace_acheteur", "fr",
  "No-reply digest from the Espace Acheteur: orders awaiting validation this week. Auto-generated.",
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), "Récapitulatif hebdomadaire : 3 commandes en attente",
  """Bonjour,

Voici le récapitulatif des commandes en attente de validation sur les structures dont vous êtes administrateur :

- CMD-2025-18842 - Collège de Dax - 1 240,50 € HT - en attente depuis 6 jours
- CMD-2025-18907 - Lycée de Jonzac - 312,00 € HT - en attente depuis 3 jours
- CMD-2025-18911 - Collège de Tulle - 89,90 € HT - en attente depuis 2 jours

Ce message est généré automatiquement.""",
  hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")], mailer=None, style="alt")

m("automated", False, None, "ticket_portal", "fr",
  "Ticket-portal notification: a supplier updated a ticket the desk opened. Auto-Submitted: auto-generated.",
  ("Portail d'assistance", "notifications@tickets.example.fr"), "[Ticket #48213] Mise à jour : Lenteurs du portail à la rentrée",
  """Le ticket #48213 « Lenteurs du portail à la rentrée » a été mis à jour.

Nouveau statut : Résolu
Commentaire : Le correctif de performance a été déployé le 17/09 à 06:00. Merci de nous signaler toute nouvelle lenteur.

Consulter le ticket : https://tickets.example.fr/ticket/48213

Ne répondez pas à ce message.""",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply")], mailer=None, style="plain")

m("automated", False, None, "esignature", "fr",
  "E-signature 'document signé' notification for a membership convention: no Auto-Submitted or Precedence header; only the no-reply sender and the wording show it is automatic.",
  ("Signature électronique", "ne-pas-repondre@signature.example.fr"), "Document signé par toutes les parties : Convention d'adhésion 2025-2026",
  """Bonjour,

Le document « Convention d'adhésion 2025-2026 - Lycée de Rochefort » a été signé par toutes les parties.

Vous pouvez télécharger le document signé et son certificat de preuve pendant 30 jours depuis le lien ci-dessous :
https://signature.example.fr/d/7fa3c1e0

Cet e-mail a été envoyé automatiquement.""", hard=True, mailer=None, style="html")

_b = "----=_DMARC_%d" % RNG.randint(10**6, 10**7)
_zip = base64.encodebytes(bytes(RNG.getrandbits(8) for _ in range(420))).decode("ascii")
m("automated", False, None, None, "en",
  "DMARC aggregate report (zip attachment) sent to the desk's address.",
  ("DMARC Aggregate Report", "dmarc-noreply@reports.mailprovider.example"), "Report domain: assistance.example.fr Submitter: mailprovider.example Report-ID: 2025091500",
  "", ctype=f"multipart/mixed; boundary=\"{_b}\"",
  raw=(f"--{_b}\nContent-Type: text/plain; charset=\"us-ascii\"\n\nThis is an aggregate report from mailprovider.example.\n\n"
       f"--{_b}\nContent-Type: application/zip\nContent-Transfer-Encoding: base64\n"
       "Content-Disposition: attachment; filename=\"mailprovider.example!assistance.example.fr!1757808000!1757894399.zip\"\n\n"
       f"{_zip}\n--{_b}--\n"), mailer=None)

m("automated", False, None, None, "fr",
  "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from the ac-bordeaux.fr sender.",
  ("Assistance DSI académie", "assistance-dsi@ac-bordeaux.fr"), "[DSI-2025-33817] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous la référence DSI-2025-33817. Elle sera traitée par nos services dans les meilleurs délais.

Merci de conserver cette référence pour tout échange ultérieur.

Ceci est un message automatique, merci de ne pas y répondre.""",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dsi@ac-bordeaux.fr"), ("Precedence", "junk")], mailer=None, style="plain")

m("automated", False, None, None, "fr",
  "A school's MailInBlack sender-authentication challenge sent to the desk after it answered a ticket: names MailInBlack, but it is a machine-generated message, not a request about it.",
  ("Mailinblack", "noreply@mailinblack.com"), "Votre message à nicolas.bordas@college-ussel.fr est en attente",
  """Bonjour,

Vous avez envoyé un message à nicolas.bordas@college-ussel.fr. Ce destinataire est protégé par Mailinblack.

Pour que votre message lui soit remis, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :
https://challenge.mailinblack.com/c/9f2d71

Ce lien est valable 7 jours.""",
  hard=True, hdrs=[("Auto-Submitted", "auto-generated")], mailer=None, style="alt")

_ct, _raw = dsn("mx1.assistance.example.fr", "secretariat@college-lapeyrouse.fr", "[#SUP-071477] Réinitialisation",
                "4.4.1", "451 4.4.1 Connection timed out",
                """This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.""")
_raw = _raw.replace("Action: failed", "Action: delayed")
m("automated", False, None, None, "en",
  "Delay warning from our own relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
  ("Mail Delivery System", "MAILER-DAEMON@mx1.assistance.example.fr"), "Delayed Mail (still being retried)",
  "", ctype=_ct, raw=_raw, auth="null", mailer=None, hdrs=[("Auto-Submitted", "auto-replied")])

m("automated", False, None, None, "fr",
  "Town hall's automatic acknowledgement (Auto-Submitted: auto-replied) after the desk answered a primary school's municipal contact.",
  ("Mairie de Saint-Yrieix - Accueil", "accueil@mairie-saint-yrieix.fr"), "Accusé de réception automatique",
  """Madame, Monsieur,

Nous accusons réception de votre message. Les services municipaux sont ouverts du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h. Votre demande sera transmise au service concerné.

Ceci est une réponse automatique.""",
  hdrs=[("Auto-Submitted", "auto-replied")], mailer=None, style="plain")

m("automated", False, None, None, "fr",
  "Outlook out-of-office in French with the automation headers; region from the ac-limoges.fr sender.",
  ("Nicolas Bordas", "nicolas.bordas@ac-limoges.fr"), "Réponse automatique : [#SUP-071498] Qui est notre administrateur ?",
  """Bonjour,

Je suis en stage « prise de fonction des gestionnaires » au rectorat jusqu'au 18 septembre. Je traiterai votre message à mon retour.

Nicolas Bordas""", hdrs=AUTO_OOO, mailer=("X-Mailer", "Microsoft Outlook 16.0"), style="qp")

_ct, _raw = dsn("BN8PR12MB0001.namprd12.prod.outlook.com", "finance@bordeaux-britannia-school.fr",
                "[#SUP-071520] Invoice address", "5.7.1",
                "550 5.7.1 Delivery not authorized, message refused",
                """Delivery has failed to these recipients or groups:

finance@bordeaux-britannia-school.fr
Your message couldn't be delivered. The recipient's organisation only accepts mail from approved senders.""")
m("automated", False, None, None, "en",
  "Exchange Online 'Undeliverable:' NDR in English (sender restriction).",
  ("Microsoft Outlook", "postmaster@bordeaux-britannia-school.fr"), "Undeliverable: [#SUP-071520] Invoice address",
  "", ctype=_ct, raw=_raw, auth="null", mailer=None, hdrs=[("Auto-Submitted", "auto-replied")])

m("automated", False, None, None, "fr",
  "One-time verification code from a third-party service where someone entered the desk's address (no-reply, auto-generated).",
  ("Sécurité du compte", "no-reply@comptes.outilsclasse.example"), "Votre code de vérification : 482 913",
  """Bonjour,

Votre code de vérification est : 482 913

Il expire dans 10 minutes. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.""",
  hdrs=[("Auto-Submitted", "auto-generated")], mailer=None, style="alt")

# ---------------------------------------------------------------- other
m("other", False, None, None, "en",
  "English SEO spam.",
  ("Ryan | Growth Team", "ryan@rankboost-seo.example"), "Quick question about assistance.example.fr",
  """Hi there,

I was checking assistance.example.fr and noticed it isn't ranking for several high-value keywords in your niche. We've helped 300+ businesses reach page 1 of Google in 60 days.

Would you be open to a quick 15-minute call this week?

Best,
Ryan""", auth="none", style="alt")

m("other", False, None, None, "fr",
  "Phishing 'quota de messagerie dépassé, confirmez votre mot de passe': mentions a password but is not password_reset; the look-alike domain ac-bordeaux-webmail.com is not an académie domain, so no region.",
  ("Service Messagerie Académique", "support@ac-bordeaux-webmail.com"), "Votre boîte aux lettres a atteint 98 % de sa capacité",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota. Pour éviter la suspension de votre compte sous 24 heures, veuillez confirmer votre identifiant et votre mot de passe en cliquant ici :

http://ac-bordeaux-webmail.com/verification

Service informatique académique""", hard=True, auth="fail", style="html", mailer=None)

m("other", False, None, None, "fr",
  "Fake 'facture impayée' from an unknown sender with a link: phishing, not order_billing.",
  ("Recouvrement", "relance@factures-en-attente.example"), "Facture N°FA-2025-0917 impayée - relance avant pénalités",
  """Bonjour,

Sauf erreur de notre part, la facture N°FA-2025-0917 d'un montant de 2 340,00 € reste impayée à ce jour. Afin d'éviter l'application de pénalités de retard, merci de procéder au règlement sous 48 heures.

Télécharger la facture : https://factures-en-attente.example/FA-2025-0917

Service recouvrement""", hard=True, auth="fail", mailer=None)

m("other", False, None, "esidoc", "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-poitiers.fr.",
  ("Émilie Rabaud", "emilie.rabaud@ac-poitiers.fr"), "Re: [#SUP-071433] Identifiant ?",
  """Super, ça marche ! J'ai pu changer le mot de passe avec le lien. Merci beaucoup pour la rapidité.

Émilie

Le 12/09/2025 à 10:03, Assistance a écrit :
> Bonjour,
> Votre identifiant est le code UAI de l'établissement. Un lien de
> réinitialisation du mot de passe vient d'être envoyé.""", hard=True,
  hdrs=[("In-Reply-To", "<SUP-071433.1757664180.d901@assistance.example.fr>")], style="plain")

m("other", False, None, None, "fr",
  "'Bien reçu, merci' from a phone: nothing to do. Region from ac-limoges.fr.",
  ("Sylvie Aupetit", "sylvie.aupetit@ac-limoges.fr"), "Re: [#SUP-071341] Espace acheteur",
  """Bien reçu merci

Envoyé depuis mon smartphone Samsung Galaxy.""", style="b64", mailer=None)

m("other", False, None, None, "fr",
  "A parent asks for the school-supplies list of the 6e class: wrong address, unrelated.",
  ("Kevin Brunet", "kevin.brunet33@hotmail.fr"), "liste des fournitures 6eme",
  """Bonjour,
Mon fils est rentré en 6e au collège de Cenon et il a perdu la liste des fournitures. Pouvez-vous me la renvoyer ? Je ne trouve pas sur le site.
Merci
M. Brunet""", style="plain")

m("other", False, None, None, "fr",
  "Unsolicited internship application from a BTS student.",
  ("Inès Mercier", "ines.mercier.bts@gmail.com"), "Candidature stage BTS SIO - janvier 2026",
  """Madame, Monsieur,

Étudiante en 2e année de BTS SIO au lycée Gustave-Eiffel de Bordeaux, je recherche un stage de 6 semaines à partir de janvier 2026 dans le support informatique. Votre service d'assistance aux établissements m'intéresse particulièrement.

Vous trouverez mon CV en pièce jointe (je peux le renvoyer si besoin).

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Inès Mercier""")

m("other", False, None, None, "fr",
  "GDPR erasure request from a former librarian who left the profession: other (human review), not account_creation.",
  ("Roselyne Fauré", "roselyne.faure@orange.fr"), "Suppression de mes données personnelles",
  """Bonjour,

Ancienne professeure documentaliste (partie à la retraite cet été), je vous demande, conformément au RGPD, de supprimer toutes les données personnelles me concernant dans vos services : compte, adresse électronique, historique des demandes.

Merci de me confirmer la suppression.

Roselyne Fauré""")

m("other", False, None, "espace_acheteur", "fr",
  "Wants to register for the rentrée webinar on the Espace Acheteur; the registration link fails.",
  ("Hélène Lacaze", "helene.lacaze@ac-bordeaux.fr"), "Inscription au webinaire de rentrée",
  """Bonjour,

Je souhaite m'inscrire au webinaire « Prise en main de l'Espace Acheteur » du 23 septembre, mais le lien d'inscription de votre lettre d'information mène à une page d'erreur. Pouvez-vous m'inscrire directement ?

Hélène Lacaze""")

m("other", False, None, None, "fr",
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from ac-bordeaux.fr.",
  ("Gérard Pujol", "gerard.pujol@ac-bordeaux.fr"), "Toujours rien !!!",
  """Cela fait une semaine que j'ai écrit et personne ne m'a répondu. C'est inadmissible en pleine rentrée. J'attends un retour aujourd'hui.

G. Pujol""", style="plain")

m("other", False, None, None, "fr",
  "A teacher asks for media-literacy teaching resources for the Semaine de la presse: unrelated to the services. Region from ac-limoges.fr.",
  ("Céline Mazaud", "celine.mazaud@ac-limoges.fr"), "Ressources EMI",
  """Bonjour,

Je prépare avec mes 4e un projet d'éducation aux médias pour la Semaine de la presse. Auriez-vous des fiches pédagogiques ou des séquences clés en main à me conseiller ?

Merci,
Céline Mazaud, professeure de lettres""")

m("other", False, None, None, "fr",
  "Personal message sent to the desk by address autocomplete. Region from ac-poitiers.fr.",
  ("Julie Marchand", "julie.marchand@ac-poitiers.fr"), "samedi",
  """Coucou,
pour samedi c'est toujours bon ? On se retrouve au marché de Niort vers 10 h et on file à la plage après si il fait beau :)
Bises
Julie""", style="plain", mailer=("X-Mailer", "iPhone Mail (22A3354)"))

m("other", False, None, None, "en",
  "English partnership pitch from an edtech start-up.",
  ("Sofia Martins", "sofia@readwise-classroom.example"), "Partnership idea for French school libraries",
  """Hi team,

I'm the co-founder of ReadWise Classroom, a reading-tracking app used by 400 schools in Portugal and Spain. We'd love to explore an integration with the library portals you support in France, starting with pilot schools in Nouvelle-Aquitaine.

Would you have 20 minutes for a call in the coming weeks?

Best regards,
Sofia Martins""", style="alt")

m("other", False, None, None, "es",
  "Spanish: a Basque school across the border asks whether it can subscribe to French services for its French section; not a customer, no category fits.",
  ("Ainhoa Zubizarreta", "ainhoa.zubizarreta@ikastola-irun.example"), "Consulta sobre suscripción para nuestra sección francesa",
  """Buenos días:

Somos una ikastola de Irún con una sección bilingüe de francés. Nos gustaría saber si un centro escolar español puede suscribirse a sus servicios (portal de biblioteca) y en qué condiciones.

Muchas gracias de antemano.

Un saludo,
Ainhoa Zubizarreta
Coordinadora de la sección francesa""")

m("other", False, None, "esidoc", "fr",
  "Asks whether training sessions on e-sidoc exist for newly appointed librarians: a service question with no category of its own. Region from ac-bordeaux.fr.",
  ("Camille Darrigade", "camille.darrigade@ac-bordeaux.fr"), "Formation e-sidoc pour les nouveaux collègues",
  """Bonjour,

Nous sommes cinq nouveaux professeurs documentalistes dans le bassin de Libourne cette année. Proposez-vous des formations (même à distance) à la gestion du portail e-sidoc ? Nous aimerions nous organiser avant les vacances de la Toussaint.

Bien cordialement,
Camille Darrigade""")


# ---------------------------------------------------------------- writing and checks
def main():
    assert len(ENTRIES) == 150, len(ENTRIES)
    order = list(range(150))
    RNG.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        e = ENTRIES[idx]
        name = "h%03d.eml" % n
        data = render(n, e)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        region = region_for(e["uai"], e["frm"][1]) if e["region"] == "auto" else e["region"]
        labels.append({"file": name, "category": e["cat"], "auto_reply_ok": e["ok"],
                       "uai": e["uai"], "region": region, "platform": e["platform"],
                       "hard": e["hard"], "lang": e["lang"], "notes": e["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert len(files) == 150, len(files)
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh]
    assert len(labels) == 150
    keys = {"file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"}
    assert [lab["file"] for lab in labels] == files
    for lab in labels:
        assert set(lab) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"] and msg["Date"], lab["file"]
        assert "support@assistance.example.fr" in str(msg["To"]) or lab["category"] == "automated", lab["file"]
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None:
            body.get_content()
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
        sender = msg["From"].addresses[0].addr_spec
        assert lab["region"] == region_for(lab["uai"], sender), (lab, sender)
        assert lab["region"] is None or lab["region"] in REGIONS
    print("holdout136: 150 mails and labels written and checked")


if __name__ == "__main__":
    main()

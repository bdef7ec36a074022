#!/usr/bin/env python3
"""Build the holdout11 corpus (h001.eml ... h150.eml + labels.jsonl).

Hand-written support mails for a blind evaluation.  Stdlib only, deterministic:
running it twice produces byte-identical files.
"""
import base64
import hashlib
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DESK = "support@assistance.example.fr"
DESK_TO = "Assistance <support@assistance.example.fr>"
MAILS = []

# ---------------------------------------------------------------- helpers

def h(s):
    """Encode a header value if needed."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def a(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def _enc(body, charset, cte):
    raw = body.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\r\n", b"\n")
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def text(body, charset="utf-8", cte="8bit", flowed=False):
    ct = f"text/plain; charset={charset}" + ("; format=flowed" if flowed else "")
    return ([f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"], _enc(body, charset, cte))


def html(body, charset="utf-8", cte="quoted-printable"):
    return ([f"Content-Type: text/html; charset={charset}", f"Content-Transfer-Encoding: {cte}"],
            _enc(body, charset, cte))


def to_html(t, style="font-family: Calibri, sans-serif; font-size: 11pt"):
    import html as _h
    paras = []
    for line in t.split("\n"):
        paras.append(f"<div>{_h.escape(line) if line else '<br>'}</div>")
    return (f"<html><head><meta charset=\"utf-8\"></head><body><div style=\"{style}\">\n"
            + "\n".join(paras) + "\n</div></body></html>\n")


_bn = [0]


def multi(sub, *parts, extra_ct=""):
    _bn[0] += 1
    b = f"=_part_{_bn[0]:04d}_{hashlib.md5(str(_bn[0]).encode()).hexdigest()[:6]}"
    out = b"This is a multi-part message in MIME format.\n\n" if sub != "alternative" else b""
    for hdrs, body in parts:
        out += f"--{b}\n".encode() + "\n".join(hdrs).encode() + b"\n\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += f"--{b}--\n".encode()
    return ([f"Content-Type: multipart/{sub}; boundary=\"{b}\"{extra_ct}"], out)


def alt(t, html_body=None, cte="quoted-printable", charset="utf-8"):
    return multi("alternative", text(t, charset, cte), html(html_body or to_html(t), charset, cte))


def attach(filename, ctype, data):
    return ([f"Content-Type: {ctype}; name=\"{filename}\"",
             f"Content-Disposition: attachment; filename=\"{filename}\"",
             "Content-Transfer-Encoding: base64"], base64.encodebytes(data))


def fake_pdf(title):
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"% " + title.encode("utf-8") + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

BASE = datetime(2025, 9, 1, 7, 40, tzinfo=timezone(timedelta(hours=2)))


def _date(i):
    d = BASE + timedelta(minutes=(i * 1031) % (60 * 24 * 100))
    d = d.replace(hour=7 + (i * 7) % 12)
    if d.month >= 11 or (d.month == 10 and d.day >= 27):
        d = d.astimezone(timezone(timedelta(hours=1)))
    return d


def mail(frm, subject, entity, *, to=DESK_TO, cc=None, irt=None, refs=None, auth="pass",
         headers=(), return_path=None, relay=None, ua=None, mid_domain=None, reply_to=None,
         date=None, envelope=None):
    i = len(MAILS) + 1
    d = date or _date(i)
    email_addr = frm.split("<")[-1].rstrip(">").strip()
    dom = email_addr.split("@")[-1]
    relay = relay or f"smtp{1 + i % 5}.{dom}"
    rp = return_path if return_path is not None else f"<{envelope or email_addr}>"
    hx = hashlib.sha1(f'h11-{i}'.encode()).hexdigest()
    mid = f"<{hx[:6]}.{hx[6:12]}.{hx[12:18]}@{mid_domain or dom}>"
    lines = [f"Return-Path: {rp}", f"Delivered-To: {DESK}",
             f"Received: from {relay} ({relay} [203.0.113.{(i * 37) % 250 + 2}])",
             f"\tby mx1.assistance.example.fr (Postfix) with ESMTPS id H11Q{i:04d}X{i * 7919 % 100000:05d}",
             f"\tfor <{DESK}>; {format_datetime(d + timedelta(seconds=14))}"]
    if auth == "pass":
        lines += ["Authentication-Results: mx1.assistance.example.fr;",
                  f"\tdkim=pass (2048-bit key) header.d={dom};", f"\tspf=pass smtp.mailfrom={dom};",
                  f"\tdmarc=pass (p=none dis=none) header.from={dom}"]
    elif auth == "fail":
        lines += ["Authentication-Results: mx1.assistance.example.fr;", "\tdkim=none;",
                  f"\tspf=fail smtp.mailfrom={dom};", f"\tdmarc=fail (p=quarantine dis=none) header.from={dom}"]
    elif auth == "none":
        lines += ["Authentication-Results: mx1.assistance.example.fr;", "\tdkim=none;",
                  f"\tspf=none smtp.mailfrom={dom};", "\tdmarc=none"]
    lines += [f"From: {frm}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines += [f"Subject: {h(subject)}", f"Date: {format_datetime(d)}", f"Message-ID: {mid}"]
    if irt:
        lines += [f"In-Reply-To: {irt}", f"References: {refs or irt}"]
    if ua:
        lines.append(ua)
    lines += list(headers)
    lines.append("MIME-Version: 1.0")
    hdrs, body = entity
    raw = "\n".join(lines + hdrs).encode("utf-8") + b"\n\n" + body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw


def add(cat, ok, uai, region, platform, hard, lang, notes, raw):
    i = len(MAILS) + 1
    MAILS.append(({"file": f"h{i:03d}.eml", "category": cat, "auto_reply_ok": ok, "uai": uai,
                   "region": region, "platform": platform, "hard": hard, "lang": lang,
                   "notes": notes}, raw))


def desk_ref(n):
    return f"<SUP-{n:06d}.17{n % 9}0000000.a{n % 97:02d}f3@assistance.example.fr>"


TB = "User-Agent: Mozilla Thunderbird"
OL = "X-Mailer: Microsoft Outlook 16.0"
GM = "X-Mailer: Gmail"
AP = "X-Mailer: iPhone Mail (21G93)"
ZM = "X-Mailer: Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF128 (Win))"
AN = "X-Mailer: Outlook for Android"


def quote(t):
    return "\n".join(("> " + l) if l else ">" for l in t.split("\n"))


DESK_RESET = """Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour votre
établissement. Il est valable 12 heures et ne peut servir qu'une fois.

Cordialement,
L'équipe d'assistance"""

DESK_JUNK = """Bonjour,

Les messages automatiques de la plateforme partent d'une adresse no-reply.
Merci de vérifier votre dossier de courriers indésirables et d'autoriser
cet expéditeur. Sans amélioration sous 48 heures, répondez à ce message.

Cordialement,
L'équipe d'assistance"""

DESK_72H = """Bonjour,

Une ressource commandée est activée dans un délai de 72 heures après la
validation de la commande. Passé ce délai, répondez à ce message.

Cordialement,
L'équipe d'assistance"""

DESK_HUMAN = """Bonjour,

Votre demande a bien été enregistrée. Un membre de l'équipe d'assistance
vous répondra sous 48 heures ouvrées.

Cordialement,
L'équipe d'assistance"""

DESK_MIB = """Bonjour,

Votre messagerie est protégée par MailInBlack. Vous trouverez ci-joint le
guide pour autoriser nos expéditeurs. Votre service informatique peut aussi
ajouter notre domaine à la liste blanche.

Cordialement,
L'équipe d'assistance"""

# ================================================================ password_reset (23)

add("password_reset", True, "0697877M", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Librarian locked out of the e-sidoc back office after the holidays, UAI in the body: the plain reset case.",
    mail(a("Sandrine Morel", "sandrine.morel@ac-lyon.fr"), "Accès administration e-sidoc", text("""Bonjour,

Je n'arrive plus à entrer dans l'administration de notre portail e-sidoc,
le mot de passe que j'avais noté ne fonctionne plus. Notre identifiant est
0697877M.

Pouvez-vous m'envoyer un nouveau mot de passe ou un lien pour le changer ?

Merci d'avance,

Sandrine Morel
Professeure documentaliste
Collège Les Battières - Lyon 5e
""", flowed=True), ua=TB))

add("password_reset", True, "0339081S", "nouvelle-aquitaine", "esidoc", False, "fr",
    "Forgotten e-sidoc password, UAI only in the subject, written from a personal address.",
    mail(a("Julien Laborde", "julien.laborde33@gmail.com"), "mot de passe esidoc 0339081S", alt("""Bonjour

je suis le nouveau prof doc du lycée et je ne retrouve pas le mot de passe du portail, le précédent collègue est parti sans le laisser.
pouvez vous m'aider ?

Julien Laborde"""), ua=GM, relay="mail-sor-f41.google.com"))

add("password_reset", True, "0757938W", "ile-de-france", "espace_acheteur", False, "fr",
    "Gestionnaire lost both login and password of the Espace Acheteur; RNE written in the signature.",
    mail(a("Nadia Benali", "gestion.0757938w@ac-paris.fr"), "Identifiants Espace Acheteur perdus", alt("""Bonjour,

Je n'ai plus mes identifiants pour l'Espace Acheteur (ni l'identifiant exact, ni le mot de passe). Pourriez-vous me les renvoyer ou m'indiquer la procédure ?

Bien cordialement,

Nadia Benali
Adjointe gestionnaire
Lycée Maurice Ravel
89 cours de Vincennes, 75020 Paris
RNE : 0757938W
Tél. 01 44 64 12 30"""), ua=OL))

add("password_reset", True, "0590954S", "hauts-de-france", "esidoc", False, "en",
    "English: forgotten e-sidoc admin password, UAI given as the login.",
    mail(a("Emma Carlier", "emma.carlier@ac-lille.fr"), "Forgotten password - e-sidoc admin", text("""Hello,

I teach English and I am covering for our school librarian this term. I need
to log into the e-sidoc administration but nobody here remembers the password.
Our username is 0590954S.

Could you send a reset link please?

Kind regards,
Emma Carlier
Collège Jean Macé, Roubaix
"""), ua=TB))

add("password_reset", True, None, "bretagne", "esidoc", False, "fr",
    "Account locked after several wrong attempts; no UAI given, region from the ac-rennes.fr sender.",
    mail(a("Yannick Le Gall", "yannick.le-gall@ac-rennes.fr"), "Compte bloqué", text("""Bonjour,

À force d'essayer je crois que j'ai bloqué le compte administrateur du
portail documentaire (message "compte verrouillé"). Pouvez-vous le débloquer
ou m'envoyer de quoi réinitialiser le mot de passe ?

Yannick Le Gall
CDI du collège Pierre Loti
"""), ua=ZM))

add("password_reset", True, "0137145W", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
    "The reset link had expired by the time she clicked it; asks for a new one.",
    mail(a("Christelle Arnaud", "christelle.arnaud@ac-aix-marseille.fr"), "Lien de réinitialisation expiré", text("""Bonjour,

J'ai bien reçu hier le mail pour réinitialiser le mot de passe e-sidoc mais
je ne l'ai ouvert que ce matin et la page m'indique que le lien a expiré.
Pourriez-vous m'en renvoyer un ? Établissement 0137145W.

Merci,
C. Arnaud
"""), ua=TB))

add("password_reset", True, "0442631W", "pays-de-la-loire", "esidoc", True, "fr",
    "Negations: mail is received and MailInBlack is ruled out; the actual need is an unknown password, so password_reset.",
    mail(a("Hélène Guérin", "helene.guerin@ac-nantes.fr"), "Question mot de passe portail", text("""Bonjour,

Je précise d'emblée : ce n'est pas un problème de messagerie, nous n'avons
pas MailInBlack et je reçois bien vos mails. Le souci, c'est que je ne
connais tout simplement pas le mot de passe administrateur du portail
e-sidoc : il n'a jamais été noté nulle part au CDI.

Identifiant (UAI) : 0442631W

Merci de me dire comment le récupérer.
Hélène Guérin, professeure documentaliste
"""), ua=TB))

add("password_reset", True, None, "occitanie", "esidoc", True, "fr",
    "Code 0317031Y has a wrong check letter (the digits give 0317031Z), so no UAI; region from the ac-toulouse.fr sender.",
    mail(a("Pierre Castan", "pierre.castan@ac-toulouse.fr"), "mdp oublié e-sidoc", text("""Bonjour,
j'ai oublié le mot de passe de l'admin e-sidoc du collège.
notre code établissement : 0317031Y
merci
Pierre Castan
"""), ua=AN))

add("password_reset", False, "0542458D", "grand-est", "esidoc", True, "fr",
    "Two requests: a lost password (first) and a question on an invoice; one template would answer only half.",
    mail(a("Martine Fischer", "martine.fischer@ac-nancy-metz.fr"), "Deux questions", alt("""Bonjour,

1) Je n'arrive plus à me connecter à l'administration de notre e-sidoc (mot de passe refusé). Notre UAI est 0542458D.

2) Par ailleurs, notre gestionnaire me demande pourquoi la facture du renouvellement n'a pas encore été déposée sur Chorus Pro, la commande date de septembre.

Merci pour votre aide sur ces deux points.

Martine Fischer
Documentaliste - Collège Jacques Callot, Vandœuvre-lès-Nancy"""), ua=OL))

add("password_reset", True, "0938145Y", "ile-de-france", "esidoc", True, "fr",
    "The secretariat writes from the ce.<UAI> official address (UAI only there) and asks for the link on that address.",
    mail(a("Secrétariat Collège Jean Jaurès", "ce.0938145Y@ac-creteil.fr"), "Réinitialisation mot de passe portail CDI", text("""Bonjour,

Le professeur documentaliste est en arrêt et la remplaçante n'a pas le mot
de passe du portail. Pouvez-vous envoyer le lien de réinitialisation sur
cette adresse (boîte officielle de l'établissement) ? Nous le lui
transmettrons.

Cordialement,
Le secrétariat de direction
"""), ua=ZM))

add("password_reset", False, "0295490K", "bretagne", "esidoc", False, "fr",
    "Reply to the reset answer: the link went to a departed colleague's mailbox that nobody can open; a person must take over.",
    mail(a("Gaëlle Quéré", "gaelle.quere@ac-rennes.fr"), "Re: [#SUP-006214] Mot de passe e-sidoc", text("""Bonjour,

Merci, mais le lien est parti sur l'adresse de mon prédécesseur qui a été
supprimée à son départ en retraite. Personne ne peut donc l'ouvrir.
Comment faire maintenant ?

Gaëlle Quéré
Lycée de l'Élorn - 0295490K

Le 15/09/2025 à 09:02, Assistance a écrit :
""" + quote(DESK_RESET) + "\n"), irt=desk_ref(6214), ua=TB))

add("password_reset", True, None, None, "espace_acheteur", False, "en",
    "English buyer at a town hall forgot the Espace Acheteur password; no UAI, non-academic sender.",
    mail(a("Mark Dupont", "m.dupont@mairie-saint-avold.fr"), "Password reset Espace Acheteur", alt("""Hi,

I can't remember my password for the Espace Acheteur and the reset page says my email is unknown. Maybe the account was created with the generic address of our purchasing office?

Thanks,
Mark Dupont
Purchasing office, Town hall"""), ua=OL))

add("password_reset", True, "0148482U", "normandie", "esidoc", False, "fr",
    "Two-line phone message (base64 body): portal password lost, UAI given.",
    mail(a("Lucie Marie", "lucie.marie@ac-normandie.fr"), "mdp", text("""Bonjour, j'ai perdu le mot de passe e-sidoc, UAI 0148482U. Merci de me renvoyer un lien.
Envoyé depuis Outlook pour Android""", cte="base64"), ua=AN))

add("password_reset", True, "0371791W", "centre-val-de-loire", "esidoc", True, "fr",
    "Reply on an old subscription ticket: the subscription is now fine and the new message clearly asks for a password reset.",
    mail(a("Élodie Besnard", "elodie.besnard@ac-orleans-tours.fr"), "RE: [#SUP-005980] Abonnement Cafeyn non visible", alt("""Bonjour,

Merci, l'abonnement apparaît bien maintenant.

Autre chose en revanche : ma collègue a modifié le mot de passe de l'administration e-sidoc avant de partir en congé et je ne le connais pas. Pouvez-vous m'envoyer un lien de réinitialisation ? UAI 0371791W.

Élodie Besnard

-----Message d'origine-----
De : Assistance [mailto:support@assistance.example.fr]
Envoyé : jeudi 11 septembre 2025 14:20
À : Élodie Besnard <elodie.besnard@ac-orleans-tours.fr>
Objet : RE: [#SUP-005980] Abonnement Cafeyn non visible

""" + DESK_72H), irt=desk_ref(5980), ua=OL))

add("password_reset", True, "0560171G", "bretagne", "esidoc", True, "fr",
    "The UAI appears only inside the portal address, in lower case (0560171g.esidoc.fr).",
    mail(a("Morgane Le Bihan", "morgane.lebihan@ac-rennes.fr"), "Connexion impossible back-office", text("""Bonjour,

Quand je vais sur https://0560171g.esidoc.fr et que je clique sur
"Connexion", mes identifiants sont refusés. J'ai dû les oublier pendant
l'été. Que dois-je faire pour en obtenir de nouveaux ?

Morgane
"""), ua=TB))

add("password_reset", True, "9741690U", "la-reunion", "esidoc", False, "fr",
    "Newly arrived librarian who was never given the password; UAI in the signature; Réunion time zone.",
    mail(a("Johan Payet", "johan.payet@ac-reunion.fr"), "Mot de passe administrateur e-sidoc", text("""Bonjour,

Je viens d'arriver au collège et on ne m'a jamais transmis le mot de passe
pour gérer notre portail. Personne au secrétariat ne l'a non plus.

Merci de votre retour,

Johan Payet
Professeur documentaliste
Collège Bois de Nèfles - 9741690U
Saint-Denis, La Réunion
""", cte="quoted-printable"), ua=TB,
         date=datetime(2025, 9, 18, 10, 5, tzinfo=timezone(timedelta(hours=4))) ))

add("password_reset", False, "0349382N", "occitanie", "ecoledirecte", True, "fr",
    "Lost EcoleDirecte administrator password, explicitly not the daily maintenance password: no reset template for this product.",
    mail(a("Olivier Rouquette", "olivier.rouquette@ensemble-scolaire-ste-marie.fr"), "Mot de passe administrateur EcoleDirecte", alt("""Bonjour,

Je ne parle pas du mot de passe de maintenance du jour, que j'ai bien : c'est le mot de passe du compte administrateur EcoleDirecte de l'établissement que nous avons perdu suite au départ de notre informaticien.

UAI 0349382N

Cordialement,
Olivier Rouquette
Responsable informatique"""), ua=OL))

add("password_reset", True, "0210960E", "bourgogne-franche-comte", "esidoc", False, "fr",
    "Password expired and the old one forgotten; ISO-8859-1 8-bit body.",
    mail(a("Anne Dubreuil", "anne.dubreuil@ac-dijon.fr"), "Mot de passe expiré", text("""Bonjour,

Le portail m'indique que mon mot de passe a expiré et me demande l'ancien
pour le changer... que je n'ai plus en tête. Pouvez-vous réinitialiser le
compte de l'établissement 0210960E ?

Bien à vous,
Anne Dubreuil
Lycée Gustave Eiffel, Dijon
""", charset="iso-8859-1"), ua="User-Agent: Mozilla/5.0 (Windows NT 10.0; rv:78.0) Gecko/20100101 Thunderbird/78.14.0"))

add("password_reset", True, "0629559D", "hauts-de-france", "espace_acheteur", False, "fr",
    "HTML-only Outlook: the buyer account mailbox is shared and nobody knows the password.",
    mail(a("Patricia Lenoir", "intendance@lycee-condorcet-lens.fr"), "Mot de passe Espace Acheteur", html("""<html><body><p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">Notre adresse intendance est partagée par trois agents et aucun ne connaît le mot de passe de l'Espace Acheteur. Pouvez-vous nous aider à le réinitialiser ?</p>
<p class="MsoNormal">UAI : 0629559D</p>
<p class="MsoNormal">Cordialement,<br>Patricia Lenoir<br>Service intendance</p></body></html>"""), ua=OL))

add("password_reset", False, "9722154J", "martinique", "esidoc", True, "en",
    "English; wants the new password sent to her personal Gmail, which is not on file: no automatic answer.",
    mail(a("Sophie Jean-Louis", "sophie.jeanlouis972@gmail.com"), "e-sidoc password", text("""Good morning,

I lost the e-sidoc admin password for our school (UAI 9722154J). Please send
the new password directly to this Gmail address, I don't have access to the
school mailbox from home.

Thank you,
Sophie Jean-Louis
"""), ua=GM, relay="mail-wr1-f52.google.com"))

add("password_reset", True, "7207278Y", "corse", "esidoc", False, "fr",
    "Lost password, Haute-Corse UAI prefix 720.",
    mail(a("Marie-Ange Santoni", "marie-ange.santoni@ac-corse.fr"), "Oubli mot de passe", text("""Bonjour,

Pourriez-vous m'envoyer un lien pour réinitialiser le mot de passe de notre
e-sidoc ? Je l'ai oublié.

Collège de Corte - 7207278Y

Merci beaucoup
Marie-Ange Santoni
"""), ua=TB))

add("password_reset", True, "0862132A", "nouvelle-aquitaine", "esidoc", False, "fr",
    "The gestionnaire forwards (Outlook 'TR:') the librarian's lost-password message and asks for a link.",
    mail(a("Thierry Bonnet", "thierry.bonnet@ac-poitiers.fr"), "TR: portail CDI", alt("""Bonjour,

Je vous transfère la demande de notre documentaliste. Pouvez-vous lui renvoyer un lien pour changer le mot de passe ?

T. Bonnet, gestionnaire

________________________________
De : Laure Morin <laure.morin@ac-poitiers.fr>
Envoyé : lundi 6 octobre 2025 08:47
À : Thierry Bonnet <thierry.bonnet@ac-poitiers.fr>
Objet : portail CDI

Thierry, je n'ai plus le mot de passe du portail e-sidoc (0862132A), tu peux voir avec l'assistance ? Merci ! Laure"""), ua=OL))

add("password_reset", True, "0450032R", "centre-val-de-loire", "esidoc", False, "fr",
    "Short iPhone message: forgotten password for the CDI portal, UAI given.",
    mail(a("Camille Roy", "camille.roy@ac-orleans-tours.fr"), "Mot de passe CDI", text("""Bonjour, j'ai oublié le mot de passe du portail du CDI (0450032R). Pouvez-vous me renvoyer un lien ? Merci

Envoyé de mon iPhone"""), ua=AP))
# ================================================================ automated (21)

OOO = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
       "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"]

add("automated", False, None, "ile-de-france", None, False, "fr",
    "Exchange out-of-office (Auto-Submitted, X-Auto-Response-Suppress) answering a desk mail; region from ac-versailles.fr.",
    mail(a("Bruno Lefèvre", "bruno.lefevre@ac-versailles.fr"), "Réponse automatique : [#SUP-006301] Votre demande",
         alt("""Bonjour,

Je suis en formation jusqu'au vendredi 26 septembre inclus et je consulterai mes messages à mon retour.
En cas d'urgence, merci de contacter la vie scolaire au 01 39 51 00 00.

Bruno Lefèvre"""), irt=desk_ref(6301), headers=OOO, ua=OL))

add("automated", False, None, None, None, False, "en",
    "English Gmail vacation responder with Auto-Submitted: auto-replied.",
    mail(a("Rachel Owens", "rachel.owens@bilingual-school-lyon.org"), "Out of office: Re: Your quote request",
         text("""Thank you for your email. I am away on a school trip until October 3rd with
limited access to email. I will reply as soon as possible after my return.

Rachel Owens
Head Librarian"""), headers=["Auto-Submitted: auto-replied", "Precedence: bulk"], irt=desk_ref(6320)))

add("automated", False, "0836909J", "provence-alpes-cote-d-azur", None, True, "fr",
    "Zimbra vacation reply from a ce.<UAI> address that mentions orders, invoices and passwords in passing; UAI from the address.",
    mail(a("Intendance Lycée du Coudon", "ce.0836909J@ac-nice.fr"), "Absence - Intendance",
         text("""Bonjour,

Le service intendance est fermé pendant les vacances de la Toussaint.
Les commandes, factures et demandes de mot de passe seront traitées à
partir du lundi 3 novembre.

Le service intendance"""), headers=["Auto-Submitted: auto-replied (zimbra; vacation)"], ua=ZM, irt=desk_ref(6402)))

add("automated", False, None, None, None, False, "en",
    "Postfix bounce: multipart/report delivery-status with the original attached, null Return-Path.",
    mail(a("Mail Delivery System", "MAILER-DAEMON@mx2.college-sainte-anne.fr"), "Undelivered Mail Returned to Sender",
         multi("report",
               text("""This is the mail system at host mx2.college-sainte-anne.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<cdi@college-sainte-anne.fr>: host mx2.college-sainte-anne.fr said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)
""", cte="7bit"),
               (["Content-Type: message/delivery-status"], b"""Reporting-MTA: dns; mx2.college-sainte-anne.fr
Arrival-Date: Tue, 23 Sep 2025 09:12:40 +0200 (CEST)

Final-Recipient: rfc822; cdi@college-sainte-anne.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""),
               (["Content-Type: message/rfc822"], b"""From: Assistance <support@assistance.example.fr>
To: cdi@college-sainte-anne.fr
Subject: [#SUP-006355] Abonnement
Date: Tue, 23 Sep 2025 09:12:39 +0200
Message-ID: <SUP-006355.1758611559@assistance.example.fr>
Content-Type: text/plain; charset=us-ascii

Bonjour, votre abonnement est actif.
"""), extra_ct="; report-type=delivery-status"),
         return_path="<>", auth="none", headers=["Auto-Submitted: auto-replied"]))

add("automated", False, None, None, None, False, "fr",
    "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
    mail(a("Microsoft Outlook", "postmaster@lycee-pro-jean-monnet.fr"), "Non remis : [#SUP-006377] Votre demande de devis",
         multi("report",
               alt("""Votre message n'a pas pu être remis à achats@lycee-pro-jean-monnet.fr.

L'adresse de messagerie est introuvable. Vérifiez l'orthographe de l'adresse du destinataire.

Serveur de génération : PR1P264MB2013.FRAP264.PROD.OUTLOOK.COM"""),
               (["Content-Type: message/delivery-status"], b"""Reporting-MTA: dns;PR1P264MB2013.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr

Final-Recipient: rfc822;achats@lycee-pro-jean-monnet.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found
"""),
               (["Content-Type: text/rfc822-headers"], b"""From: Assistance <support@assistance.example.fr>
To: achats@lycee-pro-jean-monnet.fr
Subject: [#SUP-006377] Votre demande de devis
Message-ID: <SUP-006377.1758700000@assistance.example.fr>
"""), extra_ct="; report-type=delivery-status"),
         return_path="<>", headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "]))

add("automated", False, None, None, None, True, "en",
    "qmail-style plain-text bounce: no multipart/report, no Auto-Submitted; only MAILER-DAEMON and the null Return-Path show it.",
    mail(a("", "MAILER-DAEMON@mail.ogec-saint-joseph.fr"), "failure notice",
         text("""Hi. This is the qmail-send program at mail.ogec-saint-joseph.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<documentation@ogec-saint-joseph.fr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Subject: [#SUP-006390] Mot de passe e-sidoc

Bonjour,
Un lien de reinitialisation a ete envoye a l'adresse connue de l'etablissement.
""", charset="us-ascii", cte="7bit"), return_path="<>", auth="none"))

add("automated", False, None, "hauts-de-france", None, False, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-amiens.fr.",
    mail(a("Sylvie Caron", "sylvie.caron@ac-amiens.fr"), "Lu : [#SUP-006412] Activation de votre compte",
         multi("report",
               text("""Votre message

  À : Sylvie Caron
  Objet : [#SUP-006412] Activation de votre compte
  Envoyé : mercredi 24 septembre 2025 10:02:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 24 septembre 2025 10:40:56 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""", cte="quoted-printable"),
               (["Content-Type: message/disposition-notification"], b"""Final-Recipient: rfc822;sylvie.caron@ac-amiens.fr
Original-Message-ID: <SUP-006412.1758700931@assistance.example.fr>
Disposition: automatic-action/MDN-sent-automatically; displayed
"""), extra_ct="; report-type=disposition-notification"), ua=OL, irt=desk_ref(6412)))

add("automated", False, None, None, None, False, "en",
    "Thunderbird return receipt in English (disposition-notification).",
    mail(a("Tom Becker", "tom.becker@lycee-international-ferney.org"), "Return Receipt (displayed) - [#SUP-006420] Your invoice",
         multi("report",
               text("""This is a Return Receipt for the mail that you sent to tom.becker@lycee-international-ferney.org.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.""", cte="7bit", charset="us-ascii"),
               (["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\""], b"""Reporting-UA: lycee-international-ferney.org; Mozilla Thunderbird
Final-Recipient: rfc822;tom.becker@lycee-international-ferney.org
Original-Message-ID: <SUP-006420.1758800000@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""), extra_ct="; report-type=disposition-notification"), ua=TB, irt=desk_ref(6420)))

add("automated", False, None, None, None, False, "fr",
    "Publisher newsletter: List-Id, List-Unsubscribe, Precedence: bulk.",
    mail(a("La Lettre des CDI", "lettre@infos-cdi-editions.fr"), "Lettre d'octobre : 5 idées pour la Semaine de la presse",
         alt("""Découvrez ce mois-ci :
- 5 idées d'ateliers pour la Semaine de la presse et des médias
- Nos nouveaux abonnements numériques pour les lycées
- Webinaire : animer un club lecture

Vous recevez cette lettre car vous êtes inscrit à notre liste de diffusion.
Se désinscrire : https://infos-cdi-editions.fr/desinscription"""),
         headers=["List-Id: Lettre des CDI <lettre.infos-cdi-editions.fr>",
                  "List-Unsubscribe: <https://infos-cdi-editions.fr/desinscription?u=8f2a>",
                  "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
         relay="mta12.sendinblue-relay.example.net"))

add("automated", False, None, None, "espace_acheteur", False, "fr",
    "No-reply Espace Acheteur notification (new offer published) to the desk's account; Auto-Submitted: auto-generated.",
    mail(a("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), "Nouvelle offre publiée : Fournitures de bureau 2026",
         alt("""Bonjour,

Une nouvelle offre correspondant à vos alertes vient d'être publiée sur l'Espace Acheteur :
Fournitures de bureau et papier - marché 2025-214.

Ceci est un message automatique, merci de ne pas y répondre."""),
         headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]))

add("automated", False, None, None, "esidoc", False, "fr",
    "Automatic monthly statistics report of a portal, from a no-reply address with Auto-Submitted.",
    mail(a("e-sidoc - notifications", "noreply@esidoc.example.fr"), "Statistiques mensuelles de votre portail - septembre 2025",
         html("""<html><body><h2>Statistiques de septembre 2025</h2>
<table><tr><td>Visites</td><td>1 284</td></tr><tr><td>Recherches</td><td>3 907</td></tr><tr><td>Réservations</td><td>58</td></tr></table>
<p style="color:#888">Message généré automatiquement, merci de ne pas répondre.</p></body></html>"""),
         headers=["Auto-Submitted: auto-generated", "Precedence: bulk"]))

add("automated", False, None, None, "esignature", True, "fr",
    "E-signature 'all parties signed' notification without Auto-Submitted or Precedence: wording and no-reply sender show it is automatic.",
    mail(a("Signature électronique", "ne-pas-repondre@signature.example.fr"), "Document signé : Convention d'adhésion 2025-2026",
         alt("""Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion 2025-2026 ».
Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Télécharger le document : https://signature.example.fr/d/7Hq2kLp

Ce courriel a été envoyé automatiquement par le service de signature électronique.""")))

add("automated", False, None, "auvergne-rhone-alpes", None, True, "fr",
    "Out-of-office sent by a client-side rule: no Auto-Submitted, no In-Reply-To; only the wording shows it. Region from ac-grenoble.fr.",
    mail(a("Aurélie Vial", "aurelie.vial@ac-grenoble.fr"), "Absente", text("""Bonjour,

Je suis absente du 6 au 17 octobre. Votre message ne sera pas transféré.
Pour le CDI, merci de vous adresser à la vie scolaire.

Aurélie Vial
"""), ua=OL))

add("automated", False, None, None, None, True, "en",
    "A librarian's question about MailInBlack posted to a mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us.",
    mail(a("Karen Whitfield", "k.whitfield@british-school-paris.org"), "[school-librarians] MailInBlack blocking supplier emails?",
         text("""Hi all,

Has anyone else had MailInBlack swallowing the activation emails from
suppliers? Our IT says they can whitelist senders but I don't know which
addresses to give them. Any tips welcome.

Karen
British School Librarian

_______________________________________________
school-librarians mailing list
https://lists.example.org/listinfo/school-librarians"""), to="school-librarians@lists.example.org",
         headers=["List-Id: School librarians <school-librarians.lists.example.org>", "Precedence: list",
                  "List-Post: <mailto:school-librarians@lists.example.org>", "Sender: school-librarians-bounces@lists.example.org"],
         envelope="school-librarians-bounces@lists.example.org"))

add("automated", False, None, "nouvelle-aquitaine", None, False, "fr",
    "Another help desk's acknowledgement (Auto-Submitted, X-Loop) of a message the desk sent: answering would loop. Region from ac-bordeaux.fr.",
    mail(a("Assistance académique", "assistance@ac-bordeaux.fr"), "[INC0482213] Votre demande a bien été enregistrée",
         text("""Bonjour,

Votre demande a été enregistrée sous la référence INC0482213.
Elle sera traitée par nos services dans les meilleurs délais.

Merci de ne pas répondre à ce message.
Plateforme d'assistance académique"""),
         headers=["Auto-Submitted: auto-generated", "X-Loop: assistance@ac-bordeaux.fr"]))

add("automated", False, None, None, None, False, "en",
    "DMARC aggregate report with a zip attachment.",
    mail(a("noreply-dmarc-support@google.com", "noreply-dmarc-support@google.com"),
         "Report domain: assistance.example.fr Submitter: google.com Report-ID: 11873309274457723190",
         multi("mixed", text("This is an aggregate report from google.com.\n", cte="7bit", charset="us-ascii"),
               attach("google.com!assistance.example.fr!1759276800!1759363199.zip", "application/zip",
                      b"PK\x05\x06" + b"\x00" * 18)), relay="mail-sor-f69.google.com"))

add("automated", False, None, None, None, False, "en",
    "Our relay's delay warning (Action: delayed): not a failure, still automatic.",
    mail(a("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"), "Delayed Mail (still being retried)",
         multi("report",
               text("""This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<secretariat@ecole-les-tilleuls.fr>: connect to mx.ecole-les-tilleuls.fr: Connection timed out
""", cte="7bit", charset="us-ascii"),
               (["Content-Type: message/delivery-status"], b"""Reporting-MTA: dns; relay.assistance.example.fr

Final-Recipient: rfc822; secretariat@ecole-les-tilleuls.fr
Action: delayed
Status: 4.4.1
Will-Retry-Until: Mon, 13 Oct 2025 11:02:10 +0200 (CEST)
"""), extra_ct="; report-type=delivery-status"), return_path="<>", auth="none",
         headers=["Auto-Submitted: auto-replied"]))

add("automated", False, None, None, "ticket_portal", False, "fr",
    "Ticket-portal notification that a ticket was updated; Auto-Submitted: auto-generated.",
    mail(a("Portail d'assistance", "notifications@portail-tickets.example.fr"), "Ticket 58123 mis à jour : Export des notices",
         alt("""Bonjour,

Le ticket 58123 « Export des notices » a été mis à jour par l'éditeur.
Nouveau statut : En attente de votre retour.

Consulter le ticket : https://portail-tickets.example.fr/t/58123

Ceci est une notification automatique."""), headers=["Auto-Submitted: auto-generated"]))

add("automated", False, None, None, None, True, "fr",
    "A MailInBlack authentication challenge sent to the desk (machine mail asking us to click): not a user reporting a block, so automated.",
    mail(a("Mailinblack", "noreply@protect.mailinblack.example.com"), "Votre message est en attente de validation",
         html("""<html><body><p>Bonjour,</p>
<p>Vous avez envoyé un message à <b>cdi.college-vauban@laposte-edu.example.fr</b>. Ce destinataire est protégé par Mailinblack.</p>
<p>Pour que votre message soit délivré, merci de confirmer que vous êtes bien un humain en cliquant ci-dessous :</p>
<p><a href="https://protect.mailinblack.example.com/auth/4f9a2">Je m'authentifie</a></p>
<p>Cette demande ne vous sera faite qu'une seule fois.</p></body></html>"""),
         headers=["Auto-Submitted: auto-replied"]))

add("automated", False, None, None, "esidoc", True, "fr",
    "Automatic basket-expiry reminder from a no-reply address: reads like an order question but nobody wrote it.",
    mail(a("Boutique e-sidoc", "no-reply@boutique-esidoc.example.fr"), "Votre panier sera supprimé dans 2 jours",
         alt("""Bonjour,

Votre panier enregistré le 22/09/2025 (3 articles, 412,00 € TTC) sera supprimé dans 2 jours.
Pour le conserver, validez votre commande ou joignez votre bon d'engagement.

Accéder au panier : https://boutique-esidoc.example.fr/panier

Ne répondez pas à ce message.""")))

add("automated", False, None, None, None, False, "en",
    "Microsoft 365 quarantine digest sent to the desk mailbox: a machine notification.",
    mail(a("Microsoft 365 Security", "quarantine@messaging.microsoft.com"), "Microsoft 365 security: You have messages in quarantine",
         html("""<html><body><p>Review these 2 messages that are being held for you.</p>
<table><tr><td>Sender</td><td>Subject</td></tr>
<tr><td>promo@cheap-toner.example</td><td>Toner -70%</td></tr>
<tr><td>info@seo-boost.example</td><td>Rank first on Google</td></tr></table>
<p>This is an automated message. Please do not reply.</p></body></html>"""),
         headers=["Auto-Submitted: auto-generated", "X-MS-Exchange-Organization-AutoResponseSuppress: All"],
         relay="mail-eopbgr.outbound.protection.outlook.com"))
# ================================================================ other (19)

add("other", False, None, None, None, False, "fr",
    "A parent asks about a school trip payment: wrong address, unrelated to the services.",
    mail(a("Karima Haddad", "karima.haddad75@hotmail.fr"), "Sortie scolaire de ma fille", text("""Bonjour,

Ma fille est en 5e B et je n'ai pas reçu le papier pour la sortie au
Futuroscope. Est-ce que je peux payer en deux fois ?

Merci
Mme Haddad
"""), relay="mail-db8eur05.outbound.protection.outlook.com"))

add("other", False, None, None, None, False, "en",
    "English SEO spam.",
    mail(a("Daniel from RankUp", "daniel@rankup-growth.example"), "Your website is losing 60% of its traffic",
         alt("""Hi there,

I ran a quick audit of assistance.example.fr and found 27 critical SEO issues that are costing you visitors every day.

We can fix all of them in 14 days for a flat fee. Can I send you the full report?

Best,
Daniel
Growth consultant"""), auth="none"))

add("other", False, None, None, None, True, "fr",
    "Phishing ('quota dépassé, confirmez votre mot de passe') from a look-alike domain: mentions a password but is not password_reset; no académie domain.",
    mail(a("Service Messagerie", "support@ac-creteil-messagerie.com"), "Action requise : votre boîte aux lettres est pleine",
         html("""<html><body><p>Cher utilisateur,</p>
<p>Votre boîte aux lettres a atteint <b>98 %</b> de son quota. Pour éviter la suspension de votre compte, confirmez votre identifiant et votre mot de passe dans les 24 heures :</p>
<p><a href="http://ac-creteil-messagerie.com/verif">Confirmer mon compte</a></p>
<p>Service informatique académique</p></body></html>"""), auth="fail"))

add("other", False, None, "grand-est", "esidoc", True, "fr",
    "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-reims.fr.",
    mail(a("Isabelle Rémy", "isabelle.remy@ac-reims.fr"), "Re: [#SUP-006488] Mot de passe e-sidoc", text("""Parfait, le lien a fonctionné et j'ai pu choisir un nouveau mot de passe.
Merci pour votre rapidité !

Isabelle

Le mar. 30 sept. 2025 à 11:04, Assistance <support@assistance.example.fr> a écrit :
""" + quote(DESK_RESET) + "\n"), irt=desk_ref(6488), ua=GM))

add("other", False, None, None, None, True, "fr",
    "Fake unpaid-invoice mail with an attachment from an unknown sender: phishing, not order_billing.",
    mail(a("Comptabilité Fournisseurs", "compta@factu-relance-pro.example"), "Relance : facture n° FA-2025-0917 impayée",
         multi("mixed", text("""Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée malgré notre
précédente relance. Merci de procéder au règlement sous 48 h afin d'éviter
des frais de recouvrement.

Ouvrez le document joint pour consulter le détail.

Service comptabilité"""), attach("FA-2025-0917.pdf.html", "text/html",
                                   b"<html><script>location='http://factu-relance-pro.example/x'</script></html>")),
         auth="fail"))

add("other", False, None, None, None, False, "fr",
    "Cold sales prospecting for anti-theft gates, written to one person: other, not automated.",
    mail(a("Guillaume Perrin", "g.perrin@securibib-solutions.fr"), "Antivol pour CDI et médiathèques", text("""Bonjour,

Je me permets de vous contacter car nous équipons de nombreux CDI en
portiques antivol RFID. Seriez-vous disponible 15 minutes la semaine
prochaine pour un échange téléphonique ?

Bien cordialement,
Guillaume Perrin
Chargé d'affaires - 06 12 48 77 90
"""), ua=OL))

add("other", False, None, "ile-de-france", None, False, "fr",
    "'Bien reçu, merci' from a phone: nothing to do. Region from ac-creteil.fr.",
    mail(a("Farid Mansouri", "farid.mansouri@ac-creteil.fr"), "Re: [#SUP-006512] Votre commande", text("""Bien reçu, merci.

Envoyé de mon iPhone"""), irt=desk_ref(6512), ua=AP))

add("other", False, None, None, None, False, "fr",
    "A person asks by hand to be removed from the newsletter: written by a person, so not automated.",
    mail(a("Josiane Marchal", "josiane.marchal@orange.fr"), "Désinscription", text("""Bonjour,
Je suis à la retraite depuis juin, merci de ne plus m'envoyer votre lettre
d'information.
Cordialement
J. Marchal
"""), relay="smtp.orange.fr"))

add("other", False, None, None, None, False, "en",
    "English partnership pitch from a reading-app start-up.",
    mail(a("Priya Nair", "priya@readquest.example.io"), "Partnership idea: gamified reading for your schools", text("""Hello,

I'm the co-founder of ReadQuest, a reading challenge app already used in
40 schools in Belgium. We'd love to integrate with your library portal so
pupils can log books they borrow. Who would be the right person to talk to?

Cheers,
Priya Nair
"""), ua=GM, relay="mail-ot1-f44.google.com"))

add("other", False, None, "occitanie", "esidoc", False, "fr",
    "Asks for the dates of the next e-sidoc training session: no category of its own. Region from ac-montpellier.fr.",
    mail(a("Bénédicte Sabatier", "benedicte.sabatier@ac-montpellier.fr"), "Formation e-sidoc", text("""Bonjour,

Est-ce que des sessions de formation à distance sur e-sidoc sont prévues
ce trimestre ? Nous sommes deux nouvelles collègues dans le bassin à être
intéressées.

Merci,
Bénédicte Sabatier
"""), ua=TB))

add("other", False, None, "normandie", None, True, "fr",
    "A circular-looking 'Information' mail (new switchboard number) typed by a secretary to all partners, no list or auto headers: a person wrote it, nothing asked.",
    mail(a("Secrétariat Lycée Jules Verne", "secretariat.jverne@ac-normandie.fr"), "INFORMATION - Changement de numéro de téléphone",
         alt("""Madame, Monsieur,

Nous vous informons qu'à compter du 1er octobre, le standard du lycée sera joignable au 02 31 44 80 00.
L'ancien numéro ne sera plus attribué.

Merci de mettre à jour vos fichiers.

Le secrétariat"""), to="undisclosed-recipients:;", ua=OL))

add("other", False, None, None, None, False, "fr",
    "A parent asks what personal data of her son the portal keeps (GDPR question): other, human review.",
    mail(a("Céline Garnier", "celine.garnier@free.fr"), "Données personnelles de mon fils", text("""Bonjour,

Mon fils utilise le portail du CDI de son collège. Je souhaiterais savoir
quelles données le concernant sont conservées et pendant combien de temps.

Cordialement,
Céline Garnier
"""), relay="smtp.free.fr"))

add("other", False, None, "pays-de-la-loire", None, True, "fr",
    "Mentions a solved password and MailInBlack issue only to say all is fine; the real point is a wrong phone number on the website.",
    mail(a("Sébastien Hamon", "sebastien.hamon@ac-nantes.fr"), "Petite remarque", text("""Bonjour,

Tout est réglé pour le mot de passe et pour MailInBlack, merci encore.

Je voulais seulement signaler que le numéro de téléphone affiché sur votre
page contact ne répond plus (message "numéro non attribué").

Bonne journée,
Sébastien Hamon
"""), ua=TB))

add("other", False, None, None, None, False, "en",
    "English crypto investment spam.",
    mail(a("Crypto Elite Club", "vip@crypto-elite-club.example"), "Turn 250 EUR into 12,000 EUR in 30 days",
         html("""<html><body><h1>Exclusive invitation</h1><p>Our AI trading robot made members 4,700% last year.</p>
<p><a href="http://crypto-elite-club.example/join">Claim your place now</a> - only 12 spots left!</p></body></html>"""),
         auth="fail"))

add("other", False, None, "bourgogne-franche-comte", None, False, "fr",
    "Personal message sent to the desk by address autocomplete. Region from ac-besancon.fr.",
    mail(a("Nathalie Gros", "nathalie.gros@ac-besancon.fr"), "Samedi", text("""Coucou Sophie,

Toujours d'accord pour samedi ? Je passe te prendre vers 10h, on ira au
marché puis déjeuner chez maman.

Bises,
Nath
"""), to="Assistance <support@assistance.example.fr>", ua=TB))

add("other", False, None, None, "esidoc", False, "fr",
    "How-to question on printing barcode labels in e-sidoc: no dedicated category.",
    mail(a("Valérie Chauvin", "cdi@college-prive-saint-exupery.fr"), "Impression étiquettes codes-barres", text("""Bonjour,

Comment imprimer des étiquettes de codes-barres pour les nouveaux
exemplaires depuis e-sidoc ? Je ne trouve pas l'option dans le menu.

Merci
Valérie Chauvin, documentaliste
"""), ua=TB))

add("other", False, None, None, None, True, "en",
    "English mail, supposedly from a supplier, asking to change the bank details for future invoices (payment-fraud pattern): other, not order_billing.",
    mail(a("Accounts - Bibliodis", "accounts@bibliodis-fr.example"), "Updated bank details for future payments",
         text("""Dear customer,

Please note that our bank details have changed following an internal audit.
All outstanding and future invoices must now be paid to the new account
below. Kindly confirm once your records are updated.

IBAN: GB29 NWBK 6016 1331 9268 19
BIC: NWBKGB2L

Regards,
Accounts department"""), auth="fail", reply_to="bibliodis.accounts@mail-box.example"))

add("other", False, None, "hauts-de-france", "ticket_portal", False, "fr",
    "How to close a ticket oneself on the ticket portal: a how-to question. Region from ac-lille.fr.",
    mail(a("Arnaud Delattre", "arnaud.delattre@ac-lille.fr"), "Clôturer un ticket", text("""Bonjour,

Sur le portail d'assistance, mon problème est résolu mais je ne vois pas
comment clôturer moi-même le ticket. Faut-il simplement ne pas répondre ?

Arnaud Delattre
"""), ua=TB))

add("other", False, None, "centre-val-de-loire", None, True, "fr",
    "Subject 'Accusé de réception' and formal wording look automatic, but a secretary typed it to acknowledge a paper letter: nothing to do.",
    mail(a("Secrétariat de direction", "secretariat.direction-clg-vinci@ac-orleans-tours.fr"), "Accusé de réception", text("""Madame, Monsieur,

Nous accusons réception de votre courrier du 2 octobre dernier et vous en
remercions. Il a été transmis à Monsieur le Principal.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Le secrétariat de direction
Collège Léonard de Vinci
"""), ua=ZM))
# ================================================================ missing_noreply_mail (17)

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "The sign-up confirmation mail of the Espace Acheteur never came; no anti-spam product named.",
    mail(a("Jérôme Vidal", "j.vidal@mairie-lunel-viel.fr"), "Pas de mail de confirmation", text("""Bonjour,

Je me suis inscrit hier sur l'Espace Acheteur pour la commune mais je n'ai
reçu aucun mail de confirmation. Comment finaliser l'inscription ?

Jérôme Vidal
Service marchés publics
"""), ua=OL))

add("missing_noreply_mail", True, "0933840U", "ile-de-france", "espace_acheteur", False, "fr",
    "Three requests for a new password, the mail never arrives, junk folder checked; no product named.",
    mail(a("Mélanie Dias", "melanie.dias@ac-creteil.fr"), "Mail nouveau mot de passe jamais reçu", alt("""Bonjour,

J'ai demandé trois fois un nouveau mot de passe sur l'Espace Acheteur, et je ne reçois jamais le mail. J'ai regardé dans les indésirables : rien.

Lycée Paul Éluard - UAI 0933840U

Merci
Mélanie Dias, secrétaire d'intendance"""), ua=OL))

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
    "English: the activation link of the buyer account never arrives.",
    mail(a("Laura Simmons", "laura.simmons@ecole-internationale-montpellier.org"), "No activation email", text("""Hello,

I registered on the Espace Acheteur three days ago and I'm still waiting for
the activation email. Nothing in my spam folder either. Could you resend it?

Thanks,
Laura Simmons
Bursar
"""), ua=GM))

add("missing_noreply_mail", True, "0679748G", "grand-est", "espace_acheteur", True, "fr",
    "MailInBlack is named only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.",
    mail(a("Florent Meyer", "florent.meyer@ac-strasbourg.fr"), "Mails automatiques non reçus", text("""Bonjour,

Avant que vous ne me parliez de MailInBlack : nous ne l'avons pas, et notre
messagerie académique n'a pas de filtre particulier. Pourtant aucun des
mails automatiques de l'Espace Acheteur (validation de compte, notifications)
n'arrive chez nous.

Florent Meyer, gestionnaire
Collège Erasme - 0679748G
"""), ua=TB))

add("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
    "The ticket portal's mail to set a password never arrived.",
    mail(a("Corinne Lambert", "corinne.lambert@lycee-saint-louis-prive.fr"), "Portail d'assistance : pas reçu le mail", text("""Bonjour,

On m'a créé un compte sur le portail d'assistance mais je n'ai jamais reçu
le mail qui permet de définir mon mot de passe. Pouvez-vous le renvoyer ?

Corinne Lambert
"""), ua=OL))

add("missing_noreply_mail", True, "0802439S", "hauts-de-france", "espace_acheteur", True, "fr",
    "Subject and opening read like a password problem, but the tool works and the new-password mail never arrives: missing_noreply_mail.",
    mail(a("Damien Leroy", "damien.leroy@ac-amiens.fr"), "Problème de mot de passe", text("""Bonjour,

J'ai un problème de mot de passe sur l'Espace Acheteur. Enfin, plus
exactement : je clique sur "mot de passe oublié", la page me confirme
qu'un mail est parti, mais ce mail n'arrive jamais (ni en boîte de
réception ni en indésirables).

UAI 0802439S

Damien Leroy
"""), ua=TB))

add("missing_noreply_mail", False, "0871710L", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "Reply after the junk-folder answer: still nothing after two days, asks for escalation; the template was already sent.",
    mail(a("Agnès Peyrat", "agnes.peyrat@ac-limoges.fr"), "Re: [#SUP-006533] Mail d'activation", text("""Bonjour,

J'ai fait tout ce que vous indiquez, autorisé l'expéditeur, vérifié les
indésirables... et toujours rien depuis 48 heures. Merci de transmettre à
l'équipe de l'académie.

Agnès Peyrat - 0871710L

Le lun. 6 oct. 2025 à 09:15, Assistance <support@assistance.example.fr> a écrit :
""" + quote(DESK_JUNK) + "\n"), irt=desk_ref(6533), ua=GM))

add("missing_noreply_mail", True, "0498985A", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "Structure administrator never receives the 'account to validate' notifications.",
    mail(a("Pascal Brochard", "pascal.brochard@ac-nantes.fr"), "Notifications de validation", alt("""Bonjour,

Je suis administrateur de la structure sur l'Espace Acheteur. Un collègue m'indique avoir créé son compte il y a une semaine, mais je n'ai reçu aucune notification pour le valider.

Pascal Brochard
Lycée Chevrollier, Angers
UAI 0498985A"""), ua=OL))

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "Very short phone message: confirmation mail still not received.",
    mail(a("Sandra", "sandra.blanc.gestion@gmail.com"), "mail confirmation", text("""Toujours pas reçu le mail de confirmation de l'espace acheteur depuis lundi.

Envoyé de mon iPhone"""), ua=AP, relay="mail-lf1-f47.google.com"))

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "Offer alerts subscribed on the Espace Acheteur never arrive.",
    mail(a("Franck Aubert", "f.aubert@cc-pays-de-gex.fr"), "Alertes non reçues", text("""Bonjour,

J'ai activé les alertes sur les nouvelles offres dans mon espace, mais je
ne reçois jamais rien alors que de nouvelles offres sont bien publiées.

Franck Aubert
Communauté de communes - achats
"""), ua=OL))

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook: suspects the local authority's filter but names no product.",
    mail(a("Christine Picard", "c.picard@departement-exemple.fr"), "Aucun mail de la plateforme", html("""<html><body><p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">Depuis notre changement de messagerie, plus aucun mail de l'Espace Acheteur ne nous parvient. Je soupçonne le filtrage du département, mais je ne sais pas quoi leur demander d'autoriser.</p>
<p class="MsoNormal">Cordialement,<br>Christine Picard<br>Direction de l'éducation</p></body></html>""", charset="windows-1252"), ua=OL))

add("missing_noreply_mail", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Thunderbird forward of a colleague's message: account validated but the first-login link never came. Region from ac-lyon.fr.",
    mail(a("Romain Girard", "romain.girard@ac-lyon.fr"), "Fwd: lien de première connexion", text("""Bonjour,

Je vous transfère le message de ma collègue, elle n'a toujours pas le lien.

Romain

-------- Message transféré --------
Sujet : lien de première connexion
Date : Tue, 7 Oct 2025 16:40:12 +0200
De : Manon Perret <manon.perret@ac-lyon.fr>
Pour : Romain Girard <romain.girard@ac-lyon.fr>

Romain, mon compte Espace Acheteur est validé d'après l'écran mais je n'ai
jamais reçu le lien pour me connecter la première fois. Tu peux voir ?
Manon
"""), ua=TB))

add("missing_noreply_mail", True, "9734536T", "guyane", "espace_acheteur", True, "en",
    "English; the UAI appears only in the lower-case ce.<UAI> sender address; automatic mails never arrive.",
    mail(a("Intendance", "ce.9734536t@ac-guyane.fr"), "Platform emails not arriving", text("""Hello,

We never receive the automatic emails from the Espace Acheteur (account
confirmation, password). Spam folder checked. Could you tell us the exact
sender so our IT can look at it?

Best regards,
Bursar's office
"""), ua=ZM))

add("missing_noreply_mail", True, "0251218N", "bourgogne-franche-comte", "esidoc", False, "fr",
    "Activation mail of the customer account (before a first online order) never came.",
    mail(a("Hervé Jacquot", "herve.jacquot@ac-besancon.fr"), "Compte client : mail d'activation", text("""Bonjour,

Pour passer notre première commande en ligne, j'ai ouvert le compte client
de l'établissement (0251218N). On m'annonçait un mail d'activation dans les
12 heures ; rien reçu depuis avant-hier.

Cordialement,
Hervé Jacquot, adjoint gestionnaire
"""), ua=TB))

add("missing_noreply_mail", True, "0770326L", "ile-de-france", "espace_acheteur", True, "fr",
    "Hearsay: the librarian writes for the gestionnaire, who says she never got the activation mail; still missing_noreply_mail.",
    mail(a("Patrick Henry", "patrick.henry@ac-creteil.fr"), "Pour notre gestionnaire", text("""Bonjour,

Je vous écris de la part de notre gestionnaire, Mme Tessier, qui n'a pas
d'accès à sa messagerie cette semaine : d'après elle, le mail d'activation
de son compte Espace Acheteur n'est jamais arrivé, alors que son inscription
date de dix jours.

Collège Les Tilleuls - UAI 0770326L

Merci pour elle,
Patrick Henry, professeur documentaliste
"""), ua=TB))

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "IT department: no automatic mail reaches the buyers since a migration; asks for the exact sender address; no product named.",
    mail(a("DSI Agglomération", "dsi-support@agglo-exemple.fr"), "Adresse d'expédition des mails automatiques", text("""Bonjour,

Depuis la migration de notre messagerie, aucun de nos cinq acheteurs ne
reçoit plus les mails automatiques de l'Espace Acheteur. Pour vérifier nos
règles de filtrage, pouvez-vous nous communiquer l'adresse et les serveurs
d'expédition ?

Le support informatique
"""), ua=OL))

add("missing_noreply_mail", True, "0306336Z", "occitanie", "esidoc", False, "fr",
    "The portal's no-reply reservation notifications no longer reach the CDI mailbox.",
    mail(a("CDI Lycée Albert Camus", "cdi.0306336z@ac-montpellier.fr"), "Notifications de réservation", text("""Bonjour,

Depuis la rentrée, le CDI ne reçoit plus les notifications automatiques de
réservation envoyées par le portail e-sidoc (adresse no-reply). Les élèves
réservent pourtant bien. Rien dans le dossier spam.

CDI - Lycée Albert Camus, Nîmes (0306336Z)
"""), ua=ZM))
# ================================================================ head_of_establishment_request (13)

add("head_of_establishment_request", False, "0931916C", "ile-de-france", "esidoc", False, "fr",
    "The principal writes from the ce.<UAI> address to ask for the admin password reset and a new contact address.",
    mail(a("Principal - Collège Gustave Courbet", "ce.0931916C@ac-creteil.fr"),
         "Demande de réinitialisation - portail e-sidoc - 0931916C", alt("""Madame, Monsieur,

En tant que principal du collège Gustave Courbet (UAI 0931916C), je vous demande de réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc et d'y associer désormais l'adresse de notre nouvelle professeure documentaliste : ines.kaci@ac-creteil.fr.

Avec mes remerciements,

Marc Delaunay
Principal"""), ua=ZM))

add("head_of_establishment_request", False, "0317974Z", "occitanie", "espace_acheteur", False, "fr",
    "The proviseur designates a new structure administrator on the Espace Acheteur and asks to close the former one's access.",
    mail(a("Proviseure Lycée Déodat de Séverac", "ce.0317974Z@ac-toulouse.fr"), "Changement d'administrateur Espace Acheteur",
         text("""Bonjour,

Je vous informe que Mme Claire Fabre, adjointe gestionnaire, devient
l'administratrice de notre structure sur l'Espace Acheteur à compter de ce
jour. Merci de supprimer les droits de M. Olivier Sanchez, qui a quitté
l'établissement en août.

Hélène Carrère
Proviseure
Lycée Déodat de Séverac - 0317974Z
"""), ua=ZM))

add("head_of_establishment_request", False, "0782310M", "ile-de-france", "espace_acheteur", False, "en",
    "English; the head of school names a new structure administrator and asks to remove the former one.",
    mail(a("Headmaster - Lycée International", "ce.0782310M@ac-versailles.fr"), "Change of structure administrator",
         text("""Dear Support team,

As head of the school (UAI 0782310M), I hereby ask you to make Mr James
Fournier, our new bursar, the administrator of our structure on the Espace
Acheteur, and to close the access of his predecessor, Mrs Anne Roussel.

Yours faithfully,
Richard Moreau
Proviseur
"""), ua=OL))

add("head_of_establishment_request", False, "0593930B", "hauts-de-france", "esidoc", True, "fr",
    "The librarian sends the head's signed letter (PDF) with the head in copy: a relayed written request that staff must check.",
    mail(a("Julie Vandenbroucke", "julie.vandenbroucke@ac-lille.fr"), "Courrier du proviseur - réinitialisation e-sidoc",
         multi("mixed", text("""Bonjour,

Comme demandé, vous trouverez ci-joint le courrier signé de notre
proviseur autorisant la réinitialisation du mot de passe administrateur de
notre portail et le changement d'adresse de contact. Il est en copie de ce
message.

Cordialement,
Julie Vandenbroucke
Lycée Baudelaire, Roubaix - 0593930B
"""), attach("courrier_proviseur_0593930B.pdf", "application/pdf", fake_pdf("Courrier proviseur"))),
         cc=a("Proviseur Lycée Baudelaire", "ce.0593930B@ac-lille.fr"), ua=TB))

add("head_of_establishment_request", False, "0132117F", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
    "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail box asking to move the admin address there: a probable spoof, still a head request for staff to refuse.",
    mail(a("Proviseur", "ce.0132117F@ac-aix-marseille.fr"), "URGENT changement adresse administrateur", text("""Bonjour,

Je suis le proviseur du lycée. Veuillez remplacer immédiatement l'adresse
de l'administrateur e-sidoc par proviseur.lycee13@gmail.com et m'y envoyer
le nouveau mot de passe. C'est urgent, je suis en déplacement.

Le Proviseur
"""), auth="fail", reply_to="proviseur.lycee13@gmail.com", relay="vps-41.hosting-cheap.example"))

add("head_of_establishment_request", False, "0260004N", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "A primary-school head (directrice d'école) asks to replace the contact address of the admin account with the school's address.",
    mail(a("Directrice École Jean Rostand", "ce.0260004N@ac-grenoble.fr"), "Modification de l'adresse de contact",
         text("""Bonjour,

Je suis la directrice de l'école élémentaire Jean Rostand de Valence
(0260004N). L'adresse de contact de notre portail BCD est celle d'une
ancienne collègue ; je vous demande de la remplacer par l'adresse de
l'école, celle d'où je vous écris.

Cordialement,
Sylvie Rey, directrice
"""), ua=ZM))

add("head_of_establishment_request", False, "0519290W", "grand-est", "esidoc", False, "fr",
    "Reply (Zimbra 'Mail original' quote) in which the proviseur gives the written request the desk asked for.",
    mail(a("Proviseur Lycée Colbert", "ce.0519290W@ac-reims.fr"), "Re: [#SUP-006571] Mot de passe e-sidoc", text("""Bonjour,

Je confirme par écrit ma demande : merci de réinitialiser le mot de passe
administrateur de notre portail e-sidoc et d'envoyer le lien à l'adresse de
l'établissement.

Bernard Collin, proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "gaelle.noel" <gaelle.noel@ac-reims.fr>
Envoyé: Mardi 7 Octobre 2025 10:31:02
Objet: [#SUP-006571] Mot de passe e-sidoc

Bonjour,

L'adresse enregistrée ne correspond pas à la vôtre. Le chef
d'établissement doit nous adresser une demande écrite.

Cordialement,
L'équipe d'assistance
"""), irt=desk_ref(6571), ua=ZM))

add("head_of_establishment_request", False, "0840491C", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
    "Written delegation: the head declares which staff member may validate orders for the establishment.",
    mail(a("Principal Collège Anselme Mathieu", "ce.0840491C@ac-aix-marseille.fr"), "Délégation validation des commandes",
         alt("""Madame, Monsieur,

Je soussigné, Christophe Blanc, principal du collège Anselme Mathieu (0840491C), autorise M. Karim Lahlou, gestionnaire, à valider en mon nom les commandes de l'établissement sur l'Espace Acheteur.

Cordialement,
Christophe Blanc"""), ua=OL))

add("head_of_establishment_request", False, "0357597T", "bretagne", "esidoc", False, "fr",
    "The principal authorises the renewal order and attaches the bon d'engagement (PDF).",
    mail(a("Principale Collège Anne de Bretagne", "ce.0357597T@ac-rennes.fr"), "Autorisation de commande - renouvellement",
         multi("mixed", text("""Bonjour,

J'autorise notre professeur documentaliste, M. Tanguy, à valider la commande
de renouvellement de nos abonnements. Vous trouverez ci-joint le bon
d'engagement signé.

Catherine Le Roux
Principale - 0357597T
"""), attach("BE_2025-118.pdf", "application/pdf", fake_pdf("Bon d'engagement 2025-118"))), ua=TB))

add("head_of_establishment_request", False, None, None, "esidoc", False, "en",
    "English; a nursery-school head gives her agreement for the reset from a personal address, no UAI: weak evidence for staff to check.",
    mail(a("Margaret Dubois", "maggie.dubois.ecole@gmail.com"), "Agreement for password reset", text("""Hello,

I am the head of the Les Coquelicots nursery school. I agree that our
teacher Ms Lopez may have the library portal password reset, as she
requested last week.

Kind regards,
Margaret Dubois
Headteacher
"""), ua=GM, relay="mail-ed1-f50.google.com"))

add("head_of_establishment_request", False, "0453045R", "centre-val-de-loire", "esidoc", True, "fr",
    "Subject names the old lost-password topic, but the principal now confirms from his phone (Apple quote of the librarian's mail) that the reset may be done.",
    mail(a("Jean-Luc Moreau", "jean-luc.moreau1@ac-orleans-tours.fr"), "Re: Mot de passe oublié portail CDI", text("""Je confirme, vous pouvez procéder à la réinitialisation.
J-L Moreau, principal

Envoyé de mon iPhone

> Le 8 oct. 2025 à 11:02, Laetitia Simon <laetitia.simon@ac-orleans-tours.fr> a écrit :
>
> Bonjour,
> Monsieur le Principal, l'assistance demande votre accord écrit pour
> réinitialiser le mot de passe e-sidoc du collège (0453045R).
> Merci,
> Laetitia
"""), cc=DESK_TO, to=a("Laetitia Simon", "laetitia.simon@ac-orleans-tours.fr"), ua=AP))

add("head_of_establishment_request", False, "0660142W", "occitanie", "espace_acheteur", True, "fr",
    "The body gives 0660142V (wrong check letter) but the sender address ce.0660142W@ac-montpellier.fr carries the valid UAI.",
    mail(a("Proviseur Lycée Arago", "ce.0660142W@ac-montpellier.fr"), "Nouvel administrateur de structure", text("""Madame, Monsieur,

Je désigne Mme Laure Pujol, gestionnaire, comme administratrice de notre
structure (UAI 0660142V) sur l'Espace Acheteur, en remplacement de
M. Serra parti à la retraite.

Le proviseur,
Alain Bosch
"""), ua=ZM))

add("head_of_establishment_request", False, "0940033A", "ile-de-france", "esidoc", False, "fr",
    "HTML-only Outlook letter: the principal asks for a reset so that a departed librarian loses access.",
    mail(a("Principal Collège Dulcie September", "ce.0940033A@ac-creteil.fr"), "Réinitialisation des accès e-sidoc",
         html("""<html><body><p class="MsoNormal">Madame, Monsieur,</p>
<p class="MsoNormal">Notre professeur documentaliste a quitté l'établissement sans transmettre ses accès. Je vous demande de réinitialiser le mot de passe administrateur de notre portail e-sidoc afin qu'il n'y ait plus accès, et d'envoyer le lien à l'adresse officielle du collège.</p>
<p class="MsoNormal">UAI : 0940033A</p>
<p class="MsoNormal">Cordialement,<br>Yves Martineau<br>Principal</p></body></html>""", charset="windows-1252"), ua=OL))
# ================================================================ mailinblack_spam (13)

add("mailinblack_spam", True, "0698932J", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "IT manager asks which senders to allow-list in MailInBlack.",
    mail(a("Stéphane Roux", "stephane.roux@ac-lyon.fr"), "Liste blanche MailInBlack", text("""Bonjour,

Je gère l'informatique de la cité scolaire (0698932J). Nos collègues ne
reçoivent pas vos mails de l'Espace Acheteur : ils sont retenus par
MailInBlack. Quelles adresses ou quels domaines dois-je autoriser ?

Stéphane Roux
Référent numérique
"""), ua=TB))

add("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "Clicked 'autoriser' in the MailInBlack notice but later mails are still held.",
    mail(a("Brigitte Lemoine", "b.lemoine@mairie-plougastel.fr"), "Toujours bloqué malgré autorisation", text("""Bonjour,

J'ai reçu un avis MailInBlack pour votre mail de confirmation, j'ai cliqué
sur "autoriser", mais les mails suivants de l'Espace Acheteur sont encore
mis de côté. Que faut-il faire de plus ?

Brigitte Lemoine, service achats
"""), ua=OL))

add("mailinblack_spam", True, "0570146Z", "grand-est", "espace_acheteur", False, "en",
    "English; MailinBlack quarantine keeps holding the activation links.",
    mail(a("David Klein", "david.klein@ac-nancy-metz.fr"), "Activation emails stuck in MailinBlack", text("""Hello,

Our activation links for the Espace Acheteur end up in the MailinBlack
quarantine and expire before we release them. School UAI: 0570146Z.
How can we allow your emails permanently?

Thanks,
David Klein
"""), ua=TB))

add("mailinblack_spam", False, "0768779E", "normandie", "espace_acheteur", True, "fr",
    "The sender-authentication challenge is described (click to prove you are human) without naming MailInBlack: a person should confirm the product before sending the guide.",
    mail(a("Nicolas Duval", "nicolas.duval@ac-normandie.fr"), "Vos mails n'arrivent pas", text("""Bonjour,

Un collègue qui vous a écrit a reçu en retour un message lui demandant de
cliquer sur un lien pour prouver qu'il n'était pas un robot, et vos mails
d'activation n'arrivent pas dans ma boîte. Je ne sais pas quel système la
région a installé. Pouvez-vous m'aider ?

Nicolas Duval
Lycée Jacques Prévert - 0768779E
"""), ua=TB))

add("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "Product spelled 'mail in black', no accents, typos.",
    mail(a("jc.fabre", "jc.fabre@wanadoo.fr"), "bloquage mail", text("""bonjour
vos mail pour lespace acheteur sont bloquer par mail in black chez nous,
comment faire pour les debloquer
merci
JC Fabre
"""), relay="smtp.orange.fr"))

add("mailinblack_spam", True, "0065517P", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
    "Junk folder already checked, but MailInBlack is named: mailinblack_spam.",
    mail(a("Laetitia Giordano", "laetitia.giordano@ac-nice.fr"), "Mails de validation introuvables", alt("""Bonjour,

Je ne trouve pas vos mails de validation, ni en boîte de réception ni dans les indésirables. Notre informaticien pense qu'ils sont retenus par Mailinblack, installé cet été.

Laetitia Giordano
Collège Jean Cocteau, Nice
UAI 0065517P"""), ua=OL))

add("mailinblack_spam", True, "0220780D", "bretagne", "espace_acheteur", False, "fr",
    "Reply quoting the junk-folder answer (Outlook 'Message d'origine'): IT now says MailInBlack blocks the mails, so the MailInBlack guide fits.",
    mail(a("Erwan Le Moal", "erwan.le-moal@ac-rennes.fr"), "RE: [#SUP-006602] Mail de confirmation", text("""Bonjour,

Rien dans les indésirables, mais notre service informatique vient de me
dire que c'est MailInBlack qui bloque vos messages. Comment procéder ?

Erwan Le Moal - 0220780D

-----Message d'origine-----
De : Assistance [mailto:support@assistance.example.fr]
Envoyé : mercredi 8 octobre 2025 15:40
À : Erwan Le Moal <erwan.le-moal@ac-rennes.fr>
Objet : [#SUP-006602] Mail de confirmation

""" + DESK_JUNK + "\n"), irt=desk_ref(6602), ua=OL))

add("mailinblack_spam", False, "0715678L", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
    "Two topics: activation mail held by MailInBlack (main) and who the structure administrator is (account_creation).",
    mail(a("Marion Perrin", "marion.perrin@ac-dijon.fr"), "Blocage + question administrateur", text("""Bonjour,

Le mail d'activation de mon compte est bloqué par MailInBlack, je ne
parviens pas à le récupérer.

Et au passage : qui est l'administrateur de notre structure ? Je ne le
connais pas et on me dit qu'il doit valider mon compte.

Marion Perrin
Collège Saint-Exupéry, Chalon-sur-Saône - UAI 0715678L
"""), ua=TB))

add("mailinblack_spam", True, "0144693A", "normandie", "espace_acheteur", False, "fr",
    "A person forwards the MailInBlack quarantine digest: the forwarded part is machine text, the outer message is a real question.",
    mail(a("Sophie Lecomte", "sophie.lecomte@ac-normandie.fr"), "TR: Vos messages en attente", text("""Bonjour,

Voici le rapport MailInBlack que je reçois chaque matin : vos messages y
sont à chaque fois. Comment faire pour qu'ils arrivent directement ?

Sophie Lecomte, gestionnaire - 0144693A

________________________________
De : Mailinblack <noreply@mailinblack.example.com>
Envoyé : jeudi 9 octobre 2025 07:00
À : sophie.lecomte@ac-normandie.fr
Objet : Vos messages en attente

3 messages en attente :
- no-reply@espace-acheteur.example.fr : Validation de votre compte
- no-reply@espace-acheteur.example.fr : Nouveau mot de passe
- newsletter@exemple.fr : Offres
"""), ua=OL))

add("mailinblack_spam", True, None, None, None, False, "en",
    "One line from a phone: blocked by MailInBlack, send the guide. No platform named.",
    mail(a("Paul Martin", "paul.martin.bursar@outlook.fr"), "Mailinblack", text("""Your emails are blocked by Mailinblack on our side, please send me the procedure. Thanks

Sent from my phone"""), relay="mail-am6eur05.outbound.protection.outlook.com"))

add("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook: the local authority installed MailInBlack last month.",
    mail(a("Nathalie Pons", "n.pons@ville-exemple.fr"), "Mails retenus", html("""<html><body><p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">La ville a installé Mailinblack le mois dernier et depuis, vos mails de l'Espace Acheteur restent en attente. Avez-vous un guide pour notre service informatique ?</p>
<p class="MsoNormal">Merci,<br>Nathalie Pons<br>Commande publique</p></body></html>"""), ua=OL))

add("mailinblack_spam", True, "9712585H", "guadeloupe", "esidoc", True, "fr",
    "Subject names the old password ticket, but the new message says the reset mail is held in MailInBlack: mailinblack_spam.",
    mail(a("Ketty Bélair", "ketty.belair@ac-guadeloupe.fr"), "Re: [#SUP-006615] Mot de passe e-sidoc", text("""Bonjour,

Le mail de réinitialisation est bien parti, mais il est coincé dans la
quarantaine MailInBlack de l'établissement et je n'ai pas les droits pour
le libérer. Que faire ?

Ketty Bélair
Collège Front de Mer - 9712585H

Le 09/10/2025 à 08:12, Assistance a écrit :
""" + quote(DESK_RESET) + "\n"), irt=desk_ref(6615), ua=TB,
         date=datetime(2025, 10, 9, 9, 30, tzinfo=timezone(timedelta(hours=-4)))))

add("mailinblack_spam", True, "0737518A", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "MAILINBLACK in capitals; asks whether to allow the domain or the address.",
    mail(a("Gilles Favre", "gilles.favre@ac-grenoble.fr"), "MAILINBLACK", text("""Bonjour,

Nous utilisons MAILINBLACK au lycée (0737518A). Faut-il autoriser votre
domaine entier ou seulement l'adresse no-reply ?

Gilles Favre
"""), ua=TB))
# ================================================================ order_billing (10)

add("order_billing", False, "0339075K", "nouvelle-aquitaine", "esidoc", False, "fr",
    "Asks for a formal quote (devis) for the renewal, needed to issue the bon d'engagement.",
    mail(a("Françoise Dupuy", "francoise.dupuy@ac-bordeaux.fr"), "Demande de devis renouvellement", text("""Bonjour,

Pour établir le bon d'engagement, notre gestionnaire a besoin d'un devis
officiel pour le renouvellement de l'abonnement e-sidoc 2026.

Lycée François Mauriac, Bordeaux - UAI 0339075K

Merci d'avance,
Françoise Dupuy
"""), ua=TB))

add("order_billing", False, "0424616P", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Order validated a month ago, invoice still not on Chorus Pro.",
    mail(a("Karine Bouvier", "karine.bouvier@ac-lyon.fr"), "Facture non déposée sur Chorus", alt("""Bonjour,

Notre commande a été validée le 8 septembre, mais la facture n'apparaît toujours pas sur Chorus Pro. L'agence comptable nous la réclame pour clôturer.

Karine Bouvier
Secrétaire d'intendance
Lycée Honoré d'Urfé, Saint-Étienne
0424616P"""), ua=OL))

add("order_billing", False, "0542758E", "grand-est", "esidoc", False, "fr",
    "The saved basket has disappeared before the order was validated.",
    mail(a("Laurent Thomas", "laurent.thomas@ac-nancy-metz.fr"), "Panier disparu", text("""Bonjour,

J'avais préparé un panier d'abonnements fin septembre pour le faire valider
par l'intendance. Aujourd'hui il est vide. Est-il possible de le récupérer ?

Laurent Thomas - 0542758E
"""), ua=TB))

add("order_billing", False, None, None, "esidoc", False, "en",
    "English Outlook reply ('From: / Sent:' quote block) asking to address the invoice to the accounting office.",
    mail(a("Helen Grant", "h.grant@international-school-nice.org"), "RE: Your order confirmation", alt("""Hello,

Could you please address the invoice to our accounting office (accounts@international-school-nice.org) rather than to the library? They handle all payments.

Best regards,
Helen Grant
Librarian

From: Assistance <support@assistance.example.fr>
Sent: Monday, October 6, 2025 10:12 AM
To: Helen Grant <h.grant@international-school-nice.org>
Subject: Your order confirmation

Hello,
Your order for the library portal has been recorded.
Best regards,
Support team"""), ua=OL))

add("order_billing", False, None, None, "esidoc", False, "fr",
    "A private school asks whether it may pay by bank transfer and for the bank details.",
    mail(a("Comptabilité Institution Sainte-Marie", "compta@institution-sainte-marie.fr"), "Règlement par virement", text("""Bonjour,

Établissement privé sous contrat, nous souhaitons régler votre facture du
renouvellement par virement. Pouvez-vous nous transmettre un RIB ?

Service comptabilité
""", charset="iso-8859-15"), ua=OL))

add("order_billing", False, "0640326G", "nouvelle-aquitaine", "esidoc", True, "fr",
    "Reply on a closed password ticket whose subject names the old topic; the new message is only about a duplicate invoice.",
    mail(a("Maïté Etcheverry", "maite.etcheverry@ac-bordeaux.fr"), "Re: [#SUP-006120] Mot de passe e-sidoc", text("""Bonjour,

Je profite de ce fil : le mot de passe n'est plus un sujet, tout fonctionne.
En revanche nous avons reçu deux fois la même facture (n° 25-10482) pour
le renouvellement. Pouvez-vous annuler le doublon ?

Maïté Etcheverry
Collège Marracq, Bayonne - 0640326G

Le 12/09/2025 à 10:40, Assistance a écrit :
""" + quote(DESK_RESET) + "\n"), irt=desk_ref(6120), ua=TB))

add("order_billing", False, "0632595D", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Uploading the bon d'engagement at order validation fails; the PDF is attached.",
    mail(a("Éric Chabrier", "eric.chabrier@ac-clermont.fr"), "Impossible de joindre le bon d'engagement",
         multi("mixed", text("""Bonjour,

À la validation de la commande, le dépôt du bon d'engagement échoue avec
le message "fichier non accepté". Je vous le joins ici.

Éric Chabrier, gestionnaire
Collège Blaise Pascal - 0632595D
"""), attach("bon_engagement_2025-77.pdf", "application/pdf", fake_pdf("BE 2025-77"))), ua=TB))

add("order_billing", False, "0608172G", "hauts-de-france", "esidoc", True, "en",
    "English; explicitly not a password problem (login works): the invoice amount differs from the quote.",
    mail(a("Claire Wallace", "claire.wallace@ac-amiens.fr"), "Invoice amount does not match quote", text("""Hello,

Just to be clear, I have not lost my password and I can log in without
any problem. My question is about billing: the invoice we received is
84 EUR higher than the quote we signed in September.

Could someone check? UAI 0608172G.

Claire Wallace
"""), ua=TB))

add("order_billing", False, None, None, "espace_acheteur", False, "fr",
    "Order on the Espace Acheteur stuck 'en attente de validation'; asks how to validate it.",
    mail(a("Hugo Lemaire", "h.lemaire@mairie-villers.fr"), "Commande en attente de validation", text("""Bonjour,

Notre commande de fournitures sur l'Espace Acheteur reste au statut
« en attente de validation » depuis une semaine. Qui doit la valider et
comment ?

Hugo Lemaire
Mairie - service technique
"""), ua=OL))

add("order_billing", False, "0893718H", "bourgogne-franche-comte", "esidoc", False, "fr",
    "Invoice rejected by Chorus Pro because the service code is wrong; asks for a corrected invoice.",
    mail(a("Agence comptable Lycée Fourier", "agence-comptable.0893718h@ac-dijon.fr"), "Facture rejetée Chorus - code service",
         text("""Bonjour,

Votre facture 25-09877 a été rejetée sur Chorus Pro : le code service
indiqué n'est pas le nôtre. Merci de la redéposer avec le code « AC-0893718H ».

L'agent comptable
"""), ua=ZM))

# ================================================================ account_creation (9)

add("account_creation", True, None, None, "espace_acheteur", False, "fr",
    "A new town-hall buyer asks how to create an account: the sign-up answer fits.",
    mail(a("Aline Marchand", "a.marchand@mairie-pont-audemer.fr"), "Création de compte", text("""Bonjour,

Je viens de prendre le poste d'acheteuse à la mairie. Comment puis-je créer
un compte sur l'Espace Acheteur ?

Aline Marchand
"""), ua=OL))

add("account_creation", True, "0504288P", "normandie", "espace_acheteur", False, "fr",
    "Filled in the sign-up form but cannot log in: the account awaits the structure administrator's validation.",
    mail(a("Thomas Lebrun", "thomas.lebrun@ac-normandie.fr"), "Inscription faite mais connexion impossible", text("""Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur lundi, mais
je ne peux pas me connecter : "compte en attente". Est-ce normal ?

Thomas Lebrun - Collège Le Castel (0504288P)
"""), ua=TB))

add("account_creation", False, None, None, "espace_acheteur", False, "fr",
    "Asks who the structure's administrator is: a look-up, so a person answers.",
    mail(a("Océane Robin", "oceane.robin@lycee-agricole-exemple.fr"), "Qui est notre administrateur ?", text("""Bonjour,

Pour créer mon compte, on me dit de m'adresser à l'administrateur de notre
structure. Pouvez-vous me dire qui c'est ?

Océane Robin
"""), ua=OL))

add("account_creation", True, "0176856K", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
    "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation, not password_reset.",
    mail(a("Delphine Raynaud", "delphine.raynaud@ac-poitiers.fr"), "Pas de compte", text("""Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte sur
l'Espace Acheteur ! La page de connexion me demande pourtant un identifiant.
Comment en ouvrir un ?

Delphine Raynaud
Lycée Merleau-Ponty, Rochefort - 0176856K
"""), ua=TB))

add("account_creation", False, None, None, "espace_acheteur", False, "en",
    "English; a school opened this year wants a buyer account: eligibility must be checked by a person.",
    mail(a("Ben Carter", "ben.carter@new-horizons-school.fr"), "Buyer account for a new school", text("""Hello,

We are a bilingual private school that opened in September. Can we get an
account on the Espace Acheteur, and if so what documents do you need?

Ben Carter
Operations manager
"""), ua=GM))

add("account_creation", False, "0408051J", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "Account works; asks for order-management rights to be opened.",
    mail(a("Nicolas Dufau", "nicolas.dufau@ac-bordeaux.fr"), "Droits de commande", text("""Bonjour,

Mon compte fonctionne, mais je n'ai pas accès à la partie commandes. Pouvez-
vous m'ouvrir les droits de passation de commande ?

Nicolas Dufau, adjoint gestionnaire - 0408051J
"""), ua=TB))

add("account_creation", False, "9760360M", "mayotte", "esidoc", False, "fr",
    "The UAI is not in the list when opening the customer account: the sales team must handle it.",
    mail(a("Anrifa Abdallah", "anrifa.abdallah@ac-mayotte.fr"), "Établissement introuvable", text("""Bonjour,

En voulant ouvrir le compte client pour commander notre portail, notre
établissement (9760360M) n'apparaît pas dans la liste. Comment faire ?

Anrifa Abdallah
Collège de Kawéni
"""), ua=TB, date=datetime(2025, 10, 14, 9, 10, tzinfo=timezone(timedelta(hours=3)))))

add("account_creation", True, None, None, "esidoc", False, "fr",
    "HTML-only Outlook: a new gestionnaire wants to open the customer account before a first order.",
    mail(a("Sabrina Petit", "s.petit@college-prive-la-salle.fr"), "Ouverture compte client", html("""<html><body><p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">Nouvelle gestionnaire de l'établissement, je souhaite ouvrir notre compte client afin de passer une première commande en ligne. Quelle est la démarche ?</p>
<p class="MsoNormal">Bien cordialement,<br>Sabrina Petit</p></body></html>"""), ua=OL))

add("account_creation", False, None, "occitanie", "espace_acheteur", True, "fr",
    "Account waiting for validation for three weeks; according to colleagues the administrator retired: the region must step in. Region from ac-toulouse.fr.",
    mail(a("Fabienne Cazals", "fabienne.cazals@ac-toulouse.fr"), "Compte toujours en attente", text("""Bonjour,

Mon compte attend d'être validé depuis trois semaines. D'après mes
collègues, l'administrateur de notre structure serait parti à la retraite
en juin et personne ne l'a remplacé. Qui peut valider mon compte ?

Fabienne Cazals
"""), ua=TB))
# ================================================================ subscription_activation (9)

add("subscription_activation", True, "0497531V", "pays-de-la-loire", "esidoc", False, "fr",
    "Cafeyn ordered two days ago and not visible yet: within the 72-hour window.",
    mail(a("Anne-Sophie Chéné", "anne-sophie.chene@ac-nantes.fr"), "Cafeyn pas encore visible", text("""Bonjour,

Nous avons commandé Cafeyn avant-hier, mais la ressource n'apparaît pas
encore sur notre portail. Faut-il faire quelque chose de notre côté ?

Anne-Sophie Chéné - 0497531V
"""), ua=TB))

add("subscription_activation", True, "0748583C", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Renewed yesterday, still shown as expired in 'Mes abonnements'.",
    mail(a("Christophe Mugnier", "christophe.mugnier@ac-grenoble.fr"), "Abonnement toujours expiré", alt("""Bonjour,

Le renouvellement a été validé hier, mais « Mes abonnements » affiche toujours l'abonnement comme expiré.

Christophe Mugnier
Lycée Berthollet, Annecy - 0748583C"""), ua=OL))

add("subscription_activation", False, "0247535K", "nouvelle-aquitaine", "esidoc", False, "fr",
    "Ordered ten days ago and still inactive: past the 72-hour rule, a person must look at the order.",
    mail(a("Lydie Faure", "lydie.faure@ac-bordeaux.fr"), "Abonnement non activé depuis 10 jours", text("""Bonjour,

Notre commande d'abonnement date du 3 octobre et la ressource n'est toujours
pas active dix jours après. Pouvez-vous vérifier ?

Lydie Faure, Collège Jules Ferry, Périgueux - 0247535K
"""), ua=TB))

add("subscription_activation", True, "0122529J", "occitanie", "esidoc", False, "fr",
    "How to publish the Europresse resource on the portal: activation and publication of a resource.",
    mail(a("Muriel Costes", "muriel.costes@ac-toulouse.fr"), "Publier Europresse", text("""Bonjour,

Notre abonnement Europresse est actif, mais je ne sais pas comment le
rendre visible sur la page d'accueil du portail pour les élèves.

Muriel Costes - 0122529J
"""), ua=TB))

add("subscription_activation", True, "0651793W", "occitanie", "esidoc", False, "en",
    "English; resource ordered yesterday is not visible to pupils through the ENT.",
    mail(a("Julia Ferreira", "julia.ferreira@ac-toulouse.fr"), "New resource not visible for pupils", text("""Hello,

We ordered a new digital resource yesterday, but the pupils don't see it
when they log in through the ENT. Is there an activation delay?

Julia Ferreira
Lycée Théophile Gautier, Tarbes (0651793W)
"""), ua=TB))

add("subscription_activation", True, "0273910D", "normandie", "esidoc", True, "fr",
    "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
    mail(a("Principal Collège Hyacinthe Langlois", "ce.0273910D@ac-normandie.fr"), "Disponibilité de l'abonnement", text("""Bonjour,

Principal du collège, je me permets de vous demander quand l'abonnement
commandé lundi sera disponible pour nos élèves : notre professeure
documentaliste prévoit une séance la semaine prochaine.

Cordialement,
Éric Lemonnier
"""), ua=ZM))

add("subscription_activation", True, "0186892U", "centre-val-de-loire", "esidoc", True, "fr",
    "Negation: no password problem, login works; the ordered resource is simply not published for pupils.",
    mail(a("Aurore Delorme", "aurore.delorme@ac-orleans-tours.fr"), "Ressource non publiée", text("""Bonjour,

Aucun souci de mot de passe ni de connexion, tout fonctionne de ce côté.
Mais la ressource commandée avant-hier n'est pas publiée pour les élèves :
elle n'apparaît que dans l'administration.

Aurore Delorme - 0186892U
"""), ua=TB))

add("subscription_activation", True, "0910494T", "ile-de-france", "esidoc", False, "fr",
    "Short: please activate the subscription, order validated yesterday.",
    mail(a("Sarah Cohen", "sarah.cohen@ac-versailles.fr"), "Activation abonnement", text("""Bonjour, pouvez-vous activer notre abonnement ? Commande validée hier. UAI 0910494T. Merci, S. Cohen"""), ua=AP))

add("subscription_activation", True, "0831111G", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
    "Irritated tone; Universalis ordered 24 hours ago and not yet reachable.",
    mail(a("Richard Barbier", "richard.barbier@ac-nice.fr"), "Universalis toujours inaccessible !!", text("""Bonjour,

Commande Universalis passée HIER, payée, et toujours rien d'accessible. Les
élèves attendent. Merci de faire le nécessaire rapidement.

R. Barbier - 0831111G
"""), ua=TB))

# ================================================================ transfer_incident (9)

add("transfer_incident", False, "0303953J", "occitanie", "ecoledirecte", False, "fr",
    "The last EcoleDirecte transfer is five days old; parents no longer see grades.",
    mail(a("Jean-Marc Bres", "jean-marc.bres@ac-montpellier.fr"), "Transferts EcoleDirecte arrêtés", text("""Bonjour,

Le dernier transfert vers EcoleDirecte date de jeudi dernier. Depuis, les
parents ne voient plus les notes saisies.

Jean-Marc Bres, CPE - Collège Diderot, Nîmes (0303953J)
"""), ua=TB))

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "The antivirus quarantines the transfer tool, so transfers no longer run.",
    mail(a("Service informatique OGEC", "informatique@ogec-notre-dame.fr"), "Antivirus et outil de transfert", text("""Bonjour,

Depuis la mise à jour de notre antivirus, l'exécutable de l'outil de
transfert vers EcoleDirecte est mis en quarantaine et plus aucun transfert
ne part. Quels fichiers faut-il exclure ?

Le service informatique
"""), ua=OL))

add("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
    "Asks for the daily maintenance password to repair the base: transfer_incident per the taxonomy, not password_reset.",
    mail(a("Gérard Pichon", "g.pichon@lycee-prive-saint-paul.fr"), "Mot de passe de maintenance", text("""Bonjour,

Pour lancer la réparation de la base avant le transfert vers EcoleDirecte,
le logiciel me demande le mot de passe de maintenance du jour. Pouvez-vous
me le communiquer ?

Gérard Pichon
"""), ua=OL))

add("transfer_incident", False, "0663668D", "occitanie", "ecoledirecte", False, "fr",
    "'Licence expirée' at start-up: the licence must be regenerated, transfers stopped.",
    mail(a("Secrétariat Institution Saint-Louis", "secretariat@saint-louis-perpignan.fr"), "Licence expirée", text("""Bonjour,

Au démarrage, le logiciel affiche « Licence expirée » et les transferts vers
EcoleDirecte ne se font plus. Pouvez-vous régénérer notre licence ?
UAI 0663668D

Le secrétariat
"""), ua=OL))

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "New firewall: the transfer connection test fails; asks for the proxy settings.",
    mail(a("Kévin Marchetti", "k.marchetti@cite-scolaire-privee.fr"), "Test de connexion en échec", text("""Bonjour,

Nous avons changé de pare-feu pendant les vacances. Depuis, le diagnostic
de l'outil de transfert EcoleDirecte échoue au test de connexion. Quels
ports et quelles adresses faut-il ouvrir ?

Kévin Marchetti, technicien
"""), ua=TB))

add("transfer_incident", False, "0014499K", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
    "After a server migration the synchronisation fails and the licence must be regenerated.",
    mail(a("Philippe Girod", "philippe.girod@ensemble-scolaire-bugey.fr"), "Synchronisation après changement de serveur",
         text("""Bonjour,

Nous avons migré notre serveur ce week-end. Depuis, la synchronisation avec
EcoleDirecte échoue et le logiciel nous demande une nouvelle licence.

Établissement 0014499K

Philippe Girod
"""), ua=OL))

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "HTML-only Outlook: transfer processes stay stuck in the task manager; transfers hang.",
    mail(a("Virginie Boyer", "v.boyer@college-prive-ste-therese.fr"), "Transferts bloqués", html("""<html><body><p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">Les transferts vers EcoleDirecte restent bloqués : dans le gestionnaire des tâches, je vois plusieurs processus de l'outil de transfert qui ne se terminent jamais.</p>
<p class="MsoNormal">Virginie Boyer<br>Secrétariat</p></body></html>""", charset="windows-1252"), ua=OL))

add("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
    "The head of a private school forwards a parent's complaint (absences missing in EcoleDirecte): a transfer incident, not a head-of-establishment request.",
    mail(a("Directeur Collège Saint-Joseph", "direction@college-saint-joseph-exemple.fr"), "Fwd: Absences non visibles",
         text("""Bonjour,

Je vous transfère la remarque d'un parent : les absences de la semaine ne
sont pas visibles dans EcoleDirecte. Je suppose que les transferts ne se
font plus.

Le directeur

Début du message réexpédié :

> De: Famille Renaud <famille.renaud@gmail.com>
> Objet: Absences non visibles
> Date: 13 octobre 2025 à 19:22:10 UTC+2
> À: direction@college-saint-joseph-exemple.fr
>
> Bonsoir, mon fils a été absent mardi et rien n'apparaît sur EcoleDirecte.
> Cordialement, M. Renaud
"""), ua=AP))

add("transfer_incident", False, "0605136G", "hauts-de-france", "ecoledirecte", False, "fr",
    "Replication must be re-initialised after a backup restore; screenshot attached.",
    mail(a("Antoine Roger", "antoine.roger@institution-jeanne-arc-exemple.fr"), "Réinitialisation de la réplication",
         multi("mixed", text("""Bonjour,

Après restauration d'une sauvegarde, l'outil indique qu'il faut
réinitialiser la réplication avec EcoleDirecte (capture jointe).
UAI 0605136G.

Antoine Roger
"""), attach("capture_replication.png", "image/png", PNG)), ua=TB))

# ================================================================ contract_documents (7)

add("contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "Market 2024-087 can no longer be found in 'Mes Marchés'.",
    mail(a("Sylvain Marty", "s.marty@syndicat-scolaire-exemple.fr"), "Marché introuvable", text("""Bonjour,

Le marché 2024-087 (mobilier scolaire) n'apparaît plus dans « Mes Marchés »
alors que nous y avons adhéré l'an dernier.

Sylvain Marty
"""), ua=OL))

add("contract_documents", False, "0720316C", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "The membership convention document opens as an empty file.",
    mail(a("Isabelle Launay", "isabelle.launay@ac-nantes.fr"), "Convention d'adhésion vide", text("""Bonjour,

Quand j'ouvre la convention d'adhésion dans l'Espace Acheteur, le PDF est
vide (page blanche). Pouvez-vous vérifier le document ?

Isabelle Launay - Lycée Gabriel Touchard, Le Mans (0720316C)
"""), ua=TB))

add("contract_documents", False, "0677899X", "grand-est", "espace_acheteur", False, "fr",
    "Amendment no. 3 of a market is missing from the contract documents; the announcement letter is attached.",
    mail(a("Catherine Muller", "catherine.muller@ac-strasbourg.fr"), "Avenant n°3 absent",
         multi("mixed", text("""Bonjour,

Nous avons reçu le courrier annonçant l'avenant n° 3 au marché de
fournitures (ci-joint), mais il ne figure pas dans les documents du marché
sur l'Espace Acheteur.

Catherine Muller - 0677899X
"""), attach("courrier_avenant_3.pdf", "application/pdf", fake_pdf("Avenant 3"))), ua=TB))

add("contract_documents", False, None, None, "espace_acheteur", False, "en",
    "English; cannot see the technical specifications (CCTP) of a market.",
    mail(a("Oliver Reed", "o.reed@lycee-international-exemple.org"), "Cannot access market documents", text("""Hello,

On the Espace Acheteur I can see the IT equipment market but not its
documents: the CCTP link gives "access denied". Could you help?

Oliver Reed
Procurement
"""), ua=OL))

add("contract_documents", False, None, None, "espace_acheteur", True, "fr",
    "Could see the conventions on the old platform but not on the new one: contract_documents, though the fix may be access rights.",
    mail(a("Muriel Baudry", "m.baudry@cc-exemple.fr"), "Conventions invisibles sur la nouvelle plateforme", text("""Bonjour,

Sur l'ancienne plateforme je voyais toutes nos conventions. Sur le nouvel
Espace Acheteur, la rubrique est vide. Est-ce un problème de droits ou les
documents n'ont-ils pas été repris ?

Muriel Baudry
"""), ua=OL))

add("contract_documents", False, "0925061B", "ile-de-france", "espace_acheteur", False, "fr",
    "Follow-up reply (Gmail quote): the contract document is still missing after the desk's answer.",
    mail(a("Claire Nguyen", "claire.nguyen@ac-versailles.fr"), "Re: [#SUP-006640] Pièces du marché", text("""Bonjour,

Toujours pas de CCAP dans les pièces du marché 2025-031, une semaine après
votre réponse.

Claire Nguyen - 0925061B

Le mer. 8 oct. 2025 à 16:02, Assistance <support@assistance.example.fr> a écrit :
""" + quote(DESK_HUMAN) + "\n"), irt=desk_ref(6640), ua=GM))

add("contract_documents", False, "0019343A", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "The administrative certificate (attestation) is missing for a market; windows-1252 body.",
    mail(a("Bernard Perrier", "bernard.perrier@ac-lyon.fr"), "Attestation manquante", text("""Bonjour,

Pour le marché de restauration – lot 2, l'attestation administrative
n'apparaît pas dans les documents. L'agent comptable en a besoin.

Bernard Perrier – 0019343A
""", charset="windows-1252"), ua=OL))


# ================================================================ write

def main():
    import random
    order = list(range(len(MAILS)))
    random.Random(20251111).shuffle(order)
    for name in os.listdir(HERE):
        if name.startswith("h") and name.endswith(".eml"):
            os.remove(os.path.join(HERE, name))
    labels = []
    for n, idx in enumerate(order, 1):
        meta, raw = MAILS[idx]
        meta = dict(meta, file=f"h{n:03d}.eml")
        with open(os.path.join(HERE, meta["file"]), "wb") as f:
            f.write(raw)
        labels.append(meta)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for meta in labels:
            f.write(json.dumps(meta, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} mails")


if __name__ == "__main__":
    main()

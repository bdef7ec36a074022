#!/usr/bin/env python3
"""Writes holdout38: 150 hand-written blind test mails (h001.eml .. h150.eml) and labels.jsonl.

Stdlib only, deterministic (fixed seed). Theme: December before the holidays,
Bretagne, Pays de la Loire, Centre-Val de Loire. Bodies are written by hand below;
only transport headers (Received, ids, dates) are filled in by the helpers.
"""
import base64
import datetime
import json
import os
import quopri
import random
import re
from email.header import Header
from email.utils import format_datetime

random.seed(3838)
HERE = os.path.dirname(os.path.abspath(__file__))
DESK = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CATS = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "head_of_establishment_request",
        "account_creation", "subscription_activation", "order_billing", "contract_documents",
        "transfer_incident", "automated", "other"]
AUTO = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
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
    "guadeloupe": ("971", "ac-guadeloupe.fr"), "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"), "la-reunion": ("974", "ac-reunion.fr"), "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT, DOMAIN = {}, {}
for _r, (_d, _dom) in REGIONS.items():
    for x in _d.split():
        DEPT[x if len(x) == 3 else "0" + x] = _r
    for x in _dom.split():
        DOMAIN[x] = _r


def uai_ok(code):
    """7 digits + check letter LETTERS[int(digits) % 23]."""
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def expected_region(uai, sender):
    if uai:
        return DEPT.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN.get(dom)


MAILS = []


def m(cat, ok, uai, region, plat, hard, lang, notes, frm, subj, body, **kw):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, region=region, plat=plat, hard=hard, lang=lang,
                      notes=notes, frm=frm, subj=subj, body=body, kw=kw))


# ---------------------------------------------------------------- transport helpers
_day = [0]


def _date(kw):
    if "d" in kw:
        day, hh, mm = kw["d"]
    else:
        day = random.randint(1, 18)
        hh, mm = random.randint(7, 19), random.randint(0, 59)
    tz = datetime.timezone(datetime.timedelta(hours=1))
    return datetime.datetime(2026, 12, day, hh, mm, random.randint(0, 59), tzinfo=tz)


def _hdr_addr(frm):
    mo = re.fullmatch(r"\s*(.*?)\s*<([^>]+)>\s*", frm)
    if not mo:
        return frm, frm
    name, addr = mo.group(1).strip('"'), mo.group(2)
    if not name:
        return addr, addr
    try:
        name.encode("ascii")
        disp = '"%s"' % name if any(c in name for c in ",.()") else name
    except UnicodeEncodeError:
        disp = Header(name, "utf-8").encode()
    return "%s <%s>" % (disp, addr), addr


def _enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def _rid(n=16):
    return "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def _part_text(text, enc, ctype="text/plain"):
    if enc == "b64":
        raw = base64.encodebytes(text.encode("utf-8")).decode("ascii")
        return "Content-Type: %s; charset=utf-8\nContent-Transfer-Encoding: base64\n\n%s" % (ctype, raw)
    if enc == "qp":
        raw = quopri.encodestring(text.encode("utf-8")).decode("ascii")
        return "Content-Type: %s; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s" % (ctype, raw)
    if enc == "latin1":
        return "Content-Type: %s; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n%s" % (ctype, text)
    try:
        text.encode("ascii")
        return "Content-Type: %s; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n%s" % (ctype, text)
    except UnicodeEncodeError:
        return "Content-Type: %s; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s" % (ctype, text)


def _html_of(text):
    paras = [p.replace("\n", "<br>\n") for p in text.strip().split("\n\n")]
    return "<html><head><meta charset=\"utf-8\"></head><body>\n" + "\n".join(
        "<p>%s</p>" % p.replace("&", "&amp;").replace("<br>", "\x00").replace("<", "&lt;").replace(">", "&gt;").replace("\x00", "<br>")
        for p in paras) + "\n</body></html>\n"


UAS = ["Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF133 (Win)/9.0.0_ZEXTRAS_20240927)",
       "Microsoft Outlook 16.0", "Mozilla Thunderbird 128.5.2", "Apple Mail (2.3826.300.87.4.3)",
       "Roundcube Webmail/1.6.9", None, None]


def build(i, rec):
    kw = rec["kw"]
    frm_h, addr = _hdr_addr(rec["frm"])
    dom = addr.rsplit("@", 1)[-1]
    dt = _date(kw)
    relay = kw.get("relay", "smtp%d.%s" % (random.randint(1, 4), dom) if dom.startswith("ac-") else "mail.%s" % dom)
    ip = "%s.%d" % (random.choice(["192.0.2", "198.51.100", "203.0.113"]), random.randint(2, 250))
    auth = kw.get("auth", "pass")
    if auth == "pass":
        ar = ("dkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s"
              % (dom, dom, dom))
    elif auth == "none":
        ar = "dkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % relay
    else:
        ar = auth
    rp = kw.get("rp", "<%s>" % addr)
    h = ["Return-Path: %s" % rp, "Delivered-To: %s" % DESK,
         "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
         % (relay, relay, ip, _rid(15), DESK, format_datetime(dt + datetime.timedelta(seconds=37))),
         "Authentication-Results: mx1.assistance.example.fr;\n\t" + ar,
         "From: %s" % frm_h,
         "To: %s" % kw.get("to", "Assistance <%s>" % DESK)]
    if "cc" in kw:
        h.append("Cc: %s" % kw["cc"])
    h.append("Subject: %s" % _enc_subject(rec["subj"]))
    h.append("Date: %s" % format_datetime(dt))
    h.append("Message-ID: <%s.%s@%s>" % (_rid(12), _rid(8).lower(), kw.get("midhost", dom)))
    if "irt" in kw:
        h.append("In-Reply-To: <%s>" % kw["irt"])
        h.append("References: %s" % " ".join("<%s>" % r for r in kw.get("refs", [kw["irt"]])))
    if "replyto" in kw:
        h.append("Reply-To: %s" % kw["replyto"])
    h.append("MIME-Version: 1.0")
    ua = kw.get("ua", random.choice(UAS))
    if ua:
        h.append(("User-Agent: %s" if "Thunderbird" in ua or "Roundcube" in ua else "X-Mailer: %s") % ua)
    for k, v in kw.get("hdr", []):
        h.append("%s: %s" % (k, v))
    enc = kw.get("enc", random.choice(["qp", "8bit", "qp"]))
    body = rec["body"].strip("\n") + "\n"
    if "raw" in kw:
        ctype, raw = kw["raw"]
        h.append("Content-Type: %s" % ctype)
        return "\n".join(h) + "\n\n" + raw.strip("\n") + "\n"
    if kw.get("html"):
        h.append(_part_text(body if kw.get("htmlraw") else _html_of(body), enc, "text/html"))
    elif kw.get("alt"):
        b = "=_alt_%s" % _rid(20)
        h.append("Content-Type: multipart/alternative;\n boundary=\"%s\"" % b)
        h.append("\n--%s\n%s\n--%s\n%s\n--%s--" % (b, _part_text(body, enc), b, _part_text(_html_of(body), enc, "text/html"), b))
    else:
        h.append(_part_text(body, enc))
    return "\n".join(h) + "\n"


# ================================================================ the mails (hand-written)
# ---------------- password_reset (24)
m("password_reset", True, "0356338Z", "bretagne", "esidoc", False, "fr",
  "Documentaliste of a lycée professionnel lost the e-sidoc back-office password while preparing the Christmas reading list; UAI in the body.",
  "Gwenaëlle Le Floch <gwenaelle.le-floch@ac-rennes.fr>", "Mot de passe e-sidoc perdu",
  """Bonjour,

Je voulais mettre en ligne une sélection de romans pour les vacances de Noël sur notre portail, mais impossible de me connecter à l'administration : le mot de passe que j'avais noté ne fonctionne plus et je ne retrouve pas le bon.

Notre identifiant est le 0356338Z (lycée professionnel Jean-Jaurès, Rennes).

Pourriez-vous m'envoyer un lien de réinitialisation ?

Merci d'avance,
Gwenaëlle Le Floch
Professeure documentaliste
""")

m("password_reset", True, "0441278A", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Gestionnaire cannot log into the Espace Acheteur before the end-of-year orders; forgotten password.",
  "Frédéric Bouvier <frederic.bouvier@ac-nantes.fr>", "Accès espace acheteur - urgent avant clôture",
  """Bonjour,

Nous devons passer nos dernières commandes avant la clôture budgétaire du 15 et je n'arrive plus à entrer dans l'espace acheteur. J'ai dû me tromper trop souvent, et honnêtement je ne sais plus quel mot de passe j'avais mis en septembre.

Établissement : LP Les Savarières, UAI 0441278A.

Pouvez-vous me renvoyer de quoi le réinitialiser ? 

Cordialement,
F. Bouvier, gestionnaire
""")

m("password_reset", True, "0189703Z", "centre-val-de-loire", "esidoc", False, "fr",
  "Expired password on the portal admin; old one forgotten. UAI written with spaces.",
  "Martine Quéré <martine.quere@ac-orleans-tours.fr>", "mot de passe expiré",
  """Bonjour

le portail me dit que mon mot de passe a expiré et me demande l'ancien pour en choisir un nouveau... sauf que je ne m'en souviens pas. Je suis bloquée.

RNE : 018 9703 Z

merci de votre aide
Martine Quéré, CDI lycée Pierre-Émile Martin, Bourges
""", enc="8bit")

m("password_reset", True, "0726378S", "pays-de-la-loire", "esidoc", True, "fr",
  "Negation/contrast: the ENT password was changed by the rectorat and works; it is the separate e-sidoc password she does not know. UAI only in the signature.",
  "Sandrine Ollivier <sandrine.ollivier@ac-nantes.fr>", "Connexion au portail documentaire",
  """Bonjour,

Le rectorat nous a imposé la semaine dernière de changer nos mots de passe académiques. Pas de souci de ce côté, la messagerie et l'ENT fonctionnent avec le nouveau.

Par contre, pour l'administration du portail du CDI, ce n'est apparemment pas le même mot de passe, et celui-là je ne l'ai jamais eu : c'est ma collègue partie en retraite qui gérait. Comment faire pour en obtenir un ?

Bien à vous,

Sandrine Ollivier
Documentaliste
0726378S
""")

m("password_reset", True, "0290949Z", "bretagne", "esidoc", False, "fr",
  "Short mail: account locked after failed attempts, asks for unlock or new link.",
  "cdi.lp-kerneuzec@example.fr", "compte bloqué",
  """Bonjour, notre compte admin est bloqué depuis ce matin (trop d'essais). UAI 0290949Z. Un lien pour débloquer svp ? Merci. Yann, CDI""", enc="8bit", ua=None)

m("password_reset", True, "0852487S", "pays-de-la-loire", "esidoc", True, "fr",
  "Forward (Outlook 'TR:') of an expired reset mail; asks for a new one.",
  "Claire Moreau <claire.moreau@ac-nantes.fr>", "TR: Réinitialisation de votre mot de passe",
  """Bonjour,

J'ai reçu ce mail hier soir mais je ne l'ai ouvert que ce matin et le lien indique qu'il n'est plus valide. Pouvez-vous m'en renvoyer un ?

Merci,
Claire Moreau

________________________________
De : ne-pas-repondre@esidoc.example.fr
Envoyé : mardi 8 décembre 2026 18:42
À : Claire Moreau
Objet : Réinitialisation de votre mot de passe

Bonjour,
Une demande de réinitialisation du mot de passe a été faite pour le compte 0852487S.
Cliquez sur le lien ci-dessous (valable 12 heures) :
https://0852487s.esidoc.example.fr/reset?t=9f3c...
""", d=(9, 8, 12), ua="Microsoft Outlook 16.0")

m("password_reset", True, None, "centre-val-de-loire", "espace_acheteur", False, "fr",
  "Forgotten password, no UAI given; region from the ac-orleans-tours.fr sender.",
  "Jean-Luc Perrault <jean-luc.perrault@ac-orleans-tours.fr>", "Oubli de mot de passe",
  """Madame, Monsieur,

J'ai oublié mon mot de passe pour l'espace acheteur. La fonction "mot de passe oublié" me demande un identifiant que je ne connais pas.

Je suis adjoint gestionnaire au lycée des métiers de Chartres.

Merci de votre retour.
J-L Perrault
""")

m("password_reset", False, "0563650N", "bretagne", "esidoc", True, "fr",
  "Two topics: lost password (main) and a question about the invoice of the new e-book subscription; one template would answer only half.",
  "Anne-Sophie Guégan <anne-sophie.guegan@ac-rennes.fr>", "Mot de passe + facture",
  """Bonjour,

Deux choses, désolée de tout mettre dans le même mail :

1) je n'arrive plus à me connecter au portail (mot de passe refusé, et je ne l'ai pas changé à ma connaissance). UAI 0563650N.

2) notre gestionnaire me demande où trouver la facture de l'abonnement aux livres numériques commandé en novembre, elle n'apparaît pas dans Chorus.

Merci pour tout,
Anne-Sophie Guégan
LP Émile-James, Étel
""")

m("password_reset", False, "0493531X", "pays-de-la-loire", "esidoc", True, "fr",
  "Asks for the password to be sent to her personal Gmail address, not on file: no automatic answer.",
  "Laetitia Rousseau <laeti.rousseau49@example.fr>", "Pouvez vous m'envoyer le mot de passe sur cette adresse",
  """Bonjour,

Je suis la nouvelle documentaliste du lycée Chevrollier (0493531X). Je ne connais pas le mot de passe du portail et l'adresse associée au compte est celle de mon prédécesseur, à laquelle je n'ai pas accès.

Pourriez-vous m'envoyer directement le mot de passe sur cette adresse perso ? Je n'ai pas encore ma boîte académique.

Merci beaucoup
Laetitia
""", ua="Apple Mail (2.3826.300.87.4.3)")

m("password_reset", True, "0376723G", "centre-val-de-loire", "esidoc", True, "fr",
  "UAI only in the ce.<UAI> sender address, lower case; the secretariat asks for the link on that official address.",
  "Secrétariat LP Arsonval <ce.0376723g@ac-orleans-tours.fr>", "Demande de lien de réinitialisation",
  """Bonjour,

La professeure documentaliste est en arrêt et sa remplaçante arrive lundi. Personne ici ne connaît le mot de passe administrateur du portail du CDI.

Pouvez-vous envoyer le lien de réinitialisation sur l'adresse de l'établissement (celle-ci) ? Nous le transmettrons.

Le secrétariat
""")

m("password_reset", True, "0533358M", "pays-de-la-loire", "esidoc", False, "en",
  "English; teacher-librarian, forgotten admin password (reset goes to the school address).",
  "Kathryn Doyle <kathryn.doyle@ac-nantes.fr>", "Forgotten password - library portal",
  """Hello,

I'm the teacher-librarian at Lycée Réaumur in Laval (UAI 0533358M). I've forgotten the admin password for our library portal and the reset link on the login page doesn't seem to send anything to me - I think it goes to the school's generic address.

Could you help me reset it?

Many thanks,
Kathryn Doyle
""")

m("password_reset", True, "0224285N", "bretagne", "esidoc", True, "fr",
  "HTML-only mail from a vie scolaire assistant locked out after the rectorat-imposed password change; asks the link for the portal.",
  "Morgane Le Bihan <morgane.le-bihan@ac-rennes.fr>", "Bloquée depuis le changement de mot de passe",
  """Bonjour,

Depuis que le rectorat nous a obligés à changer nos mots de passe lundi, j'ai tout mélangé et je suis bloquée sur le portail du CDI, que j'utilise pour la vie scolaire (prêt des tablettes). Le compte est verrouillé.

Lycée professionnel de Lannion, UAI 0224285N.

Pouvez-vous débloquer ou me dire comment réinitialiser ?

Morgane Le Bihan
AED - vie scolaire
""", html=True, ua="Microsoft Outlook 16.0")

m("password_reset", False, "0452050J", "centre-val-de-loire", "esidoc", True, "fr",
  "Reply in a thread after the automatic reset answer: the link went to the ce. box that nobody can open; a person must take over.",
  "Hervé Champion <herve.champion@ac-orleans-tours.fr>", "RE: [#SUP-041873] Mot de passe portail CDI",
  """Bonjour,

Merci pour votre réponse, mais le lien est parti sur la boîte ce. de l'établissement et le secrétariat me dit qu'il n'y a rien. Ils ont regardé les indésirables aussi. Je tourne en rond depuis une semaine.

Qu'est-ce que je peux faire d'autre ? Le proviseur est en déplacement jusqu'au 18.

Hervé Champion, documentaliste, lycée Benjamin-Franklin, Orléans (0452050J)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 7 décembre 2026 10:03
Objet : [#SUP-041873] Mot de passe portail CDI

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse officielle de votre établissement (ce.04****@ac-orleans-tours.fr). Il est valable 12 heures.
""", irt="SUP-041873.1796634180.a1c9e2@assistance.example.fr", d=(14, 9, 30))

m("password_reset", True, "0855537G", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "CFA gestionnaire: does not know the login ('identifiant') or password of the buyer space; UAI given.",
  "Nadège Billaud <n.billaud@cfa-btp-vendee.example.fr>", "identifiant ?",
  """Bonjour,

Je remplace la comptable du CFA depuis novembre. Je dois passer une commande sur l'espace acheteur mais je n'ai ni l'identifiant ni le mot de passe. Personne ne sait qui avait créé le compte.

UAI du CFA : 0855537G

Merci de m'indiquer la marche à suivre.
Nadège Billaud
""")

m("password_reset", True, "0410248X", "centre-val-de-loire", "esidoc", False, "fr",
  "Base64 body from a phone; forgotten password, UAI in the subject.",
  "Pascale Nivet <pascale.nivet@ac-orleans-tours.fr>", "0410248X mdp oublié",
  """Bonjour, j'ai oublié le mot de passe de l'admin du portail. Pouvez vous me renvoyer un lien ? Merci
Pascale Nivet

Envoyé de mon téléphone""", enc="b64", ua=None)

m("password_reset", True, "0297785E", "bretagne", "esidoc", True, "fr",
  "The UAI appears only inside the portal URL in lower case; reset link expired.",
  "Erwan Kerhervé <erwan.kerherve@ac-rennes.fr>", "Lien expiré",
  """Bonjour,

Le lien pour changer le mot de passe de https://0297785e.esidoc.example.fr me répond "lien expiré". Je l'ai pourtant utilisé le jour même, à peine 2h après. Je peux en avoir un autre ?

Erwan
""")

m("password_reset", False, "0442373R", "pays-de-la-loire", "ecoledirecte", True, "fr",
  "Lost school-management administration password, explicitly not the daily maintenance password; no reset template for this product.",
  "Dominique Terrien <dominique.terrien@ac-nantes.fr>", "Mot de passe administrateur logiciel vie scolaire",
  """Bonjour,

Je ne parle pas du mot de passe de maintenance du jour (ça, je sais le demander), mais du mot de passe du compte administrateur de l'application : depuis le changement imposé par le rectorat sur les comptes académiques, j'ai tout changé partout et je l'ai perdu.

CPE, lycée professionnel Michelet, Nantes (0442373R).

Comment le récupérer ?
D. Terrien
""")

m("password_reset", True, "0367842D", "centre-val-de-loire", "esidoc", False, "fr",
  "Librarian who never had the password (je ne connais pas le mot de passe) after arriving mid-year.",
  "Mathilde Aubry <mathilde.aubry@ac-orleans-tours.fr>", "Première connexion au portail",
  """Bonjour,

Arrivée en poste le 1er décembre, je ne connais pas le mot de passe du compte administrateur du portail documentaire. Le code de l'établissement est 0367842D.

Je voudrais préparer une vitrine "lectures de Noël" avant les vacances, donc si vous pouvez faire vite ce serait formidable.

Mathilde Aubry
Cité scolaire, Châteauroux
""")

m("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Shared mailbox, login unknown; no UAI, non-academic sender: no region.",
  "Intendance <intendance@lycee-stjoseph-angers.example.fr>", "Connexion impossible espace acheteur",
  """Bonjour,

Plusieurs personnes de l'intendance utilisent la même adresse et plus personne ne sait quel identifiant a été créé pour notre établissement. Le mot de passe non plus, évidemment.

Pouvez-vous nous aider à retrouver l'accès ? On a un devis à valider avant Noël.

L'intendance
""")

m("password_reset", True, "0535238F", "pays-de-la-loire", "esidoc", True, "fr",
  "Wrong check letter in the body (0535238G) but the ce.<UAI> sender carries the valid 0535238F, which is the label.",
  "CDI <ce.0535238F@ac-nantes.fr>", "Mot de passe du portail",
  """Bonjour,

Mot de passe du portail oublié, je n'ai rien noté avant les vacances de la Toussaint. Notre code est le 0535238G.

Merci de m'envoyer un lien ici.
Nathalie, CDI
""")

m("password_reset", True, "0180155W", "centre-val-de-loire", "esidoc", False, "fr",
  "Quoted-printable, long anxious mail; tried several addresses; clear lost password.",
  "Isabelle Fauconnier <isabelle.fauconnier@ac-orleans-tours.fr>", "Plus d'accès au portail depuis 3 jours",
  """Bonjour,

Je suis désolée de vous déranger, j'ai essayé pendant trois jours de régler ça seule. J'ai tenté le "mot de passe oublié" avec mon adresse académique, avec l'adresse du CDI, avec l'adresse de la vie scolaire : rien ne marche, on me dit que le compte n'existe pas ou alors je ne reçois rien.

Je pense que je me suis tout simplement trompée de mot de passe et qu'à force le compte s'est bloqué. Je n'ai plus aucune idée de celui qui est le bon.

Le code de l'établissement est 0180155W (lycée Jean-de-Berry, Vierzon... enfin, sa section professionnelle).

Merci infiniment si vous pouvez me débloquer avant les vacances.
Isabelle
""", enc="qp")

m("password_reset", False, None, None, "ticket_portal", True, "fr",
  "Setting a new password on the ticket portal fails on a complexity rule: a policy question, not a lost password.",
  "Thierry Lemaître <t.lemaitre@cfa-tours.example.fr>", "Règles de mot de passe portail tickets",
  """Bonjour,

En voulant changer mon mot de passe sur le portail de tickets (comme on nous le demande en ce moment partout), le formulaire refuse tous mes essais : "le mot de passe ne respecte pas la politique". J'ai mis 16 caractères avec des accents.

Les accents sont-ils interdits ? Quelle est la règle exacte ? Je n'ai pas perdu mon mot de passe actuel, je veux juste le changer.

T. Lemaître, CFA
""")

m("password_reset", True, "0294139S", "bretagne", "esidoc", True, "fr",
  "Written by a head's assistant but only a lost password, no written authorisation asked; UAI in signature block.",
  "Véronique Tanguy <veronique.tanguy@ac-rennes.fr>", "Portail CDI - mot de passe",
  """Bonjour,

Je vous écris de la part de notre documentaliste, qui n'a pas encore sa messagerie. Elle a oublié le mot de passe du portail du CDI et le lien "mot de passe oublié" part sur une adresse qu'elle ne consulte pas.

Pouvez-vous envoyer un lien sur l'adresse officielle du lycée ?

Véronique Tanguy
Assistante de direction
Lycée professionnel Le Porsmeur - Morlaix
UAI 0294139S
""")

m("password_reset", True, "0285922K", "centre-val-de-loire", "espace_acheteur", False, "fr",
  "Account locked on the buyer space after the forced password change; asks to unlock.",
  "Sophie Gaillard <sophie.gaillard@ac-orleans-tours.fr>", "Verrouillage compte espace acheteur 0285922K",
  """Bonjour,

Après le changement de mot de passe demandé par le rectorat, j'ai voulu mettre le même sur l'espace acheteur et me suis trompée plusieurs fois : compte verrouillé.

Pouvez-vous le débloquer ou m'envoyer un lien ?

Sophie Gaillard
Secrétaire d'intendance
""")
# ---------------- missing_noreply_mail (16)
m("missing_noreply_mail", True, "0493630E", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Activation mail for the new buyer account never arrived; no anti-spam product named.",
  "Guillaume Hamon <guillaume.hamon@ac-nantes.fr>", "Pas reçu le mail d'activation",
  """Bonjour,

J'ai créé mon compte sur l'espace acheteur jeudi dernier pour le lycée professionnel Simone-Veil (0493630E) et je n'ai toujours pas reçu le mail d'activation. J'ai regardé partout.

Merci,
Guillaume Hamon, adjoint gestionnaire
""")

m("missing_noreply_mail", True, None, None, "esidoc", False, "fr",
  "Very short: new-password mail not received, personal address, no UAI.",
  "Lucie Pennec <lucie.pennec29@example.fr>", "rien reçu",
  """Bonjour j'ai demandé un nouveau mot de passe il y a une heure et rien reçu. Merci. Lucie (CDI)""", enc="8bit", ua=None)

m("missing_noreply_mail", True, "0566787Y", "bretagne", "esidoc", True, "fr",
  "Reads like a password problem, but the reset tool works: the no-reply mail never arrives.",
  "Ronan Le Gall <ronan.le-gall@ac-rennes.fr>", "Problème de mot de passe",
  """Bonjour,

Je sais très bien comment réinitialiser le mot de passe, j'ai cliqué trois fois sur "mot de passe oublié", le site dit "un courriel vous a été envoyé". Sauf qu'il n'arrive jamais. Ni dans la boîte de réception ni dans le courrier indésirable.

UAI 0566787Y, lycée professionnel de Pontivy.

Ronan Le Gall
""")

m("missing_noreply_mail", True, "0726017Z", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Structure administrator no longer receives the 'account to validate' notifications.",
  "Christine Pasquier <christine.pasquier@ac-nantes.fr>", "Notifications de validation de comptes",
  """Bonjour,

En tant qu'administratrice de la structure (LP Funay-Hélène-Boucher, Le Mans, 0726017Z), je recevais jusqu'ici un mail à chaque demande de compte à valider. Depuis début décembre, plus rien, alors que deux collègues me disent attendre leur validation.

Pouvez-vous vérifier de votre côté ?

C. Pasquier
""")

m("missing_noreply_mail", True, None, "centre-val-de-loire", "ticket_portal", False, "fr",
  "Ticket portal confirmation mail never arrived; region from ac-orleans-tours.fr.",
  "Karim Benali <karim.benali@ac-orleans-tours.fr>", "Confirmation portail tickets",
  """Bonjour,

Je me suis inscrit sur le portail de tickets pour suivre nos demandes, mais le mail de confirmation qui doit permettre de définir le mot de passe n'est jamais arrivé (inscription faite hier à 16h).

Karim Benali, technicien, lycée professionnel de Blois
""")

m("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English; no-reply mails never arrive at the CFA; no anti-spam product named.",
  "Ian McAllister <ian.mcallister@cfa-agri-mayenne.example.fr>", "No emails from your no-reply address",
  """Hi,

None of the automatic emails from your platform reach us - not the account confirmation, not the password emails. Checked junk, checked the quarantine of our mail host (nothing there either).

Could you tell me which address they come from so I can whitelist it?

Thanks,
Ian McAllister
IT, CFA agricole
""")

m("missing_noreply_mail", True, "0854422V", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  "Yannick Graton <yannick.graton@ac-nantes.fr>", "Mails de confirmation non reçus",
  """Bonjour,

On nous a dit que c'était sûrement MailInBlack qui bloquait, mais nous n'avons pas MailInBlack au lycée (on passe par la messagerie académique, point). Et pourtant le mail de confirmation de commande de l'espace acheteur n'arrive pas.

LP Rosa-Parks, La Roche-sur-Yon, 0854422V.

Merci de regarder,
Y. Graton, gestionnaire
""")

m("missing_noreply_mail", False, None, "bretagne", "espace_acheteur", True, "fr",
  "Reply after the junk-folder answer: still nothing after 48 hours, asks to escalate; the template was already sent, a person must follow up.",
  "Solenn Jaouen <solenn.jaouen@ac-rennes.fr>", "RE: [#SUP-041502] Mail d'activation non reçu",
  """Bonjour,

J'ai suivi vos conseils (indésirables, expéditeur autorisé) et attendu les 48 heures, toujours rien. Pouvez-vous transmettre à la région comme vous l'indiquiez ?

Solenn Jaouen

> Bonjour,
> Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur no-reply à vos contacts.
> Sans nouvelles dans 48 h, nous transmettrons votre demande.
""", irt="SUP-041502.1796120000.77be01@assistance.example.fr", d=(10, 11, 5))

m("missing_noreply_mail", True, "0413064H", "centre-val-de-loire", "esidoc", True, "fr",
  "HTML-only Outlook mail: the activation mail of the customer account (for the new e-book order) never came.",
  "Élodie Marchand <elodie.marchand@ac-orleans-tours.fr>", "Mail d'activation du compte client",
  """Bonjour,

Pour commander l'abonnement aux livres numériques, j'ai ouvert un compte client sur votre site lundi. Le message dit qu'un mail d'activation arrivera sous 12 heures. On est jeudi, rien.

Établissement : 0413064H, lycée professionnel André-Ampère, Vendôme.

Bonne journée,
Élodie Marchand
""", html=True, ua="Microsoft Outlook 16.0")

m("missing_noreply_mail", True, "0228784D", "bretagne", "espace_acheteur", False, "fr",
  "Subscribed to offer alerts, never receives the notifications.",
  "Thomas Le Roux <thomas.le-roux@ac-rennes.fr>", "Alertes sur les offres",
  """Bonjour,

J'ai activé les alertes sur les nouvelles offres (mobilier et informatique) dans mon espace. Je n'en reçois aucune, alors que des offres ont bien été publiées la semaine dernière.

0228784D - LP Jean-Monnet, Quintin

Thomas Le Roux
""")

m("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Base64 phone message, two lines: confirmation mail not received since Friday.",
  "Audrey <audrey.gestion@example.fr>", "Confirmation",
  """Bonjour, toujours pas reçu le mail de confirmation d'inscription depuis vendredi. Cordialement Audrey""", enc="b64", ua=None)

m("missing_noreply_mail", True, "0458496R", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "IT technician: SPF/DKIM check of the no-reply sender, mails not in any quarantine, no product named; asks the sending IPs. Still missing_noreply_mail.",
  "Cédric Vannier <cedric.vannier@ac-orleans-tours.fr>", "Mails no-reply non délivrés - vérification SPF",
  """Bonjour,

Technicien informatique au lycée professionnel Gaudier-Brzeska (0458496R). Nos utilisateurs ne reçoivent pas les mails automatiques de l'espace acheteur (activation, nouveau mot de passe).

J'ai regardé nos journaux : aucune trace de connexion de votre côté sur notre passerelle ces trois derniers jours, donc rien n'est rejeté ni mis en quarantaine chez nous. Votre enregistrement SPF semble correct vu d'ici.

Pouvez-vous me confirmer l'adresse d'expédition exacte et les IP d'envoi, que je vérifie auprès de l'académie ?

Cédric Vannier
""")

m("missing_noreply_mail", True, "0364297A", "centre-val-de-loire", "esidoc", False, "fr",
  "Forward (Gmail French style) of a colleague's message: never got the new-password mail.",
  "Brigitte Lefort <brigitte.lefort@ac-orleans-tours.fr>", "Fwd: mot de passe portail",
  """Bonjour,
je vous transfère le message de ma collègue, on ne s'en sort pas.
Brigitte

---------- Forwarded message ---------
De : Agnès Rivet <agnes.rivet@ac-orleans-tours.fr>
Date: mer. 9 déc. 2026 à 15:20
Subject: mot de passe portail
To: Brigitte Lefort <brigitte.lefort@ac-orleans-tours.fr>

Brigitte, j'ai fait "mot de passe oublié" pour le portail (0364297A) quatre fois, jamais reçu le mail. Tu peux demander au support ?
Agnès
""")

m("missing_noreply_mail", True, None, None, "esignature", True, "fr",
  "The e-signature invitation for the convention never arrived; no anti-spam named. Non-academic sender.",
  "Direction CFA <direction@cfa-metiers-loiret.example.fr>", "Invitation de signature non reçue",
  """Bonjour,

On nous a annoncé l'envoi de la convention à signer électroniquement, par un mail automatique de la plateforme de signature. Nous ne l'avons jamais reçu, ni le directeur ni moi.

Pouvez-vous vérifier à quelle adresse il est parti ?

Pour le directeur,
Aurélie Simon, assistante
""")

m("missing_noreply_mail", True, "0533076F", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Thunderbird; order confirmation mails stopped arriving.",
  "Pierre-Yves Cormier <pierre-yves.cormier@ac-nantes.fr>", "Confirmations de commande",
  """Bonjour,

Depuis une dizaine de jours je ne reçois plus les confirmations de commande de l'espace acheteur. Les commandes passent (je les vois dans l'historique) mais aucun mail.

0533076F
PY Cormier
""", ua="Mozilla Thunderbird 128.5.2")

m("missing_noreply_mail", True, None, "pays-de-la-loire", "esidoc", True, "fr",
  "Wrong check letter (0490187N; the digits give 0490187M): no UAI label; region from ac-nantes.fr. Activation mail never arrived.",
  "Hélène Vrignaud <helene.vrignaud@ac-nantes.fr>", "Lien d'activation",
  """Bonjour,

Je n'ai jamais reçu le lien d'activation pour le nouvel abonnement aux livres numériques (ressource en ligne). Nous sommes le lycée professionnel Henri-Dunant, UAI 0490187N.

Vérifié dans les spams, rien.

Hélène Vrignaud
""")

# ---------------- mailinblack_spam (12)
m("mailinblack_spam", True, "0562714W", "bretagne", "espace_acheteur", False, "fr",
  "Activation mail held in MailInBlack quarantine; asks the allow-list procedure.",
  "Katell Riou <katell.riou@ac-rennes.fr>", "Mailinblack bloque vos mails",
  """Bonjour,

Notre collectivité a mis en place Mailinblack et vos mails d'activation restent bloqués en quarantaine. Que faut-il autoriser exactement ?

Katell Riou, LP Marcelin-Berthelot, Questembert (0562714W)
""")

m("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "IT technician asks which domain to allow-list in MailInBlack; mentions DKIM.",
  "Support info <informatique@cfa-chambre-metiers-35.example.fr>", "Liste blanche MailInBlack",
  """Bonjour,

Nous utilisons MailInBlack Protect. Pour éviter que les notifications de l'espace acheteur passent par le challenge d'authentification, je voudrais mettre votre domaine d'envoi en liste blanche plutôt que chaque adresse.

Vos messages sont-ils signés DKIM avec votre propre domaine ou celui d'un prestataire d'envoi ?

Merci
Loïc, service informatique du CFA
""")

m("mailinblack_spam", True, "0722819Y", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Forwards the daily MailInBlack quarantine report: the forwarded part is machine text, the outer question is real.",
  "Éric Bellanger <eric.bellanger@ac-nantes.fr>", "TR: Votre rapport de quarantaine quotidien",
  """Bonjour,

Voilà ce que je reçois chaque matin : votre mail de réinitialisation est dedans. Comment faire pour qu'il ne soit plus bloqué ?

É. Bellanger, LP Claude-Chappe, Arnage (0722819Y)

-------- Message transféré --------
Sujet : Votre rapport de quarantaine quotidien
De : Mailinblack <noreply@mailinblack.example.com>

Vous avez 3 messages en attente :
- ne-pas-repondre@acheteur.example.fr  "Réinitialisation de votre mot de passe"
- promo@imprimerie-ouest.example.fr  "Calendriers 2027"
- newsletter@papeterie.example.fr  "Soldes"
Pour délivrer un message, cliquez sur "Libérer".
""", ua="Mozilla Thunderbird 128.5.2")

m("mailinblack_spam", True, None, None, None, False, "fr",
  "One line from a phone: blocked by Mailinblack, send the guide. No platform.",
  "Marie-Jo <mariejo.dupuis@example.fr>", "mailinblack",
  """Bloqué par mailinblack encore. Vous pouvez m'envoyer la procédure ? merci""", enc="8bit", ua=None)

m("mailinblack_spam", False, "0287976T", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "Sender-authentication challenge described (prove you are not a robot) without naming MailInBlack: mailinblack_spam, product not confirmed, a person checks.",
  "Laurent Giraud <laurent.giraud@ac-orleans-tours.fr>", "Vos mails demandent une validation",
  """Bonjour,

Un collègue de chez vous nous dit que ses messages nous parviennent avec un retard énorme : il reçoit d'abord un mail lui demandant de cliquer pour prouver qu'il n'est pas un robot avant que son message nous soit remis. Et les mails automatiques de votre plateforme, eux, n'arrivent jamais, sans doute parce que personne ne clique.

Je ne sais pas quel logiciel fait ça, c'est la région qui gère notre messagerie.

Laurent Giraud, gestionnaire, 0287976T
""")

m("mailinblack_spam", True, "0359008B", "bretagne", "esidoc", True, "fr",
  "Checked junk folder as well, but MailInBlack is named: mailinblack_spam. Quoted-printable.",
  "Soizic Morvan <soizic.morvan@ac-rennes.fr>", "Mails bloqués",
  """Bonjour,

J'ai d'abord cherché dans les indésirables comme le dit la FAQ, rien. Puis le technicien m'a montré l'interface Mail In Black : le mail de nouveau mot de passe y est bien, bloqué.

Est-ce qu'il y a une procédure pour que ça ne se reproduise pas ? 

Soizic Morvan, CDI, 0359008B
""", enc="qp")

m("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "English; MailinBlack quarantine holds the activation links at an international section's CFA.",
  "Sarah Whitfield <s.whitfield@cfa-international-nantes.example.fr>", "Activation emails stuck in MailinBlack",
  """Hello,

Our mail filter (MailinBlack) keeps the activation links in quarantine and by the time we release them they have expired. Is there a list of sender addresses we should whitelist?

Best regards,
Sarah Whitfield
""")

m("mailinblack_spam", True, "0185636D", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "HTML-only; IT technician explains SPF pass / DKIM pass but MailInBlack still holds the mails; asks the guide.",
  "Julien Prieur <julien.prieur@ac-orleans-tours.fr>", "MailInBlack et vos notifications",
  """Bonjour,

Je suis technicien au lycée professionnel Jacques-Cœur (0185636D). D'après les en-têtes, vos notifications passent SPF et DKIM sans problème, mais MAILINBLACK les place quand même en attente d'authentification de l'expéditeur.

Avez-vous un guide pour la liste blanche ? Je préférerais autoriser l'adresse plutôt que le domaine entier.

Julien Prieur
""", html=True)

m("mailinblack_spam", False, "0376962S", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "Two topics: activation mail blocked by MailInBlack (main) and who is the structure's administrator.",
  "Nicolas Fournier <nicolas.fournier@ac-orleans-tours.fr>", "Compte + MailInBlack",
  """Bonjour,

Notre MailInBlack a bloqué le mail d'activation, je l'ai libéré trop tard et le lien ne marche plus.

Autre question : qui est l'administrateur de notre structure sur l'espace acheteur ? Je dois lui demander des droits et personne ne sait.

Lycée professionnel Albert-Bayet, Tours, 0376962S.
N. Fournier
""")

m("mailinblack_spam", True, "0851167G", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Reply quoting the earlier junk-folder answer: their IT now says MailInBlack is the cause, so the MailInBlack guide is the right answer.",
  "Valérie Chauvet <valerie.chauvet@ac-nantes.fr>", "Re: [#SUP-041955] Mail non reçu",
  """Bonjour,

Rien dans les indésirables. Mais notre informaticien vient de me dire que la mairie a installé mailinblack sur nos boîtes, et que c'est lui qui retient vos mails. Que faut-il faire ?

Valérie Chauvet
0851167G

Le 8 déc. 2026 à 14:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Merci de vérifier votre dossier de courrier indésirable.
""", irt="SUP-041955.1796735000.0cc4f1@assistance.example.fr", ua="Apple Mail (2.3826.300.87.4.3)")

m("mailinblack_spam", True, None, "bretagne", "espace_acheteur", False, "fr",
  "Clicked 'autoriser' in the MailInBlack notice, following mails still held. Region from ac-rennes.fr.",
  "Hugo Le Goff <hugo.le-goff@ac-rennes.fr>", "Toujours bloqué malgré l'autorisation",
  """Bonjour,

J'ai cliqué sur "autoriser l'expéditeur" dans le message de Mailinblack mardi, mais les mails suivants de votre plateforme restent bloqués quand même. Il y a une autre manip ?

Hugo Le Goff
""")

m("mailinblack_spam", True, "0533455T", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Product spelled 'mail in black', no accents.",
  "Stephane Hardy <stephane.hardy@ac-nantes.fr>", "mail bloque",
  """bonjour
le mail in black de la region bloque vos mails de mot de passe, comment on fait pour les debloquer definitivement
stephane hardy 0533455T""", enc="8bit", ua=None)
# ---------------- head_of_establishment_request (13)
m("head_of_establishment_request", False, "0350314B", "bretagne", "esidoc", True, "fr",
  "Written by the assistant on behalf of the proviseur, who signs at the bottom: asks to reset the admin password and change the contact address.",
  "Proviseur LP Coëtlogon <ce.0350314B@ac-rennes.fr>", "Demande de réinitialisation - compte administrateur",
  """Madame, Monsieur,

À la demande de M. le Proviseur, je vous prie de bien vouloir réinitialiser le mot de passe du compte administrateur du portail documentaire et de remplacer l'adresse de contact par celle de notre nouvelle documentaliste, Mme Cadiou (gaelle.cadiou@ac-rennes.fr).

Pour le proviseur, Isabelle Quillec, secrétaire de direction

Le Proviseur,
Patrick Lozac'h
Lycée professionnel Coëtlogon, Rennes
""")

m("head_of_establishment_request", False, "0442175A", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "The proviseure designates a new structure administrator and asks to close the former gestionnaire's access.",
  "Françoise Hervouet <ce.0442175A@ac-nantes.fr>", "Changement d'administrateur espace acheteur",
  """Bonjour,

Je vous informe du départ de M. Garnier, gestionnaire, au 31 décembre. Je désigne Mme Léa Brosseau comme nouvelle administratrice de notre structure sur l'espace acheteur et je vous demande de fermer l'accès de M. Garnier à cette date.

Françoise Hervouet
Proviseure, lycée professionnel Jules-Verne, Nantes
""")

m("head_of_establishment_request", False, "0492817W", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Written delegation: the head authorises the gestionnaire to validate orders above the threshold before the budget closes.",
  "Marc Gautreau <marc.gautreau@ac-nantes.fr>", "Délégation de validation des commandes",
  """Bonjour,

Je soussigné Marc Gautreau, proviseur du LP Paul-Émile-Victor d'Avrillé (0492817W), autorise Mme Nadia Sellami, gestionnaire, à valider en mon nom les commandes passées sur l'espace acheteur jusqu'au 18 décembre, y compris au-delà de 5 000 €.

M. Gautreau, proviseur
""")

m("head_of_establishment_request", False, "0181181L", "centre-val-de-loire", "esidoc", True, "fr",
  "Relayed: the librarian sends the head's signed letter (PDF) with the head in copy; staff must check letter and sender.",
  "Anaïs Renard <anais.renard@ac-orleans-tours.fr>", "Courrier du chef d'établissement - accès portail",
  """Bonjour,

Comme demandé, vous trouverez ci-joint le courrier signé de notre proviseure (en copie) autorisant la réinitialisation du mot de passe administrateur du portail, pour l'établissement 0181181L.

Cordialement,
Anaïs Renard, documentaliste
""", cc="Proviseure <ce.0181181L@ac-orleans-tours.fr>")

m("head_of_establishment_request", False, "0359503P", "bretagne", "espace_acheteur", True, "fr",
  "Claims to be the proviseur from the ce. address, but SPF/DMARC fail and Reply-To is free mail; asks to move admin accounts: probable spoof, still a head request for a person.",
  "Proviseur <ce.0359503P@ac-rennes.fr>", "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le proviseur. Merci de changer immédiatement l'adresse des deux comptes administrateurs de l'établissement pour proviseur.lycee35@example.com, je n'ai plus accès à la messagerie académique.

Merci de me confirmer par retour.
Le proviseur
""", auth="dkim=none;\n\tspf=fail smtp.mailfrom=ac-rennes.fr;\n\tdmarc=fail (p=quarantine dis=none) header.from=ac-rennes.fr",
  replyto="proviseur.lycee35@example.com", relay="mail.bulk-sender.example.net", ua=None)

m("head_of_establishment_request", False, "0410865T", "centre-val-de-loire", "esidoc", True, "fr",
  "Reply with Zimbra 'Mail original' quote: the proviseur gives the written request the desk asked for.",
  "Olivier Besnard <olivier.besnard@ac-orleans-tours.fr>", "Re: [#SUP-041690] Réinitialisation portail CDI",
  """Bonjour,

Je confirme par écrit ma demande : merci de réinitialiser le mot de passe administrateur du portail de notre CDI et d'envoyer le lien à l'adresse de l'établissement.

Olivier Besnard
Proviseur, lycée professionnel Camille-Claudel, Blois (0410865T)

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
Envoyé: Vendredi 4 Décembre 2026 16:12:40
Objet: [#SUP-041690] Réinitialisation portail CDI

Bonjour, la réinitialisation nécessite une demande écrite du chef d'établissement.
""", irt="SUP-041690.1796396000.d2e0a7@assistance.example.fr", ua=UAS[0])

m("head_of_establishment_request", False, None, None, "esidoc", True, "fr",
  "A directrice d'école gives her agreement from personal free mail, no UAI: weak evidence, staff must verify.",
  "Catherine Le Meur <cath.lemeur@example.fr>", "Accord pour le changement d'adresse",
  """Bonjour,

Je suis la directrice de l'école élémentaire du Bourg, à Plougastel. Je donne mon accord pour que l'adresse du compte du portail de la BCD soit remplacée par celle de Mme Hascoët, qui s'en occupe désormais.

Je vous écris depuis ma boîte perso, l'académique ne fonctionne plus depuis le changement de mot de passe.

Catherine Le Meur
""")

m("head_of_establishment_request", False, "0447388S", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "HTML-only, assistant writing for the directeur of a CFA (signature of the head at the bottom): authorises a specific order over budget line.",
  "Secrétariat de direction <ce.0447388S@ac-nantes.fr>", "Autorisation de commande - CFA",
  """Madame, Monsieur,

Le directeur autorise la commande n° 2026-1187 (mobilier pour l'atelier menuiserie, 7 842,00 € TTC) passée par notre gestionnaire sur l'espace acheteur, et vous demande de bien vouloir la débloquer.

Pour le directeur et par délégation, J. Poirier

Le Directeur du CFA
Alain Mercier
""", html=True, ua="Microsoft Outlook 16.0")

m("head_of_establishment_request", False, "0283127X", "centre-val-de-loire", "esidoc", False, "en",
  "English; the head of school names a new portal administrator and asks to remove the former librarian.",
  "Helen Carter <ce.0283127X@ac-orleans-tours.fr>", "Change of administrator",
  """Dear support team,

As head of the school (0283127X), I ask you to make Mr Daniel Rocher the administrator of our library portal and to remove the access of Mrs Picard, who left in November.

Kind regards,
Helen Carter
Principal
""")

m("head_of_establishment_request", False, "0538934Y", "pays-de-la-loire", "esidoc", True, "fr",
  "Wrong check letter in the body (0538934X) but the ce. sender carries the valid 0538934Y, which is the label. The principal asks for the reset.",
  "Principal collège-lycée <ce.0538934Y@ac-nantes.fr>", "Demande du chef d'établissement",
  """Bonjour,

En tant que proviseur de l'établissement 0538934X, je demande la réinitialisation du mot de passe administrateur du portail documentaire, la documentaliste étant absente pour longue durée. Le lien peut être envoyé à cette adresse.

Jean-Pierre Gohier, proviseur
""")

m("head_of_establishment_request", False, "0563083X", "bretagne", "espace_acheteur", False, "fr",
  "The proviseure writes to the regional desk with the gestionnaire in copy: closes the former administrator's access.",
  "Armelle Jégo <armelle.jego@ac-rennes.fr>", "Fin d'accès de l'ancien administrateur",
  """Bonjour,

M. Tanguy n'est plus gestionnaire de l'établissement depuis le 1er décembre. Je vous demande de supprimer ses droits d'administrateur sur l'espace acheteur et de les donner à Mme Nédélec, en copie.

Armelle Jégo
Proviseure du lycée professionnel Julien-Crozet, Port-Louis (0563083X)
""", cc="Sylvie Nédélec <sylvie.nedelec@ac-rennes.fr>")

m("head_of_establishment_request", False, "0455742X", "centre-val-de-loire", "esidoc", True, "fr",
  "Proviseur confirms from his phone, quoting his librarian's request (Apple quote), that the reset may be done.",
  "Bruno Tessier <bruno.tessier@ac-orleans-tours.fr>", "Re: Mot de passe portail",
  """Bonjour, je confirme la demande de Mme Lenoir, vous pouvez réinitialiser.
B. Tessier, proviseur

Envoyé de mon iPhone

> Le 10 déc. 2026 à 09:14, Céline Lenoir <celine.lenoir@ac-orleans-tours.fr> a écrit :
> 
> Monsieur le Proviseur, le support demande votre accord écrit pour réinitialiser le mot de passe du portail (0455742X). Pourriez-vous leur répondre ? Merci. Céline
""", ua="iPhone Mail (22B91)")

m("head_of_establishment_request", False, "0379095K", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "Quoted-printable; the directrice déléguée aux formations signs a request from the assistant to reset the administrator contact address of the buyer account.",
  "Secrétariat <ce.0379095K@ac-orleans-tours.fr>", "Modification adresse de contact administrateur",
  """Bonjour,

Je vous transmets la demande de notre cheffe d'établissement : remplacer l'adresse de contact du compte administrateur de l'espace acheteur par l'adresse de l'établissement (ce.0379095K@ac-orleans-tours.fr), l'ancienne adresse personnelle n'étant plus valide.

Bien cordialement,
Le secrétariat

Mme Christelle Baudry
Proviseure, lycée professionnel Victor-Laloux, Tours
""", enc="qp")

# ---------------- order_billing (12)
m("order_billing", False, "0564679G", "bretagne", "espace_acheteur", False, "fr",
  "Needs a quote (devis) fast to commit credits before the budget closes.",
  "Gaëlle Rolland <gaelle.rolland@ac-rennes.fr>", "Devis avant clôture",
  """Bonjour,

Pouvez-vous m'établir un devis pour 12 postes informatiques de l'offre 'Lot 3' ? Il me le faut avant le 14 pour engager les crédits avant la clôture de l'exercice.

LP du Blavet, 0564679G
Gaëlle Rolland, gestionnaire
""")

m("order_billing", False, "0494839U", "pays-de-la-loire", "esidoc", False, "fr",
  "Invoice for the e-book subscription not in Chorus Pro.",
  "Romain Gilet <romain.gilet@ac-nantes.fr>", "Facture absente de Chorus",
  """Bonjour,

La commande de l'abonnement aux livres numériques (validée le 12 novembre) n'a toujours pas de facture déposée sur Chorus Pro. Notre agent comptable clôture le 16 décembre.

UAI 0494839U, SIRET sur demande.

R. Gilet
""")

m("order_billing", False, "0227728F", "bretagne", "espace_acheteur", True, "fr",
  "HTML-only, windows-style euro amounts: invoice amount differs from the quote.",
  "Corinne Le Cam <corinne.le-cam@ac-rennes.fr>", "Écart facture / devis",
  """Bonjour,

La facture reçue ce matin est de 4 386,00 € TTC alors que le devis signé était de 4 126,00 € TTC. Il s'agit de la commande de tables pour l'atelier cuisine.

Merci de nous envoyer une facture rectifiée.
Corinne Le Cam, LP Jean-Moulin, Saint-Brieuc (0227728F)
""", html=True, ua="Microsoft Outlook 16.0")

m("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "CFA asks whether it may pay by administrative mandate and for bank details.",
  "Comptabilité CFA <compta@cfa-btp-loir-et-cher.example.fr>", "Mode de paiement",
  """Bonjour,

Nous sommes un CFA (association) et ne pouvons pas payer par carte. Est-il possible de régler par virement ? Dans ce cas merci de nous transmettre votre RIB.

Le service comptable
""")

m("order_billing", False, "0370396E", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "The bon d'engagement upload fails at order validation (format non accepté); a person must look.",
  "Patricia Moulin <patricia.moulin@ac-orleans-tours.fr>", "Bon d'engagement refusé",
  """Bonjour,

Au moment de valider le panier, je dépose le bon d'engagement et j'obtiens "format non accepté". C'est un PDF scanné de 6 Mo. J'ai essayé trois fois.

Je dois absolument valider avant vendredi (fin des engagements).

P. Moulin - 0370396E
""")

m("order_billing", False, "0225974Z", "bretagne", "espace_acheteur", False, "fr",
  "Saved basket disappeared before the order could be validated.",
  "Denis Coat <denis.coat@ac-rennes.fr>", "Panier disparu",
  """Bonjour,

J'avais préparé un panier de fournitures pour les sections CAP le 20 novembre, il a disparu. Il faut tout refaire ?

Denis Coat, 0225974Z
""")

m("order_billing", False, "0440129B", "pays-de-la-loire", "esidoc", True, "fr",
  "Reply in a thread quoting an older password exchange, but the new question is about a duplicate invoice: order_billing, not the ticket's category.",
  "Marion Durand <marion.durand@ac-nantes.fr>", "RE: [#SUP-040877] Mot de passe portail",
  """Bonjour,

Je profite de ce fil : le mot de passe c'est réglé depuis longtemps, merci. Par contre nous avons reçu deux fois la même facture (n° F-26-11873) pour l'abonnement presse. Pouvez-vous annuler le doublon ? Notre agent comptable ne veut pas payer deux fois.

Marion Durand, LP Albert-Chassagne, Paimbœuf (0440129B)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 6 octobre 2026 09:40
Objet : [#SUP-040877] Mot de passe portail

Bonjour, un lien de réinitialisation vous a été envoyé.
""", irt="SUP-040877.1791280000.f1e044@assistance.example.fr")

m("order_billing", False, "0292669U", "bretagne", "espace_acheteur", False, "fr",
  "Asks to address the invoice to the agence comptable rather than the school; Chorus service code.",
  "Florence Abiven <florence.abiven@ac-rennes.fr>", "Adresse de facturation",
  """Bonjour,

Pour nos prochaines factures, merci d'indiquer le code service "AC-COMPTA" dans Chorus Pro et l'agence comptable du lycée de Châteaulin comme destinataire. La dernière a été rejetée pour cette raison.

Florence Abiven
Gestionnaire, 0292669U
""")

m("order_billing", False, None, "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Wrong check letter (0726897G; the digits give 0726897F): no UAI label, region from ac-nantes.fr. Order validated but stuck 'en attente'.",
  "Jérôme Lhomme <jerome.lhomme@ac-nantes.fr>", "Commande bloquée en attente",
  """Bonjour,

Notre commande de matériel de soudure validée lundi est toujours "en attente de validation" dans l'historique. Il faut qu'elle parte avant les vacances pour être sur l'exercice 2026.

Établissement 0726897G.

Jérôme Lhomme
""")

m("order_billing", False, "0413319K", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "Base64 body; asks for a pro-forma and cancellation of an earlier order line (two requests, same topic).",
  "Sabrina Meunier <sabrina.meunier@ac-orleans-tours.fr>", "Proforma + annulation ligne",
  """Bonjour,

Pouvez-vous 1) annuler la ligne 3 de la commande C-2026-5531 (vidéoprojecteur en double) et 2) m'envoyer une facture pro forma du reste pour le mandatement anticipé ?

Merci, bonne fin de semaine
Sabrina Meunier, lycée professionnel Ampère, Saint-Aignan (0413319K)
""", enc="b64")

m("order_billing", False, "0457672V", "centre-val-de-loire", "espace_acheteur", False, "fr",
  "Payment reminder for an invoice already paid; Thunderbird forward.",
  "Gilles Perrin <gilles.perrin@ac-orleans-tours.fr>", "Fwd: Relance facture impayée F-26-10422",
  """Bonjour,

Cette facture a été payée le 27 novembre par virement (mandat n° 1843). Merci de mettre à jour votre suivi.

Gilles Perrin, agent comptable, 0457672V

-------- Message transféré --------
Sujet : Relance facture impayée F-26-10422
Date : Mon, 7 Dec 2026 07:00:11 +0100
De : facturation@acheteur.example.fr

Sauf erreur de notre part, la facture F-26-10422 reste impayée.
""", ua="Mozilla Thunderbird 128.5.2")

m("order_billing", False, "0360474V", "centre-val-de-loire", "espace_acheteur", False, "fr",
  "Short: can the quote be extended past 31 December since the engagement is done?",
  "Thierry Roux <thierry.roux@ac-orleans-tours.fr>", "Validité du devis D-26-3310",
  """Bonjour,
le devis D-26-3310 expire le 20 décembre. Le bon de commande est signé mais ne partira qu'à la rentrée de janvier. Pouvez-vous prolonger la validité ?
T. Roux (0360474V)
""")
# ---------------- account_creation (9)
m("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "New CFA buyer asks how to create an account: sign-up form answer.",
  "Mélanie Guérin <m.guerin@cfa-hotellerie-tours.example.fr>", "Création de compte",
  """Bonjour, je viens d'arriver au CFA comme acheteuse. Comment créer mon compte sur l'espace acheteur ? Merci. Mélanie Guérin""")
m("account_creation", True, "0442266Z", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account; account waiting for validation.",
  "Chloé Bernier <chloe.bernier@ac-nantes.fr>", "Compte en attente",
  """Bonjour,

Je n'ai pas oublié mon mot de passe : je n'ai jamais pu me connecter du tout. J'ai rempli le formulaire d'inscription il y a une semaine et mon compte est "en attente de validation".

LP Heinlex, Saint-Nazaire, 0442266Z
Chloé Bernier
""")
m("account_creation", False, "0855037N", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: needs a look-up.",
  "Benoît Massé <benoit.masse@ac-nantes.fr>", "Qui est notre administrateur ?",
  """Bonjour,
Qui est l'administrateur de notre structure (0855037N) sur l'espace acheteur ? Je dois faire valider mon compte et personne ici ne le sait.
Benoît Massé""")
m("account_creation", False, "0220575F", "bretagne", "espace_acheteur", False, "fr",
  "Account works; asks for order-validation rights to be opened.",
  "Nolwenn Prigent <nolwenn.prigent@ac-rennes.fr>", "Droits de validation",
  """Bonjour,

Mon compte fonctionne mais je ne peux que consulter. J'ai besoin des droits pour passer et valider des commandes (adjointe gestionnaire). Pouvez-vous les ouvrir ?

Nolwenn Prigent, 0220575F
""")
m("account_creation", True, "0376099D", "centre-val-de-loire", "esidoc", False, "fr",
  "New gestionnaire wants to open the customer account before a first e-book order.",
  "Rachid Haddad <rachid.haddad@ac-orleans-tours.fr>", "Ouverture compte client",
  """Bonjour,

Nous voudrions commander des livres numériques pour le CDI. Il nous faut d'abord un compte client je crois : comment l'ouvrir ?

R. Haddad, gestionnaire, 0376099D
""")
m("account_creation", False, "0419578N", "centre-val-de-loire", "esidoc", False, "fr",
  "Asks whether the two librarians can each have an administrator account: a person answers.",
  "Estelle Roger <estelle.roger@ac-orleans-tours.fr>", "Deux comptes admin ?",
  """Bonjour,
Nous sommes deux documentalistes à mi-temps. Peut-on avoir chacune un compte administrateur du portail, plutôt que de partager ?
Estelle Roger, 0419578N""")
m("account_creation", False, None, None, "espace_acheteur", True, "fr",
  "New CFA opened in September, UAI not in the list at sign-up: eligibility check by a person.",
  "Arnaud Blanchet <arnaud.blanchet@cfa-numerique-rennes.example.fr>", "Établissement introuvable à l'inscription",
  """Bonjour,

Notre CFA a ouvert en septembre. Au moment de créer le compte, notre établissement n'apparaît pas dans la liste et notre numéro UAI n'est pas reconnu (on ne l'a reçu qu'en novembre).

Pouvons-nous quand même avoir un compte acheteur ?

Arnaud Blanchet, responsable administratif
""")
m("account_creation", True, "0566480P", "bretagne", "espace_acheteur", True, "fr",
  "Reply quoting an older invoice thread; the new question is account creation (sign-up done, cannot log in, waiting for validation).",
  "Tristan Guillou <tristan.guillou@ac-rennes.fr>", "RE: [#SUP-039912] Facture en double",
  """Bonjour,

Autre sujet, désolé de répondre sur ce fil : mon nouveau collègue s'est inscrit sur l'espace acheteur mais ne peut pas se connecter, son compte attend une validation. C'est normal ?

Tristan Guillou, 0566480P

-----Message d'origine-----
De : Assistance
Objet : [#SUP-039912] Facture en double
La facture en double a été annulée.
""", irt="SUP-039912.1788000000.aa12bc@assistance.example.fr")
m("account_creation", True, None, "pays-de-la-loire", "espace_acheteur", False, "en",
  "English; how to create a buyer account for a newly appointed bursar.",
  "Oliver Brandt <oliver.brandt@ac-nantes.fr>", "Creating a buyer account",
  """Hello, I'm the new bursar's assistant. How do I create an account on the buyer space? Thanks, Oliver""")

# ---------------- subscription_activation (9)
m("subscription_activation", True, "0492827G", "pays-de-la-loire", "esidoc", False, "fr",
  "New e-book subscription ordered yesterday, not visible yet: within 72 hours.",
  "Agathe Loiseau <agathe.loiseau@ac-nantes.fr>", "Abonnement livres numériques pas visible",
  """Bonjour,
Nous avons commandé hier l'abonnement à la bibliothèque de livres numériques pour les vacances de Noël. Rien n'apparaît encore dans les ressources du portail. Est-ce normal ?
Agathe Loiseau, CDI, 0492827G""")
m("subscription_activation", True, "0351770J", "bretagne", "esidoc", True, "fr",
  "Negation: login works, no password problem; the resource is not published for pupils.",
  "Maël Corre <mael.corre@ac-rennes.fr>", "Ressource invisible pour les élèves",
  """Bonjour,

Je n'ai aucun problème de mot de passe, je me connecte sans souci. Mais l'abonnement presse activé la semaine dernière n'est pas visible côté élèves. Comment le publier ?

Maël Corre, 0351770J
""")
m("subscription_activation", False, "0287984B", "centre-val-de-loire", "esidoc", False, "fr",
  "Ordered twelve days ago, still not active: past the 72-hour rule.",
  "Lydie Barbier <lydie.barbier@ac-orleans-tours.fr>", "Abonnement toujours inactif",
  """Bonjour,
L'abonnement commandé le 27 novembre n'est toujours pas actif aujourd'hui. Pouvez-vous vérifier la commande ?
Lydie Barbier - 0287984B""")
m("subscription_activation", True, "0455912G", "centre-val-de-loire", "esidoc", True, "fr",
  "Written by the proviseur, but he only asks when the subscription will be available: not a head request.",
  "Daniel Fabre <daniel.fabre@ac-orleans-tours.fr>", "Date de disponibilité",
  """Bonjour,
Le proviseur que je suis voudrait savoir quand l'abonnement aux livres numériques commandé avant-hier sera accessible : nous voulons l'annoncer aux familles avant les vacances.
D. Fabre, proviseur, 0455912G""")
m("subscription_activation", True, "0533325B", "pays-de-la-loire", "esidoc", False, "fr",
  "Renewed subscription still shown as expired, renewal ordered yesterday.",
  "Annie Leroux <annie.leroux@ac-nantes.fr>", "Abonnement expiré alors que renouvelé",
  """Bonjour, notre abonnement apparaît "expiré" dans Mes abonnements alors que le renouvellement a été commandé hier. Annie Leroux, 0533325B""")
m("subscription_activation", True, None, None, "esidoc", True, "fr",
  "HTML-only; asks how to publish the new e-book resource on the portal home page before Christmas.",
  "CDI Lycée Saint-Gabriel <cdi@st-gabriel-sevre.example.fr>", "Publier la ressource",
  """Bonjour,

L'abonnement est actif mais je ne vois pas comment mettre la ressource "livres numériques" en avant sur la page d'accueil du portail pour la sélection de Noël.

Merci !
Le CDI
""", html=True)
m("subscription_activation", True, "0365959G", "centre-val-de-loire", "esidoc", False, "fr",
  "Irritated tone; ordered 24 hours ago, not reachable.",
  "Stéphanie Dumont <stephanie.dumont@ac-orleans-tours.fr>", "Toujours rien !!",
  """Commandé hier matin, payé, et toujours pas accessible. Les élèves partent dans une semaine. 0365959G. S. Dumont""")
m("subscription_activation", True, "0224180Z", "bretagne", "esidoc", True, "fr",
  "Two UAIs: an old one (0227728F, former post) and the current 0224180Z, which the request is about.",
  "Fanny Le Moal <fanny.le-moal@ac-rennes.fr>", "Nouvel abonnement non visible",
  """Bonjour,

J'étais l'an dernier au LP 0227728F, j'ai changé d'établissement. Au lycée actuel (0224180Z) nous avons commandé lundi un abonnement à une revue numérique : il n'est pas encore dans la liste des ressources.

Fanny Le Moal
""")
m("subscription_activation", True, "0533076F", "pays-de-la-loire", "esidoc", False, "fr",
  "Subscription active but not visible through the ENT: publication step.",
  "Julie Rabin <julie.rabin@ac-nantes.fr>", "Ressource dans l'ENT",
  """Bonjour, la ressource est active sur le portail mais les élèves ne la voient pas depuis l'ENT. Que faut-il activer ? Julie Rabin, documentaliste, 0533076F""")
# ---------------- transfer_incident (9)
m("transfer_incident", False, "0490187M", "pays-de-la-loire", "ecoledirecte", False, "fr",
  "Last school-management transfer four days old; parents do not see the term grades.",
  "Valentin Hervé <valentin.herve@ac-nantes.fr>", "Transferts arrêtés",
  """Bonjour, le dernier transfert vers EcoleDirecte date de jeudi, les parents ne voient pas les notes du trimestre alors que les conseils de classe commencent. 0490187M. V. Hervé, CPE""")
m("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Asks for the daily maintenance password: transfer_incident, not password_reset.",
  "Vie scolaire <viescolaire@lycee-prive-la-baule.example.fr>", "mot de passe du jour",
  """Bonjour,
Pouvez-vous nous donner le mot de passe de maintenance du jour ? Nous devons relancer la synchronisation de la base élèves qui a planté.
La vie scolaire""")
m("transfer_incident", False, "0563650N", "bretagne", "ecoledirecte", False, "fr",
  "Licence to regenerate after the server change; transfers stopped.",
  "Kevin Le Dréau <kevin.le-dreau@ac-rennes.fr>", "Licence à régénérer",
  """Bonjour,
Suite au remplacement du serveur administratif, le logiciel affiche "licence invalide" et plus aucun transfert ne part. Pouvez-vous régénérer la licence ?
Kevin Le Dréau, technicien, 0563650N""")
m("transfer_incident", False, "0189864Z", "centre-val-de-loire", "ecoledirecte", True, "fr",
  "IT technician: the new firewall blocks the HTTPS transfer; the connection test fails. Technical, mentions quarantine of the antivirus too.",
  "Mickaël Roy <mickael.roy@ac-orleans-tours.fr>", "Échec test de connexion transferts",
  """Bonjour,

Depuis la mise en place du nouveau pare-feu régional, le test de connexion du module de transfert échoue (timeout sur le port 443). Le proxy est déclaré, l'antivirus n'a rien mis en quarantaine.

Avez-vous la liste des URL et IP à autoriser ?

Mickaël Roy, lycée professionnel de Saint-Amand-Montrond, 0189864Z
""")
m("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "HTML-only: several transfer processes stuck; transfers hang.",
  "Secrétariat <secretariat@ecole-ste-anne-vannes.example.fr>", "Transferts bloqués",
  """Bonjour,

Les transferts tournent depuis ce matin sans jamais finir. Dans le gestionnaire des tâches je vois quatre fois le programme de transfert ouvert.

Merci de votre aide.
""", html=True, ua="Microsoft Outlook 16.0")
m("transfer_incident", False, "0285114G", "centre-val-de-loire", "ecoledirecte", True, "fr",
  "Reply in a thread on a password ticket, but the new message reports a synchronisation failure: transfer_incident.",
  "Josiane Marie <josiane.marie@ac-orleans-tours.fr>", "Re: [#SUP-041220] Mot de passe",
  """Bonjour,
Merci, le mot de passe est réglé. Mais maintenant la synchronisation des emplois du temps échoue tous les soirs avec "erreur 503". Les profs ne voient plus leurs cours.
Josiane Marie, 0285114G

> Le mot de passe a été réinitialisé.
""", irt="SUP-041220.1795900000.33cd91@assistance.example.fr")
m("transfer_incident", False, "0361033C", "centre-val-de-loire", "ecoledirecte", False, "fr",
  "Replication re-initialisation needed after restoring a backup.",
  "Fabien Caillaud <fabien.caillaud@ac-orleans-tours.fr>", "Réinitialisation réplication",
  """Bonjour,
Nous avons dû restaurer la sauvegarde du 1er décembre après une panne disque. Il faut réinitialiser la réplication, sinon les absences saisies depuis vont être écrasées. 0361033C.
F. Caillaud""")
m("transfer_incident", False, None, "pays-de-la-loire", "ecoledirecte", False, "fr",
  "'Licence expirée' at start-up; region from ac-nantes.fr.",
  "Aurélien Picot <aurelien.picot@ac-nantes.fr>", "Licence expirée",
  """Bonjour, message "licence expirée" au démarrage depuis lundi, donc plus de transferts. Merci de nous en générer une nouvelle. A. Picot""")
m("transfer_incident", False, "0350314B", "bretagne", "ecoledirecte", True, "fr",
  "Base64 body; antivirus quarantines the transfer tool after an update; transfers stopped.",
  "Thibault Hamel <thibault.hamel@ac-rennes.fr>", "Antivirus et transferts",
  """Bonjour,

Depuis la mise à jour de l'antivirus la semaine dernière, l'outil de transfert est mis en quarantaine à chaque lancement. Plus aucun transfert vers l'application des familles.

T. Hamel, LP Coëtlogon (0350314B)
""", enc="b64")

# ---------------- contract_documents (7)
m("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Market documents no longer found in 'Mes Marchés'.",
  "Achats <achats@cfa-industrie-cholet.example.fr>", "Marché introuvable",
  """Bonjour, le marché 2025-041 (fournitures d'atelier) n'apparaît plus dans Mes Marchés, je ne peux plus consulter le CCTP. Merci.""")
m("contract_documents", False, "0454131W", "centre-val-de-loire", "espace_acheteur", False, "fr",
  "Amendment no. 1 missing from the contract documents.",
  "Corinne Vallée <corinne.vallee@ac-orleans-tours.fr>", "Avenant manquant",
  """Bonjour,
L'avenant n°1 au marché de restauration (révision des prix) n'est pas dans les documents du marché. J'en ai besoin pour contrôler les factures de décembre.
C. Vallée, 0454131W""")
m("contract_documents", False, "0294139S", "bretagne", "espace_acheteur", False, "fr",
  "Membership convention opens as an empty file.",
  "Yvonne Kerbrat <yvonne.kerbrat@ac-rennes.fr>", "Convention d'adhésion vide",
  """Bonjour, quand j'ouvre la convention d'adhésion dans mon espace, le PDF est vide (0 Ko). 0294139S. Y. Kerbrat""")
m("contract_documents", False, "0859981M", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Two topics: convention missing (main) and an invoice amount question.",
  "Gérard Bonnin <gerard.bonnin@ac-nantes.fr>", "Documents du marché et facture",
  """Bonjour,

Je ne vois pas les pièces du marché de nettoyage (CCAP et bordereau de prix) dans Mes Marchés depuis la migration. Accessoirement, la dernière facture me paraît élevée mais je vérifierai quand j'aurai le bordereau.

G. Bonnin, LP Valère-Mathé, Les Sables (0859981M)
""")
m("contract_documents", False, None, "centre-val-de-loire", "espace_acheteur", True, "fr",
  "Could see conventions on the old platform, not on the new one; no UAI, region from ac-orleans-tours.fr.",
  "Patricia Moulin <patricia.moulin@ac-orleans-tours.fr>", "Conventions non visibles",
  """Bonjour,
Sur l'ancienne plateforme je voyais nos conventions et avenants. Sur la nouvelle, la rubrique est vide. Je n'ai pas les droits ?
P. Moulin""")
m("contract_documents", False, None, "bretagne", "espace_acheteur", False, "fr",
  "Follow-up reply: the document is still missing after the region's answer.",
  "Loïc Tanguy <loic.tanguy@ac-rennes.fr>", "Re: [#SUP-041033] CCAP introuvable",
  """Bonjour,
Toujours pas de CCAP pour le marché 2026-018 dans l'espace, malgré votre message de la semaine dernière.
Loïc Tanguy

Le ven. 27 nov. 2026 à 10:10, Assistance <support@assistance.example.fr> a écrit :
> Le document va être remis en ligne.
""", irt="SUP-041033.1795770000.1e2f3a@assistance.example.fr")
m("contract_documents", False, "0493531X", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Administrative certificate (attestation) for a market not downloadable.",
  "Hugues Pineau <hugues.pineau@ac-nantes.fr>", "Attestation marché",
  """Bonjour, impossible de télécharger l'attestation de notre adhésion au marché informatique (erreur 404). L'agent comptable la réclame. 0493531X, H. Pineau""")
# ---------------- automated (20)
_B1 = "9C2F31A0B7.1796900000/mx.ac-rennes.fr"
m("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status), null Return-Path, from the académie relay.",
  "Mail Delivery System <MAILER-DAEMON@smtp2.ac-rennes.fr>", "Undelivered Mail Returned to Sender", "",
  rp="<>", auth="none", ua=None, hdr=[("Auto-Submitted", "auto-replied")],
  raw=('multipart/report; report-type=delivery-status;\n boundary="%s"' % _B1,
       """This is a MIME-encapsulated message.

--%s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp2.ac-rennes.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cdi.lp-vauban@ac-rennes.fr>: host mx.ac-rennes.fr said: 550 5.1.1 User unknown

--%s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp2.ac-rennes.fr
Arrival-Date: Tue,  8 Dec 2026 10:02:11 +0100

Final-Recipient: rfc822; cdi.lp-vauban@ac-rennes.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--%s
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: cdi.lp-vauban@ac-rennes.fr
Subject: [#SUP-041711] Votre demande

--%s--
""" % (_B1, _B1, _B1, _B1)))

m("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  "Microsoft Outlook <postmaster@cfa-sante-orleans.example.fr>", "Non remis : [#SUP-041790] Commande",
  "", rp="<>", auth="none", ua=None, hdr=[("X-MS-Exchange-Message-Is-Ndr", "")],
  raw=('multipart/report; report-type=delivery-status;\n boundary="ndr_b7c1"', """--ndr_b7c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à compta.cfa@cfa-sante-orleans.example.fr car l'adresse est introuvable ou ne peut pas recevoir de courrier.

--ndr_b7c1
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB0001.FRAP264.PROD.OUTLOOK.COM

Final-Recipient: rfc822;compta.cfa@cfa-sante-orleans.example.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound

--ndr_b7c1--
"""))

m("automated", False, None, "pays-de-la-loire", None, False, "fr",
  "Zimbra vacation reply for the holidays (Auto-Submitted: auto-replied). Region from the ac-nantes.fr sender.",
  "Sylvie Maillard <sylvie.maillard@ac-nantes.fr>", "Absente : [#SUP-041802] Facture",
  """Bonjour,
Je suis absente du 19 décembre au 4 janvier inclus. Pour toute urgence concernant l'intendance, contactez le secrétariat.
Bonnes fêtes !
S. Maillard""", hdr=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], ua=UAS[0], d=(18, 17, 2))

m("automated", False, None, None, None, False, "en",
  "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress.",
  "Paul Henderson <p.henderson@cfa-aero-bourges.example.fr>", "Automatic reply: [#SUP-041840] Your account",
  """I'm out of the office until 4 January with limited access to email. For urgent matters please contact the front desk.
Merry Christmas!""", hdr=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], ua="Microsoft Outlook 16.0")

m("automated", False, "0376723G", "centre-val-de-loire", None, True, "fr",
  "Out-of-office from the ce.<UAI> school office that mentions passwords and the portal; Auto-Submitted present. UAI from the address.",
  "LP Arsonval <ce.0376723G@ac-orleans-tours.fr>", "Réponse automatique : Mot de passe portail",
  """Bonjour,
L'établissement est fermé du 19 décembre au 3 janvier. Les demandes de mot de passe du portail et de l'ENT seront traitées à la rentrée.
Le secrétariat""", hdr=[("Auto-Submitted", "auto-replied")])

m("automated", False, None, None, None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted nor Precedence; only the wording shows it is automatic.",
  "Bernard Lucas <bernard.lucas@lycee-agricole-laval.example.fr>", "Absence",
  """Je suis en congés jusqu'au 4 janvier. Votre message ne sera pas transféré. En cas d'urgence : 02 43 00 00 00.
Ceci est une réponse automatique.""", ua="Microsoft Outlook 16.0")

m("automated", False, None, None, "espace_acheteur", False, "fr",
  "Vendor newsletter (List-Id, List-Unsubscribe one-click, Precedence: bulk): Christmas promotions.",
  "Mobilier Scolaire Ouest <newsletter@mobilier-ouest.example.fr>", "🎄 Nos offres de fin d'année sur l'espace acheteur",
  """Découvrez nos offres de fin d'année : -15 % sur les chaises d'atelier, livraison avant le 18 décembre pour toute commande passée sur l'espace acheteur.
Pour vous désinscrire, cliquez ici.""", html=True, ua=None,
  hdr=[("List-Id", "Offres Mobilier Ouest <offres.mobilier-ouest.example.fr>"),
       ("List-Unsubscribe", "<https://mobilier-ouest.example.fr/u/8841>"),
       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

m("automated", False, None, None, None, False, "en",
  "DMARC aggregate report (zip attachment) sent to the desk.",
  "noreply-dmarc-support@google.example.com", "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1380094512",
  "", ua=None, auth="none", hdr=[("Auto-Submitted", "auto-generated")],
  raw=('multipart/mixed; boundary="dmarc01"', """--dmarc01
Content-Type: text/plain; charset=us-ascii

This is an aggregate report from google.com.

--dmarc01
Content-Type: application/zip; name="google.com!assistance.example.fr!1796860800!1796947199.zip"
Content-Disposition: attachment; filename="google.com!assistance.example.fr!1796860800!1796947199.zip"
Content-Transfer-Encoding: base64

UEsDBBQAAAAIAAAAIQAAAAAAAAAAAAAAAAAJAAAAcmVwb3J0LnhtbAMAUEsBAhQAFAAAAAgA
--dmarc01--
"""))

m("automated", False, None, "bretagne", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), disposition-notification. Region from ac-rennes.fr.",
  "Gaëlle Rolland <gaelle.rolland@ac-rennes.fr>", "Lu : [#SUP-041877] Devis avant clôture",
  "", ua="Microsoft Outlook 16.0",
  raw=('multipart/report; report-type=disposition-notification;\n boundary="mdn_5f2a"', """--mdn_5f2a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message

  À : Gaëlle Rolland
  Objet : [#SUP-041877] Devis avant clôture

a été lu le 10/12/2026 09:12.

--mdn_5f2a
Content-Type: message/disposition-notification

Final-Recipient: rfc822;gaelle.rolland@ac-rennes.fr
Disposition: automatic-action/MDN-sent-automatically; displayed

--mdn_5f2a--
"""))

m("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a supplier ticket was updated. Auto-Submitted: auto-generated.",
  "Portail tickets <no-reply@tickets.example.fr>", "[Ticket 88213] Mise à jour de votre demande",
  """Bonjour,
Le ticket 88213 "Transferts bloqués - lycée professionnel" a été mis à jour par l'éditeur.
Consultez-le sur le portail : https://tickets.example.fr/t/88213
Ceci est un message automatique, merci de ne pas y répondre.""", hdr=[("Auto-Submitted", "auto-generated")], ua=None)

m("automated", False, None, None, None, True, "en",
  "Exim bounce as plain text, no multipart/report, no Auto-Submitted: only the null Return-Path and Mailer-Daemon show it.",
  "Mail Delivery System <Mailer-Daemon@mx.cfa-transport-angers.example.fr>", "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  gestion@cfa-transport-angers.example.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: support@assistance.example.fr
Subject: [#SUP-041866] Facture en attente
""", rp="<>", auth="none", ua=None, enc="7bit")

m("automated", False, None, None, None, False, "en",
  "Delay warning from our own relay (Action: delayed): still automatic.",
  "Mail Delivery System <MAILER-DAEMON@relay.assistance.example.fr>", "Delayed Mail (still being retried)", "",
  rp="<>", auth="none", ua=None, hdr=[("Auto-Submitted", "auto-replied")],
  raw=('multipart/report; report-type=delivery-status;\n boundary="dly77"', """--dly77
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hour(s). It will be retried until it is 5 day(s) old.

<intendance@lp-saint-nazaire.example.fr>: connect to mx.lp-saint-nazaire.example.fr[203.0.113.9]:25: Connection timed out

--dly77
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.assistance.example.fr

Final-Recipient: rfc822; intendance@lp-saint-nazaire.example.fr
Action: delayed
Status: 4.4.1

--dly77--
"""))

m("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'completed' notification for a convention: no Auto-Submitted or Precedence; no-reply sender and wording show it is automatic.",
  "Signature électronique <notifications@esign.example.fr>", "Document signé : Convention d'adhésion 2027",
  """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2027 - CFA des métiers de Tours ».
Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ne répondez pas à ce message.""", ua=None)

m("automated", False, None, None, None, False, "fr",
  "Host autoresponder with only X-Autoreply / X-Autorespond headers.",
  "Contact CFA <contact@cfa-coiffure-nantes.example.fr>", "Re: [#SUP-041901] Votre demande",
  """Merci pour votre message. Le CFA est fermé pendant les vacances de Noël, nous vous répondrons dès le 4 janvier.""",
  hdr=[("X-Autoreply", "yes"), ("X-Autorespond", "Re: [#SUP-041901] Votre demande")], ua=None)

m("automated", False, None, "centre-val-de-loire", None, False, "fr",
  "Another desk's acknowledgement (Auto-Submitted, X-Loop): answering would start a loop. Region from the ac-orleans-tours.fr sender.",
  "Assistance académique <assistance@ac-orleans-tours.fr>", "[Assistance #2026-77812] Accusé de réception",
  """Votre demande a bien été enregistrée sous le numéro 2026-77812. Un technicien la prendra en charge dans les meilleurs délais.
Merci de ne pas répondre à ce message.""", hdr=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-orleans-tours.fr")], ua=None)

m("automated", False, None, "bretagne", "esidoc", True, "fr",
  "A librarian's real password question posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-rennes.fr.",
  "Annaïg Le Coz <annaig.le-coz@ac-rennes.fr>", "[doc-bzh] mot de passe du portail ?",
  """Bonjour à toutes et tous,
Quelqu'un sait-il comment on récupère le mot de passe admin du portail quand l'adresse de contact est celle d'une collègue partie ? Merci !
Annaïg""", to="Liste des documentalistes <doc-bzh@listes.ac-rennes.fr>",
  hdr=[("List-Id", "<doc-bzh.listes.ac-rennes.fr>"), ("Precedence", "list"), ("List-Post", "<mailto:doc-bzh@listes.ac-rennes.fr>")])

m("automated", False, None, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Failure)' with text/rfc822-headers.",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>", "Delivery Status Notification (Failure)", "",
  rp="<>", auth="none", ua=None, hdr=[("Auto-Submitted", "auto-replied")],
  raw=('multipart/report; report-type=delivery-status; boundary="000000000000gm1"', """--000000000000gm1
Content-Type: text/plain; charset="UTF-8"

Address not found
Your message wasn't delivered to documentaliste.lp56@example.com because the address couldn't be found.

--000000000000gm1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Final-Recipient: rfc822; documentaliste.lp56@example.com
Action: failed
Status: 5.1.1

--000000000000gm1
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
Subject: [#SUP-041930] Votre abonnement

--000000000000gm1--
"""))

m("automated", False, None, None, None, True, "fr",
  "MailInBlack sender-authentication challenge received by the desk itself: a machine message naming the product, not a user's complaint.",
  "Mailinblack <challenge@mailinblack.example.com>", "Validez votre message pour le lycée professionnel",
  """Bonjour,
Votre correspondant utilise Mailinblack pour se protéger des courriers indésirables. Pour que votre message "[#SUP-041944] Lien de réinitialisation" lui soit remis, cliquez sur le lien ci-dessous et recopiez le code affiché :
https://challenge.mailinblack.example.com/v/4f8e1c
Ce message a été généré automatiquement.""", hdr=[("Auto-Submitted", "auto-generated")], ua=None, html=True)

m("automated", False, None, None, None, False, "fr",
  "Quarantine digest from the hosting provider's anti-spam sent to the desk mailbox (Auto-Submitted).",
  "Filtre antispam <quarantaine@mail-hosting.example.net>", "Rapport de quarantaine du 14/12/2026",
  """Rapport quotidien pour support@assistance.example.fr
3 messages retenus en quarantaine :
- "Gagnez un iPhone" (offres@promo.example.biz)
- "Facture impayée" (compta@faux-fournisseur.example.xyz)
- "Livraison en attente" (colis@suivi.example.top)
Connectez-vous à l'interface pour les libérer.""", hdr=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")], ua=None, d=(14, 6, 0))

m("automated", False, None, "pays-de-la-loire", None, False, "fr",
  "Outlook 'Non lu :' notice (deleted without being read). Region from ac-nantes.fr.",
  "Romain Gilet <romain.gilet@ac-nantes.fr>", "Non lu : [#SUP-041880] Facture absente de Chorus", "",
  ua="Microsoft Outlook 16.0",
  raw=('multipart/report; report-type=disposition-notification;\n boundary="nl_33"', """--nl_33
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message à Romain Gilet a été supprimé sans avoir été lu le 17/12/2026 16:40.

--nl_33
Content-Type: message/disposition-notification

Final-Recipient: rfc822;romain.gilet@ac-nantes.fr
Disposition: automatic-action/MDN-sent-automatically; deleted

--nl_33--
"""))
# ---------------- other (19)
m("other", False, None, "bretagne", None, True, "fr",
  "CPE locked out of the academic ENT/messagerie after the rectorat's forced password change: not our service, other (mentions a password).",
  "Pierrick Le Saux <pierrick.le-saux@ac-rennes.fr>", "Bloqué après changement de mot de passe académique",
  """Bonjour,
Depuis le changement de mot de passe imposé par le rectorat, je n'ai plus accès à l'ENT ni au logiciel d'absences académique. Le guichet du rectorat ne répond pas. Pouvez-vous me débloquer ?
Pierrick Le Saux, CPE""")
m("other", False, None, None, None, False, "fr",
  "Phishing: 'mot de passe expiré, confirmez' from a look-alike domain; no region.",
  "Service Messagerie <securite@ac-nantes-webmail.example.com>", "Votre mot de passe expire aujourd'hui",
  """Cher utilisateur,
Votre mot de passe de messagerie expire aujourd'hui. Pour le conserver, confirmez vos identifiants ici sous 24h : https://ac-nantes-webmail.example.com/login
L'équipe informatique""", auth="dkim=none;\n\tspf=softfail smtp.mailfrom=example.com;\n\tdmarc=none", ua=None)
m("other", False, None, None, None, False, "en",
  "English SEO spam.",
  "Rank Booster <hello@rankbooster.example.biz>", "Boost your site to page 1 before Christmas",
  """Hi there, I noticed your website isn't ranking for key terms. Our holiday SEO package gets you on page 1 in 14 days. Reply YES for a free audit.""")
m("other", False, None, "pays-de-la-loire", None, False, "fr",
  "'Bien reçu, merci.' from a phone.",
  "Christine Pasquier <christine.pasquier@ac-nantes.fr>", "Re: [#SUP-041745] Notifications",
  """Bien reçu, merci et bonnes fêtes.""", irt="SUP-041745.1796500000.c0ffee@assistance.example.fr", ua=None)
m("other", False, None, "centre-val-de-loire", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  "Mathilde Aubry <mathilde.aubry@ac-orleans-tours.fr>", "RE: [#SUP-041960] Première connexion au portail",
  """Un grand merci, tout fonctionne, la vitrine de Noël est en ligne !
Mathilde

> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse de l'établissement.""",
  irt="SUP-041960.1796800000.9a8b7c@assistance.example.fr")
m("other", False, None, None, None, True, "fr",
  "Fake 'unpaid invoice' with a link from an unknown sender: phishing, not order_billing.",
  "Service Facturation <facturation@chorus-paiement.example.top>", "Facture impayée n°FA-88712 - relance finale",
  """Madame, Monsieur,
Sauf erreur, votre facture n°FA-88712 de 2 340,00 € reste impayée. Réglez-la via Chorus avant poursuites : https://chorus-paiement.example.top/fa88712
Service recouvrement""", auth="dkim=none;\n\tspf=fail smtp.mailfrom=chorus-paiement.example.top;\n\tdmarc=none", ua=None)
m("other", False, None, None, None, False, "fr",
  "Cold prospecting for library furniture written to one person (no list headers).",
  "Julien Morvan <julien.morvan@agencements-cdi.example.fr>", "Aménagement de votre CDI",
  """Bonjour,
Je me permets de vous contacter : nous aménageons des CDI de lycées professionnels (rayonnages, coins lecture). Auriez-vous 15 minutes en janvier pour en parler ?
Julien Morvan, chargé d'affaires""")
m("other", False, None, None, None, False, "fr",
  "Asks to be removed from the newsletter, written by hand: not automated.",
  "Henri Jamet <henri.jamet@example.fr>", "Désinscription",
  """Bonjour, merci de me retirer de votre lettre d'information, je suis à la retraite depuis juin. Bonnes fêtes. H. Jamet""")
m("other", False, None, "pays-de-la-loire", None, False, "fr",
  "Teacher asks for Christmas reading list ideas for CAP pupils: unrelated to the services.",
  "Emma Foucher <emma.foucher@ac-nantes.fr>", "Idées de lectures pour CAP",
  """Bonjour,
Auriez-vous des conseils de romans courts pour des élèves de CAP, à offrir pour Noël ? Je cherche des titres accessibles mais pas infantilisants.
Emma Foucher, professeure de lettres-histoire""")
m("other", False, None, None, None, False, "fr",
  "GDPR erasure request from a former gestionnaire.",
  "Odile Caron <odile.caron@example.fr>", "Suppression de mes données",
  """Bonjour,
Ayant quitté l'Éducation nationale, je vous demande de supprimer mon compte et mes données personnelles, conformément au RGPD.
Odile Caron""")
m("other", False, None, "bretagne", "espace_acheteur", False, "fr",
  "Wants to register for a webinar on year-end orders, the link fails.",
  "Annick Derrien <annick.derrien@ac-rennes.fr>", "Webinaire fin d'exercice",
  """Bonjour, le lien d'inscription au webinaire "Réussir sa clôture sur l'espace acheteur" du 9 décembre renvoie une erreur. Peut-on s'inscrire autrement ?
Annick Derrien""")
m("other", False, None, None, None, False, "fr",
  "Angry complaint about an unanswered request with no topic given.",
  "Gérald Poulain <g.poulain@cfa-batiment-45.example.fr>", "Aucune réponse !!!",
  """Cela fait trois semaines que j'attends une réponse. C'est inadmissible. Je vais faire remonter au rectorat.""")
m("other", False, "0419578N", "centre-val-de-loire", "esidoc", False, "fr",
  "Thanks for fixing the portal display: mentions the portal but asks nothing.",
  "Estelle Roger <estelle.roger@ac-orleans-tours.fr>", "Merci",
  """Bonjour, juste un mot pour vous remercier : l'affichage du portail est de nouveau correct et la sélection de Noël est visible. Belles fêtes ! Estelle Roger, CDI 0419578N""")
m("other", False, None, None, None, True, "en",
  "English edtech partnership pitch sent as a follow-up quoting her own first mail.",
  "Laura Benson <laura@readly-edtech.example.io>", "Re: Partnership idea - reading challenge for French schools",
  """Hi again,

Just bumping this up before the holidays - would love 20 minutes with your team.

Laura

On Mon, Nov 30, 2026 at 10:02 AM Laura Benson <laura@readly-edtech.example.io> wrote:
> Hi! We run reading challenges for vocational high schools and would love to integrate with your library platform.
""", ua=None)
m("other", False, None, "pays-de-la-loire", None, True, "fr",
  "IT technician asks about configuring SPF/DKIM/DMARC for the school's own outgoing domain: general technical question, not a missing mail nor MailInBlack.",
  "Florian Bodin <florian.bodin@ac-nantes.fr>", "Question DKIM pour notre domaine",
  """Bonjour,

Notre lycée envoie ses newsletters aux familles depuis un sous-domaine à nous. Depuis qu'on a durci le DMARC en p=reject, une partie part en spam chez Gmail. Savez-vous quel sélecteur DKIM utiliser avec la messagerie académique ? On tourne en rond.

Florian Bodin, technicien
""")
m("other", False, None, None, None, False, "fr",
  "Personal message sent to the desk by autocomplete mistake.",
  "Soline <soline.tournier@example.fr>", "Repas de Noël vendredi",
  """Coucou, c'est bon pour vendredi midi, je ramène la bûche ! Bises""", ua=None)
m("other", False, "0452050J", "centre-val-de-loire", "ticket_portal", False, "fr",
  "How to add a colleague to a ticket on the ticket portal: how-to question with no category of its own.",
  "Hervé Champion <herve.champion@ac-orleans-tours.fr>", "Partager un ticket",
  """Bonjour, comment ajouter ma collègue en copie d'un ticket sur le portail de tickets, pour qu'elle suive pendant mes congés ? H. Champion, 0452050J""")
m("other", False, None, None, None, True, "fr",
  "Unsolicited job application from a student of a CFA, with a CV mentioned.",
  "Yanis Lebrun <yanis.lebrun@example.fr>", "Candidature alternance",
  """Bonjour,
Je suis en BTS au CFA de Saint-Brieuc et je cherche une entreprise pour mon alternance en support informatique à partir de janvier. Vous trouverez mon CV ci-joint.
Yanis Lebrun""")
m("other", False, None, "pays-de-la-loire", "esignature", True, "fr",
  "The convention sent for e-signature carries the wrong establishment name: only the sender of the document can fix it; other, not contract_documents.",
  "Hélène Girard <helene.girard@ac-nantes.fr>", "Erreur sur la convention à signer",
  """Bonjour,
La convention reçue pour signature électronique porte le nom de l'ancien lycée (avant la fusion). Je ne peux pas signer en l'état. Qui doit la corriger ?
Hélène Girard, secrétaire générale""")


# ================================================================ checks and output
TARGET = {"password_reset": 24, "automated": 20, "other": 19, "missing_noreply_mail": 16,
          "head_of_establishment_request": 13, "mailinblack_spam": 12, "order_billing": 12,
          "account_creation": 9, "subscription_activation": 9, "transfer_incident": 9, "contract_documents": 7}


def _norm(s):
    return re.sub(r"\s+", "", s).upper()


def main():
    assert len(MAILS) == 150, len(MAILS)
    counts = {}
    for r in MAILS:
        counts[r["cat"]] = counts.get(r["cat"], 0) + 1
    assert counts == TARGET, counts
    order = list(range(len(MAILS)))
    random.Random(38).shuffle(order)
    lines = []
    for n, idx in enumerate(order, 1):
        r = MAILS[idx]
        name = "h%03d.eml" % n
        text = build(n, r)
        _, addr = _hdr_addr(r["frm"])
        # label consistency
        assert r["cat"] in CATS, r["cat"]
        assert r["plat"] in PLATFORMS, r["plat"]
        assert r["lang"] in ("fr", "en")
        assert isinstance(r["hard"], bool) and isinstance(r["ok"], bool)
        if r["ok"]:
            assert r["cat"] in AUTO, (name, r["cat"])
        if r["uai"] is not None:
            assert uai_ok(r["uai"]), (name, r["uai"])
            hay = _norm(r["subj"] + " " + r["frm"] + " " + r["body"])
            assert r["uai"] in hay, (name, r["uai"])
        assert r["region"] == expected_region(r["uai"], addr), (name, r["region"], expected_region(r["uai"], addr))
        # any wrong-check-letter code present must be mentioned in the notes and not be the label
        for code in set(re.findall(r"\b\d{7}[A-Za-z]\b", r["subj"] + " " + r["body"] + " " + addr)):
            c = code.upper()
            if not uai_ok(c):
                assert c != r["uai"] and c in r["notes"] and "wrong check letter" in r["notes"].lower(), (name, c)
        if "wrong check letter" in r["notes"].lower():
            assert any(not uai_ok(c.upper()) for c in re.findall(r"\b\d{7}[A-Za-z]\b", r["subj"] + r["body"])), name
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        lines.append(json.dumps({"file": name, "category": r["cat"], "auto_reply_ok": r["ok"], "uai": r["uai"],
                                 "region": r["region"], "platform": r["plat"], "hard": r["hard"], "lang": r["lang"],
                                 "notes": r["notes"]}, ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    nh = sum(r["hard"] for r in MAILS)
    print("wrote %d mails, %d hard, %d auto_reply_ok" % (len(MAILS), nh, sum(r["ok"] for r in MAILS)))
    print(json.dumps(counts, sort_keys=True))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build holdout128: 150 hand-written blind test mails for the help-desk classifier.

Theme: writers who give too much or too little. Very long mails where the
request is buried in the middle of a life story, and vague mails where the need
has to be guessed. Every text below is written by hand; the script only wraps
them in realistic headers (standard library only, deterministic).

Run:  python3 make_holdout128.py   (writes h001.eml .. h150.eml and labels.jsonl
next to this script, then re-reads and checks them).
"""
import base64
import datetime
import email
import hashlib
import html
import json
import os
import quopri
import random
import re
from email import policy
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(12801)

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
]
# categories whose default action is never auto_reply
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
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
    "guadeloupe": ("971", "ac-guadeloupe.fr"),
    "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"),
    "la-reunion": ("974", "ac-reunion.fr"),
    "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _doms.split():
        DOMAIN_REGION[_dom] = _slug


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and LETTERS[int(code[:7]) % 23] == code[7]


def expected_region(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


MAILS = []


def M(frm, subject, body, category, ok, uai, region, platform, hard, lang, notes, **kw):
    """One hand-written mail. frm = (display name, address)."""
    MAILS.append(dict(frm=frm, subject=subject, body=body, category=category,
                      ok=ok, uai=uai, region=region, platform=platform,
                      hard=hard, lang=lang, notes=notes, kw=kw))


# ---------------------------------------------------------------- wrapping
MAILERS = [
    ("User-Agent", "Mozilla Thunderbird"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4546)"),
    ("X-Mailer", "iPhone Mail (21G93)"),
    ("User-Agent", "Roundcube Webmail/1.6.7"),
    None, None,
]


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def enc_addr(name, addr):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if re.search(r'[,.;:()<>@"]', name):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l) for l in p.split("\n")]
        out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
            '</head>\n<body lang="FR" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out) + "\n</div>\n</body></html>\n")


def encode_part(text, cte, charset):
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def leaf(text, subtype, cte, charset):
    head = ("Content-Type: text/%s; charset=%s\nContent-Transfer-Encoding: %s\n\n"
            % (subtype, charset if subtype == "html" else charset + ("; format=flowed" if cte == "8bit" and charset == "utf-8" and subtype == "plain" else ""), cte))
    return head.encode("ascii") + encode_part(text, cte, charset)


def build(idx, m):
    kw = m["kw"]
    name, addr = m["frm"]
    dom = addr.rsplit("@", 1)[1]
    day = datetime.datetime(2024, 9, 2, 7, 0) + datetime.timedelta(
        days=RNG.randint(0, 270), minutes=RNG.randint(0, 11 * 60))
    if idx in FIXED_DATES:
        day = datetime.datetime(*FIXED_DATES[idx])
    tz = kw.get("tz", "+0100" if day.month in (11, 12, 1, 2, 3) else "+0200")
    date = day.strftime("%a, %d %b %Y %H:%M:%S ") + tz
    token = hashlib.sha1(("%d-%s" % (idx, RNG.random())).encode()).hexdigest()
    msgid = kw.get("msgid", "<%s.%s@%s>" % (token[:12], token[12:20], dom))
    auth = kw.get("auth", "pass")
    if auth == "pass":
        ar = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
              "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s\n" % (dom, dom, dom))
    elif auth == "fail":
        ar = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n"
              "\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s\n" % (dom, dom))
    else:
        ar = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n"
              "\tspf=none smtp.mailfrom=%s;\n\tdmarc=none header.from=%s\n" % (dom, dom))
    rp = kw.get("return_path", addr)
    hdr = []
    hdr.append("Return-Path: <%s>" % rp)
    hdr.append("Delivered-To: support@assistance.example.fr")
    hdr.append("Received: from smtp%d.%s (smtp%d.%s [203.0.113.%d])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <support@assistance.example.fr>; %s"
               % (idx % 7 + 1, dom, idx % 7 + 1, dom, RNG.randint(2, 250), token[20:35].upper(), date))
    hdr.append(ar.rstrip("\n"))
    hdr.append("From: " + enc_addr(name, addr))
    hdr.append("To: " + kw.get("to", "Assistance <support@assistance.example.fr>"))
    if kw.get("cc"):
        hdr.append("Cc: " + kw["cc"])
    hdr.append("Subject: " + enc_header(m["subject"]))
    hdr.append("Date: " + date)
    hdr.append("Message-ID: " + msgid)
    if kw.get("in_reply_to"):
        hdr.append("In-Reply-To: " + kw["in_reply_to"])
        hdr.append("References: " + kw["in_reply_to"])
    mailer = kw.get("mailer", MAILERS[idx % len(MAILERS)])
    if mailer:
        hdr.append("%s: %s" % mailer)
    for k, v in kw.get("headers", []):
        hdr.append("%s: %s" % (k, v))
    hdr.append("MIME-Version: 1.0")
    fmt = kw.get("fmt", "plain")
    cte = kw.get("cte", "8bit")
    charset = kw.get("charset", "utf-8")
    body = m["body"].strip("\n") + "\n"
    boundary = "=_b%s" % token[:24]
    if "parts" in kw:
        subtype = kw.get("multipart", "mixed")
        hdr.append('Content-Type: multipart/%s;\n boundary="%s"' % (subtype, boundary))
        chunks = [b"This is a multi-part message in MIME format.\n"]
        for ctype, text in kw["parts"]:
            chunks.append(("\n--%s\nContent-Type: %s\n\n" % (boundary, ctype)).encode() + text.strip("\n").encode("utf-8") + b"\n")
        chunks.append(("\n--%s--\n" % boundary).encode())
        payload = b"".join(chunks)
    elif fmt == "plain":
        payload = leaf(body, "plain", cte, charset)
    elif fmt == "html":
        payload = leaf(to_html(body), "html", cte if cte != "8bit" else "quoted-printable", charset)
    else:  # multipart/alternative
        hdr.append('Content-Type: multipart/alternative;\n boundary="%s"' % boundary)
        payload = (("\n--%s\n" % boundary).encode() + leaf(body, "plain", cte, charset)
                   + ("\n--%s\n" % boundary).encode()
                   + leaf(to_html(body), "html", "quoted-printable", charset)
                   + ("\n--%s--\n" % boundary).encode())
    if fmt in ("plain", "html") and "parts" not in kw:
        head, _, rest = payload.partition(b"\n\n")
        hdr.extend(head.decode("ascii").split("\n"))
        payload = rest
    return ("\n".join(hdr) + "\n\n").encode("ascii") + payload


# ---------------------------------------------------------------- the mails
# h001
M(("Gwenaëlle Le Bihan", "gwenaelle.le-bihan@ac-rennes.fr"),
  "Prise de poste au CDI - plusieurs questions",
  """Bonjour,

Je me permets de vous écrire car je viens de prendre mon poste de professeure documentaliste au collège Max Jacob de Quimper, après six ans passés dans un lycée agricole du Morbihan où nous n'avions pas du tout les mêmes outils (nous étions sur BCDI en local, sans portail, c'est dire).

Pour vous situer un peu le contexte : ma collègue précédente est partie en retraite en juillet, sans vraiment de passation puisque j'ai été nommée tard, le 28 août. Le CDI sort d'une rénovation (nouveau mobilier, nouvelles étagères, tout le fonds a été mis en cartons pendant les travaux) et je passe donc mes journées à ranger et à récoler. L'équipe de direction est très accueillante, la gestionnaire aussi, mais personne ne sait rien des accès informatiques du CDI.

J'ai retrouvé dans un classeur un post-it avec « e-sidoc » et une adresse, mais pas de mot de passe. Concrètement je ne connais pas le mot de passe du back office du portail, et je ne sais pas à quelle adresse il était rattaché (probablement la messagerie personnelle de ma collègue, qui n'est plus joignable). L'identifiant serait notre RNE, 0290831W.

Au passage, si vous avez des conseils pour les séances de rentrée avec les 6e, je prends volontiers, mais j'imagine que ce n'est pas votre rôle !

Merci d'avance, et désolée pour la longueur du message.

Gwenaëlle Le Bihan
Professeure documentaliste
Collège Max Jacob - Quimper""",
  "password_reset", True, "0290831W", "bretagne", "esidoc", True, "fr",
  "Long onboarding story; the request (unknown e-sidoc back-office password, UAI given) is in the fourth paragraph. Standard reset path fits.")

# h002
M(("Secrétariat de direction", "ce.0561374P@ac-rennes.fr"),
  "Réponse automatique : Demande de mot de passe",
  """Bonjour,

Le secrétariat est fermé pendant les vacances de la Toussaint, du 19 octobre au 3 novembre inclus.
Votre message sera traité à notre retour. Pour toute urgence, merci de contacter la DSDEN du Morbihan.

Cordialement,
Le secrétariat""",
  "automated", False, "0561374P", "bretagne", None, False, "fr",
  "School office holiday auto-reply (Auto-Submitted), its subject mentions a password; UAI from the ce. address.",
  headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
  mailer=None)

# h003
M(("Martine", "martine.dhuy62@orange.fr"),
  "rappel",
  """Bonjour pouvez vous me rappeler svp
merci""",
  "other", False, None, None, None, True, "fr",
  "Only asks to be called back: no phone number, no product, no topic. Nothing can be told, so a person looks.",
  mailer=("X-Mailer", "Orange Mail (Android)"))

# h004
M(("Julien Paoli", "julien.paoli@ville-porto-vecchio.fr"),
  "mail",
  """bonjour
je n'ai toujours pas reçu le mail pour activer le compte
cordialement
J. Paoli""",
  "missing_noreply_mail", True, None, None, None, True, "fr",
  "Very short: an activation mail never arrived. No product named, non-academic sender, so no platform and no region; the junk-folder answer still fits.")

# h005
M(("Stéphane Rigaud", "s.rigaud@cc-vallee-de-la-dore.fr"),
  "Migration messagerie / pare-feu / ENT : point d'étape et une question",
  """Bonjour,

Je suis responsable informatique de la communauté de communes, et à ce titre je m'occupe des écoles du territoire (14 écoles primaires, 2 RPI) ainsi que des services administratifs. Je vous écris car nous avons pas mal de changements en cours et je préfère tout vous expliquer d'un coup.

1) Depuis septembre, nous avons migré toutes les boîtes des écoles et de la mairie vers un nouvel hébergeur. Les anciennes adresses en @wanadoo restent actives jusqu'en décembre.
2) Nous avons remplacé le pare-feu (Stormshield) et refait le plan d'adressage, ce qui a causé quelques soucis d'accès aux sites extérieurs, réglés depuis.
3) Le département nous a imposé le déploiement de Mailinblack sur l'ensemble des boîtes, au 1er octobre.
4) L'ENT des écoles change aussi en janvier, mais ça ne vous concerne pas.

C'est le point 3 qui nous pose problème avec vous : nos deux acheteuses qui utilisent l'Espace Acheteur ne reçoivent plus les mails de validation et de connexion. Je les ai retrouvés en quarantaine Mailinblack. Pouvez-vous me donner la liste exacte des adresses et domaines expéditeurs à autoriser, pour que je l'ajoute en liste blanche globale plutôt que boîte par boîte ?

Pour info, nous avons aussi des soucis avec d'autres fournisseurs, ce n'est pas spécifique à vous.

Merci,
Stéphane Rigaud
Service informatique mutualisé
Communauté de communes de la Vallée de la Dore""",
  "mailinblack_spam", True, None, None, "espace_acheteur", True, "fr",
  "Numbered list of IT changes; point 3 and the question below it are the request: which senders to allow-list in Mailinblack. Non-academic sender, no UAI.",
  fmt="alt", cte="quoted-printable", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h006
M(("Principal - Collège Albert Camus", "ce.0593874R@ac-lille.fr"),
  "Changement d'administrateur Espace Acheteur - collège Albert Camus",
  """Madame, Monsieur,

Je vous écris en ma qualité de principal du collège Albert Camus de Tourcoing (UAI 0593874R).

L'établissement traverse une période compliquée sur le plan administratif : notre adjointe gestionnaire, Mme Delattre, qui était l'administratrice de notre structure sur l'Espace Acheteur, est en congé de longue maladie depuis le 9 septembre et ne reprendra pas avant l'été. Un intérim a d'abord été assuré par l'agent comptable du groupement, puis par une collègue d'un établissement voisin à raison d'une demi-journée par semaine, ce qui n'était pas tenable. Le rectorat vient de nous affecter un gestionnaire contractuel, M. Kevin Roussel, arrivé le 4 novembre.

Je vous demande donc de bien vouloir désigner M. Roussel (kevin.roussel@ac-lille.fr) comme administrateur de notre structure sur l'Espace Acheteur, en remplacement de Mme Delattre, dont l'accès peut être fermé. Plusieurs commandes de fournitures attendent une validation, d'où une certaine urgence.

Je reste à votre disposition au 03 20 00 00 00 pour toute vérification.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hervé Castelain
Principal
Collège Albert Camus - Tourcoing""",
  "head_of_establishment_request", False, "0593874R", "hauts-de-france", "espace_acheteur", False, "fr",
  "The principal, from the ce.<UAI> address, names a new structure administrator after a long explanation of the staff situation.",
  fmt="html", cte="quoted-printable", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h007
M(("CDI Lycée Jean Jaurès", "cdi.jaures@laposte.net"),
  "Europresse ?",
  """Bonjour,
On a commandé Europresse avant-hier (enfin la gestionnaire), c'est normal qu'on ne voie encore rien ?
Merci
Nadia - CDI
Lycée Jean Jaurès, 0810993Y""",
  "subscription_activation", True, None, None, "esidoc", True, "fr",
  "Short and vague, but it is the activation delay (ordered two days ago). The code in the signature 0810993Y has a wrong check letter (the digits give 0810993P), so no UAI and no region.")

# h008
M(("Sandrine Morel", "sandrine.morel@ac-bordeaux.fr"),
  "Renouvellement abonnement + budget 2025",
  """Bonjour,

Je suis gestionnaire au lycée Montesquieu de Bordeaux (0330877Z). Je vous écris au sujet du renouvellement de notre abonnement e-sidoc, mais avant toute chose je voudrais vous expliquer notre situation budgétaire, parce qu'elle conditionne la suite.

Notre budget 2025 a été voté en conseil d'administration le 28 novembre, avec une enveloppe « documentation » en baisse de 12 % par rapport à 2024, suite à la réduction de la dotation de la Région. Nous avons donc arbitré avec la professeure documentaliste : nous gardons le portail, nous abandonnons une des deux ressources en ligne, et nous reportons l'achat de mobilier. Une DBM est prévue en mars si les crédits le permettent.

Notre agent comptable exige désormais, pour tout engagement supérieur à 1 000 euros, un devis nominatif au nom de l'EPLE (et non un simple tarif catalogue) afin d'établir le bon d'engagement. Pourriez-vous donc nous envoyer un devis pour le renouvellement du portail seul, pour la période de janvier à décembre 2025 ?

Je précise que l'ancienne adresse de facturation (intendance.montesquieu@wanadoo.fr) n'existe plus : merci d'utiliser mon adresse.

Bien cordialement,

Sandrine Morel
Adjointe gestionnaire
Lycée Montesquieu""",
  "order_billing", False, "0330877Z", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Budget context first; the request is a nominative quote for the renewal, needed for the bon d'engagement.")

# h009
M(("Secrétariat Institution Sainte-Marie", "secretariat@sainte-marie-lisieux.fr"),
  "notes",
  """Bonjour,
les notes remontent plus sur ecoledirecte depuis lundi
Merci de regarder""",
  "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Two lines from a private school: grades no longer reach EcoleDirecte, i.e. the transfer is failing.",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h010
M(("Mail Delivery System", "MAILER-DAEMON@mx.lycee-condorcet-stquentin.fr"),
  "Undelivered Mail Returned to Sender",
  "",
  "automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report) for a desk answer sent to a mistyped address; null Return-Path.",
  return_path="", auth="none", mailer=None,
  headers=[("Auto-Submitted", "auto-replied")],
  multipart='report; report-type=delivery-status',
  parts=[("text/plain; charset=us-ascii", """This is the mail system at host mx.lycee-condorcet-stquentin.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<documentaliste.condorcet@lycee-condorcet-stquentin.fr>: host
    mx.lycee-condorcet-stquentin.fr said: 550 5.1.1 User unknown"""),
         ("message/delivery-status", """Reporting-MTA: dns; mx.lycee-condorcet-stquentin.fr

Final-Recipient: rfc822; documentaliste.condorcet@lycee-condorcet-stquentin.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown"""),
         ("text/rfc822-headers", """From: Assistance <support@assistance.example.fr>
To: documentaliste.condorcet@lycee-condorcet-stquentin.fr
Subject: [#SUP-005102] Votre demande de mot de passe
Message-ID: <SUP-005102.1732000000.a1b2c3@assistance.example.fr>""")])

# h011
M(("Hélène", "helene.castaing33@gmail.com"),
  "0331742P",
  """mdp ?""",
  "password_reset", True, "0331742P", "nouvelle-aquitaine", None, True, "fr",
  "Everything is in two places: the UAI as subject and 'mdp ?' as body. The need is a password; the product is not named (the UAI is the login for several). The reset path still applies.",
  mailer=("X-Mailer", "iPhone Mail (21G93)"))

# h012
M(("Claire-Anne Vidal", "claire-anne.vidal@ac-montpellier.fr"),
  "Livraison de manuels : colis incomplet et facture",
  """Bonjour,

Je suis professeure documentaliste et coordinatrice du projet « manuels partagés » au collège des Garrigues. Nous avons reçu hier la livraison de la commande de romans pour le prix littéraire des 4e, passée auprès de la librairie Le Grain des Mots à Nîmes, et je voudrais vous signaler plusieurs problèmes.

Le colis était incomplet (il manque 6 exemplaires sur 30 de « La Fille du train de nuit »), deux livres sont abîmés, et la facture mentionne 34 exemplaires. J'ai essayé de joindre la librairie trois fois sans succès. Le bon de livraison porte le numéro BL-88412.

Pouvez-vous faire le nécessaire auprès d'eux pour qu'ils nous envoient le complément et corrigent la facture ? Le prix est remis le 15 mai et les élèves doivent avoir lu les livres avant.

Merci beaucoup,

Claire-Anne Vidal""",
  "other", False, None, "occitanie", None, True, "fr",
  "Long complaint about a bookseller's delivery and invoice: the order was not placed through our services, so it is not order_billing. Region from ac-montpellier.fr.")

# h013
M(("Fabrice Maurin", "f.maurin@cc-causses-aigoual.fr"),
  "Nouvel agent - accès plateforme achats",
  """Bonjour,

Je me présente : Fabrice Maurin, recruté au 1er octobre comme chargé de la commande publique à la communauté de communes Causses Aigoual Cévennes. Avant cela j'étais au service marchés d'un centre hospitalier, je connais donc bien les procédures, mais pas du tout votre centrale.

Nous sommes 15 communes, environ 13 000 habitants, et un service commun qui passe les achats pour les écoles, la voirie et le centre aquatique. Mon prédécesseur (parti en mutation) utilisait semble-t-il votre Espace Acheteur pour les fournitures scolaires et le mobilier ; je n'ai trouvé aucune trace d'identifiant dans ses dossiers. Le DGS me demande de reprendre ces commandes au plus vite, les écoles attendent leurs tables pour la rentrée de janvier.

Comment dois-je faire pour me créer un compte sur l'Espace Acheteur ? Faut-il passer par un formulaire, et qui le valide ?

Bien à vous,

Fabrice Maurin
Chargé de la commande publique
CC Causses Aigoual Cévennes""",
  "account_creation", True, None, None, "espace_acheteur", False, "fr",
  "CV and territory description first; the question is how to create an Espace Acheteur account. The sign-up answer fits.")

# h014
M(("Loïc Ferrand", "loic.ferrand@mairie-sainte-luce.fr"),
  "Marché mobilier",
  """Bonjour,
je ne trouve plus le CCTP du marché mobilier scolaire dans mes marchés, il y était le mois dernier.
Merci""",
  "contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Short: a market document (CCTP) no longer visible in 'Mes marchés'.")

# h015
M(("Rebecca Thornton", "r.thornton@ecole-internationale-manosque.fr"),
  "Password email never arrives (long explanation, sorry)",
  """Hello,

I'm the IT coordinator at the international school in Manosque. I don't speak French well enough to write this properly, so I hope English is fine.

Some background: we moved the whole school from Google Workspace to Microsoft 365 over the summer, with the default Microsoft filtering only (no third-party spam product, the board decided it was too expensive). All staff mail works, external newsletters arrive, parents' mail arrives, everything seems fine.

However, our purchasing officer, Mr. Bellamy, tried three times this week to get a new password for the buyer space (Espace Acheteur). The site says an email has been sent, but nothing ever arrives: not in the inbox, not in Junk, not in the quarantine of the Microsoft portal either, which I checked myself as admin. I searched the message trace for anything from your no-reply address and found nothing at all.

Could you tell me the exact sender address and whether the messages actually leave your side? I can add the address to our allowed senders if needed.

Many thanks,
Rebecca Thornton
IT coordinator""",
  "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English, long IT background; the new-password mail never arrives, no anti-spam product in use. The no-reply answer (sender address, allow it) fits.",
  fmt="alt", cte="quoted-printable", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h016
M(("La Lettre Doc'Actu", "lettre@docactu-info.fr"),
  "Doc'Actu n°47 : éducation aux médias, nouveautés jeunesse, agenda",
  """Doc'Actu - la lettre des professeurs documentalistes

Dans ce numéro :
- Semaine de la presse et des médias dans l'école : les inscriptions sont ouvertes
- Notre sélection de romans graphiques pour les 11-15 ans
- Fiche pratique : organiser un club lecture au collège
- Agenda des formations du trimestre

Vous recevez cette lettre car vous êtes inscrit(e) à la liste Doc'Actu.
Se désinscrire : https://docactu-info.fr/desinscription""",
  "automated", False, None, None, None, False, "fr",
  "Mailing-list newsletter (List-Id, List-Unsubscribe, Precedence: bulk).",
  fmt="alt", cte="quoted-printable", mailer=("X-Mailer", "Sendinblue"),
  headers=[("List-Id", "Doc'Actu <docactu.docactu-info.fr>"),
           ("List-Unsubscribe", "<https://docactu-info.fr/desinscription?u=8812>"),
           ("Precedence", "bulk")])

# h017
M(("Thierry Bouvet", "thierry.bouvet@ac-lyon.fr"),
  "accès e-sidoc et ressources",
  """Bonjour,

Je me permets de vous solliciter pour deux choses, je fais tout en un seul message pour ne pas vous encombrer.

D'abord, je suis documentaliste au lycée La Martinière Diderot (0693518Z) depuis trois semaines, en remplacement d'une collègue en congé maternité. Elle m'a laissé des notes très complètes, sauf le mot de passe du back office e-sidoc, qu'elle changeait régulièrement et qu'elle n'a pas noté. Elle est injoignable (et c'est bien normal). J'ai cliqué sur mot de passe oublié, le mail est sans doute parti sur sa boîte.

Ensuite, et c'est peut-être le plus urgent pour les collègues : l'abonnement à Universalis, qui a été renouvelé par la gestion début octobre, n'apparaît toujours pas sur le portail, alors que les professeurs de SES voulaient l'utiliser pour un devoir à la maison. Ça fait trois semaines.

Merci d'avance pour votre aide sur ces deux points,

Thierry Bouvet""",
  "password_reset", False, "0693518Z", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "Two topics: unknown back-office password (first) and a subscription renewed three weeks ago still not visible (past 72 h). One template would not do; a person answers.")

# h018
M(("Principal Collège Jules Ferry", "ce.0940682F@ac-creteil.fr"),
  "RE: demande réinitialisation",
  """Je confirme.

M. Ouali

-----Message d'origine-----
De : Samia Benali <samia.benali@ac-creteil.fr>
Envoyé : mardi 12 novembre 2024 09:14
À : Principal Collège Jules Ferry <ce.0940682F@ac-creteil.fr>
Objet : demande réinitialisation

Bonjour Monsieur Ouali,

Comme convenu ce matin, pourriez-vous confirmer par écrit au support que vous autorisez la réinitialisation du mot de passe administrateur de notre portail e-sidoc, avec envoi du lien sur l'adresse du collège ? Il faut écrire à support@assistance.example.fr.

Merci,
Samia Benali, professeure documentaliste""",
  "head_of_establishment_request", False, "0940682F", "ile-de-france", "esidoc", True, "fr",
  "Two words of new text: the principal forwards, from the ce.<UAI> address, his librarian's message and confirms the e-sidoc admin reset. The request is only in the quoted part.",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h019
M(("Marc Dubreuil", "m.dubreuil@lycee-prive-st-joseph-vannes.fr"),
  "blocage",
  """Bonjour, vos mails sont bloqués par notre antispam mailinblack, on fait quoi ?""",
  "mailinblack_spam", True, None, None, None, False, "fr",
  "One line; Mailinblack named; no product named.",
  mailer=("X-Mailer", "iPhone Mail (21G93)"))

# h020
M(("Dominique Arnaud", "dominique.arnaud@ac-dijon.fr"),
  "TOUJOURS RIEN",
  """Bonjour,

Ca fait maintenant trois semaines et toujours rien. J'ai écrit deux fois. Est ce que quelqu'un lit les messages ???

D. Arnaud""",
  "other", False, None, "bourgogne-franche-comte", None, True, "fr",
  "Angry follow-up with no ticket reference, no quote and no topic: the category cannot be told; a person must find the earlier messages. Region from ac-dijon.fr.")

# h021
M(("Anne-Sophie Garnier", "annesophie.garnier@ac-versailles.fr"),
  "Mot de passe",
  """Bonjour,

Je n'arrive plus à me connecter.

Bonne journée
A-S Garnier""",
  "password_reset", False, None, "ile-de-france", None, True, "fr",
  "Vague: 'cannot log in', no product, no UAI, no error message. Most likely a password matter (subject), but which service is unknown, so no automatic answer can be sent safely. Region from ac-versailles.fr.")

# h022
M(("Bertrand Lemaire", "b.lemaire@ac-normandie.fr"),
  "Re: [#SUP-005231] Abonnement Cafeyn non visible",
  """Bonjour,

Merci pour votre réponse de lundi. Comme vous me l'aviez indiqué j'ai attendu les 72 heures, puis encore deux jours pour être sûr, et j'ai vidé le cache, essayé avec Firefox et Edge, depuis le CDI et depuis chez moi. La ressource Cafeyn n'apparaît toujours pas dans le bloc ressources du portail. La commande a été validée le 2 décembre, nous sommes le 9.

Je vous mets en pièce jointe... non, je n'ai pas de capture, pardon, le bloc est simplement vide.

Merci de regarder de votre côté.

Bertrand Lemaire
Lycée Pierre Corneille, Rouen (0761284H)

> Le 2 déc. 2024 à 16:20, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
> Votre abonnement sera activé sous 72 heures ouvrées après la validation de la commande.
> Cordialement,
> L'assistance""",
  "subscription_activation", False, "0761284H", "normandie", "esidoc", False, "fr",
  "Reply on a ticket after the 72-hour answer: seven days later still not visible, the standard answer was already given; a person must check the order.",
  in_reply_to="<SUP-005231.1733152800.9f2e1c@assistance.example.fr>", mailer=("X-Mailer", "Apple Mail (2.3774.600.62)"))

# h023
M(("Isabelle Texier", "isabelle.texier@ac-nantes.fr"),
  "Question",
  """Bonjour,
Qui est l'administrateur de notre établissement ? Je voudrais lui demander des droits.
Merci
Isabelle Texier
Lycée Clemenceau - Nantes - 0440318G""",
  "account_creation", False, "0440318G", "pays-de-la-loire", None, False, "fr",
  "Asks who the structure's administrator is: a person must look it up. Platform not said.")

# h024
M(("Philippe Garcia", "philippe.garcia@mairie-perpignan-ecoles.fr"),
  "Re: Votre compte Espace Acheteur",
  """Bonjour,

Pour faire suite à notre échange téléphonique avec votre collègue Laurent, je vous remets ici tout l'historique car je crois que ça s'est perdu.

Le 3 octobre j'ai rempli le formulaire de création de compte pour le service des affaires scolaires de la Ville. Le 10, pas de nouvelles, j'ai relancé par téléphone, on m'a dit que c'était l'administrateur de ma structure qui devait valider. Problème : d'après votre collègue, l'administrateur de la structure « Ville de Perpignan » est M. Serre, du service marchés, qui est parti en retraite au printemps. Personne d'autre n'a les droits. Votre collègue m'a dit de vous écrire pour que la région fasse la validation à sa place, ou nomme un nouvel administrateur.

Je suis donc toujours bloqué, six semaines après, et les commandes de Noël pour les écoles vont passer à la trappe.

Merci de faire le nécessaire,

Philippe Garcia
Responsable affaires scolaires""",
  "account_creation", False, None, None, "espace_acheteur", True, "fr",
  "Account waiting for validation for six weeks; the structure administrator has retired, so the standard 'ask your administrator' answer cannot help: a person must step in.",
  fmt="alt", cte="quoted-printable", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h025
M(("noreply", "no-reply@esignature.example.fr"),
  "Document signé : Convention d'adhésion 2025 - Collège Les Tilleuls",
  """Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion 2025 - Collège Les Tilleuls ».
Vous pouvez télécharger le document signé et son certificat de preuve depuis votre espace.

Ceci est un message automatique, merci de ne pas y répondre.""",
  "automated", False, None, None, "esignature", True, "fr",
  "E-signature completion notice: no Auto-Submitted header, only the no-reply sender and the wording show it is automatic.",
  fmt="alt", cte="quoted-printable", mailer=None)

# h026
M(("Yannick Perrot", "yannick.perrot@ac-nancy-metz.fr"),
  "Charlemagne / EcoleDirecte - transferts, historique complet",
  """Bonjour,

Je suis le référent numérique (et aussi professeur de technologie, on cumule) d'un petit collège privé sous contrat de Moselle. Je vous écris un long message car j'ai passé mon week-end dessus et je veux vous éviter de me reposer les questions.

Contexte : notre serveur Charlemagne tournait sur un vieux PC sous Windows 10 dans le bureau de la direction. Il a rendu l'âme le 14 novembre (disque dur). Nous avons acheté un nouveau poste, réinstallé Charlemagne depuis la sauvegarde du 13 au soir (restauration OK, les données sont là, j'ai vérifié les classes et les notes du premier trimestre). Les postes clients se connectent bien au nouveau serveur.

Problème : depuis la réinstallation, les transferts vers EcoleDirecte ne partent plus. Dans Outils, le transfert démarre puis s'arrête avec « licence invalide pour ce poste ». J'imagine que la licence était liée à l'ancienne machine. Pouvez-vous nous régénérer une licence pour le nouveau serveur ?

Les parents commencent à se plaindre de ne pas voir les notes, et les conseils de classe approchent.

Je vous mets le nom du nouveau poste : SRV-CHARLEMAGNE-02.

Merci d'avance,
Yannick Perrot
Collège Saint-Augustin (privé)""",
  "transfer_incident", False, None, "grand-est", "ecoledirecte", False, "fr",
  "Long story of a server crash and restore; the request is a licence to regenerate so EcoleDirecte transfers restart. Region from ac-nancy-metz.fr.")

# h027
M(("Corinne Vasseur", "corinne.vasseur@gmail.com"),
  "aide",
  """bonjour j'ai un problème avec le site, est ce que vous pouvez m'aider
Corinne""",
  "other", False, None, None, None, True, "fr",
  "'A problem with the site', nothing else: no product, no symptom, no establishment. Cannot be categorised; a person must ask.",
  mailer=("X-Mailer", "Samsung Mail"))

# h028
M(("Marie-Laure Quéré", "marie-laure.quere@ac-rennes.fr"),
  "e-sidoc - identifiant",
  """Bonjour,

Je ne sais pas quel est mon identifiant pour me connecter à l'administration du portail e-sidoc du collège, ni le mot de passe d'ailleurs. Le collège est le collège Paul Langevin à Saint-Malo, RNE 0350912B.

Bien à vous,
Marie-Laure Quéré""",
  "password_reset", True, "0350912B", "bretagne", "esidoc", False, "fr",
  "Does not know the identifier (the UAI) nor the password; UAI given: reset answer fits.")

# h029
M(("Amazon Business", "store-news@amazon-business.example.com"),
  "Vos fournitures scolaires à prix réduits - offre établissements",
  """Équipez vos classes avant la rentrée de janvier !

-15 % sur les fournitures scolaires pour les comptes professionnels, livraison gratuite dès 49 euros.
Découvrez nos offres réservées aux établissements d'enseignement.

Vous recevez ce message car vous avez un compte Amazon Business.
Gérer vos préférences de communication.""",
  "automated", False, None, None, None, False, "fr",
  "Commercial bulk mailing with List-Unsubscribe and Precedence: bulk.",
  fmt="html", cte="base64", mailer=None,
  headers=[("List-Unsubscribe", "<mailto:unsubscribe@amazon-business.example.com?subject=unsub>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

# h030
M(("Jean-Pierre Marchal", "jp.marchal@ac-reims.fr"),
  "MailInBlack",
  """Bonjour

Notre rectorat est passé sous MailInBlack. Que dois-je faire pour recevoir vos mails ?

JP Marchal
Lycée Chagall, Reims, 0511294E""",
  "mailinblack_spam", True, "0511294E", "grand-est", None, False, "fr",
  "Short; MailInBlack named; the allow-list guide answers.")

# h031
M(("Nathalie Boyer", "nathalie.boyer@ac-grenoble.fr"),
  "Demande de renseignements - longue histoire",
  """Bonjour,

Je suis arrivée au collège Lucie Aubrac de Grenoble en septembre, comme professeure documentaliste, après avoir longtemps enseigné les lettres. Autant vous dire que je découvre beaucoup de choses : la politique documentaire, le désherbage, les ressources numériques, la gestion des abonnements, tout cela était très abstrait pour moi.

La principale adjointe m'a demandé de faire un état des lieux de tous les outils du CDI pour le conseil pédagogique de décembre. J'ai donc listé : le portail e-sidoc (auquel j'ai accès, pas de souci, merci !), les abonnements papier (une quinzaine de magazines), deux ressources numériques (Europresse, et une encyclopédie dont je n'ai pas le nom exact), les tablettes du CDI, et le logiciel de réservation des salles.

Ma question porte sur les deux ressources numériques : j'aimerais savoir précisément à quoi nous sommes abonnés chez vous, jusqu'à quelle date, et si la facture de l'an dernier peut m'être renvoyée, car la gestionnaire ne la retrouve pas et j'en ai besoin pour l'état des lieux.

Je vous remercie de votre patience,

Nathalie Boyer
Collège Lucie Aubrac (0382615L)""",
  "order_billing", False, "0382615L", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "Long onboarding narrative; asks which subscriptions are held until when and for a copy of last year's invoice. A person must look up the contract and invoice: order_billing (closest), not subscription_activation since nothing is missing.")

# h032
M(("Kevin Lagarde", "kevin.lagarde@ac-toulouse.fr"),
  "Re: Mot de passe",
  """toujours pas recu

Le mer. 6 nov. 2024 à 10:02, Kevin Lagarde <kevin.lagarde@ac-toulouse.fr> a écrit :
> Bonjour, j'ai demandé un nouveau mot de passe sur l'Espace Acheteur mais je n'ai pas reçu le mail.
> Merci""",
  "missing_noreply_mail", True, None, "occitanie", "espace_acheteur", True, "fr",
  "Three words quoting his own first message (not a desk answer): the new-password mail never arrived. The junk-folder answer was not yet sent, so it still fits. Region from ac-toulouse.fr.",
  mailer=None)

# h033
M(("Sabine Klein", "sabine.klein@ac-strasbourg.fr"),
  "Commande",
  """Bonjour,
Est-ce que ma commande est passée ?
S. Klein""",
  "order_billing", False, None, "grand-est", None, True, "fr",
  "Vague: asks whether her order went through, no number, no product. Order status is order_billing; a person must look. Region from ac-strasbourg.fr.")

# h034
M(("Auto-reply", "f.meyer@mairie-haguenau.fr"),
  "Absence du 23/12 au 03/01",
  """Je suis absent jusqu'au 3 janvier inclus. Je n'ai pas accès à ma messagerie.
Pour les bons de commande urgents, merci de vous adresser à commande.publique@mairie-haguenau.fr.

Frédéric Meyer""",
  "automated", False, None, None, None, True, "fr",
  "Out-of-office from a client-side rule: no Auto-Submitted or Precedence; only the subject and wording show it is automatic.",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h035
M(("Proviseur Lycée Victor Hugo", "ce.0860917E@ac-poitiers.fr"),
  "Autorisation",
  """Bonjour,

J'autorise Mme Fontaine, gestionnaire, à valider la commande de renouvellement de l'abonnement au portail documentaire.

Le proviseur
F. Renaud
Lycée Victor Hugo - Poitiers""",
  "head_of_establishment_request", False, "0860917E", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Short written authorisation of an order by the proviseur, from the ce.<UAI> address. 'Portail documentaire' = e-sidoc.")

# h036
M(("Émilie Rousseau", "emilie.rousseau@ac-orleans-tours.fr"),
  "Portail du CDI : un petit souci (et beaucoup de contexte)",
  """Bonjour,

Je vous écris depuis le lycée Descartes de Tours (0371824G). Je suis documentaliste à mi-temps ici et à mi-temps dans un collège de Joué-lès-Tours, ce qui explique que je ne suis pas toujours réactive, toutes mes excuses par avance.

Nous avons passé un trimestre un peu chaotique : dégât des eaux au CDI en septembre, fermeture pendant trois semaines, déménagement provisoire dans une salle de classe, puis réouverture partielle. Pendant tout ce temps j'ai très peu utilisé le portail, à part pour les réservations.

En voulant me reconnecter hier au back office pour préparer la semaine de la presse, on m'indique que mon mot de passe a expiré et qu'il faut le renouveler, mais je ne me souviens plus du tout de l'ancien, donc je suis bloquée sur l'écran de changement. Pouvez-vous m'envoyer un lien de réinitialisation ?

Autre info qui peut vous être utile : l'adresse de contact du compte doit être la mienne, c'est moi qui l'avais changée l'an dernier.

Merci et bonne journée,

Émilie Rousseau""",
  "password_reset", True, "0371824G", "centre-val-de-loire", "esidoc", False, "fr",
  "Water damage and half-time post before the point: expired password, old one forgotten; her address is on file. Reset link fits.",
  fmt="alt", cte="base64", mailer=("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4546)"))

# h037
M(("Guillaume Henry", "guillaume.henry@ac-amiens.fr"),
  "?",
  """Bonjour, est-ce normal ?

Guillaume Henry
Collège Jean Racine - Montdidier""",
  "other", False, None, "hauts-de-france", None, True, "fr",
  "'Is this normal?' with no attachment, no quote and no context (an attachment was probably forgotten). Nothing to act on. Region from ac-amiens.fr.")

# h038
M(("Lucie Bernard", "lucie.bernard@ac-lille.fr"),
  "abonnement",
  """Bonjour,
l'abonnement n'apparait pas
Lucie Bernard, collège Verlaine, Lille""",
  "subscription_activation", False, None, "hauts-de-france", None, True, "fr",
  "Very vague: 'the subscription does not appear', no resource, no order date, no product. It is subscription_activation, but the 72-hour answer may be wrong without the order date; a person asks. Region from ac-lille.fr.")

# h039
M(("Olivier Chevalier", "o.chevalier@grandchambery.fr"),
  "Messages de validation en quarantaine",
  """Bonjour,

Les agents de notre service achats reçoivent des demandes « Confirmez que vous êtes un humain » quand votre plateforme leur écrit... enfin plutôt c'est votre plateforme qui les reçoit, je crois. Bref les mails de votre Espace Acheteur restent bloqués dans notre solution Mailinblack et n'arrivent qu'au bout de plusieurs jours. Comment les autoriser définitivement ?

Olivier Chevalier
DSI - Grand Chambéry""",
  "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Muddled description of the Mailinblack challenge, but the product is named.")

# h040
M(("Catherine Joly", "catherine.joly@ac-clermont.fr"),
  "Transfert",
  """Bonjour, il faudrait le mot de passe de maintenance d'aujourd'hui svp.
Cordialement
C. Joly, secrétariat de direction""",
  "transfer_incident", False, None, "auvergne-rhone-alpes", "ecoledirecte", True, "fr",
  "Asks for today's maintenance password (daily maintenance password): transfer_incident per the taxonomy, not password_reset; the product (Charlemagne/EcoleDirecte) is implied by that password only. Region from ac-clermont.fr.")

# h041
M(("Postmaster", "postmaster@ac-guadeloupe.fr"),
  "Non remis : [#SUP-005388] Votre abonnement",
  "",
  "automated", False, None, "guadeloupe", None, False, "fr",
  "Non-delivery report in French from the académie's postmaster (multipart/report); region from ac-guadeloupe.fr.",
  return_path="", auth="none", tz="-0400", mailer=None,
  headers=[("Auto-Submitted", "auto-replied")],
  multipart='report; report-type=delivery-status',
  parts=[("text/plain; charset=utf-8", """La remise a échoué pour ces destinataires ou groupes :

cdi.college.bouillante@ac-guadeloupe.fr
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment."""),
         ("message/delivery-status", """Reporting-MTA: dns; mx1.ac-guadeloupe.fr

Final-Recipient: rfc822; cdi.college.bouillante@ac-guadeloupe.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""")])

# h042
M(("Aurélie Fontaine", "aurelie.fontaine@ac-besancon.fr"),
  "Demande d'aide pour la connexion à l'Espace Acheteur, s'il vous plaît, c'est urgent",
  """Bonjour Madame, Monsieur,

Je me permets de vous contacter car je rencontre depuis maintenant plusieurs jours des difficultés pour accéder à mon compte sur l'Espace Acheteur, et je commence à être vraiment inquiète car nous avons une commande de matériel pour la section hôtellerie à passer avant la clôture de l'exercice.

Voici ce que j'ai fait, dans l'ordre : lundi, j'ai essayé de me connecter avec mon adresse et mon mot de passe habituels, refusé. J'ai alors cliqué sur « mot de passe oublié » et reçu un mail avec un lien. Mardi matin (je n'avais pas pu le faire lundi soir car j'étais en conseil de classe), j'ai cliqué sur le lien, qui m'a indiqué qu'il n'était plus valide. J'ai recommencé mardi, puis mercredi, et à chaque fois je n'ai cliqué que le lendemain, car je ne consulte ma messagerie académique qu'au bureau.

Pouvez-vous m'envoyer un nouveau lien ? Je promets de cliquer tout de suite cette fois !

Je travaille au lycée Jules Haag de Besançon, 0251406T.

Avec mes remerciements,

Aurélie Fontaine
Adjointe gestionnaire""",
  "password_reset", True, "0251406T", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Chronology of expired reset links; asks for a new one. Standard answer fits.",
  fmt="html", cte="quoted-printable", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h043
M(("Pierre-Yves Lacroix", "py.lacroix@ac-caen.fr"),
  "Pas d'alertes",
  """Bonjour,

Je suis administrateur de la structure pour notre lycée sur l'Espace Acheteur et je ne reçois jamais les notifications quand un collègue crée un compte. Je l'ai appris par hasard, deux collègues attendent depuis des semaines.

P-Y Lacroix""",
  "missing_noreply_mail", True, None, "normandie", "espace_acheteur", False, "fr",
  "Structure administrator never receives the 'account to validate' notifications; no product named. Region from ac-caen.fr.")

# h044
M(("Sophie Mercier", "sophie.mercier@ac-poitiers.fr"),
  "Fwd: Delivery Status Notification (Failure)",
  """Bonjour,

Je reçois ça quand j'essaie de vous répondre, vous avez changé d'adresse ?

Sophie Mercier
Collège Jean Moulin, La Rochelle (0171265H)

---------- Forwarded message ---------
De : Mail Delivery Subsystem <mailer-daemon@ac-poitiers.fr>
Date: jeu. 14 nov. 2024 à 11:02
Subject: Delivery Status Notification (Failure)
To: <sophie.mercier@ac-poitiers.fr>

Address not found
Your message wasn't delivered to support-ancien@assistance.example.fr because the address couldn't be found.""",
  "other", False, "0171265H", "nouvelle-aquitaine", None, True, "fr",
  "A person forwards a bounce she got when writing to an old desk address: not automated (she asks something), but no service request either: other.",
  mailer=None)

# h045
M(("Jérôme Navarro", "jerome.navarro@ac-aix-marseille.fr"),
  "Compte",
  """Bonjour,

Je voudrais créer un compte pour le lycée.

Merci
Jérôme Navarro
Lycée Thiers, Marseille""",
  "account_creation", True, None, "provence-alpes-cote-d-azur", None, True, "fr",
  "Vague: wants 'an account for the lycée' without saying on which service. The account-creation answer (sign-up form) is the best guess; region from ac-aix-marseille.fr.")

# h046
M(("Mathilde Girard", "mathilde.girard@ac-creteil.fr"),
  "Conventions introuvables",
  """Bonjour,

Je n'arrive pas à voir les conventions d'adhésion de l'établissement sur l'Espace Acheteur (onglet Documents vide). Je suis gestionnaire au collège Pablo Picasso de Montfermeil (0930417Y).

Merci,
Mathilde Girard""",
  "contract_documents", False, "0930417Y", "ile-de-france", "espace_acheteur", False, "fr",
  "Cannot see the membership conventions: contract_documents.")

# h047
M(("Alain Roux", "alain.roux@ecole-sainte-therese-albi.fr"),
  "Ecole Directe - beaucoup de problèmes",
  """Bonjour,

Je suis le directeur de l'école Sainte-Thérèse à Albi (privée sous contrat, 180 élèves). Je vous écris parce que la situation devient difficile avec les familles.

Depuis la semaine dernière, les parents nous disent qu'ils ne voient plus les cahiers de texte ni les absences sur EcoleDirecte. Les enseignants saisissent pourtant bien dans Charlemagne. Notre secrétaire a regardé dans le module Outils : le dernier transfert réussi date du 21 novembre, depuis il y a une croix rouge avec « erreur de connexion au serveur ». Le prestataire informatique de l'école a changé notre box internet le 22. Je vous laisse faire le lien, je n'y connais rien.

Je vous remercie de regarder rapidement, j'ai une réunion de parents jeudi et je préférerais avoir une bonne nouvelle.

Alain Roux
Directeur""",
  "transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Written by a school head, but he reports a failing transfer (since an internet box change): transfer_incident, not a head-of-establishment request.")

# h048
M(("CDI", "cdi.0621893K@gmail.com"),
  "Cafeyn",
  """bonjour
cafeyn c'est quand ?""",
  "subscription_activation", True, None, None, "esidoc", True, "fr",
  "Three words: when will Cafeyn be available (a portal resource). The Gmail address holds 0621893K, whose check letter is wrong (digits give 0621893W): no UAI, no region. The 72-hour answer is the best fit.")

# h049
M(("Principale - Collège Jean Zay", "ce.0451173F@ac-orleans-tours.fr"),
  "Départ de la professeure documentaliste - accès au portail",
  """Madame, Monsieur,

Notre professeure documentaliste, Mme Lebrun, a quitté l'établissement le 31 octobre à la suite d'une mutation en cours d'année, dans des conditions un peu tendues que je ne détaillerai pas ici. Son successeur n'est pas encore nommé ; le CDI est fermé en attendant, les élèves ont été informés.

Mme Lebrun était la seule à détenir le mot de passe d'administration du portail e-sidoc du collège, et l'adresse de contact enregistrée est sa messagerie personnelle. Je souhaite qu'elle n'ait plus accès à l'administration du portail.

Je vous demande donc de réinitialiser le mot de passe administrateur et de remplacer l'adresse de contact par celle du collège (ce.0451173F@ac-orleans-tours.fr), d'où je vous écris.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Véronique Alaux
Principale du collège Jean Zay, Orléans""",
  "head_of_establishment_request", False, "0451173F", "centre-val-de-loire", "esidoc", False, "fr",
  "The principal asks in writing for an admin reset and a new contact address after a departure.",
  fmt="html", cte="quoted-printable", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h050
M(("Brigitte", "brigitte.lamy@wanadoo.fr"),
  "Mot de passe",
  """Bonjour,

Je viens de recevoir un message me demandant de confirmer mon mot de passe sinon ma boite sera fermée. C'est vous ?

Brigitte Lamy""",
  "other", False, None, None, None, True, "fr",
  "Asks whether a 'confirm your password or your mailbox closes' message came from us: a phishing question, not password_reset.")

# h051
M(("Christophe Blanc", "christophe.blanc@lycee-saint-louis-bordeaux.fr"),
  "problème réception",
  """Bonjour,

rien reçu

Christophe Blanc
Lycée privé Saint-Louis""",
  "missing_noreply_mail", False, None, None, None, True, "fr",
  "Only 'nothing received': probably a missing automatic mail, but what was expected (activation, password, delivery of an order?) cannot be told. A person asks before answering.")

# h052
M(("Hannah Keller", "hannah.keller@lycee-international-ferney.fr"),
  "Account for our new school library",
  """Dear support team,

Our school opened a new secondary section this September and I have been hired as the librarian (professeure documentaliste, as I learned to say!). I come from Germany, where things are organised quite differently, so please forgive me if I ask the wrong people.

I would like to set up the library catalogue and the portal for the pupils. My head teacher told me the school has probably already ordered something, but nobody knows who the administrator is or how I get access. Could you tell me whether an account exists for our establishment, and if not how to create one? Our school code should be 0011604A, if I read the letter from the rectorat correctly.

Thank you very much,
Hannah Keller""",
  "account_creation", False, None, None, "esidoc", True, "en",
  "English; wants access or an account and asks who the administrator is: a person must look it up. The code 0011604A has a wrong check letter (the digits give 0011604N), so no UAI; non-academic sender, so no region.")

# h053
M(("Noémie Faure", "noemie.faure@ac-nice.fr"),
  "e-sidoc",
  """Bonjour,

Mot de passe oublié pour le portail du collège 0063728V.

Merci !
Noémie""",
  "password_reset", True, "0063728V", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "Short and complete: forgotten e-sidoc password, UAI given.")

# h054
M(("François Delorme", "francois.delorme@ac-montpellier.fr"),
  "Suite réunion bassin + demande",
  """Bonjour à toute l'équipe,

Petit compte rendu de la réunion de bassin des documentalistes d'hier, puisque vous étiez cités plusieurs fois ! Nous étions 14, à Sète. Les collègues ont beaucoup apprécié la nouvelle version du portail, notamment les sélections thématiques et la possibilité d'intégrer des vidéos. Plusieurs ont demandé s'il serait possible d'avoir une formation en ligne sur les statistiques de consultation ; je vous transmets la demande, faites-en ce que vous voulez.

Pour ma part, une question plus terre à terre : nous avons commandé la ressource Lumni Pro... pardon, je veux dire la ressource BNF Gallica Education, non c'est gratuit... Bref, la ressource que la gestionnaire a commandée vendredi dernier (bon de commande 2024-118, c'est Universalis Junior) n'apparaît pas encore sur notre portail, est-ce qu'il faut faire quelque chose de notre côté pour la publier ?

Autre sujet : la réunion de bassin de mars aura lieu à Frontignan, si quelqu'un de chez vous veut venir nous présenter les nouveautés, vous êtes le bienvenu.

Bien amicalement,
François Delorme
Collège Victor Hugo, Sète (0341608N)""",
  "subscription_activation", True, "0341608N", "occitanie", "esidoc", True, "fr",
  "Meeting minutes and an invitation around the real request: Universalis Junior ordered last Friday not yet visible, how to publish it. The activation/publication answer fits; the rest needs no action.",
  fmt="alt", cte="8bit", mailer=("User-Agent", "Mozilla Thunderbird"))

# h055
M(("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lycee-vauban-brest.fr"),
  "Lu : [#SUP-005440] Votre compte Espace Acheteur",
  "",
  "automated", False, None, None, None, False, "fr",
  "Outlook read receipt ('Lu :'), multipart/report disposition-notification.",
  auth="pass", mailer=None,
  multipart='report; report-type=disposition-notification',
  parts=[("text/plain; charset=utf-8", """Votre message

À : Olivier Tanguy
Objet : [#SUP-005440] Votre compte Espace Acheteur
Envoyé : mardi 26 novembre 2024 14:03:11 (UTC+01:00)

a été lu le mardi 26 novembre 2024 14:20:45 (UTC+01:00)."""),
         ("message/disposition-notification", """Reporting-UA: lycee-vauban-brest.fr; Microsoft Exchange Server
Final-Recipient: rfc822; o.tanguy@lycee-vauban-brest.fr
Original-Message-ID: <SUP-005440.1732626191.55ad01@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed""")])

# h056
M(("Laetitia Marchand", "laetitia.marchand@ac-versailles.fr"),
  "Bon de commande et pièce jointe refusée",
  """Bonjour,

Au moment de valider notre commande sur l'Espace Acheteur, le site refuse le bon d'engagement que je dépose : « fichier trop volumineux ». C'est un scan de 14 Mo. Quelle est la taille maximale ? Et peut-on l'envoyer par mail à la place ?

Laetitia Marchand
Gestionnaire, collège Les Goussons, Gif (0910264T)""",
  "order_billing", False, "0910264T", "ile-de-france", "espace_acheteur", False, "fr",
  "Bon d'engagement upload refused at order validation.")

# h057
M(("Didier Lefebvre", "didier.lefebvre@ac-amiens.fr"),
  "Plein de choses",
  """Bonjour,

Je profite de ce message pour vous poser plusieurs questions que j'accumule depuis la rentrée.

1. Comment faire pour que les élèves de 2nde voient le portail dans l'ENT ? Le lien a disparu depuis la migration de l'ENT.
2. Les mails de réservation du portail n'arrivent pas chez les élèves.
3. J'ai perdu mon mot de passe d'administration, je me connecte en ce moment avec le compte de ma collègue (je sais, ce n'est pas bien).
4. Est-ce qu'il est possible d'avoir une facture au nom du lycée et non de la Région ?

Merci de me répondre point par point,

Didier Lefebvre
Lycée Henri Martin, Saint-Quentin (0021386W)""",
  "password_reset", False, "0021386W", "hauts-de-france", "esidoc", True, "fr",
  "Four questions in one mail (ENT link, reservation mails, lost admin password, invoice name). The lost password is the one that fits a category most clearly, but he asks for a point-by-point answer: a person must take it.")

# h058
M(("Agnès Poulain", "agnes.poulain@ac-rouen.fr"),
  "Re: Re: Re: vos mails",
  """Bon, c'est résolu, notre informaticien avait mis votre domaine dans la mauvaise liste. Merci pour votre patience.

Agnès

Le 18/11/2024 à 09:40, Assistance a écrit :
> Bonjour,
> Avez-vous pu autoriser l'adresse no-reply dans Mailinblack comme indiqué dans le guide ?
> Cordialement""",
  "other", False, None, "normandie", None, False, "fr",
  "Thanks: the Mailinblack problem is solved. Nothing is asked, so not mailinblack_spam. Region from ac-rouen.fr.",
  in_reply_to="<SUP-005287.1731919200.3c1d22@assistance.example.fr>")

# h059
M(("Emmanuel Fournier", "emmanuel.fournier@ac-lyon.fr"),
  "Besoin d'aide",
  """Bonjour,

Je ne reçois pas vos mails.

E. Fournier""",
  "missing_noreply_mail", True, None, "auvergne-rhone-alpes", None, True, "fr",
  "'I do not receive your mails', no product, no anti-spam product named. The no-reply answer (junk folder, allow the sender) is the most likely help. Region from ac-lyon.fr.")

# h060
M(("Valérie Simon", "valerie.simon@ac-limoges.fr"),
  "Demande de l'établissement pour l'administrateur",
  """Bonjour,

Je suis la principale adjointe du collège Maurice Rollinat de Brive. La principale étant en arrêt, c'est moi qui assure l'intérim de direction jusqu'à nouvel ordre.

Je vous demande, au nom de l'établissement, de désigner Mme Julie Pradel (julie.pradel@ac-limoges.fr), nouvelle gestionnaire, comme administratrice de notre structure sur l'Espace Acheteur. Notre code établissement : 0190428M.

Valérie Simon
Principale adjointe, faisant fonction de principale""",
  "head_of_establishment_request", False, "0190428M", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "The deputy head acting as head (faisant fonction) designates a new administrator; sent from her personal academic address, not the ce. one. Staff must check the evidence.")

# h061
M(("Ronan Kervella", "ronan.kervella@ac-rennes.fr"),
  "MIB",
  """Salut,
les messages de la plateforme finissent dans la quarantaine MIB du rectorat, une idée ?
Ronan - RUPN collège Anne de Bretagne, Rennes""",
  "mailinblack_spam", True, None, "bretagne", None, True, "fr",
  "Product given only as the abbreviation 'MIB' with 'quarantaine'; informal. Region from ac-rennes.fr.")

# h062
M(("Gestion - Lycée Jean Monnet", "gestion.jeanmonnet@ac-strasbourg.fr"),
  "Facture",
  """Bonjour,

Pouvez-vous nous renvoyer la facture ? Merci.

Le service gestion""",
  "order_billing", False, None, "grand-est", None, True, "fr",
  "Which invoice is not said; order_billing, a person must ask. Region from ac-strasbourg.fr.")

# h063
M(("Marion Lopez", "marion.lopez@ac-toulouse.fr"),
  "Help",
  """Bonjour,

Je vous écris parce que je suis complètement perdue, et j'espère que vous ne m'en voudrez pas de tout vous raconter.

Je suis assistante d'éducation au lycée Pierre de Fermat (0312276F), et depuis la rentrée la principale adjointe m'a confié, en plus de la vie scolaire, la « gestion informatique » du CDI parce que notre documentaliste est à mi-temps thérapeutique. Je n'ai aucune formation là-dessus. J'ai eu une demi-journée de passation en septembre.

Cette semaine, des élèves m'ont dit qu'ils ne pouvaient plus accéder aux ressources en ligne depuis le portail (ils ont un message « accès non autorisé »). J'ai voulu aller voir dans l'administration du portail, mais je n'ai pas le mot de passe, ma collègue non plus (elle le notait sur un carnet qu'elle ne retrouve pas). J'ai essayé « mot de passe oublié » : on me dit qu'un mail a été envoyé à une adresse qui commence par « cdi.fermat... », qui n'existe plus depuis deux ans d'après le secrétariat.

Est-ce que vous pourriez m'aider ? Je ne sais même pas par quoi commencer.

Marion Lopez
AED, lycée Pierre de Fermat, Toulouse""",
  "password_reset", True, "0312276F", "occitanie", "esidoc", True, "fr",
  "Long and anxious; two symptoms, but the concrete request is the admin password whose reset mail goes to a dead address: the reset path (official address, else head's written request) serves. The access error on resources is secondary.")

# h064
M(("Noreply Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  "Votre panier va expirer",
  """Bonjour,

Le panier « Fournitures T2 » de la structure Assistance régionale expire dans 3 jours.
Connectez-vous pour le finaliser ou le prolonger.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
  "automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply basket-expiry notification sent to the desk address; Auto-Submitted: auto-generated.",
  return_path="bounces+2281@espace-acheteur.example.fr", mailer=None,
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  fmt="alt", cte="quoted-printable")

# h065
M(("Sébastien Weber", "sebastien.weber@mairie-colmar.fr"),
  "Documents du marché fournitures 2024-031",
  """Bonjour,

Pour préparer notre bilan annuel au conseil municipal, j'ai fait le tour de tous les marchés auxquels la Ville est rattachée via votre centrale : papier, fournitures scolaires, produits d'entretien, mobilier, informatique. Je dois produire pour chacun la durée, le titulaire, les montants minimum et maximum, et l'état de consommation. Les élus aiment les tableaux.

Pour quatre marchés sur cinq, j'ai trouvé tout ce qu'il me fallait dans l'Espace Acheteur. Pour le marché fournitures 2024-031, en revanche, la rubrique « documents » ne contient que l'avis d'attribution : pas d'acte d'engagement, pas de BPU, pas de CCAP. Est-ce un oubli, ou ces documents sont-ils accessibles ailleurs ?

Le conseil a lieu le 12 décembre, une réponse avant serait précieuse.

Sébastien Weber
Direction de la commande publique - Ville de Colmar""",
  "contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Council-report context; the request is the missing market documents (AE, BPU, CCAP) of one market.")

# h066
M(("Laurence Petit", "laurence.petit@ac-paris.fr"),
  "Accès",
  """Bonjour,
Je n'ai pas accès.
Cordialement,
Laurence Petit
Lycée Fénelon""",
  "other", False, None, "ile-de-france", None, True, "fr",
  "'No access', nothing more: could be a password, an account, a subscription or contract documents. No category can be told. Region from ac-paris.fr.")

# h067
M(("Julie Pradel", "julie.pradel@ac-limoges.fr"),
  "Activation du compte client",
  """Bonjour,

Je suis la nouvelle gestionnaire du collège Maurice Rollinat (Brive). Je veux passer une première commande en ligne, mais le site me dit que je dois d'abord activer mon compte client. J'ai cliqué sur « recevoir le lien d'activation » il y a trois jours et rien n'est arrivé (j'ai regardé dans les indésirables). Pouvez-vous me le renvoyer ?

Julie Pradel""",
  "missing_noreply_mail", True, None, "nouvelle-aquitaine", "esidoc", False, "fr",
  "Customer-account activation mail for a first online order never arrived; no anti-spam product. Region from ac-limoges.fr.")

# h068
M(("Dr. Ahmed Bello", "ahmed.bello.consulting@outlook.example.com"),
  "Partnership proposal - AI tutoring for French schools",
  """Dear Sir or Madam,

I am the founder of an education technology company based in Lagos and London. We have developed an AI tutoring assistant that has been used by more than 40,000 pupils across four countries, and we are now looking to enter the French market.

I would like to explore a partnership with your organisation, possibly through a pilot in a few schools, a listing on your purchasing platform, or a joint webinar for librarians. I have attached our deck and pricing.

Could we schedule a 30-minute call next week?

Best regards,
Ahmed Bello""",
  "other", False, None, None, None, False, "en",
  "English partnership pitch.")

# h069
M(("Arnaud Collet", "arnaud.collet@ac-grenoble.fr"),
  "mot de passe",
  """bjr
mot de passe expiré je fais comment
0741092K""",
  "password_reset", True, "0741092K", "auvergne-rhone-alpes", None, False, "fr",
  "Terse: expired password, UAI given, product not named.",
  mailer=("X-Mailer", "iPhone Mail (21G93)"))

# h070
M(("Martine Rey", "martine.rey@ac-aix-marseille.fr"),
  "Réponse automatique : [#SUP-005519] Votre demande",
  """Bonjour,
Je suis en formation jusqu'au vendredi 6 décembre. Votre message sera lu à mon retour.
Martine Rey""",
  "automated", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
  "Zimbra vacation reply on a desk ticket; region from ac-aix-marseille.fr.",
  headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
  in_reply_to="<SUP-005519.1733130000.0a7be1@assistance.example.fr>")

# h071
M(("Cyril Martin", "cyril.martin@ac-nancy-metz.fr"),
  "Mailinblack : guide déjà appliqué, toujours bloqué",
  """Bonjour,

J'ai suivi votre guide Mailinblack à la lettre la semaine dernière : ajout de no-reply@espace-acheteur.example.fr et du domaine dans la liste des expéditeurs autorisés, au niveau du rectorat et au niveau de ma boîte. Les notifications restent en quarantaine, je dois les libérer à la main une par une. La DANE me dit que c'est à vous de voir.

Pouvez-vous transmettre à quelqu'un qui pourra se coordonner avec la DANE ?

Cyril Martin
Collège La Fontaine, Metz (0571836L)""",
  "mailinblack_spam", False, "0571836L", "grand-est", "espace_acheteur", True, "fr",
  "Mailinblack guide already applied and it failed; asks for a person to coordinate with the IT department. No automatic answer.")

# h072
M(("Élodie Gauthier", "elodie.gauthier@ac-reims.fr"),
  "Lien de réinitialisation",
  """Bonjour,

le lien reçu ne marche pas.

Élodie""",
  "password_reset", True, None, "grand-est", None, True, "fr",
  "Very short: 'the link received does not work', with a reset-link subject: expired/used reset link, a new link is the standard answer. No UAI; region from ac-reims.fr.")

# h073
M(("Thomas Renard", "thomas.renard@ac-bordeaux.fr"),
  "Transfert des données / nouvelle année / questions diverses",
  """Bonjour,

Je suis le chef de travaux... enfin, maintenant on dit DDFPT, du lycée professionnel privé Sainte-Marthe de Bergerac (0240716Y). On m'a donné en plus la mission de référent numérique après le départ de mon collègue, et je découvre Charlemagne.

Je résume : les notes et absences ne partent plus vers EcoleDirecte depuis la bascule de l'année, les familles n'ont plus accès aux bulletins. Dans Outils, le transfert automatique est coché. Le message d'erreur parle d'un « mot de passe de maintenance ». Je suppose qu'il faut un mot de passe du jour pour réinitialiser quelque chose ?

Si vous pouvez me rappeler au 05 53 00 00 00 ce serait idéal, je suis plus à l'aise à l'oral.

Thomas Renard""",
  "transfer_incident", False, "0240716Y", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
  "Transfers stopped after the year change; the error mentions the daily maintenance password.")

# h074
M(("Nicole Barbier", "nicole.barbier@orange.fr"),
  "Renseignement",
  """Bonjour,

Ma petite-fille est en 5e au collège et elle dit qu'elle n'arrive pas à aller sur le site de la bibliothèque pour son exposé. C'est vous qui vous en occupez ? Elle a besoin de trouver des livres sur les volcans pour lundi.

Merci beaucoup
Nicole Barbier""",
  "other", False, None, None, "esidoc", True, "fr",
  "A grandparent about a pupil's access to the school library portal: not an establishment request; the school must handle it. Platform implied (library portal).")

# h075
M(("Christine Leroy", "christine.leroy@ac-normandie.fr"),
  "Pas reçu le mail de confirmation pour le portail des tickets",
  """Bonjour,

On m'a dit de créer un accès sur le portail des tickets pour suivre nos demandes, je me suis inscrite mardi mais je n'ai jamais reçu le mail pour choisir mon mot de passe. Ni dans les spams ni ailleurs.

Christine Leroy""",
  "missing_noreply_mail", True, None, "normandie", "ticket_portal", False, "fr",
  "Ticket-portal sign-up mail never arrived.")

# h076
M(("Proviseur Lycée Marie Curie", "ce.0830514H@ac-nice.fr"),
  "Délégation de signature pour les commandes",
  """Madame, Monsieur,

Par la présente, je délègue à M. Bruno Carré, adjoint gestionnaire, et à Mme Inès Haddad, secrétaire d'intendance, la validation des commandes de l'établissement sur l'Espace Acheteur, dans la limite de 5 000 euros par commande.

Cette délégation prend effet immédiatement et remplace la précédente (M. Carré seul).

Le proviseur,
J.-M. Albertini
Lycée Marie Curie, Saint-Jean-du-Var""",
  "head_of_establishment_request", False, "0830514H", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Written delegation by the proviseur of who may validate orders.",
  fmt="html", cte="base64", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h077
M(("Hugo Moulin", "hugo.moulin@ac-dijon.fr"),
  "Lien",
  """Bonjour
Je n'ai pas reçu le lien.
Hugo Moulin, lycée Hippolyte Fontaine, 0211837H""",
  "missing_noreply_mail", True, "0211837H", "bourgogne-franche-comte", None, True, "fr",
  "'Did not receive the link' with no product and no kind of link: the missing-mail answer is the best guess.")

# h078
M(("Pascale Denis", "pascale.denis@ac-versailles.fr"),
  "Rapport du conseil pédagogique / portail / remarques",
  """Bonjour,

Je vous transmets quelques remarques issues du conseil pédagogique du 3 décembre au sujet du portail du CDI, en espérant qu'elles vous seront utiles pour les prochaines versions :

- les enseignants trouvent la recherche avancée trop cachée ;
- les élèves de 6e confondent « panier » et « réservation » ;
- la page d'accueil s'affiche mal sur les vieux vidéoprojecteurs de certaines salles (résolution 1024x768) ;
- les professeurs de langues aimeraient que la langue de l'interface puisse être changée.

Rien d'urgent, ce sont des suggestions. Merci pour votre travail, l'outil est très apprécié dans l'ensemble.

Pascale Denis
Professeure documentaliste, lycée Hoche, Versailles""",
  "other", False, None, "ile-de-france", "esidoc", False, "fr",
  "Feature suggestions from a pedagogical council: no request for help. Region from ac-versailles.fr.")

# h079
M(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)",
  "",
  "automated", False, None, None, None, False, "en",
  "Gmail DSN failure (multipart/report with text/rfc822-headers).",
  return_path="", auth="none", mailer=None,
  multipart='report; report-type=delivery-status',
  parts=[("text/plain; charset=UTF-8", """** Address not found **

Your message wasn't delivered to cdi.lycee.saintexupery@gmail.com because the address couldn't be found, or is unable to receive mail."""),
         ("message/delivery-status", """Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; cdi.lycee.saintexupery@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist."""),
         ("text/rfc822-headers", """From: Assistance <support@assistance.example.fr>
To: cdi.lycee.saintexupery@gmail.com
Subject: [#SUP-005602] Votre mot de passe e-sidoc""")])

# h080
M(("Benoît Lambert", "benoit.lambert@lycee-agricole-ahun.fr"),
  "RE: Votre mot de passe / petite question / et aussi",
  """Bonjour,

Merci pour votre réponse rapide de ce matin, le lien a bien fonctionné et j'ai pu me reconnecter au portail, c'est parfait. Au passage, l'interface a bien changé depuis l'an dernier, c'est beaucoup plus clair.

J'en profite puisque je vous ai sous la main : nous avons reçu une facture de renouvellement avec l'ancienne adresse du lycée (nous avons déménagé en 2022, nous sommes maintenant route de Guéret et non plus place du Champ de Foire). Le service comptable de la Région refuse de la payer en l'état. Pouvez-vous nous la réémettre avec la bonne adresse ?

Merci encore,
Benoît Lambert
Lycée agricole d'Ahun (0230481Y)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 20 janvier 2025 08:41
Objet : [#SUP-005713] Votre mot de passe e-sidoc

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour votre établissement.""",
  "order_billing", False, "0230481Y", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Reply on a password ticket, but the password part is solved; the new request is an invoice to reissue with the right address: the new topic wins.",
  in_reply_to="<SUP-005713.1737358860.7e2a90@assistance.example.fr>", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h081
M(("Sylvie Noël", "sylvie.noel@ac-guadeloupe.fr"),
  "Demande de réinitialisation du mot de passe du portail du CDI",
  """Bonjour,

Je vous écris de Pointe-à-Pitre. Avec le décalage horaire je ne peux jamais vous joindre au téléphone, d'où ce mail.

Notre CDI a été fermé près d'un mois après le passage de la tempête en août (infiltrations, coupures d'électricité, le réseau du collège n'est revenu qu'à la mi-septembre). Nous avons rouvert, mais beaucoup de choses ont été perdues, dont l'ordinateur où ma collègue avait enregistré ses mots de passe dans le navigateur. Ma collègue a été mutée en métropole depuis.

Je ne peux donc plus me connecter à l'administration du portail e-sidoc. L'identifiant est le code du collège : 9710843P.

Merci de bien vouloir m'aider,
Sylvie Noël
Professeure documentaliste
Collège Front de Mer, Pointe-à-Pitre""",
  "password_reset", True, "9710843P", "guadeloupe", "esidoc", False, "fr",
  "Storm and lost computer; the request is the e-sidoc admin password, UAI given. Guadeloupe time zone.",
  tz="-0400")

# h082
M(("Gilles Boucher", "gilles.boucher@ac-besancon.fr"),
  "Re: Mot de passe administrateur",
  """Ce lien part toujours sur l'ancienne adresse du CDI que personne ne lit. Ça fait trois fois. Il me faut quelqu'un au téléphone.

Gilles Boucher - collège Pergaud, Dole - 0391728S

Le 04/12/2024 à 10:15, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation vient d'être envoyé à l'adresse enregistrée pour votre établissement (c***@***.fr).
> Cordialement""",
  "password_reset", False, "0391728S", "bourgogne-franche-comte", None, False, "fr",
  "Reply after the automatic reset: the link goes to a dead address for the third time and he asks for a person. No automatic answer.",
  in_reply_to="<SUP-005540.1733303700.b1e4f2@assistance.example.fr>")

# h083
M(("Xavier Dupont", "xavier.dupont@sfr.fr"),
  "Votre offre",
  """Bonjour,

Je suis intéressé par votre offre. Pouvez-vous m'envoyer plus d'informations ?

Cordialement
X. Dupont""",
  "other", False, None, None, None, True, "fr",
  "'Interested in your offer', which offer is not said; private address. Cannot be placed in a category.")

# h084
M(("Florence Aubert", "florence.aubert@ac-clermont.fr"),
  "Mailinblack",
  """Bonjour,

Notre académie a mis en place Mailinblack, et je reçois maintenant un message me disant qu'un mail de « no-reply@espace-acheteur » est en attente de validation. Je dois cliquer sur quoi pour qu'il passe et que les suivants passent aussi ? J'ai un peu peur de cliquer sur n'importe quoi avec tous les mails frauduleux qui circulent.

Florence Aubert
Collège Blaise Pascal, Clermont-Ferrand (0631193E)""",
  "mailinblack_spam", True, "0631193E", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Mailinblack quarantine notice for the Espace Acheteur sender; asks what to click. Guide fits.")

# h085
M(("Nicolas Giraud", "nicolas.giraud@ac-nantes.fr"),
  "Compte Espace Acheteur",
  """Bonjour,

Je n'ai pas perdu mon mot de passe, ne vous inquiétez pas : je n'en ai jamais eu ! Je viens d'arriver comme adjoint gestionnaire au lycée Gabriel Guist'hau (0440981C) et je n'ai aucun compte sur l'Espace Acheteur. Comment en obtenir un ?

Nicolas Giraud""",
  "account_creation", True, "0440981C", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Negation of a lost password: he never had an account. account_creation.")

# h086
M(("Support EcoleDirecte", "ne-pas-repondre@ecoledirecte.example.fr"),
  "Incident en cours - transferts ralentis",
  """Information de service

Un incident ralentit actuellement les transferts de données vers EcoleDirecte. Nos équipes sont mobilisées. Aucune action n'est nécessaire de votre part.

Ceci est un message automatique.""",
  "automated", False, None, None, "ecoledirecte", True, "fr",
  "A vendor service status bulletin to a list (Precedence: list, List-Id): mentions transfers but is machine mail, not a transfer_incident from a client.",
  mailer=None,
  headers=[("Precedence", "list"), ("List-Id", "Information de service <info-service.ecoledirecte.example.fr>"),
           ("Auto-Submitted", "auto-generated")])

# h087
M(("Jacqueline Morin", "jacqueline.morin@ac-poitiers.fr"),
  "Abonnement et commande - merci de lire jusqu'au bout",
  """Bonjour,

Je tiens d'abord à remercier votre collègue qui m'a aidée au téléphone en octobre pour le paramétrage du portail, j'ai pu faire une très belle page d'accueil pour la semaine du goût, les élèves ont adoré.

Ensuite, une petite remarque : j'ai trouvé que la documentation en ligne sur les sélections thématiques n'était pas à jour (les captures d'écran montrent l'ancienne interface). Ce n'est pas grave mais ça m'a fait perdre du temps.

Enfin et surtout : nous avons renouvelé l'abonnement Europresse hier (commande validée par la gestionnaire hier à 11 h) et je vois toujours « abonnement expiré » dans Mes abonnements. Est-ce que c'est normal, dans combien de temps ce sera réglé ?

Joyeuses fêtes à toute l'équipe !

Jacqueline Morin
Collège Henri IV, Poitiers (0860417X)""",
  "subscription_activation", True, None, "nouvelle-aquitaine", "esidoc", True, "fr",
  "Thanks and a documentation remark before the real question: renewal validated yesterday still shown as expired: 72-hour answer. The code 0860417X has a wrong check letter (digits give 0860417L), so no UAI; region from ac-poitiers.fr.")

# h088
M(("Directrice école Jean de la Fontaine", "ce.0260837U@ac-grenoble.fr"),
  "Adresse de contact du portail de la BCD",
  """Bonjour,

Je suis la directrice de l'école élémentaire Jean de la Fontaine à Valence. Je vous écris un peu tard le soir, pardonnez le style.

L'an dernier, une enseignante très investie, Mme Fabre, avait monté le portail de la BCD avec ses élèves de CM2 : c'était formidable, les enfants écrivaient des critiques de livres, les parents venaient les lire. Elle est partie dans une autre école à la rentrée (c'est la vie des écoles) et plus personne n'a la main sur le portail, dont l'adresse de contact est la sienne.

Pouvez-vous remplacer cette adresse par celle de l'école (celle d'où je vous écris) et nous envoyer un nouveau mot de passe ? Une collègue de CE2 voudrait reprendre le projet en janvier.

Merci infiniment,
Corinne Mathieu
Directrice""",
  "head_of_establishment_request", False, "0260837U", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "A primary-school head, from the school's ce. address, asks to change the contact address and reset the password, after a long story.",
  fmt="alt", cte="base64", mailer=("User-Agent", "Roundcube Webmail/1.6.7"))

# h089
M(("Patrice Guerin", "patrice.guerin@ac-martinique.fr"),
  "Transfert ecole directe",
  """Bonjour,
Le transfert ne se fait plus depuis hier soir, message « licence expirée ».
P. Guérin, collège privé Saint-Joseph de Cluny, Fort-de-France""",
  "transfer_incident", False, None, "martinique", "ecoledirecte", False, "fr",
  "Licence expired, transfers stopped. Region from ac-martinique.fr.",
  tz="-0400")

# h090
M(("Anonyme", "contact@prime-energie-renov.example.com"),
  "Votre établissement est éligible à la prime isolation 1 euro",
  """Madame, Monsieur,

Votre établissement scolaire est éligible au dispositif d'isolation des combles à 1 euro, financé par les certificats d'économie d'énergie. Un technicien peut passer cette semaine pour un diagnostic gratuit.

Répondez simplement OUI à ce mail pour être recontacté.""",
  "other", False, None, None, None, False, "fr",
  "Energy-renovation spam, written as if to one person (no list headers).",
  auth="fail")

# h091
M(("Manon Petitjean", "manon.petitjean@ac-besancon.fr"),
  "Inscription",
  """Bonjour,

J'ai fait une demande de compte sur l'Espace Acheteur il y a une semaine et elle est toujours « en attente de validation ». Est-ce normal ?

Manon Petitjean
Lycée Condé, Besançon""",
  "account_creation", True, None, "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Account waiting for validation by the structure administrator: FAQ answer fits. Region from ac-besancon.fr.")

# h092
M(("Richard Vincent", "richard.vincent@ac-nice.fr"),
  "Quelques éléments de contexte avant ma demande",
  """Bonjour,

Je suis gestionnaire du lycée Masséna à Nice (0061477Y) depuis quinze ans, et je dois dire que j'ai connu toutes les versions de vos plateformes, de la première qui fonctionnait par fax jusqu'à l'Espace Acheteur d'aujourd'hui. Je ne suis pas de ceux qui se plaignent pour rien.

Mais cette fois, j'ai un vrai souci : depuis le début du mois, plus aucun mail de votre plateforme ne m'arrive. Ni les confirmations de commande, ni les notifications de livraison, ni le mot de passe que j'ai demandé hier pour tester. Mes collègues du lycée reçoivent pourtant des mails de l'extérieur sans problème, et nous n'avons pas d'antispam particulier à part celui de l'académie. J'ai fouillé les indésirables, rien.

Pourriez-vous vérifier que mon adresse est bien la bonne chez vous, et que les messages partent ?

Richard Vincent""",
  "missing_noreply_mail", True, "0061477Y", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Career story first; no platform mail at all since the start of the month, no named anti-spam product: the no-reply answer fits.")

# h093
M(("Dépôt Facture", "ne-pas-repondre@chorus-pro.example.gouv.fr"),
  "Chorus Pro - Dépôt de la facture FAC-2024-11872",
  """Bonjour,

La facture FAC-2024-11872 a été déposée sur Chorus Pro le 02/12/2024 et transmise au destinataire.
Statut : MISE À DISPOSITION.

Ce courriel est généré automatiquement. Merci de ne pas y répondre.""",
  "automated", False, None, None, None, True, "fr",
  "Chorus Pro deposit notification: mentions an invoice, but it is a no-reply machine notice, not order_billing.",
  mailer=None, headers=[("Auto-Submitted", "auto-generated")])

# h094
M(("Élise Carpentier", "elise.carpentier@ac-creteil.fr"),
  "urgent",
  """Bonjour,

C'est urgent svp.

Élise Carpentier
Collège Louise Michel, Clichy-sous-Bois""",
  "other", False, None, "ile-de-france", None, True, "fr",
  "Only 'it is urgent': the body says nothing of the need (probably an attachment or a first mail missing). Region from ac-creteil.fr.")

# h095
M(("Yves Morvan", "yves.morvan@ac-rennes.fr"),
  "Compte bloqué",
  """Bonjour,

Après plusieurs essais mon compte sur le portail est verrouillé. Collège Jules Simon, Vannes, 0561374P. Pouvez-vous le débloquer ou m'envoyer un lien ?

Merci,
Yves Morvan""",
  "password_reset", True, "0561374P", "bretagne", "esidoc", False, "fr",
  "Account locked after failed attempts.")

# h096
M(("Service informatique - Mairie de Vitrolles", "informatique@ville-vitrolles-13.fr"),
  "Liste blanche",
  """Bonjour,

Quelles adresses faut-il mettre en liste blanche ? Merci.

Le service informatique""",
  "mailinblack_spam", False, None, None, None, True, "fr",
  "Asks which addresses to allow-list but names no anti-spam product and no platform; could be Mailinblack or any filter. Closest category, but a person should ask which product before sending the Mailinblack guide.")

# h097
M(("Amandine Colin", "amandine.colin@ac-lille.fr"),
  "Plusieurs informations concernant notre établissement et une demande",
  """Bonjour,

Je me permets de vous faire un point complet sur notre établissement, car je crois que vos fichiers ne sont plus à jour :

- notre collège a changé de nom à la rentrée : il s'appelait collège du Centre, il s'appelle désormais collège Simone Veil ;
- le code établissement reste 0595127C ;
- la principale a changé (Mme Lefort a remplacé M. Duval) ;
- l'adresse du CDI n'est plus cdi.centre@... mais cdi.simoneveil@ac-lille.fr ;
- nous avons fusionné avec l'annexe de Wattrelos, qui avait son propre portail.

Ma demande, du coup : l'abonnement de l'annexe, payé jusqu'en août, pourrait-il être transféré sur notre portail, et l'avoir comptabilisé en cas de différence ?

Merci de votre aide,
Amandine Colin, professeure documentaliste""",
  "order_billing", False, "0595127C", "hauts-de-france", "esidoc", True, "fr",
  "A list of establishment changes (name, head, address, merger) with the request at the end: transfer a paid subscription and a credit note. Needs a person (billing/contract).")

# h098
M(("Camille Robin", "camille.robin@ac-paris.fr"),
  "Re: [#SUP-005655] Votre commande",
  """Merci beaucoup, c'est parfait !

Camille

Le lun. 9 déc. 2024 à 14:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Le devis demandé est joint à ce message. Vous pouvez le transmettre à votre gestionnaire pour l'établissement du bon d'engagement.
> Cordialement""",
  "other", False, None, "ile-de-france", None, False, "fr",
  "Thanks after a quote was sent; nothing asked. Region from ac-paris.fr.",
  in_reply_to="<SUP-005655.1733749320.c2f1a4@assistance.example.fr>")

# h099
M(("Helpdesk DSI Région", "helpdesk@region-aura.example.fr"),
  "[Ticket#REG-88214] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous la référence REG-88214. Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.
Le helpdesk de la DSI""",
  "automated", False, None, None, None, False, "fr",
  "Another helpdesk's acknowledgement (Auto-Submitted, X-Loop): answering would start a loop.",
  mailer=None,
  headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "helpdesk@region-aura.example.fr")])

# h100
M(("Laure Duval", "laure.duval@ac-orleans-tours.fr"),
  "Re: Mails bloqués",
  """Bonjour,

L'informaticien du lycée me confirme que c'est bien MailinBlack qui bloque vos messages, comme vous le supposiez dans votre première réponse. Que doit-il faire exactement ?

Laure Duval
Lycée Alain-Fournier, Bourges (0180634S)

Le 21/11/2024 à 16:30, Assistance a écrit :
> Bonjour,
> Pensez à vérifier votre dossier de courrier indésirable et à autoriser l'adresse no-reply.
> Cordialement""",
  "mailinblack_spam", True, "0180634S", "centre-val-de-loire", None, False, "fr",
  "Reply after the junk-folder answer: IT confirms MailinBlack; the Mailinblack guide is now the right answer.",
  in_reply_to="<SUP-005371.1732203000.9e0c33@assistance.example.fr>")

# h101
M(("Karine Meunier", "karine.meunier@ac-montpellier.fr"),
  "Convention",
  """Bonjour,
où est la convention ?
K. Meunier""",
  "contract_documents", False, None, "occitanie", None, True, "fr",
  "Four words: cannot find 'the convention'. Closest to contract_documents; which one and where is unknown. Region from ac-montpellier.fr.")

# h102
M(("Olivia Hernandez", "olivia.hernandez@lycee-francais-intl.example.org"),
  "Forgotten password - school library portal",
  """Hi,

I'm the new librarian and I don't know the admin password of our library portal (e-sidoc). The login is our school code, 0753114C. Could you send a reset link to the school's official address?

Thanks,
Olivia""",
  "password_reset", True, "0753114C", "ile-de-france", "esidoc", False, "en",
  "English; unknown admin password, UAI given, asks for the link on the official address (the safe path).")

# h103
M(("Frédérique Moreau", "frederique.moreau@ac-versailles.fr"),
  "Mon parcours avec le portail, et un blocage",
  """Bonjour,

J'ai hésité longtemps avant de vous écrire, car je sais que vous recevez beaucoup de messages. Je vais essayer d'être complète pour que vous n'ayez pas besoin de me relancer.

Je suis professeure documentaliste au collège Les Châtaigniers de Cergy (0950738L) depuis 2019. J'utilise le portail tous les jours : notices, sélections, prêts, statistiques, tout. J'ai toujours eu le même mot de passe, que je connais parfaitement (je le précise car je sais que c'est la question habituelle).

Lundi, en voulant inviter ma nouvelle collègue stagiaire à créer son propre compte de gestion, j'ai vu qu'il fallait que je lui « ouvre des droits », mais je ne trouve nulle part l'endroit où faire ça dans l'administration. Elle a déjà un compte lecteur. Je voudrais qu'elle puisse cataloguer et gérer les prêts, sans avoir accès aux paramètres du portail.

Pourriez-vous m'indiquer comment faire, ou le faire pour moi ?

Avec mes remerciements,
Frédérique Moreau""",
  "account_creation", False, "0950738L", "ile-de-france", "esidoc", True, "fr",
  "Explicitly not a password problem; asks to open management rights for a trainee colleague (rights to open): account_creation, answered by a person.")

# h104
M(("Quentin Roche", "quentin.roche@ac-lyon.fr"),
  "Daily password",
  """Bonjour, le mdp du jour pour la maintenance Charlemagne svp, on a un index corrompu.
Q. Roche, Institution des Chartreux""",
  "transfer_incident", False, None, "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
  "Daily maintenance password for Charlemagne (corrupt index): transfer_incident. Region from ac-lyon.fr.")

# h105
M(("Juliette Caron", "juliette.caron@ac-amiens.fr"),
  "le mail n'arrive pas",
  """Bonjour,

Je demande à recevoir mon mot de passe mais le mail n'arrive pas. J'ai vérifié les spams. Mon mot de passe n'est pas en cause je pense, c'est le mail.

Juliette Caron, collège Guy Mareschal, Amiens (0801425P)""",
  "missing_noreply_mail", True, "0801425P", "hauts-de-france", None, False, "fr",
  "New-password mail never arrives, not in spam; no anti-spam product named.")

# h106
M(("Principal - Collège Anatole France", "ce.0540892B@ac-nancy-metz.fr"),
  "Suite à notre échange",
  """Bonjour,

Comme indiqué au téléphone, je vous confirme que Mme Kessler peut être nommée administratrice.

Cordialement,
Le principal""",
  "head_of_establishment_request", False, "0540892B", "grand-est", None, True, "fr",
  "Very short written confirmation by the principal (ce.<UAI> address) after a phone call; which platform is not said.")

# h107
M(("Michel Faure", "michel.faure@ac-toulouse.fr"),
  "Je viens aux nouvelles",
  """Bonjour,

Je viens aux nouvelles.

Michel Faure""",
  "other", False, None, "occitanie", None, True, "fr",
  "A bare 'any news?' with no subject, no ticket reference and no quote: staff must find the original request. Region from ac-toulouse.fr.")

# h108
M(("Audrey Lemoine", "audrey.lemoine@ac-reims.fr"),
  "Ressource non publiée",
  """Bonjour,

L'abonnement à Lumni Enseignement est actif dans « Mes abonnements » mais les élèves ne le voient pas sur le portail. Comment le publier ?

Audrey Lemoine
Lycée Chagall, Reims (0511294E)""",
  "subscription_activation", True, "0511294E", "grand-est", "esidoc", False, "fr",
  "Active resource not visible to pupils: publication step.")

# h109
M(("Nadine Perret", "nadine.perret@ac-grenoble.fr"),
  "Espace Acheteur - mot de passe",
  """Bonjour,

Sur l'Espace Acheteur, nous sommes trois à utiliser la même adresse (intendance@...) et plus personne ne se souvient de l'identifiant ni du mot de passe. Comment faire ?

Nadine Perret, intendance du lycée Berthollet, Annecy""",
  "password_reset", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Shared mailbox, login and password unknown (FAQ case). Region from ac-grenoble.fr.")

# h110
M(("Mailinblack", "notification@mailinblack.example.com"),
  "Rapport de quarantaine quotidien - 4 messages en attente",
  """Votre rapport quotidien

4 messages sont en attente de validation :
- no-reply@espace-acheteur.example.fr - Confirmation de votre commande
- newsletter@fournisseur-papier.example.fr - Promotions de janvier
- no-reply@espace-acheteur.example.fr - Votre panier va expirer
- info@salon-educatif.example.fr - Invitation

Cliquez sur un message pour le libérer.""",
  "automated", False, None, None, None, True, "fr",
  "Mailinblack's daily quarantine report delivered to the desk itself, not forwarded by a person: automated, not mailinblack_spam.",
  mailer=None, fmt="alt", cte="quoted-printable",
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

# h111
M(("Gaëlle Fabre", "gaelle.fabre@ac-montpellier.fr"),
  "Récapitulatif de ma situation + demande de devis",
  """Bonjour,

Je vous fais un récapitulatif complet, puisque j'ai eu trois interlocuteurs différents :

- en septembre, j'ai demandé un devis pour l'extension du portail aux deux écoles du réseau (REP+), sans réponse ;
- en octobre, on m'a répondu par téléphone que l'offre « réseau » n'existait plus ;
- en novembre, une collègue de la DANE m'a dit qu'elle existait bien, sous un autre nom.

Je repose donc simplement la question : pouvez-vous m'envoyer un devis pour l'ajout de deux écoles élémentaires à notre portail e-sidoc, sur la base des tarifs en vigueur ? Le collège est le collège Jean Moulin de Béziers, 0341608N... non, pardon, ça c'est le code de mon ancien établissement à Sète. Le bon est 0341189H.

Gaëlle Fabre""",
  "order_billing", False, "0341189H", "occitanie", "esidoc", True, "fr",
  "History of three contacts, then a quote request. Two UAIs: the first (old school) is corrected by the writer; the label is the second.")

# h112
M(("Laurent Boulanger", "laurent.boulanger@mairie-montreuil-bellay.fr"),
  "Espace Acheteur",
  """Bonjour,

Je ne reçois plus les alertes de mise à jour des offres depuis la nouvelle plateforme.

Laurent Boulanger""",
  "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Alert notifications no longer received; no product blocking named.")

# h113
M(("Proviseure Lycée Voltaire", "ce.0753114C@ac-paris.fr"),
  "Demande écrite de réinitialisation",
  """Madame, Monsieur,

Suite au message de notre nouvelle bibliothécaire Mme Hernandez, je vous demande de bien vouloir réinitialiser le mot de passe d'administration de notre portail documentaire et d'envoyer le lien à l'adresse de l'établissement.

La proviseure,
Anne Dufresne""",
  "head_of_establishment_request", False, "0753114C", "ile-de-france", "esidoc", False, "fr",
  "The proviseure's written request for the admin reset, from the ce.<UAI> address.",
  fmt="html", cte="quoted-printable", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h114
M(("Gregory Thomas", "gregory.thomas@ac-caen.fr"),
  "Tout ce que j'ai essayé (mot de passe Espace Acheteur)",
  """Bonjour,

Voici tout ce que j'ai essayé depuis vendredi, pour que vous ne me demandiez pas de le refaire :

1. mot de passe habituel : refusé ;
2. mot de passe oublié avec mon adresse : « aucun compte associé à cette adresse » ;
3. mot de passe oublié avec l'ancienne adresse de l'intendance : mail envoyé, mais cette boîte a été supprimée ;
4. demande à mon prédécesseur : il ne se souvient de rien ;
5. appel à la plateforme téléphonique : on m'a dit d'écrire ici.

Je suis gestionnaire au lycée Malherbe de Caen (0141592E) et j'ai besoin de l'accès à l'Espace Acheteur pour valider des commandes avant la fin de l'exercice. Je veux simplement que quelqu'un rattache le compte à ma propre adresse.

Grégory Thomas""",
  "password_reset", False, "0141592E", "normandie", "espace_acheteur", True, "fr",
  "Long list of failed attempts; the standard reset path was already tried, and he asks a person to attach the account to his own address (not allowed automatically).")

# h115
M(("Nathan Lefort", "nathan.lefort@ac-orleans-tours.fr"),
  "Mail d'activation",
  """Bonjour
le mail d'activation du compte client n'est jamais venu, je n'ai pas de Mailinblack chez nous, c'est juste Zimbra.
Nathan Lefort, lycée Marceau, Chartres (0280917V)""",
  "missing_noreply_mail", True, "0280917V", "centre-val-de-loire", "esidoc", True, "fr",
  "Names Mailinblack only to say the school does not use it: missing_noreply_mail.")

# h116
M(("Eric Marty", "eric.marty@ac-corse.fr"),
  "Portail e-sidoc : mot de passe",
  """Bonjour,
mot de passe perdu pour le portail du lycée Laetitia Bonaparte, Ajaccio (6200418K). Merci de m'envoyer un lien.
Eric Marty""",
  "password_reset", True, "6200418K", "corse", "esidoc", False, "fr",
  "Lost password, Corse-du-Sud UAI prefix 620.")

# h117
M(("Laure Bonnet", "laure.bonnet@ac-bordeaux.fr"),
  "Absente",
  """Bonjour,

Je suis absente du 16 au 20 décembre. En cas d'urgence, contacter l'intendance au 05 56 00 00 00.

Laure Bonnet""",
  "automated", False, None, "nouvelle-aquitaine", None, True, "fr",
  "Out-of-office with no Auto-Submitted header (client rule); region from ac-bordeaux.fr.",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h118
M(("Maxime Guillot", "maxime.guillot@ac-dijon.fr"),
  "Documents",
  """Bonjour,

Je ne vois plus aucun document dans Mes marchés depuis la nouvelle plateforme, alors que sur l'ancienne j'avais les conventions, les avenants et les CCAP. Mon compte fonctionne par ailleurs.

Maxime Guillot
Collège Roland Dorgelès, Mâcon (0710846J)""",
  "contract_documents", False, "0710846J", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "No documents visible since the new platform (conventions, amendments, CCAP).")

# h119
M(("Sarah Cohen", "sarah.cohen@ac-creteil.fr"),
  "Questions diverses de rentrée",
  """Bonjour,

Nouvelle documentaliste au lycée Flora Tristan de Noisy-le-Grand (0930417Y... non, ça c'est le collège d'à côté ; nous c'est 0932047E je crois, je n'ai pas le papier sous les yeux).

Plusieurs petites choses :
- l'ancienne documentaliste a-t-elle laissé des consignes chez vous ?
- peut-on avoir un rendez-vous en visio pour une prise en main ?
- existe-t-il un forum des utilisateurs ?

Merci !
Sarah Cohen""",
  "other", False, None, "ile-de-france", "esidoc", True, "fr",
  "Onboarding questions (notes left, video meeting, user forum) without a service request of a category. Two codes: 0930417Y is said to be another school, and 0932047E, given with doubt, has a wrong check letter (digits give 0932047V): no UAI; region from ac-creteil.fr.")

# h120
M(("Denis Chauvin", "denis.chauvin@ac-nantes.fr"),
  "Mailinblack et plateforme d'achats",
  """Bonjour,

Je suis le correspondant informatique du lycée Bergson d'Angers (0490623L). Depuis le déploiement de Mailinblack par la Région, l'adjointe gestionnaire ne reçoit plus les mails de l'Espace Acheteur ; ils arrivent dans la quarantaine. Par ailleurs elle voudrait savoir qui est l'administrateur de la structure, car elle n'arrive pas à faire valider le compte de sa secrétaire.

Merci,
Denis Chauvin""",
  "mailinblack_spam", False, "0490623L", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Two topics: Mailinblack quarantine (main) and who the structure administrator is (account_creation). One template would answer half.")

# h121
M(("Sophie Brun", "sophie.brun@ac-reunion.fr"),
  "Re: abonnement",
  """Bonjour,

Toujours pas visible, ça fait maintenant deux semaines que la commande est validée. Pouvez-vous regarder ?

Sophie Brun
Collège Bois de Nèfles, Saint-Denis (9740916C)

Le 02/12/2024 à 08:00, Assistance a écrit :
> Votre abonnement sera activé dans un délai de 72 heures après validation de la commande.""",
  "subscription_activation", False, "9740916C", "la-reunion", "esidoc", False, "fr",
  "Two weeks after the order, after the 72-hour answer: a person must check. Réunion time zone.",
  tz="+0400", in_reply_to="<SUP-005498.1733122800.55b7a0@assistance.example.fr>")

# h122
M(("Noreply Portail Tickets", "noreply@tickets.assistance.example.fr"),
  "[Ticket FOUR-2291] Mise à jour : réponse du fournisseur",
  """Le ticket FOUR-2291 « Facture en double lycée Bergson » a été mis à jour par le fournisseur.

Statut : En attente de votre retour
Connectez-vous au portail pour consulter la réponse.""",
  "automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal update notification (Auto-Submitted: auto-generated).",
  mailer=None, headers=[("Auto-Submitted", "auto-generated")])

# h123
M(("Béatrice Renaud", "beatrice.renaud@lycee-st-francois-xavier.fr"),
  "Notre transfert",
  """Bonjour,

Je vous écris parce que je ne sais plus vers qui me tourner. J'ai appelé le rectorat, qui m'a renvoyée vers la DANE, qui m'a renvoyée vers notre prestataire, qui m'a renvoyée vers vous. Je suis secrétaire de direction dans un établissement privé de Vannes et je m'occupe de tout ce qui est informatique « par défaut ».

Depuis que la Région a installé un nouveau pare-feu dans l'établissement pendant les vacances, Charlemagne n'arrive plus à envoyer les données vers EcoleDirecte : le diagnostic échoue à l'étape « test de connexion ». Le technicien de la Région demande quels ports et quelles adresses il faut ouvrir.

Merci de me dire ce que je dois lui transmettre,
Béatrice Renaud""",
  "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Bounced between services before writing; new firewall blocks the transfer: which ports/addresses to open.")

# h124
M(("Agent comptable", "agence.comptable@ac-lyon.fr"),
  "relance",
  """Bonjour,
nous avons reçu une relance pour une facture déjà réglée par mandat le 14 novembre. Merci de vérifier.
L'agence comptable du groupement du lycée Ampère""",
  "order_billing", False, None, "auvergne-rhone-alpes", None, False, "fr",
  "Payment reminder for an invoice already paid. Region from ac-lyon.fr.")

# h125
M(("CDI Collège Camille Claudel", "cdi.claudel@ac-reims.fr"),
  "compte lecteur",
  """bonjour
un élève a oublié son mot de passe pour le portail, vous pouvez le réinitialiser ?""",
  "password_reset", False, None, "grand-est", "esidoc", True, "fr",
  "A forgotten password, but a pupil's reader account, which the librarian resets herself in the back office: the establishment reset template (admin login = UAI) does not fit, a person explains. Region from ac-reims.fr.")

# h126
M(("Hervé Lucas", "herve.lucas@ac-normandie.fr"),
  "Message du principal concernant le portail et l'Espace Acheteur",
  """Madame, Monsieur,

Principal du collège Jean-François Millet de Cherbourg (0500743L), je souhaite, à l'occasion du changement d'équipe de direction et dans un souci de sécurité, que l'ensemble des accès administrateurs de l'établissement soient revus :

- sur le portail e-sidoc, le mot de passe administrateur doit être réinitialisé et transmis à l'adresse de l'établissement ;
- sur l'Espace Acheteur, l'administrateur de la structure doit être désormais Mme Vautier, gestionnaire, et l'ancien gestionnaire, M. Leduc, ne doit plus y avoir accès.

Je vous remercie de me confirmer la prise en compte de ces deux points.

H. Lucas""",
  "head_of_establishment_request", False, "0500743L", "normandie", None, True, "fr",
  "Head asks for two security changes on two products (e-sidoc reset and new Espace Acheteur administrator), from his personal academic address: no single platform.")

# h127
M(("Wendy Marie", "wendy.marie@ac-guyane.fr"),
  "mails",
  """Bonjour, je ne reçois jamais les mails de la plateforme des achats, ni la confirmation ni rien. Merci.
Wendy Marie, collège Gran Man Difou, Maripasoula""",
  "missing_noreply_mail", True, None, "guyane", "espace_acheteur", False, "fr",
  "No platform mail arrives; no anti-spam product named. Region from ac-guyane.fr.",
  tz="-0300")

# h128
M(("Mairie de Saint-Pée", "accueil@mairie-saint-pee.fr"),
  "demande",
  """Bonjour,
suite au conseil municipal, nous souhaitons adhérer à votre centrale pour les fournitures de l'école. Comment procéder ?
La secrétaire de mairie""",
  "account_creation", False, None, None, "espace_acheteur", True, "fr",
  "A town hall wants to join the purchasing centre (membership, not just a login): eligibility and the convention need a person, though it starts with an account.")

# h129
M(("Antoine Baron", "antoine.baron@ac-lille.fr"),
  "Re: Votre message",
  """Bonjour,

Je reviens vers vous. Pour résumer depuis le début puisque le fil est long : en octobre nous avons commandé Europresse ; en novembre vous m'avez dit que l'abonnement était actif ; je vous ai dit que je ne le voyais pas ; vous m'avez demandé une capture, je vous l'ai envoyée ; et depuis, plus rien. Nous sommes fin janvier. Les élèves de terminale en ont besoin pour le grand oral.

Antoine Baron
Lycée Baudelaire, Roubaix (0590419K)""",
  "subscription_activation", False, "0590419K", "hauts-de-france", "esidoc", False, "fr",
  "Summary of a long thread: ordered in October, still not visible at the end of January. Far past 72 h; a person must take over.")

# h130
M(("Postmaster", "postmaster@ac-nantes.fr"),
  "Message bloqué : contenu suspect",
  """Le message suivant n'a pas été remis :

Expéditeur : support@assistance.example.fr
Destinataire : cdi.0720581R@ac-nantes.fr
Objet : [#SUP-005823] Lien de réinitialisation

Motif : le message contient un lien considéré comme suspect par la politique de sécurité.""",
  "automated", False, None, "pays-de-la-loire", None, True, "fr",
  "Académie filter's non-delivery notice in plain text, without multipart/report; null Return-Path. The recipient address holds a UAI, but the notice is not from that establishment: no UAI label. Region from the ac-nantes.fr sender.",
  return_path="", auth="none", mailer=None, headers=[("Auto-Submitted", "auto-generated")])

# h131
M(("Valentin Schmitt", "valentin.schmitt@ac-strasbourg.fr"),
  "MailInBlack",
  """Bonjour,

Votre message de confirmation est bloqué par MailInBlack (« Veuillez confirmer que vous n'êtes pas un robot »). Je l'ai débloqué manuellement mais je voudrais que ce ne soit plus nécessaire. Procédure ?

V. Schmitt, lycée Kléber, Strasbourg (0670903T)""",
  "mailinblack_spam", True, "0670903T", "grand-est", None, False, "fr",
  "MailInBlack challenge; wants a permanent allow-list: guide fits.")

# h132
M(("Caroline Perrin", "caroline.perrin@ac-grenoble.fr"),
  "Avenant introuvable",
  """Bonjour,

L'avenant n°3 du marché papier 2023-045 est annoncé dans votre lettre d'information mais il n'apparaît pas dans les documents du marché sur l'Espace Acheteur.

Caroline Perrin
Lycée du Granier, La Ravoire (0731548L)""",
  "contract_documents", False, "0731548L", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Amendment missing from the market documents.")

# h133
M(("Pauline Dumas", "pauline.dumas@ac-clermont.fr"),
  "Un petit mot",
  """Bonjour,

Je voulais simplement vous dire que depuis la dernière mise à jour, tout va beaucoup mieux. Et au fait, mon mot de passe a encore expiré ce matin, pouvez-vous me renvoyer un lien ? Collège Lafayette, Clermont, 0631021T.

Bonne journée !
Pauline""",
  "password_reset", True, "0631021T", "auvergne-rhone-alpes", None, True, "fr",
  "Starts as a thank-you note, but a reset link is asked 'by the way'. UAI given; product not named.")

# h134
M(("Recrutement", "jobs@interim-plus.example.fr"),
  "Offre : documentaliste remplaçant(e) - mission 3 mois",
  """Bonjour,

Nous recherchons pour l'un de nos clients un(e) documentaliste pour une mission de trois mois à Lyon. Merci de diffuser cette offre autour de vous.

L'équipe Intérim Plus""",
  "automated", False, None, None, None, True, "fr",
  "Recruitment mailing (List-Id, List-Unsubscribe), not written to the desk personally.",
  headers=[("List-Id", "<offres.interim-plus.example.fr>"), ("List-Unsubscribe", "<https://interim-plus.example.fr/unsub>"), ("Precedence", "bulk")],
  mailer=("X-Mailer", "Mailchimp"))

# h135
M(("Proviseur adjoint", "ce.0133591H@ac-aix-marseille.fr"),
  "Commande : validation par la direction",
  """Bonjour,

Je valide, pour le compte du proviseur absent cette semaine, la commande du panier « Mobilier CDI 2025 » saisie par notre gestionnaire. Vous trouverez ci-joint le bon d'engagement signé.

Le proviseur adjoint
Lycée Saint-Exupéry, Marseille""",
  "head_of_establishment_request", False, "0133591H", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "The deputy head, from the ce.<UAI> address and for the absent proviseur, authorises an order in writing: head-of-establishment request (staff check the authority), not order_billing.")

# h136
M(("Hugo Leclerc", "hugo.leclerc@ac-rouen.fr"),
  "Longue histoire courte : je n'ai pas de compte",
  """Bonjour,

Version courte : je n'ai pas de compte e-sidoc de gestion et il m'en faut un.

Version longue : je suis professeur de lettres, mais depuis cette année je co-anime le club lecture avec la documentaliste, et elle voudrait que je puisse ajouter des critiques et des sélections sur le portail sans passer par elle. Elle m'a dit que c'était à vous qu'il fallait demander, ou à elle, elle n'est pas sûre. Le collège, c'est le collège Jacques Prévert de Rouen, 0762911B.

Merci !
Hugo Leclerc""",
  "account_creation", False, "0762911B", "normandie", "esidoc", False, "fr",
  "Wants a management account on the portal for a teacher: rights the librarian-admin may open; a person clarifies.")

# h137
M(("Agnès Legrand", "agnes.legrand@ac-besancon.fr"),
  "Toujours bloqué",
  """Bonjour,

Mes collègues disent que les mails sont toujours en quarantaine. Merci de transmettre au rectorat.

Agnès Legrand, lycée Victor Hugo, Besançon (0250058C)""",
  "mailinblack_spam", False, "0250058C", "bourgogne-franche-comte", None, True, "fr",
  "Vague: mails 'still in quarantine', asks to pass it on to the rectorat. Mailinblack is only implied by the quarantine and 'still' suggests an earlier exchange; escalation is wanted, so no template.")

# h138
M(("Marie-Christine Lebon", "marie-christine.lebon@ac-mayotte.fr"),
  "Demande d'aide - compte du CDI et bien d'autres choses",
  """Bonjour,

Je suis arrivée à Mayotte en septembre, mutée depuis la Drôme, au collège de Kawéni (9760238E). C'est une expérience très forte, les élèves sont nombreux (plus de 1 800 !), le CDI est petit et les coupures d'eau et d'électricité nous obligent souvent à fermer. Internet est très lent en journée, je travaille donc beaucoup le soir, chez moi.

J'ai enfin pu me pencher sur le portail du CDI. Le mot de passe qu'on m'a transmis à mon arrivée ne fonctionne plus (il a peut-être été changé pendant l'intérim), et le mail de réinitialisation part sur une adresse que personne ici ne connaît. Pouvez-vous envoyer le lien sur l'adresse officielle du collège ? Le secrétariat me le transmettra.

Et si vous avez des ressources numériques gratuites pour des élèves allophones, je suis preneuse, mais ce n'est pas l'objet principal.

Merci beaucoup,
Marie-Christine Lebon""",
  "password_reset", True, "9760238E", "mayotte", "esidoc", True, "fr",
  "Long arrival story; the request is a reset link to the official address (safe path). A side wish for free resources needs no category.",
  tz="+0300", fmt="alt", cte="quoted-printable")

# h139
M(("Thunderbird", "jean.claude.mas@ac-montpellier.fr"),
  "Accusé de réception (affiché) - [#SUP-005901] Votre facture",
  "",
  "automated", False, None, "occitanie", None, False, "fr",
  "Thunderbird return receipt (disposition-notification). Region from ac-montpellier.fr.",
  mailer=("User-Agent", "Mozilla Thunderbird"),
  multipart='report; report-type=disposition-notification',
  parts=[("text/plain; charset=UTF-8", """Ceci est un accusé de réception pour le courrier électronique envoyé à jean.claude.mas@ac-montpellier.fr.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire."""),
         ("message/disposition-notification", """Reporting-UA: ac-montpellier.fr; Mozilla Thunderbird
Final-Recipient: rfc822;jean.claude.mas@ac-montpellier.fr
Original-Message-ID: <SUP-005901.1734000000.d0c1e2@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed""")])

# h140
M(("Serge Antoine", "serge.antoine@mairie-lavaur.fr"),
  "Devis",
  """Bonjour,

Un devis svp pour 30 chaises et 6 tables (marché mobilier).

S. Antoine""",
  "order_billing", False, None, None, "espace_acheteur", True, "fr",
  "Terse quote request under a furniture market: order_billing; platform inferred from the market mention.")

# h141
M(("Régine Vidal", "regine.vidal@ac-nice.fr"),
  "Pour info (et petite question)",
  """Bonjour,

Pour information, je pars en retraite en juin après 34 ans de documentation, dont 12 avec votre portail. Je voulais vous remercier pour toutes ces années : vos équipes ont toujours été disponibles, même les veilles de vacances.

Je prépare la passation pour la personne qui me remplacera. J'ai tout noté dans un cahier, sauf une chose : l'adresse de contact du portail, c'est la mienne (regine.vidal@...). Elle va être fermée à mon départ. Je voudrais qu'on la remplace par l'adresse du collège, ce qui me paraît plus simple pour l'avenir. Le chef d'établissement est d'accord, il vous écrira si besoin.

Avec toute ma reconnaissance,
Régine Vidal
Collège Fersen, Antibes (0061592Y)""",
  "head_of_establishment_request", False, "0061592Y", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Retirement thanks hiding a request to change the portal's contact address to the school's. Written by the librarian, not the head, but a contact-address change is a head-of-establishment request by the taxonomy and she says the head agrees: labelled as that request, waiting for the head's written confirmation; arguably other.")

# h142
M(("Jean-Marc Hoarau", "jean-marc.hoarau@ac-reunion.fr"),
  "RE: Notifications Espace Acheteur",
  """Bonjour,

J'ai bien regardé dans les courriers indésirables comme vous me l'avez conseillé, j'ai ajouté l'adresse no-reply à mes contacts, et j'ai attendu deux jours. Toujours rien. Pouvez-vous transmettre à la région ?

Jean-Marc Hoarau
Lycée Leconte de Lisle, Saint-Denis

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : [#SUP-005944] Notifications Espace Acheteur
Vérifiez votre dossier de courrier indésirable et autorisez l'adresse no-reply.""",
  "missing_noreply_mail", False, None, "la-reunion", "espace_acheteur", False, "fr",
  "Follow-up after the junk-folder answer: 48 h later still nothing, asks to escalate to the region. Réunion time zone.",
  tz="+0400", in_reply_to="<SUP-005944.1734330000.e3a9b7@assistance.example.fr>", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

# h143
M(("Louise Benoit", "louise.benoit@ac-versailles.fr"),
  "Je reprends depuis le début",
  """Bonjour,

Je reprends tout depuis le début parce que je pense que mon premier message n'était pas clair, et je m'en excuse.

Je suis gestionnaire au collège Paul Éluard de Nanterre (0921736M). En novembre, la Région nous a équipés de nouveaux ordinateurs, et notre boîte académique a été migrée. Depuis, nous ne recevons plus aucun message automatique de votre part : ni la confirmation de commande, ni le lien d'activation du compte client que j'ai demandé quatre fois cette semaine. Les mails de mes collègues, eux, arrivent. Il n'y a pas d'antispam spécial chez nous, je l'ai demandé à la DANE.

Pouvez-vous me dire depuis quelle adresse partent ces messages, que je la fasse autoriser ?

Louise Benoit""",
  "missing_noreply_mail", True, "0921736M", "ile-de-france", "esidoc", False, "fr",
  "Rewrites her first message at length: no automatic mail since a migration (order confirmation, activation link); no product; asks for the sender address.")

# h144
M(("Patrick Carlier", "patrick.carlier@ac-amiens.fr"),
  "Licence",
  """Bonjour,

Changement de serveur pendant les vacances, il faut régénérer la licence Charlemagne. Lycée privé Saint-Vincent, Senlis.

P. Carlier""",
  "transfer_incident", False, None, "hauts-de-france", "ecoledirecte", False, "fr",
  "Licence to regenerate after a server change. Region from ac-amiens.fr.")

# h145
M(("Elodie Marchetti", "elodie.marchetti@ac-corse.fr"),
  "Ressource",
  """Bonjour

Universalis est commandé depuis ce matin, vous pouvez l'activer ?

Elodie Marchetti
Lycée de Montesoro, Bastia (7200593G)""",
  "subscription_activation", True, "7200593G", "corse", "esidoc", False, "fr",
  "Ordered this morning: within 72 h. Haute-Corse UAI prefix 720.")

# h146
M(("MAILER-DAEMON", "MAILER-DAEMON@smtp.college-prive-la-salle.fr"),
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  intendance@college-prive-la-salle.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Subject: [#SUP-005977] Votre devis""",
  "automated", False, None, None, None, True, "en",
  "Exim bounce as plain text without multipart/report or Auto-Submitted; only the null Return-Path and MAILER-DAEMON sender show it is automatic.",
  return_path="", auth="none", mailer=None)

# h147
M(("Principale - Collège Marcel Pagnol", "ce.0840276U@ac-aix-marseille.fr"),
  "Administrateur",
  """Bonjour,

Mme Roux n'est plus au collège. Merci de mettre M. Benhamou à sa place.

La principale""",
  "head_of_establishment_request", False, "0840276U", "provence-alpes-cote-d-azur", None, True, "fr",
  "Terse: the principal, from the ce.<UAI> address, replaces an administrator without saying on which platform or giving the new person's address.")

# h148
M(("Fabien Collin", "fabien.collin@ac-lyon.fr"),
  "Marché",
  """Bonjour,

Je n'ai plus accès aux pièces du marché nettoyage depuis que j'ai changé d'établissement. Comment les récupérer ?

Fabien Collin
Lycée du Parc, Lyon (0691204J)""",
  "contract_documents", False, "0691204J", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
  "Cannot see a market's documents after changing establishment; may be a rights matter but the need is the contract documents.")

# h149
M(("Oscar Fleury", "oscar.fleury@ac-toulouse.fr"),
  "Anti-spam",
  """Bonjour,

Depuis l'installation de Mail In Black dans notre lycée, je dois cliquer sur « J'autorise » à chaque mail de votre part. Il y a un moyen de faire ça une fois pour toutes ?

Oscar Fleury
Lycée Bellevue, Albi (0811093Y)""",
  "mailinblack_spam", True, "0811093Y", "occitanie", None, False, "fr",
  "Mail In Black (spaced) authorisation each time; wants a permanent allow-list.")

# h150
M(("Google Calendar", "calendar-notification@google.example.com"),
  "Invitation : Point support région @ jeu. 16 janv. 2025 14:00 - 15:00",
  """Vous avez été invité à l'événement suivant.

Point support région
Quand : jeudi 16 janvier 2025 14:00 - 15:00 (heure normale d'Europe centrale)
Participants : support@assistance.example.fr, equipe-region@example.fr

Invitation envoyée par Google Agenda.""",
  "automated", False, None, None, None, False, "fr",
  "Calendar invitation generated by a calendar service.",
  mailer=None, headers=[("Auto-Submitted", "auto-generated")])

# ---------------------------------------------------------------- dates that the texts pin down
FIXED_DATES = {
    1: (2024, 9, 9, 16, 40), 2: (2024, 10, 21, 9, 5), 5: (2024, 10, 16, 10, 12),
    6: (2024, 11, 18, 11, 20), 8: (2024, 12, 3, 14, 10), 12: (2025, 3, 20, 12, 31),
    13: (2024, 11, 6, 9, 44), 15: (2024, 9, 20, 15, 3), 17: (2024, 10, 24, 13, 27),
    18: (2024, 11, 12, 17, 48), 22: (2024, 12, 9, 10, 12), 24: (2024, 11, 15, 15, 2),
    26: (2024, 11, 18, 7, 55), 29: (2024, 12, 10, 6, 0), 32: (2024, 11, 8, 8, 31),
    34: (2024, 12, 23, 18, 2), 36: (2025, 1, 14, 17, 12), 42: (2024, 12, 4, 11, 9),
    44: (2024, 11, 14, 11, 40), 47: (2024, 11, 27, 19, 15), 49: (2024, 11, 12, 9, 30),
    52: (2024, 10, 8, 14, 22), 54: (2025, 1, 10, 18, 5), 58: (2024, 11, 20, 10, 4),
    65: (2024, 11, 25, 16, 22), 70: (2024, 12, 2, 8, 1), 73: (2024, 9, 10, 12, 50),
    78: (2024, 12, 5, 13, 0), 80: (2025, 1, 20, 10, 15), 81: (2024, 10, 1, 6, 45),
    82: (2024, 12, 5, 8, 50), 87: (2024, 12, 11, 15, 30), 88: (2024, 12, 12, 21, 47),
    93: (2024, 12, 2, 14, 0), 98: (2024, 12, 9, 15, 40), 100: (2024, 11, 25, 9, 12),
    110: (2025, 1, 8, 6, 0), 111: (2024, 12, 4, 16, 18), 114: (2024, 12, 10, 8, 37),
    117: (2024, 12, 16, 8, 0), 121: (2024, 12, 16, 7, 30), 123: (2024, 11, 5, 10, 26),
    124: (2024, 12, 2, 10, 0), 129: (2025, 1, 28, 11, 0), 138: (2024, 11, 21, 20, 14),
    142: (2024, 12, 18, 6, 50), 143: (2024, 12, 6, 9, 58), 144: (2025, 1, 6, 8, 15),
    150: (2025, 1, 10, 9, 0),
}

LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def main():
    assert len(MAILS) == 150, len(MAILS)
    labels = []
    for i, m in enumerate(MAILS, 1):
        name = "h%03d.eml" % i
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(build(i, m))
        labels.append(dict(file=name, category=m["category"], auto_reply_ok=m["ok"],
                           uai=m["uai"], region=m["region"], platform=m["platform"],
                           hard=m["hard"], lang=m["lang"], notes=m["notes"]))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "expected h001..h150"
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh]
    assert len(labels) == 150
    assert [l["file"] for l in labels] == files
    for lab in labels:
        assert list(lab) == LABEL_KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"] and msg["Date"], lab["file"]
        assert "support@assistance.example.fr" in str(msg["To"]), lab["file"]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                text = part.get_content()
                assert isinstance(text, str)
        sender = msg["From"].addresses[0].addr_spec
        assert lab["category"] in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert lab["notes"].strip(), lab
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["uai"][:3] in DEPT_REGION, lab
            low = raw.decode("utf-8", "replace").lower()
            body = "\n".join(p.get_content() for p in msg.walk() if p.get_content_maintype() == "text")
            assert lab["uai"].lower() in (low + body.lower()), ("uai not in the mail", lab["file"])
        assert lab["region"] == expected_region(lab["uai"], sender), (lab, sender)
    counts = {}
    for lab in labels:
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
    print("150 mails OK;", ", ".join("%s %d" % kv for kv in sorted(counts.items(), key=lambda kv: -kv[1])),
          "; auto_reply_ok %d; hard %d; en %d" % (sum(l["auto_reply_ok"] for l in labels),
                                                 sum(l["hard"] for l in labels),
                                                 sum(l["lang"] == "en" for l in labels)))


if __name__ == "__main__":
    main()

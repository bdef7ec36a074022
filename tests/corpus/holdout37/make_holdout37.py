#!/usr/bin/env python3
"""Writes holdout37: 150 hand-written blind test mails (h001.eml .. h150.eml)
and labels.jsonl next to this script. Stdlib only, deterministic (fixed seed).
Theme: late March 2025, Occitanie / Provence / Corse, rural écoles, mountain
collèges, cantines and intendance, a librarians' regional reading prize."""
import base64, email, email.policy, json, os, quopri, random, re
from email.header import Header
from email.utils import formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(37037)
DESK = "Assistance <support@assistance.example.fr>"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
AUTO_CATS = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
             "account_creation", "subscription_activation"}
CATS = AUTO_CATS | {"head_of_establishment_request", "order_billing",
                    "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
DEPT_REGION = {}
for reg, depts in {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90", "bretagne": "22 29 35 56",
    "centre-val-de-loire": "18 28 36 37 41 45",
    "grand-est": "08 10 51 52 54 55 57 67 68 88", "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95", "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82", "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84"}.items():
    for d in depts.split():
        DEPT_REGION["0" + d] = reg
DEPT_REGION.update({"620": "corse", "720": "corse", "971": "guadeloupe", "972": "martinique",
                    "973": "guyane", "974": "la-reunion", "976": "mayotte"})
DOMAIN_REGION = {}
for reg, doms in {
    "auvergne-rhone-alpes": "ac-clermont.fr ac-grenoble.fr ac-lyon.fr",
    "bourgogne-franche-comte": "ac-besancon.fr ac-dijon.fr", "bretagne": "ac-rennes.fr",
    "centre-val-de-loire": "ac-orleans-tours.fr", "corse": "ac-corse.fr",
    "grand-est": "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr",
    "hauts-de-france": "ac-amiens.fr ac-lille.fr",
    "ile-de-france": "ac-creteil.fr ac-paris.fr ac-versailles.fr",
    "normandie": "ac-normandie.fr ac-caen.fr ac-rouen.fr",
    "nouvelle-aquitaine": "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr",
    "occitanie": "ac-montpellier.fr ac-toulouse.fr", "pays-de-la-loire": "ac-nantes.fr",
    "provence-alpes-cote-d-azur": "ac-aix-marseille.fr ac-nice.fr",
    "guadeloupe": "ac-guadeloupe.fr", "martinique": "ac-martinique.fr", "guyane": "ac-guyane.fr",
    "la-reunion": "ac-reunion.fr", "mayotte": "ac-mayotte.fr"}.items():
    for d in doms.split():
        DOMAIN_REGION[d] = reg


def check_letter(digits7):
    return LETTERS[int(digits7) % 23]


def valid_uai(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and code[7] == check_letter(code[:7])


MAILS = []


def ip():
    return "%s.%d" % (RNG.choice(["192.0.2", "198.51.100", "203.0.113"]), RNG.randint(2, 250))


def hid(n=15):
    return "".join(RNG.choice("ABCDEFGHJKLMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz0123456789") for _ in range(n))


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(s):
    name, a = parseaddr(s)
    return formataddr((name, a), charset="utf-8") if name else a


def M(cat, ok, uai, region, platform, hard, lang, notes, frm, subj, body=None, *, to=DESK, cc=None,
      day=None, enc="8bit", html=None, extra=(), irt=None, refs=None, auth="pass", ctype=None,
      raw=None, return_path=None, ua=None, reply_to=None, charset="utf-8"):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, region=region, platform=platform, hard=hard,
                      lang=lang, notes=notes, frm=frm, subj=subj, body=body, to=to, cc=cc,
                      day=day, enc=enc, html=html, extra=list(extra), irt=irt, refs=refs,
                      auth=auth, ctype=ctype, raw=raw, return_path=return_path, ua=ua,
                      reply_to=reply_to, charset=charset))


def render(m):
    sender = parseaddr(m["frm"])[1]
    dom = sender.split("@")[1]
    day = m["day"] or RNG.randint(17, 28)
    hh, mi, ss = RNG.randint(7, 19), RNG.randint(0, 59), RNG.randint(0, 59)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(day - 17) % 7]  # 17 March 2025 = Monday
    date = "%s, %d Mar 2025 %02d:%02d:%02d +0100" % (wd, day, hh, mi, ss)
    rdate = "%s, %d Mar 2025 %02d:%02d:%02d +0100 (CET)" % (wd, day, hh, mi, min(ss + 3, 59))
    relay = "smtp.%s" % dom if not dom.startswith("mail") else dom
    rp = m["return_path"] if m["return_path"] is not None else "<%s>" % sender
    if m["auth"] == "pass":
        ar = ("dkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n"
              "\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    elif m["auth"] == "none":
        ar = "dkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % relay
    else:
        ar = m["auth"]
    lines = [
        "Return-Path: %s" % rp,
        "Delivered-To: support@assistance.example.fr",
        "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
        "\tfor <support@assistance.example.fr>; %s" % (relay, relay, ip(), hid(), rdate),
        "Authentication-Results: mx1.assistance.example.fr;\n\t" + ar,
        "Received: from [192.168.%d.%d] (unknown [%s])\n\tby %s with ESMTPSA id %s;\n\t%s"
        % (RNG.randint(0, 9), RNG.randint(2, 250), ip(), relay, hid(10), date),
        "Message-ID: <%s.%s@%s>" % (hid(12), hid(6), dom),
        "Date: " + date,
        "From: " + addr(m["frm"]),
        "To: " + ", ".join(addr(x.strip()) for x in m["to"].split(";")),
    ]
    if m["cc"]:
        lines.append("Cc: " + ", ".join(addr(x.strip()) for x in m["cc"].split(";")))
    if m["reply_to"]:
        lines.append("Reply-To: " + addr(m["reply_to"]))
    lines.append("Subject: " + hdr(m["subj"]))
    if m["irt"]:
        lines.append("In-Reply-To: " + m["irt"])
        lines.append("References: " + (m["refs"] or m["irt"]))
    if m["ua"]:
        lines.append(m["ua"])
    for k, v in m["extra"]:
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    cs = m["charset"]
    if m["raw"] is not None:
        lines.append("Content-Type: " + m["ctype"])
        body = m["raw"]
        return ("\n".join(lines) + "\n\n" + body.strip("\n") + "\n").encode(cs)
    enc = m["enc"]
    if enc == "html":
        html = m["html"]
        lines += ['Content-Type: text/html; charset="%s"' % cs, "Content-Transfer-Encoding: quoted-printable"]
        payload = quopri.encodestring(html.encode(cs)).decode("ascii")
        return ("\n".join(lines) + "\n\n" + payload.strip("\n") + "\n").encode("ascii")
    text = m["body"].strip("\n") + "\n"
    if enc == "qp":
        lines += ['Content-Type: text/plain; charset="%s"' % cs, "Content-Transfer-Encoding: quoted-printable"]
        payload = quopri.encodestring(text.encode(cs)).decode("ascii")
    elif enc == "b64":
        lines += ['Content-Type: text/plain; charset="%s"' % cs, "Content-Transfer-Encoding: base64"]
        payload = base64.encodebytes(text.encode(cs)).decode("ascii")
    elif enc == "alt":
        b = "=_alt_%s" % hid(16)
        lines.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        payload = ("--%s\nContent-Type: text/plain; charset=\"%s\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
                   "--%s\nContent-Type: text/html; charset=\"%s\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--"
                   % (b, cs, quopri.encodestring(text.encode(cs)).decode("ascii"), b, cs,
                      quopri.encodestring(m["html"].encode(cs)).decode("ascii"), b))
    else:
        lines += ['Content-Type: text/plain; charset=%s; format=flowed' % cs, "Content-Transfer-Encoding: 8bit"]
        return ("\n".join(lines) + "\n\n" + text).encode(cs)
    return ("\n".join(lines) + "\n\n" + payload.strip("\n") + "\n").encode("ascii")


# ---------------------------------------------------------------------------
# The mails. Every body is written by hand.
# ---------------------------------------------------------------------------
# h001
M("password_reset", True, "0481275A", "occitanie", "esidoc", False, "fr",
  "Adjointe of a two-class school in Lozère (not the directrice, who is on leave) lost the e-sidoc password; UAI in the body.",
  "Martine Roux <martine.roux@ac-montpellier.fr>", "mot de passe e-sidoc perdu",
  """Bonjour,

J'enseigne à l'école de Saint-Andéol (code 0481275A) et je m'occupe de la BCD
pendant le congé de notre directrice.
Je voulais mettre à jour le petit fonds de la BCD sur e-sidoc mais je ne retrouve
plus le mot de passe. C'était noté sur un post-it qui a disparu avec le ménage
des vacances...

Pouvez-vous m'envoyer un lien pour le réinitialiser ?

Merci beaucoup,
Martine Roux""")
# h002
M("automated", False, None, "occitanie", None, False, "fr",
  "Zimbra vacation reply from an academic address (Auto-Submitted: auto-replied); region from the ac-toulouse.fr domain.",
  "Gilles Fabre <gilles.fabre@ac-toulouse.fr>", "Absent : Re: votre demande 25-03117",
  """Bonjour,

Je suis en stage de formation jusqu'au 28 mars inclus et je ne consulte pas
ma messagerie. Pour toute urgence concernant le CDI, merci de contacter la vie
scolaire au 05 61 00 00 00.

Cordialement,
G. Fabre""", extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")])
# h003
M("missing_noreply_mail", True, "0650543M", "occitanie", "espace_acheteur", False, "fr",
  "Cantine manager of a Pyrenean collège: the activation mail for the Espace Acheteur never came; no anti-spam product named. UAI from the ce. sender.",
  "Intendance College du Lavedan <ce.0650543m@ac-toulouse.fr>", "Pas de mail d'activation",
  """Bonjour,

Je suis la nouvelle gestionnaire du collège et je m'occupe aussi des commandes
de la cantine. J'ai créé mon compte sur l'Espace Acheteur lundi et je n'ai
toujours pas reçu le mail d'activation. J'ai regardé dans les spams, rien.

Chez nous internet coupe souvent quand il neige, mais là ça fait trois jours.

Nathalie Baylac
Adjointe gestionnaire""")
# h004
M("other", False, None, "provence-alpes-cote-d-azur", None, True, "fr",
  "Reply-all in the reading-prize group: the desk address was kept in copy by mistake; only logistics of the prize, nothing asked of the desk.",
  "Sophie Blanc <sophie.blanc@ac-nice.fr>", "RE: Prix des lecteurs du Sud - sélection 2025",
  """Bonjour à toutes et à tous,

Oui pour le jeudi 10 avril à Digne, la salle de la médiathèque est réservée
de 9h30 à 16h. Je m'occupe du café, quelqu'un peut-il apporter les
bulletins de vote imprimés ? Moi je n'ai plus de toner.

Pour la liste finale je propose de garder les cinq titres votés en février.

Sophie, CDI du collège de Barcelonnette

-----Message d'origine-----
De : Hélène Castelli <helene.castelli@ac-aix-marseille.fr>
Envoyé : lundi 24 mars 2025 18:02
À : Sophie Blanc; Jordi Puig; Assistance
Objet : Prix des lecteurs du Sud - sélection 2025

Chers collègues, on cale la journée de délibération ? Je mets l'assistance
en copie pour qu'ils publient la sélection sur le portail plus tard.""",
  cc="Hélène Castelli <helene.castelli@ac-aix-marseille.fr>; Jordi Puig <jordi.puig@ac-montpellier.fr>",
  irt="<CAHc9x1Qp2@ac-aix-marseille.fr>", day=25)
# h005
M("mailinblack_spam", True, "0831488S", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Collège in the Var: MailInBlack holds the platform's mails; asks what to allow.",
  "Didier Ferrand <didier.ferrand@ac-nice.fr>", "Messages bloqués par Mailinblack",
  """Bonjour,

Depuis que le Département a installé Mailinblack sur les boîtes des collèges,
plus aucun message de l'Espace Acheteur n'arrive chez la gestionnaire. Ils
restent en attente et personne ne clique sur le lien de validation.

Quelle adresse dois-je mettre en liste blanche ?

Didier Ferrand, référent numérique
Collège Pierre Puget - 0831488S""")
# h006
M("order_billing", False, "0121435V", "occitanie", "espace_acheteur", False, "fr",
  "Cantine order: asks for a formal quote before the bon de commande for Aveyron collège kitchen supplies.",
  "Claire Vidal <intendance.clg-laguiole@example.fr>", "Devis vaisselle cantine",
  """Bonjour,

Pour la cantine du collège (UAI 0121435V) nous voudrions commander 200 assiettes
et 60 plateaux sur le marché de fournitures de restauration. Le conseil
d'administration demande un devis signé avant d'engager la dépense.

Pouvez-vous nous le faire parvenir avant le 4 avril ?

Claire Vidal, secrétaire d'intendance""")
# h007
M("password_reset", False, None, "corse", "esidoc", True, "fr",
  "UAI typed 7200439R: wrong check letter (the digits give 7200439P), so no UAI; region from the ac-corse.fr sender. Also wants the password sent to her Gmail, which the reset rule forbids: a person must handle it.",
  "Paula Santoni <paula.santoni@ac-corse.fr>", "identifiant perdu",
  """Bonjour,

J'ai perdu mon identifiant et mon mot de passe pour le portail du CDI.
Notre numéro d'établissement est le 7200439R.

Comme la boîte du collège ne marche pas depuis la tempête, pourriez-vous
envoyer le nouveau mot de passe directement sur mon adresse perso
paula.santoni@gmail.example.fr ?

Merci, Paula Santoni, professeure documentaliste""")
# h008
M("automated", False, None, None, None, False, "fr",
  "Postfix bounce, multipart/report, null Return-Path: mailbox of a mountain collège is over quota.",
  "Mail Delivery System <MAILER-DAEMON@mx.cc-haut-vallespir.example.fr>", "Undelivered Mail Returned to Sender",
  return_path="<>", auth="none", extra=[("Auto-Submitted", "auto-replied")],
  ctype='multipart/report; report-type=delivery-status;\n boundary="5Ptq9.1742893011/mx.cc-haut-vallespir.example.fr"',
  raw="""This is a MIME-encapsulated message.

--5Ptq9.1742893011/mx.cc-haut-vallespir.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.cc-haut-vallespir.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<cdi.pratsdemollo@cc-haut-vallespir.example.fr>: host
    127.0.0.1[127.0.0.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO
    command)

--5Ptq9.1742893011/mx.cc-haut-vallespir.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.cc-haut-vallespir.example.fr
X-Postfix-Queue-ID: 5Ptq9
X-Postfix-Sender: rfc822; support@assistance.example.fr

Final-Recipient: rfc822; cdi.pratsdemollo@cc-haut-vallespir.example.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--5Ptq9.1742893011/mx.cc-haut-vallespir.example.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: cdi.pratsdemollo@cc-haut-vallespir.example.fr
Subject: [Ticket 25-03088] Votre demande
Date: Mon, 24 Mar 2025 10:16:40 +0100

--5Ptq9.1742893011/mx.cc-haut-vallespir.example.fr--""")
# h009
M("head_of_establishment_request", False, "0090623D", "occitanie", "esidoc", False, "fr",
  "Directrice of a one-class school in Ariège, writing from the school's ce. address, asks to put the school address as contact of the e-sidoc admin account.",
  "Ecole de Massat <ce.0090623d@ac-toulouse.fr>", "Changement d'adresse de contact e-sidoc",
  """Madame, Monsieur,

En qualité de directrice de l'école primaire de Massat (une seule classe,
c'est moi qui l'ai), je vous demande de remplacer l'adresse de contact du
compte administrateur e-sidoc : l'ancienne adresse était celle de ma
collègue partie à la retraite en décembre.

Merci d'utiliser désormais l'adresse officielle de l'école, celle d'où
j'écris.

Anne-Laure Soum
Directrice""")
# h010
M("subscription_activation", True, "0340861B", "occitanie", "esidoc", False, "fr",
  "Europresse ordered yesterday, not visible in the resources yet: inside the 72-hour rule.",
  "Karim Benali <karim.benali@ac-montpellier.fr>", "Europresse pas encore visible",
  """Bonjour,

Nous avons validé hier la commande de l'abonnement Europresse pour le lycée
(0340861B). Ce matin la ressource n'apparaît toujours pas dans le bloc
"Ressources numériques" du portail. Est-ce normal ?

Bonne journée
Karim""")
# h011
M("transfer_incident", False, "0460604G", "occitanie", "ecoledirecte", False, "fr",
  "Mountain collège in the Lot: transfers to EcoleDirecte stopped since the connection outages; asks for help.",
  "Secrétariat Collège de Gourdon <secretariat.clg46@example.fr>", "Transferts EcoleDirecte bloqués",
  """Bonjour,

Depuis les coupures de la ligne la semaine dernière, les transferts vers
EcoleDirecte ne partent plus. Le dernier transfert réussi date du 19 mars.
Les familles ne voient plus les absences.

Le diagnostic de l'outil indique "échec de la connexion au serveur".

Établissement 0460604G.
Cordialement, le secrétariat""")
# h012
M("password_reset", True, "0300610A", "occitanie", "esidoc", False, "fr",
  "Account locked after several attempts; UAI given with spaces ('0300 610 A')",
  "Lucie Pagès <lucie.pages@ac-montpellier.fr>", "compte bloqué",
  """bonjour
mon compte e-sidoc est bloqué, j'ai tapé plusieurs fois un mauvais mot de passe
le code du collège c'est 0300 610 A
merci de me débloquer ou de m'envoyer un lien
Lucie""")
# h013
M("missing_noreply_mail", False, "0050528X", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "Quotes the desk's junk-folder answer word for word and argues: already done twice, still nothing after 48 h. The template was already sent, a person must follow up.",
  "Jean-Marc Rostain <jm.rostain@ac-aix-marseille.fr>", "RE: [Ticket 25-03042] Mail de connexion non reçu",
  """Bonjour,

Vous m'avez répondu ceci :

> Nous vous invitons à vérifier votre dossier de courriers indésirables et à
> déclarer l'expéditeur no-reply comme expéditeur approuvé. Sans nouvelle de
> votre part sous 48 heures, nous reviendrons vers vous.

Je l'ai fait deux fois, j'ai même ajouté l'adresse dans les contacts. Rien
n'arrive, ni lundi ni aujourd'hui. Je ne vais pas vérifier mes spams une
troisième fois : merci de transmettre à quelqu'un qui peut regarder les
journaux d'envoi.

J.-M. Rostain, gestionnaire, cité scolaire de Briançon (0050528X)""",
  irt="<t25-03042.a1@assistance.example.fr>", day=26)
# h014
M("automated", False, None, None, None, False, "en",
  "English Exchange Online out-of-office (Auto-Submitted: auto-generated, X-Auto-Response-Suppress) from a publisher contact.",
  "Rachel Moore <r.moore@publisher-uk.example.com>", "Automatic reply: Reading prize 2025 - author visit",
  """Thank you for your email. I am out of the office until Monday 31 March
with limited access to email. For urgent matters regarding author visits
please contact events@publisher-uk.example.com.

Kind regards,
Rachel""", extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Exchange-Inbox-Rules-Loop", "r.moore@publisher-uk.example.com")])
# h015
M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "Mairie secretary of a small village, managing the school canteen orders, asks how to create a buyer account.",
  "Mairie de Castelnau-Montratier <mairie.castelnau@example.fr>", "Création de compte",
  """Bonjour,

La mairie gère la cantine de l'école du village et voudrait passer par
l'Espace Acheteur pour les commandes de denrées. Comment créer un compte ?
Faut-il un identifiant particulier ?

Merci par avance,
Le secrétariat de mairie""")
# h016
M("password_reset", True, "6200711D", "corse", "esidoc", False, "fr",
  "Corse-du-Sud collège, new librarian never had the password; UAI only in the signature.",
  "Marc-Antoine Leca <marc-antoine.leca@ac-corse.fr>", "Accès au portail documentaire",
  """Bonjour,

Je viens d'arriver au CDI en remplacement et personne ne connaît le mot de
passe du compte e-sidoc. Mon prédécesseur ne répond pas. Comment faire pour
en obtenir un nouveau ?

Cordialement,

--
M.-A. Leca
Professeur documentaliste
Collège de Sartène - UAI 6200711D""")
# h017
M("order_billing", False, "0841514P", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "Negation: not a password problem ('mon accès fonctionne'); the invoice for the canteen order is not on Chorus Pro.",
  "Agence comptable Lycée agricole <ac.lycee-carpentras@example.fr>", "Facture introuvable sur Chorus",
  """Bonjour,

Je précise d'emblée que mon accès fonctionne, je n'ai pas besoin d'un
nouveau mot de passe comme la dernière fois.

La commande de la cantine du 3 mars (fruits et légumes, UAI 0841514P) a été
livrée, mais la facture n'apparaît pas sur Chorus Pro, donc je ne peux pas
la mettre en paiement. Pourriez-vous la redéposer ?

Sylvie Agnel, agent comptable""")
# h018
M("other", False, None, "occitanie", "esidoc", True, "fr",
  "Thanks after a reset, quoting the desk answer: 'mot de passe' and 'lien' occur but nothing is asked.",
  "Bernadette Coste <bernadette.coste@ac-toulouse.fr>", "Re: [Ticket 25-03150] Réinitialisation de votre mot de passe",
  """C'est bon, ça a marché du premier coup, merci !
Bernadette

Le 21/03/2025 à 09:14, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation de votre mot de passe a été envoyé à l'adresse
> officielle de votre établissement. Ce lien est valable 12 heures.
> Cordialement, l'équipe d'assistance""", irt="<t25-03150.r1@assistance.example.fr>", day=21)
# h019
M("mailinblack_spam", False, "0131204N", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "Two topics: MailInBlack challenge blocks the platform mails (main) and asks who the structure administrator is (account_creation); one template would answer only half.",
  "Farid Haddad <farid.haddad@ac-aix-marseille.fr>", "blocage mails + administrateur",
  """Bonjour,

Deux questions :
1) nos mails de la plateforme partent dans la quarantaine MailInBlack et
l'expéditeur reçoit un "prouvez que vous n'êtes pas un robot" auquel
personne ne répond évidemment. Que faut-il autoriser ?
2) par ailleurs, qui est l'administrateur de notre structure sur l'Espace
Acheteur ? Je dois faire valider le compte de notre nouveau chef cuisinier.

Lycée professionnel 0131204N, Marseille
F. Haddad, DDFPT""")
# h020
M("automated", False, None, None, "espace_acheteur", False, "fr",
  "Vendor newsletter for school catering with List-Id, List-Unsubscribe and Precedence: bulk.",
  "Restaupro Sud <newsletter@restaupro-sud.example.fr>", "Printemps : nos offres pour vos cantines scolaires",
  """Bonjour,

Le printemps arrive dans vos restaurants scolaires ! Découvrez notre gamme
de fruits de saison issus de producteurs d'Occitanie, disponible dès
maintenant sur l'Espace Acheteur de votre centrale.

- Fraises de Nîmes : à partir du 15 avril
- Asperges du Gard : livraison en 48 h

Se désinscrire : https://restaupro-sud.example.fr/unsub?u=88412""",
  extra=[("List-Id", "Restaupro Sud actualites <actu.restaupro-sud.example.fr>"),
         ("List-Unsubscribe", "<https://restaupro-sud.example.fr/unsub?u=88412>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
# h021
M("contract_documents", False, "0660897S", "occitanie", "espace_acheteur", False, "fr",
  "Cannot find the CCTP of the school-catering market in 'Mes Marchés'.",
  "Pierre Garrigue <p.garrigue@ac-montpellier.fr>", "CCTP marché denrées introuvable",
  """Bonjour,

Dans "Mes Marchés", pour le marché de denrées alimentaires 2024-031, je ne
vois que l'acte d'engagement. Le CCTP et le bordereau des prix n'apparaissent
pas, alors que ma collègue de Perpignan les voit.

Gestionnaire du collège 0660897S.
Merci""")
# h022
M("head_of_establishment_request", False, "0821365N", "occitanie", "espace_acheteur", False, "fr",
  "The principal names the new structure administrator for the Espace Acheteur and asks to remove the former gestionnaire's rights.",
  "Principal Collège Jean Jaurès <ce.0821365n@ac-toulouse.fr>", "Désignation nouvel administrateur",
  """Madame, Monsieur,

Je soussigné Patrick Delpech, principal du collège Jean Jaurès (0821365N),
désigne Mme Céline Rey, adjointe gestionnaire arrivée le 1er mars, comme
administratrice de notre structure sur l'Espace Acheteur.

Je vous demande également de supprimer les droits de M. Laurent Py, muté.

P. Delpech""")
# h023
M("missing_noreply_mail", True, None, "occitanie", "espace_acheteur", False, "fr",
  "Short mobile message: new-password mail not received; region from the ac-montpellier.fr sender.",
  "Inès Molina <ines.molina@ac-montpellier.fr>", "mail mot de passe",
  """J'ai cliqué sur mot de passe oublié 3 fois, aucun mail reçu. Même pas en spam.

Envoyé de mon iPhone""")
# h024
M("password_reset", True, "0131894N", "provence-alpes-cote-d-azur", "esidoc", False, "en",
  "English: assistant from an international section lost the e-sidoc password, UAI as login.",
  "Emma Clarke <emma.clarke@ac-aix-marseille.fr>", "Forgotten password",
  """Hello,

I'm the English-language assistant helping in the library of the lycée
international (login 0131894N). I have forgotten the password and the
librarian is on sick leave. Could you send a reset link?

Many thanks,
Emma""")
# h025
M("automated", False, "6200949M", "corse", None, True, "fr",
  "Out-of-office from a school office ce.<UAI> address without Auto-Submitted (client-side rule): only the wording shows it. Mentions the canteen; the UAI comes from the address.",
  "Ecole de Zicavo <ce.6200949m@ac-corse.fr>", "Réponse automatique : Commande cantine",
  """Bonjour,

L'école est fermée du 24 au 28 mars (classe découverte). Votre message sera
lu à notre retour. Pour la cantine, merci de vous adresser à la mairie.

Ceci est un message automatique.""")
# h026
M("password_reset", True, "0111514L", "occitanie", "esidoc", False, "fr",
  "Reset link expired (mountain connection too slow to use it in time); asks for a new one.",
  "Jordi Puig <jordi.puig@ac-montpellier.fr>", "Lien expiré",
  """Bonjour,

Le lien reçu hier soir a expiré avant que j'arrive à l'ouvrir : au collège
de Quillan la connexion a sauté toute la matinée. Pouvez-vous m'en renvoyer
un ? Établissement 0111514L.

Jordi Puig""")
# h027
M("other", False, None, None, None, False, "fr",
  "A parent asks for the canteen's weekly menu: wrong address.",
  "Aurélie Martin <aurelie.martin84@orange.example.fr>", "menu de la semaine",
  """Bonjour, je voudrais savoir ce qu'il y a au menu de la cantine cette
semaine, ma fille est allergique aux fruits à coque. Merci
Aurélie Martin, maman de Léa en CE2""")
# h028
M("transfer_incident", False, "0650935N", "occitanie", "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour' to reindex the base after a power cut: transfer_incident, not password_reset.",
  "Thierry Lacaze <thierry.lacaze@ac-toulouse.fr>", "mot de passe de maintenance",
  """Bonjour,

Suite à la coupure de courant de cette nuit (orage sur le plateau), la base
est à réindexer. L'outil me demande le mot de passe de maintenance du jour.
Pouvez-vous me le communiquer ?

Je n'ai pas perdu mon mot de passe habituel, il s'agit bien de celui de
maintenance.

T. Lacaze, collège 0650935N""")
# h029
M("automated", False, None, None, None, False, "fr",
  "Exchange Online NDR in French ('Non remis :'), multipart/report.",
  "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mairie-gordes.example.fr>",
  "Non remis : [Ticket 25-03201] Votre demande de compte",
  return_path="<>", auth="none", extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  ctype='multipart/report; report-type=delivery-status;\n boundary="_000_NDR7731_"',
  raw="""--_000_NDR7731_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à cantine@mairie-gordes.example.fr,
car l'adresse e-mail est introuvable. Elle n'existe peut-être pas.

Diagnostic pour les administrateurs :
Serveur de génération : PR3P192MB0811.EURP192.PROD.OUTLOOK.COM
Erreur distante : 550 5.1.10 RESOLVER.ADR.RecipientNotFound

--_000_NDR7731_
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P192MB0811.EURP192.PROD.OUTLOOK.COM

Final-recipient: rfc822;cantine@mairie-gordes.example.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound

--_000_NDR7731_--""")
# h030
M("subscription_activation", False, "0840503R", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Argues with the quoted 72-hour answer: the order dates from 12 days ago, past the rule, so a person must check the order.",
  "Valérie Imbert <valerie.imbert@ac-aix-marseille.fr>", "RE: [Ticket 25-02977] Abonnement Universalis",
  """Bonjour,

« L'activation d'un abonnement peut prendre jusqu'à 72 heures après la
validation de la commande » : c'est ce que vous m'avez écrit le 14 mars.
Nous sommes le 26, l'abonnement Universalis n'est toujours pas actif. Les
72 heures sont largement passées !

Lycée 0840503R, Avignon. Merci de regarder la commande.

V. Imbert""", irt="<t25-02977.a1@assistance.example.fr>", day=26)
# h031
M("mailinblack_spam", True, "0060439V", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Spelled 'mail in black'; quarantine holds the activation link.",
  "Christian Giordano <c.giordano@ac-nice.fr>", "quarantaine",
  """bjr, le lien d'activation est resté dans la quarantaine mail in black, j'ai
cliqué sur libérer mais rien ne se passe. on fait comment ? clg 0060439V""")
# h032
M("head_of_establishment_request", False, "0301053G", "occitanie", "espace_acheteur", False, "fr",
  "The principal authorises the gestionnaire to validate the cantine equipment order above the threshold.",
  "Hervé Boissier <herve.boissier@ac-montpellier.fr>", "Autorisation de commande",
  """Bonjour,

Principal du collège des Cévennes (0301053G), j'autorise Mme Roussel,
gestionnaire, à valider la commande du lave-vaisselle de la cantine
(12 400 € TTC) sur l'Espace Acheteur. Le bon d'engagement signé est joint
à sa propre demande.

H. Boissier""")
# h033
M("account_creation", False, "0810426Y", "occitanie", "espace_acheteur", False, "fr",
  "Account waiting for validation for three weeks; the structure administrator left: the region must step in.",
  "Emilie Tournier <emilie.tournier@ac-toulouse.fr>", "Compte en attente de validation",
  """Bonjour,

Mon compte sur l'Espace Acheteur est "en attente de validation" depuis le
3 mars. On m'a dit que c'est l'administrateur de la structure qui valide,
mais c'était l'ancien gestionnaire, parti en Bretagne. Personne ne peut
donc le faire. Qui peut débloquer la situation ?

E. Tournier, collège 0810426Y""")
# h034
M("automated", False, None, "occitanie", "esidoc", True, "fr",
  "A librarian's real question about the reading prize on e-sidoc, but received through the académie documentalistes mailing list (List-Id, Precedence: list): not addressed to the desk.",
  "Liste docs-occitanie <docs-occitanie@ac-toulouse.fr>", "[docs-occitanie] publier la sélection du prix sur e-sidoc ?",
  """Bonjour la liste,

Quelqu'un a-t-il réussi à créer une sélection "Prix des lecteurs" sur
e-sidoc avec les couvertures ? Chez moi les vignettes ne s'affichent pas.

Merci !
Agnès, CDI de Saint-Girons

--
docs-occitanie - liste de diffusion des professeurs documentalistes
Pour se désabonner : sympa@listes.ac-toulouse.fr""",
  extra=[("List-Id", "<docs-occitanie.listes.ac-toulouse.fr>"), ("Precedence", "list"),
         ("List-Unsubscribe", "<mailto:sympa@listes.ac-toulouse.fr?subject=unsubscribe%20docs-occitanie>"),
         ("Sender", "docs-occitanie-request@listes.ac-toulouse.fr")])
# h035
M("password_reset", True, "7200640H", "corse", "esidoc", False, "fr",
  "Lower-case UAI in the subject; forgotten password.",
  "Sandrine Orsini <sandrine.orsini@ac-corse.fr>", "mdp oublié 7200640h",
  """Bonjour,
J'ai oublié mon mot de passe du portail e-sidoc. Merci de me dire la marche à suivre.
Sandrine Orsini""")
# h036
M("other", False, None, None, None, True, "fr",
  "Phishing: 'your mailbox is full, confirm your password' from a look-alike domain with failing SPF/DMARC; mentions a password but is not password_reset.",
  "Service Messagerie <admin@ac-montpellier-webmail.example.com>", "Votre boîte aux lettres est pleine",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la
suppression de vos messages, confirmez votre mot de passe en cliquant ici :
http://ac-montpellier-webmail.example.com/verif

Service informatique""", auth="dkim=none;\n\tspf=fail smtp.mailfrom=ac-montpellier-webmail.example.com;\n\tdmarc=fail (p=reject) header.from=ac-montpellier-webmail.example.com")
# h037
M("missing_noreply_mail", True, "0311429K", "occitanie", "esidoc", True, "fr",
  "Names MailInBlack only to say the school does not use it; the e-sidoc activation mail never arrived: missing_noreply_mail.",
  "Agnès Rivière <agnes.riviere@ac-toulouse.fr>", "mail d'activation du compte client",
  """Bonjour,

J'attends toujours le mail d'activation de notre compte client (première
commande en ligne pour le CDI). Avant que vous me le demandiez : non, nous
n'avons pas Mailinblack ni aucun autre filtre particulier, et le dossier
spam est vide.

Lycée 0311429K, Toulouse""")
# h038
M("order_billing", False, "0040359U", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "HTML-only message: the invoice amount differs from the quote for the reading-prize books.",
  "Cécile Arnaud <cecile.arnaud@ac-aix-marseille.fr>", "Écart facture / devis",
  enc="html", html="""<html><body><p>Bonjour,</p>
<p>La facture n&deg; F-2025-0412 re&ccedil;ue pour les livres du <b>Prix des lecteurs</b>
s'&eacute;l&egrave;ve &agrave; 468,20 &euro; alors que le devis accept&eacute; &eacute;tait de 421,50 &euro;.
Pouvez-vous nous envoyer une facture rectifi&eacute;e&nbsp;?</p>
<p>C&eacute;cile Arnaud<br>Coll&egrave;ge de Forcalquier &ndash; 0040359U</p></body></html>""")
# h039
M("contract_documents", False, "0341878G", "occitanie", "espace_acheteur", True, "fr",
  "Reply-all chain of the reading-prize group: one librarian asks the desk (in copy) where the convention with the bookseller is, since 'Mes Marchés' shows nothing.",
  "Nadia Ouali <nadia.ouali@ac-montpellier.fr>", "RE: RE: Prix des lecteurs - commande des livres",
  """Bonjour à tous,

Je profite que l'assistance soit en copie : dans "Mes Marchés" je ne trouve
pas la convention avec la librairie pour le lot "livres jeunesse", alors
que Jordi dit qu'elle était en ligne l'an dernier. Pouvez-vous vérifier ?
Sans elle mon agent comptable refuse de payer.

Nadia, lycée 0341878G

> De : Jordi Puig
> Pour les livres on passe comme l'an dernier par la convention régionale,
> chacun commande ses 5 titres.""",
  cc="Jordi Puig <jordi.puig@ac-montpellier.fr>; Sophie Blanc <sophie.blanc@ac-nice.fr>; Hélène Castelli <helene.castelli@ac-aix-marseille.fr>",
  irt="<8d1f.prix@ac-montpellier.fr>", refs="<CAHc9x1Qp2@ac-aix-marseille.fr> <8d1f.prix@ac-montpellier.fr>")
# h040
M("automated", False, None, None, None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification.",
  "Josiane Mercadier <j.mercadier@college-rieupeyroux.example.fr>", "Lu : [Ticket 25-03190] Votre commande",
  ctype='multipart/report; report-type=disposition-notification;\n boundary="----=_NextPart_RR_01"',
  raw="""------=_NextPart_RR_01
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : j.mercadier@college-rieupeyroux.example.fr
  Objet : [Ticket 25-03190] Votre commande
  Envoyé : 24/03/2025 11:02

a été lu le 24/03/2025 14:37.

------=_NextPart_RR_01
Content-Type: message/disposition-notification

Reporting-UA: college-rieupeyroux.example.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;j.mercadier@college-rieupeyroux.example.fr
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_RR_01--""")
# h041
M("head_of_establishment_request", False, "0090834H", "occitanie", "esidoc", True, "fr",
  "Quoted-printable body. The directrice of a single-class school (she also teaches) writes from the school's ce. address to ask for a reset of the portal's admin password: a head-of-establishment request, not a plain password_reset.",
  "Ecole d'Ustou <ce.0090834h@ac-toulouse.fr>", "Mot de passe BCD", enc="qp",
  body="""Bonjour,

Je suis la directrice de l'école d'Ustou (classe unique). Je n'arrive plus
à me connecter au portail de la BCD : le mot de passe ne fonctionne plus
depuis les vacances d'hiver. Est-il possible de le réinitialiser ?

Très cordialement,
Élodie Carrère""")
# h042
M("mailinblack_spam", True, None, "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Outlook reply quoting the desk's junk-folder answer: their IT now says MailInBlack is the culprit; the MailInBlack guide is the right answer. Region from the ac-nice.fr sender.",
  "Romain Tosello <romain.tosello@ac-nice.fr>", "RE: [Ticket 25-03133] Mail non reçu",
  """Bonjour,

Finalement le technicien du Département a trouvé : c'est MailInBlack qui
retenait vos messages, pas le dossier indésirables. Il me demande votre
procédure pour l'autoriser définitivement.

Romain Tosello

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 21 mars 2025 10:05
Objet : [Ticket 25-03133] Mail non reçu

Bonjour, merci de vérifier votre dossier de courriers indésirables...""",
  irt="<t25-03133.a1@assistance.example.fr>")
# h043
M("transfer_incident", False, "0121988W", "occitanie", "ecoledirecte", False, "fr",
  "Licence to regenerate after the server was replaced.",
  "Laurent Bru <laurent.bru@ac-toulouse.fr>", "Licence à régénérer",
  """Bonjour,

Nous avons changé le serveur administratif du collège (Aveyron, 0121988W)
et l'outil de transfert indique « licence non valide pour ce poste ».
Pouvez-vous régénérer la licence ?

Laurent Bru, secrétaire de direction""")
# h044
M("other", False, None, None, None, False, "fr",
  "Cold sales prospecting for library shelving, written to one person (no list headers).",
  "Thomas Delmas <t.delmas@mobilier-biblio.example.fr>", "Aménagement de votre CDI",
  """Bonjour,

Je me permets de vous contacter car nous équipons de nombreux CDI en
Occitanie. Nos bacs à albums en bois local ont séduit plus de 40 collèges.
Seriez-vous disponible pour un appel de 10 minutes la semaine prochaine ?

Thomas Delmas, chargé d'affaires""")
# h045
M("missing_noreply_mail", True, "7200398V", "corse", "espace_acheteur", False, "fr",
  "Base64 body; the cantine gestionnaire of a Haute-Corse collège gets no notification from the no-reply address.",
  "Gestion College de Corte <ce.7200398v@ac-corse.fr>", "Notifications", enc="b64",
  body="""Bonjour,

Depuis le début du mois, je ne reçois plus aucune notification de
l'Espace Acheteur (validation des paniers, confirmations de commande).
Les mails de mes collègues arrivent normalement. J'ai regardé dans les
indésirables : rien.

Merci de votre aide,
Josépha Mattei, gestionnaire""")
# h046
M("head_of_establishment_request", False, "0130742L", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "The librarian relays the proviseur's signed letter (PDF mentioned) with the head in copy: the head's written request for an e-sidoc admin reset, to be checked by staff.",
  "Hélène Castelli <helene.castelli@ac-aix-marseille.fr>", "Demande de réinitialisation - courrier du proviseur",
  """Bonjour,

Comme demandé, vous trouverez ci-joint le courrier signé de M. le
proviseur demandant la réinitialisation du mot de passe administrateur
e-sidoc du lycée 0130742L et l'envoi du lien à l'adresse de l'établissement.
M. Aubert est en copie.

Bien cordialement,
Hélène Castelli, professeure documentaliste""",
  cc="Proviseur Lycée Thiers <ce.0130742l@ac-aix-marseille.fr>")
# h047
M("subscription_activation", True, "0301689Y", "occitanie", "esidoc", False, "fr",
  "How to publish the Cafeyn resource for pupils on the portal.",
  "Florence Ribot <florence.ribot@ac-montpellier.fr>", "publier Cafeyn",
  """Bonjour,

L'abonnement Cafeyn est bien actif d'après "Mes abonnements", mais je ne
sais pas comment le rendre visible aux élèves sur notre portail. Y a-t-il
une manipulation à faire ?

Florence, CDI du collège 0301689Y""")
# h048
M("automated", False, None, None, None, False, "en",
  "Exim plain-text bounce (no multipart/report, no Auto-Submitted): null Return-Path and Mailer-Daemon sender only.",
  "Mail Delivery System <Mailer-Daemon@relay.hautes-alpes-num.example.net>", "Mail delivery failed: returning message to sender",
  return_path="<>", auth="none",
  body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  documentaliste@clg-embrun.example.fr
    host mx.clg-embrun.example.fr [203.0.113.77]
    SMTP error from remote mail server after RCPT TO:<documentaliste@clg-embrun.example.fr>:
    550 5.1.1 User unknown

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
Subject: [Ticket 25-03160] Votre abonnement
Date: Tue, 25 Mar 2025 09:40:11 +0100""")
# h049
M("password_reset", False, "0661876F", "occitanie", "esidoc", True, "fr",
  "Reply arguing with the reset answer: the link went to the school's official mailbox, which nobody can open since the secretary left; a person must take over (head-of-establishment procedure).",
  "Xavier Bosch <xavier.bosch@ac-montpellier.fr>", "Re: [Ticket 25-03099] Réinitialisation de votre mot de passe",
  """Bonjour,

Vous dites avoir envoyé le lien « à l'adresse officielle de votre
établissement ». Très bien, mais personne n'a le mot de passe de cette
boîte depuis le départ de la secrétaire ! Donc je tourne en rond.
Comment fait-on concrètement ?

Xavier Bosch, collège de Prades (0661876F)

Le mar. 25 mars 2025 à 08:31, Assistance <support@assistance.example.fr> a écrit :
> Un lien de réinitialisation a été envoyé à c*****@ac-montpellier.fr.""",
  irt="<t25-03099.r1@assistance.example.fr>")
# h050
M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "A mairie managing a village cantine asks whether it can pay by administrative mandate and for bank details.",
  "Mairie de Valbonne-les-Pins <compta@mairie-valbonne-pins.example.fr>", "Moyen de paiement",
  """Bonjour,

Pour la commande de denrées de la cantine scolaire passée le 18 mars,
pouvons-nous payer par mandat administratif ? Si oui, merci de nous
transmettre un RIB.

Service comptabilité de la mairie""")
# h051
M("account_creation", True, None, None, "esidoc", False, "fr",
  "HTML-only Outlook message: a new gestionnaire wants to open the customer account before a first order for the CDI.",
  "Brigitte Sauvan <b.sauvan@clg-sisteron.example.fr>", "Ouverture compte client",
  enc="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri">Bonjour,<br><br>
Je souhaite ouvrir le compte client du coll&egrave;ge afin de passer une premi&egrave;re commande
pour le CDI (abonnements revues). Quelle est la d&eacute;marche&nbsp;?<br><br>
Brigitte Sauvan<br>Gestionnaire</div></body></html>""")
# h052
M("password_reset", True, "0810247D", "occitanie", "espace_acheteur", False, "fr",
  "Espace Acheteur login forgotten by the cantine chef; UAI written as 'RNE'.",
  "Olivier Cabrol <olivier.cabrol@ac-toulouse.fr>", "identifiant espace acheteur",
  """Bonjour,

Je suis chef de cuisine au collège et je passe les commandes de la cantine.
J'ai oublié mon identifiant et mon mot de passe de l'Espace Acheteur.

RNE : 0810247D
Olivier Cabrol""")
# h053
M("other", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
  "Reading-prize logistics (bus for pupils, author's train ticket) sent to the desk by address autocomplete.",
  "Sophie Blanc <sophie.blanc@ac-nice.fr>", "car pour la remise du prix",
  """Coucou Hélène,

J'ai eu la mairie : le car pour emmener les 3e à la remise du prix est
réservé, départ 8h15. Pour le billet de train de l'autrice, c'est le
collège de Manosque qui avance, on se rembourse après ?

Bises, Sophie""")
# h054
M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English; a catering supplier's employee, buyer account in progress, never got the confirmation from the no-reply address.",
  "Luca Bianchi <luca.bianchi@traiteur-riviera.example.com>", "No confirmation email",
  """Hello,

I registered on the buyer space on Monday for our school catering contract,
but the confirmation email from the no-reply address never arrived, not
even in spam. Could you resend it?

Best regards,
Luca Bianchi""")
# h055
M("automated", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
  "Academic webmail vacation reply (Auto-Submitted: auto-replied) in French; region from ac-aix-marseille.fr.",
  "Hélène Castelli <helene.castelli@ac-aix-marseille.fr>", "Réponse automatique: [Ticket 25-03211]",
  """Bonjour,
Je suis absente jusqu'au lundi 31 mars (voyage scolaire en Italie).
Je répondrai à votre message à mon retour.
H. Castelli""", extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])
# h056
M("head_of_establishment_request", False, "0481597A", "occitanie", "esidoc", False, "fr",
  "The directrice-teacher of a Lozère school, from the school address, asks that a departed colleague lose access: reset of the admin password with link to the school's address.",
  "Ecole de Nasbinals <ce.0481597a@ac-montpellier.fr>", "Accès BCD - départ d'une collègue",
  """Bonjour,

Je suis directrice de l'école (deux classes, j'ai les CM). Notre collègue
qui gérait le portail de la BCD a quitté l'école en février et elle a
toujours le mot de passe administrateur. Je vous demande donc de le
réinitialiser et d'envoyer le lien à l'adresse de l'école.

Christine Malaval""")
# h057
M("transfer_incident", False, "0310206F", "occitanie", "ecoledirecte", True, "fr",
  "Two topics: transfers fail behind the new proxy (main) and, as an aside, thanks for last week's licence; the aside asks nothing.",
  "Stéphane Ader <stephane.ader@ac-toulouse.fr>", "Proxy et transferts",
  """Bonjour,

D'abord merci pour la licence régénérée la semaine dernière, tout était
reparti. Mais depuis que le rectorat a posé un nouveau proxy, le test de
connexion échoue à nouveau et aucun transfert ne passe. Faut-il renseigner
le proxy dans les paramètres HTTP de l'outil ?

S. Ader, collège 0310206F""")
# h058
M("mailinblack_spam", True, "0830519N", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "HTML-only Outlook message; the département installed MailInBlack; the sender-authentication challenge is described and the product named.",
  "Intendance Collège du Luc <int.0830519n@ac-nice.fr>", "Vos mails bloqués",
  enc="html", html="""<html><body>
<p>Bonjour,</p>
<p>Le Conseil d&eacute;partemental a d&eacute;ploy&eacute; <b>MailInBlack</b> sur nos bo&icirc;tes. Vos messages
(confirmations de commande pour la cantine) sont mis en attente et votre serveur re&ccedil;oit
une demande d'authentification &agrave; laquelle il ne r&eacute;pond pas.</p>
<p>Pouvez-vous nous dire comment vous autoriser ?</p>
<p>L'intendance</p></body></html>""")
# h059
M("password_reset", True, "0051684D", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "Negation then request: not a missing mail ('le mail arrive bien') but the new password is refused; wants a fresh reset.",
  "Gaëlle Reynaud <gaelle.reynaud@ac-aix-marseille.fr>", "mot de passe refusé",
  """Bonjour,

Le mail de réinitialisation arrive bien, ce n'est pas le souci. Mais après
avoir choisi un nouveau mot de passe, la connexion me répond "identifiants
incorrects". Pouvez-vous réinitialiser le compte du CDI (0051684D) ?

Gaëlle Reynaud
Collège de Guillestre - on est à 1000 m, la connexion est lente, désolée
si j'ai fait plusieurs essais.""")
# h060
M("other", False, None, None, None, False, "fr",
  "Asks to be removed from the newsletter: written by a person, so not automated.",
  "Marie-Jo Fabre <mariejo.fabre@laposte.example.fr>", "désinscription",
  """Bonjour, merci de me retirer de votre liste d'envoi, je suis retraitée
depuis septembre et je n'ai plus besoin de vos informations.
Bonne continuation, Marie-Jo""")
# h061
M("contract_documents", False, "0831381A", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Amendment no. 1 of the catering market missing from the contract documents.",
  "Annie Barbaroux <annie.barbaroux@ac-nice.fr>", "Avenant manquant",
  """Bonjour,

Le titulaire du marché de restauration nous a annoncé un avenant n°1
(révision des prix au 1er mars). Je ne le trouve pas dans les documents du
marché sur l'Espace Acheteur. Pouvez-vous le mettre en ligne ?

A. Barbaroux, gestionnaire, collège 0831381A""")
# h062
M("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply notification from the platform to the desk: an account awaits validation (Auto-Submitted: auto-generated).",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>", "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur s'est inscrit pour la structure "Collège Les Écrins"
et attend la validation d'un administrateur.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "EspaceAcheteur-Notifier/3.2")])
# h063
M("subscription_activation", True, "0111823X", "occitanie", "esidoc", False, "fr",
  "Renewed subscription still shown as expired, order from the day before.",
  "Paul Cathala <paul.cathala@ac-montpellier.fr>", "abonnement affiché expiré",
  """Bonjour,
Nous avons renouvelé hier l'abonnement aux revues numériques mais dans
"Mes abonnements" il est toujours marqué "expiré". Lycée 0111823X.
Merci""")
# h064
M("account_creation", False, "0131204N", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Asks whether each of the three librarians of the reading-prize group can have an administrator account: a person answers. Reply-all with colleagues in copy.",
  "Farid Haddad <farid.haddad@ac-aix-marseille.fr>", "Re: comptes pour le prix",
  """Bonjour,

Je réponds à tous pour simplifier : pour le prix des lecteurs, est-ce que
chacune des trois documentalistes du lycée (0131204N) peut avoir son
propre compte administrateur sur e-sidoc, ou faut-il partager le même ?

Farid""", cc="Hélène Castelli <helene.castelli@ac-aix-marseille.fr>; Nadia Ouali <nadia.ouali@ac-montpellier.fr>",
  irt="<prix25.comptes@ac-aix-marseille.fr>")
# h065
M("password_reset", True, "0460879F", "occitanie", "esidoc", False, "fr",
  "Typed without accents or capitals, from a personal address; clear lost password, UAI given.",
  "Remi Lafon <remi.lafon46@free.example.fr>", "mot de passe",
  """bonjour je suis le documentaliste du college de souillac 0460879F
je n arrive plus a me connecter a e-sidoc, j ai oublie le mot de passe
pouvez vous m aider
remi lafon""")
# h066
M("missing_noreply_mail", True, "0820384X", "occitanie", "espace_acheteur", False, "fr",
  "Structure administrator never receives the 'account to validate' notifications.",
  "Céline Rey <celine.rey@ac-toulouse.fr>", "Je ne reçois pas les notifications de validation",
  """Bonjour,

Je suis administratrice de la structure (collège 0820384X) et mes collègues
me disent qu'ils attendent ma validation. Pourtant je n'ai reçu aucun mail
de notification de votre part. Rien dans les courriers indésirables.

Céline Rey""")
# h067
M("order_billing", False, "6200144M", "corse", "espace_acheteur", False, "fr",
  "The saved basket for the cantine order disappeared after the connection dropped.",
  "Antoine Pieri <antoine.pieri@ac-corse.fr>", "Panier disparu",
  """Bonjour,

J'avais préparé un panier de 34 lignes pour la cantine (épicerie, produits
d'entretien) et il a disparu : la connexion a coupé pendant la validation.
Est-il possible de le récupérer ? Sinon tant pis, je recommence.

A. Pieri, collège 6200144M""")
# h068
M("automated", False, None, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Failure)': multipart/report with text/rfc822-headers only.",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  return_path="<>", auth="none", extra=[("Auto-Submitted", "auto-replied")],
  ctype='multipart/report; boundary="000000000000a1b2c3"; report-type=delivery-status',
  raw="""--000000000000a1b2c3
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to bcd.ecole.sainte.croix@gmail.example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 27 Mar 2025 02:11:09 -0700 (PDT)

Final-Recipient: rfc822; bcd.ecole.sainte.croix@gmail.example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
Subject: [Ticket 25-03222] Votre demande
--000000000000a1b2c3--""")
# h069
M("head_of_establishment_request", False, "0650672C", "occitanie", "espace_acheteur", True, "fr",
  "Reply in a thread: the principal gives the written authorisation the desk asked for, quoting the desk's request (Zimbra 'Mail original').",
  "Jean-Pierre Abadie <jean-pierre.abadie@ac-toulouse.fr>", "Re: [Ticket 25-03071] Autorisation du chef d'établissement",
  """Bonjour,

Je confirme par la présente, en tant que principal du collège de
Luz-Saint-Sauveur (0650672C), que Mme Nogué est autorisée à valider les
commandes de la cantine sur l'Espace Acheteur jusqu'à la fin de l'année
scolaire.

J.-P. Abadie

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
Envoyé: Lundi 24 Mars 2025 16:10:22
Objet: [Ticket 25-03071] Autorisation du chef d'établissement

Bonjour, pour donner suite nous avons besoin d'une autorisation écrite de
votre chef d'établissement.""", irt="<t25-03071.a2@assistance.example.fr>")
# h070
M("other", False, None, "occitanie", "esidoc", True, "fr",
  "Quotes the desk's earlier password answer but asks something else: how to print reader cards for the reading prize, a how-to with no category.",
  "Agnès Rivière <agnes.riviere@ac-toulouse.fr>", "Re: [Ticket 25-03004] Mot de passe",
  """Bonjour,

Rien à voir avec le mot de passe (réglé, merci). Autre question : pour le
prix des lecteurs, peut-on imprimer depuis le portail des cartes de lecteur
avec un code-barres pour les élèves des autres collèges qui viennent voter ?

Agnès

> Le lien de réinitialisation a été envoyé à l'adresse de l'établissement.""",
  irt="<t25-03004.r1@assistance.example.fr>")
# h071
M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "MAILINBLACK in capitals; asks whether to allow the domain or just the address. No UAI, non-academic sender.",
  "Service informatique CC Vallée de l'Ubaye <informatique@cc-ubaye.example.fr>", "MAILINBLACK - liste blanche",
  """Bonjour,

Nous gérons les messageries des écoles de la vallée. MAILINBLACK bloque
vos envois (notifications de commande). Faut-il autoriser tout le domaine
ou seulement l'adresse d'envoi ? Merci de préciser.

Le service informatique""")
# h072
M("transfer_incident", False, "0341060T", "occitanie", "ecoledirecte", False, "fr",
  "Several Outils.exe processes stuck; transfers hang. Quoted-printable.",
  "Mélanie Roca <melanie.roca@ac-montpellier.fr>", "Transferts bloqués - Outils.exe", enc="qp",
  body="""Bonjour,

Dans le gestionnaire des tâches du serveur il y a quatre processus
Outils.exe qui tournent en même temps et les transferts restent « en cours »
depuis hier midi. J'ai redémarré, ça recommence.

Mélanie Roca, secrétariat, lycée 0341060T""")
# h073
M("account_creation", True, None, "occitanie", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe, je n'en ai jamais eu' — she never had an account; account_creation. Region from ac-toulouse.fr.",
  "Laure Sabatier <laure.sabatier@ac-toulouse.fr>", "accès Espace Acheteur",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'en ai jamais eu ! Je suis
nouvelle au service intendance et je n'ai pas de compte sur l'Espace
Acheteur. Comment est-ce que je m'inscris ?

Laure Sabatier""")
# h074
M("automated", False, None, None, "esignature", False, "fr",
  "E-signature 'document signé' notification for a catering convention: transactional mail from a no-reply sender.",
  "Signature électronique <no-reply@esign.example.fr>", "Document signé : Convention restauration 2025",
  """Bonjour,

Toutes les parties ont signé le document « Convention restauration 2025 ».
Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ceci est un message automatique, merci de ne pas répondre.""")
# h075
M("password_reset", False, None, "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "UAI written 0040103K in the body: wrong check letter (the digits give 0040103R), so no UAI; region from ac-aix-marseille.fr. Also asks for the password in clear by mail: a person must answer.",
  "Denis Blanc <denis.blanc@ac-aix-marseille.fr>", "Code e-sidoc",
  """Bonjour,

Pouvez-vous me redonner le mot de passe e-sidoc de notre collège
(0040103K) ? Écrivez-le moi simplement dans votre réponse, ce sera plus
rapide qu'un lien que je n'arrive jamais à ouvrir à temps.

D. Blanc""")
# h076
M("password_reset", True, "0821011D", "occitanie", "esidoc", False, "fr",
  "Expired password message at login; wants a new one before the reading-prize vote.",
  "Jacqueline Marty <jacqueline.marty@ac-toulouse.fr>", "Mot de passe expiré",
  """Bonjour,

Le portail m'affiche « votre mot de passe a expiré » et je ne trouve pas
où le changer. J'en ai besoin avant jeudi, c'est le vote du prix des
lecteurs et les élèves doivent consulter les notices.

Jacqueline Marty, collège de Caussade, 0821011D""")
# h077
M("other", False, None, None, None, False, "fr",
  "French spam: photovoltaic panels for school roofs.",
  "Energie Verte Conseil <contact@ev-conseil-solaire.example.net>", "Votre école peut produire son électricité GRATUITEMENT",
  """Madame, Monsieur le Directeur,

Grâce aux nouvelles aides 2025, les toitures des écoles rurales peuvent
être équipées de panneaux solaires SANS AUCUN FRAIS. Places limitées à
12 communes par département !

Répondez OUI pour recevoir votre étude personnalisée.""", auth="none")
# h078
M("missing_noreply_mail", True, "0061886T", "provence-alpes-cote-d-azur", "ticket_portal", False, "fr",
  "The ticket portal's confirmation mail (to set a password) never arrived.",
  "Julien Ollivier <julien.ollivier@ac-nice.fr>", "portail de tickets - pas de mail",
  """Bonjour,

Je me suis inscrit sur le portail de suivi des tickets pour suivre notre
demande, mais le mail qui doit me permettre de définir mon mot de passe
n'est jamais arrivé. Collège 0061886T, Vence.

Merci
Julien Ollivier""")
# h079
M("head_of_establishment_request", False, None, None, "esidoc", True, "fr",
  "A rural school directrice gives her agreement from a personal address, no UAI and no académie domain: weak evidence, staff must verify.",
  "Josette Peyre <josette.peyre@orange.example.fr>", "Accord pour la réinitialisation",
  """Bonjour,

Je suis la directrice de l'école de Vabre et je donne mon accord pour que
le mot de passe du portail de la bibliothèque soit réinitialisé, comme
l'a demandé Mme Gaillard la semaine dernière. Je vous écris de chez moi
car la connexion de l'école est en panne depuis lundi.

Josette Peyre""")
# h080
M("automated", False, None, None, None, True, "fr",
  "MailInBlack daily quarantine report sent automatically to the desk's mailbox: machine text naming MailInBlack, not a person's mailinblack_spam question.",
  "Mailinblack <noreply@mailinblack.example.com>", "Votre rapport quotidien : 3 messages en attente",
  """Bonjour support@assistance.example.fr,

3 messages sont en attente de validation dans votre espace Mailinblack :

- newsletter@restaupro-sud.example.fr   Printemps : nos offres...
- info@edu-promo.example.net            Salon du livre jeunesse
- relance@factures-express.example.net  Facture impayée n°4471

Pour les libérer, connectez-vous à votre espace.
Ce rapport est généré automatiquement.""",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Mailinblack Protect Report")])
# h081
M("subscription_activation", True, "0311945W", "occitanie", "esidoc", False, "fr",
  "Very short: please activate the subscription ordered the day before.",
  "Marion Escudié <marion.escudie@ac-toulouse.fr>", "activation abonnement",
  """Bonjour, pourriez-vous activer l'abonnement BD numériques commandé hier ?
Lycée 0311945W. Merci !""")
# h082
M("order_billing", False, "0130507F", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "Apple Mail forward ('Début du message réexpédié') of a supplier's payment reminder for a cantine invoice already paid by mandat.",
  "Gestionnaire Collège Chape <gestion.0130507f@ac-aix-marseille.fr>", "Fwd: Relance facture 2025-118",
  """Bonjour,

Je vous transfère la relance reçue ce matin. Cette facture de la cantine
a été payée par mandat le 7 mars (mandat n° 412). Pouvez-vous faire le
nécessaire auprès du fournisseur ?

Début du message réexpédié :

De: Primeurs de Provence <compta@primeurs-provence.example.fr>
Objet: Relance facture 2025-118
Date: 25 mars 2025 à 08:02:11 UTC+1

Madame, sauf erreur de notre part, la facture 2025-118 d'un montant de
1 284,60 € reste impayée à ce jour.""")
# h083
M("password_reset", True, "0661668E", "occitanie", "espace_acheteur", False, "fr",
  "Does not know which e-mail address is tied to the buyer account after a change of gestionnaire; lost login.",
  "Francis Alart <francis.alart@ac-montpellier.fr>", "Connexion impossible Espace Acheteur",
  """Bonjour,

Je ne connais ni le mot de passe ni même l'adresse associée au compte de
l'Espace Acheteur du collège : mon prédécesseur est parti sans rien
transmettre. Le login devrait être notre UAI, 0661668E.

Comment récupérer l'accès ?
Francis Alart, gestionnaire""")
# h084
M("other", False, None, "occitanie", None, True, "fr",
  "Angry complaint about an unanswered request that does not say what the request was; quotes nothing.",
  "Roland Sarda <roland.sarda@ac-montpellier.fr>", "TROISIEME RELANCE",
  """Troisième message et toujours aucune réponse. C'est inadmissible pour
un service d'assistance. Au collège on est déjà isolés en montagne, si en
plus personne ne répond...

R. Sarda""")
# h085
M("mailinblack_spam", False, None, "occitanie", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described ('captcha' to prove you are human, messages held) without naming the product: mailinblack_spam, but a person should confirm before sending the guide. Region from ac-montpellier.fr.",
  "Yannick Serres <yannick.serres@ac-montpellier.fr>", "Un robot vous demande de prouver...",
  """Bonjour,

Mes collègues de l'intendance n'ont jamais reçu vos confirmations. Notre
informaticien dit que votre serveur a reçu un message lui demandant de
cliquer sur un lien pour « prouver qu'il n'est pas un robot », et que tant
que ce n'est pas fait, vos messages restent en attente chez nous. Je ne sais
pas quel logiciel c'est exactement.

Yannick Serres""")
# h086
M("contract_documents", False, "0480610C", "occitanie", "espace_acheteur", True, "fr",
  "Could see the conventions on the old platform, not on the new one; written from a mountain collège.",
  "Véronique Bonnal <veronique.bonnal@ac-montpellier.fr>", "Conventions invisibles",
  """Bonjour,

Sur l'ancienne plateforme je voyais la convention de groupement pour les
denrées de la cantine. Sur la nouvelle, la rubrique est vide. Ce n'est pas
la connexion (pour une fois la fibre tient) : les autres pages s'affichent.

Collège de Marvejols, 0480610C""")
# h087
M("account_creation", False, None, None, "espace_acheteur", False, "en",
  "English: an international private school that opened in September asks for a buyer account; eligibility must be checked by a person.",
  "Daniel Owens <d.owens@intl-school-montpellier.example.org>", "Buyer account for a new school",
  """Dear support team,

We are a small bilingual private school that opened near Montpellier last
September. Could we open a buyer account on your platform to order
canteen supplies? Please let us know which documents you need.

Kind regards,
Daniel Owens, Bursar""")
# h088
M("transfer_incident", False, "0300610A", "occitanie", "ecoledirecte", True, "fr",
  "Outlook reply quoting an older ticket about a password (resolved); the new message is about transfers that fail since the antivirus update: transfer_incident.",
  "Lucie Pagès <lucie.pages@ac-montpellier.fr>", "RE: [Ticket 25-03010] compte bloqué",
  """Bonjour,

Autre souci cette fois (le compte bloqué est réglé) : depuis la mise à jour
de l'antivirus, l'outil de transfert vers EcoleDirecte est mis en
quarantaine et les notes ne partent plus.

Lucie
Collège Jean Moulin, 0300610A

-----Message d'origine-----
De : Assistance
Objet : [Ticket 25-03010] compte bloqué
Votre compte a été débloqué, un lien vous a été envoyé.""",
  irt="<t25-03010.r1@assistance.example.fr>")
# h089
M("missing_noreply_mail", True, None, "corse", "espace_acheteur", False, "fr",
  "Confirmation mail for the sign-up never arrived since Friday; region from ac-corse.fr.",
  "Dominique Ceccaldi <dominique.ceccaldi@ac-corse.fr>", "inscription",
  """Bonjour,
Inscrite vendredi sur l'Espace Acheteur, je n'ai reçu aucun mail de
confirmation. Merci de vérifier.
D. Ceccaldi""")
# h090
M("head_of_establishment_request", False, "0340331A", "occitanie", "esidoc", True, "fr",
  "Written by the proviseur, HTML-only: asks for a reset of the administrator password and a new contact address.",
  "Proviseur Lycée Joffre <ce.0340331a@ac-montpellier.fr>", "Compte administrateur du portail documentaire",
  enc="html", html="""<html><body>
<p>Madame, Monsieur,</p>
<p>Je vous demande de bien vouloir r&eacute;initialiser le mot de passe du compte administrateur
du portail documentaire du lyc&eacute;e (UAI 0340331A) et d'en remplacer l'adresse de contact par
<a href="mailto:cdi.joffre@ac-montpellier.fr">cdi.joffre@ac-montpellier.fr</a>.</p>
<p>Le proviseur,<br>Bernard Crouzet</p></body></html>""")
# h091
M("password_reset", True, "0130742L", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Two UAIs: her former collège 0060692V (Nice) and her new lycée 0130742L (Marseille), which the request is about; the UAI's region wins and matches the ac-aix-marseille.fr sender.",
  "Camille Bertrand <camille.bertrand@ac-aix-marseille.fr>", "mot de passe du nouveau poste",
  """Bonjour,

J'ai changé de poste en mars : j'étais au collège 0060692V à Nice, je suis
maintenant au lycée 0130742L à Marseille. Sur le nouveau portail je n'ai
pas le mot de passe ; personne ici ne le retrouve. Pouvez-vous le
réinitialiser pour le lycée ?

Camille Bertrand""")
# h092
M("automated", False, None, None, None, False, "fr",
  "Sendmail-style 'Returned mail: see transcript for details' bounce, multipart/report.",
  "Mail Delivery Subsystem <MAILER-DAEMON@mail.mairie-sorede.example.fr>", "Returned mail: see transcript for details",
  return_path="<>", auth="none",
  ctype='multipart/report; report-type=delivery-status;\n\tboundary="2P8kT4x015233.1742980212/mail.mairie-sorede.example.fr"',
  raw="""This is a MIME-encapsulated message

--2P8kT4x015233.1742980212/mail.mairie-sorede.example.fr

The original message was received at Wed, 26 Mar 2025 10:10:05 +0100
from mx1.assistance.example.fr [198.51.100.10]

   ----- The following addresses had permanent fatal errors -----
<ecole.sorede@mairie-sorede.example.fr>
    (reason: 550 5.7.1 Relaying denied)

--2P8kT4x015233.1742980212/mail.mairie-sorede.example.fr
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.mairie-sorede.example.fr
Received-From-MTA: DNS; mx1.assistance.example.fr

Final-Recipient: RFC822; ecole.sorede@mairie-sorede.example.fr
Action: failed
Status: 5.7.1
Diagnostic-Code: SMTP; 550 5.7.1 Relaying denied

--2P8kT4x015233.1742980212/mail.mairie-sorede.example.fr--""")
# h093
M("missing_noreply_mail", True, "0090623D", "occitanie", "esidoc", True, "fr",
  "Looks like a password problem but the reset tool works: the new-password mail never arrives at the school address. No anti-spam product named.",
  "Anne-Laure Soum <anne-laure.soum@ac-toulouse.fr>", "Pb de mot de passe ?",
  """Bonjour,

Je ne sais pas si c'est un problème de mot de passe : je clique sur « mot
de passe oublié », le site me dit qu'un mail est parti vers l'adresse de
l'école, mais ce mail n'arrive jamais. J'ai vérifié la boîte de l'école et
les indésirables depuis la classe, rien.

Anne-Laure Soum, école de Massat (0090623D)""")
# h094
M("other", False, None, None, "ticket_portal", False, "fr",
  "How to add colleagues of the reading-prize group as followers of a ticket on the ticket portal: how-to with no category of its own.",
  "Hélène Castelli <helene.castelli@laposte.example.fr>", "partager un ticket",
  """Bonjour,

Nous sommes quatre documentalistes à organiser le prix des lecteurs.
Est-il possible, sur le portail des tickets, d'ajouter mes collègues pour
qu'elles voient les réponses à notre demande sans que je transfère tout ?

Hélène""")
# h095
M("subscription_activation", True, "0050110T", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Written by the principal but he only asks when the resource will be available: not a head-of-establishment request. Order within 72 h.",
  "Principal Collège des Écrins <ce.0050110t@ac-aix-marseille.fr>", "Ressource Lumni+ commandée",
  """Bonjour,

Principal du collège, je me permets de vous demander quand la ressource
commandée avant-hier par notre documentaliste sera accessible aux élèves.
Ils en ont besoin pour l'exposé de la semaine prochaine.

Bien à vous,
F. Chabrand""")
# h096
M("mailinblack_spam", True, "0841930S", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Clicked 'autoriser' in a Mailinblack notice but later mails are still held.",
  "Lætitia Roux <laetitia.roux@ac-aix-marseille.fr>", "Mailinblack : autorisé mais toujours bloqué",
  """Bonjour,

J'ai bien cliqué sur « Autoriser l'expéditeur » dans l'alerte Mailinblack,
mais les messages suivants de la plateforme sont encore retenus. Que faut-il
faire de plus ?

L. Roux, cité scolaire 0841930S""")
# h097
M("order_billing", False, "0650472K", "occitanie", "espace_acheteur", False, "fr",
  "The bon d'engagement upload fails at order validation ('format non accepté').",
  "Maïté Lartigue <maite.lartigue@ac-toulouse.fr>", "bon d'engagement refusé",
  """Bonjour,

Au moment de valider la commande de produits d'entretien pour la
cantine, le dépôt du bon d'engagement échoue avec « format non accepté ».
C'est un PDF scanné de 3 Mo. Collège 0650472K.

Merci, M. Lartigue""")
# h098
M("automated", False, None, "occitanie", None, True, "fr",
  "Another help desk's acknowledgement (the rectorat's DSI ticket tool) of a message the desk sent: Auto-Submitted and X-Loop; answering would start a loop. Region from ac-toulouse.fr.",
  "Assistance DSI <assistance-dsi@ac-toulouse.fr>", "[DSI-885412] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro DSI-885412.
Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.""",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dsi@ac-toulouse.fr")])
# h099
M("password_reset", True, "0460308K", "occitanie", "esidoc", False, "fr",
  "Base64 body; librarian forgot the password after long sick leave.",
  "Sylvie Lacoste <sylvie.lacoste@ac-toulouse.fr>", "reprise apres conge", enc="b64",
  body="""Bonjour,

Je reprends après quatre mois d'arrêt et je ne me souviens plus du tout
de mon mot de passe e-sidoc. Pouvez-vous m'envoyer un lien de
réinitialisation ? Collège de Figeac, UAI 0460308K.

Merci d'avance,
Sylvie Lacoste""")
# h100
M("head_of_establishment_request", False, "0040370F", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Written delegation: the principal declares who may validate cantine orders.",
  "Principal Collège Paul Arène <ce.0040370f@ac-aix-marseille.fr>", "Délégation de validation des commandes",
  """Madame, Monsieur,

Je délègue à Mme Isabelle Féraud, adjointe gestionnaire, et en son
absence à M. Marc Tardieu, secrétaire d'intendance, la validation des
commandes de la restauration scolaire sur l'Espace Acheteur, à compter
du 1er avril 2025.

Le principal, J. Honnorat
Collège Paul Arène, 0040370F""")
# h101
M("contract_documents", False, "0831381A", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "Follow-up reply (Gmail quote) after the region's answer: the amendment is still missing; argues with the quoted answer.",
  "Annie Barbaroux <annie.barbaroux@ac-nice.fr>", "Re: [Ticket 25-03120] Avenant manquant",
  """Bonjour,

Vous m'écrivez que « l'avenant est désormais disponible dans l'onglet
Documents du marché ». Je suis désolée mais non : l'onglet ne contient
toujours que le CCAP et l'acte d'engagement. J'ai vidé le cache, changé de
navigateur. Collège 0831381A.

Annie Barbaroux

Le jeu. 27 mars 2025 à 11:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, l'avenant est désormais disponible dans l'onglet Documents du marché.""",
  irt="<t25-03120.a3@assistance.example.fr>", day=28)
# h102
M("missing_noreply_mail", False, None, "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "UAI typed 0131894B: wrong check letter (the digits give 0131894N), so no UAI; region from ac-aix-marseille.fr. Already did everything the template says and asks for escalation to the region: a person follows up.",
  "Bruno Navarro <bruno.navarro@ac-aix-marseille.fr>", "RE: mail d'activation toujours absent",
  """Bonjour,

Je reprends votre réponse point par point : dossier indésirables vérifié,
expéditeur ajouté aux expéditeurs approuvés, 48 heures écoulées. Toujours
aucun mail d'activation. Merci de transmettre à l'académie comme vous
l'indiquiez. Notre code : 0131894B.

B. Navarro""", irt="<t25-03166.a1@assistance.example.fr>")
# h103
M("other", False, None, None, None, False, "fr",
  "Unsolicited application: a student in library science offers to help with the reading prize, CV mentioned.",
  "Jade Coulon <jade.coulon@etu.example.fr>", "Candidature stage - documentation",
  """Madame, Monsieur,

Étudiante en licence professionnelle métiers du livre à Toulouse, je
recherche un stage de six semaines en CDI ou en bibliothèque. J'ai vu que
vous organisiez un prix des lecteurs en Occitanie et j'aimerais beaucoup
y participer. Vous trouverez mon CV en pièce jointe.

Jade Coulon""")
# h104
M("password_reset", True, "6200839T", "corse", "esidoc", False, "fr",
  "Signature with the UAI only (no school name); lost password, writes from the island's mountain collège after a storm cut.",
  "Ghjuvanni Luciani <ghjuvanni.luciani@ac-corse.fr>", "connexion portail CDI",
  """Bonjour,

Après trois jours sans réseau à cause de la tempête, impossible de me
reconnecter au portail : le mot de passe est refusé et je ne suis plus sûr
de l'avoir bien noté. Un lien de réinitialisation serait le bienvenu.

G. Luciani
6200839T""")
# h105
M("automated", False, None, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied) from the British author invited for the reading prize.",
  "Fiona Grant <fiona.grant.author@gmail.example.com>", "Re: Prix des lecteurs du Sud - invitation",
  """Hi! I'm travelling for a book tour until 2 April and checking emails only
occasionally. I'll get back to you as soon as I can. Fiona""",
  extra=[("Auto-Submitted", "auto-replied")], irt="<prix25.invit@ac-aix-marseille.fr>")
# h106
M("transfer_incident", False, "0840884E", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
  "Replication to re-initialise after a restore of the school-management base.",
  "Jérôme Sicard <jerome.sicard@ac-aix-marseille.fr>", "Réinitialisation de la réplication",
  """Bonjour,

Suite à la restauration de la base de vie scolaire de vendredi (disque
défectueux), la réplication vers EcoleDirecte est incohérente : doublons
d'élèves et notes manquantes. Faut-il réinitialiser la réplication de
votre côté ?

J. Sicard, lycée 0840884E""")
# h107
M("account_creation", True, "0661976P", "occitanie", "espace_acheteur", False, "fr",
  "Filled the sign-up form, cannot log in: account waiting for the structure administrator (FAQ case).",
  "Marie Py <marie.py@ac-montpellier.fr>", "Inscription faite, pas d'accès",
  """Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur mardi pour
passer les commandes de la cantine. Quand j'essaie de me connecter, on me
dit que mon compte n'est pas encore actif. Que dois-je faire ?

Marie Py, collège 0661976P""")
# h108
M("other", False, None, None, None, True, "fr",
  "Fake 'facture impayée' with an archive link from an unknown sender: phishing, not order_billing.",
  "Service Recouvrement <relance@factures-express.example.net>", "Facture impayée n°4471 - dernier rappel",
  """Bonjour,

Votre facture n°4471 de 2 340,00 € reste impayée. Sans règlement sous 48h,
le dossier sera transmis au contentieux. Téléchargez la facture :
http://factures-express.example.net/dl/4471.zip

Service recouvrement""", auth="dkim=none;\n\tspf=softfail smtp.mailfrom=factures-express.example.net;\n\tdmarc=fail (p=none) header.from=factures-express.example.net")
# h109
M("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
  "HTML-only Outlook mail from a local-authority cantine service: suspects a strict filter but names no product.",
  "Restauration scolaire CC Causses <restauration@cc-causses.example.fr>", "Aucun mail de votre plateforme",
  enc="html", html="""<html><body><p>Bonjour,</p>
<p>Depuis notre changement de messagerie, nous ne recevons plus aucun message automatique
de l'Espace Acheteur (confirmations de commande des cantines des &eacute;coles de la communaut&eacute;
de communes). Notre prestataire a peut-&ecirc;tre mis un filtre trop strict, mais il ne sait pas lequel.</p>
<p>Pouvez-vous nous donner l'adresse exacte d'envoi pour qu'il la d&eacute;bloque ?</p>
<p>Service restauration scolaire</p></body></html>""")
# h110
M("head_of_establishment_request", False, "0111615W", "occitanie", "espace_acheteur", True, "fr",
  "Two topics from the principal: names a new administrator (main, a head request) and mentions the cantine invoice question his gestionnaire will send separately.",
  "Principal Collège de Couiza <ce.0111615w@ac-montpellier.fr>", "Administrateur Espace Acheteur",
  """Bonjour,

Je désigne M. Olivier Sanchez, nouveau gestionnaire, comme administrateur
de la structure sur l'Espace Acheteur, en remplacement de Mme Fournié.
Merci de fermer l'accès de celle-ci.

Par ailleurs M. Sanchez vous écrira séparément au sujet d'une facture de
la cantine, ce n'est pas l'objet de ce message.

Le principal, D. Cazals
0111615W""")
# h111
M("mailinblack_spam", True, "0120159H", "occitanie", "espace_acheteur", False, "en",
  "English; 'Mailinblack Protect' quarantines the platform's activation links at a rural collège.",
  "Ian Walsh <ian.walsh@ac-toulouse.fr>", "Emails stuck in Mailinblack",
  """Hello,

I'm the IT assistant at collège 0120159H. Your activation emails are held
in Mailinblack Protect quarantine and the users never see them. Which
sender should we whitelist?

Thanks, Ian""")
# h112
M("subscription_activation", True, "0831488S", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', login works; the resource is ordered but not published for pupils.",
  "Didier Ferrand <didier.ferrand@ac-nice.fr>", "Ressource invisible pour les élèves",
  """Bonjour,

Je n'ai pas oublié mon mot de passe, je me connecte très bien. Le problème
est que la ressource Europresse, commandée et active, n'apparaît pas pour
les élèves dans l'ENT. Comment la publier ?

D. Ferrand, collège 0831488S""")
# h113
M("order_billing", False, "0300610A", "occitanie", "espace_acheteur", False, "fr",
  "Invoice received twice for the same cantine delivery; asks to cancel the duplicate.",
  "Service intendance <int.0300610a@ac-montpellier.fr>", "Facture en double",
  """Bonjour,

Nous avons reçu deux fois la facture FA-25-00872 (livraison de laitages du
17 mars) sur Chorus Pro, sous deux numéros différents. Merci d'annuler le
doublon.

L'intendance du collège Jean Moulin""")
# h114
M("password_reset", True, "0341878G", "occitanie", "esidoc", True, "fr",
  "Reply-all in the reading-prize group; among the logistics, one librarian asks the desk (in copy) for a reset link because she cannot log in to publish the selection.",
  "Nadia Ouali <nadia.ouali@ac-montpellier.fr>", "RE: Prix des lecteurs - publication de la sélection",
  """Bonjour à tous,

Pour la publication de la sélection sur nos portails, je suis bloquée :
mon mot de passe e-sidoc ne passe plus. @Assistance (en copie), pouvez-vous
m'envoyer un lien de réinitialisation pour le lycée 0341878G ?

Jordi, je te passe les couvertures scannées ce soir.

Nadia""", cc="Jordi Puig <jordi.puig@ac-montpellier.fr>; Sophie Blanc <sophie.blanc@ac-nice.fr>",
  irt="<prix25.pub@ac-montpellier.fr>")
# h115
M("automated", False, None, None, "espace_acheteur", False, "fr",
  "Platform newsletter with List-Id and Precedence: bulk; mentions orders and passwords in the tips section.",
  "Lettre de la centrale <lettre@centrale-achats.example.fr>", "La lettre de mars : nouveautés de l'Espace Acheteur",
  """Nouveautés de mars

- Les paniers sont désormais conservés 15 jours.
- Mot de passe oublié ? Le lien de réinitialisation est valable 12 heures.
- Webinaire « Commander pour sa cantine » le 3 avril à 14 h.

Vous recevez cette lettre car vous êtes inscrit à l'Espace Acheteur.
Se désabonner : https://centrale-achats.example.fr/lettre/stop""",
  extra=[("List-Id", "Lettre de la centrale <lettre.centrale-achats.example.fr>"),
         ("List-Unsubscribe", "<https://centrale-achats.example.fr/lettre/stop>"), ("Precedence", "bulk")])
# h116
M("contract_documents", False, "7200233R", "corse", "espace_acheteur", False, "fr",
  "The membership convention for the catering purchasing group opens as an empty file.",
  "Paul-Marie Filippi <paul-marie.filippi@ac-corse.fr>", "Convention d'adhésion vide",
  """Bonjour,

Quand j'ouvre la convention d'adhésion au groupement de commandes
(restauration), le PDF s'affiche avec zéro page. Les autres documents
s'ouvrent. Lycée 7200233R, Bastia.

P.-M. Filippi""")
# h117
M("missing_noreply_mail", True, "0821364M", "occitanie", "espace_acheteur", False, "fr",
  "Quoted-printable; the 12-hour activation mail for the customer account never came.",
  "Nicole Bouyssou <nicole.bouyssou@ac-toulouse.fr>", "Mail d'activation du compte client", enc="qp",
  body="""Bonjour,

On m'annonce un mail d'activation « sous 12 heures » pour le compte client
du collège (0821364M). J'ai fait la demande avant-hier matin et je n'ai
rien reçu, ni dans la boîte de réception ni ailleurs.

Nicole Bouyssou""")
# h118
M("other", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
  "'Bien reçu, merci' from a phone, in a thread: nothing to do.",
  "Christian Giordano <c.giordano@ac-nice.fr>", "Re: [Ticket 25-03140] quarantaine",
  """Bien reçu, merci.

Envoyé depuis mon mobile""", irt="<t25-03140.r1@assistance.example.fr>")
# h119
M("password_reset", True, "0050541L", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "Forwarded (Thunderbird) message of a colleague: the relief librarian of a mountain collège cannot log in; the forwarder asks for the reset.",
  "Gaëlle Reynaud <gaelle.reynaud@ac-aix-marseille.fr>", "Fwd: plus d'accès au portail",
  """Bonjour,

Je vous fais suivre le message de ma collègue remplaçante : elle n'a pas le
mot de passe du portail. Pouvez-vous procéder à une réinitialisation pour
le collège 0050541L ?

Gaëlle

-------- Message transféré --------
Sujet : plus d'accès au portail
Date : Tue, 25 Mar 2025 08:44:10 +0100
De : Amandine Gras <amandine.gras@ac-aix-marseille.fr>
Pour : Gaëlle Reynaud <gaelle.reynaud@ac-aix-marseille.fr>

Salut, tu aurais le mot de passe du portail ? Je n'ai rien trouvé dans le
classeur du CDI.""")
# h120
M("automated", False, None, None, None, True, "fr",
  "Client-side out-of-office without Auto-Submitted or Precedence and not a reply: only the wording shows it; mentions a password problem.",
  "Régine Astruc <regine.astruc@college-vaison.example.fr>", "Absence",
  """Bonjour,

Je suis absente du 24 mars au 4 avril. Pour tout problème de mot de passe
ou d'accès au CDI, adressez-vous à M. Peyron, CPE.

Ce message est envoyé automatiquement.
Régine Astruc""")
# h121
M("head_of_establishment_request", False, "0060440W", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "The body gives 0060440V (wrong check letter: the digits give 0060440W) but the sender address ce.0060440W@ac-nice.fr carries the valid UAI, which is the label. The principal asks for the admin reset.",
  "Principal Collège Saint-Exupéry <ce.0060440W@ac-nice.fr>", "Réinitialisation compte administrateur",
  """Madame, Monsieur,

Principal du collège Saint-Exupéry (UAI 0060440V), je vous demande de
réinitialiser le mot de passe du compte administrateur du portail
documentaire, la professeure documentaliste étant partie sans le
transmettre. Merci d'adresser le lien à la boîte de l'établissement.

M. Ravel""")
# h122
M("account_creation", False, "0810426Y", "occitanie", "espace_acheteur", False, "fr",
  "Account works; asks for order-management rights to be opened for the cantine orders.",
  "Emilie Tournier <emilie.tournier@ac-toulouse.fr>", "Droits de commande",
  """Bonjour,

Mon compte est enfin validé, merci. En revanche je ne peux que consulter
le catalogue : le bouton « Commander » est grisé. Pouvez-vous m'ouvrir les
droits de gestion des commandes pour la cantine ?

E. Tournier, 0810426Y""")
# h123
M("mailinblack_spam", True, "0481275A", "occitanie", "esidoc", False, "fr",
  "The adjointe of the Lozère school: the reset mail is stuck in the Mailinblack quarantine set up by the commune.",
  "Martine Roux <martine.roux@ac-montpellier.fr>", "le lien est bloqué par Mailinblack",
  """Bonjour,

Petite suite : la mairie a mis Mailinblack sur la boîte de l'école et votre
mail de réinitialisation est en quarantaine. Je n'ai pas les droits pour le
libérer. Que dois-je demander à la mairie ?

Martine Roux, école de Saint-Andéol (0481275A)""")
# h124
M("transfer_incident", False, "0091375W", "occitanie", "ecoledirecte", True, "fr",
  "'Licence expirée' at start-up; the writer insists it is not about her own password. Base64 body.",
  "Sabine Authié <sabine.authie@ac-toulouse.fr>", "Licence expirée", enc="b64",
  body="""Bonjour,

Ce matin l'outil de transfert affiche « Licence expirée » au démarrage et
plus rien ne part vers EcoleDirecte. Je précise que mes identifiants
personnels fonctionnent, c'est bien la licence de l'établissement.

Collège de Tarascon-sur-Ariège, 0091375W""")
# h125
M("other", False, None, None, "esidoc", True, "fr",
  "GDPR erasure request from a former librarian who left the académie: other, not account_creation nor password_reset.",
  "Henriette Vals <henriette.vals@free.example.fr>", "Suppression de mes données",
  """Bonjour,

Ayant quitté l'Éducation nationale, je vous demande de supprimer mon
compte et toutes mes données personnelles du portail documentaire,
conformément au RGPD. Je ne souhaite pas récupérer de mot de passe ni
réactiver quoi que ce soit.

Henriette Vals""")
# h126
M("password_reset", True, "0310421P", "occitanie", "espace_acheteur", False, "fr",
  "Account locked on the Espace Acheteur after failed attempts during a bad connection.",
  "Thomas Ribes <thomas.ribes@ac-toulouse.fr>", "Compte verrouillé",
  """Bonjour,

Suite à plusieurs tentatives (la page se rechargeait mal), mon compte de
l'Espace Acheteur est verrouillé. Pouvez-vous le déverrouiller ou
m'envoyer un lien ?

Thomas Ribes, intendance, lycée 0310421P""")
# h127
M("order_billing", False, "0660897S", "occitanie", "espace_acheteur", True, "fr",
  "Two topics: wrong amount on the cantine invoice (main) and the CCTP still missing from 'Mes Marchés' (contract_documents).",
  "Pierre Garrigue <p.garrigue@ac-montpellier.fr>", "Facture + CCTP",
  """Bonjour,

1) La facture du 20 mars pour les denrées applique l'ancien prix du lait
(0,92 € au lieu de 0,87 €) : merci de la corriger.
2) Au passage, toujours pas de CCTP dans « Mes Marchés » pour le marché
2024-031, je vous l'avais signalé.

P. Garrigue, collège 0660897S""")
# h128
M("missing_noreply_mail", True, "0841514P", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Subscribed to offer update alerts, never receives the notifications.",
  "Sylvie Agnel <ac.lycee-carpentras@example.fr>", "Alertes offres",
  """Bonjour,

J'ai coché « être alertée des nouvelles offres » pour les fruits et
légumes, mais je n'ai jamais reçu une seule alerte alors que des offres
sont publiées chaque semaine. Lycée agricole 0841514P.

S. Agnel""")
# h129
M("subscription_activation", True, "7200640H", "corse", "esidoc", False, "fr",
  "Irritated: the reading-prize e-books subscription ordered 24 hours ago not yet reachable.",
  "Sandrine Orsini <sandrine.orsini@ac-corse.fr>", "toujours pas d'accès aux livres numériques",
  """Bonjour,

Commande validée hier à 10 h, et aujourd'hui toujours rien dans nos
ressources ! Les élèves devaient commencer à lire les titres du prix ce
matin. Ça commence à bien faire.

S. Orsini, 7200640H""")
# h130
M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification that a supplier ticket was updated (Auto-Submitted: auto-generated).",
  "Portail tickets <notifications@tickets.example.fr>", "[TK-20931] Mise à jour de votre ticket",
  """Le ticket TK-20931 « Synchronisation catalogue » a été mis à jour par
Éditeur Support.

Statut : En cours -> Résolu

Consultez le ticket : https://tickets.example.fr/t/20931""",
  extra=[("Auto-Submitted", "auto-generated")])
# h131
M("head_of_establishment_request", False, "0461213U", "occitanie", "espace_acheteur", False, "fr",
  "The principal authorises an order above the threshold for the reading prize (books and bus), bon d'engagement mentioned.",
  "Principal Collège de Saint-Céré <ce.0461213u@ac-toulouse.fr>", "Autorisation d'engagement",
  """Bonjour,

J'autorise Mme Delpech, professeure documentaliste, à valider sur l'Espace
Acheteur la commande des livres du prix des lecteurs (1 150 € TTC).
Le bon d'engagement signé est en pièce jointe.

Le principal, A. Vayssié""")
# h132
M("password_reset", True, "0650935N", "occitanie", "esidoc", False, "fr",
  "ISO-8859-1 8-bit body: lost password, written from the cantine office's shared PC.",
  "Christiane Dupuy <christiane.dupuy@ac-toulouse.fr>", "oubli du mot de passe", charset="iso-8859-1",
  body="""Bonjour,

J'ai oublié le mot de passe du portail documentaire. Je vous écris depuis
le poste de l'intendance car le réseau du CDI est encore coupé.
Collège 0650935N.

Merci, Christiane Dupuy""")
# h133
M("other", False, None, "occitanie", None, False, "fr",
  "A teacher asks for teaching resources on press freedom for the reading prize week: unrelated to the services.",
  "Samia Cherif <samia.cherif@ac-montpellier.fr>", "ressources semaine de la presse",
  """Bonjour,

Auriez-vous des ressources pédagogiques sur la liberté de la presse à me
conseiller pour des 4e ? On prépare la semaine de la presse en même temps
que le prix des lecteurs.

Samia Cherif, professeure de lettres""")
# h134
M("missing_noreply_mail", True, None, None, "esidoc", True, "fr",
  "Forward (Gmail French style) of a single-class school directrice's message: the portal's activation mail never came to the mairie-hosted address. No UAI, non-academic domain.",
  "Secrétariat de mairie <secretariat@mairie-prats.example.fr>", "Fwd: mail du portail BCD",
  """Bonjour,

Je transmets le message de la directrice de l'école, qui n'a pas accès à
internet cette semaine.

---------- Forwarded message ---------
De : Ecole de Prats <ecole@mairie-prats.example.fr>
Date: lun. 24 mars 2025 à 17:48
Subject: mail du portail BCD

Bonjour, le portail de la bibliothèque de l'école devait m'envoyer un mail
d'activation, je n'ai jamais rien reçu, même dans les spams. Pouvez-vous
le signaler ? Merci, Mireille""")
# h135
M("mailinblack_spam", True, "0301821S", "occitanie", "espace_acheteur", True, "fr",
  "Checked the junk folder too, but 'Mail In Black' is named: mailinblack_spam. Also mentions slow mountain connection.",
  "Rémi Chabert <remi.chabert@ac-montpellier.fr>", "toujours rien",
  """Bonjour,

Dossier des courriers indésirables vérifié : vide. Par contre j'ai reçu un
résumé Mail In Black qui liste vos messages comme « en attente ». Je n'ose
pas cliquer sur n'importe quoi. La procédure ?

R. Chabert, collège du Vigan (0301821S)""")
# h136
M("contract_documents", False, "0130507F", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Administrative certificate (attestation) missing for the catering market.",
  "Gestionnaire Collège Chape <gestion.0130507f@ac-aix-marseille.fr>", "Attestation marché restauration",
  """Bonjour,

Pour le dossier de l'agent comptable, il me manque l'attestation
administrative du marché de restauration scolaire 2023-087 : elle
n'apparaît pas dans les pièces du marché.

Merci""")
# h137
M("order_billing", False, None, None, "esidoc", False, "en",
  "English Outlook reply asking to address the invoice for the reading-prize books to the mairie that pays for the rural school.",
  "Peter Hughes <peter.hughes@mairie-sainte-enimie.example.fr>", "RE: Your quote Q-2025-0331",
  """Hello,

Thank you for the quote. Please note that the invoice must be addressed to
the town hall (Mairie de Sainte-Enimie, Place du Beffroi) and not to the
school, since we pay for the library books.

Regards,
Peter Hughes, town hall secretary

From: Assistance <support@assistance.example.fr>
Sent: Tuesday, March 25, 2025 3:12 PM
Subject: Your quote Q-2025-0331""", irt="<q2025-0331@assistance.example.fr>")
# h138
M("head_of_establishment_request", False, None, "corse", "esidoc", True, "fr",
  "Claims to be the directrice but writes from a personal academic address asking to move the admin contact to a free-mail address; a wrong check letter 7200233P in the body (the digits give 7200233R), so no UAI; region from ac-corse.fr.",
  "Lucia Franceschi <lucia.franceschi@ac-corse.fr>", "changement administrateur",
  """Bonjour,

Directrice de l'école (UAI 7200233P), je vous demande de remplacer
l'adresse du compte administrateur de la BCD par mon adresse personnelle
lucia.franceschi@hotmail.example.com, plus fiable que celle de l'école.

Lucia Franceschi""")
# h139
M("password_reset", True, "0121185Y", "occitanie", "esidoc", False, "fr",
  "Very short, lower case UAI.",
  "Gérard Vayssettes <gerard.vayssettes@ac-toulouse.fr>", "login",
  """mot de passe perdu pour 0121185y, merci de me renvoyer un lien""")
# h140
M("account_creation", True, None, "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "New school directrice wants to open the customer account for the school library; region from ac-nice.fr.",
  "Pascale Giraud <pascale.giraud@ac-nice.fr>", "créer un compte pour l'école",
  """Bonjour,

Nouvelle directrice (et enseignante de la classe unique) de l'école de
Saint-Martin-Vésubie, je voudrais ouvrir un compte client pour la
bibliothèque de l'école. Comment procéder ?

Pascale Giraud""")
# h141
M("password_reset", False, "0831381A", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Two topics: e-sidoc password lost (first, main) and the catering amendment still missing (contract_documents); a single template would answer only half.",
  "Annie Barbaroux <annie.barbaroux@ac-nice.fr>", "deux petites choses",
  """Bonjour,

D'abord, je n'ai plus le mot de passe du portail du CDI que je gère aussi
le mercredi : pouvez-vous le réinitialiser ?

Ensuite, l'avenant du marché de restauration n'est toujours pas visible.

Merci pour les deux,
A. Barbaroux, collège 0831381A""")
# h142
M("other", False, "0340331A", "occitanie", "esidoc", True, "fr",
  "Thanks only, quoting the desk's answer to the proviseur's request; mentions the admin account and the reset but asks nothing.",
  "Proviseur Lycée Joffre <ce.0340331a@ac-montpellier.fr>", "RE: [Ticket 25-03188] Compte administrateur du portail documentaire",
  """Merci pour votre diligence, tout est en ordre.
B. Crouzet

-----Message d'origine-----
De : Assistance
Objet : [Ticket 25-03188] Compte administrateur du portail documentaire
Le mot de passe administrateur a été réinitialisé et l'adresse de contact
mise à jour.""", irt="<t25-03188.r2@assistance.example.fr>")
# h143
M("missing_noreply_mail", True, "0461213U", "occitanie", "espace_acheteur", False, "fr",
  "Order confirmation mails from the no-reply address stopped arriving; no product named.",
  "Odile Delpech <odile.delpech@ac-toulouse.fr>", "plus de confirmation de commande",
  """Bonjour,

Depuis mardi je ne reçois plus les mails de confirmation de commande de
l'Espace Acheteur (adresse no-reply). Les commandes passent pourtant bien.
Collège de Saint-Céré, 0461213U.

Odile Delpech""")
# h144
M("transfer_incident", False, "7200439P", "corse", "ecoledirecte", True, "fr",
  "HTML-only: transfers to EcoleDirecte hang at every connection drop (satellite link); diagnostic fails.",
  "Secrétariat Collège de Calacuccia <ce.7200439p@ac-corse.fr>", "transferts interrompus",
  enc="html", html="""<html><body><p>Bonjour,</p>
<p>Notre coll&egrave;ge est reli&eacute; par satellite et la connexion coupe plusieurs fois par jour.
Depuis une semaine, chaque coupure bloque le transfert vers EcoleDirecte et il ne repart plus
tout seul. Le diagnostic indique &laquo;&nbsp;d&eacute;lai d&eacute;pass&eacute;&nbsp;&raquo;.</p>
<p>Le secr&eacute;tariat</p></body></html>""")
# h145
M("mailinblack_spam", True, "0310206F", "occitanie", "espace_acheteur", False, "fr",
  "A person forwards the MailInBlack quarantine summary: the forwarded part is machine text, the outer message is a real question.",
  "Stéphane Ader <stephane.ader@ac-toulouse.fr>", "TR: Messages en attente - Mailinblack",
  """Bonjour,

Voici le récapitulatif que je reçois chaque matin. Vos mails y sont
systématiquement. Comment les autoriser pour de bon ? Collège 0310206F.

S. Ader

-----Message d'origine-----
De : Mailinblack
Objet : Messages en attente

2 messages sont en attente de validation :
no-reply@espace-acheteur.example.fr - Confirmation de commande""")
# h146
M("other", False, None, None, None, False, "fr",
  "Personal message sent to the desk by address autocomplete (carpool to the reading-prize ceremony).",
  "Jean Castelli <jean.castelli@orange.example.fr>", "covoiturage samedi",
  """Hélène, je passe te prendre samedi à 7 h 30 pour Digne, on
récupère Sophie à Sisteron. Prends le gâteau !
Jean""")
# h147
M("order_billing", False, "0131204N", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Asks for a formal quote for the lycée professionnel's kitchen training supplies before the bon de commande.",
  "Farid Haddad <farid.haddad@ac-aix-marseille.fr>", "Demande de devis",
  """Bonjour,

Pourriez-vous nous établir un devis pour 12 tabliers de cuisine, 12 toques
et un lot de couteaux d'office (marché fournitures de restauration), à
l'ordre du lycée 0131204N ? Le bon de commande suivra.

F. Haddad""")
# h148
M("subscription_activation", False, "0481597A", "occitanie", "esidoc", True, "fr",
  "Reply arguing with the quoted 72-hour answer: ordered three weeks ago, still not active: past the rule, a person must check the order.",
  "Christine Malaval <christine.malaval@ac-montpellier.fr>", "Re: [Ticket 25-03002] abonnement BCD",
  """Bonjour,

Vous m'aviez répondu : « votre abonnement sera actif sous 72 heures ».
Trois semaines plus tard, rien. Je fais la classe toute la journée, je ne
peux pas relancer tous les trois jours.

Christine Malaval, école de Nasbinals (0481597A)

Le 05/03/2025 à 10:20, Assistance a écrit :
> Votre abonnement sera actif sous 72 heures.""", irt="<t25-03002.a1@assistance.example.fr>")
# h149
M("contract_documents", False, "0060692V", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "Quoted-printable; the writer says the login works fine ('pas un problème de mot de passe'); the market documents of the book-supply market are not visible.",
  "Isabelle Cotta <isabelle.cotta@ac-nice.fr>", "Pièces du marché livres", enc="qp",
  body="""Bonjour,

Ce n'est pas un problème de mot de passe, je suis bien connectée. Mais
dans « Mes Marchés », le marché « Livres et documents » n'affiche aucune
pièce (ni CCAP ni bordereau). J'en ai besoin pour commander les titres
du prix des lecteurs.

Isabelle Cotta, collège 0060692V""")
# h150
M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Cantine service of a small commune: no automatic mail at all since the change of mail provider; no anti-spam product named.",
  "Cantine de Lagrasse <cantine.lagrasse@example.fr>", "nous ne recevons plus vos mails",
  """Bonjour,

Depuis qu'on a changé de fournisseur de messagerie, plus aucun mail
automatique de votre plateforme (mot de passe, commandes). Les autres
mails arrivent. Que faut-il vérifier ?

Merci, la cantine""")


# ---------------------------------------------------------------------------
# Consistency checks and output
# ---------------------------------------------------------------------------
CODE_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7})[ ]?([A-Za-z])(?![A-Za-z0-9])")


def haystack(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = [str(msg.get("From", "")), str(msg.get("Subject", "")), str(msg.get("To", "")),
             str(msg.get("Cc", "")), raw.decode("latin-1")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    text = "\n".join(parts)
    # join codes written with spaces or dots inside: "0300 610 A"
    return re.sub(r"(?<=\d)[ .](?=\d|[A-Za-z](?![A-Za-z0-9]))", "", text)


def codes_in(text):
    return {(d + l).upper() for d, l in CODE_RE.findall(text)}


def main():
    assert len(MAILS) == 150, len(MAILS)
    out = []
    for i, m in enumerate(MAILS, 1):
        name = "h%03d.eml" % i
        raw = render(m)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(raw)
        cat, uai = m["cat"], m["uai"]
        assert cat in CATS, (name, cat)
        assert m["platform"] in PLATFORMS, (name, m["platform"])
        assert m["lang"] in ("fr", "en"), name
        assert not (m["ok"] and cat not in AUTO_CATS), (name, "auto_reply_ok on a non auto_reply category")
        text = haystack(raw)
        found = codes_in(text)
        good = {c for c in found if valid_uai(c)}
        bad = found - good
        if uai is not None:
            assert valid_uai(uai), (name, uai, "bad check letter")
            assert uai in good, (name, uai, "not in the message")
        else:
            assert not good, (name, "valid UAI present but label is null", good)
        for b in bad:
            assert b in m["notes"], (name, b, "wrong check letter not mentioned in the notes")
        sender = parseaddr(m["frm"])[1].lower()
        dom = sender.split("@")[1]
        if uai:
            region = DEPT_REGION[uai[:3]]
        else:
            region = DOMAIN_REGION.get(dom)
        assert m["region"] == region, (name, m["region"], region)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["Message-ID"] and msg["From"] and msg["Date"], name
        if m["irt"]:
            assert msg["In-Reply-To"] == m["irt"], name
        out.append({"file": name, "category": cat, "auto_reply_ok": m["ok"], "uai": uai,
                    "region": region, "platform": m["platform"], "hard": m["hard"],
                    "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    counts = {}
    for o in out:
        counts[o["category"]] = counts.get(o["category"], 0) + 1
    print(json.dumps(dict(sorted(counts.items())), indent=1))
    print("auto_reply_ok:", sum(o["auto_reply_ok"] for o in out), "hard:", sum(o["hard"] for o in out))


if __name__ == "__main__":
    main()

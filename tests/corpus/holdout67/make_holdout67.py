#!/usr/bin/env python3
"""Generate the holdout67 blind test corpus (h001.eml .. h150.eml + labels.jsonl).

Theme: September 2025, Bretagne, Pays de la Loire, Centre-Val de Loire and
Provence-Alpes-Cote d'Azur; over-polite, indirect writers, a few retired
volunteers in school libraries. Every mail below was written by hand; the
script only wraps the texts in realistic headers and MIME structures.

Standard library only, deterministic (random.Random with a fixed seed).
UAI tokens in the texts: {U:ddddddd} valid upper case, {u:ddddddd} valid lower
case, {S:ddddddd} valid with spaces ("035 1234 X"), {W:ddddddd} / {w:...}
deliberately wrong check letter.
"""
import base64
import email
import email.policy
import html
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20250967)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
DEPT = {}
DOMAINS = {}
for _slug, _depts, _doms in [
    ("auvergne-rhone-alpes", "01 03 07 15 26 38 42 43 63 69 73 74", "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    ("bourgogne-franche-comte", "21 25 39 58 70 71 89 90", "ac-besancon.fr ac-dijon.fr"),
    ("bretagne", "22 29 35 56", "ac-rennes.fr"),
    ("centre-val-de-loire", "18 28 36 37 41 45", "ac-orleans-tours.fr"),
    ("corse", "620 720", "ac-corse.fr"),
    ("grand-est", "08 10 51 52 54 55 57 67 68 88", "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr"),
    ("hauts-de-france", "02 59 60 62 80", "ac-amiens.fr ac-lille.fr"),
    ("ile-de-france", "75 77 78 91 92 93 94 95", "ac-creteil.fr ac-paris.fr ac-versailles.fr"),
    ("normandie", "14 27 50 61 76", "ac-normandie.fr ac-caen.fr ac-rouen.fr"),
    ("nouvelle-aquitaine", "16 17 19 23 24 33 40 47 64 79 86 87", "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr"),
    ("occitanie", "09 11 12 30 31 32 34 46 48 65 66 81 82", "ac-montpellier.fr ac-toulouse.fr"),
    ("pays-de-la-loire", "44 49 53 72 85", "ac-nantes.fr"),
    ("provence-alpes-cote-d-azur", "04 05 06 13 83 84", "ac-aix-marseille.fr ac-nice.fr"),
    ("guadeloupe", "971", "ac-guadeloupe.fr"), ("martinique", "972", "ac-martinique.fr"),
    ("guyane", "973", "ac-guyane.fr"), ("la-reunion", "974", "ac-reunion.fr"),
    ("mayotte", "976", "ac-mayotte.fr"),
]:
    for _d in _depts.split():
        DEPT[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _doms.split():
        DOMAINS[_dom] = _slug


def check_letter(d7):
    return LETTERS[int(d7) % 23]


def wrong_letter(d7):
    return LETTERS[(LETTERS.index(check_letter(d7)) + 5) % 23]


TOKEN = re.compile(r"\{([USuWw]):(\d{7})\}")


def expand(s):
    def rep(m):
        k, d = m.group(1), m.group(2)
        if k == "U":
            return d + check_letter(d)
        if k == "u":
            return (d + check_letter(d)).lower()
        if k == "S":
            return f"{d[:3]} {d[3:]} {check_letter(d)}"
        if k == "W":
            return d + wrong_letter(d)
        return (d + wrong_letter(d)).lower()
    return TOKEN.sub(rep, s) if s else s


def region_of_address(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    return DOMAINS.get(dom)


MAILS = []


def M(cat, ok, uai, platform, hard, lang, notes, frm, subject, body, **kw):
    """One hand-written mail. uai: the 7 digits of the labelled UAI, or None."""
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, platform=platform, hard=hard,
                      lang=lang, notes=notes, frm=frm, subject=subject,
                      body=body, kw=kw))

# ---------------------------------------------------------------------------
# The mails, grouped by category while writing; the order of the files is
# shuffled with the fixed seed at the end.
# ---------------------------------------------------------------------------
# ----------------------------------------------------------------- password_reset
M("password_reset", True, "0352817", "esidoc", False, "fr",
  "Retired volunteer of a primary-school library; long chronological story before the implied request; UAI written with spaces.",
  "Monique Le Gall <monique.legall35@gmail.com>", "Accès au portail de la bibliothèque",
  """Madame, Monsieur,

Je me permets de vous solliciter, en espérant ne pas abuser de votre temps, concernant le portail documentaire de l'école Jules-Verne de Saint-Grégoire.

Je suis institutrice retraitée et je m'occupe bénévolement, deux après-midi par semaine, de la petite bibliothèque de l'école. Jusqu'en juin, c'est Mme Rouxel, la directrice, qui se connectait pour moi. Elle a été mutée cet été et la nouvelle directrice, fort aimable au demeurant, n'a jamais eu ces codes.

Mardi dernier j'ai donc essayé de me connecter avec le papier que Mme Rouxel m'avait laissé, mais le mot de passe n'est plus accepté. J'ai recommencé trois fois, de peur d'avoir mal tapé, et je crains d'avoir aggravé les choses.

Il me semble que peut-être il faudrait un nouveau mot de passe ? Je ne sais pas si c'est à vous que je dois m'adresser, pardonnez-moi si ce n'est pas le cas.

Le numéro de l'école, d'après le papier, est le 035 2817 {S:0352817}.

Avec mes remerciements anticipés et mes respectueuses salutations,

Monique Le Gall
Bénévole, BCD école Jules-Verne
""".replace("035 2817 {S:0352817}", "{S:0352817}"), client="gmail")

M("password_reset", True, "0290614", "esidoc", False, "fr",
  "Account locked after several failed attempts at the start of the school year; UAI only in the Outlook signature.",
  "Gaëlle Quéré <gaelle.quere@ac-rennes.fr>", "Compte e-sidoc bloqué",
  """Bonjour,

Je vous prie de m'excuser de vous déranger en cette période chargée de rentrée.

Ce matin, en voulant préparer l'accueil des sixièmes au CDI, j'ai tenté de me connecter à l'administration de notre portail e-sidoc. Après quelques essais infructueux (l'été a visiblement effacé ma mémoire), un message m'indique que le compte est verrouillé.

Je ne sais pas s'il faut simplement attendre ou si une intervention de votre part est nécessaire pour le débloquer ; dans le doute je préfère vous écrire.

Je vous remercie par avance de votre aide.

Bien cordialement,

Gaëlle Quéré
Professeure documentaliste
Collège Tanguy-Prigent – {U:0290614}
29 Quimper
""", client="outlook")

M("password_reset", True, "0451129", "esidoc", True, "fr",
  "UAI only in the lower-case ce.<UAI>@ac-orleans-tours.fr sender; the secretariat asks for the link on the official address, the safe path.",
  "Secrétariat Lycée Voltaire <ce.{u:0451129}@ac-orleans-tours.fr>", "Mot de passe portail CDI",
  """Madame, Monsieur,

Je me permets de vous écrire de la part de notre professeur documentaliste, M. Royer, actuellement en formation pour la semaine.

Il n'arrive plus à se connecter à l'interface d'administration du portail du CDI : le mot de passe qu'il utilisait n'est plus reconnu depuis la rentrée. Il m'a chargée de vous demander, si cela est possible, de bien vouloir envoyer un lien de réinitialisation à la présente adresse de l'établissement, que nous consultons chaque jour.

En vous remerciant par avance, je vous prie d'agréer mes salutations distinguées.

Sylvie Chartier
Secrétariat de direction
""", client="zimbra")

M("password_reset", True, "0440988", "esidoc", False, "en",
  "English, very indirect: the password 'does not seem to be accepted any more'; clear lost password, UAI in the signature.",
  "Rachel Whitfield <r.whitfield@lycee-nantes-international.fr>", "A small question about our library portal",
  """Dear Sir or Madam,

I do hope you will forgive me for writing in English; my French is better spoken than written.

I took over the English section library at our school this September. My predecessor very kindly left me a handover file, in which the e-sidoc administrator password is written down. I am afraid, however, that it does not seem to be accepted any more. I tried it on Tuesday and again this morning, with the same result.

I wonder whether it might perhaps have expired over the summer? I would be most grateful for any guidance you could give me on how to obtain a new one.

Many thanks in advance, and apologies for the trouble.

Kind regards,
Rachel Whitfield
Librarian, English section
Lycée international – UAI {U:0440988}
""", client="outlook")

M("password_reset", True, "0370873", "esidoc", False, "fr",
  "Reset link expired before use ('je ne sais pas si c'est normal'); Apple Mail from an iPad.",
  "Bernard Tessier <bernard.tessier@orange.fr>", "Lien reçu mais qui ne marche pas",
  """Bonjour,

Pardonnez-moi de vous importuner une nouvelle fois.

J'avais demandé lundi un nouveau mot de passe pour le portail du CDI du collège Ronsard (je suis bénévole au CDI le jeudi). Le courriel est bien arrivé, je vous en remercie, mais je n'ai pu l'ouvrir qu'hier soir, et en cliquant sur le lien une page m'a dit qu'il n'était plus valable.

Je ne sais pas si c'est normal. Peut-être ai-je trop attendu ? Serait-il possible de m'en renvoyer un autre, que je promets d'utiliser aussitôt ?

Le code de l'établissement est {U:0370873}.

Avec mes remerciements,
Bernard Tessier

Envoyé de mon iPad""", client="apple")

M("password_reset", True, "0850231", "esidoc", True, "fr",
  "Contrast: the mail did arrive ('j'ai bien reçu le courriel'), but the link is rejected as expired: password_reset, not missing_noreply_mail.",
  "Anne-Sophie Girard <anne-sophie.girard@ac-nantes.fr>", "Réinitialisation e-sidoc",
  """Bonjour,

Je ne voudrais pas vous faire perdre votre temps, aussi je serai brève, ou du moins j'essaierai.

Ce n'est pas que je n'ai pas reçu le courriel de réinitialisation, contrairement à ce que j'ai d'abord cru : il était simplement arrivé dans un autre dossier. Je l'ai bien reçu. Mais le lien, lui, affiche « lien expiré ou déjà utilisé », alors que je ne l'ai jamais utilisé.

Pourriez-vous, peut-être, m'en faire parvenir un nouveau ?

Merci infiniment,

Anne-Sophie Girard
Documentaliste – Lycée Pierre-Mendès-France, La Roche-sur-Yon
RNE : {U:0850231}
""", client="thunderbird")

M("password_reset", False, "0131562", "espace_acheteur", True, "fr",
  "Two topics: lost Espace Acheteur password (first) and, in passing, an invoice the accountant cannot find on Chorus. A single template would answer only half.",
  "Karim Benali <karim.benali@ac-aix-marseille.fr>", "Connexion + une petite question de facture",
  """Bonjour,

Je me permets de vous contacter pour deux choses, en m'excusant d'avance de les regrouper.

D'abord, je n'arrive plus à me connecter à l'Espace Acheteur : j'ai changé de poste en juillet (je suis désormais adjoint gestionnaire au lycée Thiers) et je ne retrouve ni le mot de passe ni l'identifiant qu'utilisait mon prédécesseur.

Ensuite, et sans rapport, notre agent comptable me signale qu'une facture de juin n'apparaît pas dans Chorus Pro. Je ne sais pas si c'est de votre ressort ; si ce n'est pas le cas, n'hésitez pas à me le dire.

Avec mes remerciements,

Karim Benali
Adjoint gestionnaire – Lycée Thiers, Marseille
UAI {U:0131562}
""", client="outlook")

M("password_reset", False, None, "esidoc", True, "fr",
  "UAI written as {W:0060931}: wrong check letter (the digits give {U:0060931}), so no UAI; region from the ac-nice.fr sender. She also asks for the password at her personal address: no automatic answer.",
  "Hélène Cauvin <helene.cauvin@ac-nice.fr>", "Demande de mot de passe (CDI)",
  """Madame, Monsieur,

Je me permets de vous solliciter concernant l'accès au portail e-sidoc de notre collège.

Depuis la rentrée, je ne parviens plus à me connecter ; je pense que le mot de passe a été changé par ma collègue partie en retraite, mais elle ne s'en souvient plus elle-même.

Le numéro de l'établissement est le {W:0060931}.

Comme je ne consulte guère la messagerie du collège, serait-il possible de m'envoyer directement le mot de passe à mon adresse personnelle, helene.cauvin@free.fr ? Ce serait vraiment plus simple pour moi, mais je comprendrais tout à fait que ce ne soit pas possible.

Je vous prie de croire en mes sentiments les meilleurs.

Hélène Cauvin
""", client="zimbra")

M("password_reset", True, "0180745", "espace_acheteur", False, "fr",
  "New gestionnaire does not know the Espace Acheteur identifier nor the password; FAQ reset path.",
  "Patrick Moreau <patrick.moreau@lycee-alain-fournier.fr>", "Identifiant Espace Acheteur",
  """Bonjour Madame, Monsieur,

Arrivé au 1er septembre comme gestionnaire au lycée Alain-Fournier de Bourges, je reprends peu à peu les dossiers de mon prédécesseur.

Il m'a indiqué que les commandes de fournitures passaient par votre Espace Acheteur. Or je ne dispose ni de l'identifiant ni du mot de passe, et la page de connexion me demande une adresse que je ne connais pas.

Je suppose qu'il existe une procédure pour ce cas de figure ; je vous serais reconnaissant de bien vouloir me l'indiquer.

Je vous remercie par avance.

Cordialement,
Patrick Moreau
Gestionnaire – UAI {U:0180745}
""", client="outlook")

M("password_reset", True, "0561244", "esidoc", False, "fr",
  "'je ne connais pas le mot de passe': a new librarian who never had it; the reset path applies.",
  "Erwan Le Floch <erwan.lefloch@ac-rennes.fr>", "Prise de poste - accès administration portail",
  """Bonjour,

Je suis le nouveau professeur documentaliste du collège Jean-Le-Coutaller à Lorient, nommé cet été.

Je ne connais pas le mot de passe de l'administration de notre portail e-sidoc, et personne ici ne semble le connaître non plus (ma prédécesseure est partie en disponibilité à l'étranger et je n'ose pas la déranger).

Que dois-je faire, s'il vous plaît ?

Merci beaucoup et bonne rentrée à vous aussi,

Erwan Le Floch
CDI – {U:0561244}
""", client="thunderbird")

M("password_reset", False, "0491377", "esidoc", False, "fr",
  "Reply (Gmail French quote) to the automatic reset answer: the link went to a mailbox nobody reads any more; the head-of-establishment procedure needs a person.",
  "Claire Bodin <claire.bodin.doc@gmail.com>", "Re: [#SUP-067214] Mot de passe e-sidoc",
  """Bonjour,

Merci pour votre réponse rapide, qui m'a beaucoup touchée.

Je me permets pourtant de revenir vers vous : l'adresse à laquelle le lien a été envoyé est, je crois, l'ancienne adresse du CDI, qui a été supprimée quand le collège a changé de messagerie l'an dernier. Personne ne peut donc la lire.

Je suppose qu'il faut passer par notre principale ? Elle est d'accord, mais je ne sais pas sous quelle forme elle doit vous écrire.

Bien à vous,
Claire Bodin
Collège Jean-Vilar, Angers ({U:0491377})

Le lun. 8 sept. 2025 à 09:14, Assistance <support@assistance.example.fr> a écrit :

> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue
> pour votre établissement (c***@****.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", client="gmail", irt="SUP-067214")

M("password_reset", True, "0830517", "esidoc", False, "fr",
  "Two lines from Outlook for Android, base64 body.",
  "Sandrine Arnaud <sandrine.arnaud@ac-nice.fr>", "Mdp",
  """Bonjour, excusez-moi de vous écrire depuis mon téléphone : mot de passe e-sidoc oublié, collège {U:0830517}. Merci d'avance !

Sandrine Arnaud

Obtenir Outlook pour Android""", client="android")

M("password_reset", True, "0720981", "esidoc", False, "fr",
  "The request is only a hypothesis ('il me semble que peut-être mon mot de passe a expiré ?'); practically a lost/expired password.",
  "Françoise Pichon <francoise.pichon@ac-nantes.fr>", "Peut-être un souci de mot de passe ?",
  """Bonjour,

Je ne sais pas très bien comment formuler ma demande, aussi je vous prie d'être indulgents.

Depuis la semaine dernière, lorsque je saisis mon mot de passe sur la page d'administration du portail, la page se recharge simplement, sans message. Il me semble que peut-être mon mot de passe a expiré ? Ou bien est-ce moi qui me trompe de mot de passe, ce qui ne serait pas impossible.

Notre établissement : lycée Gabriel-Touchard, Le Mans, {U:0720981}.

Avec toute ma gratitude,
Françoise Pichon
""", client="thunderbird")

M("password_reset", False, "0222407", "esidoc", True, "fr",
  "Retired volunteer asks that the password be sent to her own personal address, which is not on file: a person must refuse and explain the official path.",
  "Jacqueline Hamon <jacqueline.hamon@laposte.net>", "Portail de la bibliothèque de l'école",
  """Bonjour,

Je vous écris avec un peu d'hésitation car je ne suis pas personnel de l'Éducation nationale : je suis retraitée et bénévole à la bibliothèque de l'école Sainte-Anne... pardon, de l'école publique des Rochers, à Lannion.

Le directeur m'a confié la gestion du portail, mais le mot de passe est perdu. Le courrier de réinitialisation, m'a-t-il dit, part sur l'adresse de l'école, qu'il ne regarde presque jamais.

Pourriez-vous avoir la gentillesse de me l'envoyer directement à mon adresse, celle-ci ? Je m'en occuperais avec le plus grand soin.

Le code de l'école est {U:0222407}.

Respectueusement,
Jacqueline Hamon
""", client="orange")

M("password_reset", True, "0060419", "esidoc", False, "en",
  "English, semi-retired volunteer in a school library in Nice; forgotten password, UAI given.",
  "Margaret Doyle <maggie.doyle.nice@gmail.com>", "Library portal password",
  """Hello,

I hate to be a nuisance at such a busy time of year. I help out, three mornings a week, in the library of the Collège Alphonse-Daudet in Nice (school code {U:0060419}).

Before the summer I had a password for the portal administration. I wrote it in a notebook which, I am embarrassed to say, I seem to have lost during my move.

Would there be a way for me to get back in? I shall of course follow whatever procedure is usual.

With many thanks and best wishes,
Margaret Doyle
""", client="gmail")

M("password_reset", True, "0410652", "espace_acheteur", False, "fr",
  "HTML-only Outlook message (windows-1252): Espace Acheteur password expired, asks for a new one.",
  "Nathalie Fougère <nathalie.fougere@lycee-augustin-thierry.fr>", "Mot de passe expiré – Espace Acheteur",
  """Bonjour,

Je me permets de vous écrire car, en voulant valider un panier ce matin, l'Espace Acheteur m'a indiqué que mon mot de passe avait expiré et qu'il fallait le renouveler.

J'ai bien essayé, mais l'ancien mot de passe, qu'on me demande de saisir d'abord, ne semble pas accepté… Je dois avouer que je ne suis plus tout à fait certaine de celui que j'avais choisi en juin.

Pourriez-vous m'indiquer la marche à suivre ?

Avec mes remerciements,

Nathalie Fougère
Secrétaire d'intendance
Lycée Augustin-Thierry – Blois
UAI {U:0410652}
""", client="outlook_html", charset="windows-1252")

M("password_reset", False, "0530921", "ecoledirecte", True, "fr",
  "EcoleDirecte administration password lost; explicitly NOT the daily maintenance password (which would be transfer_incident). No reset template exists for this product.",
  "Olivier Chauvin <olivier.chauvin@institution-saint-michel.fr>", "Mot de passe administrateur EcoleDirecte",
  """Bonjour,

Je me permets de vous solliciter, sans être certain d'être au bon endroit.

Il ne s'agit pas du mot de passe de maintenance du jour (celui-là, je sais où le trouver) mais bien du mot de passe du compte administrateur EcoleDirecte de l'établissement, que notre ancien directeur gardait pour lui et qu'il n'a transmis à personne en partant.

Il me semble qu'il faudrait le réinitialiser, mais je ne voudrais pas faire de bêtise.

Merci par avance,
Olivier Chauvin
Responsable informatique
Institution Saint-Michel, Laval – {U:0530921}
""", client="outlook")

M("password_reset", True, None, "ticket_portal", False, "fr",
  "Forgotten password on the ticket portal; no UAI, non-academic sender.",
  "Laurence Vidal <l.vidal@mairie-hyeres.fr>", "Accès au portail de tickets",
  """Bonjour,

Pardonnez ce message sans doute très banal.

Je suivais jusqu'en juin les demandes de nos écoles sur votre portail de tickets. De retour de congé, je n'arrive plus à m'y connecter : j'ai oublié mon mot de passe et le bouton « mot de passe oublié », peut-être par maladresse de ma part, ne m'a rien donné de concluant.

Je vous serais reconnaissante de m'aider à retrouver un accès.

Laurence Vidal
Service éducation – Mairie de Hyères
""", client="outlook")

M("password_reset", True, "0280719", "esidoc", True, "fr",
  "Quoted history is about an earlier MailInBlack ticket (solved); the new message clearly asks something else: a forgotten password.",
  "Mathilde Renard <mathilde.renard@ac-orleans-tours.fr>", "RE: [#SUP-066901] Messages bloqués par Mailinblack",
  """Bonjour,

Je reviens vers vous sur ce fil, faute d'avoir mieux, mais pour une tout autre raison : le problème de Mailinblack est réglé, merci encore.

En revanche, et c'est un peu honteux, j'ai oublié mon mot de passe e-sidoc pendant les vacances. Pourriez-vous m'envoyer le nécessaire ?

Collège Hélène-Boucher, Chartres – {U:0280719}

Mathilde Renard

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 26 juin 2025 10:02
À : Mathilde Renard <mathilde.renard@ac-orleans-tours.fr>
Objet : [#SUP-066901] Messages bloqués par Mailinblack

Bonjour,

Votre établissement utilise Mailinblack. Pour recevoir nos messages, ajoutez l'adresse no-reply à la liste des expéditeurs autorisés en suivant le guide joint.

Cordialement,
L'équipe d'assistance
""", client="outlook", irt="SUP-066901")

M("password_reset", True, "0131988", "esidoc", False, "fr",
  "ISO-8859-1 8-bit body from an old Thunderbird; forgotten password in a very formal, old-fashioned style.",
  "Jean-Claude Ferrand <jc.ferrand@wanadoo.fr>", "Demande d'un nouveau mot de passe",
  """Madame, Monsieur,

Ancien professeur de lettres, à présent retraité, j'assure à titre bénévole quelques permanences au CDI du collège Darius-Milhaud, à Marseille.

J'ai l'honneur de vous exposer que le mot de passe permettant d'administrer le portail documentaire m'échappe désormais tout à fait ; l'âge, sans doute.

Je vous saurais gré de bien vouloir m'indiquer comment en obtenir un nouveau. Le numéro de l'établissement est {U:0131988}.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

J.-C. Ferrand
""", client="latin1")

M("password_reset", True, "0370241", "esidoc", False, "fr",
  "Account locked ('compte verrouillé'); Orange webmail.",
  "Dominique Baudin <dominique.baudin@orange.fr>", "compte verrouillé",
  """Bonjour,

Je suis désolée de vous déranger. Mon compte d'administration e-sidoc est verrouillé depuis hier, après trop d'essais.

Est-ce que cela se débloque tout seul au bout d'un moment, ou faut-il que vous fassiez quelque chose ? Si un lien pour changer de mot de passe est possible, ce serait parfait.

École élémentaire Paul-Bert, Tours – {U:0370241}

Merci beaucoup,
Dominique Baudin, bénévole BCD
""", client="orange")

M("password_reset", True, "0851406", "esidoc", True, "fr",
  "Two UAIs in a chronological story: the former school 0441793 (Loire-Atlantique) and the new one {U:0851406} (Vendée) which the request is about. Both in pays-de-la-loire anyway.",
  "Sébastien Roy <sebastien.roy@ac-nantes.fr>", "Mot de passe portail – changement d'établissement",
  """Bonjour,

Permettez-moi de vous exposer ma situation dans l'ordre, ce sera plus clair.

L'an dernier, j'étais documentaliste au collège de la Durantière, à Nantes ({U:0441793}). J'avais alors un accès au portail, qui fonctionnait parfaitement.

Cet été j'ai obtenu ma mutation pour le collège Les Sicardières, à Chantonnay ({U:0851406}). Naïvement, j'ai essayé mon ancien mot de passe sur le portail de ce nouveau collège, ce qui n'a évidemment pas marché.

Le mot de passe du nouveau collège, personne ne le connaît ici. Je pense qu'il faudrait le réinitialiser, mais vous êtes mieux placés que moi pour le savoir.

Merci pour votre patience,
Sébastien Roy
""", client="thunderbird")

M("password_reset", True, None, "esidoc", False, "fr",
  "Does not know the identifier (it is the UAI) nor the password; no UAI given, region from the ac-orleans-tours.fr sender.",
  "Agnès Lemaire <agnes.lemaire2@ac-orleans-tours.fr>", "Je ne voudrais pas vous déranger pour rien",
  """Bonjour,

Je ne voudrais pas vous déranger pour rien, mais on me demande un « identifiant » et un mot de passe pour entrer dans l'administration du portail du CDI, et je n'ai ni l'un ni l'autre.

Je ne sais même pas ce que peut être cet identifiant : mon nom ? Mon adresse ? Un numéro ?

Je suis contractuelle depuis le 1er septembre dans un collège de l'Indre. Si vous pouviez m'éclairer, je vous en serais très reconnaissante.

Agnès Lemaire
""", client="zimbra")

M("password_reset", True, "0441652", "esidoc", False, "fr",
  "HTML+text Gmail; the request only in the subject ('mot de passe oublié'), the body tells the story and thanks.",
  "Yannick Guérin <yannick.guerin44@gmail.com>", "mot de passe oublié e-sidoc",
  """Bonjour,

Voilà, tout est dans l'objet, et j'en suis un peu confus.

J'ai repris cet été, comme bénévole de l'association des parents, la gestion du petit fonds de livres du lycée professionnel Les Savarières à Saint-Sébastien ({U:0441652}), en lien avec la documentaliste qui est à mi-temps.

Elle m'avait donné le mot de passe de l'administration du portail, je l'ai noté quelque part... et impossible de remettre la main dessus.

Merci de votre compréhension,
Yannick Guérin
""", client="gmail")
# ----------------------------------------------------------- missing_noreply_mail
M("missing_noreply_mail", True, "0351890", "espace_acheteur", False, "fr",
  "Activation mail for the Espace Acheteur never came; junk folder checked; 'je ne sais pas si c'est normal'; no anti-spam product named.",
  "Isabelle Collin <isabelle.collin@lycee-bréquigny.fr>".replace("é", "e"), "Courriel d'activation",
  """Bonjour,

Je me permets de vous écrire au sujet de la création de mon accès à l'Espace Acheteur.

J'ai rempli le formulaire vendredi dernier, en fin de matinée. La page m'indiquait qu'un courriel d'activation allait m'être envoyé. Depuis, rien : ni dans la boîte de réception, ni dans les courriers indésirables, que j'ai regardés matin et soir.

Je ne sais pas si c'est normal, peut-être le délai est-il plus long en période de rentrée ?

Avec mes remerciements,
Isabelle Collin
Adjointe gestionnaire, Lycée Bréquigny – Rennes ({U:0351890})
""", client="outlook")

M("missing_noreply_mail", True, "0840723", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  "Christine Aubert <christine.aubert@ac-aix-marseille.fr>", "Aucun mail de votre part",
  """Bonjour,

Je me permets de vous solliciter car je ne reçois aucun des courriels automatiques de la plateforme (confirmation d'inscription, puis nouveau mot de passe).

Avant que vous ne me posiez la question, et pour vous éviter une réponse inutile : nous n'avons pas Mailinblack, je me suis renseignée auprès du référent numérique, et nous n'avons pas non plus d'autre filtre particulier à sa connaissance. Les indésirables sont vides.

Je reste à votre disposition pour tout essai.

Christine Aubert
Collège Anselme-Mathieu, Avignon – {U:0840723}
""", client="zimbra")

M("missing_noreply_mail", True, "0492288", "espace_acheteur", True, "fr",
  "Reads like a password problem, but the 'mot de passe oublié' tool works: the new-password mail never arrives. missing_noreply_mail per the taxonomy.",
  "Thierry Pineau <thierry.pineau@ac-nantes.fr>", "Problème de mot de passe ?",
  """Bonjour,

Il m'arrive une chose curieuse, que je vous décris telle quelle.

J'ai oublié mon mot de passe de l'Espace Acheteur (jusque-là, rien d'extraordinaire). J'ai donc cliqué sur « mot de passe oublié », saisi mon adresse, et le site m'a répondu qu'un courriel m'avait été envoyé. J'ai recommencé mercredi, puis jeudi. Aucun courriel, nulle part.

Je suppose que le problème ne vient pas du mot de passe lui-même, mais je ne suis pas informaticien.

Merci d'avance,
Thierry Pineau
Gestionnaire – Collège Jean-Rostand, Angers – {U:0492288}
""", client="thunderbird")

M("missing_noreply_mail", False, None, "espace_acheteur", False, "fr",
  "Reply (Outlook '-----Message d'origine-----') after the junk-folder answer: still nothing after three days, asks to pass it on to the region. The template was already sent: a person must follow up.",
  "Marie-Pierre Dubreuil <mp.dubreuil@ac-nantes.fr>", "RE: [#SUP-067388] Courriel de confirmation non reçu",
  """Bonjour,

Je vous remercie pour votre réponse de lundi, dont j'ai suivi les conseils à la lettre : l'adresse no-reply est dans mes expéditeurs autorisés, j'ai regardé les indésirables chaque jour.

Nous sommes jeudi et toujours rien. Je ne voudrais pas insister, mais peut-être faudrait-il que la région s'en occupe, comme votre message le laissait entendre ?

Bien cordialement,
Marie-Pierre Dubreuil

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 15 septembre 2025 08:41
Objet : [#SUP-067388] Courriel de confirmation non reçu

Bonjour,

Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur no-reply à vos contacts. Sans nouvelles sous 48 heures, votre demande sera transmise à votre région.

L'équipe d'assistance
""", client="outlook", irt="SUP-067388")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
  "English; notifications from the no-reply address never arrive; no anti-spam product named; non-academic sender.",
  "Daniel Hartley <d.hartley@ecole-internationale-manosque.fr>", "Notifications not coming through",
  """Good morning,

I am sorry to trouble you with what may well be a silly question.

Since our school joined the Espace Acheteur in early September, I have not received a single automatic e-mail from the platform: no welcome message, no confirmation, nothing. Colleagues who registered at the same time tell me the same thing. We have looked in the junk folders.

Is it possible that the messages are sent from an address our server does not like? I would be grateful for any hint.

Best regards,
Daniel Hartley
Bursar
""", client="outlook")

M("missing_noreply_mail", True, "0370517", "esidoc", False, "fr",
  "Volunteer: the 12-hour activation mail for the customer account (first online order) never came.",
  "Odile Marchand <odile.marchand37@sfr.fr>", "Le courriel n'est jamais venu",
  """Madame, Monsieur,

Je suis bénévole à la bibliothèque de l'école Rabelais, à Chinon (code {U:0370517}).

Pour notre première commande en ligne, la directrice m'a demandé d'ouvrir le compte client. J'ai suivi les étapes et l'écran annonçait un courriel « dans les 12 heures ». Cela fait maintenant trois jours.

Je ne sais pas si c'est moi qui ai fait une erreur dans l'adresse, c'est tout à fait possible.

Avec mes remerciements et mes excuses,
Odile Marchand
""", client="orange")

M("missing_noreply_mail", True, "0290377", "espace_acheteur", False, "fr",
  "The structure administrator never receives the 'compte à valider' notifications for new colleagues.",
  "Ronan Kerjean <ronan.kerjean@ac-rennes.fr>", "Notifications de comptes à valider",
  """Bonjour,

Je suis administrateur de notre structure sur l'Espace Acheteur depuis deux ans.

Deux nouvelles collègues se sont inscrites début septembre. D'habitude, je reçois alors un courriel m'invitant à valider leur compte ; cette fois, rien. Elles m'ont prévenu de vive voix, sinon je n'en aurais rien su.

Y aurait-il eu un changement d'expéditeur ?

Merci,
Ronan Kerjean
Lycée de l'Élorn, Landerneau – {U:0290377}
""", client="zimbra")

M("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
  "The ticket portal's confirmation mail (to set a first password) never arrived.",
  "Pascale Millet <pascale.millet@cd13.fr>", "Portail de tickets – invitation non reçue",
  """Bonjour,

Ma collègue m'a ajoutée la semaine dernière comme utilisatrice de votre portail de tickets. Elle m'assure que l'invitation est partie, mais je n'ai jamais reçu le courriel qui permet de définir le mot de passe.

J'ai cherché partout, y compris dans les indésirables. Je suis un peu perdue.

Pascale Millet
Direction de l'éducation – Conseil départemental
""", client="outlook")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook mail; suspects 'un filtre assez strict' on the town's mail server but names no product.",
  "Guillaume Perrot <g.perrot@ville-saint-nazaire.fr>", "Messages automatiques",
  """Bonjour,

Je me permets de vous signaler que les messages automatiques de l'Espace Acheteur (inscription, alertes) n'arrivent pas chez nous depuis la rentrée.

Notre messagerie municipale a, paraît-il, un filtre assez strict ; peut-être est-ce lié. Nous ne savons pas quelle adresse d'expéditeur il faudrait autoriser. Pourriez-vous nous l'indiquer ?

Merci par avance,

Guillaume Perrot
Service des affaires scolaires
""", client="outlook_html")

M("missing_noreply_mail", False, "0131274", "espace_acheteur", True, "fr",
  "Two topics: the sign-up confirmation never arrived (first) and a quote for supplies; a single template answers only half.",
  "Fabienne Roux <fabienne.roux@ac-aix-marseille.fr>", "Inscription et devis",
  """Bonjour,

Je m'excuse par avance de la longueur de ce message.

Le 2 septembre, je me suis inscrite sur l'Espace Acheteur. Le courriel de confirmation n'est jamais arrivé (rien non plus dans le dossier indésirables).

Par ailleurs, notre proviseur souhaiterait, dès que j'aurai accès, obtenir un devis pour le renouvellement des abonnements du CDI. Peut-être pouvez-vous déjà me l'adresser par retour ?

Avec mes remerciements,
Fabienne Roux
Lycée Marcel-Pagnol – {U:0131274}
""", client="outlook")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Very short message from an iPhone: the confirmation mail has not come since Monday.",
  "Léa Brunet <lea.brunet@icloud.com>", "Confirmation",
  """Bonjour, toujours rien reçu pour confirmer mon inscription depuis lundi, désolée de relancer… Merci !

Léa

Envoyé de mon iPhone""", client="apple")

M("missing_noreply_mail", True, "0180392", "espace_acheteur", False, "fr",
  "No automatic mail; guesses the département's firewall might hold it but names no anti-spam product.",
  "Vincent Gauthier <vincent.gauthier@ac-orleans-tours.fr>", "Pas de mail de validation",
  """Bonjour,

J'ai demandé la création de mon compte sur l'Espace Acheteur il y a quatre jours et n'ai jamais reçu le mail de validation.

Je crois savoir que le département a installé cet été un nouveau pare-feu sur les collèges ; peut-être cela filtre-t-il vos envois, je ne sais pas. Les indésirables sont vides.

Collège Jean-Renoir, Bourges – {U:0180392}

Bien cordialement,
Vincent Gauthier
""", client="zimbra")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Subscribed to offer update alerts, never receives the notifications; no product named.",
  "Corinne Lebrun <corinne.lebrun@wanadoo.fr>", "Alertes sur les offres",
  """Bonjour,

J'espère ne pas vous importuner avec une question sans doute simple.

J'ai coché, en juin, la case pour être prévenue par courriel des mises à jour des offres. Une collègue d'un autre lycée reçoit ces alertes ; moi, jamais, pas même une.

Faut-il faire autre chose ?

Merci,
Corinne Lebrun
Intendance, lycée privé Saint-Louis
""", client="thunderbird")

M("missing_noreply_mail", True, None, "esidoc", False, "fr",
  "Zimbra from an ac-nantes.fr personal address, no UAI: region from the domain. New-password mail never received.",
  "Hervé Fontaine <herve.fontaine@ac-nantes.fr>", "Mail de nouveau mot de passe",
  """Bonjour,

Pardon de vous écrire pour si peu : j'ai fait la demande de nouveau mot de passe pour le portail du CDI à trois reprises depuis mardi, et le courriel annoncé ne m'est jamais parvenu. Le formulaire, lui, semble fonctionner.

Je vous remercie par avance de votre aide.

Hervé Fontaine
Documentaliste
""", client="zimbra")

M("missing_noreply_mail", True, "0061188", "espace_acheteur", False, "fr",
  "Base64 Gmail body; new buyer never got the first-login link after the account was validated.",
  "Sophie Lambert <sophie.lambert.gest@gmail.com>", "Lien de première connexion",
  """Bonjour,

Notre administratrice m'a dit hier qu'elle avait validé mon compte sur l'Espace Acheteur. Je devais recevoir un lien de première connexion, mais il n'est pas arrivé, ni hier ni aujourd'hui.

J'ai bien vérifié les spams.

Merci beaucoup pour votre aide,
Sophie Lambert
Collège Port-Lympia, Nice – {U:0061188}
""", client="b64")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Gmail French-style forward ('---------- Forwarded message ---------') of a colleague's message: no activation mail for her.",
  "Alain Texier <alain.texier@lycee-vaucanson-tours.fr>", "Fwd: pas reçu le mail",
  """Bonjour,

Je vous transfère le message de ma collègue, qui n'ose pas vous écrire elle-même (elle est toute nouvelle).

Merci de ce que vous pourrez faire.
Alain Texier

---------- Forwarded message ---------
De : Julie Marais <julie.marais@lycee-vaucanson-tours.fr>
Date: mar. 16 sept. 2025 à 11:08
Subject: pas reçu le mail
To: Alain Texier <alain.texier@lycee-vaucanson-tours.fr>

Alain, je me suis inscrite sur l'Espace Acheteur comme tu m'as dit, mais le mail d'activation n'est jamais arrivé. J'ai regardé dans les spams. Tu pourrais voir avec eux ? Merci !!
Julie
""", client="gmail")

# --------------------------------------------------------------- mailinblack_spam
M("mailinblack_spam", True, "0220056", "espace_acheteur", False, "fr",
  "MailInBlack named; polite request for the allow-list guide.",
  "Yvonne Le Bihan <yvonne.lebihan@ac-rennes.fr>", "Mailinblack et vos messages",
  """Madame, Monsieur,

Je me permets de vous solliciter au sujet des messages de l'Espace Acheteur.

Notre collège est équipé de Mailinblack depuis la rentrée. Je crois comprendre que vos messages automatiques y sont retenus, car je n'en reçois plus aucun.

Auriez-vous l'amabilité de m'indiquer la démarche à suivre ?

Avec mes remerciements anticipés,
Yvonne Le Bihan
Collège Anatole-Le-Braz, Saint-Brieuc – {U:0220056}
""", client="zimbra")

M("mailinblack_spam", False, "0451903", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (a page asking the sender to prove it is human) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide.",
  "Brigitte Vallet <brigitte.vallet@ac-orleans-tours.fr>", "Un message étrange",
  """Bonjour,

Je ne sais pas si c'est lié, mais je préfère vous le raconter dans l'ordre.

Lundi, j'ai demandé un nouveau mot de passe sur l'Espace Acheteur. Rien n'est arrivé. Mardi, un collègue qui vous avait écrit m'a dit avoir reçu en retour un message disant que son courriel était « en attente » et qu'il devait cliquer pour prouver qu'il n'était pas un robot avant que je le reçoive.

Il me semble que peut-être notre messagerie fait la même chose avec vos courriels automatiques ? Mais je ne connais pas le nom de ce système.

Brigitte Vallet
Lycée Pothier, Orléans – {U:0451903}
""", client="zimbra")

M("mailinblack_spam", True, "0562077", "espace_acheteur", False, "fr",
  "A person forwards the daily 'Mail In Black' quarantine report: the forwarded part is machine text, the outer message is a real question.",
  "Loïc Guillou <loic.guillou@ac-rennes.fr>", "TR: Votre rapport de messages en attente",
  """Bonjour,

Je vous transmets ci-dessous le rapport quotidien que je reçois. Il me semble que vos messages y figurent. Dois-je faire quelque chose de particulier, ou est-ce à notre service informatique ?

Merci,
Loïc Guillou
Collège Jules-Simon, Vannes ({U:0562077})

-----Message d'origine-----
De : Mail In Black <rapport@mailinblack.com>
Envoyé : mardi 9 septembre 2025 07:00
À : Loïc Guillou
Objet : Votre rapport de messages en attente

Messages en attente d'authentification (3) :
- no-reply@... « Confirmation de votre inscription »
- no-reply@... « Votre nouveau mot de passe »
- no-reply@... « Votre nouveau mot de passe »

Cliquez sur un message pour le délivrer ou autoriser l'expéditeur.
""", client="outlook")

M("mailinblack_spam", True, "0441120", "espace_acheteur", False, "en",
  "English; MailinBlack quarantine holds the activation link.",
  "Helen Carter <helen.carter@ac-nantes.fr>", "Emails stuck in MailinBlack",
  """Dear support team,

I am sorry to bother you. Our school has recently started using MailinBlack, and I have just found my activation e-mail for the Espace Acheteur sitting in its quarantine, together with two reminders.

I am not quite sure whether I should simply release them, or whether something should be done on our side so that it does not happen again. Might you have a guide of some sort?

Many thanks,
Helen Carter
Lycée Jules-Verne, Nantes – {U:0441120}
""", client="zimbra")

M("mailinblack_spam", False, "0721377", "espace_acheteur", True, "fr",
  "Two topics: activation mail held by MailInBlack (main) and who the structure's administrator is (account_creation).",
  "Stéphane Besnard <stephane.besnard@ac-nantes.fr>", "Deux questions, pardon",
  """Bonjour,

Deux questions, en vous priant de m'excuser.

1) Le mail d'activation de l'Espace Acheteur est arrivé dans la quarantaine Mailinblack ; je l'ai libéré, mais le lien ne fonctionnait plus. Que faut-il faire pour que cela n'arrive plus ?

2) Pourriez-vous me dire qui est l'administrateur de notre structure ? On me dit que c'est lui qui doit valider mon compte, et personne ici ne sait qui c'est.

Collège Pierre-Reverdy, Sablé-sur-Sarthe – {U:0721377}
Stéphane Besnard
""", client="thunderbird")

M("mailinblack_spam", True, "0830912", "espace_acheteur", False, "fr",
  "Checked the junk folder too, but the IT department says Mailinblack holds the mails: mailinblack_spam.",
  "Catherine Giraud <catherine.giraud@ac-nice.fr>", "Messages retenus",
  """Bonjour,

J'ai d'abord regardé dans les courriers indésirables, comme le conseillait votre page d'aide, mais rien. Le service informatique du département, que j'ai appelé ce matin, me dit que c'est Mailinblack qui retient vos messages et qu'il faudrait autoriser votre expéditeur.

Pouvez-vous m'envoyer la procédure, que je la leur transmette ?

Catherine Giraud
Collège Font-de-Fillol, Draguignan... non, pardon, Collège Émile-Thomas – {U:0830912}
""", client="zimbra")

M("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook message; the municipality installed Mailinblack on the schools' mailboxes this summer.",
  "Martine Robin <martine.robin@mairie-cholet.fr>", "Installation de Mailinblack",
  """Madame, Monsieur,

La ville a équipé cet été les messageries des écoles du logiciel Mailinblack. Depuis, les directrices et directeurs ne reçoivent plus les messages de l'Espace Acheteur.

Je me permets de vous demander s'il existe une procédure pour autoriser vos envois, que je pourrais transmettre à notre prestataire.

Je vous remercie par avance.

Martine Robin
Direction de l'éducation – Ville de Cholet
""", client="outlook_html")

M("mailinblack_spam", True, "0372215", "espace_acheteur", False, "fr",
  "Retired volunteer puzzled by the challenge page; the town hall told her it is Mailinblack.",
  "Paulette Boucher <paulette.boucher@orange.fr>", "Prouver que je ne suis pas un robot ?",
  """Bonjour,

Je suis bénévole à la bibliothèque de l'école de Vouvray. On m'a dit que votre messagerie m'avait écrit, mais que le message était « bloqué » et qu'on vous demandait de prouver que vous n'étiez pas un robot. La secrétaire de mairie m'a expliqué que c'était leur nouveau Mailinblack.

Je vous avoue ne rien comprendre à tout cela. Peut-être savez-vous ce qu'il faut faire ?

École de Vouvray, {U:0372215}

Bien à vous,
Paulette Boucher
""", client="orange")

M("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
  "IT department of a département council asks which senders or domains to allow in MailInBlack.",
  "DSI Collèges <dsi-colleges@var.fr>", "Liste blanche MailInBlack",
  """Bonjour,

Plusieurs collèges nous signalent que vos notifications sont retenues par MailInBlack.

Pourriez-vous nous communiquer les adresses et domaines d'envoi à placer en liste blanche, ainsi que, le cas échéant, les adresses IP de vos serveurs d'envoi ?

Cordialement,
Pôle messagerie
Direction des systèmes d'information
""", client="outlook")

M("mailinblack_spam", True, "0050213", "espace_acheteur", False, "fr",
  "MAILINBLACK in capitals, one line from a phone.",
  "Jérôme Eyraud <jerome.eyraud@ac-aix-marseille.fr>", "MAILINBLACK",
  """Bonjour, vos mails sont bloqués par MAILINBLACK chez nous (lycée {U:0050213}), pouvez-vous m'envoyer le guide ? Merci et désolé pour la brièveté.

J. Eyraud""", client="android")

M("mailinblack_spam", True, "0530388", "espace_acheteur", False, "fr",
  "Reply quoting the junk-folder answer: their IT says MailInBlack is blocking; the MailInBlack guide is now the right answer.",
  "Nadine Barbier <nadine.barbier@ac-nantes.fr>", "Re: [#SUP-067502] Courriel non reçu",
  """Bonjour,

Merci pour votre réponse. Je n'ai rien trouvé dans les indésirables, mais notre informaticien m'a expliqué entre-temps que le collège passe par Mailinblack et que vos messages y sont probablement coincés.

Faut-il donc suivre une autre procédure ?

Nadine Barbier
Collège Paul-Langevin, Évron ({U:0530388})

Le 17/09/2025 à 10:21, Assistance a écrit :
> Bonjour,
>
> Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur
> no-reply à vos contacts.
>
> L'équipe d'assistance
""", client="thunderbird", irt="SUP-067502")

M("mailinblack_spam", True, "0411433", "espace_acheteur", False, "fr",
  "ISO-8859-1 8-bit body; Mailinblack holds the new-password mail.",
  "Gérard Lemoine <gerard.lemoine@ac-orleans-tours.fr>", "Mot de passe et Mailinblack",
  """Bonjour,

Mon nouveau mot de passe de l'Espace Acheteur est, semble-t-il, retenu par Mailinblack : j'en reçois l'avis chaque matin, mais je n'ose pas cliquer sur quoi que ce soit.

Que me conseillez-vous ?

Gérard Lemoine
Gestionnaire, collège Les Provinces, Blois ({U:0411433})
""", client="latin1")

M("mailinblack_spam", True, "0040159", "espace_acheteur", False, "fr",
  "The cause is put as a hypothesis ('peut-être que le Mailinblack de la Région retient vos messages ?'), but the product is named.",
  "Laure Chabert <laure.chabert@ac-aix-marseille.fr>", "Je me permets de vous solliciter",
  """Madame, Monsieur,

Je me permets de vous solliciter concernant les courriels de l'Espace Acheteur.

Je n'en reçois plus aucun depuis le 1er septembre. Or la Région a déployé Mailinblack sur les lycées pendant l'été. Peut-être que le Mailinblack de la Région retient vos messages ? Je n'en ai aucune certitude.

Si vous disposiez d'une procédure à ce sujet, je vous serais très obligée de me la faire parvenir.

Laure Chabert
Lycée Paul-Arène, Sisteron – {U:0040159}
""", client="zimbra")
# -------------------------------------------------- head_of_establishment_request
M("head_of_establishment_request", False, "0292088", "esidoc", True, "fr",
  "The proviseure herself, from the ce.<UAI> address, asks for the e-sidoc admin password reset and a new contact address: head-of-establishment request, not password_reset.",
  "Proviseure - Lycée de Cornouaille <ce.{U:0292088}@ac-rennes.fr>", "Demande de réinitialisation – compte administrateur e-sidoc",
  """Madame, Monsieur,

Je me permets de vous adresser la présente demande en ma qualité de proviseure du lycée de Cornouaille, à Quimper (UAI {U:0292088}).

Notre professeure documentaliste, Mme Le Roux, ne dispose plus de l'accès administrateur à notre portail e-sidoc depuis le départ en retraite de son collègue. Je vous demande donc de bien vouloir réinitialiser le mot de passe de ce compte et d'en modifier l'adresse de contact, qui devient : marion.leroux@ac-rennes.fr.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Armelle Kervella
Proviseure
""", client="zimbra")

M("head_of_establishment_request", False, "0442650", "espace_acheteur", False, "fr",
  "The principal designates a new structure administrator on the Espace Acheteur and asks to close the former one's access.",
  "Principal Collège Aristide-Briand <ce.{U:0442650}@ac-nantes.fr>", "Changement d'administrateur – Espace Acheteur",
  """Madame, Monsieur,

Par la présente, je vous informe que M. Damien Hervouet, adjoint gestionnaire arrivé le 1er septembre, devient l'administrateur de notre structure sur l'Espace Acheteur, en remplacement de Mme Pasquier, mutée.

Je vous remercie de bien vouloir procéder à ce changement et de clore l'accès de Mme Pasquier.

Avec mes remerciements, je vous prie de recevoir mes salutations distinguées.

Le principal,
François Grellier
Collège Aristide-Briand, Nantes – {U:0442650}
""", client="zimbra")

M("head_of_establishment_request", False, "0490712", "esidoc", False, "fr",
  "A primary-school head (directrice d'école) asks, very politely, to replace the contact address on the e-sidoc admin account with the school's address.",
  "Directrice école Les Tilleuls <ce.{U:0490712}@ac-nantes.fr>", "Adresse de contact du portail de la BCD",
  """Madame, Monsieur,

Pardonnez-moi de vous solliciter en cette période où vous devez être très occupés.

Je suis directrice de l'école élémentaire Les Tilleuls, à Saumur. Jusqu'ici, l'adresse associée à l'administration du portail de notre BCD était celle de Mme Ory, bénévole, qui a souhaité arrêter cette année après de longues années de dévouement.

Je souhaiterais, si cela est possible, que l'adresse de contact devienne celle de l'école, à partir de laquelle je vous écris. Vous trouverez ici mon accord, en tant que directrice, pour cette modification.

Avec toute ma reconnaissance,
Élodie Marchais
Directrice – {U:0490712}
""", client="zimbra")

M("head_of_establishment_request", False, "0831540", "esidoc", False, "fr",
  "The proviseure authorises in writing the librarian to validate the renewal order and mentions the bon d'engagement attached.",
  "Proviseure Lycée Raynouard <ce.{U:0831540}@ac-nice.fr>", "Autorisation – commande de renouvellement",
  """Madame, Monsieur,

J'autorise par la présente Mme Sabine Orsini, professeure documentaliste, à valider en mon nom la commande de renouvellement des abonnements de notre portail pour l'année 2025-2026.

Le bon d'engagement signé est joint à ce message.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Véronique Castellan
Proviseure, lycée Raynouard, Brignoles – {U:0831540}
""", client="zimbra", attach=("bon_engagement_2025-2026.pdf", "application/pdf"))

M("head_of_establishment_request", False, "0360497", "esidoc", False, "fr",
  "The principal confirms from his iPhone, quoting his librarian's request (Apple quote style), that the reset and address change may be done. Personal academic address, not the ce. one.",
  "Philippe Mercier <philippe.mercier1@ac-orleans-tours.fr>", "Re: Accès portail CDI",
  """Madame, Monsieur,

Je confirme, en tant que principal du collège, la demande de Mme Dumas ci-dessous : vous pouvez réinitialiser l'accès et y associer son adresse.

Cordialement,
P. Mercier
Principal, collège Les Capucins, Châteauroux

Envoyé de mon iPhone

> Le 18 sept. 2025 à 14:02, Hélène Dumas <helene.dumas@ac-orleans-tours.fr> a écrit :
>
> Monsieur le Principal,
> Comme convenu ce matin, pourriez-vous confirmer au support que le mot de passe du portail du CDI ({U:0360497}) peut être réinitialisé et envoyé à mon adresse ?
> Merci beaucoup,
> Hélène Dumas
""", client="apple")

M("head_of_establishment_request", False, "0061727", "espace_acheteur", False, "en",
  "English; the head of an international school names a new structure administrator and asks to close the former one's access.",
  "Head of School <ce.{U:0061727}@ac-nice.fr>", "Change of administrator for our school account",
  """Dear Sir or Madam,

I hope you will forgive the intrusion at such a busy time.

As Head of the Centre International de Valbonne (UAI {U:0061727}), I should like to ask that Mr Paul Nguyen, our new bursar, be made administrator of our structure on the Espace Acheteur, replacing Mrs Isabelle Rey, who left us in July. I would also be grateful if Mrs Rey's access could be closed.

Please let me know if you require anything further in writing.

Yours faithfully,
Catherine Lombard
Head of School
""", client="outlook")

M("head_of_establishment_request", False, "0351466", "esidoc", True, "fr",
  "The body gives {W:0351466} (wrong check letter) but the sender ce.{U:0351466}@ac-rennes.fr carries the valid UAI, which is the label.",
  "Principale Collège Les Gayeulles <ce.{U:0351466}@ac-rennes.fr>", "Changement d'adresse de contact – portail CDI",
  """Madame, Monsieur,

Je soussignée, principale du collège Les Gayeulles à Rennes (UAI {W:0351466}), vous demande de bien vouloir remplacer l'adresse de contact de l'administration de notre portail documentaire par celle de notre nouvelle documentaliste, Mme Aurore Janvier (aurore.janvier@ac-rennes.fr), et de lui faire parvenir un nouveau mot de passe.

Je vous en remercie par avance et vous prie d'agréer mes salutations distinguées.

Marie-Laure Daniel
Principale
""", client="zimbra")

M("head_of_establishment_request", False, "0130842", None, True, "fr",
  "Claims to be the proviseur, from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a free-mail address; asks to move both admin accounts to that address: a probable spoof, still a head-of-establishment request for staff to refuse.",
  "Proviseur Lycée Périer <ce.{U:0130842}@ac-aix-marseille.fr>", "URGENT - changement adresse administrateur",
  """Bonjour,

Je suis le proviseur du lycée Périer. Suite à un problème de messagerie académique, merci de bien vouloir transférer dès aujourd'hui les deux comptes administrateurs de l'établissement sur l'adresse lycee.perier.direction@gmail.com et d'y envoyer les nouveaux mots de passe.

Je compte sur votre diligence.

Le proviseur
""", client="plain8", auth="fail", reply_to="lycee.perier.direction@gmail.com")

M("head_of_establishment_request", False, "0493015", "esidoc", True, "fr",
  "The librarian relays the head's signed letter (PDF attached) with the principal in copy: the head's written request, relayed; staff must check the letter and the sender.",
  "Aurélie Cousin <aurelie.cousin@ac-nantes.fr>", "Courrier de Mme la Principale – accès administrateur",
  """Bonjour,

Comme vous me l'aviez indiqué au téléphone, je vous fais suivre le courrier signé de Mme la Principale (en copie de ce message), qui demande la réinitialisation de l'accès administrateur de notre portail et son rattachement à mon adresse.

J'espère que le document est lisible ; je l'ai scanné au copieur de la salle des professeurs, qui n'est plus tout jeune.

Merci beaucoup,
Aurélie Cousin
Documentaliste, collège Chevreul, Angers – {U:0493015}
""", client="thunderbird", cc="Principale <ce.{U:0493015}@ac-nantes.fr>", attach=("courrier_principale_signe.pdf", "application/pdf"))

M("head_of_establishment_request", False, "0221092", "esidoc", False, "fr",
  "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request the desk asked for.",
  "Principal Collège Léonard-de-Vinci <ce.{U:0221092}@ac-rennes.fr>", "Re: [#SUP-067611] Réinitialisation du mot de passe",
  """Madame, Monsieur,

Suite à votre message, je vous confirme par écrit ma demande : merci de réinitialiser le mot de passe administrateur du portail e-sidoc de notre collège et de l'adresser à notre documentaliste, M. Corre (tanguy.corre@ac-rennes.fr).

Avec mes remerciements,
Jean-Marc Olivier
Principal, collège Léonard-de-Vinci, Guingamp – {U:0221092}

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "tanguy corre" <tanguy.corre@ac-rennes.fr>
Envoyé: Vendredi 12 Septembre 2025 15:30:11
Objet: [#SUP-067611] Réinitialisation du mot de passe

Bonjour,
Aucune adresse connue ne correspond à votre demande. Le chef d'établissement doit nous adresser une demande écrite depuis l'adresse officielle de l'établissement.
L'équipe d'assistance
""", client="zimbra", irt="SUP-067611")

M("head_of_establishment_request", False, "0851023", "espace_acheteur", False, "fr",
  "The head of a private lycée delegates, in writing, who may validate orders for the establishment.",
  "Direction Lycée Sainte-Marie <direction@sainte-marie-chavagnes.fr>", "Délégation de validation des commandes",
  """Madame, Monsieur,

En ma qualité de chef d'établissement du lycée Sainte-Marie de Chavagnes-en-Paillers (UAI {U:0851023}), je vous informe que, à compter du 15 septembre 2025, Mme Annie Bretin, responsable des services économiques, est habilitée à valider en mon nom les commandes passées sur l'Espace Acheteur.

Je vous saurais gré de bien vouloir enregistrer cette délégation.

Veuillez agréer mes salutations distinguées.

Bertrand Chaigneau
Chef d'établissement
""", client="outlook")

M("head_of_establishment_request", False, "0371722", "esidoc", False, "fr",
  "HTML-only Outlook letter: the principal asks for a reset so that a departed librarian loses access, link to the school's address.",
  "Principale Collège Michelet <ce.{U:0371722}@ac-orleans-tours.fr>", "Demande de réinitialisation",
  """Madame, Monsieur,

Notre ancienne professeure documentaliste a quitté l'établissement fin août et conserve, à ma connaissance, les identifiants d'administration de notre portail.

Je vous demande de bien vouloir réinitialiser ce mot de passe et d'envoyer le lien à l'adresse de l'établissement, depuis laquelle je vous écris.

Je vous remercie et vous prie d'agréer mes salutations distinguées.

Sylvie Gallais
Principale, collège Michelet, Tours – UAI {U:0371722}
""", client="outlook_html")

M("head_of_establishment_request", False, None, "esidoc", True, "fr",
  "A nursery-school head gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify.",
  "Christelle Morvan <christelle.morvan29@gmail.com>", "Accord pour le changement d'adresse",
  """Bonjour,

Je suis directrice de l'école maternelle du Bourg à Plougastel. Notre bénévole, M. Le Gac, vous a écrit la semaine dernière pour que l'adresse du portail de la bibliothèque soit changée.

Je vous donne bien mon accord, mais je vous écris de chez moi car la messagerie de l'école ne fonctionne pas depuis lundi. J'espère que cela suffira.

Christelle Morvan
""", client="gmail")

# --------------------------------------------------------------- account_creation
M("account_creation", True, None, "espace_acheteur", False, "fr",
  "A new buyer at an agricultural lycée asks how to create an account: the sign-up form answer fits.",
  "Sandrine Hamel <sandrine.hamel@educagri.fr>", "Création d'un compte",
  """Bonjour,

Je me permets de vous solliciter concernant l'Espace Acheteur, dont m'a parlé une collègue d'un lycée voisin.

Je suis la nouvelle secrétaire-comptable du lycée agricole et je souhaiterais savoir comment créer un compte pour pouvoir passer nos commandes. Faut-il remplir un formulaire, ou quelqu'un doit-il m'inscrire ?

Avec mes remerciements,
Sandrine Hamel
""", client="outlook")

M("account_creation", True, "0450822", "espace_acheteur", False, "fr",
  "Filled the sign-up form, cannot log in: the account awaits the structure administrator's validation (FAQ case).",
  "Romain Blanchard <romain.blanchard@ac-orleans-tours.fr>", "Compte en attente ?",
  """Bonjour,

J'ai rempli le formulaire d'inscription lundi. Quand j'essaie de me connecter, un message indique que mon compte est « en attente de validation ».

Je ne sais pas si c'est normal ni combien de temps cela prend d'habitude. Je ne voudrais pas relancer trop tôt.

Merci,
Romain Blanchard
Collège Jean-Rostand, Orléans – {U:0450822}
""", client="zimbra")

M("account_creation", False, "0290915", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  "Morgane Caradec <morgane.caradec@ac-rennes.fr>", "Qui est notre administrateur ?",
  """Bonjour,

Question sans doute naïve : comment savoir qui est l'administrateur de notre structure sur l'Espace Acheteur ? Mon inscription attend sa validation, mais ni la direction ni l'intendance ne savent de qui il s'agit.

Lycée Brizeux, Quimper – {U:0290915}

Merci d'avance,
Morgane Caradec
""", client="thunderbird")

M("account_creation", False, "0493302", "esidoc", False, "fr",
  "The establishment's UAI is not in the list when opening the customer account: the sales team handles these.",
  "Hugues Ménard <hugues.menard@ac-nantes.fr>", "Établissement introuvable",
  """Bonjour,

En voulant ouvrir le compte client de notre établissement, je ne trouve pas notre UAI ({U:0493302}) dans la liste proposée. Nous sommes une annexe ouverte à la rentrée 2025 ; peut-être est-ce la raison ?

Je vous remercie de votre aide.

Hugues Ménard
Annexe du lycée Chevrollier, Angers
""", client="zimbra")

M("account_creation", False, "0131730", "espace_acheteur", False, "fr",
  "Account works; asks for order-management rights to be opened: a person must check.",
  "Valérie Fabre <valerie.fabre@ac-aix-marseille.fr>", "Droits de commande",
  """Bonjour,

Mon compte fonctionne très bien, je vous rassure, je n'ai perdu aucun mot de passe.

En revanche, je peux consulter les offres mais pas passer commande : le bouton est grisé. J'imagine qu'il me manque des droits. Pourriez-vous les ouvrir, ou me dire à qui les demander ?

Valérie Fabre
Adjointe gestionnaire – Lycée Montgrand, Marseille ({U:0131730})
""", client="outlook")

M("account_creation", True, "0560881", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account. account_creation, not password_reset.",
  "Katell Riou <katell.riou@ac-rennes.fr>", "Pas un mot de passe perdu",
  """Bonjour,

Je vous écris parce que votre page d'aide me renvoie sans cesse vers « mot de passe perdu ». Or je n'ai pas perdu mon mot de passe : je n'en ai jamais eu, puisque je n'ai jamais eu de compte.

Je suis arrivée à la gestion du collège le 1er septembre et je souhaiterais simplement m'inscrire. Comment faire ?

Katell Riou
Collège Jules-Verne, Pontivy – {U:0560881}
""", client="thunderbird")

M("account_creation", False, "0440571", "esidoc", True, "fr",
  "Asks to open an account for a retired volunteer: eligibility of a non-staff user must be checked by a person.",
  "Jean-Pierre Audouin <jp.audouin@ac-nantes.fr>", "Un compte pour notre bénévole ?",
  """Bonjour,

Notre CDI bénéficie depuis cette rentrée de l'aide précieuse de Mme Legrand, ancienne bibliothécaire à la retraite, qui vient deux matinées par semaine.

Serait-il envisageable de lui ouvrir un compte à son nom sur le portail, avec des droits limités au catalogage ? Je ne sais pas si cela est prévu pour des personnes extérieures à l'Éducation nationale.

Je vous remercie de votre réponse.

Jean-Pierre Audouin
Documentaliste, lycée Grand-Air, La Baule – {U:0440571}
""", client="thunderbird")

M("account_creation", False, None, "espace_acheteur", False, "en",
  "English; a bilingual school that opened this year wants a buyer account: a person must check eligibility.",
  "Oliver Grant <oliver.grant@ecole-bilingue-aix.fr>", "Opening an account",
  """Dear colleagues,

Our small bilingual primary school opened in Aix-en-Provence this September. A fellow head mentioned your purchasing platform, and I wondered whether a school such as ours might be allowed to open a buyer account, and, if so, how one would go about it.

I apologise if this is not the right address.

Warm regards,
Oliver Grant
Administrator
""", client="gmail")

M("account_creation", True, None, "esidoc", False, "fr",
  "HTML-only Outlook message: a new gestionnaire wants to open the customer account before a first order.",
  "Émilie Barreau <emilie.barreau@ensemble-scolaire-la-salle.fr>", "Ouverture du compte client",
  """Bonjour,

Je souhaiterais ouvrir notre compte client avant de passer notre première commande d'abonnements pour le CDI.

Pourriez-vous m'indiquer la démarche ? Je suppose qu'il faut un formulaire, mais je ne l'ai pas trouvé.

Merci par avance,

Émilie Barreau
Services économiques
""", client="outlook_html")

M("account_creation", True, "0830233", "espace_acheteur", False, "fr",
  "Completed the sign-up form a week ago, cannot log in; tells the steps in order. Account awaiting validation (FAQ).",
  "Régine Martel <regine.martel@ac-nice.fr>", "Inscription faite, mais…",
  """Bonjour,

Je me permets de vous raconter mes démarches, pour que vous puissiez juger.

Le 8 septembre, j'ai rempli le formulaire d'inscription. Le 9, j'ai reçu un courriel me disant que ma demande était enregistrée. Depuis, lorsque j'essaie de me connecter, on me dit que mon compte n'est pas encore actif.

Peut-être faut-il que quelqu'un le valide ? Je ne sais pas qui.

Régine Martel
Collège Jean-Giono, Le Beausset – {U:0830233}
""", client="zimbra")

M("account_creation", True, "0281052", "espace_acheteur", True, "fr",
  "Written by the principal, but only to ask how the new adjoint gestionnaire can create an account: not a head-of-establishment request.",
  "Principal Collège Soutine <ce.{U:0281052}@ac-orleans-tours.fr>", "Inscription de notre adjointe gestionnaire",
  """Madame, Monsieur,

Notre nouvelle adjointe gestionnaire, Mme Pelletier, doit pouvoir passer nos commandes sur l'Espace Acheteur. Pourriez-vous m'indiquer comment elle peut se créer un compte ?

Je vous remercie.

Le principal,
Didier Houdré
Collège Soutine, Dreux
""", client="zimbra")

# -------------------------------------------------------- subscription_activation
M("subscription_activation", True, "0351102", "esidoc", False, "fr",
  "Subscription ordered yesterday, not visible yet: within the 72-hour window.",
  "Nolwenn Gicquel <nolwenn.gicquel@ac-rennes.fr>", "Abonnement commandé hier",
  """Bonjour,

Nous avons commandé hier matin l'abonnement à une ressource de presse en ligne pour le CDI. Elle n'apparaît pas encore dans notre portail.

Je suppose qu'il faut un peu de patience, mais je préfère m'en assurer auprès de vous.

Merci,
Nolwenn Gicquel
Lycée Chateaubriand, Rennes – {U:0351102}
""", client="zimbra")

M("subscription_activation", False, "0061443", "esidoc", False, "fr",
  "Ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order.",
  "Pierre-Yves Bellon <py.bellon@ac-nice.fr>", "Abonnement toujours inactif",
  """Bonjour,

Je m'excuse de revenir vers vous. Notre commande d'abonnement a été validée le 4 septembre. Nous sommes le 16 et la ressource reste marquée « non disponible » dans l'administration du portail.

Je ne sais pas si quelque chose a été oublié de notre côté.

Pierre-Yves Bellon
Collège Matisse, Nice – {U:0061443}
""", client="zimbra")

M("subscription_activation", True, "0451377", "esidoc", False, "fr",
  "How to publish an active resource so that pupils see it on the portal.",
  "Caroline Rivière <caroline.riviere@ac-orleans-tours.fr>", "Ressource invisible pour les élèves",
  """Bonjour,

L'abonnement est bien actif dans l'administration (j'y vois la ressource), mais les élèves, eux, ne la voient pas sur le portail.

Il me semble qu'il manque une étape de publication, mais je ne la trouve pas. Pourriez-vous m'aiguiller ?

Caroline Rivière
Lycée Jean-Zay, Orléans – {U:0451377}
""", client="thunderbird")

M("subscription_activation", True, "0850977", "esidoc", True, "fr",
  "Negation: 'mon mot de passe fonctionne très bien', login works; the new subscription is not visible.",
  "Thérèse Giraudeau <therese.giraudeau@ac-nantes.fr>", "Ce n'est pas un problème de connexion",
  """Bonjour,

Je tiens à préciser d'emblée que mon mot de passe fonctionne très bien et que je me connecte sans difficulté, pour que vous ne pensiez pas à un souci d'accès.

Simplement, l'abonnement que nous avons commandé avant-hier n'apparaît pas dans « Mes abonnements ».

Merci pour votre aide,
Thérèse Giraudeau
Collège Saint-Exupéry, Luçon... pardon, collège Émile-Beaussire – {U:0850977}
""", client="outlook")

M("subscription_activation", True, None, "esidoc", True, "fr",
  "UAI written {W:0561509}: wrong check letter (the digits give {U:0561509}), so no UAI; region from the ac-rennes.fr sender. Ordered two days ago.",
  "Gwenaëlle Tanguy <gwenaelle.tanguy@ac-rennes.fr>", "Nouvelle ressource",
  """Bonjour,

Nous avons commandé lundi un abonnement supplémentaire pour le CDI du collège ({W:0561509}). Je ne le vois pas encore.

Je ne sais pas si c'est normal, d'autant que c'est la première fois que je fais cela seule.

Merci,
Gwenaëlle Tanguy
""", client="zimbra")

M("subscription_activation", True, "0441890", "esidoc", False, "en",
  "English; ordered on Monday, not visible on Wednesday: within 72 hours.",
  "Susan Webb <susan.webb@ac-nantes.fr>", "New subscription not showing",
  """Hello,

I am so sorry to trouble you. We ordered a new online resource on Monday and, as of this morning (Wednesday), it does not yet appear in our portal.

Is there perhaps a delay I am not aware of?

Many thanks,
Susan Webb
Lycée Clemenceau, Nantes – {U:0441890}
""", client="zimbra")

M("subscription_activation", True, "0180916", "esidoc", False, "fr",
  "Renewed subscription still shown as expired, renewal validated yesterday.",
  "Jacques Lefort <jacques.lefort@ac-orleans-tours.fr>", "Abonnement marqué expiré",
  """Bonjour,

Nous avons renouvelé hier l'abonnement de notre portail. Pourtant, ce matin, il est toujours indiqué « expiré » dans l'administration.

Peut-être faut-il attendre un peu ?

Jacques Lefort
Lycée Marguerite-de-Navarre, Bourges – {U:0180916}
""", client="zimbra")

M("subscription_activation", True, "0131419", "esidoc", True, "fr",
  "Written by the proviseur, but he only asks when the subscription will be available: not a head-of-establishment request.",
  "Proviseur Lycée Saint-Exupéry <ce.{U:0131419}@ac-aix-marseille.fr>", "Disponibilité de l'abonnement",
  """Madame, Monsieur,

Nous avons validé avant-hier la commande de l'abonnement de presse pour notre CDI. Pourriez-vous me dire quand il sera accessible aux élèves ?

Avec mes remerciements,
Le proviseur,
Marc Santini
""", client="zimbra")

M("subscription_activation", True, "0530112", "esidoc", False, "fr",
  "Short base64 message from an iPhone: the resource ordered yesterday is not there yet.",
  "Émilie Poirier <emilie.poirier@ac-nantes.fr>", "Ressource",
  """Bonjour, la ressource commandée hier n'apparaît pas encore sur le portail (lycée {U:0530112}). Est-ce normal ? Merci et pardon pour le dérangement.

Envoyé de mon iPhone""", client="b64")
# ------------------------------------------------------------------ order_billing
M("order_billing", False, "0220987", "esidoc", False, "fr",
  "Asks for a formal quote (devis) for the renewal, needed for the bon d'engagement.",
  "Anne Le Moal <anne.lemoal@ac-rennes.fr>", "Devis pour le renouvellement",
  """Bonjour,

Je me permets de vous solliciter afin d'obtenir, si possible, un devis pour le renouvellement de l'abonnement de notre portail documentaire pour 2025-2026. Notre gestionnaire en a besoin pour établir le bon d'engagement.

Avec mes remerciements anticipés,
Anne Le Moal
Collège Jean-Macé, Lannion... non, collège Charles-Le-Goffic – {U:0220987}
""", client="zimbra")

M("order_billing", False, "0440233", "esidoc", False, "fr",
  "Order validated in June, invoice still not on Chorus Pro.",
  "Pascal Jaunet <pascal.jaunet@ac-nantes.fr>", "Facture introuvable sur Chorus",
  """Bonjour,

Notre commande a été validée le 20 juin. L'agent comptable me signale qu'aucune facture n'a été déposée sur Chorus Pro à ce jour.

Je ne sais pas si la facture a été émise et déposée ailleurs, ou s'il y a eu un oubli. Pourriez-vous vérifier ?

Pascal Jaunet
Gestionnaire, collège Victor-Hugo, Nantes – {U:0440233}
""", client="outlook")

M("order_billing", False, "0720455", "esidoc", False, "fr",
  "Uploading the bon d'engagement fails at order validation ('format non accepté').",
  "Maryse Gohier <maryse.gohier@ac-nantes.fr>", "Bon d'engagement refusé",
  """Bonjour,

En validant notre commande, je dois joindre le bon d'engagement. J'ai essayé trois fois avec le PDF que m'a donné l'intendance, et le site me répond « format non accepté ».

Je ne sais pas si c'est le fichier qui est en cause (il fait un peu plus de 4 Mo).

Merci d'avance,
Maryse Gohier
Lycée Montesquieu, Le Mans – {U:0720455}
""", client="thunderbird")

M("order_billing", False, "0840388", "esidoc", False, "fr",
  "Invoice received twice; asks to cancel the duplicate.",
  "Rémi Fabre <remi.fabre@ac-aix-marseille.fr>", "Facture reçue en double",
  """Bonjour,

Nous avons reçu la même facture deux fois, sous deux numéros différents, pour une seule commande. Je suppose qu'il s'agit d'une erreur et qu'il faudrait annuler l'une des deux ?

Rémi Fabre
Gestionnaire, lycée Philippe-de-Girard, Avignon – {U:0840388}
""", client="outlook")

M("order_billing", False, None, "espace_acheteur", False, "fr",
  "The saved basket disappeared after more than two weeks.",
  "Solange Prieur <solange.prieur@ac-orleans-tours.fr>", "Mon panier a disparu",
  """Bonjour,

J'avais préparé fin août un panier assez conséquent (fournitures de rentrée) sur l'Espace Acheteur, en attendant l'accord du conseil d'administration. Ce matin, il a disparu.

Je ne sais pas si j'ai fait une fausse manœuvre ou si les paniers sont effacés au bout d'un certain temps.

Solange Prieur
""", client="zimbra")

M("order_billing", False, "0490855", "esidoc", False, "fr",
  "Private school asks whether it may pay by bank transfer and for bank details (RIB).",
  "Comptabilité Saint-Joseph <compta@stjoseph-cholet.fr>", "Moyen de paiement",
  """Madame, Monsieur,

Nous sommes un établissement privé sous contrat (UAI {U:0490855}). Nous ne pratiquons pas le mandat administratif ; serait-il possible de régler votre facture par virement ? Le cas échéant, pourriez-vous nous adresser un RIB ?

Je vous prie d'agréer mes salutations distinguées.

Service comptabilité
""", client="outlook")

M("order_billing", False, None, "esidoc", False, "en",
  "English Outlook reply ('From: / Sent:' quote block) asking to address the invoice to the accounting department.",
  "James Porter <j.porter@international-school-sophia.fr>", "RE: Your order confirmation",
  """Hello,

Thank you very much for the confirmation. Would it be possible, please, for the invoice to be addressed to our accounting department (accounts@international-school-sophia.fr) rather than to me? I fear it would otherwise sit in my inbox for weeks.

Kind regards,
James Porter
Librarian

From: Assistance <support@assistance.example.fr>
Sent: Monday, September 8, 2025 11:02 AM
To: James Porter <j.porter@international-school-sophia.fr>
Subject: Your order confirmation

Hello,
Your order has been recorded. The invoice will follow.
""", client="outlook")

M("order_billing", False, "0411028", "esidoc", False, "fr",
  "HTML-only Outlook (windows-1252 with the euro sign): the invoice amount differs from the quote.",
  "Martine Gervais <martine.gervais@ac-orleans-tours.fr>", "Écart entre devis et facture",
  """Bonjour,

Je me permets de vous signaler, avec toutes mes excuses si je me trompe, un écart entre le devis du 2 juillet (1 284,00 €) et la facture reçue hier (1 356,00 €).

Peut-être une option a-t-elle été ajoutée ? Je n'en ai pas le souvenir.

Martine Gervais
Gestionnaire – Collège Augustin-Thierry, Blois – {U:0411028}
""", client="outlook_html", charset="windows-1252")

M("order_billing", False, "0292544", "espace_acheteur", True, "fr",
  "Two topics: wrong amount on an invoice (main) and a convention missing from 'Mes Marchés' (contract_documents).",
  "Yves Le Dantec <yves.ledantec@ac-rennes.fr>", "Facture + convention",
  """Bonjour,

Je vous écris pour deux sujets, en commençant par le plus urgent.

La facture n° F-2025-08813 comporte un montant de TVA qui ne correspond pas à notre commande ; l'agent comptable refuse de la mettre en paiement en l'état. Pourriez-vous nous en adresser une rectifiée ?

Par ailleurs, et ce n'est pas pressé, je ne retrouve plus notre convention dans « Mes Marchés ».

Yves Le Dantec
Adjoint gestionnaire, lycée Tristan-Corbière, Morlaix – {U:0292544}
""", client="outlook")

M("order_billing", False, None, "esidoc", False, "fr",
  "A retired volunteer treasurer of a parents' association asks whether the association may pay the library order by cheque.",
  "Michel Texier <michel.texier@free.fr>", "Règlement par chèque ?",
  """Bonjour,

Je suis le trésorier, retraité, de l'association des parents d'élèves d'une petite école de la Sarthe. Nous aimerions offrir à la bibliothèque de l'école un abonnement, et la directrice m'a chargé de la partie financière.

Pardonnez mon ignorance : l'association peut-elle régler par chèque, et à quel ordre ?

Avec mes remerciements,
Michel Texier
""", client="thunderbird")

M("order_billing", False, None, "espace_acheteur", True, "fr",
  "UAI written {W:0131077}: wrong check letter (the digits give {U:0131077}), so no UAI; personal Gmail, no académie domain: no region. Quote needed for the conseil d'administration.",
  "Céline Martinez <celine.martinez.gest@gmail.com>", "Demande de devis",
  """Bonjour,

Je me permets de vous demander un devis pour du mobilier de CDI référencé dans l'Espace Acheteur (trois bacs à albums et un présentoir), afin de le présenter au conseil d'administration du 30 septembre.

Collège {W:0131077}, Aubagne.

Je vous écris depuis mon adresse personnelle car la messagerie du collège est en panne.

Merci beaucoup,
Céline Martinez
""", client="gmail")

# ------------------------------------------------------------- contract_documents
M("contract_documents", False, "0350633", "espace_acheteur", False, "fr",
  "Market 2022-041 no longer found in 'Mes Marchés'.",
  "Jean-Luc Hervé <jean-luc.herve@ac-rennes.fr>", "Marché introuvable",
  """Bonjour,

Je ne retrouve plus le marché 2022-041 (fournitures de bureau) dans la rubrique « Mes Marchés ». Il y était encore en juin.

Je ne sais pas s'il est arrivé à échéance ou s'il s'agit d'un problème d'affichage.

Jean-Luc Hervé
Gestionnaire, lycée Victor-et-Hélène-Basch, Rennes – {U:0350633}
""", client="outlook")

M("contract_documents", False, "0490302", "espace_acheteur", False, "fr",
  "Amendment no. 3 of a market is missing from the contract documents.",
  "Dominique Leray <dominique.leray@ac-nantes.fr>", "Avenant n°3 absent",
  """Bonjour,

Nous avons reçu par courrier l'annonce de l'avenant n°3 au marché de restauration scolaire, mais il n'apparaît pas parmi les documents du marché sur la plateforme. Seuls les avenants 1 et 2 y figurent.

Je vous remercie de bien vouloir regarder.

Dominique Leray
Collège Lucie-Aubrac, Doué-en-Anjou – {U:0490302}
""", client="outlook")

M("contract_documents", False, None, "espace_acheteur", False, "fr",
  "CCAP not found for the cleaning-products market 2024-087.",
  "Agnès Ricard <agnes.ricard@cg-indre.fr>", "CCAP du marché 2024-087",
  """Bonjour,

Pardonnez-moi, je ne trouve pas le CCAP du marché 2024-087 (produits d'entretien) parmi les pièces disponibles. Peut-être n'ai-je pas les bons droits ? Ou est-ce moi qui cherche mal ?

Agnès Ricard
""", client="outlook")

M("contract_documents", False, "0371101", "espace_acheteur", False, "fr",
  "The membership convention opens as an empty file.",
  "Luc Bertrand <luc.bertrand@ac-orleans-tours.fr>", "Convention d'adhésion vide",
  """Bonjour,

Lorsque j'ouvre notre convention d'adhésion sur la plateforme, le PDF s'affiche… entièrement vide. J'ai essayé avec deux navigateurs.

Je ne sais pas si le document a été mal déposé.

Luc Bertrand
Lycée Descartes, Tours – {U:0371101}
""", client="zimbra")

M("contract_documents", False, None, "espace_acheteur", True, "fr",
  "Could see the conventions on the old platform, not on the new one: contract_documents, although the fix may be access rights (close to account_creation).",
  "Françoise Dupuy <francoise.dupuy@ac-aix-marseille.fr>", "Conventions plus visibles depuis la migration",
  """Bonjour,

Sur l'ancienne plateforme, je voyais toutes nos conventions. Depuis la migration de cet été, la rubrique est vide pour moi, alors que ma collègue, elle, les voit.

Il me semble que peut-être mes droits n'ont pas été repris ? Je vous laisse juger.

Françoise Dupuy
""", client="zimbra")

M("contract_documents", False, "0560719", "espace_acheteur", True, "fr",
  "New question (acte d'engagement missing) on top of quoted history about an earlier password ticket; the new message asks something else.",
  "Patricia Jégo <patricia.jego@ac-rennes.fr>", "RE: [#SUP-066455] Mot de passe Espace Acheteur",
  """Bonjour,

Mon accès fonctionne de nouveau, merci. Mais en consultant les documents du marché de transport scolaire, je constate que l'acte d'engagement signé n'y figure pas, alors que le règlement de consultation y est.

Pourriez-vous le rendre disponible ?

Patricia Jégo
Collège Montaigne, Vannes – {U:0560719}

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 1 juillet 2025 09:12
Objet : [#SUP-066455] Mot de passe Espace Acheteur

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse associée à votre compte.
L'équipe d'assistance
""", client="outlook", irt="SUP-066455")

M("contract_documents", False, None, "espace_acheteur", False, "en",
  "English; cannot see the framework agreement documents for a market.",
  "Emma Collins <emma.collins@lycee-international-marseille.fr>", "Framework agreement documents",
  """Good afternoon,

I hope I am not asking something obvious. I cannot seem to find the documents of the framework agreement for IT equipment on the platform; the page lists the market, but the documents tab is empty for me.

Could you perhaps have a look?

Best wishes,
Emma Collins
Finance office
""", client="outlook")

# -------------------------------------------------------------- transfer_incident
M("transfer_incident", False, "0561388", "ecoledirecte", False, "fr",
  "Last EcoleDirecte transfer is five days old; parents no longer see the grades.",
  "Pierrick Le Goff <pierrick.legoff@ndmenimur.fr>", "Transferts EcoleDirecte",
  """Bonjour,

Je me permets de vous signaler que le dernier transfert vers EcoleDirecte date de jeudi dernier. Depuis, les notes saisies n'apparaissent plus pour les familles, qui commencent à s'en inquiéter (poliment, pour l'instant).

Je ne sais pas par où commencer.

Pierrick Le Goff
Notre-Dame de Ménimur, Vannes – {U:0561388}
""", client="outlook")

M("transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour' to reindex the base: transfer_incident per the taxonomy, not password_reset.",
  "Informatique Saint-Gabriel <informatique@stgabriel-85.fr>", "Mot de passe de maintenance",
  """Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je dois réindexer la base avant de relancer la synchronisation, qui échoue depuis hier soir.

Merci par avance,
Service informatique
""", client="outlook")

M("transfer_incident", False, "0721455", "ecoledirecte", False, "fr",
  "Licence to regenerate after a server change.",
  "Benoît Charpentier <b.charpentier@stjulien-lemans.fr>", "Licence après changement de serveur",
  """Bonjour,

Nous avons changé de serveur pendant les vacances. Depuis, le module de transfert indique que la licence n'est pas valide pour cette machine.

Je suppose qu'il faut la régénérer ; pouvez-vous nous aider ?

Benoît Charpentier
Institution Saint-Julien, Le Mans – {U:0721455}
""", client="thunderbird")

M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "The antivirus quarantines the transfer tool, so transfers no longer run.",
  "Sébastien Hardy <s.hardy@lasalle-tours.fr>", "Antivirus et transferts",
  """Bonjour,

Depuis la mise à jour de notre antivirus, l'outil de transfert est mis en quarantaine à chaque lancement, et plus aucun transfert vers EcoleDirecte n'a lieu.

Je ne voudrais pas désactiver l'antivirus sans votre avis.

Sébastien Hardy
""", client="outlook")

M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "HTML-only Outlook: several Outils.exe processes stuck in the task manager; transfers hang.",
  "Nicolas Reynaud <nicolas.reynaud@sainte-marthe-grasse.fr>", "Transferts bloqués",
  """Bonjour,

Les transferts vers EcoleDirecte restent bloqués depuis ce matin. Dans le gestionnaire des tâches, je vois quatre processus Outils.exe qui ne se terminent jamais.

Faut-il les arrêter ? Je n'ose pas.

Nicolas Reynaud
""", client="outlook_html")

M("transfer_incident", False, "0451744", "ecoledirecte", False, "fr",
  "ISO-8859-1 8-bit body: absences no longer synchronised since Monday.",
  "Jocelyne Perrin <j.perrin@stcharles-orleans.fr>", "Synchronisation des absences",
  """Bonjour,

Depuis lundi, les absences saisies par les professeurs ne remontent plus dans EcoleDirecte. Les notes, curieusement, passent encore.

Avec mes remerciements,
Jocelyne Perrin
Vie scolaire, Saint-Charles, Orléans ({U:0451744})
""", client="latin1")

M("transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Apple Mail forward ('Début du message réexpédié') of a parent's complaint: grades no longer reach EcoleDirecte. Written by the head of a private school, but not a head-of-establishment request.",
  "Directeur Saint-Vincent <directeur@saint-vincent-cannes.fr>", "Tr : Notes invisibles",
  """Bonjour,

Je vous transmets le message d'une mère d'élève. Il semble que les notes ne soient plus transmises depuis une semaine. Pourriez-vous regarder ?

Bien cordialement,
Le directeur

Début du message réexpédié :

De: Mme Carla Bianchi <carla.bianchi@gmail.com>
Date: 15 septembre 2025 à 20:41:07 UTC+2
À: directeur@saint-vincent-cannes.fr
Objet: Notes invisibles

Bonsoir Monsieur le Directeur, mon fils me dit avoir eu deux notes la semaine dernière mais rien n'apparaît sur EcoleDirecte. Est-ce normal ? Merci. C. Bianchi
""", client="apple")

M("transfer_incident", False, "0131655", "ecoledirecte", False, "fr",
  "Replication needs re-initialising after a server restore.",
  "Yann Petit <yann.petit@ensemble-provence.fr>", "Réplication après restauration",
  """Bonjour,

Suite à une panne de disque, nous avons restauré notre serveur à partir de la sauvegarde du 5 septembre. La réplication vers EcoleDirecte refuse depuis de repartir (« base incohérente »).

Je suppose qu'il faut la réinitialiser de votre côté ?

Yann Petit
Ensemble scolaire Provence, Marseille – {U:0131655}
""", client="thunderbird")
# ---------------------------------------------------------------------- automated
M("automated", False, None, None, False, "fr",
  "Exchange Online out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress); region from the ac-nantes.fr sender.",
  "Claire Bodineau <claire.bodineau@ac-nantes.fr>", "Réponse automatique : [#SUP-067433] Votre demande",
  """Bonjour,

Je suis absente jusqu'au lundi 22 septembre inclus, en stage de formation. Votre message sera traité à mon retour.

Pour toute urgence, vous pouvez joindre le secrétariat du collège au 02 40 00 00 00.

Cordialement,
Claire Bodineau""", kind="ooo", client="outlook", irt="SUP-067433")

M("automated", False, None, None, False, "fr",
  "Zimbra academic webmail vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the ac-rennes.fr sender.",
  "Loïc Tréguer <loic.treguer@ac-rennes.fr>", "Absent: Re: [#SUP-067450] Accès portail",
  """Bonjour,

Je suis en congé jusqu'au 19 septembre. Je prendrai connaissance de votre message à mon retour.

Bien cordialement,
Loïc Tréguer""", kind="ooo_zimbra", client="zimbra", irt="SUP-067450")

M("automated", False, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  "Margaret Doyle <maggie.doyle.nice@gmail.com>", "Re: [#SUP-067471] Library portal password",
  """Thank you for your message. I am away visiting family in Ireland until 25 September and shall reply as soon as I am back.

With best wishes,
Margaret""", kind="ooo", client="gmail", irt="SUP-067471")

M("automated", False, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status, original attached), null Return-Path: the retired volunteer's old address no longer exists.",
  "Mail Delivery System <MAILER-DAEMON@mx.lycee-pmf-laroche.fr>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.lycee-pmf-laroche.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<cdi.benevole@lycee-pmf-laroche.fr>: unknown user: "cdi.benevole"
""", kind="dsn", rcpt="cdi.benevole@lycee-pmf-laroche.fr", status="5.1.1",
  diag="X-Postfix; unknown user: \"cdi.benevole\"", action="failed",
  orig_subject="[#SUP-067482] Votre demande d'accès", client="plain8")

M("automated", False, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with the mailbox-full status.",
  "Microsoft Outlook <postmaster@ville-saint-nazaire.fr>", "Non remis : [#SUP-067490] Messages automatiques",
  """Le message n'a pas pu être remis à guillaume.perrot@ville-saint-nazaire.fr.

La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Veuillez réessayer ultérieurement ou contacter directement le destinataire.

Informations de diagnostic pour les administrateurs :
Serveur de génération : PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM
Remote Server returned '552 5.2.2 mailbox full'
""", kind="dsn", rcpt="guillaume.perrot@ville-saint-nazaire.fr", status="5.2.2",
  diag="smtp; 552 5.2.2 mailbox full", action="failed",
  orig_subject="[#SUP-067490] Messages automatiques", client="outlook")

M("automated", False, None, None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-orleans-tours.fr sender.",
  "Romain Blanchard <romain.blanchard@ac-orleans-tours.fr>", "Lu : [#SUP-067503] Compte en attente ?",
  """Votre message

  À : Romain Blanchard
  Objet : [#SUP-067503] Compte en attente ?
  Envoyé : mercredi 17 septembre 2025 10:12:44 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 17 septembre 2025 10:31:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""",
  kind="mdn", disp="displayed", orig_subject="[#SUP-067503] Compte en attente ?", client="outlook")

M("automated", False, None, None, False, "fr",
  "Thunderbird return receipt in French ('Accusé de réception'), disposition-notification.",
  "Corinne Lebrun <corinne.lebrun@wanadoo.fr>", "Accusé de réception (affiché) - [#SUP-067515] Alertes sur les offres",
  """Ceci est un accusé de réception pour le courriel que vous avez envoyé à corinne.lebrun@wanadoo.fr.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.""",
  kind="mdn", disp="displayed", orig_subject="[#SUP-067515] Alertes sur les offres", client="thunderbird")

M("automated", False, None, None, False, "fr",
  "Mailing list of an association of school librarians (List-Id, Precedence: list, List-Unsubscribe): not written to us.",
  "Liste Doc-Ouest <doc-ouest@listes.assoc-docs.org>", "[Doc-Ouest] Rencontres départementales du 1er octobre",
  """Chères et chers collègues,

Les rencontres départementales des professeurs documentalistes auront lieu le mercredi 1er octobre, de 14 h à 17 h, à la médiathèque de Saint-Brieuc. Au programme : éducation aux médias, désherbage des fonds, et un temps d'échange sur les bénévoles dans les BCD.

Inscriptions avant le 25 septembre via le formulaire habituel.

Le bureau

--
Vous recevez ce message car vous êtes abonné(e) à la liste doc-ouest.
Pour vous désabonner : https://listes.assoc-docs.org/sympa/signoff/doc-ouest""", kind="list",
  list_id="<doc-ouest.listes.assoc-docs.org>", client="plain8")

M("automated", False, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
  "Portail Support <noreply@support-portal.example.com>", "[SR-2025-05512] Mise à jour de votre demande : Transferts bloqués",
  """Bonjour,

Votre demande SR-2025-05512 a été mise à jour.

Commentaire de l'équipe :
« Le correctif a été déployé sur l'environnement de l'établissement. Merci de nous confirmer la reprise des transferts. »

Statut : En attente du client

--
Ceci est un message automatique, merci de ne pas y répondre directement.""", kind="notif", client="plain8")

M("automated", False, None, "espace_acheteur", False, "fr",
  "No-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>", "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur s'est inscrit et attend la validation de son compte :

Nom : Régine Martel
Structure : Collège Jean-Giono, Le Beausset
Date de la demande : 08/09/2025

Connectez-vous à l'Espace Acheteur pour valider ou refuser cette demande.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""", kind="notif", client="plain8")

M("automated", False, None, None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic. Region from the ac-nice.fr sender.",
  "Hélène Cauvin <helene.cauvin@ac-nice.fr>", "Absence",
  """Bonjour,

Je suis actuellement absente et n'aurai pas accès à ma messagerie avant le 29 septembre. Je vous répondrai dès mon retour.

Hélène Cauvin
Professeure documentaliste""", kind="ooo_plain", client="outlook", irt="SUP-067544")

M("automated", False, None, None, False, "en",
  "Delay warning from a relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
  "Mail Delivery System <MAILER-DAEMON@relay.assistance.example.fr>", "Delayed Mail (still being retried)",
  """This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<direction@ecole-vouvray.fr>: connect to mx.ecole-vouvray.fr[203.0.113.9]:25:
    Connection timed out
""", kind="dsn", rcpt="direction@ecole-vouvray.fr", status="4.4.1",
  diag="X-Postfix; connect to mx.ecole-vouvray.fr: Connection timed out", action="delayed",
  orig_subject="[#SUP-067559] Prouver que je ne suis pas un robot ?", client="plain8")

M("automated", False, None, None, True, "en",
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  "Mail Delivery System <Mailer-Daemon@smtp.mairie-hyeres.fr>", "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  l.vidal@mairie-hyeres.fr
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
Subject: [#SUP-067563] Accès au portail de tickets
""", kind="exim", client="plain8")

M("automated", False, None, None, True, "fr",
  "A MailInBlack challenge sent to the desk (our reply is held; 'prove you are human'): names MailInBlack but is machine-made, so automated, not mailinblack_spam.",
  "Mailinblack <no-reply@mailinblack.com>", "Validez votre message à destination de paulette.boucher@orange.fr",
  """Bonjour,

Vous avez envoyé un message à paulette.boucher@orange.fr. Ce destinataire est protégé par Mailinblack.

Pour que votre message soit délivré, merci de vous authentifier en cliquant sur le lien ci-dessous (cette opération n'est à faire qu'une seule fois) :

https://challenge.mailinblack.example/v/8Hq2xP

Ceci est un message automatique.""", kind="notif", client="plain8")

M("automated", False, None, None, False, "fr",
  "Gmail vacation responder of a retired volunteer who is only at the school on Tuesdays (Auto-Submitted: auto-replied).",
  "Monique Le Gall <monique.legall35@gmail.com>", "Re: [#SUP-067572] Accès au portail de la bibliothèque",
  """Bonjour,

Merci pour votre message. Je ne suis présente à la bibliothèque de l'école que le mardi après-midi et ne consulte ma messagerie que ce jour-là. Je vous répondrai dès que possible.

Monique Le Gall""", kind="ooo", client="gmail", irt="SUP-067572")

M("automated", False, None, "esignature", False, "fr",
  "E-signature platform notification: a convention has been signed by all parties. Auto-Submitted: auto-generated.",
  "Signature électronique <notifications@esignature.example.fr>", "Document signé : Convention d'adhésion 2025-2026",
  """Bonjour,

Le document « Convention d'adhésion 2025-2026 » a été signé par l'ensemble des signataires.

Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ce message vous est adressé automatiquement.""", kind="notif", client="plain8")

M("automated", False, None, None, False, "fr",
  "Outlook 'Non lu :' notice (message deleted without being read), disposition-notification; region from the ac-aix-marseille.fr sender.",
  "Rémi Fabre <remi.fabre@ac-aix-marseille.fr>", "Non lu : [#SUP-067588] Facture reçue en double",
  """Votre message

  À : Rémi Fabre
  Objet : [#SUP-067588] Facture reçue en double
  Envoyé : jeudi 18 septembre 2025 16:04:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été supprimé sans être lu le vendredi 19 septembre 2025 08:12:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""",
  kind="mdn", disp="deleted", orig_subject="[#SUP-067588] Facture reçue en double", client="outlook")

M("automated", False, None, None, False, "fr",
  "Gmail 'Delivery Status Notification (Failure)' localised in French ('Adresse introuvable'): multipart/report, typo in the domain.",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  """** Adresse introuvable **

Votre message n'a pas été distribué à yannick.guerin44@gmial.com, car le domaine gmial.com est introuvable. Vérifiez que l'adresse ne contient pas de fautes de frappe ni d'espaces inutiles, puis réessayez.

La réponse était :

DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN
""", kind="dsn", rcpt="yannick.guerin44@gmial.com", status="5.1.2",
  diag="smtp; DNS Error: NXDOMAIN", action="failed",
  orig_subject="[#SUP-067601] mot de passe oublié e-sidoc", client="plain8")

M("automated", False, None, None, False, "fr",
  "Bilingual out-of-office of an international lycée office (Auto-Submitted: auto-replied); mostly French; region from the ac-nice.fr sender.",
  "Secrétariat CIV <secretariat.civ@ac-nice.fr>", "Réponse automatique / Automatic reply",
  """Bonjour,
Le secrétariat est fermé le mercredi après-midi. Votre message sera traité dès jeudi matin.

Hello,
The office is closed on Wednesday afternoons. Your message will be dealt with on Thursday morning.""",
  kind="ooo", client="outlook", irt="SUP-067610")

M("automated", False, None, None, False, "fr",
  "Newsletter sent through a mailing service (List-Unsubscribe, Precedence: bulk) from a publisher; nobody writes to us.",
  "Éditions Ressources Jeunesse <newsletter@ressources-jeunesse.example.com>", "Nos nouveautés de la rentrée pour vos CDI",
  """Bonjour,

Découvrez nos nouveautés de la rentrée : romans graphiques, documentaires sur le climat et une nouvelle collection « Premiers pas en philosophie ».

Profitez de 10 % de remise jusqu'au 30 septembre.

Pour ne plus recevoir nos lettres d'information, cliquez ici : https://ressources-jeunesse.example.com/desinscription""",
  kind="list", list_id="<nouveautes.ressources-jeunesse.example.com>", client="plain8")
# -------------------------------------------------------------------------- other
M("other", False, None, None, False, "en",
  "English SEO spam.",
  "Ryan Blake <ryan@top-rank-seo.example.net>", "Quick question about your website",
  """Hi there,

I was looking at your website and noticed it is not ranking on the first page of Google for several important keywords. We can fix that within 30 days, guaranteed.

Would you be open to a quick 10-minute call this week?

Cheers,
Ryan""", client="gmail")

M("other", False, None, None, True, "fr",
  "Phishing: 'boîte pleine, confirmez votre mot de passe'. Mentions a password but is not password_reset; the look-alike domain ac-rennes-messagerie.com is not an académie domain, so no region.",
  "Messagerie Académique <securite@ac-rennes-messagerie.com>", "Votre boîte aux lettres est pleine",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la suppression de vos messages, confirmez votre mot de passe dans les 24 heures en cliquant ci-dessous :

https://ac-rennes-messagerie.com/verification

Service informatique académique""", client="plain8", auth="fail")

M("other", False, None, "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: the words 'mot de passe' and 'lien' appear but nothing is asked. Region from the ac-rennes.fr sender.",
  "Gaëlle Quéré <gaelle.quere@ac-rennes.fr>", "RE: [#SUP-067620] Compte e-sidoc bloqué",
  """Bonjour,

Tout fonctionne, le lien est arrivé et j'ai pu choisir un nouveau mot de passe. Merci mille fois pour votre rapidité, et encore pardon pour le dérangement.

Gaëlle Quéré

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : [#SUP-067620] Compte e-sidoc bloqué

Bonjour,
Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue pour votre établissement.
L'équipe d'assistance
""", client="outlook", irt="SUP-067620")

M("other", False, None, None, False, "fr",
  "'Bien reçu, merci.' from a phone: nothing to do. Region from the ac-nantes.fr sender.",
  "Thierry Pineau <thierry.pineau@ac-nantes.fr>", "Re: [#SUP-067633] Problème de mot de passe ?",
  """Bien reçu, merci beaucoup.

Envoyé de mon iPhone""", client="apple", irt="SUP-067633")

M("other", False, None, None, False, "fr",
  "A parent asks about the school canteen registration: wrong address, unrelated.",
  "Amandine Perrot <amandine.perrot85@hotmail.fr>", "Inscription cantine",
  """Bonjour,

Je me permets de vous écrire car je n'arrive pas à inscrire mon fils à la cantine pour les mercredis. Le site de la mairie me renvoie vers vous, il me semble.

Merci de votre réponse,
Amandine Perrot""", client="outlook")

M("other", False, None, None, False, "fr",
  "A retired volunteer asks for advice on which novels to buy for a school library: unrelated to the services.",
  "Simone Arnaud <simone.arnaud@laposte.net>", "Un conseil, si vous le permettez",
  """Bonjour,

Je suis bénévole depuis peu dans la bibliothèque d'une école de la banlieue d'Orléans, après une carrière d'institutrice.

Nous disposons d'un petit budget de 300 euros cette année. Auriez-vous, par hasard, une liste de romans recommandés pour des CM1-CM2 ? Je ne sais pas si c'est le genre de question que l'on vous pose.

Avec toute ma gratitude,
Simone Arnaud""", client="orange")

M("other", False, None, None, False, "fr",
  "Unsolicited internship application with a CV.",
  "Lucas Morel <lucas.morel.pro@gmail.com>", "Candidature spontanée – stage",
  """Madame, Monsieur,

Étudiant en BUT Information-Communication à Tours, je me permets de vous adresser ma candidature pour un stage de huit semaines à partir de janvier 2026.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien.

Veuillez agréer mes salutations respectueuses.

Lucas Morel""", client="gmail", attach=("CV_Lucas_Morel.pdf", "application/pdf"))

M("other", False, None, None, False, "fr",
  "A person asks to be removed from the newsletter: written by hand, so not automated.",
  "Jeanine Roussel <jeanine.roussel@sfr.fr>", "Désinscription",
  """Bonjour,

Pourriez-vous avoir l'amabilité de me retirer de votre liste de diffusion ? Je suis à la retraite depuis juin et ne m'occupe plus du CDI.

Merci et bonne continuation,
Jeanine Roussel""", client="thunderbird")

M("other", False, None, None, False, "fr",
  "Cold sales prospecting for library furniture, written to one person (no list headers): other, not automated.",
  "Marc Dufresne <m.dufresne@mobilier-biblio.example.fr>", "Aménagement de vos espaces lecture",
  """Bonjour,

Je me permets de vous contacter au sujet de l'aménagement des CDI et BCD de votre réseau. Notre société conçoit du mobilier de bibliothèque sur mesure, fabriqué en Vendée.

Seriez-vous disponible pour un rendez-vous téléphonique la semaine prochaine ?

Bien cordialement,
Marc Dufresne
Responsable commercial""", client="outlook")

M("other", False, None, None, False, "fr",
  "Complaint about an unanswered request that says nothing about the topic: no category can be told. Region from the ac-orleans-tours.fr sender.",
  "Jacques Berthier <jacques.berthier@ac-orleans-tours.fr>", "Toujours pas de réponse",
  """Bonjour,

Je me permets, très respectueusement mais avec une certaine lassitude, de vous signaler que ma demande de la semaine dernière est restée sans réponse.

Je ne doute pas que vous soyez débordés, mais je vous serais reconnaissant de bien vouloir me dire où elle en est.

Jacques Berthier""", client="zimbra")

M("other", False, None, "espace_acheteur", False, "fr",
  "Wants to register for a webinar on the Espace Acheteur, the link fails: other.",
  "Sabrina Colas <sabrina.colas@ac-nantes.fr>", "Webinaire de présentation",
  """Bonjour,

J'ai reçu l'invitation au webinaire de présentation de l'Espace Acheteur du 25 septembre, mais le lien d'inscription m'affiche une erreur. Y a-t-il une autre façon de s'inscrire ?

Merci,
Sabrina Colas""", client="zimbra")

M("other", False, None, "ticket_portal", False, "fr",
  "How to share a ticket with a colleague on the ticket portal: a how-to question with no category of its own.",
  "Denis Lagarde <denis.lagarde@ac-aix-marseille.fr>", "Partager un ticket",
  """Bonjour,

Sur votre portail de tickets, est-il possible de partager une demande avec un collègue, afin qu'il puisse suivre les réponses en mon absence ? Je n'ai pas trouvé l'option, mais je ne suis pas très doué.

Merci,
Denis Lagarde""", client="zimbra")

M("other", False, None, None, True, "fr",
  "Fake 'facture impayée' with an attachment from an unknown sender: phishing, not order_billing.",
  "Service Recouvrement <recouvrement@factures-relance.example.net>", "Facture impayée n° 2025-7781 – dernier rappel",
  """Madame, Monsieur,

Sauf erreur de notre part, la facture n° 2025-7781 reste impayée à ce jour. Veuillez trouver le document en pièce jointe et procéder au règlement sous 48 heures afin d'éviter des frais de recouvrement.

Service Recouvrement""", client="plain8", auth="fail", attach=("Facture_2025-7781.zip", "application/zip"))

M("other", False, None, None, False, "fr",
  "Personal message sent to the desk by address autocomplete. Region from the ac-rennes.fr sender.",
  "Yvonne Le Bihan <yvonne.lebihan@ac-rennes.fr>", "Dimanche",
  """Coucou Maryvonne,

Pour dimanche, c'est toujours d'accord ? J'apporte le far breton, tu t'occupes du cidre. Bises à Jean-Yves.

Yvonne""", client="zimbra")

M("other", False, None, None, False, "fr",
  "GDPR erasure request from a retired librarian: other (human review), not account_creation.",
  "Marie-Thérèse Caillaud <mt.caillaud@orange.fr>", "Suppression de mes données",
  """Madame, Monsieur,

Partie à la retraite en juillet après trente-deux ans comme documentaliste, je souhaiterais, en application du RGPD, que mes données personnelles soient supprimées de vos services.

Je vous remercie par avance et vous prie d'agréer mes salutations distinguées.

Marie-Thérèse Caillaud""", client="orange")

M("other", False, None, None, False, "en",
  "English partnership pitch from an edtech start-up, very indirect, quoting her own first mail (Gmail English quote style).",
  "Chloe Bennett <chloe@readingbuddy.example.io>", "Re: A possible collaboration?",
  """Hi again,

I just wanted to gently bring my previous message back to the top of your inbox, in case it got lost in the September rush. I would so love to hear whether a collaboration might be of any interest.

Warmly,
Chloe

On Tue, Sep 9, 2025 at 4:12 PM Chloe Bennett <chloe@readingbuddy.example.io> wrote:
> Hello,
> We are a small start-up helping school libraries run reading clubs.
> Might you be open to a short chat?
> Chloe""", client="gmail")

M("other", False, None, "esidoc", True, "fr",
  "Asks about training sessions for the portal; 'mot de passe' appears only in passing ('je n'ai aucun souci de mot de passe'): other, not password_reset.",
  "Brigitte Landais <brigitte.landais@ac-nantes.fr>", "Formation au portail ?",
  """Bonjour,

Je me permets de vous solliciter, sans être sûre que ce soit le bon canal.

Je n'ai aucun souci de mot de passe ni d'accès, tout fonctionne ; mais je me sens un peu perdue dans l'administration du portail, que je découvre cette année. Existe-t-il des formations, en ligne ou en présentiel, pour les nouveaux documentalistes ?

Merci beaucoup,
Brigitte Landais""", client="zimbra")

M("other", False, None, "ecoledirecte", False, "fr",
  "Thanks for fixing the transfers: mentions EcoleDirecte transfers but asks nothing (not transfer_incident).",
  "Pierrick Le Goff <pierrick.legoff@ndmenimur.fr>", "RE: [#SUP-067655] Transferts EcoleDirecte",
  """Bonjour,

Les transferts vers EcoleDirecte ont repris cette nuit et les familles voient de nouveau les notes. Un grand merci pour votre aide, et pardon pour mon insistance de la semaine dernière.

Pierrick Le Goff""", client="outlook", irt="SUP-067655")


# ---------------------------------------------------------------------------
# Wrapping the texts in mail
# ---------------------------------------------------------------------------
TZ = timezone(timedelta(hours=2))
SUPPORT = "Assistance <support@assistance.example.fr>"


def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def addr_hdr(value):
    name, addr = parseaddr(value)
    return formataddr((name, addr), charset="utf-8") if name else addr


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def html_outlook(text):
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office">',
           "<head>", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           "<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
           'font-family:"Calibri",sans-serif;}--></style>', "</head>",
           '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
           '<div class="WordSection1">']
    for line in text.split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{html.escape(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def html_simple(text, wrapper='<div dir="ltr">'):
    lines, out, inq = text.split("\n"), [wrapper], False
    for line in lines:
        quoted = line.startswith(">")
        if quoted and not inq:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            inq = True
        if not quoted and inq:
            out.append("</blockquote>")
            inq = False
        body = html.escape(line.lstrip("> ") if quoted else line)
        out.append((body or "") + "<br>")
    if inq:
        out.append("</blockquote>")
    out.append("</div>")
    return "<html><head></head><body>" + "\n".join(out) + "</body></html>\n"


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=""):
    data = text.encode(charset)
    if cte == "quoted-printable":
        payload = qp(data)
    elif cte == "base64":
        payload = b64(data)
    else:
        payload = data.decode(charset)
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n"
    return head, payload


def boundary(tag):
    return f"----=_{tag}_{RNG.getrandbits(64):016x}"


def multipart(subtype, parts, tag, params=""):
    b = boundary(tag)
    head = f"Content-Type: multipart/{subtype};{params}\n boundary=\"{b}\"\n"
    body = "This is a multi-part message in MIME format.\n\n"
    for ph, pp in parts:
        body += f"--{b}\n{ph}\n{pp}"
        if not pp.endswith("\n"):
            body += "\n"
    body += f"--{b}--\n"
    return head, body


def fake_attachment(name, ctype):
    if ctype == "application/pdf":
        data = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    else:
        data = bytes(RNG.getrandbits(8) for _ in range(180))
    head = (f"Content-Type: {ctype}; name=\"{name}\"\nContent-Disposition: attachment; "
            f"filename=\"{name}\"\nContent-Transfer-Encoding: base64\n")
    return head, b64(data)


def body_for_client(client, text, charset):
    if client == "outlook":
        return multipart("alternative", [leaf("text/plain", text), leaf("text/html", html_outlook(text))], "Part")
    if client == "outlook_html":
        return leaf("text/html", html_outlook(text).replace("charset=utf-8", f"charset={charset}"), charset=charset)
    if client == "gmail":
        return multipart("alternative", [leaf("text/plain", text), leaf("text/html", html_simple(text))], "gm")
    if client == "zimbra":
        z = html_simple(text, '<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt">')
        return multipart("alternative", [leaf("text/plain", text), leaf("text/html", z)], "zimbra")
    if client == "thunderbird":
        return leaf("text/plain", text, cte="8bit", extra="; format=flowed")
    if client in ("apple", "orange"):
        return leaf("text/plain", text)
    if client in ("android", "b64"):
        return leaf("text/plain", text, cte="base64")
    if client == "latin1":
        return leaf("text/plain", text, charset="iso-8859-1", cte="8bit")
    return leaf("text/plain", text, cte="8bit" if not text.isascii() else "7bit")


CLIENT_HEADERS = {
    "outlook": ["Thread-Index: {ti}", "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
                "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "],
    "outlook_html": ["Thread-Index: {ti}", "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
                     "X-MS-Has-Attach: "],
    "gmail": [],
    "zimbra": ["X-Mailer: Zimbra 10.0.13_GA_4837 (ZimbraWebClient - FF142 (Win)/10.0.13_GA_4837)",
               "Thread-Index: {ti}"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"],
    "apple": ["X-Mailer: iPhone Mail (22G86)"],
    "orange": ["X-Mailer: Open-Xchange Mailer v7.10.6-Rev71"],
    "android": ["X-Mailer: Outlook for Android"],
    "b64": ["X-Mailer: iPhone Mail (22G90)"],
    "latin1": ["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1"],
    "plain8": [],
}


def dsn_body(m, frm_addr, date):
    kw = m["kw"]
    text = m["body"]
    mta = frm_addr.split("@", 1)[1]
    status = ["Reporting-MTA: dns; " + mta, "Arrival-Date: " + format_datetime(date - timedelta(minutes=3)), "",
              "Final-Recipient: rfc822; " + kw["rcpt"], "Action: " + kw["action"],
              "Status: " + kw["status"], "Diagnostic-Code: " + kw["diag"]]
    orig_id = f"<SUP-{RNG.randrange(60000, 69999):06d}.{RNG.getrandbits(32):08x}@assistance.example.fr>"
    orig_hdrs = (f"From: {SUPPORT}\nTo: <{kw['rcpt']}>\nSubject: {hdr(kw['orig_subject'])}\n"
                 f"Date: {format_datetime(date - timedelta(minutes=4))}\nMessage-ID: {orig_id}\n"
                 "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n")
    parts = [leaf("text/plain", text, cte="quoted-printable" if not text.isascii() else "7bit"),
             ("Content-Type: message/delivery-status\n", "\n".join(status) + "\n")]
    if kw["action"] == "delayed":
        parts.append(("Content-Type: text/rfc822-headers\n", orig_hdrs))
    else:
        orig = (orig_hdrs + "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                + qp("Bonjour,\n\nNous avons bien reçu votre demande et revenons vers vous rapidement.\n\n"
                     "L'équipe d'assistance\n".encode("utf-8")))
        parts.append(("Content-Type: message/rfc822\n", orig))
    return multipart("report", parts, "dsn", params=" report-type=delivery-status;")


def mdn_body(m, frm_addr, date):
    kw = m["kw"]
    disp = ("manual-action/MDN-sent-manually; displayed" if kw["disp"] == "displayed"
            else "automatic-action/MDN-sent-automatically; deleted")
    orig_id = f"<SUP-{RNG.randrange(60000, 69999):06d}.{RNG.getrandbits(32):08x}@assistance.example.fr>"
    report = (f"Reporting-UA: {frm_addr.split('@')[1]}; Mail client\nFinal-Recipient: rfc822;{frm_addr}\n"
              f"Original-Message-ID: {orig_id}\nDisposition: {disp}\n")
    parts = [leaf("text/plain", m["body"]), ("Content-Type: message/disposition-notification\n", report)]
    return multipart("report", parts, "mdn", params=" report-type=disposition-notification;")


def build(m, date):
    kw = m["kw"]
    client = kw.get("client", "plain8")
    kind = kw.get("kind")
    frm = expand(m["frm"])
    _, frm_addr = parseaddr(frm)
    domain = frm_addr.split("@", 1)[1].lower()
    subject = expand(m["subject"])
    text = expand(m["body"])
    m["body"] = text
    if "google" in domain or domain in ("gmail.com", "googlemail.com"):
        relay = f"mail-wr1-f{RNG.randrange(40, 70)}.google.com"
    elif client in ("outlook", "outlook_html"):
        relay = f"PAUP264CU{RNG.randrange(1, 9):03d}.outbound.protection.outlook.com"
    else:
        relay = f"smtp{RNG.randrange(1, 4)}.{domain}"
    ip = f"{RNG.choice(['192.0.2', '198.51.100', '203.0.113'])}.{RNG.randrange(2, 250)}"
    qid = "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(15))
    null_rp = kind in ("dsn", "exim", "mdn")
    if kw.get("auth") == "fail":
        auth = f"dkim=none;\n\tspf=fail smtp.mailfrom={domain};\n\tdmarc=fail (p=reject dis=none) header.from={domain}"
    elif null_rp:
        auth = f"dkim=none;\n\tspf=pass smtp.helo={relay};\n\tdmarc=none"
    else:
        auth = (f"dkim=pass (2048-bit key) header.d={domain};\n\tspf=pass smtp.mailfrom={domain};\n"
                f"\tdmarc=pass (p=none dis=none) header.from={domain}")
    lines = [f"Return-Path: <{'' if null_rp else frm_addr}>",
             "Delivered-To: support@assistance.example.fr",
             f"Received: from {relay} ({relay} [{ip}])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {qid}\n"
             f"\tfor <support@assistance.example.fr>; {format_datetime(date + timedelta(seconds=9))}",
             "Authentication-Results: mx1.assistance.example.fr;\n\t" + auth,
             "From: " + addr_hdr(frm), "To: " + SUPPORT]
    if kw.get("cc"):
        lines.append("Cc: " + addr_hdr(expand(kw["cc"])))
    if kw.get("reply_to"):
        lines.append("Reply-To: " + kw["reply_to"])
    lines.append("Subject: " + hdr(subject))
    lines.append("Date: " + format_datetime(date))
    lines.append(f"Message-ID: <{RNG.getrandbits(64):016X}@{domain}>")
    if kw.get("irt"):
        ref = f"<{kw['irt']}.{int(date.timestamp()) - RNG.randrange(3600, 400000)}.{RNG.getrandbits(24):06x}@assistance.example.fr>"
        lines += ["In-Reply-To: " + ref, "References: " + ref]
    lines.append("MIME-Version: 1.0")
    ti = base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(22))).decode()
    lines += [h.format(ti=ti) for h in CLIENT_HEADERS[client]]
    if client.startswith("outlook"):
        lines.insert(lines.index("MIME-Version: 1.0"), "Thread-Topic: " + hdr(subject))
    if kind == "ooo":
        if client == "outlook":
            lines += ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]
        else:
            lines += ["Auto-Submitted: auto-replied", "Precedence: bulk"]
    elif kind == "ooo_zimbra":
        lines += ["Auto-Submitted: auto-replied (zimbra; vacation)"]
    elif kind == "notif":
        lines += ["Auto-Submitted: auto-generated", "Precedence: bulk", "X-Auto-Response-Suppress: All"]
    elif kind == "list":
        lid = kw["list_id"]
        lines += [f"List-Id: {lid}", f"List-Unsubscribe: <mailto:unsubscribe-{lid.strip('<>')}@example.org>",
                  "Precedence: list"]
    elif kind == "dsn":
        lines += ["Auto-Submitted: auto-replied"]
    elif kind == "exim":
        lines += ["X-Failed-Recipients: " + text.split("failed:\n\n  ")[1].split("\n")[0]]

    if kind == "dsn":
        head, payload = dsn_body(m, frm_addr, date)
    elif kind == "mdn":
        head, payload = mdn_body(m, frm_addr, date)
    else:
        head, payload = body_for_client(client, text, kw.get("charset", "utf-8"))
    if kw.get("attach"):
        head, payload = multipart("mixed", [(head, payload), fake_attachment(*kw["attach"])], "mixed")
    raw = "\n".join(lines) + "\n" + head + "\n" + payload
    charset = "iso-8859-1" if client == "latin1" else kw.get("charset", "utf-8")
    return raw.encode(charset if client in ("latin1",) else "utf-8")


def main():
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    days = [d for d in range(1, 31) if datetime(2025, 9, d).weekday() < 5]
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        day = RNG.choice(days) if RNG.random() < 0.9 else RNG.choice([6, 7, 13, 14, 20, 21, 27, 28])
        date = datetime(2025, 9, day, RNG.randrange(7, 22), RNG.randrange(60), RNG.randrange(60), tzinfo=TZ)
        name = f"h{n:03d}.eml"
        raw = build(m, date)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        uai = m["uai"] + check_letter(m["uai"]) if m["uai"] else None
        if uai:
            region = DEPT[uai[:3]]
        else:
            region = region_of_address(parseaddr(expand(m["frm"]))[1])
        labels.append({"file": name, "category": m["cat"], "auto_reply_ok": m["ok"], "uai": uai,
                       "region": region, "platform": m["platform"], "hard": m["hard"],
                       "lang": m["lang"], "notes": expand(m["notes"])})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    self_check()


# ---------------------------------------------------------------------------
# Checks of our own output
# ---------------------------------------------------------------------------
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3}) ?(\d{4}) ?([A-Za-z])(?![0-9A-Za-z])")
AUTO_OK_POSSIBLE = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                    "account_creation", "subscription_activation"}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def texts_of(msg):
    out = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def self_check():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh]
    assert len(labels) == 150, len(labels)
    assert [lab["file"] for lab in labels] == [f"h{i:03d}.eml" for i in range(1, 151)]
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert emls == [f"h{i:03d}.eml" for i in range(1, 151)], len(emls)
    regions = set(DEPT.values())
    for lab in labels:
        f = lab["file"]
        assert list(lab) == KEYS, f
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        assert lab["category"] in AUTO_OK_POSSIBLE or not lab["auto_reply_ok"], f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert lab["region"] is None or lab["region"] in regions, f
        assert lab["notes"].strip(), f
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Date"] and msg["Message-ID"] and msg["Subject"] is not None, f
        text = texts_of(msg)
        assert len(text) > 40, f
        found_valid = set()
        for m in UAI_RE.finditer(text):
            digits, letter = m.group(1) + m.group(2), m.group(3).upper()
            if digits[:3] not in DEPT:
                continue
            code = digits + letter
            if letter == check_letter(digits):
                found_valid.add(code)
            else:
                assert code in lab["notes"] and "wrong check letter" in lab["notes"], (f, code)
                assert lab["uai"] != code, f
        if lab["uai"]:
            assert lab["uai"][-1] == check_letter(lab["uai"][:7]), f
            assert lab["uai"] in found_valid, (f, lab["uai"], found_valid)
            assert lab["region"] == DEPT[lab["uai"][:3]], f
        else:
            sender = parseaddr(str(msg["From"]))[1]
            assert lab["region"] == region_of_address(sender), (f, sender, lab["region"])
        if lab["category"] == "automated":
            assert not lab["auto_reply_ok"], f
    cats = {lab["category"] for lab in labels}
    assert cats == CATEGORIES, CATEGORIES - cats
    n_en = sum(lab["lang"] == "en" for lab in labels)
    assert 8 <= n_en <= 16, n_en
    print("ok: 150 mails;", {c: sum(lab["category"] == c for lab in labels) for c in sorted(CATEGORIES)},
          "english:", n_en)


if __name__ == "__main__":
    main()

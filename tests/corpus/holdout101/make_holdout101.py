#!/usr/bin/env python3
"""Build holdout101: 150 hand-written support mails from the Toussaint 2024 break.

Theme: the autumn holidays (Saturday 19 October - Monday 4 November 2024).
Mail piled up in the support mailbox during the break and is read on the
Monday of return. Several writers sent two mails about the same problem some
days apart, without quoting the first one.

Every mail text below is written by hand. The script only wraps each text in
headers, encodes it the way the named mail client would, writes h001.eml ...
h150.eml and labels.jsonl, then re-reads everything and checks it.

In the texts, [[1234567]] stands for the UAI 1234567 followed by its check
letter (computed as regions.md says) and [[1234567|l]] for the same code in
lower case. Codes with a deliberately wrong letter are written out literally.

Standard library only; deterministic (random.Random with a fixed seed).
"""
import datetime as dt
import email
import email.policy
import email.utils
import json
import os
import random
import re
import sys
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(101_2024)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
AUTO_ALLOWED = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}

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
REGION_DOMAINS = {
    "auvergne-rhone-alpes": "ac-clermont.fr ac-grenoble.fr ac-lyon.fr",
    "bourgogne-franche-comte": "ac-besancon.fr ac-dijon.fr",
    "bretagne": "ac-rennes.fr",
    "centre-val-de-loire": "ac-orleans-tours.fr",
    "corse": "ac-corse.fr",
    "grand-est": "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr",
    "hauts-de-france": "ac-amiens.fr ac-lille.fr",
    "ile-de-france": "ac-creteil.fr ac-paris.fr ac-versailles.fr",
    "normandie": "ac-normandie.fr ac-caen.fr ac-rouen.fr",
    "nouvelle-aquitaine": "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr",
    "occitanie": "ac-montpellier.fr ac-toulouse.fr",
    "pays-de-la-loire": "ac-nantes.fr",
    "provence-alpes-cote-d-azur": "ac-aix-marseille.fr ac-nice.fr",
    "guadeloupe": "ac-guadeloupe.fr", "martinique": "ac-martinique.fr",
    "guyane": "ac-guyane.fr", "la-reunion": "ac-reunion.fr",
    "mayotte": "ac-mayotte.fr",
}
DEPT2REGION = {}
for _r, _d in REGION_DEPTS.items():
    for _x in _d.split():
        DEPT2REGION[_x if len(_x) == 3 else "0" + _x] = _r
DOMAIN2REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}


def check_letter(digits):
    return LETTERS[int(digits) % 23]


def uai(digits):
    return digits + check_letter(digits)


def valid_uai(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and code[7] == check_letter(code[:7])


def expand(text):
    def rep(m):
        code = uai(m.group(1))
        return code.lower() if m.group(2) else code
    return re.sub(r"\[\[(\d{7})(\|l)?\]\]", rep, text)


MAILS = []


def M(cat, ok, uai_digits, region, platform, lang, hard, notes, frm, subject,
      date, body, fmt="plain", tz=None, mailer=None, headers=None, html=None,
      to="support@assistance.example.fr", auth="pass", return_path=None):
    """Record one hand-written mail. date is 'MM-DD HH:MM' in 2024."""
    MAILS.append(dict(cat=cat, ok=ok, uai=uai_digits, region=region,
                      platform=platform, lang=lang, hard=hard, notes=notes,
                      frm=frm, subject=subject, date=date, body=body, fmt=fmt,
                      tz=tz, mailer=mailer, headers=headers or [], html=html,
                      to=to, auth=auth, return_path=return_path))

# ---------------------------------------------------------------- h001-h040

M("automated", False, None, None, None, "fr", False,
  "Out-of-office of a documentaliste for the whole Toussaint break (Auto-Submitted present).",
  "Agnès Pommier <agnes.pommier@college-les-tilleuls.fr>",
  "Réponse automatique : Abonnements 2025", "10-19 08:02",
  """Bonjour,

Je suis absente pendant les vacances de la Toussaint, du 19 octobre au
3 novembre inclus. Le CDI rouvre le lundi 4 novembre.

Votre message sera traité à mon retour.

Agnès Pommier
CDI - Collège Les Tilleuls
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  mailer="Microsoft Outlook 16.0")

M("password_reset", True, "0383114", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "First of a pair (see h009): lost e-sidoc admin password the day before the break, UAI in the body.",
  "Romain Chabert <romain.chabert@ac-grenoble.fr>",
  "mot de passe portail CDI", "10-18 16:47",
  """Bonjour,

Je voulais préparer la sélection de romans pour la rentrée pendant les
vacances mais le mot de passe d'administration de notre portail e-sidoc ne
passe plus. Ma collègue qui l'avait créé est partie en mutation en
septembre.

Notre RNE : [[0383114]] (collège du Grésivaudan).

Est-ce qu'il est possible de recevoir un lien pour le réinitialiser ?

Merci d'avance et bonnes vacances à vous,
Romain Chabert
prof doc
""", mailer="Mozilla Thunderbird")

M("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", False,
  "Buyer in a town hall: the Espace Acheteur activation mail never arrived; no anti-spam product named.",
  "Service achats - Mairie de Lanvollon <achats@mairie-lanvollon.fr>",
  "Pas reçu le mail d'activation", "10-21 09:31",
  """Bonjour,

J'ai créé un compte sur l'Espace Acheteur jeudi dernier pour la mairie de
Lanvollon. On m'a dit que j'allais recevoir un mail pour activer le compte,
je n'ai rien eu. J'ai regardé dans le courrier indésirable, rien non plus.
Ma collègue est en congés cette semaine donc je suis seule pour passer les
commandes de fin d'année, et j'aimerais bien pouvoir me connecter.

Cordialement,

Maryvonne Le Goff
Service achats
Mairie de Lanvollon
02 96 70 ** **
""", fmt="html", mailer="Microsoft Outlook 16.0")

M("automated", False, None, "normandie", None, "fr", False,
  "Zimbra vacation reply from an académie webmail; region from the ac-normandie.fr sender.",
  "Stéphane Hue <stephane.hue@ac-normandie.fr>",
  "Absence : Re: [#SUP-118204] Votre demande", "10-21 10:05",
  """Je suis en congés jusqu'au 4 novembre. Pour toute urgence concernant
le lycée, merci de contacter le secrétariat de direction.

Stéphane Hue
""", headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"),
              ("In-Reply-To", "<SUP-118204.1729497600.a1f3@assistance.example.fr>")])

M("subscription_activation", True, "0596127", "hauts-de-france", "esidoc", "fr", False,
  "Europresse ordered on Friday 18, not visible on Monday 21: still within 72 hours.",
  "CDI Lycée Baggio <cdi.baggio@gmail.com>",
  "Europresse pas encore visible", "10-21 08:12",
  """Bonjour,

Nous avons commandé l'abonnement Europresse vendredi matin (18/10) via votre
boutique. Ce lundi il n'apparaît toujours pas dans la liste des ressources
de notre portail. Est-ce normal ? Faut-il faire quelque chose de notre côté
pour l'afficher aux élèves ?

Établissement : [[0596127]]

Merci,
L'équipe du CDI
""", mailer="Gmail")

M("other", False, None, None, None, "fr", False,
  "Asks whether the desk is open during the holidays: nothing to solve, no category of its own.",
  "Benoît Carrère <b.carrere@orange.fr>",
  "Ouverture pendant les vacances ?", "10-19 11:20",
  """Bonjour,

Une petite question : est-ce que votre assistance fonctionne pendant les
vacances scolaires ? Je risque d'avoir besoin de vous la semaine prochaine
et je préfère savoir si je dois attendre la rentrée.

Merci
B. Carrère
""", mailer="Orange Mail")

M("automated", False, None, None, "espace_acheteur", "fr", False,
  "Holiday newsletter from the buyer space: List-Id, List-Unsubscribe, Precedence bulk.",
  "Espace Acheteur - Actualités <newsletter@espace-acheteur.example.fr>",
  "Spécial Toussaint : vos marchés de fin d'année", "10-22 07:00",
  """Lettre d'information - octobre 2024

Les vacances sont l'occasion de préparer vos commandes de fin d'exercice.
Pensez-y : les bons de commande doivent être validés avant le 13 décembre
pour une livraison en janvier.

Au sommaire :
- Nouveau marché fournitures de bureau (lot 3) ;
- Webinaire « Bien clôturer son exercice » le 7 novembre ;
- Rappel : calendrier de mandatement.

Vous recevez cette lettre car vous êtes inscrit aux actualités de l'Espace
Acheteur. Se désinscrire : https://espace-acheteur.example.fr/desinscription
""", fmt="alt", headers=[("List-Id", "Actualites Espace Acheteur <actus.espace-acheteur.example.fr>"),
                        ("List-Unsubscribe", "<https://espace-acheteur.example.fr/desinscription?u=9f31>"),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                        ("Precedence", "bulk")])

M("transfer_incident", False, "0312741", "occitanie", "ecoledirecte", "fr", False,
  "Gestionnaire finds EcoleDirecte transfers stopped since the server was switched off for the break.",
  "Nadia Ferhat <gestion.0312741@etab-prive-toulouse.fr>",
  "Transferts bloqués depuis les vacances", "11-04 07:58",
  """Bonjour,

Le serveur de l'établissement a été éteint pendant les vacances (coupure
électrique programmée le 28). Depuis qu'on l'a rallumé ce matin, les
transferts vers EcoleDirecte ne partent plus : le dernier date du 18
octobre. Les parents vont vouloir voir les notes du premier trimestre.

J'ai relancé Charlemagne Outils deux fois, même résultat : « échec de la
connexion au serveur de transfert ».

Institution Saint-Exupéry, UAI [[0312741]].

Merci de votre aide rapide,
Nadia Ferhat
Gestionnaire
""", mailer="Microsoft Outlook 16.0")

M("password_reset", False, "0383114", "auvergne-rhone-alpes", "esidoc", "fr", True,
  "Second mail of the pair (h002), ten days later, not quoting it: explicitly asks for a person to call him, since he already wrote and nothing worked; no automatic answer.",
  "Romain Chabert <romain.chabert@ac-grenoble.fr>",
  "RE mot de passe portail - 2e demande", "10-28 14:03",
  """Bonjour,

Je vous ai écrit avant les vacances pour le mot de passe d'administration du
portail (collège du Grésivaudan, [[0383114]]). Entre-temps j'ai essayé
« mot de passe oublié » avec toutes les adresses possibles et rien ne
marche, je suppose que c'est l'adresse de ma collègue partie qui est
enregistrée.

Est-ce que quelqu'un pourrait m'appeler ? Je suis au collège lundi toute la
journée : 04 76 ** ** **.

Romain Chabert
""", mailer="Mozilla Thunderbird")

M("automated", False, None, None, None, "en", False,
  "Postfix bounce: the librarian's address no longer exists (null Return-Path, multipart/report).",
  "Mail Delivery System <MAILER-DAEMON@mx.lycee-montaigne-bdx.fr>",
  "Undelivered Mail Returned to Sender", "10-22 15:40",
  "BOUNCE:lycee-montaigne-bdx.fr:v.lafargue:[#SUP-118377] Votre abonnement Universalis",
  fmt="bounce", return_path="<>", auth="none")

M("mailinblack_spam", True, "0440871", "pays-de-la-loire", "espace_acheteur", "fr", False,
  "MailInBlack named: the activation mail sits in the MailInBlack quarantine.",
  "Yann Guérin <yann.guerin@lycee-carcouet.fr>",
  "Mails bloqués par Mailinblack", "10-22 10:18",
  """Bonjour,

Notre lycée (UAI [[0440871]]) est passé sous Mailinblack pendant les
vacances, c'est le service informatique de la Région qui l'a installé. Du
coup le mail d'activation de l'Espace Acheteur est resté dans la
quarantaine et le lien a expiré avant que je le voie.

Quelle adresse faut-il ajouter à la liste blanche pour que ça n'arrive plus ?

Merci,
Yann Guérin
Gestionnaire adjoint
""")

M("head_of_establishment_request", False, "0750612", "ile-de-france", "esidoc", "fr", False,
  "The proviseure writes from the ce.<UAI> address to have the admin contact address changed after the librarian's departure.",
  "Proviseure Lycée Voltaire <ce.[[0750612]]@ac-paris.fr>",
  "Changement d'adresse de contact - portail documentaire", "10-25 11:44",
  """Madame, Monsieur,

Notre professeure documentaliste, Mme Delorme, a quitté l'établissement à
la fin du mois de septembre. L'adresse de contact associée au compte
administrateur de notre portail e-sidoc est encore la sienne.

Je vous demande de bien vouloir remplacer cette adresse par celle de
l'établissement, ce.[[0750612]]@ac-paris.fr, et de réinitialiser le mot de
passe afin que son successeur, M. Tessier, puisse reprendre la main à la
rentrée du 4 novembre.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Hélène Marchetti
Proviseure
Lycée Voltaire - [[0750612]]
""", fmt="qp", mailer="Zimbra")

M("automated", False, None, None, None, "fr", True,
  "Out-of-office set by a client-side rule: no Auto-Submitted or Precedence; only the wording shows it is automatic. Mentions a password.",
  "Julie Ranson <julie.ranson@mairie-pornichet.fr>",
  "Absente jusqu'au 4 novembre", "10-23 09:00",
  """Bonjour,

Je suis actuellement en congés et je n'ai pas accès à ma messagerie.
Je serai de retour le lundi 4 novembre.

Pour les demandes de bons de commande, merci de vous adresser à
Mme Perrot (commande.publique@mairie-pornichet.fr). Pour les mots de
passe de l'Espace Acheteur, il faudra attendre mon retour.

Julie Ranson
""")

M("missing_noreply_mail", True, "0171390", "nouvelle-aquitaine", "esidoc", "fr", False,
  "The new-password mail for the e-sidoc admin never came, junk folder not checked yet; no product named.",
  "Sylvie Renaudin <sylvie.renaudin@ac-poitiers.fr>",
  "Mail de réinitialisation jamais reçu", "10-24 20:15",
  """Bonsoir,

J'ai demandé un nouveau mot de passe pour le portail du CDI (collège
Fromentin, [[0171390]]) mardi, puis de nouveau ce soir. Aucun mail ne
m'arrive. Je profite des vacances pour refaire les paniers de prêt, donc
ce serait bien que je puisse y accéder avant le 4.

Je n'ai pas pensé à regarder les spams, je le fais demain sur l'ordinateur
du collège mais je préfère vous prévenir.

Sylvie Renaudin
""", mailer="iPhone Mail (21G93)")

M("other", False, None, None, None, "fr", False,
  "Phishing themed on the holidays ('your academic mailbox will be deactivated during the break'); look-alike domain, not an académie domain.",
  "Service Messagerie Académique <securite@ac-messagerie-maj.com>",
  "URGENT : votre boîte sera désactivée pendant les congés", "10-20 03:12",
  """Cher utilisateur,

Dans le cadre de la maintenance des vacances d'automne, toutes les boîtes
non vérifiées seront désactivées le 25/10/2024.

Pour conserver votre messagerie et vos mots de passe, cliquez ici et
confirmez vos identifiants :
https://ac-messagerie-maj.com/verif/compte

Sans action de votre part vos messages seront perdus.

L'équipe informatique
""", fmt="html", auth="fail")

M("account_creation", True, None, None, "espace_acheteur", "fr", False,
  "Wants to open a buyer account for the CCAS before year-end orders: the sign-up answer fits.",
  "Florence Baudry <f.baudry@ccas-vitre.fr>",
  "Création d'un compte acheteur", "10-22 14:26",
  """Bonjour,

Je travaille au CCAS de Vitré et nous souhaiterions utiliser l'Espace
Acheteur pour nos commandes de fournitures. Comment faut-il procéder pour
créer un compte ? Faut-il une délibération ou un document particulier ?

Bien cordialement,

Florence Baudry
Responsable administrative et financière
CCAS de Vitré
""", fmt="alt", mailer="Microsoft Outlook 16.0")

M("order_billing", False, "0693877", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Needs the quote before the agent comptable closes commitments; written during the break.",
  "Intendance Lycée Ampère <int.[[0693877]]@ac-lyon.fr>",
  "Devis renouvellement portail 2025", "10-23 10:50",
  """Bonjour,

Pourriez-vous nous adresser un devis pour le renouvellement de
l'abonnement au portail documentaire pour 2025 ? L'agent comptable
souhaite engager la dépense avant le 15 novembre.

Lycée Ampère - UAI [[0693877]]
Service intendance
""")

M("automated", False, None, None, None, "fr", False,
  "Exchange out-of-office of a principal during the break; mentions an order authorisation but is automatic.",
  "Pascal Domenech <pascal.domenech@college-jean-jaures-perpignan.fr>",
  "Réponse automatique : Autorisation commande", "10-24 16:33",
  """Bonjour,

Je suis absent jusqu'au lundi 4 novembre inclus. Pour toute question
urgente (autorisation de commande, signature), vous pouvez joindre mon
adjointe, Mme Vidal.

Cordialement,
Pascal Domenech
Principal
""", fmt="alt", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  mailer="Microsoft Outlook 16.0")

M("password_reset", True, "0930721", "ile-de-france", "esidoc", "en", False,
  "English; an assistant teacher cannot log in to the back office, UAI given.",
  "Megan O'Connor <megan.oconnor@ac-creteil.fr>",
  "Can't log in to the library portal", "10-25 12:10",
  """Hello,

I'm the English language assistant at Collège Paul Éluard and I help the
librarian with the portal. During the holidays I wanted to add the new
graphic novels, but the admin password we have on our sheet is rejected.
The login is the school code [[0930721]].

Could you send a reset link? The librarian, Ms Brunet, says the reset
should go to the school's address.

Thanks a lot,
Megan
""", mailer="Gmail")

M("other", False, None, None, None, "fr", False,
  "Holiday greetings and thanks; nothing asked.",
  "Mireille Castang <mireille.castang@wanadoo.fr>",
  "Merci et bonnes vacances", "10-18 17:55",
  """Bonjour Thomas,

Juste un petit mot pour vous remercier de votre aide cette semaine,
tout fonctionne parfaitement maintenant. Bonnes vacances à toute l'équipe !

Mireille
""", mailer="Orange Mail")

M("missing_noreply_mail", True, None, "bretagne", "espace_acheteur", "fr", False,
  "First of a pair (h046): no notification mail from the no-reply address since the 18th; region from ac-rennes.fr.",
  "Gwenaëlle Tanguy <gwenaelle.tanguy@ac-rennes.fr>",
  "notifications", "10-21 13:02",
  """bonjour je ne reçois plus aucune notification de validation des
commandes depuis vendredi. avant je les avais bien. est ce que vous avez
changé d'adresse d'envoi ?
merci
G. Tanguy, adjointe gestionnaire
""", fmt="b64", mailer="Android Mail")

M("contract_documents", False, None, None, "espace_acheteur", "fr", False,
  "Cannot find the CCTP of the school-furniture market in 'Mes Marchés'; written during the break to prepare the year-end order.",
  "Olivier Sarrazin <o.sarrazin@departement-ardeche.fr>",
  "CCTP mobilier scolaire introuvable", "10-23 15:07",
  """Bonjour,

Je profite des vacances pour préparer la commande de mobilier des collèges.
Dans « Mes Marchés », le marché 2023-0417 « Mobilier scolaire » apparaît
bien, mais le CCTP n'est plus dans la liste des pièces, seulement l'acte
d'engagement et le BPU.

Pouvez-vous le remettre en ligne ou me l'envoyer ?

Olivier Sarrazin
Direction de l'éducation - Département de l'Ardèche
""", fmt="html", mailer="Microsoft Outlook 16.0")

M("automated", False, None, None, "esidoc", "fr", False,
  "No-reply product notification (subscription ends soon) copied to the desk: automatic.",
  "e-sidoc <no-reply@esidoc.example.fr>",
  "Votre abonnement arrive à échéance le 31/12/2024", "10-26 06:00",
  """Bonjour,

L'abonnement de votre établissement au portail arrive à échéance le
31/12/2024. Pour garantir la continuité du service, pensez à le renouveler
depuis votre espace client.

Ceci est un message automatique, merci de ne pas y répondre.
""", fmt="alt", headers=[("Auto-Submitted", "auto-generated")])

M("subscription_activation", False, "0130945", "provence-alpes-cote-d-azur", "esidoc", "fr", True,
  "Universalis ordered on 15 October, still not visible on 4 November: far past the 72-hour rule, a person must check the order.",
  "Karim Benali <karim.benali@ac-aix-marseille.fr>",
  "Universalis toujours pas activé", "11-04 08:40",
  """Bonjour,

Nous avons commandé Universalis le 15 octobre (commande validée le jour
même, bon d'engagement joint à l'époque). Nous sommes le 4 novembre et la
ressource n'est toujours pas disponible sur le portail du lycée ([[0130945]]).

Je pensais que ce serait fait pendant les vacances. Pouvez-vous regarder ce
qui bloque ?

Karim Benali
Professeur documentaliste
""", mailer="Mozilla Thunderbird")

M("automated", False, None, None, None, "en", False,
  "English Gmail vacation responder.",
  "Daniel Whitaker <daniel.whitaker.edu@gmail.com>",
  "Re: Your request", "10-27 09:22",
  """Hi,

I'm away for the half-term break and back on 4 November, with limited
access to email. I'll reply when I'm back.

Daniel
""", headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])

M("head_of_establishment_request", False, None, None, "espace_acheteur", "fr", True,
  "A directrice d'école, from a personal address during the holidays, names the town-hall agent who may validate orders: a written authorisation; weak evidence, no UAI.",
  "Corinne Lagarde <corinne.lagarde56@laposte.net>",
  "Autorisation commandes école Jules Ferry", "10-29 18:40",
  """Bonjour,

Je suis la directrice de l'école élémentaire Jules Ferry de Ploërmel. Je
vous écris de ma boîte personnelle car je n'ai pas accès à la messagerie
de l'école pendant les vacances.

J'autorise Mme Josselin, agent de la mairie, à valider les commandes de
l'école sur l'Espace Acheteur à partir du 4 novembre, en remplacement de
M. Hervé qui a changé de service.

Merci de faire le nécessaire.
Corinne Lagarde
Directrice
""", mailer="Mail (La Poste)")

M("password_reset", True, "6200417", "corse", "esidoc", "fr", False,
  "Corse-du-Sud UAI (620 prefix) in the subject only; short phone message.",
  "Ghjuvanni Santoni <g.santoni@ac-corse.fr>",
  "MDP portail CDI [[6200417]]", "10-30 10:11",
  """Bonjour
mot de passe admin perdu pour le portail du collège, pouvez vous m'envoyer
un lien de réinitialisation ? merci
G. Santoni

Envoyé de mon iPhone
""", mailer="iPhone Mail (21G93)")

M("other", False, None, None, None, "fr", False,
  "Cold sales pitch for Halloween book displays, addressed by name: not automated, not for us.",
  "Amandine - LivresEnFête <amandine@livresenfete-deco.fr>",
  "Vos présentoirs pour la rentrée de novembre", "10-21 11:00",
  """Bonjour,

Pour la rentrée de la Toussaint, pensez à renouveler l'habillage de votre
CDI ! Nos présentoirs thématiques (Halloween, Noël, Printemps des poètes)
sont à -20 % jusqu'au 8 novembre.

Je me tiens à votre disposition pour un devis personnalisé.

Amandine Lecoq
LivresEnFête - décoration pour bibliothèques
""", fmt="html")

M("mailinblack_spam", False, None, "grand-est", "espace_acheteur", "fr", True,
  "Describes the 'prove you are human' sender-challenge without naming MailInBlack: the product must be confirmed by a person before sending the guide.",
  "Thierry Klein <thierry.klein@ac-strasbourg.fr>",
  "Vos mails demandent une vérification ?", "10-28 08:55",
  """Bonjour,

Depuis la semaine dernière je reçois des messages bizarres : quand
l'Espace Acheteur m'envoie quelque chose, j'ai à la place un mail qui me
dit que l'expéditeur doit « prouver qu'il est humain » et que le message
est retenu. Du coup je n'ai jamais eu le lien pour valider mon compte.

Je ne sais pas qui a installé ça, le collège ou le département.

Thierry Klein
Secrétaire d'intendance
""")

M("order_billing", False, "0671543", "grand-est", "espace_acheteur", "fr", False,
  "Invoice not on Chorus Pro; the gestionnaire uses the break to close accounts.",
  "Martine Schaeffer <martine.schaeffer@ac-strasbourg.fr>",
  "Facture absente de Chorus Pro", "10-24 11:37",
  """Bonjour,

Je fais le point sur les factures en attente pendant les vacances. La
commande n° EA-2024-08812 (livrée le 2 octobre) n'a toujours pas de
facture déposée sur Chorus Pro. Pouvez-vous la déposer au nom du collège
Erckmann-Chatrian, SIRET sur demande, UAI [[0671543]] ?

Merci.
M. Schaeffer
""", mailer="Zimbra")

M("automated", False, None, None, None, "fr", False,
  "Exchange Online NDR in French: mailbox full.",
  "Microsoft Outlook <postmaster@lycee-agricole-vendome.fr>",
  "Non remis : [#SUP-118412] Votre demande de compte", "10-23 12:02",
  "NDR:lycee-agricole-vendome.fr:b.mongin:[#SUP-118412] Votre demande de compte",
  fmt="bounce_fr", return_path="<>", auth="none")

M("account_creation", False, None, None, "espace_acheteur", "fr", True,
  "Account waiting for validation since before the break; the structure's administrator is away for the holidays: a person must step in.",
  "Aurélien Masson <aurelien.masson@sdis21.fr>",
  "compte en attente de validation", "10-30 09:48",
  """Bonjour,

J'ai demandé mon compte sur l'Espace Acheteur le 17 octobre. Il est
toujours « en attente de validation par l'administrateur de la
structure ». Notre administrateur est en congés jusqu'au 12 novembre et
j'ai des commandes à passer avant.

Est-ce que vous pouvez valider à sa place, ou me dire qui d'autre peut le
faire ?

Aurélien Masson
Service logistique - SDIS 21
""", fmt="alt", mailer="Microsoft Outlook 16.0")

M("missing_noreply_mail", True, "0352208", "bretagne", "esidoc", "fr", False,
  "UAI only in the sender's ce. address; the activation mail for the customer account never arrived.",
  "Secrétariat <ce.[[0352208]]@ac-rennes.fr>",
  "Mail d'activation espace client", "10-31 10:20",
  """Bonjour,

Nous avons créé l'espace client de l'établissement pour commander les
abonnements du CDI. On nous annonce un mail d'activation sous 12 heures,
nous l'attendons depuis mardi.

Cordialement,
Le secrétariat
""")

M("password_reset", False, None, "hauts-de-france", "esidoc", "fr", True,
  "UAI typed 0620451A but the check letter is wrong (the digits give another letter), so no UAI; region from ac-lille.fr. Asks for the password itself by mail to a personal address: no automatic answer.",
  "Jérôme Lefebvre <jerome.lefebvre@ac-lille.fr>",
  "identifiant et mot de passe", "10-22 21:30",
  """Bonjour,

Je viens d'arriver au lycée Condorcet de Lens et personne ne connaît le mot
de passe du portail. Le code établissement est 0620451A.

Pouvez-vous m'envoyer directement le mot de passe sur mon adresse perso
jlefebvre62@free.fr ? Je n'ai pas encore accès à la boîte du CDI.

Merci beaucoup
Jérôme Lefebvre
""")

M("transfer_incident", False, "0130338", "provence-alpes-cote-d-azur", "ecoledirecte", "fr", False,
  "Asks for the daily maintenance password to reindex the base during the break.",
  "Informatique Institution Sainte-Marie <info@ste-marie-marseille.fr>",
  "Mot de passe de maintenance du jour", "10-25 09:05",
  """Bonjour,

Nous profitons des vacances pour faire la maintenance annuelle de la base
Charlemagne (réindexation). L'outil nous demande le mot de passe de
maintenance du jour.

Pouvez-vous nous le communiquer ? UAI [[0130338]].

Merci,
Service informatique
Institution Sainte-Marie
""", mailer="Mozilla Thunderbird")

M("automated", False, None, None, "ticket_portal", "fr", False,
  "Ticket-portal notification that a supplier ticket was updated; Auto-Submitted.",
  "Portail tickets <notifications@tickets.example.fr>",
  "[Ticket 55812] Mise à jour : accès ressources numériques", "10-29 14:00",
  """Le ticket 55812 « Accès ressources numériques » a été mis à jour par
l'éditeur.

Nouveau statut : En attente de votre retour

Pour consulter le ticket : https://tickets.example.fr/t/55812

Ce message a été généré automatiquement.
""", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("mailinblack_spam", True, None, None, "espace_acheteur", "en", False,
  "English; MailInBlack named; a buyer at a French international school asks what to allow-list.",
  "Sarah Mitchell <s.mitchell@lyceeinternational-sg.fr>",
  "MailinBlack blocking your messages", "10-28 10:42",
  """Hello,

Our IT provider switched us to MailinBlack during the half-term break.
Since then, none of the Espace Acheteur notifications get through: they
wait in the MailinBlack quarantine and I only see them in the daily digest.

Could you tell us which sender address or domain we should whitelist?

Kind regards,
Sarah Mitchell
Purchasing officer
""", fmt="alt", mailer="Microsoft Outlook 16.0")

M("subscription_activation", True, "0450886", "centre-val-de-loire", "esidoc", "fr", False,
  "How to publish the new Cafeyn resource on the portal for pupils: publication step.",
  "Anne-Laure Prévost <anne-laure.prevost@ac-orleans-tours.fr>",
  "Publier Cafeyn sur le portail", "10-31 15:25",
  """Bonjour,

L'abonnement Cafeyn est bien actif (je le vois dans « Mes abonnements »)
mais je ne trouve pas comment le mettre en avant sur la page d'accueil du
portail pour les élèves. Y a-t-il une manipulation pour publier la
ressource ?

Collège Montesquieu, [[0450886]]

Merci d'avance,
Anne-Laure Prévost
""", mailer="Mozilla Thunderbird")
# ---------------------------------------------------------------- h039-h078

M("password_reset", True, "0291188", "bretagne", "esidoc", "fr", False,
  "Reset link expired: she clicked it after coming back from a holiday trip; asks for a new one.",
  "Katell Morvan <katell.morvan@ac-rennes.fr>",
  "Lien expiré", "10-26 19:04",
  """Bonjour,

J'avais demandé un lien de réinitialisation juste avant de partir en
vacances, et en cliquant dessus ce soir on me dit qu'il n'est plus valide.
Pouvez-vous m'en renvoyer un pour le portail du lycée de l'Élorn
([[0291188]]) ? Je vous promets de cliquer tout de suite cette fois.

Katell Morvan
Professeure documentaliste
""", mailer="Mozilla Thunderbird")

M("automated", False, None, None, None, "fr", False,
  "Read receipt ('Lu :') from Outlook, multipart/report disposition-notification.",
  "Françoise Gillet <francoise.gillet@college-st-joseph-laval.fr>",
  "Lu : [#SUP-118290] Accès aux conventions", "10-21 08:30",
  "MDN:francoise.gillet@college-st-joseph-laval.fr:[#SUP-118290] Accès aux conventions",
  fmt="mdn")

M("missing_noreply_mail", True, None, None, "ticket_portal", "fr", False,
  "The ticket portal's confirmation mail to set a password never arrived; non-academic sender.",
  "Hugo Fabre <hugo.fabre@numeriqueducatif-sud.fr>",
  "Confirmation portail tickets non reçue", "10-22 09:12",
  """Bonjour,

Je me suis inscrit sur le portail de tickets lundi pour suivre nos
demandes auprès des éditeurs. Le message qui doit me permettre de
définir mon mot de passe n'est jamais arrivé (ni dans les spams).

Pouvez-vous me le renvoyer ?

Hugo Fabre
Chargé de mission numérique
""")

M("head_of_establishment_request", False, "0595713", "hauts-de-france", "espace_acheteur", "fr", True,
  "First of a pair (h055): the principal, from his personal Gmail during the break, names a new structure administrator. Weak evidence (free-mail).",
  "Marc Delattre <marc.delattre59@gmail.com>",
  "Changement d'administrateur Espace Acheteur", "10-23 17:18",
  """Bonjour,

Principal du collège Jean Macé de Roubaix ([[0595713]]), je souhaite que
Mme Hennebert, notre nouvelle gestionnaire, devienne administratrice de la
structure sur l'Espace Acheteur à la place de M. Duquesne, parti à la
retraite en septembre. Merci de fermer l'accès de M. Duquesne.

Je vous écris de ma messagerie personnelle faute d'accès à l'ENT pendant
les congés.

Marc Delattre
Principal
""", mailer="Gmail")

M("automated", False, None, None, None, "fr", False,
  "Another help desk's autoresponder: closed during the holidays, ticket opened (Auto-Submitted, X-Loop). Answering would start a loop.",
  "Assistance DANE <assistance-dane@support-dane.example.org>",
  "[DANE-20741] Accusé de réception - service fermé pendant les vacances", "10-24 10:00",
  """Bonjour,

Votre message a bien été enregistré sous la référence DANE-20741.

Notre service est fermé pendant les vacances de la Toussaint. Les demandes
seront traitées à partir du lundi 4 novembre, par ordre d'arrivée.

Merci de ne pas répondre à ce message.
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dane@support-dane.example.org"),
              ("Precedence", "auto_reply")])

M("password_reset", True, "0341782", "occitanie", "esidoc", "fr", False,
  "Account locked after too many attempts; asks for unlock or a reset link. Written in a hurry, no accents.",
  "Lycee Jean Mermoz CDI <cdi.mermoz.montpellier@gmail.com>",
  "compte bloque", "10-28 11:15",
  """Bonjour
j'ai tape le mot de passe trop de fois et le compte admin du portail est
bloque ("trop de tentatives"). c'est le lycee Jean Mermoz Montpellier, code
[[0341782]]. pouvez vous le debloquer ou m'envoyer un lien pour changer le
mot de passe

merci
Lucie, CDI
""")

M("other", False, None, None, None, "fr", False,
  "A parent asking about after-school club dates after the holidays: wrong address.",
  "Sandrine Moreau <sandrine.moreau78@hotmail.fr>",
  "Reprise des ateliers après la Toussaint", "10-31 21:12",
  """Bonjour,

Pouvez-vous me dire à quelle date reprennent les ateliers du mercredi
après les vacances ? Ma fille est inscrite en théâtre.

Merci,
Sandrine Moreau
""", fmt="html", mailer="Outlook.com")

M("missing_noreply_mail", False, None, "bretagne", "espace_acheteur", "fr", True,
  "Second mail of the pair (h021), nine days later, not quoting it: junk folder checked and sender already allowed, still nothing: the standard answer was already applied, a person must follow up.",
  "Gwenaëlle Tanguy <gwenaelle.tanguy@ac-rennes.fr>",
  "toujours pas de notifications", "10-30 14:47",
  """Bonjour,

Je vous avais écrit le 21 : je ne reçois plus les notifications de
validation des commandes de l'Espace Acheteur. Depuis, j'ai regardé dans
les indésirables, j'ai ajouté l'adresse no-reply dans les expéditeurs
approuvés de la messagerie académique, et toujours rien. Les commandes
s'accumulent.

Est-ce que ça peut venir de chez vous ? Merci de transmettre à qui de
droit.

Gwenaëlle Tanguy
Adjointe gestionnaire - collège de Lamballe
""", mailer="Zimbra")

M("order_billing", False, "0870031", "nouvelle-aquitaine", "esidoc", "fr", False,
  "Duplicate invoice received on the first day of the holidays; asks to cancel one.",
  "Service intendance <intendance@lycee-gay-lussac-limoges.fr>",
  "Facture en double n° F24-11873", "10-21 10:33",
  """Bonjour,

Nous avons reçu deux fois la facture F24-11873 (abonnement portail,
établissement [[0870031]]), une par courrier et une sur Chorus avec un
numéro différent (F24-11902). Il s'agit bien de la même prestation.

Merci d'annuler la seconde et de nous envoyer un avoir si nécessaire.

Cordialement,
Christine Faure
Secrétaire d'intendance
""", fmt="qp", mailer="Microsoft Outlook 16.0")

M("automated", False, "0781299", "ile-de-france", None, "fr", True,
  "Out-of-office from a school office (ce. address) that talks about e-sidoc passwords: automatic. UAI taken from the address.",
  "Collège Les Sablons <ce.[[0781299]]@ac-versailles.fr>",
  "Réponse automatique : [#SUP-118455] Mot de passe e-sidoc", "10-21 09:45",
  """Le collège est fermé pendant les vacances de la Toussaint, du samedi 19
octobre au dimanche 3 novembre. Le secrétariat rouvre le lundi 4 novembre
à 8 h.

Pour les questions de mot de passe du portail e-sidoc, merci de vous
adresser au professeur documentaliste à la rentrée.
""", headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

M("transfer_incident", False, "0595880", "hauts-de-france", "ecoledirecte", "fr", False,
  "Licence expired at start-up after the break; transfers stopped.",
  "Philippe Vandamme <direction@institution-notre-dame-lille.fr>",
  "Licence expirée Charlemagne", "11-04 08:02",
  """Bonjour,

Ce matin au démarrage de Charlemagne : « Licence expirée, veuillez
régénérer votre licence ». Du coup plus de transfert vers EcoleDirecte et
les professeurs ne voient pas les classes.

Institution Notre-Dame, [[0595880]].

Pouvez-vous nous régénérer la licence rapidement ? C'est la rentrée...

Philippe Vandamme
Chef d'établissement
""", fmt="alt", mailer="Microsoft Outlook 16.0")

M("password_reset", True, None, None, "espace_acheteur", "fr", False,
  "Espace Acheteur login forgotten after several weeks without using it; non-academic sender, no UAI.",
  "Isabelle Roux <isabelle.roux@cc-pays-de-fayence.fr>",
  "Identifiant oublié", "10-25 14:22",
  """Bonjour,

Je n'ai pas utilisé l'Espace Acheteur depuis juin et je ne me souviens plus
ni de mon identifiant ni de mon mot de passe. J'ai fait « mot de passe
oublié » avec mon adresse mais le site me dit qu'elle est inconnue.
Peut-être que je m'étais inscrite avec l'adresse générique du service ?

Merci de m'aider,
Isabelle Roux
Communauté de communes du Pays de Fayence
""")

M("mailinblack_spam", True, "0740219", "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "MAILINBLACK in capitals; asks whether to allow the address or the whole domain.",
  "Frédéric Bouvier <f.bouvier@lycee-berthollet.fr>",
  "MAILINBLACK : adresse ou domaine ?", "10-29 09:58",
  """Bonjour,

Référent numérique du lycée Berthollet ([[0740219]]). Vos messages
arrivent dans notre MAILINBLACK et restent en attente. Je peux autoriser
soit l'adresse exacte, soit le domaine complet : qu'est-ce que vous
recommandez ?

F. Bouvier
""")

M("other", False, None, None, None, "en", False,
  "English SEO spam.",
  "Ryan Cole <ryan@rank-growth-digital.net>",
  "Quick question about assistance.example.fr", "10-27 04:41",
  """Hi there,

I was checking assistance.example.fr and noticed you are not on the first
page of Google for "school support". We can fix that in 30 days with our
white-hat backlink package. Shall I send you a free audit?

Best,
Ryan
""", fmt="html", auth="softfail")

M("account_creation", True, None, None, "espace_acheteur", "fr", False,
  "Negation: she did not lose a password, she never had an account; wants to create one.",
  "Lina Haddad <lina.haddad@mairie-saint-priest.fr>",
  "Je n'ai pas de compte", "10-28 16:05",
  """Bonjour,

On me demande de « réinitialiser mon mot de passe » sur l'Espace Acheteur,
mais je n'ai jamais eu de compte : je viens d'arriver au service
éducation de la mairie. Comment fait-on pour s'inscrire ?

Merci,
Lina Haddad
""")

M("automated", False, None, None, None, "fr", False,
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted); null Return-Path and Mailer-Daemon sender.",
  "Mail Delivery System <Mailer-Daemon@smtp.college-prive-ozanam.fr>",
  "Mail delivery failed: returning message to sender", "10-29 07:12",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  documentation@college-prive-ozanam.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: documentation@college-prive-ozanam.fr
Subject: [#SUP-118503] Votre abonnement est actif
Date: Mon, 21 Oct 2024 11:02:00 +0200

Bonjour,

Votre abonnement est désormais actif.
""", return_path="<>", auth="none")

M("head_of_establishment_request", False, "0595713", "hauts-de-france", "espace_acheteur", "fr", True,
  "Second mail of the pair (h042), from the official ce.<UAI> address on the day of return, restating the request without quoting: stronger evidence, still for a person to approve.",
  "Collège Jean Macé <ce.[[0595713]]@ac-lille.fr>",
  "Administrateur de la structure - collège Jean Macé", "11-04 08:15",
  """Madame, Monsieur,

Je confirme par la présente, depuis l'adresse officielle de
l'établissement, ma demande de désigner Mme Sophie Hennebert
(sophie.hennebert@ac-lille.fr) comme administratrice de notre structure
sur l'Espace Acheteur, et de clôturer les accès de M. Alain Duquesne.

Marc Delattre
Principal du collège Jean Macé - Roubaix
UAI [[0595713]]
""", mailer="Zimbra")

M("missing_noreply_mail", True, None, None, "espace_acheteur", "en", False,
  "English; no password mail from the no-reply address, no spam filter named.",
  "Jonas Weber <jonas.weber@deutsch-franz-schule.fr>",
  "No email after 'forgot password'", "10-22 13:50",
  """Dear support team,

I've clicked 'forgot password' on the Espace Acheteur three times since
Saturday but the email with the new password never shows up in my inbox.
Is there a problem with your no-reply sender?

Regards,
Jonas Weber
Bursar's office
""", mailer="Apple Mail (2.3774)")

M("contract_documents", False, None, None, "espace_acheteur", "fr", False,
  "Cannot open the membership convention (empty PDF) to send to the council before the November session.",
  "Nathalie Perrin <n.perrin@ville-chalons.fr>",
  "Convention d'adhésion illisible", "10-30 11:27",
  """Bonjour,

La convention d'adhésion à la centrale d'achat, dans l'onglet documents de
l'Espace Acheteur, s'ouvre sur une page blanche (fichier de 0 Ko). J'en ai
besoin pour le conseil municipal du 12 novembre.

Pouvez-vous me la transmettre ou la recharger ?

Nathalie Perrin
Direction de la commande publique
""", fmt="html", mailer="Microsoft Outlook 16.0")

M("password_reset", True, "0573482", "grand-est", "esidoc", "fr", False,
  "Expired password and the old one forgotten; ISO-8859-1 8-bit body.",
  "Bernard Muller <bernard.muller@ac-nancy-metz.fr>",
  "Mot de passe expiré", "10-31 09:40",
  """Bonjour,

Le portail me dit que mon mot de passe a expiré et me demande l'ancien pour
en mettre un nouveau. Évidemment je ne m'en souviens plus, je ne me
connecte qu'une fois par trimestre.

Lycée Louis Vincent, [[0573482]].

Bien à vous,
Bernard Muller
""", fmt="latin1", mailer="Mozilla Thunderbird")

M("automated", False, None, None, None, "fr", False,
  "Mass mailing from an association's list (List-Id, Precedence: list) announcing a conference; not to the desk personally.",
  "Association des professeurs documentalistes <liste@apdoc-asso.example.org>",
  "[apdoc-infos] Journée d'étude du 20 novembre", "10-25 08:00",
  """Chères et chers collègues,

Les inscriptions à la journée d'étude du 20 novembre (« Le CDI, tiers-lieu
du collège ? ») sont ouvertes jusqu'au 8 novembre.

Programme et inscription sur le site de l'association.

Bonnes vacances à toutes et à tous !

--
Pour se désabonner : apdoc-infos-unsubscribe@apdoc-asso.example.org
""", headers=[("List-Id", "<apdoc-infos.apdoc-asso.example.org>"), ("Precedence", "list"),
              ("List-Unsubscribe", "<mailto:apdoc-infos-unsubscribe@apdoc-asso.example.org>")])

M("subscription_activation", True, "0442951", "pays-de-la-loire", "esidoc", "fr", False,
  "First of a pair (h068): Le Monde numérique ordered on Friday 25, not visible on Sunday 27: within 72 h.",
  "Élise Jaunet <elise.jaunet@ac-nantes.fr>",
  "Abonnement Le Monde", "10-27 18:26",
  """Bonjour,

J'ai validé vendredi la commande de l'abonnement Le Monde pour le CDI du
lycée Livet ([[0442951]]). Il n'apparaît pas encore dans nos ressources.
Je voudrais le présenter aux secondes dès la rentrée : sera-t-il
disponible lundi 4 ?

Merci !
Élise Jaunet
""", mailer="Mozilla Thunderbird")

M("other", False, None, None, None, "fr", False,
  "Internship application from a student for the January period, CV mentioned.",
  "Maëlys Robin <maelys.robin.pro@gmail.com>",
  "Candidature stage - BTS SIO", "10-26 15:09",
  """Madame, Monsieur,

Étudiante en première année de BTS SIO, je recherche un stage de six
semaines à partir du 6 janvier. Votre service d'assistance m'intéresse
beaucoup car j'aimerais travailler dans le support utilisateur.

Vous trouverez mon CV en pièce jointe.

Je vous remercie de l'attention portée à ma candidature.

Maëlys Robin
""", mailer="Gmail")

M("transfer_incident", False, "0311254", "occitanie", "ecoledirecte", "fr", False,
  "First of a pair (h071): replication must be re-initialised after a server restore done during the break.",
  "Laurent Saby <l.saby@lycee-prive-caousou.fr>",
  "Réinitialisation de la réplication", "10-29 10:37",
  """Bonjour,

Nous avons restauré le serveur pendant les vacances (disque défectueux).
Depuis, l'outil de transfert indique « réplication incohérente, une
réinitialisation est nécessaire ». Pouvez-vous la lancer de votre côté,
ou nous dire comment faire ?

UAI [[0311254]]

Laurent Saby
Responsable informatique
""")

M("automated", False, None, "auvergne-rhone-alpes", None, "fr", False,
  "Académie webmail vacation reply during the break; region from the ac-clermont.fr sender domain.",
  "Céline Faure <celine.faure1@ac-clermont.fr>",
  "Absence du 19/10 au 03/11", "10-22 12:14",
  """Bonjour,

Je suis absente et n'aurai pas accès à mes messages avant le 4 novembre.

Cordialement,
Céline Faure
""", headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

M("mailinblack_spam", True, "0211302", "bourgogne-franche-comte", "espace_acheteur", "fr", False,
  "Typed 'mail in black'; clicked 'authorise' but the next mails are still held.",
  "Pascale Girardot <pascale.girardot@college-les-lentillieres.fr>",
  "mail in black encore", "10-30 16:40",
  """bonjour, le mail in black du college bloque toujours vos messages alors
que j'ai cliqué sur "autoriser l'expéditeur" la semaine dernière. il faut
faire autre chose ? collège les Lentillères [[0211302]]
pascale
""", fmt="b64", mailer="Android Mail")

M("head_of_establishment_request", False, "0573910", "grand-est", "esidoc", "fr", False,
  "The principal asks in writing, from the ce. address, for a reset so the librarian on long sick leave no longer holds the only access.",
  "Collège Paul Verlaine <ce.[[0573910]]@ac-nancy-metz.fr>",
  "Demande de réinitialisation - accès portail documentaire", "10-31 10:58",
  """Madame, Monsieur,

Notre professeure documentaliste est en congé de longue maladie depuis
septembre, et son remplaçant arrive le 4 novembre. Elle était la seule à
connaître le mot de passe du compte administrateur du portail.

En ma qualité de principal, je vous demande de réinitialiser ce mot de
passe et d'envoyer le lien sur l'adresse de l'établissement.

Jean-Luc Hoffmann
Principal - collège Paul Verlaine, Metz
""", fmt="html", mailer="Microsoft Outlook 16.0")

M("password_reset", False, "0251734", "bourgogne-franche-comte", "esidoc", "fr", True,
  "Two topics in one mail: lost portal password (main) and a question on an invoice amount (order_billing); one template would answer only half.",
  "Véronique Chapuis <veronique.chapuis@ac-besancon.fr>",
  "Deux questions avant la rentrée", "10-28 15:15",
  """Bonjour,

Deux choses pendant que j'y pense :

1) je n'arrive plus à me connecter au portail du CDI (lycée Pasteur,
[[0251734]]), le mot de passe est refusé. Pouvez-vous me renvoyer un lien ?

2) la facture de l'abonnement reçue en octobre indique 1 180 € alors que le
devis était à 980 €. Est-ce une erreur ?

Merci,
Véronique Chapuis
""")

M("automated", False, None, None, None, "en", False,
  "Gmail 'Delivery Status Notification (Failure)': the address does not exist.",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)", "10-30 08:22",
  "GDSN:ecole-montessori-lesarbres.fr:contact:[#SUP-118560] Création de compte",
  fmt="bounce_gmail", return_path="<>", auth="none")

M("subscription_activation", False, "0442951", "pays-de-la-loire", "esidoc", "fr", True,
  "Second mail of the pair (h060), on the Monday of return, not quoting: nine days after the order the resource is still missing, past the 72-hour window; a person must look.",
  "Élise Jaunet <elise.jaunet@ac-nantes.fr>",
  "Le Monde toujours absent", "11-04 08:05",
  """Bonjour,

Je me permets de revenir vers vous : la ressource Le Monde commandée le
25 octobre n'est toujours pas dans le portail ce matin. Je présente le
CDI aux secondes cet après-midi...

Lycée Livet, [[0442951]].

Élise Jaunet
""", mailer="Mozilla Thunderbird")

M("account_creation", False, "0332874", "nouvelle-aquitaine", "espace_acheteur", "fr", False,
  "Asks who the structure's administrator is for the school: needs a look-up by a person.",
  "Damien Lalanne <damien.lalanne@ac-bordeaux.fr>",
  "Qui est administrateur ?", "10-30 10:02",
  """Bonjour,

Nouveau gestionnaire au collège Jules Verne de Cenon ([[0332874]]), je
veux créer mon compte sur l'Espace Acheteur mais on me dit qu'il doit être
validé par « l'administrateur de la structure ». Personne ici ne sait qui
c'est. Pouvez-vous me le dire ?

Damien Lalanne
""")

M("other", False, None, "bourgogne-franche-comte", "esidoc", "fr", False,
  "Thanks only, after the problem solved itself; mentions the password but asks nothing. Region from ac-dijon.fr.",
  "Anne Besson <anne.besson@ac-dijon.fr>",
  "C'est bon !", "10-22 11:30",
  """Bonjour,

Oubliez mon message d'hier sur le mot de passe du portail : ma collègue
l'avait noté dans le classeur du CDI. Tout fonctionne.

Merci et bonne fin de vacances,
Anne Besson
""", mailer="Zimbra")

M("transfer_incident", False, "0311254", "occitanie", "ecoledirecte", "fr", False,
  "Second mail of the pair (h062), six days later, not quoting: re-initialisation still needed, now urgent for the return.",
  "Laurent Saby <l.saby@lycee-prive-caousou.fr>",
  "URGENT réplication EcoleDirecte", "11-04 07:41",
  """Bonjour,

Toujours pas de réplication vers EcoleDirecte depuis notre restauration
serveur (message du 29/10 resté sans réponse). La rentrée est aujourd'hui,
les emplois du temps ne sont pas à jour côté familles.

Merci de me rappeler au 05 61 ** ** **.

Laurent Saby - lycée Caousou ([[0311254]])
""")

M("missing_noreply_mail", True, "0130412", "provence-alpes-cote-d-azur", "espace_acheteur", "fr", False,
  "Structure administrator never gets the 'account to validate' notifications; no filter named.",
  "Corinne Abadie <corinne.abadie@ac-aix-marseille.fr>",
  "Notifications de validation de compte", "10-25 10:30",
  """Bonjour,

Je suis administratrice de la structure (lycée Saint-Exupéry, [[0130412]])
sur l'Espace Acheteur. Un collègue m'a dit qu'il avait demandé un compte il
y a dix jours, mais je n'ai reçu aucune notification pour le valider.
Est-ce que les mails partent bien ?

Corinne Abadie
""", fmt="qp", mailer="Zimbra")
# ---------------------------------------------------------------- h073-h111

M("password_reset", True, "9710884", "guadeloupe", "esidoc", "fr", False,
  "Guadeloupe UAI (971); forgotten password, long and apologetic; Guadeloupe time zone.",
  "Marie-Josée Lacroix <marie-josee.lacroix@ac-guadeloupe.fr>",
  "Demande d'aide pour le portail du CDI", "10-23 19:20",
  """Bonjour,

Je suis désolée de vous déranger pendant les vacances. Je suis
professeure documentaliste au collège de Sainte-Rose ([[9710884]]) depuis
la rentrée et j'essaie de me connecter au portail depuis chez moi pour
préparer la semaine de la presse. Le mot de passe que m'a laissé ma
prédécesseure ne fonctionne pas, j'ai essayé avec et sans majuscule,
et la fonction « mot de passe oublié » envoie le lien je ne sais où.

Est-ce que vous pourriez m'aider à récupérer l'accès ? Je suis joignable
par mail à tout moment.

Avec mes remerciements,
Marie-Josée Lacroix
""", tz="-0400", mailer="Mozilla Thunderbird")

M("missing_noreply_mail", True, "9740137", "la-reunion", "espace_acheteur", "fr", False,
  "Réunion (974), where the calendar differs; confirmation mail never received since the sign-up. No product named.",
  "Jean-Hugues Payet <jean-hugues.payet@ac-reunion.fr>",
  "Confirmation d'inscription", "10-22 14:55",
  """Bonjour,

Inscription faite sur l'Espace Acheteur lundi pour le lycée de Bras-Panon
([[9740137]]), mais je n'ai jamais reçu le mail de confirmation. Chez
nous ce n'est pas les vacances, donc je suis au bureau si besoin !

Cordialement,
J.-H. Payet, gestionnaire
""", tz="+0400")

M("automated", False, None, None, "esignature", "fr", False,
  "E-signature 'document signed' notification for a convention; no Auto-Submitted, the no-reply sender and wording show it is automatic.",
  "Signature électronique <ne-pas-repondre@esignature.example.fr>",
  "Document signé : Convention d'adhésion 2025 - Mairie de Quimperlé", "10-24 11:08",
  """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2025 -
Mairie de Quimperlé ». Vous pouvez le télécharger pendant 30 jours depuis
le lien ci-dessous.

https://esignature.example.fr/d/7F2K-91QX

Ceci est un message automatique.
""", fmt="alt")

M("password_reset", True, "0693210", "auvergne-rhone-alpes", "esidoc", "en", False,
  "First of a pair (h080): English; forgotten password, UAI used as the login.",
  "Alice Brennan <alice.brennan@cite-scolaire-internationale-lyon.fr>",
  "Forgotten password - library portal", "10-21 10:05",
  """Good morning,

I'm the librarian of the English section. I've forgotten the password of
the library portal's admin account (username [[0693210]]). Could you send
me a reset link, please?

Many thanks,
Alice Brennan
""", fmt="alt", mailer="Microsoft Outlook 16.0")

M("order_billing", False, None, None, "espace_acheteur", "fr", False,
  "First of a pair (h093): the saved basket disappeared during the holidays (baskets are kept 15 days).",
  "Hélène Boucher <h.boucher@mairie-bourg-achard.fr>",
  "Panier disparu", "10-31 11:12",
  """Bonjour,

J'avais préparé un panier de 42 lignes (fournitures des écoles) le 14
octobre sur l'Espace Acheteur, pour le faire valider par l'élu après les
vacances. Aujourd'hui le panier est vide !! Est-il possible de le
récupérer ?

Hélène Boucher
Mairie de Bourg-Achard
""")

M("automated", False, None, None, None, "fr", False,
  "Outlook 'Non lu :' notice: our reply was deleted unread during the holidays.",
  "Thomas Girard <thomas.girard@lycee-prive-st-louis-crest.fr>",
  "Non lu : [#SUP-118470] Votre demande de devis", "10-28 10:00",
  "NONLU:thomas.girard@lycee-prive-st-louis-crest.fr:[#SUP-118470] Votre demande de devis",
  fmt="mdn_deleted")

M("mailinblack_spam", True, "0142231", "normandie", "espace_acheteur", "fr", False,
  "First of a pair (h086): MailInBlack quarantine holds the activation link; IT on holiday.",
  "Aurore Lemaître <aurore.lemaitre@ac-normandie.fr>",
  "Mail bloqué par MailInBlack", "10-22 09:20",
  """Bonjour,

Le mail d'activation de mon compte Espace Acheteur est bloqué par
MailInBlack (j'ai reçu la notification « message en attente »). Notre
informaticien est en vacances. Y a-t-il une procédure à suivre de mon
côté ?

Aurore Lemaître
Collège Lechanteur, Caen - [[0142231]]
""")

M("other", False, None, None, "esidoc", "en", True,
  "Second mail of the pair (h076), in English a week later, not quoting: the reset worked after all, nothing asked. 'password' and 'link' appear.",
  "Alice Brennan <alice.brennan@cite-scolaire-internationale-lyon.fr>",
  "Library portal - sorted", "10-28 09:12",
  """Hello again,

Just to let you know there's no need to deal with my message from last
week about the portal password: I found the reset link in my spam folder
and everything's working now.

Thanks,
Alice
""", fmt="alt", mailer="Microsoft Outlook 16.0")

M("head_of_establishment_request", False, "0133227", "provence-alpes-cote-d-azur", "esidoc", "fr", False,
  "The proviseur authorises his librarian to validate the renewal order; bon d'engagement mentioned as attached.",
  "Lycée Marcel Pagnol <ce.[[0133227]]@ac-aix-marseille.fr>",
  "Autorisation de commande - renouvellement portail", "10-30 14:10",
  """Bonjour,

J'autorise Mme Nicolas, professeure documentaliste, à valider la commande
de renouvellement de l'abonnement au portail documentaire pour 2025.
Vous trouverez ci-joint le bon d'engagement signé.

Gilles Arnaud
Proviseur - lycée Marcel Pagnol ([[0133227]])
""", mailer="Zimbra")

M("subscription_activation", True, "0601582", "hauts-de-france", "esidoc", "fr", False,
  "Written by the principal, but he only asks when the new subscription will be available: not a head-of-establishment request.",
  "Principal collège Jules Michelet <jean.carpentier@ac-amiens.fr>",
  "Disponibilité de l'abonnement", "11-02 17:30",
  """Bonjour,

En tant que principal du collège Jules Michelet de Creil ([[0601582]]),
j'ai signé jeudi le bon de commande pour l'abonnement BiblioManga. Pouvez-
vous me dire quand il sera accessible aux élèves ? Je voudrais
l'annoncer au conseil pédagogique de mardi.

Cordialement,
Jean Carpentier
""")

M("password_reset", True, "0911452", "ile-de-france", "esidoc", "fr", False,
  "Secretariat writes from the ce.<UAI> address and asks for the reset link on that official address.",
  "Secrétariat Lycée Camille Claudel <ce.[[0911452]]@ac-versailles.fr>",
  "Réinitialisation du mot de passe portail CDI", "11-04 09:10",
  """Bonjour,

Le professeur documentaliste n'arrive plus à se connecter au portail du
lycée depuis la rentrée de ce matin. Pourriez-vous envoyer le lien de
réinitialisation sur la présente adresse ? Nous le lui transmettrons.

Merci,
Le secrétariat de direction
Lycée Camille Claudel - [[0911452]]
""", fmt="qp", mailer="Zimbra")

M("transfer_incident", False, "0681427", "grand-est", "ecoledirecte", "fr", False,
  "Antivirus updated during the holidays now quarantines the transfer tool.",
  "Institution Saint-Joseph Colmar <informatique@stjoseph-colmar.fr>",
  "Antivirus et Charlemagne Outils", "11-04 08:25",
  """Bonjour,

Pendant les vacances, notre prestataire a mis à jour l'antivirus sur le
serveur. Ce matin, « Outils.exe » est en quarantaine et plus aucun
transfert ne part vers EcoleDirecte.

Quels fichiers/dossiers faut-il exclure ? UAI [[0681427]].

Merci
Service informatique
""", fmt="html", mailer="Microsoft Outlook 16.0")

M("automated", False, None, None, "espace_acheteur", "fr", False,
  "No-reply notification to the desk: an account awaits validation for a structure without an administrator.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Nouvelle demande de compte en attente de validation", "10-27 22:14",
  """Bonjour,

Une nouvelle demande de compte est en attente de validation pour la
structure « Syndicat intercommunal scolaire du Val d'Orge » :

Demandeur : Patricia Nguyen
Date de la demande : 27/10/2024 22:13

Connectez-vous à l'Espace Acheteur, rubrique « Gestion des
utilisateurs », pour valider ou refuser cette demande.

Message envoyé automatiquement, merci de ne pas y répondre.
""", fmt="alt", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("mailinblack_spam", False, "0142231", "normandie", "espace_acheteur", "fr", True,
  "Second mail of the pair (h079), eleven days later, not quoting: the MailInBlack allow-list was done by IT, the link still never arrives; the standard guide was already applied, a person must look.",
  "Aurore Lemaître <aurore.lemaitre@ac-normandie.fr>",
  "Toujours rien malgré la liste blanche", "11-02 10:45",
  """Bonjour,

Je reviens vers vous pour mon compte Espace Acheteur. Notre informaticien
est rentré et a ajouté votre adresse d'envoi dans la liste blanche de
MailInBlack mercredi. J'ai redemandé le mail d'activation deux fois
depuis : rien, ni dans MailInBlack ni dans ma boîte.

Pouvez-vous activer le compte manuellement ou me mettre en relation avec
quelqu'un ?

Aurore Lemaître
Collège Lechanteur - [[0142231]]
""")

M("other", False, None, None, None, "fr", False,
  "French spam for a Black Friday software licence deal.",
  "Offres Pro <offres@licences-pas-cheres.shop>",
  "-70% sur vos licences avant le Black Friday", "10-29 05:55",
  """Bonjour,

Profitez de nos prix cassés sur les licences de bureautique et
d'antivirus pour établissements scolaires. Offre valable jusqu'au 29
novembre, quantités limitées !

Commandez maintenant : https://licences-pas-cheres.shop/ecoles

Pour ne plus recevoir nos offres, répondez STOP.
""", fmt="html", auth="fail")

M("missing_noreply_mail", True, None, "occitanie", "esidoc", "fr", False,
  "New-password mail for the portal never arrives although the password tool says it was sent; reads like a password problem. Region from ac-toulouse.fr.",
  "Patrick Cazes <patrick.cazes@ac-toulouse.fr>",
  "Mot de passe portail : pas de mail", "10-26 10:02",
  """Bonjour,

Quand je clique sur « mot de passe oublié » sur le portail du CDI, le site
me répond que le message a été envoyé. Mais rien n'arrive, même après
plusieurs heures. J'ai refait la demande trois fois.

Patrick Cazes
""", mailer="Zimbra")

M("contract_documents", False, None, None, "espace_acheteur", "fr", False,
  "First of a pair (h107): amendment no. 1 of the cleaning-products market missing from the contract documents.",
  "Sébastien Royer <s.royer@agglo-saintes.fr>",
  "Avenant manquant marché produits d'entretien", "10-23 09:35",
  """Bonjour,

Pour le marché « Produits d'entretien 2023-2026 », l'avenant n° 1 (révision
des prix) ne figure pas dans les documents du marché sur l'Espace
Acheteur. Le titulaire nous facture déjà les nouveaux prix, j'ai besoin de
l'avenant pour le service financier.

Sébastien Royer
Agglomération de Saintes
""", fmt="alt", mailer="Microsoft Outlook 16.0")

M("password_reset", True, "0501149", "normandie", "esidoc", "fr", False,
  "A new librarian who never had the password ('je ne connais pas le mot de passe'); UAI in the signature as RNE.",
  "Chloé Lebrun <chloe.lebrun@ac-normandie.fr>",
  "Accès administrateur portail", "10-29 11:50",
  """Bonjour,

Je suis contractuelle au CDI depuis le 1er octobre et je ne connais pas le
mot de passe d'administration du portail. Personne dans l'établissement ne
l'a. Comment puis-je l'obtenir ?

Merci,
Chloé Lebrun
Collège Le Cotentin
RNE [[0501149]]
""")

M("automated", False, None, None, None, "en", False,
  "English Exchange 'Automatic reply' during half-term (Auto-Submitted and X-Auto-Response-Suppress).",
  "Peter Hughes <p.hughes@british-section-sevres.fr>",
  "Automatic reply: [#SUP-118611] Your account request", "10-29 13:20",
  """Thank you for your email. I am on leave for the autumn break and will
return on Monday 4 November. For urgent matters please contact the
school office.

Peter Hughes
""", fmt="alt", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  mailer="Microsoft Outlook 16.0")

M("account_creation", True, "0560243", "bretagne", "esidoc", "fr", False,
  "A new gestionnaire wants to open the customer account before a first order; HTML-only Outlook.",
  "Gestion Collège Jean Loup Chrétien <gestion.college-jlc@orange.fr>",
  "Ouverture compte client", "10-25 10:15",
  """Bonjour,

Nouvellement arrivée sur le poste de gestionnaire du collège Jean Loup
Chrétien (Vannes, [[0560243]]), je souhaite ouvrir le compte client de
l'établissement pour commander l'abonnement du portail documentaire.
Pouvez-vous m'indiquer la démarche ?

Cordialement,
Morgane Le Bihan
""", fmt="html", mailer="Microsoft Outlook 16.0")

M("order_billing", False, None, None, "espace_acheteur", "fr", True,
  "Second mail of the pair (h077), four days later, not quoting: the same lost basket, now asking whether the order can be rebuilt from the quote. Still order_billing.",
  "Hélène Boucher <h.boucher@mairie-bourg-achard.fr>",
  "Panier des écoles", "11-04 09:02",
  """Bonjour,

Je n'ai pas eu de retour pour mon panier disparu (fournitures des
écoles). J'ai gardé le devis PDF généré le 14 octobre : est-ce que vous
pouvez transformer ce devis en commande directement, pour que je n'aie pas
à ressaisir les 42 lignes ?

Merci,
Hélène Boucher - Mairie de Bourg-Achard
""")

M("other", False, None, None, None, "fr", False,
  "Personal holiday message sent to the desk by address autocomplete.",
  "Claire Dubois <claire.dubois.75@gmail.com>",
  "Photos de Biarritz", "10-27 20:14",
  """Coucou !

Voici quelques photos du week-end, le temps était parfait. On vous attend
pour la raclette le 9 ?

Bises
Claire
""", mailer="Gmail")

M("head_of_establishment_request", False, "0721534", "pays-de-la-loire", "espace_acheteur", "fr", False,
  "Written delegation: the proviseur declares who may validate orders during his absence.",
  "Proviseur Lycée Gabriel Touchard <proviseur.touchard@ac-nantes.fr>",
  "Délégation de validation des commandes", "10-31 16:00",
  """Madame, Monsieur,

Absent pour raisons de santé du 4 au 22 novembre, je donne délégation à
M. Bertrand Ollivier, proviseur adjoint, pour valider les commandes du
lycée Gabriel Touchard ([[0721534]]) sur l'Espace Acheteur pendant cette
période.

Je vous remercie de bien vouloir prendre en compte cette délégation.

Yves Rocher
Proviseur
""", fmt="qp", mailer="Zimbra")

M("missing_noreply_mail", True, "9720466", "martinique", "espace_acheteur", "fr", False,
  "Martinique (972): first-login link after validation never came; no product named.",
  "Ketty Jean-Baptiste <ketty.jean-baptiste@ac-martinique.fr>",
  "Lien de première connexion", "10-30 08:30",
  """Bonjour,

Mon compte a été validé par l'administratrice de la structure (lycée de
Schœlcher, [[9720466]]) mais je n'ai jamais reçu le lien sécurisé de
première connexion.

Merci de votre aide,
Ketty Jean-Baptiste
""", tz="-0400", mailer="Zimbra")

M("automated", False, None, None, None, "en", False,
  "DMARC aggregate report (zip attachment) addressed to the desk.",
  "noreply-dmarc-support@google.com",
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1738842290178012345", "10-27 01:59",
  "DMARC", fmt="dmarc", return_path="<noreply-dmarc-support@google.com>")

M("password_reset", True, None, "centre-val-de-loire", "esidoc", "fr", False,
  "Does not know what the 'identifiant' is (the UAI) nor the password; region from ac-orleans-tours.fr.",
  "Fabienne Marchand <fabienne.marchand@ac-orleans-tours.fr>",
  "identifiant ?", "10-24 14:48",
  """Bonjour,

On me demande un « identifiant » et un mot de passe pour administrer le
portail du CDI. Je n'ai ni l'un ni l'autre. Qu'est-ce que je dois mettre
comme identifiant ? Et comment avoir un mot de passe ?

Fabienne Marchand, prof doc
""")

M("subscription_activation", True, "0382290", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Active subscription not visible for pupils through the ENT: publication step.",
  "Nicolas Brun <nicolas.brun@ac-grenoble.fr>",
  "Ressource invisible pour les élèves", "10-31 10:10",
  """Bonjour,

Notre abonnement Cafeyn est actif depuis la semaine dernière (je le vois
en tant qu'administrateur), mais les élèves qui passent par l'ENT ne le
voient pas sur le portail. Il manque sûrement une case à cocher : laquelle ?

Lycée Pablo Neruda, [[0382290]]
Nicolas Brun
""", mailer="Mozilla Thunderbird")

M("order_billing", False, "0631098", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Private school asks whether it may pay by bank transfer and for the bank details; ISO-8859-1 body.",
  "Comptabilité Institution Godefroy de Bouillon <compta@godefroy-clermont.fr>",
  "Règlement par virement", "10-22 15:00",
  """Bonjour,

Nous souhaitons régler la facture de l'abonnement 2025 par virement
bancaire plutôt que par chèque. Pourriez-vous nous communiquer votre RIB ?

Établissement [[0631098]].

Service comptabilité
""", fmt="latin1")

M("transfer_incident", False, "0595104", "hauts-de-france", "ecoledirecte", "fr", False,
  "New firewall installed during the holidays: the transfer connection test fails.",
  "Responsable réseau <reseau@ensemble-scolaire-tourcoing.fr>",
  "Proxy et transferts EcoleDirecte", "11-04 10:40",
  """Bonjour,

Un nouveau pare-feu a été installé pendant les vacances. Depuis, le
diagnostic de l'outil de transfert échoue au test de connexion. Quels
ports et quelles adresses faut-il ouvrir ? Faut-il déclarer le proxy dans
l'outil ?

UAI [[0595104]]

David Vermeersch
""")

M("other", False, None, "ile-de-france", "ticket_portal", "fr", False,
  "How to add a colleague as follower on a ticket portal ticket: a how-to with no category of its own. Region from ac-creteil.fr.",
  "Yasmina Belkacem <yasmina.belkacem@ac-creteil.fr>",
  "Portail tickets : ajouter une collègue", "10-29 15:38",
  """Bonjour,

Sur le portail de tickets, comment puis-je ajouter ma collègue comme
destinataire des réponses d'un ticket que j'ai ouvert ? Elle me remplace
pendant mon congé de formation.

Merci,
Yasmina Belkacem
""")

M("mailinblack_spam", True, None, None, "espace_acheteur", "fr", False,
  "Forwards the daily MailInBlack quarantine digest and asks why our messages are in it: a real question.",
  "Étienne Morel <e.morel@commune-lamballe-armor.fr>",
  "TR: Votre rapport de quarantaine quotidien", "10-25 08:44",
  """Bonjour,

Voici ce que je reçois tous les matins depuis le changement de
messagerie. Vos mails y sont tous. Comment faire pour qu'ils arrivent
directement ?

Étienne Morel

-------- Message transféré --------
De : Mailinblack <rapport@protect.mailinblack.example.com>
Date : 25/10/2024 07:00
Objet : Votre rapport de quarantaine quotidien

Messages en attente (3) :
- no-reply@espace-acheteur.example.fr - « Validation de votre commande »
- no-reply@espace-acheteur.example.fr - « Votre commande est expédiée »
- newsletter@espace-acheteur.example.fr - « Spécial Toussaint »
Pour autoriser un expéditeur, cliquez sur « Autoriser ».
""", mailer="Mozilla Thunderbird")

M("automated", False, None, None, None, "fr", False,
  "Host-provided autoresponder with only X-Autoreply / X-Autorespond; no Auto-Submitted.",
  "Secrétariat OGEC Saint-Martin <secretariat@ogec-stmartin.fr>",
  "Re: [#SUP-118598] Votre facture", "10-30 12:00",
  """Bonjour,

Le secrétariat est fermé pendant les congés scolaires (du 19 octobre au
3 novembre). Votre message sera traité à la réouverture.

Secrétariat OGEC Saint-Martin
""", headers=[("X-Autoreply", "yes"), ("X-Autorespond", "secretariat@ogec-stmartin.fr")])

M("password_reset", True, "0271160", "normandie", "esidoc", "fr", False,
  "Forward of the reset mail whose link says it is no longer valid; asks for a new link.",
  "Hervé Langlois <herve.langlois@ac-normandie.fr>",
  "TR: Réinitialisation de votre mot de passe", "11-03 18:22",
  """Bonjour,

Le lien ci-dessous m'indique « lien expiré ou déjà utilisé ». Pouvez-vous
m'en renvoyer un ? Collège Pierre Corneille, [[0271160]].

Merci
H. Langlois

________________________________
De : e-sidoc <no-reply@esidoc.example.fr>
Envoyé : vendredi 18 octobre 2024 17:02
À : Langlois Hervé
Objet : Réinitialisation de votre mot de passe

Bonjour,
Pour choisir un nouveau mot de passe, cliquez sur le lien ci-dessous
(valable 12 heures) :
https://[[0271160|l]].esidoc.example.fr/reset?t=8c1b...
""", fmt="html", mailer="Microsoft Outlook 16.0")

M("head_of_establishment_request", False, "0170823", "nouvelle-aquitaine", "esidoc", "fr", True,
  "A librarian relays the principal's signed letter (PDF) asking a reset, principal in copy: the head's written request, relayed; staff must check the letter.",
  "Mathilde Giraud <mathilde.giraud@ac-poitiers.fr>",
  "Courrier de Mme la Principale - accès portail", "10-31 11:20",
  """Bonjour,

Veuillez trouver ci-joint le courrier signé de Mme la Principale du
collège Beauregard ([[0170823]]) demandant la réinitialisation du mot de
passe administrateur du portail et l'envoi du lien sur l'adresse
officielle du collège. Mme la Principale est en copie de ce message.

Bien cordialement,
Mathilde Giraud
Professeure documentaliste
""")
# ---------------------------------------------------------------- h107-h150

M("contract_documents", False, None, None, "espace_acheteur", "fr", False,
  "Second mail of the cleaning-products pair (h089), twelve days later, not quoting: the amendment is still missing.",
  "Sébastien Royer <s.royer@agglo-saintes.fr>",
  "Relance - avenant n°1 produits d'entretien", "11-04 09:30",
  """Bonjour,

Sauf erreur de ma part, je n'ai pas eu de réponse à mon message du 23
octobre : l'avenant n° 1 du marché « Produits d'entretien 2023-2026 »
n'est toujours pas visible dans les pièces du marché. Le mandatement des
factures est bloqué tant que je ne l'ai pas.

Merci de votre retour,
Sébastien Royer
""", fmt="alt", mailer="Microsoft Outlook 16.0")

M("password_reset", True, "0861003", "nouvelle-aquitaine", "esidoc", "fr", False,
  "First of a pair (h113): short message, lost password, UAI in the subject and body.",
  "Cécile Aubert <cecile.aubert@ac-poitiers.fr>",
  "Portail [[0861003]] - mot de passe", "10-19 09:15",
  """Bonjour,
Mot de passe du compte admin oublié. Lycée du Bois d'Amour, Poitiers,
[[0861003]]. Un lien svp ?
Merci,
C. Aubert
""", mailer="Zimbra")

M("account_creation", False, None, None, "espace_acheteur", "fr", False,
  "Account works; asks for order-validation rights to be opened before the year-end orders.",
  "Gaëlle Fournier <g.fournier@mairie-montbazon.fr>",
  "Droits de validation", "10-28 14:12",
  """Bonjour,

J'ai bien un compte sur l'Espace Acheteur mais je ne peux que consulter :
le bouton « valider la commande » est grisé. Mon responsable m'a demandé
de passer les commandes de Noël des écoles pendant son absence. Pouvez-
vous m'ouvrir les droits de validation ?

Gaëlle Fournier
Mairie de Montbazon
""")

M("missing_noreply_mail", True, "0752971", "ile-de-france", "espace_acheteur", "fr", False,
  "Sign-up confirmation never received, she attaches a screenshot of an empty inbox; no product named.",
  "Laure Benhamou <laure.benhamou@ac-paris.fr>",
  "Mail de confirmation", "10-29 10:26",
  """Bonjour,

Je me suis inscrite sur l'Espace Acheteur pour le lycée Turgot
([[0752971]]). Je n'ai pas reçu le mail de confirmation (capture d'écran
de ma boîte de réception en pièce jointe, même les indésirables sont
vides).

Merci de me le renvoyer,
Laure Benhamou
Adjointe gestionnaire
""", fmt="alt", mailer="Microsoft Outlook 16.0")

M("other", False, None, None, None, "fr", True,
  "Angry complaint that nobody answered during the holidays, but it says nothing about the problem: no category can be told.",
  "Gérard Pujol <gerard.pujol@wanadoo.fr>",
  "Personne ne répond ???", "11-01 22:47",
  """Ça fait DIX JOURS que j'attends une réponse. Vous êtes en vacances vous
aussi ??? C'est inadmissible pour un service payé par nos impôts.

G. Pujol
""", mailer="Orange Mail")

M("mailinblack_spam", True, None, None, "espace_acheteur", "fr", False,
  "One line from a phone: blocked by Mailinblack, send the procedure.",
  "Sophie Arnaud <sophie.arnaud@cc-vallee-de-l-herault.fr>",
  "Mailinblack", "10-21 18:03",
  """Vos mails sont bloqués par Mailinblack chez nous, vous avez une procédure ?

Envoyé depuis mon mobile
""", fmt="b64", mailer="Android Mail")

M("password_reset", False, "0861003", "nouvelle-aquitaine", "esidoc", "fr", True,
  "Second mail of the pair (h108), two weeks later, not quoting: no reset mail reached the school address and she asks a person to phone; a new automatic link would not serve her.",
  "Cécile Aubert <cecile.aubert@ac-poitiers.fr>",
  "Mot de passe portail - pas de réponse", "11-02 12:03",
  """Bonjour,

J'avais écrit le 19 octobre pour le mot de passe du portail du lycée du
Bois d'Amour ([[0861003]]). Je n'ai rien reçu, ni de vous ni du portail.
J'ai aussi fait « mot de passe oublié » plusieurs fois, sans résultat. Je
pense que l'adresse enregistrée n'existe plus.

Pouvez-vous me téléphoner lundi au CDI (05 49 ** ** **) ? Ce sera plus
simple.

Cécile Aubert
""", mailer="Zimbra")

M("head_of_establishment_request", False, "0331502", "nouvelle-aquitaine", "esidoc", "fr", False,
  "Principal from the ce.<UAI> address: the departed librarian must lose access; reset with link to the school address. HTML-only Outlook.",
  "Collège Léonard Lenoir <ce.[[0331502]]@ac-bordeaux.fr>",
  "Départ de la documentaliste - accès administrateur", "10-21 08:50",
  """Madame, Monsieur,

Mme Pradier, professeure documentaliste, a quitté l'établissement le
18 octobre. Afin qu'elle n'ait plus accès au compte administrateur du
portail documentaire, je vous demande de réinitialiser le mot de passe et
d'envoyer le lien à l'adresse de l'établissement.

Je vous remercie par avance.

Le principal,
Yannick Dufau
Collège Léonard Lenoir - Sarlat ([[0331502]])
""", fmt="html", mailer="Microsoft Outlook 16.0")

M("order_billing", False, "0291876", "bretagne", "esidoc", "fr", False,
  "Bon d'engagement upload fails at order validation ('format non accepté').",
  "Soizic Le Roux <soizic.leroux@ac-rennes.fr>",
  "Impossible de joindre le bon d'engagement", "10-30 11:00",
  """Bonjour,

À la validation de la commande de renouvellement (lycée Kerichen,
[[0291876]]), le dépôt du bon d'engagement échoue : « format non
accepté ». C'est pourtant un PDF, scanné par le copieur. Je le joins à ce
mail au cas où.

Soizic Le Roux
""")

M("account_creation", True, None, None, "espace_acheteur", "fr", False,
  "First of a pair (h129): a SIVOS secretary asks how to create a buyer account.",
  "Mairie de Vernou - Secrétariat <secretariat@mairie-vernou.fr>",
  "Inscription à la centrale", "10-23 16:20",
  """Bonjour,

Le SIVOS des écoles de Vernou voudrait passer par votre centrale pour les
fournitures scolaires. Comment crée-t-on un compte acheteur ?

Merci,
Élodie Perrin, secrétaire de mairie
""")

M("automated", False, None, "occitanie", "esidoc", "fr", True,
  "A librarian's real question about a lost portal password, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from the sender's ac-montpellier.fr address.",
  "Julien Roques <julien.roques@ac-montpellier.fr>",
  "[docs-occitanie] mot de passe portail perdu - qui a eu le cas ?", "10-24 09:12",
  """Bonjour à toutes et tous,

Pendant les vacances, je voulais mettre à jour le portail mais j'ai perdu
le mot de passe administrateur. Quelqu'un a-t-il déjà eu le cas ? Faut-il
passer par le chef d'établissement ?

Merci pour vos retours,
Julien, collège de Lunel
""", to="docs-occitanie@listes.ac-montpellier.fr",
  headers=[("List-Id", "Professeurs documentalistes Occitanie <docs-occitanie.listes.ac-montpellier.fr>"),
           ("Precedence", "list"), ("List-Post", "<mailto:docs-occitanie@listes.ac-montpellier.fr>"),
           ("Cc", "support@assistance.example.fr")])

M("missing_noreply_mail", True, "7200315", "corse", "espace_acheteur", "fr", False,
  "Haute-Corse UAI (720); order confirmation mails no longer arrive since the 20th.",
  "Antonia Mattei <antonia.mattei@ac-corse.fr>",
  "Confirmations de commande", "10-28 11:05",
  """Bonjour,

Depuis le 20 octobre, je ne reçois plus les mails de confirmation de
commande de l'Espace Acheteur (collège de Corte, [[7200315]]). Les
commandes passent bien quand je regarde l'historique.

Antonia Mattei
""")

M("subscription_activation", True, "9730203", "guyane", "esidoc", "fr", False,
  "Guyane (973): ordered yesterday, asks to activate; short.",
  "Lycée Melkior-Garré CDI <cdi.melkior@ac-guyane.fr>",
  "Activation abonnement", "10-31 09:00",
  """Bonjour,
Commande de l'abonnement Universalis validée hier. Merci de l'activer pour
le lycée ([[9730203]]).
Cordialement
""", tz="-0300")

M("password_reset", True, "9760189", "mayotte", "esidoc", "fr", False,
  "Mayotte (976): forgotten password; Mayotte time zone.",
  "Anrafa Madi <anrafa.madi@ac-mayotte.fr>",
  "oubli du mot de passe", "10-29 08:35",
  """Bonjour,

J'ai oublié le mot de passe du portail du collège de Kani-Kéli,
[[9760189]]. Pouvez-vous m'aider à le réinitialiser ?

Merci beaucoup,
Anrafa Madi
""", tz="+0300")

M("other", False, None, None, None, "fr", False,
  "GDPR erasure request from a former buyer: human review, not account_creation.",
  "Michel Fontaine <michel.fontaine.retraite@free.fr>",
  "Suppression de mes données", "10-25 17:40",
  """Bonjour,

Retraité depuis le 1er octobre, je vous demande de supprimer mon compte et
l'ensemble de mes données personnelles de vos services (Espace Acheteur et
lettres d'information), conformément au RGPD.

Michel Fontaine
""")

M("transfer_incident", False, "0383650", "auvergne-rhone-alpes", "ecoledirecte", "fr", False,
  "Several transfer processes stuck after the server was restarted on the Monday of return.",
  "Économat Externat Notre-Dame <economat@externat-nd-grenoble.fr>",
  "Transferts qui ne se terminent pas", "11-04 11:20",
  """Bonjour,

Depuis le redémarrage du serveur ce matin, les transferts ne se terminent
plus : dans le gestionnaire des tâches j'ai quatre « Outils.exe » qui
tournent en même temps. Faut-il les arrêter ? Nos parents n'ont pas
accès aux bulletins.

Externat Notre-Dame, [[0383650]]
""", fmt="html", mailer="Microsoft Outlook 16.0")

M("mailinblack_spam", True, "0542418", "grand-est", "espace_acheteur", "fr", False,
  "Checked the junk folder too, but Mailinblack is named: mailinblack_spam. ISO-8859-1 body.",
  "Denis Collignon <denis.collignon@lycee-jacques-marquette.fr>",
  "Activation bloquée", "10-22 08:58",
  """Bonjour,

J'ai regardé dans les indésirables, rien. Par contre notre référent
informatique me dit que Mailinblack a été installé sur le domaine du lycée
pendant les vacances et que le mail d'activation y est sûrement bloqué.
Que faut-il autoriser ?

Lycée Jacques Marquette, [[0542418]]
Denis Collignon
""", fmt="latin1")

M("missing_noreply_mail", True, None, None, "espace_acheteur", "en", False,
  "First of a pair (h131): English; no mail at all from the no-reply address since the migration of their mailbox.",
  "Laura Pereira <laura.pereira@lfi-bordeaux-international.fr>",
  "Not receiving any emails from Espace Acheteur", "10-23 10:10",
  """Hello,

Since our mail system was migrated last weekend, I don't receive any
emails from Espace Acheteur (order confirmations, password emails).
Other senders come through fine. Is there an address I can give to our
IT team?

Best regards,
Laura Pereira
Finance office
""", fmt="alt", mailer="Microsoft Outlook 16.0")

M("head_of_establishment_request", False, "0134419", "provence-alpes-cote-d-azur", "esidoc", "fr", True,
  "Claims to be the principal from the ce.<UAI> address, but SPF/DMARC fail and the Reply-To is free-mail, asking to move the admin address there: a probable spoof, still a head-of-establishment request for staff to refuse.",
  "Collège Clair Soleil <ce.[[0134419]]@ac-aix-marseille.fr>",
  "Urgent - changement adresse administrateur", "10-26 23:41",
  """Bonjour,

Je suis la principale du collège Clair Soleil. Pendant les vacances
notre messagerie académique est en maintenance, merci de remplacer
immédiatement l'adresse du compte administrateur du portail par
principale.clairsoleil@gmail.com et d'y envoyer le nouveau mot de passe.

C'est urgent.

La principale
""", auth="fail", headers=[("Reply-To", "principale.clairsoleil@gmail.com")])

M("other", False, None, None, None, "fr", False,
  "Hand-written request to be removed from the newsletter: not automated.",
  "Bruno Tessier <bruno.tessier@ville-cognac.fr>",
  "Désinscription", "10-22 10:40",
  """Bonjour,

Merci de me retirer de votre liste de diffusion, je ne m'occupe plus des
achats depuis septembre.

Cordialement,
B. Tessier
""")

M("password_reset", True, None, None, "espace_acheteur", "fr", False,
  "Espace Acheteur: the mailbox is shared by several agents and nobody knows the login; FAQ case. No UAI, non-academic sender.",
  "Services techniques <st@mairie-la-fleche.fr>",
  "Connexion impossible espace acheteur", "10-25 15:55",
  """Bonjour,

Notre compte Espace Acheteur est rattaché à l'adresse générique des
services techniques, que nous sommes quatre à lire. Personne ne sait quel
identifiant a été utilisé à la création et le mot de passe n'est plus le
bon. Comment récupérer l'accès ?

Cordialement,
Services techniques - Ville de La Flèche
""")

M("order_billing", False, "0762208", "normandie", "esidoc", "fr", False,
  "Payment reminder for an invoice already paid by mandat administratif.",
  "Agence comptable Lycée Jeanne d'Arc <agence.comptable.0762208@ac-normandie.fr>",
  "Relance de paiement erronée", "11-04 10:05",
  """Bonjour,

Nous avons reçu pendant les vacances une relance pour la facture
F24-10377. Elle a été réglée par mandat administratif le 3 octobre
(mandat n° 1842). Merci de mettre à jour votre suivi et de nous
confirmer que le dossier est soldé.

Agence comptable - lycée Jeanne d'Arc, Rouen ([[0762208]])
""", fmt="qp", mailer="Zimbra")

M("account_creation", True, None, None, "espace_acheteur", "fr", True,
  "Second mail of the pair (h116), a week later, not quoting: she filled the sign-up form and cannot log in, the account awaits the structure administrator (FAQ case).",
  "Mairie de Vernou - Secrétariat <secretariat@mairie-vernou.fr>",
  "Compte acheteur SIVOS", "10-30 16:48",
  """Bonjour,

J'ai finalement trouvé le formulaire d'inscription et je l'ai rempli
lundi pour le SIVOS de Vernou. Mais quand j'essaie de me connecter, on me
dit que mon compte est « en attente ». C'est normal ? Combien de temps
faut-il attendre ?

Élodie Perrin
""")

M("contract_documents", False, "0060871", "provence-alpes-cote-d-azur", "espace_acheteur", "fr", False,
  "Used to see the conventions on the old platform, not on the new one.",
  "Gestion Lycée Masséna <int.[[0060871]]@ac-nice.fr>",
  "Conventions invisibles sur la nouvelle plateforme", "10-28 09:45",
  """Bonjour,

Sur l'ancienne plateforme, je voyais nos conventions d'adhésion et les
certificats administratifs. Sur le nouvel Espace Acheteur, l'onglet
« Documents » est vide pour le lycée Masséna ([[0060871]]). Où sont-ils ?

Service de gestion
""")

M("missing_noreply_mail", False, None, None, "espace_acheteur", "en", True,
  "Second mail of the pair (h124), ten days later, not quoting: IT allow-listed the sender and checked quarantine and junk, still nothing: the standard answer was already applied.",
  "Laura Pereira <laura.pereira@lfi-bordeaux-international.fr>",
  "Still no emails from Espace Acheteur", "11-02 09:35",
  """Hello,

I wrote about this last week: we still receive nothing from Espace
Acheteur. Our IT team has since added no-reply@espace-acheteur.example.fr
to the allowed senders and checked the junk and quarantine folders: the
messages are simply not arriving at our server.

Could someone on your side check the sending logs? I'd rather speak to a
person than get the junk-folder answer again.

Laura Pereira
""", fmt="alt", mailer="Microsoft Outlook 16.0")

M("password_reset", True, "0441872", "pays-de-la-loire", "esidoc", "fr", False,
  "Lost password; UAI only inside the portal URL in lower case.",
  "Solène Briand <solene.briand@ac-nantes.fr>",
  "Accès portail CDI", "10-30 13:13",
  """Bonjour,

Je n'arrive plus à me connecter à l'administration de notre portail
https://[[0441872|l]].esidoc.example.fr : mot de passe oublié. Pourriez-vous
me faire parvenir un lien de réinitialisation ?

Bonne journée,
Solène Briand
""", fmt="qp", mailer="Mozilla Thunderbird")

M("head_of_establishment_request", False, "0380968", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Reply-style confirmation from the principal's phone: agrees the librarian's reset may be done (Apple quote of her librarian's request).",
  "Bruno Gaillard <bruno.gaillard@ac-grenoble.fr>",
  "Re: Accès portail CDI", "11-03 19:02",
  """Bonjour,

Je confirme mon accord pour la réinitialisation du mot de passe
administrateur du portail du collège Champollion ([[0380968]]).

Bruno Gaillard, principal

Envoyé de mon iPhone

> Le 3 nov. 2024 à 18:40, Sandra Morel <sandra.morel@ac-grenoble.fr> a écrit :
>
> Bonsoir M. Gaillard,
> Comme convenu, pouvez-vous confirmer au support que vous êtes d'accord
> pour qu'ils réinitialisent le mot de passe du portail ? Ils ont besoin
> de votre accord écrit.
> Merci, Sandra
""", mailer="iPhone Mail (21G93)")

M("other", False, None, "ile-de-france", None, "fr", False,
  "A teacher asks for a reading list for a media-literacy project: unrelated to the services. Region from ac-versailles.fr.",
  "Pauline Garnier <pauline.garnier@ac-versailles.fr>",
  "Ressources EMI", "10-29 16:22",
  """Bonjour,

Auriez-vous une bibliographie ou des ressources sur l'éducation aux
médias pour des 4e ? Je prépare un projet pour la semaine de la presse.

Merci !
Pauline Garnier
""")

M("mailinblack_spam", True, None, "bourgogne-franche-comte", "espace_acheteur", "fr", False,
  "First of a pair (h144): MailInBlack sender challenge named; region from the ac-dijon.fr sender.",
  "Christophe Bernard <christophe.bernard@ac-dijon.fr>",
  "Vos messages et Mailinblack", "10-24 10:20",
  """Bonjour,

Depuis l'arrivée de Mailinblack au collège, vos messages sont bloqués en
attente d'authentification de l'expéditeur (la page « je ne suis pas un
robot »). Comme votre adresse est une no-reply, personne ne clique et je
ne reçois rien. Comment faire ?

Christophe Bernard, gestionnaire
""")

M("subscription_activation", True, "0641033", "nouvelle-aquitaine", "esidoc", "fr", False,
  "Irritated tone: renewal ordered yesterday still shown as expired in 'Mes abonnements'.",
  "Jean-Marc Etcheverry <jean-marc.etcheverry@ac-bordeaux.fr>",
  "Abonnement toujours expiré !", "11-04 08:20",
  """Bonjour,

J'ai renouvelé l'abonnement hier soir depuis chez moi, paiement validé,
et ce matin « Mes abonnements » affiche toujours « expiré ». Les élèves
arrivent dans une heure. C'est quand même pénible.

Lycée Saint-Cricq... non, lycée Louis Barthou, [[0641033]].

J.-M. Etcheverry
""")

M("password_reset", True, "0951680", "ile-de-france", "esidoc", "fr", False,
  "Short Outlook for Android message, base64 body; lost password.",
  "Aïcha Diallo <aicha.diallo@ac-versailles.fr>",
  "mdp", "11-04 07:12",
  """Bonjour, j'ai perdu le mot de passe du portail du CDI (collège Pablo
Picasso, [[0951680]]). Merci de m'envoyer un lien.

Obtenir Outlook pour Android
""", fmt="b64", mailer="Outlook for Android")

M("other", False, None, None, "esignature", "fr", False,
  "The convention to e-sign carries the wrong mayor's name after the municipal change: only the document's sender can fix it. Not access to contract documents.",
  "Agnès Carlier <agnes.carlier@mairie-doullens.fr>",
  "Erreur sur la convention à signer", "10-31 14:35",
  """Bonjour,

Nous avons reçu la convention à signer électroniquement, mais elle est au
nom de l'ancien maire (M. Leroy). Le nouveau maire, M. Poulain, ne peut
pas la signer ainsi. Pouvez-vous faire corriger le document ?

Agnès Carlier
Mairie de Doullens
""")

M("missing_noreply_mail", True, None, "normandie", "espace_acheteur", "fr", False,
  "Names MailInBlack only to say the council does NOT use it: missing_noreply_mail. Region from ac-rouen.fr sender.",
  "Marion Leclerc <marion.leclerc@ac-rouen.fr>",
  "Mail de nouveau mot de passe", "10-23 11:48",
  """Bonjour,

Je ne reçois pas le mail de nouveau mot de passe de l'Espace Acheteur.
Avant que vous me le demandiez : nous n'avons pas Mailinblack ni aucun
filtre particulier, et les indésirables sont vides.

Marion Leclerc
""")

M("account_creation", False, None, None, "espace_acheteur", "en", False,
  "English; a newly opened private school wants a buyer account: eligibility must be checked by a person.",
  "Thomas Lindqvist <t.lindqvist@ecole-bilingue-annecy.fr>",
  "Buyer account for a new school", "10-25 13:05",
  """Hello,

We are a bilingual primary school that opened in September in Annecy,
under contract since this year. Are we eligible for a buyer account on
Espace Acheteur? If so, what documents do you need?

Thomas Lindqvist
Administrator
""", mailer="Apple Mail (2.3774)")

M("head_of_establishment_request", False, "0810962", "occitanie", "espace_acheteur", "en", False,
  "English; the head of an international section school names a new structure administrator and closes the former one's access.",
  "Head Lycée Bellevue <ce.[[0810962]]@ac-toulouse.fr>",
  "New structure administrator", "10-31 09:25",
  """Dear Sir or Madam,

As head of Lycée Bellevue, Albi ([[0810962]]), I hereby ask you to appoint
Mrs Anne Rouquette as administrator of our structure on Espace Acheteur,
replacing Mr Paul Azéma, who has left. Please close Mr Azéma's access.

Yours faithfully,
Richard Combes
Proviseur
""")

M("order_billing", False, None, None, "espace_acheteur", "fr", False,
  "HTML-only Outlook (windows-1252): invoice amount differs from the quote (euro sign).",
  "Comptabilité CIAS <comptabilite@cias-pays-de-redon.fr>",
  "Écart entre devis et facture", "10-22 16:12",
  """Bonjour,

La facture FA-2024-5521 est de 2 347,80 € TTC alors que le devis accepté
(DV-2024-3108) était de 2 147,80 € TTC. Merci de nous adresser une facture
rectificative ou un avoir de 200 €.

Cordialement,
Service comptabilité - CIAS du Pays de Redon
""", fmt="html1252", mailer="Microsoft Outlook 16.0")

M("password_reset", True, "0060412", "provence-alpes-cote-d-azur", "esidoc", "fr", True,
  "The body gives 0060412A (wrong letter) but the sender address ce.<UAI>@ac-nice.fr carries the valid code, which is the label; the secretariat asks the link on the official address.",
  "Collège Jean Giono <ce.[[0060412]]@ac-nice.fr>",
  "Lien de réinitialisation - collège Jean Giono", "11-04 09:55",
  """Bonjour,

Merci d'envoyer un lien de réinitialisation du mot de passe du portail
documentaire à cette adresse (collège Jean Giono, code 0060412A), pour
notre nouvelle documentaliste.

Le secrétariat
""", mailer="Zimbra")

M("mailinblack_spam", False, None, "bourgogne-franche-comte", "espace_acheteur", "fr", True,
  "Second mail of the pair (h135), a week later, not quoting: still MailInBlack, and now also asks who the structure's administrator is: two topics.",
  "Christophe Bernard <christophe.bernard@ac-dijon.fr>",
  "Mailinblack + administrateur", "10-31 15:00",
  """Bonjour,

Toujours le même souci : Mailinblack retient vos messages et mon compte
n'est pas activé. Et au passage, pouvez-vous me dire qui est
l'administrateur de notre structure sur l'Espace Acheteur ? Mon
prédécesseur est parti sans rien laisser.

Christophe Bernard
Gestionnaire - collège Le Chapitre, Chenôve
""")

M("other", False, None, "auvergne-rhone-alpes", None, "fr", False,
  "'Bien reçu, merci' from a phone: nothing to do. Region from ac-lyon.fr.",
  "Valérie Simon <valerie.simon@ac-lyon.fr>",
  "Re: [#SUP-118702] Votre demande", "11-04 10:48",
  """Bien reçu, merci.

Envoyé de mon iPhone
""", mailer="iPhone Mail (21G93)")

M("transfer_incident", False, "0133995", "provence-alpes-cote-d-azur", "ecoledirecte", "fr", False,
  "Licence to regenerate after the server was replaced during the break.",
  "Cours Saint-Thomas d'Aquin <direction@cours-st-thomas.fr>",
  "Nouveau serveur : licence", "11-01 10:30",
  """Bonjour,

Nous avons remplacé le serveur de l'établissement pendant les vacances.
Au lancement de Charlemagne sur la nouvelle machine, on nous demande de
régénérer la licence. Pouvez-vous le faire pour l'UAI [[0133995]] ?

Merci
La direction
""")
M("missing_noreply_mail", True, "0891245", "bourgogne-franche-comte", "espace_acheteur", "fr", False,
  "Subscribed to new-offer alerts before the holidays and never received one; no product named.",
  "Rémi Thévenin <remi.thevenin@ac-dijon.fr>",
  "Alertes nouvelles offres", "10-29 14:40",
  """Bonjour,

J'ai activé les alertes « nouvelles offres » sur l'Espace Acheteur le
15 octobre pour le lycée Jacques Amyot d'Auxerre ([[0891245]]). Je n'ai
reçu aucune alerte depuis alors que deux marchés ont été publiés.

Rémi Thévenin, adjoint gestionnaire
""")

M("contract_documents", False, None, None, "espace_acheteur", "fr", False,
  "Administrative certificate of a market missing; needed for the accountant before year-end.",
  "Finances Département du Gers <finances-marches@gers-departement.fr>",
  "Certificat administratif marché 2022-077", "10-24 10:58",
  """Bonjour,

Le certificat administratif du marché 2022-077 (transports scolaires -
lot 2) n'apparaît pas dans les documents du marché. Le payeur
départemental le réclame pour le mandatement de novembre.

Merci de le mettre en ligne.

Service des finances
""", fmt="html1252", mailer="Microsoft Outlook 16.0")

M("mailinblack_spam", True, "0451320", "centre-val-de-loire", "espace_acheteur", "fr", False,
  "Reply-style follow-up quoting a colleague, not the desk: their IT confirms Mailinblack is what blocks the new-password mail.",
  "Agathe Renard <agathe.renard@ac-orleans-tours.fr>",
  "Fwd: mails Espace Acheteur", "11-04 09:40",
  """Bonjour,

Je vous transfère la réponse de notre informaticien ci-dessous : c'est
bien Mailinblack qui bloque le mail de nouveau mot de passe de l'Espace
Acheteur. Pouvez-vous lui envoyer la marche à suivre pour vous autoriser ?

Agathe Renard
Lycée Voltaire, Orléans ([[0451320]])

---------- Forwarded message ---------
De : Maxime Hubert <maxime.hubert@ac-orleans-tours.fr>
Date : lun. 4 nov. 2024 à 09:21
Objet : Re: mails Espace Acheteur
À : Agathe Renard

Salut Agathe,
J'ai regardé : les messages de l'Espace Acheteur sont dans la quarantaine
Mailinblack du lycée. Demande-leur la procédure de liste blanche, je
m'en occupe dès que je l'ai.
Max
""", mailer="Gmail")

M("head_of_establishment_request", False, None, None, "esidoc", "fr", True,
  "A maternelle head gives her written agreement from a personal address, no UAI given: weak evidence, staff must verify.",
  "Nadine Perret <nadine.perret@sfr.fr>",
  "Accord pour le portail de l'école", "10-27 11:11",
  """Bonjour,

Directrice de l'école maternelle Les Coquelicots à Bourgoin, je donne
mon accord pour que Mme Charvet, enseignante, devienne la référente du
portail documentaire de l'école et reçoive les accès administrateur.

Bonne fin de vacances,
Nadine Perret
""")


# ---------------------------------------------------------------- building

def local_date(md, tz):
    month, rest = md.split("-")
    day, hm = rest.split(" ")
    h, m = hm.split(":")
    naive = dt.datetime(2024, int(month), int(day), int(h), int(m), RNG.randrange(60))
    if tz is None:  # metropolitan France: summer time ends on 27 October at 03:00
        tz = "+0200" if naive < dt.datetime(2024, 10, 27, 3, 0) else "+0100"
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return naive.replace(tzinfo=dt.timezone(off))


def addr_of(frm):
    return email.utils.parseaddr(frm)[1]


def message_id(addr, mailer, when):
    dom = addr.split("@")[-1] or "localhost"
    hexs = "".join(RNG.choice("0123456789abcdef") for _ in range(32))
    if mailer and "Outlook" in mailer and "Android" not in mailer:
        tok = "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(36))
        return "<%s@PR3P264MB%04d.FRAP264.PROD.OUTLOOK.COM>" % (tok, RNG.randrange(10000))
    if mailer == "Gmail":
        tok = "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(44))
        return "<CA+%s@mail.gmail.com>" % tok
    if mailer == "Mozilla Thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (hexs[:8], hexs[8:12], hexs[12:16], hexs[16:20], hexs[20:32], dom)
    return "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), hexs[:16], dom)


def to_html(text, charset_note=""):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for l in p.split("\n")]
        out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
    return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\n--></style>\n"
            "</head><body lang=\"FR\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n%s\n</div>\n</body></html>\n"
            % (charset_note or "utf-8", "\n".join(out)))


def bounce_body(kind, spec, when, boundary):
    _, domain, user, subj = spec.split(":", 3)
    rcpt = "%s@%s" % (user, domain)
    orig = ("From: Assistance <support@assistance.example.fr>\n"
            "To: %s\nSubject: %s\nDate: %s\nMessage-ID: <SUP-%d@assistance.example.fr>\n"
            % (rcpt, subj, email.utils.format_datetime(when - dt.timedelta(minutes=1)), RNG.randrange(10**9)))
    if kind == "bounce":
        note = ("This is the mail system at host mx.%s.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "                   The mail system\n\n"
                "<%s>: host mx.%s said: 550 5.1.1 <%s>: Recipient\n"
                "    address rejected: User unknown in virtual mailbox table\n" % (domain, rcpt, domain, rcpt))
        status, diag = "5.1.1", "smtp; 550 5.1.1 User unknown"
    elif kind == "bounce_fr":
        note = ("Votre message n'a pas pu être remis à %s car la boîte aux lettres\n"
                "du destinataire est pleine.\n\n"
                "Diagnostic pour les administrateurs :\n"
                "Serveur de génération : PAUP264MB1234.FRAP264.PROD.OUTLOOK.COM\n"
                "%s\nRemote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n"
                % (rcpt, rcpt))
        status, diag = "5.2.2", "smtp; 554 5.2.2 mailbox full"
    else:
        note = ("** Address not found **\n\n"
                "Your message wasn't delivered to %s because the address couldn't\n"
                "be found, or is unable to receive mail.\n\n"
                "The response from the remote server was:\n"
                "550 5.1.1 The email account that you tried to reach does not exist.\n" % rcpt)
        status, diag = "5.1.1", "smtp; 550-5.1.1 The email account that you tried to reach does not exist"
    enc = "8bit" if kind == "bounce_fr" else "7bit"
    return ("This is a MIME-encapsulated message.\n\n"
            "--%(b)s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: %(enc)s\n"
            "Content-Description: Notification\n\n%(note)s\n"
            "--%(b)s\nContent-Type: message/delivery-status\nContent-Description: Delivery report\n\n"
            "Reporting-MTA: dns; mx.%(dom)s\nArrival-Date: %(date)s\n\n"
            "Final-Recipient: rfc822; %(rcpt)s\nAction: failed\nStatus: %(status)s\n"
            "Diagnostic-Code: %(diag)s\n\n"
            "--%(b)s\nContent-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n"
            "%(orig)s\n--%(b)s--\n"
            % dict(b=boundary, enc=enc, note=note, dom=domain, date=email.utils.format_datetime(when),
                   rcpt=rcpt, status=status, diag=diag, orig=orig))


def mdn_body(kind, spec, when, boundary):
    _, who, subj = spec.split(":", 2)
    if kind == "mdn":
        human = ("Votre message\n\n  À : %s\n  Objet : %s\n\na été lu le %s.\n"
                 % (who, subj, when.strftime("%d/%m/%Y %H:%M")))
        disp = "manual-action/MDN-sent-manually; displayed"
    else:
        human = ("Votre message\n\n  À : %s\n  Objet : %s\n\na été supprimé sans avoir été lu le %s.\n"
                 % (who, subj, when.strftime("%d/%m/%Y %H:%M")))
        disp = "manual-action/MDN-sent-automatically; deleted"
    return ("--%(b)s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%(h)s\n"
            "--%(b)s\nContent-Type: message/disposition-notification\n\n"
            "Reporting-UA: %(dom)s; Microsoft Exchange Server\nFinal-Recipient: rfc822;%(who)s\n"
            "Original-Message-ID: <SUP-%(n)d@assistance.example.fr>\nDisposition: %(disp)s\n\n--%(b)s--\n"
            % dict(b=boundary, h=human, dom=who.split("@")[1], who=who, n=RNG.randrange(10**9), disp=disp))


def dmarc_body(boundary):
    import base64, io, zipfile
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n  <report_metadata>\n"
           "    <org_name>google.com</org_name>\n    <email>noreply-dmarc-support@google.com</email>\n"
           "    <report_id>1738842290178012345</report_id>\n"
           "    <date_range><begin>1729900800</begin><end>1729987199</end></date_range>\n"
           "  </report_metadata>\n  <policy_published><domain>assistance.example.fr</domain><p>none</p></policy_published>\n"
           "  <record><row><source_ip>198.51.100.25</source_ip><count>14</count>\n"
           "    <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>\n"
           "    <identifiers><header_from>assistance.example.fr</header_from></identifiers></record>\n</feedback>\n")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        info = zipfile.ZipInfo("google.com!assistance.example.fr!1729900800!1729987199.xml",
                               date_time=(2024, 10, 27, 0, 0, 0))
        z.writestr(info, xml)
    data = base64.encodebytes(buf.getvalue()).decode("ascii")
    return ("--%(b)s\nContent-Type: text/plain; charset=\"UTF-8\"; format=flowed; delsp=yes\n\n"
            "This is an aggregate report from google.com.\n\n"
            "--%(b)s\nContent-Type: application/zip;\n name=\"google.com!assistance.example.fr!1729900800!1729987199.zip\"\n"
            "Content-Disposition: attachment;\n filename=\"google.com!assistance.example.fr!1729900800!1729987199.zip\"\n"
            "Content-Transfer-Encoding: base64\n\n%(d)s\n--%(b)s--\n" % dict(b=boundary, d=data))


def auth_results(dom, auth):
    if auth == "pass":
        return ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    if auth == "fail":
        return ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n"
                "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (dom, dom))
    if auth == "softfail":
        return ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=%s;\n"
                "\tdmarc=fail (p=none dis=none) header.from=%s" % (dom, dom))
    return "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % (dom if dom.split(".")[0] in ("mx", "smtp", "mail") else "mx." + dom)


def build(m):
    frm = expand(m["frm"])
    addr = addr_of(frm)
    dom = addr.split("@")[1]
    when = local_date(m["date"], m["tz"])
    body = expand(m["body"])
    subject = expand(m["subject"])
    msg = EmailMessage(policy=email.policy.default)
    ip = "203.0.113.%d" % RNG.randrange(2, 250)
    host = dom if dom.split(".")[0] in ("mx", "smtp", "mail") else "smtp." + dom
    qid = "".join(RNG.choice("ABCDEFGHJKLMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz0123456789") for _ in range(15))
    paris = dt.timezone(when.utcoffset() if m["tz"] is None else
                        (dt.timedelta(hours=2) if when < dt.datetime(2024, 10, 27, 1, 0, tzinfo=dt.timezone.utc)
                         else dt.timedelta(hours=1)))
    recv = (when + dt.timedelta(seconds=RNG.randrange(3, 40))).astimezone(paris)
    trace = ("Return-Path: %s\nDelivered-To: support@assistance.example.fr\n"
             "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
             "\tfor <support@assistance.example.fr>; %s\nAuthentication-Results: %s\n"
             % (m["return_path"] or "<%s>" % addr, host, host, ip, qid,
                email.utils.format_datetime(recv), auth_results(dom, m["auth"])))
    msg["From"] = frm
    msg["To"] = m["to"]
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(when)
    msg["Message-ID"] = message_id(addr, m["mailer"], when)
    if m["mailer"]:
        if m["mailer"] in ("Mozilla Thunderbird",):
            msg["User-Agent"] = "Mozilla Thunderbird"
        elif m["mailer"] != "Gmail":
            msg["X-Mailer"] = m["mailer"]
    for k, v in m["headers"]:
        msg[k] = expand(v)
    fmt = m["fmt"]
    boundary = "=_%s" % "".join(RNG.choice("0123456789abcdef") for _ in range(28))
    if fmt in ("bounce", "bounce_fr", "bounce_gmail", "mdn", "mdn_deleted", "dmarc"):
        msg["MIME-Version"] = "1.0"
        if fmt.startswith("bounce"):
            if "Auto-Submitted" not in msg and fmt != "bounce_gmail":
                msg["Auto-Submitted"] = "auto-replied"
            msg["Content-Type"] = 'multipart/report; report-type=delivery-status; boundary="%s"' % boundary
            payload = bounce_body(fmt, body, when, boundary)
        elif fmt.startswith("mdn"):
            msg["Content-Type"] = 'multipart/report; report-type=disposition-notification; boundary="%s"' % boundary
            payload = mdn_body(fmt, body, when, boundary)
        else:
            msg["Content-Type"] = 'multipart/mixed; boundary="%s"' % boundary
            payload = dmarc_body(boundary)
        msg.set_payload(payload)
        head, _, _ = msg.as_string(policy=email.policy.default.clone(linesep="\n")).partition("\n\n")
        return (trace + head + "\n\n" + payload).encode("utf-8")
    if fmt == "plain":
        msg.set_content(body, cte="8bit")
    elif fmt == "qp":
        msg.set_content(body, cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(body, cte="base64")
    elif fmt == "latin1":
        msg.set_content(body, charset="iso-8859-1", cte="8bit")
    elif fmt == "html":
        msg.set_content(to_html(body), subtype="html", cte="quoted-printable")
    elif fmt == "html1252":
        msg.set_content(to_html(body, "windows-1252"), subtype="html", charset="windows-1252",
                        cte="quoted-printable")
    elif fmt == "alt":
        msg.set_content(body, cte="quoted-printable")
        msg.add_alternative(m["html"] or to_html(body), subtype="html", cte="quoted-printable")
        msg.set_boundary("_000_" + boundary[2:])  # fixed, not the email package's random one
    else:
        raise ValueError(fmt)
    return trace.encode("ascii") + msg.as_bytes(policy=email.policy.default.clone(linesep="\n"))


def label_of(i, m):
    return {
        "file": "h%03d.eml" % i,
        "category": m["cat"],
        "auto_reply_ok": m["ok"],
        "uai": uai(m["uai"]) if m["uai"] else None,
        "region": m["region"],
        "platform": m["platform"],
        "hard": m["hard"],
        "lang": m["lang"],
        "notes": m["notes"],
    }


def main():
    labels = []
    for i, m in enumerate(MAILS, 1):
        with open(os.path.join(HERE, "h%03d.eml" % i), "wb") as f:
            f.write(build(m))
        labels.append(label_of(i, m))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    verify()
    print("wrote %d mails and labels.jsonl in %s" % (len(labels), HERE))


def verify():
    dev_keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    emls = sorted(n for n in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", n))
    assert len(emls) == 150, len(emls)
    assert emls == ["h%03d.eml" % i for i in range(1, 151)]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150
    assert [l["file"] for l in labels] == emls
    for lab in labels:
        assert list(lab) == dev_keys, lab
        path = os.path.join(HERE, lab["file"])
        with open(path, "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not msg.defects, (lab["file"], msg.defects)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] and msg["Message-ID"], lab["file"]
        assert "support@assistance.example.fr" in (str(msg["To"]) + str(msg.get("Cc", ""))), lab["file"]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes without error
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        assert lab["notes"] and "Placeholder" not in lab["notes"]
        if lab["category"] not in AUTO_ALLOWED:
            assert lab["auto_reply_ok"] is False, lab
        sender = email.utils.parseaddr(str(msg["From"]))[1].lower()
        sender_domain = sender.rsplit("@", 1)[-1]
        if lab["uai"] is not None:
            assert valid_uai(lab["uai"]), lab
            # the code must appear in the mail (body, subject, or an address), any case
            text = raw.decode("utf-8", "replace") + "".join(
                p.get_content() for p in msg.walk() if p.get_content_maintype() == "text")
            assert lab["uai"].lower() in text.lower(), lab
            expected = DEPT2REGION[lab["uai"][:3]]
        else:
            expected = DOMAIN2REGION.get(sender_domain)
        assert lab["region"] == expected, (lab["file"], lab["region"], expected)
    # every UAI-looking code in the texts carries a right letter, except the
    # deliberate typos listed here (their labels say so)
    typos = {"0620451A", "0060412A"}
    for m in MAILS:
        for code in re.findall(r"\b\d{7}[A-Z]\b", expand(m["body"] + m["subject"] + m["frm"])):
            assert valid_uai(code) or code in typos, code
    for t in typos:
        assert not valid_uai(t), t


if __name__ == "__main__":
    main()

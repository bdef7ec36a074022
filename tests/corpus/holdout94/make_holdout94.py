#!/usr/bin/env python3
"""Build the holdout94 blind test corpus (150 hand-written mails + labels.jsonl).

Theme: gestionnaires and agents comptables of lycées in Occitanie closing the
2024 accounts in January-February 2025: Chorus invoices, quotes, orders stuck
in baskets, and the platform problems they hit on the way.

Standard library only, deterministic (fixed seed). Every mail text below is
hand-written; the script only wraps it in headers and a transfer encoding,
then re-reads everything it wrote and checks it.

    python3 make_holdout94.py
"""
import html as htmlmod
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(94094)
DESK = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
    "subscription_activation", "head_of_establishment_request", "order_billing",
    "contract_documents", "transfer_incident", "automated", "other",
}
AUTO_ALLOWED = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]

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
DEP2REG, DOM2REG = {}, {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEP2REG[_d if len(_d) == 3 else "0" + _d] = _slug
    for _d in _doms.split():
        DOM2REG[_d] = _slug


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and code[7] == LETTERS[int(code[:7]) % 23])


def region_for(uai, sender):
    if uai:
        return DEP2REG.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOM2REG.get(dom)


ENTRIES = []


def M(cat, auto, uai, plat, hard, lang, notes, frm, subj, body, client="outlook",
      cte="8bit", html=None, attach=None, headers=None, wrong=(), reply_to_id=False,
      auth="pass", to=DESK):
    """Register one hand-written mail and its label."""
    ENTRIES.append(dict(cat=cat, auto=auto, uai=uai, plat=plat, hard=hard, lang=lang,
                        notes=notes, frm=frm, subj=subj, body=body.strip("\n") + "\n",
                        client=client, cte=cte, html=html, attach=attach,
                        headers=headers or {}, wrong=tuple(wrong), reply=reply_to_id,
                        auth=auth, to=to))


ROBOT_AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
BOUNCE = {"Auto-Submitted": "auto-replied", "Return-Path": "<>"}
BULK = {"Precedence": "bulk"}

# ---------------------------------------------------------------------------
# The mail. Everything below is hand-written.
# ---------------------------------------------------------------------------
# ----------------------------- order_billing -------------------------------
M("order_billing", False, "0310046G", "esidoc", False, "fr",
  "Asks for the 2024 e-sidoc subscription invoice to be deposited on Chorus Pro before the accounts close.",
  "Nathalie Fabre <nathalie.fabre@ac-toulouse.fr>",
  "Facture abonnement e-sidoc 2024 non déposée sur Chorus",
  """
Bonjour,

Je suis gestionnaire au lycée Déodat de Séverac à Toulouse (UAI 0310046G).
Nous préparons la clôture de l'exercice 2024 et je ne trouve toujours pas sur
Chorus Pro la facture de notre abonnement e-sidoc 2024 (portail du CDI).
Le service fait a bien été constaté en septembre.

Pourriez-vous déposer la facture sur Chorus rapidement ? L'agent comptable
souhaite la mandater avant le 31 janvier, sinon elle passera en charges à payer.

Merci d'avance,

Nathalie Fabre
Gestionnaire matière – Lycée Déodat de Séverac
Tél. 05 61 40 12 87
""")

M("order_billing", False, "0300013B", "espace_acheteur", False, "fr",
  "Chorus Pro rejected the invoice because the engagement number is missing; the agent comptable asks for a corrected invoice.",
  "Jean-Marc Roustan <jean-marc.roustan@ac-montpellier.fr>",
  "Rejet Chorus Pro - numéro d'engagement absent",
  """
Bonjour,

Votre facture FA-24-11873 a été rejetée dans Chorus Pro ce matin avec le motif
« Numéro d'engagement absent ou erroné ». Notre numéro d'engagement figure
pourtant sur le bon de commande passé via l'Espace Acheteur : EJ 2024-0412.

Merci de redéposer une facture corrigée portant ce numéro, en précisant
le code service « AGENCE COMPTABLE ». Sans cela je ne peux pas payer.

Cordialement,

J.-M. Roustan
Agent comptable
Lycée Jean-Baptiste Dumas – Alès
0300013B
""", cte="quoted-printable")

M("order_billing", False, "0120438L", "espace_acheteur", False, "fr",
  "Order stuck 'en attente de validation' in the basket since December, across the closed 2024 budget year.",
  "Sandrine Vidal <sandrine.vidal.gest@gmail.com>",
  "commande bloquée dans le panier depuis décembre",
  """
Bonjour,

J'ai une commande de fournitures qui est restée dans le panier de l'Espace Acheteur
depuis le 12 décembre avec le statut « en attente de validation ».
Je n'arrive ni à la valider ni à la supprimer. Entre-temps l'exercice 2024
est clos chez nous et je dois la repasser sur le budget 2025.

Pouvez-vous débloquer ou annuler ce panier ? Lycée Foch, Rodez, UAI 0120438L.

Merci beaucoup
Sandrine Vidal, gestionnaire
""", client="gmail", html="alt")

M("order_billing", False, "0810170V", "esidoc", False, "fr",
  "Quote (devis) requested for the 2025 e-sidoc renewal so the gestionnaire can commit the expense.",
  "Laurent Cazals <laurent.cazals@ac-toulouse.fr>",
  "Demande de devis renouvellement e-sidoc 2025",
  """
Bonjour,

Afin de pouvoir engager la dépense sur le budget 2025 voté en novembre,
je vous remercie de bien vouloir m'adresser un devis pour le renouvellement
de l'abonnement e-sidoc du lycée Bellevue d'Albi (0810170V), avec les
mêmes options que l'an dernier.

Le devis doit être libellé au nom du lycée et non de la cité scolaire.

Bien cordialement,
--
Laurent Cazals
Adjoint gestionnaire
Lycée Bellevue – 81000 Albi
""", client="thunderbird")

M("order_billing", False, "0310740L", "espace_acheteur", False, "en",
  "English request for a pro forma invoice so the school can pay an order before the January closing.",
  "Helen Marsh <helen.marsh@ac-toulouse.fr>",
  "Pro forma invoice needed for order placed on the buyer space",
  """
Hello,

I coordinate the British section at Lycée International Victor Hugo in
Colomiers (school code 0310740L). Last week I placed an order for
reading books through the buyer space, but our finance office (the
"gestionnaire") tells me they cannot pay without a pro forma invoice.

Could you send one made out to the school, please? The order
reference shown in the basket is CMD-25-00318.

Many thanks,
Helen Marsh
Head of English, International section
""", client="apple")

M("order_billing", False, "0340135M", "espace_acheteur", True, "fr",
  "Two topics: an invoice missing from Chorus (main request) and, at the end, a forgotten Espace Acheteur password; a single template would answer only half.",
  "Corinne Bastide <corinne.bastide@ac-montpellier.fr>",
  "Facture manquante + accès",
  """
Bonjour,

1) Nous n'avons toujours pas reçu dans Chorus la facture correspondant à la
commande de décembre (manuels numériques, 2 340,00 € TTC). Or je clôture
les comptes du lycée Joffre le 7 février. Merci de me la déposer au plus vite.

2) Au passage, j'ai oublié mon mot de passe de l'Espace Acheteur, je ne peux
donc pas vérifier l'état de la commande moi-même.

Corinne Bastide
Secrétaire d'intendance – Lycée Joffre, Montpellier (0340135M)
""")

M("order_billing", False, "0660344R", "espace_acheteur", False, "fr",
  "Basket emptied after the session expired and a question on which SIRET to put on the purchase order.",
  "Pascal Ribes <pascal.ribes@ac-montpellier.fr>",
  "Panier vidé + SIRET à indiquer sur le bon de commande",
  """
Bonjour,

Hier après-midi j'ai constitué un panier de 14 lignes sur l'Espace Acheteur,
et après une déconnexion (session expirée ?) le panier était vide.
Est-ce qu'il est sauvegardé quelque part ?

Autre question : sur le bon de commande faut-il indiquer le SIRET du lycée
ou celui de l'agence comptable (lycée support) ?

Pascal Ribes
Gestionnaire
Lycée Arago – Perpignan – 0660344R
""", client="zimbra")

M("order_billing", False, "0090559J", "esidoc", False, "fr",
  "The subscription was invoiced twice; the agent comptable asks for a credit note (avoir).",
  "Muriel Gouzy <muriel.gouzy@ac-toulouse.fr>",
  "Facture en double - demande d'avoir",
  """
Bonjour,

En faisant le rapprochement avant la clôture, je constate que l'abonnement
e-sidoc du lycée Gabriel Fauré de Foix (0090559J) a été facturé deux fois :
factures FA-24-10022 et FA-24-10388, même montant, même période.

La première a été payée le 18/12. Pouvez-vous annuler la seconde par un avoir
déposé sur Chorus Pro ?

Cordialement,
Muriel Gouzy
Agent comptable
""", cte="quoted-printable")

M("order_billing", False, "0650283E", "espace_acheteur", False, "fr",
  "Invoice addressed to the wrong entity of the groupement comptable; asks for it to be re-issued.",
  "Thierry Lasserre <thierry.lasserre@ac-toulouse.fr>",
  "Facture adressée au mauvais établissement",
  """
Bonjour,

La facture de la commande passée par le lycée Théophile Gautier de Tarbes
(UAI 0650283E) a été adressée au collège voisin, qui fait partie de notre
groupement comptable mais n'a rien commandé.

Il faut la rééditer au nom du lycée Théophile Gautier, destinataire Chorus :
agence comptable. Je vous joins le bon de commande.

Merci,
Thierry Lasserre – Agent comptable
""", attach=("bon_de_commande_CMD-24-2291.pdf", "application", "pdf"))

M("order_billing", False, "0820210H", "espace_acheteur", False, "fr",
  "Written without accents: an order stuck in the basket that the validation button does not submit.",
  "Kevin Durand <kevin.durand82@orange.fr>",
  "commande bloquee panier",
  """
bonjour

la commande est bloquee dans le panier, quand je clique sur valider la
commande ca tourne et rien ne se passe. j'ai essaye avec firefox et edge.
c'est urgent on ferme les comptes vendredi

lycee Antoine Bourdelle Montauban, uai 0820210H

merci
kevin durand, gestionnaire
""", client="gmail")

M("order_billing", False, None, "espace_acheteur", True, "fr",
  "Chorus invoice question; the code typed as 0460283K has a wrong check letter (the digits give 0460283H), so no UAI; region from the ac-toulouse.fr domain.",
  "Hélène Marty <helene.marty@ac-toulouse.fr>",
  "Facture non reçue sur Chorus Pro",
  """
Bonjour,

Je n'ai pas reçu sur Chorus Pro la facture de la commande de mobilier de CDI
livrée le 9 décembre au lycée Champollion de Figeac.

Notre numéro UAI est 0460283K. Merci de faire le nécessaire, nous clôturons
l'exercice au 31 janvier.

Hélène Marty
Gestionnaire
""", wrong=("0460283K",))

M("order_billing", False, "0480646S", "espace_acheteur", False, "fr",
  "Asks whether an Espace Acheteur order can be paid by mandat administratif and bank transfer instead of card.",
  "Olivier Pagès <olivier.pages@ac-montpellier.fr>",
  "Moyen de paiement - mandat administratif",
  """
Bonjour,

Au moment de valider notre panier, l'Espace Acheteur ne nous propose que le
paiement par carte bancaire. En tant qu'EPLE nous payons par mandat
administratif, après service fait, par virement.

Pouvez-vous activer ce mode de paiement pour le lycée Émile Peytavin à Mende
(0480646S) ?

Merci,
Olivier Pagès
Gestionnaire
""")

M("order_billing", False, "0110869K", "esidoc", True, "fr",
  "Reply on an invoice ticket with the quoted earlier answer: the promised Chorus deposit has still not happened.",
  "Claudine Sabatier <claudine.sabatier@ac-montpellier.fr>",
  "RE: [Ticket #58213] Facture e-sidoc Chorus",
  """
Bonjour,

Toujours rien sur Chorus ce matin. Je relance car il ne me reste que
quelques jours avant la clôture.

Claudine Sabatier
Lycée Paul Sabatier – Carcassonne (0110869K)

-----Message d'origine-----
De : Support <support@assistance.example.fr>
Envoyé : mardi 14 janvier 2025 10:12
À : Claudine Sabatier <claudine.sabatier@ac-montpellier.fr>
Objet : [Ticket #58213] Facture e-sidoc Chorus

Bonjour,

Votre demande a bien été transmise au service facturation ; la facture sera
déposée sur Chorus Pro sous 5 jours ouvrés.

Cordialement,
Le support
""", reply_to_id=True)

M("order_billing", False, "0340094T", "espace_acheteur", False, "en",
  "English: the invoice lacks the purchase-order number the accountant requires.",
  "Mark Ellison <mark.ellison@ac-montpellier.fr>",
  "Invoice without our purchase order number",
  """
Dear support team,

I am writing on behalf of the accounts office of Lycée Jean Mermoz in
Montpellier (0340094T), as our bursar does not read English very well
and the invoice was sent to me by mistake.

Your invoice INV-2025-0051 does not show our purchase order number
(PO BC-2024-377), so the accountant cannot process it in Chorus Pro.
Could you issue a corrected invoice with the PO number?

Kind regards,
Mark Ellison
""", client="gmail", html="alt")

M("order_billing", False, "0320421J", "espace_acheteur", False, "fr",
  "Asks for one quote per establishment of a cité scolaire, to split the commitment between budgets.",
  "Martine Dupuy <martine.dupuy@ac-toulouse.fr>",
  "Devis séparés lycée / LP",
  """
Bonjour,

Pour la commande de licences passée pour la cité scolaire, j'aurais besoin
de deux devis distincts : l'un pour le lycée général Le Garros (0320421J),
l'autre pour le lycée professionnel, car nous avons deux budgets séparés.

Le devis unique reçu ne me permet pas d'engager la dépense.

Cordialement,
Martine Dupuy
Gestionnaire – Auch
""", client="thunderbird")

M("order_billing", False, "0300445W", "esidoc", False, "fr",
  "HTML-only Outlook mail with a transfer notice attached: a payment reminder for an invoice already paid.",
  "Fabienne Roux <fabienne.roux@ac-montpellier.fr>",
  "Relance de paiement : facture déjà réglée",
  """
Bonjour,

Nous avons reçu une relance pour la facture FA-24-09871 (abonnement e-sidoc).
Cette facture a été réglée par virement le 20 décembre 2024.

Vous trouverez ci-joint l'avis de virement du Trésor. Merci de mettre à jour
votre comptabilité et de ne pas nous appliquer de pénalités de retard.

Fabienne Roux
Agent comptable – Lycée Jacques Prévert, Alès
UAI 0300445W
""", html="only", attach=("avis_de_virement_2024-12-20.pdf", "application", "pdf"))

M("order_billing", False, "0310358W", "espace_acheteur", True, "fr",
  "New question about a blocked basket validation, above quoted history about an old password reset that is already solved.",
  "Isabelle Py <isabelle.py@ac-toulouse.fr>",
  "Re: Réinitialisation mot de passe Espace Acheteur",
  """
Bonjour,

Merci, la connexion fonctionne de nouveau. Par contre maintenant je ne peux
pas valider le panier : message « Le montant dépasse le seuil autorisé pour
votre profil ». Le montant est de 3 980 € HT. Qui doit valider ?

Isabelle Py
Lycée Ozenne – Toulouse (0310358W)

Le 09/01/2025 à 15:40, Support a écrit :
> Bonjour,
>
> Un lien de réinitialisation de votre mot de passe a été envoyé à l'adresse
> enregistrée pour votre établissement. Il est valable 12 heures.
>
> Cordialement,
> Le support
""", client="thunderbird", reply_to_id=True)

M("order_billing", False, "0120609X", "esidoc", True, "fr",
  "Quote for an additional e-sidoc option; the UAI is written in lower case (0120609x).",
  "Anne Rigal <anne.rigal@ac-toulouse.fr>",
  "devis option",
  """
Bonjour,

Pourriez-vous nous faire un devis pour l'option de prêt de liseuses sur
e-sidoc ? Lycée Monteil, Rodez, uai 0120609x. Il me faut le devis avant
le 15/02 pour le conseil d'administration.

Merci
Anne Rigal
professeure documentaliste
""", client="gmail")

M("order_billing", False, "0650683P", "esidoc", True, "fr",
  "The UAI appears only in the ce.<UAI>@ac-toulouse.fr sender address; the intendance asks for a copy of a 2024 invoice.",
  "Intendance Lycée Marie Curie <ce.0650683P@ac-toulouse.fr>",
  "Duplicata facture 2024",
  """
Bonjour,

Pour compléter nos pièces justificatives avant la clôture, pourriez-vous
nous envoyer un duplicata de la facture de l'abonnement e-sidoc pour
l'année 2024 ? L'original a été égaré lors du changement d'agent comptable.

Merci par avance,

Le service d'intendance
Lycée Marie Curie – Tarbes
""", cte="base64")

M("order_billing", False, "0810701X", "espace_acheteur", False, "fr",
  "Order marked 'en attente de paiement' although the mandate was issued; base64 body.",
  "Julien Azéma <julien.azema@ac-toulouse.fr>",
  "Commande toujours en attente de paiement",
  """
Bonjour,

Notre commande CMD-24-2817 apparaît toujours « en attente de paiement »
sur l'Espace Acheteur alors que le mandat a été émis le 23 décembre
et que le virement est parti.

Pouvez-vous vérifier de votre côté et changer le statut, sinon la livraison
restera bloquée ?

Julien Azéma
Gestionnaire, lycée Las Cases, Lavaur
UAI : 0810701X
""", cte="base64", client="thunderbird")

M("order_billing", False, "0340683H", "espace_acheteur", False, "fr",
  "Asks which Chorus service code to use and why the invoice stays 'mise à disposition'.",
  "Véronique Cros <veronique.cros@ac-montpellier.fr>",
  "Chorus : code service et statut",
  """
Bonjour,

Deux factures de l'Espace Acheteur restent au statut « Mise à disposition »
dans Chorus Pro depuis trois semaines. Je pense que le code service utilisé
n'est pas le bon : il faut « AC » (agence comptable) pour le lycée
Jules Guesde (0340683H), pas « INTENDANCE ».

Pouvez-vous corriger pour les prochaines et redéposer ces deux-là ?

Véronique Cros
""")

M("order_billing", False, None, "espace_acheteur", False, "fr",
  "A buyer of a groupement d'achat asks for one bon d'engagement covering several lycées; no UAI, region from the ac-toulouse.fr domain.",
  "Patrick Soulié <patrick.soulie@ac-toulouse.fr>",
  "Bon d'engagement groupé pour le groupement d'achat",
  """
Bonjour,

Je coordonne le groupement d'achat des lycées de la Haute-Garonne pour les
licences numériques. Est-il possible d'établir un seul bon d'engagement
pour l'ensemble des établissements membres, puis une facture par lycée ?

Nous devons lancer la campagne 2025 avant fin février.

Patrick Soulié
Acheteur – groupement d'achat, rectorat de Toulouse
""", client="outlook", html="alt")

M("order_billing", False, "0660247K", "esidoc", False, "en",
  "English: the invoice must be made out to the agent comptable for the closing.",
  "Sarah Whitfield <sarah.whitfield@ac-montpellier.fr>",
  "Invoice must be addressed to our accounting officer",
  """
Hi,

Our e-sidoc renewal invoice was made out to the library (CDI) instead
of the school's accounting officer (agent comptable). For the year-end
closing, Chorus only accepts invoices addressed to the agence comptable.

School: Lycée Jean Lurçat, Perpignan, 0660247K.

Could you re-issue it? Thanks in advance.

Sarah Whitfield
Teacher-librarian
""", client="thunderbird")

M("order_billing", False, "0300761P", "esidoc", True, "fr",
  "Chorus rejected the invoice as a duplicate; the UAI is written with spaces (030 0761 P).",
  "Régis Chabert <regis.chabert@ac-montpellier.fr>",
  "Facture rejetée doublon",
  """
Bonjour,

Chorus a rejeté votre dernière facture avec le motif « doublon » : même
numéro que la facture déposée en novembre. Pourriez-vous la redéposer
avec un numéro différent ?

Lycée Albert Camus de Nîmes, UAI : 030 0761 P

Régis Chabert
Secrétariat d'intendance
""")

M("order_billing", False, "0460885M", "espace_acheteur", False, "fr",
  "Cannot delete or change a line of the basket (quantity 100 instead of 10).",
  "Bernadette Lacombe <bernadette.lacombe@ac-toulouse.fr>",
  "Erreur quantité dans le panier",
  """
Bonjour,

J'ai saisi par erreur une quantité de 100 au lieu de 10 sur une ligne du
panier (ramettes de papier recyclé) et je n'arrive plus ni à modifier
la quantité ni à supprimer la ligne : la croix ne fait rien.

Je ne veux surtout pas valider en l'état. Lycée Clément Marot, Cahors
(0460885M).

Merci de votre aide,
B. Lacombe
""", client="zimbra")

M("order_billing", False, "0090186D", "esidoc", False, "fr",
  "Short mail from an iPad: a pro forma invoice is needed to pay before 31 January.",
  "Eric Bonnet <eric.bonnet@ac-toulouse.fr>",
  "Proforma",
  """
Bonjour

Pouvez vous m'envoyer une facture proforma pour l'abonnement e-sidoc 2025 ?
Je voudrais mandater avant le 31/01.
Lycée du Couserans, Saint-Girons, 0090186D

Merci
Eric Bonnet, gestionnaire

Envoyé de mon iPad
""", client="apple")

M("order_billing", False, "0820906P", "espace_acheteur", True, "fr",
  "The proviseure writes from the ce.<UAI> address but only asks for invoice copies: order_billing, not a head-of-establishment request.",
  "Proviseure Lycée Michelet <ce.0820906P@ac-toulouse.fr>",
  "Copie des factures 2024",
  """
Bonjour,

En l'absence de notre gestionnaire (congé maladie), je vous serais
reconnaissante de m'adresser la copie des factures émises en 2024 pour
le lycée Jules Michelet de Montauban, afin que l'agent comptable puisse
terminer le compte financier.

Bien cordialement,

Françoise Lapeyre
Proviseure
""")

M("order_billing", False, "0110017J", "esidoc", False, "fr",
  "Asks for the invoice to be split in two because it mixes subscription and service on different charge accounts.",
  "Gilles Marcou <gilles.marcou@ac-montpellier.fr>",
  "Scinder la facture abonnement / prestation",
  """
Bonjour,

La facture FA-25-00144 regroupe l'abonnement e-sidoc (compte 6188) et la
journée de formation (compte 6283). Notre agent comptable exige deux factures
distinctes pour l'imputation.

Pourriez-vous annuler et refaire deux factures, à déposer sur Chorus ?

Cordialement,
Gilles Marcou
Lycée Louise Michel – Narbonne – 0110017J
""", cte="quoted-printable")

M("order_billing", False, "0480357C", "esidoc", False, "fr",
  "The invoiced amount differs from the quote because of the VAT rate; asks for a corrected invoice.",
  "Sylvie Chaptal <sylvie.chaptal@ac-montpellier.fr>",
  "Montant facture différent du devis (TVA)",
  """
Bonjour,

Le devis D-24-0712 annonçait 1 055,00 € TTC avec une TVA à 5,5 %, la facture
arrive à 1 200,00 € TTC avec une TVA à 20 %. Le bon d'engagement ne couvre
que le montant du devis.

Pouvez-vous vérifier et émettre une facture conforme au devis ?
Lycée Théophile Roussel, Saint-Chély-d'Apcher (0480357C).

Sylvie Chaptal, gestionnaire
""", client="thunderbird")

M("order_billing", False, "0320477V", "espace_acheteur", False, "en",
  "Short English mail: an invoice is not visible in Chorus Pro.",
  "Daniel Ortiz <daniel.ortiz.lycee@gmail.com>",
  "Invoice not in Chorus Pro",
  """
Hello,

We still can't see your invoice for order CMD-25-00412 in Chorus Pro.
School: Lycée Maréchal Lannes, Lectoure (UAI 0320477V).
Can you check it was submitted?

Thanks,
Daniel
""", client="gmail")

M("order_billing", False, "0341447N", "espace_acheteur", False, "fr",
  "Forwarded supplier quote that must be attached to a basket before validation; asks how.",
  "Mireille Azaïs <mireille.azais@ac-montpellier.fr>",
  "TR: Devis fournisseur à rattacher au panier",
  """
Bonjour,

Je vous transfère le devis du fournisseur. Sur l'Espace Acheteur, je ne trouve
pas comment le rattacher à mon panier avant de valider la commande :
le bouton « Joindre un devis » est grisé.

Lycée Jean Monnet, Montpellier – 0341447N

Mireille Azaïs
Adjointe gestionnaire

-----Message d'origine-----
De : Commercial <commercial@fournitures-sud.example.com>
Envoyé : vendredi 24 janvier 2025 16:05
À : Mireille Azaïs
Objet : Votre devis n° DV-88412

Madame,
Veuillez trouver ci-joint notre devis n° DV-88412 valable 30 jours.
""", attach=("DV-88412.pdf", "application", "pdf"))
# ----------------------------- password_reset ------------------------------
M("password_reset", True, "0310816U", "esidoc", False, "fr",
  "The librarian forgot the e-sidoc back-office password; UAI in the body, standard reset path.",
  "Aurélie Combes <aurelie.combes@ac-toulouse.fr>",
  "Mot de passe e-sidoc oublié",
  """
Bonjour,

Je dois saisir les factures des abonnements du CDI pour notre gestionnaire
et je ne me souviens plus du mot de passe d'administration d'e-sidoc.
Pouvez-vous m'aider ? Lycée Raymond Naves, Toulouse, UAI 0310816U.

Cordialement,
Aurélie Combes
Professeure documentaliste
""", client="thunderbird")

M("password_reset", True, "0340985L", "espace_acheteur", False, "fr",
  "Abbreviated, accent-free: forgotten Espace Acheteur password ('mdp'), the basket is only context.",
  "Karine Teissier <karine.teissier@ac-montpellier.fr>",
  "mdp oublie espace acheteur",
  """
bjr,
j'ai oublie mon mdp de l'espace acheteur et je dois valider un panier avant
vendredi. pouvez vous me renvoyer un lien svp
lycee Georges Pompidou Castelnau-le-Lez 0340985L
merci
K. Teissier
""", client="zimbra")

M("password_reset", True, "0660271L", "espace_acheteur", False, "fr",
  "Account locked after several failed attempts on the Espace Acheteur.",
  "Mathieu Sanchez <mathieu.sanchez@ac-montpellier.fr>",
  "Compte bloqué après plusieurs essais",
  """
Bonjour,

Après cinq tentatives de connexion infructueuses, mon compte Espace Acheteur
est bloqué (« compte verrouillé »). Je suis gestionnaire du lycée
Pablo Picasso à Perpignan (0660271L) et j'ai des commandes à finaliser.

Pouvez-vous le débloquer ou m'envoyer un nouveau mot de passe ?

Mathieu Sanchez
""")

M("password_reset", True, "0120854N", "esidoc", False, "fr",
  "The reset link has expired before it was used.",
  "Élodie Marre <elodie.marre@ac-toulouse.fr>",
  "Lien de réinitialisation expiré",
  """
Bonjour,

J'ai bien reçu hier le lien pour réinitialiser le mot de passe e-sidoc mais
je n'ai cliqué que ce matin : « lien expiré ». Pouvez-vous m'en renvoyer un ?

Lycée Jean Vigo, Millau – 0120854N

Merci,
Élodie Marre
""", client="gmail", html="alt")

M("password_reset", True, "0310687D", "esidoc", False, "en",
  "English: the librarian forgot the e-sidoc password after the holidays.",
  "Rachel Moore <rachel.moore@ac-toulouse.fr>",
  "Forgotten password for the library portal",
  """
Hello,

I'm the teacher-librarian at Lycée Saint-Sernin in Toulouse (0310687D).
After the Christmas break I can't remember my password for the e-sidoc
admin interface, and the accounts office needs me to check some
subscription details before the closing.

Could you send me a reset link, please?

Best,
Rachel Moore
""", client="apple")

M("password_reset", True, "0300365J", "espace_acheteur", True, "fr",
  "Negation: not the académie mailbox password, it is the Espace Acheteur one that is lost.",
  "Bruno Delmas <bruno.delmas@ac-montpellier.fr>",
  "Mot de passe",
  """
Bonjour,

Précision avant tout : ce n'est pas mon mot de passe de messagerie académique
qui pose problème (celui-là fonctionne), c'est celui de l'Espace Acheteur
que je n'ai plus. Je l'utilise deux fois par an...

Lycée Lamartine, Bagnols-sur-Cèze – 0300365J

Bruno Delmas, gestionnaire
""")

M("password_reset", False, "0810798C", "esidoc", True, "fr",
  "Asks for the new password to be sent to a personal Gmail address not on file: no automatic answer.",
  "Cécile Bousquet <cecile.bousquet81@gmail.com>",
  "Mot de passe e-sidoc - envoi sur ma boîte perso",
  """
Bonjour,

Je suis la nouvelle documentaliste du lycée Soult à Mazamet (0810798C).
Je n'ai pas encore accès à ma boîte académique et je n'ai pas le mot de passe
d'e-sidoc. Pouvez-vous l'envoyer directement sur cette adresse gmail ?

Merci beaucoup
Cécile Bousquet
""", client="gmail")

M("password_reset", True, "0090127P", "espace_acheteur", True, "fr",
  "The UAI appears only in the ce.<UAI>@ac-toulouse.fr sender address; the secretariat asks for a reset link on that official address.",
  "Secrétariat Lycée Pyrène <ce.0090127P@ac-toulouse.fr>",
  "Réinitialisation du mot de passe Espace Acheteur",
  """
Bonjour,

Notre gestionnaire ne parvient plus à se connecter à l'Espace Acheteur
(mot de passe oublié). Merci d'envoyer le lien de réinitialisation sur
cette adresse de l'établissement, nous le lui transmettrons.

Cordialement,
Le secrétariat
Lycée Pyrène – Pamiers
""")

M("password_reset", True, "0820484F", "esidoc", False, "fr",
  "Does not know the login nor the password of the e-sidoc administration.",
  "Stéphanie Cayla <stephanie.cayla@ac-toulouse.fr>",
  "Identifiant e-sidoc ?",
  """
Bonjour,

Je ne connais ni l'identifiant ni le mot de passe pour l'administration du
portail e-sidoc de notre lycée (Lycée Jean de Prades, Castelsarrasin,
0820484F). Ma collègue partie en retraite ne les a pas laissés.

Comment puis-je les récupérer ?

Stéphanie Cayla, documentaliste
""", client="thunderbird")

M("password_reset", False, "0650887L", "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administrator password, explicitly not the daily maintenance password; no reset template exists for that product.",
  "Philippe Abadie <philippe.abadie@ac-toulouse.fr>",
  "Mot de passe administrateur EcoleDirecte perdu",
  """
Bonjour,

J'ai perdu le mot de passe du compte administrateur EcoleDirecte du lycée
Jean Dupuy (0650887L). Je ne parle pas du mot de passe de maintenance du
jour, que j'obtiens sans souci, mais bien de mon accès administrateur.

J'en ai besoin pour éditer les états de fin d'exercice.

Philippe Abadie
Secrétaire général / gestionnaire
Lycée Jean Dupuy, Tarbes
""")

M("password_reset", True, "0460077J", "espace_acheteur", False, "fr",
  "New agent comptable whose predecessor left without handing over the Espace Acheteur password.",
  "Dominique Vayssière <dominique.vayssiere@ac-toulouse.fr>",
  "Prise de poste - pas de mot de passe",
  """
Bonjour,

J'ai pris mes fonctions d'agent comptable au 1er janvier au lycée
Léo Ferré de Gourdon (0460077J). Mon prédécesseur est parti sans me
transmettre le mot de passe de l'Espace Acheteur.

Pourriez-vous me permettre de le réinitialiser ? J'ai des factures de
décembre à contrôler pour la clôture.

Bien cordialement,
Dominique Vayssière
""", cte="quoted-printable", html="alt")

M("password_reset", False, None, "esidoc", True, "fr",
  "UAI typed as 0340307A has a wrong check letter (the digits give 0340307Z), so no UAI; region from the ac-montpellier.fr domain, and the reset cannot be targeted automatically.",
  "Lucie Fontaine <lucie.fontaine@ac-montpellier.fr>",
  "mot de passe oublié",
  """
Bonjour,

Mot de passe e-sidoc oublié, pouvez-vous me le réinitialiser ?
Notre UAI : 0340307A (lycée Ferdinand Fabre, Bédarieux).

Merci,
Lucie Fontaine
""", wrong=("0340307A",))

M("password_reset", True, "0110703E", "esidoc", False, "fr",
  "Zimbra webmail: the e-sidoc password has expired and must be renewed.",
  "Nadia Benali <nadia.benali@ac-montpellier.fr>",
  "Mot de passe expiré",
  """
Bonjour,

En me connectant à e-sidoc ce matin on m'indique que mon mot de passe a expiré
et le formulaire de changement me renvoie une erreur. Lycée Jules Fil,
Carcassonne, UAI 0110703E.

Merci de m'aider.
Nadia Benali
""", client="zimbra")

M("password_reset", True, "0300982E", "espace_acheteur", True, "fr",
  "New request is a forgotten password, above quoted history about an invoice that is settled.",
  "Christine Molinier <christine.molinier@ac-montpellier.fr>",
  "RE: Facture FA-24-10455",
  """
Bonjour,

Merci pour la facture, elle est bien arrivée sur Chorus.

En revanche je ne peux plus me connecter à l'Espace Acheteur pour passer la
commande 2025 : mot de passe oublié. Pouvez-vous m'envoyer un lien ?

Christine Molinier
Lycée Philippe Lamour, Nîmes – 0300982E

-----Message d'origine-----
De : Facturation <facturation@assistance.example.fr>
Envoyé : lundi 20 janvier 2025 09:31
À : Christine Molinier
Objet : Facture FA-24-10455

Madame,
La facture FA-24-10455 a été déposée ce jour sur Chorus Pro.
""", reply_to_id=True)

M("password_reset", True, "0660174F", "espace_acheteur", False, "en",
  "English: a buyer is locked out of the buyer space and asks for a reset.",
  "Tom Avery <tom.avery@ac-montpellier.fr>",
  "Locked out of the buyer space",
  """
Hello,

I'm locked out of the buyer space ("too many attempts"). I need to log
in to approve a basket before our year-end closing.
Lycée Aristide Maillol, Perpignan, 0660174F.

Please send me a password reset link.

Tom Avery
""", client="gmail")

M("password_reset", True, "0480041J", "esidoc", False, "fr",
  "Very short, with typos: forgotten e-sidoc password.",
  "Jacques Roux <jacques.roux@ac-montpellier.fr>",
  "mot de pase",
  """
bonjour j'ai perdu le mot de pase de e-sidoc, lycee chaptal mende 0480041J
merci
""", client="apple")

M("password_reset", False, "0120280P", "esidoc", True, "fr",
  "Two topics: forgotten e-sidoc password and a newly ordered resource not visible to pupils; a person must answer both.",
  "Monique Alric <monique.alric@ac-toulouse.fr>",
  "Deux soucis e-sidoc",
  """
Bonjour,

Deux choses :
- j'ai oublié mon mot de passe d'administration e-sidoc ;
- la ressource presse commandée en décembre (et payée) n'apparaît toujours
  pas pour les élèves.

Lycée Alexis Monteil... non pardon, lycée La Découverte, Decazeville,
UAI 0120280P.

Merci,
Monique Alric
""", client="thunderbird")

M("password_reset", True, "0320862N", "esidoc", True, "fr",
  "The UAI appears only inside the portal address, in lower case (0320862n.esidoc.fr).",
  "Valérie Castex <valerie.castex@ac-toulouse.fr>",
  "Accès admin portail",
  """
Bonjour,

Je n'arrive plus à me connecter à l'administration de notre portail
https://0320862n.esidoc.fr : mot de passe refusé. J'ai dû le changer
avant Noël et je ne l'ai pas noté.

Pouvez-vous m'envoyer un lien de réinitialisation ?

Valérie Castex
CDI – Lycée Pardailhan, Auch
""")

# -------------------------- missing_noreply_mail ---------------------------
M("missing_noreply_mail", True, "0310218U", "espace_acheteur", False, "fr",
  "The Espace Acheteur activation link never arrived; no anti-spam product named.",
  "Agnès Rouquette <agnes.rouquette@ac-toulouse.fr>",
  "Pas reçu le lien d'activation",
  """
Bonjour,

J'ai créé mon compte sur l'Espace Acheteur lundi pour passer les commandes
du lycée Stéphane Hessel (Toulouse, 0310218U) mais je n'ai jamais reçu
le mail avec le lien d'activation.

Merci de me le renvoyer.
Agnès Rouquette, adjointe gestionnaire
""")

M("missing_noreply_mail", True, "0340485T", "espace_acheteur", False, "fr",
  "The new-password mail never arrives even after checking the junk folder.",
  "Francis Bessière <francis.bessiere@ac-montpellier.fr>",
  "Mail nouveau mot de passe jamais reçu",
  """
Bonjour,

J'ai fait trois fois « mot de passe oublié » sur l'Espace Acheteur, le site
dit qu'un mail a été envoyé, mais rien dans ma boîte, ni dans les
indésirables. Lycée Jean-François Champollion, Lattes (0340485T).

Francis Bessière
""", client="zimbra")

M("missing_noreply_mail", True, "0300943M", "esidoc", False, "en",
  "English: the confirmation mail from the no-reply address never arrived.",
  "Laura Kent <laura.kent@ac-montpellier.fr>",
  "Confirmation email never received",
  """
Hi there,

I requested access to the e-sidoc back office for Lycée Ernest Hemingway
in Nîmes (0300943M) three days ago, but the confirmation email from
your no-reply address never arrived. I've checked my spam folder.

Could you resend it?

Laura Kent
""", client="gmail", html="alt")

M("missing_noreply_mail", True, "0810482J", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.",
  "Sébastien Teulier <sebastien.teulier@ac-toulouse.fr>",
  "Aucun mail de l'Espace Acheteur",
  """
Bonjour,

Nous ne recevons aucun des mails automatiques de l'Espace Acheteur
(confirmation de commande, validation). Avant que vous ne posiez la question :
nous n'avons pas MailInBlack au lycée, juste la messagerie académique.

Lycée Louis Rascol, Albi – 0810482J

Sébastien Teulier, gestionnaire
""", client="thunderbird")

M("missing_noreply_mail", True, "0660051X", "espace_acheteur", False, "fr",
  "Order-validation notifications from the no-reply address stopped arriving.",
  "Annie Puig <annie.puig@ac-montpellier.fr>",
  "Plus de notifications de validation de commande",
  """
Bonjour,

Depuis début janvier je ne reçois plus les notifications « Commande validée »
envoyées par no-reply de l'Espace Acheteur, alors que je les recevais avant.
Cela me gêne pour suivre les commandes avant la clôture.

Lycée Rosa Luxemburg, Canet-en-Roussillon – 0660051X

Annie Puig
""", cte="quoted-printable")

M("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
  "The ticket portal's confirmation mail never arrived; no UAI, region from the ac-montpellier.fr domain.",
  "Rémi Vernet <remi.vernet@ac-montpellier.fr>",
  "Pas de mail de confirmation portail d'assistance",
  """
Bonjour,

Je me suis inscrit sur votre portail d'assistance pour suivre nos tickets
de facturation mais je n'ai pas reçu le mail de confirmation pour définir
mon mot de passe.

Rémi Vernet
Agence comptable
""")

M("missing_noreply_mail", True, "0090843T", "espace_acheteur", False, "fr",
  "Activation mail missing, sent from a personal address; UAI given in the body.",
  "Laetitia Garcia <laetitia.garcia09@free.fr>",
  "lien activation",
  """
Bonjour,

Je n'ai pas reçu le lien d'activation de mon compte Espace Acheteur.
Je vous écris de ma boîte perso car je suis en télétravail.
Lycée Irénée Cros, Pamiers, 0090843T.

Laetitia Garcia
""", client="thunderbird")

M("missing_noreply_mail", True, "0120983D", "esidoc", True, "fr",
  "Reads like a password problem, but the reset form works: the new-password mail never arrives.",
  "Hervé Costes <herve.costes@ac-toulouse.fr>",
  "Problème de mot de passe e-sidoc",
  """
Bonjour,

J'ai un souci de mot de passe : je clique sur « mot de passe oublié »,
je saisis mon adresse, le site confirme l'envoi... et je ne reçois jamais
le mail. Indésirables vérifiés. Lycée Raymond Savignac, Villefranche-de-
Rouergue (0120983D).

Hervé Costes
""", client="gmail")

M("missing_noreply_mail", True, "0460831D", "esidoc", False, "fr",
  "e-sidoc notifications (reservations) from the no-reply sender no longer arrive.",
  "Marion Lacoste <marion.lacoste@ac-toulouse.fr>",
  "notifications e-sidoc",
  """
Bonjour,

Les notifications de réservation envoyées par e-sidoc n'arrivent plus
dans ma boîte depuis les vacances. Est-ce un problème connu ?

Marion Lacoste, lycée Jean Lurçat, Saint-Céré (0460831D)
""", client="thunderbird")

M("missing_noreply_mail", False, "0650231Y", "espace_acheteur", True, "fr",
  "Follow-up after the junk-folder procedure was applied: the mail still does not arrive after two weeks, so it must go to the region.",
  "Jean-Pierre Soubie <jean-pierre.soubie@ac-toulouse.fr>",
  "Re: Mail d'activation non reçu",
  """
Bonjour,

J'ai suivi votre procédure (indésirables, expéditeur autorisé) il y a deux
semaines, et toujours aucun mail d'activation. Je ne peux pas passer la
commande de fin d'exercice.

Jean-Pierre Soubie
Lycée Victor Duruy, Bagnères-de-Bigorre (0650231Y)

Le 16 janv. 2025 à 11:02, Support <support@assistance.example.fr> a écrit :
> Bonjour,
> Vérifiez votre dossier de courriers indésirables et ajoutez
> no-reply à vos expéditeurs autorisés. Sans nouvelle de votre part
> sous 48 h, nous reviendrons vers vous.
""", client="apple", reply_to_id=True)

M("missing_noreply_mail", True, "0820016X", "espace_acheteur", False, "fr",
  "The mail with the login identifier never arrived after sign-up.",
  "Corinne Rames <corinne.rames@ac-toulouse.fr>",
  "Identifiant non reçu",
  """
Bonjour,

Je me suis inscrite sur l'Espace Acheteur vendredi, on m'indiquait que mon
identifiant me serait envoyé par mail. Je n'ai rien reçu.

Lycée Olympe de Gouges, Montauban (0820016X)

Corinne Rames
Envoyé de mon iPhone
""", client="apple")

M("missing_noreply_mail", True, "0340707J", "espace_acheteur", True, "fr",
  "About invoices, but the request is that the automatic 'facture disponible' mails from the no-reply address stopped arriving.",
  "Pierre Galtier <pierre.galtier@ac-montpellier.fr>",
  "Mails 'facture disponible' plus reçus",
  """
Bonjour,

Nous ne recevons plus les mails automatiques « Votre facture est disponible »
de l'Espace Acheteur. Les factures sont bien sur Chorus, mais sans le mail
nous ne savons pas quand les traiter.

Lycée Jean Moulin, Béziers – 0340707J

Pierre Galtier, agent comptable
""", cte="base64")
# ---------------------------- mailinblack_spam -----------------------------
M("mailinblack_spam", True, "0310465M", "espace_acheteur", False, "fr",
  "The Espace Acheteur mails are held by the school's MailInBlack, named explicitly.",
  "Christophe Baylac <christophe.baylac@ac-toulouse.fr>",
  "Vos mails bloqués par MailInBlack",
  """
Bonjour,

Je viens de découvrir que tous les mails de l'Espace Acheteur (confirmations
de commande, factures disponibles) sont retenus par MailInBlack dans
« Mails en attente ». Je les débloque à la main mais je voudrais que cela
cesse. Lycée Bellevue, Toulouse – 0310465M.

Christophe Baylac, gestionnaire
""")

M("mailinblack_spam", True, "0300446X", "espace_acheteur", False, "fr",
  "The school's IT technician asks which senders to allow in MailInBlack.",
  "Yannick Ferrand <yannick.ferrand@ac-montpellier.fr>",
  "Liste blanche MailInBlack - adresses à autoriser",
  """
Bonjour,

Je suis le technicien informatique du lycée Jean Vilar à Villeneuve-lès-
Avignon (0300446X). Nous utilisons MailInBlack et nos gestionnaires ne
reçoivent pas vos messages. Quelles adresses / quels domaines dois-je
ajouter en liste blanche ?

Yannick Ferrand
Technicien informatique (TICE)
""", client="thunderbird")

M("mailinblack_spam", True, "0342056A", "espace_acheteur", False, "en",
  "English IT staff: the buyer-space mails sit in the MailInBlack quarantine.",
  "Andrew Kowalski <andrew.kowalski@ac-montpellier.fr>",
  "Your emails stuck in MailInBlack quarantine",
  """
Hello,

IT support at Lycée Frédéric Bazille, Montpellier (0342056A) here. Your
buyer-space notifications land in our MailInBlack quarantine and our
finance staff miss them during the year-end closing.

Is there an official allow-list guide you can share?

Regards,
Andrew Kowalski
Network administrator
""", client="outlook", html="alt")

M("mailinblack_spam", False, "0810585W", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (prove you are not a robot) without naming MailInBlack; a person should confirm the product before sending the guide.",
  "Josiane Cabrol <josiane.cabrol@ac-toulouse.fr>",
  "Message bizarre à la place de vos mails",
  """
Bonjour,

Un fournisseur m'a dit que quand vous nous écrivez, vous recevez un message
vous demandant de cliquer sur un lien pour prouver que vous n'êtes pas un
robot, et que vos mails restent en attente chez nous tant que ce n'est pas
fait. Du coup je n'ai pas la confirmation de ma commande.

Lycée Marie-Antoinette Riess, Castres... non : lycée Anne Veaute, Castres
(0810585W).

Josiane Cabrol
""")

M("mailinblack_spam", True, "0110510V", "esidoc", True, "fr",
  "Mentions a password, but the reset mail itself is held in MailInBlack: the blocking is the request.",
  "Arnaud Combes <arnaud.combes@ac-montpellier.fr>",
  "Mail de réinitialisation bloqué",
  """
Bonjour,

Le mail de réinitialisation du mot de passe e-sidoc est bloqué par notre
MailInBlack : je le vois dans la liste des mails en attente mais je ne peux
pas l'ouvrir. Que faire ?

Lycée Charles Cros, Carcassonne – 0110510V
Arnaud Combes
""", client="zimbra")

M("mailinblack_spam", True, "0480559X", "espace_acheteur", False, "fr",
  "No-reply mails classified as spam by MailInBlack; named explicitly.",
  "Gisèle Bonicel <gisele.bonicel@ac-montpellier.fr>",
  "mailinblack classe vos mails en spam",
  """
bonjour,
mailinblack classe tous les mails no-reply de l'espace acheteur en spam.
comment faire pour les autoriser une fois pour toutes ?
lycee de Marvejols 0480559X
G. Bonicel
""", client="zimbra")

M("mailinblack_spam", True, "0650041S", "espace_acheteur", True, "fr",
  "An invoice notification is the mail held by MailInBlack; the request is the unblocking, not the invoice.",
  "Daniel Fourcade <daniel.fourcade@ac-toulouse.fr>",
  "Facture retenue dans MailInBlack",
  """
Bonjour,

Je pense que votre mail de mise à disposition de facture est resté coincé
dans MailInBlack (l'outil anti-spam du lycée) : j'ai un message « 1 email
en attente d'authentification » avec votre adresse.

Comment éviter cela pour les prochains envois ?

Daniel Fourcade
Lycée Sixte Vignon, Aureilhan (0650041S)
""", cte="quoted-printable")

M("mailinblack_spam", True, "0090286M", "espace_acheteur", False, "fr",
  "Forwards a MailInBlack daily digest (attached screenshot) showing the no-reply mails held.",
  "Sophie Pujol <sophie.pujol@ac-toulouse.fr>",
  "TR: Votre récapitulatif MailInBlack",
  """
Bonjour,

Ci-joint la capture du récapitulatif MailInBlack de ce matin : vos trois
mails no-reply sont en « spam ». Que dois-je faire pour qu'ils passent ?

Sophie Pujol
Gestionnaire – LP Jean Durroux, Ferrières-sur-Ariège (0090286M)
""", client="gmail", attach=("capture_mailinblack.png", "image", "png"))

M("mailinblack_spam", True, "0820731Z", "esidoc", False, "fr",
  "Names the product as 'mail in black'; e-sidoc mails are held.",
  "Thierry Mouly <thierry.mouly@ac-toulouse.fr>",
  "mails bloqués par l'antispam mail in black",
  """
Bonjour

Les mails d'e-sidoc (réinitialisation, notifications) sont bloqués par
l'antispam « mail in black » du lycée. Pouvez-vous m'envoyer la procédure ?

Lycée François Mitterrand, Moissac, 0820731Z
T. Mouly
""", client="apple")

M("mailinblack_spam", True, None, None, False, "fr",
  "The rectorat's IT department asks for the MailInBlack allow-list procedure for all lycées; no UAI, region from the ac-toulouse.fr domain.",
  "DSI Rectorat - Pôle messagerie <pole.messagerie@ac-toulouse.fr>",
  "MailInBlack dans les EPLE : expéditeurs à autoriser",
  """
Bonjour,

Plusieurs lycées de l'académie qui utilisent MailInBlack nous signalent
que vos messages automatiques sont bloqués en cette période de clôture.
Pouvez-vous nous communiquer la liste des expéditeurs à autoriser, que nous
diffuserons aux établissements ?

Pôle messagerie – DSI
Rectorat de l'académie de Toulouse
""")

# ---------------------------- account_creation -----------------------------
M("account_creation", True, "0311234Y", "espace_acheteur", False, "fr",
  "A new gestionnaire needs an Espace Acheteur account to finish the closing orders.",
  "Émilie Rivière <emilie.riviere@ac-toulouse.fr>",
  "Création de compte Espace Acheteur",
  """
Bonjour,

Je remplace la gestionnaire du lycée des Arènes (Toulouse, 0311234Y)
depuis le 6 janvier. Je n'ai pas de compte sur l'Espace Acheteur : comment
en créer un pour pouvoir suivre les commandes et factures ?

Émilie Rivière
""")

M("account_creation", True, "0341802Z", "espace_acheteur", False, "fr",
  "The account created last week is still 'en attente de validation'.",
  "Gaëlle Poujol <gaelle.poujol@ac-montpellier.fr>",
  "Compte en attente de validation",
  """
Bonjour,

Mon compte Espace Acheteur est « en attente de validation » depuis une
semaine. Qui valide ? J'ai besoin d'accéder aux factures avant la clôture.

Lycée Pierre Mendès France, Montpellier – 0341802Z
Gaëlle Poujol, adjointe gestionnaire
""", client="gmail", html="alt")

M("account_creation", False, "0302211R", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is, because the person who validated accounts has retired; a person must check.",
  "Serge Antoine <serge.antoine@ac-montpellier.fr>",
  "Qui est l'administrateur de notre structure ?",
  """
Bonjour,

Sur l'Espace Acheteur on me dit de demander la validation à
« l'administrateur de la structure ». Or l'ancien gestionnaire, qui l'était,
est parti en retraite en décembre. Comment savoir qui est administrateur
et comment le changer ?

Lycée Dhuoda, Nîmes – 0302211R
Serge Antoine
""", client="thunderbird")

M("account_creation", True, "0311587G", "esidoc", True, "fr",
  "Negation: she has not lost any password, she never had an e-sidoc account.",
  "Inès Mercadier <ines.mercadier@ac-toulouse.fr>",
  "accès e-sidoc",
  """
Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai tout simplement jamais eu
de compte ! Je suis la nouvelle professeure documentaliste du lycée
Rive Gauche (0311587G) et je dois vérifier les abonnements facturés.
Comment obtenir un compte ?

Inès Mercadier
""", client="zimbra")

M("account_creation", True, "0121311K", "espace_acheteur", False, "en",
  "English: a new buyer asks how to get an account on the buyer space.",
  "James Holloway <james.holloway@ac-toulouse.fr>",
  "Account request for the buyer space",
  """
Hello,

I have just joined Lycée Ferdinand Foch in Rodez (0121311K) as assistant
bursar. How do I request an account on the buyer space? My manager
wants me to follow up the orders still open at the year-end.

Thank you,
James Holloway
""", client="apple")

M("account_creation", False, "0111483C", "espace_acheteur", False, "fr",
  "Asks to open validation rights (valideur) for the agent comptable in addition to the account: rights to open, a person decides.",
  "Nicole Escande <nicole.escande@ac-montpellier.fr>",
  "Droits de validation pour l'agent comptable",
  """
Bonjour,

L'agent comptable du lycée Denis Diderot de Narbonne (0111483C) a un compte
Espace Acheteur en simple consultation. Pour la clôture, il doit pouvoir
valider les paniers. Pouvez-vous lui ouvrir les droits de valideur ?

Nicole Escande, gestionnaire
""")

M("account_creation", True, "0651166P", "espace_acheteur", False, "fr",
  "Sign-up form asks for the structure, which cannot be found in the list; account creation help.",
  "Aurélien Sarrat <aurelien.sarrat@ac-toulouse.fr>",
  "Inscription : établissement introuvable",
  """
Bonjour,

En voulant créer mon compte sur l'Espace Acheteur, je ne trouve pas notre
lycée dans la liste des structures. J'ai tapé « Lourdes », « Peyramale »,
le code 0651166P... rien.

Aurélien Sarrat
Lycée Peyramale Saint-Joseph, Lourdes
""", client="gmail")

M("account_creation", True, "0321054X", "esidoc", False, "fr",
  "A second librarian needs her own e-sidoc account.",
  "Béatrice Dartigues <beatrice.dartigues@ac-toulouse.fr>",
  "Compte pour une 2e documentaliste",
  """
Bonjour,

Nous sommes deux documentalistes au lycée Bossuet de Condom (0321054X)
depuis janvier. Est-il possible de créer un second compte d'administration
e-sidoc pour ma collègue, Mme Laffargue ?

Béatrice Dartigues
""", client="thunderbird")

M("account_creation", False, None, "espace_acheteur", True, "fr",
  "Account request with the UAI typed as 0091021K: wrong check letter (the digits give 0091021L), so no UAI; region from the ac-toulouse.fr domain.",
  "Marie-Claire Roques <marie-claire.roques@ac-toulouse.fr>",
  "demande de compte",
  """
Bonjour,

Je souhaite un compte sur l'Espace Acheteur pour le lycée de Tarascon-sur-Ariège,
UAI 0091021K. Je suis la nouvelle secrétaire d'intendance.

Marie-Claire Roques
""", wrong=("0091021K",))

M("account_creation", True, "0461198C", "espace_acheteur", True, "fr",
  "The UAI appears only in the signature, written with a space (0461198 C); account waiting for validation.",
  "Fanny Delpech <fanny.delpech@ac-toulouse.fr>",
  "Toujours pas d'accès",
  """
Bonjour,

J'ai rempli le formulaire de création de compte il y a dix jours et je n'ai
toujours pas accès : « votre compte doit être validé ». Pouvez-vous relancer
la validation ?

Cordialement,
--
Fanny Delpech
Adjointe gestionnaire
Lycée Gaston Monnerville – Cahors
UAI 0461198 C
""", client="thunderbird")

M("account_creation", True, "0481077K", "ticket_portal", False, "fr",
  "Asks for an account on the ticket portal to follow the invoicing tickets.",
  "Henri Boyer <henri.boyer@ac-montpellier.fr>",
  "Compte sur le portail d'assistance",
  """
Bonjour,

Comment puis-je avoir un compte sur votre portail d'assistance pour suivre
les demandes de facturation de notre lycée (lycée Notre-Dame, Mende,
0481077K) ?

Henri Boyer, comptable
""")

M("account_creation", False, "0821133L", "espace_acheteur", True, "fr",
  "The gestionnaire asks to be made administrator of the structure in place of the departed one: rights that a person must check.",
  "Valentin Pradié <valentin.pradie@ac-toulouse.fr>",
  "Devenir administrateur de la structure",
  """
Bonjour,

Je suis le nouveau gestionnaire du lycée Jean Baylet de Valence d'Agen
(0821133L). L'administrateur de notre structure sur l'Espace Acheteur est
toujours mon prédécesseur. Je voudrais devenir administrateur pour valider
les comptes de mes collègues. Est-ce possible sans passer par le proviseur ?

Valentin Pradié
""", cte="quoted-printable")
# ------------------------- subscription_activation -------------------------
M("subscription_activation", True, "0312093G", "esidoc", False, "fr",
  "Paid e-sidoc option ordered in January is not yet available on the portal.",
  "Carole Nougaret <carole.nougaret@ac-toulouse.fr>",
  "Option commandée non disponible",
  """
Bonjour,

Nous avons commandé et payé (mandat du 10 janvier) l'option « Ressources
numériques » d'e-sidoc. Elle n'apparaît toujours pas dans l'administration
du portail. Lycée Saint-Exupéry, Blagnac – 0312093G.

Combien de temps faut-il compter ?

Carole Nougaret
""")

M("subscription_activation", True, "0301774R", "esidoc", False, "fr",
  "The press resource bought at year-end is not visible to pupils; asks how to publish it.",
  "Agathe Soulier <agathe.soulier@ac-montpellier.fr>",
  "Ressource presse pas visible",
  """
Bonjour,

La ressource de presse en ligne achetée en décembre n'est pas visible par
les élèves sur notre portail. Faut-il la publier quelque part ?

Lycée Daudet, Nîmes – 0301774R
Agathe Soulier, documentaliste
""", client="gmail", html="alt")

M("subscription_activation", True, "0811235C", "espace_acheteur", False, "en",
  "English: a service ordered on the buyer space is not yet active.",
  "Grace Lindqvist <grace.lindqvist@ac-toulouse.fr>",
  "Subscription ordered but not active yet",
  """
Hello,

We ordered the online dictionary subscription through the buyer space
on Monday and the order is confirmed, but the service is still not
available for our students. Lycée Borde Basse, Castres (0811235C).

How long does activation usually take?

Grace Lindqvist
""", client="gmail")

M("subscription_activation", True, "0661192M", "esidoc", True, "fr",
  "Negation: the login works and no password is lost; the renewed subscription is simply not active yet.",
  "Patricia Arnaud <patricia.arnaud@ac-montpellier.fr>",
  "Abonnement renouvelé mais portail en mode limité",
  """
Bonjour,

Ce n'est pas un problème de mot de passe, je me connecte très bien. Mais
depuis le 1er janvier le portail e-sidoc affiche « abonnement expiré »
alors que le renouvellement 2025 a été commandé et payé en décembre.

Lycée Charles Renouvier, Prades – 0661192M

Patricia Arnaud
""", client="thunderbird")

M("subscription_activation", True, "0312746S", "esidoc", False, "fr",
  "Online resource bought in January not yet in the portal's resource list.",
  "Delphine Estrade <delphine.estrade@ac-toulouse.fr>",
  "ressource numérique achetée",
  """
Bonjour

on a acheté la ressource « Universalis Junior » le 15/01 et elle n'est pas
encore dans la liste des ressources de notre portail. est-ce normal ?

lycée Pierre Paul Riquet, Saint-Orens-de-Gameville, 0312746S
Delphine
""", client="zimbra")

M("subscription_activation", False, "0313319P", "esidoc", True, "fr",
  "The subscription is still not active after far more than 72 hours and a first reply; a person must look.",
  "Olivia Brunet <olivia.brunet@ac-toulouse.fr>",
  "Re: [Ticket #58640] Abonnement non activé",
  """
Bonjour,

Vous m'aviez annoncé une activation sous 72 h, cela fait maintenant
trois semaines. Rien n'a changé sur le portail. Merci de regarder ce dossier
de près.

Olivia Brunet
Lycée Françoise, Tournefeuille (0313319P)

Le 13/01/2025 à 09:15, Support a écrit :
> Bonjour,
> Votre abonnement sera activé dans un délai de 72 heures après réception
> de la commande.
""", client="thunderbird", reply_to_id=True)

M("subscription_activation", True, "0320659T", "esidoc", False, "fr",
  "Ordered extra licences not visible in the e-sidoc back office.",
  "Lionel Baqué <lionel.baque@ac-toulouse.fr>",
  "Licences supplémentaires",
  """
Bonjour,

Les 200 licences supplémentaires commandées pour la cité scolaire n'apparaissent
pas dans l'administration e-sidoc. La commande a été validée le 27 janvier.

Lycée Joseph Saverne, L'Isle-Jourdain – 0320659T
Lionel Baqué
""", cte="quoted-printable")

M("subscription_activation", True, "0090441F", "esidoc", False, "en",
  "English: a newly subscribed e-book collection is not showing on the portal.",
  "Nina Patel <nina.patel@ac-toulouse.fr>",
  "E-book collection not showing",
  """
Dear support,

The e-book collection we subscribed to last week does not show on our
school portal yet. Lycée de Mirepoix, 0090441F. Is there something I
need to publish on my side?

Kind regards,
Nina Patel
Librarian
""", client="outlook", html="only")

M("subscription_activation", True, "0650460X", "esidoc", True, "fr",
  "Written by the proviseur, but he only asks when the subscription will be available: not a head-of-establishment request.",
  "Proviseur Lycée Lautréamont <ce.0650460X@ac-toulouse.fr>",
  "Disponibilité de l'abonnement",
  """
Bonjour,

Notre documentaliste me signale que l'abonnement commandé le 20 janvier
n'est toujours pas disponible. Pouvez-vous me dire quand il le sera ?

Alain Duffau
Proviseur
Lycée Lautréamont, Tarbes
""")

M("subscription_activation", True, "0110974Z", "esidoc", False, "fr",
  "Apple Mail: the ordered resource is not yet accessible to teachers.",
  "Romain Cathala <romain.cathala@ac-montpellier.fr>",
  "Ressource commandée inaccessible",
  """
Bonjour,

Les enseignants n'ont toujours pas accès à la ressource vidéo commandée
mardi. Lycée Jean Durand, Castelnaudary (0110974Z).

Romain Cathala

Envoyé de mon iPhone
""", client="apple")

# --------------------- head_of_establishment_request -----------------------
M("head_of_establishment_request", False, "0310465M", "espace_acheteur", False, "fr",
  "The proviseur asks in writing, from the ce.<UAI> address, to replace the Espace Acheteur administrator by the new gestionnaire.",
  "Proviseur Lycée Bellevue <ce.0310465M@ac-toulouse.fr>",
  "Changement d'administrateur Espace Acheteur",
  """
Madame, Monsieur,

Je vous informe du départ de M. Gérard Salles, gestionnaire, au 31 décembre
2024. Je vous demande de bien vouloir désigner Mme Christelle Fau, sa
remplaçante, comme administratrice de notre structure sur l'Espace Acheteur,
avec l'adresse christelle.fau@ac-toulouse.fr.

Veuillez agréer mes salutations distinguées.

Jean-Louis Cazeneuve
Proviseur du lycée Bellevue – Toulouse
""")

M("head_of_establishment_request", False, "0340135M", "espace_acheteur", False, "fr",
  "The proviseure authorises in writing an order above the gestionnaire's threshold.",
  "Hélène Vergnes <helene.vergnes@ac-montpellier.fr>",
  "Autorisation de commande",
  """
Bonjour,

En ma qualité de proviseure du lycée Joffre de Montpellier (0340135M),
j'autorise la validation de la commande CMD-25-00502 (mobilier du CDI,
6 480 € TTC) dépassant le seuil de validation de notre gestionnaire.

Cordialement,
Hélène Vergnes
Proviseure
""", attach=("autorisation_signee.pdf", "application", "pdf"))

M("head_of_establishment_request", False, "0660344R", "esidoc", False, "fr",
  "The head asks for the e-sidoc administrator password to be reset and the contact address changed.",
  "Proviseur Lycée Arago <ce.0660344R@ac-montpellier.fr>",
  "Réinitialisation mot de passe administrateur et adresse de contact",
  """
Bonjour,

Je suis le proviseur du lycée Arago à Perpignan. Notre professeure
documentaliste a quitté l'établissement. Je vous demande de réinitialiser
le mot de passe administrateur d'e-sidoc et de remplacer l'adresse de contact
par celle du CDI : cdi.arago@ac-montpellier.fr.

Joseph Ferrer
Proviseur
""", client="zimbra")

M("head_of_establishment_request", False, "0810170V", "esidoc", True, "fr",
  "The librarian relays the head's signed letter (attached) asking to change the administrator; the head is in copy, staff must check the letter.",
  "Laurent Cazals <laurent.cazals@ac-toulouse.fr>",
  "Courrier de M. le Proviseur - changement d'administrateur",
  """
Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le Proviseur du lycée
Bellevue d'Albi (0810170V), en copie de ce message, demandant que je
devienne administrateur du portail e-sidoc à la place de ma collègue partie.

Bien cordialement,
Laurent Cazals
""", client="thunderbird", attach=("courrier_proviseur.pdf", "application", "pdf"))

M("head_of_establishment_request", False, "0120438L", "espace_acheteur", False, "en",
  "English: the head teacher writes to authorise the bursar's order and change of contact address.",
  "Proviseur Lycée Foch <ce.0120438L@ac-toulouse.fr>",
  "Authorisation from the head of school",
  """
Dear Sir or Madam,

As head of Lycée Foch in Rodez, I authorise our bursar, Ms Sandrine
Vidal, to validate the pending basket on the buyer space, and I ask
that the school's contact address be changed to her academic address.

Yours faithfully,
Michel Andrieu
Head of school (proviseur)
""", client="outlook")

M("head_of_establishment_request", False, "0300013B", "espace_acheteur", True, "fr",
  "Claims to be the proviseur but writes from a free-mail address and asks to move the administrator address to it: a probable spoof that staff should refuse.",
  "Proviseur JB Dumas <proviseur.lyceedumas@gmail.com>",
  "URGENT changement adresse administrateur",
  """
Bonjour,

Je suis le proviseur du lycée Jean-Baptiste Dumas d'Alès (0300013B).
Merci de remplacer immédiatement l'adresse de l'administrateur de notre
compte Espace Acheteur par celle-ci et de m'envoyer un nouveau mot de passe.
C'est urgent pour la clôture des comptes.

Le proviseur
""", client="gmail")

M("head_of_establishment_request", False, "0460441E", "espace_acheteur", False, "fr",
  "The directrice of a lycée agricole asks in writing to appoint a new structure administrator.",
  "Direction Lycée agricole <ce.0460441E@ac-toulouse.fr>",
  "Désignation d'un nouvel administrateur",
  """
Madame, Monsieur,

Par la présente, je désigne M. Rodolphe Vidal, secrétaire général,
administrateur de notre structure sur l'Espace Acheteur, en remplacement de
Mme Anne Sirven. Merci de procéder à la modification.

Claire Bouscasse
Directrice de l'EPLEFPA du Lot
""", cte="quoted-printable")

M("head_of_establishment_request", False, "0820974N", "esidoc", True, "fr",
  "Two UAIs: the head writes about her current lycée 0820974N and mentions her former lycée 0310218U only as background.",
  "Proviseure Lycée de Caussade <ce.0820974N@ac-toulouse.fr>",
  "Demande de réinitialisation de l'accès administrateur",
  """
Bonjour,

Nouvellement nommée proviseure du lycée de Caussade (0820974N), après
plusieurs années au lycée Stéphane Hessel de Toulouse (0310218U), je vous
demande de réinitialiser l'accès administrateur du portail e-sidoc de mon
nouvel établissement, personne ici ne disposant du mot de passe.

Sandrine Mazet
Proviseure
""")

M("head_of_establishment_request", False, "0110312E", "espace_acheteur", False, "fr",
  "The principal authorises the agent comptable to validate orders during the closing.",
  "Proviseur Lycée Docteur Lacroix <ce.0110312E@ac-montpellier.fr>",
  "Délégation de validation des commandes",
  """
Bonjour,

Je soussigné, proviseur du lycée Docteur Lacroix à Narbonne, autorise
l'agent comptable, M. Franck Alquier, à valider les commandes de
l'établissement sur l'Espace Acheteur jusqu'au 28 février 2025.

Pierre Gleizes
Proviseur
""", client="thunderbird")

M("head_of_establishment_request", False, "0090309M", "esidoc", True, "fr",
  "The UAI appears only in the ce.<UAI> sender address, written in lower case; the head asks for the contact address to be changed.",
  "Proviseur <ce.0090309m@ac-toulouse.fr>",
  "Modification de l'adresse de contact",
  """
Bonjour,

Je vous demande de modifier l'adresse de contact associée à notre portail
e-sidoc : elle doit désormais être celle du CDI, et non plus celle de
l'ancienne documentaliste.

Le proviseur
Lycée de Lézat-sur-Lèze
""", client="zimbra")
# --------------------------- contract_documents ----------------------------
M("contract_documents", False, "0310046G", "espace_acheteur", False, "fr",
  "The agent comptable cannot see the market documents (CCAP, BPU) needed as supporting evidence.",
  "Sylvain Carrère <sylvain.carrere@ac-toulouse.fr>",
  "Pièces du marché introuvables",
  """
Bonjour,

Pour justifier les paiements de 2024 auprès de la chambre régionale des comptes,
je dois joindre les pièces du marché (CCAP, BPU). Sur l'Espace Acheteur, la
rubrique « Documents du marché » est vide pour nous.

Lycée Déodat de Séverac – 0310046G
Sylvain Carrère, agent comptable
""")

M("contract_documents", False, "0340683H", "espace_acheteur", False, "fr",
  "Cannot see the amendment (avenant) changing the 2025 prices.",
  "Véronique Cros <veronique.cros@ac-montpellier.fr>",
  "Avenant tarifs 2025 non visible",
  """
Bonjour,

Le fournisseur nous facture les nouveaux tarifs 2025 en citant l'avenant n°3
au marché, mais je ne vois pas cet avenant sur l'Espace Acheteur. Sans lui,
je ne peux pas accepter la facture.

Lycée Jules Guesde, Montpellier (0340683H)
Véronique Cros
""", client="thunderbird")

M("contract_documents", False, "0300445W", "esidoc", False, "fr",
  "The subscription convention for 2025 is not in the documents area.",
  "Fabienne Roux <fabienne.roux@ac-montpellier.fr>",
  "Convention 2025 introuvable",
  """
Bonjour,

Je ne retrouve pas la convention d'abonnement e-sidoc 2025 dans l'espace
documents. L'agent comptable la demande en pièce justificative du premier
mandat de l'année. Lycée Jacques Prévert, Alès, 0300445W.

Fabienne Roux
""", client="gmail", html="alt")

M("contract_documents", False, "0650683P", "espace_acheteur", False, "en",
  "English: cannot access the framework agreement documents on the buyer space.",
  "Oliver Grant <oliver.grant@ac-toulouse.fr>",
  "Cannot access framework agreement documents",
  """
Hello,

On the buyer space, the "Contract documents" tab shows "no document
available" for our school (Lycée Marie Curie, Tarbes, 0650683P). Our
accountant needs the framework agreement and its price schedule for the
annual closing.

Could you check our access?

Oliver Grant
""")

M("contract_documents", False, None, "espace_acheteur", True, "fr",
  "Could see the conventions on the old platform, not on the new one: contract_documents, though access rights are a likely cause; region from the ac-toulouse.fr domain.",
  "Magali Bories <magali.bories@ac-toulouse.fr>",
  "conventions plus visibles depuis la nouvelle plateforme",
  """
Bonjour,

Sur l'ancienne plateforme je voyais toutes les conventions signées avec
vous. Depuis la migration vers le nouvel Espace Acheteur, plus rien.
Où sont-elles passées ?

Magali Bories
Secrétaire d'intendance
""", client="zimbra")

M("contract_documents", False, "0120550H", "esignature", True, "fr",
  "The convention was e-signed but the signed copy is not visible anywhere; about e-signature, request is access to the document.",
  "Nathalie Lacan <nathalie.lacan@ac-toulouse.fr>",
  "Convention signée électroniquement : où la trouver ?",
  """
Bonjour,

Notre proviseur a signé électroniquement la convention le 22 janvier. Le
circuit de signature est terminé mais je ne trouve la version signée ni
dans mes mails, ni sur votre plateforme. J'en ai besoin pour le compte
financier.

Lycée Jean Jaurès, Saint-Affrique – 0120550H
Nathalie Lacan, gestionnaire
""")

M("contract_documents", False, "0660921T", "espace_acheteur", False, "fr",
  "Asks for the notified market act (acte d'engagement) missing from the buyer space.",
  "Jordi Pons <jordi.pons@ac-montpellier.fr>",
  "Acte d'engagement",
  """
Bonjour,

L'acte d'engagement du marché de fournitures n'est pas téléchargeable
(« document indisponible »). Pourriez-vous nous le faire parvenir ou
rétablir l'accès ? Lycée Alfred Sauvy, Villelongue-dels-Monts, 0660921T.

Jordi Pons
""", cte="base64")

M("contract_documents", False, "0320851B", "espace_acheteur", True, "fr",
  "Starts with thanks for a solved invoice, then the actual request: the market documents are not visible.",
  "Martine Saint-Martin <martine.saint-martin@ac-toulouse.fr>",
  "Re: facture + documents",
  """
Bonjour,

Merci pour la facture corrigée, tout est bon de ce côté.

Par contre je n'arrive toujours pas à afficher les documents du marché
(bordereau de prix notamment) sur l'Espace Acheteur : la page reste blanche.

Martine Saint-Martin
Lycée Alain-Fournier, Mirande (0320851B)
""", client="apple", reply_to_id=True)

M("contract_documents", False, "0090309M", "esidoc", False, "fr",
  "The general terms and the 2025 price schedule referenced in the quote are not reachable.",
  "Corinne Loubet <corinne.loubet@ac-toulouse.fr>",
  "CGV et grille tarifaire 2025",
  """
Bonjour,

Le devis renvoie aux conditions générales et à la grille tarifaire 2025
« disponibles dans votre espace », mais je ne les trouve pas. Pouvez-vous
me les transmettre ? Lycée de Lézat-sur-Lèze – 0090309M.

Corinne Loubet, gestionnaire
""")

M("contract_documents", False, "0810967L", "espace_acheteur", False, "fr",
  "Cannot see the signed amendments of the purchase agreement.",
  "Bernard Maury <bernard.maury@ac-toulouse.fr>",
  "Avenants non accessibles",
  """
Bonjour,

Aucun avenant n'apparaît dans notre espace alors que deux avenants ont été
signés en 2024. Lycée Lapérouse, Albi, 0810967L.

Bernard Maury
""", client="gmail")

# --------------------------- transfer_incident -----------------------------
M("transfer_incident", False, "0310358W", "ecoledirecte", False, "fr",
  "The nightly data transfer to EcoleDirecte has failed since the closing-year switch.",
  "Stéphane Garrigues <stephane.garrigues@ac-toulouse.fr>",
  "Transfert des données en échec",
  """
Bonjour,

Depuis le basculement d'exercice du 6 janvier, le transfert des données vers
EcoleDirecte échoue chaque nuit (« erreur de synchronisation, code 504 »).
Les élèves et les factures de demi-pension ne sont plus à jour.

Lycée Ozenne, Toulouse – 0310358W
Stéphane Garrigues, secrétaire général
""")

M("transfer_incident", False, "0340485T", "ecoledirecte", False, "fr",
  "Asks for the daily maintenance password to run the year-end reindexing.",
  "Francis Bessière <francis.bessiere@ac-montpellier.fr>",
  "mot de passe de maintenance du jour",
  """
Bonjour,

Pour lancer la réindexation de la base avant la clôture, j'ai besoin du
mot de passe de maintenance du jour. Lycée Champollion, Lattes (0340485T).

Merci,
F. Bessière
""", client="zimbra")

M("transfer_incident", False, "0120854N", "ecoledirecte", False, "fr",
  "The EcoleDirecte licence has expired and must be regenerated.",
  "Joël Bru <joel.bru@ac-toulouse.fr>",
  "Licence expirée - à régénérer",
  """
Bonjour,

Au démarrage, le logiciel indique « Licence expirée au 31/12/2024 ». Le
renouvellement a été payé. Pouvez-vous régénérer la licence ?

Lycée Jean Vigo, Millau (0120854N)
Joël Bru, gestionnaire
""", client="thunderbird")

M("transfer_incident", False, "0660174F", "ecoledirecte", False, "en",
  "English: synchronisation between the school software and EcoleDirecte fails.",
  "Tom Avery <tom.avery@ac-montpellier.fr>",
  "Sync failing between our school software and EcoleDirecte",
  """
Hello,

Since yesterday the synchronisation between our management software and
EcoleDirecte fails with "transfer refused: invalid token". We need it to
issue the canteen invoices before the closing.

Lycée Aristide Maillol, Perpignan (0660174F)
Tom Avery
""", client="gmail")

M("transfer_incident", False, "0650887L", "ecoledirecte", True, "fr",
  "Mentions a 'mot de passe' but it is the daily maintenance password: transfer_incident, not password_reset.",
  "Philippe Abadie <philippe.abadie@ac-toulouse.fr>",
  "Mot de passe refusé",
  """
Bonjour,

Le mot de passe que vous m'avez donné ce matin est refusé. Il s'agit du
mot de passe de maintenance pour relancer le transfert des données, pas
de mon mot de passe personnel.

Philippe Abadie, lycée Jean Dupuy, Tarbes – 0650887L
""")

M("transfer_incident", False, "0300982E", "ecoledirecte", False, "fr",
  "Invoices of the half-board were not transferred; partial transfer with an error log attached.",
  "Christine Molinier <christine.molinier@ac-montpellier.fr>",
  "Transfert partiel - journal d'erreurs",
  """
Bonjour,

Le transfert d'hier soir s'est arrêté à mi-parcours : les factures de
demi-pension de décembre ne sont pas passées. Je vous joins le journal
d'erreurs. Lycée Philippe Lamour, Nîmes – 0300982E.

Christine Molinier
""", attach=("journal_transfert.txt", "text", "plain"))

M("transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Transfer failure reported with the code typed as 0820209H: wrong check letter (the digits give 0820209G), so no UAI; region from the ac-toulouse.fr domain.",
  "Cyril Gasc <cyril.gasc@ac-toulouse.fr>",
  "transfert ecoledirecte bloqué",
  """
bonjour,
le transfert vers ecoledirecte est bloqué depuis lundi, message "base
verrouillée". uai 0820209H
cyril gasc, lycée professionnel, montauban
""", client="zimbra", wrong=("0820209H",))

M("transfer_incident", False, "0481077K", "ecoledirecte", False, "fr",
  "Asks for the licence to be regenerated after a server change during the holidays.",
  "Henri Boyer <henri.boyer@ac-montpellier.fr>",
  "Régénération de licence après changement de serveur",
  """
Bonjour,

Nous avons changé de serveur pendant les vacances ; depuis, la licence
n'est plus reconnue et le transfert de données est impossible.
Pouvez-vous régénérer notre licence ? Lycée Notre-Dame, Mende (0481077K).

Henri Boyer
""", cte="quoted-printable")
# ------------------------------- automated ---------------------------------
M("automated", False, None, None, False, "fr",
  "Exchange out-of-office of a gestionnaire with Auto-Submitted and X-Auto-Response-Suppress; region from the sender domain.",
  "Nathalie Fabre <nathalie.fabre@ac-toulouse.fr>",
  "Réponse automatique : [Ticket #58102] Facture abonnement e-sidoc 2024",
  """
Bonjour,

Je suis absente du 3 au 7 février inclus. Pour toute question urgente
concernant la clôture des comptes, merci de contacter le secrétariat
d'intendance au 05 61 40 12 80.

Cordialement,
Nathalie Fabre
""", headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

M("automated", False, None, None, False, "fr",
  "Zimbra vacation reply from an academic mailbox ('auto-replied (zimbra; vacation)'); region from the domain.",
  "Olivier Pagès <olivier.pages@ac-montpellier.fr>",
  "Absence - Re: Moyen de paiement - mandat administratif",
  """
Je suis en congé jusqu'au lundi 17 février. Votre message sera traité à mon
retour. En cas d'urgence : intendance.peytavin@ac-montpellier.fr
""", client="zimbra", headers={"Auto-Submitted": "auto-replied (zimbra; vacation)"})

M("automated", False, None, None, False, "en",
  "Gmail vacation responder in English (Auto-Submitted: auto-replied).",
  "Daniel Ortiz <daniel.ortiz.lycee@gmail.com>",
  "Out of office: Re: Invoice not in Chorus Pro",
  """
Hi, I'm away on a school trip until 10 February with limited access to
email. For invoices, please write to the accounts office.

Daniel
""", client="gmail", headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})

M("automated", False, None, None, True, "en",
  "Exim bounce as plain text with no Auto-Submitted: only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  "Mail Delivery System <Mailer-Daemon@mx.lycee-example.fr>",
  "Mail delivery failed: returning message to sender",
  """
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  intendance.old@lycee-example.fr
    host mx.lycee-example.fr [192.0.2.45]
    SMTP error from remote mail server after RCPT TO:<intendance.old@lycee-example.fr>:
    550 5.1.1 User unknown

------ This is a copy of the message's headers. ------

Subject: [Ticket #58377] Votre devis e-sidoc 2025
From: Support <support@assistance.example.fr>
""", client="robot", headers={"Return-Path": "<>"})

M("automated", False, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :') with Auto-Submitted.",
  "Microsoft Outlook <postmaster@ac-montpellier.fr>",
  "Non remis : [Ticket #58419] Facture rejetée doublon",
  """
Votre message n'a pas pu être remis à regis.chabert@ac-montpellier.fr.

La boîte aux lettres du destinataire est pleine et ne peut pas accepter de
messages pour le moment. Veuillez réessayer ultérieurement ou contacter
directement le destinataire.

Informations de diagnostic pour les administrateurs :
Serveur générant : mail.ac-montpellier.fr
Remote Server returned '552 5.2.2 mailbox full'
""", client="robot", html="alt", headers={"Auto-Submitted": "auto-replied", "Return-Path": "<>"})

M("automated", False, None, None, True, "fr",
  "MailInBlack challenge sent by the school's anti-spam robot to the desk: automatic mail to ignore, not a person asking about MailInBlack.",
  "Mailinblack <no-reply@mailinblack.com>",
  "Votre message à christophe.baylac@ac-toulouse.fr est en attente",
  """
Bonjour,

Vous avez envoyé un message à christophe.baylac@ac-toulouse.fr.
Ce destinataire est protégé par Mailinblack.

Afin que votre message soit délivré, merci de vous authentifier en cliquant
sur le lien ci-dessous et en recopiant le code affiché :

https://challenge.mailinblack.example/auth?id=7f3e9c

Cette opération n'est à effectuer qu'une seule fois.
""", client="robot", html="only", headers={"Auto-Submitted": "auto-replied"})

M("automated", False, None, None, True, "en",
  "English MailInBlack sender-authentication challenge to the desk: a robot's message, never answered.",
  "Mailinblack <no-reply@mailinblack.com>",
  "Your message to andrew.kowalski@ac-montpellier.fr is pending",
  """
Hello,

You sent a message to andrew.kowalski@ac-montpellier.fr, who is protected
by Mailinblack. To have your message delivered, please confirm that you are
a human by clicking the link below:

https://challenge.mailinblack.example/auth?id=a21b07

You only need to do this once.
""", client="robot", headers={"Auto-Submitted": "auto-replied"})

M("automated", False, None, None, True, "fr",
  "Chorus Pro notification of a rejected invoice sent by its no-reply robot: full of invoice words, but auto-generated.",
  "Chorus Pro <ne-pas-repondre@chorus-pro.example.gouv.fr>",
  "Chorus Pro - Facture FA-24-11873 rejetée",
  """
Bonjour,

La facture FA-24-11873 déposée le 08/01/2025 a été rejetée par le
destinataire.

Motif du rejet : Numéro d'engagement absent ou erroné.
Commentaire : merci d'indiquer le numéro EJ 2024-0412.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
Chorus Pro
""", client="robot", headers={"Auto-Submitted": "auto-generated"})

M("automated", False, None, "espace_acheteur", False, "fr",
  "Platform newsletter about the closing calendar: List-Id, List-Unsubscribe, Precedence: bulk.",
  "Espace Acheteur - Actualités <newsletter@news.espace-acheteur.example.fr>",
  "Clôture 2024 : les dates à retenir pour vos commandes",
  """
Clôture de l'exercice 2024 : les dates à retenir

- 31 janvier : dernier jour pour valider les paniers imputés sur 2024
- 14 février : dépôt des dernières factures sur Chorus Pro
- 28 février : édition des états récapitulatifs

Retrouvez notre guide de la clôture dans votre Espace Acheteur.

Pour vous désabonner, cliquez ici.
""", client="robot", html="alt",
  headers={"List-Id": "Actualites Espace Acheteur <actus.espace-acheteur.example.fr>",
           "List-Unsubscribe": "<https://news.espace-acheteur.example.fr/u/93kd>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

M("automated", False, None, None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the domain.",
  "Véronique Cros <veronique.cros@ac-montpellier.fr>",
  "Lu : [Ticket #58501] Chorus : code service et statut",
  """
Votre message

  À : Véronique Cros
  Objet : [Ticket #58501] Chorus : code service et statut
  Date d'envoi : 28/01/2025 14:02

a été lu le 28/01/2025 14:37.
""", client="robot", headers={"_report": "disposition-notification"})

M("automated", False, None, None, False, "en",
  "Postfix bounce, multipart/report delivery-status, null Return-Path.",
  "Mail Delivery System <MAILER-DAEMON@smtp.lycee-prive.example.org>",
  "Undelivered Mail Returned to Sender",
  """
This is the mail system at host smtp.lycee-prive.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<comptabilite@lycee-prive.example.org>: host 127.0.0.1[127.0.0.1] said:
    550 5.1.1 Recipient address rejected: mailbox unavailable
""", client="robot", headers={"Return-Path": "<>", "_report": "delivery-status"})

M("automated", False, None, "ticket_portal", False, "fr",
  "Ticket-portal notification that a ticket was updated, Auto-Submitted: auto-generated.",
  "Portail d'assistance <notifications@portail-assistance.example.fr>",
  "[Ticket #58613] Mise à jour : Facture en double - demande d'avoir",
  """
Le ticket #58613 a été mis à jour par Service facturation.

Statut : En cours -> Résolu
Commentaire : avoir AV-25-0031 déposé sur Chorus Pro.

Ne répondez pas à ce message ; connectez-vous au portail pour suivre ce ticket.
""", client="robot", headers={"Auto-Submitted": "auto-generated"})

M("automated", False, None, "esignature", True, "fr",
  "E-signature 'document signed' notification without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
  "Signature électronique <no-reply@signature.example.fr>",
  "Document signé : Convention d'abonnement 2025",
  """
Bonjour,

Le document « Convention d'abonnement 2025 » a été signé par toutes les
parties. Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ceci est un message automatique.
""", client="robot", html="only")

M("automated", False, None, None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic, although it mentions invoices.",
  "Muriel Gouzy <muriel.gouzy@ac-toulouse.fr>",
  "Absente : Facture en double - demande d'avoir",
  """
Bonjour,

Je suis absente jusqu'au 10 février. Les factures reçues pendant mon absence
seront traitées à mon retour. Pour les urgences liées à la clôture,
contactez l'intendance au 05 61 65 08 40.

Muriel Gouzy
""", client="outlook")

M("automated", False, None, "espace_acheteur", True, "fr",
  "A gestionnaire's real question about Chorus, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list); region from the domain.",
  "Annie Puig <annie.puig@ac-montpellier.fr>",
  "[gestionnaires-eple-34] Chorus et Espace Acheteur : factures en attente ?",
  """
Bonjour à toutes et à tous,

Quelqu'un a-t-il aussi des factures de l'Espace Acheteur qui restent
« mises à disposition » sur Chorus sans arriver dans le circuit de validation ?
Comment avez-vous fait ?

Annie
--
Liste de diffusion des gestionnaires d'EPLE de l'Hérault
Pour se désinscrire : sympa@listes.ac-montpellier.fr
""", client="zimbra",
  headers={"List-Id": "<gestionnaires-eple-34.listes.ac-montpellier.fr>", "Precedence": "list",
           "List-Unsubscribe": "<mailto:sympa@listes.ac-montpellier.fr?subject=unsubscribe%20gestionnaires-eple-34>"})

M("automated", False, None, None, False, "fr",
  "Another help desk's acknowledgement (Auto-Submitted, X-Loop): answering it would start a mail loop; region from the domain.",
  "Assistance académique <ne-pas-repondre@ac-toulouse.fr>",
  "[DSI-2025-004117] Votre demande a bien été enregistrée",
  """
Bonjour,

Votre demande a été enregistrée sous le numéro DSI-2025-004117.
Elle sera traitée par nos services dans les meilleurs délais.

Merci de ne pas répondre à ce message.
Assistance informatique – Rectorat de Toulouse
""", client="robot", headers={"Auto-Submitted": "auto-replied", "X-Loop": "assistance@ac-toulouse.fr"})

M("automated", False, None, None, False, "en",
  "DMARC aggregate report with a zip attachment sent to the desk's address.",
  "noreply-dmarc-support@google.com",
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1738281600",
  """
This is an aggregate report from google.com.
""", client="robot", attach=("google.com!assistance.example.fr!1738195200!1738281599.zip", "application", "zip"))

M("automated", False, None, "espace_acheteur", False, "fr",
  "No-reply notification to the desk: an account awaits validation (structure without administrator). Auto-Submitted: auto-generated.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Nouveau compte en attente de validation",
  """
Un nouveau compte a été créé et attend une validation :

Utilisateur : Fanny Delpech
Structure : Lycée Gaston Monnerville
Rôle demandé : Acheteur

Aucun administrateur n'étant déclaré pour cette structure, cette notification
est adressée au support.
""", client="robot", headers={"Auto-Submitted": "auto-generated"})

# --------------------------------- other -----------------------------------
M("other", False, None, "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: the words 'mot de passe' and 'lien' appear but nothing is asked; region from the domain.",
  "Aurélie Combes <aurelie.combes@ac-toulouse.fr>",
  "Re: Mot de passe e-sidoc oublié",
  """
Merci beaucoup, tout fonctionne !

Bonne journée
Aurélie

Le 21/01/2025 à 10:47, Support a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> enregistrée pour votre établissement.
""", client="thunderbird", reply_to_id=True)

M("other", False, None, None, False, "en",
  "English SEO spam.",
  "Jenny from GrowthRank <jenny@growthrank-seo.example.com>",
  "Quick question about assistance.example.fr",
  """
Hi there,

I was checking assistance.example.fr and noticed you're missing out on a
lot of organic traffic. We can get you to page 1 of Google in 30 days,
guaranteed. Can I send you a free audit?

Best,
Jenny
""", client="gmail", html="alt")

M("other", False, None, None, True, "fr",
  "Phishing 'mailbox full, confirm your password': mentions a password but is not password_reset; the look-alike domain is not an académie domain, so no region.",
  "Messagerie académique <support@ac-toulouse-webmail.com>",
  "Votre boîte aux lettres est pleine",
  """
Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota. Pour éviter la
suppression de vos messages, confirmez votre identifiant et votre mot de
passe en cliquant ici dans les 24 heures.

L'équipe messagerie
""", html="only", auth="fail")

M("other", False, None, "espace_acheteur", False, "fr",
  "Asks whether a training webinar on the new platform is planned for gestionnaires: no category of its own.",
  "Hélène Marty <helene.marty@ac-toulouse.fr>",
  "Formation à la nouvelle plateforme ?",
  """
Bonjour,

Est-il prévu une formation (même en visio) pour les gestionnaires sur le
nouvel Espace Acheteur ? Plusieurs collègues du Lot seraient intéressés,
idéalement après la clôture, en mars.

Hélène Marty
""", client="thunderbird")

M("other", False, None, None, False, "fr",
  "A furniture supplier's sales pitch sent to the desk: unrelated commercial mail.",
  "Mobilier Scolaire Sud <contact@mobilier-scolaire-sud.example.com>",
  "Offre spéciale mobilier CDI - fin d'exercice",
  """
Madame, Monsieur,

Profitez de nos tarifs spéciaux « fin d'exercice » sur le mobilier de CDI :
-20 % sur les rayonnages jusqu'au 28 février. Devis gratuit sous 24 h.

Notre catalogue est joint.

L'équipe commerciale
""", html="alt", attach=("catalogue_2025.pdf", "application", "pdf"))

M("other", False, "0810967L", "esignature", True, "fr",
  "The convention to e-sign carries a wrong establishment name; only the document's sender can fix it: about a convention, but not access to contract documents.",
  "Bernard Maury <bernard.maury@ac-toulouse.fr>",
  "Erreur de nom sur la convention à signer",
  """
Bonjour,

La convention que nous devons signer électroniquement porte le nom
« Lycée Lapeyrouse » au lieu de « Lycée Lapérouse ». Notre proviseur refuse
de signer en l'état. UAI 0810967L.

Bernard Maury
""")

M("other", False, None, "ticket_portal", False, "fr",
  "How to share a ticket with a colleague on the ticket portal: a how-to question with no category of its own; region from the domain.",
  "Rémi Vernet <remi.vernet@ac-montpellier.fr>",
  "Partager un ticket avec ma collègue",
  """
Bonjour,

Comment puis-je donner à ma collègue de l'agence comptable l'accès au ticket
que j'ai ouvert sur le portail d'assistance ? Je serai absent la semaine
prochaine et elle doit suivre le dossier.

Rémi Vernet
""", client="zimbra")

M("other", False, None, None, True, "fr",
  "Meant for the rectorat's finance division (compte financier deadline), sent to the desk by mistake; region from the domain.",
  "Josette Albouy <josette.albouy@ac-toulouse.fr>",
  "Date limite de transmission du compte financier",
  """
Bonjour,

Pouvez-vous me confirmer la date limite de transmission du compte financier
2024 au rectorat ? Le vade-mecum indique le 30 avril mais une collègue parle
du 31 mars.

Josette Albouy
Agent comptable
""", client="outlook", html="alt")

M("other", False, None, None, False, "fr",
  "Asks for the desk's opening hours during the February holidays.",
  "Gérard Lafon <gerard.lafon@ac-montpellier.fr>",
  "horaires pendant les vacances de février",
  """
bonjour,
le support est il ouvert pendant les vacances de fevrier ? je voudrais
savoir si je peux vous appeler la semaine du 17.
merci
G. Lafon
""", client="apple")

M("other", False, None, None, False, "en",
  "English cold mail from an ed-tech vendor proposing a partnership.",
  "Priya Raman <priya@libtech-partners.example.io>",
  "Partnership opportunity for school libraries",
  """
Dear team,

We build reading analytics for school libraries across Europe and would
love to explore an integration with your platform. Would you have 20
minutes next week for a call?

Best regards,
Priya Raman
Partnerships, LibTech Partners
""", client="gmail")

M("other", False, "0120550H", "esidoc", True, "fr",
  "A satisfied follow-up that also gives feedback on the invoice layout, with nothing to act on; mentions both a password and an invoice without asking anything.",
  "Nathalie Lacan <nathalie.lacan@ac-toulouse.fr>",
  "Retour d'expérience clôture",
  """
Bonjour,

Juste un petit mot pour vous dire que cette année la clôture s'est très bien
passée : mot de passe retrouvé en deux minutes, factures toutes sur Chorus
à temps. Une suggestion pour l'an prochain : indiquer le numéro d'engagement
en haut de la facture plutôt qu'en bas.

Bonne continuation,
Nathalie Lacan
Lycée Jean Jaurès, Saint-Affrique (0120550H)
""")

# ---------------------------------------------------------------------------
# Wrapping: headers, client quirks, transfer encodings. No mail text below.
# ---------------------------------------------------------------------------
DATE_BY_SUBJECT = {
    "Lu : [Ticket #58501] Chorus : code service et statut": "2025-01-28",
    "TR: Devis fournisseur à rattacher au panier": "2025-01-27",
    "Licences supplémentaires": "2025-02-04",
    "Convention signée électroniquement : où la trouver ?": "2025-02-03",
    "Disponibilité de l'abonnement": "2025-01-27",
    "Réponse automatique : [Ticket #58102] Facture abonnement e-sidoc 2024": "2025-02-03",
    "Absente : Facture en double - demande d'avoir": "2025-01-31",
    "Absence - Re: Moyen de paiement - mandat administratif": "2025-02-10",
    "Out of office: Re: Invoice not in Chorus Pro": "2025-02-04",
    "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1738281600": "2025-02-01",
    "Chorus Pro - Facture FA-24-11873 rejetée": "2025-01-09",
    "Rejet Chorus Pro - numéro d'engagement absent": "2025-01-09",
    "Retour d'expérience clôture": "2025-02-20",
    "Clôture 2024 : les dates à retenir pour vos commandes": "2025-01-07",
    "ressource numérique achetée": "2025-01-22",
    "Option commandée non disponible": "2025-01-16",
    "Transfert des données en échec": "2025-01-13",
    "Plus de notifications de validation de commande": "2025-01-20",
    "RE: [Ticket #58213] Facture e-sidoc Chorus": "2025-01-27",
    "Document signé : Convention d'abonnement 2025": "2025-01-22",
}
TZ = timezone(timedelta(hours=1))


def pick_date(e):
    fixed = DATE_BY_SUBJECT.get(e["subj"])
    if fixed:
        day = datetime.strptime(fixed, "%Y-%m-%d")
    elif e["reply"]:
        day = datetime(2025, 2, 3) + timedelta(days=RNG.randint(0, 11))
    else:
        day = datetime(2025, 1, 6) + timedelta(days=RNG.randint(0, 23))
    lo, hi = (0, 23) if e["client"] == "robot" else (7, 18)
    return day.replace(hour=RNG.randint(lo, hi), minute=RNG.randint(0, 59),
                       second=RNG.randint(0, 59), tzinfo=TZ)


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-+") for _ in range(n))


def message_id(client, domain, date):
    if client == "outlook":
        return "<PR3P195MB%s%s@PR3P195MB%s.EURP195.PROD.OUTLOOK.COM>" % (
            rhex(4).upper(), rhex(20).upper(), rhex(4).upper())
    if client == "gmail":
        return "<CA+%s@mail.gmail.com>" % ralnum(44)
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(),
                                       rhex(4).upper(), rhex(12).upper(), domain)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(100000, 999999), RNG.randint(1000, 99999),
                                                  int(date.timestamp() * 1000), domain)
    return "<%s-%s-%s@%s>" % (rhex(8), rhex(4), rhex(12), domain)


def htmlize(text, client):
    blocks, out = text.split("\n\n"), []
    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote type="cite" style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(htmlmod.escape(l) for l in lines))
    body = "\n".join(out)
    if client == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style>p.MsoNormal{margin:0cm;font-family:Calibri,sans-serif}</style></head>\n'
                '<body lang="FR"><div class="WordSection1">\n%s\n</div></body></html>\n' % body.replace("<p>", '<p class="MsoNormal">'))
    if client == "gmail":
        return '<div dir="ltr">\n%s\n</div>\n' % body
    return "<html><head><meta charset=\"utf-8\"></head><body>\n%s\n</body></html>\n" % body


def attachment_bytes(name, maintype, subtype):
    if subtype == "pdf":
        return (b"%PDF-1.4\n% holdout94 placeholder\n1 0 obj << /Type /Catalog >> endobj\n"
                b"trailer << /Root 1 0 R >>\n%%EOF\n")
    if subtype == "png":
        return bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                             "0000000d4944415478da63f8cfc0f01f0005000201a5d6a1d20000000049454e44ae426082")
    if subtype == "zip":
        return b"PK\x05\x06" + b"\x00" * 18
    return None


def build(e):
    name, addr = parseaddr(e["frm"])
    domain = addr.rsplit("@", 1)[1]
    date = pick_date(e)
    lang = e["lang"]
    msg = EmailMessage()
    rp = e["headers"].get("Return-Path", "<%s>" % addr)
    msg["Return-Path"] = rp
    msg["Delivered-To"] = e["to"]
    if domain.endswith("gmail.com"):
        relay = "mail-wm1-f%d.google.com" % RNG.randint(40, 99)
    elif domain.split(".")[0] in ("smtp", "mx", "mail"):
        relay = domain
    else:
        relay = "smtp.%s" % domain
    msg["Received"] = ("from %s (%s [203.0.113.%d]) by mx1.assistance.example.fr (Postfix) "
                       "with ESMTPS id %s for <%s>; %s" % (relay, relay, RNG.randint(2, 250),
                                                          rhex(12).upper(), e["to"], format_datetime(date + timedelta(seconds=7))))
    if e["auth"] == "pass":
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=pass (2048-bit key) header.d=%s; "
                                         "spf=pass smtp.mailfrom=%s; dmarc=pass (p=none dis=none) header.from=%s"
                                         % (domain, domain, domain))
    else:
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom=%s; "
                                         "dmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain))
    msg["Message-ID"] = message_id(e["client"], domain, date)
    msg["Date"] = format_datetime(date)
    msg["From"] = e["frm"]
    msg["To"] = e["to"]
    msg["Subject"] = e["subj"]
    if e["reply"]:
        ref = "<ticket-%s@assistance.example.fr>" % rhex(10)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    c = e["client"]
    if c == "outlook":
        msg["Thread-Topic"] = e["subj"]
        msg["Thread-Index"] = "AQH" + ralnum(29).replace("_", "x").replace("-", "y").replace("+", "z") + "=="
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Content-Language"] = "fr-FR" if lang == "fr" else "en-GB"
    elif c == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = "fr" if lang == "fr" else "en-US"
    elif c == "apple":
        msg["X-Mailer"] = RNG.choice(["iPhone Mail (22C152)", "Apple Mail (2.3826.300.87.4)", "iPad Mail (22B91)"])
    elif c == "zimbra":
        msg["X-Mailer"] = "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF128 (Linux)/10.0.8_GA_4611)"
        msg["Thread-Index"] = ralnum(20).replace("_", "x").replace("-", "y").replace("+", "z")
    for k, v in e["headers"].items():
        if k in ("Return-Path", "_report"):
            continue
        msg[k] = v
    cte = e["cte"]
    text = e["body"]
    if e["html"] == "only":
        msg.set_content(htmlize(text, c), subtype="html", cte=cte)
    else:
        msg.set_content(text, cte=cte)
        if e["html"] == "alt":
            msg.add_alternative(htmlize(text, c), subtype="html", cte=cte)
    report = e["headers"].get("_report")
    if report:
        msg.make_mixed()
        part = EmailMessage()
        if report == "delivery-status":
            per_msg, per_rcpt = EmailMessage(), EmailMessage()
            per_msg["Reporting-MTA"] = "dns; smtp.lycee-prive.example.org"
            per_rcpt["Final-Recipient"] = "rfc822; comptabilite@lycee-prive.example.org"
            per_rcpt["Action"] = "failed"
            per_rcpt["Status"] = "5.1.1"
            part["Content-Type"] = "message/delivery-status"
            part.set_payload([per_msg, per_rcpt])
        else:
            part.set_content("Reporting-UA: %s; Microsoft Outlook 16.0\n"
                             "Final-Recipient: rfc822;%s\n"
                             "Disposition: manual-action/MDN-sent-manually; displayed\n" % (domain, addr))
            part.set_type("message/%s" % report)
        msg.attach(part)
        msg.set_type("multipart/report")
        msg.set_param("report-type", report)
    if e["attach"]:
        fname, maintype, subtype = e["attach"]
        if maintype == "text":
            msg.add_attachment("2025-01-28 23:02:11 DEBUT transfert lot DP-12\n"
                               "2025-01-28 23:14:52 ERREUR lot 12/20 interrompu (timeout serveur)\n"
                               "2025-01-28 23:14:52 FIN transfert: partiel\n", subtype=subtype, filename=fname)
        else:
            msg.add_attachment(attachment_bytes(fname, maintype, subtype), maintype=maintype,
                               subtype=subtype, filename=fname)
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s" % rhex(24))
    return msg.as_bytes(policy=policy.default)


def label_for(i, e):
    addr = parseaddr(e["frm"])[1]
    return {"file": "h%03d.eml" % i, "category": e["cat"], "auto_reply_ok": e["auto"],
            "uai": e["uai"], "region": region_for(e["uai"], addr), "platform": e["plat"],
            "hard": e["hard"], "lang": e["lang"], "notes": e["notes"]}


# ---------------------------------------------------------------------------
# Checks on what was written
# ---------------------------------------------------------------------------
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")
TAG_RE = re.compile(r"<[^>]+>")


def visible_text(msg):
    chunks = [str(msg["Subject"] or ""), str(msg["From"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        content = part.get_content()
        if part.get_content_subtype() == "html":
            content = htmlmod.unescape(TAG_RE.sub(" ", content))
        chunks.append(content)
    return "\n".join(chunks)


def all_defects(msg):
    found = list(msg.defects)
    for part in msg.walk():
        found.extend(part.defects)
        for _k, v in part.items():
            found.extend(getattr(v, "defects", ()))
    return found


def check(entries):
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert names == ["h%03d.eml" % i for i in range(1, 151)], "expected exactly h001..h150.eml"
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    assert len(labels) == 150 and [l["file"] for l in labels] == names
    assert {l["category"] for l in labels} == CATEGORIES, "every category present"
    en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= en <= 25, en
    parser = BytesParser(policy=policy.default)
    for lab, e in zip(labels, entries):
        f = lab["file"]
        assert list(lab) == KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool), f
        if lab["category"] not in AUTO_ALLOWED:
            assert lab["auto_reply_ok"] is False, f
        assert lab["uai"] is None or uai_ok(lab["uai"]), f
        assert lab["platform"] in PLATFORMS, f
        assert isinstance(lab["hard"], bool) and lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and lab["notes"].strip().endswith(".") and len(lab["notes"]) > 15, f
        with open(os.path.join(HERE, f), "rb") as fh:
            msg = parser.parse(fh)
        assert not all_defects(msg), (f, all_defects(msg))
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        assert msg["Date"].datetime is not None, f
        sender = msg["From"].addresses[0].addr_spec
        # region follows regions.md
        if lab["uai"]:
            assert lab["region"] == DEP2REG[lab["uai"][:3]], f
        else:
            assert lab["region"] == DOM2REG.get(sender.rsplit("@", 1)[1].lower()), f
        assert lab["region"] is None or lab["region"] in REGIONS, f
        text = visible_text(msg)
        # the labelled UAI really appears (body, subject, signature or sender)
        if lab["uai"]:
            squashed = re.sub(r"\s+", "", text).upper()
            assert lab["uai"] in squashed, (f, lab["uai"])
        # every valid-looking UAI is the label or explained in the notes
        for code in {m.upper() for m in UAI_RE.findall(text)}:
            if uai_ok(code):
                assert code == lab["uai"] or code in lab["notes"], (f, code)
            else:
                assert code in e["wrong"], (f, "unexplained invalid code", code)
        # wrong-check-letter codes are really wrong, visible, and explained
        for code in e["wrong"]:
            assert not uai_ok(code), (f, code)
            assert code in text.upper(), (f, code)
            assert code in lab["notes"] and "wrong check letter" in lab["notes"], f
        if "wrong check letter" in lab["notes"]:
            assert e["wrong"], f
    return labels


def main():
    assert len(ENTRIES) == 150, len(ENTRIES)
    for old in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    labels = []
    for i, e in enumerate(ENTRIES, 1):
        with open(os.path.join(HERE, "h%03d.eml" % i), "wb") as fh:
            fh.write(build(e))
        labels.append(label_for(i, e))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    labels = check(ENTRIES)
    counts = {}
    for l in labels:
        counts[l["category"]] = counts.get(l["category"], 0) + 1
    print("wrote 150 mails;", ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
    print("english=%d hard=%d" % (sum(l["lang"] == "en" for l in labels), sum(l["hard"] for l in labels)))


if __name__ == "__main__":
    main()

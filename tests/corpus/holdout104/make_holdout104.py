#!/usr/bin/env python3
"""Build holdout104: 150 hand-written blind test mails for the help-desk classifier.

Theme: hurried writers (SMS style, no accents, abbreviations such as mdp, stp,
pb, bjr, cdlt, asap, typos, run-on sentences typed on a phone in a corridor),
with a few very formal letters for contrast.

Every mail text below is written by hand. The script only wraps the texts in
realistic headers and encodings (deterministic: random.Random with a fixed
seed), writes h001.eml .. h150.eml and labels.jsonl, then re-reads everything
and checks it. Standard library only.

UAI placeholders in the texts: {U} is the valid code computed from the entry's
seven digits (check letter per shared/spec/regions.md), {u} the same in lower
case, {B} the same digits with a WRONG check letter (a typo the label must
not accept).
"""
import base64
import email
import email.policy
import email.utils
import hashlib
import json
import os
import quopri
import random
import re
import textwrap
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 104104
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
DEPT_REGION, DOMAIN_REGION = {}, {}
for _slug, (_depts, _doms) in REGIONS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN_REGION[_m] = _slug

TZ_BY_REGION = {"guadeloupe": "-0400", "martinique": "-0400", "guyane": "-0300",
                "la-reunion": "+0400", "mayotte": "+0300"}


def check_letter(digits7):
    return LETTERS[int(digits7) % 23]


def uai_of(digits7):
    return digits7 + check_letter(digits7)


def bad_uai_of(digits7):
    good = check_letter(digits7)
    return digits7 + LETTERS[(LETTERS.index(good) + 5) % 23]


def is_valid_uai(code):
    return (isinstance(code, str) and re.fullmatch(r"\d{7}[A-Z]", code) is not None
            and check_letter(code[:7]) == code[7])


def region_of_uai(code):
    return DEPT_REGION.get(code[:3])


def region_of_address(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


MAILS = []


def M(cat, ok, u, region, platform, hard, lang, notes, sender, subject, body, **kw):
    """One hand-written mail and its label. sender = (display name, address)."""
    MAILS.append(dict(cat=cat, ok=ok, u=u, region=region, platform=platform,
                      hard=hard, lang=lang, notes=notes, sender=sender,
                      subject=subject, body=textwrap.dedent(body).strip("\n") + "\n", kw=kw))


# ---------------------------------------------------------------------------
# password_reset (23)
# ---------------------------------------------------------------------------
M("password_reset", True, "0693817", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Two lines from an iPhone: forgotten e-sidoc password, UAI given; the standard reset path fits.",
  ("Lucie Bernardin", "lucie.bernardin@gmail.com"), "mdp esidoc",
  """
  bjr jarrive plus a me co sur esidoc, mdp oublie. uai {U}
  merci asap les 5e arrivent a 10h

  Envoyé de mon iPhone
  """, dev="iphone")

M("password_reset", True, "0312034", "occitanie", "esidoc", False, "fr",
  "Expired password on the CDI portal, old one forgotten; personal Orange address, region from the UAI.",
  ("Patou Lafargue", "patricia.lafargue31@orange.fr"), "mot de passe perime",
  """
  Bonjour
  le portail me dit mdp expire faut le changer, sauf que pour le changer il veut lancien et je men souviens plus du tout
  clg {U} toulouse
  comment je fais ? merci
  Patricia L. doc
  """)

M("password_reset", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
  "Gestionnaire lost both identifier and password of the Espace Acheteur; no UAI, region from the ac-lille.fr address.",
  ("Karim Boudjema", "karim.boudjema@ac-lille.fr"), "identifiant + mdp espace acheteur",
  """
  bonjour jai oublie mon identifiant ET mon mdp pr l espace acheteur, et il faut que je passe la commande de fournitures avant vendredi sinon on perd le marche, vous pouvez me renvoyer un truc stp
  merci
  K. Boudjema gestionnaire
  """, dev="android")

M("password_reset", True, "0593347", "hauts-de-france", "esidoc", False, "fr",
  "Account locked after three wrong attempts; asks to unlock.",
  ("CDI Lycee Baggio", "cdi.baggio@laposte.net"), "compte bloque",
  """
  Bonjour,
  compte esidoc bloque apres 3 essais (cest ma collegue qui a tape le mauvais mdp...). Identifiant {U}. Vous pouvez debloquer ou menvoyer un lien pr le refaire ?
  Cdlt
  Anne-So
  """)

M("password_reset", True, "0442278", "pays-de-la-loire", "esidoc", False, "fr",
  "Reset link expired before she could click it; asks for a new one.",
  ("Morgane Le Bihan", "morgane.lebihan@ac-nantes.fr"), "lien expire",
  """
  bonjour le lien pr reinitialiser le mot de passe dit 'lien expiré' j'ai cliqué trop tard (reunion toute la matinee). Vous pouvez en renvoyer un ? uai {U}
  merci bcp
  """, dev="iphone")

M("password_reset", False, "0542096", "grand-est", "esidoc", True, "fr",
  "Two topics in one run-on sentence: lost e-sidoc password (first, main) and an invoice to be re-issued to the new agent comptable; a single template answers only half.",
  ("Sandrine Weber", "sandrine.weber@ac-nancy-metz.fr"), "mdp + facture",
  """
  bonjour alors 2 choses desolee je fais vite: 1/ mdp esidoc perdu depuis la rentree (uai {U}) et 2/ l'intendance me dit que la facture de l'abonnement doit etre refaite au nom du nouvel agent comptable parce que l'ancienne adresse est plus bonne, vous pouvez voir ca aussi ?
  merci
  Sandrine W.
  """)

M("password_reset", False, "0840677", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Wants a person on the phone: she already received the same automatic answer three times and the reset path did not work for her.",
  ("Nathalie Rouviere", "n.rouviere84@free.fr"), "URGENT mdp esidoc svp un humain",
  """
  Bonjour,
  svp pas encore un msg automatique, jai deja recu 3 fois le meme mail avec la procedure et ca ne marche pas, le lien part sur une adresse que personne ne lit au college. UAI {U}.
  Est ce que qqun peut m'appeler au 06 12 47 88 30 entre 12h et 13h30 ? Sinon je passe mon annee sans portail.
  N. Rouviere, prof doc
  """, dev="android")

M("password_reset", True, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
  "The UAI is typed with a wrong check letter (not a UAI): uai null, region from the ac-grenoble.fr address. Plain lost password otherwise; the generic procedure still answers it.",
  ("Julien Mathy", "julien.mathy@ac-grenoble.fr"), "Re: mdp",
  """
  bonjour mdp du portail cdi oublie, lidentifiant c'est {B} je crois. cest urgent on a une classe a 14h. merci
  """, dev="android", u_text="0382760")

M("password_reset", True, "0130986", "provence-alpes-cote-d-azur", "esidoc", False, "en",
  "English, terse: forgot the e-sidoc password, UAI given as the login.",
  ("Rachel Ortiz", "rachel.ortiz@lycee-international-marseille.fr"), "pwd reset pls",
  """
  hi, forgot my e-sidoc password again (sorry). login is {U}. can you send a reset link? thx
  Rachel - library
  Sent from my iPhone
  """, dev="iphone")

M("password_reset", True, "0211873", "bourgogne-franche-comte", "esidoc", False, "fr",
  "Very formal letter (contrast): the librarian asks for the reinitialisation of the back-office password of the portal.",
  ("Marie-Hélène Perrault", "marie-helene.perrault@ac-dijon.fr"),
  "Demande de réinitialisation du mot de passe d'administration du portail documentaire",
  """
  Madame, Monsieur,

  Professeure documentaliste au collège Gaston Roupnel (UAI {U}), je me permets de solliciter la réinitialisation du mot de passe d'accès à l'interface d'administration de notre portail e-sidoc.

  En effet, à la suite de la réorganisation de nos services informatiques durant les congés, les identifiants conservés par mon prédécesseur ne nous ont pas été transmis, et je me trouve dans l'impossibilité de mettre à jour les ressources du centre de documentation.

  Je vous saurais gré de bien vouloir m'indiquer la marche à suivre.

  Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

  Marie-Hélène Perrault
  Professeure documentaliste
  Collège Gaston Roupnel - Dijon
  """, dev="outlook", fmt="alt")

M("password_reset", True, "0861234", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Secretariat writes from the ce.<UAI> address in lower case; the UAI appears only there. Asks the link on that official address.",
  ("Secretariat College", "ce.{u}@ac-poitiers.fr"), "mdp esidoc",
  """
  Bonjour,
  la documentaliste a perdu le mdp du portail esidoc, pouvez vous envoyer le lien de reinitialisation sur cette adresse (secretariat) on lui transmettra.
  Merci
  Le secretariat
  """)

M("password_reset", True, None, "pays-de-la-loire", "esidoc", False, "fr",
  "Does not know what the identifier is nor the password; no UAI, region from ac-nantes.fr.",
  ("Thomas Guerin", "thomas.guerin1@ac-nantes.fr"), "c quoi lidentifiant",
  """
  bjr
  je dois me connecter a esidoc (gestion du cdi) mais jsp quel est lidentifiant ni le mdp, personne ne sait au college. on fait comment ?
  thomas, remplacant doc
  """, dev="android")

M("password_reset", False, "0171988", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Reply quoting the automatic reset answer: the link goes to the former librarian's address, which nobody reads. The standard path failed; a person must take over.",
  ("Elodie Marchand", "elodie.marchand17@gmail.com"), "Re: [#SUP-007731] Votre demande de mot de passe e-sidoc",
  """
  bonjour ca marche pas votre lien part sur ladresse de l'ancienne doc qui est partie en retraite en juin, on n'y a pas acces. je fais quoi ?? uai {U}
  elodie

  Le mar. 8 oct. 2024 à 09:12, Assistance <support@assistance.example.fr> a écrit :
  > Bonjour,
  >
  > Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour
  > votre établissement (b.c*****@wanadoo.fr). Ce lien est valable 12 heures.
  >
  > Cordialement,
  > L'équipe d'assistance
  """, dev="gmail", reply="SUP-007731", date="2024-10-08 14:31")

M("password_reset", True, "9741397", "la-reunion", "esidoc", False, "fr",
  "Long run-on message from a substitute librarian: nobody has the portal password. Réunion time zone.",
  ("Fabienne Hoarau", "fabienne.hoarau@ac-reunion.fr"), "mot de passe portail cdi",
  """
  bonjour desolee de vous deranger je suis remplacante au cdi depuis lundi et personne n'a le mot de passe du portail esidoc, la principale m'a dit de vous ecrire, l'ancienne collegue est en conge maternite et elle repond pas, le college c'est le {U} a saint pierre, merci de me dire comment faire parce que les eleves de 6e doivent faire une recherche jeudi et sans portail c'est complique
  bonne journee
  fabienne
  """)

M("password_reset", True, "9730212", "guyane", "esidoc", False, "fr",
  "Typos everywhere ('mot de pass', 'oublier'); clear lost password. Guyane time zone.",
  ("Jessy Ho-A-Sim", "jessy.hoasim@ac-guyane.fr"), "mot de pass oublier",
  """
  bonjour jai oublier mon mot de pass pour esidoc lycee {U}, merci de me le renvoyer
  cordialemnt
  Jessy
  """, dev="android")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Expired Espace Acheteur password; personal address, no UAI, so no region.",
  ("fred.gest", "fred.gestion@hotmail.fr"), "pb mdp",
  """
  Bjr, mon mdp espace acheteur a expire et quand je clique sur mot de passe oublie ca me renvoie sur la page d'accueil. Vous pouvez reinitialiser svp ?
  Frederic Garnier, adjoint gestionnaire
  """)

M("password_reset", True, "7200364", "corse", "esidoc", False, "fr",
  "Haute-Corse UAI (prefix 720); lost password written in one breath from a phone.",
  ("Ghjuvanna Santoni", "g.santoni@ac-corse.fr"), "esidoc",
  """
  bonghjornu, mdp esidoc perdu (college {U} bastia) merci de maider rapidement
  G. Santoni
  Envoyé depuis mon mobile
  """, dev="android")

M("password_reset", False, "0491833", "pays-de-la-loire", "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administration password; he says explicitly it is NOT the daily maintenance password (which would be transfer_incident). No reset template for this product.",
  ("Stephane Cottin", "stephane.cottin@ac-nantes.fr"), "mdp admin ecole directe",
  """
  bonjour
  pb de mdp sur ecoledirecte : je parle du mdp du compte administrateur (pas le mot de passe de maintenance du jour, celui la je sais ou le trouver). plus personne le connait depuis le depart du CPE. Etab {U}
  merci de me rappeler au standard
  S. Cottin, secretaire de direction
  """)

M("password_reset", True, "0754019", "ile-de-france", "esidoc", True, "fr",
  "The UAI is only in the subject; the body just says 'cf objet'.",
  ("Ines Benali", "ines.benali@ac-paris.fr"), "{U} mdp perdu",
  """
  cf objet, mdp du portail perdu, merci !!
  Ines
  """, dev="iphone")

M("password_reset", True, "0772219", "ile-de-france", "esidoc", True, "fr",
  "The principal ADJOINTE (deputy), not the head, asks for access for a librarian on sick leave: still a plain reset request, the standard path (link to the official address) fits.",
  ("Claire Dumoulin", "claire.dumoulin@ac-creteil.fr"), "acces esidoc",
  """
  Bonjour,
  je suis principale adjointe au college {U}, notre professeure documentaliste est en arret et nous n'avons pas le mot de passe d'esidoc pour que la remplacante puisse travailler. Pouvez vous nous envoyer un lien sur l'adresse du college ?
  Bien cdlt
  C. Dumoulin
  Principale adjointe
  """, dev="outlook")

M("password_reset", True, "9720844", "martinique", "esidoc", False, "fr",
  "Forgotten password and now locked; Martinique time zone; base64 from Android.",
  ("Murielle Zobda", "murielle.zobda@ac-martinique.fr"), "compte verouille",
  """
  bonsoir, j'ai oublie le mdp et a force d'essayer le compte est vérouillé. lycée {U} fort de france. merci de m'envoyer un nouveau mot de passe
  murielle
  """, dev="android", fmt="b64")

M("password_reset", True, "9760331", "mayotte", "esidoc", False, "fr",
  "Short SMS-like request from Mayotte.",
  ("Anli Madi", "anli.madi@ac-mayotte.fr"), "besoin mdp",
  """
  Bjr svp besoin du mdp esidoc pour le college {U}, l'ancien ne marche plus.
  Merci
  Anli
  """, dev="android")

M("password_reset", True, "0921370", "ile-de-france", "esidoc", False, "en",
  "English, formal: the international section's librarian asks for a reset.",
  ("Catherine Holloway", "c.holloway@ac-versailles.fr"), "Request for a password reset - school library portal",
  """
  Dear Sir or Madam,

  I am the librarian of the international section of Lycée Marie Curie (UAI {U}). I would be grateful if you could reset the password of our e-sidoc administration account, which I no longer have since my colleague retired.

  Kind regards,

  Catherine Holloway
  Librarian, International Section
  """, dev="outlook", fmt="alt")

# ---------------------------------------------------------------------------
# missing_noreply_mail (17)
# ---------------------------------------------------------------------------
M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Activation mail of the Espace Acheteur never arrived; personal address, no UAI.",
  ("Sophie M", "sophie.mercadier@yahoo.fr"), "tjs pas recu",
  """
  bonjour tjs pas recu le mail d'activation pr l espace acheteur, inscrite depuis hier matin. merci de regarder
  sophie mercadier (intendance lycee agricole)
  """, dev="iphone")

M("missing_noreply_mail", True, "0331520", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "New-password mail never arrives, junk folder already checked; no anti-spam product named.",
  ("Gestion Lycee Montaigne", "gestion.montaigne@ac-bordeaux.fr"), "mail nouveau mdp",
  """
  Bonjour,
  le mail pour le nouveau mdp n'arrive jamais, g regardé dans les indesirables, rien. j'ai refait la demande 2 fois.
  Lycee {U}
  Merci
  """)

M("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
  "The ticket portal's confirmation mail (to set a password) never came.",
  ("Yann Cariou", "y.cariou@collectivite-example.fr"), "portail tickets pas de mail",
  """
  bjr, je me suis inscrit sur le portail des tickets pour suivre nos demandes mais le mail de confirmation pour definir le mdp n'est jamais arrivé. Vous pouvez le renvoyer ?
  Yann
  """)

M("missing_noreply_mail", False, None, "grand-est", "espace_acheteur", True, "fr",
  "Reply after the junk-folder answer: still nothing after 48 h, she asks for a person. The template was already sent; a human must follow up.",
  ("Laetitia Schmitt", "laetitia.schmitt@ac-strasbourg.fr"), "RE: [#SUP-008120] Mail de confirmation non reçu",
  """
  toujours rien recu apres 48h, ni dans les spams ni ailleurs, j'ai ajouté l'adresse no-reply dans les contacts comme dit. Merci de transmettre a qqun qui peut regarder de votre cote svp, c'est bloquant pour les commandes.
  L. Schmitt

  -----Message d'origine-----
  De : Assistance <support@assistance.example.fr>
  Envoyé : lundi 18 novembre 2024 10:02
  À : Laetitia Schmitt <laetitia.schmitt@ac-strasbourg.fr>
  Objet : [#SUP-008120] Mail de confirmation non reçu

  Bonjour,
  Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur no-reply à vos contacts...
  """, dev="outlook", reply="SUP-008120", date="2024-11-21 08:05")

M("missing_noreply_mail", True, "0251146", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school does NOT have it: missing_noreply_mail, not mailinblack_spam.",
  ("Olivier Prost", "olivier.prost@ac-besancon.fr"), "pas de mail de confirmation",
  """
  bonjour, pas de mail de confirmation apres inscription sur l espace acheteur. avant que vous me demandiez : on n'a PAS mailinblack chez nous, et rien dans les spams. lycee {U}
  cdlt
  O. Prost
  """)

M("missing_noreply_mail", True, "0681045", "grand-est", "espace_acheteur", False, "fr",
  "The structure administrator never receives the 'account to validate' notifications.",
  ("Christine Haas", "christine.haas@ac-strasbourg.fr"), "notif comptes a valider",
  """
  Bonjour, je suis admin de la structure ({U}) sur l'espace acheteur et je ne recois jamais les notifs quand un collegue demande un compte, je dois aller voir a la main. C normal ?
  Christine
  """)

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "One line from a phone: nothing from the no-reply address since Monday.",
  ("Bruno", "bruno.lacaze@sfr.fr"), "rien recu",
  """
  recu aucun mail de votre no-reply depuis lundi pr l espace acheteur, ni mdp ni rien
  """, dev="android")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English, short: activation e-mail not received after registration.",
  ("Daniel Mensah", "d.mensah@bilingual-school-lyon.org"), "no activation email",
  """
  Hi, registered on the buyer space yesterday, still no activation email. Checked spam. Can you resend? Thanks, Dan
  """)

M("missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
  "Confirmation mail not received, urgent tone; region from ac-amiens.fr.",
  ("Aurelie Dufour", "aurelie.dufour@ac-amiens.fr"), "urgent mail confirmation",
  """
  bjr le mail de confirmation de compte arrive pas et jdois valider un devis ce soir, c urgent merci de le renvoyer
  Aurelie Dufour
  """, dev="iphone")

M("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
  "IT manager: the new mail filter is very strict, asks which sender address to allow; no product named.",
  ("Service informatique - Mairie de Lunel-Viel", "informatique@mairie-exemple.fr"), "adresse expediteur a autoriser ?",
  """
  Bonjour,
  nos ecoles ne recoivent aucun mail automatique de votre plateforme (creation de compte, mot de passe). On a durci le filtrage le mois dernier. Quelle adresse ou quel domaine on doit autoriser exactement ?
  Cdlt
  Service info
  """)

M("missing_noreply_mail", True, "0711390", "bourgogne-franche-comte", "esidoc", False, "fr",
  "Activation mail for the customer account (first online order) never came.",
  ("Pauline Renaud", "pauline.renaud@ac-dijon.fr"), "activation compte client",
  """
  bonjour j'ai cree le compte client pour commander en ligne (college {U}) et on m'a dit que j'aurais un mail d'activation sous 12h, ca fait 2 jours, rien. merci
  Pauline
  """)

M("missing_noreply_mail", True, None, "occitanie", "espace_acheteur", True, "fr",
  "Starts like a password problem, but the 'forgot password' tool works; the new-password mail simply never arrives.",
  ("Remi Vidal", "remi.vidal@ac-montpellier.fr"), "pb mot de passe",
  """
  bonjour pb de mot de passe, enfin pas vraiment : je clique sur mdp oublie, le site me dit 'un mail vous a ete envoye', et le mail arrive jamais. essaye 3 fois hier et ce matin. merci
  Remi
  """, dev="android")

M("missing_noreply_mail", False, "0500733", "normandie", "espace_acheteur", True, "fr",
  "Two topics: activation mail not received (main) and a request for a quote; no single template serves.",
  ("Isabelle Lemonnier", "isabelle.lemonnier@ac-normandie.fr"), "mail activation + devis",
  """
  Bonjour, recu aucun mail d'activation pour mon compte espace acheteur (lycee {U}) et au passage il me faudrait un devis pour les licences 2025 pour le CA de decembre. merci !
  I. Lemonnier, gestionnaire
  """)

M("missing_noreply_mail", True, "0141802", "normandie", "espace_acheteur", False, "fr",
  "Formal letter (contrast): the identifiers announced by e-mail were never received.",
  ("Jean-François Hébert", "jean-francois.hebert@ac-normandie.fr"), "Non-réception des identifiants de connexion",
  """
  Madame, Monsieur,

  Par la présente, je vous informe que les identifiants de connexion à l'Espace Acheteur, dont l'envoi m'a été annoncé par courriel lors de mon inscription le 12 mars dernier, ne me sont jamais parvenus. J'ai vérifié l'ensemble des dossiers de ma messagerie, y compris celui des courriers indésirables.

  Je vous remercie par avance de bien vouloir procéder à un nouvel envoi.

  Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

  Jean-François Hébert
  Adjoint gestionnaire
  Lycée Malherbe - UAI {U}
  """, dev="outlook", fmt="html")

M("missing_noreply_mail", True, "0622910", "hauts-de-france", "espace_acheteur", False, "fr",
  "Forward (webmail, Gmail-like French header block) of a colleague's note: her account was validated but the first-login link never came.",
  ("Mehdi Saidi", "mehdi.saidi@ac-lille.fr"), "Fwd: lien connexion",
  """
  bjr je vous transfere, c'est ma collegue de l'intendance, elle a jamais eu le lien. cdlt Mehdi ({U})

  ---------- Forwarded message ---------
  De : Valerie Caron <valerie.caron@ac-lille.fr>
  Date: jeu. 14 nov. 2024 à 16:40
  Subject: lien connexion
  To: Mehdi Saidi <mehdi.saidi@ac-lille.fr>

  Mehdi, mon compte est validé parait il mais j'ai jamais recu le lien pour me connecter la 1ere fois, tu peux voir avec eux ? merci
  """, date="2024-11-15 07:50")

M("missing_noreply_mail", True, "0951108", "ile-de-france", "espace_acheteur", True, "fr",
  "UAI only in the ce.<UAI>@ac-versailles.fr sender address; the sign-up confirmation never came.",
  ("Intendance", "ce.{U}@ac-versailles.fr"), "confirmation inscription",
  """
  Bonjour,
  inscription faite mardi sur l'espace acheteur avec cette adresse, pas de mail de confirmation. Merci de renvoyer.
  L'intendance
  """)

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Subscribed to the offer-update alerts, never receives any.",
  ("Celine Arnaud", "celine.arnaud@cc-paysdegex.example.fr"), "alertes offres",
  """
  Bonjour je me suis abonnee aux alertes de mise a jour des offres (fournitures + mobilier) mais je recois jamais rien alors que je vois que les offres changent. Merci de verifier
  Celine
  """)

# ---------------------------------------------------------------------------
# mailinblack_spam (13)
# ---------------------------------------------------------------------------
M("mailinblack_spam", True, "0601592", "hauts-de-france", "espace_acheteur", False, "fr",
  "Short: MailInBlack holds the platform's mails, asks what to do.",
  ("Damien Lefort", "damien.lefort@ac-amiens.fr"), "mailinblack",
  """
  bjr mailinblack bloque vos mails (activation espace acheteur), je fais quoi ? lycee {U}
  """, dev="iphone")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Product spelled 'mail in black', no accents, run-on.",
  ("Corinne Baud", "corinne.baud@orange.fr"), "mails bloques",
  """
  bonjour on a le mail in black au college depuis la toussaint et du coup vos mails pour l espace acheteur arrivent plus ou alors il faut cliquer un truc, je sais pas trop, vous avez une doc pour les autoriser ?
  merci corinne
  """)

M("mailinblack_spam", True, "0937421", "ile-de-france", "espace_acheteur", False, "fr",
  "Abbreviation MIB, expanded once as Mailinblack; quarantine of the activation mails.",
  ("Rachid Amrani", "rachid.amrani@ac-creteil.fr"), "MIB quarantaine",
  """
  Bonjour, notre MIB (mailinblack) a mis en quarantaine vos mails d'activation, qu'est ce qu'on doit whitelister exactement ? uai {U}
  Rachid, TICE
  """)

M("mailinblack_spam", False, "0271155", "normandie", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described ('prove you are not a robot' page for their sender) without naming MailInBlack: the product is not confirmed, a person should check before sending the guide.",
  ("Gaelle Roussel", "gaelle.roussel@ac-normandie.fr"), "vos mails dans un sas ?",
  """
  bonjour, depuis peu vos mails de l'espace acheteur n'arrivent plus directement, je recois a la place un message qui dit que l'expediteur doit prouver qu'il n'est pas un robot et qu'il est 'en attente'. c'est nous ou c'est vous ? lycee {U}
  gaelle
  """, dev="android")

M("mailinblack_spam", True, "0671320", "grand-est", "espace_acheteur", False, "en",
  "English; Mailinblack quarantine holds the activation links.",
  ("Sarah Klein", "sarah.klein@ac-strasbourg.fr"), "activation links stuck in mailinblack",
  """
  Hello, our Mailinblack quarantine keeps your activation links, so my colleagues can't finish their sign-up. What should our IT allow? School ID {U}. Thanks
  Sarah
  """)

M("mailinblack_spam", False, "0341765", "occitanie", "espace_acheteur", True, "fr",
  "Two topics: MailInBlack blocks the mails (main) and an invoice question for the intendance.",
  ("Pierre-Yves Combes", "pierre-yves.combes@ac-montpellier.fr"), "mailinblack + facture",
  """
  bjr 2 pb : vos mails sont bloques par mailinblack depuis la maj de la semaine derniere, et l'agent comptable demande pourquoi la facture d'octobre a 2 lignes de frais de port. merci
  PY Combes {U}
  """)

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Clicked 'autoriser' in the MailInBlack notice but the next mails are still held.",
  ("Nadia", "nadia.gestion@lycee-pro-exemple.fr"), "tjs bloque",
  """
  Bonjour j'ai cliqué sur autoriser dans le mail de mailinblack mais les mails suivants sont encore bloques, c'est normal ??
  Nadia
  """, dev="iphone")

M("mailinblack_spam", True, "0572211", "grand-est", "espace_acheteur", True, "fr",
  "A person forwards the daily MailInBlack quarantine report with one line of question: the forwarded part is machine text.",
  ("Marc Hoffmann", "marc.hoffmann@ac-nancy-metz.fr"), "TR: Votre rapport de quarantaine quotidien",
  """
  cf ci dessous, c'est vos mails ? comment on les debloque pour tout le monde ? clg {U}
  Marc

  De : Mailinblack <no-reply@mailinblack.example.com>
  Envoyé : mercredi 4 décembre 2024 07:00
  À : marc.hoffmann@ac-nancy-metz.fr
  Objet : Votre rapport de quarantaine quotidien

  3 messages en attente :
  - no-reply@espace-acheteur.example.fr  "Activez votre compte"
  - no-reply@espace-acheteur.example.fr  "Votre mot de passe"
  - promo@fournitures-discount.example.com  "-50% cette semaine"
  """, dev="outlook", date="2024-12-04 08:20")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "IT asks whether to allow the domain or the address in MailInBlack.",
  ("DSI - SIVU des ecoles", "dsi@sivu-ecoles.example.fr"), "liste blanche mailinblack",
  """
  Bonjour,
  pour Mailinblack, on autorise le domaine entier ou juste l'adresse no-reply ? on a 14 ecoles qui utilisent l'espace acheteur.
  Cdlt
  Yannick (DSI)
  """)

M("mailinblack_spam", True, "0851066", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Product misspelled 'malinblack'.",
  ("Sylvie Brochard", "sylvie.brochard@ac-nantes.fr"), "malinblack",
  """
  bonjour le malinblack du lycee ({U}) bloque le mail de validation de l espace acheteur, vous avez une procedure ? merci
  sylvie
  """, dev="android")

M("mailinblack_spam", False, None, "hauts-de-france", "espace_acheteur", True, "fr",
  "Reply after the MailInBlack guide was sent: they followed it and the mails are still held; asks the region to call their IT. A person must take over. No UAI in this message; region from ac-amiens.fr.",
  ("Damien Lefort", "damien.lefort@ac-amiens.fr"), "Re: [#SUP-008402] Vos mails retenus par MailInBlack",
  """
  re bonjour, on a suivi votre guide, ajouté l'adresse et le domaine dans mailinblack, mais c'est toujours en quarantaine. Vous pouvez voir directement avec notre informaticien ? M. Tellier 03 44 00 00 00
  Damien

  Le 12/12/2024 à 09:40, Assistance a écrit :
  > Bonjour,
  > Votre établissement utilise MailInBlack. Voici le guide pour autoriser
  > nos expéditeurs...
  """, dev="tb", reply="SUP-008402", date="2024-12-16 09:10")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Very formal letter from a local authority's IT director: MailInBlack rolled out on the schools' domain.",
  ("Direction des systèmes d'information - Conseil départemental", "dsi@departement-exemple.fr"),
  "Filtrage MailInBlack des messages de la plateforme",
  """
  Madame, Monsieur,

  Dans le cadre du déploiement de la solution MailInBlack sur l'ensemble des boîtes électroniques des collèges du département, nous constatons que les messages automatiques émis par votre plateforme (Espace Acheteur) sont systématiquement placés en attente d'authentification.

  Afin de ne pas pénaliser les services de gestion des établissements, nous vous serions obligés de nous communiquer la liste exhaustive des adresses et domaines expéditeurs à inscrire en liste blanche.

  Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

  Le Directeur des systèmes d'information
  """, dev="outlook", fmt="html")

M("mailinblack_spam", True, "9710563", "guadeloupe", "espace_acheteur", False, "fr",
  "Guadeloupe; 'MailinBlack' blocks the password mail.",
  ("Lydie Bellance", "lydie.bellance@ac-guadeloupe.fr"), "mdp bloque par mailinblack",
  """
  bonjour le mail pour le mot de passe de l'espace acheteur est bloqué par MailinBlack chez nous (lycee {U}), merci de m'envoyer la marche a suivre pour l'autoriser
  Lydie
  """)

# ---------------------------------------------------------------------------
# head_of_establishment_request (13)
# ---------------------------------------------------------------------------
M("head_of_establishment_request", False, "0631059", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Formal letter from the proviseur, from the ce.<UAI> address: reset of the e-sidoc administrator password and a new contact address.",
  ("Proviseur Lycée Blaise Pascal", "ce.{U}@ac-clermont.fr"),
  "Demande écrite de réinitialisation - compte administrateur e-sidoc",
  """
  Madame, Monsieur,

  En ma qualité de proviseur du lycée Blaise Pascal (UAI {U}), je vous demande de bien vouloir procéder à la réinitialisation du mot de passe du compte administrateur de notre portail e-sidoc et de remplacer l'adresse de contact actuellement enregistrée par celle de l'établissement (ce.{U}@ac-clermont.fr).

  Ma professeure documentaliste, Mme Chassagne, en assurera désormais la gestion.

  Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

  Le proviseur,
  Hervé Montagnon
  """, dev="outlook", fmt="alt")

M("head_of_establishment_request", False, "0741120", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "The principal answers from his phone, quoting the librarian's request: 'ok pour moi' is his written authorisation of the reset.",
  ("Xavier Pellissier", "xavier.pellissier@ac-grenoble.fr"), "Re: mdp esidoc",
  """
  ok pour moi vous pouvez reinitialiser, je confirme en tant que principal.
  X. Pellissier
  Envoyé de mon iPhone

  > Le 7 janv. 2025 à 08:15, Agnes Favre <agnes.favre@ac-grenoble.fr> a écrit :
  >
  > Bonjour, je mets M. le principal en copie comme demande, il faudrait
  > reinitialiser le mdp esidoc du college {U}. Merci, Agnes
  """, dev="iphone", date="2025-01-07 08:32")

M("head_of_establishment_request", False, "0810933", "occitanie", "espace_acheteur", False, "fr",
  "The proviseur designates a new structure administrator on the Espace Acheteur, SMS style.",
  ("Proviseur LPO Las Cases", "ce.{U}@ac-toulouse.fr"), "chgt admin espace acheteur",
  """
  Bonjour,
  proviseur du lycee {U}. changement d'admin sur l'espace acheteur : Mme Lacroix (nouvelle gestionnaire) remplace M. Fabre parti en retraite. Merci de fermer les acces de M. Fabre.
  Cdlt
  D. Azema
  """)

M("head_of_establishment_request", False, "0561023", "bretagne", "esidoc", False, "fr",
  "A primary-school head (directrice) asks to change the contact address of the e-sidoc account.",
  ("Directrice Ecole Jules Ferry", "ce.{U}@ac-rennes.fr"), "changement adresse compte esidoc",
  """
  bonjour, je suis la directrice de l'ecole (uai {U}), pouvez vous remplacer l'adresse du compte esidoc (c'etait celle de mon ancienne adjointe) par l'adresse de l'ecole ? merci
  Mme Le Goff
  """)

M("head_of_establishment_request", False, "0831222", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "The principal authorises the gestionnaire to validate an order above the threshold.",
  ("Principal College Voltaire", "principal.voltaire@ac-aix-marseille.fr"), "autorisation commande",
  """
  Bjr, j'autorise Mme Roux (gestionnaire) a valider la commande n° EA-2025-0412 sur l'espace acheteur, montant superieur au seuil. College {U}.
  Cdlt, le principal
  """, dev="iphone")

M("head_of_establishment_request", False, "0594410", "hauts-de-france", None, True, "fr",
  "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address; asks to move all admin accounts to it: a probable spoof. Still a head request for the queue, where staff should refuse it. Two products named, so no platform.",
  ("Proviseur", "ce.{U}@ac-lille.fr"), "urgent changement adresse admin",
  """
  Bonjour,
  je suis le proviseur. changez svp l'adresse des comptes administrateur esidoc et espace acheteur pour direction.lycee59@gmail.com, c'est urgent, je suis en deplacement.
  Merci de confirmer a cette adresse.
  Le proviseur
  """, spoof=True, reply_to="direction.lycee59@gmail.com")

M("head_of_establishment_request", False, "0781522", "ile-de-france", "espace_acheteur", False, "en",
  "English; the head of school names a new buyer-space administrator.",
  ("Head of School - Lycee International", "ce.{U}@ac-versailles.fr"), "new administrator for our buyer account",
  """
  Hello,
  As head of school ({U}), I confirm that Ms. Julia Brandt replaces Mr. Owen Carter as administrator of our Espace Acheteur account from today. Please remove Mr. Carter's access.
  Regards,
  E. Whitfield
  Head of School
  """)

M("head_of_establishment_request", False, "0382245", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "The principale asks a reset so that a departed librarian loses access; link to the school's address.",
  ("Principale College Les Allinges", "ce.{U}@ac-grenoble.fr"), "depart documentaliste",
  """
  Bonjour,
  notre doc a quitte l'etablissement vendredi dans des conditions un peu compliquees, je souhaite qu'elle n'ait plus acces au portail. Merci de reinitialiser le mot de passe et d'envoyer le lien sur l'adresse du college.
  La principale, F. Moret
  """, dev="outlook")

M("head_of_establishment_request", False, "0801183", "hauts-de-france", "esidoc", True, "fr",
  "The librarian sends the head's signed letter (mentioned as attached) with the head in copy: a relayed head request; staff must check the letter.",
  ("Benedicte Lhomme", "benedicte.lhomme@ac-amiens.fr"), "courrier du principal pr reinitialisation",
  """
  bonjour ci joint le courrier signé du principal (en copie) pour la reinitialisation du mdp esidoc du college {U}, comme demandé par votre collegue au tel. merci
  Bénédicte
  """, cc="principal.college@ac-amiens.fr", attach_note="courrier_principal_signe.pdf")

M("head_of_establishment_request", False, None, None, "esidoc", True, "fr",
  "A primary-school head gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify.",
  ("Christelle Barbier", "christelle.barbier.ecole@gmail.com"), "accord directrice",
  """
  bonjour je suis directrice de l'ecole maternelle des Tilleuls, je donne mon accord pour que la maitresse qui s'occupe de la bcd recupere l'acces esidoc. Je vous ecris de mon adresse perso, j'ai pas acces a celle de l'ecole depuis chez moi.
  C. Barbier
  """, dev="gmail")

M("head_of_establishment_request", False, "0301141", "occitanie", "esidoc", True, "fr",
  "The body gives the UAI with a wrong check letter, but the ce.<UAI>@ac-montpellier.fr sender carries the valid code, which is the label.",
  ("College Jean Rostand", "ce.{U}@ac-montpellier.fr"), "demande du principal",
  """
  Bonjour
  Je soussigne principal du college (UAI {B}) demande la reinitialisation du mdp administrateur esidoc, lien a envoyer sur l'adresse du college svp.
  Cdlt
  M. Pages
  """)

M("head_of_establishment_request", False, "0623305", "hauts-de-france", "espace_acheteur", False, "fr",
  "Formal written delegation: the head declares who may validate orders.",
  ("Chef d'établissement - Lycée Condorcet", "ce.{U}@ac-lille.fr"), "Délégation de signature - validation des commandes",
  """
  Madame, Monsieur,

  Je soussignée, Mme Hélène Vasseur, proviseure du lycée Condorcet (UAI {U}), donne délégation à M. Arnaud Debruyne, adjoint gestionnaire, pour valider en mon nom les commandes passées sur l'Espace Acheteur, à compter du 1er février 2025.

  Je vous remercie de bien vouloir prendre en compte cette délégation.

  Hélène Vasseur
  Proviseure
  """, dev="outlook", fmt="html")

M("head_of_establishment_request", False, "0371764", "centre-val-de-loire", "esidoc", False, "fr",
  "Reply in which the principal gives the written request the desk asked for, SMS style.",
  ("Principal Clg Rabelais", "ce.{U}@ac-orleans-tours.fr"), "RE: [#SUP-009015] Demande du chef d'établissement requise",
  """
  bjr, voici ma demande ecrite comme vous l'avez demande : je suis le principal du college {U} et je demande la reinitialisation du mot de passe admin esidoc au profit de Mme Aubry, nouvelle doc. cdlt P. Lenoir

  -----Message d'origine-----
  De : Assistance
  Objet : [#SUP-009015] Demande du chef d'établissement requise
  Pour des raisons de sécurité, la réinitialisation doit être demandée par écrit par le chef d'établissement...
  """, dev="outlook", reply="SUP-009015")

# ---------------------------------------------------------------------------
# account_creation (9)
# ---------------------------------------------------------------------------
M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "How to create an account on the Espace Acheteur: the sign-up answer fits.",
  ("Ludo", "ludovic.perrin@ville-exemple.fr"), "creer un compte",
  """
  bjr comment on cree un compte sur l espace acheteur ? je suis nouveau au service achats de la mairie (ecoles). merci
  Ludovic
  """, dev="android")

M("account_creation", True, "0240558", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Filled the sign-up form, cannot log in: account waiting for the structure administrator (FAQ case).",
  ("Emilie Faure", "emilie.faure@ac-bordeaux.fr"), "compte en attente",
  """
  bonjour j'ai rempli le formulaire d'inscription hier mais quand je me connecte ca dit 'compte en attente de validation', c'est long ? college {U}
  emilie
  """)

M("account_creation", False, "0451109", "centre-val-de-loire", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: needs a look-up, a person answers.",
  ("Jerome Blanchard", "jerome.blanchard@ac-orleans-tours.fr"), "qui est ladmin ?",
  """
  bjr qui est l'administrateur de notre structure sur l espace acheteur ? lycee {U}. personne sait ici et je dois faire valider mon compte
  merci
  """, dev="iphone")

M("account_creation", False, "0331520", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Account works; asks for order-validation rights to be opened: a person decides.",
  ("Agathe Dubos", "agathe.dubos@ac-bordeaux.fr"), "droits commande",
  """
  Bonjour, mon compte marche mais j'ai pas les droits pour valider les commandes, juste pour consulter. Vous pouvez ouvrir les droits ? je suis la nouvelle adjointe gestionnaire ({U}).
  Cdlt
  Agathe
  """)

M("account_creation", True, "0180833", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "Negation: 'j'ai pas perdu mon mdp', she never had an account: account_creation, not password_reset.",
  ("Manon Petit", "manon.petit@ac-orleans-tours.fr"), "pas un pb de mdp",
  """
  bonjour, je precise avant tout : j'ai pas perdu mon mdp, j'ai JAMAIS eu de compte sur l'espace acheteur. la gestionnaire d'avant faisait tout. comment je m'inscris ? clg {U}
  Manon
  """)

M("account_creation", False, "0721410", "pays-de-la-loire", "esidoc", False, "fr",
  "The establishment's UAI is not in the list when opening the customer account: the FAQ sends these to the sales team.",
  ("Francois Leroux", "francois.leroux@ac-nantes.fr"), "uai pas dans la liste",
  """
  bjr, je veux ouvrir le compte client pour commander l'abonnement esidoc mais notre uai ({U}) n'apparait pas dans la liste deroulante. ecole privee sous contrat ouverte en 2023. on fait comment
  merci
  """)

M("account_creation", True, None, None, "esidoc", False, "fr",
  "HTML-only Outlook: a new gestionnaire wants to open the customer account before a first order.",
  ("Service Intendance", "intendance@lycee-sainte-marie.example.fr"), "Ouverture compte client",
  """
  Bonjour,

  Nouvelle gestionnaire, je souhaite ouvrir un compte client pour pouvoir commander en ligne l'abonnement au portail documentaire. Quelle est la démarche ?

  Cordialement,
  Service intendance
  """, dev="outlook", fmt="html")

M("account_creation", False, None, "occitanie", "espace_acheteur", False, "fr",
  "Account waiting for validation for three weeks; the administrator is on long leave: the region must step in.",
  ("Laure Baylac", "laure.baylac@ac-toulouse.fr"), "compte tjs en attente 3 semaines",
  """
  bonjour mon compte est en attente de validation depuis 3 semaines et l'admin de la structure est en arret longue maladie, personne d'autre peut valider. vous pouvez faire qqch ? merci
  laure
  """, dev="android")

M("account_creation", True, None, None, "espace_acheteur", False, "en",
  "English; a new buyer asks how to sign up.",
  ("Tom Fischer", "tom.fischer@ecole-bilingue.example.org"), "how do I register?",
  """
  Hi, new purchasing officer here. How do I register on the buyer space? Couldn't find a sign-up link on the homepage. Cheers, Tom
  """)

# ---------------------------------------------------------------------------
# subscription_activation (10)
# ---------------------------------------------------------------------------
M("subscription_activation", True, "0291987", "bretagne", "esidoc", False, "fr",
  "Cafeyn ordered yesterday, not yet available: within 72 h.",
  ("Gwen Le Floch", "gwenaelle.lefloch@ac-rennes.fr"), "abo cafeyn",
  """
  bjr abo cafeyn commande hier tjs pas dispo sur le portail, c normal ? {U}
  gwen
  """, dev="iphone")

M("subscription_activation", False, "0640871", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Ordered two weeks ago, still not active: past the 72-hour rule, a person must look at the order.",
  ("Maite Etchegaray", "maite.etchegaray@ac-bordeaux.fr"), "abonnement pas actif depuis 15j",
  """
  bonjour ca fait 15 jours qu'on a commande Europresse et c'est toujours pas actif, la commande est validee de notre cote (bon de commande signe). lycee {U}. merci de regarder
  Maite
  """)

M("subscription_activation", True, "0350912", "bretagne", "esidoc", False, "fr",
  "How to publish the Europresse resource on the portal: activation/publication of a resource.",
  ("Loic Guillou", "loic.guillou@ac-rennes.fr"), "publier europresse",
  """
  Bonjour comment on fait pour publier europresse sur le portail pour que les eleves le voient ? abonnement actif. clg {U}
  Loic
  """)

M("subscription_activation", True, "0141802", "normandie", "esidoc", True, "fr",
  "Negation: 'c'est pas un pb de mdp, je suis connectee'; the new resource does not show for pupils.",
  ("Amandine Leroy", "amandine.leroy@ac-normandie.fr"), "ressource invisible",
  """
  bjr c'est pas un pb de mdp je suis bien connectee, mais la nouvelle ressource (universalis) apparait pas cote eleves. commandee lundi. lycee {U}
  merci
  """, dev="android")

M("subscription_activation", True, "0011432", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  ("Principal College du Bugey", "ce.{U}@ac-lyon.fr"), "abonnement",
  """
  Bonjour, principal du college {U}. Nous avons commande avant-hier l'abonnement a la base de presse, quand sera-t-il accessible ? La doc me demande tous les jours :)
  Cdlt
  """)

M("subscription_activation", True, "0422987", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Renewed subscription still shown as expired in 'Mes abonnements', renewed yesterday.",
  ("Helene Chapuis", "helene.chapuis@ac-lyon.fr"), "abonnement expire alors que renouvele",
  """
  bonjour dans mes abonnements il est marque 'expire' alors qu'on a renouvele hier, les eleves ont un message d'erreur. college {U}
  merci
  """)

M("subscription_activation", True, "9741397", "la-reunion", "esidoc", False, "fr",
  "Active subscription not visible to pupils through the ENT: publication step.",
  ("Teddy Payet", "teddy.payet@ac-reunion.fr"), "ressource pas dans l'ENT",
  """
  bjr l'abonnement est actif sur le portail mais les eleves le voient pas quand ils passent par l'ENT. faut cocher un truc ? {U}
  Teddy
  """)

M("subscription_activation", True, "0130986", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "Irritated: the resource ordered 48 h ago is not reachable yet; still inside the 72-hour window.",
  ("Vincent Roche", "vincent.roche@ac-aix-marseille.fr"), "TOUJOURS RIEN",
  """
  ca fait 48h que la commande est passee, TOUJOURS RIEN sur le portail. on paye pour quoi exactement ? lycee {U}
  V. Roche
  """, dev="iphone")

M("subscription_activation", True, "0500733", "normandie", "esidoc", False, "fr",
  "Formal letter (contrast): subscription taken today, asks when it will be available.",
  ("Bibliothèque - Lycée Le Verrier", "bibliotheque.leverrier@ac-normandie.fr"), "Mise à disposition de l'abonnement souscrit ce jour",
  """
  Madame, Monsieur,

  Nous avons souscrit ce jour un abonnement à la ressource « Le Monde - archives » pour notre centre de documentation (UAI {U}). Pourriez-vous nous indiquer dans quel délai cette ressource sera accessible depuis notre portail ?

  Avec nos remerciements,

  L'équipe du CDI
  """, dev="tb")

M("subscription_activation", False, "0911604", "ile-de-france", "esidoc", True, "fr",
  "Two topics: subscription not visible (main) and a wrong amount on the invoice; a single template answers only half.",
  ("Sabrina Toure", "sabrina.toure@ac-versailles.fr"), "abo + facture",
  """
  bjr, l'abo cafeyn commande mardi est pas visible, et aussi la facture qu'on a recue est de 480e au lieu de 420 sur le devis. merci de regarder les 2. clg {U}
  Sabrina
  """, dev="android")

# ---------------------------------------------------------------------------
# order_billing (9)
# ---------------------------------------------------------------------------
M("order_billing", False, "0871015", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Needs a quote for the renewal asap, for the bon d'engagement.",
  ("Karine Mazaud", "karine.mazaud@ac-limoges.fr"), "devis asap",
  """
  bjr besoin d'un devis asap pr le renouvellement esidoc 2025, l'intendance veut faire le bon d'engagement avant vendredi. clg {U}
  merci !!
  """, dev="iphone")

M("order_billing", False, "0680512", "grand-est", "esidoc", False, "fr",
  "Order validated a month ago, invoice still not on Chorus.",
  ("Agent comptable", "agence.comptable@lycee-exemple-colmar.fr"), "facture chorus",
  """
  Bonjour, commande validee le 4/11, tjs pas de facture deposee sur Chorus Pro. on ne peut pas payer sans. Lycee {U}
  Cdlt
  """)

M("order_billing", False, "0101273", "grand-est", "esidoc", False, "fr",
  "The saved basket disappeared.",
  ("Celia Mangin", "celia.mangin@ac-reims.fr"), "panier vide ???",
  """
  bonjour j'avais prepare mon panier il y a 3 semaines et il a disparu !! faut tout refaire ? clg {U}
  """, dev="android")

M("order_billing", False, None, None, "esidoc", False, "fr",
  "Private school asks whether it can pay by bank transfer and for bank details.",
  ("Comptabilite OGEC", "compta@ogec-saintjoseph.example.fr"), "paiement virement",
  """
  Bonjour, on peut payer par virement ? si oui merci d'envoyer un RIB. ecole privee, abonnement portail.
  Cdlt, compta
  """)

M("order_billing", False, "0332190", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Invoice received twice; asks to cancel the duplicate.",
  ("Intendance Lycee Camille Jullian", "int.{U}@ac-bordeaux.fr"), "facture en double",
  """
  bjr facture FA-25-00312 recue 2 fois (2 numeros differents, meme montant), merci d'annuler le doublon. {U}
  """)

M("order_billing", False, "0791460", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Bon d'engagement upload fails at order validation.",
  ("Jessica Bonnin", "jessica.bonnin@ac-poitiers.fr"), "pb upload bon d'engagement",
  """
  Bonjour qd je veux joindre le bon d'engagement pour valider la commande ca met 'format non accepte' alors que c'est un pdf ?? clg {U}
  Jessica
  """, dev="android")

M("order_billing", False, "9720844", "martinique", "esidoc", False, "fr",
  "Formal letter from the agent comptable: payment reminder for an invoice already paid.",
  ("Agence comptable - Lycée Schoelcher", "agence.comptable@ac-martinique.fr"), "Relance de paiement - facture déjà réglée",
  """
  Madame, Monsieur,

  Nous avons reçu le 3 février une relance concernant la facture FA-24-11872, alors même que celle-ci a été réglée par mandat administratif le 10 janvier 2025 (mandat n° 2025-0041).

  Nous vous remercions de bien vouloir procéder aux vérifications nécessaires et de nous confirmer que ce dossier est soldé.

  Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

  L'agent comptable
  Lycée Schoelcher - UAI {U}
  """, dev="tb", date="2025-02-06 14:02")

M("order_billing", False, None, None, "esidoc", False, "en",
  "English: asks to address the invoice to the accounting department.",
  ("Emma Lindqvist", "emma.lindqvist@international-school.example.org"), "invoice address",
  """
  hi, quick one: could the invoice for our library portal be addressed to accounts@international-school.example.org and not to me? thanks!
  Emma
  """, dev="iphone")

M("order_billing", False, "0881260", "grand-est", "esidoc", False, "fr",
  "Invoice amount differs from the quote.",
  ("Gestion Clg Epinal", "gestion.clg.epinal@ac-nancy-metz.fr"), "montant facture",
  """
  Bjr le montant de la facture (612e) correspond pas au devis (540e), il manque la remise? {U}
  Cdlt
  """, dev="outlook", fmt="html")

# ---------------------------------------------------------------------------
# contract_documents (7)
# ---------------------------------------------------------------------------
M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "CCAP of a market not found.",
  ("Paul Thevenet", "paul.thevenet@sivos-exemple.fr"), "ccap introuvable",
  """
  bjr trouve pas le ccap du marche fournitures scolaires 2024-087 dans mes marches, il est ou ?
  Paul
  """, dev="android")

M("contract_documents", False, "0672204", "grand-est", "espace_acheteur", False, "fr",
  "Amendment no. 3 missing from the market documents.",
  ("Nicolas Zimmer", "nicolas.zimmer@ac-strasbourg.fr"), "avenant 3 manquant",
  """
  Bonjour, l'avenant n°3 du marche mobilier est annonce par courrier mais je le vois pas dans les documents du marche sur l espace acheteur. lycee {U}
  Cdlt
  """)

M("contract_documents", False, "0491833", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "The membership convention opens as an empty file.",
  ("Stephane Cottin", "stephane.cottin@ac-nantes.fr"), "convention vide",
  """
  bjr la convention d'adhesion s'ouvre mais la page est blanche (pdf vide ?), essaye sur 2 pc. {U}
  S. Cottin
  """)

M("contract_documents", False, None, None, "espace_acheteur", True, "fr",
  "Saw the conventions on the old platform, not since the migration: contract_documents, though the fix may be access rights.",
  ("Marion", "marion.achats@ville-exemple2.fr"), "mes marches vide",
  """
  bonjour depuis la nouvelle version 'mes marches' est vide alors qu'avant je voyais toutes nos conventions. c'est un pb de droits ou c'est normal ?
  Marion
  """, dev="iphone")

M("contract_documents", False, "0921935", "ile-de-france", "espace_acheteur", False, "fr",
  "Formal letter (contrast): the acte d'engagement of a market is not visible.",
  ("Direction - Lycée Hoche", "ce.{U}@ac-versailles.fr"), "Consultation de l'acte d'engagement",
  """
  Madame, Monsieur,

  Je vous informe que l'acte d'engagement relatif au marché n° 2024-031 (prestations de reprographie) n'apparaît pas parmi les pièces contractuelles consultables dans notre espace. Les services de l'agence comptable en ont besoin pour la liquidation des dépenses.

  Je vous remercie de bien vouloir y remédier dans les meilleurs délais.

  Pour le proviseur et par délégation,
  L'adjoint gestionnaire
  """, dev="outlook", fmt="alt")

M("contract_documents", False, None, "grand-est", "espace_acheteur", False, "fr",
  "Follow-up (quoted answer) after the region's answer: the amendment is still missing. No UAI in this message (it was in the first one), so the region comes from ac-strasbourg.fr.",
  ("Nicolas Zimmer", "nicolas.zimmer@ac-strasbourg.fr"), "Re: [#SUP-009388] avenant 3 manquant",
  """
  tjs pas d'avenant 3 dans les docs du marche, 10 jours apres. merci de relancer svp.

  Le lun. 13 janv. 2025 à 11:05, Assistance <support@assistance.example.fr> a écrit :
  > Bonjour,
  > Nous avons transmis votre demande à l'équipe régionale, qui revient vers vous.
  """, reply="SUP-009388", date="2025-01-23 11:20")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Administrative certificate (attestation) missing for a market.",
  ("Nora Belkacem", "nora.belkacem@cc-exemple.fr"), "attestation marche",
  """
  Bjr il manque l'attestation d'attribution pr le marche 2023-112 (papeterie), le tresorier la reclame. vous pouvez la mettre en ligne ? merci
  """)

# ---------------------------------------------------------------------------
# transfer_incident (10)
# ---------------------------------------------------------------------------
M("transfer_incident", False, "0691344", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
  "EcoleDirecte transfers blocked for three days.",
  ("Secretariat Clg Saint-Exupery", "secretariat@clg-stex.example.fr"), "transferts bloques",
  """
  bjr les transferts ecoledirecte sont bloques depuis 3j, dernier ok vendredi. les profs voient plus les absences. etab {U}
  merci de rappeler
  """, dev="android")

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "'Licence expirée' at start-up of the transfer tool; licence to regenerate.",
  ("Gilles", "gilles.secretariat@ecole-notredame.example.fr"), "licence expiree",
  """
  bonjour au demarrage ca met licence expiree et les transferts se font plus, il faut une nouvelle licence ? merci
  Gilles
  """)

M("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Asks for 'le mdp de maintenance du jour' to reindex the base: transfer_incident, not password_reset.",
  ("Valerie Texier", "v.texier@lycee-prive-exemple.fr"), "mdp maintenance",
  """
  bjr besoin du mdp de maintenance du jour pr reindexer la base charlemagne, le transfert plante. merci asap
  Valerie
  """, dev="iphone")

M("transfer_incident", False, "0131874", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
  "The antivirus quarantines the transfer tool (Outils.exe).",
  ("Informatique Lycee", "info@lycee-exemple-aix.fr"), "antivirus bloque outils",
  """
  Bonjour, notre antivirus met Outils.exe en quarantaine depuis la maj d'hier donc plus de transfert vers ecoledirecte. vous avez une exclusion a conseiller ? {U}
  """)

M("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Apple Mail forward of a parent's complaint (grades no longer visible); written by a private school head, but it is a transfer incident, not a head request.",
  ("Directeur Ecole Saint-Michel", "direction@stmichel-exemple.fr"), "Fwd: notes pas visibles",
  """
  bjr je vous transfere, c'est le 3e parent cette semaine. les notes passent plus sur ecoledirecte depuis lundi. merci de voir ca vite
  M. Durieux, directeur

  Début du message réexpédié :

  De: Famille Morel <morel.famille@gmail.com>
  Date: 21 novembre 2024 à 19:02:11 UTC+1
  À: direction@stmichel-exemple.fr
  Objet: notes pas visibles

  Bonsoir, on ne voit plus aucune note de Lucas depuis une semaine sur l'appli. Cordialement
  """, dev="iphone", date="2024-11-22 08:15")

M("transfer_incident", False, "0451109", "centre-val-de-loire", "ecoledirecte", False, "fr",
  "New proxy: the transfer diagnostic fails on the connection test.",
  ("Antoine Rigaud", "antoine.rigaud@ac-orleans-tours.fr"), "diag transfert KO",
  """
  bonjour nouveau proxy installe par la region lundi, depuis le diagnostic des transferts echoue au test de connexion. parametres http a mettre ou ? lycee {U}
  """)

M("transfer_incident", False, "0593520", "hauts-de-france", "ecoledirecte", False, "fr",
  "After a server restore, replication must be re-initialised.",
  ("Support informatique Clg", "tice.clg@ac-lille.fr"), "replication apres restauration",
  """
  bjr on a restaure le serveur apres un crash disque, et depuis la replication vers ecoledirecte est en erreur. faut reinitialiser de votre cote ? {U}
  cdlt
  """)

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "The ^Q transfer window freezes; incident read with the menu.",
  ("Martine", "martine.ecole@wanadoo.fr"), "plantage",
  """
  bonjour quand je fais ctrl Q pour voir les transferts ca plante et la fenetre se ferme. et les parents voient plus rien depuis mardi. help
  Martine (secretariat)
  """, dev="android")

M("transfer_incident", False, "0941835", "ile-de-france", "ecoledirecte", False, "fr",
  "Formal letter (contrast): synchronisation interrupted for a week.",
  ("Direction - Lycée Langevin", "ce.{U}@ac-creteil.fr"), "Interruption de la synchronisation des données",
  """
  Madame, Monsieur,

  Je porte à votre connaissance que la synchronisation des données de vie scolaire entre notre logiciel de gestion et EcoleDirecte est interrompue depuis le 2 décembre. Les familles n'ont plus accès aux absences ni aux évaluations.

  Je vous remercie de bien vouloir nous indiquer les mesures envisagées.

  Le proviseur
  """, dev="outlook", fmt="alt")

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Server change: the licence must be regenerated.",
  ("Alex - presta info", "alex@presta-info.example.fr"), "chgt serveur licence",
  """
  bjr on a change le serveur de l'ecole ce we, il faut regenerer la licence pour les transferts ecoledirecte, vous pouvez faire ca ? ecole ste therese
  Alex (prestataire)
  """)

# ---------------------------------------------------------------------------
# automated (20)
# ---------------------------------------------------------------------------
M("automated", False, None, None, None, False, "fr",
  "Exchange out-of-office in French with Auto-Submitted and X-Auto-Response-Suppress.",
  ("Corinne Baud", "corinne.baud@college-exemple.fr"), "Réponse automatique : [#SUP-008555] Vos messages bloqués",
  """
  Bonjour,

  Je suis absente jusqu'au lundi 6 janvier inclus. Pour toute urgence, merci de contacter le secrétariat au 04 75 00 00 00.

  Cordialement,
  Corinne Baud
  """, dev="outlook", fmt="alt", auto="ooo_exchange", reply="SUP-008555")

M("automated", False, None, None, None, False, "en",
  "Gmail vacation responder in English.",
  ("Rachel Ortiz", "rachel.ortiz@lycee-international-marseille.fr"), "Re: [#SUP-007902] Password reset",
  """
  Hi! I'm away until 28 August with very limited access to email. I'll reply when I'm back.
  Rachel
  """, dev="gmail", auto="vacation", reply="SUP-007902")

M("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status), null Return-Path.",
  ("Mail Delivery System", "MAILER-DAEMON@mx.lycee-exemple-nimes.fr"), "Undelivered Mail Returned to Sender",
  "", auto="bounce_postfix")

M("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :').",
  ("Microsoft Outlook", "postmaster@clg-exemple.onmicrosoft.com"), "Non remis : [#SUP-008611] Votre abonnement",
  "", auto="bounce_exchange")

M("automated", False, None, "grand-est", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), region from the ac-strasbourg.fr sender.",
  ("Laetitia Schmitt", "laetitia.schmitt@ac-strasbourg.fr"), "Lu : [#SUP-008120] Mail de confirmation non reçu",
  "", auto="mdn")

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "Newsletter with List-Id, List-Unsubscribe and Precedence: bulk.",
  ("Espace Acheteur - Actualités", "newsletter@espace-acheteur.example.fr"), "Les nouveautés du mois : 3 nouveaux marchés",
  """
  Les nouveautés du mois

  - Nouveau marché mobilier scolaire 2025-2028 : les lots sont en ligne.
  - Fournitures de bureau : mise à jour des prix au 1er février.
  - Webinaire « Bien utiliser son panier » le 12 février à 14 h.

  Vous recevez ce message car vous êtes inscrit(e) à la lettre d'information.
  Se désabonner : https://espace-acheteur.example.fr/desabonnement
  """, fmt="alt", auto="newsletter")

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply notification to the desk: an account awaits validation (Auto-Submitted: auto-generated).",
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), "Un compte est en attente de validation",
  """
  Bonjour,

  Un nouvel utilisateur a demandé la création d'un compte pour la structure « Mairie de Saint-Genis » :
  Nom : Ludovic PERRIN
  Courriel : ludovic.perrin@ville-exemple.fr

  Connectez-vous pour valider ou refuser cette demande.

  Ce message est envoyé automatiquement, merci de ne pas y répondre.
  """, auto="notification")

M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a ticket the desk opened with a supplier was updated.",
  ("Portail tickets", "notifications@tickets.example.fr"), "[Ticket 48213] Mise à jour de votre ticket",
  """
  Votre ticket n°48213 « Transferts bloqués - Clg Saint-Exupéry » a été mis à jour.
  Nouveau statut : En cours de traitement

  Consultez le ticket : https://tickets.example.fr/t/48213
  Ne répondez pas à ce message.
  """, auto="notification")

M("automated", False, None, None, None, True, "fr",
  "Out-of-office sent by a client-side rule, SMS style: no Auto-Submitted, no Precedence; only the wording shows it is automatic.",
  ("Jerome Blanchard", "jerome.blanchard@lycee-exemple-blois.fr"), "absent",
  """
  absent jusqu'au 4/11, pr tte urgence voir la vie sco ou le secretariat. ce msg est automatique.
  """)

M("automated", False, None, "bretagne", None, False, "fr",
  "Academic webmail (Zimbra) vacation reply; region from ac-rennes.fr.",
  ("Gwenaelle Le Floch", "gwenaelle.lefloch@ac-rennes.fr"), "Re: [#SUP-009120] abo cafeyn",
  """
  Bonjour, je suis en congé jusqu'au 3 mars. Votre message sera traité à mon retour.
  Gwen
  """, auto="zimbra", reply="SUP-009120")

M("automated", False, None, None, None, False, "en",
  "DMARC aggregate report sent to the desk's address.",
  ("noreply-dmarc-support", "noreply-dmarc-support@google.com"), "Report domain: assistance.example.fr Submitter: google.com Report-ID: 8841265732945112",
  "", auto="dmarc")

M("automated", False, None, None, None, False, "en",
  "Delay warning from a relay ('Delayed Mail'), Action: delayed.",
  ("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"), "Delayed Mail (still being retried)",
  "", auto="delay")

M("automated", False, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
  "A librarian's real question about an e-sidoc password, but posted to an academic mailing list the desk is on (List-Id, Precedence: list): not written to us. Region from ac-lyon.fr.",
  ("Helene Chapuis", "helene.chapuis@ac-lyon.fr"), "[docs-lyon] qqn a le mdp esidoc de demo ?",
  """
  bjr la liste, qqn aurait les identifiants du portail esidoc de demo pour la formation de jeudi ? j'ai perdu le mdp. merci
  Helene (clg J. Moulin)

  --
  Liste de diffusion des professeurs documentalistes - academie de Lyon
  Pour se desabonner : docs-lyon-unsubscribe@listes.ac-lyon.fr
  """, auto="list")

M("automated", False, None, "hauts-de-france", None, False, "fr",
  "Another help desk's acknowledgement (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-lille.fr.",
  ("Assistance academique", "assistance@ac-lille.fr"), "[Demande n°2025-004417] Accusé de réception",
  """
  Bonjour,

  Votre demande a bien été enregistrée sous le numéro 2025-004417. Elle sera traitée dans les meilleurs délais.

  Ceci est un message automatique, merci de ne pas y répondre.
  La plateforme d'assistance
  """, auto="ack")

M("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'document signed' notification, no Auto-Submitted or Precedence: the no-reply sender and the wording show it is automatic.",
  ("Signature électronique", "ne-pas-repondre@signature.example.fr"), "Document signé : Convention d'adhésion 2025",
  """
  Bonjour,

  Tous les signataires ont signé le document « Convention d'adhésion 2025 - Lycée Condorcet ».
  Vous pouvez le télécharger depuis votre espace : https://signature.example.fr/d/7f3a91

  L'équipe Signature électronique
  """, fmt="alt")

M("automated", False, None, None, None, True, "en",
  "Exim bounce as plain text: no multipart/report, no Auto-Submitted; only the null Return-Path and the Mailer-Daemon sender show it.",
  ("Mail Delivery System", "Mailer-Daemon@mail.ecole-exemple.fr"), "Mail delivery failed: returning message to sender",
  """
  This message was created automatically by mail delivery software.

  A message that you sent could not be delivered to one or more of its
  recipients. This is a permanent error. The following address(es) failed:

    direction@ecole-exemple.fr
      host mail.ecole-exemple.fr [198.51.100.20]
      SMTP error from remote mail server after RCPT TO:<direction@ecole-exemple.fr>:
      550 5.1.1 User unknown

  ------ This is a copy of the message, including all the headers. ------

  From: Assistance <support@assistance.example.fr>
  To: direction@ecole-exemple.fr
  Subject: [#SUP-008871] Demande du chef d'établissement requise
  """, auto="exim")

M("automated", False, "0351412", "bretagne", None, False, "fr",
  "Out-of-office of a school office (ce.<UAI> address) that mentions passwords and e-sidoc; Auto-Submitted present. UAI from the address.",
  ("Secrétariat", "ce.{U}@ac-rennes.fr"), "Réponse automatique : [#SUP-009201] Mot de passe e-sidoc",
  """
  Bonjour,
  Le secrétariat est fermé pendant les vacances scolaires. Pour les demandes de mot de passe e-sidoc ou ENT, merci de renouveler votre message à la rentrée.
  Le secrétariat
  """, dev="outlook", auto="ooo_exchange", reply="SUP-009201")

M("automated", False, None, "normandie", None, False, "fr",
  "Outlook 'Non lu :' notice (deleted without being read), disposition-notification; region from ac-normandie.fr.",
  ("Isabelle Lemonnier", "isabelle.lemonnier@ac-normandie.fr"), "Non lu : [#SUP-008733] mail activation + devis",
  "", auto="mdn_unread")

M("automated", False, None, None, None, False, "fr",
  "Host autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
  ("Contact", "contact@mediatheque-exemple.fr"), "Re: [#SUP-008902] Votre demande",
  """
  Merci pour votre message. La médiathèque est fermée pour inventaire jusqu'au 15 janvier ; nous vous répondrons dès notre retour.
  """, auto="xautoreply", reply="SUP-008902")

M("automated", False, None, "occitanie", None, False, "fr",
  "SMS-style out-of-office with Auto-Submitted: auto-replied, from an ac-toulouse.fr address.",
  ("Laure Baylac", "laure.baylac@ac-toulouse.fr"), "Absence : [#SUP-009007] compte tjs en attente",
  """
  absente jusqu'au 24/02, msg non transferes. pr l'intendance voir M. Puech. merci
  """, auto="vacation", reply="SUP-009007")

# ---------------------------------------------------------------------------
# other (19)
# ---------------------------------------------------------------------------
M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  ("Ryan | Growth Team", "ryan@rank-boost-seo.example.com"), "Quick question about assistance.example.fr",
  """
  Hi there,

  I was checking assistance.example.fr and noticed you're missing out on a lot of organic traffic. We can get you on page 1 of Google in 30 days, guaranteed.

  Can I send you a free audit?

  Best,
  Ryan
  """)

M("other", False, None, None, None, True, "fr",
  "Phishing 'boîte pleine, confirmez votre mot de passe': mentions a password but is not password_reset; the look-alike domain is not an académie domain.",
  ("Service Messagerie", "admin@ac-lyon-webmail.example.com"), "Votre boite mail est pleine a 98%",
  """
  Cher utilisateur,

  Votre boite de messagerie a atteint 98% de sa capacite. Pour eviter la suppression de vos messages, confirmez votre identifiant et votre mot de passe en cliquant ici sous 24h :
  http://ac-lyon-webmail.example.com/verif

  Service Messagerie Academique
  """, fmt="html", auth_fail=True)

M("other", False, None, "ile-de-france", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mdp' and 'lien' appear but nothing is asked.",
  ("Ines Benali", "ines.benali@ac-paris.fr"), "Re: [#SUP-008017] Votre demande de mot de passe e-sidoc",
  """
  ok c bon le lien a marche, nouveau mdp enregistre, merci bcp !!

  Le 14 nov. 2024 à 10:21, Assistance <support@assistance.example.fr> a écrit :
  > Un lien de réinitialisation a été envoyé à l'adresse de l'établissement.
  """, dev="iphone", reply="SUP-008017", date="2024-11-14 10:40")

M("other", False, None, "nouvelle-aquitaine", None, False, "fr",
  "'Bien recu merci' from a phone: nothing to do.",
  ("Agathe Dubos", "agathe.dubos@ac-bordeaux.fr"), "Re: [#SUP-009150] droits commande",
  """
  bien recu merci
  Envoyé de mon iPhone
  """, dev="iphone", reply="SUP-009150")

M("other", False, None, None, None, False, "fr",
  "A parent asks for his child's ENT/Pronote login: wrong address, unrelated.",
  ("Karim", "karim.h78@gmail.com"), "code pronote",
  """
  bonjour mon fils a perdu son code pronote pour les devoirs, vous pouvez me le renvoyer ? il est en 4e B. merci
  """, dev="gmail")

M("other", False, None, None, None, False, "fr",
  "Unsolicited internship application.",
  ("Lea Martin", "lea.martin.etu@univ-exemple.fr"), "candidature stage",
  """
  Bonjour,
  Etudiante en master documentation, je cherche un stage de 2 mois a partir d'avril. Je me permets de vous envoyer ma candidature, mon CV suit par mail separe.
  Bien cordialement
  Lea Martin
  """)

M("other", False, None, None, None, False, "fr",
  "A person asks by hand to be removed from the newsletter: written by a person, so not automated.",
  ("Bernard Cazals", "bernard.cazals@orange.fr"), "desabonnement",
  """
  retirez moi de votre liste svp je suis a la retraite depuis 2 ans
  B. Cazals
  """)

M("other", False, None, "bourgogne-franche-comte", None, False, "fr",
  "Angry complaint about an unanswered request that says nothing about the topic.",
  ("Olivier Prost", "olivier.prost@ac-besancon.fr"), "tjs pas de reponse",
  """
  ca fait 10 jours que j'ai ecrit et tjs AUCUNE reponse, c'est inadmissible. vous etes ou ??
  """, dev="android")

M("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
  "Personal message sent to the desk by address autocomplete.",
  ("Julien Mathy", "julien.mathy@ac-grenoble.fr"), "ce soir",
  """
  tu peux prendre le pain en rentrant ? et les enfants ont judo a 18h je peux pas les deposer
  bisous
  """, dev="android")

M("other", False, None, None, None, True, "fr",
  "Fake 'unpaid invoice' with a link from an unknown sender, SPF failing: phishing, not order_billing.",
  ("Service Recouvrement", "recouvrement@factures-impayees.example.net"), "Facture impayee N 2025-8812 - derniere relance",
  """
  Madame, Monsieur,
  Sauf erreur, votre facture n 2025-8812 reste impayee. Telechargez-la ici pour regulariser sous 48h faute de quoi des penalites seront appliquees :
  http://factures-impayees.example.net/dl/2025-8812
  Service recouvrement
  """, auth_fail=True)

M("other", False, None, None, "espace_acheteur", False, "fr",
  "Wants to register for a webinar; the link fails.",
  ("Sandra Lopes", "sandra.lopes@mairie-exemple3.fr"), "webinaire lien marche pas",
  """
  bjr le lien d'inscription au webinaire 'bien utiliser son panier' du 12/02 donne une erreur 404. comment je m'inscris ?
  Sandra
  """)

M("other", False, None, "occitanie", None, False, "fr",
  "A teacher asks for book recommendations for a class project: unrelated to the services.",
  ("Thibault Roques", "thibault.roques@ac-montpellier.fr"), "conseils lecture",
  """
  bonjour vous auriez des idees de romans ado sur le harcelement pour un projet en 4e ? merci d'avance
  Thibault, prof de francais
  """)

M("other", False, None, "centre-val-de-loire", "ticket_portal", False, "fr",
  "How to share a ticket with a colleague on the ticket portal: a how-to question with no category of its own.",
  ("Antoine Rigaud", "antoine.rigaud@ac-orleans-tours.fr"), "partager un ticket",
  """
  bjr sur le portail des tickets comment je partage un ticket avec ma collegue pour qu'elle suive aussi ? merci
  """)

M("other", False, None, None, None, False, "fr",
  "Cold sales prospecting for shelving, written to one person (no list headers): other, not automated.",
  ("Julie - MobiScol", "julie.commercial@mobiscol.example.fr"), "Vos rayonnages CDI",
  """
  Bonjour,
  Je me permets de vous contacter car nous proposons des rayonnages modulables pour CDI a -20% jusqu'a fin mars. Seriez-vous disponible pour un appel de 10 minutes cette semaine ?
  Belle journee,
  Julie
  """)

M("other", False, None, None, None, False, "fr",
  "GDPR erasure request from a former librarian.",
  ("Monique Berthelot", "monique.berthelot@laposte.net"), "Suppression de mes données personnelles",
  """
  Madame, Monsieur,

  Conformément à l'article 17 du RGPD, je vous demande la suppression de l'ensemble des données personnelles me concernant, ayant quitté mes fonctions de professeure documentaliste en juillet dernier.

  Je vous remercie de m'en accuser réception.

  Monique Berthelot
  """, dev="tb")

M("other", False, None, "pays-de-la-loire", "esignature", True, "fr",
  "The convention to e-sign carries a wrong establishment name; only the document's sender can fix it. About a convention, but not access to contract documents.",
  ("Sylvie Brochard", "sylvie.brochard@ac-nantes.fr"), "convention a signer mauvais nom",
  """
  bjr la convention qu'on me demande de signer en ligne porte le nom de l'ancien lycee (avant fusion), je signe quand meme ou vous la refaites ?
  sylvie
  """, dev="android")

M("other", False, None, None, None, False, "fr",
  "'test' mail from a phone with nothing asked.",
  ("Fred", "fred.gestion@hotmail.fr"), "test",
  """
  test
  """, dev="android")

M("other", False, None, None, None, False, "fr",
  "A pupil writes for homework help by mistake.",
  ("enzo", "enzo.b2011@gmail.com"), "aide devoir",
  """
  slt c pour l'expose sur les volcans vous avez des sites ? le cdi est ferme. merci
  """, dev="gmail")

M("other", False, None, None, None, True, "fr",
  "Very formal complaint about the platform's general ergonomics with no concrete request; no category applies.",
  ("Gérard Lapeyre", "g.lapeyre@orange.fr"), "Observations sur l'ergonomie de vos services",
  """
  Madame, Monsieur,

  Ancien gestionnaire d'établissement, je me permets de vous faire part de mes observations quant à l'ergonomie, qu'il me semble devoir qualifier de perfectible, de vos différents services en ligne. La multiplication des interfaces et des identifiants nuit, à mon sens, à leur bonne appropriation par les personnels.

  Je ne doute pas que ces remarques retiendront votre attention.

  Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

  Gérard Lapeyre
  """)

# ---------------------------------------------------------------------------
# wrapping: headers, encodings, automated structures
# ---------------------------------------------------------------------------
import datetime
import gzip
import html as htmlmod

DESK = "support@assistance.example.fr"


def hdr(value):
    """Encode a header value as RFC 2047 when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr_hdr(name, addr):
    return email.utils.formataddr((name, addr), charset="utf-8") if name else addr


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encode_part(text, cte):
    data = text.replace("\n", "\r\n").encode("utf-8") if cte == "base64" else text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    return text


def text_part(text, subtype, cte):
    charset = "us-ascii" if is_ascii(text) and cte in ("7bit", "quoted-printable") else "utf-8"
    if cte == "7bit" and not is_ascii(text):
        cte = "8bit"
    return (f'Content-Type: text/{subtype}; charset="{charset}"\n'
            f"Content-Transfer-Encoding: {cte}\n\n" + encode_part(text, cte))


def to_html(text, outlook=False):
    lines = []
    for line in text.rstrip("\n").split("\n"):
        esc = htmlmod.escape(line)
        if line.startswith(">"):
            esc = '<span style="color:#555">' + esc + "</span>"
        lines.append(esc if esc else "&nbsp;")
    if outlook:
        body = "\n".join(f'<p class="MsoNormal">{l}<o:p></o:p></p>' for l in lines)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR" link="#0563C1">\n<div class="WordSection1">\n'
                + body + "\n</div>\n</body>\n</html>\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr">' + "<br>\n".join(lines) + "</div></body></html>\n")


def fake_pdf(seed_text):
    h = hashlib.sha256(seed_text.encode()).hexdigest()
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + h + "\n%%EOF\n").encode()


def make_date(rng, region):
    start = datetime.datetime(2024, 9, 2)
    day = start + datetime.timedelta(days=rng.randrange(0, 295))
    while day.weekday() == 6 and rng.random() < 0.8:
        day += datetime.timedelta(days=1)
    hour = rng.choice([7, 7, 8, 8, 9, 10, 10, 11, 12, 12, 13, 14, 15, 16, 16, 17, 18, 21, 22, 23])
    dt = day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))
    tz = TZ_BY_REGION.get(region) or ("+0200" if 4 <= dt.month <= 10 and not (dt.month == 10 and dt.day > 26) else "+0100")
    return dt, tz


def fmt_date(dt, tz):
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def rand_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def message_id(rng, dev, domain):
    if dev == "iphone":
        u = rand_hex(rng, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if dev in ("gmail",) or (dev == "android" and domain.endswith("gmail.com")):
        return "<CA" + rand_alnum(rng, 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+_-") + "@mail.gmail.com>"
    if dev == "android":
        return f"<{rand_alnum(rng, 24, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{rng.randrange(10**12, 10**13)}@email.android.com>"
    if dev == "outlook":
        box = "PR" + str(rng.randrange(0, 3)) + "P264MB" + str(rng.randrange(1000, 9999))
        return f"<{box}{rand_alnum(rng, 32)}@{box}.FRAP264.PROD.OUTLOOK.COM>"
    if dev == "tb":
        u = rand_hex(rng, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    return f"<{rand_hex(rng, 32)}@{domain}>"


def client_headers(rng, dev, domain):
    if dev == "iphone":
        return [("X-Mailer", rng.choice(["iPhone Mail (21G93)", "iPhone Mail (22B83)", "iPhone Mail (20H115)"]))]
    if dev == "android" and not domain.endswith("gmail.com"):
        return rng.choice([[], [("X-Mailer", "Outlook for Android")], [("User-Agent", "K-9 Mail for Android")]])
    if dev == "outlook":
        return [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + rand_alnum(rng, 24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "=="),
                ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")]
    if dev == "tb":
        return [("User-Agent", "Mozilla Thunderbird 128.5.2esr"), ("Content-Language", "fr")]
    if dev == "gmail":
        return []
    if domain.startswith("ac-"):
        return rng.choice([[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF133 (Win)/9.0.0_GA_4546)")], []])
    return rng.choice([[], [("User-Agent", "Roundcube Webmail/1.6.9")], [("X-Mailer", "Open-Xchange Mailer v7.10.6")]])


def auth_results(domain, mode):
    if mode == "spoof":
        return ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=" + domain +
                ";\n\tdmarc=fail (p=quarantine dis=none) header.from=" + domain)
    if mode == "fail":
        return ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=" + domain +
                ";\n\tdmarc=fail (p=none dis=none) header.from=" + domain)
    if mode == "null":
        return "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=" + domain + ";\n\tdmarc=none"
    return ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=" + domain +
            ";\n\tspf=pass smtp.mailfrom=" + domain + ";\n\tdmarc=pass (p=none dis=none) header.from=" + domain)


def report_body(kind, rng, dt, tz, sender_addr, subject, boundary):
    """Hand-shaped multipart bodies for bounces, receipts and reports."""
    ref_date = fmt_date(dt - datetime.timedelta(minutes=1), tz)
    dom = sender_addr.split("@")[1]
    if kind == "bounce_postfix":
        rcpt = "doc.cdi@lycee-exemple-nimes.fr"
        ctype = f'multipart/report; report-type=delivery-status;\n boundary="{boundary}"'
        body = f"""This is a MIME-encapsulated message.

--{boundary}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host {dom.split('@')[-1]}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<{rcpt}>: host 127.0.0.1[127.0.0.1] said: 552 5.2.2 Mailbox full
    (in reply to end of DATA command)

--{boundary}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; {dom}
Arrival-Date: {ref_date}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--{boundary}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <{DESK}>
To: {rcpt}
Subject: [#SUP-008340] Votre demande de mot de passe e-sidoc
Date: {ref_date}
Message-ID: <SUP-008340.{rng.randrange(10**9, 10**10)}@assistance.example.fr>

--{boundary}--
"""
        return ctype, body
    if kind == "bounce_exchange":
        rcpt = "gestion@clg-exemple.onmicrosoft.com"
        ctype = f'multipart/report; report-type=delivery-status;\n boundary="{boundary}"'
        txt = ("Votre message n'a pas pu être remis à gestion@clg-exemple.onmicrosoft.com car l'adresse\n"
               "est introuvable ou ne peut pas recevoir de courrier.\n\n"
               "Informations de diagnostic pour les administrateurs :\n"
               "Serveur générant le rapport : PA4P264MB1234.FRAP264.PROD.OUTLOOK.COM\n"
               "gestion@clg-exemple.onmicrosoft.com\n"
               "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
        body = f"""--{boundary}
{text_part(txt, 'plain', 'quoted-printable')}
--{boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns;PA4P264MB1234.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: {ref_date}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound

--{boundary}
Content-Type: text/rfc822-headers

From: Assistance <{DESK}>
To: {rcpt}
Subject: [#SUP-008611] Votre abonnement
Date: {ref_date}

--{boundary}--
"""
        return ctype, body
    if kind == "delay":
        rcpt = "intendance@lycee-exemple-pau.fr"
        ctype = f'multipart/report; report-type=delivery-status;\n boundary="{boundary}"'
        body = f"""This is a MIME-encapsulated message.

--{boundary}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<{rcpt}>: connect to mx.lycee-exemple-pau.fr[198.51.100.77]:25:
    Connection timed out

--{boundary}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.assistance.example.fr
Arrival-Date: {ref_date}

Final-Recipient: rfc822; {rcpt}
Action: delayed
Status: 4.4.1
Will-Retry-Until: {fmt_date(dt + datetime.timedelta(days=5), tz)}

--{boundary}--
"""
        return ctype, body
    if kind in ("mdn", "mdn_unread"):
        ctype = f'multipart/report; report-type=disposition-notification;\n boundary="{boundary}"'
        if kind == "mdn":
            txt = ("Votre message\n\n  À : " + sender_addr + "\n  Objet : " + subject[5:] +
                   "\n  Envoyé : " + ref_date + "\n\na été lu le " + fmt_date(dt, tz) + ".\n")
            disp = "manual-action/MDN-sent-manually; displayed"
        else:
            txt = ("Votre message\n\n  À : " + sender_addr + "\n  Objet : " + subject[9:] +
                   "\n  Envoyé : " + ref_date + "\n\na été supprimé sans avoir été lu le " + fmt_date(dt, tz) + ".\n")
            disp = "manual-action/MDN-sent-automatically; deleted"
        body = f"""--{boundary}
{text_part(txt, 'plain', 'quoted-printable')}
--{boundary}
Content-Type: message/disposition-notification

Reporting-UA: {dom}; Microsoft Outlook 16.0
Final-Recipient: rfc822;{sender_addr}
Original-Message-ID: <SUP-{rng.randrange(8000, 9999):06d}.{rng.randrange(10**9, 10**10)}@assistance.example.fr>
Disposition: {disp}

--{boundary}--
"""
        return ctype, body
    if kind == "dmarc":
        xml = ('<?xml version="1.0" encoding="UTF-8" ?>\n<feedback><report_metadata><org_name>google.com</org_name>'
               '<report_id>8841265732945112</report_id></report_metadata><policy_published><domain>assistance.example.fr'
               '</domain><p>none</p></policy_published><record><row><source_ip>192.0.2.10</source_ip><count>42</count>'
               '</row></record></feedback>\n').encode()
        gz = base64.encodebytes(gzip.compress(xml, mtime=0)).decode("ascii")
        ctype = f'multipart/mixed; boundary="{boundary}"'
        body = f"""--{boundary}
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: 7bit

This is an aggregate report from google.com.

--{boundary}
Content-Type: application/gzip;
 name="google.com!assistance.example.fr!1733011200!1733097599.xml.gz"
Content-Disposition: attachment;
 filename="google.com!assistance.example.fr!1733011200!1733097599.xml.gz"
Content-Transfer-Encoding: base64

{gz}
--{boundary}--
"""
        return ctype, body
    raise ValueError(kind)


AUTO_HEADERS = {
    "ooo_exchange": [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    "vacation": [("Auto-Submitted", "auto-replied")],
    "zimbra": [("Auto-Submitted", "auto-replied (zimbra; vacation)")],
    "notification": [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    "ack": [("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-lille.fr"), ("Precedence", "auto_reply")],
    "xautoreply": [("X-Autoreply", "yes"), ("X-Autorespond", "Fermeture annuelle")],
    "newsletter": [("List-Id", "Actualites Espace Acheteur <actus.espace-acheteur.example.fr>"),
                   ("List-Unsubscribe", "<https://espace-acheteur.example.fr/desabonnement?u=4471>, <mailto:unsubscribe@espace-acheteur.example.fr>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    "list": [("List-Id", "Professeurs documentalistes academie de Lyon <docs-lyon.listes.ac-lyon.fr>"),
             ("List-Post", "<mailto:docs-lyon@listes.ac-lyon.fr>"),
             ("List-Unsubscribe", "<mailto:docs-lyon-unsubscribe@listes.ac-lyon.fr>"),
             ("Precedence", "list"), ("Sender", "docs-lyon-bounces@listes.ac-lyon.fr")],
    "mdn": [], "mdn_unread": [], "bounce_postfix": [("Auto-Submitted", "auto-replied")],
    "bounce_exchange": [("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    "delay": [("Auto-Submitted", "auto-replied")], "dmarc": [], "exim": [("X-Failed-Recipients", "direction@ecole-exemple.fr")],
}
NULL_RETURN_PATH = {"bounce_postfix", "bounce_exchange", "delay", "exim"}
REPORT_KINDS = {"bounce_postfix", "bounce_exchange", "delay", "mdn", "mdn_unread", "dmarc"}


def build(i, m, rng):
    kw = m["kw"]
    digits = m["u"] or kw.get("u_text")
    code = uai_of(digits) if digits else None

    def sub(s):
        if digits:
            s = s.replace("{U}", code).replace("{u}", code.lower()).replace("{B}", bad_uai_of(digits))
        return s

    name, addr = m["sender"]
    addr = sub(addr)
    body = sub(m["body"])
    subject = sub(m["subject"])
    domain = addr.split("@")[1].lower()
    dev = kw.get("dev")
    auto = kw.get("auto")
    dt, tz = make_date(rng, m["region"])
    if kw.get("date"):
        dt = datetime.datetime.strptime(kw["date"], "%Y-%m-%d %H:%M").replace(second=rng.randrange(60))
        tz = TZ_BY_REGION.get(m["region"]) or ("+0200" if 4 <= dt.month <= 10 else "+0100")
    date = fmt_date(dt, tz)
    mx_id = rand_alnum(rng, 15, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    relay = {"gmail.com": "mail-wr1-f54.google.com", "orange.fr": "smtp-out.orange.fr", "free.fr": "smtp5-g21.free.fr",
             "hotmail.fr": "mail-db8eur05olkn2100.outbound.protection.outlook.com"}.get(domain)
    if relay is None:
        relay = (f"EUR0{rng.randrange(1, 6)}-PR3-obe.outbound.protection.outlook.com" if dev == "outlook"
                 else f"smtp{rng.randrange(1, 5)}.{domain}" if domain.startswith("ac-") else f"mail.{domain}")
    if kw.get("spoof"):
        relay = f"vps-{rng.randrange(1000, 9999)}.hosting-example.net"
    ip = f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randrange(2, 250)}"
    mode = "spoof" if kw.get("spoof") else "fail" if kw.get("auth_fail") else "null" if auto in NULL_RETURN_PATH else "pass"

    H = []
    H.append(("Return-Path", "<>" if auto in NULL_RETURN_PATH else f"<{addr}>"))
    H.append(("Delivered-To", DESK))
    recv_time = fmt_date(dt + datetime.timedelta(seconds=rng.randrange(2, 50)), tz)
    H.append(("Received", f"from {relay} ({relay} [{ip}])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {mx_id}\n\tfor <{DESK}>; {recv_time}"))
    H.append(("Authentication-Results", auth_results(domain, mode)))
    H.append(("From", addr_hdr(name, addr)))
    to = DESK
    if auto == "list":
        to = "docs-lyon@listes.ac-lyon.fr"
    H.append(("To", rng.choice([f"Assistance <{to}>", to]) if to == DESK else f"docs-lyon <{to}>"))
    if auto == "list":
        pass
    if kw.get("cc"):
        H.append(("Cc", kw["cc"]))
    if kw.get("reply_to"):
        H.append(("Reply-To", kw["reply_to"]))
    H.append(("Subject", hdr(subject)))
    H.append(("Date", date))
    H.append(("Message-ID", message_id(rng, dev, domain)))
    if kw.get("reply"):
        ref = f"<{kw['reply']}.{rng.randrange(1727000000, 1740000000)}.{rand_hex(rng, 6)}@assistance.example.fr>"
        H.append(("In-Reply-To", ref))
        H.append(("References", ref))
    H.append(("MIME-Version", "1.0"))
    if not auto or auto in ("ooo_exchange", "vacation", "zimbra", "list"):
        H.extend(client_headers(rng, dev, domain))
    H.extend(AUTO_HEADERS.get(auto, []) if auto else [])

    boundary = f"----=_Part_{rng.randrange(10**5, 10**6)}_{rng.randrange(10**8, 10**9)}.{rng.randrange(10**12, 10**13)}"
    fmt = kw.get("fmt")
    if auto in REPORT_KINDS:
        ctype, payload = report_body(auto, rng, dt, tz, addr, subject, boundary)
        H.append(("Content-Type", ctype))
        raw_body = payload
    else:
        if fmt is None:
            r = rng.random()
            if dev == "outlook":
                fmt = "alt" if r < 0.7 else "html"
            elif dev == "android":
                fmt = "b64" if r < 0.35 else "alt" if r < 0.6 else "plain"
            elif dev in ("iphone", "gmail"):
                fmt = "alt" if r < 0.4 else "qp" if r < 0.6 else "plain"
            else:
                fmt = "plain" if r < 0.55 else "qp" if r < 0.75 else "alt" if r < 0.93 else "html"
        plain_cte = {"plain": "7bit", "qp": "quoted-printable", "b64": "base64"}.get(fmt)
        if fmt in ("alt", "html"):
            plain_cte = rng.choice(["quoted-printable", "base64"]) if dev == "android" else "quoted-printable"
        html_text = to_html(body, outlook=(dev == "outlook"))
        if fmt == "alt":
            inner = (f"--{boundary}\n{text_part(body, 'plain', plain_cte)}\n--{boundary}\n"
                     f"{text_part(html_text, 'html', plain_cte)}\n--{boundary}--\n")
            ctype = f'multipart/alternative;\n boundary="{boundary}"'
        elif fmt == "html":
            part = text_part(html_text, "html", plain_cte)
            ctype, inner = None, part
        else:
            part = text_part(body, "plain", plain_cte)
            ctype, inner = None, part
        if kw.get("attach_note"):
            outer = "mixed_" + boundary[6:]
            fname = kw["attach_note"]
            pdf = base64.encodebytes(fake_pdf(fname + str(i))).decode("ascii")
            if ctype is None:
                first = inner
            else:
                first = f"Content-Type: {ctype}\n\n{inner}"
            H.append(("Content-Type", f'multipart/mixed;\n boundary="{outer}"'))
            raw_body = (f"--{outer}\n{first}\n--{outer}\nContent-Type: application/pdf; name=\"{fname}\"\n"
                        f"Content-Disposition: attachment; filename=\"{fname}\"\nContent-Transfer-Encoding: base64\n\n"
                        f"{pdf}\n--{outer}--\n")
        elif ctype is None:
            head, _, rest = inner.partition("\n\n")
            for line in head.split("\n"):
                k, _, v = line.partition(": ")
                H.append((k, v))
            raw_body = rest
        else:
            H.append(("Content-Type", ctype))
            raw_body = inner
    out = "".join(f"{k}: {v}\n" for k, v in H) + "\n" + raw_body
    if not out.endswith("\n"):
        out += "\n"
    label = {
        "file": f"h{i:03d}.eml", "category": m["cat"], "auto_reply_ok": m["ok"],
        "uai": uai_of(m["u"]) if m["u"] else None, "region": m["region"], "platform": m["platform"],
        "hard": m["hard"], "lang": m["lang"], "notes": m["notes"],
    }
    return out.encode("utf-8"), label, addr


def main():
    rng = random.Random(SEED)
    order = list(range(len(MAILS)))
    rng.shuffle(order)  # mix categories across file numbers
    labels, senders = [], {}
    for n, idx in enumerate(order, start=1):
        raw, label, addr = build(n, MAILS[idx], rng)
        with open(os.path.join(HERE, label["file"]), "wb") as fh:
            fh.write(raw)
        labels.append(label)
        senders[label["file"]] = addr
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for label in labels:
            fh.write(json.dumps(label, ensure_ascii=False) + "\n")
    verify(senders)


KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def verify(senders):
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert len(files) == 150, len(files)
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    assert len(labels) == 150
    assert [l["file"] for l in labels] == files
    for lab in labels:
        assert list(lab.keys()) == KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] and msg["Message-ID"], lab["file"]
        assert "support@assistance.example.fr" in str(msg["To"]) or lab["category"] == "automated", lab["file"]
        texts = []
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                texts.append(part.get_content())
        assert texts and any(t.strip() for t in texts), lab["file"]
        addr = email.utils.parseaddr(str(msg["From"]))[1]
        assert addr.lower() == senders[lab["file"]].lower(), (lab["file"], addr)
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert isinstance(lab["hard"], bool) and isinstance(lab["auto_reply_ok"], bool)
        assert lab["notes"].strip()
        if lab["category"] not in AUTO_ALLOWED:
            assert lab["auto_reply_ok"] is False, lab
        if lab["uai"] is not None:
            assert is_valid_uai(lab["uai"]), lab
            assert lab["region"] == region_of_uai(lab["uai"]), lab
            assert lab["uai"].lower() in fh_text(lab["file"]).lower(), ("UAI not in the mail", lab["file"])
        else:
            assert lab["region"] == region_of_address(addr), (lab, addr)
        assert lab["region"] is None or lab["region"] in REGIONS
    print("holdout104: 150 mails written and verified")


def fh_text(fname):
    with open(os.path.join(HERE, fname), "rb") as fh:
        msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
    parts = [str(msg["From"]), str(msg["Subject"])]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build holdout138: 150 hand-written support mails with labels.

Theme: Provence-Alpes-Cote d'Azur and Corsica, an ordinary fortnight of
April 2025 (the two weeks before the spring holidays of zone B and Corsica).
Every mail body below is written by hand; the script only wraps each text in
realistic headers and MIME structure, then checks the result.

Standard library only, deterministic (random.Random(138)).
Run:  python3 make_holdout138.py   (writes next to this file)
"""
import base64
import datetime
import email
import email.policy
import html
import json
import os
import quopri
import random
import re
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(138)
SUPPORT = "support@assistance.example.fr"
TZ = datetime.timezone(datetime.timedelta(hours=2))

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
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie",
    "ac-rouen.fr": "normandie", "ac-bordeaux.fr": "nouvelle-aquitaine",
    "ac-limoges.fr": "nouvelle-aquitaine", "ac-poitiers.fr": "nouvelle-aquitaine",
    "ac-montpellier.fr": "occitanie", "ac-toulouse.fr": "occitanie",
    "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur",
    "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique",
    "ac-guyane.fr": "guyane", "ac-reunion.fr": "la-reunion",
    "ac-mayotte.fr": "mayotte",
}


def uai_ok(code):
    return (isinstance(code, str) and re.fullmatch(r"\d{7}[A-Z]", code) is not None
            and LETTERS[int(code[:7]) % 23] == code[7])


MAILS = []


def m(label, frm, subj, body, style="plain", mailer=None, extra=None,
      auth="pass", cc=None, to=None, return_path=None, dsn=None, mdn=None,
      attach=None, when=None):
    """label = (category, auto_reply_ok, uai, region, platform, hard, lang, notes)."""
    MAILS.append(dict(label=label, frm=frm, subj=subj, body=body, style=style,
                      mailer=mailer, extra=extra or [], auth=auth, cc=cc, to=to,
                      return_path=return_path, dsn=dsn, mdn=mdn, attach=attach,
                      when=when))


PAC = "provence-alpes-cote-d-azur"
ESI, EA, ED, TP, ESIG = "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"

# ---------------------------------------------------------------- password_reset
m(("password_reset", True, "0131675A", PAC, ESI, False, "fr",
   "Lost e-sidoc admin password after a long sick leave; UAI in the body."),
  ("Sylvie Roux", "sylvie.roux@ac-aix-marseille.fr"),
  "Mot de passe e-sidoc oublié",
  """Bonjour,

Je reprends mon poste au CDI du collège Marcel Pagnol après un long arrêt et je ne retrouve plus le mot de passe de l'interface de gestion e-sidoc. Notre UAI est 0131675A.

Pouvez-vous m'indiquer comment le réinitialiser ?

Merci d'avance,
Sylvie Roux
Professeure documentaliste
Collège Marcel Pagnol - Marseille 13e
""", style="qp", mailer="zimbra")

m(("password_reset", True, "7200264Z", "corse", ESI, False, "fr",
   "Short, no accents; UAI of a Haute-Corse lycée (prefix 720)."),
  ("Paoli Marie-Ange", "marie-ange.paoli@ac-corse.fr"),
  "mdp portail",
  """bonjour
je n arrive plus a me connecter a e-sidoc, mot de passe refuse. rne 7200264Z lycee de Bastia
merci de me renvoyer un lien
MA Paoli
""", style="b64", mailer="android")

m(("password_reset", True, "0840391U", PAC, ESI, False, "fr",
   "Reset link from last week expired before she used it; asks for a new one."),
  ("Nadia Benali", "nadia.benali@ac-aix-marseille.fr"),
  "Lien de réinitialisation expiré - 0840391U",
  """Bonjour,

J'ai reçu vendredi dernier le lien pour changer le mot de passe de notre portail e-sidoc, mais je n'ai pu l'ouvrir que ce matin et la page m'indique qu'il n'est plus valide.

Serait-il possible d'en recevoir un nouveau ? Je l'utiliserai tout de suite cette fois.

Bien cordialement,
Nadia Benali
CDI - Collège Joseph Roumanille, Avignon (0840391U)
""", style="alt", mailer="tb")

m(("password_reset", True, "0061923H", PAC, ESI, False, "fr",
   "New librarian since the Easter rotation never had the password; UAI given."),
  ("Thomas Giraud", "thomas.giraud@ac-nice.fr"),
  "Accès gestion e-sidoc - nouveau documentaliste",
  """Bonjour,

Je remplace depuis lundi la documentaliste du lycée Masséna à Nice (UAI 0061923H) jusqu'à la fin de l'année. Personne ici ne connaît le mot de passe du compte de gestion du portail, et ma collègue n'est pas joignable.

Comment puis-je obtenir un accès ?

Merci,
Thomas Giraud
""", style="plain", mailer="tb")

m(("password_reset", True, "0830617V", PAC, ESI, False, "en",
   "English; teaching assistant at an international section cannot log in; UAI given."),
  ("Emma Clarke", "emma.clarke@ac-nice.fr"),
  "Locked out of the library portal",
  """Hello,

I run the library of the international section at our lycée in Toulon (school code 0830617V). After several wrong attempts the e-sidoc back office now says my account is locked.

Could you unlock it or send me a reset link? I don't remember which address the account was created with.

Many thanks,
Emma Clarke
""", style="qp")

m(("password_reset", True, None, "corse", ESI, False, "fr",
   "Forgotten password, no UAI given; region from the ac-corse.fr sender."),
  ("Jean-Toussaint Leca", "jean-toussaint.leca@ac-corse.fr"),
  "Identifiants",
  """Bonjour,

J'ai oublié mes identifiants pour l'administration du portail documentaire de l'établissement. Que dois-je faire ?

Cordialement
JT Leca
Collège de Sartène
""", style="alt", mailer="outlook")

m(("password_reset", True, "0133058D", PAC, EA, False, "fr",
   "Espace Acheteur: gestionnaire no longer knows the login nor the password; UAI in signature."),
  ("Karine Aubert", "gestion.lycee-thiers@ac-aix-marseille.fr"),
  "Connexion Espace Acheteur impossible",
  """Bonjour,

Je n'arrive plus à me connecter à l'Espace Acheteur : je ne sais plus quel identifiant utiliser et le mot de passe que j'avais noté ne fonctionne pas.

Pourriez-vous m'aider à récupérer l'accès ? Nous avons une commande à passer avant les vacances.

Karine Aubert
Gestionnaire
Lycée Thiers - 0133058D
5 place du Lycée, 13001 Marseille
""", style="html", mailer="outlook")

m(("password_reset", True, "6200563T", "corse", ESI, True, "fr",
   "UAI only in the ce.<UAI>@ac-corse.fr sender address; the secretariat asks for the link on that official address."),
  ("Secrétariat Collège Laetitia Bonaparte", "ce.6200563T@ac-corse.fr"),
  "Mot de passe du portail du CDI",
  """Bonjour,

La documentaliste du collège ne parvient plus à se connecter à l'administration du portail du CDI. Pouvez-vous envoyer le lien de réinitialisation sur cette adresse, qui est celle de l'établissement ? Nous le lui transmettrons.

Le secrétariat de direction
""", style="qp", mailer="zimbra")

m(("password_reset", True, "0050873X", PAC, ESI, False, "fr",
   "Expired password, forgot the old one; mountain lycée in Hautes-Alpes."),
  ("Pierre Arnaud", "pierre.arnaud@ac-aix-marseille.fr"),
  "Mot de passe expiré",
  """Bonjour,

Le portail e-sidoc me demande de changer mon mot de passe car il a expiré, mais il faut saisir l'ancien et je ne m'en souviens plus.

Cité scolaire de Briançon, UAI 0050873X.

Merci de votre aide.
P. Arnaud
""", style="latin1")

m(("password_reset", True, "0841126T", PAC, ESI, True, "fr",
   "UAI appears only inside the portal URL, in lower case (0841126t.esidoc.fr)."),
  ("Claire Fabre", "claire.fabre84@gmail.com"),
  "connexion impossible",
  """Bonjour,

Je suis documentaliste à Carpentras. Quand je vais sur https://0841126t.esidoc.fr et que je clique sur "Se connecter", mon mot de passe n'est plus reconnu. Je crois que c'est mon ancienne collègue qui l'a changé avant de partir.

Je vous écris de mon adresse personnelle parce que ma messagerie académique est en maintenance aujourd'hui.

Claire Fabre
""", style="alt")

m(("password_reset", True, "0062108J", PAC, ESI, False, "fr",
   "Outlook 'TR:' forward of the reset mail whose link no longer works."),
  ("Laurent Bonnet", "laurent.bonnet@ac-nice.fr"),
  "TR: Réinitialisation de votre mot de passe",
  """Bonjour,

Le lien ci-dessous ne fonctionne pas, la page dit qu'il a expiré. Pouvez-vous m'en renvoyer un ? Collège Les Mimosas, Cannes, 0062108J.

Merci
L. Bonnet

________________________________
De : Portail e-sidoc <no-reply@esidoc.example.fr>
Envoyé : lundi 7 avril 2025 18:02
À : Laurent Bonnet <laurent.bonnet@ac-nice.fr>
Objet : Réinitialisation de votre mot de passe

Bonjour,
Pour choisir un nouveau mot de passe, cliquez sur le lien suivant (valable 12 heures) :
https://esidoc.example.fr/reset/7f3a9c21
Ceci est un message automatique, merci de ne pas y répondre.
""", style="html", mailer="outlook")

m(("password_reset", True, "0134611S", PAC, ESI, False, "fr",
   "Polite, long-winded but clear: administrator login unknown after a staff change."),
  ("Hélène Martin-Ferrari", "helene.martin-ferrari@ac-aix-marseille.fr"),
  "Demande d'aide - connexion administrateur",
  """Madame, Monsieur,

Je me permets de vous contacter car je rencontre une difficulté pour accéder à l'espace d'administration de notre portail e-sidoc.

J'ai été nommée au lycée Paul Cézanne d'Aix-en-Provence à la rentrée de septembre, et jusqu'ici je n'ai utilisé que le compte de consultation. Je souhaite maintenant mettre à jour les actualités du portail pour la semaine de la presse, mais je n'ai jamais eu le mot de passe du compte administrateur et mon prédécesseur ne l'a pas laissé.

Notre code établissement est le 0134611S.

Je vous remercie par avance de votre retour et vous prie d'agréer mes salutations distinguées.

Hélène Martin-Ferrari
Professeure documentaliste
""", style="qp", mailer="zimbra")

m(("password_reset", True, None, PAC, ESI, False, "fr",
   "Does not know what the identifier is (it is the UAI) nor the password; no UAI; region from ac-nice.fr."),
  ("Rinaldi Julien", "julien.rinaldi@ac-nice.fr"),
  "c'est quoi l'identifiant ?",
  """Bonjour,
on me demande un identifiant et un mot de passe pour gérer le portail du CDI. Je n'ai ni l'un ni l'autre. Je suis à l'école... pardon au collège de Menton depuis janvier.
Merci
Julien Rinaldi
""", style="plain", mailer="iphone")

m(("password_reset", True, "0832085R", PAC, EA, False, "fr",
   "Espace Acheteur: the login mail is a shared address and nobody remembers the password."),
  ("Intendance Lycée du Coudon", "intendance.coudon@orange.fr"),
  "Mot de passe Espace Acheteur perdu",
  """Bonjour,

Notre compte Espace Acheteur est rattaché à une adresse partagée par trois personnes de l'intendance et plus personne ne se souvient du mot de passe.

Lycée du Coudon, La Garde - 0832085R.

Pouvez-vous nous indiquer la marche à suivre ?

L'intendance
""", style="plain")

m(("password_reset", True, "0130284N", PAC, ESI, False, "en",
   "English; visiting librarian from an exchange programme; forgotten password, UAI as username."),
  ("Daniel O'Connor", "d.oconnor@ac-aix-marseille.fr"),
  "Password forgotten - username 0130284N",
  """Hi there,

I log in to the e-sidoc admin with the username 0130284N but I've forgotten the password. Could you send me a reset link please?

Cheers,
Daniel
""", style="plain", mailer="tb")

m(("password_reset", True, "7201032J", "corse", ESI, False, "fr",
   "Locked account after a password change on the académie side; UAI in subject only."),
  ("Orsini Paul", "paul.orsini@ac-corse.fr"),
  "Compte bloqué e-sidoc 7201032J",
  """Bonjour,

Après trois essais le compte est bloqué. Je pense m'être trompé de mot de passe car j'ai changé celui de ma messagerie la semaine dernière. Merci de le débloquer ou de m'envoyer de quoi le changer.

Paul Orsini, documentaliste, Corte
""", style="qp", mailer="tb")

m(("password_reset", True, "0040512K", PAC, ESI, False, "fr",
   "Typos and no accents; forgotten password, UAI given."),
  ("blanc.m", "marion.blanc@ac-aix-marseille.fr"),
  "mot de pase oublier",
  """bonjour jai oublier le mot de pase du compte gestion e sidoc du college de digne 0040512K
pouvez vous maider svp c urgent on a une expo la semaine prochaine
marion blanc
""", style="b64", mailer="android")

m(("password_reset", True, "0063457A", PAC, ESI, False, "fr",
   "Asks for the reset link on the establishment's official address since she has no access to the address on file."),
  ("Sophie Garcia", "sophie.garcia@ac-nice.fr"),
  "Réinitialisation - lycée Jules Ferry Cannes",
  """Bonjour,

L'adresse associée au compte administrateur de notre portail e-sidoc est celle de mon ancienne collègue, partie à la retraite. Je n'ai donc pas accès aux mails de réinitialisation.

Pouvez-vous envoyer le lien sur la boîte de l'établissement (ce.0063457A@ac-nice.fr) ? La direction me le fera suivre.

Cordialement,
Sophie Garcia
""", style="alt", mailer="tb")

m(("password_reset", False, "0842258Y", PAC, ESI, True, "fr",
   "Reply to the automatic reset answer: the link went to the school's official box which nobody can open during a mailbox migration; a person must take over."),
  ("Valérie Mouret", "valerie.mouret@ac-aix-marseille.fr"),
  "Re: [#SUP-118204] Mot de passe e-sidoc",
  """Bonjour,

Merci pour votre réponse, mais le lien a été envoyé sur l'adresse ce. du collège, qui est en cours de migration : personne ne peut la consulter avant la fin du mois. J'ai donc toujours le même problème.

Y a-t-il une autre solution ? Je peux vous faire envoyer un courrier de la principale si besoin.

Valérie Mouret
Collège Anselme Mathieu, 0842258Y

Le 8 avr. 2025 à 10:14, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> l'établissement (c*********@ac-aix-marseille.fr). Il est valable 12 heures.
> L'équipe d'assistance
""", style="qp", mailer="iphone",
  extra=[("In-Reply-To", "<SUP-118204.1744100040@assistance.example.fr>"),
         ("References", "<SUP-118204.1744100040@assistance.example.fr>")])

m(("password_reset", False, None, PAC, ESI, True, "fr",
   "UAI typed 0131223B: wrong check letter (the digits give 0131223J), so no UAI; region from ac-aix-marseille.fr. Also wants the password sent to a personal address: no automatic answer."),
  ("Fabien Giudicelli", "fabien.giudicelli@ac-aix-marseille.fr"),
  "Mot de passe portail - urgent",
  """Bonjour,

Je n'ai plus le mot de passe du portail e-sidoc du lycée (UAI 0131223B). Pouvez-vous me l'envoyer directement sur mon adresse perso fabien.gdc@hotmail.fr ? Je ne consulte presque jamais la boîte académique.

Merci
Fabien Giudicelli
""", style="plain", mailer="tb")

m(("password_reset", False, "0831442S", PAC, ESI, True, "fr",
   "Two topics: lost e-sidoc password (first, main) and an invoice to re-send for the Chorus upload; one template answers only half."),
  ("Agnès Pellegrin", "agnes.pellegrin@ac-nice.fr"),
  "Deux questions",
  """Bonjour,

1) Je n'arrive plus à me connecter à l'administration de notre portail e-sidoc, le mot de passe est refusé. Lycée Costebelle à Hyères, 0831442S.

2) Par ailleurs notre gestionnaire me demande la facture de l'abonnement 2025, elle ne la trouve pas sur Chorus Pro. Pouvez-vous la déposer à nouveau ?

Merci beaucoup,
Agnès Pellegrin
""", style="alt", mailer="zimbra")

m(("password_reset", False, "6200148S", "corse", ESI, True, "fr",
   "Explicitly wants someone to call her back rather than a link: the reset template would not serve her."),
  ("Catherine Mattei", "catherine.mattei@ac-corse.fr"),
  "Besoin d'être rappelée - mot de passe",
  """Bonjour,

Je suis la documentaliste du lycée Fesch à Ajaccio (6200148S). J'ai déjà reçu deux liens de réinitialisation cette semaine et à chaque fois le nouveau mot de passe est refusé ensuite. Je ne veux pas un troisième lien : est-ce que quelqu'un peut m'appeler au 04 95 21 xx xx (poste 214) pour regarder avec moi ?

Je suis au CDI tous les matins.

Catherine Mattei
""", style="qp", mailer="tb")

m(("password_reset", False, "0051346L", PAC, ED, True, "fr",
   "Lost EcoleDirecte administration password (not the daily maintenance password): password_reset, but no reset template exists for this product."),
  ("Éric Faure", "eric.faure@ac-aix-marseille.fr"),
  "EcoleDirecte - mot de passe administrateur perdu",
  """Bonjour,

Nous avons perdu le mot de passe du compte administrateur EcoleDirecte de l'établissement (collège de Gap, 0051346L). Je précise qu'il ne s'agit pas du mot de passe de maintenance du jour, que nous savons obtenir, mais bien de l'identifiant d'administration de la plateforme.

Comment le récupérer ?

Éric Faure
Adjoint gestionnaire
""", style="plain", mailer="tb")

# ---------------------------------------------------------- missing_noreply_mail
m(("missing_noreply_mail", True, "0132419J", PAC, EA, False, "fr",
   "Activation mail for the Espace Acheteur never arrived; no anti-spam product named."),
  ("Mohamed Haddad", "m.haddad@ac-aix-marseille.fr"),
  "Pas reçu le mail d'activation",
  """Bonjour,

Je me suis inscrit hier sur l'Espace Acheteur pour le lycée Victor Hugo (0132419J) mais je n'ai toujours pas reçu le mail d'activation.

Cordialement,
Mohamed Haddad, adjoint gestionnaire
""", style="plain", mailer="tb")

m(("missing_noreply_mail", True, None, None, EA, False, "fr",
   "Very short phone message: nothing received since Monday; non-academic sender."),
  ("Julie", "julie.roche83@free.fr"),
  "mail de confirmation",
  """Toujours rien reçu depuis lundi pour confirmer mon compte espace acheteur. Julie Roche
Envoyé de mon iPhone
""", style="plain", mailer="iphone")

m(("missing_noreply_mail", True, "0843067C", PAC, ESI, False, "fr",
   "New-password mail never arrives after several tries, checked the junk folder."),
  ("Isabelle Michel", "isabelle.michel@ac-aix-marseille.fr"),
  "Mail nouveau mot de passe jamais reçu",
  """Bonjour,

J'ai cliqué trois fois sur "mot de passe oublié" sur le portail e-sidoc du collège (0843067C, Cavaillon) mais aucun mail n'arrive, ni dans la boîte de réception ni dans les indésirables.

Le message part-il bien ?

Isabelle Michel
""", style="qp", mailer="zimbra")

m(("missing_noreply_mail", True, "6200871C", "corse", EA, False, "fr",
   "Structure administrator never receives the 'account to validate' notifications."),
  ("Santu Casanova", "santu.casanova@ac-corse.fr"),
  "Notifications de validation",
  """Bonjour,

Je suis administrateur de la structure pour le collège de Porto-Vecchio (6200871C) sur l'Espace Acheteur. Deux collègues m'ont dit avoir demandé un compte, mais je ne reçois aucune notification me demandant de valider.

Est-ce normal ?

S. Casanova
""", style="alt", mailer="outlook")

m(("missing_noreply_mail", True, None, None, EA, False, "en",
   "English; the no-reply confirmation mail never arrived; buyer at a private international school."),
  ("Laura Bianchi", "l.bianchi@international-school-riviera.example.com"),
  "No confirmation email",
  """Hello,

I registered our school on the buyer platform (Espace Acheteur) on Tuesday and I was told an email would follow to confirm the account. Nothing has arrived so far, and it's not in spam either.

Could you check?

Best regards,
Laura Bianchi
Procurement, International School of the Riviera, Sophia Antipolis
""", style="alt")

m(("missing_noreply_mail", True, "0135290E", PAC, EA, True, "fr",
   "Reads like a password problem but the password tool works: only the new-password mail never comes. Taxonomy: missing_noreply_mail."),
  ("Gestion LP Le Chatelier", "gestion.lechatelier@ac-aix-marseille.fr"),
  "Problème de mot de passe ?",
  """Bonjour,

Je ne sais pas si c'est un problème de mot de passe : sur l'Espace Acheteur, je saisis mon adresse dans "mot de passe oublié", la page me dit bien qu'un message a été envoyé, mais je ne le reçois jamais. J'ai essayé hier et ce matin.

LP Le Chatelier, Marseille - 0135290E

Merci
""", style="html", mailer="outlook")

m(("missing_noreply_mail", True, "0831789U", PAC, EA, True, "fr",
   "Names MailInBlack only to say the académie box does NOT use it: missing_noreply_mail, not mailinblack_spam."),
  ("Rémi Lambert", "remi.lambert@ac-nice.fr"),
  "Aucun mail de l'Espace Acheteur",
  """Bonjour,

Depuis la création de mon compte il y a une semaine, je ne reçois aucun message automatique de l'Espace Acheteur. Un collègue m'a parlé de MailInBlack, mais nous n'avons pas ce logiciel ici, notre messagerie est celle de l'académie.

Collège Jean Aicard, Hyères - 0831789U

Rémi Lambert
""", style="qp", mailer="tb")

m(("missing_noreply_mail", True, "0061402S", PAC, EA, False, "fr",
   "Subscribed to offer alerts, never receives them."),
  ("Nathalie Dupuy", "nathalie.dupuy@ac-nice.fr"),
  "Alertes sur les offres",
  """Bonjour,

J'ai activé les alertes sur les nouvelles offres de fournitures dans l'Espace Acheteur il y a un mois, et je n'ai jamais reçu la moindre alerte. Pourtant de nouvelles offres ont été publiées.

Lycée Renoir, Cagnes-sur-Mer (0061402S).

Cordialement,
N. Dupuy
""", style="plain", mailer="tb")

m(("missing_noreply_mail", True, None, None, TP, False, "fr",
   "Ticket portal: the mail to set a password never arrived; personal address."),
  ("Christophe Vidal", "christophe.vidal@laposte.net"),
  "Portail de tickets - pas de mail",
  """Bonjour,

Je voulais suivre ma demande sur le portail de tickets, on m'a dit que je recevrais un mail pour créer mon mot de passe. Je n'ai rien eu.

Christophe Vidal
""", style="plain")

m(("missing_noreply_mail", True, None, PAC, EA, False, "fr",
   "Samsung mobile message, base64; the validated account's first-login mail never came. Region from ac-nice.fr."),
  ("Sandrine Peyre", "sandrine.peyre@ac-nice.fr"),
  "Lien de première connexion",
  """Bonjour, mon administrateur m'a dit qu'il avait validé mon compte hier mais je n'ai pas reçu le lien pour la première connexion. Pouvez vous le renvoyer ? Merci
Sandrine Peyre



Envoyé depuis mon smartphone Samsung Galaxy.
""", style="altb64", mailer="android")

m(("missing_noreply_mail", True, "0840945W", PAC, EA, False, "fr",
   "IT of a lycée asks for the exact no-reply sender to allow after no mail at all reached four buyers."),
  ("Service informatique Lycée Aubanel", "informatique.aubanel@ac-aix-marseille.fr"),
  "Adresse expéditeur des notifications",
  """Bonjour,

Plusieurs utilisateurs du lycée Théodore Aubanel (0840945W) ne reçoivent aucun courriel automatique de l'Espace Acheteur (activation, mot de passe). Pouvez-vous nous donner l'adresse exacte de l'expéditeur, que nous vérifiions nos règles de filtrage ?

Le responsable informatique
""", style="alt", mailer="outlook")

m(("missing_noreply_mail", True, "7200719U", "corse", ESI, False, "fr",
   "Never received the activation mail for the customer account before the first online order."),
  ("Antoine Pietri", "antoine.pietri@ac-corse.fr"),
  "Compte client - mail d'activation",
  """Bonjour,

J'ai ouvert le compte client pour commander en ligne le renouvellement e-sidoc (lycée de Calvi, 7200719U). Le site dit qu'un mail d'activation est envoyé sous 12 heures ; c'était avant-hier.

Antoine Pietri
""", style="qp", mailer="zimbra")

m(("missing_noreply_mail", True, "0130962A", PAC, EA, True, "fr",
   "Gmail-style French forward of a colleague's message; the sign-up confirmation never came. UAI in the forwarded part."),
  ("Pascale Roux", "pascale.roux@ac-aix-marseille.fr"),
  "Fwd: inscription espace acheteur",
  """Bonjour,
je vous transfère le message de ma collègue, elle n'a toujours rien reçu.
Pascale

---------- Forwarded message ---------
De : Leïla Mansour <leila.mansour@ac-aix-marseille.fr>
Date: mer. 9 avr. 2025 à 11:02
Subject: inscription espace acheteur
To: Pascale Roux <pascale.roux@ac-aix-marseille.fr>

Pascale, je me suis inscrite lundi sur l'Espace Acheteur pour le collège (0130962A) et je n'ai jamais reçu le mail de confirmation. Tu peux voir avec eux ?
Leïla
""", style="alt")

m(("missing_noreply_mail", True, None, None, EA, False, "fr",
   "HTML-only Outlook mail from a town hall buyer (commune); suspects a strict filter but names no product."),
  ("Mairie de Pertuis - Commande publique", "commande.publique@mairie-pertuis.example.fr"),
  "Mails de la plateforme non reçus",
  """Bonjour,

Depuis notre changement de messagerie, nous ne recevons plus les messages automatiques de l'Espace Acheteur (réinitialisation, confirmations). Notre filtre est sans doute trop strict mais nous ne savons pas quelle adresse autoriser.

Merci de votre aide,
Service commande publique
""", style="html", mailer="outlook")

m(("missing_noreply_mail", True, "0050431S", PAC, ESI, False, "fr",
   "Two-line message: nothing received from the no-reply address for the password."),
  ("Gilles Brun", "gilles.brun@ac-aix-marseille.fr"),
  "rien reçu",
  """Rien reçu de no-reply pour le mot de passe du portail. Collège d'Embrun 0050431S.
G. Brun
""", style="plain", mailer="tb")

m(("missing_noreply_mail", False, "0132877G", PAC, EA, True, "fr",
   "Outlook reply after the junk-folder answer: still nothing after 48 h and asks to be passed to the region; the template was already sent, a person must follow up."),
  ("Brigitte Sanchez", "brigitte.sanchez@ac-aix-marseille.fr"),
  "RE: [#SUP-117955] Pas de mail d'activation",
  """Bonjour,

J'ai fait tout ce que vous m'avez indiqué (indésirables, expéditeur autorisé), et toujours rien depuis vendredi. Pouvez-vous transmettre à l'équipe de la région ?

Brigitte Sanchez
Lycée Jean Perrin, Marseille - 0132877G

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 4 avril 2025 09:12
À : Brigitte Sanchez <brigitte.sanchez@ac-aix-marseille.fr>
Objet : [#SUP-117955] Pas de mail d'activation

Bonjour,
Vérifiez votre dossier de courriers indésirables et ajoutez l'expéditeur no-reply à vos contacts. Sans nouvelle de votre part, nous reviendrons vers vous sous 48 heures.
""", style="html", mailer="outlook",
  extra=[("In-Reply-To", "<SUP-117955.1743750720@assistance.example.fr>"),
         ("References", "<SUP-117955.1743750720@assistance.example.fr>")])

m(("missing_noreply_mail", False, "0841688D", PAC, EA, True, "fr",
   "Two topics: activation mail missing (main) and a request for a quote for school furniture (order_billing)."),
  ("Olivier Chabert", "olivier.chabert@ac-aix-marseille.fr"),
  "Activation + devis",
  """Bonjour,

Je n'ai pas reçu le mail d'activation de mon compte Espace Acheteur (collège d'Orange, 0841688D), pouvez-vous le relancer ?

Et tant que je vous tiens : pouvez-vous m'envoyer un devis pour 30 chaises du marché mobilier scolaire ? Notre conseil d'administration se réunit le 15.

Merci,
Olivier Chabert, gestionnaire
""", style="qp", mailer="tb")

# -------------------------------------------------------------- mailinblack_spam
m(("mailinblack_spam", True, "0060741Y", PAC, EA, False, "fr",
   "Activation mail held in the MailInBlack quarantine; asks how to release the sender."),
  ("Frédéric Lopez", "frederic.lopez@ac-nice.fr"),
  "Mail bloqué par MailInBlack",
  """Bonjour,

Le message d'activation de l'Espace Acheteur est bloqué dans la quarantaine MailInBlack de l'établissement (lycée du Parc Impérial, Nice, 0060741Y). Quelle adresse faut-il autoriser ?

Frédéric Lopez
""", style="plain", mailer="tb")

m(("mailinblack_spam", True, None, None, EA, False, "fr",
   "Spelled 'mail in black', no accents; conseil départemental IT."),
  ("DSI Departement 04", "dsi.colleges@le04.example.fr"),
  "mail in black et vos messages",
  """Bonjour
nous avons installe mail in black sur les boites des colleges du departement et depuis vos mails n arrivent plus. Pouvez vous nous donner la liste des adresses a autoriser
Merci
La DSI
""", style="plain")

m(("mailinblack_spam", True, "0842258Y", PAC, EA, False, "fr",
   "MailInBlack challenge sent back to the no-reply sender, so the activation never comes; MailInBlack named."),
  ("Estelle Roussel", "estelle.roussel@college-mathieu.example.fr"),
  "Mailinblack et activation de compte",
  """Bonjour,

Notre collège (0842258Y) utilise Mailinblack. Je crois que votre mail d'activation a reçu le message "prouvez que vous êtes humain" et, comme c'est une adresse no-reply, personne n'a cliqué. Que faire ?

Estelle Roussel
""", style="alt", mailer="outlook")

m(("mailinblack_spam", True, "0833974U", PAC, EA, False, "fr",
   "MAILINBLACK in capitals; asks whether to allow the domain or the single address."),
  ("Intendance Lycée Saint-Exupéry", "intendance@lycee-stex-saintraphael.example.fr"),
  "MAILINBLACK",
  """Bonjour,

Le lycée (0833974U) vient de passer sous MAILINBLACK. Faut-il autoriser tout votre domaine ou seulement l'adresse no-reply ?

Cordialement,
L'intendance
""", style="plain")

m(("mailinblack_spam", True, None, None, EA, False, "en",
   "English; MailInBlack quarantine holds the password mails."),
  ("Mark Ellison", "mark.ellison@riviera-bilingual.example.org"),
  "Emails stuck in MailInBlack",
  """Hi,

Our IT put MailInBlack in place during the February break and now every email from your platform lands in the MailInBlack quarantine, including password resets. Which senders should we whitelist?

Thanks,
Mark Ellison
Bursar
""", style="qp")

m(("mailinblack_spam", True, "6200930S", "corse", EA, False, "fr",
   "Clicked 'autoriser' in the MailInBlack notice but the next mails are still held."),
  ("Marie-Dominique Ceccaldi", "md.ceccaldi@ac-corse.fr"),
  "Toujours bloqué malgré l'autorisation",
  """Bonjour,

J'ai reçu la notification Mailinblack et j'ai cliqué sur "autoriser" pour votre adresse, mais les messages suivants sont encore retenus. Collège de Propriano, 6200930S.

Marie-Dominique Ceccaldi
""", style="qp", mailer="zimbra")

m(("mailinblack_spam", True, None, None, None, False, "fr",
   "One line from a phone: blocked by Mailinblack, send the procedure. No platform named."),
  ("Gérald Aubert", "g.aubert@wanadoo.fr"),
  "mailinblack",
  """Vos messages sont bloqués par mailinblack chez nous, envoyez moi la procédure svp. G. Aubert
""", style="plain", mailer="iphone")

m(("mailinblack_spam", True, "0134187F", PAC, EA, True, "fr",
   "A person forwards the MailInBlack daily quarantine report; the outer message is the real question."),
  ("Romain Ferrand", "romain.ferrand@ac-aix-marseille.fr"),
  "TR: Rapport de quarantaine Mailinblack",
  """Bonjour,

Voici ce que je reçois chaque matin. Vos messages y sont tous. Comment les débloquer durablement ? Lycée de Salon-de-Provence, 0134187F.

Romain Ferrand

-------- Message transféré --------
Sujet : Rapport de quarantaine Mailinblack
De : Mailinblack <report@protect.mailinblack.example.com>
Date : 10/04/2025 07:00

Vous avez 3 messages en attente :
- no-reply@espace-acheteur.example.fr  "Activez votre compte"
- no-reply@espace-acheteur.example.fr  "Votre nouveau mot de passe"
- newsletter@promo-fournitures.example.com  "Offres de printemps"
Cliquez sur un message pour l'autoriser.
""", style="plain", mailer="tb")

m(("mailinblack_spam", True, "0133512X", PAC, EA, False, "fr",
   "Reply quoting the junk-folder answer: their IT now says MailInBlack is blocking; the MailInBlack guide is the right answer now."),
  ("Corinne Vial", "corinne.vial@ac-aix-marseille.fr"),
  "Re: [#SUP-118310] Pas de mail d'activation",
  """Bonjour,

Rien dans les indésirables. Notre informaticien vient de me dire que c'est Mailinblack qui retient vos messages. Que doit-il faire ?

Corinne Vial
Collège Mistral, Arles - 0133512X

Le mar. 8 avr. 2025 à 14:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Pensez à vérifier votre dossier de courriers indésirables ...
""", style="alt",
  extra=[("In-Reply-To", "<SUP-118310.1744114800@assistance.example.fr>"),
         ("References", "<SUP-118310.1744114800@assistance.example.fr>")])

m(("mailinblack_spam", True, "0062715U", PAC, EA, False, "fr",
   "HTML-only Outlook from the school's IT referent; MailInBlack deployed by the département last month."),
  ("Référent numérique - Collège Niki de Saint Phalle", "numerique.nsp@ac-nice.fr"),
  "Vos courriels et Mailinblack",
  """Bonjour,

Le département a déployé Mailinblack sur les messageries des collèges le mois dernier. Depuis, nos collègues ne reçoivent plus vos notifications de l'Espace Acheteur. Pouvez-vous nous transmettre le guide pour autoriser vos adresses ?

Collège Niki de Saint Phalle, Valbonne - 0062715U
""", style="html", mailer="outlook")

m(("mailinblack_spam", True, "0832541L", PAC, EA, False, "fr",
   "Checked junk folder too, but MailInBlack is named."),
  ("Yannick Roussel", "yannick.roussel@ac-nice.fr"),
  "Messages retenus",
  """Bonjour,

Je ne reçois pas le mail pour changer mon mot de passe de l'Espace Acheteur. J'ai regardé dans les spams, rien. Notre lycée (0832541L, Draguignan) a Mail In Black, cela peut venir de là ?

Y. Roussel
""", style="qp", mailer="tb")

m(("mailinblack_spam", False, "0830158W", PAC, EA, True, "fr",
   "The 'prove you are human' challenge is described without naming the product: probably MailInBlack, but a person should confirm before sending the guide."),
  ("Lycée Dumont d'Urville - Gestion", "gestion.dumont@ac-nice.fr"),
  "Message de vérification bizarre",
  """Bonjour,

Votre collègue de la région m'a dit qu'elle avait renvoyé le mail d'activation, mais elle a reçu en retour un message lui demandant de cocher une case pour prouver qu'elle n'est pas un robot. Est-ce notre messagerie qui fait ça ? Je ne sais pas quel outil est installé.

Lycée Dumont d'Urville, Toulon - 0830158W
""", style="alt", mailer="outlook")

m(("mailinblack_spam", False, "0041187U", PAC, EA, True, "fr",
   "Two topics: mails blocked by MailInBlack (main) and who is the structure administrator (account_creation)."),
  ("Hervé Laugier", "herve.laugier@ac-aix-marseille.fr"),
  "Mailinblack + administrateur",
  """Bonjour,

Deux choses :
- nos messages de l'Espace Acheteur sont bloqués par Mailinblack au collège de Manosque (0041187U), que faut-il autoriser ?
- et qui est l'administrateur de notre structure ? Je dois lui demander des droits.

Merci,
Hervé Laugier
""", style="plain", mailer="tb")

# ------------------------------------------------- head_of_establishment_request
m(("head_of_establishment_request", False, "0130745P", PAC, ESI, False, "fr",
   "The principal writes from the ce.<UAI> address to ask for an e-sidoc admin reset and a new contact address."),
  ("Principal - Collège Edmond Rostand", "ce.0130745P@ac-aix-marseille.fr"),
  "Demande de réinitialisation - compte administrateur e-sidoc",
  """Madame, Monsieur,

Je soussigné, M. Christian Bertrand, principal du collège Edmond Rostand (UAI 0130745P), vous demande de réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc et d'y associer désormais l'adresse de notre nouvelle documentaliste, Mme Aurélie Nguyen (aurelie.nguyen@ac-aix-marseille.fr).

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Christian Bertrand
Principal
""", style="alt", mailer="zimbra")

m(("head_of_establishment_request", False, "6200411C", "corse", EA, False, "fr",
   "The proviseur designates a new structure administrator on the Espace Acheteur and asks to remove the former one."),
  ("Proviseur Lycée Laetitia", "ce.6200411C@ac-corse.fr"),
  "Changement d'administrateur de structure",
  """Bonjour,

Mme Jeanne Filippi, adjointe gestionnaire, quitte l'établissement le 18 avril. Je vous demande de désigner à sa place M. Ange Susini (ange.susini@ac-corse.fr) comme administrateur de notre structure sur l'Espace Acheteur, et de fermer les accès de Mme Filippi à cette date.

Lycée Laetitia Bonaparte, Ajaccio - 6200411C

Le proviseur,
Dominique Alfonsi
""", style="qp", mailer="zimbra")

m(("head_of_establishment_request", False, "0840712T", PAC, ESI, False, "fr",
   "The principal authorises the librarian to validate the renewal order and attaches the bon d'engagement."),
  ("Mme la Principale", "ce.0840712T@ac-aix-marseille.fr"),
  "Autorisation - renouvellement abonnement",
  """Bonjour,

J'autorise Mme Cécile Reynaud, professeure documentaliste, à valider en ligne la commande de renouvellement de l'abonnement e-sidoc du collège Voltaire de Sorgues (0840712T). Vous trouverez ci-joint le bon d'engagement signé.

Cordialement,
Françoise Chapuis
Principale
""", style="plain", mailer="zimbra", attach="bon_engagement_2025_0840712T.pdf")

m(("head_of_establishment_request", False, "0061188J", PAC, ESI, False, "fr",
   "Primary-school head (directrice d'école) asks to replace the contact address with the school's address."),
  ("Directrice École Saint-Roch", "ce.0061188J@ac-nice.fr"),
  "Adresse de contact du portail BCD",
  """Bonjour,

Je suis la directrice de l'école élémentaire Saint-Roch à Nice (0061188J). L'adresse de contact de notre portail de BCD est celle d'une enseignante mutée l'an dernier. Merci de la remplacer par l'adresse de l'école, ce.0061188J@ac-nice.fr.

Anne Lombardi
Directrice
""", style="plain", mailer="tb")

m(("head_of_establishment_request", False, "0832967Z", PAC, ESI, True, "fr",
   "The librarian relays the proviseur's signed letter (PDF) with the head in copy: the head's written request, relayed; staff must check the letter."),
  ("Lucie Amiel", "lucie.amiel@ac-nice.fr"),
  "Courrier du proviseur - réinitialisation e-sidoc",
  """Bonjour,

Comme vous me l'avez demandé, je vous transmets en pièce jointe le courrier signé de notre proviseur, M. Daumas (en copie), demandant la réinitialisation du compte administrateur de notre portail.

Lycée Raynouard, Brignoles - 0832967Z

Lucie Amiel
""", style="plain", mailer="tb", cc="Jacques Daumas <jacques.daumas@ac-nice.fr>",
  attach="courrier_proviseur_reinitialisation.pdf")

m(("head_of_establishment_request", False, "0131890J", PAC, None, True, "fr",
   "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is free mail; asks to move both admin accounts there: probable spoof, still a head request for staff to refuse. Two products named, so no platform."),
  ("Proviseur Lycée Montgrand", "ce.0131890J@ac-aix-marseille.fr"),
  "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le proviseur du lycée Montgrand (0131890J). Suite à un problème de messagerie, je vous demande de remplacer immédiatement l'adresse des comptes administrateurs e-sidoc et Espace Acheteur par proviseur.montgrand@gmail-secure.example.com et de m'y envoyer les nouveaux mots de passe.

Merci de traiter aujourd'hui.
Le proviseur
""", style="plain", auth="fail",
  extra=[("Reply-To", "proviseur.montgrand@gmail-secure.example.com")])

m(("head_of_establishment_request", False, "0301844S", "occitanie", ESI, True, "fr",
   "A proviseur now posted in Nîmes (Gard) still uses his ac-aix-marseille.fr address; the UAI's region (occitanie) wins over the sender domain."),
  ("Alain Reboul", "alain.reboul@ac-aix-marseille.fr"),
  "Demande du proviseur - portail e-sidoc",
  """Bonjour,

Nommé proviseur du lycée Daudet de Nîmes (0301844S) en cours d'année, je vous écris depuis mon ancienne adresse académique, la nouvelle n'étant pas encore ouverte.

Je vous demande de réinitialiser le mot de passe administrateur du portail e-sidoc du lycée et d'envoyer le lien sur l'adresse officielle de l'établissement.

Alain Reboul
Proviseur
""", style="qp", mailer="tb")

m(("head_of_establishment_request", False, "7200388J", "corse", ESI, False, "fr",
   "Reply (Zimbra quote) in which the principal gives the written request the desk asked for."),
  ("Principal Collège de Biguglia", "ce.7200388J@ac-corse.fr"),
  "Re: [#SUP-118122] Demande écrite du chef d'établissement",
  """Bonjour,

Je confirme par écrit ma demande : merci de réinitialiser le mot de passe du compte administrateur e-sidoc du collège (7200388J) et d'envoyer le lien à notre documentaliste, M. Ghjuvanni Vincenti.

Le principal,
Marc-Antoine Cristofari

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Principal Collège de Biguglia" <ce.7200388J@ac-corse.fr>
Envoyé: Lundi 7 Avril 2025 16:40:11
Objet: [#SUP-118122] Demande écrite du chef d'établissement

Bonjour, pour réinitialiser ce compte, nous avons besoin d'une demande écrite du chef d'établissement.
""", style="alt", mailer="zimbra",
  extra=[("In-Reply-To", "<SUP-118122.1744036811@assistance.example.fr>"),
         ("References", "<SUP-118122.1744036811@assistance.example.fr>")])

m(("head_of_establishment_request", False, "0062344R", PAC, EA, False, "en",
   "English; the head of an international lycée delegates order validation to the bursar."),
  ("Head of School - CIV", "ce.0062344R@ac-nice.fr"),
  "Delegation for order validation",
  """Dear Sir or Madam,

As head of the Centre International de Valbonne (school code 0062344R), I hereby authorise our bursar, Mr Patrick Leroy, to validate orders on behalf of the school on the Espace Acheteur, with effect from today.

Kind regards,
Sarah Whitmore
Head of School
""", style="alt", mailer="outlook")

m(("head_of_establishment_request", False, "0051012Y", PAC, ESI, False, "fr",
   "The principal confirms from his phone, quoting the librarian's request, that the reset may be done; personal academic address."),
  ("Bernard Eymar", "bernard.eymar@ac-aix-marseille.fr"),
  "Re: Mot de passe du CDI",
  """Bonjour, je confirme la demande de Mme Tron : vous pouvez réinitialiser l'accès administrateur e-sidoc du collège de Laragne (0051012Y).
B. Eymar, principal

Envoyé de mon iPhone

> Le 10 avr. 2025 à 09:05, Hélène Tron <helene.tron@ac-aix-marseille.fr> a écrit :
>
> Monsieur le Principal, pourriez-vous confirmer à l'assistance que vous êtes d'accord pour la réinitialisation du mot de passe du portail ? Merci. Hélène
""", style="plain", mailer="iphone")

m(("head_of_establishment_request", False, "0042066Z", PAC, EA, True, "fr",
   "HTML-only Outlook letter: the principal asks to close a departed gestionnaire's Espace Acheteur access; written from the school's ce. box by the secretary 'for the principal'."),
  ("Collège Paul Arène - Direction", "ce.0042066Z@ac-aix-marseille.fr"),
  "Fermeture d'un accès",
  """Madame, Monsieur,

À la demande de M. le Principal, je vous prie de bien vouloir supprimer l'accès à l'Espace Acheteur de M. Jérôme Isnard, ancien gestionnaire, qui a quitté le collège Paul Arène de Sisteron (0042066Z) le 31 mars.

Pour le Principal et par délégation,
Le secrétariat de direction
""", style="html", mailer="outlook")

m(("head_of_establishment_request", False, None, None, ESI, True, "fr",
   "A nursery-school head gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify."),
  ("Martine Gauthier", "martine.gauthier.06@gmail.com"),
  "accord de la directrice",
  """Bonjour,

Je suis directrice de l'école maternelle Les Oliviers à Grasse. Je vous donne mon accord pour que le mot de passe du portail de la BCD soit réinitialisé, comme l'a demandé notre ATSEM.

Martine Gauthier
""", style="plain")

m(("head_of_establishment_request", False, "0843067C", PAC, EA, False, "fr",
   "Written to the regional address with the gestionnaire in copy: the principal names a new administrator."),
  ("Principal - Collège Rosa Parks", "ce.0843067C@ac-aix-marseille.fr"),
  "Nouvel administrateur Espace Acheteur",
  """Bonjour,

Je désigne Mme Samia Khelifi, gestionnaire, comme administratrice de notre structure sur l'Espace Acheteur en remplacement de M. Rey, parti à la retraite. Merci de supprimer les droits de ce dernier.

Collège Rosa Parks, Cavaillon - 0843067C

Patrick Olivier, principal
""", style="qp", mailer="zimbra", cc="Samia Khelifi <samia.khelifi@ac-aix-marseille.fr>",
  to="Assistance PACA <paca@assistance.example.fr>, Assistance <support@assistance.example.fr>")

# ------------------------------------------------------------- account_creation
m(("account_creation", True, None, None, EA, False, "fr",
   "New buyer asks how to create an account: the sign-up answer fits."),
  ("Élodie Carle", "elodie.carle@cc-luberon.example.fr"),
  "Création de compte",
  """Bonjour,

Je viens d'arriver au service achats de la communauté de communes et je voudrais un compte sur l'Espace Acheteur. Comment faire ?

Élodie Carle
""", style="plain")

m(("account_creation", True, "0134902H", PAC, EA, False, "fr",
   "Filled the sign-up form, cannot log in: the account awaits the structure administrator (FAQ case)."),
  ("Mathieu Gilly", "mathieu.gilly@ac-aix-marseille.fr"),
  "Compte en attente",
  """Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur lundi (lycée de Martigues, 0134902H), mais quand je me connecte on me dit que mon compte est en attente de validation. C'est normal ?

M. Gilly
""", style="qp", mailer="tb")

m(("account_creation", True, "7200955A", "corse", EA, True, "fr",
   "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account; account_creation."),
  ("Letizia Franceschi", "letizia.franceschi@ac-corse.fr"),
  "Pas de compte",
  """Bonjour,

Je n'ai pas oublié mon mot de passe : je n'ai jamais eu de compte ! Notre collège (Ghisonaccia, 7200955A) doit commander sur l'Espace Acheteur et je ne sais pas comment ouvrir un accès.

Letizia Franceschi
Gestionnaire
""", style="plain", mailer="tb")

m(("account_creation", True, None, None, ESI, False, "fr",
   "HTML-only Outlook: new gestionnaire of a private school wants to open the customer account before a first order."),
  ("Gestion - Institution Sainte-Marie", "gestion@ste-marie-seyne.example.fr"),
  "Ouverture du compte client",
  """Bonjour,

Nous souhaitons commander un abonnement e-sidoc pour notre établissement privé de La Seyne-sur-Mer. Comment ouvrir notre compte client ?

Bien cordialement,
Le service de gestion
""", style="html", mailer="outlook")

m(("account_creation", False, None, None, EA, False, "fr",
   "Asks who the structure's administrator is: needs a look-up."),
  ("Nicolas Perrin", "nicolas.perrin@mairie-aubagne.example.fr"),
  "Qui est notre administrateur ?",
  """Bonjour,

Pour valider mon compte, on me dit de contacter l'administrateur de ma structure (ville d'Aubagne, service éducation). Je ne sais pas qui c'est. Pouvez-vous me le dire ?

Nicolas Perrin
""", style="plain")

m(("account_creation", False, "0063889V", PAC, ESI, False, "fr",
   "The new school's UAI is not in the list when opening the customer account: goes to the sales team."),
  ("Yasmine Toumi", "yasmine.toumi@ac-nice.fr"),
  "UAI introuvable",
  """Bonjour,

Notre collège a ouvert en septembre à Saint-Laurent-du-Var (0063889V). Quand j'essaie d'ouvrir le compte client, le code UAI n'est pas dans la liste proposée.

Yasmine Toumi, documentaliste
""", style="qp", mailer="zimbra")

m(("account_creation", False, "0130284N", PAC, EA, False, "fr",
   "Account works; asks for order-management rights."),
  ("Bruno Guérin", "bruno.guerin@ac-aix-marseille.fr"),
  "Droits de commande",
  """Bonjour,

Mon compte Espace Acheteur fonctionne, mais je ne peux que consulter : le bouton de validation de commande n'apparaît pas. Pouvez-vous m'ouvrir les droits de gestion des commandes ? Lycée Saint-Charles, 0130284N.

Bruno Guérin
""", style="plain", mailer="tb")

m(("account_creation", False, None, PAC, EA, False, "fr",
   "Account waiting for validation for three weeks; the administrator is on long leave: the region must step in. Region from ac-nice.fr."),
  ("Carole Antoine", "carole.antoine@ac-nice.fr"),
  "Compte en attente depuis 3 semaines",
  """Bonjour,

Mon compte attend d'être validé depuis trois semaines. L'administratrice de notre structure est en congé longue maladie et personne d'autre n'a les droits. Comment faire ?

Carole Antoine
""", style="alt", mailer="outlook")

m(("account_creation", False, "0050256B", PAC, ESI, False, "fr",
   "Asks whether both librarians of the cité scolaire can each have an administrator account."),
  ("Jérémie Roman", "jeremie.roman@ac-aix-marseille.fr"),
  "Deux comptes administrateurs ?",
  """Bonjour,

Nous sommes deux documentalistes à la cité scolaire de Gap (0050256B). Est-il possible d'avoir chacun notre propre compte administrateur sur le portail, plutôt que de partager le même ?

Jérémie Roman
""", style="qp", mailer="tb")

# ------------------------------------------------------- subscription_activation
m(("subscription_activation", True, "0130745P", PAC, ESI, False, "fr",
   "Europresse ordered two days ago, not yet visible: within the 72-hour window."),
  ("Aurélie Nguyen", "aurelie.nguyen@ac-aix-marseille.fr"),
  "Europresse pas encore disponible",
  """Bonjour,

Nous avons commandé Europresse mardi pour le collège Edmond Rostand (0130745P). La ressource n'apparaît pas encore sur le portail. Est-ce qu'il faut faire quelque chose de notre côté ?

Aurélie Nguyen
""", style="qp", mailer="zimbra")

m(("subscription_activation", True, "0832085R", PAC, ESI, False, "fr",
   "Short: please activate, order validated yesterday."),
  ("CDI Lycée du Coudon", "cdi.coudon@ac-nice.fr"),
  "Activation abonnement",
  """Bonjour, merci d'activer notre abonnement, la commande a été validée hier. 0832085R.
Le CDI
""", style="plain", mailer="iphone")

m(("subscription_activation", True, "7201032J", "corse", ESI, True, "fr",
   "Negation: 'mon mot de passe fonctionne'; the Universalis resource is not published for pupils."),
  ("Orsini Paul", "paul.orsini@ac-corse.fr"),
  "Universalis invisible pour les élèves",
  """Bonjour,

Pas de problème de mot de passe cette fois, tout fonctionne côté gestion. Mais les élèves ne voient pas Universalis sur le portail alors que l'abonnement est actif. Comment la publier ?

Paul Orsini, Corte (7201032J)
""", style="qp", mailer="tb")

m(("subscription_activation", True, "0041187U", PAC, ESI, True, "fr",
   "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request."),
  ("Principal Collège Jean Giono", "ce.0041187U@ac-aix-marseille.fr"),
  "Date de mise à disposition",
  """Bonjour,

Nous avons renouvelé l'abonnement du portail mardi, il y a deux jours. Pouvez-vous me dire quand il sera de nouveau accessible ? Nos élèves en ont besoin pour leurs exposés.

Le principal du collège Jean Giono, Manosque
""", style="plain", mailer="zimbra")

m(("subscription_activation", True, "0840228S", PAC, ESI, False, "fr",
   "Renewed subscription still shown as expired in 'Mes abonnements'; order from yesterday."),
  ("Fanny Guigue", "fanny.guigue@ac-aix-marseille.fr"),
  "Abonnement toujours expiré",
  """Bonjour,

Dans "Mes abonnements", notre abonnement apparaît toujours comme expiré alors que nous avons passé la commande de renouvellement hier. Lycée Philippe de Girard, Avignon - 0840228S.

Fanny Guigue
""", style="alt", mailer="tb")

m(("subscription_activation", True, "0133058D", PAC, ESI, False, "en",
   "English; asks how to publish the newly ordered press resource on the portal."),
  ("Rachel Moore", "rachel.moore@ac-aix-marseille.fr"),
  "How do I publish the new resource?",
  """Hello,

We ordered the Cafeyn press resource for the library on Monday. How do I make it show on our e-sidoc portal page for students? I can't find it in the back office.

Thanks,
Rachel Moore
Lycée Thiers (0133058D)
""", style="plain")

m(("subscription_activation", True, "0060741Y", PAC, ESI, False, "fr",
   "Active subscription not visible to pupils through the ENT: publication step."),
  ("Sandra Cohen", "sandra.cohen@ac-nice.fr"),
  "Ressource absente de l'ENT",
  """Bonjour,

Notre abonnement est bien actif mais la ressource n'apparaît pas dans l'ENT pour les élèves. Faut-il la publier quelque part ? Lycée du Parc Impérial (0060741Y).

Sandra Cohen
""", style="qp", mailer="zimbra")

m(("subscription_activation", True, "6200148S", "corse", ESI, False, "fr",
   "Irritated tone; the new subscription ordered yesterday is not reachable yet."),
  ("Catherine Mattei", "catherine.mattei@ac-corse.fr"),
  "toujours pas d'accès !!",
  """Bonjour,

Commande passée hier matin, toujours aucun accès à la nouvelle ressource. On paie, on attend. Merci de faire le nécessaire rapidement.

C. Mattei, lycée Fesch (6200148S)
""", style="plain", mailer="tb")

m(("subscription_activation", False, "0831442S", PAC, ESI, False, "fr",
   "Ordered two weeks ago, still not active: past the 72-hour rule, a person must look at the order."),
  ("Agnès Pellegrin", "agnes.pellegrin@ac-nice.fr"),
  "Abonnement non activé depuis 15 jours",
  """Bonjour,

Nous avons commandé le 24 mars un abonnement supplémentaire pour le lycée Costebelle (0831442S). Quinze jours plus tard il n'est toujours pas actif. Pouvez-vous vérifier la commande ?

Agnès Pellegrin
""", style="qp", mailer="zimbra")

# ----------------------------------------------------------------- order_billing
m(("order_billing", False, "0061923H", PAC, ESI, False, "fr",
   "Asks for a formal quote for the renewal, needed for the bon d'engagement."),
  ("Intendance Lycée Masséna", "intendance.massena@ac-nice.fr"),
  "Demande de devis - renouvellement",
  """Bonjour,

Pourriez-vous nous adresser un devis pour le renouvellement de l'abonnement e-sidoc 2025-2026 du lycée Masséna (0061923H) ? Nous en avons besoin pour établir le bon d'engagement avant le conseil d'administration.

Cordialement,
L'intendance
""", style="qp", mailer="outlook")

m(("order_billing", False, "0134611S", PAC, ESI, False, "fr",
   "Order validated three weeks ago, invoice still not on Chorus Pro."),
  ("Agence comptable Lycée Cézanne", "ac.cezanne@ac-aix-marseille.fr"),
  "Facture absente de Chorus",
  """Bonjour,

Notre commande a été validée le 18 mars (lycée Paul Cézanne, 0134611S) mais la facture n'a toujours pas été déposée sur Chorus Pro. Pouvez-vous vérifier ?

L'agence comptable
""", style="plain", mailer="zimbra")

m(("order_billing", False, "7200264Z", "corse", ESI, False, "fr",
   "The bon d'engagement upload fails at order validation ('format non accepté')."),
  ("Gestion Lycée Giocante", "gestion.giocante@ac-corse.fr"),
  "Bon d'engagement refusé",
  """Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue avec le message "format non accepté". C'est pourtant un PDF. Je le joins ici.

Lycée Giocante de Casabianca, Bastia - 7200264Z
""", style="plain", mailer="tb", attach="BE_2025_041.pdf")

m(("order_billing", False, None, None, ESI, False, "fr",
   "Private school asks whether it may pay by bank transfer and for bank details; ISO-8859-15 body."),
  ("Comptabilité Cours Saint-Joseph", "compta@cours-saint-joseph-avignon.example.fr"),
  "Paiement par virement",
  """Bonjour,

Nous sommes un établissement privé sous contrat à Avignon. Pouvons-nous régler la facture de l'abonnement par virement ? Dans ce cas, merci de nous adresser votre RIB. Montant : 390 €.

Service comptabilité
""", style="latin1")

m(("order_billing", False, "0131223J", PAC, EA, False, "fr",
   "Saved basket disappeared (baskets are kept 15 days)."),
  ("Sabine Rougier", "sabine.rougier@ac-aix-marseille.fr"),
  "Panier disparu",
  """Bonjour,

J'avais préparé un panier de fournitures sur l'Espace Acheteur avant les vacances de février et il a disparu. Peut-on le récupérer ? Lycée Marseilleveyre, 0131223J.

Sabine Rougier
""", style="qp", mailer="tb")

m(("order_billing", False, "0063120J", PAC, ESI, False, "fr",
   "HTML-only Outlook, windows-1252 with the euro sign: invoice amount differs from the quote."),
  ("Gestion Collège Roustan", "gestion.roustan@ac-nice.fr"),
  "Écart entre devis et facture",
  """Bonjour,

La facture reçue ce matin s'élève à 465,00 € alors que le devis signé indiquait 420,00 €. Pouvez-vous nous expliquer la différence ou nous envoyer une facture rectifiée ?

Collège Roustan, Antibes - 0063120J
""", style="html1252", mailer="outlook")

m(("order_billing", False, None, None, ESI, False, "en",
   "English Outlook reply asking to address the invoice to the finance department."),
  ("James Fletcher", "j.fletcher@mougins-school.example.com"),
  "RE: Your order confirmation",
  """Hello,

Could you please address the invoice to our finance department (finance@mougins-school.example.com) rather than to me? They handle all payments.

Many thanks,
James Fletcher
Librarian

From: Assistance <support@assistance.example.fr>
Sent: Monday, April 7, 2025 11:30 AM
To: James Fletcher <j.fletcher@mougins-school.example.com>
Subject: Your order confirmation

Your order for the e-sidoc portal has been recorded.
""", style="alt", mailer="outlook")

m(("order_billing", False, "0830617V", PAC, ESI, False, "fr",
   "Invoice received twice; asks to cancel the duplicate."),
  ("Service financier Lycée Bonaparte", "finances.bonaparte@ac-nice.fr"),
  "Facture en double",
  """Bonjour,

Nous avons reçu deux fois la même facture (n° F-2025-03318) pour le lycée Bonaparte de Toulon (0830617V). Merci d'annuler le doublon.

Service financier
""", style="plain", mailer="tb")

m(("order_billing", False, "6200871C", "corse", ESI, False, "fr",
   "Thunderbird French forward of a payment reminder for an invoice already paid by mandat administratif."),
  ("Santu Casanova", "santu.casanova@ac-corse.fr"),
  "Fwd: Relance facture impayée",
  """Bonjour,

Je reçois cette relance alors que la facture a été payée par mandat administratif le 12 mars (collège de Porto-Vecchio, 6200871C). Pouvez-vous vérifier et annuler la relance ?

S. Casanova

-------- Message transféré --------
Sujet : Relance facture impayée
Date : Tue, 8 Apr 2025 06:00:02 +0200
De : Comptabilité clients <facturation@editeur.example.fr>
Pour : santu.casanova@ac-corse.fr

Sauf erreur de notre part, la facture F-2025-01877 reste impayée à ce jour.
""", style="qp", mailer="tb")

m(("order_billing", False, "0040512K", PAC, EA, True, "fr",
   "Two topics: wrong amount on an order (main) and a convention missing from 'Mes Marchés' (contract_documents)."),
  ("Sylvain Imbert", "sylvain.imbert@ac-aix-marseille.fr"),
  "Commande et convention",
  """Bonjour,

Sur la commande n° 2025-0412 du collège Maria Borrely (0040512K), le montant facturé ne correspond pas au bon de commande : il manque la remise de 5 %. Pouvez-vous corriger ?

Autre point : je ne retrouve plus la convention d'adhésion dans "Mes Marchés".

Sylvain Imbert, gestionnaire
""", style="alt", mailer="tb")

# ------------------------------------------------------------ contract_documents
m(("contract_documents", False, "0833974U", PAC, EA, False, "fr",
   "Market 2022-087 no longer found in 'Mes Marchés'."),
  ("Gestion Lycée Saint-Exupéry", "gestion.stex@ac-nice.fr"),
  "Marché introuvable",
  """Bonjour,

Le marché 2022-087 (produits d'entretien) n'apparaît plus dans "Mes Marchés". Nous avions pourtant commandé dessus en janvier. Lycée Saint-Exupéry, Saint-Raphaël (0833974U).

Merci
""", style="plain", mailer="tb")

m(("contract_documents", False, None, None, EA, False, "fr",
   "CCAP not found for the school-supplies market; buyer at a commune."),
  ("Service Achats Ville de Hyères", "achats@ville-hyeres.example.fr"),
  "CCAP du marché fournitures scolaires",
  """Bonjour,

Je ne trouve pas le CCAP du marché de fournitures scolaires 2024-115 dans les documents du marché. Pouvez-vous me l'envoyer ou me dire où il se trouve ?

Service Achats
""", style="html", mailer="outlook")

m(("contract_documents", False, "7200719U", "corse", EA, False, "fr",
   "Amendment no. 1 of a market missing from the contract documents."),
  ("Antoine Pietri", "antoine.pietri@ac-corse.fr"),
  "Avenant manquant",
  """Bonjour,

Nous avons reçu un courrier annonçant l'avenant n° 1 au marché de restauration 2023-064, mais il n'apparaît pas dans les pièces du marché sur l'Espace Acheteur. Lycée de Calvi, 7200719U.

Antoine Pietri
""", style="qp", mailer="zimbra")

m(("contract_documents", False, "0132419J", PAC, EA, True, "fr",
   "Could see the conventions on the old platform, not on the new one: contract_documents, although the fix may be access rights."),
  ("Mohamed Haddad", "m.haddad@ac-aix-marseille.fr"),
  "Conventions invisibles",
  """Bonjour,

Sur l'ancienne plateforme je voyais toutes les conventions signées par le lycée. Depuis le passage au nouvel Espace Acheteur, la rubrique est vide. Lycée Victor Hugo, 0132419J.

Mohamed Haddad
""", style="plain", mailer="tb")

m(("contract_documents", False, "0841126T", PAC, EA, False, "fr",
   "Membership convention opens as an empty file."),
  ("Intendance Collège Clos d'Alari", "intendance.alari@ac-aix-marseille.fr"),
  "Convention d'adhésion vide",
  """Bonjour,

Quand j'ouvre la convention d'adhésion dans nos documents, le PDF est vide (0 Ko). Pouvez-vous la remettre en ligne ? Collège de Carpentras, 0841126T.

L'intendance
""", style="alt", mailer="outlook")

m(("contract_documents", False, "0062108J", PAC, EA, False, "fr",
   "Follow-up Gmail reply: the administrative certificate is still missing after the region's answer."),
  ("Laurent Bonnet", "laurent.bonnet@ac-nice.fr"),
  "Re: [#SUP-117640] Attestation manquante",
  """Bonjour,

Je reviens vers vous : l'attestation administrative du marché 2024-031 n'est toujours pas dans les documents, malgré votre réponse de la semaine dernière.

L. Bonnet, collège Les Mimosas (0062108J)

Le jeu. 3 avr. 2025 à 15:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, l'équipe régionale va ajouter le document dans les prochains jours.
""", style="qp",
  extra=[("In-Reply-To", "<SUP-117640.1743685320@assistance.example.fr>"),
         ("References", "<SUP-117640.1743685320@assistance.example.fr>")])

m(("contract_documents", False, None, None, EA, False, "en",
   "English; cannot find the signed framework agreement document for the catering market."),
  ("Olivia Grant", "o.grant@monaco-edu.example.mc"),
  "Missing framework agreement",
  """Good morning,

I can't locate the signed framework agreement for the catering market in our documents area. Is it available somewhere else?

Kind regards,
Olivia Grant
""", style="plain")

# ------------------------------------------------------------- transfer_incident
m(("transfer_incident", False, "0840391U", PAC, ED, False, "fr",
   "Last EcoleDirecte transfer is five days old (4 April); parents no longer see grades."),
  ("Vie scolaire Collège Roumanille", "viesco.roumanille@ac-aix-marseille.fr"),
  "Les notes ne remontent plus",
  """Bonjour,

Depuis vendredi, les notes ne remontent plus sur EcoleDirecte : le dernier transfert date du 4 avril. Les parents s'inquiètent à l'approche des conseils de classe.

Collège Roumanille, Avignon - 0840391U
""", style="qp", mailer="outlook")

m(("transfer_incident", False, None, None, ED, False, "fr",
   "Asks for today's maintenance password to reindex the Charlemagne base: transfer_incident, not password_reset."),
  ("Cours Notre-Dame - Secrétariat", "secretariat@cnd-toulon.example.fr"),
  "Mot de passe de maintenance",
  """Bonjour,

Pourriez-vous nous communiquer le mot de passe de maintenance du jour ? Nous devons réindexer la base Charlemagne, le transfert vers EcoleDirecte est bloqué.

Merci
""", style="plain")

m(("transfer_incident", False, "6200563T", "corse", ED, False, "fr",
   "Licence to regenerate after a server change."),
  ("Informatique Collège Bonaparte", "informatique.6200563T@ac-corse.fr"),
  "Licence à régénérer",
  """Bonjour,

Nous avons changé le serveur de l'établissement ce week-end et Charlemagne indique que la licence n'est pas valide. Pouvez-vous la régénérer ?

Collège Laetitia Bonaparte, Ajaccio (6200563T)
""", style="plain", mailer="tb")

m(("transfer_incident", False, None, None, ED, False, "fr",
   "Antivirus quarantines the transfer tool; transfers no longer run."),
  ("Lycée privé Sévigné", "direction@sevigne-gap.example.fr"),
  "Transferts bloqués par l'antivirus",
  """Bonjour,

Notre nouvel antivirus a mis en quarantaine le programme Outils de Charlemagne. Depuis, plus aucun transfert vers EcoleDirecte. Faut-il ajouter une exclusion ?

La direction
""", style="html", mailer="outlook")

m(("transfer_incident", False, "0131675A", PAC, ED, False, "fr",
   "Replication re-initialisation needed after a restore from backup."),
  ("Gestion Collège Pagnol", "gestion.pagnol@ac-aix-marseille.fr"),
  "Réinitialiser la réplication",
  """Bonjour,

Après une restauration de sauvegarde, le transfert EcoleDirecte échoue avec une erreur de réplication. Il faudrait réinitialiser la réplication, je crois. Collège Marcel Pagnol, 0131675A.

Merci
""", style="qp", mailer="tb")

m(("transfer_incident", False, None, None, ED, False, "fr",
   "'Licence expirée' at start-up: licence to regenerate, transfers stopped."),
  ("École Jeanne d'Arc", "ecole.jeannedarc.menton@orange.fr"),
  "licence expirée",
  """Bonjour, depuis ce matin le logiciel affiche "licence expirée" au démarrage et les transferts EcoleDirecte sont arrêtés. Que faire ?
Merci
""", style="plain", mailer="iphone")

m(("transfer_incident", False, "0832541L", PAC, ED, False, "fr",
   "New firewall: HTTP transfer settings; the diagnostic fails at the connection test."),
  ("Yannick Roussel", "yannick.roussel@ac-nice.fr"),
  "Transfert et nouveau pare-feu",
  """Bonjour,

La région a installé un nouveau pare-feu au lycée (0832541L). Depuis, le diagnostic de transfert échoue au test de connexion. Quels ports ou adresses faut-il ouvrir, et faut-il passer par le proxy ?

Y. Roussel
""", style="alt", mailer="tb")

m(("transfer_incident", False, None, None, ED, True, "fr",
   "Apple Mail forward of a parent's complaint: absences no longer reach EcoleDirecte. Written by the head of a private school, but not a head-of-establishment request."),
  ("Directeur - École Sainte-Thérèse", "directeur@ste-therese-draguignan.example.fr"),
  "Tr : absences",
  """Bonjour,

Je vous fais suivre le message d'un parent. Effectivement les absences saisies depuis lundi n'apparaissent pas sur EcoleDirecte. Pouvez-vous regarder ?

Le directeur

Début du message réexpédié :

De: Famille Morel <morel.famille@sfr.fr>
Objet: absences
Date: 9 avril 2025 à 20:14:33 UTC+2

Bonsoir, l'absence de mon fils lundi n'apparaît pas sur l'application, alors que je l'ai justifiée. Est-ce normal ?
""", style="plain", mailer="applemail")

m(("transfer_incident", False, "7200264Z", "corse", ED, False, "fr",
   "HTML-only Outlook: several Outils.exe processes hang in the task manager."),
  ("Gestion Lycée Giocante", "gestion.giocante@ac-corse.fr"),
  "Transferts qui tournent dans le vide",
  """Bonjour,

Les transferts EcoleDirecte ne se terminent plus. Dans le gestionnaire des tâches, je vois quatre processus Outils.exe qui restent ouverts. Faut-il les arrêter ?

Lycée Giocante de Casabianca - 7200264Z
""", style="html", mailer="outlook")

# --------------------------------------------------------------------- automated
m(("automated", False, None, PAC, None, False, "fr",
   "Academic Zimbra vacation reply for the spring holidays (Auto-Submitted: auto-replied). Region from the ac-nice.fr sender."),
  ("Véronique Blanc", "veronique.blanc@ac-nice.fr"),
  "Absente : [#SUP-118377] Votre demande",
  """Bonjour,

Je suis absente jusqu'au lundi 5 mai inclus (vacances de printemps). Je traiterai votre message à mon retour.

Véronique Blanc
""", style="plain", mailer="zimbra",
  extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"),
         ("In-Reply-To", "<SUP-118377.1744290000@assistance.example.fr>")])

m(("automated", False, None, None, None, False, "fr",
   "Exchange Online out-of-office in French, Auto-Submitted and X-Auto-Response-Suppress."),
  ("Serge Mercier", "s.mercier@departement13.example.fr"),
  "Réponse automatique : Commande de manuels",
  """Bonjour,

Je suis en congés du 14 au 22 avril. En cas d'urgence, vous pouvez contacter le secrétariat au 04 13 31 xx xx.

Cordialement,
Serge Mercier
Direction de l'éducation
""", style="html", mailer="outlook",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

m(("automated", False, None, None, None, False, "en",
   "English Gmail vacation responder (Auto-Submitted: auto-replied)."),
  ("Emily Hart", "emily.hart.teacher@gmail.com"),
  "Out of office",
  """Thanks for your email. I'm travelling in Corsica until April 22nd with limited access to email. I'll reply when I'm back.

Emily
""", style="alt", extra=[("Auto-Submitted", "auto-replied")])

m(("automated", False, None, None, None, False, "en",
   "Postfix bounce (multipart/report delivery-status), null Return-Path."),
  ("Mail Delivery System", "MAILER-DAEMON@mx.lycee-vauvenargues.example.fr"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.lycee-vauvenargues.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<jm.estienne@lycee-vauvenargues.example.fr>: host
    mx.lycee-vauvenargues.example.fr said: 550 5.1.1 User unknown
""", style="dsn", return_path="", extra=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="mx.lycee-vauvenargues.example.fr",
           recipient="jm.estienne@lycee-vauvenargues.example.fr",
           action="failed", status="5.1.1", diag="smtp; 550 5.1.1 User unknown",
           orig_subject="[#SUP-118402] Mot de passe e-sidoc"))

m(("automated", False, None, None, None, False, "fr",
   "Exchange Online non-delivery report in French ('Non remis :'), multipart/report."),
  ("Microsoft Outlook", "postmaster@cannes-lerins.example.fr"),
  "Non remis : [#SUP-118290] Activation de votre abonnement",
  """Votre message n'a pas pu être remis à cdi@cannes-lerins.example.fr.

La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Réessayez plus tard ou contactez directement le destinataire.
""", style="dsn", return_path="", extra=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="PR1P264MB0001.FRAP264.PROD.OUTLOOK.COM",
           recipient="cdi@cannes-lerins.example.fr",
           action="failed", status="5.2.2", diag="smtp; 554 5.2.2 mailbox full",
           orig_subject="[#SUP-118290] Activation de votre abonnement"))

m(("automated", False, None, PAC, None, False, "fr",
   "Outlook read receipt in French ('Lu :'), disposition-notification. Region from the ac-aix-marseille.fr sender."),
  ("Julien Chauvet", "julien.chauvet@ac-aix-marseille.fr"),
  "Lu : [#SUP-118251] Votre demande de devis",
  """Votre message

  À : Julien Chauvet
  Objet : [#SUP-118251] Votre demande de devis
  Envoyé : mercredi 9 avril 2025 10:02:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 9 avril 2025 10:47:39 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", style="mdn", mailer="outlook",
  mdn=dict(recipient="julien.chauvet@ac-aix-marseille.fr", disposition="manual-action/MDN-sent-manually; displayed",
           orig_subject="[#SUP-118251] Votre demande de devis"))

m(("automated", False, None, None, None, False, "en",
   "Thunderbird return receipt in English, disposition-notification."),
  ("Tom Becker", "tom.becker@posteo.example.de"),
  "Return Receipt (displayed) - [#SUP-118333] Your request",
  """This is a Return Receipt for the mail that you sent to tom.becker@posteo.example.de.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", style="mdn", mailer="tb",
  mdn=dict(recipient="tom.becker@posteo.example.de", disposition="manual-action/MDN-sent-manually; displayed",
           orig_subject="[#SUP-118333] Your request"))

m(("automated", False, None, None, ESI, False, "fr",
   "Product newsletter: List-Id, List-Unsubscribe one-click, Precedence: bulk."),
  ("e-sidoc - Actualités", "lettre@actualites.esidoc.example.fr"),
  "Avril : quoi de neuf sur votre portail ?",
  """La lettre d'avril

- Nouveau : les sélections thématiques pour la Semaine de la presse
- Rappel : pensez à publier vos ressources numériques avant les vacances
- Webinaire le 15 avril à 14 h : "Animer son portail au troisième trimestre"

Vous recevez ce message car vous êtes abonné à la lettre d'information.
Se désabonner : https://actualites.esidoc.example.fr/u/5521/e9b2
""", style="alt",
  extra=[("List-Id", "Lettre e-sidoc <lettre.actualites.esidoc.example.fr>"),
         ("List-Unsubscribe", "<https://actualites.esidoc.example.fr/u/5521/e9b2>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("Precedence", "bulk")])

m(("automated", False, None, None, EA, False, "fr",
   "No-reply notification to the desk (administrator of structures without one): an account awaits validation."),
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur a demandé un accès à la structure « Collège Frédéric Mistral - Arles ».
Nom : Joëlle Ranc
Date de la demande : 11/04/2025 09:32

Connectez-vous à l'Espace Acheteur pour valider ou refuser cette demande.

Ceci est un message automatique, merci de ne pas y répondre.
""", style="qp", extra=[("Auto-Submitted", "auto-generated")])

m(("automated", False, None, None, TP, False, "fr",
   "Ticket-portal notification: a ticket opened with a supplier was updated."),
  ("Portail de tickets", "notifications@tickets.example.fr"),
  "[Ticket #44718] Mise à jour de votre demande",
  """Bonjour,

Le ticket #44718 « Transferts EcoleDirecte - lycée de Calvi » a été mis à jour par l'éditeur.
Statut : En cours d'analyse

Consultez le ticket : https://tickets.example.fr/t/44718

Ce message est envoyé automatiquement.
""", style="plain", extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

m(("automated", False, None, None, ESIG, True, "fr",
   "E-signature 'completed' notification for a convention: no Auto-Submitted or Precedence; only the no-reply sender and wording show it is automatic."),
  ("Signature électronique", "ne-pas-repondre@signature.example.fr"),
  "Document signé : Convention de partenariat 2025 - Lycée Thiers",
  """Bonjour,

Tous les signataires ont signé le document « Convention de partenariat 2025 - Lycée Thiers ».
Vous pouvez le télécharger pendant 30 jours depuis votre espace.

L'équipe Signature électronique
""", style="alt")

m(("automated", False, None, None, None, True, "fr",
   "Out-of-office sent by a client-side rule: no Auto-Submitted, no In-Reply-To; only the wording shows it is automatic."),
  ("Josiane Fabre", "josiane.fabre@wanadoo.fr"),
  "Absence",
  """Bonjour,
Je suis actuellement absente et je n'ai pas accès à ma messagerie. Je prendrai connaissance de votre message à mon retour le 28 avril.
Bien cordialement
J. Fabre
""", style="plain")

m(("automated", False, None, None, None, True, "en",
   "Exim bounce as plain text: no multipart/report, no Auto-Submitted; only the null Return-Path and the Mailer-Daemon sender show it."),
  ("Mail Delivery System", "Mailer-Daemon@mail.lycee-hotelier-nice.example.fr"),
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  economat@lycee-hotelier-nice.example.fr
    Mailbox quota exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
Subject: [#SUP-118199] Votre facture
""", style="plain", return_path="")

m(("automated", False, None, "corse", None, False, "fr",
   "Another help desk's acknowledgement (Auto-Submitted, X-Loop): answering it would start a loop. Region from the ac-corse.fr sender."),
  ("Assistance DANE Corse", "assistance.dane@ac-corse.fr"),
  "[DANE-2025-0731] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro DANE-2025-0731. Un technicien vous répondra dans les meilleurs délais.

Merci de ne pas répondre à ce message.
""", style="qp", extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance.dane@ac-corse.fr")])

m(("automated", False, None, PAC, ESI, True, "fr",
   "A librarian's real question about an e-sidoc password, posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-aix-marseille.fr."),
  ("Magali Roux", "magali.roux@ac-aix-marseille.fr"),
  "[docs-aix-marseille] mot de passe e-sidoc",
  """Bonjour à toutes et tous,

Quelqu'un sait-il comment on récupère le mot de passe administrateur d'e-sidoc quand la collègue précédente est partie sans le transmettre ? Je n'ose pas appeler l'assistance avant d'être sûre.

Merci !
Magali, collège de Vitrolles

_______________________________________________
docs-aix-marseille mailing list
https://listes.ac-aix-marseille.fr/sympa/info/docs-aix-marseille
""", style="plain", mailer="tb",
  to="docs-aix-marseille@listes.ac-aix-marseille.fr",
  extra=[("List-Id", "Professeurs documentalistes <docs-aix-marseille.listes.ac-aix-marseille.fr>"),
         ("Precedence", "list"),
         ("List-Post", "<mailto:docs-aix-marseille@listes.ac-aix-marseille.fr>")])

m(("automated", False, None, None, None, False, "en",
   "Delay warning from our own relay (Action: delayed): not a failure, still automatic."),
  ("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"),
  "Delayed Mail (still being retried)",
  """This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.
""", style="dsn", return_path="", extra=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="relay.assistance.example.fr",
           recipient="cdi@college-la-ciotat.example.fr",
           action="delayed", status="4.4.1", diag="X-Postfix; connect to mx.college-la-ciotat.example.fr: Connection timed out",
           orig_subject="[#SUP-118415] Abonnement activé"))

m(("automated", False, None, None, None, False, "en",
   "DMARC aggregate report (zip attachment)."),
  ("noreply-dmarc-support@google.com", "noreply-dmarc-support@google.com"),
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 8841203915527160032",
  """This is an aggregate report from google.com.
""", style="plain", attach="google.com!assistance.example.fr!1744243200!1744329599.zip")

m(("automated", False, "0133512X", PAC, None, False, "fr",
   "Out-of-office of a school office (ce.<UAI> address) that mentions passwords; Auto-Submitted present. UAI from the address."),
  ("Collège Frédéric Mistral", "ce.0133512X@ac-aix-marseille.fr"),
  "Réponse automatique : [#SUP-118440] Mot de passe e-sidoc",
  """Bonjour,

Le collège est fermé pendant les vacances de printemps, du 19 avril au 4 mai. Pour toute question concernant les mots de passe de l'ENT ou du portail documentaire, merci de renouveler votre demande à la rentrée.

Le secrétariat
""", style="qp", mailer="zimbra",
  extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

m(("automated", False, None, None, None, False, "fr",
   "Auto-acknowledgement from a département's service desk; Auto-Submitted."),
  ("Support Collèges 83", "support.colleges@var.example.fr"),
  "Votre demande a bien été reçue",
  """Bonjour,

Nous accusons réception de votre message. Notre équipe le traitera sous 5 jours ouvrés. Pour le suivi, indiquez la référence INC0084512 dans vos échanges.

Support informatique des collèges du Var
""", style="html", mailer="outlook",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

m(("automated", False, None, None, None, False, "it",
   "Italian out-of-office from a partner school in Sardinia (Auto-Submitted)."),
  ("Giulia Serra", "giulia.serra@liceo-olbia.example.it"),
  "Risposta automatica: Progetto di scambio",
  """Buongiorno,

sono fuori ufficio fino al 23 aprile per le vacanze di Pasqua. Risponderò al vostro messaggio al mio rientro.

Cordiali saluti,
Giulia Serra
""", style="plain", extra=[("Auto-Submitted", "auto-replied")])

m(("automated", False, None, None, None, True, "fr",
   "MailInBlack sender-authentication challenge sent to the desk after it answered a protected school: automated, though it names MailInBlack."),
  ("Mailinblack", "challenge@protect.mailinblack.example.com"),
  "Votre message est en attente de validation",
  """Bonjour,

Votre message à destination de gestion@college-prive-bastia.example.fr est en attente.
Le destinataire utilise une solution de protection contre les courriers indésirables. Pour que votre message soit délivré, merci de cliquer sur le lien ci-dessous et de cocher la case "Je ne suis pas un robot".

https://protect.mailinblack.example.com/challenge/83kd02

Ce message a été envoyé automatiquement.
""", style="alt", extra=[("Auto-Submitted", "auto-replied")])

# ------------------------------------------------------------------------- other
m(("other", False, None, None, None, True, "fr",
   "Phishing 'mailbox full, confirm your password': mentions a password but is not password_reset; ac-nice-webmail.example.com is not an académie domain."),
  ("Service Messagerie Académique", "service@ac-nice-webmail.example.com"),
  "Votre boîte aux lettres est pleine",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la suppression de vos messages, confirmez votre identifiant et votre mot de passe en cliquant ci-dessous dans les 24 heures :

https://ac-nice-webmail.example.com/verification

Service informatique
""", style="html", auth="fail")

m(("other", False, None, None, None, False, "en",
   "English SEO spam."),
  ("Ryan | RankBoost", "ryan@rankboost-seo.example.net"),
  "Quick question about assistance.example.fr",
  """Hi,

I noticed your website isn't ranking on the first page of Google for several key terms. We can fix that in 30 days, guaranteed.

Can I send you a free audit?

Ryan
""", style="alt")

m(("other", False, None, None, None, False, "fr",
   "A parent asks about a school trip payment: wrong address."),
  ("Stéphanie Morel", "steph.morel13@gmail.com"),
  "voyage scolaire en Italie",
  """Bonjour,

Ma fille est en 4e au collège de La Ciotat et je n'ai pas reçu le formulaire pour payer le voyage en Italie de mai. À qui dois-je m'adresser ?

Merci
Stéphanie Morel
""", style="plain")

m(("other", False, None, "corse", ESI, True, "fr",
   "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked."),
  ("Jean-Toussaint Leca", "jean-toussaint.leca@ac-corse.fr"),
  "Re: [#SUP-118140] Identifiants",
  """Ça marche, merci beaucoup !

JT Leca

Le 8 avr. 2025 à 09:31, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe de votre portail e-sidoc
> vient d'être envoyé. Il est valable 12 heures.
""", style="alt", mailer="outlook",
  extra=[("In-Reply-To", "<SUP-118140.1744097460@assistance.example.fr>")])

m(("other", False, None, PAC, None, False, "fr",
   "'Bien reçu, merci.' from a phone: nothing to do. Region from ac-aix-marseille.fr."),
  ("Karine Aubert", "karine.aubert@ac-aix-marseille.fr"),
  "Re: [#SUP-118188]",
  """Bien reçu, merci.

Envoyé de mon iPhone
""", style="plain", mailer="iphone",
  extra=[("In-Reply-To", "<SUP-118188.1744120000@assistance.example.fr>")])

m(("other", False, None, None, None, False, "fr",
   "Unsolicited internship application with a CV."),
  ("Inès Belkacem", "ines.belkacem.bts@gmail.com"),
  "Candidature stage BTS SIO",
  """Madame, Monsieur,

Étudiante en BTS SIO à Marseille, je recherche un stage de six semaines à partir du 19 mai. Je serais très intéressée par votre service d'assistance. Vous trouverez mon CV en pièce jointe.

Dans l'attente de votre réponse,
Inès Belkacem
""", style="plain", attach="CV_Ines_Belkacem.pdf")

m(("other", False, None, None, None, True, "fr",
   "Fake 'unpaid invoice' with an attachment from an unknown sender: phishing, not order_billing."),
  ("Service Facturation", "facturation@recouvrement-rapide.example.xyz"),
  "Facture impayée N° 2025-4471 - dernier rappel",
  """Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Sans règlement sous 48 heures, le dossier sera transmis à notre service contentieux.

Ouvrez la pièce jointe pour consulter le détail.
""", style="plain", auth="fail", attach="Facture_2025-4471.pdf.html")

m(("other", False, None, None, None, False, "fr",
   "Cold sales prospecting for library furniture, written to one person."),
  ("Damien Vernet", "d.vernet@mobilier-cdi.example.fr"),
  "Aménagement de vos CDI",
  """Bonjour,

Spécialiste de l'aménagement des CDI et BCD en région Sud, nous proposons des solutions de mobilier sur mesure. Seriez-vous disponible pour un échange de 15 minutes la semaine prochaine ?

Damien Vernet
Chargé d'affaires
""", style="html", mailer="outlook")

m(("other", False, None, None, None, False, "fr",
   "Asks by hand to be removed from the newsletter: a person wrote it, so not automated."),
  ("Monique Arnaud", "monique.arnaud@orange.fr"),
  "Désinscription",
  """Bonjour, je suis à la retraite depuis janvier, merci de ne plus m'envoyer votre lettre d'information. Bonne continuation.
Monique Arnaud
""", style="plain")

m(("other", False, None, None, None, False, "fr",
   "GDPR erasure request from a former librarian: human review, not account_creation."),
  ("Richard Pons", "richard.pons@protonmail.example.com"),
  "Suppression de mes données personnelles",
  """Bonjour,

Ancien documentaliste d'un lycée de Toulon, j'ai quitté l'Éducation nationale. En application du RGPD, je vous demande de supprimer toutes les données personnelles me concernant que vous conservez.

Richard Pons
""", style="plain")

m(("other", False, None, None, EA, False, "fr",
   "Wants to register for a webinar, the link fails."),
  ("Christine Bellon", "christine.bellon@mairie-frejus.example.fr"),
  "Inscription webinaire",
  """Bonjour,

Le lien d'inscription au webinaire de présentation de l'Espace Acheteur du 15 avril renvoie une page d'erreur. Pouvez-vous m'inscrire directement ?

Christine Bellon
""", style="qp")

m(("other", False, None, PAC, TP, False, "fr",
   "How to share a ticket with a colleague on the ticket portal: a how-to question with no category of its own."),
  ("Didier Pascal", "didier.pascal@ac-nice.fr"),
  "Partager un ticket",
  """Bonjour,

Comment puis-je donner accès à un ticket du portail à ma collègue, pour qu'elle suive la demande pendant mon absence ?

Didier Pascal
""", style="plain", mailer="tb")

m(("other", False, None, PAC, None, False, "fr",
   "Angry complaint about an unanswered request that says nothing of its topic."),
  ("Gérard Pellegrino", "gerard.pellegrino@ac-aix-marseille.fr"),
  "Aucune réponse !",
  """Bonjour,

Cela fait trois fois que je vous écris et personne ne me répond. C'est inadmissible pour un service payé par nos établissements.

G. Pellegrino
""", style="plain", mailer="tb")

m(("other", False, None, PAC, ESIG, True, "fr",
   "The convention to e-sign carries a wrong establishment name: only the document's sender can fix it; not a contract-documents access problem."),
  ("Florence Estève", "florence.esteve@ac-nice.fr"),
  "Erreur sur la convention à signer",
  """Bonjour,

J'ai reçu la convention à signer électroniquement, mais le nom de l'établissement est faux : il est écrit "Lycée Beaussier" alors que nous sommes le lycée Rouvière de Toulon. Je ne peux pas signer en l'état.

Florence Estève, proviseure adjointe
""", style="qp", mailer="zimbra")

m(("other", False, None, "corse", None, False, "fr",
   "A teacher asks for teaching resources for the Semaine de la presse: unrelated to the services."),
  ("Anna-Maria Luciani", "anna-maria.luciani@ac-corse.fr"),
  "Ressources semaine de la presse",
  """Bonjour,

Auriez-vous des ressources pédagogiques à me conseiller sur l'éducation aux médias pour des élèves de 6e, pour la Semaine de la presse ?

Merci,
Anna-Maria Luciani
""", style="plain", mailer="zimbra")

m(("other", False, None, PAC, None, False, "fr",
   "Personal message sent to the desk by address autocomplete."),
  ("Nathalie Dupuy", "nathalie.dupuy@ac-nice.fr"),
  "dimanche",
  """Coucou Sophie,
on part toujours dimanche pour les calanques ? Je prends le pique-nique, toi les boissons. Bises
Nath
""", style="plain", mailer="iphone")

m(("other", False, None, None, None, False, "en",
   "English partnership pitch from an edtech start-up, quoting her own first mail."),
  ("Hannah Kraus", "hannah@readwise-edtech.example.io"),
  "Re: Partnership opportunity",
  """Hi again,

Just bumping this to the top of your inbox. Would you be open to a quick call about integrating our reading app with your school library portal?

Best,
Hannah

On Tue, Apr 1, 2025 at 10:12 AM Hannah Kraus <hannah@readwise-edtech.example.io> wrote:
> Hi team,
> We help schools boost reading engagement with gamified challenges...
""", style="alt")

m(("other", False, None, None, None, False, "it",
   "Italian: a Sardinian school asks whether it can use the portal for a twinning project; no category fits."),
  ("Francesco Pinna", "f.pinna@liceo-olbia.example.it"),
  "Informazioni su un gemellaggio",
  """Buongiorno,

sono un docente di un liceo di Olbia. Stiamo preparando un gemellaggio con un collège di Bonifacio e vorremmo sapere se possiamo accedere anche noi al loro portale della biblioteca.

Grazie mille,
Francesco Pinna
""", style="plain")

m(("other", False, None, PAC, None, False, "fr",
   "Asks whether the desk is open during the spring holidays: a general question, no category."),
  ("Marc Tardieu", "marc.tardieu@ac-aix-marseille.fr"),
  "Ouverture pendant les vacances ?",
  """Bonjour,

Est-ce que l'assistance reste ouverte pendant les vacances de printemps ? Je voudrais savoir si je peux vous écrire la semaine du 21 avril.

Marc Tardieu
""", style="plain", mailer="tb")

# ------------------------------------------------------------------ date windows
# Mails that quote or mention a date get a window of April 2025 days (lo, hi)
# so that the Date header stays consistent with the text.
WHEN = {
    "Re: [#SUP-118204] Mot de passe e-sidoc": (8, 11),
    "RE: [#SUP-117955] Pas de mail d'activation": (7, 9),
    "Re: [#SUP-118310] Pas de mail d'activation": (9, 14),
    "Identifiants": (7, 7),
    "Re: [#SUP-118140] Identifiants": (8, 9),
    "Fwd: Relance facture impayée": (8, 11),
    "TR: Réinitialisation de votre mot de passe": (8, 9),
    "Fwd: inscription espace acheteur": (9, 14),
    "Re: Mot de passe du CDI": (10, 11),
    "TR: Rapport de quarantaine Mailinblack": (10, 10),
    "Un compte est en attente de validation": (11, 11),
    "RE: Your order confirmation": (7, 9),
    "Re: [#SUP-117640] Attestation manquante": (7, 10),
    "Tr : absences": (10, 11),
    "Lu : [#SUP-118251] Votre demande de devis": (9, 9),
    "Re: [#SUP-118122] Demande écrite du chef d'établissement": (8, 10),
    "Réponse automatique : Commande de manuels": (14, 18),
    "Changement d'administrateur de structure": (7, 16),
    "Avril : quoi de neuf sur votre portail ?": (7, 8),
    "Inscription webinaire": (7, 14),
    "Réponse automatique : [#SUP-118440] Mot de passe e-sidoc": (18, 18),
    "Absente : [#SUP-118377] Votre demande": (14, 18),
    "Risposta automatica: Progetto di scambio": (17, 18),
    "Abonnement non activé depuis 15 jours": (8, 9),
    "Facture absente de Chorus": (8, 10),
    "Les notes ne remontent plus": (9, 9),
    "Date de mise à disposition": (10, 10),
    "Europresse pas encore disponible": (10, 10),
    "mail de confirmation": (9, 11),
    "Compte en attente": (8, 11),
    "Accès gestion e-sidoc - nouveau documentaliste": (8, 11),
    "No confirmation email": (10, 11),
    "Activation + devis": (7, 11),
    "How do I publish the new resource?": (9, 11),
}
WEEKDAYS = [7, 8, 9, 10, 11, 14, 15, 16, 17, 18]

MAILERS = {
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF124 (Win)/9.0.0_ZEXTRAS_20240927)")],
    "tb": [("User-Agent", "Mozilla Thunderbird")],
    "iphone": [("X-Mailer", "iPhone Mail (22D82)")],
    "applemail": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "android": [],
    "outlook": [],
    None: [],
}


def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name="Subject").encode()


def rhex(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def message_id(mailer, domain, stamp):
    if mailer in ("outlook", "android"):
        box = "PR%sP264MB%s" % (RNG.randint(0, 3), RNG.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, rhex(24), box)
    if mailer == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9), RNG.randint(10**5, 10**6), stamp * 1000 + RNG.randint(0, 999), domain)
    if mailer in ("iphone", "applemail"):
        return "<%s-%s-%s-%s-%s@%s>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), domain)
    if domain == "gmail.com":
        return "<CA+%s@mail.gmail.com>" % "".join(RNG.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(40))
    return "<%s.%s@%s>" % (rhex(12).lower(), stamp, domain)


def to_html(text, outlook=False):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n"))
        if outlook:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % lines)
        else:
            out.append("<div>%s</div>\n<div><br></div>" % lines)
    body = "\n".join(out)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % body)
    return ('<html><head><meta charset="%%CS%%"></head><body>'
            '<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt">\n%s\n</div></body></html>\n' % body)


def encode_part(ctype, charset, text, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode(charset)
    head = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, charset, cte)
    return head, payload


def attachment_part(name):
    if name.endswith(".zip"):
        import io
        import zipfile
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            info = zipfile.ZipInfo(name[:-4] + ".xml", date_time=(2025, 4, 11, 0, 0, 0))
            z.writestr(info, '<?xml version="1.0"?><feedback><report_metadata><org_name>google.com</org_name></report_metadata>'
                             '<policy_published><domain>assistance.example.fr</domain><p>none</p></policy_published></feedback>')
        data, ctype = buf.getvalue(), "application/zip"
    elif name.endswith(".html"):
        data, ctype = b"<html><body><script>location='https://recouvrement-rapide.example.xyz/f'</script></body></html>", "text/html"
    else:
        data = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        ctype = "application/pdf"
    return ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n%s' % (ctype, name, name, base64.encodebytes(data).decode("ascii")))


def body_parts(e):
    """Return (content-type header lines, body text) for the message body."""
    style, text, mailer = e["style"], e["body"], e["mailer"]
    outlook = mailer == "outlook"
    bnd = "=_%s" % rhex(24).lower() if not outlook else "_000_%s_" % rhex(28)
    if style == "plain":
        return encode_part("text/plain", "utf-8", text, "8bit")
    if style == "qp":
        return encode_part("text/plain", "utf-8", text, "quoted-printable")
    if style == "b64":
        return encode_part("text/plain", "utf-8", text.replace("\n", "\r\n"), "base64")
    if style == "latin1":
        return encode_part("text/plain", "iso-8859-15", text, "8bit")
    if style in ("html", "html1252"):
        cs = "windows-1252" if style == "html1252" else "utf-8"
        return encode_part("text/html", cs, to_html(text, outlook).replace("%CS%", cs), "quoted-printable")
    if style in ("alt", "altb64"):
        cte = "base64" if style == "altb64" else "quoted-printable"
        h1, p1 = encode_part("text/plain", "utf-8", text, cte)
        h2, p2 = encode_part("text/html", "utf-8", to_html(text, outlook).replace("%CS%", "utf-8"), cte)
        return ('Content-Type: multipart/alternative;\n boundary="%s"\n' % bnd,
                "--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (bnd, h1, p1, bnd, h2, p2, bnd))
    if style in ("dsn", "mdn"):
        h1, p1 = encode_part("text/plain", "utf-8" if not text.isascii() else "us-ascii", text, "8bit" if not text.isascii() else "7bit")
        info = e["dsn"] or e["mdn"]
        orig = ("From: Assistance <%s>\nTo: <%s>\nSubject: %s\nDate: Wed, 09 Apr 2025 10:02:11 +0200\n"
                "Message-ID: <%s.1744185731@assistance.example.fr>\n"
                % (SUPPORT, info["recipient"], hdr(info["orig_subject"]), info["orig_subject"].split("]")[0].strip("[#") if "]" in info["orig_subject"] else "x"))
        if style == "dsn":
            report = ("Content-Type: message/delivery-status\n\nReporting-MTA: dns; %s\n"
                      "Arrival-Date: Wed, 9 Apr 2025 10:02:12 +0200\n\n"
                      "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\nDiagnostic-Code: %s\n"
                      % (info["mta"], info["recipient"], info["recipient"], info["action"], info["status"], info["diag"]))
            rtype = "delivery-status"
        else:
            report = ("Content-Type: message/disposition-notification\n\nReporting-UA: %s\n"
                      "Final-Recipient: rfc822;%s\nOriginal-Message-ID: <%s.1744185731@assistance.example.fr>\nDisposition: %s\n"
                      % ("Microsoft Outlook 16.0" if mailer == "outlook" else "Mozilla Thunderbird",
                         info["recipient"], info["orig_subject"].split("]")[0].strip("[#"), info["disposition"]))
            rtype = "disposition-notification"
        return ('Content-Type: multipart/report; report-type=%s;\n boundary="%s"\n' % (rtype, bnd),
                "This is a MIME-encapsulated message.\n\n--%s\n%s\n%s\n--%s\n%s\n--%s\n"
                "Content-Type: text/rfc822-headers\n\n%s\n--%s--\n" % (bnd, h1, p1, bnd, report, bnd, orig, bnd))
    raise ValueError(style)


def build(e):
    name, addr = e["frm"]
    domain = addr.split("@")[1].lower()
    lo, hi = WHEN.get(e["subj"], (7, 18))
    days = [d for d in WEEKDAYS if lo <= d <= hi] or [lo]
    day = RNG.choice(days)
    minute = RNG.randint(7 * 60 + 20, 19 * 60 + 30)
    when = datetime.datetime(2025, 4, day, minute // 60, minute % 60, RNG.randint(0, 59), tzinfo=TZ)
    stamp = int(when.timestamp())
    recv = when + datetime.timedelta(seconds=RNG.randint(2, 40))
    mailer = e["mailer"]
    h = []
    rp = addr if e["return_path"] is None else e["return_path"]
    h.append("Return-Path: <%s>" % rp)
    h.append("Delivered-To: %s" % SUPPORT)
    relay = "smtp%d.%s" % (RNG.randint(1, 4), domain) if mailer not in ("outlook", "android") else \
        "PAUP264CU%03d.outbound.protection.outlook.com" % RNG.randint(1, 20)
    if domain == "gmail.com":
        relay = "mail-wr1-f%d.google.com" % RNG.randint(41, 180)
    ip = "%s.%d" % (RNG.choice(["192.0.2", "198.51.100", "203.0.113"]), RNG.randint(2, 250))
    h.append("Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (relay, relay, ip, rhex(15), SUPPORT, format_datetime(recv)))
    if e["auth"] == "pass" and rp:
        h.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                 "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain))
    elif e["auth"] == "pass":
        h.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % relay)
    else:
        h.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n"
                 "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain))
    h.append("From: %s" % formataddr((name, addr)))
    h.append("To: %s" % (e["to"] or "Assistance <%s>" % SUPPORT))
    if e["cc"]:
        h.append("Cc: %s" % e["cc"])
    h.append("Subject: %s" % hdr(e["subj"]))
    if mailer in ("outlook", "android"):
        h.append("Date: %s" % format_datetime(when.astimezone(datetime.timezone.utc)).replace("-0000", "+0000"))
    else:
        h.append("Date: %s" % format_datetime(when))
    h.append("Message-ID: %s" % message_id(mailer, domain, stamp))
    for k, v in e["extra"]:
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")
    for k, v in MAILERS[mailer]:
        h.append("%s: %s" % (k, v))
    if mailer in ("outlook", "android"):
        h.append("Thread-Topic: %s" % hdr(e["subj"]))
        h.append("Thread-Index: %s" % base64.b64encode(bytes(RNG.randint(0, 255) for _ in range(22))).decode())
        h.append("Accept-Language: fr-FR, en-US\nContent-Language: fr-FR")
        h.append("X-MS-Has-Attach: %s" % ("yes" if e["attach"] else ""))
    ctype, payload = body_parts(e)
    if e["attach"]:
        bnd = "=_mixed_%s" % rhex(20).lower()
        inner = ctype if ctype.startswith("Content-Type: multipart") else ctype
        payload = ("This is a multi-part message in MIME format.\n--%s\n%s\n%s\n--%s\n%s\n--%s--\n"
                   % (bnd, inner, payload, bnd, attachment_part(e["attach"]), bnd))
        ctype = 'Content-Type: multipart/mixed;\n boundary="%s"\n' % bnd
    raw = "\n".join(h) + "\n" + ctype + "\n" + payload
    if e["style"] == "latin1" and not e["attach"]:
        head, _, body = raw.partition("\n\n")
        return head.encode("ascii") + b"\n\n" + body.encode("iso-8859-15")
    head, _, body = raw.partition("\n\n")
    return head.encode("ascii") + b"\n\n" + body.encode("utf-8")


# ------------------------------------------------------------------------ checks
def expected_region(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    return DOMAIN_REGION.get(sender.rsplit("@", 1)[1].lower())


def check():
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert len(files) == 150, len(files)
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    assert len(labels) == 150
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    for lab in labels:
        assert list(lab) == keys, lab
        path = os.path.join(HERE, lab["file"])
        with open(path, "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"], lab["file"]
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), lab["file"]
        sender = msg["From"].addresses[0].addr_spec
        assert lab["category"] in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["uai"][:3] in DEPT_REGION, lab
        assert lab["region"] == expected_region(lab["uai"], sender), (lab, sender)
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en", "it"), lab
        assert lab["notes"].strip()
        # every labelled UAI must actually appear in the mail (body, subject or sender)
        if lab["uai"]:
            with open(path, "rb") as fh:
                raw = msg.get("Subject", "") + sender + str(msg) + fh.read().decode("latin-1")
            text = raw + "".join(p.get_content() for p in msg.walk() if p.get_content_maintype() == "text")
            assert lab["uai"].lower() in text.lower(), lab
    return labels


def main():
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    for old in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    lines = []
    for n, idx in enumerate(order, 1):
        e = MAILS[idx]
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(build(e))
        cat, ok, uai, region, platform, hard, lang, notes = e["label"]
        lines.append(json.dumps({"file": fname, "category": cat, "auto_reply_ok": ok, "uai": uai,
                                 "region": region, "platform": platform, "hard": hard,
                                 "lang": lang, "notes": notes}, ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    labels = check()
    from collections import Counter
    cats = Counter(l["category"] for l in labels)
    print("wrote %d mails" % len(labels))
    for c, k in sorted(cats.items(), key=lambda x: -x[1]):
        print("  %-32s %d" % (c, k))
    print("auto_reply_ok: %d, hard: %d" % (sum(l["auto_reply_ok"] for l in labels), sum(l["hard"] for l in labels)))


if __name__ == "__main__":
    main()

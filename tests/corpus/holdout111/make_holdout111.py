#!/usr/bin/env python3
"""Build the holdout111 blind test set (150 hand-written support mails + labels).

Theme: Corsica and Provence-Alpes-Cote d'Azur in July and August. Skeleton
staff, holiday out-of-office replies, people preparing the rentree from home,
agents on leave handing over, and many automatic messages.

Every mail text below is written by hand. The script only wraps each text in
realistic headers and MIME structure, writes h001.eml ... h150.eml and
labels.jsonl, then re-reads everything and checks it. Standard library only;
deterministic (fixed seed).
"""
import base64
import datetime
import email
import html
import json
import os
import random
from email import policy
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 1110725
rng = random.Random(SEED)

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# categories whose default action is never an automatic answer
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
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, (_depts, _domains) in REGIONS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _domains.split():
        DOMAIN_REGION[_dom] = _slug


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and code[7] == LETTERS[int(code[:7]) % 23])


def region_of(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


MAILS = []


def add(cat, ok, uai, plat, hard, lang, notes, frm, subj, body, **kw):
    """Register one hand-written mail with its label."""
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, plat=plat, hard=hard, lang=lang,
                      notes=notes, frm=frm, subj=subj, body=body, **kw))

# ---------------------------------------------------------------- password_reset
add("password_reset", True, "6200347H", "esidoc", False, "fr",
    "Librarian preparing the rentrée from home in late August; forgot the e-sidoc back-office password, UAI in the body.",
    "Marie-Laure Ottavi <marie-laure.ottavi@ac-corse.fr>",
    "Mot de passe e-sidoc oublié",
    """Bonjour,

Je profite de la fin des vacances pour préparer la rentrée du CDI et je m'aperçois que je ne me souviens plus du mot de passe de l'administration e-sidoc. Ça fait deux mois que je ne me suis pas connectée...

Collège de Porto-Vecchio, UAI 6200347H.

Pouvez-vous m'envoyer un lien de réinitialisation ?

Merci d'avance et bonne fin d'été,
Marie-Laure Ottavi
Professeure documentaliste
""", fmt="alt", cte="quoted-printable", mailer="Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF128 (Win)/9.0.0_ZEXTRAS_20240927)", when=(8, 25, 10, 12))

add("password_reset", True, "0131371V", "esidoc", False, "fr",
    "Short mobile message, typed without accents from a holiday place; UAI given, lost password.",
    "Karim Bensaid <karim.bensaid13@gmail.com>",
    "mdp",
    """bonjour
je suis en vacances et je voulais juste verifier notre portail esidoc mais impossible de me connecter, mot de passe refuse. uai 0131371V (college marseille 13e)
vous pouvez me renvoyer un lien svp
karim

Envoyé de mon iPhone
""", cte="8bit", mailer="iPhone Mail (21F90)", when=(7, 19, 22, 47))

add("password_reset", True, "0060519G", "esidoc", False, "fr",
    "New librarian appointed in Nice for September; never had the password, her predecessor has left. FAQ reset path applies.",
    "Sophie Giraud <sophie.giraud@ac-nice.fr>",
    "Accès administrateur e-sidoc - nouvelle documentaliste",
    """Bonjour,

Je viens d'être nommée au lycée Masséna à Nice (UAI 0060519G) pour la rentrée 2025. Je souhaiterais prendre en main le portail e-sidoc dès maintenant, mais je ne connais pas le mot de passe du compte d'administration : ma prédécesseure est partie à la retraite en juin et ne l'a transmis à personne.

Comment puis-je obtenir un nouveau mot de passe ?

Bien cordialement,

Sophie Giraud
Professeure documentaliste (à compter du 1er septembre)
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(8, 21, 9, 3))

add("password_reset", True, "7200463R", "esidoc", False, "fr",
    "Reset link expired: she clicked it days later because she was away; asks for a new one.",
    "Anghjula Filippi <anghjula.filippi@ac-corse.fr>",
    "Lien expiré",
    """Bonjour,

J'avais demandé un nouveau mot de passe juste avant de partir en congés et je n'ai ouvert le mail qu'aujourd'hui. Le lien me dit qu'il a expiré.

Est-ce qu'il est possible de m'en renvoyer un ? Lycée de Corte, 7200463R.

Merci,
A. Filippi
""", cte="8bit", when=(8, 18, 14, 30))

add("password_reset", True, "0831156F", "esidoc", False, "en",
    "English; an assistant librarian at an international section in Toulon forgot the admin password.",
    "Emma Whitfield <e.whitfield@ac-nice.fr>",
    "Forgotten password - e-sidoc admin",
    """Hello,

I am the assistant librarian at the Lycée Dumont d'Urville in Toulon (UAI 0831156F). I am getting the library catalogue ready for September and I cannot log in to the e-sidoc back office any more: my password seems to have been forgotten over the summer (by me!).

Could you please send me a password reset link?

Many thanks,
Emma Whitfield
""", fmt="alt", cte="7bit", mailer="Microsoft Outlook 16.0", when=(8, 26, 11, 40))

add("password_reset", True, "0840361L", "esidoc", False, "fr",
    "Account locked after several wrong tries during a summer session; asks for an unlock or a link.",
    "Patrick Roux <patrick.roux@ac-aix-marseille.fr>",
    "Compte bloqué après plusieurs essais",
    """Bonjour,

À force d'essayer différents mots de passe ce matin, le compte administrateur de notre e-sidoc est maintenant bloqué (message « compte verrouillé »).

Établissement : collège Anselme Mathieu, Avignon — UAI 0840361L.

Pourriez-vous le débloquer ou m'envoyer un lien pour en définir un nouveau ?

Cordialement,
Patrick Roux
Documentaliste
""", fmt="html", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(7, 8, 10, 5))

add("password_reset", False, "6200704W", "esidoc", True, "fr",
    "Reply to the automatic reset answer: the link went to the school's official mailbox, which nobody reads in August; asks a person to act. Standard path already failed.",
    "Jean-Paul Leca <jean-paul.leca@ac-corse.fr>",
    "RE: [#SUP-018342] Mot de passe e-sidoc",
    """Bonjour,

Merci pour la réponse, mais le lien est parti sur l'adresse ce. de l'établissement et le secrétariat est fermé jusqu'au 20 août : personne ne peut relever cette boîte. Moi je reprends le 18 et j'ai besoin d'accéder au portail pour préparer les comptes des 6e.

Est-ce que quelqu'un peut me rappeler ou trouver une autre solution ? Le principal est lui aussi en congés.

Jean-Paul Leca
Collège de Sartène - 6200704W

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 12 août 2025 09:14
À : Jean-Paul Leca <jean-paul.leca@ac-corse.fr>
Objet : [#SUP-018342] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de l'établissement (ce.62****4W@ac-corse.fr). Il est valable 12 heures.

L'équipe Assistance
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", reply="SUP-018342", when=(8, 12, 11, 2))

add("password_reset", True, "0050364U", "esidoc", True, "fr",
    "The UAI appears only in the official sender address ce.0050364U@ac-aix-marseille.fr; the summer secretariat asks for the link on that address.",
    "Secrétariat Lycée Honoré Romane <ce.0050364U@ac-aix-marseille.fr>",
    "Demande de réinitialisation du mot de passe du portail documentaire",
    """Bonjour,

La professeure documentaliste, actuellement en congés, nous demande de vous écrire : elle n'arrive plus à se connecter à l'interface de gestion e-sidoc du lycée.

Merci d'envoyer le lien de réinitialisation sur la présente adresse, nous le lui transmettrons.

Le secrétariat (permanence estivale)
Lycée Honoré Romane - Embrun
""", fmt="alt", cte="quoted-printable", mailer="Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC126 (Win)/9.0.0_ZEXTRAS_20240927)", when=(7, 16, 9, 20))

add("password_reset", False, None, "esidoc", True, "fr",
    "Wants the new password sent to her personal Gmail because she is on holiday; the UAI is typed 0132245W (the check letter should be V), so no UAI; region from ac-aix-marseille.fr. Reset cannot go to an address not on file.",
    "Nathalie Fabre <nathalie.fabre@ac-aix-marseille.fr>",
    "Urgent : mot de passe e-sidoc à envoyer sur mon adresse perso",
    """Bonjour,

Je suis en vacances en Bretagne jusqu'au 24 août et je n'ai pas accès à ma messagerie professionnelle depuis mon téléphone (l'appli ne marche plus).

Pourriez-vous m'envoyer un nouveau mot de passe e-sidoc directement sur nathalie.fabre84@gmail.com ? C'est pour le collège Jean Moulin de Marseille, UAI 0132245W.

Je dois absolument mettre à jour les horaires du CDI avant la rentrée.

Merci beaucoup,
Nathalie Fabre
""", cte="quoted-printable", when=(8, 9, 16, 18))

add("password_reset", True, "0060843J", "espace_acheteur", False, "fr",
    "Gestionnaire in Cannes lost the Espace Acheteur login; the address tied to the account is that of the former gestionnaire.",
    "Olivier Martin <gestion.0060843J@ac-nice.fr>",
    "Identifiant Espace Acheteur",
    """Bonjour,

Je remplace cet été la gestionnaire du collège (mutation au 1er septembre) et je dois préparer les commandes de fournitures. Je n'ai ni l'identifiant ni le mot de passe de l'Espace Acheteur, et l'adresse liée au compte est sans doute celle de ma collègue.

UAI : 0060843J — collège les Mûriers, Cannes.

Merci de m'indiquer la marche à suivre.

Olivier Martin
Adjoint gestionnaire
""", fmt="alt", cte="base64", mailer="Microsoft Outlook 16.0", when=(7, 22, 8, 47))

add("password_reset", True, None, "esidoc", False, "fr",
    "No UAI; 'je ne connais pas mon mot de passe', region from the ac-corse.fr sender.",
    "Pascale Mattei <pascale.mattei@ac-corse.fr>",
    "connexion impossible",
    """Bonjour,

Je ne connais pas mon mot de passe pour la partie gestion d'e-sidoc. On me l'a peut-être donné l'an dernier, mais je ne le retrouve nulle part.

Merci de votre aide,
Pascale Mattei
Documentaliste, école de Biguglia
""", cte="8bit", when=(8, 27, 15, 55))

add("password_reset", True, "0830782Z", "esidoc", False, "fr",
    "UAI only in the subject line; hurried message from a holiday rental.",
    "bernard.arnaud83@orange.fr",
    "0830782Z - mot de passe",
    """Bonjour
Mot de passe expiré sur e-sidoc et je ne me souviens plus de l'ancien. Pouvez vous faire le nécessaire ?
Merci
B. Arnaud
""", cte="8bit", mailer="Orange Mail", when=(8, 3, 19, 12))

add("password_reset", False, "7200254N", "esidoc", True, "fr",
    "Two topics: password reset (main) and the Cafeyn subscription ordered in June still not visible; one template answers only half.",
    "Dumenica Pietri <dumenica.pietri@ac-corse.fr>",
    "Deux petites choses avant la rentrée",
    """Bonjour,

Deux questions pour le lycée de Bastia (7200254N) :

1) Je n'ai plus le mot de passe de l'administration e-sidoc, il faudrait un nouveau lien.
2) L'abonnement Cafeyn commandé en juin n'apparaît toujours pas dans nos ressources. Est-ce normal ?

Je suis au lycée les mardis d'août pour la permanence.

Merci,
Dumenica Pietri
""", fmt="alt", cte="quoted-printable", when=(8, 5, 10, 31))

add("password_reset", True, "0040533H", "esidoc", False, "fr",
    "Retired librarian's address is the one on file; the new one asks for the reset. FAQ path (official address, else head's request).",
    "Lucas Bonnet <lucas.bonnet@ac-aix-marseille.fr>",
    "Réinitialisation mot de passe portail CDI Manosque",
    """Bonjour,

Je prends le poste de documentaliste au lycée Félix Esclangon (Manosque, UAI 0040533H). Le mot de passe de gestion e-sidoc n'est plus connu : la réinitialisation part vers l'adresse de l'ancienne collègue, retraitée depuis juillet.

Est-il possible de faire envoyer le lien vers l'adresse de l'établissement ?

Bonne journée,
Lucas Bonnet
""", fmt="alt", cte="quoted-printable", mailer="Mozilla Thunderbird 128.1.0", when=(8, 28, 13, 41))

add("password_reset", False, "6200012U", "esidoc", True, "fr",
    "Explicitly asks to be phoned by a person (does not want an automatic link, had a bad experience). Lost password, but the writer wants a human.",
    "Ghjuvan Battista Luciani <gb.luciani@ac-corse.fr>",
    "Mot de passe - merci de me rappeler",
    """Bonjour,

Je n'ai plus le mot de passe e-sidoc du collège Fesch (Ajaccio, 6200012U).

L'an dernier j'ai reçu trois liens automatiques d'affilée qui ne marchaient pas, je préférerais vraiment que quelqu'un m'appelle pour le faire avec moi : 06 12 48 77 30, plutôt le matin.

Merci,
G.B. Luciani
""", cte="8bit", when=(8, 29, 8, 15))

add("password_reset", True, "0133490Y", "esidoc", False, "fr",
    "Outlook forward ('TR:') of the reset mail whose link no longer works.",
    "Céline Amrani <celine.amrani@ac-aix-marseille.fr>",
    "TR: Réinitialisation de votre mot de passe",
    """Bonjour,

Ce lien ne fonctionne pas (« lien invalide ou déjà utilisé »). Pouvez-vous m'en renvoyer un ?
Lycée Saint-Exupéry, Marseille - 0133490Y

Céline Amrani

________________________________
De : no-reply@esidoc.example.fr <no-reply@esidoc.example.fr>
Envoyé : lundi 7 juillet 2025 17:02
À : Céline Amrani
Objet : Réinitialisation de votre mot de passe

Bonjour,
Pour définir un nouveau mot de passe, cliquez sur le lien ci-dessous (valable 12 heures) :
https://0133490y.esidoc.example.fr/reset?t=8f2c51a0
""", fmt="html", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(7, 8, 8, 2))

add("password_reset", True, "0061267V", "esidoc", True, "fr",
    "UAI only in the portal URL, lower case (0061267v.esidoc...); label is the upper-case code.",
    "Valérie Ferrari <valerie.ferrari@ac-nice.fr>",
    "Je n'arrive plus à entrer dans la gestion du portail",
    """Bonjour,

Sur https://0061267v.esidoc.example.fr je clique sur « Connexion » puis « Administration » et mon mot de passe est refusé. Je l'ai sûrement mal noté avant l'été.

Un lien pour le changer serait parfait.

Valérie Ferrari
CDI - Grasse
""", fmt="alt", cte="quoted-printable", when=(8, 22, 17, 6))

add("password_reset", True, "0841125S", "ticket_portal", False, "fr",
    "Ticket portal password forgotten; wants to follow his summer ticket.",
    "Thierry Garcia <thierry.garcia@ac-aix-marseille.fr>",
    "Mot de passe portail des tickets",
    """Bonjour,

J'ai oublié le mot de passe de mon compte sur le portail de suivi des tickets et je voudrais consulter la réponse à ma demande de juin. Pouvez-vous me permettre de le réinitialiser ?

Thierry Garcia
Lycée Philippe de Girard, Avignon (0841125S)
""", cte="quoted-printable", mailer="Mozilla Thunderbird 115.12.2", when=(7, 3, 14, 20))

add("password_reset", False, None, "espace_acheteur", True, "fr",
    "Standard procedure already tried twice: the reset mail keeps going to the structure's shared address, which the colleague on leave manages; no UAI, non-academic sender. A person must look at it.",
    "Service achats Mairie de Calvi <achats@mairie-calvi.example.fr>",
    "Toujours pas d'accès (2e demande)",
    """Bonjour,

Deuxième message. Nous avons suivi votre procédure « mot de passe oublié » deux fois : le mail repart à chaque fois sur l'adresse de la collègue titulaire, en congé jusqu'au 1er septembre, et nous n'y avons pas accès.

Il nous faut l'Espace Acheteur pour commander le mobilier des écoles avant la rentrée. Merci de nous appeler au 04 95 65 00 00.

Le service achats
""", cte="8bit", when=(8, 6, 11, 12))

add("password_reset", True, "0132611T", "esidoc", False, "fr",
    "HTML-only Outlook mail; expired password, old one forgotten.",
    "Hélène Nguyen <helene.nguyen@ac-aix-marseille.fr>",
    "Mot de passe expiré",
    """Bonjour,

Le portail me demande de changer mon mot de passe car il a expiré, mais il me faut l'ancien, que j'ai oublié.

Collège Louis Armand, La Ciotat — UAI 0132611T

Merci par avance,
Hélène Nguyen
""", fmt="html", cte="base64", mailer="Microsoft Outlook 16.0", when=(7, 1, 16, 48))

add("password_reset", True, "7200871J", "esidoc", False, "fr",
    "Mostly in Corsican with a French sentence; clear request for a new password, UAI given.",
    "Saveriu Casanova <saveriu.casanova@ac-corse.fr>",
    "Parolla d'intrata e-sidoc",
    """Bonghjornu,

Ùn mi ricordu più a parolla d'intrata di l'amministrazione e-sidoc. Je n'ai plus mon mot de passe, pouvez-vous m'envoyer un lien ?

Liceu di Calvi, 7200871J.

À ringraziavvi,
Saveriu Casanova
""", cte="8bit", when=(8, 20, 12, 3))

add("password_reset", True, "0831523E", "espace_acheteur", False, "fr",
    "Identifier forgotten on the Espace Acheteur after the summer; reply-to-self style note.",
    "Isabelle Blanc <isabelle.blanc@ac-nice.fr>",
    "Identifiant oublié",
    """Bonjour,

Je n'arrive plus à retrouver mon identifiant de connexion à l'Espace Acheteur (lycée Raynouard, Brignoles, 0831523E). Est-ce l'adresse mail ou un code ?

Cordialement,
Isabelle Blanc
Gestionnaire

--
Lycée Raynouard
Intendance - 04 94 00 00 00
""", fmt="alt", cte="quoted-printable", mailer="Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF128 (Linux)/9.0.0_ZEXTRAS_20240927)", when=(8, 28, 9, 55))
# ---------------------------------------------------------------- missing_noreply_mail
add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "New buyer from a Corsican commune: the activation mail never arrived; no anti-spam product named.",
    "Antoine Albertini <a.albertini@mairie-ghisonaccia.example.fr>",
    "Pas reçu le mail d'activation",
    """Bonjour,

Je me suis inscrit hier sur l'Espace Acheteur pour la commune (achats pour la cantine scolaire) mais je n'ai jamais reçu le mail d'activation. J'ai regardé partout.

Merci,
Antoine Albertini
Mairie de Ghisonaccia
""", cte="8bit", when=(7, 10, 10, 20))

add("missing_noreply_mail", True, "0130923H", "espace_acheteur", False, "fr",
    "New-password mail from the no-reply address never arrives after three attempts; checked the junk folder.",
    "Sandrine Olivieri <sandrine.olivieri@ac-aix-marseille.fr>",
    "Mail de nouveau mot de passe jamais reçu",
    """Bonjour,

J'ai cliqué trois fois sur « mot de passe oublié » sur l'Espace Acheteur et je ne reçois rien, ni dans la boîte de réception ni dans les indésirables.

Lycée Perrin, Marseille - 0130923H.

Merci de regarder,
Sandrine Olivieri
Secrétaire d'intendance
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(7, 15, 9, 36))

add("missing_noreply_mail", True, None, "esidoc", False, "fr",
    "Short phone message: the activation link for the customer account never came. Region from ac-nice.fr.",
    "Marc Giacomoni <marc.giacomoni@ac-nice.fr>",
    "activation compte client",
    """Bonjour, toujours pas reçu le lien d'activation du compte client depuis vendredi. Merci
Marc Giacomoni

Envoyé depuis mon mobile
""", cte="base64", mailer="Samsung Email", when=(7, 7, 18, 2))

add("missing_noreply_mail", True, "0050143D", "espace_acheteur", False, "en",
    "English; the notifications for accounts to validate stopped arriving to the structure administrator.",
    "Robert Hale <robert.hale@ac-aix-marseille.fr>",
    "No notifications from no-reply since June",
    """Hi,

I'm the structure administrator for the Lycée d'altitude in Briançon (UAI 0050143D). Since mid-June I have not received any of the automatic e-mails that tell me an account is waiting for validation. A colleague registered last week and I only found out because she called me.

Nothing in the spam folder either. Could you check on your side?

Thanks,
Rob Hale
""", fmt="alt", cte="7bit", mailer="Apple Mail (2.3774.600.62)", when=(7, 2, 12, 44))

add("missing_noreply_mail", True, "6201038J", "esidoc", False, "fr",
    "Sent from the ce. address of the school; the confirmation mail for the first online order never came. Latin-1 body.",
    "Collège de Propriano <ce.6201038J@ac-corse.fr>",
    "Confirmation de compte non reçue",
    """Bonjour,

Nous avons créé hier notre compte client pour commander un abonnement pour le CDI. Le message de confirmation annoncé (« vous allez recevoir un e-mail sous 12 heures ») n'est jamais arrivé.

Pouvez-vous nous le renvoyer ?

Le secrétariat
Collège de Propriano
""", fmt="latin1", cte="quoted-printable", mailer="Mozilla Thunderbird 102.15.1", when=(7, 4, 10, 0))

add("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
    "Ticket portal account: the mail to set a password never arrived; non-academic sender.",
    "Delphine Mas <delphine.mas@ogec-sainte-marthe.example.fr>",
    "Portail assistance : mail pour définir le mot de passe",
    """Bonjour,

J'ai créé un compte sur le portail d'assistance pour suivre nos demandes, mais le mail qui doit me permettre de choisir mon mot de passe n'est jamais arrivé. J'ai recommencé deux fois.

Merci,
Delphine Mas
Établissement Sainte-Marthe, Grasse
""", fmt="alt", cte="quoted-printable", when=(8, 19, 15, 10))

add("missing_noreply_mail", True, "0830955M", "espace_acheteur", True, "fr",
    "Reads like a password problem but the password tool works: the new-password mail never arrives.",
    "Florence Chabaud <florence.chabaud@ac-nice.fr>",
    "Problème de mot de passe ?",
    """Bonjour,

Je ne sais pas si c'est un problème de mot de passe : je fais « mot de passe oublié », le site affiche bien « un e-mail vous a été envoyé », mais rien n'arrive. Ni hier, ni ce matin.

Collège Font de Fillol, Six-Fours — 0830955M

Florence Chabaud, gestionnaire
""", fmt="html", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(8, 26, 8, 30))

add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "Two lines: nothing received from the no-reply address after sign-up.",
    "j.vidal.intendance@laposte.net",
    "rien reçu",
    """Bonjour, inscription faite lundi sur l'espace acheteur, aucun mail reçu du no-reply. Que faire ?
J. Vidal
""", cte="8bit", when=(7, 23, 13, 19))

add("missing_noreply_mail", True, "0840708N", "espace_acheteur", True, "fr",
    "Says explicitly the school does not use MailInBlack; the activation mail just never arrived. Not mailinblack_spam.",
    "Aurélie Mercier <aurelie.mercier@ac-aix-marseille.fr>",
    "Mail d'activation introuvable",
    """Bonjour,

Je n'ai pas reçu le mail d'activation de mon compte Espace Acheteur. Notre informaticien m'assure qu'on n'a pas MailInBlack ni aucun filtre particulier chez nous, et le dossier spam est vide.

Collège Paul Giera, Avignon (UAI 0840708N).

Merci,
Aurélie Mercier
""", fmt="alt", cte="quoted-printable", mailer="Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF128 (Win)/9.0.0_ZEXTRAS_20240927)", when=(8, 27, 10, 45))

add("missing_noreply_mail", False, "7200112J", "espace_acheteur", True, "fr",
    "Reply after the junk-folder answer: still nothing after 48 hours, asks for the region to step in. The template was already sent.",
    "Christophe Paoli <christophe.paoli@ac-corse.fr>",
    "Re: [#SUP-018127] Mail de confirmation non reçu",
    """Bonjour,

Toujours rien, 48 heures après. J'ai vérifié les indésirables, ajouté l'expéditeur aux contacts, rien n'y fait. Merci de transmettre à l'académie ou de me dire qui contacter, je dois passer les commandes de la rentrée avant le 25.

C. Paoli
Lycée Jean Nicoli, Bastia - 7200112J

Le 29/07/2025 à 10:02, Assistance a écrit :
> Bonjour,
> Vérifiez votre dossier de courriers indésirables et marquez le message
> comme légitime. Sans nouvelles sous 48 h, répondez à ce message.
> L'équipe Assistance
""", cte="8bit", mailer="Mozilla Thunderbird 128.1.0", reply="SUP-018127", when=(7, 31, 10, 40))

add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook; offer-update alerts never received since subscribing; no product named.",
    "Service intendance <intendance@lycee-prive-la-salle-avignon.example.fr>",
    "Alertes offres non reçues",
    """Bonjour,

Nous nous sommes abonnés aux alertes de mise à jour des offres (fournitures scolaires et papier) au printemps et nous n'avons jamais reçu une seule alerte, alors que des offres ont changé en juillet.

Pourriez-vous vérifier ?

Le service intendance
""", fmt="html", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(7, 28, 11, 11))

add("missing_noreply_mail", True, "0060974B", "esidoc", False, "fr",
    "New librarian waiting for the account-creation mail of the customer space; checked spam.",
    "Julien Ricci <julien.ricci@ac-nice.fr>",
    "Mail de création de compte non reçu",
    """Bonjour,

J'ai fait la demande de compte client e-sidoc pour le collège Port Lympia (Nice, 0060974B) il y a trois jours. Aucun mail, même dans les spams.

Je suis au collège pour la pré-rentrée à partir du 28, ce serait bien d'avoir l'accès d'ici là.

Julien Ricci
""", fmt="alt", cte="quoted-printable", when=(8, 19, 18, 25))

add("missing_noreply_mail", True, None, "espace_acheteur", True, "fr",
    "Forward (Gmail French style) of a colleague's message: the account was validated but the first-login link never came. The forwarder asks on her behalf.",
    "Laetitia Bartoli <laetitia.bartoli@ac-corse.fr>",
    "Fwd: lien de première connexion",
    """Bonjour,

Je vous transfère le message de ma collègue, absente jusqu'au 25 août. Elle a bien reçu la validation de son compte mais pas le lien de première connexion.

Merci !
Laetitia

---------- Forwarded message ---------
De : Marie Santucci <marie.santucci@ac-corse.fr>
Date: ven. 1 août 2025 à 17:40
Subject: lien de première connexion
To: Laetitia Bartoli <laetitia.bartoli@ac-corse.fr>

Laeti, tu peux écrire à l'assistance pour moi ? J'ai le mail qui dit que le compte est validé, mais jamais celui avec le lien sécurisé pour se connecter la première fois. Je pars demain, merci !!
""", fmt="alt", cte="quoted-printable", mailer=None, when=(8, 4, 9, 12))

add("missing_noreply_mail", True, "0040271Y", "espace_acheteur", False, "fr",
    "ISO-8859-1 8-bit body from an older Thunderbird; sign-up confirmation not received.",
    "Gérard Reynaud <gerard.reynaud@ac-aix-marseille.fr>",
    "Inscription espace acheteur",
    """Bonjour,

Inscription faite le 2 juillet pour le collège Maria Borrély de Digne (0040271Y). Je n'ai jamais eu le mail de confirmation.

Gérard Reynaud
""", fmt="latin1", cte="8bit", mailer="Mozilla Thunderbird 91.13.0", when=(7, 9, 8, 58))

add("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
    "English; an IT contractor asks for the exact no-reply sender address to allow, since no automatic mail arrives at the school group.",
    "Daniel Costa <dcosta@it-riviera-services.example.com>",
    "Sender address to whitelist?",
    """Hello,

We manage the mail for a group of private schools around Nice. None of the users get the automatic e-mails from your buyer platform (activation, new password). Before I dig into our filters, could you tell me the exact sender address and domain used by those messages?

Regards,
Daniel Costa
IT Riviera Services
""", fmt="alt", cte="7bit", when=(7, 17, 15, 2))

add("missing_noreply_mail", True, "6200561R", "espace_acheteur", False, "fr",
    "Typed on a phone, few accents; never got the confirmation mail, UAI given in the signature as 'RNE'.",
    "Francoise Leca <francoise.leca@ac-corse.fr>",
    "mail confirmation",
    """bonjour
jai jamais recu le mail de confirmation pour l espace acheteur, jai regarde dans courrier indesirable rien
merci
F Leca
RNE 6200561R
""", cte="8bit", mailer="iPhone Mail (21G93)", when=(8, 11, 21, 4))

# ---------------------------------------------------------------- mailinblack_spam
add("mailinblack_spam", True, "0132958V", "espace_acheteur", False, "fr",
    "MailInBlack named: the activation mail is held in quarantine; asks what to allow.",
    "Fabien Giordano <fabien.giordano@ac-aix-marseille.fr>",
    "Message bloqué par MailInBlack",
    """Bonjour,

Notre lycée (0132958V, Aix-en-Provence) utilise MailInBlack depuis ce printemps. Je vois dans ma quarantaine un message de votre plateforme avec le lien d'activation, mais je ne peux pas le libérer moi-même.

Quelle adresse faut-il autoriser ?

Fabien Giordano
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(7, 11, 9, 10))

add("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
    "Spelled 'mail in black', typed quickly; no UAI, non-academic sender.",
    "Compta Collège Sainte-Jeanne <compta@stejeanne-toulon.example.fr>",
    "mails bloqués",
    """bonjour nos mails de votre plateforme sont bloqués par mail in black, on a cliqué sur le lien mais toujours bloqué
pouvez vous nous envoyer la marche a suivre
merci
""", cte="8bit", when=(8, 1, 14, 35))

add("mailinblack_spam", True, "7200746Y", "espace_acheteur", False, "fr",
    "The IT department of the Haute-Corse school asks which senders to allow-list in MailInBlack before the rentrée.",
    "Pierre-Marie Battesti <pm.battesti@ac-corse.fr>",
    "Liste blanche MailInBlack - préparation rentrée",
    """Bonjour,

Je suis le référent informatique du lycée agricole de Borgo (7200746Y). Nous avons MailInBlack sur le domaine de l'établissement et je voudrais mettre en liste blanche vos adresses d'envoi avant la rentrée, pour éviter les soucis de l'an passé.

Pouvez-vous m'indiquer les expéditeurs et domaines concernés ?

Merci,
Pierre-Marie Battesti
""", fmt="alt", cte="quoted-printable", mailer="Mozilla Thunderbird 128.1.0", when=(8, 25, 14, 0))

add("mailinblack_spam", True, None, "espace_acheteur", False, "en",
    "English; MailinBlack quarantine holds the password mails.",
    "Sarah O'Connell <s.oconnell@international-school-cotedazur.example.org>",
    "Emails stuck in MailinBlack",
    """Hello,

Our school switched to MailinBlack in June. Since then the password e-mails from your platform land in the MailinBlack quarantine and I get a daily report instead. Is there a guide for allowing your messages?

Thank you,
Sarah O'Connell
Business Manager
""", fmt="alt", cte="7bit", mailer="Microsoft Outlook 16.0", when=(7, 14, 10, 27))

add("mailinblack_spam", False, "0061655S", "espace_acheteur", True, "fr",
    "Two topics: MailInBlack holds the mails (main) and she also asks who the structure's administrator is; a single template answers only half.",
    "Christine Lambert <christine.lambert@ac-nice.fr>",
    "Mailinblack + administrateur",
    """Bonjour,

Je fais le point avant de partir en congés :
- vos mails (activation, nouveau mot de passe) sont retenus par Mailinblack chez nous, il faut les libérer à la main à chaque fois ;
- et je ne sais pas qui est l'administrateur de notre structure sur l'Espace Acheteur, mon compte attend sa validation.

Lycée Amiral de Grasse, 0061655S.

Bonnes vacances à vous aussi,
Christine Lambert
""", fmt="alt", cte="quoted-printable", when=(7, 11, 16, 50))

add("mailinblack_spam", False, "0830231A", "espace_acheteur", True, "fr",
    "Describes the sender-authentication challenge (a page asking the sender to prove it is human) without naming MailInBlack: a person should confirm the product before sending the guide.",
    "Yannick Morel <yannick.morel@ac-nice.fr>",
    "Votre messagerie doit « prouver qu'elle n'est pas un robot » ?",
    """Bonjour,

Le service informatique de la ville a installé un nouvel anti-spam cet été. Depuis, les expéditeurs inconnus reçoivent un message leur demandant de cliquer pour prouver qu'ils sont humains, et vos mails automatiques n'arrivent plus (je suppose que votre robot ne clique pas !).

Collège Django Reinhardt, Toulon (0830231A). Je ne connais pas le nom du produit.

Yannick Morel
""", fmt="alt", cte="quoted-printable", when=(8, 21, 11, 20))

add("mailinblack_spam", True, "6200158C", "espace_acheteur", False, "fr",
    "A person forwards the daily MailInBlack quarantine report; the question above it is real.",
    "Paul-Antoine Mondoloni <pa.mondoloni@ac-corse.fr>",
    "TR: Rapport de quarantaine Mailinblack",
    """Bonjour,

Voir ci-dessous : vos messages finissent tous les jours dans ce rapport. Comment faire pour qu'ils arrivent directement ?
Collège d'Ajaccio 6200158C.

P-A Mondoloni

-------- Message transféré --------
Sujet : Rapport de quarantaine Mailinblack
Date : Wed, 6 Aug 2025 07:00:03 +0200
De : Mailinblack <noreply@mailinblack.example.com>

Vous avez 3 messages en attente :
- no-reply@espace-acheteur.example.fr  « Activation de votre compte »
- no-reply@espace-acheteur.example.fr  « Votre nouveau mot de passe »
- newsletter@promo-fournitures.example.com « -50 % sur les cartables »
[Libérer] [Autoriser l'expéditeur] [Bloquer]
""", cte="8bit", mailer="Mozilla Thunderbird 128.1.0", when=(8, 6, 8, 40))

add("mailinblack_spam", True, "0840522L", "espace_acheteur", True, "fr",
    "Checked the junk folder as told, but now says their IT confirmed MailInBlack is blocking: reply quoting the junk-folder answer; the MailInBlack guide is the right answer now.",
    "Martine Jullien <martine.jullien@ac-aix-marseille.fr>",
    "RE: [#SUP-017904] Mail non reçu",
    """Bonjour,

Rien dans les indésirables. Notre informaticien vient de me dire que c'est Mail In Black qui bloque les messages de votre domaine. Que doit-il faire ?

Martine Jullien
Collège Joseph Roumanille, Avignon (0840522L)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 3 juillet 2025 11:20
Objet : [#SUP-017904] Mail non reçu

Bonjour, pensez à vérifier votre dossier de courriers indésirables...
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", reply="SUP-017904", when=(7, 4, 15, 5))

add("mailinblack_spam", True, None, None, False, "fr",
    "One line from a phone: blocked by Mailinblack, send the guide. No platform named; region from ac-nice.fr.",
    "Serge Castelli <serge.castelli@ac-nice.fr>",
    "Mailinblack",
    """Vos messages sont bloqués par Mailinblack, envoyez moi la procédure svp. Merci
""", cte="8bit", mailer="iPhone Mail (21F90)", when=(7, 26, 9, 1))

add("mailinblack_spam", True, "0131893M", "espace_acheteur", False, "fr",
    "HTML-only Outlook; the Département installed MailInBlack on the collèges' domain this summer.",
    "Nadia Haddad <nadia.haddad@ac-aix-marseille.fr>",
    "Nouvel anti-spam MAILINBLACK",
    """Bonjour,

Le Département a déployé MAILINBLACK sur les messageries des collèges pendant l'été. Depuis, je ne reçois plus vos notifications de l'Espace Acheteur.

Faut-il autoriser une adresse précise ou tout le domaine ?

Collège Vieux-Port, Marseille — 0131893M
Nadia Haddad, adjointe gestionnaire
""", fmt="html", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(8, 28, 14, 15))

add("mailinblack_spam", False, "7200337D", "espace_acheteur", True, "fr",
    "MailInBlack named, but the guide was already applied (sender allowed) and mails are still held: the standard answer has been tried; a person and the region must look.",
    "Ghjiseppu Santini <g.santini@ac-corse.fr>",
    "Toujours bloqué malgré l'autorisation MailInBlack",
    """Bonjour,

On a suivi votre guide MailInBlack début juillet : adresse no-reply autorisée, domaine aussi. Pourtant les mails d'activation sont encore mis en quarantaine, je viens d'en libérer deux à la main.

Lycée de Corte, 7200337D. Je suis le seul présent cet été, merci de voir avec l'académie.

G. Santini
""", cte="quoted-printable", when=(8, 7, 10, 33))

add("mailinblack_spam", True, "0050482X", "espace_acheteur", False, "fr",
    "Mailinblack tags the mails as from an unauthenticated sender; the gestionnaire asks for the allow-list guide.",
    "Claire Faure <claire.faure@ac-aix-marseille.fr>",
    "Demande d'authentification Mailinblack",
    """Bonjour,

Notre nouveau filtre Mailinblack affiche vos mails comme « expéditeur non authentifié ». Est-ce que vous avez un guide pour autoriser vos envois ?

Collège de Gap, UAI 0050482X.

Claire Faure
""", fmt="alt", cte="base64", mailer="Microsoft Outlook 16.0", when=(8, 29, 11, 48))
# ---------------------------------------------------------------- head_of_establishment_request
add("head_of_establishment_request", False, "6200829G", "esidoc", False, "fr",
    "The principal writes from the ce.<UAI> address to ask for the e-sidoc admin reset and a new contact address (the new librarian's) before leaving on holiday.",
    "Principal Collège Laetitia <ce.6200829G@ac-corse.fr>",
    "Demande du chef d'établissement - compte administrateur e-sidoc",
    """Madame, Monsieur,

En qualité de principal du collège Laetitia (Ajaccio, UAI 6200829G), je vous demande de bien vouloir réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc et d'en remplacer l'adresse de contact par celle de Mme Orsini, professeure documentaliste nommée au 1er septembre : sabine.orsini@ac-corse.fr.

Je serai absent du 14 juillet au 18 août ; l'adjointe, Mme Cesari, assure l'intérim.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Dominique Agostini
Principal
""", fmt="alt", cte="quoted-printable", mailer="Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF128 (Win)/9.0.0_ZEXTRAS_20240927)", when=(7, 10, 17, 32))

add("head_of_establishment_request", False, "0131055B", "espace_acheteur", False, "fr",
    "The proviseure designates the interim gestionnaire as structure administrator for the summer and asks to close the former one's access.",
    "Proviseure Lycée Thiers <ce.0131055B@ac-aix-marseille.fr>",
    "Changement d'administrateur de structure - Espace Acheteur",
    """Bonjour,

Je vous informe que M. Sébastien Pons, gestionnaire par intérim, devient administrateur de structure de notre établissement sur l'Espace Acheteur à compter de ce jour. Merci de clôturer l'accès de Mme Delorme, qui a quitté ses fonctions le 4 juillet.

Lycée Thiers, Marseille — UAI 0131055B.

Cordialement,
La proviseure,
Anne-Sophie Cayol
""", fmt="html", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(7, 7, 11, 15))

add("head_of_establishment_request", False, "0840187X", "esidoc", False, "fr",
    "The principal authorises the librarian to validate the renewal order over the summer; signed authorisation attached as PDF (named in text).",
    "Jean-Marc Reboul <jean-marc.reboul@ac-aix-marseille.fr>",
    "Autorisation de commande - renouvellement abonnement",
    """Bonjour,

Je vous confirme que j'autorise Mme Laurence Peyre, professeure documentaliste, à valider la commande de renouvellement de notre abonnement e-sidoc. Vous trouverez en pièce jointe l'autorisation signée.

Principal du collège Jean Giono, Orange (0840187X)
J.-M. Reboul
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(7, 2, 9, 44), attach=("autorisation_commande_signee.pdf", "application/pdf"))

add("head_of_establishment_request", False, "7201102K", "esidoc", True, "fr",
    "The librarian relays the head's signed letter (PDF) with the head in copy: the head's written request, relayed; staff must check letter and sender.",
    "Maria Cristofari <maria.cristofari@ac-corse.fr>",
    "Courrier du proviseur - réinitialisation accès e-sidoc",
    """Bonjour,

Vous trouverez ci-joint le courrier signé de M. le proviseur (en copie) demandant la réinitialisation du mot de passe administrateur de notre portail, comme indiqué dans votre réponse précédente.

Lycée de Balagne, L'Île-Rousse — 7201102K

Maria Cristofari
""", fmt="alt", cte="quoted-printable", cc="Proviseur <ce.7201102K@ac-corse.fr>", when=(8, 26, 14, 8), attach=("courrier_proviseur.pdf", "application/pdf"))

add("head_of_establishment_request", False, None, "esidoc", True, "fr",
    "A primary-school director gives her agreement from a personal Gmail address while on holiday, no UAI: weak evidence, staff must verify.",
    "Corinne Pastor <corinne.pastor1972@gmail.com>",
    "Accord de la directrice",
    """Bonjour,

Je suis la directrice de l'école élémentaire des Oliviers à Hyères. Je suis en vacances mais notre enseignante référente BCD me dit qu'il vous faut mon accord écrit pour changer l'adresse du compte e-sidoc de l'école. Je vous le donne par ce mail : vous pouvez mettre son adresse à elle.

Bonne journée,
Corinne Pastor
""", cte="8bit", mailer="iPhone Mail (21F90)", when=(8, 14, 20, 31))

add("head_of_establishment_request", False, "0130486H", "espace_acheteur", True, "fr",
    "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address; asks to move admin access to a Gmail. Probable spoof: still a head-of-establishment request, which staff should refuse.",
    "Proviseur Lycée Marseilleveyre <ce.0130486H@ac-aix-marseille.fr>",
    "URGENT changement adresse administrateur",
    """Bonjour,

Je suis le proviseur du lycée Marseilleveyre (0130486H). Pendant la fermeture estivale, merci de changer l'adresse du compte administrateur Espace Acheteur pour : direction.marseilleveyre@gmail.com et de m'envoyer le nouveau mot de passe à cette adresse. C'est urgent, une commande doit partir aujourd'hui.

Cordialement
Le proviseur
""", cte="8bit", auth="spoof", reply_to="direction.marseilleveyre@gmail.com", when=(8, 10, 6, 12))

add("head_of_establishment_request", False, "6200093G", "esidoc", False, "fr",
    "Zimbra reply in which the principal gives the written request the desk asked for (quoted 'Mail original').",
    "Principal Collège de Bonifacio <ce.6200093G@ac-corse.fr>",
    "Re: [#SUP-018055] Réinitialisation compte administrateur",
    """Bonjour,

Suite à votre message, je demande par la présente la réinitialisation du mot de passe administrateur e-sidoc du collège de Bonifacio (6200093G), le lien devant être envoyé sur cette adresse.

Le principal,
F. Mattei

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Principal" <ce.6200093G@ac-corse.fr>
Envoyé: Mercredi 23 Juillet 2025 10:05:11
Objet: [#SUP-018055] Réinitialisation compte administrateur

Bonjour, pour des raisons de sécurité, la demande doit être faite par écrit par le chef d'établissement...
""", cte="quoted-printable", mailer="Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - SAF17 (Mac)/9.0.0_ZEXTRAS_20240927)", reply="SUP-018055", when=(7, 24, 8, 50))

add("head_of_establishment_request", False, "0062094U", "espace_acheteur", False, "en",
    "English; the head of an international lycée names a new structure administrator and asks to close the departing bursar's account.",
    "Head of School - CIV <ce.0062094U@ac-nice.fr>",
    "New structure administrator for our school",
    """Dear Support team,

As Head of School of the Centre International de Valbonne (UAI 0062094U), I hereby designate Mr Hugo Lemaire, our new bursar, as administrator of our structure on the buyer platform from 1 September. Please close the account of Mrs Judith Kerr, who leaves us at the end of August.

Kind regards,
Andrew Mitchell
Head of School
""", fmt="alt", cte="7bit", mailer="Microsoft Outlook 16.0", when=(8, 27, 16, 5))

add("head_of_establishment_request", False, "0830064U", "espace_acheteur", False, "fr",
    "Written delegation of order validation for the summer: the principal lists who may validate orders while she is on leave.",
    "Principale Collège Marcel Pagnol <ce.0830064U@ac-nice.fr>",
    "Délégation pour la validation des commandes (été 2025)",
    """Bonjour,

Je serai en congés du 12 juillet au 17 août. Durant cette période, je délègue la validation des commandes passées sur l'Espace Acheteur à M. Rémi Carle, adjoint gestionnaire.

Collège Marcel Pagnol, Toulon — 0830064U

Cordialement,
Véronique Simon, principale
""", fmt="html", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(7, 11, 12, 2))

add("head_of_establishment_request", False, "0831347N", "esidoc", False, "fr",
    "The proviseur confirms from his phone, quoting his librarian's request (Apple quote style), that the admin reset may be done. Personal academic address, not the ce. one.",
    "Michel Tardieu <michel.tardieu@ac-nice.fr>",
    "Re: Accès administrateur e-sidoc",
    """Bonjour,
Je confirme la demande de Mme Aubry ci-dessous et j'autorise la réinitialisation du compte administrateur.
M. Tardieu, proviseur

Envoyé de mon iPhone

> Le 30 juil. 2025 à 09:12, Lucie Aubry <lucie.aubry@ac-nice.fr> a écrit :
>
> Bonjour Monsieur le Proviseur,
> L'assistance e-sidoc demande votre accord écrit pour réinitialiser l'accès administrateur du portail (lycée Costebelle, Hyères, 0831347N). Pourriez-vous leur répondre à support@assistance.example.fr ?
> Bonnes vacances,
> Lucie
""", cte="quoted-printable", mailer="iPhone Mail (21F90)", when=(7, 30, 19, 44))

add("head_of_establishment_request", False, "0050027C", "esidoc", True, "fr",
    "The body gives 0050027D (wrong check letter) but the sender address ce.0050027C@ac-aix-marseille.fr carries the valid UAI, which is the label. Head asks to reset the admin access so the departed librarian loses it.",
    "Direction Lycée Dominique Villars <ce.0050027C@ac-aix-marseille.fr>",
    "Départ de la documentaliste - accès e-sidoc",
    """Madame, Monsieur,

Notre professeure documentaliste a quitté l'établissement au 1er juillet. Afin qu'elle n'ait plus accès à l'administration du portail, je vous demande de réinitialiser le mot de passe et d'envoyer le lien sur l'adresse de l'établissement.

Lycée Dominique Villars, Gap — UAI 0050027D

Le proviseur,
Hervé Gastaldi
""", fmt="alt", cte="quoted-printable", when=(7, 17, 10, 44))

add("head_of_establishment_request", False, "7200519B", "espace_acheteur", False, "fr",
    "The director of a Haute-Corse primary school (from the ce. address, the commune's school service in copy) asks to replace the Espace Acheteur contact address by the school's.",
    "Directrice école Biguglia <ce.7200519B@ac-corse.fr>",
    "Modification de l'adresse de contact",
    """Bonjour,

Je suis la directrice de l'école primaire de Biguglia (7200519B). Je vous demande de remplacer l'adresse de contact de notre compte Espace Acheteur, qui est celle d'une enseignante partie à Lyon, par l'adresse de l'école : ce.7200519B@ac-corse.fr.

Merci,
Francesca Vincentelli
""", cte="8bit", cc="Mairie de Biguglia <scolaire@mairie-biguglia.example.fr>", when=(8, 28, 9, 21))

# ---------------------------------------------------------------- account_creation
add("account_creation", True, None, "espace_acheteur", False, "fr",
    "New buyer (a commune's school service) asks how to create an account: sign-up form answer fits.",
    "Lisa Moretti <l.moretti@mairie-porto-vecchio.example.fr>",
    "Création de compte",
    """Bonjour,

Je viens d'arriver au service scolaire de la mairie de Porto-Vecchio. Comment créer un compte sur votre Espace Acheteur pour commander les fournitures des écoles ?

Cordialement,
Lisa Moretti
""", fmt="alt", cte="quoted-printable", when=(7, 21, 10, 2))

add("account_creation", True, "0830609L", "espace_acheteur", False, "fr",
    "Filled the sign-up form, cannot log in: account waiting for the structure administrator (FAQ case).",
    "Romain Durand <romain.durand@ac-nice.fr>",
    "Compte en attente ?",
    """Bonjour,

J'ai rempli le formulaire d'inscription la semaine dernière (collège Le Fenouillet, La Crau — 0830609L). Quand j'essaie de me connecter, on me dit que mon compte est en attente. Que dois-je faire ?

Romain Durand
""", cte="quoted-printable", mailer="Mozilla Thunderbird 128.1.0", when=(8, 20, 9, 40))

add("account_creation", False, None, "espace_acheteur", True, "fr",
    "Account waiting for validation for three weeks; the structure administrator is on leave until September: the region must step in. Region from ac-corse.fr.",
    "Jean-Charles Cesari <jc.cesari@ac-corse.fr>",
    "Compte en attente de validation depuis 3 semaines",
    """Bonjour,

Mon compte sur l'Espace Acheteur attend toujours la validation de l'administrateur de structure. Or celui-ci est en congé jusqu'au 1er septembre et ne lit pas ses mails. Je dois passer des commandes pour la rentrée.

Quelqu'un d'autre peut-il valider mon compte ?

J.-C. Cesari, gestionnaire
""", fmt="alt", cte="quoted-printable", when=(8, 13, 11, 30))

add("account_creation", False, None, "espace_acheteur", False, "fr",
    "Asks who the structure's administrator is: needs a look-up, so a person answers. Region from ac-nice.fr.",
    "Mélanie Perrot <melanie.perrot@ac-nice.fr>",
    "Qui est notre administrateur ?",
    """Bonjour,

Je prends mes fonctions en septembre comme gestionnaire au lycée de Menton. Pouvez-vous me dire qui est l'administrateur de structure de l'établissement sur l'Espace Acheteur ? Personne ici ne le sait (l'équipe est réduite en août).

Merci,
Mélanie Perrot
""", cte="8bit", when=(8, 18, 14, 12))

add("account_creation", True, "0133214Y", "esidoc", False, "fr",
    "HTML-only Outlook: the new gestionnaire wants to open the customer account before a first order.",
    "Sylvain Marchetti <sylvain.marchetti@ac-aix-marseille.fr>",
    "Ouverture compte client",
    """Bonjour,

Nous voudrions commander un abonnement e-sidoc pour la rentrée. Comment ouvrir notre compte client ? Collège Henri Wallon, Marseille (0133214Y).

Sylvain Marchetti
""", fmt="html", cte="base64", mailer="Microsoft Outlook 16.0", when=(8, 25, 15, 20))

add("account_creation", True, "0061408Y", "espace_acheteur", True, "fr",
    "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account. account_creation, not password_reset.",
    "Agnès Peretti <agnes.peretti@ac-nice.fr>",
    "Pas de compte",
    """Bonjour,

Je précise tout de suite : je n'ai pas oublié mon mot de passe, je n'ai tout simplement jamais eu de compte sur l'Espace Acheteur ! La collègue qui passait les commandes est partie en juin.

Comment faire pour en avoir un ? Lycée Tocqueville, Grasse, 0061408Y.

Agnès Peretti
""", fmt="alt", cte="quoted-printable", when=(7, 4, 11, 58))

add("account_creation", False, "0132390C", "espace_acheteur", False, "fr",
    "Account works; asks for order-management rights to be opened for the summer interim.",
    "Hugo Benoit <hugo.benoit@ac-aix-marseille.fr>",
    "Droits de commande",
    """Bonjour,

J'ai bien accès à l'Espace Acheteur mais je ne vois pas le bouton pour passer commande. J'assure l'intérim de la gestion au collège Marseilleveyre jusqu'au 31 août (0132390C). Pouvez-vous m'ouvrir les droits de commande ?

Hugo Benoit
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(7, 29, 10, 18))

add("account_creation", False, None, "espace_acheteur", False, "en",
    "English; a new bilingual school opening in September near Aix wants a buyer account: eligibility must be checked by a person.",
    "Olivia Grant <olivia.grant@provence-bilingual-academy.example.com>",
    "Opening an account for a new school",
    """Good afternoon,

We are a new bilingual primary school opening this September near Aix-en-Provence. We would like to use your purchasing platform for furniture and books. Are we eligible, and how do we open an account?

Best regards,
Olivia Grant
Administrator
""", fmt="alt", cte="7bit", when=(7, 16, 14, 2))

add("account_creation", False, "7200688K", "esidoc", True, "fr",
    "The establishment's UAI is not in the list when opening the customer account (new school merged this summer): the FAQ sends these to the sales team.",
    "Dominique Franceschi <dominique.franceschi@ac-corse.fr>",
    "UAI introuvable à l'inscription",
    """Bonjour,

Nous voulons créer le compte client de la nouvelle cité scolaire de Corte (fusion du collège et du lycée au 1er septembre). Notre UAI, 7200688K, n'apparaît pas dans la liste quand je fais la demande.

Comment faire ?

Dominique Franceschi
""", cte="quoted-printable", when=(8, 22, 10, 0))

add("account_creation", True, None, "esidoc", False, "fr",
    "A private school's new librarian asks how to create her account on the e-sidoc customer space; non-academic sender.",
    "Bénédicte Aubert <cdi@institution-saint-charles-avignon.example.fr>",
    "Inscription espace client",
    """Bonjour,

Nouvelle documentaliste à l'Institution Saint-Charles (Avignon), je voudrais créer un compte sur l'espace client e-sidoc pour gérer nos abonnements. Où dois-je m'inscrire ?

Merci
Bénédicte Aubert
""", fmt="alt", cte="quoted-printable", when=(8, 28, 16, 40))
# ---------------------------------------------------------------- subscription_activation
add("subscription_activation", True, "0130649K", "esidoc", False, "fr",
    "Europresse ordered yesterday for the rentrée, not visible yet: within the 72-hour window.",
    "Amandine Rossi <amandine.rossi@ac-aix-marseille.fr>",
    "Abonnement Europresse pas encore visible",
    """Bonjour,

Nous avons commandé hier l'abonnement Europresse pour l'année 2025-2026. Il n'apparaît pas encore dans les ressources du portail. Faut-il faire quelque chose de notre côté ?

Lycée Vauvenargues, Aix — 0130649K

Amandine Rossi
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(8, 26, 10, 30))

add("subscription_activation", True, "6200635W", "esidoc", False, "fr",
    "Short: please activate the subscription, order validated two days ago.",
    "Letizia Nicolai <letizia.nicolai@ac-corse.fr>",
    "activation abonnement",
    """Bonjour, commande validée avant-hier, pouvez-vous activer l'abonnement ? Collège de Sartène 6200635W. Merci. L. Nicolai
""", cte="8bit", when=(8, 27, 17, 2))

add("subscription_activation", True, "0841462H", "esidoc", False, "fr",
    "Renewed subscription still shown as expired in 'Mes abonnements'; renewal done the day before.",
    "François Aymard <francois.aymard@ac-aix-marseille.fr>",
    "Abonnement toujours expiré après renouvellement",
    """Bonjour,

J'ai renouvelé hier notre abonnement, mais dans « Mes abonnements » il est toujours marqué « expiré ». Est-ce juste un délai ?

Collège Marie Mauron, Cavaillon (0841462H)

F. Aymard
""", fmt="alt", cte="quoted-printable", when=(7, 2, 15, 14))

add("subscription_activation", False, "0061883P", "esidoc", False, "fr",
    "Ordered in early July, still not active at the end of August: far past the 72-hour rule, a person must look at the order.",
    "Stéphanie Lopez <stephanie.lopez@ac-nice.fr>",
    "Abonnement commandé le 3 juillet toujours inactif",
    """Bonjour,

L'abonnement Cafeyn a été commandé et payé le 3 juillet. Nous sommes le 25 août et il n'est toujours pas actif sur notre portail. J'ai attendu en pensant que c'était lié aux vacances, mais la rentrée arrive.

Collège Jules Romains, Nice — 0061883P

Merci de vérifier la commande,
Stéphanie Lopez
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(8, 25, 9, 5))

add("subscription_activation", True, "7200019H", "esidoc", True, "fr",
    "Negation: login works, 'ce n'est pas un problème de mot de passe'; the Universalis resource is not published for pupils.",
    "Ange Pietri <ange.pietri@ac-corse.fr>",
    "Universalis invisible pour les élèves",
    """Bonjour,

Ce n'est pas un problème de mot de passe, j'arrive très bien à me connecter. Mais la ressource Universalis, active depuis hier, n'apparaît pas côté élèves sur le portail. Comment la publier ?

Lycée Giocante de Casabianca, Bastia (7200019H)

Ange Pietri
""", cte="quoted-printable", mailer="Mozilla Thunderbird 128.1.0", when=(8, 28, 11, 22))

add("subscription_activation", True, "0830417C", "esidoc", False, "fr",
    "How to publish the newly ordered resource on the portal before the rentrée.",
    "Sabrina Pellegrino <sabrina.pellegrino@ac-nice.fr>",
    "Publier une ressource sur le portail",
    """Bonjour,

Nous avons souscrit à une nouvelle ressource numérique (Le Robert en ligne) la semaine dernière. Je la vois dans la gestion, mais comment la rendre visible sur la page d'accueil du portail pour la rentrée ?

Sabrina Pellegrino
Collège de Fréjus (0830417C)
""", fmt="alt", cte="quoted-printable", when=(8, 29, 14, 45))

add("subscription_activation", True, "0040689C", "esidoc", True, "fr",
    "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
    "Principal Collège Paul Arène <ce.0040689C@ac-aix-marseille.fr>",
    "Disponibilité de l'abonnement",
    """Bonjour,

Notre commande d'abonnement a été validée ce matin. Pouvez-vous me dire à partir de quand les élèves y auront accès ? Je souhaite l'annoncer aux familles à la rentrée.

Le principal du collège Paul Arène, Sisteron
""", fmt="alt", cte="quoted-printable", mailer="Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF128 (Win)/9.0.0_ZEXTRAS_20240927)", when=(7, 3, 11, 0))

add("subscription_activation", True, None, "esidoc", False, "en",
    "English; ordered the press subscription yesterday, not yet reachable. No UAI; region from ac-nice.fr.",
    "Paul Becker <paul.becker@ac-nice.fr>",
    "Subscription not active yet",
    """Hi,

We placed the order for the online newspaper subscription yesterday afternoon. It does not show up in our portal yet. How long does activation usually take?

Thanks,
Paul Becker (librarian, Lycée international, Nice)
""", cte="7bit", when=(8, 21, 10, 4))

add("subscription_activation", True, "0133651Y", "esidoc", False, "fr",
    "Irritated tone; a resource ordered 24 hours ago and not yet reachable.",
    "Rachid Mansouri <rachid.mansouri@ac-aix-marseille.fr>",
    "Toujours rien !!",
    """Bonjour,

Commande passée HIER, et la ressource n'est TOUJOURS pas accessible. On paie pour un service, j'aimerais qu'il fonctionne. Lycée Jean Perrin, 0133651Y.

R. Mansouri
""", cte="8bit", when=(7, 9, 16, 37))

add("subscription_activation", True, "7200871J", "esidoc", False, "fr",
    "Screenshot of an empty resources block (attached PNG); the new subscription was ordered yesterday.",
    "Julie Rocca Serra <julie.roccaserra@ac-corse.fr>",
    "Bloc ressources vide",
    """Bonjour,

Ci-joint une capture : le bloc « Ressources numériques » de notre portail est vide alors que l'abonnement a été commandé hier. Lycée de Calvi, 7200871J.

Bonne journée,
Julie
""", fmt="alt", cte="quoted-printable", when=(8, 27, 9, 18), attach=("capture_portail.png", "image/png"))

# ---------------------------------------------------------------- order_billing
add("order_billing", False, "0060236Z", "esidoc", False, "fr",
    "Asks for a formal quote for the renewal, needed for the bon d'engagement before the accounting closes in August.",
    "Éric Barbier <eric.barbier@ac-nice.fr>",
    "Demande de devis - renouvellement 2025-2026",
    """Bonjour,

Pourriez-vous nous transmettre un devis pour le renouvellement de notre abonnement e-sidoc (année 2025-2026) ? J'en ai besoin pour établir le bon d'engagement avant la fermeture de l'agence comptable le 1er août.

Lycée Calmette, Nice — 0060236Z

Éric Barbier, gestionnaire
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(7, 15, 10, 2))

add("order_billing", False, "0840893P", "esidoc", False, "fr",
    "Order validated in June, invoice still not on Chorus; the agent on leave hands the file over to a colleague in copy.",
    "Nicole Souchon <nicole.souchon@ac-aix-marseille.fr>",
    "Facture absente de Chorus Pro",
    """Bonjour,

Notre commande de juin est validée mais la facture n'est toujours pas déposée sur Chorus Pro. Je pars en congés ce soir ; ma collègue Mme Durieux (en copie) suit le dossier en mon absence.

Lycée Théodore Aubanel, Avignon — 0840893P

Nicole Souchon
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", cc="Agnès Durieux <agnes.durieux@ac-aix-marseille.fr>", when=(7, 18, 17, 48))

add("order_billing", False, None, "espace_acheteur", False, "fr",
    "The saved basket disappeared over the summer (baskets are kept 15 days).",
    "Cécile Rinaldi <cecile.rinaldi@ac-corse.fr>",
    "Panier disparu",
    """Bonjour,

J'avais préparé un panier de commande avant les vacances pour les manuels de la rentrée. En me connectant aujourd'hui, il a disparu ! Est-ce qu'on peut le récupérer ?

Cécile Rinaldi
""", cte="8bit", when=(8, 19, 9, 9))

add("order_billing", False, "0131708L", "esidoc", False, "fr",
    "HTML-only Outlook (windows-1252 with the euro sign): invoice amount differs from the quote.",
    "Agence comptable Lycée Marcel Pagnol <agence.comptable@lycee-pagnol-marseille.example.fr>",
    "Écart entre devis et facture",
    """Bonjour,

La facture reçue le 2 juillet s'élève à 1 284,00 € alors que le devis signé indiquait 1 164,00 €. Pouvez-vous nous expliquer l'écart ou émettre un avoir ?

Lycée Marcel Pagnol, Marseille — 0131708L

L'agence comptable
""", fmt="html1252", cte="quoted-printable", mailer="Microsoft Outlook 15.0", when=(7, 7, 14, 22))

add("order_billing", False, None, "esidoc", False, "fr",
    "Private school asks whether it can pay by bank transfer and for the bank details; ISO-8859-15 body.",
    "Économat Notre-Dame <economat@notredame-cannes.example.fr>",
    "Paiement par virement",
    """Bonjour,

Pour notre commande d'abonnement, est-il possible de payer par virement ? Si oui, pouvez-vous nous envoyer votre RIB ?

Merci,
L'économat
""", fmt="latin9", cte="8bit", when=(8, 22, 11, 5))

add("order_billing", False, "6200412D", "esidoc", True, "fr",
    "Two topics: wrong invoice address (main) and a reminder received for an invoice already paid by mandat; both billing, one person must handle it.",
    "Orsu Antone Peraldi <oa.peraldi@ac-corse.fr>",
    "Facture + relance",
    """Bonjour,

Deux points concernant le collège de Porto-Vecchio (6200412D) :
- la facture 2025-0718 est adressée à l'ancien nom de l'établissement, il faudrait la refaire ;
- nous avons reçu une relance pour la facture 2025-0433, payée par mandat administratif le 20 juin.

Je suis seul à l'intendance jusqu'au 22 août.

O.A. Peraldi
""", fmt="alt", cte="quoted-printable", when=(8, 8, 10, 50))

add("order_billing", False, None, "esidoc", False, "en",
    "English Outlook reply asking to address the invoice to the accounting office, quoting the order confirmation.",
    "Mark Jennings <mark.jennings@ac-nice.fr>",
    "RE: Order confirmation 2025-1187",
    """Hello,

Could you please address the invoice for this order to our accounting office (Agence comptable, same address) rather than to the library? Otherwise it gets stuck over the summer.

Regards,
Mark Jennings

From: Orders <orders@assistance.example.fr>
Sent: Thursday, July 24, 2025 3:10 PM
To: Mark Jennings <mark.jennings@ac-nice.fr>
Subject: Order confirmation 2025-1187

Your order 2025-1187 has been validated.
""", fmt="alt", cte="7bit", mailer="Microsoft Outlook 16.0", when=(7, 25, 9, 12))

add("order_billing", False, "0830609L", "espace_acheteur", False, "fr",
    "The bon d'engagement upload fails at order validation ('format non accepté'); PDF attached.",
    "Laurent Vial <laurent.vial@ac-nice.fr>",
    "Impossible de joindre le bon d'engagement",
    """Bonjour,

Au moment de valider la commande sur l'Espace Acheteur, le site refuse mon bon d'engagement (« format non accepté »). C'est pourtant un PDF, je vous le joins.

Collège Le Fenouillet, La Crau (0830609L)

Laurent Vial
""", fmt="alt", cte="quoted-printable", when=(8, 27, 11, 36), attach=("BE_2025_148.pdf", "application/pdf"))

# ---------------------------------------------------------------- transfer_incident
add("transfer_incident", False, None, "ecoledirecte", False, "fr",
    "Last EcoleDirecte transfer dates from before the holidays; the rentrée timetables must go up.",
    "Secrétariat Institution Sainte-Marie <secretariat@ste-marie-la-seyne.example.fr>",
    "Transferts EcoleDirecte arrêtés",
    """Bonjour,

Le dernier transfert vers EcoleDirecte date du 4 juillet. Depuis, rien ne passe, et nous devons publier les emplois du temps et les listes de classes pour la rentrée.

Pouvez-vous nous aider ?

Le secrétariat
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(8, 25, 9, 55))

add("transfer_incident", False, None, "ecoledirecte", False, "fr",
    "'Licence expirée' at start-up after the summer server change: licence to regenerate.",
    "Informatique Saint-Joseph <informatique@stjoseph-avignon.example.fr>",
    "Licence expirée",
    """Bonjour,

Nous avons changé de serveur pendant l'été. Au démarrage, le logiciel affiche « Licence expirée » et les transferts sont bloqués. Pouvez-vous régénérer la licence ?

Le service informatique
""", cte="8bit", when=(8, 18, 8, 20))

add("transfer_incident", False, None, "ecoledirecte", True, "fr",
    "Asks for 'le mot de passe de maintenance du jour' to reindex the base: transfer_incident per the taxonomy, not password_reset.",
    "Thomas Guerrini <t.guerrini@college-prive-ajaccio.example.fr>",
    "Mot de passe de maintenance",
    """Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois réindexer la base avant de relancer les transferts (je suis seul au collège cette semaine).

Thomas Guerrini
""", cte="quoted-printable", when=(8, 12, 8, 5))

add("transfer_incident", False, None, "ecoledirecte", False, "fr",
    "The new antivirus installed in summer quarantines the transfer tool; transfers no longer run.",
    "Nicolas Fiori <nicolas.fiori@ensemble-scolaire-bastia.example.fr>",
    "Antivirus et outil de transfert",
    """Bonjour,

Le nouvel antivirus installé cet été met en quarantaine l'exécutable de l'outil de transfert EcoleDirecte. Du coup plus aucun transfert ne part. Quels fichiers faut-il exclure ?

Nicolas Fiori
""", fmt="alt", cte="quoted-printable", when=(8, 21, 14, 30))

add("transfer_incident", False, None, "ecoledirecte", True, "fr",
    "Written by the head of a private school, forwarding (Apple Mail) a parent's complaint that grades no longer reach EcoleDirecte: not a head-of-establishment request.",
    "Directeur Cours Saint-Louis <direction@cours-saint-louis-toulon.example.fr>",
    "Fwd: notes invisibles",
    """Bonjour,

Voici le message d'un parent. Les bulletins du 3e trimestre n'apparaissent pas dans EcoleDirecte ; nos transferts semblent bloqués depuis fin juin.

Merci de regarder rapidement,
Le directeur

Début du message réexpédié :

De: Famille Roussel <roussel.famille@free.fr>
Date: 7 juillet 2025 à 21:03:44 UTC+2
À: direction@cours-saint-louis-toulon.example.fr
Objet: notes invisibles

Bonjour, nous ne voyons pas le bulletin de notre fils sur EcoleDirecte, pouvez-vous vérifier ? Cordialement
""", cte="quoted-printable", mailer="Apple Mail (2.3774.600.62)", when=(7, 8, 8, 44))

add("transfer_incident", False, None, "ecoledirecte", False, "fr",
    "HTML-only Outlook: several transfer processes stuck after the summer restart.",
    "Support informatique OGEC Provence <support@ogec-provence.example.fr>",
    "Processus de transfert bloqués",
    """Bonjour,

Après le redémarrage des postes fin août, plusieurs processus de l'outil de transfert restent bloqués dans le gestionnaire des tâches et aucun transfert vers EcoleDirecte n'aboutit.

Merci de votre aide.
""", fmt="html", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(8, 28, 10, 10))

add("transfer_incident", False, None, "ecoledirecte", False, "fr",
    "After the summer restore of the server, replication must be re-initialised; ISO-8859-1 8-bit body.",
    "Alain Poggi <a.poggi@institution-jeanne-darc-bastia.example.fr>",
    "Réinitialisation réplication après restauration",
    """Bonjour,

Nous avons dû restaurer le serveur à partir d'une sauvegarde du 30 juin. Depuis, la réplication vers EcoleDirecte est en erreur. Faut-il la réinitialiser de votre côté ?

Alain Poggi
""", fmt="latin1", cte="8bit", when=(8, 20, 15, 0))

# ---------------------------------------------------------------- contract_documents
add("contract_documents", False, None, "espace_acheteur", False, "fr",
    "Market for school furniture no longer found in 'Mes Marchés' while preparing the rentrée orders.",
    "Valentin Roche <valentin.roche@ac-aix-marseille.fr>",
    "Marché mobilier introuvable",
    """Bonjour,

Je ne retrouve plus le marché 2024-031 (mobilier scolaire) dans « Mes Marchés ». Il y était en juin. J'en ai besoin pour les commandes de la rentrée.

Valentin Roche
""", fmt="alt", cte="quoted-printable", when=(8, 20, 11, 2))

add("contract_documents", False, "0060071V", "espace_acheteur", False, "fr",
    "Amendment no. 1 of the papeterie market is missing from the contract documents.",
    "Audrey Camous <audrey.camous@ac-nice.fr>",
    "Avenant manquant",
    """Bonjour,

L'avenant n° 1 au marché de papeterie (révision des prix au 1er juillet) n'apparaît pas dans les documents du marché. Pouvez-vous l'ajouter ?

Lycée Masséna, Nice — 0060071V
""", fmt="alt", cte="quoted-printable", mailer="Microsoft Outlook 16.0", when=(7, 9, 10, 40))

add("contract_documents", False, None, "espace_acheteur", False, "fr",
    "The membership convention opens as an empty file.",
    "Mairie d'Embrun - service éducation <education@mairie-embrun.example.fr>",
    "Convention d'adhésion vide",
    """Bonjour,

Quand nous ouvrons la convention d'adhésion depuis l'Espace Acheteur, le PDF est vide (0 page). Pouvez-vous la remettre en ligne ou nous l'envoyer ?

Service éducation
""", cte="8bit", when=(7, 24, 14, 14))

add("contract_documents", False, "6200012U", "espace_acheteur", True, "fr",
    "Could see the conventions on the old platform, not on the new one: contract_documents, though the fix may be access rights (close to account_creation).",
    "Anne-Marie Colonna <am.colonna@ac-corse.fr>",
    "Conventions invisibles sur la nouvelle plateforme",
    """Bonjour,

Sur l'ancienne plateforme je voyais toutes nos conventions. Sur la nouvelle, la rubrique est vide. Collège Fesch, 6200012U.

Merci,
Anne-Marie Colonna
""", fmt="alt", cte="quoted-printable", when=(8, 26, 16, 16))

add("contract_documents", False, None, "espace_acheteur", False, "fr",
    "CCAP not found for the 2025 school-supplies market. Region from ac-corse.fr.",
    "Tony Santoni <tony.santoni@ac-corse.fr>",
    "CCAP",
    """Bonjour
Où trouver le CCAP du marché fournitures scolaires 2025-007 ? Il n'est pas dans les pièces du marché.
Merci
""", cte="8bit", when=(7, 1, 9, 30))

add("contract_documents", False, "0831523E", "espace_acheteur", False, "fr",
    "Follow-up reply (Gmail quote): the administrative certificate is still missing after the region's answer.",
    "Isabelle Blanc <isabelle.blanc@ac-nice.fr>",
    "Re: [#SUP-017766] Attestation administrative",
    """Bonjour,

Merci pour votre retour de juillet, mais l'attestation administrative du marché 2023-112 n'est toujours pas disponible dans les documents. Lycée Raynouard, 0831523E.

Isabelle Blanc

Le jeu. 17 juil. 2025 à 14:05, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Nous avons transmis votre demande à l'équipe marchés.
> L'équipe Assistance
""", fmt="alt", cte="quoted-printable", reply="SUP-017766", when=(8, 21, 9, 41))
# ---------------------------------------------------------------- automated
OOO_ZIMBRA = {"Auto-Submitted": "auto-replied (zimbra; vacation)", "Precedence": "bulk"}
OOO_EXCH = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
            "X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent"}
OOO_GMAIL = {"Auto-Submitted": "auto-replied", "Precedence": "bulk"}

add("automated", False, None, None, False, "fr",
    "Academic webmail vacation reply to a ticket: Zimbra Auto-Submitted header. Region from the ac-corse.fr sender.",
    "Marie-Laure Ottavi <marie-laure.ottavi@ac-corse.fr>",
    "Absente : [#SUP-018201] Mot de passe e-sidoc",
    """Bonjour,

Je suis en congés jusqu'au 22 août inclus. Votre message sera lu à mon retour.

Bon été,
Marie-Laure Ottavi
""", cte="quoted-printable", hdrs=OOO_ZIMBRA, reply="SUP-018201", when=(8, 4, 10, 1))

add("automated", False, None, None, False, "fr",
    "Exchange out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress); region from ac-nice.fr.",
    "Éric Barbier <eric.barbier@ac-nice.fr>",
    "Réponse automatique : [#SUP-018166] Demande de devis - renouvellement 2025-2026",
    """Bonjour,

Je suis absent du 19 juillet au 18 août. Pendant cette période, l'intendance est fermée. Pour une urgence, contactez le secrétariat de direction au 04 93 00 00 00.

Cordialement,
Éric Barbier
""", fmt="alt", cte="quoted-printable", hdrs=OOO_EXCH, reply="SUP-018166", when=(7, 21, 9, 2))

add("automated", False, None, None, False, "fr",
    "Gmail vacation responder from a personal address (Auto-Submitted: auto-replied).",
    "Karim Bensaid <karim.bensaid13@gmail.com>",
    "Re: [#SUP-018190] mdp",
    """Je suis en vacances sans réseau jusqu'au 10 août. Je répondrai à mon retour. Karim
""", cte="7bit", hdrs=OOO_GMAIL, reply="SUP-018190", when=(7, 20, 8, 0))

add("automated", False, "0132245V", None, True, "fr",
    "Out-of-office of a school office (ce.<UAI> address) that talks about e-sidoc passwords and reset links; Auto-Submitted present. UAI from the address.",
    "Collège Jean Moulin <ce.0132245V@ac-aix-marseille.fr>",
    "Réponse automatique : fermeture estivale",
    """Bonjour,

Le collège est fermé du 14 juillet au 18 août 2025. Les messages reçus pendant cette période ne seront pas traités.

Pour les demandes de mot de passe e-sidoc ou de lien de réinitialisation, merci de renouveler votre demande à partir du 19 août.

Le secrétariat
""", fmt="alt", cte="quoted-printable", hdrs=OOO_EXCH, when=(7, 22, 14, 3))

add("automated", False, None, None, True, "fr",
    "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
    "Gilles Marchal <gilles.marchal@college-prive-st-roch.example.fr>",
    "Absent",
    """Ceci est un message automatique.

Je suis absent jusqu'au 25 août. Je n'aurai pas accès à mes mails pendant cette période. Pour les questions de comptabilité, merci de vous adresser à compta@college-prive-st-roch.example.fr.

Gilles Marchal
""", cte="8bit", mailer="Microsoft Outlook 16.0", when=(8, 2, 11, 17))

add("automated", False, None, None, False, "en",
    "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress.",
    "Emma Whitfield <e.whitfield@ac-nice.fr>",
    "Automatic reply: [#SUP-018377] Forgotten password - e-sidoc admin",
    """Thank you for your message. I am on annual leave until Monday 1 September with no access to e-mail. For urgent library matters please contact the school office.

Emma
""", fmt="alt", cte="7bit", hdrs=OOO_EXCH, reply="SUP-018377", when=(8, 26, 11, 41))

add("automated", False, None, None, True, "fr",
    "Out-of-office with a detailed handover (who handles orders, Espace Acheteur validation) while the gestionnaire is on leave: still an automatic reply, nothing to answer. Region from ac-aix-marseille.fr.",
    "Nicole Souchon <nicole.souchon@ac-aix-marseille.fr>",
    "Réponse automatique : [#SUP-018240] Facture absente de Chorus Pro",
    """Bonjour,

Je suis en congés du 19 juillet au 20 août.

En mon absence :
- commandes et validation sur l'Espace Acheteur : Mme Agnès Durieux (agnes.durieux@ac-aix-marseille.fr) ;
- factures et Chorus Pro : agence comptable, 04 90 00 00 00.

Merci de votre compréhension,
Nicole Souchon
""", fmt="alt", cte="quoted-printable", hdrs=OOO_EXCH, reply="SUP-018240", when=(7, 21, 8, 30))

add("automated", False, None, None, True, "fr",
    "Host-provided autoresponder in Corsican and French: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
    "Ass. Parents Lycée Fesch <apel.fesch@orange.fr>",
    "Réponse automatique",
    """Bonghjornu,
Simu in vacanze. Nous sommes en vacances jusqu'à la rentrée. Votre message sera traité en septembre.
L'association des parents d'élèves
""", cte="8bit", hdrs={"X-Autoreply": "yes", "X-Autorespond": "Réponse automatique"}, when=(8, 1, 3, 12))

add("automated", False, None, None, False, "en",
    "Postfix bounce (multipart/report delivery-status): the recipient's academic mailbox is over quota during the holidays; null Return-Path.",
    "Mail Delivery System <MAILER-DAEMON@smtp2.ac-nice.fr>",
    "Undelivered Mail Returned to Sender",
    """This is the mail system at host smtp2.ac-nice.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

<julien.ricci@ac-nice.fr>: host mbox3.ac-nice.fr[198.51.100.21] said: 552 5.2.2
    Mailbox full, quota exceeded (in reply to RCPT TO command)
""", kind="report", report_type="delivery-status",
    status="Reporting-MTA: dns; smtp2.ac-nice.fr\n\nFinal-Recipient: rfc822; julien.ricci@ac-nice.fr\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded\n",
    orig_subject="[#SUP-018412] Mail de création de compte non reçu", rp="<>", when=(8, 20, 9, 1))

add("automated", False, None, None, False, "fr",
    "Exchange Online non-delivery report in French ('Non remis :'): the former gestionnaire's address no longer exists.",
    "Microsoft Outlook <MicrosoftExchange5f1c0a2e@lyceeprivemontgrand.onmicrosoft.com>",
    "Non remis : [#SUP-018288] Votre demande d'accès",
    """Votre message n'a pas pu être remis à c.delorme@lycee-prive-montgrand.example.fr, car l'adresse e-mail est introuvable ou n'existe plus.

Comment résoudre ce problème ?
Vérifiez l'adresse du destinataire puis renvoyez le message.

Informations pour les administrateurs de messagerie :
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", kind="report", report_type="delivery-status",
    status="Reporting-MTA: dns; PR1P264MB4411.FRAP264.PROD.OUTLOOK.COM\n\nFinal-Recipient: rfc822; c.delorme@lycee-prive-montgrand.example.fr\nAction: failed\nStatus: 5.1.10\n",
    orig_subject="[#SUP-018288] Votre demande d'accès", rp="<>", hdrs={"Auto-Submitted": "auto-replied"}, when=(7, 25, 16, 3))

add("automated", False, None, None, True, "en",
    "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
    "Mail Delivery System <Mailer-Daemon@mx.camping-u-paradisu.example.fr>",
    "Mail delivery failed: returning message to sender",
    """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  contact@camping-u-paradisu.example.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Subject: Re: réservation août
From: support@assistance.example.fr
""", cte="7bit", rp="<>", when=(8, 9, 2, 44))

add("automated", False, None, None, False, "en",
    "Delay warning from a relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
    "Mail Delivery System <MAILER-DAEMON@relay.mairie-porto-vecchio.example.fr>",
    "Delayed Mail (still being retried)",
    """This is the mail system at host relay.mairie-porto-vecchio.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.
""", kind="report", report_type="delivery-status",
    status="Reporting-MTA: dns; relay.mairie-porto-vecchio.example.fr\n\nFinal-Recipient: rfc822; l.moretti@mairie-porto-vecchio.example.fr\nAction: delayed\nStatus: 4.4.1\n",
    orig_subject="[#SUP-018260] Création de compte", rp="<>", when=(7, 22, 6, 10))

add("automated", False, None, None, False, "en",
    "Gmail 'Delivery Status Notification (Failure)' for a mistyped personal address.",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "Delivery Status Notification (Failure)",
    """Address not found

Your message wasn't delivered to nathalie.fabre48@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", kind="report", report_type="delivery-status",
    status="Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; nathalie.fabre48@gmail.com\nAction: failed\nStatus: 5.1.1\n",
    orig_subject="[#SUP-018335] Urgent : mot de passe e-sidoc", rp="<>", hdrs={"Auto-Submitted": "auto-replied"}, when=(8, 9, 16, 30))

add("automated", False, None, None, False, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-corse.fr.",
    "Christophe Paoli <christophe.paoli@ac-corse.fr>",
    "Lu : [#SUP-018127] Mail de confirmation non reçu",
    """Votre message

  À : Christophe Paoli
  Objet : [#SUP-018127] Mail de confirmation non reçu
  Envoyé : mardi 29 juillet 2025 10:02:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 29 juillet 2025 10:31:54 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", kind="report", report_type="disposition-notification",
    status="Reporting-UA: ac-corse.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;christophe.paoli@ac-corse.fr\nDisposition: manual-action/MDN-sent-manually; displayed\n",
    orig_subject="[#SUP-018127] Mail de confirmation non reçu", when=(7, 29, 10, 32))

add("automated", False, None, None, False, "fr",
    "Outlook 'Non lu :' notice: message deleted without being read, after the holidays; region from ac-aix-marseille.fr.",
    "Gérard Reynaud <gerard.reynaud@ac-aix-marseille.fr>",
    "Non lu : [#SUP-018151] Inscription espace acheteur",
    """Votre message

  À : Gérard Reynaud
  Objet : [#SUP-018151] Inscription espace acheteur

a été supprimé sans avoir été lu le lundi 25 août 2025 08:12:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", kind="report", report_type="disposition-notification",
    status="Reporting-UA: ac-aix-marseille.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;gerard.reynaud@ac-aix-marseille.fr\nDisposition: manual-action/MDN-sent-manually; deleted\n",
    orig_subject="[#SUP-018151] Inscription espace acheteur", when=(8, 25, 8, 13))

add("automated", False, None, "espace_acheteur", False, "fr",
    "Marketing newsletter 'Spécial rentrée': List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
    "Centrale d'achat - Actualités <newsletter@actualites.espace-acheteur.example.fr>",
    "Spécial rentrée : vos commandes de fournitures en 3 clics",
    """Lettre d'information - août 2025

Préparez la rentrée sereinement
Les offres de fournitures scolaires 2025-2026 sont en ligne dans l'Espace Acheteur. Pensez à vérifier que l'administrateur de votre structure a bien validé les comptes de vos nouveaux collègues.

Permanence d'été : l'assistance répond du lundi au jeudi jusqu'au 22 août.

Se désinscrire : https://actualites.espace-acheteur.example.fr/u/9120/c41d
""", fmt="alt", cte="quoted-printable",
    hdrs={"List-Id": "Actualites de la centrale d'achat <actualites.espace-acheteur.example.fr>",
          "List-Unsubscribe": "<https://actualites.espace-acheteur.example.fr/u/9120/c41d>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    rp="<bounce-9120-2025-08@actualites.espace-acheteur.example.fr>", when=(8, 18, 9, 0))

add("automated", False, None, "esidoc", True, "fr",
    "A librarian's real question about the e-sidoc password, but posted to the académie's documentalistes list that the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-nice.fr sender.",
    "Rose Delmas <rose.delmas@ac-nice.fr>",
    "[docs-nice] Quelqu'un a le contact pour le mot de passe e-sidoc ?",
    """Bonjour à toutes et tous,

Je prépare la rentrée et je n'ai plus le mot de passe administrateur de notre e-sidoc. Quelqu'un sait à qui écrire en août ? Le lien de réinitialisation part sur une adresse que je n'ai plus.

Merci et bonne fin de vacances !
Rose, collège de Vence

_______________________________________________
docs-nice mailing list
https://listes.ac-nice.fr/sympa/info/docs-nice
""", cte="8bit",
    hdrs={"List-Id": "Documentalistes de l'academie de Nice <docs-nice.listes.ac-nice.fr>",
          "List-Post": "<mailto:docs-nice@listes.ac-nice.fr>", "Precedence": "list"},
    to="docs-nice@listes.ac-nice.fr", when=(8, 24, 21, 10))

add("automated", False, None, "ticket_portal", False, "fr",
    "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
    "Portail tickets <no-reply@tickets.example.fr>",
    "[Ticket #44817] Mise à jour de votre ticket",
    """Bonjour,

Le ticket #44817 « Activation Europresse - lot de rentrée » a été mis à jour par l'équipe fournisseur.

Nouveau statut : En cours de traitement

Consulter le ticket : https://tickets.example.fr/t/44817

Ceci est un message automatique, merci de ne pas y répondre.
""", fmt="alt", cte="quoted-printable", hdrs={"Auto-Submitted": "auto-generated"}, when=(8, 27, 13, 3))

add("automated", False, None, "espace_acheteur", False, "fr",
    "No-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
    "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
    "Un compte est en attente de validation",
    """Bonjour,

Un nouvel utilisateur s'est inscrit et attend la validation de son compte :

Nom : Jean-Charles Cesari
Structure : Lycée de Porto-Vecchio
Date de la demande : 22/07/2025

Connectez-vous à l'Espace Acheteur pour valider ou refuser cette demande.

Ce message est envoyé automatiquement.
""", fmt="alt", cte="quoted-printable", hdrs={"Auto-Submitted": "auto-generated"}, when=(7, 22, 10, 15))

add("automated", False, None, "esignature", True, "fr",
    "E-signature 'completed' notification for a convention: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
    "Signature électronique <ne-pas-repondre@esignature.example.fr>",
    "Document signé : Convention d'adhésion 2025-2026 - Collège de Sartène",
    """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2025-2026 - Collège de Sartène ».

Vous pouvez télécharger le document signé pendant 30 jours :
https://esignature.example.fr/d/7ac1f0e2

Cordialement,
Le service de signature électronique
""", fmt="alt", cte="quoted-printable", when=(7, 31, 18, 22))

add("automated", False, None, None, False, "fr",
    "Another help desk (académie's IT assistance) acknowledges a message the desk sent it (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-corse.fr.",
    "Assistance DSI Corse <assistance-dsi@ac-corse.fr>",
    "[DSI-2025-08814] Accusé de réception de votre demande",
    """Bonjour,

Votre demande a bien été enregistrée sous le numéro DSI-2025-08814.

En raison de la période estivale, nos délais de traitement sont allongés. Un technicien vous répondra dès que possible.

Merci de ne pas répondre à ce message.
Assistance DSI - Académie de Corse
""", cte="quoted-printable", hdrs={"Auto-Submitted": "auto-replied", "X-Loop": "assistance-dsi@ac-corse.fr"}, when=(8, 7, 11, 2))

add("automated", False, None, None, False, "en",
    "DMARC aggregate report (zip attachment) sent to the desk's address.",
    "noreply-dmarc-support@google.com",
    "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1184022930471528811",
    """This is an aggregate report from google.com.
""", kind="dmarc", when=(8, 3, 2, 0))

add("automated", False, None, None, True, "fr",
    "MailInBlack sender-authentication challenge sent TO the desk (after the desk replied to a school): a machine asks us to prove we are human. Mentions MailInBlack but is automated, not a mailinblack_spam request.",
    "Mailinblack <noreply@protect.mailinblack.example.com>",
    "Votre message à l.casanova@college-st-paul-ajaccio.example.fr est en attente",
    """Bonjour,

Votre message « [#SUP-018299] Réponse à votre demande » adressé à l.casanova@college-st-paul-ajaccio.example.fr est en attente.

Ce destinataire est protégé par Mailinblack. Pour que votre message soit délivré, merci de confirmer que vous êtes un humain en cliquant sur le lien ci-dessous :

https://protect.mailinblack.example.com/challenge/8d0c7a

Ce message a été envoyé automatiquement.
""", fmt="alt", cte="quoted-printable", hdrs={"Auto-Submitted": "auto-replied"}, when=(7, 28, 15, 46))

add("automated", False, None, None, False, "en",
    "Postfix bounce: 4.2.2 mailbox full reported as final failure after retries (multipart/report).",
    "Mail Delivery System <MAILER-DAEMON@mx.ogec-sainte-marthe.example.fr>",
    "Undelivered Mail Returned to Sender",
    """This is the mail system at host mx.ogec-sainte-marthe.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<delphine.mas@ogec-sainte-marthe.example.fr>: mailbox is over quota
""", kind="report", report_type="delivery-status",
    status="Reporting-MTA: dns; mx.ogec-sainte-marthe.example.fr\n\nFinal-Recipient: rfc822; delphine.mas@ogec-sainte-marthe.example.fr\nAction: failed\nStatus: 5.2.2\n",
    orig_subject="[#SUP-018430] Portail assistance : mail pour définir le mot de passe", rp="<>", when=(8, 24, 4, 11))

add("automated", False, "7200463R", None, False, "fr",
    "Zimbra vacation reply from the lycée's ce.<UAI> address: closed from 14 July to 20 August. UAI from the address.",
    "Lycée Pascal Paoli <ce.7200463R@ac-corse.fr>",
    "Fermeture estivale du lycée",
    """Bonjour,

Le lycée Pascal Paoli est fermé du lundi 14 juillet au mercredi 20 août 2025. Le secrétariat rouvrira le jeudi 21 août à 8 h.

Pour les inscriptions, consultez l'ENT.

Bonnes vacances,
Le secrétariat
""", cte="quoted-printable", hdrs=OOO_ZIMBRA, when=(7, 29, 9, 30))

add("automated", False, None, None, False, "fr",
    "Chorus Pro no-reply notification forwarded by a rule to the desk: an invoice is available. Auto-generated notification.",
    "Chorus Pro <ne-pas-repondre@chorus-pro.example.fr>",
    "Chorus Pro : une facture a changé de statut",
    """Bonjour,

La facture n° 2025-0718 déposée par ASSISTANCE EXAMPLE a changé de statut : MISE À DISPOSITION DU DESTINATAIRE.

Ce courriel est généré automatiquement, merci de ne pas y répondre.
""", cte="quoted-printable", hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}, when=(8, 12, 5, 30))

add("automated", False, None, None, False, "fr",
    "Académie newsletter for heads of establishment about the rentrée (List-Id, List-Unsubscribe, Precedence: bulk). Region from the ac-aix-marseille.fr sender.",
    "Lettre de la DRANE <lettre-drane@ac-aix-marseille.fr>",
    "La lettre du numérique - spécial rentrée 2025",
    """La lettre du numérique éducatif - académie d'Aix-Marseille

Au sommaire :
- Les comptes ENT des élèves de 6e seront ouverts le 1er septembre.
- Ressources documentaires : pensez à vérifier vos abonnements avant le 15 septembre.
- Formation « portail documentaire » : inscriptions ouvertes.

Vous recevez cette lettre en tant que personnel de l'académie. Se désabonner : https://listes.ac-aix-marseille.fr/u/drane
""", fmt="html", cte="quoted-printable",
    hdrs={"List-Id": "Lettre DRANE <lettre-drane.listes.ac-aix-marseille.fr>",
          "List-Unsubscribe": "<https://listes.ac-aix-marseille.fr/u/drane>", "Precedence": "bulk"},
    when=(8, 28, 7, 30))

add("automated", False, None, None, False, "en",
    "English Gmail vacation responder from a British assistant teacher (Auto-Submitted: auto-replied).",
    "Oliver Price <oliver.price.teach@gmail.com>",
    "Re: [#SUP-018318] Subscription not active yet",
    """Hi! I'm travelling around Corsica until 28 August with very patchy signal. I'll get back to you when I'm home. Cheers, Oliver
""", cte="7bit", hdrs=OOO_GMAIL, reply="SUP-018318", when=(8, 21, 10, 5))

add("automated", False, None, None, True, "fr",
    "Exchange out-of-office that mentions a password and names the colleague handling e-sidoc resets in her absence: automatic, never answered. Region from ac-nice.fr.",
    "Valérie Ferrari <valerie.ferrari@ac-nice.fr>",
    "Réponse automatique : [#SUP-018402] Je n'arrive plus à entrer dans la gestion du portail",
    """Bonjour,

Je suis absente jusqu'au 27 août.

Pour toute demande concernant le portail e-sidoc (mot de passe, comptes élèves), vous pouvez contacter ma collègue Mme Hélène Arnaud, présente au lycée le mardi.

Valérie Ferrari
""", fmt="html", cte="quoted-printable", hdrs=OOO_EXCH, reply="SUP-018402", when=(8, 22, 17, 7))

add("automated", False, None, None, False, "fr",
    "A town hall's automatic acknowledgement of receipt (Auto-Submitted: auto-replied).",
    "Mairie de Calvi <accueil@mairie-calvi.example.fr>",
    "Accusé de réception",
    """Madame, Monsieur,

Nous accusons réception de votre courriel. Durant l'été, les services municipaux fonctionnent en effectif réduit ; une réponse vous sera apportée dans les meilleurs délais.

Mairie de Calvi
""", cte="quoted-printable", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, when=(8, 6, 11, 14))
# ---------------------------------------------------------------- other
add("other", False, None, "esidoc", True, "fr",
    "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-corse.fr.",
    "Anghjula Filippi <anghjula.filippi@ac-corse.fr>",
    "Re: [#SUP-018390] Lien expiré",
    """Ça a marché, merci beaucoup et bonne fin d'été !
Anghjula

Le lun. 18 août 2025 à 14:41, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Un nouveau lien de réinitialisation du mot de passe vient de vous être envoyé.
> Il est valable 12 heures.
> L'équipe Assistance
""", cte="8bit", reply="SUP-018390", when=(8, 18, 15, 2))

add("other", False, None, None, False, "fr",
    "'Bien reçu, merci' from a phone: nothing to do. Region from ac-nice.fr.",
    "Romain Durand <romain.durand@ac-nice.fr>",
    "Re: [#SUP-018385] Compte en attente ?",
    """Bien reçu, merci.

Envoyé de mon iPhone
""", cte="7bit", mailer="iPhone Mail (21G93)", reply="SUP-018385", when=(8, 20, 12, 31))

add("other", False, None, None, False, "fr",
    "A holidaymaker asks about a campsite booking in Calvi: wrong address, unrelated.",
    "Famille Lemoine <lemoine.famille@wanadoo.fr>",
    "Réservation emplacement 12 au 19 août",
    """Bonjour,

Nous souhaiterions réserver un emplacement pour une tente et une voiture du 12 au 19 août, pour 2 adultes et 2 enfants. Reste-t-il de la place ? Le camping accepte-t-il les chiens ?

Cordialement,
Famille Lemoine
""", cte="quoted-printable", when=(7, 27, 21, 30))

add("other", False, None, None, False, "en",
    "English spam: luxury villa rentals in Corsica.",
    "Corsica Dream Villas <offers@corsica-dream-villas.example.biz>",
    "Last-minute deal: sea-view villa in Porto-Vecchio -40%",
    """Dear Sir/Madam,

Still no plans for August? Our last sea-view villas near Palombaggia are available at -40% for bookings made this week. Private pool, 8 guests, free cancellation.

Book now: http://corsica-dream-villas.example.biz/deal?ref=8812

To stop receiving offers reply STOP.
""", fmt="html", cte="base64", when=(8, 2, 4, 16))

add("other", False, None, None, True, "fr",
    "Phishing: 'votre boîte académique sera désactivée pendant l'été, confirmez votre mot de passe'. Mentions a password but is not password_reset; ac-nice-webmail.com is a look-alike, not an académie domain, so no region.",
    "Service Messagerie Académique <securite@ac-nice-webmail.com>",
    "Action requise : maintenance estivale de votre messagerie",
    """Cher utilisateur,

Dans le cadre de la maintenance estivale, les boîtes aux lettres non vérifiées seront désactivées le 15 août. Pour conserver votre accès, confirmez votre identifiant et votre mot de passe en cliquant ici :

http://ac-nice-webmail.com/verification

Service Messagerie
""", fmt="html", cte="quoted-printable", auth="fail", when=(8, 11, 3, 40))

add("other", False, None, None, False, "fr",
    "A parent asks for the rentrée supplies list of his son's collège: wrong address.",
    "Stéphane Orsoni <stephane.orsoni@sfr.fr>",
    "Liste de fournitures 6e",
    """Bonjour,

Où peut-on trouver la liste des fournitures pour la 6e au collège de Porticcio ? Le site du collège ne marche pas.

Merci
S. Orsoni
""", cte="8bit", when=(8, 23, 18, 14))

add("other", False, None, None, False, "fr",
    "Cold sales prospecting: summer promotion on library shelving, written to one person (no list headers).",
    "Julien Marty <j.marty@mobilier-cdi-sud.example.fr>",
    "Aménagement de votre CDI pour la rentrée",
    """Bonjour,

Je me permets de vous contacter au sujet de l'aménagement de vos espaces de lecture. Jusqu'au 31 août, nous proposons -15 % sur nos rayonnages et bacs à albums, avec livraison gratuite en région PACA et en Corse.

Seriez-vous disponible pour un échange de 15 minutes la semaine prochaine ?

Bien à vous,
Julien Marty
Mobilier CDI Sud
""", fmt="alt", cte="quoted-printable", when=(7, 15, 10, 45))

add("other", False, None, None, False, "fr",
    "A person asks by hand to be removed from the newsletter: not automated, no category of its own.",
    "Monique Garnier <monique.garnier@ac-aix-marseille.fr>",
    "Désinscription",
    """Bonjour,

Je pars à la retraite fin août. Merci de me retirer de votre liste de diffusion.

Monique Garnier
""", cte="8bit", when=(8, 19, 10, 10))

add("other", False, None, None, False, "fr",
    "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from ac-corse.fr.",
    "Petru Susini <petru.susini@ac-corse.fr>",
    "Aucune réponse !!!",
    """Bonjour,

Cela fait trois semaines que j'ai écrit et personne ne m'a répondu. Je comprends que ce sont les vacances, mais quand même. C'est inadmissible.

P. Susini
""", cte="8bit", when=(8, 13, 9, 2))

add("other", False, None, None, False, "fr",
    "Unsolicited application for a summer job with a CV attached.",
    "Lina Benali <lina.benali2006@gmail.com>",
    "Candidature job d'été",
    """Bonjour,

Étudiante en BTS à Toulon, je suis disponible tout le mois d'août pour un emploi saisonnier (accueil, secrétariat). Vous trouverez mon CV en pièce jointe.

Cordialement,
Lina Benali
""", fmt="alt", cte="quoted-printable", attach=("CV_Lina_Benali.pdf", "application/pdf"), when=(7, 5, 14, 55))

add("other", False, None, None, False, "fr",
    "Personal message with holiday photos sent to the desk by address autocomplete. Region from ac-aix-marseille.fr.",
    "Sandrine Olivieri <sandrine.olivieri@ac-aix-marseille.fr>",
    "Les photos de Cassis !",
    """Coucou Sophie,

Voilà les photos de dimanche aux calanques, il faisait une chaleur ! On se refait ça avant la rentrée ?

Bises
Sandrine
""", fmt="alt", cte="quoted-printable", attach=("calanques_01.jpg", "image/jpeg"), when=(8, 11, 20, 20))

add("other", False, None, "esidoc", True, "fr",
    "Handover message written by hand (not an autoreply): the librarian says she leaves on leave and names her stand-in; nothing is asked. Looks like an out-of-office but a person wrote it to us. Region from ac-nice.fr.",
    "Sabrina Pellegrino <sabrina.pellegrino@ac-nice.fr>",
    "Absence à partir du 1er août - qui contacter",
    """Bonjour,

Pour information, je serai en congés du 1er au 24 août. Si vous avez besoin de joindre quelqu'un pour notre portail e-sidoc pendant ce temps, c'est M. Thomas Lenoir, professeur de lettres, qui a les accès (thomas.lenoir@ac-nice.fr).

Bon été à toute l'équipe,
Sabrina
""", cte="quoted-printable", when=(7, 31, 16, 2))

add("other", False, None, None, False, "fr",
    "Asks whether the support desk is open in August and its hours: a how-to question with no category of its own. Region from ac-corse.fr.",
    "Marc-Antoine Giudicelli <ma.giudicelli@ac-corse.fr>",
    "Horaires de l'assistance en août ?",
    """Bonjour,

L'assistance est-elle ouverte pendant le mois d'août ? Si oui, à quels horaires peut-on vous appeler ?

Merci,
M.-A. Giudicelli
""", cte="8bit", when=(7, 30, 11, 11))

add("other", False, None, None, True, "fr",
    "Fake 'facture impayée' with a zip attachment from an unknown sender: phishing, not order_billing.",
    "Service Recouvrement <recouvrement@factures-en-ligne.example.top>",
    "Facture impayée n° FR-2025-08-11472 - dernier rappel",
    """Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Sans règlement sous 48 heures, des pénalités seront appliquées.

Merci d'ouvrir le document joint pour le détail.

Service Recouvrement
""", fmt="alt", cte="base64", auth="fail", attach=("Facture_FR-2025-08-11472.zip", "application/zip"), when=(8, 14, 5, 2))

add("other", False, None, None, False, "fr",
    "GDPR erasure request from a librarian who retired in July: other (human review), not account_creation.",
    "Josiane Pellegrin <josiane.pellegrin@laposte.net>",
    "Suppression de mes données personnelles",
    """Bonjour,

Retraitée depuis le 1er juillet (j'étais documentaliste à Carpentras), je vous demande, conformément au RGPD, de supprimer mon compte et toutes mes données personnelles de vos services.

Merci de me confirmer la suppression.

Josiane Pellegrin
""", cte="quoted-printable", when=(7, 12, 9, 40))

add("other", False, None, "espace_acheteur", False, "fr",
    "Wants to register for the rentrée webinar, the registration link fails: other.",
    "Laurent Vial <laurent.vial@ac-nice.fr>",
    "Inscription au webinaire de rentrée",
    """Bonjour,

Le lien d'inscription au webinaire de présentation de l'Espace Acheteur du 2 septembre renvoie une page d'erreur. Pouvez-vous m'inscrire directement ?

Laurent Vial
""", fmt="alt", cte="quoted-printable", when=(8, 25, 16, 33))

add("other", False, None, None, False, "en",
    "English partnership pitch from an edtech start-up, a follow-up quoting her own first mail (Gmail English quote).",
    "Hannah Schultz <hannah@readwise-schools.example.io>",
    "Re: Partnership idea for French school libraries",
    """Hi there,

Just bumping this up in case it got lost over the summer holidays! Would love 20 minutes with whoever handles partnerships.

Best,
Hannah

On Tue, Jul 8, 2025 at 4:12 PM Hannah Schultz <hannah@readwise-schools.example.io> wrote:
> Hello,
> We build reading-analytics tools for school libraries and would love to explore an integration with your catalogue platform.
> Best, Hannah
""", fmt="alt", cte="7bit", when=(8, 19, 15, 0))

# ====================================================================== building
import io
import re
import zipfile
from email.utils import format_datetime, parseaddr

TZ = datetime.timezone(datetime.timedelta(hours=2))
DESK = "support@assistance.example.fr"


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def upid(n):
    return "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


def the_date(m):
    if m.get("when"):
        mo, d, h, mi = m["when"]
    else:
        mo, d, h, mi = rng.choice([7, 8]), rng.randint(1, 28), rng.randint(7, 19), rng.randint(0, 59)
    return datetime.datetime(2025, mo, d, h, mi, rng.randint(0, 59), tzinfo=TZ)


def relay_for(domain):
    if domain in ("gmail.com", "googlemail.com"):
        return "mail-wr1-f%d.google.com" % rng.randint(41, 69), "209.85.221.%d" % rng.randint(10, 250)
    if domain in ("orange.fr", "wanadoo.fr"):
        return "smtp-out%d.orange.fr" % rng.randint(1, 30), "80.12.242.%d" % rng.randint(10, 250)
    if domain in ("laposte.net", "sfr.fr", "free.fr"):
        return "smtp.%s" % domain, "212.27.42.%d" % rng.randint(2, 250)
    if domain.startswith("ac-"):
        return "smtp%d.%s" % (rng.randint(1, 4), domain), "198.51.100.%d" % rng.randint(2, 250)
    return "mail.%s" % domain, "203.0.113.%d" % rng.randint(2, 250)


def message_id(m, domain):
    mailer = m.get("mailer") or ""
    if "Outlook" in mailer:
        box = "PR%dP264MB%04d" % (rng.randint(0, 3), rng.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, upid(24), box)
    if "Zimbra" in mailer:
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10**8, 10**9), rng.randint(10**5, 10**6),
                                                  rng.randint(10**12, 10**13), domain)
    if "iPhone" in mailer or "Apple" in mailer:
        return "<%s-%s-%s-%s-%s@%s>" % (upid(8), upid(4), upid(4), upid(4), upid(12), domain)
    if domain in ("gmail.com",):
        return "<CA+%s=%s@mail.gmail.com>" % (upid(20), hexid(10))
    return "<%s.%s@%s>" % (hexid(16), hexid(8), domain)


def to_html(text, outlook=False):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        esc = html.escape(p, quote=False).replace("\n", "<br>\n")
        if p.lstrip().startswith("&gt;") or p.lstrip().startswith(">"):
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">%s</blockquote>" % esc)
        else:
            out.append("<p>%s</p>" % esc)
    inner = "\n".join(out)
    if outlook:
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                "<style>p{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>"
                "<body lang=\"FR\"><div class=\"WordSection1\">\n%s\n</div></body></html>\n" % inner)
    return "<html><head><meta charset=\"utf-8\"></head><body>\n%s\n</body></html>\n" % inner


def fake_bytes(filename):
    if filename.endswith(".pdf"):
        return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                b"trailer<</Root 1 0 R>>\n%%EOF\n")
    if filename.endswith(".png"):
        return bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                             "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    if filename.endswith(".jpg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        info = zipfile.ZipInfo(filename.replace(".zip", ".xml") if filename.endswith(".zip") else "x.txt",
                               date_time=(2025, 8, 2, 0, 0, 0))
        z.writestr(info, "<?xml version=\"1.0\"?><feedback><report_metadata><org_name>google.com</org_name>"
                         "</report_metadata><policy_published><domain>assistance.example.fr</domain>"
                         "</policy_published></feedback>")
    return buf.getvalue()


def build(m):
    name, addr = parseaddr(m["frm"])
    domain = addr.rsplit("@", 1)[-1].lower()
    dt = the_date(m)
    host, ip = relay_for(domain)
    if addr.lower().startswith("mailer-daemon@") and not domain.startswith("google"):
        host = domain
    msg = EmailMessage(policy=policy.default)
    rp = m.get("rp") or "<%s>" % addr
    trace = "Return-Path: %s\nDelivered-To: %s\n" % (rp, DESK)
    recv_dt = dt + datetime.timedelta(seconds=rng.randint(1, 40))
    trace += "Received: " + ("from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
                       "\tfor <%s>; %s" % (host, host, ip, upid(15), DESK,
                                           format_datetime(recv_dt).replace("+0200", "+0200 (CEST)"))) + "\n"
    auth = m.get("auth", "pass")
    if rp == "<>":
        ar = ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % host)
    elif auth == "pass":
        ar = ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
              "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain))
    elif auth == "spoof":
        ar = ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n"
              "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain))
    else:
        ar = ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=%s;\n"
              "\tdmarc=fail (p=none dis=none) header.from=%s" % (domain, domain))
    trace += "Authentication-Results: " + ar + "\n"
    msg["From"] = m["frm"]
    msg["To"] = m.get("to") or rng.choice(["Assistance <%s>" % DESK, DESK, "Support <%s>" % DESK])
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = message_id(m, domain)
    if m.get("reply"):
        ref = "<%s.%d.%s@assistance.example.fr>" % (m["reply"], int(dt.timestamp()) - rng.randint(3600, 300000), hexid(6))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if m.get("mailer"):
        if "Thunderbird" in m["mailer"]:
            msg["User-Agent"] = m["mailer"]
        else:
            msg["X-Mailer"] = m["mailer"]
    if "Outlook" in (m.get("mailer") or ""):
        msg["Thread-Topic"] = m["subj"]
        msg["Content-Language"] = "fr-FR" if m["lang"] == "fr" else "en-GB"
    for k, v in (m.get("hdrs") or {}).items():
        msg[k] = v

    body = m["body"]
    cte = m.get("cte", "quoted-printable")
    if cte == "7bit" and not body.isascii():
        cte = "quoted-printable"
    fmt = m.get("fmt", "plain")
    kind = m.get("kind")
    outlook = "Outlook" in (m.get("mailer") or "")
    if kind == "report":
        msg.set_content(body, charset="utf-8", cte="quoted-printable" if not body.isascii() else "7bit")
        msg.make_mixed()
        msg.set_type("multipart/report")
        msg.set_param("report-type", m["report_type"])
        status = email.message_from_string("Content-Type: message/%s\n\n%s" % (m["report_type"], m["status"]),
                                           policy=policy.default)
        msg.attach(status)
        orig = EmailMessage(policy=policy.default)
        orig_hdrs = ("From: Assistance <%s>\nTo: %s\nSubject: %s\nMessage-ID: <%s.%s@assistance.example.fr>\n"
                     % (DESK, re.search(r"Final-Recipient: rfc822; ?(\S+)", m["status"]).group(1), m.get("orig_subject", ""),
                        hexid(12), hexid(6)))
        orig.set_content(orig_hdrs, subtype="rfc822-headers", charset="utf-8", cte="quoted-printable")
        del orig["MIME-Version"]
        msg.attach(orig)
    elif kind == "dmarc":
        msg.set_content(body, cte="7bit")
        fn = "google.com!assistance.example.fr!1754092800!1754179199.zip"
        msg.add_attachment(fake_bytes(fn), maintype="application", subtype="zip", filename=fn)
    elif fmt == "plain":
        msg.set_content(body, charset="utf-8", cte=cte)
    elif fmt == "latin1":
        msg.set_content(body, charset="iso-8859-1", cte=cte)
    elif fmt == "latin9":
        msg.set_content(body, charset="iso-8859-15", cte=cte)
    elif fmt == "alt":
        msg.set_content(body, charset="utf-8", cte=cte)
        msg.add_alternative(to_html(body, outlook), subtype="html", charset="utf-8", cte=cte)
    elif fmt == "html":
        msg.set_content(to_html(body, outlook), subtype="html", charset="utf-8", cte=cte)
    elif fmt == "html1252":
        h = to_html(body, outlook).replace("charset=utf-8", "charset=windows-1252")
        msg.set_content(h, subtype="html", charset="windows-1252", cte=cte)
    else:
        raise ValueError(fmt)
    if m.get("attach"):
        fn, ctype = m["attach"]
        mt, st = ctype.split("/")
        msg.add_attachment(fake_bytes(fn), maintype=mt, subtype=st, filename=fn)
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%d_%s" % (rng.randint(10000, 99999), hexid(20)))
    return trace.encode("ascii") + msg.as_bytes(policy=policy.default.clone(linesep="\n"))


def main():
    mails = list(MAILS)
    rng.shuffle(mails)
    labels = []
    for i, m in enumerate(mails, 1):
        fn = "h%03d.eml" % i
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(build(m))
        addr = parseaddr(m["frm"])[1]
        labels.append({"file": fn, "category": m["cat"], "auto_reply_ok": m["ok"], "uai": m["uai"],
                       "region": region_of(m["uai"], addr), "platform": m["plat"], "hard": m["hard"],
                       "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def body_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def check():
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f]
    assert len(labels) == 150, len(labels)
    files = sorted(n for n in os.listdir(HERE) if n.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files[:3]
    seen_ids = set()
    for lab in labels:
        assert list(lab) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[h], (lab["file"], h)
        assert msg["Message-ID"] not in seen_ids, lab["file"]
        seen_ids.add(msg["Message-ID"])
        assert "support@assistance.example.fr" in str(msg["To"]) or lab["category"] == "automated", lab["file"]
        text = body_text(msg)
        assert text.strip(), lab["file"]
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), lab
        assert lab["lang"] in ("fr", "en"), lab
        assert lab["notes"], lab
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        sender = parseaddr(str(msg["From"]))[1]
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["region"] == DEPT_REGION[lab["uai"][:3]], lab
            hay = (str(msg["From"]) + str(msg["Subject"]) + text).upper()
            assert lab["uai"] in hay, (lab["file"], lab["uai"])
        else:
            dom = sender.rsplit("@", 1)[-1].lower()
            assert lab["region"] == DOMAIN_REGION.get(dom), lab
    print("holdout111: %d mails, all checks passed" % len(labels))


if __name__ == "__main__":
    main()

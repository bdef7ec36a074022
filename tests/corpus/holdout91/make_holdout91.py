#!/usr/bin/env python3
"""Build the holdout91 blind test corpus (150 hand-written support mails).

Theme: the wrong desk. Parents, pupils, former staff, job seekers, journalists,
customers of other software vendors and the general public write to the support
desk, mixed with the ordinary staff requests of one week (13-19 January 2025),
mostly from Nouvelle-Aquitaine and Corse.

Standard library only, deterministic (random.Random(91)).  Every mail text below
was written by hand; this script only wraps each text in headers and a transfer
encoding, writes h001.eml ... h150.eml and labels.jsonl next to itself, then
re-reads everything and checks it.

    python3 make_holdout91.py
"""
import datetime
import email
import email.header
import email.utils
import html
import json
import re
import uuid
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
import random

HERE = Path(__file__).resolve().parent
SEED = 91
DESK = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
    "subscription_activation", "head_of_establishment_request", "order_billing",
    "contract_documents", "transfer_incident", "automated", "other",
]
AUTO_ALLOWED = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]

# regions.md, restricted to what the routing rule needs
DEPT_REGION = {}
for _reg, _depts in {
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
}.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _reg
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est", "ac-strasbourg.fr": "grand-est",
    "ac-amiens.fr": "hauts-de-france", "ac-lille.fr": "hauts-de-france",
    "ac-creteil.fr": "ile-de-france", "ac-paris.fr": "ile-de-france",
    "ac-versailles.fr": "ile-de-france", "ac-normandie.fr": "normandie",
    "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique",
    "ac-guyane.fr": "guyane", "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


MAILS = []


def M(cat, auto, uai, region, platform, hard, lang, notes, frm, subject, body, **kw):
    """One hand-written mail and its label. kw: client, enc, charset, html, attach,
    extra (list of header pairs), auth, to, reply_to, cc, ret (Return-Path)."""
    MAILS.append(dict(cat=cat, auto=auto, uai=uai, region=region, platform=platform,
                      hard=hard, lang=lang, notes=notes, frm=frm, subject=subject,
                      body=body.strip("\n") + "\n", **kw))


# ---------------------------------------------------------------------------
# other: the wrong desk (27)
# ---------------------------------------------------------------------------
M("other", False, None, None, "ecoledirecte", False, "fr",
  "A parent asks why her son's grades are missing on EcoleDirecte: a question for the school, not for the desk.",
  "Nathalie Etcheverry <nath.etcheverry64@gmail.com>",
  "notes de mon fils sur ecole directe",
  """Bonjour,

Mon fils Mathis est en 5eme B au college de Saint-Pee et depuis la rentree de janvier je ne vois plus aucune note sur Ecole Directe, seulement les devoirs. Son professeur principal me dit que les notes sont saisies. Est-ce que c'est un bug de votre cote ? J'aimerais bien suivre son trimestre.

Merci d'avance
Nathalie Etcheverry
""", client="gmail", enc="quoted-printable")

M("other", False, None, None, "ecoledirecte", True, "fr",
  "A parent disputes a canteen bill shown on EcoleDirecte: the word 'facture' appears but it is the school's canteen billing, not an order with us.",
  "Jean-Marc Dubourg <jm.dubourg@orange.fr>",
  "Facture cantine erronée",
  """Madame, Monsieur,

Je viens de recevoir via Ecole Directe la facture de demi-pension du 2e trimestre pour ma fille Léa (lycée de Libourne) : 312 € alors qu'elle ne mange à la cantine que deux jours par semaine. J'ai appelé l'intendance, personne ne répond.

Pouvez-vous corriger ce montant ou me dire qui contacter ? Je ne paierai pas une somme pareille.

Salutations,
J-M Dubourg
06 71 22 48 90
""", client="outlook", charset="windows-1252")

M("other", False, None, None, "esidoc", False, "fr",
  "A pupil wants to reserve a novel at the CDI through the portal: a library question for the school's librarian.",
  "lola.mendiburu <lolamndb@laposte.net>",
  "reserver un livre",
  """bonjour

je voudrais reserver le tome 3 de la passe miroir au cdi de mon college, sur le site esidoc il y a marqué "emprunté" mais je sais pas comment faire une reservation. vous pouvez le mettre de côté pour moi svp ?? je suis en 4eme3

merci
Lola
""", client="iphone", enc="8bit")

M("other", False, None, None, None, False, "fr",
  "Unsolicited job application with a CV attached: nothing the support desk handles.",
  "Thomas Larrieu <thomas.larrieu.pro@gmail.com>",
  "Candidature spontanée - technicien support informatique",
  """Madame, Monsieur,

Titulaire d'un BTS SIO option SISR et fort de deux années d'expérience en assistance utilisateurs au sein d'une collectivité girondine, je me permets de vous adresser ma candidature pour un poste de technicien support au sein de votre service.

Le travail avec les établissements scolaires m'intéresse particulièrement et je suis mobile sur toute la Nouvelle-Aquitaine.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Thomas Larrieu
07 58 31 66 02
""", client="gmail", html="alt",
  attach=[("CV_Thomas_Larrieu.pdf", "application/pdf", b"%PDF-1.4\n% CV Thomas Larrieu\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")])

M("other", False, None, None, None, False, "en",
  "English job application for a developer position: the desk does not recruit.",
  "Priya Raman <priya.raman.dev@outlook.com>",
  "Application - Full-stack developer (remote or Bordeaux)",
  """Hello,

I came across your platform while helping my daughter with her school library account, and I noticed you are building tools for schools. I am a full-stack developer (Python, Vue) with six years of experience, recently relocated to Bordeaux.

Are you currently hiring? I would be glad to send my portfolio or join a call at your convenience.

Kind regards,
Priya Raman
linkedin.com/in/priyaraman-dev
""", client="outlook365", enc="quoted-printable")

M("other", False, None, None, "esidoc", False, "fr",
  "A regional journalist asks for an interview about school library portals: press request, a person forwards it.",
  "Claire Hargous <c.hargous@sudouest-redaction.fr>",
  "Demande d'interview - portails documentaires des collèges",
  """Bonjour,

Je suis journaliste à la rédaction de Pau et je prépare un article sur la place du numérique dans les CDI des collèges béarnais. Plusieurs professeurs documentalistes m'ont parlé d'e-sidoc.

Serait-il possible d'échanger 20 minutes par téléphone avec quelqu'un de votre équipe cette semaine ? L'article doit paraître le 24 janvier.

Bien cordialement,

Claire Hargous
Journaliste - édition Béarn
05 59 82 14 30
""", client="apple", enc="quoted-printable")

M("other", False, None, None, None, True, "fr",
  "A journalist asks whether the service was hacked after parents got password-reset mails: the words 'mot de passe' and 'réinitialisation' appear but nobody asks for a reset.",
  "Ghjuvan Santoni <g.santoni@corsematin-redac.fr>",
  "Question presse : piratage ?",
  """Bonjour,

Journaliste à Ajaccio, je travaille sur une information qui circule chez des parents d'élèves : certains auraient reçu ce week-end des mails de "réinitialisation de mot de passe" qu'ils n'avaient pas demandés, soi-disant venant de vos services.

Pouvez-vous me confirmer ou infirmer un incident de sécurité ? Avez-vous un porte-parole que je pourrais citer ?

Merci de votre retour rapide, bouclage demain 18h.

G. Santoni
""", client="thunderbird", enc="8bit")

M("other", False, None, "corse", None, True, "fr",
  "Customer of another vendor (Pronote) who lost her Pronote password: a password request, but for a product the desk does not run; region from the ac-corse.fr sender.",
  "Sylvie Arrighi <sylvie.arrighi@ac-corse.fr>",
  "code pronote perdu",
  """Bonjour,

Je n'arrive plus à me connecter à Pronote depuis ce matin, j'ai dû me tromper plusieurs fois dans mon mot de passe et il est bloqué. Pouvez-vous me le réinitialiser ? J'ai mes bulletins à saisir avant jeudi.

Sylvie Arrighi
Professeur de lettres
""", client="zimbra")

M("other", False, None, None, None, True, "fr",
  "A BCDI (other library software) customer asks to renew the BCDI licence: 'licence' and 'renouvellement' appear, but it is another vendor's product, not a transfer incident or an order with us.",
  "CDI Lycée Jean Monnet <cdi.monnet.cognac@wanadoo.fr>",
  "renouvellement licence BCDI 2025",
  """Bonjour,

Notre licence BCDI arrive à échéance le 31 janvier. Pourriez-vous nous envoyer le bon de renouvellement et la nouvelle clé à saisir dans le logiciel ? L'an dernier nous l'avions reçue par courrier.

Cordialement,
Le CDI
""", client="outlook", charset="windows-1252")

M("other", False, None, None, None, False, "en",
  "An English customer of another vendor's library system (Destiny) writes to the wrong company.",
  "Mark Pendleton <mpendleton@stjudes-academy.org.uk>",
  "Destiny circulation module not loading",
  """Hi there,

Since this morning the circulation module of our Destiny Library Manager will not load, we just get a spinning wheel. Our previous support contact seems to have left. Could you raise a ticket for us?

School: St Jude's Academy, Leeds
Customer number: DL-448213

Thanks,
Mark Pendleton
Network Manager
""", client="outlook365", enc="7bit", charset="us-ascii")

M("other", False, None, None, "esidoc", False, "fr",
  "A retired neighbour asks whether she may borrow books from the collège library she found online: general public.",
  "Marie-Thérèse Labarthe <mt.labarthe@free.fr>",
  "emprunt de livres",
  """Bonjour Madame ou Monsieur

J ai vu sur internet le catalogue du college de mon village (sur votre site e-sidoc) il y a beaucoup de beaux livres sur la region. Je suis a la retraite et je voudrais savoir si les habitants peuvent venir emprunter, et a quelles heures.

Avec mes remerciements
Mme Labarthe
""", client="thunderbird", enc="quoted-printable", charset="iso-8859-1")

M("other", False, None, None, "espace_acheteur", True, "fr",
  "A furniture supplier wants to be listed in the purchasing centre's markets: words like 'marché', 'devis' and 'commande' appear, but it is commercial prospecting, not a buyer's order.",
  "Benoît Lacoste <b.lacoste@mobiscol-sud-ouest.fr>",
  "Référencement mobilier scolaire sur votre Espace Acheteur",
  """Bonjour,

Fabricant de mobilier scolaire installé à Mont-de-Marsan, nous aimerions être référencés comme fournisseur sur votre Espace Acheteur afin que les collèges et lycées puissent passer commande chez nous.

Pouvez-vous m'indiquer la procédure pour répondre à vos prochains marchés ? Je peux vous envoyer notre catalogue et un devis type.

Bien à vous,
Benoît Lacoste
Responsable commercial - Mobiscol Sud-Ouest
""", client="outlook", html="alt")

M("other", False, "0236432S", "nouvelle-aquitaine", None, True, "fr",
  "A librarian who retired asks to be removed from the contact list of her former school (UAI given): a data-protection request, not account management.",
  "Françoise Chabrat <francoise.chabrat23@orange.fr>",
  "Je ne fais plus partie du collège",
  """Bonjour,

Je suis partie à la retraite en juin dernier mais je reçois toujours vos mails (nouveautés, lettres d'information, relances) sur mon adresse personnelle, que j'avais donnée à l'époque comme contact du CDI du collège 0236432S.

Merci de supprimer mon adresse de vos fichiers et de ne plus me contacter. Ma remplaçante s'occupe de tout maintenant.

Françoise Chabrat
""", client="apple", enc="quoted-printable")

M("other", False, "0177725E", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "A former gestionnaire, now in another post, asks to stop receiving the school's invoice reminders: invoices are mentioned but nothing is asked about them.",
  "Hervé Boucherie <herve.boucherie@ac-poitiers.fr>",
  "TR: Relance facture - plus gestionnaire",
  """Bonjour,

Je ne suis plus gestionnaire du lycée de la Mer (0177725E) depuis le 1er septembre, j'ai été muté au rectorat. Je continue pourtant à recevoir les relances de factures et les notifications de l'Espace Acheteur de l'établissement.

Merci de ne plus m'écrire à ce sujet : voyez directement avec ma successeure au lycée.

Cordialement,
H. Boucherie

-----Message d'origine-----
De : Espace Acheteur <no-reply@espace-acheteur.example.fr>
Envoyé : lundi 13 janvier 2025 06:02
À : herve.boucherie@ac-poitiers.fr
Objet : Relance facture

Bonjour,
Une facture est en attente de validation pour votre structure.
""", client="outlook")

M("other", False, None, "nouvelle-aquitaine", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  "Agnès Poujol <agnes.poujol@ac-limoges.fr>",
  "Re: Réinitialisation de votre mot de passe e-sidoc",
  """Super, ça marche, merci beaucoup pour la rapidité !
Bonne journée
Agnès

Le 14/01/2025 à 10:12, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation de votre mot de passe e-sidoc a été envoyé
> à l'adresse de l'établissement. Il est valable 12 heures.
> Cordialement,
> L'assistance
""", client="thunderbird", enc="8bit", reply=True)

M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  "Ranking Experts <growth@top-rank-seo-agency.biz>",
  "Your website is losing 73% of its traffic",
  """Hi,

I was checking your website and noticed it is not ranking on the first page of Google for your main keywords. We are a team of certified SEO experts and can get you to the top in 30 days, guaranteed.

Reply with YES and I will send you a free audit and our price list.

Best,
Jessica
Growth Manager
""", client="gmail", html="only", auth="none")

M("other", False, None, None, None, True, "fr",
  "Phishing 'boîte pleine' from a look-alike domain (ac-bordeaux-messagerie.com is not an académie domain), failing SPF: mentions a password but is not password_reset; no region.",
  "Service Messagerie Academique <alerte@ac-bordeaux-messagerie.com>",
  "Votre boite mail a atteint 98% de sa capacite",
  """Cher utilisateur,

Votre boîte de messagerie académique a atteint 98% de son quota. Vous ne pourrez bientôt plus recevoir de messages.

Pour éviter la suspension de votre compte, confirmez votre identifiant et votre mot de passe en cliquant ci-dessous dans les 24 heures :

VALIDER MON COMPTE : http://ac-bordeaux-messagerie.com/verif

Service informatique
""", client="outlook", html="only", auth="fail")

M("other", False, None, None, "espace_acheteur", False, "fr",
  "A master's student asks the desk to circulate a questionnaire to buyers for her thesis: not a support request.",
  "Inès Darrigrand <ines.darrigrand@etu.u-bordeaux.fr>",
  "Mémoire de master - questionnaire acheteurs publics",
  """Bonjour,

Étudiante en M2 achat public à l'université de Bordeaux, je rédige un mémoire sur la mutualisation des achats des EPLE. Accepteriez-vous de diffuser un court questionnaire (10 min) aux utilisateurs de l'Espace Acheteur ? Ou de m'indiquer une personne à interroger ?

Je vous remercie par avance,
Inès Darrigrand
""", client="zimbra", enc="quoted-printable")

M("other", False, None, None, None, False, "fr",
  "A parent asks for a school certificate for her daughter: the school office's job, wrong desk.",
  "Soraya Benali <soraya.benali33@hotmail.fr>",
  "certificat de scolarité",
  """Bonjour, j'ai besoin en urgence d'un certificat de scolarité pour ma fille Yasmine en 2nde au lycée pour la CAF. Sur le site on me dit de m'adresser au support. Pouvez vous me l'envoyer par mail ?
Merci
Mme Benali
""", client="outlook365", html="alt")

M("other", False, None, None, None, False, "fr",
  "A 3e pupil looks for a one-week observation internship: job-seeker flavour, unrelated to support.",
  "Noah Guillot <noah.guillot2010@gmail.com>",
  "demande de stage de 3eme",
  """Bonjour,

Je m'appelle Noah, je suis en 3eme au college de Buxerolles et je dois faire un stage d'observation du 24 au 28 mars. Je suis passionné d'informatique et j'aimerais beaucoup decouvrir votre entreprise.

Est ce que ce serait possible ? Je peux vous envoyer ma lettre de motivation.

Merci beaucoup
Noah Guillot
""", client="gmail")

M("other", False, None, None, None, False, "fr",
  "A Corsican town hall asks about funding for school computers: wrong desk (rectorat or département).",
  "Mairie de Calenzana <secretariat@mairie-calenzana.fr>",
  "Subvention équipement numérique école",
  """Bonjour,

La commune souhaite équiper l'école primaire de 12 tablettes et d'un tableau numérique. Pouvez-vous nous indiquer si votre plateforme propose un dispositif de financement ou à qui s'adresser ?

Cordialement,
Le secrétariat de mairie
""", client="outlook", charset="windows-1252")

M("other", False, None, None, None, False, "en",
  "An English-speaking parent moving to Bordeaux asks how to enrol a child in a lycée: general public, wrong desk.",
  "Hannah Whitfield <hannah.whitfield@btinternet.com>",
  "Enrolling my son in a lycée in Bordeaux",
  """Dear Sir or Madam,

We are relocating from Bristol to Bordeaux in March and our son (15) will need a place in a lycée, ideally with an international section. I found your address on a school website. Could you tell me how the enrolment works and which documents we need?

Many thanks,
Hannah Whitfield
""", client="apple", enc="quoted-printable")

M("other", False, None, None, "ecoledirecte", False, "fr",
  "A parent complains about a teacher's grading seen on EcoleDirecte: pedagogical complaint for the school.",
  "P. Mattei <pmattei2a@sfr.fr>",
  "reclamation note de mathematiques",
  """Bonjour

ma fille a eu 4/20 en maths alors que sa copie meritait beaucoup plus, on voit la note sur ecoledirecte mais pas la correction. Je veux que la note soit revue et que le prof s'explique. C'est inadmissible.

M. Mattei
""", client="gmail", enc="base64")

M("other", False, None, None, None, False, "fr",
  "A digital-textbook publisher proposes a partnership: commercial prospecting.",
  "Delphine Roux <delphine.roux@editions-numeriques-atlantique.fr>",
  "Partenariat - ressources numériques pour vos établissements",
  """Bonjour,

Les Éditions Numériques Atlantique publient des manuels interactifs pour le collège. Nous serions ravis de présenter notre offre à votre équipe et d'étudier une intégration dans votre catalogue de ressources.

Auriez-vous un créneau la semaine prochaine pour une visio de 30 minutes ?

Bien cordialement,
Delphine Roux
Responsable partenariats
""", client="outlook365", html="alt")

M("other", False, None, "nouvelle-aquitaine", "esidoc", False, "fr",
  "A librarian asks for teaching advice on a media-literacy session: no support problem.",
  "Laure Bessière <laure.bessiere@ac-bordeaux.fr>",
  "idées de séance EMI",
  """Bonjour,

Je suis prof doc stagiaire et je cherche des idées de séquence EMI pour des 6e sur la recherche documentaire. Est-ce que vous avez des fiches pédagogiques ou des exemples de séances qui utilisent le portail ?

Merci !
Laure
""", client="zimbra")

M("other", False, None, "nouvelle-aquitaine", None, False, "fr",
  "A teacher writes about a missing salary bonus: meant for the rectorat's payroll, wrong desk.",
  "Karim Haddou <karim.haddou@ac-limoges.fr>",
  "prime REP non versée",
  """Bonjour,

Sur mon bulletin de paie de décembre la prime REP+ n'apparaît pas alors que j'exerce au collège depuis septembre. Pouvez-vous régulariser ou me transmettre au bon service ?

Karim Haddou
Professeur d'EPS
""", client="zimbra", enc="quoted-printable")

M("other", False, None, None, None, False, "en",
  "An Erasmus partner school abroad asks for the librarian's contact: wrong desk.",
  "Kasia Nowak <k.nowak@lo5-krakow.edu.pl>",
  "Erasmus+ partnership - contact of the school librarian",
  """Dear colleagues,

Our school in Kraków is starting an Erasmus+ project about school libraries with a collège in Corsica (Porto-Vecchio). We would like to get in touch with the librarian there but we only found your support address on their catalogue page.

Could you forward this message or give us her email?

Best regards,
Katarzyna Nowak
English teacher, project coordinator
""", client="thunderbird_en", enc="8bit")

M("other", False, None, None, None, True, "fr",
  "A parent's message addressed to the principal ('Monsieur le Principal') about a bullying incident, sent to the desk by mistake: mentions the head but is not a head-of-establishment request.",
  "Aurélie Pinto <aurelie.pinto79@gmail.com>",
  "A l'attention de Monsieur le Principal",
  """Monsieur le Principal,

Je me permets de vous écrire car mon fils Enzo, en 6e C, est victime de moqueries répétées dans le bus scolaire depuis plusieurs semaines. Il ne veut plus aller au collège.

Je souhaiterais vous rencontrer rapidement.

Respectueusement,
Aurélie Pinto
""", client="gmail", html="alt")

# ---------------------------------------------------------------------------
# password_reset (20)
# ---------------------------------------------------------------------------
M("password_reset", True, "0335818V", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Librarian lost the e-sidoc back-office password after the holidays; UAI in the body.",
  "Sandrine Lafitte <sandrine.lafitte@ac-bordeaux.fr>",
  "Mot de passe e-sidoc oublié",
  """Bonjour,

Après deux semaines de vacances impossible de me souvenir du mot de passe de l'administration e-sidoc du CDI. Pourriez-vous m'envoyer un lien pour le réinitialiser ?

UAI : 0335818V

Merci d'avance,
Sandrine Lafitte
Professeure documentaliste
Collège Jules Ferry - Mérignac
""", client="outlook", html="alt")

M("password_reset", True, "6205889G", "corse", "esidoc", False, "fr",
  "Typed fast without accents, 'mdp', UAI given: plain lost password.",
  "Paul-Antoine Casanova <paul-antoine.casanova@ac-corse.fr>",
  "mdp esidoc",
  """bjr
jai perdu le mdp du compte admin esidoc du cdi, le code etab c 6205889G
vous pouvez me renvoyer un lien svp
merci
PA Casanova
doc college de Sartene
""", client="zimbra", enc="quoted-printable")

M("password_reset", False, None, None, "esidoc", True, "fr",
  "A pupil forgot his own e-sidoc login: pupils' accounts are managed by the school, so the reset link to the establishment's address does not apply; a person redirects him.",
  "kylian.b <kylian.bordes47@gmail.com>",
  "g oublié mon mot de passe",
  """bonjour jai oublié mon mot de passe pour esidoc et la prof doc est absente jusqua lundi, jai un expose a rendre demain. je suis en 3e au college de marmande. comment je fais ??
""", client="gmail", enc="8bit")

M("password_reset", False, None, None, "ecoledirecte", True, "fr",
  "A parent lost her EcoleDirecte family-account password: not an establishment account, no reset template; the school resets family accounts.",
  "Céline Ospital <celine.ospital@laposte.net>",
  "mot de passe parent perdu",
  """Bonjour,

J'ai perdu le mot de passe de mon compte parent Ecole Directe et quand je fais "mot de passe oublié" on me demande une question secrète dont je ne me souviens plus. Pouvez-vous me donner un nouveau mot de passe ? Identifiant : ospital.c

Merci,
Céline Ospital
""", client="outlook365", html="alt")

M("password_reset", True, "0865884D", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Espace Acheteur password expired for the gestionnaire; UAI in the signature.",
  "Olivier Moreau <olivier.moreau@ac-poitiers.fr>",
  "Mot de passe expiré Espace Acheteur",
  """Bonjour,

En voulant me connecter à l'Espace Acheteur, un message m'indique que mon mot de passe a expiré, mais le lien "renouveler" me renvoie vers la page d'accueil. Pouvez-vous m'aider à le réinitialiser ?

Cordialement

Olivier Moreau
Gestionnaire
Lycée Camille Guérin - Poitiers
UAI 0865884D
""", client="outlook")

M("password_reset", True, "0875748A", "nouvelle-aquitaine", "esidoc", True, "fr",
  "The UAI appears only in the ce.<UAI>@ac-limoges.fr sender address; the secretariat asks for the link on that official address.",
  "Secrétariat Collège <ce.0875748A@ac-limoges.fr>",
  "demande de réinitialisation",
  """Bonjour,

La documentaliste du collège ne parvient plus à se connecter au portail e-sidoc (mot de passe refusé). Merci d'envoyer le lien de réinitialisation sur cette adresse, nous le lui transmettrons.

Le secrétariat
""", client="zimbra")

M("password_reset", True, "0337177X", "nouvelle-aquitaine", "esidoc", False, "en",
  "English-speaking librarian of an international section lost the e-sidoc admin password; UAI in the body.",
  "Rebecca Hollis <rebecca.hollis@ac-bordeaux.fr>",
  "Forgotten password - library portal",
  """Hello,

I am the librarian of the international section and I can't remember the password for the e-sidoc administration. Could you send me a reset link please?

Our school code (UAI) is 0337177X.

Many thanks,
Rebecca Hollis
""", client="thunderbird_en", enc="8bit")

M("password_reset", True, "0647096R", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Account locked after several wrong attempts on the Espace Acheteur.",
  "Maite Irigoyen <maite.irigoyen@ac-bordeaux.fr>",
  "Compte bloqué",
  """Bonjour,

Mon compte Espace Acheteur est bloqué après trois essais ratés ce matin ("compte verrouillé, contactez l'assistance"). Pouvez-vous le débloquer ou m'envoyer un nouveau mot de passe ?

Maite Irigoyen
Secrétaire d'intendance
Lycée Ramiro Arrue, Saint-Jean-de-Luz - 0647096R
""", client="outlook365", html="alt")

M("password_reset", True, "0403036H", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Negation: 'ce n'est pas mon mot de passe, c'est l'identifiant' that is lost; a forgotten identifier is still password_reset.",
  "Jérôme Darrieutort <jerome.darrieutort@ac-bordeaux.fr>",
  "identifiant de connexion",
  """Bonjour,

Ce n'est pas mon mot de passe que j'ai oublié (il est noté), c'est l'identifiant de connexion au back-office e-sidoc : je ne sais plus s'il faut mettre le numéro de l'établissement ou autre chose. Le collège est le 0403036H.

Merci de votre aide
Jérôme Darrieutort, professeur documentaliste
""", client="thunderbird", enc="quoted-printable")

M("password_reset", False, None, "nouvelle-aquitaine", "esidoc", True, "fr",
  "UAI typed as 0791245A: wrong check letter (the digits give 0791245Z), so no UAI; region from the ac-poitiers.fr domain. Without a valid code a person must identify the school.",
  "Valérie Gaborit <valerie.gaborit@ac-poitiers.fr>",
  "Mdp perdu e-sidoc collège",
  """Bonjour,

Je ne retrouve plus le mot de passe d'administration e-sidoc. Notre numéro RNE est le 0791245A.

Bien cordialement,
Valérie Gaborit
CDI
""", client="outlook")

M("password_reset", True, "0339065Z", "nouvelle-aquitaine", "esidoc", True, "fr",
  "UAI written with spaces ('0339 065 Z'); the label is the joined code.",
  "Nicolas Ferrand <nicolas.ferrand@ac-bordeaux.fr>",
  "Réinitialiser mot de passe",
  """Bonjour,

Pourriez-vous réinitialiser le mot de passe du compte administrateur e-sidoc du lycée (code 0339 065 Z) ? Ma collègue est en congé et n'a laissé aucune consigne.

Merci.
N. Ferrand
""", client="apple", enc="quoted-printable")

M("password_reset", True, "0406397L", "nouvelle-aquitaine", "esidoc", True, "fr",
  "The UAI appears only in lower case inside the portal address (0406397l.esidoc.fr); the label is the upper-case code.",
  "Cathy Labat <cathy.labat@ac-bordeaux.fr>",
  "accès gestion portail",
  """Bonjour

je n'arrive plus à entrer dans la partie gestion de notre portail https://0406397l.esidoc.fr, le mot de passe n'est plus reconnu. Pouvez vous m'aider ?

Cathy Labat
""", client="gmail", html="alt")

M("password_reset", True, "0174287T", "nouvelle-aquitaine", "esidoc", False, "fr",
  "The reset link received last week has expired; asks for a new one.",
  "Gwenaëlle Rabiller <gwenaelle.rabiller@ac-poitiers.fr>",
  "Lien de réinitialisation expiré",
  """Bonjour,

J'avais demandé un lien pour changer le mot de passe e-sidoc mais je ne l'ai ouvert qu'aujourd'hui et la page dit "lien expiré". Pouvez-vous m'en renvoyer un ?

Collège Fromentin, La Rochelle - 0174287T

Gwenaëlle Rabiller
""", client="thunderbird", enc="8bit")

M("password_reset", False, "0233667L", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Two topics: lost e-sidoc password (first, main) and a newly ordered resource not visible; a single template would answer only half.",
  "Damien Peyrot <damien.peyrot@ac-limoges.fr>",
  "mot de passe + abonnement",
  """Bonjour,

Deux choses :
1) j'ai perdu le mot de passe du compte administrateur e-sidoc (collège de Bourganeuf, 0233667L) ;
2) l'abonnement à la ressource "Lumni Pro" commandé en décembre n'apparaît toujours pas dans le portail.

Merci pour les deux !
Damien Peyrot
""", client="zimbra", enc="quoted-printable")

M("password_reset", True, "0877476D", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Former staff theme: the previous librarian left without handing over the password; the new one asks for a reset, UAI given.",
  "Élodie Vergnaud <elodie.vergnaud@ac-limoges.fr>",
  "Prise de poste - mot de passe inconnu",
  """Bonjour,

Je viens d'arriver au CDI du lycée (0877476D) en remplacement de ma collègue partie en mutation. Elle ne m'a pas transmis le mot de passe du portail e-sidoc et je n'arrive pas à la joindre.

Pouvez-vous réinitialiser l'accès ?

Merci,
Élodie Vergnaud
""", client="outlook", html="alt")

M("password_reset", True, "0478658F", "nouvelle-aquitaine", "esidoc", False, "en",
  "English request from a teacher-librarian who lost the portal admin password; UAI in the signature.",
  "Oliver Grant <oliver.grant@ac-bordeaux.fr>",
  "Reset link needed",
  """Hi,

I'm locked out of the e-sidoc back office - forgot the password. Can you send a reset link to the school's address?

Cheers,
Oliver Grant
Librarian, Lycée Palissy, Agen
0478658F
""", client="apple", enc="quoted-printable")

M("password_reset", False, "0162743V", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Reply to the automatic answer: the link went to the ce. mailbox that nobody can read; a person must take over (head-of-establishment procedure).",
  "Anne Brissaud <anne.brissaud@ac-poitiers.fr>",
  "RE: Réinitialisation de votre mot de passe e-sidoc",
  """Bonjour,

Le lien est parti sur l'adresse ce. du collège, que le secrétariat ne consulte plus depuis la fusion des boîtes. Personne ne l'a reçu. Comment faire ?

Anne Brissaud
Collège de Ruffec - 0162743V

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 14 janvier 2025 09:40
Objet : Réinitialisation de votre mot de passe e-sidoc

Bonjour, un lien a été envoyé à l'adresse officielle de l'établissement (ce.016****@ac-poitiers.fr).
""", client="outlook", reply=True)

M("password_reset", True, "7205109R", "corse", "esidoc", False, "fr",
  "Short Zimbra message: identifier and password lost, UAI given.",
  "Marie-Dominique Luciani <marie-dominique.luciani@ac-corse.fr>",
  "identifiants perdus",
  """Bonjour,
Je ne retrouve ni l'identifiant ni le mot de passe du portail documentaire.
Lycée de Corte, 7205109R.
Bien à vous,
MD Luciani
""", client="zimbra")

M("password_reset", True, "0249004G", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "New text asks for a password reset; the quoted history below is about an old invoice question.",
  "Sébastien Mazeau <sebastien.mazeau@ac-bordeaux.fr>",
  "Re: facture 2024-118",
  """Bonjour,

Rien à voir avec ma question précédente : je n'arrive plus à me connecter à l'Espace Acheteur, mot de passe oublié. Pouvez-vous m'envoyer un lien ? (Lycée Jay de Beaufort, Périgueux, UAI 0249004G)

Merci
S. Mazeau

Le lun. 6 janv. 2025 à 15:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> La facture 2024-118 a bien été déposée sur Chorus Pro le 20 décembre.
> Cordialement
""", client="gmail", reply=True)

M("password_reset", False, "0405654D", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
  "Lost EcoleDirecte administration password (not the daily maintenance password); no reset template for this product.",
  "Corinne Lalanne <corinne.lalanne@ac-bordeaux.fr>",
  "mot de passe administrateur Ecole Directe",
  """Bonjour,

Je suis secrétaire de direction et je n'ai plus le mot de passe du compte administrateur Ecole Directe de l'établissement (je ne parle pas du mot de passe de maintenance). Comment le récupérer ?

Cordialement,
Corinne Lalanne
Collège Jean Rostand - 0405654D
""", client="outlook", charset="windows-1252")

# ---------------------------------------------------------------------------
# missing_noreply_mail (14)
# ---------------------------------------------------------------------------
M("missing_noreply_mail", True, "0245048G", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The Espace Acheteur activation link never arrived; no anti-spam product named.",
  "Pascale Delpech <pascale.delpech@ac-bordeaux.fr>",
  "Lien d'activation non reçu",
  """Bonjour,

Je me suis inscrite hier sur l'Espace Acheteur pour le lycée (0245048G) mais je n'ai jamais reçu le mail avec le lien d'activation. J'ai attendu 24 h.

Cordialement,
Pascale Delpech
Adjointe gestionnaire
""", client="outlook", html="alt")

M("missing_noreply_mail", True, None, "corse", "esidoc", False, "fr",
  "New-password mail from the no-reply address never came; no accents, no UAI, region from ac-corse.fr.",
  "Antoine Filippi <antoine.filippi@ac-corse.fr>",
  "pas recu le mail",
  """bonjour
jai demandé un nouveau mot de passe esidoc 3 fois depuis ce matin, le site dit qu'un mail a ete envoyé mais rien dans ma boite
cordialement
A Filippi
""", client="zimbra", enc="quoted-printable")

M("missing_noreply_mail", True, "0868677P", "nouvelle-aquitaine", "esidoc", False, "en",
  "English: portal notifications (reservation alerts) no longer arrive from the no-reply address.",
  "Sarah Mitchell <sarah.mitchell@ac-poitiers.fr>",
  "No notification emails since December",
  """Hello,

Since mid-December we no longer receive the automatic emails from the portal (new reservations, overdue reminders). Nothing in the junk folder either. School code 0868677P.

Could you check on your side?

Thanks,
Sarah Mitchell
""", client="thunderbird_en", enc="8bit")

M("missing_noreply_mail", True, "0198135P", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  "Bruno Chastagner <bruno.chastagner@ac-limoges.fr>",
  "Mail de confirmation jamais arrivé",
  """Bonjour,

Le mail de confirmation de création de compte Espace Acheteur n'arrive pas. Précision : nous n'avons pas MailInBlack ni aucun filtre particulier, l'établissement est sur la messagerie académique standard.

Lycée d'Arsonval, Brive - 0198135P

B. Chastagner
""", client="outlook")

M("missing_noreply_mail", False, None, "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Reply after the junk-folder answer: still nothing after 48 h; the template was already sent, a person must follow up.",
  "Estelle Roumagnac <estelle.roumagnac@ac-bordeaux.fr>",
  "RE: Pas de mail d'activation",
  """Bonjour,

J'ai suivi vos conseils (courrier indésirable, expéditeur autorisé), toujours rien 48 h plus tard. Pouvez-vous transmettre à la région ou m'activer le compte manuellement ?

Estelle Roumagnac

-----Message d'origine-----
De : Assistance
Envoyé : lundi 13 janvier 2025 10:05
Objet : Pas de mail d'activation

Bonjour, vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur no-reply à vos contacts...
""", client="outlook365", reply=True)

M("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
  "The ticket portal's confirmation mail (to set a password) never arrived.",
  "Rémi Castaing <remi.castaing@cdg-landes-numerique.fr>",
  "inscription portail assistance",
  """Bonjour,

J'ai créé un compte sur votre portail de tickets pour suivre nos demandes, mais le mail de confirmation pour définir le mot de passe n'est jamais arrivé.

Rémi Castaing
Technicien - Syndicat numérique des Landes
""", client="gmail", html="alt")

M("missing_noreply_mail", True, "0796906C", "nouvelle-aquitaine", "esignature", True, "fr",
  "The e-signature invitation mail for the convention never arrived: a missing no-reply notification, not a contract-document access problem.",
  "Agathe Brunet <agathe.brunet@ac-poitiers.fr>",
  "Convention à signer : mail jamais reçu",
  """Bonjour,

On m'annonce que la convention est partie en signature électronique le 10 janvier, mais je n'ai reçu aucun mail d'invitation à signer (rien dans les indésirables). Adresse vérifiée.

Agathe Brunet
Principale adjointe - Collège de Parthenay (0796906C)
""", client="outlook", html="alt")

M("missing_noreply_mail", True, "0797241S", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "The order confirmation mail from the no-reply address never came; the order itself is fine, so not order_billing.",
  "Fabrice Texier <fabrice.texier@ac-poitiers.fr>",
  "pas de confirmation de commande",
  """Bonjour,

J'ai validé un panier vendredi, la commande apparaît bien dans mon historique mais je n'ai reçu aucun mail de confirmation. D'habitude il arrive tout de suite. Est-ce normal ?

Lycée Jean Macé, Niort - 0797241S
F. Texier
""", client="thunderbird", enc="8bit")

M("missing_noreply_mail", True, "0193178B", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Short iPhone reply; the UAI appears only in the signature.",
  "Lucie Vialle <lucie.vialle@ac-limoges.fr>",
  "Activation",
  """Toujours pas reçu le mail d'activation… j'ai regardé partout.

Lucie Vialle
Gestionnaire
Collège Bernadette Chirac - 0193178B

Envoyé de mon iPhone
""", client="iphone", enc="quoted-printable")

M("missing_noreply_mail", True, None, None, "esidoc", False, "fr",
  "Teacher from a personal address never got the account confirmation mail; no UAI, no académie domain.",
  "Julien Bordenave <julien.bordenave@gmail.com>",
  "Mail de validation introuvable",
  """Bonjour,

Je n'ai toujours pas le mail de validation pour mon compte enseignant sur le portail du collège de Nay. J'ai vérifié les spams. Vous pouvez le renvoyer ?

Julien
""", client="gmail")

M("missing_noreply_mail", True, "0471071J", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "HTML-only Outlook mail: the password-renewal mail never arrives.",
  "Christine Sarrazin <christine.sarrazin@ac-bordeaux.fr>",
  "Aucun mail reçu après demande de nouveau mot de passe",
  """Bonjour,

J'ai cliqué sur "mot de passe oublié" sur l'Espace Acheteur à plusieurs reprises, aucun mail n'arrive, ni en boîte de réception ni en courrier indésirable.

Christine Sarrazin
Lycée Jean-Baptiste de Baudre, Agen
UAI 0471071J
""", client="outlook365", html="only")

M("missing_noreply_mail", True, "0794740Y", "nouvelle-aquitaine", "esidoc", False, "en",
  "English IT department: their gateway dropped the no-reply sender; now allowed, they ask for the activation mail to be sent again.",
  "IT Support <it-support@lycee-international-niort.fr>",
  "Resend activation email - school 0794740Y",
  """Hello,

Our mail gateway was silently dropping messages from your no-reply address. We have now added it to the allow list. Could you resend the activation email for the library portal administrator of school 0794740Y?

Regards,
IT Support team
""", client="outlook365")

M("missing_noreply_mail", True, "6201072W", "corse", "espace_acheteur", False, "fr",
  "Base64-encoded mail: the sign-up confirmation never arrived; UAI in the body.",
  "Laetitia Peretti <laetitia.peretti@ac-corse.fr>",
  "Inscription Espace Acheteur",
  """Bonjour,

Je me suis inscrite sur l'Espace Acheteur pour le collège de Porto-Vecchio (6201072W) il y a deux jours. Je n'ai toujours pas reçu le courriel de confirmation.

Merci de votre aide,
Laetitia Peretti
Gestionnaire
""", client="thunderbird", enc="base64")

M("missing_noreply_mail", False, "0231586Z", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Two topics: the activation mail never came (main) and a second account is wanted for a colleague: a person must answer both.",
  "Jacqueline Aumaitre <jacqueline.aumaitre@ac-limoges.fr>",
  "activation + compte collègue",
  """Bonjour,

Je n'ai pas reçu le mail d'activation de mon compte Espace Acheteur. Par la même occasion, est-il possible de créer un compte pour ma collègue de l'intendance, Mme Rigaud ?

Lycée Raymond Loewy, La Souterraine - 0231586Z

Merci,
J. Aumaitre
""", client="outlook", charset="windows-1252")

# ---------------------------------------------------------------------------
# mailinblack_spam (11)
# ---------------------------------------------------------------------------
M("mailinblack_spam", True, "0336257X", "nouvelle-aquitaine", "esidoc", False, "fr",
  "The activation mail is held by MailInBlack, named in the mail.",
  "Isabelle Cazenave <isabelle.cazenave@ac-bordeaux.fr>",
  "Mail bloqué par Mailinblack",
  """Bonjour,

Le mail d'activation du portail e-sidoc semble bloqué par Mailinblack, l'outil anti-spam du lycée (0336257X). Je le vois en quarantaine mais je ne peux pas le libérer moi-même.

Isabelle Cazenave
""", client="outlook", html="alt")

M("mailinblack_spam", True, "7208640D", "corse", "espace_acheteur", False, "fr",
  "The school's IT contact says the Espace Acheteur mails are stopped by MailInBlack.",
  "Stéphane Acquaviva <s.acquaviva@ac-corse.fr>",
  "MailInBlack bloque vos messages",
  """Bonjour,

Référent numérique du lycée de Bastia (7208640D). Le filtrage MailInBlack de l'établissement bloque les messages envoyés par votre plateforme Espace Acheteur (mots de passe, notifications). Avez-vous une procédure pour ajouter vos adresses en liste blanche ?

Stéphane Acquaviva
""", client="thunderbird", enc="8bit")

M("mailinblack_spam", False, "0646505Y", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (prove you are human) without naming MailInBlack: mailinblack_spam, but a person should confirm the product before the guide is sent.",
  "Xabi Olano <xabi.olano@ac-bordeaux.fr>",
  "vos mails demandent une validation",
  """Bonjour,

Nos messages entrants passent par un filtre qui demande à l'expéditeur de cliquer sur un lien pour prouver qu'il n'est pas un robot. Vos mails automatiques (création de compte) ne répondent évidemment pas à cette demande et restent bloqués.

Lycée Louis de Foix, Bayonne - 0646505Y
X. Olano
""", client="zimbra")

M("mailinblack_spam", True, "0862613Y", "nouvelle-aquitaine", "esidoc", False, "en",
  "English: the reset mail sits in the MailInBlack quarantine.",
  "Emma Dufresne <emma.dufresne@ac-poitiers.fr>",
  "Password email stuck in MailInBlack quarantine",
  """Hi,

The password reset email from the library portal is stuck in our MailInBlack quarantine and I can't release it. School 0862613Y. What should we do?

Thanks
Emma
""", client="apple", enc="quoted-printable")

M("mailinblack_spam", True, "0161468J", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Product spelled 'mail in black', no accents: still MailInBlack named.",
  "Gilles Rousseau <gilles.rousseau@ac-poitiers.fr>",
  "probleme mail in black",
  """bonjour
le mail pour changer le mot de passe est bloque par mail in black au college (0161468J), il est dans les indesirables du logiciel et je nai pas les droits pour le debloquer
merci
G Rousseau
""", client="outlook", charset="windows-1252")

M("mailinblack_spam", True, "0194092V", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Negation: 'ce n'est pas un problème de mot de passe', the reset mail is held by MailInBlack.",
  "Nadège Faucher <nadege.faucher@ac-limoges.fr>",
  "pas un souci de mot de passe",
  """Bonjour,

Ce n'est pas un problème de mot de passe : le lien de réinitialisation part bien, mais MailInBlack le retient et nous demande de valider l'expéditeur. Nous n'avons pas la main sur cet outil.

Collège Clemenceau, Tulle - 0194092V

Nadège Faucher
""", client="zimbra", enc="quoted-printable")

M("mailinblack_spam", True, "0332941T", "nouvelle-aquitaine", "esidoc", False, "fr",
  "The librarian forwards the MailInBlack quarantine digest showing the portal's mail held.",
  "Hélène Guiraud <helene.guiraud@ac-bordeaux.fr>",
  "TR: [Mailinblack] Vos messages en attente",
  """Bonjour,

Voir ci-dessous : votre mail d'activation est resté dans les messages en attente de Mailinblack. Comment faire pour qu'il passe ?

Hélène Guiraud, CDI - Lycée Montesquieu 0332941T

-------- Message transféré --------
Sujet : [Mailinblack] Vos messages en attente
De : Mailinblack <no-reply@mailinblack.com>

Vous avez 3 messages en attente :
- no-reply@esidoc.example.fr : Activez votre compte
""", client="thunderbird", enc="8bit")

M("mailinblack_spam", True, "0873418T", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Zimbra: the Espace Acheteur notifications are blocked by the school's MailInBlack.",
  "Régis Lachaud <regis.lachaud@ac-limoges.fr>",
  "Notifications bloquées (Mailinblack)",
  """Bonjour,

Depuis l'installation de Mailinblack au collège, nous ne recevons plus aucune notification de l'Espace Acheteur.

UAI 0873418T
Régis Lachaud, gestionnaire
""", client="zimbra")

M("mailinblack_spam", True, "0166690K", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Outlook: the gestionnaire says MailInBlack quarantines the account mails.",
  "Sophie Maurin <sophie.maurin@ac-poitiers.fr>",
  "Messages Espace Acheteur en quarantaine",
  """Bonjour,

Le logiciel MailInBlack du lycée met en quarantaine les messages de création de compte de l'Espace Acheteur. Pouvez-vous nous indiquer les adresses à autoriser ?

Sophie Maurin
Gestionnaire - Lycée Marguerite de Valois, Angoulême (0166690K)
""", client="outlook", html="alt")

M("mailinblack_spam", False, "0470823P", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Two topics: activation mail blocked by MailInBlack (main) and a question about a duplicated invoice (order_billing).",
  "Frédéric Baylet <frederic.baylet@ac-bordeaux.fr>",
  "Mailinblack + facture en double",
  """Bonjour,

1. Le mail d'activation du compte de mon adjointe est bloqué par Mailinblack.
2. Par ailleurs nous avons reçu deux fois la même facture pour la commande de décembre : laquelle faut-il payer ?

Collège Chaumié, Agen - 0470823P
F. Baylet
""", client="outlook365")

M("mailinblack_spam", True, "7203678K", "corse", "esidoc", False, "fr",
  "Apple Mail: the reset mail is held by MailInBlack at the Corsican lycée.",
  "Jean-Baptiste Orsini <jean-baptiste.orsini@ac-corse.fr>",
  "Mailinblack",
  """Bonjour,

Notre nouveau filtre Mailinblack bloque vos mails de réinitialisation. Que faut-il faire pour les recevoir ?

Lycée de Balagne (7203678K)
JB Orsini
""", client="apple", enc="quoted-printable")

# ---------------------------------------------------------------------------
# account_creation (10)
# ---------------------------------------------------------------------------
M("account_creation", True, "0798953C", "nouvelle-aquitaine", "esidoc", False, "fr",
  "A newly arrived librarian asks for an account on the portal; plain creation request.",
  "Morgane Pairault <morgane.pairault@ac-poitiers.fr>",
  "Création de compte e-sidoc",
  """Bonjour,

Nouvellement nommée au collège (0798953C), je souhaiterais un compte sur le back-office e-sidoc. Comment procéder ?

Morgane Pairault
Professeure documentaliste
""", client="outlook", html="alt")

M("account_creation", False, "0246426E", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The Espace Acheteur account has waited three weeks for validation: a person must chase the administrator.",
  "Bernard Chaumeil <bernard.chaumeil@ac-bordeaux.fr>",
  "Compte en attente de validation depuis 3 semaines",
  """Bonjour,

J'ai créé mon compte Espace Acheteur le 20 décembre et il est toujours "en attente de validation par l'administrateur de la structure". Personne au lycée ne sait qui est cet administrateur.

Lycée Bertran de Born, Périgueux - 0246426E
B. Chaumeil
""", client="outlook")

M("account_creation", False, None, "corse", "espace_acheteur", False, "fr",
  "Asks who the administrator of the structure is: needs a look-up, so a person answers.",
  "Marie-Laure Pietri <marie-laure.pietri@ac-corse.fr>",
  "qui est notre administrateur ?",
  """Bonjour,
Pouvez-vous me dire qui est l'administrateur de notre structure sur l'Espace Acheteur ? Je dois faire valider mon compte.
Merci
ML Pietri, secrétariat d'intendance
""", client="zimbra", enc="quoted-printable")

M("account_creation", True, "0337177X", "nouvelle-aquitaine", "esidoc", False, "en",
  "English: how to create an account for the school's library portal; UAI given.",
  "David Brennan <david.brennan@ac-bordeaux.fr>",
  "How do I create an account?",
  """Hello,

I have just joined the international section as a teacher-librarian (school 0337177X). How do I get an account for the library portal back office?

Best,
David Brennan
""", client="gmail", html="alt")

M("account_creation", True, "0643109G", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "A contract worker replacing the gestionnaire on leave asks for an account for the duration of the replacement.",
  "Amaia Etxeberri <amaia.etxeberri@ac-bordeaux.fr>",
  "Accès Espace Acheteur pour remplacement",
  """Bonjour,

Je remplace la gestionnaire du collège (0643109G) pendant son congé jusqu'en avril. Pouvez-vous me créer un accès à l'Espace Acheteur ?

Amaia Etxeberri
Contractuelle - service intendance
""", client="outlook365", html="alt")

M("account_creation", True, "0869332B", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation, not password_reset.",
  "Florence Texereau <florence.texereau@ac-poitiers.fr>",
  "Je n'ai jamais eu de compte",
  """Bonjour,

On me dit de faire "mot de passe oublié" mais je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte sur l'Espace Acheteur ! Je suis la nouvelle adjointe gestionnaire du lycée 0869332B. Comment créer mon compte ?

F. Texereau
""", client="thunderbird", enc="8bit")

M("account_creation", False, "0473612W", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Account works; asks for order-validation rights to be opened.",
  "Thierry Lagarde <thierry.lagarde@ac-bordeaux.fr>",
  "droits de validation des commandes",
  """Bonjour,

Mon compte Espace Acheteur fonctionne mais je ne peux que consulter. En tant que gestionnaire je dois pouvoir valider les commandes. Pouvez-vous ouvrir ces droits ?

Thierry Lagarde
Collège Théophile de Viau, Villeneuve-sur-Lot - 0473612W
""", client="outlook", charset="windows-1252")

M("account_creation", True, "6206888T", "corse", "esidoc", True, "fr",
  "The UAI appears only in the ce.<UAI>@ac-corse.fr sender address; the school asks for a portal account for its new librarian.",
  "Collège <ce.6206888T@ac-corse.fr>",
  "Compte pour la nouvelle documentaliste",
  """Bonjour,

Merci de créer un compte d'administration du portail documentaire pour Mme Giacomoni, professeure documentaliste arrivée le 6 janvier.

Le secrétariat de direction
""", client="zimbra")

M("account_creation", False, "0409313F", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The establishment's UAI is not in the list when opening the account: the sales team must add it.",
  "Ludovic Sentucq <ludovic.sentucq@ac-bordeaux.fr>",
  "Etablissement introuvable à l'inscription",
  """Bonjour,

Lors de l'inscription sur l'Espace Acheteur, notre établissement (0409313F, lycée ouvert en septembre 2024) n'apparaît pas dans la liste déroulante. Je ne peux donc pas créer mon compte.

L. Sentucq, gestionnaire
""", client="outlook365", html="alt")

M("account_creation", False, None, None, "esidoc", True, "fr",
  "A parent volunteer at a primary-school library asks for a back-office account: the sender is not staff, a person must check with the school.",
  "Martine Doat <martine.doat@gmail.com>",
  "compte pour la BCD de l'école",
  """Bonjour,

Je suis maman bénévole et je m'occupe de la BCD de l'école primaire de Lembeye le mardi. La directrice m'a dit de vous demander un compte pour enregistrer les prêts sur le portail. Est-ce possible ?

Martine Doat
""", client="gmail")

# ---------------------------------------------------------------------------
# subscription_activation (10)
# ---------------------------------------------------------------------------
M("subscription_activation", True, "0335818V", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Subscription ordered two days ago not yet visible: within the 72-hour activation rule.",
  "Sandrine Lafitte <sandrine.lafitte@ac-bordeaux.fr>",
  "Abonnement non visible",
  """Bonjour,

Nous avons commandé lundi l'abonnement annuel au portail e-sidoc pour le collège (0335818V), mais l'interface indique toujours "version d'essai". Est-ce normal ?

S. Lafitte
""", client="outlook", html="alt")

M("subscription_activation", True, "0231532R", "nouvelle-aquitaine", "esidoc", False, "fr",
  "The Europresse resource subscribed to is not published for pupils on the portal.",
  "Guillaume Parot <guillaume.parot@ac-limoges.fr>",
  "Europresse n'apparaît pas",
  """Bonjour,

L'abonnement Europresse a été commandé par le lycée mais la ressource n'apparaît pas sur notre portail élèves. Faut-il la publier de notre côté ?

Lycée Pierre Bourdan, Guéret - 0231532R
G. Parot
""", client="zimbra", enc="quoted-printable")

M("subscription_activation", True, "0867378C", "nouvelle-aquitaine", "esidoc", False, "en",
  "English: the newly ordered subscription is not active yet.",
  "Lauren Hayes <lauren.hayes@ac-poitiers.fr>",
  "Subscription not active yet",
  """Hello,

We ordered the premium subscription on Monday (school 0867378C) and it still does not show in the back office. How long does activation usually take?

Thank you,
Lauren Hayes
""", client="thunderbird_en", enc="8bit")

M("subscription_activation", False, "0196171E", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Ordered three weeks ago and still not active: well past the 72-hour rule, a person must look at the order.",
  "Yannick Besse <yannick.besse@ac-limoges.fr>",
  "Abonnement toujours inactif",
  """Bonjour,

Notre abonnement a été commandé et payé le 20 décembre (bon de commande joint à l'époque). Trois semaines plus tard il n'est toujours pas actif. Pouvez-vous vérifier ?

Collège d'Ussel - 0196171E
Y. Besse
""", client="outlook")

M("subscription_activation", True, "0648901C", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  "Principal Collège <ce.0648901C@ac-bordeaux.fr>",
  "Date de mise à disposition de l'abonnement",
  """Bonjour,

Je suis le principal du collège. Nous avons souscrit mercredi à l'abonnement e-sidoc : pouvez-vous m'indiquer quand il sera disponible pour nos élèves ?

Bien cordialement,
Le principal
""", client="outlook365", html="alt")

M("subscription_activation", True, "7209617R", "corse", "esidoc", False, "fr",
  "No accents and typos: the resource ordered is not visible yet.",
  "Vanina Giudicelli <vanina.giudicelli@ac-corse.fr>",
  "ressource pas visible",
  """bonjour
on a pris l abonement a la ressource numerique "le monde des ados" la semaine derniere et elle aparait pas dans le portail
lycee 7209617R
merci
Vanina
""", client="gmail")

M("subscription_activation", True, "0865884D", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Zimbra: the service ordered on the Espace Acheteur is not visible yet.",
  "Olivier Moreau <olivier.moreau@ac-poitiers.fr>",
  "Service commandé non visible",
  """Bonjour,

Le service "gestion des marchés" commandé avant-hier n'est pas encore visible dans notre Espace Acheteur. Merci de me dire si c'est une question de délai.

O. Moreau - 0865884D
""", client="zimbra")

M("subscription_activation", True, "0409313F", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Negation: 'je n'ai pas de problème de connexion'; the ordered resource is not there.",
  "Mélanie Darracq <melanie.darracq@ac-bordeaux.fr>",
  "abonnement commandé",
  """Bonjour,

Je n'ai pas de problème de connexion ni de mot de passe, tout fonctionne, mais l'abonnement commandé jeudi dernier n'apparaît pas dans le portail du lycée (0409313F).

Merci,
Mélanie Darracq
""", client="thunderbird", enc="quoted-printable")

M("subscription_activation", True, "0233649S", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Thunderbird: the new subscription is not yet visible to pupils.",
  "Patrice Lamiraud <patrice.lamiraud@ac-limoges.fr>",
  "Ressource à publier",
  """Bonjour,

Nous venons de commander l'accès à l'encyclopédie en ligne. Les élèves ne la voient pas encore dans le portail. Y a-t-il une manipulation à faire ?

Collège d'Aubusson - 0233649S
Patrice Lamiraud
""", client="thunderbird", enc="8bit")

M("subscription_activation", True, "0177605Z", "nouvelle-aquitaine", "esidoc", True, "fr",
  "The quoted history is about a password reset that was solved; the new text asks about a subscription not yet visible.",
  "Julie Marchais <julie.marchais@ac-poitiers.fr>",
  "Re: Votre demande de mot de passe",
  """Merci, le mot de passe c'est réglé. En revanche l'abonnement commandé lundi n'apparaît toujours pas dans le back-office (0177605Z). C'est normal ?

Julie

Le 13/01/2025 à 11:02, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse de l'établissement.
> Cordialement
""", client="thunderbird", enc="8bit", reply=True)

# ---------------------------------------------------------------------------
# head_of_establishment_request (11)
# ---------------------------------------------------------------------------
M("head_of_establishment_request", False, "0337177X", "nouvelle-aquitaine", "esidoc", False, "fr",
  "The proviseur writes from the ce.<UAI> address to ask for a reset of the e-sidoc administrator password.",
  "Proviseur Lycée <ce.0337177X@ac-bordeaux.fr>",
  "Demande de réinitialisation du compte administrateur",
  """Madame, Monsieur,

En ma qualité de proviseur du lycée (UAI 0337177X), je vous demande de bien vouloir réinitialiser le mot de passe du compte administrateur e-sidoc de l'établissement, la documentaliste titulaire ayant quitté son poste.

Je vous prie d'agréer mes salutations distinguées.

Le proviseur,
Christophe Ducasse
""", client="outlook", html="alt")

M("head_of_establishment_request", False, "0169776P", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The principal asks to replace the administrator who left (former gestionnaire) with the new one.",
  "Principal Collège <ce.0169776P@ac-poitiers.fr>",
  "Changement d'administrateur Espace Acheteur",
  """Bonjour,

Je suis principal du collège 0169776P. Notre ancienne gestionnaire, Mme Faure, administratrice du compte Espace Acheteur, a été mutée. Je vous demande de transférer les droits d'administrateur à M. Pierre Lannes, son successeur (pierre.lannes@ac-poitiers.fr).

Cordialement,
Jean-Luc Bertaud
Principal
""", client="outlook")

M("head_of_establishment_request", False, "7208490R", "corse", "esidoc", False, "fr",
  "A primary-school head (directrice d'école) asks to replace the contact address on the admin account.",
  "Directrice Ecole <ce.7208490R@ac-corse.fr>",
  "Modification adresse de contact",
  """Bonjour,

Directrice de l'école élémentaire, je souhaite que l'adresse de contact du compte administrateur du portail soit remplacée par l'adresse de l'école (ce.7208490R@ac-corse.fr) au lieu de l'adresse personnelle de l'ancienne enseignante.

Merci,
Francesca Simeoni
Directrice
""", client="zimbra")

M("head_of_establishment_request", False, "0643326T", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The proviseur authorises in writing an order placed by the gestionnaire.",
  "Proviseure <ce.0643326T@ac-bordeaux.fr>",
  "Autorisation de commande",
  """Bonjour,

J'autorise la commande n° EA-2025-0142 passée par notre gestionnaire sur l'Espace Acheteur pour le lycée 0643326T, dans la limite du montant indiqué sur le devis.

Françoise Iturria
Proviseure
""", client="outlook365", html="alt")

M("head_of_establishment_request", False, "0339065Z", "nouvelle-aquitaine", "esidoc", False, "en",
  "English: the head teacher of an international lycée asks in writing to change the portal administrator.",
  "Head Teacher <ce.0339065Z@ac-bordeaux.fr>",
  "Change of portal administrator",
  """Dear support team,

As head of the school (UAI 0339065Z), I ask you to transfer the administrator rights of our library portal from Ms Keane, who left in December, to Mr Nicolas Ferrand.

Yours faithfully,
Robert Ellison
Head Teacher (Proviseur)
""", client="outlook365")

M("head_of_establishment_request", False, "0868677P", "nouvelle-aquitaine", None, True, "fr",
  "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a free-mail address asking to move the admin accounts there: a probable spoof, still a head request for staff to refuse. Mentions both e-sidoc and the Espace Acheteur, so no single platform.",
  "Proviseur <ce.0868677P@ac-poitiers.fr>",
  "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le proviseur. Merci de remplacer immédiatement l'adresse administrateur de nos comptes e-sidoc et Espace Acheteur par proviseur.lycee86@gmail.com, la messagerie académique étant en panne.

Réponse urgente SVP.

Le proviseur
""", client="outlook", auth="fail", reply_to="proviseur.lycee86@gmail.com")

M("head_of_establishment_request", False, "0177310D", "nouvelle-aquitaine", "esidoc", True, "fr",
  "The body gives 0177310B (wrong check letter) but the sender address ce.0177310D@ac-poitiers.fr carries the valid UAI, which is the label.",
  "Principale <ce.0177310D@ac-poitiers.fr>",
  "Réinitialisation mot de passe administrateur",
  """Madame, Monsieur,

Principale du collège (RNE 0177310B), je demande la réinitialisation du mot de passe administrateur du portail e-sidoc, à envoyer sur l'adresse officielle de l'établissement.

Cordialement,
Nathalie Rambaud, principale
""", client="zimbra", enc="quoted-printable")

M("head_of_establishment_request", False, "0875707F", "nouvelle-aquitaine", "esidoc", True, "fr",
  "The secretary relays the head's signed letter (PDF) with the head in copy: it is the head's written request; staff must check the letter and the sender.",
  "Secrétariat de direction <secretariat.direction@ac-limoges.fr>",
  "Courrier du proviseur - changement d'administrateur",
  """Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le Proviseur demandant le changement d'administrateur du portail e-sidoc du lycée Gay-Lussac (0875707F). M. le Proviseur est en copie.

Cordialement,
Le secrétariat de direction
""", client="outlook", cc="Proviseur <ce.0875707F@ac-limoges.fr>",
  attach=[("courrier_proviseur_signe.pdf", "application/pdf", b"%PDF-1.5\n% courrier signe\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")])

M("head_of_establishment_request", False, "6207383F", "corse", "espace_acheteur", False, "fr",
  "The principal of a Corsican collège asks to make the new gestionnaire the Espace Acheteur administrator.",
  "Principal <ce.6207383F@ac-corse.fr>",
  "Désignation du nouvel administrateur",
  """Bonjour,

En tant que principal du collège 6207383F, je désigne Mme Ornella Culioli, gestionnaire depuis le 1er janvier, comme administratrice de notre compte Espace Acheteur en remplacement de M. Nicolai, parti à la retraite.

Salutations,
Pierre-Jean Tomasi
Principal
""", client="apple", enc="quoted-printable")

M("head_of_establishment_request", False, "0794740Y", "nouvelle-aquitaine", "esidoc", True, "fr",
  "The proviseure writes from her personal académie address; the UAI appears only in her signature. A written head request for a reset of the admin contact address.",
  "Hélène Marsault <helene.marsault@ac-poitiers.fr>",
  "Adresse de l'administrateur du portail",
  """Bonjour,

Je vous demande, en tant que cheffe d'établissement, de remplacer l'adresse de l'administrateur du portail documentaire par l'adresse officielle du lycée et de réinitialiser son mot de passe.

Hélène Marsault
Proviseure
Lycée Paul Guérin, Niort
UAI : 0794740Y
""", client="thunderbird", enc="8bit")

M("head_of_establishment_request", False, "0406223X", "nouvelle-aquitaine", "esidoc", False, "fr",
  "The director of a primary school, typing without accents, asks in writing to reset the school's portal admin password.",
  "Directeur Ecole <ce.0406223X@ac-bordeaux.fr>",
  "demande du directeur",
  """bonjour
je suis le directeur de l ecole (0406223X). je vous demande de reinitialiser le mot de passe admin du portail de la BCD, la collegue qui le gerait est partie
merci
M. Lesbats, directeur
""", client="outlook", charset="windows-1252")

# ---------------------------------------------------------------------------
# order_billing (11)
# ---------------------------------------------------------------------------
M("order_billing", False, "0336257X", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Asks for a formal quote (devis) for the subscription renewal, needed for the bon d'engagement.",
  "Marc Lavergne <marc.lavergne@ac-bordeaux.fr>",
  "Demande de devis renouvellement",
  """Bonjour,

Pour préparer le bon d'engagement, pourriez-vous nous adresser un devis pour le renouvellement de l'abonnement e-sidoc 2025 du lycée 0336257X ?

Cordialement,
Marc Lavergne
Gestionnaire
""", client="outlook", html="alt")

M("order_billing", False, "0879369L", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The invoice does not appear on Chorus Pro, so it cannot be paid.",
  "Sylvie Peyronnet <sylvie.peyronnet@ac-limoges.fr>",
  "Facture absente de Chorus",
  """Bonjour,

La facture correspondant à notre commande de novembre n'a jamais été déposée sur Chorus Pro. Nous ne pouvons pas la mettre en paiement. Pouvez-vous la déposer ?

Lycée Turgot, Limoges - 0879369L
S. Peyronnet, agent comptable
""", client="zimbra", enc="quoted-printable")

M("order_billing", False, None, None, "esidoc", False, "en",
  "English Outlook reply asking to address the invoice to the accounting office of a private school group.",
  "Accounts Department <accounts@groupe-scolaire-sainte-marie.fr>",
  "RE: Invoice 2025-0031",
  """Hello,

Could you please reissue invoice 2025-0031 to our accounting office instead of the school library? The address is below.

Accounts Department
Groupe scolaire Sainte-Marie, 12 rue du Palais, 64100 Bayonne

From: Assistance <support@assistance.example.fr>
Sent: Monday, January 13, 2025 9:12 AM
Subject: Invoice 2025-0031

Please find attached your invoice for the library portal subscription.
""", client="outlook365", reply=True)

M("order_billing", False, "0474443Z", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The basket cannot be validated (button greyed out) on the Espace Acheteur.",
  "Céline Dupuy <celine.dupuy@ac-bordeaux.fr>",
  "Impossible de valider mon panier",
  """Bonjour,

Depuis ce matin le bouton "valider le panier" reste grisé sur l'Espace Acheteur. Le panier contient 4 lignes de fournitures. Je dois passer la commande avant vendredi.

Céline Dupuy
Collège Jasmin, Agen - 0474443Z
""", client="outlook365", html="only")

M("order_billing", False, "6203043N", "corse", "espace_acheteur", False, "fr",
  "Asks which reference to put on the bon d'engagement for the order.",
  "Antonia Poli <antonia.poli@ac-corse.fr>",
  "bon d'engagement",
  """Bonjour,
Quelle référence faut-il indiquer sur le bon d'engagement pour la commande de manuels passée hier ? L'agence comptable me le demande.
Collège d'Ajaccio - 6203043N
A. Poli
""", client="zimbra")

M("order_billing", False, "0199984Z", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Asks whether payment by administrative mandate is accepted.",
  "Michel Bessaguet <michel.bessaguet@ac-limoges.fr>",
  "moyen de paiement",
  """Bonjour,

Est-il possible de régler la commande par mandat administratif plutôt que par carte ? Notre agence comptable ne dispose pas de carte achat.

M. Bessaguet, gestionnaire
Lycée Georges Cabanis, Brive - 0199984Z
""", client="outlook", charset="windows-1252")

M("order_billing", False, "0247449S", "nouvelle-aquitaine", "esidoc", False, "fr",
  "The same invoice was received twice; asks which one to pay.",
  "Karine Faure <karine.faure@ac-bordeaux.fr>",
  "Facture reçue en double",
  """Bonjour,

Nous avons reçu deux factures identiques (même montant, même date) pour l'abonnement du collège 0247449S. Merci de nous confirmer qu'une seule est à payer et d'annuler l'autre.

K. Faure
""", client="thunderbird", enc="8bit",
  attach=[("factures_doublon.pdf", "application/pdf", b"%PDF-1.4\n% deux factures\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")])

M("order_billing", False, "0791245Z", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Former staff theme: the invoice is made out to the previous gestionnaire, who left; asks to correct the invoice.",
  "Aurélien Giraud <aurelien.giraud@ac-poitiers.fr>",
  "Facture au nom de l'ancien gestionnaire",
  """Bonjour,

La facture de décembre est encore libellée au nom de M. Braud, gestionnaire parti en juin. Notre agence comptable la refuse. Pouvez-vous la rééditer au nom de l'établissement (collège 0791245Z) ?

Aurélien Giraud, gestionnaire
""", client="outlook", html="alt")

M("order_billing", False, "0862613Y", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Two topics: a quote for the renewal (main, first) and a forgotten password mentioned in passing.",
  "Chantal Ribière <chantal.ribiere@ac-poitiers.fr>",
  "devis 2025 (et mot de passe)",
  """Bonjour,

Pourriez-vous m'envoyer un devis pour le renouvellement de notre abonnement (lycée 0862613Y) ? Le conseil d'administration vote le budget le 28.

Au passage, ma collègue a oublié son mot de passe, mais elle vous écrira séparément.

Chantal Ribière
""", client="apple", enc="quoted-printable")

M("order_billing", False, "0177619P", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Zimbra: the invoice was rejected by Chorus Pro (wrong SIRET); asks for a corrected one.",
  "Pascal Renaud <pascal.renaud@ac-poitiers.fr>",
  "Rejet Chorus - facture",
  """Bonjour,

Chorus Pro a rejeté votre facture du 8 janvier : le SIRET indiqué n'est pas celui du lycée (0177619P). Merci de déposer une facture corrigée.

P. Renaud
""", client="zimbra", enc="quoted-printable")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "A town hall buyer's order has stayed 'en attente de validation' for a week; no UAI, non-academic domain.",
  "Service Achats <achats@ville-saint-medard-en-jalles.fr>",
  "Commande en attente de validation",
  """Bonjour,

Notre commande du 7 janvier sur l'Espace Acheteur est toujours au statut "en attente de validation". Le fournisseur ne peut pas livrer. Pouvez-vous débloquer la situation ?

Service Achats
""", client="outlook365", html="alt")

# ---------------------------------------------------------------------------
# contract_documents (7)
# ---------------------------------------------------------------------------
M("contract_documents", False, "0643109G", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Cannot see the membership convention in the contract documents space.",
  "Amaia Etxeberri <amaia.etxeberri@ac-bordeaux.fr>",
  "convention d'adhésion introuvable",
  """Bonjour,

Je ne trouve pas la convention d'adhésion du collège (0643109G) dans la rubrique "Mes documents" de l'Espace Acheteur. L'agent comptable me la réclame.

Amaia Etxeberri
""", client="outlook365", html="alt")

M("contract_documents", False, "0865884D", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Amendment no. 1 of the cleaning-products market is missing from the market documents.",
  "Olivier Moreau <olivier.moreau@ac-poitiers.fr>",
  "Avenant manquant",
  """Bonjour,

L'avenant n°1 au marché produits d'entretien n'apparaît pas dans les pièces du marché, seul l'acte d'engagement initial est visible.

O. Moreau - Lycée Camille Guérin (0865884D)
""", client="outlook")

M("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English: market documents (specifications) not visible for a private school buyer.",
  "Procurement Office <procurement@ecole-bilingue-arcachon.fr>",
  "Cannot access market documents",
  """Hello,

We joined the purchasing group in December but the market documents (specifications, price schedule) are not visible in our buyer space. Could you give us access?

Procurement Office
École bilingue d'Arcachon
""", client="gmail", html="alt")

M("contract_documents", False, "7205109R", "corse", "espace_acheteur", False, "fr",
  "The CCAP of the catering market cannot be opened or found.",
  "Dumè Franceschi <dume.franceschi@ac-corse.fr>",
  "CCAP marché restauration",
  """Bonjour,
Le CCAP du marché de restauration n'est pas dans les documents du marché, le lien mène à une page vide.
Lycée Pascal Paoli, Corte (7205109R)
D. Franceschi, gestionnaire
""", client="zimbra")

M("contract_documents", False, "0245048G", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Follow-up reply: the convention is still missing after the region's answer.",
  "Pascale Delpech <pascale.delpech@ac-bordeaux.fr>",
  "Re: Convention 2025 non visible",
  """Bonjour,

Malgré votre réponse de la semaine dernière, la convention 2025 n'apparaît toujours pas dans nos documents (lycée 0245048G).

Pascale Delpech

Le mer. 8 janv. 2025 à 14:03, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Votre demande a été transmise à la région.
> Cordialement
""", client="gmail", reply=True)

M("contract_documents", False, "0337177X", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Thunderbird with screenshot: the market documents list is empty for the lycée.",
  "Marion Laporte <marion.laporte@ac-bordeaux.fr>",
  "Documents du marché vides",
  """Bonjour,

La liste des documents du marché "fournitures de bureau" est vide pour notre lycée (0337177X). Capture d'écran ci-jointe.

Marion Laporte, adjointe gestionnaire
""", client="thunderbird", enc="8bit",
  attach=[("capture.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")])

M("contract_documents", False, "0249229B", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Negation: 'ce n'est pas une question de facture'; the contract itself cannot be seen.",
  "Rachid Benyahia <rachid.benyahia@ac-bordeaux.fr>",
  "contrat invisible",
  """Bonjour,

Ce n'est pas une question de facture ni de commande : je ne vois tout simplement pas le contrat du marché de maintenance informatique dans l'Espace Acheteur (collège 0249229B), alors que nous y sommes rattachés.

R. Benyahia
""", client="outlook", charset="windows-1252")

# ---------------------------------------------------------------------------
# transfer_incident (9)
# ---------------------------------------------------------------------------
M("transfer_incident", False, "0335818V", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
  "The EcoleDirecte transfer has not run for three days; parents no longer see the absences.",
  "Corinne Lesca <corinne.lesca@ac-bordeaux.fr>",
  "Transfert Ecole Directe bloqué",
  """Bonjour,

Le dernier transfert vers Ecole Directe date de vendredi. Depuis, les absences saisies ne remontent plus et les parents nous appellent.

Collège Jules Ferry, Mérignac - 0335818V
C. Lesca, secrétariat de direction
""", client="outlook", html="alt")

M("transfer_incident", False, None, "corse", "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
  "Serge Ottavi <serge.ottavi@ac-corse.fr>",
  "mot de passe maintenance",
  """Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois lancer une réparation de la base Charlemagne avant le transfert.

Serge Ottavi
""", client="zimbra", enc="quoted-printable")

M("transfer_incident", False, "0791245Z", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
  "Licence to regenerate after moving to a new server.",
  "Aurélien Giraud <aurelien.giraud@ac-poitiers.fr>",
  "licence à régénérer",
  """Bonjour,

Nous avons changé le serveur du secrétariat pendant les vacances. Charlemagne indique maintenant "licence invalide" et le transfert échoue. Pouvez-vous régénérer la licence pour le collège 0791245Z ?

A. Giraud
""", client="outlook")

M("transfer_incident", False, "0646505Y", "nouvelle-aquitaine", "ecoledirecte", False, "en",
  "English IT contact: synchronisation fails with an error code since the weekend.",
  "Xabi Olano <xabi.olano@ac-bordeaux.fr>",
  "Sync error TR-503 since Saturday",
  """Hello,

Our nightly synchronisation to EcoleDirecte has failed since Saturday with error "TR-503 upload rejected". Nothing changed on our side. School 0646505Y.

Could you have a look?

Xabi Olano
IT contact
""", client="thunderbird_en", enc="8bit")

M("transfer_incident", False, "6205889G", "corse", "ecoledirecte", False, "fr",
  "The Charlemagne-to-EcoleDirecte transfer stops halfway at the Corsican collège.",
  "Jeanne Marcaggi <jeanne.marcaggi@ac-corse.fr>",
  "Transfert s'arrête à 50%",
  """Bonjour,

Le transfert vers Ecole Directe s'arrête à 50 % depuis mardi, sans message d'erreur clair. Collège de Sartène, 6205889G.

J. Marcaggi
""", client="outlook", charset="windows-1252")

M("transfer_incident", False, "0403036H", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
  "No accents: the notes no longer go up to EcoleDirecte after the transfer.",
  "Secretariat College <secretariat.college.ondres@ac-bordeaux.fr>",
  "transfert notes",
  """bonjour
depuis lundi les notes ne passent plus sur ecole directe, le transfert dit termine mais rien ne change cote parents
college 0403036H
merci
""", client="outlook365", html="alt")

M("transfer_incident", False, "0873418T", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
  "HTML-only Outlook: the synchronisation of timetables fails.",
  "Régis Lachaud <regis.lachaud@ac-limoges.fr>",
  "Synchronisation des emplois du temps en échec",
  """Bonjour,

La synchronisation des emplois du temps vers Ecole Directe échoue chaque nuit depuis la mise à jour de jeudi (message : "échec de la synchronisation, code 12").

Régis Lachaud - 0873418T
""", client="outlook365", html="only")

M("transfer_incident", False, "0862613Y", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
  "Zimbra: the antivirus quarantines the transfer tool, transfers no longer run.",
  "Chantal Ribière <chantal.ribiere@ac-poitiers.fr>",
  "Antivirus et outil de transfert",
  """Bonjour,

Depuis la mise à jour de l'antivirus, l'outil de transfert Charlemagne est mis en quarantaine et aucun transfert ne part. Lycée 0862613Y.

Chantal Ribière
""", client="zimbra")

M("transfer_incident", False, "0474443Z", "nouvelle-aquitaine", "ecoledirecte", True, "fr",
  "Two topics: the EcoleDirecte transfer fails (main) and a question about the next invoice.",
  "Céline Dupuy <celine.dupuy@ac-bordeaux.fr>",
  "transfert + facture",
  """Bonjour,

Le transfert Ecole Directe est en erreur depuis deux jours (licence expirée ?). Et pendant que je vous tiens : quand recevrons-nous la facture annuelle ?

Céline Dupuy - Collège Jasmin (0474443Z)
""", client="outlook365", html="alt")

# ---------------------------------------------------------------------------
# automated (19)
# ---------------------------------------------------------------------------
M("automated", False, None, "nouvelle-aquitaine", None, False, "fr",
  "Exchange out-of-office in French (Auto-Submitted, X-Auto-Response-Suppress); region from the ac-bordeaux.fr sender.",
  "Sandrine Lafitte <sandrine.lafitte@ac-bordeaux.fr>",
  "Réponse automatique : Abonnement non visible",
  """Bonjour,

Je suis absente jusqu'au 20 janvier inclus. Pour toute urgence concernant le CDI, merci de contacter le secrétariat du collège.

Cordialement,
Sandrine Lafitte
""", client="outlook365", extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                                 ("X-MS-Exchange-Inbox-Rules-Loop", "sandrine.lafitte@ac-bordeaux.fr")])

M("automated", False, None, "corse", None, False, "fr",
  "Academic Zimbra vacation reply (Auto-Submitted: auto-replied); region from ac-corse.fr.",
  "Antonia Poli <antonia.poli@ac-corse.fr>",
  "Absence - Re: bon d'engagement",
  """Je suis en formation du 15 au 17 janvier, je traiterai votre message à mon retour.
A. Poli
""", client="zimbra", extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

M("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status, headers of the original), null Return-Path.",
  "MAILER-DAEMON@mx.lycee-international-niort.fr (Mail Delivery System)",
  "Undelivered Mail Returned to Sender", "",
  raw="""This is a MIME-encapsulated message.

--B7C2A1D9F3.1736845210/mx.lycee-international-niort.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.lycee-international-niort.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<j.doe@lycee-international-niort.fr>: host mail.lycee-international-niort.fr
    said: 550 5.1.1 User unknown (in reply to RCPT TO command)

--B7C2A1D9F3.1736845210/mx.lycee-international-niort.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.lycee-international-niort.fr

Final-Recipient: rfc822; j.doe@lycee-international-niort.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B7C2A1D9F3.1736845210/mx.lycee-international-niort.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: j.doe@lycee-international-niort.fr
Subject: Re: Resend activation email

--B7C2A1D9F3.1736845210/mx.lycee-international-niort.fr--
""", ctype='multipart/report; report-type=delivery-status;\n\tboundary="B7C2A1D9F3.1736845210/mx.lycee-international-niort.fr"',
  extra=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  "Hannah Whitfield <hannah.whitfield@btinternet.com>",
  "Out of office: Re: Enrolling my son in a lycée in Bordeaux",
  """Thank you for your email. I am travelling until 22 January with limited access to email and will reply on my return.

Hannah
""", client="gmail", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])

M("automated", False, None, None, None, True, "fr",
  "MailInBlack challenge sent to the desk's own reply: names MailInBlack, but it is a robot asking us to prove we are human, never answered.",
  "Mailinblack <no-reply@mailinblack.com>",
  "[Mailinblack] Confirmez votre message à sophie.maurin@ac-poitiers.fr",
  """Bonjour,

Vous avez envoyé un message à sophie.maurin@ac-poitiers.fr. Ce destinataire est protégé par Mailinblack.

Pour que votre message soit délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous :
https://auth.mailinblack.example/challenge/7f3a9c

Ce lien est valable 7 jours.

L'équipe Mailinblack
""", client="robot", html="alt", extra=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, None, False, "fr",
  "Publisher's newsletter with List-Id, List-Unsubscribe and Precedence: bulk.",
  "Éditions Numériques Atlantique <newsletter@editions-numeriques-atlantique.fr>",
  "Nouveautés de janvier : 5 ressources pour le CDI",
  """Découvrez ce mois-ci nos nouvelles ressources pour les collèges : quiz EMI, dossiers sur l'océan, podcasts.

Pour ne plus recevoir cette lettre, cliquez ici : https://editions-numeriques-atlantique.fr/desinscription
""", client="robot", html="only", extra=[("List-Id", "<lettre.editions-numeriques-atlantique.fr>"),
                                         ("List-Unsubscribe", "<https://editions-numeriques-atlantique.fr/desinscription>"),
                                         ("Precedence", "bulk")])

M("automated", False, None, "nouvelle-aquitaine", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-limoges.fr.",
  "Régis Lachaud <regis.lachaud@ac-limoges.fr>",
  "Lu : Notifications bloquées (Mailinblack)", "",
  raw="""--_rr_0a1b2c3d_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Régis Lachaud
  Objet : Notifications bloquées (Mailinblack)
  Envoyé : mardi 14 janvier 2025 10:14:02 (UTC+01:00)

a été lu le mardi 14 janvier 2025 10:31:47 (UTC+01:00).

--_rr_0a1b2c3d_
Content-Type: message/disposition-notification

Reporting-UA: mail.ac-limoges.fr; Microsoft Exchange Server
Final-Recipient: rfc822; regis.lachaud@ac-limoges.fr
Disposition: automatic-action/MDN-sent-automatically; displayed

--_rr_0a1b2c3d_--
""", ctype='multipart/report; report-type=disposition-notification;\n\tboundary="_rr_0a1b2c3d_"', ret="<regis.lachaud@ac-limoges.fr>")

M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a ticket the desk opened was updated. Auto-Submitted: auto-generated.",
  "Portail Assistance <no-reply@tickets.example.fr>",
  "[Ticket #48213] Mise à jour de votre demande",
  """Bonjour,

Le ticket #48213 « Synchronisation EcoleDirecte » a été mis à jour par l'éditeur.
Statut : En cours de traitement

Consultez le ticket : https://tickets.example.fr/t/48213

Ceci est un message automatique, merci de ne pas y répondre.
""", client="robot", extra=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'document signé' notification for a convention: no Auto-Submitted or Precedence; only the no-reply sender and the wording show it is automatic.",
  "Signature électronique <ne-pas-repondre@esignature.example.fr>",
  "Document signé : Convention d'adhésion 2025",
  """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2025 - Collège de Parthenay ».

Vous pouvez télécharger le document signé depuis votre espace pendant 30 jours.

Cet e-mail a été envoyé automatiquement.
""", client="robot", html="alt")

M("automated", False, None, "nouvelle-aquitaine", None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic. Region from ac-poitiers.fr.",
  "Anne Brissaud <anne.brissaud@ac-poitiers.fr>",
  "Absente : RE: Réinitialisation de votre mot de passe e-sidoc",
  """Bonjour,

Je suis absente du 15 au 19 janvier (stage de formation). Je prendrai connaissance de votre message à mon retour. En cas d'urgence, contactez le secrétariat du collège au 05 45 31 00 12.

Anne Brissaud
""", client="outlook")

M("automated", False, None, "nouvelle-aquitaine", "esidoc", True, "fr",
  "A librarian's real question about an e-sidoc password posted to an academic documentalistes' list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from ac-poitiers.fr.",
  "Claire Bouchet <claire.bouchet@ac-poitiers.fr>",
  "[docs-poitiers] mot de passe e-sidoc : comment faites-vous ?",
  """Bonjour à toutes et tous,

Petite question : quand vous changez de poste, comment récupérez-vous le mot de passe e-sidoc de votre prédécesseur ? Passez-vous par le chef d'établissement ?

Merci pour vos retours,
Claire, collège de Loudun

--
Liste de diffusion des professeurs documentalistes de l'académie de Poitiers
""", client="thunderbird", enc="8bit", to="docs-poitiers@listes.ac-poitiers.fr",
  extra=[("List-Id", "Documentalistes de l'academie <docs-poitiers.listes.ac-poitiers.fr>"),
         ("Precedence", "list"), ("List-Post", "<mailto:docs-poitiers@listes.ac-poitiers.fr>")])

M("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  "Microsoft Outlook <postmaster@ecole-bilingue-arcachon.fr>",
  "Non remis : RE: Cannot access market documents", "",
  raw="""--ndr_5f1e_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Impossible de remettre votre message =C3=A0 ces destinataires ou groupes :

procurement@ecole-bilingue-arcachon.fr
La bo=C3=AEte aux lettres du destinataire est pleine et ne peut pas accept=
er de messages pour le moment.

--ndr_5f1e_
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB0001.FRAP264.PROD.OUTLOOK.COM

Final-recipient: rfc822;procurement@ecole-bilingue-arcachon.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--ndr_5f1e_--
""", ctype='multipart/report; report-type=delivery-status;\n\tboundary="ndr_5f1e_"',
  extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])

M("automated", False, "0193178B", "nouvelle-aquitaine", None, False, "fr",
  "Out-of-office of a school office (ce.<UAI> address) that mentions accounts and passwords; Auto-Submitted is present. The UAI comes from the address.",
  "Collège Bernadette Chirac <ce.0193178B@ac-limoges.fr>",
  "Réponse automatique",
  """Bonjour,

Le secrétariat est fermé pendant la semaine de formation du personnel. Les demandes de comptes ou de mots de passe seront traitées à partir du 20 janvier.

Le secrétariat
""", client="zimbra", extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply Espace Acheteur notification to the desk: an account awaits validation. Auto-Submitted: auto-generated.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Nouveau compte en attente de validation",
  """Bonjour,

Un nouvel utilisateur (l.sentucq) a demandé un compte pour une structure sans administrateur. Merci de valider ou refuser la demande depuis la console d'administration.

Message automatique - ne pas répondre.
""", client="robot", html="alt", extra=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, None, False, "en",
  "DMARC aggregate report (gzip attachment) sent to the desk's address.",
  "noreply-dmarc-support@google.com",
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1194473920417582044",
  """This is an aggregate report from google.com.
""", client="robot", enc="7bit", charset="us-ascii",
  attach=[("google.com!assistance.example.fr!1736726400!1736812799.xml.gz", "application/gzip",
           b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00")])

M("automated", False, None, None, None, True, "fr",
  "Job-board alert newsletter ('offres d'emploi' for the desk's old job ad): a mailing with List-Unsubscribe, fits the job-seeker theme but nobody wrote it.",
  "Alertes Emploi <alertes@emploi-sudouest.example.com>",
  "3 nouvelles offres correspondent à votre recherche « technicien support »",
  """Bonjour,

3 nouvelles offres correspondent à votre alerte « technicien support - Gironde » :

- Technicien support N1 (H/F) - Mérignac
- Assistant informatique en établissement scolaire - Bordeaux
- Gestionnaire de parc - Pessac

Gérer mes alertes : https://emploi-sudouest.example.com/alertes
""", client="robot", html="only", extra=[("List-Unsubscribe", "<https://emploi-sudouest.example.com/unsub?u=8812>"),
                                         ("Precedence", "bulk")])

M("automated", False, None, "nouvelle-aquitaine", None, False, "fr",
  "Another help desk's acknowledgement (rectorat ticketing) of a message the desk sent: Auto-Submitted and X-Loop, answering it would loop. Region from ac-bordeaux.fr.",
  "Assistance Rectorat <assistance-ne-pas-repondre@ac-bordeaux.fr>",
  "[Demande 2025-00417] Accusé de réception",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro 2025-00417. Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.
Plateforme d'assistance académique
""", client="robot", extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-bordeaux.fr")])

M("automated", False, None, None, None, False, "fr",
  "A parent's Gmail vacation responder in French, answering the desk's reply: Auto-Submitted: auto-replied.",
  "Jean-Marc Dubourg <jm.dubourg@orange.fr>",
  "Absence : Re: Facture cantine erronée",
  """Bonjour, je suis en déplacement jusqu'au 19 janvier. Je vous répondrai à mon retour.
JMD
""", client="outlook", extra=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, None, False, "en",
  "Delay warning from our own relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
  "MAILER-DAEMON@relay.assistance.example.fr (Mail Delivery System)",
  "Delayed Mail (still being retried)", "",
  raw="""--D4E5F6.1736950000/relay.assistance.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<secretariat@mairie-calenzana.fr>: connect to mx.mairie-calenzana.fr:25:
    Connection timed out

--D4E5F6.1736950000/relay.assistance.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.assistance.example.fr

Final-Recipient: rfc822; secretariat@mairie-calenzana.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.mairie-calenzana.fr:25: Connection
    timed out

--D4E5F6.1736950000/relay.assistance.example.fr--
""", ctype='multipart/report; report-type=delivery-status;\n\tboundary="D4E5F6.1736950000/relay.assistance.example.fr"',
  extra=[("Auto-Submitted", "auto-replied")])


# ---------------------------------------------------------------------------
# Wrapping: headers, transfer encodings, MIME structure
# ---------------------------------------------------------------------------
CLIENTS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")],
    "outlook365": [("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                   ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "thunderbird_en": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
    "apple": [("X-Mailer", "Apple Mail (2.3776.700.51)")],
    "iphone": [("X-Mailer", "iPhone Mail (21G93)")],
    "zimbra": [("X-Mailer", "Zimbra 8.8.15_GA_4652 (ZimbraWebClient - FF128 (Linux)/8.8.15_GA_4652)"),
               ("Thread-Topic", None)],
    "robot": [],
}


def addr_of(frm):
    return email.utils.parseaddr(frm)[1]


def domain_of(frm):
    a = addr_of(frm)
    return a.rsplit("@", 1)[1].lower() if "@" in a else ""


def text_to_html(text):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>\n".join(lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def message_id(rng, client, dom):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    if client.startswith("outlook"):
        return "<%s$%s$%s@%s>" % (h(12), h(8), h(8), dom)
    if client == "gmail":
        s = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-+") for _ in range(40))
        return "<CA%s@mail.gmail.com>" % s
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randrange(10**8, 10**9), rng.randrange(10**6, 10**7),
                                                   rng.randrange(1736700000000, 1737300000000), dom)
    return "<%s@%s>" % (uuid.UUID(int=rng.getrandbits(128), version=4), dom)


def boundary(rng, client, i):
    h = lambda n: "".join(rng.choice("0123456789ABCDEF") for _ in range(n))
    if client.startswith("outlook"):
        return "----=_NextPart_%03d_%s_%s.%s" % (i, h(4), h(8), h(8))
    if client == "gmail":
        return "0000000000%s" % h(16).lower()
    if client in ("apple", "iphone"):
        return "Apple-Mail=_%s" % uuid.UUID(int=rng.getrandbits(128), version=4)
    if client == "zimbra":
        return "=_%s" % uuid.UUID(int=rng.getrandbits(128), version=4)
    return "------------%s" % "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(24))


def build(mail, idx, rng, when):
    client = mail.get("client", "outlook")
    frm = mail["frm"]
    dom = domain_of(frm) or "example.net"
    enc = mail.get("enc", "quoted-printable")
    charset = mail.get("charset", "utf-8")
    body = mail["body"]
    hmode = mail.get("html")
    msg = EmailMessage()
    ret = mail.get("ret", "<%s>" % addr_of(frm))
    msg["Return-Path"] = ret
    msg["Delivered-To"] = DESK
    relay = "mail-%s.%s" % (rng.choice(["out1", "out2", "smtp", "mx3", "relay"]), dom)
    msg["Received"] = ("from %s (%s [192.0.2.%d]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s "
                       "for <%s>; %s" % (relay, relay, rng.randrange(2, 250),
                                           "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz") for _ in range(13)),
                                           DESK, format_datetime(when + datetime.timedelta(seconds=rng.randrange(2, 40)))))
    auth = mail.get("auth", "pass")
    if auth == "pass":
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=pass header.d=%s; spf=pass "
                                         "smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, dom, dom))
    elif auth == "fail":
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=none; spf=fail "
                                         "smtp.mailfrom=%s; dmarc=fail (p=quarantine) header.from=%s" % (dom, dom))
    msg["From"] = frm
    msg["To"] = mail.get("to", "Assistance <%s>" % DESK)
    if mail.get("cc"):
        msg["Cc"] = mail["cc"]
    if mail.get("reply_to"):
        msg["Reply-To"] = mail["reply_to"]
    msg["Subject"] = mail["subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id(rng, client, dom)
    if mail.get("reply"):
        ref = "<%s@assistance.example.fr>" % uuid.UUID(int=rng.getrandbits(128), version=4)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in CLIENTS.get(client, []):
        msg[k] = mail["subject"] if v is None else v
    for k, v in mail.get("extra", []):
        msg[k] = v
    if hmode == "only":
        msg.set_content(text_to_html(body), subtype="html", charset=charset, cte=enc)
    else:
        msg.set_content(body, charset=charset, cte=enc)
        if client.startswith("thunderbird") and enc in ("8bit", "7bit"):
            msg.set_param("format", "flowed")
        if hmode == "alt":
            msg.add_alternative(text_to_html(body), subtype="html", charset=charset, cte=enc)
    for name, ctype, data in mail.get("attach", []):
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(rng, client, n))
            n += 1
    return msg.as_bytes(policy=policy.default)


def build_raw(mail, idx, rng, when):
    """Robots that send multipart/report: the hand-written raw MIME body is kept as is."""
    head = []
    frm = mail["frm"]
    dom = domain_of(frm) or "example.net"
    head.append("Return-Path: %s" % mail.get("ret", "<>"))
    head.append("Delivered-To: %s" % DESK)
    host = dom if dom.startswith(("mx.", "relay.")) else "mx." + dom
    head.append("Received: from %s (%s [192.0.2.%d])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS\n\tfor <%s>; %s"
                % (host, host, rng.randrange(2, 250), DESK, format_datetime(when)))
    name, addr = email.utils.parseaddr(frm)
    head.append("From: %s" % (email.utils.formataddr((name, addr), charset="utf-8") if "<" in frm else frm))
    head.append("To: %s" % mail.get("to", DESK))
    subj = mail["subject"]
    head.append("Subject: %s" % (subj if subj.isascii() else email.header.Header(subj, "utf-8").encode()))
    head.append("Date: %s" % format_datetime(when))
    head.append("Message-ID: %s" % message_id(rng, "robot", dom))
    for k, v in mail.get("extra", []):
        head.append("%s: %s" % (k, v))
    head.append("MIME-Version: 1.0")
    head.append("Content-Type: %s" % mail["ctype"])
    return ("\n".join(head) + "\n\n" + mail["raw"]).encode("utf-8")


# ---------------------------------------------------------------------------
# Write, then re-read and check
# ---------------------------------------------------------------------------
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text" or part.get_content_type() in (
                "message/delivery-status", "message/disposition-notification"):
            if part.get_content_disposition() == "attachment" and part.get_content_maintype() != "text":
                continue
            try:
                t = part.get_content()
            except Exception:
                t = part.get_payload(decode=True).decode("utf-8", "replace")
            if not isinstance(t, str):
                t = str(t)
            if part.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    return "\n".join(parts)


def expected_region(label, sender_domain):
    if label["uai"]:
        return DEPT_REGION.get(label["uai"][:3])
    return DOMAIN_REGION.get(sender_domain)


def main():
    rng = random.Random(SEED)
    mails = list(MAILS)
    assert len(mails) == 150, len(mails)
    rng.shuffle(mails)
    start = datetime.datetime(2025, 1, 13, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    labels = []
    for i, mail in enumerate(mails, 1):
        name = "h%03d.eml" % i
        day = rng.choice([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6])
        when = start + datetime.timedelta(days=day, minutes=rng.randrange(0, 12 * 60), seconds=rng.randrange(60))
        if mail.get("night"):
            when = start + datetime.timedelta(days=day, hours=-5, minutes=rng.randrange(0, 240))
        data = build_raw(mail, i, rng, when) if mail.get("raw") else build(mail, i, rng, when)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, "category": mail["cat"], "auto_reply_ok": mail["auto"],
                       "uai": mail["uai"], "region": mail["region"], "platform": mail["platform"],
                       "hard": mail["hard"], "lang": mail["lang"], "notes": mail["notes"]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in HERE.glob("h*.eml"))
    assert len(files) == 150 and len(labels) == 150, (len(files), len(labels))
    assert files == ["h%03d.eml" % i for i in range(1, 151)]
    assert [l["file"] for l in labels] == files
    seen = set()
    for lab in labels:
        f = lab["file"]
        assert list(lab) == KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        seen.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] not in AUTO_ALLOWED:
            assert lab["auto_reply_ok"] is False, f
        assert lab["lang"] in ("fr", "en"), f
        assert lab["platform"] in PLATFORMS, f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 15, f
        assert lab["uai"] is None or uai_ok(lab["uai"]) and lab["uai"] == lab["uai"].upper(), f
        assert lab["region"] is None or lab["region"] in set(DEPT_REGION.values()), f
        raw = (HERE / f).read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        assert msg["Date"].datetime is not None, f
        text = visible_text(msg)
        squashed = re.sub(r"\s+", "", text).upper()
        if lab["uai"]:
            assert lab["uai"] in squashed, (f, "labelled uai not in mail")
        for code in UAI_RE.findall(text):
            c = code.upper()
            if uai_ok(c):
                assert c == lab["uai"] or c in lab["notes"].upper(), (f, "unexplained UAI", c)
            else:
                assert c in lab["notes"].upper() and "wrong check letter" in lab["notes"], (f, "unexplained code", c)
        if "wrong check letter" in lab["notes"]:
            bad = [c for c in re.findall(r"\b\d{7}[A-Z]\b", lab["notes"]) if not uai_ok(c)]
            assert bad, (f, "notes say wrong check letter but give no wrong code")
            for c in bad:
                assert c in squashed, (f, "wrong code not in the mail", c)
        sender = email.utils.parseaddr(str(msg["From"]))[1]
        dom = sender.rsplit("@", 1)[-1].lower() if "@" in sender else ""
        assert lab["region"] == expected_region(lab, dom), (f, lab["region"], expected_region(lab, dom))
    assert seen == set(CATEGORIES), set(CATEGORIES) - seen
    n_en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= n_en <= 25, n_en
    # every .eml is written deterministically: a second build must give the same bytes
    print("ok: 150 mails, %d in English, %d hard" % (n_en, sum(l["hard"] for l in labels)))


if __name__ == "__main__":
    main()

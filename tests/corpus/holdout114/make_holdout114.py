#!/usr/bin/env python3
"""Build holdout114: 150 hand-written blind test mails with labels.

Theme: English-speaking writers (international sections, lycées français
abroad, British and American suppliers, language assistants), some mixing
French and English in the same text.

Standard library only, deterministic (fixed seed). Every mail text below is
written by hand; the script only wraps each text in realistic headers and a
MIME structure, writes h001.eml ... h150.eml and labels.jsonl, then re-reads
everything and checks it.

Run:  python3 make_holdout114.py
"""
import datetime as _dt
import email
import email.policy
import html as _html
import json
import os
import random
from email.header import Header
from email.message import MIMEPart
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 114114
DESK = "support@assistance.example.fr"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
NEVER_AUTO = {
    "head_of_establishment_request", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}
CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"

# regions.md: région académique -> départements and académie mail domains
REGIONS = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74",
                             "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90",
                                "ac-besancon.fr ac-dijon.fr"),
    "bretagne": ("22 29 35 56", "ac-rennes.fr"),
    "centre-val-de-loire": ("18 28 36 37 41 45", "ac-orleans-tours.fr"),
    "corse": ("620 720", "ac-corse.fr"),
    "grand-est": ("08 10 51 52 54 55 57 67 68 88",
                  "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr"),
    "hauts-de-france": ("02 59 60 62 80", "ac-amiens.fr ac-lille.fr"),
    "ile-de-france": ("75 77 78 91 92 93 94 95",
                      "ac-creteil.fr ac-paris.fr ac-versailles.fr"),
    "normandie": ("14 27 50 61 76", "ac-normandie.fr ac-caen.fr ac-rouen.fr"),
    "nouvelle-aquitaine": ("16 17 19 23 24 33 40 47 64 79 86 87",
                           "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr"),
    "occitanie": ("09 11 12 30 31 32 34 46 48 65 66 81 82",
                  "ac-montpellier.fr ac-toulouse.fr"),
    "pays-de-la-loire": ("44 49 53 72 85", "ac-nantes.fr"),
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84",
                                   "ac-aix-marseille.fr ac-nice.fr"),
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


def uai_is_valid(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and code[7] == CHECK[int(code[:7]) % 23])


def expected_region(uai, sender):
    if uai and uai[:3] in DEPT_REGION:
        return DEPT_REGION[uai[:3]]
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


MAILS = []


def M(cat, ok, uai, region, platform, hard, lang, notes, frm, subject, body,
      **kw):
    """Register one hand-written mail and its label."""
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, region=region,
                      platform=platform, hard=hard, lang=lang, notes=notes,
                      frm=frm, subject=subject, body=body.strip("\n") + "\n",
                      kw=kw))

# ---------------------------------------------------------------------------
# password_reset
# ---------------------------------------------------------------------------
M("password_reset", True, "0780881J", "ile-de-france", "esidoc", False, "en",
  "International-section librarian forgot the e-sidoc admin password; UAI given as the login.",
  ("Helen Marchetti", "helen.marchetti@ac-versailles.fr"),
  "Forgotten e-sidoc password",
  """
Good morning,

I am the teacher-librarian for the British section of our lycée in
Saint-Germain-en-Laye. After the half-term break I simply cannot remember
the password for the e-sidoc back office. Our login is the school code,
0780881J.

Could you send me a reset link please? I would like to update the
"new arrivals" page before our open day on Saturday.

Thank you very much,
Helen Marchetti
Professeure documentaliste - Section britannique
""", client="gmail", fmt="alt")

M("password_reset", True, "0018743Y", "auvergne-rhone-alpes", "esidoc", False, "en",
  "Account locked after several wrong passwords; asks to unlock or get a link.",
  ("Jennifer Oakes", "j.oakes@lycee-international-pdg.fr"),
  "Locked out of e-sidoc admin (0018743Y)",
  """
Hi there,

I think I locked our e-sidoc administration account - I tried the old
password a few too many times and now it says the account is blocked for
security reasons.

School: Lycée international, Ferney-Voltaire
UAI: 0018743Y

Could you unlock it or send a reset link to the address you have on file?
I'm the only librarian this term so nobody else can get in either.

Cheers,
Jen Oakes
CDI / Library - American Section
""", client="apple", tz=1)

M("password_reset", True, None, "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Mixed French/English: a British-born deputy gestionnaire forgot the Espace Acheteur password; no UAI, region from ac-bordeaux.fr.",
  ("Gareth Pryce", "gareth.pryce@ac-bordeaux.fr"),
  "mot de passe espace acheteur / password",
  """
Bonjour,

Excusez mon français, I am Welsh and still learning. J'ai oublié mon mot
de passe pour l'Espace Acheteur. I tried the "mot de passe oublié" button
but I am not sure I typed the right identifiant, it is maybe my old
address.

Pouvez-vous m'aider s'il vous plaît ? I need to check a market for the
canteen equipment this week.

Merci beaucoup / many thanks
Gareth Pryce
Adjoint gestionnaire
""", client="outlook", fmt="html")

M("password_reset", True, "0678597F", "grand-est", "esidoc", False, "en",
  "Reset link expired before she could use it (arrived during a class); asks for a new one.",
  ("Sarah Lindqvist-Moreau", "sarah.lindqvist-moreau@ac-strasbourg.fr"),
  "Reset link expired",
  """
Hello,

Yesterday I requested a new password for our e-sidoc portal and the e-mail
did arrive, but I was teaching all afternoon and when I clicked the link
this morning it said the link has expired.

Could you send another one? Our UAI is 0678597F (Lycée international des
Pontonniers... well, the international section inside it).

Best regards,
Sarah
""", client="thunderbird")

M("password_reset", True, None, None, "esidoc", False, "en",
  "Lycée français abroad (London) lost the e-sidoc password; no UAI, non-academic domain, so no region.",
  ("Olivia Brennan", "o.brennan@lfkensington.co.uk"),
  "e-sidoc password - Lycée français de Kensington",
  """
Dear support team,

I'm the librarian at the Lycée français de Kensington (London). Our
previous librarian left at Christmas and didn't pass on the password for
the e-sidoc administration interface. I don't know which e-mail address
the account is attached to.

What is the procedure to reset it? Our head of school is happy to confirm
whatever you need.

Kind regards,

Olivia Brennan
Librarian | Lycée français de Kensington
+44 20 7946 0321
""", client="outlook", tz=0, fmt="alt")

M("password_reset", True, "9901489N", None, "esidoc", True, "en",
  "French school abroad quoting a code with a valid check letter but prefix 990, which is not in the regions table; non-academic sender, so region null.",
  ("Daniel Mwangi", "library@lyceefrancais-nairobi.org"),
  "Password for our e-sidoc account",
  """
Hello,

We are the Lycée français Denis-Diderot in Nairobi. Our school code for
the Ministry is 9901489N. The library team has forgotten the password of
the e-sidoc admin account and the "forgot password" page asks for an
identifier we are not sure of.

Could you please reset it or tell us how? Thank you.

Daniel Mwangi
Library assistant
""", client="gmail", tz=3)

M("password_reset", False, "0338906B", "nouvelle-aquitaine", "esidoc", True, "en",
  "Two topics: forgotten password (first) and a quote for the renewal; one template would answer only half.",
  ("Mark Ellison", "mark.ellison@ac-bordeaux.fr"),
  "Password + quote for renewal",
  """
Hello,

Two things, sorry:

1) I can't log into the e-sidoc admin any more (UAI 0338906B), I think the
   password was changed by my colleague before she retired. Can you reset it?

2) Our subscription ends in March. Our gestionnaire needs a formal quote
   (devis) for the renewal so she can prepare the bon d'engagement. Could
   you send one made out to the lycée?

Thanks a lot,
Mark Ellison
Documentaliste, Lycée Montaigne (section internationale anglophone)
""", client="thunderbird")

M("password_reset", False, "0136201V", "provence-alpes-cote-d-azur", "esidoc", True, "en",
  "Asks for the password to be sent to her personal Gmail: unsafe, no automatic answer.",
  ("Kate Dunmore", "katedunmore.teach@gmail.com"),
  "Urgent - password",
  """
Hi,

I need the password for the library portal of the Lycée (UAI 0136201V)
today. I don't have access to my school mailbox from home, so please just
send the password or the reset link to this gmail address instead.

I'm the English-speaking librarian for the international section, you can
check with the school.

Thanks
Kate
""", client="iphone", fmt="plain", cte="base64")

M("password_reset", False, "0345633N", "occitanie", "esidoc", False, "en",
  "Reply quoting the automatic answer: the link went to the official address and the secretariat cannot find it; the standard path failed, a person must take over.",
  ("Rebecca Hall", "rebecca.hall@ac-montpellier.fr"),
  "Re: [#SUP-031877] e-sidoc password",
  """
Hello again,

Thanks for the quick reply, but it didn't work. The school office says
nothing arrived in the ce. mailbox, they checked spam too, and the link
would have expired by now anyway. Our principal is away on a training
course until the 20th.

Is there any other way? The library portal has been closed to pupils for
a week now.

Rebecca Hall
Lycée Joffre - UAI 0345633N

On Mon, 13 Jan 2025 at 09:12, Assistance <support@assistance.example.fr> wrote:
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> l'établissement (ce.03****3N@ac-montpellier.fr). Ce lien est valable 12 h.
>
> Cordialement,
> L'équipe d'assistance
""", client="gmail", fmt="alt",
  hdr=[("In-Reply-To", "<SUP-031877.1736755920.7a1c@assistance.example.fr>"),
       ("References", "<SUP-031877.1736755920.7a1c@assistance.example.fr>")])

M("password_reset", False, None, "hauts-de-france", "esidoc", True, "en",
  "UAI typed 0591841G: wrong check letter (the digits give 0591841F), so no UAI; region from ac-lille.fr. A person should confirm the code before any link goes out.",
  ("Thomas Reilly", "thomas.reilly@ac-lille.fr"),
  "Can't log in to e-sidoc",
  """
Hello,

I'm the new documentaliste at the Cité scolaire internationale in Lille
and I don't have the e-sidoc admin password. The school code I was given
is 0591841G.

Can you help me get in? Thank you.

Thomas Reilly
""", client="outlook")

M("password_reset", True, "0441631J", "pays-de-la-loire", "esidoc", False, "en",
  "Very short message from a phone: forgot the e-sidoc password, UAI given.",
  ("Amy Cartwright", "amy.cartwright@ac-nantes.fr"),
  "pw",
  """
Forgot my e-sidoc admin pw again, sorry! UAI 0441631J. Can you send a link?
Thx, Amy

Sent from my iPhone
""", client="iphone")

M("password_reset", True, None, "ile-de-france", "esidoc", False, "en",
  "New American teacher-librarian does not know what the 'identifiant' is (the UAI) nor the password; region from ac-versailles.fr.",
  ("Brooke Halvorsen", "brooke.halvorsen@ac-versailles.fr"),
  "What is my login for e-sidoc?",
  """
Hello,

I started in November as the librarian for the American section and I've
been asked to update the library catalogue website (e-sidoc). The login
page asks for an "identifiant" and a "mot de passe" and I have neither.
Nobody at school seems to know them.

What is the identifiant supposed to be, and how do I get a password?

Thank you so much for your patience with a newcomer!

Brooke Halvorsen
""", client="gmail", fmt="alt")

M("password_reset", True, "9746575D", "la-reunion", "esidoc", False, "fr",
  "Mixed French/English; password expired and the old one forgotten. Réunion time zone.",
  ("Priya Naidoo", "priya.naidoo@ac-reunion.fr"),
  "Mot de passe expiré - e-sidoc",
  """
Bonjour,

Le portail e-sidoc me dit que mon mot de passe a expiré and I have to
choose a new one, mais il me demande l'ancien, which I honestly don't
remember. Notre UAI : 9746575D.

Pouvez-vous m'envoyer un lien de réinitialisation ? Thanks!

Priya Naidoo
Professeure documentaliste (section européenne anglais)
""", client="thunderbird", tz=4)

M("password_reset", True, "0694919X", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
  "Espace Acheteur: the mailbox is shared and the login is unknown after a staff change (FAQ reset case).",
  ("Fiona Gallagher", "intendance@cite-internationale-lyon.fr"),
  "Espace Acheteur login",
  """
Good afternoon,

Our finance office uses one shared mailbox, and since our gestionnaire
changed in September none of us knows the login or password for the
Espace Acheteur account of the Cité scolaire internationale (UAI
0694919X).

Could you reset the access so we can order again?

Fiona Gallagher
Secrétariat d'intendance
""", client="outlook", fmt="html", charset="windows-1252")

M("password_reset", True, "0925610Y", "ile-de-france", "esidoc", True, "en",
  "The UAI appears only in the ce.<UAI>@ac-versailles.fr sender address; the international-section coordinator writes from the office mailbox and asks for the link there (the safe path).",
  ("Secrétariat - Section internationale", "ce.0925610Y@ac-versailles.fr"),
  "e-sidoc admin password reset",
  """
Hello,

I'm writing from the school's official mailbox on behalf of our librarian,
who has forgotten the e-sidoc administration password. Please send the
reset link to this address (the school office) and we'll pass it on.

Many thanks,
Claire Whitcombe
International section coordinator
""", client="zimbra")

M("password_reset", False, "0759319X", "ile-de-france", "ecoledirecte", True, "en",
  "Lost EcoleDirecte administration password (explicitly not the daily maintenance password); no reset template for this product.",
  ("Andrew Fairbanks", "a.fairbanks@ecole-bilingue-monceau.fr"),
  "EcoleDirecte admin password lost",
  """
Hello,

I'm the IT coordinator at the École bilingue Monceau (UAI 0759319X). We
have lost the password for the EcoleDirecte administrator account - the
one we use to manage staff access, not the daily maintenance password for
the Charlemagne tools, which we get fine.

What is the procedure to recover it?

Regards,
Andrew Fairbanks
""", client="outlook", fmt="alt")

M("password_reset", True, "6209913F", "corse", "esidoc", False, "en",
  "Long, anxious message; tried several addresses; clear lost password. Corse-du-Sud prefix 620.",
  ("Moira Stuart", "moira.stuart@ac-corse.fr"),
  "Please help - cannot access library portal",
  """
Hello,

I'm so sorry to bother you with this, I expect it's very simple. I'm on a
one-year exchange from Scotland covering the library at our collège in
Ajaccio and I cannot get into the e-sidoc administration. I've tried the
"forgotten password" page with my academic address, with my personal one
and with the CDI address written on a post-it in the drawer, and I never
receive anything - or maybe the mail goes to someone who has left.

The school's code is 6209913F.

The pupils have a research project due next week and the portal still
shows last year's opening hours. I really would be grateful for any help.

With thanks,
Moira Stuart
""", client="gmail", fmt="alt", cte="quoted-printable")

M("password_reset", True, "0217231W", "bourgogne-franche-comte", "espace_acheteur", False, "en",
  "Espace Acheteur account locked after failed logins.",
  ("Liam O'Connor", "liam.oconnor@ac-dijon.fr"),
  "Account blocked - Espace Acheteur",
  """
Hi,

My Espace Acheteur account is blocked after I mistyped my password a few
times. I'm the buyer for the Lycée Carnot (UAI 0217231W). Could you
reset it please?

Best,
Liam O'Connor
""", client="android", cte="base64")

M("password_reset", True, "0295581J", "bretagne", "esidoc", False, "fr",
  "Bilingual subject and body (French first); forgotten password, UAI given.",
  ("Eilidh MacLeod", "eilidh.macleod@ac-rennes.fr"),
  "Mot de passe oublié / forgotten password",
  """
Bonjour,

J'ai oublié le mot de passe de l'interface d'administration e-sidoc du
lycée (UAI 0295581J). Pourriez-vous m'envoyer un lien pour le
réinitialiser ?

(In English, in case it's easier: forgotten admin password, please send a
reset link.)

Merci d'avance,
Eilidh MacLeod
""", client="thunderbird", charset="iso-8859-1", cte="8bit")

M("password_reset", False, "0381142K", "auvergne-rhone-alpes", "esidoc", False, "en",
  "Explicitly asks for a person to phone her, not another automatic mail.",
  ("Harriet Cole", "harriet.cole@ac-grenoble.fr"),
  "I'd like to speak to someone please",
  """
Hello,

This is my third message about the e-sidoc password for the Lycée
international Europole (UAI 0381142K). Please don't send me another
automatic e-mail with a link - I would really prefer that someone phones
me so we can sort it out together, because I clearly do something wrong
each time.

My number at school: 04 76 00 00 00 (ask for the CDI), Tuesday or
Thursday afternoon.

Thank you,
Harriet Cole
""", client="outlook", fmt="alt")

M("password_reset", True, "0069629J", "provence-alpes-cote-d-azur", "esidoc", True, "en",
  "UAI appears only inside the portal URL, in lower case (0069629j.esidoc.fr); label is the upper-case code.",
  ("Nathan Brooks", "nathan.brooks@ac-nice.fr"),
  "Admin password for our library website",
  """
Hello,

I look after https://0069629j.esidoc.fr for the international lycée in
Valbonne and I've forgotten the admin password (it's been months since I
last changed anything). How do I get a new one?

Thanks,
Nathan
""", client="gmail")

M("password_reset", True, "0763767G", "normandie", "esidoc", False, "en",
  "Outlook 'FW:' of the reset mail whose link says it is no longer valid; asks for a new link.",
  ("Chloe Bramwell", "chloe.bramwell@ac-normandie.fr"),
  "FW: Réinitialisation de votre mot de passe",
  """
Hello,

See below - when I click the link I get "ce lien n'est plus valide". Could
you send a fresh one? UAI 0763767G.

Thanks,
Chloe

________________________________
De : no-reply@esidoc.example.fr
Envoyé : mardi 4 février 2025 07:58
À : cdi.lycee@ac-normandie.fr
Objet : Réinitialisation de votre mot de passe

Bonjour,
Pour choisir un nouveau mot de passe, cliquez sur le lien ci-dessous
(valable 12 heures) :
https://esidoc.example.fr/reset/2b7f0c...
""", client="outlook", fmt="html")

M("password_reset", True, None, "grand-est", "esidoc", False, "en",
  "An American language assistant asks for the e-sidoc password on behalf of the librarian on sick leave; no UAI, region from ac-strasbourg.fr. A link to the address on file is still the right answer.",
  ("Megan Torres", "megan.torres@ac-strasbourg.fr"),
  "e-sidoc password for our CDI",
  """
Hello,

I'm the English language assistant at the Lycée Kléber in Strasbourg.
Our librarian is on sick leave and asked me to post a few notices on the
e-sidoc portal, but she can't remember the admin password either.

Could you send a password reset to whichever address is registered for
the school? She will forward it to me.

Thank you!
Megan Torres
Assistante de langue anglaise
""", client="gmail", fmt="alt")
# ---------------------------------------------------------------------------
# missing_noreply_mail
# ---------------------------------------------------------------------------
M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "British IT contractor: Espace Acheteur activation mail never arrived; no anti-spam product named; non-academic sender.",
  ("Simon Hartley", "simon.hartley@northgate-itservices.co.uk"),
  "No activation email - Espace Acheteur",
  """
Hello,

We manage the IT for a group of French-curriculum schools. One of the
bursars signed up for the Espace Acheteur on Monday but the activation
e-mail has never arrived. We've looked in her junk mail and there's
nothing there.

Could you resend it, or tell us which sender address we should look for
in the mail logs?

Regards,
Simon Hartley
Service Desk Lead | Northgate IT Services Ltd
""", client="outlook", tz=0, fmt="alt")

M("missing_noreply_mail", True, "0453883B", "centre-val-de-loire", "espace_acheteur", False, "en",
  "New-password mail from the no-reply address never arrives after two attempts.",
  ("Paul Whitaker", "paul.whitaker@ac-orleans-tours.fr"),
  "New password email not received",
  """
Hello,

I've clicked "forgotten password" on the Espace Acheteur twice this
morning and nothing arrives - not in the inbox, not in spam. The password
tool says the mail has been sent.

Lycée Pothier, UAI 0453883B.

Thanks,
Paul Whitaker
""", client="thunderbird")

M("missing_noreply_mail", True, "0147952T", "normandie", "espace_acheteur", False, "fr",
  "Mixed French/English from a gestionnaire: confirmation mail not received since Monday.",
  ("Rachel Dubois-Kent", "rachel.dubois-kent@ac-normandie.fr"),
  "Mail de confirmation jamais reçu",
  """
Bonjour,

Je me suis inscrite lundi sur l'Espace Acheteur et je n'ai toujours pas
reçu le mail de confirmation. I checked the junk folder as well, rien du
tout.

Lycée Malherbe, Caen - UAI 0147952T

Merci d'avance, thank you,
Rachel Dubois-Kent
Gestionnaire
""", client="outlook", fmt="html")

M("missing_noreply_mail", True, None, "provence-alpes-cote-d-azur", "ticket_portal", False, "en",
  "Ticket portal confirmation mail (to set a password) never arrived; region from ac-nice.fr.",
  ("Ryan McAllister", "ryan.mcallister@ac-nice.fr"),
  "Ticket portal - no confirmation mail",
  """
Hi,

I registered on your ticket portal on Friday so I could follow our
school's requests, but the confirmation mail that lets me set my password
never came. I waited the whole weekend.

Can you resend it?

Ryan McAllister
""", client="gmail", fmt="alt")

M("missing_noreply_mail", True, "0579326C", "grand-est", "esidoc", False, "en",
  "The customer-account activation mail (before a first online order) never came.",
  ("Joanna Pike", "joanna.pike@ac-nancy-metz.fr"),
  "Activation email for customer account",
  """
Dear support,

I opened a customer account yesterday so I can order our English-language
resources online (Lycée Fabert, UAI 0579326C). The page said an activation
e-mail would arrive within a few minutes. 24 hours later, nothing.

Could you check?

Joanna Pike
Documentaliste
""", client="thunderbird", cte="quoted-printable")

M("missing_noreply_mail", True, "0805068Z", "hauts-de-france", "espace_acheteur", True, "en",
  "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  ("Stuart Benning", "stuart.benning@ac-amiens.fr"),
  "Still waiting for the sign-up email",
  """
Hello,

The Espace Acheteur sign-up confirmation hasn't arrived (UAI 0805068Z).
Before you ask: we checked spam, and no, we don't use MailInBlack or any
quarantine tool here as far as our IT technician knows - just the standard
academic mailbox.

Anything else we can try?

Stuart Benning
Adjoint gestionnaire
""", client="outlook", fmt="alt")

M("missing_noreply_mail", False, "0949536E", "ile-de-france", "espace_acheteur", False, "en",
  "Reply after the junk-folder answer: still nothing after three days; the template was already sent, a person must follow up.",
  ("Lauren Fitzgerald", "lauren.fitzgerald@ac-creteil.fr"),
  "RE: [#SUP-032410] Activation email",
  """
Hello,

I followed your instructions (junk folder, adding the no-reply address to
my safe senders) and still nothing after three days. Could someone please
look at it properly or pass it on to the region?

UAI 0949536E

Lauren Fitzgerald

-----Original Message-----
From: Assistance <support@assistance.example.fr>
Sent: Friday, January 24, 2025 10:02 AM
To: Lauren Fitzgerald <lauren.fitzgerald@ac-creteil.fr>
Subject: [#SUP-032410] Activation email

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
no-reply à vos expéditeurs autorisés...
""", client="outlook",
  hdr=[("In-Reply-To", "<SUP-032410.1737709320.c3d1@assistance.example.fr>"),
       ("References", "<SUP-032410.1737709320.c3d1@assistance.example.fr>")])

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "Two-line message from a phone: still no activation mail for the buyer space.",
  ("Dan Whitfield", "dwhitfield.fr@gmail.com"),
  "activation",
  """
Still no activation email for the buyer space since Tuesday. Can you resend?

Sent from my iPhone
""", client="iphone")

M("missing_noreply_mail", True, "0934210W", "ile-de-france", "espace_acheteur", False, "en",
  "Structure administrator never receives the 'account to validate' notifications.",
  ("Grace Adeyemi", "grace.adeyemi@ac-creteil.fr"),
  "Not receiving 'account to validate' notifications",
  """
Hello,

I'm the structure administrator on the Espace Acheteur for our lycée (UAI
0934210W). Two colleagues told me they have signed up and are waiting for
me to validate them, but I never received the notification e-mails.
Nothing in junk either.

Could you check that the notifications are being sent to me?

Thanks,
Grace Adeyemi
""", client="outlook", fmt="alt")

M("missing_noreply_mail", True, "0915757N", "ile-de-france", "espace_acheteur", True, "en",
  "Reads like a password problem, but the password tool works: the new-password mail never arrives. The taxonomy puts that under missing_noreply_mail.",
  ("Michael Brandt", "michael.brandt@ac-versailles.fr"),
  "Password problem?",
  """
Hi,

Not sure if this is a password problem. I go to the Espace Acheteur,
click "mot de passe oublié", type my address, the site says OK, an e-mail
has been sent. But the e-mail never comes. Tried three times over two
days. Lycée international de Palaiseau, 0915757N.

Michael
""", client="apple")

M("missing_noreply_mail", True, "9721724S", "martinique", "espace_acheteur", False, "fr",
  "Mixed French/English: activation mail not received, junk folder checked twice. Martinique time zone.",
  ("Shanice Valcourt", "shanice.valcourt@ac-martinique.fr"),
  "Pas de mail d'activation",
  """
Bonjour,

Je n'ai pas reçu le mail d'activation de l'Espace Acheteur. I've checked
the junk folder twice, rien. C'est pour le lycée Schœlcher, UAI 9721724S.

Merci,
Shanice
""", client="android", tz=-4)

M("missing_noreply_mail", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "en",
  "IT of an international lycée suspects a strict filter but names no product; asks which sender to allow. Region from ac-grenoble.fr.",
  ("Kevin Ashdown", "kevin.ashdown@ac-grenoble.fr"),
  "Which address do your automatic emails come from?",
  """
Hello,

Several staff at our school are not getting any of the automatic e-mails
from the Espace Acheteur (account activation, password). I suspect our
outgoing/incoming filtering is a bit strict. Could you tell me the exact
sender address and domain so I can add them to the allowed list on our
mail server?

Regards,
Kevin Ashdown
IT technician
""", client="thunderbird")

M("missing_noreply_mail", True, "0633253U", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
  "HTML-only Outlook: the account was validated but the secure first-login link never came.",
  ("Emily Sanderson", "emily.sanderson@ac-clermont.fr"),
  "First login link never received",
  """
Good morning,

My account on the Espace Acheteur was validated by our administrator on
Wednesday (she showed me the screen), but I never got the e-mail with the
link to log in for the first time. Lycée Blaise-Pascal, UAI 0633253U.

Thank you for your help,
Emily Sanderson
""", client="outlook", fmt="html")

M("missing_noreply_mail", True, None, "occitanie", "ticket_portal", False, "en",
  "Ticket portal notifications stopped since the new school address; region from ac-toulouse.fr.",
  ("Oliver Grant", "oliver.grant@ac-toulouse.fr"),
  "No more ticket notifications",
  """
Hello,

Since I changed my e-mail address in my profile on the ticket portal, I
don't get any notifications when a ticket is updated. I only find out
when I log in. Is there something I need to confirm?

Oliver Grant
""", client="gmail", fmt="alt")

M("missing_noreply_mail", False, "0867955E", "nouvelle-aquitaine", "espace_acheteur", True, "en",
  "Two topics: the activation mail never came (main) and a question about an invoice address; one template would answer only half.",
  ("Anna Kowalczyk-Reed", "anna.kowalczyk-reed@ac-poitiers.fr"),
  "Activation mail + invoice question",
  """
Hello,

1. I registered on the Espace Acheteur last week and never received the
   activation e-mail (not in spam).
2. While I'm writing: the invoice for our last order went to the old
   address of the lycée. Can it be re-issued to the new one?

UAI 0867955E.

Many thanks,
Anna
""", client="outlook", fmt="alt")

M("missing_noreply_mail", True, "0875721W", "nouvelle-aquitaine", "espace_acheteur", True, "en",
  "UAI only in the ce.<UAI>@ac-limoges.fr sender address, in lower case; the new gestionnaire never got the sign-up confirmation.",
  ("Intendance Lycée Gay-Lussac", "ce.0875721w@ac-limoges.fr"),
  "Sign-up confirmation missing",
  """
Hello,

I am the new gestionnaire (I took over from Mme Roux in January) and I
signed up on the Espace Acheteur from this address on Monday. The
confirmation e-mail has not arrived.

Best regards,
Peter Lansbury
""", client="zimbra")

M("missing_noreply_mail", True, "0511448X", "grand-est", "espace_acheteur", False, "en",
  "Short: no automatic mail from the no-reply address reaches the school.",
  ("Hannah Lowe", "hannah.lowe@ac-reims.fr"),
  "Your no-reply emails don't reach us",
  """
Hi,

None of your no-reply e-mails reach us (Lycée Clemenceau, Reims,
0511448X) - activation and password mails alike. Could you look into it?

Hannah
""", client="gmail", fmt="alt", cte="base64")

# ---------------------------------------------------------------------------
# mailinblack_spam
# ---------------------------------------------------------------------------
M("mailinblack_spam", True, "0548763G", "grand-est", "espace_acheteur", False, "en",
  "IT manager asks which senders to allow-list in MailInBlack.",
  ("Christopher Dale", "christopher.dale@ac-nancy-metz.fr"),
  "MailInBlack allow-list",
  """
Hello,

Our region has put MailInBlack in front of the school mailboxes and the
Espace Acheteur e-mails are now being held. Which sender addresses or
domains should I add to the MailInBlack allow-list?

Lycée Henri-Poincaré, UAI 0548763G.

Thanks,
Chris Dale
IT manager
""", client="outlook", fmt="alt")

M("mailinblack_spam", True, "0302386F", "occitanie", "espace_acheteur", False, "en",
  "Desk's mail triggers a Mailinblack 'prove you are human' challenge; MailInBlack named.",
  ("Victoria Lang", "victoria.lang@ac-montpellier.fr"),
  "Mailinblack challenge",
  """
Hello,

Just so you know: I think your automatic e-mails never reach me because
our Mailinblack sends your no-reply address a "please confirm you are a
human" challenge, which of course nobody answers. Is there a guide for
this? Lycée Alphonse-Daudet, Nîmes, UAI 0302386F.

Victoria Lang
""", client="thunderbird")

M("mailinblack_spam", False, "0661738F", "occitanie", "espace_acheteur", True, "en",
  "Describes a sender-authentication challenge and a quarantine without naming MailInBlack: probably mailinblack_spam, but the product is not confirmed, so a person should check first.",
  ("George Whitmore", "george.whitmore@ac-montpellier.fr"),
  "Emails stuck in 'pending' area",
  """
Hello,

Our mailboxes have a new protection system since the holidays: unknown
senders get a message asking them to click a link to prove they're not a
robot, and until then their e-mails sit in a "pending" area. I think your
activation e-mails are stuck there. I don't know the name of the product,
the rectorat installed it.

Lycée Arago, Perpignan - 0661738F

George Whitmore
""", client="gmail", fmt="alt")

M("mailinblack_spam", True, "0175001U", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Mixed French/English; 'Mail In Black' put the mails in quarantine.",
  ("Sophie Carrington", "sophie.carrington@ac-poitiers.fr"),
  "Vos mails en quarantaine Mail In Black",
  """
Bonjour,

Mail In Black a mis tous vos mails en quarantaine, the activation link
included. Je les vois dans le rapport mais je ne peux pas les libérer
moi-même. What should we allow on our side?

Lycée Dautet, La Rochelle - UAI 0175001U

Merci,
Sophie Carrington
""", client="outlook", fmt="html")

M("mailinblack_spam", True, "0405562D", "nouvelle-aquitaine", "espace_acheteur", False, "en",
  "Forwards the daily MailInBlack quarantine report: the forwarded part is machine text, the outer message is a real question.",
  ("Neil Sutherland", "neil.sutherland@ac-bordeaux.fr"),
  "Fwd: Your Mailinblack daily report",
  """
Hi,

Here's what I get every morning - your messages are in there. How do I
make sure they come straight through in future? UAI 0405562D.

Neil

---------- Forwarded message ---------
From: Mailinblack <report@mailinblack.example.com>
Date: Thu, 6 Feb 2025 at 07:00
Subject: Your Mailinblack daily report
To: <neil.sutherland@ac-bordeaux.fr>

3 messages are waiting for your decision:
- no-reply@espace-acheteur.example.fr  "Activez votre compte"
- no-reply@espace-acheteur.example.fr  "Votre mot de passe"
- newsletter@promo-livres.example.com  "Soldes d'hiver"
[Deliver] [Block]
""", client="gmail", fmt="alt")

M("mailinblack_spam", True, None, None, None, False, "en",
  "One line from a phone: blocked by Mailinblack, send the guide. No platform named.",
  ("Jess Moreland", "jess.moreland@outlook.com"),
  "mailinblack",
  """
Your mails are blocked by mailinblack at our school, pls send the how-to. Thx
""", client="iphone")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "HTML-only Outlook; the local authority installed Mailinblack last month.",
  ("Robert Kingsley", "r.kingsley@college-bilingue-saint-exupery.fr"),
  "Espace Acheteur mails blocked by Mailinblack",
  """
Dear Sir or Madam,

The local authority installed Mailinblack on our mail server last month.
Since then, no mail from the Espace Acheteur reaches our finance office.
Could you send us the procedure to authorise your addresses?

Yours faithfully,
Robert Kingsley
Bursar
""", client="outlook", fmt="html", charset="windows-1252")

M("mailinblack_spam", False, "0831406C", "provence-alpes-cote-d-azur", "espace_acheteur", True, "en",
  "Two topics: activation mail blocked by MailInBlack (main) and a request for order rights (account_creation).",
  ("Louise Petrov", "louise.petrov@ac-nice.fr"),
  "MailInBlack + order rights",
  """
Hello,

Our MailInBlack quarantined the activation mail, I've now released it and
activated my account, fine. But could you also tell me how to get the
rights to place orders? At the moment I can only browse the markets.

And please send the MailInBlack allow-list procedure to our IT so it
doesn't happen to the next person.

Lycée Bonaparte, Toulon, UAI 0831406C
Louise Petrov
""", client="thunderbird")

M("mailinblack_spam", True, "0843530F", "provence-alpes-cote-d-azur", "espace_acheteur", False, "en",
  "Reply quoting the junk-folder answer: their IT says MailInBlack is blocking; the MailInBlack guide is now the right answer.",
  ("Ian Montgomery", "ian.montgomery@ac-aix-marseille.fr"),
  "Re: [#SUP-030112] Activation link",
  """
Hi,

Thanks - nothing in junk, but our IT now tells me the school has
MailInBlack and your mails are being held there. What do we need to
allow? UAI 0843530F.

Ian

Le mar. 3 déc. 2024 à 14:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Pensez à vérifier votre dossier de courrier indésirable...
""", client="gmail", fmt="alt",
  hdr=[("In-Reply-To", "<SUP-030112.1733232000.9e2b@assistance.example.fr>"),
       ("References", "<SUP-030112.1733232000.9e2b@assistance.example.fr>")])

M("mailinblack_spam", True, "0567217R", "bretagne", "espace_acheteur", False, "en",
  "Product abbreviated 'MIB' then named; asks whether to allow the domain or the address.",
  ("Nicola Barnes", "nicola.barnes@ac-rennes.fr"),
  "MIB blocking your emails",
  """
Hello,

Our MIB (Mailinblack) filter keeps holding the Espace Acheteur e-mails.
Should we allow the whole domain or only the no-reply address?

Lycée Dupuy-de-Lôme, Lorient - 0567217R

Thanks,
Nicola
""", client="apple", cte="quoted-printable")

M("mailinblack_spam", True, "0371445V", "centre-val-de-loire", "espace_acheteur", False, "en",
  "Clicked 'authorise' in a MailInBlack notice, but the following mails are still held.",
  ("Daniel Ashworth", "daniel.ashworth@ac-orleans-tours.fr"),
  "Still held by MailInBlack after authorising",
  """
Good afternoon,

Last week MailInBlack asked me whether to authorise your sender, and I
clicked "authorise". Yet the next two mails from the Espace Acheteur were
held in quarantine again. Is there something else to configure?

Lycée Descartes, Tours - UAI 0371445V

Daniel Ashworth
""", client="outlook", fmt="alt")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "UK company that manages school networks asks for sender addresses and IP ranges to allow-list in MailinBlack; no UAI, non-academic sender.",
  ("Priyanka Shah", "p.shah@brightwave-networks.co.uk"),
  "Allow-listing your platform in Mailinblack",
  """
Hello,

Brightwave Networks manages the e-mail of three French international
schools in the UK. They use Mailinblack and your Espace Acheteur
notifications are being quarantined. Could you share the sender
addresses, domains and, if possible, the IP ranges you send from, so we
can allow-list them?

Kind regards,
Priyanka Shah
Messaging Engineer, Brightwave Networks Ltd
""", client="outlook", tz=0, fmt="alt")

M("mailinblack_spam", True, "9731399H", "guyane", "espace_acheteur", False, "fr",
  "Mixed French/English; junk folder checked, but Mailinblack is named: mailinblack_spam. Guyane time zone.",
  ("Kimberly Joseph", "kimberly.joseph@ac-guyane.fr"),
  "Mails bloqués - Mailinblack",
  """
Bonjour,

J'ai vérifié les spams, nothing there. Notre informaticien dit que c'est
Mailinblack qui bloque vos messages. Que faut-il autoriser ?

Lycée Melkior-Garré, UAI 9731399H

Kimberly Joseph
""", client="android", tz=-3)
# ---------------------------------------------------------------------------
# head_of_establishment_request
# ---------------------------------------------------------------------------
M("head_of_establishment_request", False, "0494556L", "pays-de-la-loire", "esidoc", False, "en",
  "The headmaster of a bilingual school under contract writes from the ce.<UAI> address: reset of the e-sidoc admin password and a new contact address.",
  ("Direction - Ecole internationale Angers", "ce.0494556L@ac-nantes.fr"),
  "Request from the headmaster - e-sidoc administrator account",
  """
Dear colleagues,

As headmaster of the École internationale d'Angers (UAI 0494556L), I
hereby ask you to reset the password of our e-sidoc administrator account
and to replace its contact address with the school's official address
(this one). The former librarian left the school in December and her
personal address is still registered.

Please do not hesitate to call my office if you need any confirmation.

Yours sincerely,

James Whitford
Headmaster / Chef d'établissement
""", client="outlook", fmt="alt")

M("head_of_establishment_request", False, "0605668K", "hauts-de-france", "espace_acheteur", False, "en",
  "The proviseur designates a new structure administrator on the Espace Acheteur and asks to close the former one's access.",
  ("Proviseur Lycée Félix-Faure", "ce.0605668K@ac-amiens.fr"),
  "New structure administrator - Espace Acheteur",
  """
Hello,

I am the head of the Lycée Félix-Faure in Beauvais (UAI 0605668K), which
hosts an international section. Please note that from 1 March our new
gestionnaire, Ms Rosalind Achebe, will be the structure administrator of
our account on the Espace Acheteur. Please close the access of her
predecessor, Mr Alain Pruvost, who has left the establishment.

Regards,
Catherine Moulin
Proviseure
""", client="zimbra")

M("head_of_establishment_request", False, "0621535G", "hauts-de-france", "esidoc", False, "fr",
  "French letter with an English note for the English-speaking librarian in copy: the head authorises the librarian to validate the renewal order, bon d'engagement attached.",
  ("Jean-Marc Delattre", "ce.0621535G@ac-lille.fr"),
  "Autorisation de commande - renouvellement abonnements",
  """
Madame, Monsieur,

J'autorise Mme Abigail Turner, professeure documentaliste, à valider la
commande de renouvellement de nos abonnements e-sidoc pour l'année 2025.
Vous trouverez ci-joint le bon d'engagement signé.

Jean-Marc Delattre
Proviseur, Lycée Mariette - Boulogne-sur-Mer (UAI 0621535G)

PS for Abigail (in copy): you can go ahead and validate the basket once
they confirm. -- JMD
""", client="outlook", fmt="alt",
  hdr=[("Cc", "Abigail Turner <abigail.turner@ac-lille.fr>")],
  attach=("bon_engagement_2025.pdf", "application/pdf"))

M("head_of_establishment_request", False, "0683678D", "grand-est", "esidoc", True, "en",
  "The librarian sends the head's signed letter (PDF) with the head in copy: the head's written request relayed; staff must check the letter and the sender.",
  ("Charlotte Weber", "charlotte.weber@ac-strasbourg.fr"),
  "Signed letter from our principal",
  """
Hello,

As you asked, please find attached the letter signed by our principal,
Mr Hoffmann (in copy), asking for the e-sidoc administrator password to be
reset and the contact address changed to mine.

Lycée international de Colmar, UAI 0683678D.

Best regards,
Charlotte Weber
Professeure documentaliste
""", client="thunderbird",
  hdr=[("Cc", "Principal <ce.0683678D@ac-strasbourg.fr>")],
  attach=("lettre_proviseur_esidoc.pdf", "application/pdf"))

M("head_of_establishment_request", False, "0813962S", "occitanie", None, True, "en",
  "Claims to be the proviseur from the ce.<UAI> address but SPF/DMARC fail and Reply-To is free mail; asks to move both admin accounts to a Gmail address: a probable spoof, for staff to refuse. Mentions e-sidoc and the Espace Acheteur, so no single platform.",
  ("Proviseur", "ce.0813962S@ac-toulouse.fr"),
  "URGENT: change of administrator address",
  """
Dear support,

I am the principal of the lycée (UAI 0813962S). For security reasons,
please change IMMEDIATELY the contact address of our e-sidoc administrator
account AND of our Espace Acheteur account to: direction.lycee81@gmail.com

This is urgent, I am in a meeting all day, reply only by e-mail.

Principal
""", client="webmail", auth="fail",
  reply_to="direction.lycee81@gmail.com")

M("head_of_establishment_request", False, None, None, "esidoc", True, "en",
  "A bilingual primary school's headteacher gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify.",
  ("Alison Perrault", "alison.perrault@gmail.com"),
  "Agreement for password reset - école bilingue",
  """
Hello,

I'm the directrice of the École primaire bilingue des Tilleuls. Our
teacher in charge of the library asked you to reset the e-sidoc
password; I confirm I agree with this request. Sorry for writing from my
personal address, the school's one is down this week.

Alison Perrault
Directrice
""", client="gmail", fmt="alt")

M("head_of_establishment_request", False, "0113477V", "occitanie", "esidoc", False, "en",
  "Reply quoting the desk's request for a written request: the head now gives it.",
  ("Principal Lycée Paul-Sabatier", "ce.0113477V@ac-montpellier.fr"),
  "Re: [#SUP-031204] e-sidoc administrator access",
  """
Hello,

Further to your message below, I confirm as head of the establishment
that the e-sidoc administrator password may be reset and the link sent to
this official address. Our librarian, Ms Evans, will then choose a new
password.

Richard Pujol
Proviseur, Lycée Paul-Sabatier, Carcassonne (UAI 0113477V)

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "ce 0113477V" <ce.0113477V@ac-montpellier.fr>
Envoyé: Lundi 6 Janvier 2025 11:05:12
Objet: [#SUP-031204] e-sidoc administrator access

Bonjour,
Pour des raisons de sécurité, la demande doit être faite par écrit par le
chef d'établissement...
""", client="zimbra",
  hdr=[("In-Reply-To", "<SUP-031204.1736157912.0f4e@assistance.example.fr>"),
       ("References", "<SUP-031204.1736157912.0f4e@assistance.example.fr>")])

M("head_of_establishment_request", False, "0754047S", "ile-de-france", "esidoc", False, "en",
  "HTML-only Outlook letter: the head asks for a reset so that a departed librarian loses access, link to the school's address.",
  ("Proviseur - Lycée international", "ce.0754047S@ac-paris.fr"),
  "Removal of access - e-sidoc",
  """
Dear support team,

Our former librarian left the Lycée (UAI 0754047S) on bad terms last
week and still knows the e-sidoc administration password. As head of the
establishment I ask you to reset this password as soon as possible and to
send the link only to the school's official address.

With my thanks,
Béatrice Langlois-Hunt
Proviseure
""", client="outlook", fmt="html")

M("head_of_establishment_request", False, "0751703U", "ile-de-france", "espace_acheteur", False, "en",
  "Written delegation: the head declares who may validate orders for the establishment.",
  ("Principal's office", "ce.0751703U@ac-paris.fr"),
  "Delegation for validating orders",
  """
To whom it may concern,

I, the undersigned, head of the Lycée Honoré-de-Balzac (UAI 0751703U),
delegate to Mr Kwame Asante, gestionnaire, and in his absence to Ms Ruth
Bellamy, adjointe gestionnaire, the authority to validate orders placed on
the Espace Acheteur on behalf of the establishment, from today until 31
August 2025.

Signed copy attached.

Philippe Garnier
Proviseur
""", client="outlook", fmt="alt",
  attach=("delegation_signature.pdf", "application/pdf"))

M("head_of_establishment_request", False, None, None, "esidoc", True, "en",
  "Head of a lycée français abroad (Singapore) asks to change the e-sidoc administrator; no UAI, non-academic sender: no region.",
  ("Laurent Chevalier", "head@lfsingapore-example.edu.sg"),
  "Change of e-sidoc administrator",
  """
Dear colleagues,

As Head of the Lycée français de Singapour (example campus), I would like
to designate Ms Mei Ling Tan as the new administrator of our e-sidoc
portal, replacing Mr Hugo Lefèvre who has returned to France. Please
transfer the administrator rights and update the contact address to
library@lfsingapore-example.edu.sg.

Best regards,
Laurent Chevalier
Head of School
""", client="outlook", tz=8, fmt="alt")

M("head_of_establishment_request", False, "0318793P", "occitanie", "esidoc", True, "en",
  "The body gives 0318793R (wrong check letter) but the sender ce.0318793P@ac-toulouse.fr carries the valid UAI, which is the label.",
  ("Proviseure Lycée international Victor-Hugo", "ce.0318793P@ac-toulouse.fr"),
  "Administrator contact address - 0318793R",
  """
Hello,

I'm the head of the Lycée international Victor-Hugo in Colomiers (UAI
0318793R). Please replace the contact address of our e-sidoc admin account
with cdi.vhugo@ac-toulouse.fr, which our two librarians share.

Thank you,
Margaret Solal
Proviseure
""", client="zimbra")

M("head_of_establishment_request", False, "0698574V", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Mixed French/English: the principal authorises the order of English-language press subscriptions.",
  ("Christophe Ravel", "ce.0698574V@ac-lyon.fr"),
  "Autorisation - abonnements presse anglophone",
  """
Bonjour,

En tant que chef d'établissement du lycée (UAI 0698574V), j'autorise la
commande des abonnements de presse anglophone demandés par notre
documentaliste, Mrs Deborah Clarke, for the international section
(The Economist, The New York Times Upfront). Le bon d'engagement suivra
par le service de gestion.

Thank you / merci,
Christophe Ravel
Proviseur
""", client="thunderbird")

M("head_of_establishment_request", False, "0924089V", "ile-de-france", "espace_acheteur", True, "en",
  "Written by the deputy head (proviseur adjoint) on the head's behalf: change of the administrator contact address. Treated as a head-of-establishment request for staff to check the delegation.",
  ("Proviseur adjoint", "ce.0924089V@ac-versailles.fr"),
  "Change of administrator contact address",
  """
Hello,

On behalf of our proviseur, who is on leave this week, I ask you to change
the contact address of our Espace Acheteur structure administrator to
gestion.0924089V@ac-versailles.fr. The current address belongs to a
colleague who has retired.

Matthew Renaud
Proviseur adjoint, Lycée international de Sèvres
""", client="outlook", fmt="alt")

# ---------------------------------------------------------------------------
# account_creation
# ---------------------------------------------------------------------------
M("account_creation", True, None, None, "espace_acheteur", False, "en",
  "New buyer asks how to create an Espace Acheteur account: the sign-up answer fits.",
  ("Stephen Ward", "stephen.ward@lycee-bilingue-example.fr"),
  "How do I create an account?",
  """
Hello,

I've just joined the finance office of our school and I need access to
the Espace Acheteur to look at the framework contracts. How do I create
an account?

Thanks in advance,
Stephen Ward
""", client="gmail", fmt="alt")

M("account_creation", True, "0782615U", "ile-de-france", "espace_acheteur", False, "en",
  "Filled the sign-up form, cannot log in: account waiting for the structure administrator (FAQ case).",
  ("Isabel Drummond", "isabel.drummond@ac-versailles.fr"),
  "Signed up but can't log in",
  """
Hi,

I filled in the registration form on the Espace Acheteur on Thursday
(Lycée international de Saint-Germain, UAI 0782615U). When I try to log
in, it says my account is awaiting validation. How long does that take?

Isabel Drummond
""", client="apple")

M("account_creation", False, "0015038W", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  ("Colin Forsythe", "colin.forsythe@ac-lyon.fr"),
  "Who is our structure administrator?",
  """
Hello,

Could you tell me who the structure administrator is for our college on
the Espace Acheteur? I need my account validated and nobody here knows
who it is. UAI 0015038W (Collège international de Ferney).

Colin Forsythe
""", client="thunderbird")

M("account_creation", True, "0746155N", "auvergne-rhone-alpes", "espace_acheteur", True, "en",
  "Negation: 'I haven't lost my password', she never had an account. account_creation, not password_reset.",
  ("Rosie Pemberton", "rosie.pemberton@ac-grenoble.fr"),
  "Not a password problem!",
  """
Hello,

I haven't forgotten or lost any password - I simply never had an account
on the Espace Acheteur. Your colleague on the phone told me to use the
"mot de passe oublié" button, but there is nothing to reset. I need to
open an account for the Lycée Berthollet in Annecy (UAI 0746155N).

What should I do?

Rosie Pemberton
""", client="outlook", fmt="alt")

M("account_creation", False, None, None, "espace_acheteur", False, "en",
  "A French school abroad wants a buyer account: a person must check eligibility.",
  ("Jorge Hamilton", "bursar@lycee-francais-austin.org"),
  "Can our school join the Espace Acheteur?",
  """
Good morning,

We're a French school in Austin, Texas, accredited by the French
Ministry. Some French suppliers told us we might order through your
purchasing platform. Can an establishment abroad open an account, and if
so, how?

Best,
Jorge Hamilton
Business Manager
""", client="gmail", tz=-6, fmt="alt")

M("account_creation", False, "0648720F", "nouvelle-aquitaine", "esidoc", False, "en",
  "The UAI is not in the list when opening the customer account: the FAQ sends these to the sales team.",
  ("Bethany Carlisle", "bethany.carlisle@ac-bordeaux.fr"),
  "Our school is not in the list",
  """
Hello,

I'm trying to open a customer account for our school so I can order
e-sidoc online, but when I type our UAI (0648720F) the school doesn't
appear in the list. We're a new bilingual collège opened in September in
Biarritz.

Bethany Carlisle
""", client="gmail", fmt="alt")

M("account_creation", False, "0257636P", "bourgogne-franche-comte", "espace_acheteur", False, "en",
  "Account waiting for validation for three weeks; the administrator is on maternity leave: the region must step in.",
  ("Lucy Whitmore", "lucy.whitmore@ac-besancon.fr"),
  "Account pending for 3 weeks",
  """
Hello,

My Espace Acheteur account has been "awaiting validation" for three weeks.
The structure administrator for our lycée (UAI 0257636P) is on maternity
leave until June and there is no one else. Could someone validate it or
tell me who can?

Lucy Whitmore
Adjointe gestionnaire
""", client="outlook", fmt="html")

M("account_creation", False, "0357677E", "bretagne", "espace_acheteur", False, "en",
  "Account works; asks for order-management rights to be opened.",
  ("Aaron Whitley", "aaron.whitley@ac-rennes.fr"),
  "Rights to place orders",
  """
Hello,

My account on the Espace Acheteur works but I can only consult the
markets. I'm now in charge of the ordering for the Lycée Chateaubriand
(0357677E). Can you open the rights to place and follow orders?

Regards,
Aaron Whitley
""", client="thunderbird")

M("account_creation", True, None, "normandie", "esidoc", False, "en",
  "HTML-only Outlook: a new gestionnaire wants to open the customer account before a first order; region from ac-normandie.fr.",
  ("Sian Llewellyn", "sian.llewellyn@ac-normandie.fr"),
  "Opening a customer account",
  """
Good morning,

I'm the new gestionnaire and I'd like to order e-sidoc for our collège
for the first time. I understand I need to open a customer account first.
Could you tell me how to do it?

Many thanks,
Sian Llewellyn
""", client="outlook", fmt="html")
# ---------------------------------------------------------------------------
# subscription_activation
# ---------------------------------------------------------------------------
M("subscription_activation", True, "0756702C", "ile-de-france", "esidoc", False, "en",
  "English-language press resource ordered yesterday, not visible yet: within the 72-hour window.",
  ("Hugh Pendleton", "hugh.pendleton@ac-paris.fr"),
  "Subscription not showing",
  """
Hello,

We ordered the English-language press package yesterday afternoon for the
international section (UAI 0756702C) and it doesn't appear in our
resources yet. Is there a delay before it becomes available?

Thank you,
Hugh Pendleton
""", client="gmail", fmt="alt")

M("subscription_activation", True, "0922405P", "ile-de-france", "esidoc", True, "en",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  ("Principal - Lycée international de Courbevoie", "ce.0922405P@ac-versailles.fr"),
  "When will our subscription be available?",
  """
Dear support,

I am the principal of the Lycée (UAI 0922405P). Our librarian ordered a
new subscription on Monday for the English section; could you tell me
when pupils will be able to use it? We'd like to present it at the
parents' evening.

Regards,
Nicholas Durand-Pryce
Proviseur
""", client="outlook", fmt="alt")

M("subscription_activation", True, "0781989N", "ile-de-france", "esidoc", False, "en",
  "Subscription active but not visible to pupils through the ENT: publication step.",
  ("Tessa Holloway", "tessa.holloway@ac-versailles.fr"),
  "Pupils can't see the new resource",
  """
Hi,

Our Britannica subscription shows as active in the admin, but pupils who
connect through the ENT don't see it anywhere on the portal. Is there
something I need to publish? UAI 0781989N.

Thanks,
Tessa
""", client="thunderbird")

M("subscription_activation", False, "0677308E", "grand-est", "esidoc", False, "en",
  "Ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order.",
  ("Graham Lockwood", "graham.lockwood@ac-strasbourg.fr"),
  "Subscription ordered 12 days ago - still nothing",
  """
Hello,

We ordered and paid for a new resource subscription on the 3rd (order
validated the same day, UAI 0677308E). Twelve days later it still isn't
active. Your website says 72 hours. Could someone check what's going on?

Graham Lockwood
Documentaliste
""", client="outlook", fmt="alt")

M("subscription_activation", True, "0311462W", "occitanie", "esidoc", False, "fr",
  "Mixed French/English: Europresse ordered two days ago, not available yet.",
  ("Natalie Rousseau-Grey", "natalie.rousseau-grey@ac-toulouse.fr"),
  "Abonnement Europresse pas encore actif",
  """
Bonjour,

Nous avons commandé Europresse avant-hier (UAI 0311462W) and it's still
not showing on the portal. Est-ce normal ? Just checking before I tell the
teachers it's ready.

Merci,
Natalie
""", client="gmail", fmt="alt")

M("subscription_activation", True, "0697380X", "auvergne-rhone-alpes", "esidoc", True, "en",
  "Negation: 'I have not forgotten my password', login works; the new resource is not published for pupils.",
  ("Laura Finch", "laura.finch@ac-lyon.fr"),
  "Not a password issue - resource not visible",
  """
Hello,

Just to be clear, I have NOT forgotten my password, I log in to the admin
fine. The problem is the new Cafeyn resource we ordered: it is not
visible for the pupils on our portal (UAI 0697380X).

Laura Finch
""", client="apple")

M("subscription_activation", True, "0060930D", "provence-alpes-cote-d-azur", "esidoc", False, "en",
  "Short: please activate the subscription, order validated this morning.",
  ("Owen Gallagher", "owen.gallagher@ac-nice.fr"),
  "Please activate",
  """
Hi - order validated this morning for UAI 0060930D, please activate the
subscription when you can. Thanks! Owen
""", client="android")

M("subscription_activation", True, "0389726R", "auvergne-rhone-alpes", "esidoc", False, "en",
  "Renewed subscription still shown as expired in 'Mes abonnements', order from yesterday.",
  ("Deborah Quinn", "deborah.quinn@ac-grenoble.fr"),
  "Renewal still shows 'expired'",
  """
Hello,

We renewed our subscription yesterday, but under "Mes abonnements" it is
still marked as expired. Will it update by itself?

Deborah Quinn
Lycée Stendhal (section internationale) - 0389726R
""", client="outlook", fmt="html")

M("subscription_activation", True, "0337937Y", "nouvelle-aquitaine", "esidoc", False, "en",
  "How to publish a newly ordered English e-book resource on the portal (activation and publication of a resource).",
  ("Patrick Doyle", "patrick.doyle@ac-bordeaux.fr"),
  "How do I publish a new resource?",
  """
Hello,

We've just subscribed to an English e-book collection for our section
(UAI 0337937Y). How do I make it appear on our e-sidoc portal for the
students? I couldn't find the option.

Patrick Doyle
""", client="gmail", fmt="alt")

# ---------------------------------------------------------------------------
# order_billing
# ---------------------------------------------------------------------------
M("order_billing", False, None, None, None, True, "en",
  "British publisher (a supplier) whose invoice was rejected in Chorus Pro asks how a foreign supplier should submit it; invoice / Chorus is order_billing.",
  ("Eleanor Frost", "accounts@harbourside-press.co.uk"),
  "Invoice rejected on Chorus Pro",
  """
Dear Sir or Madam,

We supplied English readers to several lycées under your framework
agreement. Our invoice HP-2024-1187 was rejected on Chorus Pro with the
message "SIRET du destinataire invalide". As a UK company we don't have a
SIRET ourselves; which identifiers should we use on the invoice?

Kind regards,
Eleanor Frost
Accounts Receivable, Harbourside Press Ltd, Bristol
""", client="outlook", tz=0, fmt="alt")

M("order_billing", False, None, None, None, False, "en",
  "American ed-tech vendor chasing payment of an invoice 60 days overdue.",
  ("Mike Donnelly", "billing@readwise-learning.com"),
  "Payment status - Invoice #RW-55821",
  """
Hi,

Following up on invoice #RW-55821 (annual licences, 4,850.00 EUR), issued
on October 2 and now 60 days past due. Could you confirm whether payment
has been scheduled, or whether you need anything else from us?

Thanks,
Mike Donnelly
Billing | Readwise Learning Inc.
Boston, MA
""", client="gmail", tz=-5, fmt="alt")

M("order_billing", False, "0338906B", "nouvelle-aquitaine", "esidoc", False, "en",
  "Asks for a formal quote for the renewal, needed for the bon d'engagement.",
  ("Catherine Holt", "catherine.holt@ac-bordeaux.fr"),
  "Quote for e-sidoc renewal",
  """
Hello,

Could you send us a quote (devis) for the renewal of our e-sidoc
subscription for 2025? Our agent comptable needs it before she can issue
the bon d'engagement. Lycée Montaigne, UAI 0338906B.

Thank you,
Catherine Holt
""", client="thunderbird")

M("order_billing", False, None, None, "esidoc", False, "en",
  "Outlook reply ('From: / Sent:' block) asking to address the invoice to the accounting office of the lycée français abroad.",
  ("Valerie Hughes", "finance@lycee-francais-dublin-example.ie"),
  "RE: Your order 2025-00412",
  """
Hello,

Thank you for the confirmation. Could you please make the invoice out to
our accounting office rather than to the library? The address is:

Lycée français de Dublin - Accounts
Foxrock Avenue, Dublin 18, Ireland

Best regards,
Valerie Hughes
Finance Officer

From: Commandes <commandes@esidoc.example.fr>
Sent: Tuesday, 14 January 2025 15:32
To: library@lycee-francais-dublin-example.ie
Subject: Your order 2025-00412

Bonjour,
Nous confirmons la réception de votre commande 2025-00412 (abonnement
e-sidoc).
""", client="outlook", tz=0)

M("order_billing", False, "0131950Z", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "Mixed French/English: invoice amount differs from the quote.",
  ("Alexandra Fontaine-Briggs", "alexandra.fontaine-briggs@ac-aix-marseille.fr"),
  "Facture différente du devis",
  """
Bonjour,

La facture reçue pour notre commande ne correspond pas au devis : 1 240 €
on the quote, 1 380 € on the invoice. I think the international section
option was counted twice. Pouvez-vous vérifier et nous envoyer une
facture corrigée ?

Lycée international Marseille, UAI 0131950Z

Alexandra Fontaine-Briggs
""", client="outlook", fmt="html", charset="windows-1252")

M("order_billing", False, "0349726M", "occitanie", "esidoc", False, "en",
  "The saved basket disappeared (baskets are kept a limited time).",
  ("Ruth Anderson", "ruth.anderson@ac-montpellier.fr"),
  "My basket has vanished",
  """
Hello,

I put together a basket with the resources for next year three weeks ago
and saved it, waiting for our budget. Today it's gone. Is there a way to
recover it? UAI 0349726M.

Ruth Anderson
""", client="gmail", fmt="alt")

M("order_billing", False, None, None, "esidoc", False, "en",
  "Lycée français abroad asks whether it may pay by international bank transfer and for IBAN/BIC.",
  ("Yusuf Demir", "comptabilite@lycee-francais-example.com.tr"),
  "Payment by international transfer",
  """
Hello,

We would like to renew our e-sidoc subscription. As a French school
abroad we can't pay by mandat administratif; can we pay by international
bank transfer in euros? If so, could you send your IBAN and BIC and the
reference we should use?

Yusuf Demir
Accountant, Lycée français (Istanbul)
""", client="outlook", tz=3, fmt="alt")

M("order_billing", False, "0596910R", "hauts-de-france", "esidoc", False, "en",
  "Invoice received twice; asks to cancel the duplicate.",
  ("Jonathan Price", "jonathan.price@ac-lille.fr"),
  "Duplicate invoice",
  """
Hello,

We received the same invoice twice (two different numbers, same order,
same amount). Could you cancel one of them so our agence comptable doesn't
pay twice? UAI 0596910R.

Thanks,
Jonathan Price
Gestionnaire
""", client="thunderbird")

M("order_billing", False, "0444914C", "pays-de-la-loire", "espace_acheteur", True, "en",
  "Two topics: wrong amount on an invoice (main) and a convention missing from 'Mes Marchés' (contract_documents).",
  ("Sandra Whitlock", "sandra.whitlock@ac-nantes.fr"),
  "Invoice amount + missing convention",
  """
Hello,

1) The invoice for order EA-2024-7781 is 312 euros higher than the
   amount shown when we validated the order.
2) Also, the membership convention no longer appears in "Mes Marchés".

Lycée Nelson-Mandela, Nantes (0444914C)
Sandra Whitlock
""", client="outlook", fmt="alt")

M("order_billing", False, "0358603L", "bretagne", "esidoc", False, "en",
  "The bon d'engagement upload fails at order validation ('format non accepté'); PDF attached.",
  ("Gemma Rowlands", "gemma.rowlands@ac-rennes.fr"),
  "Can't upload the purchase order",
  """
Hello,

When I validate the order and try to attach our bon d'engagement, I get
"format non accepté" - but it's a normal PDF (attached). What format do
you need? UAI 0358603L.

Gemma Rowlands
""", client="gmail", fmt="alt",
  attach=("BE_2025_014.pdf", "application/pdf"))

# ---------------------------------------------------------------------------
# contract_documents
# ---------------------------------------------------------------------------
M("contract_documents", False, "9749080B", "la-reunion", "espace_acheteur", False, "en",
  "Market documents for a framework agreement cannot be seen in 'Mes Marchés'.",
  ("Anjali Ramsamy", "anjali.ramsamy@ac-reunion.fr"),
  "Market documents not visible",
  """
Hello,

I can find market 2024-031 (English-language books) in the list on the
Espace Acheteur but when I open it, the documents tab is empty: no CCAP,
no price schedule. Lycée Leconte-de-Lisle, UAI 9749080B.

Anjali Ramsamy
""", client="thunderbird", tz=4)

M("contract_documents", False, "0015071G", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
  "Amendment no. 3 of a market is missing from the contract documents.",
  ("William Grayson", "william.grayson@ac-lyon.fr"),
  "Amendment 3 missing",
  """
Hello,

The supplier told us amendment no. 3 to the IT equipment market has been
signed, but only amendments 1 and 2 appear in the contract documents.
Where can I find it? UAI 0015071G.

William Grayson
""", client="outlook", fmt="alt")

M("contract_documents", False, "0748600W", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
  "The membership convention document opens as an empty file.",
  ("Jade Kirkpatrick", "jade.kirkpatrick@ac-grenoble.fr"),
  "Convention PDF is blank",
  """
Hi,

When I download our membership convention from the Espace Acheteur, the
PDF opens but every page is blank. I tried two browsers. UAI 0748600W.

Jade
""", client="gmail", fmt="alt")

M("contract_documents", False, None, None, None, True, "en",
  "UK supplier holding a lot cannot access the notified market documents and the signed amendment; contract documents, no platform named.",
  ("Martin Kershaw", "bids@kershaw-educational.co.uk"),
  "Access to contract documents - lot 4",
  """
Dear Sir or Madam,

Kershaw Educational was awarded lot 4 (English-language readers) of your
2024 framework. We were told the signed contract, the CCAP and amendment
no. 1 would be available to download, but the link in the notification
leads to an "access denied" page. Could you send them or restore access?

Regards,
Martin Kershaw
Tenders Manager
""", client="outlook", tz=0, fmt="alt")

M("contract_documents", False, "0216840W", "bourgogne-franche-comte", "espace_acheteur", False, "en",
  "Follow-up reply (Gmail quote): the document is still missing after the region's answer.",
  ("Helen Osborne", "helen.osborne@ac-dijon.fr"),
  "Re: [#SUP-029987] Missing CCTP",
  """
Hello,

Thanks for your answer last week, but the CCTP for the photocopier market
is still not there when I look today. UAI 0216840W.

Helen

On Wed, 27 Nov 2024 at 16:40, Assistance <support@assistance.example.fr> wrote:
> Bonjour,
> Votre demande a été transmise à l'équipe de votre région, qui revient
> vers vous rapidement.
""", client="gmail", fmt="alt",
  hdr=[("In-Reply-To", "<SUP-029987.1732722000.b11a@assistance.example.fr>"),
       ("References", "<SUP-029987.1732722000.b11a@assistance.example.fr>")])

M("contract_documents", False, None, None, "espace_acheteur", True, "en",
  "Could see the conventions on the old platform, not on the new one: contract_documents, although the fix may be access rights (close to account_creation).",
  ("Gordon McBride", "gordon.mcbride@cite-scolaire-bilingue.fr"),
  "Conventions gone since the new platform",
  """
Hello,

On the old purchasing site I could see all our conventions and their
amendments. Since the switch to the new Espace Acheteur I can only see
the list of markets, not the documents. Did we lose something in the
migration?

Gordon McBride
""", client="thunderbird")

M("contract_documents", False, "0458135Y", "centre-val-de-loire", "espace_acheteur", False, "en",
  "Administrative certificate (attestation) missing for a market.",
  ("Clare Whitby", "clare.whitby@ac-orleans-tours.fr"),
  "Attestation missing",
  """
Hello,

Our agent comptable needs the attestation for the cleaning-products
market before paying the first invoice, but it isn't among the market
documents on the Espace Acheteur. Lycée Voltaire, Orléans, UAI 0458135Y.

Clare Whitby
""", client="outlook", fmt="html", charset="iso-8859-1")
# ---------------------------------------------------------------------------
# transfer_incident
# ---------------------------------------------------------------------------
M("transfer_incident", False, "0942063G", "ile-de-france", "ecoledirecte", False, "en",
  "Grades have not reached EcoleDirecte for three days; English-speaking parents are asking.",
  ("Rebecca Stein", "it@ecole-bilingue-vincennes.fr"),
  "Grades not syncing to EcoleDirecte",
  """
Hello,

Since Friday none of the grades entered by our teachers appear in
EcoleDirecte. The last successful transfer in the log is Thursday night.
Several parents in our bilingual section have already e-mailed us.

École bilingue de Vincennes (UAI 0942063G)

Rebecca Stein
IT coordinator
""", client="outlook", fmt="alt")

M("transfer_incident", False, None, None, "ecoledirecte", False, "en",
  "'Licence expired' message at start-up: licence to regenerate, transfers stopped.",
  ("Duncan Ferrier", "d.ferrier@institution-sainte-anne-example.fr"),
  "Licence expired message",
  """
Hi,

This morning the Charlemagne tools on our server show "Licence expirée"
at start-up and the overnight transfer to EcoleDirecte didn't run. Can
you regenerate our licence?

Duncan Ferrier
Network manager
""", client="thunderbird")

M("transfer_incident", False, None, None, "ecoledirecte", True, "en",
  "Asks for today's maintenance password to re-index the database: transfer_incident per the taxonomy, not password_reset.",
  ("Sam Okafor", "sam.okafor@lycee-prive-bilingue.fr"),
  "Today's maintenance password please",
  """
Hello,

Could you give me the maintenance password of the day? I need to run the
re-indexing of the Charlemagne database because the transfers to
EcoleDirecte keep stopping halfway.

Thanks,
Sam Okafor
""", client="gmail", fmt="alt")

M("transfer_incident", False, "0142119C", "normandie", "ecoledirecte", False, "en",
  "New server: the licence must be regenerated before transfers can resume.",
  ("Alastair Burns", "alastair.burns@college-international-caen.fr"),
  "Server replaced - licence",
  """
Hello,

We replaced our school server during the holidays and reinstalled the
Charlemagne tools. Now the transfer module says the licence doesn't
match this machine. Could you regenerate it? UAI 0142119C.

Alastair Burns
""", client="outlook", fmt="alt")

M("transfer_incident", False, None, None, "ecoledirecte", False, "en",
  "The antivirus quarantines the Charlemagne tools, so transfers no longer run.",
  ("Kieran Walsh", "kieran.walsh@ecole-internationale-example.fr"),
  "Antivirus blocking the transfer tool",
  """
Hello,

Our new antivirus keeps putting Outils.exe in quarantine and since then
no transfer to EcoleDirecte has worked. Which files and folders should we
exclude?

Kieran Walsh
IT
""", client="thunderbird")

M("transfer_incident", False, "0294603W", "bretagne", "ecoledirecte", False, "en",
  "New proxy/firewall: the connection test of the transfer diagnostic fails.",
  ("Fraser Lennox", "fraser.lennox@ensemble-scolaire-brest.fr"),
  "Transfer diagnostic fails on connection test",
  """
Hello,

After the rectorat-funded firewall upgrade, the transfer diagnostic fails
at the "test de connexion" step. Which addresses and ports does the
transfer module need through the proxy? UAI 0294603W.

Fraser Lennox
""", client="outlook", fmt="html")

M("transfer_incident", False, "0574354Y", "grand-est", "ecoledirecte", False, "fr",
  "Mixed French/English: synchronisation error code when transferring timetables.",
  ("Adrian Keller", "adrian.keller@institution-metz-example.fr"),
  "Erreur de synchronisation EcoleDirecte",
  """
Bonjour,

Depuis mardi la synchronisation des emplois du temps vers EcoleDirecte
échoue with error "E-412 : base en cours d'utilisation". I restarted the
server, same thing. Pouvez-vous regarder ?

UAI 0574354Y
Adrian Keller
""", client="thunderbird", charset="iso-8859-1", cte="8bit")

M("transfer_incident", False, "0635718Y", "auvergne-rhone-alpes", "ecoledirecte", False, "en",
  "Replication must be re-initialised after a database restore; screenshot attached.",
  ("Heather Mills", "heather.mills@lycee-prive-clermont-example.fr"),
  "Replication broken after restore",
  """
Hello,

We had to restore last week's backup of the Charlemagne database after a
disk failure. Since then the replication to EcoleDirecte refuses to start
(screenshot attached). I think it needs to be re-initialised on your side.
UAI 0635718Y.

Heather Mills
""", client="outlook", fmt="alt",
  attach=("replication_error.png", "image/png"))

M("transfer_incident", False, None, None, "ecoledirecte", False, "en",
  "Apple Mail forward of an English-speaking parent's complaint by the head of a private school: grades no longer reach EcoleDirecte. Written by a head, but not a head-of-establishment request.",
  ("Thérèse Aubin", "direction@ecole-sainte-clotilde-example.fr"),
  "Fwd: Grades missing on EcoleDirecte",
  """
Hello,

Forwarding this parent's message. The teachers confirm the marks are
entered on our side; they just don't reach EcoleDirecte since last week.
Could you look at our transfers?

Thérèse Aubin
Cheffe d'établissement

Begin forwarded message:

From: Karen Mitchell <karen.mitchell.home@gmail.com>
Subject: Grades missing on EcoleDirecte
Date: 10 March 2025 at 20:14:03 CET
To: direction@ecole-sainte-clotilde-example.fr

Dear Madam,
My son's history and maths grades from the last two weeks are not on
EcoleDirecte although the teacher says she entered them. Could you check?
Best, Karen Mitchell
""", client="apple")
# ---------------------------------------------------------------------------
# automated
# ---------------------------------------------------------------------------
M("automated", False, None, "hauts-de-france", None, False, "en",
  "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress. Region from the ac-lille.fr sender.",
  ("Jonathan Price", "jonathan.price@ac-lille.fr"),
  "Automatic reply: [#SUP-033051] Duplicate invoice",
  """
Thank you for your message. I am out of the office until Monday 17
February with no access to e-mail. For urgent matters regarding the
lycée's finances please contact the intendance on 03 20 00 00 00.

Jonathan Price
""", client="outlook",
  hdr=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
       ("In-Reply-To", "<SUP-033051.1739181600.44aa@assistance.example.fr>")])

M("automated", False, None, "ile-de-france", None, False, "en",
  "Gmail-style vacation responder (Auto-Submitted: auto-replied) from an American teacher on an ac-paris.fr address. Region from the sender domain.",
  ("Brian Kowalski", "brian.kowalski@ac-paris.fr"),
  "Re: [#SUP-032877] Subscription not showing",
  """
Hi! I'm travelling back to Chicago for the winter break and won't be
checking e-mail regularly until January 6. I'll answer as soon as I'm
back. Happy holidays!

Brian
""", client="gmail",
  hdr=[("Auto-Submitted", "auto-replied"),
       ("In-Reply-To", "<SUP-032877.1734600000.1e0f@assistance.example.fr>")])

M("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status, original headers attached), null Return-Path, to a UK supplier address.",
  ("Mail Delivery System", "MAILER-DAEMON@mx.harbourside-press.co.uk"),
  "Undelivered Mail Returned to Sender",
  "", return_path="<>", tz=0,
  raw=('multipart/report; report-type=delivery-status;\n boundary="7F2C41A0E3.1738236001/mx.harbourside-press.co.uk"', """
This is a MIME-encapsulated message.

--7F2C41A0E3.1738236001/mx.harbourside-press.co.uk
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.harbourside-press.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<eleanor.frost@harbourside-press.co.uk>: host
    mailstore.harbourside-press.co.uk[10.0.4.12] said: 550 5.1.1
    <eleanor.frost@harbourside-press.co.uk>: Recipient address rejected: User
    unknown in virtual mailbox table

--7F2C41A0E3.1738236001/mx.harbourside-press.co.uk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.harbourside-press.co.uk
X-Postfix-Queue-ID: 7F2C41A0E3
Arrival-Date: Thu, 30 Jan 2025 11:20:00 +0000 (GMT)

Final-Recipient: rfc822; eleanor.frost@harbourside-press.co.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <eleanor.frost@harbourside-press.co.uk>:
    Recipient address rejected: User unknown in virtual mailbox table

--7F2C41A0E3.1738236001/mx.harbourside-press.co.uk
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: Eleanor Frost <eleanor.frost@harbourside-press.co.uk>
Subject: [#SUP-033120] Invoice rejected on Chorus Pro
Date: Thu, 30 Jan 2025 12:19:58 +0100
Message-ID: <SUP-033120.1738235998.5d21@assistance.example.fr>
Auto-Submitted: auto-replied

--7F2C41A0E3.1738236001/mx.harbourside-press.co.uk--
"""))

M("automated", False, None, None, None, True, "en",
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  ("Mail Delivery System", "Mailer-Daemon@mail.lycee-francais-example.com.tr"),
  "Mail delivery failed: returning message to sender",
  """
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  comptabilite@lycee-francais-example.com.tr
    mailbox quota exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: comptabilite@lycee-francais-example.com.tr
Subject: [#SUP-032995] Payment by international transfer
Date: Mon, 20 Jan 2025 10:02:11 +0100
Auto-Submitted: auto-replied

Bonjour,
Votre demande a bien été enregistrée sous la référence SUP-032995.
""", return_path="<>", tz=3, cte="8bit", client="none")

M("automated", False, None, None, None, False, "en",
  "English Outlook read receipt ('Read:'), multipart/report disposition-notification.",
  ("Valerie Hughes", "finance@lycee-francais-dublin-example.ie"),
  "Read: [#SUP-032311] Your order 2025-00412",
  "", tz=0, client="outlook",
  raw=('multipart/report; report-type=disposition-notification;\n boundary="----=_NextPart_000_0A1B_01DB6F2C.4E8D9A10"', """
This is a multi-part message in MIME format.

------=_NextPart_000_0A1B_01DB6F2C.4E8D9A10
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message

  To: finance@lycee-francais-dublin-example.ie
  Subject: [#SUP-032311] Your order 2025-00412
  Sent: Wednesday, January 15, 2025 9:14:02 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris

was read on Wednesday, January 15, 2025 8:40:55 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.

------=_NextPart_000_0A1B_01DB6F2C.4E8D9A10
Content-Type: message/disposition-notification

Reporting-UA: lycee-francais-dublin-example.ie; Microsoft Outlook 16.0
Final-Recipient: rfc822;finance@lycee-francais-dublin-example.ie
Original-Message-ID: <SUP-032311.1736928842.77e0@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0A1B_01DB6F2C.4E8D9A10--
"""))

M("automated", False, None, None, None, False, "en",
  "UK publisher's marketing newsletter: List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
  ("Harbourside Press", "news@mail.harbourside-press.co.uk"),
  "New for spring: graded readers for international sections",
  """
HARBOURSIDE PRESS - SPRING CATALOGUE 2025

New graded readers for A2-C1 learners, ideal for international and
European sections. Free inspection copies for French schools until 31
March.

- Classic Tales Retold (12 titles)
- Voices of the Commonwealth: short stories
- Science Matters: non-fiction readers

Browse the catalogue: https://www.harbourside-press.co.uk/spring

You are receiving this e-mail because you subscribed to Harbourside Press
news. Unsubscribe: https://www.harbourside-press.co.uk/u/8812
""", tz=0, fmt="alt", client="none", return_path="<bounces+8812@mail.harbourside-press.co.uk>",
  hdr=[("List-Id", "Harbourside Press news <news.harbourside-press.co.uk>"),
       ("List-Unsubscribe", "<https://www.harbourside-press.co.uk/u/8812>, <mailto:unsubscribe@mail.harbourside-press.co.uk>"),
       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
       ("Precedence", "bulk")])

M("automated", False, None, None, None, False, "fr",
  "Bilingual out-of-office (French then English) from a lycée français abroad, with Auto-Submitted.",
  ("Bibliothèque - Lycée français de Kensington", "library@lfkensington.co.uk"),
  "Réponse automatique / Automatic reply: [#SUP-032760] e-sidoc password",
  """
Bonjour,
La bibliothèque est fermée pendant les vacances scolaires (du 14 au 22
février). Votre message sera traité à notre retour.

Hello,
The library is closed for half-term (14-22 February). Your message will
be dealt with when we return.

Lycée français de Kensington
""", client="outlook", tz=0,
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
       ("In-Reply-To", "<SUP-032760.1739520000.3ac9@assistance.example.fr>")])

M("automated", False, None, None, None, True, "en",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
  ("Liam O'Connor", "liam.oconnor@example-mail.ie"),
  "Away from my desk",
  """
This is an automated message: I am away from my desk until Thursday
with limited access to e-mail. Your message has not been forwarded.
I will reply on my return.

Liam O'Connor
""", client="outlook", tz=0)

M("automated", False, None, None, None, False, "en",
  "Delay warning from a relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
  ("Mail Delivery System", "MAILER-DAEMON@relay.brightwave-networks.co.uk"),
  "Delayed Mail (still being retried)",
  "", return_path="<>", tz=0,
  raw=('multipart/report; report-type=delivery-status;\n boundary="B3E1C2F09A.1737020400/relay.brightwave-networks.co.uk"', """
This is a MIME-encapsulated message.

--B3E1C2F09A.1737020400/relay.brightwave-networks.co.uk
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.brightwave-networks.co.uk.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<p.shah@brightwave-networks.co.uk>: connect to
    exchange.brightwave-networks.co.uk[10.2.0.8]:25: Connection timed out

--B3E1C2F09A.1737020400/relay.brightwave-networks.co.uk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.brightwave-networks.co.uk
Arrival-Date: Thu, 16 Jan 2025 05:40:00 +0000 (GMT)

Final-Recipient: rfc822; p.shah@brightwave-networks.co.uk
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to exchange.brightwave-networks.co.uk[10.2.0.8]:25: Connection timed out
Will-Retry-Until: Tue, 21 Jan 2025 05:40:00 +0000 (GMT)

--B3E1C2F09A.1737020400/relay.brightwave-networks.co.uk--
"""))

M("automated", False, None, None, "ticket_portal", False, "en",
  "Ticket-portal notification (English interface): a ticket the desk opened was updated. Auto-Submitted: auto-generated.",
  ("Ticket Portal", "no-reply@tickets.example-editeur.fr"),
  "[Ticket #88213] Status changed: Waiting for customer",
  """
Hello,

The status of ticket #88213 "Licence regeneration - Charlemagne tools" has
changed from "In progress" to "Waiting for customer".

Latest comment from the agent:
"Please send us the new server name so we can regenerate the licence."

View the ticket: https://tickets.example-editeur.fr/t/88213

This is an automatic notification, please do not reply.
""", fmt="alt", client="none",
  hdr=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("automated", False, None, None, "esignature", True, "en",
  "E-signature 'completed' notification in English for a convention: transactional mail without Auto-Submitted or Precedence; only the no-reply sender and the wording show it is automatic.",
  ("E-Signature", "notifications@esign.example-signature.com"),
  "Completed: Convention d'adhésion 2025 - Lycée international",
  """
All parties have signed

"Convention d'adhésion 2025 - Lycée international" has been completed.
All signers: Catherine Moulin, Centrale d'achat (signatory).

You can download the signed document and the audit trail from your
account:
https://esign.example-signature.com/documents/7f31c0a2

Do not share this e-mail. This message was sent to you by the
e-signature service on behalf of Centrale d'achat.
""", fmt="html", client="none", tz=-5)

M("automated", False, None, "ile-de-france", "esidoc", True, "en",
  "A real question about an e-sidoc password, but posted to an English-teachers' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-creteil.fr sender.",
  ("Lorna Baxter", "lorna.baxter@ac-creteil.fr"),
  "[sections-intl] e-sidoc password - anyone?",
  """
Hi all,

Quick one: has anyone managed to reset the e-sidoc admin password when
the address on file belongs to someone who left? I don't want to wait
weeks for the official procedure. Any tips welcome!

Lorna (Lycée international de l'Est parisien)

--
sections-intl mailing list
To unsubscribe: sections-intl-leave@listes.example-education.fr
""", client="thunderbird", to="sections-intl@listes.example-education.fr",
  return_path="<sections-intl-bounces@listes.example-education.fr>",
  hdr=[("List-Id", "Enseignants des sections internationales <sections-intl.listes.example-education.fr>"),
       ("List-Post", "<mailto:sections-intl@listes.example-education.fr>"),
       ("Precedence", "list"), ("Sender", "sections-intl-bounces@listes.example-education.fr")])

M("automated", False, None, None, None, False, "en",
  "DMARC aggregate report (zip attachment) sent to the desk's address.",
  ("noreply-dmarc-support@google.com", "noreply-dmarc-support@google.com"),
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 8873351260114475520",
  "", tz=0, client="none",
  raw=('multipart/mixed; boundary="000000000000a1d3ff062c7b4e10"', """
--000000000000a1d3ff062c7b4e10
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes

This is an aggregate report from google.com.

--000000000000a1d3ff062c7b4e10
Content-Type: application/zip;
 name="google.com!assistance.example.fr!1738195200!1738281599.zip"
Content-Disposition: attachment;
 filename="google.com!assistance.example.fr!1738195200!1738281599.zip"
Content-Transfer-Encoding: base64

UEsDBBQAAAAIAAAAIQBkYXRhZG1hcmNyZXBvcnQueG1sc3RhbmRpbmcgaW4gZm9yIGEgcmVh
bCByZXBvcnQgLSB0cnVuY2F0ZWQgZm9yIHRoZSB0ZXN0IHNldFBLAQIUABQAAAAIAAAAIQA=

--000000000000a1d3ff062c7b4e10--
"""))

M("automated", False, None, "auvergne-rhone-alpes", None, False, "en",
  "Academic webmail vacation reply from a language assistant: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the ac-lyon.fr sender.",
  ("Emma Richardson", "emma.richardson@ac-lyon.fr"),
  "Out of office",
  """
Hello / Bonjour,

I'm an English language assistant and I only work at the lycée on
Tuesdays and Thursdays. I'll read your message then.

Je suis assistante de langue et je ne suis au lycée que le mardi et le
jeudi.

Emma
""", client="zimbra",
  hdr=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

M("automated", False, None, None, None, False, "en",
  "A UK vendor's help desk acknowledges a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop.",
  ("Readwise Learning Support", "support@readwise-learning.com"),
  "[Request received] Re: Payment status - Invoice #RW-55821",
  """
##- Please type your reply above this line -##

Hi there,

Thanks for reaching out! Your request (#40917) has been received and is
being reviewed by our support team. We typically respond within 1-2
business days.

To add additional comments, reply to this e-mail.

Readwise Learning Support
""", client="none", tz=-5, fmt="alt",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Loop", "support@readwise-learning.com"),
       ("X-Auto-Response-Suppress", "All")])

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  "Un compte est en attente de validation",
  """
Bonjour,

Un nouvel utilisateur s'est inscrit et attend la validation de son compte :

  Nom : Jorge Hamilton
  Structure : Lycée français d'Austin (hors réseau)
  Adresse : bursar@lycee-francais-austin.org

Connectez-vous à l'Espace Acheteur pour valider ou refuser ce compte.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", fmt="alt", client="none",
  hdr=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, None, False, "en",
  "American ed-tech newsletter sent through a mailing service (List-Unsubscribe, Precedence: bulk, List-Id).",
  ("Readwise Learning", "hello@news.readwise-learning.com"),
  "5 ways to build a reading culture this semester",
  """
Hi there,

Spring semester is here! Here are five ideas from librarians around the
world to get students reading more:

1. Reading buddies across grade levels
2. A "blind date with a book" display
3. Student-run book podcasts
4. Bilingual story hours
5. Reading streaks with small rewards

Read the full article: https://readwise-learning.com/blog/reading-culture

Readwise Learning Inc., 100 Summer Street, Boston, MA 02110
Unsubscribe | Update preferences
""", fmt="html", client="none", tz=-5,
  return_path="<bounce-mc.us21_1188.40223@mail189.mcsv.example.net>",
  hdr=[("List-Id", "Readwise Learning newsletter <40223.list-id.mcsv.example.net>"),
       ("List-Unsubscribe", "<https://readwise-learning.us21.list-manage.example.com/unsubscribe?u=1188&id=40223>"),
       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
       ("Precedence", "bulk")])

M("automated", False, "9711910Z", "guadeloupe", None, False, "fr",
  "Bilingual out-of-office of a school office (ce.<UAI> address); Auto-Submitted present. The UAI comes from the address.",
  ("Secrétariat Lycée Baimbridge", "ce.9711910Z@ac-guadeloupe.fr"),
  "Absence / Away: Re: [#SUP-033402] Mot de passe e-sidoc",
  """
Bonjour,
Le secrétariat est fermé pendant les congés de Carnaval. Réouverture le
lundi 10 mars.

Hello,
The school office is closed for the Carnival holidays and reopens on
Monday 10 March.
""", client="zimbra", tz=-4,
  hdr=[("Auto-Submitted", "auto-replied (zimbra; vacation)"),
       ("In-Reply-To", "<SUP-033402.1740992400.8b6d@assistance.example.fr>")])

M("automated", False, None, None, None, False, "en",
  "Exchange Online non-delivery report in English ('Undeliverable:'), multipart/report.",
  ("Microsoft Outlook", "postmaster@lfsingapore-example.edu.sg"),
  "Undeliverable: [#SUP-032888] Change of e-sidoc administrator",
  "", return_path="<>", tz=8, client="none",
  raw=('multipart/report; report-type=delivery-status;\n boundary="_c3f2a9e1-55b0-4d1e-9a8e-1f0c2b7d9e44_"', """
--_c3f2a9e1-55b0-4d1e-9a8e-1f0c2b7d9e44_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to hugo.lefevre@lfsingapore-example.edu.sg couldn't be delivered.

hugo.lefevre wasn't found at lfsingapore-example.edu.sg.

Action Required                                    Recipient
Unknown To address                                 hugo.lefevre

How to Fix It
The address may be misspelled or may not exist.

--_c3f2a9e1-55b0-4d1e-9a8e-1f0c2b7d9e44_
Content-Type: message/delivery-status

Reporting-MTA: dns;SG2PR04MB9876.apcprd04.prod.outlook.com
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Tue, 21 Jan 2025 06:12:40 +0000

Final-Recipient: rfc822;hugo.lefevre@lfsingapore-example.edu.sg
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_c3f2a9e1-55b0-4d1e-9a8e-1f0c2b7d9e44_--
"""))

M("automated", False, None, None, None, False, "en",
  "Host-provided autoresponder from a UK supplier: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
  ("Kershaw Educational", "bids@kershaw-educational.co.uk"),
  "Thank you for contacting Kershaw Educational",
  """
Thank you for your e-mail. This mailbox is monitored Monday to Friday,
9am-5pm UK time. A member of our tenders team will respond within two
working days.

Kershaw Educational Ltd
""", client="none", tz=0,
  hdr=[("X-Autoreply", "yes"), ("X-Autorespond", "Thank you for contacting Kershaw Educational")])

M("automated", False, None, "occitanie", None, False, "en",
  "Thunderbird return receipt in English ('Return Receipt (displayed)'), multipart/report disposition-notification. Region from the ac-toulouse.fr sender.",
  ("Oliver Grant", "oliver.grant@ac-toulouse.fr"),
  "Return Receipt (displayed) - [#SUP-032577] No more ticket notifications",
  "", client="thunderbird",
  raw=('multipart/report; report-type=disposition-notification;\n boundary="------------mUo3XP1c8tAq9zV0dWkQ2s"', """
This is a multi-part message in MIME format.
--------------mUo3XP1c8tAq9zV0dWkQ2s
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to
oliver.grant@ac-toulouse.fr.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.

--------------mUo3XP1c8tAq9zV0dWkQ2s
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: ac-toulouse.fr; Thunderbird 128.6.0
Final-Recipient: rfc822;oliver.grant@ac-toulouse.fr
Original-Message-ID: <SUP-032577.1736500000.62fe@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mUo3XP1c8tAq9zV0dWkQ2s--
"""))
# ---------------------------------------------------------------------------
# other
# ---------------------------------------------------------------------------
M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  ("Ashley Cooper", "ashley.seo.growth@outreach-boost.example.net"),
  "Quick question about assistance.example.fr",
  """
Hi,

I was checking your website and noticed it isn't ranking on the first
page of Google for several important keywords. Our team can get you to
page 1 within 90 days, guaranteed, for a small monthly fee.

Shall I send you a free audit?

Best,
Ashley Cooper
Growth Specialist
""", client="gmail", tz=-8)

M("other", False, None, None, None, True, "en",
  "Phishing 'your mailbox password expires today': mentions a password but is not password_reset; the look-alike domain is not an académie domain, so no region.",
  ("IT Helpdesk", "it-helpdesk@ac-paris-secure-login.com"),
  "ACTION REQUIRED: Your password expires today",
  """
Dear user,

Your mailbox password for support@assistance.example.fr expires today.
To keep your current password and avoid losing your e-mails, confirm it
now using the secure link below:

https://ac-paris-secure-login.com/owa/keep-password

Failure to do so within 24 hours will result in account suspension.

IT Helpdesk
""", fmt="html", client="none", auth="fail", tz=0)

M("other", False, None, "pays-de-la-loire", "esidoc", True, "en",
  "Thanks only, quoting the reset answer: the words 'password' and 'link' appear but nothing is asked. Region from the ac-nantes.fr sender.",
  ("Amy Cartwright", "amy.cartwright@ac-nantes.fr"),
  "Re: [#SUP-033190] pw",
  """
Got the link, new password set, all working. Thanks so much!!
Amy

On Tue, 4 Feb 2025 at 08:31, Assistance <support@assistance.example.fr> wrote:
> Bonjour,
> Un lien de réinitialisation de votre mot de passe e-sidoc vous a été
> envoyé. Ce lien est valable 12 heures.
""", client="iphone",
  hdr=[("In-Reply-To", "<SUP-033190.1738654260.d0a4@assistance.example.fr>"),
       ("References", "<SUP-033190.1738654260.d0a4@assistance.example.fr>")])

M("other", False, None, "bretagne", None, False, "en",
  "Language assistant asking about her salary and her appointment letter: wrong address, unrelated. Region from the ac-rennes.fr sender.",
  ("Chloé-Ann Fraser", "chloe-ann.fraser@ac-rennes.fr"),
  "Question about my salary as language assistant",
  """
Hello,

I'm an English language assistant in Quimper since October. I haven't
received my October and November salary yet and I still don't have my
"arrêté de nomination". Who should I contact? My school gave me this
address for "help".

Thank you,
Chloé-Ann Fraser
""", client="gmail", fmt="alt")

M("other", False, None, None, "espace_acheteur", True, "en",
  "Asks for an English translation of the CCTP of a market: about contract documents, but the documents are visible; a translation request, so other.",
  ("Richard Bell", "r.bell@cambridge-lab-supplies-example.co.uk"),
  "English version of the technical specifications?",
  """
Hello,

We are a UK supplier of laboratory equipment considering a bid for one of
the markets published on your Espace Acheteur. We have downloaded the CCTP
without any problem, but is there an official English translation of it,
or can we submit questions in English?

Kind regards,
Richard Bell
Export Sales
""", client="outlook", tz=0, fmt="alt")

M("other", False, None, None, None, False, "en",
  "Cold sales prospecting for library furniture from a British company, written to one person (no list headers): other, not automated.",
  ("Fiona Hargreaves", "fiona@shelfcraft-interiors.co.uk"),
  "Library furniture for French schools",
  """
Dear colleague,

I'm reaching out because ShelfCraft Interiors has just opened a showroom
in Lille. We design flexible library furniture for schools (mobile
shelving, reading pods, display units) and already equip several British
international schools.

Would you be the right person to talk to about your libraries'
refurbishment projects? If not, I'd be grateful if you could point me to
the right contact.

Best wishes,
Fiona Hargreaves
Business Development, ShelfCraft Interiors
""", client="outlook", tz=0, fmt="alt")

M("other", False, None, None, None, False, "en",
  "A person asks to be removed from the newsletter: written by hand, so not automated.",
  ("Gary Nolan", "gary.nolan@ecole-bilingue-example.fr"),
  "Please take me off your mailing list",
  """
Hello,

Could you please remove my address from your newsletter? I've left the
school's purchasing role and I get three of them a month.

Thanks,
Gary
""", client="thunderbird")

M("other", False, None, None, None, False, "en",
  "GDPR erasure request from a former American language assistant: other (human review), not account_creation.",
  ("Madison Reyes", "madison.reyes.usa@gmail.com"),
  "Request to delete my personal data",
  """
Hello,

I was a language assistant in a French lycée in 2022-2023 and I had an
account on one of your platforms at the time. I'm back in the US now.
Under the GDPR, I'd like all my personal data to be erased and my
account closed. Please confirm when it's done.

Madison Reyes
""", client="gmail", tz=-7, fmt="alt")

M("other", False, None, "ile-de-france", "esidoc", False, "en",
  "Feature request: an English interface for the e-sidoc portal for the international section. Region from the ac-paris.fr sender.",
  ("Simon Abernethy", "simon.abernethy@ac-paris.fr"),
  "English interface for e-sidoc?",
  """
Hello,

Half of our students are in the British and American sections and many
have just arrived in France. Is there any plan to offer the e-sidoc
portal interface in English? Even just the search page and menus would
help a lot.

Best,
Simon Abernethy
""", client="thunderbird")

M("other", False, None, None, None, False, "en",
  "An American parent asks about enrolling her children at a lycée français: wrong address, unrelated.",
  ("Jennifer Whitaker", "jwhitaker.family@yahoo.com"),
  "Enrollment for next September",
  """
Hi,

We're moving to Lyon from Seattle this summer and would like to enroll
our two children (ages 11 and 14) in a school with an American
international section. Could you tell me the application deadlines and
whether they need to take a French test?

Thank you!
Jennifer Whitaker
""", client="iphone", tz=-8)

M("other", False, None, None, None, False, "en",
  "'Got it, thanks!' from a phone: nothing to do.",
  ("Dan Whitfield", "dwhitfield.fr@gmail.com"),
  "Re: activation",
  """
Got it, thanks!

Sent from my iPhone
""", client="iphone",
  hdr=[("In-Reply-To", "<SUP-032701.1738000000.ab12@assistance.example.fr>")])

M("other", False, None, None, None, True, "en",
  "Fake 'overdue invoice' with an attachment from an unknown sender with failing SPF/DMARC: phishing, not order_billing.",
  ("Accounts Department", "accounts@globalsupplies-invoicing.example.biz"),
  "OVERDUE INVOICE #INV-77120 - final notice",
  """
Dear Customer,

Please find attached the overdue invoice #INV-77120 for 3,480.00 EUR.
Payment must be made within 48 hours to avoid legal action. Open the
attached document and follow the payment instructions.

Accounts Department
""", client="none", auth="fail", tz=1,
  attach=("INV-77120.pdf.html", "text/html"))

M("other", False, None, None, None, False, "en",
  "English partnership pitch from an ed-tech start-up, sent as a follow-up quoting her own first mail.",
  ("Zoe Carmichael", "zoe@storyloop-app.example.io"),
  "Re: Partnership idea - bilingual reading app",
  """
Hi again,

Just bumping this up in case it got lost. Happy to do a 15-minute call
any time next week!

Zoe

On Mon, Jan 13, 2025 at 10:02 AM Zoe Carmichael <zoe@storyloop-app.example.io> wrote:
> Hello,
>
> I'm the co-founder of StoryLoop, a bilingual reading app used by 200
> schools in the UK and Canada. We'd love to explore a partnership with
> your platform so that French school libraries can offer StoryLoop to
> their students. Would you be open to a quick chat?
>
> Zoe
""", client="gmail", tz=0, fmt="alt")

M("other", False, None, "grand-est", "espace_acheteur", False, "en",
  "Wants to register for a webinar about the Espace Acheteur, the link fails: other. Region from the ac-reims.fr sender.",
  ("Melissa Harding", "melissa.harding@ac-reims.fr"),
  "Webinar registration link not working",
  """
Hello,

I'd like to attend the webinar presenting the Espace Acheteur on 20
March, but the registration link in your newsletter gives a 404 error.
Could you register me directly?

Melissa Harding
""", client="outlook", fmt="alt")

M("other", False, None, "bourgogne-franche-comte", None, False, "en",
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from the ac-dijon.fr sender.",
  ("Trevor Haines", "trevor.haines@ac-dijon.fr"),
  "Third time asking!!!",
  """
This is the THIRD time I've written to you and nobody has answered. This
is completely unacceptable for a public service. I expect a reply today.

T. Haines
""", client="outlook")

M("other", False, None, "auvergne-rhone-alpes", None, False, "en",
  "Personal message sent to the desk by address autocomplete. Region from the ac-lyon.fr sender.",
  ("Emma Richardson", "emma.richardson@ac-lyon.fr"),
  "Saturday!",
  """
Hey Sue,

Are we still on for Saturday? I found a cheap Blablacar to Annecy, leaves
at 8. Bring walking boots, it's going to be muddy!!

Em x
""", client="iphone")

M("other", False, None, None, None, False, "en",
  "UK university researcher asks for statistics on school library portal usage: other.",
  ("Dr Alice Penrose", "a.penrose@education.example-university.ac.uk"),
  "Research request: usage data for school library portals",
  """
Dear colleagues,

I lead a research project at the University of Example on reading
habits in bilingual secondary schools. Would it be possible to obtain
anonymised, aggregate usage figures for school library portals in
French lycées with international sections (e.g. monthly logins,
searches)? I would of course follow any data-sharing agreement you
require.

With best wishes,
Dr Alice Penrose
School of Education
""", client="outlook", tz=0, fmt="alt")

M("other", False, None, None, "ticket_portal", False, "en",
  "How to switch the ticket portal interface to English: a how-to question with no category of its own.",
  ("Kenji Armstrong", "k.armstrong@lycee-international-example.fr"),
  "Ticket portal in English?",
  """
Hi,

Is there a way to switch the ticket portal to English? I can't find a
language setting in my profile. My French is OK but the technical terms
are hard.

Thanks,
Kenji Armstrong
""", client="gmail", fmt="alt")

M("other", False, None, "nouvelle-aquitaine", "esignature", True, "en",
  "The convention to e-sign carries a wrong establishment name; only the document's sender can fix it. About a convention, but not access to contract documents, so other. Region from the ac-poitiers.fr sender.",
  ("Philippa Reed", "philippa.reed@ac-poitiers.fr"),
  "Wrong school name on the convention to sign",
  """
Hello,

I've received the e-signature request for our membership convention, but
the document says "Lycée Camille-Guérin, Niort" whereas we are the Lycée
Camille-Guérin in Poitiers. I don't want to sign a document with the
wrong name. Can it be corrected and sent again?

Philippa Reed
Gestionnaire
""", client="outlook", fmt="alt")

# ---------------------------------------------------------------------------
# Dates for mails that quote an earlier message (keep the chronology right)
# ---------------------------------------------------------------------------
WHEN = {
    "Re: [#SUP-031877] e-sidoc password": (2025, 1, 14),
    "RE: [#SUP-032410] Activation email": (2025, 1, 27),
    "Fwd: Your Mailinblack daily report": (2025, 2, 6),
    "Re: [#SUP-030112] Activation link": (2024, 12, 4),
    "Re: [#SUP-031204] e-sidoc administrator access": (2025, 1, 7),
    "FW: Réinitialisation de votre mot de passe": (2025, 2, 4),
    "Re: [#SUP-029987] Missing CCTP": (2024, 12, 3),
    "Re: [#SUP-033190] pw": (2025, 2, 4),
    "Re: Partnership idea - bilingual reading app": (2025, 1, 21),
    "Fwd: Grades missing on EcoleDirecte": (2025, 3, 11),
    "Undelivered Mail Returned to Sender": (2025, 1, 30),
    "Mail delivery failed: returning message to sender": (2025, 1, 20),
    "Read: [#SUP-032311] Your order 2025-00412": (2025, 1, 15),
    "Delayed Mail (still being retried)": (2025, 1, 16),
    "Undeliverable: [#SUP-032888] Change of e-sidoc administrator": (2025, 1, 21),
    "RE: Your order 2025-00412": (2025, 1, 15),
    "Automatic reply: [#SUP-033051] Duplicate invoice": (2025, 2, 10),
    "Re: [#SUP-032877] Subscription not showing": (2024, 12, 19),
    "Réponse automatique / Automatic reply: [#SUP-032760] e-sidoc password": (2025, 2, 14),
    "Absence / Away: Re: [#SUP-033402] Mot de passe e-sidoc": (2025, 3, 3),
    "Return Receipt (displayed) - [#SUP-032577] No more ticket notifications": (2025, 1, 10),
}

PDF_BYTES = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
             b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
PNG_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
PHISH_HTML = (b"<html><body><script>location='https://globalsupplies-invoicing.example.biz/pay'"
              b"</script><p>Loading invoice...</p></body></html>")


def fr_offset(d):
    """Metropolitan French UTC offset (summer time until 27 Oct 2024, from 30 Mar 2025)."""
    if d < _dt.date(2024, 10, 27) or d >= _dt.date(2025, 3, 30):
        return 2
    return 1


def pick_date(rng, m):
    kw = m["kw"]
    if m["subject"] in WHEN:
        day = _dt.date(*WHEN[m["subject"]])
    else:
        start = _dt.date(2024, 9, 2)
        while True:
            day = start + _dt.timedelta(days=rng.randint(0, 207))
            if day.weekday() < 5 or rng.random() < 0.15:
                break
    hour = rng.randint(7, 19)
    minute = rng.randint(0, 59)
    second = rng.randint(0, 59)
    off = kw.get("tz", None)
    if off is None:
        off = fr_offset(day)
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return _dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def client_headers(rng, client, domain, when):
    """Return (message_id, extra header lines, relay host) typical of a mail client."""
    extra = []
    if client == "gmail":
        mid = "<CA%s@mail.gmail.com>" % alnum(rng, 44)
        relay = "mail-%s-f%d.google.com" % (rng.choice(["wr1", "ej1", "lf1", "qk1"]), rng.randint(10, 99))
    elif client == "outlook":
        box = "%sP264MB%04d" % (rng.choice(["PA", "MR", "DB", "AM"]), rng.randint(1000, 9999))
        mid = "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, alnum(rng, 24, "0123456789ABCDEF"), box)
        extra.append(("Thread-Topic", None))
        extra.append(("Thread-Index", alnum(rng, 28) + "=="))
        extra.append(("Accept-Language", rng.choice(["en-GB, fr-FR", "en-US", "fr-FR, en-US"])))
        extra.append(("X-MS-Has-Attach", ""))
        if rng.random() < 0.4:
            extra.append(("X-Mailer", "Microsoft Outlook 16.0"))
        relay = "%s.outbound.protection.outlook.com" % box
    elif client == "thunderbird":
        mid = "<%s-%s-%s-%s-%s@%s>" % (hexid(rng, 8), hexid(rng, 4), hexid(rng, 4),
                                       hexid(rng, 4), hexid(rng, 12), domain)
        ver = rng.choice(["115.16.0", "128.5.2", "128.6.0", "128.7.1"])
        extra.append(("User-Agent", "Mozilla Thunderbird " + ver if rng.random() < 0.3 else
                      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101\n Thunderbird/" + ver))
        extra.append(("Content-Language", rng.choice(["en-GB", "en-US", "fr"])))
        relay = "smtp.%s" % domain
    elif client == "apple":
        mid = "<%s-%s-%s-%s-%s@%s>" % (hexid(rng, 8).upper(), hexid(rng, 4).upper(), hexid(rng, 4).upper(),
                                       hexid(rng, 4).upper(), hexid(rng, 12).upper(), domain)
        extra.append(("X-Mailer", "Apple Mail (2.%d.%d.1.%d)" % (rng.choice([3774, 3826]), rng.randint(100, 600), rng.randint(1, 9))))
        relay = "smtp.%s" % domain
    elif client == "iphone":
        mid = "<%s-%s-%s-%s-%s@%s>" % (hexid(rng, 8).upper(), hexid(rng, 4).upper(), hexid(rng, 4).upper(),
                                       hexid(rng, 4).upper(), hexid(rng, 12).upper(), domain)
        extra.append(("X-Mailer", "iPhone Mail (%s)" % rng.choice(["21H221", "22B91", "22C152", "22D63"])))
        relay = "smtp.%s" % domain
    elif client == "android":
        mid = "<%s@email.android.com>" % alnum(rng, 32, "0123456789abcdef")
        extra.append(("X-Mailer", rng.choice(["Samsung Mail", "Outlook for Android"])))
        relay = "smtp.%s" % domain
    elif client == "zimbra":
        mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7),
                                                  int(when.timestamp()) * 1000 + rng.randint(0, 999), domain)
        extra.append(("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4583)"))
        extra.append(("Thread-Index", alnum(rng, 30)))
        relay = "smtp%d.%s" % (rng.randint(1, 6), domain)
    elif client == "webmail":
        mid = "<%s@%s>" % (hexid(rng, 32), "webmail.example-hosting.net")
        extra.append(("User-Agent", "Roundcube Webmail/1.6.9"))
        relay = "webmail.example-hosting.net"
    else:  # "none": servers, mailing tools
        mid = "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), hexid(rng, 10), domain)
        relay = "mail.%s" % domain
    return mid, extra, relay


def text_to_html(text, client):
    paras = []
    block = []
    quote = []

    def flush():
        if block:
            paras.append("<p>%s</p>" % "<br>\n".join(_html.escape(l) for l in block))
            block.clear()
        if quote:
            paras.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">%s</blockquote>"
                         % "<br>\n".join(_html.escape(l[1:].lstrip()) for l in quote))
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            if block:
                flush()
            quote.append(line)
        elif not line.strip():
            flush()
        else:
            if quote:
                flush()
            block.append(line)
    flush()
    inner = "\n".join(paras)
    if client == "gmail":
        return '<div dir="ltr">\n%s\n</div>\n' % inner
    if client == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % inner.replace("<p>", '<p class="MsoNormal">'))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n' % inner)


def choose_cte(rng, text, kw):
    if "cte" in kw:
        return kw["cte"]
    if all(ord(c) < 128 for c in text):
        return rng.choice(["7bit", "7bit", "quoted-printable"])
    return rng.choice(["quoted-printable", "quoted-printable", "8bit", "base64"])


def body_part(rng, m, client, fmt):
    kw = m["kw"]
    text = m["body"]
    charset = kw.get("charset", "utf-8")
    part = MIMEPart(policy=email.policy.default)
    if fmt == "html":
        html = text_to_html(text, client)
        part.set_content(html, subtype="html", charset=charset, cte=choose_cte(rng, html, kw))
    else:
        part.set_content(text, charset=charset, cte=choose_cte(rng, text, kw))
        if fmt == "alt":
            html = text_to_html(text, client)
            part.add_alternative(html, subtype="html", charset=charset,
                                 cte=choose_cte(rng, html, kw))
    if "attach" in kw:
        fname, ctype = kw["attach"]
        maintype, subtype = ctype.split("/")
        data = {"application/pdf": PDF_BYTES, "image/png": PNG_BYTES,
                "text/html": PHISH_HTML}[ctype]
        part.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    n = 0
    for sub in part.walk():
        if sub.is_multipart():
            n += 1
            sub.set_boundary("----=_Part_%d_%s.%s" % (n, hexid(rng, 10), hexid(rng, 6)))
    return part.as_bytes(policy=email.policy.default.clone(linesep="\n"))


def enc_header(value):
    if all(ord(c) < 128 for c in value):
        if len(value) < 70:
            return value
        return Header(value, "us-ascii", maxlinelen=76).encode(linesep="\n")
    return Header(value, "utf-8", maxlinelen=76).encode(linesep="\n")


def build(rng, m):
    kw = m["kw"]
    name, addr = m["frm"]
    domain = addr.rsplit("@", 1)[1].lower()
    if "client" in kw:
        client = kw["client"]
    elif "raw" in kw or kw.get("return_path") == "<>":
        client = "none"
    else:
        client = rng.choice(["gmail", "outlook", "thunderbird", "apple"])
    fmt = kw.get("fmt")
    if fmt is None:
        fmt = "alt" if client == "gmail" else "plain"
    when = pick_date(rng, m)
    mid, extra, relay = client_headers(rng, client, domain, when)
    received_at = when + _dt.timedelta(seconds=rng.randint(2, 50))
    local = received_at.astimezone(_dt.timezone(_dt.timedelta(hours=fr_offset(received_at.date()))))
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))
    auth = kw.get("auth", "pass")
    if kw.get("return_path") == "<>":
        auth_line = ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n"
                     "\tdmarc=none" % relay)
    elif auth == "pass":
        auth_line = ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                     "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s"
                     % (domain, domain, domain))
    else:
        auth_line = ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n"
                     "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain))
    lines = [
        ("Return-Path", kw.get("return_path", "<%s>" % addr)),
        ("Delivered-To", DESK),
        ("Received", "from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
                     "\tfor <%s>; %s" % (relay, relay, ip, alnum(rng, 15), DESK,
                                         format_datetime(local).replace(" +0", " +0") +
                                         (" (CET)" if fr_offset(local.date()) == 1 else " (CEST)"))),
        ("Authentication-Results", auth_line),
        ("From", formataddr((name, addr), charset="utf-8")),
        ("To", kw.get("to") or rng.choice([DESK, "Assistance <%s>" % DESK, "support <%s>" % DESK,
                                            "\"Support\" <%s>" % DESK])),
    ]
    for hname, hval in kw.get("hdr", []):
        if hname == "Cc":
            lines.append((hname, hval))
    lines += [
        ("Subject", enc_header(m["subject"])),
        ("Date", format_datetime(when)),
        ("Message-ID", mid),
    ]
    if "reply_to" in kw:
        lines.append(("Reply-To", kw["reply_to"]))
    for hname, hval in kw.get("hdr", []):
        if hname != "Cc":
            lines.append((hname, hval))
    for hname, hval in extra:
        if hname == "Thread-Topic":
            hval = enc_header(m["subject"])
        lines.append((hname, hval))
    lines.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\n" % (k, v) if v != "" else "%s: \n" % k for k, v in lines)
    if "raw" in kw:
        ctype, raw_body = kw["raw"]
        return (head + "Content-Type: %s\n" % ctype + raw_body).encode("utf-8")
    return head.encode("utf-8") + body_part(rng, m, client, fmt)


LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
              "hard", "lang", "notes"]


def write_all():
    rng = random.Random(SEED)
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for n, idx in enumerate(order, start=1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        data = build(rng, m)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"],
                       "uai": m["uai"], "region": m["region"], "platform": m["platform"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


def all_text(msg):
    """Headers and every decoded text part, for the entity checks."""
    chunks = ["%s: %s" % (k, v) for k, v in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text" or part.get_content_type().startswith("message/"):
            try:
                payload = part.get_payload(decode=True)
            except Exception:  # pragma: no cover
                payload = None
            if payload:
                cs = part.get_content_charset() or "utf-8"
                chunks.append(payload.decode(cs, errors="replace"))
            elif isinstance(part.get_payload(), str):
                chunks.append(part.get_payload())
    return "\n".join(chunks)


def verify():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    assert len(labels) == 150, len(labels)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files
    assert [lab["file"] for lab in labels] == files
    seen_ids = set()
    for lab in labels:
        where = lab["file"]
        assert list(lab.keys()) == LABEL_KEYS, where
        assert lab["category"] in CATEGORIES, where
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), where
        assert lab["platform"] in PLATFORMS, where
        assert lab["lang"] in ("en", "fr"), where
        assert lab["region"] is None or lab["region"] in REGIONS, where
        assert isinstance(lab["notes"], str) and lab["notes"], where
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, where
        with open(os.path.join(HERE, where), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"], where
        assert msg["To"] and msg["Message-ID"], where
        mid = msg["Message-ID"]
        assert mid not in seen_ids, where
        seen_ids.add(mid)
        sender = msg["From"].addresses[0].addr_spec
        assert msg["Date"].datetime is not None, where
        if msg.get_content_type() in ("text/plain", "text/html", "multipart/alternative",
                                      "multipart/mixed"):
            body = msg.get_body(preferencelist=("plain", "html"))
            assert body is not None and body.get_content().strip(), where
        text = all_text(msg)
        if lab["uai"] is not None:
            assert uai_is_valid(lab["uai"]), (where, lab["uai"])
            assert lab["uai"].lower() in text.lower(), (where, "UAI not in mail")
        assert lab["region"] == expected_region(lab["uai"], sender), (
            where, lab["region"], expected_region(lab["uai"], sender))
    # deterministic: a second build gives the same bytes
    return labels


def main():
    write_all()
    labels = verify()
    first = {f: open(os.path.join(HERE, f), "rb").read() for f in os.listdir(HERE)
             if f.endswith(".eml") or f == "labels.jsonl"}
    write_all()
    again = {f: open(os.path.join(HERE, f), "rb").read() for f in first}
    assert first == again, "build is not deterministic"
    counts = {}
    for lab in labels:
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
    for cat in sorted(counts, key=lambda c: -counts[c]):
        print("%-32s %3d" % (cat, counts[cat]))
    print("auto_reply_ok:", sum(lab["auto_reply_ok"] for lab in labels),
          " hard:", sum(lab["hard"] for lab in labels),
          " en:", sum(lab["lang"] == "en" for lab in labels))
    print("OK: 150 mails and labels written and checked")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the holdout76 blind test corpus (February winter holidays and their aftermath).

Every mail text below was written by hand for this corpus; this script only wraps
each text in headers and a transfer encoding, writes h001.eml ... h150.eml and
labels.jsonl next to itself, then re-reads everything and checks it.

Standard library only, deterministic (random.Random with a fixed seed).
Run: python3 make_holdout76.py
"""
import base64
import html
import json
import quopri
import random
import re
import textwrap
from datetime import datetime
from email import policy
from email.header import Header
from email.parser import BytesParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(76)
DESK = "support@assistance.example.fr"
MX = "mx1.assistance.example.fr"

MAILS = []

REG = {"bfc": "bourgogne-franche-comte", "ge": "grand-est", "co": "corse",
       "ara": "auvergne-rhone-alpes", "idf": "ile-de-france", None: None}


def M(cat, ok, uai, reg, plat, hard, lang, notes, f, s, b, c="ol", **kw):
    """Record one hand-written mail and its label."""
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, reg=REG[reg], plat=plat, hard=hard,
                      lang=lang, notes=notes, f=f, s=s, b=b, c=c, **kw))


# ---------------------------------------------------------------- wrapping
def hx(value):
    """Encode a header value (RFC 2047) when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def addr_header(full):
    """'Name <addr>' -> encoded From/To value."""
    m = re.match(r"\s*(.*?)\s*<([^>]+)>\s*$", full)
    if not m:
        return full.strip()
    name, addr = m.group(1).strip('"'), m.group(2)
    if not name:
        return f"<{addr}>"
    try:
        name.encode("ascii")
        if re.search(r"[,.;:@()\[\]|]", name):
            name = '"' + name.replace('"', '') + '"'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode(maxlinelen=76)} <{addr}>"


def addr_of(full):
    m = re.search(r"<([^>]+)>", full)
    return (m.group(1) if m else full).strip()


def rhex(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def ralnum(n):
    return "".join(RNG.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def wrap_text(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= 78:
            out.append(line)
            continue
        pre = re.match(r"^((?:> ?)*)", line).group(1)
        out.extend(textwrap.wrap(line[len(pre):], width - len(pre), initial_indent=pre,
                                 subsequent_indent=pre, break_long_words=False,
                                 break_on_hyphens=False) or [line])
    return "\n".join(out)


def encode_payload(data, enc):
    if enc == "qp":
        return quopri.encodestring(data).decode("ascii"), "quoted-printable"
    if enc == "b64":
        return base64.encodebytes(data).decode("ascii"), "base64"
    if all(b < 128 for b in data):
        return data.decode("ascii"), "7bit"
    return data.decode("utf-8"), "8bit"


def text_part(text, enc, charset="utf-8", subtype="plain", extra=""):
    if enc == "8bit" and subtype == "plain":
        text = wrap_text(text)
    if not text.endswith("\n"):
        text += "\n"
    if charset != "utf-8":
        try:
            data = text.encode(charset)
        except UnicodeEncodeError:
            charset, data = "utf-8", text.encode("utf-8")
    else:
        data = text.encode("utf-8")
    if enc == "8bit" and charset != "utf-8":
        enc = "qp"
    payload, cte = encode_payload(data, enc)
    head = f'Content-Type: text/{subtype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {cte}\n'
    return head + "\n" + payload.rstrip("\n") + "\n"


def to_html(text, client):
    lines = text.rstrip("\n").split("\n")
    out, inq = [], False
    for line in lines:
        if line.startswith(">"):
            if not inq:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
                inq = True
            out.append(html.escape(re.sub(r"^(> ?)+", "", line)) + "<br>")
            continue
        if inq:
            out.append("</blockquote>")
            inq = False
        esc = html.escape(line)
        if client == "ol":
            out.append(f'<p class="MsoNormal">{esc or "&nbsp;"}<o:p></o:p></p>')
        elif client == "tb":
            out.append(f"{esc}<br>")
        else:
            out.append(f"<div>{esc or '<br>'}</div>")
    if inq:
        out.append("</blockquote>")
    body = "\n".join(out)
    if client == "ol":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n--></style>\n</head>\n'
                '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    if client == "gm":
        return f'<div dir="ltr">\n{body}\n</div>\n'
    if client == "zm":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">\n'
                f'{body}\n</div></body></html>\n')
    if client == "ap":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
                f'{body}\n</body></html>\n')
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
            f'  </head>\n  <body>\n{body}\n  </body>\n</html>\n')


def boundary(client):
    if client == "ol":
        return f"_000_{rhex(28)}FRAP_"
    if client == "gm":
        return "0000000000" + rhex(18).lower()
    if client == "ap":
        return f"Apple-Mail={rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    if client == "zm":
        return f"=_{rhex(8).lower()}-{rhex(4).lower()}-{rhex(4).lower()}-{rhex(4).lower()}-{rhex(12).lower()}"
    return f"------------{ralnum(24)}"


def multipart(subtype, parts, client, extra=""):
    bnd = boundary(client)
    out = f'Content-Type: multipart/{subtype};{extra}\n boundary="{bnd}"\n\n'
    if client == "tb" or subtype == "report":
        out += "This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"--{bnd}\n{p}\n"
    out += f"--{bnd}--\n"
    return out


FAKE_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def attachment(name, ctype, data=None):
    data = data if data is not None else FAKE_PDF + name.encode("utf-8")
    try:
        name.encode("ascii")
        disp = f'attachment; filename="{name}"'
        ct = f'{ctype}; name="{name}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        q = quote(name.encode("utf-8"))
        disp = f"attachment;\n filename*=utf-8''{q}"
        ct = f"{ctype};\n name*=utf-8''{q}"
    payload = base64.encodebytes(data).decode("ascii")
    return (f"Content-Type: {ct}\nContent-Disposition: {disp}\n"
            f"Content-Transfer-Encoding: base64\n\n{payload}")


# ================================================================ password_reset
M("password_reset", True, "0211517K", "bfc", "esidoc", False, "fr",
  "Back-office password of the e-sidoc portal refused after the two-week break, account now locked, UAI in the body.",
  "Hélène Garnier <helene.garnier@ac-dijon.fr>", "Compte e-sidoc bloqué au retour des vacances",
  """Bonjour,

Je rentre de deux semaines de congés d'hiver et je n'arrive plus à me connecter à l'administration de notre portail e-sidoc. J'ai tapé le mot de passe trois fois (je suis pourtant sûre de moi) et maintenant le compte est bloqué.

Notre identifiant est 0211517K (collège Les Lentillères, Dijon).

Pouvez-vous me renvoyer un lien pour réinitialiser le mot de passe ?

Merci d'avance,

Hélène Garnier
Professeure documentaliste
Collège Les Lentillères - Dijon
""", "ol", d="10/03 08:47")

M("password_reset", True, "0251712A", "bfc", "esidoc", False, "fr",
  "Written fast from a personal Gmail with no accents and 'mdp': forgotten e-sidoc password, UAI given.",
  "sandrine.boillot25 <sandrine.boillot25@gmail.com>", "mdp esidoc",
  """bonjour

je suis la doc du college Lucie Aubrac a Besancon, je ne retrouve plus mon mdp pour esidoc depuis les vacances de fevrier. j ai du le changer en janvier et je l ai pas note...
notre RNE c est 0251712A

merci de m aider
sandrine
""", "gm", d="11/03 21:14")

M("password_reset", True, "0672495Y", "ge", "esidoc", False, "en",
  "English: the e-sidoc password expired during the winter break; the UAI is given and the FAQ reset path applies.",
  "Rachel Whitmore <rachel.whitmore@ac-strasbourg.fr>", "e-sidoc password expired over the break",
  """Hello,

I'm the librarian of the international section at Lycée des Pontonniers (UAI 0672495Y). When I came back from the February holidays, e-sidoc told me my password had expired and asked me to choose a new one, but the form keeps saying "invalid token".

Could you please send me a reset link? I'm sorry I can't write this in French properly.

Many thanks,
Rachel Whitmore
Librarian - International section
Lycée international des Pontonniers, Strasbourg
""", "gm", d="25/02 13:02")

M("password_reset", True, "0541790C", "ge", "espace_acheteur", True, "fr",
  "The UAI appears only in the ce.<UAI>@ac-nancy-metz.fr sender address, in lower case; the secretariat asks a reset link for the Espace Acheteur on that official address.",
  "Secrétariat Collège Chepfer <ce.0541790c@ac-nancy-metz.fr>", "mot de passe expiré espace acheteur",
  """Bonjour,

Pendant les vacances le mot de passe de notre compte sur l'Espace Acheteur a expiré, et personne ici ne connaît l'ancien pour en choisir un nouveau. Merci de nous envoyer le lien de réinitialisation sur cette adresse de l'établissement.

Bonne journée

Le secrétariat
Collège Chepfer
Villers-lès-Nancy
""", "tb", d="24/02 10:31")

M("password_reset", True, "0391794N", "bfc", "esidoc", True, "fr",
  "Negation: it is not the academic webmail password but the e-sidoc one that no longer works after the holidays.",
  "Julien Vuillermoz <julien.vuillermoz@ac-besancon.fr>", "Re: connexion portail CDI",
  """Bonjour,

Pour être précis : ce n'est pas le mot de passe de ma messagerie académique qui pose problème (celui-là fonctionne, je vous écris avec), c'est celui du back-office e-sidoc du CDI. Depuis la reprise il est refusé et le lien "mot de passe oublié" ne me propose rien.

Collège du Pays des Lacs, Clairvaux-les-Lacs - UAI 0391794N

Cordialement,
J. Vuillermoz
Prof. documentaliste
""", "zm", d="12/03 16:20")

M("password_reset", False, "0711574A", "bfc", "espace_acheteur", True, "fr",
  "Two topics: locked Espace Acheteur account (first) and the invoice of the second-term order; one template would answer only half.",
  "Martine Lorton <martine.lorton@ac-dijon.fr>", "Compte bloqué + facture commande T2",
  """Bonjour,

Deux choses :

1) Mon compte sur l'Espace Acheteur est bloqué depuis la rentrée des vacances d'hiver (trop de tentatives, je pense que le mot de passe avait expiré). UAI 0711574A, lycée Lamartine à Mâcon.

2) Par ailleurs nous n'avons toujours pas la facture de la commande du 2e trimestre passée fin janvier, l'agence comptable me la réclame.

Merci pour votre aide,

Martine Lorton
Gestionnaire
Lycée Lamartine - Mâcon
Tél. 03 85 21 44 10
""", "ol", d="11/03 09:05")

M("password_reset", True, None, "bfc", "esidoc", False, "fr",
  "Sent from an iPhone: account locked since the return from holidays, no UAI, académie domain gives the region.",
  "Nadia Belkacem <nadia.belkacem@ac-besancon.fr>", "Compte bloqué",
  """Bonjour, mon compte e-sidoc est bloqué depuis le retour des vacances, je suis au CDI du lycée Cuvier à Montbéliard. Comment je fais pour le débloquer ? Merci

Envoyé de mon iPhone
""", "ap", fmt="plain", enc="qp", mailer="iPhone Mail (22D72)", d="10/03 07:52")

M("password_reset", False, None, "ge", "esidoc", True, "fr",
  "UAI typed as 0880079K: wrong check letter (the digits give 0880079H), so no UAI; region from the ac-nancy-metz.fr sender; a person must identify the school before any link is sent.",
  "Thomas Grosjean <thomas.grosjean@ac-nancy-metz.fr>", "mot de passe oublié - lycée Épinal",
  """Bonjour,

J'ai oublié le mot de passe admin de notre e-sidoc pendant les vacances (deux semaines sans m'y connecter, et plus rien...).
Notre code établissement : 0880079K

Merci de me dire comment faire.

Thomas Grosjean
CDI - Lycée Claude Gellée, Épinal
""", "gm", d="26/02 11:40")

M("password_reset", True, "6201590J", "co", "espace_acheteur", False, "fr",
  "Corse: the gestionnaire's Espace Acheteur password expired during the holidays; UAI in the body.",
  "Marie-Ange Santoni <marie-ange.santoni@ac-corse.fr>", "Mot de passe expiré - Espace Acheteur",
  """Bonjour,

À la reprise après les vacances de février, l'Espace Acheteur m'indique que mon mot de passe a expiré. Quand je veux le modifier, il me demande l'ancien, qui n'est plus accepté.

Établissement : collège Laetitia, Ajaccio - UAI 6201590J.

Pouvez-vous réinitialiser l'accès ?

Bien à vous,

Marie-Ange Santoni
Adjointe gestionnaire
""", "ol", enc="b64", d="03/03 08:58")

M("password_reset", True, "7200612C", "co", "esidoc", False, "fr",
  "Forgotten identifier and password for the e-sidoc back office after the break; UAI 7200612C given.",
  "Pierre-Paul Filippi <pierre-paul.filippi@ac-corse.fr>", "Identifiant oublié e-sidoc",
  """Bonjour,

Je ne me souviens plus ni de l'identifiant ni du mot de passe pour administrer le portail e-sidoc du lycée Giocante de Casabianca à Bastia. Je crois que l'identifiant est notre code UAI (7200612C) mais je n'en suis même pas sûr.

Merci de votre aide.

--
Pierre-Paul Filippi
Professeur documentaliste
""", "tb", d="04/03 14:12")

M("password_reset", True, "0571764H", "ge", "esidoc", False, "en",
  "English from the school's IT technician: e-sidoc admin account locked after a substitute's failed attempts during the holidays.",
  "Kevin Lambert <kevin.lambert@ac-nancy-metz.fr>", "Locked e-sidoc admin account",
  """Hi,

Our e-sidoc administrator account got locked during the winter break (a substitute tried to log in several times with the wrong password). Our librarian is back today and cannot access anything.

School: Collège Jean Rostand, Metz - UAI 0571764H.

Could you unlock it or send a reset link to the address you have on file? I'm the IT technician, I write in English because our ticket tool is set up that way, sorry about that.

Regards,
Kevin Lambert
IT support, Collège Jean Rostand
""", "ol", d="24/02 09:17")

M("password_reset", True, "0250972W", "bfc", "esidoc", False, "fr",
  "Reply to the earlier automatic answer (Zimbra quote): the 12-hour reset link expired while she was away on holiday; she asks for a new one.",
  "Catherine Pernot <catherine.pernot@ac-besancon.fr>", "RE: [Assistance] Réinitialisation de votre mot de passe",
  """Bonjour,

Le lien est arrivé le vendredi soir juste avant les vacances et bien sûr à mon retour il n'est plus valable ("lien expiré"). Pouvez-vous m'en renvoyer un ? Je le ferai tout de suite cette fois.

Merci,
Catherine Pernot
Collège Voltaire, Besançon

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Catherine Pernot" <catherine.pernot@ac-besancon.fr>
Envoyé: Vendredi 21 Février 2025 18:02:11
Objet: [Assistance] Réinitialisation de votre mot de passe

> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour l'établissement 0250972W. Il est valable 12 heures.
> L'équipe Assistance
""", "zm", reply=True, d="10/03 10:02")

M("password_reset", True, "0211897Y", "bfc", "esidoc", True, "fr",
  "UAI written with spaces (021 1897 Y); lost e-sidoc password after the holidays.",
  "Lucie Monnot <lucie.monnot21@gmail.com>", "Perte mot de passe",
  """Bonjour,

Je suis documentaliste au collège Gaston Roupnel (Dijon), UAI 021 1897 Y.
Impossible de retrouver le mot de passe du portail, j'ai dû le perdre en changeant de téléphone pendant les vacances.

Merci de m'indiquer la démarche.
Lucie Monnot
""", "gm", d="11/03 18:45")

M("password_reset", True, "0100431P", "ge", "espace_acheteur", True, "fr",
  "Quoted history is about a quote request (order_billing); the new message only asks for a password reset of the Espace Acheteur.",
  "Sylvie Collot <sylvie.collot@ac-reims.fr>", "RE: Devis abonnements 2025",
  """Bonjour,

Je reviens vers vous sur un autre sujet : je ne peux plus me connecter à l'Espace Acheteur pour valider ce devis, mon mot de passe n'est plus reconnu depuis les vacances. Pouvez-vous me renvoyer un lien ?

Cordialement,
Sylvie Collot
Gestionnaire - Lycée Chrestien de Troyes
UAI 0100431P

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 6 février 2025 15:12
À : Sylvie Collot <sylvie.collot@ac-reims.fr>
Objet : RE: Devis abonnements 2025

Bonjour Madame,

Vous trouverez le devis demandé dans votre espace, rubrique Mes devis. Il est valable 30 jours.

Bien cordialement,
L'équipe Assistance
""", "ol", reply=True, d="25/02 14:26")

M("password_reset", True, "0522453J", "ge", "esidoc", False, "fr",
  "Expired e-sidoc password and the 'forgotten password' page returns an error; UAI given.",
  "Anne Thiébaut <anne.thiebaut@ac-reims.fr>", "Mot de passe expiré",
  """Bonjour,

Mon mot de passe e-sidoc a expiré pendant les congés. J'ai cliqué sur « mot de passe oublié » mais la page me renvoie « une erreur est survenue ».

Lycée Bouchardon, Chaumont, UAI 0522453J.

Merci,
Anne Thiébaut

Envoyé de mon iPad
""", "ap", mailer="iPad Mail (22D72)", d="25/02 08:12")

M("password_reset", True, "0682207E", "ge", "esidoc", False, "en",
  "English: a librarian forgot her e-sidoc password after two weeks away; UAI given, plain reset.",
  "Fiona McAllister <fiona.mcallister@ac-strasbourg.fr>", "Forgotten password",
  """Good morning,

After two weeks away for the winter holidays I simply can't remember my e-sidoc admin password. I tried the "forgot password" button but I'm not sure which email address is registered.

Lycée Camille Sée, Colmar - 0682207E

Thank you very much,
Fiona
--
Fiona McAllister
Professeure documentaliste
""", "tb", d="24/02 15:44")

M("password_reset", False, "0890261A", "bfc", "ecoledirecte", True, "fr",
  "Expired EcoleDirecte administration password, explicitly NOT the daily maintenance password; no reset template exists for this product.",
  "Secrétariat direction <secretariat.direction@lycee-fourier-auxerre.fr>", "EcoleDirecte : mot de passe administrateur expiré",
  """Bonjour,

Le mot de passe du compte administrateur EcoleDirecte a expiré pendant les vacances et nous ne pouvons plus entrer dans le module de paramétrage.
Attention, je ne parle pas du mot de passe de maintenance du jour (on l'a), mais bien du compte admin de l'établissement.

Lycée Joseph Fourier, Auxerre - UAI 0890261A

Merci de nous dire comment le réinitialiser.
Le secrétariat de direction
""", "tb", d="10/03 11:05")

M("password_reset", True, "0581236D", "bfc", "esidoc", False, "fr",
  "Replacement librarian who started after the holidays has no password for the e-sidoc back office; UAI given.",
  "Élodie Ravier <elodie.ravier@ac-dijon.fr>", "Remplacement CDI - accès e-sidoc",
  """Bonjour,

Je remplace depuis lundi la professeure documentaliste du collège Les Loges à Nevers (0581236D). Personne ne connaît le mot de passe du back-office e-sidoc et ma collègue est injoignable.

Comment obtenir un nouveau mot de passe ?

Merci beaucoup,
Élodie Ravier
""", "zm", d="11/03 13:37")

M("password_reset", True, "0701691H", "bfc", "esidoc", True, "fr",
  "The UAI appears only in the signature (RNE line); forgotten e-sidoc password.",
  "Christophe Jacquot <christophe.jacquot@ac-besancon.fr>", "Oubli mot de passe portail",
  """Bonjour,

J'ai oublié le mot de passe de notre portail documentaire, je n'y étais pas retourné depuis les vacances. Pouvez-vous m'aider ?

Merci

Christophe Jacquot
Professeur documentaliste
Lycée Édouard Belin - Vesoul
RNE : 0701691H
""", "ol", d="11/03 10:50")

M("password_reset", True, None, "ge", "ticket_portal", False, "fr",
  "Lost password for the ticket portal after the holidays; no UAI, région from the ac-reims.fr domain.",
  "Damien Colinet <damien.colinet@ac-reims.fr>", "Accès portail de tickets",
  """Bonjour,

Je n'arrive plus à me connecter au portail de suivi des tickets : mon mot de passe ne passe plus depuis la reprise. Pouvez-vous me renvoyer un lien de réinitialisation sur cette adresse ?

Damien Colinet
Assistant de prévention / référent numérique
""", "gm", d="26/02 16:03")

M("password_reset", True, "0900622M", "bfc", "espace_acheteur", False, "fr",
  "The Espace Acheteur forces a password change after the break and the change fails; UAI given.",
  "Frédéric Mougin <frederic.mougin@ac-besancon.fr>", "Changement de mot de passe impossible",
  """Bonjour,

Depuis le retour des vacances, l'Espace Acheteur m'affiche « Votre mot de passe a expiré, veuillez le modifier ». Je saisis un nouveau mot de passe qui respecte les règles mais j'ai toujours « échec de la modification ».

Lycée Condorcet, Belfort - UAI 0900622M

Cordialement,
F. Mougin, gestionnaire
""", "ol", enc="qp", d="12/03 09:12")

M("password_reset", False, "0392005T", "bfc", "esidoc", True, "fr",
  "Asks that the new password be sent to her personal address because the school's mailbox is unreachable while the school is closed for snow: no automatic answer.",
  "Camille Lacroix <camille.lacroix39@orange.fr>", "Mot de passe e-sidoc - collège fermé (neige)",
  """Bonjour,

Le collège Pierre Vernotte à Moirans-en-Montagne (0392005T) est fermé depuis mardi à cause de la neige, les cars ne montent plus. Je voudrais profiter de ces journées pour avancer sur le portail mais j'ai oublié le mot de passe.

Le lien partira sur la boîte de l'établissement, que je ne peux pas consulter d'ici. Serait-il possible de m'envoyer le mot de passe directement sur cette adresse personnelle ?

Merci de votre compréhension,
Camille Lacroix
Documentaliste
""", "ap", d="05/02 09:30")

M("password_reset", True, "0551946S", "ge", "esidoc", False, "fr",
  "Does not know the login nor the password for the e-sidoc back office; UAI given.",
  "Gérard Hanus <gerard.hanus@ac-nancy-metz.fr>", "je ne connais pas mon mot de passe",
  """Bonjour

je ne connais pas mon mot de passe ni mon identifiant pour le portail du CDI. C'est l'UAI l'identifiant ? Le notre c'est 0551946S (college Buvignier Verdun).
merci de me renvoyer de quoi me connecter

G. Hanus
""", "tb", d="27/02 12:15")

M("password_reset", True, "0880626C", "ge", "esidoc", False, "fr",
  "Password expired over the winter break, the principal's assistant asks for the reset link on the school address; UAI given.",
  "Agnès Perrin <agnes.perrin@ac-nancy-metz.fr>", "Mdp expiré e-sidoc - Lycée Lapicque",
  """Bonjour,

Le mot de passe e-sidoc du lycée Louis Lapicque (Épinal, UAI 0880626C) a expiré pendant les vacances. Notre documentaliste est en formation cette semaine ; pourriez-vous envoyer le lien sur l'adresse officielle de l'établissement ? Je le lui transmettrai.

Merci,
Agnès Perrin
Secrétariat de direction
""", "ol", d="26/02 10:40")


# ================================================================ missing_noreply_mail
M("missing_noreply_mail", True, "0102990W", "ge", "espace_acheteur", False, "fr",
  "The activation mail for the new gestionnaire's Espace Acheteur account never arrived during the holidays; no anti-spam product named.",
  "Baptiste Renaudin <baptiste.renaudin@gmail.com>", "Pas reçu le mail d'activation",
  """Bonjour,

J'ai créé mon compte sur l'Espace Acheteur le 14 février pour le collège Paul Langevin de Romilly-sur-Seine (UAI 0102990W). On m'annonçait un mail d'activation, je n'ai toujours rien reçu, ni dans la boîte de réception ni ailleurs.

Pouvez-vous le renvoyer ?

Baptiste Renaudin
""", "gm", d="25/02 11:22")

M("missing_noreply_mail", True, "0211595V", "bfc", "esidoc", True, "fr",
  "Reads like a password problem, but the reset tool works: the new-password mail from the no-reply address never arrives.",
  "Isabelle Gauthier <isabelle.gauthier@ac-dijon.fr>", "Mail de nouveau mot de passe jamais reçu",
  """Bonjour,

Depuis la reprise je demande un nouveau mot de passe sur e-sidoc. Le site me confirme à chaque fois « un e-mail vous a été envoyé », mais ce mail n'arrive jamais. J'ai essayé quatre fois depuis lundi.

Collège Marcelle Pardé, Dijon - 0211595V

Merci de vérifier de votre côté,
Isabelle Gauthier
""", "ol", d="11/03 15:08")

M("missing_noreply_mail", True, None, None, "ticket_portal", False, "en",
  "English: ticket-portal notifications from the no-reply sender stopped arriving during the break; no UAI, non-academic sender.",
  "Mark Jennings <m.jennings@alsace-edu-services.eu>", "No more notifications from the ticket portal",
  """Hello,

Since around 10 February we haven't received any notification emails from your ticket portal (the ones from the no-reply address when a ticket is updated). I can see the updates when I log in, so the tickets are fine; it's just the emails that don't come.

Is there something on your side, or should we check our mail server?

Best,
Mark Jennings
Service desk, Alsace Edu Services
""", "gm", d="27/02 17:31")

M("missing_noreply_mail", True, "0540751Y", "ge", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  "Laurent Marchal <laurent.marchal@ac-nancy-metz.fr>", "Mails de validation non reçus",
  """Bonjour,

Nous ne recevons plus les mails automatiques de l'Espace Acheteur (validation de panier, confirmation de commande) depuis les vacances.

Avant que vous me le demandiez : nous n'avons pas MailInBlack ni aucun autre filtre de ce genre, uniquement l'antispam académique, et j'ai regardé dans les indésirables.

Lycée Henri Loritz, Nancy - UAI 0540751Y

Laurent Marchal
Gestionnaire matériel
""", "zm", d="26/02 09:55")

M("missing_noreply_mail", True, "7200182K", "co", "espace_acheteur", False, "fr",
  "Corse: order-confirmation mails from the no-reply address not received since mid-February.",
  "Jean-Baptiste Mattei <jean-baptiste.mattei@ac-corse.fr>", "Confirmation de commande non reçue",
  """Bonjour,

Depuis le 10 février, je ne reçois plus les courriels de confirmation après mes commandes sur l'Espace Acheteur. Les commandes apparaissent bien dans l'historique.

Collège Simon Vinciguerra, Bastia (7200182K)

Merci de votre retour.
J-B Mattei
""", "tb", d="05/03 08:33")

M("missing_noreply_mail", False, "0571477W", "ge", "espace_acheteur", False, "fr",
  "Follow-up (Outlook '-----Message d'origine-----') after the junk-folder answer: still no activation mail after 48 hours, asks for someone to look; a person must follow up.",
  "Véronique Klein <veronique.klein@ac-nancy-metz.fr>", "RE: [Assistance] Mail d'activation non reçu",
  """Bonjour,

J'ai suivi vos consignes (courrier indésirable, expéditeur autorisé) mais toujours rien deux jours plus tard. Pouvez-vous faire remonter ma demande à quelqu'un ?

Cordialement,
Véronique Klein
Intendance - Lycée Fabert, Metz (0571477W)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 24 février 2025 10:05
À : Véronique Klein <veronique.klein@ac-nancy-metz.fr>
Objet : [Assistance] Mail d'activation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse no-reply à vos expéditeurs approuvés. Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.
L'équipe Assistance
""", "ol", reply=True, d="26/02 14:02")

M("missing_noreply_mail", True, "0890101B", "bfc", "espace_acheteur", False, "fr",
  "The school mailbox was full during the holidays and the activation mail never arrived; asks for it to be sent again.",
  "Nathalie Bouchard <nathalie.bouchard@ac-dijon.fr>", "Boîte pleine pendant les vacances - mail d'activation",
  """Bonjour,

Notre boîte mail a été saturée pendant les vacances (quota dépassé, on s'en est aperçu seulement à la rentrée). Le mail d'activation de notre compte Espace Acheteur n'est jamais arrivé, il a dû être refusé.

La boîte est vidée maintenant. Pourriez-vous relancer l'envoi ?

Lycée Jacques Amyot, Auxerre - 0890101B

Merci !
Nathalie Bouchard
""", "ap", d="10/03 14:48")

M("missing_noreply_mail", True, None, None, "esidoc", False, "fr",
  "No accents, typos: never got the mail to set her e-sidoc password; personal Gmail, no UAI, no region.",
  "mel.chauvin <mel.chauvin@gmail.com>", "pas recu de mail",
  """bonjour
jai pas recu le mail pour creer mon mot de passe esidoc, jai regarder dans les spam rien du tout
ca fait une semaine
merci
Mélanie (documentaliste stagiaire)
""", "gm", fmt="plain", d="06/03 20:12")

M("missing_noreply_mail", True, "6202133Z", "co", "esidoc", False, "fr",
  "Reservation notifications from e-sidoc (no-reply sender) no longer reach the librarian since the holidays.",
  "Antoine Leca <antoine.leca@ac-corse.fr>", "Notifications de réservation e-sidoc",
  """Bonjour,

Depuis les vacances je ne reçois plus les notifications de réservation envoyées par e-sidoc (adresse no-reply). Les élèves réservent, mais je ne suis plus prévenu.

Lycée Laetitia Bonaparte, Ajaccio - UAI 6202133Z

Bonne journée,
Antoine Leca
""", "zm", d="06/03 11:18")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English: a buyer never received the Espace Acheteur activation mail; private sender domain, no UAI, no anti-spam product named.",
  "Helen Schroeder <h.schroeder@eurometropole-achats.eu>", "Activation email not received",
  """Dear support team,

I registered on the Espace Acheteur last week on behalf of our purchasing group, but the activation email never arrived. I have checked the junk folder twice.

Could you resend it, or activate the account manually?

Kind regards,

Helen Schroeder
Procurement officer
""", "ol", d="04/03 10:27")

M("missing_noreply_mail", True, "0510857E", "ge", "espace_acheteur", False, "fr",
  "The automatic order confirmation mails never arrive after ordering; no anti-spam product named.",
  "Stéphane Jacquemin <stephane.jacquemin@ac-reims.fr>", "Aucun mail de confirmation",
  """Bonjour,

Je passe des commandes sur l'Espace Acheteur mais je ne reçois aucun mail de confirmation, alors que c'était le cas avant les vacances.

Lycée Clemenceau, Reims (UAI 0510857E).

Merci de regarder,
Stéphane Jacquemin, adjoint gestionnaire
""", "ol", d="27/02 13:44")

M("missing_noreply_mail", False, "0702417X", "bfc", "espace_acheteur", True, "fr",
  "Two topics: the activation mail never arrived (main) and a question about when the ordered subscription starts; a single template answers only half.",
  "Aurélie Mathey <aurelie.mathey@ac-besancon.fr>", "Activation compte + abonnement",
  """Bonjour,

Je n'ai jamais reçu le mail pour activer mon compte (inscription faite le 20 février, pendant les vacances). Rien dans les spams.

Et tant que j'y suis : l'abonnement commandé en janvier pour le CDI démarre-t-il à la date de commande ou à l'activation ?

Collège Jean Macé, Gray - 0702417X

Merci,
Aurélie Mathey
""", "tb", d="10/03 16:21")

M("missing_noreply_mail", True, "0672407C", "ge", "esignature", False, "fr",
  "The e-signature invitation mail for the convention never arrived; no anti-spam product named.",
  "Philippe Wurtz <philippe.wurtz@ac-strasbourg.fr>", "Convention à signer - mail jamais reçu",
  """Bonjour,

On m'a dit par téléphone que la convention était partie en signature électronique le 13 février. Je n'ai jamais reçu le mail contenant le lien de signature.

Collège Foch, Strasbourg - UAI 0672407C

Cordialement,
Philippe Wurtz
Principal adjoint
""", "gm", d="25/02 09:03")

M("missing_noreply_mail", True, "0211216H", "bfc", "espace_acheteur", False, "fr",
  "Account validation mail not received after signing up during the holidays; UAI in the body.",
  "Émilie Doussot <emilie.doussot@ac-dijon.fr>", "Mail de validation du compte",
  """Bonjour,

J'ai fait ma demande de compte sur l'Espace Acheteur le 24 février. Le message de validation n'est jamais arrivé, j'ai vérifié les indésirables.

Lycée Stephen Liégeard, Brochon (0211216H)

Bien cordialement,
Émilie Doussot
""", "zm", enc="qp", d="07/03 10:12")

M("missing_noreply_mail", True, "0081220H", "ge", "esidoc", True, "fr",
  "Subject says 'réinitialisation', but the reset mail itself never arrives: missing_noreply_mail per the taxonomy.",
  "Corinne Lallement <corinne.lallement@ac-reims.fr>", "Réinitialisation mot de passe",
  """Bonjour,

J'ai demandé trois fois la réinitialisation de mon mot de passe e-sidoc depuis la rentrée des vacances : le site affiche bien le message de confirmation mais le mail de réinitialisation n'est jamais arrivé.

Collège Jean Macé, Charleville-Mézières - UAI 0081220H

Merci,
Corinne Lallement
""", "ol", d="26/02 08:41")

M("missing_noreply_mail", True, "6201542G", "co", "esidoc", False, "fr",
  "The weekly e-sidoc digest from the no-reply address stopped arriving in February.",
  "Dominique Paoli <dominique.paoli@ac-corse.fr>", "Lettre hebdo e-sidoc non reçue",
  """Bonjour,

Je ne reçois plus la lettre hebdomadaire d'activité de notre portail e-sidoc depuis début février (vacances comprises). Rien dans les indésirables non plus.

Collège de Porto-Vecchio - UAI 6201542G

Merci d'avance
D. Paoli
""", "ap", fmt="plain", enc="qp", d="04/03 17:09")


# ================================================================ mailinblack_spam
M("mailinblack_spam", True, "0251153T", "bfc", "espace_acheteur", False, "fr",
  "IT manager: MailInBlack held the Espace Acheteur activation mails in quarantine during the holidays; asks which senders to allow.",
  "Olivier Bourgeois <olivier.bourgeois@ac-besancon.fr>", "Mails bloqués par MailInBlack",
  """Bonjour,

Je gère l'informatique du lycée Louis Pasteur de Besançon (UAI 0251153T). Nous avons MailInBlack depuis janvier et j'ai retrouvé en quarantaine plusieurs mails d'activation de l'Espace Acheteur envoyés pendant les vacances.

Quelles adresses ou quels domaines dois-je ajouter en liste blanche pour que cela ne se reproduise pas ?

Olivier Bourgeois
Responsable informatique
""", "ol", d="10/03 11:47")

M("mailinblack_spam", True, "0580931X", "bfc", "esidoc", False, "fr",
  "Product spelled 'mail in black', no accents: the reset mails are stuck in its quarantine.",
  "fabrice.gaudry <fabrice.gaudry@ac-dijon.fr>", "mail bloque",
  """bonjour
nos mails de reinitialisation e-sidoc sont bloques par mail in black au college (college Victor Hugo Nevers 0580931X). jai vu le message dans la quarantaine mais je sais pas comment le liberer
merci
fabrice
""", "gm", d="11/03 12:19")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "English: an IT contractor for several Grand Est schools asks how to allow-list the platform's senders in Mailinblack; private domain, no UAI.",
  "Marc Ehrhardt <marc.ehrhardt@rhin-it-services.eu>", "Mailinblack whitelisting for your platform",
  """Hello,

We manage email security for eleven secondary schools around Mulhouse, all protected by Mailinblack. During the February break several of them complained that messages from your Espace Acheteur were sitting in the Mailinblack quarantine and expired before anyone released them.

Which sender addresses or domains should we whitelist globally?

Thanks,
Marc Ehrhardt
Rhin IT Services
""", "ol", d="26/02 15:34")

M("mailinblack_spam", False, "0711359S", "bfc", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described ('prouver que je ne suis pas un robot') without naming MailInBlack: the product is not confirmed, a person should check.",
  "Joëlle Dumont <joelle.dumont@ac-dijon.fr>", "Message bizarre quand je vous écris",
  """Bonjour,

Depuis la rentrée, quand un fournisseur ou votre service écrit à l'établissement, l'expéditeur reçoit un message lui demandant de cliquer pour « prouver qu'il n'est pas un robot ». Votre mail d'activation n'est jamais arrivé chez nous, je suppose que c'est lié.

Collège Saint-Exupéry, Chalon-sur-Saône (0711359S)

Je ne sais pas quel logiciel fait ça, c'est la mairie qui gère notre messagerie.

Cordialement,
Joëlle Dumont
""", "zm", d="11/03 08:59")

M("mailinblack_spam", True, "0901004C", "bfc", "espace_acheteur", False, "fr",
  "MAILINBLACK in capitals: messages held in its quarantine expired during the holidays, asks to resend them.",
  "Sébastien Courtot <sebastien.courtot@ac-besancon.fr>", "MAILINBLACK - messages expirés",
  """Bonjour,

Les messages de l'Espace Acheteur reçus pendant les vacances étaient bloqués dans MAILINBLACK et ont été supprimés au bout de 14 jours sans validation. Pouvez-vous nous les renvoyer et nous dire quoi autoriser ?

Lycée Raoul Follereau, Belfort - 0901004C

S. Courtot
""", "tb", d="11/03 14:02")

M("mailinblack_spam", False, "0522229R", "ge", "espace_acheteur", True, "fr",
  "Two topics: activation mail held by Mailinblack (main) and a quote for the third-term order (order_billing).",
  "Odile Simonin <odile.simonin@ac-reims.fr>", "Mailinblack + devis T3",
  """Bonjour,

Notre mail d'activation est resté bloqué par Mailinblack pendant les vacances, le service informatique vient seulement de le voir. Que doit-on autoriser exactement ?

Par ailleurs, pourriez-vous m'établir un devis pour la commande du 3e trimestre (mêmes quantités que le 2e) ?

Merci,
Odile Simonin
Gestionnaire - Collège Louise Michel, Saint-Dizier
UAI 0522229R
""", "ap", d="26/02 10:10")

M("mailinblack_spam", True, "7202285W", "co", "espace_acheteur", False, "fr",
  "Corse: Mailinblack quarantine held the platform's mails; the gestionnaire asks what to do.",
  "Laetitia Cristofari <laetitia.cristofari@ac-corse.fr>", "Mailinblack",
  """Bonjour,

Le service informatique de la collectivité a mis en place Mailinblack pendant les vacances. Depuis, vos messages arrivent dans la quarantaine et je dois les libérer un par un.

Comment faire pour qu'ils arrivent directement ?

Collège de Corte - UAI 7202285W

Merci
L. Cristofari
""", "ol", d="05/03 09:27")

M("mailinblack_spam", True, "0390946S", "bfc", "ecoledirecte", False, "fr",
  "EcoleDirecte notification mails blocked by MailInBlack since it was installed during the holidays.",
  "Karine Vuillet <karine.vuillet@ac-besancon.fr>", "Notifications EcoleDirecte bloquées MailInBlack",
  """Bonjour,

Depuis l'installation de MailInBlack au lycée pendant les vacances d'hiver, les notifications EcoleDirecte n'arrivent plus : elles sont toutes dans la quarantaine MailInBlack.

Lycée Victor Bérard, Morez (0390946S)

Faut-il autoriser une adresse précise ?

Karine Vuillet, secrétariat de scolarité
""", "gm", d="12/03 11:56")

M("mailinblack_spam", True, "0682448S", "ge", "esidoc", True, "fr",
  "The quoted history is a password-reset thread, but the new message says the reset mail was held by Mailinblack: mailinblack_spam.",
  "Yannick Roth <yannick.roth@ac-strasbourg.fr>", "RE: Réinitialisation mot de passe e-sidoc",
  """Bonjour,

Merci, mais le lien n'est jamais arrivé : notre informaticien l'a retrouvé dans la quarantaine Mailinblack, expiré entre-temps. Comment éviter que cela recommence ?

Yannick Roth
Lycée Schweitzer, Mulhouse (0682448S)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 25 février 2025 08:40
À : Yannick Roth <yannick.roth@ac-strasbourg.fr>
Objet : RE: Réinitialisation mot de passe e-sidoc

Bonjour,
Un lien de réinitialisation vient d'être envoyé à l'adresse enregistrée pour votre établissement. Il est valable 12 heures.
Cordialement,
L'équipe Assistance
""", "ol", reply=True, d="26/02 16:48")

M("mailinblack_spam", True, "0552412Y", "ge", "esidoc", False, "en",
  "English: the school's IT says Mailinblack quarantined the reset mail; asks which sender to allow.",
  "Sarah O'Neill <sarah.oneill@ac-nancy-metz.fr>", "Reset email caught by Mailinblack",
  """Hi,

I requested a new e-sidoc password after the holidays and never got it. Our IT colleague found it in the Mailinblack quarantine, where it had been marked as "unknown sender".

Which address should we approve so it doesn't happen again?

Thanks,
Sarah O'Neill
Collège Poincaré, Bar-le-Duc (0552412Y)
""", "gm", d="25/02 12:30")

M("mailinblack_spam", True, None, "ge", "espace_acheteur", False, "fr",
  "The académie's IT department reports that several schools using MailInBlack quarantine the platform's mails; no single UAI, region from ac-reims.fr.",
  "DSI Pôle messagerie <pole.messagerie@ac-reims.fr>", "Établissements sous MailInBlack - vos envois en quarantaine",
  """Bonjour,

Plusieurs établissements de l'académie protégés par MailInBlack nous signalent que vos messages (activation de compte, confirmations de commande) sont retenus en quarantaine depuis le 10 février.

Pouvez-vous nous communiquer la liste de vos adresses et serveurs d'envoi afin que nous les fassions autoriser ?

Pôle messagerie
DSI - Rectorat de Reims
""", "zm", d="27/02 09:20")

M("mailinblack_spam", True, "0880379J", "ge", "espace_acheteur", False, "fr",
  "Asks which address to allow in MailInBlack so the Espace Acheteur mails stop being challenged.",
  "Luc Didier <luc.didier@ac-nancy-metz.fr>", "Adresse à autoriser dans mailinblack ?",
  """Bonjour,

Quelle adresse faut-il autoriser dans mailinblack pour recevoir vos messages ? Depuis les vacances ils sont tous mis en attente d'authentification.

Collège Elsa Triolet, Thaon-les-Vosges - UAI 0880379J

Merci
Luc Didier, gestionnaire
""", "tb", d="27/02 14:05")


# ================================================================ account_creation
M("account_creation", True, "0210819B", "bfc", "espace_acheteur", False, "fr",
  "New gestionnaire who arrived after the holidays asks how to get an Espace Acheteur account.",
  "Romain Petitjean <romain.petitjean@ac-dijon.fr>", "Création de compte - nouveau gestionnaire",
  """Bonjour,

J'ai pris mes fonctions de gestionnaire au collège Jean-Philippe Rameau (Dijon, 0210819B) à la rentrée des vacances de février. Comment puis-je obtenir un compte sur l'Espace Acheteur ? Mon prédécesseur est parti sans transmettre ses accès.

Cordialement,
Romain Petitjean
""", "ol", d="11/03 09:44")

M("account_creation", False, "0670091K", "ge", "espace_acheteur", False, "fr",
  "Account waiting for validation since before the holidays: someone must look up who validates.",
  "Christine Meyer <christine.meyer@ac-strasbourg.fr>", "Compte toujours en attente de validation",
  """Bonjour,

J'ai demandé la création de mon compte le 5 février. Trois semaines plus tard il est toujours « en attente de validation ». Qui doit le valider ?

Lycée Kléber, Strasbourg - 0670091K

Merci,
Christine Meyer
""", "gm", d="26/02 11:03")

M("account_creation", False, None, None, "esidoc", False, "en",
  "English: a newly hired librarian at a private international school wants an e-sidoc account; eligibility must be checked by a person.",
  "Emma Clarke <emma.clarke@strasbourg-international.org>", "New librarian - account request",
  """Hello,

I started as librarian at our school after the February break. We would like to use e-sidoc for the library catalogue. How do we open an account, and is it available to private international schools?

Best wishes,
Emma Clarke
Librarian
""", "gm", d="27/02 14:52")

M("account_creation", False, "0702485W", "bfc", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is in order to open rights: needs a look-up, a person answers.",
  "Hervé Girardot <herve.girardot@ac-besancon.fr>", "Qui est administrateur de notre structure ?",
  """Bonjour,

Pour ouvrir les droits de commande à ma collègue, on me dit de passer par l'administrateur de la structure. Je ne sais pas qui c'est chez nous (l'ancien gestionnaire est parti en février).

Pouvez-vous me le dire ?

Lycée Pontarcher, Vesoul - UAI 0702485W
H. Girardot
""", "zm", d="12/03 15:11")

M("account_creation", True, "0580247D", "bfc", "esidoc", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; account_creation, not password_reset.",
  "Claire Morizot <claire.morizot@ac-dijon.fr>", "Pas un oubli de mot de passe",
  """Bonjour,

Je précise tout de suite : je n'ai pas perdu mon mot de passe, je n'ai tout simplement jamais eu de compte sur e-sidoc. Je suis arrivée au collège le 10 mars en remplacement et je voudrais un accès au back-office.

Collège Adam Billaut, Nevers (0580247D)

Merci d'avance,
Claire Morizot
""", "tb", d="12/03 10:36")

M("account_creation", False, "0512045W", "ge", "espace_acheteur", False, "fr",
  "The account works; asks to open ordering rights for the new deputy gestionnaire.",
  "Pascale Husson <pascale.husson@ac-reims.fr>", "Ouverture de droits de commande",
  """Bonjour,

Notre nouvel adjoint gestionnaire a bien son compte sur l'Espace Acheteur, mais il ne peut que consulter. Pourriez-vous lui ouvrir les droits de commande pour qu'il passe la commande du 3e trimestre ?

Lycée Jean Jaurès, Reims - 0512045W

Pascale Husson
""", "ap", d="27/02 16:40")

M("account_creation", True, "6201544J", "co", "esidoc", False, "fr",
  "Corse: a replacement librarian needs an e-sidoc account; simple creation request.",
  "Marc-Antoine Pietri <marc-antoine.pietri@ac-corse.fr>", "Demande de compte e-sidoc",
  """Bonjour,

Je remplace la documentaliste du collège Fesch (Ajaccio, UAI 6201544J) jusqu'en juin. Pourriez-vous me créer un compte pour gérer le portail ?

Merci beaucoup,
Marc-Antoine Pietri
""", "ol", d="04/03 13:13")

M("account_creation", False, "0892576S", "bfc", "espace_acheteur", False, "fr",
  "The establishment's UAI is not in the list when creating the account: a person must check.",
  "Valérie Chaput <valerie.chaput@ac-dijon.fr>", "Notre établissement n'apparaît pas",
  """Bonjour,

En créant mon compte, notre établissement (0892576S, EREA de Joigny) n'apparaît pas dans la liste déroulante. Que faire ?

Valérie Chaput
Secrétaire d'intendance
""", "gm", d="10/03 14:06")

M("account_creation", True, "0672336A", "ge", "espace_acheteur", False, "fr",
  "The school's business manager asks to create an Espace Acheteur account for herself.",
  "Jessica Hoffmann <jessica.hoffmann@ac-strasbourg.fr>", "création compte espace acheteur",
  """Bonjour,

je souhaiterais créer un compte sur l'espace acheteur pour le collège Lezay-Marnésia (Strasbourg, 0672336A). Je suis la nouvelle gestionnaire depuis la rentrée des vacances.

Merci de m'indiquer la démarche
Jessica Hoffmann
""", "ol", fmt="html", d="25/02 10:58")

M("account_creation", False, "0542331R", "ge", "esidoc", True, "fr",
  "Two topics: an account for a new colleague (main) and a subscription that shows as expired since the holidays.",
  "Bruno Mangin <bruno.mangin@ac-nancy-metz.fr>", "Compte pour une collègue / abonnement",
  """Bonjour,

Ma collègue Mme Parisot rejoint le CDI à mi-temps : peut-on lui créer un compte e-sidoc à son nom, avec les mêmes droits que moi ?

Autre chose : notre abonnement presse apparaît « expiré » depuis les vacances, est-ce normal ?

Collège La Craffe, Nancy - 0542331R
Bruno Mangin
""", "ap", d="25/02 13:29")


# ================================================================ subscription_activation
M("subscription_activation", False, "0711870X", "bfc", "esidoc", False, "fr",
  "Renewal ordered before the holidays and the resource still shows as expired three weeks later: past the 72-hour rule, a person must look at the order.",
  "Monique Durand <monique.durand@ac-dijon.fr>", "Abonnement toujours expiré",
  """Bonjour,

Nous avons commandé le renouvellement de notre abonnement le 18 février, juste avant les vacances. À la rentrée (10 mars), la ressource apparaît toujours « expirée » sur le portail et les élèves n'y ont plus accès.

Collège Hilaire de Chardonnet, Chalon-sur-Saône - 0711870X

Merci de vérifier,
Monique Durand
""", "ol", d="11/03 10:25")

M("subscription_activation", True, "0251234F", "bfc", "esidoc", False, "fr",
  "Ordered on Friday, not visible on Monday: within the 72-hour activation delay.",
  "Guillaume Faivre <guillaume.faivre@ac-besancon.fr>", "abonnement commandé pas visible",
  """Bonjour,

J'ai passé commande vendredi d'un abonnement numérique pour le CDI (lycée Jules Haag, Besançon, 0251234F). Ce lundi matin je ne le vois toujours pas dans mes ressources. Est-ce normal ?

Merci
Guillaume Faivre
""", "gm", d="03/03 08:49")

M("subscription_activation", True, "0391370C", "bfc", "esidoc", False, "fr",
  "Renewed press resource must be published for pupils on the portal; asks how.",
  "Anaïs Jeunet <anais.jeunet@ac-besancon.fr>", "Publier la ressource Europresse",
  """Bonjour,

Notre abonnement Europresse a été renouvelé, mais la ressource n'apparaît pas côté élèves sur le portail. Faut-il la publier quelque part ?

Lycée Jean Michel, Lons-le-Saunier (UAI 0391370C)

Bonne journée,
Anaïs Jeunet
""", "tb", d="11/03 11:31")

M("subscription_activation", True, "0682496U", "ge", "esidoc", False, "en",
  "English: the renewed digital newspaper subscription is not visible yet, ordered two days ago.",
  "Daniel Price <daniel.price@ac-strasbourg.fr>", "Subscription not showing",
  """Hello,

We renewed our digital newspaper subscription two days ago (it lapsed during the holidays). It still isn't showing in our e-sidoc resources. How long does activation take?

Daniel Price
Collège Kennedy, Mulhouse - UAI 0682496U
""", "gm", d="26/02 10:17")

M("subscription_activation", True, "0882129L", "ge", "esidoc", True, "fr",
  "Negation: 'mon mot de passe fonctionne, ce n'est pas ça'; the renewed subscription is not yet visible.",
  "Françoise Gérard <francoise.gerard@ac-nancy-metz.fr>", "Ressource invisible (pas un problème de mot de passe)",
  """Bonjour,

Mon mot de passe fonctionne, je me connecte sans souci, ce n'est pas ça. Le problème : l'abonnement renouvelé hier (il avait expiré le 15 février, pendant les vacances) n'apparaît pas dans la liste des ressources.

Collège Louis Armand, Golbey (0882129L)

Merci,
Françoise Gérard
""", "zm", d="26/02 14:40")

M("subscription_activation", True, "7200223E", "co", "esidoc", False, "fr",
  "Corse: the second-term subscription ordered yesterday is not active yet.",
  "Sabrina Ottaviani <sabrina.ottaviani@ac-corse.fr>", "Abonnement pas encore actif",
  """Bonjour,

Commande passée hier pour l'abonnement du 2e trimestre, mais il n'est pas encore actif sur notre portail. Combien de temps faut-il compter ?

Lycée Paul Vincensini, Bastia - UAI 7200223E

Cordialement,
S. Ottaviani
""", "ol", d="05/03 15:55")

M("subscription_activation", True, "0581362R", "bfc", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  "Principal - Collège Claude Tillier <ce.0581362r@ac-dijon.fr>", "Abonnement CDI",
  """Bonjour,

Je suis le principal du collège Claude Tillier à Cosne-Cours-sur-Loire. Notre documentaliste me dit que l'abonnement commandé avant-hier n'est pas encore disponible. Pouvez-vous me dire quand il le sera ?

Bien cordialement,

Jean-Luc Moreau
Principal
""", "ap", d="12/03 17:02")

M("subscription_activation", False, "0900408E", "bfc", "esidoc", False, "fr",
  "The subscription lapsed on 15 February although renewal was paid in January: not a 72-hour case, a person must check the order.",
  "Delphine Vernier <delphine.vernier@ac-besancon.fr>", "Abonnement expiré alors que payé",
  """Bonjour,

Notre abonnement a expiré le 15 février (pendant les vacances), alors que le renouvellement a été commandé et payé en janvier. Depuis la reprise, plus aucun accès pour les élèves.

Collège Vauban, Belfort - 0900408E

Pouvez-vous regarder ce qui s'est passé ?
Delphine Vernier
""", "ol", d="11/03 13:51")

M("subscription_activation", True, "0100428L", "ge", "espace_acheteur", False, "fr",
  "A service ordered on the Espace Acheteur is not yet visible in the school's space, ordered the day before.",
  "Thierry Guyot <thierry.guyot@ac-reims.fr>", "Service commandé non visible",
  """Bonjour,

Le service commandé hier sur l'Espace Acheteur (module de réservation de salles) n'apparaît pas encore dans notre espace. Faut-il attendre ?

Collège Pithou, Troyes - UAI 0100428L
Thierry Guyot
""", "gm", d="27/02 09:36")

M("subscription_activation", False, "0572293H", "ge", "esidoc", False, "fr",
  "Ordered three weeks ago, still inactive after the holidays: past 72 hours, a person must look at the order.",
  "Isabelle Becker <isabelle.becker@ac-nancy-metz.fr>", "Abonnement inactif depuis 3 semaines",
  """Bonjour,

Nous avons commandé l'abonnement le 5 février et, au retour des vacances, il est toujours inactif. Ça fait donc trois semaines.

Lycée Robert Schuman, Metz (0572293H)

Merci de faire le nécessaire,
Isabelle Becker
""", "ol", enc="b64", d="25/02 16:20")

M("subscription_activation", True, "6200492R", "co", "esidoc", False, "fr",
  "A new resource to publish on the e-sidoc portal after activation; asks the procedure.",
  "Ghjuvan Petru Raffalli <gp.raffalli@ac-corse.fr>", "Ressource à publier",
  """Bonjour,

La nouvelle ressource « Encyclopédie junior » est activée mais je ne trouve pas comment la publier sur le portail pour les élèves.

Collège Saint-Paul, Ajaccio - 6200492R

Merci
G.P. Raffalli
""", "tb", d="06/03 10:48")

M("subscription_activation", True, "0551551M", "ge", "esidoc", False, "fr",
  "Subscription ordered yesterday evening, not active this morning; within the 72-hour window.",
  "Laure Collignon <laure.collignon@ac-nancy-metz.fr>", "abonnement activé ?",
  """Bonjour,

abonnement commandé hier soir, toujours inactif ce matin. Délai normal ?

Laure Collignon
CDI collège Saint-Exupéry, Commercy - 0551551M
""", "zm", d="26/02 08:15")


# ================================================================ head_of_establishment_request
M("head_of_establishment_request", False, "0250216Z", "bfc", "esidoc", False, "fr",
  "The principal writes from the ce.<UAI> address to ask for the administrator password reset and a new contact address: staff must approve.",
  "Principal Collège Proudhon <ce.0250216z@ac-besancon.fr>", "Demande de réinitialisation - accès administrateur e-sidoc",
  """Madame, Monsieur,

En tant que principal du collège Proudhon de Besançon (UAI 0250216Z), je vous demande de bien vouloir réinitialiser le mot de passe administrateur de notre portail e-sidoc, bloqué depuis les vacances, et de remplacer l'adresse de contact par celle de notre nouvelle documentaliste : amelie.roy@ac-besancon.fr.

Je vous prie d'agréer mes salutations distinguées.

Bernard Vautrin
Principal
""", "zm", d="10/03 12:05")

M("head_of_establishment_request", False, "0710968S", "bfc", "esidoc", False, "fr",
  "The proviseure asks in writing to change the administrator, the librarian having retired in February.",
  "Sophie Marchand <sophie.marchand@ac-dijon.fr>", "Changement d'administrateur e-sidoc",
  """Bonjour,

Je suis proviseure du lycée Henri Parriat à Montceau-les-Mines (0710968S). Notre professeure documentaliste, administratrice du portail, a pris sa retraite au 1er février. Je vous demande de transférer les droits d'administrateur à M. Éric Besson, qui la remplace.

Je reste à votre disposition.

Sophie Marchand
Proviseure
""", "ol", d="11/03 17:20")

M("head_of_establishment_request", False, "0892717V", "bfc", "espace_acheteur", True, "fr",
  "The principal authorises an order in writing: a head-of-establishment request, although the subject talks about an order.",
  "Principal collège Bienvenu Martin <ce.0892717v@ac-dijon.fr>", "Autorisation commande 3e trimestre",
  """Bonjour,

J'autorise par la présente Mme Chevalier, gestionnaire, à valider la commande du 3e trimestre sur l'Espace Acheteur pour le collège Bienvenu Martin d'Auxerre (0892717V), en mon absence pendant la période du 10 au 21 mars.

Cordialement,

Patrick Lenoir
Principal
""", "tb", d="07/03 18:02")

M("head_of_establishment_request", False, "0670747Y", "ge", "esidoc", False, "en",
  "English: the head teacher asks in writing to change the administrator contact address of the school's e-sidoc portal.",
  "Andrew Collins <ce.0670747y@ac-strasbourg.fr>", "Change of administrator contact address",
  """Dear Sir or Madam,

As head teacher of the École européenne de Strasbourg (UAI 0670747Y), I am writing to ask you to replace the administrator contact address of our e-sidoc portal. The current address belongs to a colleague who left during the February holidays. Please use library@ee-strasbourg.eu from now on.

Yours faithfully,
Andrew Collins
Head teacher
""", "ol", d="26/02 12:45")

M("head_of_establishment_request", False, "0540043D", "ge", "esidoc", True, "fr",
  "The librarian relays the principal's signed letter (PDF) with the principal in copy: it is the head's written request; staff must check the letter and the sender.",
  "Manon Chrétien <manon.chretien@ac-nancy-metz.fr>", "Courrier du chef d'établissement - réinitialisation",
  """Bonjour,

Comme convenu au téléphone, vous trouverez ci-joint le courrier signé de Mme la Principale demandant la réinitialisation du mot de passe administrateur de notre portail (collège Jacques Callot, Vandœuvre, 0540043D). Elle est en copie de ce message.

Bien cordialement,
Manon Chrétien
Professeure documentaliste
""", "gm", cc="Principale Collège Callot <ce.0540043d@ac-nancy-metz.fr>",
  att=[("courrier_principale_reinit.pdf", "application/pdf")], d="27/02 10:29")

M("head_of_establishment_request", False, "7202848H", "co", "esidoc", False, "fr",
  "A primary school head (directrice d'école) asks in writing to reset the administrator password of the school library portal.",
  "Directrice école de Lupino <ce.7202848h@ac-corse.fr>", "Demande de la directrice - mot de passe administrateur",
  """Bonjour,

En qualité de directrice de l'école élémentaire de Lupino (Bastia, 7202848H), je demande la réinitialisation du mot de passe administrateur de notre BCD sur e-sidoc. L'enseignante qui s'en occupait a été mutée et personne n'a le mot de passe.

Merci de votre aide.

Paule Casanova
Directrice
""", "zm", d="04/03 16:15")

M("head_of_establishment_request", False, "0572470A", "ge", None, True, "fr",
  "Claims to be the proviseur from the ce.<UAI> address, but SPF/DKIM/DMARC fail and Reply-To is a free-mail address asking to move both admin accounts there: a probable spoof for staff to refuse; mentions e-sidoc and the Espace Acheteur, so no single platform.",
  "Proviseur Lycée Cormontaigne <ce.0572470a@ac-nancy-metz.fr>", "URGENT - changement adresse administrateur",
  """Bonjour,

Je suis le proviseur du lycée Cormontaigne (Metz, 0572470A). Suite à un problème de messagerie pendant les vacances, merci de remplacer dès aujourd'hui l'adresse administrateur de nos comptes e-sidoc et Espace Acheteur par proviseur.cormontaigne@gmail.com et d'y envoyer les nouveaux mots de passe.

C'est urgent, merci de traiter rapidement.

Le proviseur
""", "gm", auth="fail", reply_to="Proviseur <proviseur.cormontaigne@gmail.com>", d="22/02 23:41")

M("head_of_establishment_request", False, "0210703A", "bfc", "espace_acheteur", False, "fr",
  "The principal, on holiday, writes from his iPhone to authorise the gestionnaire's second-term order.",
  "Jacques Roussel <jacques.roussel@ac-dijon.fr>", "Autorisation commande",
  """Bonjour,

Je suis en congés mais j'autorise Mme Perret, gestionnaire du collège Jean Rostand de Talant (0210703A), à passer et valider la commande du 2e trimestre.

Jacques Roussel, principal

Envoyé de mon iPhone
""", "ap", fmt="plain", enc="qp", mailer="iPhone Mail (22D72)", d="26/02 19:12")

M("head_of_establishment_request", False, "0081087N", "ge", "ecoledirecte", False, "fr",
  "The principal asks in writing to name a new EcoleDirecte administrator for the establishment.",
  "Principale collège Rimbaud <ce.0081087n@ac-reims.fr>", "Désignation d'un nouvel administrateur EcoleDirecte",
  """Madame, Monsieur,

Je vous informe que Mme Lefort, secrétaire de direction, devient administratrice EcoleDirecte du collège Arthur Rimbaud de Charleville-Mézières (0081087N) à compter du 3 mars, en remplacement de M. Dubois. Je vous remercie de bien vouloir modifier les droits en conséquence.

Cordialement,

Hélène Barbier
Principale
""", "tb", d="28/02 11:44")

M("head_of_establishment_request", False, "0100799P", "ge", "esidoc", True, "fr",
  "The signature gives 0100799R: wrong check letter (the digits give 0100799P); the ce.<UAI> sender address carries the valid code, and the principal asks for the contact address change.",
  "Principal collège Brossolette <ce.0100799p@ac-reims.fr>", "Modification adresse de contact",
  """Bonjour,

Je vous demande de modifier l'adresse de contact de notre portail e-sidoc : merci d'utiliser désormais cdi.brossolette@ac-reims.fr au lieu de l'ancienne adresse nominative de la documentaliste partie en février.

Bien cordialement,

Alain Fournier
Principal du collège Pierre Brossolette, La Chapelle-Saint-Luc
UAI : 0100799R
""", "zm", d="27/02 08:22")

M("head_of_establishment_request", False, "0582121R", "bfc", "espace_acheteur", False, "fr",
  "After the académie mailbox migration, the proviseur asks in writing to change the establishment's contact address.",
  "Proviseur lycée Romain Rolland <ce.0582121r@ac-dijon.fr>", "Changement de l'adresse de l'établissement",
  """Madame, Monsieur,

À la suite de la migration de notre messagerie pendant les vacances, l'ancienne adresse de l'intendance n'existe plus. Je vous demande de la remplacer sur l'Espace Acheteur par intendance.rolland@ac-dijon.fr.

Lycée Romain Rolland, Clamecy - 0582121R

Le proviseur,
Daniel Moreau
""", "ol", d="12/03 10:07")

M("head_of_establishment_request", False, "6202731Z", "co", "esidoc", False, "fr",
  "The principal asks for the administrator password reset because the librarian is on sick leave since the holidays.",
  "Principal collège de Propriano <ce.6202731z@ac-corse.fr>", "Réinitialisation du compte administrateur",
  """Bonjour,

Notre professeure documentaliste est en arrêt depuis la fin des vacances et personne ne peut accéder à l'administration du portail. En tant que principal, je vous demande de réinitialiser le mot de passe administrateur et de l'envoyer à l'adresse de l'établissement.

Collège de Propriano - UAI 6202731Z

François Susini
Principal
""", "ol", d="05/03 11:25")


# ================================================================ order_billing
M("order_billing", False, "0711266R", "bfc", "espace_acheteur", False, "fr",
  "Asks for a quote for the third-term order, needed for the bon d'engagement.",
  "Sandrine Lapierre <sandrine.lapierre@ac-dijon.fr>", "Devis commande 3e trimestre",
  """Bonjour,

Pour préparer le bon d'engagement, pourriez-vous m'adresser un devis pour la commande du 3e trimestre (mêmes références qu'au 2e trimestre, quantités x2 pour les manuels numériques) ?

Collège Les Epontots, Montceau-les-Mines - 0711266R

Merci,
Sandrine Lapierre
Gestionnaire
""", "ol", d="11/03 14:30")

M("order_billing", False, "0251903H", "bfc", "espace_acheteur", False, "fr",
  "The invoice for the January order is not in Chorus Pro.",
  "Marc Jeanningros <marc.jeanningros@ac-besancon.fr>", "facture absente chorus",
  """Bonjour

la facture de la commande du 28 janvier n'apparait pas dans Chorus Pro. Notre agence comptable clôture le trimestre, merci de la déposer rapidement.

Lycée Xavier Marmier, Pontarlier - UAI 0251903H

Marc Jeanningros
""", "gm", d="12/03 08:39")

M("order_billing", False, None, None, "espace_acheteur", False, "en",
  "English: a supplier asks about the payment status of an unpaid invoice; no UAI, private domain.",
  "Accounts Receivable <ar@eduprint-supplies.co.uk>", "Invoice INV-20418 - payment status",
  """Dear colleagues,

Our invoice INV-20418 dated 20 January (school supplies ordered through your purchasing platform) is now 30 days overdue. Could you let us know whether it has been processed, or whether anything is missing for payment?

Kind regards,
Accounts Receivable
EduPrint Supplies Ltd
""", "ol", d="24/02 12:00")

M("order_billing", False, "0080610V", "ge", "espace_acheteur", False, "fr",
  "The basket prepared before the holidays has emptied after the session expired; asks how to recover and validate the order.",
  "Nicolas Lemaire <nicolas.lemaire@ac-reims.fr>", "Panier vidé",
  """Bonjour,

J'avais préparé un panier de 23 lignes avant les vacances pour la commande du trimestre. En revenant, le panier est vide. Y a-t-il un moyen de le récupérer avant de valider la commande ?

Lycée Monge, Charleville-Mézières (0080610V)

Nicolas Lemaire
""", "tb", d="26/02 11:10")

M("order_billing", False, "0390149A", "bfc", "espace_acheteur", False, "fr",
  "Asks where to enter the bon d'engagement number on the order.",
  "Cécile Bouvet <cecile.bouvet@ac-besancon.fr>", "N° de bon d'engagement",
  """Bonjour,

Où dois-je saisir le numéro de bon d'engagement pour la commande du 2e trimestre ? Le champ n'apparaît pas au moment de la validation.

Collège Xavier Bichat, Nantua ... pardon, collège Aristide Briand de Lons-le-Saunier (0390149A)

Merci
C. Bouvet
""", "zm", d="11/03 15:42")

M("order_billing", False, "0700403H", "bfc", "espace_acheteur", False, "fr",
  "Asks whether payment by administrative mandate is accepted for the term order.",
  "Patricia Grandjean <patricia.grandjean@ac-besancon.fr>", "Moyen de paiement",
  """Bonjour,

Pour la commande de ce trimestre, pouvons-nous régler par mandat administratif plutôt que par carte ? L'agent comptable me pose la question.

Lycée Georges Colomb, Lure - 0700403H

Cordialement,
Patricia Grandjean
""", "ap", d="12/03 09:58")

M("order_billing", False, "0511581S", "ge", "espace_acheteur", True, "fr",
  "Two topics: wrong amount on the invoice (main) and the framework-market amendment missing from the documents (contract_documents).",
  "Francis Noël <francis.noel@ac-reims.fr>", "Facture erronée + avenant introuvable",
  """Bonjour,

La facture n° F-2025-0312 (commande du 2e trimestre) indique 1 482,00 € TTC alors que le bon de commande validé était de 1 248,00 €. Merci de nous adresser une facture rectificative ou un avoir.

Je ne trouve pas non plus l'avenant n°2 au marché dans « Mes documents ».

Lycée Franklin Roosevelt, Reims - 0511581S

Francis Noël
Adjoint gestionnaire
""", "ol", d="27/02 14:14")

M("order_billing", False, "7201591S", "co", "espace_acheteur", False, "fr",
  "Corse: the same invoice was received twice; asks which one to pay.",
  "Nathalie Albertini <nathalie.albertini@ac-corse.fr>", "Facture en double",
  """Bonjour,

Nous avons reçu deux fois la même facture (même montant, deux numéros différents) pour la commande de février. Laquelle dois-je mandater ?

Collège Montesoro, Bastia - 7201591S

Merci
N. Albertini
""", "gm", d="05/03 14:35")

M("order_billing", False, "0392387H", "bfc", "espace_acheteur", True, "fr",
  "The delivery of the term order was refused because the school was closed for snow; asks to reschedule and whether the order is still valid: an order issue, not a closure notice.",
  "Yves Bourgeon <yves.bourgeon@ac-besancon.fr>", "Livraison refusée - établissement fermé (neige)",
  """Bonjour,

Le transporteur est passé le 6 février alors que le collège était fermé pour cause de chutes de neige (arrêté préfectoral, transports scolaires suspendus sur tout le Haut-Jura). La commande du 2e trimestre est repartie.

La commande est-elle annulée ? Faut-il repasser commande ou pouvez-vous reprogrammer la livraison ?

Collège Rouget de Lisle, Les Rousses - 0392387H

Yves Bourgeon
Gestionnaire
""", "ol", d="07/02 10:16")

M("order_billing", False, "0672988J", "ge", "espace_acheteur", False, "en",
  "English: the bursar of an international section asks for a formal quote for next term's order.",
  "Catherine Brooks <catherine.brooks@ac-strasbourg.fr>", "Quote for next term's order",
  """Hello,

Could you please send us a formal quote for our third-term order (same items as last term)? Our finance department needs it before they can issue the purchase order.

Collège international de l'Esplanade, Strasbourg - 0672988J

Thank you,
Catherine Brooks
Bursar's office
""", "gm", d="25/02 15:03")

M("order_billing", False, "0551275M", "ge", "espace_acheteur", False, "fr",
  "Asks whether the second-term order placed before the holidays was validated.",
  "Gilles Aubry <gilles.aubry@ac-nancy-metz.fr>", "Commande T2 validée ?",
  """Bonjour,

La commande du 2e trimestre passée le 6 février apparaît toujours « en cours de validation ». A-t-elle été prise en compte ? Nous voudrions clôturer l'exercice du trimestre.

Collège Les Avrils, Saint-Mihiel (0551275M)

Gilles Aubry
""", "zm", d="25/02 11:48")

M("order_billing", False, "0880554Z", "ge", "espace_acheteur", False, "fr",
  "Wrong VAT rate on an invoice, asks for a credit note.",
  "Josiane Claudel <josiane.claudel@ac-nancy-metz.fr>", "Erreur de TVA sur facture",
  """Bonjour,

Sur la facture de notre commande de janvier, la TVA est appliquée à 20 % sur des livres (5,5 % attendu). Pouvez-vous émettre un avoir et une nouvelle facture ?

Lycée Pierre Mendès France, Épinal - 0880554Z

Cordialement,
Josiane Claudel
""", "tb", d="27/02 09:50")


# ================================================================ contract_documents
M("contract_documents", False, "0212663F", "bfc", "espace_acheteur", False, "fr",
  "Cannot see the market documents (DCE and amendment) in 'Mes marchés' since the return from holidays.",
  "Jérôme Bonnard <jerome.bonnard@ac-dijon.fr>", "Documents du marché invisibles",
  """Bonjour,

Depuis la reprise, la rubrique « Mes marchés » est vide : je ne vois plus ni le DCE ni l'avenant du marché fournitures, qui étaient visibles en janvier.

Lycée Hippolyte Fontaine, Dijon - 0212663F

Merci de votre aide,
Jérôme Bonnard
""", "ol", d="10/03 15:19")

M("contract_documents", False, "0252104B", "bfc", "espace_acheteur", False, "fr",
  "The membership convention is not visible in the establishment's space.",
  "Estelle Cuenot <estelle.cuenot@ac-besancon.fr>", "Convention d'adhésion",
  """Bonjour,

Je ne trouve pas la convention d'adhésion de l'établissement dans notre espace. Notre agent comptable en a besoin pour le contrôle de fin de trimestre.

Collège Lumière, Besançon (0252104B)

Estelle Cuenot
""", "gm", d="11/03 16:47")

M("contract_documents", False, "0521858M", "ge", "espace_acheteur", False, "fr",
  "Amendment no. 1 of the market is missing from the contract documents.",
  "Mathieu Lhuillier <mathieu.lhuillier@ac-reims.fr>", "Avenant n°1 manquant",
  """Bonjour,

L'avenant n°1 du marché 2024-07 n'est pas dans les documents contractuels de notre espace, alors que nous l'avons signé en décembre.

Collège Louis Pasteur, Langres - 0521858M

Cordialement,
Mathieu Lhuillier
""", "zm", d="26/02 10:44")

M("contract_documents", False, "0680161F", "ge", "espace_acheteur", False, "en",
  "English: cannot access the contract documents of the framework market from the buyer space.",
  "Oliver Grant <oliver.grant@ac-strasbourg.fr>", "Contract documents not accessible",
  """Hello,

I cannot open the contract documents for our framework agreement in the buyer space: the page says "document not available". Our auditors need them this week.

Lycée Montaigne, Mulhouse - UAI 0680161F

Regards,
Oliver Grant
Finance officer
""", "ol", d="27/02 11:20")

M("contract_documents", False, "0901391Y", "bfc", "espace_acheteur", False, "fr",
  "The CCAP file of the market opens as an empty document.",
  "Agathe Rossel <agathe.rossel@ac-besancon.fr>", "CCAP vide",
  """Bonjour,

Le CCAP du marché papeterie s'ouvre mais le document est vide (0 page). Pouvez-vous le remettre en ligne ?

Collège Châteaudun, Belfort - 0901391Y

Agathe Rossel
""", "tb", d="12/03 14:44")

M("contract_documents", False, "0081676D", "ge", "espace_acheteur", True, "fr",
  "Reply quoting an order thread (Apple Mail 'a écrit :'), but the new question is about the market documents no longer visible: contract_documents.",
  "Sonia Marques <sonia.marques@ac-reims.fr>", "Re: Votre commande n° 25-0147",
  """Bonjour,

Merci pour la commande, tout est arrivé. Par contre je ne vois plus les documents du marché (CCAP, bordereau de prix) dans mon espace depuis les vacances : pouvez-vous vérifier ?

Sonia Marques
Collège Scarron, Sedan - 0081676D

> Le 4 févr. 2025 à 11:02, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
> Votre commande n° 25-0147 a été expédiée ce jour.
> Cordialement,
> L'équipe Assistance
""", "ap", reply=True, d="26/02 13:58")

M("contract_documents", False, "7201783A", "co", "espace_acheteur", False, "fr",
  "Corse: the convention with the collectivité is no longer visible in the establishment's documents.",
  "Jean-Charles Ceccaldi <jean-charles.ceccaldi@ac-corse.fr>", "Convention non visible",
  """Bonjour,

La convention signée avec la Collectivité de Corse n'apparaît plus dans nos documents depuis début mars. Je dois la joindre à un dossier.

Lycée du Fango, Bastia - 7201783A

Cordialement
J-C Ceccaldi
""", "ol", d="06/03 09:05")


# ================================================================ transfer_incident
M("transfer_incident", False, "0211059M", "bfc", "ecoledirecte", False, "fr",
  "EcoleDirecte data transfer failing every night since the return from holidays.",
  "Vincent Poulet <vincent.poulet@ac-dijon.fr>", "Transfert EcoleDirecte en échec",
  """Bonjour,

Depuis la rentrée des vacances d'hiver, le transfert automatique vers EcoleDirecte échoue toutes les nuits (« échec de la connexion au serveur »). Les notes saisies depuis lundi ne remontent pas.

Collège Le Parc, Dijon - 0211059M

Vincent Poulet
Référent numérique
""", "ol", d="11/03 08:24")

M("transfer_incident", False, "0251757Z", "bfc", "ecoledirecte", False, "fr",
  "The transfer licence expired during the holidays and must be regenerated.",
  "Laurence Tissot <laurence.tissot@ac-besancon.fr>", "Licence expirée",
  """Bonjour,

Le logiciel de transfert indique « licence expirée » depuis le 1er mars (nous étions en vacances). Pouvez-vous régénérer notre licence ?

Lycée Viette, Montbéliard - UAI 0251757Z

Laurence Tissot
Secrétaire de scolarité
""", "zm", d="10/03 09:37")

M("transfer_incident", False, "0890639L", "bfc", "ecoledirecte", True, "fr",
  "Asks for the daily maintenance password to restart the transfers: transfer_incident per the taxonomy, not password_reset.",
  "Olivier Charpentier <olivier.charpentier@ac-dijon.fr>", "Mot de passe du jour",
  """Bonjour,

J'ai besoin du mot de passe de maintenance du jour pour relancer la synchronisation, bloquée depuis la reprise.

Collège Albert Camus, Auxerre (0890639L)

Merci,
O. Charpentier
""", "tb", d="10/03 14:15")

M("transfer_incident", False, "0542096K", "ge", "ecoledirecte", False, "fr",
  "The sync of the pupil database towards EcoleDirecte has been stuck since the holidays.",
  "Aurélien Thomas <aurelien.thomas@ac-nancy-metz.fr>", "synchro bloquée",
  """Bonjour,

la synchro de la base élèves vers EcoleDirecte est bloquée depuis le 24/02, le journal indique "import interrompu - fichier incomplet". Les nouveaux élèves arrivés après les vacances n'apparaissent pas.

Lycée Jeanne d'Arc, Nancy - 0542096K

Aurélien Thomas
""", "gm", d="27/02 13:20")

M("transfer_incident", False, "0571911T", "ge", "ecoledirecte", False, "en",
  "English: the school's IT contractor reports a transfer error with the log excerpt.",
  "Peter Schmitt <p.schmitt@lorraine-it-partners.lu>", "Transfer error since 24 Feb",
  """Hello,

Since 24 February the nightly transfer from the school management software to EcoleDirecte fails with:

  ERR-TRF-042: remote authentication rejected (licence key)

Affected school: Lycée Louis Vincent, Metz - UAI 0571911T. Could you check the licence on your side?

Best regards,
Peter Schmitt
Lorraine IT Partners
""", "ol", d="26/02 17:12")

M("transfer_incident", False, "6202298D", "co", "ecoledirecte", False, "fr",
  "Corse: term grades do not reach EcoleDirecte before the class councils.",
  "Caroline Giacomoni <caroline.giacomoni@ac-corse.fr>", "Transfert des notes - conseils de classe",
  """Bonjour,

Les notes du 2e trimestre ne remontent pas sur EcoleDirecte, le transfert tourne sans fin. Nos conseils de classe commencent lundi.

Collège Arthur Giovoni, Ajaccio - 6202298D

Merci de nous aider vite,
C. Giacomoni
""", "ap", d="06/03 15:32")

M("transfer_incident", False, "0700403H", "bfc", "ecoledirecte", True, "fr",
  "Negation: not the login password but the maintenance password needed to reindex after the failed transfer: transfer_incident.",
  "Éric Perrot <eric.perrot@ac-besancon.fr>", "Pas le mot de passe de connexion !",
  """Bonjour,

Je précise car votre réponse automatique m'a envoyé la procédure de mot de passe oublié : ce n'est PAS mon mot de passe de connexion que je cherche, c'est le mot de passe de maintenance pour réindexer la base après l'échec du transfert d'hier.

Lycée Georges Colomb, Lure - 0700403H

Éric Perrot
""", "ol", d="12/03 11:02")

M("transfer_incident", False, "0671751P", "ge", "ecoledirecte", False, "fr",
  "The timetable transfer to EcoleDirecte fails after the February timetable change.",
  "Mélanie Kieffer <melanie.kieffer@ac-strasbourg.fr>", "Transfert emploi du temps",
  """Bonjour,

Nous avons modifié l'emploi du temps pendant les vacances et depuis le transfert vers EcoleDirecte échoue (« incohérence des données »). Les élèves voient encore l'ancien EDT.

Collège Erasme, Strasbourg - 0671751P

Mélanie Kieffer
""", "zm", d="25/02 16:08")

M("transfer_incident", False, "0901961T", "bfc", "ecoledirecte", False, "fr",
  "Licence key refused by the transfer tool after the holidays: needs a regenerated licence.",
  "Arnaud Mercier <arnaud.mercier@ac-besancon.fr>", "clé de licence refusée",
  """Bonjour,

La clé de licence du module de transfert est refusée depuis la reprise (« clé invalide »). Pouvez-vous nous en générer une nouvelle ?

Lycée Courbet, Belfort (0901961T)

Arnaud Mercier
""", "tb", d="11/03 10:09")

M("transfer_incident", False, None, "ge", "ecoledirecte", False, "fr",
  "Transfer error code reported without any UAI; region from the ac-reims.fr domain.",
  "Secrétariat élèves <secretariat.eleves.lyc@ac-reims.fr>", "Erreur 500 lors du transfert",
  """Bonjour,

Lors du transfert vers EcoleDirecte nous obtenons « Erreur 500 - Internal server error » depuis ce matin. Pouvez-vous regarder ?

Le secrétariat élèves
""", "gm", d="28/02 09:15")


# ================================================================ automated
M("automated", False, None, "ge", None, False, "fr",
  "Outlook out-of-office in French during the winter holidays ('Réponse automatique :', Auto-Submitted, X-Auto-Response-Suppress); region from ac-strasbourg.fr.",
  "Claudine Muller <claudine.muller@ac-strasbourg.fr>", "Réponse automatique : [Assistance] Votre demande 24871",
  """Bonjour,

Je suis absente pendant les vacances d'hiver et je reprendrai mon service le lundi 24 février. Votre message ne sera pas transféré.

Pour toute urgence, merci de contacter le secrétariat au 03 88 45 12 30.

Claudine Muller
""", "ol", reply=True, hdr=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"], d="12/02 10:02")

M("automated", False, None, "bfc", None, False, "fr",
  "Zimbra vacation reply from an academic mailbox ('Auto-Submitted: auto-replied (zimbra; vacation)'); region from the sender domain.",
  "Pascal Girod <pascal.girod@ac-besancon.fr>", "Absent : Re: [Assistance] Votre abonnement",
  """Je suis en congés jusqu'au 10 mars inclus, sans accès à ma messagerie. Je traiterai votre message à mon retour.

Pascal Girod
""", "zm", fmt="plain", reply=True, hdr=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"], d="24/02 06:12")

M("automated", False, None, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  "Rebecca Lowe <rebecca.lowe.teach@gmail.com>", "Re: Your request 24913",
  """Thanks for your email. I'm away skiing for the half-term break and will reply when I'm back on 3 March.

Rebecca
""", "gm", reply=True, hdr=["Auto-Submitted: auto-replied"], d="18/02 07:44")

M("automated", False, None, None, None, False, "en",
  "Postfix bounce: recipient mailbox full during the holidays (multipart/report delivery-status, null Return-Path).",
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cdi.lycee-nodier@ac-besancon.fr>: host smtp.ac-besancon.fr[203.0.113.40] said:
    552 5.2.2 Mailbox full: quota exceeded (in reply to RCPT TO command)
""", "rb", rp="", kind="report", rtype="delivery-status", hdr=["Auto-Submitted: auto-replied"],
  rdata="""Reporting-MTA: dns; mx1.assistance.example.fr
X-Postfix-Queue-ID: 4B7C21E0A3
Arrival-Date: Mon, 17 Feb 2025 09:12:04 +0100

Final-Recipient: rfc822; cdi.lycee-nodier@ac-besancon.fr
Original-Recipient: rfc822;cdi.lycee-nodier@ac-besancon.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; smtp.ac-besancon.fr
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded""",
  rhead="""From: Assistance <support@assistance.example.fr>
To: cdi.lycee-nodier@ac-besancon.fr
Subject: [Assistance] Votre abonnement arrive a echeance
Date: Mon, 17 Feb 2025 09:12:03 +0100
Message-ID: <notice-88121.k3JdPq@assistance.example.fr>""", d="17/02 09:12")

M("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  "Microsoft Outlook <postmaster@lycee-agricole-vesoul.fr>", "Non remis : [Assistance] Réinitialisation de votre mot de passe",
  """Votre message n'a pas pu être remis à gestion@lycee-agricole-vesoul.fr car l'adresse est introuvable ou n'accepte pas de messages.

Diagnostic pour les administrateurs :
Serveur de génération : PR2P264MB0712.FRAP264.PROD.OUTLOOK.COM
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", "ol", rp="", kind="report", rtype="delivery-status", hdr=["Auto-Submitted: auto-replied"],
  rdata="""Reporting-MTA: dns;PR2P264MB0712.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Tue, 25 Feb 2025 08:30:12 +0000

Final-Recipient: rfc822;gestion@lycee-agricole-vesoul.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound""", d="25/02 09:30")

M("automated", False, None, "ge", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-nancy-metz.fr.",
  "Gisèle Husson <gisele.husson@ac-nancy-metz.fr>", "Lu : [Assistance] Votre commande du 2e trimestre",
  """Votre message

  À : Gisèle Husson
  Objet : [Assistance] Votre commande du 2e trimestre
  Envoyé : lundi 24 février 2025 14:02:11 (UTC+01:00)

a été lu le lundi 24 février 2025 16:40:55 (UTC+01:00).
""", "ol", kind="report", rtype="disposition-notification",
  rdata="""Reporting-UA: PR1P264MB3311.FRAP264.PROD.OUTLOOK.COM
Final-Recipient: rfc822;gisele.husson@ac-nancy-metz.fr
Original-Message-ID: <notice-88411.aQ2mTz@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed""", d="24/02 16:41")

M("automated", False, None, None, "esidoc", False, "fr",
  "Platform newsletter (List-Id, List-Unsubscribe, Precedence: bulk) about the February webinars.",
  "La lettre e-sidoc <newsletter@lettre.esidoc.example.fr>", "La lettre e-sidoc - février 2025 : préparez la reprise",
  """La lettre e-sidoc - février 2025

Avant les vacances d'hiver, pensez à :
- vérifier la date de fin de vos abonnements ;
- noter l'adresse enregistrée pour votre compte administrateur ;
- programmer les actualités de la rentrée sur votre portail.

Webinaire « Nouveautés du portail » : mardi 11 mars à 14 h.

Vous recevez cette lettre car vous êtes inscrit(e) à la liste d'information e-sidoc.
Se désinscrire : https://lettre.esidoc.example.fr/desinscription
""", "gm", hdr=["List-Id: Lettre e-sidoc <lettre.esidoc.example.fr>",
                 "List-Unsubscribe: <https://lettre.esidoc.example.fr/desinscription?u=7791>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"], d="07/02 08:00")

M("automated", False, "0510546S", "ge", None, True, "fr",
  "MailInBlack challenge sent back to the desk by the school's protected mailbox (ce.<UAI> address): a robot, not a person asking about MailInBlack, so automated.",
  "Lycée Libergier <ce.0510546s@ac-reims.fr>", "Message en attente : confirmez votre envoi",
  """Bonjour,

Votre message « [Assistance] Mail d'activation » à destination de ce.0510546s@ac-reims.fr est en attente.

Ce destinataire est protégé par Mailinblack. Pour que votre message soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :
https://challenge.mailinblack.example.com/auth?id=8f3a21c7

Ceci est un message automatique, merci de ne pas y répondre.
""", "rb", fmt="html", enc="qp", hdr=["Auto-Submitted: auto-replied", "X-Mailer: Mailinblack", "Precedence: bulk"], d="26/02 11:05")

M("automated", False, None, None, None, False, "en",
  "English MailInBlack challenge from a private school's protected mailbox asking the desk to prove it is human: automated.",
  "Mailinblack <noreply@protect.mailinblack.example.com>", "Please confirm your message to office@strasbourg-international.org",
  """Hello,

Your message "[Assistance] Your account request" to office@strasbourg-international.org is pending.

This mailbox is protected by Mailinblack. Please click the link below and complete the captcha to deliver your message:
https://challenge.mailinblack.example.com/auth?id=19ab44e0

This is an automated message. Please do not reply.
""", "rb", fmt="alt", enc="qp", hdr=["Auto-Submitted: auto-replied", "X-Mailer: Mailinblack"], d="28/02 10:51")

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply notification of the Espace Acheteur to the desk: an account awaits validation (Auto-Submitted: auto-generated).",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>", "Nouvelle demande de compte à valider",
  """Bonjour,

Une nouvelle demande de compte est en attente de validation :
Structure : Collège Jules Ferry, Troyes
Demandeur : m.lefebvre@ac-reims.fr
Date : 25/02/2025 09:41

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", "rb", hdr=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"], d="25/02 09:41")

M("automated", False, "6202461F", "co", None, False, "fr",
  "Auto-reply from a school office (ce.<UAI> address) closed for a snow day on the Corsican mountain road; Auto-Submitted present, UAI from the address.",
  "Secrétariat collège de Vico <ce.6202461f@ac-corse.fr>", "Réponse automatique : [Assistance] Votre demande",
  """Bonjour,

En raison des chutes de neige, le collège est fermé aujourd'hui et demain (routes coupées entre Vico et Ajaccio). Votre message sera traité à la réouverture de l'établissement.

Le secrétariat
""", "ol", reply=True, hdr=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], d="13/02 07:31")

M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a ticket opened by the desk with a supplier was updated (Auto-Submitted: auto-generated).",
  "Portail tickets <notifications@tickets.example.fr>", "[Ticket #55102] Mise à jour : livraison établissement fermé",
  """Le ticket #55102 « livraison établissement fermé » a été mis à jour par Transports Perrenot.

Nouveau statut : En attente
Commentaire : nouvelle date de livraison proposée le 12/02.

Pour répondre, connectez-vous au portail : https://tickets.example.fr/t/55102
""", "rb", hdr=["Auto-Submitted: auto-generated", "Precedence: bulk"], d="10/02 14:22")

M("automated", False, None, None, "esignature", False, "fr",
  "E-signature 'document signé' notification for a convention: transactional, no-reply sender.",
  "Signature électronique <ne-pas-repondre@signature.example.fr>", "Document signé : Convention d'adhésion 2025",
  """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2025 ».
Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ceci est un message automatique.
""", "rb", fmt="alt", enc="qp", d="04/03 12:10")

M("automated", False, None, None, None, False, "en",
  "Exim bounce in plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  "Mail Delivery System <Mailer-Daemon@mail.college-hautjura.fr>", "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  documentation@college-hautjura.fr
    mailbox is full: retry timeout exceeded
""", "rb", rp="", d="19/02 03:14")

M("automated", False, None, None, None, False, "en",
  "Delay warning from the desk's relay ('Delayed Mail (still being retried)'): not a failure, still automatic.",
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>", "Delayed Mail (still being retried)",
  """This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<intendance@college-vizzavona.fr>: connect to mx.college-vizzavona.fr[192.0.2.61]:25: Connection timed out
""", "rb", rp="", kind="report", rtype="delivery-status", hdr=["Auto-Submitted: auto-replied"],
  rdata="""Reporting-MTA: dns; mx1.assistance.example.fr
X-Postfix-Queue-ID: 9F01A2C7D
Arrival-Date: Wed, 12 Feb 2025 05:40:10 +0100

Final-Recipient: rfc822; intendance@college-vizzavona.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.college-vizzavona.fr[192.0.2.61]:25: Connection timed out
Will-Retry-Until: Mon, 17 Feb 2025 05:40:10 +0100""", d="12/02 09:41")

M("automated", False, None, None, None, True, "fr",
  "Out-of-office sent by a client-side rule from a personal address: no Auto-Submitted, no Precedence; only the wording shows it is automatic.",
  "Yvette Bailly <yvette.bailly@orange.fr>", "Absence",
  """Bonjour,

Je suis absente du 8 au 23 février (vacances scolaires). Je lirai vos messages à mon retour.

Cordialement,
Yvette Bailly
""", "ap", d="11/02 15:30")

M("automated", False, None, None, "espace_acheteur", False, "en",
  "English supplier newsletter about spring-term catalogue prices (List-Id, List-Unsubscribe, Precedence: bulk).",
  "Brightbooks Education <news@brightbooks-education.example.com>", "Spring term catalogue: new prices on the Espace Acheteur",
  """Spring term is here!

Our new catalogue is now available on the Espace Acheteur, with updated prices for the third-term orders of French schools.

- 200 new English readers for collèges and lycées
- Free delivery above 300 EUR until 31 March

You are receiving this email because you subscribed to Brightbooks news.
Unsubscribe: https://brightbooks-education.example.com/unsubscribe
""", "gm", hdr=["List-Id: Brightbooks news <news.brightbooks-education.example.com>",
                 "List-Unsubscribe: <https://brightbooks-education.example.com/unsubscribe?id=5521>",
                 "Precedence: bulk"], d="03/03 07:00")

M("automated", False, None, "co", None, False, "fr",
  "Zimbra vacation reply from an ac-corse.fr mailbox during the Corsican winter break; region from the sender domain.",
  "Jean-Marie Orsini <jean-marie.orsini@ac-corse.fr>", "Absent : [Assistance] Votre demande de compte",
  """Bonjour, je suis en congés jusqu'au 3 mars. En cas d'urgence, adressez-vous à l'intendance du lycée.
JM Orsini
""", "zm", fmt="plain", reply=True, hdr=["Auto-Submitted: auto-replied (zimbra; vacation)"], d="21/02 10:04")

M("automated", False, "0711918Z", "bfc", None, False, "fr",
  "Out-of-office of an establishment's official mailbox (ce.<UAI> address) closed for the holidays, mentioning orders; Auto-Submitted present, UAI from the address.",
  "Intendance Lycée Émiland Gauthey <ce.0711918z@ac-dijon.fr>", "Réponse automatique : [Assistance] Votre devis",
  """Bonjour,

L'établissement est fermé pendant les vacances d'hiver, du 22 février au 9 mars. Les commandes et factures reçues pendant cette période seront traitées à partir du 10 mars.

L'intendance
""", "ol", reply=True, hdr=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"], d="24/02 08:15")

M("automated", False, None, "bfc", None, False, "fr",
  "Acknowledgement robot of the académie helpdesk (Auto-Submitted, X-Loop): answering it would start a mail loop; region from ac-dijon.fr.",
  "Assistance académique <assistance-no-reply@ac-dijon.fr>", "[DSI-Dijon #204417] Accusé de réception",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro 204417. Elle sera traitée dans les meilleurs délais.
Pendant les vacances scolaires, les délais de traitement peuvent être allongés.

Ce message est généré automatiquement, merci de ne pas y répondre.
""", "rb", reply=True, hdr=["Auto-Submitted: auto-replied", "X-Loop: assistance@ac-dijon.fr", "Precedence: bulk"], d="20/02 09:58")


# ================================================================ other
M("other", False, "0390523G", "bfc", "esidoc", True, "fr",
  "Snow-day notice: the school is closed and cancels tomorrow's e-sidoc training session; nothing in the taxonomy, a person reschedules.",
  "Nicole Cretin <nicole.cretin@ac-besancon.fr>", "Formation de demain annulée - collège fermé (neige)",
  """Bonjour,

Suite aux fortes chutes de neige, le collège Pasteur de Saint-Claude (0390523G) sera fermé demain sur décision préfectorale, les transports scolaires étant suspendus. La formation e-sidoc prévue à 14 h ne pourra donc pas avoir lieu.

Pouvons-nous la reporter après les vacances de février ?

Nicole Cretin
Professeure documentaliste
""", "ol", d="05/02 17:48")

M("other", False, "0582548E", "bfc", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer (Gmail quote): the words 'mot de passe' and 'lien' appear but nothing is asked.",
  "Julie Ferrand <julie.ferrand@ac-dijon.fr>", "Re: [Assistance] Réinitialisation de votre mot de passe",
  """Merci beaucoup, le lien a fonctionné, j'ai pu changer mon mot de passe !
Bonne journée
Julie

Le lun. 10 mars 2025 à 09:12, Assistance <support@assistance.example.fr> a écrit :

> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour l'établissement 0582548E.
> L'équipe Assistance
""", "gm", reply=True, d="10/03 09:40")

M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  "Daniel | WebGrowth <daniel@webgrowth-agency.example.net>", "Boost your winter traffic",
  """Hi team,

I noticed assistance.example.fr is not ranking for several key terms. Winter is the perfect time to fix that: our SEO package puts you on Google's first page in 60 days, guaranteed.

Shall I send a free audit?

Daniel
WebGrowth Agency
""", "gm", auth="fail", d="16/02 02:14")

M("other", False, None, None, None, True, "fr",
  "Phishing: 'votre mot de passe expire pendant les vacances, confirmez-le'; mentions a password but is not password_reset; the look-alike domain ac-strasbourg-messagerie.com is not an académie domain, so no region.",
  "Service Messagerie Académique <securite@ac-strasbourg-messagerie.com>", "Votre mot de passe expire dans 24h",
  """Cher utilisateur,

Pendant la période des vacances scolaires, votre mot de passe de messagerie arrive à expiration. Pour éviter la suspension de votre compte, confirmez vos identifiants en cliquant ici :

https://ac-strasbourg-messagerie.com/verification

Sans action de votre part sous 24 heures, votre boîte sera désactivée.

L'équipe informatique
""", "ol", auth="fail", fmt="html", d="14/02 22:03")

M("other", False, None, None, None, False, "fr",
  "A parent asks whether the collège is closed because of the snow: wrong address, unrelated.",
  "Sébastien Mougenot <seb.mougenot@free.fr>", "collège fermé demain ?",
  """Bonjour,

Est-ce que le collège de Morteau sera fermé demain à cause de la neige ? Les cars ne passent pas chez nous ce matin. Mon fils est en 5e B.

Merci
S. Mougenot
""", "ap", fmt="plain", enc="qp", mailer="iPhone Mail (22D72)", d="06/02 06:55")

M("other", False, None, "ge", None, False, "fr",
  "Asks about the support desk's opening hours during the winter holidays: no category of its own.",
  "Régine Fischer <regine.fischer@ac-strasbourg.fr>", "Horaires de l'assistance pendant les vacances",
  """Bonjour,

L'assistance est-elle ouverte pendant les vacances d'hiver ? Je compte travailler sur le portail la deuxième semaine et voudrais savoir si je pourrai vous joindre par téléphone.

Régine Fischer
""", "zm", d="06/02 12:30")

M("other", False, None, "bfc", None, False, "fr",
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told.",
  "Pierre Demangeot <pierre.demangeot@ac-besancon.fr>", "Toujours aucune réponse !!!",
  """Bonjour,

Cela fait TROIS semaines que j'ai écrit et personne ne m'a répondu. Vacances ou pas, ce n'est pas sérieux. J'attends un retour aujourd'hui.

P. Demangeot
""", "tb", d="11/03 17:55")

M("other", False, None, None, "espace_acheteur", False, "fr",
  "Wants to register for the spring-term buyers' webinar and the registration link fails: other.",
  "Corinne Vauthier <c.vauthier@mairie-pontarlier.fr>", "Inscription webinaire acheteurs",
  """Bonjour,

Je souhaite m'inscrire au webinaire « Préparer les commandes du 3e trimestre » du 13 mars, mais le lien d'inscription reçu renvoie une page d'erreur. Pouvez-vous m'inscrire directement ?

Corinne Vauthier
Service achats - Mairie de Pontarlier
""", "ol", d="07/03 11:21")

M("other", False, None, None, None, False, "en",
  "English: a visiting teacher asks for skiing and accommodation tips in the Vosges: unrelated to the services.",
  "Jake Morrison <jake.morrison.edu@gmail.com>", "Winter visit - tips?",
  """Hi there,

I'm an exchange teacher coming to Épinal during the February holidays. Do you know any good family-friendly ski resorts in the Vosges, and is it easy to get there by train?

Cheers,
Jake
""", "gm", d="03/02 19:20")

M("other", False, None, "co", None, False, "fr",
  "'Bien reçu, merci' from a phone: nothing to do.",
  "Anna Maria Luciani <annamaria.luciani@ac-corse.fr>", "Re: [Assistance] Votre demande",
  """Bien reçu, merci.

Envoyé de mon iPhone
""", "ap", fmt="plain", enc="qp", mailer="iPhone Mail (22D72)", reply=True, d="05/03 12:01")

M("other", False, "0081676D", "ge", "esidoc", False, "fr",
  "Asks for an e-sidoc training session for the new team after the holidays: a how-to/training request with no category.",
  "Hugo Martinet <hugo.martinet@ac-reims.fr>", "Demande de formation e-sidoc",
  """Bonjour,

Nous sommes deux nouveaux au CDI depuis la rentrée de février. Proposez-vous une formation (même à distance) à l'administration du portail ?

Collège Scarron, Sedan (0081676D)

Hugo Martinet
""", "zm", d="27/02 15:25")

M("other", False, None, None, None, False, "fr",
  "GDPR request from a former librarian to delete her personal data: other, not account_creation.",
  "Ginette Rapenne <ginette.rapenne@laposte.net>", "Suppression de mes données personnelles",
  """Bonjour,

Retraitée depuis le 1er février, je vous demande, en application du RGPD, de supprimer toutes les données personnelles me concernant (compte, adresse, historique).

Merci de me confirmer la suppression.

Ginette Rapenne
""", "tb", d="12/02 10:33")

M("other", False, None, None, None, False, "fr",
  "Cold sales prospecting for snow-clearing equipment, written to one person: other, not automated.",
  "Thierry Brunet <t.brunet@deneigement-pro.example.fr>", "Équipez vos établissements avant la prochaine chute de neige",
  """Bonjour,

Les épisodes neigeux de février ont encore fermé de nombreux établissements du Jura et des Vosges. Notre gamme de saleuses et fraises à neige pour cours d'école est disponible sur devis, livraison sous 72 h.

Puis-je vous appeler cette semaine ?

Thierry Brunet
Déneigement Pro
""", "ol", d="17/02 09:00")

M("other", False, None, None, None, True, "en",
  "English fake 'overdue invoice' with a PDF attachment from an unknown sender (failing SPF/DMARC): phishing, not order_billing.",
  "Billing Department <billing@invoices-secure-portal.example.net>", "Overdue invoice #88213 - final notice",
  """Dear customer,

Your invoice #88213 is overdue. Please review the attached document and settle the payment within 48 hours to avoid service interruption.

Billing Department
""", "ol", auth="fail", att=[("Invoice_88213.pdf", "application/pdf")], d="20/02 04:47")

M("other", False, "0891044B", "bfc", "esidoc", False, "fr",
  "Asks how to export the loan statistics of the term from e-sidoc: a how-to question with no category of its own.",
  "Mireille Bernardin <mireille.bernardin@ac-dijon.fr>", "Export statistiques de prêt",
  """Bonjour,

Pour le conseil pédagogique, je dois présenter les statistiques de prêt du 2e trimestre. Est-il possible de les exporter depuis e-sidoc (tableur) ?

Collège Paul Bert, Auxerre - 0891044B

Merci,
Mireille Bernardin
""", "ap", d="12/03 13:40")


# ---------------------------------------------------------------- building
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DEFAULTS = {"ol": ("alt", "qp"), "gm": ("alt", "qp"), "tb": ("plain", "8bit"),
            "ap": ("alt", "qp"), "zm": ("alt", "8bit"), "rb": ("plain", "8bit")}


def mkdate(m):
    spec = m.get("d", "")
    if spec:
        parts = spec.split()
        day, mon = (int(x) for x in parts[0].split("/"))
        if len(parts) > 1:
            h, mi = (int(x) for x in parts[1].split(":"))
        else:
            h, mi = RNG.randint(7, 18), RNG.randint(0, 59)
    else:
        day, mon = RNG.choice([(x, 2) for x in range(3, 29)] + [(x, 3) for x in range(1, 15)])
        h, mi = RNG.randint(7, 18), RNG.randint(0, 59)
    return datetime(2025, mon, day, h, mi, RNG.randint(0, 59))


def rfcdate(dt, utc=False):
    if utc:
        dt = dt.replace(hour=dt.hour - 1) if dt.hour > 0 else dt
        tz = "+0000"
    else:
        tz = "+0100"
    return f"{WD[dt.weekday()]}, {dt.day:02d} {MO[dt.month - 1]} {dt.year} {dt:%H:%M:%S} {tz}"


def msgid(client, domain, dt):
    if client == "ol":
        p = f"PR{RNG.randint(0, 3)}P264MB{RNG.randint(1000, 9999)}"
        return f"<{p}{rhex(20)}@{p}.FRAP264.PROD.OUTLOOK.COM>"
    if client == "gm":
        return f"<CA{ralnum(44)}@mail.gmail.com>"
    if client == "zm":
        return f"<{RNG.randint(100000000, 999999999)}.{RNG.randint(1000000, 9999999)}.{int(dt.timestamp()) * 1000 + RNG.randint(0, 999)}.JavaMail.zimbra@{domain}>"
    if client == "ap":
        return f"<{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@{domain}>"
    if client == "tb":
        return f"<{rhex(8).lower()}-{rhex(4).lower()}-{rhex(4).lower()}-{rhex(4).lower()}-{rhex(12).lower()}@{domain}>"
    return f"<{ralnum(20)}.{int(dt.timestamp())}@{domain}>"


def build(m):
    c = m["c"]
    fmt, enc = DEFAULTS[c]
    fmt, enc = m.get("fmt", fmt), m.get("enc", enc)
    sender = addr_of(m["f"])
    domain = sender.split("@")[-1] if "@" in sender else "localhost"
    dt = mkdate(m)
    m["dt"] = dt
    auth = m.get("auth", "pass")
    if c == "ol":
        mta = f"PAUP264CU00{RNG.randint(1, 9)}.outbound.protection.outlook.com"
    elif c == "gm":
        mta = f"mail-wr1-f{RNG.randint(41, 79)}.google.com"
    else:
        mta = f"smtp{RNG.randint(1, 4)}.{domain}"
    rp = m.get("rp", sender)
    h = [f"Return-Path: <{rp}>", f"Delivered-To: {DESK}",
         f"Received: from {mta} ({mta} [203.0.113.{RNG.randint(2, 250)}])\n\tby {MX} (Postfix) with ESMTPS id 4{ralnum(14)}\n\tfor <{DESK}>; {rfcdate(dt)}"]
    if rp:
        h.append(f"Authentication-Results: {MX};\n\tdkim={auth} header.d={domain};\n\tspf={auth} smtp.mailfrom={domain};\n\tdmarc={auth} (p=none dis=none) header.from={domain}")
    else:
        h.append(f"Authentication-Results: {MX};\n\tspf=none smtp.mailfrom=<>")
    h.append(f"From: {addr_header(m['f'])}")
    h.append(f"To: {addr_header(m.get('to', 'Assistance <' + DESK + '>'))}")
    if m.get("cc"):
        h.append(f"Cc: {addr_header(m['cc'])}")
    if m.get("reply_to"):
        h.append(f"Reply-To: {addr_header(m['reply_to'])}")
    h.append(f"Subject: {hx(m['s'])}")
    h.append(f"Date: {rfcdate(dt, utc=(c == 'ol'))}")
    h.append(f"Message-ID: {msgid(c, domain, dt)}")
    if m.get("reply"):
        ref = f"<ticket-{RNG.randint(20000, 29999)}.{ralnum(10)}@assistance.example.fr>"
        h.append(f"In-Reply-To: {ref}")
        h.append(f"References: {ref}")
    if c == "ol":
        h += [f"Thread-Topic: {hx(m['s'])}", f"Thread-Index: A{ralnum(26)}==",
              "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR" if m["lang"] == "fr" else "Content-Language: en-GB",
              "X-MS-Has-Attach: " + ("yes" if m.get("att") else ""), "X-Mailer: Microsoft Outlook 16.0"]
    elif c == "tb":
        h += ["User-Agent: Mozilla Thunderbird", f"Content-Language: {m['lang']}"]
    elif c == "ap":
        h += [f"X-Mailer: {m.get('mailer', 'Apple Mail (2.3826.300.87.4.3)')}"]
    elif c == "zm":
        h += ["X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF122 (Linux)/9.0.0_GA_4583)",
              f"Thread-Index: {ralnum(28)}", f"Thread-Topic: {hx(m['s'])}"]
    for extra in m.get("hdr", []):
        h.append(extra)
    h.append("MIME-Version: 1.0")

    text = m["b"].strip("\n") + "\n"
    charset = "iso-8859-1" if c == "ol" else "utf-8"
    html_enc = "b64" if enc == "b64" else "qp"
    kind = m.get("kind")
    if kind == "report":
        parts = [text_part(text, enc, charset)]
        parts.append(f"Content-Type: message/{m['rtype']}\n\n{m['rdata'].strip()}\n")
        if m.get("rhead"):
            parts.append(f"Content-Type: text/rfc822-headers\n\n{m['rhead'].strip()}\n")
        body = multipart("report", parts, "rb", f" report-type={m['rtype']};")
    else:
        if fmt == "plain":
            body = text_part(text, enc, charset)
        elif fmt == "html":
            body = text_part(m.get("html") or to_html(text, c), html_enc, "utf-8", "html")
        else:
            body = multipart("alternative", [text_part(text, enc, charset),
                                             text_part(m.get("html") or to_html(text, c), html_enc, "utf-8", "html")], c)
        if m.get("att"):
            body = multipart("mixed", [body] + [attachment(n, t) for n, t in m["att"]], c)
    return ("\n".join(h) + "\n" + body).encode("utf-8")


def label(i, m):
    return {"file": f"h{i:03d}.eml", "category": m["cat"], "auto_reply_ok": m["ok"], "uai": m["uai"],
            "region": m["reg"], "platform": m["plat"], "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]}


# ---------------------------------------------------------------- checks
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
CATS = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
        "subscription_activation", "head_of_establishment_request", "order_billing",
        "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
# shared/spec/regions.md
REGION_TABLE = {
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
    "guadeloupe": ("971", "ac-guadeloupe.fr"), "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"), "la-reunion": ("974", "ac-reunion.fr"), "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT, DOMAIN = {}, {}
for _slug, (_deps, _doms) in REGION_TABLE.items():
    for _d in _deps.split():
        DEPT[_d if len(_d) == 3 else "0" + _d] = _slug
    for _d in _doms.split():
        DOMAIN[_d] = _slug
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3}) ?(\d{4}) ?([A-Za-z])(?![0-9A-Za-z])")


def uai_valid(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def visible_text(msg):
    chunks = [str(msg.get("Subject", "")), str(msg.get("From", "")), str(msg.get("Cc", "") or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            chunks.append(part.get_content())
    return "\n".join(chunks)


def check():
    files = sorted(HERE.glob("h*.eml"))
    assert len(files) == 150, len(files)
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").read_text("utf-8").splitlines()]
    assert len(labels) == 150
    assert [lab["file"] for lab in labels] == [f.name for f in files]
    seen = set()
    langs = {"fr": 0, "en": 0}
    for lab, path in zip(labels, files):
        where = lab["file"]
        assert list(lab) == KEYS, where
        assert lab["category"] in CATS, where
        seen.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool), where
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, where
        assert lab["uai"] is None or uai_valid(lab["uai"]), where
        assert lab["region"] is None or lab["region"] in REGION_TABLE, where
        assert lab["platform"] is None or lab["platform"] in PLATFORMS, where
        assert isinstance(lab["hard"], bool), where
        assert lab["lang"] in langs, where
        langs[lab["lang"]] += 1
        notes = lab["notes"]
        assert isinstance(notes, str) and notes.strip() and "\n" not in notes, where

        raw = path.read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            assert not part.defects, (where, part.defects)
            for name, value in part.items():
                assert not getattr(value, "defects", None), (where, name, value.defects)
        for name in ("Message-ID", "Date", "From"):
            assert msg[name], (where, name)
        text = visible_text(msg)
        found = {"".join(g).upper() for g in UAI_RE.findall(text)}
        for code in found:
            if uai_valid(code):
                assert code == lab["uai"] or code in notes, (where, code)
            else:
                assert "wrong check letter" in notes and code in notes, (where, code)
        if "wrong check letter" in notes:
            wrong = [c for c in re.findall(r"\b\d{7}[A-Z]\b", notes) if c in found and not uai_valid(c)]
            assert wrong, where
        if lab["uai"]:
            assert lab["uai"] in re.sub(r"\s+", "", text).upper(), where
        sender = msg["From"].addresses[0].addr_spec.lower()
        expected = DEPT.get(lab["uai"][:3]) if lab["uai"] else DOMAIN.get(sender.split("@")[-1])
        assert lab["region"] == expected, (where, lab["region"], expected)
    assert seen == set(CATS), set(CATS) - seen
    assert 10 <= langs["en"] <= 25, langs
    return labels


def main():
    assert len(MAILS) == 150, len(MAILS)
    random.Random(1976).shuffle(MAILS)  # interleave the categories, deterministically
    for old in HERE.glob("h*.eml"):
        old.unlink()
    lines = []
    for i, m in enumerate(MAILS, 1):
        (HERE / f"h{i:03d}.eml").write_bytes(build(m))
        lines.append(json.dumps(label(i, m), ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    labels = check()
    counts = {c: sum(lab["category"] == c for lab in labels) for c in CATS}
    print("ok:", len(labels), "mails;", counts, "en:", sum(lab["lang"] == "en" for lab in labels),
          "hard:", sum(lab["hard"] for lab in labels))


if __name__ == "__main__":
    main()

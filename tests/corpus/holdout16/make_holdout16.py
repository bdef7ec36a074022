#!/usr/bin/env python3
"""Generate holdout16: 150 hand-written blind test mails (h001.eml .. h150.eml)
and labels.jsonl.  Standard library only.  Run: python3 make_holdout16.py"""
import base64, datetime, html, json, os, quopri, random
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(1616)
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def U(d):
    """Real-format UAI: 7 digits + computed check letter."""
    return d + LET[int(d) % 23]


def BAD(d):
    """Same digits with a deliberately wrong check letter."""
    return d + LET[(int(d) + 7) % 23]


DEPTS = {
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
}
PREFIX = {"0" + d: r for r, ds in DEPTS.items() for d in ds.split()}
PREFIX.update({"620": "corse", "720": "corse", "971": "guadeloupe", "972": "martinique",
               "973": "guyane", "974": "la-reunion", "976": "mayotte"})
ACAD = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est", "ac-strasbourg.fr": "grand-est",
    "ac-amiens.fr": "hauts-de-france", "ac-lille.fr": "hauts-de-france",
    "ac-creteil.fr": "ile-de-france", "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}
TZ = {"971": -4, "972": -4, "973": -3, "974": 4, "976": 3}


def region_of(uai, sender):
    if uai:
        return PREFIX[uai[:3]]
    return ACAD.get(sender.rsplit("@", 1)[-1].lower())


def eh(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def ea(name, addr):
    return "%s <%s>" % (eh(name), addr) if name else addr


def qp(text, cs):
    return quopri.encodestring(text.encode(cs, "replace")).decode("ascii")


def b64(text, cs="utf-8"):
    return base64.encodebytes(text.encode(cs)).decode("ascii")


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n, up=True):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if up else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RNG.choice(a) for _ in range(n))


def to_html(text, outlook=False):
    out, table = [], []

    def flush():
        if table:
            out.append('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">')
            for r in table:
                out.append("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in r.split("\t")) + "</tr>")
            out.append("</table>")
            table.clear()

    for line in text.split("\n"):
        if "\t" in line:
            table.append(line)
            continue
        flush()
        if line.startswith(">"):
            out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;padding-left:6px">%s</blockquote>'
                       % html.escape(line.lstrip("> ")))
        elif outlook:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(line) or "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (html.escape(line) or "<br>"))
    flush()
    return "\n".join(out)


OUTLOOK_HEAD = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
                '</head><body lang="FR" link="#0563C1"><div class="WordSection1">\n')


def cs_for(text, pref):
    try:
        text.encode(pref)
        return pref
    except UnicodeEncodeError:
        return "utf-8"


def body_for(client, text):
    """Return (list of content headers, body) for a given mail client."""
    b = "----=_Part_%s" % alnum(16)
    if client == "tb":
        return (["User-Agent: Mozilla Thunderbird", "Content-Type: text/plain; charset=UTF-8; format=flowed",
                 "Content-Transfer-Encoding: 8bit"], text)
    if client == "tb_latin":
        return (["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1",
                 "Content-Type: text/plain; charset=ISO-8859-1; format=flowed",
                 "Content-Transfer-Encoding: 8bit"], text.encode("latin-1", "replace").decode("latin-1"))
    if client in ("ol", "olh"):
        cs = cs_for(text, "iso-8859-1" if client == "ol" else "windows-1252")
        h = OUTLOOK_HEAD % cs + to_html(text, outlook=True) + "\n</div></body></html>\n"
        hdr = ["Thread-Index: AQH" + alnum(20, False), "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
               "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
        if client == "olh":
            return (hdr + ['Content-Type: text/html; charset="%s"' % cs, "Content-Transfer-Encoding: quoted-printable"], qp(h, cs))
        b = "_000_%s_" % alnum(30)
        return (hdr + ['Content-Type: multipart/alternative;\n boundary="%s"' % b],
                "--%s\nContent-Type: text/plain; charset=\"%s\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
                "--%s\nContent-Type: text/html; charset=\"%s\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n"
                % (b, cs, qp(text, cs), b, cs, qp(h, cs), b))
    if client == "gm":
        b = "000000000000" + hexid(16)
        h = '<div dir="ltr">' + to_html(text) + "</div>\n"
        return (['Content-Type: multipart/alternative; boundary="%s"' % b],
                "--%s\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
                "--%s\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n"
                % (b, qp(text, "utf-8"), b, qp(h, "utf-8"), b))
    if client == "ap":
        return (["X-Mailer: iPhone Mail (21E236)", "Content-Type: text/plain; charset=utf-8",
                 "Content-Transfer-Encoding: quoted-printable"], qp(text, "utf-8"))
    if client == "apm":
        b = "Apple-Mail=_%s" % alnum(8) + "-" + alnum(4) + "-" + alnum(12)
        h = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;">' + to_html(text) + "</body></html>\n"
        return (["X-Mailer: Apple Mail (2.3774.500.171.1.1)", 'Content-Type: multipart/alternative;\n\tboundary="%s"' % b],
                "--%s\nContent-Transfer-Encoding: quoted-printable\nContent-Type: text/plain;\n\tcharset=utf-8\n\n%s\n"
                "--%s\nContent-Transfer-Encoding: quoted-printable\nContent-Type: text/html;\n\tcharset=utf-8\n\n%s\n--%s--\n"
                % (b, qp(text, "utf-8"), b, qp(h, "utf-8"), b))
    if client == "zm":
        b = "=_%s" % hexid(32)
        h = '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">' + to_html(text) + "</div></body></html>\n"
        return (["X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF115 (Linux)/9.0.0_GA_4546)",
                 'Content-Type: multipart/alternative; boundary="%s"' % b],
                "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
                "--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n"
                % (b, qp(text, "utf-8"), b, qp(h, "utf-8"), b))
    if client == "an":
        b = "--_com.samsung.android.email_%d" % RNG.randint(10**9, 10**10)
        h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">' + to_html(text) + "</body></html>\n"
        return (['Content-Type: multipart/alternative;\n boundary="%s"' % b],
                "--%s\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: base64\n\n%s\n"
                "--%s\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n"
                % (b, b64(text), b, b64(h), b))
    if client == "oa":  # Outlook for Android / iOS, base64 plain text
        return (["X-Mailer: Outlook for Android", 'Content-Type: text/plain; charset="utf-8"',
                 "Content-Transfer-Encoding: base64"], b64(text))
    if client == "web":  # town-hall webmail, HTML only, base64
        h = "<html><body>" + to_html(text) + "</body></html>\n"
        return (["X-Mailer: Roundcube Webmail/1.6.6", "Content-Type: text/html; charset=UTF-8",
                 "Content-Transfer-Encoding: base64"], b64(h))
    raise ValueError(client)


CLIENT_MSGID = {
    "gm": lambda d: "<CA+%s@mail.gmail.com>" % alnum(40, False),
    "ol": lambda d: "<PR%sMB%s@PR3P264MB%s.FRAP264.PROD.OUTLOOK.COM>" % (alnum(4), alnum(20), alnum(4)),
    "olh": lambda d: "<%s@%s>" % (alnum(32), "EXCH-" + alnum(4) + "." + d),
}


def default_msgid(client, dom):
    if client in CLIENT_MSGID:
        return CLIENT_MSGID[client](dom)
    return "<%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(12), dom)


def transport(sender, dt, auth="pass", ip=None, extra_auth=None):
    dom = sender.rsplit("@", 1)[-1]
    ip = ip or "203.0.113.%d" % RNG.randint(2, 250)
    host = ("smtp%d." % RNG.randint(1, 6)) + dom
    if dom in ("gmail.com",):
        host = "mail-wr1-f%d.google.com" % RNG.randint(41, 70)
    if auth == "pass":
        a = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
             "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    elif auth == "none":
        a = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=neutral smtp.mailfrom=%s;\n"
             "\tdmarc=none header.from=%s" % (dom, dom))
    else:
        a = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=fail reason=\"signature verification failed\" header.d=%s;\n"
             "\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (dom, dom, dom))
    rcv = ("Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
           "\tfor <support@assistance.example.fr>; %s" % (host, host, ip, alnum(15), fmt(dt + datetime.timedelta(seconds=17))))
    return ["Delivered-To: support@assistance.example.fr", rcv, a]


def fmt(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S %z")


def render(m, dt):
    """Build the raw message text of a person-written mail (or a prepared raw one)."""
    if "raw" in m:
        return m["raw"](m, dt)
    sender = m["fa"]
    hdrs = ["Return-Path: <%s>" % (m.get("rp") or sender)]
    hdrs += transport(sender, dt, m.get("auth", "pass"))
    hdrs.append("From: " + ea(m["fn"], sender))
    hdrs.append("To: " + m.get("to", "support@assistance.example.fr"))
    if m.get("cc"):
        hdrs.append("Cc: " + m["cc"])
    if m.get("reply_to"):
        hdrs.append("Reply-To: " + m["reply_to"])
    hdrs.append("Subject: " + eh(m["s"]))
    hdrs.append("Date: " + fmt(dt))
    hdrs.append("Message-ID: " + default_msgid(m["cl"], sender.rsplit("@", 1)[-1]))
    if m.get("irt"):
        hdrs.append("In-Reply-To: " + m["irt"])
        hdrs.append("References: " + m["irt"])
    hdrs += m.get("xh", [])
    hdrs.append("MIME-Version: 1.0")
    ch, body = cal_body(m, dt) if m.get("ics") else body_for(m["cl"], m["b"])
    if m.get("att"):  # wrap into multipart/mixed with a small PDF-like attachment
        bm = "=_mixed_%s" % hexid(20)
        name = m["att"]
        inner = "\n".join(h for h in ch if h.lower().startswith("content-")) + "\n\n" + body
        ch = [h for h in ch if not h.lower().startswith("content-")] + ['Content-Type: multipart/mixed; boundary="%s"' % bm]
        pdf = b64("%PDF-1.4\n% scanned document " + name + "\n%%EOF\n", "latin-1")
        body = ("--%s\n%s\n--%s\nContent-Type: application/pdf; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
                "Content-Transfer-Encoding: base64\n\n%s--%s--\n" % (bm, inner, bm, name, name, pdf, bm))
    return "\n".join(hdrs + ch) + "\n\n" + body


MAILS = []


def M(c, ok, d, p, h, n, cl, fn, fa, s, b, lang="fr", bad=None, d2=None, **kw):
    """One person-written mail.  d: the 7 digits of the labelled UAI (or None)."""
    uai = U(d) if d else None
    rep = {"{UAI}": uai or "", "{uai}": (uai or "").lower(), "{BAD}": BAD(bad) if bad else "",
           "{UAI2}": U(d2) if d2 else ""}
    for k, v in rep.items():
        fa, s, b, n = fa.replace(k, v), s.replace(k, v), b.replace(k, v), n.replace(k, v)
        for key in ("cc", "reply_to"):
            if kw.get(key):
                kw[key] = kw[key].replace(k, v)
    m = dict(c=c, ok=ok, uai=uai, p=p, h=h, n=n, cl=cl, fn=fn, fa=fa, s=s, b=b.strip("\n") + "\n", lang=lang, **kw)
    MAILS.append(m)
    return m


# --------------------------------------------------------------------------
# Reusable pieces written for this set
DISC_VILLE = """Ce courriel et ses pièces jointes sont destinés exclusivement aux personnes ou services nommés ci-dessus et peuvent contenir des informations confidentielles. Si vous n'êtes pas le destinataire visé, toute lecture, copie, diffusion ou utilisation, même partielle, est strictement interdite : merci de prévenir l'expéditeur et de supprimer ce message de votre système. Les messages électroniques pouvant être altérés, la Ville ne saurait être tenue responsable de leur contenu une fois transmis. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification auprès du délégué à la protection des données de la collectivité.
Avant d'imprimer, pensez à l'environnement."""
DISC_PRIVE = """-----------------------------------------------------------------
AVIS DE CONFIDENTIALITE - Les informations contenues dans ce message électronique et dans ses éventuelles pièces jointes sont réservées à l'usage de leur(s) destinataire(s). Elles peuvent relever du secret professionnel. Si ce message vous est parvenu par erreur, nous vous remercions d'en informer l'expéditeur par retour de courriel et de le détruire sans en conserver de copie. L'Organisme de Gestion de l'Enseignement Catholique décline toute responsabilité en cas d'altération ou de falsification du présent message.
-----------------------------------------------------------------"""
DISC_REGION = """Ce message a été émis par un agent de la collectivité régionale. Son contenu n'engage que son auteur et ne constitue pas une décision administrative. Il est confidentiel et destiné aux seules personnes désignées en en-tête ; si vous l'avez reçu par erreur, merci de le signaler à son auteur et de l'effacer. La collectivité ne peut garantir l'intégrité de ce message ni l'absence de virus dans les pièces jointes, qu'il vous appartient de vérifier.
P Pensez à la planète : n'imprimez ce courriel que si nécessaire."""
DISC_EN = """This e-mail and any attachment are confidential and intended solely for the addressee. If you have received it in error, please notify the sender immediately and delete it; any unauthorised use, disclosure or copying is prohibited. E-mail transmission cannot be guaranteed to be secure or error-free."""

# ==========================================================================
# password_reset (23)
M("password_reset", True, "0291274", "esidoc", False,
  "Breton greeting over a French body; lost e-sidoc back-office password after a long leave, UAI in the body.",
  "tb", "Gwenaëlle Le Bihan", "gwenaelle.le-bihan@ac-rennes.fr", "Mot de passe portail documentaire",
  """Demat deoc'h,

Je reprends mon poste au CDI du collège Per-Jakez Hélias après un congé de plusieurs mois et je n'arrive plus du tout à entrer dans l'administration de notre portail e-sidoc. Le mot de passe que j'avais noté dans mon carnet est refusé.

Notre identifiant est {UAI}. Pouvez-vous me dire comment le réinitialiser ?

Trugarez vras,

Gwenaëlle Le Bihan
Professeure documentaliste
Collège Per-Jakez Hélias""")

M("password_reset", True, "0595318", "esidoc", False,
  "Typed fast without accents, typos; UAI only in the subject line written as 'RNE'.",
  "gm", "karim benali", "karim.benali59@gmail.com", "RNE {UAI} mot de passe e-sidoc",
  """bonjour

je suis le nouveau doc du lycee et personne ne m a transmis le mot de passe du back office esidoc. lancienne collegue est partie a la retraite et ne repond pas.
comment je peux faire pour en avoir un nouveau ?

merci bcp
karim""")

M("password_reset", True, "0691638", "esidoc", True,
  "Outlook multipart; the request is two lines, the UAI appears only in the signature, under a long confidentiality notice of a private school network.",
  "ol", "Bénédicte Arnaud", "b.arnaud@ensemble-scolaire-saint-joseph-lyon.fr", "Mot de passe expiré",
  """Bonjour,

Le site me dit que mon mot de passe a expiré et me demande l'ancien, que je ne retrouve pas. Pourriez-vous m'aider à en définir un nouveau pour l'administration du portail e-sidoc ?

Bonne journée,

""" + DISC_PRIVE + """

Bénédicte ARNAUD
Documentaliste - CDI
Ensemble scolaire Saint-Joseph - Lyon 7e
RNE : {UAI}""")

M("password_reset", True, "7200514", "esidoc", False,
  "Corsican greeting, short request from Outlook for Android (base64); Haute-Corse UAI prefix 720.",
  "oa", "Ghjuvanna Santoni", "ghjuvanna.santoni@ac-corse.fr", "Compte bloqué e-sidoc",
  """Bonghjornu,

Compte bloqué après trop d'essais sur e-sidoc. Collège de Cervioni, UAI {UAI}.
Vous pouvez me renvoyer un lien ?

Grazie
G. Santoni

Obtenir Outlook pour Android""")

M("password_reset", True, None, "espace_acheteur", False,
  "Occitan greeting; the buyer forgot his Espace Acheteur login and password; no UAI, region from the ac-toulouse.fr sender.",
  "zm", "Bernat Cazaux", "bernat.cazaux@ac-toulouse.fr", "Acces Espace Acheteur",
  """Adishatz,

Je suis gestionnaire adjoint au lycée agricole et je dois passer une commande avant la fin du mois sur l'Espace Acheteur, mais je ne me souviens ni de mon identifiant ni du mot de passe (je ne l'ai utilisé qu'une fois l'an dernier).

Pourriez-vous me réinitialiser l'accès ?

Cordialement,
Bernat Cazaux
Intendance""")

M("password_reset", True, "0672094", "esidoc", False,
  "English; forgotten e-sidoc admin password at an international section, UAI given as the username.",
  "tb", "Sarah Whitfield", "sarah.whitfield@ac-strasbourg.fr", "Forgotten password - library portal",
  """Hello,

I look after the library of the international section and I have forgotten the password for the e-sidoc administration pages. The username is our school code, {UAI}.

Could you please send me a reset link or tell me what to do?

Many thanks,
Sarah Whitfield
Teacher-librarian""", lang="en")

M("password_reset", False, None, "esidoc", True,
  "UAI written as {BAD}: wrong check letter, so no UAI; region from the ac-creteil.fr sender. The login cannot be confirmed, so a person checks.",
  "ol", "Thierry Mbappé-Nkoulou", "thierry.mbappe-nkoulou@ac-creteil.fr", "Réinitialisation mot de passe CDI",
  """Bonjour,

Je n'arrive plus à me connecter à l'interface de gestion e-sidoc du collège. Identifiant : {BAD}.
J'ai cliqué sur mot de passe oublié mais on me répond que l'identifiant est inconnu.

Merci de votre aide.

Thierry Mbappé-Nkoulou
Professeur documentaliste""", bad="0931482")

M("password_reset", False, "0311742", "esidoc", True,
  "Reply (Gmail French quote) to the automatic answer: the link went to the school's official mailbox which nobody forwards; she asks for it on her personal address instead. A person must take over.",
  "gm", "Laure Fabre", "laure.fabre.doc@gmail.com", "Re: [#SUP-010482] Mot de passe e-sidoc",
  """Bonjour,

Merci pour la réponse mais le secrétariat ne me transfère jamais rien de la boîte ce., ça fait trois jours que j'attends. Est-ce que vous pouvez envoyer le lien directement sur cette adresse-ci (ma boîte perso) ? Ce serait beaucoup plus simple.

Laure Fabre, CDI collège Jean-Jaurès ({UAI})

Le lun. 10 mars 2025 à 09:41, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de votre établissement (c***@ac-t*******.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance""", irt="<SUP-010482.1741596060.a1c9e2@assistance.example.fr>")

M("password_reset", False, "0442168", "ecoledirecte", True,
  "Lost EcoleDirecte administrator password; she says it is not the daily maintenance password (transfer_incident). No reset template for this product.",
  "ol", "Nadia Gourmelon", "secretariat.direction@college-saint-felix-nantes.fr", "Mot de passe administrateur EcoleDirecte perdu",
  """Bonjour,

Suite au départ de notre responsable informatique, plus personne ne connaît le mot de passe du compte administrateur EcoleDirecte de l'établissement.
Je précise qu'il ne s'agit pas du mot de passe de maintenance du jour (celui-là on sait le demander), mais bien du compte admin qui permet de gérer les profils.

Établissement : Collège Saint-Félix, Nantes - {UAI}

Merci d'avance,
Nadia Gourmelon
Secrétaire de direction""")

M("password_reset", False, "0561947", "esidoc", True,
  "Two topics: lost e-sidoc password (first, main) and the Europresse subscription not visible; one template answers only half.",
  "tb", "Yann Quéré", "yann.quere@ac-rennes.fr", "mot de passe + abonnement",
  """Bonjour,

Deux petites choses :
1) j'ai perdu le mot de passe de l'admin e-sidoc du lycée ({UAI}), le lien "oublié" m'envoie vers une adresse que je ne connais pas ;
2) l'abonnement Europresse commandé en janvier n'apparaît toujours pas dans le bloc ressources.

Merci pour votre aide,
Yann Quéré
Lycée Benjamin Franklin - CDI""")

M("password_reset", True, "0781649", "esidoc", False,
  "Outlook forward ('TR:') of the reset mail whose link has expired; asks for a fresh link.",
  "ol", "Isabelle Ferreira", "isabelle.ferreira@ac-versailles.fr", "TR: Réinitialisation de votre mot de passe",
  """Bonjour,

Je n'ai vu votre mail que ce matin et le lien ne fonctionne plus ("lien expiré"). Pouvez-vous m'en renvoyer un ?
Collège Les Tilleuls, {UAI}.

Merci,
Isabelle Ferreira

De : e-sidoc <no-reply@esidoc.example.fr>
Envoyé : vendredi 7 mars 2025 16:52
À : Ferreira Isabelle <isabelle.ferreira@ac-versailles.fr>
Objet : Réinitialisation de votre mot de passe

Vous avez demandé la réinitialisation de votre mot de passe. Ce lien est valable 12 heures.""")

M("password_reset", True, "0211853", "esidoc", True,
  "The UAI appears only in the ce.<UAI>@ac-dijon.fr sender address, in lower case; the secretariat asks for the link on that official address.",
  "zm", "Secrétariat Collège Gaston Roupnel", "ce.{uai}@ac-dijon.fr", "demande de lien mot de passe CDI",
  """Bonjour,

Notre documentaliste a oublié le mot de passe de l'administration du portail du CDI. Pourriez-vous envoyer un lien de réinitialisation sur la présente adresse, nous le lui transmettrons.

Bien cordialement,
Le secrétariat
Collège Gaston Roupnel""")

M("password_reset", True, None, "espace_acheteur", False,
  "New gestionnaire does not know the login of the Espace Acheteur; the mailbox is shared by the whole intendance. No UAI, non-academic sender.",
  "olh", "Intendance Lycée Descartes", "intendance@lycee-descartes-rennes.fr", "Identifiant oublié",
  """Bonjour,

Nous sommes trois à utiliser la même adresse intendance et personne ne sait quel identifiant avait été choisi pour l'Espace Acheteur. Le mot de passe non plus d'ailleurs...

Comment pouvons-nous récupérer l'accès ?

Merci
Martine Roussel, gestionnaire""")

M("password_reset", True, "0596318", "esidoc", True,
  "Short request on top; the internal exchange between the librarian and her principal's secretary is quoted below and holds the facts and the UAI.",
  "ol", "Corinne Delattre", "corinne.delattre@ac-lille.fr", "TR: accès e-sidoc",
  """Bonjour,

Voir l'échange ci-dessous : pouvez-vous nous aider à retrouver l'accès ?

Corinne Delattre

De : Secrétariat Principal <ce.{UAI}@ac-lille.fr>
Envoyé : mardi 11 mars 2025 10:05
À : Delattre Corinne
Objet : RE: accès e-sidoc

Corinne, je n'ai rien reçu sur la boîte du collège non plus. Je pense qu'il faut écrire directement au support, notre code est le {UAI}.

De : Delattre Corinne
Envoyé : mardi 11 mars 2025 09:12
À : Secrétariat Principal
Objet : accès e-sidoc

Bonjour Sylvie, je ne retrouve plus le mot de passe de l'admin du portail e-sidoc, le mien ne passe plus depuis les vacances. Tu as peut-être reçu quelque chose ?""")

M("password_reset", True, "9741432", "esidoc", False,
  "iPhone, quoted-printable; account locked after several wrong attempts; Réunion time zone.",
  "ap", "Jean-Marc Payet", "jean-marc.payet@ac-reunion.fr", "Compte verrouillé",
  """Bonjour

J'ai tapé plusieurs fois un mauvais mot de passe et maintenant le compte administrateur e-sidoc est verrouillé. Lycée de Saint-Paul, {UAI}.
Merci de me débloquer ou de m'envoyer un lien.

Jean-Marc Payet

Envoyé de mon iPhone""", tz="974")

M("password_reset", True, "0681247", "esidoc", False,
  "Alsatian greeting over a French body; the password is refused since the portal update; UAI in the signature.",
  "tb", "Odile Schaeffer", "odile.schaeffer@ac-strasbourg.fr", "Connexion e-sidoc impossible",
  """Salü mitenand,

Depuis la mise à jour de la semaine dernière, mon mot de passe pour la partie gestion du portail n'est plus accepté. Je voudrais le réinitialiser mais je ne sais plus quelle adresse est enregistrée chez vous.

Merci beaucoup et bonne journée !

Odile Schaeffer
Documentaliste - Collège du Florimont, Ingersheim
UAI {UAI}""")

M("password_reset", True, "0383519", "esidoc", True,
  "Negation: 'ce n'est pas un mail qui n'arrive pas' - the reset mail arrives but its link says it is expired; new link needed.",
  "gm", "Pauline Girard", "pauline.girard.cdi@gmail.com", "lien de réinitialisation expiré dès réception",
  """Bonjour,

Je précise tout de suite : ce n'est pas un problème de mail qui n'arrive pas, le mail de réinitialisation arrive bien. Mais quand je clique sur le lien, même une minute après, la page affiche "ce lien a expiré". J'ai recommencé trois fois.

Collège Le Grésivaudan, code {UAI}.

Pouvez-vous me générer un nouveau lien ?

Pauline Girard""")

M("password_reset", True, "0595107", "esidoc", False,
  "HTML-only Outlook; a CDI assistant cannot log in to the portal administration and asks for a reset.",
  "olh", "Patricia Lemaire", "patricia.lemaire@ac-lille.fr", "Perte mot de passe portail CDI",
  """Bonjour Madame, Monsieur,

Je suis assistante d'éducation affectée au CDI et j'ai perdu le mot de passe permettant de modifier le portail e-sidoc.
Le numéro de l'établissement est {UAI} (lycée Gambetta, Tourcoing).

Je vous remercie par avance.

Patricia Lemaire""")

M("password_reset", True, "0061542", "esidoc", False,
  "The reset mail goes to a departed colleague's address; non-academic sender; UAI in the body.",
  "tb", "Mireille Castel", "mireille.castel@laposte.net", "adresse de récupération obsolète",
  """Bonjour,

Quand je demande un nouveau mot de passe pour e-sidoc, le message part sur l'adresse de mon prédécesseur qui a quitté l'établissement en 2023. Je n'ai donc aucun moyen de le récupérer.

Collège Jean Médecin, Nice : {UAI}

Que faut-il faire ?
Mireille Castel""")

M("password_reset", False, "0341726", "esidoc", True,
  "Asks for the current password to be read out by phone or sent back to her free-mail address: never done; a person must answer.",
  "gm", "Agnès Roux", "agnes.roux34@gmail.com", "urgent mot de passe",
  """Bonjour,

C'est urgent, inspection demain au CDI. Pouvez-vous simplement me donner le mot de passe actuel du compte e-sidoc du collège ({UAI}) par retour de mail sur cette adresse, ou m'appeler au 06 71 42 18 03 pour me le dicter ?

Merci
Agnès Roux""")

M("password_reset", True, "9730824", "esidoc", False,
  "Samsung mail (base64 text and HTML); forgotten password; Guyane time zone.",
  "an", "Lucien Horth", "lucien.horth@ac-guyane.fr", "mot de passe oublie",
  """Bonsoir,
J'ai oublié le mot de passe du portail documentaire du collège, UAI {UAI}. Comment le récupérer ?
Merci
L. Horth

Envoyé depuis mon smartphone Samsung Galaxy.""", tz="973")

M("password_reset", True, "0134216", "esidoc", False,
  "Very plain request, UAI given as 'identifiant'.",
  "gm", "Sandrine Aubert", "sandrine.aubert@ac-aix-marseille.fr", "Mot de passe",
  """Bonjour, mot de passe oublié pour le compte administrateur du CDI. Identifiant : {UAI}. Merci de m'indiquer la procédure. S. Aubert""")

M("password_reset", True, "0451783", "esidoc", True,
  "The secretary writes from the ce.<UAI> address, saying the principal asked her to: relayed, not the head's own written request, so the ordinary reset path to the official address applies.",
  "ol", "Secrétariat de direction", "ce.{UAI}@ac-orleans-tours.fr", "Mot de passe CDI - collège Max Jacob",
  """Bonjour,

Madame la Principale m'a chargée de vous écrire : notre professeure documentaliste, Mme Hervé, ne parvient plus à se connecter à l'administration du portail e-sidoc (mot de passe oublié). Pouvez-vous adresser le lien de réinitialisation sur cette boîte ?

Collège Max Jacob - {UAI}

Cordialement,
Le secrétariat""")

# ==========================================================================
# missing_noreply_mail (17)
M("missing_noreply_mail", True, None, "espace_acheteur", False,
  "Gmail; the Espace Acheteur activation link never came; no anti-spam product named.",
  "gm", "Hélène Marchal", "helene.marchal.achats@gmail.com", "Pas de mail d'activation",
  """Bonjour,

Je me suis inscrite sur l'Espace Acheteur lundi pour la caisse des écoles, et je n'ai jamais reçu le mail avec le lien d'activation. J'ai regardé les spams, rien.

Merci de me dire quoi faire,
Hélène Marchal""")

M("missing_noreply_mail", True, "0921574", "espace_acheteur", False,
  "Outlook; new-password mail never arrives, junk folder checked; UAI in the signature.",
  "ol", "Stéphane Colin", "stephane.colin@ac-versailles.fr", "Mail nouveau mot de passe non reçu",
  """Bonjour,

J'ai fait trois demandes de nouveau mot de passe sur l'Espace Acheteur depuis hier. Aucun mail reçu, ni dans la boîte de réception ni dans les courriers indésirables.

Cordialement,

Stéphane Colin
Gestionnaire - Lycée Jean Monnet
{UAI}""")

M("missing_noreply_mail", True, "0633175", "espace_acheteur", True,
  "Names MailInBlack only to say the school's IT confirmed it is NOT installed: missing_noreply_mail, not mailinblack_spam.",
  "tb", "Franck Vidal", "franck.vidal@ac-clermont.fr", "Mail de confirmation jamais reçu",
  """Bonjour,

Je n'ai toujours pas reçu le mail de confirmation d'inscription de l'Espace Acheteur (demandé jeudi).
Avant que vous me posiez la question : notre DSI m'a confirmé que nous n'avons pas Mailinblack ni aucun autre filtre de ce genre, et rien n'est bloqué sur le serveur.

Lycée Blaise Pascal - {UAI}

Franck Vidal""")

M("missing_noreply_mail", True, None, "espace_acheteur", False,
  "Zimbra; offer alert notifications never received; no UAI, region from ac-nancy-metz.fr.",
  "zm", "Claudine Thiriet", "claudine.thiriet@ac-nancy-metz.fr", "Alertes offres",
  """Bonjour,

Je me suis abonnée aux alertes sur les nouvelles offres de l'Espace Acheteur il y a un mois et je ne reçois jamais rien, alors que des collègues d'autres établissements en reçoivent.

Merci de vérifier,
Claudine Thiriet
Secrétaire d'intendance""")

M("missing_noreply_mail", True, None, "ticket_portal", False,
  "The ticket portal's confirmation mail (to set a password) never arrived.",
  "tb", "Rémi Lacombe", "remi.lacombe@cite-scolaire-mistral.fr", "Portail de tickets : mail de confirmation",
  """Bonjour,

J'ai créé un compte sur votre portail de tickets pour suivre nos demandes, mais le mail de confirmation qui doit permettre de choisir un mot de passe n'est jamais arrivé (48 h maintenant).

Rémi Lacombe
Référent numérique""")

M("missing_noreply_mail", True, "0870931", "espace_acheteur", True,
  "Internal exchange with the school's IT quoted below (nothing in the server logs, no product named); the request on top is short.",
  "ol", "Véronique Dumas", "veronique.dumas@ac-limoges.fr", "TR: mails de la centrale",
  """Bonjour,

Comme vous le verrez plus bas, notre informaticien ne trouve aucune trace de vos messages. Nous n'avons jamais reçu le mail d'activation du compte Espace Acheteur du lycée ({UAI}). Pouvez-vous vérifier de votre côté ou nous le renvoyer ?

Véronique Dumas, gestionnaire

De : Maintenance informatique <maintenance@lycee-renoir-limoges.fr>
Envoyé : mercredi 12 mars 2025 14:20
À : Dumas Véronique
Objet : RE: mails de la centrale

J'ai regardé les journaux du serveur de messagerie sur les 5 derniers jours : aucun message venant de leur domaine. Ce n'est donc pas bloqué chez nous, il n'est jamais parti. Demande-leur de le renvoyer.
Olivier""")

M("missing_noreply_mail", False, None, "espace_acheteur", False,
  "Reply (Outlook 'Message d'origine') after the junk-folder answer: still nothing after 48 h; the template was already sent, a person must follow up. Region from ac-bordeaux.fr.",
  "ol", "Jérôme Lafitte", "jerome.lafitte@ac-bordeaux.fr", "RE: [#SUP-010377] Mail d'activation",
  """Bonjour,

J'ai suivi toutes vos consignes (indésirables, expéditeur autorisé) et toujours rien au bout de deux jours. Pouvez-vous transmettre à la région s'il vous plaît ?

Jérôme Lafitte

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 10 mars 2025 11:02
À : Lafitte Jérôme <jerome.lafitte@ac-bordeaux.fr>
Objet : [#SUP-010377] Mail d'activation

Bonjour, vérifiez votre dossier de courrier indésirable et ajoutez l'adresse d'envoi à vos expéditeurs approuvés. Sans nouvelles sous 48 h, nous transmettrons votre demande.""",
  irt="<SUP-010377.1741600920.77b0c1@assistance.example.fr>")

M("missing_noreply_mail", True, None, "espace_acheteur", False,
  "English; activation e-mail from the no-reply address never received.",
  "gm", "Daniel O'Connor", "d.oconnor@bilingual-school-bordeaux.org", "Activation email not received",
  """Hi,

I registered our school on the buyers' space on Tuesday but the activation email never reached me. I checked spam and "promotions". Could you resend it?

Best,
Daniel O'Connor
Bursar""", lang="en")

M("missing_noreply_mail", True, None, "espace_acheteur", False,
  "iPhone, two lines: still no confirmation mail since Friday.",
  "ap", "Aurélie Poulain", "aurelie.poulain@orange.fr", "Confirmation",
  """Toujours pas reçu le mail de confirmation pour l'espace acheteur depuis vendredi. Vous pouvez le renvoyer ?
Aurélie

Envoyé de mon iPhone""")

M("missing_noreply_mail", True, None, "espace_acheteur", False,
  "Town-hall buyer, HTML-only webmail (base64) with the commune's long disclaimer: account-creation mail never arrived.",
  "web", "Service Commande Publique", "commande.publique@ville-saint-avertin.fr", "Inscription Espace Acheteur - pas de mail reçu",
  """Bonjour,

La Ville a rempli le formulaire d'inscription à l'Espace Acheteur pour les achats des écoles maternelles et élémentaires. Le message annonçant qu'un mail allait suivre s'est affiché, mais nous n'avons rien reçu depuis une semaine.

Merci de votre retour.

Fabienne Morin
Service de la commande publique
Mairie de Saint-Avertin

""" + DISC_VILLE)

M("missing_noreply_mail", True, None, "espace_acheteur", True,
  "Reads like a password problem, but the 'mot de passe oublié' tool works and only its mail never arrives. Region from ac-amiens.fr.",
  "tb", "Olivier Caron", "olivier.caron@ac-amiens.fr", "Impossible de me connecter",
  """Bonjour,

Je n'arrive pas à me connecter à l'Espace Acheteur. J'ai bien cliqué sur "mot de passe oublié", la page me dit qu'un mail a été envoyé, mais ce mail n'arrive jamais (ni en indésirables). J'ai réessayé ce matin, pareil.

Olivier Caron
Adjoint gestionnaire""")

M("missing_noreply_mail", True, "0251639", "esidoc", False,
  "The activation mail of the customer account (needed before a first online order) never came.",
  "zm", "Nathalie Bourgeois", "nathalie.bourgeois@ac-besancon.fr", "Activation compte client",
  """Bonjour,

J'ai créé le compte client du collège pour commander en ligne des abonnements, mais je n'ai jamais reçu le mail d'activation qui devait arriver dans les 12 h.

Collège Victor Hugo, {UAI}

Cordialement,
Nathalie Bourgeois""")

M("missing_noreply_mail", True, "0341583", "espace_acheteur", False,
  "Occitan greeting; the structure administrator never receives the 'account to validate' notifications.",
  "tb", "Joan-Pèire Maurel", "jean-pierre.maurel@ac-montpellier.fr", "Notifications de validation",
  """Bonjorn a totes,

Je suis administrateur de structure pour le lycée sur l'Espace Acheteur. Deux collègues se sont inscrits la semaine dernière mais je n'ai reçu aucune notification me demandant de valider leurs comptes.

Lycée Joffre, Montpellier - {UAI}

Mercé plan,
J.-P. Maurel""")

M("missing_noreply_mail", True, None, "espace_acheteur", True,
  "Regional council IT writes for many lycées, long regional disclaimer; no automatic mail at all since the migration; no product named, no UAI, no académie domain.",
  "ol", "Mathieu Garnier", "mathieu.garnier@region-exemple.fr", "Non réception des courriels automatiques - lycées de la région",
  """Bonjour,

Plusieurs gestionnaires de lycées nous signalent qu'ils ne reçoivent plus aucun courriel automatique de l'Espace Acheteur (création de compte, nouveau mot de passe) depuis votre changement de plateforme.
Pouvez-vous nous indiquer l'adresse exacte d'expédition et les serveurs utilisés afin que nous vérifiions notre passerelle ?

Cordialement,

Mathieu Garnier
Direction du numérique éducatif - Pôle messagerie

""" + DISC_REGION)

M("missing_noreply_mail", True, None, "espace_acheteur", False,
  "Outlook for Android (base64), one line.",
  "oa", "Pascal Renard", "p.renard@college-sainte-anne-vannes.fr", "Mail activation",
  """Pas reçu le mail d'activation, vous pouvez le renvoyer svp ? Merci. P. Renard

Obtenir Outlook pour Android""")

M("missing_noreply_mail", True, "0781935", "espace_acheteur", True,
  "Gmail French forward of a colleague's message: the account was validated but the first-login link never came. UAI in the colleague's text.",
  "gm", "Emilie Texier", "emilie.texier@ac-versailles.fr", "Fwd: compte validé mais pas de lien",
  """Bonjour, je vous transfère le message de ma collègue, c'est pareil pour moi.
Emilie

---------- Forwarded message ---------
De : Carole Petit <carole.petit@ac-versailles.fr>
Date: mer. 12 mars 2025 à 17:03
Subject: compte validé mais pas de lien
To: Emilie Texier <emilie.texier@ac-versailles.fr>

Emilie, l'admin de structure a validé mon compte (j'ai eu la notif) mais le mail avec le lien sécurisé de première connexion n'est jamais arrivé. Lycée {UAI}. Tu peux écrire au support ?""")

M("missing_noreply_mail", True, None, "espace_acheteur", True,
  "The UAI written in the body, {BAD}, has a wrong check letter, so no UAI; personal address, so no region. The problem itself (no confirmation mail) needs no UAI.",
  "gm", "Rachid Haddad", "rachid.haddad13@gmail.com", "pas de mail de confirmation",
  """Bonjour,
je m'occupe des commandes du college ({BAD}) et je n'ai pas recu le mail de confirmation apres mon inscription sur l'espace acheteur. Spams vérifiés.
Merci
Rachid Haddad""", bad="0132745")

# ==========================================================================
# mailinblack_spam (13)
M("mailinblack_spam", True, "0831472", "espace_acheteur", False,
  "MailInBlack named; asks which senders to allow.",
  "tb", "Gilles Ferrand", "gilles.ferrand@ac-nice.fr", "Mailinblack et vos messages",
  """Bonjour,

Notre lycée est protégé par Mailinblack et vos messages de l'Espace Acheteur (activation, mot de passe) restent bloqués. Quelles adresses ou quel domaine faut-il autoriser ?

Gilles Ferrand
Responsable informatique - Lycée Bonaparte, Toulon
{UAI}""")

M("mailinblack_spam", True, None, "espace_acheteur", False,
  "Phone, no accents, product spelled 'mail in black'.",
  "an", "Sylvie Bertin", "sylvie.bertin@wanadoo.fr", "mail bloque",
  """bonjour je pense que le mail in black de la mairie bloque vos mails pour lespace acheteur, jai rien recu. comment faire ?
sylvie bertin

Envoyé depuis mon smartphone Samsung Galaxy.""")

M("mailinblack_spam", True, "0171493", "espace_acheteur", False,
  "IT forwards the Mailinblack challenge notice received when the school wrote to the platform's sender; product named.",
  "tb", "Support informatique", "informatique@lycee-merleau-ponty-rochefort.fr", "Fwd: message en attente Mailinblack",
  """Bonjour,

Ci-dessous la notification Mailinblack reçue : vos mails automatiques attendent une validation de l'expéditeur que personne ne fait, puisque c'est une adresse no-reply. Que nous conseillez-vous ?

Lycée Merleau-Ponty, {UAI}
Service informatique

-------- Message transféré --------
Sujet : Votre message est en attente de validation
De : Mailinblack <notification@mailinblack.example.com>

Votre message à intendance@lycee-merleau-ponty-rochefort.fr n'a pas encore été délivré. Pour le débloquer, confirmez que vous êtes bien un humain en cliquant sur le lien ci-dessous.""")

M("mailinblack_spam", True, "0602318", "espace_acheteur", True,
  "Internal exchange quoted below: the IT technician says MailInBlack is blocking; the request on top only asks which addresses to allow. The product is named only in the quoted part.",
  "ol", "Annick Lefèvre", "annick.lefevre@ac-amiens.fr", "TR: pas de mails de l'espace acheteur",
  """Bonjour,

Pourriez-vous nous donner les adresses d'expédition à mettre en liste blanche ? (voir la réponse de notre technicien ci-dessous)

Annick Lefèvre
Gestionnaire - Collège Jules Verne ({UAI})

De : Technicien TICE
Envoyé : jeudi 13 mars 2025 08:47
À : Lefèvre Annick
Objet : RE: pas de mails de l'espace acheteur

Bonjour Annick,
J'ai regardé : c'est bien Mailinblack qui met leurs messages en quarantaine, l'expéditeur n'a jamais validé le défi. Demande-leur la liste de leurs adresses d'envoi et je les ajouterai.
Bruno""")

M("mailinblack_spam", True, "0672381", "espace_acheteur", False,
  "English; MailInBlack quarantine holds the password mails.",
  "gm", "Thomas Keller", "t.keller@ac-strasbourg.fr", "MailInBlack quarantine",
  """Hello,

Our school uses MailInBlack and your password e-mails end up in its quarantine, so they expire before we release them. Which sender should we whitelist?

Thomas Keller
IT, Lycée international ({UAI})""", lang="en")

M("mailinblack_spam", False, "0442873", "espace_acheteur", True,
  "Two topics: activation mail held by Mailinblack (main) and an invoice question (order_billing); a single template answers only half.",
  "zm", "Catherine Guérin", "catherine.guerin@ac-nantes.fr", "Mailinblack + facture",
  """Bonjour,

1. Mailinblack bloque le mail d'activation de mon compte Espace Acheteur : comment faire pour le recevoir ?
2. Par ailleurs la facture de février ne correspond pas au devis signé (écart de 84 €), à qui dois-je m'adresser ?

Collège Anne de Bretagne {UAI}
Catherine Guérin, gestionnaire""")

M("mailinblack_spam", True, None, "espace_acheteur", False,
  "HTML-only Outlook from a town hall's IT: Mailinblack rolled out for the schools' mailboxes; long disclaimer.",
  "olh", "Direction des systèmes d'information", "dsi@mairie-lunel.fr", "Blocage Mailinblack - écoles",
  """Bonjour,

Nous avons déployé Mailinblack sur les boîtes des écoles de la commune. Depuis, les directeurs ne reçoivent plus les messages de l'Espace Acheteur. Merci de nous transmettre votre procédure de mise en liste blanche.

Cordialement,
Service informatique - Mairie de Lunel

""" + DISC_VILLE)

M("mailinblack_spam", True, None, "espace_acheteur", False,
  "MAILINBLACK in capitals, Zimbra; no UAI, region from ac-aix-marseille.fr.",
  "zm", "Marc Olivieri", "marc.olivieri@ac-aix-marseille.fr", "MAILINBLACK",
  """Bonjour
le MAILINBLACK de l'établissement retient tous vos mails, même après avoir cliqué sur "autoriser". La suite ?
M. Olivieri""")

M("mailinblack_spam", False, "0142719", "espace_acheteur", True,
  "The sender-authentication challenge is described (click to prove you are human, protected mailbox) without naming MailInBlack: the category fits but the product is not confirmed, so a person checks first.",
  "tb", "Hervé Lecoq", "herve.lecoq@ac-normandie.fr", "Vos mails demandent une vérification",
  """Bonjour,

Nos collègues reçoivent, à la place de vos mails, un message disant que notre messagerie est protégée et qu'il faut cliquer pour prouver qu'on est un humain avant de recevoir le mail. Sauf que c'est l'expéditeur qui doit cliquer, je crois... Du coup le mail de mot de passe ne vient jamais.

Collège Guillaume de Normandie, {UAI}
Hervé Lecoq""")

M("mailinblack_spam", True, "0563182", "espace_acheteur", False,
  "Breton greeting; the Mailinblack quarantine keeps the activation mails.",
  "gm", "Anna Le Gall", "anna.legall@ac-rennes.fr", "Quarantaine Mailinblack",
  """Demat,

Les mails d'activation de l'Espace Acheteur sont systématiquement placés en quarantaine par Mailinblack au lycée. Avez-vous un guide pour que notre informaticien les autorise ?

Kenavo,
Anna Le Gall
Lycée Dupuy de Lôme - {UAI}""")

M("mailinblack_spam", True, "0382947", "espace_acheteur", True,
  "Starts like a junk-folder case (junk folder checked) but Mail In Black is named: mailinblack_spam.",
  "ol", "Chantal Meunier", "chantal.meunier@ac-grenoble.fr", "mail non reçu",
  """Bonjour,

Je n'ai pas reçu le mail pour créer mon mot de passe. J'ai vérifié mes courriers indésirables : rien. Par contre j'ai un récapitulatif "Mail In Black" qui indique un message de votre part bloqué.

Chantal Meunier - Collège Stendhal ({UAI})""")

M("mailinblack_spam", True, "0591846", "espace_acheteur", True,
  "A table pasted from the Mailinblack report (date, sender, status) shows the platform's messages blocked; asks how to release them for good.",
  "ol", "Ludovic Wattez", "ludovic.wattez@ac-lille.fr", "Messages bloqués par Mailinblack",
  """Bonjour,

Voici l'extrait du rapport Mailinblack de cette semaine :

Date	Expéditeur	Objet	Statut
10/03/2025	no-reply@espace-acheteur.example.fr	Activation de votre compte	Bloqué
11/03/2025	no-reply@espace-acheteur.example.fr	Activation de votre compte	Bloqué
12/03/2025	no-reply@espace-acheteur.example.fr	Votre nouveau mot de passe	Bloqué

Comment faire pour que ces messages passent définitivement ?

Ludovic Wattez
Gestionnaire - Lycée Baggio ({UAI})""")

M("mailinblack_spam", True, None, None, False,
  "One line from an iPhone: blocked by Mailinblack, asks for the procedure. No platform named.",
  "ap", "Nicolas Perrin", "nicolas.perrin@free.fr", "Mailinblack",
  """Mailinblack bloque vos messages, vous pouvez m'envoyer la procédure ? Merci

Envoyé de mon iPhone""")

# ==========================================================================
# head_of_establishment_request (13)
M("head_of_establishment_request", False, "0311983", "espace_acheteur", False,
  "The proviseur, from the ce.<UAI> address, names a new structure administrator on the Espace Acheteur and asks to close the former one's access.",
  "zm", "Proviseur Lycée Déodat de Séverac", "ce.{UAI}@ac-toulouse.fr", "Changement d'administrateur Espace Acheteur",
  """Madame, Monsieur,

Je vous informe que Mme Sophie Carrère, nouvelle gestionnaire, devient administratrice de structure de notre établissement sur l'Espace Acheteur, à compter de ce jour. Je vous demande de supprimer les droits de M. Alain Pujol, muté à la rentrée.

Je vous prie d'agréer mes salutations distinguées.

Henri Lafont
Proviseur du lycée Déodat de Séverac
{UAI}""")

M("head_of_establishment_request", False, "0941537", "esidoc", False,
  "HTML-only Outlook letter with a long council disclaimer: the principal asks for a reset of the e-sidoc admin password, link to the school's official address, because the librarian has left.",
  "olh", "Principal Collège Jean Vilar", "principal.jean-vilar@ac-creteil.fr", "Demande de réinitialisation - portail e-sidoc",
  """Madame, Monsieur,

Notre professeur documentaliste a quitté l'établissement le 28 février sans transmettre les accès. En ma qualité de principal, je vous demande de réinitialiser le mot de passe administrateur du portail e-sidoc et d'envoyer le lien à l'adresse officielle du collège.

UAI : {UAI}

Avec mes remerciements,

Karim Saïdi
Principal du collège Jean Vilar, Villejuif

""" + DISC_VILLE)

M("head_of_establishment_request", False, None, "esidoc", False,
  "A primary-school director writes from a personal Gmail address with no UAI: weak evidence, staff must verify.",
  "gm", "Françoise Blanc", "francoise.blanc.ecole@gmail.com", "accord pour changer l'adresse du compte BCD",
  """Bonjour,

Je suis directrice de l'école élémentaire Les Marronniers à Chambéry. Je donne mon accord pour que l'adresse de contact du compte e-sidoc de la BCD soit remplacée par celle de l'école, l'ancienne enseignante ayant quitté l'école.

Françoise Blanc
Directrice""")

M("head_of_establishment_request", False, "0596843", None, True,
  "Claims to be the principal from the ce.<UAI> address, but SPF/DKIM/DMARC fail and Reply-To is a free-mail address; asks to move every admin account to that address. Probable spoof, still a head request for the queue, where staff should refuse it. Mentions both e-sidoc and the Espace Acheteur.",
  "ol", "Principal", "ce.{UAI}@ac-lille.fr", "URGENT - changement adresse administrateur",
  """Bonjour,

Je suis le principal de l'établissement. Merci de modifier dès aujourd'hui l'adresse de contact des comptes administrateurs e-sidoc et Espace Acheteur au profit de l'adresse principal.college.secure@gmail.com, notre messagerie académique étant en panne. Merci de confirmer à cette adresse.

Le Principal""", auth="fail", reply_to="principal.college.secure@gmail.com")

M("head_of_establishment_request", False, "0131846", "esidoc", True,
  "The proviseure authorises the librarian to validate the renewal order and attaches the signed bon d'engagement: order vocabulary throughout, but it is the head's written authorisation.",
  "ol", "Proviseure Lycée Thiers", "ce.{UAI}@ac-aix-marseille.fr", "Autorisation de commande - renouvellement abonnements",
  """Madame, Monsieur,

J'autorise Mme Laetitia Bonnet, professeure documentaliste, à valider en mon nom la commande de renouvellement des abonnements du CDI pour l'année 2025, selon le devis n° D-2025-0418. Vous trouverez ci-joint le bon d'engagement signé.

Lycée Thiers, Marseille - {UAI}

Marie-Christine Orsini
Proviseure""", att="bon_engagement_signe.pdf")

M("head_of_establishment_request", False, "6200472", "esidoc", False,
  "Corsican greeting; the principal of a Corse-du-Sud collège (prefix 620) asks to replace the admin contact address with the school's official one.",
  "tb", "Principal Collège de Porto-Vecchio", "ce.{UAI}@ac-corse.fr", "Adresse de contact du compte e-sidoc",
  """Bonghjornu,

En tant que chef d'établissement, je vous demande de remplacer l'adresse de contact associée au compte administrateur e-sidoc du collège par l'adresse officielle ce.{UAI}@ac-corse.fr, l'actuelle étant celle d'une personne partie.

Cordialement,
Paul-Antoine Ceccaldi
Principal""")

M("head_of_establishment_request", False, "0511738", "esidoc", False,
  "Reply with a Zimbra quote in which the proviseur gives the written request the desk asked for.",
  "zm", "Proviseur Lycée Clemenceau", "ce.{UAI}@ac-reims.fr", "Re: [#SUP-010291] Accès administrateur e-sidoc",
  """Bonjour,

Comme demandé, je confirme par écrit : merci de réinitialiser le mot de passe administrateur du portail e-sidoc du lycée et d'envoyer le lien sur cette adresse.

Bruno Hazard, proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: ce.{uai}@ac-reims.fr
Envoyé: Lundi 10 Mars 2025 15:10:42
Objet: [#SUP-010291] Accès administrateur e-sidoc

Bonjour, pour des raisons de sécurité, la réinitialisation doit être demandée par écrit par le chef d'établissement.""",
  irt="<SUP-010291.1741615842.0c13aa@assistance.example.fr>")

M("head_of_establishment_request", False, "0754392", "espace_acheteur", False,
  "English; the head of an international school names a new structure administrator.",
  "ol", "Jonathan Hale", "j.hale@ac-paris.fr", "New administrator for our buyer account",
  """Dear Sir or Madam,

As head of the Lycée international ({UAI}), I hereby appoint Ms Priya Raman, our new bursar, as administrator of our structure on the buyers' space, and I ask you to remove the rights of her predecessor, Mr Luc Besson.

Kind regards,
Jonathan Hale
Head of School

""" + DISC_EN, lang="en")

M("head_of_establishment_request", False, "0623184", "esidoc", True,
  "The librarian sends the principal's signed letter (PDF) with the principal in copy: the head's written request, relayed; staff must check the letter.",
  "tb", "Maryse Dhaussy", "maryse.dhaussy@ac-lille.fr", "Courrier du principal - réinitialisation e-sidoc",
  """Bonjour,

Vous trouverez ci-joint le courrier signé de M. le Principal demandant la réinitialisation du compte administrateur e-sidoc du collège ({UAI}). M. le Principal est en copie de ce message.

Maryse Dhaussy
Professeure documentaliste""", cc="ce.{UAI}@ac-lille.fr", att="courrier_principal_reinitialisation.pdf")

M("head_of_establishment_request", False, "0451629", "esidoc", False,
  "The principal confirms from his iPhone (Apple quote style) his librarian's request; personal academic address, not the ce. one.",
  "ap", "Denis Moreau", "denis.moreau1@ac-orleans-tours.fr", "Re: réinitialisation e-sidoc",
  """Je confirme la demande de Mme Lenoir, vous pouvez procéder à la réinitialisation.
D. Moreau, principal

Envoyé de mon iPhone

> Le 12 mars 2025 à 10:14, Lenoir Agathe <agathe.lenoir@ac-orleans-tours.fr> a écrit :
>
> Bonjour, je ne peux plus accéder à l'administration e-sidoc du collège ({UAI}). M. Moreau, pouvez-vous confirmer au support ?""")

M("head_of_establishment_request", False, "0572941", "espace_acheteur", True,
  "The proviseur's letter includes a table pasted from a spreadsheet (users to keep, add or remove on the Espace Acheteur) and names the new administrator.",
  "ol", "Proviseur Lycée Robert Schuman", "ce.{UAI}@ac-nancy-metz.fr", "Mise à jour des comptes de l'établissement",
  """Madame, Monsieur,

Suite aux mouvements de personnel, je vous demande de mettre à jour les comptes de notre structure sur l'Espace Acheteur comme suit, M. Weber devenant administrateur de structure :

Nom	Fonction	Action
WEBER Julien	Gestionnaire	Administrateur (nouveau)
KLEIN Monique	Ancienne gestionnaire	Supprimer
ZIMMER Paul	Secrétaire intendance	Conserver

Lycée Robert Schuman, Metz - {UAI}

Le proviseur,
François Muller""")

M("head_of_establishment_request", False, "0332647", "esidoc", False,
  "Head of a private school asks to revoke the access of a former librarian and to reset the admin password.",
  "gm", "Frère Jean-Baptiste Lacoste", "direction@institution-saint-genes.fr", "Retrait d'accès et réinitialisation",
  """Madame, Monsieur,

En ma qualité de chef d'établissement, je vous prie de retirer l'accès au portail e-sidoc de Mme Vidal, qui ne fait plus partie de nos équipes, et de réinitialiser le mot de passe du compte administrateur en envoyant le lien à la direction.

Institution Saint-Genès, Bordeaux - UAI {UAI}

Bien à vous,
Jean-Baptiste Lacoste
Directeur""")

M("head_of_establishment_request", False, "0671842", "esidoc", False,
  "Alsatian greeting; the principal asks in writing from the ce. address for the admin password to be reset and sent there.",
  "zm", "Principale Collège Hans Arp", "ce.{UAI}@ac-strasbourg.fr", "Demande écrite - mot de passe administrateur",
  """Grüess Gott,

Je suis la principale du collège Hans Arp. Je vous demande de bien vouloir réinitialiser le mot de passe administrateur de notre portail e-sidoc et d'en adresser le lien à cette adresse.

Mit freundlichen Grüssen / Cordialement,
Anne Ehrhart
Principale""")

# ==========================================================================
# order_billing (9)
M("order_billing", False, "0711583", "esidoc", False,
  "Asks for a formal quote for the subscriptions renewal, needed for the bon d'engagement.",
  "tb", "Roselyne Perret", "roselyne.perret@ac-dijon.fr", "Demande de devis renouvellement",
  """Bonjour,

Pourriez-vous m'établir un devis pour le renouvellement de nos abonnements (portail + Universalis) pour 2025-2026 ? Notre gestionnaire en a besoin pour faire le bon d'engagement.

Collège Pasteur, {UAI}
Roselyne Perret""")

M("order_billing", False, "0337216", "esidoc", False,
  "Invoice still not deposited on Chorus a month after the order was validated.",
  "ol", "Gestion Lycée Montaigne", "gestion@lycee-montaigne-bordeaux.fr", "Facture absente de Chorus Pro",
  """Bonjour,

Notre commande a été validée le 6 février mais aucune facture n'a été déposée sur Chorus Pro. Sans elle nous ne pouvons pas mandater.

SIRET / UAI : {UAI}

Cordialement,
Service gestion""")

M("order_billing", False, None, "espace_acheteur", True,
  "A town-hall buyer pastes a spreadsheet of five invoices and asks which are settled; the long commune disclaimer follows. order_billing though no single question word like 'devis'.",
  "web", "Finances Mairie de Pont-Audemer", "finances@ville-pont-audemer.fr", "Point sur nos factures",
  """Bonjour,

Pour la clôture, pouvez-vous nous confirmer l'état des factures suivantes (commandes passées via l'Espace Acheteur pour les écoles) ?

N° facture	Date	Montant TTC	Statut chez nous
FA-24-11872	14/11/2024	1 248,00	mandatée
FA-24-12203	02/12/2024	386,40	mandatée
FA-25-00417	20/01/2025	2 910,00	en attente
FA-25-00588	31/01/2025	154,80	non reçue
FA-25-00731	12/02/2025	640,00	non reçue

Merci d'avance.
Service des finances

""" + DISC_VILLE)

M("order_billing", False, "0881734", "esidoc", False,
  "Invoice received twice; asks to cancel the duplicate.",
  "zm", "Agnès Valentin", "agnes.valentin@ac-nancy-metz.fr", "Facture en double",
  """Bonjour,
Nous avons reçu deux fois la facture F2025-0192 (même montant, même date). Pouvez-vous annuler le doublon ?
Lycée Claude Gellée, {UAI}
A. Valentin""")

M("order_billing", False, None, "esidoc", False,
  "Private school asks whether it may pay by bank transfer and for the bank details; old Thunderbird, ISO-8859-1 8-bit.",
  "tb_latin", "Comptabilité Saint-Martin", "compta@ecole-saint-martin-angers.fr", "Reglement par virement",
  """Bonjour,

Nous sommes un établissement privé sous contrat : pouvons-nous régler la facture de l'abonnement par virement ? Si oui, merci de nous adresser votre RIB.

Cordialement,
Service comptabilité""")

M("order_billing", False, "0241638", "esidoc", False,
  "The saved basket disappeared before the order could be validated.",
  "gm", "Julie Mazeau", "julie.mazeau@ac-bordeaux.fr", "panier disparu",
  """Bonjour,

J'avais préparé un panier complet il y a trois semaines (abonnements de périodiques pour le CDI) en attendant l'accord du gestionnaire, et il a disparu. Faut-il tout refaire ?

Collège Eugène Le Roy {UAI}
Julie""")

M("order_billing", False, "0791543", "esidoc", False,
  "The bon d'engagement upload fails at order validation ('format non accepté').",
  "ol", "Eric Baudouin", "eric.baudouin@ac-poitiers.fr", "Impossible de joindre le bon d'engagement",
  """Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue avec le message "format non accepté". Le fichier est un PDF de 300 Ko.

Collège Jean Rostand - {UAI}
Eric Baudouin, gestionnaire""", att="BE_2025_044.pdf")

M("order_billing", False, None, "esidoc", False,
  "English Outlook reply (From:/Sent: block) asking for the invoice to be addressed to the finance office.",
  "ol", "Margaret Ellis", "m.ellis@british-school-paris.org", "RE: Your order 2025-3318",
  """Hello,

Could you please re-issue the invoice in the name of our Finance Office rather than the library? Our accountant cannot process it otherwise.

Thanks,
Margaret Ellis
Librarian

From: Assistance <support@assistance.example.fr>
Sent: Monday, March 10, 2025 2:15 PM
To: Margaret Ellis <m.ellis@british-school-paris.org>
Subject: Your order 2025-3318

Your order has been validated. The invoice will follow.""", lang="en")

M("order_billing", False, "0931674", "espace_acheteur", True,
  "Two topics: wrong amount on an invoice (main) and a convention missing from 'Mes Marchés' (contract_documents).",
  "tb", "Fatou Diallo", "fatou.diallo@ac-creteil.fr", "Facture erronée et convention",
  """Bonjour,

La facture reçue pour la commande de fournitures (marché 2024-087) fait apparaître 1 420 € au lieu des 1 240 € du bon de commande. Pouvez-vous la corriger ?
Accessoirement, la convention d'adhésion n'apparaît plus dans "Mes Marchés".

Fatou Diallo
Gestionnaire - Collège Paul Éluard ({UAI})""")

# ==========================================================================
# account_creation (9)
M("account_creation", True, None, "espace_acheteur", False,
  "New buyer asks how to create an account: the sign-up form answer fits.",
  "gm", "Lionel Giraud", "lionel.giraud@mairie-saint-jean-de-braye.fr", "Création de compte",
  """Bonjour,

Je viens d'arriver au service achats de la mairie. Comment créer un compte sur l'Espace Acheteur pour passer nos commandes de fournitures scolaires ?

Lionel Giraud""")

M("account_creation", True, "0141728", "espace_acheteur", False,
  "Filled the sign-up form, cannot log in: account waiting for the structure administrator (FAQ case).",
  "ol", "Morgane Lebrun", "morgane.lebrun@ac-normandie.fr", "Compte en attente",
  """Bonjour,

J'ai rempli le formulaire d'inscription avant-hier et quand je veux me connecter, un message indique que mon compte est en attente de validation. Est-ce normal ?

Morgane Lebrun
Lycée Malherbe, Caen - {UAI}""")

M("account_creation", True, "0192483", "espace_acheteur", True,
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; she wants to create one.",
  "zm", "Sophie Lagarde", "sophie.lagarde@ac-limoges.fr", "pas de mot de passe car pas de compte",
  """Bonjour,

Votre collègue au téléphone m'a parlé de réinitialiser mon mot de passe, mais je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte sur l'Espace Acheteur ! Je voudrais juste en créer un pour le collège.

Collège Bernadette Chirac, {UAI}
Sophie Lagarde""")

M("account_creation", True, None, "esidoc", False,
  "HTML-only Outlook; a new gestionnaire wants to open the customer account before a first order.",
  "olh", "Anne-Sophie Brunet", "as.brunet@college-notre-dame-valence.fr", "Ouverture d'un compte client",
  """Bonjour,

Nouvelle gestionnaire du collège, je souhaite ouvrir un compte client afin de commander en ligne les abonnements du CDI. Quelle est la démarche ?

Bien à vous,
Anne-Sophie Brunet""")

M("account_creation", False, None, "espace_acheteur", False,
  "Asks who the structure's administrator is: needs a look-up, so a person answers. Region from ac-lyon.fr.",
  "tb", "Cédric Fontaine", "cedric.fontaine@ac-lyon.fr", "Qui est l'administrateur ?",
  """Bonjour,

Mon compte doit être validé par l'administrateur de structure du lycée, mais personne ici ne sait qui c'est. Pouvez-vous me dire qui est déclaré chez vous ?

Cédric Fontaine""")

M("account_creation", False, "0172684", "espace_acheteur", False,
  "Account works; asks for order-management rights to be opened.",
  "ol", "Nicole Tessier", "nicole.tessier@ac-poitiers.fr", "Droits de commande",
  """Bonjour,

Je peux me connecter à l'Espace Acheteur mais je ne vois pas le bouton de commande. Pourriez-vous m'ouvrir les droits de gestion des commandes ?

Nicole Tessier, secrétaire d'intendance
Lycée Marcel Dassault - {UAI}""")

M("account_creation", False, "0721583", "esidoc", False,
  "The establishment's UAI is not in the list when opening the customer account: sent to the sales team.",
  "gm", "Arnaud Chevalier", "arnaud.chevalier@ac-nantes.fr", "UAI introuvable à l'inscription",
  """Bonjour,

En créant notre compte client, la liste déroulante ne propose pas notre établissement. Le code {UAI} est pourtant correct (lycée ouvert en septembre).

Arnaud Chevalier""")

M("account_creation", False, None, "espace_acheteur", False,
  "Account waiting for validation for three weeks; the administrator is on long sick leave: the region must step in. Region from ac-montpellier.fr.",
  "ap", "Valérie Cros", "valerie.cros@ac-montpellier.fr", "Validation de compte bloquée",
  """Bonjour,

Mon compte attend la validation de l'administratrice de structure depuis trois semaines. Elle est en arrêt longue maladie jusqu'à juin. Comment faire ?

Valérie Cros
Envoyé de mon iPad""")

M("account_creation", False, "0253186", "esidoc", False,
  "Asks whether both librarians can each have an administrator account.",
  "tb", "Damien Jacquot", "damien.jacquot@ac-besancon.fr", "deux comptes administrateurs ?",
  """Bonjour,

Nous sommes deux professeurs documentalistes au lycée. Est-il possible d'avoir chacun notre propre compte administrateur sur le portail, plutôt que de partager le même ?

Damien Jacquot - Lycée Louis Pergaud ({UAI})""")


def cal_body(m, dt):
    """Outlook / Google style meeting request: text, HTML and text/calendar METHOD:REQUEST."""
    ev = m["ics"]
    start = dt + datetime.timedelta(days=ev.get("days", 3))
    start = start.replace(hour=ev.get("hour", 10), minute=0, second=0)
    end = start + datetime.timedelta(minutes=ev.get("minutes", 30))
    z = lambda x: x.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:%s" % ev.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
        "ORGANIZER;CN=\"%s\":mailto:%s" % (m["fn"], m["fa"]),
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:support@assistance.example.fr",
        "UID:%s" % (hexid(32) + "@" + m["fa"].split("@")[1]), "SUMMARY:%s" % ev["summary"],
        "DTSTART:%s" % z(start), "DTEND:%s" % z(end), "DTSTAMP:%s" % z(dt),
        "LOCATION:%s" % ev.get("location", "Réunion Microsoft Teams"), "SEQUENCE:0", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR", ""])
    b = "_000_%s_" % alnum(30)
    h = "<html><body>" + to_html(m["b"]) + "</body></html>\n"
    return (['Content-Type: multipart/alternative;\n boundary="%s"' % b],
            "--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
            "--%s\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
            "--%s\nContent-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n"
            % (b, qp(m["b"], "utf-8"), b, qp(h, "utf-8"), b, b64(ics), b))


# ==========================================================================
# subscription_activation (9)
M("subscription_activation", True, "0491836", "esidoc", False,
  "Europresse ordered yesterday, not visible yet: within the 72-hour window.",
  "tb", "Céline Papin", "celine.papin@ac-nantes.fr", "Abonnement pas encore visible",
  """Bonjour,

Nous avons commandé hier l'abonnement Europresse pour le CDI, mais il n'apparaît pas encore dans nos ressources. Faut-il faire quelque chose de notre côté ?

Céline Papin
Lycée Chevrollier, {UAI}""")

M("subscription_activation", True, "0321574", "esidoc", False,
  "How to publish the newly activated resource on the portal so pupils see it.",
  "zm", "Thibault Dupuy", "thibault.dupuy@ac-toulouse.fr", "Publier une ressource",
  """Bonjour,

L'abonnement Universalis est bien actif d'après le gestionnaire, mais comment le publier sur la page d'accueil du portail pour que les élèves y aient accès ?

Collège Mathalin, Auch - {UAI}
Thibault Dupuy""")

M("subscription_activation", True, "0741583", "esidoc", True,
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  "ol", "Principal Collège Le Semnoz", "ce.{UAI}@ac-grenoble.fr", "Date de mise à disposition de l'abonnement",
  """Madame, Monsieur,

En tant que principal, je souhaiterais savoir quand l'abonnement commandé avant-hier pour le CDI sera accessible : notre documentaliste prévoit une séance avec les 3e la semaine prochaine.

Cordialement,
Guy Bouvier
Principal du collège Le Semnoz ({UAI})""")

M("subscription_activation", True, "0421874", "esidoc", False,
  "Renewed yesterday, still shown as expired in 'Mes abonnements'.",
  "gm", "Marion Faure", "marion.faure@ac-lyon.fr", "Abonnement toujours expiré",
  """Bonjour, le renouvellement a été payé hier mais "Mes abonnements" affiche encore "expiré" pour Cafeyn. Combien de temps faut-il attendre ? Lycée {UAI}. Merci ! Marion""")

M("subscription_activation", False, "0241839", "esidoc", True,
  "Ordered more than two weeks ago, still inactive: past the 72-hour rule, a person must look at the order. Breton greeting although the school is in Dordogne (the UAI decides the region).",
  "tb", "Erwan Kerboul", "erwan.kerboul@ac-bordeaux.fr", "Abonnement commandé il y a 15 jours",
  """Demat,

Nous avons passé commande de l'abonnement BNF Gallica+ il y a plus de deux semaines (commande validée le 24 février) et rien n'est toujours actif sur le portail.

Collège Arnaut Daniel, Ribérac - {UAI}

Erwan Kerboul""")

M("subscription_activation", True, "9741683", "esidoc", False,
  "Active subscription not visible to pupils through the ENT: publication step. Réunion time zone.",
  "ol", "Marie-Josée Hoarau", "marie-josee.hoarau@ac-reunion.fr", "Ressource invisible dans l'ENT",
  """Bonjour,

L'abonnement est actif côté administration, mais les élèves ne voient pas la ressource en se connectant par l'ENT. Est-ce une question de publication ?

Marie-Josée Hoarau
CDI Lycée Bellepierre - {UAI}""", tz="974")

M("subscription_activation", True, "0221748", "esidoc", True,
  "Negation: 'je n'ai pas de problème de mot de passe', login works; the ordered resource is not published for pupils.",
  "gm", "Soizic Riou", "soizic.riou@ac-rennes.fr", "Pas un souci de connexion !",
  """Bonjour,

Je n'ai pas de problème de mot de passe, je me connecte très bien à l'administration. Mon souci : la ressource Lirtuel commandée lundi n'apparaît nulle part côté élèves.

Soizic Riou
Collège Jacques Prévert, {UAI}""")

M("subscription_activation", True, "0592648", "esidoc", False,
  "English; subscription ordered two days ago, not yet available.",
  "apm", "Emma Clarke", "emma.clarke@ac-lille.fr", "Subscription not yet active",
  """Hello,

We ordered the Cafeyn subscription two days ago and it is not showing on our portal yet. Is there anything we need to do?

Thanks,
Emma Clarke
Lycée Faidherbe ({UAI})""", lang="en")

M("subscription_activation", False, "0763415", "esidoc", False,
  "Ordered in January, still not active in March: well past 72 hours, a person must check.",
  "olh", "Caroline Leroux", "caroline.leroux@ac-normandie.fr", "Abonnement toujours inactif",
  """Bonjour,

La commande de l'abonnement Universalis date du 20 janvier (payée) et l'accès n'est toujours pas ouvert. Pouvez-vous vérifier ?

Caroline Leroux - Lycée Jeanne d'Arc, Rouen ({UAI})""")

# ==========================================================================
# transfer_incident (10)
M("transfer_incident", False, "0692814", "ecoledirecte", False,
  "Last EcoleDirecte transfer is three days old; parents no longer see the absences.",
  "ol", "Vie scolaire", "vie-scolaire@ensemble-scolaire-fourviere.fr", "Transferts EcoleDirecte bloqués",
  """Bonjour,

Le dernier transfert vers EcoleDirecte date de vendredi. Depuis, les parents ne voient plus les absences ni les notes saisies.

Ensemble scolaire Fourvière - {UAI}
Vie scolaire""")

M("transfer_incident", False, None, "ecoledirecte", True,
  "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
  "tb", "Philippe Carré", "p.carre@college-saint-louis-lorient.fr", "mot de passe du jour",
  """Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois relancer la reconstruction des index de la base Charlemagne, les transferts plantent depuis ce matin.

Philippe Carré
Informatique""")

M("transfer_incident", False, "0562817", "ecoledirecte", False,
  "'Licence expirée' at start-up after a server change: licence to regenerate.",
  "gm", "Loïc Jaffré", "loic.jaffre@lycee-saint-joseph-vannes.fr", "Licence expirée",
  """Bonjour,
Depuis le changement de serveur ce week-end, Charlemagne affiche "licence expirée" au démarrage et plus aucun transfert ne part. Pouvez-vous régénérer la licence ?
Lycée Saint-Joseph, {UAI}
Loïc Jaffré""")

M("transfer_incident", False, None, "ecoledirecte", False,
  "The antivirus quarantines the transfer tool, so transfers no longer run.",
  "ol", "Service informatique", "informatique@ogec-sainte-marie.fr", "Antivirus et outil de transfert",
  """Bonjour,

Notre antivirus met en quarantaine l'exécutable de l'outil de transfert depuis sa dernière mise à jour. Les transferts vers EcoleDirecte ne partent plus. Quelle exclusion devons-nous ajouter ?

Service informatique - OGEC Sainte-Marie""")

M("transfer_incident", False, "0451873", "ecoledirecte", False,
  "New proxy: the transfer diagnostic fails on the connection test.",
  "zm", "Quentin Masson", "quentin.masson@lycee-saint-paul-orleans.fr", "Test de connexion en échec",
  """Bonjour,

Nous avons installé un nouveau pare-feu avec proxy. Le diagnostic de l'outil de transfert échoue sur le test de connexion. Quels paramètres proxy faut-il renseigner ?

Lycée Saint-Paul, {UAI}
Q. Masson""")

M("transfer_incident", False, "0593817", "ecoledirecte", True,
  "A Teams meeting request (text/calendar METHOD:REQUEST) whose body describes an EcoleDirecte transfer failure: the invitation is the vehicle, the request is a transfer incident.",
  "ol", "Benoît Delcourt", "benoit.delcourt@institution-saint-jude-armentieres.fr", "Visio : transferts EcoleDirecte en échec",
  """Bonjour,

Je vous propose un créneau en visio pour regarder ensemble nos transferts EcoleDirecte : depuis la réinstallation du serveur, chaque transfert s'arrête en erreur "réplication à réinitialiser". Institution Saint-Jude, UAI {UAI}.

Si le créneau ne convient pas, proposez-en un autre.

Benoît Delcourt
Responsable informatique
________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
ID de la réunion : 384 112 907 55""", ics={"summary": "Transferts EcoleDirecte en échec", "days": 2, "hour": 14})

M("transfer_incident", False, "0314268", "ecoledirecte", False,
  "Replication re-initialisation needed after a restore from backup.",
  "tb", "Sébastien Barthe", "s.barthe@lycee-caousou.fr", "Réplication après restauration",
  """Bonjour,

Suite à une restauration de la base d'hier, l'outil de transfert demande une réinitialisation de la réplication. Pouvez-vous la faire ou nous indiquer la marche à suivre ?

Lycée Le Caousou - {UAI}
Sébastien Barthe""")

M("transfer_incident", False, None, "ecoledirecte", False,
  "HTML-only Outlook: several transfer processes stuck in the task manager; transfers hang.",
  "olh", "Accueil Collège Saint-Exupéry", "accueil@college-saint-exupery-lyon.fr", "transfert bloqué",
  """Bonjour,

Le transfert tourne depuis ce matin sans jamais finir. Dans le gestionnaire des tâches on voit quatre fois le processus de l'outil de transfert. Faut-il tout arrêter ?

Merci
L'accueil""")

M("transfer_incident", False, None, "ecoledirecte", True,
  "Apple Mail forward ('Début du message réexpédié') of a parent's complaint by the head of a private school: grades no longer reach EcoleDirecte. Written by a head but not a head-of-establishment request.",
  "apm", "Directeur Collège Sainte-Thérèse", "direction@college-sainte-therese-rennes.fr", "Fwd: notes invisibles",
  """Bonjour,

Je vous fais suivre ce message d'une famille. Nos enseignants saisissent bien les notes mais plus rien n'arrive sur EcoleDirecte depuis mardi. Pouvez-vous regarder les transferts ?

Hubert Le Floch
Directeur

Début du message réexpédié :

De: Famille Morvan <famille.morvan@orange.fr>
Objet: notes invisibles
Date: 13 mars 2025 à 19:22:10 UTC+1
À: direction@college-sainte-therese-rennes.fr

Bonjour, nous ne voyons plus aucune note de notre fils sur EcoleDirecte depuis une semaine, est-ce normal ?""")

M("transfer_incident", False, "0673918", "ecoledirecte", False,
  "Alsatian greeting; the daily transfer stopped after a Windows update.",
  "gm", "Jérémie Ott", "jeremie.ott@lycee-prive-sainte-clotilde.fr", "Transferts arrêtés",
  """Salü,

Depuis la mise à jour Windows de mardi, le transfert quotidien vers EcoleDirecte ne se lance plus. Le journal indique "échec de connexion au service".

Lycée Sainte-Clotilde, Strasbourg - {UAI}
Jérémie Ott""")

# ==========================================================================
# contract_documents (7)
M("contract_documents", False, None, "espace_acheteur", False,
  "Market 2022-041 no longer found in 'Mes Marchés'.",
  "gm", "Hugo Lambert", "hugo.lambert@mairie-vierzon.fr", "Marché introuvable",
  """Bonjour,

Le marché 2022-041 (mobilier scolaire) n'apparaît plus dans "Mes Marchés" alors que nous y avons adhéré. Où puis-je retrouver les pièces ?

Hugo Lambert, service achats""")

M("contract_documents", False, "0672894", "espace_acheteur", False,
  "Amendment no. 1 of a market is missing from the contract documents.",
  "ol", "Monique Hoffmann", "monique.hoffmann@ac-strasbourg.fr", "Avenant manquant",
  """Bonjour,

L'avenant n° 1 du marché de photocopieurs (2023-015) annoncé par courrier en janvier n'est pas visible dans les documents du marché.

Monique Hoffmann - Lycée Kléber ({UAI})""")

M("contract_documents", False, "0532148", "espace_acheteur", False,
  "The membership convention opens as an empty file.",
  "tb", "Gaëlle Bouvet", "gaelle.bouvet@ac-nantes.fr", "Convention vide",
  """Bonjour,

Quand j'ouvre la convention d'adhésion dans l'Espace Acheteur, le PDF est vide (0 page). Pouvez-vous la remettre en ligne ?

Gaëlle Bouvet
Collège Réaumur, Laval - {UAI}""")

M("contract_documents", False, "0931845", "espace_acheteur", False,
  "Follow-up reply (Gmail quote): the CCAP is still missing after the region's answer.",
  "gm", "Yasmina Belkacem", "yasmina.belkacem@ac-creteil.fr", "Re: [#SUP-010144] CCAP manquant",
  """Bonjour,

Toujours pas de CCAP dans les documents du marché 2024-112, malgré votre réponse de la semaine dernière.

Yasmina Belkacem, collège Romain Rolland ({UAI})

Le mar. 4 mars 2025 à 16:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, la région a été informée et va remettre le document en ligne.""",
  irt="<SUP-010144.1741101600.f20c31@assistance.example.fr>")

M("contract_documents", False, None, "espace_acheteur", True,
  "Could see the conventions on the old platform, not on the new one: contract_documents, although the likely fix is access rights (close to account_creation).",
  "zm", "Bruno Marty", "bruno.marty@ac-montpellier.fr", "Conventions invisibles sur la nouvelle plateforme",
  """Bonjour,

Sur l'ancienne plateforme je consultais les conventions et les bordereaux de prix des marchés. Sur le nouvel Espace Acheteur je ne vois plus aucun document contractuel.

Bruno Marty""")

M("contract_documents", False, None, "espace_acheteur", True,
  "A town-hall buyer pastes a spreadsheet of markets with the missing pieces for each; long commune disclaimer.",
  "web", "Achats Ville de Fougères", "achats@ville-fougeres.fr", "Pièces de marchés non consultables",
  """Bonjour,

Plusieurs pièces ne sont pas consultables pour nos marchés :

Marché	Objet	Pièce manquante
2023-044	Fournitures scolaires	CCTP
2023-102	Manuels	Acte d'engagement
2024-017	Papeterie	Avenant n° 2

Pourriez-vous les remettre en ligne ?

Service des achats

""" + DISC_VILLE)

M("contract_documents", False, "0851493", "espace_acheteur", False,
  "The administrative certificate of a market cannot be downloaded (error message).",
  "ol", "Laurent Guillet", "laurent.guillet@ac-nantes.fr", "Attestation non téléchargeable",
  """Bonjour,

Impossible de télécharger l'attestation administrative du marché 2024-063 : la page affiche "document indisponible".

Laurent Guillet
Lycée Pierre Mendès-France, La Roche-sur-Yon - {UAI}""")

# ==========================================================================
# other (19)
M("other", False, None, None, False,
  "English SEO spam.",
  "gm", "Ryan Cole", "ryan.growthseo@gmail.com", "Boost your website ranking - first page guaranteed",
  """Hi there,

I was checking your website and noticed it is not ranking on the first page of Google for several important keywords. Our team can fix this in 30 days with white-hat link building. Prices start at $199/month.

Reply "YES" and I will send a free audit.

Ryan""", lang="en")

M("other", False, None, None, True,
  "Phishing: 'quota de messagerie dépassé, confirmez votre mot de passe'. Mentions a password but is not password_reset; the look-alike domain ac-lyon-messagerie.com is not an académie domain, so no region.",
  "web", "Service Messagerie Académique", "support@ac-lyon-messagerie.com", "Votre boîte aux lettres a atteint son quota",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la suppression de vos messages, confirmez votre identifiant et votre mot de passe dans les 24 heures en cliquant ici :
https://ac-lyon-messagerie.com/verification

Le service messagerie""", auth="fail")

M("other", False, None, None, False,
  "A parent asks for the school library's opening hours: wrong address, unrelated.",
  "gm", "Sabrina Lopes", "sabrina.lopes82@gmail.com", "horaires du CDI",
  """Bonjour,
Ma fille est en 6e et voudrait savoir si le CDI est ouvert le mercredi après-midi. Merci de me répondre.
Sabrina Lopes""")

M("other", False, None, "esidoc", True,
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-poitiers.fr.",
  "tb", "Annie Rivière", "annie.riviere@ac-poitiers.fr", "Re: [#SUP-010455] Mot de passe e-sidoc",
  """Merci beaucoup, le lien a fonctionné et j'ai pu choisir un nouveau mot de passe. Très bonne journée !
Annie Rivière

Le 11/03/2025 à 10:02, Assistance a écrit :
> Bonjour, un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue pour votre établissement. Il est valable 12 heures.""",
  irt="<SUP-010455.1741683720.9e0d4b@assistance.example.fr>")

M("other", False, None, None, False,
  "Cold sales prospecting for library shelving, written to one person (no list headers): other, not automated.",
  "ol", "Jean-Philippe Morel", "jp.morel@agencements-bibliotheques.fr", "Aménagement de vos CDI",
  """Bonjour,

Spécialistes de l'aménagement de CDI et de médiathèques depuis 1987, nous accompagnons les établissements dans la rénovation de leurs espaces (rayonnages, assises, bacs à albums). Seriez-vous disponible pour un échange de 15 minutes la semaine prochaine ?

Bien cordialement,
Jean-Philippe Morel
Responsable commercial Grand Ouest""")

M("other", False, None, None, False,
  "Unsolicited internship application with a CV.",
  "gm", "Inès Barbier", "ines.barbier.pro@gmail.com", "Candidature spontanée - stage assistant support",
  """Madame, Monsieur,

Étudiante en BTS SIO, je recherche un stage de 8 semaines à partir de mai. Votre service d'assistance m'intéresse beaucoup. Vous trouverez mon CV en pièce jointe.

Cordialement,
Inès Barbier""", att="CV_Ines_Barbier.pdf")

M("other", False, None, None, False,
  "GDPR erasure request from a former librarian: other (human review), not account_creation.",
  "tb", "Bernard Picard", "bernard.picard@laposte.net", "Suppression de mes données personnelles",
  """Bonjour,

Retraité depuis juin, je vous demande, en application du RGPD, de supprimer toutes les données personnelles me concernant (compte, nom, adresse mail) de vos services.

Bernard Picard""")

M("other", False, None, "espace_acheteur", False,
  "Wants to register for the Espace Acheteur webinar, the registration link fails: other.",
  "zm", "Claire Vincent", "claire.vincent@mairie-chinon.fr", "Inscription webinaire",
  """Bonjour,
Le lien d'inscription au webinaire de présentation de l'Espace Acheteur du 20 mars renvoie une erreur 404. Pouvez-vous m'inscrire directement ?
Claire Vincent""")

M("other", False, None, None, True,
  "Outlook meeting request (text/calendar METHOD:REQUEST) from a regional support colleague for the monthly coordination meeting: written by a person, no support question, so other. Region from ac-nantes.fr.",
  "ol", "Stéphanie Brault", "stephanie.brault@ac-nantes.fr", "Point mensuel coordination assistance",
  """Bonjour à tous,

Je vous propose notre point mensuel de coordination : bilan des tickets de février, point sur les délais de réponse et sur la campagne de renouvellement.

Stéphanie Brault
Coordination régionale""", ics={"summary": "Point mensuel coordination assistance", "days": 4, "hour": 11, "minutes": 60})

M("other", False, None, None, False,
  "Google Calendar invitation (text/calendar METHOD:REQUEST) from a vendor for a demo of its own product: a sales invitation, other; e-sidoc is only mentioned, the mail is about the vendor's product.",
  "gm", "Lucas Meyer", "lucas.meyer@lirenligne-edition.fr", "Invitation: Démo plateforme de lecture + intégration e-sidoc",
  """Bonjour,

Suite à notre échange au salon, voici une invitation pour la démonstration de notre plateforme de lecture numérique et de son intégration dans les portails e-sidoc.

Lucas Meyer
Lire en ligne Édition

Invitation de Google Agenda""", ics={"summary": "Démo plateforme de lecture", "days": 6, "hour": 15, "minutes": 45,
                                     "prodid": "-//Google Inc//Google Calendar 70.9054//EN", "location": "https://meet.google.com/xyz-abcd-efg"})

M("other", False, None, None, False,
  "Personal message sent to the desk by address autocomplete. Region from ac-grenoble.fr.",
  "ap", "Sophie Gauthier", "sophie.gauthier@ac-grenoble.fr", "samedi",
  """Coucou ! Toujours ok pour samedi ? J'apporte le gâteau, tu t'occupes des boissons ? Bises

Envoyé de mon iPhone""")

M("other", False, None, None, False,
  "Angry complaint about an unanswered request, with nothing said about the topic. Region from ac-dijon.fr.",
  "ol", "Gérard Lemoine", "gerard.lemoine@ac-dijon.fr", "Aucune réponse !!!",
  """Bonjour,

Cela fait TROIS semaines que j'ai écrit et toujours aucune réponse. C'est inadmissible pour un service d'assistance. J'attends un retour rapide.

G. Lemoine""")

M("other", False, None, None, False,
  "Asks by hand to be removed from the newsletter: written by a person, so not automated.",
  "gm", "Julien Dubois", "julien.dubois.gest@gmail.com", "désinscription",
  """Bonjour, merci de me retirer de votre liste de diffusion, je ne suis plus gestionnaire depuis janvier. Cordialement, J. Dubois""")

M("other", False, None, None, True,
  "Fake 'facture impayée' with a PDF attachment from an unknown domain and failing SPF/DMARC: phishing, not order_billing.",
  "web", "Service Recouvrement", "recouvrement@factures-relance-online.com", "Facture impayée n° 2025-88412 - dernier rappel",
  """Bonjour,

Sauf erreur de notre part, la facture n° 2025-88412 d'un montant de 1 872,00 € reste impayée. Merci de consulter le document joint et de procéder au règlement sous 48 heures afin d'éviter des frais de recouvrement.

Service Recouvrement""", auth="fail", att="Facture_2025-88412.pdf")

M("other", False, None, None, False,
  "'Bien reçu, merci.' from a phone: nothing to do. Region from ac-orleans-tours.fr.",
  "oa", "Pierre Lefranc", "pierre.lefranc@ac-orleans-tours.fr", "RE: [#SUP-010502] Votre demande",
  """Bien reçu, merci.

Obtenir Outlook pour iOS""", irt="<SUP-010502.1741770000.3f1b22@assistance.example.fr>")

M("other", False, None, "esignature", True,
  "The convention sent for e-signature carries a wrong establishment name; only the document's sender can fix it. About a convention, but not access to contract documents, so other. Region from ac-caen.fr.",
  "tb", "Josiane Hamel", "josiane.hamel@ac-caen.fr", "Erreur sur la convention à signer",
  """Bonjour,

J'ai reçu la convention à signer électroniquement, mais le nom de l'établissement est erroné (Lycée Victor Lépine au lieu de Lycée Victor Grignard). Je ne peux pas la signer en l'état. Pouvez-vous la corriger et me la renvoyer ?

Josiane Hamel""")

M("other", False, None, None, False,
  "A teacher asks for teaching resources on media literacy: unrelated to the services. Region from ac-bordeaux.fr.",
  "zm", "Mathilde Roche", "mathilde.roche@ac-bordeaux.fr", "Ressources EMI",
  """Bonjour,
Auriez-vous des ressources pédagogiques sur l'éducation aux médias pour des 4e (fake news, vérification des images) ?
Merci
Mathilde Roche, professeure de lettres""")

M("other", False, None, None, False,
  "English partnership pitch from an edtech start-up.",
  "gm", "Hannah Berg", "hannah@readwise-edtech.io", "Partnership opportunity",
  """Hi team,

I'm Hannah, co-founder of an edtech start-up building reading-comprehension tools for secondary schools. We'd love to explore a partnership with your platform. Do you have 20 minutes next week?

Best,
Hannah Berg""", lang="en")

M("other", False, None, "ticket_portal", False,
  "How to share a ticket with a colleague on the ticket portal: a how-to question with no category of its own. Region from ac-amiens.fr.",
  "ol", "Fabrice Lenglet", "fabrice.lenglet@ac-amiens.fr", "Partager un ticket",
  """Bonjour,

Sur le portail de tickets, est-il possible d'ajouter ma collègue comme observatrice sur un ticket que j'ai ouvert, pour qu'elle voie les réponses ?

Fabrice Lenglet""")

# ==========================================================================
# automated (21): raw messages built header by header


def A(n, p, h, lang, sender, rp, hdrs, content, auth="pass", msgid=None):
    def raw(m, dt):
        out = ["Return-Path: <%s>" % rp] + transport(sender, dt, auth)
        out += [x.replace("{DATE}", fmt(dt)) for x in hdrs]
        out.append("Date: " + fmt(dt))
        out.append("Message-ID: " + (msgid or "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), alnum(12), sender.split("@")[1])))
        out.append("MIME-Version: 1.0")
        return "\n".join(out) + "\n" + content.replace("{DATE}", fmt(dt))
    MAILS.append(dict(c="automated", ok=False, uai=None, p=p, h=h, n=n, fa=sender, lang=lang, raw=raw))


ORIG_SUP = """From: Assistance <support@assistance.example.fr>
To: {TO}
Subject: [#SUP-0{TICKET}] {SUBJ}
Date: {DATE}
Message-ID: <SUP-0{TICKET}.1741{TICKET}.{H}@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

"""

A("Postfix bounce (multipart/report delivery-status, original attached), null Return-Path: mailbox full.", None, False, "en",
  "MAILER-DAEMON@mx.college-les-hauts-de-plaisance.fr", "",
  ["From: Mail Delivery System <MAILER-DAEMON@mx.college-les-hauts-de-plaisance.fr>",
   "To: Assistance <support@assistance.example.fr>", "Subject: Undelivered Mail Returned to Sender",
   "Auto-Submitted: auto-replied"],
  """Content-Type: multipart/report; report-type=delivery-status;
 boundary="8K2mQ.1742201010/mx.college-les-hauts-de-plaisance.fr"

This is a MIME-encapsulated message.

--8K2mQ.1742201010/mx.college-les-hauts-de-plaisance.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.college-les-hauts-de-plaisance.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<cdi@college-les-hauts-de-plaisance.fr>: host 127.0.0.1[127.0.0.1] said:
    552 5.2.2 Mailbox full (in reply to RCPT TO command)

--8K2mQ.1742201010/mx.college-les-hauts-de-plaisance.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.college-les-hauts-de-plaisance.fr

Final-Recipient: rfc822; cdi@college-les-hauts-de-plaisance.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--8K2mQ.1742201010/mx.college-les-hauts-de-plaisance.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: cdi@college-les-hauts-de-plaisance.fr
Subject: [#SUP-010512] Votre abonnement est actif
Auto-Submitted: auto-replied

--8K2mQ.1742201010/mx.college-les-hauts-de-plaisance.fr--
""", auth="none")

A("Exchange Online non-delivery report in French ('Non remis :'), multipart/report, HTML explanation in base64.", None, False, "fr",
  "postmaster@ogec-notre-dame-lisieux.fr", "",
  ["From: Microsoft Outlook <postmaster@ogec-notre-dame-lisieux.fr>",
   "To: <support@assistance.example.fr>", "Subject: =?utf-8?q?Non_remis_=3A_=5B=23SUP-010533=5D_Lien_de_r=C3=A9initialisation?=",
   "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
  """Content-Language: fr-FR
Content-Type: multipart/report; report-type=delivery-status;
 boundary="ndr_b7d1c0f2-7a44-4b83-9a0d-1f0a3c55e812"

--ndr_b7d1c0f2-7a44-4b83-9a0d-1f0a3c55e812
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

""" + b64("<html><body><p><b>Votre message n'a pas pu être remis à la destinataire suivante :</b></p>"
          "<p>s.lemarchand@ogec-notre-dame-lisieux.fr</p><p>L'adresse de messagerie n'existe pas dans l'organisation de destination. "
          "Vérifiez l'adresse puis renvoyez le message.</p></body></html>") + """
--ndr_b7d1c0f2-7a44-4b83-9a0d-1f0a3c55e812
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB3812.FRAP264.PROD.OUTLOOK.COM

Final-recipient: rfc822;s.lemarchand@ogec-notre-dame-lisieux.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ndr_b7d1c0f2-7a44-4b83-9a0d-1f0a3c55e812--
""")

A("Exchange out-of-office in French from an ac-versailles.fr address (Auto-Submitted, X-Auto-Response-Suppress); mentions the e-sidoc portal but asks nothing. Region from the sender domain.", None, False, "fr",
  "nathalie.vasseur@ac-versailles.fr", "nathalie.vasseur@ac-versailles.fr",
  ["From: Vasseur Nathalie <nathalie.vasseur@ac-versailles.fr>", "To: Assistance <support@assistance.example.fr>",
   "Subject: =?iso-8859-1?q?R=E9ponse_automatique=A0=3A_=5B=23SUP-010541=5D_Mot_de_passe_e-sidoc?=",
   "In-Reply-To: <SUP-010541.1741851200.7c0e19@assistance.example.fr>",
   "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
   "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
  """Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Bonjour,

Je suis absente du CDI jusqu'au 24 mars. Pour toute question concernant le portail e-sidoc ou les mots de passe des élèves, merci de vous adresser à la vie scolaire.

Nathalie Vasseur
""", "iso-8859-1"))

A("Zimbra vacation reply from an ac-montpellier.fr mailbox: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the sender domain.", None, False, "fr",
  "helene.bousquet@ac-montpellier.fr", "helene.bousquet@ac-montpellier.fr",
  ["From: Helene Bousquet <helene.bousquet@ac-montpellier.fr>", "To: support@assistance.example.fr",
   "Subject: =?utf-8?q?Absence_-_Re=3A_=5B=23SUP-010548=5D_Abonnement_activ=C3=A9?=",
   "Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk", "X-Mailer: Zimbra 9.0.0_GA_4546"],
  """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("Je suis en stage de formation jusqu'au 21 mars inclus. Je traiterai votre message à mon retour.\nHélène Bousquet\n", "utf-8"))

A("English Gmail vacation responder (Auto-Submitted: auto-replied).", None, False, "en",
  "d.oconnor@bilingual-school-bordeaux.org", "d.oconnor@bilingual-school-bordeaux.org",
  ["From: Daniel O'Connor <d.oconnor@bilingual-school-bordeaux.org>", "To: support@assistance.example.fr",
   "Subject: Out of office Re: [#SUP-010561] Activation email", "Auto-Submitted: auto-replied"],
  """Content-Type: multipart/alternative; boundary="0000000000008c3f1a06302e5b77"

--0000000000008c3f1a06302e5b77
Content-Type: text/plain; charset="UTF-8"

I am away on a school trip until 18 March with limited access to e-mail. For urgent matters please contact the front office.

--0000000000008c3f1a06302e5b77
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">I am away on a school trip until 18 March with limited access to e-mail. For urgent matters please contact the front office.</div>

--0000000000008c3f1a06302e5b77--
""", msgid="<CAvacation%s@mail.gmail.com>" % alnum(20, False))

A("Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. It mentions an order and an invoice.", None, True, "fr",
  "gestion@college-saint-pierre-brive.fr", "gestion@college-saint-pierre-brive.fr",
  ["From: Gestion Collège Saint-Pierre <gestion@college-saint-pierre-brive.fr>".replace("Collège", "College"),
   "To: support@assistance.example.fr", "Subject: Absence du service gestion"],
  """Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Ceci est une réponse automatique.

Le service gestion est fermé pendant les congés du 14 au 28 mars. Les commandes et factures reçues pendant cette période seront traitées à notre retour.

Le service gestion
""", "utf-8"))

A("Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from ac-nantes.fr.", None, False, "fr",
  "celine.papin@ac-nantes.fr", "celine.papin@ac-nantes.fr",
  ["From: Papin Celine <celine.papin@ac-nantes.fr>", "To: Assistance <support@assistance.example.fr>",
   "Subject: Lu : [#SUP-010570] Abonnement pas encore visible"],
  """Content-Type: multipart/report; report-type=disposition-notification;
 boundary="_rr_0b1c7f3e_"

--_rr_0b1c7f3e_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

""" + qp("Votre message\n\n  Objet : [#SUP-010570] Abonnement pas encore visible\n\na été lu le {DATE}.\n", "iso-8859-1") + """
--_rr_0b1c7f3e_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; celine.papin@ac-nantes.fr
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: 4hQ2mC2p0kO8sK1v3dWbvQ==

--_rr_0b1c7f3e_--
""")

A("Thunderbird return receipt in English, multipart/report disposition-notification.", None, False, "en",
  "m.ellis@british-school-paris.org", "m.ellis@british-school-paris.org",
  ["From: Margaret Ellis <m.ellis@british-school-paris.org>", "To: support@assistance.example.fr",
   "Subject: Return Receipt (displayed) - [#SUP-010577] Invoice re-issued", "User-Agent: Mozilla Thunderbird"],
  """Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------rr7cQ2n1VbX0"

This is a cryptographically unsigned message in MIME format.
--------------rr7cQ2n1VbX0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to m.ellis@british-school-paris.org.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer.
--------------rr7cQ2n1VbX0
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline

Reporting-UA: british-school-paris.org; Mozilla Thunderbird
Final-Recipient: rfc822;m.ellis@british-school-paris.org
Disposition: manual-action/MDN-sent-manually; displayed

--------------rr7cQ2n1VbX0--
""")

A("Publisher newsletter: List-Id, List-Unsubscribe one-click, Precedence: bulk. Talks about subscriptions but is a mailing.", None, False, "fr",
  "lettre@news.editions-lirenligne.fr", "bounce-4471-q2@news.editions-lirenligne.fr",
  ["From: =?utf-8?q?Lire_en_ligne_=C3=89dition?= <lettre@news.editions-lirenligne.fr>", "To: support@assistance.example.fr",
   "Subject: =?utf-8?q?Printemps_des_po=C3=A8tes_=3A_nos_s=C3=A9lections_pour_le_CDI?=",
   "List-Id: Lettre d'information <lettre.news.editions-lirenligne.fr>",
   "List-Unsubscribe: <https://news.editions-lirenligne.fr/u/4471>, <mailto:unsubscribe-4471@news.editions-lirenligne.fr>",
   "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
  """Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""<html><body><h1>Printemps des poètes</h1><p>Découvrez nos sélections de recueils numériques pour vos élèves, disponibles dès aujourd'hui avec votre abonnement.</p>
<p><a href="https://news.editions-lirenligne.fr/u/4471">Se désinscrire</a></p></body></html>
""", "utf-8"), auth="pass")

A("A documentalist's real question about MailInBlack posted to an academic mailing list the desk is subscribed to (Sympa: List-Id, Precedence: list): not written to us, never answered. Region from the ac-rennes.fr sender.", None, True, "fr",
  "morgane.tanguy@ac-rennes.fr", "docs-bretagne-owner@listes.ac-rennes.fr",
  ["From: Morgane Tanguy <morgane.tanguy@ac-rennes.fr>", "To: docs-bretagne@listes.ac-rennes.fr",
   "Subject: [docs-bretagne] Mailinblack et mails de la centrale d'achat ?",
   "List-Id: <docs-bretagne.listes.ac-rennes.fr>", "List-Post: <mailto:docs-bretagne@listes.ac-rennes.fr>",
   "List-Unsubscribe: <mailto:sympa@listes.ac-rennes.fr?subject=unsubscribe%20docs-bretagne>", "Precedence: list",
   "X-Loop: docs-bretagne@listes.ac-rennes.fr", "Sender: docs-bretagne-request@listes.ac-rennes.fr"],
  """Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("""Bonjour à toutes et tous,

Depuis que notre collège est passé sous Mailinblack, je ne reçois plus les mails d'activation de l'Espace Acheteur. Quelqu'un a-t-il trouvé comment les débloquer ?

Merci !
Morgane, collège de Landerneau
_______________________________________________
docs-bretagne - liste des professeurs documentalistes de l'académie
""", "utf-8"))

A("No-reply notification to the desk: a new account awaits validation on the Espace Acheteur. Auto-Submitted: auto-generated.", "espace_acheteur", False, "fr",
  "no-reply@espace-acheteur.example.fr", "bounces@espace-acheteur.example.fr",
  ["From: Espace Acheteur <no-reply@espace-acheteur.example.fr>", "To: support@assistance.example.fr",
   "Subject: Nouveau compte en attente de validation", "Auto-Submitted: auto-generated"],
  """Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Bonjour,

Un nouvel utilisateur (Mairie de Saint-Avertin) a créé un compte et attend la validation d'un administrateur de structure.

Valider le compte : https://espace-acheteur.example.fr/admin/comptes

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", "utf-8"))

A("E-signature 'document signé' notification: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.", "esignature", True, "fr",
  "noreply@esignature.example.fr", "noreply@esignature.example.fr",
  ["From: Signature électronique <noreply@esignature.example.fr>".replace("Signature électronique", "=?utf-8?q?Signature_=C3=A9lectronique?="),
   "To: support@assistance.example.fr", "Subject: =?utf-8?q?Document_sign=C3=A9_par_toutes_les_parties?="],
  """Content-Type: multipart/alternative; boundary="esig_7f1a"

--esig_7f1a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Le document « Convention d'adhésion 2025 - Lycée Victor Grignard » a été signé par toutes les parties.
Vous pouvez le télécharger depuis votre espace : https://esignature.example.fr/d/8841f2

Ceci est un message automatique.
""", "utf-8") + """
--esig_7f1a
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""<html><body><p>Le document <b>« Convention d'adhésion 2025 - Lycée Victor Grignard »</b> a été signé par toutes les parties.</p><p><a href="https://esignature.example.fr/d/8841f2">Télécharger</a></p><p>Ceci est un message automatique.</p></body></html>
""", "utf-8") + """
--esig_7f1a--
""")

A("Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.", "ticket_portal", False, "fr",
  "notifications@tickets.example.fr", "notifications@tickets.example.fr",
  ["From: Portail de tickets <notifications@tickets.example.fr>", "To: support@assistance.example.fr",
   "Subject: =?utf-8?q?=5BTicket_48213=5D_Mise_=C3=A0_jour_=3A_r=C3=A9g=C3=A9n=C3=A9ration_de_licence?=",
   "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  """Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Le ticket 48213 « régénération de licence » a été mis à jour par l'éditeur.
Statut : en cours de traitement

Consulter le ticket : https://tickets.example.fr/t/48213
Ne répondez pas à ce message.
""", "utf-8"))

A("Outlook meeting response 'Accepté :' (text/calendar METHOD:REPLY) to the desk's invitation: generated by the client when the attendee clicks, no Auto-Submitted. Region from ac-lyon.fr.", None, True, "fr",
  "marion.faure@ac-lyon.fr", "marion.faure@ac-lyon.fr",
  ["From: Faure Marion <marion.faure@ac-lyon.fr>", "To: Assistance <support@assistance.example.fr>",
   "Subject: =?utf-8?q?Accept=C3=A9=C2=A0=3A_Formation_publication_des_ressources?=",
   "Thread-Topic: Formation publication des ressources", "Content-Class: urn:content-classes:calendarmessage"],
  """Content-Type: multipart/alternative; boundary="_000_calreply_"

--_000_calreply_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit


--_000_calreply_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

""" + b64("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
          "ATTENDEE;PARTSTAT=ACCEPTED;CN=Faure Marion:mailto:marion.faure@ac-lyon.fr\r\n"
          "SUMMARY;LANGUAGE=fr-FR:Accepté : Formation publication des ressources\r\nDTSTART:20250320T090000Z\r\n"
          "DTEND:20250320T100000Z\r\nUID:040000008200E00074C5B7101A82E0080000000001f4\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n") + """
--_000_calreply_--
""")

A("Google Calendar event reminder ('Notification : ... à 14:00'), auto-generated.", None, False, "fr",
  "calendar-notification@google.com", "3abc-calendar-notification@google.com",
  ["From: Google Agenda <calendar-notification@google.com>", "To: support@assistance.example.fr",
   "Subject: =?utf-8?q?Notification_=3A_D=C3=A9mo_plateforme_de_lecture_=40_mer_19_mars_2025_15=3A00?=",
   "Auto-Submitted: auto-generated"],
  """Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Ceci est un rappel de l'événement suivant.

Démo plateforme de lecture
Quand : mercredi 19 mars 2025 15:00 - 15:45 (heure normale d'Europe centrale - Paris)
Participer : https://meet.google.com/xyz-abcd-efg

Invitation de Google Agenda
Vous recevez ce rappel car vous avez activé les notifications pour cet agenda.
""", "utf-8"))

A("Another help desk's automatic acknowledgement (Auto-Submitted: auto-replied, X-Loop): answering would start a mail loop. Region from the ac-grenoble.fr sender.", None, False, "fr",
  "assistance-dane@ac-grenoble.fr", "assistance-dane@ac-grenoble.fr",
  ["From: Assistance DANE <assistance-dane@ac-grenoble.fr>", "To: support@assistance.example.fr",
   "Subject: =?utf-8?q?=5BDANE-77451=5D_Accus=C3=A9_de_r=C3=A9ception_de_votre_demande?=",
   "Auto-Submitted: auto-replied", "X-Loop: assistance-dane@ac-grenoble.fr", "X-Auto-Response-Suppress: All"],
  """Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Bonjour,

Votre demande a bien été enregistrée sous le numéro DANE-77451. Elle sera traitée dans les meilleurs délais.
Merci de ne pas répondre à ce message automatique.

L'assistance de la DANE
""", "utf-8"))

A("Gmail 'Delivery Status Notification (Failure)': multipart/report with text/rfc822-headers only.", None, False, "en",
  "mailer-daemon@googlemail.com", "",
  ["From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: support@assistance.example.fr",
   "Subject: Delivery Status Notification (Failure)", "Auto-Submitted: auto-replied"],
  """Content-Type: multipart/report; boundary="000000000000f1c6a7063021ba45"; report-type=delivery-status

--000000000000f1c6a7063021ba45
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to agnes.roux34@gmial.com because the domain gmial.com couldn't be found.

--000000000000f1c6a7063021ba45
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; agnes.roux34@gmial.com
Action: failed
Status: 5.1.2

--000000000000f1c6a7063021ba45
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
Subject: [#SUP-010590] Votre demande
Auto-Submitted: auto-replied

--000000000000f1c6a7063021ba45--
""", auth="none")

A("Exim delay warning ('Warning: message delayed', Action: delayed): not a failure, still automatic.", None, False, "en",
  "Mailer-Daemon@relais.lycee-hotelier-biarritz.fr", "",
  ["From: Mail Delivery System <Mailer-Daemon@relais.lycee-hotelier-biarritz.fr>", "To: support@assistance.example.fr",
   "Subject: Warning: message 1tRqNd-0003Xk-2A delayed 24 hours", "Auto-Submitted: auto-replied"],
  """Content-Type: multipart/report; report-type=delivery-status; boundary=1742210000-eximdsn-1648

--1742210000-eximdsn-1648
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue.

  intendance@lycee-hotelier-biarritz.fr
    Delay reason: connection timed out

No action is required on your part. Delivery attempts will continue.

--1742210000-eximdsn-1648
Content-type: message/delivery-status

Reporting-MTA: dns; relais.lycee-hotelier-biarritz.fr

Action: delayed
Final-Recipient: rfc822;intendance@lycee-hotelier-biarritz.fr
Status: 4.0.0

--1742210000-eximdsn-1648--
""", auth="none")

A("Town-hall Outlook out-of-office (Auto-Submitted, X-Auto-Response-Suppress) followed by the commune's long legal disclaimer.", None, False, "fr",
  "commande.publique@ville-saint-avertin.fr", "commande.publique@ville-saint-avertin.fr",
  ["From: Service Commande Publique <commande.publique@ville-saint-avertin.fr>", "To: support@assistance.example.fr",
   "Subject: =?iso-8859-1?q?R=E9ponse_automatique=A0=3A_Inscription_Espace_Acheteur?=",
   "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  """Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Bonjour,

Mme Morin est absente jusqu'au lundi 17 mars. Votre message ne sera pas transféré. En cas d'urgence, contactez l'accueil de la mairie.

""" + DISC_VILLE + "\n", "iso-8859-1"))

A("Sympa digest of an academic documentalists' list: List-Id, Precedence: list, several members' questions (passwords, subscriptions) in one mailing. Region from the ac-lille.fr sender.", None, True, "fr",
  "docs-hdf-request@ac-lille.fr", "docs-hdf-owner@ac-lille.fr",
  ["From: =?utf-8?q?Liste_docs-hdf_=28digest=29?= <docs-hdf-request@ac-lille.fr>", "To: support@assistance.example.fr",
   "Subject: =?utf-8?q?Digest_docs-hdf_-_vol_212=2C_n=C2=B04?=",
   "List-Id: <docs-hdf.ac-lille.fr>", "Precedence: list", "List-Unsubscribe: <mailto:sympa@ac-lille.fr?subject=sig%20docs-hdf>"],
  """Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Sommaire du jour :
1. Mot de passe e-sidoc perdu, que faire ? (Corinne D.)
2. Re: abonnement Cafeyn pas encore visible (Emma C.)
3. Fermeture du CDI pendant les épreuves (Ludovic W.)

----------------------------------------------------------------------
Message 1
Bonjour, quelqu'un sait-il comment récupérer le mot de passe admin du portail quand le lien part chez l'ancienne collègue ?
...
""", "utf-8"))

A("Chorus Pro no-reply notification of an invoice deposit: mentions an invoice (order vocabulary) but is auto-generated. Chorus is not one of the platforms.", None, True, "fr",
  "ne-pas-repondre@chorus-pro.example.gouv.fr", "ne-pas-repondre@chorus-pro.example.gouv.fr",
  ["From: Chorus Pro <ne-pas-repondre@chorus-pro.example.gouv.fr>", "To: support@assistance.example.fr",
   "Subject: =?utf-8?q?=5BChorus_Pro=5D_Facture_FA-25-00731_d=C3=A9pos=C3=A9e?=",
   "Auto-Submitted: auto-generated"],
  """Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

""" + b64("""Bonjour,

La facture FA-25-00731 a été déposée sur Chorus Pro et transmise au destinataire (Mairie de Pont-Audemer).
Statut : Mise à disposition

Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.
"""))

# ==========================================================================


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(150))
    RNG.shuffle(order)
    start = datetime.datetime(2025, 3, 10, 7, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    labels = []
    for i, k in enumerate(order):
        m = MAILS[k]
        day = i * 14 // 150           # a fortnight, weekends included but quieter
        wd = (start + datetime.timedelta(days=day)).weekday()
        if wd >= 5 and RNG.random() < 0.7:
            day = day - (wd - 4)
        dt = start + datetime.timedelta(days=day, minutes=RNG.randint(0, 11 * 60), seconds=RNG.randint(0, 59))
        if m.get("tz"):
            dt = dt.astimezone(datetime.timezone(datetime.timedelta(hours=TZ[m["tz"]])))
        name = "h%03d.eml" % (i + 1)
        raw = render(m, dt)
        with open(os.path.join(OUT, name), "w", encoding="utf-8" if m.get("cl") != "tb_latin" else "latin-1", newline="\n") as f:
            f.write(raw)
        labels.append({"file": name, "category": m["c"], "auto_reply_ok": m["ok"], "uai": m["uai"],
                       "region": region_of(m["uai"], m["fa"]), "platform": m["p"], "hard": m["h"],
                       "lang": m["lang"], "notes": m["n"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

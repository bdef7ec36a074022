#!/usr/bin/env python3
"""Generate the holdout65 blind test corpus (150 .eml files + labels.jsonl).

Theme: the first two weeks of January 2027 in Occitanie, Nouvelle-Aquitaine and
Auvergne-Rhône-Alpes (new year, renewals of 1 January, passwords expired over
the holidays, greetings, staff back to a full inbox, a cold-snap closure, heads
signing the new year's authorisations).

Standard library only, deterministic (fixed seed). Every mail body below is
hand-written; the script only adds transport headers, encodings and numbering.

Placeholders in subjects, bodies and addresses:
  @U0311234@  -> the valid UAI for those 7 digits (upper case)
  @u0311234@  -> the same, lower case
  @B0311234@  -> the same digits with a deliberately WRONG check letter
  @S0311234@  -> the valid UAI written with spaces ("031 1234 X")
"""
import base64
import email
import email.policy
import email.utils
import html as htmlmod
import json
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20270104)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
SUPPORT = "support@assistance.example.fr"
CET = timezone(timedelta(hours=1))

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation", "subscription_activation",
    "order_billing", "contract_documents", "transfer_incident", "automated", "other",
}
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}

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
DEPT_REGION = {}
for _r, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _r
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


def check_letter(d7):
    return LETTERS[int(d7) % 23]


def U(d7):
    return d7 + check_letter(d7)


def BAD(d7):
    i = LETTERS.index(check_letter(d7))
    return d7 + LETTERS[(i + 7) % 23]


def subst(s):
    if s is None:
        return None
    s = re.sub(r"@U(\d{7})@", lambda m: U(m.group(1)), s)
    s = re.sub(r"@u(\d{7})@", lambda m: U(m.group(1)).lower(), s)
    s = re.sub(r"@B(\d{7})@", lambda m: BAD(m.group(1)), s)
    s = re.sub(r"@S(\d{7})@", lambda m: "%s %s %s" % (m.group(1)[:3], m.group(1)[3:], check_letter(m.group(1))), s)
    return s


def L(category, ok, uai, region, platform, hard, lang, notes):
    return {"category": category, "auto_reply_ok": ok, "uai": subst(uai), "region": region,
            "platform": platform, "hard": hard, "lang": lang, "notes": subst(notes)}


def F(name, addr):
    return (name, addr)


def uuid():
    return "%08x-%04x-4%03x-%04x-%012x" % (RNG.getrandbits(32), RNG.getrandbits(16),
                                           RNG.getrandbits(12), 0x8000 | RNG.getrandbits(14),
                                           RNG.getrandbits(48))


def qid():
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "4" + "".join(RNG.choice(al) for _ in range(14))


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def msgid(client, dom):
    if client in ("ol", "ow"):
        return "<%s$%s$%s$@%s>" % ("0" + hexs(15), hexs(8), hexs(8), dom)
    if client == "gm":
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
        return "<CA%s@mail.gmail.com>" % "".join(RNG.choice(al) for _ in range(48))
    if client in ("ap", "ip"):
        return "<%s@%s>" % (uuid().upper(), dom)
    if client == "zm":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randrange(10**8, 10**9), RNG.randrange(10**7, 10**8),
                                                 RNG.randrange(10**12, 10**13), dom)
    return "<%s@%s>" % (uuid(), dom)


def fmt(dt):
    return email.utils.format_datetime(dt)


def hdr_addr(name, addr):
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset="utf-8")


def hdr_text(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def text_to_html(text, client):
    out = []
    for para in text.split("\n\n"):
        lines = [htmlmod.escape(x) for x in para.split("\n")]
        if client in ("ol", "ow"):
            out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "<o:p></o:p></p>")
        else:
            out.append("<div>" + "<br>\n".join(lines) + "</div>")
    body = "\n<div><br></div>\n".join(out) if client not in ("ol", "ow") else "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n".join(out)
    if client in ("ol", "ow"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="FR">\n<div class="WordSection1">\n'
                + body + "\n</div>\n</body>\n</html>\n")
    return '<div dir="ltr">\n' + body + "\n</div>\n"


def encode(payload, charset, cte):
    b = payload.encode(charset)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


def part(ctype, payload, charset="utf-8", cte="8bit", extra=""):
    h = "Content-Type: %s; charset=%s%s\nContent-Transfer-Encoding: %s\n\n" % (
        ctype, '"%s"' % charset if charset != "utf-8" else charset, extra, cte)
    body = encode(payload, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return h.encode("ascii") + body


CLIENT_HEADERS = {
    "tb": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "tb2": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101\n Thunderbird/128.5.2"),
            ("Content-Language", "fr")],
    "ol": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")],
    "ow": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "fr-FR")],
    "gm": [],
    "ap": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "ip": [("X-Mailer", "iPhone Mail (21G93)")],
    "zm": [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF121 (Linux)/9.0.0_GA_4583)"),
           ("Thread-Topic", None)],
    "raw": [],
}
FREEMAIL_RELAY = {"gmail.com": "mail-wr1-f{n}.google.com", "orange.fr": "smtp-{n}.smtp.orange.fr",
                  "wanadoo.fr": "smtp-{n}.smtp.orange.fr", "laposte.net": "smtp{n}.laposte.net",
                  "free.fr": "smtp{n}-g21.free.fr", "icloud.com": "ms{n}p00im-qufv.me.com",
                  "yahoo.fr": "sonic{n}.mail.bf1.yahoo.com"}

MAILS = []


def add(frm, subj, when, client, body, lab, *, to=None, cc=None, irt=None, refs=None,
        cte=None, charset="utf-8", html=None, html_only=False, auth="pass", rp=None,
        reply_to=None, extra=(), ctype=None, raw_body=None, relay=None, plain_only=None,
        attach=None):
    MAILS.append(dict(frm=frm, subj=subj, when=when, client=client, body=body, lab=lab, to=to,
                      cc=cc, irt=irt, refs=refs, cte=cte, charset=charset, html=html,
                      html_only=html_only, auth=auth, rp=rp, reply_to=reply_to, extra=extra,
                      ctype=ctype, raw_body=raw_body, relay=relay, plain_only=plain_only,
                      attach=attach))


def build(m):
    name, addr = m["frm"]
    addr = subst(addr)
    dom = addr.split("@")[1].lower()
    day, hh, mm = m["when"]
    dt = datetime(2027, 1, day, hh, mm, RNG.randrange(60), tzinfo=CET)
    client = m["client"]
    H = []
    rp = m["rp"] if m["rp"] is not None else "<%s>" % addr
    H.append(("Return-Path", rp))
    H.append(("Delivered-To", SUPPORT))
    if m["relay"]:
        relay = m["relay"]
    elif dom in FREEMAIL_RELAY:
        relay = FREEMAIL_RELAY[dom].format(n=RNG.randrange(10, 99))
    else:
        relay = "smtp%d.%s" % (RNG.randrange(1, 6), dom)
    ip = "%s.%d" % (RNG.choice(["203.0.113", "198.51.100", "192.0.2"]), RNG.randrange(2, 250))
    H.append(("Received", "from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
              "\tfor <%s>; %s (CET)" % (relay, relay, ip, qid(), SUPPORT, fmt(dt + timedelta(seconds=RNG.randrange(2, 40))))))
    a = m["auth"]
    if a == "pass":
        ar = ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n"
              "\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    elif a == "fail":
        ar = ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n"
              "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (dom, dom))
    else:
        ar = "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=none smtp.mailfrom=%s;\n\tdmarc=none" % dom
    H.append(("Authentication-Results", ar))
    mid = msgid(client, dom)
    H.append(("Message-ID", mid))
    H.append(("Date", fmt(dt)))
    H.append(("From", hdr_addr(name, addr)))
    H.append(("To", m["to"] or "Assistance <%s>" % SUPPORT))
    if m["cc"]:
        H.append(("Cc", subst(m["cc"])))
    subj = subst(m["subj"])
    H.append(("Subject", hdr_text(subj)))
    if m["reply_to"]:
        H.append(("Reply-To", m["reply_to"]))
    if m["irt"]:
        H.append(("In-Reply-To", m["irt"]))
        H.append(("References", m["refs"] or m["irt"]))
    for k, v in CLIENT_HEADERS[client]:
        if k == "Thread-Topic":
            H.append((k, hdr_text(subj)))
            H.append(("Thread-Index", base64.b64encode(RNG.randbytes(22)).decode()))
        else:
            H.append((k, v))
    if client in ("ol", "ow"):
        H.append(("Thread-Index", base64.b64encode(RNG.randbytes(22)).decode()))
    for k, v in m["extra"]:
        H.append((k, subst(v)))
    H.append(("MIME-Version", "1.0"))

    body = subst(m["body"])
    cs = m["charset"]
    if m["raw_body"] is not None:
        ctype = subst(m["ctype"])
        H.append(("Content-Type", ctype))
        payload = subst(m["raw_body"]).encode(cs)
    else:
        html = subst(m["html"]) if m["html"] else None
        cte = m["cte"]
        if m["html_only"]:
            html = html or text_to_html(body, client)
            cte = cte or "quoted-printable"
            p = part("text/html", html, cs, cte)
            hpart, payload = p.split(b"\n\n", 1)
            for line in hpart.decode().split("\n"):
                k, v = line.split(": ", 1)
                H.append((k, v))
        else:
            default_plain = client in ("tb", "tb2", "ip", "zm", "raw", "ap")
            plain_only = m["plain_only"] if m["plain_only"] is not None else default_plain
            if client in ("tb", "tb2") and cte is None:
                cte = "8bit"
            cte = cte or "quoted-printable"
            flowed = "; format=flowed" if client in ("tb", "tb2") else ""
            if plain_only and not m["attach"]:
                p = part("text/plain", body, cs, cte, flowed)
                hpart, payload = p.split(b"\n\n", 1)
                for line in hpart.decode().split("\n"):
                    k, v = line.split(": ", 1)
                    H.append((k, v))
            else:
                bnd = "=_%s" % hexs(28) if client != "gm" else "000000000000%s" % hexs(16)
                parts = [part("text/plain", body, cs, cte, flowed)]
                if not plain_only:
                    parts.append(part("text/html", html or text_to_html(body, client), cs, cte))
                if len(parts) > 1:
                    alt = b"".join(b"--" + bnd.encode() + b"\n" + p + b"\n" for p in parts) + b"--" + bnd.encode() + b"--\n"
                    inner = ('Content-Type: multipart/alternative; boundary="%s"\n\n' % bnd).encode() + alt
                else:
                    inner = parts[0]
                if m["attach"]:
                    fname, ctype_att, data = m["attach"]
                    bnd2 = "=_mix_%s" % hexs(20)
                    att = ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
                           "Content-Transfer-Encoding: base64\n\n" % (ctype_att, fname, fname)).encode() + base64.encodebytes(data)
                    H.append(("Content-Type", 'multipart/mixed; boundary="%s"' % bnd2))
                    payload = (b"--" + bnd2.encode() + b"\n" + inner + b"\n--" + bnd2.encode() + b"\n" + att
                               + b"\n--" + bnd2.encode() + b"--\n")
                else:
                    H.append(("Content-Type", 'multipart/alternative; boundary="%s"' % bnd))
                    payload = alt
    head = "".join("%s: %s\n" % (k, v) if v != "" else "%s: \n" % k for k, v in H)
    return head.encode("ascii") + b"\n" + payload


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def tref(n):
    return "<SUP-%06d.%d.%s@assistance.example.fr>" % (n, 1765000000 + n * 37, "%06x" % (n * 7919 % 0xFFFFFF))


# ---------------------------------------------------------------------------
# The mails. Dates are (day of January 2027, hour, minute), local time.
# ---------------------------------------------------------------------------
# ---- password_reset (22) ---------------------------------------------------
add(F("Hélène Castagné", "helene.castagne@ac-toulouse.fr"), "Mot de passe e-sidoc expiré pendant les vacances",
    (4, 8, 17), "tb", """Bonjour,

Et tout d'abord bonne année à toute l'équipe !

En rentrant ce matin je découvre que le mot de passe du back-office e-sidoc
a expiré pendant les vacances : la page me demande de le renouveler mais
refuse l'ancien, donc je tourne en rond. J'ai essayé "mot de passe oublié"
avec l'identifiant de l'établissement, rien ne se passe à l'écran.

Pouvez-vous m'aider à retrouver l'accès ? J'ai des nouveautés à cataloguer
avant le prix des lecteurs.

Merci d'avance,

--
Hélène Castagné
Professeure documentaliste
Collège Pierre de Fermat - Toulouse
UAI : @U0311452@
""", L("password_reset", True, "@U0311452@", "occitanie", "esidoc", False, "fr",
       "Password expired over the holidays, the renewal page refuses the old one; UAI in the signature. New-year greetings around the request."))

add(F("", "intendance.lyceemistral@gmail.com"), "mdp espace acheteur @u0240518@",
    (4, 9, 2), "gm", """bjr
mdp expiré depuis le 1er janv sur l'espace acheteur, impossible de valider quoi que ce soit. vous pouvez me renvoyer un lien svp ? c urgent on a des commandes en attente
merci
Fabrice, intendance
""", L("password_reset", True, "@U0240518@", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
       "SMS style, Gmail address, UAI only in the subject in lower case. Expired password; the reset link goes to the address on file, not necessarily this one."))

add(F("Marie-Claude Dufau", "marie-claude.dufau@ac-bordeaux.fr"), "Meilleurs voeux... et un petit souci",
    (5, 10, 41), "ol", """Bonjour à toute l'équipe,

Je vous présente mes meilleurs vœux pour 2027, santé et sérénité, et surtout moins de tickets que l'an dernier !

Petite demande en passant : impossible de me rappeler du mot de passe de notre portail documentaire. J'avais tout noté sur un post-it qui a disparu pendant le ménage des vacances... Identifiant @U0331562@.

Merci et encore bonne année,
Marie-Claude
CDI – Lycée Montesquieu, Bordeaux
""", L("password_reset", True, "@U0331562@", "nouvelle-aquitaine", "esidoc", False, "fr",
       "Greetings wrapped around a forgotten password for the 'portail documentaire' (e-sidoc)."))

add(F("Siobhan Keane", "s.keane@ac-toulouse.fr"), "Locked out of the library portal",
    (4, 13, 55), "gm", """Hello,

I'm the librarian for the international section at Lycée Saint-Sernin (@U0312087@). After the Christmas break my password for the e-sidoc admin side no longer works and after a few attempts the account now says it is locked.

Could you send me a reset link, or tell me what I should do? Apologies for writing in English, my French is still a work in progress.

Many thanks and happy new year,
Siobhan Keane
""", L("password_reset", True, "@U0312087@", "occitanie", "esidoc", False, "en",
       "English; account locked after failed attempts after the break."))

add(F("Service Commande Publique - Mairie de Muret", "commandepublique@mairie-muret.fr"),
    "Compte bloqué - Espace acheteur", (5, 14, 20), "ol", """Madame, Monsieur,

Suite à plusieurs tentatives de connexion infructueuses ce matin, le compte de notre service sur l'Espace Acheteur est bloqué. Le mot de passe avait vraisemblablement expiré au 31 décembre.

Pourriez-vous débloquer le compte ou nous transmettre la procédure de réinitialisation ?

Bien cordialement,

Nathalie Roques
Service de la commande publique
Mairie de Muret
05 61 00 00 00
""", L("password_reset", True, None, None, "espace_acheteur", False, "fr",
       "Town-hall buyer, account locked after attempts; no UAI and no académie domain."))

add(F("Laurent Picot", "laurent.picot@ac-limoges.fr"), "Lien de réinitialisation expiré",
    (13, 8, 5), "tb2", """Bonjour,

J'ai demandé un nouveau mot de passe pour le portail e-sidoc du collège
lundi soir, mais l'établissement a été fermé mardi et mercredi à cause du
verglas et je n'ai pu ouvrir le mail que ce matin. Le lien indique qu'il
a expiré.

Pouvez-vous m'en renvoyer un ? Je serai devant mon poste toute la matinée.

Laurent Picot
Documentaliste, collège Maurice Genevoix, Couzeix
RNE @U0870645@
""", L("password_reset", True, "@U0870645@", "nouvelle-aquitaine", "esidoc", False, "fr",
       "Reset link expired because the school was closed by the cold snap; a new link is the standard answer. UAI written as 'RNE'."))

add(F("Secrétariat de direction", "ce.@U0190733@@ac-limoges.fr"), "Réinitialisation mot de passe portail CDI",
    (6, 9, 12), "zm", """Bonjour,

Notre nouvelle professeure documentaliste, Mme Besse, arrive à la rentrée de janvier et ne dispose d'aucun mot de passe pour l'administration du portail e-sidoc (sa collègue est partie en décembre sans laisser les codes).

Merci d'envoyer le lien de réinitialisation sur l'adresse de l'établissement, nous ferons suivre.

Cordialement,
Le secrétariat
Collège Jean Lurçat - Brive
""", L("password_reset", True, "@U0190733@", "nouvelle-aquitaine", "esidoc", True, "fr",
       "The secretariat (not the head) writes from the ce.<UAI>@ac-limoges.fr address; the UAI is only in the sender address. Asks the link on that official address."))

add(F("Julien Ferrer", "julien.ferrer@ac-grenoble.fr"), "mot de passe perdu",
    (5, 16, 48), "tb", """Bonjour,

je ne retrouve plus le mot de passe de connexion à e-sidoc (administration).
Notre code établissement : @B0380909@.

Merci de m'indiquer comment faire.

J. Ferrer
Lycée Champollion
""", L("password_reset", True, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
       "UAI typed as @B0380909@: wrong check letter (the digits give @U0380909@), so no UAI; region from the ac-grenoble.fr sender domain. Plain lost password otherwise."))

add(F("Corinne Lasserre", "corinne.lasserre@ac-bordeaux.fr"), "Accès e-sidoc",
    (7, 11, 30), "ap", """Bonjour,

Je n'arrive plus à me connecter à l'interface de gestion d'e-sidoc depuis la rentrée, le mot de passe est refusé ("identifiant ou mot de passe incorrect").

Notre UAI : @S0332418@ (collège de Cenon).

Pourriez-vous me renvoyer un lien pour le réinitialiser ?

Bien à vous,
Corinne Lasserre
Envoyé de mon Mac""", L("password_reset", True, "@U0332418@", "nouvelle-aquitaine", "esidoc", True, "fr",
       "UAI written with spaces ('033 2418 X'); the label is the compact code. Apple Mail, quoted-printable."))

add(F("Agnès Rouquette", "agnes.rouquette@ac-montpellier.fr"), "Re: [#SUP-018244] Mot de passe administrateur e-sidoc",
    (4, 15, 3), "gm", """Bonjour,

Je reprends seulement aujourd'hui : le lien que vous m'aviez envoyé le 18 décembre ne fonctionne plus (« lien expiré »). Je ne l'avais pas ouvert avant les congés. Pouvez-vous m'en envoyer un nouveau ?

Merci,
Agnès Rouquette
Collège Les Garrigues, Montpellier - @U0341973@

Le ven. 18 déc. 2026 à 16:42, Assistance <support@assistance.example.fr> a écrit :
""" + quote("""Bonjour,

Un lien de réinitialisation valable 12 heures vient d'être envoyé à l'adresse
administrateur enregistrée pour l'établissement @U0341973@.

Cordialement,
L'équipe d'assistance"""), L("password_reset", True, "@U0341973@", "occitanie", "esidoc", True, "fr",
       "Reply on a December ticket (Gmail French quote): the reset link expired over the holidays; sending a fresh link is the normal reset answer, nothing failed on the mailbox side."),
    irt=tref(18244))

add(F("Sandrine Couderc", "sandrine.couderc@ac-toulouse.fr"), "Mot de passe + facture",
    (11, 10, 26), "ol", """Bonjour,

Deux choses en ce début d'année :

1) Je n'ai plus accès à l'administration d'e-sidoc, le mot de passe a dû expirer pendant les vacances et la réinitialisation ne m'envoie rien que je puisse retrouver.

2) Notre gestionnaire me demande la facture du renouvellement 2027 pour la déposer sur Chorus, elle ne la trouve pas.

Merci pour votre aide.

Sandrine Couderc
Professeure documentaliste
Lycée Jean Jaurès – Carmaux
@U0811135@
""", L("password_reset", False, "@U0811135@", "occitanie", "esidoc", True, "fr",
       "Two topics: lost e-sidoc password (first, main) and the 2027 renewal invoice for Chorus (order_billing); one template would answer only half."))

add(F("Thierry Maurel", "thierry.maurel@ac-montpellier.fr"), "mot de passe sur ma boite perso svp",
    (5, 7, 50), "tb", """Bonjour,

Je suis documentaliste au collège de Lodève (@U0341588@). Le mot de passe
d'administration e-sidoc ne marche plus depuis la rentrée.

Je ne consulte jamais la boîte de l'établissement, pourriez-vous
m'envoyer directement le nouveau mot de passe sur mon adresse
personnelle tmaurel34@orange.fr ? Ce sera beaucoup plus simple.

Merci
T. Maurel
""", L("password_reset", False, "@U0341588@", "occitanie", "esidoc", True, "fr",
       "Lost password, but asks for it to be sent to a personal address that is not on file: no automatic answer, a person must explain the rule."))

add(F("Isabelle Vergnes", "isabelle.vergnes@ac-clermont.fr"), "Nouvelle documentaliste - aucun accès",
    (4, 11, 8), "tb", """Bonjour,

Je viens d'être nommée au collège Blaise Pascal de Clermont-Ferrand (UAI
@U0631120@) à compter du 4 janvier. Personne ici ne connaît le mot de
passe du portail e-sidoc ni l'adresse mail qui y est associée (mon
prédécesseur est parti en retraite).

Que dois-je faire pour récupérer l'accès administrateur ?

Merci,
Isabelle Vergnes
""", L("password_reset", True, "@U0631120@", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "New librarian, nobody knows the password or the address on file: the reset path (official address, else the head's written request) is the standard answer."))

add(F("Karine Dabadie", "k.dabadie@ac-bordeaux.fr"), "identifiant espace acheteur ?",
    (8, 14, 2), "zm", """Bonjour,

Je reprends la gestion du lycée de Mont-de-Marsan depuis lundi (@U0401177@).
Je ne connais ni l'identifiant ni le mot de passe de l'Espace Acheteur, mon prédécesseur n'a rien laissé.
Comment puis-je me connecter ?

Cordialement
Karine Dabadie
Gestionnaire
""", L("password_reset", True, "@U0401177@", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
       "New gestionnaire does not know the identifier or password of the existing Espace Acheteur account: password_reset (identifier lost), not account creation."))

add(F("Pascale Roux", "pascale.roux@ac-lyon.fr"), "Mdp",
    (6, 7, 31), "ip", """Bonjour, mdp e-sidoc expiré, impossible d'entrer. Code @U0691835@. Vous pouvez m'envoyer le lien ? Merci !

Pascale Roux
CDI collège Gabriel Rosset

Envoyé de mon iPhone""", L("password_reset", True, "@U0691835@", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "Very short iPhone mail; 'mdp' abbreviation."))

add(F("Roux, Benoît", "benoit.roux2@ac-grenoble.fr"), "Mot de passe administrateur portail documentaire",
    (7, 9, 44), "ol", """Bonjour,

Le mot de passe administrateur de notre portail documentaire e-sidoc a expiré (message « votre mot de passe a expiré, veuillez le modifier »), mais le formulaire de modification refuse systématiquement l'ancien mot de passe.

Établissement : Lycée Pablo Neruda, Saint-Martin-d'Hères – UAI @U0381642@.

Merci de votre aide,

Benoît Roux
Professeur documentaliste
""", L("password_reset", True, "@U0381642@", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "HTML-only Outlook mail: expired password, the change form refuses the old one."), html_only=True)

add(F("Céline Barthe", "celine.barthe@ac-toulouse.fr"), "Oubli mot de passe",
    (12, 15, 10), "tb", """Bonjour,

J'ai oublié le mot de passe de l'espace d'administration e-sidoc du collège
Jean Moulin de Tarbes (@U0650912@). Pourriez-vous m'indiquer la procédure ?

Bien cordialement,

Céline Barthe
""", L("password_reset", True, "@U0650912@", "occitanie", "esidoc", False, "fr",
       "Plain forgotten password; body sent base64-encoded."), cte="base64")

add(F("Olivier Sabatier", "olivier.sabatier@ac-montpellier.fr"), "Portail assistance : mot de passe expiré",
    (6, 16, 15), "tb", """Bonjour,

Je voulais suivre mon ticket sur le portail d'assistance, mais mon mot de
passe sur ce portail a expiré au 1er janvier, et le lien "mot de passe
oublié" de la page de connexion me renvoie une erreur 500.

Pouvez-vous réinitialiser mon compte sur le portail d'assistance ?

Olivier Sabatier
Lycée Dhuoda, Nîmes
""", L("password_reset", True, None, "occitanie", "ticket_portal", False, "fr",
       "Expired password on the ticket portal itself; no UAI given, region from ac-montpellier.fr."))

add(F("Nadia Benali", "nadia.benali@ac-lyon.fr"), "EcoleDirecte - mot de passe administrateur",
    (5, 13, 37), "ol", """Bonjour,

Je ne parviens plus à me connecter à l'espace administrateur EcoleDirecte de l'établissement : mot de passe expiré pendant les congés, je suppose.

Attention, il ne s'agit PAS du mot de passe de maintenance du jour pour Charlemagne, les transferts fonctionnent très bien. C'est mon compte administrateur à moi.

Collège Jean de Verrazane, Lyon 9e – @U0692270@

Merci d'avance,
Nadia Benali
Secrétaire de direction
""", L("password_reset", False, "@U0692270@", "auvergne-rhone-alpes", "ecoledirecte", True, "fr",
       "Lost EcoleDirecte administrator password, explicitly not the daily maintenance password (that would be transfer_incident); no reset template for this product, so a person answers."))

add(F("Gilles Armengaud", "gilles.armengaud@ac-toulouse.fr"), "Espace acheteur : mot de passe refusé",
    (8, 10, 0), "tb", """Bonjour,

Je précise tout de suite : je n'ai aucun problème avec e-sidoc, j'y suis
connecté en ce moment. C'est sur l'Espace Acheteur que mon mot de passe
est refusé depuis la rentrée (je pense qu'il a expiré le 1er janvier).
Pourriez-vous me renvoyer un lien de réinitialisation ?

Gilles Armengaud
Gestionnaire, collège Léo Ferré, Saint-Orens – @U0312395@
""", L("password_reset", True, "@U0312395@", "occitanie", "espace_acheteur", True, "fr",
       "Contrast: e-sidoc works, the Espace Acheteur password does not; the platform is espace_acheteur."))

add(F("Emma Whitfield", "emma.whitfield@ac-grenoble.fr"), "Password expired",
    (11, 8, 22), "ap", """Hi,

My password for the buyer space (Espace Acheteur) expired over the holidays and I can't remember the old one to change it. Cité scolaire internationale Europole, @U0380887@.

Could you reset it please?

Thanks,
Emma Whitfield
Bursar's office""", L("password_reset", True, "@U0380887@", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
       "English, short: expired Espace Acheteur password."))

add(F("Mathilde Sarda", "mathilde.sarda@ac-montpellier.fr"), "lien de réinitialisation envoyé à mon ancienne collègue",
    (12, 9, 58), "gm", """Bonjour,

J'ai cliqué sur "mot de passe oublié" pour le portail e-sidoc du collège (@U0660431@, Perpignan) : le message indique que le lien a été envoyé à "m*****.p*****@ac-montpellier.fr", c'est-à-dire ma collègue partie à la retraite en décembre.

Je ne peux donc pas réinitialiser. Comment faire ?

Merci beaucoup,
Mathilde Sarda
""", L("password_reset", True, "@U0660431@", "occitanie", "esidoc", True, "fr",
       "The reset link goes to a retired colleague's address; the reset path (official ce. address, else head's written request) is the answer."))

# ---- missing_noreply_mail (15) ---------------------------------------------
add(F("Véronique Tastet", "veronique.tastet@ac-bordeaux.fr"), "Mail d'activation jamais reçu",
    (4, 14, 12), "tb", """Bonjour,

Nous avons validé la commande de l'abonnement e-sidoc 2027 avant les
vacances et on nous annonçait un mail d'activation. Rien reçu, ni dans la
boîte de réception ni dans les indésirables (j'ai regardé deux fois).

Lycée Louis Barthou, Pau – @U0640873@

Merci,
V. Tastet
""", L("missing_noreply_mail", True, "@U0640873@", "nouvelle-aquitaine", "esidoc", False, "fr",
       "Activation mail never arrived; no anti-spam product named."))

add(F("Hervé Capdevielle", "h.capdevielle@ac-toulouse.fr"), "Pas de mail pour le nouveau mot de passe",
    (5, 9, 40), "ol", """Bonjour,

Je sais me servir de l'outil « mot de passe oublié » de l'Espace Acheteur, je l'ai fait quatre fois depuis hier. À chaque fois l'écran confirme l'envoi, mais le mail avec le nouveau mot de passe n'arrive jamais.

Collège Victor Hugo, Auch.

Cordialement,
Hervé Capdevielle
Adjoint gestionnaire
""", L("missing_noreply_mail", True, None, "occitanie", "espace_acheteur", True, "fr",
       "Reads like a password problem, but the reset tool works and only the new-password mail never arrives: missing_noreply_mail. No UAI; region from ac-toulouse.fr."))

add(F("Fanny Lacoste", "fanny.lacoste@ac-poitiers.fr"), "plus aucune notification depuis le 1er janvier",
    (7, 10, 5), "zm", """Bonjour,

Depuis le 1er janvier je ne reçois plus aucune notification de l'Espace Acheteur (validation de panier, confirmation de commande...). Avant les vacances tout arrivait normalement. Rien dans les spams.

Le collège n'a pas changé de messagerie à ma connaissance.

Fanny Lacoste, gestionnaire
Collège Jean Zay, Niort - @U0790311@
""", L("missing_noreply_mail", True, "@U0790311@", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
       "Platform notifications from the no-reply address stopped arriving; no product named."))

add(F("David O'Neill", "david.oneill@ac-lyon.fr"), "Never received the confirmation email",
    (6, 15, 30), "gm", """Hello,

I tried to create my login on your support ticket portal yesterday. The page said a confirmation email had been sent so that I could set my password, but nothing has arrived (I've checked spam/junk too).

Could you check?

Best,
David O'Neill
""", L("missing_noreply_mail", True, None, "auvergne-rhone-alpes", "ticket_portal", False, "en",
       "English; the ticket portal's confirmation mail never arrived. Region from ac-lyon.fr."))

add(F("Florence Mialet", "florence.mialet@ac-clermont.fr"), "Mail de validation introuvable",
    (5, 11, 3), "tb", """Bonjour,

Je n'ai jamais reçu le mail de validation pour accéder à l'Espace Acheteur.
Précision, puisque votre FAQ en parle : nous n'avons PAS MailInBlack au
collège, ni aucun autre filtre de ce genre. J'ai regardé dans les
indésirables, rien.

Collège Lucie Aubrac, Aurillac – @U0150206@

Merci de votre aide
Florence Mialet
""", L("missing_noreply_mail", True, "@U0150206@", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
       "Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam."))

add(F("Bruno Célérier", "bruno.celerier@ac-bordeaux.fr"), "RE: [#SUP-018377] Mail d'activation non reçu",
    (11, 9, 15), "ol", """Bonjour,

J'ai suivi vos conseils (dossier courrier indésirable, ajout de l'adresse no-reply dans les expéditeurs approuvés) le 6 janvier. Nous sommes le 11 et toujours pas de mail d'activation pour le portail e-sidoc. Pouvez-vous transmettre à la région comme vous l'indiquiez ?

Bruno Célérier
Lycée François Mauriac, Bordeaux – @U0332691@

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 6 janvier 2027 10:02
À : Bruno Célérier <bruno.celerier@ac-bordeaux.fr>
Objet : [#SUP-018377] Mail d'activation non reçu

Bonjour,

Vérifiez votre dossier de courrier indésirable et autorisez l'expéditeur no-reply. Si le message n'est toujours pas arrivé sous 48 heures, répondez à ce mail : nous transmettrons votre demande à l'équipe de votre région.

Cordialement,
L'équipe d'assistance
""", L("missing_noreply_mail", False, "@U0332691@", "nouvelle-aquitaine", "esidoc", True, "fr",
       "Outlook reply after the junk-folder answer: still nothing after 48 h, asks for the region. The template was already sent, so a person follows up."),
    irt=tref(18377))

add(F("Mairie de Saint-Jean-de-Luz - Achats", "achats.mairiesjdl@gmail.com"), "Pas reçu le mail de connexion",
    (8, 16, 40), "gm", """Bonjour,

Nous nous sommes inscrits sur l'Espace Acheteur le 5 janvier (service achats de la mairie). Le mail de connexion promis ne nous est jamais parvenu. Nous utilisons une adresse Gmail, peut-être est-ce le problème ?

Merci
Sylvie Etcheverry
""", L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
       "Town-hall buyer with a Gmail address: the connection mail never arrived."))

add(F("CDI Lycée du Granier", "ce.@u0730611@@ac-grenoble.fr"), "Mail d'activation e-sidoc",
    (7, 13, 22), "zm", """Bonjour,

Le mail d'activation de notre nouvel accès administrateur e-sidoc ne nous est pas parvenu. La boîte de l'établissement a été vidée avant Noël donc il ne peut pas être perdu... Pouvez-vous le renvoyer ?

Merci,
Le CDI

----- Mail original -----
De: "CDI Lycée du Granier" <ce.@u0730611@@ac-grenoble.fr>
À: "Assistance" <support@assistance.example.fr>
Envoyé: Mardi 5 Janvier 2027 08:40:12
Objet: Mail d'activation e-sidoc

Bonjour, nous attendons le mail d'activation depuis hier.
""", L("missing_noreply_mail", True, "@U0730611@", "auvergne-rhone-alpes", "esidoc", True, "fr",
       "UAI only in the ce.<UAI>@ac-grenoble.fr sender, in lower case; Zimbra quote of the sender's own earlier mail (no ticket reference, no template sent yet)."))

add(F("Jérôme Lafitte", "jerome.lafitte@ac-bordeaux.fr"), "Mail non reçu + facture",
    (12, 14, 30), "tb", """Bonjour,

1. Je n'ai pas reçu le mail de confirmation de création de mot de passe
pour l'Espace Acheteur (j'ai vérifié les spams).
2. Par ailleurs, la facture n°F2026-11872 indique encore l'ancienne
adresse de facturation du lycée ; peut-on la faire rééditer ?

Lycée Jean Monnet, Blanquefort – @U0332987@

Merci d'avance
Jérôme Lafitte
""", L("missing_noreply_mail", False, "@U0332987@", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
       "Two topics: confirmation mail never arrived (first, main) and an invoice to re-issue (order_billing)."))

add(F("Aurélie Pagès", "aurelie.pages@ac-montpellier.fr"), "boîte pleine pendant la fermeture",
    (14, 8, 52), "ol", """Bonjour,

Avec la fermeture du collège mardi et mercredi (froid, chaudière en panne), la boîte de l'établissement a saturé et notre informaticien a purgé une partie des messages hier soir. Je pense que le mail d'activation de notre compte Espace Acheteur est parti à la poubelle avec le reste.

Pouvez-vous nous le renvoyer ? Collège Marcel Pagnol, Mende, @U0480199@.

Merci !
Aurélie Pagès
""", L("missing_noreply_mail", True, "@U0480199@", "occitanie", "espace_acheteur", False, "fr",
       "Cold-snap closure, full mailbox purged: the activation mail is gone; asks for it again."))

add(F("", "gest.clg.vals@orange.fr"), "tjs pas recu",
    (6, 18, 3), "ip", """bonsoir tjs pas recu le mail pr activer le compte espace acheteur, ni ds les spams. merci de regarder
collège de Vals les Bains

Envoyé de mon iPhone""", L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
       "SMS style from a personal orange.fr address; no UAI, no académie domain."))

add(F("Christine Auriol", "christine.auriol@ac-toulouse.fr"), "Notification du devis non reçue",
    (11, 11, 11), "ol", """Bonjour,

Sur l'Espace Acheteur, j'ai demandé un devis pour le renouvellement de nos abonnements le 7 janvier. L'écran indique « le devis vous a été envoyé par e-mail » mais je n'ai rien reçu, ni dans ma boîte ni dans le courrier indésirable.

Merci de vérifier.

Christine Auriol
Gestionnaire – Collège Jean Jaurès, Albi
""", L("missing_noreply_mail", True, None, "occitanie", "espace_acheteur", True, "fr",
       "Mentions a quote (devis) but asks nothing about its content: the platform's automatic mail never arrived. Quoted-printable Outlook."), plain_only=True)

add(F("Gaëlle Morin", "gaelle.morin@ac-bordeaux.fr"), "Mail de réinitialisation non reçu",
    (8, 9, 6), "tb", """Bonjour,

J'ai demandé un nouveau mot de passe pour e-sidoc ce matin pour le lycée
@B0470392@ (Agen). L'outil dit que le mail est parti, mais je ne reçois
rien du tout.

Merci
Gaëlle Morin
""", L("missing_noreply_mail", True, None, "nouvelle-aquitaine", "esidoc", True, "fr",
       "UAI typed as @B0470392@: wrong check letter (the digits give @U0470392@), so no UAI; region from the ac-bordeaux.fr domain. The reset tool works but the mail never arrives."))

add(F("Antoine Rieu", "antoine.rieu@ac-lyon.fr"), "Message de création de mot de passe",
    (13, 10, 20), "gm", """Bonjour,

Je viens d'être ajouté comme utilisateur sur l'Espace Acheteur par notre administratrice. Elle me dit qu'un message pour créer mon mot de passe a dû partir, mais je n'ai rien reçu depuis hier matin.

Lycée Ampère, Lyon – @U0690433@

Merci par avance,
Antoine Rieu
""", L("missing_noreply_mail", True, "@U0690433@", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
       "Password-creation mail after being added by the structure administrator never arrived."))

add(F("Patricia Delmas", "patricia.delmas@ac-limoges.fr"), "Mail de bienvenue ticket",
    (5, 15, 47), "tb", """Bonjour,

Mon collègue a ouvert une demande pour moi sur votre portail de tickets et
m'a ajoutée en copie. Je devais recevoir un message d'invitation pour
suivre la demande, il n'est jamais arrivé.

Cordialement,
P. Delmas
Collège Bernart de Ventadour, Ussel
""", L("missing_noreply_mail", True, None, "nouvelle-aquitaine", "ticket_portal", False, "fr",
       "Ticket-portal invitation mail never arrived; no UAI, region from ac-limoges.fr."))

# ---- mailinblack_spam (11) -------------------------------------------------
add(F("Sophie Laborde", "sophie.laborde@ac-toulouse.fr"), "Vos mails bloqués par MailInBlack",
    (4, 10, 33), "tb", """Bonjour,

Notre conseil départemental a installé MailInBlack sur les boîtes des
collèges pendant les vacances. Résultat : vos messages (activation,
mot de passe) sont retenus et l'expéditeur no-reply ne peut évidemment pas
répondre au défi d'authentification.

Comment faire pour que vos mails passent ?

Sophie Laborde
Collège Bellevue, Toulouse – @U0311733@
""", L("mailinblack_spam", True, "@U0311733@", "occitanie", "esidoc", False, "fr",
       "MailInBlack named; the no-reply sender cannot answer the challenge. Activation of the school's portal (collège librarian, e-sidoc)."))

add(F("", "secretariat.ecole.blagnac@orange.fr"), "mail in black",
    (5, 8, 10), "gm", """bonjour
on a un truc mail in black qui a mis en quarantaine votre message pour le mot de passe de l espace acheteur. je le vois dans la liste mais je ne sais pas le liberer. comment on fait
merci
""", L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
       "Product spelled 'mail in black', message in quarantine; no accents, no UAI, personal address."))

add(F("Michel Bousquet", "michel.bousquet@ac-montpellier.fr"), "Message bizarre de vérification",
    (6, 11, 47), "ol", """Bonjour,

Depuis la rentrée, quand votre plateforme m'envoie un mail, je reçois à la place un message de notre messagerie qui dit que l'expéditeur doit « prouver qu'il n'est pas un robot » en cliquant sur un lien, et votre mail reste en attente. Je ne sais pas quel logiciel fait ça, le service informatique est injoignable cette semaine.

Du coup je n'ai toujours pas le lien d'activation de l'Espace Acheteur.

Michel Bousquet
Gestionnaire – Lycée Jules Guesde, Montpellier – @U0341822@
""", L("mailinblack_spam", False, "@U0341822@", "occitanie", "espace_acheteur", True, "fr",
       "Sender-authentication challenge described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide."))

add(F("Rachel Moore", "rachel.moore@ac-bordeaux.fr"), "MailInBlack is holding your emails",
    (7, 14, 5), "gm", """Hello,

Our school's MailInBlack filter keeps quarantining the messages from your no-reply address (password reset for the buyer space). Is there a list of addresses/domains we should whitelist? I'd rather fix it once and for all.

Thanks,
Rachel Moore
Lycée Grand Air, Arcachon (@U0332155@)
""", L("mailinblack_spam", True, "@U0332155@", "nouvelle-aquitaine", "espace_acheteur", False, "en",
       "English; MailInBlack named, asks what to allow-list."))

add(F("DSI - Conseil départemental du Cantal", "dsi.colleges@cantal.fr"), "Liste blanche Mailinblack - vos adresses d'envoi",
    (8, 9, 20), "ol", """Bonjour,

La DSI du Département déploie depuis le 1er janvier la solution Mailinblack sur les messageries des 21 collèges publics du Cantal. Plusieurs établissements nous signalent que vos mails automatiques (création de compte, mots de passe) sont bloqués.

Afin de les autoriser globalement, pourriez-vous nous communiquer les adresses expéditrices, domaines et, si possible, les IP de vos serveurs d'envoi ?

Cordialement,

Pôle infrastructures – DSI
Conseil départemental du Cantal
""", L("mailinblack_spam", True, None, None, None, True, "fr",
       "An IT department (not a school) asks what to allow in Mailinblack for all colleges; the allow-list guide fits. No UAI, non-académie domain, no single platform."))

add(F("Nicole Ducros", "nicole.ducros@ac-grenoble.fr"), "MailInBlack + abonnement pas visible",
    (11, 16, 2), "tb", """Bonjour,

Deux soucis :
- MailInBlack bloque vos messages, j'ai dû aller repêcher votre dernier mail
dans la quarantaine ;
- l'abonnement e-sidoc renouvelé au 1er janvier n'apparaît toujours pas
dans notre portail (il affiche encore « expire le 31/12/2026 »).

Collège Le Bourg-Neuf, Valence... non pardon, Lycée Camille Vernet, Valence
– @U0260432@

Merci,
Nicole Ducros
""", L("mailinblack_spam", False, "@U0260432@", "auvergne-rhone-alpes", "esidoc", True, "fr",
       "Two topics: MailInBlack (first) and a renewed subscription not visible ten days after 1 January (subscription_activation, past 72 h). Self-correction of the school name in the signature."))

add(F("Yannick Le Goff", "yannick.legoff@ac-poitiers.fr"), "TR: Rapport de quarantaine Mailinblack",
    (12, 8, 40), "ol", """Bonjour,

Je vous transfère le rapport quotidien de quarantaine Mailinblack : vos trois derniers messages (dont le lien d'activation e-sidoc) y sont. Si je clique sur « libérer », ils arriveront ? Et pour les prochains ?

Yannick Le Goff
Documentaliste – Lycée Marguerite de Valois, Angoulême – @U0160745@

-----Message d'origine-----
De : Mailinblack <noreply@mailinblack.com>
Envoyé : mardi 12 janvier 2027 06:00
À : yannick.legoff@ac-poitiers.fr
Objet : Votre rapport de quarantaine

3 messages en attente d'authentification :
- no-reply@assistance.example.fr - Activation de votre accès e-sidoc
- no-reply@assistance.example.fr - Nouveau mot de passe
- no-reply@assistance.example.fr - Rappel
""", L("mailinblack_spam", True, "@U0160745@", "nouvelle-aquitaine", "esidoc", False, "fr",
       "Forwarded Mailinblack quarantine report ('TR:'): written by the librarian, who asks how to release and allow; not automated."))

add(F("Mélanie Brunet", "melanie.brunet@ac-lyon.fr"), "Mails bloqués",
    (6, 10, 25), "ol", """Bonjour,

Notre lycée utilise Mailinblack et vos messages d'activation de l'Espace Acheteur n'arrivent pas : ils restent bloqués en attente d'authentification.

Que faire ?

Mélanie Brunet
Lycée du Forez, Feurs – @U0421056@
""", L("mailinblack_spam", True, "@U0421056@", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
       "HTML-only Outlook; Mailinblack named."), html_only=True)

add(F("Jean-Pierre Fabre", "jean-pierre.fabre@ac-toulouse.fr"), "Anti-spam",
    (13, 12, 5), "ap", """Bonjour,

Le rectorat nous a basculés sur MailInBlack début janvier. Depuis, plus rien ne nous arrive de votre part : ni le mail d'activation e-sidoc, ni les rappels. Je vois bien vos messages dans "en attente", mais je ne sais pas les autoriser définitivement.

Merci de m'expliquer la marche à suivre.

Jean-Pierre Fabre
Collège Paul Éluard, Montauban
@U0820764@""", L("mailinblack_spam", True, "@U0820764@", "occitanie", "esidoc", False, "fr",
       "Base64 Apple Mail body; MailInBlack named."), cte="base64")

add(F("Dominique Vidal", "dominique.vidal@ac-clermont.fr"), "Message du principal - anti-spam",
    (7, 17, 12), "tb", """Bonjour,

Je suis le principal du collège Jules Vallès du Puy-en-Velay (@U0430318@).
Je n'écris pas pour une autorisation, simplement parce que ma documentaliste
est en arrêt : MailInBlack a retenu vos mails concernant l'activation du
portail et je ne sais pas comment les débloquer.

Pouvez-vous m'envoyer la procédure ?

D. Vidal
Principal
""", L("mailinblack_spam", True, "@U0430318@", "auvergne-rhone-alpes", "esidoc", True, "fr",
       "Written by the principal but he asks for the MailInBlack procedure, not for an authorisation: not a head-of-establishment request."))

add(F("Anne Guiraud", "anne.guiraud@ac-montpellier.fr"), "quarantaine expirée",
    (14, 9, 31), "zm", """Bonjour,

Mailinblack a gardé votre mail (nouveau mot de passe e-sidoc) en quarantaine pendant toute la fermeture du collège pour cause de neige, et il a été supprimé automatiquement au bout de 7 jours. Pouvez-vous nous indiquer comment éviter ça la prochaine fois ? Je referai la demande de mot de passe ensuite.

Anne Guiraud
CDI, collège Les Aiguerelles, Montpellier
""", L("mailinblack_spam", True, None, "occitanie", "esidoc", True, "fr",
       "Mentions a password, but the question is how to stop Mailinblack from holding the mails (she will redo the reset herself). No UAI; region from ac-montpellier.fr."))

# ---- head_of_establishment_request (14) ------------------------------------
add(F("Principal - Collège Jean Rostand", "ce.@U0312546@@ac-toulouse.fr"), "Autorisation 2027 - validation des commandes",
    (4, 16, 30), "ol", """Madame, Monsieur,

Je soussigné, Philippe Azéma, principal du collège Jean Rostand de Balma (UAI @U0312546@), autorise pour l'année civile 2027 Mme Carole Sentenac, gestionnaire, à valider en mon nom les commandes passées sur l'Espace Acheteur.

Cette autorisation remplace celle de 2026.

Je vous prie d'agréer mes salutations distinguées,

P. Azéma
Principal
""", L("head_of_establishment_request", False, "@U0312546@", "occitanie", "espace_acheteur", False, "fr",
       "New year's written authorisation by the principal, from the ce.<UAI> address: delegation of order validation."))

add(F("Hugues Darrigrand", "hugues.darrigrand@ac-bordeaux.fr"), "Changement d'administrateur e-sidoc",
    (5, 8, 5), "tb", """Bonjour,

En tant que proviseur du lycée Victor Duruy de Mont-de-Marsan (@U0400873@), je
vous informe que Mme Lucie Baylac, professeure documentaliste arrivée le
4 janvier, devient administratrice de notre portail e-sidoc à la place de
M. Pédeboscq, muté.

Merci de modifier l'adresse de contact en conséquence
(lucie.baylac@ac-bordeaux.fr) et de fermer l'accès de M. Pédeboscq.

Hugues Darrigrand
Proviseur
""", L("head_of_establishment_request", False, "@U0400873@", "nouvelle-aquitaine", "esidoc", False, "fr",
       "The proviseur names a new administrator and asks to close the former one's access (personal académie address, not the ce. one)."))

add(F("Directrice école Jules Ferry", "ce.@U0260877@@ac-grenoble.fr"), "changement adresse de contact",
    (6, 12, 15), "zm", """Bonjour,

Je suis directrice de l'école élémentaire Jules Ferry de Romans. L'adresse de contact du compte BCD sur e-sidoc est encore celle de mon prédécesseur (retraité). Je vous demande de la remplacer par l'adresse de l'école, celle depuis laquelle je vous écris.

Cordialement,
Martine Giraud
Directrice
""", L("head_of_establishment_request", False, "@U0260877@", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "A primary-school head (directrice d'école) asks to change the contact address to the school's; UAI only in the ce. sender address."))

add(F("Head Teacher - Lycée International Victor Hugo", "ce.@U0312711@@ac-toulouse.fr"), "Authorisation: password reset to the school address",
    (7, 9, 0), "gm", """Dear Support team,

As head of Lycée International Victor Hugo, Colomiers (@U0312711@), I authorise you to reset the administrator password of our library portal and to send the link to this official address. Our librarian left in December and we have no other way in.

Kind regards,
Jonathan Reeves
Head teacher (Proviseur)
""", L("head_of_establishment_request", False, "@U0312711@", "occitanie", "esidoc", False, "en",
       "English; the head authorises, from the ce.<UAI> address, a reset to the official address."))

add(F("Proviseur Lycée Claude Fauriel", "proviseur.fauriel@ac-lyon.fr"), "RE: [#SUP-018412] Réinitialisation du mot de passe administrateur",
    (5, 17, 40), "ol", """Bonjour,

Comme demandé, je confirme par écrit que la réinitialisation du mot de passe administrateur e-sidoc peut être faite au profit de Mme Chabanne, notre documentaliste. Vous pouvez envoyer le lien sur l'adresse de l'établissement.

Cordialement,

Alain Peyrard
Proviseur – Lycée Claude Fauriel, Saint-Étienne
@U0421223@

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 21 décembre 2026 11:20
À : chabanne.doc@ac-lyon.fr
Objet : [#SUP-018412] Réinitialisation du mot de passe administrateur

Bonjour,

L'adresse d'où vous écrivez n'est pas celle enregistrée pour l'établissement. Le chef d'établissement doit nous adresser une demande écrite.

Cordialement,
L'équipe d'assistance
""", L("head_of_establishment_request", False, "@U0421223@", "auvergne-rhone-alpes", "esidoc", True, "fr",
       "The proviseur replies on the librarian's December ticket (Outlook quote) with the written request the desk asked for; not the original sender of the ticket."),
    irt=tref(18412))

add(F("Principal Collège Les Chartreux", "ce.@U0461027@@ac-toulouse.fr"), "URGENT changement administrateur",
    (11, 22, 47), "ol", """Bonjour,

Je suis le principal du collège. Merci de transférer dès ce soir les deux comptes administrateurs (e-sidoc et Espace Acheteur) vers ma nouvelle adresse principal.chartreux46@gmail.com, la messagerie académique ne fonctionne plus chez nous.

Merci de ne pas contacter l'établissement par téléphone, la ligne est coupée.

Le principal
""", L("head_of_establishment_request", False, "@U0461027@", "occitanie", None, True, "fr",
       "Claims to be the principal from the ce.<UAI> address, but SPF and DMARC fail, Reply-To is a Gmail address, late-night urgency, no name, asks to move both admin accounts: a probable spoof. Still a head-of-establishment request for the queue (staff should refuse). Two platforms, so none."),
    auth="fail", reply_to="principal.chartreux46@gmail.com")

add(F("Laure Ousset", "laure.ousset@ac-montpellier.fr"), "Par délégation du proviseur - administrateur Espace Acheteur",
    (8, 11, 18), "tb", """Bonjour,

Proviseure adjointe du lycée Jean Mermoz de Béziers (@U0341411@), je vous
écris par délégation de M. le proviseur, absent cette semaine : nous
désignons M. Karim Haddad, nouveau gestionnaire, comme administrateur de
la structure sur l'Espace Acheteur, en remplacement de Mme Salles.

La délégation de signature est jointe.

Laure Ousset
Proviseure adjointe
""", L("head_of_establishment_request", False, "@U0341411@", "occitanie", "espace_acheteur", True, "fr",
       "Deputy head writing on the head's behalf, delegation attached: treated as a head-of-establishment request (change of administrator); staff check the delegation."),
    attach=("delegation_signature_2027.pdf", "application/pdf", b"%PDF-1.4\n% delegation de signature (fixture)\n%%EOF\n"))

add(F("Stéphanie Marty", "stephanie.marty@ac-toulouse.fr"), "Courrier du principal - changement d'administrateur",
    (12, 10, 4), "tb", """Bonjour,

Vous trouverez ci-joint le courrier signé de M. Rességuier, principal du
collège Jean Jaurès de Castres (@U0810876@), qui me désigne comme
administratrice du portail e-sidoc à la place de Mme Bosc. M. Rességuier
est en copie de ce message.

Bien cordialement,
Stéphanie Marty
Professeure documentaliste
""", L("head_of_establishment_request", False, "@U0810876@", "occitanie", "esidoc", True, "fr",
       "The librarian relays the head's signed letter (PDF), head in copy: the head's written request, to be checked by staff."),
    cc="Principal <ce.@U0810876@@ac-toulouse.fr>",
    attach=("courrier_principal.pdf", "application/pdf", b"%PDF-1.4\n% courrier du principal (fixture)\n%%EOF\n"))

add(F("Valérie Cazaux", "valerie.cazaux64@gmail.com"), "Accord pour la réinitialisation",
    (3, 19, 2), "gm", """Bonjour,

Je suis la principale du collège Jean Sarrailh de Pau. Je vous écris de ma boîte personnelle car je suis encore en congés jusqu'à demain. Je donne mon accord pour que le mot de passe du portail du CDI soit réinitialisé et envoyé à Mme Harriague, notre nouvelle documentaliste.

Valérie Cazaux
""", L("head_of_establishment_request", False, None, None, "esidoc", True, "fr",
       "A principal gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify. Sent on Sunday 3 January, still on holiday."))

add(F("Francis Meyrieux", "francis.meyrieux@ac-lyon.fr"), "Re: demande de Mme Tardy",
    (6, 7, 12), "ip", """Je confirme la demande de Mme Tardy. Vous pouvez procéder à la réinitialisation et envoyer le lien à l'adresse du lycée.
F. Meyrieux, proviseur, lycée Lalande, Bourg-en-Bresse (@U0011398@)

Envoyé de mon iPhone

> Le 5 janv. 2027 à 16:18, Sylvie Tardy <sylvie.tardy@ac-lyon.fr> a écrit :
>
> Monsieur le Proviseur,
> l'assistance e-sidoc demande votre accord écrit pour réinitialiser notre mot de passe administrateur. Pourriez-vous leur répondre (adresse en copie) ?
> Merci,
> Sylvie Tardy""", L("head_of_establishment_request", False, "@U0011398@", "auvergne-rhone-alpes", "esidoc", True, "fr",
       "The proviseur confirms from his phone, quoting his librarian's request (Apple quote style); base64 body."),
    cte="base64", cc="Sylvie Tardy <sylvie.tardy@ac-lyon.fr>")

add(F("Chef d'établissement - Ensemble scolaire Saint-Joseph", "direction@stjoseph-perigueux.fr"), "Autorisation de commande - abonnement 2027",
    (7, 15, 0), "ol", """Madame, Monsieur,

En qualité de chef d'établissement de l'ensemble scolaire Saint-Joseph de Périgueux (@U0240986@), j'autorise la commande du renouvellement de l'abonnement e-sidoc pour l'année 2027 et je valide le devis n° D-2026-4471 joint.

Bien cordialement,

Bernard Lacombe
Chef d'établissement
""", L("head_of_establishment_request", False, "@U0240986@", "nouvelle-aquitaine", "esidoc", False, "fr",
       "Head of a private school authorises an order in writing (signed quote attached)."),
    attach=("D-2026-4471_signe.pdf", "application/pdf", b"%PDF-1.4\n% devis signe (fixture)\n%%EOF\n"))

add(F("Direction Lycée Gustave Eiffel", "ce.@U0331640@@ac-bordeaux.fr"), "Signataire des conventions 2027",
    (8, 14, 45), "ol", """Madame, Monsieur,

Suite à ma prise de fonction au 1er janvier 2027 comme proviseure du lycée Gustave Eiffel (Bordeaux), je vous demande de me désigner comme signataire des conventions à la place de M. Dulucq, et de m'adresser la convention d'adhésion 2027 pour signature électronique.

Cordialement,
Isabelle Soubiran
Proviseure
""", L("head_of_establishment_request", False, "@U0331640@", "nouvelle-aquitaine", "esignature", True, "fr",
       "New proviseure asks in writing to become the signatory of the conventions and to receive the 2027 convention for e-signature; platform esignature."))

add(F("Pierre Escande", "pierre.escande@ac-toulouse.fr"), "Demande écrite du principal",
    (13, 11, 3), "tb", """Bonjour,

Principal du collège Jean Moulin de Foix (UAI @B0091234@), je vous demande
par la présente de réinitialiser le mot de passe administrateur de notre
portail e-sidoc et d'envoyer le lien sur l'adresse fonctionnelle de
l'établissement.

Pierre Escande
Principal
""", L("head_of_establishment_request", False, None, "occitanie", "esidoc", True, "fr",
       "Head's written request, but the UAI is typed @B0091234@: wrong check letter (the digits give @U0091234@), so no UAI; region from ac-toulouse.fr. Staff must identify the establishment."))

add(F("Secrétariat du Principal", "ce.@U0630890@@ac-clermont.fr"), "Fin d'accès - documentaliste partie",
    (14, 10, 10), "ol", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mme Chassaing, professeure documentaliste, a quitté l'établissement le 18 décembre 2026. Je vous demande de <b>réinitialiser le mot de passe administrateur</b> du portail e-sidoc afin qu'elle n'y ait plus accès, et d'envoyer le nouveau lien à l'adresse de l'établissement.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Le principal,<br>Henri Bardy<br>Collège Albert Camus, Clermont-Ferrand<br>@U0630890@</p>
</div></body></html>
""", L("head_of_establishment_request", False, "@U0630890@", "auvergne-rhone-alpes", "esidoc", True, "fr",
       "HTML-only letter signed by the principal, sent from the ce.<UAI> address by his secretariat: remove a departed librarian's access."),
    html_only=True, html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mme Chassaing, professeure documentaliste, a quitté l'établissement le 18 décembre 2026. Je vous demande de <b>réinitialiser le mot de passe administrateur</b> du portail e-sidoc afin qu'elle n'y ait plus accès, et d'envoyer le nouveau lien à l'adresse de l'établissement.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Le principal,<br>Henri Bardy<br>Collège Albert Camus, Clermont-Ferrand<br>@U0630890@</p>
</div></body></html>
""")

# ---- account_creation (9) --------------------------------------------------
add(F("Amandine Rigal", "amandine.rigal@ac-toulouse.fr"), "Création de compte Espace Acheteur",
    (4, 11, 40), "tb", """Bonjour,

Je suis la nouvelle gestionnaire du collège Jean-Pierre Vernant de
Toulouse depuis ce lundi. Je souhaiterais un compte à mon nom sur l'Espace
Acheteur pour pouvoir passer les commandes de l'année. Comment procéder ?

Cordialement,
Amandine Rigal
""", L("account_creation", True, None, "occitanie", "espace_acheteur", False, "fr",
       "New gestionnaire wants her own account: the sign-up answer fits. No UAI."))

add(F("Thomas Lagarde", "thomas.lagarde@ac-poitiers.fr"), "Compte en attente de validation depuis décembre",
    (11, 14, 14), "ol", """Bonjour,

J'ai créé mon compte sur l'Espace Acheteur le 16 décembre. Il est toujours « en attente de validation par l'administrateur de la structure ». Or notre administratrice est en congé longue maladie depuis novembre et personne d'autre n'a la main.

Lycée Merleau-Ponty, Rochefort – @U0171204@

Merci de votre aide,
Thomas Lagarde
""", L("account_creation", False, "@U0171204@", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
       "Account waiting for validation for almost a month; the administrator is on long leave: the region must step in."))

add(F("Élodie Faure", "elodie.faure@ac-grenoble.fr"), "Qui est l'administrateur de notre structure ?",
    (5, 10, 55), "gm", """Bonjour,

On me dit qu'il faut que « l'administrateur de la structure » valide mon inscription à l'Espace Acheteur. Mais personne au lycée ne sait qui c'est ! Pouvez-vous me dire qui est administrateur pour le lycée Louise Michel de Grenoble (@U0381327@) ?

Merci,
Élodie Faure, secrétariat d'intendance
""", L("account_creation", False, "@U0381327@", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
       "Asks who the structure's administrator is: needs a look-up, so a person answers."))

add(F("Maya Chen", "maya.chen@lycee-international-lyon.org"), "Opening an account",
    (6, 9, 35), "gm", """Hello,

We are a private bilingual secondary school that opened in Lyon in September 2026 (under contract since 1 January 2027). We would like to open an account on your buyer platform to order resources for our library.

What do we need to provide?

Best regards,
Maya Chen
Operations Manager
""", L("account_creation", False, None, None, "espace_acheteur", False, "en",
       "English; newly opened private school wants a buyer account: a person checks eligibility. Non-académie domain, no UAI."))

add(F("Jacques Etchegaray", "j.etchegaray@mairie-anglet.fr"), "Inscription sur la plateforme",
    (7, 8, 58), "ol", """Bonjour,

Je suis le nouveau responsable achats de la ville d'Anglet depuis le 1er janvier. Je souhaiterais m'inscrire sur l'Espace Acheteur de la centrale. Où se trouve le formulaire d'inscription ?

Cordialement,
Jacques Etchegaray
Direction de la commande publique – Ville d'Anglet
""", L("account_creation", True, None, None, "espace_acheteur", False, "fr",
       "Town-hall buyer asks where the sign-up form is: the standard answer fits."))

add(F("Sarah Vialle", "sarah.vialle@ac-clermont.fr"), "Droits de commande",
    (8, 15, 20), "tb", """Bonjour,

Mon compte Espace Acheteur fonctionne, je me connecte sans problème, mais
je ne peux que consulter le catalogue : le bouton « commander » est grisé.
Je suis pourtant l'adjointe gestionnaire. Pourriez-vous m'ouvrir les droits
de commande ?

Sarah Vialle
Lycée Virlogeux, Riom – @U0631551@
""", L("account_creation", False, "@U0631551@", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
       "Account works; asks for order rights to be opened: a person (or the structure administrator) decides."))

add(F("Lucie Arnaud", "lucie.arnaud@ac-poitiers.fr"), "pas un oubli de mot de passe",
    (12, 11, 26), "gm", """Bonjour,

Votre page me propose « mot de passe oublié », mais je n'ai rien oublié : je n'ai jamais eu de compte ! Je suis arrivée le 4 janvier au collège Henri IV de Poitiers (@U0860917@) et je voudrais simplement me créer un accès à l'Espace Acheteur.

Merci,
Lucie Arnaud
""", L("account_creation", True, "@U0860917@", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
       "Negation: not a forgotten password, she never had an account: account_creation."))

add(F("Benjamin Sirven", "benjamin.sirven@ac-montpellier.fr"), "deuxième compte administrateur",
    (13, 16, 5), "tb", """Bonjour,

Depuis janvier nous sommes deux professeurs documentalistes au lycée
Joffre (@U0341104@). Est-il possible que nous ayons chacun un compte
administrateur sur le portail e-sidoc, plutôt que de partager le même ?

Benjamin Sirven
""", L("account_creation", False, "@U0341104@", "occitanie", "esidoc", False, "fr",
       "Asks whether a second administrator account is possible: a person answers."))

add(F("Claire Boyer", "claire.boyer@ac-lyon.fr"), "UAI introuvable à l'inscription",
    (5, 14, 50), "ol", """Bonjour,

En créant le compte client de notre établissement, le formulaire refuse notre UAI (@U0693811@) : « établissement inconnu ». C'est une nouvelle cité scolaire ouverte au 1er janvier 2027 après la fusion de deux collèges.

Comment faire ?

Claire Boyer
Gestionnaire – Cité scolaire de Vaulx-en-Velin
""", L("account_creation", False, "@U0693811@", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
       "The new establishment's UAI (merger on 1 January) is not in the list when opening the customer account: a person (sales team) handles it."))

# ---- subscription_activation (14) ------------------------------------------
add(F("Martine Soulé", "martine.soule@ac-toulouse.fr"), "Abonnement 2027 non visible",
    (4, 9, 20), "tb", """Bonjour et meilleurs vœux,

Notre abonnement e-sidoc a été renouvelé au 1er janvier (commande validée
en novembre), mais ce matin le portail affiche toujours « abonnement
expiré ». Est-ce normal ? Faut-il attendre un peu ?

Martine Soulé
Collège Jean Jaurès, Colomiers – @U0311944@
""", L("subscription_activation", True, "@U0311944@", "occitanie", "esidoc", False, "fr",
       "Renewal of 1 January not visible on 4 January: within the 72-hour activation rule."))

add(F("Patrick Larrieu", "patrick.larrieu@ac-bordeaux.fr"), "Abonnement toujours pas activé (commande du 15/12)",
    (12, 10, 30), "ol", """Bonjour,

La commande du renouvellement de notre abonnement a été validée le 15 décembre 2026, le bon d'engagement vous a été transmis le même jour. Nous sommes le 12 janvier et le portail indique toujours « abonnement expiré le 31/12/2026 ». Les élèves n'ont plus accès à rien.

Merci de regarder ce qui bloque.

Patrick Larrieu
Gestionnaire – Lycée Bernard Palissy, Agen – @U0470392@
""", L("subscription_activation", False, "@U0470392@", "nouvelle-aquitaine", "esidoc", False, "fr",
       "Renewal ordered mid-December, still not active on 12 January: past the 72-hour rule, a person must look at the order."))

add(F("Laura Bennett", "laura.bennett@ac-clermont.fr"), "Renewed resource not showing on the portal",
    (5, 11, 15), "gm", """Hi,

Our subscription to the online press resource was renewed from 1 January, but it isn't showing in the resources section of our portal yet. Is there something I need to do to publish it for the students, or is it just a matter of time?

Thanks!
Laura Bennett
Section internationale, Lycée Jeanne d'Arc, Clermont-Ferrand (@U0630427@)
""", L("subscription_activation", True, "@U0630427@", "auvergne-rhone-alpes", "esidoc", False, "en",
       "English; renewed resource not yet visible / to publish, four days after 1 January."))

add(F("Georges Pujol", "georges.pujol@ac-montpellier.fr"), "Quand l'abonnement sera-t-il disponible ?",
    (5, 8, 2), "tb", """Bonjour,

Principal du collège Jean Moulin de Narbonne (@U0110823@), je me permets de
vous demander quand notre abonnement 2027 au portail documentaire sera
disponible : notre documentaliste m'indique qu'il n'apparaît pas encore.

Cordialement,
G. Pujol
""", L("subscription_activation", True, "@U0110823@", "occitanie", "esidoc", True, "fr",
       "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request."))

add(F("Éditions Pyrène Jeunesse - service abonnements", "abonnements@pyrene-jeunesse.fr"), "Ressource non publiée chez un abonné",
    (7, 16, 0), "ol", """Bonjour,

Le lycée Pierre-Paul Riquet de Saint-Orens (@U0312260@) a souscrit notre revue numérique à compter du 1er janvier 2027. La documentaliste nous signale que la ressource n'apparaît pas sur son portail. De notre côté l'accès est ouvert depuis le 2 janvier.

Pouvez-vous vérifier la publication ?

Cordialement,
Service abonnements – Éditions Pyrène Jeunesse
""", L("subscription_activation", True, "@U0312260@", "occitanie", "esidoc", True, "fr",
       "A publisher writes on behalf of a subscribing school: resource not published on the portal, five days after the start. Publisher's own domain; the UAI gives the region."))

add(F("Emmanuelle Garnier", "emmanuelle.garnier@ac-lyon.fr"), "abonnement + mot de passe",
    (6, 13, 0), "gm", """Bonjour,

Je cumule : l'abonnement Europresse renouvelé au 1er janvier n'apparaît pas sur le portail, ET mon collègue a perdu le mot de passe administrateur (il était le seul à l'avoir).

Collège Jean Renoir, Neuville-sur-Saône – @U0692046@

Merci d'avance,
Emmanuelle Garnier
""", L("subscription_activation", False, "@U0692046@", "auvergne-rhone-alpes", "esidoc", True, "fr",
       "Two topics: subscription not visible (first, main) and a lost administrator password; a single template would answer only half."))

add(F("Fabienne Cazenave", "fabienne.cazenave@ac-bordeaux.fr"), "Abonnements grisés",
    (6, 15, 10), "tb", """Bonjour,

Ce n'est pas un problème de mot de passe : je me connecte sans difficulté
à l'administration du portail. Mais dans le module « Abonnements », les
deux ressources renouvelées au 1er janvier sont grisées avec la mention
« en cours d'activation ».

Combien de temps faut-il compter ?

Fabienne Cazenave
Lycée Saint-Cricq, Pau – @U0640457@
""", L("subscription_activation", True, "@U0640457@", "nouvelle-aquitaine", "esidoc", True, "fr",
       "Negation: login works, not a password problem; renewed resources still 'en cours d'activation'."))

add(F("Cédric Bonnafous", "cedric.bonnafous@ac-toulouse.fr"), "Ressources invisibles après la fermeture",
    (14, 8, 15), "ol", """Bonjour,

Le collège a été fermé mardi et mercredi (grand froid, plus de chauffage). En reprenant hier, j'ai constaté que la ressource « Lumni Pro » commandée le 11 janvier n'est pas visible sur notre portail e-sidoc.

Pouvez-vous me dire si l'activation est en cours ?

Cédric Bonnafous
Collège Jean Monnet, Rodez – @U0120688@
""", L("subscription_activation", True, "@U0120688@", "occitanie", "esidoc", False, "fr",
       "Cold-snap closure mentioned; resource ordered on 11 January, asked on 14 January: within 72 hours."))

add(F("Armelle Daguerre", "armelle.daguerre@ac-bordeaux.fr"), "Re: [#SUP-018190] Activation abonnement",
    (11, 8, 9), "gm", """Bonjour,

Je rentre de congés et je reprends ce ticket : l'abonnement n'est toujours pas actif sur notre portail e-sidoc, trois semaines après votre réponse. Pouvez-vous vérifier la commande ?

Armelle Daguerre
Lycée Sud Landes, Saint-Vincent-de-Tyrosse – @U0400212@

Le jeu. 17 déc. 2026 à 09:30, Assistance <support@assistance.example.fr> a écrit :
""" + quote("""Bonjour,

Un abonnement commandé est activé dans un délai de 72 heures. Si ce n'est
pas le cas passé ce délai, répondez à ce message.

Cordialement,
L'équipe d'assistance"""), L("subscription_activation", False, "@U0400212@", "nouvelle-aquitaine", "esidoc", False, "fr",
       "Reply on a December ticket after the holidays: still not active weeks after the 72-hour answer; a person must look."),
    irt=tref(18190))

add(F("Nathalie Cros", "nathalie.cros@ac-limoges.fr"), "Abonnement Europresse non activé",
    (5, 9, 47), "ol", """Bonjour,

Notre abonnement Europresse pour 2027 (renouvellement au 1er janvier) n'est pas encore activé sur le portail du CDI.

Lycée Raymond Loewy, La Souterraine – @U0230286@

Cordialement,
Nathalie Cros
""", L("subscription_activation", True, "@U0230286@", "nouvelle-aquitaine", "esidoc", False, "fr",
       "HTML-only Outlook; renewal of 1 January not yet active on 5 January."), html_only=True)

add(F("Régis Fontanel", "regis.fontanel@ac-grenoble.fr"), "Portail : « abonnement expiré le 31/12/2026 »",
    (4, 10, 12), "tb", """Bonjour,

Depuis ce matin, la page d'accueil de notre portail affiche le bandeau
« Votre abonnement a expiré le 31/12/2026 ». Nous avons pourtant bien
renouvelé pour 2027 (bon de commande signé en décembre, devis accepté).

Est-ce simplement le temps que l'activation se fasse ?

Régis Fontanel
Cité scolaire de Die – @U0260114@
""", L("subscription_activation", True, "@U0260114@", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "Quoted-printable Thunderbird body; expiry banner on 4 January although renewed."), cte="quoted-printable")

add(F("Josiane Lamarque", "josiane.lamarque@ac-toulouse.fr"), "abonnement",
    (5, 18, 30), "ip", """Bonsoir, on a renouvelé l'abonnement au 1er janvier mais on ne voit rien dans le portail. Vous pouvez regarder ? Collège de Lectoure @U0320571@. Merci et bonne année !

Envoyé de mon iPhone""", L("subscription_activation", True, "@U0320571@", "occitanie", "esidoc", False, "fr",
       "Short iPhone message, base64; renewal not visible, 'portail' (e-sidoc)."), cte="base64")

add(F("Ruth Abernathy", "ruth.abernathy@ac-poitiers.fr"), "New subscription not visible yet",
    (13, 9, 40), "ap", """Hello,

We ordered the English-language e-book collection on Monday (11 January) for the European section. It's not visible on our library portal yet. Is that normal?

Thank you,
Ruth Abernathy
Lycée Guez de Balzac, Angoulême (@U0160018@)""", L("subscription_activation", True, "@U0160018@", "nouvelle-aquitaine", "esidoc", False, "en",
       "English; ordered two days ago, within 72 hours."))

add(F("Serge Cabrol", "serge.cabrol@ac-montpellier.fr"), "Option catalogue 2027 pas disponible",
    (7, 11, 0), "tb", """Bonjour,

Nous avons commandé l'option « catalogue fournitures 2027 » sur l'Espace
Acheteur le 5 janvier. Elle n'est pas encore disponible dans notre espace.
Faut-il l'activer de notre côté ?

Serge Cabrol
Gestionnaire – Collège Feuillade, Lunel
""", L("subscription_activation", True, None, "occitanie", "espace_acheteur", False, "fr",
       "Ordered service not yet available on the Espace Acheteur, two days later; no UAI."))

# ---- order_billing (11) ----------------------------------------------------
add(F("Christophe Baylet", "christophe.baylet@ac-bordeaux.fr"), "Devis renouvellement 2027",
    (4, 14, 40), "ol", """Bonjour,

Pour établir le bon d'engagement sur le budget 2027, j'ai besoin d'un devis officiel pour le renouvellement de notre abonnement e-sidoc. Pourriez-vous me l'adresser ?

Lycée Elie Faure, Lormont – @U0332433@

Cordialement,
Christophe Baylet, gestionnaire
""", L("order_billing", False, "@U0332433@", "nouvelle-aquitaine", "esidoc", False, "fr",
       "Quote needed for the bon d'engagement of the new budget year."))

add(F("Isabelle Marquès", "isabelle.marques@ac-toulouse.fr"), "Facture rejetée par Chorus",
    (8, 10, 12), "tb", """Bonjour,

Votre facture FA-2027-00031 a été rejetée par Chorus Pro : le numéro
d'engagement indiqué est celui de 2026. Pour l'exercice 2027 il faut
porter le n° EJ 2027-0112. Pouvez-vous la rééditer et la redéposer ?

Isabelle Marquès
Gestionnaire – Collège Sainte-Thérèse... pardon, Collège Émile Zola,
Colomiers – @U0312814@
""", L("order_billing", False, "@U0312814@", "occitanie", None, False, "fr",
       "Invoice rejected by Chorus (engagement number of the wrong year); product not stated."))

add(F("Service Achats - Mairie de Villefranche-de-Rouergue", "achats@villefranche-rouergue.fr"), "Panier impossible à valider",
    (6, 11, 33), "ol", """Bonjour,

Sur l'Espace Acheteur, notre panier (livres pour la médiathèque et les écoles) est bloqué : au moment de valider la commande, message « budget de l'exercice non ouvert ». Nous sommes pourtant en 2027 et les crédits sont votés.

Merci de votre retour rapide,
Service Achats
""", L("order_billing", False, None, None, "espace_acheteur", False, "fr",
       "Town hall: basket cannot be validated at the start of the budget year."))

add(F("Éditions du Vieux Lavoir - comptabilité", "compta@editions-vieuxlavoir.fr"), "Factures impayées 2026",
    (11, 15, 2), "ol", """Madame, Monsieur,

Nous constatons que nos factures de novembre 2026 relatives aux abonnements des établissements de l'académie de Limoges (déposées sur Chorus Pro) ne sont toujours pas réglées. Pouvez-vous nous indiquer le délai de paiement prévu ?

Cordialement,
Service comptabilité
Éditions du Vieux Lavoir
""", L("order_billing", False, None, None, None, False, "fr",
       "A publisher asks about unpaid invoices (Chorus): order_billing. Mentions an académie but no UAI and a non-académie sender."))

add(F("Owen Griffiths", "owen.griffiths@ac-lyon.fr"), "Invoice with VAT details",
    (7, 10, 5), "gm", """Hello,

Could you send us a copy of the 2027 subscription invoice that shows your VAT number and the breakdown excl./incl. VAT? Our accounting office needs it before the payment can go through.

Lycée Saint-Exupéry, Lyon — @U0690089@

Regards,
Owen Griffiths
""", L("order_billing", False, "@U0690089@", "auvergne-rhone-alpes", None, False, "en",
       "English; asks for an invoice with VAT details."))

add(F("Valérie Tixier", "valerie.tixier@ac-clermont.fr"), "Adresse de facturation 2027",
    (5, 9, 10), "zm", """Bonjour,

La facture de renouvellement 2027 est adressée à M. Gourdon, ancien gestionnaire parti en décembre. Pourriez-vous modifier le destinataire de facturation (moi-même) et nous renvoyer la facture ?

Valérie Tixier
Gestionnaire, Lycée Émile Duclaux, Aurillac - @U0150011@
""", L("order_billing", False, "@U0150011@", "auvergne-rhone-alpes", None, False, "fr",
       "Invoice addressed to the former gestionnaire: change of billing contact and re-issue."))

add(F("Régine Peyrat", "regine.peyrat@ac-limoges.fr"), "mandat administratif ?",
    (12, 11, 45), "tb", """Bonjour,

Quels sont les moyens de paiement acceptés pour les commandes passées
depuis l'Espace Acheteur ? Nous réglons habituellement par mandat
administratif, mais notre nouvel agent comptable demande si le virement
avec référence d'engagement est possible.

Régine Peyrat
Collège Léonard Limosin, Limoges – @U0870111@
""", L("order_billing", False, "@U0870111@", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
       "Payment means question."))

add(F("Joël Nadal", "joel.nadal@ac-montpellier.fr"), "facture en double + convention",
    (13, 14, 20), "ol", """Bonjour,

Nous avons reçu deux fois la facture du renouvellement (FA-2027-00118 et FA-2027-00126, même montant). Merci d'annuler la seconde.

Et au passage : la convention 2027 n'apparaît pas dans « Mes Marchés », est-ce normal ?

Joël Nadal
Lycée Jean Lurçat, Perpignan – @U0660011@
""", L("order_billing", False, "@U0660011@", "occitanie", "espace_acheteur", True, "fr",
       "Two topics: duplicate invoice (main) and a convention missing from 'Mes Marchés' (contract_documents)."))

add(F("Brigitte Mazars", "brigitte.mazars@ac-toulouse.fr"), "RE: [#SUP-018305] Votre devis D-2026-4502",
    (4, 16, 55), "ol", """Bonjour,

De retour de congés, je vous renvoie le devis signé ainsi que le bon de commande n° 2027-004. Pouvez-vous lancer la commande ?

Cordialement,
Brigitte Mazars
Gestionnaire – Collège Pierre Bayle, Pamiers – @U0090344@

De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 18 décembre 2026 14:03
À : Brigitte Mazars <brigitte.mazars@ac-toulouse.fr>
Objet : [#SUP-018305] Votre devis D-2026-4502

Bonjour,
Veuillez trouver ci-joint le devis demandé, valable jusqu'au 31 janvier 2027.
Cordialement,
L'équipe d'assistance
""", L("order_billing", False, "@U0090344@", "occitanie", None, False, "fr",
       "Returns the signed quote and the purchase order after the holidays (reply on a December ticket)."),
    irt=tref(18305), attach=("BC_2027-004.pdf", "application/pdf", b"%PDF-1.4\n% bon de commande (fixture)\n%%EOF\n"))

add(F("Hakim Belkacem", "hakim.belkacem@ac-lyon.fr"), "panier qui se vide",
    (11, 16, 40), "gm", """Bonjour,

Je précise d'emblée que ce n'est pas un problème de mot de passe ni de compte : je suis connecté et j'ai bien les droits. Mais quand je clique sur « Valider la commande », le panier se vide et aucune commande n'est créée. Trois essais ce matin.

Collège Paul Vallon, Givors – @U0692391@

Hakim Belkacem, adjoint gestionnaire
""", L("order_billing", False, "@U0692391@", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
       "Negation: not a password or account problem; order validation empties the basket."))

add(F("Annie Boissière", "annie.boissiere@ac-montpellier.fr"), "Demande de duplicata de facture",
    (14, 15, 30), "ol", """Bonjour,

Pourriez-vous nous adresser un duplicata de la facture de décembre 2026 (abonnement e-sidoc) ? L'original a été égaré pendant le déménagement du service intendance.

Merci,
Annie Boissière
Collège Voltaire, Remoulins – @U0301288@
""", L("order_billing", False, "@U0301288@", "occitanie", "esidoc", False, "fr",
       "HTML-only Outlook; duplicate invoice request."), html_only=True)

# ---- contract_documents (8) ------------------------------------------------
add(F("Marc Dauriac", "marc.dauriac@ac-bordeaux.fr"), "Convention 2027 introuvable dans Mes Marchés",
    (5, 10, 20), "tb", """Bonjour,

La convention d'adhésion 2027 n'apparaît pas dans « Mes Marchés » sur
l'Espace Acheteur ; je ne vois que celle de 2026. Nous en avons besoin
pour le conseil d'administration du 19 janvier.

Marc Dauriac
Lycée Max Linder, Libourne – @U0330109@
""", L("contract_documents", False, "@U0330109@", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
       "Cannot see the 2027 convention."))

add(F("Sylvie Carrère", "sylvie.carrere@ac-toulouse.fr"), "Avenant n°3 manquant",
    (7, 14, 15), "ol", """Bonjour,

L'avenant n°3 au marché 2024-017 (fournitures scolaires), applicable au 1er janvier 2027, n'est pas disponible dans les documents du marché. Nous ne voyons que les avenants 1 et 2.

Cordialement,
Sylvie Carrère
Collège Jean Jaurès, Saint-Alban – @U0312152@
""", L("contract_documents", False, "@U0312152@", "occitanie", "espace_acheteur", False, "fr",
       "Amendment no. 3 missing from the market documents."))

add(F("Patrick Dunne", "patrick.dunne@ac-grenoble.fr"), "Can't access the market documents",
    (8, 9, 12), "gm", """Hello,

I'm trying to download the contract documents (CCAP and price schedule) for the new 2027 furniture framework agreement from the buyer space, but the documents tab is empty for our school. Colleagues elsewhere can see them.

Cité scolaire internationale, Grenoble (@U0382270@)

Thanks,
Patrick Dunne
""", L("contract_documents", False, "@U0382270@", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
       "English; market documents not visible."))

add(F("Mairie de Cahors - Commande publique", "commande.publique@mairie-cahors.fr"), "CCAP marché 2027-003",
    (11, 10, 40), "ol", """Bonjour,

Nous ne trouvons pas le CCAP du marché 2027-003 (livres non scolaires) dans l'Espace Acheteur, alors que la notification nous a été adressée le 4 janvier.

Merci de nous indiquer où le consulter.

Commande publique – Ville de Cahors
""", L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
       "Town hall cannot find the CCAP of a new market."))

add(F("Anne-Sophie Ribes", "anne-sophie.ribes@ac-clermont.fr"), "convention vide",
    (6, 12, 0), "tb", """Bonjour,

Quand je télécharge la convention d'adhésion 2027 depuis l'Espace Acheteur,
j'obtiens un PDF de 0 Ko qui ne s'ouvre pas. Même chose avec deux
navigateurs.

Anne-Sophie Ribes
Collège Les Célestins, Vichy – @U0030554@
""", L("contract_documents", False, "@U0030554@", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
       "The convention downloads as an empty file."))

add(F("Denis Lafargue", "denis.lafargue@ac-bordeaux.fr"), "Re: [#SUP-018260] Documents du marché",
    (12, 8, 30), "zm", """Bonjour,

Toujours rien de visible dans les documents du marché 2026-044 depuis votre réponse de décembre. Je suis de retour, pouvez-vous relancer ?

Denis Lafargue
Lycée Gaston Fébus, Orthez

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Denis Lafargue" <denis.lafargue@ac-bordeaux.fr>
Envoyé: Jeudi 17 Décembre 2026 15:10:44
Objet: [#SUP-018260] Documents du marché

Bonjour,
Nous avons transmis votre demande à l'équipe de votre région.
Cordialement,
L'équipe d'assistance
""", L("contract_documents", False, None, "nouvelle-aquitaine", "espace_acheteur", False, "fr",
       "Zimbra follow-up: market documents still missing after the region's December answer; no UAI."),
    irt=tref(18260))

add(F("Nicolas Ginestet", "nicolas.ginestet@ac-toulouse.fr"), "Acte d'engagement manquant",
    (13, 15, 50), "tb", """Bonjour,

L'acte d'engagement signé du marché de maintenance informatique (2027-001)
n'apparaît pas dans nos documents contractuels, seul le DCE est
consultable. Pouvez-vous le mettre à disposition ?

Nicolas Ginestet
Lycée Bourdelle, Montauban – @U0820021@
""", L("contract_documents", False, "@U0820021@", "occitanie", "espace_acheteur", False, "fr",
       "Quoted-printable body; signed acte d'engagement missing."), cte="quoted-printable")

add(F("Florence Lafon", "florence.lafon@ac-limoges.fr"), "Convention signée électroniquement mais invisible",
    (14, 11, 5), "ol", """Bonjour,

Notre principal a signé électroniquement la convention d'adhésion 2027 le 8 janvier (il a reçu le mail de confirmation « tous les signataires ont terminé »). Pourtant la convention signée n'apparaît pas dans les documents contractuels de l'Espace Acheteur.

Florence Lafon
Gestionnaire – Collège Georges Guingouin, Eymoutiers – @U0870788@
""", L("contract_documents", False, "@U0870788@", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
       "The convention was e-signed but is not visible among the contract documents: contract_documents; the e-signature step is done, so the platform is the Espace Acheteur."))

# ---- transfer_incident (9) -------------------------------------------------
add(F("Mireille Authier", "mireille.authier@ac-toulouse.fr"), "Transferts EcoleDirecte en échec depuis la rentrée",
    (5, 9, 5), "ol", """Bonjour,

Depuis lundi, les transferts vers EcoleDirecte échouent tous : le journal indique « échec de connexion au serveur ». Les parents ne voient pas les notes saisies depuis la rentrée.

Collège Jules Verne, Plaisance-du-Touch – @U0311865@

Merci de votre aide rapide,
Mireille Authier
Secrétaire de direction
""", L("transfer_incident", False, "@U0311865@", "occitanie", "ecoledirecte", False, "fr",
       "Transfers failing since the return from holidays."))

add(F("Laurent Bessière", "laurent.bessiere@ac-montpellier.fr"), "Licence expirée au 1er janvier",
    (4, 8, 40), "tb", """Bonjour,

Au démarrage de Charlemagne Outils ce matin : « Licence expirée le
31/12/2026 ». Plus aucun transfert vers EcoleDirecte. Pouvez-vous nous
régénérer la licence ?

Laurent Bessière
Lycée Philippe Lamour, Nîmes – @U0301514@
""", L("transfer_incident", False, "@U0301514@", "occitanie", "ecoledirecte", False, "fr",
       "Licence expired on 31 December: licence to regenerate."))

add(F("Corinne Vayssière", "corinne.vayssiere@ac-toulouse.fr"), "mot de passe de maintenance",
    (6, 14, 12), "gm", """Bonjour,

Pour relancer la réplication après l'incident d'hier, l'outil me demande le mot de passe de maintenance du jour. Pouvez-vous me le communiquer ?

Corinne Vayssière
Collège Jean Jaurès, Saint-Juéry – @U0811292@
""", L("transfer_incident", False, "@U0811292@", "occitanie", "ecoledirecte", True, "fr",
       "Asks for the daily maintenance password: transfer_incident per the taxonomy, not password_reset."))

add(F("Rémi Chastel", "remi.chastel@ac-clermont.fr"), "Synchronisation arrêtée après coupure électrique",
    (13, 10, 2), "ol", """Bonjour,

Avec la vague de froid, une coupure électrique mardi a éteint brutalement le serveur du collège. Depuis le redémarrage, la synchronisation vers EcoleDirecte ne se lance plus (icône rouge dans Charlemagne).

Collège Anna Garcin-Mayade, Pontaumur – @U0631893@

Rémi Chastel, référent numérique
""", L("transfer_incident", False, "@U0631893@", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
       "Cold snap power cut; synchronisation stopped after the server restart."))

add(F("Gareth Hughes", "gareth.hughes@ac-bordeaux.fr"), "EcoleDirecte sync stuck",
    (7, 15, 44), "gm", """Hi,

The data transfer to EcoleDirecte has been stuck on "en cours" since Tuesday. Parents can't see the new timetable. Could someone take a look?

Gareth Hughes
IT, Lycée Kastler, Talence (@U0332500@)
""", L("transfer_incident", False, "@U0332500@", "nouvelle-aquitaine", "ecoledirecte", False, "en",
       "English; transfer stuck."))

add(F("Pascal Murat", "pascal.murat@ac-lyon.fr"), "Erreur Outils.exe",
    (8, 11, 20), "ol", """Bonjour,

Depuis la mise à jour Windows des vacances, Outils.exe plante au lancement (« l'application a cessé de fonctionner ») et les transferts ne partent plus.

Pascal Murat
Collège Charles de Gaulle, Vénissieux – @U0692517@
""", L("transfer_incident", False, "@U0692517@", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
       "HTML-only Outlook; Outils.exe crashes, transfers stopped."), html_only=True)

add(F("Agathe Lopez", "agathe.lopez@ac-montpellier.fr"), "transferts + mdp",
    (11, 13, 50), "tb", """Bonjour,

Les transferts vers EcoleDirecte sont bloqués depuis vendredi (erreur
« licence invalide »). Accessoirement, je ne retrouve plus le mot de passe
de mon compte sur le portail d'assistance pour suivre mes tickets.

Agathe Lopez
Lycée Jean-Baptiste Dumas, Alès – @U0300960@
""", L("transfer_incident", False, "@U0300960@", "occitanie", "ecoledirecte", True, "fr",
       "Two topics: transfers blocked by an invalid licence (main) and a ticket-portal password (secondary)."))

add(F("Hélène Fayolle", "helene.fayolle@ac-grenoble.fr"), "Dates erronées dans les transferts",
    (12, 9, 25), "tb", """Bonjour,

Depuis le passage à 2027, les absences transférées vers EcoleDirecte
apparaissent datées de 2026 côté parents (ex. absence du 11/01/2027
affichée au 11/01/2026). Le transfert se termine pourtant sans erreur.

Hélène Fayolle
CPE – Collège Le Vercors, Grenoble – @U0380456@
""", L("transfer_incident", False, "@U0380456@", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
       "Transferred data wrong after the calendar-year change."))

add(F("Jean-Luc Testut", "jean-luc.testut@ac-poitiers.fr"), "Re: [#SUP-018351] Transferts bloqués",
    (4, 10, 50), "ap", """Bonjour,

De retour aujourd'hui : malgré la nouvelle licence envoyée le 21 décembre, les transferts ne partent toujours pas (même message d'erreur). Que faire ?

Jean-Luc Testut
Collège Jean Moulin, Poitiers
@U0860345@

> Le 21 déc. 2026 à 11:02, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
> Votre nouvelle licence est jointe. Importez-la dans Charlemagne Outils puis relancez le transfert.
> Cordialement,
> L'équipe d'assistance""", L("transfer_incident", False, "@U0860345@", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
       "Apple Mail reply on a December ticket: the new licence did not fix the transfers."),
    irt=tref(18351))

# ---- automated (20) --------------------------------------------------------
AUTO_GEN = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

add(F("Dubois Catherine", "catherine.dubois@ac-lyon.fr"), "Réponse automatique : [#SUP-018455] Votre demande",
    (4, 7, 2), "ow", """Bonjour,

Je suis absente jusqu'au lundi 4 janvier inclus. Votre message sera traité à mon retour. Pour toute urgence, merci de contacter le secrétariat.

Meilleurs vœux,
Catherine Dubois
""", L("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
       "Exchange Online out-of-office (Auto-Submitted: auto-generated, X-Auto-Response-Suppress). Region from ac-lyon.fr."),
    extra=AUTO_GEN, irt=tref(18455))

add(F("Bernard Sentis", "bernard.sentis@ac-toulouse.fr"), "Absent : Re: [#SUP-018461] Abonnement",
    (4, 9, 30), "zm", """Je suis en congés jusqu'au 5 janvier 2027. Je traiterai votre message à mon retour.
Bonne année à tous.
""", L("automated", False, None, "occitanie", None, False, "fr",
       "Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)). Region from ac-toulouse.fr."),
    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], irt=tref(18461))

add(F("Tom Reilly", "tom.reilly.edu@gmail.com"), "Out of office: Re: [#SUP-018470]",
    (5, 12, 0), "gm", """Thanks for your email. I'm away until 11 January with limited access to email. I'll reply when I'm back.

Tom
""", L("automated", False, None, None, None, False, "en",
       "English Gmail vacation responder (Auto-Submitted: auto-replied)."),
    extra=[("Auto-Submitted", "auto-replied")], irt=tref(18470), plain_only=False)

add(F("Mail Delivery System", "MAILER-DAEMON@mx.ac-bordeaux.fr"), "Undelivered Mail Returned to Sender",
    (5, 10, 14), "raw", "", L("automated", False, "@U0332789@", "nouvelle-aquitaine", None, True, "en",
       "Postfix bounce (multipart/report delivery-status, headers of the original), null Return-Path, mailbox full. The failed recipient is a ce.<UAI> address, so the UAI is labelled; the ac-bordeaux.fr sender agrees on the region."),
    rp="<>", ctype='multipart/report; report-type=delivery-status;\n\tboundary="B41C2A1E05.1767604454/mx.ac-bordeaux.fr"',
    raw_body="""This is a MIME-encapsulated message.

--B41C2A1E05.1767604454/mx.ac-bordeaux.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.ac-bordeaux.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ce.@U0332789@@ac-bordeaux.fr>: host mbox.ac-bordeaux.fr[192.0.2.44] said:
    552 5.2.2 Mailbox full (in reply to RCPT TO command)

--B41C2A1E05.1767604454/mx.ac-bordeaux.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.ac-bordeaux.fr
Arrival-Date: Tue,  5 Jan 2027 10:14:02 +0100 (CET)

Final-Recipient: rfc822; ce.@U0332789@@ac-bordeaux.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; mbox.ac-bordeaux.fr
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--B41C2A1E05.1767604454/mx.ac-bordeaux.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: ce.@U0332789@@ac-bordeaux.fr
Subject: [#SUP-018472] Activation de votre abonnement
Date: Tue, 5 Jan 2027 10:13:58 +0100
Auto-Submitted: auto-replied

--B41C2A1E05.1767604454/mx.ac-bordeaux.fr--
""")

add(F("Microsoft Outlook", "postmaster@lyceeprive-sainteanne.fr"), "Non remis : [#SUP-018480] Votre devis",
    (6, 9, 1), "raw", "", L("automated", False, None, None, None, False, "fr",
       "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with a French text part."),
    rp="<>", extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    ctype='multipart/report; report-type=delivery-status;\n\tboundary="_000_NDR_a81c7f3e"',
    raw_body="""--_000_NDR_a81c7f3e
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Impossible de remettre votre message à ces destinataires :

intendance@lyceeprive-sainteanne.fr
L'adresse e-mail que vous avez saisie est introuvable. Vérifiez l'adresse du destinataire et réessayez.

--_000_NDR_a81c7f3e
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB0001.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr

Final-Recipient: rfc822;intendance@lyceeprive-sainteanne.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_000_NDR_a81c7f3e
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: intendance@lyceeprive-sainteanne.fr
Subject: [#SUP-018480] Votre devis
Date: Wed, 6 Jan 2027 09:00:41 +0100

--_000_NDR_a81c7f3e--
""")

add(F("Gisèle Marcou", "gisele.marcou@ac-poitiers.fr"), "Lu : [#SUP-018466] Abonnement 2027",
    (6, 14, 22), "raw", "", L("automated", False, None, "nouvelle-aquitaine", None, False, "fr",
       "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification."),
    ctype='multipart/report; report-type=disposition-notification;\n\tboundary="----=_NextPart_000_00A1_01DB6F2C.3E2A4B10"',
    raw_body="""------=_NextPart_000_00A1_01DB6F2C.3E2A4B10
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : support@assistance.example.fr
  Objet : [#SUP-018466] Abonnement 2027
  Envoyé : mercredi 6 janvier 2027 11:05

a été lu le mercredi 6 janvier 2027 14:22.

------=_NextPart_000_00A1_01DB6F2C.3E2A4B10
Content-Type: message/disposition-notification

Reporting-UA: LP-CDI-02; Microsoft Outlook 16.0
Final-Recipient: rfc822;gisele.marcou@ac-poitiers.fr
Original-Message-ID: <SUP-018466.1767693900.3f2a11@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_00A1_01DB6F2C.3E2A4B10--
""")

add(F("Yves Lalanne", "yves.lalanne@ac-bordeaux.fr"), "[doc-aquitaine] mdp e-sidoc expiré, quelqu'un a une solution ?",
    (5, 13, 10), "tb", """Bonjour la liste,

Depuis la rentrée mon mot de passe d'admin e-sidoc est expiré et le lien
de réinitialisation part sur la boîte du collège que je ne consulte pas.
Quelqu'un a-t-il déjà eu ce cas ? Vous avez contacté l'assistance ?

Yves
Collège de Sainte-Foy-la-Grande
""", L("automated", False, None, "nouvelle-aquitaine", "esidoc", True, "fr",
       "A librarian's real password question, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered."),
    to="doc-aquitaine@listes.ac-bordeaux.fr",
    extra=[("List-Id", "Documentalistes de l'academie <doc-aquitaine.listes.ac-bordeaux.fr>"),
           ("List-Post", "<mailto:doc-aquitaine@listes.ac-bordeaux.fr>"),
           ("List-Unsubscribe", "<mailto:sympa@listes.ac-bordeaux.fr?subject=unsubscribe%20doc-aquitaine>"),
           ("Precedence", "list"), ("Sender", "doc-aquitaine-owner@listes.ac-bordeaux.fr")])

add(F("Éditions Garonne Jeunesse", "newsletter@garonne-jeunesse.fr"), "Nos meilleurs vœux pour 2027 ✨ et nos nouveautés de janvier",
    (4, 6, 30), "gm", """Toute l'équipe des Éditions Garonne Jeunesse vous souhaite une belle année 2027 !

Découvrez nos nouveautés de janvier pour les CDI et les BCD : romans, documentaires, et notre nouvelle revue numérique, disponible sur votre portail documentaire.

Se désinscrire : https://garonne-jeunesse.fr/newsletter/unsubscribe?u=8812
""", L("automated", False, None, None, None, False, "fr",
       "Publisher's greetings newsletter: List-Unsubscribe (one-click), Precedence: bulk."),
    extra=[("List-Unsubscribe", "<https://garonne-jeunesse.fr/newsletter/unsubscribe?u=8812>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
           ("List-Id", "Lettre d'information <lettre.garonne-jeunesse.fr>")])

add(F("Mailinblack", "noreply@mailinblack.com"), "Authentifiez-vous pour que votre message soit délivré",
    (7, 11, 20), "raw", """Bonjour,

Vous avez envoyé un message à ce.@U0311733@@ac-toulouse.fr. Ce destinataire est protégé par Mailinblack.

Pour que votre message soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :
https://challenge.mailinblack.com/auth?t=Zk3aP0q

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", L("automated", False, "@U0311733@", "occitanie", None, True, "fr",
       "A MailInBlack sender-authentication challenge sent to the desk itself (Auto-Submitted): not a person's request, never answered (nor clicked automatically). The protected recipient's ce.<UAI> address gives the UAI."),
    extra=[("Auto-Submitted", "auto-replied")], plain_only=True, cte="quoted-printable")

add(F("Collège Jean Jaurès - Saint-Flour", "ce.@U0150321@@ac-clermont.fr"), "Réponse automatique : fermeture de l'établissement",
    (12, 7, 5), "zm", """Madame, Monsieur,

En raison des conditions météorologiques (neige et verglas), l'établissement est fermé les mardi 12 et mercredi 13 janvier 2027. Les messages reçus seront traités à la réouverture.

Le secrétariat
""", L("automated", False, "@U0150321@", "auvergne-rhone-alpes", None, False, "fr",
       "Cold-snap closure auto-reply from a ce.<UAI> address (Auto-Submitted). UAI from the address."),
    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], irt=tref(18520))

add(F("Hugo Mercadier", "hugo.mercadier@ac-montpellier.fr"), "Absence",
    (8, 8, 0), "tb", """Bonjour,

Je suis absent du 8 au 15 janvier (stage de formation). Ce message est
envoyé automatiquement ; pour les questions urgentes concernant le CDI,
adressez-vous à Mme Fabre.

H. Mercadier
""", L("automated", False, None, "occitanie", None, True, "fr",
       "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic."))

add(F("Portail Assistance", "no-reply@tickets.example-editeur.fr"), "[Ticket #44120] Mise à jour de votre ticket",
    (6, 17, 2), "raw", """Bonjour,

Le ticket #44120 « Export des notices MARC » que vous avez ouvert a été mis à jour par l'éditeur.

Statut : En attente de votre retour

Consulter le ticket : https://tickets.example-editeur.fr/t/44120

Ceci est un message automatique.
""", L("automated", False, None, None, "ticket_portal", False, "fr",
       "Ticket-portal notification (Auto-Submitted: auto-generated): a ticket the desk opened with a supplier was updated."),
    extra=AUTO_GEN, plain_only=True, cte="quoted-printable")

add(F("Signature électronique", "dse@esign-notify.example.com"), "Document à signer : Convention d'adhésion 2027 – Collège Pasteur",
    (8, 10, 44), "gm", """Vous avez été invité à signer : Convention d'adhésion 2027 – Collège Pasteur.

SIGNER LE DOCUMENT : https://app.esign-notify.example.com/sign/77ab01

Ne partagez pas cet e-mail.
Ce message a été envoyé automatiquement.
""", L("automated", False, None, None, "esignature", True, "fr",
       "E-signature invitation: transactional mail without Auto-Submitted or Precedence; the no-reply style sender and the wording show it is automatic."))

add(F("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), "Nouveau compte en attente de validation",
    (5, 8, 31), "raw", """Bonjour,

Un nouvel utilisateur (m.castex@ac-toulouse.fr) a demandé un accès à la structure « Lycée Raymond Naves – @U0311607@ ». Cette structure n'ayant pas d'administrateur, la demande vous est transmise.

Valider la demande : https://espace-acheteur.example.fr/admin/requests/55102
""", L("automated", False, "@U0311607@", "occitanie", "espace_acheteur", True, "fr",
       "No-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated. The UAI in the structure name is labelled."),
    extra=AUTO_GEN, plain_only=True, cte="quoted-printable")

add(F("Mail Delivery Subsystem", "mailer-daemon@relay.assistance.example.fr"), "Delayed Mail (still being retried)",
    (13, 9, 0), "raw", "", L("automated", False, None, None, None, True, "en",
       "Delay warning from our own relay (Action: delayed) for a message to a school closed by the cold snap: not a failure, still automatic."),
    rp="<>", ctype='multipart/report; report-type=delivery-status;\n\tboundary="41A2F0B1C3.1768291200/relay.assistance.example.fr"',
    raw_body="""--41A2F0B1C3.1768291200/relay.assistance.example.fr
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<gestion@college-mauriac-ussel.fr>: connect to mail.college-mauriac-ussel.fr[198.51.100.77]:25: Connection timed out

--41A2F0B1C3.1768291200/relay.assistance.example.fr
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.assistance.example.fr

Final-Recipient: rfc822; gestion@college-mauriac-ussel.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.college-mauriac-ussel.fr[198.51.100.77]:25: Connection timed out

--41A2F0B1C3.1768291200/relay.assistance.example.fr--
""")

add(F("Assistance DANE Toulouse", "assistance-dane@ac-toulouse.fr"), "[DANE-2027-00088] Accusé de réception de votre demande",
    (7, 15, 16), "raw", """Bonjour,

Votre demande a bien été enregistrée sous le numéro DANE-2027-00088. Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.
""", L("automated", False, None, "occitanie", None, True, "fr",
       "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering it would start a mail loop. Region from ac-toulouse.fr."),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dane@ac-toulouse.fr")],
    irt=tref(18533), plain_only=True, cte="quoted-printable")

add(F("Portail Assistance", "no-reply@tickets.example-editeur.fr"), "Votre mot de passe expire dans 5 jours",
    (10, 6, 0), "raw", """Bonjour,

Le mot de passe du compte support@assistance.example.fr sur le portail de tickets expirera le 15/01/2027.

Pour le modifier : https://tickets.example-editeur.fr/account/password

Ceci est un message automatique, merci de ne pas y répondre.
""", L("automated", False, None, None, "ticket_portal", True, "fr",
       "Automatic password-expiry reminder for the desk's own ticket-portal account (Auto-Submitted): mentions a password but nobody asks anything."),
    extra=AUTO_GEN, plain_only=True, cte="quoted-printable")

add(F("Reception - Pyrenees Books Ltd", "office@pyreneesbooks.co.uk"), "Automatic reply: Invoice query",
    (4, 11, 0), "ow", """Thank you for your message. Our offices are closed until Monday 11 January 2027. We will respond as soon as possible after that date.

Pyrenees Books Ltd
""", L("automated", False, None, None, None, False, "en",
       "English Exchange auto-reply from a publisher (Auto-Submitted, X-Auto-Response-Suppress)."),
    extra=AUTO_GEN, irt=tref(18477), plain_only=True)

add(F("Mail Delivery System", "Mailer-Daemon@smtp.mairie-tarbes.fr"), "Mail delivery failed: returning message to sender",
    (11, 14, 6), "raw", """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  marches.publics@mairie-tarbes.fr
    user unknown

------ This is a copy of the message's headers. ------

From: Assistance <support@assistance.example.fr>
To: marches.publics@mairie-tarbes.fr
Subject: [#SUP-018540] Documents du marche 2027-003
Date: Mon, 11 Jan 2027 14:05:55 +0100
""", L("automated", False, None, None, None, True, "en",
       "Exim bounce, plain text base64-encoded (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic."),
    rp="<>", plain_only=True, cte="base64", charset="us-ascii")

add(F("Info Médiathèque Saint-Gaudens", "mediatheque@ville-saint-gaudens.fr"), "Re: [#SUP-018498] Commande de livres",
    (6, 16, 5), "raw", """Bonjour,

Nous avons bien reçu votre message. La médiathèque est fermée pour inventaire jusqu'au 8 janvier ; nous vous répondrons dès la réouverture.

L'équipe de la médiathèque
""", L("automated", False, None, None, None, False, "fr",
       "Host-provided autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted."),
    extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Re: [#SUP-018498] Commande de livres")],
    irt=tref(18498), plain_only=True, cte="quoted-printable")

# ---- other (17) ------------------------------------------------------------
add(F("Danièle Puech", "daniele.puech@ac-montpellier.fr"), "Bonne année !",
    (4, 8, 45), "tb", """Bonjour à toute l'équipe de l'assistance,

Juste un petit mot pour vous souhaiter une très belle année 2027, et vous
remercier pour votre patience l'an dernier avec mes innombrables
questions. Rien à vous demander aujourd'hui, promis !

Danièle Puech
CDI du collège de Sète
""", L("other", False, None, "occitanie", None, False, "fr",
       "New-year greetings only; nothing asked."))

add(F("Mathieu Gros", "mathieu.gros@ac-grenoble.fr"), "Re: [#SUP-018402] Réinitialisation de votre mot de passe",
    (4, 13, 30), "gm", """Parfait, le lien a fonctionné, j'ai pu choisir un nouveau mot de passe. Merci et bonne année !

Mathieu

Le lun. 4 janv. 2027 à 11:02, Assistance <support@assistance.example.fr> a écrit :
""" + quote("""Bonjour,

Un lien de réinitialisation vient d'être envoyé à l'adresse enregistrée.
Ce lien est valable 12 heures.

Cordialement,
L'équipe d'assistance"""), L("other", False, None, "auvergne-rhone-alpes", None, True, "fr",
       "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. No product named, so no platform."),
    irt=tref(18402))

add(F("Service Messagerie Académique", "securite@ac-toulouse-webmail.com"), "Votre mot de passe expire aujourd'hui",
    (5, 6, 12), "ow", """Cher utilisateur,

Votre mot de passe de messagerie académique expire aujourd'hui. Pour éviter la suspension de votre boîte, confirmez votre mot de passe actuel en cliquant ci-dessous :

https://ac-toulouse-webmail.com/renouvellement

Service informatique du rectorat
""", L("other", False, None, None, None, True, "fr",
       "Phishing: 'password expires today, confirm it'. Mentions a password but is not password_reset; the look-alike domain ac-toulouse-webmail.com is not an académie domain, so no region."),
    auth="fail")

add(F("Rank Boost Agency", "growth@rankboost-agency.biz"), "Page 1 on Google in 2027? Let's talk",
    (6, 3, 14), "gm", """Hi there,

New year, new goals! I noticed your website isn't ranking for key terms. Our team can get you to page 1 in 90 days, guaranteed. Reply "YES" for a free audit.

Cheers,
Kevin
""", L("other", False, None, None, None, False, "en", "English SEO spam."))

add(F("Florian Estève", "florian.esteve@ac-toulouse.fr"), "Formation de demain annulée (collège fermé)",
    (12, 17, 30), "tb", """Bonjour,

Le collège sera fermé demain mercredi en raison de l'alerte grand froid
(chauffage collectif en panne). Je ne pourrai donc pas assister à la
visioconférence de prise en main prévue à 14 h. Pouvez-vous me
réinscrire à une autre session ?

Florian Estève
Collège Voltaire, Figeac
""", L("other", False, None, "occitanie", None, False, "fr",
       "Cold-snap closure: cancels a training session and asks for another date; no category fits."))

add(F("Karine", "karine.mazet31@gmail.com"), "menu cantine",
    (7, 12, 10), "ip", """Bonjour, ou peut on trouver le menu de la cantine de la semaine prochaine ? Mon fils est en 6e. Merci

Envoyé de mon iPhone""", L("other", False, None, None, None, False, "fr", "A parent asking for the canteen menu: wrong address."))

add(F("Léa Fontaine - Readly Edu", "lea@readly-edu.io"), "Partnership for French school libraries",
    (8, 10, 5), "gm", """Hi team,

Happy New Year! I'm reaching out from Readly Edu, an audiobook platform used by 400 schools in the UK. We'd love to explore a partnership to offer our catalogue to French school libraries through your portal.

Would you have 20 minutes for a call next week?

Best,
Léa
""", L("other", False, None, None, None, False, "en", "English partnership pitch from a start-up."))

add(F("Bernadette Alric", "bernadette.alric@ac-toulouse.fr"), "Re: mes messages de décembre",
    (5, 11, 50), "ol", """Bonjour,

Je rentre et je découvre vos réponses à mes trois messages de décembre. Pour faire court :
- ticket SUP-018230 (mot de passe) : réglé, merci ;
- ticket SUP-018244 (abonnement) : la ressource est bien apparue le 23 ;
- ticket SUP-018251 (facture) : notre gestionnaire a tout reçu.

Vous pouvez tout clôturer. Bonne année !

Bernadette Alric
Collège Jean Moulin, Fronton – @U0311322@
""", L("other", False, "@U0311322@", "occitanie", None, True, "fr",
       "Staff back from holidays answering three old tickets at once: everything is solved, nothing asked (close the tickets). Password, subscription and invoice words appear only as closed topics."))

add(F("Paul Chambon", "paul.chambon@ac-clermont.fr"), "changer le bandeau du portail",
    (11, 9, 33), "tb", """Bonjour,

Comment change-t-on l'image du bandeau d'accueil de notre portail e-sidoc ?
Je voudrais mettre une image de la nouvelle année pour janvier.

Paul Chambon
Collège Jean Zay, Thiers
""", L("other", False, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
       "How-to question on the portal's layout: no category of its own."))

add(F("Henriette Rouvière", "h.rouviere@wanadoo.fr"), "Ne plus recevoir vos mails",
    (6, 20, 40), "gm", """Bonjour,

Je suis à la retraite depuis juillet et je reçois encore vos lettres d'information. Merci de me retirer de vos listes et de supprimer mes données.

H. Rouvière
""", L("other", False, None, None, None, False, "fr",
       "Hand-written unsubscribe / data erasure request from a retired librarian: other, not automated."))

add(F("Gérard Vialaret", "gerard.vialaret@ac-lyon.fr"), "INADMISSIBLE",
    (8, 17, 55), "ol", """Trois semaines que j'attends une réponse. TROIS SEMAINES. Vacances ou pas, c'est inadmissible pour un service que nous payons. Je vais en référer au rectorat.

G. Vialaret
""", L("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
       "Angry complaint that says nothing about the topic: no category can be told."))

add(F("Dr. Alison Park", "a.park@edu-conf-europe.org"), "Invitation to speak - School Libraries Forum 2027",
    (7, 8, 20), "gm", """Dear colleagues,

We would be delighted to invite a representative of your service to speak at the European School Libraries Forum in Lyon on 18-19 March 2027, on the theme of digital resources in secondary schools.

Please let me know if you would be interested.

Kind regards,
Dr. Alison Park
Programme Chair
""", L("other", False, None, None, None, False, "en", "English conference invitation."))

add(F("Chorus Pro - Relance", "relance@chorus-pro-paiement.net"), "Facture impayée n° 2027-00812 - dernier rappel",
    (11, 7, 48), "ol", """Madame, Monsieur,

Sauf erreur de notre part, la facture n° 2027-00812 reste impayée. Afin d'éviter des pénalités de retard, merci de régler sous 48 h via le lien sécurisé ci-dessous ou d'ouvrir la pièce jointe.

https://chorus-pro-paiement.net/reglement

Service recouvrement
""", L("other", False, None, None, None, True, "fr",
       "Fake 'unpaid invoice' from a look-alike Chorus domain, failing SPF/DMARC, with an attachment: phishing, not order_billing."),
    auth="fail", attach=("facture_2027-00812.zip", "application/zip", b"PK\x05\x06" + b"\x00" * 18))

add(F("Sandra Molinier", "sandra.molinier@ac-limoges.fr"), "Calendrier des webinaires 2027 ?",
    (13, 14, 0), "gm", """Bonjour,

Le calendrier des webinaires de prise en main pour le premier trimestre 2027 est-il disponible ? Je voudrais y inscrire notre nouvelle collègue.

Merci,
Sandra Molinier
""", L("other", False, None, "nouvelle-aquitaine", None, False, "fr",
       "Asks for the training webinar schedule: other."))

add(F("Sébastien Rouquié", "sebastien.rouquie@ac-toulouse.fr"), "Re: [#SUP-018497] Activation de votre abonnement",
    (6, 10, 2), "ip", """Bien reçu merci

Envoyé de mon iPhone

> Le 6 janv. 2027 à 09:55, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
> Un abonnement commandé est activé sous 72 heures.""", L("other", False, None, "occitanie", None, False, "fr",
       "'Bien reçu merci' from a phone, quoting the 72-hour answer: nothing to do."),
    irt=tref(18497))

add(F("Ville de Limoux - Marchés publics", "marches@limoux.fr"), "Déclaration d'accessibilité",
    (12, 11, 15), "ol", """Bonjour,

Dans le cadre de notre audit RGAA, pourriez-vous nous transmettre la déclaration d'accessibilité de l'Espace Acheteur ainsi que le taux de conformité ?

Cordialement,
Service des marchés publics – Ville de Limoux
""", L("other", False, None, None, "espace_acheteur", False, "fr",
       "Town hall asks for the accessibility statement of the platform: other."))

add(F("Céline Garrigues", "celine.garrigues@ac-bordeaux.fr"), "pour vendredi",
    (14, 16, 20), "gm", """Coucou Anne,

Je t'envoie la liste des romans pour le comité de lecture de vendredi, dis-moi si ça te va. On se retrouve au CDI à 12h30 ?

Bises
Céline
""", L("other", False, None, "nouvelle-aquitaine", None, False, "fr",
       "Personal message sent to the desk by address autocomplete."))


# ---------------------------------------------------------------------------
# Write the corpus, then check it.
# ---------------------------------------------------------------------------
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3})\s?(\d{4})\s?([A-Za-z])(?![0-9A-Za-z])")


def text_of(msg):
    out = [str(msg.get("Subject", "")), str(msg.get("From", "")), str(msg.get("Cc", ""))]
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct.startswith("text/") or ct.startswith("message/"):
            payload = p.get_payload(decode=True)
            if payload is not None:
                out.append(payload.decode(p.get_content_charset() or "utf-8"))
    return "\n".join(out)


def main():
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    for old in HERE.glob("h*.eml"):
        old.unlink()
    labels = []
    for i, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = "h%03d.eml" % i
        (HERE / name).write_bytes(build(m))
        labels.append(dict(file=name, **m["lab"]))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in HERE.glob("*.eml"))
    assert len(labels) == 150, len(labels)
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files[:3]
    assert [l["file"] for l in labels] == files
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    for lab in labels:
        f = lab["file"]
        assert list(lab) == keys, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert lab["notes"] and "@" not in re.sub(r"\S+@\S+", "", lab["notes"]), f
        assert "@U" not in lab["notes"] and "@B" not in lab["notes"], f
        raw = (HERE / f).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Date"] and msg["Message-ID"], f
        for p in msg.walk():
            if not p.is_multipart() and p.get_content_maintype() == "text":
                p.get_content()
        assert not [d for d in msg.defects], (f, msg.defects)
        txt = text_of(msg)
        # UAI check letters
        cands = {(a + b, c.upper()) for a, b, c in UAI_RE.findall(txt)}
        good = {d + c for d, c in cands if check_letter(d) == c}
        bad = {d + c for d, c in cands if check_letter(d) != c}
        for b in bad:
            assert "wrong check letter" in lab["notes"] and b in lab["notes"], (f, b)
        if lab["uai"] is not None:
            assert re.fullmatch(r"\d{7}[A-Z]", lab["uai"]), f
            assert check_letter(lab["uai"][:7]) == lab["uai"][7], f
            assert lab["uai"] in good, (f, lab["uai"], good)
        # regions
        dom = email.utils.parseaddr(str(msg["From"]))[1].split("@")[-1].lower()
        if lab["uai"]:
            expected = DEPT_REGION[lab["uai"][:3]]
        else:
            expected = DOMAIN_REGION.get(dom)
        assert lab["region"] == expected, (f, lab["region"], expected)
    counts = {}
    for lab in labels:
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
    assert set(counts) == CATEGORIES, counts
    return counts


if __name__ == "__main__":
    main()
    print(json.dumps(check(), sort_keys=True))

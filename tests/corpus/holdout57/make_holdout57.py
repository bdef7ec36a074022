#!/usr/bin/env python3
"""Build the holdout57 blind test corpus (150 mails + labels.jsonl).

Theme: the "mouvement" (staff transfers) season, late August to mid-September
2026, in Hauts-de-France, Normandie and Ile-de-France, mostly seen from primary
schools and small structures (ecole directors, IEN circonscription
secretariats, RPI / SIVOS, town halls that hold the school budget, shared
ce.<UAI> mailboxes, accounts still tied to a predecessor's personal address).

Every mail below was written by hand for this corpus; the helpers only wrap
the text into realistic RFC 5322 / MIME envelopes.  The script is standard
library only and deterministic (random.Random with a fixed seed): running it
twice gives byte-identical files.

    python3 make_holdout57.py      # writes h001.eml .. h150.eml + labels.jsonl

The script ends with assertions on its own output.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import quopri
import random
import re
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(57_2026)

DESK = "support@assistance.example.fr"
DESK_H = "Assistance <support@assistance.example.fr>"
MX = "mx1.assistance.example.fr"
CEST = dt.timezone(dt.timedelta(hours=2))

# --------------------------------------------------------------------------
# Reference data copied from shared/spec/taxonomy.md and shared/spec/regions.md
# --------------------------------------------------------------------------
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
# Categories whose default action is never an automatic answer.
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

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
    "guadeloupe": ("971", "ac-guadeloupe.fr"),
    "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"),
    "la-reunion": ("974", "ac-reunion.fr"),
    "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT_REGION: dict[str, str] = {}
DOMAIN_REGION: dict[str, str] = {}
for _slug, (_depts, _domains) in REGION_TABLE.items():
    for _d in _depts.split():
        DEPT_REGION["0" + _d if len(_d) == 2 else _d] = _slug
    for _dom in _domains.split():
        DOMAIN_REGION[_dom] = _slug


def uai_valid(code: str) -> bool:
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and UAI_LETTERS[int(code[:7]) % 23] == code[7]


def region_of_uai(code: str) -> str | None:
    return DEPT_REGION.get(code[:3])


def region_of_domain(domain: str) -> str | None:
    domain = domain.lower()
    for dom, slug in DOMAIN_REGION.items():
        if domain == dom or domain.endswith("." + dom):
            return slug
    return None


# --------------------------------------------------------------------------
# Small MIME toolkit (bytes out, LF inside, CRLF on disk like the dev corpus)
# --------------------------------------------------------------------------
def hx(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def HX(n: int) -> str:
    return hx(n).upper()


def alnum(n: int) -> str:
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def h(value: str, cs: str = "utf-8") -> str:
    """Header value, RFC 2047-encoded when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs).encode()


def who(name: str | None, addr: str, cs: str = "utf-8") -> str:
    return formataddr((name, addr), charset=cs) if name else addr


class P:
    """One MIME entity: a list of headers and an already-encoded body."""

    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return head + b"\n" + self.body


def _encode(s: str, cs: str, cte: str) -> bytes:
    raw = s.encode(cs)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if cte in ("8bit", "7bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


CTE = {"8": "8bit", "7": "7bit", "qp": "quoted-printable", "b64": "base64"}


def text(s: str, sub: str = "plain", cs: str = "utf-8", cte: str = "8", flowed: bool = False,
         ct: str | None = None, extra: tuple = ()) -> P:
    cte = CTE.get(cte, cte)
    if cte == "7bit":
        s.encode("ascii")
    if ct is None:
        ct = f"text/{sub}; charset={cs}" if RNG.random() < 0.5 else f'text/{sub}; charset="{cs}"'
        if flowed:
            ct += "; format=flowed"
    return P([("Content-Type", ct), ("Content-Transfer-Encoding", cte), *extra], _encode(s, cs, cte))


def boundary(style: str = "") -> str:
    if style == "outlook":
        return f"----=_NextPart_000_{HX(4)}_01DC{HX(4)}.{HX(8)}"
    if style == "gmail":
        return f"000000000000{hx(16)}"
    if style == "apple":
        return f"Apple-Mail={HX(8)}-{HX(4)}-{HX(4)}-{HX(4)}-{HX(12)}"
    if style == "zimbra":
        return f"=_{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}"
    return f"------------{alnum(24)}"


def multi(sub: str, parts: list[P], params: str = "", style: str = "", preamble: str = "") -> P:
    b = boundary(style)
    body = preamble.encode("ascii")
    for p in parts:
        r = p.render()
        if not r.endswith(b"\n"):
            r += b"\n"
        body += b"--" + b.encode() + b"\n" + r
    body += b"--" + b.encode() + b"--\n"
    return P([("Content-Type", f'multipart/{sub};{params}\n boundary="{b}"')], body)


def attach(filename: str, ctype: str, data: bytes, inline: bool = False) -> P:
    disp = "inline" if inline else "attachment"
    return P([("Content-Type", f'{ctype}; name="{filename}"'),
              ("Content-Disposition", f'{disp}; filename="{filename}"'),
              ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def fake_pdf(title: str) -> bytes:
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            f"% {title}\n").encode("latin-1", "replace")
    return body + bytes(RNG.randrange(256) for _ in range(600)) + b"\n%%EOF\n"


def fake_png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes(RNG.randrange(256) for _ in range(900))


def rfc822(raw: bytes, headers_only: bool = False) -> P:
    if headers_only:
        head = raw.split(b"\n\n", 1)[0] + b"\n"
        return P([("Content-Type", "text/rfc822-headers")], head)
    return P([("Content-Type", "message/rfc822"), ("Content-Description", "Undelivered Message")], raw)


# --------------------------------------------------------------------------
# Envelopes
# --------------------------------------------------------------------------
def when(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=CEST, second=RNG.randrange(60))


def rdate(d: dt.datetime) -> str:
    return format_datetime(d) + " (CEST)"


def relay_for(domain: str) -> str:
    d = domain.lower()
    if d.startswith("ac-"):
        return f"smtp{RNG.randint(1, 6)}.{d}"
    if d in ("gmail.com", "googlemail.com"):
        return f"mail-{RNG.choice(['wr1', 'wm1', 'ej1', 'lf1'])}-f{RNG.randint(40, 200)}.google.com"
    if d in ("outlook.fr", "hotmail.fr", "hotmail.com", "live.fr", "outlook.com"):
        return f"{RNG.choice(['EUR05', 'EUR02', 'EUR03'])}-{RNG.choice(['AM6', 'DB8', 'VI1'])}-obe.outbound.protection.outlook.com"
    if d in ("orange.fr", "wanadoo.fr"):
        return f"smtp-{RNG.randint(10, 30)}.smtp.orange.fr"
    if d == "laposte.net":
        return "smtp-out.laposte.net"
    if d == "free.fr":
        return f"smtp{RNG.randint(1, 9)}-g21.free.fr"
    if d == "sfr.fr":
        return "smtp-out.sfr.fr"
    if d.startswith("mairie-") or d.startswith("ville-") or d.startswith("sivos") or d.startswith("cc-"):
        return f"mo{RNG.randint(100, 700)}.mail-out.ovh.net"
    return f"mail.{d}"


def ip() -> str:
    return RNG.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{RNG.randint(2, 250)}"


def msgid(style: str, domain: str, d: dt.datetime) -> str:
    if style == "outlook":
        return f"<00{hx(2)}01dc{hx(4)}${hx(8)}${hx(8)}$@{domain}>"
    if style == "exchange":
        return f"<{RNG.choice(['PAXPR', 'AM0PR', 'DB9PR', 'PR3PR'])}0{RNG.randint(1, 9)}MB{RNG.randint(1000, 9999)}{HX(12)}@{RNG.choice(['PAXPR', 'AM0PR'])}0{RNG.randint(1, 9)}MB{RNG.randint(1000, 9999)}.eurprd0{RNG.randint(1, 9)}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA{alnum(2)}{alnum(40)}@mail.gmail.com>"
    if style == "apple":
        return f"<{HX(8)}-{HX(4)}-{HX(4)}-{HX(4)}-{HX(12)}@{domain}>"
    if style == "zimbra":
        return f"<{RNG.randint(100000000, 999999999)}.{RNG.randint(1000000, 9999999)}.{int(d.timestamp() * 1000)}.JavaMail.zimbra@{domain}>"
    if style == "roundcube":
        return f"<{hx(32)}@{domain}>"
    if style == "android":
        return f"<{alnum(8)}-{alnum(4)}@email.android.com>"
    if style == "postfix":
        return f"<{d.strftime('%Y%m%d%H%M%S')}.{HX(10)}@{domain}>"
    return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@{domain}>"


CLIENTS: dict[str, tuple[list[tuple[str, str]], str]] = {
    "tb": ([("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")], "uuid"),
    "tb_en": ([("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")], "uuid"),
    "tb_old": ([("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101\n Thunderbird/102.15.1"), ("Content-Language", "fr")], "uuid"),
    "outlook": ([("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")], "outlook"),
    "outlook_en": ([("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-gb")], "outlook"),
    "o365": ([("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR")], "exchange"),
    "o365_en": ([("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Accept-Language", "en-GB, fr-FR"), ("Content-Language", "en-GB")], "exchange"),
    "gmail": ([], "gmail"),
    "apple": ([("X-Mailer", "Apple Mail (2.3826.700.81)")], "apple"),
    "iphone": ([("X-Mailer", "iPhone Mail (22G90)")], "apple"),
    "ipad": ([("X-Mailer", "iPad Mail (22G90)")], "apple"),
    "zimbra": ([("X-Mailer", "Zimbra 10.0.9_GA_4654 (ZimbraWebClient - FF130 (Win)/10.0.9_GA_4654)"), ("Thread-Index", "")], "zimbra"),
    "roundcube": ([("User-Agent", "Roundcube Webmail/1.6.9")], "roundcube"),
    "android": ([], "android"),
    "none": ([], "uuid"),
    "postfix": ([], "postfix"),
}


def eml(frm: tuple[str | None, str], subject: str, body: P, date: str, *, to: str = DESK_H,
        client: str = "tb", cc: str | None = None, reply_to: str | None = None,
        irt: str | None = None, refs: str | None = None, extra: tuple = (),
        auth: str | None = "pass", rp: str | None = None, relay: str | None = None,
        delivered_to: str = DESK, subject_cs: str = "utf-8", name_cs: str = "utf-8",
        own_msgid: str | None = None) -> bytes:
    name, addr = frm
    domain = addr.split("@")[1]
    d = when(date)
    hdr_client, style = CLIENTS[client]
    relay = relay or relay_for(domain)
    env = addr if rp is None else rp
    arrive = d + dt.timedelta(seconds=RNG.randint(2, 50))
    trace = [("Return-Path", f"<{env}>"), ("Delivered-To", delivered_to),
             ("Received", f"from {relay} ({relay} [{ip()}])\n\tby {MX} (Postfix) with ESMTPS id 4{alnum(12)}\n"
                          f"\tfor <{delivered_to}>; {rdate(arrive)}")]
    if auth == "pass":
        trace.append(("Authentication-Results", f"{MX};\n\tdkim=pass (2048-bit key) header.d={domain};\n"
                      f"\tspf=pass smtp.mailfrom={domain};\n\tdmarc=pass (p=none dis=none) header.from={domain}"))
    elif auth == "spfonly":
        trace.append(("Authentication-Results", f"{MX};\n\tdkim=none;\n\tspf=pass smtp.mailfrom={domain};\n\tdmarc=none"))
    elif auth == "helo":
        trace.append(("Authentication-Results", f"{MX};\n\tdkim=none;\n\tspf=pass smtp.helo={relay};\n\tdmarc=none"))
    elif auth:
        trace.append(("Authentication-Results", f"{MX};\n\t" + auth))
    if not relay.startswith("mail-") and style not in ("postfix",) and RNG.random() < 0.6:
        trace.append(("Received", f"from [{RNG.choice(['192.168.1', '10.0.0', '172.16.4'])}.{RNG.randint(2, 250)}] (unknown [{ip()}])\n"
                                  f"\tby {relay} with ESMTPSA id {HX(10)}\n\tfor <{delivered_to}>; {format_datetime(d + dt.timedelta(seconds=1))}"))
    mid = own_msgid or msgid(style, domain, d)
    heads = [("From", who(name, addr, name_cs)), ("To", to)]
    if cc:
        heads.append(("Cc", cc))
    heads += [("Subject", h(subject, subject_cs)), ("Date", format_datetime(d)), ("Message-ID", mid)]
    if reply_to:
        heads.append(("Reply-To", reply_to))
    if irt:
        heads.append(("In-Reply-To", irt))
    if refs or irt:
        heads.append(("References", refs or irt))
    for k, v in hdr_client:
        if k == "Thread-Index":
            v = base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode()
        heads.append((k, v))
    heads += list(extra)
    heads.append(("MIME-Version", "1.0"))
    top = P(trace + heads + body.headers, body.body)
    return top.render()


def old_mid(domain: str = "assistance.example.fr", ref: str | None = None) -> str:
    if ref:
        return f"<{ref}.{RNG.randint(1780000000, 1789999999)}.{hx(6)}@{domain}>"
    return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@{domain}>"


# --------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------
MAILS: list[dict] = []


def add(raw: bytes, category: str, auto: bool, uai: str | None, region: str | None,
        platform: str | None, hard: bool, lang: str, notes: str, bad: tuple = ()) -> None:
    MAILS.append(dict(raw=raw, bad=tuple(bad), label=dict(
        category=category, auto_reply_ok=auto, uai=uai, region=region, platform=platform,
        hard=hard, lang=lang, notes=notes)))


HDF, NOR, IDF = "hauts-de-france", "normandie", "ile-de-france"

# ==========================================================================
# password_reset
# ==========================================================================
add(eml(("Mélanie Cordier", "melanie.cordier@ac-lille.fr"),
        "Mot de passe du portail BCD (e-sidoc) - école Pasteur Liévin",
        text("""Bonjour,

Je viens d'être nommée à l'école élémentaire Pasteur de Liévin au dernier
mouvement, et la directrice m'a confié la BCD (et donc le portail e-sidoc).
Problème : personne ici ne connaît le mot de passe du back office. Ma
collègue qui s'en occupait est partie sur une autre circonscription et ne
s'en souvient plus non plus (elle l'avait noté sur un post-it... disparu
avec le rangement de juillet).

Notre identifiant serait le numéro de l'école : 0625883H.

Pouvez-vous me dire comment récupérer l'accès ? Je voudrais rouvrir les
prêts dès la semaine prochaine.

Merci beaucoup,

-- 
Mélanie Cordier
Professeure des écoles - CE2/CM1
École élémentaire Pasteur, Liévin
"""), "2026-09-02 17:48", client="tb"),
    "password_reset", True, "0625883H", HDF, "esidoc", False, "fr",
    "New teacher after the mouvement inherits the BCD portal; nobody knows the back-office password. Plain reset case, UAI in the body.")

add(eml(("Jess Lemaire", "jess.lemaire62@gmail.com"), "mdp esidoc",
        text("""bjr
mdp esidoc perdu pr l ecole 0624548G (mat les hirondelles henin)
c moi qui gere la bcd cette annee, l ancienne a ete mutee
merci d avance

envoyé de mon tel
""", cte="b64"), "2026-09-05 08:03", client="android"),
    "password_reset", True, "0624548G", HDF, "esidoc", False, "fr",
    "SMS style from a phone, base64 body, no accents; lost e-sidoc password with the UAI.")

add(eml(("Thomas Lemarchand", "thomas.lemarchand@ac-normandie.fr"),
        "Réinitialisation envoyée sur l'adresse de l'ancienne directrice ?",
        text("""Bonjour,

Je m'occupe depuis cette rentrée du portail de la bibliothèque de l'école
primaire Les Tilleuls à Douvres-la-Délivrande (UAI 0147918F).

Quand je clique sur « Mot de passe oublié », le site m'indique qu'un lien a
été envoyé à une adresse du type m*******@gmail.com. Je pense qu'il s'agit
de l'adresse personnelle de Mme Mauduit, notre ancienne directrice, partie
en Bretagne au mouvement. Je ne peux évidemment pas lui demander de me
transférer ce lien à chaque fois...

Comment faire pour que le mot de passe soit renvoyé sur une adresse de
l'école ? Je suis adjoint, pas directeur : le nouveau directeur arrive
seulement lundi.

Bien cordialement,
Thomas Lemarchand
PE - CM2
""", cte="qp"), "2026-08-28 11:22", client="zimbra"),
    "password_reset", True, "0147918F", NOR, "esidoc", False, "fr",
    "The reset link goes to the former head's personal Gmail (she left in the mouvement). The reset path (official address, else the head's written request) is exactly what the template explains.")

add(eml(("James Whitfield", "james.whitfield@ac-versailles.fr"), "Locked out of the library portal",
        text("""Hello,

I teach in the British section of the Ecole primaire Schnapper in
Saint-Germain-en-Laye and I look after the class library portal (e-sidoc).
On Monday I mistyped the password a few times and the back office now says
the account is locked. It was supposed to unlock after 30 minutes but two
days later I still cannot get in, and "forgot password" did not help.

Our school code is 0785286X.

Could you unlock it or send me a reset link? Apologies for writing in
English, my written French is not up to support tickets yet.

Many thanks,
James Whitfield
Section britannique - Ecole Schnapper
"""), "2026-09-09 16:05", client="tb_en"),
    "password_reset", True, "0785286X", IDF, "esidoc", False, "en",
    "English; account locked after failed attempts, asks for unlock or reset link.")

_fwd = """Bonjour,

Je vous transfère le mail ci-dessous : il est arrivé le 14 août sur la boîte
de l'école, pendant la fermeture estivale, et personne ne l'a vu. Le lien ne
fonctionne plus (« ce lien n'est plus valide »).

Pourriez-vous nous en renvoyer un ? La boîte est relevée tous les jours
maintenant.

Cordialement,

Nadia Belkacem
Secrétariat - Groupe scolaire Paul Langevin
Aubervilliers

________________________________
De : e-sidoc <no-reply@esidoc.example.fr>
Envoyé : vendredi 14 août 2026 10:41
À : ce.0932433P@ac-creteil.fr
Objet : Réinitialisation de votre mot de passe

Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le compte
administrateur du portail 0932433P.
Cliquez sur le lien ci-dessous pour choisir un nouveau mot de passe :
https://0932433p.esidoc.example.fr/reset?t=4f1a9c0e7b
Ce lien est valable 12 heures.

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
"""
add(eml(("Ecole Paul Langevin", "ce.0932433P@ac-creteil.fr"), "TR: Réinitialisation de votre mot de passe",
        text(_fwd, cte="qp"), "2026-08-31 08:37", client="outlook"),
    "password_reset", True, "0932433P", IDF, "esidoc", False, "fr",
    "Outlook 'TR:' forward from the shared ce. mailbox: the reset mail arrived during the summer closure and the link expired. Secretariat, not the head.")

add(eml(("Lucie Vandamme", "lucie.vandamme@ac-amiens.fr"), "Mot de passe + facture",
        text("""Bonjour,

Deux petites choses pour l'école Jules Ferry d'Abbeville (0801356P) :

1) Je n'ai plus le mot de passe du portail de la BCD. C'était ma collègue
Mme Roussel qui le gérait et elle a changé d'école. Pouvez-vous nous aider à
le réinitialiser ?

2) La mairie me demande une copie de la facture de l'abonnement de l'an
dernier, ils ne la retrouvent pas pour leur bilan. Est-il possible de la
renvoyer à compta@mairie-abbeville.example.fr ?

Merci et bonne rentrée à vous,
Lucie Vandamme
"""), "2026-09-03 12:14", client="tb"),
    "password_reset", False, "0801356P", HDF, "esidoc", True, "fr",
    "Two topics: password reset (first, main) and a copy of last year's invoice for the town hall (order_billing). A single template would answer only half.")

add(eml(("Claire Azoulay", "claire.azoulay@ac-paris.fr"), "lien expiré à chaque fois",
        text("""Bonjour,

Ce n'est pas que le mail n'arrive pas : il arrive très bien, en deux minutes,
dans ma boîte de réception. Mais quand je clique sur le lien de
réinitialisation le lendemain matin (je n'ai pas le temps avant, je suis en
classe toute la journée), la page me dit que le lien a expiré.

Je l'ai redemandé trois fois. Pouvez-vous m'en renvoyer un, je le ferai le
soir même cette fois.

École élémentaire de la rue Fessart, Paris 19e - UAI 0754955D

Claire Azoulay
Envoyé de mon iPad""", cs="utf-8"), "2026-09-08 21:10", client="ipad"),
    "password_reset", True, "0754955D", IDF, "esidoc", True, "fr",
    "Contrast: 'ce n'est pas que le mail n'arrive pas' rules out missing_noreply_mail; the reset link expired before use (12 h). Reset template applies.")

add(eml(("Sandrine Dufour", "sandrine.dufour1@ac-amiens.fr"), "nouveau mot de passe sur mon adresse perso svp",
        text("""Bonjour,

Je suis référente BCD à l'école de Crécy-en-Ponthieu (0807597Y). Je n'ai pas
le mot de passe du portail depuis le changement de direction.

Est-ce que vous pouvez m'envoyer le nouveau mot de passe directement sur mon
adresse perso : sandrine.dufour80@hotmail.fr ? La boîte de l'école est lue
par la directrice, la mairie et l'ATSEM, ça part dans tous les sens et je
préfère le garder pour moi.

Merci
Sandrine
"""), "2026-09-10 19:32", client="zimbra"),
    "password_reset", False, "0807597Y", HDF, "esidoc", True, "fr",
    "Lost password, but asks for the new password to be sent to a personal Hotmail address that is not on file: no automatic answer, a person must reply (reset goes to the official address only).")

add(eml(("Gilles Moreau", "gilles.moreau77@orange.fr"), "Perte mot de passe portail bibliothèque école",
        text("""Bonjour

Je suis enseignant à l'école des Marais à Provins. J'ai perdu le mot de passe
d'administration du portail de bibliothèque de l'école. Notre RNE : 077 0453 Z

Je vous écris de mon adresse personnelle car je n'ai pas encore récupéré mes
codes de messagerie académique (j'arrive d'une autre académie).

Cordialement
G. Moreau
""", cs="iso-8859-1", cte="8"), "2026-09-01 20:41", client="tb_old"),
    "password_reset", True, "0770453Z", IDF, "esidoc", True, "fr",
    "UAI written with spaces and called 'RNE' (077 0453 Z); ISO-8859-1 8-bit body; personal Orange address. The reset path (official address) applies.")

add(eml(("Véronique Hamel", "veronique.hamel@laposte.net"), "mot de passe expiré",
        text("""Bonjour,
le portail e-sidoc de l'école Jean Moulin d'Argentan (0611476y) me demande de
changer mon mot de passe car il a expiré, mais il faut saisir l'ancien et je
ne m'en souviens plus. Du coup je suis bloquée.
Pouvez vous m'aider ?
Véronique Hamel, enseignante
"""), "2026-09-04 13:02", client="roundcube"),
    "password_reset", True, "0611476Y", NOR, "esidoc", True, "fr",
    "UAI in lower case (0611476y); expired password and the old one forgotten.")

add(eml(("Anaïs Fourmentin", "anais.fourmentin@gmail.com"), "Mot de passe oublié",
        multi("alternative", [
            text("""Bonjour,

J'ai oublié le mot de passe du portail BCD de l'école Louise Michel à Calais.
Le numéro de l'école est le 0627623Y.

Merci de votre aide,
Anaïs Fourmentin
""", cte="qp"),
            text("""<div dir="ltr">Bonjour,<div><br></div><div>J'ai oublié le mot de passe du portail BCD de l'école Louise Michel à Calais.</div><div>Le numéro de l'école est le 0627623Y.</div><div><br></div><div>Merci de votre aide,</div><div>Anaïs Fourmentin</div></div>
""", sub="html", cte="qp")], style="gmail"), "2026-09-06 10:55", client="gmail"),
    "password_reset", True, None, None, "esidoc", True, "fr",
    "The code 0627623Y has a wrong check letter (the digits give 0627623Z), so no UAI; Gmail sender, so no region either. The template can still explain the procedure; no link can be sent for an unknown establishment.",
    bad=("0627623Y",))

add(eml(("Ecole primaire de Pont-Audemer - Ecole Jules Verne", "ce.0278058M@ac-normandie.fr"), "Compte bloqué",
        text("""Bonjour,

Le compte administrateur de notre portail bibliothèque est bloqué depuis ce
matin. Nous sommes quatre à lire cette boîte (la directrice, deux collègues et
la secrétaire de mairie qui passe le jeudi) et chacun a essayé l'ancien mot de
passe pendant la pré-rentrée... visiblement il avait été changé avant l'été.

Pouvez-vous débloquer le compte, ou nous envoyer un lien sur cette adresse ?

Merci,
Pour l'équipe, Karine
""", cte="qp"), "2026-08-31 10:18", client="zimbra"),
    "password_reset", True, "0278058M", NOR, "esidoc", True, "fr",
    "UAI only in the ce.<UAI>@ac-normandie.fr sender; shared mailbox read by four people; account locked after many tries. A colleague (not the head) asks for a link on the official address.")

add(eml(("Mairie de Fresnoy-le-Grand", "accueil@mairie-fresnoy-le-grand.example.fr"), "Espace Acheteur : identifiant et mot de passe inconnus",
        text("""Bonjour,

Je remplace depuis le 1er septembre la secrétaire de mairie, qui est partie
fin juillet. C'est elle qui passait les commandes de fournitures pour nos
deux écoles sur l'Espace Acheteur.

Je ne connais ni l'identifiant ni le mot de passe du compte de la commune.
L'adresse utilisée était, je crois, celle de l'accueil (celle d'où je vous
écris), que nous relevons à plusieurs.

Comment puis-je récupérer l'accès ?

Cordialement,
Pascale Delattre
Secrétariat de mairie - Fresnoy-le-Grand
"""), "2026-09-07 09:40", client="outlook"),
    "password_reset", True, None, None, "espace_acheteur", False, "fr",
    "Town-hall staff taking over the Espace Acheteur account: login and password unknown, shared address. No UAI, non-academic domain.")

add(eml(("Secrétariat IEN Laon", "ien.laon@ac-amiens.fr"), "Ecole de Marle - accès portail BCD",
        text("""Bonjour,

La directrice de l'école de Marle (0020570J) est en arrêt depuis la rentrée
et l'adjointe qui assure l'intérim ne dispose pas du mot de passe du portail
de la BCD.

Pourriez-vous procéder à une réinitialisation ? L'adjointe a accès à la
boîte fonctionnelle de l'école.

Bien cordialement,

Martine Lefèvre
Secrétaire de circonscription
Circonscription de Laon 2
"""), "2026-09-08 14:27", client="zimbra"),
    "password_reset", True, "0020570J", HDF, "esidoc", True, "fr",
    "An IEN circonscription secretary (not the head) asks a reset for a school whose head is on leave; the link to the school's official address, which the acting head reads, is the safe path.")

add(eml(("Hélène Dubrulle", "helene.dubrulle59@gmail.com"), "Re: [#SUP-018842] Abonnement BCD pas visible",
        text("""Bonjour,

Rien à voir avec le message ci-dessous (c'est réglé depuis juin, merci) :
depuis la rentrée je n'arrive plus à me connecter au portail, le mot de passe
est refusé. Je pense qu'un collègue l'a changé avant de partir. Pouvez-vous me
renvoyer un lien ?

École Anatole France, Tourcoing - 0590097K

Hélène

Le mar. 16 juin 2026 à 09:12, Assistance <support@assistance.example.fr> a
écrit :

> Bonjour,
>
> Votre abonnement a bien été commandé le 12 juin. Comme indiqué dans nos
> conditions, l'activation intervient dans un délai de 72 heures ouvrées ;
> il apparaîtra ensuite dans « Mes abonnements ».
>
> Cordialement,
> L'équipe d'assistance
"""), "2026-09-03 18:51", client="gmail",
        irt=old_mid(ref="SUP-018842")),
    "password_reset", True, "0590097K", HDF, "esidoc", True, "fr",
    "Reply on an old subscription ticket (quoted, Gmail French style) but the new text clearly asks something else: a password reset.")

add(eml(("Sébastien Gaudin", "sebastien.gaudin@ac-versailles.fr"), "Mot de passe expiré - portail école",
        text("""Bonjour,

Le portail de la BCD de l'école du Bois-Sauvage (Évry-Courcouronnes,
0913208T) m'affiche « Votre mot de passe a expiré ». Le formulaire de
changement me demande l'ancien, que je n'ai pas : je suis arrivé dans l'école
lundi et personne ne l'a transmis.

Merci de m'indiquer la procédure.

Sébastien Gaudin
"""), "2026-09-02 12:31", client="tb"),
    "password_reset", True, "0913208T", IDF, "esidoc", False, "fr",
    "Expired password; the newcomer never had the old one.")

add(eml(("Ecole maternelle Les Capucins", "ce.0761653J@ac-normandie.fr"), "Portail bibliothèque : mot de passe ?",
        text("""Bonjour,

Je suis arrivée le 1er septembre comme directrice de l'école maternelle Les
Capucins à Rouen. Personne dans l'équipe ne connaît le mot de passe du
portail de la bibliothèque et ma prédécesseure ne répond pas.

Comment fait-on dans ce cas ? Faut-il vous envoyer un courrier, ou existe-t-il
une procédure en ligne ?

Merci par avance,

Amélie Poulain-Ricard
Directrice
"""), "2026-09-04 16:50", client="zimbra"),
    "password_reset", True, "0761653J", NOR, "esidoc", True, "fr",
    "Written by the new head, from the ce. address, but she only asks how to regain access; she neither asks nor authorises a reset in writing. The reset link to the official address (which she reads) answers her.")

add(eml(("Bertrand Leclercq", "bertrand.leclercq@ac-lille.fr"), "Re: [#SUP-019377] Mot de passe portail BCD",
        text("""Bonjour,

Merci pour la réponse rapide, mais ça ne règle rien : le lien est parti sur
c***@ac-lille.fr, c'est-à-dire la boîte de l'école, et nous n'en avons plus
le mot de passe depuis le départ de l'ancienne directrice (mutée dans l'Aisne).
La circonscription nous renvoie vers vous.

On fait comment ?

Bertrand Leclercq, adjoint
École primaire Lamartine - Maubeuge - 0599199D

Le lun. 31 août 2026 à 10:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> connue pour votre établissement (c***@ac-lille.fr). Il est valable
> 12 heures.
>
> Cordialement,
> L'équipe d'assistance
"""), "2026-08-31 17:44", client="gmail", irt=old_mid(ref="SUP-019377")),
    "password_reset", False, "0599199D", HDF, "esidoc", False, "fr",
    "Reply to the automatic reset answer: the link went to the school mailbox nobody can open any more. The automatic path has failed; a person must take over (head-of-establishment procedure).")

add(eml(("Rebecca Hollis", "r.hollis@ecole-bilingue-montsouris.example.fr"), "EcoleDirecte admin password (NOT the maintenance one)",
        text("""Hello,

I am the deputy head of the bilingual primary school on rue de la Tombe-Issoire
(school code 0753345D). Over the summer our administrator left and I have
taken over. I cannot log in to the EcoleDirecte administration space: the
password I was handed over does not work.

To be clear, I do not need the daily maintenance password for Charlemagne,
the transfers run fine. It is only my admin login.

Best regards,
Rebecca Hollis
"""), "2026-08-27 15:20", client="o365_en", auth="spfonly"),
    "password_reset", False, "0753345D", IDF, "ecoledirecte", True, "en",
    "English; lost EcoleDirecte administration password, explicitly NOT the daily maintenance password (which would be transfer_incident). No reset template exists for this product.")

add(eml(("Mairie de Saint-Pierre-lès-Elbeuf", "secretariat@mairie-saint-pierre-les-elbeuf.example.fr"), "mot de passe espace acheteur",
        text("""Bonjour,

je n'arrive pas à me connecter à l'espace acheteur pour commander les
fournitures de l'école maternelle. le mot de passe a dû être changé par ma
collègue partie en juillet. pouvez-vous me renvoyer un lien de
réinitialisation sur cette adresse ?

merci
Delphine, secrétariat
"""), "2026-08-25 10:05", client="outlook"),
    "password_reset", True, None, None, "espace_acheteur", False, "fr",
    "Town-hall secretary, Espace Acheteur password changed by a departed colleague; asks the link on the generic address. No UAI, no académie domain.")

_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Je suis la nouvelle responsable des achats scolaires de la commune de Gisors. Je ne retrouve pas l&#8217;identifiant de connexion à l&#8217;Espace Acheteur (il n&#8217;y a aucune trace dans les dossiers de mon prédécesseur).<o:p></o:p></p>
<p class="MsoNormal">Pouvez-vous me le rappeler, ainsi que la marche à suivre pour le mot de passe&nbsp;?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Bien cordialement,<o:p></o:p></p>
<p class="MsoNormal"><b>Élodie Marchand</b><o:p></o:p></p>
<p class="MsoNormal">Service Enfance &#8211; Affaires scolaires<o:p></o:p></p>
<p class="MsoNormal">Mairie de Gisors<o:p></o:p></p>
</div></body></html>
"""
add(eml(("Elodie Marchand", "e.marchand@ville-gisors.example.fr"), "Identifiant oublié - Espace Acheteur",
        text(_html, sub="html", cs="windows-1252", cte="qp"), "2026-09-01 14:48", client="outlook"),
    "password_reset", True, None, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook message (windows-1252, quoted-printable): forgotten Espace Acheteur identifier and password, new town-hall buyer.")

add(eml(("Coralie B.", "coralie.bernard.pe@icloud.com"), "Mdp",
        text("""Bonjour, j'ai oublié le mot de passe du portail de la BCD de la maternelle Les Coquelicots à Creil (0608747G). Je suis nouvelle dans l'école, c'est moi qui reprends la bibliothèque. Merci de m'aider 🙏

Coralie

Envoyé de mon iPhone""", cte="b64"), "2026-09-12 07:58", client="iphone"),
    "password_reset", True, "0608747G", HDF, "esidoc", False, "fr",
    "iPhone, base64 body with an emoji; forgotten password, UAI in the body.")

add(eml(("Nathalie Carlier", "nathalie.carlier@ac-amiens.fr"), "RPI de Thiérache - portail BCD commun",
        text("""Bonjour,

Notre RPI regroupe trois écoles (Plomion, Harcigny et Vincy-Reuil). Nous
avons un seul portail de bibliothèque pour les trois, enregistré sous l'UAI de
l'école de Plomion : 0026509P.

Le mot de passe ne fonctionne plus depuis la rentrée (collègue partie, mot de
passe changé en juin sans qu'on le sache). Je m'occupe désormais de la BCD,
qui tourne entre les trois écoles.

Pouvez-vous me dire comment le réinitialiser ?

Nathalie Carlier
Enseignante CE1-CE2, école de Harcigny (RPI)
""", cte="qp"), "2026-09-09 20:15", client="zimbra"),
    "password_reset", True, "0026509P", HDF, "esidoc", False, "fr",
    "RPI of three schools sharing one portal registered under one UAI; plain lost password.")

add(eml(("Owen Price", "owen.price@ac-lille.fr"), "Reset link expired",
        text("""Hi,

The password reset link for our school's library portal expired before I
could use it (I got it during the day and only had time to look at it in the
evening). Could you send another one please?

School: primary section, Lille international school site, code 0599634B.

Thanks,
Owen
"""), "2026-09-14 19:03", client="tb_en"),
    "password_reset", True, "0599634B", HDF, "esidoc", False, "en",
    "English; expired reset link, asks for a new one.")

add(eml(("Émilie Deconinck", "emilie.deconinck@ac-lille.fr"), "Changement d'école : accès au portail",
        text("""Bonjour,

Suite au mouvement, j'ai quitté l'école Jean Macé de Lille (0593097W) pour
l'école primaire Marie Curie d'Arras (0626018E).

Bizarrement mon ancien accès au portail de Jean Macé fonctionne toujours,
mais pour Marie Curie je n'ai aucun mot de passe : c'est moi qui vais gérer la
BCD ici et la directrice ne le connaît pas.

Pouvez-vous m'aider pour le portail d'Arras ?

Émilie Deconinck
"""), "2026-09-07 18:25", client="tb"),
    "password_reset", True, "0626018E", HDF, "esidoc", True, "fr",
    "Two UAIs: the old school 0593097W (still accessible) and the new one 0626018E, which the request is about: lost/unknown password for the new school's portal.")

add(eml(("Laure Vasseur", "laure.vasseur@ac-versailles.fr"), "Mot de passe portail nouvelle école",
        text("""Bonjour,

J'ai changé d'académie à la rentrée : je travaillais à l'école de
Barneville-Carteret (0509400W) et je suis maintenant à l'école des Grands
Champs de Mantes-la-Jolie, UAI 0783907X.

À Mantes, personne n'a le mot de passe du portail de la bibliothèque. Pouvez-
vous réinitialiser celui de ma nouvelle école ? (Celui de Barneville, je n'en
ai plus besoin.)

Merci,
Laure Vasseur
"""), "2026-09-10 17:36", client="tb"),
    "password_reset", False, None, IDF, "esidoc", True, "fr",
    "Two codes: the old school 0509400W is valid but not what she asks about; the new school's code 0783907X has a wrong check letter (the digits give 0783907Y), so no UAI. Region from the ac-versailles.fr sender. A person must confirm the school before any reset.",
    bad=("0783907X",))

# ==========================================================================
# head_of_establishment_request
# ==========================================================================
add(eml(("Ecole Jules Guesde - Roubaix", "ce.0596409W@ac-lille.fr"), "Changement de l'adresse de contact du compte administrateur",
        text("""Madame, Monsieur,

Je suis directrice de l'école élémentaire Jules Guesde de Roubaix (UAI
0596409W) depuis le 1er septembre.

Le compte administrateur de notre portail de bibliothèque (e-sidoc) est
toujours rattaché à l'adresse personnelle de mon prédécesseur, M. Hennebelle,
qui a quitté l'école au mouvement. Je vous demande de remplacer cette adresse
de contact par l'adresse officielle de l'école, ce.0596409W@ac-lille.fr,
d'où je vous écris.

Je vous remercie par avance.

Caroline Desmet
Directrice
École élémentaire Jules Guesde - 59100 Roubaix
""", cte="qp"), "2026-09-02 12:07", client="outlook"),
    "head_of_establishment_request", False, "0596409W", HDF, "esidoc", False, "fr",
    "The new head, from the ce.<UAI> address, asks in writing to replace the predecessor's personal contact address with the school's official one.")

add(eml(("Ecole Jacques Prévert Le Havre", "ce.0764977X@ac-normandie.fr"), "réinitialisation mot de passe admin - départ collègue",
        text("""Bonjour,

Je vous écris entre deux cours (je suis directeur déchargé un jour par
semaine seulement, désolé pour la brièveté).

Mme Levasseur, qui administrait notre portail BCD, a été mutée à Fécamp. Elle
a toujours le mot de passe administrateur. Je vous demande de le
réinitialiser pour qu'elle n'y ait plus accès et d'envoyer le lien sur
l'adresse de l'école (celle-ci).

Merci.

F. Quesnel, directeur
École primaire Jacques Prévert, Le Havre
UAI 0764977X
"""), "2026-09-07 12:10", client="zimbra"),
    "head_of_establishment_request", False, "0764977X", NOR, "esidoc", False, "fr",
    "A full-time teaching head asks, from the ce. address, for an admin password reset so that a transferred colleague loses access: head-of-establishment request.")

_html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style></head>
<body lang="FR" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">En ma qualité de directrice de l’école maternelle Les Sarrazins (Créteil, UAI 0945558F), je vous informe qu’à compter de ce jour <b>Mme Ophélie Garnier</b>, professeure des écoles, est désignée comme administratrice du portail de la bibliothèque de l’école.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Je vous demande en conséquence de fermer les accès de Mme Sylvie Roux, qui a quitté l’établissement à la suite du mouvement, et de transmettre les identifiants à Mme Garnier via l’adresse de l’école.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Isabelle Ferreira<o:p></o:p></p>
<p class="MsoNormal">Directrice – École maternelle Les Sarrazins<o:p></o:p></p>
<p class="MsoNormal">94000 Créteil<o:p></o:p></p>
</div></body></html>
"""
add(eml(("Ecole maternelle Les Sarrazins", "ce.0945558F@ac-creteil.fr"), "Désignation d'une nouvelle administratrice - portail BCD",
        text(_html, sub="html", cs="windows-1252", cte="qp"), "2026-09-03 17:22", client="outlook"),
    "head_of_establishment_request", False, "0945558F", IDF, "esidoc", False, "fr",
    "HTML-only Outlook letter (windows-1252): the head designates a new administrator and asks to close the departed teacher's access.")

add(eml(("Valérie Tostain", "valerie.tostain14@gmail.com"), "Demande de réinitialisation - école Saint-Jacques Lisieux",
        multi("alternative", [
            text("""Bonjour,

Directrice de l'école primaire publique Saint-Jacques à Lisieux (0147037Y),
je vous demande de bien vouloir réinitialiser le mot de passe administrateur
de notre portail e-sidoc et d'en envoyer le lien sur l'adresse de l'école.

Je vous écris depuis ma messagerie personnelle car ma boîte académique n'est
pas encore réactivée depuis mon changement de poste.

Cordialement,
Valérie Tostain
Directrice
""", cte="qp"),
            text("""<div dir="ltr"><div>Bonjour,</div><div><br></div><div>Directrice de l'école primaire publique Saint-Jacques à Lisieux (0147037Y), je vous demande de bien vouloir réinitialiser le mot de passe administrateur de notre portail e-sidoc et d'en envoyer le lien sur l'adresse de l'école.</div><div><br></div><div>Je vous écris depuis ma messagerie personnelle car ma boîte académique n'est pas encore réactivée depuis mon changement de poste.</div><div><br></div><div>Cordialement,</div><div>Valérie Tostain</div><div>Directrice</div></div>
""", sub="html", cte="qp")], style="gmail"), "2026-09-01 21:14", client="gmail"),
    "head_of_establishment_request", False, "0147037Y", NOR, "esidoc", True, "fr",
    "A head asks for the admin reset in writing, but from a personal Gmail address: weak evidence, staff must verify before approving.")

add(eml(("Circonscription de Valenciennes Nord", "ce.0598292T@ac-lille.fr"), "Courrier de la directrice de l'école Paul Bert - accès portail",
        multi("mixed", [
            text("""Bonjour,

Veuillez trouver ci-joint le courrier signé de Mme Wallart, directrice de
l'école Paul Bert (Valenciennes, UAI 0593713R), qui demande le changement
d'administrateur du portail de la bibliothèque de l'école. Mme Wallart est en
copie de ce message.

Le secrétariat de circonscription relaie ce courrier car l'école n'a pas de
scanner en état de marche.

Cordialement,

Sabine Delcourt
Secrétaire de l'IEN
Circonscription de Valenciennes Nord
""", cte="qp"),
            attach("courrier_directrice_PaulBert.pdf", "application/pdf", fake_pdf("Courrier directrice Paul Bert"))]),
        "2026-09-09 09:36", client="zimbra", cc="Ecole Paul Bert <ce.0593713R@ac-lille.fr>"),
    "head_of_establishment_request", False, "0593713R", HDF, "esidoc", True, "fr",
    "The IEN secretariat relays the head's signed letter (PDF), head in copy: it is the head's written request. Two UAIs: the circonscription's own code in the sender (0598292T) and the school's (0593713R), which the request is about.")

add(eml(("Maire d'Auxi-le-Château", "maire@mairie-auxi-le-chateau.example.fr"), "Espace Acheteur - nouvel administrateur pour la commune",
        text("""Madame, Monsieur,

Mme Josiane Caron, secrétaire de mairie, qui était l'administratrice du
compte de la commune sur l'Espace Acheteur (commandes pour nos deux écoles
publiques), a fait valoir ses droits à la retraite le 31 août.

Je désigne M. Kévin Dumont, adjoint administratif, pour lui succéder comme
administrateur de la structure. Je vous demande de fermer l'accès de Mme Caron
et d'ouvrir les droits nécessaires à M. Dumont (kevin.dumont@mairie-auxi-le-chateau.example.fr).

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Le Maire,
Jean-Paul Vasseur
"""), "2026-09-04 11:12", client="outlook"),
    "head_of_establishment_request", False, None, None, "espace_acheteur", True, "fr",
    "The mayor is the head of the buyer structure (the commune): a written designation of a new structure administrator and closure of the former one's access is the same kind of request as a head's and needs staff approval. No UAI, non-academic domain.")

add(eml(("Ecole internationale - Head of School", "ce.0924845S@ac-versailles.fr"), "New library portal administrator",
        text("""Dear Sir or Madam,

As head of the primary school (UAI 0924845S), I am writing to let you know
that Ms Aoife Kennedy will be the administrator of our library portal from
now on. Her predecessor, Mr Daniel Brun, moved to another school this
summer: please close his access.

Any login details can be sent to the school's official address above.

Kind regards,

Margaret Doyle
Head of Primary
"""), "2026-09-11 08:45", client="outlook_en"),
    "head_of_establishment_request", False, "0924845S", IDF, "esidoc", False, "en",
    "English; the head names a new administrator and asks to close the former one's access, from the ce.<UAI> address.")

add(eml(("Ecole du Centre - Margny-lès-Compiègne", "ce.0606270P@ac-amiens.fr"), "Autorisation de commande",
        text("""Bonjour,

Je soussignée Mme Lucie Brunet, directrice de l'école du Centre à
Margny-lès-Compiègne (0606270R), autorise Mme Sophie Caudron, agent de la
mairie chargée des affaires scolaires, à valider en notre nom la commande de
livres pour la BCD actuellement en attente sur l'Espace Acheteur (panier du
28 août).

Bien cordialement,

Lucie Brunet
Directrice
"""), "2026-09-01 07:52", client="zimbra"),
    "head_of_establishment_request", False, "0606270P", HDF, "espace_acheteur", True, "fr",
    "Written authorisation of an order by the head, from the ce. address: head-of-establishment request, not order_billing. The body gives 0606270R (wrong check letter; the digits give 0606270P) but the sender address ce.0606270P@ac-amiens.fr carries the valid UAI, which is the label.",
    bad=("0606270R",))

add(eml(("Ecole primaire de Saint-Lô Calmette", "ce.0503420W@ac-normandie.fr"), "Re: [#SUP-019512] Portail BCD - demande écrite de la direction",
        text("""Bonjour,

Comme vous me l'avez demandé, je confirme par écrit, en tant que directeur de
l'école, ma demande de réinitialisation du mot de passe administrateur du
portail et d'envoi du lien à l'adresse de l'école.

Cordialement,
Pierre-Yves Lemonnier
Directeur - École Calmette, Saint-Lô

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: ce.0503420W@ac-normandie.fr
Envoyé: Jeudi 3 Septembre 2026 10:14:22
Objet: [#SUP-019512] Portail BCD

Bonjour,

Le compte administrateur de votre portail est rattaché à une adresse qui
n'est plus valide. Pour des raisons de sécurité, la réinitialisation ne peut
être faite qu'à la demande écrite du directeur ou de la directrice de
l'école. Merci de nous la transmettre en réponse à ce message.

Cordialement,
L'équipe d'assistance
""", cte="qp"), "2026-09-03 18:30", client="zimbra", irt=old_mid(ref="SUP-019512")),
    "head_of_establishment_request", False, "0503420W", NOR, "esidoc", False, "fr",
    "Reply (Zimbra 'Mail original' quote) in which the head gives the written request the desk asked for.")

add(eml(("RPI Val de Marne-Surmelin", "ce.0029273U@ac-amiens.fr"), "RPI - administrateur du compte commun",
        text("""Bonjour,

Je suis directrice de l'école de Condé-en-Brie, qui porte le compte commun du
RPI (trois écoles, une seule BCD itinérante). L'administratrice du compte,
Mme Pruvost, a quitté le RPI au mouvement.

Je désigne Mme Anne-Sophie Huet, enseignante à l'école de Viels-Maisons, pour
la remplacer. Merci de rattacher le compte à l'adresse officielle de notre
école (ce.0029273U@ac-amiens.fr) et de supprimer l'adresse de Mme Pruvost.

Merci,

Corinne Baudet
Directrice de l'école de Condé-en-Brie
"""), "2026-09-08 17:05", client="zimbra"),
    "head_of_establishment_request", False, "0029273U", HDF, "esidoc", False, "fr",
    "RPI: the head of the school that holds the shared account names a new administrator and asks for the contact change.")

add(eml(("Direction Ecole Jean Zay", "ce.0621287M@ac-lille.fr"), "URGENT mot de passe administrateur",
        text("""Bonjour,

Je suis le directeur de l'école. Suite à un changement d'équipe, merci de
m'envoyer immédiatement le mot de passe administrateur du portail de l'école
ainsi que celui de l'Espace Acheteur à l'adresse ecole.jeanzay.direction@gmail.com.
Notre messagerie académique est en maintenance cette semaine.

Merci de faire vite, c'est urgent.

Le directeur
""", flowed=True), "2026-09-06 05:51", client="roundcube",
        auth="dkim=none;\n\tspf=fail smtp.mailfrom=ac-lille.fr;\n\tdmarc=fail (p=quarantine dis=none) header.from=ac-lille.fr",
        relay="vps-20931.cloud-hosting.example.net",
        reply_to="ecole.jeanzay.direction@gmail.com"),
    "head_of_establishment_request", False, "0621287M", HDF, None, True, "fr",
    "Claims to be the head, from the ce.<UAI> address, but SPF and DMARC fail, sent from a VPS at 5:51 on a Sunday, Reply-To a Gmail address, and it asks for passwords to be sent there: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it. Names two products, so no single platform.")

add(eml(("Samia Benali", "samia.benali@ac-paris.fr"), "Mdp admin portail BCD - école Goutte d'Or",
        text("""Bjr,
je suis la nouvelle directrice de l'école élémentaire Goutte d'Or (0759623C).
Merci de réinitialiser le mdp admin du portail BCD : l'ancienne adjointe qui le gérait l'a tjrs et elle est partie.
Envoyez le lien sur l'adresse de l'école (ce.0759623C@ac-paris.fr) svp, pas sur la mienne.
Merci !
S. Benali

Envoyé de mon iPhone""", cte="qp"), "2026-09-05 22:47", client="iphone"),
    "head_of_establishment_request", False, "0759623C", IDF, "esidoc", False, "fr",
    "SMS-style mail from the head's phone (personal academic address, not the ce. one): she asks for the admin reset with the link to the school's official address.")

add(eml(("Ecole Jean de La Fontaine - Etampes", "ce.0918976M@ac-versailles.fr"), "Portail BCD : modification de l'adresse de l'administrateur",
        text("""Madame, Monsieur,

Directeur faisant fonction de l'école Jean de La Fontaine d'Étampes (UAI
0918976M) depuis la rentrée, en l'attente de la nomination d'un directeur
titulaire, je vous demande de modifier l'adresse de contact du compte
administrateur de notre portail : l'adresse actuelle est celle de l'ancienne
directrice, partie à la retraite.

Merci d'enregistrer à la place l'adresse de l'école.

Avec mes remerciements,

Julien Marty
Directeur f.f.
"""), "2026-09-14 16:40", client="tb"),
    "head_of_establishment_request", False, "0918976M", IDF, "esidoc", True, "fr",
    "An acting head (directeur faisant fonction) asks in writing to change the admin contact address: he acts as the head, so this is a head-of-establishment request; staff should check the acting status.")

add(eml(("Ecole Paul Vaillant-Couturier Argenteuil", "ce.0956818V@ac-versailles.fr"), "Changement d'administrateur + abonnement",
        text("""Bonjour,

Je suis directrice de l'école Paul Vaillant-Couturier à Argenteuil
(0956818V). Je vous demande de bien vouloir désigner M. Hugo Lambert comme
nouvel administrateur de notre portail de bibliothèque, à la place de Mme
Dias qui a quitté l'école cet été.

Par ailleurs, nous ne voyons toujours pas l'abonnement Bayard Jeunesse que la
mairie a commandé fin août, est-ce lié ?

Merci,
Fatou Ndiaye
Directrice
"""), "2026-09-07 11:58", client="zimbra"),
    "head_of_establishment_request", False, "0956818V", IDF, "esidoc", True, "fr",
    "Two topics: the head's change of administrator (first, main) and a subscription not yet visible (subscription_activation, secondary).")

add(eml(("ecole elementaire jean moulin evreux", "ce.0273904x@ac-normandie.fr"), "mot de passe administrateur et adresse de contact",
        text("""Bonjour,

Nouvelle directrice de l'école depuis le 1er septembre, je vous demande de
réinitialiser le mot de passe administrateur de notre portail de
bibliothèque et d'enregistrer l'adresse de l'école (celle d'où j'écris) comme
adresse de contact : l'actuelle est celle de mon prédécesseur.

Cordialement,

Mme Roselyne Picard
Directrice
"""), "2026-09-02 19:20", client="zimbra"),
    "head_of_establishment_request", False, "0273904X", NOR, "esidoc", True, "fr",
    "UAI only in the ce. sender address, written in lower case (0273904x); the new head asks in writing for an admin reset and a contact-address change.")

add(eml(("Ecole Les Touleuses - Cergy", "ce.0953546N@ac-versailles.fr"), "RE: Facture 2026-0412",
        text("""Bonjour,

Je profite de ce fil pour une autre demande : Mme Lopez, qui administrait
notre portail BCD, a quitté l'école à la rentrée. En tant que directeur, je
vous demande de transférer le rôle d'administrateur à M. Antoine Roche, et de
supprimer l'accès de Mme Lopez.

Merci d'avance,

Nicolas Perrin
Directeur - École élémentaire Les Touleuses, Cergy
UAI : 0953546N

-----Message d'origine-----
De : Service comptabilité <compta@assistance.example.fr>
Envoyé : mardi 9 juin 2026 14:02
À : ce.0953546N@ac-versailles.fr
Objet : Facture 2026-0412

Bonjour,

Vous trouverez ci-joint la facture 2026-0412 correspondant au renouvellement
de votre abonnement. Le règlement est à effectuer par mandat administratif à
réception.

Cordialement,
Service comptabilité
""", cte="qp"), "2026-09-10 12:25", client="outlook",
        irt=old_mid()),
    "head_of_establishment_request", False, "0953546N", IDF, "esidoc", True, "fr",
    "Reply in an old invoice thread (Outlook 'Message d'origine' quote about billing), but the new text is the head's change-of-administrator request.")

add(eml(("Principal collège Jean Rostand Sées", "ce.0617440F@ac-normandie.fr"), "Départ de la professeure documentaliste - accès e-sidoc",
        text("""Madame, Monsieur,

Mme Anne Lebreton, professeure documentaliste de notre collège, a obtenu sa
mutation à la rentrée 2026. Son successeur ne sera nommé qu'à la fin du mois.

Je vous demande de désactiver les accès de Mme Lebreton au compte
administrateur de notre portail e-sidoc et de rattacher provisoirement ce
compte à l'adresse de l'établissement, ce.0617440F@ac-normandie.fr.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Le Principal,
Olivier Gasnier
Collège Jean Rostand - 61500 Sées
"""), "2026-08-26 10:03", client="outlook"),
    "head_of_establishment_request", False, "0617440F", NOR, "esidoc", False, "fr",
    "A small rural collège's principal asks, from the ce. address, to deactivate a transferred librarian's access and attach the admin account to the official address.")

# ==========================================================================
# account_creation
# ==========================================================================
add(eml(("Cédric Lenoir", "c.lenoir@mairie-neufchatel-en-bray.example.fr"), "Inscription Espace Acheteur",
        text("""Bonjour,

J'ai rempli vendredi le formulaire d'inscription à l'Espace Acheteur pour la
mairie (je gère le budget des écoles depuis septembre), mais je n'arrive pas
à me connecter : le site m'indique que mon compte n'est pas encore actif.

Est-ce normal ?

Cordialement,
Cédric Lenoir
Service des affaires scolaires
"""), "2026-09-07 09:12", client="outlook"),
    "account_creation", True, None, None, "espace_acheteur", False, "fr",
    "Filled the sign-up form, cannot log in yet: account waiting for the structure administrator's validation (FAQ case).")

add(eml(("Service scolaire Bolbec", "scolaire@ville-bolbec.example.fr"), "Qui est l'administrateur de notre structure ?",
        text("""Bonjour,

Je souhaite créer un compte sur l'Espace Acheteur pour commander les
fournitures des écoles de la ville. Le formulaire m'indique que ma demande
sera validée par « l'administrateur de la structure Ville de Bolbec ».

Or personne ici ne sait qui c'est : la personne qui gérait cela a quitté la
collectivité. Pouvez-vous nous dire à qui la demande a été envoyée ?

Merci,
Aurore Fleury
"""), "2026-09-02 15:33", client="outlook"),
    "account_creation", False, None, None, "espace_acheteur", False, "fr",
    "Asks who the structure's administrator is (the former one left the town hall): needs a look-up, so a person answers.")

add(eml(("Secrétariat IEN Abbeville", "ien.abbeville@ac-amiens.fr"), "Création de comptes e-sidoc pour les écoles de la circonscription",
        text("""Bonjour,

L'IEN souhaite équiper les douze écoles de la circonscription d'Abbeville d'un
portail de bibliothèque pour cette année scolaire. Pourriez-vous nous indiquer
comment créer les comptes (un par école ?) et s'il est possible de le faire en
une seule fois à partir d'une liste des UAI ?

Je peux vous transmettre le tableau des écoles.

Bien cordialement,
Secrétariat de circonscription
"""), "2026-09-11 10:40", client="zimbra"),
    "account_creation", False, None, HDF, "esidoc", False, "fr",
    "An IEN secretariat asks to open accounts for twelve schools at once: eligibility and a bulk set-up need a person. Functional address, no UAI; region from ac-amiens.fr.")

add(eml(("Mathilde Caron", "mathilde.caron@ac-amiens.fr"), "compte client école",
        text("""Bonjour,

Je n'ai pas perdu mon mot de passe : je n'en ai jamais eu ! Notre école (les
Tilleuls à Nogent-sur-Oise, 0609877K) n'a jamais eu de compte client chez
vous et nous voudrions commander un abonnement pour la BCD avec le budget
que la mairie nous a accordé.

Comment ouvre-t-on ce compte ?

Merci,
Mathilde Caron, enseignante chargée de la BCD
"""), "2026-09-15 12:48", client="tb"),
    "account_creation", True, "0609877K", HDF, "esidoc", True, "fr",
    "Negation: 'je n'ai pas perdu mon mot de passe', the school never had a customer account. account_creation, not password_reset.")

add(eml(("Education Jeunesse - Cabourg", "education@mairie-cabourg.example.fr"), "Compte en attente de validation depuis 3 semaines",
        text("""Bonjour,

Ma demande de compte sur l'Espace Acheteur est « en attente de validation »
depuis le 20 août. J'ai compris que c'est l'administrateur de notre structure
qui doit valider, mais c'est justement mon prédécesseur, parti de la mairie
en juillet... Il n'y a donc personne pour valider.

Pouvez-vous débloquer la situation ? La rentrée des écoles est passée et nous
n'avons rien pu commander.

Bien à vous,
Yannick Guérin
Responsable du service Éducation
"""), "2026-09-10 14:02", client="outlook"),
    "account_creation", False, None, None, "espace_acheteur", False, "fr",
    "Account waiting for validation for three weeks; the structure administrator left the town hall: the region must step in.")

add(eml(("Laura Morgan", "l.morgan@ville-chantilly.example.fr"), "Buyer account for the town's schools",
        text("""Hello,

I work for the town hall of Chantilly (education department) and we would
like to order school supplies for our three primary schools through your
purchasing platform. We do not have an account yet.

How do we create one? Is there a form to fill in?

Kind regards,
Laura Morgan
Service Education - Mairie de Chantilly
"""), "2026-08-27 10:26", client="o365_en"),
    "account_creation", True, None, None, "espace_acheteur", False, "en",
    "English; a town hall wants a buyer account: the sign-up form answer fits.")

add(eml(("Caisse des écoles Paris 18", "achats@cde18.example.fr"), "Droits de commande",
        text("""Bonjour,

Je me connecte sans problème à l'Espace Acheteur, mais avec mon profil je ne
vois que la consultation des offres : pas de panier, pas de bouton de
commande. Mon prédécesseur, parti en juillet, pouvait commander.

Pouvez-vous m'ouvrir les mêmes droits que lui ?

Cordialement,
Moussa Traoré
Caisse des écoles du 18e arrondissement
"""), "2026-09-04 10:50", client="outlook", auth="spfonly"),
    "account_creation", False, None, None, "espace_acheteur", False, "fr",
    "Account works; asks for ordering rights to be opened: a person (or the structure administrator) must decide.")

add(eml(("SIVOS des Deux Vallées", "sivos.deuxvallees@orange.fr"), "Structure introuvable à l'inscription",
        text("""Bonjour,

Nous sommes un syndicat scolaire (SIVOS) qui gère les écoles d'un RPI de
quatre communes. En voulant ouvrir un compte client, notre structure
n'apparaît pas dans la liste : on ne peut saisir qu'un UAI ou une commune, et
le SIVOS n'a pas d'UAI.

Comment faire ? Faut-il passer par une des mairies ?

Merci,
Christine Dupuis, secrétaire du SIVOS
"""), "2026-09-03 14:16", client="none"),
    "account_creation", False, None, None, "esidoc", False, "fr",
    "A SIVOS (school syndicate of an RPI) cannot find its structure when opening a customer account: the FAQ sends these to the sales team.")

_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p>Bonjour,</p>
<p>Je viens de prendre mes fonctions de gestionnaire des affaires scolaires à la mairie de Bernay.<br>
Avant de passer notre première commande de livres pour les écoles, nous souhaitons ouvrir un compte sur l'Espace Acheteur.</p>
<p>Pouvez-vous m'indiquer la démarche ?</p>
<p>Merci d'avance,</p>
<p><b>Justine Lefrançois</b><br>Affaires scolaires &amp; périscolaires<br>Ville de Bernay</p>
</div></body></html>
"""
add(eml(("Justine Lefrancois", "j.lefrancois@ville-bernay.example.fr"), "Ouverture de compte",
        text(_html, sub="html", cte="qp"), "2026-08-24 09:31", client="o365"),
    "account_creation", True, None, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook (Office 365) mail: a new town-hall gestionnaire wants to open the account before a first order.")

add(eml(("Gestion OGEC Sainte-Thérèse", "gestion@ste-therese-ecole.example.fr"), "Ouverture compte client + facture d'acompte",
        text("""Bonjour,

Je suis la nouvelle comptable de l'OGEC de l'école Sainte-Thérèse (école
privée sous contrat, Rueil-Malmaison, UAI 0921487S).

1. Nous voudrions ouvrir un compte client pour l'école : l'ancienne comptable
n'en avait pas, elle commandait par bon papier.
2. Elle avait par contre reçu en juin une facture d'acompte que je ne
comprends pas : est-ce qu'elle correspond à une commande passée ?

Merci,
Agnès Vial
"""), "2026-09-08 16:17", client="outlook", auth="spfonly"),
    "account_creation", False, "0921487S", IDF, "esidoc", True, "fr",
    "Two topics: opening a customer account (main) and an unexplained deposit invoice (order_billing): no single automatic answer.")

add(eml(("Ecole maternelle Lemière - Caen", "ce.0148255X@ac-normandie.fr"), "Administrateur du portail ?",
        text("""Bonjour,

Je suis directrice de l'école maternelle Lemière à Caen depuis la rentrée.
Pouvez-vous me dire qui est enregistré comme administrateur de notre portail
de bibliothèque ? Je ne sais pas si c'est mon prédécesseur ou une collègue
adjointe.

Je vous remercie.

Hélène Quéré, directrice
"""), "2026-09-03 13:05", client="zimbra"),
    "account_creation", False, "0148255X", NOR, "esidoc", True, "fr",
    "Written by the head from the ce. address, but it is only a question (who is our administrator?), not a written request or authorisation: account_creation with a look-up, not head_of_establishment_request.")

add(eml(("Rudy Vandenbussche", "rudy.vandenbussche@ac-lille.fr"), "compte en attente",
        text("""Bonjour,

mon compte sur l'espace acheteur est "en attente de validation" depuis lundi.
je suis le nouvel enseignant chargé des commandes de l'école Jean Jaurès de
Douai (0591300T), la mairie nous a dit de passer par vous.

est-ce que ça peut être accéléré ?

merci
Rudy
""", cte="qp"), "2026-09-10 20:11", client="tb"),
    "account_creation", True, "0591300T", HDF, "espace_acheteur", False, "fr",
    "Account waiting for validation since Monday (a few days): the FAQ answer (the structure administrator validates) fits.")

add(eml(("Inès Mokrani", "ines.mokrani@ac-creteil.fr"), "Deux administrateurs pour le portail ?",
        text("""Bonjour,

Dans notre école (élémentaire Jules Ferry, Montreuil, 0932769E), la
directrice et moi-même souhaiterions être toutes les deux administratrices du
portail de la BCD, pour ne plus être bloquées quand l'une de nous deux part
(ce qui vient d'arriver avec le mouvement).

Est-ce possible d'avoir deux comptes administrateurs ?

Merci,
Inès Mokrani
"""), "2026-09-16 17:54", client="tb"),
    "account_creation", False, "0932769E", IDF, "esidoc", False, "fr",
    "Asks whether two administrator accounts are possible: a person answers.")

# ==========================================================================
# missing_noreply_mail
# ==========================================================================
add(eml(("Mairie de Beaumont-le-Roger", "mairie@beaumont-le-roger.example.fr"), "Mail d'activation non reçu",
        text("""Bonjour,

Nous avons créé hier un compte sur l'Espace Acheteur pour la mairie, mais le
mail d'activation n'est jamais arrivé. Nous avons regardé dans les courriers
indésirables : rien.

Pouvez-vous le renvoyer ?

Merci,
L'accueil de la mairie
"""), "2026-08-26 11:40", client="outlook"),
    "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "Activation mail never arrived, not in junk either; no anti-spam product named.")

add(eml(("Mairie de Yerville - secrétariat", "secretariat@mairie-yerville.example.fr"), "Toujours aucun mail de confirmation",
        text("""Bonjour,

Je n'ai toujours pas reçu le mail de confirmation de mon inscription à
l'Espace Acheteur (demandé 3 fois depuis mardi).

Je précise que nous n'utilisons PAS Mailinblack, contrairement à la commune
voisine : j'ai posé la question à notre prestataire informatique, il n'y a
aucun filtre de ce type chez nous. Et rien dans les spams.

Cordialement,
Marie-Laure Heurtaux
"""), "2026-09-04 16:22", client="outlook"),
    "missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
    "Names Mailinblack only to say they do NOT use it: missing_noreply_mail, not mailinblack_spam.")

add(eml(("Ecole Victor Hugo - Dieppe", "ce.0766070K@ac-normandie.fr"), "nouveau mot de passe : aucun mail reçu",
        text("""Bonjour,

Nous avons demandé un nouveau mot de passe pour le portail de la BCD mardi
puis jeudi. Le site dit à chaque fois qu'un mail a été envoyé sur l'adresse de
l'école, mais nous ne recevons rien sur cette boîte, ni dans le dossier
indésirables.

Cordialement,
Laurence, adjointe, pour la directrice
"""), "2026-09-04 17:10", client="zimbra"),
    "missing_noreply_mail", True, "0766070K", NOR, "esidoc", False, "fr",
    "New-password mail never reaches the school's ce. mailbox, not in junk; UAI only in the sender address.")

add(eml(("Helen Barker", "h.barker@mairie-lamorlaye.example.fr"), "No confirmation email",
        text("""Good morning,

I registered on the buyer platform for the town hall on Monday but I never
received the confirmation email. I checked the spam folder. Could you resend
it, or tell me which address it comes from so our IT can check?

Thank you,
Helen Barker
Town hall of Lamorlaye - school services
"""), "2026-09-02 09:08", client="o365_en"),
    "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
    "English; sign-up confirmation mail never received; no anti-spam product named.")

add(eml(("Agathe Rivière", "agathe.riviere@ac-creteil.fr"), "RE: [#SUP-019288] Mail de première connexion",
        text("""Bonjour,

J'ai suivi vos consignes : indésirables vérifiés, adresse ajoutée aux
contacts... Toujours rien 48 heures après. Pouvez-vous transmettre à
l'assistance de la région comme vous l'indiquiez ?

Agathe Rivière
École élémentaire du Faubourg Saint-Nicolas, Meaux - 0774582M

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 31 août 2026 11:20
À : Agathe Rivière <agathe.riviere@ac-creteil.fr>
Objet : [#SUP-019288] Mail de première connexion

Bonjour,

Les messages automatiques sont envoyés par une adresse « no-reply ». Merci
de vérifier votre dossier de courriers indésirables et de marquer le message
comme légitime. Si rien n'arrive sous 48 heures, répondez à ce message : nous
transmettrons votre demande à l'équipe de votre région.

Cordialement,
L'équipe d'assistance
"""), "2026-09-02 16:44", client="outlook", irt=old_mid(ref="SUP-019288")),
    "missing_noreply_mail", False, "0774582M", IDF, "esidoc", False, "fr",
    "Reply (Outlook 'Message d'origine') after the junk-folder answer: still nothing after 48 h, asks to go to the region. The template was already sent: a person must follow up.")

add(eml(("Baptiste Carpentier", "baptiste.carpentier@ac-amiens.fr"), "Mot de passe portail école",
        text("""Bonjour,

Je ne sais pas si c'est un souci de mot de passe ou de messagerie : je fais
« mot de passe oublié » sur le portail de l'école (0609285S), le site répond
« un e-mail vous a été envoyé », mais rien n'arrive, même pas dans les spams.
J'ai essayé trois fois depuis hier.

Baptiste Carpentier
École primaire de Grandvilliers
"""), "2026-09-09 07:35", client="tb"),
    "missing_noreply_mail", True, "0609285S", HDF, "esidoc", True, "fr",
    "Reads like a password problem, but the reset tool works: the new-password mail never arrives. The taxonomy puts that under missing_noreply_mail.")

add(eml(("Maryse Coquelle", "m.coquelle@mairie-montreuil-sur-mer.example.fr"), "Notifications de comptes à valider",
        text("""Bonjour,

Je suis l'administratrice de la structure « Mairie de Montreuil-sur-Mer » sur
l'Espace Acheteur. Deux enseignants m'ont dit avoir demandé un compte la
semaine dernière, mais je n'ai reçu aucune notification m'invitant à valider.

Je ne reçois d'ailleurs plus aucun mail automatique de votre plateforme
depuis juillet.

Cordialement,
Maryse Coquelle
"""), "2026-09-08 10:58", client="outlook"),
    "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "The structure administrator no longer receives any automatic notification (accounts to validate).")

add(eml(("fabien.d", "fabien.delval@free.fr"), "rien recu",
        text("""tjs rien recu du no-reply depuis vendredi pr l espace acheteur, g regardé les spams
"""), "2026-09-07 12:02", client="none", relay="smtp4-g21.free.fr"),
    "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "One line, SMS style: nothing received from the no-reply address since Friday, spam folder checked.")

add(eml(("Julie Perrot", "julie.perrot@ac-paris.fr"), "Fwd: lien de première connexion",
        text("""Bonjour,

Je vous transfère le message de ma collègue, nouvelle à l'école (elle n'a pas
encore sa boîte académique opérationnelle) : son compte a été validé mais le
lien de première connexion n'est jamais arrivé.

Julie Perrot, directrice de l'école Championnet, Paris 18e

---------- Forwarded message ---------
De : Manon Girard <manon.girard.pe@gmail.com>
Date: mar. 8 sept. 2026 à 19:02
Subject: lien de première connexion
To: Julie Perrot <julie.perrot@ac-paris.fr>


Coucou Julie,
le site me dit que mon compte Espace Acheteur est validé mais je n'ai jamais
reçu le mail avec le lien pour me connecter la première fois (rien dans les
spams). Tu peux leur transmettre ?
Bisous, Manon
""", cte="qp"), "2026-09-09 07:20", client="gmail"),
    "missing_noreply_mail", True, None, IDF, "espace_acheteur", True, "fr",
    "Forward (Gmail French style) of a colleague's message: validated account but the secure first-login link never came. Sent by a head, but nothing to authorise. Region from ac-paris.fr.")

add(eml(("DSI Agglo Seine-Eure", "dsi-support@agglo-seine-eure.example.fr"), "Messages de votre plateforme non reçus par les mairies",
        text("""Bonjour,

Plusieurs mairies de l'agglomération (nous gérons leur messagerie) signalent
qu'elles ne reçoivent plus les mails automatiques de l'Espace Acheteur
(activation, mot de passe). Nous avons durci notre filtrage entrant cet été
et il est possible que vos envois soient rejetés.

Pouvez-vous nous communiquer l'adresse d'expédition exacte et, si possible,
les serveurs d'envoi, afin que nous les autorisions ?

Cordialement,
Service informatique mutualisé
"""), "2026-09-01 11:14", client="outlook"),
    "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "IT department of an agglomeration: automatic mails not received after a stricter filter; no product named. Asks for the sending address (the allow-the-no-reply answer).")

add(eml(("Kévin Lagache", "kevin.lagache@ac-lille.fr"), "Mail de confirmation portail assistance",
        text("""Bonjour,

J'ai voulu créer un compte sur votre portail d'assistance (pour suivre mes
demandes) mais le mail de confirmation qui doit me permettre de définir mon
mot de passe n'est jamais arrivé.

Kévin Lagache
"""), "2026-09-11 18:36", client="tb"),
    "missing_noreply_mail", True, None, HDF, "ticket_portal", False, "fr",
    "The ticket portal's confirmation mail (to set a password) never arrived. Region from ac-lille.fr.")

_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<div>Bonjour,</div>
<div><br></div>
<div>Nous avons ouvert la semaine dernière un compte client pour commander un abonnement pour la bibliothèque de l'école, mais le mail d'activation du compte ne nous est jamais parvenu (ni dans la boîte de réception ni dans les indésirables).</div>
<div><br></div>
<div>Pourriez-vous nous le renvoyer ?</div>
<div><br></div>
<div>Merci,</div>
<div>Le directeur, Vincent Hamon</div>
<div>École primaire de Coutances - Claires-Fontaines</div>
</body></html>
"""
add(eml(("Ecole Claires-Fontaines Coutances", "ce.0502614V@ac-normandie.fr"), "Activation compte client",
        text(_html, sub="html", cte="qp"), "2026-09-14 08:06", client="outlook"),
    "missing_noreply_mail", True, "0502614V", NOR, "esidoc", True, "fr",
    "HTML-only. The head writes, but only because the customer-account activation mail never came (not a subscription-activation question, not a head request). UAI from the ce. sender.")

add(eml(("Yasmine", "yasmine.hadj59@gmail.com"), "pas reçu",
        text("""Bonjour pas reçu le mail pour créer le mot de passe, j'ai fait la demande il y a 2 jours.
Yasmine
""", cte="b64"), "2026-09-13 21:44", client="android"),
    "missing_noreply_mail", True, None, None, None, False, "fr",
    "Short mobile message (base64): mail to set the password never came. No product named, no UAI, Gmail.")

add(eml(("Ecole de Villeneuve-Saint-Germain", "ce.0021278D@ac-amiens.fr"), "Mail de confirmation introuvable",
        text("""Bonjour,

Le mail de confirmation de la commande de l'abonnement BCD n'est pas arrivé
dans la boîte de l'école, ni dans les indésirables. Nous sommes trois à lire
cette boîte (directrice, adjointe, mairie) : peut-être qu'il a été supprimé par
erreur ? Pouvez-vous le renvoyer ?

Merci,
Audrey, adjointe
"""), "2026-09-02 13:27", client="zimbra"),
    "missing_noreply_mail", True, "0021278D", HDF, "esidoc", False, "fr",
    "Shared ce. mailbox read by three people: the confirmation mail never showed up (maybe deleted by someone). No product named.")

add(eml(("Florian Besnard", "florian.besnard@ac-versailles.fr"), "Mail de validation + abonnement",
        text("""Bonjour,

Deux soucis pour l'école Lamartine de Versailles (0786412W) :

- le mail de validation de mon compte n'est jamais arrivé (rien dans les
  indésirables) ;
- et l'abonnement que la mairie a commandé le 20 août n'apparaît toujours pas
  sur le portail.

Merci de votre aide.
Florian Besnard
"""), "2026-09-03 19:40", client="tb"),
    "missing_noreply_mail", False, "0786412W", IDF, "esidoc", True, "fr",
    "Two topics: validation mail never received (first, main) and a subscription ordered two weeks ago still not visible (past 72 h): no single automatic answer.")

# ==========================================================================
# mailinblack_spam
# ==========================================================================
add(eml(("Mairie de Nœux-les-Mines", "affaires.scolaires@mairie-noeux-les-mines.example.fr"), "Mails bloqués par Mailinblack",
        text("""Bonjour,

Notre mairie utilise Mailinblack. Les mails d'activation de l'Espace Acheteur
restent dans la quarantaine (« en attente ») et ne nous parviennent jamais.

Comment faire pour les recevoir ?

Cordialement,
Service des affaires scolaires
"""), "2026-08-31 14:50", client="outlook"),
    "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "MailInBlack named; activation mails held in its quarantine.")

add(eml(("Sylvie", "sylvie.lheureux@mairie-fruges.example.fr"), "bloqué par mail in black",
        text("""bonjour
vos mail sont bloqué par mail in black chez nous, je recois juste une notif
"message en atente" et quand je clique rien ne se passe.
comment on fait ? c pour les comandes de l ecole
sylvie
"""), "2026-09-09 11:03", client="none"),
    "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "Product spelled 'mail in black', no accents, typos.")

add(eml(("Ecole Pasteur - Saint-Valery-en-Caux", "ecole.pasteur@mairie-saint-valery-en-caux.example.fr"), "Système anti-robot sur notre messagerie",
        text("""Bonjour,

Depuis cet été, la mairie a installé sur nos adresses un nouveau système de
protection : quand quelqu'un nous écrit pour la première fois, il reçoit un
message lui demandant de cliquer pour prouver qu'il n'est pas un robot. Tant
que ce n'est pas fait, nous ne recevons pas le mail.

Je suppose que votre adresse « ne pas répondre » ne clique jamais... Du coup
nous ne recevons aucun mail de votre part (mot de passe, commandes).

Que peut-on faire ?

Émilie Roussel, directrice
École Pasteur - UAI 0767675E
"""), "2026-09-01 17:41", client="o365"),
    "mailinblack_spam", False, "0767675E", NOR, None, True, "fr",
    "The sender-authentication challenge is described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide. Written by the head, but it is not a request for authorisation. 'Mot de passe, commandes' does not tell which product.")

add(eml(("Tom Ashby", "t.ashby@infogerance-oise.example.fr"), "Mailinblack allow-list for your platform",
        text("""Hello,

We provide IT support to several town halls in the Oise. They use Mailinblack
and your platform's emails (activation, password) end up in the quarantine.

Which sender addresses or domains should we add to the Mailinblack
allow-list? Do you also send from third-party servers?

Regards,
Tom Ashby
Infogérance Oise
"""), "2026-09-03 10:12", client="o365_en"),
    "mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
    "English; the town halls' IT provider asks which senders to allow-list in Mailinblack.")

add(eml(("Ecole maternelle d'Ifs", "ecole.maternelle@ville-ifs.example.fr"), "TR: Rapport de quarantaine Mailinblack",
        text("""Bonjour,

Je reçois chaque matin ce rapport, où je vois vos messages. Si je clique sur
« Libérer », est-ce que c'est suffisant ou faut-il faire autre chose pour ne
plus être bloquée ?

Merci,
Claire Lemaître, directrice
École maternelle Le Petit Prince, Ifs - 0142519M

________________________________
De : Mailinblack <no-reply@protect.mailinblack.example>
Envoyé : mardi 8 septembre 2026 07:00
À : ecole.maternelle@ville-ifs.example.fr
Objet : Votre rapport de quarantaine

Vous avez 3 message(s) en attente depuis votre dernier rapport :

  no-reply@espace-acheteur.example.fr   Activation de votre compte        [Libérer] [Bloquer]
  no-reply@esidoc.example.fr            Réinitialisation du mot de passe  [Libérer] [Bloquer]
  promo@fournitures-discount.example    -50% sur les cartables            [Libérer] [Bloquer]

Ce rapport est envoyé automatiquement par Mailinblack.
""", cte="qp"), "2026-09-08 08:22", client="outlook"),
    "mailinblack_spam", True, "0142519M", NOR, None, True, "fr",
    "A person forwards the daily Mailinblack quarantine report: the forwarded part is machine text, the outer message is a real question. The held mails come from two products, so no single platform. UAI in the signature.")

add(eml(("Pôle numérique CC Pays de Caux", "numerique@cc-caux.example.fr"), "Mailinblack Protect - vos messages",
        text("""Bonjour,

La communauté de communes a déployé Mailinblack Protect sur les adresses des
écoles et des mairies du territoire. Vos messages (mots de passe, activation)
restent en attente. Nous avons aussi vérifié les dossiers indésirables : rien
de ce côté-là, c'est bien la quarantaine Mailinblack.

Merci de nous indiquer la procédure recommandée.

Pôle numérique
"""), "2026-08-28 15:29", client="outlook"),
    "mailinblack_spam", True, None, None, None, False, "fr",
    "'Mailinblack Protect' rolled out by the communauté de communes; junk folder checked too. No platform named.")

add(eml(("Mairie de Breteuil", "mairie.breteuil60@wanadoo.fr"), "Mailinblack + administrateur",
        text("""Bonjour,

1/ Le mail d'activation de mon compte Espace Acheteur est bloqué par
Mailinblack, je l'ai vu dans la quarantaine mais le lien n'est plus valide
quand je le libère.

2/ Qui est l'administrateur de notre structure ? On me dit qu'il doit aussi
valider mon compte.

Merci
Patricia Leroy, secrétaire de mairie
"""), "2026-09-15 09:44", client="outlook"),
    "mailinblack_spam", False, None, None, "espace_acheteur", True, "fr",
    "Two topics: activation mail blocked by Mailinblack (main) and who is the structure's administrator (account_creation).")

_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal">Nous venons d’installer MAILINBLACK sur la messagerie de la mairie et des deux écoles.<o:p></o:p></p>
<p class="MsoNormal">Pour continuer à recevoir vos mails (Espace Acheteur), faut-il autoriser l’adresse d’envoi ou le domaine entier&nbsp;?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Cordialement<o:p></o:p></p>
<p class="MsoNormal"><span style="color:#1F4E79">Romain Delannoy<br>Informatique – Mairie de Lillers</span><o:p></o:p></p>
</div></body></html>
"""
add(eml(("Romain Delannoy", "r.delannoy@ville-lillers.example.fr"), "Autorisation de vos adresses dans MAILINBLACK",
        text(_html, sub="html", cs="windows-1252", cte="qp"), "2026-08-25 16:02", client="outlook"),
    "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook (windows-1252); MAILINBLACK in capitals; asks whether to allow the address or the domain.")

add(eml(("Josselin Pichon", "j.pichon@mairie-conches.example.fr"), "Re: [#SUP-019140] Pas de mail d'activation",
        text("""Bonjour,

Notre informaticien a regardé : ce n'est pas dans les indésirables, c'est
Mailinblack qui bloque vos messages (on l'a depuis juin). Que faut-il faire
de notre côté ?

Cordialement,
J. Pichon

Le 02/09/2026 à 10:15, Assistance a écrit :
> Bonjour,
>
> Les messages automatiques sont envoyés par une adresse « no-reply ».
> Merci de vérifier votre dossier de courriers indésirables et de marquer
> le message comme légitime.
>
> Cordialement,
> L'équipe d'assistance
"""), "2026-09-03 09:51", client="tb", irt=old_mid(ref="SUP-019140")),
    "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "Reply (Thunderbird quote) to the junk-folder answer: their IT says Mailinblack is blocking; the Mailinblack guide is now the right answer.")

add(eml(("Delphine R", "delphine.ratel@ville-evreux.example.fr"), "Bloqué",
        text("""C'est bloqué par mailinblack, comment on débloque vos mails ?

Envoyé de mon iPhone""", cte="b64"), "2026-09-11 13:17", client="iphone"),
    "mailinblack_spam", True, None, None, None, False, "fr",
    "One line from an iPhone (base64): blocked by Mailinblack. No platform named.")

add(eml(("Direction école Molière", "direction.ecole-moliere@ville-sarcelles.example.fr"), "Mailinblack et vos mails",
        text("""Bonjour,

Directeur de l'école Molière à Sarcelles (UAI 0955725G), j'utilise l'adresse
fournie par la mairie. La mairie vient de nous mettre sous Mailinblack et je
ne reçois plus vos mails de réinitialisation du mot de passe du portail BCD.

Pouvez-vous m'indiquer ce qu'il faut autoriser ?

Cordialement,
Karim Haddad
"""), "2026-09-07 18:02", client="o365"),
    "mailinblack_spam", True, "0955725G", IDF, "esidoc", True, "fr",
    "A head writes, but only about Mailinblack blocking the reset mails: mailinblack_spam, not a head request and not password_reset.")

# ==========================================================================
# subscription_activation
# ==========================================================================
add(eml(("Aurélie Masson", "aurelie.masson@ac-creteil.fr"), "Abonnement BCD non visible",
        text("""Bonjour,

La mairie de Melun a commandé avant-hier l'abonnement à la presse jeunesse
pour la BCD de notre école (école Jean Bonis, 0776238M). Il n'apparaît pas
encore dans le portail.

Faut-il attendre ou y a-t-il une manipulation à faire de notre côté ?

Merci,
Aurélie Masson
"""), "2026-09-09 17:02", client="tb"),
    "subscription_activation", True, "0776238M", IDF, "esidoc", False, "fr",
    "Subscription ordered two days ago by the town hall, not visible yet: within the 72-hour window.")

add(eml(("Marc Hubert", "marc.hubert@ac-versailles.fr"), "Abonnement commandé le 28 août toujours inactif",
        text("""Bonjour,

L'abonnement commandé le 28 août pour l'école des Larris à Pontoise
(0954281M) n'est toujours pas actif aujourd'hui. La commande apparaît bien
comme « validée » côté mairie. Cela fait presque deux semaines.

Pouvez-vous regarder ?

Marc Hubert
"""), "2026-09-10 08:14", client="tb"),
    "subscription_activation", False, "0954281M", IDF, "esidoc", False, "fr",
    "Ordered almost two weeks ago, still not active: past the 72-hour rule, a person must look at the order.")

add(eml(("Nicolas Vautier", "nicolas.vautier@ac-normandie.fr"), "Ressource invisible pour les élèves",
        text("""Bonjour,

Je précise tout de suite : je n'ai pas oublié mon mot de passe, je me connecte
très bien à l'administration du portail de l'école Letot à Bayeux (0140496N).

Mais la nouvelle ressource (les documentaires en ligne commandés la semaine
dernière) n'apparaît pas côté élèves : ils ne voient que l'ancien catalogue.
Je vois pourtant l'abonnement actif dans « Mes abonnements ».

Que faut-il faire pour la publier ?

Nicolas Vautier
"""), "2026-09-15 16:40", client="zimbra"),
    "subscription_activation", True, "0140496N", NOR, "esidoc", True, "fr",
    "Negation: 'je n'ai pas oublié mon mot de passe', login works; the active resource is not published for pupils (publication step).")

add(eml(("Ecole élémentaire Saint-Pierre Amiens", "ce.0803652K@ac-amiens.fr"), "Quand l'abonnement sera-t-il disponible ?",
        text("""Bonjour,

La mairie a validé hier la commande de notre abonnement pour la BCD. Pouvez-
vous me dire dans quel délai il sera disponible pour les classes ?

Merci,

Christophe Leroux
Directeur
"""), "2026-09-02 08:26", client="zimbra"),
    "subscription_activation", True, "0803652K", HDF, "esidoc", True, "fr",
    "Written by the head, from the ce. address, but he only asks when the subscription will be available: not a head-of-establishment request.")

add(eml(("Sophie Bocquet", "sophie.bocquet@ac-lille.fr"), "Rendre la ressource visible dans l'ENT",
        text("""Bonjour,

Notre abonnement est actif (je le vois dans l'administration du portail de
l'école, 0620257T), mais je ne sais pas comment le rendre accessible aux
élèves depuis l'ENT de l'école. Y a-t-il une case à cocher pour publier la
ressource ?

Merci d'avance,
Sophie Bocquet, CM1-CM2
École primaire de Hesdin
"""), "2026-09-11 13:55", client="tb"),
    "subscription_activation", True, "0620257T", HDF, "esidoc", False, "fr",
    "How to publish an active resource for pupils (through the ENT): publication step of subscription_activation.")

add(eml(("Priya Raman", "priya.raman@ac-versailles.fr"), "Renewed subscription still shows as expired",
        text("""Hello,

Our town hall renewed the library subscription yesterday for the école des
Tournelles, Bures-sur-Yvette (0916416F), but the portal still shows it as
expired. Is there a delay before it becomes active?

Thanks,
Priya Raman
"""), "2026-09-08 12:39", client="tb_en"),
    "subscription_activation", True, None, IDF, "esidoc", True, "en",
    "English; renewal ordered yesterday still shown as expired: within the 72-hour window. The code 0916416F has a wrong check letter (the digits give 0916416E), so no UAI; region from the ac-versailles.fr sender. The generic 72-hour answer does not need the UAI.",
    bad=("0916416F",))

add(eml(("Francois Lesage", "f.lesage27@orange.fr"), "abonnement",
        text("""Bjr abonnement pas actif, commande validée hier par la mairie. Ecole St-Exupery Vernon 0274379N. Merci

Envoyé de mon iPhone""", cte="qp"), "2026-09-04 07:12", client="iphone"),
    "subscription_activation", True, "0274379N", NOR, "esidoc", False, "fr",
    "Short phone message: please activate, order validated yesterday.")

add(eml(("Caroline Dumont", "caroline.dumont@ac-lille.fr"), "Re: Mot de passe portail",
        text("""Bonjour,

Le mot de passe, c'est réglé (merci !). Par contre maintenant que je suis
connectée, je ne vois pas l'abonnement que la mairie a commandé lundi. On est
mercredi, est-ce que c'est normal ?

Caroline Dumont
École Brossolette, Wattrelos - 0592919C

> Le 7 sept. 2026 à 09:40, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> connue pour votre établissement (c***@ac-lille.fr). Il est valable
> 12 heures.
>
> Cordialement,
> L'équipe d'assistance
"""), "2026-09-09 18:03", client="apple", irt=old_mid()),
    "subscription_activation", True, "0592919C", HDF, "esidoc", True, "fr",
    "Reply quoting the password-reset answer (Apple Mail quote): the password is solved, the new question is a subscription ordered two days ago (within 72 h).")

# ==========================================================================
# order_billing
# ==========================================================================
add(eml(("Mairie d'Avranches - Finances", "finances@ville-avranches.example.fr"), "Demande de devis - abonnement BCD école Challemel-Lacour",
        text("""Bonjour,

Pour pouvoir établir le bon de commande de la commune, nous avons besoin d'un
devis pour le renouvellement de l'abonnement de la bibliothèque de l'école
élémentaire Challemel-Lacour (UAI 0505130E), au nom de la Ville d'Avranches.

Pourriez-vous nous l'adresser à cette adresse ?

Cordialement,
Service Finances
Ville d'Avranches
"""), "2026-08-27 14:35", client="outlook"),
    "order_billing", False, "0505130E", NOR, "esidoc", False, "fr",
    "The town hall (which holds the school's budget) asks for a quote for the school's subscription. UAI of the school in the body, region from it.")

add(eml(("Comptabilité Gournay-en-Bray", "compta@mairie-gournay-en-bray.example.fr"), "Facture non déposée sur Chorus Pro",
        text("""Bonjour,

La commande de fournitures pour nos écoles a été livrée le 25 août, mais la
facture n'a toujours pas été déposée sur Chorus Pro. Sans elle, notre
trésorerie ne peut pas mandater.

Pour rappel, le SIRET de la commune et le code service sont indiqués sur le
bon de commande.

Cordialement,
Service comptabilité
"""), "2026-09-14 11:21", client="outlook"),
    "order_billing", False, None, None, "espace_acheteur", False, "fr",
    "Invoice not deposited on Chorus Pro after delivery.")

add(eml(("Ecole du Petit Prince - Amiens Nord", "ce.0800901V@ac-amiens.fr"), "Facture au nom de l'école au lieu de la mairie",
        text("""Bonjour,

Nous avons reçu la facture de l'abonnement de la BCD au nom de l'école. Or
l'école n'a pas de budget propre : c'est la Ville d'Amiens qui paie. Pouvez-
vous refaire la facture au nom de la commune (Direction de l'Éducation) ?

Merci,

Hélène Caron
Directrice
"""), "2026-09-08 12:18", client="zimbra"),
    "order_billing", False, "0800901V", HDF, "esidoc", True, "fr",
    "Written by the head from the ce. address, but it is an invoice correction (re-issue to the town hall), not an authorisation: order_billing.")

add(eml(("Yann Le Goff", "yann.le-goff@ac-paris.fr"), "Panier disparu",
        text("""Bonjour,

En juin, j'avais préparé un panier de livres pour la BCD de l'école (rue
Küss, Paris 13e, 0752398Z) pour que la mairie d'arrondissement le valide à
la rentrée. Je me reconnecte aujourd'hui : le panier est vide.

Est-il possible de le récupérer ? Il y avait une soixantaine de titres...

Yann Le Goff
"""), "2026-09-01 17:16", client="tb"),
    "order_billing", False, "0752398Z", IDF, "esidoc", False, "fr",
    "The saved basket prepared in June has disappeared (baskets are kept 15 days).")

add(eml(("OGEC Notre-Dame de Bon Secours", "comptabilite@nd-bonsecours.example.fr"), "Paiement par virement",
        text("""Bonjour,

Nous sommes une école primaire privée (OGEC). La nouvelle direction souhaite
régler la facture F-2026-07731 par virement plutôt que par chèque. Pourriez-
vous nous transmettre un RIB ?

Cordialement,
Michèle Durand
Comptable
"""), "2026-09-04 15:09", client="outlook", auth="spfonly"),
    "order_billing", False, None, None, "esidoc", False, "fr",
    "Private school asks to pay an invoice by bank transfer and for bank details.")

add(eml(("Gemma Clarke", "g.clarke@mairie-senlis.example.fr"), "Invoice received twice",
        text("""Hello,

We have received invoice F-2026-08812 (library subscription for the Séraphine
Louis primary school) twice, once by post and once by email, with two
different numbers on the second page. Could you confirm that only one payment
is expected and cancel the duplicate?

Best regards,
Gemma Clarke
Accounts - Town hall of Senlis
"""), "2026-09-16 10:30", client="o365_en"),
    "order_billing", False, None, None, "esidoc", False, "en",
    "English; invoice received twice, asks to cancel the duplicate.")

_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Le devis n° D-2026-1184 que vous nous aviez adressé en juin pour l’école maternelle Les Pâquerettes indiquait <b>389,00 €</b> TTC.</p>
<p class="MsoNormal">La facture reçue ce matin s’élève à <b>412,50 €</b> TTC, pour les mêmes articles.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Merci de nous expliquer cet écart ou de nous adresser une facture rectificative&nbsp;: notre trésorier ne pourra pas payer un montant différent de l’engagement.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cordialement,</p>
<p class="MsoNormal">Corinne Lebas – Secrétariat de mairie de Pavilly</p>
</div></body></html>
"""
add(eml(("Corinne Lebas", "secretariat@mairie-pavilly.example.fr"), "Écart entre devis et facture",
        text(_html, sub="html", cs="windows-1252", cte="qp"), "2026-09-02 10:05", client="outlook"),
    "order_billing", False, None, None, "esidoc", False, "fr",
    "HTML-only Outlook (windows-1252 with the euro sign): invoice amount differs from the quote.")

add(eml(("Marion Fontaine", "m.fontaine@mairie-lens.example.fr"), "Bon de commande refusé à la validation",
        multi("mixed", [
            text("""Bonjour,

Au moment de valider la commande de mobilier pour l'école Jean Macé, le site
refuse le bon de commande signé de la mairie que je joins : « format non
accepté ». C'est pourtant un PDF.

Je vous le joins ici, pouvez-vous regarder ?

Marion Fontaine
Service de l'Éducation - Ville de Lens
""", cte="qp"),
            attach("BC_2026-0917_Ecole_JeanMace.pdf", "application/pdf", fake_pdf("Bon de commande 2026-0917"))]),
        "2026-09-17 14:44", client="outlook"),
    "order_billing", False, None, None, "espace_acheteur", False, "fr",
    "The signed purchase order (PDF attached) is refused at order validation ('format non accepté').")

add(eml(("Finances CC Sud-Avesnois", "finances@cc-sudavesnois.example.fr"), "Montant facture erroné + convention",
        text("""Bonjour,

La facture de la commande groupée de fournitures scolaires (écoles du RPI de
Trélon) comporte une erreur de quantité : 40 cartons de papier facturés au
lieu de 4. Merci de nous faire parvenir un avoir ou une facture corrigée.

Par ailleurs, nous ne trouvons plus la convention d'adhésion dans « Mes
marchés ».

Cordialement,
Service finances
"""), "2026-09-15 15:22", client="outlook"),
    "order_billing", False, None, None, "espace_acheteur", True, "fr",
    "Two topics: wrong quantity on an invoice (main) and the membership convention missing from 'Mes marchés' (contract_documents).")

add(eml(("SIVOS du Plateau", "sivos.plateau@laposte.net"), "Répartition de la facture entre les communes",
        text("""Bonjour,

Notre SIVOS gère le RPI de trois communes (Saint-Clair, Bourgtheroulde et
Thuit-Hébert). Pour la commande de livres de la rentrée, chaque commune paie
sa part. Est-il possible d'établir trois factures distinctes, au prorata des
élèves (42 / 35 / 23 %) ?

Merci,
Anne Vautier, secrétaire du SIVOS
"""), "2026-08-26 16:48", client="roundcube"),
    "order_billing", False, None, None, "espace_acheteur", False, "fr",
    "A SIVOS (RPI school syndicate) asks to split one invoice between three communes.")

add(eml(("Laetitia Guillot", "l.guillot@mairie-lisieux.example.fr"), "Bouton de validation grisé",
        text("""Bonjour,

Ce n'est pas un problème de mot de passe : je suis bien connectée à l'Espace
Acheteur. Mais sur le panier de l'école Jean Jaurès, le bouton « Valider la
commande » reste grisé, alors que tous les champs sont remplis et que le
montant est sous le seuil du marché.

Merci de votre aide,
Laetitia Guillot
"""), "2026-09-16 09:13", client="outlook"),
    "order_billing", False, None, None, "espace_acheteur", True, "fr",
    "Negation: 'ce n'est pas un problème de mot de passe'; order validation is blocked (button greyed): order_billing, not password_reset or account rights.")

# ==========================================================================
# contract_documents
# ==========================================================================
add(eml(("Mairie de Carvin - marchés publics", "marches@ville-carvin.example.fr"), "Convention d'adhésion introuvable",
        text("""Bonjour,

Notre nouveau responsable des marchés ne trouve pas la convention d'adhésion
de la commune à la centrale d'achat dans l'Espace Acheteur. Elle apparaissait
l'an dernier sous « Mes marchés ».

Pouvez-vous nous indiquer où la consulter ?

Cordialement,
Service de la commande publique
"""), "2026-09-09 10:17", client="outlook"),
    "contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "The commune's membership convention is no longer visible in 'Mes marchés'.")

add(eml(("CC Terre de Caux", "commandepublique@cc-terredecaux.example.fr"), "Avenant n°3 - marché fournitures scolaires 2025-041",
        text("""Bonjour,

L'avenant n° 3 au marché 2025-041 (fournitures scolaires) nous a été annoncé
par courrier en juillet, mais il ne figure pas parmi les pièces du marché
dans l'Espace Acheteur : nous ne voyons que l'acte d'engagement et les
avenants 1 et 2.

Merci de le mettre en ligne ou de nous l'adresser.

Bien cordialement,
Service commande publique
"""), "2026-08-31 15:45", client="outlook"),
    "contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "Amendment no. 3 missing from a market's documents.")

add(eml(("Pierre Dhaussy", "p.dhaussy@ville-saint-quentin.example.fr"), "CCAP et BPU du marché mobilier scolaire",
        text("""Bonjour,

Je cherche le CCAP et le BPU du marché « mobilier scolaire » (lot 2, écoles
maternelles) pour préparer les commandes de la rentrée. Les pièces ne sont
pas téléchargeables dans l'espace documentaire du marché : le lien mène à une
page vide.

Pouvez-vous me les transmettre ?

Pierre Dhaussy
Direction de l'Éducation - Ville de Saint-Quentin
"""), "2026-09-03 11:30", client="outlook"),
    "contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "CCAP and price schedule (BPU) of a market not downloadable.")

add(eml(("Nathan Brooks", "n.brooks@ville-maisons-laffitte.example.fr"), "Cannot download framework agreement documents",
        text("""Hello,

When I try to download the framework agreement documents for the school
supplies market (the "pièces du marché" tab), I get a 403 Forbidden error.
My colleague who left in July had access. Could you check?

Thanks,
Nathan Brooks
Procurement - Maisons-Laffitte town hall
"""), "2026-09-07 14:05", client="o365_en"),
    "contract_documents", False, None, None, "espace_acheteur", False, "en",
    "English; market documents return 403 for the new buyer.")

add(eml(("Rachida Amrani", "r.amrani@ville-pantin.example.fr"), "Conventions invisibles depuis mon nouveau compte",
        text("""Bonjour,

J'ai repris le dossier des achats scolaires de la ville après le départ de ma
collègue. Avec son ancien compte, on voyait toutes les conventions et les
avenants ; avec mon nouveau compte (validé la semaine dernière), la rubrique
« Documents contractuels » est vide.

Est-ce une question de droits ?

Rachida Amrani
"""), "2026-09-14 14:59", client="outlook"),
    "contract_documents", False, None, None, "espace_acheteur", True, "fr",
    "Cannot see the conventions with a new account: contract_documents, although the likely fix is access rights from the structure administrator (close to account_creation).")

add(eml(("Service éducation Vire", "education@vire-normandie.example.fr"), "Re: [#SUP-019066] Convention non disponible",
        text("""Bonjour,

Merci pour votre réponse du 1er septembre, mais la convention 2026-2028
n'apparaît toujours pas dans notre espace, même après déconnexion et
reconnexion.

Cordialement,
Gaëlle Marie

Le 01/09/2026 à 15:30, Assistance Normandie a écrit :
> Bonjour,
>
> La convention 2026-2028 sera mise en ligne dans votre espace dans les
> prochains jours. Merci de vous reconnecter ensuite.
>
> Cordialement,
> L'équipe d'assistance Normandie
"""), "2026-09-11 09:48", client="tb", irt=old_mid(ref="SUP-019066")),
    "contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "Follow-up reply (Thunderbird quote): the convention is still missing after the region's answer. The commune's domain is not an académie domain, so no region.")

# ==========================================================================
# transfer_incident (private primary schools: Charlemagne -> EcoleDirecte)
# ==========================================================================
add(eml(("Direction école Saint-Joseph", "direction@stjoseph-lambersart.example.fr"), "Transferts EcoleDirecte arrêtés",
        text("""Bonjour,

Le dernier transfert vers EcoleDirecte date du 2 septembre. Depuis, les
parents ne voient pas les nouvelles classes ni les emplois du temps de la
rentrée. Le transfert automatique affiche « en cours » sans jamais aboutir.

École Saint-Joseph, Lambersart - 0592904L

Merci de votre aide,
Bénédicte Delebarre, cheffe d'établissement
"""), "2026-09-07 08:02", client="outlook", auth="spfonly"),
    "transfer_incident", False, "0592904L", HDF, "ecoledirecte", False, "fr",
    "Last EcoleDirecte transfer five days old; parents do not see the new classes. Written by the head, but nothing to authorise.")

add(eml(("Secrétariat école Sainte-Marie", "secretariat@ste-marie-meaux.example.fr"), "Licence expirée",
        text("""Bonjour,

Depuis ce matin, Charlemagne affiche « Licence expirée » au démarrage et les
transferts vers EcoleDirecte ne se font plus. Nous n'avons rien changé pendant
l'été.

Pouvez-vous nous régénérer la licence ?

Secrétariat
École Sainte-Marie
"""), "2026-09-01 08:44", client="outlook", auth="spfonly"),
    "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "'Licence expirée' at start-up after the summer: licence to regenerate, transfers stopped.")

add(eml(("Nouvelle secrétaire - Notre-Dame", "accueil@notredame-rouen.example.fr"), "mot de passe du jour",
        text("""Bonjour,

Je suis la nouvelle secrétaire de l'école Notre-Dame (je remplace Mme Auber
partie cet été). L'outil de maintenance de Charlemagne me demande « le mot de
passe de maintenance du jour » pour réindexer la base avant le transfert.

Pouvez-vous me le communiquer ?

Merci,
Sandra
"""), "2026-09-02 09:15", client="outlook", auth="spfonly"),
    "transfer_incident", False, None, None, "ecoledirecte", True, "fr",
    "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.")

add(eml(("OGEC Jeanne d'Arc Saint-Denis", "informatique@jda-saintdenis.example.fr"), "Nouveau serveur - licence à régénérer",
        text("""Bonjour,

Nous avons remplacé le serveur de l'école cet été et réinstallé Charlemagne.
Au lancement, le logiciel indique que la licence ne correspond pas à ce
poste, et les transferts vers EcoleDirecte sont bloqués.

UAI de l'école : 0930188Z

Cordialement,
Damien Roussel, bénévole informatique de l'OGEC
"""), "2026-08-28 18:22", client="tb", auth="spfonly"),
    "transfer_incident", False, "0930188Z", IDF, "ecoledirecte", False, "fr",
    "New server after the summer: licence to regenerate, transfers blocked.")

add(eml(("Chris Hallett", "chris.hallett@ogec-stmichel.example.fr"), "Transfers failing - proxy 407",
        text("""Hi,

I volunteer as IT support for a small private primary school (St Michel,
Compiègne). Since the town's new firewall was installed over the summer,
the Charlemagne transfers to EcoleDirecte fail with "HTTP 407 Proxy
Authentication Required" in the diagnostic. Where do I set the proxy
credentials for the transfer service?

Thanks,
Chris
"""), "2026-09-04 21:05", client="tb_en", auth="spfonly"),
    "transfer_incident", False, None, None, "ecoledirecte", False, "en",
    "English; new proxy/firewall: the transfer diagnostic fails with HTTP 407.")

_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Les transferts ne passent plus depuis jeudi. Dans le gestionnaire des tâches je vois <b>cinq processus Outils.exe</b> bloqués, que je ne peux pas arrêter.</p>
<p>Le redémarrage du poste ne change rien : au relancement, le transfert reste « en attente ».</p>
<p>Bien cordialement,</p>
<p>Véronique Lamotte<br>Secrétaire de direction<br>École privée Saint-Vincent-de-Paul – Meulan</p>
</div></body></html>
"""
add(eml(("Veronique Lamotte", "v.lamotte@svdp-meulan.example.fr"), "Outils.exe bloqués - transferts",
        text(_html, sub="html", cte="b64"), "2026-09-14 10:36", client="o365", auth="spfonly"),
    "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "HTML-only Office 365 mail with a base64 body: several Outils.exe processes stuck, transfers hang.")

# ==========================================================================
# automated
# ==========================================================================
def desk_msg(to: str, subject: str, body: str, date: str, ref: str) -> tuple[bytes, str]:
    """One of our own outgoing answers, as it would come back inside a bounce."""
    mid = old_mid(ref=ref)
    raw = (f"From: Assistance <{DESK}>\nTo: {to}\nSubject: {h(subject)}\n"
           f"Date: {format_datetime(when(date))}\nMessage-ID: {mid}\nAuto-Submitted: auto-replied\n"
           f"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
           f"Content-Transfer-Encoding: quoted-printable\n\n").encode("ascii")
    return raw + quopri.encodestring(body.encode("utf-8")), mid


add(eml(("Secrétariat Mairie de Houlgate", "secretariat@mairie-houlgate.example.fr"),
        "Réponse automatique : [#SUP-019020] Votre demande de compte",
        text("""Bonjour,

Le secrétariat de mairie est fermé jusqu'au lundi 31 août inclus.
Pour toute urgence concernant la rentrée scolaire, merci de contacter
directement l'école au 02 31 00 00 00.

Cordialement,
Le secrétariat
""", cte="qp"), "2026-08-24 09:02", client="o365",
        irt=old_mid(ref="SUP-019020"),
        extra=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
               ("X-MS-Exchange-Inbox-Rules-Loop", "secretariat@mairie-houlgate.example.fr")),
        auth="spfonly"),
    "automated", False, None, None, None, False, "fr",
    "Exchange Online out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress) from a town hall closed for the summer.")

add(eml(("Ecole Jean Moulin - Abbeville", "ce.0805361T@ac-amiens.fr"), "Re: [#SUP-019104] Portail BCD : mot de passe",
        text("""Bonjour,

L'école est fermée pour les congés d'été jusqu'au 31 août. Votre message sera
lu à la pré-rentrée. Pour les demandes concernant les mots de passe et le
portail de la bibliothèque, merci de renouveler votre demande à partir du 1er
septembre.

La direction
"""), "2026-08-25 14:31", client="zimbra", irt=old_mid(ref="SUP-019104"),
        extra=(("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk"))),
    "automated", False, "0805361T", HDF, None, True, "fr",
    "Zimbra vacation reply from a school's ce. address ('Auto-Submitted: auto-replied (zimbra; vacation)'); mentions passwords and the portal but is never answered. UAI from the address.")

_orig, _omid = desk_msg("brigitte.lecanu@ac-normandie.fr", "[#SUP-018977] Portail BCD - école de Tourlaville",
                        """Bonjour,

Votre demande a bien été transmise à l'équipe de votre région, qui reviendra
vers vous sous 48 heures.

Cordialement,
L'équipe d'assistance
""", "2026-08-27 10:14", "SUP-018977")
add(eml(("Mail Delivery System", "MAILER-DAEMON@smtp3.ac-normandie.fr"), "Undelivered Mail Returned to Sender",
        multi("report", [
            text("""This is the mail system at host smtp3.ac-normandie.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<brigitte.lecanu@ac-normandie.fr>: host mbx2.ac-normandie.fr[10.12.4.20] said:
    550 5.1.1 <brigitte.lecanu@ac-normandie.fr>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", cte="7", ct='text/plain; charset=us-ascii', extra=(("Content-Description", "Notification"),)),
            P([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
              b"""Reporting-MTA: dns; smtp3.ac-normandie.fr
X-Postfix-Queue-ID: 4gK2Lq0xYz
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Thu, 27 Aug 2026 10:15:04 +0200 (CEST)

Final-Recipient: rfc822; brigitte.lecanu@ac-normandie.fr
Original-Recipient: rfc822;brigitte.lecanu@ac-normandie.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbx2.ac-normandie.fr
Diagnostic-Code: smtp; 550 5.1.1 <brigitte.lecanu@ac-normandie.fr>: Recipient
    address rejected: User unknown in virtual mailbox table
"""),
            rfc822(_orig)], params=" report-type=delivery-status;"), "2026-08-27 10:15",
        client="postfix", rp="", auth="helo", relay="smtp3.ac-normandie.fr",
        extra=(("Auto-Submitted", "auto-replied"),)),
    "automated", False, None, NOR, None, False, "en",
    "Postfix bounce (multipart/report, null Return-Path, MAILER-DAEMON): the former teacher's academic mailbox was closed after she left the académie. Region from the ac-normandie.fr sender.")

_orig, _omid = desk_msg("m.leprevost@mairie-honfleur.example.fr", "[#SUP-019212] Espace Acheteur - validation de compte",
                        """Bonjour,

Une demande de compte pour votre structure attend votre validation.

Cordialement,
L'équipe d'assistance
""", "2026-09-01 09:39", "SUP-019212")
_ndr_html = """<html><body style="font-family:Segoe UI,Arial;font-size:11pt">
<p><b><span style="color:#C00000">Votre message n'a pas pu être remis à m.leprevost@mairie-honfleur.example.fr</span></b></p>
<p>L'adresse e-mail que vous avez saisie est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message.</p>
<p>Cause : la boîte aux lettres du destinataire n'existe pas.</p>
<p style="color:#666">Diagnostic pour les administrateurs :<br>Serveur ayant généré l'erreur : PR3P195MB0712.EURP195.PROD.OUTLOOK.COM<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>
"""
add(eml(("Microsoft Outlook", "postmaster@mairie-honfleur.example.fr"), "Non remis : [#SUP-019212] Espace Acheteur - validation de compte",
        multi("report", [
            multi("alternative", [
                text("""Votre message n'a pas pu être remis à m.leprevost@mairie-honfleur.example.fr

L'adresse e-mail que vous avez saisie est introuvable.
Cause : la boîte aux lettres du destinataire n'existe pas.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", cte="qp"),
                text(_ndr_html, sub="html", cte="qp")]),
            P([("Content-Type", "message/delivery-status")],
              b"""Reporting-MTA: dns;PR3P195MB0712.EURP195.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Tue, 1 Sep 2026 07:40:12 +0000

Final-Recipient: rfc822;m.leprevost@mairie-honfleur.example.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
            rfc822(_orig, headers_only=True)], params=" report-type=delivery-status;"), "2026-09-01 09:40",
        client="o365", rp="", auth="helo", extra=(("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""))),
    "automated", False, None, None, None, False, "fr",
    "Exchange Online non-delivery report in French ('Non remis :'): the former town-hall administrator's mailbox no longer exists.")

_mdn_mid = old_mid(ref="SUP-019254")
add(eml(("Régis Onfroy", "regis.onfroy@ac-normandie.fr"), "Lu : [#SUP-019254] Portail BCD - demande écrite",
        multi("report", [
            text("""Votre message

  À : regis.onfroy@ac-normandie.fr
  Objet : [#SUP-019254] Portail BCD - demande écrite
  Envoyé : mercredi 2 septembre 2026 10:02

a été lu le mercredi 2 septembre 2026 12:31.
""", cte="qp"),
            P([("Content-Type", "message/disposition-notification")],
              f"""Reporting-UA: ac-normandie.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;regis.onfroy@ac-normandie.fr
Original-Message-ID: {_mdn_mid}
Disposition: manual-action/MDN-sent-manually; displayed
""".encode())], params=" report-type=disposition-notification;", style="outlook"),
        "2026-09-02 12:31", client="outlook", irt=_mdn_mid),
    "automated", False, None, NOR, None, False, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-normandie.fr sender.")

add(eml(("Didier Wattebled", "didier.wattebled@ac-lille.fr"), "[directeurs-bethune] portail BCD et mot de passe ?",
        text("""Bonjour à tous,

Question de rentrée : quelqu'un sait-il comment récupérer le mot de passe du
portail de la BCD quand l'ancien directeur est parti avec ? Le lien de
réinitialisation part sur son adresse perso...

Merci pour vos retours !
Didier, école du Marais

_______________________________________________
directeurs-bethune mailing list
directeurs-bethune@listes.ac-lille.fr
https://listes.ac-lille.fr/sympa/info/directeurs-bethune
"""), "2026-09-01 20:17", client="tb", to="directeurs-bethune@listes.ac-lille.fr",
        extra=(("List-Id", "Directeurs circonscription de Bethune <directeurs-bethune.listes.ac-lille.fr>"),
               ("List-Unsubscribe", "<mailto:sympa@listes.ac-lille.fr?subject=unsubscribe%20directeurs-bethune>"),
               ("List-Post", "<mailto:directeurs-bethune@listes.ac-lille.fr>"),
               ("Precedence", "list"), ("X-Loop", "directeurs-bethune@listes.ac-lille.fr"))),
    "automated", False, None, HDF, "esidoc", True, "fr",
    "A head's real question about a portal password, but posted to a directors' mailing list the desk's address is subscribed to (List-Id, Precedence: list, To is the list): not written to us, never answered. Region from the ac-lille.fr sender.")

add(eml(("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), "Nouvelle demande de compte en attente de validation",
        multi("alternative", [
            text("""Bonjour,

Une nouvelle demande de compte est en attente de validation pour la structure
« Commune de Crèvecœur-le-Grand », qui n'a pas d'administrateur actif :

Demandeur : Noémie Lagrange
Adresse : n.lagrange@mairie-crevecoeur.example.fr
Date de la demande : 07/09/2026 14:12

Pour valider ou refuser cette demande, connectez-vous à l'Espace Acheteur,
rubrique « Gestion des utilisateurs ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""),
            text("""<html><body><p>Bonjour,</p><p>Une nouvelle demande de compte est en attente de validation pour la structure « Commune de Crèvecœur-le-Grand », qui n'a pas d'administrateur actif&nbsp;:</p><ul><li>Demandeur : Noémie Lagrange</li><li>Adresse : n.lagrange@mairie-crevecoeur.example.fr</li><li>Date de la demande : 07/09/2026 14:12</li></ul><p>Pour valider ou refuser cette demande, connectez-vous à l'Espace Acheteur, rubrique « Gestion des utilisateurs ».</p><p><i>Ce message est envoyé automatiquement, merci de ne pas y répondre.</i></p></body></html>
""", sub="html", cte="qp")]), "2026-09-07 14:12", client="none", rp="bounces+8812@espace-acheteur.example.fr",
        extra=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"))),
    "automated", False, None, None, "espace_acheteur", False, "fr",
    "No-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.")

add(eml(("Signature électronique", "notifications@esign.example.fr"), "Document signé : Convention d'adhésion 2026-2028 - Commune de Longueau",
        multi("alternative", [
            text("""Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion
2026-2028 - Commune de Longueau ».

Signataires :
- Alain Beauvais, Maire de Longueau - signé le 10/09/2026 à 16:02
- Centrale d'achat, représentant légal - signé le 10/09/2026 à 16:48

Le document signé et son certificat de preuve sont disponibles dans votre
espace pendant 30 jours.

Cet e-mail a été envoyé par la plateforme de signature électronique.
""", cte="qp"),
            text("""<html><body><p>Bonjour,</p><p>Tous les signataires ont signé le document <b>« Convention d'adhésion 2026-2028 - Commune de Longueau »</b>.</p><p>Signataires :<br>- Alain Beauvais, Maire de Longueau - signé le 10/09/2026 à 16:02<br>- Centrale d'achat, représentant légal - signé le 10/09/2026 à 16:48</p><p><a href="https://esign.example.fr/d/8f31c2">Télécharger le document</a></p><p style="font-size:9pt;color:#888">Cet e-mail a été envoyé par la plateforme de signature électronique.</p></body></html>
""", sub="html", cte="qp")]), "2026-09-10 16:48", client="none", rp="bounce-7f2a@esign.example.fr"),
    "automated", False, None, None, "esignature", True, "fr",
    "E-signature 'all parties signed' notification for a commune's convention: transactional mail without Auto-Submitted or Precedence; only the sender and wording show it is automatic.")

add(eml(("Ecole Pasteur Saint-Valery (via Mailinblack)", "no-reply@protect.mailinblack.example"),
        "Votre message est en attente : authentifiez-vous",
        multi("alternative", [
            text("""Bonjour,

Vous avez envoyé un message à ecole.pasteur@mairie-saint-valery-en-caux.example.fr.
Ce destinataire est protégé par Mailinblack : pour que votre message soit
délivré, merci de confirmer que vous êtes un humain en cliquant sur le lien
ci-dessous et en recopiant le code affiché.

https://protect.mailinblack.example/auth?c=9d41e7a2

Sans action de votre part sous 7 jours, votre message sera supprimé.

Ce message a été envoyé automatiquement.
""", cte="qp"),
            text("""<html><body><p>Bonjour,</p><p>Vous avez envoyé un message à <b>ecole.pasteur@mairie-saint-valery-en-caux.example.fr</b>.<br>Ce destinataire est protégé par Mailinblack&nbsp;: pour que votre message soit délivré, merci de confirmer que vous êtes un humain.</p><p><a href="https://protect.mailinblack.example/auth?c=9d41e7a2">Je m'authentifie</a></p><p>Sans action de votre part sous 7 jours, votre message sera supprimé.</p></body></html>
""", sub="html", cte="qp")]), "2026-09-02 10:16", client="none", rp="",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Mailinblack", "challenge"))),
    "automated", False, None, None, None, True, "fr",
    "Mailinblack challenge sent to the desk after it answered a protected school: machine-generated (Auto-Submitted, null Return-Path), so automated, not mailinblack_spam, although it names the product.")

add(eml(("Hannah Stevens", "hannah.stevens.teach@gmail.com"), "Out of office",
        text("""Hi, thanks for your email. I'm away until 31 August with very limited
access to email. I'll reply when I'm back in school for the pre-rentrée.

Hannah
""", cte="qp"), "2026-08-26 11:18", client="gmail", irt=old_mid(ref="SUP-019133"),
        extra=(("Auto-Submitted", "auto-replied"),)),
    "automated", False, None, None, None, False, "en",
    "English Gmail vacation responder (Auto-Submitted: auto-replied).")

add(eml(("Nadège Fortin", "n.fortin@mairie-fecamp.example.fr"), "Absence",
        text("""Bonjour,

Je suis absente du 17 août au 6 septembre inclus. Votre message ne sera pas
transféré.

Pour les commandes des écoles, merci de vous adresser à l'accueil de la
mairie (accueil@mairie-fecamp.example.fr).

Cordialement,
Nadège Fortin
"""), "2026-08-28 15:44", client="outlook"),
    "automated", False, None, None, None, True, "fr",
    "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.")

add(eml(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Failure)",
        multi("report", [
            text("""
** Address not found **

Your message wasn't delivered to celine.mauduit.ecole@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""", cte="7", ct="text/plain; charset=UTF-8"),
            P([("Content-Type", "message/delivery-status")],
              b"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mx1.assistance.example.fr
Arrival-Date: Mon, 14 Sep 2026 02:11:37 -0700 (PDT)

Final-Recipient: rfc822; celine.mauduit.ecole@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Mon, 14 Sep 2026 02:11:38 -0700 (PDT)
"""),
            rfc822(desk_msg("celine.mauduit.ecole@gmail.com", "[#SUP-019501] Lien de réinitialisation",
                            "Bonjour,\n\nUn lien vous a été envoyé.\n", "2026-09-14 11:10", "SUP-019501")[0],
                   headers_only=True)], params=" report-type=delivery-status;", style="gmail"),
        "2026-09-14 11:11", client="gmail", rp="", auth="spfonly",
        extra=(("Auto-Submitted", "auto-replied"),)),
    "automated", False, None, None, None, False, "en",
    "Gmail 'Delivery Status Notification (Failure)': a predecessor's personal address no longer exists.")

add(eml(("Portail d'assistance", "ne-pas-repondre@tickets.assistance.example.fr"), "[Ticket #48213] Mise à jour de votre demande",
        text("""Bonjour,

Le ticket #48213 « Flux d'activation - rentrée 2026 » a été mis à jour par
l'éditeur.

Statut : En cours de traitement
Dernier commentaire : « Correctif déployé en préproduction, mise en
production prévue le 16/09. »

Pour consulter le ticket, connectez-vous au portail d'assistance.

--
Message automatique, merci de ne pas répondre.
""", cte="qp"), "2026-09-15 17:20", client="none", rp="bounces@tickets.assistance.example.fr",
        extra=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"))),
    "automated", False, None, None, "ticket_portal", False, "fr",
    "Ticket-portal notification: a ticket the desk follows was updated. Auto-Submitted: auto-generated.")

add(eml(("La centrale d'achat", "newsletter@centrale-achat.example.fr"), "La lettre de rentrée des acheteurs publics - septembre 2026",
        multi("alternative", [
            text("""La lettre de rentrée - septembre 2026

* Nouveau marché « fournitures scolaires 2026-2029 » : les catalogues sont en ligne
* Webinaire « Commander pour ses écoles » le 24 septembre
* Rappel : vos paniers sont conservés 15 jours

Vous recevez ce message car vous êtes inscrit à la lettre d'information.
Se désinscrire : https://centrale-achat.example.fr/u/7c1e
"""),
            text("""<html><body style="margin:0"><table width="600" align="center"><tr><td><h1 style="color:#003366">La lettre de rentrée</h1><p>Nouveau marché « fournitures scolaires 2026-2029 » : les catalogues sont en ligne.</p><p>Webinaire « Commander pour ses écoles » le 24 septembre.</p><p>Rappel : vos paniers sont conservés 15 jours.</p><p style="font-size:10px">Vous recevez ce message car vous êtes inscrit à la lettre d'information. <a href="https://centrale-achat.example.fr/u/7c1e">Se désinscrire</a></p></td></tr></table></body></html>
""", sub="html", cte="qp")]), "2026-09-03 07:00", client="none", rp="bounce-nl-3381@centrale-achat.example.fr",
        to="support@assistance.example.fr",
        extra=(("List-Id", "Lettre acheteurs <acheteurs.centrale-achat.example.fr>"),
               ("List-Unsubscribe", "<https://centrale-achat.example.fr/u/7c1e>, <mailto:unsubscribe@centrale-achat.example.fr>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"))),
    "automated", False, None, None, "espace_acheteur", False, "fr",
    "Marketing newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk.")

add(eml(("Assistance académique Lille", "assistance@ac-lille.fr"), "[Assistance ac-lille] Demande n° 2026-0908-1412 enregistrée",
        text("""Bonjour,

Votre demande a bien été enregistrée sous le numéro 2026-0908-1412.
Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message : toute réponse crée une nouvelle
demande.

La plateforme d'assistance académique
"""), "2026-09-08 14:12", client="none", irt=old_mid(),
        extra=(("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-lille.fr"), ("Precedence", "auto_reply"))),
    "automated", False, None, HDF, None, False, "fr",
    "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from the ac-lille.fr sender.")

add(eml(("Mairie de Doullens", "accueil@mairie-doullens.example.fr"), "Re: [#SUP-019310] Espace Acheteur",
        text("""Merci pour votre message.
La mairie est ouverte du lundi au vendredi de 8h30 à 12h et de 13h30 à 17h.
Nous traiterons votre demande dans les meilleurs délais.
"""), "2026-09-04 11:02", client="none", irt=old_mid(ref="SUP-019310"),
        extra=(("X-Autoreply", "yes"), ("X-Autorespond", "Merci pour votre message"))),
    "automated", False, None, None, None, False, "fr",
    "Host-provided autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.")

_mdn_mid = old_mid(ref="SUP-019355")
add(eml(("Thierry Mabille", "thierry.mabille@ac-creteil.fr"), "Non lu : [#SUP-019355] Votre demande",
        multi("report", [
            text("""Votre message

  À : thierry.mabille@ac-creteil.fr
  Objet : [#SUP-019355] Votre demande
  Envoyé : jeudi 10 septembre 2026 09:05

a été supprimé sans avoir été lu le jeudi 10 septembre 2026 17:49.
""", cte="qp"),
            P([("Content-Type", "message/disposition-notification")],
              f"""Reporting-UA: ac-creteil.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;thierry.mabille@ac-creteil.fr
Original-Message-ID: {_mdn_mid}
Disposition: manual-action/MDN-sent-manually; deleted
""".encode())], params=" report-type=disposition-notification;", style="outlook"),
        "2026-09-10 17:49", client="outlook", irt=_mdn_mid),
    "automated", False, None, IDF, None, False, "fr",
    "Outlook 'Non lu :' notice (deleted without being read), disposition-notification. Region from the ac-creteil.fr sender.")

add(eml(("IT Helpdesk - International School", "it-helpdesk@intl-school-idf.example.org"), "Automatic reply: [#SUP-019402] Mailinblack allow-list",
        text("""Thank you for contacting the IT helpdesk.

Our team is back on site on 1 September. Requests received over the summer
will be handled in order of arrival. For urgent matters regarding the school
network, please call the duty phone.

IT Helpdesk
""", cte="qp"), "2026-08-24 16:40", client="o365_en", irt=old_mid(ref="SUP-019402"),
        extra=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"))),
    "automated", False, None, None, None, False, "en",
    "English Exchange 'Automatic reply:' (Auto-Submitted, X-Auto-Response-Suppress); the subject names Mailinblack but it is an out-of-office.")

add(eml(("Mail Delivery System", "MAILER-DAEMON@mx1.assistance.example.fr"), "Delayed Mail (still being retried)",
        multi("report", [
            text("""This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<compta@mairie-ault.example.fr>: connect to mx.mairie-ault.example.fr[203.0.113.77]:25:
    Connection timed out
""", cte="7", ct="text/plain; charset=us-ascii"),
            P([("Content-Type", "message/delivery-status")],
              b"""Reporting-MTA: dns; mx1.assistance.example.fr
X-Postfix-Queue-ID: 4hT9bX2kQv
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Wed, 16 Sep 2026 08:02:11 +0200 (CEST)

Final-Recipient: rfc822; compta@mairie-ault.example.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.mairie-ault.example.fr[203.0.113.77]:25:
    Connection timed out
Will-Retry-Until: Mon, 21 Sep 2026 08:02:11 +0200 (CEST)
"""),
            rfc822(desk_msg("compta@mairie-ault.example.fr", "[#SUP-019588] Facture F-2026-09102",
                            "Bonjour,\n\nVotre demande a été transmise au service comptable.\n", "2026-09-16 08:02", "SUP-019588")[0],
                   headers_only=True)], params=" report-type=delivery-status;"),
        "2026-09-16 12:02", client="postfix", rp="", auth=None, relay="localhost",
        extra=(("Auto-Submitted", "auto-replied"),)),
    "automated", False, None, None, None, False, "en",
    "Delay warning from our own relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.")

add(eml(("Isabelle Renaudin", "isabelle.renaudin@ac-paris.fr"), "Réponse automatique : [#SUP-019420] Portail BCD",
        text("""Bonjour,

Suite au mouvement, j'ai quitté l'école élémentaire de la rue Dupleix le 31
août. Je ne gère donc plus le portail de la BCD.

Pour toute question concernant l'école, merci d'écrire désormais à
ce.0754162S@ac-paris.fr.

Bonne rentrée,
Isabelle Renaudin
"""), "2026-09-03 09:14", client="zimbra", irt=old_mid(ref="SUP-019420"),
        extra=(("Auto-Submitted", "auto-replied (zimbra; vacation)"),)),
    "automated", False, "0754162S", IDF, None, True, "fr",
    "Zimbra vacation reply from a teacher who left her school in the mouvement; it gives the school's ce.<UAI> address (the only UAI in the mail, labelled). Automatic, never answered, though it reads like an address change.")

# ==========================================================================
# other
# ==========================================================================
add(eml(("Stéphanie Lemaire", "stephanie.lemaire2@ac-lille.fr"), "Résultat mouvement - erreur d'affectation ?",
        text("""Bonjour,

J'ai reçu mon résultat du mouvement intra-départemental et je suis affectée
sur un poste fractionné entre deux écoles de Valenciennes que je n'avais pas
demandées. Est-ce une erreur ? À qui dois-je m'adresser pour contester ?

Je vous remercie de votre retour rapide, la rentrée est dans quelques jours.

Stéphanie Lemaire
"""), "2026-08-26 22:03", client="tb"),
    "other", False, None, HDF, None, False, "fr",
    "A teacher asks about her mouvement posting: wrong address (a matter for the DSDEN), unrelated to the services. Region from ac-lille.fr.")

add(eml(("Kader Mansouri", "kader.mansouri75@gmail.com"), "Inscription maternelle",
        text("""Bonjour madame monsieur,

nous venons d'emménager à Saint-Ouen et je voudrais inscrire mon fils de 3
ans à l'école maternelle. Quels documents faut-il apporter et est-ce qu'il
reste de la place ?

Merci
K. Mansouri
""", cte="b64"), "2026-08-31 19:25", client="android"),
    "other", False, None, None, None, False, "fr",
    "A parent asks about enrolling his son in nursery school: wrong address, unrelated.")

add(eml(("Odile Lecerf", "odile.lecerf@ac-normandie.fr"), "RE: [#SUP-019233] Mot de passe portail BCD",
        text("""Super, merci beaucoup, ça marche !

Odile

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 2 septembre 2026 16:10
À : Odile Lecerf <odile.lecerf@ac-normandie.fr>
Objet : [#SUP-019233] Mot de passe portail BCD

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue
pour votre établissement (c***@ac-normandie.fr). Il est valable 12 heures.
Après avoir choisi votre nouveau mot de passe, pensez à le transmettre à
votre successeur en cas de départ.

Cordialement,
L'équipe d'assistance
"""), "2026-09-02 17:02", client="outlook", irt=old_mid(ref="SUP-019233")),
    "other", False, None, NOR, "esidoc", True, "fr",
    "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-normandie.fr.")

add(eml(("Messagerie académique", "support@ac-normandie-webmail.com"), "Votre boîte aux lettres a atteint sa capacité maximale",
        text("""<html><body><p>Cher utilisateur,</p>
<p>Votre boîte aux lettres académique a atteint 98 % de sa capacité. Vous ne pourrez bientôt plus recevoir de messages.</p>
<p>Pour augmenter votre quota et conserver vos messages, <a href="http://ac-normandie-webmail.com/quota/login.php">validez votre identifiant et votre mot de passe ici</a> sous 24 heures.</p>
<p>Sans action de votre part, votre compte sera suspendu.</p>
<p>Service informatique du rectorat</p></body></html>
""", sub="html", cte="b64"), "2026-09-06 03:12", client="none",
        auth="dkim=none;\n\tspf=softfail smtp.mailfrom=ac-normandie-webmail.com;\n\tdmarc=none",
        relay="srv48.bulk-mailer.example.net"),
    "other", False, None, None, None, True, "fr",
    "Phishing: 'mailbox full, confirm your password' (HTML-only, base64). Mentions a password but is not password_reset; ac-normandie-webmail.com is a look-alike, not an académie domain, so no region.")

add(eml(("Rank Boost Agency", "growth@rankboost-agency.example.com"), "Get your school website to page 1 of Google",
        text("""Hi there,

I came across your website and noticed it is not ranking for key search
terms like "school library software" and "public procurement France".

We help education businesses reach page 1 of Google in 90 days, guaranteed.
Can I send you a free audit?

Best,
Ryan
Rank Boost Agency
"""), "2026-09-05 02:44", client="none", auth="dkim=pass header.d=rankboost-agency.example.com;\n\tspf=pass smtp.mailfrom=rankboost-agency.example.com;\n\tdmarc=pass header.from=rankboost-agency.example.com"),
    "other", False, None, None, None, False, "en",
    "English SEO spam (unsolicited offer of search-engine ranking), unrelated to the services.")

add(eml(("Pauline Kerbrat", "pauline.kerbrat@ac-versailles.fr"), "Je reçois encore les mails de mon ancienne école",
        text("""Bonjour,

J'ai quitté l'école des Néfliers à Trappes (0787374S) au mouvement, mais je
reçois toujours sur mon adresse académique les notifications du portail de
la BCD (réservations, retards de prêt...).

Pouvez-vous retirer mon adresse du compte de cette école ? Je n'y suis plus
et je ne veux pas recevoir des informations sur les élèves.

Merci,
Pauline Kerbrat
(maintenant à l'école Jean Moulin de Plaisir)
"""), "2026-09-12 10:28", client="tb"),
    "other", False, "0787374S", IDF, "esidoc", True, "fr",
    "A transferred teacher still gets her old school's portal notifications and asks to be removed. Not a password, account-creation or head request (only the old school's head may change its contact): other, for a person.")

add(eml(("Ecole Les Sapins - Mont-Saint-Aignan", "ce.0762796B@ac-normandie.fr"), "Mail de réinitialisation reçu sans l'avoir demandé",
        text("""Bonjour,

Nous avons reçu ce matin sur la boîte de l'école un mail « Réinitialisation
de votre mot de passe » pour le portail de la BCD. Personne dans l'équipe ne
l'a demandé (nous avons fait le tour : directrice, adjoints, AESH, mairie).

Est-ce une tentative de piratage ? Faut-il faire quelque chose ? Nous n'avons
pas cliqué sur le lien.

Merci,
L'équipe de l'école Les Sapins
"""), "2026-09-15 08:51", client="zimbra"),
    "other", False, "0762796B", NOR, "esidoc", True, "fr",
    "Shared ce. mailbox received a reset mail nobody asked for; a security question, nothing lost: other, not password_reset.")

add(eml(("Service scolaire Maubeuge", "scolaire@ville-maubeuge.example.fr"), "Effectifs des écoles",
        text("""Bonjour,

Pour la commission des moyens du 22 septembre, pourriez-vous nous transmettre
les effectifs par école et par niveau pour la rentrée 2026 ?

Cordialement,
Service scolaire
"""), "2026-09-14 09:30", client="outlook"),
    "other", False, None, None, None, False, "fr",
    "A town hall asks for pupil numbers per school: wrong address, unrelated.")

add(eml(("Ludivine Sorel", "ludivine.sorel@ac-creteil.fr"), "TROISIEME RELANCE",
        text("""Bonjour,

Ceci est ma troisième relance. Je n'ai toujours AUCUNE réponse à ma demande
du mois dernier. C'est inadmissible, nous sommes à la rentrée et rien
n'avance.

Merci de me rappeler au plus vite.

L. Sorel
"""), "2026-09-04 13:40", client="tb"),
    "other", False, None, IDF, None, False, "fr",
    "Angry follow-up about an unanswered request that says nothing about the topic: no category can be told. Region from ac-creteil.fr.")

add(eml(("Florence - EduTactile", "florence.martin@edutactile.example.fr"), "Vos écoles sont-elles équipées en écrans interactifs ?",
        text("""Bonjour,

Je me permets de vous contacter car de nombreuses communes de votre secteur
renouvellent cette année l'équipement numérique de leurs écoles.

EduTactile propose des écrans interactifs 65" et 75" à partir de 1 890 € HT,
installation comprise, avec une offre spéciale rentrée jusqu'au 30
septembre.

Seriez-vous disponible 15 minutes la semaine prochaine pour en parler ?

Bien cordialement,
Florence Martin
Chargée d'affaires Hauts-de-France
"""), "2026-09-08 10:02", client="outlook"),
    "other", False, None, None, None, False, "fr",
    "Cold sales prospecting for interactive screens, written to one person (no list headers): other, not automated.")

add(eml(("Amandine Wojcik", "amandine.wojcik@ac-amiens.fr"), "sortie ferme jeudi",
        text("""Coucou Sophie,

Pour la sortie à la ferme pédagogique de jeudi : le car part à 8h45, on
prend les CP et les CE1, pique-nique tiré du sac. Tu peux demander à deux
parents de plus ? J'ai les autorisations de sortie dans mon casier.

Bisous et à demain,
Amandine
"""), "2026-09-14 21:37", client="tb"),
    "other", False, None, HDF, None, False, "fr",
    "Personal message to a colleague sent to the desk by address autocomplete. Region from ac-amiens.fr.")

add(eml(("Benoît Legrand", "benoit.legrand@ac-versailles.fr"), "Re: [#SUP-019444] Abonnement",
        text("""Bien reçu, merci.

Envoyé de mon iPhone""", cte="qp"), "2026-09-09 12:41", client="iphone", irt=old_mid(ref="SUP-019444")),
    "other", False, None, IDF, None, False, "fr",
    "'Bien reçu, merci.' from a phone: nothing to do. Region from ac-versailles.fr.")

add(eml(("Clément Vasseur", "clement.vasseur@ac-normandie.fr"), "Partager un ticket avec une collègue",
        text("""Bonjour,

J'ai ouvert un ticket sur le portail d'assistance avant de changer d'école.
Comment puis-je le partager avec ma collègue qui reprend le dossier, pour
qu'elle suive la réponse à ma place ?

Merci,
Clément Vasseur
"""), "2026-09-02 18:12", client="tb"),
    "other", False, None, NOR, "ticket_portal", False, "fr",
    "How to share a ticket with a colleague on the ticket portal: a how-to question with no category of its own. Region from ac-normandie.fr.")

add(eml(("Sam Patel - Classly", "sam@classly.example.io"), "Re: Partnership idea for French primary schools",
        text("""Hi again,

Just bumping this up in case it got lost in the back-to-school rush. We'd
love to integrate Classly's reading-tracker with your library portal. Would
a 20-minute call next week work?

Cheers,
Sam

On Tue, Aug 25, 2026 at 4:02 PM Sam Patel <sam@classly.example.io> wrote:
> Hi,
>
> I'm the co-founder of Classly, a reading-tracker used by 1,200 primary
> classrooms in the UK. We're expanding to France and think there is a great
> fit with your school library portal. Open to a quick chat?
>
> Sam
"""), "2026-09-08 16:02", client="gmail", irt=old_mid("classly.example.io")),
    "other", False, None, None, None, False, "en",
    "English partnership pitch from an edtech start-up, sent as a follow-up quoting her own first mail (Gmail English quote style).")

add(eml(("Mairie de Saint-Saëns", "mairie@saint-saens.example.fr"), "Désinscription",
        text("""Bonjour,

Merci de retirer notre adresse de votre lettre d'information : nous la
recevons en trois exemplaires et cela encombre la boîte de la mairie.

Cordialement,
Le secrétariat
"""), "2026-09-04 14:03", client="outlook"),
    "other", False, None, None, None, False, "fr",
    "A person asks to be removed from the newsletter: written by hand, so not automated.")

add(eml(("Sarah Benhamou", "sarah.benhamou@hotmail.fr"), "mot de passe educonnect",
        text("""Bonjour,

Je n'arrive pas à me connecter à EduConnect pour voir le livret scolaire de
ma fille (CM1, école Jean Jaurès de Villetaneuse). J'ai fait mot de passe
oublié mais je n'ai plus accès au numéro de téléphone enregistré.

Pouvez-vous réinitialiser mon compte ?

Merci
Sarah Benhamou
"""), "2026-09-13 20:50", client="none"),
    "other", False, None, None, None, True, "fr",
    "A parent's forgotten EduConnect password (the national parents' login, not one of the desk's products): wrong service, so other despite the password vocabulary.")

add(eml(("Céline Mauduit", "celine.mauduit@orange.fr"), "Suppression de mon adresse personnelle",
        text("""Bonjour,

J'ai quitté l'école Les Tilleuls de Douvres-la-Délivrande (0147918F) cet été
pour un poste en Bretagne. Je reçois depuis la rentrée des mails de
réinitialisation du mot de passe du portail de l'école sur une de mes
anciennes adresses personnelles (que j'ai d'ailleurs fermée) et maintenant
sur celle-ci.

Je vous demande de supprimer toutes mes données personnelles (adresses,
nom) des comptes de cette école. Je ne m'occupe plus de rien là-bas.

Cordialement,
Céline Mauduit
"""), "2026-09-14 19:08", client="none", relay="smtp-22.smtp.orange.fr"),
    "other", False, "0147918F", NOR, "esidoc", True, "fr",
    "The former head (left in the mouvement) asks for her personal data to be erased from her old school's accounts: a GDPR request, other (human review). She is no longer that school's head, so not a head request.")


# ==========================================================================
# Write the files
# ==========================================================================
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def main() -> None:
    order = list(range(len(MAILS)))
    random.Random(5757).shuffle(order)  # interleave the categories, deterministically
    lines = []
    for n, idx in enumerate(order, start=1):
        m = MAILS[idx]
        name = f"h{n:03d}.eml"
        m["file"] = name
        raw = m["raw"]
        assert b"\r" not in raw, name
        (HERE / name).write_bytes(raw.replace(b"\n", b"\r\n"))
        lab = {"file": name, **m["label"]}
        lines.append(json.dumps({k: lab[k] for k in LABEL_KEYS}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    check()


# ==========================================================================
# Self-checks on what was written
# ==========================================================================
UAI_TOKEN = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def texts_of(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif part.get_content_type() in ("message/delivery-status", "message/disposition-notification"):
            out.append(part.as_string())
    return out


def check() -> None:
    files = sorted(p.name for p in HERE.glob("h*.eml"))
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)], "expected exactly h001.eml .. h150.eml"
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150 and [lab["file"] for lab in labels] == files
    by_file = {m["file"]: m for m in MAILS}
    lo, hi = dt.datetime(2026, 8, 24, tzinfo=CEST), dt.datetime(2026, 9, 19, tzinfo=CEST)
    seen_ids = set()
    for lab in labels:
        f = lab["file"]
        m = by_file[f]
        # -- label format and taxonomy
        assert list(lab) == LABEL_KEYS, f
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f"{f}: {lab['category']} is never answered automatically"
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20, f
        assert lab["region"] is None or lab["region"] in REGION_TABLE, f
        # -- parseable by the stdlib email package, without defects
        raw = (HERE / f).read_bytes()
        assert raw.count(b"\n") == raw.count(b"\r\n"), f"{f}: CRLF line ends"
        msg = message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.get_content_type(), part.defects)
        frm = msg["From"]
        assert frm is not None and len(frm.addresses) == 1, f
        sender = frm.addresses[0].addr_spec
        d = msg["Date"].datetime
        assert lo <= d < hi, (f, d)
        mid = msg["Message-ID"]
        assert mid and mid not in seen_ids, f
        seen_ids.add(mid)
        bodies = texts_of(msg)
        assert bodies and any(b.strip() for b in bodies), f
        haystack = "\n".join([str(msg["Subject"] or ""), str(msg["From"]), str(msg["To"] or ""),
                              str(msg["Cc"] or ""), *bodies])
        # -- UAI check letters: every code-looking token is right, unless declared wrong on purpose
        for tok in UAI_TOKEN.findall(haystack):
            code = tok.upper()
            if not uai_valid(code):
                assert code in m["bad"], f"{f}: {tok} has a wrong check letter and is not declared"
        for code in m["bad"]:
            assert not uai_valid(code) and code.lower() in haystack.lower(), (f, code)
            assert "wrong check letter" in lab["notes"], f"{f}: wrong check letter not said in notes"
        if lab["uai"] is not None:
            assert uai_valid(lab["uai"]), f
            assert lab["uai"].lower() in re.sub(r"[\s]", "", haystack).lower(), f"{f}: UAI not in the mail"
        # -- region: from the UAI's departement, else the academie domain of the sender, else null
        domain = sender.split("@")[1]
        expected = region_of_uai(lab["uai"]) if lab["uai"] else region_of_domain(domain)
        assert lab["region"] == expected, (f, lab["region"], expected)
        # -- an official ce.<UAI> sender is consistent with its academie domain
        ce = re.fullmatch(r"ce\.(\d{7}[A-Za-z])@(ac-[a-z-]+\.fr)", sender, re.I)
        if ce:
            assert uai_valid(ce.group(1).upper()), f
            assert region_of_uai(ce.group(1).upper()) == region_of_domain(ce.group(2)), f
        # -- automated mail carries the marks a careful agent would see
        if lab["category"] == "automated":
            marks = [msg["Auto-Submitted"], msg["List-Id"], msg["X-Autoreply"], msg["Precedence"],
                     msg.get_content_type() == "multipart/report", msg["Return-Path"] == "<>"]
            if not any(marks):
                assert lab["hard"], f"{f}: automated without headers should be flagged hard"
    cats = {lab["category"] for lab in labels}
    assert cats == CATEGORIES, CATEGORIES - cats
    en = sum(lab["lang"] == "en" for lab in labels)
    assert 12 <= en <= 20, en
    assert sum(lab["uai"] is not None for lab in labels) >= 60
    assert sum(bool(m["bad"]) for m in MAILS) >= 3
    print(f"holdout57: {len(labels)} mails written and checked "
          f"({en} in English, {sum(lab['hard'] for lab in labels)} hard)")


if __name__ == "__main__":
    main()

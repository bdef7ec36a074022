#!/usr/bin/env python3
"""Build the holdout45 blind test corpus: 150 hand-written support mails and their labels.

Theme: early March 2025 in Auvergne-Rhône-Alpes and Centre-Val de Loire, during a
wave of winter illness: replacements discovering accounts they cannot open,
primary-school directors doing everything themselves, parents and pupils writing
to the wrong desk, librarians preparing the Semaine de la presse.

Standard library only, deterministic (fixed seed).  Run:  python3 make_holdout45.py
It writes h001.eml ... h150.eml and labels.jsonl next to itself.
"""
import base64
import datetime
import email
import email.policy
import hashlib
import json
import os
import quopri
import random
import re
from email.header import Header
from email.utils import formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(450045)

# ---------------------------------------------------------------- reference data
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai(d7):
    """7 digits -> UAI with its check letter (taxonomy.md)."""
    assert len(d7) == 7 and d7.isdigit()
    return d7 + LETTERS[int(d7) % 23]


def bad_letter(code):
    """Same digits, a wrong check letter (a typo a person might make)."""
    good = uai(code[:7])[7]
    i = (LETTERS.index(good) + 5) % 23
    return code[:7] + LETTERS[i]


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and uai(code[:7]) == code


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
for _slug, _depts in REGION_DEPTS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug

DOMAIN_REGION = {
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

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "head_of_establishment_request", "account_creation", "subscription_activation",
              "order_billing", "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = [None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"]
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]

# Establishments used in this set (invented names; codes built with the check letter).
_EST = {
    # Auvergne-Rhône-Alpes
    "iris": ("collège Les Iris", "Villeurbanne", "0692417", "ac-lyon.fr"),
    "mace": ("école élémentaire Jean Macé", "Vénissieux", "0693058", "ac-lyon.fr"),
    "som": ("collège Le Grand Som", "Chambéry", "0731186", "ac-grenoble.fr"),
    "valence": ("lycée Camille Vernet", "Valence", "0260923", "ac-grenoble.fr"),
    "curie": ("collège Pierre et Marie Curie", "Grenoble", "0382764", "ac-grenoble.fr"),
    "tilleuls": ("école primaire des Tilleuls", "Ambert", "0631045", "ac-clermont.fr"),
    "montferrand": ("lycée de Montferrand", "Clermont-Ferrand", "0632298", "ac-clermont.fr"),
    "zay": ("collège Jean Zay", "Montluçon", "0030871", "ac-clermont.fr"),
    "coquelicots": ("école maternelle Les Coquelicots", "Aurillac", "0150632", "ac-clermont.fr"),
    "urfe": ("collège Honoré d'Urfé", "Saint-Étienne", "0421739", "ac-lyon.fr"),
    "velay": ("lycée du Velay", "Le Puy-en-Velay", "0430518", "ac-clermont.fr"),
    "bugey": ("collège du Bugey", "Belley", "0011352", "ac-lyon.fr"),
    "annemasse": ("école élémentaire du Centre", "Annemasse", "0742081", "ac-grenoble.fr"),
    "aubenas": ("collège Les Cévennes", "Aubenas", "0070694", "ac-grenoble.fr"),
    "ferney": ("lycée international", "Ferney-Voltaire", "0011897", "ac-lyon.fr"),
    "riom": ("école privée Sainte-Thérèse", "Riom", "0631576", "ac-clermont.fr"),
    "vienne": ("collège Simone Veil", "Vienne", "0383315", "ac-grenoble.fr"),
    "sembat": ("lycée professionnel Marcel Sembat", "Lyon", "0690427", "ac-lyon.fr"),
    "aravis": ("collège des Aravis", "Thônes", "0741463", "ac-grenoble.fr"),
    "roanne": ("école élémentaire Mulsant", "Roanne", "0422570", "ac-lyon.fr"),
    "brioude": ("collège La Fontaine", "Brioude", "0430981", "ac-clermont.fr"),
    "vichy": ("lycée Albert Londres", "Cusset", "0031244", "ac-clermont.fr"),
    "annecy": ("collège Les Barattes", "Annecy", "0740938", "ac-grenoble.fr"),
    "oyonnax": ("lycée Arbez Carme", "Bellignat", "0010619", "ac-lyon.fr"),
    # Centre-Val de Loire
    "rostand": ("collège Jean Rostand", "Orléans", "0451820", "ac-orleans-tours.fr"),
    "tours": ("lycée Balzac", "Tours", "0371194", "ac-orleans-tours.fr"),
    "bert": ("école élémentaire Paul Bert", "Chartres", "0280957", "ac-orleans-tours.fr"),
    "blois": ("collège Augustin Thierry", "Blois", "0410788", "ac-orleans-tours.fr"),
    "giraudoux": ("lycée Jean Giraudoux", "Châteauroux", "0360461", "ac-orleans-tours.fr"),
    "moulin": ("école primaire du Moulin", "Vierzon", "0181302", "ac-orleans-tours.fr"),
    "camus": ("collège Albert Camus", "Dreux", "0281614", "ac-orleans-tours.fr"),
    "bourges": ("collège privé Saint-Joseph", "Bourges", "0180745", "ac-orleans-tours.fr"),
    "hirondelles": ("école maternelle Les Hirondelles", "Joué-lès-Tours", "0372236", "ac-orleans-tours.fr"),
    "pothier": ("lycée Pothier", "Orléans", "0450593", "ac-orleans-tours.fr"),
    "romo": ("collège Léonard de Vinci", "Romorantin-Lanthenay", "0411107", "ac-orleans-tours.fr"),
    "issoudun": ("école élémentaire Jules Ferry", "Issoudun", "0360829", "ac-orleans-tours.fr"),
    "amboise": ("collège Malraux", "Amboise", "0371655", "ac-orleans-tours.fr"),
    "montargis": ("lycée en Forêt", "Montargis", "0450877", "ac-orleans-tours.fr"),
    "nogent": ("collège Arsène Meunier", "Nogent-le-Rotrou", "0280321", "ac-orleans-tours.fr"),
    # elsewhere (a few)
    "limoges": ("collège Maurice Ravel", "Limoges", "0870934", "ac-limoges.fr"),
    "nantes": ("lycée Livet", "Nantes", "0441268", "ac-nantes.fr"),
}


class Est:
    def __init__(self, name, city, d7, dom):
        self.name, self.city, self.dom = name, city, dom
        self.uai = uai(d7)
        self.ce = "ce.%s@%s" % (self.uai, dom)
        self.region = DEPT_REGION[self.uai[:3]]

    def __str__(self):
        return "%s (%s)" % (self.name, self.city)


E = {k: Est(*v) for k, v in _EST.items()}

DESK = "support@assistance.example.fr"
DESK_NAMED = "Assistance <support@assistance.example.fr>"

# ---------------------------------------------------------------- low-level helpers
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CET = datetime.timezone(datetime.timedelta(hours=1))


def rfcdate(dt, utc=False):
    if utc:
        dt = dt.astimezone(datetime.timezone.utc)
        tz = "+0000"
    else:
        tz = "+0100"
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        EN_DAYS[dt.weekday()], dt.day, EN_MONTHS[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, tz)


def when(day, hm=None):
    """A datetime in March 2025 (CET).  hm 'HH:MM' or random office hours."""
    if hm is None:
        h, m = RNG.randint(7, 18), RNG.randint(0, 59)
    else:
        h, m = map(int, hm.split(":"))
    return datetime.datetime(2025, 3, day, h, m, RNG.randint(0, 59), tzinfo=CET)


def fr_long(dt):
    return "%s %d %s %d %02d:%02d" % (JOURS[dt.weekday()], dt.day, MOIS[dt.month - 1],
                                      dt.year, dt.hour, dt.minute)


def fr_gmail(dt):
    return "%s %d %s %d à %02d:%02d" % (JOURS_ABR[dt.weekday()], dt.day, MOIS[dt.month - 1],
                                        dt.year, dt.hour, dt.minute)


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hdr(name, value, cs="utf-8"):
    """A header line, RFC 2047-encoded when it is not ASCII."""
    if is_ascii(value):
        return "%s: %s" % (name, value)
    return "%s: %s" % (name, Header(value, cs, header_name=name).encode(maxlinelen=76))


def addr(name, address, cs="utf-8"):
    if not name:
        return address
    if is_ascii(name):
        return formataddr((name, address))
    return formataddr((name, address), charset=cs)


def enc_body(text, cs, cte):
    raw = text.replace("\r\n", "\n").encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw  # 7bit / 8bit


def desk_id(ticket):
    h = hashlib.sha1(("SUP%d" % ticket).encode()).hexdigest()[:6]
    return "<SUP-%06d.%d.%s@assistance.example.fr>" % (ticket, 1740990000 + ticket * 37, h)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, style):
    """Plain text -> the HTML a mail client would produce for it (quotes in blockquote)."""
    lines = text.split("\n")
    out, inq = [], False
    for ln in lines:
        q = ln.startswith(">")
        if q and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            inq = True
        if not q and inq:
            out.append("</blockquote>")
            inq = False
        body = ln[1:].lstrip() if q else ln
        if style == "outlook":
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(body) if body else "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (esc(body) if body else "<br>"))
    if inq:
        out.append("</blockquote>")
    inner = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + inner + "\n</div>\n</body>\n</html>\n")
    return '<div dir="ltr">\n' + inner + "\n</div>\n"


# ---------------------------------------------------------------- mail clients
CLIENTS = {
    "gmail": dict(host="mail-wm1-f%d.google.com", ua=None),
    "outlook": dict(host="PAUP264CU%03d.outbound.protection.outlook.com", ua=None),
    "zimbra": dict(host="zimbra%d.%s", ua="Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF123 (Win)/9.0.0_GA_4583)"),
    "thunderbird": dict(host="smtp%d.%s", ua="Mozilla Thunderbird"),
    "apple": dict(host="smtp%d.%s", ua="iPhone Mail (22D72)"),
    "android": dict(host="smtp%d.%s", ua=None),
    "webmail": dict(host="webmail%d.%s", ua="Roundcube Webmail/1.6.6"),
    "orange": dict(host="smtp%d.%s", ua="Open-Xchange Mailer v7.10.6-Rev62"),
}


def message_id(client, domain):
    if client == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (ralnum(3, "ABCDEFGHJKLMNPQRSTUVWXYZ"), ralnum(40))
    if client in ("outlook", "android"):
        box = "PR%dP264MB%04d" % (RNG.randint(0, 3), RNG.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, rhex(24).upper(), box)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(100000000, 999999999),
                                                   RNG.randint(1000000, 9999999),
                                                   1741000000000 + RNG.randint(0, 999999999), domain)
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(),
                                        rhex(4).upper(), rhex(12).upper(), domain)
    return "<%s-%s-%s-%s-%s@%s>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), domain)


def trace(from_addr, dt, client, auth="pass", mailfrom=None):
    dom = from_addr.split("@")[1].lower()
    spec = CLIENTS[client]["host"]
    host = spec % (RNG.randint(1, 40),) if spec.count("%") == 1 else spec % (RNG.randint(1, 9), dom)
    ip = "%s.%d" % (RNG.choice(["192.0.2", "198.51.100", "203.0.113"]), RNG.randint(2, 250))
    rcv = dt + datetime.timedelta(seconds=RNG.randint(2, 40))
    mf = mailfrom or dom
    lines = ["Received: from %s (%s [%s])" % (host, host, ip),
             "\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s" % ralnum(15),
             "\tfor <%s>; %s (CET)" % (DESK, rfcdate(rcv)),
             "Authentication-Results: mx1.assistance.example.fr;"]
    if auth == "pass":
        lines += ["\tdkim=pass (2048-bit key) header.d=%s;" % dom,
                  "\tspf=pass smtp.mailfrom=%s;" % mf,
                  "\tdmarc=pass (p=none dis=none) header.from=%s" % dom]
    elif auth == "fail":
        lines += ["\tdkim=none;", "\tspf=fail smtp.mailfrom=%s;" % mf,
                  "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % dom]
    else:
        lines += ["\tdkim=none;", "\tspf=neutral smtp.mailfrom=%s;" % mf, "\tdmarc=none"]
    return lines


# ---------------------------------------------------------------- quoting styles
def q_outlook(frm, to, dt, subject, text, cc=None):
    head = ["", "", "De : %s" % frm, "Envoyé : %s" % fr_long(dt), "À : %s" % to]
    if cc:
        head.append("Cc : %s" % cc)
    head += ["Objet : %s" % subject, ""]
    return "\n".join(head) + "\n" + text.strip("\n") + "\n"


def q_outlook_orig(frm, to, dt, subject, text):
    return ("\n\n-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s\n"
            % (frm, fr_long(dt), to, subject, text.strip("\n")))


def q_gmail(who, dt, text):
    quoted = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return "\n\nLe %s, %s a écrit :\n%s\n" % (fr_gmail(dt), who, quoted)


def q_apple(who, dt, text):
    quoted = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return "\n\n> Le %d %s %d à %02d:%02d, %s a écrit :\n>\n%s\n" % (
        dt.day, MOIS[dt.month - 1], dt.year, dt.hour, dt.minute, who, quoted)


def q_zimbra(frm, to, dt, subject, text):
    return ("\n\n----- Mail original -----\nDe: \"%s\"\nÀ: \"%s\"\nEnvoyé: %s\nObjet: %s\n\n%s\n"
            % (frm, to, fr_long(dt).capitalize(), subject, text.strip("\n")))


# ---------------------------------------------------------------- message builders
def _join(parts):
    out = b""
    for p in parts:
        p = p if isinstance(p, bytes) else p.encode("ascii")
        out += p
        if not p.endswith(b"\n"):
            out += b"\n"
    return out


def _part(ctype, text, cs, cte):
    body = enc_body(text, cs, cte)
    head = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (ctype, cs, cte)
    return head.encode("ascii") + body


def person(frm, subject, body, day, hm=None, client="thunderbird", to=DESK_NAMED, cc=None,
           cs="utf-8", cte="quoted-printable", html=None, irt=None, refs=None, extra=(),
           auth="pass", reply_to=None, attach=None, return_path=None, utc=None, mailfrom=None):
    """A message written by a person (or a simple auto-responder built the same way).

    html: None (text/plain), 'alt' (multipart/alternative), 'only' (text/html only).
    attach: (filename, content-type, bytes) to make multipart/mixed.
    """
    name, address = frm
    dom = address.split("@")[1]
    dt = when(day, hm)
    if utc is None:
        utc = client in ("outlook", "android")
    hs = ["Return-Path: <%s>" % (return_path if return_path is not None else address),
          "Delivered-To: %s" % DESK]
    hs += trace(address, dt, client, auth, mailfrom)
    hs.append("From: " + addr(name, address, cs if cs != "us-ascii" else "utf-8"))
    hs.append("To: " + (to if is_ascii(to) else addr(*parseaddr(to))))
    if cc:
        hs.append("Cc: " + (cc if is_ascii(cc) else addr(*parseaddr(cc))))
    if reply_to:
        hs.append("Reply-To: " + reply_to)
    hs.append(hdr("Subject", subject, "utf-8" if cs in ("us-ascii",) else cs))
    if client == "outlook":
        hs.append(hdr("Thread-Topic", re.sub(r"^(RE|TR|Re|Fwd?)\s?:\s*", "", subject), cs))
        hs.append("Thread-Index: " + base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode())
    hs.append("Date: " + rfcdate(dt, utc))
    hs.append("Message-ID: " + message_id(client, dom))
    if irt:
        hs.append("In-Reply-To: " + irt)
        hs.append("References: " + (refs or irt))
    if client == "outlook":
        hs += ["Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
               "X-MS-Has-Attach: " + ("yes" if attach else ""), "X-MS-TNEF-Correlator: "]
    ua = CLIENTS[client]["ua"]
    if ua and client in ("apple", "zimbra"):
        hs.append("X-Mailer: " + ua)
    elif ua:
        hs.append("User-Agent: " + ua)
    hs += list(extra)
    hs.append("MIME-Version: 1.0")

    style = "outlook" if client in ("outlook", "android") else "div"
    if html == "only":
        htmltext = to_html(body, style).replace("CHARSET", cs)
        content = _part("text/html", htmltext, cs, cte)
    elif html == "alt":
        b = "_000_%s_" % rhex(28).upper() if style == "outlook" else "000000000000%s" % rhex(16)
        htmltext = to_html(body, style).replace("CHARSET", cs)
        content = ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\n' % (b, b)).encode() \
            + _part("text/plain", body, cs, cte) + ("\n--%s\n" % b).encode() \
            + _part("text/html", htmltext, cs, cte) + ("\n--%s--\n" % b).encode()
    else:
        content = _part("text/plain", body, cs, cte)

    if attach:
        fname, ctype, data = attach
        b = "------------%s" % ralnum(24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        fn = fname if is_ascii(fname) else Header(fname, "utf-8").encode()
        att = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
               'Content-Transfer-Encoding: base64\n\n' % (ctype, fn, fn)).encode() + base64.encodebytes(data)
        content = ('Content-Type: multipart/mixed; boundary="%s"\n\nThis is a multi-part message in MIME format.\n--%s\n'
                   % (b, b)).encode() + content + ("\n--%s\n" % b).encode() + att + ("\n--%s--\n" % b).encode()
    return _join(["\n".join(hs)]) + content


def fake_pdf(title):
    return ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n"
            % title).encode("latin-1")


def fake_png():
    return bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def dsn(mta, daemon_from, subject, day, hm, human, rcpt, status, diag, orig_headers, orig_body=None,
        extra=(), action="failed", daemon_name="Mail Delivery System", client_ct="message/rfc822",
        human_html=None):
    """multipart/report; report-type=delivery-status from a mailer daemon."""
    dt = when(day, hm)
    b = "%s.%d/%s" % (ralnum(14), int(dt.timestamp()), mta)
    hs = ["Return-Path: <>", "Delivered-To: %s" % DESK]
    hs += trace(daemon_from, dt, "thunderbird", "none", mailfrom=mta)[:3]
    hs += ["Authentication-Results: mx1.assistance.example.fr;", "\tdkim=none;",
           "\tspf=pass smtp.helo=%s;" % mta, "\tdmarc=none"]
    hs += ["From: " + addr(daemon_name, daemon_from),
           "To: " + DESK_NAMED, hdr("Subject", subject), "Date: " + rfcdate(dt),
           "Message-ID: <%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), ralnum(12), mta),
           "MIME-Version: 1.0", "Auto-Submitted: auto-replied"] + list(extra)
    hs.append('Content-Type: multipart/report; report-type=delivery-status;\n boundary="%s"' % b)
    status_part = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
                   "Original-Recipient: rfc822;%s\nAction: %s\nStatus: %s\nDiagnostic-Code: smtp; %s\n"
                   % (mta, rfcdate(dt - datetime.timedelta(seconds=3)), rcpt, rcpt, action, status, diag))
    parts = ["\n".join(hs), "", "This is a MIME-encapsulated message.", "", "--" + b]
    if human_html:
        ib = "alt_" + rhex(16)
        parts.append('Content-Type: multipart/alternative; boundary="%s"\n\n--%s' % (ib, ib))
        out = _join(parts) + _part("text/plain", human, "utf-8", "quoted-printable") \
            + ("\n--%s\n" % ib).encode() + _part("text/html", human_html, "utf-8", "quoted-printable") \
            + ("\n--%s--\n\n--%s\n" % (ib, b)).encode()
    else:
        parts.append("Content-Description: Notification")
        out = _join(parts) + _part("text/plain", human, "utf-8", "quoted-printable") + ("\n--%s\n" % b).encode()
    out += ("Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n%s\n--%s\n"
            % (status_part, b)).encode()
    if client_ct == "message/rfc822":
        out += ("Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n%s\n" % orig_headers).encode()
        out += (orig_body or "").encode("ascii") + ("\n--%s--\n" % b).encode()
    else:
        out += ("Content-Type: text/rfc822-headers; charset=\"us-ascii\"\nContent-Description: Undelivered Message Headers\n\n%s\n--%s--\n"
                % (orig_headers, b)).encode()
    return out


def desk_headers(ticket, to_name, to_addr, subject, dt):
    return "\n".join([
        "From: Assistance <support@assistance.example.fr>",
        "To: " + addr(to_name, to_addr),
        hdr("Subject", "[#SUP-%06d] %s" % (ticket, subject)),
        "Date: " + rfcdate(dt),
        "Message-ID: " + desk_id(ticket),
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable"])


def mdn(frm, subject_prefix, orig_subject, day, hm, human, disposition, orig_msgid, client="outlook",
        final_rcpt=None, cs="utf-8"):
    """multipart/report; report-type=disposition-notification (read receipt)."""
    name, address = frm
    dt = when(day, hm)
    b = "_%s_" % rhex(20)
    hs = ["Return-Path: <%s>" % address, "Delivered-To: %s" % DESK]
    hs += trace(address, dt, client)
    hs += ["From: " + addr(name, address), "To: " + DESK_NAMED,
           hdr("Subject", subject_prefix + orig_subject), "Date: " + rfcdate(dt, client == "outlook"),
           "Message-ID: " + message_id(client, address.split("@")[1]),
           "In-Reply-To: " + orig_msgid, "References: " + orig_msgid, "MIME-Version: 1.0"]
    if client == "thunderbird":
        hs.append("User-Agent: Mozilla Thunderbird")
    hs.append('Content-Type: multipart/report; report-type=disposition-notification;\n boundary="%s"' % b)
    report = ("Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n"
              % ("Microsoft Outlook 16.0" if client == "outlook" else "Mozilla Thunderbird",
                 final_rcpt or address, orig_msgid, disposition))
    out = _join(["\n".join(hs), "", "--" + b]) + _part("text/plain", human, cs, "quoted-printable")
    out += ("\n--%s\nContent-Type: message/disposition-notification\n\n%s\n--%s--\n" % (b, report, b)).encode()
    return out


def raw_message(lines_and_body):
    return lines_and_body if isinstance(lines_and_body, bytes) else lines_and_body.encode("utf-8")


# ---------------------------------------------------------------- the corpus
MAILS = []


def add(category, auto, uai_, region, platform, hard, lang, notes, raw):
    MAILS.append(({"category": category, "auto_reply_ok": auto, "uai": uai_, "region": region,
                   "platform": platform, "hard": hard, "lang": lang, "notes": notes}, raw))


def sig(*lines):
    return "\n-- \n" + "\n".join(lines) + "\n"


# Desk answers that appear in quoted history (written for this set).
ANS_RESET = """Bonjour,

Pour obtenir un nouveau mot de passe du back office e-sidoc, ouvrez la page
de connexion et choisissez « Mot de passe oublié ». L'identifiant est le code
UAI de l'établissement. Le lien part vers l'adresse enregistrée pour le
compte, ou à défaut vers l'adresse académique de l'établissement ; il reste
valable 12 heures.

Bien cordialement,
L'équipe d'assistance"""

ANS_JUNK = """Bonjour,

Les messages automatiques de la plateforme partent d'une adresse « no-reply ».
Regardez s'il vous plaît dans le dossier des indésirables, marquez le message
comme légitime et ajoutez cet expéditeur à vos contacts autorisés. Sans
nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

Bien cordialement,
L'équipe d'assistance"""

ANS_HEAD = """Bonjour,

Pour des raisons de sécurité, le changement d'adresse de contact du compte
administrateur doit être demandé par écrit par le chef d'établissement, depuis
l'adresse officielle de l'établissement. Dès réception, un membre de l'équipe
traitera la demande.

Bien cordialement,
L'équipe d'assistance"""

# ================================================================ password_reset (23)
e = E["iris"]
add("password_reset", True, e.uai, e.region, "esidoc", False, "fr",
    "Contractual teacher covering for the librarian on sick leave; nobody handed over the e-sidoc password. UAI in the body.",
    person(("Maëlle Giraud", "maelle.giraud@ac-lyon.fr"), "Accès e-sidoc CDI - remplacement",
           f"""Bonjour,

Je suis professeure contractuelle et je remplace depuis lundi la
documentaliste du {e}, arrêtée pour plusieurs semaines.
Personne ne m'a transmis le mot de passe du back office e-sidoc et la
collègue n'est évidemment pas joignable.

Pourriez-vous m'indiquer comment obtenir un nouveau mot de passe ?
Le code de l'établissement est {e.uai}.

Merci d'avance,
Maëlle Giraud
Professeure documentaliste (remplaçante)
""", 3, "08:47", client="zimbra"))

e = E["curie"]
add("password_reset", True, e.uai, e.region, "esidoc", False, "fr",
    "Two lines: e-sidoc password lost, UAI given.",
    person(("Thomas Vial", "thomas.vial@ac-grenoble.fr"), "mdp e-sidoc",
           f"""Bonjour, mot de passe e-sidoc perdu, UAI {e.uai}. Merci.
T. Vial
""", 4, "12:02", client="zimbra"))

e = E["tours"]
add("password_reset", True, e.uai, e.region, "esidoc", True, "fr",
    "Account locked after several attempts, days before the Semaine de la presse. Mentions the Europresse subscription only to say it works: not subscription_activation.",
    person(("Hélène Brossard", "helene.brossard@ac-orleans-tours.fr"),
           "URGENT compte bloqué avant la Semaine de la presse",
           f"""Bonjour,

Je prépare la Semaine de la presse avec trois classes de seconde et je
voulais mettre en avant une sélection d'articles sur le portail du CDI.
Après plusieurs essais, le back office e-sidoc me dit que le compte est
bloqué. Je suis pourtant sûre d'avoir tapé le bon mot de passe… enfin,
je le croyais.

L'abonnement Europresse est bien actif, ce n'est pas le souci : c'est
seulement l'accès d'administration.

Pouvez-vous débloquer le compte ou m'envoyer de quoi refaire un mot de passe ?
Lycée Balzac, Tours – UAI {e.uai}

Merci beaucoup, je suis un peu prise par le temps.
Hélène Brossard
Professeure documentaliste
""", 5, "17:31", client="thunderbird"))

e = E["blois"]
add("password_reset", True, e.uai, e.region, "esidoc", True, "fr",
    "The school secretary writes from the ce.<UAI> address for the librarian who is ill, and asks for the link on that official address: the safe reset path.",
    person(("Secrétariat Collège Augustin Thierry", e.ce.lower()),
           "Demande de lien mot de passe pour le CDI",
           f"""Bonjour,

Notre professeure documentaliste est absente pour maladie et sa remplaçante
arrive demain matin. Elle aura besoin d'entrer dans e-sidoc.

Pouvez-vous envoyer le lien de réinitialisation du mot de passe à l'adresse
de l'établissement (celle d'où nous écrivons) ? Nous le lui transmettrons.

Cordialement,

Le secrétariat
Collège Augustin Thierry
41000 Blois
""", 6, "10:15", client="zimbra"))

e = E["annecy"]
add("password_reset", True, e.uai, e.region, "esidoc", False, "fr",
    "Reset link arrived while she was off sick and had expired by the time she clicked it; asks for a new one.",
    person(("Camille Perrier", "camille.perrier@ac-grenoble.fr"), "Lien expiré",
           f"""Bonjour,

J'avais demandé un nouveau mot de passe e-sidoc la semaine dernière, puis
j'ai attrapé la grippe. En rentrant ce matin j'ai cliqué sur le lien : il
n'est plus valable.

Est-il possible d'en recevoir un autre ? Collège Les Barattes, Annecy,
{e.uai}.

Merci et désolée pour le dérangement,
Camille Perrier
""", 10, "08:05", client="zimbra"))

e = E["giraudoux"]
add("password_reset", True, e.uai, e.region, "espace_acheteur", False, "fr",
    "Interim gestionnaire replacing a colleague on sick leave: knows neither the Espace Acheteur login nor the password. UAI given as 'RNE' in the signature.",
    person(("Olivier Marchand", f"int.{e.uai}@{e.dom}"),
           "Connexion Espace Acheteur impossible",
           f"""Bonjour,

J'assure l'intérim de la gestion matérielle au {e} pendant l'absence de
Mme Rivière. Je dois passer une commande de fournitures avant le 15 mars
mais je n'ai ni l'identifiant ni le mot de passe de l'Espace Acheteur,
et aucune trace écrite dans le bureau.

Comment puis-je récupérer ces accès ?

Olivier Marchand
Gestionnaire (intérim)
Lycée Jean Giraudoux – RNE {e.uai}
2 rue Jean Giraudoux, 36000 Châteauroux
""", 3, "14:22", client="outlook", html="alt", cs="windows-1252"))

e = E["ferney"]
add("password_reset", True, e.uai, e.region, "esidoc", False, "en",
    "English: a teacher of the international section covering the library cannot log into the e-sidoc back office; UAI given.",
    person(("Rachel Dunmore", "rachel.dunmore@ac-lyon.fr"), "Library portal password",
           f"""Hello,

I'm covering the school library at the lycée international in
Ferney-Voltaire while our librarian is off sick. I have been asked to update
the library portal (e-sidoc) but nobody knows the admin password.

Could you tell me how to reset it? Our school code is {e.uai}.

Many thanks,
Rachel Dunmore
English section
""", 4, "09:40", client="gmail", html="alt"))

e = E["velay"]
add("password_reset", True, e.uai, e.region, "esidoc", True, "fr",
    "Misleading subject ('Facture Europresse'): the invoice is fine, she only says she cannot log into e-sidoc any more and forgot the password.",
    person(("Nadia Benali", "nadia.benali@ac-clermont.fr"), "Re: Facture Europresse",
           f"""Bonjour,

Petite précision : la facture Europresse est bien arrivée et elle est
partie en paiement, tout va bien de ce côté.

En revanche je n'arrive plus à me connecter au back office e-sidoc, j'ai
tout simplement oublié le mot de passe (il a été changé pendant mon congé).
Que dois-je faire ?

Lycée du Velay, {e.uai}

Nadia Benali
""", 11, "13:12", client="thunderbird"))

e = E["zay"]
wrong = bad_letter(e.uai)
add("password_reset", True, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
    f"UAI typed {wrong}: the check letter does not match (the digits give {e.uai}), so no UAI label; region from the ac-clermont.fr sender. Plain lost-password request.",
    person(("Julien Faure", "julien.faure1@ac-clermont.fr"), "Mot de passe oublié",
           f"""Bonjour,

Je remplace Mme Tixier au CDI du collège Jean Zay de Montluçon jusqu'aux
vacances. Je n'ai pas le mot de passe e-sidoc. Notre UAI : {wrong}.

Pouvez-vous m'aider ?

Julien Faure
""", 7, "11:48", client="zimbra"))

e = E["som"]
add("password_reset", False, e.uai, e.region, "esidoc", True, "fr",
    "Asks for the password to be sent to a personal Gmail address because the absent colleague's mailbox cannot be opened: a reset link must never go to an address not on file, so no automatic answer.",
    person(("Sébastien Rey", "seb.rey73@gmail.com"), "Mot de passe e-sidoc collège Le Grand Som",
           f"""Bonjour,

Je suis contractuel et je remplace la documentaliste du {e},
en arrêt depuis février. Le mot de passe e-sidoc est associé à sa boîte
mail, que je ne peux pas ouvrir, et ma boîte académique n'est pas encore
créée (le rectorat m'a dit « sous quinze jours »).

Pourriez-vous envoyer le nouveau mot de passe directement sur cette adresse
Gmail ? C'est la seule que je peux consulter en ce moment.
UAI : {e.uai}

Merci,
Sébastien Rey
""", 4, "19:20", client="gmail", html="alt", auth="pass"))

e = E["urfe"]
t = 5231
add("password_reset", False, e.uai, e.region, "esidoc", False, "fr",
    "Reply (Gmail French quote) to the automatic reset answer: the link went to the school's official mailbox and the secretary who reads it is off sick; a person must take over.",
    person(("Agnès Mourier", "agnes.mourier@ac-lyon.fr"), "Re: [#SUP-005231] Mot de passe e-sidoc",
           f"""Bonjour,

Merci pour la réponse. Le lien est sans doute parti sur la boîte du
collège, mais la secrétaire qui la relève est malade depuis mardi et
personne d'autre n'en a le mot de passe. Je suis donc toujours bloquée.

Y a-t-il une autre solution ?

Agnès Mourier
CDI – collège Honoré d'Urfé, Saint-Étienne ({e.uai})
""" + q_gmail("Assistance <support@assistance.example.fr>", when(5, "09:02"), ANS_RESET),
           6, "16:44", client="gmail", html="alt", irt=desk_id(t)))

e = E["pothier"]
add("password_reset", False, e.uai, e.region, "esidoc", True, "fr",
    "Two topics: lost e-sidoc password (first) and an urgent quote for a press subscription for the Semaine de la presse (order_billing). One template would answer only half.",
    person(("Véronique Lamarre", "veronique.lamarre@ac-orleans-tours.fr"), "Deux questions",
           f"""Bonjour,

1) Je ne retrouve plus le mot de passe du back office e-sidoc du lycée
Pothier ({e.uai}). Pouvez-vous me dire comment le réinitialiser ?

2) Pour la Semaine de la presse, nous voudrions ajouter un second accès
presse en ligne. Pourriez-vous m'envoyer un devis pour une année ? La
gestionnaire en a besoin pour le bon d'engagement avant le 20 mars.

Merci,
Véronique Lamarre
Professeure documentaliste
""", 10, "10:33", client="thunderbird"))

e = E["vienne"]
add("password_reset", True, e.uai, e.region, "esidoc", True, "fr",
    "Reply on an old ticket about an invoice (Outlook quote block about billing), but the new message clearly asks something else: a forgotten e-sidoc password.",
    person(("Florence Dumas", "florence.dumas@ac-grenoble.fr"), "RE: [#SUP-004877] Facture abonnement 2025",
           f"""Bonjour,

Je reviens vers vous sur ce fil, mais pour tout autre chose : depuis le
changement de poste informatique, le navigateur ne retient plus le mot de
passe e-sidoc et je ne m'en souviens pas. Comment en obtenir un nouveau ?

Collège Simone Veil, Vienne – {e.uai}

Florence Dumas
""" + q_outlook("Assistance <support@assistance.example.fr>", "Florence Dumas <florence.dumas@ac-grenoble.fr>",
                when(3, "10:00"), "[#SUP-004877] Facture abonnement 2025",
                """Bonjour,

La facture de l'abonnement 2025 a bien été déposée sur Chorus Pro le
28 février. Vous pouvez la retrouver avec le numéro d'engagement indiqué
sur le bon de commande.

Bien cordialement,
L'équipe d'assistance"""),
           12, "09:18", client="outlook", html="alt", cs="windows-1252", irt=desk_id(4877)))

e = E["riom"]
add("password_reset", False, e.uai, e.region, "ecoledirecte", True, "fr",
    "Lost EcoleDirecte administration password at a private primary school; she says explicitly it is not the daily maintenance password. No reset template for this product: a person answers.",
    person(("Sylvie Chassagne", "secretariat@ecole-sainte-therese-riom.fr"), "EcoleDirecte - mot de passe administrateur",
           f"""Bonjour,

Je suis la secrétaire de l'école Sainte-Thérèse à Riom (UAI {e.uai}).
Je n'arrive plus à ouvrir la partie administration d'EcoleDirecte : le mot
de passe du compte administrateur a été perdu quand notre directrice est
tombée malade, elle seule le connaissait.

Je précise que ce n'est pas le mot de passe de maintenance du jour que je
cherche, mais bien celui de notre compte.

Merci de votre aide,
Sylvie Chassagne
Secrétariat
""", 5, "08:20", client="orange", auth="pass"))

e = E["moulin"]
add("password_reset", True, e.uai, e.region, "esidoc", False, "fr",
    "Long over-explaining message from a retired teacher back as a contractual replacement; clear lost password, UAI given.",
    person(("Bernard Touzet", "bernard.touzet@ac-orleans-tours.fr"), "Demande d'aide pour le mot de passe du portail",
           f"""Madame, Monsieur,

Je me permets de vous écrire car je suis un peu perdu. Retraité depuis
deux ans, j'ai accepté de revenir comme contractuel pour quelques semaines
à l'école primaire du Moulin à Vierzon, où plusieurs collègues sont
malades. La directrice m'a confié en plus la petite bibliothèque de
l'école, qui utilise le portail e-sidoc.

J'ai essayé le mot de passe noté dans le classeur, puis deux autres qui y
étaient barrés, sans succès. Je ne voudrais pas tout bloquer en continuant
au hasard.

Le code de l'école est le {e.uai}. Pourriez-vous m'expliquer la marche à
suivre pour obtenir un nouveau mot de passe ?

Avec mes remerciements,

Bernard Touzet
""", 11, "20:05", client="webmail"))

e = E["bourges"]
add("password_reset", True, e.uai, e.region, "esidoc", False, "fr",
    "Older Thunderbird, ISO-8859-1 8-bit body: e-sidoc password expired and the old one forgotten.",
    person(("Anne-Laure Picard", "cdi@saintjoseph-bourges.fr"), "Mot de passe expiré",
           f"""Bonjour,

Le back office e-sidoc me demande de changer mon mot de passe car il a
expiré, mais il faut saisir l'ancien et je ne l'ai plus.
Collège privé Saint-Joseph, Bourges, UAI {e.uai}.

Cordialement,
Anne-Laure Picard, documentaliste
""", 12, "15:10", client="thunderbird", cs="iso-8859-1", cte="8bit", auth="none"))

add("password_reset", True, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Replacement who does not know what the 'identifiant' is (it is the UAI) nor the password; no UAI given, region from the ac-lyon.fr sender.",
    person(("Inès Haddad", "ines.haddad@ac-lyon.fr"), "identifiant ?",
           """Bonjour,

On me demande un identifiant et un mot de passe pour le portail du CDI
(e-sidoc). Je n'ai ni l'un ni l'autre, je suis remplaçante depuis jeudi.
C'est quoi l'identifiant exactement ? Et comment avoir le mot de passe ?

Merci
Inès Haddad
""", 10, "12:41", client="zimbra"))

e = E["romo"]
add("password_reset", True, e.uai, e.region, "esidoc", False, "fr",
    "HTML-only Outlook message: forgotten e-sidoc password, UAI in the signature.",
    person(("Lucie Berthon", "lucie.berthon@ac-orleans-tours.fr"), "Mot de passe oublié e-sidoc",
           f"""Bonjour,

J'ai oublié le mot de passe de notre compte e-sidoc. Pourriez-vous me
renvoyer un lien pour le changer ?

Bonne journée,

Lucie Berthon
Professeure documentaliste
Collège Léonard de Vinci – Romorantin-Lanthenay
UAI : {e.uai}
""", 6, "11:03", client="outlook", html="only", cs="windows-1252"))

add("password_reset", False, None, None, "ecoledirecte", True, "fr",
    "A parent at the wrong desk: lost her own EcoleDirecte family password. It is a lost password, but only the school can reset a family account; nothing the desk can send automatically.",
    person(("Aurélie Mathon", "aurelie.mathon@orange.fr"), "mot de passe ecole directe",
           """Bonjour

J'ai oublié mon mot de passe EcoleDirecte (compte parent) et je ne peux
plus voir le cahier de textes de ma fille qui est malade à la maison
depuis lundi. Le lien « mot de passe oublié » me demande une réponse à une
question secrète que je ne me rappelle plus.

Pouvez-vous me le réinitialiser ?

Aurélie Mathon
maman de Léa, CM2
""", 5, "21:37", client="orange", auth="pass"))

e = E["oyonnax"]
add("password_reset", True, e.uai, e.region, "espace_acheteur", False, "fr",
    "Outlook for Android, base64 body: Espace Acheteur account locked, UAI given.",
    person(("Karim Ouali", "karim.ouali@ac-lyon.fr"), "Compte bloqué",
           f"""Bonjour, mon compte Espace Acheteur est bloqué après trop d'essais. Lycée Arbez Carme {e.uai}. Merci de me dire comment le débloquer.
Karim Ouali

Obtenir Outlook pour Android
""", 7, "07:52", client="android", cte="base64"))

e = E["aubenas"]
add("password_reset", True, e.uai, e.region, "esidoc", False, "fr",
    "Replacement tried the old password from a sticky note and locked the account; apologetic tone.",
    person(("Justine Arnaud", "justine.arnaud@ac-grenoble.fr"), "Désolée, j'ai bloqué le compte",
           f"""Bonjour,

Toutes mes excuses : en voulant entrer dans e-sidoc avec le mot de passe
écrit sur un post-it du bureau (visiblement périmé), j'ai fini par
bloquer le compte du collège Les Cévennes à Aubenas.

Le code UAI est {e.uai}. Comment puis-je obtenir un nouveau mot de passe ?

Encore pardon,
Justine Arnaud
Remplaçante au CDI
""", 3, "10:58", client="zimbra"))

e = E["camus"]
add("password_reset", True, e.uai, e.region, "esidoc", False, "fr",
    "The reset mail goes to the absent librarian's personal address; asks for it to go to the school's official address instead (the safe path).",
    person(("Mathieu Lenoir", "mathieu.lenoir@ac-orleans-tours.fr"), "Réinitialisation mot de passe e-sidoc",
           f"""Bonjour,

Quand je fais « mot de passe oublié » sur e-sidoc, le message part vers
l'adresse de ma collègue, en arrêt maladie jusqu'à fin mars.
Serait-il possible de l'envoyer plutôt sur l'adresse de l'établissement
(ce.{e.uai}@ac-orleans-tours.fr) ? Le secrétariat me le fera suivre.

Merci,
Mathieu Lenoir
Collège Albert Camus, Dreux
""", 13, "09:27", client="zimbra"))

add("password_reset", True, None, None, "espace_acheteur", False, "en",
    "English, private bilingual school, non-academic domain, no UAI: forgot the Espace Acheteur password.",
    person(("Daniel Whitfield", "d.whitfield@bilingual-school-lyon.org"), "Forgot my password",
           """Hi,

I forgot my password for the buyer space (Espace Acheteur) and the
business manager who usually places our orders is off sick. How can I
reset it?

Thanks,
Daniel Whitfield
Office manager
""", 12, "16:25", client="gmail", html="alt", auth="pass"))

# ================================================================ missing_noreply_mail (17)
e = E["montargis"]
add("missing_noreply_mail", True, e.uai, e.region, "espace_acheteur", True, "fr",
    "Reads like a password problem, but the 'mot de passe oublié' tool works: the new-password mail never arrives. The taxonomy puts that under missing_noreply_mail.",
    person(("Christelle Aubry", "christelle.aubry@ac-orleans-tours.fr"), "Mot de passe Espace Acheteur",
           f"""Bonjour,

Je remplace la gestionnaire du lycée en Forêt (Montargis, {e.uai}),
absente pour maladie. J'ai utilisé « mot de passe oublié » sur l'Espace
Acheteur : la page me confirme qu'un message a été envoyé, mais rien
n'arrive, ni ce matin ni cet après-midi. Les indésirables sont vides aussi.

Cordialement,
Christelle Aubry
""", 4, "15:48", client="zimbra"))

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "New contractual buyer at a town hall: the activation link for the Espace Acheteur never came; no anti-spam product named, non-academic sender.",
    person(("Romain Delorme", "r.delorme@mairie-saint-priest.fr"), "Lien d'activation non reçu",
           """Bonjour,

Recruté en renfort pour trois mois au service achats, j'ai créé mon compte
sur l'Espace Acheteur vendredi. Le message d'activation annoncé à l'écran
ne m'est jamais parvenu.

Pouvez-vous me le renvoyer ?

Romain Delorme
Service de la commande publique
""", 3, "09:12", client="outlook", html="alt", cs="windows-1252"))

e = E["brioude"]
add("missing_noreply_mail", True, e.uai, e.region, "espace_acheteur", True, "fr",
    "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
    person(("Patrick Souchon", "patrick.souchon@ac-clermont.fr"), "Toujours aucun mail de confirmation",
           f"""Bonjour,

On m'a conseillé de vérifier si nous avions MailInBlack : renseignement
pris auprès du référent numérique, nous n'avons pas ce produit ni aucun
autre filtre particulier. Pourtant le mail de confirmation de l'Espace
Acheteur n'arrive pas depuis mercredi.

Collège La Fontaine, Brioude – {e.uai}

Patrick Souchon, gestionnaire
""", 7, "10:06", client="zimbra"))

e = E["bert"]
add("missing_noreply_mail", True, e.uai, e.region, "esidoc", True, "fr",
    "Written by the primary-school director, but she only reports that the activation mail of the customer account (first online order) never came: not a head-of-establishment request.",
    person(("Martine Gallais", e.ce), "Compte client - mail d'activation",
           """Bonjour,

Directrice de l'école et, cette semaine, aussi remplaçante de ma collègue
de CE1, je fais tout en même temps… J'ai ouvert hier le compte client pour
commander l'abonnement du portail e-sidoc de la BCD, mais le mail d'activation
n'est jamais arrivé sur la boîte de l'école.

Pouvez-vous vérifier ?

Martine Gallais
Directrice – école élémentaire Paul Bert, Chartres
""", 4, "12:35", client="zimbra"))

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "One line from a phone: the activation mail has not arrived since Monday.",
    person(("Yann Ferrand", "yann.ferrand@laposte.net"), "activation",
           """toujours pas reçu le mail d'activation espace acheteur depuis lundi

Envoyé de mon iPhone
""", 6, "18:03", client="apple", auth="pass"))

e = E["sembat"]
add("missing_noreply_mail", True, e.uai, e.region, "espace_acheteur", False, "fr",
    "Subscribed to offer alerts on the Espace Acheteur, receives none since February.",
    person(("Nathalie Girardon", "nathalie.girardon@ac-lyon.fr"), "Alertes offres non reçues",
           f"""Bonjour,

Je suis abonnée aux alertes sur les nouvelles offres de l'Espace Acheteur,
mais je ne reçois plus rien depuis début février. Mes collègues du lycée
professionnel Marcel Sembat ({e.uai}) non plus.

Merci de regarder.
N. Girardon
""", 11, "14:14", client="zimbra"))

e = E["nogent"]
add("missing_noreply_mail", False, e.uai, e.region, "espace_acheteur", False, "fr",
    "Reply (Outlook '-----Message d'origine-----') after the junk-folder answer: still nothing after more than 48 h, asks for the region to step in. The template was already sent; a person follows up.",
    person(("Sandrine Poulain", "sandrine.poulain@ac-orleans-tours.fr"), "RE: [#SUP-005188] Mail de validation non reçu",
           f"""Bonjour,

J'ai fait tout ce que vous indiquiez : indésirables, liste des expéditeurs
autorisés, et même demandé au secrétariat de surveiller la boîte du
collège. Aucun mail de l'Espace Acheteur depuis trois jours. Pouvez-vous transmettre
à la région ?

Sandrine Poulain
Collège Arsène Meunier, Nogent-le-Rotrou – {e.uai}
""" + q_outlook_orig("Assistance [mailto:support@assistance.example.fr]",
                     "Sandrine Poulain", when(4, "11:20"), "[#SUP-005188] Mail de validation non reçu", ANS_JUNK),
           7, "16:12", client="outlook", cs="windows-1252", irt=desk_id(5188)))

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
    "English: the account activation e-mail never arrived; no filter named.",
    person(("Hannah Clarke", "hannah.clarke@cite-scolaire-internationale.org"), "Activation email not received",
           """Hello,

I registered on the Espace Acheteur on Tuesday but I never received the
activation email. I checked my spam folder as well. Could you resend it?

Best regards,
Hannah Clarke
Finance assistant
""", 6, "10:30", client="gmail", html="alt"))

add("missing_noreply_mail", True, None, "centre-val-de-loire", "ticket_portal", False, "fr",
    "The ticket portal's confirmation mail (to choose a password) never came. Region from the ac-orleans-tours.fr sender.",
    person(("Émilie Caron", "emilie.caron@ac-orleans-tours.fr"), "Portail de tickets : pas de mail de confirmation",
           """Bonjour,

On m'a demandé de déposer mes prochaines demandes sur le portail de
tickets. Je m'y suis inscrite ce matin mais le message de confirmation
qui permet de choisir le mot de passe ne m'est jamais parvenu.

Émilie Caron
""", 12, "11:55", client="zimbra"))

e = E["vichy"]
add("missing_noreply_mail", True, e.uai, e.region, "espace_acheteur", False, "fr",
    "The structure administrator no longer receives the 'account to validate' notifications while two replacements wait to be validated.",
    person(("Gilles Montagnon", "gilles.montagnon@ac-clermont.fr"), "Notifications de comptes à valider",
           f"""Bonjour,

Administrateur de structure sur l'Espace Acheteur pour le lycée Albert Londres (Cusset, {e.uai}),
je devrais recevoir un mail quand un compte attend ma validation. Deux
remplaçants se sont inscrits cette semaine et je n'ai reçu aucune
notification : je ne l'ai su que parce qu'ils sont venus me voir.

Gilles Montagnon
Adjoint gestionnaire
""", 5, "13:40", client="zimbra"))

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "IT department of an agglomeration suspects their strict mail filter but names no product; asks for the exact no-reply sender address.",
    person(("Franck Bouvier", "f.bouvier@agglo-montlucon.fr"), "Adresse d'expédition des mails automatiques",
           """Bonjour,

Plusieurs agents nous signalent ne recevoir aucun mail automatique de
l'Espace Acheteur (activation, mot de passe). Notre passerelle de
filtrage est assez stricte ; pouvez-vous nous communiquer l'adresse
d'expédition exacte et les domaines à autoriser ?

Franck Bouvier
Direction des systèmes d'information
""", 10, "09:02", client="outlook", html="alt", cs="windows-1252"))

e = E["hirondelles"]
add("missing_noreply_mail", True, e.uai, e.region, "esidoc", True, "fr",
    "UAI only in the ce.<uai> sender address, written in lower case; the new-password mail from e-sidoc never comes although the junk folder was checked.",
    person(("École maternelle Les Hirondelles", e.ce.lower()), "pas de mail",
           """Bonjour,
j'ai demandé trois fois le mail pour changer le mot de passe du portail e-sidoc
de la bibliothèque, je n'ai rien reçu, même dans les spams.
Merci
La directrice
""", 10, "16:57", client="webmail"))

add("missing_noreply_mail", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Gmail-style message with HTML part: the account was validated but the secure first-login link never came. Region from the ac-grenoble.fr sender.",
    person(("Pauline Vidal", "pauline.vidal2@ac-grenoble.fr"), "Lien de première connexion",
           """Bonjour,

Mon administrateur m'a dit avoir validé lundi mon compte sur l'Espace
Acheteur. Je devais recevoir un lien de première connexion : rien en vue.

Merci de votre retour,
Pauline Vidal
Agent comptable adjointe (intérim)
""", 11, "08:33", client="webmail", html="alt"))

e = E["amboise"]
add("missing_noreply_mail", True, e.uai, e.region, "esignature", True, "fr",
    "The e-signature invitation for a convention never arrived: a missing no-reply notification, not a contract-document access problem.",
    person(("Denis Royer", "denis.royer@ac-orleans-tours.fr"), "Convention à signer : pas reçu l'invitation",
           f"""Bonjour,

On m'annonce qu'une convention m'attend dans l'outil de signature
électronique, mais je n'ai reçu aucun mail d'invitation pour la signer.
J'ai regardé partout (indésirables, quarantaine Outlook).

Denis Royer, principal adjoint (faisant fonction)
Collège Malraux, Amboise – {e.uai}
""", 12, "10:21", client="zimbra"))

e = E["annemasse"]
add("missing_noreply_mail", True, e.uai, e.region, "esidoc", True, "fr",
    "Reply on a password ticket (Gmail quote of the reset answer): the reset tool works, but the mail with the link never arrives. That is missing_noreply_mail.",
    person(("Laurent Chapuis", e.ce), "Re: [#SUP-005262] mot de passe portail BCD",
           """Bonjour,

J'ai bien suivi la procédure « mot de passe oublié ». L'écran me dit que
le message est parti, mais la boîte de l'école ne reçoit rien, même
plusieurs heures après.

Laurent Chapuis
Directeur, école élémentaire du Centre – Annemasse
""" + q_gmail("Assistance <support@assistance.example.fr>", when(7, "10:40"), ANS_RESET),
           10, "17:15", client="webmail", html="alt", irt=desk_id(5262)))

e = E["rostand"]
add("missing_noreply_mail", True, e.uai, e.region, "espace_acheteur", False, "fr",
    "Anxious, over-explaining replacement: three sign-up attempts, the validation mail never arrives.",
    person(("Claire Mounier", "claire.mounier@ac-orleans-tours.fr"), "Inscription Espace Acheteur - aucun mail reçu (3e essai)",
           f"""Bonjour,

Je suis désolée de vous déranger mais je commence à m'inquiéter. Je
remplace l'adjointe gestionnaire du collège Jean Rostand à Orléans
({e.uai}) depuis le 3 mars. On m'a demandé de m'inscrire sur l'Espace
Acheteur pour passer les commandes du trimestre.

J'ai rempli le formulaire lundi, puis mardi, puis ce matin en changeant
simplement la casse de mon adresse au cas où. À chaque fois l'écran annonce
un mail de validation, et à chaque fois rien n'arrive. J'ai vérifié les
indésirables, les autres dossiers, et même demandé à la collègue du bureau
d'à côté si elle avait reçu quelque chose par erreur.

Je ne sais pas si j'ai fait une erreur ou si le problème vient d'ailleurs.
Pouvez-vous m'aider ?

Merci infiniment,
Claire Mounier
""", 6, "11:19", client="zimbra"))

e = E["giraudoux"]
add("missing_noreply_mail", True, e.uai, e.region, "espace_acheteur", False, "fr",
    "ISO-8859-1 8-bit body: no automatic mail from the no-reply address since the académie changed mail servers.",
    person(("Isabelle Brunet", "isabelle.brunet@ac-orleans-tours.fr"), "Plus de mails automatiques",
           f"""Bonjour,

Depuis la bascule de la messagerie académique la semaine dernière, nous ne
recevons plus aucun message automatique de l'Espace Acheteur (adresse
no-reply) au lycée Jean Giraudoux ({e.uai}). Les autres mails arrivent.

Cordialement,
Isabelle Brunet
""", 13, "14:03", client="thunderbird", cs="iso-8859-1", cte="8bit"))

# ================================================================ mailinblack_spam (13)
e = E["blois"]
add("mailinblack_spam", True, e.uai, e.region, "espace_acheteur", False, "fr",
    "MailInBlack holds the Espace Acheteur activation mails; asks what to do.",
    person(("Hervé Lecomte", "herve.lecomte@ac-orleans-tours.fr"), "Mails bloqués par MailInBlack",
           f"""Bonjour,

Le conseil départemental a mis en place MailInBlack sur les boîtes des
collèges. Depuis, les mails d'activation de l'Espace Acheteur restent dans
la quarantaine et je ne peux pas les libérer moi-même.

Collège Augustin Thierry, Blois – {e.uai}
Hervé Lecomte, gestionnaire
""", 4, "09:51", client="zimbra"))

e = E["urfe"]
add("mailinblack_spam", False, e.uai, e.region, "espace_acheteur", True, "fr",
    "A sender-authentication challenge is described (the platform's no-reply must 'prove it is human' via a link) without naming MailInBlack: the category fits, but a person should confirm the product before sending the guide.",
    person(("Rémi Cellier", "remi.cellier@ac-lyon.fr"), "Étrange message de vérification",
           f"""Bonjour,

Notre collège (Honoré d'Urfé, {e.uai}) a changé de filtrage mail. Depuis,
quand quelqu'un nous écrit pour la première fois, il reçoit un message lui
demandant de cliquer sur un lien pour prouver qu'il n'est pas un robot.
Je suppose que vos mails automatiques tombent dans ce piège, car je ne
reçois plus rien de l'Espace Acheteur.

Comment faire pour que vos envois passent ?

Rémi Cellier
""", 5, "11:37", client="zimbra"))

add("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "Product spelled 'mail in black', no accents, brief: blocked mails.",
    person(("Jo Brunel", "jo.brunel@mairie-issoire.fr"), "bloqué par mail in black",
           """bonjour
vos mails pour l espace acheteur sont bloques par mail in black chez nous,
comment on fait pour les debloquer
merci
""", 6, "13:09", client="orange", auth="none"))

e = E["montferrand"]
add("mailinblack_spam", True, e.uai, e.region, "espace_acheteur", False, "fr",
    "IT manager asks which senders and domains to add to the MailInBlack allow-list.",
    person(("Stéphane Roux", "stephane.roux@ac-clermont.fr"), "Liste blanche Mailinblack",
           f"""Bonjour,

Référent informatique du lycée de Montferrand ({e.uai}), je dois ajouter
les adresses d'expédition de l'Espace Acheteur dans la liste blanche de Mailinblack. Pouvez-vous
me donner la liste des expéditeurs et domaines concernés ?

Stéphane Roux
""", 7, "08:44", client="thunderbird"))

e = E["limoges"]
add("mailinblack_spam", True, e.uai, e.region, "espace_acheteur", False, "en",
    "English; the Mailinblack quarantine holds the password mails. A school outside the two theme regions.",
    person(("Sarah Moreau", "sarah.moreau@ac-limoges.fr"), "Mails stuck in Mailinblack quarantine",
           f"""Hello,

Our school (collège Maurice Ravel, {e.uai}) uses Mailinblack. All the
password and activation emails from the Espace Acheteur end up in the
quarantine and I have to ask IT every time. Is there a way to allow them
permanently?

Kind regards,
Sarah Moreau
""", 11, "15:32", client="gmail", html="alt"))

e = E["aravis"]
mib_report = """MAILINBLACK - Rapport quotidien de vos messages en attente

Les messages suivants sont en attente de validation :

  noreply@espace-acheteur.example.fr   Activez votre compte             04/03 08:12
  noreply@espace-acheteur.example.fr   Votre compte est en attente       04/03 08:13
  newsletter@salon-edu.example.com     Salon de l'éducation 2025        04/03 09:40

Pour délivrer un message, cliquez sur « Autoriser »."""
add("mailinblack_spam", True, e.uai, e.region, "espace_acheteur", True, "fr",
    "A person forwards the daily MailInBlack quarantine report: the forwarded part is machine text, the outer message is a real question.",
    person(("Céline Bouchet", "celine.bouchet@ac-grenoble.fr"), "TR: Rapport quotidien Mailinblack",
           f"""Bonjour,

Ci-dessous le rapport reçu ce matin. Vos messages d'activation y sont. Si
je clique sur « Autoriser », est-ce que cela suffit pour les prochains ?

Céline Bouchet – collège des Aravis, Thônes ({e.uai})

-----Message d'origine-----
De : Mailinblack <report@mailinblack.example.com>
Envoyé : mardi 4 mars 2025 07:00
À : Céline Bouchet
Objet : Rapport quotidien Mailinblack

{mib_report}
""", 4, "08:31", client="outlook", cs="windows-1252"))

e = E["pothier"]
add("mailinblack_spam", False, e.uai, e.region, "espace_acheteur", True, "fr",
    "Two topics: MailInBlack blocks the platform's mails (first) and an invoice that must be re-addressed (order_billing). A single template would answer only half.",
    person(("Jean-Marc Thévenot", "jean-marc.thevenot@ac-orleans-tours.fr"), "Mailinblack + facture",
           f"""Bonjour,

Deux sujets :
- MailInBlack, installé par la région sur nos boîtes, retient tous les
  messages automatiques de l'Espace Acheteur. Que faut-il autoriser ?
- Par ailleurs la facture de février est adressée à l'ancien nom de
  l'établissement ; pouvez-vous l'éditer au nom du lycée Pothier ?

Lycée Pothier, Orléans – {e.uai}
J.-M. Thévenot, gestionnaire
""", 12, "10:45", client="thunderbird"))

e = E["bugey"]
add("mailinblack_spam", True, e.uai, e.region, "espace_acheteur", False, "fr",
    "Reply quoting the junk-folder answer: their IT says MailInBlack blocks the mails; the MailInBlack guide is now the right answer.",
    person(("Odile Carrier", "odile.carrier@ac-lyon.fr"), "Re: [#SUP-005207] Pas de mail d'activation",
           f"""Bonjour,

Rien dans les indésirables. Notre informaticien a regardé : c'est
Mailinblack qui bloque les messages de l'Espace Acheteur. Il me demande votre procédure.

Odile Carrier
Collège du Bugey, Belley ({e.uai})
""" + q_gmail("Assistance <support@assistance.example.fr>", when(5, "14:05"), ANS_JUNK),
           6, "09:26", client="webmail", irt=desk_id(5207)))

add("mailinblack_spam", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Clicked 'autoriser' in the MailInBlack notice but the next mails are still held. Region from the ac-lyon.fr sender.",
    person(("Fabienne Jacquet", "fabienne.jacquet@ac-lyon.fr"), "Autorisation Mailinblack sans effet",
           """Bonjour,

J'ai cliqué sur « autoriser » dans le message de Mailinblack pour votre
adresse no-reply de l'Espace Acheteur, mais le mail suivant a de nouveau été retenu. Faut-il
faire autre chose ?

F. Jacquet
""", 13, "11:11", client="zimbra"))

e = E["tilleuls"]
add("mailinblack_spam", True, e.uai, e.region, "esidoc", False, "fr",
    "Contractual replacement: the e-sidoc password mail is caught by the commune's Mailinblack, which asks senders to solve a captcha.",
    person(("Adrien Planche", "adrien.planche@ac-clermont.fr"), "Mail de mot de passe coincé",
           f"""Bonjour,

Remplaçant à l'école primaire des Tilleuls à Ambert ({e.uai}). La mairie
a installé Mailinblack sur l'adresse de l'école : votre mail de mot de passe
e-sidoc attend qu'on « résolve un captcha » et n'arrive jamais.
Comment le débloquer ?

Adrien Planche
""", 5, "16:30", client="zimbra"))

e = E["issoudun"]
add("mailinblack_spam", True, e.uai, e.region, "esidoc", True, "fr",
    "Written by the school director (head), but she only reports mails held by MailInBlack on the commune's domain: not a head-of-establishment request.",
    person(("Françoise Lemaire", e.ce), "Messages retenus",
           f"""Bonjour,

Je suis directrice de l'école élémentaire Jules Ferry d'Issoudun et je gère
seule le portail de la BCD. La commune a installé MailInBlack : le message
d'activation du portail e-sidoc est resté en quarantaine et a expiré avant
que je puisse le libérer.

Pouvez-vous m'indiquer la marche à suivre ?

F. Lemaire
""", 11, "12:18", client="zimbra"))

e = E["valence"]
add("mailinblack_spam", True, e.uai, e.region, "espace_acheteur", True, "fr",
    "Negation: 'ce n'est pas un problème de mot de passe'; the mails are in the MailInBlack quarantine.",
    person(("Luc Vernet", "luc.vernet@ac-grenoble.fr"), "Pas un problème de mot de passe",
           f"""Bonjour,

Votre collègue au téléphone pensait à un mot de passe oublié : ce n'est pas
le cas, je connais le mien. Le souci, c'est que les notifications de
l'Espace Acheteur finissent dans la quarantaine MailInBlack du lycée.

Lycée Camille Vernet, Valence – {e.uai}
Luc Vernet
""", 10, "14:40", client="thunderbird"))

add("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook message from a commune: 'Mailinblack Protect' installed, no more notifications.",
    person(("Marion Teyssier", "m.teyssier@ville-vierzon.fr"), "Mailinblack Protect et notifications",
           """Bonjour,

La ville a déployé Mailinblack Protect le mois dernier. Depuis, je ne
reçois plus les notifications de l'Espace Acheteur (validations, alertes).
Notre prestataire informatique attend vos consignes.

Cordialement,
Marion Teyssier
Service éducation – Ville de Vierzon
""", 3, "15:15", client="outlook", html="only", cs="windows-1252"))

# ================================================================ head_of_establishment_request (13)
e = E["curie"]
add("head_of_establishment_request", False, e.uai, e.region, "esidoc", False, "fr",
    "The principal writes from the ce.<UAI> address (DKIM pass) to ask for a reset of the e-sidoc administrator password, link to the school's address, so the replacement can work.",
    person(("Principal Collège Curie", e.ce), "Demande de réinitialisation - compte administrateur e-sidoc",
           f"""Madame, Monsieur,

La professeure documentaliste du collège est en congé de maladie pour une
durée indéterminée. Sa remplaçante, Mme Hugon, a pris ses fonctions ce
jour et doit pouvoir administrer le portail e-sidoc.

Je vous demande donc de bien vouloir réinitialiser le mot de passe du
compte administrateur et d'envoyer le lien à l'adresse de l'établissement.

Je vous prie d'agréer mes salutations distinguées.

Marc Beaujolin
Principal
Collège Pierre et Marie Curie – {e.uai}
Grenoble
""", 3, "11:30", client="zimbra"))

e = E["mace"]
add("head_of_establishment_request", False, e.uai, e.region, "esidoc", False, "fr",
    "A primary-school director asks, from the ce.<UAI> address, to replace the contact address of the e-sidoc admin account with the school's address.",
    person(("Direction école Jean Macé", e.ce), "Changement d'adresse de contact",
           f"""Bonjour,

Je suis le directeur de l'école élémentaire Jean Macé à Vénissieux
({e.uai}). L'adresse de contact du compte administrateur e-sidoc est
encore celle de mon prédécesseur. Je souhaite la remplacer par l'adresse
de l'école, d'où je vous écris.

Cordialement,
Hakim Benyahia
Directeur
""", 5, "12:10", client="zimbra"))

e = E["coquelicots"]
add("head_of_establishment_request", False, e.uai, e.region, "esidoc", True, "fr",
    "Reads like password_reset, but the director of the school (its head) asks in writing for the administrator password to be reset: a head-of-establishment request for staff approval.",
    person(("Directrice Les Coquelicots", e.ce), "mot de passe",
           f"""Bonjour,

Directrice de l'école maternelle Les Coquelicots (Aurillac, {e.uai}),
je vous demande de réinitialiser le mot de passe administrateur de notre
portail de bibliothèque (e-sidoc). Personne ne le connaît depuis le départ de
l'ancienne directrice, et c'est moi qui m'occupe de tout cette année.

Merci d'envoyer le lien sur l'adresse de l'école.

Véronique Lafon
""", 6, "13:01", client="zimbra"))

e = E["tours"]
add("head_of_establishment_request", False, e.uai, e.region, "espace_acheteur", True, "fr",
    "The head's secretary writes 'à la demande de M. le Proviseur' from the ce.<UAI> address to change the structure administrator: a head's request relayed by a secretary; staff must check.",
    person(("Secrétariat de direction - Lycée Balzac", e.ce), "Changement d'administrateur - Espace Acheteur",
           f"""Bonjour,

À la demande de M. le Proviseur, qui est absent cette semaine, je vous
informe que Mme Sophie Renaudin, gestionnaire, devient administratrice
de la structure sur l'Espace Acheteur à la place de M. Pierre Olivier,
muté. Merci de fermer les accès de M. Olivier.

M. le Proviseur confirmera par écrit à son retour si nécessaire.

Pour le proviseur, par délégation,
Nadine Cosson
Secrétariat de direction – Lycée Balzac, Tours ({e.uai})
""", 10, "10:02", client="zimbra"))

e = E["montferrand"]
add("head_of_establishment_request", False, e.uai, e.region, "esidoc", True, "fr",
    "Looks like order_billing (a quote and a bon d'engagement for a press resource), but it is the proviseur authorising the order in writing: a head-of-establishment request.",
    person(("Proviseur Lycée de Montferrand", e.ce), "Autorisation de commande - ressource presse",
           f"""Madame, Monsieur,

J'autorise la professeure documentaliste, Mme Nadia Benhamou, à valider la
commande de la ressource de presse en ligne du portail e-sidoc du CDI, conformément au
devis du 27 février, en vue de la Semaine de la presse et des médias.
Vous trouverez ci-joint le bon d'engagement signé.

Jean-Pierre Maury
Proviseur
Lycée de Montferrand, Clermont-Ferrand – {e.uai}
""", 7, "09:15", client="thunderbird",
           attach=("bon_engagement_ressource_presse.pdf", "application/pdf", fake_pdf("BE 2025-031"))))

e = E["sembat"]
add("head_of_establishment_request", False, e.uai, e.region, "espace_acheteur", False, "fr",
    "The proviseure names a contractual as the new structure administrator on the Espace Acheteur while the gestionnaire is on long sick leave, and asks to suspend the former access.",
    person(("Proviseure LP Marcel Sembat", e.ce), "Désignation d'un administrateur de structure",
           f"""Madame, Monsieur,

Notre gestionnaire étant en congé de longue maladie, je désigne M. Thibault
Ravier, contractuel recruté pour l'intérim, comme administrateur de la
structure sur l'Espace Acheteur à compter de ce jour. Je vous demande de
suspendre pendant cette période les droits d'administration de
Mme Laurence Pichon.

Cordialement,

Élisabeth Garnier
Proviseure
Lycée professionnel Marcel Sembat, Lyon – UAI {e.uai}
""", 4, "17:22", client="zimbra"))

e = E["blois"]
add("head_of_establishment_request", False, e.uai, e.region, "esidoc", False, "fr",
    "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request the desk asked for.",
    person(("Principal - Collège Augustin Thierry", e.ce), "Re: [#SUP-005243] Adresse de contact e-sidoc",
           f"""Bonjour,

Comme demandé, je confirme par écrit : merci de remplacer l'adresse de
contact du compte administrateur e-sidoc par celle de l'établissement,
{e.ce}.

Alain Terrier
Principal
""" + q_zimbra("Assistance", "Principal - Collège Augustin Thierry", when(7, "15:30"),
               "[#SUP-005243] Adresse de contact e-sidoc", ANS_HEAD),
           10, "08:11", client="zimbra", irt=desk_id(5243)))

e = E["roanne"]
add("head_of_establishment_request", False, e.uai, e.region, "esidoc", True, "fr",
    "Claims to be the school director and asks to move the admin contact to a free-mail address, but SPF/DMARC fail for the ac-lyon.fr From and Reply-To is a Gmail address: a probable spoof, still a head request for staff, who should refuse.",
    person(("Directeur École Mulsant", "ce.%s@ac-lyon.fr" % e.uai), "Urgent : changement adresse administrateur",
           f"""Bonjour,

Je suis le directeur de l'école élémentaire Mulsant à Roanne, UAI
{e.uai}. Suite à un problème sur la messagerie académique, merci de
remplacer dès aujourd'hui l'adresse de l'administrateur du portail e-sidoc par
directeur.mulsant.roanne@gmail.com et de m'envoyer le nouveau mot de
passe à cette adresse.

Merci de faire vite.
Le directeur
""", 11, "22:48", client="webmail", auth="fail", mailfrom="mailer.bulk-sender.example.net",
           reply_to="directeur.mulsant.roanne@gmail.com"))

e = E["ferney"]
add("head_of_establishment_request", False, e.uai, e.region, "espace_acheteur", False, "en",
    "English; the head of the international lycée names a new structure administrator and asks to close the former one's access.",
    person(("Head of School - Lycée international", e.ce), "Change of structure administrator",
           f"""Dear Sir or Madam,

I am writing as head of the lycée international in Ferney-Voltaire
({e.uai}). Mr Paul Granger, our business manager, is now the
administrator of our structure on the Espace Acheteur. Please close the
access of Mrs Ingrid Stahl, who left us in February.

Yours faithfully,
Catherine Ellwood
Proviseure / Head of School
""", 6, "14:50", client="outlook", html="alt"))

add("head_of_establishment_request", False, None, None, "esidoc", True, "fr",
    "A nursery-school director gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify before doing anything.",
    person(("Corinne Delage", "corinne.delage63@gmail.com"), "Accord pour le changement",
           """Bonjour,

Je vous confirme mon accord pour que le compte du portail e-sidoc de la
bibliothèque de l'école soit rattaché à la nouvelle adresse, comme l'a
demandé Mme Roche, l'ATSEM qui s'en occupe. Je vous écris de chez moi,
je suis malade cette semaine.

Corinne Delage
Directrice de l'école maternelle
""", 5, "19:40", client="gmail", html="alt"))

e = E["giraudoux"]
add("head_of_establishment_request", False, e.uai, e.region, "esidoc", False, "fr",
    "The proviseur confirms from his phone, quoting his librarian's request (Apple quote style), that the reset may be done. Personal academic address.",
    person(("Éric Papin", "eric.papin@ac-orleans-tours.fr"), "Re: Mot de passe e-sidoc du lycée",
           """Je confirme ma demande, vous pouvez réinitialiser.
É. Papin, proviseur

Envoyé de mon iPhone
""" + q_apple("Gaëlle Rocher <gaelle.rocher@ac-orleans-tours.fr>", when(11, "08:55"),
              f"""Bonjour,

Je suis la documentaliste remplaçante du lycée Jean Giraudoux
({e.uai}). Le support demande que le chef d'établissement confirme la
réinitialisation du mot de passe e-sidoc. M. le Proviseur, pouvez-vous
répondre à tous ?

Gaëlle Rocher"""),
           11, "12:26", client="apple", cc="Gaëlle Rocher <gaelle.rocher@ac-orleans-tours.fr>"))

e = E["valence"]
wrong = bad_letter(e.uai)
add("head_of_establishment_request", False, e.uai, e.region, "esidoc", True, "fr",
    f"The body gives {wrong} (wrong check letter) but the sender address ce.{e.uai}@ac-grenoble.fr carries the valid UAI, which is the label.",
    person(("Lycée Camille Vernet - Direction", e.ce), "Demande du chef d'établissement",
           f"""Bonjour,

En ma qualité de proviseure du lycée Camille Vernet (UAI {wrong}),
je vous demande de remplacer l'adresse de contact du compte e-sidoc par
celle de l'établissement et de réinitialiser le mot de passe, la
documentaliste étant absente pour plusieurs semaines.

Brigitte Sauvan
Proviseure
""", 12, "10:50", client="zimbra"))

e = E["moulin"]
add("head_of_establishment_request", False, e.uai, e.region, "esidoc", True, "fr",
    "An acting director (faisant fonction while the director is ill) authorises in writing the change of the admin contact: a head-of-establishment request even though the writer is not the usual head.",
    person(("École du Moulin", e.ce), "Changement de contact - portail BCD",
           f"""Bonjour,

Je suis chargée de la direction de l'école primaire du Moulin (Vierzon,
{e.uai}) pendant l'arrêt maladie de notre directeur. Je vous demande de
remplacer l'adresse personnelle qui figure sur le compte administrateur
du portail e-sidoc par l'adresse de l'école.

Hélène Marquet
Directrice par intérim
""", 13, "12:00", client="zimbra"))

# ================================================================ account_creation (9)
e = E["camus"]
add("account_creation", True, e.uai, e.region, "espace_acheteur", False, "fr",
    "Contractual assistant gestionnaire asks how to create her own Espace Acheteur account: the sign-up answer fits.",
    person(("Leïla Mansouri", "leila.mansouri@ac-orleans-tours.fr"), "Création de compte Espace Acheteur",
           f"""Bonjour,

Recrutée comme contractuelle au service de gestion du collège Albert Camus
de Dreux ({e.uai}) jusqu'à fin avril, je dois pouvoir consulter les
marchés et préparer les paniers. Comment créer mon compte sur l'Espace
Acheteur ?

Merci,
Leïla Mansouri
""", 5, "10:09", client="zimbra"))

e = E["zay"]
add("account_creation", False, e.uai, e.region, "espace_acheteur", False, "fr",
    "Account waiting for validation for ten days; the structure administrator is on sick leave, so the region must step in.",
    person(("Bastien Rigal", "bastien.rigal@ac-clermont.fr"), "Compte en attente de validation",
           f"""Bonjour,

Mon compte sur l'Espace Acheteur est « en attente de validation par
l'administrateur de la structure » depuis dix jours. Or notre
administratrice, la gestionnaire, est en arrêt maladie jusqu'en avril et
personne d'autre ne peut valider.

Collège Jean Zay, Montluçon ({e.uai})
Bastien Rigal, remplaçant gestionnaire
""", 3, "16:20", client="zimbra"))

add("account_creation", False, None, None, "espace_acheteur", False, "fr",
    "Asks who the structure's administrator is: needs a look-up, so a person answers.",
    person(("Nicolas Peyret", "n.peyret@sivos-livradois.fr"), "Qui est notre administrateur ?",
           """Bonjour,

Nouveau secrétaire du SIVOS, je voudrais savoir qui est déclaré
administrateur de notre structure sur l'Espace Acheteur. Mon prédécesseur
est parti sans laisser de consignes.

Nicolas Peyret
""", 6, "09:33", client="orange", auth="pass"))

e = E["annecy"]
add("account_creation", True, e.uai, e.region, "espace_acheteur", True, "fr",
    "Negation: 'je n'ai pas oublié mon mot de passe, je n'en ai jamais eu': she never had an account. account_creation, not password_reset.",
    person(("Morgane Excoffier", "morgane.excoffier@ac-grenoble.fr"), "Mot de passe ?",
           f"""Bonjour,

On me dit d'utiliser « mot de passe oublié », mais je n'ai rien oublié du
tout : je n'ai jamais eu de compte sur l'Espace Acheteur ! J'arrive au
collège Les Barattes ({e.uai}) pour remplacer l'adjointe gestionnaire.
Comment ouvre-t-on un compte ?

Morgane Excoffier
""", 7, "14:27", client="zimbra"))

e = E["vienne"]
add("account_creation", False, e.uai, e.region, "espace_acheteur", False, "fr",
    "The account works; asks for order-management rights to be opened for a contractual replacement.",
    person(("Arnaud Blanc", "arnaud.blanc@ac-grenoble.fr"), "Droits de commande",
           f"""Bonjour,

Je me connecte sans problème à l'Espace Acheteur, mais je ne peux que
consulter. Pour l'intérim de gestion au collège Simone Veil ({e.uai}),
j'ai besoin des droits de gestion des commandes. Pouvez-vous les ouvrir ?

Arnaud Blanc
""", 11, "11:50", client="zimbra"))

add("account_creation", False, None, "centre-val-de-loire", "espace_acheteur", False, "fr",
    "A primary school opened in January is not in the list when creating the account: the sales team must check. No UAI yet; region from the ac-orleans-tours.fr sender.",
    person(("Agathe Bourdin", "agathe.bourdin@ac-orleans-tours.fr"), "École absente de la liste",
           """Bonjour,

Notre école (groupe scolaire des Provinces, à Saint-Jean-de-Braye) a ouvert
en janvier. Quand je veux créer le compte sur l'Espace Acheteur, elle
n'apparaît pas dans la liste des établissements. L'UAI ne nous a pas encore
été communiqué par la DSDEN.

Agathe Bourdin, directrice
""", 4, "18:11", client="zimbra"))

e = E["amboise"]
add("account_creation", True, e.uai, e.region, "espace_acheteur", False, "fr",
    "Filled the sign-up form and cannot log in: the account is waiting for the structure administrator (FAQ case).",
    person(("Kevin Dupuis", "kevin.dupuis@ac-orleans-tours.fr"), "Impossible de me connecter après inscription",
           f"""Bonjour,
Inscrit hier sur l'Espace Acheteur, je ne peux pas me connecter : message
« compte non validé ». Collège Malraux Amboise {e.uai}.
Merci
K. Dupuis
""", 10, "07:58", client="zimbra"))

e = E["tilleuls"]
add("account_creation", True, e.uai, e.region, "espace_acheteur", True, "fr",
    "The school director writes, but asks how to create the school's Espace Acheteur account: account_creation, not a head-of-establishment request (no reset, change of admin or order authorisation).",
    person(("Direction école des Tilleuls", e.ce), "Ouvrir un compte pour l'école",
           f"""Bonjour,

Directrice de l'école primaire des Tilleuls à Ambert ({e.uai}), je
voudrais ouvrir un compte sur l'Espace Acheteur pour l'école, afin de
commander nous-mêmes les fournitures. Quelle est la démarche ?

Sandrine Vauris
""", 12, "12:45", client="zimbra"))

add("account_creation", True, None, None, "espace_acheteur", False, "en",
    "English: new assistant at a private school asks how to create a buyer account.",
    person(("Oliver Hayes", "o.hayes@ecole-bilingue-tours.org"), "How do I create an account?",
           """Hello,

I have just started as admin assistant at our school and I need an account
on the Espace Acheteur. How do I sign up?

Thank you,
Oliver Hayes
""", 13, "10:17", client="gmail", html="alt"))

# ================================================================ subscription_activation (10)
e = E["rostand"]
add("subscription_activation", True, e.uai, e.region, "esidoc", False, "fr",
    "Europresse ordered two days ago for the Semaine de la presse, not visible yet: within the 72-hour window.",
    person(("Sophie Aubert", "sophie.aubert@ac-orleans-tours.fr"), "Europresse pas encore visible",
           f"""Bonjour,

Nous avons commandé mardi l'accès Europresse pour le CDI du collège Jean
Rostand ({e.uai}). Il n'apparaît pas encore dans les ressources du
portail e-sidoc. La Semaine de la presse commence le 24 mars et j'aimerais
préparer les séances avant.

Merci,
Sophie Aubert
""", 6, "08:40", client="zimbra"))

e = E["aubenas"]
add("subscription_activation", False, e.uai, e.region, "esidoc", False, "fr",
    "Cafeyn ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order.",
    person(("Delphine Chanéac", "delphine.chaneac@ac-grenoble.fr"), "Abonnement Cafeyn toujours inactif",
           f"""Bonjour,

L'abonnement Cafeyn commandé le 21 février n'est toujours pas actif sur
notre portail e-sidoc (collège Les Cévennes, Aubenas, {e.uai}). Les élèves ont une
page blanche. Pouvez-vous regarder ce qui bloque ?

Delphine Chanéac
""", 5, "13:56", client="zimbra"))

e = E["velay"]
add("subscription_activation", True, e.uai, e.region, "esidoc", False, "fr",
    "How to publish the press resource on the portal so that pupils see it: activation/publication of a resource.",
    person(("Nadia Benali", "nadia.benali@ac-clermont.fr"), "Publier la ressource presse sur le portail",
           f"""Bonjour,

L'abonnement presse est actif, je le vois dans « Mes abonnements ». Mais
comment le publier sur la page d'accueil du portail e-sidoc pour que les élèves y
accèdent pendant la Semaine de la presse ?

Lycée du Velay ({e.uai})
Nadia Benali
""", 13, "10:20", client="thunderbird"))

e = E["oyonnax"]
add("subscription_activation", True, e.uai, e.region, "esidoc", True, "fr",
    "Negation: 'mon mot de passe fonctionne très bien'; the newly ordered press resource does not show in the back office.",
    person(("Margaux Fontaine", "margaux.fontaine@ac-lyon.fr"), "Connexion OK mais ressource absente",
           f"""Bonjour,

Pour éviter un malentendu : mon mot de passe fonctionne très bien et je me
connecte sans souci au back office e-sidoc. En revanche la ressource de presse en
ligne commandée avant-hier n'apparaît nulle part.

Lycée Arbez Carme, Bellignat – {e.uai}
Margaux Fontaine
""", 12, "15:05", client="zimbra"))

e = E["zay"]
add("subscription_activation", True, e.uai, e.region, "esidoc", True, "fr",
    "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
    person(("Principal collège Jean Zay", e.ce), "Disponibilité de l'abonnement",
           f"""Bonjour,

Nous avons passé commande hier d'un abonnement e-sidoc pour le CDI. Pouvez-vous
m'indiquer quand il sera disponible pour les élèves ? La documentaliste
remplaçante souhaite l'utiliser dès la semaine prochaine.

François Delmas
Principal – collège Jean Zay, Montluçon ({e.uai})
""", 11, "17:45", client="zimbra"))

e = E["hirondelles"]
add("subscription_activation", True, e.uai, e.region, "esidoc", False, "fr",
    "Very short: please activate the subscription ordered yesterday.",
    person(("École Les Hirondelles", e.ce), "activation abonnement",
           """Bonjour, pouvez-vous activer l'abonnement e-sidoc commandé hier ? Merci.
Mme Texier, directrice
""", 4, "07:45", client="webmail"))

e = E["tours"]
add("subscription_activation", True, e.uai, e.region, "esidoc", True, "fr",
    "Subject suggests billing (invoice paid) but the question is the renewed subscription still shown as expired; renewal ordered yesterday: within 72 h.",
    person(("Hélène Brossard", "helene.brossard@ac-orleans-tours.fr"), "Facture payée mais abonnement expiré ?",
           f"""Bonjour,

La gestionnaire a validé hier le renouvellement et m'assure que tout est en
ordre côté paiement. Pourtant « Mes abonnements » affiche toujours
« expiré » pour notre base de presse dans e-sidoc. Est-ce normal ?

Lycée Balzac – {e.uai}
H. Brossard
""", 13, "09:09", client="thunderbird"))

e = E["urfe"]
add("subscription_activation", True, e.uai, e.region, "esidoc", False, "fr",
    "Active press subscription not visible to pupils through the ENT: publication step.",
    person(("Agnès Mourier", "agnes.mourier@ac-lyon.fr"), "Ressource invisible depuis l'ENT",
           f"""Bonjour,

Depuis l'ENT, les élèves arrivent bien sur le portail e-sidoc du CDI, mais la
ressource de presse que nous avons activée n'apparaît pas dans leur liste.
Faut-il la publier quelque part ?

Agnès Mourier – collège Honoré d'Urfé ({e.uai})
""", 12, "13:30", client="zimbra"))

e = E["bourges"]
add("subscription_activation", True, e.uai, e.region, "esidoc", True, "fr",
    "Reply on an earlier ticket about a quote (Outlook quote block about the devis), but the new message is about the subscription ordered yesterday not being active yet: within 72 h.",
    person(("Anne-Laure Picard", "cdi@saintjoseph-bourges.fr"), "RE: [#SUP-005214] Devis presse en ligne",
           f"""Bonjour,

Merci pour le devis, la commande est partie hier midi. Par contre la
ressource n'est pas encore accessible sur notre portail e-sidoc. Combien de temps
faut-il compter ?

A.-L. Picard
Collège privé Saint-Joseph, Bourges – {e.uai}
""" + q_outlook("Assistance <support@assistance.example.fr>", "cdi@saintjoseph-bourges.fr",
                when(5, "11:15"), "[#SUP-005214] Devis presse en ligne",
                """Bonjour,

Veuillez trouver ci-joint le devis demandé pour l'accès à la presse en
ligne (12 mois, accès illimité pour l'établissement).

Bien cordialement,
L'équipe d'assistance"""),
           7, "08:52", client="outlook", html="alt", cs="windows-1252", auth="none", irt=desk_id(5214)))

add("subscription_activation", True, None, None, "esidoc", False, "en",
    "English: a press database ordered yesterday is not available yet on the library portal; no UAI, non-academic domain.",
    person(("Megan Price", "librarian@bilingual-school-lyon.org"), "New press subscription not available yet",
           """Hello,

We ordered the online press database for our library yesterday, ahead of
the Semaine de la presse. It does not appear on our e-sidoc portal yet.
When will it be available?

Best wishes,
Megan Price
Librarian
""", 11, "11:02", client="gmail", html="alt"))

# ================================================================ order_billing (10)
e = E["amboise"]
add("order_billing", False, e.uai, e.region, "esidoc", False, "fr",
    "Urgent quote (devis) for an online press resource before the Semaine de la presse; needed for the bon d'engagement.",
    person(("Sabrina Kessler", "sabrina.kessler@ac-orleans-tours.fr"), "Devis urgent - presse en ligne",
           f"""Bonjour,

Pourriez-vous m'adresser rapidement un devis pour un abonnement d'un an à
la presse en ligne, à publier sur le portail e-sidoc du collège Malraux à Amboise ({e.uai}) ?
La gestionnaire ne peut établir le bon d'engagement qu'avec ce document et
nous aimerions que l'accès soit ouvert pour la Semaine de la presse.

Sabrina Kessler, professeure documentaliste
""", 3, "12:55", client="zimbra"))

e = E["som"]
add("order_billing", False, e.uai, e.region, "esidoc", False, "fr",
    "Order validated a month ago, invoice still not deposited on Chorus Pro.",
    person(("Anne Rossat", "anne.rossat@ac-grenoble.fr"), "Facture absente de Chorus Pro",
           f"""Bonjour,

La commande de renouvellement e-sidoc du collège Le Grand Som ({e.uai})
a été validée le 4 février. Je ne trouve toujours pas la facture sur
Chorus Pro, et l'agent comptable me la réclame pour clôturer.

Anne Rossat, adjointe gestionnaire
""", 4, "10:44", client="zimbra"))

e = E["curie"]
add("order_billing", False, e.uai, e.region, "espace_acheteur", False, "fr",
    "Replacement gestionnaire: the basket prepared by her absent colleague has disappeared.",
    person(("Mélanie Roussel", "melanie.roussel@ac-grenoble.fr"), "Panier disparu",
           f"""Bonjour,

Ma collègue, en arrêt depuis le 20 février, avait préparé un panier de
fournitures sur l'Espace Acheteur. Je voulais le valider à sa place mais il
n'existe plus. Peut-on le récupérer ?

Mélanie Roussel
Collège Pierre et Marie Curie – {e.uai}
""", 6, "14:33", client="zimbra"))

e = E["montargis"]
add("order_billing", False, e.uai, e.region, "esidoc", False, "fr",
    "Invoice amount differs from the quote (HTML-only Outlook, windows-1252 with the euro sign).",
    person(("Sylvain Hérault", "sylvain.herault@ac-orleans-tours.fr"), "Écart entre devis et facture",
           f"""Bonjour,

La facture reçue pour notre abonnement e-sidoc s'élève à 486,00 €, alors que le
devis signé indiquait 432,00 €. Pouvez-vous vérifier et nous adresser une
facture rectifiée ?

Sylvain Hérault
Gestionnaire – lycée en Forêt, Montargis ({e.uai})
""", 7, "11:27", client="outlook", html="only", cs="windows-1252"))

e = E["riom"]
add("order_billing", False, e.uai, e.region, None, False, "fr",
    "Private primary school asks whether it may pay by bank transfer and for the bank details; ISO-8859-15 8-bit body. No product named.",
    person(("Sylvie Chassagne", "secretariat@ecole-sainte-therese-riom.fr"), "Règlement par virement",
           f"""Bonjour,

Pouvons-nous régler notre commande par virement ? Si oui, merci de nous
envoyer un RIB. Notre OGEC ne fonctionne pas avec les mandats
administratifs.

Sylvie Chassagne
École Sainte-Thérèse, Riom - UAI {e.uai}
""", 10, "09:21", client="thunderbird", cs="iso-8859-15", cte="8bit", auth="none"))

e = E["vichy"]
add("order_billing", False, e.uai, e.region, "espace_acheteur", False, "fr",
    "The bon d'engagement upload fails at order validation ('fichier non accepté'); PDF attached.",
    person(("Gilles Montagnon", "gilles.montagnon@ac-clermont.fr"), "Bon d'engagement refusé à la validation",
           f"""Bonjour,

Au moment de valider la commande, l'Espace Acheteur refuse le bon
d'engagement avec le message « fichier non accepté ». Je vous le joins :
c'est un PDF de 180 Ko.

Lycée Albert Londres, Cusset ({e.uai})
Gilles Montagnon
""", 12, "16:02", client="thunderbird",
           attach=("BE_2025-044.pdf", "application/pdf", fake_pdf("BE 2025-044"))))

e = E["nantes"]
add("order_billing", False, e.uai, e.region, "esidoc", False, "fr",
    "Duplicate invoice received; asks to cancel one. UAI in the int.<UAI> sender and the body. A school outside the theme regions.",
    person(("Service intendance", f"int.{e.uai}@ac-nantes.fr"), "Facture en double",
           f"""Bonjour,

Nous avons reçu deux fois la même facture (même montant, numéros
différents) pour l'abonnement e-sidoc du CDI du lycée Livet ({e.uai}). Merci
d'annuler la seconde.

L'intendance
""", 5, "10:36", client="zimbra"))

e = E["coquelicots"]
add("order_billing", False, e.uai, e.region, "esidoc", True, "fr",
    "Misleading subject about the password (solved, thanks) while the actual question is an order: a quote and how to validate the basket.",
    person(("Directrice Les Coquelicots", e.ce), "Re: mot de passe - c'est bon merci",
           f"""Bonjour,

Le mot de passe est réglé, merci beaucoup. J'en profite : je voudrais
commander l'abonnement au portail e-sidoc pour l'an prochain mais la mairie exige
un devis avant tout engagement. Pouvez-vous m'en faire un ? Et une fois
le devis accepté, je valide le panier moi-même ou c'est la mairie ?

Véronique Lafon
École maternelle Les Coquelicots ({e.uai})
""", 13, "12:20", client="zimbra"))

e = E["bugey"]
add("order_billing", False, e.uai, e.region, "espace_acheteur", True, "fr",
    "Two topics: wrong amount on an invoice (main) and the market convention not visible in 'Mes Marchés' (contract_documents).",
    person(("Odile Carrier", "odile.carrier@ac-lyon.fr"), "Facture erronée et convention",
           f"""Bonjour,

La facture n° F-2025-0288 (commande de l'Espace Acheteur) reprend la TVA deux fois, le total est donc faux.
Pouvez-vous la corriger ?

Accessoirement, je ne vois pas la convention du marché « mobilier
scolaire » dans Mes Marchés, alors que la collègue que je remplace l'avait
consultée.

Odile Carrier
Collège du Bugey ({e.uai})
""", 11, "10:08", client="webmail"))

add("order_billing", False, None, None, "espace_acheteur", False, "en",
    "English Outlook reply (From/Sent quote block) asking to address the invoice to the accounting department.",
    person(("Graham Lowe", "g.lowe@international-campus-grenoble.org"), "RE: Your order confirmation",
           """Hello,

Could you please re-issue the invoice in the name of our accounting
department (Service comptabilité, 12 avenue Alsace-Lorraine, 38000
Grenoble)? The current one is addressed to me personally.

Regards,
Graham Lowe


From: Espace Acheteur <noreply@espace-acheteur.example.fr>
Sent: Thursday, March 6, 2025 2:14 PM
To: Graham Lowe <g.lowe@international-campus-grenoble.org>
Subject: Your order confirmation

Your order n° EA-2025-11873 has been registered.
""", 7, "09:48", client="outlook", html="alt"))

# ================================================================ transfer_incident (9)
e = E["riom"]
add("transfer_incident", False, e.uai, e.region, "ecoledirecte", False, "fr",
    "Private primary school: EcoleDirecte transfers have failed since Monday, parents no longer see the absences. Written by the director, but not a head request.",
    person(("Anne Besson", "direction@ecole-sainte-therese-riom.fr"), "Transferts EcoleDirecte en échec",
           f"""Bonjour,

Depuis lundi, les transferts vers EcoleDirecte échouent : le journal
indique « échec de connexion au serveur ». Les familles ne voient plus les
absences, ce qui tombe mal en pleine épidémie de grippe.

Anne Besson, directrice
École Sainte-Thérèse, Riom – {e.uai}
""", 5, "17:05", client="thunderbird", auth="none"))

e = E["bourges"]
add("transfer_incident", False, e.uai, e.region, "ecoledirecte", False, "fr",
    "Asks for the daily maintenance password to run a repair on the base.",
    person(("Patricia Girault", "secretariat@saintjoseph-bourges.fr"), "Mot de passe de maintenance du jour",
           f"""Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je
dois lancer la réparation de la base avant le prochain transfert vers
EcoleDirecte.

Patricia Girault
Secrétariat – Collège privé Saint-Joseph, Bourges ({e.uai})
""", 10, "08:18", client="thunderbird", auth="none"))

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "Licence to regenerate after the secretariat PC was replaced.",
    person(("Thierry Blondel", "informatique@ensemble-scolaire-la-salle-lyon.fr"), "Licence à régénérer",
           """Bonjour,

Le poste du secrétariat a été remplacé vendredi. Au lancement, le logiciel
indique que la licence ne correspond plus à la machine et les transferts
EcoleDirecte ne partent plus. Pouvez-vous régénérer la licence ?

Thierry Blondel
Informatique – Ensemble scolaire
""", 3, "09:05", client="outlook", html="alt", cs="windows-1252"))

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "The secretary is ill; her replacement tries to launch the transfer and gets 'connexion refusée'.",
    person(("Lucie Morand", "accueil@institution-notre-dame-chartres.fr"), "Transfert impossible - connexion refusée",
           """Bonjour,

Je remplace la secrétaire, malade. J'ai suivi sa fiche pour lancer le
transfert vers EcoleDirecte, mais j'obtiens « connexion refusée » à
chaque essai. Je ne sais pas si c'est moi qui m'y prends mal.

Lucie Morand
""", 7, "15:40", client="orange", auth="pass"))

add("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
    "Subject 'mot de passe' but she asks for the daily maintenance password to reindex the base: transfer_incident per the taxonomy, not password_reset.",
    person(("Valérie Combe", "v.combe@college-prive-saint-michel-annecy.fr"), "mot de passe",
           """Bonjour,

Il me faudrait le mot de passe du jour pour la maintenance (réindexation
de la base), le transfert EcoleDirecte de ce matin s'est arrêté en plein milieu.

Merci,
Valérie Combe
""", 11, "10:14", client="thunderbird", auth="none"))

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "Grades and absences no longer synchronise to EcoleDirecte since last week.",
    person(("Jérôme Sarrazin", "j.sarrazin@lycee-prive-sainte-marie-blois.fr"), "Synchronisation notes et absences",
           """Bonjour,

Depuis mercredi dernier, ni les notes ni les absences ne remontent dans
EcoleDirecte. Le transfert se termine sans erreur apparente, mais rien
n'apparaît côté familles.

Jérôme Sarrazin, CPE
""", 12, "13:07", client="outlook", html="alt", cs="windows-1252"))

add("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
    "Reply on an old password ticket (Gmail quote about e-sidoc), but the new message reports a transfer failure with a licence error: clearly something else.",
    person(("Mathilde Roche", "m.roche@ecole-saint-joseph-vichy.fr"), "Re: [#SUP-004902] Mot de passe portail",
           """Bonjour,

Pour le portail, tout fonctionne depuis votre aide, merci. Mais un autre
problème : depuis ce matin le transfert vers EcoleDirecte affiche
« licence invalide » et s'arrête.

Mathilde Roche
""" + q_gmail("Assistance <support@assistance.example.fr>", when(3, "16:20"), ANS_RESET),
           13, "08:37", client="gmail", html="alt", irt=desk_id(4902)))

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "New proxy at the school: the transfer diagnostic fails at the connection test; asks for the settings.",
    person(("Cédric Auclair", "c.auclair@ogec-saint-francois-tours.fr"), "Proxy et transferts",
           """Bonjour,

Nous avons installé un nouveau pare-feu avec proxy. Depuis, l'outil de
diagnostic des transferts EcoleDirecte échoue sur le test de connexion. Quels ports et
adresses faut-il ouvrir ?

Cédric Auclair, technicien
""", 4, "11:22", client="thunderbird", auth="pass"))

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "HTML-only Outlook: 'Licence expirée' at start-up, transfers stopped.",
    person(("Aline Ferrer", "secretariat@college-prive-jeanne-d-arc-orleans.fr"), "Licence expirée",
           """Bonjour,

Au démarrage du logiciel, un message « Licence expirée » s'affiche et plus
aucun transfert ne part vers EcoleDirecte depuis deux jours.

Cordialement,
Aline Ferrer
""", 6, "09:58", client="outlook", html="only", cs="windows-1252"))

# ================================================================ contract_documents (6)
add("contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "The membership convention is not visible on the Espace Acheteur.",
    person(("Bruno Collet", "b.collet@cc-loches-sud-touraine.fr"), "Convention d'adhésion introuvable",
           """Bonjour,

Je ne trouve pas notre convention d'adhésion dans l'Espace Acheteur,
rubrique des documents. Pouvez-vous la rendre visible ou me l'envoyer ?

Bruno Collet
Communauté de communes
""", 5, "14:02", client="outlook", html="alt", cs="windows-1252"))

e = E["pothier"]
add("contract_documents", False, e.uai, e.region, "espace_acheteur", False, "fr",
    "Amendment no. 1 of a market is missing from the contract documents.",
    person(("Jean-Marc Thévenot", "jean-marc.thevenot@ac-orleans-tours.fr"), "Avenant n°1 manquant",
           f"""Bonjour,

L'avenant n°1 du marché de fournitures de papeterie est mentionné dans le
courrier d'information, mais il n'apparaît pas dans les documents du
marché sur l'Espace Acheteur.

Lycée Pothier ({e.uai})
J.-M. Thévenot
""", 6, "09:44", client="thunderbird"))

add("contract_documents", False, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "CCAP not found for a market. Region from the ac-clermont.fr sender.",
    person(("Christophe Vigier", "christophe.vigier@ac-clermont.fr"), "CCAP introuvable",
           """Bonjour,

Dans Mes Marchés (Espace Acheteur), je ne trouve pas le CCAP du marché 2024-087 (matériel
informatique). Seuls le règlement et l'acte d'engagement sont en ligne.

C. Vigier
""", 10, "15:18", client="zimbra"))

e = E["annecy"]
add("contract_documents", False, e.uai, e.region, "espace_acheteur", True, "fr",
    "Replacement gestionnaire cannot see the market documents her colleague used to open: contract_documents, although the fix may be rights from the structure administrator (close to account_creation).",
    person(("Morgane Excoffier", "morgane.excoffier@ac-grenoble.fr"), "Documents du marché invisibles",
           f"""Bonjour,

Mon compte Espace Acheteur fonctionne maintenant, merci. Mais quand j'ouvre le marché de
restauration scolaire, les pièces (cahier des charges, bordereau des prix)
n'apparaissent pas, alors que la gestionnaire que je remplace les
consultait. Collège Les Barattes ({e.uai}).

Morgane Excoffier
""", 13, "11:36", client="zimbra"))

e = E["roanne"]
add("contract_documents", False, e.uai, e.region, "espace_acheteur", False, "fr",
    "The convention document opens as an empty file.",
    person(("Mairie de Roanne - Service scolaire", "scolaire@mairie-roanne.fr"), "Convention vide",
           f"""Bonjour,

Sur l'Espace Acheteur, le document « Convention » du marché de fournitures pour l'école Mulsant
({e.uai}) s'ouvre sur une page blanche (PDF de 0 Ko). Pouvez-vous le
remettre en ligne ?

Service scolaire
""", 4, "10:55", client="outlook", html="alt", cs="windows-1252"))

e = E["rostand"]
add("contract_documents", False, e.uai, e.region, "espace_acheteur", False, "fr",
    "Follow-up reply (Gmail quote of the region's answer): the amendment is still missing.",
    person(("Claire Mounier", "claire.mounier@ac-orleans-tours.fr"), "Re: [#SUP-005170] Avenant marché restauration",
           f"""Bonjour,

Je me permets de relancer : l'avenant n'apparaît toujours pas dans l'Espace Acheteur, même après
déconnexion et reconnexion.

Claire Mounier
Collège Jean Rostand ({e.uai})
""" + q_gmail("Assistance Centre-Val de Loire <support@assistance.example.fr>", when(5, "16:00"),
              """Bonjour,

Nous avons demandé la mise en ligne de l'avenant au service des marchés.
Il devrait être visible d'ici deux jours ouvrés.

Bien cordialement,
L'équipe régionale"""),
           12, "08:29", client="zimbra", irt=desk_id(5170)))

# ================================================================ automated (21)
OOO_EX = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
          "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"]

add("automated", False, None, None, None, False, "fr",
    "Exchange Online out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress): absent for health reasons.",
    person(("Karine Lhermitte", "k.lhermitte@lycee-prive-la-mache.fr"),
           "Réponse automatique : [#SUP-005219] Votre demande d'accès",
           """Bonjour,

Je suis absente pour raison de santé jusqu'au vendredi 14 mars inclus.
Vos messages ne sont pas transférés. Pour le CDI, merci d'écrire à
vie-scolaire@lycee-prive-la-mache.fr.

Karine Lhermitte
""", 5, "10:02", client="outlook", html="alt", cs="windows-1252", irt=desk_id(5219), extra=OOO_EX))

add("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
    "Académie webmail vacation reply (Zimbra, Auto-Submitted: auto-replied). Region from the ac-grenoble.fr sender.",
    person(("Denis Revol", "denis.revol@ac-grenoble.fr"), "Absent",
           """Je suis actuellement absent et ne pourrai pas traiter votre message
avant mon retour, prévu le 17 mars.
En cas d'urgence, contactez le secrétariat du collège.
""", 6, "08:15", client="zimbra", irt=desk_id(5224),
           extra=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"]))

e = E["camus"]
add("automated", False, e.uai, e.region, None, False, "fr",
    "Out-of-office of the school office (ce.<UAI> address) during a closure; Auto-Submitted present. UAI from the address.",
    person(("Collège Albert Camus", e.ce), "Réponse automatique: [#SUP-005241] Réinitialisation mot de passe e-sidoc",
           """Bonjour,

Le secrétariat du collège est fermé exceptionnellement le jeudi 6 et le
vendredi 7 mars. Votre message sera traité à la réouverture.

Le secrétariat
""", 6, "09:31", client="zimbra", irt=desk_id(5241),
           extra=["Auto-Submitted: auto-replied (zimbra; vacation)"]))

add("automated", False, None, None, None, False, "en",
    "English Gmail vacation responder (Auto-Submitted: auto-replied).",
    person(("Rachel Dunmore", "rachel.dunmore.uk@gmail.com"), "Re: [#SUP-005229] Library portal password",
           """Hi, I'm away with limited access to email until 10 March. I'll reply when
I'm back. Rachel
""", 7, "14:44", client="gmail", irt=desk_id(5229), extra=["Auto-Submitted: auto-replied"]))

add("automated", False, None, "centre-val-de-loire", None, True, "fr",
    "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Region from the ac-orleans-tours.fr sender.",
    person(("Corinne Delaunay", "corinne.delaunay@ac-orleans-tours.fr"), "Absence",
           """Bonjour,

Je suis absente jusqu'au 21 mars (arrêt maladie). Je prendrai
connaissance de votre message à mon retour.

Ce message est envoyé automatiquement.

Corinne Delaunay
Professeure documentaliste
""", 10, "11:08", client="thunderbird"))

add("automated", False, None, None, None, False, "en",
    "Postfix bounce (multipart/report delivery-status, original attached): the replaced librarian's address no longer exists. Null Return-Path.",
    dsn("mail.ensemble-scolaire-saint-louis.fr", "MAILER-DAEMON@mail.ensemble-scolaire-saint-louis.fr",
        "Undelivered Mail Returned to Sender", 4, "09:14",
        """This is the mail system at host mail.ensemble-scolaire-saint-louis.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<m.fortin@ensemble-scolaire-saint-louis.fr>: host 127.0.0.1[127.0.0.1] said:
    550 5.1.1 <m.fortin@ensemble-scolaire-saint-louis.fr>: Recipient address
    rejected: User unknown in local recipient table
""",
        "m.fortin@ensemble-scolaire-saint-louis.fr", "5.1.1",
        "550 5.1.1 Recipient address rejected: User unknown in local recipient table",
        desk_headers(5233, "Marine Fortin", "m.fortin@ensemble-scolaire-saint-louis.fr",
                     "Votre abonnement est actif", when(4, "09:14")),
        "Bonjour,\n\nVotre abonnement est d=C3=A9sormais actif.\n\nL'=C3=A9quipe d'assistance\n"))

ndr_html = """<html><body style="font-family:Segoe UI,sans-serif">
<p style="font-size:16pt;color:#c00000">Votre message n'a pas pu être remis à
j.garnier@college-saint-exupery-bourg.fr car l'adresse est introuvable.</p>
<p>Le destinataire n'existe pas dans l'organisation de destination.</p>
<p><b>Comment résoudre le problème :</b> vérifiez l'adresse ou contactez le destinataire par un
autre moyen.</p>
</body></html>
"""
add("automated", False, None, None, None, False, "fr",
    "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation and the original headers.",
    dsn("PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM", "postmaster@college-saint-exupery-bourg.fr",
        "Non remis : [#SUP-005247] Compte en attente de validation", 7, "16:41",
        """Votre message n'a pas pu être remis à j.garnier@college-saint-exupery-bourg.fr car
l'adresse est introuvable. Le destinataire n'existe pas dans l'organisation
de destination.
""",
        "j.garnier@college-saint-exupery-bourg.fr", "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        desk_headers(5247, "Julie Garnier", "j.garnier@college-saint-exupery-bourg.fr",
                     "Compte en attente de validation", when(7, "16:40")),
        daemon_name="Microsoft Outlook", client_ct="text/rfc822-headers", human_html=ndr_html,
        extra=["X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: fr-FR"]))

exim = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  cdi.college@mairie-bort-les-orgues.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: cdi.college@mairie-bort-les-orgues.fr
Subject: [#SUP-005255] Lien de connexion
Date: Mon, 10 Mar 2025 08:02:11 +0100
Message-ID: <SUP-005255.1741590131.6ab1c2@assistance.example.fr>
Auto-Submitted: auto-replied

Bonjour,
Un lien de connexion vous a été envoyé.
"""
dt_ex = when(10, "08:09")
add("automated", False, None, None, None, True, "en",
    "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
    ("Return-Path: <>\nDelivered-To: %s\n" % DESK
     + "\n".join(trace("mailer-daemon@mx.mairie-bort-les-orgues.fr", dt_ex, "thunderbird", "none")) + "\n"
     + "From: Mail Delivery System <Mailer-Daemon@mx.mairie-bort-les-orgues.fr>\n"
     + "To: %s\nSubject: Mail delivery failed: returning message to sender\n" % DESK
     + "Date: %s\nMessage-ID: <E1trXk2-0004Qd-9L@mx.mairie-bort-les-orgues.fr>\n" % rfcdate(dt_ex)
     + "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
     + exim).encode("utf-8"))

add("automated", False, None, None, None, False, "en",
    "Gmail 'Delivery Status Notification (Failure)': the recipient's mailbox is over quota; multipart/report with text/rfc822-headers only.",
    dsn("mx.google.com", "mailer-daemon@googlemail.com", "Delivery Status Notification (Failure)", 11, "13:26",
        """** Message not delivered **

Your message couldn't be delivered to bibliotheque.ecole.lempdes@gmail.com
because the recipient's inbox is full.

The response from the remote server was:
552 5.2.2 The recipient's inbox is out of storage space.
""",
        "bibliotheque.ecole.lempdes@gmail.com", "5.2.2",
        "552-5.2.2 The recipient's inbox is out of storage space and inactive.",
        desk_headers(5266, "", "bibliotheque.ecole.lempdes@gmail.com", "Votre demande", when(11, "13:25")),
        daemon_name="Mail Delivery Subsystem", client_ct="text/rfc822-headers"))

e = E["iris"]
add("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-lyon.fr sender.",
    mdn(("Maëlle Giraud", "maelle.giraud@ac-lyon.fr"), "Lu : ", "[#SUP-005212] Accès e-sidoc CDI - remplacement",
        4, "07:55",
        """Votre message

  À : Maëlle Giraud
  Objet : [#SUP-005212] Accès e-sidoc CDI - remplacement
  Envoyé : lundi 3 mars 2025 09:02:41 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 4 mars 2025 07:55:03 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", "manual-action/MDN-sent-manually; displayed", desk_id(5212)))

add("automated", False, None, None, None, False, "fr",
    "Thunderbird return receipt in French ('Accusé de réception (affiché)'), multipart/report disposition-notification.",
    mdn(("Thierry Blondel", "informatique@ensemble-scolaire-la-salle-lyon.fr"), "Accusé de réception (affiché) - ",
        "[#SUP-005216] Licence à régénérer", 4, "08:30",
        """Ceci est un accusé de réception pour le courrier électronique envoyé à
informatique@ensemble-scolaire-la-salle-lyon.fr.

Note : cet accusé de réception indique seulement que le message a été
affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le
destinataire ait lu ou compris le contenu du message.
""", "manual-action/MDN-sent-manually; displayed", desk_id(5216), client="thunderbird"))

add("automated", False, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
    "A librarian's real question about e-sidoc and press resources, posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-clermont.fr sender.",
    person(("Lise Fabre", "lise.fabre@ac-clermont.fr"), "[doc-clermont] Semaine de la presse : Europresse dans e-sidoc ?",
           """Bonjour à toutes et à tous,

Pour la Semaine de la presse, quelqu'un a-t-il réussi à afficher les unes
du jour d'Europresse dans une actualité e-sidoc ? Chez moi le widget reste
vide, et je ne sais pas si c'est un problème de mot de passe ou de
paramétrage.

Merci pour vos retours !
Lise Fabre, collège de Riom-ès-Montagnes

_______________________________________________
doc-clermont mailing list
doc-clermont@listes.ac-clermont.fr
https://listes.ac-clermont.fr/sympa/info/doc-clermont
""", 5, "12:50", client="thunderbird", to="doc-clermont@listes.ac-clermont.fr",
           extra=["List-Id: Professeurs documentalistes de l'academie <doc-clermont.listes.ac-clermont.fr>",
                  "List-Post: <mailto:doc-clermont@listes.ac-clermont.fr>",
                  "List-Unsubscribe: <mailto:doc-clermont-unsubscribe@listes.ac-clermont.fr>",
                  "Precedence: list", "X-Loop: doc-clermont@listes.ac-clermont.fr",
                  "Sender: doc-clermont-owner@listes.ac-clermont.fr"]))

add("automated", False, None, None, None, False, "fr",
    "Newsletter of a press-education network announcing Semaine de la presse registrations: List-Id, List-Unsubscribe one-click, Precedence: bulk.",
    person(("Réseau Presse & École", "lettre@presse-ecole.example.org"),
           "Semaine de la presse : derniers jours pour recevoir le kit de journaux",
           """Lettre d'information – mars 2025

La Semaine de la presse et des médias dans l'école approche. Les
établissements inscrits recevront leur colis de journaux et magazines à
partir du 17 mars.

- Fiches pédagogiques : éducation aux médias, cycle 3 à lycée
- Concours de unes : dépôt des productions jusqu'au 4 avril

Vous recevez cette lettre car vous y êtes abonné.
Se désinscrire : https://presse-ecole.example.org/desinscription/b71c
""", 3, "07:00", client="webmail", html="alt", auth="pass", return_path="bounce-7c1@presse-ecole.example.org",
           extra=["List-Id: Lettre Presse et Ecole <lettre.presse-ecole.example.org>",
                  "List-Unsubscribe: <https://presse-ecole.example.org/desinscription/b71c>",
                  "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
           mailfrom="presse-ecole.example.org"))

add("automated", False, None, None, "esidoc", False, "fr",
    "e-sidoc product newsletter (List-Id, Precedence: bulk) mentioning press resources and passwords in passing.",
    person(("e-sidoc - Actualités", "actualites@esidoc.example.fr"), "Nouveautés de mars : mettez la presse à la une",
           """Les nouveautés e-sidoc de mars

- Un nouveau bloc « À la une » pour mettre en valeur vos ressources de
  presse pendant la Semaine de la presse.
- Rappel : ne communiquez jamais votre mot de passe par courriel.

Se désabonner : https://esidoc.example.fr/lettre/desabonnement
""", 4, "06:30", client="webmail", html="alt",
           extra=["List-Id: <actualites.esidoc.example.fr>",
                  "List-Unsubscribe: <https://esidoc.example.fr/lettre/desabonnement>",
                  "Precedence: bulk"]))

add("automated", False, None, None, "espace_acheteur", False, "fr",
    "No-reply notification to the desk (administrator of structures without one): a replacement's account awaits validation. Auto-Submitted: auto-generated.",
    person(("Espace Acheteur", "noreply@espace-acheteur.example.fr"), "Un compte est en attente de validation",
           """Bonjour,

Le compte de Bastien Rigal (bastien.rigal@ac-clermont.fr) est en attente
de validation pour la structure « Collège Jean Zay - Montluçon ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", 3, "16:21", client="webmail", extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]))

add("automated", False, None, None, "ticket_portal", False, "fr",
    "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
    person(("Portail de tickets", "ne-pas-repondre@tickets.example.fr"), "[Ticket 88214] Mise à jour : activation Europresse",
           """Le ticket 88214 « Activation Europresse - lycée Balzac » a été mis à
jour par le support éditeur.

Nouveau statut : Résolu

Consultez le ticket : https://tickets.example.fr/t/88214
""", 7, "17:02", client="webmail", extra=["Auto-Submitted: auto-generated", "Precedence: bulk"]))

add("automated", False, None, None, "esignature", True, "fr",
    "E-signature 'document signé' notification for a convention: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
    person(("Signature électronique", "no-reply@signature.example.fr"), "Document signé : Convention de groupement 2025",
           """Bonjour,

Tous les signataires ont signé le document « Convention de groupement
2025 ». Vous pouvez le télécharger pendant 30 jours depuis votre espace.

Télécharger : https://signature.example.fr/d/7f21c9

Ceci est un message automatique.
""", 12, "14:12", client="webmail", html="alt"))

add("automated", False, None, "centre-val-de-loire", None, False, "fr",
    "Another help desk's acknowledgement (the académie IT assistance) of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from the ac-orleans-tours.fr sender.",
    person(("Assistance informatique académique", "assistance@ac-orleans-tours.fr"),
           "[Ticket ASSIST-20250311-0412] Accusé de réception",
           """Bonjour,

Votre demande a bien été enregistrée sous la référence
ASSIST-20250311-0412. Un technicien la prendra en charge dans les
meilleurs délais.

Merci de ne pas répondre à ce message.
""", 11, "10:03", client="webmail",
           extra=["Auto-Submitted: auto-replied", "X-Loop: assistance@ac-orleans-tours.fr", "Precedence: bulk"]))

add("automated", False, None, None, None, False, "en",
    "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress.",
    person(("Graham Lowe", "g.lowe@international-campus-grenoble.org"), "Automatic reply: [#SUP-005258] Your invoice",
           """Thank you for your email. I am off sick this week and will answer on
my return. For urgent matters please contact accounts@international-campus-grenoble.org.
""", 10, "09:12", client="outlook", html="alt", irt=desk_id(5258),
           extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]))

e = E["mace"]
add("automated", False, e.uai, e.region, None, True, "fr",
    "Out-of-office of a primary-school director (ce.<UAI> address) that mentions passwords and orders; Auto-Submitted is present, so it is never answered.",
    person(("Direction école Jean Macé", e.ce), "Réponse automatique : [#SUP-005249] Changement d'adresse de contact",
           """Bonjour,

Le directeur est en classe toute la journée (remplacement d'un collègue
malade) et ne lit ses messages que le soir. Pour les commandes, les mots de
passe des logiciels et les questions de facturation, merci de patienter :
il vous répondra dès que possible.
""", 7, "08:05", client="zimbra", irt=desk_id(5249),
           extra=["Auto-Submitted: auto-replied (zimbra; vacation)"]))

add("automated", False, None, None, None, True, "fr",
    "Host-provided autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
    person(("Bibliothèque municipale de Gien", "bibliotheque@ville-gien.fr"), "Re: [#SUP-005270] Votre message",
           """Merci pour votre message. La bibliothèque est fermée pour travaux
jusqu'au 24 mars ; votre courriel sera lu à la réouverture.
""", 12, "18:30", client="webmail", irt=desk_id(5270),
           extra=["X-Autoreply: yes", "X-Autorespond: bibliotheque@ville-gien.fr"]))

# ================================================================ other (19)
add("other", False, None, None, None, False, "fr",
    "A parent at the wrong desk sends a sick note for her son's absence.",
    person(("Stéphanie Lopez", "steph.lopez42@gmail.com"), "Absence de Nathan",
           """Bonjour,

Mon fils Nathan, en 5e B, est malade (grippe) et ne viendra pas au collège
jusqu'à vendredi. Vous trouverez le certificat médical en pièce jointe.

Cordialement,
Stéphanie Lopez
""", 3, "07:24", client="gmail", html="alt",
           attach=("certificat_medical_nathan.pdf", "application/pdf", fake_pdf("certificat"))))

add("other", False, None, None, None, False, "fr",
    "A worried parent asks whether the school will close because of the flu epidemic: wrong desk, unrelated to the services.",
    person(("Frédéric Guillot", "fred.guillot@free.fr"), "L'école va-t-elle fermer ?",
           """Bonjour,

Dans la classe de ma fille, plus de la moitié des élèves sont absents à
cause de la grippe et la maîtresse aussi. Est-ce que l'école va fermer la
semaine prochaine ? On ne trouve l'information nulle part.

Merci de votre réponse,
F. Guillot
""", 6, "20:12", client="webmail", auth="pass"))

add("other", False, None, None, None, False, "fr",
    "A pupil asks for help with a presentation on press freedom for the Semaine de la presse: wrong desk.",
    person(("Inès B.", "ines.b2011@hotmail.fr"), "expose liberté de la presse",
           """bonjour
je doit faire un exposé sur la liberté de la presse pour la semaine de la
presse, est ce que vous pouvez m envoyer des articles ou des idées ?
ma prof m a donné ce mail je crois
merci
Inès 4eme C
""", 9, "16:48", client="outlook", cs="utf-8", auth="pass"))

add("other", False, None, None, None, False, "fr",
    "A lycée pupil applies for a work-experience placement: unsolicited, unrelated.",
    person(("Lucas Ferrand", "lucas.ferrand07@gmail.com"), "Demande de stage d'observation",
           """Madame, Monsieur,

Élève de seconde au lycée de Privas, je recherche un stage d'observation
d'une semaine en juin dans le domaine de l'informatique. Je me permets de
vous adresser ma candidature et mon CV.

Lucas Ferrand
""", 10, "18:20", client="gmail", html="alt",
           attach=("CV_Lucas_Ferrand.pdf", "application/pdf", fake_pdf("CV"))))

e = E["aubenas"]
add("other", False, e.uai, e.region, "esidoc", True, "fr",
    "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
    person(("Justine Arnaud", "justine.arnaud@ac-grenoble.fr"), "Re: [#SUP-005203] Désolée, j'ai bloqué le compte",
           f"""Tout est rentré dans l'ordre, j'ai pu refaire un mot de passe avec le
lien. Merci beaucoup pour votre rapidité !

Justine Arnaud – collège Les Cévennes ({e.uai})
""" + q_gmail("Assistance <support@assistance.example.fr>", when(3, "11:20"), ANS_RESET),
           3, "14:02", client="webmail", irt=desk_id(5203)))

add("other", False, None, "centre-val-de-loire", None, False, "fr",
    "'Bien reçu, merci' from a phone: nothing to do. Region from the ac-orleans-tours.fr sender.",
    person(("Hervé Lecomte", "herve.lecomte@ac-orleans-tours.fr"), "Re: [#SUP-005221] Mails bloqués par MailInBlack",
           """Bien reçu, merci.

Envoyé de mon iPhone
""", 5, "12:04", client="apple", irt=desk_id(5221)))

add("other", False, None, None, None, True, "fr",
    "Phishing: 'your academic mailbox is full, confirm your password'. Mentions a password but is not password_reset; the look-alike domain is not an académie domain, so no region.",
    person(("Service Messagerie Académique", "securite@ac-lyon-messagerie.com"), "Votre boîte académique est pleine",
           """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la
suspension de votre compte sous 24 heures, confirmez votre identifiant et
votre mot de passe en cliquant ci-dessous :

https://ac-lyon-messagerie.com/verification

Service Messagerie
""", 4, "03:12", client="webmail", html="only", auth="fail", mailfrom="ac-lyon-messagerie.com"))

add("other", False, None, None, None, False, "en",
    "English SEO spam.",
    person(("Ryan Cole", "ryan@rank-boost-agency.example.com"), "Boost your website to Google page 1",
           """Hi there,

I noticed your website is not ranking on the first page of Google for
important keywords. Our team can fix that within 30 days, guaranteed.

Reply with "YES" and I'll send you a free audit.

Ryan
""", 5, "02:40", client="gmail", auth="none"))

add("other", False, None, None, None, False, "fr",
    "Sales prospecting: a press distributor offers magazine packs for CDIs ahead of the Semaine de la presse, written to one person (no list headers).",
    person(("Maxime Aubrac", "m.aubrac@kiosque-jeunesse.example.fr"), "Offre spéciale Semaine de la presse pour vos CDI",
           """Bonjour,

À l'approche de la Semaine de la presse, nous proposons aux CDI des lots
de magazines jeunesse à tarif préférentiel (-30 % jusqu'au 20 mars).
Seriez-vous la bonne personne pour en parler, ou pourriez-vous me
transmettre le contact des documentalistes de votre réseau ?

Maxime Aubrac
Responsable grands comptes
""", 3, "10:11", client="outlook", html="alt"))

add("other", False, None, "auvergne-rhone-alpes", None, True, "fr",
    "A teacher asks for advice on which press titles to use with pupils for the Semaine de la presse: teaching advice, not a subscription or order. Region from the ac-lyon.fr sender.",
    person(("Benoît Carrel", "benoit.carrel@ac-lyon.fr"), "Conseils de titres de presse",
           """Bonjour,

Professeur d'histoire-géographie, je prépare avec la documentaliste un
travail sur les unes de journaux pour la Semaine de la presse. Auriez-vous
une liste de titres adaptés à des élèves de 3e, idéalement avec des
fiches pédagogiques ?

Benoît Carrel
""", 11, "21:03", client="zimbra"))

add("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
    "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from the ac-grenoble.fr sender.",
    person(("Alain Mermet", "alain.mermet@ac-grenoble.fr"), "Toujours rien !!!",
           """Bonjour,

Cela fait maintenant deux semaines que j'attends une réponse. C'est
inadmissible. On nous demande d'être réactifs et personne ne répond.

A. Mermet
""", 12, "17:55", client="zimbra"))

add("other", False, None, "centre-val-de-loire", None, False, "fr",
    "Personal message sent to the desk by address autocomplete: arranging class cover between colleagues.",
    person(("Yasmine Cherif", "yasmine.cherif@ac-orleans-tours.fr"), "Pour demain",
           """Coucou Sophie,

Je peux prendre tes 6e demain en 3e heure si tu es toujours malade, dis-moi
juste où en est la séquence. Soigne-toi bien !

Yasmine
""", 6, "21:44", client="zimbra"))

add("other", False, None, None, "esidoc", False, "fr",
    "Asks by hand to be removed from the e-sidoc newsletter: written by a person, so not automated.",
    person(("Gérard Lambert", "gerard.lambert@orange.fr"), "Désinscription",
           """Bonjour,

Je suis à la retraite depuis septembre, merci de me retirer de la liste de
diffusion de la lettre e-sidoc. Le lien de désinscription ne fonctionne pas.

G. Lambert
""", 7, "10:22", client="orange", auth="pass"))

add("other", False, None, "auvergne-rhone-alpes", "ticket_portal", False, "fr",
    "How to add an attachment to an existing ticket on the ticket portal: a how-to question with no category of its own. Region from the ac-clermont.fr sender.",
    person(("Christophe Vigier", "christophe.vigier@ac-clermont.fr"), "Ajouter une pièce jointe à un ticket",
           """Bonjour,

Sur le portail de tickets, je ne vois pas comment ajouter une capture
d'écran à un ticket déjà ouvert. Est-ce possible ?

C. Vigier
""", 13, "14:48", client="zimbra"))

add("other", False, None, None, None, False, "fr",
    "GDPR erasure request from a former contractual whose contract ended: other (human review), not account_creation.",
    person(("Paul-Henri Maire", "ph.maire@protonmail.com"), "Suppression de mes données personnelles",
           """Bonjour,

Mon contrat de remplacement s'est terminé le 28 février. Conformément au
RGPD, je vous demande de supprimer les données personnelles me concernant
(compte, adresse, historique).

Paul-Henri Maire
""", 4, "19:15", client="webmail", auth="pass"))

add("other", False, None, None, None, False, "fr",
    "A parent thinks she is writing to the town hall about enrolment for next year: wrong desk.",
    person(("Emma Rousseau", "emma.rousseau@sfr.fr"), "Inscription école rentrée 2025",
           """Bonjour,

Nous emménageons à Blois en juillet. Comment inscrire notre fils en CP
pour la rentrée ? Faut-il passer d'abord par la mairie ?

Emma Rousseau
""", 10, "13:36", client="webmail", auth="pass"))

add("other", False, None, None, None, True, "fr",
    "Fake 'facture impayée' with a link, from an unknown sender: phishing, not order_billing.",
    person(("Service Recouvrement", "factures@recouvrement-public-fr.example.net"), "Facture impayée n° 2025-03-1187 - relance",
           """Madame, Monsieur,

Sauf erreur de notre part, la facture n° 2025-03-1187 d'un montant de
1 284,60 € reste impayée. Pour éviter des pénalités, réglez-la dès
aujourd'hui via le lien sécurisé :

https://paiement-facture-public.example.net/2025-03-1187

Service Recouvrement
""", 12, "06:48", client="webmail", html="alt", auth="fail", mailfrom="recouvrement-public-fr.example.net"))

add("other", False, None, "auvergne-rhone-alpes", None, True, "fr",
    "A contractual replacement cannot open his académie mailbox/ENT account (not one of the desk's products): 'accounts he cannot open', but nothing here is ours. Region from the ac-lyon.fr sender.",
    person(("Hugo Bertrand", "hugo.bertrand3@ac-lyon.fr"), "Compte académique inaccessible",
           """Bonjour,

Contractuel depuis le 3 mars, je n'arrive pas à activer mon compte
académique (messagerie et ENT) : le code reçu par SMS est refusé. Je n'ai
donc pas non plus accès à Pronote. Pouvez-vous réinitialiser mon compte ?

Hugo Bertrand
""", 5, "07:40", client="zimbra"))

add("other", False, None, None, None, False, "en",
    "English partnership pitch from an edtech start-up offering a news-literacy app.",
    person(("Priya Nair", "priya@newsquest-learning.example.com"), "Partnership: news literacy app for French schools",
           """Hi,

We're a small edtech team building a news-literacy app for 11-15 year
olds. With French schools preparing their press week, we'd love to explore
a partnership with your platform. Would you have 20 minutes next week?

Best,
Priya Nair
Co-founder
""", 6, "15:33", client="gmail", html="alt"))


# ---------------------------------------------------------------- write and check
def decoded_text(msg):
    """Headers (decoded) and every text part's decoded payload, for the checks below."""
    out = [str(k) + ": " + str(v) for k, v in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/") or ctype.startswith("message/"):
            payload = part.get_payload(decode=True)
            if payload is None:
                payload = part.as_bytes()
            out.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    return "\n".join(out)


def crlf(raw):
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(45).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        label, raw = MAILS[idx]
        fname = "h%03d.eml" % n
        data = crlf(raw)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        row = {"file": fname}
        row.update(label)
        labels.append(row)

        # ---- label checks
        assert list(row) == LABEL_KEYS, row
        assert row["category"] in CATEGORIES, row
        assert row["platform"] in PLATFORMS, row
        assert row["lang"] in ("fr", "en"), row
        assert isinstance(row["auto_reply_ok"], bool) and isinstance(row["hard"], bool), row
        assert row["notes"] and isinstance(row["notes"], str), row
        if row["category"] in NEVER_AUTO:
            assert row["auto_reply_ok"] is False, row
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        sender = parseaddr(msg["From"])[1].lower()
        sender_region = DOMAIN_REGION.get(sender.rsplit("@", 1)[-1])
        if row["uai"] is not None:
            assert uai_ok(row["uai"]), ("bad UAI check letter", row)
            assert row["region"] == DEPT_REGION[row["uai"][:3]], ("region/UAI mismatch", row)
            text = decoded_text(msg)
            assert row["uai"].lower() in text.lower(), ("labelled UAI not in the mail", row)
        else:
            assert row["region"] == sender_region, ("region without UAI must come from the sender", row)
        assert row["region"] is None or row["region"] in REGION_DEPTS, row

        # ---- message checks
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h], (fname, "missing " + h)
        head = data.split(b"\r\n\r\n", 1)[0]
        assert all(b < 128 for b in head), (fname, "non-ASCII byte in the header block")
        for part in msg.walk():
            if part.get_content_maintype() == "text" and part["Content-Type"]:
                assert part.get_content_charset(), (fname, "text part without charset")
        assert not msg.defects, (fname, msg.defects)

    cats = {r["category"] for r in labels}
    assert cats == set(CATEGORIES), set(CATEGORIES) - cats
    hard = sum(r["hard"] for r in labels)
    assert 40 <= hard <= 60, hard
    assert len({r["file"] for r in labels}) == 150
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in labels:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in labels:
        counts[r["category"]] = counts.get(r["category"], 0) + 1
    print("wrote %d mails; hard=%d auto_reply_ok=%d" % (len(labels), hard, sum(r["auto_reply_ok"] for r in labels)))
    for c in CATEGORIES:
        print("  %-30s %d" % (c, counts[c]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the holdout15 blind test corpus (150 support mails + labels.jsonl).

Standard library only.  Run:  python3 make_holdout15.py  (writes next to itself)

Voice of this set: the September back-to-school rush (new staff, substitutes,
people back from leave), IT referents of lycées agricoles and lycées
professionnels, mails dictated to a phone, shouting or empty subjects, mails
written for a colleague in copy, short reminders, writers who first guess a
cause and then describe the symptom, mixed-language greetings and Belgian or
Swiss turns of phrase.  Every mail is written for this set.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DESK = ("Assistance", "support@assistance.example.fr")
MX = "mx1.assistance.example.fr"

# ---------------------------------------------------------------- UAI, regions
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def check_letter(d7):
    return LETTERS[int(d7) % 23]


def U(d7):
    """A real-format UAI: 7 digits + the correct check letter."""
    assert len(d7) == 7 and d7.isdigit(), d7
    return d7 + check_letter(d7)


def BAD(d7, shift=7):
    """The same digits with a deliberately wrong check letter."""
    good = LETTERS.index(check_letter(d7))
    return d7 + LETTERS[(good + shift) % 23]


def valid_uai(code):
    return (code is not None and len(code) == 8 and code[:7].isdigit()
            and code[7] == check_letter(code[:7]))


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
DEPT = {}
ACDOM = {}
for _slug, (_depts, _doms) in REGION_TABLE.items():
    for _d in _depts.split():
        DEPT[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        ACDOM[_m] = _slug


def region_for(uai, from_addr):
    """Label rule: the UAI's département, else an ac-*.fr sender domain, else None."""
    if uai:
        return DEPT[uai[:3]]
    dom = from_addr.rsplit("@", 1)[-1].lower()
    return ACDOM.get(dom)


# ---------------------------------------------------------------- encodings
def _qword(ch, charset):
    out = []
    for b in ch.encode(charset):
        c = chr(b)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % b)
    return "".join(out)


def enc_header(s, charset="utf-8", mode="q", first=0):
    """RFC 2047 encoded words, folded; ASCII text is returned unchanged."""
    if all(ord(c) < 128 for c in s):
        return s
    words = []
    prefix = "=?%s?%s?" % (charset, mode)
    limit = 75 - len(prefix) - 2
    if mode.lower() == "q":
        cur = ""
        for ch in s:
            q = _qword(ch, charset)
            if len(cur) + len(q) > limit:
                words.append(cur)
                cur = ""
            cur += q
        words.append(cur)
    else:
        cur = ""
        for ch in s:
            trial = cur + ch
            if len(base64.b64encode(trial.encode(charset))) > limit:
                words.append(base64.b64encode(cur.encode(charset)).decode())
                cur = ch
            else:
                cur = trial
        words.append(base64.b64encode(cur.encode(charset)).decode())
    return "\n ".join(prefix + w + "?=" for w in words)


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, charset="utf-8", mode="q"):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(c in SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (enc_header(name, charset, mode), addr)


def qp(text, charset="utf-8"):
    data = text.encode(charset)
    out = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return out if out.endswith("\n") else out + "\n"


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def body_part(ctype, text, charset, cte, extra=""):
    head = "Content-Type: %s; charset=%s%s\n" % (ctype, charset, extra)
    if cte == "quoted-printable":
        payload = qp(text, charset.strip('"'))
    elif cte == "base64":
        payload = b64(text.encode(charset.strip('"')))
    else:  # 7bit / 8bit: raw text
        payload = text if text.endswith("\n") else text + "\n"
    return head + "Content-Transfer-Encoding: %s\n\n%s" % (cte, payload)


# ---------------------------------------------------------------- HTML
def paras(text):
    """Split plain text into blocks; '>'-quoted lines become quote blocks."""
    blocks, cur, quote = [], [], False
    for line in text.split("\n"):
        isq = line.startswith(">")
        if isq != quote and cur:
            blocks.append((quote, cur))
            cur = []
        quote = isq
        cur.append(re.sub(r"^> ?", "", line) if isq else line)
    if cur:
        blocks.append((quote, cur))
    return blocks


def html_lines(lines, tag="div"):
    out = []
    for ln in lines:
        if ln.strip() == "":
            out.append("<%s><br></%s>" % (tag, tag))
        else:
            out.append("<%s>%s</%s>" % (tag, escape(ln, quote=False), tag))
    return "\n".join(out)


def to_html(text, style):
    blocks = paras(text)
    if style == "outlook":
        body = []
        for q, lines in blocks:
            inner = "\n".join(
                ('<p class="MsoNormal">%s<o:p></o:p></p>' % escape(l, quote=False)) if l.strip()
                else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                for l in lines)
            if q:
                inner = '<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">\n%s\n</div>' % inner
            body.append(inner)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
                '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n@@BODY@@\n</div>\n</body>\n</html>\n').replace("@@BODY@@", "\n".join(body))
    if style == "gmail":
        body = []
        for q, lines in blocks:
            inner = html_lines(lines)
            if q:
                inner = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                         'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote>' % inner)
            body.append(inner)
        return '<div dir="ltr">%s</div>\n' % "\n".join(body)
    if style == "zimbra":
        body = []
        for q, lines in blocks:
            inner = html_lines(lines)
            if q:
                inner = ('<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">\n%s\n</blockquote>' % inner)
            body.append(inner)
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                '\n%s\n</div></body></html>\n' % "\n".join(body))
    if style == "apple":
        body = []
        for q, lines in blocks:
            inner = html_lines(lines)
            if q:
                inner = '<blockquote type="cite">\n%s\n</blockquote>' % inner
            body.append(inner)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '\n%s\n</body></html>\n' % "\n".join(body))
    # generic (android / samsung / roundcube)
    body = []
    for q, lines in blocks:
        inner = "<br>\n".join(escape(l, quote=False) for l in lines)
        if q:
            inner = "<blockquote>%s</blockquote>" % inner
        body.append(inner)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div dir="auto">%s</div></body></html>\n' % "<br>\n".join(body))


# ---------------------------------------------------------------- transport
def rng_for(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def parse_date(s, tz):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    return dt.replace(tzinfo=timezone(timedelta(hours=tz)))


def rcv_date(dt):
    paris = dt.astimezone(timezone(timedelta(hours=2)))
    return paris.strftime("%a, %-d %b %Y %H:%M:%S +0200 (CEST)")


OUTBOUND = {
    "gmail.com": ("mail-{a}{n}-f{m}.google.com", "209.85.{x}.{y}"),
    "outlook.fr": ("{P}.outbound.protection.outlook.com", "40.107.{x}.{y}"),
    "hotmail.fr": ("{P}.outbound.protection.outlook.com", "40.107.{x}.{y}"),
    "orange.fr": ("smtp{n}.smtp.orange.fr", "80.12.{x}.{y}"),
    "wanadoo.fr": ("smtp{n}.smtp.orange.fr", "80.12.{x}.{y}"),
    "free.fr": ("smtp{n}-g21.free.fr", "212.27.{x}.{y}"),
    "laposte.net": ("smtp-out{n}.laposte.net", "160.92.{x}.{y}"),
    "icloud.com": ("st43p00im-ztdg{n}.me.com", "17.58.{x}.{y}"),
    "me.com": ("st43p00im-ztdg{n}.me.com", "17.58.{x}.{y}"),
    "yahoo.fr": ("sonic{n}-{m}.consmr.mail.ir2.yahoo.com", "87.248.{x}.{y}"),
    "educagri.fr": ("smtp{n}.educagri.fr", "194.167.{x}.{y}"),
    "skynet.be": ("smtp{n}.proximus.be", "195.238.{x}.{y}"),
    "bluewin.ch": ("mx{n}.bluewin.ch", "195.186.{x}.{y}"),
}


def outbound_host(dom, r):
    fill = dict(a=r.choice("ejlo"), n=r.randint(1, 9), m=r.randint(41, 99), x=r.randint(1, 254),
                y=r.randint(1, 254), P="PA%dP264CU%03d" % (r.randint(4, 6), r.randint(1, 20)))
    if dom in OUTBOUND:
        h, ip = OUTBOUND[dom]
        return h.format(**fill), ip.format(**fill)
    if dom.startswith("ac-"):
        return "smtp%d.%s" % (fill["n"] % 4 + 1, dom), "192.0.2.%d" % fill["x"]
    return "mail.%s" % dom, "203.0.113.%d" % fill["x"]


def auth_results(dom, mode):
    if mode == "pass":
        return ("Authentication-Results: %s;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s\n" % (MX, dom, dom, dom))
    if mode == "nodkim":
        return ("Authentication-Results: %s;\n\tdkim=none;\n\tspf=pass smtp.mailfrom=%s;\n"
                "\tdmarc=none header.from=%s\n" % (MX, dom, dom))
    if mode == "fail":
        return ("Authentication-Results: %s;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n"
                "\tdmarc=fail (p=reject dis=none) header.from=%s\n" % (MX, dom, dom))
    if mode == "softfail":
        return ("Authentication-Results: %s;\n\tdkim=fail (signature did not verify) header.d=%s;\n"
                "\tspf=softfail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s\n"
                % (MX, dom, dom, dom))
    if mode == "null":
        return ("Authentication-Results: %s;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none\n" % (MX, dom))
    raise ValueError(mode)


def transport(spec, dt, r):
    frm_addr = spec["frm"][1]
    env_from = spec.get("return_path", frm_addr)
    dom = spec.get("mta_domain") or frm_addr.rsplit("@", 1)[1].lower()
    host, ip = outbound_host(dom, r)
    qid = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(15))
    rcpt = spec.get("delivered_to", DESK[1])
    mxdt = dt + timedelta(seconds=r.randint(3, 40))
    lines = ["Return-Path: <%s>" % env_from, "Delivered-To: %s" % rcpt,
             "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (host, host, ip, MX, qid, rcpt, rcv_date(mxdt))]
    out = "\n".join(lines) + "\n" + auth_results(dom, spec.get("auth", "pass" if env_from else "null"))
    if dom.startswith("ac-") and spec.get("client") not in ("raw",):
        sub = dt + timedelta(seconds=r.randint(1, 3))
        out += ("Received: from [192.168.%d.%d] (unknown [198.51.100.%d])\n\tby %s with ESMTPSA id %s\n"
                "\tfor <%s>; %s\n" % (r.randint(0, 20), r.randint(2, 250), r.randint(2, 250), host,
                                      "".join(r.choice("0123456789ABCDEF") for _ in range(10)), rcpt,
                                      format_datetime(sub).replace(" +0200", " +0200")))
    return out


# ---------------------------------------------------------------- clients
def hexs(r, n, alphabet="0123456789abcdef"):
    return "".join(r.choice(alphabet) for _ in range(n))


def msgid(client, r, dom, dt):
    if client in ("outlook", "outlook_html", "android_outlook"):
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (
            hexs(r, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), hexs(r, 36, "0123456789ABCDEF"),
            "PR%dP264MB%04d" % (r.randint(0, 3), r.randint(1000, 9999)))
    if client in ("gmail", "gmail_android"):
        return "<CA%s@mail.gmail.com>" % hexs(r, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (r.randint(10**8, 10**10), r.randint(10**5, 10**6),
                                                 int(dt.timestamp() * 1000), dom)
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(r, 8, "0123456789ABCDEF"), hexs(r, 4, "0123456789ABCDEF"),
                                        hexs(r, 4, "0123456789ABCDEF"), hexs(r, 4, "0123456789ABCDEF"),
                                        hexs(r, 12, "0123456789ABCDEF"), dom)
    if client == "samsung":
        return "<%s.%s@email.android.com>" % (hexs(r, 10), hexs(r, 6))
    if client == "roundcube":
        return "<%s@%s>" % (hexs(r, 32), dom)
    return "<%s-%s-%s-%s-%s@%s>" % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12), dom)


def thread_index(r):
    return base64.b64encode(bytes(r.randint(0, 255) for _ in range(22))).decode()


def boundary(client, r):
    if client in ("gmail", "gmail_android"):
        return "000000000000" + hexs(r, 16)
    if client == "zimbra":
        return "=_%s-%s-%s-%s-%s" % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12))
    if client in ("apple", "iphone"):
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (hexs(r, 8, "0123456789ABCDEF"), hexs(r, 4, "0123456789ABCDEF"),
                                               hexs(r, 4, "0123456789ABCDEF"), hexs(r, 4, "0123456789ABCDEF"),
                                               hexs(r, 12, "0123456789ABCDEF"))
    if client in ("outlook", "android_outlook", "outlook_html"):
        return "_000_%s_" % hexs(r, 40, "0123456789ABCDEFabcdef")
    if client == "thunderbird":
        return "------------" + hexs(r, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    if client == "roundcube":
        return "=_" + hexs(r, 32)
    if client == "samsung":
        return "--_com.samsung.android.email_%d%d" % (r.randint(10**8, 10**9), r.randint(10**6, 10**7))
    return "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(10**8, 10**9), r.randint(10**12, 10**13))


def ticket_msgid(ref, r):
    return "<%s.%d.%s@assistance.example.fr>" % (ref, r.randint(1756000000, 1759000000), hexs(r, 6))


def build(spec):
    key = spec["key"]
    r = rng_for(key)
    tz = spec.get("tz", 2)
    dt = parse_date(spec["date"], tz)
    client = spec["client"]
    name, addr = spec["frm"]
    dom = addr.rsplit("@", 1)[1].lower()
    hcs = spec.get("hcharset", "utf-8")
    hmode = spec.get("hmode", "q")
    H = []
    if client == "raw":
        head = transport(spec, dt, r) + spec["raw"].lstrip("\n")
        return head if head.endswith("\n") else head + "\n"
    H.append("From: " + fmt_addr(name, addr, hcs, hmode))
    tos = spec.get("to", [DESK])
    H.append("To: " + ",\n ".join(fmt_addr(n, a, hcs, hmode) for n, a in tos))
    if spec.get("cc"):
        H.append("Cc: " + ",\n ".join(fmt_addr(n, a, hcs, hmode) for n, a in spec["cc"]))
    if spec.get("reply_to"):
        H.append("Reply-To: " + fmt_addr(*spec["reply_to"]))
    subj = spec.get("subj", "")
    if subj is not None:
        H.append("Subject: " + enc_header(subj, hcs, hmode))
    H.append("Date: " + format_datetime(dt))
    mid = msgid(client, r, dom, dt)
    H.append("Message-ID: " + mid)
    if spec.get("irt"):
        refs = spec["irt"] if isinstance(spec["irt"], list) else [spec["irt"]]
        ids = [x if x.startswith("<") else ticket_msgid(x, r) for x in refs]
        H.append("In-Reply-To: " + ids[-1])
        H.append("References: " + "\n ".join(ids))
    for h in spec.get("headers", []):
        H.append(h)
    body = spec["body"].strip("\n") + "\n"
    if client == "iphone" and not spec.get("nosig"):
        body += "\n" + spec.get("phone_sig", "Envoyé de mon iPhone") + "\n"
    if client == "android_outlook" and not spec.get("nosig"):
        body += "\nObtenir Outlook pour Android<https://aka.ms/AAb9ysg>\n"
    if client == "samsung" and not spec.get("nosig"):
        body += "\n\nEnvoyé depuis mon smartphone Samsung Galaxy.\n"
    B = boundary(client, r)
    # client specific headers and body structure
    if client == "outlook":
        H += (["Thread-Topic: " + enc_header(subj, hcs, hmode)] if subj else []) + ["Thread-Index: " + thread_index(r),
              "Accept-Language: fr-FR, en-US", "Content-Language: " + spec.get("clang", "fr-FR"),
              "X-MS-Has-Attach: " + ("yes" if spec.get("attach") else ""), "X-MS-TNEF-Correlator: "]
        html = to_html(body, "outlook").replace("%CHARSET%", "utf-8")
        parts = [("text/plain", body, '"utf-8"', "quoted-printable"), ("text/html", html, '"utf-8"', "quoted-printable")]
        struct = "alt"
    elif client == "outlook_html":
        cs = spec.get("charset", "Windows-1252")
        H += (["Thread-Topic: " + enc_header(subj, hcs, hmode)] if subj else []) + ["Thread-Index: " + thread_index(r),
              "Accept-Language: fr-FR, en-US", "Content-Language: " + spec.get("clang", "fr-FR"),
              "X-MS-Has-Attach: " + ("yes" if spec.get("attach") else ""), "X-MS-TNEF-Correlator: "]
        html = to_html(body, "outlook").replace("%CHARSET%", cs)
        parts = [("text/html", html, '"%s"' % cs, "quoted-printable")]
        struct = "single"
    elif client == "android_outlook":
        H += ["X-Mailer: Outlook for Android"] + (["Thread-Topic: " + enc_header(subj, hcs, hmode)] if subj else []) + [
              "Thread-Index: " + thread_index(r)]
        parts = [("text/plain", body, '"utf-8"', "base64"),
                 ("text/html", to_html(body, "generic"), '"utf-8"', "base64")]
        struct = "alt"
    elif client in ("gmail", "gmail_android"):
        html = to_html(body, "gmail")
        if spec.get("plain_only"):
            parts = [("text/plain", body, '"UTF-8"', spec.get("cte", "quoted-printable"))]
            struct = "single"
        else:
            parts = [("text/plain", body, '"UTF-8"', spec.get("cte", "quoted-printable")),
                     ("text/html", html, '"UTF-8"', spec.get("cte", "quoted-printable"))]
            struct = "alt"
    elif client == "thunderbird":
        H.insert(0, "User-Agent: Mozilla Thunderbird")
        H.append("Content-Language: " + spec.get("clang", "fr"))
        parts = [("text/plain", body, spec.get("charset", "UTF-8"), spec.get("cte", "8bit"))]
        struct = "single"
    elif client == "roundcube":
        H.append("User-Agent: Roundcube Webmail/1.6.9")
        H.append("X-Sender: " + addr)
        parts = [("text/plain", body, spec.get("charset", "UTF-8"), spec.get("cte", "8bit"))]
        struct = "single"
    elif client == "zimbra":
        H += ["X-Originating-IP: [10.%d.%d.%d]" % (r.randint(1, 250), r.randint(1, 250), r.randint(1, 250)),
              "X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF%d (Win)/9.0.0_ZEXTRAS_20240927)"
              % r.randint(128, 142),
              "Thread-Topic: " + enc_header(subj or "(sans objet)", hcs, hmode), "Thread-Index: " + hexs(r, 28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")]
        if spec.get("plain_only"):
            parts = [("text/plain", body, "utf-8", "quoted-printable")]
            struct = "single"
        else:
            parts = [("text/plain", body, "utf-8", "quoted-printable"), ("text/html", to_html(body, "zimbra"), "utf-8", "quoted-printable")]
            struct = "alt"
    elif client == "apple":
        H.append("X-Mailer: Apple Mail (2.3826.600.51.1.1)")
        parts = [("text/plain", body, "utf-8", "quoted-printable"), ("text/html", to_html(body, "apple"), "utf-8", "quoted-printable")]
        struct = "alt"
    elif client == "iphone":
        H.append("X-Mailer: iPhone Mail (22G86)")
        parts = [("text/plain", body, "utf-8", spec.get("cte", "quoted-printable"))]
        struct = "single"
    elif client == "samsung":
        parts = [("text/plain", body, "UTF-8", "base64"), ("text/html", to_html(body, "generic"), "UTF-8", "base64")]
        struct = "alt"
    else:
        raise ValueError(client)
    mimever = "MIME-Version: 1.0"
    if client in ("apple",):
        mimever = "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"
    if client == "iphone":
        mimever = "Mime-Version: 1.0 (1.0)"
    H.append(mimever)
    attach = spec.get("attach") or []
    if struct == "single" and not attach:
        ct, txt, cs, cte = parts[0]
        extra = "; format=flowed" if client in ("thunderbird", "roundcube") and ct == "text/plain" and cte != "base64" else ""
        part = body_part(ct, txt, cs, cte, extra)
        return transport(spec, dt, r) + "\n".join(H) + "\n" + part
    if struct == "single":
        ct, txt, cs, cte = parts[0]
        inner = body_part(ct, txt, cs, cte)
    else:
        inner_b = B if not attach else boundary(client, rng_for(key + "alt"))
        inner = 'Content-Type: multipart/alternative;\n boundary="%s"\n\n' % inner_b
        for ct, txt, cs, cte in parts:
            inner += "--%s\n%s\n" % (inner_b, body_part(ct, txt, cs, cte))
        inner += "--%s--\n" % inner_b
        if not attach:
            return transport(spec, dt, r) + "\n".join(H) + "\n" + inner
    out = 'Content-Type: multipart/mixed;\n boundary="%s"\n\n' % B
    if client in ("outlook", "outlook_html"):
        pass
    else:
        out += "This is a multi-part message in MIME format.\n"
    out += "--%s\n%s\n" % (B, inner)
    for fname, ctype, data in attach:
        fn_hdr = enc_header(fname) if not fname.isascii() else fname
        out += ('--%s\nContent-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
                'Content-Transfer-Encoding: base64\n\n%s\n' % (B, ctype, fn_hdr, fn_hdr, b64(data)))
    out += "--%s--\n" % B
    return transport(spec, dt, r) + "\n".join(H) + "\n" + out


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
            "4 0 obj << /Length %d >> stream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream endobj\n"
            "trailer << /Root 1 0 R >>\n%%%%EOF\n" % (len(title) + 30, title))
    return body.encode("latin-1")


def fake_png(seed):
    r = rng_for(seed)
    return b"\x89PNG\r\n\x1a\n" + bytes(r.randint(0, 255) for _ in range(300))


MAILS = []


def mail(**kw):
    MAILS.append(kw)


# =====================================================================
# password_reset (23)
# =====================================================================
u = U("0594218")
mail(key="pr01", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="New librarian at a lycée professionnel, predecessor retired: nobody knows the e-sidoc back-office password. Shouting subject; UAI in the signature.",
     frm=("Claire Vandenbussche", "claire.vandenbussche@ac-lille.fr"), client="zimbra",
     date="2025-09-02 07:52:10", subj="URGENT !!! mot de passe e-sidoc",
     body=f"""Bonjour,

Je viens d'arriver au lycée professionnel Jean Prouvé comme professeure documentaliste (mutation). Je remplace Mme Delattre, partie à la retraite en juin, et personne ici ne connaît le mot de passe du back-office e-sidoc. L'adresse enregistrée sur le compte est sans doute encore la sienne.

Les secondes viennent au CDI dès jeudi pour la visite, j'aurais vraiment besoin de pouvoir mettre à jour la page d'accueil avant.

Merci beaucoup,

Claire Vandenbussche
Professeure documentaliste
LP Jean Prouvé - Lomme
UAI : {u}
""")

u = U("0381456")
mail(key="pr02", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Dictated on a phone: no punctuation, 'mode passe' and 'et si doc' for mot de passe / e-sidoc, and the UAI spelled out with spaces between the characters. New librarian of a lycée agricole without the password.",
     frm=("Sandrine Morel", "sandrine.morel38@gmail.com"), client="iphone",
     date="2025-09-03 12:41:05", subj="Mot de passe",
     body=f"""Bonjour je suis la nouvelle prof doc au lycée agricole de la Côte Saint-André je suis arrivée lundi et je n'ai pas le mode passe pour le compte et si doc du CDI l'ancienne collègue est partie sans rien laisser le numéro UAI c'est {" ".join(u)} je crois que l'identifiant c'est ça aussi est-ce que vous pouvez me renvoyer un nouveau mot de passe merci d'avance bonne journée
Sandrine Morel""")

u = U("0290873")
mail(key="pr03", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="No Subject header at all (shown as '(sans objet)'); Outlook for Android, base64. Account locked after failed attempts; UAI given as 'RNE'.",
     frm=("LE GOFF Yannick", "yannick.le-goff@ac-rennes.fr"), client="android_outlook",
     date="2025-09-04 17:03:44", subj=None,
     body=f"""Bonjour,
Apres plusieurs essais le compte e-sidoc du CDI est bloque (message "compte verrouillé"). Pouvez vous le debloquer ou m'envoyer un lien pour changer le mot de passe ?
RNE {u}
Merci
Yannick Le Goff
Referent numerique - LP Jules Lesven, Brest
""")

u = U("0331502")
mail(key="pr04", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="The writer blames an unpaid subscription renewal, but pupils still reach the catalogue and the back office answers 'identifiant ou mot de passe incorrect': a lost password, reset path.",
     frm=("Martine Dupuy-Lafargue", "m.dupuylafargue@laposte.net"), client="thunderbird",
     date="2025-09-03 09:15:22", subj="Abonnement e-sidoc non renouvelé ?",
     body=f"""Bonjour,

Je pense que notre abonnement e-sidoc n'a pas été renouvelé pendant l'été
(la facture est peut-être restée bloquée chez l'agent comptable ?), parce
que depuis la rentrée je ne peux plus entrer dans l'administration du
portail : le site me répond « identifiant ou mot de passe incorrect ».
J'utilise pourtant le même identifiant que l'an dernier, le code UAI. Il
est possible que j'aie changé le mot de passe en juin avant de partir, je
ne m'en souviens plus du tout.

Les élèves, eux, consultent le catalogue normalement.

Comment puis-je retrouver l'accès ?

Cordialement
Martine Dupuy-Lafargue
CDI - Lycée professionnel des métiers du bâtiment, Blanquefort
UAI {u}
""")

u = U("0711873")
mail(key="pr05", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="The IT referent of a lycée agricole writes for the librarian in copy, back from maternity leave, who forgot the e-sidoc password. educagri.fr is not an académie domain: region from the UAI.",
     frm=("Thierry Bonnot", "thierry.bonnot@educagri.fr"), client="roundcube",
     cc=[("Aurélie Ponsot", "aurelie.ponsot@educagri.fr")],
     date="2025-09-08 10:27:31", subj="Mot de passe e-sidoc pour ma collègue (en copie)",
     body=f"""Bonjour,

Je vous écris pour ma collègue Aurélie Ponsot, professeure documentaliste,
en copie de ce message. Elle reprend cette semaine après un congé maternité
et ne se souvient plus du mot de passe de l'administration e-sidoc du CDI ;
la personne qui la remplaçait l'a peut-être changé entre-temps.

Pourriez-vous lui indiquer comment le réinitialiser ? C'est elle qui gère
le portail, je ne fais que relayer.

Merci d'avance

--
Thierry Bonnot
Référent numérique / TICE
EPLEFPA de Fontaines Sud Bourgogne - Lycée agricole
UAI {u}
""")

u = U("0631927")
mail(key="pr06", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Reset link opened the next morning, after the start-of-year meetings: expired, asks for a new one.",
     frm=("Hélène Chassagne", "helene.chassagne@ac-clermont.fr"), client="thunderbird",
     date="2025-09-02 08:06:51", subj="Lien de réinitialisation expiré",
     body=f"""Bonjour,

J'ai demandé hier en fin d'après-midi un nouveau mot de passe pour le
portail e-sidoc. Le mail est bien arrivé mais je ne l'ai ouvert que ce
matin, après les réunions de rentrée, et le lien m'indique qu'il n'est
plus valide.

Pourriez-vous m'en renvoyer un ? Identifiant : {u}

Bien à vous,
Hélène Chassagne
Professeure documentaliste - Collège Blaise Pascal, Riom
""")

u = U("0782219")
mail(key="pr07", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=False, lang="en",
     notes="French greeting, English body: new librarian of an international section never got the e-sidoc back-office password.",
     frm=("Rebecca Holloway", "rebecca.holloway.lib@gmail.com"), client="gmail",
     date="2025-09-05 16:48:02", subj="e-sidoc password",
     body=f"""Bonjour,

Sorry to write in English, my French is still a work in progress.

I have just started as librarian for the international section of Lycée Jeanne d'Albret in Saint-Germain-en-Laye, and I have been asked to look after the e-sidoc portal for our English collection. Nobody has given me the password for the back office, and the previous librarian left in June.

Our school code (UAI) is {u}.

Could you tell me how to reset the password?

Many thanks,
Rebecca Holloway
""")

u = U("0441873")
mail(key="pr08", cat="password_reset", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="New gestionnaire: predecessor left without the Espace Acheteur login, account tied to a shared mailbox nobody can open. FAQ reset path.",
     frm=("Nadia Benali", "nadia.benali@ac-nantes.fr"), client="outlook",
     date="2025-09-02 14:22:09", subj="Accès Espace Acheteur - nouvelle gestionnaire",
     body=f"""Bonjour,

Nouvelle gestionnaire au lycée professionnel Michelet depuis le 1er septembre, je dois passer les premières commandes de l'année sur l'Espace Acheteur. Mon prédécesseur est parti sans laisser ses identifiants, et l'adresse du compte était une boîte partagée de l'intendance dont personne ne connaît plus le mot de passe.

Comment puis-je récupérer l'accès au compte de l'établissement ?

UAI : {u}

Cordialement,

Nadia Benali
Gestionnaire matériel
Lycée professionnel Michelet - Nantes
""")

u = U("0081346")
mail(key="pr09", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Belgian turns of phrase ('encoder', 'savoir' for 'pouvoir', 'à tantôt', 'je vous remercie déjà'); new librarian without the e-sidoc password.",
     frm=("Amélie Dewandre", "amelie.dewandre@gmail.com"), client="gmail",
     date="2025-09-03 15:31:40", subj="Pas de mot de passe pour e-sidoc",
     body=f"""Bonjour,

Je suis la nouvelle documentaliste du collège Méhul à Givet depuis ce lundi. Je dois encoder les nouveaux livres dans e-sidoc mais je n'ai jamais reçu le mot de passe de l'administration : la personne qui était là avant moi est partie et je ne sais pas la joindre.

Est-ce que vous savez m'envoyer un nouveau mot de passe ? Le numéro de l'école, c'est {u}.

Je vous remercie déjà. À tantôt peut-être au téléphone,

Amélie Dewandre
""")

u = U("0741529")
mail(key="pr10", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Swiss turns of phrase ('ça ne joue pas', 'natel', 'atteignable'); expired password whose old value is forgotten.",
     frm=("Nicolas Perrenoud", "n.perrenoud@bluewin.ch"), client="apple",
     date="2025-09-09 18:12:55", subj="Mot de passe expiré",
     body=f"""Bonjour,

Mon mot de passe e-sidoc a expiré pendant les vacances et le site me demande l'ancien pour en choisir un nouveau. Je ne m'en souviens plus : j'ai essayé trois ou quatre fois, ça ne joue pas.

Je suis atteignable sur mon natel au besoin (numéro suisse, +41 79 412 53 08).

Identifiant : {u} (lycée des Glières, Annemasse)

Avec mes meilleures salutations,
Nicolas Perrenoud
""")

u = U("0241683")
mail(key="pr11", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Subject 'question'; the UAI appears only in the ce.<UAI>@ac-bordeaux.fr sender address. The secretariat (not the head) asks for the link on that official address: the safe reset path.",
     frm=("Secretariat College Jules Ferry", f"ce.{u}@ac-bordeaux.fr"), client="zimbra",
     date="2025-09-10 11:04:18", subj="question",
     body="""Bonjour,

Le professeur documentaliste est en arrêt depuis la rentrée et sa remplaçante n'arrive pas à entrer dans le portail e-sidoc du collège (mot de passe inconnu).

Pouvez-vous envoyer le lien de réinitialisation à cette adresse, qui est celle du secrétariat de direction ? Nous le lui transmettrons.

Merci,
Le secrétariat
Collège Jules Ferry - Terrasson
""")

u = U("0932716")
mail(key="pr12", cat="password_reset", auto=False, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Substitute librarian with no academic address yet asks for the e-sidoc password to be sent to her personal Gmail: not an address on file, so no automatic answer.",
     frm=("Ines K.", "ines.kaddour.doc@gmail.com"), client="gmail_android", plain_only=True,
     date="2025-09-11 21:37:03", subj="codes esidoc",
     body=f"""bonjour
je suis contractuelle et je remplace la documentaliste du lycée pro Jean Moulin (Saint-Denis) jusqu'à fin octobre, je n'ai pas les codes e-sidoc. comme je n'ai pas encore d'adresse académique (la DSI parle de 3 semaines !!) est ce que vous pouvez envoyer le mot de passe directement sur cette adresse gmail ? ce serait plus simple pour moi
le code de l'établissement : {u}
merci
Inès""")

d = "0341387"
mail(key="pr13", cat="password_reset", auto=True, uai=None, platform="esidoc", hard=True, lang="fr",
     notes=f"UAI typed as {BAD(d)}: wrong check letter (the digits give {U(d)}), so no UAI; region from the ac-montpellier.fr sender. Otherwise a plain forgotten e-sidoc password.",
     frm=("Patrick Soulié", "patrick.soulie@ac-montpellier.fr"), client="zimbra",
     date="2025-09-04 13:26:47", subj="mot de passe e-sidoc oublié",
     body=f"""Bonjour,

De retour d'un congé de formation, j'ai complètement oublié le mot de passe d'administration du portail e-sidoc du collège.

Notre identifiant : {BAD(d)}

Merci de m'indiquer la démarche.

Patrick Soulié
Documentaliste, collège Las Cazes - Montpellier
""")

u = U("0692584")
mail(key="pr14", cat="password_reset", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Reminder ('je relance') forwarding her own unanswered request of a week earlier (Outlook quote block): a person must follow up.",
     frm=("Valérie Granjon", "valerie.granjon@ac-lyon.fr"), client="outlook",
     date="2025-09-12 08:31:26", subj="TR: Demande de mot de passe e-sidoc",
     body=f"""Bonjour,

Je relance ma demande ci-dessous, toujours sans réponse ni mail de votre part. Le CDI ouvre aux élèves lundi et je ne peux toujours pas gérer les prêts.

Merci d'avance,
Valérie Granjon

De : Valérie Granjon <valerie.granjon@ac-lyon.fr>
Envoyé : jeudi 4 septembre 2025 16:10
À : support@assistance.example.fr
Objet : Demande de mot de passe e-sidoc

Bonjour,

Je suis la nouvelle documentaliste du collège Jean Moulin de Villeurbanne (UAI {u}). Je n'ai pas le mot de passe du compte administrateur e-sidoc ; pourriez-vous me le réinitialiser ?

Cordialement,
Valérie Granjon
""")

u = U("0131764")
mail(key="pr15", cat="password_reset", auto=False, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Two-line reminder on an existing ticket ('des nouvelles ?'), no quote: only the ticket subject gives the topic. The template was already sent, so a person follows up.",
     frm=("Julien Castel", "julien.castel@ac-aix-marseille.fr"), client="gmail", plain_only=True,
     date="2025-09-15 07:44:12", subj="Re: [#SUP-013482] Mot de passe e-sidoc", irt="SUP-013482",
     body=f"""Des nouvelles ? Toujours pas de lien sur l'adresse du collège et le secrétariat n'a rien vu passer.
J. Castel - CDI collège Marcel Pagnol ({u})""")

u = U("0572391")
mail(key="pr16", cat="password_reset", auto=False, uai=u, platform="ecoledirecte", hard=True, lang="fr",
     notes="Lost EcoleDirecte administrator password; explicitly NOT the daily maintenance password (which would be transfer_incident). No reset template for this product, so a person answers.",
     frm=("Sébastien Kieffer", "sebastien.kieffer@ac-nancy-metz.fr"), client="outlook",
     date="2025-09-02 10:48:37", subj="Mot de passe admin EcoleDirecte (pas celui de maintenance)",
     body=f"""Bonjour,

Je suis le nouveau référent numérique du lycée professionnel Henri Nominé (Sarreguemines). Je n'ai pas le mot de passse du compte administrateur de l'interface EcoleDirecte, celui qui sert à gérer les comptes des personnels.

Attention, je ne parle pas du mot de passe de maintenance du jour pour Charlemagne, que je sais obtenir : il s'agit bien du mot de passe de connexion du compte admin, que mon prédécesseur ne m'a pas transmis avant sa mutation.

Comment le récupérer ?

Cordialement,
Sébastien Kieffer
Référent numérique - LP Henri Nominé
UAI {u}
""")

u = U("0141386")
mail(key="pr17", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Fears the account was deleted over the summer, but the symptom is a reset link opened the next day that says it has expired: a new link is what is needed.",
     frm=("Françoise Lemarchand", "francoise.lemarchand@ac-normandie.fr"), client="apple",
     date="2025-09-05 08:19:03", subj="Compte e-sidoc supprimé ?",
     body=f"""Bonjour,

Je crains que notre compte e-sidoc ait été supprimé pendant l'été, peut-être à cause du changement de principal.

Quand je demande un nouveau mot de passe, je reçois bien le mail, mais en cliquant sur le lien j'obtiens « ce lien a expiré ». Il faut dire que je ne l'ai ouvert que ce matin alors qu'il est arrivé hier vers 17 h.

Pouvez-vous me renvoyer un lien valable ? Code établissement {u}.

Merci,
Françoise Lemarchand
CDI du collège Guillaume de Normandie, Caen
""")

u = U("0671492")
mail(key="pr18", cat="password_reset", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="German greeting ('Guten Tag'), French body: Espace Acheteur account locked after the intendance colleague's failed attempts.",
     frm=("Marc Heitz", "marc.heitz@ac-strasbourg.fr"), client="outlook",
     date="2025-09-09 09:02:18", subj="Compte Espace Acheteur verrouillé",
     body=f"""Guten Tag,

(petite habitude de frontalier, pardon !)

Notre compte sur l'Espace Acheteur est verrouillé depuis ce matin, après plusieurs tentatives de connexion de ma collègue de l'intendance qui vient d'arriver. Pourriez-vous le débloquer, ou nous envoyer un lien de réinitialisation du mot de passe ?

UAI {u} - Lycée professionnel Jean Geiler, Strasbourg

Merci et bonne journée,
Marc Heitz
Adjoint gestionnaire
""")

u = U("9741129")
mail(key="pr19", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=False, lang="fr", tz=4,
     notes="Dictated on a Samsung phone (base64), no punctuation; back from long sick leave at a lycée agricole in La Réunion, forgot the e-sidoc password.",
     frm=("Josiane Payet", "josiane.payet974@orange.fr"), client="samsung",
     date="2025-09-08 14:55:21", subj="Mot de passe e sidoc",
     body=f"""bonjour j'arrive pas à me connecter sur e sidoc au lycée agricole de Saint-Paul ça me dit mot de passe incorrect et j'ai oublié l'ancien je suis revenue de congé longue maladie aujourd'hui est ce que vous pouvez me renvoyer un mot de passe UAI {u} merci beaucoup""")

u = U("0762184")
mail(key="pr20", cat="password_reset", auto=False, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Two topics: e-sidoc password reset (first, main) and an invoice missing from Chorus Pro (order_billing); a single template would answer only half.",
     frm=("Delphine Lecoq", "delphine.lecoq@ac-normandie.fr"), client="outlook",
     date="2025-09-10 16:07:45", subj="Deux questions de rentrée",
     body=f"""Bonjour,

Deux choses en cette rentrée chargée :

1) Je n'ai plus le mot de passe d'administration d'e-sidoc (UAI {u}). Pouvez-vous m'envoyer un lien de réinitialisation ?

2) L'agent comptable me dit que la facture de l'abonnement 2025-2026 n'apparaît pas sur Chorus Pro, alors que la commande a été validée début juillet. Pourriez-vous vérifier de votre côté ?

Merci,
Delphine Lecoq
Professeure documentaliste - Lycée professionnel du Golf, Dieppe
""")

u = U("0133917")
mail(key="pr21", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Subject in capitals with exclamation marks; forgot the e-sidoc password and does not know which address is on file. Personal Gmail, region from the UAI.",
     frm=("Sophie Ricard", "sophie.ricard.doc@gmail.com"), client="gmail",
     date="2025-09-01 19:58:30", subj="HELP!!! MOT DE PASSE",
     body=f"""Bonjour

Rentrée = panique... Je n'ai plus le mot de passe du portail e-sidoc et les profs de 6e veulent réserver le CDI dès demain. Le lien « mot de passe oublié » me demande une adresse mais je ne sais pas laquelle a été enregistrer (j'ai changé d'adresse académique l'an dernier).

Identifiant {u}

Merci !!
Sophie Ricard
Collège Rosa Parks, Marseille""")

u = U("9710482")
mail(key="pr22", cat="password_reset", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="fr", tz=-4,
     notes="English greeting ('Hi'), French body: back from a year's secondment, forgot the Espace Acheteur password. Guadeloupe time zone.",
     frm=("Ludovic Bernier", "ludovic.bernier@ac-guadeloupe.fr"), client="outlook",
     date="2025-09-03 07:36:14", subj="Mot de passe Espace Acheteur",
     body=f"""Hi,

Je suis de retour au lycée professionnel Carnot de Pointe-à-Pitre après un an de détachement et je n'arrive plus à me connecter à l'Espace Acheteur : j'ai oublié mon mot de passe. Pouvez-vous m'envoyer un lien pour le réinitialiser ?

UAI {u}

Cordialement,
Ludovic Bernier
Gestionnaire
""")

u = U("0400917")
mail(key="pr23", cat="password_reset", auto=True, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Substitute librarian without the password; the UAI appears only inside the portal URL, in lower case; the label is the upper-case code.",
     frm=("Camille Etchegaray", "camille.etchegaray@ac-bordeaux.fr"), client="thunderbird",
     date="2025-09-16 12:20:57", subj="Remplacement CDI - accès back-office",
     body=f"""Bonjour,

Je remplace Mme Larrieu au CDI jusqu'aux vacances de la Toussaint. Je
n'ai pas le mot de passe pour modifier notre portail
https://{u.lower()}.esidoc.fr (partie administration) et Mme Larrieu est
injoignable.

Comment puis-je obtenir un nouveau mot de passe ?

Merci
--
Camille Etchegaray
Professeure documentaliste contractuelle
Collège Jean Rostand, Mont-de-Marsan
""")

# =====================================================================
# missing_noreply_mail (17)
# =====================================================================
mail(key="mn01", cat="missing_noreply_mail", auto=True, uai=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="New gestionnaire of a lycée professionnel: the Espace Acheteur activation mail never came, junk folder checked; no anti-spam product named. Region from ac-orleans-tours.fr.",
     frm=("Karine Moulin", "karine.moulin1@ac-orleans-tours.fr"), client="outlook",
     date="2025-09-03 11:12:40", subj="Mail d'activation non reçu",
     body="""Bonjour,

Arrivée au 1er septembre comme gestionnaire du lycée professionnel Gaudier-Brzeska (Saint-Jean-de-Braye), j'ai créé mon compte sur l'Espace Acheteur lundi. Le message m'indiquait qu'un mail d'activation allait m'être envoyé : je ne l'ai toujours pas reçu, ni dans la boîte de réception ni dans les courriers indésirables.

Pouvez-vous me le renvoyer ?

Bien cordialement,
Karine Moulin
""")

u = U("0622738")
mail(key="mn02", cat="missing_noreply_mail", auto=True, uai=u, platform="espace_acheteur", hard=True, lang="fr",
     notes="Starts by guessing a blocked password, but the symptom is that the new-password mail from the no-reply address never arrives after 'mot de passe oublié': missing_noreply_mail, not password_reset.",
     frm=("Bruno Lefebvre", "bruno.lefebvre62@gmail.com"), client="gmail",
     date="2025-09-04 09:51:33", subj="Mot de passe bloqué ?",
     body=f"""Bonjour,

Je crois que mon mot de passe de l'Espace Acheteur est bloqué, ou alors le compte a été désactivé pendant les vacances.

En fait quand je clique sur « mot de passe oublié » et que je saisis mon adresse, le site affiche bien « un mail vous a été envoyé », mais je ne reçois jamais rien. J'ai essayé trois fois depuis hier, j'ai regardé dans les spams, rien.

Lycée professionnel Pierre de Coubertin, Calais - UAI {u}

Merci de votre aide
Bruno Lefebvre
Intendance""")

mail(key="mn03", cat="missing_noreply_mail", auto=True, uai=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="IT referent of a lycée agricole: no Espace Acheteur notification reaches the school since the summer; asks for the exact no-reply sender to allow on their mail gateway (no product named). educagri.fr is not an académie domain and no UAI: no region.",
     frm=("Olivier Grandjean", "olivier.grandjean@educagri.fr"), client="thunderbird",
     date="2025-09-05 14:03:17", subj="Adresse d'expédition des notifications ?",
     body="""Bonjour,

Référent TICE du lycée agricole de Vesoul, je constate qu'aucun de nos
collègues ne reçoit plus les mails automatiques de l'Espace Acheteur
(confirmation de compte, nouveau mot de passe) depuis la migration de
notre messagerie cet été. Rien en quarantaine de notre côté, rien dans
les indésirables des utilisateurs.

Pouvez-vous me donner l'adresse exacte d'expédition (et si possible les
serveurs) pour que je l'ajoute en liste blanche sur notre passerelle ?

Merci,
Olivier Grandjean
Référent numérique - EPL de Vesoul
""")

mail(key="mn04", cat="missing_noreply_mail", auto=True, uai=None, platform="espace_acheteur", hard=True, lang="fr",
     notes="Thought of MailInBlack first, but the rectorat confirmed the school does not use it: the activation mail simply never comes. missing_noreply_mail, not mailinblack_spam. Region from ac-grenoble.fr.",
     frm=("Élodie Ferrand", "elodie.ferrand@ac-grenoble.fr"), client="thunderbird",
     date="2025-09-08 16:40:08", subj="Toujours pas de mail de confirmation",
     body="""Bonjour,

Au début j'ai cru que c'était MailInBlack qui bloquait vos messages, comme
dans mon ancien établissement, mais le rectorat m'a confirmé que le collège
ne l'utilise pas.

Le problème : je me suis inscrite sur l'Espace Acheteur jeudi dernier et
je n'ai jamais reçu le mail de confirmation. J'ai vérifié les indésirables
et ajouté votre adresse aux contacts.

Que faire ?

Élodie Ferrand
Adjointe gestionnaire, collège Le Revard (Grésy-sur-Aix)
""")

mail(key="mn05", cat="missing_noreply_mail", auto=True, uai=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="Dictated on a phone ('maille d'activation', no punctuation): the Espace Acheteur activation mail never arrived. Non-academic sender, no UAI: no region.",
     frm=("Gérard Vial", "gerard.vial@orange.fr"), client="iphone",
     date="2025-09-06 10:14:51", subj="Activation",
     body="""Bonjour je me suis inscrit hier sur l'espace acheteur pour le lycée professionnel où je suis arrivé comme gestionnaire et je n'ai jamais reçu la maille d'activation j'ai regardé dans les courriers indésirables il n'y a rien non plus pouvez-vous me le renvoyer merci
Gérard Vial""")

u = U("0861453")
mail(key="mn06", cat="missing_noreply_mail", auto=True, uai=u, platform="esidoc", hard=False, lang="en",
     notes="French greeting, English body: the activation mail for the customer account (needed before a first online order) never arrived; junk folder checked.",
     frm=("Aisling Murphy", "aisling.murphy@ac-poitiers.fr"), client="outlook", clang="en-GB",
     date="2025-09-09 13:45:29", subj="Activation email not received",
     body=f"""Bonjour,

I am the new librarian at Collège Jean Moulin in Poitiers (UAI {u}). Yesterday I opened the customer account so that we can place our first order online, and the page said an activation email would follow within a few hours. It has not arrived, and there is nothing in my junk folder either.

Could you send it again, please?

Kind regards,
Aisling Murphy
""")

u = U("0541926")
mail(key="mn07", cat="missing_noreply_mail", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="Reply quoting the junk-folder answer (Outlook quote block): junk checked, sender allowed, still nothing after three days. The template was already sent: a person must follow up.",
     frm=("Laurent Thiébaut", "laurent.thiebaut@ac-nancy-metz.fr"), client="outlook",
     date="2025-09-12 10:02:44", subj="RE: [#SUP-013217] Mail de confirmation non reçu", irt="SUP-013217",
     body=f"""Bonjour,

J'ai suivi vos conseils : rien dans les indésirables, votre adresse est ajoutée aux expéditeurs approuvés, et toujours aucun mail depuis trois jours. Pouvez-vous transmettre à la région ou regarder de votre côté ?

Laurent Thiébaut
LP Emmanuel Héré, Laxou - {u}

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 9 septembre 2025 09:14
À : Laurent Thiébaut <laurent.thiebaut@ac-nancy-metz.fr>
Objet : [#SUP-013217] Mail de confirmation non reçu

Bonjour,

Les messages de la plateforme partent d'une adresse no-reply. Vérifiez votre dossier de courrier indésirable et déclarez l'expéditeur comme légitime. Sans nouvelles sous 48 heures, répondez à ce message.

Cordialement,
L'équipe d'assistance
""")

mail(key="mn08", cat="missing_noreply_mail", auto=True, uai=None, platform="ticket_portal", hard=False, lang="fr",
     notes="The ticket portal's confirmation mail (to set a password) never arrived. Region from ac-lyon.fr.",
     frm=("Rachid Haddou", "rachid.haddou@ac-lyon.fr"), client="gmail",
     date="2025-09-10 08:27:15", subj="Portail d'assistance : pas de mail de confirmation",
     body="""Bonjour,

J'ai voulu créer un compte sur votre portail de tickets pour suivre mes demandes, mais le mail de confirmation qui doit permettre de définir le mot de passe n'arrive pas (ni en indésirables).

Merci de votre aide,
Rachid Haddou
Référent numérique - LP Marcel Sembat, Vénissieux
""")

u = U("0491283")
mail(key="mn09", cat="missing_noreply_mail", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="Second message without quote: wrote last week, still neither the validation mail nor an answer. A reminder: a person must pick it up.",
     frm=("Anne-Sophie Brault", "anne-sophie.brault@ac-nantes.fr"), client="zimbra",
     date="2025-09-15 09:40:02", subj="je relance - mail de validation",
     body=f"""Bonjour,

Je vous ai écrit mardi dernier : je n'ai toujours pas reçu le mail de validation de mon compte Espace Acheteur, et pas de réponse non plus à mon message.

Pouvez-vous regarder ?

Anne-Sophie Brault
Collège Clément Janequin, Avrillé ({u})
""")

mail(key="mn10", cat="missing_noreply_mail", auto=True, uai=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="Subject 'question', two lines from the Gmail app: the mail to set the Espace Acheteur password does not arrive. No UAI, non-academic sender.",
     frm=("Mickaël Roux", "mickael.roux.intendance@gmail.com"), client="gmail_android",
     date="2025-09-02 12:09:36", subj="question",
     body="""Bonjour le mail pour définir mon mot de passe de l'espace acheteur n'arrive pas, c normal ? Inscrit ce matin.
Merci""")

u = U("0590718")
mail(key="mn11", cat="missing_noreply_mail", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Belgian phrasing ('j'ai encodé mon adresse', 'savez-vous', 'septante-deux'): the customer-account activation mail never came, 72 hours later.",
     frm=("Véronique Claes", "veronique.claes@ac-lille.fr"), client="outlook",
     date="2025-09-11 15:23:50", subj="Mail d'activation du compte client",
     body=f"""Bonjour,

Lundi, j'ai encodé mon adresse mail pour ouvrir le compte client du CDI (pour commander les abonnements en ligne). Il y est écrit qu'un mail d'activation arrive dans les douze heures : cela fait maintenant septante-deux heures et je n'ai rien reçu, ni dans les courriers indésirables.

Savez-vous me le renvoyer ?

Merci beaucoup,
Véronique Claes
Collège Van der Meersch, Tourcoing
UAI {u}
""")

u = U("0861327")
mail(key="mn12", cat="missing_noreply_mail", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="Written by the gestionnaire for her new deputy in copy: the 'compte validé' mail with the first-login link never reached the deputy.",
     frm=("Corinne Aubineau", "corinne.aubineau@ac-poitiers.fr"), client="outlook",
     cc=[("Thomas Giraud", "thomas.giraud@ac-poitiers.fr")],
     date="2025-09-04 15:48:11", subj="Pour mon collègue en copie - lien de première connexion",
     body=f"""Bonjour,

Je vous écris pour mon nouvel adjoint, M. Thomas Giraud (en copie), arrivé cette semaine au lycée professionnel Réaumur.

J'ai validé hier son compte sur l'Espace Acheteur en tant qu'administratrice de la structure, mais il n'a jamais reçu le mail avec le lien de première connexion. Il a regardé dans ses indésirables.

Pouvez-vous le lui renvoyer ?

Cordialement,
Corinne Aubineau
Gestionnaire - LP Réaumur, Poitiers - {u}
""")

mail(key="mn13", cat="missing_noreply_mail", auto=True, uai=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="Offer-update alerts subscribed to on the Espace Acheteur no longer arrive since the start of term; no anti-spam product named.",
     frm=("Pascale Roussel", "p.roussel@cd-marne.fr"), client="outlook",
     date="2025-09-17 09:33:20", subj="Plus d'alertes sur les offres",
     body="""Bonjour,

Je suis abonnée aux alertes de mise à jour des offres sur l'Espace Acheteur. Depuis la rentrée je n'en reçois plus aucune, alors que des collègues d'autres services en reçoivent. Rien dans mes courriers indésirables.

Pouvez-vous vérifier mon abonnement aux alertes ?

Pascale Roussel
Service des collèges - Département de la Marne
""")

u = U("0191384")
mail(key="mn14", cat="missing_noreply_mail", auto=True, uai=u, platform="espace_acheteur", hard=True, lang="fr",
     notes="Mentions several colleagues waiting for account validation, but the question is why the structure administrator no longer receives the 'compte à valider' notifications: missing_noreply_mail, not account_creation.",
     frm=("Jean-Marc Tronche", "jean-marc.tronche@ac-limoges.fr"), client="zimbra",
     date="2025-09-05 11:55:43", subj="Notifications de comptes à valider",
     body=f"""Bonjour,

Je suis l'administrateur de la structure pour le lycée professionnel Lavoisier de Brive (UAI {u}). Trois collègues arrivés à la rentrée m'ont dit avoir créé leur compte sur l'Espace Acheteur et attendre ma validation, mais je n'ai reçu aucune notification « compte à valider ». L'an dernier elles arrivaient sans problème.

Je peux valider leurs comptes à la main, ce n'est pas la question : je voudrais surtout savoir pourquoi les notifications ne m'arrivent plus.

Cordialement,
Jean-Marc Tronche
""")

u = U("0951638")
mail(key="mn15", cat="missing_noreply_mail", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="HTML-only Outlook (windows-1252): the new-password mail requested twice never arrived; no product named.",
     frm=("Sylvie Marchetti", "sylvie.marchetti@ac-versailles.fr"), client="outlook_html",
     date="2025-09-08 14:11:09", subj="Mail « nouveau mot de passe » jamais reçu",
     body=f"""Bonjour,

J'ai fait deux demandes de nouveau mot de passe sur l'Espace Acheteur (ce matin et vendredi), et je n'ai reçu aucun mail, ni en boîte de réception ni en courrier indésirable.

Pourriez-vous m'aider ? Je suis la gestionnaire du lycée professionnel Jean Mermoz, Montsoult (UAI {u}).

Cordialement,
Sylvie Marchetti
""")

u = U("9760518")
mail(key="mn16", cat="missing_noreply_mail", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="fr", tz=3,
     notes="Mayotte time zone; none of the platform's automatic mails (activation, notifications) reach the school's new staff.",
     frm=("Anrifa Madi", "anrifa.madi@ac-mayotte.fr"), client="gmail",
     date="2025-09-10 10:26:44", subj="Aucun mail automatique reçu",
     body=f"""Bonjour,

Depuis la rentrée, aucun des nouveaux collègues de l'intendance du lycée de Sada ne reçoit les mails automatiques de l'Espace Acheteur (activation de compte, notifications). Nous avons vérifié les indésirables.

UAI {u}

Merci par avance,
Anrifa Madi
""")

mail(key="mn17", cat="missing_noreply_mail", auto=True, uai=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="Subject in capitals with exclamation marks, from an iPhone, typos ('toujour', 'confiramtion'): the Espace Acheteur confirmation mail never came. No UAI; region from ac-creteil.fr.",
     frm=("Fatou Diallo", "fatou.diallo@ac-creteil.fr"), client="iphone",
     date="2025-09-03 18:02:27", subj="MAIL JAMAIS RECU !!!!",
     body="""Bonjour,
Inscription sur l'espace acheteur faite lundi, toujour pas le mail de confiramtion. Spams vérifiés. Je ne peux rien commander pour la rentrée !!
Fatou Diallo, adjointe gestionnaire, LP Louise Michel (Champigny)""")

# =====================================================================
# mailinblack_spam (13)
# =====================================================================
u = U("0801734")
mail(key="mb01", cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="IT referent of a lycée professionnel: MailInBlack holds the Espace Acheteur mails; asks which sender to allow.",
     frm=("Franck Dumont", "franck.dumont@ac-amiens.fr"), client="outlook",
     date="2025-09-03 10:40:12", subj="MailInBlack et vos notifications",
     body=f"""Bonjour,

Référent numérique du LP Edouard Branly (Amiens, UAI {u}). La région a déployé MailInBlack sur nos boîtes cet été, et depuis la rentrée les mails de l'Espace Acheteur (activation, mot de passe) restent en attente dans la quarantaine des collègues.

Quelle adresse ou quel domaine dois-je autoriser dans MailInBlack ?

Merci,
Franck Dumont
""")

u = U("0301842")
mail(key="mb02", cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", hard=True, lang="fr",
     notes="Dictated on a phone: 'mailing black' is MailInBlack misheard; its quarantine holds the Espace Acheteur activation mail. No punctuation.",
     frm=("Christophe Arnaud", "christophe.arnaud30@icloud.com"), client="iphone",
     date="2025-09-04 07:58:09", subj="Mails bloqués",
     body=f"""Bonjour je suis le nouveau gestionnaire du lycée professionnel Jules Raimu à Nîmes UAI {u} le mail d'activation de l'espace acheteur est bloqué par mailing black on m'a dit qu'il fallait le débloquer mais je ne sais pas comment faire dans mailing black pouvez-vous m'envoyer la procédure merci
Christophe Arnaud""")

u = U("0171629")
mail(key="mb03", cat="mailinblack_spam", auto=False, uai=u, platform="espace_acheteur", hard=True, lang="fr",
     notes="Describes the sender-authentication challenge (the sender must click and type the characters of an image) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide.",
     frm=("Hervé Pineau", "herve.pineau@ac-poitiers.fr"), client="zimbra",
     date="2025-09-08 12:14:26", subj="Vos mails n'arrivent pas",
     body=f"""Bonjour,

Depuis la rentrée, nos collègues ne reçoivent pas vos mails de l'Espace Acheteur. Un fournisseur m'a expliqué qu'en nous écrivant il reçoit en retour un message lui demandant de cliquer sur un lien et de recopier des caractères d'une image pour prouver qu'il n'est pas un robot ; tant qu'il ne le fait pas, son mail est retenu.

Je suppose qu'il se passe la même chose avec vos envois automatiques. Que pouvons-nous faire ?

Hervé Pineau
Proviseur adjoint chargé du numérique - LP Doriole, La Rochelle - {u}
""")

u = U("0441729")
mail(key="mb04", cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", hard=True, lang="fr",
     notes="Blames the desk's server first ('en panne depuis la rentrée'), then quotes the MailInBlack notice holding the Espace Acheteur mail: mailinblack_spam. The signature names a Breton town by mistake before correcting it; the UAI (Loire-Atlantique) gives the region.",
     frm=("Gaëlle Rousseau", "gaelle.rousseau@ac-nantes.fr"), client="gmail",
     date="2025-09-09 11:30:45", subj="Votre serveur est en panne ?",
     body=f"""Bonjour,

Je pense que votre serveur de messagerie est en panne depuis la rentrée, car je ne reçois plus rien de l'Espace Acheteur.

En regardant de plus près, j'ai trouvé ce matin un message de MailInBlack qui dit : « Un expéditeur non identifié tente de vous joindre, votre message est en attente ». L'expéditeur indiqué est votre adresse no-reply.

Comment faire pour que vos mails passent ?

Gaëlle Rousseau
Gestionnaire - LP Jules Verne, Guingamp... pardon, Saint-Nazaire ! (nouvelle affectation)
UAI {u}
""")

u = U("0061873")
mail(key="mb05", cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="en",
     notes="English: IT installed Mailinblack and the Espace Acheteur mails sit in its quarantine; asks for the allow-list procedure.",
     frm=("Tom Bradley", "tom.bradley@ac-nice.fr"), client="apple",
     date="2025-09-10 17:21:36", subj="Mailinblack quarantine",
     body=f"""Hello,

I run IT at the Centre International de Valbonne (UAI {u}). Our mail is now filtered by Mailinblack, and every message from the Espace Acheteur ends up in its quarantine, so new staff never see their activation links.

What is the recommended allow-list entry on our side?

Best regards,
Tom Bradley
""")

u = U("0573216")
mail(key="mb06", cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="A person forwards the MailInBlack daily quarantine report (machine text inside) and asks how to let the Espace Acheteur mails through.",
     frm=("Nathalie Becker", "nathalie.becker@ac-nancy-metz.fr"), client="outlook",
     date="2025-09-11 08:45:58", subj="TR: Mailinblack - Rapport quotidien de vos messages en attente",
     body=f"""Bonjour,

Je vous transfère le rapport de ce matin : vos messages y sont systématiquement. Faut-il que je clique sur « autoriser » à chaque fois ou y a-t-il un réglage définitif ?

Nathalie Becker
Intendance - Collège La Milliaire, Thionville ({u})

De : Mailinblack <noreply@mailinblack.com>
Envoyé : jeudi 11 septembre 2025 07:00
À : Nathalie Becker <nathalie.becker@ac-nancy-metz.fr>
Objet : Mailinblack - Rapport quotidien de vos messages en attente

Vous avez 3 messages en attente d'authentification :
- no-reply (Espace Acheteur) - Activation de votre compte
- no-reply (Espace Acheteur) - Votre nouveau mot de passe
- no-reply (Espace Acheteur) - Alerte : mise à jour d'une offre
Pour les consulter, connectez-vous à votre espace Mailinblack.
""")

u = U("0391483")
mail(key="mb07", cat="mailinblack_spam", auto=False, uai=u, platform="espace_acheteur", hard=True, lang="fr",
     notes="Two topics: the activation mail stuck in MailInBlack (first) and a market's documents not visible in 'Mes Marchés' (contract_documents); one template answers only half.",
     frm=("Yves Cuenot", "yves.cuenot@ac-besancon.fr"), client="thunderbird",
     date="2025-09-12 14:36:21", subj="Activation bloquée + documents du marché",
     body=f"""Bonjour,

Deux soucis en ce début d'année :

- le mail d'activation de mon compte Espace Acheteur est retenu par
  MailInBlack, et je n'ai pas les droits pour le libérer ;
- une fois connecté avec le compte de ma collègue, je ne vois pas les
  documents du marché « fournitures de bureau 2025 » dans Mes Marchés.

Merci de votre aide
--
Yves Cuenot
Gestionnaire - Lycée professionnel Pierre Vernotte, Moirans-en-Montagne
UAI {u}
""")

u = U("0470638")
mail(key="mb08", cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="The IT referent of a lycée agricole writes for the director's assistant in copy: MailInBlack quarantines her Espace Acheteur activation mail. Region from the UAI (educagri.fr is not an académie domain).",
     frm=("Damien Lacoste", "damien.lacoste@educagri.fr"), client="roundcube",
     cc=[("Sabrina Fontan", "sabrina.fontan@educagri.fr")],
     date="2025-09-04 09:09:31", subj="MailInBlack - pour Mme Fontan (en copie)",
     body=f"""Bonjour,

Je vous écris pour Mme Fontan, assistante de direction (en copie), qui
s'est inscrite lundi sur l'Espace Acheteur. Son mail d'activation est
bloqué dans la quarantaine MailInBlack installée par le conseil régional
et elle ne peut pas le débloquer elle-même.

Avez-vous un guide pour autoriser vos envois dans MailInBlack ? Je le
mettrai en place pour tout l'établissement.

Merci,
Damien Lacoste
TICE - Lycée agricole Étienne Restat, Sainte-Livrade-sur-Lot
UAI {u}
""")

mail(key="mb09", cat="mailinblack_spam", auto=True, uai=None, platform=None, hard=False, lang="fr",
     notes="'URGENT!!!' and one line from a phone: Mailinblack blocks everything, send the guide. No platform named, no UAI; region from ac-toulouse.fr.",
     frm=("Isabelle Fourcade", "isabelle.fourcade@ac-toulouse.fr"), client="android_outlook",
     date="2025-09-02 13:07:19", subj="URGENT!!!",
     body="""Mailinblack bloque tous vos mails depuis la rentrée, envoyez moi le guide svp.
I. Fourcade""")

u = U("0011847")
mail(key="mb10", cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="Swiss phrasing ('ça ne joue pas', 'meilleures salutations'); the Espace Acheteur mails are held by 'Mail in Black' again and again even after clicking 'Autoriser'.",
     frm=("Laurence Rochat", "laurence.rochat@ac-lyon.fr"), client="apple",
     date="2025-09-15 10:18:02", subj="Mail in Black",
     body=f"""Bonjour,

J'ai pris mon poste de gestionnaire au lycée professionnel de Bellegarde (UAI {u}) après quinze ans à Genève, et tout fonctionne un peu différemment ici !

Vos mails de l'Espace Acheteur arrivent dans « Mail in Black », qui me demande de les valider un par un. Même après avoir cliqué sur « Autoriser », les suivants sont à nouveau retenus : ça ne joue pas.

Je vous remercie d'avance de votre retour.

Meilleures salutations,
Laurence Rochat
""")

u = U("0932184")
mail(key="mb11", cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", hard=True, lang="fr",
     notes="Reply quoting the junk-folder answer (Gmail French quote): nothing in junk, and their IT says MailInBlack is holding the mails, so the MailInBlack guide is now the right answer.",
     frm=("Sami Belkacem", "sami.belkacem@ac-creteil.fr"), client="gmail",
     date="2025-09-11 09:54:07", subj="Re: [#SUP-013391] Notifications non reçues", irt="SUP-013391",
     body=f"""Bonjour,

Rien dans les indésirables. Notre informaticien vient de me dire que c'est MailInBlack qui retient vos mails (il les voit dans la console). Que doit-il autoriser ?

Sami Belkacem
LP Jean Moulin, Le Blanc-Mesnil - {u}

Le mar. 9 sept. 2025 à 15:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Les messages de la plateforme partent d'une adresse no-reply. Vérifiez votre
> dossier de courrier indésirable et déclarez l'expéditeur comme légitime.
>
> Cordialement,
> L'équipe d'assistance
""")

u = U("0211589")
mail(key="mb12", cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="Gestionnaire writes with the IT technician in copy: MailInBlack filters the Espace Acheteur mails; should they allow the domain or the address?",
     frm=("Monique Garnier", "monique.garnier@ac-dijon.fr"), client="outlook",
     cc=[("Kevin Perrot", "kevin.perrot@ac-dijon.fr")],
     date="2025-09-16 15:05:33", subj="Autoriser le domaine ou l'adresse ? (MailInBlack)",
     body=f"""Bonjour,

Notre technicien (en copie) doit paramétrer MailInBlack pour que vos messages de l'Espace Acheteur ne soient plus retenus. Faut-il autoriser votre domaine complet ou seulement l'adresse no-reply ?

Merci de répondre à nous deux.

Monique Garnier
Gestionnaire - Lycée professionnel Le Castel, Dijon
UAI {u}
""")

u = U("0351849")
mail(key="mb13", cat="mailinblack_spam", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="HTML-only Outlook: 'Mailinblack Protect' quarantined the activation mail of the e-sidoc customer account; asks for the allow-list procedure.",
     frm=("Gwenaëlle Tanguy", "gwenaelle.tanguy@ac-rennes.fr"), client="outlook_html",
     date="2025-09-17 11:48:40", subj="Mail d'activation compte client en quarantaine",
     body=f"""Bonjour,

Nouvelle documentaliste au collège Les Gayeulles (Rennes, UAI {u}), j'ai ouvert le compte client pour commander nos abonnements. Le mail d'activation est arrivé dans la quarantaine « Mailinblack Protect » et a été supprimé au bout de 24 h sans que je puisse le libérer.

Pouvez-vous me le renvoyer et m'indiquer comment autoriser votre adresse dans Mailinblack ?

Merci,
Gwenaëlle Tanguy
""")

# =====================================================================
# head_of_establishment_request (13)
# =====================================================================
u = U("0511947")
mail(key="he01", cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="New proviseur, from the ce.<UAI> address, asks to replace the e-sidoc administrator contact address with that of the new librarian, who is in copy.",
     frm=("Proviseur - LP Gustave Eiffel", f"ce.{u}@ac-reims.fr"), client="zimbra",
     cc=[("Manon Collin", "manon.collin@ac-reims.fr")],
     date="2025-09-03 17:28:06", subj="Changement d'adresse de contact - compte e-sidoc",
     body=f"""Madame, Monsieur,

Arrivé le 1er septembre à la direction du lycée professionnel Gustave Eiffel de Reims (UAI {u}), je vous demande de bien vouloir remplacer l'adresse de contact du compte administrateur de notre portail e-sidoc par celle de notre nouvelle professeure documentaliste, Mme Manon Collin (manon.collin@ac-reims.fr), en copie de ce message.

L'ancienne adresse appartenait à une collègue mutée, qui ne doit plus avoir accès au compte.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Bertrand Lallement
Proviseur
""")

u = U("0121384")
mail(key="he02", cat="head_of_establishment_request", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="The director of an EPLEFPA (head of a lycée agricole) designates the new Espace Acheteur structure administrator, the former gestionnaire having retired. educagri.fr sender; region from the UAI.",
     frm=("Direction EPLEFPA Rodez", "direction.rodez@educagri.fr"), client="outlook",
     date="2025-09-05 09:12:44", subj="Désignation d'un nouvel administrateur - Espace Acheteur",
     body=f"""Madame, Monsieur,

En ma qualité de directeur de l'EPLEFPA de Rodez (lycée agricole La Roque, UAI {u}), je désigne Mme Élise Bastide, secrétaire générale arrivée à la rentrée, comme nouvelle administratrice de notre structure sur l'Espace Acheteur.

M. Roland Cayla, gestionnaire parti à la retraite le 31 août, ne fait plus partie de l'établissement : je vous remercie de fermer ses accès.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Philippe Vernhes
Directeur de l'EPLEFPA de Rodez
""")

u = U("0601572")
mail(key="he03", cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="The librarian sends the proviseure's signed letter (PDF attached), the proviseure in copy: it is the head's written request, relayed, for the e-sidoc admin reset. Staff must check the letter and the sender.",
     frm=("Lucie Marchand", "lucie.marchand@ac-amiens.fr"), client="thunderbird",
     cc=[("Proviseure LP Marie Curie", f"ce.{u}@ac-amiens.fr")],
     date="2025-09-09 13:17:52", subj="Courrier de Mme la Proviseure - réinitialisation e-sidoc",
     attach=[("courrier_proviseure_esidoc.pdf", "application/pdf", fake_pdf("Courrier de la proviseure - reinitialisation e-sidoc"))],
     body=f"""Bonjour,

Comme vous nous l'aviez indiqué au téléphone, je vous transmets le
courrier signé de Mme la Proviseure (en copie) demandant la
réinitialisation du mot de passe administrateur de notre portail e-sidoc
et l'enregistrement de mon adresse comme adresse de contact.

Je reste disponible,
Lucie Marchand
Professeure documentaliste
LP Marie Curie, Nogent-sur-Oise - UAI {u}
""")

u = U("0451874")
mail(key="he04", cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="The proviseure dictates her agreement on her iPhone (no punctuation, 'et si doc' for e-sidoc), quoting her librarian's request (Apple quote style): written head-of-establishment authorisation for the e-sidoc reset.",
     frm=("Catherine Olivier", "catherine.olivier@ac-orleans-tours.fr"), client="iphone",
     date="2025-09-08 19:44:30", subj="Re: Mot de passe e-sidoc", nosig=True,
     irt="<3c9e1f07-5a2b-4d8e-b6f1-0e7a9c2d4b15@ac-orleans-tours.fr>",
     body=f"""Bonjour je confirme en tant que proviseure du lycée Jean Lurçat que vous pouvez réinitialiser le mot de passe du compte et si doc et l'envoyer à madame Perrin notre nouvelle documentaliste merci

Envoyé de mon iPhone
C. Olivier, proviseure

> Le 8 sept. 2025 à 16:02, Audrey Perrin <audrey.perrin@ac-orleans-tours.fr> a écrit :
>
> Madame la Proviseure,
> Le support e-sidoc demande votre accord écrit pour réinitialiser notre mot de passe administrateur (UAI {u}). Pourriez-vous leur répondre directement à support@assistance.example.fr ?
> Merci,
> Audrey Perrin
""")

u = U("0881529")
mail(key="he05", cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Reads like an order question, but the principal writes to authorise, in writing, the librarian (in copy) to validate the renewal order: a head-of-establishment authorisation, not order_billing.",
     frm=("Principal Collège Louis Pergaud", f"ce.{u}@ac-nancy-metz.fr"), client="zimbra",
     cc=[("Mathilde Colin", "mathilde.colin@ac-nancy-metz.fr")],
     date="2025-09-10 08:03:57", subj="Commande de renouvellement - autorisation",
     body=f"""Bonjour,

Je soussigné Pascal Henry, principal du collège Louis Pergaud d'Épinal (UAI {u}), autorise Mme Mathilde Colin, professeure documentaliste, en copie, à valider en mon nom la commande de renouvellement des abonnements du CDI pour l'année 2025-2026.

Cordialement,
Pascal Henry
Principal
""")

d = "0061428"
u = U(d)
mail(key="he06", cat="head_of_establishment_request", auto=False, uai=u, platform="espace_acheteur", hard=True, lang="fr",
     notes=f"The body gives {BAD(d, 4)} (wrong check letter) but the sender address ce.{u}@ac-nice.fr carries the valid UAI, which is the label. The proviseure names a new structure administrator.",
     frm=("Lycée professionnel Les Palmiers", f"ce.{u}@ac-nice.fr"), client="zimbra",
     date="2025-09-11 10:29:14", subj="Nouvel administrateur de la structure",
     body=f"""Madame, Monsieur,

Je vous informe que M. Kader Messaoudi, adjoint gestionnaire, est désigné administrateur de la structure « LP Les Palmiers » (UAI {BAD(d, 4)}) sur l'Espace Acheteur, en remplacement de Mme Nicole Faure, mutée.

Merci de bien vouloir procéder au changement.

Sabine Orsini
Proviseure
""")

u = U("0911736")
mail(key="he07", cat="head_of_establishment_request", auto=False, uai=u, platform="espace_acheteur", hard=True, lang="fr",
     notes="Signs as the proviseur but writes from a free-mail address and asks for the administrator account to be moved to it and the password sent there: still a head-of-establishment request for the queue, with weak evidence that staff must verify (or refuse).",
     frm=("Proviseur Lycee Parc de Vilgenis", "proviseur.vilgenis@outlook.fr"), client="outlook",
     date="2025-09-12 22:16:40", subj="URGENT - changement administrateur",
     body=f"""Bonjour,

Je suis le nouveau proviseur du lycée Parc de Vilgénis à Massy (UAI {u}). Ma messagerie académique n'est pas encore ouverte.

Je vous demande de rattacher dès aujourd'hui le compte administrateur de l'Espace Acheteur à cette adresse et de m'y envoyer le nouveau mot de passe, l'ancien gestionnaire ayant quitté l'établissement.

Merci de faire vite, nous avons des commandes en attente.

Le Proviseur
""")

u = U("0260638")
mail(key="he08", cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="New primary-school head (directrice d'école) asks to replace the contact address of the e-sidoc admin account with the school's address.",
     frm=("Directrice école Jean Macé", f"ce.{u}@ac-grenoble.fr"), client="thunderbird",
     date="2025-09-04 16:55:03", subj="Adresse de contact e-sidoc de l'école",
     body=f"""Bonjour,

Nouvelle directrice de l'école élémentaire Jean Macé de Valence (UAI {u}) depuis la rentrée, je vous demande de remplacer l'adresse de contact du compte administrateur e-sidoc de la BCD, qui est encore l'adresse personnelle de mon prédécesseur, par l'adresse de l'école : ce.{u.lower()}@ac-grenoble.fr.

Merci,
Hélène Rey
Directrice
""")

u = U("0752941")
mail(key="he09", cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc", hard=False, lang="en",
     notes="English: the head of a bilingual private school under contract names the new e-sidoc administrator and asks to close the former librarian's access.",
     frm=("Jonathan Reeves", "head@ecole-bilingue-marais.fr"), client="apple",
     date="2025-09-08 11:37:25", subj="Change of e-sidoc administrator",
     body=f"""Dear Sir or Madam,

As Head of the École Bilingue du Marais (UAI {u}), I am writing to ask you to make our new librarian, Ms Priya Shah (priya.shah@ecole-bilingue-marais.fr), the administrator of our e-sidoc portal.

Her predecessor, Mr Daniel Moreau, left the school in July; please remove his access.

Yours faithfully,
Jonathan Reeves
Head of School
""")

u = U("0592871")
mail(key="he10", cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Belgian administrative phrasing ('endéans', 'je vous saurais gré', 'à la rentrée scolaire'): the principal asks to reset the e-sidoc admin password so the departed librarian loses access, link to the school's address.",
     frm=("Principale Collège Jean Jaurès", f"ce.{u}@ac-lille.fr"), client="outlook",
     date="2025-09-09 08:21:48", subj="Réinitialisation du mot de passe e-sidoc",
     body=f"""Madame, Monsieur,

En ma qualité de principale du collège Jean Jaurès de Wattrelos (UAI {u}), je vous saurais gré de réinitialiser le mot de passe administrateur de notre portail e-sidoc endéans la semaine et d'envoyer le lien à l'adresse de l'établissement.

Notre documentaliste a quitté l'établissement à la fin de l'année scolaire et ne doit plus avoir accès au compte.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Marie-Christine Vanhoutte
Principale
""")

u = U("0311846")
mail(key="he11", cat="head_of_establishment_request", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="The proviseur's reminder ('je relance') quoting his own unanswered request (Outlook quote) to change the Espace Acheteur administrator: still his written request.",
     frm=("Proviseur LP Déodat de Séverac", f"ce.{u}@ac-toulouse.fr"), client="outlook",
     date="2025-09-16 09:05:12", subj="RE: Changement d'administrateur Espace Acheteur",
     body=f"""Bonjour,

Je relance ma demande du 4 septembre, restée sans suite. Mme Roques ne peut toujours pas valider les comptes des nouveaux personnels.

Cordialement,
Alain Fabre
Proviseur

De : Proviseur LP Déodat de Séverac <ce.{u}@ac-toulouse.fr>
Envoyé : jeudi 4 septembre 2025 11:20
À : support@assistance.example.fr
Objet : Changement d'administrateur Espace Acheteur

Madame, Monsieur,

Je vous demande de désigner Mme Sandrine Roques, gestionnaire, comme administratrice de notre structure sur l'Espace Acheteur (UAI {u}), en remplacement de M. Luc Garrigues, muté.

Alain Fabre
Proviseur du lycée professionnel Déodat de Séverac, Toulouse
""")

u = U("0851462")
mail(key="he12", cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Reply (Zimbra 'Mail original' quote) in which the principal gives the written confirmation the desk asked for, for the e-sidoc reset.",
     frm=("Principal Collège Les Sicardières", f"ce.{u}@ac-nantes.fr"), client="zimbra", plain_only=True,
     date="2025-09-10 12:40:19", subj="Re: [#SUP-013305] Mot de passe e-sidoc", irt="SUP-013305",
     body=f"""Bonjour,

Je confirme, en tant que principal du collège, la demande de réinitialisation du mot de passe administrateur e-sidoc faite par M. Guérin, notre documentaliste. Vous pouvez envoyer le lien à l'adresse de l'établissement.

Franck Bodin
Principal - Collège Les Sicardières, Chantonnay ({u})

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Guérin Vincent" <vincent.guerin@ac-nantes.fr>
Envoyé: Mardi 9 Septembre 2025 10:12:33
Objet: [#SUP-013305] Mot de passe e-sidoc

Bonjour,

L'adresse depuis laquelle vous écrivez n'est pas celle enregistrée pour l'établissement. Le chef d'établissement doit confirmer la demande par écrit, de préférence depuis l'adresse officielle de l'établissement.

Cordialement,
L'équipe d'assistance
""")

u = U("0131629")
mail(key="he13", cat="head_of_establishment_request", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="Subject in capitals; HTML-only Outlook (windows-1252): the proviseur authorises the new gestionnaire to validate orders on the Espace Acheteur for the establishment.",
     frm=("Proviseur LP La Calade", f"ce.{u}@ac-aix-marseille.fr"), client="outlook_html",
     date="2025-09-05 15:32:06", subj="AUTORISATION",
     body=f"""Madame, Monsieur,

Par la présente, j'autorise Mme Yasmina Cherif, gestionnaire de l'établissement depuis le 1er septembre, à valider les commandes de l'établissement sur l'Espace Acheteur.

Lycée professionnel La Calade - Marseille - UAI {u}

Jean-Louis Ferracci
Proviseur
""")

# =====================================================================
# order_billing (9)
# =====================================================================
u = U("0271634")
mail(key="ob01", cat="order_billing", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="New gestionnaire of a lycée professionnel needs a formal quote (devis) for the CDI subscriptions to issue the bon d'engagement.",
     frm=("Stéphanie Duval", "stephanie.duval@ac-normandie.fr"), client="outlook",
     date="2025-09-04 10:33:27", subj="Demande de devis - abonnements CDI 2025-2026",
     body=f"""Bonjour,

Nouvellement arrivée comme gestionnaire au lycée professionnel Jean Moulin des Andelys (UAI {u}), je dois établir le bon d'engagement pour les abonnements du CDI (e-sidoc et ressources en ligne).

Pourriez-vous m'adresser un devis détaillé pour l'année 2025-2026 ? Notre agent comptable ne peut pas engager la dépense sans ce document.

Cordialement,
Stéphanie Duval
Gestionnaire
""")

u = U("0792147")
mail(key="ob02", cat="order_billing", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="The invoice was rejected in Chorus Pro (wrong service code); asks for a corrected invoice.",
     frm=("Agence comptable Lycée Les Grippeaux", "agence.comptable.grippeaux@ac-poitiers.fr"), client="zimbra",
     date="2025-09-17 14:20:41", subj="Facture rejetée sur Chorus Pro",
     body=f"""Bonjour,

Votre facture pour l'abonnement e-sidoc du CDI du lycée professionnel Les Grippeaux (Parthenay, UAI {u}) a été rejetée sur Chorus Pro : le code service indiqué n'est pas le nôtre depuis la fusion des agences comptables au 1er septembre.

Merci de déposer une nouvelle facture avec le code service « AC-GRIPPEAUX ».

L'agence comptable
""")

u = U("0251478")
mail(key="ob03", cat="order_billing", auto=False, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Blames a summer update, but the basket saved in June simply expired (baskets are kept 15 days): order_billing, a person answers about re-creating the order.",
     frm=("Christine Faivre", "christine.faivre@ac-besancon.fr"), client="thunderbird",
     date="2025-09-02 15:48:05", subj="Panier disparu",
     body=f"""Bonjour,

Je pense que la mise à jour de l'été a effacé mon panier : j'avais
préparé en juin la commande des abonnements du CDI pour la rentrée, et
le panier est vide aujourd'hui. Les produits y étaient encore le 20 juin.

Est-il possible de le retrouver ? Sinon je dois tout ressaisir et le
bon d'engagement est déjà signé avec le montant de juin.

Christine Faivre
Documentaliste - Collège Lucie Aubrac, Besançon ({u})
""")

u = U("0561847")
mail(key="ob04", cat="order_billing", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Dictated on a phone ('de fois' for 'deux fois', no punctuation): the same invoice arrived twice, asks which one to pay and to cancel the other.",
     frm=("Morgane Le Floch", "morgane.lefloch@ac-rennes.fr"), client="android_outlook",
     date="2025-09-11 12:52:36", subj="Facture en double",
     body=f"""Bonjour nous avons reçu de fois la même facture pour l'abonnement e-sidoc du collège Jules Simon à Vannes le même montant mais deux numéros différents pouvez-vous annuler l'une des deux et nous dire laquelle il faut payer UAI {u} merci
Morgane Le Floch intendance""")

u = U("0781642")
mail(key="ob05", cat="order_billing", auto=False, uai=u, platform="esidoc", hard=False, lang="en",
     notes="English: the bursar of an international lycée asks whether the subscription can be paid by credit card instead of a mandat administratif.",
     frm=("Sarah Whitfield", "sarah.whitfield@lycee-international-sgl.fr"), client="outlook", clang="en-GB",
     date="2025-09-15 11:06:58", subj="Payment by card?",
     body=f"""Hello,

I have just taken over the accounts of the Lycée International in Saint-Germain-en-Laye (UAI {u}). Before I place the order for the library's e-sidoc subscription, could you tell me whether we can pay by credit card? Otherwise, please send me your bank details for a transfer.

Thank you,
Sarah Whitfield
Bursar's office
""")

u = U("0371824")
mail(key="ob06", cat="order_billing", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Reminder quoting her own earlier request (Gmail quote) for a quote needed for the bon d'engagement.",
     frm=("Lydie Moreau", "lydie.moreau@ac-orleans-tours.fr"), client="gmail",
     date="2025-09-18 09:12:30", subj="Re: Devis abonnement Europresse",
     irt="<CAH7xYq3Kp2vL9mRt0aWd4EeZ_1uFsNq8oTgBk5jcW=ExQvH@mail.gmail.com>",
     body=f"""Bonjour,

Je me permets de relancer : je n'ai toujours pas reçu le devis demandé la semaine dernière.

Merci,
Lydie Moreau

Le jeu. 11 sept. 2025 à 10:41, Lydie Moreau <lydie.moreau@ac-orleans-tours.fr> a écrit :
> Bonjour,
>
> Pourriez-vous m'envoyer un devis pour l'abonnement Europresse du CDI du lycée professionnel Albert Bayet (Tours, UAI {u}) ? Notre gestionnaire en a besoin pour le bon d'engagement.
>
> Cordialement,
> Lydie Moreau
""")

u = U("0421963")
mail(key="ob07", cat="order_billing", auto=False, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="The writer suspects a password problem, but she is logged in and the order validation refuses the missing bon d'engagement: order_billing, not password_reset.",
     frm=("Agnès Peyrard", "agnes.peyrard@ac-lyon.fr"), client="outlook",
     date="2025-09-08 13:59:02", subj="Problème de mot de passe ???",
     body=f"""Bonjour,

Je pense que j'ai un problème de mot de passe ou de droits, car je n'arrive pas à valider ma commande de renouvellement.

Je suis bien connectée à mon compte client, je vois mon panier, mais au moment de valider un message rouge dit « bon d'engagement obligatoire » et le bouton reste grisé. Je n'ai pas de bon d'engagement, c'est l'intendance qui le fait d'habitude.

Comment passer la commande ?

Agnès Peyrard
CDI - LP Benoît Fourneyron, Saint-Étienne - {u}
""")

u = U("0320847")
mail(key="ob08", cat="order_billing", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Lycée agricole: invoices must now be addressed to the EPLEFPA's agence comptable, not the lycée; asks to change the billing address.",
     frm=("Régine Dabadie", "regine.dabadie@educagri.fr"), client="roundcube",
     date="2025-09-19 10:44:15", subj="Adresse de facturation",
     body=f"""Bonjour,

A compter de cette rentree, les factures du CDI du lycee agricole
d'Auch-Beaulieu (UAI {u}) doivent etre adressees a l'agence
comptable de l'EPLEFPA du Gers et non plus au lycee.

Pouvez-vous modifier l'adresse de facturation sur notre compte client
et rééditer la facture de septembre ?

Cordialement
Regine Dabadie
Secretariat de gestion - EPLEFPA du Gers
""")

mail(key="ob09", cat="order_billing", auto=False, uai=None, platform="espace_acheteur", hard=True, lang="fr",
     notes="'En attente de validation' is said of an order here, not of an account (so not account_creation): the Espace Acheteur order is stuck since last week; asks who validates it and whether a payment means is missing. No UAI; region from ac-dijon.fr.",
     frm=("Patrice Jacquot", "patrice.jacquot@ac-dijon.fr"), client="outlook",
     date="2025-09-22 16:18:49", subj="Commande en attente de validation",
     body="""Bonjour,

Ma commande de fournitures de rentrée (n° EA-2025-18842) est toujours « en attente de validation » sur l'Espace Acheteur depuis mardi dernier. Est-ce à moi de faire quelque chose ? Manque-t-il un moyen de paiement ?

Merci,
Patrice Jacquot
Adjoint gestionnaire - LP Émiland Gauthey, Chalon-sur-Saône
""")

# =====================================================================
# account_creation (9)
# =====================================================================
mail(key="ac01", cat="account_creation", auto=True, uai=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="New adjointe gestionnaire asks how to create her Espace Acheteur account: the sign-up answer fits. No UAI; region from ac-amiens.fr.",
     frm=("Céline Boulanger", "celine.boulanger3@ac-amiens.fr"), client="zimbra",
     date="2025-09-02 09:41:22", subj="Création de compte",
     body="""Bonjour,

Je viens de prendre mes fonctions d'adjointe gestionnaire dans un lycée professionnel de Soissons. Comment dois-je faire pour créer mon compte sur l'Espace Acheteur ?

Merci,
Céline Boulanger
""")

u = U("0161429")
mail(key="ac02", cat="account_creation", auto=True, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="Filled the sign-up form, cannot log in: the account is waiting for the structure administrator's validation (FAQ case).",
     frm=("Romain Texier", "romain.texier@ac-poitiers.fr"), client="gmail",
     date="2025-09-03 14:06:33", subj="Impossible de me connecter après inscription",
     body=f"""Bonjour,

J'ai rempli le formulaire d'inscription sur l'Espace Acheteur lundi. Quand j'essaie de me connecter, on m'indique que mon compte est « en attente de validation ».

Que dois-je faire ? Je suis le nouveau gestionnaire du LP Jean Albert Grégoire de Soyaux (UAI {u}).

Romain Texier
""")

u = U("0831742")
mail(key="ac03", cat="account_creation", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="Rush of new staff: asks who the structure's administrator is, so she can get her account validated. Needs a look-up, a person answers.",
     frm=("Laetitia Brun", "laetitia.brun@ac-nice.fr"), client="iphone",
     date="2025-09-04 12:30:12", subj="Qui est notre administrateur ?",
     body=f"""Bonjour,
Nouvelle à l'intendance du lycée professionnel Claret (Toulon, {u}), je dois faire valider mon compte Espace Acheteur par l'administrateur de la structure mais personne ici ne sait qui c'est. Pouvez-vous me le dire ?
Merci
L. Brun""")

u = U("0251893")
mail(key="ac04", cat="account_creation", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="IT referent of a lycée professionnel: the new DDFPT's account works but he needs order rights opened. Rights to open: a person answers.",
     frm=("Arnaud Vuillemin", "arnaud.vuillemin@ac-besancon.fr"), client="thunderbird",
     date="2025-09-09 10:15:37", subj="Droits de commande pour un nouveau collègue",
     body=f"""Bonjour,

Le nouveau directeur délégué aux formations du LP Les Huisselets
(Montbéliard, UAI {u}) a bien un compte sur l'Espace Acheteur, il se
connecte sans problème, mais il ne peut que consulter : le bouton de
commande n'apparaît pas.

Pouvez-vous lui ouvrir les droits de commande ?

Arnaud Vuillemin
Référent numérique
""")

u = U("0641729")
mail(key="ac05", cat="account_creation", auto=True, uai=u, platform="espace_acheteur", hard=True, lang="fr",
     notes="Negation: 'je n'ai pas oublié mon mot de passe', she never had an account and wants to create one: account_creation, not password_reset.",
     frm=("Maite Iribarne", "maite.iribarne@ac-bordeaux.fr"), client="outlook",
     date="2025-09-05 11:23:08", subj="Pas un problème de mot de passe !",
     body=f"""Bonjour,

Je n'ai pas oublié mon mot de passe, contrairement à ce que pense mon collègue qui m'a dit de vous écrire : je n'ai jamais eu de compte sur l'Espace Acheteur. J'arrive de l'enseignement privé et je voudrais en créer un pour le lycée professionnel Ramiro Arrue (Saint-Jean-de-Luz, UAI {u}).

Comment faire ?

Maite Iribarne
Gestionnaire
""")

u = U("0501736")
mail(key="ac06", cat="account_creation", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Lycée agricole: the establishment's UAI is not in the list when opening the customer account; the FAQ sends these to the sales team.",
     frm=("Jérôme Lecerf", "jerome.lecerf@educagri.fr"), client="gmail",
     date="2025-09-10 15:52:17", subj="UAI introuvable à la création du compte client",
     body=f"""Bonjour,

Je veux ouvrir le compte client du CDI du lycée agricole de Coutances pour commander notre abonnement, mais notre UAI ({u}) n'apparaît pas dans la liste des établissements proposée par le formulaire.

Comment faire ?

Jérôme Lecerf
Professeur documentaliste - Lycée agricole de Coutances
""")

u = U("0121729")
mail(key="ac07", cat="account_creation", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="The principal's secretary writes for the new librarian in copy: how to open the customer account before a first order (FAQ answer).",
     frm=("Secrétariat Collège Jean Moulin", "secretariat.jeanmoulin.rodez@ac-toulouse.fr"), client="outlook",
     cc=[("Léa Vergnes", "lea.vergnes@ac-toulouse.fr")],
     date="2025-09-03 09:02:55", subj="Ouverture du compte client - pour Mme Vergnes (en copie)",
     body=f"""Bonjour,

Notre nouvelle professeure documentaliste, Mme Léa Vergnes (en copie), souhaite ouvrir le compte client du CDI afin de passer sa première commande d'abonnements. Pouvez-vous lui indiquer la marche à suivre ?

Collège Jean Moulin, Rodez - UAI {u}

Le secrétariat
""")

u = U("0632847")
mail(key="ac08", cat="account_creation", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="Account waiting for validation for ten days; the structure administrator left at the summer (mutation): the region must step in.",
     frm=("Olivia Tixier", "olivia.tixier@ac-clermont.fr"), client="gmail",
     date="2025-09-12 16:42:09", subj="Compte en attente depuis 10 jours",
     body=f"""Bonjour,

Mon compte sur l'Espace Acheteur est « en attente de validation » depuis dix jours. J'ai appris que l'administratrice de notre structure a été mutée cet été à Lyon et n'a plus accès à rien. Qui peut valider mon compte ?

Olivia Tixier, gestionnaire
LP Camille Claudel, Clermont-Ferrand (UAI {u})
""")

mail(key="ac09", cat="account_creation", auto=False, uai=None, platform="espace_acheteur", hard=False, lang="en",
     notes="English: a school that opened this September wants a buyer account on the Espace Acheteur; eligibility must be checked by a person.",
     frm=("Daniel O'Connor", "d.oconnor@newschool-annecy.org"), client="gmail",
     date="2025-09-15 08:51:44", subj="Buyer account for a new school",
     body="""Good morning,

Our school, an international primary and middle school in Annecy, opened its doors this September. Our business manager would like to open a buyer account on the Espace Acheteur to use your purchasing framework.

Are we eligible, and what documents do you need?

Kind regards,
Daniel O'Connor
Operations manager
""")

# =====================================================================
# subscription_activation (9)
# =====================================================================
u = U("0292418")
mail(key="sa01", cat="subscription_activation", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Cafeyn ordered yesterday, not visible on the portal yet: within the 72-hour window.",
     frm=("Anne Kerjean", "anne.kerjean@ac-rennes.fr"), client="zimbra",
     date="2025-09-09 10:11:27", subj="Cafeyn pas encore visible",
     body=f"""Bonjour,

Nous avons commandé hier l'abonnement Cafeyn pour le CDI du lycée professionnel de l'Elorn (Landerneau, UAI {u}). Il n'apparaît pas encore dans nos ressources sur e-sidoc. Est-ce normal ?

Bonne journée,
Anne Kerjean
""")

u = U("0861952")
mail(key="sa02", cat="subscription_activation", auto=True, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Guesses the school firewall blocks Europresse, but the resource ordered two days ago is simply not in 'Mes abonnements' yet: subscription_activation within 72 hours.",
     frm=("Fabien Morisset", "fabien.morisset@ac-poitiers.fr"), client="thunderbird",
     date="2025-09-11 14:47:10", subj="Pare-feu qui bloque Europresse ?",
     body=f"""Bonjour,

Je pense que le nouveau pare-feu installé par la région cet été bloque
Europresse : impossible d'y accéder depuis le CDI.

En vérifiant, je m'aperçois que la ressource n'apparaît même pas dans
« Mes abonnements » sur e-sidoc. La commande a été validée mardi (il y a
deux jours).

Merci de me dire si c'est une question de délai ou de réseau.

Fabien Morisset
Référent numérique et documentaliste
LP Le Dolmen, Poitiers - {u}
""")

u = U("0681547")
mail(key="sa03", cat="subscription_activation", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Universalis ordered eight days ago, still not active: past the 72-hour rule, a person must look at the order.",
     frm=("Sandra Muller", "sandra.muller@ac-strasbourg.fr"), client="outlook",
     date="2025-09-16 09:28:34", subj="Universalis toujours pas actif",
     body=f"""Bonjour,

Notre abonnement à Universalis, commandé et validé le lundi 8 septembre, n'est toujours pas actif sur le portail e-sidoc du collège Victor Hugo de Colmar (UAI {u}). Les élèves tombent sur une page d'erreur.

Pouvez-vous regarder ?

Sandra Muller
Professeure documentaliste
""")

u = U("0722481")
mail(key="sa04", cat="subscription_activation", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="The subscribed resource is active in the back office but pupils cannot find it: asks how to publish it on the portal (publication step).",
     frm=("Guillaume Pichon", "guillaume.pichon@ac-nantes.fr"), client="apple",
     date="2025-09-12 13:06:41", subj="Publier une ressource pour les élèves",
     body=f"""Bonjour,

Notre abonnement Le Monde Éducation est bien actif (je le vois dans l'administration), mais les élèves ne le trouvent pas sur le portail e-sidoc. Comment le publier pour qu'il apparaisse sur la page d'accueil ?

Guillaume Pichon
CDI du lycée professionnel Funay-Hélène Boucher, Le Mans ({u})
""")

u = U("0340927")
mail(key="sa05", cat="subscription_activation", auto=True, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Dictated on a phone: 'café in' is Cafeyn misheard; ordered yesterday, not yet on the portal: within 72 hours.",
     frm=("Nathalie Roustan", "nathalie.roustan@ac-montpellier.fr"), client="iphone",
     date="2025-09-10 08:14:02", subj="Abonnement café in",
     body=f"""Bonjour on a commandé hier l'abonnement café in pour le CDI du lycée professionnel Jean Mermoz à Béziers UAI {u} et je ne le vois pas encore dans et si doc est-ce qu'il faut faire quelque chose de notre côté merci
Nathalie Roustan""")

u = U("0731658")
mail(key="sa06", cat="subscription_activation", auto=True, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Written by the proviseur from the ce.<UAI> address, but he only asks when the subscription ordered the day before will be available: not a head-of-establishment request.",
     frm=("Proviseur LP du Nivolet", f"ce.{u}@ac-grenoble.fr"), client="zimbra",
     date="2025-09-05 17:40:55", subj="Disponibilité de l'abonnement",
     body="""Bonjour,

Notre gestionnaire a validé hier la commande de l'abonnement Europresse pour le CDI. Pouvez-vous me dire quand la ressource sera accessible aux élèves ? Nous voulons la présenter aux classes de terminale lundi.

Cordialement,
Didier Carron
Proviseur
""")

u = U("0942163")
mail(key="sa07", cat="subscription_activation", auto=True, uai=u, platform="esidoc", hard=True, lang="fr",
     notes="Subject 'des nouvelles ?!!' but it is a first message: ordered Monday, now Wednesday, the resource is not active yet; within 72 hours.",
     frm=("Karim Benhamou", "karim.benhamou@ac-creteil.fr"), client="gmail",
     date="2025-09-17 11:39:20", subj="des nouvelles ?!!",
     body=f"""Bonjour,

Commande de Cafeyn validée lundi matin pour le collège Pablo Neruda (Vitry, UAI {u}), on est mercredi et la ressource n'est toujours pas active sur notre e-sidoc. C'est pour quand ?

Karim Benhamou
""")

u = U("0331648")
mail(key="sa08", cat="subscription_activation", auto=True, uai=u, platform="esidoc", hard=False, lang="en",
     notes="French greeting, English body: subscription ordered yesterday, not yet visible on the portal; within 72 hours.",
     frm=("Emily Carter", "emily.carter@ac-bordeaux.fr"), client="outlook", clang="en-GB",
     date="2025-09-18 15:15:31", subj="New subscription not showing",
     body=f"""Bonjour,

We ordered the Universalis subscription yesterday for the library of Lycée Montaigne in Bordeaux (UAI {u}). It does not appear in our e-sidoc portal yet. Is there anything we need to do, or should we just wait?

Thanks,
Emily Carter
Assistant librarian
""")

u = U("0622193")
mail(key="sa09", cat="subscription_activation", auto=True, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="Lycée professionnel: the renewed subscription still shows as expired since 1 September; the renewal order was validated yesterday.",
     frm=("Marie Delcourt", "marie.delcourt@ac-lille.fr"), client="outlook",
     date="2025-09-03 08:57:44", subj="Abonnement affiché « expiré »",
     body=f"""Bonjour,

Depuis le 1er septembre, notre abonnement e-sidoc apparaît comme « expiré » dans Mes abonnements. La commande de renouvellement a été validée hier par l'intendance.

Faut-il attendre ou manque-t-il quelque chose ?

Marie Delcourt
Documentaliste - LP Henri Senez, Hénin-Beaumont
UAI {u}
""")

# =====================================================================
# contract_documents (7)
# =====================================================================
u = U("0691738")
mail(key="cd01", cat="contract_documents", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="New gestionnaire cannot see the documents of the market her predecessor used in 'Mes Marchés'.",
     frm=("Aurélie Chambon", "aurelie.chambon@ac-lyon.fr"), client="outlook",
     date="2025-09-08 11:40:26", subj="Documents du marché introuvables",
     body=f"""Bonjour,

Arrivée à la rentrée à l'intendance du lycée professionnel Magenta (Villefranche-sur-Saône, UAI {u}), je ne trouve pas dans « Mes Marchés » les pièces du marché de produits d'entretien 2024-037 que mon prédécesseur utilisait (CCAP, BPU). La liste est vide.

Pouvez-vous m'aider ?

Aurélie Chambon
""")

u = U("0172418")
mail(key="cd02", cat="contract_documents", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="The membership convention opens as an empty document.",
     frm=("Thierry Gaboriau", "thierry.gaboriau@ac-poitiers.fr"), client="gmail",
     date="2025-09-10 14:12:03", subj="Convention d'adhésion vide",
     body=f"""Bonjour,

Quand j'ouvre la convention d'adhésion de notre établissement (LP Gilles Jamain, Rochefort, UAI {u}) depuis l'Espace Acheteur, le PDF s'affiche mais les pages sont blanches. Même chose sur deux ordinateurs et deux navigateurs.

Pouvez-vous me la renvoyer ?

Thierry Gaboriau
""")

u = U("0541682")
mail(key="cd03", cat="contract_documents", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="Amendment (avenant) no. 1 of a market announced in July is missing from the contract documents.",
     frm=("Isabelle Henrion", "isabelle.henrion@ac-nancy-metz.fr"), client="zimbra",
     date="2025-09-15 16:03:39", subj="Avenant n°1 manquant",
     body=f"""Bonjour,

Le courrier de juillet nous annonçait l'avenant n°1 au marché « papier et reprographie 2024-2027 ». Il n'apparaît pas dans les documents du marché sur l'Espace Acheteur ; seule la version initiale est en ligne.

Lycée Jean Prouvé, Nancy - UAI {u}

Isabelle Henrion, gestionnaire
""")

u = U("0941572")
mail(key="cd04", cat="contract_documents", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="Reminder on an unanswered message (Thunderbird quote) about the missing CCAP of a market.",
     frm=("Hervé Lambert", "herve.lambert@ac-creteil.fr"), client="thunderbird",
     date="2025-09-22 10:27:14", subj="Re: CCAP manquant - marché 2025-014",
     irt="<6b1f0c2e-4d7a-49b3-a2e8-77c9e5d10f32@ac-creteil.fr>",
     body=f"""Bonjour,

Je relance : toujours pas de CCAP pour ce marché, et nous devons
passer commande avant la fin du mois.

Hervé Lambert

Le 15/09/2025 à 09:48, Hervé Lambert a écrit :
> Bonjour,
>
> Le CCAP du marché 2025-014 (mobilier scolaire) n'est pas disponible
> dans Mes Marchés, seul le règlement de consultation y figure.
>
> LP Gabriel Péri, Champigny-sur-Marne - UAI {u}
>
> Merci,
> Hervé Lambert
""")

mail(key="cd05", cat="contract_documents", auto=False, uai=None, platform="espace_acheteur", hard=True, lang="fr",
     notes="Blames his browser first, but the documents of one market are missing from 'Mes Marchés' on every browser: contract_documents. No UAI, region from ac-normandie.fr.",
     frm=("Pierre Anquetil", "pierre.anquetil@ac-normandie.fr"), client="outlook",
     date="2025-09-12 15:35:50", subj="Bug Firefox ?",
     body="""Bonjour,

Je pense que c'est un bug de Firefox, qui se met à jour tout seul, mais je préfère vous signaler : dans Mes Marchés, le marché « équipements d'atelier 2025 » n'affiche aucun document (ni CCAP, ni BPU, ni acte d'engagement), alors que les autres marchés sont complets.

J'ai essayé avec Edge et Chrome : pareil.

Pierre Anquetil
Adjoint gestionnaire - LP Jean Rostand, Caen
""")

u = U("0101473")
mail(key="cd06", cat="contract_documents", auto=False, uai=u, platform="espace_acheteur", hard=False, lang="fr",
     notes="The IT referent of a lycée agricole writes for the gestionnaire in copy: the BPU of a market cannot be downloaded (error). Region from the UAI.",
     frm=("Sylvain Chevalier", "sylvain.chevalier@educagri.fr"), client="roundcube",
     cc=[("Claudine Vautrin", "claudine.vautrin@educagri.fr")],
     date="2025-09-16 11:19:08", subj="BPU non téléchargeable (pour Mme Vautrin, en copie)",
     body=f"""Bonjour,

Je vous écris pour Mme Vautrin, gestionnaire (en copie). Sur l'Espace
Acheteur, le bordereau de prix (BPU) du marché « denrées alimentaires -
lot 3 » renvoie une erreur « document introuvable » au téléchargement.
J'ai vérifié de mon côté, ce n'est pas notre réseau : les autres pièces
du même marché se téléchargent.

Sylvain Chevalier
TICE - Lycée agricole de Crogny, Les Loges-Margueron
UAI {u}
""")

mail(key="cd07", cat="contract_documents", auto=False, uai=None, platform="espace_acheteur", hard=False, lang="en",
     notes="English: the framework agreement documents for a market cannot be found in the buyer space.",
     frm=("Mark Jennings", "m.jennings@british-school-paris.org"), client="outlook", clang="en-GB",
     date="2025-09-19 10:02:11", subj="Framework agreement documents",
     body="""Hello,

I'm the new finance officer and I can't find the framework agreement documents (terms and price schedule) for the IT equipment market in 'Mes Marchés' on the Espace Acheteur. The market is listed but has no documents attached.

Could you point me in the right direction?

Regards,
Mark Jennings
""")

# =====================================================================
# transfer_incident (10)
# =====================================================================
mail(key="ti01", cat="transfer_incident", auto=False, uai=None, platform="ecoledirecte", hard=False, lang="fr",
     notes="IT referent of a private lycée professionnel: the server was reinstalled over the summer and Charlemagne asks for a licence to regenerate; transfers stopped.",
     frm=("Vincent Hamel", "informatique@lp-saint-joseph-lannion.fr"), client="outlook",
     date="2025-09-01 10:22:48", subj="Licence à régénérer après réinstallation du serveur",
     body="""Bonjour,

Nous avons réinstallé le serveur pédagogique et administratif cet été. Au démarrage, Charlemagne affiche « licence invalide pour ce poste » et les transferts vers EcoleDirecte ne partent plus depuis.

Pouvez-vous régénérer la licence ?

Vincent Hamel
Technicien informatique - LP privé Saint-Joseph, Lannion
""")

mail(key="ti02", cat="transfer_incident", auto=False, uai=None, platform="ecoledirecte", hard=True, lang="fr",
     notes="Asks for 'le mot de passe du jour' to run the maintenance tool on the Charlemagne base: the daily maintenance password is transfer_incident per the taxonomy, not password_reset.",
     frm=("Eric Fontaine", "eric.fontaine@ensemble-scolaire-lasalle.fr"), client="thunderbird",
     date="2025-09-03 07:48:31", subj="mot de passe du jour",
     body="""Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ?
Je dois relancer la vérification de la base Charlemagne avant l'import
des nouveaux élèves.

Merci
Eric Fontaine
Responsable informatique - Ensemble scolaire La Salle
""")

mail(key="ti03", cat="transfer_incident", auto=False, uai=None, platform="ecoledirecte", hard=True, lang="fr",
     notes="Suspects an expired password, but the symptom is that grades and absences no longer reach EcoleDirecte (last transfer Friday): transfer_incident.",
     frm=("Claire Dubreuil", "c.dubreuil@institution-notre-dame-valence.fr"), client="gmail",
     date="2025-09-16 13:31:07", subj="Mot de passe expiré ?",
     body="""Bonjour,

Je pense que le mot de passe de notre compte EcoleDirecte a expiré, parce que plus rien ne se met à jour : les notes et les absences saisies depuis lundi dans Charlemagne n'apparaissent pas pour les parents. Le dernier transfert réussi date de vendredi.

On arrive pourtant toujours à se connecter à EcoleDirecte sans problème.

Claire Dubreuil
Secrétariat de direction - Institution Notre-Dame, Valence
""")

mail(key="ti04", cat="transfer_incident", auto=False, uai=None, platform="ecoledirecte", hard=False, lang="fr",
     notes="Dictated on a phone ('école directe', 'ne passe plus', no punctuation): transfers to EcoleDirecte fail since this morning.",
     frm=("Didier Lemoine", "didier.lemoine@lycee-prive-saint-francois.fr"), client="iphone",
     date="2025-09-10 12:17:44", subj="Transferts",
     body="""Bonjour les transferts vers école directe ne passe plus depuis ce matin le voyant reste rouge dans Charlemagne et les parents ne voient pas les absences de la matinée vous pouvez regarder s'il vous plaît c'est urgent
Didier Lemoine lycée professionnel privé Saint-François""")

mail(key="ti05", cat="transfer_incident", auto=False, uai=None, platform="ecoledirecte", hard=False, lang="fr",
     notes="After the start-of-term antivirus update, Charlemagne Outils is quarantined and transfers no longer run.",
     frm=("Romain Girard", "r.girard@ogec-sainte-marie.fr"), client="outlook",
     date="2025-09-04 09:36:29", subj="Outils.exe mis en quarantaine",
     body="""Bonjour,

Depuis la mise à jour de notre antivirus (lundi), le programme Charlemagne Outils est mis en quarantaine au démarrage du serveur. Résultat : plus aucun transfert vers EcoleDirecte.

J'ai restaurer le fichier mais il repart en quarantaine. Avez-vous la liste des exclusions à paramétrer ?

Romain Girard
Référent informatique - OGEC Sainte-Marie
""")

u = U("0491847")
mail(key="ti06", cat="transfer_incident", auto=False, uai=u, platform="ecoledirecte", hard=False, lang="fr",
     notes="Private lycée agricole (CNEAP): 'échec de la synchronisation' on every EcoleDirecte transfer since the new school year was opened in Charlemagne.",
     frm=("Benoît Raimbault", "benoit.raimbault@cneap-lesbuissonnets.fr"), client="outlook",
     date="2025-09-08 15:05:12", subj="Échec de la synchronisation",
     body=f"""Bonjour,

Depuis que nous avons basculé Charlemagne sur l'année 2025-2026, chaque transfert vers EcoleDirecte se termine par « échec de la synchronisation - code 12 ». Les emplois du temps des nouvelles classes ne remontent pas.

Lycée agricole privé Les Buissonnets, Angers - UAI {u}

Benoît Raimbault
Référent numérique
""")

mail(key="ti07", cat="transfer_incident", auto=False, uai=None, platform="ecoledirecte", hard=False, lang="fr",
     notes="Reminder quoting his own request (Outlook quote) for a licence to regenerate after a server change.",
     frm=("Vincent Hamel", "informatique@lp-saint-joseph-lannion.fr"), client="outlook",
     date="2025-09-04 16:45:03", subj="RE: Licence à régénérer après réinstallation du serveur",
     body="""Bonjour,

Je relance : toujours pas de licence, et aucun transfert depuis la rentrée. Les familles commencent à appeler.

Vincent Hamel

De : Vincent Hamel <informatique@lp-saint-joseph-lannion.fr>
Envoyé : lundi 1 septembre 2025 10:22
À : support@assistance.example.fr
Objet : Licence à régénérer après réinstallation du serveur

Bonjour,

Nous avons réinstallé le serveur pédagogique et administratif cet été. Au démarrage, Charlemagne affiche « licence invalide pour ce poste » et les transferts vers EcoleDirecte ne partent plus depuis.

Pouvez-vous régénérer la licence ?

Vincent Hamel
""")

mail(key="ti08", cat="transfer_incident", auto=False, uai=None, platform="ecoledirecte", hard=False, lang="fr",
     notes="New proxy/firewall at the start of term: the transfer diagnostic fails on the connection test; asks which addresses and ports to open.",
     frm=("Mathieu Prévost", "mathieu.prevost@saintjean-douai.fr"), client="thunderbird",
     date="2025-09-11 10:58:26", subj="Proxy et transferts EcoleDirecte",
     body="""Bonjour,

Nous avons mis en place un nouveau proxy filtrant pendant l'été. Depuis,
le diagnostic des transferts EcoleDirecte échoue à l'étape « test de
connexion au serveur ». Quelles adresses et quels ports faut-il
autoriser en sortie ?

Mathieu Prévost
Administrateur réseau - Groupe scolaire Saint-Jean, Douai
""")

mail(key="ti09", cat="transfer_incident", auto=False, uai=None, platform="ecoledirecte", hard=True, lang="fr",
     notes="Written by the chef d'établissement of a private school, but he reports a transfer failure and asks for no authorisation: transfer_incident, not head_of_establishment_request.",
     frm=("Jean-Paul Mercier", "direction@college-saint-exupery-prive.fr"), client="apple",
     date="2025-09-12 18:22:37", subj="Parents sans notes",
     body="""Bonjour,

Chef d'établissement du collège privé Saint-Exupéry, je reçois depuis trois jours des appels de parents qui ne voient aucune note sur EcoleDirecte. Notre secrétaire m'indique que les transferts depuis Charlemagne s'arrêtent en erreur chaque soir.

Pouvez-vous intervenir rapidement ?

Jean-Paul Mercier
Chef d'établissement
""")

mail(key="ti10", cat="transfer_incident", auto=False, uai=None, platform="ecoledirecte", hard=False, lang="fr",
     notes="Subject in capitals with exclamation marks: the absences and timetables are not synchronised to EcoleDirecte since the weekend.",
     frm=("Nadège Coste", "vie.scolaire@lycee-saint-louis-prive.fr"), client="android_outlook",
     date="2025-09-15 07:51:09", subj="URGENT TRANSFERT !!!",
     body="""Bonjour, les absences et les emplois du temps ne sont plus synchronisés sur EcoleDirecte depuis samedi, le transfert tourne sans fin. Merci de nous rappeler vite.
N. Coste, vie scolaire""")

# =====================================================================
# automated (21)
# =====================================================================
_t = "Je suis absente jusqu'au lundi 8 septembre inclus (stage de rentrée des nouveaux\ndocumentalistes). Je lirai votre message à mon retour.\n\nPour une urgence concernant le CDI, merci de contacter la vie scolaire.\n\nMaïwenn Le Bihan\n"
mail(key="au01", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="Academic webmail vacation reply to the desk's answer: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the ac-rennes.fr sender.",
     frm=("Maïwenn Le Bihan", "maiwenn.le-bihan@ac-rennes.fr"), client="raw",
     date="2025-09-03 09:14:22",
     raw=f"""From: =?utf-8?q?Ma=C3=AFwenn_Le_Bihan?= <maiwenn.le-bihan@ac-rennes.fr>
To: Assistance <support@assistance.example.fr>
Subject: Re: [#SUP-013122] Mot de passe e-sidoc
Date: Wed, 3 Sep 2025 09:14:22 +0200 (CEST)
Message-ID: <1809372214.4471025.1756883662118.JavaMail.zimbra@ac-rennes.fr>
In-Reply-To: <SUP-013122.1756883500.a41c7e@assistance.example.fr>
References: <SUP-013122.1756883500.a41c7e@assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_t)}""")

_t = ("Bonjour,\n\nJe suis en congé jusqu'au 5 septembre. Pour les commandes urgentes des collèges, "
      "merci d'écrire à commande.colleges@cd-ardeche.fr.\n\nCordialement,\nFlorence Vidal\n"
      "Direction de l'éducation - Département de l'Ardèche\n")
mail(key="au02", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="Exchange Online out-of-office in French (multipart/alternative): Auto-Submitted: auto-generated and X-Auto-Response-Suppress. Local-authority sender: no region.",
     frm=("Florence Vidal", "florence.vidal@cd-ardeche.fr"), client="raw", mta_domain="cd-ardeche.fr",
     date="2025-09-01 14:02:51", tz=0,
     raw=f"""From: Florence Vidal <florence.vidal@cd-ardeche.fr>
To: Assistance <support@assistance.example.fr>
Subject: {enc_header("Réponse automatique : [#SUP-012987] Alertes sur les offres")}
Thread-Topic: [#SUP-012987] Alertes sur les offres
Thread-Index: AQHbG7e3xQmF0m2o1kK9t9Qm0nX8YQ==
Date: Mon, 1 Sep 2025 12:02:51 +0000
Message-ID: <6a3f0c1d8e2b4f7a9c0d1e2f3a4b5c6d@PR1P264MB3188.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-012987.1756728100.0b9e21@assistance.example.fr>
References: <SUP-012987.1756728100.0b9e21@assistance.example.fr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: florence.vidal@cd-ardeche.fr
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="_000_6a3f0c1d8e2b4f7a9c0d1e2f3a4b5c6dPR1P264MB3188FRAP264PROD_"

--_000_6a3f0c1d8e2b4f7a9c0d1e2f3a4b5c6dPR1P264MB3188FRAP264PROD_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(_t)}
--_000_6a3f0c1d8e2b4f7a9c0d1e2f3a4b5c6dPR1P264MB3188FRAP264PROD_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(to_html(_t, "outlook").replace("%CHARSET%", "utf-8"))}
--_000_6a3f0c1d8e2b4f7a9c0d1e2f3a4b5c6dPR1P264MB3188FRAP264PROD_--
""")

mail(key="au03", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="en",
     notes="English Gmail vacation responder (Auto-Submitted: auto-replied), sent by a teacher still abroad at the start of term.",
     frm=("Hannah Kelly", "hannah.kelly.teach@gmail.com"), client="raw",
     date="2025-09-02 06:41:09", tz=-4,
     raw="""MIME-Version: 1.0
From: Hannah Kelly <hannah.kelly.teach@gmail.com>
Date: Tue, 2 Sep 2025 06:41:09 -0400
Message-ID: <CAJ8wLm0vR3_tN6p=Z9xq2eKJk4uFhW7yXbDc5oGa1sQe_Vt@mail.gmail.com>
Subject: Out of office: [#SUP-013044] e-sidoc access
To: support@assistance.example.fr
Auto-Submitted: auto-replied
Precedence: bulk
X-Autoreply: yes
In-Reply-To: <SUP-013044.1756795200.7c2ad0@assistance.example.fr>
References: <SUP-013044.1756795200.7c2ad0@assistance.example.fr>
Content-Type: text/plain; charset="UTF-8"

Hello,

I am travelling back from Boston and will only read my emails from
September 8th. For anything urgent about the library, please contact
the school office.

Hannah
""")

mail(key="au04", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="en",
     notes="Postfix bounce (multipart/report delivery-status, headers of the original attached) for a new staff member's address mistyped in the ticket; null Return-Path.",
     frm=("Mail Delivery System", "MAILER-DAEMON@educagri.fr"), client="raw", return_path="", mta_domain="educagri.fr",
     date="2025-09-04 11:20:37",
     raw="""From: Mail Delivery System <MAILER-DAEMON@educagri.fr>
To: Assistance <support@assistance.example.fr>
Subject: Undelivered Mail Returned to Sender
Date: Thu,  4 Sep 2025 11:20:37 +0200 (CEST)
Message-ID: <20250904092037.8F2C11A0B3@smtp2.educagri.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="8F2C11A0B3.1756977637/smtp2.educagri.fr"

This is a MIME-encapsulated message.

--8F2C11A0B3.1756977637/smtp2.educagri.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp2.educagri.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<sabrina.fonten@educagri.fr>: host mbox.educagri.fr[194.167.12.40] said: 550
    5.1.1 <sabrina.fonten@educagri.fr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--8F2C11A0B3.1756977637/smtp2.educagri.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp2.educagri.fr
X-Postfix-Queue-ID: 8F2C11A0B3
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Thu,  4 Sep 2025 11:20:36 +0200 (CEST)

Final-Recipient: rfc822; sabrina.fonten@educagri.fr
Original-Recipient: rfc822;sabrina.fonten@educagri.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox.educagri.fr
Diagnostic-Code: smtp; 550 5.1.1 <sabrina.fonten@educagri.fr>: Recipient
    address rejected: User unknown in virtual mailbox table

--8F2C11A0B3.1756977637/smtp2.educagri.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: sabrina.fonten@educagri.fr
Subject: [#SUP-013160] MailInBlack - pour Mme Fontan
Date: Thu, 04 Sep 2025 11:20:35 +0200
Message-ID: <SUP-013160.1756977635.e02b7d@assistance.example.fr>
Auto-Submitted: auto-replied

--8F2C11A0B3.1756977637/smtp2.educagri.fr--
""")

_h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
      "<div style=\"font-family:'Segoe UI',Arial,sans-serif\"><p><b><font color=\"#000000\" size=\"3\">"
      "Votre message n'a pas pu être remis à karine.lemaire@region-hdf.fr car l'adresse est introuvable "
      "ou n'accepte pas les messages.</font></b></p><p>Action requise du destinataire : vérifiez l'adresse "
      "ou contactez le destinataire par un autre moyen.</p><p>Diagnostic pour les administrateurs :<br>"
      "Serveur distant : PAXP193MB1841.EURP193.PROD.OUTLOOK.COM<br>Erreur : 550 5.1.10 "
      "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup</p></div></body></html>\n")
mail(key="au05", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation: the recipient left the local authority over the summer.",
     frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@region-hdf.fr"), client="raw",
     return_path="", mta_domain="region-hdf.fr",
     date="2025-09-05 08:33:02", tz=0,
     raw=f"""From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@region-hdf.fr>
To: <support@assistance.example.fr>
Date: Fri, 5 Sep 2025 06:33:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
 boundary="6b2f1c9a-0d3e-4e71-9b58-2c7fe1d4a0b6"
MIME-Version: 1.0
Message-ID: <0b4e7d2c-91f3-4a6e-8d5b-3f7a2c1e9d40@PAXP193MB1841.EURP193.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-013201.1757053980.5d1e0a@assistance.example.fr>
References: <SUP-013201.1757053980.5d1e0a@assistance.example.fr>
Subject: =?utf-8?q?Non_remis=C2=A0=3A_[#SUP-013201]_Plus_d'alertes_sur_les_offres?=
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:

--6b2f1c9a-0d3e-4e71-9b58-2c7fe1d4a0b6
Content-Type: multipart/alternative; differences=Content-Type;
 boundary="a91c5e3d-77f0-4b2a-8e64-0c2d9f1b3e85"

--a91c5e3d-77f0-4b2a-8e64-0c2d9f1b3e85
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(_h)}
--a91c5e3d-77f0-4b2a-8e64-0c2d9f1b3e85--

--6b2f1c9a-0d3e-4e71-9b58-2c7fe1d4a0b6
Content-Type: message/delivery-status

Reporting-MTA: dns;PAXP193MB1841.EURP193.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Fri, 5 Sep 2025 06:33:00 +0000

Final-Recipient: rfc822;karine.lemaire@region-hdf.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--6b2f1c9a-0d3e-4e71-9b58-2c7fe1d4a0b6
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: karine.lemaire@region-hdf.fr
Subject: [#SUP-013201] Plus d'alertes sur les offres
Date: Fri, 05 Sep 2025 08:33:00 +0200
Message-ID: <SUP-013201.1757053980.5d1e0a@assistance.example.fr>

--6b2f1c9a-0d3e-4e71-9b58-2c7fe1d4a0b6--
""")

mail(key="au06", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="en",
     notes="Gmail 'Delivery Status Notification (Failure)': the recipient's mailbox is full (multipart/report, text/rfc822-headers).",
     frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), client="raw", return_path="", mta_domain="googlemail.com",
     date="2025-09-09 10:05:44", tz=-7,
     raw="""Received: by 2002:a05:6e04:1c4a:b0:3e1:f2a4:91c with SMTP id x10csp2281944ils;
        Tue, 9 Sep 2025 01:05:44 -0700 (PDT)
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: support@assistance.example.fr
Auto-Submitted: auto-replied
Message-ID: <68bfd8a8.050a0220.3c1f9e.6b2d.GMR@mx.google.com>
Date: Tue, 09 Sep 2025 01:05:44 -0700 (PDT)
Subject: Delivery Status Notification (Failure)
References: <SUP-013266.1757404700.93fa1c@assistance.example.fr>
In-Reply-To: <SUP-013266.1757404700.93fa1c@assistance.example.fr>
X-Failed-Recipients: sophie.ricard.doc@gmail.com
Content-Type: multipart/report; boundary="000000000000e1b7a3063e5a2f91"; report-type=delivery-status

--000000000000e1b7a3063e5a2f91
Content-Type: text/plain; charset="UTF-8"

** Address not found **
** Message not delivered **

Your message couldn't be delivered to sophie.ricard.doc@gmail.com because the recipient's inbox is out of storage space.

Learn more here: https://support.google.com/mail/answer/7720

The response was:

552 5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm

--000000000000e1b7a3063e5a2f91
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 09 Sep 2025 01:05:42 -0700 (PDT)
X-Original-Message-ID: <SUP-013266.1757404700.93fa1c@assistance.example.fr>

Final-Recipient: rfc822; sophie.ricard.doc@gmail.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space.
Last-Attempt-Date: Tue, 09 Sep 2025 01:05:44 -0700 (PDT)

--000000000000e1b7a3063e5a2f91
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: sophie.ricard.doc@gmail.com
Subject: [#SUP-013266] HELP!!! MOT DE PASSE
Date: Tue, 09 Sep 2025 10:05:40 +0200
Message-ID: <SUP-013266.1757404700.93fa1c@assistance.example.fr>

--000000000000e1b7a3063e5a2f91--
""")

mail(key="au07", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-lyon.fr sender.",
     frm=("Valérie Granjon", "valerie.granjon@ac-lyon.fr"), client="raw", mta_domain="ac-lyon.fr",
     date="2025-09-12 09:47:15",
     raw="""From: =?iso-8859-1?Q?Val=E9rie_Granjon?= <valerie.granjon@ac-lyon.fr>
To: Assistance <support@assistance.example.fr>
Subject: Lu : [#SUP-013402] TR: Demande de mot de passe e-sidoc
Thread-Topic: [#SUP-013402] TR: Demande de mot de passe e-sidoc
Thread-Index: AQHbJ2k7yqX3n0o9m0GmT1lH7s5wYrKc1e2a
Date: Fri, 12 Sep 2025 09:47:15 +0200
Message-ID: <000001dc23b7$5f0e8a10$1d2b9e30$@ac-lyon.fr>
X-Mailer: Microsoft Outlook 16.0
References: <SUP-013402.1757663000.c8e0b4@assistance.example.fr>
In-Reply-To: <SUP-013402.1757663000.c8e0b4@assistance.example.fr>
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="----=_NextPart_000_01DC23B7.5F0E8A10"

------=_NextPart_000_01DC23B7.5F0E8A10
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C0 : Val=E9rie Granjon
  Objet : [#SUP-013402] TR: Demande de mot de passe e-sidoc
  Date d'envoi : 12/09/2025 09:31

a =E9t=E9 lu le 12/09/2025 09:47.

------=_NextPart_000_01DC23B7.5F0E8A10
Content-Type: message/disposition-notification

Reporting-UA: PC-CDI-02; Microsoft Outlook 16.0
Final-Recipient: rfc822;valerie.granjon@ac-lyon.fr
Original-Message-ID: <SUP-013402.1757663000.c8e0b4@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_01DC23B7.5F0E8A10--
""")

mail(key="au08", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="Thunderbird return receipt in French ('Accusé de réception (affiché)'), multipart/report disposition-notification. Region from ac-besancon.fr.",
     frm=("Christine Faivre", "christine.faivre@ac-besancon.fr"), client="raw", mta_domain="ac-besancon.fr",
     date="2025-09-03 08:12:40",
     raw="""Message-ID: <e7c2b9a1-3f4d-4e6a-9b0c-5d8f1a2e7c34@ac-besancon.fr>
Date: Wed, 3 Sep 2025 08:12:40 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Christine Faivre <christine.faivre@ac-besancon.fr>
To: Assistance <support@assistance.example.fr>
Subject: =?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception_=28affich=C3=A9=29_-_[=23SUP-013?=
 =?UTF-8?Q?118]_Panier_disparu?=
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------mBq0n3KcT2v8Xw1pLr6ZfJd4"

This is a multi-part message in MIME format.
--------------mBq0n3KcT2v8Xw1pLr6ZfJd4
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ceci est un accusé de réception pour le courrier électronique envoyé à Christine Faivre <christine.faivre@ac-besancon.fr>.

Note : Cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.

--------------mBq0n3KcT2v8Xw1pLr6ZfJd4
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: ac-besancon.fr; Mozilla Thunderbird
Final-Recipient: rfc822;christine.faivre@ac-besancon.fr
Original-Message-ID: <SUP-013118.1756880300.4e2f9d@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mBq0n3KcT2v8Xw1pLr6ZfJd4
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Date: Wed, 03 Sep 2025 07:58:20 +0200
From: Assistance <support@assistance.example.fr>
To: christine.faivre@ac-besancon.fr
Subject: [#SUP-013118] Panier disparu
Message-ID: <SUP-013118.1756880300.4e2f9d@assistance.example.fr>
Disposition-Notification-To: support@assistance.example.fr

--------------mBq0n3KcT2v8Xw1pLr6ZfJd4--
""")

_t = ("Bonjour à toutes et tous,\n\nNouvelle dans l'académie (je viens de Lyon), je n'arrive pas à retrouver le mot de passe "
      "de l'administration e-sidoc de mon LP et le lien « mot de passe oublié » part vers une adresse que je ne connais pas. "
      "Comment avez-vous fait dans ce cas ? Faut-il passer par le chef d'établissement ?\n\nMerci d'avance !\n"
      "Élise Caron\nLP Arthur Rimbaud, Saint-Quentin\n")
mail(key="au09", cat="automated", auto=False, uai=None, platform="esidoc", hard=True, lang="fr",
     notes="A librarian's real e-sidoc password question, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list, Sender is the list): not written to us, never answered. Region from the ac-amiens.fr author address.",
     frm=("Élise Caron", "elise.caron@ac-amiens.fr"), client="raw", mta_domain="listes.ac-amiens.fr",
     return_path="doc-lp-owner@listes.ac-amiens.fr", delivered_to="support@assistance.example.fr",
     date="2025-09-05 13:22:08",
     raw=f"""From: =?utf-8?q?=C3=89lise_Caron?= <elise.caron@ac-amiens.fr>
To: doc-lp@listes.ac-amiens.fr
Subject: [doc-lp] Mot de passe e-sidoc et lien vers une adresse inconnue
Date: Fri, 5 Sep 2025 13:22:08 +0200 (CEST)
Message-ID: <902114563.1187420.1757071328114.JavaMail.zimbra@ac-amiens.fr>
MIME-Version: 1.0
Sender: doc-lp-owner@listes.ac-amiens.fr
Reply-To: doc-lp@listes.ac-amiens.fr
List-Id: Professeurs documentalistes des LP <doc-lp.listes.ac-amiens.fr>
List-Post: <mailto:doc-lp@listes.ac-amiens.fr>
List-Help: <mailto:sympa@listes.ac-amiens.fr?subject=help>
List-Subscribe: <mailto:sympa@listes.ac-amiens.fr?subject=subscribe%20doc-lp>
List-Unsubscribe: <mailto:sympa@listes.ac-amiens.fr?subject=unsubscribe%20doc-lp>
List-Archive: <https://listes.ac-amiens.fr/sympa/arc/doc-lp>
Precedence: list
X-Loop: doc-lp@listes.ac-amiens.fr
X-Sequence: 2214
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_t)}""")

_h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>La Lettre des CDI - Rentrée 2025</title></head>
<body style="margin:0;background:#f3f0ea"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="padding:24px"><h1 style="color:#8a2c1b">Rentrée 2025 : cinq idées pour accueillir les secondes au CDI</h1>
<p>Escape game documentaire, rallye presse, club lecture... Découvrez les fiches prêtes à l'emploi de notre numéro de septembre.</p>
<p><a href="https://lettre-des-cdi.example.com/r/2025-09?u=8f3a">Lire la lettre en ligne</a></p>
<p style="font-size:11px;color:#777">Vous recevez cette lettre car votre adresse est inscrite à La Lettre des CDI.
<a href="https://lettre-des-cdi.example.com/unsub?u=8f3a">Se désinscrire</a></p></td></tr></table></td></tr></table></body></html>
"""
mail(key="au10", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="A publisher's back-to-school newsletter: List-Id, List-Unsubscribe with one-click, Precedence: bulk; HTML only, base64.",
     frm=("La Lettre des CDI", "lettre@news.lettre-des-cdi.example.com"), client="raw",
     return_path="bounce-8f3a-2025-09@news.lettre-des-cdi.example.com", mta_domain="news.lettre-des-cdi.example.com",
     date="2025-09-02 06:00:03",
     raw=f"""From: La Lettre des CDI <lettre@news.lettre-des-cdi.example.com>
To: support@assistance.example.fr
Subject: {enc_header("Rentrée 2025 : cinq idées pour accueillir les secondes", "utf-8", "b")}
Date: Tue, 02 Sep 2025 06:00:03 +0200
Message-ID: <20250902040003.8f3a.2025-09@news.lettre-des-cdi.example.com>
MIME-Version: 1.0
List-Id: La Lettre des CDI <lettre.news.lettre-des-cdi.example.com>
List-Unsubscribe: <https://lettre-des-cdi.example.com/unsub?u=8f3a>, <mailto:unsub-8f3a@news.lettre-des-cdi.example.com>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Campaign-ID: rentree-2025
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_h)}""")

_t = ("Bonjour,\n\nUn nouvel utilisateur attend la validation de son compte pour la structure\n"
      "« Lycée professionnel Pierre Mendès France - Épinal ».\n\n"
      "Cette structure n'ayant pas d'administrateur actif, la demande vous est adressée.\n\n"
      "Utilisateur : Marion Thouvenot (marion.thouvenot@ac-nancy-metz.fr)\n"
      "Date de la demande : 10/09/2025 07:58\n\n"
      "Pour valider ou refuser ce compte, connectez-vous à l'Espace Acheteur.\n\n"
      "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n")
mail(key="au11", cat="automated", auto=False, uai=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="No-reply Espace Acheteur notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
     frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), client="raw", mta_domain="espace-acheteur.example.fr",
     date="2025-09-10 08:00:12",
     raw=f"""From: Espace Acheteur <no-reply@espace-acheteur.example.fr>
To: support@assistance.example.fr
Subject: Un compte est en attente de validation
Date: Wed, 10 Sep 2025 08:00:12 +0200
Message-ID: <notif.7731984.1757484012@espace-acheteur.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_t)}""")

_t = ("Bonjour,\n\nToutes les parties ont signé le document « Convention d'adhésion 2025-2028 - "
      "Lycée agricole de Crogny ».\n\nSignataires :\n- Claudine Vautrin (gestionnaire) - signé le 15/09/2025 à 16:41\n"
      "- Centrale d'achat - signé le 16/09/2025 à 09:12\n\n"
      "Vous pouvez télécharger le document signé et son certificat de preuve pendant 30 jours :\n"
      "https://sign.esignature.example.com/d/7f3c9a21e4\n\n"
      "--\nCe courriel a été généré automatiquement. Pour toute question, contactez l'expéditeur du document.\n")
mail(key="au12", cat="automated", auto=False, uai=None, platform="esignature", hard=True, lang="fr",
     notes="E-signature 'document completed' notification for a membership convention: transactional mail without Auto-Submitted or Precedence; the no-reply style sender and the wording show it is automatic.",
     frm=("Signature électronique", "ne-pas-repondre@esignature.example.com"), client="raw", mta_domain="esignature.example.com",
     date="2025-09-16 09:12:47",
     raw=f"""From: =?utf-8?q?Signature_=C3=A9lectronique?= <ne-pas-repondre@esignature.example.com>
To: support@assistance.example.fr
Subject: =?utf-8?q?Document_sign=C3=A9_par_toutes_les_parties_=3A_Convention_d'adh?=
 =?utf-8?q?=C3=A9sion_2025-2028?=
Date: Tue, 16 Sep 2025 07:12:47 +0000
Message-ID: <0102019947a3c1e5-5b7e0f2a-6d1c-4b8e-a93f-2e7c4d1f0b98-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="----=_Part_3318452_1193874026.1758006767044"

------=_Part_3318452_1193874026.1758006767044
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_t)}
------=_Part_3318452_1193874026.1758006767044
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(to_html(_t, "generic"))}
------=_Part_3318452_1193874026.1758006767044--
""")

_t = ("Le ticket n° T-2025-04417 « Synchronisation des comptes e-sidoc après la bascule annuelle » a été mis à jour.\n\n"
      "Nouveau statut : En cours de traitement\nDernier commentaire (support éditeur) :\n"
      "« Nous avons relancé la synchronisation pour les établissements concernés. »\n\n"
      "Consulter le ticket : https://tickets.example.fr/ticket/T-2025-04417\n\n"
      "Ne répondez pas à ce message : les réponses ne sont pas lues.\n")
mail(key="au13", cat="automated", auto=False, uai=None, platform="ticket_portal", hard=False, lang="fr",
     notes="Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
     frm=("Portail tickets", "notifications@tickets.example.fr"), client="raw", mta_domain="tickets.example.fr",
     date="2025-09-11 16:27:33",
     raw=f"""From: Portail tickets <notifications@tickets.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?[T-2025-04417]_Mise_=C3=A0_jour_de_votre_ticket?=
Date: Thu, 11 Sep 2025 16:27:33 +0200
Message-ID: <T-2025-04417.upd.5.1757600853@tickets.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: OOF, AutoReply
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_t}""")

_t = ("Bonjour,\n\nEn formation à l'INSPE jusqu'au vendredi 19 septembre, je ne consulte pas ma messagerie.\n"
      "Ce message est envoyé automatiquement. Pour le CDI, vous pouvez joindre l'accueil du collège au 02 40 00 00 00.\n\n"
      "Bonne journée,\nAnne-Sophie Brault\n")
mail(key="au14", cat="automated", auto=False, uai=None, platform=None, hard=True, lang="fr",
     notes="Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording ('message envoyé automatiquement') shows it is automatic. Region from the ac-nantes.fr sender.",
     frm=("Anne-Sophie Brault", "anne-sophie.brault@ac-nantes.fr"), client="raw", mta_domain="ac-nantes.fr",
     date="2025-09-16 10:03:19",
     raw=f"""From: Anne-Sophie Brault <anne-sophie.brault@ac-nantes.fr>
To: support@assistance.example.fr
Subject: Absente jusqu'au 19/09
Date: Tue, 16 Sep 2025 10:03:19 +0200
Message-ID: <4f1a7c2e-8b3d-4e90-a1c5-6d2e9f0b7a13@ac-nantes.fr>
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

{_t}""")

_t = ("Bonjour,\n\nVotre demande a bien été enregistrée par le service d'assistance de la DSI sous le numéro 0045821.\n"
      "Titre : [#SUP-013355] Réinitialisation du mot de passe administrateur\n\n"
      "Un technicien la prendra en charge dans les meilleurs délais. Merci de ne pas répondre à ce message automatique ; "
      "pour compléter votre demande, utilisez le lien ci-dessous.\n\nhttps://assistance.ac-reims.fr/front/ticket.form.php?id=45821\n\n"
      "La plateforme d'assistance de la DSI\n")
mail(key="au15", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="The académie's GLPI help desk acknowledges a message the desk sent it (Auto-Submitted, X-Loop): answering it would start a mail loop. Region from the ac-reims.fr sender.",
     frm=("Assistance DSI", "assistance@ac-reims.fr"), client="raw", mta_domain="ac-reims.fr",
     date="2025-09-10 14:50:06",
     raw=f"""From: Assistance DSI <assistance@ac-reims.fr>
To: support@assistance.example.fr
Subject: {enc_header("[GLPI #0045821] Nouveau ticket - [#SUP-013355] Réinitialisation du mot de passe administrateur")}
Date: Wed, 10 Sep 2025 14:50:06 +0200
Message-ID: <GLPI_0a1b2c3d4e5f.45821.1757508606@assistance.ac-reims.fr>
In-Reply-To: <SUP-013355.1757508500.6e0b3f@assistance.example.fr>
References: <SUP-013355.1757508500.6e0b3f@assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: OOF, DR, RN, NRN, AutoReply
X-Loop: assistance@ac-reims.fr
Precedence: bulk
X-Mailer: GLPI
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_t)}""")

mail(key="au16", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="en",
     notes="Delay warning from the desk's own relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
     frm=("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"), client="raw", return_path="",
     mta_domain="relay.assistance.example.fr",
     date="2025-09-08 12:31:55",
     raw="""From: Mail Delivery System <MAILER-DAEMON@relay.assistance.example.fr>
To: Assistance <support@assistance.example.fr>
Subject: Delayed Mail (still being retried)
Date: Mon,  8 Sep 2025 12:31:55 +0200 (CEST)
Message-ID: <20250908103155.3C7B2200F1@relay.assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="3C7B2200F1.1757327515/relay.assistance.example.fr"

This is a MIME-encapsulated message.

--3C7B2200F1.1757327515/relay.assistance.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<secretariat@ecole-sainte-therese-prive.fr>: connect to
    mx.ecole-sainte-therese-prive.fr[203.0.113.58]:25: Connection timed out

--3C7B2200F1.1757327515/relay.assistance.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.assistance.example.fr
X-Postfix-Queue-ID: 3C7B2200F1
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Mon,  8 Sep 2025 08:29:40 +0200 (CEST)

Final-Recipient: rfc822; secretariat@ecole-sainte-therese-prive.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.ecole-sainte-therese-prive.fr[203.0.113.58]:25:
    Connection timed out
Will-Retry-Until: Sat, 13 Sep 2025 08:29:40 +0200 (CEST)

--3C7B2200F1.1757327515/relay.assistance.example.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: secretariat@ecole-sainte-therese-prive.fr
Subject: [#SUP-013244] Transferts EcoleDirecte
Date: Mon, 08 Sep 2025 08:29:39 +0200
Message-ID: <SUP-013244.1757312979.f1d8c2@assistance.example.fr>

--3C7B2200F1.1757327515/relay.assistance.example.fr--
""")

import gzip as _gz
_rep = json.dumps({"organization-name": "Google Inc.", "date-range": {"start-datetime": "2025-09-14T00:00:00Z",
                   "end-datetime": "2025-09-14T23:59:59Z"}, "contact-info": "smtp-tls-reporting@google.com",
                   "report-id": "2025-09-14T00:00:00Z_assistance.example.fr",
                   "policies": [{"policy": {"policy-type": "sts", "policy-domain": "assistance.example.fr",
                                 "mx-host": [MX]}, "summary": {"total-successful-session-count": 412,
                                 "total-failure-session-count": 0}}]}, indent=1).encode()
_gzrep = _gz.compress(_rep, mtime=1757894400)
mail(key="au17", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="en",
     notes="SMTP TLS report (TLS-RPT, gzip JSON attachment, multipart/report; report-type=tlsrpt) sent to the desk's address.",
     frm=("noreply-smtp-tls-reporting@google.com", "noreply-smtp-tls-reporting@google.com"), client="raw", mta_domain="google.com",
     date="2025-09-15 01:59:59", tz=-7,
     raw=f"""MIME-Version: 1.0
Date: Mon, 15 Sep 2025 01:59:59 -0700
Message-ID: <000000000000a5c9f2063ed1e07b@google.com>
Subject: Report Domain: assistance.example.fr Submitter: google.com Report-ID: <2025.09.14T00.00.00Z+assistance.example.fr@google.com>
From: noreply-smtp-tls-reporting@google.com
To: support@assistance.example.fr
TLS-Report-Domain: assistance.example.fr
TLS-Report-Submitter: google.com
Content-Type: multipart/report; boundary="000000000000a5c9ef063ed1e078"; report-type=tlsrpt

--000000000000a5c9ef063ed1e078
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes

This is an aggregate TLS report from google.com

--000000000000a5c9ef063ed1e078
Content-Type: application/tlsrpt+gzip;
 name="google.com!assistance.example.fr!1757808000!1757894399.json.gz"
Content-Disposition: attachment;
 filename="google.com!assistance.example.fr!1757808000!1757894399.json.gz"
Content-Transfer-Encoding: base64

{b64(_gzrep)}
--000000000000a5c9ef063ed1e078--
""")

_t = ("Bonjour,\n\nJe suis absente jusqu'au lundi 8 septembre (stage de prise de poste).\n\n"
      "Pour les mots de passe e-sidoc et les questions sur le portail du CDI, merci de patienter jusqu'à mon retour.\n\n"
      "Claire Vandenbussche\nProfesseure documentaliste - LP Jean Prouvé\n")
mail(key="au18", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="Zimbra vacation reply to the desk's answer on a 'URGENT !!! mot de passe e-sidoc' ticket; the text mentions passwords and e-sidoc, but Auto-Submitted is present and nothing is asked. Region from ac-lille.fr.",
     frm=("Claire Vandenbussche", "claire.vandenbussche@ac-lille.fr"), client="raw", mta_domain="ac-lille.fr",
     date="2025-09-04 08:10:37",
     raw=f"""From: Claire Vandenbussche <claire.vandenbussche@ac-lille.fr>
To: Assistance <support@assistance.example.fr>
Subject: {enc_header("Réponse automatique : [#SUP-013101] URGENT !!! mot de passe e-sidoc")}
Date: Thu, 4 Sep 2025 08:10:37 +0200 (CEST)
Message-ID: <1534790021.2210457.1756966237811.JavaMail.zimbra@ac-lille.fr>
In-Reply-To: <SUP-013101.1756966200.0d7a5e@assistance.example.fr>
References: <SUP-013101.1756966200.0d7a5e@assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_t)}""")

_t = ("Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er septembre 2025 : j'ai quitté le lycée "
      "professionnel Le Castel.\n\nPour l'intendance, écrivez désormais à Mme Monique Garnier "
      "(monique.garnier@ac-dijon.fr).\n\nCe message est une réponse automatique.\n")
mail(key="au19", cat="automated", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="Start-of-term autoresponder of a departed staff member ('cette adresse n'est plus consultée'), Auto-Submitted: auto-replied with X-Autoreply. Region from ac-dijon.fr.",
     frm=("Bernard Lhomme", "bernard.lhomme@ac-dijon.fr"), client="raw", mta_domain="ac-dijon.fr",
     date="2025-09-16 15:06:02",
     raw=f"""From: Bernard Lhomme <bernard.lhomme@ac-dijon.fr>
To: Assistance <support@assistance.example.fr>
Subject: {enc_header("Adresse désactivée - Re: [#SUP-013544] Autoriser le domaine ou l'adresse ? (MailInBlack)")}
Date: Tue, 16 Sep 2025 15:06:02 +0200 (CEST)
Message-ID: <1022974418.881204.1758027962550.JavaMail.zimbra@ac-dijon.fr>
In-Reply-To: <SUP-013544.1758027900.b7c1e2@assistance.example.fr>
References: <SUP-013544.1758027900.b7c1e2@assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: junk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_t)}""")

_t = ("Bonjour,\n\nLaura Mendes a partagé le dossier « captures_ecran_espace_acheteur » avec vous.\n\n"
      "Ouvrir le dossier : https://nuage03.apps.education.fr/s/Kq7TzN2wXc4bP9R\n\n"
      "Nuage - apps.education.fr\nPlateforme de services numériques des agents de l'Éducation nationale\n")
mail(key="au20", cat="automated", auto=False, uai=None, platform=None, hard=True, lang="fr",
     notes="Cloud-storage share notification from a no-reply address, without Auto-Submitted or Precedence: generated by the service when someone shared a folder, no message written to the desk.",
     frm=("Nuage apps.education.fr", "ne-pas-repondre@apps.education.fr"), client="raw", mta_domain="apps.education.fr",
     date="2025-09-18 11:44:09",
     raw=f"""From: "Laura Mendes (via Nuage)" <ne-pas-repondre@apps.education.fr>
Reply-To: laura.mendes@ac-versailles.fr
To: support@assistance.example.fr
Subject: {enc_header("Laura Mendes a partagé « captures_ecran_espace_acheteur » avec vous")}
Date: Thu, 18 Sep 2025 11:44:09 +0200
Message-ID: <Kq7TzN2wXc4bP9R.share.1758188649@nuage03.apps.education.fr>
MIME-Version: 1.0
X-Mailer: Nextcloud
Content-Type: multipart/alternative;
 boundary="_=_swift_1758188649_a2f7c0e1d9b34_=_"

--_=_swift_1758188649_a2f7c0e1d9b34_=_
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_t)}
--_=_swift_1758188649_a2f7c0e1d9b34_=_
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(to_html(_t, "generic"))}
--_=_swift_1758188649_a2f7c0e1d9b34_=_--
""")

_t = ("Rappel de vos abonnements\n\nVous êtes abonné(e) aux listes suivantes du serveur listes.reseau-doc.example.org\n"
      "avec l'adresse support@assistance.example.fr :\n\n  - info-esidoc-etab : Informations aux établissements utilisateurs\n"
      "  - doc-veille : Veille documentaire\n\nVotre mot de passe de liste vous permet de modifier vos options d'abonnement.\n"
      "Pour le changer ou le réinitialiser : https://listes.reseau-doc.example.org/sympa/firstpasswd\n\n"
      "Pour vous désabonner : https://listes.reseau-doc.example.org/sympa/signoff\n")
mail(key="au21", cat="automated", auto=False, uai=None, platform=None, hard=True, lang="fr",
     notes="Sympa's periodic subscription reminder: it talks about a list password and how to reset it, but it is the list server's own mail (Precedence: list, Auto-Submitted, sympa sender).",
     frm=("SYMPA", "sympa@listes.reseau-doc.example.org"), client="raw", return_path="sympa-request@listes.reseau-doc.example.org",
     mta_domain="listes.reseau-doc.example.org",
     date="2025-09-01 03:00:11",
     raw=f"""From: SYMPA <sympa@listes.reseau-doc.example.org>
To: support@assistance.example.fr
Subject: =?utf-8?q?Rappel_de_vos_abonnements_et_de_votre_mot_de_passe?=
Date: Mon, 01 Sep 2025 03:00:11 +0200
Message-ID: <sympa.1756688411.31207.4412@listes.reseau-doc.example.org>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: list
X-Loop: sympa@listes.reseau-doc.example.org
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_t)}""")

# =====================================================================
# other (19)
# =====================================================================
mail(key="ot01", cat="other", auto=False, uai=None, platform="esidoc", hard=True, lang="fr", tz=-3,
     notes="Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear, but nothing is asked. Region from the ac-guyane.fr sender; Guyane time zone.",
     frm=("Jessica Lama", "jessica.lama@ac-guyane.fr"), client="gmail",
     date="2025-09-04 08:02:31", subj="Re: [#SUP-013139] Mot de passe e-sidoc", irt="SUP-013139",
     body="""Bonjour,

C'est bon, le lien est bien arrivé sur l'adresse du collège et j'ai pu choisir un nouveau mot de passe. Merci pour la rapidité !

Jessica Lama

Le mer. 3 sept. 2025 à 17:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Nous venons d'envoyer un lien pour choisir un nouveau mot de passe à la
> boîte officielle de l'établissement (c***@ac-g*****.fr). Ce lien expire au
> bout de 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

mail(key="ot02", cat="other", auto=False, uai=None, platform=None, hard=False, lang="fr", tz=-4,
     notes="'Bien reçu, merci' from a phone on an existing ticket: nothing to do. Region from the ac-martinique.fr sender.",
     frm=("Gilles Marie-Sainte", "gilles.marie-sainte@ac-martinique.fr"), client="iphone",
     date="2025-09-10 07:12:05", subj="Re: [#SUP-013287] Abonnement Cafeyn", irt="SUP-013287",
     body="""Bien reçu, merci.""")

mail(key="ot03", cat="other", auto=False, uai=None, platform=None, hard=True, lang="fr",
     notes="Phishing dressed as an e-sidoc security notice ('compte suspendu sous 24 h, confirmez votre mot de passe') from a look-alike domain with failing SPF/DMARC: other, and no platform since it is not the real product.",
     frm=("e-sidoc Securite", "securite@esidoc-verification.com"), client="outlook_html", auth="fail",
     date="2025-09-09 03:17:44", subj="Votre compte e-sidoc sera suspendu sous 24h",
     body="""Cher utilisateur,

Suite à la mise à jour de rentrée de nos serveurs, votre compte d'administration e-sidoc doit être revalidé.

Sans action de votre part sous 24 heures, votre compte sera suspendu et vos notices supprimées.

Confirmez votre identifiant et votre mot de passe ici : https://esidoc-verification.com/revalidation

Le service de sécurité e-sidoc
""")

mail(key="ot04", cat="other", auto=False, uai=None, platform=None, hard=False, lang="en",
     notes="English SEO / backlink spam sent to the support address.",
     frm=("Ryan Cole", "ryan.cole.seo@outlook.com"), client="outlook", auth="pass", clang="en-US",
     date="2025-09-06 23:41:12", subj="Quick question about your website",
     body="""Hi there,

I was browsing your website and noticed it is not ranking on the first page of Google for several important keywords.

We are a team of SEO experts and can get you top-3 rankings in 30 days with our premium backlink package. Prices start at just $199.

Would you like me to send you a free audit?

Best,
Ryan Cole
Growth Consultant
""")

mail(key="ot05", cat="other", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="A parent asks for the list of school supplies and textbooks for 6e: wrong address, unrelated.",
     frm=("Nadia Ferreira", "nadia.ferreira85@hotmail.fr"), client="outlook", auth="pass",
     date="2025-08-28 21:05:09", subj="liste de fournitures 6eme",
     body="""Bonjour,

Mon fils entre en 6ème au collège Jacques Prévert à la rentrée et nous n'avons pas reçu la liste des fournitures ni celle des manuels. Pouvez-vous me l'envoyer ?

Merci d'avance,
Mme Ferreira
""")

mail(key="ot06", cat="other", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="Unsolicited job application (contract librarian) with a CV attached, sent at the start of term.",
     frm=("Baptiste Renaud", "baptiste.renaud.pro@gmail.com"), client="gmail",
     date="2025-09-01 10:48:26", subj="Candidature spontanée - documentaliste contractuel",
     attach=[("CV_Baptiste_Renaud.pdf", "application/pdf", fake_pdf("CV Baptiste Renaud"))],
     body="""Madame, Monsieur,

Titulaire d'un master en sciences de l'information et des bibliothèques, je me permets de vous adresser ma candidature pour un poste de documentaliste contractuel ou pour tout remplacement en cette rentrée.

Vous trouverez mon CV en pièce jointe.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Baptiste Renaud
""")

mail(key="ot07", cat="other", auto=False, uai=None, platform="esidoc", hard=True, lang="fr",
     notes="A substitute librarian has the password and can log in ('j'ai bien le mot de passe'); she asks for a training session or tutorial on the back office: no category of its own, so other. Region from ac-versailles.fr.",
     frm=("Laura Mendes", "laura.mendes@ac-versailles.fr"), client="outlook",
     date="2025-09-09 12:15:47", subj="Formation e-sidoc pour une remplaçante ?",
     body="""Bonjour,

Je remplace la documentaliste du collège Paul Éluard (Montgeron) jusqu'en décembre. J'ai bien le mot de passe et je me connecte sans problème au back-office e-sidoc, mais je n'ai jamais utilisé cet outil : catalogage, prêts, page d'accueil...

Proposez-vous des formations à distance ou des tutoriels pour les nouveaux arrivants ?

Merci,
Laura Mendes
""")

mail(key="ot08", cat="other", auto=False, uai=None, platform=None, hard=True, lang="fr",
     notes="Empty subject (shown as '(sans objet)'), no quote, no ticket reference: 'des nouvelles ??' with nothing saying what request it follows. No category can be told.",
     frm=("Manu", "manu.b.2207@gmail.com"), client="gmail_android", plain_only=True,
     date="2025-09-19 18:31:50", subj="",
     body="""des nouvelles ??""")

mail(key="ot09", cat="other", auto=False, uai=None, platform=None, hard=True, lang="fr",
     notes="Cold sales prospecting for tablets ('devis gratuit', 'votre commande livrée avant la Toussaint'): words of an order but not about the desk's services: other, not order_billing.",
     frm=("Kevin Lambert", "k.lambert@tabletteduc-pro.fr"), client="outlook", auth="pass",
     date="2025-09-03 10:01:33", subj="Équipez vos élèves de LP : devis gratuit sous 24h",
     body="""Bonjour,

Les lycées professionnels de votre région s'équipent en tablettes durcies pour les ateliers. Nous proposons des packs de 15 tablettes avec coque, stylet et MDM inclus, éligibles aux subventions régionales.

Demandez votre devis gratuit sous 24 h : votre commande peut être livrée avant la Toussaint.

Je peux vous appeler cette semaine ?

Kevin Lambert
Responsable grands comptes - TablettEduc Pro
""")

mail(key="ot10", cat="other", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="Personal message dictated on a phone and sent to the desk by address autocomplete. Region from the ac-montpellier.fr sender.",
     frm=("Stéphane Py", "stephane.py@ac-montpellier.fr"), client="iphone",
     date="2025-09-05 16:58:12", subj="Ce soir",
     body="""Coucou c'est moi je sors tard réunion parents profs n'oublie pas d'aller chercher Léo à la garderie avant 18h30 et de sortir les poubelles jaunes bisous""")

mail(key="ot11", cat="other", auto=False, uai=None, platform="ticket_portal", hard=False, lang="fr",
     notes="How to close one's own ticket on the ticket portal: a how-to question with no category of its own. Region from ac-aix-marseille.fr.",
     frm=("Olivier Bernard", "olivier.bernard@ac-aix-marseille.fr"), client="thunderbird",
     date="2025-09-17 13:40:22", subj="Clôturer un ticket moi-même ?",
     body="""Bonjour,

Mon problème est résolu mais mon ticket apparaît toujours « en cours »
sur le portail d'assistance. Est-ce que je peux le clôturer moi-même,
et si oui où se trouve le bouton ?

Olivier Bernard
""")

mail(key="ot12", cat="other", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="Angry complaint in capitals about an unanswered request, saying nothing about the topic: no category can be told. Region from ac-rouen.fr.",
     frm=("Gérald Hébert", "gerald.hebert@ac-rouen.fr"), client="outlook",
     date="2025-09-18 17:22:06", subj="INADMISSIBLE",
     body="""BONJOUR,

CELA FAIT DEUX SEMAINES QUE J'ATTENDS UNE RÉPONSE. PERSONNE NE RÉPOND, NI AU TÉLÉPHONE NI PAR MAIL. C'EST LA RENTRÉE, NOUS AVONS DES ÉLÈVES, VOUS NE POUVEZ PAS NOUS LAISSER COMME ÇA !!!

G. HÉBERT
""")

mail(key="ot13", cat="other", auto=False, uai=None, platform=None, hard=True, lang="fr",
     notes="A person replies to a newsletter (quoted, with its unsubscribe footer) to ask to be removed: written by hand, so other, not automated, although most of the text is the quoted bulk mail. Region from ac-caen.fr.",
     frm=("Paulette Guérin", "paulette.guerin@ac-caen.fr"), client="outlook",
     date="2025-09-03 11:09:15", subj="RE: Lettre d'information - Rentrée 2025",
     body="""Bonjour,

Merci de me retirer de votre liste de diffusion, je suis à la retraite depuis le 1er septembre.

Paulette Guérin

De : Lettre d'information <lettre@news.lettre-des-cdi.example.com>
Envoyé : mardi 2 septembre 2025 06:00
À : Paulette Guérin <paulette.guerin@ac-caen.fr>
Objet : Lettre d'information - Rentrée 2025

Rentrée 2025 : cinq idées pour accueillir les secondes au CDI
Escape game documentaire, rallye presse, club lecture...
Lire la lettre en ligne : https://lettre-des-cdi.example.com/r/2025-09
Vous recevez cette lettre car votre adresse est inscrite à La Lettre des CDI. Se désinscrire : https://lettre-des-cdi.example.com/unsub
""")

mail(key="ot14", cat="other", auto=False, uai=None, platform=None, hard=True, lang="fr",
     notes="Fake 'facture impayée - relance avant contentieux' with an attachment from an unknown free-mail sender: phishing, not order_billing.",
     frm=("Service Recouvrement", "recouvrement.service2025@yahoo.fr"), client="outlook", auth="softfail",
     date="2025-09-11 05:48:30", subj="RELANCE : facture impayée n° 2025-0918 avant contentieux",
     attach=[("Facture_2025-0918.pdf", "application/pdf", fake_pdf("Facture 2025-0918"))],
     body="""Bonjour,

Sauf erreur de notre part, la facture ci-jointe d'un montant de 1 847,60 EUR reste impayée malgré nos précédentes relances.

Merci de procéder au règlement sous 48 heures par virement sur le nouveau compte indiqué dans la facture, faute de quoi le dossier sera transmis à notre service contentieux.

Service Recouvrement
""")

mail(key="ot15", cat="other", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="English greeting ('Hi all'), French body: a person invites the desk to a regional day for librarians; unrelated to the categories.",
     frm=("Julie Moreau", "julie.moreau@reseau-canope.fr"), client="apple",
     date="2025-09-15 14:26:51", subj="Invitation - journée des professeurs documentalistes",
     body="""Hi all,

Nous organisons le 16 octobre à Orléans une journée d'échanges pour les professeurs documentalistes nouvellement nommés. Nous aurions aimé qu'une personne de votre équipe vienne présenter en 20 minutes les ressources disponibles pour les CDI.

Seriez-vous disponibles ?

Belle journée,
Julie Moreau
Médiatrice ressources et services
""")

mail(key="ot16", cat="other", auto=False, uai=None, platform="esidoc", hard=True, lang="fr",
     notes="Reply on a subscription ticket only to say it now works and the ticket can be closed: the subject names the subscription, but nothing is asked. Region from ac-lyon.fr.",
     frm=("Agnès Peyrard", "agnes.peyrard@ac-lyon.fr"), client="outlook",
     date="2025-09-19 10:31:40", subj="RE: [#SUP-013380] Abonnement Cafeyn toujours pas visible", irt="SUP-013380",
     body="""Bonjour,

La ressource Cafeyn apparaît bien sur notre portail depuis ce matin. Vous pouvez clore le ticket.

Bonne journée,
Agnès Peyrard
""")

u = U("0180893")
mail(key="ot17", cat="other", auto=False, uai=u, platform="esidoc", hard=False, lang="fr",
     notes="The data-protection referent of a lycée agricole asks what pupil data the e-sidoc portal keeps and for how long (GDPR register): other, human review.",
     frm=("Florence Pinault", "florence.pinault@educagri.fr"), client="roundcube",
     date="2025-09-12 09:37:08", subj="RGPD - données des élèves dans e-sidoc",
     body=f"""Bonjour,

Référente RGPD de l'EPLEFPA du Cher (lycée agricole de Bourges, UAI
{u}), je mets à jour notre registre des traitements pour la rentrée.

Pourriez-vous me préciser quelles données personnelles des élèves sont
conservées par le portail e-sidoc (prêts, historique, comptes) et pour
quelle durée ?

Cordialement,
Florence Pinault
""")

mail(key="ot18", cat="other", auto=False, uai=None, platform=None, hard=False, lang="fr",
     notes="Subject 'Question': asks for the desk's phone number and opening hours during the start of term; no category of its own.",
     frm=("Yannick Morvan", "yannick.morvan@gmail.com"), client="gmail",
     date="2025-09-02 17:49:03", subj="Question",
     body="""Bonjour,

Avez-vous un numéro de téléphone pour joindre l'assistance, et quels sont vos horaires pendant la rentrée ?

Merci,
Yannick Morvan
""")

mail(key="ot19", cat="other", auto=False, uai=None, platform=None, hard=False, lang="en",
     notes="English: a PhD student asks the desk to circulate a research survey to school librarians.",
     frm=("Chiara Bellini", "chiara.bellini@univ-example.eu"), client="gmail",
     date="2025-09-22 12:03:41", subj="Research survey on school libraries",
     body="""Dear support team,

I am a PhD student working on digital services in French school libraries. Would you be willing to share a short online survey (10 minutes) with the librarians who use your services?

I would be happy to send you the ethics approval and the questionnaire.

Kind regards,
Chiara Bellini
""")


# =====================================================================
# checks and output
# =====================================================================
CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "head_of_establishment_request",
              "account_creation", "subscription_activation", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
AUTO_OK = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
           "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}


def check(spec, raw):
    import email
    from email import policy
    assert spec["cat"] in CATEGORIES, spec["key"]
    assert spec["platform"] in PLATFORMS, spec["key"]
    assert spec["lang"] in ("fr", "en"), spec["key"]
    if spec["auto"]:
        assert spec["cat"] in AUTO_OK, spec["key"]
    if spec["uai"] is not None:
        assert valid_uai(spec["uai"]), spec["key"]
    msg = email.message_from_string(raw, policy=policy.default)
    assert not msg.defects, (spec["key"], msg.defects)
    text = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            text.append(part.get_content())
        for d in part.defects:
            raise AssertionError((spec["key"], d))
    whole = (raw + "\n".join(text) + str(msg.get("Subject", ""))).upper()
    if spec["uai"]:
        assert spec["uai"] in whole or " ".join(spec["uai"]) in whole, (spec["key"], spec["uai"])
    # every 7-digit+letter token that looks like a UAI must be either the label, or flagged in the notes
    for tok in set(re.findall(r"(?<![0-9A-Z])(\d{7}[A-Z])(?![0-9A-Z])", whole)):
        if tok != spec["uai"] and tok[:3] in DEPT:
            assert tok in spec["notes"], (spec["key"], tok)
    return msg


def main():
    order = list(MAILS)
    random.Random(20250901).shuffle(order)
    keys = [m["key"] for m in order]
    assert len(set(keys)) == len(keys) == 150
    labels = []
    for i, spec in enumerate(order, 1):
        fname = "h%03d.eml" % i
        raw = build(spec)
        check(spec, raw)
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\r\n") as fh:
            fh.write(raw)
        region = spec.get("region_override", region_for(spec["uai"], spec["frm"][1]))
        labels.append({"file": fname, "category": spec["cat"], "auto_reply_ok": spec["auto"], "uai": spec["uai"],
                       "region": region, "platform": spec["platform"], "hard": spec["hard"], "lang": spec["lang"],
                       "notes": spec["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    from collections import Counter
    cats = Counter(l["category"] for l in labels)
    for c, n in cats.most_common():
        print("%-32s %3d" % (c, n))
    print("auto_reply_ok true: %d   hard: %d   en: %d" % (sum(l["auto_reply_ok"] for l in labels),
                                                       sum(l["hard"] for l in labels),
                                                       sum(l["lang"] == "en" for l in labels)))


if __name__ == "__main__":
    main()

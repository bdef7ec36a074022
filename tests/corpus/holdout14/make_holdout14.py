#!/usr/bin/env python3
"""Generate the holdout14 blind test set: h001.eml ... h150.eml and labels.jsonl.

Standard library only.  Run it from anywhere:

    python3 tests/corpus/holdout14/make_holdout14.py

The output is deterministic (no clock, no unseeded randomness), so running it
twice gives byte-identical files.

Voice of this set: heads of establishment, their deputies and secretaries;
public buyers of communes, départements and régions; médiathèque and CDI
library staff; shared establishment mailboxes signed by different people;
minimal bodies whose content is in an attachment (real small PNG and PDF
files are drawn by this script); irritated writers; quoted exchanges with
other services; English from partners, publishers and vendors.

UAIs are written in the mails from their seven digits and their check letter
is computed here (uai()); bad_uai() gives a deliberately wrong letter.
"""

import base64
import datetime as _dt
import email.charset
import email.utils
import hashlib
import json
import os
import quopri
import random
import struct
import unicodedata
import zlib
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
DESK = "support@assistance.example.fr"
DESK_TO = "Assistance <support@assistance.example.fr>"
MX = "mx1.assistance.example.fr"

# --------------------------------------------------------------------------
# UAI and regions (shared/spec/regions.md)
# --------------------------------------------------------------------------

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai(d7):
    assert len(d7) == 7 and d7.isdigit(), d7
    return d7 + LETTERS[int(d7) % 23]


def bad_uai(d7):
    """Same digits, a wrong check letter (a plausible typo)."""
    good = uai(d7)[-1]
    wrong = LETTERS[(LETTERS.index(good) + 7) % 23]
    assert wrong != good
    return d7 + wrong


_REGIONS = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74",
                             "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90", "ac-besancon.fr ac-dijon.fr"),
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
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84", "ac-aix-marseille.fr ac-nice.fr"),
    "guadeloupe": ("971", "ac-guadeloupe.fr"),
    "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"),
    "la-reunion": ("974", "ac-reunion.fr"),
    "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, (_deps, _doms) in _REGIONS.items():
    for _d in _deps.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _d in _doms.split():
        DOMAIN_REGION[_d] = _slug


def is_valid_uai(code):
    return (len(code) == 8 and code[:7].isdigit()
            and code[7] == LETTERS[int(code[:7]) % 23])


def region_for(code, sender):
    if code:
        return DEPT_REGION[code[:3]]
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

TZ_OFFSETS = {"guadeloupe": -4, "martinique": -4, "guyane": -3,
              "reunion": 4, "mayotte": 3}


def _last_sunday(year, month):
    d = _dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def when(y, mo, d, h, mi, s=0, tz="paris"):
    if tz == "paris":
        day = _dt.date(y, mo, d)
        summer = _last_sunday(y, 3) <= day < _last_sunday(y, 10)
        off = 2 if summer else 1
    elif tz == "utc":
        off = 0
    else:
        off = TZ_OFFSETS[tz]
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone(_dt.timedelta(hours=off)))


def fmt_date(t):
    return email.utils.format_datetime(t)


def fmt_date_nodow(t):
    return fmt_date(t)


# --------------------------------------------------------------------------
# Deterministic pseudo-random material (ids, addresses)
# --------------------------------------------------------------------------

def h(seed, n=16, alphabet="0123456789abcdef"):
    out = ""
    i = 0
    while len(out) < n:
        dig = hashlib.sha256(f"{seed}/{i}".encode()).digest()
        for b in dig:
            out += alphabet[b % len(alphabet)]
        i += 1
    return out[:n]


def hnum(seed, lo, hi):
    return lo + int(h(seed, 8), 16) % (hi - lo + 1)


def ip(seed):
    nets = ["192.0.2", "198.51.100", "203.0.113"]
    return f"{nets[hnum(seed + 'n', 0, 2)]}.{hnum(seed + 'h', 2, 250)}"


def huuid(seed, upper=False):
    x = h(seed, 32)
    s = f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"
    return s.upper() if upper else s


# --------------------------------------------------------------------------
# Header encoding
# --------------------------------------------------------------------------

def enc(s, charset="utf-8", mode="q", name="Subject"):
    """RFC 2047 encode s if needed, folded for a header called name."""
    if all(ord(c) < 128 for c in s) and len(s) + len(name) < 76:
        return s
    if all(ord(c) < 128 for c in s):
        # plain ASCII but long: fold on spaces
        return _fold_ascii(s, len(name) + 2)
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.QP if mode == "q" else email.charset.BASE64
    return Header(s, cs, header_name=name).encode(maxlinelen=76, linesep="\n")


def _fold_ascii(s, first):
    words = s.split(" ")
    lines, cur, width = [], "", first
    for w in words:
        if cur and width + len(cur) + 1 + len(w) > 76:
            lines.append(cur)
            cur, width = w, 1
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def addr(name, email_, charset="utf-8", mode="q", quote=False):
    if not name:
        return f"<{email_}>" if quote else email_
    if all(ord(c) < 128 for c in name):
        if quote or any(c in name for c in ',.;:()@"'):
            return f'"{name}" <{email_}>'
        return f"{name} <{email_}>"
    e = enc(name, charset, mode, name="From")
    if len(e.split("\n")[-1]) + len(email_) + 3 > 76:
        return f"{e}\n <{email_}>"
    return f"{e} <{email_}>"


# --------------------------------------------------------------------------
# MIME building blocks.  A part is (header_lines, body_bytes).
# --------------------------------------------------------------------------

def encode_body(data, cte):
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
    elif cte == "base64":
        out = base64.encodebytes(data)
    else:
        out = data
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def text(t, sub="plain", charset="utf-8", cte="quoted-printable", ct_style="quoted",
         flowed=False, extra=()):
    data = t.encode(charset)
    cs = f'"{charset}"' if ct_style == "quoted" else charset
    ct = f"text/{sub}; charset={cs}"
    if flowed:
        ct += "; format=flowed"
    hdrs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return (hdrs, encode_body(data, cte))


def leaf(ctype, data, cte="base64", extra=()):
    hdrs = [f"Content-Type: {ctype}"]
    if cte:
        hdrs.append(f"Content-Transfer-Encoding: {cte}")
    hdrs += list(extra)
    return (hdrs, encode_body(data, cte) if cte else data)


def serialize(part):
    hdrs, body = part
    return ("\n".join(hdrs) + "\n\n").encode("ascii") + body


def multi(sub, parts, boundary, preamble="", params=""):
    b = boundary.encode()
    body = preamble.encode()
    if preamble:
        body += b"\n"
    for p in parts:
        body += b"--" + b + b"\n" + serialize(p)
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b + b"--\n"
    hdrs = [f'Content-Type: multipart/{sub};{params}\n boundary="{boundary}"']
    return (hdrs, body)


def attachment(data, ctype, filename, cte="base64", inline=False, cid=None,
               rfc2231=False, name_param=True, extra=()):
    disp = "inline" if inline else "attachment"
    if rfc2231:
        from urllib.parse import quote
        fn = "filename*=utf-8''" + quote(filename)
        nm = "name*=utf-8''" + quote(filename)
    else:
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    ct = f"{ctype}; {nm}" if name_param else ctype
    hdrs = [f"Content-Type: {ct}", f"Content-Disposition: {disp}; {fn}"]
    if cid:
        hdrs.append(f"Content-ID: <{cid}>")
    hdrs += list(extra)
    hdrs.insert(1, f"Content-Transfer-Encoding: {cte}")
    return (hdrs, encode_body(data, cte))


class Msg:
    def __init__(self, raw, sender):
        self.raw = raw
        self.sender = sender


def assemble(headers, part, sender):
    """headers: list of 'Name: value' strings (values may be pre-folded)."""
    hdrs, body = part
    lines = list(headers)
    if not any(x.lower().startswith("mime-version:") for x in lines):
        lines.append("MIME-Version: 1.0")
    lines += hdrs
    raw = ("\n".join(lines) + "\n\n").encode("utf-8") + body
    return Msg(raw, sender)


# --------------------------------------------------------------------------
# Transport headers (what our MX and the sender's relay add)
# --------------------------------------------------------------------------

FREEMAIL_HOSTS = {
    "gmail.com": "mail-{a}-f{n}.google.com",
    "yahoo.fr": "sonic{n}-{a}.consmr.mail.ir2.yahoo.com",
    "orange.fr": "smtp-{n}.smtp.orange.fr",
    "wanadoo.fr": "smtp-{n}.smtp.orange.fr",
    "laposte.net": "smtp{n}.laposte.net",
    "free.fr": "smtp{n}-g21.free.fr",
    "outlook.fr": "mail-{a}{n}.outbound.protection.outlook.com",
    "hotmail.fr": "mail-{a}{n}.outbound.protection.outlook.com",
    "icloud.com": "st43p00im-zteg{n}.me.com",
}


def relay_host(dom, seed):
    if dom in FREEMAIL_HOSTS:
        return FREEMAIL_HOSTS[dom].format(a=h(seed, 3, "abcdefghijklmnopqrstuvwxyz"),
                                          n=hnum(seed, 10, 99))
    if dom.startswith("ac-"):
        return f"smtp{hnum(seed, 1, 4)}.{dom}"
    return f"mail.{dom}"


def transport(sender, t, seed, *, rcpt=DESK, dkim="pass", spf="pass", dmarc="pass",
              return_path=None, helo=None, m365=False, dkim_dom=None, extra_hop=True,
              policy="p=none dis=none"):
    """Return-Path, Delivered-To, Received and Authentication-Results lines."""
    dom = sender.rsplit("@", 1)[-1].lower()
    host = helo or relay_host(dom, seed)
    if m365:
        host = f"mail-{h(seed + 'm', 3, 'abcdefghijklmnopqrstuvwxyz')}{hnum(seed, 1, 9)}fra01on2{hnum(seed, 100, 140)}.outbound.protection.outlook.com"
    arr = t + _dt.timedelta(seconds=hnum(seed + "d", 2, 40))
    qid = h(seed + "q", 15, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
    rp = sender if return_path is None else return_path
    lines = [f"Return-Path: <{rp}>", f"Delivered-To: {rcpt}",
             f"Received: from {host} ({host} [{ip(seed + 'r')}])\n"
             f"\tby {MX} (Postfix) with ESMTPS id {qid}\n"
             f"\tfor <{rcpt}>; {fmt_date(arr)}"]
    ar = [f"Authentication-Results: {MX};"]
    dd = dkim_dom or dom
    if dkim == "pass":
        ar.append(f"\tdkim=pass (2048-bit key) header.d={dd};")
    else:
        ar.append(f"\tdkim={dkim};")
    mf = (rp.rsplit('@', 1)[-1] if rp else host)
    if rp:
        ar.append(f"\tspf={spf} smtp.mailfrom={mf};")
    else:
        ar.append(f"\tspf={spf} smtp.helo={host};")
    if dmarc == "none":
        ar.append("\tdmarc=none")
    else:
        ar.append(f"\tdmarc={dmarc} ({policy}) header.from={dom}")
    lines.append("\n".join(ar))
    if extra_hop:
        sub = t + _dt.timedelta(seconds=hnum(seed + "s", 0, 1))
        lines.append(f"Received: from [192.168.{hnum(seed, 0, 9)}.{hnum(seed + 'c', 10, 200)}] "
                     f"(unknown [{ip(seed + 'c')}])\n"
                     f"\tby {host} with ESMTPSA id {h(seed + 'i', 10, '0123456789ABCDEF')}\n"
                     f"\tfor <{rcpt}>; {fmt_date(sub)}")
    return lines


# --------------------------------------------------------------------------
# Text to HTML in the style of each client
# --------------------------------------------------------------------------

def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _blocks(t):
    """Split text into (quoted?, lines) runs; '>' lines are quoted."""
    runs = []
    for line in t.split("\n"):
        q = line.startswith(">")
        body = line.lstrip(">").lstrip(" ") if q else line
        if runs and runs[-1][0] == q:
            runs[-1][1].append(body)
        else:
            runs.append((q, [body]))
    return runs


def html_outlook(t):
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n'
            '\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="FR" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n')
    out = []
    for q, lines in _blocks(t):
        if q:
            out.append('<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">')
        for line in lines:
            if line.strip():
                out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        if q:
            out.append("</div>")
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def html_gmail(t):
    out = ['<div dir="ltr">']
    for q, lines in _blocks(t):
        if q:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            out.append("<br>".join(esc(x) for x in lines))
            out.append("</blockquote>")
        else:
            for line in lines:
                out.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def html_apple(t):
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
           '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
           'line-break: after-white-space;">']
    for q, lines in _blocks(t):
        if q:
            out.append('<blockquote type="cite"><div>')
            out.append("<br>".join(esc(x) for x in lines))
            out.append("</div></blockquote>")
        else:
            for line in lines:
                out.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def html_zimbra(t):
    out = ['<html><body><div style="font-family: arial, helvetica, sans-serif; '
           'font-size: 12pt; color: #000000">']
    for q, lines in _blocks(t):
        if q:
            out.append('<blockquote style="border-left:2px solid #1010FF;margin-left:5px;'
                       'padding-left:5px;color:#000;font-weight:normal;font-style:normal;'
                       'text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">')
            out.append("<br>".join(esc(x) for x in lines))
            out.append("</blockquote>")
        else:
            for line in lines:
                out.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def html_simple(t):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>']
    for q, lines in _blocks(t):
        if q:
            out.append("<blockquote>" + "<br>\n".join(esc(x) for x in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(esc(x) for x in lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# A person's mail, in the shape a given client produces
# --------------------------------------------------------------------------

def client_msgid(client, seed, dom):
    if client in ("outlook", "outlook_html"):
        return f"<{h(seed, 12)}$" + f"{h(seed + 'b', 8)}${h(seed + 'c', 8)}$@{dom}>"
    if client in ("m365", "android_outlook"):
        p = h(seed, 4, "0123456789ABCDEF")
        return (f"<PR{hnum(seed, 0, 3)}P264MB{p}{h(seed + 'x', 30, '0123456789ABCDEF')}"
                f"@PR{hnum(seed, 0, 3)}P264MB{p}.FRAP264.PROD.OUTLOOK.COM>")
    if client in ("gmail", "gmail_mobile"):
        return ("<CA" + h(seed, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")
                + "@mail.gmail.com>")
    if client in ("zimbra", "zimbra_html"):
        return f"<{hnum(seed, 10**8, 10**9)}.{hnum(seed + 'z', 10**5, 10**6)}.{hnum(seed + 'y', 10**12, 10**13)}.JavaMail.zimbra@{dom}>"
    if client in ("apple", "iphone"):
        return f"<{huuid(seed, upper=True)}@{dom}>"
    if client == "samsung":
        return f"<{h(seed, 14)}.{hnum(seed, 1000, 9999)}@email.android.com>"
    if client == "roundcube":
        return f"<{h(seed, 32)}@{dom}>"
    return f"<{huuid(seed)}@{dom}>"


MAILERS = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0"],
    "outlook_html": ["X-Mailer: Microsoft Outlook 16.0"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22D82)"],
    "zimbra": ["X-Mailer: Zimbra 10.0.10_GA_4656 (ZimbraWebClient - FF135 (Win)/10.0.10_GA_4656)"],
    "zimbra_html": ["X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC133 (Win)/9.0.0_ZEXTRAS_20240927)"],
    "roundcube": ["User-Agent: Roundcube Webmail/1.6.9"],
}


# Clients that do not hard-wrap plain text send one long line per paragraph;
# format=flowed clients mark soft breaks with a trailing space.
NO_WRAP = {"outlook", "outlook_html", "m365", "android_outlook", "gmail", "gmail_mobile",
           "apple", "iphone", "zimbra", "zimbra_html", "samsung"}
FLOWED = {"thunderbird", "roundcube"}


def _joinable(line, nxt, long_block=True):
    if not line or not nxt or line.startswith(">") or nxt.startswith(">"):
        return False
    if len(line) < 55 or nxt.startswith(("- ", "* ", "--", "De :", "De:", "From:", "Le ", "Date:",
                                         "Subject:", "To:", "Objet", "UAI", "Tél", "RNE")):
        return False
    if line.rstrip().endswith((".", "!", "?", ":", ";")) and len(nxt) < 55:
        return False
    return long_block or nxt[:1].islower()


def _long_blocks(lines):
    """For each line, whether its paragraph (run of non-empty lines) has two lines of 60+ chars."""
    flags = [False] * len(lines)
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        is_long = sum(1 for x in lines[i:j] if len(x) >= 60) >= 2
        for k in range(i, j):
            flags[k] = is_long
        i = j
    return flags


def _join_flags(lines):
    lb = _long_blocks(lines)
    return [_joinable(line, lines[i + 1] if i + 1 < len(lines) else "", lb[i])
            for i, line in enumerate(lines)]


def unwrap(t):
    lines = t.split("\n")
    flags = _join_flags(lines)
    out, cur = [], None
    for line, f in zip(lines, flags):
        cur = line if cur is None else cur + " " + line
        if not f:
            out.append(cur)
            cur = None
    if cur is not None:
        out.append(cur)
    return "\n".join(out)


def flow(t):
    lines = t.split("\n")
    flags = _join_flags(lines)
    return "\n".join(line + " " if f else line for line, f in zip(lines, flags))


def compose(client, *, frm, subject, date, body, seed, to=DESK_TO, cc=None,
            reply_to=None, irt=None, refs=None, atts=(), inline_imgs=(), html=None,
            charset="utf-8", text_cte=None, auth=None, extra=(), subj_charset="utf-8",
            subj_mode="q", msgid=None, rcpt=DESK, sender_addr=None):
    """frm: (display name, address).  body: plain text (quoted lines start with '>')."""
    name, sender = frm
    dom = sender.rsplit("@", 1)[-1]
    seed = f"h14/{seed}"
    if client in NO_WRAP:
        body = unwrap(body)
    elif client in FLOWED:
        body = flow(body)
    hdr = transport(sender_addr or sender, date, seed, rcpt=rcpt,
                    m365=client in ("m365", "android_outlook"), **(auth or {}))
    hdr.append("From: " + addr(name, sender, charset=subj_charset if subj_charset != "us-ascii" else "utf-8",
                                 mode=subj_mode))
    hdr.append(f"To: {to}")
    if cc:
        hdr.append(f"Cc: {cc}")
    if reply_to:
        hdr.append(f"Reply-To: {reply_to}")
    hdr.append("Subject: " + enc(subject, subj_charset, subj_mode))
    hdr.append(f"Date: {fmt_date(date)}")
    hdr.append(f"Message-ID: {msgid or client_msgid(client, seed, dom)}")
    if irt:
        hdr.append(f"In-Reply-To: {irt}")
        hdr.append(f"References: {refs or irt}")
    hdr += MAILERS.get(client, [])
    if client in ("outlook", "outlook_html"):
        hdr.append("Thread-Index: " + base64.b64encode(hashlib.md5(seed.encode()).digest()
                                                       + b"\x01\x02").decode())
        hdr.append("Content-Language: fr")
    if client in ("m365", "android_outlook"):
        hdr.append("Thread-Topic: " + enc(subject, "utf-8", "q", name="Thread-Topic"))
        hdr.append("Thread-Index: " + base64.b64encode(hashlib.md5((seed + "t").encode()).digest()).decode())
        hdr.append("Accept-Language: fr-FR, en-US")
        hdr.append("Content-Language: fr-FR")
        hdr.append("X-MS-Has-Attach: " + ("yes" if atts else ""))
        hdr.append("X-MS-TNEF-Correlator:")
    if client == "thunderbird":
        hdr.append("Content-Language: fr")
    hdr += list(extra)

    # --- body parts
    if client == "outlook":
        cte = text_cte or "quoted-printable"
        alt = multi("alternative", [text(body, charset=charset, cte=cte),
                                    text(html or html_outlook(body), "html", charset=charset, cte="quoted-printable")],
                    f"----=_NextPart_001_{h(seed + 'b1', 4, '0123456789ABCDEF')}_{h(seed + 'b2', 8, '0123456789ABCDEF')}.{h(seed + 'b3', 8, '0123456789ABCDEF')}")
        core = alt
        if inline_imgs:
            core = multi("related", [alt] + list(inline_imgs),
                         f"----=_NextPart_002_{h(seed + 'r1', 4, '0123456789ABCDEF')}_{h(seed + 'r2', 8, '0123456789ABCDEF')}.{h(seed + 'r3', 8, '0123456789ABCDEF')}",
                         params=' type="multipart/alternative";')
        outer_b = f"----=_NextPart_000_{h(seed + 'o1', 4, '0123456789ABCDEF')}_{h(seed + 'o2', 8, '0123456789ABCDEF')}.{h(seed + 'o3', 8, '0123456789ABCDEF')}"
    elif client == "outlook_html":
        core = text(html or html_outlook(body), "html", charset=charset, cte=text_cte or "quoted-printable")
        if inline_imgs:
            core = multi("related", [core] + list(inline_imgs),
                         f"----=_NextPart_001_{h(seed + 'r1', 4, '0123456789ABCDEF')}_{h(seed + 'r2', 8, '0123456789ABCDEF')}.{h(seed + 'r3', 8, '0123456789ABCDEF')}",
                         params=' type="text/html";')
        outer_b = f"----=_NextPart_000_{h(seed + 'o1', 4, '0123456789ABCDEF')}_{h(seed + 'o2', 8, '0123456789ABCDEF')}.{h(seed + 'o3', 8, '0123456789ABCDEF')}"
    elif client in ("m365", "android_outlook"):
        cs = "iso-8859-1" if client == "m365" and charset == "utf-8" and _latin1_ok(body) else charset
        cte = "base64" if client == "android_outlook" else (text_cte or "quoted-printable")
        hb = html or html_simple(body)
        alt = multi("alternative", [text(body, charset=cs, cte=cte),
                                    text(hb, "html", charset=cs if _latin1_ok(hb) else "utf-8", cte=cte)],
                    f"_000_{h(seed + 'b', 50, '0123456789ABCDEF')}_")
        core = alt
        if inline_imgs:
            core = multi("related", [alt] + list(inline_imgs), f"_004_{h(seed + 'r', 50, '0123456789ABCDEF')}_",
                         params=' type="multipart/alternative";')
        outer_b = f"_003_{h(seed + 'o', 50, '0123456789ABCDEF')}_"
    elif client in ("gmail", "gmail_mobile"):
        cte = text_cte or "quoted-printable"
        core = multi("alternative", [text(body, charset="UTF-8", cte=cte, ct_style="quoted"),
                                     text(html or html_gmail(body), "html", charset="UTF-8", cte=cte)],
                     "000000000000" + h(seed + "g", 16))
        outer_b = "000000000000" + h(seed + "G", 16)
    elif client == "thunderbird":
        core = text(body, charset="UTF-8" if charset == "utf-8" else charset,
                    cte=text_cte or "8bit", ct_style="bare", flowed=True)
        outer_b = "------------" + h(seed + "t", 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    elif client == "apple":
        core = multi("alternative", [text(body, charset="utf-8", cte=text_cte or "quoted-printable", ct_style="bare"),
                                     text(html or html_apple(body), "html", charset="utf-8", cte="quoted-printable", ct_style="bare")],
                     f"Apple-Mail={huuid(seed + 'a', upper=True)}")
        outer_b = f"Apple-Mail={huuid(seed + 'A', upper=True)}"
    elif client == "iphone":
        core = text(body, charset="utf-8", cte=text_cte or "quoted-printable", ct_style="bare")
        outer_b = f"Apple-Mail-{huuid(seed + 'A', upper=True)}"
    elif client in ("zimbra", "zimbra_html"):
        if client == "zimbra":
            core = multi("alternative", [text(body, charset="utf-8", cte="quoted-printable", ct_style="bare"),
                                         text(html or html_zimbra(body), "html", charset="utf-8", cte="quoted-printable", ct_style="bare")],
                         f"=_{huuid(seed + 'z')}")
        else:
            core = text(html or html_zimbra(body), "html", charset="utf-8", cte="quoted-printable", ct_style="bare")
        outer_b = f"=_{huuid(seed + 'Z')}"
    elif client == "samsung":
        core = multi("alternative", [text(body, charset="UTF-8", cte="base64", ct_style="bare"),
                                     text(html or html_simple(body), "html", charset="UTF-8", cte="base64", ct_style="bare")],
                     f"--_com.samsung.android.email_{hnum(seed, 10**14, 10**15)}")
        outer_b = f"--_com.samsung.android.email_{hnum(seed + 'O', 10**14, 10**15)}"
    elif client == "roundcube":
        core = text(body, charset="UTF-8", cte=text_cte or "quoted-printable", ct_style="bare", flowed=True)
        outer_b = f"=_{h(seed + 'rc', 32)}"
    else:
        raise ValueError(client)
    if atts:
        core = multi("mixed", [core] + list(atts), outer_b)
    return assemble(hdr, core, sender)


def _latin1_ok(s):
    try:
        s.encode("iso-8859-1")
        return True
    except UnicodeEncodeError:
        return False


# --------------------------------------------------------------------------
# Small real attachments: PNG screenshots and PDF letters, drawn here
# --------------------------------------------------------------------------

_FONT_SRC = {
    "A": ".###. #...# #...# ##### #...# #...# #...#",
    "B": "####. #...# #...# ####. #...# #...# ####.",
    "C": ".###. #...# #.... #.... #.... #...# .###.",
    "D": "####. #...# #...# #...# #...# #...# ####.",
    "E": "##### #.... #.... ####. #.... #.... #####",
    "F": "##### #.... #.... ####. #.... #.... #....",
    "G": ".###. #...# #.... #.### #...# #...# .####",
    "H": "#...# #...# #...# ##### #...# #...# #...#",
    "I": ".###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.",
    "J": "..### ...#. ...#. ...#. ...#. #..#. .##..",
    "K": "#...# #..#. #.#.. ##... #.#.. #..#. #...#",
    "L": "#.... #.... #.... #.... #.... #.... #####",
    "M": "#...# ##.## #.#.# #.#.# #...# #...# #...#",
    "N": "#...# #...# ##..# #.#.# #..## #...# #...#",
    "O": ".###. #...# #...# #...# #...# #...# .###.",
    "P": "####. #...# #...# ####. #.... #.... #....",
    "Q": ".###. #...# #...# #...# #.#.# #..#. .##.#",
    "R": "####. #...# #...# ####. #.#.. #..#. #...#",
    "S": ".#### #.... #.... .###. ....# ....# ####.",
    "T": "##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..",
    "U": "#...# #...# #...# #...# #...# #...# .###.",
    "V": "#...# #...# #...# #...# #...# .#.#. ..#..",
    "W": "#...# #...# #...# #.#.# #.#.# #.#.# .#.#.",
    "X": "#...# #...# .#.#. ..#.. .#.#. #...# #...#",
    "Y": "#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..",
    "Z": "##### ....# ...#. ..#.. .#... #.... #####",
    "0": ".###. #...# #..## #.#.# ##..# #...# .###.",
    "1": "..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.",
    "2": ".###. #...# ....# ...#. ..#.. .#... #####",
    "3": "##### ...#. ..#.. ...#. ....# #...# .###.",
    "4": "...#. ..##. .#.#. #..#. ##### ...#. ...#.",
    "5": "##### #.... ####. ....# ....# #...# .###.",
    "6": "..##. .#... #.... ####. #...# #...# .###.",
    "7": "##### ....# ...#. ..#.. .#... .#... .#...",
    "8": ".###. #...# #...# .###. #...# #...# .###.",
    "9": ".###. #...# #...# .#### ....# ...#. .##..",
    " ": "..... ..... ..... ..... ..... ..... .....",
    "-": "..... ..... ..... ##### ..... ..... .....",
    ":": "..... ..#.. ..#.. ..... ..#.. ..#.. .....",
    ".": "..... ..... ..... ..... ..... .##.. .##..",
    ",": "..... ..... ..... ..... .##.. ..#.. .#...",
    "/": "..... ....# ...#. ..#.. .#... #.... .....",
    "!": "..#.. ..#.. ..#.. ..#.. ..#.. ..... ..#..",
    "'": "..#.. ..#.. .#... ..... ..... ..... .....",
    "(": "...#. ..#.. .#... .#... .#... ..#.. ...#.",
    ")": ".#... ..#.. ...#. ...#. ...#. ..#.. .#...",
    "#": ".#.#. .#.#. ##### .#.#. ##### .#.#. .#.#.",
    "@": ".###. #...# #.### #.#.# #.### #.... .###.",
    "_": "..... ..... ..... ..... ..... ..... #####",
    ">": ".#... ..#.. ...#. ....# ...#. ..#.. .#...",
    "?": ".###. #...# ....# ...#. ..#.. ..... ..#..",
    "=": "..... ..... ##### ..... ##### ..... .....",
    "+": "..... ..#.. ..#.. ##### ..#.. ..#.. .....",
    "%": "##..# ##.#. ...#. ..#.. .#... .#.## #..##",
}
FONT = {k: [row for row in v.split()] for k, v in _FONT_SRC.items()}


def _plain_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("€", "E").replace("«", "").replace("»", "").replace("’", "'")
    return "".join(c if c in FONT else " " for c in s.upper())


class Canvas:
    def __init__(self, w, hgt, bg=(255, 255, 255), gray=False):
        self.w, self.h, self.gray = w, hgt, gray
        self.px = [list(bg if not gray else (bg[0],)) * w for _ in range(hgt)]
        self.ch = 1 if gray else 3

    def rect(self, x0, y0, x1, y1, col):
        col = col if not self.gray else (col[0],)
        for y in range(max(0, y0), min(self.h, y1)):
            row = self.px[y]
            for x in range(max(0, x0), min(self.w, x1)):
                row[x * self.ch:(x + 1) * self.ch] = col

    def text(self, x, y, s, col=(0, 0, 0), scale=2):
        s = _plain_upper(s)
        for i, c in enumerate(s):
            g = FONT[c]
            for r, row in enumerate(g):
                for k, bit in enumerate(row):
                    if bit == "#":
                        xx = x + (i * 6 + k) * scale
                        yy = y + r * scale
                        self.rect(xx, yy, xx + scale, yy + scale, col)
        return x + len(s) * 6 * scale

    def raw(self):
        return b"".join(b"\x00" + bytes(row) for row in self.px)


def png(canvas):
    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    ctype = 0 if canvas.gray else 2
    ihdr = struct.pack(">IIBBBBB", canvas.w, canvas.h, 8, ctype, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(canvas.raw(), 9)) + chunk(b"IEND", b""))


def screenshot(title, lines, width=None, url=None, error_lines=()):
    """A small browser/dialog screenshot: title bar, optional URL bar, text lines.
    Lines whose index is in error_lines are drawn in red."""
    scale = 2
    longest = max([len(_plain_upper(x)) for x in list(lines) + [title] + ([url] if url else [])])
    w = width or (longest * 6 * scale + 40)
    top = 30 + (26 if url else 0)
    hgt = top + 20 + len(lines) * 20 + 16
    cv = Canvas(w, hgt, bg=(240, 240, 240))
    cv.rect(0, 0, w, 26, (31, 78, 121))
    cv.text(8, 6, title, (255, 255, 255), scale)
    if url:
        cv.rect(6, 30, w - 6, 52, (255, 255, 255))
        cv.text(12, 34, url, (90, 90, 90), scale)
    cv.rect(6, top + 4, w - 6, hgt - 6, (255, 255, 255))
    for i, line in enumerate(lines):
        col = (200, 30, 30) if i in error_lines else (20, 20, 20)
        cv.text(16, top + 14 + i * 20, line, col, scale)
    return png(cv)


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def _pdf_assemble(objs, info):
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    offs.append(len(out))
    n = len(objs) + 1
    out += f"{n} 0 obj\n".encode() + info + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {n + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {n + 1} /Root 1 0 R /Info {n} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def _pdf_info(producer, title, date):
    d = date.strftime("D:%Y%m%d%H%M%S+01'00'")
    return (b"<< /Producer " + _pdf_str(producer) + b" /Title " + _pdf_str(title)
            + b" /CreationDate (" + d.encode() + b") >>")


def pdf_letter(lines, title="Document", producer="Microsoft Word pour Microsoft 365",
               date=None):
    """A one-page text PDF.  Lines starting with '**' are bold."""
    date = date or _dt.datetime(2025, 1, 6, 10, 0)
    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"62 780 Td"]
    for line in lines:
        if line.startswith("**"):
            ops += [b"/F2 11 Tf", _pdf_str(line[2:]) + b" Tj T*", b"/F1 11 Tf"]
        else:
            ops.append(_pdf_str(line) + b" Tj T*")
    ops.append(b"ET")
    content = b"\n".join(ops)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    return _pdf_assemble(objs, _pdf_info(producer, title, date))


def pdf_scan(lines, title="Numerisation", producer="Canon iR-ADV C5535 PDF", date=None,
             signature=True):
    """A 'scanned' one-page PDF: an image of the letter, no text layer."""
    date = date or _dt.datetime(2025, 1, 6, 10, 0)
    scale = 2
    w = max(len(_plain_upper(x)) for x in lines) * 6 * scale + 80
    w = max(w, 520)
    hgt = 60 + len(lines) * 22 + (60 if signature else 0)
    cv = Canvas(w, hgt, bg=(246, 246, 242), gray=True)
    for i, line in enumerate(lines):
        cv.text(40, 30 + i * 22, line, (35,), scale)
    if signature:  # a rough pen stroke
        y0 = 40 + len(lines) * 22
        for k in range(120):
            yy = y0 + int(12 * ((k % 40) / 40.0 - 0.5) * (1 if (k // 40) % 2 else -1))
            cv.rect(w - 220 + k, yy, w - 218 + k, yy + 3, (60,))
    data = zlib.compress(b"".join(bytes(r) for r in cv.px), 9)
    pw, ph = 595, 842
    dw = pw - 60
    dh = dw * hgt / w
    content = f"q {dw:.1f} 0 0 {dh:.1f} 30 {ph - 40 - dh:.1f} cm /Im1 Do Q".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
        f"<< /Type /XObject /Subtype /Image /Width {w} /Height {hgt} /ColorSpace /DeviceGray "
        f"/BitsPerComponent 8 /Filter /FlateDecode /Length {len(data)} >>\nstream\n".encode()
        + data + b"\nendstream",
    ]
    return _pdf_assemble(objs, _pdf_info(producer, title, date))


# --------------------------------------------------------------------------
# Registry of mails and labels
# --------------------------------------------------------------------------

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


def L(category, auto, uai_code, platform, *, hard=False, lang="fr", notes):
    assert category in CATEGORIES, category
    assert platform in PLATFORMS, platform
    if uai_code is not None:
        assert is_valid_uai(uai_code), uai_code
    return {"category": category, "auto_reply_ok": auto, "uai": uai_code,
            "platform": platform, "hard": hard, "lang": lang, "notes": notes}


CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
              "head_of_establishment_request", "account_creation",
              "subscription_activation", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
AUTO_OK_CATS = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}


# ==========================================================================
# The mails.  Each function returns (Msg, label).  Region is derived from the
# label's UAI, else from an académie sender domain (see build()).
# ==========================================================================

def desk_ref(n):
    return f"[#SUP-{n:06d}]"


def desk_msgid(n, t):
    return f"<SUP-{n:06d}.{int(t.timestamp())}.{h(str(n), 6)}@assistance.example.fr>"


# --------------------------------------------------------------------------
# password_reset
# --------------------------------------------------------------------------

@mail
def p01():
    u = uai("0693184")
    t = when(2024, 9, 17, 10, 41)
    body = f"""Bonjour,

Je vous écris depuis la boîte fonctionnelle du collège, à la demande de
notre professeure documentaliste, Mme Perrin, qui ne parvient plus à
entrer dans l'administration du portail e-sidoc : le mot de passe qu'elle
avait noté en juin est refusé.

Pourriez-vous envoyer le lien de réinitialisation sur cette adresse
officielle ? Je le lui remettrai dès réception.

Bien cordialement,

Nadia Benali
Secrétariat de direction
Collège Jean Moulin - Villeurbanne
Tél. 04 78 84 21 30
"""
    m = compose("zimbra", frm=("Secretariat College Jean Moulin", f"ce.{u}@ac-lyon.fr"),
                subject="Mot de passe du portail e-sidoc (CDI)", date=t, body=body, seed="p01")
    return m, L("password_reset", True, u, "esidoc", hard=True,
                notes="The secretary writes from the shared ce.<UAI>@ac-lyon.fr mailbox for the librarian; "
                      "the UAI is only in that address. Not the head: a plain reset, the link goes to the official address.")


@mail
def p02():
    u = uai("0342617")
    t = when(2025, 1, 14, 8, 6)
    body = f"""Madame, Monsieur,

Notre professeur documentaliste est en congé de maladie jusqu'aux vacances
d'hiver. En son absence, il me revient, en ma qualité de principal adjoint,
de mettre en ligne sur le portail e-sidoc du collège la sélection du prix
des lecteurs.

Or le mot de passe du compte administrateur (identifiant : {u}) ne figure
dans aucun de nos dossiers. Je vous remercie de bien vouloir m'indiquer la
procédure à suivre pour le réinitialiser.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Julien Marchetti
Principal adjoint
Collège Les Garrigues
34070 Montpellier
UAI {u}
"""
    m = compose("outlook", frm=("Julien Marchetti", "julien.marchetti@ac-montpellier.fr"),
                subject="Perte du mot de passe administrateur e-sidoc", date=t, body=body, seed="p02")
    return m, L("password_reset", True, u, "esidoc", hard=True,
                notes="Formal letter from the deputy head (principal adjoint): he asks for the ordinary reset "
                      "procedure, not a head's written authorisation; the reset path (official address) applies.")


@mail
def p03():
    u = uai("0290418")
    t = when(2025, 6, 3, 16, 52)
    body = f"""bonjour,

je voulais lancer le recolement de fin d'annee et preparer le desherbage
des periodiques mais depuis la mise a jour impossible d'entrer dans
l'admin e-sidoc : "identifiant ou mot de passe incorrect". Je crois que
j'ai melange avec le mot de passe de BCDI qui a change en meme temps.

Pouvez vous me renvoyer un lien pour le redefinir ? Le RNE est dans l'objet.

merci
Gaelle Le Gall
prof doc - lycee de Cornouaille, Quimper
"""
    m = compose("thunderbird", frm=("Gaelle Le Gall", "gaelle.le-gall@ac-rennes.fr"),
                subject=f"connexion admin e-sidoc impossible - {u}", date=t, body=body, seed="p03")
    return m, L("password_reset", True, u, "esidoc",
                notes="Librarian's catalogue jargon (récolement, désherbage, BCDI); no accents; UAI in the subject "
                      "as 'RNE'. A clear lost password.")


@mail
def p04():
    u = uai("0131506")
    t = when(2024, 11, 25, 7, 58)
    body = f"""C'EST LA TROISIÈME FOIS CE TRIMESTRE que le compte du CDI se bloque !!!

Je tape le bon mot de passe, je me trompe UNE fois à cause du clavier de
la salle info et hop, compte verrouillé. Franchement, qui a conçu ça ?
Si ça continue je fais remonter au rectorat et à l'inspection, on perd un
temps fou.

Bref : débloquez le compte ou envoyez le lien habituel pour changer le mot
de passe. Collège Marcel Pagnol, {u}.

S. Fabre
"""
    m = compose("gmail_mobile", frm=("Sandrine Fabre", "sandrine.fabre13@gmail.com"),
                subject="ENCORE BLOQUÉ", date=t, body=body, seed="p04")
    return m, L("password_reset", True, u, "esidoc",
                notes="Capitals, exclamation marks and a threat to complain, but underneath an ordinary locked "
                      "CDI account and a request for the usual reset link. Personal Gmail; region from the UAI.")


@mail
def p05():
    u = uai("0781266")
    t = when(2024, 10, 8, 13, 20)
    body = f"""Dear support team,

I am the teacher-librarian for the international sections of our lycée. I
have been away on a training course and I can no longer remember the
password for the e-sidoc back office. Could you please tell me how to reset
it? Our school code (UAI), which I believe is also the username, is {u}.

Many thanks in advance,

Emma Walsh
Teacher-librarian, International Sections
Lycée international, Saint-Germain-en-Laye
"""
    m = compose("apple", frm=("Emma Walsh", "emma.walsh@ac-versailles.fr"),
                subject="Forgotten password - e-sidoc back office", date=t, body=body, seed="p05")
    return m, L("password_reset", True, u, "esidoc", lang="en",
                notes="English; forgotten e-sidoc back-office password, UAI given as the username.")


@mail
def p06():
    t = when(2025, 3, 4, 11, 37)
    body = """Bonjour,

Je suis chargé de la commande publique à la mairie de Saint-Jean-de-Braye.
Je dois émettre cette semaine un bon de commande sur le marché de
fournitures de bureau, mais je ne retrouve plus mon mot de passe pour
l'Espace Acheteur (mon identifiant est bien mon adresse ci-dessous).

Merci de m'indiquer comment le réinitialiser.

Cordialement,

Thierry Gaudin
Service Commande publique et Achats
Mairie de Saint-Jean-de-Braye
"""
    m = compose("m365", frm=("GAUDIN Thierry", "t.gaudin@mairie-saintjeandebraye.fr"),
                subject="Mot de passe Espace Acheteur oublié", date=t, body=body, seed="p06")
    return m, L("password_reset", True, None, "espace_acheteur",
                notes="A commune's buyer lost his Espace Acheteur password (procurement wording: bon de commande, "
                      "marché). Non-academic sender, no UAI: no region.")


@mail
def p07():
    t = when(2025, 2, 11, 9, 15)
    body = """Bonjour,

Le service des achats du Département utilise une adresse partagée pour
l'Espace Acheteur (celle d'où je vous écris). Depuis le départ en retraite
de notre collègue qui avait créé le compte, personne ne sait plus quel était
l'identifiant de connexion, ni bien sûr le mot de passe.

Nous avons plusieurs engagements juridiques à saisir avant la fin du mois.
Comment pouvons-nous récupérer cet accès ?

Merci par avance,

Pour le service Achats et Marchés,
Hélène Rouquette
Conseil départemental de l'Aveyron - Direction des finances
"""
    m = compose("roundcube", frm=("Achats et Marches - CD12", "achats.marches@aveyron-departement.fr"),
                subject="Identifiant Espace Acheteur inconnu", date=t, body=body, seed="p07")
    return m, L("password_reset", True, None, "espace_acheteur",
                notes="Département buyer: shared service mailbox, login and password unknown after a retirement "
                      "(FAQ case of a shared e-mail). No UAI, non-academic domain: no region.")


@mail
def p08():
    u = uai("0594137")
    t = when(2025, 1, 20, 8, 3)
    img = screenshot("E-SIDOC - ESPACE ADMINISTRATION",
                     ["CONNEXION", f"IDENTIFIANT : {u}", "",
                      "VOTRE COMPTE EST TEMPORAIREMENT VERROUILLE",
                      "TROP DE TENTATIVES INFRUCTUEUSES.",
                      "UTILISEZ LE LIEN : MOT DE PASSE OUBLIE ?"],
                     url=f"HTTPS://{u}.ESIDOC.FR/ADMIN", error_lines=(3, 4))
    body = """Bonjour,

cf. capture.

Merci d'avance
M. Delattre
"""
    m = compose("zimbra", frm=("Marion Delattre", "marion.delattre@ac-lille.fr"),
                subject=f"Compte e-sidoc {u} bloqué", date=t, body=body, seed="p08",
                atts=[attachment(img, "image/png", "Capture d'écran 2025-01-20 075912.png", rfc2231=True)])
    return m, L("password_reset", True, u, "esidoc", hard=True,
                notes="Body is 'cf. capture' only: the subject and the PNG screenshot (locked-account message) carry "
                      "the request. UAI in the subject.")


@mail
def p09():
    good = uai("0441873")
    wrong = bad_uai("0441873")
    t = when(2024, 9, 30, 14, 12)
    body = f"""Bonjour,

J'utilise la messagerie de l'établissement, la mienne étant en cours de
création. Je viens d'arriver au CDI du lycée et le mot de passe
d'administration e-sidoc laissé par ma collègue ne fonctionne pas.

Pourriez-vous m'envoyer un lien de réinitialisation à cette adresse ?

Merci beaucoup,

Claire Jaouen
Professeure documentaliste
Lycée Jules Rieffel - Saint-Herblain
RNE : {wrong}
"""
    m = compose("outlook", frm=("Lycée Jules Rieffel", f"ce.{good}@ac-nantes.fr"),
                subject="Accès administration e-sidoc", date=t, body=body, seed="p09")
    return m, L("password_reset", True, good, "esidoc", hard=True,
                notes=f"The signature gives {wrong} (wrong check letter, a typo); the ce.<UAI>@ac-nantes.fr sender "
                      f"address carries the valid code {good}, which is the label. New librarian on the shared mailbox.")


@mail
def p10():
    u = uai("0763395")
    t = when(2025, 3, 17, 7, 44)
    body = f"""Bonjour,
Le lien de réinitialisation reçu vendredi en fin de journée ne marche plus ce matin (page "lien expiré").
Pouvez-vous m'en renvoyer un ? Je le traiterai tout de suite cette fois.
UAI {u}
Merci
Julie Caron, CDI collège Claude Monet, Le Havre

Envoyé de mon iPhone
"""
    m = compose("iphone", frm=("Julie Caron", "julie.caron1@ac-normandie.fr"),
                subject="Lien expiré", date=t, body=body, seed="p10")
    return m, L("password_reset", True, u, "esidoc",
                notes="Reset link received on Friday evening had expired by Monday morning; asks for a new one. iPhone.")


@mail
def p11():
    u = uai("0940652")
    t = when(2025, 4, 28, 15, 3)
    body = f"""Bonjour,

Je suis la professeure documentaliste du lycée Guillaume Budé. J'écris
depuis la boîte du lycée que partage le secrétariat, car ma messagerie
académique est saturée depuis ce matin.

Je n'ai plus le mot de passe du compte administrateur e-sidoc : nous
l'avons changé lors du passage au nouveau portail et le papier où je
l'avais noté a disparu dans le déménagement du CDI. Pouvez-vous m'aider
à le réinitialiser ?

Merci,
Sophie Nguyen
CDI - Lycée Guillaume Budé, Limeil-Brévannes
"""
    m = compose("thunderbird", frm=("Lycee Guillaume Bude", f"ce.{u}@ac-creteil.fr"),
                subject="mot de passe compte administrateur e-sidoc", date=t, body=body, seed="p11")
    return m, L("password_reset", True, u, "esidoc", hard=True,
                notes="Shared establishment mailbox (ce.<UAI>@ac-creteil.fr) signed by the librarian, not the "
                      "secretariat; the UAI only in the address. A plain lost password.")


@mail
def p12():
    u = uai("0382049")
    t = when(2025, 1, 6, 9, 27)
    body = f"""Bonjour,

Bravo pour la nouvelle politique de sécurité : le mot de passe expire tous
les 90 jours, et bien entendu il a eu la bonne idée d'expirer pendant les
vacances de Noël. Pour le changer, il faut l'ancien... que je n'ai
évidemment plus en tête après deux semaines.

Pourriez-vous donc m'expliquer comment on rentre chez soi quand on a perdu
les clés ? Un lien pour en définir un nouveau ferait parfaitement l'affaire.

Collège Le Savouret, Saint-Égrève - {u}

Anne Brunet
Professeure documentaliste
"""
    m = compose("apple", frm=("Anne Brunet", "anne.brunet@ac-grenoble.fr"),
                subject="Mot de passe expiré (et ancien oublié)", date=t, body=body, seed="p12")
    return m, L("password_reset", True, u, "esidoc",
                notes="Sarcastic tone about the 90-day expiry; the expired password's old value is forgotten: an "
                      "ordinary reset.")


@mail
def p13():
    u = uai("0573218")
    t = when(2024, 12, 9, 20, 48)
    body = f"""Bonsoir,

Je n'arrive plus a me conecter au portail e-sidoc du collège (UAI {u}),
mon mot de passe est refusé.

Attention : la boîte du collège n'est pas consultée en ce moment, notre
secrétaire est en arrêt. Merci donc d'envoyer le nouveau mot de passe
directement sur mon adresse personnelle, celle-ci : lucie.hoffmann57@gmail.com

Lucie Hoffmann
Documentaliste, collège Jean Mermoz, Yutz
"""
    m = compose("gmail", frm=("Lucie Hoffmann", "lucie.hoffmann57@gmail.com"),
                subject="mot de passe e-sidoc", date=t, body=body, seed="p13")
    return m, L("password_reset", False, u, "esidoc", hard=True,
                notes="Lost password, but she asks for the new password to be sent to her personal Gmail address, "
                      "which is not on file: no automatic answer.")


@mail
def p14():
    u = uai("0492284")
    t = when(2025, 2, 24, 10, 5)
    body = f"""Bonjour,

Nous avons perdu le mot de passe du compte administrateur EcoleDirecte de
l'établissement : notre ancienne directrice adjointe le gardait et elle a
quitté l'école pendant les vacances.

Je précise qu'il ne s'agit PAS du mot de passe de maintenance du jour (celui-là
nous savons le demander), mais bien du compte d'administration qui sert à gérer
les comptes des professeurs.

Comment pouvons-nous le récupérer ?

Merci d'avance,

Isabelle Moreau
Gestionnaire
Ensemble scolaire Saint-Joseph - Angers
UAI {u}
"""
    m = compose("outlook", frm=("Isabelle Moreau", "gestion@stjoseph-angers.fr"),
                subject="Mot de passe administrateur EcoleDirecte perdu", date=t, body=body, seed="p14")
    return m, L("password_reset", False, u, "ecoledirecte", hard=True,
                notes="Lost EcoleDirecte administration password, explicitly not the daily maintenance password "
                      "(transfer_incident). No reset template exists for this product: a person answers.")


@mail
def p16():
    u = uai("0672381")
    t = when(2024, 11, 13, 12, 34)
    body = f"""Hello,

I'm the assistant librarian at Lycée Pasteur in Strasbourg (UAI {u}) and I'm
locked out of the e-sidoc admin pages: the password I was given in September
no longer works and I'm not sure it was ever changed correctly.

Could you send me whatever is needed to set a new one?

Thanks a lot,
Siobhan Kelly
"""
    m = compose("gmail", frm=("Siobhan Kelly", "siobhan.kelly.fr@gmail.com"),
                subject="Can't log in to e-sidoc", date=t, body=body, seed="p16")
    return m, L("password_reset", True, u, "esidoc", lang="en",
                notes="English from a personal Gmail address; lost e-sidoc admin password, UAI in the body.")


@mail
def p17():
    u = uai("0311794")
    t = when(2025, 5, 12, 11, 2)
    body = f"""Bonjour,

Je me suis d'abord adressée à la plateforme d'assistance informatique du
rectorat, qui m'a renvoyée vers vous (voir leur réponse ci-dessous).

Mon problème : je ne peux plus me connecter à l'administration e-sidoc du
collège ({u}), le mot de passe est refusé et je ne l'ai noté nulle part.
Comment le réinitialiser ?

Merci,
Laure Vidalenc
Professeure documentaliste, collège Bellevue, Toulouse

----- Mail transféré -----
De: "Assistance DSI Rectorat" <assistance@ac-toulouse.fr>
À: "laure vidalenc" <laure.vidalenc@ac-toulouse.fr>
Envoyé: Vendredi 9 Mai 2025 16:47:12
Objet: [Ticket#2025050912000418] mot de passe e-sidoc

Bonjour Madame,

Votre demande concerne le portail e-sidoc, qui n'est pas administré par
les services académiques. Le mot de passe de votre messagerie académique
n'y est pas lié et nous ne pouvons pas le modifier.

Nous vous invitons à contacter directement l'assistance de l'éditeur.
Ce ticket est clos.

Cordialement,
Le centre de services de la DSI
"""
    m = compose("zimbra", frm=("Laure Vidalenc", "laure.vidalenc@ac-toulouse.fr"),
                subject="Fwd: [Ticket#2025050912000418] mot de passe e-sidoc", date=t, body=body, seed="p17")
    return m, L("password_reset", True, u, "esidoc", hard=True,
                notes="Quotes the rectorat's IT help desk closing her ticket and sending her to us (its text talks "
                      "of the academic mail password); the request underneath is a lost e-sidoc admin password.")


@mail
def p19():
    t = when(2025, 4, 2, 18, 21)
    body = """bjr
mdp oublie pour l espace acheteur de la mairie de Lunel-Viel, on doit passer une commande de mobilier pour l ecole demain
comment on fait
merci
C. Pons

Envoyé depuis mon Galaxy
"""
    m = compose("samsung", frm=("christian pons", "christian.pons34@orange.fr"),
                subject="mot de passe", date=t, body=body, seed="p19")
    return m, L("password_reset", True, None, "espace_acheteur",
                notes="Phone message, no accents: forgotten password of a town hall's buyer account. Personal "
                      "orange.fr sender, no UAI: no region.")


@mail
def p20():
    t = when(2024, 11, 28, 14, 46)
    body = """Bonjour,

Je coordonne le réseau des médiathèques de la communauté de communes.
Je dois passer avant la clôture budgétaire la commande des nouveautés
(fonds jeunesse et bandes dessinées) sur le marché « Livres non scolaires »
auquel nous sommes rattachés, mais je ne retrouve plus mon mot de passe
pour l'Espace Acheteur.

Le bouton « mot de passe oublié » me demande un identifiant dont je ne suis
plus certaine. Pouvez-vous me dire lequel est enregistré et comment
réinitialiser le mot de passe ?

Bien à vous,

Marianne Lebreton
Coordinatrice du réseau de lecture publique
Communauté de communes du Pays de Mormal
"""
    m = compose("thunderbird", frm=("Marianne Lebreton", "m.lebreton@cc-paysdemormal.fr"),
                subject="Accès Espace Acheteur - réseau des médiathèques", date=t, body=body, seed="p20")
    return m, L("password_reset", True, None, "espace_acheteur",
                notes="Médiathèque network coordinator (buyer of an intercommunal structure) lost her Espace "
                      "Acheteur password and is unsure of the login. No UAI, non-academic domain: no region.")


@mail
def p21():
    u = uai("0332719")
    t = when(2024, 9, 9, 9, 33)
    body = f"""Bonjour,

J'ai pris mes fonctions d'adjointe gestionnaire au lycée Camille Jullian le
1er septembre. Ma prédécesseure a quitté l'établissement sans laisser le mot
de passe du compte Espace Acheteur du lycée : je ne le connais donc pas, et
l'adresse associée au compte est sans doute encore la sienne.

Pouvez-vous me dire comment obtenir un nouveau mot de passe ?

Cordialement,

Valérie Dumas
Adjointe gestionnaire
Lycée Camille Jullian - Bordeaux
UAI : {u}
"""
    m = compose("outlook", frm=("Valérie Dumas", "valerie.dumas@ac-bordeaux.fr"),
                subject="Compte Espace Acheteur du lycée", date=t, body=body, seed="p21")
    return m, L("password_reset", True, u, "espace_acheteur",
                notes="New gestionnaire who never had the Espace Acheteur password ('je ne le connais pas'); the "
                      "address on file is probably the predecessor's: the reset rule handles it.")


@mail
def p22():
    t = when(2025, 2, 3, 13, 58)
    html = """<html><body><div style="font-family: times new roman, new york, times, serif; font-size: 12pt; color: #000000"><div>Bonjour,</div><div><br></div><div>On me demande un &laquo; identifiant &raquo; pour me connecter &agrave; l'administration e-sidoc de l'&eacute;cole et je ne sais pas du tout ce que c'est : mon adresse mail ? mon nom ?</div><div><br></div><div>Je n'ai pas non plus de mot de passe, ma coll&egrave;gue partie &agrave; la retraite s'en occupait.</div><div><br></div><div>Merci de votre aide,</div><div><br></div><div>Nathalie Girardot</div><div>Enseignante charg&eacute;e de la BCD - &eacute;cole &eacute;l&eacute;mentaire</div></div></body></html>
"""
    m = compose("zimbra_html", frm=("Nathalie Girardot", "nathalie.girardot@ac-besancon.fr"),
                subject="Identifiant ?", date=t, body="", html=html, seed="p22")
    return m, L("password_reset", True, None, "esidoc",
                notes="HTML-only Zimbra mail (entities for accents): does not know what the login is (the UAI) nor "
                      "the password. No UAI given; region from ac-besancon.fr.")


@mail
def p23():
    u = uai("0761905")
    t0 = when(2025, 3, 10, 9, 12)
    t = when(2025, 3, 11, 8, 40)
    body = f"""Bonjour,

La secrétaire a bien reçu votre lien sur la boîte du collège hier, mais elle
ne me l'a transmis que ce matin et il a expiré entre-temps. Cela va se
reproduire : pouvez-vous plutôt envoyer le lien directement à mon adresse,
marine.lecoq@ac-rouen.fr ? Ce sera bien plus simple.

Merci,
Marine Lecoq

> Le 10 mars 2025 à 09:12, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> officielle de votre établissement (ce.07*****@ac-*****.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
"""
    m = compose("apple", frm=("Marine Lecoq", "marine.lecoq@ac-rouen.fr"),
                subject=f"Re: {desk_ref(5213)} Mot de passe e-sidoc - {u}", date=t, body=body, seed="p23",
                irt=desk_msgid(5213, t0))
    return m, L("password_reset", False, u, "esidoc", hard=True,
                notes="Reply on our reset answer: the link reached the official address but expired before it was "
                      "passed on; she asks for it at her own address instead, which the rule forbids: a person answers. "
                      "UAI in the subject; ac-rouen.fr agrees (normandie).")


@mail
def p24():
    u = uai("0550612")
    t = when(2025, 5, 20, 13, 7)
    body = f"""Bonjour
Je suis AED et je remplace la documentaliste du collège pendant son congé. Elle m'a laissé l'identifiant du portail e-sidoc ({u}) mais le mot de passe ne passe plus, elle a dû le changer avant de partir.
Pourriez-vous m'aider ? Il faut que j'enregistre les retours de prêts.
Merci beaucoup
Kevin Thouvenin
Collège Jules Ferry, Bar-le-Duc

Envoyé de mon iPhone
"""
    m = compose("iphone", frm=("Kevin Thouvenin", "kevin.thouvenin@ac-nancy-metz.fr"),
                subject="mot de passe CDI", date=t, body=body, seed="p24")
    return m, L("password_reset", True, u, "esidoc",
                notes="An assistant (AED) standing in for the librarian: the password no longer works; the reset "
                      "path to the address on file fits.")

# --------------------------------------------------------------------------
# head_of_establishment_request
# --------------------------------------------------------------------------

@mail
def e01():
    u = uai("0861437")
    t = when(2024, 9, 12, 17, 18)
    body = f"""Madame, Monsieur,

Mme Karine Aubert, professeure documentaliste, a obtenu sa mutation à la
rentrée 2024 et a été remplacée au CDI par M. Romain Texier.

En conséquence, je vous demande de bien vouloir remplacer l'adresse de
contact du compte administrateur de notre portail e-sidoc par celle de
M. Texier (romain.texier@ac-poitiers.fr) et de lui transmettre les accès.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération
distinguée.

Le Proviseur,
Philippe Gauthier
Lycée Camille Guérin - Poitiers
UAI {u}
"""
    m = compose("outlook", frm=("Lycée Camille Guérin - Proviseur", f"ce.{u}@ac-poitiers.fr"),
                subject="Changement de l'administrateur du portail e-sidoc", date=t, body=body, seed="e01")
    return m, L("head_of_establishment_request", False, u, "esidoc",
                notes="The proviseur, from the establishment's official address, asks in writing to replace the "
                      "e-sidoc administrator contact after the librarian's transfer.")


@mail
def e02():
    u = uai("0171592")
    t = when(2025, 1, 9, 10, 25)
    scan = pdf_scan([
        "COLLEGE FIERS D'AUNIS - 17100 SAINTES",
        f"UAI {u}",
        "",
        "SAINTES, LE 8 JANVIER 2025",
        "",
        "A L'ATTENTION DU SERVICE D'ASSISTANCE",
        "DE L'ESPACE ACHETEUR",
        "",
        "OBJET : CHANGEMENT D'ADMINISTRATEUR DE LA STRUCTURE",
        "",
        "MADAME, MONSIEUR,",
        "",
        "JE VOUS INFORME QUE MME SYLVIE RENAUD, ADJOINTE GESTIONNAIRE,",
        "EST DESIGNEE ADMINISTRATRICE DE NOTRE STRUCTURE SUR L'ESPACE",
        "ACHETEUR A COMPTER DE CE JOUR, EN REMPLACEMENT DE M. DIDIER",
        "BOUCHET, PARTI EN RETRAITE LE 31 DECEMBRE.",
        "",
        "JE VOUS DEMANDE DE BIEN VOULOIR FERMER LES ACCES DE M. BOUCHET.",
        "",
        "LA PRINCIPALE,",
        "CATHERINE MARTINEAU",
    ], title="Numérisation", date=_dt.datetime(2025, 1, 9, 10, 21))
    body = """Bonjour,

Veuillez trouver ci-joint le courrier de Mme la Principale.

Bonne journée,
Le secrétariat
"""
    m = compose("zimbra", frm=("Secretariat College Fiers d'Aunis", f"ce.{u}@ac-poitiers.fr"),
                subject="Courrier de Mme la Principale", date=t, body=body, seed="e02",
                atts=[attachment(scan, "application/pdf", f"SCAN_{u}_20250109_102114.pdf")])
    return m, L("head_of_establishment_request", False, u, "espace_acheteur", hard=True,
                notes="The secretariat relays, from the ce.<UAI> mailbox, the principal's signed letter as a scanned "
                      "PDF (an image, no text layer): she names a new Espace Acheteur structure administrator and "
                      "asks to close the retiree's access. The body says nothing of the request itself.")


@mail
def e03():
    u = uai("0180734")
    t = when(2024, 10, 3, 12, 9)
    body = f"""Bonjour,

Je suis la directrice de l'école élémentaire Les Tilleuls de Vierzon (UAI {u}).

Je vous demande de réinitialiser le mot de passe administrateur du portail
e-sidoc de notre BCD et d'en changer l'adresse de contact : elle est encore
celle de l'ancienne enseignante chargée de la bibliothèque, qui a quitté
l'école. Merci d'utiliser désormais l'adresse de l'école, celle d'où
j'écris.

Cordialement,

Mme Delphine Roux
Directrice
École élémentaire Les Tilleuls
"""
    m = compose("thunderbird", frm=("Ecole elementaire Les Tilleuls", f"ce.{u}@ac-orleans-tours.fr"),
                subject="Demande de réinitialisation - portail e-sidoc de l'école", date=t, body=body, seed="e03")
    return m, L("head_of_establishment_request", False, u, "esidoc",
                notes="A primary-school head (directrice d'école) writes from the school's official address: reset "
                      "of the admin password and change of the contact address.")


@mail
def e04():
    u = uai("0840291")
    t = when(2025, 3, 19, 9, 2)
    bc = pdf_letter([
        "**Lycée Frédéric Mistral - Avignon",
        f"UAI {u}",
        "",
        "**BON DE COMMANDE N° 2025-0087",
        "Marché régional : fournitures et équipements pédagogiques - lot 3",
        "Engagement juridique (Op@le) : EJ 1300452187",
        "",
        "Désignation                                 Qté      Montant HT",
        "Tablettes graphiques pour la section arts    12        1 548,00 €",
        "Stylets de remplacement                      24          216,00 €",
        "",
        "Total HT : 1 764,00 €      TVA 20 % : 352,80 €      Total TTC : 2 116,80 €",
        "",
        "Imputation : service AP, domaine ARTS, activité 0ARTS",
        "",
        "Bon pour accord, le Proviseur ordonnateur",
        "Olivier Santoni",
    ], title="BC 2025-0087", date=_dt.datetime(2025, 3, 18, 16, 40))
    body = f"""Madame, Monsieur,

J'autorise Mme Laetitia Faure, adjointe gestionnaire, à valider sur
l'Espace Acheteur la commande correspondant au bon de commande
n° 2025-0087 ci-joint, passé sur le lot 3 du marché régional.

L'engagement juridique a été créé dans Op@le sous le numéro 1300452187.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Olivier Santoni
Proviseur
Lycée Frédéric Mistral - Avignon
"""
    m = compose("outlook", frm=("Proviseur - Lycée Frédéric Mistral", f"ce.{u}@ac-aix-marseille.fr"),
                subject="Autorisation de validation - BC 2025-0087", date=t, body=body, seed="e04",
                cc="Laetitia Faure <laetitia.faure@ac-aix-marseille.fr>",
                atts=[attachment(bc, "application/pdf", "BC_2025-0087_signe.pdf")])
    return m, L("head_of_establishment_request", False, u, "espace_acheteur",
                notes="The proviseur (ordonnateur) authorises the gestionnaire to validate an Espace Acheteur order "
                      "and attaches the signed bon de commande with the engagement juridique number.")


@mail
def e05():
    u = uai("0080566")
    t0 = when(2025, 2, 4, 11, 16)
    t = when(2025, 2, 4, 18, 52)
    body = f"""Bonjour,
Je confirme la demande de M. Collignon ci-dessous et vous autorise à procéder.
Cordialement
Agnès Thiriet
Principale du collège Jean Macé

Envoyé de mon iPhone

> Le 4 févr. 2025 à 11:16, Pascal Collignon <pascal.collignon@ac-reims.fr> a écrit :
>
> Bonjour,
>
> Adjoint de la principale du collège Jean Macé de Charleville-Mézières
> (UAI {u}), je sollicite la réinitialisation du mot de passe du compte
> administrateur e-sidoc et le remplacement de l'adresse de contact par
> l'adresse officielle du collège, ce.{u}@ac-reims.fr. Notre documentaliste
> est partie sans transmettre ses accès.
>
> Mme Thiriet, principale, vous confirmera cette demande par écrit.
>
> Pascal Collignon
> Principal adjoint
"""
    m = compose("iphone", frm=("Agnès Thiriet", "agnes.thiriet@ac-reims.fr"),
                subject="Re: Compte administrateur e-sidoc - collège Jean Macé", date=t, body=body, seed="e05",
                irt=f"<{huuid('e05q', upper=True)}@ac-reims.fr>")
    return m, L("head_of_establishment_request", False, u, "esidoc", hard=True,
                notes="The principal confirms from her phone the request her deputy wrote (quoted, with the UAI): "
                      "reset of the admin password and contact change. The deputy's message alone would not be the "
                      "head's written request; her confirmation is. UAI only in the quoted part.")


@mail
def e06():
    u = uai("0672905")
    t = when(2024, 9, 24, 15, 31)
    body = f"""Dear Sir or Madam,

As Director of the European School of Strasbourg (UAI {u}), I hereby appoint
Mr Markus Berger, our bursar, as the administrator of our structure on the
Espace Acheteur, effective immediately.

Please also close the access of Ms Ingrid Lindqvist, who left the school at
the end of August.

Yours faithfully,

Dr. Helena Kowalczyk
Director
European School of Strasbourg
"""
    m = compose("outlook", frm=("Helena Kowalczyk", f"ce.{u}@ac-strasbourg.fr"),
                subject="Change of administrator - Espace Acheteur", date=t, body=body, seed="e06")
    return m, L("head_of_establishment_request", False, u, "espace_acheteur", lang="en",
                notes="English; the school's director names a new Espace Acheteur structure administrator and asks "
                      "to close a leaver's access, from the official address.")


@mail
def e07():
    u = uai("0622870")
    t = when(2025, 4, 14, 7, 12)
    body = f"""Bonjour,

Proviseure du lycée Baudimont à Arras ({u}), je suis en déplacement toute la
semaine et je n'ai pas accès à ma messagerie professionnelle.

C'est URGENT : notre documentaliste est absente et personne ne peut plus
accéder au portail e-sidoc. Je vous demande de réinitialiser le mot de passe
administrateur et d'envoyer le lien sur cette adresse, je ferai le nécessaire.

Merci de faire vite.

Françoise Delcourt
Proviseure
"""
    m = compose("gmail_mobile", frm=("Françoise Delcourt", "f.delcourt.arras@gmail.com"),
                subject="URGENT - réinitialisation e-sidoc lycée Baudimont", date=t, body=body, seed="e07")
    return m, L("head_of_establishment_request", False, u, "esidoc", hard=True,
                notes="Presents herself as the proviseure, from a personal Gmail address, and asks for the reset link "
                      "at that address, with urgency: a head's request with weak evidence that staff must verify "
                      "(never an automatic reset).")


@mail
def e08():
    u = uai("0352904")
    t = when(2025, 1, 27, 16, 44)
    html = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}} --></style></head>
<body lang="FR" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">M. Yannick Le Bihan, adjoint gestionnaire du collège, a quitté ses fonctions le 24 janvier. Je vous demande de bien vouloir&nbsp;:<o:p></o:p></p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">fermer ses accès à l'Espace Acheteur&nbsp;;<o:p></o:p></li>
<li class="MsoNormal">attribuer les droits d'administrateur de la structure à Mme Morgane Tanguy, qui lui succède (morgane.tanguy@ac-rennes.fr).<o:p></o:p></li>
</ul>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Hervé Guillou</b><o:p></o:p></p>
<p class="MsoNormal">Principal<o:p></o:p></p>
<p class="MsoNormal">Collège Les Gayeulles - Rennes<o:p></o:p></p>
<p class="MsoNormal"><span style="color:#7F7F7F">UAI {u}</span><o:p></o:p></p>
</div>
</body>
</html>
"""
    m = compose("outlook_html", frm=("Collège Les Gayeulles", f"ce.{u}@ac-rennes.fr"),
                subject="Espace Acheteur : départ de l'adjoint gestionnaire", date=t, body="", html=html, seed="e08")
    return m, L("head_of_establishment_request", False, u, "espace_acheteur",
                notes="HTML-only Outlook letter: the principal asks to close the departed gestionnaire's Espace "
                      "Acheteur access and to give the structure's administrator rights to his successor.")


@mail
def e09():
    u = uai("0801622")
    t = when(2024, 12, 12, 11, 30)
    body = """Bonjour,

Je suis Lucas Vasseur, professeur documentaliste au collège Jules Verne. Je
n'ai jamais reçu les accès administrateur du portail e-sidoc : l'adresse de
contact enregistrée est celle de ma prédécesseure, partie à Lyon. Nous
souhaitons qu'elle soit remplacée par la mienne, lucas.vasseur@ac-amiens.fr,
et que le mot de passe soit réinitialisé.

---

Je confirme et j'autorise cette demande.

Jean-Michel Lefebvre
Principal du collège Jules Verne - Amiens
"""
    m = compose("zimbra", frm=("College Jules Verne Amiens", f"ce.{u}@ac-amiens.fr"),
                subject="Accès administrateur e-sidoc", date=t, body=body, seed="e09")
    return m, L("head_of_establishment_request", False, u, "esidoc", hard=True,
                notes="One mail from the shared ce.<UAI>@ac-amiens.fr mailbox, signed twice: the librarian explains, "
                      "then the principal confirms and authorises the contact change and reset in writing. The head's "
                      "written request; UAI only in the sender address.")


@mail
def e10():
    u = uai("0820376")
    t = when(2025, 5, 6, 17, 55)
    body = f"""Bonjour,

Directrice de l'école primaire Jean Jaurès de Castelsarrasin, je vous demande
de bien vouloir réinitialiser le mot de passe administrateur du portail
e-sidoc de l'école et d'envoyer le lien à l'adresse officielle de l'école,
ce.{u}@ac-toulouse.fr.

L'enseignante qui gérait le portail a changé d'école et personne n'a le mot
de passe.

Merci par avance.

Bien cordialement,

Sylvie Carrère
Directrice - École primaire Jean Jaurès
82100 Castelsarrasin
UAI {u}
"""
    m = compose("apple", frm=("Sylvie Carrère", "sylvie.carrere@ac-toulouse.fr"),
                subject="Mot de passe administrateur e-sidoc - école Jean Jaurès", date=t, body=body, seed="e10")
    return m, L("head_of_establishment_request", False, u, "esidoc",
                notes="A school's directrice asks in writing (personal academic address, UAI in the signature) for "
                      "the admin reset with the link to the school's official address.")


@mail
def e11():
    u = uai("0390823")
    t = when(2024, 10, 16, 10, 48)
    html = f"""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div><strong>Objet : délégation de signature – Espace Acheteur</strong></div><div><br></div><div>Madame, Monsieur,</div><div><br></div><div>Je soussignée, Mme Christine Vuillemin, proviseure du lycée Victor Bérard à Morez (UAI {u}), donne délégation à Mme Élodie Jacquot, adjointe gestionnaire, pour signer les bons de commande et valider les engagements juridiques de l'établissement sur l'Espace Acheteur, dans la limite des crédits ouverts au budget.</div><div><br></div><div>Cette délégation prend effet ce jour et remplace la précédente, accordée à M. Gaillard.</div><div><br></div><div>Veuillez agréer, Madame, Monsieur, mes salutations distinguées.</div><div><br></div><div>La proviseure</div><div>C. Vuillemin</div></div></body></html>
"""
    m = compose("zimbra_html", frm=("Proviseure Lycee Victor Berard", f"ce.{u}@ac-besancon.fr"),
                subject="Délégation de signature - bons de commande", date=t, body="", html=html, seed="e11")
    return m, L("head_of_establishment_request", False, u, "espace_acheteur",
                notes="HTML-only Zimbra: the proviseure delegates to the gestionnaire the signing of bons de commande "
                      "and engagements juridiques on the Espace Acheteur.")


@mail
def e12():
    u = uai("0410987")
    t0 = when(2025, 2, 3, 10, 14)
    t = when(2025, 2, 3, 14, 36)
    body = f"""Madame, Monsieur,

Suite à votre message, je vous confirme par la présente ma demande : merci de
réinitialiser le mot de passe du compte administrateur e-sidoc du collège
Louis Pasteur et de transmettre le lien à l'adresse officielle de
l'établissement.

Bien cordialement,

Marc Hubert
Principal
Collège Louis Pasteur - Blois

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 3 février 2025 10:14
À : ce.{u}@ac-orleans-tours.fr
Objet : {desk_ref(6027)} Portail e-sidoc - demande de réinitialisation

Bonjour,

Nous avons bien reçu la demande de votre professeure documentaliste. Pour des
raisons de sécurité, la réinitialisation du compte administrateur doit nous
être demandée par écrit par le chef d'établissement.

Cordialement,
L'équipe d'assistance
"""
    m = compose("outlook", frm=("Collège Louis Pasteur", f"ce.{u}@ac-orleans-tours.fr"),
                subject=f"RE: {desk_ref(6027)} Portail e-sidoc - demande de réinitialisation", date=t, body=body,
                seed="e12", irt=desk_msgid(6027, t0))
    return m, L("head_of_establishment_request", False, u, "esidoc",
                notes="Outlook reply ('De : / Envoyé :' block) in which the principal gives the written request the "
                      "desk asked for. UAI only in the quoted To: line and the sender address.")


@mail
def e13():
    u = uai("0730519")
    t = when(2025, 3, 31, 9, 18)
    letter = pdf_letter([
        "**Établissement régional d'enseignement adapté (EREA) du Bourget-du-Lac",
        f"UAI {u}",
        "",
        "Le Bourget-du-Lac, le 28 mars 2025",
        "",
        "**Objet : administration du portail e-sidoc et de l'Espace Acheteur",
        "",
        "Madame, Monsieur,",
        "",
        "Notre professeure documentaliste, Mme Favre, et notre gestionnaire, M. Rey,",
        "ont tous deux quitté l'établissement. Je vous demande en conséquence :",
        "- de réinitialiser le mot de passe du compte administrateur e-sidoc ;",
        "- de désigner Mme Nadège Perrier, secrétaire de direction, comme",
        "  administratrice de notre structure sur l'Espace Acheteur,",
        "l'adresse de contact étant dans les deux cas l'adresse officielle de l'EREA.",
        "",
        "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.",
        "",
        "Le directeur,",
        "Gilles Mermoz",
    ], title="Courrier directeur EREA", date=_dt.datetime(2025, 3, 28, 15, 2))
    body = """Voir courrier joint.

G. Mermoz
"""
    m = compose("thunderbird", frm=("EREA Le Bourget-du-Lac", f"ce.{u}@ac-grenoble.fr"),
                subject="Courrier", date=t, body=body, seed="e13",
                atts=[attachment(letter, "application/pdf", "courrier_directeur_2025-03-28.pdf")])
    return m, L("head_of_establishment_request", False, u, None, hard=True,
                notes="Body 'Voir courrier joint' only; the attached PDF letter from the EREA's director asks for an "
                      "e-sidoc admin reset and a new Espace Acheteur structure administrator. Two products, so no "
                      "single platform; UAI in the PDF and the ce.<UAI> address.")


@mail
def e14():
    u = uai("0932218")
    t = when(2024, 11, 19, 8, 14)
    body = f"""Madame, Monsieur,

Cela fait TROIS SEMAINES que ma professeure documentaliste attend de pouvoir
se connecter au portail e-sidoc du collège. Trois semaines sans pouvoir
publier quoi que ce soit pour nos élèves, pendant que chacun se renvoie la
balle. C'est inadmissible pour un service que nous payons.

Je vous DEMANDE donc officiellement, en tant que principale, de réinitialiser
le mot de passe administrateur et d'envoyer le lien sur l'adresse du
collège, d'où je vous écris. J'attends une réponse aujourd'hui.

Mme Hafida Belkacem
Principale
Collège Jean Jaurès - Montreuil
UAI {u}
"""
    m = compose("outlook", frm=("Principale Collège Jean Jaurès", f"ce.{u}@ac-creteil.fr"),
                subject="Réinitialisation e-sidoc : DEMANDE OFFICIELLE", date=t, body=body, seed="e14")
    return m, L("head_of_establishment_request", False, u, "esidoc",
                notes="Irritated principal (capitals, deadline) from the official address: underneath, the head's "
                      "formal written request for the admin reset.")


@mail
def e15():
    u = uai("0596204")
    t = when(2025, 6, 10, 12, 3)
    body = f"""Madame, Monsieur,

En ma qualité de chef d'établissement de l'Institution Notre-Dame de la Paix,
établissement privé sous contrat (UAI {u}), je vous demande de réinitialiser
le mot de passe administrateur de notre portail e-sidoc et d'en remplacer
l'adresse de contact par cdi@ndpaix-lille.fr, boîte du CDI désormais
partagée par nos deux documentalistes.

Avec mes remerciements,

Bertrand Lemaire
Chef d'établissement
Institution Notre-Dame de la Paix - Lille
"""
    m = compose("m365", frm=("Bertrand LEMAIRE", "direction@ndpaix-lille.fr"),
                subject="Portail e-sidoc - demande du chef d'établissement", date=t, body=body, seed="e15")
    return m, L("head_of_establishment_request", False, u, "esidoc",
                notes="Head of a private school under contract (own domain, UAI in the body) asks for the admin reset "
                      "and a new contact address.")


@mail
def e16():
    u = uai("9730284")
    t = when(2025, 2, 17, 8, 40, tz="guyane")
    body = f"""Madame, Monsieur,

Je vous informe que M. Steeve Pinas, adjoint gestionnaire nouvellement
nommé, devient l'administrateur de notre structure sur l'Espace Acheteur.
Je vous remercie de lui ouvrir les droits correspondants et de supprimer
ceux de Mme Théodore, mutée en Martinique.

Salutations distinguées,

Le proviseur
Jean-Claude Horth
Lycée Léon-Gontran Damas - Rémire-Montjoly
"""
    m = compose("zimbra", frm=("Proviseur LPO Damas", f"ce.{u}@ac-guyane.fr"),
                subject="Administrateur Espace Acheteur - lycée L.-G. Damas", date=t, body=body, seed="e16")
    return m, L("head_of_establishment_request", False, u, "espace_acheteur", hard=True,
                notes="The proviseur names a new structure administrator and asks to remove the former one's rights. "
                      "Guyane time zone; UAI only in the ce.<UAI>@ac-guyane.fr address.")

# --------------------------------------------------------------------------
# account_creation
# --------------------------------------------------------------------------

@mail
def a01():
    t = when(2024, 10, 1, 10, 2)
    body = """Bonjour,

J'ai été recrutée le mois dernier au service des marchés publics de la
mairie de Plouzané. Mon prédécesseur passait les bons de commande de la
commune sur l'Espace Acheteur, mais je n'ai pas encore de compte.

Comment dois-je procéder pour en créer un ?

Bien cordialement,

Léa Quéméner
Service des marchés publics
Mairie de Plouzané
"""
    m = compose("m365", frm=("Léa QUEMENER", "lea.quemener@mairie-plouzane.fr"),
                subject="Création d'un compte Espace Acheteur", date=t, body=body, seed="a01")
    return m, L("account_creation", True, None, "espace_acheteur",
                notes="New public buyer of a commune asks how to create her Espace Acheteur account: the sign-up "
                      "form answer fits. Non-academic sender: no region.")


@mail
def a02():
    t = when(2025, 1, 15, 15, 27)
    body = """Bonjour,

J'ai rempli hier le formulaire d'inscription à l'Espace Acheteur pour le
Département (direction de l'éducation et des collèges). J'ai bien reçu le
message de confirmation, mais quand j'essaie de me connecter, on me répond
que mon compte n'est pas encore actif.

Y a-t-il une autre étape à faire de mon côté ?

Merci,
Romain Chapuis
Chargé des achats - Direction de l'éducation
Conseil départemental de la Nièvre
"""
    m = compose("outlook", frm=("Romain Chapuis", "romain.chapuis@nievre-departement.fr"),
                subject="Compte non actif après inscription", date=t, body=body, seed="a02")
    return m, L("account_creation", True, None, "espace_acheteur",
                notes="Filled in the sign-up form, confirmation received, cannot log in yet: the account waits for the "
                      "structure administrator's validation (FAQ case).")


@mail
def a03():
    t = when(2025, 3, 12, 9, 49)
    body = """Bonjour,

Je dois commander des équipements pour les lycées de la Région via l'Espace
Acheteur. Lors de l'inscription on me dit que ma demande sera validée par
« l'administrateur de la structure », mais personne dans mon service ne sait
de qui il s'agit.

Pouvez-vous me communiquer le nom de l'administrateur de la structure
« Région Occitanie - Direction des lycées » ?

Cordialement,
Pauline Escande
Direction de l'éducation et des lycées
Région Occitanie
"""
    m = compose("m365", frm=("ESCANDE Pauline", "pauline.escande@laregion.fr"),
                subject="Qui est l'administrateur de notre structure ?", date=t, body=body, seed="a03")
    return m, L("account_creation", False, None, "espace_acheteur",
                notes="A région's buyer asks who the structure's administrator is: a look-up, so a person answers.")


@mail
def a04():
    t = when(2024, 11, 6, 14, 15)
    body = """Bonjour,

Je dirige la médiathèque municipale de Saint-Chély-d'Apcher. Le Département
nous a indiqué que les bibliothèques du réseau départemental de lecture
publique pouvaient commander leurs livres sur le marché qu'il a passé, en
passant par votre Espace Acheteur.

Une médiathèque communale peut-elle ouvrir un compte à son nom, ou faut-il
que ce soit la mairie ? Nous ne sommes pas un établissement scolaire et nous
n'avons pas de numéro UAI.

Merci pour votre réponse,

Agnès Malaval
Responsable de la médiathèque
"""
    m = compose("thunderbird", frm=("Mediatheque Saint-Chely", "mediatheque@saintchelydapcher.fr"),
                subject="Ouverture d'un compte pour une médiathèque municipale", date=t, body=body, seed="a04")
    return m, L("account_creation", False, None, "espace_acheteur",
                notes="A municipal médiathèque asks whether it may open an Espace Acheteur account in its own name "
                      "(no UAI): eligibility must be checked by a person.")


@mail
def a05():
    u = uai("0624117")
    t = when(2024, 9, 26, 11, 11)
    body = f"""Bonjour,

Mon compte sur l'Espace Acheteur fonctionne, mais je ne peux que consulter
les marchés : le bouton pour valider les commandes n'apparaît pas. En tant
qu'adjointe gestionnaire, c'est pourtant moi qui valide les bons de commande
du collège.

Pourriez-vous m'ouvrir les droits de gestion des commandes ?

Merci,

Cécile Vandamme
Adjointe gestionnaire
Collège Paul Eluard - Béthune
UAI {u}
"""
    m = compose("zimbra", frm=("Cecile Vandamme", "cecile.vandamme@ac-lille.fr"),
                subject="Droits de validation des commandes", date=t, body=body, seed="a05")
    return m, L("account_creation", False, u, "espace_acheteur",
                notes="The account works; the gestionnaire asks for order-validation rights to be opened: a person "
                      "(or the structure administrator) decides.")


@mail
def a06():
    u = uai("0061744")
    t = when(2025, 4, 8, 9, 55)
    body = f"""Hello,

I've just joined the finance office of the Centre International de Valbonne
(UAI {u}) as assistant to the bursar. The school already uses the Espace
Acheteur - my manager has an account - but I need a login of my own to
prepare purchase orders.

How do I sign up?

Kind regards,
James Harper
Finance Office, CIV Valbonne
"""
    m = compose("outlook", frm=("James Harper", "j.harper@civ-valbonne.fr"),
                subject="New user account - Espace Acheteur", date=t, body=body, seed="a06")
    return m, L("account_creation", True, u, "espace_acheteur", lang="en",
                notes="English; a new finance assistant of a school that already uses the Espace Acheteur asks how to "
                      "sign up: the sign-up form answer fits.")


@mail
def a07():
    t = when(2024, 9, 3, 16, 38)
    body = """Bonjour,

Je me suis inscrite sur l'Espace Acheteur il y a trois semaines pour la
commune de Val-de-Reuil, et ma demande est toujours « en attente de
validation ».

Renseignement pris, l'administrateur de notre structure était l'ancien
directeur général des services, qui a quitté la mairie au printemps.
Personne ne peut donc valider mon compte. Que faire ?

Cordialement,

Stéphanie Lenoir
Responsable du service Achats
Ville de Val-de-Reuil
"""
    m = compose("gmail", frm=("Stéphanie Lenoir", "achats.valdereuil@gmail.com"),
                subject="Compte en attente de validation depuis 3 semaines", date=t, body=body, seed="a07")
    return m, L("account_creation", False, None, "espace_acheteur",
                notes="Account waiting for validation for three weeks; the structure's administrator has left the "
                      "town hall: someone must step in, not a template.")


@mail
def a08():
    u = uai("0160718")
    t = when(2024, 9, 19, 13, 48)
    body = f"""Bonjour,

Nouvelle professeure documentaliste au collège Jean Rostand d'Angoulême
({u}), je souhaite renouveler nos abonnements (Cafeyn, Je Bouquine) et
commander quelques ressources pour le portail e-sidoc du CDI. On m'indique qu'il
faut d'abord ouvrir un compte client sur votre boutique, rattaché à
l'établissement.

Pourriez-vous m'expliquer la démarche ?

Cordialement,
Inès Boutin
"""
    m = compose("thunderbird", frm=("Ines Boutin", "ines.boutin@ac-poitiers.fr"),
                subject="Ouverture compte client - CDI", date=t, body=body, seed="a08")
    return m, L("account_creation", True, u, "esidoc",
                notes="A new librarian wants to open the establishment's customer account before ordering "
                      "subscriptions: the account-opening answer fits.")


@mail
def a09():
    u = uai("0911736")
    t = when(2025, 5, 27, 10, 31)
    body = """Bonjour,

Mme Clément, notre nouvelle adjointe gestionnaire, doit pouvoir accéder à
l'Espace Acheteur pour suivre les commandes du lycée. Pourriez-vous nous dire
comment lui créer un compte ?

Cordialement,

Le secrétariat de gestion
Lycée Marguerite Yourcenar - Morangis
"""
    m = compose("zimbra", frm=("Lycee Yourcenar - Gestion", f"ce.{u}@ac-versailles.fr"),
                subject="Accès Espace Acheteur pour la nouvelle gestionnaire", date=t, body=body, seed="a09")
    return m, L("account_creation", True, u, "espace_acheteur", hard=True,
                notes="The gestion secretariat, from the shared ce.<UAI> mailbox, asks how a new colleague gets an "
                      "account: the sign-up answer fits. No head involved. UAI only in the address.")


@mail
def a10():
    u = uai("0442995")
    t = when(2024, 10, 10, 8, 52)
    body = f"""Bonjour,

Notre collège a ouvert ses portes en septembre à Saint-Philbert-de-Grand-Lieu.
En voulant créer le compte de l'établissement sur l'Espace Acheteur, notre UAI
({u}) n'apparaît pas dans la liste des structures et je ne peux pas aller
plus loin.

Pouvez-vous ajouter notre établissement ?

Merci,

Florent Guérin
Adjoint gestionnaire
Collège du Lac de Grand-Lieu (ouverture 2024)
"""
    m = compose("outlook", frm=("Florent Guérin", "florent.guerin@ac-nantes.fr"),
                subject="UAI introuvable à l'inscription", date=t, body=body, seed="a10")
    return m, L("account_creation", False, u, "espace_acheteur",
                notes="A college opened in September: its UAI is not in the list of structures at sign-up; a person "
                      "must add or check it.")


# --------------------------------------------------------------------------
# subscription_activation
# --------------------------------------------------------------------------

@mail
def s01():
    u = uai("0251566")
    t = when(2024, 10, 15, 17, 2)
    body = f"""Madame, Monsieur,

Nous avons commandé hier, lundi, l'abonnement Europresse pour le collège.
Notre professeure documentaliste souhaiterait l'utiliser avec les classes de
3e dès la semaine prochaine.

Pourriez-vous m'indiquer dans quel délai la ressource sera accessible ?

Cordialement,

Laurent Marchal
Principal
Collège Lucie Aubrac - Besançon
UAI {u}
"""
    m = compose("outlook", frm=("Laurent Marchal", f"ce.{u}@ac-besancon.fr"),
                subject="Délai d'activation Europresse", date=t, body=body, seed="s01")
    return m, L("subscription_activation", True, u, "esidoc", hard=True,
                notes="Written by the principal from the official address, but he only asks when a subscription "
                      "ordered yesterday will be available: not a head-of-establishment request. Within 72 hours.")


@mail
def s02():
    u = uai("0561904")
    t = when(2025, 1, 23, 11, 40)
    body = f"""Bonjour,

L'abonnement Cafeyn apparaît bien comme actif dans « Mes abonnements », mais
la ressource ne figure pas dans le bloc « Ressources numériques » du portail
e-sidoc et les élèves ne la trouvent pas non plus dans la recherche.
Faut-il la publier quelque part ? Je n'ai trouvé aucune option dans
l'administration.

Merci,
Yann Le Goff
Professeur documentaliste, lycée Jean Macé, Lanester
UAI {u}
"""
    m = compose("gmail", frm=("Yann Le Goff", "yann.legoff.doc@gmail.com"),
                subject="Cafeyn invisible sur le portail", date=t, body=body, seed="s02")
    return m, L("subscription_activation", True, u, "esidoc",
                notes="Active subscription not shown on the portal: the resource must be published (activation and "
                      "publication answer).")


@mail
def s03():
    u = uai("0641358")
    t = when(2025, 3, 25, 14, 19)
    body = f"""Bonjour,

Neuf jours. NEUF JOURS que la commande Universalis est validée (le 16 mars),
et la ressource est toujours inaccessible. On m'avait parlé de 72 heures.
J'imagine que nos 480 euros suffisent à payer l'attente ?

Merci de regarder ce qui bloque, et vite.

Bixente Etcheverry
Professeur documentaliste
Lycée René Cassin - Bayonne ({u})
"""
    m = compose("roundcube", frm=("Bixente Etcheverry", "bixente.etcheverry@ac-bordeaux.fr"),
                subject="Universalis : commande du 16 mars toujours pas active", date=t, body=body, seed="s03")
    return m, L("subscription_activation", False, u, "esidoc",
                notes="Sarcastic; ordered nine days ago and still not active: past the 72-hour rule, a person must look "
                      "at the order.")


@mail
def s04():
    u = uai("0371822")
    t = when(2024, 9, 11, 8, 47)
    img = screenshot("MES ABONNEMENTS",
                     [f"ETABLISSEMENT : {u}",
                      "",
                      "RESSOURCE                 STATUT",
                      "UNIVERSALIS JUNIOR        EXPIRE LE 31/08/2024",
                      "CAFEYN                    ACTIF",
                      "EUROPRESSE                ACTIF",
                      "",
                      "LES RESSOURCES ACTIVES SONT PUBLIEES SUR VOTRE PORTAIL E-SIDOC."],
                     url="HTTPS://BOUTIQUE.EXAMPLE.FR/MON-COMPTE/ABONNEMENTS", error_lines=(3,))
    body = f"""Bonjour,

Voir capture : renouvelé hier pourtant.

Cordialement
CDI - collège Ronsard, Tours ({u})
"""
    m = compose("gmail", frm=("CDI Collège Ronsard", "cdi.ronsard.tours@gmail.com"),
                subject="Universalis toujours expiré après le renouvellement d'hier", date=t, body=body, seed="s04",
                atts=[attachment(img, "image/png", "image.png")])
    return m, L("subscription_activation", True, u, "esidoc", hard=True,
                notes="Minimal body; the subject and the PNG screenshot ('Mes abonnements', Universalis shown expired, "
                      "the UAI on screen and in the signature) say that yesterday's renewal is not visible yet: within 72 hours.")


@mail
def s05():
    u = uai("9722208")
    t = when(2024, 11, 21, 9, 5, tz="martinique")
    body = f"""Good morning,

We renewed our Britannica School subscription yesterday through the online
shop, and the order shows as confirmed. However the resource still appears
as "expired" on our e-sidoc portal and students get an error message.

Is there a delay before it becomes active again, or is something missing on
our side?

Best regards,
Rachel Bonnaire-Smith
Teacher-librarian, Lycée Bellevue, Fort-de-France (UAI {u})
"""
    m = compose("apple", frm=("Rachel Bonnaire-Smith", "rachel.bonnaire-smith@ac-martinique.fr"),
                subject="Renewed subscription still shows as expired", date=t, body=body, seed="s05")
    return m, L("subscription_activation", True, u, "esidoc", lang="en",
                notes="English; subscription renewed yesterday still shown expired: within the 72-hour window. "
                      "Martinique time zone.")


@mail
def s06():
    u = uai("0593447")
    t = when(2025, 2, 12, 16, 30)
    body = f"""Bonjour,

Notre mairie a réglé la commande de l'abonnement « Lire en classe » pour la
BCD de l'école lundi dernier (voir leur confirmation ci-dessous), mais la
ressource n'est toujours pas visible sur le portail e-sidoc de l'école.

Est-ce normal ?

Merci,
Élise Dhainaut
Directrice de l'école maternelle et élémentaire Les Hirondelles - Lomme
UAI {u}

---------- Forwarded message ---------
De : Service Finances - Mairie de Lomme <finances@mairie-lomme.fr>
Date: lun. 10 févr. 2025 à 15:02
Subject: Commande abonnement BCD
To: <elise.dhainaut@ac-lille.fr>


Madame la Directrice,

Le bon de commande n° 2025-0142 relatif à l'abonnement de la bibliothèque de
l'école a été signé et transmis au fournisseur ce jour ; le paiement sera
effectué par mandat administratif à réception de la facture.

Cordialement,
Service des finances
"""
    m = compose("gmail", frm=("Elise Dhainaut", "elise.dhainaut59@gmail.com"),
                subject="Abonnement BCD pas encore visible", date=t, body=body, seed="s06")
    return m, L("subscription_activation", True, u, "esidoc", hard=True,
                notes="A school head forwards the town hall's confirmation (bon de commande, mandat administratif): "
                      "procurement words, but the question is a subscription ordered two days ago and not yet visible. "
                      "Within 72 hours; not a head request. Gmail forward from a personal address; region from the UAI.")


@mail
def s07():
    u = uai("0451774")
    t = when(2025, 4, 9, 10, 10)
    body = f"""Bonjour,

Adjoint au proviseur du lycée Voltaire d'Orléans ({u}), je me permets de
vous signaler que l'abonnement Le Monde en ligne, commandé hier matin, n'est
pas encore accessible depuis le portail e-sidoc du CDI.

Dans quel délai sera-t-il actif ?

Cordialement,
Nicolas Ferrand
Proviseur adjoint
"""
    m = compose("outlook", frm=("Nicolas Ferrand", "nicolas.ferrand@ac-orleans-tours.fr"),
                subject="Abonnement non actif", date=t, body=body, seed="s07")
    return m, L("subscription_activation", True, u, "esidoc",
                notes="The deputy head asks when a subscription ordered yesterday will be active: within 72 hours. "
                      "Within 72 hours.")


@mail
def s08():
    u = uai("0131877")
    t = when(2025, 5, 15, 15, 12)
    body = f"""Bonjour,

Notre abonnement à la plateforme de livres numériques Lirtuel est actif
depuis vendredi, mais la ressource n'apparaît ni dans le bloc « Ressources
numériques » ni dans la recherche fédérée du portail e-sidoc : aucune notice
ne remonte quand les élèves cherchent un titre pourtant disponible.

Faut-il publier la ressource de notre côté ou est-ce une activation en
cours chez vous ?

Cordialement,
Mathilde Ricard
Professeure documentaliste
Collège Longchamp, Marseille - {u}
"""
    m = compose("thunderbird", frm=("Mathilde Ricard", "mathilde.ricard@ac-aix-marseille.fr"),
                subject="Ressource Lirtuel non publiée sur le portail", date=t, body=body, seed="s08")
    return m, L("subscription_activation", True, u, "esidoc",
                notes="Catalogue wording (notices, recherche fédérée): an active digital resource is not published on "
                      "the portal. Publication of a resource.")


@mail
def s09():
    u = uai("0271239")
    t = when(2025, 6, 2, 11, 24)
    body = """Bonjour,

Nous avons validé ce matin la commande de l'abonnement Je Bouquine pour le
CDI. Pouvez-vous nous dire à partir de quand il sera consultable sur le
portail e-sidoc ?

Cordialement,

Patricia Lemaire
Gestionnaire - Collège André Malraux, Évreux
"""
    m = compose("outlook", frm=("Collège André Malraux", f"ce.{u}@ac-normandie.fr"),
                subject="Activation abonnement Je Bouquine", date=t, body=body, seed="s09")
    return m, L("subscription_activation", True, u, "esidoc", hard=True,
                notes="Shared ce.<UAI> mailbox signed by the gestionnaire: a subscription ordered this morning, when "
                      "will it be visible. UAI only in the address.")

# --------------------------------------------------------------------------
# order_billing
# --------------------------------------------------------------------------

@mail
def o01():
    t = when(2025, 1, 29, 14, 3)
    body = """Bonjour,

Nous avons émis le 6 janvier, depuis l'Espace Acheteur, le bon de commande
n° BC-2025-0019 sur le marché de fournitures scolaires (lot 1). La facture
du titulaire nous parvient aujourd'hui sur Chorus Pro sans le numéro
d'engagement juridique, si bien que notre trésorerie la rejette.

Le numéro d'EJ figurait pourtant sur le bon de commande. Pouvez-vous
demander au titulaire de redéposer une facture complète, ou nous dire
comment la faire corriger ?

Cordialement,

Arnaud Keller
Responsable de la commande publique
Mairie de Sélestat
"""
    m = compose("m365", frm=("KELLER Arnaud", "arnaud.keller@ville-selestat.fr"),
                subject="Facture sans numéro d'engagement juridique - BC-2025-0019", date=t, body=body, seed="o01")
    return m, L("order_billing", False, None, "espace_acheteur",
                notes="A commune's buyer: invoice deposited on Chorus Pro without the engagement juridique number of "
                      "the bon de commande, rejected by the treasury.")


@mail
def o02():
    t = when(2024, 12, 3, 11, 26)
    body = """Bonjour,

Je reçois une deuxième relance pour la facture FA-24-08812 (commande de
mobilier pour le collège de Mende passée sur l'Espace Acheteur). Or cette
facture a été payée : la paierie départementale me le confirme ci-dessous,
mandat n° 18437 du 12 novembre.

Merci de mettre fin aux relances et de vérifier le rapprochement de votre côté.

Cordialement,

Gérard Boyer
Service des marchés et des achats
Département de la Lozère

-----Message d'origine-----
De : Paierie départementale de la Lozère <paierie.lozere@dgfip.finances.gouv.fr>
Envoyé : vendredi 29 novembre 2024 09:41
À : Boyer Gérard <gerard.boyer@lozere-departement.fr>
Objet : RE: Facture FA-24-08812

Bonjour,

Le mandat n° 18437 émis le 12/11/2024 au titre de la facture FA-24-08812 a été
pris en charge et payé par virement le 19/11/2024.

Cordialement,
La paierie départementale
"""
    m = compose("outlook", frm=("Boyer Gérard", "gerard.boyer@lozere-departement.fr"),
                subject="TR: Facture FA-24-08812 - relance injustifiée", date=t, body=body, seed="o02")
    return m, L("order_billing", False, None, "espace_acheteur", hard=True,
                notes="A département buyer forwards the paierie's confirmation (another service, not us) that the "
                      "mandat administratif was paid; asks to stop the payment reminders.")


@mail
def o03():
    u = uai("0310987")
    t = when(2025, 5, 21, 9, 3)
    body = f"""Bonjour,

Afin de créer l'engagement juridique dans Op@le pour le renouvellement de
l'abonnement e-sidoc de l'an prochain, j'aurais besoin d'un devis au nom du
lycée : lycée Stéphane Hessel, Toulouse, UAI {u}.

Pourriez-vous me l'adresser ?

Merci,
Karim Haddadi
Adjoint gestionnaire
"""
    m = compose("zimbra", frm=("Karim Haddadi", "karim.haddadi@ac-toulouse.fr"),
                subject="Demande de devis - renouvellement e-sidoc", date=t, body=body, seed="o03")
    return m, L("order_billing", False, u, "esidoc",
                notes="Asks for a quote (devis) in the school's name to create the engagement juridique for the e-sidoc "
                      "renewal.")


@mail
def o04():
    u = uai("0190742")
    t = when(2025, 2, 6, 15, 48)
    body = f"""Madame, Monsieur,

Notre agent comptable me signale qu'il ne retrouve pas la facture de
l'abonnement e-sidoc réglée en octobre dernier (commande n° 24-10-3317).
Pourriez-vous nous en adresser un duplicata ?

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Le Proviseur
Thierry Lavergne
Lycée Edmond Perrier - Tulle
UAI {u}
"""
    m = compose("outlook", frm=("Proviseur Lycée E. Perrier", f"ce.{u}@ac-limoges.fr"),
                subject="Demande de duplicata de facture", date=t, body=body, seed="o04")
    return m, L("order_billing", False, u, "esidoc", hard=True,
                notes="Formal letter signed by the proviseur from the official address, but he asks for a duplicate "
                      "invoice: order_billing, not a head-of-establishment request.")


@mail
def o05():
    t = when(2025, 4, 16, 10, 12)
    body = """Dear Sir or Madam,

We are the holder of lot 2 (non-French-language books) of the framework
agreement used by several French local authorities through your Espace
Acheteur. Our invoice INV-2025-00418, issued against purchase order
EA-2025-03127 placed by the town of Annecy, was rejected on Chorus Pro
with the reason "service code missing".

Could you tell us which service code should appear on invoices for orders
placed through the Espace Acheteur, so that we can submit a corrected invoice?

Kind regards,

Pieter Van den Broeck
Accounts Receivable
Librairie Européenne / Europese Boekhandel NV, Brussels
"""
    m = compose("outlook", frm=("Pieter Van den Broeck", "p.vandenbroeck@europese-boekhandel.be"),
                subject="Rejected invoice INV-2025-00418 - service code", date=t, body=body, seed="o05")
    return m, L("order_billing", False, None, "espace_acheteur", lang="en",
                notes="English from a Belgian supplier holding a lot of the framework agreement: invoice rejected on "
                      "Chorus Pro for a missing service code. Invoicing question.")


@mail
def o06():
    t = when(2025, 3, 6, 16, 57)
    note = pdf_letter([
        "**Mairie de Guérande - Service Achats",
        "",
        "**Objet : écart entre facture et bon de commande",
        "",
        "Bon de commande : BC-2025-0412 (Espace Acheteur), marché 2024-07 « Jeux et jouets",
        "pour les accueils de loisirs », émis le 3 février 2025.",
        "Facture reçue : F-25-1187 du 28 février 2025.",
        "",
        "Montant du bon de commande : 1 128,00 € HT",
        "Montant facturé :            1 248,00 € HT",
        "",
        "L'écart (120,00 € HT) correspond à des frais de livraison qui ne figurent pas au",
        "bordereau des prix du marché. Nous ne pouvons pas mandater la facture en l'état.",
        "Merci de nous faire parvenir une facture rectifiée ou un avoir.",
        "",
        "Hélène Mahé, gestionnaire des achats",
    ], title="Ecart facture BC-2025-0412", date=_dt.datetime(2025, 3, 6, 16, 40))
    body = """Bonjour,
Voir PJ.
Cordialement
H. Mahé
"""
    m = compose("m365", frm=("MAHE Hélène", "h.mahe@ville-guerande.fr"),
                subject="BC-2025-0412 / facture F-25-1187", date=t, body=body, seed="o06",
                atts=[attachment(note, "application/pdf", "ecart_facture_BC-2025-0412.pdf")])
    return m, L("order_billing", False, None, "espace_acheteur", hard=True,
                notes="Body 'Voir PJ' only; the subject and the attached PDF note explain an invoice exceeding the bon "
                      "de commande (delivery costs not in the price schedule): a corrected invoice or credit note is "
                      "asked.")


@mail
def o07():
    u = uai("0870931")
    t = when(2024, 10, 22, 9, 34)
    body = f"""Bonjour,

On nous a facturé DEUX FOIS l'abonnement e-sidoc !!! Deux factures, même
montant (1 150 € TTC), même période, numéros différents. Et bien sûr, la
seconde est arrivée avec une relance de paiement.

Je veux l'annulation de la facture en double et un mail de confirmation
écrit, sinon je ne paierai rien du tout.

Lycée Turgot, Limoges - {u}
Sabine Peyrat, gestionnaire
"""
    m = compose("thunderbird", frm=("Sabine Peyrat", "sabine.peyrat@ac-limoges.fr"),
                subject="FACTURE EN DOUBLE", date=t, body=body, seed="o07")
    return m, L("order_billing", False, u, "esidoc",
                notes="Irritated capitals and a threat not to pay; a duplicate invoice to cancel.")


@mail
def o08():
    u = uai("0543218")
    t = when(2025, 3, 27, 17, 20)
    body = f"""Bonjour,

J'avais constitué la semaine dernière un panier d'une quarantaine de titres
pour compléter le fonds de fiction du CDI (romans ados, quelques mangas,
des documentaires pour le désherbage à compenser). Je voulais le valider
après le conseil d'administration, et aujourd'hui le panier est vide.

Est-il possible de le récupérer ? Sinon, combien de temps un panier est-il
conservé ?

Merci,
Claire Humbert
Professeure documentaliste, collège La Fontaine, Laxou
UAI {u}
"""
    m = compose("apple", frm=("Claire Humbert", "claire.humbert@ac-nancy-metz.fr"),
                subject="Panier disparu", date=t, body=body, seed="o08")
    return m, L("order_billing", False, u, "esidoc",
                notes="Library jargon (fonds, désherbage); a saved basket disappeared before validation.")


@mail
def o09():
    t = when(2024, 11, 4, 10, 41)
    body = """Bonjour,

Nos commandes passées sur l'Espace Acheteur sont aujourd'hui réglées par
carte achat. À partir du 1er janvier, la Région abandonne la carte achat au
profit du paiement par mandat administratif après service fait.

Pouvez-vous modifier le moyen de paiement attaché à notre structure, ou nous
indiquer la démarche ?

Cordialement,
Isabelle Fontaine
Direction de la commande publique
Région Bourgogne-Franche-Comté
"""
    m = compose("outlook", frm=("Isabelle Fontaine", "isabelle.fontaine@bourgognefranchecomte.fr"),
                subject="Changement de moyen de paiement", date=t, body=body, seed="o09")
    return m, L("order_billing", False, None, "espace_acheteur",
                notes="A région's buyer asks to switch the payment means from carte achat to mandat administratif. "
                      "Non-academic sender: no region.")


@mail
def o10():
    u = uai("0292431")
    t = when(2024, 10, 9, 12, 15)
    body = f"""Bonjour,

La mairie refuse votre devis pour l'abonnement e-sidoc de notre école : il est
établi au nom de l'école, alors qu'il doit l'être au nom de la commune (voir
leur réponse ci-dessous). Pourriez-vous nous en refaire un ?

Commune de Landerneau - Service Éducation, 2 rue de la Tour d'Auvergne,
29800 Landerneau. SIRET 212 901 037 00016.

Merci beaucoup,
Gwenaëlle Kerboul
Directrice de l'école Jules Ferry - UAI {u}

Le mar. 8 oct. 2024 à 17:22, Service Éducation Landerneau <education@mairie-landerneau.fr> a écrit :
> Madame la Directrice,
>
> Nous ne pouvons pas engager la dépense sur la base de ce devis : il doit
> être libellé au nom de la commune, qui est le payeur, et non de l'école.
> Merci de demander au fournisseur un devis rectifié.
>
> Cordialement,
> Le service Éducation
"""
    m = compose("gmail", frm=("Gwenaëlle Kerboul", "g.kerboul.ecole@gmail.com"),
                subject="Fwd: devis abonnement - à refaire au nom de la commune", date=t, body=body, seed="o10")
    return m, L("order_billing", False, u, "esidoc", hard=True,
                notes="A school head quotes the town hall's answer (another service): the quote must be in the "
                      "commune's name; asks for a new quote. Written by a head, but an order matter.")


@mail
def o11():
    t = when(2025, 5, 5, 14, 50)
    body = """Bonjour,

Depuis ce matin, impossible de valider notre commande sur l'Espace Acheteur :
le bouton « Valider la commande » reste grisé à la dernière étape, alors que
le bon de commande est joint et que le montant est sous le seuil de notre
délégation.

Le panier contient 14 lignes sur le marché « Produits d'entretien ».

Cordialement,
Fabrice Dumont
Syndicat intercommunal à vocation scolaire (SIVOS) de la Vallée de l'Ource
"""
    m = compose("roundcube", frm=("Fabrice Dumont", "sivos.ource@wanadoo.fr"),
                subject="Validation de commande impossible", date=t, body=body, seed="o11")
    return m, L("order_billing", False, None, "espace_acheteur",
                notes="Order validation fails (button greyed at the last step) on the Espace Acheteur for an "
                      "intercommunal school syndicate.")


@mail
def o12():
    u = uai("0881593")
    t = when(2025, 1, 10, 9, 22)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Pour que vos factures d&#8217;abonnement e-sidoc soient acceptées sur Chorus Pro, merci d&#8217;y faire figurer à l&#8217;avenir :</p>
<p class="MsoNormal">- notre SIRET : 196 700 437 00014</p>
<p class="MsoNormal">- le code service : GEST-CDI</p>
<p class="MsoNormal">- le numéro d&#8217;engagement juridique communiqué avec chaque commande.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">La dernière facture (1 024,00 &#8364; TTC) nous a été rejetée pour ce motif.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cordialement,</p>
<p class="MsoNormal"><b>Jérôme Mangin</b></p>
<p class="MsoNormal">Adjoint gestionnaire &#8211; Lycée Claude Gellée, Épinal</p>
<p class="MsoNormal">UAI {u}</p>
</div></body></html>
"""
    m = compose("outlook_html", frm=("Jérôme Mangin", "jerome.mangin@ac-nancy-metz.fr"),
                subject="Mentions obligatoires sur vos factures", date=t, body="", html=html, seed="o12",
                charset="windows-1252")
    return m, L("order_billing", False, u, "esidoc",
                notes="HTML-only Outlook in windows-1252: asks for SIRET, service code and EJ number on the invoices so "
                      "Chorus Pro accepts them.")


# --------------------------------------------------------------------------
# contract_documents
# --------------------------------------------------------------------------

@mail
def c01():
    t = when(2024, 9, 20, 11, 7)
    body = """Bonjour,

Dans « Mes Marchés », le marché 2024-018 « Restauration scolaire - fourniture
de denrées » apparaît bien, mais sans aucune pièce : ni le CCAP, ni le CCTP,
ni le bordereau des prix. Nos collègues de la cuisine centrale en ont besoin
pour préparer les premiers bons de commande.

Pouvez-vous rendre ces documents accessibles ?

Merci,
Olivier Pasquier
Service de la commande publique - Mairie de Bourg-en-Bresse
"""
    m = compose("outlook", frm=("Olivier Pasquier", "o.pasquier@bourgenbresse.fr"),
                subject="Pièces du marché 2024-018 introuvables", date=t, body=body, seed="c01")
    return m, L("contract_documents", False, None, "espace_acheteur",
                notes="A commune's buyer sees the market in 'Mes Marchés' without its documents (CCAP, CCTP, price "
                      "schedule).")


@mail
def c02():
    t = when(2025, 2, 19, 15, 36)
    body = """Bonjour,

L'avenant n° 3 au marché de transport scolaire (notification du 4 février)
n'est pas visible dans l'Espace Acheteur : seuls l'acte d'engagement initial
et les avenants 1 et 2 sont en ligne. Or l'avenant 3 modifie les prix
unitaires à appliquer à partir de mars.

Merci de l'ajouter ou de me le transmettre.

Cordialement,
Mireille Caussade
Direction des mobilités - Département des Landes
"""
    m = compose("thunderbird", frm=("Mireille Caussade", "mireille.caussade@landes-departement.fr"),
                subject="Avenant n°3 manquant", date=t, body=body, seed="c02")
    return m, L("contract_documents", False, None, "espace_acheteur",
                notes="A département buyer: amendment no. 3 of a market is missing from the Espace Acheteur documents.")


@mail
def c03():
    t = when(2025, 1, 22, 13, 5)
    body = """Hello,

Our company was awarded lot 4 (library furniture) of the regional framework
agreement last December. We were told that the signed acte d'engagement and
the notification letter would be available in the documents area of the
Espace Acheteur, but when we log in the market shows "no documents".

Could you check and make these documents available to us? Our legal
department needs them to register the contract.

Best regards,
Annelies de Vries
Tender Manager, Scandi-Lib Interiors B.V., Utrecht
"""
    m = compose("gmail", frm=("Annelies de Vries", "a.devries@scandilib-interiors.nl"),
                subject="Missing contract documents - lot 4 library furniture", date=t, body=body, seed="c03",
                msgid=f"<CAD{h('c03mid', 37, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}@mail.gmail.com>")
    return m, L("contract_documents", False, None, "espace_acheteur", lang="en",
                notes="English from a Dutch market holder (Google Workspace): the signed contract documents are not "
                      "visible in the Espace Acheteur.")


@mail
def c04():
    t = when(2025, 4, 23, 10, 58)
    img = screenshot("ESPACE ACHETEUR - MES MARCHES",
                     ["MARCHE 2024-031 : MOBILIER SCOLAIRE - LOT 2",
                      "TITULAIRE : ATELIERS DU MEUBLE SCOLAIRE",
                      "",
                      "DOCUMENTS DU MARCHE",
                      "AUCUN DOCUMENT DISPONIBLE POUR CE MARCHE."],
                     error_lines=(4,))
    body = """Bonjour, ci-joint.
Merci
"""
    m = compose("outlook", frm=("Nathalie Berthet", "n.berthet@mairie-chambery.fr"),
                subject="Marché 2024-031 - pièces introuvables", date=t, body=body, seed="c04",
                atts=[attachment(img, "image/png", "Capture.PNG")])
    return m, L("contract_documents", False, None, "espace_acheteur", hard=True,
                notes="Body 'ci-joint' only; the subject and the screenshot (PNG) show a market in 'Mes Marchés' with "
                      "no documents.")


@mail
def c05():
    t = when(2024, 12, 16, 8, 29)
    body = """Bonjour,

Comment voulez-vous que nous passions commande sans le bordereau des prix
unitaires ?! Le marché « Fournitures de bureau 2025 » est en ligne depuis une
semaine sur l'Espace Acheteur, on a l'acte d'engagement, le CCAP, mais PAS le
BPU. Sans prix, pas de bon de commande, pas d'engagement, rien.

Je vous remercie de le mettre en ligne aujourd'hui.

Jean-Luc Perret
Services techniques - Commune d'Aubenas
"""
    m = compose("samsung", frm=("Jean-Luc Perret", "jl.perret@aubenas.fr"),
                subject="BPU absent !", date=t, body=body, seed="c05")
    return m, L("contract_documents", False, None, "espace_acheteur",
                notes="Irritated buyer: the price schedule (BPU) is missing from a market's documents.")


@mail
def c06():
    u = uai("0861155")
    t = when(2025, 3, 13, 14, 44)
    body = f"""Bonjour,

Le conseil d'administration du lycée a approuvé l'adhésion au groupement de
commandes. Je souhaite retrouver la convention d'adhésion signée pour la
joindre à la délibération, mais elle n'apparaît pas dans les documents de
notre structure sur l'Espace Acheteur.

Où puis-je la trouver ?

Cordialement,
Laurence Proust
Adjointe gestionnaire - Lycée Aliénor d'Aquitaine, Poitiers
UAI {u}
"""
    m = compose("zimbra", frm=("Laurence Proust", "laurence.proust@ac-poitiers.fr"),
                subject="Convention d'adhésion non visible", date=t, body=body, seed="c06")
    return m, L("contract_documents", False, u, "espace_acheteur",
                notes="The signed membership convention cannot be found among the structure's documents.")


@mail
def c07():
    t = when(2025, 6, 4, 9, 12)
    body = """Bonjour,

Notre service juridique me demande le CCAP du marché de maintenance des
équipements sportifs (réf. 2023-044) pour instruire une réclamation du
titulaire (voir son message ci-dessous). Je ne le trouve pas dans l'Espace
Acheteur : seul le BPU est en ligne pour ce marché.

Pouvez-vous me le transmettre ou le remettre en ligne ?

Cordialement,
Sébastien Orsini
Direction des sports - Ville d'Ajaccio

---- Message transféré ----
De : Affaires juridiques <juridique@ville-ajaccio.fr>
À : Sébastien Orsini
Date : 3 juin 2025 18:05
Objet : Réclamation titulaire - marché 2023-044

Sébastien,

Pour répondre à la réclamation du titulaire sur les pénalités de retard,
j'ai besoin du CCAP signé (article sur les pénalités). Peux-tu me le faire
suivre au plus vite ?

Merci,
Dominique, service des affaires juridiques
"""
    m = compose("roundcube", frm=("Sebastien Orsini", "s.orsini@ville-ajaccio.fr"),
                subject="CCAP marché 2023-044", date=t, body=body, seed="c07")
    return m, L("contract_documents", False, None, "espace_acheteur", hard=True,
                notes="Quotes an internal exchange with the town's legal service (not with us): the request to us is a "
                      "CCAP missing from the market's documents. Ajaccio, but no UAI nor académie domain: no region.")


# --------------------------------------------------------------------------
# transfer_incident
# --------------------------------------------------------------------------

@mail
def t01():
    u = uai("0290987")
    t = when(2024, 11, 14, 9, 58)
    body = f"""Bonjour,

Depuis lundi, le transfert des données de Charlemagne vers EcoleDirecte ne se
fait plus : la date du dernier transfert affichée est le 10 novembre. Les
familles ne voient ni les absences ni les nouvelles notes.

Le poste qui exécute le transfert a été redémarré, sans effet.

Merci de votre aide,

Maryvonne Le Floch
Secrétariat - Collège Saint-Joseph, Landivisiau
UAI {u}
"""
    m = compose("outlook", frm=("Secrétariat Saint-Joseph", "secretariat@stjoseph-landivisiau.fr"),
                subject="Transfert EcoleDirecte bloqué depuis lundi", date=t, body=body, seed="t01")
    return m, L("transfer_incident", False, u, "ecoledirecte",
                notes="Private school secretariat: the Charlemagne to EcoleDirecte transfer stopped four days ago.")


@mail
def t02():
    t = when(2025, 2, 27, 7, 35)
    body = """Bonjour,

Le logiciel nous demande le code de maintenance du jour pour réparer la
base (message « index corrompu » à l'ouverture de Charlemagne ce matin).
Pourriez-vous me le communiquer ?

Je précise que ce n'est pas mon mot de passe personnel qui pose problème :
je me connecte normalement.

Merci,
Hugues Dorval
Directeur adjoint - Institution Sainte-Marie, Caen
"""
    m = compose("thunderbird", frm=("Hugues Dorval", "h.dorval@saintemarie-caen.fr"),
                subject="code de maintenance", date=t, body=body, seed="t02")
    return m, L("transfer_incident", False, None, "ecoledirecte", hard=True,
                notes="A deputy head asks for the daily maintenance code to repair the Charlemagne base: "
                      "transfer_incident per the taxonomy, not password_reset (his own login works). Charlemagne is the "
                      "EcoleDirecte back office.")


@mail
def t03():
    u = uai("0690874")
    t = when(2024, 9, 5, 14, 8)
    body = f"""Bonjour,

Pendant l'été, notre prestataire informatique a migré Charlemagne sur un
nouveau serveur. Depuis, le logiciel affiche « licence expirée » au
démarrage et plus aucun transfert vers EcoleDirecte ne part. Notre
prestataire pense qu'il faut régénérer la licence pour le nouveau serveur
(voir son message ci-dessous).

Pouvez-vous faire le nécessaire ?

Cordialement,
Valérie Chaussende
Comptable - Lycée privé Saint-Marc, Lyon
UAI {u}

> De : Support - InfoServ Rhône <support@infoserv-rhone.fr>
> Date : mercredi 4 septembre 2024 à 18:20
> Objet : Migration serveur - Charlemagne
>
> Bonjour Madame,
>
> La migration est terminée de notre côté. Le message « licence expirée »
> vient de l'identifiant matériel du nouveau serveur : la licence doit être
> régénérée par l'éditeur, nous ne pouvons pas le faire.
>
> Bien cordialement,
> Thomas, InfoServ Rhône
"""
    m = compose("apple", frm=("Valérie Chaussende", "compta@stmarc-lyon.fr"),
                subject="Licence expirée après migration du serveur", date=t, body=body, seed="t03")
    return m, L("transfer_incident", False, u, "ecoledirecte", hard=True,
                notes="Quotes the school's IT provider (another party): the licence must be regenerated after a server "
                      "migration; transfers stopped.")


@mail
def t04():
    u = uai("0851406")
    t = when(2025, 1, 13, 8, 16)
    img = screenshot("CHARLEMAGNE - OUTILS - TRANSFERT ECOLEDIRECTE",
                     [f"ETABLISSEMENT : {u}",
                      "DERNIER TRANSFERT REUSSI : 08/01/2025 22:00",
                      "",
                      "ECHEC DU TRANSFERT - CODE 12",
                      "LA CONNEXION AU SERVEUR DE TRANSFERT A ECHOUE.",
                      "CONTACTEZ L'ASSISTANCE."],
                     error_lines=(3, 4))
    body = f"""Bonjour,

Ci-joint copie d'écran.

Bonne journée
Accueil - Institution Notre-Dame, La Roche-sur-Yon ({u})
"""
    m = compose("outlook", frm=("Accueil Notre-Dame", "accueil@nd-lasalle-larochesuryon.fr"),
                subject="Capture", date=t, body=body, seed="t04",
                inline_imgs=[attachment(img, "image/png", "image001.png", inline=True,
                                        cid="image001.png@01DB6596.3A1C4F20")],
                html=html_outlook(f"Bonjour,\n\nCi-joint copie d'écran.\n\nBonne journée\nAccueil - Institution Notre-Dame, La Roche-sur-Yon ({u})").replace(
                    "<p class=\"MsoNormal\">Bonne journée<o:p></o:p></p>",
                    "<p class=\"MsoNormal\"><img width=\"420\" height=\"220\" style=\"width:4.375in;height:2.2916in\" "
                    "id=\"Image_x0020_1\" src=\"cid:image001.png@01DB6596.3A1C4F20\"><o:p></o:p></p>\n"
                    "<p class=\"MsoNormal\">Bonne journée<o:p></o:p></p>"))
    return m, L("transfer_incident", False, u, "ecoledirecte", hard=True,
                notes="Subject 'Capture' and a one-line body; only the screenshot pasted inline (multipart/related) "
                      "shows what is wrong: a failed EcoleDirecte transfer (code 12). UAI in the signature and on screen.")


@mail
def t05():
    t = when(2025, 3, 20, 19, 3)
    body = """Bonjour,

Cela fait une semaine que les parents nous appellent : les notes du
trimestre n'apparaissent pas dans EcoleDirecte. Les conseils de classe ont
lieu la semaine prochaine, c'est INADMISSIBLE. Nous avons payé pour un
service qui ne fonctionne pas, et je n'exclus pas de changer de prestataire.

La dernière synchronisation réussie date du 12 mars. Merci de corriger le
transfert en urgence.

P. Legrand
Chef d'établissement - Collège privé Sainte-Thérèse, Rambouillet
"""
    m = compose("gmail", frm=("Philippe Legrand", "direction.ste.therese@gmail.com"),
                subject="Notes invisibles pour les parents - URGENT", date=t, body=body, seed="t05")
    return m, L("transfer_incident", False, None, "ecoledirecte",
                notes="Angry head of a private school (threatens to change provider): the grades no longer reach "
                      "EcoleDirecte since the last successful synchronisation. Not a head-of-establishment request.")


@mail
def t06():
    u = uai("0421590")
    t = when(2024, 10, 2, 11, 45)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">La synchronisation vers EcoleDirecte reste bloquée sur «&nbsp;Envoi en cours (43&nbsp;%)&nbsp;» depuis hier 18h. Nous avons arrêté et relancé le service, le même pourcentage revient.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Le cahier de textes et les absences ne sont plus à jour pour les familles.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Cordialement,<o:p></o:p></p>
<p class="MsoNormal">Service informatique &#8211; Ensemble scolaire Saint-Louis, Saint-Étienne (UAI {u})<o:p></o:p></p>
</div></body></html>
"""
    m = compose("outlook_html", frm=("Informatique St-Louis", "informatique@stlouis-stetienne.fr"),
                subject="Synchronisation EcoleDirecte bloquée à 43 %", date=t, body="", html=html, seed="t06",
                text_cte="base64")
    return m, L("transfer_incident", False, u, "ecoledirecte",
                notes="HTML-only Outlook, base64: the EcoleDirecte synchronisation hangs at 43 %.")


@mail
def t07():
    t = when(2025, 5, 28, 8, 2)
    body = """Good morning,

Last night's data transfer from Charlemagne to EcoleDirecte failed for the
second night in a row. The log says "transfer aborted: timeout" at 22:14.
Nothing has changed on our network as far as I know.

Parents of our English-speaking section can't see this week's homework or
absences. Could someone have a look?

Thanks,
Daniel Okafor
IT Coordinator, International Bilingual School of Provence (private)
"""
    m = compose("m365", frm=("Daniel Okafor", "d.okafor@ibsp.fr"),
                subject="EcoleDirecte nightly transfer failed again", date=t, body=body, seed="t07")
    return m, L("transfer_incident", False, None, "ecoledirecte", lang="en",
                notes="English; the nightly Charlemagne to EcoleDirecte transfer times out two nights running.")


@mail
def t08():
    u = uai("0331488")
    t = when(2025, 1, 7, 16, 25)
    body = f"""Bonjour,

Depuis la mise à jour de Charlemagne installée pendant les vacances, les
factures des familles (cantine, voyages) ne remontent plus dans EcoleDirecte :
l'onglet « Situation financière » des parents s'est arrêté au 20 décembre.

Les autres données (notes, absences) passent normalement.

Pourriez-vous regarder ce qui bloque dans le transfert du module comptable ?

Bien à vous,
Armelle Duhart
Comptable - Institution Saint-Genès, Bordeaux ({u})
"""
    m = compose("thunderbird", frm=("Armelle Duhart", "a.duhart@saint-genes-bordeaux.fr"),
                subject="Transfert comptabilité -> EcoleDirecte", date=t, body=body, seed="t08")
    return m, L("transfer_incident", False, u, "ecoledirecte", hard=True,
                notes="Families' invoices no longer transferred to EcoleDirecte after an update: the accounting part of "
                      "the transfer fails. About invoices, but a transfer incident, not order_billing.")

# --------------------------------------------------------------------------
# missing_noreply_mail
# --------------------------------------------------------------------------

@mail
def n01():
    t = when(2024, 10, 14, 10, 20)
    body = """Bonjour,

Je me suis inscrit jeudi sur l'Espace Acheteur pour la commune de
Saint-Julien-Molin-Molette. Le site m'a indiqué qu'un lien d'activation
m'était envoyé par courriel : je n'ai rien reçu, ni dans la boîte de
réception ni ailleurs.

Pouvez-vous me le renvoyer ?

Merci,
Bernard Faure
Secrétaire de mairie
"""
    m = compose("roundcube", frm=("Mairie de St-Julien-Molin-Molette", "mairie.stjulien42@orange.fr"),
                subject="Lien d'activation non reçu", date=t, body=body, seed="n01")
    return m, L("missing_noreply_mail", True, None, "espace_acheteur",
                notes="A town hall's secretary never received the activation link after signing up; no anti-spam product "
                      "named. Orange address: no region.")


@mail
def n02():
    u = uai("0711637")
    t = when(2025, 1, 31, 14, 52)
    body = f"""Bonjour,

Depuis dix jours, je ne reçois plus aucun message automatique de l'Espace
Acheteur (validation des commandes, nouveau mot de passe). J'ai interrogé
l'assistance informatique du rectorat, qui m'affirme que rien n'est filtré
de leur côté (réponse ci-dessous).

Pourriez-vous vérifier que les envois partent bien vers mon adresse ?

Cordialement,
Hélène Bonnot
Adjointe gestionnaire - Collège Saint-Exupéry, Mâcon
UAI {u}

----- Mail transféré -----
De: "Assistance informatique" <assistance-dsi@ac-dijon.fr>
À: "helene bonnot" <helene.bonnot@ac-dijon.fr>
Envoyé: Jeudi 30 Janvier 2025 11:03:27
Objet: Re: [DSI-2025-01-0877] messages non reçus

Bonjour,

Après vérification, aucun message en provenance de cet expéditeur n'a été
rejeté ni mis en attente par nos passerelles de messagerie. Nous vous
invitons à vérifier votre dossier « Indésirables » et à vous rapprocher de
l'expéditeur.

Cordialement,
Centre de services DSI
"""
    m = compose("zimbra", frm=("Helene Bonnot", "helene.bonnot@ac-dijon.fr"),
                subject="Notifications Espace Acheteur non reçues", date=t, body=body, seed="n02")
    return m, L("missing_noreply_mail", True, u, "espace_acheteur", hard=True,
                notes="Quotes the rectorat's IT help desk saying nothing is filtered on their side; the request is "
                      "missing automatic mails from the Espace Acheteur, no anti-spam product named.")


@mail
def n03():
    u = uai("0631793")
    t = when(2024, 12, 10, 11, 6)
    body = """Bonjour,

Notre documentaliste a demandé trois fois un nouveau mot de passe pour le
portail e-sidoc depuis la page de connexion. Le message devait arriver sur
l'adresse du collège (celle-ci), mais nous n'avons rien reçu, ni en boîte de
réception ni en courrier indésirable.

Merci de votre aide.

Martine Chabrol
Secrétariat - Collège Lucie Aubrac, Clermont-Ferrand
"""
    m = compose("zimbra", frm=("College Lucie Aubrac", f"ce.{u}@ac-clermont.fr"),
                subject="Mail de nouveau mot de passe jamais reçu", date=t, body=body, seed="n03")
    return m, L("missing_noreply_mail", True, u, "esidoc", hard=True,
                notes="Sounds like a password problem, but the reset tool is used and the new-password mail never "
                      "reaches the school's ce.<UAI> mailbox: missing_noreply_mail. Written by the secretariat; UAI "
                      "only in the address.")


@mail
def n04():
    t = when(2025, 3, 3, 9, 41)
    body = """Bonjour,

Je me suis abonnée sur l'Espace Acheteur aux alertes « nouvelles offres »
du marché de livres et de documents audiovisuels, pour suivre les
nouveautés proposées aux médiathèques. Depuis mon abonnement, en janvier,
je n'ai reçu aucune alerte, alors que des offres ont été ajoutées.

Pouvez-vous vérifier ?

Merci,
Corinne Vial
Acquisitions - Médiathèque Jean-Jacques Rousseau, Chambéry
"""
    m = compose("outlook", frm=("Corinne Vial", "c.vial@mairie-chambery.fr"),
                subject="Alertes nouvelles offres jamais reçues", date=t, body=body, seed="n04")
    return m, L("missing_noreply_mail", True, None, "espace_acheteur",
                notes="A médiathèque's acquisitions librarian never receives the offer alerts she subscribed to.")


@mail
def n05():
    t = when(2024, 9, 16, 15, 3)
    body = """Hello,

I registered on the Espace Acheteur on Friday for the Lycée International de
Ferney-Voltaire and I was told an activation e-mail would follow. Nothing has
arrived so far - not in my inbox, not in the junk folder.

Could you resend it, please?

Thank you,
Sarah Lindholm
Bursar's office
"""
    m = compose("apple", frm=("Sarah Lindholm", "s.lindholm@lycee-ferney.org"),
                subject="Activation e-mail not received", date=t, body=body, seed="n05")
    return m, L("missing_noreply_mail", True, None, "espace_acheteur", lang="en",
                notes="English; the activation e-mail never arrived after sign-up; no anti-spam product named.")


@mail
def n06():
    t = when(2025, 4, 22, 16, 12)
    body = """JAMAIS REÇU VOTRE MAIL DE CONFIRMATION !!!

Ça fait une semaine que je m'inscris, que je me réinscris, que je vérifie les
spams, RIEN. Vous êtes sûrs que votre système envoie des mails ?? On doit
commander le matériel pour le centre de loisirs avant l'été.

Mairie de Colombiers - Service Enfance
Nadège Ortiz
"""
    m = compose("gmail_mobile", frm=("Nadège Ortiz", "enfance.colombiers@gmail.com"),
                subject="inscription espace acheteur", date=t, body=body, seed="n06")
    return m, L("missing_noreply_mail", True, None, "espace_acheteur",
                notes="Shouting; the sign-up confirmation mail never arrives, junk folder checked; no anti-spam product.")


@mail
def n07():
    t = when(2024, 11, 8, 10, 54)
    body = """Bonjour,

J'ai créé un compte sur le portail de tickets de l'assistance pour suivre
mes demandes. On m'annonce un courriel de confirmation pour définir mon mot
de passe, mais il n'est jamais arrivé (j'ai attendu depuis hier).

Cordialement,
Thomas Giraud
Adjoint gestionnaire, collège Jean Zay, Niort
"""
    m = compose("zimbra", frm=("Thomas Giraud", "thomas.giraud2@ac-poitiers.fr"),
                subject="Confirmation portail de tickets", date=t, body=body, seed="n07")
    return m, L("missing_noreply_mail", True, None, "ticket_portal",
                notes="The ticket portal's confirmation mail (to set a password) never arrived. No UAI; region from "
                      "ac-poitiers.fr.")


@mail
def n08():
    t0 = when(2025, 2, 5, 9, 2)
    t = when(2025, 2, 10, 8, 55)
    body = f"""Bonjour,

J'ai suivi vos consignes : dossier des indésirables vérifié, adresse
no-reply ajoutée aux expéditeurs approuvés, et notre informaticien a
contrôlé la passerelle. Cinq jours plus tard, toujours aucun message de
votre plateforme.

Merci de transmettre à votre service technique ou à la région, comme
indiqué dans votre réponse.

Cordialement,
Alain Mercier
Service Achats - Département de la Charente-Maritime

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 5 février 2025 09:02
À : Mercier Alain <alain.mercier@charente-maritime-dept.fr>
Objet : {desk_ref(6118)} Messages de l'Espace Acheteur non reçus

Bonjour,

Les messages de l'Espace Acheteur sont envoyés depuis une adresse no-reply.
Vérifiez votre dossier de courrier indésirable, marquez le message comme
légitime et ajoutez l'adresse d'envoi à vos expéditeurs approuvés. Sans
amélioration sous 48 heures, répondez à ce message : votre demande sera
transmise à votre région.

Cordialement,
L'équipe d'assistance
"""
    m = compose("outlook", frm=("Mercier Alain", "alain.mercier@charente-maritime-dept.fr"),
                subject=f"RE: {desk_ref(6118)} Messages de l'Espace Acheteur non reçus", date=t, body=body,
                seed="n08", irt=desk_msgid(6118, t0))
    return m, L("missing_noreply_mail", False, None, "espace_acheteur",
                notes="Reply after our junk-folder answer: still nothing after five days; the template was already "
                      "sent, a person must follow up and route it.")


@mail
def n09():
    u = uai("0490655")
    t = when(2025, 3, 18, 13, 37)
    body = f"""Bonjour,

On m'annonce que la convention de partenariat du lycée m'a été envoyée pour
signature électronique la semaine dernière. Je n'ai jamais reçu le courriel
d'invitation à signer : rien dans ma boîte, rien dans les indésirables.

Pouvez-vous le renvoyer ?

Bien cordialement,
Sophie Allard
Proviseure adjointe - Lycée Joachim du Bellay, Angers
UAI {u}
"""
    m = compose("outlook", frm=("Sophie Allard", "sophie.allard@ac-nantes.fr"),
                subject="Invitation à signer non reçue", date=t, body=body, seed="n09")
    return m, L("missing_noreply_mail", True, u, "esignature", hard=True,
                notes="About a convention, but what is asked is the e-signature invitation e-mail that never came (a "
                      "notification from a no-reply sender): missing_noreply_mail, not contract_documents.")


@mail
def n10():
    u = uai("0595518")
    t = when(2024, 9, 23, 14, 1)
    img = screenshot("MESSAGERIE ACADEMIQUE - RECHERCHE",
                     ["RECHERCHER : NO-REPLY   DANS : TOUS LES DOSSIERS",
                      "",
                      "AUCUN MESSAGE NE CORRESPOND A VOTRE RECHERCHE.",
                      "(RECEPTION, INDESIRABLES, CORBEILLE)"],
                     error_lines=(2,))
    body = f"""Bonjour,
Toujours rien (capture jointe). Inscription faite vendredi sur l'Espace Acheteur pour le lycée {u}.
"""
    m = compose("zimbra", frm=("Jerome Lemaire", "jerome.lemaire@ac-lille.fr"),
                subject="Mail d'activation", date=t, body=body, seed="n10",
                atts=[attachment(img, "image/png", "recherche_no-reply.png")])
    return m, L("missing_noreply_mail", True, u, "espace_acheteur", hard=True,
                notes="Two-line body; the screenshot shows a search for 'no-reply' returning nothing in any folder: the "
                      "sign-up activation mail never came.")


@mail
def n11():
    t = when(2025, 5, 13, 12, 44)
    body = """Toujours pas reçu le lien d'activation pour l'espace acheteur, inscription faite lundi. Vous pouvez le renvoyer svp ?

Obtenir Outlook pour Android
"""
    m = compose("android_outlook", frm=("Damien Roche", "damien.roche@sivu-brassac.fr"),
                subject="lien activation", date=t, body=body, seed="n11")
    return m, L("missing_noreply_mail", True, None, "espace_acheteur",
                notes="One line from Outlook for Android (base64 parts): activation link not received.")


@mail
def n12():
    u = uai("0240971")
    t = when(2025, 2, 13, 16, 33)
    body = f"""Bonjour,

Je n'ai pas perdu mon identifiant, mais j'ai oublié mon mot de passe de
l'administration e-sidoc. J'ai donc cliqué quatre fois sur « mot de passe
oublié » depuis ce matin : aucun message n'est arrivé, ni dans ma boîte ni
dans les spams. Le formulaire affiche pourtant « un courriel vous a été
envoyé ».

Merci de regarder,
Julien Lagarde
Professeur documentaliste - Collège Michel de Montaigne, Périgueux
UAI {u}
"""
    m = compose("thunderbird", frm=("Julien Lagarde", "julien.lagarde@ac-bordeaux.fr"),
                subject="Aucun mail après « mot de passe oublié »", date=t, body=body, seed="n12")
    return m, L("missing_noreply_mail", True, u, "esidoc", hard=True,
                notes="Reads like a lost password, but the reset form works and the new-password mail never arrives: "
                      "the taxonomy puts that under missing_noreply_mail.")


@mail
def n13():
    u = uai("0383390")
    t = when(2024, 10, 29, 11, 18)
    body = f"""Bonjour,

Je suis administratrice de la structure du lycée sur l'Espace Acheteur. Mes
collègues me disent avoir saisi des demandes de validation de commande, mais
je ne reçois jamais les notifications qui devraient m'en avertir.

Est-il possible de vérifier l'adresse à laquelle elles sont envoyées ?

Merci,
Aurélie Gros
Adjointe gestionnaire - Lycée Champollion, Grenoble ({u})
"""
    m = compose("zimbra", frm=("Aurelie Gros", "aurelie.gros@ac-grenoble.fr"),
                subject="Notifications de validation non reçues", date=t, body=body, seed="n13")
    return m, L("missing_noreply_mail", True, u, "espace_acheteur",
                notes="The structure administrator never receives the 'order to validate' notifications.")


@mail
def n14():
    u = uai("0580456")
    t = when(2024, 9, 4, 17, 40)
    body = f"""Bonjour,
J'ai crée hier le compte client du colège pour commander l'abonnement e-sidoc, et le mail d'activation (normalement sous 12 h) n'est toujours pas là, même dans les indésirables.
Collège Victor Hugo, Nevers - {u}
Merci
Laure Simonin

Envoyé de mon iPhone
"""
    m = compose("iphone", frm=("Laure Simonin", "laure.simonin@ac-dijon.fr"),
                subject="Mail d'activation compte client", date=t, body=body, seed="n14")
    return m, L("missing_noreply_mail", True, u, "esidoc",
                notes="The customer-account activation mail (12 hours) never came; junk folder checked.")


@mail
def n15():
    t = when(2025, 4, 3, 10, 6)
    body = """Bonjour,

Je suis inscrite aux notifications « nouveau document » sur les marchés que
je suis pour la Région (fournitures des lycées). Une collègue a reçu hier
l'alerte pour l'avenant du lot 5, moi non, et ce n'est pas la première fois.

Nos adresses sont sur le même domaine. Pouvez-vous vérifier mon abonnement
aux notifications ?

Merci,
Élodie Marchand
Direction de la commande publique - Région Pays de la Loire
"""
    m = compose("thunderbird", frm=("Elodie Marchand", "elodie.marchand@paysdelaloire.fr"),
                subject="Notifications « nouveau document » non reçues", date=t, body=body, seed="n15")
    return m, L("missing_noreply_mail", True, None, "espace_acheteur",
                notes="A région buyer does not receive the 'new document' notifications a colleague gets; no anti-spam "
                      "product named.")


# --------------------------------------------------------------------------
# mailinblack_spam
# --------------------------------------------------------------------------

@mail
def b01():
    t = when(2024, 11, 18, 9, 12)
    body = """Bonjour,

Je suis responsable informatique de la commune de Mouans-Sartoux. Nos agents
ne reçoivent pas les liens d'activation de l'Espace Acheteur : ils sont
retenus par Mailinblack, que nous utilisons comme filtre anti-spam.

Quelles adresses ou quels domaines d'envoi dois-je ajouter à la liste
blanche ?

Cordialement,
Vincent Giordano
Service informatique - Mairie de Mouans-Sartoux
"""
    m = compose("thunderbird", frm=("Vincent Giordano", "dsi@mouans-sartoux.net"),
                subject="Liste blanche Mailinblack", date=t, body=body, seed="b01")
    return m, L("mailinblack_spam", True, None, "espace_acheteur",
                notes="A commune's IT manager asks which senders to allow-list in Mailinblack for the Espace Acheteur "
                      "activation links.")


@mail
def b02():
    u = uai("0601877")
    t = when(2024, 10, 7, 15, 26)
    body = f"""Bonjour,

Les messages de l'Espace Acheteur (validation de compte, notifications de
commande) n'arrivent plus au lycée. Le service informatique de la Région,
qui gère notre messagerie, m'a expliqué pourquoi (voir ci-dessous).

Que dois-je faire concrètement ?

Merci,
Pascale Dupré
Gestionnaire - Lycée Jean Rostand, Chantilly
UAI {u}

Le 04/10/2024 à 16:40, Support informatique des lycées a écrit :
> Bonjour,
>
> Depuis la rentrée, les boîtes des lycées sont protégées par MailInBlack.
> Les messages des expéditeurs inconnus sont mis en attente tant que
> l'expéditeur ne s'est pas authentifié. Les adresses « no-reply » ne
> peuvent pas le faire : il faut les autoriser depuis votre interface
> MailInBlack.
>
> Cordialement,
> Support informatique des lycées
"""
    m = compose("thunderbird", frm=("Pascale Dupre", f"gestion@lycee-jeanrostand-chantilly.fr"),
                subject="Messages Espace Acheteur bloqués", date=t, body=body, seed="b02")
    return m, L("mailinblack_spam", True, u, "espace_acheteur", hard=True,
                notes="Quotes the région's IT support (another service): MailInBlack holds mails from unknown senders. "
                      "The MailInBlack allow-list guide answers it.")


@mail
def b03():
    t = when(2025, 1, 8, 13, 3)
    body = """bonjour
depuis que la mairie a mis mail in black on ne recoit plus rien de l espace acheteur, ni les mots de passe ni les confirmation de commande. il faut faire quoi ?
merci
josiane (mairie de Cazères)
"""
    m = compose("samsung", frm=("Josiane Ribes", "accueil.mairie.cazeres@orange.fr"),
                subject="pb mail", date=t, body=body, seed="b03")
    return m, L("mailinblack_spam", True, None, "espace_acheteur",
                notes="Product spelled 'mail in black', no accents, from a phone.")


@mail
def b04():
    u = uai("0692861")
    t = when(2025, 3, 11, 10, 48)
    body = f"""Hi,

Our school mailboxes are now filtered by MailinBlack, and your messages -
including the order confirmations - end up in the MailinBlack quarantine. I
can release them one by one, but it's tedious. Is there a list of sender
addresses we should whitelist?

Thanks,
Oliver Grant
Teacher-librarian, Cité scolaire internationale de Lyon ({u})
"""
    m = compose("gmail", frm=("Oliver Grant", "oliver.grant.csi@gmail.com"),
                subject="Your e-mails are quarantined by MailinBlack", date=t, body=body, seed="b04")
    return m, L("mailinblack_spam", True, u, "espace_acheteur", lang="en",
                notes="English; MailinBlack quarantine holds the order confirmations; asks for the senders to "
                      "allow-list. The order confirmations come from the Espace Acheteur.")


@mail
def b05():
    u = uai("0741523")
    t = when(2025, 2, 4, 11, 2)
    body = f"""Bonjour,

Deux choses :

1) Depuis l'installation de Mailinblack par le Département, les mails de
l'Espace Acheteur (validation, nouveau mot de passe) sont bloqués en
attente d'authentification.

2) La facture de l'abonnement de décembre (F-2024-12-0532) mentionne
l'ancienne adresse du collège : pouvez-vous en émettre une corrigée ?

Merci,
Jacqueline Vuarand
Adjointe gestionnaire - Collège Les Allobroges, La Roche-sur-Foron
UAI {u}
"""
    m = compose("outlook", frm=("Jacqueline Vuarand", "jacqueline.vuarand@ac-grenoble.fr"),
                subject="Mailinblack + facture", date=t, body=body, seed="b05")
    return m, L("mailinblack_spam", False, u, "espace_acheteur", hard=True,
                notes="Two topics: mails held by Mailinblack (first, main) and an invoice to correct (order_billing); "
                      "a single template would answer only half.")


@mail
def b06():
    u = uai("0132977")
    t = when(2024, 12, 2, 8, 35)
    img = screenshot("MAILINBLACK - MESSAGES EN ATTENTE",
                     ["EXPEDITEUR                          OBJET",
                      "NO-REPLY@ESPACE-ACHETEUR.EXAMPLE.FR  ACTIVATION DE VOTRE COMPTE",
                      "NO-REPLY@ESPACE-ACHETEUR.EXAMPLE.FR  NOUVEAU MOT DE PASSE",
                      "",
                      "CES MESSAGES SONT EN ATTENTE : L'EXPEDITEUR NE S'EST PAS AUTHENTIFIE."],
                     error_lines=(4,))
    body = """Bonjour,

Ci-joint ce que je vois. Comment on débloque ?

Nicolas Ferri
Collège Rostand, Marseille
"""
    m = compose("apple", frm=("Nicolas Ferri", "nicolas.ferri@ac-aix-marseille.fr"),
                subject=f"Messages bloqués - {u}", date=t, body=body, seed="b06",
                atts=[attachment(img, "image/png", "Capture d’écran 2024-12-02 à 08.33.51.png", rfc2231=True)])
    return m, L("mailinblack_spam", True, u, "espace_acheteur", hard=True,
                notes="Short body; the screenshot is the MailInBlack 'messages en attente' list holding the Espace "
                      "Acheteur activation and password mails.")


@mail
def b07():
    t = when(2025, 5, 19, 17, 48)
    body = """Bonjour,

Votre Mailinblack bloque TOUT ! Chaque fois que vous m'écrivez, je dois aller
repêcher votre message dans une interface de quarantaine, cliquer, attendre.
Vous trouvez ça normal pour un service public ?

Dites-moi au moins comment faire pour que les messages de l'Espace Acheteur
arrivent directement.

Marc Ollivier
Direction des finances - Communauté d'agglomération du Grand Dax
"""
    m = compose("m365", frm=("OLLIVIER Marc", "m.ollivier@grand-dax.fr"),
                subject="Ras-le-bol de Mailinblack", date=t, body=body, seed="b07")
    return m, L("mailinblack_spam", True, None, "espace_acheteur",
                notes="Irritated: he believes the Mailinblack filter is ours; the mails are held in his own quarantine. "
                      "The allow-list guide answers the request underneath.")


@mail
def b08():
    t = when(2024, 9, 30, 9, 20)
    body = """Bonjour,

Notre direction des systèmes d'information a déployé « Mailinblack Protect »
sur l'ensemble des messageries du Département le 23 septembre. Depuis, les
notifications de l'Espace Acheteur sont retenues en quarantaine pour tous
les agents du service des achats.

Pouvez-vous nous transmettre la procédure à communiquer à notre DSI ?

Cordialement,
Florence Tessier
Service de la commande publique - Département d'Eure-et-Loir
"""
    m = compose("outlook", frm=("Florence Tessier", "florence.tessier@eurelien.fr"),
                subject="Mailinblack Protect - notifications en quarantaine", date=t, body=body, seed="b08")
    return m, L("mailinblack_spam", True, None, "espace_acheteur",
                notes="Département rolled out Mailinblack Protect; notifications quarantined; asks for the procedure.")


@mail
def b09():
    u = uai("0301865")
    t = when(2025, 1, 21, 10, 38)
    body = """Bonjour,

Les messages de l'Espace Acheteur arrivent dans Mailinblack, dossier « En
attente », et non dans la boîte du collège. Qui doit les autoriser, et
comment éviter que cela se reproduise ?

Merci,

Rachid Amrani
Adjoint gestionnaire - Collège Jules Verne, Nîmes
(depuis la boîte de l'établissement)
"""
    m = compose("zimbra", frm=("College Jules Verne Nimes", f"ce.{u}@ac-montpellier.fr"),
                subject="Messages en attente Mailinblack", date=t, body=body, seed="b09")
    return m, L("mailinblack_spam", True, u, "espace_acheteur", hard=True,
                notes="Shared ce.<UAI> mailbox signed by the gestionnaire: the Espace Acheteur mails wait in "
                      "Mailinblack's 'En attente' folder. UAI only in the address.")


@mail
def b10():
    t = when(2025, 2, 25, 14, 7)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Depuis l&#8217;activation de <b>MAILINBLACK</b> sur les messageries de la Région, je ne reçois plus les mails de l&#8217;Espace Acheteur (confirmation de commande, documents des marchés).<o:p></o:p></p>
<p class="MsoNormal">Faut-il autoriser une adresse précise ou le domaine entier&nbsp;?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Merci d&#8217;avance,<o:p></o:p></p>
<p class="MsoNormal">Stéphane Guillot<o:p></o:p></p>
<p class="MsoNormal"><span style="color:#1F4E79">Pôle achats &#8211; Région Normandie</span><o:p></o:p></p>
</div></body></html>
"""
    m = compose("outlook_html", frm=("Stéphane Guillot", "stephane.guillot@normandie.fr"),
                subject="Mails bloqués depuis MAILINBLACK", date=t, body="", html=html, seed="b10")
    return m, L("mailinblack_spam", True, None, "espace_acheteur",
                notes="HTML-only Outlook; MAILINBLACK in capitals; asks whether to allow the address or the domain. "
                      "normandie.fr is not an académie domain: no region.")


@mail
def b11():
    t = when(2025, 6, 12, 7, 51)
    body = """Mailinblack a bloqué le lien que vous m'avez envoyé, que dois-je faire ?
Merci

Envoyé de mon iPhone
"""
    m = compose("iphone", frm=("Corinne Baudry", "corinne.baudry@ac-orleans-tours.fr"),
                subject="Lien bloqué", date=t, body=body, seed="b11")
    return m, L("mailinblack_spam", True, None, None,
                notes="One line from an iPhone: Mailinblack held the link. No platform named, no UAI; region from "
                      "ac-orleans-tours.fr.")


@mail
def b12():
    u = uai("0210873")
    t = when(2024, 10, 24, 13, 59)
    body = f"""Bonjour,

Je vous ai écrit hier au sujet de notre commande. Notre messagerie est
protégée par Mailinblack : vous avez dû recevoir de sa part un message vous
demandant de vous authentifier. Tant que ce n'est pas fait, vos réponses
restent bloquées chez nous et je ne les vois pas.

Pouvez-vous valider cette demande, ou me dire quelle adresse je dois
autoriser de mon côté ?

Merci,
Béatrice Lambert
Professeure documentaliste - Lycée Carnot, Dijon ({u})
"""
    m = compose("zimbra", frm=("Beatrice Lambert", "beatrice.lambert@ac-dijon.fr"),
                subject="Authentification Mailinblack", date=t, body=body, seed="b12")
    return m, L("mailinblack_spam", True, u, None, hard=True,
                notes="Describes the Mailinblack sender-authentication challenge from the other side: our replies are "
                      "held until we authenticate; asks which address to allow. mailinblack_spam; no product of ours "
                      "named, so no platform.")

# --------------------------------------------------------------------------
# other
# --------------------------------------------------------------------------

@mail
def x01():
    t = when(2024, 10, 30, 3, 14, tz="utc")
    body = """Hi there,

I was browsing assistance.example.fr and loved your content about school
libraries! I'm reaching out because we help education websites climb to the
first page of Google with high-authority guest posts and backlinks.

For just $149 we can publish a 1,500-word article with a dofollow link on
one of our 200+ partner sites (DA 50+). Limited slots this month!

Reply "YES" and I'll send the list.

Cheers,
Ryan Mitchell
Growth Partner, RankRocket Media
"""
    m = compose("gmail", frm=("Ryan Mitchell", "ryan.rankrocket@gmail.com"),
                subject="Quick question about assistance.example.fr", date=t, body=body, seed="x01")
    return m, L("other", False, None, None, lang="en", notes="English SEO / guest-post spam.")


@mail
def x02():
    t = when(2025, 3, 26, 6, 2)
    body = """Cher(e) utilisateur(trice),

Votre boîte aux lettres académique a atteint 98 % de son quota de stockage.
Pour éviter la suspension de votre compte et la perte de vos messages,
veuillez valider votre mot de passe sous 24 heures en cliquant sur le lien
ci-dessous :

https://webmail-ac-nancy-metz.com/quota/validation?id=8841

Sans action de votre part, vos nouveaux messages seront rejetés.

Service Messagerie - Académie de Nancy-Metz
"""
    m = compose("roundcube", frm=("Service Messagerie Academique", "support@webmail-ac-nancy-metz.com"),
                subject="Alerte quota : validez votre mot de passe", date=t, body=body, seed="x02",
                auth={"dkim": "none", "spf": "softfail", "dmarc": "none"})
    return m, L("other", False, None, None, hard=True,
                notes="Phishing: 'quota reached, confirm your password' from a look-alike domain "
                      "(webmail-ac-nancy-metz.com is not an académie domain, so no region). Mentions a password but "
                      "is not password_reset.")


@mail
def x03():
    t = when(2025, 2, 18, 11, 47)
    fake = pdf_letter([
        "**CHORUS PRO - AVIS DE FACTURE IMPAYEE",
        "",
        "Référence : FAC-2025-77314",
        "Montant dû : 2 847,60 € TTC",
        "Échéance dépassée depuis le 31/01/2025",
        "",
        "Afin d'éviter des pénalités de retard et la suspension de vos services,",
        "veuillez procéder au règlement par virement sous 48 heures :",
        "IBAN : LT12 3250 0000 4471 9921   BIC : REVOLT21",
        "",
        "Service recouvrement",
    ], title="Facture", producer="PDF Generator", date=_dt.datetime(2025, 2, 18, 11, 40))
    body = """Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée à ce jour.
Merci de procéder au règlement sous 48 heures afin d'éviter toute pénalité.

Service comptabilité
"""
    m = compose("outlook", frm=("Chorus Pro Facturation", "facturation@chorus-pro-avis.com"),
                subject="Facture impayée FAC-2025-77314 - dernier rappel", date=t, body=body, seed="x03",
                atts=[attachment(fake, "application/pdf", "FAC-2025-77314.pdf")],
                auth={"dkim": "none", "spf": "fail", "dmarc": "fail", "policy": "p=reject dis=none"},
                reply_to="recouvrement.service@proton.me")
    return m, L("other", False, None, None, hard=True,
                notes="Fake 'unpaid invoice' dressed as Chorus Pro (look-alike domain, failing SPF/DMARC, foreign IBAN "
                      "in the PDF, free-mail Reply-To): phishing, not order_billing.")


@mail
def x04():
    t0 = when(2025, 1, 16, 10, 5)
    t = when(2025, 1, 16, 11, 31)
    body = """Merci beaucoup pour votre réactivité, tout est rentré dans l'ordre.

Bien cordialement,
Catherine Giacomini
Principale

Le 16/01/2025 à 10:05, Assistance a écrit :
> Bonjour Madame la Principale,
>
> Suite à votre demande écrite, l'adresse de contact du compte administrateur
> a été modifiée et un lien de réinitialisation du mot de passe a été envoyé
> à l'adresse officielle de l'établissement.
>
> Cordialement,
> L'équipe d'assistance
"""
    m = compose("thunderbird", frm=("Catherine Giacomini", "catherine.giacomini@ac-nice.fr"),
                subject=f"Re: {desk_ref(5874)} Compte administrateur e-sidoc", date=t, body=body, seed="x04",
                irt=desk_msgid(5874, t0))
    return m, L("other", False, None, "esidoc", hard=True,
                notes="A principal only thanks us, quoting our answer (administrator, password, link): nothing is asked. "
                      "Region from ac-nice.fr.")


@mail
def x05():
    t = when(2024, 11, 26, 15, 15)
    body = """Bonjour,

Petite commune (1 200 habitants), nous devons renouveler les jeux de la cour
de l'école pour environ 38 000 € HT. Faut-il obligatoirement passer par une
procédure adaptée avec publicité, ou pouvons-nous commander directement
auprès d'un fournisseur après trois devis ? Et si nous passons par votre
centrale, sommes-nous dispensés de mise en concurrence ?

Merci pour votre éclairage,
Monique Bessière
Secrétaire générale - Mairie de Saint-Affrique-les-Montagnes
"""
    m = compose("roundcube", frm=("Monique Bessiere", "mairie.saintaffrique81@wanadoo.fr"),
                subject="Question seuils de marché", date=t, body=body, seed="x05")
    return m, L("other", False, None, None,
                notes="A commune asks a procurement-law question (thresholds, procédure adaptée, central purchasing "
                      "exemption): procurement vocabulary, but none of the categories.")


@mail
def x06():
    u = uai("0861762")
    t = when(2025, 3, 10, 14, 28)
    body = f"""Bonjour,

Je voudrais enrichir le catalogue du CDI avec des notices récupérées à
l'extérieur plutôt que de tout cataloguer à la main : est-il possible
d'importer dans e-sidoc des notices UNIMARC (export de la BnF ou du SUDOC),
ou d'interroger un serveur Z39.50 depuis l'interface ? Si oui, où se trouve
l'option ? Je n'ai rien vu dans le menu « Catalogue ».

Merci,
Anaïs Fradin
Professeure documentaliste - Collège Henri IV, Poitiers ({u})
"""
    m = compose("thunderbird", frm=("Anais Fradin", "anais.fradin@ac-poitiers.fr"),
                subject="Import de notices UNIMARC / Z39.50", date=t, body=body, seed="x06")
    return m, L("other", False, u, "esidoc",
                notes="Cataloguing how-to (UNIMARC import, Z39.50) about e-sidoc: a question with no category of its "
                      "own.")


@mail
def x07():
    t = when(2024, 10, 17, 10, 3, tz="utc")
    body = """Dear colleagues,

I am a teacher-librarian at Tampereen lyseon lukio in Finland. Within our
Erasmus+ project "Reading Across Borders" we are looking for French school
libraries willing to run a joint reading challenge with our students in
spring 2025 (book lists in English, short video reviews, one online meeting
per month).

Would your network be able to share our call with interested librarians?

Kind regards,
Aino Virtanen
Erasmus+ coordinator, Tampereen lyseon lukio
"""
    m = compose("m365", frm=("Aino Virtanen", "aino.virtanen@edu.tampere.fi"),
                subject="Erasmus+ partnership - reading challenge with French school libraries", date=t, body=body,
                seed="x07")
    return m, L("other", False, None, None, lang="en",
                notes="English; a Finnish Erasmus+ partner proposes a reading project: unrelated to the services.")


@mail
def x08():
    t = when(2025, 1, 28, 14, 40, tz="utc")
    body = """Dear Sir or Madam,

Cambridge Lanterns Press publishes graded readers and non-fiction for
learners of English aged 11-18, with a growing digital library.

We would very much like our digital library to be offered to French schools
through your catalogue of resources. Could you tell us whom to contact about
becoming a referenced publisher, and what the technical requirements are
(authentication, metadata formats)?

With best wishes,
Charlotte Pemberton
International Sales Director, Cambridge Lanterns Press
"""
    m = compose("outlook", frm=("Charlotte Pemberton", "c.pemberton@lanternspress.co.uk"),
                subject="Becoming a referenced publisher", date=t, body=body, seed="x08")
    return m, L("other", False, None, None, lang="en",
                notes="English; a UK publisher asks how to be referenced in the resource catalogue: a business "
                      "enquiry, other.")


@mail
def x09():
    u = uai("0442213")
    t = when(2024, 9, 10, 12, 56)
    body = f"""Bonjour,

Qui a choisi les couleurs du nouveau portail e-sidoc ? Gris clair sur gris
moins clair, des pictogrammes minuscules, et les nouveautés du CDI reléguées
tout en bas de la page d'accueil. Mes élèves de 6e ne trouvent plus rien,
mes collègues non plus, et moi je commence à regretter l'ancien.

Existe-t-il un moyen de revenir à l'ancien thème, ou au moins de choisir
des couleurs lisibles ?

Soazig Le Duff
Collège Anne de Bretagne, Nantes - {u}
"""
    m = compose("gmail", frm=("Soazig Le Duff", "soazig.leduff@gmail.com"),
                subject="Nouveau portail : sérieusement ?", date=t, body=body, seed="x09")
    return m, L("other", False, u, "esidoc",
                notes="Sarcastic complaint about the new e-sidoc theme; underneath, a question about choosing the "
                      "theme: none of the categories.")


@mail
def x10():
    t = when(2025, 4, 1, 9, 0)
    body = """Madame, Monsieur,

Votre CDI perd-il encore des livres ? Nos portiques antivol RFID nouvelle
génération, compatibles avec tous les SIGB du marché, réduisent les pertes
de 80 % dès la première année.

À l'occasion du Salon de l'Éducation, nous offrons l'étiquetage des 2 000
premiers documents pour toute commande avant le 30 avril.

Je reste à votre disposition pour une démonstration dans votre
établissement.

Bien cordialement,
Franck Morel
Responsable commercial - BibliProtect SAS
"""
    m = compose("outlook", frm=("Franck Morel", "f.morel@bibliprotect.fr"),
                subject="Portiques antivol RFID pour votre CDI", date=t, body=body, seed="x10")
    return m, L("other", False, None, None,
                notes="Cold sales prospecting (RFID gates for school libraries), written to one address: other, not "
                      "automated.")


@mail
def x11():
    t = when(2025, 5, 7, 16, 21)
    body = """Bonjour,

Je transfère l'échange ci-dessous avec l'assistance du rectorat, en espérant
que vous pourrez m'aider : depuis mardi, mes élèves n'arrivent plus à se
connecter à l'ENT avec EduConnect, message « compte inconnu ». Le rectorat
me dit de voir avec « l'éditeur ».

Cordialement,
Gaël Morvan
Professeur d'histoire-géographie, collège de Pontivy

-------- Message transféré --------
Sujet : Re: [Ticket#2025050612000392] Connexion ENT élèves
Date : Wed, 7 May 2025 14:02:11 +0200
De : Assistance ENT - Rectorat <assistance-ent@ac-rennes.fr>
Pour : gael.morvan@ac-rennes.fr

Bonjour,

Les comptes EduConnect de vos élèves sont actifs côté académie. Le problème
semble venir du fournisseur de l'ENT ; nous vous invitons à contacter
l'éditeur.

Cordialement,
Assistance ENT
"""
    m = compose("thunderbird", frm=("Gael Morvan", "gael.morvan@ac-rennes.fr"),
                subject="Fwd: Re: [Ticket#2025050612000392] Connexion ENT élèves", date=t, body=body, seed="x11")
    return m, L("other", False, None, None, hard=True,
                notes="Forwards an exchange with the rectorat's ENT help desk about pupils' EduConnect logins to the "
                      "ENT: not one of our products (the rectorat's 'éditeur' is not us). Region from ac-rennes.fr.")


@mail
def x12():
    t = when(2024, 12, 18, 17, 32)
    body = """Bien reçu, merci.

Envoyé depuis mon Galaxy
"""
    m = compose("samsung", frm=("Mairie de Lézignan", "accueil@mairie-lezignan.fr"),
                subject="Re: Votre demande", date=t, body=body, seed="x12",
                irt=desk_msgid(5532, when(2024, 12, 18, 15, 2)))
    return m, L("other", False, None, None,
                notes="'Bien reçu, merci' from a phone: nothing to do.")


@mail
def x13():
    u = uai("0681239")
    t = when(2025, 6, 16, 11, 9)
    body = f"""Bonjour,

Pour le bilan d'activité du CDI présenté au conseil d'administration,
j'aurais besoin des statistiques de fréquentation du portail e-sidoc sur
l'année : nombre de connexions, recherches effectuées, ressources numériques
consultées. Existe-t-il un export, ou pouvez-vous me les fournir ?

Merci,
Frédérique Schmitt
Professeure documentaliste - Lycée Théodore Deck, Guebwiller ({u})
"""
    m = compose("zimbra", frm=("Frederique Schmitt", "frederique.schmitt@ac-strasbourg.fr"),
                subject="Statistiques de consultation du portail", date=t, body=body, seed="x13")
    return m, L("other", False, u, "esidoc",
                notes="Asks for the portal's usage statistics for the annual report: no category of its own.")


@mail
def x14():
    t = when(2025, 3, 5, 8, 30, tz="utc")
    body = """Hello,

Please remove this address from your newsletter and any other mailing list.
I moved to a different company a year ago and this mailbox is now only
monitored by our office manager.

Thank you,
M. Jansen
Holland Educational Supplies
"""
    m = compose("outlook", frm=("Marloes Jansen", "info@hollandeducational.nl"),
                subject="Unsubscribe", date=t, body=body, seed="x14")
    return m, L("other", False, None, None, lang="en",
                notes="English; a person asks by hand to be removed from the newsletter: written by a person, not "
                      "automated.")


@mail
def x15():
    t = when(2025, 2, 20, 13, 15)
    body = """Bonjour,

J'ai suivi jeudi dernier votre webinaire « Bien débuter sur l'Espace
Acheteur ». Notre direction des ressources humaines me demande une
attestation de participation pour mon dossier de formation.

Pourriez-vous m'en faire parvenir une ?

Cordialement,
Julie Besson
Service de la commande publique - Ville de Montbéliard
"""
    m = compose("m365", frm=("BESSON Julie", "julie.besson@montbeliard.fr"),
                subject="Attestation de participation au webinaire", date=t, body=body, seed="x15")
    return m, L("other", False, None, "espace_acheteur",
                notes="Asks for a certificate of attendance after a webinar about the Espace Acheteur: other.")


@mail
def x16():
    u = uai("0060975")
    t = when(2024, 10, 11, 10, 37)
    body = f"""Madame, Monsieur,

Dans le cadre de la mise à jour du registre des traitements de
l'établissement, notre délégué à la protection des données me demande des
informations sur le traitement des données personnelles des élèves par le
portail e-sidoc : coordonnées de votre propre délégué, lieu d'hébergement
des données, durée de conservation et mesures de sécurité.

Je vous remercie de bien vouloir me les communiquer.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Le Proviseur
Richard Ferrero
Lycée Masséna - Nice
UAI {u}
"""
    m = compose("outlook", frm=("Proviseur Lycée Masséna", f"ce.{u}@ac-nice.fr"),
                subject="RGPD - traitement des données du portail e-sidoc", date=t, body=body, seed="x16")
    return m, L("other", False, u, "esidoc", hard=True,
                notes="A formal letter from the proviseur (official address) asking for GDPR information about the "
                      "portal (DPO, hosting, retention): he neither asks nor authorises an account action, so not a "
                      "head-of-establishment request; other.")


@mail
def x17():
    t = when(2024, 9, 25, 10, 12)
    body = """Bonjour,

Pourriez-vous me donner le numéro de téléphone du service des achats du
Département ? J'ai besoin de leur poser une question sur la subvention
pour le transport des élèves de l'école.

Merci,
Gisèle Fabre
Secrétaire de mairie, Saint-Pierre-de-Trivisy
"""
    m = compose("roundcube", frm=("Gisele Fabre", "mairie.stpierredetrivisy@orange.fr"),
                subject="numéro de téléphone", date=t, body=body, seed="x17")
    return m, L("other", False, None, None,
                notes="A town hall asks us for another service's phone number (a subsidy question): misdirected, "
                      "other.")


@mail
def x18():
    t = when(2025, 4, 4, 8, 3)
    form = pdf_scan([
        "AUTORISATION DE SORTIE SCOLAIRE",
        "",
        "JE SOUSSIGNE(E) : MME KARINE BOUVIER",
        "RESPONSABLE LEGAL DE L'ELEVE : LEO BOUVIER, CLASSE DE 5E B",
        "AUTORISE MON ENFANT A PARTICIPER A LA SORTIE AU MUSEE",
        "DES CONFLUENCES (LYON) LE JEUDI 10 AVRIL 2025.",
        "",
        "FAIT A VIENNE, LE 3 AVRIL 2025",
        "SIGNATURE :",
    ], title="Scan", producer="HP Smart", date=_dt.datetime(2025, 4, 4, 7, 58))
    body = """

Envoyé de mon iPhone
"""
    m = compose("iphone", frm=("Karine Bouvier", "karine.bouvier38@icloud.com"),
                subject="Autorisation", date=t, body=body, seed="x18",
                atts=[attachment(form, "application/pdf", "Scan 4 avr. 2025.pdf")])
    return m, L("other", False, None, None, hard=True,
                notes="Empty body; the scanned PDF is a parent's school-trip permission form sent to the wrong address: "
                      "other.")

# --------------------------------------------------------------------------
# automated
# --------------------------------------------------------------------------

def desk_original(n, to, subject, t, text_body):
    """Headers + body of one of our own outgoing mails, as returned in bounces."""
    return (f"From: Assistance <{DESK}>\n"
            f"To: {to}\n"
            f"Subject: {enc(subject)}\n"
            f"Date: {fmt_date(t)}\n"
            f"Message-ID: {desk_msgid(n, t)}\n"
            f"Auto-Submitted: auto-replied\n"
            f"MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n").encode() + quopri.encodestring(text_body.encode())


def auto_mail(headers_extra, part, sender, t, seed, *, from_hdr, to=DESK_TO, subject, msgid,
              return_path=None, auth=None, irt=None):
    hdr = transport(sender, t, f"h14/{seed}", return_path=return_path, extra_hop=False, **(auth or {}))
    hdr.append(f"From: {from_hdr}")
    hdr.append(f"To: {to}")
    hdr.append("Subject: " + enc(subject))
    hdr.append(f"Date: {fmt_date(t)}")
    hdr.append(f"Message-ID: {msgid}")
    if irt:
        hdr.append(f"In-Reply-To: {irt}")
        hdr.append(f"References: {irt}")
    hdr += headers_extra
    return assemble(hdr, part, sender)


@mail
def z01():
    t0 = when(2024, 11, 5, 14, 20)
    t = when(2024, 11, 5, 14, 20, 9)
    host = "mx.mairie-cluses.fr"
    qid = "4Xk2Lq0bR7z9pTm"
    notif = f"""This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.vernier@mairie-cluses.fr>: host mailstore.mairie-cluses.fr[10.0.4.12] said:
    552 5.2.2 <d.vernier@mairie-cluses.fr>: Mailbox full (in reply to RCPT TO
    command)
"""
    status = f"""Reporting-MTA: dns; {host}
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {DESK}
Arrival-Date: {fmt_date(t0)}

Final-Recipient: rfc822; d.vernier@mairie-cluses.fr
Original-Recipient: rfc822;d.vernier@mairie-cluses.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; mailstore.mairie-cluses.fr
Diagnostic-Code: smtp; 552 5.2.2 <d.vernier@mairie-cluses.fr>: Mailbox full
"""
    orig = desk_original(6402, "d.vernier@mairie-cluses.fr",
                         f"{desk_ref(6402)} Lien d'activation Espace Acheteur", t0,
                         "Bonjour,\n\nLes messages de l'Espace Acheteur sont envoyés depuis une adresse no-reply : "
                         "vérifiez votre dossier de courrier indésirable.\n\nCordialement,\nL'équipe d'assistance\n")
    b = f"{qid}.1730812809/{host}"
    part = multi("report", [leaf('text/plain; charset="us-ascii"', notif.encode(), "7bit",
                                 extra=["Content-Description: Notification"]),
                            leaf("message/delivery-status", status.encode(), None,
                                 extra=["Content-Description: Delivery report"]),
                            leaf("message/rfc822", orig, None, extra=["Content-Description: Undelivered Message"])],
                 b, preamble="This is a MIME-encapsulated message.\n", params=" report-type=delivery-status;")
    m = auto_mail(["Auto-Submitted: auto-replied"], part, f"MAILER-DAEMON@{host}", t, "z01",
                  from_hdr=f"Mail Delivery System <MAILER-DAEMON@{host}>",
                  subject="Undelivered Mail Returned to Sender", msgid=f"<20241105132009.{qid}@{host}>",
                  return_path="", auth={"dkim": "none", "dmarc": "none", "helo": host})
    return m, L("automated", False, None, None, lang="en",
                notes="Postfix bounce (multipart/report, 5.2.2 mailbox full) of our reply to a town hall; null "
                      "Return-Path. The returned message talks of the Espace Acheteur, but the bounce itself is about "
                      "no product.")


@mail
def z02():
    t0 = when(2025, 2, 14, 9, 31)
    t = when(2025, 2, 14, 9, 31, 44)
    dom = "cd-vaucluse.fr"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Segoe UI">Votre message n'a pas pu être remis à <a href="mailto:marches.colleges@{dom}">marches.colleges@{dom}</a>.</font></b></p>
<p><font size="2" face="Tahoma">L'adresse e-mail que vous avez entrée est introuvable. Vérifiez l'adresse e-mail du destinataire et réessayez d'envoyer le message. Si le problème persiste, contactez votre service d'assistance.</font></p>
<p><font size="2" face="Tahoma">Serveur ayant généré la notification : PR2P264MB0871.FRAP264.PROD.OUTLOOK.COM</font></p>
<p><font size="2" face="Tahoma">Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p>
</body></html>
"""
    status = f"""Reporting-MTA: dns;PR2P264MB0871.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;{MX}
Arrival-Date: {fmt_date(t0)}

Final-Recipient: rfc822;marches.colleges@{dom}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    hdrs = (f"From: Assistance <{DESK}>\nTo: marches.colleges@{dom}\n"
            f"Subject: {enc(desk_ref(6231) + ' Documents du marché 2024-052')}\n"
            f"Date: {fmt_date(t0)}\nMessage-ID: {desk_msgid(6231, t0)}\n")
    part = multi("report", [multi("alternative", [text("Votre message n'a pas pu être remis à "
                                                       f"marches.colleges@{dom}.\n\nL'adresse e-mail que vous avez "
                                                       "entrée est introuvable.\n", charset="utf-8", cte="base64"),
                                                  text(html, "html", charset="utf-8", cte="base64")],
                                  f"_000_{h('z02a', 40, '0123456789ABCDEF')}_"),
                            leaf("message/delivery-status", status.encode(), "7bit"),
                            leaf("text/rfc822-headers", hdrs.encode(), "7bit")],
                 f"_001_{h('z02b', 40, '0123456789ABCDEF')}_", params=" report-type=delivery-status;")
    m = auto_mail(["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:",
                   "Content-Language: fr-FR", "X-MS-Has-Attach:"],
                  part, f"postmaster@{dom}", t, "z02",
                  from_hdr=f"Microsoft Outlook <postmaster@{dom}>", to=f"<{DESK}>",
                  subject=f"Non remis : {desk_ref(6231)} Documents du marché 2024-052",
                  msgid=f"<{huuid('z02m')}@PR2P264MB0871.FRAP264.PROD.OUTLOOK.COM>",
                  return_path="", auth={"dkim": "none", "dmarc": "none", "m365": True})
    return m, L("automated", False, None, None,
                notes="Exchange Online non-delivery report in French ('Non remis :'), multipart/report with "
                      "text/rfc822-headers; null Return-Path.")


@mail
def z03():
    t0 = when(2025, 4, 10, 16, 2)
    t = when(2025, 4, 10, 16, 2, 6)
    txt = """
** Address not found **

Your message wasn't delivered to cdi.lyceedesiles@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
"""
    status = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: {fmt_date(t0)}
X-Original-Message-ID: {desk_msgid(6555, t0)}

Final-Recipient: rfc822; cdi.lyceedesiles@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.102.27, the server for
 the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: {fmt_date(t)}
"""
    hdrs = (f"From: Assistance <{DESK}>\nTo: cdi.lyceedesiles@gmail.com\n"
            f"Subject: {enc(desk_ref(6555) + ' Votre demande')}\n"
            f"Date: {fmt_date(t0)}\nMessage-ID: {desk_msgid(6555, t0)}\n")
    part = multi("report", [multi("related", [text(txt, charset="UTF-8", cte="quoted-printable")],
                                  "000000000000" + h("z03r", 16)),
                            leaf("message/delivery-status", status.encode(), None),
                            leaf("text/rfc822-headers", hdrs.encode(), None)],
                 "000000000000" + h("z03b", 16), params=" report-type=delivery-status;")
    m = auto_mail(["Auto-Submitted: auto-replied"], part, "mailer-daemon@googlemail.com", t, "z03",
                  from_hdr="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=DESK,
                  subject="Delivery Status Notification (Failure)",
                  msgid="<" + h("z03m", 20) + ".mailer-daemon@googlemail.com>", return_path="",
                  auth={"helo": "mail-sor-f69.google.com"})
    return m, L("automated", False, None, None, lang="en",
                notes="Gmail 'Delivery Status Notification (Failure)' for one of our replies: multipart/report with "
                      "text/rfc822-headers only.")


@mail
def z04():
    t0 = when(2025, 2, 17, 10, 3)
    t = when(2025, 2, 17, 10, 3, 21)
    body = """Bonjour,

Je suis absente jusqu'au lundi 3 mars inclus et ne consulte pas ma messagerie.

Pour toute question urgente concernant le collège, merci de contacter le
secrétariat de direction au 03 22 45 18 70.

Cordialement,
Valérie Lefort
Principale adjointe
"""
    part = multi("alternative", [text(body, charset="iso-8859-1", cte="quoted-printable"),
                                 text(html_simple(body), "html", charset="iso-8859-1", cte="quoted-printable")],
                 f"_000_{h('z04b', 40, '0123456789ABCDEF')}_")
    sender = "valerie.lefort@ac-amiens.fr"
    m = auto_mail(["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                   "Thread-Topic: " + enc(f"{desk_ref(6140)} Votre demande d'accès", name="Thread-Topic"),
                   "Content-Language: fr-FR", "X-MS-Exchange-Inbox-Rules-Loop: " + sender],
                  part, sender, t, "z04",
                  from_hdr=addr("Valérie Lefort", sender),
                  subject=f"Réponse automatique : {desk_ref(6140)} Votre demande d'accès",
                  msgid=f"<{huuid('z04m')}@ac-amiens.fr>", irt=desk_msgid(6140, t0))
    return m, L("automated", False, None, None,
                notes="Exchange out-of-office of a deputy head (principale adjointe), Auto-Submitted and "
                      "X-Auto-Response-Suppress. Region from the ac-amiens.fr sender.")


@mail
def z05():
    u = uai("0141870")
    t0 = when(2024, 12, 23, 9, 40)
    t = when(2024, 12, 23, 9, 40, 12)
    body = f"""Bonjour,

Le secrétariat du collège est fermé pendant les vacances scolaires, du
samedi 21 décembre au lundi 6 janvier. Votre message sera traité à la
réouverture.

Pour les demandes concernant le mot de passe de l'ENT ou du portail du CDI,
merci de vous adresser directement à l'enseignant concerné à la rentrée.

Le secrétariat
Collège Guillaume de Normandie, Caen
"""
    sender = f"ce.{u}@ac-normandie.fr"
    m = auto_mail(["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk",
                   "X-Mailer: Zimbra 10.0.10_GA_4656"],
                  text(body, charset="utf-8", cte="8bit", ct_style="bare"), sender, t, "z05",
                  from_hdr=addr("College Guillaume de Normandie", sender),
                  subject=f"{desk_ref(6016)} Lien de réinitialisation", msgid=f"<{h('z05m', 9, '0123456789')}.{h('z05n', 6, '0123456789')}.{h('z05o', 13, '0123456789')}.JavaMail.zimbra@ac-normandie.fr>",
                  irt=desk_msgid(6016, t0))
    return m, L("automated", False, u, None,
                notes="Zimbra vacation reply of a school office (ce.<UAI> address): it mentions passwords and the CDI "
                      "portal, but Auto-Submitted: auto-replied (vacation) and Precedence: bulk. UAI from the address.")


@mail
def z06():
    t0 = when(2025, 3, 24, 15, 10)
    t = when(2025, 3, 25, 8, 22)
    sender = "patrick.royer@cd-marne.fr"
    human = f"""Votre message

À : Royer Patrick
Objet : {desk_ref(6689)} Accès aux documents du marché
Envoyé : lundi 24 mars 2025 15:10:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 25 mars 2025 08:22:04 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""
    mdn = f"""Reporting-UA: cd-marne.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;{sender}
Original-Message-ID: {desk_msgid(6689, t0)}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    part = multi("report", [text(human, charset="utf-8", cte="quoted-printable"),
                            leaf("message/disposition-notification", mdn.encode(), "7bit")],
                 f"----=_NextPart_000_{h('z06', 4, '0123456789ABCDEF')}_01DB9D58.{h('z06b', 8, '0123456789ABCDEF')}",
                 params=" report-type=disposition-notification;")
    m = auto_mail(["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr"], part, sender, t, "z06",
                  from_hdr=addr("Royer Patrick", sender),
                  subject=f"Lu : {desk_ref(6689)} Accès aux documents du marché",
                  msgid=f"<000001db9d58${h('z06c', 8)}${h('z06d', 8)}$@cd-marne.fr>")
    return m, L("automated", False, None, None,
                notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification, from a "
                      "département buyer.")


@mail
def z07():
    t = when(2025, 1, 30, 12, 48)
    body = """Bonjour à toutes et à tous,

Une question rapide : nous avons commandé Europresse il y a une semaine, la
commande est validée mais la ressource n'apparaît toujours pas sur notre
portail e-sidoc. Quelqu'un a-t-il eu le même souci ? Combien de temps
avez-vous attendu ?

Merci !
Odile Perrot
Professeure documentaliste, collège Roger Salengro, Dijon
"""
    sender = "odile.perrot@ac-dijon.fr"
    body_list = flow(body) + """
--
Liste de diffusion des professeurs documentalistes de l'académie de Dijon
Pour vous désabonner : https://listes.ac-dijon.fr/sympa/sigrequest/doc-dijon
"""
    hdr_extra = ["List-Id: <doc-dijon.listes.ac-dijon.fr>",
                 "List-Help: <mailto:sympa@listes.ac-dijon.fr?subject=help>",
                 "List-Subscribe: <mailto:sympa@listes.ac-dijon.fr?subject=subscribe%20doc-dijon>",
                 "List-Unsubscribe: <mailto:sympa@listes.ac-dijon.fr?subject=unsubscribe%20doc-dijon>",
                 "List-Post: <mailto:doc-dijon@listes.ac-dijon.fr>",
                 "List-Owner: <mailto:doc-dijon-request@listes.ac-dijon.fr>",
                 "Precedence: list",
                 "Sender: doc-dijon-request@listes.ac-dijon.fr",
                 "X-Loop: doc-dijon@listes.ac-dijon.fr",
                 "X-Sequence: 2214",
                 "User-Agent: Mozilla Thunderbird"]
    m = auto_mail(hdr_extra, text(body_list, charset="UTF-8", cte="8bit", ct_style="bare", flowed=True),
                  sender, t, "z07", from_hdr=addr("Odile Perrot", sender),
                  to="doc-dijon@listes.ac-dijon.fr", subject="[doc-dijon] Europresse pas encore visible ?",
                  msgid=f"<{huuid('z07m')}@ac-dijon.fr>",
                  return_path="doc-dijon-owner@listes.ac-dijon.fr",
                  auth={"dkim_dom": "ac-dijon.fr", "helo": "listes.ac-dijon.fr"})
    return m, L("automated", False, None, "esidoc", hard=True,
                notes="A librarian's real question (Europresse not yet visible, a week after ordering) posted to an "
                      "academic mailing list the desk receives (List-Id, Precedence: list, To: the list): not written "
                      "to us, never answered. Region from the ac-dijon.fr From address.")


@mail
def z08():
    t = when(2025, 3, 7, 6, 30)
    body = """Bonjour,

Un nouveau document a été déposé dans un marché que vous suivez :

Marché : 2025-014 - Équipements numériques pour les collèges
Document : Avenant n° 1 - révision des prix (PDF, 212 Ko)
Date de dépôt : 07/03/2025 06:29

Pour le consulter, connectez-vous à l'Espace Acheteur, rubrique « Mes Marchés ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
    part = multi("alternative", [text(body, charset="utf-8", cte="8bit"),
                                 text(html_simple(body), "html", charset="utf-8", cte="quoted-printable")],
                 "=_" + h("z08b", 32))
    m = auto_mail(["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"], part,
                  "no-reply@espace-acheteur.example.fr", t, "z08",
                  from_hdr="Espace Acheteur <no-reply@espace-acheteur.example.fr>",
                  subject="Nouveau document disponible - Marché 2025-014",
                  msgid=f"<notif.20250307.{h('z08m', 6)}@espace-acheteur.example.fr>",
                  return_path="bounces+8812@espace-acheteur.example.fr")
    return m, L("automated", False, None, "espace_acheteur",
                notes="No-reply Espace Acheteur notification (new document in a followed market) received by the desk; "
                      "Auto-Submitted: auto-generated.")


@mail
def z09():
    t = when(2024, 12, 12, 4, 15)
    body = """Bonjour,

Le statut de la facture suivante a changé :

Numéro de facture : AST-2024-0311
Fournisseur : Assistance et services numériques
Destinataire : LYCEE POLYVALENT (SIRET 193 500 118 00012)
Nouveau statut : MISE EN PAIEMENT
Date : 12/12/2024

Pour consulter le détail, connectez-vous à Chorus Pro.

Ceci est un message automatique, merci de ne pas y répondre.
"""
    m = auto_mail(["Auto-Submitted: auto-generated", "Precedence: bulk"],
                  text(body, charset="utf-8", cte="quoted-printable"),
                  "ne-pas-repondre@chorus-pro.gouv.fr", t, "z09",
                  from_hdr="Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>",
                  subject="Chorus Pro - Changement de statut de votre facture AST-2024-0311",
                  msgid=f"<{h('z09m', 24)}@chorus-pro.gouv.fr>")
    return m, L("automated", False, None, None,
                notes="Chorus Pro status notification (invoice put into payment) from a no-reply address: an invoice "
                      "topic, but automated. Chorus Pro is not one of the platforms.")


@mail
def z10():
    t = when(2025, 5, 26, 9, 0)
    body = """Bonjour,

Un document attend toujours votre signature :

« Convention d'adhésion au groupement de commandes 2025-2028 »
Envoyé par : Direction de la commande publique
Date limite : 30/05/2025

Signer le document : https://signature.example.fr/s/8f3KqL29xW

Vous recevez ce rappel car vous êtes signataire de ce document.
"""
    html = html_simple(body).replace("https://signature.example.fr/s/8f3KqL29xW",
                                     '<a href="https://signature.example.fr/s/8f3KqL29xW">Signer le document</a>')
    part = multi("alternative", [text(body, charset="utf-8", cte="quoted-printable"),
                                 text(html, "html", charset="utf-8", cte="quoted-printable")],
                 "----=_Part_" + h("z10b", 12, "0123456789") + "_" + h("z10c", 9, "0123456789"))
    m = auto_mail([], part, "notifications@signature.example.fr", t, "z10",
                  from_hdr="Signature électronique <notifications@signature.example.fr>".replace(
                      "Signature électronique", enc("Signature électronique", name="From")),
                  subject="Rappel : un document attend votre signature",
                  msgid=f"<{h('z10m', 20)}.{h('z10n', 8)}@signature.example.fr>",
                  return_path="bounce-" + h("z10r", 10) + "@signature.example.fr")
    return m, L("automated", False, None, "esignature", hard=True,
                notes="E-signature reminder for a convention: transactional mail without Auto-Submitted or Precedence; "
                      "the notifications@ sender and the wording show it is automatic.")


@mail
def z11():
    t = when(2025, 4, 18, 17, 5)
    body = """Bonjour,

Le ticket n° 48213 « Mise à jour du connecteur de transfert » a été marqué
comme résolu par l'équipe technique.

Sans retour de votre part sous 7 jours, il sera clôturé automatiquement.

Pour consulter le ticket : https://tickets.example.fr/ticket/48213

-- 
Portail de tickets - message automatique
"""
    m = auto_mail(["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                   "X-Ticket-ID: 48213"],
                  text(body, charset="utf-8", cte="quoted-printable"),
                  "noreply@tickets.example.fr", t, "z11",
                  from_hdr="Portail de tickets <noreply@tickets.example.fr>",
                  subject="[Ticket #48213] Résolu : Mise à jour du connecteur de transfert",
                  msgid=f"<ticket-48213-{h('z11m', 10)}@tickets.example.fr>")
    return m, L("automated", False, None, "ticket_portal",
                notes="Ticket-portal notification (a ticket the desk opened was resolved); Auto-Submitted: "
                      "auto-generated. Mentions a transfer connector but is not a transfer incident.")


@mail
def z12():
    t = when(2025, 3, 18, 15, 0, tz="utc")
    body = """Spring news from Brightwater Digital Library

* 120 new graded e-readers for A2-B1 learners
* New teacher dashboards: follow your students' reading time
* Webinar, 2 April: "Building a reading culture with e-books"

Read the full newsletter: https://brightwater-books.example.com/news/spring-2025

You are receiving this e-mail because you subscribed to Brightwater news.
Unsubscribe: https://brightwater-books.example.com/u?e=support%40assistance.example.fr
Brightwater Books Ltd, 14 Quay Street, Bristol BS1 4DB, UK
"""
    part = multi("alternative", [text(body, charset="utf-8", cte="quoted-printable"),
                                 text(html_simple(body), "html", charset="utf-8", cte="quoted-printable")],
                 "_----------=_MCPart_" + h("z12b", 10, "0123456789"))
    m = auto_mail(["List-Id: Brightwater news <brightwater.list-id.mcsv.net>",
                   "List-Unsubscribe: <https://brightwater-books.example.com/u?e=support%40assistance.example.fr>, "
                   "<mailto:unsubscribe@brightwater-books.example.com>",
                   "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                   "Precedence: bulk", "X-Campaign: spring-2025"],
                  part, "news@brightwater-books.example.com", t, "z12",
                  from_hdr="Brightwater Books <news@brightwater-books.example.com>",
                  subject="Spring news: 120 new graded e-readers",
                  msgid=f"<{h('z12m', 24)}@mail.brightwater-books.example.com>",
                  return_path="bounce-mc.us21_" + h("z12r", 8, "0123456789") + "@mail.brightwater-books.example.com")
    return m, L("automated", False, None, None, lang="en",
                notes="English publisher's marketing newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk.")


@mail
def z13():
    t0 = when(2025, 1, 13, 11, 0)
    t = when(2025, 1, 13, 11, 0, 18)
    body = """Bonjour,

Votre message a bien été reçu par le guichet numérique de la mairie de
Pessac. Il a été enregistré sous le numéro 2025-0187 et sera traité dans
un délai de 5 jours ouvrés.

Merci de ne pas répondre à ce message automatique.

Le guichet numérique - Ville de Pessac
"""
    m = auto_mail(["Auto-Submitted: auto-replied", "X-Loop: guichet@mairie-pessac.fr",
                   "X-Auto-Response-Suppress: All"],
                  text(body, charset="utf-8", cte="quoted-printable"),
                  "guichet@mairie-pessac.fr", t, "z13",
                  from_hdr="Guichet numérique Pessac <guichet@mairie-pessac.fr>".replace(
                      "Guichet numérique Pessac", enc("Guichet numérique Pessac", name="From")),
                  subject=f"Accusé de réception - {desk_ref(6077)} Votre demande",
                  msgid=f"<ack-2025-0187.{h('z13m', 8)}@mairie-pessac.fr>", irt=desk_msgid(6077, t0))
    return m, L("automated", False, None, None,
                notes="A town hall's help desk acknowledges a message the desk sent it (Auto-Submitted, X-Loop): "
                      "answering would start a mail loop.")


@mail
def z14():
    t0 = when(2024, 10, 4, 14, 12)
    t = when(2024, 10, 4, 14, 12, 30)
    body = """Cette adresse n'est plus relevée depuis le 1er septembre 2024.

Merci d'adresser désormais vos messages au secrétariat du lycée
(secretariat@lycee-monge-chambery.fr) ou au service de gestion
(gestion@lycee-monge-chambery.fr).

Ce message est envoyé automatiquement.
"""
    m = auto_mail(["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
                  text(body, charset="iso-8859-1", cte="quoted-printable"),
                  "contact@lycee-monge-chambery.fr", t, "z14",
                  from_hdr="contact@lycee-monge-chambery.fr",
                  subject=f"Re: {desk_ref(5566)} Votre demande de devis",
                  msgid=f"<{h('z14m', 16)}@lycee-monge-chambery.fr>", irt=desk_msgid(5566, t0))
    return m, L("automated", False, None, None,
                notes="'This address is no longer read' autoresponder of a lycée (Auto-Submitted, X-Autoreply, "
                      "Precedence: auto_reply); subject quotes a quote request but nothing is asked.")


@mail
def z15():
    t0 = when(2025, 4, 14, 9, 20)
    t = when(2025, 4, 14, 9, 20, 7)
    body = """Thank you for your e-mail. I am out of the office until 28 April
(Easter holidays) with no access to e-mail.

For urgent Erasmus+ matters please contact erasmus@gymnasium-am-rhein.de.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 28. April nicht im Haus.

Jonas Hartmann
Erasmus+ Coordinator, Gymnasium am Rhein, Köln
"""
    part = multi("alternative", [text(body, charset="utf-8", cte="base64"),
                                 text(html_simple(body), "html", charset="utf-8", cte="base64")],
                 f"_000_{h('z15b', 40, '0123456789ABCDEF')}_")
    m = auto_mail(["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                   "Content-Language: de-DE"],
                  part, "j.hartmann@gymnasium-am-rhein.de", t, "z15",
                  from_hdr="Jonas Hartmann <j.hartmann@gymnasium-am-rhein.de>",
                  subject="Automatische Antwort: Reading challenge - French partner schools",
                  msgid=f"<{huuid('z15m')}@gymnasium-am-rhein.de>", irt=f"<{huuid('z15i')}@assistance.example.fr>")
    return m, L("automated", False, None, None, lang="en",
                notes="Out-of-office of a German Erasmus+ partner, mostly in English with one German line; "
                      "Auto-Submitted and X-Auto-Response-Suppress.")


@mail
def z16():
    t0 = when(2025, 1, 28, 10, 45)
    t = when(2025, 1, 28, 10, 45, 31)
    body = """Bonjour,

Vous avez envoyé un message à gestion@lycee-jean-monnet-yzeure.fr.

Ce destinataire est protégé par Mailinblack. Pour que votre message lui soit
délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur le
lien ci-dessous, puis en recopiant les caractères affichés :

https://protect.mailinblack.com/auth/?id=7Fq2MZp9Lw

Votre message sera délivré dès votre authentification. Cette démarche ne
vous sera plus demandée pour ce destinataire.

Message en attente :
Objet : [#SUP-006317] Votre commande
Date : 28/01/2025 10:45

--
Mailinblack - Protection de la messagerie
"""
    part = multi("alternative", [text(body, charset="utf-8", cte="quoted-printable"),
                                 text(html_simple(body), "html", charset="utf-8", cte="quoted-printable")],
                 "----=_Part_" + h("z16b", 14, "0123456789"))
    m = auto_mail(["Auto-Submitted: auto-replied", "X-Mailinblack-Challenge: 1", "Precedence: bulk"],
                  part, "noreply@mailinblack.com", t, "z16",
                  from_hdr="Mailinblack <noreply@mailinblack.com>",
                  subject="Authentification requise pour votre message à gestion@lycee-jean-monnet-yzeure.fr",
                  msgid=f"<challenge.{h('z16m', 16)}@mailinblack.com>", irt=desk_msgid(6317, t0))
    return m, L("automated", False, None, None, hard=True,
                notes="A MailInBlack sender-authentication challenge sent to the desk after one of our replies: it names "
                      "MailInBlack but nobody wrote to us (Auto-Submitted: auto-replied, no-reply sender). automated, "
                      "not mailinblack_spam.")


@mail
def z17():
    t0 = when(2025, 6, 5, 11, 30)
    t = when(2025, 6, 5, 15, 31, 2)
    dom = "agglo-larochelle.fr"
    txt = f"""La remise n'est pas encore terminée

La remise du message aux destinataires suivants est retardée. Nous réessayerons
encore pendant 1 jour(s). Vous n'avez rien à faire pour le moment.

a.mathieu@{dom}

Serveur de messagerie : MRZP264MB2204.FRAP264.PROD.OUTLOOK.COM
"""
    status = f"""Reporting-MTA: dns;MRZP264MB2204.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;{MX}
Arrival-Date: {fmt_date(t0)}

Final-Recipient: rfc822;a.mathieu@{dom}
Action: delayed
Status: 4.4.7
Will-Retry-Until: {fmt_date(t0 + _dt.timedelta(days=1))}
X-Display-Name: Mathieu Aurélien
"""
    hdrs = (f"From: Assistance <{DESK}>\nTo: a.mathieu@{dom}\n"
            f"Subject: {enc(desk_ref(6912) + ' Bon de commande non validé')}\n"
            f"Date: {fmt_date(t0)}\nMessage-ID: {desk_msgid(6912, t0)}\n")
    part = multi("report", [text(txt, charset="utf-8", cte="base64"),
                            leaf("message/delivery-status", status.encode("utf-8"), "8bit"),
                            leaf("text/rfc822-headers", hdrs.encode(), "7bit")],
                 f"_002_{h('z17b', 40, '0123456789ABCDEF')}_", params=" report-type=delivery-status;")
    m = auto_mail(["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: fr-FR"],
                  part, f"postmaster@{dom}", t, "z17",
                  from_hdr=f"Microsoft Outlook <postmaster@{dom}>", to=f"<{DESK}>",
                  subject=f"Remise retardée : {desk_ref(6912)} Bon de commande non validé",
                  msgid=f"<{huuid('z17m')}@MRZP264MB2204.FRAP264.PROD.OUTLOOK.COM>",
                  return_path="", auth={"dkim": "none", "dmarc": "none", "m365": True})
    return m, L("automated", False, None, None,
                notes="Exchange delay notice in French ('Remise retardée', Action: delayed): not a failure, still "
                      "automatic. The subject names an order, but nothing is asked.")


@mail
def z18():
    t = when(2024, 11, 20, 14, 2)
    body = """Bonjour,

Un nouveau ticket a été créé et vous y êtes associé en tant qu'observateur.

Ticket n° 0048127
Titre : Suivi de votre demande - messages non reçus par un établissement
Statut : Nouveau
Entité : Rectorat > DSI > Centre de services

Vous pouvez suivre ce ticket depuis la plateforme d'assistance.

--
Message automatique de la plateforme d'assistance académique (GLPI)
"""
    m = auto_mail(["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: OOF, DR, RN, NRN, AutoReply",
                   "X-GLPI-Sender-ID: 48127", "Precedence: bulk"],
                  text(body, charset="utf-8", cte="quoted-printable"),
                  "assistance@ac-besancon.fr", t, "z18",
                  from_hdr="Plateforme d'assistance <assistance@ac-besancon.fr>".replace(
                      "Plateforme d'assistance", '"Plateforme d\'assistance"'),
                  subject="[GLPI #0048127] Nouveau ticket - Suivi de votre demande",
                  msgid=f"<GLPI-48127.{h('z18m', 10, '0123456789')}.{h('z18n', 6)}@ac-besancon.fr>")
    return m, L("automated", False, None, None,
                notes="GLPI notification from the rectorat's help-desk platform (Auto-Submitted, Precedence: bulk): "
                      "a ticket on which the desk is observer. Region from the ac-besancon.fr sender.")


@mail
def z19():
    t0 = when(2025, 3, 31, 10, 2)
    t = when(2025, 3, 31, 10, 2, 5)
    host = "mail.sivom-valdeloire.fr"
    body = f"""Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<compta@sivom-valdeloire.fr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <{DESK}>
Received: (qmail 21877 invoked from network); 31 Mar 2025 08:02:04 -0000
From: Assistance <{DESK}>
To: compta@sivom-valdeloire.fr
Subject: {desk_ref(6801)} Facture et engagement juridique
Date: {fmt_date(t0)}
Message-ID: {desk_msgid(6801, t0)}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring("""Bonjour,

Nous avons bien reçu votre demande concernant la facture. Un membre de
l'équipe vous répondra sous 48 heures.

Cordialement,
L'équipe d'assistance
""".encode()).decode("ascii")
    hdr = transport(f"MAILER-DAEMON@{host}", t, "h14/z19", return_path="", extra_hop=False,
                    dkim="none", dmarc="none", helo=host)
    hdr += [f"From: MAILER-DAEMON@{host}", f"To: {DESK}", "Subject: failure notice",
            f"Date: {fmt_date(t)}", f"Message-ID: <{h('z19m', 12, '0123456789')}.qmail@{host}>"]
    m = Msg(("\n".join(hdr) + "\n\n" + body).encode("ascii"), f"MAILER-DAEMON@{host}")
    return m, L("automated", False, None, None, hard=True, lang="en",
                notes="qmail 'failure notice' as plain text, no MIME at all, no Auto-Submitted: only the null "
                      "Return-Path, the MAILER-DAEMON sender and the wording show it is a bounce. The copy below "
                      "talks of an invoice.")


@mail
def z20():
    t = when(2025, 4, 22, 8, 1)
    body = """Bonjour,

Je suis en congés jusqu'au vendredi 2 mai inclus et ne consulte pas mes
messages.

Pour toute question relative aux bons de commande et à l'exécution des
marchés, vous pouvez contacter Mme Anne Chevalier :
anne.chevalier@auvergnerhonealpes.fr.

Bien cordialement,
Caroline Blanchard
Direction de la commande publique - Région Auvergne-Rhône-Alpes
"""
    m = compose("outlook", frm=("Caroline Blanchard", "caroline.blanchard@auvergnerhonealpes.fr"),
                subject="Absente jusqu'au 2 mai", date=t, body=body, seed="z20")
    return m, L("automated", False, None, None, hard=True,
                notes="Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; "
                      "only the wording shows it is automatic. Not an académie domain: no region.")


@mail
def z21():
    t = when(2025, 3, 12, 5, 0)
    body = """Vos alertes du 12/03/2025 : 3 nouveaux avis correspondent à vos critères
(« bibliothèque », « livres », « mobilier scolaire »).

1. Commune de Lamballe-Armor - Acquisition de livres pour la médiathèque
   (procédure adaptée) - date limite : 04/04/2025
2. Département du Gers - Mobilier scolaire pour les collèges (appel d'offres
   ouvert, 4 lots) - date limite : 15/04/2025
3. Ville de Roubaix - Fourniture de documents imprimés et audiovisuels
   pour le réseau des médiathèques (accord-cadre) - date limite : 10/04/2025

Consulter les avis : https://veille-marches.example.fr/alertes/3312

Vous recevez ce message car vous êtes abonné aux alertes de veille.
Se désabonner : https://veille-marches.example.fr/desabonnement?u=3312
"""
    m = auto_mail(["List-Id: Alertes veille marches <alertes.veille-marches.example.fr>",
                   "List-Unsubscribe: <https://veille-marches.example.fr/desabonnement?u=3312>",
                   "Precedence: bulk", "Auto-Submitted: auto-generated"],
                  text(body, charset="utf-8", cte="quoted-printable"),
                  "alertes@veille-marches.example.fr", t, "z21",
                  from_hdr="Veille Marchés <alertes@veille-marches.example.fr>".replace(
                      "Veille Marchés", enc("Veille Marchés", name="From")),
                  subject="Vos alertes du 12/03/2025 : 3 nouveaux avis",
                  msgid=f"<alerte-3312-20250312.{h('z21m', 8)}@veille-marches.example.fr>")
    return m, L("automated", False, None, None,
                notes="Public-tender alert digest (procurement vocabulary, médiathèques) with List-Id, List-Unsubscribe "
                      "and Precedence: bulk.")


# === END OF MAILS ===

def _text_of(raw):
    """All text/* parts of a message, decoded (for the sanity checks)."""
    import email
    from email import policy
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    out = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "utf-8"
            out.append(payload.decode(cs, "replace"))
    return "\n".join(out), msg


def build():
    import re
    order = list(range(len(MAILS)))
    random.Random(141414).shuffle(order)
    labels = []
    seen_ids = set()
    for i, idx in enumerate(order, 1):
        fn = MAILS[idx]
        msg, lab = fn()
        name = f"h{i:03d}.eml"
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(msg.raw)
        region = region_for(lab["uai"], msg.sender)
        if "region" in lab:
            assert lab["region"] == region, (fn.__name__, lab["region"], region)
        if lab["category"] not in AUTO_OK_CATS:
            assert lab["auto_reply_ok"] is False, fn.__name__
        # sanity checks on the written message
        txt, parsed = _text_of(msg.raw)
        mid = parsed["Message-ID"]
        assert mid not in seen_ids, (fn.__name__, mid)
        seen_ids.add(mid)
        if lab["uai"]:
            hay = (txt + str(parsed.get("To", "")) + str(parsed.get("Cc", ""))).upper()
            assert lab["uai"] in hay, (fn.__name__, "labelled UAI not in the text")
        for tok in set(re.findall(r"(?<![0-9A-Za-z])([0-9]{7}[A-Za-z])(?![0-9A-Za-z])", txt)):
            t8 = tok.upper()
            if t8[:3] in DEPT_REGION and not is_valid_uai(t8):
                assert t8 in lab["notes"] or "wrong check letter" in lab["notes"], (fn.__name__, tok)
        labels.append({"file": name, "category": lab["category"],
                       "auto_reply_ok": lab["auto_reply_ok"], "uai": lab["uai"],
                       "region": region, "platform": lab["platform"], "hard": lab["hard"],
                       "lang": lab["lang"], "notes": lab["notes"], "_fn": fn.__name__})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            lab = {k: v for k, v in lab.items() if k != "_fn"}
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    return labels


if __name__ == "__main__":
    import collections
    labs = build()
    c = collections.Counter(x["category"] for x in labs)
    print(len(labs), "mails")
    for k, v in sorted(c.items(), key=lambda kv: -kv[1]):
        print(f"  {k:32s} {v}")
    print("auto_reply_ok true:", sum(x["auto_reply_ok"] for x in labs))
    print("hard:", sum(x["hard"] for x in labs))
    print("lang:", dict(collections.Counter(x["lang"] for x in labs)))

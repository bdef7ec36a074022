#!/usr/bin/env python3
"""Build the hold-out test corpus: h001.eml ... h130.eml and labels.jsonl.

Written blind (without looking at the classifier's rules), as a second,
independent sample of support mail. The texts are written below (MESSAGES);
the first half of the script wraps them in realistic headers and MIME.

Deterministic: no clock, no random numbers. Every identifier (Message-ID,
queue id, IP address, date) comes from a SHA-256 of the message's key.

    python3 tests/corpus/holdout/make_holdout.py

Rewrites the corpus in this folder, then checks it and prints the counts;
exits 1 with PROBLEM: lines when a check fails.

The messages are synthetic and dedicated to the public domain (CC0 1.0).
IP addresses come from the RFC 5737 documentation ranges.
"""
from __future__ import annotations

import collections
import datetime as dt
import hashlib
import json
import re
import sys
import textwrap
from email import message_from_bytes
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32, default
from email.utils import formataddr, format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
DESK = "support@assistance.example.fr"

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
DEPT_REGION: dict[str, str] = {}
DOMAIN_REGION: dict[str, str] = {}
for _slug, (_depts, _domains) in REGIONS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _domains.split():
        DOMAIN_REGION[_dom] = _slug

AUTO_OK = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
           "subscription_activation", "account_creation"}
CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "head_of_establishment_request", "account_creation",
              "subscription_activation", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"]
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}


def check_letter(first7: str) -> str:
    return LETTERS[int(first7) % 23]


def valid_uai(code: str) -> bool:
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and code[7] == check_letter(code[:7])


def wrong_letter(first7: str) -> str:
    good = check_letter(first7)
    return LETTERS[(LETTERS.index(good) + 5) % 23]


def region_for(uai: str | None, sender: str) -> str | None:
    if uai:
        return DEPT_REGION[uai[:3]]
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


def h(key: str, salt: str = "") -> bytes:
    return hashlib.sha256((salt + "|" + key).encode()).digest()


def hint(key: str, salt: str = "") -> int:
    return int.from_bytes(h(key, salt)[:8], "big")


UAI_LIKE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def safe_token(key: str, salt: str, alphabet: str, n: int) -> str:
    """A hash-derived token that never looks like a UAI."""
    i = 0
    while True:
        v = hint(key, f"{salt}{i}")
        s = ""
        for _ in range(n):
            v, r = divmod(v, len(alphabet))
            s += alphabet[r]
            if v == 0:
                v = hint(key, f"{salt}{i}{len(s)}")
        if not re.search(r"\d{7}[A-Za-z]", s) and not re.search(r"\d{6}[A-Za-z]$", s) \
                and not re.match(r"[A-Za-z]", s[:0]):
            return s
        i += 1


def ip(key: str, salt: str) -> str:
    v = hint(key, salt)
    net = ["192.0.2", "198.51.100", "203.0.113"][v % 3]
    return f"{net}.{(v >> 8) % 250 + 2}"


# ---------------------------------------------------------------- dates

def tzinfo_for(d: dt.date) -> dt.timezone:
    summer = dt.date(2025, 3, 30) <= d < dt.date(2025, 10, 26)
    return dt.timezone(dt.timedelta(hours=2 if summer else 1))


def make_date(key: str, when: tuple | None, automated: bool) -> dt.datetime:
    if when:
        y, mo, d, hh, mi = when
        day = dt.date(y, mo, d)
        ss = hint(key, "s") % 60
    else:
        v = hint(key, "date")
        day = dt.date(2025, 1, 6) + dt.timedelta(days=v % 336)
        if day.month == 8:  # the desk is quiet in August
            day += dt.timedelta(days=31)
        if not automated and day.weekday() >= 5:
            day += dt.timedelta(days=7 - day.weekday())
        hh = 7 + (v >> 16) % 12
        mi = (v >> 24) % 60
        ss = (v >> 32) % 60
    return dt.datetime(day.year, day.month, day.day, hh, mi, ss, tzinfo=tzinfo_for(day))


# ---------------------------------------------------------------- headers

def enc_header(value: str, charset: str = "utf-8") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name: str | None, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def relay_host(domain: str, key: str) -> str:
    n = hint(key, "relay") % 9 + 1
    if domain.startswith("ac-"):
        return f"smtp{n}.{domain}"
    return {
        "gmail.com": f"mail-ed1-f{40 + n}.google.com",
        "orange.fr": f"smtp-{10 + n}.smtpout.orange.fr",
        "wanadoo.fr": f"smtp-{10 + n}.smtpout.orange.fr",
        "laposte.net": f"smtpout{n}.laposte.net",
        "free.fr": f"smtp{n}-g21.free.fr",
        "hotmail.fr": f"mail-db{n}eur03olkn2{n}.outbound.protection.outlook.com",
        "outlook.fr": f"mail-am{n}eur02olkn2{n}.outbound.protection.outlook.com",
        "yahoo.fr": f"sonic30{n}-21.consmr.mail.ir2.yahoo.com",
    }.get(domain, f"mail.{domain}")


def auth_results(domain: str, mode: str, key: str) -> str:
    if mode == "pass":
        return ("Authentication-Results: mx1.assistance.example.fr;\n"
                f"\tdkim=pass (2048-bit key) header.d={domain};\n"
                f"\tspf=pass smtp.mailfrom={domain};\n"
                f"\tdmarc=pass (p=none dis=none) header.from={domain}")
    if mode == "nodkim":
        return ("Authentication-Results: mx1.assistance.example.fr;\n"
                "\tdkim=none;\n"
                f"\tspf=pass smtp.mailfrom={domain};\n"
                f"\tdmarc=none header.from={domain}")
    if mode == "softfail":
        return ("Authentication-Results: mx1.assistance.example.fr;\n"
                "\tdkim=none;\n"
                f"\tspf=softfail smtp.mailfrom={domain};\n"
                f"\tdmarc=fail (p=none dis=none) header.from={domain}")
    if mode == "fail":
        return ("Authentication-Results: mx1.assistance.example.fr;\n"
                f"\tdkim=fail reason=\"signature verification failed\" header.d={domain};\n"
                f"\tspf=fail smtp.mailfrom={domain};\n"
                f"\tdmarc=fail (p=quarantine dis=none) header.from={domain}")
    if mode == "bounce":
        return ("Authentication-Results: mx1.assistance.example.fr;\n"
                "\tdkim=none;\n"
                f"\tspf=pass smtp.helo={domain};\n"
                "\tdmarc=none")
    raise ValueError(mode)


def client_bits(client: str, domain: str, key: str, date: dt.datetime) -> tuple[str, list[str]]:
    hx = "0123456789abcdef"
    if client == "thunderbird":
        u = [safe_token(key, "u1", hx, 8), safe_token(key, "u2", hx, 4), "4" + safe_token(key, "u3", hx, 3),
             "a" + safe_token(key, "u4", hx, 3), safe_token(key, "u5", hx, 12)]
        return f"<{'-'.join(u)}@{domain}>", ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"]
    if client == "thunderbird_en":
        u = [safe_token(key, "u1", hx, 8), safe_token(key, "u2", hx, 4), "4" + safe_token(key, "u3", hx, 3),
             "b" + safe_token(key, "u4", hx, 3), safe_token(key, "u5", hx, 12)]
        return f"<{'-'.join(u)}@{domain}>", ["User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"]
    if client == "outlook":
        a = "00" + safe_token(key, "o1", hx, 4) + "01db" + safe_token(key, "o2", hx, 4)
        b, c, d = (safe_token(key, s, hx, 8) for s in ("o3", "o4", "o5"))
        ti = safe_token(key, "ti", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 30)
        return (f"<{a}${b}${c}${d}@{domain}>",
                ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AQH{ti}==", "Content-Language: fr"])
    if client == "outlook365":
        t = safe_token(key, "p1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4)
        body = safe_token(key, "p2", "0123456789ABCDEF", 16)
        return (f"<PR{t}MB{hint(key, 'pn') % 9000 + 1000}{body}@PR{t}MB.eurprd04.prod.outlook.com>",
                ["Content-Language: fr-FR", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"])
    if client == "gmail":
        t = safe_token(key, "g", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-+", 40)
        return f"<CA{t}@mail.gmail.com>", []
    if client == "zimbra":
        n1 = hint(key, "z1") % 900000000 + 100000000
        n2 = hint(key, "z2") % 90000 + 10000
        ms = int(date.timestamp() * 1000)
        return (f"<{n1}.{n2}.{ms}.JavaMail.zimbra@{domain}>",
                ["X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF131 (Win)/9.0.0_GA_4583)",
                 f"Thread-Index: {safe_token(key, 'zt', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP', 28)}"])
    if client == "iphone":
        u = [safe_token(key, "i1", "ABCDEF", 8), safe_token(key, "i2", "ABCDEF", 4),
             safe_token(key, "i3", "ABCDEF", 4), safe_token(key, "i4", "ABCDEF", 4),
             safe_token(key, "i5", "ABCDEF", 12)]
        return f"<{'-'.join(u)}@{domain}>", ["X-Mailer: iPhone Mail (22E240)"]
    if client == "orange":
        return (f"<{hint(key, 'x1') % 900000000 + 100000000}.{hint(key, 'x2') % 900000 + 100000}."
                f"{int(date.timestamp() * 1000)}@wwinf{hint(key, 'x3') % 9 + 1}f{hint(key, 'x4') % 90 + 10}>",
                ["X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev67"])
    if client == "roundcube":
        return (f"<{safe_token(key, 'r', 'abcdef', 32)}@{domain}>",
                ["User-Agent: Roundcube Webmail/1.6.10"])
    if client == "apple":
        u = [safe_token(key, "a1", "ABCDEF", 8), safe_token(key, "a2", "ABCDEF", 4),
             safe_token(key, "a3", "ABCDEF", 4), safe_token(key, "a4", "ABCDEF", 4),
             safe_token(key, "a5", "ABCDEF", 12)]
        return f"<{'-'.join(u)}@{domain}>", ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    if client == "samsung":
        return (f"<{safe_token(key, 'sm', 'abcdefghijklmnopqrstuvwxyz', 24)}@email.android.com>",
                ["X-Mailer: Samsung Mail"])
    if client == "bare":  # servers, robots
        return f"<{safe_token(key, 'b', 'abcdefghijklmnopqrstuvwxyz', 20)}@{domain}>", []
    raise ValueError(client)


# ---------------------------------------------------------------- bodies

def fill(text: str, spec: dict) -> str:
    u = spec.get("code") or ""
    text = text.replace("{u}", u).replace("{ul}", u.lower())
    if spec.get("bad"):
        text = text.replace("{bad}", spec["bad"])
    return text


def body_text(spec: dict) -> str:
    text = textwrap.dedent(spec["body"]).strip("\n") + "\n"
    return fill(text, spec)


def html_from_text(text: str, outlook: bool) -> str:
    import html as _html
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [_html.escape(x, quote=False) for x in p.split("\n")]
        if outlook:
            out.append("<p class=\"MsoNormal\">" + "<br>\n".join(lines) + "<o:p></o:p></p>")
        else:
            out.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>")
    if outlook:
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
                "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n--></style>\n"
                "</head>\n<body lang=\"FR\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
                + "\n".join(out) + "\n</div>\n</body>\n</html>\n")
    return "<div dir=\"ltr\">\n" + "\n".join(out) + "\n</div>\n"


def mime_body(spec: dict, text: str):
    fmt = spec.get("fmt", "plain")
    if fmt in ("plain", "plain8", "plainqp", "plainb64", "flowed"):
        m = EmailMessage()
        cte = {"plain": None, "plain8": "8bit", "plainqp": "quoted-printable",
               "plainb64": "base64", "flowed": "8bit"}[fmt]
        try:
            text.encode("ascii")
            if cte in ("8bit", None):
                cte = "7bit"
        except UnicodeEncodeError:
            pass
        m.set_content(text, charset="utf-8", cte=cte)
        if fmt == "flowed":
            m.set_param("format", "flowed")
        return m
    if fmt == "latin1":
        m = EmailMessage()
        m.set_content(text, charset="iso-8859-1", cte="quoted-printable")
        return m
    if fmt in ("alt", "alt_outlook"):
        m = EmailMessage()
        m.set_content(text, charset="utf-8", cte="quoted-printable")
        m.add_alternative(spec.get("html") and fill(spec["html"], spec)
                          or html_from_text(text, fmt == "alt_outlook"),
                          subtype="html", charset="utf-8", cte="quoted-printable")
        if spec.get("client") == "gmail":
            m.set_boundary("000000000000" + safe_token(spec["key"], "bnd", "0123456789abcdef", 16))
        elif spec.get("client") in ("outlook", "outlook365"):
            m.set_boundary("_000_" + safe_token(spec["key"], "bnd", "0123456789ABCDEF", 24) + "_")
        else:
            m.set_boundary("=_" + safe_token(spec["key"], "bnd", "0123456789abcdef", 32))
        return m
    if fmt == "html":
        m = EmailMessage()
        m.set_content(spec.get("html") and fill(spec["html"], spec) or html_from_text(text, True),
                      subtype="html", charset="utf-8", cte="quoted-printable")
        return m
    raise ValueError(fmt)


def to_compat(part) -> Message:
    """An EmailMessage turned into a compat32 Message (to nest in MIMEMultipart)."""
    b = BytesIO()
    BytesGenerator(b, policy=default.clone(linesep="\n")).flatten(part)
    return message_from_bytes(b.getvalue(), policy=compat32)


def strip_inner_mime_version(msg) -> None:
    for i, part in enumerate(msg.walk()):
        if i and "MIME-Version" in part:
            del part["MIME-Version"]


def with_attachment(spec: dict, inner):
    name, data, mtype = spec["attach"]
    outer = MIMEMultipart("mixed")
    outer.set_boundary("----=_Part_" + safe_token(spec["key"], "mix", "0123456789", 6) + "_"
                       + safe_token(spec["key"], "mix2", "0123456789", 9))
    inner_c = inner
    if "MIME-Version" in inner_c:
        del inner_c["MIME-Version"]
    inner_c_bytes = BytesIO()
    BytesGenerator(inner_c_bytes, policy=default.clone(linesep="\n")).flatten(inner_c)
    outer.attach(message_from_bytes(inner_c_bytes.getvalue(), policy=compat32))
    maintype, subtype = mtype.split("/")
    part = MIMEApplication(data, _subtype=subtype)
    part.add_header("Content-Disposition", "attachment", filename=name)
    part.set_param("name", name)
    outer.attach(part)
    return outer


def tiny_pdf(title: str) -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({title}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# ---------------------------------------------------------------- reports

def original_reply(spec: dict, date: dt.datetime) -> EmailMessage:
    o = EmailMessage()
    o["From"] = "Assistance <support@assistance.example.fr>"
    o["To"] = spec["orig_to"]
    o["Subject"] = spec["orig_subject"]
    o["Date"] = format_datetime(date - dt.timedelta(seconds=25))
    o["Message-ID"] = f"<{spec['orig_ref']}.{int(date.timestamp()) - 25}@assistance.example.fr>"
    o["Auto-Submitted"] = "auto-replied"
    o.set_content(textwrap.dedent(spec["orig_body"]).strip("\n") + "\n", charset="utf-8",
                  cte="quoted-printable")
    return o


def report_body(spec: dict, text: str, date: dt.datetime):
    kind = spec["kind"]
    if kind == "dsn":
        rep = MIMEMultipart("report", report_type="delivery-status")
        rep.set_boundary(safe_token(spec["key"], "rb", "ABCDEFGHJKLMNPQRSTUVWXYZ", 14) + "."
                         + str(int(date.timestamp())) + "/" + spec["mta"])
        rep.preamble = "This is a MIME-encapsulated message.\n"
        note = MIMEText(text, "plain", "utf-8" if not text.isascii() else "us-ascii")
        note.add_header("Content-Description", "Notification")
        rep.attach(note)
        ds = Message()
        ds["Content-Description"] = "Delivery report"
        ds["Content-Type"] = "message/delivery-status"
        blocks = []
        for blk in spec["dsn"]:
            b = Message()
            for k, v in blk:
                b[k] = v
            blocks.append(b)
        ds.set_payload(blocks)
        rep.attach(ds)
        orig = original_reply(spec, date)
        if spec.get("headers_only"):
            hdrs = "".join(f"{k}: {v}\n" for k, v in orig.items())
            part = MIMEText(hdrs, "rfc822-headers", "us-ascii")
            del part["Content-Transfer-Encoding"]
            part["Content-Transfer-Encoding"] = "7bit"
            part.set_payload(hdrs)
            part.replace_header("Content-Type", "text/rfc822-headers")
            part.add_header("Content-Description", "Undelivered Message Headers")
        else:
            b = BytesIO()
            BytesGenerator(b, policy=default.clone(linesep="\n")).flatten(orig)
            part = MIMEMessage(message_from_bytes(b.getvalue(), policy=compat32))
            part.add_header("Content-Description", "Undelivered Message")
        rep.attach(part)
        return rep
    if kind == "mdn":
        rep = MIMEMultipart("report", report_type="disposition-notification")
        rep.set_boundary("------------" + safe_token(spec["key"], "mb", "0123456789ABCDEF", 24))
        rep.preamble = "This is a multi-part message in MIME format.\n"
        note = EmailMessage()
        note.set_content(text, charset="utf-8",
                         cte="7bit" if text.isascii() else "quoted-printable")
        rep.attach(to_compat(note))
        orig = original_reply(spec, date)
        dn = Message()
        dn["Content-Type"] = "message/disposition-notification"
        dn["Content-Transfer-Encoding"] = "7bit"
        dn.set_payload("".join(f"{k}: {orig['Message-ID'] if k == 'Original-Message-ID' else v}\n"
                               for k, v in spec["mdn"]))
        rep.attach(dn)
        hdrs = "".join(f"{k}: {v}\n" for k, v in orig.items() if k.lower() not in ("content-type", "content-transfer-encoding", "mime-version"))
        part = Message()
        part["Content-Type"] = "text/rfc822-headers"
        part["Content-Transfer-Encoding"] = "7bit"
        part.set_payload(hdrs)
        rep.attach(part)
        return rep
    raise ValueError(kind)


# ---------------------------------------------------------------- one message

def build(spec: dict) -> tuple[bytes, dt.datetime]:
    key = spec["key"]
    name, address = spec["sender"]
    address = fill(address, spec)
    domain = address.rsplit("@", 1)[1].lower()
    date = make_date(key, spec.get("when"), spec["cat"] == "automated")
    latin = spec.get("fmt") == "latin1"
    cs = "iso-8859-1" if latin else "utf-8"
    text = body_text(spec)
    if latin:
        text.encode("iso-8859-1")  # raises if the text cannot be written in Latin-1
    if spec.get("kind"):
        body = report_body(spec, text, date)
        body_policy = compat32
    else:
        body = mime_body(spec, text)
        body_policy = default
        if spec.get("attach"):
            body = with_attachment(spec, body)
            body_policy = compat32
    if "MIME-Version" in body:
        del body["MIME-Version"]
    strip_inner_mime_version(body)

    msgid, client_hdrs = client_bits(spec.get("client", "thunderbird"), domain, key, date)
    relay = spec.get("relay") or relay_host(domain, key)
    qid = safe_token(key, "qid", "BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz0123456789", 13)
    qid2 = safe_token(key, "qid2", "0123456789ABCDEF", 10)
    recv_date = date + dt.timedelta(seconds=hint(key, "d1") % 20 + 2)
    hop_date = date + dt.timedelta(seconds=1)

    lines = []
    rp = spec.get("return_path", address)
    lines.append(f"Return-Path: <{rp}>")
    lines.append(f"Delivered-To: {spec.get('delivered_to', DESK)}")
    lines.append(f"Received: from {relay} ({relay} [{ip(key, 'r1')}])\n"
                 f"\tby mx1.assistance.example.fr (Postfix) with ESMTPS id 4{qid}\n"
                 f"\tfor <{spec.get('delivered_to', DESK)}>; {format_datetime(recv_date)} ({'CEST' if recv_date.utcoffset().seconds == 7200 else 'CET'})")
    auth_dom = spec.get("auth_domain", domain)
    lines.append(auth_results(auth_dom, spec.get("auth", "pass"), key))
    if not spec.get("kind") and spec.get("client") not in ("bare",):
        lines.append(f"Received: from [192.168.{hint(key, 'lan') % 3}.{hint(key, 'lan2') % 200 + 20}] "
                     f"(unknown [{ip(key, 'r2')}])\n"
                     f"\tby {relay} with ESMTPSA id {qid2}\n"
                     f"\tfor <{DESK}>; {format_datetime(hop_date)}")
    for x in spec.get("pre", []):
        lines.append(fill(x, spec))
    lines.append(f"Message-ID: {spec.get('msgid', msgid)}")
    lines.append(f"Date: {format_datetime(date)}")
    lines.append("From: " + addr(name, address, cs))
    lines.append("To: " + spec.get("to", f"Assistance <{DESK}>"))
    if spec.get("cc"):
        lines.append("Cc: " + spec["cc"])
    if spec.get("reply_to"):
        lines.append("Reply-To: " + spec["reply_to"])
    lines.append("Subject: " + enc_header(fill(spec["subject"], spec), cs))
    for x in spec.get("extra", []):
        lines.append(fill(x, spec))
    lines.append("MIME-Version: 1.0")
    if spec.get("client_hdrs", True):
        lines.extend(client_hdrs)

    b = BytesIO()
    BytesGenerator(b, policy=body_policy.clone(linesep="\n"), mangle_from_=False).flatten(body)
    raw = ("\n".join(lines) + "\n").encode("ascii") + b.getvalue()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw, date


# ---------------------------------------------------------------- checks

def all_text(msg) -> str:
    parts = []
    for k, v in msg.items():
        parts.append(f"{k}: {v}")
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype.startswith("text/"):
            try:
                parts.append(part.get_content())
            except Exception:
                parts.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        elif ctype.startswith("message/"):
            payload = part.get_payload()
            if isinstance(payload, list):
                for sub in payload:
                    parts.append(sub.as_string())
            else:
                parts.append(str(payload))
    return "\n".join(parts)


def defects_of(msg) -> list:
    found = []
    for part in msg.walk():
        found.extend(part.defects)
        for k, v in part.items():
            found.extend(getattr(v, "defects", ()))
    return found


def main() -> int:
    problems = []
    keys = [m["key"] for m in MESSAGES]
    if len(set(keys)) != len(keys):
        problems.append("duplicate keys")

    built = []
    for spec in MESSAGES:
        if spec.get("u"):
            spec["code"] = spec["u"] + check_letter(spec["u"])
        if spec.get("badu"):
            spec["bad"] = spec["badu"] + wrong_letter(spec["badu"])
        try:
            raw, date = build(spec)
        except Exception as exc:  # pragma: no cover - reported below
            problems.append(f"{spec['key']}: cannot build: {exc!r}")
            continue
        built.append((date, spec["key"], spec, raw))
    built.sort(key=lambda t: (t[0], t[1]))

    for old in HERE.glob("h*.eml"):
        old.unlink()
    labels = []
    msgids = collections.Counter()
    for i, (date, key, spec, raw) in enumerate(built, 1):
        fname = f"h{i:03d}.eml"
        (HERE / fname).write_bytes(raw)
        sender = fill(spec["sender"][1], spec)
        uai = spec.get("code") if spec.get("uai_label", True) else None
        label = {
            "file": fname,
            "category": spec["cat"],
            "auto_reply_ok": bool(spec.get("ok", False)),
            "uai": uai,
            "region": region_for(uai, sender),
            "platform": spec.get("plat"),
            "hard": bool(spec.get("hard", False)),
            "lang": spec.get("lang", "fr"),
            "notes": spec["notes"],
        }
        labels.append(label)

        # ---- checks on the written bytes
        if b"\n" in raw.replace(b"\r\n", b""):
            problems.append(f"{fname}: bare LF")
        if b"\r" in raw.replace(b"\r\n", b""):
            problems.append(f"{fname}: bare CR")
        msg = message_from_bytes(raw, policy=default)
        d = defects_of(msg)
        if d:
            problems.append(f"{fname} ({key}): defects {d}")
        msgids[msg["Message-ID"]] += 1
        text = all_text(msg)
        found = {c.upper() for c in UAI_LIKE.findall(text)}
        valid = {c for c in found if valid_uai(c)}
        invalid = found - valid
        if uai:
            if not valid_uai(uai):
                problems.append(f"{fname}: labelled UAI {uai} invalid")
            if uai not in valid:
                problems.append(f"{fname}: labelled UAI {uai} not found in the message")
        if valid - ({uai} if uai else set()):
            problems.append(f"{fname} ({key}): unlabelled valid UAI {sorted(valid - {uai})}")
        declared_bad = {spec["bad"]} if spec.get("bad") else set()
        if invalid != declared_bad:
            problems.append(f"{fname} ({key}): invalid codes {sorted(invalid)} vs declared {sorted(declared_bad)}")
        if label["auto_reply_ok"] and label["category"] not in AUTO_OK:
            problems.append(f"{fname}: auto_reply_ok on {label['category']}")
        if label["category"] not in CATEGORIES:
            problems.append(f"{fname}: unknown category {label['category']}")
        if label["platform"] not in PLATFORMS:
            problems.append(f"{fname}: unknown platform {label['platform']}")
        if spec.get("lang", "fr") not in ("fr", "en"):
            problems.append(f"{fname}: lang")
        if b"/work/" in raw or b"/home/" in raw:
            problems.append(f"{fname}: local path in message")
        if not str(date.year) == "2025":
            problems.append(f"{fname}: date not in 2025")
    for mid, n in msgids.items():
        if n > 1:
            problems.append(f"Message-ID used {n} times: {mid}")

    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for label in labels:
            fh.write(json.dumps(label, ensure_ascii=False) + "\n")

    # ---- counts
    cats = collections.Counter(l["category"] for l in labels)
    oks = collections.Counter(l["category"] for l in labels if l["auto_reply_ok"])
    hards = collections.Counter(l["category"] for l in labels if l["hard"])
    print(f"{'category':32} {'n':>4} {'ok':>4} {'hard':>5}")
    for c in CATEGORIES:
        print(f"{c:32} {cats[c]:4d} {oks[c]:4d} {hards[c]:5d}")
    print(f"{'total':32} {len(labels):4d} {sum(oks.values()):4d} {sum(hards.values()):5d}")
    print("lang:", dict(collections.Counter(l["lang"] for l in labels)))
    print("platform:", dict(collections.Counter(str(l["platform"]) for l in labels)))
    print("regions:", len({l["region"] for l in labels if l["region"]}), "distinct;",
          sum(1 for l in labels if l["region"] is None), "null")
    people = [l for l in labels if l["category"] != "automated"]
    print("people messages with a UAI:", sum(1 for l in people if l["uai"]), "/", len(people))
    ctypes = collections.Counter()
    for _, _, _, raw in built:
        ctypes[message_from_bytes(raw, policy=default).get_content_type()] += 1
    print("top-level types:", dict(ctypes))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0



# ================================================================ the texts
#
# One dict per message. Keys: key (stable id), cat, ok (auto_reply_ok), u (the
# first 7 digits of the UAI; the check letter is computed), badu (7 digits
# written with a wrong check letter, {bad} in the text), uai_label (False when
# the code must not be labelled), plat, hard, lang, notes, sender (name,
# address), subject, body, fmt, client, auth, when (y, m, d, h, min), extra
# (header lines), kind (dsn / mdn) ... {u} / {ul} in texts is the UAI.

MESSAGES: list[dict] = []


def M(key, cat, sender, subject, body, **kw):
    MESSAGES.append(dict(key=key, cat=cat, sender=sender, subject=subject, body=body, **kw))

# ---------------------------------------------------------------- password_reset (20)

M("pw-quimper-lycee", "password_reset", ("Gaëlle Prigent", "gaelle.prigent@ac-rennes.fr"),
  "Accès administration e-sidoc bloqué",
  """
  Bonjour,

  Depuis ce matin je ne peux plus entrer dans l'interface d'administration
  de notre portail e-sidoc : après trois essais le site m'indique que le
  compte est verrouillé. Je pensais avoir le bon mot de passe mais
  visiblement non.

  Notre établissement : lycée Chaptal, Quimper, UAI {u}.

  Pouvez-vous me dire comment retrouver l'accès ?

  Merci d'avance,
  Gaëlle Prigent
  Professeure documentaliste
  """, u="0290563", ok=True, plat="esidoc", client="zimbra", fmt="plain8",
  notes="Locked out of the e-sidoc back office after three wrong passwords; UAI in the body, one clear request.")

M("pw-lille-mdp", "password_reset", ("Thierry Vanhoutte", "thierry.vanhoutte@ac-lille.fr"),
  "mdp esidoc perdu RNE {u}",
  """
  bonjour
  j ai perdu le mdp du compte admin esidoc du cdi, pouvez vous me renvoyer un lien svp
  merci
  T. Vanhoutte
  clg Jules Ferry Tourcoing
  """, u="0595028", ok=True, plat="esidoc", client="iphone",
  notes="Hurried, no accents, 'mdp'; UAI written as RNE in the subject only.")

M("pw-gestionnaire-nouvelle", "password_reset", ("Nadia Benali", "nadia.benali@ac-lyon.fr"),
  "Identifiants Espace Acheteur - prise de poste",
  """
  Madame, Monsieur,

  J'ai pris mes fonctions de gestionnaire au collège Victor Grignard le
  3 mars. Mon prédécesseur a quitté l'établissement sans me transmettre le
  mot de passe du compte de l'établissement sur l'Espace Acheteur, et je
  ne le connais donc pas.

  Je vous serais reconnaissante de bien vouloir m'indiquer la procédure
  pour réinitialiser ce mot de passe.

  Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
  distinguées.

  Nadia Benali
  Gestionnaire - Collège Victor Grignard
  69008 Lyon
  UAI : {u}
  """, u="0691873", ok=True, plat="espace_acheteur", fmt="alt_outlook", client="outlook",
  when=(2025, 3, 5, 9, 12),
  notes="New bursar who never received the establishment's Espace Acheteur password ('je ne le connais pas'); formal, UAI in the signature.")

M("pw-en-strasbourg", "password_reset", ("Sarah Whitfield", "sarah.whitfield@ac-strasbourg.fr"),
  "Password reset link expired",
  """
  Hello,

  I teach in the British section of the Lycée international des Pontonniers
  and I also look after the section's library pages on e-sidoc.

  I asked for a new password yesterday, but by the time I opened the email
  this morning the link said it had expired. Could you send me a fresh one,
  or tell me how long the link stays valid?

  School code (UAI): {u}

  Many thanks,
  Sarah Whitfield
  """, u="0671925", ok=True, plat="esidoc", lang="en", client="thunderbird_en",
  notes="English; expired reset link for e-sidoc, UAI given. A plain reset request.")

M("pw-ecoledirecte-expire", "password_reset", ("Sébastien Rouquette", "sebastien.rouquette@ac-toulouse.fr"),
  "EcoleDirecte : mot de passe administrateur expiré",
  """
  Bonjour,

  Le mot de passe du compte administrateur EcoleDirecte de notre collège a
  expiré pendant les vacances et le changement proposé à la connexion
  échoue systématiquement (« identifiant ou mot de passe incorrect »).

  Collège Jean Jaurès, Colomiers

  Merci de m'indiquer comment le réinitialiser.

  S. Rouquette, CPE
  """, ok=True, plat="ecoledirecte", client="zimbra",
  notes="Expired EcoleDirecte administrator password (not the maintenance password, not a transfer); single request.")

M("pw-caps-creteil", "password_reset", ("Secrétariat Collège Paul Éluard", "ce.{u}@ac-creteil.fr"),
  "URGENT MOT DE PASSE ESPACE ACHETEUR",
  """
  BONJOUR,

  NOUS N'ARRIVONS PLUS A NOUS CONNECTER A L'ESPACE ACHETEUR, LE MOT DE PASSE
  A ETE OUBLIE SUITE AU DEPART DE LA GESTIONNAIRE. NOUS DEVONS PASSER UNE
  COMMANDE AVANT VENDREDI.

  MERCI DE NOUS AIDER RAPIDEMENT.

  LE SECRETARIAT
  """, u="0932456", ok=True, plat="espace_acheteur", client="zimbra",
  notes="All capitals, urgent; the UAI is only in the ce.<UAI>@ac-creteil.fr sender. The order deadline is context, the request is the forgotten password.")

M("pw-identifiant-free", "password_reset", ("Fabienne Lacroix", "fab.lacroix@free.fr"),
  "identifiant oublié portail documentaire",
  """
  Bonsoir,

  Je ne retrouve plus l'identifiant qui me permet de me connecter au
  portail e-sidoc du collège (partie gestion). Est-ce que c'est le numéro
  de l'établissement ou une adresse mail ? J'ai essayé les deux sans
  succès.

  Collège Les Tilleuls, Saint-Médard-en-Jalles

  Bonne soirée
  Fabienne Lacroix
  """, ok=True, plat="esidoc", client="roundcube",
  notes="Forgotten identifier (not password) for e-sidoc management; free.fr sender and no UAI, so no region.")

M("pw-send-to-gmail", "password_reset", ("Damien Kerjean", "damien.kerjean@ac-rennes.fr"),
  "Nouveau mot de passe e-sidoc à envoyer sur mon adresse perso",
  """
  Bonjour,

  J'ai oublié le mot de passe administrateur e-sidoc de notre CDI (collège
  Anne de Bretagne, {u}).

  Problème : je n'arrive plus à ouvrir ma messagerie académique depuis chez
  moi, donc est-ce que vous pourriez envoyer le nouveau mot de passe
  directement sur mon adresse personnelle damien.kerjean56@gmail.com ?
  Ce serait beaucoup plus simple pour moi.

  Merci !
  Damien
  """, u="0560214", ok=False, hard=True, plat="esidoc", client="thunderbird",
  notes="A clear reset, but he wants the password sent to a personal gmail address that is not on file: auto_reply_ok false.")

M("pw-wrong-letter", "password_reset", ("Hélène Marchetti", "helene.marchetti@ac-nice.fr"),
  "Mot de passe oublié - UAI {bad}",
  """
  Bonjour,

  J'ai oublié mon mot de passe pour l'administration d'e-sidoc.
  Notre numéro d'établissement est le {bad}.

  Pouvez-vous me renvoyer un accès ?

  Cordialement,
  Hélène Marchetti
  Documentaliste, collège Les Bréguières
  """, badu="0061432", ok=False, hard=True, plat="esidoc", client="zimbra",
  notes="The code written has a wrong check letter (not a UAI: uai null, region from ac-nice.fr); a person must find the establishment before any reset.")

M("pw-not-maintenance", "password_reset", ("Olivier Tessier", "olivier.tessier@ac-orleans-tours.fr"),
  "Compte admin EcoleDirecte",
  """
  Bonjour,

  Je précise tout de suite : ce n'est pas le mot de passe de maintenance du
  jour que je cherche, et nous n'avons aucun problème de transfert.

  C'est le mot de passe du compte administrateur de l'établissement sur
  EcoleDirecte : la personne qui le connaissait a été mutée et personne
  ici ne le connaît. Comment le réinitialiser ?

  Lycée Benjamin Franklin, Orléans
  RNE {u}

  Olivier Tessier
  Directeur délégué aux formations
  """, u="0451208", ok=True, hard=True, plat="ecoledirecte", client="thunderbird",
  notes="Negations: not the maintenance password, no transfer problem; the request is the EcoleDirecte administrator password nobody knows.")

M("pw-plus-devis", "password_reset", ("Marion Thévenet", "marion.thevenet@ac-dijon.fr"),
  "Mot de passe + demande de devis",
  """
  Bonjour,

  Deux choses :

  1) je n'arrive plus à me connecter à l'Espace Acheteur, mon mot de passe
  n'est plus accepté depuis la mise à jour ;

  2) une fois connectée, je voudrais obtenir un devis pour 28 licences de
  l'offre numérique « lecture » pour nos classes de 6e. Faut-il passer par
  le panier ou vous écrire ?

  Collège Gaston Roupnel, Dijon - UAI {u}

  Merci,
  Marion Thévenet, gestionnaire
  """, u="0211876", ok=False, hard=True, plat="espace_acheteur", fmt="alt", client="zimbra",
  notes="Two topics: a password that no longer works (first, main) and a quote request; a templated reply would miss the second, so not auto.")

M("pw-en-locked", "password_reset", ("James Okafor", "j.okafor@ac-versailles.fr"),
  "Account locked - Espace Acheteur",
  """
  Good morning,

  I am the bursar's assistant at the Lycée international de Saint-Germain-en-Laye.
  Our Espace Acheteur account was locked after several failed
  login attempts this morning.

  Could you please unlock it or send a password reset link to the
  address on file?

  Kind regards,
  James Okafor
  """, ok=True, plat="espace_acheteur", lang="en", client="outlook365", fmt="alt_outlook",
  notes="English; locked account after failed attempts, asks for the reset link to the address on file.")

M("pw-latin1-laposte", "password_reset", ("Jocelyne Payet", "jocelyne.payet@laposte.net"),
  "Compte verrouillé sur e-sidoc",
  """
  Bonjour,

  Je suis aide-documentaliste au collège Bourbon à Saint-Denis.
  Le compte de gestion e-sidoc est verrouillé depuis que j'ai tapé un
  mauvais mot de passe plusieurs fois.

  RNE du collège : {u}

  Merci de me dire comment le débloquer.
  Jocelyne Payet
  """, u="9741376", ok=True, plat="esidoc", fmt="latin1", client="orange",
  notes="ISO-8859-1 quoted-printable; locked e-sidoc management account, RNE given (La Réunion).")

M("pw-html-only-outlook", "password_reset", ("Christophe Lemaire", "christophe.lemaire@ac-amiens.fr"),
  "Réinitialisation du mot de passe",
  """
  Bonjour,

  Pourriez-vous réinitialiser le mot de passe de notre compte sur l'Espace
  Acheteur ? Je ne m'en souviens plus et le lien « mot de passe oublié »
  me renvoie sur une page blanche.

  Bien cordialement,

  Christophe Lemaire
  Adjoint gestionnaire
  Lycée Louis Thuillier - Amiens
  UAI {u}
  Tél. 03 22 00 00 00
  """, u="0801472", ok=True, plat="espace_acheteur", fmt="html", client="outlook",
  notes="HTML-only Outlook body; forgotten Espace Acheteur password, UAI in the signature.")

M("pw-sms-url", "password_reset", ("Coralie", "coralie.hoarau@orange.fr"),
  "mdp",
  """
  slt, g oublié mon mdp pr le portail du cdi https://{ul}.esidoc.example.fr/ ,
  tu peux me renvoyer un lien stp ? merci bcp
  coralie

  Envoyé depuis mon Galaxy
  """, u="0382417", ok=True, plat="esidoc", client="samsung",
  notes="SMS style ('mdp', 'stp'); the UAI appears only inside the lower-case portal URL (Isère).")

M("pw-ticket-portal", "password_reset", ("Vincent Royer", "vincent.royer@ac-poitiers.fr"),
  "Connexion au portail d'assistance",
  """
  Bonjour,

  Je voudrais suivre les demandes que j'ai faites auprès de vous, mais je
  ne peux plus me connecter au portail des tickets : mot de passe oublié,
  et je ne trouve pas de lien pour le récupérer sur la page de connexion.

  Merci de votre aide,
  Vincent Royer
  Lycée Camille Guérin, Poitiers
  """, ok=True, plat="ticket_portal", client="thunderbird",
  notes="Forgotten password of the support ticket portal itself; no UAI, region from ac-poitiers.fr.")

M("pw-rambling-link", "password_reset", ("Agnès Fontaine-Leroy", "agnes.fontaine-leroy@ac-normandie.fr"),
  "lien de réinitialisation expiré (encore)",
  """
  Bonjour,

  Je me permets de vous écrire parce que je tourne en rond depuis lundi. J'ai cliqué sur « mot de passe oublié » sur la page d'administration d'e-sidoc, j'ai bien reçu le message avec le lien, mais j'étais en plein cours avec une classe de seconde et je n'ai pu l'ouvrir que le soir, et là le site m'a dit que le lien n'était plus valable. J'ai recommencé le lendemain, même chose parce qu'entre-temps j'ai dû accueillir une classe au CDI et ensuite il y avait le conseil pédagogique, bref je n'ai pas eu une minute.

  Est-ce qu'il est possible d'avoir un lien qui dure un peu plus longtemps, ou sinon que vous réinitialisiez le mot de passe vous-mêmes ? Je suis vraiment bloquée pour préparer l'exposition sur la semaine de la presse.

  Notre UAI : {u} (lycée Jean Rostand, Caen).

  Merci beaucoup et désolée pour ce long message,
  Agnès Fontaine-Leroy
  """, u="0141376", ok=True, plat="esidoc", fmt="plainqp", client="zimbra",
  notes="Long, rambling paragraphs (long lines, quoted-printable); the reset link expired before she could use it. Single topic.")

M("pw-followup-invalid-link", "password_reset", ("Bruno Castagnet", "bruno.castagnet@ac-bordeaux.fr"),
  "Re: mot de passe e-sidoc - 2e demande",
  """
  Bonjour,

  Je reviens vers vous : vous m'avez répondu mardi avec un lien de
  réinitialisation, mais ce lien m'affiche « jeton invalide » à chaque
  fois. J'ai essayé avec Firefox et avec Edge.

  Toujours impossible d'entrer dans l'administration d'e-sidoc du lycée
  (UAI {u}). Pouvez-vous regarder ce qui se passe ?

  Bruno Castagnet
  """, u="0640318", ok=False, plat="esidoc", client="thunderbird",
  extra=["In-Reply-To: <SUP-011842.1741683000.4be1@assistance.example.fr>"],
  notes="Follow-up after a reset answer was already sent (link says invalid token): still password_reset, but a person must look, not another template.")

M("pw-en-retired-librarian", "password_reset", ("Emma Lindqvist", "emma.lindqvist@gmail.com"),
  "Library portal admin password",
  """
  Hi,

  I've just started as the librarian at the Lycée français international
  (we use the French system, our code is {u}). The previous librarian
  retired in June and nobody knows the password for the admin side of the
  e-sidoc portal.

  What is the procedure to get it reset?

  Thanks a lot,
  Emma Lindqvist
  """, u="0130452", ok=True, plat="esidoc", lang="en", client="gmail", fmt="alt", when=(2025, 9, 15, 13, 48),
  notes="English, gmail sender; nobody knows the e-sidoc admin password after a retirement. Reset procedure (to the address on file / official address) applies.")

M("pw-esignature", "password_reset", ("Laetitia Mondésir", "laetitia.mondesir@ac-martinique.fr"),
  "Signature électronique : impossible de me connecter",
  """
  Bonjour,

  Je dois signer électroniquement un document pour le lycée, mais je ne
  peux pas me connecter à la plateforme de signature électronique : j'ai
  oublié mon mot de passe. Comment le réinitialiser ?

  Lycée Schoelcher, Fort-de-France - {u}

  Merci,
  Laetitia Mondésir
  Secrétaire de direction
  """, u="9720513", ok=True, plat="esignature", client="zimbra",
  notes="Forgotten password of the e-signature platform; the document to sign is only context.")

# ---------------------------------------------------------------- missing_noreply_mail (14)

M("nr-reads-like-password", "missing_noreply_mail", ("Isabelle Caron", "isabelle.caron@ac-reims.fr"),
  "Mot de passe oublié... mais rien ne vient",
  """
  Bonjour,

  J'ai cliqué trois fois sur « Mot de passe oublié » sur la page de
  connexion d'e-sidoc, le site me confirme à chaque fois qu'un courriel a
  été envoyé, mais je ne reçois strictement rien, ni dans la boîte de
  réception ni dans les indésirables.

  Lycée Roosevelt, Reims, UAI {u}

  Isabelle Caron
  """, u="0510347", ok=True, hard=True, plat="esidoc", client="zimbra",
  notes="Starts like a password request, but the problem is that the no-reply reset mail never arrives (checked junk). No anti-spam product named.")

M("nr-notifications-commandes", "missing_noreply_mail", ("Patrick Giraud", "patrick.giraud@ac-grenoble.fr"),
  "Plus de notifications de l'Espace Acheteur",
  """
  Bonjour,

  Depuis une dizaine de jours nous ne recevons plus les courriels
  automatiques de l'Espace Acheteur (confirmation de commande, changement
  de statut). Avant, ils arrivaient de l'adresse no-reply sans problème.

  Collège Le Grésivaudan, Crolles

  Pouvez-vous vérifier de votre côté ?
  Patrick Giraud, gestionnaire
  """, ok=True, plat="espace_acheteur", client="zimbra",
  notes="Automatic order notifications from the no-reply address stopped arriving; nothing about an anti-spam product.")

M("nr-activation-jamais", "missing_noreply_mail", ("Céline Arnaud", "celine.arnaud@ac-montpellier.fr"),
  "Lien d'activation non reçu",
  """
  Bonjour,

  J'ai créé hier mon accès à e-sidoc pour le CDI du collège Les Garrigues
  mais le courriel d'activation n'est jamais arrivé. J'ai regardé dans le
  dossier spam, rien.

  Cordialement,
  Céline Arnaud
  Professeure documentaliste
  """, ok=True, plat="esidoc", client="thunderbird",
  notes="Activation mail never arrived (junk checked). No UAI; region from ac-montpellier.fr.")

M("nr-en-confirmation", "missing_noreply_mail", ("Daniel Brooks", "daniel.brooks@hotmail.fr"),
  "No confirmation email",
  """
  Hello,

  I registered on the Espace Acheteur this afternoon for the Lycée
  Montaigne (UAI {u}) but the confirmation email never came through.
  Not in spam either. Is there a way to resend it?

  Best,
  Daniel
  """, u="0754120", ok=True, plat="espace_acheteur", lang="en", client="outlook365",
  notes="English; registration confirmation mail never received. Single topic.")

M("nr-pas-mailinblack", "missing_noreply_mail", ("Stéphanie Bouvier", "stephanie.bouvier@ac-besancon.fr"),
  "Courriels automatiques introuvables",
  """
  Bonjour,

  Les messages automatiques d'e-sidoc (réservations, nouveau mot de passe)
  ne nous parviennent plus. Avant que vous me posiez la question : nous
  n'avons pas MailInBlack ni aucun autre filtre de ce genre au collège, et
  rien n'est dans les indésirables.

  Collège Lumière, Besançon
  UAI {u}

  Stéphanie Bouvier
  """, u="0251329", ok=True, hard=True, plat="esidoc", client="zimbra",
  notes="MailInBlack is named only to say the school does not use it: missing no-reply mail, not mailinblack_spam.")

M("nr-past-48h", "missing_noreply_mail", ("Rachid Haddad", "rachid.haddad@ac-aix-marseille.fr"),
  "Toujours pas reçu le mail - relance",
  """
  Bonjour,

  Je vous ai écrit il y a quatre jours parce que je ne recevais pas le
  courriel pour définir mon mot de passe sur l'Espace Acheteur. J'ai suivi
  votre réponse : indésirables vérifiés, adresse no-reply ajoutée aux
  expéditeurs autorisés. Toujours rien à ce jour.

  Collège Marseilleveyre, {u}

  Merci de faire le nécessaire,
  Rachid Haddad
  """, u="0131845", ok=False, hard=True, plat="espace_acheteur", client="thunderbird",
  notes="Follow-up past the 48-hour window: the junk-folder advice was already given and followed; needs a person / the region, not the template again.")

M("nr-no-accents-gmail", "missing_noreply_mail", ("julien marty", "julien.marty81@gmail.com"),
  "recois pas le mail de reinitialisation",
  """
  bonjour
  je recois pas le mail pour reinitialiser le mot de passe esidoc, j ai
  regarde dans les spams rien du tout. college de Graulhet {u}
  merci
  """, u="0810631", ok=True, plat="esidoc", client="gmail", fmt="alt",
  notes="No accents, gmail sender; the reset mail does not arrive. UAI in the body (Tarn).")

M("nr-ce-lowercase", "missing_noreply_mail", ("CDI Collège La Reinetière", "ce.{ul}@ac-nantes.fr"),
  "Messages automatiques e-sidoc non reçus",
  """
  Bonjour,

  Nous ne recevons plus sur cette adresse les messages automatiques
  envoyés par e-sidoc (lettres de rappel des prêts, confirmation des
  comptes lecteurs). Le dossier courrier indésirable est vide.

  Pourriez-vous nous aider ?

  Le CDI
  """, u="0442088", ok=True, plat="esidoc", client="zimbra",
  notes="UAI only in the lower-case ce.<uai>@ac-nantes.fr sender; automatic e-sidoc mail not received.")

M("nr-ecoledirecte-code", "missing_noreply_mail", ("Sandra Lopes", "sandra.lopes@ac-guyane.fr"),
  "Code de vérification EcoleDirecte jamais reçu",
  """
  Bonjour,

  Quand je me connecte à EcoleDirecte, on me demande le code de
  vérification envoyé par courriel, mais ce courriel n'arrive jamais, même
  après plusieurs demandes. J'ai vérifié le courrier indésirable.

  Collège Eugénie Tell-Éboué, Cayenne - {u}

  Sandra Lopes
  """, u="9730291", ok=True, plat="ecoledirecte", client="zimbra",
  notes="The automatic verification-code mail from EcoleDirecte never arrives. Guyane.")

M("nr-ticket-suivi", "missing_noreply_mail", ("Anthony Baptiste", "anthony.baptiste@ac-guadeloupe.fr"),
  "Pas de mail de suivi de mes tickets",
  """
  Bonjour,

  J'ai ouvert deux tickets sur votre portail la semaine dernière, mais je
  ne reçois aucun des courriels de suivi annoncés (accusé de réception,
  réponse). Je dois aller vérifier sur le portail à chaque fois.

  Rien dans mes spams.

  Anthony Baptiste
  """, ok=True, plat="ticket_portal", client="thunderbird",
  notes="The ticket portal's automatic follow-up mails never arrive. No UAI; region from ac-guadeloupe.fr.")

M("nr-latin1-identifiants", "missing_noreply_mail", ("Hervé Bonnet", "herve.bonnet@wanadoo.fr"),
  "Mail avec identifiants pas arrivé",
  """
  Bonjour,

  On m'a indiqué que je recevrais par courriel mes identifiants de
  connexion à l'Espace Acheteur pour le lycée professionnel Jacques
  Prévert (UAI {u}). Je n'ai rien reçu, ni dans la boîte de réception ni
  dans les courriers indésirables.

  Pouvez-vous me le renvoyer ?

  Hervé Bonnet
  """, u="0761809", ok=True, plat="espace_acheteur", fmt="latin1", client="orange",
  notes="ISO-8859-1 QP; the mail with login details never arrived; Seine-Maritime UAI.")

M("nr-en-reset-email", "missing_noreply_mail", ("Priya Raman", "priya.raman@ac-lyon.fr"),
  "Reset email never arrives",
  """
  Hi there,

  I keep requesting a password reset on the e-sidoc admin page, the site
  says the email has been sent, but nothing reaches my inbox or junk
  folder. It has been two hours now.

  Regards,
  Priya Raman
  Cité scolaire internationale, Lyon
  """, ok=True, plat="esidoc", lang="en", client="outlook365",
  notes="English; the reset mail never arrives (two hours). No UAI; region from ac-lyon.fr.")

M("nr-bienvenue", "missing_noreply_mail", ("Lucie Barbier", "lucie.barbier@ac-clermont.fr"),
  "Mail de bienvenue jamais reçu",
  """
  Bonjour,

  Notre documentaliste titulaire m'a ajoutée comme contributrice sur le
  portail e-sidoc, mais je n'ai jamais reçu le courriel de bienvenue qui
  contient le lien pour choisir mon mot de passe. Je l'attends depuis
  hier matin.

  Collège Blaise Pascal, Clermont-Ferrand

  Bonne journée,
  Lucie Barbier
  """, ok=True, plat="esidoc", fmt="alt", client="zimbra",
  notes="Welcome mail with the link to choose a password never arrived (since yesterday, inside 48 h).")

M("nr-send-hotmail", "missing_noreply_mail", ("Corinne Faure", "corinne.faure@ac-limoges.fr"),
  "Renvoyer le lien d'activation ailleurs ?",
  """
  Bonjour,

  Le lien d'activation de l'Espace Acheteur ne m'arrive pas sur mon adresse
  académique (je pense que notre messagerie le filtre). Pourriez-vous
  plutôt l'envoyer sur corinne.faure87@hotmail.fr ? Je le recevrai sans
  problème là-bas.

  Lycée Turgot, Limoges, {u}

  Merci
  Corinne Faure
  """, u="0870145", ok=False, plat="espace_acheteur", client="zimbra",
  notes="Activation mail not received, but she asks for it at a personal hotmail address not on file: auto_reply_ok false.")

# ---------------------------------------------------------------- mailinblack_spam (11)

M("mib-notifs-bloquees", "mailinblack_spam", ("Guillaume Perrin", "guillaume.perrin@ac-nancy-metz.fr"),
  "Vos mails bloqués par MailInBlack",
  """
  Bonjour,

  Notre collège filtre les courriels entrants avec MailInBlack. Depuis la
  rentrée, les notifications d'e-sidoc restent bloquées chez eux et ne
  nous parviennent pas. Que faut-il faire pour qu'elles passent ?

  Collège Jean Mermoz, Yutz - UAI {u}

  Guillaume Perrin
  """, u="0573381", ok=True, plat="esidoc", client="zimbra",
  notes="MailInBlack named; e-sidoc notifications blocked. Allow-list guide applies.")

M("mib-quarantaine-html", "mailinblack_spam", ("Delphine Roussel", "delphine.roussel@ac-versailles.fr"),
  "Messages en quarantaine",
  """
  Bonjour,

  Je découvre que tous les messages envoyés par votre plateforme (adresse
  no-reply) sont mis en quarantaine par Mailinblack au lycée. Je peux les
  libérer un par un mais c'est fastidieux.

  Comment faire pour que votre adresse soit autorisée une fois pour toutes ?

  Cordialement,
  Delphine Roussel
  Lycée Jules Ferry, Versailles
  UAI {u}
  """, u="0782211", ok=True, plat=None, fmt="html", client="outlook",
  notes="HTML-only Outlook body; messages held in quarantine by Mailinblack; no platform named.")

M("mib-challenge-unnamed", "mailinblack_spam", ("Émilie Blanchard", "emilie.blanchard@ac-poitiers.fr"),
  "Vos messages n'arrivent pas à cause de notre filtre",
  """
  Bonjour,

  Notre établissement utilise un système anti-spam qui, pour chaque
  expéditeur inconnu, renvoie un message lui demandant de cliquer sur un
  lien et de recopier un code pour prouver qu'il est bien humain. Tant que
  ce n'est pas fait, le courriel reste en attente dans un espace à part.

  Évidemment, votre adresse no-reply ne peut pas répondre à ce défi, donc
  les mails de l'Espace Acheteur restent bloqués.

  Lycée Guez de Balzac, Angoulême - {u}

  Émilie Blanchard
  """, u="0161002", ok=True, hard=True, plat="espace_acheteur", client="thunderbird",
  notes="The sender-authentication challenge and the held-mail space are described without the product's name: mailinblack_spam by the taxonomy (boundary case).")

M("mib-en", "mailinblack_spam", ("Tom Gallagher", "tom.gallagher@ac-paris.fr"),
  "Emails stuck in Mail In Black",
  """
  Hello,

  Our school uses Mail In Black as a spam filter and it looks like the
  automatic emails from e-sidoc are being held there. I can see them in
  the Mail In Black portal as "pending" but they never reach my inbox.

  How can we get your address allowed?

  Tom Gallagher
  Lycée Henri-IV, Paris
  """, ok=True, plat="esidoc", lang="en", client="outlook365",
  notes="English; 'Mail In Black' written in three words; held e-sidoc mail. No UAI, region from ac-paris.fr.")

M("mib-typo", "mailinblack_spam", ("Sylvie Berthier", "sylvie.berthier@ac-dijon.fr"),
  "mailinblak bloque les mails espace acheteur",
  """
  Bonjour,
  notre antispam mailinblak bloque tout ce qui vient de l'espace acheteur,
  il faut que je valide chaque message à la main dans l'interface. Est ce
  que vous avez une procédure pour l'informatique du département ?
  Merci
  Sylvie Berthier, collège Pierre Larousse, Toucy
  """, ok=True, plat="espace_acheteur", client="zimbra",
  notes="Misspelled 'mailinblak'; Espace Acheteur mail held; asks for the procedure for the IT department.")

M("mib-plus-commande", "mailinblack_spam", ("Maud Lefebvre", "maud.lefebvre@ac-lille.fr"),
  "MailInBlack et commande en attente",
  """
  Bonjour,

  Deux questions :

  - nos mails de confirmation de l'Espace Acheteur sont bloqués par
    MailInBlack, que devons-nous faire ?
  - par ailleurs notre commande du 12 mai apparaît toujours « en attente
    de validation » alors que le bon d'engagement a été envoyé. Est-ce
    normal ?

  Collège Anatole France, Douai - UAI {u}

  Maud Lefebvre
  """, u="0594417", ok=False, hard=True, plat="espace_acheteur", client="zimbra",
  notes="Two topics: MailInBlack blocking (first) and an order stuck awaiting validation with a bon d'engagement; not a single-topic auto reply.")

M("mib-filtre-du-lycee", "mailinblack_spam", ("Loïc Quéméner", "loic.quemener@ac-rennes.fr"),
  "Filtre Mailinblack du lycée",
  """
  Bonjour,

  Le filtre Mailinblack du lycée vous a envoyé une demande
  d'authentification quand vous nous avez écrit hier, je suppose que
  personne ne l'a validée de votre côté puisque votre réponse est restée
  bloquée. Pouvez-vous nous dire comment débloquer durablement vos
  messages ?

  Lycée de l'Élorn, Landerneau - UAI {u}

  Loïc Quéméner
  """, u="0291044", ok=True, plat=None, client="thunderbird",
  notes="Mailinblack authentication request not validated, the desk's mail held; UAI given, no platform.")

M("mib-relance-semaine", "mailinblack_spam", ("Nicolas Chevalier", "nicolas.chevalier@ac-toulouse.fr"),
  "RE: MailInBlack - toujours bloqué",
  """
  Bonjour,

  Je vous avais signalé la semaine dernière que MailInBlack bloquait vos
  messages. Nous avons transmis votre guide au service informatique du
  conseil départemental qui dit avoir ajouté l'adresse, mais les courriels
  d'e-sidoc sont toujours retenus.

  Merci de voir avec eux ou avec la région.

  Nicolas Chevalier
  Collège Pierre Mendès France, Tarbes
  """, ok=False, plat="esidoc", client="outlook", fmt="alt_outlook",
  notes="Follow-up a week after the guide was sent and applied: still mailinblack_spam, but needs a person / the region, not the template. No UAI; ac-toulouse.fr.")

M("mib-caps-ce", "mailinblack_spam", ("Intendance Lycée Montesquieu", "ce.{u}@ac-bordeaux.fr"),
  "Probleme MAILINBLACK",
  """
  Bonjour,

  Notre logiciel MAILINBLACK retient vos messages et nous demande de
  confirmer chaque expéditeur. Comment faire pour autoriser vos adresses ?

  L'intendance
  """, u="0332950", ok=True, plat=None, client="zimbra",
  notes="Upper-case product name; the UAI is only in the ce.<UAI>@ac-bordeaux.fr sender.")

M("mib-ecoledirecte", "mailinblack_spam", ("Camille Vidal", "camille.vidal@ac-montpellier.fr"),
  "EcoleDirecte + Mailinblack",
  """
  Bonjour,

  Les messages automatiques d'EcoleDirecte destinés au secrétariat sont
  tous arrêtés par Mailinblack, qui demande une validation de l'expéditeur.
  Avez-vous une liste des adresses à autoriser ?

  Collège Léo Larguier, La Grand-Combe - UAI {u}

  Camille Vidal
  """, u="0300827", ok=True, plat="ecoledirecte", client="zimbra",
  notes="Mailinblack holds EcoleDirecte's automatic mail; asks which senders to allow. Gard.")

M("mib-corse", "mailinblack_spam", ("Véronique Albertini", "veronique.albertini@ac-corse.fr"),
  "Courriels retenus par MailInBlack",
  """
  Bonjour,

  Nous ne recevons plus les messages d'e-sidoc : ils sont retenus par
  MailInBlack, l'anti-spam installé par la collectivité. Merci de nous
  indiquer la marche à suivre.

  Collège Laetitia Bonaparte, Ajaccio
  UAI {u}

  Véronique Albertini
  """, u="6200114", ok=True, plat="esidoc", fmt="alt", client="zimbra",
  notes="MailInBlack named; Corse-du-Sud UAI 620...")

# ---------------------------------------------------------------- head_of_establishment_request (11)

M("hoe-principal-reset", "head_of_establishment_request", ("Principal Collège Jean Rostand", "ce.{u}@ac-orleans-tours.fr"),
  "Réinitialisation du compte administrateur e-sidoc",
  """
  Madame, Monsieur,

  En ma qualité de principal du collège Jean Rostand de Tours, je vous
  demande de bien vouloir réinitialiser le mot de passe du compte
  administrateur de notre portail e-sidoc, et de transmettre le nouvel
  accès à l'adresse officielle de l'établissement, à partir de laquelle je
  vous écris.

  Notre professeure documentaliste est en congé longue durée et son
  remplaçant doit pouvoir travailler dès lundi.

  Je vous prie d'agréer l'expression de mes salutations distinguées.

  Frédéric Mallet
  Principal
  """, u="0370889", ok=False, hard=True, plat="esidoc", client="zimbra",
  notes="The principal himself, from the ce.<UAI> address, asks in writing for the administrator password reset: head-of-establishment request, not password_reset.")

M("hoe-change-admin", "head_of_establishment_request", ("Françoise Texier", "francoise.texier@ac-nantes.fr"),
  "Changement d'administrateur e-sidoc",
  """
  Bonjour,

  Je suis proviseure du lycée Joachim du Bellay à Angers (UAI {u}).
  Mme Zoé Marchal, professeure documentaliste, a quitté l'établissement au
  31 août. Je vous demande de désigner M. Alain Rivière, qui la remplace,
  comme administrateur de notre portail e-sidoc.

  Vous trouverez ci-dessous ses coordonnées : alain.riviere@ac-nantes.fr.

  Cordialement,
  Françoise Texier
  Proviseure
  """, u="0490731", ok=False, plat="esidoc", client="zimbra", when=(2025, 9, 8, 8, 41),
  notes="The proviseure asks for a change of administrator: head-of-establishment request.")

M("hoe-directrice-autorise", "head_of_establishment_request", ("Myriam Chaouch", "ce.{u}@ac-creteil.fr"),
  "Autorisation de commande - école élémentaire Les Pervenches",
  """
  Bonjour,

  Je soussignée Myriam Chaouch, directrice de l'école élémentaire Les
  Pervenches à Créteil, autorise Mme Sabrina Mercier, enseignante, à passer
  au nom de l'école la commande de manuels numériques préparée dans
  l'Espace Acheteur.

  Bien cordialement,
  La directrice
  """, u="0941267", ok=False, plat="espace_acheteur", client="zimbra",
  notes="The school's directrice authorises an order in writing from the ce.<UAI> address.")

M("hoe-en-contact", "head_of_establishment_request", ("Fiona McAllister", "fiona.mcallister@ac-grenoble.fr"),
  "Change of contact address for our school",
  """
  Dear support team,

  As head teacher of the international section of the Cité scolaire
  internationale Europole (UAI {u}), I would like to ask you to replace the
  contact address registered for our e-sidoc portal. The current one,
  cdi-europole@ac-grenoble.fr, is no longer read; please use
  fiona.mcallister@ac-grenoble.fr from now on.

  Yours sincerely,
  Fiona McAllister
  Head teacher
  """, u="0383317", ok=False, plat="esidoc", lang="en", client="outlook365",
  notes="English; a head teacher asks to change the registered contact address: head-of-establishment request.")

M("hoe-proviseure-adresse", "head_of_establishment_request", ("Anne-Sophie Guérin", "anne-sophie.guerin@ac-rennes.fr"),
  "Modification de l'adresse de contact - Espace Acheteur",
  """
  Bonjour,

  Proviseure du lycée Bréquigny de Rennes, je vous demande de remplacer
  l'adresse de contact de l'établissement sur l'Espace Acheteur par
  l'adresse fonctionnelle de l'intendance, intendance.brequigny@ac-rennes.fr,
  l'ancienne étant celle d'un agent qui a quitté le lycée.

  Anne-Sophie Guérin
  Proviseure
  """, ok=False, plat="espace_acheteur", fmt="alt", client="zimbra",
  notes="The proviseure asks to change the establishment's contact address on Espace Acheteur.")

M("hoe-relayed-letter", "head_of_establishment_request", ("Secrétariat de direction", "secretariat.direction@ac-strasbourg.fr"),
  "Courrier de M. le Principal - administrateur e-sidoc",
  """
  Bonjour,

  Veuillez trouver ci-joint le courrier signé de M. Hoffmann, principal
  du collège Erckmann-Chatrian de Phalsbourg, qui demande la réinitialisation
  de l'adresse de l'administrateur de notre portail e-sidoc et la
  désignation de notre nouvelle documentaliste.

  RNE : {u}

  Avec nos remerciements,
  Le secrétariat de direction
  """, u="0572694", ok=False, hard=True, plat="esidoc", client="outlook", fmt="alt_outlook",
  attach=("courrier_principal.pdf", tiny_pdf("Courrier du principal - administrateur e-sidoc"), "application/pdf"),
  notes="The principal's signed letter is attached and relayed by the secretary: a head-of-establishment request even though he is not the sender.")

M("hoe-principal-gmail", "head_of_establishment_request", ("Emmanuel Dubreuil", "emmanuel.dubreuil@gmail.com"),
  "Demande du principal - nouvel administrateur",
  """
  Bonjour,

  Je suis le principal du collège Les Sources à Mâcon, je vous écris depuis
  ma messagerie personnelle car l'académique est en panne aujourd'hui.

  Je souhaite que Mme Céline Arnaud-Petit devienne administratrice de
  notre compte Espace Acheteur à la place de M. Dupuis, parti à la
  retraite.

  Cordialement,
  E. Dubreuil
  Principal
  """, ok=False, plat="espace_acheteur", client="gmail", fmt="alt",
  notes="A principal asks for a change of administrator, but from a personal gmail address (cannot be verified): still a head-of-establishment request for human review. No UAI, no region.")

M("hoe-ecoledirecte-reset", "head_of_establishment_request", ("Karim Ouazzani", "ce.{u}@ac-lille.fr"),
  "EcoleDirecte - réinitialisation mot de passe administrateur",
  """
  Bonjour,

  Je suis le proviseur du lycée Gustave Eiffel d'Armentières. Je vous
  demande, par le présent courriel envoyé depuis la boîte de
  l'établissement, de réinitialiser le mot de passe administrateur
  EcoleDirecte de notre lycée : le personnel qui le détenait n'est plus en
  poste.

  Karim Ouazzani
  Proviseur
  """, u="0593640", ok=False, hard=True, plat="ecoledirecte", client="zimbra",
  notes="A proviseur asks for the EcoleDirecte administrator password reset from the ce.<UAI> mailbox: head-of-establishment request, not password_reset.")

M("hoe-directeur-admin", "head_of_establishment_request", ("Pascal Dufresne", "pascal.dufresne@ac-normandie.fr"),
  "Désignation administratrice compte école",
  """
  Bonjour,

  Directeur de l'école primaire Jacques Prévert de Saint-Lô (UAI {u}), je
  désigne Mme Lucie Perrot, adjointe, comme administratrice du compte de
  l'école sur l'Espace Acheteur, en remplacement de Mme Dolores Vidal,
  mutée.

  Je reste à votre disposition.

  Pascal Dufresne
  Directeur d'école
  """, u="0500784", ok=False, plat="espace_acheteur", client="zimbra",
  notes="A school director designates a new administrator in writing.")

M("hoe-order-threshold", "head_of_establishment_request", ("Hervé Lemoine", "ce.{u}@ac-reunion.fr"),
  "Validation commande {u} - accord du chef d'établissement",
  """
  Bonjour,

  En tant que chef d'établissement, je donne mon accord pour la commande
  de ressources numériques d'un montant de 4 380 euros TTC préparée par
  notre gestionnaire dans l'Espace Acheteur, qui dépasse le seuil pour
  lequel ma validation écrite est demandée.

  H. Lemoine
  Proviseur, lycée Bellepierre
  """, u="9740019", ok=False, plat="espace_acheteur", client="zimbra",
  notes="The head of establishment authorises an order in writing; UAI in the subject and the ce. sender.")

M("hoe-departed-teacher", "head_of_establishment_request", ("Christine Morvan", "christine.morvan@ac-rennes.fr"),
  "Suppression d'un compte et transfert des droits",
  """
  Bonjour,

  Principale du collège Jean Macé de Lanester, je vous demande de
  supprimer le compte administrateur e-sidoc de Mme Nathalie Ferrand,
  qui ne fait plus partie de l'établissement, et d'en transférer les
  droits à M. Jérôme Saulnier, notre nouveau professeur documentaliste.

  UAI {u}

  Cordialement,
  Christine Morvan
  Principale
  """, u="0561397", ok=False, plat="esidoc", fmt="alt_outlook", client="outlook",
  notes="The principal asks to remove a departed administrator and transfer the rights: head-of-establishment request.")

# ---------------------------------------------------------------- account_creation (9)

M("ac-nouvelle-doc", "account_creation", ("Zoé Marchal", "zoe.marchal@ac-amiens.fr"),
  "Création de compte e-sidoc",
  """
  Bonjour,

  Je viens d'être nommée professeure documentaliste au collège Jules
  Verne de Beauvais (UAI {u}). Je souhaiterais avoir un compte pour gérer
  le portail e-sidoc du CDI. Comment dois-je procéder ?

  Merci,
  Zoé Marchal
  """, u="0601560", ok=True, plat="esidoc", client="zimbra",
  notes="Newly appointed librarian asks how to get an e-sidoc account: account creation, answerable with the procedure.")

M("ac-qui-admin", "account_creation", ("Julien Saunier", "julien.saunier@ac-lyon.fr"),
  "Qui est l'administrateur de notre établissement ?",
  """
  Bonjour,

  Je voudrais passer commande sur l'Espace Acheteur mais on me dit que mon
  compte doit être validé par l'administrateur de la structure. Personne
  ici ne sait qui c'est. Pouvez-vous me le dire ?

  Lycée La Martinière Duchère, Lyon 9e - {u}

  Julien Saunier
  """, u="0693566", ok=False, plat="espace_acheteur", client="zimbra",
  notes="Asks who the structure's administrator is: needs a look-up by a person, so not auto.")

M("ac-en-attente", "account_creation", ("Sabrina Mercier", "sabrina.mercier@orange.fr"),
  "compte en attente de validation",
  """
  Bonjour,

  Je me suis inscrite sur l'Espace Acheteur lundi, et mon compte est
  toujours indiqué « en attente de validation ». Que dois-je faire ?

  Sabrina Mercier
  École maternelle Les Coquelicots - Vitry-sur-Seine
  """, ok=True, plat="espace_acheteur", client="orange",
  notes="Account waiting for validation; no UAI and a free-mail sender (no region).")

M("ac-en-rights", "account_creation", ("Fiona Reid", "fiona.reid@ac-bordeaux.fr"),
  "Ordering rights for a colleague",
  """
  Hello,

  Could you please give ordering rights on the Espace Acheteur to my
  colleague Mark Evans (mark.evans@ac-bordeaux.fr)? He has an account but
  can only view the catalogue.

  Lycée Grand Air, Arcachon - UAI {u}

  Thanks,
  Fiona Reid
  """, u="0331636", ok=False, plat="espace_acheteur", lang="en", client="outlook365",
  notes="English; asks to open ordering rights for a colleague: account/rights question that needs a person.")

M("ac-pas-mot-de-passe", "account_creation", ("Maëlle Ropars", "maelle.ropars@ac-rennes.fr"),
  "Adresse inconnue sur le portail",
  """
  Bonjour,

  Ce n'est pas un problème de mot de passe : quand je saisis mon adresse
  sur la page de connexion d'e-sidoc, le site répond que cette adresse
  n'existe pas. Je suppose donc que je n'ai tout simplement pas de compte.
  Comment en obtenir un ?

  Collège Saint-Exupéry, Vannes - {u}

  Maëlle Ropars
  """, u="0561122", ok=True, hard=True, plat="esidoc", client="thunderbird",
  notes="Negation ('ce n'est pas un problème de mot de passe'): the address is unknown, she has no account and asks for one.")

M("ac-droits-gestionnaire", "account_creation", ("Jérôme Saulnier", "jerome.saulnier@ac-montpellier.fr"),
  "Ouverture de droits gestionnaire",
  """
  Bonjour,

  Je suis le nouvel adjoint gestionnaire du lycée Jean Mermoz de
  Montpellier. J'ai bien un compte sur l'Espace Acheteur mais seulement
  en consultation. Pourriez-vous m'ouvrir les droits de gestionnaire
  (validation des paniers) ?

  Jérôme Saulnier
  """, ok=False, plat="espace_acheteur", client="zimbra", fmt="alt",
  notes="Asks to open manager rights on an existing account: account/rights, for a person.")

M("ac-nouveau-college", "account_creation", ("Collège Simone Veil", "ce.{u}@ac-bordeaux.fr"),
  "Création du compte de l'établissement",
  """
  Bonjour,

  Notre collège a ouvert à la rentrée 2025 et n'a pas encore de compte sur
  l'Espace Acheteur. Quelle est la démarche pour créer le compte de
  l'établissement ?

  Le secrétariat
  Collège Simone Veil, Mérignac
  """, u="0333418", ok=True, plat="espace_acheteur", client="zimbra",
  notes="A new school asks how to create its Espace Acheteur account; UAI only in the ce. sender.")

M("ac-admin-retraite", "account_creation", ("Alain Rivière", "alain.riviere@ac-nantes.fr"),
  "Compte en attente - administrateur parti",
  """
  Bonjour,

  J'ai demandé la création de mon compte sur e-sidoc il y a une semaine.
  Le message indique que l'administrateur de l'établissement doit le
  valider, mais notre administratrice est partie à la retraite en juillet.
  Qui peut valider mon compte ?

  Lycée Gabriel Guist'hau, Nantes - {u}

  Alain Rivière
  """, u="0440988", ok=False, plat="esidoc", client="thunderbird",
  notes="Account awaiting validation by an administrator who has left: needs a person (possibly a head-of-establishment procedure), not a template.")

M("ac-ticket-secretaire", "account_creation", ("Hélène Costa", "helene.costa@ac-aix-marseille.fr"),
  "Accès au portail de tickets pour notre secrétaire",
  """
  Bonjour,

  Pourriez-vous créer un accès au portail de tickets pour notre nouvelle
  secrétaire, Mme Inès Ferreira (ines.ferreira@ac-aix-marseille.fr), afin
  qu'elle puisse suivre nos demandes ?

  Collège Jean Giono, Manosque

  Hélène Costa, gestionnaire
  """, ok=False, plat="ticket_portal", client="zimbra",
  notes="Asks the desk to create a ticket-portal account for a colleague; no UAI, region from the académie domain.")

# ---------------------------------------------------------------- subscription_activation (9)

M("sub-hier", "subscription_activation", ("Marie Le Bihan", "marie.le-bihan@ac-rennes.fr"),
  "Abonnement commandé non visible",
  """
  Bonjour,

  Nous avons commandé hier l'abonnement à la presse en ligne pour le CDI.
  La commande est bien validée mais la ressource n'apparaît pas encore
  dans notre portail e-sidoc. Faut-il faire quelque chose de notre côté ?

  Lycée Ernest Renan, Saint-Brieuc - UAI {u}

  Marie Le Bihan
  """, u="0221317", ok=True, plat="esidoc", client="zimbra",
  notes="Subscription ordered yesterday, not visible yet in e-sidoc: within 72 h.")

M("sub-3-semaines", "subscription_activation", ("Nathalie Ferrand", "nathalie.ferrand@ac-grenoble.fr"),
  "Abonnement toujours inactif après 3 semaines",
  """
  Bonjour,

  Notre abonnement aux ressources numériques a été commandé et payé il y a
  trois semaines, et il n'est toujours pas actif sur notre portail e-sidoc.
  On nous avait parlé d'une activation en 72 heures…

  Collège Champollion, Grenoble - UAI {u}

  Nathalie Ferrand
  """, u="0381407", ok=False, hard=True, plat="esidoc", client="zimbra",
  notes="Three weeks without activation: far past the 72-hour rule, so a person must look (auto_reply_ok false).")

M("sub-en-newspaper", "subscription_activation", ("Sarah Thompson", "s.thompson@ac-paris.fr"),
  "Digital newspaper subscription not showing",
  """
  Hello,

  We ordered the digital newspaper subscription for our library on Monday
  afternoon and the order shows as confirmed, but the resource is not
  showing on our e-sidoc portal yet. Is there anything we need to do?

  Lycée Victor Duruy, Paris - UAI {u}

  Sarah Thompson
  """, u="0754479", ok=True, plat="esidoc", lang="en", client="thunderbird_en",
  when=(2025, 11, 19, 10, 4),
  notes="English; ordered on Monday, written on Wednesday: inside 72 h.")

M("sub-service-absent", "subscription_activation", ("Olivier Benard", "olivier.benard@ac-nancy-metz.fr"),
  "Service commandé absent de mon espace",
  """
  Bonjour,

  Ma commande d'hier sur l'Espace Acheteur est passée au statut
  « validée », mais le service correspondant n'apparaît pas dans la liste
  de mes services actifs.

  Lycée Henri Poincaré, Nancy

  O. Benard
  """, ok=True, plat="espace_acheteur", client="zimbra",
  notes="Ordered service validated yesterday but not visible in the buyer space; inside 72 h.")

M("sub-principal", "subscription_activation", ("Principal Collège Aimé Césaire", "ce.{u}@ac-martinique.fr"),
  "Ressource numérique non disponible",
  """
  Bonjour,

  En tant que principal, je m'étonne que l'abonnement à la plateforme de
  lecture numérique, commandé avant-hier, ne soit pas encore accessible à
  nos élèves depuis le portail e-sidoc. Pouvez-vous me dire quand il sera
  activé ?

  Le principal
  """, u="9720978", ok=True, hard=True, plat="esidoc", client="zimbra",
  notes="Written by a principal, but it only asks when an ordered subscription will be active (two days ago): subscription_activation, not a head-of-establishment request.")

M("sub-pas-mdp", "subscription_activation", ("Sandrine Royer", "sandrine.royer@ac-besancon.fr"),
  "Ressource introuvable après commande",
  """
  Bonjour,

  Je n'ai aucun souci de mot de passe, je me connecte très bien à e-sidoc.
  Mais la ressource « Encyclopédie junior » commandée avant-hier
  n'apparaît nulle part dans le portail.

  Collège Jules Grévy, Poligny - UAI {u}

  Sandrine Royer
  """, u="0390812", ok=True, hard=True, plat="esidoc", client="thunderbird",
  notes="Negation about passwords ('aucun souci de mot de passe'); the resource ordered two days ago is not visible: inside 72 h.")

M("sub-publier", "subscription_activation", ("Élodie Raynaud", "elodie.raynaud@ac-toulouse.fr"),
  "Comment publier la nouvelle ressource ?",
  """
  Bonjour,

  Notre abonnement à la base documentaire vient d'être activé. Comment la
  publier sur la page d'accueil de notre portail e-sidoc pour que les élèves
  la voient ?

  Merci,
  Élodie Raynaud
  Collège Saint-Exupéry, Montauban
  """, ok=True, plat="esidoc", client="zimbra", fmt="alt",
  notes="Resource to publish on the portal after activation; no UAI, ac-toulouse.fr.")

M("sub-semaine", "subscription_activation", ("Mathieu Grosjean", "mathieu.grosjean@ac-dijon.fr"),
  "Activation sous 72 h ? Cela fait une semaine",
  """
  Bonjour,

  Votre message de confirmation annonçait une activation sous 72 heures.
  Cela fait maintenant une semaine, et toujours rien dans notre Espace
  Acheteur.

  Lycée Hilaire de Chardonnet, Chalon-sur-Saône

  Mathieu Grosjean
  """, ok=False, plat="espace_acheteur", client="zimbra",
  notes="A week after the order: past the 72-hour rule, for a person.")

M("sub-cafeyn-latin1", "subscription_activation", ("Jean-Marc Olivier", "jm.olivier@ac-caen.fr"),
  "Presse en ligne pas encore accessible",
  """
  Bonjour,

  L'abonnement Cafeyn commandé pour le CDI mardi n'est pas encore
  accessible. Les élèves ont un message « abonnement non trouvé ».

  Collège Guillaume de Normandie, Caen - UAI {u}

  Cordialement,
  J-M. Olivier
  """, u="0141944", ok=True, plat=None, fmt="latin1", client="thunderbird",
  when=(2025, 10, 16, 14, 2),
  notes="ISO-8859-1; press subscription ordered Tuesday, written Thursday (inside 72 h); no platform named.")

# ---------------------------------------------------------------- order_billing (9)

M("ob-devis", "order_billing", ("Nathalie Guillou", "nathalie.guillou@ac-rennes.fr"),
  "Demande de devis - licences numériques",
  """
  Bonjour,

  Pourriez-vous nous établir un devis pour 35 licences annuelles de la
  ressource « Atlas interactif » ? Nous devons le présenter au conseil
  d'administration de juin.

  Collège Max Jacob, Quimper - UAI {u}

  Nathalie Guillou, gestionnaire
  """, u="0291788", ok=False, plat=None, client="zimbra",
  notes="Quote request for licences; no platform named.")

M("ob-chorus", "order_billing", ("Service facturier", "sfact.lycee-pasteur@ac-lille.fr"),
  "Facture rejetée dans Chorus Pro",
  """
  Bonjour,

  La facture FA-25-03117 déposée sur Chorus Pro a été rejetée : le numéro
  d'engagement juridique ne correspond pas à notre bon de commande.
  Pouvez-vous la redéposer avec le bon numéro (EJ 2100458812) ?

  Lycée Pasteur, Lille - UAI {u}

  Le service facturier
  """, u="0590117", ok=False, plat=None, client="outlook", fmt="alt_outlook",
  notes="Chorus invoice rejected (wrong commitment number).")

M("ob-quote-reset-reply", "order_billing", ("Céline Marchand", "celine.marchand@ac-orleans-tours.fr"),
  "Re: [#SUP-014207] Mot de passe Espace Acheteur",
  """
  Bonjour,

  Merci, le lien a fonctionné et j'ai pu me reconnecter.

  Autre question maintenant : la facture de notre commande du 3 avril ne
  figure pas dans l'onglet « Mes factures ». Comment puis-je l'obtenir ?
  L'agent comptable me la réclame.

  Céline Marchand
  Collège Honoré de Balzac, Azay-le-Rideau

  Le 02/04/2025 à 10:14, Assistance a écrit :
  > Bonjour,
  >
  > Un lien de réinitialisation de votre mot de passe vient d'être envoyé
  > à l'adresse enregistrée pour votre établissement. Il est valable
  > 24 heures.
  >
  > Cordialement,
  > L'équipe d'assistance
  """, ok=False, hard=True, plat="espace_acheteur", client="thunderbird",
  extra=["In-Reply-To: <SUP-014207.1743581640.a21c@assistance.example.fr>",
         "References: <SUP-014207.1743581640.a21c@assistance.example.fr>"],
  when=(2025, 4, 17, 15, 30),
  notes="Reply quoting the earlier reset answer; the new text asks for a missing invoice: order_billing. No UAI in the message; region from ac-orleans-tours.fr.")

M("ob-en-invoice", "order_billing", ("Rebecca Hall", "rebecca.hall@ac-nice.fr"),
  "Copy of invoice needed",
  """
  Hello,

  Could you send us a copy of the invoice for order CMD-2025-04412?
  Our accountant cannot find it and we need it to release the payment.

  Centre International de Valbonne

  Thank you,
  Rebecca Hall
  """, ok=False, plat=None, lang="en", client="outlook365",
  notes="English; copy of an invoice needed to pay.")

M("ob-bon-engagement", "order_billing", ("Corinne Lefort", "corinne.lefort@ac-creteil.fr"),
  "Où joindre le bon d'engagement ?",
  """
  Bonjour,

  Au moment de valider mon panier sur l'Espace Acheteur, on me demande un
  bon d'engagement. Je l'ai en PDF mais je ne trouve pas où le déposer.
  Pouvez-vous m'aider ?

  Collège Évariste Galois, Noisy-le-Grand

  Corinne Lefort
  """, ok=False, plat="espace_acheteur", client="zimbra",
  notes="Where to attach the bon d'engagement when validating a basket.")

M("ob-panier", "order_billing", ("Yannick Le Goff", "yannick.legoff@ac-rennes.fr"),
  "panier impossible a valider",
  """
  bonjour,
  le bouton valider mon panier reste grise sur l espace acheteur, j ai
  pourtant rempli toutes les infos de livraison. vous savez pourquoi ?
  yannick le goff, clg kerichen brest ({u})
  """, u="0290920", ok=False, plat="espace_acheteur", client="iphone",
  notes="Basket cannot be validated (button greyed out); no accents.")

M("ob-mandat", "order_billing", ("Agence comptable Lycée Mistral", "agence.comptable@lycee-mistral.example.fr"),
  "Moyens de paiement acceptés",
  """
  Bonjour,

  Acceptez-vous le paiement par mandat administratif à réception de
  facture, ou faut-il obligatoirement payer par carte lors de la commande ?

  Cordialement,
  L'agence comptable du lycée Frédéric Mistral, Avignon
  """, ok=False, plat=None, client="outlook", auth="nodkim",
  notes="Question on payment means (mandat administratif); school's own domain, no UAI, no region.")

M("ob-principal-facture", "order_billing", ("Principale Collège Germaine Tillion", "ce.{u}@ac-paris.fr"),
  "État de notre facture",
  """
  Bonjour,

  Je suis la principale du collège Germaine Tillion. Notre agent comptable
  n'a toujours pas reçu la facture correspondant à notre commande de
  juin ; pourriez-vous me dire où elle en est et nous l'adresser ?

  Bien cordialement,
  La principale
  """, u="0755332", ok=False, hard=True, plat=None, client="zimbra",
  notes="A principal writes from the ce. address, but asks about an invoice: order_billing, not a head-of-establishment request (no authorisation or reset).")

M("ob-mauvais-etab-latin1", "order_billing", ("Patricia Leroux", "patricia.leroux@ac-rouen.fr"),
  "Facture adressée au mauvais établissement",
  """
  Bonjour,

  Nous avons reçu une facture à l'adresse du collège voisin : la raison
  sociale et l'adresse de facturation sont fausses. Pouvez-vous corriger
  la facture et nous en renvoyer une nouvelle ?

  Collège Camille Claudel, Rouen - UAI {u}

  Patricia Leroux
  """, u="0762233", ok=False, plat=None, fmt="latin1", client="thunderbird",
  notes="ISO-8859-1; invoice addressed to the wrong establishment.")

# ---------------------------------------------------------------- contract_documents (6)

M("cd-pieces-marche", "contract_documents", ("Christophe Arnaud", "christophe.arnaud@ac-toulouse.fr"),
  "Pièces du marché invisibles",
  """
  Bonjour,

  Dans mon Espace Acheteur, la rubrique du marché de ressources numériques
  n'affiche aucune pièce : ni CCAP, ni bordereau de prix. Mes collègues
  d'autres établissements les voient. Pouvez-vous vérifier ?

  Lycée Pierre de Fermat, Toulouse - UAI {u}

  Christophe Arnaud
  """, u="0311586", ok=False, plat="espace_acheteur", client="zimbra",
  notes="Market documents not visible in the buyer space.")

M("cd-avenant", "contract_documents", ("Sylvie Garnier", "sylvie.garnier@ac-nice.fr"),
  "Avenant n°2 introuvable",
  """
  Bonjour,

  On m'a annoncé l'avenant n°2 à notre convention, mais je ne le trouve pas
  dans la liste des documents de l'Espace Acheteur. Où est-il publié ?

  Collège Les Eucalyptus, Nice

  Sylvie Garnier
  """, ok=False, plat="espace_acheteur", client="zimbra",
  notes="An amendment to the convention is not visible.")

M("cd-en-framework", "contract_documents", ("Laura Bennett", "laura.bennett@ac-versailles.fr"),
  "Cannot access framework agreement documents",
  """
  Hello,

  I need to read the framework agreement documents for the digital
  resources contract, but the documents section of the buyer space is
  empty for our school. Could you make them available?

  Lycée international, Saint-Germain-en-Laye

  Laura Bennett
  """, ok=False, plat="espace_acheteur", lang="en", client="outlook365",
  notes="English; framework agreement documents not visible. No UAI; ac-versailles.fr.")

M("cd-convention-signature", "contract_documents", ("Céline Dupré", "celine.dupre@ac-limoges.fr"),
  "Convention à signer introuvable",
  """
  Bonjour,

  On nous a dit que la convention de partenariat était disponible à la
  signature sur la plateforme de signature électronique, mais je ne la
  vois pas dans la liste des documents qui nous sont proposés.

  Lycée Edmond Perrier, Tulle - UAI {u}

  Céline Dupré
  """, u="0190701", ok=False, plat="esignature", client="zimbra",
  notes="A convention to sign is not visible on the e-signature platform: contract documents.")

M("cd-ccap-erreur", "contract_documents", ("Hugo Ferrari", "hugo.ferrari@ac-aix-marseille.fr"),
  "Erreur au téléchargement du CCAP",
  """
  Bonjour,

  Quand je clique sur le CCAP du marché dans l'Espace Acheteur, j'obtiens
  une page d'erreur « document non disponible ». Les autres pièces
  s'ouvrent correctement.

  Lycée Dumont d'Urville, Toulon

  Hugo Ferrari
  """, ok=False, plat="espace_acheteur", client="thunderbird", fmt="alt",
  notes="A market document (CCAP) cannot be opened.")

M("cd-pas-droits", "contract_documents", ("Aurélie Schaeffer", "aurelie.schaeffer@ac-strasbourg.fr"),
  "Onglet documents contractuels vide",
  """
  Bonjour,

  Ce n'est pas une question de compte ni de droits : je suis bien
  connectée avec le profil gestionnaire et j'ai accès à tout le reste.
  Mais l'onglet « Documents contractuels » est vide alors que nous avons
  signé la convention en janvier.

  Collège Pfeffel, Colmar - {u}

  Aurélie Schaeffer
  """, u="0681477", ok=False, hard=True, plat=None, client="zimbra",
  notes="Negation about account and rights; the contract documents tab is empty: contract_documents. No platform named.")

# ---------------------------------------------------------------- transfer_incident (8)

M("tr-import-eleves", "transfer_incident", ("Frédéric Colin", "frederic.colin@ac-nancy-metz.fr"),
  "Import des élèves EcoleDirecte en échec",
  """
  Bonjour,

  Depuis lundi l'import des élèves depuis EcoleDirecte échoue avec le
  message « fichier de transfert incomplet ». Les nouveaux inscrits ne
  sont donc pas créés.

  Collège La Louvière, Épinal - UAI {u}

  Frédéric Colin
  """, u="0880471", ok=False, plat="ecoledirecte", client="zimbra",
  notes="School-management data import failing.")

M("tr-maintenance-du-jour", "transfer_incident", ("Gérald Pons", "gerald.pons@ac-montpellier.fr"),
  "mot de passe de maintenance",
  """
  Bonjour,

  Le technicien doit intervenir cet après-midi sur notre serveur
  EcoleDirecte. Pouvez-vous me communiquer le mot de passe de maintenance
  du jour ?

  Lycée Jean Lurçat, Perpignan - UAI {u}

  Gérald Pons
  """, u="0660491", ok=False, hard=True, plat="ecoledirecte", client="zimbra",
  notes="Asks for the daily maintenance password: transfer_incident, not password_reset, despite 'mot de passe'.")

M("tr-licence", "transfer_incident", ("Vincent Lacombe", "vincent.lacombe@ac-bordeaux.fr"),
  "Licence expirée - à régénérer",
  """
  Bonjour,

  Le module de transfert affiche « licence expirée » depuis ce matin et
  plus aucune synchronisation ne passe. Pouvez-vous régénérer notre
  licence ?

  Collège Jean Moulin, Marmande

  V. Lacombe
  """, ok=False, plat=None, client="zimbra",
  notes="Licence to regenerate for the transfer module; no product named, no UAI.")

M("tr-en-sync", "transfer_incident", ("Michael Ross", "michael.ross@ac-lyon.fr"),
  "Data sync failing - error 503",
  """
  Hello,

  Since yesterday evening the nightly synchronisation between our
  school-management data and EcoleDirecte fails with "error 503 - remote
  service unavailable". Nothing has changed on our side.

  Regards,
  Michael Ross
  IT, Cité scolaire internationale de Lyon
  """, ok=False, plat="ecoledirecte", lang="en", client="outlook365",
  notes="English; nightly synchronisation failing. No UAI, ac-lyon.fr.")

M("tr-vie-scolaire", "transfer_incident", ("Sophie Marais", "sophie.marais@ac-versailles.fr"),
  "Transfert des absences en erreur",
  """
  Bonjour,

  Le transfert des données de vie scolaire (absences, retards) vers
  EcoleDirecte est en erreur depuis hier soir 19 h. Les parents ne voient
  plus les absences du jour.

  Lycée Camille Claudel, Palaiseau

  Sophie Marais, CPE
  """, ok=False, plat="ecoledirecte", fmt="alt_outlook", client="outlook",
  notes="Attendance data transfer failing since last night.")

M("tr-pas-mdp", "transfer_incident", ("Xavier Roche", "xavier.roche@ac-clermont.fr"),
  "Synchronisation bloquée",
  """
  Bonjour,

  Je précise que ce n'est pas un problème de mot de passe, tous les
  comptes fonctionnent. C'est la synchronisation des emplois du temps
  vers EcoleDirecte qui s'arrête à chaque fois sur « erreur de format,
  ligne 412 ».

  Collège Jules Ferry, Aurillac - {u}

  Xavier Roche
  """, u="0150742", ok=False, plat="ecoledirecte", client="zimbra",
  notes="Negation ('pas un problème de mot de passe'); timetable synchronisation fails.")

M("tr-50-pourcent", "transfer_incident", ("cedric bouvier", "cedric.bouvier@ac-amiens.fr"),
  "transfert bloque a 50%",
  """
  bonjour
  le transfert vers ecoledirecte reste bloque a 50% depuis ce matin, on a
  relance 3 fois. college {u}
  merci de regarder vite, conseils de classe demain
  """, u="0022166", ok=False, plat="ecoledirecte", client="iphone",
  notes="No accents, hurried; transfer stuck at 50 %. Aisne UAI.")

M("tr-licence-serveur-latin1", "transfer_incident", ("Thomas Kieffer", "thomas.kieffer@ac-strasbourg.fr"),
  "Régénération licence après changement de serveur",
  """
  Bonjour,

  Nous avons remplacé le serveur de l'établissement pendant les vacances.
  Depuis, le logiciel de transfert refuse de démarrer et demande une
  nouvelle licence liée au nouveau serveur. Pouvez-vous la régénérer ?

  Lycée Jean Rostand, Strasbourg - UAI {u}

  Thomas Kieffer
  Référent numérique
  """, u="0672301", ok=False, plat=None, fmt="latin1", client="thunderbird",
  notes="ISO-8859-1; licence to regenerate after a server change.")

# ---------------------------------------------------------------- automated (17)

M("au-ooo-exchange-fr", "automated", ("Corinne Vasseur-Blanc", "corinne.vasseur-blanc@ac-grenoble.fr"),
  "Réponse automatique : [#SUP-015120] Abonnement e-sidoc",
  """
  Bonjour,

  Je suis absente du 7 au 18 avril 2025 inclus. Votre message ne sera pas
  transféré. Pour toute urgence, merci de contacter le secrétariat du
  collège au 04 76 00 00 00.

  Cordialement,
  Corinne Vasseur-Blanc
  """, client="outlook", fmt="alt_outlook", when=(2025, 4, 9, 11, 2),
  extra=["In-Reply-To: <SUP-015120.1744189300.77aa@assistance.example.fr>",
         "Auto-Submitted: auto-generated",
         "X-Auto-Response-Suppress: All"],
  notes="Exchange out-of-office in French with Auto-Submitted and X-Auto-Response-Suppress; region from the académie domain.")

M("au-ooo-zimbra", "automated", ("Bernard Esteve", "bernard.esteve@ac-toulouse.fr"),
  "Absence : [#SUP-015733] Commande en attente",
  """
  Bonjour,

  Je suis en formation jusqu'au vendredi 23 mai et ne consulte pas ma
  messagerie. Je vous répondrai dès mon retour.

  B. Esteve
  """, client="zimbra", when=(2025, 5, 20, 16, 48),
  extra=["In-Reply-To: <SUP-015733.1747752100.3c0e@assistance.example.fr>",
         "Auto-Submitted: auto-replied (zimbra; vacation)",
         "Precedence: bulk"],
  notes="Academic webmail vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)); region from ac-toulouse.fr.")

M("au-ooo-gmail-en", "automated", ("Kate Morrison", "kate.morrison.lib@gmail.com"),
  "Out of office",
  """
  Thank you for your email. I am away on annual leave until Monday 3rd
  March with limited access to email. I will reply as soon as possible
  after my return.

  Kate
  """, client="gmail", fmt="alt", when=(2025, 2, 24, 9, 15),
  extra=["In-Reply-To: <SUP-013388.1740384000.09fd@assistance.example.fr>",
         "Auto-Submitted: auto-replied"],
  notes="English Gmail vacation responder (Auto-Submitted: auto-replied).")

M("au-ooo-no-header-laposte", "automated", ("Monique Delattre", "monique.delattre@laposte.net"),
  "Absence",
  """
  Bonjour,

  Je suis absente du 14 au 25 avril inclus, de retour le lundi 28 avril.
  Je traiterai votre message à mon retour.

  Monique Delattre
  """, client="orange", when=(2025, 4, 16, 13, 27),
  notes="Out-of-office with no automation header at all (no Auto-Submitted, no Precedence, no In-Reply-To): only the wording tells.",
  hard=True)

M("au-ooo-no-header-passwords", "automated", ("Karine Pujol", "karine.pujol@ac-montpellier.fr"),
  "Re: [#SUP-016002] Mot de passe e-sidoc",
  """
  Bonjour,

  Je suis actuellement absente et de retour le 2 juin. Pour les questions
  de mot de passe e-sidoc ou de prêt, adressez-vous à ma collègue
  Mme Ribes au CDI.

  Karine Pujol
  """, client="thunderbird", when=(2025, 5, 27, 8, 5),
  extra=["In-Reply-To: <SUP-016002.1748326000.d8e1@assistance.example.fr>"],
  notes="Client-side out-of-office rule: no Auto-Submitted, a 'Re:' subject, and it talks about e-sidoc passwords; still not written for us. Region from ac-montpellier.fr.",
  hard=True)

M("au-ooo-ce-autoreply", "automated", ("Collège Anita Conti", "ce.{u}@ac-rennes.fr"),
  "Réponse automatique",
  """
  Bonjour,

  Le secrétariat du collège est fermé pendant les vacances d'été, du
  12 juillet au 20 août. Votre message sera traité à la réouverture.

  Le secrétariat
  """, u="0352804", client="zimbra", when=(2025, 7, 17, 10, 0),
  extra=["Auto-Submitted: auto-replied",
         "X-Autoreply: yes"],
  notes="Summer out-of-office of a school office (ce.<UAI> address, Auto-Submitted and X-Autoreply); UAI from the sender.")

M("au-dsn-postfix-en", "automated", ("Mail Delivery System", "MAILER-DAEMON@mail.lycee-vauban.example.fr"),
  "Undelivered Mail Returned to Sender",
  """
  This is the mail system at host mail.lycee-vauban.example.fr.

  I'm sorry to have to inform you that your message could not
  be delivered to one or more recipients. It's attached below.

  For further assistance, please send mail to postmaster.

                     The mail system

  <olivier.guen@lycee-vauban.example.fr>: host 127.0.0.1[127.0.0.1] said:
      550 5.1.1 <olivier.guen@lycee-vauban.example.fr>: Recipient address
      rejected: User unknown in virtual mailbox table
  """, kind="dsn", mta="mail.lycee-vauban.example.fr", relay="mail.lycee-vauban.example.fr",
  return_path="", auth="bounce", client="bare", lang="en",
  extra=["Auto-Submitted: auto-replied"],
  dsn=[[("Reporting-MTA", "dns; mail.lycee-vauban.example.fr"),
        ("X-Postfix-Queue-ID", "4ZpQw1LcTbz"),
        ("X-Postfix-Sender", "rfc822; support@assistance.example.fr"),
        ("Arrival-Date", "Thu, 13 Mar 2025 14:22:09 +0100 (CET)")],
       [("Final-Recipient", "rfc822; olivier.guen@lycee-vauban.example.fr"),
        ("Original-Recipient", "rfc822;olivier.guen@lycee-vauban.example.fr"),
        ("Action", "failed"), ("Status", "5.1.1"),
        ("Remote-MTA", "dns; 127.0.0.1"),
        ("Diagnostic-Code", "smtp; 550 5.1.1 Recipient address rejected: User unknown")]],
  orig_to="olivier.guen@lycee-vauban.example.fr", orig_subject="[#SUP-014019] Licence de transfert",
  orig_ref="SUP-014019", orig_body="""
  Bonjour,

  Votre demande a bien été enregistrée sous la référence SUP-014019.
  Un membre de l'équipe vous répondra rapidement.

  L'équipe d'assistance
  """, when=(2025, 3, 13, 14, 22),
  notes="Postfix bounce: multipart/report delivery-status with the original reply attached, null Return-Path.")

M("au-dsn-exchange-fr", "automated", ("Microsoft Outlook", "postmaster@ac-creteil.fr"),
  "Non remis : [#SUP-015980] Facture commande",
  """
  Votre message n'a pas pu être remis à ces destinataires.

  jean-luc.morin@ac-creteil.fr
  La boîte aux lettres du destinataire est introuvable. L'adresse a pu
  changer ou le compte a été supprimé.

  Informations de diagnostic pour les administrateurs :
  Serveur de génération : smtp3.ac-creteil.fr
  Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
  """, kind="dsn", mta="smtp3.ac-creteil.fr", relay="smtp3.ac-creteil.fr",
  return_path="", auth="bounce", client="bare",
  extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
  dsn=[[("Reporting-MTA", "dns;smtp3.ac-creteil.fr"),
        ("Received-From-MTA", "dns;mx1.assistance.example.fr"),
        ("Arrival-Date", "Mon, 26 May 2025 09:41:55 +0000")],
       [("Final-Recipient", "rfc822;jean-luc.morin@ac-creteil.fr"),
        ("Action", "failed"), ("Status", "5.1.10"),
        ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]],
  orig_to="jean-luc.morin@ac-creteil.fr", orig_subject="[#SUP-015980] Facture commande",
  orig_ref="SUP-015980", orig_body="""
  Bonjour,

  Votre demande concernant une facture a été transmise au service
  comptable, qui reviendra vers vous.

  L'équipe d'assistance
  """, when=(2025, 5, 26, 11, 42),
  headers_only=True,
  notes="French Exchange non-delivery report ('Non remis :'), multipart/report with text/rfc822-headers; from postmaster@ac-creteil.fr, so region from the domain.")

M("au-dsn-mailbox-full", "automated", ("Mail Delivery Subsystem", "mailer-daemon@mx.lycee-hoche.example.fr"),
  "Delivery Status Notification (Failure)",
  """
  ** Message non distribué **

  Votre message à annie.lucas@lycee-hoche.example.fr n'a pas été distribué :
  la boîte du destinataire est pleine et ne peut pas recevoir de nouveaux
  messages pour le moment.

  The recipient's mailbox is full and can't accept messages now.
  """, kind="dsn", mta="mx.lycee-hoche.example.fr", relay="mx.lycee-hoche.example.fr",
  return_path="", auth="bounce", client="bare",
  extra=["Auto-Submitted: auto-replied"],
  dsn=[[("Reporting-MTA", "dns; mx.lycee-hoche.example.fr"),
        ("Arrival-Date", "Tue, 4 Nov 2025 16:03:12 +0100")],
       [("Final-Recipient", "rfc822; annie.lucas@lycee-hoche.example.fr"),
        ("Action", "failed"), ("Status", "5.2.2"),
        ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full")]],
  orig_to="annie.lucas@lycee-hoche.example.fr", orig_subject="[#SUP-018240] Mot de passe e-sidoc",
  orig_ref="SUP-018240", orig_body="""
  Bonjour,

  Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour
  votre établissement. Il est valable 24 heures.

  L'équipe d'assistance
  """, when=(2025, 11, 4, 16, 3),
  notes="Bounce for a full mailbox (5.2.2), bilingual notice; the attached original mentions e-sidoc passwords but it is a bounce.")

M("au-bounce-plain-qmail", "automated", ("MAILER-DAEMON", "MAILER-DAEMON@mail.ecole-sainte-anne.example.fr"),
  "failure notice",
  """
  Hi. This is the qmail-send program at mail.ecole-sainte-anne.example.fr.
  I'm afraid I wasn't able to deliver your message to the following addresses.
  This is a permanent error; I've given up. Sorry it didn't work out.

  <direction@ecole-sainte-anne.example.fr>:
  Sorry, no mailbox here by that name. (#5.1.1)

  --- Below this line is a copy of the message.

  Return-Path: <support@assistance.example.fr>
  From: Assistance <support@assistance.example.fr>
  To: direction@ecole-sainte-anne.example.fr
  Subject: [#SUP-016771] Autorisation de commande

  Bonjour,

  Nous avons bien reçu votre autorisation. La commande sera validée
  dans la journée.

  L'équipe d'assistance
  """, return_path="", auth="bounce", client="bare", lang="en",
  relay="mail.ecole-sainte-anne.example.fr", when=(2025, 6, 18, 7, 51),
  notes="qmail bounce as plain text: no multipart/report, no Auto-Submitted; only the null Return-Path, the sender and the wording tell.",
  hard=True)

M("au-mdn-outlook-fr", "automated", ("Jeanne Morel", "jeanne.morel@ac-lyon.fr"),
  "Lu : [#SUP-017310] Compte en attente de validation",
  """
  Votre message

    À : jeanne.morel@ac-lyon.fr
    Objet : [#SUP-017310] Compte en attente de validation
    Envoyé : mardi 7 octobre 2025 10:12:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

  a été lu le mardi 7 octobre 2025 11:03:18 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
  """, kind="mdn", client="outlook", when=(2025, 10, 7, 11, 3),
  mdn=[("Reporting-UA", "smtp2.ac-lyon.fr; Microsoft Outlook 16.0"),
       ("Final-Recipient", "rfc822;jeanne.morel@ac-lyon.fr"),
       ("Original-Message-ID", "<SUP-017310.1759824760.5e02@assistance.example.fr>"),
       ("Disposition", "manual-action/MDN-sent-manually; displayed")],
  orig_to="jeanne.morel@ac-lyon.fr", orig_subject="[#SUP-017310] Compte en attente de validation",
  orig_ref="SUP-017310", orig_body="""
  Bonjour,

  Votre compte doit être validé par l'administrateur de votre structure.
  """,
  notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-lyon.fr.")

M("au-mdn-thunderbird-en", "automated", ("Peter Lang", "peter.lang@orange.fr"),
  "Return Receipt (displayed) - [#SUP-013555] Invoice copy",
  """
  This is a Return Receipt for the mail that you sent to peter.lang@orange.fr.

  Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
  """, kind="mdn", client="thunderbird_en", lang="en", when=(2025, 2, 11, 18, 40),
  mdn=[("Reporting-UA", "wwinf1f33; Mozilla Thunderbird"),
       ("Final-Recipient", "rfc822;peter.lang@orange.fr"),
       ("Original-Message-ID", "<SUP-013555.1739291100.0b7c@assistance.example.fr>"),
       ("Disposition", "manual-action/MDN-sent-manually; displayed")],
  orig_to="peter.lang@orange.fr", orig_subject="[#SUP-013555] Invoice copy",
  orig_ref="SUP-013555", orig_body="""
  Hello,

  Please find the invoice copy on your buyer space.
  """,
  notes="Thunderbird return receipt in English (disposition-notification).")

M("au-list-doc", "automated", ("Véronique Lasserre", "veronique.lasserre@ac-bordeaux.fr"),
  "[doc-cdi] Exposition virtuelle : quel outil ?",
  """
  Bonjour à toutes et à tous,

  Pour la semaine de la presse, je voudrais monter une petite exposition
  virtuelle avec les élèves de 4e. Quels outils utilisez-vous ? Est-ce
  que certains l'ont fait directement dans leur portail ?

  Merci pour vos retours,
  Véronique, CDI du collège François Mauriac

  --
  Liste de diffusion doc-cdi - pour vous désinscrire :
  https://listes.example.org/sympa/signoff/doc-cdi
  """, client="zimbra", to="doc-cdi@listes.example.org",
  extra=["List-Id: Documentalistes des CDI <doc-cdi.listes.example.org>",
         "List-Unsubscribe: <https://listes.example.org/sympa/signoff/doc-cdi>",
         "List-Post: <mailto:doc-cdi@listes.example.org>",
         "Precedence: list",
         "Sender: doc-cdi-request@listes.example.org"],
  notes="A librarian's question posted to a mailing list the desk is subscribed to (List-Id, Precedence: list): not written for us. Region from ac-bordeaux.fr.")

M("au-newsletter-ea", "automated", ("Espace Acheteur", "newsletter@espace-acheteur.example.fr"),
  "La lettre de l'Espace Acheteur - novembre 2025",
  """
  La lettre de l'Espace Acheteur

  Nouveautés du catalogue : les offres de ressources numériques 2026 sont
  en ligne. Pensez à anticiper vos commandes avant la clôture budgétaire.

  Rappel : les devis sont valables 60 jours.

  Se désinscrire : https://espace-acheteur.example.fr/lettre/desinscription
  """, fmt="alt", client="bare", when=(2025, 11, 5, 6, 30),
  extra=["List-Id: <lettre.espace-acheteur.example.fr>",
         "List-Unsubscribe: <https://espace-acheteur.example.fr/lettre/desinscription>",
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
         "Precedence: bulk"],
  plat="espace_acheteur",
  notes="Marketing newsletter of the buyer space (List-Id, one-click unsubscribe, Precedence: bulk).")

M("au-noreply-esidoc-rapport", "automated", ("e-sidoc", "no-reply@esidoc.example.fr"),
  "Rapport hebdomadaire de votre portail {u}",
  """
  Bonjour,

  Voici l'activité de votre portail e-sidoc ({u}) pour la semaine écoulée :

  - 214 visites
  - 37 réservations
  - 12 nouveaux comptes lecteurs

  Ce message est envoyé automatiquement, merci de ne pas y répondre.
  """, u="0441705", plat="esidoc", client="bare", when=(2025, 3, 17, 5, 0),
  extra=["Auto-Submitted: auto-generated"],
  notes="Automatic weekly report from the e-sidoc no-reply sender (Auto-Submitted: auto-generated); the portal's UAI is in it.")

M("au-esign-no-header", "automated", ("Signature électronique", "notifications@signature.example.com"),
  "Document signé : Convention d'accès aux ressources 2025-2026",
  """
  Bonjour,

  Le document « Convention d'accès aux ressources 2025-2026 » a été signé
  par toutes les parties.

  Vous pouvez le télécharger depuis votre espace de signature pendant
  30 jours.

  Ceci est un message automatique.
  """, plat="esignature", fmt="alt", client="bare", when=(2025, 9, 24, 12, 17),
  notes="E-signature 'signed by all parties' notification with no Auto-Submitted header: still a robot's notification, not a contract_documents question.",
  hard=True)

M("au-ticket-portal-update", "automated", ("Portail assistance", "no-reply@tickets.example.fr"),
  "[Ticket #48213] Mise à jour de votre ticket",
  """
  Bonjour,

  Le ticket #48213 « Erreur d'export des notices » a été mis à jour par
  l'éditeur. Statut : en cours d'analyse.

  Consultez le ticket : https://tickets.example.fr/t/48213

  Ce courriel est généré automatiquement.
  """, plat="ticket_portal", client="bare",
  extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  notes="Ticket-portal notification to the desk (Auto-Submitted: auto-generated).")

# ---------------------------------------------------------------- other (16)

M("ot-merci-mib-guide", "other", ("Laurence Ribot", "laurence.ribot@ac-clermont.fr"),
  "Re: [#SUP-014877] Messages bloqués par MailInBlack",
  """
  Merci beaucoup, c'est réglé : notre informaticien a ajouté votre adresse
  et tout arrive maintenant.

  Bonne journée !
  Laurence

  Le 14/03/2025 à 09:20, Assistance a écrit :
  > Bonjour,
  >
  > Vos messages sont retenus par MailInBlack. Vous trouverez ci-dessous le
  > guide pour autoriser notre adresse d'envoi ; transmettez-le à votre
  > service informatique.
  >
  > L'équipe d'assistance
  """, client="thunderbird", when=(2025, 3, 14, 15, 47),
  extra=["In-Reply-To: <SUP-014877.1741940400.6a90@assistance.example.fr>",
         "References: <SUP-014877.1741940400.6a90@assistance.example.fr>"],
  hard=True,
  notes="Thanks only, quoting our MailInBlack answer: nothing new is asked, so other (the quoted text must not decide).")

M("ot-thanks-en", "other", ("Daniel Brooks", "daniel.brooks@hotmail.fr"),
  "Re: No confirmation email",
  """
  Thanks, all sorted now - it had landed in a folder I never look at.

  Cheers,
  Daniel
  """, lang="en", client="outlook365", when=(2025, 6, 3, 17, 12),
  extra=["In-Reply-To: <SUP-016240.1748960000.11ab@assistance.example.fr>"],
  notes="English thanks-only reply; nothing asked.")

M("ot-phishing-webmail", "other", ("Service Messagerie Académique", "securite@ac-messagerie-verif.com"),
  "Votre boîte académique sera désactivée sous 24h",
  """
  Cher utilisateur,

  Suite à une mise à jour de sécurité, votre compte de messagerie
  académique sera désactivé sous 24 heures si vous ne confirmez pas votre
  identité.

  Cliquez ici pour confirmer votre identifiant et votre mot de passe :
  https://ac-messagerie-verif.com/connexion

  Service Messagerie
  """, fmt="html", client="bare", auth="fail", hard=True,
  notes="Phishing: look-alike domain, DKIM/SPF/DMARC fail, asks for the password; it mentions passwords but is not a reset request.")

M("ot-phishing-en", "other", ("IT Helpdesk", "helpdesk@mail-security-update.example.net"),
  "Your password expires today",
  """
  Dear user,

  Your mailbox password expires today. To keep using your account,
  validate your current password within 12 hours:

  https://mail-security-update.example.net/keep-password

  IT Helpdesk
  """, lang="en", fmt="alt", client="bare", auth="fail",
  notes="English phishing about an expiring password (authentication fails).")

M("ot-spam-seo", "other", ("Julie de WebBoost", "julie@webboost-agence.example.com"),
  "Votre site mérite la première page de Google",
  """
  Bonjour,

  J'ai consulté votre site et je pense qu'il pourrait gagner beaucoup plus
  de visibilité. Notre agence propose un audit SEO gratuit et un
  accompagnement sur mesure.

  Êtes-vous disponible pour un appel de 15 minutes cette semaine ?

  Julie
  WebBoost Agence
  """, fmt="alt", client="bare", auth="nodkim",
  notes="Commercial spam (SEO agency).")

M("ot-fake-invoice", "other", ("Comptabilité Fournisseurs", "compta@factures-reglement.example.net"),
  "Facture impayée n°2025-88412 - relance avant contentieux",
  """
  Madame, Monsieur,

  Sauf erreur de notre part, la facture n°2025-88412 d'un montant de
  1 248,00 euros reste impayée. Sans règlement sous 48 heures, le dossier
  sera transmis à notre service contentieux.

  Téléchargez la facture : https://factures-reglement.example.net/dl/88412

  Service comptabilité
  """, fmt="html", client="bare", auth="fail", hard=True,
  notes="Fake unpaid-invoice phishing (authentication fails, unknown supplier): other, not order_billing.")

M("ot-parent-ecoledirecte", "other", ("Karima Belkacem", "karima.belkacem@gmail.com"),
  "notes de ma fille",
  """
  Bonjour,

  Je n'arrive pas à voir les notes du 2e trimestre de ma fille Inès
  (classe de 5e B) sur EcoleDirecte, alors que son professeur dit qu'elles
  sont en ligne. Pouvez-vous vérifier ?

  Merci
  Mme Belkacem
  """, plat="ecoledirecte", client="gmail", fmt="alt", notes="A parent writing about her daughter's grades: meant for the school, not for the desk; no password, no transfer. Boundary with transfer_incident.")

M("ot-suggestion-theme", "other", ("Julie Ménard", "julie.menard@ac-nantes.fr"),
  "Suggestion pour e-sidoc",
  """
  Bonjour,

  Une petite suggestion : serait-il possible de proposer un affichage à
  fort contraste sur le portail e-sidoc ? Plusieurs élèves malvoyants le
  demandent.

  Merci pour votre travail,
  Julie Ménard
  Collège Jules Renard, Laval
  """, plat="esidoc", client="zimbra",
  notes="Feature suggestion (accessibility) for e-sidoc.")

M("ot-formation", "other", ("Hélène Vautrin", "helene.vautrin@ac-reims.fr"),
  "Formation à l'outil",
  """
  Bonjour,

  Proposez-vous des sessions de formation (en ligne ou en présentiel) à
  l'administration d'e-sidoc pour les documentalistes débutants ? Nous
  sommes trois dans le bassin de Charleville intéressées.

  Cordialement,
  Hélène Vautrin
  Collège Bayard, Charleville-Mézières
  """, plat="esidoc", client="zimbra",
  notes="Asks about training sessions; no UAI, region from ac-reims.fr.")

M("ot-rgpd", "other", ("Marc Delorme", "marc.delorme@free.fr"),
  "Demande de suppression de mes données",
  """
  Bonjour,

  Conformément au RGPD, je vous demande de supprimer l'ensemble des
  données personnelles me concernant que vous détenez, et de me confirmer
  cette suppression.

  Marc Delorme
  """, client="roundcube",
  notes="GDPR erasure request: for a person, no category fits.")

M("ot-partnership-en", "other", ("Ryan Cole", "ryan.cole@edtech-partners.example.com"),
  "Partnership opportunity",
  """
  Hi team,

  I lead partnerships at an edtech start-up building reading-tracking
  tools for secondary schools. We'd love to explore an integration with
  your platform. Would you have 20 minutes next week?

  Best regards,
  Ryan Cole
  """, lang="en", fmt="alt", client="gmail",
  notes="English business pitch.")

M("ot-webinaire", "other", ("Benoît Carré", "benoit.carre@ac-besancon.fr"),
  "Replay du webinaire ?",
  """
  Bonjour,

  Je n'ai pas pu assister au webinaire de présentation des nouveautés
  jeudi dernier. Est-il possible d'en obtenir l'enregistrement ?

  Merci,
  Benoît Carré
  Lycée Victor Hugo, Besançon
  """, client="zimbra",
  notes="Asks for a webinar recording.")

M("ot-relance-ticket", "other", ("Martine Gauthier", "martine.gauthier@ac-lille.fr"),
  "Toujours aucune réponse",
  """
  Bonjour,

  J'ai envoyé une demande il y a dix jours et je n'ai toujours aucune
  réponse. Je trouve ce délai très long. Quelqu'un pourrait-il enfin me
  répondre ?

  Martine Gauthier
  """, client="outlook", fmt="alt_outlook",
  notes="Complaint about a slow answer without saying what the original request was: other (human review).")

M("ot-candidature", "other", ("Léa Fournier", "lea.fournier.pro@gmail.com"),
  "Candidature spontanée - stage assistance utilisateurs",
  """
  Madame, Monsieur,

  Étudiante en BTS SIO, je recherche un stage de huit semaines à partir
  de mars. Votre service d'assistance m'intéresse beaucoup ; vous
  trouverez mon CV en pièce jointe.

  Je vous prie d'agréer mes salutations distinguées.

  Léa Fournier
  """, client="gmail", fmt="alt",
  attach=("CV_Lea_Fournier.pdf", tiny_pdf("CV - Lea Fournier"), "application/pdf"),
  notes="Unsolicited internship application with a CV.")

M("ot-accessibilite-question", "other", ("Thibault Roux", "thibault.roux@ac-guadeloupe.fr"),
  "Portail et lecteurs d'écran",
  """
  Bonjour,

  Un élève non-voyant arrive au collège en janvier. Le portail e-sidoc
  est-il compatible avec les lecteurs d'écran (NVDA, VoiceOver) ? Avez-vous
  une documentation à ce sujet ?

  Collège Nelson Mandela, Les Abymes - UAI {u}

  Thibault Roux
  """, u="9710842", plat="esidoc", client="zimbra",
  notes="Question on screen-reader compatibility: information, no category fits.")

M("ot-principal-close", "other", ("Principale Collège Claude Monet", "ce.{u}@ac-mayotte.fr"),
  "Re: [#SUP-017904] Changement d'administrateur",
  """
  Bonjour,

  Je vous remercie, le changement d'administrateur est bien effectif.
  Vous pouvez clore ce dossier.

  Bien cordialement,
  La principale
  """, u="9760177", client="zimbra", when=(2025, 10, 14, 9, 30),
  extra=["In-Reply-To: <SUP-017904.1760340000.2bd0@assistance.example.fr>"],
  hard=True,
  notes="A principal from the ce. address, subject about a change of administrator, but she only thanks and asks to close: other, not a head-of-establishment request.")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Write the holdout48 blind test corpus: 150 hand-written support mails and their labels.

Theme: January 2025, after the winter break, in Pays de la Loire, Nouvelle-Aquitaine and
the overseas académies. New year wishes mixed with requests, new passwords imposed by the
académie (and confused with the ENT and portal passwords), a new budget year, heads
reorganising who administers what, vendors and publishers writing in English.

Standard library only, deterministic (fixed seed). Run: python3 make_holdout48.py
It writes h001.eml ... h150.eml and labels.jsonl next to itself.
"""
import base64
import datetime
import gzip
import html
import json
import os
import quopri
import random
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20250106)

# --------------------------------------------------------------------------------------
# Taxonomy and routing table (from shared/spec/taxonomy.md and shared/spec/regions.md)
# --------------------------------------------------------------------------------------
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation", "subscription_activation",
    "order_billing", "contract_documents", "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard",
              "lang", "notes"]

_REGION_TABLE = [
    ("auvergne-rhone-alpes", "01 03 07 15 26 38 42 43 63 69 73 74",
     "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    ("bourgogne-franche-comte", "21 25 39 58 70 71 89 90", "ac-besancon.fr ac-dijon.fr"),
    ("bretagne", "22 29 35 56", "ac-rennes.fr"),
    ("centre-val-de-loire", "18 28 36 37 41 45", "ac-orleans-tours.fr"),
    ("corse", "620 720", "ac-corse.fr"),
    ("grand-est", "08 10 51 52 54 55 57 67 68 88",
     "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr"),
    ("hauts-de-france", "02 59 60 62 80", "ac-amiens.fr ac-lille.fr"),
    ("ile-de-france", "75 77 78 91 92 93 94 95", "ac-creteil.fr ac-paris.fr ac-versailles.fr"),
    ("normandie", "14 27 50 61 76", "ac-normandie.fr ac-caen.fr ac-rouen.fr"),
    ("nouvelle-aquitaine", "16 17 19 23 24 33 40 47 64 79 86 87",
     "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr"),
    ("occitanie", "09 11 12 30 31 32 34 46 48 65 66 81 82",
     "ac-montpellier.fr ac-toulouse.fr"),
    ("pays-de-la-loire", "44 49 53 72 85", "ac-nantes.fr"),
    ("provence-alpes-cote-d-azur", "04 05 06 13 83 84", "ac-aix-marseille.fr ac-nice.fr"),
    ("guadeloupe", "971", "ac-guadeloupe.fr"),
    ("martinique", "972", "ac-martinique.fr"),
    ("guyane", "973", "ac-guyane.fr"),
    ("la-reunion", "974", "ac-reunion.fr"),
    ("mayotte", "976", "ac-mayotte.fr"),
]
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, _depts, _doms in _REGION_TABLE:
    for _d in _depts.split():
        DEPT_REGION[("0" + _d) if len(_d) == 2 else _d] = _slug
    for _dom in _doms.split():
        DOMAIN_REGION[_dom] = _slug
REGIONS = {s for s, _, _ in _REGION_TABLE}

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def check_letter(d7):
    return UAI_LETTERS[int(d7) % 23]


def U(d7):
    """A valid UAI from its 7 digits."""
    assert len(d7) == 7 and d7.isdigit(), d7
    assert d7[:3] in DEPT_REGION, d7
    return d7 + check_letter(d7)


def BAD(d7):
    """The same digits with a wrong check letter (a typo a person could make)."""
    good = check_letter(d7)
    return d7 + UAI_LETTERS[(UAI_LETTERS.index(good) + 4) % 23]


def uai_ok(code):
    return (len(code) == 8 and code[:7].isdigit()
            and code[7] == check_letter(code[:7]) and code[:3] in DEPT_REGION)


def region_rule(uai, sender):
    """taxonomy.md: the UAI's département, else an académie sender domain, else null."""
    if uai:
        return DEPT_REGION[uai[:3]]
    return DOMAIN_REGION.get(sender.rsplit("@", 1)[1].lower())


# --------------------------------------------------------------------------------------
# Small helpers for realistic headers
# --------------------------------------------------------------------------------------
SUPPORT = "support@assistance.example.fr"
MX = "mx1.assistance.example.fr"
TZ_BY_DOMAIN = {"ac-guadeloupe.fr": -4, "ac-martinique.fr": -4, "ac-guyane.fr": -3,
                "ac-reunion.fr": 4, "ac-mayotte.fr": 3}


def hexs(n, alphabet="0123456789abcdef"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ip():
    return RNG.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(RNG.randint(2, 250))


def qid():
    return hexs(15, "0123456789BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz")


def when(spec, tz):
    """'06 08:47' -> aware datetime in January 2025 (or 'D12-19 11:05' for December 2024)."""
    month, year = 1, 2025
    if spec.startswith("D12-"):
        month, year, spec = 12, 2024, spec[4:]
    day, hm = spec.split()
    hh, mm = hm.split(":")
    return datetime.datetime(year, month, int(day), int(hh), int(mm), RNG.randint(0, 59),
                             tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def rfcdate(dt):
    return format_datetime(dt)


def ehdr(value, charset="utf-8", name="Subject"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode(linesep="\n")


def eaddr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{addr}>"


def sup_mid(ticket, dt):
    return f"<SUP-{ticket:06d}.{int(dt.timestamp())}.{hexs(6)}@assistance.example.fr>"


def esc(s):
    return html.escape(s, quote=False)


def enc_text(text, charset, cte):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        s = base64.b64encode(raw).decode("ascii")
        return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode("ascii")
    if cte == "7bit":
        assert max(raw) < 128, "7bit body with non-ASCII"
    return raw


def b64_blob(data):
    s = base64.b64encode(data).decode("ascii")
    return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode("ascii")


def render_headers(hdrs, allow_8bit=False):
    out = []
    for name, value in hdrs:
        line = f"{name}: {value}\n"
        if not allow_8bit:
            line.encode("ascii")
        out.append(line.encode("utf-8"))
    return b"".join(out)


def leaf(ctype, body, cte=None, extra=()):
    hdrs = [("Content-Type", ctype)]
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    hdrs.extend(extra)
    return (hdrs, body)


def multipart(subtype, parts, params="", preamble=None, boundary=None):
    b = boundary or ("=_" + hexs(24))
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for hdrs, body in parts:
        chunks.append(b"\n--" + b.encode() + b"\n" if chunks else b"--" + b.encode() + b"\n")
        chunks.append(render_headers(hdrs))
        chunks.append(b"\n")
        chunks.append(body if body.endswith(b"\n") else body + b"\n")
    chunks.append(b"\n--" + b.encode() + b"--\n")
    return ([("Content-Type", f'multipart/{subtype};{params}\n boundary="{b}"')], b"".join(chunks))


def html_gmail(text):
    parts, inq = [], False
    for ln in text.rstrip("\n").split("\n"):
        if ln.startswith(">"):
            if not inq:
                parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                             'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                inq = True
            s = ln[1:].lstrip(" ")
            parts.append(f"<div>{esc(s)}</div>" if s else "<div><br></div>")
        else:
            if inq:
                parts.append("</blockquote>")
                inq = False
            parts.append(f"<div>{esc(ln)}</div>" if ln.strip() else "<div><br></div>")
    if inq:
        parts.append("</blockquote>")
    return '<div dir="ltr">' + "\n".join(parts) + "</div>\n"


def html_outlook(text, charset):
    paras = []
    for ln in text.rstrip("\n").split("\n"):
        if ln.strip() == "________________________________":
            paras.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                         'padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">&nbsp;</p></div>')
        elif ln.strip():
            paras.append(f'<p class="MsoNormal">{esc(ln)}<o:p></o:p></p>')
        else:
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n'
            '\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n'
            '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def html_plain(text):
    body = "<br>\n".join(esc(ln) for ln in text.rstrip("\n").split("\n"))
    return f"<html><body>\n<div style=\"font-family:Arial,sans-serif\">{body}</div>\n</body></html>\n"


def pick_charset(text, prefs):
    for cs in prefs:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


# --------------------------------------------------------------------------------------
# Mail clients: header habits, Message-ID styles, body encodings
# --------------------------------------------------------------------------------------
def client_profile(client, domain, subject_enc, has_att):
    """Return (extra headers, message-id, defaults dict)."""
    if client == "thunderbird":
        return ([("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
                f"<{hexs(8)}-{hexs(4)}-4{hexs(3)}-{hexs(4)}-{hexs(12)}@{domain}>",
                dict(charset="utf-8", cte="8bit", html=None, flowed=True))
    if client == "thunderbird_latin1":
        return ([("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) "
                                "Gecko/20100101\n Thunderbird/102.15.1"),
                 ("Content-Language", "fr")],
                f"<{hexs(8)}-{hexs(4)}-4{hexs(3)}-{hexs(4)}-{hexs(12)}@{domain}>",
                dict(charset="iso-8859-1", cte="8bit", html=None, flowed=True))
    if client in ("outlook", "outlook_html", "outlook_txt", "outlook_android"):
        pfx = RNG.choice(["PR0P264MB", "PA4P264MB", "MR1P264MB", "PAZP264MB", "DB9P264MB"])
        mid = (f"<{pfx}{RNG.randint(1000, 9999)}{hexs(12, '0123456789ABCDEF')}"
               f"{RNG.randint(10, 99)}@{pfx}{RNG.randint(1000, 9999)}.FRAP264.PROD.OUTLOOK.COM>")
        desktop = domain in DOMAIN_REGION  # académie mailboxes: Outlook desktop over SMTP
        if desktop:
            mid = (f"<000001db{hexs(4)}${hexs(8)}${hexs(8)}$@{domain}>")
        hdrs = [("Thread-Topic", subject_enc),
                ("Thread-Index", base64.b64encode(bytes(RNG.randrange(256)
                                                        for _ in range(22))).decode()),
                ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                ("X-MS-Has-Attach", "yes" if has_att else ""), ("X-MS-TNEF-Correlator", "")]
        if desktop or client == "outlook_txt":
            hdrs.insert(0, ("X-Mailer", "Microsoft Outlook 16.0"))
        if client == "outlook_txt":
            return hdrs, mid, dict(charset=None, cte="quoted-printable", html=None)
        if client == "outlook_android":
            return hdrs, mid, dict(charset="utf-8", cte="base64", html="alt-outlook")
        return hdrs, mid, dict(charset=None, cte="quoted-printable",
                               html="only-outlook" if client == "outlook_html" else "alt-outlook")
    if client == "gmail":
        mid = "<CA" + hexs(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") \
            + "@mail.gmail.com>"
        return ([], mid, dict(charset="utf-8", cte="quoted-printable", html="alt-gmail"))
    if client == "zimbra":
        mid = (f"<{RNG.randint(100000000, 999999999)}.{RNG.randint(1000000, 9999999)}."
               f"{RNG.randint(1736000000000, 1738300000000)}.JavaMail.zimbra@{domain}>")
        return ([("X-Mailer", "Zimbra 9.0.0_GA_4626 (ZimbraWebClient - FF133 (Win)/9.0.0_GA_4626)"),
                 ("Thread-Topic", subject_enc),
                 ("Thread-Index", base64.b64encode(bytes(RNG.randrange(256)
                                                         for _ in range(14))).decode()),
                 ("X-Originating-IP", f"[{ip()}]")],
                mid, dict(charset="utf-8", cte="quoted-printable", html=None))
    if client == "zimbra_html":
        mid = (f"<{RNG.randint(100000000, 999999999)}.{RNG.randint(1000000, 9999999)}."
               f"{RNG.randint(1736000000000, 1738300000000)}.JavaMail.zimbra@{domain}>")
        return ([("X-Mailer", "Zimbra 9.0.0_GA_4626 (ZimbraWebClient - GC131 (Mac)/9.0.0_GA_4626)"),
                 ("Thread-Topic", subject_enc),
                 ("Thread-Index", base64.b64encode(bytes(RNG.randrange(256)
                                                         for _ in range(14))).decode())],
                mid, dict(charset="utf-8", cte="quoted-printable", html="alt-plain"))
    if client == "iphone":
        mid = f"<{hexs(8, '0123456789ABCDEF')}-{hexs(4, '0123456789ABCDEF')}-" \
              f"{hexs(4, '0123456789ABCDEF')}-{hexs(4, '0123456789ABCDEF')}-" \
              f"{hexs(12, '0123456789ABCDEF')}@{domain}>"
        return ([("X-Mailer", "iPhone Mail (22C161)")], mid,
                dict(charset="utf-8", cte="quoted-printable", html=None, apple=True))
    if client == "k9":
        return ([("User-Agent", "K-9 Mail for Android")],
                f"<{hexs(32)}@{domain}>",
                dict(charset="utf-8", cte="quoted-printable", html=None))
    if client == "ox":
        mid = f"<{RNG.randint(1000000000, 1999999999)}.{RNG.randint(10000, 99999)}." \
              f"{RNG.randint(1736000000000, 1738300000000)}@wwinf{RNG.randint(1000, 2999)}>"
        return ([("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"), ("X-Originating-IP", ip())],
                mid, dict(charset="utf-8", cte="quoted-printable", html="alt-plain"))
    if client == "roundcube":
        return ([("User-Agent", "Roundcube Webmail/1.6.9")], f"<{hexs(32)}@{domain}>",
                dict(charset="utf-8", cte="quoted-printable", html=None, flowed=True))
    if client == "plain":
        return ([("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
                f"<{hexs(32)}@{domain}>", dict(charset="utf-8", cte="8bit", html=None))
    raise ValueError(client)


def received_chain(addr, client, dt_local, mx_dt):
    dom = addr.rsplit("@", 1)[1].lower()
    rid = qid()
    stamp = rfcdate(mx_dt)
    inner = []
    if dom in DOMAIN_REGION or dom.endswith(".ac-nantes.fr"):
        relay = f"smtp{RNG.randint(1, 6)}.{dom}"
        inner.append(f"from [{ip()}] (unknown [{ip()}])\n\tby {relay} with ESMTPSA id "
                     f"{hexs(10, '0123456789ABCDEF')}\n\tfor <{SUPPORT}>; {rfcdate(dt_local)}")
    elif dom == "gmail.com":
        relay = f"mail-{RNG.choice(['wr1', 'wm1', 'ej1', 'lf1'])}-f{RNG.randint(40, 199)}.google.com"
        inner.append(f"by {relay} with SMTP id {hexs(20, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
                     f"\n\tfor <{SUPPORT}>; {rfcdate(dt_local.astimezone(datetime.timezone(datetime.timedelta(hours=-8))))}")
    elif dom in ("orange.fr", "wanadoo.fr"):
        relay = f"smtp-{RNG.randint(10, 30)}.smtp.orange.fr"
    elif client.startswith("outlook"):
        relay = f"PAUP264CU{RNG.randint(1, 9):03d}.outbound.protection.outlook.com"
    else:
        relay = f"mail.{dom}"
    first = (f"from {relay} ({relay} [{ip()}])\n\tby {MX} (Postfix) with ESMTPS id {rid}\n"
             f"\tfor <{SUPPORT}>; {stamp}")
    return [first] + inner


def auth_results(addr, mode="pass"):
    dom = addr.rsplit("@", 1)[1].lower()
    if mode == "pass":
        return (f"{MX};\n\tdkim=pass (2048-bit key) header.d={dom};\n\tspf=pass "
                f"smtp.mailfrom={dom};\n\tdmarc=pass (p=none dis=none) header.from={dom}")
    if mode == "spoof":
        return (f"{MX};\n\tdkim=none;\n\tspf=fail smtp.mailfrom={dom};\n\tdmarc=fail "
                f"(p=quarantine dis=none) header.from={dom}")
    if mode == "none":
        return f"{MX};\n\tdkim=none;\n\tspf=none smtp.mailfrom={dom};\n\tdmarc=none"
    if mode == "softfail":
        return (f"{MX};\n\tdkim=none;\n\tspf=softfail smtp.mailfrom={dom};\n\tdmarc=none "
                f"header.from={dom}")
    raise ValueError(mode)


# --------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------
MAILS = []  # (bytes, label dict, texts for checks)


def _label(cat, ok, hard, notes, uai, platform, lang, sender, region=None):
    reg = region_rule(uai, sender)
    if region is not None:
        assert region == reg, (notes, region, reg)
    return {"category": cat, "auto_reply_ok": ok, "uai": uai, "region": reg,
            "platform": platform, "hard": hard, "lang": lang, "notes": notes}


def add(cat, ok, hard, notes, *, frm, subject, at, body, uai=None, platform=None, lang="fr",
        client="thunderbird", tz=None, to=None, cc=None, reply_to=None, irt=None, refs=None,
        attach=(), extra=(), auth="pass", return_path=None, region=None, charset=None,
        html_mode=None, via=None):
    name, addr = frm
    dom = addr.rsplit("@", 1)[1].lower()
    if tz is None:
        tz = TZ_BY_DOMAIN.get(dom, 1)
    dt = when(at, tz)
    mx_dt = (dt + datetime.timedelta(seconds=RNG.randint(2, 40))).astimezone(
        datetime.timezone(datetime.timedelta(hours=1)))
    subj_cs = "utf-8"
    prof_hdrs, mid, d = client_profile(client, dom, None, bool(attach))
    cs = charset or d["charset"] or pick_charset(body, ["iso-8859-1", "windows-1252"])
    if client.startswith("outlook"):
        subj_cs = pick_charset(subject + name, ["iso-8859-1", "windows-1252"]) \
            if cs != "utf-8" else "utf-8"
    subj_enc = ehdr(subject, subj_cs)
    prof_hdrs = [(k, subj_enc if k == "Thread-Topic" else v) for k, v in prof_hdrs]

    cte = d["cte"]
    if cte == "8bit" and max(body.encode(cs)) < 128:
        cte = "7bit"
    flowed = "; format=flowed" if d.get("flowed") else ""
    if d.get("apple"):
        text = leaf(f"text/plain;\n\tcharset={cs}", enc_text(body, cs, cte), cte)
    else:
        cs_disp = cs.upper() if client.startswith("thunderbird") else cs
        ctype = f"text/plain; charset={cs_disp}{flowed}" if flowed else \
            f'text/plain; charset="{cs}"'
        text = leaf(ctype, enc_text(body, cs, cte), cte)
    mode = html_mode or d["html"]
    if mode:
        if mode.endswith("outlook"):
            h = html_outlook(body, cs)
        elif mode.endswith("gmail"):
            h = html_gmail(body)
        else:
            h = html_plain(body)
        hcte = cte if cte in ("quoted-printable", "base64") else "quoted-printable"
        hpart = leaf(f'text/html; charset="{cs}"', enc_text(h, cs, hcte), hcte)
        if mode.startswith("only"):
            part = hpart
        else:
            part = multipart("alternative", [text, hpart])
    else:
        part = text
    if attach:
        parts = [part]
        for fname, ctype, data in attach:
            fn = ehdr(fname, "utf-8", "Content-Type")
            parts.append(leaf(f'{ctype}; name="{fn}"', b64_blob(data), "base64",
                              [("Content-Disposition", f'attachment; filename="{fn}"')]))
        part = multipart("mixed", parts)

    rp = "<>" if return_path == "" else f"<{return_path or addr}>"
    hdrs = [("Return-Path", rp), ("Delivered-To", SUPPORT)]
    chain = received_chain(via or return_path or addr, client, dt, mx_dt)
    hdrs.append(("Received", chain[0]))
    hdrs.append(("Authentication-Results", auth_results(addr, auth)))
    for r in chain[1:]:
        hdrs.append(("Received", r))
    hcs = subj_cs
    hdrs.append(("From", eaddr(name, addr, hcs)))
    hdrs.append(("To", to or RNG.choice([SUPPORT, f"Assistance <{SUPPORT}>",
                                          f"\"support@assistance.example.fr\" <{SUPPORT}>"])))
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("Subject", subj_enc))
    hdrs.append(("Date", rfcdate(dt)))
    hdrs.append(("Message-ID", mid))
    if irt:
        hdrs.append(("In-Reply-To", irt))
        hdrs.append(("References", refs or irt))
    hdrs.append(("MIME-Version", "1.0 (1.0)" if d.get("apple") else "1.0"))
    hdrs.extend(prof_hdrs)
    hdrs.extend(extra)
    hdrs.extend(part[0])
    raw = render_headers(hdrs) + b"\n" + part[1]
    lab = _label(cat, ok, hard, notes, uai, platform, lang, addr, region)
    MAILS.append((raw, lab, subject + "\n" + addr + "\n" + body))


def add_raw(cat, ok, hard, notes, *, sender, raw_headers, part, checktext="", uai=None,
            platform=None, lang="fr", region=None):
    """For machine-made mail: the caller gives every header (already encoded) and the MIME part."""
    raw = render_headers(raw_headers) + render_headers(part[0]) + b"\n" + part[1]
    lab = _label(cat, ok, hard, notes, uai, platform, lang, sender, region)
    MAILS.append((raw, lab, checktext + "\n" + sender))


def mx_received(relay, dt):
    mx_dt = (dt + datetime.timedelta(seconds=RNG.randint(1, 20))).astimezone(
        datetime.timezone(datetime.timedelta(hours=1)))
    return ("Received", f"from {relay} ({relay} [{ip()}])\n\tby {MX} (Postfix) with ESMTPS id "
                        f"{qid()}\n\tfor <{SUPPORT}>; {rfcdate(mx_dt)}")


def gq(when_fr, who, text):
    """Gmail French quote header and quoted lines."""
    q = "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))
    return f"Le {when_fr}, {who} a écrit :\n{q}\n"


def gq_en(when_en, who, text):
    q = "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))
    return f"On {when_en}, {who} wrote:\n{q}\n"


def oq(frm, sent, to, subj, text, cc=None):
    """Outlook French quote block."""
    cc_line = f"Cc : {cc}\n" if cc else ""
    return (f"\n________________________________\nDe : {frm}\nEnvoyé : {sent}\nÀ : {to}\n"
            f"{cc_line}Objet : {subj}\n\n{text.strip()}\n")


def oq_en(frm, sent, to, subj, text):
    return (f"\n________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
            f"Subject: {subj}\n\n{text.strip()}\n")


FAKE_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
            b"%%EOF\n")

# Quotable answers the desk sent earlier (written for this set).
ANS_RESET = """Bonjour,

Un lien pour choisir un nouveau mot de passe vient d'être envoyé à
l'adresse enregistrée pour votre établissement ({masked}).
Ce lien reste valable 12 heures et ne peut servir qu'une fois.

Cordialement,
L'équipe d'assistance"""

ANS_JUNK = """Bonjour,

Nos messages automatiques partent d'une adresse « no-reply » et se
retrouvent parfois dans le dossier des courriers indésirables.
Regardez dans ce dossier, déclarez le message comme légitime, ajoutez
l'expéditeur à vos contacts, puis redemandez l'envoi.

Si rien n'arrive d'ici 48 heures, votre demande sera confiée au
support de votre région.

Cordialement,
L'équipe d'assistance"""

# ======================================================================================
# password_reset (24)
# ======================================================================================
u = U("0441873")
add("password_reset", True, False,
    "Back to work after the break, e-sidoc back-office password forgotten; New Year wishes "
    "first; UAI in the body.",
    frm=("Anne-Sophie Guérin", "anne-sophie.guerin@ac-nantes.fr"),
    subject="Accès back-office e-sidoc après les vacances", at="06 08:47", platform="esidoc",
    uai=u, body=f"""Bonjour et bonne année à toute l'équipe,

Je reprends ce matin au CDI du collège Julien Gracq à Nantes et le
back-office e-sidoc refuse mon mot de passe. Je l'avais modifié en
novembre, et deux semaines de vacances ont suffi à me le faire oublier.

Notre identifiant est {u}. Pouvez-vous m'envoyer un lien pour en
définir un nouveau ?

Merci d'avance,

--
Anne-Sophie Guérin
Professeure documentaliste
Collège Julien Gracq – Nantes
""")

u = U("0490782")
add("password_reset", True, True,
    "States first what is NOT the problem: the académie (Arena/webmail) and e-lyco ENT "
    "passwords changed in January and work; the separate e-sidoc admin password is lost.",
    frm=("Yannick Berthelot", "yannick.berthelot@ac-nantes.fr"), client="zimbra",
    subject="Mot de passe refusé depuis le changement imposé par l'académie", at="07 10:15",
    platform="esidoc", uai=u, body=f"""Bonjour,

Petite précision avant tout : ma messagerie académique fonctionne, tout comme
e-lyco. Le rectorat nous a obligés à changer notre mot de passe Arena le
6 janvier, j'ai fait la manipulation et je me connecte partout avec le nouveau.

Le souci concerne uniquement l'administration de notre portail e-sidoc : ni
l'ancien ni le nouveau mot de passe académique ne passent. Je comprends
maintenant que ce compte n'a rien à voir avec l'académie et qu'il avait son
propre mot de passe, que je n'ai jamais noté nulle part.

Lycée Chevrollier, Angers – UAI {u}.
Comment puis-je le réinitialiser ?

Cordialement,
Yannick Berthelot
Documentaliste
""")

u = U("0330021")
add("password_reset", True, False,
    "English; teacher-librarian of an international section forgot the e-sidoc admin "
    "password; school code given as the username.",
    frm=("Helen Marsh", "helen.marsh@ac-bordeaux.fr"), client="outlook", lang="en",
    subject="Forgotten password - e-sidoc library portal", at="06 11:32", platform="esidoc",
    uai=u, body=f"""Hello,

Happy New Year! I am the teacher-librarian of the international section at
Lycée Montaigne in Bordeaux. I went to update our e-sidoc library portal this
morning and realised I can no longer remember the administration password;
I have tried the three or four I usually use, with no luck.

Our username is the school code, {u}.

Could you send me a way to reset it?

Many thanks,
Helen Marsh
CDI – Lycée Montaigne, Bordeaux
""")

u = U("0861254")
add("password_reset", True, False,
    "Account temporarily locked after failed attempts with the new ENT and académie "
    "passwords; asks to unlock or get a reset link.",
    frm=("Martine Rouxel", "martine.rouxel@ac-poitiers.fr"),
    subject="Bandeau rouge à la connexion", at="07 09:02", platform="esidoc", uai=u,
    body=f"""Bonjour,

Depuis ce matin, quand je me connecte à l'administration e-sidoc du
collège, un bandeau rouge s'affiche : « Compte temporairement bloqué.
Réessayez plus tard ». J'ai attendu une heure, même résultat.

Avant ce bandeau, la page m'avait répondu plusieurs fois « identifiant ou
mot de passe incorrect » : j'ai essayé le mot de passe de l'ENT, puis celui
de ma boîte académique, puisqu'on vient de nous faire changer les deux.

Identifiant : {u} (collège Camille Guérin, Poitiers).

Pouvez-vous débloquer l'accès ou me renvoyer de quoi refaire un mot de passe ?

Bien à vous,
Martine Rouxel
""")

u = U("0171329")
add("password_reset", True, False,
    "Reset mail requested on the last day before the break, opened after it: the link has "
    "expired; asks for a new one. iPhone, quoted-printable.",
    frm=("Sébastien Morin", "sebastien.morin@ac-poitiers.fr"), client="iphone",
    subject="Lien de réinitialisation expiré", at="06 07:58", platform="esidoc", uai=u,
    body=f"""Bonjour,

J'avais demandé un nouveau mot de passe e-sidoc le 20 décembre, dernier jour avant les vacances. Le mail est bien arrivé mais je ne l'ai ouvert qu'aujourd'hui et le lien affiche « ce lien n'est plus valide ».

Serait-il possible d'en recevoir un nouveau ? Lycée Bernard Palissy, Saintes, UAI {u}.

Merci et bonne année !
Sébastien Morin

Envoyé de mon iPhone
""")

add("password_reset", True, False,
    "New gestionnaire since 2 January: the Espace Acheteur password her predecessor left "
    "no longer works. No UAI; region from ac-limoges.fr.",
    frm=("Nadège Faucher", "nadege.faucher@ac-limoges.fr"), client="outlook",
    subject="Identifiants Espace Acheteur", at="08 14:20", platform="espace_acheteur",
    body="""Bonjour,

Nouvelle gestionnaire au lycée Edmond Perrier de Tulle depuis le 2 janvier, je
reprends les commandes passées par ma prédécesseure sur l'Espace Acheteur.
Elle m'a transmis l'identifiant, mais le mot de passe qu'elle avait noté ne
fonctionne plus.

Pourriez-vous m'indiquer comment en obtenir un nouveau ?

Cordialement,
Nadège Faucher
Adjointe gestionnaire
Lycée Edmond Perrier – Tulle
""")

u = U("9710406")
add("password_reset", True, False,
    "Guadeloupe: 'mot de passe expiré' screen asks for the old password, which is lost. "
    "Guadeloupe time zone.",
    frm=("Josiane Laguerre", "josiane.laguerre@ac-guadeloupe.fr"), client="zimbra",
    subject="mot de passe expiré e-sidoc", at="07 07:41", platform="esidoc", uai=u,
    body=f"""Bonjour,

Meilleurs voeux pour 2025.

En voulant publier les nouveautés de janvier sur e-sidoc, j'ai eu le message
« votre mot de passe a expiré, veuillez le changer ». Le formulaire me demande
l'ancien mot de passe, et c'est justement celui-là que je n'ai plus.

Collège Jean Jaurès, Les Abymes
UAI : {u}

Merci de votre aide.
Josiane Laguerre
Professeure documentaliste
""")

u = U("9740873")
add("password_reset", True, False,
    "Réunion: librarian appointed for the return after the austral summer break; nobody knows "
    "the e-sidoc admin password, the address on file is the predecessor's. Réunion time zone.",
    frm=("Jean-Max Payet", "jean-max.payet@ac-reunion.fr"),
    subject="Prise de poste au CDI - accès e-sidoc", at="21 08:12", platform="esidoc", uai=u,
    body=f"""Bonjour,

Je viens d'être nommé au CDI du lycée Roland Garros au Tampon pour la
reprise du 20 janvier, en remplacement de ma collègue repartie en
métropole. Personne ici ne connaît le mot de passe du compte
d'administration e-sidoc, et l'adresse qui y est rattachée est sans doute
la sienne.

Le code UAI du lycée est {u}.

Que dois-je faire pour récupérer l'accès ?

Merci,
Jean-Max Payet
Professeur documentaliste
""")

u = U("9760318")
add("password_reset", True, True,
    "Mayotte secretariat writes from the ce.<UAI> address (the UAI appears only there) and "
    "asks for the reset link on that official address.",
    frm=("Secrétariat Collège de Sada", f"ce.{u}@ac-mayotte.fr"), client="outlook",
    subject="Demande de lien - mot de passe CDI", at="08 09:25", platform="esidoc", uai=u,
    body="""Bonjour,

Le professeur documentaliste du collège ne parvient plus à se connecter au
portail e-sidoc depuis la reprise et ne retrouve pas son mot de passe. Il nous
a demandé de vous écrire depuis la boîte officielle de l'établissement.

Pouvez-vous envoyer le lien de réinitialisation à cette adresse ? Nous le lui
transmettrons.

Cordialement,
Le secrétariat de direction
Collège de Sada
""")

u_bad = BAD("0790913")
u_good = U("0790913")
add("password_reset", True, True,
    f"UAI written {u_bad} (subject and body) has a wrong check letter (the digits give "
    f"{u_good}): no UAI label; region from the ac-poitiers.fr sender. Plain lost password.",
    frm=("Patrick Giraudeau", "patrick.giraudeau@ac-poitiers.fr"), client="roundcube",
    subject=f"Réinitialisation mot de passe - {u_bad}", at="09 16:48", platform="esidoc",
    region="nouvelle-aquitaine", body=f"""Bonjour,

Je n'arrive plus à entrer dans l'administration de notre portail
documentaire e-sidoc : mot de passe inconnu. Notre identifiant est
{u_bad} (lycée Jean Macé, Niort).

Merci de me dire comment procéder.

P. Giraudeau
Documentaliste
""")

u = U("0851146")
add("password_reset", False, True,
    "Two topics: e-sidoc admin password lost (first) and a new invoicing address for 2025 "
    "(order_billing). One template would answer only half.",
    frm=("Élodie Charrier", "elodie.charrier@ac-nantes.fr"), client="outlook",
    subject="Mot de passe + adresse de facturation 2025", at="07 13:05", platform="esidoc",
    uai=u, body=f"""Bonjour,

Deux choses en ce début d'année, en vous souhaitant au passage une excellente
année 2025.

1. Je ne parviens plus à me connecter à e-sidoc : le mot de passe
administrateur est refusé et je ne l'ai pas retrouvé dans mes notes.
Notre UAI : {u}.

2. À partir du 1er janvier, les factures de l'abonnement doivent être
adressées au service d'intendance du lycée et non plus au CDI, avec le
nouveau numéro d'engagement juridique. Pouvez-vous mettre à jour l'adresse
de facturation ?

Merci,
Élodie Charrier
Lycée Rosa Parks – La Roche-sur-Yon
""")

u = U("0470613")
d0 = when("06 14:12", 1)
m0 = sup_mid(5214, d0)
add("password_reset", False, True,
    "Gmail-style reply to the automatic reset answer: the link went to a retired "
    "colleague's closed mailbox and the school's official mailbox got nothing. The "
    "automatic path has failed; a person must take over.",
    frm=("Laurent Daguerre", "laurent.daguerre@ac-bordeaux.fr"), client="gmail",
    subject="Re: [#SUP-005214] Mot de passe e-sidoc", at="07 08:30", platform="esidoc",
    uai=u, irt=m0, body=f"""Bonjour,

D'après votre message, le lien est parti vers une adresse qui commence par
« m*** ». C'est celle de Mme Marsan, partie à la retraite le 31 décembre : sa
boîte académique est déjà fermée, personne ne peut la consulter. Et la boîte
officielle du collège n'a rien reçu non plus.

Comment faire maintenant ?

Laurent Daguerre
CDI – collège Jasmin, Agen ({u})

""" + gq("lun. 6 janv. 2025 à 14:12", f"Assistance <{SUPPORT}>",
         ANS_RESET.format(masked="m***@ac-****.fr")))

u = U("0851388")
add("password_reset", False, True,
    "EcoleDirecte administrator password lost with a departed deputy head; says explicitly it "
    "is NOT the daily maintenance password (transfer_incident). No reset template for this "
    "product.",
    frm=("Gaëlle Rousseau", "g.rousseau@stjoseph-lucon.fr"), client="outlook",
    subject="Mot de passe administrateur EcoleDirecte", at="08 10:51", platform="ecoledirecte",
    uai=u, body=f"""Bonjour,

Je précise d'emblée que je ne cherche pas le mot de passe de maintenance du
jour : je sais où le trouver quand la hotline me le demande.

Ma demande porte sur le compte administrateur EcoleDirecte de l'établissement.
Notre directeur adjoint, qui le gérait, a quitté l'établissement à Noël et le
mot de passe est parti avec lui. C'est moi qui suis désormais chargée des accès.

Institution Saint-Joseph, Luçon – UAI {u}

Merci pour votre aide,
Gaëlle Rousseau
Secrétariat de direction
""")

add("password_reset", False, True,
    "Ticket portal: the new académie rule (14 characters with a special character) clashes "
    "with the portal's rules ('caractère non autorisé', then 'longueur maximale'). Not lost: "
    "a policy question the reset template does not answer. Region from ac-limoges.fr.",
    frm=("Thierry Bonnin", "thierry.bonnin@ac-limoges.fr"), client="thunderbird_latin1",
    subject="Nouveau mot de passe refusé sur le portail de tickets", at="09 11:37",
    platform="ticket_portal", body="""Bonjour,

L'académie nous impose depuis le 6 janvier des mots de passe d'au moins
14 caractères avec un caractère spécial, et j'ai pris l'habitude
d'appliquer la même règle partout. Sur le portail de tickets, au moment
d'enregistrer le nouveau mot de passe, j'obtiens « caractère non
autorisé » à cause du « § », puis, sans lui, « longueur maximale
dépassée ».

Quelles sont exactement les règles de votre portail ? Je n'ai pas perdu
mon mot de passe actuel, je voudrais seulement le changer.

Thierry Bonnin
Référent numérique - collège Maurice Rollinat, Brive
""")

u = U("9720544")
add("password_reset", True, False,
    "Very short iPhone message from Martinique: e-sidoc password lost, UAI given.",
    frm=("Rose-Aimée Eustache", "roseaimee.eustache@ac-martinique.fr"), client="iphone",
    subject="Mdp e-sidoc", at="10 06:55", platform="esidoc", uai=u, body=f"""Bonjour
Mot de passe e-sidoc perdu, je ne peux plus rien publier. UAI {u}, lycée Schoelcher. Merci de m'envoyer le lien
RA Eustache

Envoyé de mon iPhone
""")

u = U("0160627")
add("password_reset", True, True,
    "Misleading subject (New Year wishes); the body asks for a new e-sidoc admin password.",
    frm=("Dominique Ferrand", "dominique.ferrand@ac-poitiers.fr"), client="zimbra",
    subject="Meilleurs vœux 2025 !", at="06 15:03", platform="esidoc", uai=u,
    body=f"""Bonjour à toute l'équipe,

Je vous adresse tous mes vœux pour cette nouvelle année, et merci encore pour
votre aide l'an passé lors de la migration du portail.

Je profite de ce message pour une demande moins festive : depuis la rentrée,
je ne sais plus quel mot de passe j'avais choisi pour le back-office e-sidoc.
Pourriez-vous me permettre d'en créer un nouveau ? Notre identifiant : {u},
collège Marguerite de Valois, Angoulême.

Bien cordialement,
Dominique Ferrand
""")

u = U("0530459")
add("password_reset", True, True,
    "The deputy gestionnaire writes for an absent librarian and asks for the reset link on "
    "the school's official address: a third party, not the head, on the safe path.",
    frm=("Karine Lemaître", "karine.lemaitre@ac-nantes.fr"), client="outlook",
    subject="Accès e-sidoc du CDI - documentaliste absente", at="09 09:44", platform="esidoc",
    uai=u, body=f"""Bonjour,

J'écris à la place de notre professeure documentaliste, en arrêt depuis la
rentrée et pour plusieurs semaines. Sa remplaçante arrive lundi et devra gérer
le portail e-sidoc, mais personne ne connaît le mot de passe du compte
administrateur.

Pourriez-vous envoyer un lien de réinitialisation à l'adresse officielle du
collège ? Le secrétariat le transmettra à la remplaçante.

Collège Emmanuel de Martonne, Laval – UAI {u}

Karine Lemaître
Adjointe gestionnaire
""")

u = U("9730215")
add("password_reset", True, False,
    "English, Guyane: an assistant helping in the library cannot log in to e-sidoc admin; the "
    "password on a sticky note is an old one. Guyane time zone.",
    frm=("Daniel Ho-A-Chuck", "daniel.ho-a-chuck@ac-guyane.fr"), client="gmail", lang="en",
    subject="Cannot log in to e-sidoc admin", at="08 07:20", platform="esidoc", uai=u,
    body=f"""Good morning,

I look after the library of Lycée Melkior-Garré in Cayenne with the
documentaliste, who is away this month. The e-sidoc admin page keeps telling
me the password is wrong, and the one she left me on a sticky note must be an
old one.

School code: {u}

Could you please send a reset link? I can forward it to her if it goes to her
address.

Best regards,
Daniel Ho-A-Chuck
Assistant d'éducation – CDI
""")

add("password_reset", True, True,
    "Confuses three passwords: académie mail and e-lyco ENT (both changed in January, both "
    "work) and the Espace Acheteur one, which is refused. No UAI; region from ac-nantes.fr.",
    frm=("Bruno Cottereau", "bruno.cottereau@ac-nantes.fr"), client="outlook",
    subject="Trop de mots de passe...", at="10 10:02", platform="espace_acheteur",
    body="""Bonjour,

Je m'y perds un peu. En janvier, l'académie nous a fait changer le mot de
passe de la messagerie, puis celui de l'ENT e-lyco a été réinitialisé par
l'établissement. Ces deux-là fonctionnent.

En revanche, sur l'Espace Acheteur, j'ai tout essayé (l'ancien, le nouveau,
celui de l'ENT) et j'obtiens toujours « identifiants incorrects ». Je suppose
que c'est encore un autre mot de passe, et que je ne le connais plus.

Pouvez-vous m'aider à le réinitialiser ?

Bruno Cottereau
Gestionnaire – lycée Gabriel Touchard, Le Mans
""")

u = U("0400784")
add("password_reset", True, False,
    "Outlook forward (TR:) of the December reset mail whose link now shows 'lien expiré'; "
    "asks for another one.",
    frm=("Sandrine Labat", "sandrine.labat@ac-bordeaux.fr"), client="outlook",
    subject="TR: Réinitialisation de votre mot de passe", at="06 09:18", platform="esidoc",
    uai=u, body=f"""Bonjour,

Voici le mail reçu avant les vacances ; le lien mène maintenant à une page
« lien expiré ». Pouvez-vous m'en envoyer un autre ? Collège Lubet-Barbon,
Saint-Pierre-du-Mont, UAI {u}.

Merci,
Sandrine Labat
""" + oq("Assistance <no-reply@assistance.example.fr>", "vendredi 20 décembre 2024 16:41",
         "Sandrine Labat <sandrine.labat@ac-bordeaux.fr>",
         "Réinitialisation de votre mot de passe", """Bonjour,

Vous avez demandé à changer le mot de passe de votre compte e-sidoc.
Suivez le lien ci-dessous dans les 12 heures :
https://assistance.example.fr/reset/7f3c9a2e41b8

Si vous n'êtes pas à l'origine de cette demande, ignorez simplement ce message."""))

u = U("0870419")
add("password_reset", True, True,
    "Locked account; written from the school's ce. address where the UAI appears only, in "
    "lower case; the librarian typed her new académie password instead of the portal's.",
    frm=("Lycée Turgot - Limoges", f"ce.{u.lower()}@ac-limoges.fr"),
    subject="Compte bloqué", at="13 08:36", platform="esidoc", uai=u, body="""Bonjour,

Après plusieurs essais ce matin, notre compte d'administration e-sidoc est
bloqué. La documentaliste pense avoir tapé son nouveau mot de passe académique
au lieu de celui du portail, qu'elle ne retrouve d'ailleurs pas.

Merci de nous envoyer un lien de réinitialisation sur cette adresse.

Lycée Turgot – Limoges
Accueil / secrétariat
""")

add("password_reset", True, False,
    "Does not know which identifier to type (it is the UAI) and has no password either; no "
    "UAI, region from ac-bordeaux.fr.",
    frm=("Christine Lafargue", "christine.lafargue@ac-bordeaux.fr"), client="k9",
    subject="Identifiant ?", at="13 17:22", platform="esidoc", body="""Bonjour,

On me demande un identifiant pour me connecter au back-office e-sidoc et je ne
sais pas lequel mettre : mon adresse mail ? mon identifiant académique
(clafargue) ? Rien ne marche, et de toute façon je n'ai plus le mot de passe.

Je suis au collège Georges Lapierre de Lormont.

Merci d'avance,
Christine Lafargue
""")

u = U("0491601")
add("password_reset", True, False,
    "Private school gestionnaire needs the Espace Acheteur for the first 2025 orders; forgotten "
    "password, the address she typed is not recognised. Non-academic sender, region from UAI.",
    frm=("Olivier Bréchet", "o.brechet@ens-saintmartin-angers.fr"), client="outlook_txt",
    subject="Espace Acheteur : mot de passe oublié", at="14 11:09",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Gestionnaire de l'ensemble scolaire Saint-Martin à Angers, je dois préparer les
premières commandes de l'exercice 2025 et je n'ai plus le mot de passe de
l'Espace Acheteur. Le lien « mot de passe oublié » me demande une adresse ;
j'ai saisi la mienne mais elle n'est pas reconnue.

UAI de l'établissement : {u}

Cordialement,
Olivier Bréchet
Responsable administratif et financier
""")

u = U("0241318")
d0 = when("D12-19 11:05", 1)
m0 = sup_mid(5087, d0)
add("password_reset", True, True,
    "Outlook reply on an invoice ticket: thanks for cancelling a duplicate invoice (quoted "
    "history), then clearly asks something else, a new e-sidoc password. The new request wins.",
    frm=("Fabienne Lacoste", "fabienne.lacoste@ac-bordeaux.fr"), client="outlook",
    subject="RE: [#SUP-005087] Facture en double", at="08 15:40", platform="esidoc", uai=u,
    irt=m0, body=f"""Bonjour,

Merci, le doublon a bien été annulé.

Autre chose, sans rapport : depuis la reprise, je n'arrive plus à me connecter à
l'administration e-sidoc, mon mot de passe n'est plus accepté. Pouvez-vous
m'envoyer un lien pour le refaire ? UAI {u}.

Bonne journée,
Fabienne Lacoste
Lycée Bertran de Born, Périgueux
""" + oq(f"Assistance <{SUPPORT}>", "jeudi 19 décembre 2024 11:05",
         "Fabienne Lacoste <fabienne.lacoste@ac-bordeaux.fr>",
         "[#SUP-005087] Facture en double", """Bonjour,

Nous avons bien retrouvé les deux factures du 12 décembre. La seconde sera
annulée par un avoir que vous recevrez sur Chorus Pro.

Cordialement,
L'équipe d'assistance"""))

# ======================================================================================
# missing_noreply_mail (17)
# ======================================================================================
u = U("0440290")
add("missing_noreply_mail", True, False,
    "Three new-password requests for the e-sidoc portal since Monday, site confirms each "
    "time, nothing in inbox, junk or bin; no anti-spam product named.",
    frm=("Hélène Pichon", "helene.pichon@ac-nantes.fr"), client="zimbra",
    subject="Mail de nouveau mot de passe jamais reçu", at="08 16:10", platform="esidoc",
    uai=u, body=f"""Bonjour,

J'ai demandé trois fois depuis lundi un nouveau mot de passe pour notre portail
e-sidoc. À chaque fois, le site confirme l'envoi, mais rien n'arrive : ni dans
la boîte de réception, ni dans les indésirables, ni dans la corbeille.

Lycée Aristide Briand, Saint-Nazaire – {u}

Pouvez-vous regarder de votre côté ?

Hélène Pichon
Professeure documentaliste
""")

add("missing_noreply_mail", True, True,
    "Opens with a negation ('not a forgotten password'): the sign-up confirmation mail of the "
    "Espace Acheteur never arrived. No UAI; region from ac-bordeaux.fr.",
    frm=("Mathieu Sarrazin", "mathieu.sarrazin@ac-bordeaux.fr"),
    subject="Pas de mail de confirmation après inscription", at="09 08:54",
    platform="espace_acheteur", body="""Bonjour,

Je ne vous écris pas pour un mot de passe oublié : je n'en ai pas encore,
puisque mon compte n'est pas activé.

Je me suis inscrit sur l'Espace Acheteur le 7 janvier comme nouvel adjoint
gestionnaire du collège Jean Zay de Cenon. Le site indique qu'un courriel de
confirmation m'a été envoyé. Je ne l'ai jamais reçu, et j'ai fouillé tous les
dossiers de ma boîte académique.

Pourriez-vous me le renvoyer, ou m'indiquer la marche à suivre ?

Mathieu Sarrazin
""")

u = U("0640187")
add("missing_noreply_mail", True, True,
    "Names MailInBlack only to say the school does NOT use it (nor any other extra filter): "
    "activation link for the new gestionnaire missing. UAI inside the int.<UAI> address "
    "quoted in the body.",
    frm=("Iñaki Etcheverry", "inaki.etcheverry@ac-bordeaux.fr"), client="outlook",
    subject="Lien d'activation introuvable", at="09 14:31", platform="espace_acheteur",
    uai=u, body=f"""Bonjour,

Notre nouvelle gestionnaire attend depuis mardi le lien d'activation de son
compte Espace Acheteur. Je gère l'informatique du lycée et je vous confirme que
nous n'utilisons ni MailInBlack ni aucun autre filtre en plus de celui de
l'académie ; je n'ai rien trouvé dans nos journaux.

L'adresse utilisée est celle de l'intendance : int.{u.lower()}@ac-bordeaux.fr.

Pouvez-vous nous dire de quelle adresse part ce mail, et le renvoyer ?

Iñaki Etcheverry
Référent informatique – lycée René Cassin, Bayonne
""")

u = U("0850562")
add("missing_noreply_mail", True, False,
    "Structure administrator no longer receives 'account to validate' notifications since "
    "the holidays.",
    frm=("Céline Gaborit", "celine.gaborit@ac-nantes.fr"), client="outlook",
    subject="Plus de notifications de comptes à valider", at="13 10:26",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Je suis l'administratrice de notre structure sur l'Espace Acheteur. Avant les
vacances, je recevais un message à chaque nouvelle inscription d'un collègue.
Depuis début janvier, plus rien, alors que deux collègues m'assurent s'être
inscrits la semaine dernière.

Collège Les Sicardières, Chantonnay (UAI {u})

Merci de regarder pourquoi ces notifications ne me parviennent plus.

Céline Gaborit
""")

u = U("9740021")
add("missing_noreply_mail", True, False,
    "English; a language assistant signed up on e-sidoc, the activation email never came "
    "(spam checked). Réunion.",
    frm=("Sarah Whitfield", "sarah.whitfield@ac-reunion.fr"), client="gmail", lang="en",
    subject="Activation email not received", at="23 13:47", platform="esidoc", uai=u,
    body=f"""Hi,

I signed up for an account on the e-sidoc library portal last Thursday so that I
can help the documentaliste with the English collection. The page said an
activation email was on its way, but it never arrived, and I have checked my
spam folder several times.

I work at Lycée Leconte de Lisle, Saint-Denis (school code {u}).

Thanks for any help,
Sarah Whitfield
English language assistant
""")

u = U("0160245")
d0 = when("06 10:22", 1)
m0 = sup_mid(5233, d0)
add("missing_noreply_mail", False, True,
    "Outlook reply after the junk-folder answer (quoted): still nothing three days later, "
    "asks for the regional hand-over. The template was already sent; a person follows up.",
    frm=("Valérie Texier", "valerie.texier@ac-poitiers.fr"), client="outlook",
    subject="RE: [#SUP-005233] Mail d'activation non reçu", at="09 11:15",
    platform="espace_acheteur", uai=u, irt=m0, body=f"""Bonjour,

J'ai suivi vos conseils : rien dans les indésirables, j'ai ajouté l'adresse
no-reply aux expéditeurs approuvés et redemandé l'envoi lundi. Nous sommes
jeudi et le mail d'activation de mon compte Espace Acheteur n'est toujours pas
arrivé.

Pouvez-vous transmettre à la personne qui s'occupe de notre région, comme
indiqué dans votre réponse ?

Valérie Texier
Collège Félix Gaillard, Cognac – {u}
""" + oq(f"Assistance <{SUPPORT}>", "lundi 6 janvier 2025 10:22", "Valérie Texier",
         "[#SUP-005233] Mail d'activation non reçu", ANS_JUNK))

u = U("0190513")
add("missing_noreply_mail", True, True,
    "Describes the symptom step by step (green banner says a mail was sent, inbox stays "
    "empty, other mail arrives) without naming a cause; reads like a password problem but "
    "the reset mail is what is missing.",
    frm=("Agnès Vergne", "agnes.vergne@ac-limoges.fr"),
    subject="Rien ne vient après « Mot de passe oublié »", at="10 09:33",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Voici ce qui se passe, étape par étape. Sur la page de connexion de l'Espace
Acheteur, je clique sur « Mot de passe oublié », je saisis mon adresse, et un
bandeau vert me répond qu'un message vient de m'être envoyé. Je relève ma boîte
toutes les cinq minutes pendant une heure : rien. J'ai recommencé mardi et ce
matin, même scénario. Mes autres mails arrivent normalement, y compris ceux
qui viennent de l'extérieur.

Collège Victor Hugo, Tulle – UAI {u}

Agnès Vergne
Adjointe gestionnaire
""")

add("missing_noreply_mail", True, False,
    "Ticket portal access created for him; the mail to choose a password never arrived. "
    "No UAI; region from ac-poitiers.fr.",
    frm=("Pascal Moreau", "pascal.moreau@ac-poitiers.fr"), client="zimbra",
    subject="Portail de tickets : pas de mail pour créer le mot de passe", at="14 15:02",
    platform="ticket_portal", body="""Bonjour,

On m'a ouvert un accès au portail de tickets pour suivre les demandes du lycée,
mais le courriel qui doit me permettre de choisir mon mot de passe n'est jamais
arrivé (rien non plus dans les indésirables). C'était il y a trois jours.

Pascal Moreau
DDFPT – lycée professionnel Édouard Branly, Châtellerault
""")

add("missing_noreply_mail", True, False,
    "One line from Orange webmail: Espace Acheteur confirmation mail not received since "
    "Friday. No UAI, non-academic sender.",
    frm=("Sylvie Brard", "sylvie.brard85@orange.fr"), client="ox",
    subject="toujours pas reçu", at="13 19:40", platform="espace_acheteur",
    body="""Bonjour, toujours pas reçu le mail de confirmation pour l'espace acheteur depuis vendredi. Merci
Sylvie Brard
""")

u = U("9730481")
add("missing_noreply_mail", True, False,
    "Guyane: since the académie mailbox migration during the holidays, no automatic mail from "
    "the Espace Acheteur arrives (order confirmation, password mail). Guyane time zone.",
    frm=("Ketty Mirval", "ketty.mirval@ac-guyane.fr"), client="zimbra",
    subject="Aucun mail automatique depuis la migration de la messagerie", at="09 08:05",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Pendant les vacances, le rectorat a migré nos boîtes vers la nouvelle
messagerie académique. Depuis, je ne reçois plus aucun message automatique de
l'Espace Acheteur : ni la confirmation de ma commande, ni le mail pour changer
mon mot de passe, demandé hier. Les mails de mes collègues, eux, arrivent.

Collège Gérard Holder, Cayenne – UAI {u}

Merci de votre retour,
Ketty Mirval
Gestionnaire
""")

u = U("0491177")
add("missing_noreply_mail", True, True,
    "Misleading subject 'Mot de passe': the password form works, the mail with the link "
    "never arrives (spam checked). missing_noreply_mail per the taxonomy.",
    frm=("Renaud Chupin", "renaud.chupin@ac-nantes.fr"), client="iphone",
    subject="Mot de passe", at="08 18:02", platform="espace_acheteur", uai=u,
    body=f"""Bonjour,

Le formulaire de mot de passe oublié de l'Espace Acheteur accepte bien mon adresse, aucun message d'erreur, et m'annonce un envoi. Mais le courriel avec le lien ne m'arrive jamais, pas plus dans les spams. Trois demandes depuis lundi.

Collège Clemenceau, Cholet – {u}

Renaud Chupin

Envoyé de mon iPhone
""")

add("missing_noreply_mail", True, False,
    "The Région's IT department (not an académie domain, so no region) reports that several "
    "lycées no longer receive the automatic mails since a gateway update, and asks for the "
    "exact sender address; no anti-spam product named.",
    frm=("Frédéric Lalanne", "frederic.lalanne@nouvelle-aquitaine.fr"), client="outlook",
    subject="Adresses d'expédition de vos notifications", at="10 14:44",
    body="""Bonjour,

Plusieurs lycées de la Gironde nous signalent qu'ils ne reçoivent plus vos
messages automatiques (création de compte, mot de passe) depuis la mise à jour
de notre passerelle de messagerie pendant les congés.

Afin de les autoriser explicitement, pourriez-vous nous communiquer l'adresse
d'envoi exacte de ces messages, ainsi que les serveurs qui les émettent ?

Cordialement,
Frédéric Lalanne
Direction des systèmes d'information – pôle lycées
Région Nouvelle-Aquitaine
""")

u = U("0860041")
d0 = when("D12-18 15:47", 1)
m0 = sup_mid(5101, d0)
add("missing_noreply_mail", True, True,
    "Gmail reply on a closed subscription ticket (quoted history about Europresse activation); "
    "the new message asks something else: a colleague's e-sidoc activation mail never came.",
    frm=("Aurélie Bonnaud", "aurelie.bonnaud86@gmail.com"), client="gmail",
    subject="Re: [#SUP-005101] Abonnement Europresse non visible", at="07 17:25",
    platform="esidoc", uai=u, irt=m0, body=f"""Bonjour,

L'abonnement fonctionne depuis votre intervention, merci.

Nouvelle question : ma collègue documentaliste, arrivée en janvier, s'est créé
un compte sur e-sidoc pour m'aider, mais le courriel d'activation n'est jamais
arrivé sur sa boîte académique. Elle a vérifié les indésirables.

Lycée Victor Hugo, Poitiers ({u})

Aurélie Bonnaud

""" + gq("mer. 18 déc. 2024 à 15:47", f"Assistance <{SUPPORT}>", """Bonjour,

L'abonnement Europresse de votre établissement est désormais actif.
Il peut être nécessaire de vous déconnecter puis de vous reconnecter
pour que la ressource apparaisse dans le portail.

Cordialement,
L'équipe d'assistance"""))

add("missing_noreply_mail", True, False,
    "Weekly Espace Acheteur offer alerts stopped on 1 January although the alert is still "
    "ticked; not in junk. No UAI; region from ac-poitiers.fr.",
    frm=("Franck Billaud", "franck.billaud@ac-poitiers.fr"),
    subject="Alertes nouvelles offres", at="15 12:18", platform="espace_acheteur",
    body="""Bonjour,

Je suis abonné aux alertes de l'Espace Acheteur pour les nouvelles offres en
fournitures et en mobilier. Je les recevais chaque semaine jusqu'en décembre ;
depuis le 1er janvier, plus rien, alors que je vois bien de nouvelles offres en
me connectant.

Rien dans les indésirables, et la case des alertes est toujours cochée dans mon
profil.

Franck Billaud
Gestionnaire – collège Fromentin, La Rochelle
""")

u = U("0530777")
add("missing_noreply_mail", True, True,
    "The head's secretary writes for him: the principal's Espace Acheteur address "
    "confirmation mail never arrived. About the head, but not a head-of-establishment request.",
    frm=("Nathalie Guillot", "nathalie.guillot@ac-nantes.fr"), client="outlook",
    subject="Pour M. le Principal - mail de confirmation", at="10 11:50",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Je vous écris de la part de M. Hubert, principal du collège, qui m'a demandé de
m'en occuper.

Il a créé son compte sur l'Espace Acheteur le 8 janvier pour pouvoir valider
les commandes de l'année, mais il n'a jamais reçu le message qui doit lui
permettre de confirmer son adresse. Nous avons regardé ensemble dans sa boîte,
y compris les courriers indésirables.

Nathalie Guillot
Secrétaire de direction
Collège Alfred Jarry, Laval – UAI {u}
""")

u = U("9720196")
add("missing_noreply_mail", True, True,
    "Martinique; written from the ce.<UAI> address (UAI only there): the e-sidoc reset mail "
    "expected on the official mailbox never came.",
    frm=("Collège Aimé Césaire - Le Lamentin", f"ce.{u}@ac-martinique.fr"), client="zimbra",
    subject="Mail de réinitialisation non reçu", at="14 07:35", platform="esidoc", uai=u,
    body="""Bonjour,

Notre documentaliste a demandé hier un nouveau mot de passe e-sidoc. Le message
devait arriver sur la boîte de l'établissement, que nous consultons tous les
jours : rien, même dans les indésirables.

Pouvez-vous vérifier l'envoi ?

Le secrétariat
Collège Aimé Césaire, Le Lamentin
""")

add("missing_noreply_mail", True, False,
    "English bursar of a private international school: the new-password email never arrives; "
    "their IT says the spam filter blocked nothing (no product named). No UAI, no region.",
    frm=("Mark Jennings", "m.jennings@bordeaux-intl-school.fr"), client="outlook", lang="en",
    subject="Password email never arrives", at="16 16:05", platform="espace_acheteur",
    body="""Hello,

I requested a new password for our Espace Acheteur account twice this week. The
site says the email has been sent, but nothing shows up in my inbox or my junk
folder. Our IT provider tells me their spam filter has not stopped anything
from your domain.

Could you check whether the message actually leaves your side?

Kind regards,
Mark Jennings
Bursar, Bordeaux International School
""")

# ======================================================================================
# mailinblack_spam (13)
# ======================================================================================
u = U("0331902")
add("mailinblack_spam", True, False,
    "Espace Acheteur activation link held by MailInBlack ('en attente'), release button "
    "greyed out; asks what to allow.",
    frm=("Sophie Dutreuil", "sophie.dutreuil@ac-bordeaux.fr"), client="outlook",
    subject="Lien d'activation bloqué par MailInBlack", at="07 10:40",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Le lien d'activation de mon compte Espace Acheteur est retenu par MailInBlack :
je vois bien le message dans la liste « en attente » de l'interface, mais je ne
peux pas le libérer moi-même, le bouton est grisé.

Que faut-il autoriser pour que vos messages passent ?

Sophie Dutreuil
Adjointe gestionnaire – lycée Max Linder, Libourne – {u}
""")

add("mailinblack_spam", True, False,
    "No accents, lower case, 'mail in black' in three words: installed by the département "
    "during the holidays, password mails no longer arrive. Region from ac-bordeaux.fr.",
    frm=("Jérôme Castaing", "jerome.castaing@ac-bordeaux.fr"), client="iphone",
    subject="mail in black", at="07 21:14", body="""bonjour
le departement a installe mail in black sur les boites des colleges pendant les vacances et depuis je ne recois plus vos mails pour le mot de passe. vous avez une procedure ?
merci
J Castaing, college de Sainte-Foy-la-Grande

Envoyé de mon iPhone
""")

u = U("0720846")
add("mailinblack_spam", False, True,
    "The sender-authentication challenge is described second-hand (click a link and copy "
    "characters to prove you are not a robot) without naming MailInBlack; the tool is "
    "unknown to her, so a person should confirm before sending the guide.",
    frm=("Claire Hardouin", "claire.hardouin@ac-nantes.fr"), client="zimbra",
    subject="Vos messages me reviennent avec une vérification ?", at="13 14:58",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Un fournisseur m'a signalé que, lorsqu'il m'écrit, il reçoit en retour un
message lui demandant de cliquer sur un lien et de recopier des caractères pour
prouver qu'il n'est pas un robot, avant que son mail me soit délivré. Je pense
que la même chose arrive à vos messages automatiques, puisque je n'ai toujours
pas reçu le lien de mon compte Espace Acheteur, et qu'une adresse automatique
ne peut évidemment pas répondre à ce genre de test.

Je ne sais pas quel outil fait cela : c'est une passerelle ajoutée par le
Département pour les collèges.

Claire Hardouin
Gestionnaire – collège Le Vieux Chêne, Fresnay-sur-Sarthe – {u}
""")

u = U("0860503")
add("mailinblack_spam", False, True,
    "Two topics: Mailinblack quarantine holding account-creation mails (first) and an invoice "
    "missing from Chorus Pro before the 2024 closing (order_billing).",
    frm=("Hervé Pacaud", "herve.pacaud@ac-poitiers.fr"), client="outlook",
    subject="Mailinblack et facture de décembre", at="10 08:22", platform="espace_acheteur",
    uai=u, body=f"""Bonjour,

Deux sujets :

– nos collègues ne reçoivent plus les mails de création de compte de l'Espace
Acheteur ; notre prestataire a activé Mailinblack à la rentrée de janvier et je
vois vos messages dans la quarantaine. Quelle adresse dois-je autoriser ?

– la facture de la commande 2024-1187 n'apparaît pas dans Chorus Pro, et notre
exercice 2024 se clôture le 20 janvier. Pouvez-vous la redéposer ?

Merci,
Hervé Pacaud
Gestionnaire – lycée Marcelin Berthelot, Châtellerault – {u}
""")

u = U("9740318")
add("mailinblack_spam", True, False,
    "English; school IT technician in Réunion: MailinBlack quarantines activation and "
    "password mails, asks which senders to whitelist.",
    frm=("Kevin Hoarau", "kevin.hoarau@ac-reunion.fr"), client="outlook", lang="en",
    subject="MailinBlack quarantine holding your emails", at="22 10:03",
    platform="espace_acheteur", uai=u, body=f"""Hello,

I manage IT at Lycée Bellepierre in Saint-Denis. Since we switched on MailinBlack
for the school domain, your automatic emails from the Espace Acheteur (account
activation, password links) end up in quarantine and staff cannot release them
themselves.

Which sender addresses or domains should I whitelist?

Regards,
Kevin Hoarau
IT technician – {u}
""")

u = U("0441552")
add("mailinblack_spam", True, True,
    "Negation first ('not in junk, mailbox not full'); then the technician's diagnosis: "
    "Mailinblack holds the no-reply mails 'en attente d'authentification'.",
    frm=("Maëlle Josse", "maelle.josse@ac-nantes.fr"),
    subject="Mails de l'Espace Acheteur introuvables", at="08 13:13",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Avant que vous me le demandiez : non, ils ne sont pas dans les courriers
indésirables, j'ai regardé partout, et ma boîte n'est pas pleine.

Notre technicien m'a expliqué ce matin que le lycée utilise Mailinblack depuis
novembre et que vos messages restent « en attente d'authentification » parce
que l'expéditeur n'a pas répondu au défi. Comme c'est une adresse no-reply, ça
ne risque pas d'arriver !

Que devons-nous faire ?

Maëlle Josse
Lycée Jules Rieffel, Saint-Herblain – {u}
""")

add("mailinblack_spam", True, False,
    "One line from K-9 Mail: blocked by Mailinblack, send the procedure. No platform named; "
    "region from ac-nantes.fr.",
    frm=("Thomas Guichard", "thomas.guichard@ac-nantes.fr"), client="k9",
    subject="Mailinblack", at="14 12:31", body="""Bonjour, vos mails sont bloqués par Mailinblack chez nous, merci de m'envoyer la procédure pour les débloquer.
T. Guichard
""")

u = U("0790422")
add("mailinblack_spam", True, False,
    "Forwards the daily Mailinblack quarantine report (machine text listing the no-reply "
    "activation mails) with a real question on top.",
    frm=("Corinne Bichon", "corinne.bichon@ac-poitiers.fr"), client="outlook",
    subject="TR: Votre rapport de quarantaine Mailinblack", at="14 08:40",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Je reçois chaque matin ce rapport, et vos messages de l'Espace Acheteur y
figurent depuis une semaine. Puis-je les libérer sans risque, et comment faire
pour qu'ils ne soient plus bloqués ?

Corinne Bichon
Collège Jean Zay, Niort – {u}
""" + oq("Mailinblack <noreply@mailinblack.com>", "mardi 14 janvier 2025 07:00",
         "Corinne Bichon <corinne.bichon@ac-poitiers.fr>",
         "Votre rapport de quarantaine Mailinblack", """Vous avez 3 message(s) en attente :

no-reply@assistance.example.fr   Activation de votre compte   13/01/2025 16:02
no-reply@assistance.example.fr   Activation de votre compte   10/01/2025 09:47
info@fournitures-atlantique.fr   Soldes d'hiver               09/01/2025 11:15

Pour délivrer un message, cliquez sur son objet."""))

u = U("0160893")
add("mailinblack_spam", True, False,
    "The lycée just moved to Mailinblack: should they allow the exact sender address or the "
    "whole domain?",
    frm=("Stéphane Rivière", "stephane.riviere@ac-poitiers.fr"),
    subject="Liste blanche Mailinblack : domaine ou adresse ?", at="15 09:27",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Nous venons de passer sous Mailinblack au lycée Guez de Balzac d'Angoulême.
Pour recevoir les messages de l'Espace Acheteur, vaut-il mieux autoriser
l'adresse d'expédition précise, ou tout votre domaine ?

Merci,
Stéphane Rivière
Référent numérique – {u}
""")

u = U("0641433")
add("mailinblack_spam", True, False,
    "Clicked 'Autoriser cet expéditeur' in the MailInBlack notice; the next mail (new "
    "password) is held again.",
    frm=("Amaia Irigoyen", "amaia.irigoyen@ac-bordeaux.fr"), client="outlook",
    subject="Toujours bloqué malgré « Autoriser »", at="15 16:49", platform="espace_acheteur",
    uai=u, body=f"""Bonjour,

Lundi, j'ai cliqué sur « Autoriser cet expéditeur » dans la notification
MailInBlack ; le premier message est bien arrivé, mais le suivant (celui du
nouveau mot de passe de l'Espace Acheteur) est de nouveau retenu ce matin.

Faut-il faire autre chose ?

Amaia Irigoyen
Collège Marguerite de Navarre, Pau – {u}
""")

u = U("9710772")
add("mailinblack_spam", True, False,
    "Guadeloupe: the académie rolled out 'Mailinblack Protect' for the 6 January return; "
    "Espace Acheteur mails quarantined. Guadeloupe time zone.",
    frm=("Marie-Line Bélénus", "marie-line.belenus@ac-guadeloupe.fr"), client="zimbra",
    subject="Messages bloqués - Mailinblack Protect", at="09 08:18",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Depuis la rentrée du 6 janvier, l'académie a déployé Mailinblack Protect sur nos
boîtes. Les messages de l'Espace Acheteur (validation de compte, commandes) se
retrouvent en quarantaine, et je ne suis pas toujours prévenue.

Pouvez-vous m'indiquer comment les autoriser durablement ?

Marie-Line Bélénus
Gestionnaire – lycée Baimbridge, Les Abymes – {u}
""")

u = U("0870905")
add("mailinblack_spam", True, True,
    "First blames the new académie password imposed after the holidays, then reports that "
    "the rectorat says the two are unrelated: MailInBlack, enabled the same day, holds "
    "unknown senders. No platform named.",
    frm=("Gilles Peyrat", "gilles.peyrat@ac-limoges.fr"),
    subject="Plus rien reçu depuis le changement de mot de passe académique", at="10 15:36",
    uai=u, body=f"""Bonjour,

J'ai d'abord cru que c'était lié au nouveau mot de passe académique qu'on nous a
imposé au retour des vacances : depuis ce jour-là, je ne reçois plus vos mails.
En fait non, le rectorat m'a répondu que les deux n'ont rien à voir, et que
c'est MailInBlack, activé le même jour sur les boîtes des établissements, qui
retient les expéditeurs inconnus.

Quelle est la procédure pour que vos messages ne soient plus bloqués ?

Gilles Peyrat
Collège Léonard Limosin, Limoges – {u}
""")

u = U("0470288")
add("mailinblack_spam", True, False,
    "HTML-only Outlook message (windows-1252/latin-1, quoted-printable): Espace Acheteur "
    "notifications quarantined since the lycée adopted Mailinblack before Christmas.",
    frm=("Nicole Dupouy", "nicole.dupouy@ac-bordeaux.fr"), client="outlook_html",
    subject="Vos mails partent en quarantaine", at="16 11:11", platform="espace_acheteur",
    uai=u, body=f"""Bonjour,

Notre lycée a adopté Mailinblack avant Noël. Résultat : les notifications de
l'Espace Acheteur sont placées en quarantaine et je ne les vois qu'en ouvrant
l'interface Mailinblack, ce que je ne pense pas à faire tous les jours.

Avez-vous un guide pour les ajouter aux expéditeurs de confiance ?

Bien cordialement,
Nicole Dupouy
Gestionnaire - lycée Palissy, Agen - {u}
""")

# ======================================================================================
# head_of_establishment_request (13)
# ======================================================================================
u = U("0442031")
add("head_of_establishment_request", False, False,
    "The principal, from the ce.<UAI> address, names the new e-sidoc administrator after the "
    "librarian's transfer, and asks for a new contact address and a password reset.",
    frm=("Principale - Collège Anne de Bretagne", f"ce.{u}@ac-nantes.fr"), client="outlook",
    subject="Changement d'administrateur e-sidoc", at="07 11:02", platform="esidoc", uai=u,
    body=f"""Madame, Monsieur,

Notre professeure documentaliste, Mme Leroux, a quitté l'établissement le
20 décembre à la suite d'une mutation. Je vous demande de bien vouloir :

– transférer l'administration de notre portail e-sidoc à M. Kévin Tessier,
son successeur ;
– remplacer l'adresse de contact du compte par kevin.tessier@ac-nantes.fr ;
– réinitialiser le mot de passe, que Mme Leroux était seule à connaître.

Je vous remercie par avance et vous présente mes meilleurs vœux pour 2025.

Isabelle Moreau-Perrin
Principale
Collège Anne de Bretagne – Nantes
UAI {u}
""")

u = U("0331487")
add("head_of_establishment_request", False, False,
    "The proviseur designates the new gestionnaire as Espace Acheteur structure administrator "
    "after a retirement on 31 December and asks to close the former one's access. Personal "
    "academic address, not the ce. one.",
    frm=("Marc Delpech", "marc.delpech@ac-bordeaux.fr"), client="outlook",
    subject="Administrateur de structure - lycée Gustave Eiffel", at="08 08:15",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Mme Ribeiro, gestionnaire du lycée et administratrice de notre structure sur
l'Espace Acheteur, a fait valoir ses droits à la retraite le 31 décembre. Je
désigne à compter de ce jour M. Antoine Vidal, nouveau gestionnaire, comme
administrateur de la structure, et je vous demande de fermer les accès de
Mme Ribeiro.

Je reste à votre disposition pour toute pièce justificative.

Marc Delpech
Proviseur – lycée Gustave Eiffel, Bordeaux – {u}
""")

u = U("0851509")
add("head_of_establishment_request", False, True,
    "The secretariat sends the proviseur's signed letter (PDF) with him in copy: the head's "
    "written request relayed by someone else; staff must check the letter and the sender.",
    frm=("Mélanie Bourasseau", "melanie.bourasseau@ac-nantes.fr"), client="outlook",
    cc="Thierry Barreau <thierry.barreau@ac-nantes.fr>",
    subject="Courrier de M. le Proviseur - accès Espace Acheteur", at="09 15:12",
    platform="espace_acheteur", uai=u,
    attach=[("Courrier_proviseur_administrateur_EA.pdf", "application/pdf", FAKE_PDF)],
    body=f"""Bonjour,

Vous trouverez en pièce jointe un courrier signé de M. Barreau, proviseur du
lycée Savary de Mauléon aux Sables-d'Olonne, qui est en copie de ce message.

Il y demande le transfert de l'administration de notre compte Espace Acheteur à
Mme Sarah Jaunet, adjointe gestionnaire, à la suite de la réorganisation du
service d'intendance en janvier.

Cordialement,
Mélanie Bourasseau
Secrétariat de direction
UAI {u}
""")

u = U("0870611")
add("head_of_establishment_request", False, True,
    "A primary-school head asks for the e-sidoc admin reset with the link on the school "
    "address, but writes from a personal Gmail address (she cannot open her académie mailbox "
    "since its password change): weak evidence, staff must verify.",
    frm=("Laurence Chabrol", "laurence.chabrol87@gmail.com"), client="gmail",
    subject="Mot de passe du portail de l'école", at="11 10:40", platform="esidoc", uai=u,
    body=f"""Bonjour,

Je suis directrice de l'école élémentaire Jean Le Bail à Limoges. L'enseignante
qui s'occupait de la BCD et du portail e-sidoc a changé d'école en janvier et n'a
pas laissé le mot de passe administrateur.

En tant que directrice, je vous demande de le réinitialiser et d'envoyer le lien
sur l'adresse de l'école. Je vous écris depuis ma messagerie personnelle car je
n'arrive plus à me connecter à la messagerie académique depuis qu'on nous a
imposé un nouveau mot de passe.

Le numéro de l'école est {u}.

Merci beaucoup,
Laurence Chabrol
Directrice
""")

u = U("0332214")
add("head_of_establishment_request", False, False,
    "English; the head of a bilingual private school authorises the librarian to place and "
    "validate the 2025 e-sidoc subscription order while the business manager is away.",
    frm=("Jonathan Price", "j.price@ecole-bilingue-bordeaux.fr"), client="outlook", lang="en",
    subject="Authorisation - library subscription order 2025", at="09 12:06",
    platform="esidoc", uai=u, body=f"""Dear Support team,

As head of school, I confirm that our librarian, Ms Camille Roy, is authorised to
place and validate the 2025 e-sidoc subscription order on behalf of the school.
Our business manager is on leave until February and I would rather not delay the
renewal.

School: École bilingue de Bordeaux – UAI {u}

Please let me know if you need a signed letter in addition to this e-mail.

Best wishes for the new year,
Jonathan Price
Head of School
""")

u = U("0720398")
add("head_of_establishment_request", False, True,
    "The deputy head writes on the absent principal's behalf to delegate order validation on "
    "the Espace Acheteur for 2025: a written authorisation for the queue, with weaker "
    "evidence than the head's own.",
    frm=("Sophie Leguay", "sophie.leguay@ac-nantes.fr"), client="zimbra",
    subject="Délégation pour la validation des commandes", at="10 09:58",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

En l'absence de M. Rocher, principal, en congé jusqu'au 27 janvier, et à sa
demande, je vous confirme que M. Bertrand Fouquet, adjoint gestionnaire, est
habilité à valider les commandes du collège sur l'Espace Acheteur pour
l'exercice 2025.

M. Rocher vous confirmera cette délégation à son retour si nécessaire.

Sophie Leguay
Principale adjointe
Collège Berthelot, Le Mans – {u}
""")

u = U("0170962")
d0 = when("13 09:31", 1)
m0 = sup_mid(5198, d0)
add("head_of_establishment_request", False, False,
    "Outlook reply from the ce.<UAI> address in which the proviseure gives the written "
    "request the desk asked for (reset and new contact address).",
    frm=("Lycée Dautet - Direction", f"ce.{u}@ac-poitiers.fr"), client="outlook",
    subject="RE: [#SUP-005198] Accès e-sidoc du CDI", at="14 12:47", platform="esidoc",
    uai=u, irt=m0, body="""Bonjour,

Comme vous me l'avez demandé, je vous confirme par écrit, depuis la boîte
officielle de l'établissement, que je souhaite la réinitialisation du mot de
passe administrateur de notre portail e-sidoc, et le remplacement de l'adresse
de contact par celle de notre nouveau documentaliste,
didier.morisset@ac-poitiers.fr.

Bien cordialement,
Catherine Nauleau
Proviseure – lycée Dautet, La Rochelle
""" + oq(f"Assistance <{SUPPORT}>", "lundi 13 janvier 2025 09:31",
         "Didier Morisset <didier.morisset@ac-poitiers.fr>",
         "[#SUP-005198] Accès e-sidoc du CDI", """Bonjour,

L'adresse enregistrée sur le compte n'étant plus consultée, la
réinitialisation ne peut se faire que sur demande écrite du chef
d'établissement. Merci de lui demander de nous écrire, de préférence depuis
l'adresse officielle de l'établissement.

Cordialement,
L'équipe d'assistance""", cc=f"ce.{u.lower()}@ac-poitiers.fr"))

u = U("0861116")
add("head_of_establishment_request", False, True,
    "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail, Reply-To "
    "is a Gmail address, and it wants both admin accounts moved to that address and the "
    "credentials sent there: a probable spoof, still a head request for the queue (to refuse). "
    "Both e-sidoc and the Espace Acheteur, so no single platform.",
    frm=("Direction Lycée Aliénor d'Aquitaine", f"ce.{u}@ac-poitiers.fr"), client="plain",
    auth="spoof", reply_to="proviseur.laa.poitiers@gmail.com",
    via="relay@vps-41877.hostingfree.example",
    subject="URGENT - changement adresse administrateur", at="12 22:41", uai=u,
    body=f"""Bonjour,

Suite à une réorganisation interne, je vous demande de modifier dès aujourd'hui
l'adresse de contact de nos comptes e-sidoc et Espace Acheteur et de la
remplacer par proviseur.laa.poitiers@gmail.com, notre messagerie académique
étant en cours de migration.

Merci de me confirmer le changement par retour et d'envoyer les nouveaux
identifiants à cette adresse.

Le Proviseur
Lycée Aliénor d'Aquitaine
{u}
""")

u = U("0491844")
add("head_of_establishment_request", False, True,
    "After January staff changes the principal re-assigns administration: Espace Acheteur to "
    "the new gestionnaire (former one removed), e-sidoc contact to the new librarian. Two "
    "platforms, so none labelled.",
    frm=("Principale Collège Yolande d'Anjou", f"ce.{u}@ac-nantes.fr"), client="zimbra",
    subject="Répartition des accès administrateur après changements de personnel",
    at="13 16:20", uai=u, body=f"""Madame, Monsieur,

Avec l'arrivée de deux nouveaux personnels en janvier, je souhaite clarifier qui
administre quoi pour notre collège :

– Espace Acheteur : administration confiée à Mme Hélène Cosson, nouvelle
gestionnaire (helene.cosson@ac-nantes.fr), en remplacement de M. Drouet, qui
ne doit plus y avoir accès ;
– e-sidoc : l'administration reste au CDI, mais l'adresse de contact doit
devenir celle de M. Julien Réthoré, documentaliste arrivé le 6 janvier
(julien.rethore@ac-nantes.fr).

Je vous remercie de procéder à ces modifications.

Pascale Gohier
Principale – collège Yolande d'Anjou, Saumur
UAI {u}
""")

u = U("9720821")
add("head_of_establishment_request", False, False,
    "Martinique proviseur, from the ce.<UAI> address, sends the 2025 bon d'engagement (PDF) "
    "and authorises the librarian to validate the e-sidoc renewal order.",
    frm=("Proviseur Lycée de Bellevue", f"ce.{u}@ac-martinique.fr"), client="outlook",
    subject="Autorisation de commande - abonnement 2025", at="15 08:02", platform="esidoc",
    uai=u, attach=[("BE_2025-004.pdf", "application/pdf", FAKE_PDF)], body="""Bonjour,

Je vous prie de trouver ci-joint le bon d'engagement n° 2025-004 et vous
confirme mon accord pour que Mme Lucette Bérard, professeure documentaliste,
valide la commande de renouvellement de nos abonnements e-sidoc pour l'année
2025.

Meilleurs vœux à toute l'équipe.

Le proviseur,
Serge Pierre-Louis
Lycée de Bellevue, Fort-de-France
""")

u = U("9760542")
add("head_of_establishment_request", False, False,
    "Mayotte principal (personal academic address), New Year wishes: asks for the e-sidoc admin "
    "reset with the link on the school's official address so a departed librarian loses access.",
    frm=("Anli Abdou", "anli.abdou@ac-mayotte.fr"),
    subject="Demande du chef d'établissement - mot de passe e-sidoc", at="08 10:30",
    platform="esidoc", uai=u, body=f"""Bonjour, et bonne année 2025,

Je suis le principal du collège de Dembéni. Le professeur documentaliste qui
administrait notre portail e-sidoc a quitté Mayotte pendant les congés et
conserve, à ma connaissance, le mot de passe du compte.

Je vous demande de réinitialiser ce mot de passe et d'envoyer le lien à
l'adresse officielle du collège, afin que son successeur puisse reprendre la
main.

Anli Abdou
Principal – collège de Dembéni
UAI : {u}
""")

u = U("0400615")
u_bad = BAD("0400615")
add("head_of_establishment_request", False, True,
    f"The body gives {u_bad} (wrong check letter) but the ce.{u}@ac-bordeaux.fr sender "
    "address carries the valid UAI, which is the label. The principal asks that the contact "
    "address become the school's own.",
    frm=("Collège Victor Duruy - Principal", f"ce.{u}@ac-bordeaux.fr"), client="outlook",
    subject="Nouvelle adresse de contact pour le compte administrateur", at="16 14:09",
    platform="esidoc", uai=u, body=f"""Bonjour,

Je souhaite que l'adresse de contact de notre compte administrateur e-sidoc soit
désormais celle de l'établissement, depuis laquelle je vous écris, et non plus
celle de notre ancienne documentaliste, partie en décembre.

Pour mémoire, notre code établissement : {u_bad}.

Jean-Pierre Lartigue
Principal – collège Victor Duruy, Mont-de-Marsan
""")

u = U("9730702")
add("head_of_establishment_request", False, False,
    "Guyane principal asks to replace the e-sidoc admin contact with the new functional CDI "
    "address the rectorat created in January.",
    frm=("Nathalie Sylvestre", "nathalie.sylvestre@ac-guyane.fr"), client="zimbra",
    subject="Modification de l'adresse du compte CDI", at="17 09:12", platform="esidoc",
    uai=u, body=f"""Bonjour,

En ma qualité de principale du collège Lise Ophion à Matoury, je vous demande de
remplacer l'adresse de contact du compte administrateur e-sidoc par la nouvelle
adresse fonctionnelle du CDI créée par le rectorat en janvier :
cdi.clg-ophion@ac-guyane.fr.

Les changements de personnel sont fréquents chez nous ; une adresse
fonctionnelle nous évitera de vous solliciter à chaque départ.

Nathalie Sylvestre
Principale – UAI {u}
""")

# ======================================================================================
# account_creation (9)
# ======================================================================================
add("account_creation", True, False,
    "New gestionnaire with no Espace Acheteur account asks how to create one (sign-up form "
    "answer). No UAI; region from ac-limoges.fr.",
    frm=("Lucie Mazeau", "lucie.mazeau@ac-limoges.fr"), client="zimbra",
    subject="Création de compte Espace Acheteur", at="07 14:02", platform="espace_acheteur",
    body="""Bonjour,

Je viens de prendre mes fonctions de gestionnaire au collège Jules Marouzeau de
Guéret. Je n'ai encore aucun compte sur l'Espace Acheteur et je dois pouvoir y
passer les commandes de fournitures du trimestre.

Comment dois-je procéder pour créer mon accès ?

Merci,
Lucie Mazeau
""")

u = U("0441219")
add("account_creation", True, False,
    "Filled the sign-up form on Friday; login says the account awaits validation: FAQ case.",
    frm=("Damien Gouret", "damien.gouret@ac-nantes.fr"), client="iphone",
    subject="Compte en attente", at="13 07:49", platform="espace_acheteur", uai=u,
    body=f"""Bonjour,

J'ai rempli vendredi le formulaire d'inscription à l'Espace Acheteur. Quand j'essaie de me connecter, un message m'indique que mon compte est en attente de validation. Combien de temps cela prend-il, et qui doit le valider ?

Damien Gouret
Collège Petite Lande, Rezé – {u}

Envoyé de mon iPhone
""")

u = U("0240934")
add("account_creation", False, False,
    "After January staff changes nobody knows who the structure administrator is; her sign-up "
    "waits for that person. Needs a look-up by a person.",
    frm=("Patricia Lamothe", "patricia.lamothe@ac-bordeaux.fr"), client="outlook",
    subject="Qui est l'administrateur de notre structure ?", at="09 10:12",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Depuis les changements de personnel de janvier, plus personne au lycée ne sait
qui administre notre structure sur l'Espace Acheteur. Mon inscription attend la
validation de cet administrateur : pouvez-vous me dire de qui il s'agit ?

Lycée Maine de Biran, Bergerac – {u}

Patricia Lamothe
Secrétariat d'intendance
""")

u = U("9710598")
add("account_creation", True, True,
    "Negation: 'je n'ai pas oublié mon mot de passe, je n'en ai jamais eu'; the predecessor "
    "told him to ask support for a password, but he has no account yet. account_creation.",
    frm=("Fabrice Nestor", "fabrice.nestor@ac-guadeloupe.fr"), client="outlook",
    subject="Mot de passe ?", at="10 08:37", platform="espace_acheteur", uai=u,
    body=f"""Bonjour,

Je n'ai pas oublié mon mot de passe : je n'en ai jamais eu. Nommé gestionnaire
en janvier, je n'ai pas encore de compte sur l'Espace Acheteur, et mon
prédécesseur m'a dit de « demander un mot de passe au support ».

Si je comprends bien, il me faut d'abord créer un compte. Pouvez-vous me dire
comment ?

Fabrice Nestor
Gestionnaire – lycée Gerville-Réache, Basse-Terre – {u}
""")

u = U("0641820")
add("account_creation", False, False,
    "English; a bilingual private school opened in January, UAI received in December, asks "
    "whether it is eligible for a buyer account: a person must check.",
    frm=("Emma Duguet", "admin@ecole-anglaise-biarritz.fr"), client="gmail", lang="en",
    subject="New school - buyer account", at="14 16:30", platform="espace_acheteur", uai=u,
    body=f"""Hello,

We are a small bilingual school in Biarritz that opened its doors this January.
We received our UAI from the rectorat in December ({u}) and would like to buy
furniture and books through your Espace Acheteur purchasing platform.

Are we eligible for a buyer account, and if so, what should we send you?

Kind regards,
Emma Duguet
School administrator
""")

u = U("0530391")
add("account_creation", False, False,
    "Account works but the order-validation button stays greyed; asks for the rights the "
    "former deputy gestionnaire had.",
    frm=("Mickaël Pottier", "mickael.pottier@ac-nantes.fr"),
    subject="Ouvrir les droits de validation", at="15 11:44", platform="espace_acheteur",
    uai=u, body=f"""Bonjour,

Mon compte sur l'Espace Acheteur fonctionne, je peux préparer des paniers, mais
le bouton de validation des commandes reste grisé. Je remplace depuis janvier
l'ancienne adjointe gestionnaire, qui avait ces droits.

Pourriez-vous ouvrir les mêmes droits sur mon compte ?

Mickaël Pottier
Lycée Victor Hugo, Château-Gontier – {u}
""")

add("account_creation", False, False,
    "Sign-up pending since 16 December; the structure administrator who should validate it "
    "left for a year: the region must step in. No UAI; region from ac-poitiers.fr.",
    frm=("Laetitia Roy", "laetitia.roy@ac-poitiers.fr"), client="roundcube",
    subject="Inscription en attente depuis le 16 décembre", at="08 13:55",
    platform="espace_acheteur", body="""Bonjour,

Je me suis inscrite sur l'Espace Acheteur le 16 décembre. Mon compte est
toujours « en attente de validation ». J'ai appris à la rentrée que
l'administratrice de notre structure, qui devait le valider, est partie en
disponibilité pour un an.

Qui peut valider mon compte à sa place ?

Laetitia Roy
Collège La Fayette, Rochefort
""")

u = U("0861402")
add("account_creation", False, False,
    "Two collèges merged on 1 January under a new UAI that is not offered when opening the "
    "e-sidoc customer account: the sales team must add it.",
    frm=("Bénédicte Guillon", "benedicte.guillon@ac-poitiers.fr"), client="outlook",
    subject="Notre UAI n'apparaît pas à l'inscription", at="16 10:25", platform="esidoc",
    uai=u, body=f"""Bonjour,

Au 1er janvier, nos deux collèges de Loudun ont fusionné en un seul
établissement, avec un nouveau code UAI : {u}. Lorsque je crée le compte client
pour commander sur e-sidoc, ce code n'est pas proposé dans la liste des
établissements.

Comment faire ?

Bénédicte Guillon
Gestionnaire – cité scolaire de Loudun
""")

add("account_creation", True, False,
    "HTML-only Outlook: a new gestionnaire wants to open the e-sidoc customer account before "
    "a first order on the 2025 budget. No UAI; region from ac-nantes.fr.",
    frm=("Anne Cailleau", "anne.cailleau@ac-nantes.fr"), client="outlook_html",
    subject="Ouverture du compte client e-sidoc", at="17 15:18", platform="esidoc",
    body="""Bonjour,

Le lycée souhaite commander pour la première fois une ressource numérique pour
le CDI, sur les crédits 2025. Je suis la nouvelle gestionnaire : comment ouvrir
notre compte client avant de passer la commande ?

Cordialement,
Anne Cailleau
Lycée Fernand Renaudeau, Cholet
""")

# ======================================================================================
# subscription_activation (9)
# ======================================================================================
u = U("0441688")
add("subscription_activation", True, False,
    "Europresse ordered on Tuesday on the new budget, not yet in the e-sidoc portal on "
    "Thursday: within 72 hours.",
    frm=("Soizic Bernard", "soizic.bernard@ac-nantes.fr"), client="zimbra",
    subject="Europresse pas encore visible", at="09 09:05", platform="esidoc", uai=u,
    body=f"""Bonjour,

Nous avons commandé mardi l'abonnement Europresse pour 2025, sur le budget de
l'année. Il n'apparaît pas encore dans notre portail e-sidoc. Est-ce normal ?

Soizic Bernard
CDI – lycée Guist'hau, Nantes – {u}
""")

u = U("0400308")
add("subscription_activation", False, False,
    "Universalis order validated on 12 December, still not reachable a month later: well past "
    "the 72-hour rule, a person must check the order.",
    frm=("Jean-Luc Darrigade", "jean-luc.darrigade@ac-bordeaux.fr"), client="outlook",
    subject="Abonnement commandé avant les vacances toujours inactif", at="08 10:48",
    platform="esidoc", uai=u, body=f"""Bonjour,

Notre commande de l'abonnement Universalis a été validée le 12 décembre. Près
d'un mois plus tard, la ressource n'apparaît nulle part dans notre portail
e-sidoc, ni côté administration, ni côté élèves.

Pourriez-vous vérifier ?

Jean-Luc Darrigade
Lycée de Borda, Dax – {u}
""")

u = U("0720531")
add("subscription_activation", True, True,
    "Two negations first (not a login problem, not an ordering problem: the subscription is "
    "active in 'Mes abonnements'); the resource is not published on the pupils' portal.",
    frm=("Valentine Hamon", "valentine.hamon@ac-nantes.fr"),
    subject="Ressource invisible pour les élèves", at="14 13:26", platform="esidoc", uai=u,
    body=f"""Bonjour,

Ce n'est pas un problème de connexion : j'accède sans souci au portail e-sidoc
et à l'administration. Ce n'est pas non plus une question de commande :
l'abonnement Universalis Junior est bien actif et je le vois dans « Mes
abonnements ».

Mais côté élèves, sur le portail public, la ressource n'apparaît nulle part. Je
suppose qu'il y a une étape de publication que je ne connais pas.

Valentine Hamon
Collège Jean Moulin, La Flèche – {u}
""")

u = U("0190726")
add("subscription_activation", True, False,
    "How to make an active Cafeyn subscription visible on the e-sidoc portal's home page "
    "(publication of a resource).",
    frm=("Cyril Lachaud", "cyril.lachaud@ac-limoges.fr"),
    subject="Publier une ressource sur le portail", at="10 16:33", platform="esidoc", uai=u,
    body=f"""Bonjour,

Nous avons ajouté cette année l'abonnement Cafeyn, commandé en décembre et actif
depuis. Comment le rendre visible sur la page d'accueil de notre portail
e-sidoc ? Je ne trouve pas l'option dans l'administration.

Cyril Lachaud
Lycée d'Arsonval, Brive – {u}
""")

u = U("0331710")
add("subscription_activation", True, True,
    "Written by the principal, but he only asks when the subscription validated yesterday "
    "will be available: not a head-of-establishment request.",
    frm=("Christophe Aubin", "christophe.aubin@ac-bordeaux.fr"), client="outlook",
    subject="Date de mise à disposition de l'abonnement", at="15 17:02", platform="esidoc",
    uai=u, body=f"""Bonjour,

Je suis le principal du collège Jules Ferry de Mérignac. Nous avons validé hier
la commande de notre abonnement numérique pour le CDI, et je souhaite annoncer
la ressource aux équipes lors du conseil pédagogique de jeudi.

Pouvez-vous me dire quand elle sera accessible sur notre portail e-sidoc ?

Christophe Aubin
Principal – {u}
""")

u = U("9710133")
add("subscription_activation", True, True,
    "English; a publisher's customer team writes for a Guadeloupe lycée: renewal placed on "
    "13 January, active on the publisher's side, still shown as expired in e-sidoc. Within 72 "
    "hours; the sender is a vendor, not the school.",
    frm=("Rachel Okafor", "rachel.okafor@readwell-digital.co.uk"), client="outlook",
    lang="en", tz=0,
    subject="Subscription renewal not showing - Lycée Carnot", at="14 15:45",
    platform="esidoc", uai=u, body=f"""Hello,

I'm writing from the customer team at Readwell Digital. One of our school
customers in Guadeloupe, Lycée Carnot in Pointe-à-Pitre (UAI {u}), renewed
their Readwell subscription through your platform on 13 January. The licence
has been active on our side since yesterday, yet their librarian tells us the
resource is still shown as expired in her e-sidoc portal.

Is there an activation step on your side that is still pending?

Best regards,
Rachel Okafor
Customer Success, Readwell Digital
""")

u = U("0641077")
add("subscription_activation", True, True,
    "Symptoms only: clicking the new resource's tile opens a blank page 'Accès non autorisé', "
    "other resources work; the order was validated yesterday. Activation pending, not named.",
    frm=("Pantxika Larralde", "pantxika.larralde@ac-bordeaux.fr"), client="gmail",
    subject="Page blanche sur la vignette", at="16 11:58", platform="esidoc", uai=u,
    body=f"""Bonjour,

Quand les élèves cliquent sur la vignette de la nouvelle ressource dans notre
portail e-sidoc, un onglet s'ouvre sur une page blanche avec seulement « Accès
non autorisé » en haut à gauche. Même chose depuis mon poste et depuis ceux du
CDI. Les autres ressources s'ouvrent normalement.

La commande a été validée hier matin.

Pantxika Larralde
Documentaliste – collège Marracq, Bayonne – {u}
""")

u = U("0870284")
add("subscription_activation", False, False,
    "Renewal ordered on 18 December shown as expired since 1 January, pupils cut off: past "
    "the 72-hour window, a person must look.",
    frm=("Odile Parrain", "odile.parrain@ac-limoges.fr"), client="thunderbird_latin1",
    subject="Abonnement renouvelé mais affiché expiré", at="07 09:51", platform="esidoc",
    uai=u, body=f"""Bonjour,

Nous avons renouvelé notre abonnement pour 2025 (commande validée le
18 décembre). Depuis le 1er janvier, « Mes abonnements » l'affiche comme
expiré, et les élèves n'y ont plus accès.

Merci de faire le nécessaire.

Odile Parrain
Lycée Gay-Lussac, Limoges - {u}
""")

u = U("9740640")
add("subscription_activation", True, False,
    "Réunion: subscription ordered two days ago visible in the e-sidoc back office, not for "
    "pupils coming through the ENT: publication step.",
    frm=("Sully Grondin", "sully.grondin@ac-reunion.fr"),
    subject="Ressource active mais pas dans l'ENT", at="24 09:14", platform="esidoc", uai=u,
    body=f"""Bonjour,

L'abonnement commandé il y a deux jours apparaît bien dans l'administration
e-sidoc, mais les élèves ne le voient pas quand ils passent par l'ENT. Y a-t-il
quelque chose à publier de notre côté ?

Sully Grondin
Collège Bois de Nèfles, Saint-Paul – {u}
""")

# ======================================================================================
# order_billing (9)
# ======================================================================================
u = U("0790675")
add("order_billing", False, False,
    "Budget 2025 voted: needs a formal quote in the school's name for the e-sidoc renewal to "
    "draw up the bon d'engagement.",
    frm=("Isabelle Rabin", "isabelle.rabin@ac-poitiers.fr"), client="outlook",
    subject="Demande de devis - budget 2025", at="08 11:20", platform="esidoc", uai=u,
    body=f"""Bonjour,

Notre budget 2025 vient d'être voté. Pour établir le bon d'engagement, j'ai
besoin d'un devis au nom de l'établissement pour le renouvellement de nos
abonnements e-sidoc (portail et ressource Europresse).

Pourriez-vous me l'adresser ?

Isabelle Rabin
Adjointe gestionnaire – lycée Ernest Pérochon, Parthenay – {u}
""")

u = U("0440917")
add("order_billing", False, False,
    "Invoice for a November Espace Acheteur order not on Chorus Pro while the 2024 accounts "
    "are about to close.",
    frm=("Thibault Renou", "thibault.renou@ac-nantes.fr"), client="zimbra",
    subject="Facture absente de Chorus Pro", at="09 14:07", platform="espace_acheteur",
    uai=u, body=f"""Bonjour,

La facture de notre commande de novembre sur l'Espace Acheteur n'est toujours
pas déposée sur Chorus Pro. Or l'agence comptable clôt l'exercice 2024 à la fin
de la semaine prochaine et ne pourra plus la payer sur ces crédits.

Numéro de commande : EA-2024-11-0457.

Merci de votre réactivité,
Thibault Renou
Gestionnaire – collège Aristide Briand, Nantes – {u}
""")

u = U("0161019")
add("order_billing", False, False,
    "A basket prepared on 17 December (kept 15 days) is empty after the holidays; asks to "
    "recover it.",
    frm=("Annie Blanchard", "annie.blanchard@ac-poitiers.fr"),
    subject="Panier vide au retour des vacances", at="06 10:35",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

J'avais préparé le 17 décembre un panier d'une trentaine de lignes (mobilier du
CDI) sur l'Espace Acheteur, en attendant l'ouverture des crédits 2025. En me
connectant ce matin, le panier est vide, et je ne retrouve rien dans
l'historique.

Y a-t-il un moyen de le récupérer ?

Annie Blanchard
Collège Jean Mermoz, Angoulême – {u}
""")

add("order_billing", False, False,
    "English; a publisher's sales-ledger clerk needs purchase order numbers and a billing "
    "address for January orders placed through the platform. No UAI, no region, no platform "
    "named.",
    frm=("Oliver Grant", "o.grant@brightpage-publishing.co.uk"), client="outlook", lang="en",
    tz=0, subject="Invoices for January orders - PO numbers needed", at="13 12:02",
    body="""Dear colleagues,

We received three orders for our digital collections through your platform in
the first week of January. Before we issue the invoices, our accounts team needs
the purchase order numbers, and in one case the correct billing address, as the
school has told us that its invoices go to a different accounting office from
2025.

Could you tell us where to find these details, or send them to us?

Kind regards,
Oliver Grant
Sales Ledger, Brightpage Publishing
""")

u = U("9730357")
add("order_billing", False, False,
    "HTML-only Outlook (windows-1252 with the euro sign): the January invoice is 138.60 EUR "
    "above the accepted quote for the same licences. Guyane time zone.",
    frm=("Gisèle Lony", "gisele.lony@ac-guyane.fr"), client="outlook_html",
    subject="Écart entre devis et facture", at="13 08:44", platform="esidoc", uai=u,
    body=f"""Bonjour,

La facture n° F25-00118 reçue le 10 janvier pour nos ressources e-sidoc s'élève
à 1 284,60 €, alors que le devis accepté en décembre était de 1 146,00 € TTC. Je
ne vois pas d'où vient la différence de 138,60 € : le nombre de licences est le
même.

Pouvez-vous vérifier et, le cas échéant, émettre une facture rectificative ?

Gisèle Lony
Gestionnaire – lycée Gaston Monnerville, Kourou – {u}
""")

u = U("9741125")
add("order_billing", False, False,
    "Thunderbird French forward ('Message transféré') of a payment reminder for an invoice "
    "already paid by mandat administratif on 19 December. Réunion.",
    frm=("Marie-Claude Técher", "marie-claude.techer@ac-reunion.fr"),
    subject="Fwd: Relance facture F24-03311", at="15 10:22", uai=u, body=f"""Bonjour,

Nous recevons cette relance alors que la facture a été payée par mandat
administratif le 19 décembre (mandat n° 2024-1876). Merci de mettre votre
dossier à jour et de cesser les relances.

Marie-Claude Técher
Agence comptable – lycée Pierre Poivre, Saint-Joseph – {u}


-------- Message transféré --------
Sujet : 	Relance facture F24-03311
Date : 	Mon, 13 Jan 2025 06:00:12 +0100
De : 	Comptabilité <comptabilite@assistance.example.fr>
Pour : 	marie-claude.techer@ac-reunion.fr

Madame, Monsieur,

Sauf erreur de notre part, la facture F24-03311 du 28 novembre 2024, d'un
montant de 640,00 €, reste impayée à ce jour.

Nous vous remercions de bien vouloir procéder à son règlement.

Le service comptabilité
""")

u = U("0230388")
add("order_billing", False, True,
    "Two topics: the January invoice received twice (main) and the membership convention "
    "no longer visible in the Espace Acheteur (contract_documents).",
    frm=("Régis Parot", "regis.parot@ac-limoges.fr"), client="outlook",
    subject="Facture en double + convention", at="16 09:03", platform="espace_acheteur",
    uai=u, body=f"""Bonjour,

Nous avons reçu deux fois la facture de janvier pour le même abonnement
(F25-00042 et F25-00057, même montant). Merci d'annuler l'une des deux.

Par ailleurs, je ne trouve plus notre convention d'adhésion dans l'Espace
Acheteur depuis la nouvelle année, alors que l'agent comptable me la réclame.

Régis Parot
Lycée Pierre Bourdan, Guéret – {u}
""")

u = U("0491290")
add("order_billing", False, False,
    "New accounting group from 1 January: new SIRET, billing address and Chorus service code "
    "for all 2025 invoices.",
    frm=("Xavier Marchand", "xavier.marchand@ac-nantes.fr"), client="outlook",
    subject="Nouveau SIRET et adresse de facturation au 1er janvier", at="07 15:29",
    uai=u, body=f"""Bonjour,

Depuis le 1er janvier, notre établissement est rattaché à un nouveau groupement
comptable : le SIRET et l'adresse de facturation changent. Merci d'utiliser
désormais les coordonnées ci-dessous pour toutes les factures de 2025 :

Agence comptable du lycée Joachim du Bellay
1 avenue Marie Talet, 49100 Angers
SIRET : 194 900 000 00018
Code service Chorus : AC-JDB-49

Xavier Marchand
Gestionnaire – collège Jean Vilar, Angers – {u}
""")

u = U("9760871")
add("order_billing", False, False,
    "Mayotte: the scanned bon d'engagement (6 MB PDF) is refused at order validation on the "
    "Espace Acheteur ('fichier trop volumineux'); asks the size limit.",
    frm=("Mariama Saïd", "mariama.said@ac-mayotte.fr"), client="outlook_android",
    subject="Bon d'engagement refusé à la validation", at="16 13:40",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Au moment de valider ma commande sur l'Espace Acheteur, le bon d'engagement que
je dépose est refusé avec le message « fichier trop volumineux ». C'est un PDF
scanné de 6 Mo, le seul format que produit notre copieur.

Quelle est la taille maximale acceptée ?

Mariama Saïd
Adjointe gestionnaire – lycée de Chirongui – {u}
""")

# ======================================================================================
# contract_documents (7)
# ======================================================================================
add("contract_documents", False, False,
    "Since January 'Mes Marchés' shows no document for an office-supplies market (neither "
    "CCAP nor price schedule). No UAI; region from ac-bordeaux.fr.",
    frm=("Hugues Lafon", "hugues.lafon@ac-bordeaux.fr"), client="outlook",
    subject="Mes Marchés vide depuis janvier", at="07 16:14", platform="espace_acheteur",
    body="""Bonjour,

Depuis le début de l'année, la rubrique « Mes Marchés » de l'Espace Acheteur
n'affiche plus aucun document pour le marché de fournitures de bureau 2023-041 :
ni le CCAP, ni le bordereau de prix. En décembre, tout y était.

Hugues Lafon
Gestionnaire – lycée Camille Jullian, Bordeaux
""")

u = U("0850735")
add("contract_documents", False, False,
    "Amendment no. 3 (price revision effective 1 January) announced by the supplier but "
    "missing from the market's documents.",
    frm=("Claudine Robin", "claudine.robin@ac-nantes.fr"),
    subject="Avenant n° 3 introuvable", at="10 10:57", platform="espace_acheteur", uai=u,
    body=f"""Bonjour,

Le titulaire du marché de papeterie 2022-118 nous informe par courrier qu'un
avenant n° 3 a pris effet au 1er janvier 2025 (révision des prix). Je ne le
trouve pas parmi les documents du marché sur l'Espace Acheteur.

Pouvez-vous le mettre en ligne ?

Claudine Robin
Collège Françoise Dolto, Fontenay-le-Comte – {u}
""")

u = U("9740457")
add("contract_documents", False, False,
    "Réunion: the board must vote the membership renewal; only the 2022 convention is visible "
    "in the Espace Acheteur, not the 2025 one.",
    frm=("Evelyne Boyer", "evelyne.boyer@ac-reunion.fr"), client="zimbra",
    subject="Convention d'adhésion 2025", at="27 08:21", platform="espace_acheteur", uai=u,
    body=f"""Bonjour,

Notre conseil d'administration doit délibérer début février sur le
renouvellement de notre adhésion. Je ne trouve pas la convention 2025 dans notre
Espace Acheteur ; seule celle de 2022 apparaît.

Où puis-je la consulter ?

Evelyne Boyer
Gestionnaire – collège Les Aigrettes, Saint-Gilles-les-Bains – {u}
""")

add("contract_documents", False, False,
    "English; the awarded furniture supplier cannot see the December amendment in its "
    "account on the buyer platform, only the original contract documents.",
    frm=("Lars Pedersen", "lars.pedersen@nordlys-furniture.com"), client="outlook", lang="en",
    tz=1, subject="Access to contract amendment - lot 3", at="09 13:33",
    platform="espace_acheteur", body="""Hello,

We are the awarded supplier for lot 3 (library furniture) of your framework
agreement. The amendment signed in December is mentioned in the buyers'
newsletter, but our supplier account on the Espace Acheteur only shows the
original contract documents.

Could you give us access to the amendment, or send it to us by email?

Best regards,
Lars Pedersen
Tender Manager, Nordlys Furniture
""")

u = U("0470845")
add("contract_documents", False, False,
    "The proviseur wants to read the CCTP of the digital-equipment market before an order; "
    "the document is not among the market's files.",
    frm=("Bernard Capdeville", "bernard.capdeville@ac-bordeaux.fr"),
    subject="CCTP du marché équipements numériques", at="14 14:40",
    platform="espace_acheteur", uai=u, body=f"""Bonjour,

Je prépare une commande de vidéoprojecteurs sur le marché « équipements
numériques », et notre proviseur veut lire le CCTP avant de signer. Le document
ne figure pas dans la liste des pièces du marché sur l'Espace Acheteur.

Pouvez-vous me dire où le trouver ?

Bernard Capdeville
Lycée Jean-Baptiste de Baudre, Agen – {u}
""")

u = U("9720367")
d0 = when("08 11:20", -4)
m0 = sup_mid(5160, d0)
add("contract_documents", False, False,
    "Gmail-style follow-up after the regional answer (cache): the furniture market's price "
    "schedule is still missing. Martinique.",
    frm=("Murielle Jean-Baptiste", "murielle.jean-baptiste@ac-martinique.fr"), client="gmail",
    subject="Re: [#SUP-005160] Pièces du marché mobilier", at="13 15:02",
    platform="espace_acheteur", uai=u, irt=m0, body=f"""Bonjour,

Merci pour votre réponse du 8 janvier. J'ai vidé le cache et essayé un autre
navigateur comme conseillé, mais le BPU du marché mobilier n'apparaît toujours
pas dans la liste des documents de l'Espace Acheteur. Le lien « voir les
pièces » affiche un tableau vide.

Murielle Jean-Baptiste
Lycée Joseph Gaillard, Fort-de-France – {u}

""" + gq("mer. 8 janv. 2025 à 11:20", f"Support Martinique <{SUPPORT}>", """Bonjour,

Les pièces du marché mobilier sont bien publiées. Il s'agit
probablement d'un affichage en cache : videz le cache de votre
navigateur ou essayez-en un autre, puis dites-nous si le problème persiste.

Bien cordialement,
Support régional Martinique"""))

u = U("0721160")
add("contract_documents", False, True,
    "Subject speaks of a blocked invoice and the sender says the invoice itself is fine; the "
    "request is for the market's acte d'engagement, missing from the documents.",
    frm=("Sandrine Pasquier", "sandrine.pasquier@ac-nantes.fr"), client="outlook",
    subject="Facture fournisseur bloquée", at="15 10:09", platform="espace_acheteur", uai=u,
    body=f"""Bonjour,

Notre agent comptable refuse de payer une facture du titulaire du marché de
nettoyage tant que je ne lui fournis pas l'acte d'engagement du marché. La
facture en elle-même est correcte, ce n'est pas elle le problème.

Or, dans l'Espace Acheteur, l'acte d'engagement ne figure pas parmi les
documents du marché, alors que le règlement de consultation y est.

Pouvez-vous le rendre accessible ?

Sandrine Pasquier
Lycée Touchard-Washington, Le Mans – {u}
""")

# ======================================================================================
# transfer_incident (9)
# ======================================================================================
u = U("0491933")
add("transfer_incident", False, False,
    "Last EcoleDirecte transfer on 20 December; marks entered since the return do not reach "
    "families.",
    frm=("Frédéric Onillon", "informatique@saintlaud-angers.fr"), client="outlook",
    subject="Transferts EcoleDirecte arrêtés depuis le 20 décembre", at="08 09:40",
    platform="ecoledirecte", uai=u, body=f"""Bonjour,

Le dernier transfert vers EcoleDirecte date du 20 décembre. Depuis la reprise,
les notes saisies par les professeurs ne remontent plus côté familles. Le
service tourne bien sur le serveur, mais l'historique ne montre aucun envoi
depuis cette date.

Ensemble scolaire Saint-Laud, Angers – UAI {u}

Frédéric Onillon
Responsable informatique
""")

u = U("0851672")
add("transfer_incident", False, False,
    "'Licence expirée' at Charlemagne start-up since 2 January, transfers to EcoleDirecte "
    "suspended: licence to regenerate.",
    frm=("Yvette Chaigneau", "secretariat@stgabriel-stlaurent.fr"), client="outlook_txt",
    subject="Licence expirée au 1er janvier", at="06 08:26", platform="ecoledirecte", uai=u,
    body=f"""Bonjour,

Depuis le 2 janvier, Charlemagne affiche « Licence expirée » au démarrage et les
transferts vers EcoleDirecte sont suspendus. Nous avons pourtant renouvelé le
contrat en décembre.

Pouvez-vous régénérer notre licence ?

Yvette Chaigneau
Collège privé Saint-Gabriel, Saint-Laurent-sur-Sèvre – {u}
""")

add("transfer_incident", False, True,
    "Asks for the daily maintenance password to re-index the Charlemagne base after an "
    "incident: transfer_incident per the taxonomy, although a password is asked for.",
    frm=("Alain Gréau", "a.greau@notredame-larochelle.fr"), client="thunderbird",
    subject="Mot de passe du jour", at="09 07:52", platform="ecoledirecte", body="""Bonjour,

Pour relancer la réindexation de la base Charlemagne après l'incident de ce
matin, l'outil de maintenance me demande le mot de passe de maintenance du jour.
Pouvez-vous me le communiquer ?

Alain Gréau
Technicien – Notre-Dame, La Rochelle
""")

u = U("0331255")
add("transfer_incident", False, False,
    "Server replaced during the holidays; after reinstalling Charlemagne the licence no "
    "longer matches the machine: licence to regenerate.",
    frm=("Bastien Cazaux", "b.cazaux@infogironde-services.fr"), client="thunderbird",
    subject="Changement de serveur - licence à régénérer", at="07 11:18",
    platform="ecoledirecte", uai=u, body=f"""Bonjour,

Nous avons remplacé le serveur de l'établissement pendant les vacances. Après
réinstallation de Charlemagne et des outils de transfert vers EcoleDirecte, le
logiciel indique que la licence ne correspond pas à cette machine.

Pouvez-vous nous générer une nouvelle licence ? UAI : {u}.

Bastien Cazaux
Prestataire informatique – lycée privé Saint-Genès, Bordeaux
""")

u = U("9720689")
add("transfer_incident", False, True,
    "Symptoms only: parents see first-term marks but nothing from January, the tray icon is "
    "orange 'en attente', 'Lancer maintenant' does nothing. Transfers stalled, never named. "
    "Martinique.",
    frm=("Jocelyne Marie-Sainte", "secretariat@cluny-fdf.fr"), client="outlook", tz=-4,
    subject="Les parents voient encore les notes de décembre", at="10 07:30",
    platform="ecoledirecte", uai=u, body=f"""Bonjour,

Depuis la reprise, les parents nous disent qu'ils voient sur EcoleDirecte les
notes du premier trimestre, mais rien de janvier. Dans la barre des tâches du
serveur, la petite icône est orange au lieu de verte et, quand je passe la
souris dessus, il est écrit « en attente ». Le bouton « Lancer maintenant » ne
fait rien. Je n'ai rien modifié pendant les vacances.

Jocelyne Marie-Sainte
Secrétariat – collège privé Saint-Joseph de Cluny, Fort-de-France – {u}
""")

u = U("0441406")
add("transfer_incident", False, True,
    "Negation: the EcoleDirecte admin password works, it is not a login problem; the daily "
    "transfer ends with 'réplication interrompue – réinitialisation requise'.",
    frm=("Loïc Perraud", "l.perraud@ndta-nantes.fr"), client="gmail",
    subject="Synchronisation EcoleDirecte", at="15 08:08", platform="ecoledirecte", uai=u,
    body=f"""Bonjour,

Je précise que mon mot de passe administrateur EcoleDirecte fonctionne très
bien, ce n'est donc pas un problème de connexion.

C'est la synchronisation qui bloque : depuis lundi, le transfert quotidien se
termine avec l'erreur « réplication interrompue – réinitialisation requise ».

Loïc Perraud
Lycée privé Notre-Dame de Toutes Aides, Nantes – {u}
""")

u = U("0641562")
add("transfer_incident", False, False,
    "A new filtering proxy installed by the Région in January: the transfer tool's connection "
    "test fails; asks the HTTP settings and addresses to allow.",
    frm=("Ander Olaizola", "informatique@villapia-bayonne.fr"), client="thunderbird",
    subject="Proxy et transferts", at="13 15:51", platform="ecoledirecte", uai=u,
    body=f"""Bonjour,

La Région a installé un nouveau proxy filtrant dans notre lycée à la rentrée de
janvier. Depuis, le test de connexion de l'outil de transfert EcoleDirecte
échoue à l'étape « contact du serveur distant ». Quels paramètres HTTP faut-il
renseigner, et quelles adresses faut-il autoriser ?

Ander Olaizola
Technicien – lycée privé Villa Pia, Bayonne – {u}
""")

u = U("0860688")
add("transfer_incident", False, False,
    "After the 7 January antivirus update Outils.exe is quarantined every night; transfers "
    "to EcoleDirecte stop. Asks which exclusions to set.",
    frm=("Marion Texereau", "m.texereau@saintstan-poitiers.fr"), client="outlook",
    subject="Outils.exe mis en quarantaine par l'antivirus", at="14 09:37",
    platform="ecoledirecte", uai=u, body=f"""Bonjour,

Après la mise à jour de notre antivirus le 7 janvier, Outils.exe a été placé en
quarantaine et les transferts vers EcoleDirecte ne partent plus. Nous l'avons
restauré, mais il est de nouveau bloqué chaque nuit.

Quelles exclusions faut-il configurer ?

Marion Texereau
Collège privé Saint-Stanislas, Poitiers – {u}
""")

add("transfer_incident", False, True,
    "Written by the head of a private school in Guadeloupe, but only about the daily "
    "EcoleDirecte transfer freezing at 45 %: not a head-of-establishment request. No UAI.",
    frm=("Eddy Jalton", "direction@ecole-stemarie-bt.fr"), client="ox", tz=-4,
    subject="Transfert bloqué à 45 %", at="09 06:48", platform="ecoledirecte",
    body="""Bonjour,

Chaque matin, le transfert des données vers EcoleDirecte démarre puis reste figé
à 45 % pendant des heures. Nous devons redémarrer le serveur pour en sortir. Cela
dure depuis le retour des congés de Noël.

Eddy Jalton
Directeur – école privée Sainte-Marie, Basse-Terre
""")

# ======================================================================================
# automated (21)
# ======================================================================================
def our_message(ticket, subject, to, dt, body, auto=False):
    """One of the desk's own outgoing messages, as it comes back inside bounces."""
    mid = sup_mid(ticket, dt)
    hdrs = [("From", f"Assistance <{SUPPORT}>"), ("To", to), ("Subject", ehdr(subject)),
            ("Date", rfcdate(dt)), ("Message-ID", mid)]
    if auto:
        hdrs.append(("Auto-Submitted", "auto-replied"))
    hdrs += [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="utf-8"'),
             ("Content-Transfer-Encoding", "quoted-printable")]
    return mid, hdrs, enc_text(body, "utf-8", "quoted-printable")


def top_headers(sender_hdr, sender_addr, relay, dt, subject, mid, rp="<>", auth="none", to=None,
                extra=()):
    return ([("Return-Path", rp), ("Delivered-To", SUPPORT), mx_received(relay, dt),
             ("Authentication-Results", auth_results(sender_addr, auth)),
             ("From", sender_hdr), ("To", to or f"Assistance <{SUPPORT}>"),
             ("Subject", ehdr(subject)), ("Date", rfcdate(dt)), ("Message-ID", mid),
             ("MIME-Version", "1.0")] + list(extra))


# 1. Exchange out-of-office (private school), French
d0 = when("07 16:30", 1)
add("automated", False, False,
    "Exchange out-of-office in French (Auto-Submitted: auto-generated, "
    "X-Auto-Response-Suppress) answering a desk message; back on 13 January.",
    frm=("Corinne Baudry", "c.baudry@ensemble-stjoseph-niort.fr"), client="outlook",
    subject="Réponse automatique : [#SUP-005241] Votre demande de devis", at="07 16:31",
    irt=sup_mid(5241, d0), return_path="",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    body="""Bonjour,

Je suis absente jusqu'au lundi 13 janvier inclus et ne consulte pas ma
messagerie.

Pour toute question urgente concernant les commandes ou la facturation, merci de
contacter l'accueil de l'établissement au 05 49 24 17 30.

Cordialement,
Corinne Baudry
Service intendance
""")

# 2. Zimbra vacation, ac-nantes
d0 = when("13 09:02", 1)
add("automated", False, False,
    "Académie Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation), null "
    "Return-Path). Region from the ac-nantes.fr sender.",
    frm=("Pierre-Yves Blanchet", "pierre-yves.blanchet@ac-nantes.fr"), client="zimbra",
    subject="Absence du 13 au 17 janvier", at="13 09:03", irt=sup_mid(5250, d0),
    return_path="", extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
    body="""Bonjour,

Je suis en formation du 13 au 17 janvier et ne lirai vos messages qu'à mon
retour. Pour une urgence concernant le CDI, adressez-vous à la vie scolaire.

Pierre-Yves Blanchet
""")

# 3. Postfix bounce, unknown user (a gestionnaire who left in December)
d_orig = when("07 10:12", 1)
mid, oh, ob = our_message(5229, "[#SUP-005229] Votre commande 2024-1187",
                          "Martine Guitton <m.guitton@lycee-stjoseph-bressuire.fr>", d_orig,
                          """Bonjour Madame Guitton,

La facture de votre commande 2024-1187 a été redéposée sur Chorus Pro ce matin.

Cordialement,
L'équipe d'assistance""")
dtb = d_orig + datetime.timedelta(seconds=3)
host = "mail.lycee-stjoseph-bressuire.fr"
part = multipart("report", [
    leaf('text/plain; charset="us-ascii"', b"""This is the mail system at host mail.lycee-stjoseph-bressuire.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.guitton@lycee-stjoseph-bressuire.fr>: host
    mbox.lycee-stjoseph-bressuire.fr[10.20.0.12] said: 550 5.1.1
    <m.guitton@lycee-stjoseph-bressuire.fr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", "7bit", [("Content-Description", "Notification")]),
    leaf("message/delivery-status", f"""Reporting-MTA: dns; {host}
X-Postfix-Queue-ID: 4YSm2k0Q1Zz7Lx
X-Postfix-Sender: rfc822; {SUPPORT}
Arrival-Date: {rfcdate(d_orig)}

Final-Recipient: rfc822; m.guitton@lycee-stjoseph-bressuire.fr
Original-Recipient: rfc822;m.guitton@lycee-stjoseph-bressuire.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox.lycee-stjoseph-bressuire.fr
Diagnostic-Code: smtp; 550 5.1.1 <m.guitton@lycee-stjoseph-bressuire.fr>:
    Recipient address rejected: User unknown in virtual mailbox table
""".encode(), None, [("Content-Description", "Delivery report")]),
    leaf("message/rfc822", render_headers(oh) + b"\n" + ob, None,
         [("Content-Description", "Undelivered Message")]),
], params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
add_raw("automated", False, False,
        "Postfix bounce (multipart/report delivery-status, original attached, null "
        "Return-Path): the gestionnaire's mailbox was closed after she left in December.",
        sender=f"MAILER-DAEMON@{host}", lang="en",
        raw_headers=top_headers(f"MAILER-DAEMON@{host} (Mail Delivery System)",
                                f"MAILER-DAEMON@{host}", host, dtb,
                                "Undelivered Mail Returned to Sender",
                                f"<20250107091215.4YSm2k0Q1Zz7Lx@{host}>",
                                extra=[("Auto-Submitted", "auto-replied")]),
        part=part)

# 4. Exchange NDR in French, mailbox full
d_orig = when("09 14:50", 1)
mid, oh, ob = our_message(5244, "[#SUP-005244] Lien d'activation",
                          "cdi.clg-stgilles@vendee.fr", d_orig, "(corps non conservé)",
                          auto=True)
dtb = d_orig + datetime.timedelta(seconds=9)
txt = """Votre message n'a pas pu être remis à cdi.clg-stgilles@vendee.fr car la
boîte aux lettres du destinataire est pleine.

Que dois-je faire ?
Réessayez plus tard, ou contactez le destinataire par un autre moyen pour lui
demander de libérer de l'espace.

Informations de diagnostic pour les administrateurs :
Serveur de génération : PR1P264MB3918.FRAP264.PROD.OUTLOOK.COM
cdi.clg-stgilles@vendee.fr
Remote server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
"""
inner = multipart("alternative", [
    leaf('text/plain; charset="utf-8"', enc_text(txt, "utf-8", "quoted-printable"),
         "quoted-printable"),
    leaf('text/html; charset="utf-8"', enc_text(html_plain(txt), "utf-8", "quoted-printable"),
         "quoted-printable")])
part = multipart("report", [
    inner,
    leaf("message/delivery-status", f"""Reporting-MTA: dns;PR1P264MB3918.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;{MX}
Arrival-Date: {rfcdate(d_orig)}

Final-Recipient: rfc822;cdi.clg-stgilles@vendee.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException
""".encode(), "7bit"),
    leaf("text/rfc822-headers", render_headers(oh), "7bit"),
], params=" report-type=delivery-status;")
add_raw("automated", False, False,
        "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with "
        "a text+HTML explanation: recipient mailbox full.",
        sender="postmaster@vendee.fr",
        raw_headers=top_headers("Microsoft Outlook <postmaster@vendee.fr>",
                                "postmaster@vendee.fr",
                                "PAUP264CU005.outbound.protection.outlook.com", dtb,
                                "Non remis : [#SUP-005244] Lien d'activation",
                                f"<{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}"
                                "@PR1P264MB3918.FRAP264.PROD.OUTLOOK.COM>", auth="pass",
                                extra=[("Auto-Submitted", "auto-replied"),
                                       ("X-MS-Exchange-Message-Is-Ndr", ""),
                                       ("Content-Language", "fr-FR"),
                                       ("In-Reply-To", mid), ("References", mid)]),
        part=part, checktext=txt)

# 5. Outlook read receipt in French (ac-bordeaux sender)
d_orig = when("07 17:05", 1)
omid = sup_mid(5219, d_orig)
dtr = when("08 10:14", 1)
rcpt = "sebastien.roux@ac-bordeaux.fr"
txt = f"""Votre message

  À : Sébastien Roux
  Objet : [#SUP-005219] Abonnement Cafeyn
  Envoyé : mardi 7 janvier 2025 17:05:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 8 janvier 2025 10:14:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""
part = multipart("report", [
    leaf('text/plain; charset="iso-8859-1"', enc_text(txt, "iso-8859-1", "quoted-printable"),
         "quoted-printable"),
    leaf("message/disposition-notification", f"""Reporting-UA: PC-CDI-04; Microsoft Outlook 16.0
Final-Recipient: rfc822;{rcpt}
Original-Message-ID: {omid}
Disposition: manual-action/MDN-sent-manually; displayed
""".encode(), "7bit"),
], params=" report-type=disposition-notification;")
add_raw("automated", False, False,
        "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. "
        "Region from the ac-bordeaux.fr sender.",
        sender=rcpt,
        raw_headers=top_headers(eaddr("Sébastien Roux", rcpt), rcpt, "smtp2.ac-bordeaux.fr", dtr,
                                "Lu : [#SUP-005219] Abonnement Cafeyn",
                                f"<{hexs(32)}@ac-bordeaux.fr>", rp=f"<{rcpt}>", auth="pass",
                                extra=[("In-Reply-To", omid), ("References", omid),
                                       ("X-Mailer", "Microsoft Outlook 16.0")]),
        part=part, checktext=txt)

# 6. Mailing list (académie documentalistes list) with a real question
add("automated", False, True,
    "A librarian's real e-sidoc password question, but posted to an académie mailing list the "
    "desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. "
    "Region from the ac-poitiers.fr sender.",
    frm=("Nathalie Brunet", "nathalie.brunet@ac-poitiers.fr"), client="thunderbird",
    to="docs86@listes.ac-poitiers.fr", return_path="docs86-owner@listes.ac-poitiers.fr",
    subject="[docs86] Mot de passe e-sidoc après le changement académique", at="08 12:25",
    platform="esidoc",
    extra=[("List-Id", "Documentalistes de la Vienne <docs86.listes.ac-poitiers.fr>"),
           ("List-Post", "<mailto:docs86@listes.ac-poitiers.fr>"),
           ("List-Unsubscribe", "<mailto:sympa@listes.ac-poitiers.fr?subject=unsubscribe%20docs86>"),
           ("List-Archive", "<https://listes.ac-poitiers.fr/sympa/arc/docs86>"),
           ("Precedence", "list"), ("X-Loop", "docs86@listes.ac-poitiers.fr"),
           ("Sender", "docs86-owner@listes.ac-poitiers.fr")],
    body="""Bonjour à toutes et à tous, et meilleurs vœux !

Depuis qu'on nous a fait changer le mot de passe académique lundi, je ne peux
plus entrer dans l'administration d'e-sidoc. Quelqu'un a-t-il eu le même
souci ? Faut-il écrire au support ou attendre que ça se resynchronise ?

Nathalie
CDI – collège du Jardin des Plantes, Poitiers

_______________________________________________
docs86 – liste des professeurs documentalistes de la Vienne
https://listes.ac-poitiers.fr/sympa/info/docs86
""")

# 7. English Gmail vacation responder (publisher contact)
d0 = when("09 11:40", 1)
add("automated", False, False,
    "English Gmail vacation responder (Auto-Submitted: auto-replied) from a publisher "
    "contact travelling until 15 January.",
    frm=("Tom Whitaker", "tom.whitaker.books@gmail.com"), client="gmail", lang="en",
    subject="Away until 15 January", at="09 10:41", tz=0, irt=sup_mid(5255, d0),
    return_path="", extra=[("Auto-Submitted", "auto-replied")],
    body="""Thank you for your email.

I'm travelling to the Education Show until 15 January with very limited access
to email. For anything urgent about orders or invoices, please write to
orders@brightpage-publishing.co.uk and my colleagues will help.

Tom Whitaker
""")

# 8. Client-side out-of-office: no automation headers at all
add("automated", False, True,
    "Out-of-office sent by a client-side rule (Thunderbird template): no Auto-Submitted, no "
    "Precedence, no In-Reply-To; only the wording shows it is automatic.",
    frm=("Régine Pouvreau", "regine.pouvreau@stmartin-cholet.fr"), client="thunderbird",
    subject="Re: [#SUP-005271] Commande en attente de validation", at="14 08:00",
    body="""Ceci est une réponse automatique.

Je suis en congé maternité jusqu'au 3 mars 2025. Pour toute question liée à
l'intendance, merci d'écrire à intendance@stmartin-cholet.fr. Votre message ne
sera pas transféré.

Régine Pouvreau
""")

# 9. Thunderbird return receipt in English (ac-reunion sender)
d_orig = when("22 14:05", 1)
omid = sup_mid(5262, d_orig)
dtr = when("23 09:31", 4)
rcpt = "kevin.hoarau@ac-reunion.fr"
txt = f"""This is a Return Receipt for the mail that you sent to {rcpt}.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""
part = multipart("report", [
    leaf('text/plain; charset="UTF-8"', txt.encode(), "7bit"),
    leaf('message/disposition-notification; name="MDNPart2.txt"', f"""Reporting-UA: ac-reunion.fr; Thunderbird 128.6.0
Final-Recipient: rfc822;{rcpt}
Original-Message-ID: {omid}
Disposition: manual-action/MDN-sent-manually; displayed
""".encode(), "7bit", [("Content-Disposition", "inline")]),
    leaf('text/rfc822-headers; name="MDNPart3.txt"', render_headers(
        [("From", f"Assistance <{SUPPORT}>"), ("To", rcpt),
         ("Subject", "[#SUP-005262] MailinBlack allow-list guide"), ("Date", rfcdate(d_orig)),
         ("Message-ID", omid)]), "7bit", [("Content-Disposition", "inline")]),
], params=" report-type=disposition-notification;")
add_raw("automated", False, False,
        "Thunderbird return receipt in English, multipart/report disposition-notification. "
        "Region from the ac-reunion.fr sender.",
        sender=rcpt, lang="en",
        raw_headers=top_headers(f"Kevin Hoarau <{rcpt}>", rcpt, "smtp1.ac-reunion.fr", dtr,
                                "Return Receipt (displayed) - [#SUP-005262] MailinBlack "
                                "allow-list guide", f"<{hexs(8)}-{hexs(4)}-4{hexs(3)}-"
                                f"{hexs(4)}-{hexs(12)}@ac-reunion.fr>", rp=f"<{rcpt}>",
                                auth="pass",
                                extra=[("User-Agent", "Mozilla Thunderbird"),
                                       ("In-Reply-To", omid), ("References", omid)]),
        part=part, checktext=txt)

# 10. Platform newsletter (bulk)
add("automated", False, False,
    "January newsletter of the Espace Acheteur: List-Id, one-click List-Unsubscribe, "
    "Precedence: bulk; HTML alternative.",
    frm=("La lettre de l'Espace Acheteur", "lettre@news.espace-acheteur.example.fr"),
    client="plain", html_mode="alt-plain", return_path="bounces+4481@news.espace-acheteur.example.fr",
    subject="Janvier 2025 : nouveaux marchés, calendrier budgétaire et webinaires",
    at="08 06:30", platform="espace_acheteur",
    extra=[("List-Id", "La lettre de l'Espace Acheteur <lettre.news.espace-acheteur.example.fr>"),
           ("List-Unsubscribe", "<https://news.espace-acheteur.example.fr/u/8f2a61c0>, "
                                "<mailto:unsubscribe-8f2a61c0@news.espace-acheteur.example.fr>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
           ("X-Campaign", "lettre-2025-01")],
    body="""La lettre de l'Espace Acheteur – janvier 2025

Bonne année à tous nos acheteurs !

Au sommaire :
- trois nouveaux marchés ouverts au 1er janvier (mobilier scolaire, papeterie,
  équipements numériques) ;
- le calendrier de l'exercice 2025 : dates limites d'engagement et de dépôt des
  factures ;
- nos webinaires de janvier : « Bien démarrer l'année budgétaire » et « Gérer
  les comptes de votre structure ».

Vous recevez cette lettre car vous êtes inscrit à nos actualités.
Se désabonner : https://news.espace-acheteur.example.fr/u/8f2a61c0
""")

# 11. Platform notification to the desk: an account awaits validation
add("automated", False, False,
    "No-reply Espace Acheteur notification to the desk (default administrator of structures "
    "without one): an account awaits validation. Auto-Submitted: auto-generated.",
    frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), client="plain",
    subject="Un compte est en attente de validation", at="10 03:12",
    platform="espace_acheteur", extra=[("Auto-Submitted", "auto-generated")],
    body="""Bonjour,

Le compte de M. Alexis Robin (collège Jean Monnet, structure n° 44-0187) a été
créé le 09/01/2025 et attend d'être validé.

La structure n'ayant pas d'administrateur désigné, ce message vous est adressé
en tant qu'administrateur par défaut.

Valider ou refuser le compte : https://espace-acheteur.example.fr/admin/comptes/51877

Ce message est généré automatiquement, merci de ne pas y répondre.
""")

# 12. Gmail delivery status notification (failure)
d_orig = when("10 09:15", 1)
mid, oh, ob = our_message(5258, "[#SUP-005258] Votre demande", "cdi.lyceeoceanique@gmail.com",
                          d_orig, "(corps non conservé)")
dtb = d_orig + datetime.timedelta(seconds=2)
txt = """
** Address not found **

Your message wasn't delivered to cdi.lyceeoceanique@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""
part = multipart("report", [
    leaf('text/plain; charset="UTF-8"', txt.encode(), "7bit"),
    leaf("message/delivery-status", f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: {rfcdate(d_orig)}

Final-Recipient: rfc822; cdi.lyceeoceanique@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
 not exist. 5.1.1 https://support.google.com/mail/?p=NoSuchUser
Last-Attempt-Date: {rfcdate(dtb)}
""".encode(), "7bit"),
    leaf("text/rfc822-headers", render_headers(oh), "7bit"),
], params=" report-type=delivery-status;")
add_raw("automated", False, False,
        "Gmail 'Delivery Status Notification (Failure)': address not found; multipart/report "
        "with text/rfc822-headers only.",
        sender="mailer-daemon@googlemail.com", lang="en",
        raw_headers=top_headers("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                                "mailer-daemon@googlemail.com", "mail-sor-f69.google.com", dtb,
                                "Delivery Status Notification (Failure)",
                                f"<{hexs(24)}.{hexs(8)}@mx.google.com>", auth="pass",
                                extra=[("Auto-Submitted", "auto-replied"),
                                       ("In-Reply-To", mid), ("References", mid)]),
        part=part, checktext=txt)

# 13. Sendmail delay warning (Action: delayed)
d_orig = when("14 06:40", 1)
mid, oh, ob = our_message(5266, "[#SUP-005266] Licence régénérée",
                          "informatique@ensemble-scolaire-stcharles.re", d_orig,
                          "(corps non conservé)")
dtb = d_orig + datetime.timedelta(hours=4, minutes=2)
host = "gw.ensemble-scolaire-stcharles.re"
txt = f"""    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at {rfcdate(d_orig)}
from {MX} [{ip()}]

   ----- Transcript of session follows -----
<informatique@ensemble-scolaire-stcharles.re>... Deferred: Connection timed out with srv-mail.ensemble-scolaire-stcharles.re.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""
part = multipart("report", [
    leaf('text/plain; charset="us-ascii"', txt.encode(), "7bit"),
    leaf("message/delivery-status", f"""Reporting-MTA: dns; {host}
Arrival-Date: {rfcdate(d_orig)}

Final-Recipient: RFC822; informatique@ensemble-scolaire-stcharles.re
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; srv-mail.ensemble-scolaire-stcharles.re
Last-Attempt-Date: {rfcdate(dtb)}
Will-Retry-Until: {rfcdate(d_orig + datetime.timedelta(days=5))}
""".encode(), "7bit"),
    leaf("text/rfc822-headers", render_headers(oh), "7bit"),
], params=" report-type=delivery-status;")
add_raw("automated", False, False,
        "Sendmail delay warning ('could not send message for past 4 hours', Action: delayed): "
        "not a failure, still automatic.",
        sender=f"MAILER-DAEMON@{host}", lang="en",
        raw_headers=top_headers(f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>",
                                f"MAILER-DAEMON@{host}", host, dtb,
                                "Warning: could not send message for past 4 hours",
                                f"<202501141042.50EAgR3k{hexs(6)}@{host}>",
                                extra=[("Auto-Submitted", "auto-generated (warning)")]),
        part=part, checktext=txt)

# 14. Another help desk's acknowledgement (X-Loop)
d0 = when("14 10:02", 1)
add("automated", False, False,
    "The académie help desk acknowledges a message the desk sent it (Auto-Submitted, X-Loop, "
    "ticket number): answering would start a mail loop. Region from ac-bordeaux.fr.",
    frm=("Assistance académique", "noreply-assistance@ac-bordeaux.fr"), client="plain",
    subject="[Assistance académique #2025-0114-00312] Accusé de réception", at="14 10:03",
    irt=sup_mid(5270, d0), return_path="",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-bordeaux.fr"),
           ("Precedence", "auto_reply")],
    body="""Bonjour,

Votre message a bien été reçu et enregistré sous la référence
2025-0114-00312. Un technicien de la plateforme d'assistance académique le
prendra en charge dans les meilleurs délais.

Pour compléter votre demande, répondez en conservant la référence dans l'objet.
Ce message est envoyé automatiquement.

Plateforme d'assistance académique – Bordeaux
""")

# 15. Zimbra vacation in Réunion (austral summer holidays)
d0 = when("08 10:00", 1)
add("automated", False, False,
    "Réunion académie Zimbra vacation reply during the austral summer holidays "
    "(Auto-Submitted: auto-replied). Region from ac-reunion.fr.",
    frm=("Evelyne Boyer", "evelyne.boyer@ac-reunion.fr"), client="zimbra",
    subject="Congés", at="08 13:01", irt=sup_mid(5247, d0), return_path="",
    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
    body="""Bonjour,

Je suis en congés jusqu'au 19 janvier (vacances de l'été austral). Votre message
sera traité à la reprise.

Bonne année 2025 !
Evelyne Boyer
""")

# 16. School office out-of-office from a ce.<UAI> address, mentions passwords and e-sidoc
u = U("0440461")
d0 = when("02 11:00", 1)
add("automated", False, True,
    "Out-of-office of a school office (ce.<UAI> address) during the holidays that mentions "
    "ENT and e-sidoc passwords; Auto-Submitted is present. The UAI comes from the address.",
    frm=("Collège Paul Langevin - Saint-Nazaire", f"ce.{u}@ac-nantes.fr"), client="zimbra",
    subject="Fermeture de l'établissement", at="02 11:01", irt=sup_mid(5207, d0), uai=u,
    return_path="", extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
    body="""Bonjour,

L'établissement est fermé pendant les vacances de Noël, jusqu'au dimanche
5 janvier inclus. Les demandes de mot de passe (ENT, e-sidoc, Pronote) seront
traitées à partir du lundi 6 janvier : merci de renouveler votre message à cette
date si nécessaire.

Le secrétariat
""")

# 17. E-signature completion notification (no automation header)
add("automated", False, True,
    "E-signature 'all parties signed' notification for a 2025 convention: transactional mail "
    "without Auto-Submitted or Precedence; the no-reply sender and the wording show it is "
    "automatic.",
    frm=("Signature électronique", "no-reply@esignature.example.fr"), client="plain",
    html_mode="alt-plain",
    subject="Document signé : Convention d'adhésion 2025 – Lycée Bertran de Born",
    at="16 18:22", platform="esignature", body="""Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion 2025 – Lycée
Bertran de Born ».

Signataires :
- Fabienne Lacoste, signé le 16/01/2025 à 10:41
- Service des conventions, signé le 16/01/2025 à 18:22

Le document signé et son certificat de preuve sont disponibles pendant 30 jours :
https://esignature.example.fr/d/7c1e90af/telecharger

Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre.
""")

# 18. Ticket portal notification
add("automated", False, False,
    "Ticket-portal notification: a ticket the desk opened with a supplier was updated. "
    "Auto-Submitted: auto-generated.",
    frm=("Portail de tickets", "notifications@tickets.example.fr"), client="plain",
    subject="[Ticket T-88213] Mise à jour : synchronisation des comptes structure",
    at="15 11:47", platform="ticket_portal", extra=[("Auto-Submitted", "auto-generated")],
    body="""Le ticket T-88213 a été mis à jour par Julie M. (support éditeur).

Statut : En attente de votre retour
Dernier commentaire :
« Le correctif de synchronisation est déployé depuis ce matin. Pouvez-vous
confirmer que les comptes de la structure 33-0412 apparaissent à nouveau ? »

Consulter le ticket : https://tickets.example.fr/t/88213

Vous recevez ce message parce que vous suivez ce ticket.
""")

# 19. Host autoresponder with only X-Autoreply
d0 = when("06 15:20", 1)
add("automated", False, False,
    "Hosting-provider autoresponder of a stationery supplier: only 'X-Autoreply: yes' and "
    "'X-Autorespond', no Auto-Submitted; closed for inventory until 10 January.",
    frm=("Papeterie Charentaise", "contact@papeterie-charentaise.fr"), client="plain",
    subject="Re: [#SUP-005226] Délai de livraison commande 2025-017", at="06 15:21",
    irt=sup_mid(5226, d0),
    extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Papeterie Charentaise")],
    body="""Bonjour,

Merci pour votre message. Nos bureaux sont fermés pour inventaire jusqu'au
vendredi 10 janvier inclus. Votre demande sera traitée dès notre retour, par
ordre d'arrivée.

L'équipe de la Papeterie Charentaise
""")

# 20. DMARC aggregate report (gzip attachment)
dtr = when("13 04:11", 0)
xml = f"""<?xml version="1.0"?>
<feedback>
  <report_metadata>
    <org_name>Enterprise Outlook</org_name>
    <email>dmarcreport@microsoft.com</email>
    <report_id>{hexs(32)}</report_id>
    <date_range><begin>1736640000</begin><end>1736726400</end></date_range>
  </report_metadata>
  <policy_published><domain>assistance.example.fr</domain><adkim>r</adkim><aspf>r</aspf><p>none</p><sp>none</sp><pct>100</pct></policy_published>
  <record>
    <row><source_ip>203.0.113.25</source_ip><count>41</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
    <identifiers><envelope_from>assistance.example.fr</envelope_from><header_from>assistance.example.fr</header_from></identifiers>
    <auth_results><dkim><domain>assistance.example.fr</domain><selector>s2024</selector><result>pass</result></dkim><spf><domain>assistance.example.fr</domain><scope>mfrom</scope><result>pass</result></spf></auth_results>
  </record>
</feedback>
"""
gz = gzip.compress(xml.encode(), mtime=0)
fname = "enterprise.protection.outlook.com!assistance.example.fr!1736640000!1736726400.xml.gz"
txt = ("This is a DMARC aggregate report from Microsoft Corporation. For Emails received "
       "between 2025-01-12 00:00:00 UTC to 2025-01-13 00:00:00 UTC.\n")
part = multipart("mixed", [
    leaf('text/plain; charset="us-ascii"', txt.encode(), "7bit"),
    leaf(f'application/gzip; name="{fname}"', b64_blob(gz), "base64",
         [("Content-Disposition", f'attachment; filename="{fname}"')]),
])
add_raw("automated", False, False,
        "DMARC aggregate report (gzip attachment) sent to the desk's address.",
        sender="dmarcreport@microsoft.com", lang="en",
        raw_headers=top_headers("DMARC Aggregate Report <dmarcreport@microsoft.com>",
                                "dmarcreport@microsoft.com",
                                "mail-dm6nam11on2075.outbound.protection.outlook.com", dtr,
                                "Report Domain: assistance.example.fr Submitter: "
                                "enterprise.protection.outlook.com Report-ID: "
                                + hexs(32), f"<{hexs(32)}@microsoft.com>",
                                rp="<dmarcreport@microsoft.com>", auth="pass"),
        part=part, checktext=txt)

# 21. English publisher New Year newsletter
add("automated", False, False,
    "English New Year marketing newsletter from a publisher: List-Id, List-Unsubscribe, "
    "Precedence: bulk, HTML alternative.",
    frm=("Brightpage Publishing", "news@brightpage-publishing.co.uk"), client="plain",
    html_mode="alt-plain", lang="en", tz=0,
    return_path="bounce-mc.us21_88123.4471@mail89.brightpage-publishing.co.uk",
    subject="Happy New Year from Brightpage – our 2025 catalogue is here", at="06 09:00",
    extra=[("List-Id", "Brightpage news <newsletter.brightpage-publishing.co.uk>"),
           ("List-Unsubscribe", "<https://brightpage-publishing.co.uk/unsubscribe?u=4471>"),
           ("Precedence", "bulk")],
    body="""Happy New Year from all of us at Brightpage!

Our 2025 catalogue for school libraries is out, with 120 new digital titles for
ages 11 to 18, a refreshed French–English bilingual collection and new
classroom packs for language assistants.

Browse the catalogue: https://brightpage-publishing.co.uk/catalogue-2025

You are receiving this email because you subscribed to Brightpage news.
Unsubscribe: https://brightpage-publishing.co.uk/unsubscribe?u=4471
""")

# ======================================================================================
# other (19)
# ======================================================================================
add("other", False, True,
    "Phishing dressed as the académie's new 2025 password policy ('validate your password "
    "within 24 h'); the look-alike domain ac-nantes-messagerie.com is not an académie domain, "
    "so no region. Mentions a password but is not password_reset.",
    frm=("Rectorat - Direction du numérique", "securite@ac-nantes-messagerie.com"),
    client="plain", html_mode="alt-plain", auth="softfail",
    reply_to="support-dne@ac-nantes-messagerie.com",
    subject="Expiration de votre mot de passe académique - action requise", at="06 05:12",
    body="""Cher(e) utilisateur(trice),

Conformément à la nouvelle politique de sécurité 2025, votre mot de passe
académique expire aujourd'hui. Pour conserver l'accès à votre messagerie et à
vos applications, vous devez le valider dans les 24 heures :

http://ac-nantes-messagerie.com/valider?id=8841-2025

Sans validation, votre compte sera suspendu et vos messages supprimés.

Direction du numérique
Rectorat de l'académie
""")

d0 = when("13 10:20", 1)
add("other", False, True,
    "Thanks only, with New Year wishes, quoting the automatic reset answer (Gmail style): "
    "'mot de passe' and 'lien' appear but nothing is asked. Region from ac-limoges.fr.",
    frm=("Élise Faure", "elise.faure@ac-limoges.fr"), client="gmail",
    subject="Re: [#SUP-005205] Mot de passe e-sidoc", at="13 11:02", platform="esidoc",
    irt=sup_mid(5205, d0), body="""Merci beaucoup, le lien a fonctionné du premier coup et j'ai pu choisir un
nouveau mot de passe. Très bonne année à vous !

Élise

""" + gq("lun. 13 janv. 2025 à 10:20", f"Assistance <{SUPPORT}>",
         ANS_RESET.format(masked="e***@ac-********.fr")))

add("other", False, False,
    "New Year wishes and thanks from a CDI team, nothing asked. Region from ac-nantes.fr.",
    frm=("Marie-Thérèse Dugast", "marie-therese.dugast@ac-nantes.fr"), client="zimbra_html",
    subject="Bonne année 2025 !", at="06 12:40", body="""Bonjour,

Toute l'équipe du CDI du collège Saint-Exupéry de Savenay vous souhaite une
belle année 2025.

Merci pour votre patience l'an dernier pendant notre changement de portail :
vos réponses nous ont fait gagner beaucoup de temps.

Bien amicalement,
Marie-Thérèse Dugast
""")

add("other", False, True,
    "Asks the desk to reset her académie webmail password (changed on the rectorat's order), "
    "writing from a personal address: not a service of this desk, so other, not "
    "password_reset. No UAI, non-academic sender: no region.",
    frm=("Jacqueline Bordas", "jacqueline.bordas87@orange.fr"), client="ox",
    subject="mot de passe messagerie", at="07 20:15", body="""Bonjour,

On nous a imposé un nouveau mot de passe pour la messagerie académique à la
rentrée, et depuis je ne peux plus lire mes mails académiques (je vous écris
donc de ma boîte personnelle). Pouvez-vous réinitialiser le mot de passe de ma
messagerie ? Mon identifiant académique est jbordas.

Je suis secrétaire au collège Firmin Roz, à Limoges.

Merci
Jacqueline Bordas
""")

add("other", False, True,
    "Asks the desk to reset e-lyco ENT passwords for pupils (list attached): the ENT is not "
    "one of the desk's products. Mentions passwords, but other. Region from ac-nantes.fr.",
    frm=("Gwenaëlle Riou", "gwenaelle.riou@ac-nantes.fr"), client="outlook",
    subject="Identifiants e-lyco de mes élèves de 6e", at="07 12:15",
    attach=[("liste_eleves_6B.csv", "text/csv",
             "nom;prenom;classe\nLE GALL;Maël;6B\nTESSIER;Inès;6B\nMORICEAU;Noah;6B\n"
             .encode("utf-8"))],
    body="""Bonjour,

Plusieurs élèves de ma classe de 6e ont perdu leurs identifiants e-lyco pendant
les vacances et ne peuvent plus rendre leurs devoirs en ligne. Pouvez-vous
réinitialiser leurs mots de passe ? Je joins la liste.

Merci d'avance,
Gwenaëlle Riou
Professeure principale de 6e B – collège Jules Verne, Nantes
""")

add("other", False, False,
    "English partnership pitch from an ed-tech start-up wanting its reading app in the "
    "catalogue: not a support request.",
    frm=("Sofia Lindqvist", "sofia@storyloom.io"), client="gmail", lang="en", tz=1,
    subject="Partnership: bringing Storyloom to French school libraries", at="08 15:30",
    body="""Hi there,

I'm the partnerships lead at Storyloom, a reading app used by 900 schools in
Scandinavia. As we expand into France this year, we'd love to see our titles
listed in your catalogue for school libraries.

Would you have 20 minutes in the coming weeks for a quick call? I'd be happy to
share our pricing model for French establishments.

Warm regards,
Sofia Lindqvist
Partnerships, Storyloom
""")

add("other", False, False,
    "English cold sales mail for RFID security gates, written to one person (no list "
    "headers): other, not automated.",
    frm=("Daniel Reeves", "d.reeves@securegate-library.com"), client="outlook", lang="en", tz=0,
    subject="RFID gates for your school libraries - 2025 offer", at="09 10:05",
    body="""Dear Librarian,

Starting the new year with a tighter budget? Our SecureGate RFID gates cut
book losses by up to 80% and can be installed in a single afternoon.

For orders placed before 28 February, we offer free installation and a
two-year maintenance plan.

Could I send you a brochure and a price list?

Best regards,
Daniel Reeves
Business Development Manager, SecureGate Library Systems
""")

add("other", False, False,
    "A parent asks for her daughter's first-term report card: wrong address, unrelated.",
    frm=("Samira Benali", "samira.benali1982@gmail.com"), client="gmail",
    subject="Bulletin du premier trimestre", at="10 21:48", body="""Bonjour,

Je n'ai pas reçu le bulletin du premier trimestre de ma fille, Lina Benali, en
5e C au collège Pierre Mendès France de La Roche-sur-Yon. Pouvez-vous me
l'envoyer par mail ?

Merci d'avance,
Samira Benali
""")

add("other", False, False,
    "Angry third reminder about an unanswered December request that never says what the "
    "request was: no category can be told. Region from ac-bordeaux.fr.",
    frm=("Gérard Lamarque", "gerard.lamarque@ac-bordeaux.fr"), client="outlook",
    subject="TROISIÈME RELANCE", at="13 08:05", body="""Bonjour,

Troisième relance ! Toujours aucune réponse à ma demande envoyée avant les
vacances. Nous sommes le 13 janvier, c'est inadmissible pour un service
d'assistance.

J'attends un appel aujourd'hui.

G. Lamarque
""")

add("other", False, False,
    "Wants to register for the January Espace Acheteur webinar; the registration link gives "
    "a 404. Region from ac-poitiers.fr.",
    frm=("Maryse Chollet", "maryse.chollet@ac-poitiers.fr"),
    subject="Lien d'inscription au webinaire du 21 janvier", at="15 14:12",
    platform="espace_acheteur", body="""Bonjour,

Je souhaite m'inscrire au webinaire « Bien démarrer l'année budgétaire sur
l'Espace Acheteur » du 21 janvier annoncé dans votre lettre, mais le lien
d'inscription affiche « Erreur 404 – page introuvable ».

Pouvez-vous m'inscrire directement, ou me donner le bon lien ?

Maryse Chollet
Adjointe gestionnaire – lycée Kyoto, Poitiers
""")

add("other", False, False,
    "A former gestionnaire asks, by hand, to be removed from the newsletter: not automated. "
    "Region from ac-nantes.fr.",
    frm=("Didier Rabiller", "didier.rabiller@ac-nantes.fr"), client="k9",
    subject="Désinscription", at="09 18:33", body="""Bonjour,

Merci de me retirer de votre liste de diffusion : je ne suis plus gestionnaire
depuis le 1er janvier et vos lettres ne me concernent plus.

D. Rabiller
""")

add("other", False, True,
    "The 2025 convention sent for e-signature carries the name of the pre-merger collège and "
    "the former principal as signatory; only the document's sender can fix it. About a "
    "convention, but not access to contract documents. Region from ac-poitiers.fr.",
    frm=("Bénédicte Guillon", "benedicte.guillon@ac-poitiers.fr"), client="outlook",
    subject="Convention à signer : mauvais établissement", at="20 11:26", platform="esignature",
    body="""Bonjour,

J'ai reçu une demande de signature électronique pour la convention 2025, mais
le document porte le nom de l'un de nos anciens collèges (nous avons fusionné au
1er janvier) et désigne l'ancien principal comme signataire.

Je ne veux pas signer un document erroné. Pouvez-vous faire renvoyer une version
corrigée ?

Bénédicte Guillon
Gestionnaire – cité scolaire de Loudun
""")

add("other", False, True,
    "Fake 'unpaid invoice' with a zipped attachment from an unknown look-alike billing domain: "
    "phishing, not order_billing.",
    frm=("Service Facturation", "factures@chorus-paiement-public.net"), client="plain",
    auth="softfail", subject="Facture impayée n° 2025-0113 - relance avant pénalités",
    at="14 03:47", attach=[("Facture_2025-0113.zip", "application/zip",
                            b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(40)))],
    body="""Madame, Monsieur,

Malgré nos précédents courriers, la facture n° 2025-0113 d'un montant de
2 418,00 EUR reste impayée. Sans règlement sous 48 heures, des pénalités de
retard seront appliquées et le dossier transmis à notre service contentieux.

Vous trouverez la facture et le RIB en pièce jointe.

Service Facturation
""")

add("other", False, False,
    "Personal message (Epiphany cake on Saturday) sent to the desk by address autocomplete. "
    "Region from ac-poitiers.fr.",
    frm=("Sylvie Moinard", "sylvie.moinard@ac-poitiers.fr"), client="iphone",
    subject="Galette samedi", at="09 19:12", body="""Coucou Annie,

On se retrouve toujours samedi pour la galette ? J'apporte la frangipane, tu t'occupes du cidre. Dis-moi si Michel vient aussi.

Bises
Sylvie

Envoyé de mon iPhone
""")

add("other", False, False,
    "How to add a colleague as a follower of a ticket on the ticket portal: a how-to question "
    "with no category of its own. Region from ac-bordeaux.fr.",
    frm=("Romain Duprat", "romain.duprat@ac-bordeaux.fr"),
    subject="Ajouter une collègue à un ticket", at="16 15:07", platform="ticket_portal",
    body="""Bonjour,

Sur le portail de tickets, j'ai ouvert avant les vacances un ticket que ma
nouvelle collègue doit maintenant suivre à ma place. Comment puis-je l'ajouter
au ticket, ou le lui transférer ?

Romain Duprat
Lycée François Magendie, Bordeaux
""")

add("other", False, False,
    "GDPR erasure request from a librarian retired on 31 December: other (human review), not "
    "account_creation. Personal address, no region.",
    frm=("Françoise Texier", "francoise.texier@laposte.net"), client="roundcube",
    subject="Suppression de mes données personnelles", at="08 10:10", body="""Bonjour,

Partie à la retraite le 31 décembre, je ne suis plus documentaliste au collège
Jean Monnet de Lezay. Conformément au RGPD, je vous demande de supprimer les
données personnelles me concernant (nom, adresse électronique, téléphone) de vos
outils, et de me confirmer cette suppression.

Françoise Texier
""")

add("other", False, False,
    "Unsolicited internship application from a BTS student in Cayenne (CV attached).",
    frm=("Kévin Adélaïde", "kevin.adelaide973@gmail.com"), client="gmail", tz=-3,
    subject="Candidature stage BTS SIO - mars 2025", at="10 17:55",
    attach=[("CV_Kevin_Adelaide.pdf", "application/pdf", FAKE_PDF)],
    body="""Madame, Monsieur,

Étudiant en première année de BTS Services informatiques aux organisations au
lycée Félix Éboué de Cayenne, je recherche un stage de six semaines à partir du
3 mars 2025. Votre service d'assistance m'intéresse beaucoup, et je suis prêt à
effectuer ce stage à distance.

Vous trouverez mon CV en pièce jointe.

Je vous prie d'agréer mes salutations distinguées.
Kévin Adélaïde
""")

d0 = when("16 09:45", -4)
add("other", False, False,
    "'C'est noté, merci' reply from a phone on a ticket: nothing to do. Region from "
    "ac-martinique.fr.",
    frm=("Murielle Jean-Baptiste", "murielle.jean-baptiste@ac-martinique.fr"), client="iphone",
    subject="Re: [#SUP-005160] Pièces du marché mobilier", at="16 10:02",
    irt=sup_mid(5160, d0), body="""C'est noté, merci. Bonne journée

Envoyé de mon iPhone
""")

add("other", False, False,
    "French crypto/investment spam with a New Year hook, unknown sender with a Reply-To.",
    frm=("Conseil Patrimoine 2025", "info@rendement-plus-2025.biz"), client="plain",
    auth="none", reply_to="conseiller@rendement-plus-2025.biz",
    html_mode="alt-plain",
    subject="Bonne année : faites travailler votre épargne dès janvier", at="11 02:15",
    body="""Bonjour,

Nouvelle année, nouveaux objectifs ! Nos clients ont obtenu jusqu'à 14 % de
rendement en 2024 grâce à notre portefeuille de cryptomonnaies sélectionnées.

Ouvrez votre compte avant le 31 janvier et recevez 250 EUR offerts sur votre
premier dépôt.

Je veux en profiter : https://rendement-plus-2025.biz/offre

Pour ne plus recevoir nos offres, répondez STOP.
""")


# ======================================================================================
# Write and check
# ======================================================================================
def main():
    import email
    from email import policy

    assert len(MAILS) == 150, len(MAILS)
    for fn in os.listdir(HERE):
        if (fn.startswith("h") and fn.endswith(".eml")) or fn == "labels.jsonl":
            os.remove(os.path.join(HERE, fn))
    order = list(range(len(MAILS)))
    random.Random(48).shuffle(order)
    labels = []
    for i, idx in enumerate(order, 1):
        raw, lab, check = MAILS[idx]
        name = f"h{i:03d}.eml"
        lab = {"file": name, **lab}
        assert list(lab) == LABEL_KEYS, lab
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["region"] is None or lab["region"] in REGIONS, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        assert lab["lang"] in ("fr", "en"), lab
        if lab["category"] not in ("password_reset", "missing_noreply_mail", "mailinblack_spam",
                                   "account_creation", "subscription_activation"):
            assert lab["auto_reply_ok"] is False, lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["region"] == DEPT_REGION[lab["uai"][:3]], lab
            assert lab["uai"].lower() in check.lower(), lab
        msg = email.message_from_bytes(raw, policy=policy.default)
        for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                      "Content-Type"):
            assert msg[hname] is not None, (name, hname)
        assert not msg.defects, (name, msg.defects)
        for p in msg.walk():
            if p["Content-Type"] and p.get_content_type() in ("text/plain", "text/html"):
                assert p.get_content_charset(), (name, "no charset")
                p.get_content()
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(raw)
        labels.append(lab)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    assert len(labels) == 150
    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    assert set(cats) == CATEGORIES, cats
    print(f"wrote {len(labels)} mails to {HERE}")
    for c in sorted(cats, key=lambda c: -cats[c]):
        print(f"  {c:32s} {cats[c]}")
    print("  hard:", sum(lab["hard"] for lab in labels),
          " auto_reply_ok:", sum(lab["auto_reply_ok"] for lab in labels),
          " en:", sum(lab["lang"] == "en" for lab in labels))


if __name__ == "__main__":
    main()

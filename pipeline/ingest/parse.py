"""Turn raw mail bytes into one frozen ParsedMail; the only module that reads MIME."""

from __future__ import annotations

import binascii
import codecs
import hashlib
import re
import secrets
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime
from email import message_from_bytes
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from logging import ERROR, getLogger
from typing import Any

import inscriptis
import mailparser
from mailparser.exceptions import MailParserRecursionError

from pipeline.case import Address, Attachment, ParsedMail
from pipeline.errors import UnparseableMail
from pipeline.ingest.quotes import split_reply

log = getLogger(__name__)
# mail-parser warns of each part it keeps as neither text nor HTML ("rfc822-headers" in every
# bounce); this module reads those report parts itself, so the warnings were only noise.
getLogger("mailparser").setLevel(ERROR)

MAX_PARTS = 1000  # a mail with more leaf parts than this is read up to here
MAX_HEADER_BYTES = 4 * 1024 * 1024  # no real header block comes near; parsing one costs seconds
LARGE_BODY_BYTES = 256 * 1024  # base64 bodies from this size are decoded apart from the parser
_CORE_HEADERS = frozenset(
    "from to cc subject date message-id received return-path mime-version "
    "content-type delivered-to sender reply-to in-reply-to references".split()
)
_ID = re.compile(r"<([^<>\s]*)>")
_FOLD = re.compile(r"\r?\n[ \t]+")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_BASE64_HEADER = re.compile(rb"content-transfer-encoding[ \t]*:[ \t]*base64[ \t]*\r?$", re.I | re.M)
_NON_TEXT_TYPE = re.compile(rb"^content-type[ \t]*:[ \t]*(?!text/|message/)\w", re.I | re.M)
_BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\r\n"
_MESSAGE_ID = re.compile(rb"^message-id[ \t]*:[ \t]*((?:.*)(?:\r?\n[ \t].*)*)", re.I | re.M)
_SINGLE_BYTE = frozenset({"ascii", "latin-1", "iso8859-1", "cp1252", "iso8859-15", "utf-8"})
_TO_CP1252 = frozenset({"ascii", "latin-1", "iso8859-1", "utf-8"})
_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœ']+")
_FR_WORDS = frozenset(
    "le la les de des du un une et est pas je nous vous mon notre votre pour sur "
    "avec dans que qui merci bonjour cordialement mais ne au aux ce cette".split()
)
_EN_WORDS = frozenset(
    "the a an and is are not i we you my our your for on with in that which "
    "thanks thank hello hi regards but to of this it be have".split()
)


def parse_mail(raw: bytes) -> tuple[ParsedMail, dict[str, bytes]]:
    """Parse raw bytes into a ParsedMail plus attachment payloads keyed by sha256 hex.

    Raises UnparseableMail, and nothing else, when the bytes cannot be read as mail.
    """
    data, set_aside = _set_aside_large_bodies(check_readable(raw))
    try:
        return _build_mail(_run_parser(data), set_aside)
    except UnparseableMail:
        raise
    except Exception as exc:  # the boundary: whatever the parser trips on becomes a fact
        raise UnparseableMail(f"parser failed: {type(exc).__name__}: {exc}"[:500]) from exc


def check_readable(raw: bytes) -> bytes:
    """The bytes the parser reads; UnparseableMail at once where no parsing can help.

    Cheap: the flow asks before carrying a mail to a parse process, so that a 55 MB header
    block is refused without crossing a pipe twice.
    """
    if not isinstance(raw, bytes | bytearray | memoryview) or not bytes(raw).strip():
        raise UnparseableMail("empty input")
    data = _strip_envelope(bytes(raw))
    if len(data) > MAX_HEADER_BYTES and not _HEADER_END.search(data, 0, MAX_HEADER_BYTES):
        raise UnparseableMail(f"header block over {MAX_HEADER_BYTES // 2**20} MB")
    return data


def _strip_envelope(raw: bytes) -> bytes:
    """Drop a byte-order mark and an mbox "From " line, which no header parser expects."""
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    if raw.startswith(b"From "):
        raw = raw[raw.find(b"\n") + 1 :] if b"\n" in raw else b""
    return raw


def _set_aside_large_bodies(data: bytes) -> tuple[bytes, dict[bytes, tuple[bytes, bytes]]]:
    """Cut large base64 attachment bodies out before parsing; they come back by token.

    The email package reads line by line: a 25 MB attachment is 460,000 lines and two
    seconds, past the parse budget, though its bytes need no parsing, only decoding (at C
    speed). Each body is replaced by a token unknown to the sender; the result maps the
    token to (the encoded body, its decoded bytes). Text parts are left to the parser.
    """
    if len(data) < LARGE_BODY_BYTES:
        return data, {}
    nonce, lowered = secrets.token_hex(8).encode(), data.lower()
    pieces: list[bytes] = []
    set_aside: dict[bytes, tuple[bytes, bytes]] = {}
    copied = at = 0
    while (at := lowered.find(b"content-transfer-encoding", at) + 1) > 0:
        header = _BASE64_HEADER.match(data, at - 1)
        if header is None or at - 1 < copied or data[at - 2:at - 1] not in (b"\n", b""):
            continue
        head_start = max(data.rfind(b"\n--", 0, header.start()), 0)
        head_end = _HEADER_END.search(data, header.end())
        if (head_end is None or _HEADER_END.search(data, head_start, header.start())
                or not _NON_TEXT_TYPE.search(data, head_start, head_end.start())):
            continue  # not in a part's header block, or a text part
        start = head_end.end()
        end = data.find(b"\n--", start)
        end = len(data) if end < 0 else end - (data[end - 1:end] == b"\r")
        body = data[start:end]
        if len(body) < LARGE_BODY_BYTES or body.translate(None, _BASE64_ALPHABET):
            continue
        try:
            decoded = binascii.a2b_base64(body)
        except binascii.Error:  # bad padding and the like: the parser's lenient reading
            continue
        token = b"setaside%s%08d" % (nonce, len(set_aside))
        set_aside[token] = (body, decoded)
        pieces += [data[copied:start], token]
        copied = end
    return b"".join(pieces) + data[copied:], set_aside


def _run_parser(raw: bytes) -> Any:
    """mail-parser first; where it trips on a malformed structure, the stdlib alone."""
    try:
        return mailparser.parse_from_bytes(raw)
    except (RecursionError, MemoryError, MailParserRecursionError):
        raise
    except Exception as exc:  # mail-parser bugs on odd epilogues and the like
        log.info("mail-parser failed (%s), reading with the email package", exc)
        return _StdlibView(message_from_bytes(raw))


class _StdlibView:
    """The few mail-parser attributes parse_mail reads, computed by the email package."""

    def __init__(self, message: Message) -> None:
        self.message = message
        self.defects_categories: set[str] = set()
        self.from_ = self._pairs("from")
        self.reply_to = self._pairs("reply-to")
        self.to = self._pairs("to")
        self.cc = self._pairs("cc")

    def _pairs(self, name: str) -> list[tuple[str, str]]:
        values = [_fix_8bit(str(v)) for k, v in self.message.raw_items() if k.lower() == name]
        return [(_decode_header(n), e) for n, e in getaddresses(values) if e]


def read_message_id(raw: bytes) -> str:
    """Scan only the header block for the Message-ID, without brackets; "" when absent."""
    end = _HEADER_END.search(raw)
    head = raw[: end.start()] if end else raw[:65536]
    found = _MESSAGE_ID.search(head)
    if not found:
        return ""
    value = _unfold(_to_text(found.group(1)))
    return _first_id(value)


def _build_mail(parser: Any, set_aside: dict[bytes, tuple[bytes, bytes]],
                ) -> tuple[ParsedMail, dict[str, bytes]]:
    message: Message = parser.message
    headers = tuple((name, _decode_header(str(value))) for name, value in message.raw_items())
    first: dict[str, str] = {}
    for name, value in reversed(headers):
        first[name.lower()] = value
    if first.keys().isdisjoint(_CORE_HEADERS):
        raise UnparseableMail("no mail headers found")
    text, html, attachments, blobs = _read_body(message, set_aside)
    new_text, quoted, signature = split_reply(text)
    mail = ParsedMail(
        message_id=_first_id(first.get("message-id") or ""),
        in_reply_to=_first_id(first.get("in-reply-to") or ""),
        references=_all_ids(first.get("references") or ""),
        sender=next(iter(_addresses(parser.from_)), Address("", "")),
        reply_to=next(iter(_addresses(parser.reply_to)), None),
        to=_addresses(parser.to),
        cc=_addresses(parser.cc),
        subject=" ".join((first.get("subject") or "").split()),
        date=_read_date(first.get("date")),
        text=text,
        html=html,
        new_text=new_text,
        quoted=quoted,
        signature=signature,
        attachments=attachments,
        headers=headers,
        return_path=_read_return_path(first.get("return-path")),
        content_type=message.get_content_type().lower(),
        authentication_results=_authentication_results(message)
        if "authentication-results" in first
        else (),
        defects=_read_defects(message, parser.defects_categories),
        language=guess_language(new_text or text),
    )
    return mail, blobs


def _authentication_results(message: Message) -> tuple[str, ...]:
    """As written, never RFC 2047-decoded: `=?utf-8?q?our-mx?=` is not our MX (RFC 8601)."""
    return tuple(_unfold(str(v)).strip() for k, v in message.raw_items()
                 if k.lower() == "authentication-results")


def _read_body(
    message: Message, set_aside: dict[bytes, tuple[bytes, bytes]],
) -> tuple[str, str, tuple[Attachment, ...], dict[str, bytes]]:
    plain: str | None = None
    html: str | None = None
    attachments: list[Attachment] = []
    blobs: dict[str, bytes] = {}
    for part in _walk_leaves(message):
        kind = part.get_content_type()
        if _is_attachment(part, kind):
            attachment, payload = _read_attachment(part, kind, set_aside)
            attachments.append(attachment)
            blobs[attachment.sha256] = payload
        elif kind == "text/plain" and plain is None:
            plain = _read_text(part)
        elif kind == "text/html" and html is None:
            html = _read_text(part)
    if plain is None or (not plain.strip() and html):
        plain = html_to_text(html) if html else ""
    return plain, html or "", tuple(attachments), blobs


def _walk_leaves(message: Message) -> Iterator[Message]:
    """Leaf parts depth-first, without recursion; attached messages stay whole."""
    stack: list[Message] = [message]
    seen = 0
    while stack and seen < MAX_PARTS:
        part = stack.pop()
        seen += 1
        payload = part.get_payload()
        if part.get_content_maintype() == "message" and part is not message:
            yield part
        elif isinstance(payload, list):
            stack.extend(reversed([p for p in payload if isinstance(p, Message)]))
        else:
            yield part


def _is_attachment(part: Message, kind: str) -> bool:
    if _get_filename(part) or part.get_content_disposition() == "attachment":
        return True
    return kind not in ("text/plain", "text/html") and not kind.startswith(
        ("message/delivery-status", "message/disposition-notification", "text/rfc822-headers")
    )


def _get_filename(part: Message) -> str | None:
    """part.get_filename(), without parsing parameters when no header holds a *name* one."""
    for header in ("content-disposition", "content-type"):
        value = part.get(header)
        if value is not None and "name" in str(value).lower():
            return part.get_filename()
    return None


def _read_attachment(part: Message, kind: str, set_aside: dict[bytes, tuple[bytes, bytes]],
                     ) -> tuple[Attachment, bytes]:
    payload = b""
    body = part.get_payload()
    if kind.startswith("message/") and part.is_multipart():
        payload = b"".join(_safe_bytes(p) for p in part.get_payload())
        for token, (encoded, _) in set_aside.items():  # an attached mail is kept whole
            payload = payload.replace(token, encoded)
    elif isinstance(body, str) and body.strip().encode() in set_aside:
        payload = set_aside[body.strip().encode()][1]
    else:
        decoded = part.get_payload(decode=True)
        payload = decoded if isinstance(decoded, bytes) else b""
    digest = hashlib.sha256(payload).hexdigest()
    name = _decode_header(str(part.get_filename() or ""))[:200]  # the columns' sizes
    kind = kind.replace("\x00", "")[:200]
    return Attachment(filename=name, content_type=kind, size=len(payload), sha256=digest), payload


def _safe_bytes(part: Any) -> bytes:
    try:
        return bytes(part.as_bytes())
    except Exception:  # a broken inner message is still stored, as far as it renders
        return str(part).encode("utf-8", "replace")


def _read_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return decode_bytes(payload, part.get_content_charset())


def decode_bytes(payload: bytes, charset: str | None) -> str:
    """Decode text whose declared charset may lie: valid UTF-8 wins over an 8-bit label.

    NUL characters are dropped: no text column (PostgreSQL's least of all) can hold them.
    """
    return _decode_bytes(payload, charset).replace("\x00", "")


def _decode_bytes(payload: bytes, charset: str | None) -> str:
    if payload.isascii():
        return payload.decode("ascii")
    name = _codec_name(charset)
    if name is None or name in _SINGLE_BYTE:
        try:
            return payload.decode("utf-8")
        except UnicodeDecodeError:
            name = "cp1252" if name is None or name in _TO_CP1252 else name
    return payload.decode(name, "replace")


def _codec_name(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset.strip().strip('"')).name
    except (LookupError, ValueError):
        return None


def html_to_text(html: str) -> str:
    """Readable text of an HTML body (tables and lists keep their layout)."""
    try:
        return textwrap.dedent(str(inscriptis.get_text(html))).strip("\n") + "\n"
    except Exception:  # inscriptis on hostile markup: keep the tag-stripped text
        return re.sub(r"<[^>]*>", " ", html)


def _decode_header(value: str) -> str:
    return _decode_header_text(value).replace("\x00", "")


def _decode_header_text(value: str) -> str:
    if value.isascii() and "\n" not in value and "=?" not in value:
        return value.strip()  # what the steps below leave of it
    value = _unfold(_fix_8bit(value))
    if "=?" not in value:
        return value.strip()
    try:
        chunks = decode_header(value)
    except Exception:  # a malformed encoded word stays as written
        return value.strip()
    text = "".join(c if isinstance(c, str) else decode_bytes(c, cs or "ascii") for c, cs in chunks)
    return text.strip()


def _fix_8bit(value: str) -> str:
    """Raw 8-bit header bytes arrive as surrogates: read them as UTF-8, else cp1252."""
    if value.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    return decode_bytes(value.encode("utf-8", "surrogateescape"), None)


def _to_text(raw: bytes) -> str:
    return decode_bytes(raw, None)


def _unfold(value: str) -> str:
    return _FOLD.sub(" ", value) if "\n" in value else value


def _first_id(value: str) -> str:
    ids = _all_ids(value)
    return ids[0] if ids else ""


def _all_ids(value: str) -> tuple[str, ...]:
    """Ids without brackets, each cut at 998 characters (RFC 5322's line length)."""
    ids = tuple(i[:998] for i in _ID.findall(value) if i)
    if ids:
        return ids
    return tuple(t.strip("<>")[:998] for t in value.split() if "@" in t)


def _addresses(pairs: Any) -> tuple[Address, ...]:
    if not isinstance(pairs, list):
        return ()
    return tuple(
        Address(name=" ".join(_fix_8bit(str(n)).replace("\x00", "").split())[:300],
                email=_fix_8bit(str(e)).replace("\x00", "").lower()[:320])
        for n, e in pairs
    )


def _read_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        date = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return date if date.tzinfo else date.replace(tzinfo=UTC)


def _read_return_path(value: str | None) -> str | None:
    if value is None:
        return None
    inner = value.strip()
    found = _ID.search(inner)
    return (found.group(1) if found else inner).strip().lower()


def _read_defects(message: Message, extra: Any) -> tuple[str, ...]:
    names: dict[str, None] = {}
    for part in _walk_all(message):
        for defect in getattr(part, "defects", ()):
            names[type(defect).__name__] = None
    for name in sorted(str(e) for e in extra or ()):
        names[name] = None
    return tuple(names)


def _walk_all(message: Message) -> Iterator[Message]:
    stack: list[Message] = [message]
    seen = 0
    while stack and seen < MAX_PARTS:
        part = stack.pop()
        seen += 1
        yield part
        payload = part.get_payload()
        if isinstance(payload, list):
            stack.extend(p for p in payload if isinstance(p, Message))


def guess_language(text: str) -> str:
    """Return "en" when English stopwords clearly outnumber French ones, else "fr"."""
    words = _WORD.findall(text[:4000].lower())
    french = sum(map(_FR_WORDS.__contains__, words))
    english = sum(map(_EN_WORDS.__contains__, words))
    return "en" if english > french * 1.2 and english >= 2 else "fr"

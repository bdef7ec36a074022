"""parse_mail turns any bytes into a ParsedMail or an UnparseableMail, never anything else."""

from __future__ import annotations

import base64
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.case import Address, ParsedMail
from pipeline.errors import UnparseableMail
from pipeline.ingest.parse import decode_bytes, parse_mail, read_message_id
from pipeline.responders.evidence import read_authentication

MAIL = Path(__file__).resolve().parents[1] / "mail"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
NOT_MAIL = {"check.py", "SOURCES.md", ".gitattributes"}
HEAD = b"From: a@b.fr\r\nTo: c@d.fr\r\nSubject: hi\r\nMessage-ID: <x@y>\r\n"


def corpus_files() -> list[Path]:
    mime = [p for p in (CORPUS / "mime").rglob("*") if p.is_file() and p.name not in NOT_MAIL]
    dev = sorted((CORPUS / "dev").glob("*.eml")) + sorted((CORPUS / "threads").glob("*.eml"))
    return sorted(mime) + dev


def dev(name: str) -> ParsedMail:
    return parse_mail((CORPUS / "dev" / f"{name}.eml").read_bytes())[0]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_corpus_file_gives_a_parsed_mail_or_unparseable_mail(path: Path) -> None:
    raw = path.read_bytes()

    try:
        mail, blobs = parse_mail(raw)
    except UnparseableMail as error:
        assert error.reason
        return

    assert isinstance(mail, ParsedMail)
    assert {a.sha256 for a in mail.attachments} == set(blobs)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_every_dev_and_thread_message_parses() -> None:
    paths = sorted((CORPUS / "dev").glob("*.eml")) + sorted((CORPUS / "threads").glob("*.eml"))

    mails = [parse_mail(p.read_bytes())[0] for p in paths]

    assert all(m.message_id and m.sender.email and m.date for m in mails)


def test_encoded_subject_sender_and_recipients_are_decoded() -> None:
    mail, _ = parse_mail((MAIL / "attachment_rfc2231_name.eml").read_bytes())

    assert mail.subject == "Bon de commande signé pour l’abonnement"
    assert mail.sender == Address("Élodie Lefrançois", "elodie.lefrancois@ac-lille.fr")
    assert mail.to == (
        Address("Assistance", "support@assistance.example.fr"),
        Address("Dupont, Jean", "jean.dupont@ac-lille.fr"),
    )
    assert mail.cc == (Address("", "ce.0590001a@ac-lille.fr"),)
    assert mail.reply_to == Address("", "secretariat@college-exemple.fr")


def test_thread_ids_lose_their_angle_brackets() -> None:
    mail, _ = parse_mail((MAIL / "attachment_rfc2231_name.eml").read_bytes())

    assert mail.message_id == "att-1@ac-lille.fr"
    assert mail.in_reply_to == "first@assistance.example.fr"
    assert mail.references == ("first@assistance.example.fr", "second@assistance.example.fr")
    assert mail.return_path is None


def test_attachment_keeps_its_rfc2231_name_size_and_hash() -> None:
    mail, blobs = parse_mail((MAIL / "attachment_rfc2231_name.eml").read_bytes())

    (attachment,) = mail.attachments
    payload = base64.b64decode("JVBERi0xLjQKJcfsj6IKJSVFT0YK")
    assert attachment.filename == "bon de commande signé.pdf"
    assert (attachment.content_type, attachment.size) == ("application/pdf", len(payload))
    assert blobs == {attachment.sha256: payload}


def test_signature_with_the_uai_is_kept_apart_from_the_new_text() -> None:
    mail, _ = parse_mail((MAIL / "attachment_rfc2231_name.eml").read_bytes())

    assert mail.new_text.endswith("Cordialement,")
    assert "UAI 0590001A" in mail.signature
    assert mail.language == "fr"


def test_date_is_aware_and_keeps_its_offset() -> None:
    mail, _ = parse_mail((MAIL / "attachment_rfc2231_name.eml").read_bytes())

    assert mail.date == datetime(2024, 9, 10, 14, 30, tzinfo=UTC)
    assert mail.date.utcoffset() == timedelta(hours=2)


def test_unreadable_date_gives_none() -> None:
    mail, _ = parse_mail(HEAD + b"Date: yesterday at noon\r\n\r\nbody\r\n")

    assert mail.date is None


def test_null_return_path_is_an_empty_string() -> None:
    mail, _ = parse_mail((MAIL / "bounce_multipart_report.eml").read_bytes())

    assert mail.return_path == ""
    assert mail.content_type == "multipart/report"
    assert mail.text.startswith("Your message could not be delivered.")
    assert [a.content_type for a in mail.attachments] == ["message/rfc822"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_body_labelled_windows_1252_but_written_in_utf8_reads_legibly() -> None:
    mail = dev("d040")

    assert "Félicitation" in mail.subject and mail.sender.name == "Équipe Investissement"
    assert "sélectionné" in mail.text and "Ã" not in mail.text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_body_labelled_latin1_but_holding_windows_1252_reads_legibly() -> None:
    mail = dev("d096")

    assert "apparaît" in mail.text and "Lycée Lalande – Bourg" in mail.text
    assert "\ufffd" not in mail.text and "\x96" not in mail.text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_html_only_outlook_mail_gets_readable_text() -> None:
    mail = dev("d008")

    assert mail.content_type == "text/html" and mail.html
    assert "<" not in mail.text and "je n’arrive plus à me connecter" in mail.text
    assert "0672615D" in mail.signature


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_attachments_of_a_dev_message_are_listed_with_sizes() -> None:
    mail = dev("d016")

    assert [(a.filename, a.content_type) for a in mail.attachments] == [
        ("BE_2024-117.pdf", "application/pdf")
    ]
    assert mail.attachments[0].size > 0


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_lf_only_maildir_file_parses_like_crlf() -> None:
    mail = dev("d002")

    assert mail.sender.email == "nadege.sarrazin@free.fr"
    assert "esidoc" in mail.new_text and "\r" not in mail.text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_authentication_results_and_headers_are_kept_in_order() -> None:
    mail = dev("d056")

    assert mail.authentication_results and "fail" in mail.authentication_results[0]
    assert mail.headers[0][0] == "Return-Path"
    assert mail.header("authentication-results") == mail.authentication_results[0]


def test_authentication_results_are_kept_as_written_so_an_encoded_word_cannot_pass_for_our_mx(
) -> None:
    forged = b"=?utf-8?q?mx1.assistance.example.fr?=; dkim=pass header.d=b.fr"
    raw = HEAD + b"Authentication-Results: " + forged + b"\r\n\r\nBonjour\r\n"

    mail, _ = parse_mail(raw)

    assert mail.authentication_results == (forged.decode(),)
    assert read_authentication(mail, "mx1.assistance.example.fr")["trusted"] is False


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_english_mail_is_recognised_as_english() -> None:
    assert dev("d075").language == "en"
    assert dev("d034").language == "fr"


@pytest.mark.parametrize(
    "raw",
    [b"", b"   \r\n", b"\x00" * 200, bytes(range(256)) * 20, b"just some words\nno headers\n"],
    ids=["empty", "blank", "nul", "binary", "text"],
)
def test_bytes_that_are_not_mail_raise_unparseable_mail(raw: bytes) -> None:
    with pytest.raises(UnparseableMail):
        parse_mail(raw)


def test_raw_8bit_utf8_header_is_read_as_utf8() -> None:
    raw = "From: Hélène <h@x.fr>\r\nSubject: Problème   de\r\n  connexion\r\n\r\nx\r\n"

    mail, _ = parse_mail(raw.encode("utf-8"))

    assert (mail.sender.name, mail.subject) == ("Hélène", "Problème de connexion")


def test_message_id_is_read_from_the_header_block_only() -> None:
    raw = b"Subject: a\r\nMessage-Id:\r\n <abc@def>\r\n\r\nMessage-ID: <body@x>\r\n"

    assert read_message_id(raw) == "abc@def"
    assert read_message_id(b"Subject: a\r\n\r\nMessage-ID: <body@x>\r\n") == ""


def test_charset_lies_never_crash_decoding() -> None:
    assert decode_bytes("été".encode(), "windows-1252") == "été"
    assert decode_bytes("été – €".encode("cp1252"), "iso-8859-1") == "été – €"
    assert decode_bytes(b"caf\xe9", "no-such-charset") == "café"


def nested(depth: int) -> bytes:
    raw = HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b0"\r\n\r\n'
    for i in range(1, depth):
        raw += b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i - 1, i)
    raw += b"--b%d\r\nContent-Type: text/plain\r\n\r\ndeep\r\n" % (depth - 1)
    return raw + b"".join(b"--b%d--\r\n" % i for i in range(depth - 1, -1, -1))


@pytest.mark.parametrize(
    "raw",
    [
        HEAD + b"X-Long: " + b"a" * 1_000_000 + b"\r\n\r\nbody\r\n",
        nested(100),
        nested(2000),
    ],
    ids=["1MB header", "100 deep", "2000 deep"],
)
def test_pathological_mail_is_handled_quickly(raw: bytes) -> None:
    start = time.perf_counter()

    try:
        parse_mail(raw)
    except UnparseableMail:
        pass

    assert time.perf_counter() - start < 2.0


def test_deep_nesting_still_finds_the_text() -> None:
    mail, _ = parse_mail(nested(100))

    assert mail.text.strip() == "deep"


def test_date_without_offset_is_taken_as_utc() -> None:
    mail, _ = parse_mail(HEAD + b"Date: Mon, 2 Sep 2024 10:00:00 -0000\r\n\r\nx\r\n")

    assert mail.date == datetime(2024, 9, 2, 10, tzinfo=UTC)


def test_a_header_block_of_many_megabytes_is_refused_at_once_not_parsed_for_seconds():
    raw = b"From: a@example.org\r\nSubject: " + b"x" * (5 * 1024 * 1024) + b"\r\n\r\nBody\r\n"

    with pytest.raises(UnparseableMail, match="header block over 4 MB"):
        parse_mail(raw)


def _with_part(headers: bytes, body: bytes) -> bytes:
    return (HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
            b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVoir la pi\xc3\xa8ce.\r\n"
            b"--b\r\n" + headers + b"\r\n" + body + b"\r\n--b--\r\n")


def _base64_lines(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))


def test_a_large_attachment_read_apart_from_the_parser_keeps_its_bytes_name_and_hash() -> None:
    payload = bytes(range(256)) * 4096  # 1 MB: decoded apart from the line-by-line parser
    raw = _with_part(b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
                     b'Content-Disposition: attachment; filename="scan.pdf"\r\n',
                     _base64_lines(payload))

    mail, blobs = parse_mail(raw)

    (attachment,) = mail.attachments
    assert (attachment.filename, attachment.content_type) == ("scan.pdf", "application/pdf")
    assert attachment.size == len(payload) and blobs == {attachment.sha256: payload}
    assert mail.text.strip() == "Voir la pièce."


def test_a_large_base64_text_part_is_still_read_as_text() -> None:
    text = "".join(f"Ligne de compte rendu numéro {n:06d}.\n" for n in range(12_000)).encode()
    raw = (HEAD + b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n" + _base64_lines(text) + b"\r\n")

    mail, _ = parse_mail(raw)

    assert mail.text.startswith("Ligne de compte rendu") and not mail.attachments


def test_an_attached_mail_holding_a_large_attachment_is_stored_with_its_encoded_body() -> None:
    encoded = _base64_lines(bytes(range(256)) * 2048)
    inner = (b"From: x@y.fr\r\nSubject: inner\r\nMIME-Version: 1.0\r\n"
             b'Content-Type: multipart/mixed; boundary="i"\r\n\r\n--i\r\n'
             b"Content-Type: application/zip\r\nContent-Transfer-Encoding: base64\r\n\r\n"
             + encoded + b"\r\n--i--\r\n")
    raw = _with_part(b"Content-Type: message/rfc822\r\n", inner)

    mail, blobs = parse_mail(raw)

    (attachment,) = mail.attachments
    stored = blobs[attachment.sha256]
    assert attachment.content_type == "message/rfc822"
    assert encoded.replace(b"\r\n", b"\n") in stored.replace(b"\r\n", b"\n")
    assert b"setaside" not in stored

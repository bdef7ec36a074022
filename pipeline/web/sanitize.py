"""Mail HTML for a staff browser: cleaned by nh3 (Ammonia), remote images dropped, then served
alone in a sandboxed frame under a Content-Security-Policy that allows no script at all."""

from __future__ import annotations

import re
import unicodedata

import nh3

# The frame's policy: nothing may load or run; inline styles of the mail only; data: images.
FRAME_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
             "form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox")
URL_SCHEMES = {"http", "https", "mailto", "data"}
SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Images only from data: URLs (no tracking pixels); links never to data: URLs."""
    lowered = value.strip().lower()
    if tag == "img" and attribute == "src":
        return value if lowered.startswith("data:image/") else None
    if attribute in ("href", "cite", "action") and lowered.startswith("data:"):
        return None
    return value


def sanitize_html(html: str) -> str:
    """A fragment with no script, handler, style sheet, form, frame or remote resource left."""
    return nh3.clean(html, url_schemes=URL_SCHEMES, attribute_filter=_keep_attribute,
                     link_rel="noopener noreferrer nofollow",
                     clean_content_tags={"script", "style", "svg", "math", "template"})


def frame_document(fragment: str) -> str:
    """The sanitised fragment as a whole document for the frame's own response."""
    return ("<!doctype html><html><head><meta charset=\"utf-8\">"
            "<meta name=\"referrer\" content=\"no-referrer\"></head>"
            f"<body>{fragment}</body></html>")


def safe_filename(name: str, *, fallback: str = "attachment") -> str:
    """An ASCII name without path, quotes or control characters, for Content-Disposition."""
    base = re.split(r"[\\/]", name or "")[-1]
    ascii_name = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    cleaned = SAFE_NAME.sub("_", ascii_name).strip("._")[:100]
    return cleaned or fallback

"""Accent folding and highlighted snippets, done in Python.

The embedded PostgreSQL has no `unaccent` extension, so the index and the queries are folded
here: lower case, accents removed ("Épilepsie" -> "epilepsie"), a few ligatures spelled out
("cœur" -> "coeur"), control characters and angle brackets turned into spaces. PostgreSQL's
`ts_headline` then works on the folded text; `highlight` maps its result back onto the original
text, so the snippet keeps its accents and is HTML-escaped before any `<mark>` is added.
"""

import unicodedata
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Private-use characters: never in folded text (folding turns them into spaces), so they can
# delimit what ts_headline returns.
START, STOP, FRAGMENT = "\ue000", "\ue001", "\ue002"
HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxFragments=2, FragmentDelimiter={FRAGMENT}, MaxWords=18, MinWords=8"
)

_SPELLED_OUT = {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i"}


@lru_cache(maxsize=4096)
def _fold_char(char):
    if char in "<>" or unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Zl", "Zp"}:
        return " "  # no tags for the text parser, no NUL for PostgreSQL, no private markers
    lower = char.lower()
    if lower in _SPELLED_OUT:
        return _SPELLED_OUT[lower]
    folded = "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
    return folded or " "


def fold(text):
    """The text in lower case without accents: what is indexed and what is searched."""
    return "".join(_fold_char(char) for char in text)


def fold_with_offsets(text):
    """The folded text and, for each of its characters, the index of the original it came from."""
    folded, offsets = [], []
    for index, char in enumerate(text):
        replacement = _fold_char(char)
        folded.append(replacement)
        offsets.extend([index] * len(replacement))
    return "".join(folded), offsets


def highlight(text, headline):
    """HTML for a snippet: `headline` (ts_headline on the folded text) shown in the original text.

    Every piece of the original text is escaped; only the `<mark>` tags added here are markup.
    """
    if not text or not headline:
        return ""
    folded, offsets = fold_with_offsets(text)
    fragments, cursor = [], 0
    for fragment in headline.split(FRAGMENT):
        pieces = fragment.replace(STOP, START).split(START)  # plain, marked, plain, marked, plain...
        plain = "".join(pieces)
        if not plain.strip():
            continue
        start = folded.find(plain, cursor)
        if start < 0:
            start = folded.find(plain)
        if start < 0:  # the parser rewrote something: show the folded words rather than nothing
            fragments.append(_marked(pieces))
            continue
        originals, position = [], start
        for piece in pieces:
            end = position + len(piece)
            originals.append(text[offsets[position] : offsets[end - 1] + 1] if piece else "")
            position = end
        if not fragments and start > 0:
            fragments.append("")  # an ellipsis before the first fragment
        cursor = position
        fragments.append(_marked(originals))
    if fragments and cursor < len(folded.rstrip()):
        fragments.append("")  # and after the last one
    return mark_safe(" … ".join(fragments).strip())  # built from escaped pieces only


def _marked(pieces):
    """Escaped pieces, every second one (a match) in `<mark>`."""
    return "".join(
        f"<mark>{escape(piece)}</mark>" if index % 2 else escape(piece) for index, piece in enumerate(pieces)
    )

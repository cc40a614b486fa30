"""Bilingual building blocks for the demo texts.

A body is written as a list of blocks each holding both languages, so that the French and the
English of one paragraph sit next to each other; `stream_data` splits it into one StreamField
value per language, in Wagtail's raw form.
"""

from dataclasses import dataclass, field
from html import escape


def tr(fr, en):
    """One text in both languages."""
    return {"fr": fr, "en": en}


@dataclass(frozen=True)
class Paragraph:
    """Plain text (escaped here), one paragraph."""

    fr: str
    en: str

    def raw(self, language, resolve):
        return {"type": "paragraph", "value": f"<p>{escape(getattr(self, language), quote=False)}</p>"}


@dataclass(frozen=True)
class Heading:
    fr: str
    en: str
    level: str = "h2"

    def raw(self, language, resolve):
        return {"type": "heading", "value": {"text": getattr(self, language), "level": self.level}}


@dataclass(frozen=True)
class BulletList:
    """A paragraph block holding a bulleted list; items are (French, English) pairs."""

    items: tuple

    def raw(self, language, resolve):
        index = 0 if language == "fr" else 1
        lines = "".join(f"<li>{escape(item[index], quote=False)}</li>" for item in self.items)
        return {"type": "paragraph", "value": f"<ul>{lines}</ul>"}


@dataclass(frozen=True)
class Quote:
    fr: str
    en: str
    attribution: dict = field(default_factory=lambda: tr("", ""))

    def raw(self, language, resolve):
        return {"type": "quote", "value": {"quote": getattr(self, language), "attribution": self.attribution[language]}}


@dataclass(frozen=True)
class CallToAction:
    """A call to action towards a page of the demo, named by its key."""

    text: dict
    button_label: dict
    page: str

    def raw(self, language, resolve):
        return {
            "type": "call_to_action",
            "value": {
                "text": self.text[language],
                "button_label": self.button_label[language],
                "page": resolve(self.page).pk,
                "url": "",
            },
        }


@dataclass(frozen=True)
class KeyFigures:
    """Figures as the source gives them: (value, unit (fr, en), label (fr, en), year or None, source)."""

    heading: dict
    figures: tuple = field(default_factory=tuple)

    def raw(self, language, resolve):
        index = 0 if language == "fr" else 1
        return {
            "type": "key_figures",
            "value": {
                "heading": self.heading[language],
                "figures": [
                    {
                        "value": value,
                        "unit": unit[index],
                        "label": label[index],
                        "year": year,
                        "source": source[index],
                    }
                    for value, unit, label, year, source in self.figures
                ],
            },
        }


def stream_data(blocks, language, resolve):
    """The raw StreamField value of a bilingual body in one language."""
    return [block.raw(language, resolve) for block in blocks]

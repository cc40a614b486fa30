"""Images for the demo content, drawn locally with Pillow: nothing is downloaded.

Each image is drawn from a seed (its key), so the same key always gives the same picture, and
comes with an alt text in French and English that says what it shows.
"""

import io
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont, ImageOps

from django.core.files.images import ImageFile

# name: (dark, light, French adjective, English adjective)
PALETTES = {
    "blue": ((16, 42, 92), (94, 164, 222), "bleu", "blue"),
    "teal": ((8, 70, 72), (92, 196, 180), "turquoise", "teal"),
    "violet": ((52, 26, 92), (176, 140, 230), "violet", "violet"),
    "green": ((22, 74, 40), (150, 206, 120), "vert", "green"),
    "amber": ((110, 52, 10), (246, 190, 92), "ambré", "amber"),
    "red": ((100, 20, 34), (232, 120, 120), "rouge", "red"),
    "slate": ((34, 44, 58), (150, 170, 190), "gris ardoise", "slate grey"),
}

# name: (French description, English description)
MOTIFS = {
    "circles": ("des cercles translucides", "translucent circles"),
    "bands": ("des bandes obliques", "diagonal bands"),
    "network": ("un réseau de points reliés par des lignes", "a network of dots joined by lines"),
    "waves": ("des ondes concentriques", "concentric waves"),
}


@dataclass(frozen=True)
class DrawnImage:
    file: ImageFile
    alt_text_fr: str
    alt_text_en: str


def _encoded(image, name, image_format):
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **({"quality": 85} if image_format == "JPEG" else {}))
    buffer.seek(0)
    return ImageFile(buffer, name=name)


def _gradient(size, palette, angle):
    dark, light = PALETTES[palette][:2]
    # The central square of a rotated ramp has no empty corners.
    ramp = Image.linear_gradient("L").rotate(angle, resample=Image.Resampling.BILINEAR).crop((38, 38, 218, 218))
    ramp = ramp.resize(size, Image.Resampling.BILINEAR)
    return ImageOps.colorize(ramp, dark, light).convert("RGBA")


def _draw_motif(image, motif, rng):
    width, height = image.size
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    if motif == "circles":
        for _ in range(9):
            radius = rng.randint(height // 10, height // 3)
            x, y = rng.randint(0, width), rng.randint(0, height)
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(255, 255, 255, rng.randint(25, 70)))
    elif motif == "bands":
        for _ in range(7):
            x = rng.randint(-width // 2, width)
            band = rng.randint(width // 20, width // 8)
            draw.polygon(
                [(x, 0), (x + band, 0), (x + band + height // 2, height), (x + height // 2, height)],
                fill=(255, 255, 255, rng.randint(25, 60)),
            )
    elif motif == "network":
        points = [(rng.randint(0, width), rng.randint(0, height)) for _ in range(24)]
        for point in points:
            nearest = sorted(points, key=lambda other: (other[0] - point[0]) ** 2 + (other[1] - point[1]) ** 2)
            for other in nearest[1:3]:
                draw.line([point, other], fill=(255, 255, 255, 90), width=3)
        for x, y in points:
            draw.ellipse((x - 9, y - 9, x + 9, y + 9), fill=(255, 255, 255, 170))
    elif motif == "waves":
        x, y = rng.randint(width // 4, 3 * width // 4), rng.randint(height // 4, 3 * height // 4)
        for radius in range(40, width, 70):
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=(255, 255, 255, 80), width=6)
    return Image.alpha_composite(image, overlay)


def abstract_image(key, subject_fr, subject_en, palette="blue", motif=None, size=(800, 450)):
    """A gradient with a motif, illustrating a subject; the alt text describes both.

    Listing images are kept small (renditions of every image are made in several formats and widths,
    and an abstract gradient loses nothing when a browser enlarges it); the hero asks for more.
    """
    rng = random.Random(key)
    motif = motif or rng.choice(sorted(MOTIFS))
    image = _draw_motif(_gradient(size, palette, rng.choice([0, 45, 90, 135])), motif, rng)
    colour_fr, colour_en = PALETTES[palette][2:]
    motif_fr, motif_en = MOTIFS[motif]
    return DrawnImage(
        # JPEG: quick to encode and small for gradients.
        file=_encoded(image.convert("RGB"), f"demo-{key}.jpg", "JPEG"),
        alt_text_fr=f"Image abstraite : un dégradé {colour_fr} avec {motif_fr}, illustrant « {subject_fr} ».",
        alt_text_en=f"Abstract image: a {colour_en} gradient with {motif_en}, illustrating “{subject_en}”.",
    )


def initials_of(name, limit=3):
    """The initials a logo shows: an acronym stays as it is, other names give their capitals."""
    if name.isupper() and len(name) <= 6:
        return name[:6]
    words = [word for word in name.replace("-", " ").split() if word[:1].isalpha() and word[:1].isupper()]
    return "".join(word[0] for word in words)[:limit] or name[:2].upper()


def logo_image(key, initials, name_fr, name_en, palette="slate", size=(256, 256)):
    """A plain demonstration logo: the initials in white on a coloured disc."""
    dark, light = PALETTES[palette][:2]
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    margin = size[0] // 20
    draw.ellipse((margin, margin, size[0] - margin, size[1] - margin), fill=dark, outline=light, width=margin // 2)
    font = ImageFont.load_default(size=max(40, int(size[0] * 0.42 / max(len(initials), 2) * 2.2)))
    draw.text((size[0] / 2, size[1] / 2), initials, fill=(255, 255, 255), font=font, anchor="mm")
    return DrawnImage(
        file=_encoded(image, f"demo-logo-{key}.png", "PNG"),
        alt_text_fr=f"Logo de démonstration : les initiales « {initials} » sur un disque, pour {name_fr}.",
        alt_text_en=f"Demonstration logo: the initials “{initials}” on a disc, for {name_en}.",
    )

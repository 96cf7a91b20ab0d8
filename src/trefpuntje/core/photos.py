"""Photos of things taken in: checked and scaled down before they are stored.

Pillow (already here for reportlab) reads the picture, so the command line and every
screen are held to the same checks: a file that is not a picture, a broken one, or a
huge one gets a clear message and nothing is saved. What is stored is a JPEG of at
most ``PHOTO_SIDE`` pixels a side (sharp on a kiosk card) and a thumbnail of at most
``THUMBNAIL_SIDE`` pixels, which is all a list of items ever loads.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 25 * 1024 * 1024  # a phone's picture is a few MB; more is not a photo of a coat
MAX_PIXELS = 50_000_000  # a 50-megapixel camera; a "decompression bomb" is refused before it is unpacked
PHOTO_SIDE = 800
THUMBNAIL_SIDE = 240
QUALITY = 80


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes  # JPEG
    thumbnail: bytes  # JPEG


def _jpeg(image: Image.Image, side: int) -> bytes:
    copy = image.copy()
    copy.thumbnail((side, side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=QUALITY, optimize=True)
    return out.getvalue()


def prepare_photo(data: bytes) -> PreparedPhoto:
    """``data`` (the bytes of a picture file) as a stored photo and its thumbnail."""
    if not data:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The photo file is empty. Take it again, or leave it out."))
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The photo file is too large ({size} MB; at most {limit} MB). "
                                                       "Take a smaller picture."),
                           size=round(len(data) / 1024 / 1024), limit=MAX_FILE_BYTES // 1024 // 1024)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                if probe.width * probe.height > MAX_PIXELS:
                    raise InvalidInput(QT_TRANSLATE_NOOP(
                        "errors", "The photo is too large ({width} x {height} pixels). Take a smaller picture."),
                        width=probe.width, height=probe.height)
                probe.verify()  # the file's structure, before any pixel is unpacked
            with Image.open(io.BytesIO(data)) as opened:
                opened.load()
                image = ImageOps.exif_transpose(opened).convert("RGB")  # a phone's portrait stays upright
    except UnidentifiedImageError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "This file is not a picture. Choose a photo (JPEG or PNG).")) from None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "This photo is damaged and cannot be read. Choose another.")) from None
    return PreparedPhoto(_jpeg(image, PHOTO_SIDE), _jpeg(image, THUMBNAIL_SIDE))

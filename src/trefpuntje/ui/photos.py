"""Photos from a file: scaled down on this machine before they are stored, so a
phone's 12-megapixel picture becomes a kiosk-sized JPEG of a few dozen kilobytes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap

MAX_SIDE = 800  # pixels: sharp on a card at the kiosk, small in the database
QUALITY = 80


def scaled_jpeg(path: str) -> bytes | None:
    """The picture at ``path`` as a JPEG of at most MAX_SIDE pixels a side; None when
    it is not a picture Qt can read."""
    image = QImage(path)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "JPEG", QUALITY)
    buffer.close()
    return bytes(data.data())


def thumbnail(data: bytes, size: int) -> QPixmap:
    """A square-bounded picture of ``data`` (JPEG or PNG bytes) for a card."""
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    return pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)

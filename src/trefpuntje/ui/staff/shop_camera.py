"""A photo of a shop item from the camera (QtMultimedia, the ``camera`` extra), in a
window of its own: the live picture, "Take the photo" and "Back". Without a camera, or
when it fails, it says so and takes nothing; the intake form then takes a file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from trefpuntje.ui.tr import QT_TRANSLATE_NOOP
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel


def jpeg_bytes(image: QImage) -> bytes:
    """A camera picture as the bytes of a JPEG file, for the core to check and scale."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "JPEG", 90)
    buffer.close()
    return bytes(data.data())


class CameraPhoto(QDialog):
    """The camera's live picture, "Take the photo" and "Back". Without a camera (or
    when it fails) it says so and takes nothing."""

    taken = Signal(QImage)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(QT_TRANSLATE_NOOP("ShopAdmin", "Photo of the item")())
        column = QVBoxLayout(self)
        self.note = TrLabel("", self)
        column.addWidget(self.note)
        self.view: QWidget | None = None
        buttons = QHBoxLayout(spacing=16)
        back = TouchButton("back", QT_TRANSLATE_NOOP("ShopAdmin", "Back"), self)
        back.clicked.connect(self.reject)
        self.shoot = TouchButton("camera", QT_TRANSLATE_NOOP("ShopAdmin", "Take the photo"), self, role="primary")
        self.shoot.clicked.connect(self._shoot)
        buttons.addWidget(back)
        buttons.addWidget(self.shoot)
        self.buttons = buttons
        self.finished.connect(self._stop)
        self.camera = self.capture = None

    def open_camera(self) -> None:
        try:
            from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
            from PySide6.QtMultimediaWidgets import QVideoWidget

            device = QMediaDevices.defaultVideoInput()
            if device.isNull():
                raise RuntimeError("no camera")
            self.camera = QCamera(device, self)
            self.capture = QImageCapture(self)
            self.session = QMediaCaptureSession(self)
            self.session.setCamera(self.camera)
            self.session.setImageCapture(self.capture)
            self.view = QVideoWidget(self)
            self.view.setMinimumSize(640, 480)
            self.session.setVideoOutput(self.view)
            self.capture.imageCaptured.connect(self._captured)
            self.layout().addWidget(self.view, 1)
            self.camera.start()
        except Exception:  # no QtMultimedia, no camera, a backend that fails: no photo, in words
            self.note.set_text(QT_TRANSLATE_NOOP("ShopAdmin", "The camera cannot be used. Choose a photo from a "
                                                              "file instead."))
            self.shoot.setEnabled(False)
        self.layout().addLayout(self.buttons)
        self.showMaximized()

    def _shoot(self) -> None:
        if self.capture is not None and self.capture.isReadyForCapture():
            self.capture.capture()

    def _captured(self, _id: int, image: QImage) -> None:
        self.taken.emit(image)
        self.accept()

    def _stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()

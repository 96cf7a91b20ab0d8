"""A camera as a card scanner: QtMultimedia frames decoded with zxing-cpp.

QtMultimedia (PySide6-Addons) and zxing-cpp are the optional ``camera`` extra. This
module imports without them; only :func:`camera_available` and :func:`open_camera`
look for them, and without a camera (or without the extra) the option is simply absent:
``open_camera`` returns None and nothing is shown.

A :class:`CameraScanner` emits ``scanned(str)`` like the keyboard-wedge scanner, so a
camera scan does exactly what a wedge scan does (``Visit.handle_scan``). It decodes at
most ``FPS`` frames a second, in a worker thread, skipping frames while a decode is
still running, and reports a code once: the same code is ignored until it has been out
of sight for ``REPEAT_S`` seconds (a card held in front of the camera is one scan).
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

FPS = 5  # frames decoded per second, at most
REPEAT_S = 3.0  # the same code again within this many seconds is the same scan
MAX_WIDTH = 1280  # camera format to ask for: wider frames cost decode time, not accuracy
PREVIEW_SIZE = QSize(240, 180)


class CameraUnavailable(RuntimeError):
    """No camera, or the ``camera`` extra (QtMultimedia, zxing-cpp) is not installed."""


def decode_qr(image: QImage) -> str | None:
    """The text of the first QR code in ``image``, or None (also for a null image)."""
    if image.isNull():
        return None
    import zxingcpp

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    # An ImageView over the QImage's own bytes: no numpy or Pillow needed. The rows
    # are 32-bit aligned, hence the explicit row stride. ``gray`` stays alive (a local)
    # for as long as zxing reads the buffer.
    view = zxingcpp.ImageView(memoryview(gray.constBits()), gray.width(), gray.height(),
                              zxingcpp.ImageFormat.Lum, gray.bytesPerLine(), 1)
    for barcode in zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.QRCode):
        if barcode.valid and barcode.text:
            return barcode.text
    return None


def camera_available() -> bool:
    """A camera is there and the ``camera`` extra is installed. Never raises."""
    try:
        import zxingcpp  # noqa: F401
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.videoInputs())
    except Exception:  # ImportError, or a multimedia backend that fails to load
        log.debug("no camera scanner", exc_info=True)
        return False


def open_camera(parent: QObject | None = None) -> CameraScanner | None:
    """A started-when-asked camera scanner, or None when there is no camera."""
    if not camera_available():
        return None
    try:
        return CameraScanner(parent)
    except Exception:
        log.warning("camera found but could not be opened", exc_info=True)
        return None


class Debounce:
    """Lets a code through once; the same code again counts only after it has been
    unseen for ``repeat_s`` seconds."""

    def __init__(self, repeat_s: float = REPEAT_S) -> None:
        self.repeat_s = repeat_s
        self._code: str | None = None
        self._seen = 0.0

    def accept(self, code: str, now: float) -> bool:
        fresh = code != self._code or now - self._seen >= self.repeat_s
        self._code, self._seen = code, now
        return fresh

    def reset(self) -> None:
        self._code = None


class CameraScanner(QObject):
    """The default camera as a QR scanner. Constructing one without a camera or
    without the ``camera`` extra raises :class:`CameraUnavailable`; use
    :func:`open_camera`, which returns None then."""

    scanned = Signal(str)
    _decoded = Signal(object)  # from the worker thread: str | None

    def __init__(self, parent: QObject | None = None, *, device=None) -> None:  # QCameraDevice
        super().__init__(parent)
        try:
            import zxingcpp  # noqa: F401
            from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink
        except ImportError as error:
            raise CameraUnavailable(str(error)) from error
        if device is None:
            device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            raise CameraUnavailable("no video input")
        self.camera = QCamera(device, self)
        fitting = [f for f in device.videoFormats() if f.resolution().width() <= MAX_WIDTH]
        if fitting:
            self.camera.setCameraFormat(max(fitting, key=lambda f: (f.resolution().width(), f.maxFrameRate())))
        self.camera.errorOccurred.connect(self._camera_error)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.sink = QVideoSink(self)
        self._frame_source: QObject | None = None
        self._use_sink(self.sink)
        self._preview: QWidget | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="camera-qr")
        self._busy = False
        self._running = False
        self._last_frame = 0.0
        self._debounce = Debounce()
        self._decoded.connect(self._on_decoded)

    # -- control ------------------------------------------------------------------
    def start(self) -> None:
        self._debounce.reset()
        self._running = True
        self.camera.start()

    def stop(self) -> None:
        self._running = False
        self.camera.stop()

    def is_active(self) -> bool:
        return self.camera.isActive()

    def close(self) -> None:
        self.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)

    def preview_widget(self, parent: QWidget | None = None) -> QWidget | None:
        """A small live picture of the camera. A capture session has one video output,
        so the preview takes over from the private sink (its sink feeds the decoder)
        until the widget is destroyed. None when QtMultimediaWidgets is missing."""
        try:
            from PySide6.QtMultimediaWidgets import QVideoWidget
        except ImportError:
            return None
        widget = QVideoWidget(parent)
        widget.setFixedSize(PREVIEW_SIZE)
        widget.setObjectName("cameraPreview")
        self.session.setVideoOutput(widget)
        self._use_sink(widget.videoSink())
        self._preview = widget
        widget.destroyed.connect(self._preview_gone)
        return widget

    # -- frames -------------------------------------------------------------------
    def _use_sink(self, sink: QObject) -> None:
        if self._frame_source is not None:
            try:
                self._frame_source.videoFrameChanged.disconnect(self._on_frame)
            except (RuntimeError, TypeError):
                pass  # already gone with its widget
        self._frame_source = sink
        sink.videoFrameChanged.connect(self._on_frame)

    def _preview_gone(self) -> None:
        self._preview = None
        self._frame_source = None
        self.session.setVideoSink(self.sink)
        self._use_sink(self.sink)

    def _on_frame(self, frame) -> None:  # QVideoFrame
        now = time.monotonic()
        if self._busy or now - self._last_frame < 1 / FPS or not frame.isValid():
            return
        image = frame.toImage()  # a copy: the frame's buffer is only valid here
        if image.isNull():
            return
        self._last_frame = now
        self._busy = True
        future = self._executor.submit(decode_qr, image)
        future.add_done_callback(self._done)

    def _done(self, future: Future) -> None:  # worker thread: hand over via a queued signal
        try:
            text = None if future.cancelled() else future.result()
        except Exception:
            log.exception("QR decoding failed")
            text = None
        try:
            self._decoded.emit(text)
        except RuntimeError:
            pass  # the scanner was deleted meanwhile

    def _on_decoded(self, text: str | None) -> None:
        self._busy = False
        if text and self._running and self._debounce.accept(text, time.monotonic()):
            self.scanned.emit(text)

    def _camera_error(self, error, message: str) -> None:
        log.warning("camera error %s: %s", error, message)

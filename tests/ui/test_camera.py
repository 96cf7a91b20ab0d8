"""The camera scanner: QR decoding (zxing-cpp) always; the QtMultimedia path only where
PySide6-Addons is installed (the optional ``camera`` extra), else skipped."""

from __future__ import annotations

import io
import shutil
import subprocess
from types import SimpleNamespace

import pytest
import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from trefpuntje.core.cards import new_token
from trefpuntje.printing.card import render_card
from trefpuntje.ui import camera
from trefpuntje.ui.camera import Debounce, camera_available, decode_qr, open_camera

pytest.importorskip("zxingcpp")


def qr_image(text: str, **kwargs) -> QImage:
    buffer = io.BytesIO()
    qrcode.make(text, **kwargs).save(buffer, format="PNG")
    image = QImage.fromData(buffer.getvalue())
    assert not image.isNull()
    return image


def test_decodes_a_qr_code_in_any_image_format(qapp):
    image = qr_image("HELLO TREFPUNTJE")
    for fmt in (QImage.Format.Format_Mono, QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32,
                QImage.Format.Format_RGB888, QImage.Format.Format_Grayscale8):
        assert decode_qr(image.convertToFormat(fmt)) == "HELLO TREFPUNTJE", fmt


def test_odd_width_rows_are_padded_and_still_decode(qapp):
    image = qr_image("PADDED").convertToFormat(QImage.Format.Format_Grayscale8)
    odd = image.scaled(image.width() + 3, image.height() + 3)  # bytesPerLine != width
    assert odd.bytesPerLine() != odd.width()
    assert decode_qr(odd) == "PADDED"


def test_blank_and_null_images_give_none(qapp):
    blank = QImage(400, 300, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    assert decode_qr(blank) is None
    assert decode_qr(QImage()) is None


def test_decodes_a_card_token_in_the_cards_qr(qapp):
    from qrcode.constants import ERROR_CORRECT_Q

    token = new_token()
    assert decode_qr(qr_image(token, error_correction=ERROR_CORRECT_Q, border=4)) == token


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_decodes_the_printed_card(qapp, tmp_path):
    token = new_token()
    card = SimpleNamespace(member=SimpleNamespace(first_name="Nel"), token=token)
    pdf = render_card(card, "Trefpunt De Linde")
    (tmp_path / "card.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(tmp_path / "card.pdf"), str(tmp_path / "card")],
                   check=True)
    image = QImage(str(tmp_path / "card.png"))
    assert not image.isNull()
    assert decode_qr(image) == token


def test_debounce_reports_a_held_card_once():
    debounce = Debounce(repeat_s=3)
    assert debounce.accept("A", 0.0)
    assert not debounce.accept("A", 1.0)
    assert not debounce.accept("A", 3.5)  # still in sight: seen 2.5 s ago
    assert debounce.accept("B", 4.0)
    assert debounce.accept("A", 4.5)  # another code came between
    assert debounce.accept("A", 8.0)  # out of sight for 3 s or more
    debounce.reset()
    assert debounce.accept("A", 8.1)


def test_no_camera_here_and_asking_does_not_raise(qapp):
    assert camera_available() is False  # no /dev/video*, and without the extra no QtMultimedia
    assert open_camera() is None


def test_camera_available_never_raises(qapp, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def broken(name, *args, **kwargs):
        if name.startswith("PySide6.QtMultimedia"):
            raise OSError("backend exploded")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", broken)
    assert camera_available() is False


def test_without_the_extra_constructing_is_refused(qapp):
    try:
        import PySide6.QtMultimedia  # noqa: F401
    except ImportError:
        with pytest.raises(camera.CameraUnavailable):
            camera.CameraScanner()
    else:
        from PySide6.QtMultimedia import QMediaDevices

        if QMediaDevices.videoInputs():
            pytest.skip("a real camera is attached")
        with pytest.raises(camera.CameraUnavailable):
            camera.CameraScanner()


# -- the QtMultimedia path: only with PySide6-Addons ------------------------------------


@pytest.fixture
def multimedia():
    try:
        from PySide6 import QtMultimedia
    except ImportError as error:
        pytest.skip(f"QtMultimedia not installed (the camera extra): {error}")
    return QtMultimedia


@pytest.fixture
def scanner(qapp, multimedia, monkeypatch):
    """A CameraScanner on a device-less QCamera: frames are pushed into its sink."""
    monkeypatch.setattr(camera, "FPS", 1000)  # no throttling in the test
    device = multimedia.QCameraDevice()
    monkeypatch.setattr(multimedia.QCameraDevice, "isNull", lambda self: False)
    made = camera.CameraScanner(device=device)
    monkeypatch.undo()
    monkeypatch.setattr(camera, "FPS", 1000)
    made._running = True  # start() would ask the (absent) device to start
    yield made
    made.close()
    made.deleteLater()


def push(qtbot, scanner, sink, image: QImage) -> None:
    from PySide6.QtMultimedia import QVideoFrame

    sink.setVideoFrame(QVideoFrame(image))
    qtbot.waitUntil(lambda: not scanner._busy, timeout=5000)


def test_frames_in_the_sink_are_decoded_once(qtbot, scanner):
    token = new_token()
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    image = qr_image(token).convertToFormat(QImage.Format.Format_RGB32)
    push(qtbot, scanner, scanner.sink, image)
    qtbot.waitUntil(lambda: seen == [token], timeout=5000)
    push(qtbot, scanner, scanner.sink, image)  # the card is still held up
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    push(qtbot, scanner, scanner.sink, blank)
    qtbot.wait(50)
    assert seen == [token]


def test_stopped_scanner_emits_nothing(qtbot, scanner):
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    scanner.stop()
    push(qtbot, scanner, scanner.sink, qr_image("STOPPED").convertToFormat(QImage.Format.Format_RGB32))
    qtbot.wait(50)
    assert seen == []


def test_preview_widget_feeds_the_decoder(qtbot, scanner):
    pytest.importorskip("PySide6.QtMultimediaWidgets")
    preview = scanner.preview_widget()
    assert preview is not None
    qtbot.addWidget(preview)
    assert scanner.session.videoOutput() is preview
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    push(qtbot, scanner, preview.videoSink(), qr_image("PREVIEW").convertToFormat(QImage.Format.Format_RGB32))
    qtbot.waitUntil(lambda: seen == ["PREVIEW"], timeout=5000)

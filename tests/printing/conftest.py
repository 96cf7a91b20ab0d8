"""Reading printed pages back: text with pypdf, pixels with pdftoppm, QR codes with zxing-cpp."""

from __future__ import annotations

import argparse
import io
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from trefpuntje.cli import Context
from trefpuntje.cli_print import register


def pdf_pages_text(pdf: bytes | Path) -> list[str]:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(pdf: bytes | Path) -> str:
    return "\n".join(pdf_pages_text(pdf))


def rasterise(pdf: bytes, folder: Path, dpi: int = 300) -> list[Path]:
    """The pages as PNG files, as a printer at ``dpi`` would see them."""
    source = folder / "page.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(source), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


def read_qr_codes(png: Path) -> list[zxingcpp.Result]:
    return [r for r in zxingcpp.read_barcodes(Image.open(png)) if r.format == zxingcpp.BarcodeFormat.QRCode]


@pytest.fixture
def run_print(database_url: str) -> Callable[..., int]:
    """``trefpuntje print ...`` through ``register`` and the real ``Context``, on the test database."""

    def run(*argv: str, lang: str = "en") -> int:
        parser = argparse.ArgumentParser(prog="trefpuntje")
        register(parser.add_subparsers(dest="command"))
        args = parser.parse_args(list(argv))
        args.db, args.database_url, args.lang = None, database_url, lang
        return args.handler(Context(args))

    return run

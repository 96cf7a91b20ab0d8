"""Trefpuntje: kiosk, till and office software for 't Trefpuntje."""

__version__ = "0.1.0"

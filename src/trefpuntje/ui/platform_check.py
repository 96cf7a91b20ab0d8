"""Before Qt starts: name the Debian package for a missing window-system library,
instead of Qt's "could not load the Qt platform plugin" abort."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def chosen_platform() -> str:
    explicit = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if explicit:
        return explicit
    return "wayland" if os.environ.get("WAYLAND_DISPLAY") else "xcb"


def missing_libraries(plugin: Path) -> list[str]:
    if not plugin.exists() or shutil.which("ldd") is None:
        return []
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    missing = []
    for line in output.splitlines():
        if "not found" in line:
            name = line.split("=>")[0].strip()
            if name not in missing:
                missing.append(name)
    return missing


def problem() -> str | None:
    """A message naming what to install, or None when the window system can start."""
    platform = chosen_platform()
    if platform not in ("xcb", "wayland"):
        return None
    from PySide6.QtCore import QLibraryInfo  # QtCore needs no window system

    plugin_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = plugin_dir / ("libqxcb.so" if platform == "xcb" else "libqwayland.so")
    missing = missing_libraries(plugin)
    if missing:
        packages = sorted({DEBIAN_PACKAGES.get(name, name) for name in missing})
        return (
            "Trefpuntje cannot open a window: the system is missing "
            + ", ".join(missing)
            + ".\nInstall it with:\n    sudo apt-get install "
            + " ".join(packages)
        )
    if platform == "xcb" and not os.environ.get("DISPLAY"):
        return "Trefpuntje cannot open a window: there is no display (DISPLAY is not set). Start it in a desktop session."
    return None

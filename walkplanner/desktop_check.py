"""Before the window exists: can Qt's X11 plugin load on this Linux machine?

When a system library that Qt's xcb platform plugin needs is missing, Qt aborts with a
core dump and blames the wrong package ("xcb-cursor0"). This asks the dynamic linker
(`ldd`) about the plugin first and, when something is missing, names the libraries and
the command that installs them, so the app can stop with a clear message instead.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# The sonames Qt's xcb plugin and Qt WebEngine load, with the package that ships them.
PACKAGES: dict[str, tuple[str, str]] = {  # soname prefix: (Debian/Ubuntu, Fedora)
    "libxcb-icccm": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-cursor": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-image": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-xkb": ("libxcb-xkb1", "libxcb"),
    "libxcb-randr": ("libxcb-randr0", "libxcb"),
    "libxcb-shape": ("libxcb-shape0", "libxcb"),
    "libxcb-xfixes": ("libxcb-xfixes0", "libxcb"),
    "libxcb-sync": ("libxcb-sync1", "libxcb"),
    "libxcb-shm": ("libxcb-shm0", "libxcb"),
    "libxcb-xinput": ("libxcb-xinput0", "libxcb"),
    "libxcb-render": ("libxcb-render0", "libxcb"),
    "libxcb": ("libxcb1", "libxcb"),
    "libxkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb": ("libx11-xcb1", "libX11-xcb"),
    "libX11": ("libx11-6", "libX11"),
    "libEGL": ("libegl1", "libglvnd-egl"),
    "libGL": ("libgl1", "libglvnd-glx"),
    "libOpenGL": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig": ("libfontconfig1", "fontconfig"),
    "libfreetype": ("libfreetype6", "freetype"),
    "libdbus-1": ("libdbus-1-3", "dbus-libs"),
    "libnss3": ("libnss3", "nss"),
    "libxshmfence": ("libxshmfence1", "libxshmfence"),
    "libXcomposite": ("libxcomposite1", "libXcomposite"),
    "libXdamage": ("libxdamage1", "libXdamage"),
    "libXrandr": ("libxrandr2", "libXrandr"),
    "libXtst": ("libxtst6", "libXtst"),
    "libxkbfile": ("libxkbfile1", "libxkbfile"),
    "libasound": ("libasound2", "alsa-lib"),
    "libxcb-dri3": ("libxcb-dri3-0", "libxcb"),
    "libxcb-util": ("libxcb-util1", "xcb-util"),
    "libnspr4": ("libnspr4", "nspr"),
    "libnssutil3": ("libnss3", "nss-util"),
    "libsmime3": ("libnss3", "nss"),
    "libgbm": ("libgbm1", "mesa-libgbm"),
    "libXext": ("libxext6", "libXext"),
    "libXfixes": ("libxfixes3", "libXfixes"),
    "libexpat": ("libexpat1", "expat"),
    "libudev": ("libudev1", "systemd-libs"),
    "libglib-2.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0": ("libglib2.0-0", "glib2"),
}
QT_LIBRARIES = ("libQt6XcbQpa", "libQt6WebEngineCore")  # the window's and the map's
_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


def needs_xcb() -> bool:
    """Qt will pick the X11 plugin: Linux, and no other platform asked for."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    return sys.platform.startswith("linux") and platform in ("", "xcb")


def missing_libraries(libraries: list[Path]) -> list[str]:
    """Sonames the dynamic linker cannot find for these shared objects (empty when all
    load, or when `ldd` is not there to ask)."""
    ldd = shutil.which("ldd")
    missing: list[str] = []
    for library in libraries:
        if not ldd or not library.is_file():
            continue
        try:
            answer = subprocess.run(
                [ldd, str(library)], capture_output=True, text=True, timeout=10, check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        for name in _NOT_FOUND.findall(answer.stdout):
            if name not in missing:
                missing.append(name)
    return missing


def install_hint(missing: list[str]) -> str:
    """What to tell a person: the missing libraries and the commands that install them."""
    debian, fedora = [], []
    for soname in missing:
        prefix = max((p for p in PACKAGES if soname.startswith(p + ".so")), key=len, default="")
        deb, rpm = PACKAGES.get(prefix, (soname, soname))
        debian += [deb] if deb not in debian else []
        fedora += [rpm] if rpm not in fedora else []
    return (
        "Walk Planner cannot open a window: these system libraries are missing: "
        f"{', '.join(missing)}.\n"
        f"On Debian or Ubuntu: sudo apt-get install {' '.join(debian)}\n"
        f"On Fedora: sudo dnf install {' '.join(fedora)}\n"
        "Then start Walk Planner again."
    )


def qt_libraries() -> list[Path]:
    """The xcb platform plugin and the Qt libraries the window and the map need (in a venv,
    a wheel or the frozen app)."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    libraries = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    qt = [next(iter(sorted(libraries.glob(f"{name}.so*"))), None) for name in QT_LIBRARIES]
    return [plugins / "platforms" / "libqxcb.so", *(path for path in qt if path)]


def unloadable(libraries: list[Path]) -> list[str]:
    """The linker's complaints for the libraries that cannot be loaded. Loading is the
    quick question (Qt loads the same libraries a moment later); `ldd` is asked only
    when one fails, to name everything that is missing at once."""
    complaints = []
    for library in libraries:
        try:
            ctypes.CDLL(str(library), mode=os.RTLD_LAZY)
        except OSError as error:
            complaints.append(str(error))
    return complaints


def check_display_libraries() -> str | None:
    """The message to print when the window cannot open for want of libraries, else None."""
    if not needs_xcb():
        return None
    libraries = qt_libraries()
    complaints = unloadable(libraries)
    if not complaints:
        return None
    missing = missing_libraries(libraries) or [
        name for text in complaints for name in _CANNOT_OPEN.findall(text)
    ]
    return install_hint(missing) if missing else None

"""The bundled CJK font, made the application's default font.

Reviewers' laptops are not guaranteed to have a Chinese font (a fresh Linux install,
a locked-down Windows image); with WenQuanYi Micro Hei registered from our own
resources, Chinese never renders as empty boxes.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from meihao_desktop.resources import font_path

log = logging.getLogger(__name__)

BUNDLED_FAMILY = "WenQuanYi Micro Hei"


def install_bundled_font(app: QGuiApplication) -> str | None:
    """Register the bundled font and make it the default; returns its family or None.

    The point size of the platform's default font is kept, so the interface keeps
    the size the user's system asks for.
    """
    path = font_path()
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("Could not load the bundled font %s; Chinese may not render", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    # The .ttc also holds a monospaced face; the proportional one suits the interface.
    family = BUNDLED_FAMILY if BUNDLED_FAMILY in families else families[0]
    font = QFont(app.font())
    font.setFamilies([family])
    app.setFont(font)
    return family

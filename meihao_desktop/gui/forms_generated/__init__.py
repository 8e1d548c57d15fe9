"""Python compiled from the Qt Designer forms in ``forms/``; regenerate, never edit.

``python -m meihao_desktop.gui.tools uic`` rewrites these files; a test checks that
they match their ``.ui`` sources.
"""

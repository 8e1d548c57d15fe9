"""The communities (小区) screen's parts: the table model, the edit dialog, the import.

The page that puts them together is ``gui.pages.communities``.
"""

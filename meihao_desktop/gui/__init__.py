"""The PySide6 desktop application: window, dialogs, forms, translations.

The only package that imports QtWidgets. Screens call ``meihao_desktop.services``;
they never reach into the store directly.
"""

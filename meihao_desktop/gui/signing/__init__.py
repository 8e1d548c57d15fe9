"""Signing in the GUI: the signature pad, the seal, keys, signing and unlocking an
inspection, exporting the PDF forms (optionally signed digitally) and checking them.

The work itself is the services' (``SignatureService``, ``ExportService``) and the
``signing`` package's; these screens ask for what it needs and run it in the background.
"""

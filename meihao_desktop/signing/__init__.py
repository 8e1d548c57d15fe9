"""Digital signatures on exported PDFs: personal keys, PAdES signing and verification.

``keys`` creates, imports and lists PKCS#12 keys; ``pades.sign_pdf`` signs a PDF with a
visible field; ``verify.verify_pdf`` says whether each signature still holds. pyHanko
and cryptography are imported by those modules only; ``request`` is plain data.
Nothing here imports Qt or the database.
"""

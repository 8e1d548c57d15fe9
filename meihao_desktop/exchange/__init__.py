"""Exchange packages (``.meihao``): inspections travel from the laptops to the bureau.

No Qt here. The GUI runs these on its background job helper:

- ``export_package(db, photo_store, path, inspection_ids, signer)`` writes a signed package;
  ``device_signer(keys_dir, name)`` gives the laptop's own key (created on first use);
- ``read_package(path, db) -> PackagePreview`` verifies everything and compares it
  with the database, touching neither it nor the photo store (the checked photos wait
  in a staging folder beside the store);
- ``apply_package(preview, db, photo_store, actor, resolutions) -> ImportResult`` merges
  in one transaction; ``discard_preview(preview)`` drops a preview not applied.

The format is described in ``layout``, the merge rule in ``merge``.
"""

from __future__ import annotations

from meihao_desktop.exchange.errors import PackageError
from meihao_desktop.exchange.exporter import ExportResult, export_package
from meihao_desktop.exchange.importer import (
    ImportResult,
    apply_package,
    discard_preview,
    read_package,
)
from meihao_desktop.exchange.keys import (
    PackageSigner,
    SignerInfo,
    device_key,
    device_signer,
    fingerprint,
    key_file_signer,
)
from meihao_desktop.exchange.merge import ACTION_NAMES, Action
from meihao_desktop.exchange.photos import DerivativeReport, render_missing_derivatives
from meihao_desktop.exchange.preview import (
    Conflict,
    FieldDifference,
    InspectionEntry,
    PackagePreview,
)

__all__ = [
    "ACTION_NAMES",
    "Action",
    "Conflict",
    "DerivativeReport",
    "ExportResult",
    "FieldDifference",
    "ImportResult",
    "InspectionEntry",
    "PackageError",
    "PackagePreview",
    "PackageSigner",
    "SignerInfo",
    "apply_package",
    "device_key",
    "device_signer",
    "discard_preview",
    "export_package",
    "fingerprint",
    "key_file_signer",
    "read_package",
    "render_missing_derivatives",
]

"""The reviewers' words for stored codes, the same in every screen, workbook, form and
message (the ledger's statuses are in ``services.rectifications``)."""

from __future__ import annotations

from typing import Final

INSPECTION_STATUS_NAMES: Final = {"draft": "草稿", "signed": "已签名", "submitted": "已提交"}
DECISION_NAMES: Final = {"recommend": "推荐", "not_recommend": "不推荐"}

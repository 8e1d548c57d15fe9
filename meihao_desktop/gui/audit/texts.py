"""The audit trail's kinds of record, actions and sources in the interface's language.

Field names and values are worded by the service (``services.audit_labels``): they are
the data's own Chinese names, shared with the exports. These are the program's words,
translated like the rest of the interface.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from meihao_desktop.services.audit_log import PACKAGE_SOURCE_PREFIX

IMPORT_SOURCE_PREFIX = "import:"  # services.community_import: a spreadsheet of communities


def entity_text(entity: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "community": translate("AuditEntities", "Community"),
        "inspector": translate("AuditEntities", "Inspector"),
        "campaign": translate("AuditEntities", "Campaign"),
        "inspection": translate("AuditEntities", "Inspection"),
        "finding": translate("AuditEntities", "Score"),
        "requirement_check": translate("AuditEntities", "Principle requirement"),
        "photo": translate("AuditEntities", "Photo"),
        "rectification": translate("AuditEntities", "Rectification"),
        "recommendation": translate("AuditEntities", "Recommendation"),
        "entered_score": translate("AuditEntities", "Entered score"),
        "signature": translate("AuditEntities", "Signature"),
        "package": translate("AuditEntities", "Exchange package"),
    }
    return names.get(entity, entity)


def action_text(action: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "create": translate("AuditActions", "Created"),
        "update": translate("AuditActions", "Changed"),
        "delete": translate("AuditActions", "Deleted"),
        "sign": translate("AuditActions", "Signed"),
        "unlock": translate("AuditActions", "Unlocked"),
        "submit": translate("AuditActions", "Submitted"),
        "rectify": translate("AuditActions", "Rectified"),
        "verify": translate("AuditActions", "Closed"),
        "reopen": translate("AuditActions", "Reopened"),
        "trash": translate("AuditActions", "Moved to trash"),
        "restore": translate("AuditActions", "Restored"),
        "import": translate("AuditActions", "Imported"),
        "match": translate("AuditActions", "Paired with this laptop's"),
        "conflict:local": translate("AuditActions", "Conflict: kept this laptop's"),
        "conflict:incoming": translate("AuditActions", "Conflict: took the package's"),
    }
    return names.get(action, action)


def source_text(source: str) -> str:
    """本机, 命令行, 数据包 <file>, 表格导入 <file>; anything else as it is."""
    translate = QCoreApplication.translate
    if source == "gui":
        return translate("AuditSources", "This computer")
    if source == "cli":
        return translate("AuditSources", "Command line")
    if source.startswith(PACKAGE_SOURCE_PREFIX) and len(source) > len(PACKAGE_SOURCE_PREFIX):
        file_name = source.removeprefix(PACKAGE_SOURCE_PREFIX)
        return translate("AuditSources", "Exchange package {file}").format(file=file_name)
    if source.startswith(IMPORT_SOURCE_PREFIX) and len(source) > len(IMPORT_SOURCE_PREFIX):
        file_name = source.removeprefix(IMPORT_SOURCE_PREFIX)
        return translate("AuditSources", "Spreadsheet import {file}").format(file=file_name)
    return source

"""操作记录: the audit trail view (every change, who made it, when and how)."""

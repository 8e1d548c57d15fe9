"""The rectification ledger (问题台账): its table, filters, detail panel and dialogs."""

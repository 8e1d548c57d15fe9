"""Exchanging data with other laptops and with Excel: signed ``.meihao`` packages (export,
preview with conflicts, import) and the standards workbooks."""

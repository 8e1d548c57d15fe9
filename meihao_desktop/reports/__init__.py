"""The printed forms: the score sheet (考察评分表) and the recommendation form (推荐表).

``model`` holds what a form says as plain frozen values; ``render.produce`` turns one
into a PDF (reportlab, imported only then) written atomically, optionally signed;
``batch`` renders many in worker processes. Nothing here imports Qt or the database.
"""

"""Campaigns (评选活动): the dialog that creates one, and where the program offers it.

A campaign is one year's selection under one scoring standard; every inspection belongs
to one. The inspections page offers 新建评选活动… beside 新建考察…, the new-inspection
dialog beside its campaign box, and the main window in its File menu.
"""

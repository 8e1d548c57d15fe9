"""The inspection editor: the screen an inspector works in for a whole site visit.

``InspectionEditor`` (editor.py) puts together the standard's tree (tree_model.py),
the panels for one item or requirement (item_panel.py, requirement_panel.py), the live
score header (header.py) and the undo history (commands.py). Every edit is written
through the services at once (session.py); the in-memory ``EditorState`` (state.py)
lets the header be recomputed by the pure scoring engine without a database round trip.
"""

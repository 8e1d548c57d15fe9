"""The inspection editor: the screen an inspector works in for a whole site visit.

``InspectionEditor`` (editor.py) puts together the standard's tree (tree_model.py),
the panels for one item or requirement (item_panel.py, requirement_panel.py), the live
score header (header.py), the undo history (commands.py), its actions and keys
(actions.py, keys.py) and 提交 (submitting.py). Every edit is written through the
services at once (session.py); the in-memory ``EditorState`` (state.py) lets the header
be recomputed by the pure scoring engine without a database round trip.

The inspections list shown beside it lives here too: its table model
(inspection_table.py), the new-inspection dialog and deleting with undo (deletion.py).
"""

"""Photos in the inspection editor: the strip under the item panel, the viewer, the trash.

- ``images``: reading thumbnails and display copies on worker threads, and the
  thumbnail cache the lists draw from (the GUI thread never decodes a file)
- ``model``: the photos of an inspection as a Qt list model
- ``files``: which files a drop or a chosen folder means, and the drop handling
- ``import_flow``: the import as a background job, and its summary
- ``strip``: ``PhotoStrip``, the widget the editor shows
- ``strip_menu``: the strip's actions and context menu
- ``viewer``: ``PhotoViewer``, one photo large, with zoom and next/previous
- ``trash_dialog``: ``TrashDialog``, restoring and emptying the trash
"""

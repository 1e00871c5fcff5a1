"""The edit layer: one function per user action (Anki's `aqt.operations` is the model).

Widgets call these and nothing else to change a walk or its participants. Each function
works out the new immutable state, pushes one undo command (operations/edit.py) and so
makes the document announce what changed and who asked. `initiator` is the view that
asked, so it can leave itself alone (a form keeps its caret).
"""

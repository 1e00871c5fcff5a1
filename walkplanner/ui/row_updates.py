"""Tell a table's views what an edit did to its rows, instead of resetting the model.

Views keep their selection, current cell, scroll position and open editors through row
inserts, removals, moves and `dataChanged`; a reset would lose all of them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex

from walkplanner.ui.document import Rows


def announce(
    model: QAbstractTableModel,
    rows: Rows,
    old_count: int,
    new_count: int,
    set_count: Callable[[int], None],
) -> None:
    """Emit the row signals for `rows`, the model's data being new already; `set_count`
    moves the row count the model reports one step at a time, as Qt expects. Rows whose
    content shifted (those after an insert, a removal or a move) get `dataChanged`."""
    root = QModelIndex()
    count = old_count
    if not rows.known or old_count - len(rows.removed) + len(rows.inserted) != new_count:
        _resize(model, old_count, new_count, set_count)
        changed(model, 0, new_count - 1)
        return
    if rows.moved is not None:
        source, destination = rows.moved
        # Qt counts the destination before the move: below the source it is one further.
        model.beginMoveRows(root, source, source, root, destination + (destination > source))
        model.endMoveRows()
    for row in sorted(rows.removed, reverse=True):
        model.beginRemoveRows(root, row, row)
        count -= 1
        set_count(count)
        model.endRemoveRows()
    for row in sorted(rows.inserted):
        model.beginInsertRows(root, row, row)
        count += 1
        set_count(count)
        model.endInsertRows()
    shifted = [*rows.removed, *rows.inserted, *(rows.moved or ())]
    if shifted:
        changed(model, min(shifted), count - 1)
    for row in rows.edited:
        changed(model, row, row)


def changed(model: QAbstractTableModel, first: int, last: int, column: int | None = None) -> None:
    """`dataChanged` for rows first..last, in one column or all of them."""
    if first > last or last < 0:
        return
    left = 0 if column is None else column
    right = model.columnCount() - 1 if column is None else column
    model.dataChanged.emit(model.index(first, left), model.index(last, right))


def _resize(
    model: QAbstractTableModel, old_count: int, new_count: int, set_count: Callable[[int], None]
) -> None:
    root = QModelIndex()
    if new_count < old_count:
        model.beginRemoveRows(root, new_count, old_count - 1)
        set_count(new_count)
        model.endRemoveRows()
    elif new_count > old_count:
        model.beginInsertRows(root, old_count, new_count - 1)
        set_count(new_count)
        model.endInsertRows()

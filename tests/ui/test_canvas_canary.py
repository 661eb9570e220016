"""PySide6 6.12.0 on Python < 3.12 drops a reference
to None on every void-returning call and aborts after a few thousand. The canvas
makes such calls on every drag, so this canary fails first if a broken Qt slips in."""

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene


def test_thousands_of_setpos_calls_leave_the_refcount_of_none_unchanged(qapp):
    scene = QGraphicsScene()
    item = QGraphicsRectItem(0, 0, 10, 10)
    scene.addItem(item)
    path = QPainterPath()
    for i in range(100):  # warm up: first calls may create lasting objects
        item.setPos(i, i)
    before = sys.getrefcount(None)
    for i in range(5000):
        item.setPos(float(i), float(i % 7))
        path.lineTo(QPointF(i, i))
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"refcount of None moved by {after - before} over 10,000 calls"

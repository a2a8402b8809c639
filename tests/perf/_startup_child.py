"""Child process for the cold-start benchmark: show a window, paint once, exit.

``bare``: a bare PySide6 window.  ``companion``: the real entry point up to the unlock
screen.  ``QApplication.exec`` is replaced by one pass of the event loop so both exit right
after their first paint; the parent times the whole process, interpreter start included.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def _paint_once_and_return(*_args: object) -> int:
    QApplication.processEvents()
    QApplication.processEvents()
    return 0


QApplication.exec = _paint_once_and_return  # type: ignore[method-assign,assignment]

if sys.argv[1] == "bare":
    from PySide6.QtWidgets import QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("bare")
    window.resize(900, 640)
    window.show()
    sys.exit(app.exec())
else:
    import os

    from companion.cli import main

    # As a user starts it: plain `companion`, the folder chosen by the environment.
    os.environ["COMPANION_DATA_DIR"] = sys.argv[2]
    sys.exit(main([]))

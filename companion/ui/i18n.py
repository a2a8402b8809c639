"""The one name outside a widget for Qt's translator: ``translate("Context", "literal")``.

``translate`` is ``QCoreApplication.translate`` under a short name; ``pyside6-lupdate`` extracts any call of a
function named ``translate`` whose context and text are string literals. Widgets use ``self.tr("…")``
(their class name is the context); everything else names its context, the same at every call of one
module or feature, e.g. ``translate("History", "Completed")``. Tables of labels are marked where they
are written, ``QT_TRANSLATE_NOOP("History", "Mild")``, and translated at use with the same context.
Never a wrapper that takes the text as a variable: lupdate can only read literals
(``tests/unit/test_translatable.py`` checks all of this).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

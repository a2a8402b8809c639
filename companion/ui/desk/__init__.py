"""The clinician's desk window (DESIGN.md §2): set up or unlock the desk, the patients, their exports
verified first and then shown. The Qt-free work is in :mod:`companion.desk`; ``run_desk`` starts it."""

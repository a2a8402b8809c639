"""Qt-free use cases and read models shared by the UI, the command line and the export (DESIGN.md §4)."""

"""The PySide6 desktop client of the domain and storage layers."""

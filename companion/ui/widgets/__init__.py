"""The shared widget kit: controls and views used by more than one part of the app."""

"""Pure-Python core: no Qt, no disk. Driven from tests, the command line and the GUI alike."""

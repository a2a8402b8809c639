"""Icons, translations and other files the app loads at run time (installed as ``companion.resources``)."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(relative: str) -> Traversable:
    """A file under ``resources/``, e.g. ``resource("icons/companion.svg")``."""
    return files(__name__).joinpath(relative)

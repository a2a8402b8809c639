"""Command line (placeholder until the CLI lands in this issue)."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    return 0

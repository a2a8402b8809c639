"""The layout :func:`companion.export.fhir_bundle.fhir_bundle_json` writes, so the desk parses only the lines
it needs: the Bundle's head on the first line, then one entry a line (each beginning with its
``urn:uuid`` fullUrl and its resourceType), then ``]}``.

``json.loads`` of a whole two-year bundle (8 MB) takes about 0.1 s and holds the GIL all that time, so
the window's thread stalls while a worker parses it. The bundle reader
(:mod:`companion.desk.bundle_reading`) parses only the entries it shows; the facts read before it
(:mod:`companion.desk.export_facts`) parse the head and the Patient's line alone. A bundle laid out any
other way gets None here, and each of them parses it whole instead, to the same result.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

_HEAD_END = b',"entry":['
_TAIL = b"\n]}\n"
_TYPE_AT = len(b'{"fullUrl":"urn:uuid:') + 36
_TYPE_PREFIX = b'","resource":{"resourceType":"'


@dataclass(frozen=True)
class BundleLines:
    """A bundle laid out as the app writes it: its head, and where its entries' lines are."""

    data: bytes
    head: bytes  # the Bundle's own members as one JSON object (the entries left out)
    entries_start: int
    entries_end: int

    def entries(self) -> Iterator[bytes]:
        """Each entry's JSON in order, one line each, without the comma between entries; blank lines skipped.

        Lazy: a reader that needs only the first entries stops early and never touches the rest.
        """
        data, at, end = self.data, self.entries_start, self.entries_end
        while at < end:
            stop = data.find(b"\n", at, end)
            if stop < 0:
                stop = end
            line = data[at:stop].removesuffix(b",")
            at = stop + 1
            if line:
                yield line


def bundle_lines(data: bytes) -> BundleLines | None:
    """``data`` as the app lays a bundle out (a head line, entry lines, ``]}``); None for any other layout."""
    first = data.find(b"\n")
    if first < 0 or not data.endswith(_TAIL) or not data[:first].endswith(_HEAD_END):
        return None
    head = data[: first - len(_HEAD_END)] + b"}"
    return BundleLines(data, head, first + 1, max(first + 1, len(data) - len(_TAIL)))


def entry_type(line: bytes) -> bytes | None:
    """The resourceType an entry line begins with; None when the line does not begin as the app writes one."""
    if not line.startswith(_TYPE_PREFIX, _TYPE_AT):
        return None
    start = _TYPE_AT + len(_TYPE_PREFIX)
    end = line.find(b'"', start)
    return None if end < 0 else line[start:end]

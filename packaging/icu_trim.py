"""A small libicudata for the Linux bundle: Qt's ICU 73 data (32 MB) cut down to what companion can reach.

Qt Core links libicuuc/libicui18n/libicudata, so the library must exist, but companion never asks ICU for
data on its paths: traced with gdb (breakpoints on udata_openChoice, ucol_open, ucnv_open, ubrk_open,
ures_open) through `demo` (vault + desk + window), `export` and `desk --demo`, ICU opened no data at all.
Qt's own tables do normalisation, case, text boundaries and number/date formats; ICU serves QCollator
(locale-aware sorting), time-zone display names and legacy text codecs. The collation data for the app's
languages (root, English, Spanish) is kept anyway, so a locale-aware sort added later still works in
those languages; everything else in the package is left out.

The data is ICU's "common data" format (a header, a table of contents, 16-byte aligned items); the
library is one exported symbol, ``icudt73_dat``, assembled with binutils (`as`, `ld`), as ICU's own
`pkgdata --mode dll` does. Run on its own to build and list: ``python packaging/icu_trim.py SRC OUT_DIR``.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

# Item names inside the package, without the "icudt73l/" prefix.
KEEP = (
    # locale plumbing ucol_open goes through (fallback chain, aliases, likely subtags)
    "res_index.res", "root.res", "pool.res", "en.res", "en_US.res", "es.res", "es_ES.res",
    "likelySubtags.res", "metadata.res", "supplementalData.res", "keyTypeData.res",
    # collation: the root table and the app's languages
    "coll/ucadata.icu", "coll/res_index.res", "coll/root.res", "coll/en*.res", "coll/es*.res",
    # converter aliases, so QStringConverter's lookup by name answers "unknown" instead of failing
    "cnvalias.icu",
)


def _elf_section(library: bytes, wanted: str) -> bytes:
    """The bytes of one section of a 64-bit little-endian ELF file (the only kind PySide6 ships on Linux)."""
    if library[:6] != b"\x7fELF\x02\x01":
        raise ValueError("not a 64-bit little-endian ELF library")
    shoff, = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQ", library, shoff + i * shentsize) for i in range(shnum)]
    names_at = sections[shstrndx][4]
    for name_offset, _type, _flags, _addr, offset, size in sections:
        name = library[names_at + name_offset:library.index(b"\0", names_at + name_offset)].decode()
        if name == wanted:
            return library[offset:offset + size]
    raise ValueError(f"no {wanted} section")


def _items(data: bytes) -> tuple[bytes, str, dict[str, bytes]]:
    """(header, package prefix, {name: item}) of an ICU common-data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    count, = struct.unpack_from("<I", data, header_size)
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    ends = sorted(offset for _name, offset in toc)
    # The symbol may be followed by padding; the last item ends at the last entry's end, which the table
    # does not give, so it runs to the end of the blob (ICU does the same).
    end_of = {start: end for start, end in zip(ends, [*ends[1:], len(data) - header_size], strict=True)}
    items = {}
    for name_offset, data_offset in toc:
        start = header_size + name_offset
        name = data[start:data.index(b"\0", start)].decode("ascii")
        items[name] = data[header_size + data_offset:header_size + end_of[data_offset]]
    prefix = next(iter(items)).split("/", 1)[0] + "/"
    return data[:header_size], prefix, items


def _package(header: bytes, items: dict[str, bytes]) -> bytes:
    names = sorted(items)  # ICU looks items up by binary search on the names
    table_size = 4 + 8 * len(names)
    name_bytes = b"".join(name.encode("ascii") + b"\0" for name in names)
    first_item = -(-(table_size + len(name_bytes)) // 16) * 16
    entries, body, name_at, data_at = [], b"", table_size, first_item
    for name in names:
        entries.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        item = items[name] + b"\0" * (-len(items[name]) % 16)
        body += item
        data_at += len(item)
    toc = struct.pack("<I", len(names)) + b"".join(entries) + name_bytes
    return header + toc + b"\0" * (first_item - len(toc)) + body


def trimmed_icudata(source: Path, out_dir: Path) -> Path:
    """Write out_dir/<same name as source> holding only the KEEP items; return its path."""
    match = re.search(r"libicudata\.so\.(\d+)", source.name)
    if not match:
        raise ValueError(f"{source} is not a libicudata")
    header, prefix, items = _items(_elf_section(source.read_bytes(), ".rodata"))
    kept = {name: item for name, item in items.items()
            if any(fnmatch.fnmatch(name[len(prefix):], pattern) for pattern in KEEP)}
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "icudata.dat").write_bytes(_package(header, kept))
    symbol = f"icudt{match.group(1)}_dat"
    (out_dir / "icudata.s").write_text(
        f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n'
        f'.incbin "icudata.dat"\n.size {symbol}, . - {symbol}\n.section .note.GNU-stack,"",@progbits\n'
    )
    target = out_dir / source.name
    assembler, linker = shutil.which("as"), shutil.which("ld")
    if assembler is None or linker is None:
        raise RuntimeError("binutils ('as', 'ld') is needed to build the trimmed ICU data library")
    subprocess.run([assembler, "-o", "icudata.o", "icudata.s"], cwd=out_dir, check=True)
    subprocess.run([linker, "-shared", "-soname", source.name, "-o", target.name, "icudata.o"],
                   cwd=out_dir, check=True)
    return target


if __name__ == "__main__":
    built = trimmed_icudata(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{built}: {built.stat().st_size / 1e6:.1f} MB")

"""The clinician's desk, without Qt: its own folder, the clinician's key, the patients it trusts,
exports verified against them and read into one timeline per patient (DESIGN.md §2, §6).

It needs no patient vault.  It may use ``export`` (verify, the bundle's shape), ``storage`` (the key
and file primitives) and ``domain`` (the care plan); only ``ui`` and the composition roots use it.
"""

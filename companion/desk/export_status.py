"""What the desk says about an export it opened, first of all (DESIGN.md §2: verification status first)."""

from __future__ import annotations

from enum import StrEnum


class ExportStatus(StrEnum):
    """The verdict on one export, from the clinician's point of view.

    Only ``VALID_FOR_PATIENT`` means "trust it": intact, and signed by the key the clinician confirmed
    with that patient. ``UNKNOWN_KEY`` is intact and self-consistent but proves nothing about who made
    it until the clinician confirms the fingerprint with the patient. ``KEY_CHANGED`` is the loud one: the
    export is meant to come from a known patient but another key signed it.
    """

    VALID_FOR_PATIENT = "valid_for_patient"
    ALTERED = "altered"  # changed after signing, or not an export: the problems name each file
    UNKNOWN_KEY = "unknown_key"  # intact and signed, by a key that is no patient's
    KEY_CHANGED = "key_changed"  # a known patient's export (expected, or by name), signed by another key
    UNREADABLE = "unreadable"  # could not be checked at all (one sentence says why)

    @property
    def trusted(self) -> bool:
        return self is ExportStatus.VALID_FOR_PATIENT

    @property
    def is_warning(self) -> bool:
        """Shown as a warning, never in the colours or words of "valid"."""
        return self is not ExportStatus.VALID_FOR_PATIENT

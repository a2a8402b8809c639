"""The chime: a soft bell and a louder three-tone alarm; silent (and quiet in the log) without audio."""

from __future__ import annotations

import struct

from PySide6.QtWidgets import QApplication

from companion.ui.session.chime import AudioChime, ChimeLevel, chime_samples


def _peak(samples: bytes) -> int:
    return max(abs(value) for (value,) in struct.iter_unpack("<h", samples))


def test_the_urgent_chime_is_longer_and_louder_than_the_gentle_one() -> None:
    gentle, urgent = chime_samples(ChimeLevel.GENTLE), chime_samples(ChimeLevel.URGENT)
    assert len(urgent) == 3 * len(gentle)
    assert _peak(urgent) > 2 * _peak(gentle)


def test_playing_never_fails_or_warns_without_an_audio_device(qapp: QApplication) -> None:
    chime = AudioChime()
    chime.play(ChimeLevel.GENTLE)
    chime.play(ChimeLevel.URGENT)  # qt_log_level_fail=WARNING fails the test on any Qt warning
    qapp.processEvents()

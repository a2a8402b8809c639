"""The check-in chime: gentle when a check-in falls due, louder and repeated when it is missed.

The sound is synthesised in memory and played through QtMultimedia's ``QAudioSink``, so no sound
file has to ship or be written anywhere (``QSoundEffect`` only plays from a URL).  Audio is a
courtesy, never a dependency: when QtMultimedia cannot load (no audio libraries), or there is no
output device, the chime is silent and says nothing.  Tests inject :class:`RecordingChime`.
"""

from __future__ import annotations

import math
import struct
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLoggingCategory, QObject

_SAMPLE_RATE = 22_050


class ChimeLevel(StrEnum):
    GENTLE = "gentle"  # a check-in fell due
    URGENT = "urgent"  # the grace period is over: louder, two tones


class Chime(Protocol):
    def play(self, level: ChimeLevel) -> None:
        """Sound the chime once at ``level`` (silently does nothing when there is no audio)."""


class SilentChime:
    def play(self, level: ChimeLevel) -> None:
        """No audio: the visual prompt carries the check-in on its own."""


class RecordingChime:
    """For tests: remembers every chime instead of making a sound."""

    def __init__(self) -> None:
        self.played: list[ChimeLevel] = []

    def play(self, level: ChimeLevel) -> None:
        self.played.append(level)


def chime_samples(level: ChimeLevel) -> bytes:
    """16-bit mono PCM: a soft bell (one tone) or an urgent one (three louder tones)."""
    tones = [(660.0, 0.25)] if level is ChimeLevel.GENTLE else [(880.0, 0.8), (660.0, 0.8), (880.0, 0.8)]
    frames = bytearray()
    length = int(_SAMPLE_RATE * 0.45)
    for frequency, volume in tones:
        for index in range(length):
            t = index / _SAMPLE_RATE
            envelope = math.exp(-6.0 * t)  # a bell's fast attack and slow fade
            value = volume * envelope * math.sin(2 * math.pi * frequency * t)
            frames += struct.pack("<h", int(value * 32_000))
    return bytes(frames)


class AudioChime(QObject):
    """Plays :func:`chime_samples` on the default output; built lazily on the first chime."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ready: bool | None = None  # None: not tried yet
        self._sink: Any = None
        self._buffer: QBuffer | None = None

    def play(self, level: ChimeLevel) -> None:
        if self._ready is None:
            self._ready = self._prepare()
        if not self._ready or self._sink is None:
            return
        self._sink.stop()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(chime_samples(level)))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._sink.start(buffer)

    def _prepare(self) -> bool:
        # QtMultimedia probes optional libraries (PipeWire, VA-API) and warns for each one it lacks;
        # none of them matter for a chime, so that category is kept quiet.
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
        try:
            from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices
        except ImportError:  # QtMultimedia's system libraries are missing: stay silent
            return False
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return False
        audio_format = QAudioFormat()
        audio_format.setSampleRate(_SAMPLE_RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            return False
        self._sink = QAudioSink(device, audio_format, self)
        return True

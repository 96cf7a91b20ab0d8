"""Write the short sounds the kiosk plays, as small WAV files (standard library only).

    python tools/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "src" / "trefpuntje" / "resources" / "sounds"

# name: [(frequency Hz, seconds), ...]: a rising chime for welcome, a low double tone for "no".
SOUNDS = {
    "welcome": [(660, 0.12), (880, 0.18)],
    "problem": [(330, 0.15), (0, 0.05), (330, 0.15)],
}


def tone(frequency: float, seconds: float) -> list[int]:
    count = int(RATE * seconds)
    fade = int(RATE * 0.01)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / fade, (count - i) / fade) if fade else 1.0
        value = math.sin(2 * math.pi * frequency * i / RATE) if frequency else 0.0
        samples.append(int(12000 * envelope * value))
    return samples


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, notes in SOUNDS.items():
        samples = [s for frequency, seconds in notes for s in tone(frequency, seconds)]
        with wave.open(str(OUT / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
        print(OUT / f"{name}.wav")


if __name__ == "__main__":
    main()

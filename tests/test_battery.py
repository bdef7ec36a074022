"""The reliability battery (bench/*.py) at its reduced size: each script must end with exit 0.

Each script sets up its own services, runs its scenario, recounts from the sources of truth
and exits non-zero when a count that must be zero is not; the full sizes run from the README.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.settings import PROJECT_ROOT

SCRIPTS = ["loops", "hostile", "chaos", "load", "security", "faults"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_battery_script_at_its_small_size_finds_every_must_be_zero_count_at_zero(
        script: str) -> None:
    done = subprocess.run([sys.executable, str(PROJECT_ROOT / "bench" / f"{script}.py"),
                           "--small"], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=600)

    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, f"{last}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert last.startswith(f"{script}: ")

"""Peak resident memory of this process, as benchmarks of fresh child processes need it."""

from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_mb() -> float:
    """This process's own peak resident set in MB.

    Read from ``VmHWM`` in ``/proc/self/status`` (the high-water mark of this program's memory, which starts
    afresh at ``exec``), not ``ru_maxrss``: on Linux a child keeps the parent's ``ru_maxrss`` across
    ``fork`` and ``exec``, so a child started by a big benchmark process reports the parent's peak.
    ``ru_maxrss`` is the fallback where ``/proc`` is missing.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # fakecoder / bulkcorpus, also for Dask worker processes
    sys.path.insert(0, str(HERE))

from scale_helpers import FAKE_CODER, REAL_CODER, real_coder_available  # noqa: E402


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bulkcorpus import write_corpus

    root = tmp_path_factory.mktemp("bulk-corpus")
    write_corpus(root, n=120)
    return root


@pytest.fixture(scope="session")
def e2e_coder() -> str:
    """The real coder once it exists (``detente.coding.batch``), the test double before."""
    return REAL_CODER if real_coder_available() else FAKE_CODER


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Slow tests of this folder run only when asked for (``-m slow``)."""
    if "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with -m slow")
    for item in items:
        if "slow" in item.keywords and HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)

"""Options for the notebook checks: which warehouse to run the notebooks on, where executed copies go."""
import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))   # khabar_nb, synthetic_warehouse


def pytest_addoption(parser):
    parser.addoption("--warehouse", default=os.environ.get("KHABAR_WAREHOUSE", str(HERE.parent / "warehouse")),
                     help="warehouse to execute the notebooks on (default: ./warehouse, or $KHABAR_WAREHOUSE)")
    parser.addoption("--notebook-out", default=os.environ.get("KHABAR_NOTEBOOK_OUT",
                                                              str(HERE.parent / "target" / "notebooks")),
                     help="where executed notebooks and their HTML go (default: target/notebooks)")
    parser.addoption("--skip-filled", action="store_true",
                     help="do not also run 02/03 on a copy of the warehouse with synthetic events")


@pytest.fixture(scope="session")
def warehouse(pytestconfig) -> Path:
    wh = Path(pytestconfig.getoption("--warehouse")).resolve()
    if not (wh / "articles").is_dir():
        pytest.fail(f"no warehouse at {wh}: build it with bin/khabar (bin/notebooks does) or pass --warehouse")
    return wh


@pytest.fixture(scope="session")
def out_dir(pytestconfig) -> Path:
    out = Path(pytestconfig.getoption("--notebook-out")).resolve()
    if out == HERE:
        pytest.fail("--notebook-out must not be notebooks/: executed copies never replace the committed ones")
    out.mkdir(parents=True, exist_ok=True)
    return out

"""Options for the notebook checks: which warehouse to run the notebooks on, where executed copies go."""
import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))   # khabar_nb, synthetic_warehouse

# the notebooks' Spark driver JVM (started by pyspark in each kernel, which inherits this environment) compiles
# with C1 only: each notebook runs seconds of queries, where C2's compiling costs more CPU than it gives back
# (38 -> 21 CPU seconds for a session and a few queries on the sample warehouse). Analysts' kernels are not affected.
os.environ.setdefault("PYSPARK_SUBMIT_ARGS", "--driver-java-options -XX:TieredStopAtLevel=1 pyspark-shell")


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

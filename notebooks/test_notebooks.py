"""The notebook checks: committed notebooks are clean, and every notebook executes end to end.

Each notebook runs with papermill in a fresh kernel against the warehouse (--warehouse, default
./warehouse); a cell that raises fails its test. Executed copies and their HTML renderings go to
--notebook-out (default target/notebooks), never over the committed notebooks. 02 and 03 also run
on a copy of the warehouse with synthetic linked entities and events (synthetic_warehouse.py), so
the cells that only do something once the linker and the event coder land are exercised too.
"""
import re
from pathlib import Path

import nbformat
import papermill
import pytest
from nbconvert import HTMLExporter

import synthetic_warehouse

HERE = Path(__file__).resolve().parent
NOTEBOOKS = sorted(HERE.glob("[0-9][0-9]_*.ipynb"))
NAMES = [nb.stem for nb in NOTEBOOKS]
URDU = re.compile(r"[\u0600-\u06ff]")


def execute(name: str, warehouse: Path, out: Path) -> nbformat.NotebookNode:
    """Runs notebooks/<name>.ipynb on the warehouse; writes <out>/<name>.ipynb and .html."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{name}.ipynb"
    papermill.execute_notebook(str(HERE / f"{name}.ipynb"), str(target),
                               parameters={"warehouse": str(warehouse)}, cwd=str(HERE),
                               kernel_name="python3", progress_bar=False)
    nb = nbformat.read(target, as_version=4)
    html, _ = HTMLExporter().from_notebook_node(nb)
    (out / f"{name}.html").write_text(html, encoding="utf-8")
    return nb


def outputs(nb, kind: str):
    """All outputs of one MIME type (text/html, image/png) in an executed notebook."""
    return ["".join(o["data"][kind]) if isinstance(o["data"][kind], list) else o["data"][kind]
            for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if kind in o.get("data", {})]


def test_there_are_the_notebooks():
    assert NAMES == ["01_tour", "02_entities", "03_events", "04_quality", "05_themes_tone", "06_map_quotes"]


@pytest.mark.parametrize("name", NAMES)
def test_committed_notebook_has_no_outputs(name):
    nb = nbformat.read(HERE / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"
             and (c.outputs or c.execution_count is not None)]
    assert not dirty, f"{name}: cells {dirty} carry outputs or execution counts; clear them before committing"
    assert "papermill" not in nb.metadata, f"{name}: committed an executed copy (papermill metadata)"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_opens_with_what_it_answers_and_parameters(name):
    nb = nbformat.read(HERE / f"{name}.ipynb", as_version=4)
    assert nb.cells[0].cell_type == "markdown" and "What this answers" in nb.cells[0].source
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1, f"{name}: needs exactly one cell tagged 'parameters'"
    assert re.search(r'^warehouse = "\.\./warehouse"', params[0].source, re.M)


def test_pyspark_matches_the_jobs_spark():
    pom = (HERE.parent / "pom.xml").read_text(encoding="utf-8")
    spark = re.search(r"<spark.version>([^<]+)</spark.version>", pom).group(1)
    reqs = (HERE / "requirements.txt").read_text(encoding="utf-8")
    assert f"pyspark=={spark}\n" in reqs


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_on_the_warehouse(name, warehouse, out_dir):
    nb = execute(name, warehouse, out_dir)
    assert outputs(nb, "text/html"), f"{name} showed nothing"
    if name == "01_tour":   # the sample article: Urdu text in a right-to-left element
        rtl = [h for h in outputs(nb, "text/html") if 'dir="rtl"' in h and URDU.search(h)]
        assert rtl, "01_tour shows no Urdu text with dir=rtl"
        assert outputs(nb, "image/png"), "01_tour drew no plot"
    if name == "06_map_quotes":  # the sample run has linked places, events with points and quotations
        html = "\n".join(outputs(nb, "text/html"))
        assert "No linked place has a point" not in html and "quotes table is empty" not in html
        assert len(outputs(nb, "image/png")) >= 3, "06_map_quotes drew fewer than two maps and a bar chart"


@pytest.fixture(scope="session")
def filled_warehouse(pytestconfig, warehouse, out_dir) -> Path:
    if pytestconfig.getoption("--skip-filled"):
        pytest.skip("--skip-filled")
    return synthetic_warehouse.build(warehouse, out_dir / "filled-warehouse")


@pytest.mark.parametrize("name", ["02_entities", "03_events", "05_themes_tone", "06_map_quotes"])
def test_notebook_runs_once_entities_are_linked_and_events_coded(name, filled_warehouse, out_dir):
    nb = execute(name, filled_warehouse, out_dir / "filled")
    html = "\n".join(outputs(nb, "text/html"))
    assert "No events" not in html and "No mentions linked" not in html and "No themes" not in html \
        and "No article tone" not in html, f"{name} found nothing to show"
    assert len(outputs(nb, "image/png")) >= 3, f"{name} drew fewer plots than expected"
    if name == "02_entities":  # the followed country, in both languages
        assert re.search(r">ur<", html) and re.search(r">en<", html)

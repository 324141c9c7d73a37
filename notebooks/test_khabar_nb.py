"""Unit checks of the notebook helpers (fast, no Spark)."""
from pathlib import Path

import pandas as pd

import khabar_nb as kn

HERE = Path(__file__).resolve().parent


def test_urdu_text_is_right_to_left_and_escaped():
    assert kn.text_html("عراق <b>", "ur") == '<div dir="rtl" lang="ur">عراق &lt;b&gt;</div>'
    assert 'dir="auto"' in kn.text_html("Iraq", "en")


def test_table_cells_take_their_own_direction():
    html = kn.table_html(pd.DataFrame({"dateline": ["بغداد", "Baghdad"], "n": [1, 2.5]}))
    assert '<td dir="auto" style="text-align:start">بغداد</td>' in html
    assert '<td dir="auto" style="text-align:start">2.5</td>' in html
    rtl = kn.table_html(pd.DataFrame({"t": ["بغداد"]}), rtl_columns=("t",))
    assert '<td dir="rtl" style="text-align:start">بغداد</td>' in rtl
    assert "no rows" in kn.table_html(pd.DataFrame())


def test_highlight_uses_utf16_offsets():
    text = "😀 Iraq"            # the emoji is two UTF-16 units, one Python char
    html = kn.highlight_html(text, [(3, 7, "LOCATION iso3166:IQ")], "en")
    assert '<mark title="LOCATION iso3166:IQ">Iraq</mark>' in html


def test_highlight_in_urdu():
    text = "بغداد میں راکٹ"
    html = kn.highlight_html(text, [(0, 5, "LOCATION")], "ur")
    assert html.startswith('<div dir="rtl" lang="ur"') and "<mark" in html and ">بغداد</mark>" in html


def test_column_docs_cover_every_table():
    docs = kn.column_docs(HERE.parent / "docs" / "tables.md")
    assert set(kn.TABLES) <= set(docs)
    assert docs["entities"]["kb_id"].startswith("Language-independent id")

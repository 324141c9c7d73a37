"""Small helpers shared by the khabar notebooks: sessions, table paths, RTL-safe HTML, plot fonts.

Everything here is plain PySpark / DuckDB / pandas; a notebook could inline it. It lives in one
file so the notebooks stay short and behave the same.
"""
from __future__ import annotations

import html
import os
import re
from pathlib import Path

TABLES = ("articles", "sentences", "entities", "events", "quotes", "themes", "rejects", "runs")

# Languages written right to left (ISO 639-1): their text gets dir="rtl" in HTML.
RTL_LANGUAGES = {"ur", "ar", "fa", "ps", "sd", "ug", "he", "yi", "dv", "ks"}


# --- reading the warehouse --------------------------------------------------------------------

def table_path(warehouse: str, table: str) -> str:
    return os.path.join(warehouse, table)


def has_files(warehouse: str, table: str) -> bool:
    """True when the table has at least one Parquet file (an empty table may still have one)."""
    return any(Path(table_path(warehouse, table)).glob("*/*.parquet"))


def spark_session(master: str = "local[2]", app: str = "khabar-notebook"):
    """A SparkSession as an analyst would open one; on a cluster pass its master URL instead."""
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(master).appName(app)
             .config("spark.sql.session.timeZone", "UTC")      # the job writes UTC timestamps
             .config("spark.sql.shuffle.partitions", "4")      # small data: few shuffle tasks
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_tables(spark, warehouse: str, names=TABLES) -> dict:
    """Reads every table with partition discovery (dump_date becomes a date column) and registers
    it as a temp view of the same name, so `spark.sql("select ... from articles")` works.
    Tables with no files yet are left out (and reported)."""
    frames = {}
    for t in names:
        if has_files(warehouse, t):
            frames[t] = spark.read.parquet(table_path(warehouse, t))
            frames[t].createOrReplaceTempView(t)
        else:
            print(f"{t}: no Parquet files under {table_path(warehouse, t)} yet")
    return frames


def duckdb_connection(warehouse: str):
    """A DuckDB connection with one view per table over the Hive-partitioned Parquet files."""
    import duckdb

    con = duckdb.connect()
    for t in TABLES:
        if has_files(warehouse, t):
            glob = os.path.join(warehouse, t, "*", "*.parquet").replace("'", "''")
            con.sql(f"create view {t} as "
                    f"select * from read_parquet('{glob}', hive_partitioning = true)")
    return con


def column_docs(tables_md: str) -> dict:
    """{table: {column: meaning}} parsed from docs/tables.md; empty when the file is missing."""
    p = Path(tables_md)
    if not p.exists():
        return {}
    docs, table = {}, None
    for line in p.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            table = line[3:].strip()
            docs[table] = {}
        m = re.match(r"\|\s*`([^`]+)`\s*\|[^|]*\|[^|]*\|\s*(.*?)\s*\|\s*$", line)
        if table and m:
            docs[table][m.group(1)] = m.group(2)
    return docs


# --- showing text: right to left where it should be --------------------------------------------

def direction(language: str | None) -> str:
    return "rtl" if (language or "").split("-")[0] in RTL_LANGUAGES else "auto"


def text_html(text: str, language: str | None = None, tag: str = "div") -> str:
    """Escaped text in an element with dir="rtl" for Urdu (and other RTL languages), else
    dir="auto" (the browser takes the direction from the first strong character)."""
    lang = f' lang="{html.escape(language)}"' if language else ""
    return f'<{tag} dir="{direction(language)}"{lang}>{html.escape(text or "")}</{tag}>'


def table_html(df, max_rows: int = 50, rtl_columns: tuple = ()) -> str:
    """A pandas DataFrame as an HTML table whose cells each get dir="auto", so Urdu cells read
    right to left and English ones left to right in the same table; columns named in
    rtl_columns get dir="rtl". Works in JupyterLab, VS Code and nbconvert's HTML alike."""
    if df is None or len(df) == 0:
        return "<p><i>(no rows)</i></p>"
    shown = df.head(max_rows)
    head = "".join(f'<th style="text-align:start">{html.escape(str(c))}</th>' for c in shown.columns)
    rows = []
    for rec in shown.itertuples(index=False):
        cells = []
        for col, v in zip(shown.columns, rec):
            d = "rtl" if col in rtl_columns else "auto"
            cells.append(f'<td dir="{d}" style="text-align:start">{html.escape(_cell(v))}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = f"<p><i>{len(df) - max_rows} more rows not shown</i></p>" if len(df) > max_rows else ""
    return f'<table class="khabar">\n<tr>{head}</tr>\n' + "\n".join(rows) + "\n</table>" + more


def show(df, max_rows: int = 50, rtl_columns: tuple = ()):
    from IPython.display import HTML, display

    display(HTML(table_html(df, max_rows, rtl_columns)))


def _cell(v) -> str:
    import math

    import pandas as pd

    if v is None or v is pd.NA or v is pd.NaT:
        return ""
    if isinstance(v, pd.Timestamp) and v.tz is None and v == v.normalize():
        return v.date().isoformat()                        # a date (dump_date from pandas)
    if hasattr(v, "tolist") and not isinstance(v, str):   # numpy scalars and arrays
        v = v.tolist()
    if isinstance(v, float):
        return "" if math.isnan(v) else f"{v:,.3f}".rstrip("0").rstrip(".")
    if isinstance(v, (list, tuple)):
        return " · ".join(str(x) for x in v)
    return str(v)


def utf16_index(text: str):
    """Maps a UTF-16 offset (what the tables store) to a Python str index. Equal for text in
    the Basic Multilingual Plane (all Urdu and English); differs after an emoji or the like."""
    if all(ord(c) <= 0xFFFF for c in text):
        return lambda i: i
    starts, u = {}, 0
    for i, c in enumerate(text):
        starts[u] = i
        u += 2 if ord(c) > 0xFFFF else 1
    starts[u] = len(text)
    return lambda i: starts.get(i, min(len(text), i))


def highlight_html(text: str, spans, language: str | None = None) -> str:
    """The text with spans [(char_begin, char_end, label), ...] (UTF-16 offsets) wrapped in
    <mark title=label>; overlapping spans after the first are skipped."""
    to_py = utf16_index(text or "")
    out, pos = [], 0
    for b, e, label in sorted(((to_py(b), to_py(e), lbl) for b, e, lbl in spans),
                              key=lambda s: (s[0], -s[1])):
        if b < pos or e <= b:
            continue
        out.append(html.escape(text[pos:b]))
        out.append(f'<mark title="{html.escape(str(label))}">{html.escape(text[b:e])}</mark>'
                   f'<sub>{html.escape(str(label).split()[0])}</sub>')
        pos = e
    out.append(html.escape(text[pos:]))
    lang = f' lang="{html.escape(language)}"' if language else ""
    return (f'<div dir="{direction(language)}"{lang} style="line-height:1.9; white-space:pre-wrap">'
            f'{"".join(out)}</div>')


# --- plots ---------------------------------------------------------------------------------------

def setup_plots():
    """matplotlib with a font that has Urdu's letters (ٹ ڈ ڑ ں ہ ی ے ۔). matplotlib >= 3.11
    shapes and orders Arabic script itself (libraqm), so labels are passed as plain Unicode;
    DejaVu Sans (its default) lacks several Urdu letters, so Noto Sans Arabic (pip package
    fontpkg-noto-sans-arabic) is added as a fallback font. Returns the font families in use."""
    import matplotlib
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    families = ["DejaVu Sans"]
    try:
        import fontpkg_noto_sans_arabic as noto
        for f in sorted((Path(noto.ROOT) / "files").glob("*.ttf")):
            font_manager.fontManager.addfont(str(f))
        families.append(noto.FAMILY)
    except ImportError:
        print("fontpkg-noto-sans-arabic is not installed: Urdu labels may show as boxes")
    plt.rcParams["font.family"] = families
    plt.rcParams["figure.dpi"] = 100
    plt.rcParams["figure.figsize"] = (8, 3.5)
    plt.rcParams["axes.spines.top"] = False
    plt.rcParams["axes.spines.right"] = False
    major, minor = (int(x) for x in matplotlib.__version__.split(".")[:2])
    if (major, minor) < (3, 11):
        print("matplotlib < 3.11 does not shape Arabic script: Urdu labels will look broken")
    return families


def no_rows(what: str, why: str = ""):
    """Says, in the notebook, that a table or question has no rows yet (instead of failing)."""
    from IPython.display import HTML, display

    display(HTML(f'<p style="color:#a15c00"><b>No {html.escape(what)} yet.</b> '
                 f'{html.escape(why)}</p>'))


# --- CAMEO -------------------------------------------------------------------------------------

CAMEO_ROOTS = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate",
    "04": "consult", "05": "engage in diplomatic cooperation", "06": "engage in material cooperation",
    "07": "provide aid", "08": "yield", "09": "investigate", "10": "demand", "11": "disapprove",
    "12": "reject", "13": "threaten", "14": "protest", "15": "exhibit force posture",
    "16": "reduce relations", "17": "coerce", "18": "assault", "19": "fight",
    "20": "use unconventional mass violence",
}

QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation",
                3: "verbal conflict", 4: "material conflict"}

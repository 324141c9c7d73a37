# Sourced by bin/ scripts: the project's Python environment (.venv), created from
# notebooks/requirements.txt on first use (pyspark of the job's Spark version, duckdb, papermill, ...).
KHABAR_VENV="${KHABAR_VENV:-$ROOT/.venv}"
KHABAR_PY="$KHABAR_VENV/bin/python"

ensure_python_env() {
  local req="$ROOT/notebooks/requirements.txt"
  local stamp="$KHABAR_VENV/.khabar-requirements.txt"
  if [[ ! -x "$KHABAR_PY" ]]; then
    echo "khabar: creating $KHABAR_VENV (first run downloads pyspark and friends from PyPI)..." >&2
    python3 -m venv "$KHABAR_VENV"
  fi
  if [[ -f "$req" ]]; then
    if ! cmp -s "$req" "$stamp"; then
      "$KHABAR_PY" -m pip install -q --disable-pip-version-check -r "$req" >&2
      cp "$req" "$stamp"
    fi
  elif ! "$KHABAR_PY" -c 'import pyspark' 2>/dev/null; then
    "$KHABAR_PY" -m pip install -q --disable-pip-version-check pyspark==4.1.0 >&2
  fi
}

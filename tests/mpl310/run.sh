#!/bin/sh
# The chart tests on matplotlib 3.10 (analysis.rtl's pre-shaping path), in .venv-mpl310.
# Makes the venv on first use (about a minute) and reinstalls only when pyproject.toml or
# requirements.txt change; later runs take the tests' time only. Extra arguments go to pytest.
set -eu
cd "$(dirname "$0")/../.."
PYTHON="${PYTHON:-python3}"
VENV="${MPL310_VENV:-.venv-mpl310}"
STAMP="$VENV/.installed"
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ] || [ tests/mpl310/requirements.txt -nt "$STAMP" ]; then
    test -x "$VENV/bin/python" || "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet -r tests/mpl310/requirements.txt -e '.[dev]'
    touch "$STAMP"
fi
# the point of this environment: a matplotlib without its own Arabic shaping
"$VENV/bin/python" - <<'PY'
import matplotlib, matplotlib.ft2font as ft2font
assert matplotlib.__version__.startswith("3.10."), matplotlib.__version__
assert not hasattr(ft2font, "__libraqm_version__"), "this matplotlib shapes text: not the 3.10 path"
print(f"matplotlib {matplotlib.__version__}, no libraqm: the pre-shaping path")
PY
exec "$VENV/bin/python" -m pytest -q -p no:cacheprovider tests/test_rtl.py tests/test_plots.py "$@"

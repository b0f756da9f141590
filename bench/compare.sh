#!/usr/bin/env bash
# One cold `reportgen build` of the IIJ sample (a new process each run: start-up, JIT, both workbooks, three PDFs, the
# tie-out) against the peer pipeline (bench/peer.py: openpyxl writes the same tables, LibreOffice converts them to PDF,
# pdfunite binds the bilingual one), timed in the same run with hyperfine; prints both means and the ratio.
#
# usage: bench/compare.sh [RUNS]     (needs hyperfine, /usr/bin/python3 with openpyxl, soffice, pdfunite)
set -euo pipefail
source "$(dirname "$0")/common.sh"
RUNS="${1:-10}"
cd "$ROOT"
OUT="$WORK/compare"
rm -rf "$OUT" && mkdir -p "$OUT"
"$REPORTGEN" build samples/iij-2q03/dataset.json --out "$OUT/reportgen" >/dev/null
FIGURES="$OUT/reportgen/iij-2q03-figures.json"
cp "$FIGURES" "$OUT/figures.json"
hyperfine --style basic --warmup 2 --runs "$RUNS" --export-json "$OUT/hyperfine.json" \
  -n reportgen "$REPORTGEN build samples/iij-2q03/dataset.json --out $OUT/reportgen" \
  -n openpyxl+libreoffice "/usr/bin/python3 bench/peer.py $OUT/figures.json $OUT/peer"
python3 - "$OUT/hyperfine.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
a, b = r["reportgen"], r["openpyxl+libreoffice"]
print(f"reportgen build (cold process): {a['mean']:.3f} s ± {a['stddev']:.3f} (min {a['min']:.3f})")
print(f"openpyxl + LibreOffice:         {b['mean']:.3f} s ± {b['stddev']:.3f} (min {b['min']:.3f})")
print(f"ratio: reportgen is {b['mean'] / a['mean']:.1f} times faster")
PY

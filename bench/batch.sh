#!/usr/bin/env bash
# A batch of N generated IIJ-sized datasets (bench/generate.py), built in one `reportgen batch` process; prints
# datasets per second, CPU time and peak memory (GNU time -v), and checks every file with sha256sum -c.
#
# usage: bench/batch.sh [N] [PARALLEL] [extra batch options...]    (N=1000, PARALLEL=number of processors)
set -euo pipefail
source "$(dirname "$0")/common.sh"
N="${1:-1000}"
PARALLEL="${2:-$(nproc)}"
shift $(( $# > 2 ? 2 : $# ))
DATA="$WORK/datasets-$N"
OUT="$WORK/batch-$N"
if [ ! -f "$DATA/d$(printf %04d $((N - 1)))/dataset.json" ]; then
  rm -rf "$DATA"
  python3 "$ROOT/bench/generate.py" "$N" "$DATA"
fi
rm -rf "$OUT"
/usr/bin/time -v -o "$WORK/time.txt" "$REPORTGEN" batch "$DATA" --templates "$ROOT/templates/iij" --out "$OUT" --parallel "$PARALLEL" "$@" > "$WORK/batch.log"
tail -1 "$WORK/batch.log"
python3 - "$WORK/time.txt" "$N" "$PARALLEL" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", t).group(1).strip()
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
seconds = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
user, system = float(field("User time (seconds)")), float(field("System time (seconds)"))
n = int(sys.argv[2])
print(f"{n} datasets, --parallel {sys.argv[3]}: {seconds:.1f} s wall, {n / seconds:.1f} datasets/s, "
      f"CPU {user + system:.1f} s ({user:.1f} user + {system:.1f} system, {field('Percent of CPU this job got')}), "
      f"peak RSS {int(field('Maximum resident set size (kbytes)')) / 1024:.0f} MB")
PY
(cd "$OUT" && sha256sum --quiet --strict -c SHA256SUMS && echo "sha256sum -c SHA256SUMS: all $(wc -l < SHA256SUMS) files OK")

#!/usr/bin/env bash
# Where a cold `reportgen build` spends its time: the whole process under hyperfine, compared with the renderers'
# warm-up turned off and with the runtime's start-up settings that matter here (tiered compilation and PGO), and one
# process with REPORTGEN_TIMINGS=1 printing when each stage starts.
#
# usage: bench/cold-build.sh [RUNS]
set -euo pipefail
source "$(dirname "$0")/common.sh"
RUNS="${1:-10}"
cd "$ROOT"
OUT="$WORK/cold"
rm -rf "$OUT"
CMD="$REPORTGEN build samples/iij-2q03/dataset.json --out $OUT"
hyperfine --style basic --warmup 2 --runs "$RUNS" \
  -n "as shipped" "$CMD" \
  -n "REPORTGEN_WARMUP=0 (no renderer warm-up)" "env REPORTGEN_WARMUP=0 $CMD" \
  -n "DOTNET_TieredPGO=0" "env DOTNET_TieredPGO=0 $CMD" \
  -n "DOTNET_TieredCompilation=0" "env DOTNET_TieredCompilation=0 $CMD" \
  -n "DOTNET_ReadyToRun=0 (JIT everything)" "env DOTNET_ReadyToRun=0 $CMD"
REPORTGEN_TIMINGS=1 $CMD >/dev/null

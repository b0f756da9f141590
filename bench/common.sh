# Shared by the bench scripts: the reportgen binary to measure, published once (Release, ReadyToRun, framework-dependent).
# REPORTGEN=/path/to/reportgen measures another build (e.g. a plain `dotnet build -c Release` output).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${BENCH_WORK:-$ROOT/bench/.out}"
mkdir -p "$WORK"
if [ -z "${REPORTGEN:-}" ]; then
  REPORTGEN="$WORK/publish/reportgen"
  if [ ! -x "$REPORTGEN" ] || [ -n "$(find "$ROOT/src" -newer "$REPORTGEN" -name '*.cs' -o -newer "$REPORTGEN" -name '*.csproj' | head -1)" ]; then
    echo "publishing reportgen (Release, ReadyToRun) into $WORK/publish ..." >&2
    dotnet publish "$ROOT/src/ReportGen.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$WORK/publish" >&2
  fi
fi
export REPORTGEN

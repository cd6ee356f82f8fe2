#!/usr/bin/env bash
# What `dotnet build` adds per entry, GlossaryGen against Microsoft.CodeAnalysis.ResxSourceGenerator (the
# baseline), at 500, 2,000 and 10,000 entries: docs/benchmarks.md, section "Build cost".
# Usage: benchmarks/BuildCost/measure.sh [SIZES...]   (from the repository root; takes minutes)
# Each project is built once to restore and warm up, then one .cs file is touched and the build timed, 3 times;
# the median is printed. Also prints the size of the generated code (GlossaryGen: EmitCompilerGeneratedFiles).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
sizes="${*:-500 2000 10000}"
dotnet build -c Release "$repo/src/GlossaryGen" -v q -nologo >/dev/null
dotnet build -c Release "$repo/src/GlossaryGen.Runtime" -v q -nologo >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for size in $sizes; do
  out="$work/$size"
  python3 "$repo/benchmarks/BuildCost/make_projects.py" "$out" "$size" "$repo"
  for name in plain glossarygen resx; do
    dir="$out/$name"
    dotnet build "$dir" -v q -nologo -p:EmitCompilerGeneratedFiles=true >/dev/null
    times=()
    for _ in 1 2 3; do
      touch "$dir/Service.cs"
      start=$(date +%s%N)
      dotnet build "$dir" --no-restore -v q -nologo >/dev/null
      end=$(date +%s%N)
      times+=("$(( (end - start) / 1000000 ))")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
    generated=$(find "$dir/obj" -path '*generated*' -name '*.cs' -printf '%s\n' 2>/dev/null | awk '{s+=$1} END {print s+0}')
    echo "size=$size project=$name build_ms=$median runs=${times[*]} generated_bytes=$generated"
  done
done

#!/usr/bin/env bash
# Builds orlib-compare in release mode, runs it on the OR-Library fixtures and writes
# Benchmarks/ORLIB.md: the machine, the solver versions, the commands and the timing table.
# Needs glpsol (Debian: glpk-utils) and cbc (coinor-cbc) on PATH.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
fixtures="$root/Tests/GLPKSolverTests/Fixtures/orlib"
out="$here/ORLIB.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in glpsol cbc; do
    command -v "$tool" >/dev/null || { echo "orlib-compare.sh: $tool is not on PATH" >&2; exit 1; }
done

build_command="swift build -c release --package-path Benchmarks --product orlib-compare"
(cd "$root" && $build_command)
binary="$(cd "$root" && swift build -c release --package-path Benchmarks --show-bin-path)/orlib-compare"
run_command="Benchmarks/.build/release/orlib-compare Tests/GLPKSolverTests/Fixtures/orlib \"\$WORK\""

started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
"$binary" "$fixtures" "$work" > "$work/table.md"

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
glpk_lib="$(dpkg-query -W -f '${Package} ${Version}' libglpk40 2>/dev/null || echo 'libglpk (version unknown)')"
glpsol_version="$(glpsol --version | head -1)"
cbc_version="$(cbc -quit 2>/dev/null | grep -m1 '^Version' | sed 's/^Version: *//')"
swift_version="$(swift --version 2>&1 | head -1)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"

cat > "$out" <<MD
# OR-Library timings: parkplan (GLPKSolver) vs glpsol vs cbc

Written by \`Benchmarks/orlib-compare.sh\` on $started. Wall-clock seconds; lower is better.
A ratio below 1 means parkplan was faster.

## Machine and versions

* $(nproc) cores (\`nproc\`), CPU: ${cpu:-unknown} ($(grep -c '^processor' /proc/cpuinfo) logical processors in /proc/cpuinfo)
* Load average when the run ended: $load (other processes may share the machine)
* GLPK library: $glpk_lib
* glpsol: $glpsol_version
* cbc: ${cbc_version:-unknown}
* Swift: $swift_version (release build)

## What runs

* Instances: cap41-44, cap51, cap71-74, cap81-84, cap111-114, cap131 (strong formulation:
  split demand, \`x_ij <= y_i\` links), and the 60 gap1..gap12 problems, maximized.
  Files: \`Tests/GLPKSolverTests/Fixtures/orlib\`. Models and parsers:
  \`Tests/GLPKSolverTests/ORLibrary/Support\` (shared with the tests).
* **parkplan**: \`GLPKSolver().solve(problem, options: ORLibrarySolveOptions.standard)\` in
  process, the options the tests use: MIP presolver on, MIR cuts on (Gomory, cover and
  clique cuts off), default branching (Driebeck-Tomlin) and backtracking (best local
  bound), 60 s time limit. Timed around the call (it includes copying the model into GLPK).
* Each problem is written with \`ModelFile.write(problem, format: .mps, ...)\` and run as a
  subprocess, timed from start to exit (process start and file reading included):
  * **glpsol**: \`glpsol --freemps FILE [--max] --tmlim 60 -o REPORT\` (defaults: presolve on, no cuts);
  * **glpsol + flags**: \`glpsol --freemps FILE [--max] --mir --tmlim 60 -o REPORT\` (the same
    options as parkplan; the flags are \`ORLibrarySolveOptions.glpsolFlags\`);
  * **cbc**: \`cbc FILE [max] sec 60 solve\` (defaults).
  Free MPS has no objective sense, so maximization problems get \`--max\` / \`max\`.
* A run shorter than one second is repeated three times and the median is reported.
* "not proven": the solver did not prove the published optimum (time limit or other value).

Commands:

\`\`\`
$build_command
$run_command
\`\`\`

## Results

$(cat "$work/table.md")

## Reading the numbers

* Ratios are parkplan's seconds divided by the other column's. A run that stopped at its
  60 s limit counts with the time it took (about 60 s), which flatters parkplan in the
  parkplan / glpsol column.
* parkplan solves in process; glpsol and cbc also pay for starting a process and reading
  the MPS file (a few hundredths of a second), which dominates on the small instances.
* With the load average above 2 on 2 cores, all columns are slowed alike but noisily; rerun
  on an idle machine before quoting single rows.
MD
echo "wrote $out"

#!/bin/bash
# Runs the tests that solve on several threads at once against a GLPK built with
# ThreadSanitizer, and fails when it reports a data race inside GLPK or the C shim.
# Usage: scripts/glpk-race-check.sh [TEST-FILTER]   (default: ConcurrencyTests|MarginalReportTests)
# Needs: gcc, make, curl (Debian's GLPK 5.0 source comes from deb.debian.org); one to three minutes.
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
filter=${1:-"ConcurrencyTests|MarginalReportTests"}
work=$PWD/.build-tsan
glpk=$work/glpk
mkdir -p "$work"
fail() { echo "glpk-race-check: $1" >&2; exit 1; }
if [ ! -e "$glpk/lib/libglpk.so.40" ]; then
    tarball=$work/glpk_5.0.orig.tar.gz
    source_url=http://deb.debian.org/debian/pool/main/g/glpk/glpk_5.0.orig.tar.gz
    [ -e "$tarball" ] || curl -sSfo "$tarball" "$source_url" ||
        fail "could not download $source_url; check the network, or put the file at $tarball"
    echo "4a1013eebb50f728fc601bdd833b0b2870333c3b3e5a816eeba921d95bec6f15  $tarball" | sha256sum -c --quiet ||
        { rm -f "$tarball"; fail "$tarball is not Debian's GLPK 5.0 source (sha256 differs); removed it, run again"; }
    rm -rf "$work/glpk-5.0" && tar -xzf "$tarball" -C "$work"
    (cd "$work/glpk-5.0" && ./configure --prefix="$glpk" --disable-static \
        CFLAGS="-O1 -g -fsanitize=thread" LDFLAGS="-fsanitize=thread" > "$work/configure.log" 2>&1) ||
        fail "GLPK's configure failed (is gcc installed?); see $work/configure.log"
    (cd "$work/glpk-5.0" && make -j"$(nproc)" > "$work/make.log" 2>&1 && make install > "$work/install.log" 2>&1) ||
        fail "GLPK's build failed; see $work/make.log and $work/install.log"
fi
swift build --build-tests > "$work/swift-build.log" 2>&1 ||
    { tail -20 "$work/swift-build.log"; fail "swift build --build-tests failed; see $work/swift-build.log"; }
report=$work/tests.log
rm -f "$work"/tsan.*
# Every process's reports (the test runner's, and those of the parkplan processes the CLI
# tests start) go to $work/tsan.PID; exitcode=0 lets those processes keep their own exit
# codes, and the verdict is read from the tests' output.
TSAN_OPTIONS="report_signal_unsafe=0 exitcode=0 log_path=$work/tsan" LD_PRELOAD="$(gcc -print-file-name=libtsan.so)" \
    LD_LIBRARY_PATH="$glpk/lib" .build/debug/parkplanPackageTests.xctest \
    --testing-library swift-testing --filter "$filter" > "$report" 2>&1 || true
# A report is one block from "WARNING: ThreadSanitizer" to its closing line of "=";
# only those with a frame in GLPK or the shim count (the Swift runtime is not instrumented,
# so its own reports are noise).
logs=("$work"/tsan.*)
races=$(cat /dev/null "${logs[@]}" | awk '/WARNING: ThreadSanitizer/ {block=1; hit=0}
             block && /libglpk\.so|CGLPKShim/ {hit=1}
             block && /^==================$/ {if (hit) n++; block=0}
             END {print n+0}')
verdict=$(grep -E "^(✔|✘) Test run" "$report" || echo "✘ the tests did not finish")
echo "$verdict"
echo "data races inside GLPK or the shim: $races (tests: $report; reports: $work/tsan.*)"
[ "$races" -eq 0 ] && [[ $verdict == ✔* ]]

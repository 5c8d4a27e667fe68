#!/usr/bin/env bash
# Runs one libFuzzer target for a number of seconds:
#   bash scripts/fuzz.sh FuzzNormalizer|FuzzRuleLoader|FuzzReportReader SECONDS [libFuzzer flags…]
# Builds Fuzz/ (a separate package, so the main build stays fast) with
# -sanitize=fuzzer,address into Fuzz/.build, starts from the seeds in
# Fuzz/seeds/TARGET plus the corpus grown by earlier runs (Fuzz/.corpus/TARGET),
# and leaves crashing inputs in Fuzz/artifacts/TARGET/. A found input belongs
# in Tests/RasidEngineTests/Fixtures/fuzz/ or Tests/RasidReportTests/Fixtures/fuzz/
# as a regression test once fixed.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
# Swift's crash backtracer reads stack memory that AddressSanitizer reports; libFuzzer prints the stack.
export SWIFT_BACKTRACE=enable=no
target=${1:?usage: fuzz.sh TARGET SECONDS}
seconds=${2:?usage: fuzz.sh TARGET SECONDS}
shift 2
case "$target" in FuzzNormalizer|FuzzRuleLoader|FuzzReportReader) ;; *) echo "unknown target $target" >&2; exit 2 ;; esac
flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
# FUZZ_NO_BUILD=1 runs what was built last (e.g. while the sources are being edited).
[ "${FUZZ_NO_BUILD:-}" = 1 ] || swift build "${flags[@]}" --product "$target" >&2
bin=$(swift build "${flags[@]}" --show-bin-path)/$target
mkdir -p ".corpus/$target" "artifacts/$target"
dict=()
[ -f "dicts/$target.dict" ] && dict=(-dict="dicts/$target.dict")
exec "$bin" ".corpus/$target" "seeds/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="artifacts/$target/" -print_final_stats=1 "${dict[@]}" "$@"

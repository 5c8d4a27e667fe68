#!/usr/bin/env bash
# One table: Rasid (one core, all cores) and the peers of ../shared/bench on the
# same 50 MB corpus and the same 1,104-term lexicon, as MB/s and peak RSS with
# the match counts side by side; then how Rasid's time grows with the number
# of terms (synthetic terms added to the lexicon: 10×, 100×, 1000×).
#
#   bash scripts/bench.sh                  # everything (peers: ~3 min with RUNS=1)
#   PEERS=0 bash scripts/bench.sh          # Rasid only
#   INSTALL=1 bash scripts/bench.sh        # pip/apt-install the peers first
# Env: BENCH_DIR (default /tmp/bench), RUNS (default 1; median of runs),
#      SCALES (default "1 10 100 1000").
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SHARED=${SHARED:-$ROOT/../shared/bench}
B=${BENCH_DIR:-/tmp/bench}
RUNS=${RUNS:-1}
SCALES=${SCALES:-"1 10 100 1000"}
NPROC=$(nproc)
mkdir -p "$B"
export LC_ALL=C.UTF-8

if [ "${INSTALL:-0}" = 1 ]; then
  pip install -q regex pyahocorasick hyperscan spacy >&2 || echo "bench: pip install failed; those peers will be listed as not run" >&2
  command -v rg >/dev/null || apt-get install -y -qq ripgrep >&2 || true
fi

swift build -c release --product rasid >&2
RASID=$ROOT/.build/release/rasid
[ -s "$B/corpus.txt" ] || python3 "$SHARED/make_corpus.py" --seeds "$ROOT/seeds" --out "$B" >&2
for s in $SCALES; do
  [ -s "$B/lexicon-x$s/rules/lexicon.yaml" ] || python3 scripts/bench/make_lexicon_rules.py "$SHARED/lexicon.tsv" "$B/lexicon-x$s" --scale "$s" >&2
done

# run NAME INPUT_BYTES ARGS...: RUNS runs of rasid; prints "NAME<TAB>wall<TAB>rss_kb<TAB>spans" (median wall, max RSS)
run() {
  local name=$1 bytes=$2; shift 2
  local walls=() rss=0 spans=0 i
  for i in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$B/time.txt" "$RASID" annotate "$@" --format jsonl --no-text --quiet -o "$B/out.jsonl"
    read -r w m < "$B/time.txt"
    walls+=("$w"); [ "$m" -gt "$rss" ] && rss=$m
    echo "  $name run $i: ${w}s" >&2
  done
  spans=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["spans"]) for l in open(sys.argv[1])))' "$B/out.jsonl")
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$rss" "$spans" "$bytes"
}

TXT=$B/corpus.txt JSONL=$B/corpus.jsonl
TXT_BYTES=$(stat -L -c %s "$TXT") JSONL_BYTES=$(stat -L -c %s "$JSONL")
L1=$B/lexicon-x1/rasid.yaml
{
  run "rasid lexicon, 1 core (corpus.txt)" "$TXT_BYTES" "$TXT" --config "$L1" -j 1
  run "rasid lexicon, 1 core (corpus.jsonl)" "$JSONL_BYTES" "$JSONL" --input jsonl --config "$L1" -j 1
  run "rasid lexicon, $NPROC cores (corpus.jsonl)" "$JSONL_BYTES" "$JSONL" --input jsonl --config "$L1" -j "$NPROC"
  run "rasid annotate, bundled rules, 1 core" "$JSONL_BYTES" "$JSONL" --input jsonl --rules "$ROOT/rules" -j 1
  run "rasid annotate, bundled rules, $NPROC cores" "$JSONL_BYTES" "$JSONL" --input jsonl --rules "$ROOT/rules" -j "$NPROC"
} > "$B/rasid.tsv"
: > "$B/scale.tsv"
# Start-up alone (loading and compiling the rules): the same run on one short document.
printf '{"id":"one","text":"قال المشير"}\n' > "$B/one.jsonl"
for s in $SCALES; do
  run "x$s" "$JSONL_BYTES" "$JSONL" --input jsonl --config "$B/lexicon-x$s/rasid.yaml" -j 1 >> "$B/scale.tsv"
  run "x$s-setup" 0 "$B/one.jsonl" --input jsonl --config "$B/lexicon-x$s/rasid.yaml" -j 1 >> "$B/scale.tsv"
done

if [ "${PEERS:-1}" = 1 ]; then
  BENCH_DIR=$B RUNS=$RUNS bash "$SHARED/run_peers.sh" > "$B/peers.txt" || true
fi

python3 - "$B" "$NPROC" "${PEERS:-1}" "$SHARED/lexicon.tsv" <<'PY'
import os, sys
b, nproc, peers, lexicon = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
terms = sum(1 for _ in open(lexicon))
fmt = "{:<46} {:>9} {:>9} {:>10}"
print(f"# Rasid vs peers — corpus {b}/corpus.txt (50 MB, the seeds repeated), lexicon {terms} terms; nproc {nproc}")
print("# MB/s: whole process (start-up, rule compilation, read, match, merge, JSON Lines out) per 10^6 input bytes")
print(fmt.format("engine", "MB/s", "peak RSS", "matches"))
for line in open(f"{b}/rasid.tsv"):
    name, wall, rss, spans, size = line.rstrip("\n").split("\t")
    print(fmt.format(name, f"{int(size) / 1e6 / float(wall):.1f}", f"{int(rss) / 1024:.0f} MB", spans))
if peers == "1" and os.path.exists(f"{b}/peers.txt"):
    rows = [l.rstrip("\n") for l in open(f"{b}/peers.txt")]
    for l in rows:
        if l.startswith("# not run"):
            print(l)
        elif l and not l.startswith("#") and not l.startswith("peer "):
            # peer, scan MB/s, e2e MB/s, setup s, peak RSS, matches (the name may contain spaces)
            parts = l.split()
            name, scan, e2e, rss, n = " ".join(parts[:-6]), parts[-6], parts[-5], parts[-3] + " MB", parts[-1]
            print(fmt.format(name[:46], e2e if e2e != "-" else f"({scan} scan)", rss, n))
print()
print("# Rasid, rule extractor only, one core, corpus.jsonl: time against the number of terms")
print("# compile s: start-up with these rules on a one-line input; scan: the rest of the run")
sfmt = "{:<10} {:>9} {:>10} {:>9} {:>10} {:>10} {:>10} {:>9}"
print(sfmt.format("terms", "wall s", "compile s", "scan s", "scan MB/s", "scan ×1×", "peak RSS", "matches"))
rows = {}
for line in open(f"{b}/scale.tsv"):
    name, wall, rss, spans, size = line.rstrip("\n").split("\t")
    rows[name] = (float(wall), int(rss), spans, int(size))
base = None
for name, (wall, rss, spans, size) in rows.items():
    if name.endswith("-setup"):
        continue
    setup = rows.get(name + "-setup", (0.0,))[0]
    scan = max(wall - setup, 1e-3)
    base = base or scan
    k = int(name[1:])
    print(sfmt.format(f"{terms * k:,}", f"{wall:.2f}", f"{setup:.2f}", f"{scan:.2f}", f"{size / 1e6 / scan:.1f}",
                      f"{scan / base:.2f}", f"{rss / 1024:.0f} MB", spans))
PY

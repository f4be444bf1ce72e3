#!/usr/bin/env bash
# The hybrid against rapidfuzz WRatio over unidecode, on the same labelled pairs, each
# on one core, in one run: speed from raw strings, and accuracy.
#
#   bash scripts/rapidfuzz_vs_hybrid.sh [PAIRS.tsv]
#
# Installs the pinned baseline into a throwaway virtual environment under target/;
# the hybrid is built where cargo puts it (CARGO_TARGET_DIR when set).
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-fixtures/names/pairs.tsv}
venv=target/venv-rapidfuzz
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q -r scripts/requirements-rapidfuzz.txt
cargo build -q --profile dist --example compare_strategies
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"
rf=$($pin "$venv/bin/python" scripts/rapidfuzz_pairs.py "$pairs")
hy=$($pin "${CARGO_TARGET_DIR:-target}/dist/examples/compare_strategies" "$pairs" --json | grep '"strategy":"hybrid"')
python3 - "$rf" "$hy" <<'PY'
import json, sys
rf, hy = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"pairs: {rf['pairs']}")
print(f"rapidfuzz WRatio + unidecode: {rf['pairs_per_sec']:>10,} pairs/s  "
      f"F1 {rf['f1_at_90']:.4f} at 90 (P {rf['precision_at_90']:.4f}, R {rf['recall_at_90']:.4f}); "
      f"best F1 {rf['f1_best']:.4f} at {rf['best_threshold']}, tuned on this file")
print(f"hybrid:                       {round(hy['pairs_per_sec']):>10,} pairs/s  "
      f"F1 {hy['f1']:.4f} (P {hy['precision']:.4f}, R {hy['recall']:.4f})")
print(f"speed ratio hybrid / rapidfuzz: {hy['pairs_per_sec'] / rf['pairs_per_sec']:.2f}")
PY

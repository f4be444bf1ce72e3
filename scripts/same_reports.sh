#!/usr/bin/env bash
# Checks that two builds of the command-line tool write byte-identical JSON reports on
# the realistic seed-1 feeds (the feeds of `store_scale --realistic`), for a change
# meant to leave every output as it was (a speed-up, a leaner layout).
#
#   cargo build --release --bin crosscheck --example generate_feed
#   cp target/release/crosscheck /tmp/crosscheck-before     # on the old revision
#   scripts/same_reports.sh /tmp/crosscheck-before target/release/crosscheck 100000 1000000
#
# Sizes default to 100,000 claims. Entities scale with the claims as in `store_scale`
# (80,000 at a million). GENERATE_FEED names the feed generator (default: the release
# build's). Exits non-zero at the first size whose reports differ.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 OLD_CROSSCHECK NEW_CROSSCHECK [CLAIMS...]" >&2
    exit 2
fi
old=$1
new=$2
shift 2
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100000)
generate=${GENERATE_FEED:-target/release/examples/generate_feed}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for n in "${sizes[@]}"; do
    entities=$((n * 80000 / 1000000))
    [ "$entities" -lt 2500 ] && entities=2500
    "$generate" --seed 1 --claims "$n" --entities "$entities" --sources 150 \
        --out-claims "$work/claims.jsonl" --out-truth "$work/truth.jsonl" 2>/dev/null
    a=$("$old" reconcile "$work/claims.jsonl" --format json | sha256sum | cut -d' ' -f1)
    b=$("$new" reconcile "$work/claims.jsonl" --format json | sha256sum | cut -d' ' -f1)
    if [ "$a" = "$b" ]; then
        echo "$n claims: same report ($a)"
    else
        echo "$n claims: reports differ ($a before, $b after)"
        status=1
    fi
done
exit $status

#!/bin/bash
# score_wt.sh WORKTREE NAME BASE_DIR ROUND... : a candidate's unseen score lines -- the held-out set and each unseen
# round (first labels in /work/goldROUND/all) scored with the worktree's code into /work/base/score-NAME/, then
# compared with the same files of BASE_DIR (score_cmp.py). Example (session 31):
#   score_wt.sh /work/wt-side12 side12 /work/base/s31/score-start 117 118
WT=$1; N=$2; BASE=$3; shift 3; OUT=/work/base/score-$N; mkdir -p "$OUT"
cd "$WT" || exit 1
for r in "$@"; do
  PYTHONPATH=$WT/src HELPERS_CACHE=/tmp/cache-$N /work/main/.venv/bin/python -m helpers validate --folder /work/gold$r/all > "$OUT/r$r.txt" 2> "$OUT/r$r.err"
done
PYTHONPATH=$WT/src HELPERS_CACHE=/tmp/cache-$N /work/main/.venv/bin/python -m helpers validate --set heldout > "$OUT/heldout.txt" 2> "$OUT/heldout.err"
python3 "$(dirname "$0")/score_cmp.py" "$BASE" "$OUT"

#!/bin/bash
# score_wt.sh WORKTREE NAME : held-out score lines + the unseen rounds 117/118 (first labels) with the worktree's code
WT=$1; N=$2; OUT=/work/base/s31/score-$N; mkdir -p $OUT
cd $WT
for r in 117 118; do PYTHONPATH=$WT/src HELPERS_CACHE=/tmp/cache-$N /work/main/.venv/bin/python -m helpers validate --folder /work/gold$r/all > $OUT/r$r.txt 2>$OUT/r$r.err; done
PYTHONPATH=$WT/src HELPERS_CACHE=/tmp/cache-$N /work/main/.venv/bin/python -m helpers validate --set heldout > $OUT/heldout.txt 2>$OUT/heldout.err
python3 /work/main/docs/maintainers/tasks-s31/score_cmp.py $OUT

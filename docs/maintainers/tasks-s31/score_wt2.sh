#!/bin/bash
# score_wt2.sh WORKTREE NAME : held-out + unseen rounds 117-120 (first labels) against the end code of session 31 (beb82bb)
WT=$1; N=$2; OUT=/work/base/s31/score-$N; mkdir -p $OUT
cd $WT
for r in 117 118 119 120; do PYTHONPATH=$WT/src HELPERS_CACHE=/tmp/cache-$N /work/main/.venv/bin/python -m helpers validate --folder /work/gold$r/all > $OUT/r$r.txt 2>$OUT/r$r.err; done
PYTHONPATH=$WT/src HELPERS_CACHE=/tmp/cache-$N /work/main/.venv/bin/python -m helpers validate --set heldout > $OUT/heldout.txt 2>$OUT/heldout.err
python3 /work/main/docs/maintainers/tasks-s31/score_cmp2.py $OUT

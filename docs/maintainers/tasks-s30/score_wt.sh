#!/bin/bash
# score_wt.sh WORKTREE NAME : held-out score lines + rounds 113/114 (opened, unread) and sealed 115/116 with the worktree's code
WT=$1; N=$2; OUT=/work/base/s30/score-$N; mkdir -p $OUT
cd $WT
for r in 113 114; do PYTHONPATH=$WT/src /work/main/.venv/bin/python -m helpers validate --folder /tmp/open/round$r > $OUT/r$r.txt 2>$OUT/r$r.err; done
for r in 115 116; do PYTHONPATH=$WT/src /work/main/.venv/bin/python -m helpers validate --folder /work/gold$r/all > $OUT/r$r.txt 2>$OUT/r$r.err; done
PYTHONPATH=$WT/src /work/main/.venv/bin/python -m helpers validate --set heldout > $OUT/heldout.txt 2>$OUT/heldout.err
python3 /work/notes/s30/score_cmp.py $OUT

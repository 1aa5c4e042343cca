#!/bin/bash
# score_wt.sh WORKTREE NAME : held-out score lines + sealed rounds 113/114 with the worktree's code
WT=$1; N=$2; OUT=/work/base/score-$N; mkdir -p $OUT
cd $WT
for r in 113 114; do PYTHONPATH=$WT/src /work/main/.venv/bin/python -m helpers validate --folder /work/gold$r/all > $OUT/r$r.txt 2>$OUT/r$r.err; done
PYTHONPATH=$WT/src /work/main/.venv/bin/python -m helpers validate --set heldout > $OUT/heldout.txt 2>$OUT/heldout.err
python3 - $OUT <<'PY'
import sys
def parse(p):
    d={}
    for l in open(p):
        if '\t' in l: k,v=l.split('\t'); d[k]=v.strip()
    return d
base={'r113':'/work/base/r113-start.txt','r114':'/work/base/r114-start.txt','heldout':'/work/base/heldout-start.txt'}
keys=['side_accuracy_gov_platform','side_accuracy_all','stance_macro_f1','tone_accuracy_domain','tone_accuracy_model','event_precision','event_recall','event_f1','date_accuracy','side_accuracy','n_found','n_false_alarms','speaker_agreement']
out=sys.argv[1]
for s in ['heldout','r113','r114']:
    a,b=parse(base[s]),parse(f'{out}/{s}.txt')
    diffs=[f"{k} {a.get(k)}->{b.get(k)}" for k in keys if a.get(k)!=b.get(k)]
    print(s, '; '.join(diffs) if diffs else 'unchanged')
PY

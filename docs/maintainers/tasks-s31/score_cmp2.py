import sys
def parse(p):
    d={}
    for l in open(p):
        if '\t' in l: k,v=l.split('\t'); d[k]=v.strip()
    return d
B='/work/base/s31/'
base={'r117':B+'score-end/r117.txt','r118':B+'score-end/r118.txt','r119':B+'r119-end.txt','r120':B+'r120-end.txt','heldout':B+'score-end/heldout.txt'}
keys=['side_accuracy_gov_platform','side_accuracy_all','stance_macro_f1','tone_accuracy_domain','tone_accuracy_model','event_precision','event_recall','event_f1','date_accuracy','side_accuracy','n_found','n_false_alarms','speaker_agreement']
out=sys.argv[1]
for s in ['heldout','r117','r118','r119','r120']:
    a,b=parse(base[s]),parse(f'{out}/{s}.txt')
    diffs=[f"{k} {a.get(k)}->{b.get(k)}" for k in keys if a.get(k)!=b.get(k)]
    print(s, '; '.join(diffs) if diffs else 'unchanged')

"""Agreement on closed rounds without putting them in the repo:
PYTHONPATH=<code>/src python agree_closed.py   (second labels of both rounds copied into /work/gold-second/)"""
from pathlib import Path
import pandas as pd
from helpers import agreement, validation
SETS = {"round113": "/work/gold113/all", "round114": "/work/gold114/all"}
validation.gold_sets = lambda: dict(SETS)
p = agreement.pairs(Path("/work/gold-second"))
pd.set_option("display.width", 200)
for sets in (["round113"], ["round114"], ["round113", "round114"]):
    print("#", "+".join(sets))
    print(agreement.figures(p, sets).round(3).to_csv(sep="\t"), end="")
print("unpaired", len(p["unpaired"]))

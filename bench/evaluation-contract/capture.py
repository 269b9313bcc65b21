"""Captures every housing evaluation endpoint's answer (status, content type, body) into a directory: both views of
every comparison of programmes 1-5, withdrawals, the dataset and its dictionary, unknown and malformed ids (404/400),
bad and missing parameters (400), the wrong role (403) and no credentials (401).
Usage: python3 capture.py http://localhost:8147 before   (then, on a copy of the same database with the new WAR, ... after)"""
import json, sys, os, base64, urllib.request
BASE, OUT = sys.argv[1], sys.argv[2]
os.makedirs(OUT, exist_ok=True)
reqs = []
for p in [1, 2, 3, 4, 5]:
    for tp in ["M3", "M6", "M12"]:
        for pub in ["", "&publication=true"]:
            reqs.append(("evaluator", f"programmes/{p}/evaluation?instrument=HOME_WELLBEING&timepoint={tp}{pub}"))
    for oc in ["MOVED_ON", "TENANCY_SUSTAINED_M12"]:
        for pub in ["", "&publication=true"]:
            reqs.append(("evaluator", f"programmes/{p}/binary-evaluation?outcome={oc}{pub}"))
    reqs.append(("evaluator", f"programmes/{p}/withdrawals"))
    reqs.append(("evaluator", f"programmes/{p}/dataset-dictionary.csv"))
reqs.append(("evaluator", "programmes/2/dataset.csv"))
reqs.append(("evaluator", "programmes/3/dataset.csv"))
reqs += [
    ("evaluator", "programmes/999999/evaluation?instrument=HOME_WELLBEING&timepoint=M3"),
    ("evaluator", "programmes/999999/evaluation?instrument=HOME_WELLBEING&timepoint=M3&publication=true"),
    ("evaluator", "programmes/999999/binary-evaluation?outcome=MOVED_ON"),
    ("evaluator", "programmes/999999/withdrawals"),
    ("evaluator", "programmes/abc/evaluation?instrument=HOME_WELLBEING&timepoint=M3"),
    ("evaluator", "programmes/2/evaluation?instrument=NOPE&timepoint=M3"),
    ("evaluator", "programmes/2/evaluation?instrument=home_wellbeing&timepoint=m3"),
    ("evaluator", "programmes/2/evaluation?timepoint=M3"),
    ("evaluator", "programmes/2/evaluation?instrument=HOME_WELLBEING"),
    ("evaluator", "programmes/2/evaluation"),
    ("evaluator", "programmes/2/evaluation?instrument=HOME_WELLBEING&timepoint=BASELINE"),
    ("evaluator", "programmes/2/evaluation?instrument=HOME_WELLBEING&timepoint=M9&publication=true"),
    ("evaluator", "programmes/2/evaluation?instrument=HOME_WELLBEING&timepoint=M3&publication=maybe"),
    ("evaluator", "programmes/2/binary-evaluation?outcome=NOPE"),
    ("evaluator", "programmes/2/binary-evaluation"),
    ("evaluator", "programmes/2/binary-evaluation?outcome=moved_on&publication=true"),
    ("coach", "programmes/2/evaluation?instrument=HOME_WELLBEING&timepoint=M3"),
    ("coach", "programmes/2/binary-evaluation?outcome=MOVED_ON&publication=true"),
    ("coordinator", "programmes/2/withdrawals"),
    (None, "programmes/2/evaluation?instrument=HOME_WELLBEING&timepoint=M3"),
]
index = []
for i, (user, path) in enumerate(reqs):
    req = urllib.request.Request(BASE + "/api/housing/" + path)
    if user:
        req.add_header("Authorization", "Basic " + base64.b64encode((user + ":demo").encode()).decode())
    try:
        with urllib.request.urlopen(req) as r:
            status, ctype, body = r.status, r.headers.get("Content-Type"), r.read()
    except urllib.error.HTTPError as e:
        status, ctype, body = e.code, e.headers.get("Content-Type"), e.read()
    with open(f"{OUT}/{i:03d}.body", "wb") as f:
        f.write(body)
    index.append({"n": i, "user": user, "path": path, "status": status, "type": ctype})
json.dump(index, open(f"{OUT}/index.json", "w"), indent=1)
print(len(index), "responses captured")

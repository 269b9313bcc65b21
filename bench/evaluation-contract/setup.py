"""Creates the contract-capture programmes on a running demo portal (run it once, on the build before a change),
prints their ids as JSON. The demo pilot is programme 1; these become 2 (small arms, bands, a withdrawal), 3 (no data),
4 (one tenant per arm) and 5 (26 tenants: visible counts and secondary suppression), as capture.py expects.
Usage: python3 setup.py http://localhost:8147"""
import json, sys, base64, urllib.request, datetime
BASE = sys.argv[1]
def call(user, method, path, body=None):
    req = urllib.request.Request(BASE + "/api/housing/" + path, method=method,
        data=None if body is None else json.dumps(body).encode())
    req.add_header("Authorization", "Basic " + base64.b64encode((user + ":demo").encode()).decode())
    if body is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()
today = datetime.date.today().isoformat()
ids = {}
def programme(name, schemes, extra=None):
    body = {"name": name, "schemes": schemes, "instruments": ["HOME_WELLBEING"], "strata": ["scheme"], "blockSizes": [2, 4], "ratio": [1, 1]}
    body.update(extra or {})
    s, j = call("evaluator", "POST", "programmes", body)
    assert s == 201, (s, j)
    return j["id"]
def enrol(p, ref, scheme, score):
    s, j = call("coordinator", "POST", f"programmes/{p}/participants",
                {"ref": ref, "scheme": scheme, "consent": True, "baseline": {"instrument": "HOME_WELLBEING", "score": score}})
    assert s == 201, (s, j)
    return j["id"], j["arm"]
def outcome(pid, tp, score):
    s, j = call("evaluator", "POST", f"participants/{pid}/outcomes", {"instrument": "HOME_WELLBEING", "timepoint": tp, "score": score, "recordedOn": today})
    assert s == 201, (s, j)
def binary(pid, outcome, achieved):
    s, j = call("coordinator", "POST", f"participants/{pid}/binary-outcomes", {"outcome": outcome, "achieved": achieved, "recordedOn": today})
    assert s == 201, (s, j)
def withdraw(pid, code):
    s, j = call("coordinator", "POST", f"participants/{pid}/withdrawal", {"reason": "Left", "reasonCode": code, "on": today})
    assert s == 200, (s, j)

# small arms: 7 tenants, two schemes, baseline bands; scores at M3 for 5, one withdrawal
small = programme("Contract small", ["HARLOW_COURT", "BASILDON_HOUSE"],
                  {"strata": ["scheme", "baselineBand"], "bandInstrument": "HOME_WELLBEING", "bandCuts": [25]})
people = [enrol(small, f"CS-{i}", "HARLOW_COURT" if i < 4 else "BASILDON_HOUSE", 18 + i * 2.5) for i in range(7)]
for i, (pid, arm) in enumerate(people[:5]):
    outcome(pid, "M3", 20 + i * 3.1 + (4 if arm == "COACHED" else 0))
for i, (pid, arm) in enumerate(people[:6]):
    binary(pid, "MOVED_ON", i % 2 == 0)
withdraw(people[6][0], "MOVED_AWAY")
ids["small"] = small

# no data at all
ids["empty"] = programme("Contract empty", ["HARLOW_COURT"])

# one tenant per arm only (undefined SDs, NaN statistics)
tiny = programme("Contract tiny", ["HARLOW_COURT"])
t = [enrol(tiny, f"CT-{i}", "HARLOW_COURT", 30) for i in range(2)]
for pid, arm in t:
    outcome(pid, "M3", 33)
ids["tiny"] = tiny

# large enough for visible counts and secondary suppression: 26 tenants
large = programme("Contract large", ["HARLOW_COURT", "BASILDON_HOUSE", "COLNE_VIEW"])
people = [enrol(large, f"CL-{i}", ["HARLOW_COURT", "BASILDON_HOUSE", "COLNE_VIEW"][i % 3] if i < 20 else "HARLOW_COURT", 15 + (i * 7) % 20)
          for i in range(26)]
for i, (pid, arm) in enumerate(people):
    if i < 23:
        outcome(pid, "M3", 15 + (i * 7) % 20 + (3.5 if arm == "COACHED" else 0.5) + (i % 4) * 0.75)
    if i < 12:
        outcome(pid, "M6", 18 + (i * 5) % 17 + (2 if arm == "COACHED" else 0))
    if i < 24:
        binary(pid, "MOVED_ON", i % 3 != 0)
withdraw(people[24][0], "HEALTH")
withdraw(people[25][0], "NO_LONGER_WISHES")
ids["large"] = large
s, progs = call("evaluator", "GET", "programmes")
ids["all"] = progs
print(json.dumps(ids))

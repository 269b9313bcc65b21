"""Compares two captures: status, content type and body; JSON bodies with keys sorted and every number kept as its
literal text (so 1.0 and 1, or 1.0E-5 and 0.00001, differ). Usage: python3 compare.py before after"""
import json, sys
A, B = sys.argv[1], sys.argv[2]
ia, ib = json.load(open(f"{A}/index.json")), json.load(open(f"{B}/index.json"))
assert [(r["user"], r["path"]) for r in ia] == [(r["user"], r["path"]) for r in ib]
def canon(raw, ctype):
    if ctype and "json" in ctype:
        value = json.loads(raw, parse_float=lambda s: ("num", s), parse_int=lambda s: ("num", s), parse_constant=lambda s: ("const", s))
        return json.dumps(value, sort_keys=True)
    return raw.decode()
same = differ = 0
for ra, rb in zip(ia, ib):
    ba, bb = open(f"{A}/{ra['n']:03d}.body", "rb").read(), open(f"{B}/{rb['n']:03d}.body", "rb").read()
    ok = ra["status"] == rb["status"] and ra["type"] == rb["type"] and canon(ba, ra["type"]) == canon(bb, rb["type"])
    if ok:
        same += 1
    else:
        differ += 1
        print("DIFFERS", ra["n"], ra["user"], ra["path"], ra["status"], rb["status"], ra["type"], rb["type"])
        print("  before", ba[:400]); print("  after ", bb[:400])
print(f"{len(ia)} responses compared: {same} identical, {differ} different")
print("byte-identical bodies:", sum(open(f"{A}/{r['n']:03d}.body", "rb").read() == open(f"{B}/{r['n']:03d}.body", "rb").read() for r in ia))

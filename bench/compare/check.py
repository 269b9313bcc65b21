"""Compares the portal's answers with R's and SciPy/statsmodels' and prints the ratio table of bench/compare.sh.

EARS C1 and C2: R's upper bound to 1e-6 and its alarm, on every working day judged. C3 follows
API.md's definition (its statistic and upper bound computed here from the same C2 baselines,
as the golden fixtures do), which R's own C3 upper bound departs from: Java's upper bound and
alarm must equal the definition's on every day, and every R alarm must be a Java alarm.
Farrington: the same weeks, the same alarm on each, and the expected value and threshold to
1e-6 wherever R reports them (R hides both where the 5-in-4 rule fails). Matching: the same
number of people matched and the same total score (a tie may pair people differently).
Evaluation: every statistic to 1e-6.
"""
import csv
import math
import os
import sys
import numpy as np
from scipy.stats import norm

out = sys.argv[1]
TOLERANCE = 1e-6


def rows(name):
    with open(f"{out}/{name}") as f:
        return list(csv.DictReader(f))


def number(text):
    return math.nan if text in ("NA", "NaN", "") else float(text)


def close(a, b):
    return (math.isnan(a) and math.isnan(b)) or abs(a - b) <= TOLERANCE or (math.isinf(a) and a == b)


def times(name):
    with open(f"{out}/{name}") as f:
        return {line[0]: (float(line[1]), float(line[2]) if len(line) > 2 else math.nan) for line in csv.reader(f)}


problems = {}


def problem(case, text):
    problems.setdefault(case, []).append(text)


# EARS
daily = np.loadtxt(f"{out}/daily.csv", delimiter=",", dtype=np.int64, ndmin=2)
for variant in ("c1", "c2", "c3"):
    r, java = rows(f"r-ears-{variant}.csv"), rows(f"java-ears-{variant}.csv")
    if len(r) != len(java):
        problem("ears", f"{variant}: R judged {len(r)} days, Java {len(java)}")
        continue
    z = norm.ppf(1 - (0.025 if variant == "c3" else 0.001))
    for a, b in zip(r, java):
        where = f"{variant} theme {a['theme']} day {a['period']}"
        if (a["theme"], a["period"]) != (b["theme"], b["period"]):
            problem("ears", f"{where}: Java judged day {b['period']} of theme {b['theme']}")
            break
        if variant != "c3":
            if not close(number(a["upperbound"]), number(b["upperbound"])) or a["alarm"] != b["alarm"]:
                problem("ears", f"{where}: R {a['upperbound']} {a['alarm']}, Java {b['upperbound']} {b['alarm']}")
            continue
        y, t = daily[int(a["theme"])], int(a["period"])

        def c2(i):
            ref = y[i - 9:i - 2].astype(float)
            return ref.mean(), max(ref.std(ddof=1), 0.5)

        def excess(i):
            mean, sd = c2(i)
            return max(0.0, (y[i] - mean) / sd - 1)

        past = excess(t - 2) + excess(t - 1)
        mean, sd = c2(t)
        statistic, bound = past + excess(t), max(0.0, mean + sd * (1 + z - past))
        if not close(bound, number(b["upperbound"])) or (statistic > z) != (b["alarm"] == "TRUE"):
            problem("ears", f"{where}: API.md's C3 {bound} {statistic > z}, Java {b['upperbound']} {b['alarm']}")
        if a["alarm"] == "TRUE" and b["alarm"] != "TRUE":
            problem("ears", f"{where}: R alarms, Java does not")

# Farrington, without and (once the portal has it) with the volume offset
compared = {}


def farrington(case):
    r = {(a["theme"], a["period"]): a for a in rows(f"r-{case}.csv")}
    java = {(b["theme"], b["period"]): b for b in rows(f"java-{case}.csv")}
    compared[case] = 0
    for key in sorted(set(r) | set(java)):
        a, b = r.get(key), java.get(key)
        if b is None:
            if a["alarm"] == "TRUE" or not math.isnan(number(a["upperbound"])):
                problem(case, f"theme {key[0]} week {key[1]}: R judged it, Java left it out")
            continue
        if a is None:
            problem(case, f"theme {key[0]} week {key[1]}: Java judged a week R did not")
            continue
        if a["alarm"] != b["alarm"]:
            problem(case, f"theme {key[0]} week {key[1]}: alarm R {a['alarm']}, Java {b['alarm']}")
        if not math.isnan(number(a["upperbound"])):
            compared[case] += 1
            for field in ("expected", "upperbound"):
                if not close(number(a[field]), number(b[field])):
                    problem(case, f"theme {key[0]} week {key[1]}: {field} R {a[field]}, Java {b[field]}")


farrington("farrington")
if os.path.exists(f"{out}/java-farrington-offset.csv"):
    farrington("farrington-offset")

# Matching
scores = np.loadtxt(f"{out}/scores.csv", delimiter=",", dtype=np.int64, ndmin=2)
places = np.loadtxt(f"{out}/places.csv", delimiter=",", dtype=np.int64, ndmin=1)


def outcome(name):
    volunteer = np.array([int(row["volunteer"]) for row in rows(name)])
    matched = volunteer >= 0
    if (scores[matched, volunteer[matched]] < 0).any():
        problem("matching", f"{name}: a forbidden pair was matched")
    if (np.bincount(volunteer[matched], minlength=len(places)) > places).any():
        problem("matching", f"{name}: a volunteer has more people than free places")
    return int(matched.sum()), int(scores[matched, volunteer[matched]].sum())


java_matching, scipy_matching = outcome("java-matching.csv"), outcome("py-matching.csv")
if java_matching != scipy_matching:
    problem("matching", f"matched and total score: Java {java_matching}, SciPy {scipy_matching}")

# Evaluation
with open(f"{out}/outcomes.csv") as f:
    participants = sum(1 for _ in f) - 1
r = {(a["timepoint"], a["statistic"]): number(a["value"]) for a in rows("py-evaluation.csv")}
java = {(b["timepoint"], b["statistic"]): number(b["value"]) for b in rows("java-evaluation.csv")}
if set(r) != set(java):
    problem("evaluation", "different statistics")
for key in set(r) & set(java):
    if not close(r[key], java[key]):
        problem("evaluation", f"{key}: statsmodels/SciPy {r[key]!r}, Java {java[key]!r}")

ecdp, reference = times("java-times.csv"), {**times("r-times.csv"), **times("py-times.csv")}
cases = [
    ("ears", f"(a) EARS C1-C3, {len(daily)} themes x {daily.shape[1]:,} working days", "R earsC"),
    ("farrington", f"(b) Farrington, 200 themes x {sys.argv[2]} weeks, no offset", "R farringtonFlexible"),
    ("farrington-offset", f"(b) Farrington, 200 themes x {sys.argv[2]} weeks, volume offset", "R farringtonFlexible"),
    ("matching", f"(c) matching {scores.shape[0]:,} requests x {scores.shape[1]:,} volunteers ({java_matching[0]:,} matched)",
     "SciPy linear_sum_assignment"),
    ("evaluation", f"(d) evaluation {participants:,} participants x 4 timepoints", "statsmodels OLS + SciPy"),
]
print(f"{'case':<72} {'ecdp ms':>9} {'ref ms':>9} {'ratio':>7} {'CPU ratio':>9}  equal  reference")
for case, title, against in cases:
    if case not in ecdp or case not in reference:
        print(f"{title:<72} {'not yet':>9} {'':>9} {'':>7} {'':>9}  -      {against}")
        continue
    (wall, cpu), (ref_wall, ref_cpu) = ecdp[case], reference[case]
    ratio, cpu_ratio = ref_wall / wall, ref_cpu / cpu if cpu > 0 else math.nan
    print(f"{title:<72} {wall:>9.1f} {ref_wall:>9.1f} {ratio:>6.1f}x {cpu_ratio:>8.1f}x  {'no' if case in problems else 'yes':<6} {against}")
print("ratio = reference time / ecdp time (above 1: the portal is faster); Farrington's expected value and threshold compared on "
      + ", ".join(f"{n:,} weeks ({case})" for case, n in compared.items()) + " where R reports them, alarms on every week")
for case, found in problems.items():
    print(f"\n{case}: {len(found)} differences, the first:")
    for text in found[:10]:
        print("  " + text)
sys.exit(1 if problems else 0)

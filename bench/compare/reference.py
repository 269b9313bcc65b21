"""The Python half of bench/compare.sh: SciPy and statsmodels on the same inputs as the Java half.

Matching: SciPy's linear_sum_assignment on the score table expanded by capacity (one column per
free place), maximising first the number matched, then the total score, as the portal's solver
does. Evaluation: statsmodels OLS (ANCOVA: follow-up on arm and baseline), SciPy's Welch test and
Hedges' g on change scores, per follow-up timepoint. Only the computation is timed (best of
the rounds given), not the start-up or the reading of the inputs.
"""
import sys
import time
import numpy as np
import scipy.stats as stats
import statsmodels.api as sm
from scipy.optimize import linear_sum_assignment

out, rounds = sys.argv[1], int(sys.argv[2])
times = {}


def timed(name, work):
    best_wall, best_cpu, answer = float("inf"), float("inf"), None
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        answer = work()
        best_wall = min(best_wall, 1000 * (time.perf_counter() - wall))
        best_cpu = min(best_cpu, 1000 * (time.process_time() - cpu))
    times[name] = (best_wall, best_cpu)
    return answer


scores = np.loadtxt(f"{out}/scores.csv", delimiter=",", dtype=np.int64, ndmin=2)
places = np.loadtxt(f"{out}/places.csv", delimiter=",", dtype=np.int64, ndmin=1)
owner = np.repeat(np.arange(len(places)), places)  # the volunteer of each free place


def match():
    expanded = scores[:, owner]
    allowed = expanded >= 0
    big = int(scores.max()) * min(scores.shape[0], len(owner)) + 1  # one more person matched beats any score
    cost = np.where(allowed, -(expanded + big), 0).astype(np.float64)
    rows, cols = linear_sum_assignment(cost)
    volunteer = np.full(scores.shape[0], -1)
    keep = allowed[rows, cols]
    volunteer[rows[keep]] = owner[cols[keep]]
    return volunteer


volunteer = timed("matching", match)
with open(f"{out}/py-matching.csv", "w") as f:
    f.write("request,volunteer\n" + "".join(f"{r},{v}\n" for r, v in enumerate(volunteer)))

with open(f"{out}/outcomes.csv") as f:
    header = f.readline().strip().split(",")
table = np.genfromtxt(f"{out}/outcomes.csv", delimiter=",", skip_header=1, filling_values=np.nan)
arm, baseline = table[:, 0], table[:, 2]


def evaluate():
    answers = {}
    for column in range(3, len(header)):
        follow_up = table[:, column]
        seen = ~np.isnan(follow_up)
        x = sm.add_constant(np.column_stack([arm[seen], baseline[seen]]))
        fit = sm.OLS(follow_up[seen], x).fit()
        lower, upper = fit.conf_int(0.05)[1]
        change = follow_up - baseline
        coached, control = change[seen & (arm == 1)], change[seen & (arm == 0)]
        welch = stats.ttest_ind(coached, control, equal_var=False)
        n1, n2 = len(coached), len(control)
        s1, s2 = coached.var(ddof=1) / n1, control.var(ddof=1) / n2
        df = (s1 + s2) ** 2 / (s1 ** 2 / (n1 - 1) + s2 ** 2 / (n2 - 1))
        difference = coached.mean() - control.mean()
        margin = stats.t.ppf(0.975, df) * np.sqrt(s1 + s2)
        pooled = np.sqrt(((n1 - 1) * coached.var(ddof=1) + (n2 - 1) * control.var(ddof=1)) / (n1 + n2 - 2))
        g = (1 - 3 / (4 * (n1 + n2) - 9)) * difference / pooled
        se_g = np.sqrt((n1 + n2) / (n1 * n2) + g * g / (2 * (n1 + n2)))
        answers[header[column]] = {
            "ancova.effect": fit.params[1], "ancova.se": fit.bse[1], "ancova.lower": lower, "ancova.upper": upper,
            "ancova.p": fit.pvalues[1],
            "welch.difference": difference, "welch.t": welch.statistic, "welch.df": df,
            "welch.lower": difference - margin, "welch.upper": difference + margin, "welch.p": welch.pvalue,
            "hedges.g": g, "hedges.lower": g - 1.96 * se_g, "hedges.upper": g + 1.96 * se_g}
    return answers


answers = timed("evaluation", evaluate)
with open(f"{out}/py-evaluation.csv", "w") as f:
    f.write("timepoint,statistic,value\n")
    for timepoint, values in answers.items():
        f.writelines(f"{timepoint},{name},{value!r}\n" for name, value in values.items())
with open(f"{out}/py-times.csv", "w") as f:
    f.writelines(f"{name},{wall:.1f},{cpu:.1f}\n" for name, (wall, cpu) in times.items())

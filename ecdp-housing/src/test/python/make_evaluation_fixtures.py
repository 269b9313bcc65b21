#!/usr/bin/python3
"""Golden fixtures for the housing evaluation statistics.

Run with Debian's Python (python3-statsmodels 0.13.5, python3-scipy 1.10.1):

    /usr/bin/python3 ecdp-housing/src/test/python/make_evaluation_fixtures.py

from the repository root. It writes, under ecdp-housing/src/test/resources/evaluation/,
for each continuous dataset NAME:
  NAME.participants.csv  arm,baseline,followup,withdrawn   (followup empty = missing)
  NAME.expected.csv      statistic,value                   (the API's evaluation JSON, flattened)
and for each binary dataset NAME:
  NAME.binary.csv        arm,achieved,withdrawn             (achieved empty = missing)
  NAME.expected.csv      statistic,value
The Java tests read these files; Python is not needed at test time.

One deliberate departure: SciPy 1.10's t.ppf (Cephes stdtrit) is off by up to ~5e-9 at some
degrees of freedom (df=44: 2.015367569912941, true 2.0153675744437636 per R's qt and mpmath),
which alone would break agreement to 1e-9. Every 95% t quantile here is therefore SciPy's
t.ppf refined by Newton steps on SciPy's own t.sf / t.pdf (t975 below); the script checks
that the ANCOVA interval still agrees with statsmodels' conf_int() to 1e-7.

Reference computations (intention to treat, analysed = follow-up present):
  ancova  statsmodels OLS of follow-up on [const, arm (COACHED=1), baseline]: params, bse and
          pvalues of the arm term; CI params +/- t975(df_resid) * bse
  welch   scipy.stats.ttest_ind(coached_change, control_change, equal_var=False) for t and p;
          Welch-Satterthwaite df and the 95% CI with t975(df)
  hedgesG the formula of API.md (pooled SD, J = 1 - 3/(4(n1+n2) - 9), CI g +/- 1.96 SE)
  means   per arm, baseline over all randomised and follow-up over those measured:
          mean +/- t975(n - 1) * scipy.stats.sem
  mic     share with change >= MIC per arm; risk difference and its Wald CI from
          statsmodels confint_proportions_2indep(method='wald', compare='diff')
  binary  risk difference (Wald, as above) and risk ratio with
          confint_proportions_2indep(method='log', compare='ratio')
"""
import csv
import os

import numpy as np
import scipy
import scipy.stats as st
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.proportion import confint_proportions_2indep

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "evaluation"))
ARMS = ("COACHED", "CONTROL")


def t975(df):
    q = st.t.ppf(0.975, df)
    for _ in range(3):
        q += (st.t.sf(q, df) - 0.025) / st.t.pdf(q, df)
    return q


def fmt(x):
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return ""
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    return repr(float(x))


def dataset(rng, n_coached, n_control, effect, missing=0.0, withdrawn=0.0, decimals=False):
    rows = []
    for arm, n in (("COACHED", n_coached), ("CONTROL", n_control)):
        for _ in range(n):
            baseline = float(np.clip(rng.normal(29, 6), 10, 50))
            follow = 0.6 * baseline + 12 + (effect if arm == "COACHED" else 0) + rng.normal(0, 5)
            follow = float(np.clip(follow, 10, 50))
            if decimals:
                baseline, follow = round(baseline, 1), round(follow, 1)
            else:
                baseline, follow = float(round(baseline)), float(round(follow))
            gone = rng.uniform() < withdrawn
            lost = rng.uniform() < missing
            # a participant who withdrew keeps a follow-up only sometimes (measured before leaving)
            if lost or (gone and rng.uniform() < 0.7):
                follow = None
            rows.append((arm, baseline, follow, gone))
    order = rng.permutation(len(rows))
    return [rows[i] for i in order]


def evaluate(rows, mic):
    exp = {}
    arm_data = {}
    for arm in ARMS:
        mine = [r for r in rows if r[0] == arm]
        done = [r for r in mine if r[2] is not None]
        b = np.array([r[1] for r in done])
        f = np.array([r[2] for r in done])
        arm_data[arm] = (b, f, f - b)
        exp[f"arms.{arm}.randomised"] = len(mine)
        exp[f"arms.{arm}.analysed"] = len(done)
        exp[f"arms.{arm}.baselineMean"] = b.mean()
        exp[f"arms.{arm}.followupMean"] = f.mean()
        exp[f"arms.{arm}.changeMean"] = (f - b).mean()
        exp[f"arms.{arm}.changeSd"] = (f - b).std(ddof=1)
        exp[f"consort.allocated.{arm}"] = len(mine)
        exp[f"consort.withdrawn.{arm}"] = sum(1 for r in mine if r[3])
        exp[f"consort.missing.{arm}"] = sum(1 for r in mine if r[2] is None and not r[3])
        exp[f"consort.analysed.{arm}"] = len(done)
    exp["consort.randomised"] = len(rows)

    for arm in ARMS:
        for point, scores in (("BASELINE", [r[1] for r in rows if r[0] == arm]),
                              ("FOLLOWUP", [r[2] for r in rows if r[0] == arm and r[2] is not None])):
            x = np.array(scores)
            margin = t975(len(x) - 1) * st.sem(x)
            low, upp = x.mean() - margin, x.mean() + margin
            exp[f"means.{point}.{arm}.n"] = len(x)
            exp[f"means.{point}.{arm}.mean"] = x.mean()
            exp[f"means.{point}.{arm}.ci.0"] = low
            exp[f"means.{point}.{arm}.ci.1"] = upp

    done = [r for r in rows if r[2] is not None]
    y = np.array([r[2] for r in done])
    x = sm.add_constant(np.column_stack([[1.0 if r[0] == "COACHED" else 0.0 for r in done],
                                         [r[1] for r in done]]))
    fit = sm.OLS(y, x).fit()
    margin = t975(fit.df_resid) * fit.bse[1]
    ci = (fit.params[1] - margin, fit.params[1] + margin)
    assert np.allclose(ci, fit.conf_int(0.05)[1], rtol=0, atol=1e-7)
    exp["ancova.effect"] = fit.params[1]
    exp["ancova.se"] = fit.bse[1]
    exp["ancova.ci.0"] = ci[0]
    exp["ancova.ci.1"] = ci[1]
    exp["ancova.p"] = fit.pvalues[1]

    c1, c2 = arm_data["COACHED"][2], arm_data["CONTROL"][2]
    n1, n2 = len(c1), len(c2)
    v1, v2 = c1.var(ddof=1), c2.var(ddof=1)
    welch = st.ttest_ind(c1, c2, equal_var=False)
    se = np.sqrt(v1 / n1 + v2 / n2)
    df = (v1 / n1 + v2 / n2) ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
    diff = c1.mean() - c2.mean()
    q = t975(df)
    exp["welch.difference"] = diff
    exp["welch.t"] = welch.statistic
    exp["welch.df"] = df
    exp["welch.ci.0"] = diff - q * se
    exp["welch.ci.1"] = diff + q * se
    exp["welch.p"] = welch.pvalue

    pooled = np.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2))
    j = 1 - 3 / (4 * (n1 + n2) - 9)
    g = j * diff / pooled
    g_se = np.sqrt((n1 + n2) / (n1 * n2) + g ** 2 / (2 * (n1 + n2)))
    exp["hedgesG.g"] = g
    exp["hedgesG.ci.0"] = g - 1.96 * g_se
    exp["hedgesG.ci.1"] = g + 1.96 * g_se

    exp["mic.minimalImportantChange"] = mic
    reached = {}
    for arm in ARMS:
        change = arm_data[arm][2]
        reached[arm] = (int((change >= mic).sum()), len(change))
        exp[f"mic.reached.{arm}.events"] = reached[arm][0]
        exp[f"mic.reached.{arm}.analysed"] = reached[arm][1]
        exp[f"mic.reached.{arm}.share"] = reached[arm][0] / reached[arm][1]
    proportions(exp, "mic.riskDifference", reached, "diff", "wald")
    return exp


def proportions(exp, key, counts, compare, method):
    (e1, m1), (e2, m2) = counts["COACHED"], counts["CONTROL"]
    low, upp = confint_proportions_2indep(e1, m1, e2, m2, method=method, compare=compare)
    exp[f"{key}.{'difference' if compare == 'diff' else 'ratio'}"] = e1 / m1 - e2 / m2 if compare == "diff" \
        else (e1 / m1) / (e2 / m2)
    exp[f"{key}.ci.0"] = low
    exp[f"{key}.ci.1"] = upp


def binary(rng, n_coached, p_coached, n_control, p_control, missing):
    rows = []
    for arm, n, p in (("COACHED", n_coached, p_coached), ("CONTROL", n_control, p_control)):
        for _ in range(n):
            achieved = bool(rng.uniform() < p)
            gone = rng.uniform() < missing / 2
            lost = rng.uniform() < missing
            rows.append((arm, None if (lost or gone) else achieved, gone))
    return rows


def evaluate_binary(rows):
    exp = {}
    counts = {}
    for arm in ARMS:
        mine = [r for r in rows if r[0] == arm]
        done = [r for r in mine if r[1] is not None]
        counts[arm] = (sum(1 for r in done if r[1]), len(done))
        exp[f"arms.{arm}.randomised"] = len(mine)
        exp[f"arms.{arm}.events"] = counts[arm][0]
        exp[f"arms.{arm}.analysed"] = counts[arm][1]
        exp[f"arms.{arm}.share"] = counts[arm][0] / counts[arm][1]
    proportions(exp, "riskDifference", counts, "diff", "wald")
    proportions(exp, "riskRatio", counts, "ratio", "log")
    return exp


def write(name, header, rows, expected):
    with open(os.path.join(OUT, name + (".participants.csv" if len(header) == 4 else ".binary.csv")), "w",
              newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r[0]] + [("true" if v else "false") if isinstance(v, bool) else fmt(v) for v in r[1:]])
    with open(os.path.join(OUT, name + ".expected.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["statistic", "value"])
        for k, v in expected.items():
            w.writerow([k, fmt(v)])


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20260126)
    continuous = {
        "balanced": (dataset(rng, 60, 60, effect=3.0), 3.0),
        "unbalanced": (dataset(rng, 90, 45, effect=2.0), 3.0),
        "missing_followups": (dataset(rng, 70, 70, effect=2.5, missing=0.15, withdrawn=0.1), 3.0),
        "small": (dataset(rng, 4, 3, effect=4.0), 3.0),
        "strong_effect_decimal_scores": (dataset(rng, 150, 140, effect=8.0, decimals=True), 2.5),
    }
    for name, (rows, mic) in continuous.items():
        write(name, ["arm", "baseline", "followup", "withdrawn"], rows, evaluate(rows, mic))
    binaries = {
        "tenancy_sustained": binary(rng, 80, 0.85, 80, 0.7, missing=0.1),
        "moved_on_unbalanced": binary(rng, 60, 0.3, 30, 0.2, missing=0.0),
    }
    for name, rows in binaries.items():
        write(name, ["arm", "achieved", "withdrawn"], rows, evaluate_binary(rows))
    with open(os.path.join(OUT, "README.txt"), "w") as f:
        f.write("Generated by ecdp-housing/src/test/python/make_evaluation_fixtures.py with /usr/bin/python3\n"
                f"numpy {np.__version__}, scipy {scipy.__version__}, statsmodels {statsmodels.__version__}.\n"
                "Do not edit by hand; rerun the script.\n")


if __name__ == "__main__":
    main()

"""Writes the comparison's inputs, seeded, as CSV into the directory given (see bench/compare.sh).

daily.csv       one theme per line: its counts on 1,300 working days (5 years)
weekly.csv      one theme per line: its counts over 260 weeks (5 years), seasonal, a few outbreaks
volume.csv      one line: each week's entries of all themes (the volume of Farrington's offset)
scores.csv      one request per line: its score with each volunteer in hundredths of a point, -1 forbidden
places.csv      one line: each volunteer's free places
outcomes.csv    arm,withdrawn,baseline,m3,m6,m12 (empty where the score is missing)
"""
import sys
import numpy as np

out = sys.argv[1]
themes, requests, volunteers, participants = (int(a) for a in sys.argv[2:6])
rng = np.random.default_rng(20261205)


def write(name, rows, fmt="%d"):
    np.savetxt(f"{out}/{name}", rows, fmt=fmt, delimiter=",")


# working days: levels from silent (0.1 a day) to busy (8 a day), a few surges of a week
level = rng.choice([0.1, 0.3, 1.0, 2.0, 4.0, 8.0], size=themes)
daily = rng.poisson(level[:, None], size=(themes, 1300))
for theme in range(themes):
    for start in rng.choice(1290, size=3, replace=False):
        daily[theme, start:start + 5] += rng.poisson(3 * level[theme] + 3, size=5)
write("daily.csv", daily)

# weeks: seasonal, a slow trend on some themes, two outbreaks each
weeks = np.arange(1, 261)
base = rng.uniform(0.5, 30, size=themes)
season = rng.uniform(0, 0.6, size=themes)
trend = rng.choice([0.0, 0.002, -0.002], size=themes)
mu = base[:, None] * np.exp(season[:, None] * np.sin(2 * np.pi * weeks / 52) + trend[:, None] * weeks)
weekly = rng.poisson(mu)
for theme in range(themes):
    for start in rng.choice(255, size=2, replace=False):
        weekly[theme, start:start + 3] += rng.poisson(2 * base[theme] + 4, size=3)
write("weekly.csv", weekly)
write("volume.csv", weekly.sum(axis=0, keepdims=True))

# matching: a quarter of pairs forbidden, 1 to 3 free places per volunteer
scores = rng.integers(0, 10001, size=(requests, volunteers))
scores[rng.random((requests, volunteers)) < 0.25] = -1
write("scores.csv", scores)
write("places.csv", rng.integers(1, 4, size=(1, volunteers)))

# evaluation: baseline and three follow-ups (M3, M6, M12); coaching adds a little each time
arm = rng.integers(0, 2, size=participants)
baseline = np.round(rng.normal(50, 10, size=participants), 1)
rows = []
withdrawn = rng.random(participants) < 0.05
for i in range(participants):
    row = [arm[i], int(withdrawn[i]), baseline[i]]
    for step, effect in enumerate((1.0, 2.0, 2.5)):
        missing = withdrawn[i] and step > 0 or rng.random() < 0.08
        score = 0.6 * baseline[i] + 20 + effect * arm[i] + rng.normal(0, 8)
        row.append("" if missing else f"{score:.1f}")
    rows.append(",".join(str(v) for v in row))
with open(f"{out}/outcomes.csv", "w") as f:
    f.write("arm,withdrawn,baseline,m3,m6,m12\n" + "\n".join(rows) + "\n")

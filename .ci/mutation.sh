#!/usr/bin/env bash
# Mutation testing (PIT) of the algorithm packages: the spike detectors, small-cell suppression and
# the personal-data detector (ecdp-logging), the assignment solvers (ecdp-mentoring), the randomiser,
# the allocation chain and the evaluation statistics (ecdp-housing). Each module names its classes in
# its pit.targetClasses property; the profile "mutation" in the parent pom holds PIT's set-up.
# Prints killed/total per module and overall; fails when overall is under MIN (default 90) percent,
# or when a mutant of the suppression code survives that is not listed as equivalent in
# docs/mutation-equivalents.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
min=${MIN:-90}
# the build needs a JDK 21+: JAVA_HOME when it is one, else the newest under /usr/lib/jvm (as ./ecdp does)
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [[ -z ${JAVA_HOME:-} || $(java_major "$JAVA_HOME/bin/java") -lt 21 ]]; then
  for candidate in /usr/lib/jvm/*; do
    [[ -x $candidate/bin/javac ]] || continue
    major=$(java_major "$candidate/bin/java")
    if [[ $major -ge 21 && $major -gt ${best_major:-0} ]]; then best=$candidate best_major=$major; fi
  done
  export JAVA_HOME=${best:?mutation: needs a JDK 21 or newer} PATH=${best:-}/bin:$PATH
fi
modules=ecdp-logging,ecdp-mentoring,ecdp-housing
start=$(date +%s)
rm -rf ecdp-logging/target/pit-reports ecdp-mentoring/target/pit-reports ecdp-housing/target/pit-reports # never read an earlier run's
mvn -B -ntp -q -P mutation -pl "$modules" -am test-compile org.pitest:pitest-maven:mutationCoverage "$@"
python3 - "$min" <<'PY'
import sys, xml.etree.ElementTree as ET
minimum = float(sys.argv[1])
killed_all = total_all = 0
survivors = []
for module in ("ecdp-logging", "ecdp-mentoring", "ecdp-housing"):
    mutations = ET.parse(f"{module}/target/pit-reports/mutations.xml").getroot()
    total = killed = 0
    for m in mutations:
        total += 1
        status = m.get("status")
        if m.get("detected") == "true":
            killed += 1
        elif "Suppress" in m.findtext("mutatedClass"):
            survivors.append(f"{m.findtext('mutatedClass')}.{m.findtext('mutatedMethod')}"
                             f":{m.findtext('lineNumber')} {m.findtext('mutator').rsplit('.', 1)[-1]}"
                             f" {status}")
    print(f"mutation: {module}: {killed} of {total} killed ({100.0 * killed / max(total, 1):.1f}%)")
    killed_all += killed
    total_all += total
score = 100.0 * killed_all / max(total_all, 1)
print(f"mutation: overall: {killed_all} of {total_all} killed ({score:.1f}%)")
equivalent = set()
with open("docs/mutation-equivalents.txt") as f:
    for line in f:
        line = line.split("#", 1)[0].strip()
        if line:
            equivalent.add(line)
unexplained = [s for s in survivors if s.rsplit(" ", 1)[0] not in equivalent]
for s in survivors:
    print(f"mutation: suppression survivor{' (equivalent)' if s not in unexplained else ''}: {s}")
if score < minimum or unexplained:
    print(f"mutation: FAILED (need {minimum}% and no unexplained suppression survivor)")
    sys.exit(1)
PY
echo "mutation: done in $(( $(date +%s) - start )) s"

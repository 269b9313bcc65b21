#!/usr/bin/env bash
# One-run comparisons of the portal's algorithms with the reference implementations, on the same
# generated inputs in the same run (issue 17):
#   (a) EARS C1-C3 on 200 themes x 1,300 working days      vs R surveillance::earsC
#   (b) Farrington flexible on 200 themes (last N weeks)     vs R surveillance::farringtonFlexible,
#       without and, once the detector has detect(counts, volume, first), with the week's volume
#       of all themes as offset (R's populationOffset = TRUE); until then that row says "not yet"
#   (c) matching 2,000 requests x 1,000 volunteers           vs SciPy linear_sum_assignment (expanded by capacity)
#   (d) evaluation of 10,000 participants x 4 timepoints     vs statsmodels OLS + SciPy
# Prints, per case, the portal's time (best of ROUNDS after two warm-up runs), the reference's
# (best of ROUNDS for Python; one run for R, whose functions take minutes), their ratio and
# whether every answer is equal (exit 1 if one is not).
#   bench/compare.sh
# WEEKS (default 13) sets how many of the last weeks of each theme Farrington judges; ROUNDS
# (default 5); KEEP=1 keeps the working directory. Installs Debian's r-cran-surveillance,
# python3-scipy and python3-statsmodels when missing (needs root). Uses Debian's /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")/.."
weeks=${WEEKS:-13}; rounds=${ROUNDS:-5}
python=/usr/bin/python3

missing=()
Rscript -e 'suppressMessages(library(surveillance))' >/dev/null 2>&1 || missing+=(r-cran-surveillance)
$python -c 'import scipy.optimize' >/dev/null 2>&1 || missing+=(python3-scipy)
$python -c 'import statsmodels.api' >/dev/null 2>&1 || missing+=(python3-statsmodels)
if (( ${#missing[@]} )); then
  echo "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# the JDK the launcher would choose (Java 21 or newer)
if [[ -z ${JAVA_HOME:-} ]]; then
  for candidate in /usr/lib/jvm/*; do
    [[ -x $candidate/bin/javac ]] || continue
    major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    [[ $major =~ ^[0-9]+$ ]] && (( major >= 21 )) && JAVA_HOME=$candidate
  done
fi
[[ -n ${JAVA_HOME:-} ]] && export JAVA_HOME PATH=$JAVA_HOME/bin:$PATH
mvn=mvn; command -v mvn >/dev/null || mvn=./mvnw

work=$(mktemp -d)
[[ ${KEEP:-} == 1 ]] && echo "working directory: $work" || trap 'rm -rf "$work"' EXIT
modules=ecdp-logging,ecdp-mentoring,ecdp-housing
$mvn -B -q -o -ntp package dependency:build-classpath -pl $modules -am -DskipTests -Dchecks.skip \
  -Dmdep.outputFile=target/compare-classpath.txt -Dmdep.includeScope=runtime > "$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
classpath=ecdp-domain/target/classes:ecdp-logging/target/classes:ecdp-mentoring/target/classes:ecdp-housing/target/classes
for module in ${modules//,/ }; do classpath+=:$(cat "$module/target/compare-classpath.txt"); done
javac -d "$work/classes" -cp "$classpath" bench/compare/Compare.java

echo "inputs (seeded) in $work; load: $(uptime)"
$python bench/compare/generate.py "$work" 200 2000 1000 10000
echo "the portal (Java $(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p'))..."
java -cp "$work/classes:$classpath" Compare "$work" "$weeks" "$rounds"
echo "R $(Rscript -e 'cat(R.version$major, R.version$minor, sep = ".")') with surveillance $(Rscript -e 'cat(format(packageVersion("surveillance")))')..."
Rscript bench/compare/reference.R "$work" "$weeks" $([[ -f $work/java-farrington-offset.csv ]] && echo offset)
echo "SciPy $($python -c 'import scipy; print(scipy.__version__)'), statsmodels $($python -c 'import statsmodels; print(statsmodels.__version__)')..."
$python bench/compare/reference.py "$work" "$rounds"
echo "load: $(uptime)"
$python bench/compare/check.py "$work" "$weeks"

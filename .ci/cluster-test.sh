#!/usr/bin/env bash
# The cluster test (run by .ci/run against MariaDB): `./ecdp cluster --instances 2` as the README
# starts it (two Payara Micro instances in one data grid, nginx in front), then what a user and
# an API client would notice:
#   1. both instances are in one data grid and the load balancer answers;
#   2. signed in through instance 1, the same browser session works through instance 2, a Faces
#      form rendered by instance 1 is posted back to instance 2, and it keeps working through the
#      load balancer after instance 1 is killed;
#   2b. the capture form's themes, chosen by Ajax one at a time, survive clicks that land on
#      different instances (a theme picked on 1, one on 2, "Log it" on 1 stores both), and a
#      post to an expired view is sent back to its page with what was typed, never a 500; the
#      view-scoped bean itself also reaches instance 2 through the session;
#   2c. a workbook checked through instance 1 is imported through instance 2 (the checked upload
#      waits in the database, not on the disk of the instance that checked it): its entries are
#      stored once;
#   2d. the same through the import page: checked through instance 1, "Import" pressed on
#      instance 2 (the page's view-scoped state and the waiting workbook both cross over);
#   3. two clients post entries (each with an Idempotency-Key, sending a failed one again) through
#      the load balancer while instance 1 is killed with SIGKILL: every entry acknowledged with
#      201 is stored exactly once, and so is every entry sent (0 lost, 0 duplicated);
#   4. the killed instance is started again by the launcher, rejoins and takes traffic;
#   5. the database goes away for 15 s (the instances reach MariaDB through a TCP proxy this script
#      starts, .ci/DbProxy.java, and cuts; the machine's MariaDB keeps running for everyone else):
#      every instance answers 503 with Retry-After within 2 s, serves again once it is back, and
#      every entry acknowledged around the outage is stored exactly once.
# Prints "N passed, M failed" and exits non-zero when a check fails.
#   .ci/cluster-test.sh [PORT]      (default 8380: instances on 8381, 8382)
set -uo pipefail
cd "$(dirname "$0")/.."
port=${1:-8380}
lb=http://127.0.0.1:$port
db=${ECDP_CLUSTER_TEST_DB:-ecdp_cluster_test}
work=$(mktemp -d /tmp/ecdp-cluster-test.XXXXXX)
state=$work/data/cluster
passed=0 failed=0
check() { # check NAME CONDITION-RESULT(0/1) DETAIL
  if [[ $2 == 0 ]]; then passed=$((passed + 1)); echo "cluster-test: PASS $1 ${3:-}"
  else failed=$((failed + 1)); echo "cluster-test: FAIL $1 ${3:-}"; fi
}
sql() { mariadb -h 127.0.0.1 -u root -N -B "$db" -e "$1"; }

mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# the instances reach MariaDB through a proxy that section 5 cuts (while $work/proxy-cut exists)
proxy_port=$((port + 9))
"${JAVA_HOME:+$JAVA_HOME/bin/}java" .ci/DbProxy.java "$proxy_port" 127.0.0.1 3306 "$work/proxy-cut" > "$work/proxy.log" 2>&1 &
proxy=$!
until grep -q listening "$work/proxy.log" 2>/dev/null; do
  kill -0 "$proxy" 2>/dev/null || { echo "cluster-test: the database proxy did not start:"; cat "$work/proxy.log"; exit 1; }
  sleep 0.5
done
ECDP_DATA_DIR=$work/data ECDP_DB_URL=jdbc:mariadb://127.0.0.1:$proxy_port/$db ECDP_DB_USER=root ECDP_DB_PASSWORD= \
  setsid ./ecdp cluster --instances 2 --port "$port" --demo > "$work/cluster.log" 2>&1 &
launcher=$!
finish() {
  rm -f "$work/proxy-cut"
  kill -TERM "$launcher" 2>/dev/null
  for _ in $(seq 1 40); do kill -0 "$launcher" 2>/dev/null || break; sleep 1; done
  kill -KILL -- -"$launcher" 2>/dev/null
  if [[ $failed -gt 0 ]]; then
    echo "cluster-test: launcher log:"; cat "$work/cluster.log"
    for f in "$state"/instance-*.log; do echo "cluster-test: last lines of $f"; tail -40 "$f" | cut -c1-400; done
  fi
  kill "$proxy" 2>/dev/null
  rm -rf "$work"
}
trap finish EXIT

# --- 1. the cluster comes up --------------------------------------------------------------
started=$SECONDS
until grep -q "instance 2 is ready" "$work/cluster.log" 2>/dev/null; do
  if ! kill -0 "$launcher" 2>/dev/null || (( SECONDS - started > 900 )); then
    check "cluster starts" 1 "(not ready after $((SECONDS - started)) s)"; echo "$passed passed, $failed failed"; exit 1
  fi
  sleep 2
done
check "cluster starts" 0 "(both instances ready after $((SECONDS - started)) s)"
grep -q "DG Size: 2" "$state"/instance-2.log; check "instance 2 joined instance 1's data grid" $?
[[ $(curl -s -o /dev/null -w '%{http_code}' "$lb/health/ready") == 200 ]]; check "the load balancer answers /health/ready" $?

# --- 2. a session lives in the data grid ----------------------------------------------------
jar=$work/cookies
i1=http://127.0.0.1:$((port + 1)) i2=http://127.0.0.1:$((port + 2))
field() { grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" | head -1 | sed 's/.*value="//;s/"$//'; }
sign_in() { # sign_in COOKIE_JAR BASE USER: the sign-in form as a browser posts it; prints the HTTP status
  local form; form=$(curl -s -c "$1" -b "$1" "$2/login.xhtml")
  curl -s -o /dev/null -w '%{http_code}' -c "$1" -b "$1" "$2/login.xhtml" --data-urlencode login=login \
    --data-urlencode username="$3" --data-urlencode password=demo --data-urlencode signIn="Sign in" \
    --data-urlencode "jakarta.faces.ViewState=$(field jakarta.faces.ViewState <<<"$form")"
}
code=$(sign_in "$jar" "$i1" staff)
[[ $code == 302 ]]; check "staff signs in through instance 1" $? "(HTTP $code)"
signed_in() { # the log page, as the signed-in user (not the sign-in form)
  local body; body=$(curl -s -c "$jar" -b "$jar" "$1/log/entries.xhtml")
  grep -q 'id="capture"' <<<"$body" && ! grep -q 'id="login"' <<<"$body"
}
signed_in "$i2"; check "the session signed in on instance 1 works on instance 2" $?
home=$(curl -s -c "$jar" -b "$jar" "$i1/index.xhtml")
nonce=$(grep -o 'nonce="[^"]*"' <<<"$home" | head -1 | sed 's/nonce="//;s/"//')
back=$(curl -s -w '\n%{http_code}' -c "$jar" -b "$jar" "$i2/index.xhtml" --data-urlencode signOutForm=signOutForm \
  --data-urlencode "jakarta.faces.ViewState=$(field jakarta.faces.ViewState <<<"$home")" --data-urlencode "primefaces.nonce=$nonce")
[[ ${back##*$'\n'} == 200 ]] && grep -q "<title>Home" <<<"$back"
check "a form rendered by instance 1 posts back to instance 2 (Faces view state in the grid)" $? "(HTTP ${back##*$'\n'})"

# --- 2b. a page's Ajax choices survive a switch of instance --------------------------------
capture=$(curl -s -c "$jar" -b "$jar" "$i1/log/entries.xhtml?service=ADVOCACY")
cvs=$(field jakarta.faces.ViewState <<<"$capture"); ckey=$(field capture:formKey <<<"$capture")
cnonce=$(grep -o "PrimeFaces.csp.init('[^']*')" <<<"$capture" | head -1 | sed "s/.*('//;s/')//")
pick() { # pick INSTANCE CODE CARRIED: the theme picker's Ajax "itemSelect" as PrimeFaces posts it (the whole form); prints the carried themes
  curl -s -c "$jar" -b "$jar" "$1/log/entries.xhtml" -H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' \
    --data-urlencode capture=capture --data-urlencode "jakarta.faces.ViewState=$cvs" --data-urlencode "primefaces.nonce=$cnonce" \
    --data-urlencode jakarta.faces.partial.ajax=true --data-urlencode jakarta.faces.source=capture:themes \
    --data-urlencode jakarta.faces.partial.execute=capture:themes --data-urlencode "jakarta.faces.partial.render=capture:themes capture:chosenThemes" \
    --data-urlencode jakarta.faces.behavior.event=itemSelect --data-urlencode jakarta.faces.partial.event=itemSelect \
    --data-urlencode "capture:themes_hinput=$2" --data-urlencode "capture:themes_itemSelect=$2" --data-urlencode "capture:carriedThemes=$3" \
    --data-urlencode "capture:formKey=$ckey" --data-urlencode "capture:summary=" | field capture:carriedThemes
}
carried=$(pick "$i1" PIP "")
carried=$(pick "$i2" HOUSING "$carried")
[[ $carried == PIP,HOUSING ]]; check "a theme picked on instance 1 is still chosen when the next pick lands on instance 2" $? "(carried: $carried)"
word=zv$(date +%s%N | tail -c 9)
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$i1/log/entries.xhtml" --data-urlencode capture=capture \
  --data-urlencode "jakarta.faces.ViewState=$cvs" --data-urlencode "primefaces.nonce=$cnonce" --data-urlencode "capture:carriedThemes=$carried" \
  --data-urlencode "capture:formKey=$ckey" --data-urlencode "capture:occurredOn=$(date +%F)" \
  --data-urlencode "capture:summary=Bus pass refused at the desk $word" --data-urlencode capture:peopleCount=1 --data-urlencode "capture:save=Log it")
themes=$(curl -s -u officer:demo "$lb/api/entries?q=$word" | grep -o '"themes":\[[^]]*\]')
[[ $code == 302 && $themes == '"themes":["PIP","HOUSING"]' ]]
check "\"Log it\" back on instance 1 stores both themes, the one picked on instance 2 too" $? "(HTTP $code, stored $themes)"
back=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" "$i2/log/entries.xhtml" --data-urlencode capture=capture \
  --data-urlencode "jakarta.faces.ViewState=-1:2" --data-urlencode "primefaces.nonce=$cnonce" --data-urlencode "capture:carriedThemes=PIP" \
  --data-urlencode "capture:summary=Typed before it expired $word" --data-urlencode "capture:save=Log it")
again=$(curl -s -w '\n%{http_code}' -c "$jar" -b "$jar" "$i1/log/entries.xhtml")
[[ ${back%% *} == 302 && ${again##*$'\n'} == 200 ]] && grep -q 'id="expiredNotice"' <<<"$again" \
  && grep -q "Typed before it expired $word</textarea>" <<<"$again" && grep -q 'name="capture:carriedThemes" value="PIP"' <<<"$again"
check "a post to an expired view on instance 2 comes back on instance 1 with what was typed and a notice, not a 500" $? "(HTTP $back, then ${again##*$'\n'})"
[[ $(sql "SELECT COUNT(*) FROM log_entry WHERE summary LIKE 'Typed before it expired $word%'") == 0 ]]
check "the expired post stored nothing" $?
# without the hidden field: the view-scoped bean itself reaches instance 2 in the session (every bean of every page, not just this form)
capture=$(curl -s -c "$jar" -b "$jar" "$i1/log/entries.xhtml?service=ADVOCACY")
cvs=$(field jakarta.faces.ViewState <<<"$capture"); ckey=$(field capture:formKey <<<"$capture")
pick "$i1" PIP "" > /dev/null
bare=$(curl -s -c "$jar" -b "$jar" "$i2/log/entries.xhtml" -H 'Faces-Request: partial/ajax' --data-urlencode capture=capture \
  --data-urlencode "jakarta.faces.ViewState=$cvs" --data-urlencode "primefaces.nonce=$cnonce" --data-urlencode jakarta.faces.partial.ajax=true \
  --data-urlencode jakarta.faces.source=capture:themes --data-urlencode jakarta.faces.partial.execute=capture:themes \
  --data-urlencode "jakarta.faces.partial.render=capture:chosenThemes" --data-urlencode jakarta.faces.behavior.event=itemSelect \
  --data-urlencode "capture:themes_hinput=HOUSING" --data-urlencode "capture:themes_itemSelect=HOUSING" | field capture:carriedThemes)
[[ $bare == PIP,HOUSING ]]
check "a view-scoped bean reaches instance 2 through the session (a pick posted without the hidden field keeps instance 1's)" $? "(bean holds: $bare)"
nononce=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$i2/log/entries.xhtml" --data-urlencode capture=capture \
  --data-urlencode "jakarta.faces.ViewState=-1:2" --data-urlencode "capture:summary=x" --data-urlencode "capture:save=Log it")
[[ $nononce == 302 ]]; check "an expired post without PrimeFaces' nonce is sent back too (was a 500: Missing CSP nonce)" $? "(HTTP $nononce)"

# --- 2c. a workbook checked through instance 1 is imported through instance 2 ----------------
iword=zi$(date +%s%N | tail -c 9)
python3 .ci/workbook.py "$work/old-log.xlsx" "$iword" 3
checked=$(curl -s -u officer:demo "$i1/api/entries/import?dryRun=true" \
  -F "file=@$work/old-log.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
token=$(grep -o '"checked":"[0-9a-f-]*"' <<<"$checked" | cut -d'"' -f4)
[[ -n $token ]]; check "a workbook checked through instance 1 is kept for its import" $? "(${checked:0:300})"
imported=$(curl -s -w '\n%{http_code}' -u officer:demo -X POST "$i2/api/entries/import/checked/$token")
again=$(curl -s -o /dev/null -w '%{http_code}' -u officer:demo -X POST "$i1/api/entries/import/checked/$token")
stored=$(sql "SELECT COUNT(*) FROM log_entry WHERE summary LIKE 'Imported through the grid $iword row %'")
distinct=$(sql "SELECT COUNT(DISTINCT summary) FROM log_entry WHERE summary LIKE 'Imported through the grid $iword row %'")
[[ ${imported##*$'\n'} == 200 && $stored == 3 && $distinct == 3 && $again == 400 ]]
check "it is imported through instance 2 without sending it again: 3 entries stored once; a second import through instance 1 adds nothing" $? \
  "(HTTP ${imported##*$'\n'}: ${imported:0:120}; again HTTP $again; stored $stored)"
[[ $(sql "SELECT COUNT(*) FROM checked_workbook") == 0 && $(sql "SELECT COUNT(*) FROM checked_workbook_chunk") == 0 ]]
check "the imported workbook is forgotten" $?

# --- 2d. the import page: checked through instance 1, "Import" pressed on instance 2 -------------
ojar=$work/officer-cookies
code=$(sign_in "$ojar" "$i1" officer)
[[ $code == 302 ]]; check "the officer signs in through instance 1" $? "(HTTP $code)"
pword=zp$(date +%s%N | tail -c 9)
python3 .ci/workbook.py "$work/page-log.xlsx" "$pword" 4
form=$(curl -s -c "$ojar" -b "$ojar" "$i1/log/import.xhtml")
inonce=$(grep -o "PrimeFaces.csp.init('[^']*')" <<<"$form" | head -1 | sed "s/.*('//;s/')//")
shown=$(curl -s -c "$ojar" -b "$ojar" "$i1/log/import.xhtml" -F upload=upload -F "upload:check=Check the workbook" \
  -F "jakarta.faces.ViewState=$(field jakarta.faces.ViewState <<<"$form")" -F "primefaces.nonce=$inonce" \
  -F "upload:file=@$work/page-log.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
grep -q 'id="validCount">4<' <<<"$shown" && grep -q 'value="Import 4 entries"' <<<"$shown"
check "the import page checks a workbook through instance 1 (4 rows can be imported)" $? "($(grep -o 'id="[a-zA-Z]*Count">[0-9]*' <<<"$shown" | tr '\n' ' '))"
done_at=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$ojar" -b "$ojar" "$i2/log/import.xhtml" --data-urlencode confirm=confirm \
  --data-urlencode "confirm:import=Import 4 entries" --data-urlencode "jakarta.faces.ViewState=$(field jakarta.faces.ViewState <<<"$shown")" \
  --data-urlencode "primefaces.nonce=$inonce")
stored=$(sql "SELECT COUNT(DISTINCT summary) FROM log_entry WHERE summary LIKE 'Imported through the grid $pword row %'")
[[ ${done_at%% *} == 302 && $done_at == *"/log/entries"* && $stored == 4 ]]
check "\"Import\" pressed on instance 2 imports the workbook checked on instance 1 and goes to the log" $? "(HTTP $done_at; stored $stored)"
# the redirect to the log ended that page's view (Faces drops a view's beans when it navigates away),
# so the same "Import" sent again through instance 1 (a back button, a double click) meets a fresh
# import page without the checked workbook: nothing more is stored, and no error page
again=$(curl -s -w '\n%{http_code}' -c "$ojar" -b "$ojar" "$i1/log/import.xhtml" --data-urlencode confirm=confirm \
  --data-urlencode "confirm:import=Import 4 entries" --data-urlencode "jakarta.faces.ViewState=$(field jakarta.faces.ViewState <<<"$shown")" \
  --data-urlencode "primefaces.nonce=$inonce")
[[ $(sql "SELECT COUNT(*) FROM log_entry WHERE summary LIKE 'Imported through the grid $pword row %'") == 4 && ${again##*$'\n'} == 200 ]] \
  && grep -q 'id="upload"' <<<"$again" && ! grep -q 'id="confirm"' <<<"$again"
check "the same \"Import\" sent again through instance 1 adds nothing (a fresh import page, not an error)" $? "(HTTP ${again##*$'\n'})"

# --- 3. kill -9 during a stream of posts ---------------------------------------------------
run=zk$(date +%s%N | tail -c 9)
acks=$work/acks
stop=$work/stop
client() { # client N: posts entries run-N-0, run-N-1, ... until $stop exists; each until a 201
  local n=$1 k=0 key code body
  while [[ ! -e $stop ]]; do
    key=$run-$n-$k
    for try in $(seq 1 60); do
      body=$(curl -s -m 20 -w '\n%{time_total} %{http_code}' "$lb/api/entries" -u staff:demo -H 'Content-Type: application/json' \
        -H "Idempotency-Key: $key" -d "{\"service\":\"ADVOCACY\",\"occurredOn\":\"$(date +%F)\",\"themes\":[\"TRANSPORT\"],\"summary\":\"Taxi card refused, call $key\"}")
      code=${body##* }
      if [[ $code == 201 ]]; then
        echo "$key $(grep -o '"id":[0-9]*' <<<"$body" | head -1 | cut -d: -f2) $(tail -1 <<<"$body" | cut -d' ' -f1)" >> "$acks"
        break
      fi
      echo "$key $code" >> "$work/failures"
      sleep 0.5
    done
    k=$((k + 1))
  done
}
: > "$acks"; : > "$work/failures"
client 1 & c1=$!
client 2 & c2=$!
until [[ $(wc -l < "$acks") -ge 30 ]]; do sleep 0.2; done
victim=$(cat "$state/instance-1.pid")
kill -KILL "$victim"; killed_at=$SECONDS
echo "cluster-test: killed instance 1 (pid $victim) after $(wc -l < "$acks") acknowledged entries"
before=$(wc -l < "$acks")
until [[ $(wc -l < "$acks") -ge $((before + 30)) ]] || (( SECONDS - killed_at > 120 )); do sleep 0.2; done
touch "$stop"; wait $c1 $c2
acked=$(wc -l < "$acks")
(( acked >= before + 30 )); check "entries are acknowledged through the load balancer after the kill" $? "($((acked - before)) after, $before before)"
failures=$(wc -l < "$work/failures")
stored=$(sql "SELECT COUNT(*) FROM log_entry WHERE summary LIKE 'Taxi card refused, call $run-%'")
distinct=$(sql "SELECT COUNT(DISTINCT summary) FROM log_entry WHERE summary LIKE 'Taxi card refused, call $run-%'")
ids=$(cut -d' ' -f2 "$acks" | paste -sd, -)
found=$(sql "SELECT COUNT(*) FROM log_entry WHERE id IN ($ids) AND summary LIKE 'Taxi card refused, call $run-%'")
sleep 3 # the access log is flushed every 2 s
retried=$(grep -c '"POST /api/entries[^"]*" 201 [0-9.:]*, ' "$state/nginx/logs/access.log" || true)
slowest=$(cut -d' ' -f3 "$acks" | sort -n | tail -1)
echo "cluster-test: sent and acknowledged $acked entries ($failures failed attempts sent again by the clients, $retried sent on to instance 2 by nginx); stored $stored, distinct $distinct; acknowledged ids found $found; the longest answer took $slowest s"
[[ $found == "$acked" ]]; check "every acknowledged entry is stored (0 lost)" $? "(lost $((acked - found)))"
[[ $stored == "$distinct" && $stored == "$acked" ]]; check "every entry is stored exactly once (0 duplicated)" $? "(duplicated $((stored - distinct)))"

signed_in "$lb"; check "the browser signed in on instance 1 keeps working through the load balancer after instance 1 died" $?

# --- 4. the killed instance comes back ----------------------------------------------------
until grep -q "instance 1 is ready" <(sed -n '/instance 1 exited/,$p' "$work/cluster.log") || (( SECONDS - killed_at > 400 )); do sleep 2; done
grep -q "instance 1 is ready" <(sed -n '/instance 1 exited/,$p' "$work/cluster.log")
check "instance 1 is started again and rejoins" $? "(ready $((SECONDS - killed_at)) s after the kill)"
for n in $(seq 1 20); do curl -s -o /dev/null -u staff:demo "$lb/api/entries?size=1"; done
sleep 3 # the access log is flushed every 2 s
tail -20 "$state/nginx/logs/access.log" | grep -Eq " 127.0.0.1:$((port + 1))[ ,]"
check "the load balancer sends requests to instance 1 again" $?

# --- 5. the database goes away for 15 s -----------------------------------------------------
run=zo$(date +%s%N | tail -c 9)
acks=$work/acks-outage stop=$work/stop-outage
: > "$acks"; : > "$work/failures"
client 1 & c1=$!
client 2 & c2=$!
until [[ $(wc -l < "$acks") -ge 10 ]]; do sleep 0.2; done
touch "$work/proxy-cut"; cut_at=$SECONDS
before=$(wc -l < "$acks")
sleep 0.3 # the proxy looks every 20 ms
for round in 1 2; do
  for n in 1 2; do
    answer=$(curl -s -o /dev/null -D - -m 10 -w 'took %{http_code} %{time_total}' -u staff:demo "http://127.0.0.1:$((port + n))/api/entries?size=1")
    read -r code took <<<"$(grep -o 'took .*' <<<"$answer" | cut -d' ' -f2,3)"
    retry=$(grep -i '^Retry-After:' <<<"$answer" | tr -d '\r' | cut -d' ' -f2)
    page=$(curl -s -o /dev/null -D - -m 10 -w 'took %{http_code} %{time_total}' -c "$jar" -b "$jar" "http://127.0.0.1:$((port + n))/log/entries.xhtml")
    read -r pcode ptook <<<"$(grep -o 'took .*' <<<"$page" | cut -d' ' -f2,3)"
    pretry=$(grep -i '^Retry-After:' <<<"$page" | tr -d '\r' | cut -d' ' -f2)
    [[ $code == 503 && -n $retry && $pcode == 503 && -n $pretry ]] && awk "BEGIN { exit !($took <= 2 && $ptook <= 2) }"
    check "database away (${round}): instance $n answers the API and a page 503 with Retry-After within 2 s" $? \
      "(API $code in $took s, Retry-After: $retry; page $pcode in $ptook s, Retry-After: $pretry)"
  done
  sleep 2
done
ready=$(curl -s -o /dev/null -w '%{http_code}' -m 5 "$i1/health/ready")
[[ $ready == 503 ]]; check "database away: /health/ready is down" $? "(HTTP $ready)"
while (( SECONDS - cut_at < 15 )); do sleep 0.2; done
rm -f "$work/proxy-cut"; back_ns=$(date +%s%N)
for n in 1 2; do
  served=
  for _ in $(seq 1 150); do
    asked=$(date +%s%N)
    if [[ $(curl -s -o /dev/null -m 10 -w '%{http_code}' -u staff:demo "http://127.0.0.1:$((port + n))/api/entries?size=1") == 200 ]]; then
      served=$(( (asked - back_ns) / 1000000 )); break
    fi
    sleep 0.2
  done
  [[ -n $served ]] && (( served <= 2000 ))
  check "database back: instance $n serves again within 2 s" $? "(a request sent ${served:-never} ms after the return answered 200)"
done
after=$(wc -l < "$acks")
until [[ $(wc -l < "$acks") -ge $((after + 10)) ]] || (( SECONDS - cut_at > 90 )); do sleep 0.2; done
touch "$stop"; wait $c1 $c2
acked=$(wc -l < "$acks")
stored=$(sql "SELECT COUNT(*) FROM log_entry WHERE summary LIKE 'Taxi card refused, call $run-%'")
distinct=$(sql "SELECT COUNT(DISTINCT summary) FROM log_entry WHERE summary LIKE 'Taxi card refused, call $run-%'")
ids=$(cut -d' ' -f2 "$acks" | paste -sd, -)
found=$(sql "SELECT COUNT(*) FROM log_entry WHERE id IN ($ids) AND summary LIKE 'Taxi card refused, call $run-%'")
echo "cluster-test: around the outage $acked entries acknowledged ($before before the cut, $((acked - after)) after the return, $(wc -l < "$work/failures") failed attempts sent again); stored $stored, distinct $distinct"
(( acked >= after + 10 )); check "entries are acknowledged again after the database's return" $?
[[ $found == "$acked" && $stored == "$distinct" && $stored == "$acked" ]]
check "every entry acknowledged around the outage is stored exactly once (0 lost, 0 duplicated)" $? "(lost $((acked - found)), duplicated $((stored - distinct)))"

echo "cluster-test: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[[ $failed == 0 ]]

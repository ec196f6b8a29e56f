#!/usr/bin/env bash
# Measures what a user waits for: JVM start to the sign-in window, and sign-in to the main window, on a real window
# under Xvfb, with a store of N elders (default 100,000) and -Xmx256m. Needs: xvfb, xdotool, a built target/yiping.jar.
# Usage: bench/startup.sh [runs] [elders] [seconds before typing]
# The last argument stands for the person reading the screen and typing; 0 signs in as soon as the window shows,
# while the background warm-up is still running (the worst case).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
elders=${2:-100000}
pause=${3:-4}
data=$(mktemp -d /tmp/yiping-bench-XXXX)
export YIPING_PASSWORD=Kuqa2026pw
java -jar target/yiping.jar init --data-dir "$data" --admin bench >/dev/null
if [ "$elders" -gt 0 ]; then
  java -cp "target/test-classes:target/classes:target/lib/*" org.yiping.bench.RosterFile "$elders" "$data/roster.csv"
  java -jar target/yiping.jar elder import --data-dir "$data" --user bench --csv "$data/roster.csv" \
    --within 650100000000 | head -c 200; echo
fi
for i in $(seq 1 "$runs"); do
  log=$(mktemp)
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    java -Xmx256m -Dyiping.timingLog=INFO -jar target/yiping.jar --data-dir '$data' 2>'$log' &
    app=\$!
    xdotool search --sync --name '颐评' >/dev/null
    for t in \$(seq 1 100); do grep -q 'sign-in window' '$log' && break; sleep 0.1; done
    sleep $pause
    xdotool type --delay 20 bench; xdotool key Tab; xdotool type --delay 20 \"\$YIPING_PASSWORD\"; xdotool key Return
    for t in \$(seq 1 300); do grep -q 'main window' '$log' && break; sleep 0.1; done
    for t in \$(seq 1 300); do grep -q 'elder index' '$log' && break; sleep 0.1; done
    sleep 1
    # Heap after a full GC, with every elder in the search index: what the app needs, not what it was given.
    jcmd \$app GC.run >/dev/null 2>&1 || true
    echo \"heap after GC: \$(jcmd \$app GC.heap_info 2>/dev/null | grep -E 'garbage-first heap' | head -1)\" >> '$log'
    kill \$app"
  grep -E "timing|heap" "$log" | sed -e "s/^/run $i: /"
  rm -f "$log"
done
rm -rf "$data"

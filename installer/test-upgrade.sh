#!/usr/bin/env bash
# Package-level upgrade test: builds version N and N+1 of the .deb (N+1 = the same app plus the test-only migration
# src/test/resources/db/upgrade-add-column/V900__*.sql, added at build time), installs N with dpkg -i, creates data with
# the installed command line (init, roster import of 200 elders), installs N+1 over it, and finds every record.
#
#   installer/test-upgrade.sh [--skip-build] [--elders N]
#
# Needs root (dpkg -i) on a box where yiping is not installed: it installs the package and removes it at the end.
# Run after ./mvnw package (it uses target/yiping.jar). Takes about 10 minutes on 2 cores, so CI does not run it;
# docs/benchmarks.md has the last run's figures.
set -euo pipefail
cd "$(dirname "$0")/.."

skip_build=false
elders=200
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) skip_build=true; shift ;;
    --elders) elders="$2"; shift 2 ;;
    *) echo "test-upgrade.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "test-upgrade.sh: needs root for dpkg -i" >&2; exit 2; }
if dpkg-query -W -f='${Status}' yiping 2>/dev/null | grep -q "ok installed"; then
  echo "test-upgrade.sh: yiping is installed on this box; remove it first (dpkg -r yiping)" >&2
  exit 2
fi

v_old=0.1.0
v_new=0.1.1
out=target/upgrade
start=$(date +%s)
if ! $skip_build; then
  installer/build.sh --skip-jar --version "$v_old" --out "$out/old"
  installer/build.sh --skip-jar --version "$v_new" --out "$out/new" \
    --extra-migrations src/test/resources/db/upgrade-add-column
fi
built=$(date +%s)
deb_old=$(ls "$out"/old/yiping_"$v_old"-*.deb)
deb_new=$(ls "$out"/new/yiping_"$v_new"-*.deb)

work=$(mktemp -d)
cleanup() {
  dpkg -P yiping >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
data="$work/data"
export YIPING_PASSWORD="Upgrade2026a"
passed=0
failed=0
check() {
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); echo "ok    $name"; else failed=$((failed + 1)); echo "FAIL  $name"; fi
}

# A roster of valid ID numbers (GB 11643 check character) in 红雁街道, 天山区.
id_number() {
  local body=$1 sum=0 i
  local -a weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2)
  for i in $(seq 0 16); do sum=$((sum + ${body:i:1} * weights[i])); done
  local checks="10X98765432"
  echo "$body${checks:$((sum % 11)):1}"
}
surnames=(张 王 李 赵 刘 陈 杨 黄 买 艾)
given=(秀兰 建国 玉珍 古丽 淑英 桂芳 德明 凤英 阿依 热依汗 喆 堃)
{
  echo "序号,姓名,身份证号,乡镇（街道）,村（社区）"
  for i in $(seq 1 "$elders"); do
    birth=$(printf '%04d%02d%02d' $((1930 + i % 30)) $((1 + i % 12)) $((1 + i % 28)))
    echo "$i,${surnames[i % 10]}${given[(i / 10) % 12]},$(id_number "650102${birth}$(printf '%03d' $((i % 1000)))"),红雁街道,东大梁社区"
  done
} >"$work/roster.csv"

dpkg -i "$deb_old" >/dev/null
check "version $v_old installed" test "$(dpkg-query -W -f='${Version}' yiping)" = "$v_old-1"
yiping init --data-dir "$data" --admin admin >/dev/null
yiping elder import --data-dir "$data" --user admin --csv "$work/roster.csv" --within 650102000000 >"$work/import.json"
check "version $v_old imported $elders elders" grep -q "\"imported\":$elders" "$work/import.json"
yiping elder list --data-dir "$data" --user admin --limit 100000 --json >"$work/before.json"
check "version $v_old lists $elders elders" grep -q "^{\"total\":$elders," "$work/before.json"
check "no backup before any upgrade" test ! -e "$data/backups"

dpkg -i "$deb_new" >/dev/null
check "version $v_new installed over it" test "$(dpkg-query -W -f='${Version}' yiping)" = "$v_new-1"
check "version $v_new carries the new migration" bash -c 'env -u DISPLAY yiping --self-test | grep -q "\"schemaVersion\":\"900\""'
yiping elder list --data-dir "$data" --user admin --limit 100000 --json >"$work/after.json"
check "version $v_new finds every record, unchanged" cmp -s "$work/before.json" "$work/after.json"
check "one backup taken before migrating to 900" bash -c "ls '$data/backups' | grep -c -- '-before-v900.zip\$' | grep -qx 1"
yiping elder list --data-dir "$data" --user admin --limit 100000 --json >"$work/again.json"
check "the migration ran once (no second backup, same records)" bash -c \
  "cmp -s '$work/before.json' '$work/again.json' && test \$(ls '$data/backups' | wc -l) -eq 1"

done_at=$(date +%s)
echo "Built both packages in $((built - start)) s; install, data, upgrade and checks in $((done_at - built)) s"
echo "Sizes: $(stat -c '%n %s' "$deb_old" "$deb_new" | tr '\n' ' ')"
echo "upgrade: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

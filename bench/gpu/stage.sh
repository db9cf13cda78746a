#!/bin/bash
# Stage what bench/gpu/device.sh runs on the GPU machine into .devbin/ (an
# ignored folder the device call carries): mcc-calibrate, the ULP test and
# its shaders, and the benchmark programs compiled by BUILD/bin/mcc. The two
# tools link the runtime, which names OpenBLAS and LAPACKE (the GPU machine
# has neither, and they are 40 MB); they never call them, so empty stand-ins
# with those names satisfy the loader there.
# Usage: bench/gpu/stage.sh BUILD [--calibration FILE]
set -eu
BUILD=$1
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
D=$root/.devbin
rm -rf "$D"
mkdir -p "$D/lib" "$D/bench"
cp "$BUILD/bin/mcc-calibrate" "$BUILD/bin/mcc_math_ulp_test" "$D/"
cp "$(find "$BUILD" -name math_f32.spv | head -1)" "$(find "$BUILD" -name math_f64.spv | head -1)" "$D/"
echo 'void LAPACKE_set_nancheck(int flag) { (void)flag; }' >"$D/lib/stub.c"
for l in libopenblas.so.0 liblapacke.so.3; do
  cc -shared -fPIC -Wl,-soname,$l -o "$D/lib/$l" "$D/lib/stub.c"
done
python3 "$root/bench/gpu/run.py" build --mcc "$BUILD/bin/mcc" -o "$D/bench" "$@"
strip "$D"/bench/*-single-* "$D"/bench/*-double-* "$D"/mcc-calibrate "$D"/mcc_math_ulp_test
du -sh "$D"

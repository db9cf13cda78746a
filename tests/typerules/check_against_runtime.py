#!/usr/bin/env python3
"""The type rules of Builtins.def agree with what the runtime returns.

    tests/typerules/check_against_runtime.py --mcc build/bin/mcc

For each call below, program A computes it as written and `mcc --emit=typed`
says what inference claims for its result (class, complexity, shape).
Program B makes the same call with every argument passed through a function
whose result inference cannot know (a global), so the call runs on the
runtime's generic path, and prints the class, isreal and size the runtime
gave. A claim that the run contradicts (another class, real where the
runtime gave complex or the reverse, a known extent of another size) is a
lie that would miscompile unboxed or fused code, and fails this check.
Calls that raise an error at run time are skipped (an error is never a lie).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

# Calls, with argument lists written so that each argument is one MATLAB
# expression separated by ' ; ' (so commas inside arguments stay).
CALLS = """
erf ; single([0.5 1])
erf ; [true false]
gamma ; 2.5
gammaln ; single(3)
cbrt ; -8
expm1 ; 'ab'
asinh ; [1 2; 3 4]
asinh ; 1 + 2i
log1p ; -2
log1p ; 3
acosh ; 0.5
atanh ; single(0.5)
sin ; 1i
round ; 1 + 0.2i
abs ; int8(-5)
bitand ; uint8(12) ; 10
bitor ; true ; false
bitxor ; int16([1 2 3]) ; int16(1)
bitcmp ; uint8(1)
bitcmp ; true
idivide ; int32(7) ; 2
nthroot ; single(-27) ; 3
beta ; 2 ; 3
gcd ; int16(12) ; 18
lcm ; true ; 4
factorial ; single([3 4])
factorial ; int8(4)
factorial ; true
isprime ; uint8([2 3 4])
isletter ; 'a1'
isspace ; [32 65]
cummax ; [true false true]
cummax ; 'abc'
max ; [true false]
min ; int8([1 2])
sum ; int8([1 2])
sum ; 'ab'
mean ; int8([1 2])
prod ; single([1 2])
any ; [1 0; 0 0]
abs ; 'a'
floor ; true
sqrt ; -4
sqrt ; single(4)
sqrt ; abs([1 0]) / abs([1 1; 0 1])
log ; abs([1 0]) / 2
atanh ; abs(2)
mod ; int8(5) ; 3
atan2 ; single(1) ; 2
isnan ; 'a'
upper ; 'ab'
sort ; int8([3 1])
fliplr ; [true false]
cellfun ; @numel ; {1, [1 2]}
cummin ; int8([3 1 2])
cumsum ; [true true]
cumsum ; 'ab'
cumsum ; int8([100 100])
cumprod ; single([1 2])
cumsum ; [1+1i, 1-1i]
isfloat ; int8(1)
isinteger ; int8(1)
ismatrix ; zeros(2, 2, 2)
issquare ; zeros(3)
issorted ; [3 1 2]
isa ; 1 ; 'numeric'
isfield ; struct('a', 1) ; 'a'
contains ; 'abc' ; 'b'
startsWith ; 'abc' ; 'a'
endsWith ; 'abc' ; 'c'
class ; int8(1)
pwd
tempdir
blanks ; 0
blanks ; 3
newline
date
getenv ; 'MCC_TYPERULES_UNSET_VARIABLE'
getenv ; 'PATH'
strtrim ; '   '
strtrim ; [' a '; ' b ']
deblank ; 'x  '
dec2bin ; [1 2 3]
dec2hex ; 255
dec2base ; 10 ; 3
datestr ; 738000
strrep ; 'abc' ; 'b' ; 'x'
regexprep ; 'abc' ; 'b' ; ''
strip ; '  a  '
reverse ; 'abc'
str2double ; '2.5'
str2double ; '1+2i'
str2double ; 5
str2double ; ['1'; '2']
now
cputime
etime ; [2024 1 1 0 0 0] ; [2024 1 1 0 0 1]
realmax
realmax ; 'single'
realmin ; 'double'
flintmax ; 'single'
intmax
intmax ; 'uint16'
intmin ; 'int64'
datenum ; 2024 ; 1 ; 15
datenum ; 738000
weekday ; 738000
nchoosek ; 5 ; 2
median ; [1 2 3]
median ; int16([4 5 6])
median ; [true false true]
median ; single([1 2; 3 4; 5 6])
median ; zeros(1, 0)
median ; zeros(3, 0)
mode ; 'aab'
mode ; [true true false]
mode ; int8([1 1 2])
std ; single([1 2 3])
std ; [1+1i, 2]
std ; [true false]
var ; [1 2; 3 4; 5 6]
var ; zeros(0, 1)
real ; int8(5)
real ; 'a'
real ; 3 + 4i
real ; [1i 2]
imag ; true
imag ; single(2i)
angle ; single(-1)
angle ; 1i
conj ; 2 + 3i
conj ; [1i 2]
conj ; 'a'
transpose ; [1 2 3]
ctranspose ; [1+2i, 3]
ctranspose ; 'abc'
tril ; magic(3)
triu ; [true false; true true]
circshift ; int8([1 2 3]) ; 1
flip ; 'abc'
fftshift ; [1 2 3 4]
ifftshift ; single([1 2 3])
rot90 ; [1 2; 3 4]
squeeze ; ones(1, 1, 3)
permute ; int8([1 2]) ; [2 1]
ipermute ; [1 2] ; [2 1]
diag ; [1 2 3]
diag ; single([1 2; 3 4])
repelem ; int8([1 2]) ; 2
sortrows ; [3 1; 1 2]
mtimes ; [1 2; 3 4] ; [1; 2]
mtimes ; int8(2) ; 3
mtimes ; single([1 2]) ; [3; 4]
mldivide ; [2 0; 0 2] ; [1; 1]
linsolve ; [2 1; 1 3] ; [3; 5]
linsolve ; single([2 1; 1 3]) ; [3 1; 5 2]
linsolve ; [1 1; 1 2; 1 3] ; [1; 2; 2]
linsolve ; [2 0; 0 1i] ; [1; 1]
linsolve ; [2 1; 1 3] ; [3; 5] ; struct('LT', true)
rats ; pi
rats ; [0.5 0.25; 1 2]
mrdivide ; [1 2] ; 2
mpower ; 2 ; 3
mpower ; [1 2; 3 4] ; 2
mpower ; -8 ; 1/3
ismember ; [1 2 3] ; [2 3]
ismember ; int8([1 2]) ; 1
hex2dec ; 'ff'
bin2dec ; ['101'; '011']
base2dec ; '12' ; 3
strlength ; 'abc'
sub2ind ; [2 3] ; 2 ; 3
strfind ; 'abcb' ; 'b'
strfind ; 'abc' ; 'x'
randi ; 10
randi ; 10 ; 2 ; 3
randi ; [1 6] ; 1 ; 4
randperm ; 5
clock
find ; [0 1 0; 1 0 1]
find ; [0 1 1]
find ; 0
find ; []
linspace ; 0 ; 1 ; 5
NaN ; 2
eps ; single(1)
sum ; [1+1i, 1-1i]
max ; 'abc'
"""


def cases():
    for line in CALLS.strip().splitlines():
        parts = [p.strip() for p in line.split(" ; ")]
        yield parts[0], parts[1:]


def parse_type(text):
    """(class, complexity, dims) from Type::str(); None parts are unknown."""
    if text in ("?", "none", "unreached"):
        return None
    tokens = text.split()
    cls = None if tokens[0] == "?" else tokens[0]
    cx = "real"
    rest = tokens[1:]
    if rest and rest[0] in ("complex", "real?"):
        cx = {"complex": "complex", "real?": None}[rest[0]]
        rest = rest[1:]
    shape = rest[0] if rest else "?"
    if shape == "scalar":
        dims = [1, 1]
    elif shape == "?" or shape.startswith("@"):
        dims = None
    else:
        dims = [int(d) if d.isdigit() else None for d in shape.split("x")]
    return cls, cx, dims


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", required=True)
    args = ap.parse_args()
    calls = list(cases())
    with tempfile.TemporaryDirectory() as tmp:
        a = ["% inference's claims"]
        b = ["% the runtime's answers"]
        for k, (fn, params) in enumerate(calls):
            a.append(f"r{k} = {fn}({', '.join(params)});")
            opaque = ", ".join(f"opaque({p})" for p in params)
            b.append(f"try, r = {fn}({opaque}); fprintf('{k}|%s|%d|%s\\n', class(r), isreal(r), mat2str(size(r))); "
                     f"catch, fprintf('{k}|error\\n'); end")
        b += ["function v = opaque(v)", "  global MCC_TYPERULES_OPAQUE", "  MCC_TYPERULES_OPAQUE = v;",
              "  v = MCC_TYPERULES_OPAQUE;", "end"]
        pa, pb = os.path.join(tmp, "claims.m"), os.path.join(tmp, "answers.m")
        with open(pa, "w") as f:
            f.write("\n".join(a) + "\n")
        with open(pb, "w") as f:
            f.write("\n".join(b) + "\n")
        typed = subprocess.run([args.mcc, "--emit=typed", pa], check=True, capture_output=True, text=True).stdout
        exe = os.path.join(tmp, "answers")
        subprocess.run([args.mcc, pb, "-o", exe], check=True)
        env = dict(os.environ, MCC_DEVICE="cpu")
        env.pop("MCC_TYPERULES_UNSET_VARIABLE", None)
        ran = subprocess.run([exe], capture_output=True, text=True, env=env, timeout=120)
    claims = {}
    for line in typed.splitlines():
        m = re.match(r"\s*%\d+ = call builtin (\w+) nargout=\d+.*? : (.*?)\s+; line (\d+)$", line)
        if m and int(m.group(3)) >= 2 and calls[int(m.group(3)) - 2][0] == m.group(1):
            claims[int(m.group(3)) - 2] = m.group(2)
    lies, checked, errors = [], 0, 0
    for line in ran.stdout.splitlines():
        fields = line.split("|")
        k = int(fields[0])
        fn, params = calls[k]
        if fields[1] == "error":
            errors += 1
            continue
        cls, isreal, size = fields[1], fields[2] == "1", [int(d) for d in fields[3].strip("[]").split()]
        claim = claims.get(k)
        parsed = parse_type(claim) if claim else None
        checked += 1
        if not parsed:
            continue
        ccls, ccx, cdims = parsed
        call = f"{fn}({', '.join(params)})"
        if ccls and ccls != cls:
            lies.append(f"{call}: inference says class {ccls}, the runtime gave {cls}")
        if ccx == "real" and not isreal or ccx == "complex" and isreal:
            lies.append(f"{call}: inference says {ccx}, the runtime gave {'real' if isreal else 'complex'}")
        if cdims is not None:
            if len(cdims) != len(size) or any(c is not None and c != s for c, s in zip(cdims, size)):
                lies.append(f"{call}: inference says {claim}, the runtime gave size {size}")
    for lie in lies:
        print(lie)
    print(f"{len(calls)} calls, {checked} ran ({errors} raised errors), {len(claims)} typed, {len(lies)} lies")
    if checked + errors != len(calls):
        print(f"the runtime program printed {checked + errors} of {len(calls)} answers; stderr: {ran.stderr[-2000:]}")
        return 1
    return 1 if lies else 0


if __name__ == "__main__":
    sys.exit(main())

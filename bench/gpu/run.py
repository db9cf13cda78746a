#!/usr/bin/env python3
"""GPU benchmarks of issue 4: mcc against NumPy, PyTorch eager and
torch.compile, outputs checked against each other.

Three steps, because the GPU machine has no compiler toolchain of ours:

  run.py build --mcc PATH -o DIR      # here: compile every workload, both precisions
  run.py measure DIR -o results.jsonl # on the GPU machine: run mcc's binaries and peers.py
  run.py report results.jsonl         # anywhere: the Markdown table (bench/README.md)

`build` makes DIR/NAME-PRECISION-SIZE from bench/gpu/NAME.m for each
size and precision (lines marked `% @single` are kept only in the single
build; the size and repetition count, read from the environment by the
program, are written in as numbers) and embeds the calibration table given
with --calibration. `measure` runs each mcc
binary with MCC_DEVICE=gpu (and auto) and MCC_TRACE=1, keeps its printed
result and time and the trace's per-launch GPU times, then runs peers.py
for the same size, and writes one JSON object per line.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORKLOADS = ["chain", "montecarlo", "normalize"]
# Sizes per workload: the environment variable the program reads, its values.
SIZES = {
    "chain": ("N", [1 << 12, 1 << 20, 1 << 24, 1 << 26, 1 << 28]),
    "montecarlo": ("M", [1 << 18, 1 << 20, 1 << 22, 1 << 24]),
    "normalize": ("B", [4, 8, 16, 32]),
}
REPS = {"chain": 20, "montecarlo": 1, "normalize": 5}
# NumPy runs only the smallest sizes (it is single-threaded and far slower).
NUMPY_MAX = {"chain": 1 << 24, "montecarlo": 1 << 18, "normalize": 4}


def variant(src, precision, values=None):
    """The program for one precision, with str2double(getenv('X')) replaced
    by the number values[X] (sizes known at build time type better)."""
    for k, v in (values or {}).items():
        src = src.replace("str2double(getenv('%s'))" % k, repr(v))
    out = []
    for line in src.splitlines():
        if "% @single" in line:
            if precision != "single":
                continue
            line = line.split("% @single")[0].rstrip()
        out.append(line)
    return "\n".join(out) + "\n"


def build(a):
    os.makedirs(a.o, exist_ok=True)
    for w in WORKLOADS:
        src = open(os.path.join(HERE, w + ".m")).read()
        var, sizes = SIZES[w]
        for p in ("single", "double"):
            for n in sizes:
                name = "%s-%s-%d" % (w, p, n)
                m = os.path.join(a.o, name.replace("-", "_") + ".m")
                open(m, "w").write(variant(src, p, {var: n, "REPS": REPS[w]}))
                cmd = [a.mcc, "-O2", m, "-o", os.path.join(a.o, name)]
                if a.calibration:
                    cmd[1:1] = ["--calibration", a.calibration]
                r = subprocess.run(cmd, capture_output=True, text=True)
                print(" ".join(cmd), "->", "ok" if r.returncode == 0 else r.stderr[-2000:])
                if n == sizes[0]:
                    k = subprocess.run([a.mcc, "--emit=kernels", m], capture_output=True, text=True)
                    open(os.path.join(a.o, "%s-%s.kernels" % (w, p)), "w").write(k.stdout + k.stderr)


def trace_summary(text):
    """Per-launch devices and GPU times from MCC_TRACE=1 lines."""
    launches = [l for l in text.splitlines() if l.startswith("mcc-trace:")]
    gpu = [float(m.group(1)) for l in launches for m in [re.search(r"\bgpu=([0-9.]+)ms", l)] if m]
    devs = {}
    for l in launches:
        m = re.search(r"device=(\w+)", l)
        if m:
            devs[m.group(1)] = devs.get(m.group(1), 0) + 1
    return {"launches": len(launches), "devices": devs, "gpu_ms_total": sum(gpu),
            "sample": launches[:3] + launches[-2:]}


def run_mcc(exe, env_var, size, reps, device, timeout):
    env = dict(os.environ, MCC_DEVICE=device, MCC_TRACE="1", REPS=str(reps))
    env[env_var] = str(size)
    t0 = time.perf_counter()
    try:
        r = subprocess.run([exe], capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": "timeout after %d s" % timeout}
    rec = {"wall": time.perf_counter() - t0, "rc": r.returncode}
    m = re.search(r"^result (.*)$", r.stdout, re.M)
    s = re.search(r"^seconds (\S+)$", r.stdout, re.M)
    if r.returncode != 0 or not m or not s:
        rec["error"] = (r.stdout + r.stderr)[-1500:]
        return rec
    rec["result"] = [float(v) for v in m.group(1).split()]
    rec["seconds"] = float(s.group(1))
    rec["trace"] = trace_summary(r.stderr)
    return rec


def measure(a):
    out = open(a.o, "a")

    def emit(obj):
        out.write(json.dumps(obj) + "\n")
        out.flush()
        print(json.dumps(obj)[:400], flush=True)

    only = set(a.only.split(",")) if a.only else set(WORKLOADS)
    peers = os.path.join(HERE, "peers.py")
    if not a.no_peers:
        r = subprocess.run([sys.executable, peers, "copy"], capture_output=True, text=True, timeout=120)
        emit({"copy": r.stdout.strip(), "stderr": r.stderr[-300:]})
    for w in WORKLOADS:
        if w not in only:
            continue
        var, sizes = SIZES[w]
        for p in a.precisions.split(","):
            run_sizes = [n for n in sizes if not (a.max_size and n > a.max_size.get(w, n))]
            for n in run_sizes:
                exe = os.path.join(a.dir, "%s-%s-%d" % (w, p, n))
                for device in a.devices.split(","):
                    rec = run_mcc(exe, var, n, REPS[w], device, a.timeout)
                    rec.update(workload=w, size=n, precision=p, impl="mcc-" + device)
                    emit(rec)
            if a.no_peers or not run_sizes:
                continue
            cmd = [sys.executable, peers, w, p, ",".join(map(str, run_sizes)), "--impl", a.peers,
                   "--reps", str(REPS[w]), "--numpy-max", str(NUMPY_MAX[w])]
            try:
                r = subprocess.run(cmd, capture_output=True, text=True, timeout=a.peer_timeout)
                for line in r.stdout.splitlines():
                    emit(json.loads(line))
                if r.returncode != 0:
                    emit({"workload": w, "size": 0, "precision": p, "impl": "peers", "error": r.stderr[-800:]})
            except subprocess.TimeoutExpired as e:
                for line in (e.stdout or b"").decode(errors="replace").splitlines():
                    emit(json.loads(line))
                emit({"workload": w, "size": 0, "precision": p, "impl": "peers", "error": "timeout"})


def close(x, y, workload, precision):
    """Outputs agree to 1e-9 relative in double and 1e-4 in single. The
    single results differ by the summation order only: mcc adds a sum, mean
    or variance of single data in double and rounds once (the CPU runtime in
    element order within blocks, the GPU with a compensated float sum per
    invocation), NumPy and PyTorch add pairwise or in trees in float. (A
    float running sum, as Octave adds, is off by 0.4% over 8M values of
    rand.) In double every workload agrees to 1e-13."""
    tol = 1e-9 if precision == "double" else 1e-4
    return abs(x - y) <= tol * max(abs(x), abs(y), 1e-30)


def report(a):
    rows = [json.loads(l) for l in open(a.results) if l.strip()]
    copy = [json.loads(r["copy"])["bytes_per_s"] for r in rows if "copy" in r and r["copy"]]
    if copy:
        print("Device copy bandwidth (PyTorch clone of 1 GiB, read + write): %.0f GB/s\n" % (copy[0] / 1e9))
    key = lambda r: (r["workload"], r["precision"], r["size"])
    groups = {}
    for r in rows:
        if "workload" in r and "impl" in r:
            groups.setdefault(key(r), {})[r["impl"]] = r
    impls = ["mcc-gpu", "mcc-auto", "mcc-cpu", "eager", "compile", "numpy"]
    print("| workload | precision | size | " + " | ".join(impls) +
          " | mcc-gpu kernels (GPU time per call, read GB/s) | eager / mcc-gpu | compile / mcc-gpu | outputs |")
    print("| --- " * (len(impls) + 7) + "|")
    for k in sorted(groups, key=lambda k: (WORKLOADS.index(k[0]), k[1], k[2])):
        g = groups[k]
        cells = []
        for i in impls:
            r = g.get(i)
            cells.append("-" if r is None else ("error" if "error" in r else "%.3g ms" % (r["seconds"] * 1e3)))
        ref = g.get("eager") or g.get("numpy")
        ok = "-"
        if ref and "result" in ref:
            bad = [i for i in impls if i in g and "result" in g[i]
                   and not all(close(x, y, k[0], k[1]) for x, y in zip(g[i]["result"], ref["result"]))]
            ok = "ok" if not bad else "differ: " + ",".join(bad)
        ratio = lambda i: ("%.2fx" % (g[i]["seconds"] / g["mcc-gpu"]["seconds"])
                           if i in g and "seconds" in g[i] and "mcc-gpu" in g and "seconds" in g["mcc-gpu"] else "-")
        print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (k[0], k[1], k[2], " | ".join(cells), kernel_time(k, g),
                                                             ratio("eager"), ratio("compile"), ok))


def kernel_time(k, g):
    """GPU time of the timed calls from the trace (timestamps), and for the
    chain the input bytes read per second by its one fused kernel."""
    r = g.get("mcc-gpu")
    if not r or "trace" not in r or not r["trace"]["gpu_ms_total"]:
        return "-"
    # The two untimed first calls count too, but Monte Carlo's take one
    # step each (a few hundredths of a timed call's time).
    calls = REPS[k[0]] + (0 if k[0] == "montecarlo" else 2)
    ms = r["trace"]["gpu_ms_total"] / calls
    text = "%.3g ms" % ms
    if k[0] == "chain" and r["trace"]["launches"] == calls:
        text += ", %.0f GB/s" % (k[2] * (4 if k[1] == "single" else 8) / (ms * 1e-3) / 1e9)
    return text


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--mcc", required=True)
    b.add_argument("--calibration")
    b.add_argument("-o", required=True)
    m = sub.add_parser("measure")
    m.add_argument("dir")
    m.add_argument("-o", required=True)
    m.add_argument("--only", default="")
    m.add_argument("--precisions", default="double,single")
    m.add_argument("--devices", default="gpu,auto")
    m.add_argument("--max-size", type=json.loads, default=None, help='e.g. {"chain": 16777216}')
    m.add_argument("--timeout", type=int, default=120, help="seconds per mcc program")
    m.add_argument("--peer-timeout", type=int, default=300, help="seconds per peers.py process")
    m.add_argument("--no-peers", action="store_true")
    m.add_argument("--peers", default="eager,compile,numpy")
    r = sub.add_parser("report")
    r.add_argument("results")
    a = ap.parse_args()
    {"build": build, "measure": measure, "report": report}[a.cmd](a)


if __name__ == "__main__":
    main()

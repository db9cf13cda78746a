#!/usr/bin/env python3
"""The GPU benchmarks' workloads in NumPy (CPU), PyTorch eager (CUDA) and
torch.compile, timed the way bench/gpu/run.py times mcc: inputs are made
before the clock starts, and the time is per repetition of the workload.

Prints one JSON object per line:
  {"workload": ..., "size": ..., "precision": ..., "impl": ..., "seconds": ..., "result": [...]}
`result` holds the workload's scalar outputs, which run.py compares with
mcc's. Usage: peers.py WORKLOAD PRECISION SIZE[,SIZE...] [--impl numpy,eager,compile]
(one process for all sizes; torch.compile compiles each size of the chain
and the normalisation for its static shape, and Monte Carlo's step once,
with dynamic shapes, as the step number changes every call).
"""
import argparse
import json
import math
import sys
import time

import numpy as np

try:
    import torch
except ImportError:  # NumPy-only machine
    torch = None


def best_time(fn, sync, reps, rounds=2):
    """Best per-repetition time of `reps` calls of fn over `rounds` rounds."""
    fn()
    sync()
    best = math.inf
    out = None
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in range(reps):
            out = fn()
        sync()
        best = min(best, (time.perf_counter() - t0) / reps)
    return best, out


# (a) issue 4's element-wise chain, then sum and max of its result.
def chain(lib, x):
    y0 = lib.sin(x) * lib.exp(-x / 10)
    y1 = y0 * lib.cos(x / 4) + 0.25 * y0 ** 2
    y2 = lib.tanh(y1) + 0.1 * y1
    return y2.sum(), y2.max()


def chain_input(lib, n, dtype, device=None):
    if lib is np:
        return np.linspace(0, 100, n).astype(dtype)
    return torch.linspace(0, 100, n, dtype=torch.float64, device=device).to(dtype)


# (b) Monte Carlo price of a European call under geometric Brownian motion:
# M paths x STEPS steps; the normals come from a counter-based generator of
# (path, step, salt) written in exact double arithmetic (see montecarlo.m),
# then Box-Muller. The generator is in double in every implementation (it
# must be exact); the path update is in `dtype`.
MC = dict(S0=100.0, K=105.0, r=0.05, sigma=0.2, T=1.0, steps=256)
MC_P = 67108859.0


def mc_uniform(lib, idx, t, salt):
    s = lib.remainder(idx * 7919.0 + t * 104729.0 + salt * 15485863.0, MC_P)
    for _ in range(3):
        s = lib.remainder(s * s + 12345.0, MC_P)
    return (s + 0.5) / MC_P


def mc_step(lib, S, idx, t, drift, vol):
    """One time step of every path; t may be a number or a 0-d tensor."""
    u1 = mc_uniform(lib, idx, t, 0.0)
    u2 = mc_uniform(lib, idx, t, 1.0)
    z = lib.sqrt(-2 * lib.log(u1)) * lib.cos(2 * math.pi * u2)
    z = z.astype(S.dtype) if lib is np else z.to(S.dtype)
    return S * lib.exp(drift + vol * z)


def montecarlo(lib, idx, dtype, step=None):
    """The price; `step` replaces mc_step (torch.compile compiles the step:
    the time loop stays in Python, as a user would write it)."""
    p = MC
    dt = p["T"] / p["steps"]
    drift = (p["r"] - 0.5 * p["sigma"] ** 2) * dt
    vol = p["sigma"] * math.sqrt(dt)
    if lib is np:
        S = np.full(idx.shape, p["S0"], dtype=dtype)
    else:
        S = torch.full(idx.shape, p["S0"], dtype=dtype, device=idx.device)
    step = step or (lambda S, idx, t: mc_step(lib, S, idx, t, drift, vol))
    for t in range(1, p["steps"] + 1):
        tt = float(t) if lib is np else torch.tensor(float(t), dtype=torch.float64, device=idx.device)
        S = step(S, idx, tt)
    payoff = np.maximum(S - p["K"], 0) if lib is np else torch.clamp_min(S - p["K"], 0)
    return (math.exp(-p["r"] * p["T"]) * float(payoff.mean()),)


# (c) per-image normalisation of a B x 2160 x 3840 batch.
NORM = dict(H=2160, W=3840, gain=1.5, bias=0.25, gamma=0.8)


def norm_input(lib, b, dtype, device=None):
    """rand(B, H, W) after rng(0) in MATLAB: MATLAB's default generator is
    MT19937 with seed 5489 and 53-bit doubles, as NumPy's RandomState, and
    fills the array in column-major order."""
    shape = (b, NORM["H"], NORM["W"])
    v = np.random.RandomState(5489).random_sample(b * NORM["H"] * NORM["W"])
    x = v.reshape(shape, order="F")
    if lib is np:
        return x.astype(dtype)
    return torch.from_numpy(np.ascontiguousarray(x)).to(device).to(dtype)


def normalize(lib, X):
    p = NORM
    if lib is np:
        mu = X.mean(axis=(1, 2), keepdims=True)
        sd = X.std(axis=(1, 2), ddof=1, keepdims=True)
        Y = np.maximum((X - mu) / sd * p["gain"] + p["bias"], 0) ** p["gamma"]
    else:
        mu = X.mean(dim=(1, 2), keepdim=True)
        sd = X.std(dim=(1, 2), correction=1, keepdim=True)
        Y = torch.clamp_min((X - mu) / sd * p["gain"] + p["bias"], 0) ** p["gamma"]
    return (((Y - X) ** 2).mean(),)


def run(workload, precision, size, impl, reps):
    if impl == "numpy":
        dtype = np.float32 if precision == "single" else np.float64
        sync = lambda: None
        if workload == "chain":
            x = chain_input(np, size, dtype)
            fn = lambda: chain(np, x)
        elif workload == "montecarlo":
            idx = np.arange(1, size + 1, dtype=np.float64)
            fn = lambda: montecarlo(np, idx, dtype)
        else:
            X = norm_input(np, size, dtype)
            fn = lambda: normalize(np, X)
    else:
        dtype = torch.float32 if precision == "single" else torch.float64
        dev = "cuda"
        sync = torch.cuda.synchronize
        if workload == "chain":
            x = chain_input(torch, size, dtype, dev)
            body = lambda x: chain(torch, x)
            args = (x,)
        elif workload == "montecarlo":
            idx = torch.arange(1, size + 1, dtype=torch.float64, device=dev)
            dt = MC["T"] / MC["steps"]
            drift = (MC["r"] - 0.5 * MC["sigma"] ** 2) * dt
            vol = MC["sigma"] * math.sqrt(dt)
            step = lambda S, idx, t: mc_step(torch, S, idx, t, drift, vol)
            if impl == "compile":
                step = torch.compile(step, dynamic=True)
            fn = lambda: montecarlo(torch, idx, dtype, step)
        else:
            X = norm_input(torch, size, dtype, dev)
            body = lambda X: normalize(torch, X)
            args = (X,)
        if workload != "montecarlo":
            if impl == "compile":
                # Static shapes (this size's own compile, made in the untimed
                # first call): with dynamic=True inductor's reductions of the
                # chain ran 8-27x slower than eager.
                body = torch.compile(body, dynamic=False)
            fn = lambda: body(*args)
    seconds, out = best_time(fn, sync, reps)
    result = [float(v) for v in out]
    return {"workload": workload, "size": size, "precision": precision, "impl": impl,
            "seconds": seconds, "result": result}


def copy_bandwidth():
    """Device copy bandwidth (read + write bytes per second) of a 1 GiB clone."""
    x = torch.empty(1 << 27, dtype=torch.float64, device="cuda")
    y = torch.empty_like(x)
    t, _ = best_time(lambda: y.copy_(x), torch.cuda.synchronize, 20)
    return 2 * x.numel() * 8 / t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("workload", choices=["chain", "montecarlo", "normalize", "copy"])
    ap.add_argument("precision", nargs="?", default="double", choices=["single", "double"])
    ap.add_argument("size", nargs="?", default="0", help="sizes, comma-separated")
    ap.add_argument("--impl", default="numpy,eager,compile")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--numpy-max", type=int, default=0, help="largest size NumPy runs")
    a = ap.parse_args()
    if a.workload == "copy":
        print(json.dumps({"workload": "copy", "bytes_per_s": copy_bandwidth()}), flush=True)
        return
    for size in [int(v) for v in a.size.split(",")]:
        for impl in a.impl.split(","):
            if impl == "numpy" and a.numpy_max and size > a.numpy_max:
                continue
            if impl != "numpy" and (torch is None or not torch.cuda.is_available()):
                continue
            try:
                print(json.dumps(run(a.workload, a.precision, size, impl, a.reps)), flush=True)
            except Exception as e:  # one failing peer must not stop the others
                print(json.dumps({"workload": a.workload, "size": size, "precision": a.precision,
                                  "impl": impl, "error": str(e)[:300]}), flush=True)
            if torch is not None and torch.cuda.is_available():
                torch.cuda.empty_cache()


if __name__ == "__main__":
    sys.exit(main())

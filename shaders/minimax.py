"""Minimax polynomials for the functions of MathLib.glsl
(imported by gen_constants.py): the Remez exchange algorithm for a weighted
polynomial fit, in mpmath.

Each function is written as its leading Taylor terms (exact in float) plus
a power of the argument times a polynomial P, and P is fitted to the rest
with the weight that turns P's error into the function's relative error;
for example sin r = r + r^3 P(r^2) with P ~ (sin r - r)/r^3 and weight
r^3 / sin r. A minimax P needs fewer terms than the Taylor series for the
same error (single sin to r^7 where Taylor needs r^11)."""
import struct
import mpmath as mp

mp.mp.dps = 50


def _tiny(z):
    # The fits' quotients are removable singularities at 0: evaluated just beside it.
    return z if z != 0 else mp.mpf('1e-30')


def remez(F, W, a, b, n, grid=800, iterations=40):
    """Coefficients c_0..c_n of the p(z) = sum c_i z^i minimising
    max |W(z) (p(z) - F(z))| on [a, b], and that maximum."""
    a, b = mp.mpf(a), mp.mpf(b)
    m = n + 2
    # Chebyshev-like start, shifted so that no point falls on 0.
    ref = [(a + b) / 2 - (b - a) / 2 * mp.cos(mp.pi * (j + mp.mpf(0.3)) / (m - mp.mpf(0.3))) for j in range(m)]
    xs = [(a + b) / 2 - (b - a) / 2 * mp.cos(mp.pi * j / (grid - 1)) for j in range(grid)]
    Fx = [F(x) for x in xs]
    Wx = [W(x) for x in xs]
    for _ in range(iterations):
        A = mp.matrix(m, m)
        rhs = mp.matrix(m, 1)
        for j, z in enumerate(ref):
            for i in range(n + 1):
                A[j, i] = z ** i
            A[j, n + 1] = (-1) ** j / W(z)
            rhs[j] = F(z)
        sol = mp.lu_solve(A, rhs)
        c = [sol[i] for i in range(n + 1)]
        level = abs(sol[n + 1])
        err = [Wx[k] * (mp.polyval(c[::-1], xs[k]) - Fx[k]) for k in range(grid)]
        peaks = [k for k in range(grid)
                 if (k == 0 or abs(err[k]) >= abs(err[k - 1])) and (k == grid - 1 or abs(err[k]) >= abs(err[k + 1]))]
        alternating = []
        for k in peaks:
            if alternating and mp.sign(err[alternating[-1]]) == mp.sign(err[k]):
                if abs(err[k]) > abs(err[alternating[-1]]):
                    alternating[-1] = k
            else:
                alternating.append(k)
        while len(alternating) > m:
            alternating.pop(0 if abs(err[alternating[0]]) < abs(err[alternating[-1]]) else -1)
        worst = max(abs(e) for e in err)
        if len(alternating) < m or worst / level - 1 < mp.mpf('1e-6'):
            break
        ref = [xs[k] for k in alternating]
    return c


def to_float(x):
    return struct.unpack('f', struct.pack('f', float(x)))[0]


def polynomials(bits):
    """name -> coefficients (lowest power first, rounded to the type) of
    MathLib.glsl's minimax polynomials in that precision (32 or 64 bits),
    each with the form it completes; relative errors below 2^-27 in single
    and 2^-56 in double."""
    t = _tiny
    sqrt = lambda z: mp.sqrt(t(z))
    pio4sq = (mp.pi / 4) ** 2
    half_ln2 = mp.log(2) / 2
    rounded = to_float if bits == 32 else float
    single = bits == 32

    def fit(F, W, a, b, n):
        return [rounded(v) for v in remez(F, W, a, b, n)]

    table = {
        # sin r = r + r^3 P(r^2), |r| <= pi/4
        'SIN_POLY': fit(lambda z: (mp.sin(sqrt(z)) - sqrt(z)) / t(z) ** 1.5,
                        lambda z: t(z) ** 1.5 / mp.sin(sqrt(z)), 0, pio4sq, 2 if single else 5),
        # cos r = 1 - r^2/2 + r^4 P(r^2), |r| <= pi/4
        'COS_POLY': fit(lambda z: (mp.cos(sqrt(z)) - 1 + t(z) / 2) / t(z) ** 2,
                        lambda z: t(z) ** 2 / mp.cos(sqrt(z)), 0, pio4sq, 2 if single else 5),
        # e^r = 1 + r + r^2 P(r), |r| <= ln2/2, fitted to e^r - 1's
        # relative error (expm1 uses it too), which bounds e^r's
        'EXP_POLY': fit(lambda r: (mp.exp(t(r)) - 1 - t(r)) / t(r) ** 2,
                        lambda r: t(r) ** 2 / abs(mp.expm1(t(r))), -half_ln2, half_ln2, 5 if single else 10),
    }
    if single:
        # ln(1 + f) = f - f^2/2 + f^3 P(f), 1 + f in [sqrt(1/2), sqrt(2)]
        table['LOG_POLY'] = fit(lambda f: (mp.log1p(t(f)) - t(f) + t(f) ** 2 / 2) / t(f) ** 3,
                                lambda f: abs(t(f)) ** 3 / abs(mp.log1p(t(f))), mp.sqrt(0.5) - 1, mp.sqrt(2) - 1, 7)
        # tanh a = a + a^3 P(a^2), a <= 3/4
        table['TANH_POLY'] = fit(lambda z: (mp.tanh(sqrt(z)) - sqrt(z)) / t(z) ** 1.5,
                                 lambda z: t(z) ** 1.5 / mp.tanh(sqrt(z)), 0, mp.mpf(0.75) ** 2, 5)
    return table

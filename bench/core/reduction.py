# The same workload in NumPy.
import numpy as np
n = 8000000
x = np.linspace(-1, 1, n)
v = x ** 3 - 0.5 * x + 0.25 * np.cos(8 * x)
mu = v.mean()
sd = np.sqrt(((v - mu) ** 2).sum() / (n - 1))
frac = (np.abs(v - mu) > sd).mean()
print("mean = %.6e, std = %.8f, frac = %.6f, range = %.8f" % (mu, sd, frac, v.max() - v.min()))

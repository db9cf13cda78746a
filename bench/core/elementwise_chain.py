# The same workload in NumPy (element-wise ops, each making a temporary).
import numpy as np
n = 4000000
x = np.linspace(0, 100, n)
y0 = np.sin(x) * np.exp(-x / 10)
y1 = y0 * np.cos(x / 4) + 0.25 * y0 ** 2
y2 = np.tanh(y1) + 0.1 * y1
print("sum = %.6e, max = %.10f" % (y2.sum(), y2.max()))

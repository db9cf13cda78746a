/* The same workload in C (gcc -O2): the image, then a pass for the mean
   and the range and one for the centred and plain sums of squares. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char** argv) {
  long n = argc > 1 ? atol(argv[1]) : 8294400, h = 2160, w = n / h;
  double* x = malloc(n * sizeof(double));
  for (long j = 0; j < w; ++j)
    for (long i = 0; i < h; ++i) {
      double t = (i + 1) * 0.7548776662466927 + j * 0.5698402909980532;
      x[j * h + i] = t - floor(t);
    }
  double s = 0, hi = -INFINITY, lo = INFINITY;
  for (long i = 0; i < n; ++i) {
    s += x[i];
    if (x[i] > hi) hi = x[i];
    if (x[i] < lo) lo = x[i];
  }
  double mu = s / n, ss = 0, q = 0;
  for (long i = 0; i < n; ++i) {
    ss += (x[i] - mu) * (x[i] - mu);
    q += x[i] * x[i];
  }
  double var = ss / (n - 1);
  printf("mean = %.8f, std = %.8f, var = %.8f, sumsq = %.4f, max = %.8f, min = %.8f\n", mu, sqrt(var), var, q, hi, lo);
  free(x);
  return 0;
}

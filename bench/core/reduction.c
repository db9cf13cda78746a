/* The same workload in C (gcc -O2): one pass per dependent reduction. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char** argv) {
  long n = argc > 1 ? atol(argv[1]) : 8000000;
  double* v = malloc(n * sizeof(double));
  double s = 0, hi = -INFINITY, lo = INFINITY;
  for (long i = 0; i < n; ++i) {
    double x = i == n - 1 ? 1.0 : -1.0 + i * (2.0 / (n - 1));
    v[i] = x * x * x - 0.5 * x + 0.25 * cos(8 * x);
    s += v[i];
    if (v[i] > hi) hi = v[i];
    if (v[i] < lo) lo = v[i];
  }
  double mu = s / n, ss = 0;
  for (long i = 0; i < n; ++i) ss += (v[i] - mu) * (v[i] - mu);
  double sd = sqrt(ss / (n - 1));
  long above = 0;
  for (long i = 0; i < n; ++i) above += fabs(v[i] - mu) > sd;
  printf("mean = %.6e, std = %.8f, frac = %.6f, range = %.8f\n", mu, sd, (double)above / n, hi - lo);
  free(v);
  return 0;
}

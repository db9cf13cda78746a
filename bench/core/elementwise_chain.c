/* The same workload in C (gcc -O2): one loop, no temporaries. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char** argv) {
  long n = argc > 1 ? atol(argv[1]) : 4000000;
  double* x = malloc(n * sizeof(double));
  for (long i = 0; i < n; ++i) x[i] = i == n - 1 ? 100.0 : 0.0 + i * (100.0 / (n - 1));
  double s = 0, m = -INFINITY;
  for (long i = 0; i < n; ++i) {
    double y0 = sin(x[i]) * exp(-x[i] / 10);
    double y1 = y0 * cos(x[i] / 4) + 0.25 * y0 * y0;
    double y2 = tanh(y1) + 0.1 * y1;
    s += y2;
    if (y2 > m) m = y2;
  }
  printf("sum = %.6e, max = %.10f\n", s, m);
  free(x);
  return 0;
}

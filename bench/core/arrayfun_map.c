/* The same workload in C (gcc -O2): the function applied in a loop. */
#include <stdio.h>
#include <stdlib.h>
static double f(double v, double a) { return v * v - a * v; }
int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 5000000;
  double* x = malloc(sizeof(double) * n);
  double* y = malloc(sizeof(double) * n);
  for (int k = 0; k < n; ++k) x[k] = (double)(k + 1) / n;
  double a = 0.3;
  for (int k = 0; k < n; ++k) y[k] = f(x[k], a);
  double m = y[0];
  for (int k = 1; k < n; ++k)
    if (y[k] > m) m = y[k];
  printf("%.17g %.17g %.17g\n", y[0], y[n / 2 - 1], m);
  free(x);
  free(y);
  return 0;
}

/* The same workload in C (gcc -O2): the two functions called in a loop. */
#include <stdio.h>
#include <stdlib.h>
static double f(double x, double a) { return x * x - a * x; }
static double scale(double x) { return 2 * x + 1; }
int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 20000000;
  double a = 0.3, s = 0;
  for (int i = 1; i <= n; ++i) {
    double v = (double)i / n;
    s = s + f(v, a) + scale(v);
  }
  printf("%.17g\n", s);
  return 0;
}

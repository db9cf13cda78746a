/* The same workload in C (gcc -O2). */
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 2000;
  double s = 0;
  for (int j = 1; j <= n; ++j) {
    s = 0;
    for (int k = 1; k <= 10000; ++k) s += 1.0 / ((double)k * k);
  }
  printf("pi_sum = %.12f\n", s);
  return 0;
}

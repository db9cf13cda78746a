/* The same workload in C (gcc -O2): recursive Fibonacci over doubles, as MATLAB computes it. */
#include <stdio.h>
#include <stdlib.h>
static double fib(double n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main(int argc, char** argv) {
  double n = argc > 1 ? atof(argv[1]) : 35;
  printf("fib(%d) = %d\n", (int)n, (int)fib(n));
  return 0;
}

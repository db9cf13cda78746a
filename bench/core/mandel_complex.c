/* The same workload in C (gcc -O2), with C99 complex numbers. */
#include <complex.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 400;
  const int maxit = 80;
  double total = 0;
  for (int iy = 1; iy <= n; ++iy) {
    double ci = -1.0 + 2.0 * (iy - 1) / (n - 1);
    for (int ix = 1; ix <= n; ++ix) {
      double complex c = CMPLX(-2.0 + 2.5 * (ix - 1) / (n - 1), ci);
      double complex z = 0;
      int it = 0;
      while (it < maxit && cabs(z) <= 2) {
        z = z * z + c;
        ++it;
      }
      total += it;
    }
  }
  printf("mandel total = %d\n", (int)total);
  return 0;
}

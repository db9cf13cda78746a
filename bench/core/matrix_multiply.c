/* The same workload in C (gcc -O2): the product through OpenBLAS's dgemm. */
#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 1000;
  double* a = malloc(sizeof(double) * n * n);
  double* c = malloc(sizeof(double) * n * n);
  double seed = 42;
  for (long k = 0; k < (long)n * n; ++k) {
    seed = fmod(seed * 16807, 2147483647);
    a[k] = seed / 2147483647;
  }
  cblas_dgemm(CblasColMajor, CblasNoTrans, CblasTrans, n, n, n, 1.0, a, n, a, n, 0.0, c, n);
  double trace = 0;
  for (int i = 0; i < n; ++i) trace += c[i + (long)i * n];
  printf("matrix_multiply: trace %.6e, C(1, n) %.6e\n", trace, c[(long)(n - 1) * n]);
  return 0;
}

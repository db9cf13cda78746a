/* The same workload in C (gcc -O2): small products through OpenBLAS. */
#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* trace(X^4) for a k-by-k matrix X (column-major). */
static double trace_pow4(const double* x, int k) {
  double* x2 = malloc(sizeof(double) * k * k);
  double* x4 = malloc(sizeof(double) * k * k);
  cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, k, k, k, 1.0, x, k, x, k, 0.0, x2, k);
  cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, k, k, k, 1.0, x2, k, x2, k, 0.0, x4, k);
  double t = 0;
  for (int i = 0; i < k; ++i) t += x4[i + i * k];
  free(x2);
  free(x4);
  return t;
}

static double ratio(const double* v, int n) {
  double mean = 0, var = 0;
  for (int i = 0; i < n; ++i) mean += v[i];
  mean /= n;
  for (int i = 0; i < n; ++i) var += (v[i] - mean) * (v[i] - mean);
  return sqrt(var / (n - 1)) / mean;
}

int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 5000;
  double seed = 42;
  double* v = malloc(sizeof(double) * n);
  double* w = malloc(sizeof(double) * n);
  double m[100], q[100], pp[400], qq[100];
  for (int i = 0; i < n; ++i) {
    for (int k = 0; k < 100; ++k) {
      seed = fmod(seed * 16807, 2147483647);
      m[k] = seed / 2147483647 - 0.5;
    }
    /* P = [a b c d] is m itself (5x20); Q = [a b; c d] is 10x10. */
    for (int blk = 0; blk < 4; ++blk)
      for (int col = 0; col < 5; ++col)
        for (int row = 0; row < 5; ++row) {
          int qr = row + (blk >= 2 ? 5 : 0), qc = col + (blk % 2 ? 5 : 0);
          q[qr + qc * 10] = m[row + (blk * 5 + col) * 5];
        }
    cblas_dgemm(CblasColMajor, CblasTrans, CblasNoTrans, 20, 20, 5, 1.0, m, 5, m, 5, 0.0, pp, 20);
    cblas_dgemm(CblasColMajor, CblasTrans, CblasNoTrans, 10, 10, 10, 1.0, q, 10, q, 10, 0.0, qq, 10);
    v[i] = trace_pow4(pp, 20);
    w[i] = trace_pow4(qq, 10);
  }
  printf("matrix_statistics: %.6f %.6f\n", ratio(v, n), ratio(w, n));
  return 0;
}

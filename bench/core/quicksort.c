/* The same workload in C (gcc -O2). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static void qsort_kernel(double* a, int lo, int hi) {
  int i = lo, j = hi;
  while (i < hi) {
    double pivot = a[(lo + hi) / 2];
    while (i <= j) {
      while (a[i] < pivot) ++i;
      while (a[j] > pivot) --j;
      if (i <= j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
        ++i;
        --j;
      }
    }
    if (lo < j) qsort_kernel(a, lo, j);
    lo = i;
    j = hi;
  }
}

int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 200;
  enum { len = 5000 };
  double total = 0, seed = 42;
  for (int r = 1; r <= n; ++r) {
    double* x = calloc(len, sizeof(double));
    for (int k = 0; k < len; ++k) {
      seed = fmod(seed * 16807, 2147483647);
      x[k] = seed / 2147483647;
    }
    qsort_kernel(x, 0, len - 1);
    for (int k = 1; k < len; ++k)
      if (x[k - 1] > x[k]) return 1;
    total += x[0] + x[len - 1];
    free(x);
  }
  printf("quicksort: %.12f\n", total);
  return 0;
}

/* The same workload in C (gcc -O2): an array of n small vectors (each its
 * own allocation, as a cell's elements are), their lengths, emptiness and
 * a function of the length, and n boxed doubles. */
#include <stdio.h>
#include <stdlib.h>
typedef struct {
  size_t n;
  double* data;
} vec;
static double g(const vec* v) { return (double)v->n * 2 + 1; }
int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 1000000;
  vec** c = malloc(sizeof(vec*) * n);
  for (int k = 1; k <= n; ++k) {
    vec* v = malloc(sizeof(vec));
    v->n = k % 5;
    v->data = calloc(v->n ? v->n : 1, sizeof(double));
    c[k - 1] = v;
  }
  double* lens = malloc(sizeof(double) * n);
  unsigned char* e = malloc(n);
  double* w = malloc(sizeof(double) * n);
  for (int k = 0; k < n; ++k) lens[k] = (double)c[k]->n;
  for (int k = 0; k < n; ++k) e[k] = c[k]->n == 0;
  for (int k = 0; k < n; ++k) w[k] = g(c[k]);
  double** p = malloc(sizeof(double*) * n);
  for (int k = 0; k < n; ++k) {
    p[k] = malloc(sizeof(double));
    *p[k] = ((double)(k + 1) / n) * 0.5;
  }
  double sl = 0, sw = 0;
  long se = 0;
  for (int k = 0; k < n; ++k) sl += lens[k], se += e[k], sw += w[k];
  printf("%d %ld %.17g %.17g\n", (int)sl, se, sw, *p[n / 2 - 1]);
  for (int k = 0; k < n; ++k) free(c[k]->data), free(c[k]), free(p[k]);
  free(c), free(lens), free(e), free(w), free(p);
  return 0;
}

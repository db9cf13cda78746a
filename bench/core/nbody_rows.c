/* The same workload in C (gcc -O2): 5x3 row-major arrays, the same order of operations. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
static double energy(double x[5][3], double v[5][3], const double* m) {
  double e = 0;
  for (int i = 0; i < 5; ++i) {
    e += 0.5 * m[i] * (v[i][0] * v[i][0] + v[i][1] * v[i][1] + v[i][2] * v[i][2]);
    for (int j = i + 1; j < 5; ++j) {
      double d0 = x[i][0] - x[j][0], d1 = x[i][1] - x[j][1], d2 = x[i][2] - x[j][2];
      e -= m[i] * m[j] / sqrt(d0 * d0 + d1 * d1 + d2 * d2);
    }
  }
  return e;
}
int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 20000;
  double x[5][3] = {{0, 0, 0}, {4.84, -1.16, -0.10}, {8.34, 4.12, -0.4}, {12.89, -15.11, -0.22}, {15.37, -25.9, 0.17}};
  double v[5][3] = {{0, 0, 0}, {0.606, 2.81, -0.02}, {-1.01, 1.82, 0.008}, {1.08, 0.868, -0.01}, {0.979, 0.594, -0.034}};
  const double m[5] = {39.47, 0.037, 0.011, 0.0017, 0.002};
  double e0 = energy(x, v, m), dt = 0.01;
  for (int s = 0; s < n; ++s) {
    for (int i = 0; i < 5; ++i)
      for (int j = i + 1; j < 5; ++j) {
        double d[3], d2 = 0;
        for (int k = 0; k < 3; ++k) {
          d[k] = x[i][k] - x[j][k];
          d2 += d[k] * d[k];
        }
        double mag = dt / (d2 * sqrt(d2));
        for (int k = 0; k < 3; ++k) v[i][k] = v[i][k] - d[k] * m[j] * mag;
        for (int k = 0; k < 3; ++k) v[j][k] = v[j][k] + d[k] * m[i] * mag;
      }
    for (int i = 0; i < 5; ++i)
      for (int k = 0; k < 3; ++k) x[i][k] = x[i][k] + dt * v[i][k];
  }
  printf("energy %.9f -> %.9f\n", e0, energy(x, v, m));
  return 0;
}

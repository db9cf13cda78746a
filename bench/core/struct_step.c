/* The same workload in C (gcc -O2): the state and parameters as structs passed by value. */
#include <stdio.h>
#include <stdlib.h>
typedef struct { double x, v; } Pos;
typedef struct { Pos pos; double k; } State;
typedef struct { double c, w2; } Params;
static State step(State s, Params p, double dt) {
  double a = -p.w2 * s.pos.x - p.c * s.pos.v;
  s.pos.v = s.pos.v + a * dt;
  s.pos.x = s.pos.x + s.pos.v * dt;
  s.k = s.k + 1;
  return s;
}
int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10000000;
  State s = {{1, 0}, 0};
  Params p = {1e-4, 4};
  for (int i = 1; i <= n; ++i) s = step(s, p, 0.001);
  printf("x = %.12f v = %.12f steps = %d\n", s.pos.x, s.pos.v, (int)s.k);
  return 0;
}

/* The same workload in C (gcc -O2). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 100000;
  double seed = 42, total = 0;
  char s[32];
  for (int i = 1; i <= n; ++i) {
    seed = fmod(seed * 16807, 2147483647);
    snprintf(s, sizeof s, "%lx", (unsigned long)seed);
    unsigned long m = 0;
    if (sscanf(s, "%lx", &m) != 1 || (double)m != seed) return 1;
    total += strlen(s);
  }
  printf("parse_integers: %.0f hex digits\n", total);
  return 0;
}

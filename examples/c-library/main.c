/* A C program calling the MATLAB library cmodel (scale_sum.m, greet.m,
 * count_above.m), built by add_matlab_library (CMakeLists.txt here) or by
 *   mcc -static-lib --entry scale_sum --entry greet --entry count_above *.m -o libcmodel.a
 * `./main bad` passes a negative factor, which scale_sum's arguments block
 * rejects with MATLAB's message (exit status 1). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmodel.h"

static void print_doubles(const char* name, const mcc_c_array* a) {
  const double* d = (const double*)a->data;
  size_t n = a->dims[0] * a->dims[1];
  printf("%s (%zux%zu):", name, a->dims[0], a->dims[1]);
  for (size_t k = 0; k < n; ++k) printf(" %g", d[k]);
  printf("\n");
}

int main(int argc, char** argv) {
  cmodel_initialize();
  double xs[4] = {1, 2, 3, 4.5};
  mcc_c_array x = {xs, {1, 4}, 2, 0, 0};
  mcc_c_array y, total;
  scale_sum(&x, argc > 1 && strcmp(argv[1], "bad") == 0 ? -1.0 : 2.0, &y, &total);
  print_doubles("y", &y);
  print_doubles("total", &total);
  free(y.data);
  free(total.data);

  mcc_c_array msg;
  greet("C", 2, &msg);
  const uint16_t* chars = (const uint16_t*)msg.data;
  printf("greet: '");
  for (size_t k = 0; k < msg.dims[1]; ++k) putchar((char)chars[k]);
  printf("' (class %u)\n", (unsigned)msg.class_id);
  free(msg.data);

  uint8_t vs[6] = {5, 20, 11, 10, 200, 0};
  mcc_c_array v = {vs, {2, 3}, 2, 3, 0};
  mcc_c_array n, where;
  count_above(&v, 10, &n, &where);
  print_doubles("n", &n);
  print_doubles("where", &where);
  free(n.data);
  free(where.data);
  return cmodel_terminate();
}

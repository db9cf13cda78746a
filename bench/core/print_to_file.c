/* The same workload in C (gcc -O2). */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 100000;
  FILE* f = fopen("print_to_file.txt", "w");
  if (!f) return 1;
  long bytes = 0;
  for (int i = 1; i <= n; ++i) bytes += fprintf(f, "%d %d\n", i, i + 1);
  fclose(f);
  remove("print_to_file.txt");
  printf("print_to_file: %ld bytes\n", bytes);
  return 0;
}

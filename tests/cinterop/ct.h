/* The C library of the C interop tests (tests/cinterop): scalars, arrays in
 * and out, text, a struct behind a pointer; no callbacks. The programs in
 * programs/ call it through coder.ceval with this header (coder.cinclude)
 * and through loadlibrary/calllib. */
#ifndef CT_H
#define CT_H

#include <stdbool.h>
#include <stdint.h>

double ct_add(double a, double b);
int32_t ct_clamp(int32_t v, int32_t lo, int32_t hi);
float ct_halve(float x);
bool ct_is_even(int64_t v);
uint8_t ct_low_byte(uint16_t v);

/* arrays: read (const), updated in place, written */
double ct_sum(const double *v, int32_t n);
void ct_scale(double *v, int32_t n, double k);
void ct_iota(int32_t *out, int32_t n, int32_t first);
int32_t ct_dot_i16(const int16_t *a, const int16_t *b, int32_t n);

/* text */
int32_t ct_strlen(const char *s);
int32_t ct_count_vowels(const char *s);
void ct_upper(uint8_t *buf, int32_t n);

/* a struct the library owns, behind a pointer */
typedef struct ct_counter ct_counter;
ct_counter *ct_counter_new(double start);
void ct_counter_add(ct_counter *c, double v);
double ct_counter_value(const ct_counter *c);
int32_t ct_counter_count(const ct_counter *c);
void ct_counter_free(ct_counter *c);

/* structs by pointer: MATLAB structs converted field by field, by name */
typedef struct ct_point {
  double x;
  double y;
  int32_t tag;
} ct_point;
struct ct_shape {
  char name[16];         /* text */
  double v[3];           /* a fixed-size array */
  struct ct_point origin; /* a nested struct */
  uint8_t flags;
  bool closed;
  const char *note;      /* a pointer: not converted (zero on the way in) */
};
double ct_point_norm1(const ct_point *p);
void ct_point_move(ct_point *p, double dx, double dy);
void ct_point_make(struct ct_point *out, double x, double y);
double ct_shape_sum(const struct ct_shape *s);
void ct_shape_scale(struct ct_shape *s, double k);

/* a global the tests read back */
void ct_set_flag(int32_t v);
int32_t ct_get_flag(void);

#endif

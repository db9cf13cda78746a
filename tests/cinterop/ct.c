/* The test library's implementation (see ct.h). */
#include "ct.h"

#include <stdlib.h>

double ct_add(double a, double b) { return a + b; }

int32_t ct_clamp(int32_t v, int32_t lo, int32_t hi) { return v < lo ? lo : v > hi ? hi : v; }

float ct_halve(float x) { return x / 2.0f; }

bool ct_is_even(int64_t v) { return v % 2 == 0; }

uint8_t ct_low_byte(uint16_t v) { return (uint8_t)(v & 0xFF); }

double ct_sum(const double *v, int32_t n) {
  double s = 0;
  for (int32_t k = 0; k < n; ++k) s += v[k];
  return s;
}

void ct_scale(double *v, int32_t n, double k) {
  for (int32_t i = 0; i < n; ++i) v[i] *= k;
}

void ct_iota(int32_t *out, int32_t n, int32_t first) {
  for (int32_t k = 0; k < n; ++k) out[k] = first + k;
}

int32_t ct_dot_i16(const int16_t *a, const int16_t *b, int32_t n) {
  int32_t s = 0;
  for (int32_t k = 0; k < n; ++k) s += (int32_t)a[k] * b[k];
  return s;
}

int32_t ct_strlen(const char *s) {
  int32_t n = 0;
  while (s[n]) ++n;
  return n;
}

int32_t ct_count_vowels(const char *s) {
  int32_t n = 0;
  for (; *s; ++s)
    if (*s == 'a' || *s == 'e' || *s == 'i' || *s == 'o' || *s == 'u') ++n;
  return n;
}

void ct_upper(uint8_t *buf, int32_t n) {
  for (int32_t k = 0; k < n; ++k)
    if (buf[k] >= 'a' && buf[k] <= 'z') buf[k] = (uint8_t)(buf[k] - 'a' + 'A');
}

struct ct_counter {
  double total;
  int32_t count;
};

ct_counter *ct_counter_new(double start) {
  ct_counter *c = malloc(sizeof *c);
  c->total = start;
  c->count = 0;
  return c;
}

void ct_counter_add(ct_counter *c, double v) {
  c->total += v;
  c->count += 1;
}

double ct_counter_value(const ct_counter *c) { return c->total; }

int32_t ct_counter_count(const ct_counter *c) { return c->count; }

void ct_counter_free(ct_counter *c) { free(c); }

double ct_point_norm1(const ct_point *p) { return (p->x < 0 ? -p->x : p->x) + (p->y < 0 ? -p->y : p->y); }

void ct_point_move(ct_point *p, double dx, double dy) {
  p->x += dx;
  p->y += dy;
  p->tag += 1;
}

void ct_point_make(struct ct_point *out, double x, double y) {
  out->x = x;
  out->y = y;
  out->tag = 7;
}

double ct_shape_sum(const struct ct_shape *s) {
  return s->v[0] + s->v[1] + s->v[2] + s->origin.x + s->origin.y + (s->note ? 1000 : 0);
}

void ct_shape_scale(struct ct_shape *s, double k) {
  for (int k2 = 0; k2 < 3; ++k2) s->v[k2] *= k;
  for (char *c = s->name; *c; ++c)
    if (*c >= 'a' && *c <= 'z') *c = (char)(*c - 'a' + 'A');
  s->origin.x += k;
  s->origin.y += k;
  s->flags |= 1;
  s->closed = !s->closed;
}

static int32_t flag;

void ct_set_flag(int32_t v) { flag = v; }

int32_t ct_get_flag(void) { return flag; }

// Unit tests of containers.Map (src/builtins/Maps.cpp): construction, the
// array core's m(key) and m(key) = v on a map, its sorted keys, the shared
// pairs of a handle, and MATLAB's errors. The harness is BuiltinTesting.h's;
// `// octave: EXPR` gives what GNU Octave 7.3 prints for EXPR.
#include <string>
#include <vector>

#include "BuiltinTesting.h"

using namespace mcc_array_testing;

namespace {

class BuiltinMap : public Array {};

A get(const A& m, const A& key) {
  const mcc_array* idx[] = {key.get()};
  return A(mcc_subsref(m.get(), 1, idx, &site));
}

void put(const A& m, const A& key, const A& value) {
  const mcc_array* idx[] = {key.get()};
  mcc_array* same = mcc_subsasgn(mcc_array_retain(m.get()), value.get(), 1, idx, &site);
  EXPECT_EQ(same, m.get());  // a handle: assigned in place
  mcc_array_release(same);
}

A cellOf(const std::vector<A>& items) {
  std::vector<mcc_array*> raw;
  for (const A& a : items) raw.push_back(a.get());
  size_t count = raw.size();
  return A(mcc_cell_literal(1, &count, raw.data(), nullptr, &site));
}

// Element k of a cell.
A at(const A& c, size_t k) { return A(mcc_array_retain(static_cast<mcc_array**>(c->data)[k])); }

std::string keyTexts(const A& m) {
  A k = call(mcc_bi_keys, {m});
  std::string s;
  for (size_t i = 0; i < k->numel; ++i) s += (i ? "," : "") + text(at(k, i));
  return s;
}

}  // namespace

TEST_F(BuiltinMap, InsertsLooksUpAndSortsCharKeys) {
  A m = call(mcc_bi_containers_Map);
  put(m, str("beta"), num(2));
  put(m, str("alpha"), num(1));
  put(m, str("Gamma"), row({1, 2, 3}));
  EXPECT_EQ(keyTexts(m), "Gamma,alpha,beta");  // octave: keys(m) (ASCII order)
  EXPECT_EQ(show(get(m, str("beta"))), "double 1x1: 2");
  put(m, str("beta"), num(20));  // replaces
  EXPECT_EQ(show(get(m, str("beta"))), "double 1x1: 20");
  EXPECT_EQ(mcc_length(m.get()), 3u);
  EXPECT_EQ(show(call(mcc_bi_isKey, {m, str("alpha")})), "logical 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_isKey, {m, cellOf({str("x"), str("Gamma"), num(3)})})), "logical 1x3: 0 1 0");
  call(mcc_bi_remove, {m, str("alpha")});
  EXPECT_EQ(keyTexts(m), "Gamma,beta");
}

TEST_F(BuiltinMap, CopiesShareThePairs) {
  A m = call(mcc_bi_containers_Map);
  A copy = m;  // y = x
  A unshared(mcc_array_unshare(mcc_array_retain(copy.get())));
  EXPECT_EQ(unshared.get(), m.get());
  put(unshared, str("k"), str("v"));
  EXPECT_EQ(text(get(m, str("k"))), "v");
}

TEST_F(BuiltinMap, NumericKeysKeepTheirTypeAndOrder) {
  A m = call(mcc_bi_containers_Map, {str("KeyType"), str("int32"), str("ValueType"), str("double")});
  put(m, num(7), num(1.5));
  put(m, num(-3), as(MCC_CLASS_INT8, num(4)));
  A k = call(mcc_bi_keys, {m});
  EXPECT_EQ(show(at(k, 0)), "int32 1x1: -3");
  EXPECT_EQ(show(get(m, num(-3))), "double 1x1: 4");  // converted to the ValueType
  A v = call(mcc_bi_values, {m});
  EXPECT_EQ(show(at(v, 0)) + " " + show(at(v, 1)), "double 1x1: 4 double 1x1: 1.5");
}

TEST_F(BuiltinMap, InfersTypesFromKeysAndValues) {
  A m = call(mcc_bi_containers_Map, {cellOf({str("a"), str("b")}), row({5, 6})});
  EXPECT_EQ(text(A(mcc_getfield(m.get(), "ValueType", 9, 0, &site))), "double");  // octave: m.ValueType
  EXPECT_EQ(show(A(mcc_getfield(m.get(), "Count", 5, 0, &site))), "uint64 1x1: 2");
  A n = call(mcc_bi_containers_Map, {row({3, 1}), cellOf({str("x"), num(1)})});
  EXPECT_EQ(text(A(mcc_getfield(n.get(), "KeyType", 7, 0, &site))), "double");
  EXPECT_EQ(text(A(mcc_getfield(n.get(), "ValueType", 9, 0, &site))), "any");
}

TEST_F(BuiltinMap, ReportsMatlabErrors) {
  A m = call(mcc_bi_containers_Map, {str("k"), num(1)});
  EXPECT_EQ(errorOf([&] { get(m, str("x")); }), "The specified key is not present in this container.");
  EXPECT_EQ(errorOf([&] { get(m, num(1)); }), "Specified key type does not match the type expected for this container.");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_remove, {m, str("x")}); }), "The specified key is not present in this container.");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_containers_Map, {cellOf({str("a"), str("b")}), row({1, 2, 3})}); }),
            "The number of keys and values must be the same.");
}

// m.values({k}): MCC_FIELD_CALLED gives the method bound to the map, which
// the call's arguments go to; without it, m.values is values(m).
TEST_F(BuiltinMap, MethodsWithDotSyntax) {
  A m = call(mcc_bi_containers_Map, {cellOf({str("a"), str("b")}), row({5, 6})});
  A bound(mcc_getfield(m.get(), "values", 6, MCC_FIELD_CALLED, &site));
  EXPECT_EQ(bound->class_id, MCC_CLASS_FUNCTION_HANDLE);
  A keys = cellOf({str("b")});
  const mcc_array* idx[] = {keys.get()};
  A v(mcc_subsref(bound.get(), 1, idx, &site));  // octave: m.values({'b'})
  EXPECT_EQ(show(at(v, 0)), "double 1x1: 6");
  A all(mcc_getfield(m.get(), "values", 6, 0, &site));  // octave: m.values
  EXPECT_EQ(show(at(all, 0)) + " " + show(at(all, 1)), "double 1x1: 5 double 1x1: 6");
  EXPECT_EQ(show(A(mcc_getfield(m.get(), "length", 6, 0, &site))), "double 1x1: 2");
  EXPECT_EQ(errorOf([&] { A(mcc_getfield(m.get(), "nope", 4, MCC_FIELD_CALLED, &site)); }),
            "Unrecognized method, property, or field 'nope' for class 'containers.Map'.");
}

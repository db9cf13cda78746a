// Cell and struct arrays in the runtime (array/Aggregate.cpp): element
// ownership and copy-on-write, growth and deletion, fields of struct
// arrays, comma-separated lists, MATLAB's errors, handle objects; every
// test leaves no array alive.
#include "BuiltinTesting.h"

using namespace mcc_array_testing;

namespace {

A cellOf(std::vector<A> items) {
  std::vector<mcc_array*> p;
  for (A& a : items) p.push_back(a.get());
  size_t rows[1] = {p.size()};
  return A(mcc_cell_literal(1, rows, p.data(), nullptr, &site));
}
A brace(const A& c, double k) {
  A i = num(k);
  const mcc_array* idx[1] = {i.get()};
  return A(mcc_cellref(c.get(), 1, idx, 0, &site));
}
A braceSet(A c, double k, const A& v) {
  A i = num(k);
  const mcc_array* idx[1] = {i.get()};
  return A(mcc_cellasgn(c.take(), v.get(), 1, idx, &site));
}
A field(const A& s, const char* name) { return A(mcc_getfield(s.get(), name, std::strlen(name), 0, &site)); }
A setField(A s, const char* name, const A& v) {
  return A(mcc_setfield(s.take(), v.get(), name, std::strlen(name), &site));
}
double value(const A& a) { return mcc_array_to_double(a.get(), &site); }

class Aggregate : public Array {
 protected:
  void SetUp() override {
    Array::SetUp();
    live_ = mcc_array_live_count();
  }
  void TearDown() override {
    EXPECT_EQ(mcc_array_live_count(), live_) << "arrays leaked";
    Array::TearDown();
  }
  size_t live_ = 0;
};

TEST_F(Aggregate, CellElementsAreSharedAndCopiedOnWrite) {
  A c = cellOf({num(1), str("abc"), row({1, 2, 3})});
  EXPECT_EQ(c.get()->class_id, uint32_t(MCC_CLASS_CELL));
  EXPECT_EQ(value(brace(c, 1)), 1);
  A d = c;                        // d = c shares
  A e = braceSet(d, 1, num(42));  // e = d with e{1} = 42: c unchanged
  EXPECT_EQ(value(brace(c, 1)), 1);
  EXPECT_EQ(value(brace(e, 1)), 42);
}

TEST_F(Aggregate, GrowthFillsWithEmptyAndDeletionCompacts) {
  A c = cellOf({num(1)});
  c = braceSet(c, 4, num(4));
  EXPECT_EQ(mcc_array_numel(c.get()), 4u);
  EXPECT_TRUE(mcc_isempty(brace(c, 2).get()));
  A two = num(2);
  c = asg(c, empty(), {two});  // c(2) = []
  EXPECT_EQ(mcc_array_numel(c.get()), 3u);
  EXPECT_EQ(value(brace(c, 3)), 4);
}

TEST_F(Aggregate, StructFieldsAndStructArrays) {
  A s = setField(A(), "a", num(1));
  s = setField(s, "b", str("x"));
  EXPECT_EQ(value(field(s, "a")), 1);
  A t = s;
  t = setField(t, "a", num(2));
  EXPECT_EQ(value(field(s, "a")), 1);
  EXPECT_EQ(value(field(t, "a")), 2);
  A arr = horzcat({s, t});
  EXPECT_EQ(mcc_array_numel(arr.get()), 2u);
  A list(mcc_getfield_list(arr.get(), "a", 1, &site));
  EXPECT_EQ(mcc_list_count(list.get()), 2u);
  EXPECT_EQ(value(A(mcc_list_get(list.get(), 1))), 2);
}

TEST_F(Aggregate, PathUpdateAddsFieldsToEveryElement) {
  A s = setField(A(), "a", num(1));
  A three = num(3);
  const mcc_array* idx[1] = {three.get()};
  A elem(mcc_subsref_update(s.get(), 1, idx, &site));  // s(3) past the end reads []
  EXPECT_TRUE(mcc_isempty(elem.get()));
  A updated = setField(elem, "b", num(7));
  A r(mcc_subsasgn_path(A(s).take(), updated.get(), 1, idx, &site));
  EXPECT_EQ(mcc_array_numel(r.get()), 3u);
  A one = num(1);
  A first = sub(r, {one});
  EXPECT_TRUE(mcc_isempty(field(first, "b").get()));
  EXPECT_EQ(value(field(first, "a")), 1);
}

// class(s, NAME, true) makes a handle object: a copy is the object itself,
// so a field set through one copy is seen through the others (and a value
// object copies on write); == is identity; delete invalidates every copy.
TEST_F(Aggregate, HandleObjectsAreSharedAndDeletedForEveryCopy) {
  A h = call(mcc_bi_class, {setField(A(), "v", num(1)), str("Box"), logicals({1})});
  A v = call(mcc_bi_class, {setField(A(), "v", num(1)), str("Pt")});
  A h2 = h, v2 = v;
  A h3 = setField(h2, "v", num(5));
  A v3 = setField(v2, "v", num(5));
  EXPECT_EQ(h3.get(), h.get());
  EXPECT_EQ(value(field(h, "v")), 5);
  EXPECT_EQ(value(field(v, "v")), 1);
  EXPECT_EQ(value(field(v3, "v")), 5);
  EXPECT_EQ(value(bin(MCC_OP_EQ, h, h2)), 1);
  EXPECT_EQ(value(bin(MCC_OP_NE, h, call(mcc_bi_class, {setField(A(), "v", num(5)), str("Box"), logicals({1})}))), 1);
  EXPECT_EQ(value(bin(MCC_OP_EQ, h, num(5))), 0);
  EXPECT_EQ(value(call(mcc_bi_isvalid, {h2})), 1);
  calls(mcc_bi_delete, 0, {h2});
  EXPECT_EQ(value(call(mcc_bi_isvalid, {h})), 0);
  EXPECT_EQ(errorOf([&] { field(h, "v"); }), "Invalid or deleted object.");
  EXPECT_EQ(errorOf([&] { setField(h, "v", num(1)); }), "Invalid or deleted object.");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_isvalid, {v}); }), "Undefined function 'isvalid' for input arguments of type 'Pt'.");
}

TEST_F(Aggregate, MatlabErrors) {
  A x = row({1, 2, 3});
  A c = cellOf({num(1)});
  A s = setField(A(), "a", num(1));
  auto message = [](auto f) {
    try {
      f();
    } catch (const MatlabError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message([&] { brace(x, 1); }), "Brace indexing is not supported for variables of this type.");
  EXPECT_EQ(message([&] { brace(c, 2); }), "Index exceeds the number of array elements. Index must not exceed 1.");
  EXPECT_EQ(message([&] { field(s, "b"); }), "Unrecognized field name \"b\".");
  EXPECT_EQ(message([&] { plus(c, num(1)); }), "Operator '+' is not supported for operands of type 'cell'.");
}

}  // namespace

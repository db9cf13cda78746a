// Unit tests of the handle helpers the compiler lowers to
// (runtime-support/src/builtins/Handles.cpp, Cells.cpp): declared_count_,
// nargin(h)/nargout(h) of a handle known only at run time, and
// call_outputs_ of a value that holds no handle (`@(k) v(k)` asked for its
// outputs).
#include "BuiltinTesting.h"

using namespace mcc_array_testing;

namespace {

void noop(uint32_t, mcc_array** out, uint32_t, mcc_array* const*, const mcc_site*) { out[0] = nullptr; }

}  // namespace

using BuiltinHandles = Array;

TEST_F(BuiltinHandles, DeclaredCountsOfAProgramFunctionsHandle) {
  A h(mcc_handle_create_declared(noop, "@(a,varargin)a", 0, nullptr, -2, -1));
  EXPECT_EQ(showCall(mcc_bi_declared_count_, {num(0), h}), "double 1x1: -2");
  EXPECT_EQ(showCall(mcc_bi_declared_count_, {num(1), h}), "double 1x1: -1");
}

TEST_F(BuiltinHandles, DeclaredCountsOfABuiltinOrANameAreNotSupported) {
  A h(mcc_handle_create(noop, "sin", 0, nullptr));
  EXPECT_EQ(errorOf([&] { call(mcc_bi_declared_count_, {num(0), h}); }),
            "nargin of the builtin 'sin' is not supported; mcc gives the counts of the program's own functions");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_declared_count_, {num(1), str("f")}); }),
            "nargout of a function named at run time ('f') is not supported; mcc answers nargout('name') of a constant name");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_declared_count_, {num(0), num(3)}); }),
            "Argument must be a function handle, character vector, or string scalar.");
}

TEST_F(BuiltinHandles, CallOutputsOfAValueIndexesItOnce) {
  A one = call(mcc_bi_call_outputs_, {num(1), row({10, 20, 30}), num(2)});
  ASSERT_EQ(one->class_id, uint32_t(MCC_CLASS_CELL));
  ASSERT_EQ(one->numel, 1u);
  mcc_array* first = static_cast<mcc_array**>(one->data)[0];
  EXPECT_EQ(show(A(mcc_array_retain(first))), "double 1x1: 20");
  A none = call(mcc_bi_call_outputs_, {num(0), row({10, 20, 30}), num(2)});
  EXPECT_EQ(none->class_id, uint32_t(MCC_CLASS_CELL));
  EXPECT_EQ(none->numel, 0u);
  EXPECT_EQ(errorOf([] { call(mcc_bi_call_outputs_, {num(2), row({10, 20, 30}), num(2)}); }), "Too many output arguments.");
}

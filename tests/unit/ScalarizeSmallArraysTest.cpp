// Small arrays as their elements (ir/ScalarizeSmallArrays) on IR built by hand.
#include <gtest/gtest.h>

#include <vector>

#include "IRTesting.h"
#include "ir/IR.h"
#include "ir/ScalarizeSmallArrays.h"
#include "ir/Verify.h"

namespace {

using mcc::BinaryOp;
using mcc::ir::Class;
using mcc::ir::Constant;
using mcc::ir::Extent;
using mcc::ir::Instr;
using mcc::ir::Op;
using mcc::ir::Type;

const Type kDouble = Type::scalar(Class::Double);

Type doubles(int64_t rows, int64_t cols) {
  return Type::matrix(Class::Double, {Extent::constant(rows), Extent::constant(cols)});
}

struct Builder : mcc::testing::IRBuilder {
  Instr* number(double v) {
    Instr* c = add(Op::Const, kDouble);
    c->constant.real = v;
    return c;
  }
  Instr* colon() {
    Instr* c = add(Op::Const, Type::unknown());
    c->constant.kind = Constant::Colon;
    return c;
  }
  // [1 2 3] (a 1x3 of constants)
  Instr* row() {
    Instr* r = add(Op::Matrix, doubles(1, 3), {number(1), number(2), number(3)});
    r->rowSizes = {3};
    return r;
  }
};

int count(const mcc::ir::Function& f, Op op) {
  int n = 0;
  for (const auto* b : f.blocks)
    for (const Instr* i : b->instrs) n += i->op == op;
  return n;
}

// y = r + r; return y: three scalar additions, and the 1x3 built from them
// only for the return.
TEST(ScalarizeSmallArrays, ElementwiseOperatorBecomesScalarOperations) {
  Builder b;
  Instr* r = b.row();
  Instr* y = b.add(Op::Binary, doubles(1, 3), {r, r});
  y->binary = BinaryOp::Plus;
  Instr* ret = b.add(Op::Return, Type::bottom(), {y});
  EXPECT_TRUE(mcc::ir::scalarizeSmallArrays(b.m));
  EXPECT_EQ(mcc::ir::verifyModule(b.m), "");
  EXPECT_EQ(count(*b.f, Op::Binary), 3);
  for (const auto* blk : b.f->blocks)
    for (const Instr* i : blk->instrs) {
      if (i->op == Op::Binary) EXPECT_EQ(i->type, kDouble);
    }
  ASSERT_EQ(ret->operands[0]->op, Op::Matrix);
  EXPECT_EQ(ret->operands[0]->type, doubles(1, 3));
  EXPECT_EQ(ret->operands[0]->operands.size(), 3u);
  EXPECT_EQ(ret->operands[0]->operands[0]->op, Op::Binary);
}

// A(2, :) with A 2x3: its second row's elements; sum of them: additions from 0.
TEST(ScalarizeSmallArrays, RowReadAndSumAreTheElements) {
  Builder b;
  Instr* a = b.add(Op::Matrix, doubles(2, 3), {b.number(1), b.number(2), b.number(3), b.number(4), b.number(5), b.number(6)});
  a->rowSizes = {3, 3};
  Instr* rowOf = b.add(Op::Subsref, doubles(1, 3), {a, b.number(2), b.colon()});
  Instr* s = b.add(Op::Call, kDouble, {rowOf});
  s->name = "sum";
  s->outputTypes = {kDouble};
  Instr* ret = b.add(Op::Return, Type::bottom(), {s});
  EXPECT_TRUE(mcc::ir::scalarizeSmallArrays(b.m));
  EXPECT_EQ(mcc::ir::verifyModule(b.m), "");
  EXPECT_EQ(count(*b.f, Op::Subsref) + count(*b.f, Op::Matrix) + count(*b.f, Op::Call), 0);
  // ((0 + 4) + 5) + 6
  const Instr* last = ret->operands[0];
  ASSERT_EQ(last->op, Op::Binary);
  EXPECT_EQ(last->operands[1]->constant.real, 6);
  EXPECT_EQ(last->operands[0]->operands[1]->constant.real, 5);
}

// r(4) = 9 grows the 1x3 to a 1x4, and r(5) may be past its end: both keep
// the general path, on the 1x3 rebuilt from its elements.
TEST(ScalarizeSmallArrays, GrowthAndOutOfRangeIndicesKeepTheArray) {
  Builder b;
  Instr* r = b.row();
  Instr* twice = b.add(Op::Binary, doubles(1, 3), {r, b.number(2)});
  twice->binary = BinaryOp::Times;
  Instr* grown = b.add(Op::Subsasgn, doubles(1, 4), {twice, b.number(9), b.number(4)});
  Instr* past = b.add(Op::Subsref, kDouble, {twice, b.number(5)});
  b.add(Op::Return, Type::bottom(), {grown, past});
  EXPECT_TRUE(mcc::ir::scalarizeSmallArrays(b.m));
  EXPECT_EQ(mcc::ir::verifyModule(b.m), "");
  ASSERT_EQ(grown->operands[0]->op, Op::Matrix);
  EXPECT_EQ(grown->operands[0], past->operands[0]);  // one boxed array for the block
  EXPECT_EQ(grown->operands[0]->type, doubles(1, 3));
  EXPECT_EQ(grown->type, doubles(1, 4));
}

}  // namespace

// Bounds on the elements of real values (ir/ValueRange) on IR built by hand.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "IRTesting.h"
#include "ir/IR.h"
#include "ir/ValueRange.h"

namespace {

using mcc::BinaryOp;
using mcc::ir::Class;
using mcc::ir::Complexity;
using mcc::ir::Extent;
using mcc::ir::Instr;
using mcc::ir::Op;
using mcc::ir::Type;
using mcc::ir::valueRange;

struct Builder : mcc::testing::IRBuilder {
  Type column = Type::matrix(Class::Double, {Extent::constant(8), Extent::constant(1)});
  Instr* param() { return add(Op::Param, column); }
  Instr* number(double v) {
    Instr* c = add(Op::Const, Type::scalar(Class::Double));
    c->constant.real = v;
    return c;
  }
  Instr* binary(BinaryOp op, Instr* a, Instr* c) {
    Instr* i = add(Op::Binary, column, {a, c});
    i->binary = op;
    return i;
  }
  Instr* call(const char* name, std::vector<Instr*> args) {
    Instr* i = add(Op::Call, column, std::move(args));
    i->name = name;
    return i;
  }
};

TEST(ValueRange, BoxMullersRadiusIsOfValuesNeverNegative) {
  Builder t;
  Instr* m = t.number(2147483647);
  Instr* s = t.call("mod", {t.param(), m});
  EXPECT_EQ(valueRange(s).lo, 0);
  EXPECT_EQ(valueRange(s).hi, 2147483647);
  Instr* u = t.binary(BinaryOp::RDivide, s, m);
  EXPECT_EQ(valueRange(u).lo, 0);
  EXPECT_EQ(valueRange(u).hi, 1);
  Instr* l = t.call("log", {u});
  EXPECT_EQ(valueRange(l).hi, 0);
  Instr* r = t.binary(BinaryOp::MTimes, t.number(-2), l);
  EXPECT_TRUE(mcc::ir::nonNegative(r));
}

TEST(ValueRange, RemaindersOfWholeNumbersAreBelowTheDivisor) {
  Builder t;
  Instr* p = t.number(67108859);
  Instr* first = t.number(1);
  Instr* idx = t.add(Op::Range, t.column, {first, first, t.number(100)});
  EXPECT_TRUE(valueRange(idx).integer);
  Instr* s = t.call("mod", {t.binary(BinaryOp::Times, idx, t.number(7919)), p});
  EXPECT_TRUE(valueRange(s).integer);
  EXPECT_EQ(valueRange(s).hi, 67108858);
  // (s + 0.5) / p < 1: its log is at most 0.
  Instr* u = t.binary(BinaryOp::RDivide, t.binary(BinaryOp::Plus, s, t.number(0.5)), p);
  EXPECT_LT(valueRange(u).hi, 1);
  EXPECT_EQ(valueRange(t.call("log", {u})).hi, 0);
  // Of a fraction, the divisor itself is not excluded.
  Instr* f = t.call("mod", {t.binary(BinaryOp::Plus, idx, t.number(0.5)), p});
  EXPECT_FALSE(valueRange(f).integer);
  EXPECT_EQ(valueRange(f).hi, 67108859);
}

TEST(ValueRange, WhatMayBeNegativeIsUnbounded) {
  Builder t;
  Instr* x = t.param();
  EXPECT_FALSE(mcc::ir::nonNegative(x));
  EXPECT_FALSE(mcc::ir::nonNegative(t.call("log", {t.call("exp", {x})})));  // log of (0, Inf]
  EXPECT_FALSE(mcc::ir::nonNegative(t.binary(BinaryOp::Minus, t.call("abs", {x}), t.number(1))));
  // A divisor that may be 0, a product 0 * Inf: no bounds.
  Instr* q = t.binary(BinaryOp::RDivide, t.number(1), t.call("abs", {x}));
  EXPECT_FALSE(mcc::ir::nonNegative(q));
  Instr* p = t.binary(BinaryOp::Times, t.call("exp", {x}), t.call("exp", {x}));
  EXPECT_TRUE(mcc::ir::nonNegative(p));
  // A value inference does not know to be real has no bounds.
  Instr* e = t.call("exp", {x});
  e->type.cx = Complexity::Unknown;
  EXPECT_FALSE(mcc::ir::nonNegative(e));
}

}  // namespace

// Records (ir/ScalarizeStructs, Types.h's record types) on IR built by hand.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ir/IR.h"
#include "ir/ScalarizeStructs.h"
#include "ir/Verify.h"

namespace {

using mcc::BinaryOp;
using mcc::ir::Callee;
using mcc::ir::Class;
using mcc::ir::FieldType;
using mcc::ir::Function;
using mcc::ir::Instr;
using mcc::ir::Op;
using mcc::ir::Type;

const Type kDouble = Type::scalar(Class::Double);

struct Builder {
  mcc::ir::Module m;
  Instr* add(Function* f, Op op, Type t, std::vector<Instr*> operands = {}) {
    if (f->blocks.empty()) f->newBlock();
    Instr* i = f->newInstr(op, {});
    i->parent = f->blocks.front();
    i->type = std::move(t);
    for (Instr* o : operands) i->addOperand(o);
    f->blocks.front()->instrs.push_back(i);
    return i;
  }
  Instr* number(Function* f, double v) {
    Instr* c = add(f, Op::Const, kDouble);
    c->constant.real = v;
    return c;
  }
  Instr* setField(Function* f, const std::string& name, Instr* s, Instr* v, Type t) {
    Instr* i = add(f, Op::SetField, std::move(t), {s, v});
    i->name = name;
    return i;
  }
  Instr* field(Function* f, const std::string& name, Instr* s, Type t) {
    Instr* i = add(f, Op::Field, std::move(t), {s});
    i->name = name;
    return i;
  }
};

int count(const Function& f, Op op) {
  int n = 0;
  for (const auto* b : f.blocks)
    for (const Instr* i : b->instrs) n += i->op == op;
  return n;
}

TEST(RecordTypes, JoinKeepsFieldsInTheSameOrder) {
  Type xy = Type::record({{"x", kDouble}, {"y", kDouble}});
  Type xyChar = Type::record({{"x", kDouble}, {"y", Type::scalar(Class::Char)}});
  Type yx = Type::record({{"y", kDouble}, {"x", kDouble}});
  Type j = join(xy, xyChar);
  ASSERT_TRUE(j.isRecord());
  EXPECT_EQ(j.fields[0].type, kDouble);
  EXPECT_EQ(j.fields[1].type.cls, Class::Unknown);  // the field changed class: boxed
  Type k = join(xy, yx);                             // another order: a struct of unknown fields
  EXPECT_FALSE(k.isRecord());
  EXPECT_EQ(k.cls, Class::Struct);
  EXPECT_TRUE(k.isScalar());
  EXPECT_EQ(xy.str(), "struct {x: double scalar, y: double scalar}");
}

// s.a = s: records nest no deeper than kMaxRecordDepth (a deeper one is a
// struct of unknown fields), so inference over such a loop ends.
TEST(RecordTypes, NestingIsBounded) {
  Type t = Type::record({{"a", kDouble}});
  for (int depth = 1; depth < mcc::ir::kMaxRecordDepth; ++depth) t = Type::record({{"a", t}});
  EXPECT_TRUE(t.isRecord());
  Type deeper = Type::record({{"a", t}});
  EXPECT_FALSE(deeper.isRecord());
  EXPECT_EQ(deeper.cls, Class::Struct);
}

// main: s.x = 1; s.y = 2; s = step(s); disp-like use of s.y; step: s.x = s.x + s.y.
TEST(ScalarizeStructs, PassesRecordsToCallsAsFields) {
  Builder b;
  Type x = Type::record({{"x", kDouble}});
  Type xy = Type::record({{"x", kDouble}, {"y", kDouble}});
  Function* main = b.m.newFunction("main");
  Function* step = b.m.newFunction("step");
  step->paramNames = {"s"};
  step->outputNames = {"s"};
  Instr* p = b.add(step, Op::Param, xy);
  step->params = {p};
  Instr* sum = b.add(step, Op::Binary, kDouble, {b.field(step, "x", p, kDouble), b.field(step, "y", p, kDouble)});
  sum->binary = BinaryOp::Plus;
  b.add(step, Op::Return, Type::bottom(), {b.setField(step, "x", p, sum, xy)});

  Instr* empty = b.add(main, Op::Const, Type::matrix(Class::Double, {mcc::ir::Extent::constant(0), mcc::ir::Extent::constant(0)}));
  Instr* s1 = b.setField(main, "x", empty, b.number(main, 1), x);
  Instr* s2 = b.setField(main, "y", s1, b.number(main, 2), xy);
  Instr* call = b.add(main, Op::Call, xy, {s2});
  call->name = "step";
  call->callee = Callee::Local;
  call->outputTypes = {xy};
  Instr* y = b.field(main, "y", call, kDouble);
  Instr* shown = b.add(main, Op::Call, Type::nothing(), {call, y});  // a builtin's argument: the struct
  shown->name = "disp";
  shown->nargout = 0;
  b.add(main, Op::Return, Type::bottom());

  EXPECT_TRUE(mcc::ir::scalarizeStructs(b.m));
  EXPECT_EQ(mcc::ir::verifyModule(b.m), "");
  // step takes and gives two doubles, and reads and writes no struct.
  ASSERT_EQ(step->params.size(), 2u);
  EXPECT_EQ(step->paramNames, (std::vector<std::string>{"s.x", "s.y"}));
  EXPECT_EQ(step->outputNames, (std::vector<std::string>{"s.x", "s.y"}));
  EXPECT_EQ(count(*step, Op::Field) + count(*step, Op::SetField), 0);
  // main passes the two constants, reads y from the call's second output,
  // and builds the struct only for the builtin.
  EXPECT_EQ(call->nargout, 2u);
  ASSERT_EQ(call->operands.size(), 2u);
  EXPECT_EQ(call->operands[0]->op, Op::Const);
  ASSERT_EQ(shown->operands[1]->op, Op::Extract);
  EXPECT_EQ(shown->operands[1]->index, 1u);
  ASSERT_EQ(shown->operands[0]->op, Op::SetField);
  EXPECT_EQ(shown->operands[0]->type, xy);
  EXPECT_EQ(count(*main, Op::SetField), 2);  // the boxed struct's two fields
}

}  // namespace

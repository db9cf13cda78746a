// trimLifetimeEnds on IR built by hand: a lifetime_end_ mark keeps only
// the values that may hold handle objects (a record: where a field may),
// and goes when none is left.
#include <gtest/gtest.h>

#include <vector>

#include "IRTesting.h"
#include "ir/IR.h"
#include "ir/ObjectLifetimes.h"

namespace {

using mcc::ir::Class;
using mcc::ir::Instr;
using mcc::ir::Op;
using mcc::ir::Type;

struct Builder : mcc::testing::IRBuilder {
  Instr* mark(std::vector<Instr*> values) {
    Instr* i = add(Op::Call, Type::nothing(), std::move(values));
    i->name = "lifetime_end_";
    i->callee = mcc::ir::Callee::Builtin;
    return i;
  }
};

TEST(ObjectLifetimes, MarkKeepsObjectsCellsStructsAndUnknownValues) {
  Builder t;
  Instr* number = t.add(Op::Param, Type::scalar(Class::Double));
  Instr* text = t.add(Op::Param, Type::scalar(Class::Char));
  Instr* object = t.add(Op::Param, Type::objectOf("Res"));
  Instr* cell = t.add(Op::Param, Type::scalar(Class::Cell));
  Instr* unknown = t.add(Op::Param, Type::unknown());
  Instr* m = t.mark({number, object, text, cell, unknown});
  t.add(Op::Return, Type::bottom());
  mcc::ir::trimLifetimeEnds(t.m);
  EXPECT_EQ(m->operands, (std::vector<Instr*>{object, cell, unknown}));
  EXPECT_TRUE(number->users.empty());
  EXPECT_TRUE(text->users.empty());
}

TEST(ObjectLifetimes, MarkOfNumbersOnlyGoes) {
  Builder t;
  Instr* number = t.add(Op::Param, Type::scalar(Class::Double));
  Instr* flag = t.add(Op::Param, Type::scalar(Class::Logical));
  t.mark({number, flag});
  t.add(Op::Return, Type::bottom());
  mcc::ir::trimLifetimeEnds(t.m);
  for (const Instr* i : t.b->instrs) EXPECT_NE(i->op, Op::Call);
  EXPECT_TRUE(number->users.empty());
}

// A record (a struct of known fields) holds what its fields hold.
TEST(ObjectLifetimes, MarkKeepsRecordsOnlyWithAFieldThatMayHoldObjects) {
  Builder t;
  Type numbers = Type::record({{"a", Type::scalar(Class::Double)}, {"b", Type::scalar(Class::Char)}});
  Type nested = Type::record({{"in", numbers}, {"h", Type::objectOf("Res")}});
  Instr* plain = t.add(Op::Param, numbers);
  Instr* holder = t.add(Op::Param, nested);
  Instr* m = t.mark({plain, holder});
  t.add(Op::Return, Type::bottom());
  mcc::ir::trimLifetimeEnds(t.m);
  EXPECT_EQ(m->operands, (std::vector<Instr*>{holder}));
  EXPECT_TRUE(plain->users.empty());
  EXPECT_FALSE(mcc::ir::mayHoldObject(numbers));
  EXPECT_TRUE(mcc::ir::mayHoldObject(nested));
}

}  // namespace

// elementwiseForm on calls built by hand: the data inputs of arrayfun and
// cellfun and a constant 'UniformOutput' option after them; other options
// and spliced arguments are not its form.
#include <gtest/gtest.h>

#include <string>

#include "IRTesting.h"
#include "ir/IR.h"

namespace {

using mcc::ir::Class;
using mcc::ir::Constant;
using mcc::ir::ElementwiseForm;
using mcc::ir::Instr;
using mcc::ir::Op;
using mcc::ir::Type;

struct Builder : mcc::testing::IRBuilder {
  Instr* text(const std::string& t) {
    Instr* i = add(Op::Const, Type::scalar(Class::Char));
    i->constant.kind = Constant::Char;
    i->constant.text = t;
    return i;
  }
  Instr* number(double v) {
    Instr* i = add(Op::Const, Type::scalar(Class::Double));
    i->constant.real = v;
    return i;
  }
  Instr* builtin(const std::string& name, std::vector<Instr*> operands) {
    Instr* i = add(Op::Call, Type::unknown(), std::move(operands));
    i->callee = mcc::ir::Callee::Builtin;
    i->name = name;
    i->nargout = 1;
    return i;
  }
  Instr* data() { return add(Op::Param, Type::unknown()); }
};

TEST(ElementwiseForm, DataInputsAndAConstantUniformOutput) {
  Builder t;
  Instr* f = t.data();
  Instr* x = t.data();
  Instr* y = t.data();
  ElementwiseForm form;
  ASSERT_TRUE(mcc::ir::elementwiseForm(*t.builtin("cellfun", {f, x, y}), form));
  EXPECT_EQ(form.inputs, 2u);
  EXPECT_TRUE(form.uniform);
  ASSERT_TRUE(mcc::ir::elementwiseForm(*t.builtin("arrayfun", {f, x, t.text("uniformOUTPUT"), t.number(0)}), form));
  EXPECT_EQ(form.inputs, 1u);
  EXPECT_FALSE(form.uniform);
  Instr* no = t.builtin("false", {});
  ASSERT_TRUE(mcc::ir::elementwiseForm(*t.builtin("cellfun", {f, x, y, t.text("UniformOutput"), no}), form));
  EXPECT_EQ(form.inputs, 2u);
  EXPECT_FALSE(form.uniform);
}

TEST(ElementwiseForm, OtherOptionsAndValuesAreNotItsForm) {
  Builder t;
  Instr* f = t.data();
  Instr* x = t.data();
  ElementwiseForm form;
  EXPECT_FALSE(mcc::ir::elementwiseForm(*t.builtin("cellfun", {f, x, t.text("ErrorHandler"), t.data()}), form));
  EXPECT_FALSE(mcc::ir::elementwiseForm(*t.builtin("cellfun", {f, x, t.text("UniformOutput"), t.data()}), form));
  EXPECT_FALSE(mcc::ir::elementwiseForm(*t.builtin("cellfun", {f, x, t.text("UniformOutput"), t.number(2)}), form));
  EXPECT_FALSE(mcc::ir::elementwiseForm(
      *t.builtin("cellfun", {f, x, t.text("ErrorHandler"), t.data(), t.text("UniformOutput"), t.number(0)}), form));
  EXPECT_FALSE(mcc::ir::elementwiseForm(*t.builtin("structfun", {f, x}), form));
  EXPECT_FALSE(mcc::ir::elementwiseForm(*t.builtin("cellfun", {f}), form));
  Instr* spliced = t.builtin("cellfun", {f, x});
  spliced->splice = {0, 1};
  EXPECT_FALSE(mcc::ir::elementwiseForm(*spliced, form));
}

}  // namespace

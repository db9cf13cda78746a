// Kernel formation on IR built by hand, and the runtime's kernel runner.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "IRTesting.h"
#include "ir/IR.h"
#include "kernels/FormKernels.h"
#include "mcc/runtime.h"

namespace {

using mcc::BinaryOp;
using mcc::ir::Class;
using mcc::ir::Extent;
using mcc::ir::Instr;
using mcc::ir::Op;
using mcc::ir::Type;

// A function of one block: instructions appended in order, then a return.
struct Builder : mcc::testing::IRBuilder {
  Instr* row() { return add(Op::Param, Type::matrix(Class::Double, {Extent::constant(1), Extent::unknown()})); }
  Instr* number(double v) {
    Instr* c = add(Op::Const, Type::scalar(Class::Double));
    c->constant.real = v;
    return c;
  }
  Instr* binary(BinaryOp op, Instr* a, Instr* c, Type t) {
    Instr* i = add(Op::Binary, std::move(t), {a, c});
    i->binary = op;
    return i;
  }
  Instr* call(const char* name, std::vector<Instr*> args, Type t) {
    Instr* i = add(Op::Call, std::move(t), std::move(args));
    i->name = name;
    return i;
  }
  void ret(std::vector<Instr*> values) { add(Op::Return, Type::bottom(), std::move(values)); }
  size_t count(Op op) const {
    size_t n = 0;
    for (const Instr* i : b->instrs) n += i->op == op;
    return n;
  }
};

TEST(FormKernels, ChainAndItsReductionsAreOneKernel) {
  Builder t;
  Instr* x = t.row();
  Type row = x->type;
  Instr* s = t.call("sin", {x}, row);
  Instr* y = t.binary(BinaryOp::Times, s, t.number(2), row);
  Instr* total = t.call("sum", {y}, Type::scalar(Class::Double));
  Instr* top = t.call("max", {y}, Type::scalar(Class::Double));
  t.ret({total, top});
  mcc::kernels::KernelSet set;
  EXPECT_TRUE(mcc::kernels::formKernels(t.m, set));
  ASSERT_EQ(set.kernels.size(), 1u);
  const mcc::kernels::Kernel& k = *set.kernels[0];
  ASSERT_EQ(k.inputs.size(), 1u);
  EXPECT_EQ(k.inputs[0].value, x);
  ASSERT_EQ(k.outputs.size(), 2u);
  EXPECT_TRUE(k.outputs[0].reduction && k.outputs[1].reduction);
  EXPECT_EQ(k.reductions(), 2u);
  // The IR: one kernel instruction, its two outputs read by Extract, no
  // element-wise instruction left.
  EXPECT_EQ(t.count(Op::Kernel), 1u);
  EXPECT_EQ(t.count(Op::Extract), 2u);
  EXPECT_EQ(t.count(Op::Binary), 0u);
  EXPECT_EQ(t.count(Op::Call), 0u);
  const Instr* r = t.b->instrs.back();
  ASSERT_EQ(r->op, Op::Return);
  EXPECT_EQ(r->operands[0]->op, Op::Extract);
  EXPECT_EQ(r->operands[1]->index, 1u);
}

TEST(FormKernels, DifferentShapesStayUnfused) {
  Builder t;
  Instr* x = t.row();
  Instr* z = t.row();  // another row of unknown length: maybe not x's
  Instr* sum = t.binary(BinaryOp::Plus, x, z, x->type);
  t.ret({sum});
  mcc::kernels::KernelSet set;
  EXPECT_FALSE(mcc::kernels::formKernels(t.m, set));
  EXPECT_TRUE(set.kernels.empty());
  EXPECT_EQ(t.count(Op::Binary), 1u);
}

TEST(FormKernels, AKernelNeverReadsItsOwnReduction) {
  Builder t;
  Instr* x = t.row();
  Instr* mu = t.call("mean", {x}, Type::scalar(Class::Double));
  Instr* d = t.binary(BinaryOp::Minus, x, mu, x->type);
  Instr* ss = t.call("sum", {d}, Type::scalar(Class::Double));
  t.ret({ss});
  mcc::kernels::KernelSet set;
  mcc::kernels::formKernels(t.m, set);
  ASSERT_EQ(set.kernels.size(), 2u);
  EXPECT_EQ(set.kernels[0]->outputs.size(), 1u);
  EXPECT_EQ(set.kernels[1]->inputs.size(), 2u);  // x and the mean, a scalar
  EXPECT_FALSE(set.kernels[1]->inputs[1].array);
}

// ---- the runtime: blocks, threads and the combination of partials

void sumAndMax(void* const* data, const double*, int64_t begin, int64_t end, double* partials, const int64_t*) {
  const double* x = static_cast<const double*>(data[0]);
  double s = 0, m = NAN;
  for (int64_t i = begin; i < end; ++i) {
    s += x[i];
    m = m != m ? x[i] : x[i] > m ? x[i] : m;
  }
  partials[0] = s;
  partials[1] = m;
}

double runSumAndMax(mcc_array* a, double* max) {
  uint32_t kinds[] = {MCC_REDUCE_SUM, MCC_REDUCE_MAX};
  double results[2];
  mcc_kernel_run(sumAndMax, 1, &a, nullptr, 2, kinds, results);
  *max = results[1];
  return results[0];
}

TEST(KernelRun, SmallSumsAddInElementOrderAndMaxSkipsNaN) {
  size_t dims[] = {1, 1000};
  mcc_array* a = mcc_array_create(MCC_CLASS_DOUBLE, 2, dims);
  double* x = static_cast<double*>(a->data);
  double expected = 0;
  for (int i = 0; i < 1000; ++i) expected += x[i] = 1.0 / (i + 1);
  double max = 0;
  EXPECT_EQ(runSumAndMax(a, &max), expected);  // as mcc_sum adds them
  EXPECT_EQ(max, 1.0);
  x[0] = NAN;
  x[500] = NAN;
  EXPECT_TRUE(std::isnan(runSumAndMax(a, &max)));
  EXPECT_EQ(max, 0.5);  // NaN loses
  mcc_array_release(a);
}

TEST(KernelRun, LargeSpacesCombineBlocksInOrder) {
  size_t n = 5 * MCC_KERNEL_BLOCK + 17;  // above MCC_KERNEL_PARALLEL_MIN: the pool runs it
  size_t dims[] = {n, 1};
  mcc_array* a = mcc_array_create(MCC_CLASS_DOUBLE, 2, dims);
  double* x = static_cast<double*>(a->data);
  for (size_t i = 0; i < n; ++i) x[i] = std::sin(static_cast<double>(i));
  double expected = 0;
  for (size_t b = 0; b < n; b += MCC_KERNEL_BLOCK) {
    double part = 0;
    for (size_t i = b; i < std::min(n, b + MCC_KERNEL_BLOCK); ++i) part += x[i];
    expected += part;
  }
  double max = 0;
  EXPECT_EQ(runSumAndMax(a, &max), expected);  // bit for bit, whatever the thread count
  mcc_array_release(a);
}

TEST(KernelRun, EmptySpacesGiveTheBuiltinsResult) {
  size_t dims[] = {1, 0};
  mcc_array* empty = mcc_array_create(MCC_CLASS_DOUBLE, 2, dims);
  mcc_array* s = mcc_kernel_reduction_result(MCC_REDUCE_SUM, 0, MCC_CLASS_DOUBLE, 0, empty, nullptr);
  EXPECT_EQ(mcc_array_numel(s), 1u);
  EXPECT_EQ(static_cast<double*>(s->data)[0], 0.0);
  mcc_array* m = mcc_kernel_reduction_result(MCC_REDUCE_MAX, NAN, MCC_CLASS_DOUBLE, 0, empty, nullptr);
  EXPECT_EQ(mcc_array_numel(m), 0u);  // max of 1x0 is 1x0
  mcc_array_release(s);
  mcc_array_release(m);
  mcc_array_release(empty);
}

}  // namespace

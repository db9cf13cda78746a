// LLVM code generation; see CodegenLLVM.h.
//
// Two representations meet here. Real double and logical scalars are machine
// values (double, i1) and get inline code; so do double scalars that may be
// complex, as {re, im, isComplex} (ComplexScalars.h), except as function
// parameters and results, which stay boxed. Every other value is boxed: an
// `mcc_array*` owning one reference, operated on by the runtime's C ABI
// (mcc/runtime.h), retained and released as the ownership plan says
// (Ownership.h). A scalar meeting a boxed operand is boxed on the spot; a
// boxed value whose type inference proved scalar is read out with
// mcc_array_to_double, which also checks it.
#include "CodegenLLVM.h"

#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/MC/MCSubtargetInfo.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Target/TargetOptions.h>
#include <llvm/TargetParser/Host.h>
#include <llvm/Transforms/Utils/ModuleUtils.h>

#include <cctype>
#include <cmath>
#include <optional>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "ComplexScalars.h"
#include "EmitKernel.h"
#include "Ownership.h"
#include "ir/InferTypes.h"
#include "kernels/KernelIR.h"
#include "interop/CDeclarations.h"
#include "interop/CoderRef.h"
#include "mcc/runtime.h"

namespace mcc::codegen {
namespace {

using ir::Class;
using ir::Instr;
using ir::Op;

bool isRealScalar(const ir::Type& t, Class c) {
  return t.unboxed() && t.cls == c && t.cx == ir::Complexity::Real;
}
// The values generated code keeps in machine registers.
bool isNumberScalar(const ir::Type& t) { return isRealScalar(t, Class::Double) || isRealScalar(t, Class::Logical); }
bool isRealDouble(const ir::Type& t) { return t.reached && t.cls == Class::Double && t.cx == ir::Complexity::Real; }
// A double scalar not proven real: {re, im, isComplex} in registers.
bool isComplexScalar(const ir::Type& t) {
  return t.reached && !t.noValue && t.cls == Class::Double && t.cx != ir::Complexity::Real && t.sp == ir::Sparsity::Full &&
         t.isScalar() && t.object.empty();
}

// A scalar of one machine type where another is expected: a logical (i1)
// meeting a double, a double read as a logical, a real scalar where a
// maybe-complex one is expected, or (as mcc_array_to_double does) the real
// part of a complex one where a double is.
llvm::Value* coerce(llvm::IRBuilderBase& b, llvm::Value* v, llvm::Type* to) {
  if (v->getType() == to) return v;
  if (to->isStructTy()) return packComplex(b, complexOfReal(b, coerce(b, v, b.getDoubleTy())));
  if (v->getType()->isStructTy()) {
    ComplexValue z = unpackComplex(b, v);
    if (to->isDoubleTy()) return z.re;
    llvm::Value* zero = llvm::ConstantFP::get(b.getDoubleTy(), 0.0);
    return b.CreateOr(b.CreateFCmpUNE(z.re, zero), b.CreateFCmpUNE(z.im, zero));
  }
  return to->isDoubleTy() ? b.CreateUIToFP(v, to) : b.CreateFCmpUNE(v, llvm::ConstantFP::get(v->getType(), 0.0));
}

// The C function of a runtime builtin: mcc_bi_NAME, mcc_bi_package_NAME for
// package.NAME (containers.Map; see MCC_BUILTIN_QUALIFIED in mcc/builtins.def).
std::string builtinSymbol(std::string name) {
  for (char& c : name)
    if (c == '.') c = '_';
  return "mcc_bi_" + name;
}

bool isCharConst(const Instr* i) { return i->op == Op::Const && i->constant.kind == ir::Constant::Char; }

// Ranges and literal rows that only a for loop reads, over scalar bounds:
// never materialised as arrays.
bool onlyForLoops(const Instr* i) {
  for (const Instr* u : i->users)
    if (u->op != Op::ForCount && u->op != Op::ForValue) return false;
  return true;
}
bool isLoopRange(const Instr* i) {
  if (i->op != Op::Range || !onlyForLoops(i)) return false;
  for (const Instr* o : i->operands)
    if (!isNumberScalar(o->type)) return false;
  return true;
}
bool isLoopRow(const Instr* i) {
  if (i->op != Op::Matrix || i->rowSizes.size() != 1 || i->operands.empty() || !onlyForLoops(i)) return false;
  for (const Instr* o : i->operands)
    if (!isRealScalar(o->type, Class::Double)) return false;  // [true false] is a logical row
  return true;
}

// [x, a, ...] (2) or [x; a; ...] (1) whose first part is an array value
// the runtime may grow in place (mcc_concat_append; it takes x): 0 if not.
uint32_t appendDim(const Instr& i) {
  if (i.op != Op::Matrix || i.operands.size() < 2 || i.rowSizes.empty()) return 0;
  for (uint8_t s : i.splice)
    if (s) return 0;
  const ir::Type& t = i.operands[0]->type;
  if (i.operands[0]->op == Op::Const || (t.rankKnown && t.isScalar()) || t.unboxed()) return 0;
  if (i.rowSizes.size() == 1) return 2;
  for (uint32_t count : i.rowSizes)
    if (count != 1) return 0;
  return 1;
}

bool isAggregateCall(const Instr* i);

// fprintf, disp and error of scalars and char constants, which need no arrays.
bool usesPrintPath(const Instr& i) {
  const std::string& n = i.name;
  if (i.callee != ir::Callee::Builtin || (n != "fprintf" && n != "disp" && n != "error") || isAggregateCall(&i)) return false;
  for (const Instr* o : i.operands)
    if (!isNumberScalar(o->type) && !isCharConst(o)) return false;
  if (!i.type.noValue && !isNumberScalar(i.type)) return false;
  if (n == "disp") return i.operands.size() == 1;
  if (n == "fprintf") return i.operands.empty() || isCharConst(i.operands[0]) || (i.operands.size() >= 2 && isCharConst(i.operands[1]));
  return true;
}

// `case {1, 'two'}`: a cell of constants that only switch cases read, never
// made: each element is matched in turn.
bool isCaseCell(const Instr* i) {
  if (i->op != Op::Cell || i->users.empty()) return false;
  for (const Instr* u : i->users)
    if (u->op != Op::CaseMatch || u->operands[0] == i) return false;
  for (const Instr* o : i->operands)
    if (o->op != Op::Const) return false;
  return true;
}

// A call whose outputs Extract reads one by one (a fused kernel's too).
bool isAggregateCall(const Instr* i) {
  if (i->op == Op::Kernel) return true;
  if (i->op != Op::Call && i->op != Op::CallHandle) return false;
  if (i->nargout >= 2) return true;
  for (const Instr* u : i->users)
    if (u->op == Op::Extract) return true;
  return false;
}

bool producesValue(const Instr* i) {
  if (ir::isStatement(i->op)) return false;
  switch (i->op) {
    case Op::Kernel: return false;
    case Op::Call: case Op::CallHandle: return !isAggregateCall(i) && !i->type.noValue;
    case Op::Subsref: return !i->type.noValue;  // h(x) as a statement, h a handle to a function without outputs
    case Op::Range: return !isLoopRange(i);
    case Op::Matrix: return !isLoopRow(i);
    case Op::Cell: return !isCaseCell(i);
    default: return true;
  }
}

// Builtins with inline code for real double/logical scalars, and how many
// arguments each takes.
const std::map<std::string, int>& scalarBuiltins() {
  static const std::map<std::string, int> table = {
      {"abs", 1},   {"floor", 1}, {"ceil", 1},  {"round", 1}, {"fix", 1},   {"sign", 1},  {"exp", 1},
      {"sin", 1},   {"cos", 1},   {"tan", 1},   {"atan", 1},  {"sinh", 1},  {"cosh", 1},  {"tanh", 1},
      {"mod", 2},   {"rem", 2},   {"atan2", 2}, {"hypot", 2}, {"isnan", 1}, {"isinf", 1}, {"isfinite", 1},
      {"pi", 0},    {"e", 0},     {"eps", 0},   {"Inf", 0},   {"NaN", 0},   {"true", 0},  {"false", 0}, {"numel", 1},
      {"length", 1}, {"isempty", 1}, {"isscalar", 1}, {"double", 1}, {"inf", 0}, {"nan", 0},
      {"sqrt", 1}, {"log", 1}, {"max", 2}, {"min", 2}};
  return table;
}

// The runtime's element-wise operation for a MATLAB operator, or -1.
int elementwiseOp(BinaryOp op) {
  switch (op) {
    case BinaryOp::Plus: return MCC_OP_PLUS;
    case BinaryOp::Minus: return MCC_OP_MINUS;
    case BinaryOp::Times: return MCC_OP_TIMES;
    case BinaryOp::RDivide: return MCC_OP_RDIVIDE;
    case BinaryOp::LDivide: return MCC_OP_LDIVIDE;
    case BinaryOp::Power: return MCC_OP_POWER;
    case BinaryOp::Eq: return MCC_OP_EQ;
    case BinaryOp::Ne: return MCC_OP_NE;
    case BinaryOp::Lt: return MCC_OP_LT;
    case BinaryOp::Le: return MCC_OP_LE;
    case BinaryOp::Gt: return MCC_OP_GT;
    case BinaryOp::Ge: return MCC_OP_GE;
    case BinaryOp::And: return MCC_OP_AND;
    case BinaryOp::Or: return MCC_OP_OR;
    default: return -1;
  }
}
// The builtin behind a matrix operator.
const char* matrixOpBuiltin(BinaryOp op) {
  switch (op) {
    case BinaryOp::MTimes: return "mtimes";
    case BinaryOp::MRDivide: return "mrdivide";
    case BinaryOp::MLDivide: return "mldivide";
    case BinaryOp::MPower: return "mpower";
    default: return nullptr;
  }
}

// Field numbers of mcc_array in the LLVM struct type (runtime.h).
enum ArrayField : unsigned { kRefcount = 0, kClass = 1, kComplex = 2, kResidency = 3, kFlags = 4, kNdims = 5, kDims = 7, kNumel = 8, kData = 9 };

class Codegen {
 public:
  Codegen(const ir::Module& m, const SourceFile& src, DiagnosticEngine& diags)
      : irModule_(m), src_(src), diags_(diags),
        builder_(ctx_, llvm::ConstantFolder(), llvm::IRBuilderCallbackInserter([this](llvm::Instruction* made) {
                   if (auto* c = llvm::dyn_cast<llvm::CallInst>(made)) newCalls_.push_back(c);
                 })) {}

  bool run(const CodegenOptions& opts, const std::string& objectPath, std::string* llvmText);

 private:
  // ---- what is supported
  bool checkSupported();
  std::string unsupportedReason(const ir::Function& f, const Instr& i) const;

  const SourceFile& sourceOf(const ir::Function* f) const { return f && f->source ? *f->source : src_; }
  void setDebugLocation(const Instr& i);
  void trackVariable(const Instr& i, llvm::Value* v);
  std::map<std::pair<std::string, llvm::Type*>, llvm::AllocaInst*> variableSlots_;  // -g: per function

  // ---- representation
  // Parameters arrive as the function's ABI has them (abiTypeOf).
  bool inRegisters(const Instr* v) const {
    return isNumberScalar(v->type) ||
           (isComplexScalar(v->type) && (v->op != Op::Param || complexInRegisters(*v->parent->parent)));
  }
  // A function called only by the program's code takes and gives
  // maybe-complex scalars in registers; the entry and functions with a
  // boxed entry (handles' targets) keep them boxed.
  bool complexInRegisters(const ir::Function& f) const { return !f.boxedEntry && &f != irModule_.functions.front(); }
  bool boxed(const Instr* v) const { return producesValue(v) && !inRegisters(v); }
  llvm::Type* typeOf(const ir::Type& t) {
    if (isComplexScalar(t)) return complexScalarType(ctx_);
    return abiTypeOf(t);
  }
  // Parameters and results of functions: maybe-complex scalars are boxed
  // unless `f` keeps them in registers (complexInRegisters).
  llvm::Type* abiTypeOf(const ir::Type& t) {
    if (!isNumberScalar(t)) return builder_.getPtrTy();
    return t.cls == Class::Logical ? builder_.getInt1Ty() : builder_.getDoubleTy();
  }
  llvm::Type* abiTypeOf(const ir::Type& t, const ir::Function& f) {
    return isComplexScalar(t) && complexInRegisters(f) ? complexScalarType(ctx_) : abiTypeOf(t);
  }
  // ---- maybe-complex double scalars (ComplexScalars.h)
  // The parts of a real or maybe-complex scalar operand (unboxed if boxed).
  ComplexValue complexParts(const Instr* v, const Instr& at);
  // A boxed maybe-complex double scalar's parts (the array is borrowed).
  llvm::Value* complexFromArray(llvm::Value* array, const Instr& at);
  // Operands real or maybe-complex double (or logical) scalars.
  bool complexOperands(const Instr& i, size_t first = 0) const;
  llvm::Value* complexBinary(const Instr& i);
  llvm::Value* complexUnary(const Instr& i);
  llvm::Value* complexBuiltin(const Instr& i);
  std::vector<ir::Type> resultTypes(const ir::Function& f) const;

  // ---- module structure
  void declareFunctions();
  // The body of f into `into`; its calls of itself go to `selfCalls`.
  void defineFunction(const ir::Function& f, llvm::Function* into, llvm::Function* selfCalls);
  bool callsItself(const ir::Function& f) const;
  llvm::Function* selfCalls_ = nullptr;
  const GpuBinaries* gpuKernels_ = nullptr;
  void emitEdges(const ir::Function& f, const OwnershipPlan& plan);
  void defineMain(const CodegenOptions& opts);
  void defineLibraryEntry(const CodegenOptions& opts);
  void makeConstants();
  void callEntry(llvm::Function* main, const CodegenOptions& opts);
  llvm::FunctionCallee runtime(const char* name, llvm::Type* ret, std::vector<llvm::Type*> params, bool noReturn = false);
  void linkBuiltinTable();

  // ---- values
  llvm::Value* value(const Instr* i);
  llvm::Value* asDouble(const Instr* i);
  llvm::Value* asBool(const Instr* v, const Instr& at);  // MATLAB's condition: NaN is an error
  llvm::Value* site(const Instr& i);
  static std::string stackName(const ir::Function& f);
  llvm::Value* text(const std::string& s);
  llvm::Value* emit(const Instr& i);
  llvm::Value* binary(const Instr& i);
  llvm::Value* scalarBuiltin(const Instr& i);
  llvm::Value* intrinsic(llvm::Intrinsic::ID id, llvm::Value* x) { return builder_.CreateUnaryIntrinsic(id, x); }
  llvm::Value* libm(const char* name, std::vector<llvm::Value*> args);
  void displayScalar(const std::string& name, llvm::Value* v);
  // MATLAB's error with a fixed message at `at` (the call does not return).
  void errorText(const std::string& message, const Instr& at);
  // Around a call inside a recursive cycle (Instr::recursive): MATLAB's
  // recursion limit, counted in the runtime's mcc_recursion_depth. Enter
  // gives the count before the call, which leave stores back.
  llvm::Value* enterRecursiveCall(const Instr& i);
  void leaveRecursiveCall(llvm::Value* before);

  // ---- boxed values
  llvm::Value* box(llvm::Value* scalar);                  // a new reference
  llvm::Value* borrowed(const Instr* v, const Instr& at);  // boxed operand, valid during `at`
  llvm::Value* owned(const Instr* v);                      // boxed operand `at` consumes
  llvm::Value* unbox(llvm::Value* array, const ir::Type& t, const Instr& at);  // consumes array
  // The slot of a global or persistent variable (GlobalLoad, GlobalStore):
  // a pointer-sized global of the program, NULL until first assigned.
  llvm::Value* globalSlot(const Instr& i) {
    std::string name = std::string(i.index ? "mcc.persistent." : "mcc.global.") + i.name;
    if (llvm::GlobalVariable* g = module_->getGlobalVariable(name, true)) return g;
    return new llvm::GlobalVariable(*module_, builder_.getPtrTy(), false, llvm::GlobalValue::InternalLinkage,
                                    llvm::ConstantPointerNull::get(builder_.getPtrTy()), name);
  }
  // `g(i) = v` of a global g: the slot lets go of its reference just before
  // the update, so an unshared value updates in place (O(1), not a copy);
  // the store that follows fills the slot again. Only in programs where no
  // error can be caught: a caught error in between would leave g unset.
  void dropGlobalBeforeUpdate(const Instr& i) {
    const Instr* load = i.operands[0];
    if (unwinding_ || i.users.size() != 1) return;
    if (load->op == Op::EnvLoad) {  // the same for a variable shared with nested functions
      const Instr* store = i.users[0];
      if (store->op != Op::EnvStore || store->operands[0] != load->operands[0] || store->index != load->index) return;
      builder_.CreateCall(runtime("mcc_env_set", builder_.getVoidTy(), {builder_.getPtrTy(), builder_.getInt64Ty(), builder_.getPtrTy()}),
                          {borrowed(load->operands[0], i), builder_.getInt64(load->index),
                           llvm::ConstantPointerNull::get(builder_.getPtrTy())});
      return;
    }
    if (load->op != Op::GlobalLoad) return;
    const Instr* store = i.users[0];
    if (store->op != Op::GlobalStore || store->name != load->name || store->index != load->index) return;
    builder_.CreateCall(runtime("mcc_global_set", builder_.getVoidTy(), {builder_.getPtrTy(), builder_.getPtrTy()}),
                        {globalSlot(*load), llvm::ConstantPointerNull::get(builder_.getPtrTy())});
  }
  llvm::Value* result(const Instr& i, llvm::Value* array) { return boxed(&i) ? array : unbox(array, i.type, i); }
  llvm::Value* ptrArray(const std::vector<llvm::Value*>& items);
  llvm::Value* field(llvm::Value* array, ArrayField f);
  // Loads of descriptor fields and loads/stores of double elements, with
  // type-based alias info telling LLVM they never overlap (so field loads
  // leave loops that only touch elements).
  llvm::Value* loadField(llvm::Value* array, ArrayField f, llvm::Type* t);
  llvm::Value* loadElement(llvm::Value* address);
  void storeElement(llvm::Value* v, llvm::Value* address);
  llvm::MDNode* tbaaField_ = nullptr;
  llvm::MDNode* tbaaElement_ = nullptr;
  void retain(llvm::Value* array);
  void release(llvm::Value* array);
  void checkDefined(const Instr* v, const Instr& at);
  // An EnvLoad marked forUpdate is either a function's shared output (only
  // returned: NULL while unset, which the caller reports) or the base of an
  // indexed assignment ([] while unset, see IROps.def).
  static bool isOutputLoad(const Instr& i) {
    return i.op == Op::EnvLoad && i.forUpdate &&
           std::all_of(i.users.begin(), i.users.end(), [](const Instr* u) { return u->op == Op::Return; });
  }
  llvm::Value* emptyIfNull(llvm::Value* array);
  llvm::Value* constant(const Instr& i);
  llvm::Value* boxedBinary(const Instr& i);
  // The builtin `name` (or, with `handle`, mcc_call_handle of it) on the
  // operands from `first` on.
  llvm::Value* callBuiltin(const std::string& name, const Instr& i, uint32_t nargout, std::vector<llvm::Value*>* outs,
                           size_t first = 0, llvm::Value* handle = nullptr);
  llvm::Value* call(const Instr& i);
  llvm::Value* undefinedFunction(const Instr& i);
  // ---- C calls (coder.ceval and friends; compiler/interop)
  llvm::Value* coderCall(const Instr& i);
  // What a C call lacks for code generation ("" when nothing): BindCCalls
  // reports the same with its reasons; this keeps code generation safe alone.
  std::string cInteropReason(const Instr& i) const;
  llvm::Value* cArgument(const Instr& i, const Instr* a, const interop::CType* p, llvm::Type*& type,
                         std::vector<llvm::Value*>* written);
  // The C function `decl` (or, without one, what the arguments say) called
  // through `address`, or its symbol when null, on the operands from `first`
  // on; the result boxed (null for void). `written` receives the arrays
  // passed to writable pointers (calllib's outputs).
  llvm::Value* callC(const Instr& i, const interop::CFunction* decl, const std::string& symbol, llvm::Value* address,
                     size_t first, std::vector<llvm::Value*>* written);
  llvm::Value* scalarOf(uint32_t cls, llvm::Value* v);
  // A C struct's mcc_c_struct (one constant per struct).
  llvm::Constant* structLayout(const interop::CStruct& s);
  // A struct passed to a pointer to a complete C struct (the record of `p`).
  llvm::Value* structArgument(const Instr& i, const Instr* a, const interop::CType& p, std::vector<llvm::Value*>* written);
  const interop::CFunctions* cFunctions_ = nullptr;
  const interop::CLibraries* cLibraries_ = nullptr;
  const interop::CStructs* cStructs_ = nullptr;
  std::map<const interop::CStruct*, llvm::Constant*> structLayouts_;
  // What the C call being compiled does once it returns (callC runs them):
  // structs written back, lib.pointer outputs read.
  std::vector<std::function<void()>> afterCall_;
  llvm::Value* callUser(const Instr& i) { return callUser(i, byName_.at(i.name), {}, 0); }
  llvm::Value* perElementCall(const Instr& i);
  llvm::Value* elementQuery(const std::string& name, llvm::Value* element, llvm::BasicBlock* otherwise);
  // The scalar type whose register form is `t` (a parameter's unboxed value).
  ir::Type scalarOf(llvm::Type* t) const {
    return t->isStructTy() ? ir::Type::scalar(Class::Double, ir::Complexity::Unknown) : ir::Type::scalar(Class::Double);
  }
  // A user function called with `prefix` (owned references) before the
  // operands from `first` on.
  llvm::Value* callUser(const Instr& i, const ir::Function* callee, std::vector<llvm::Value*> prefix, size_t first);
  // ---- function handles
  llvm::Value* makeHandle(const Instr& i);
  llvm::Value* callHandle(const Instr& i);
  // A call through a boxed entry point (the builtin `name`, or the handle),
  // its outputs as the instruction's values.
  llvm::Value* entryCall(const std::string& name, const Instr& i, uint32_t nargout, size_t first, llvm::Value* handle);
  llvm::Function* boxedEntry(const ir::Function* f);
  void defineBoxedEntry(const ir::Function& f, llvm::Function* entry);
  std::map<const ir::Function*, llvm::Function*> boxedEntries_;
  std::vector<const ir::Function*> boxedEntryOrder_;
  llvm::Value* inlineQuery(const Instr& i);
  void keepOutputs(const Instr& i, std::vector<llvm::Value*> outs);
  llvm::Value* printCall(const Instr& i);
  llvm::Value* subsref(const Instr& i);
  llvm::Value* subsasgn(const Instr& i);
  // The address of element x(idx...) of a double array, branching to `slow`
  // where the runtime must act. With `isComplex`, a complex array passes too
  // (the address is of the real part; *isComplex says which); else only a
  // real one does.
  llvm::Value* fastIndex(const Instr& i, llvm::Value* x, size_t first, llvm::BasicBlock* slow, llvm::Value** isComplex = nullptr);

  // ---- cells and structs
  // Operand k of i is a list of values unknown in number, expanded at run time.
  static bool spliced(const Instr& i, size_t k) {
    return k < i.splice.size() && i.splice[k] && !ir::isSingleValue(*i.operands[k]);
  }
  static bool anySpliced(const Instr& i) {
    for (size_t k = 0; k < i.operands.size(); ++k)
      if (spliced(i, k)) return true;
    return false;
  }
  llvm::Value* constantArray(const std::vector<uint64_t>& v, unsigned bits);
  llvm::Value* argumentList(const Instr& i, size_t first);  // borrowed for this instruction
  llvm::Value* literal(const Instr& i, const char* runtimeFn);
  llvm::Value* constantMatrix(const Instr& i);
  llvm::Value* scalarMatrix(const Instr& i);
  llvm::Value* newMatrix(size_t rows, size_t cols, uint32_t cls);
  llvm::Value* cellRef(const Instr& i);
  llvm::Value* fieldRef(const Instr& i);
  llvm::Value* cellAsgn(const Instr& i);
  llvm::Value* setField(const Instr& i);
  std::vector<llvm::Value*> indices(const Instr& i, size_t first);

  const ir::Module& irModule_;
  const SourceFile& src_;
  DiagnosticEngine& diags_;
  llvm::LLVMContext ctx_;
  std::unique_ptr<llvm::Module> module_;
  // Every call the builder makes is noted, so that calls that may raise an
  // error can become invokes (try/catch).
  std::vector<llvm::CallInst*> newCalls_;
  llvm::IRBuilder<llvm::ConstantFolder, llvm::IRBuilderCallbackInserter> builder_;
  // ---- errors (try/catch): see addLandingPads
  bool unwinding_ = false;                                          // the program has a try region
  bool destructors_ = false;                                        // the program has destructors
  llvm::Value* callUnwindingFrames(llvm::Function* main, llvm::Function* callee, const std::vector<llvm::Value*>& args);
  std::unordered_map<const ir::Block*, llvm::BasicBlock*> unwindDest_;  // block -> its handler edge
  llvm::Value* exnSlot_ = nullptr;                                  // the MException a handler receives
  llvm::Value* addLandingPads(const Instr& i, const OwnershipPlan& plan, llvm::Value* result);
  std::vector<llvm::Value*> errorPathTemps_;  // temporaries of a path that ends in an error call
  // What a call's landing pad releases besides the instruction's temporaries
  // (arrayfun's result while the loop fills it).
  std::map<llvm::CallInst*, std::vector<llvm::Value*>> raiseReleases_;
  static bool mayRaise(const llvm::CallInst* c);
  std::unordered_map<std::string, const ir::Function*> byName_;
  std::unordered_map<const ir::Function*, llvm::Function*> functions_;
  const ir::Function* current_ = nullptr;
  std::unordered_map<const Instr*, llvm::Value*> values_;
  std::unordered_map<const Instr*, std::vector<llvm::Value*>> outputs_;  // aggregate calls
  std::unordered_map<const ir::Block*, llvm::BasicBlock*> blocks_;
  std::map<std::pair<const ir::Block*, size_t>, llvm::BasicBlock*> edgeBlocks_;
  std::unordered_map<const Instr*, std::string> nullable_;  // boxed values that may be NULL, and why
  std::vector<llvm::Value*> temps_;                       // references to release after the instruction
  std::map<std::string, llvm::Constant*> strings_;
  std::vector<std::pair<llvm::GlobalVariable*, const Instr*>> constants_;
  llvm::StructType* fmtArgTy_ = nullptr;
  llvm::StructType* siteTy_ = nullptr;
  llvm::StructType* arrayTy_ = nullptr;
  // -g: DWARF line info.
  std::unique_ptr<llvm::DIBuilder> dib_;
  llvm::DICompileUnit* cu_ = nullptr;
  std::map<const SourceFile*, llvm::DIFile*> diFiles_;
  llvm::DIFile* diFile(const SourceFile& file);
};

// ------------------------------------------------------------ supported

std::string Codegen::unsupportedReason(const ir::Function& f, const Instr& i) const {
  // Handles flow through variables, calls and display; operators on them are MATLAB errors.
  bool objectOk = i.op == Op::Phi || i.op == Op::Display || i.op == Op::SetAns || i.op == Op::Return ||
                  i.op == Op::Subsref || i.op == Op::Closure || i.op == Op::CallHandle || i.op == Op::Extract ||
                  i.op == Op::Cell || i.op == Op::CellAsgn || i.op == Op::SetField ||  // held in cells and structs
                  i.op == Op::Subsasgn ||  // m(key) = @f into a containers.Map; else the runtime's error
                  i.op == Op::IsDefined;
  auto classOk = [&](const ir::Type& t) {
    if (t.cls == Class::FunctionHandle || t.cls == Class::MException) return objectOk;
    return true;  // strings are boxed values the runtime's operations take
  };
  switch (i.op) {
    case Op::Field:
      // MException's Correction property is not kept; a name that is no
      // property or method of it is MATLAB's error at run time.
      if (i.operands[0]->type.cls == Class::MException && !i.dynamicField && i.name == "Correction")
        return "the MException property '" + i.name + "'";
      return "";
    case Op::Caught: case Op::TryEnter: case Op::TryLeave: case Op::GlobalLoad: case Op::GlobalStore:
    case Op::EnvNew: case Op::EnvLoad: case Op::EnvStore: return "";
    case Op::FuncHandle:
      if (i.callee != ir::Callee::Builtin) return byName_.count(i.name) ? "" : "a handle to " + i.constant.text;
      if (ir::isRuntimeBuiltin(i.name)) return "";
      return "a handle to '" + i.name + "' (not a function mcc knows)";
    case Op::Closure: return byName_.count(i.name) ? "" : "this anonymous function";
    case Op::Const: return "";
    case Op::Call: {
      if (i.callee != ir::Callee::Builtin) return byName_.count(i.name) ? "" : "calls of " + i.name;
      if (i.name == "nargin" || i.name == "nargout")
        // (an anonymous function reads its nargout to call its body with none: LowerAST)
        return i.operands.empty() && (f.ast || (i.name == "nargout" && f.name.find(">@") != std::string::npos))
                   ? ""
                   : i.name + " outside a function or of a named function";
      if (interop::isCInteropCall(i.name)) return cInteropReason(i);
      if (scalarBuiltins().count(i.name) || ir::isRuntimeBuiltin(i.name) || usesPrintPath(i)) return "";
      return "?undefined";
    }
    case Op::Binary:
      if (const char* name = matrixOpBuiltin(i.binary)) {
        bool scalars = isNumberScalar(i.type) && isNumberScalar(i.operands[0]->type) && isNumberScalar(i.operands[1]->type);
        if (!scalars && !ir::isRuntimeBuiltin(name)) return std::string("the operator '") + name + "' on arrays";
      }
      [[fallthrough]];
    default:
      for (const Instr* o : i.operands)
        if (!classOk(o->type) && !isCaseCell(o)) return std::string("values of class ") + ir::className(o->type.cls);
      return "";
  }
}

bool Codegen::checkSupported() {
  bool ok = true;
  std::set<std::pair<const SourceFile*, uint32_t>> reportedLines;
  for (const ir::Function* f : irModule_.functions) {
    const SourceFile& file = sourceOf(f);
    // The blocks of try regions (each is entered by a trybr): a call of an
    // undefined function there is MATLAB's run-time error, which catch sees.
    std::set<const ir::Block*> inTry;
    for (const ir::Block* b : f->blocks)
      if (const Instr* t = b->terminator(); t && t->op == Op::TryBr) inTry.insert(t->targets[0]);
    for (const ir::Block* b : f->blocks)
      for (const Instr* i : b->instrs) {
        std::string why = unsupportedReason(*f, *i);
        if (why.empty() || (why == "?undefined" && inTry.count(b))) continue;
        ok = false;
        // Phis have no place of their own: report where the value is used.
        SourceRange loc = i->loc;
        for (const Instr* u : i->users)
          if (loc.empty()) loc = u->loc;
        // One diagnostic per source line is plenty.
        uint32_t line = file.lineCol(loc.begin).line;
        if (!reportedLines.insert({&file, line}).second) continue;
        if (why == "?undefined") {
          // Not MATLAB's "Unrecognized function or variable" yet: mcc does not
          // know every builtin, so it cannot be sure the name is undefined.
          diags_.report(&file, loc, DiagId::NotImplemented, {"the function '" + i->name + "'"});
          diags_.report(&file, loc, DiagId::NoteUnknownFunction, {i->name});
          continue;
        }
        diags_.report(&file, loc, DiagId::NotImplemented, {"code generation for " + why});
      }
  }
  return ok;
}

// ------------------------------------------------------ module structure

std::vector<ir::Type> Codegen::resultTypes(const ir::Function& f) const {
  std::vector<ir::Type> out(f.outputNames.size(), ir::Type::bottom());
  for (const ir::Block* b : f.blocks) {
    const Instr* t = b->terminator();
    if (t && t->op == Op::Return)
      for (size_t k = 0; k < t->operands.size() && k < out.size(); ++k) {
        const Instr* v = t->operands[k];
        out[k] = ir::join(out[k], v->op == Op::Undef ? ir::Type::unknown() : v->type);
      }
  }
  // An output no path assigns is boxed (NULL: the caller's error).
  for (ir::Type& t : out)
    if (!t.reached) t = ir::Type::unknown();
  return out;
}

// A handle whose target is unknown here may be a function's name (feval(f,
// ...) with f a char vector), which the runtime resolves through its table
// of builtins by name. The runtime refers to that table only weakly, so that
// programs that never call such a handle do not link every builtin: this
// anchor links it into those that may.
void Codegen::linkBuiltinTable() {
  const char* anchorName = "mcc.link.builtin_table";
  if (module_->getNamedGlobal(anchorName)) return;
  auto P = builder_.getPtrTy();
  auto* table = llvm::cast<llvm::Constant>(
      runtime("mcc_builtin_entry", P, {P, builder_.getInt64Ty()}).getCallee());
  auto* anchor = new llvm::GlobalVariable(*module_, P, true, llvm::GlobalValue::InternalLinkage, table, anchorName);
  llvm::appendToCompilerUsed(*module_, {anchor});
}

llvm::FunctionCallee Codegen::runtime(const char* name, llvm::Type* ret, std::vector<llvm::Type*> params,
                                      bool noReturn) {
  llvm::FunctionCallee f = module_->getOrInsertFunction(name, llvm::FunctionType::get(ret, params, false));
  if (noReturn) llvm::cast<llvm::Function>(f.getCallee())->addFnAttr(llvm::Attribute::NoReturn);
  return f;
}

void Codegen::declareFunctions() {
  int n = 0;
  for (const ir::Function* f : irModule_.functions) {
    // Hidden first parameters: nargin and nargout of the call.
    std::vector<llvm::Type*> params = {builder_.getDoubleTy(), builder_.getDoubleTy()};
    for (const Instr* p : f->params) params.push_back(abiTypeOf(p->type, *f));
    std::vector<llvm::Type*> results;
    for (const ir::Type& t : resultTypes(*f)) results.push_back(abiTypeOf(t, *f));
    llvm::Type* ret = results.empty() ? builder_.getVoidTy()
                      : results.size() == 1 ? results[0] : llvm::StructType::get(ctx_, results);
    auto* fn = llvm::Function::Create(llvm::FunctionType::get(ret, params, false), llvm::Function::InternalLinkage,
                                      "mcc_fn" + std::to_string(n++), module_.get());
    functions_[f] = fn;
    if (dib_) {
      const SourceFile& file = sourceOf(f);
      llvm::DIFile* unit = diFile(file);
      uint32_t line = f->ast ? file.lineCol(f->ast->range.begin).line : 1;
      std::string name = f->ast ? f->ast->name : f->name;
      llvm::DISubprogram* sp = dib_->createFunction(
          unit, name, /*LinkageName=*/"", unit, line, dib_->createSubroutineType(dib_->getOrCreateTypeArray({})), line,
          llvm::DINode::FlagPrototyped, llvm::DISubprogram::SPFlagDefinition | llvm::DISubprogram::SPFlagLocalToUnit);
      fn->setSubprogram(sp);
    }
  }
}

bool Codegen::callsItself(const ir::Function& f) const {
  for (const ir::Block* b : f.blocks)
    for (const Instr* i : b->instrs)
      if (i->op == Op::Call && i->callee != ir::Callee::Builtin && byName_.count(i->name) && byName_.at(i->name) == &f)
        return true;
  return false;
}

llvm::DIFile* Codegen::diFile(const SourceFile& file) {
  auto it = diFiles_.find(&file);
  if (it != diFiles_.end()) return it->second;
  std::filesystem::path p = std::filesystem::absolute(file.name());
  llvm::DIFile* d = dib_->createFile(p.filename().string(), p.parent_path().string());
  diFiles_[&file] = d;
  return d;
}

void Codegen::setDebugLocation(const Instr& i) {
  if (!dib_) return;
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  if (i.loc.empty() && i.loc.begin == 0) return;  // keeps the previous line
  LineCol lc = sourceOf(current_).lineCol(i.loc.begin);
  builder_.SetCurrentDebugLocation(llvm::DILocation::get(ctx_, lc.line, lc.col, fn->getSubprogram()));
}

// -g: each scalar MATLAB variable has a stack slot that debuggers read, and
// every value assigned to it is stored there (at -O1 and above mem2reg turns
// the slot back into registers, keeping the variable as dbg.value).
void Codegen::trackVariable(const Instr& i, llvm::Value* v) {
  if (!dib_ || i.variable.empty() || !(v->getType()->isDoubleTy() || v->getType()->isIntegerTy(1))) return;
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::AllocaInst*& slot = variableSlots_[{i.variable, v->getType()}];
  if (!slot) {
    llvm::BasicBlock& entry = fn->getEntryBlock();
    slot = new llvm::AllocaInst(v->getType(), 0, i.variable, entry.getFirstInsertionPt());
    const SourceFile& file = sourceOf(current_);
    uint32_t line = file.lineCol(i.loc.begin).line;
    bool isDouble = v->getType()->isDoubleTy();
    llvm::DIType* type = dib_->createBasicType(isDouble ? "double" : "logical", isDouble ? 64 : 8,
                                               isDouble ? llvm::dwarf::DW_ATE_float : llvm::dwarf::DW_ATE_boolean);
    llvm::DILocalVariable* var = dib_->createAutoVariable(fn->getSubprogram(), i.variable, diFile(file), line, type);
    auto* loc = llvm::DILocation::get(ctx_, line, 0, fn->getSubprogram());
    if (llvm::Instruction* next = slot->getNextNode())
      dib_->insertDeclare(slot, var, dib_->createExpression(), loc, next);
    else
      dib_->insertDeclare(slot, var, dib_->createExpression(), loc, &entry);
  }
  builder_.CreateStore(v, slot);
}

void Codegen::defineMain(const CodegenOptions& opts) {
  builder_.SetCurrentDebugLocation(llvm::DebugLoc());
  auto* mainTy = llvm::FunctionType::get(builder_.getInt32Ty(), {builder_.getInt32Ty(), builder_.getPtrTy()}, false);
  auto* main = llvm::Function::Create(mainTy, llvm::Function::ExternalLinkage, "main", module_.get());
  builder_.SetInsertPoint(llvm::BasicBlock::Create(ctx_, "entry", main));
  builder_.CreateCall(runtime("mcc_init", builder_.getVoidTy(), {builder_.getInt32Ty(), builder_.getPtrTy(), builder_.getInt32Ty()}),
                      {main->getArg(0), main->getArg(1), builder_.getInt32(MCC_RUNTIME_ABI_VERSION)});
  makeConstants();
  callEntry(main, opts);
  builder_.CreateRet(builder_.CreateCall(runtime("mcc_finish", builder_.getInt32Ty(), {})));
}

// A library's entry (mcc -shared): the main function's boxed entry point,
// exported, and LIBRARYENTRY_init making the constants (the library's
// NAME_initialize calls it after mcc_init).
void Codegen::defineLibraryEntry(const CodegenOptions& opts) {
  llvm::Function* entry = boxedEntry(irModule_.functions.front());
  entry->setName(opts.libraryEntry);
  entry->setLinkage(llvm::Function::ExternalLinkage);
  entry->setVisibility(llvm::GlobalValue::HiddenVisibility);
  builder_.SetCurrentDebugLocation(llvm::DebugLoc());
  auto* init = llvm::Function::Create(llvm::FunctionType::get(builder_.getVoidTy(), false), llvm::Function::ExternalLinkage,
                                      opts.libraryEntry + "_init", module_.get());
  init->setVisibility(llvm::GlobalValue::HiddenVisibility);
  builder_.SetInsertPoint(llvm::BasicBlock::Create(ctx_, "entry", init));
  makeConstants();
  builder_.CreateRetVoid();
}

// The program's boxed constants, made once.
void Codegen::makeConstants() {
  for (auto [global, c] : constants_) {
    llvm::Value* a = nullptr;
    auto P = builder_.getPtrTy();
    const ir::Constant& k = c->constant;
    switch (k.kind) {
      case ir::Constant::Char:
        a = builder_.CreateCall(runtime("mcc_array_from_string", P, {P, builder_.getInt64Ty()}),
                                {text(k.text), builder_.getInt64(k.text.size())});
        break;
      case ir::Constant::String:
        a = builder_.CreateCall(runtime("mcc_string_from_utf8", P, {P, builder_.getInt64Ty()}),
                                {text(k.text), builder_.getInt64(k.text.size())});
        break;
      case ir::Constant::Empty: a = builder_.CreateCall(runtime("mcc_array_empty", P, {})); break;
      case ir::Constant::Colon: a = builder_.CreateCall(runtime("mcc_colon", P, {})); break;
      case ir::Constant::Logical: a = builder_.CreateCall(runtime("mcc_array_from_bool", P, {builder_.getInt32Ty()}), {builder_.getInt32(k.real != 0)}); break;
      default:
        if (k.complex)
          a = builder_.CreateCall(runtime("mcc_array_from_complex", P, {builder_.getDoubleTy(), builder_.getDoubleTy()}),
                                  {llvm::ConstantFP::get(builder_.getDoubleTy(), k.real), llvm::ConstantFP::get(builder_.getDoubleTy(), k.imag)});
        else
          a = builder_.CreateCall(runtime("mcc_array_from_scalar", P, {builder_.getDoubleTy()}), {llvm::ConstantFP::get(builder_.getDoubleTy(), k.real)});
        if (!k.intClass.empty()) {
          uint32_t cls = MCC_CLASS_DOUBLE;
          static const std::pair<const char*, uint32_t> classes[] = {
              {"int8", MCC_CLASS_INT8},   {"uint8", MCC_CLASS_UINT8},   {"int16", MCC_CLASS_INT16}, {"uint16", MCC_CLASS_UINT16},
              {"int32", MCC_CLASS_INT32}, {"uint32", MCC_CLASS_UINT32}, {"int64", MCC_CLASS_INT64}, {"uint64", MCC_CLASS_UINT64}};
          for (auto [name, id] : classes)
            if (k.intClass == name) cls = id;
          llvm::Value* scalar = a;
          a = builder_.CreateCall(runtime("mcc_array_cast", P, {P, builder_.getInt32Ty(), P}),
                                  {scalar, builder_.getInt32(cls), llvm::ConstantPointerNull::get(P)});
          // mcc_array_cast makes a new array: the double it was made from is ours to free
          builder_.CreateCall(runtime("mcc_array_release", builder_.getVoidTy(), {P}), {scalar});
        }
        break;
    }
    builder_.CreateStore(builder_.CreateCall(runtime("mcc_array_make_static", P, {P}), {a}), global);
  }
}

// The main function takes its inputs from the command line and displays its
// outputs (mcc_entry_inputs and mcc_entry_output in mcc/runtime.h); inputs
// its arguments block pins to real scalars arrive unboxed.
void Codegen::callEntry(llvm::Function* main, const CodegenOptions& opts) {
  const ir::Function& f = *irModule_.functions.front();
  auto P = builder_.getPtrTy();
  auto I32 = builder_.getInt32Ty();
  auto* n = builder_.getInt32(static_cast<uint32_t>(f.params.size()));
  llvm::Value* in = builder_.CreateAlloca(P, builder_.getInt32(static_cast<uint32_t>(f.params.size() + 1)), "inputs");
  const SourceFile& file = sourceOf(&f);
  uint32_t line = f.ast ? file.lineCol(f.ast->range.begin).line : 1;
  llvm::Value* nargin = builder_.CreateCall(runtime("mcc_entry_inputs", I32, {I32, P, P, I32, P, P, I32, P}),
                                            {main->getArg(0), main->getArg(1), text(file.name()), builder_.getInt32(line),
                                             text(opts.entryHelp), text(opts.entrySpec), n, in});
  std::vector<llvm::Value*> args = {builder_.CreateUIToFP(nargin, builder_.getDoubleTy()),
                                    llvm::ConstantFP::get(builder_.getDoubleTy(), static_cast<double>(f.outputNames.size()))};
  for (size_t k = 0; k < f.params.size(); ++k) {
    llvm::Value* a = builder_.CreateLoad(P, builder_.CreateConstGEP1_32(P, in, static_cast<unsigned>(k)));
    llvm::Type* t = abiTypeOf(f.params[k]->type);
    if (t != P) {
      llvm::Value* d = builder_.CreateCall(runtime("mcc_array_to_double", builder_.getDoubleTy(), {P, P}),
                                           {a, llvm::ConstantPointerNull::get(P)});
      release(a);
      a = coerce(builder_, d, t);
    }
    args.push_back(a);
  }
  llvm::Value* results = destructors_ ? callUnwindingFrames(main, functions_.at(&f), args)
                                     : builder_.CreateCall(functions_.at(&f), args);
  std::string name = f.ast ? f.ast->name : f.name;
  for (size_t k = 0; k < f.outputNames.size(); ++k) {
    llvm::Value* v = f.outputNames.size() == 1 ? results : builder_.CreateExtractValue(results, static_cast<unsigned>(k));
    if (!v->getType()->isPointerTy()) v = box(v);
    builder_.CreateCall(runtime("mcc_entry_output", builder_.getVoidTy(), {P, P, P}), {text(f.outputNames[k]), text(name), v});
  }
}

// A program with destructors calls its main function in a try region of
// its own, so that an error no catch takes still unwinds every frame (the
// landing pads release what each holds: MATLAB clears the workspaces of the
// functions an error leaves, running their onCleanup functions and delete
// methods) before it is reported, by rethrow outside any region.
llvm::Value* Codegen::callUnwindingFrames(llvm::Function* main, llvm::Function* callee, const std::vector<llvm::Value*>& args) {
  auto P = builder_.getPtrTy();
  auto I32 = builder_.getInt32Ty();
  builder_.CreateCall(runtime("mcc_try_enter", builder_.getVoidTy(), {}));
  if (!main->hasPersonalityFn())
    main->setPersonalityFn(llvm::cast<llvm::Constant>(
        module_->getOrInsertFunction("__gxx_personality_v0", llvm::FunctionType::get(I32, true)).getCallee()));
  llvm::BasicBlock* pad = llvm::BasicBlock::Create(ctx_, "uncaught", main);
  llvm::BasicBlock* cont = llvm::BasicBlock::Create(ctx_, "returned", main);
  llvm::Value* results = builder_.CreateInvoke(callee, cont, pad, args);
  builder_.SetInsertPoint(pad);
  llvm::LandingPadInst* lp = builder_.CreateLandingPad(llvm::StructType::get(ctx_, {P, I32}), 1);
  lp->addClause(llvm::ConstantPointerNull::get(P));
  llvm::Value* err = builder_.CreateCall(runtime("mcc_catch", P, {P}), {builder_.CreateExtractValue(lp, {0})});
  llvm::Value* in = builder_.CreateAlloca(P);
  llvm::Value* out = builder_.CreateAlloca(P);
  builder_.CreateStore(err, in);
  builder_.CreateCall(runtime(builtinSymbol("rethrow").c_str(), builder_.getVoidTy(), {I32, P, I32, P, P}),
                      {builder_.getInt32(0), out, builder_.getInt32(1), in,
                       llvm::ConstantPointerNull::get(P)});
  builder_.CreateUnreachable();
  builder_.SetInsertPoint(cont);
  builder_.CreateCall(runtime("mcc_try_leave", builder_.getVoidTy(), {}));
  return results;
}

void Codegen::defineFunction(const ir::Function& f, llvm::Function* into, llvm::Function* selfCalls) {
  current_ = &f;
  selfCalls_ = selfCalls;
  llvm::Function* fn = into;
  values_.clear();
  variableSlots_.clear();
  outputs_.clear();
  blocks_.clear();
  edgeBlocks_.clear();
  nullable_.clear();
  OwnershipPlan plan = planOwnership(
      f, {[this](const Instr* v) { return boxed(v); },
          [this](const Instr& user, size_t k) {
            if (user.op == Op::Subsasgn || user.op == Op::CellAsgn || user.op == Op::SetField) return k == 0;
            if (user.op == Op::Matrix && k == 0 && appendDim(user)) return true;
            if (user.op == Op::Return || user.op == Op::GlobalStore) return true;
            if (user.op == Op::EnvStore) return k == 1;
            if (user.op == Op::CallHandle || (user.op == Op::Subsref && user.operands[0]->type.cls == Class::FunctionHandle))
              return k >= 1 && byName_.count(user.name) > 0;  // a direct call of a user function takes its arguments
            return user.op == Op::Call && user.callee != ir::Callee::Builtin;
          }});
  // Values that may be NULL: never assigned, inputs not passed, and phis of those.
  for (const ir::Block* b : f.blocks)
    for (const Instr* i : b->instrs) {
      if (i->op == Op::Undef && boxed(i)) nullable_[i] = i->name;
      if (i->op == Op::Param && boxed(i)) nullable_[i] = "";
      if ((i->op == Op::CallHandle || i->op == Op::Subsref) && i->nargout == 0 && boxed(i)) nullable_[i] = "ans";
      if (i->op == Op::EnvLoad && isOutputLoad(*i)) nullable_[i] = i->name;  // see IROps.def
    }
  for (bool changed = true; changed;) {
    changed = false;
    for (const ir::Block* b : f.blocks)
      for (const Instr* i : b->instrs)
        if (i->op == Op::Phi && boxed(i) && !nullable_.count(i))
          for (const Instr* o : i->operands)
            if (nullable_.count(o)) {
              nullable_[i] = i->name.empty() || nullable_.at(o).empty() ? nullable_.at(o) : i->name;
              changed = true;
              break;
            }
  }

  for (const ir::Block* b : f.blocks) blocks_[b] = llvm::BasicBlock::Create(ctx_, "bb" + std::to_string(b->id), fn);
  unwindDest_.clear();
  exnSlot_ = nullptr;
  if (unwinding_) {
    llvm::IRBuilder<> top(blocks_.at(f.entry()));
    exnSlot_ = top.CreateAlloca(builder_.getPtrTy(), nullptr, "caught");
  }
  if (dib_) builder_.SetCurrentDebugLocation(llvm::DILocation::get(ctx_, 0, 0, fn->getSubprogram()));
  for (size_t k = 0; k < f.params.size(); ++k) values_[f.params[k]] = fn->getArg(static_cast<unsigned>(k + 2));
  for (const ir::Block* b : f.blocks) {
    builder_.SetInsertPoint(blocks_.at(b));
    const Instr* firstNonPhi = nullptr;
    for (const Instr* i : b->instrs)
      if (!firstNonPhi && i->op != Op::Phi) firstNonPhi = i;
    for (const Instr* i : b->instrs) {
      if (i->op == Op::Phi) {
        values_[i] = builder_.CreatePHI(typeOf(i->type), static_cast<unsigned>(i->operands.size()));
        continue;
      }
      if (i == firstNonPhi)  // the phis' variables, once past the phis
        for (const Instr* phi : b->instrs) {
          if (phi->op != Op::Phi) break;
          trackVariable(*phi, value(phi));
        }
      if (i->op == Op::Param) {
        trackVariable(*i, value(i));
        auto it = plan.releaseAfter.find(i);
        if (it != plan.releaseAfter.end())
          for (const Instr* v : it->second) release(value(v));
        continue;
      }
      setDebugLocation(*i);
      if (auto it = plan.retainBefore.find(i); it != plan.retainBefore.end())
        for (const Instr* v : it->second) retain(value(v));
      temps_.clear();
      errorPathTemps_.clear();
      raiseReleases_.clear();
      newCalls_.clear();
      llvm::Value* depth = i->recursive ? enterRecursiveCall(*i) : nullptr;
      llvm::Value* v = emit(*i);
      if (unwinding_) v = addLandingPads(*i, plan, v);
      if (depth) leaveRecursiveCall(depth);
      if (v) {
        values_[i] = v;
        trackVariable(*i, v);
      }
      for (llvm::Value* t : temps_) release(t);
      temps_.clear();
      if (auto it = plan.releaseAfter.find(i); it != plan.releaseAfter.end())
        for (const Instr* v : it->second) release(value(v));
    }
  }
  // Phis released where nothing uses them: at the top of their block.
  for (const ir::Block* b : f.blocks)
    for (const Instr* i : b->instrs) {
      if (i->op != Op::Phi) break;
      if (auto it = plan.releaseAfter.find(i); it != plan.releaseAfter.end()) {
        builder_.SetInsertPoint(blocks_.at(b)->getFirstNonPHI());
        release(value(i));
      }
    }
  emitEdges(f, plan);
}

void Codegen::emitEdges(const ir::Function& f, const OwnershipPlan& plan) {
  for (auto& [key, edgeBlock] : edgeBlocks_) {
    auto [succ, k] = key;
    builder_.SetInsertPoint(edgeBlock);
    auto it = plan.edges.find(key);
    if (it != plan.edges.end())
      for (const Instr* v : it->second.retain) retain(value(v));
    for (const Instr* p : succ->instrs) {
      if (p->op != Op::Phi) break;
      auto* phi = llvm::cast<llvm::PHINode>(value(p));
      const Instr* in = p->operands[k];
      llvm::Value* v = value(in);
      if (phi->getType()->isPointerTy() && !v->getType()->isPointerTy()) v = box(v);
      else if (phi->getType()->isStructTy() && v->getType()->isPointerTy() && in->op == Op::Param)
        v = complexFromArray(v, *p);  // a parameter (boxed) into a maybe-complex variable
      else if (!phi->getType()->isPointerTy() && v->getType()->isPointerTy()) v = llvm::UndefValue::get(phi->getType());
      else v = coerce(builder_, v, phi->getType());
      phi->addIncoming(v, builder_.GetInsertBlock());
    }
    if (it != plan.edges.end())
      for (const Instr* v : it->second.release) release(value(v));
    builder_.CreateBr(blocks_.at(succ));
  }
  (void)f;
}

// ------------------------------------------------------------------ values

llvm::Value* Codegen::asDouble(const Instr* i) {
  llvm::Value* v = value(i);
  if (v->getType()->isStructTy()) return coerce(builder_, v, builder_.getDoubleTy());
  if (v->getType()->isPointerTy()) return unbox(builder_.CreateCall(runtime("mcc_array_retain", builder_.getPtrTy(), {builder_.getPtrTy()}), {v}), ir::Type::scalar(Class::Double), *i);
  return coerce(builder_, v, builder_.getDoubleTy());
}

llvm::Value* Codegen::site(const Instr& i) {
  const SourceFile& file = sourceOf(current_);
  uint32_t line = file.lineCol(i.loc.begin).line;
  auto* c = llvm::ConstantStruct::get(siteTy_, {llvm::cast<llvm::Constant>(text(file.name())), builder_.getInt32(line),
                                                llvm::cast<llvm::Constant>(text(stackName(*current_)))});
  return new llvm::GlobalVariable(*module_, siteTy_, true, llvm::GlobalValue::PrivateLinkage, c, "site");
}

// The name MException.stack gives a function: `f` for a file's main
// function or script, `file>f` for a local function, `f>@(x)x+1` for an
// anonymous function (LowerAST's names, less a specialisation's `<...>`).
std::string Codegen::stackName(const ir::Function& f) {
  std::string name = f.name.substr(0, f.name.find('<'));
  size_t anon = name.find(">@");
  if (anon != std::string::npos && !f.handleText.empty()) name = name.substr(0, anon + 1) + f.handleText;
  return name;
}

llvm::Value* Codegen::text(const std::string& s) {
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  llvm::Constant* g = builder_.CreateGlobalString(s, "str", 0, module_.get());
  strings_[s] = g;
  return g;
}

llvm::Value* Codegen::asBool(const Instr* v, const Instr& at) {
  llvm::Value* x = value(v);
  if (x->getType()->isIntegerTy(1)) return x;
  if (x->getType()->isPointerTy() || x->getType()->isStructTy()) {
    x = borrowed(v, at);
    llvm::Value* t = builder_.CreateCall(runtime("mcc_truth", builder_.getInt32Ty(), {builder_.getPtrTy(), builder_.getPtrTy()}), {x, site(at)});
    return builder_.CreateICmpNE(t, builder_.getInt32(0));
  }
  // if/while/&&/|| on NaN is MATLAB's error.
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::BasicBlock* bad = llvm::BasicBlock::Create(ctx_, "nan", fn);
  llvm::BasicBlock* good = llvm::BasicBlock::Create(ctx_, "cond", fn);
  builder_.CreateCondBr(builder_.CreateFCmpUNO(x, x), bad, good);
  builder_.SetInsertPoint(bad);
  builder_.CreateCall(runtime("mcc_error_nan_condition", builder_.getVoidTy(), {builder_.getPtrTy()}, true), {site(at)});
  builder_.CreateUnreachable();
  builder_.SetInsertPoint(good);
  return builder_.CreateFCmpUNE(x, llvm::ConstantFP::get(builder_.getDoubleTy(), 0.0));
}

void Codegen::displayScalar(const std::string& name, llvm::Value* v) {
  bool logical = v->getType()->isIntegerTy(1);
  builder_.CreateCall(runtime("mcc_display_scalar", builder_.getVoidTy(),
                              {builder_.getPtrTy(), builder_.getInt64Ty(), builder_.getDoubleTy(), builder_.getInt32Ty()}),
                      {text(name), builder_.getInt64(name.size()), coerce(builder_, v, builder_.getDoubleTy()),
                       builder_.getInt32(logical ? 1 : 0)});
}

llvm::Value* Codegen::libm(const char* name, std::vector<llvm::Value*> args) {
  std::vector<llvm::Type*> params(args.size(), builder_.getDoubleTy());
  return builder_.CreateCall(runtime(name, builder_.getDoubleTy(), params), args);
}

// ------------------------------------------------------------ boxed values

llvm::Value* Codegen::box(llvm::Value* scalar) {
  if (scalar->getType()->isStructTy()) {
    // One internal function makes either kind, so boxing adds no blocks
    // where it is called (phi edges).
    auto* fn = module_->getFunction("mcc.box_complex");
    if (!fn) {
      auto D = builder_.getDoubleTy();
      fn = llvm::Function::Create(llvm::FunctionType::get(builder_.getPtrTy(), {D, D, builder_.getInt1Ty()}, false),
                                  llvm::Function::InternalLinkage, "mcc.box_complex", module_.get());
      llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", fn));
      auto* complex = llvm::BasicBlock::Create(ctx_, "complex", fn);
      auto* real = llvm::BasicBlock::Create(ctx_, "real", fn);
      b.CreateCondBr(fn->getArg(2), complex, real);
      b.SetInsertPoint(complex);
      b.CreateRet(b.CreateCall(runtime("mcc_array_from_complex", builder_.getPtrTy(), {D, D}), {fn->getArg(0), fn->getArg(1)}));
      b.SetInsertPoint(real);
      b.CreateRet(b.CreateCall(runtime("mcc_array_from_scalar", builder_.getPtrTy(), {D}), {fn->getArg(0)}));
    }
    ComplexValue z = unpackComplex(builder_, scalar);
    return builder_.CreateCall(fn, {z.re, z.im, z.isComplex});
  }
  if (scalar->getType()->isIntegerTy(1))
    return builder_.CreateCall(runtime("mcc_array_from_bool", builder_.getPtrTy(), {builder_.getInt32Ty()}),
                               {builder_.CreateZExt(scalar, builder_.getInt32Ty())});
  return builder_.CreateCall(runtime("mcc_array_from_scalar", builder_.getPtrTy(), {builder_.getDoubleTy()}), {scalar});
}

llvm::Value* Codegen::emptyIfNull(llvm::Value* array) {
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::BasicBlock* from = builder_.GetInsertBlock();
  llvm::BasicBlock* unset = llvm::BasicBlock::Create(ctx_, "unset", fn);
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx_, "set", fn);
  builder_.CreateCondBr(builder_.CreateIsNull(array), unset, done);
  builder_.SetInsertPoint(unset);
  llvm::Value* empty = builder_.CreateCall(runtime("mcc_array_empty", builder_.getPtrTy(), {}));
  builder_.CreateBr(done);
  builder_.SetInsertPoint(done);
  llvm::PHINode* phi = builder_.CreatePHI(builder_.getPtrTy(), 2);
  phi->addIncoming(array, from);
  phi->addIncoming(empty, unset);
  return phi;
}

void Codegen::checkDefined(const Instr* v, const Instr& at) {
  auto it = nullable_.find(v);
  if (it == nullable_.end()) return;
  // The loop variable after a loop that never ran need not be set before
  // it: for_exit_ then gives [] (LowerAST's readVariableRecursive).
  if (at.op == Op::Call && at.callee == ir::Callee::Builtin && at.name == "for_exit_") return;
  // Nor need the variables whose lifetimes end there (ObjectLifetimes.h): NULL is none.
  if (at.op == Op::Call && at.callee == ir::Callee::Builtin && at.name == "lifetime_end_") return;
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::BasicBlock* bad = llvm::BasicBlock::Create(ctx_, "undefined", fn);
  llvm::BasicBlock* good = llvm::BasicBlock::Create(ctx_, "defined", fn);
  builder_.CreateCondBr(builder_.CreateIsNull(value(v)), bad, good);
  builder_.SetInsertPoint(bad);
  if (it->second.empty())
    builder_.CreateCall(runtime("mcc_error_missing_input", builder_.getVoidTy(), {builder_.getPtrTy()}, true), {site(at)});
  else
    builder_.CreateCall(runtime("mcc_error_undefined", builder_.getVoidTy(), {builder_.getPtrTy(), builder_.getPtrTy()}, true),
                        {text(it->second), site(at)});
  builder_.CreateUnreachable();
  builder_.SetInsertPoint(good);
}

void Codegen::errorText(const std::string& message, const Instr& at) {
  builder_.CreateCall(runtime("mcc_error_text", builder_.getVoidTy(), {builder_.getPtrTy(), builder_.getInt64Ty(), builder_.getPtrTy()}, true),
                      {text(message), builder_.getInt64(message.size()), site(at)});
}

llvm::Value* Codegen::enterRecursiveCall(const Instr& i) {
  auto I32 = builder_.getInt32Ty();
  llvm::Constant* depth = module_->getOrInsertGlobal("mcc_recursion_depth", I32);
  llvm::Value* before = builder_.CreateLoad(I32, depth);
  llvm::Value* deeper = builder_.CreateAdd(before, builder_.getInt32(1));
  builder_.CreateStore(deeper, depth);
  llvm::Function* here = builder_.GetInsertBlock()->getParent();
  llvm::BasicBlock* over = llvm::BasicBlock::Create(ctx_, "recursion.limit", here);
  llvm::BasicBlock* within = llvm::BasicBlock::Create(ctx_, "recursion.ok", here);
  builder_.CreateCondBr(builder_.CreateICmpUGT(deeper, builder_.getInt32(MCC_RECURSION_LIMIT)), over, within,
                        llvm::MDBuilder(ctx_).createUnlikelyBranchWeights());
  builder_.SetInsertPoint(over);
  builder_.CreateCall(runtime("mcc_error_recursion_limit", builder_.getVoidTy(), {builder_.getPtrTy()}, true), {site(i)});
  builder_.CreateUnreachable();
  builder_.SetInsertPoint(within);
  return before;
}

// A call that returns has left the count as it found it (its own calls
// did the same), so the count before it is the count after it: a store,
// which LLVM drops where the next call's increment follows at once.
void Codegen::leaveRecursiveCall(llvm::Value* before) {
  builder_.CreateStore(before, module_->getOrInsertGlobal("mcc_recursion_depth", builder_.getInt32Ty()));
}

llvm::Value* Codegen::value(const Instr* i) {
  auto it = values_.find(i);
  if (it != values_.end()) return it->second;
  // A call that gave no value, used as one (`5 * disp(x)`, `sum(f)` of a
  // function without outputs): the call raised MATLAB's "Too many output
  // arguments." (call, callUser), so nothing reads this.
  if (i->op == Op::Call)
    return i->type.noValue ? static_cast<llvm::Value*>(llvm::ConstantPointerNull::get(builder_.getPtrTy()))
                           : llvm::PoisonValue::get(typeOf(i->type));
  return values_.at(i);
}

llvm::Value* Codegen::borrowed(const Instr* v, const Instr& at) {
  llvm::Value* x = value(v);
  if (x->getType()->isPointerTy()) {
    checkDefined(v, at);
    return x;
  }
  llvm::Value* b = box(x);
  temps_.push_back(b);
  return b;
}

llvm::Value* Codegen::owned(const Instr* v) {
  llvm::Value* x = value(v);
  return x->getType()->isPointerTy() ? x : box(x);
}

llvm::Value* Codegen::unbox(llvm::Value* array, const ir::Type& t, const Instr& at) {
  if (isComplexScalar(t)) {
    llvm::Value* z = complexFromArray(array, at);
    release(array);
    return z;
  }
  llvm::Value* d = builder_.CreateCall(runtime("mcc_array_to_double", builder_.getDoubleTy(), {builder_.getPtrTy(), builder_.getPtrTy()}),
                                       {array, site(at)});
  release(array);
  return coerce(builder_, d, typeOf(t));
}

llvm::Value* Codegen::ptrArray(const std::vector<llvm::Value*>& items) {
  if (items.empty()) return llvm::ConstantPointerNull::get(builder_.getPtrTy());
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::IRBuilder<> entry(&fn->getEntryBlock(), fn->getEntryBlock().begin());
  llvm::Value* array = entry.CreateAlloca(builder_.getPtrTy(), builder_.getInt32(static_cast<uint32_t>(items.size())), "args");
  for (size_t k = 0; k < items.size(); ++k)
    builder_.CreateStore(items[k], builder_.CreateConstGEP1_64(builder_.getPtrTy(), array, k));
  return array;
}

llvm::Value* Codegen::field(llvm::Value* array, ArrayField f) {
  return builder_.CreateStructGEP(arrayTy_, array, f);
}

llvm::Value* Codegen::loadField(llvm::Value* array, ArrayField f, llvm::Type* t) {
  llvm::LoadInst* l = builder_.CreateLoad(t, field(array, f));
  l->setMetadata(llvm::LLVMContext::MD_tbaa, tbaaField_);
  return l;
}

llvm::Value* Codegen::loadElement(llvm::Value* address) {
  llvm::LoadInst* l = builder_.CreateLoad(builder_.getDoubleTy(), address);
  l->setMetadata(llvm::LLVMContext::MD_tbaa, tbaaElement_);
  return l;
}

void Codegen::storeElement(llvm::Value* v, llvm::Value* address) {
  builder_.CreateStore(v, address)->setMetadata(llvm::LLVMContext::MD_tbaa, tbaaElement_);
}

void Codegen::retain(llvm::Value* array) {
  builder_.CreateCall(runtime("mcc_array_retain", builder_.getPtrTy(), {builder_.getPtrTy()}), {array});
}

void Codegen::release(llvm::Value* array) {
  builder_.CreateCall(runtime("mcc_array_release", builder_.getVoidTy(), {builder_.getPtrTy()}), {array});
}

llvm::Value* Codegen::constant(const Instr& i) {
  if (!boxed(&i)) {
    if (i.type.cls == Class::Logical) return builder_.getInt1(i.constant.real != 0);
    if (isComplexScalar(i.type))  // 2i is complex (mcc_array_from_complex), 0i too
      return packComplex(builder_, {llvm::ConstantFP::get(builder_.getDoubleTy(), i.constant.real),
                                    llvm::ConstantFP::get(builder_.getDoubleTy(), i.constant.imag),
                                    builder_.getInt1(i.constant.complex)});
    return llvm::ConstantFP::get(builder_.getDoubleTy(), i.constant.real);
  }
  auto* g = new llvm::GlobalVariable(*module_, builder_.getPtrTy(), false, llvm::GlobalValue::InternalLinkage,
                                     llvm::ConstantPointerNull::get(builder_.getPtrTy()), "const");
  constants_.push_back({g, &i});
  return builder_.CreateLoad(builder_.getPtrTy(), g);
}

// ------------------------------------------------------------ operations

llvm::Value* Codegen::binary(const Instr& i) {
  if (llvm::Value* z = complexBinary(i)) return z;
  bool scalar = isNumberScalar(i.type) && !value(i.operands[0])->getType()->isPointerTy() &&
                !value(i.operands[1])->getType()->isPointerTy();
  if (!scalar) return boxedBinary(i);
  llvm::Value* a = asDouble(i.operands[0]);
  llvm::Value* b = asDouble(i.operands[1]);
  auto notZero = [&](llvm::Value* x) { return builder_.CreateFCmpUNE(x, llvm::ConstantFP::get(builder_.getDoubleTy(), 0.0)); };
  switch (i.binary) {
    case BinaryOp::Plus: return builder_.CreateFAdd(a, b);
    case BinaryOp::Minus: return builder_.CreateFSub(a, b);
    case BinaryOp::Times: case BinaryOp::MTimes: return builder_.CreateFMul(a, b);
    case BinaryOp::RDivide: case BinaryOp::MRDivide: return builder_.CreateFDiv(a, b);
    case BinaryOp::LDivide: case BinaryOp::MLDivide: return builder_.CreateFDiv(b, a);
    case BinaryOp::Power: case BinaryOp::MPower:
      return builder_.CreateBinaryIntrinsic(llvm::Intrinsic::pow, a, b);
    case BinaryOp::Eq: return builder_.CreateFCmpOEQ(a, b);
    case BinaryOp::Ne: return builder_.CreateFCmpUNE(a, b);
    case BinaryOp::Lt: return builder_.CreateFCmpOLT(a, b);
    case BinaryOp::Le: return builder_.CreateFCmpOLE(a, b);
    case BinaryOp::Gt: return builder_.CreateFCmpOGT(a, b);
    case BinaryOp::Ge: return builder_.CreateFCmpOGE(a, b);
    case BinaryOp::And: return builder_.CreateAnd(notZero(a), notZero(b));
    case BinaryOp::Or: return builder_.CreateOr(notZero(a), notZero(b));
    default: return llvm::ConstantFP::get(builder_.getDoubleTy(), 0.0);  // && and || are control flow
  }
}

llvm::Value* Codegen::boxedBinary(const Instr& i) {
  auto P = builder_.getPtrTy();
  if (const char* name = matrixOpBuiltin(i.binary)) return result(i, callBuiltin(name, i, 1, nullptr));
  llvm::Value* a = borrowed(i.operands[0], i);
  llvm::Value* b = borrowed(i.operands[1], i);
  llvm::Value* r = builder_.CreateCall(runtime("mcc_binary", P, {builder_.getInt32Ty(), P, P, P}),
                                       {builder_.getInt32(static_cast<uint32_t>(elementwiseOp(i.binary))), a, b, site(i)});
  return result(i, r);
}

// ---------------------------------------------- maybe-complex double scalars

llvm::Value* Codegen::complexFromArray(llvm::Value* array, const Instr& at) {
  // One internal function reads either kind: the value (checked to be one
  // element, fetched to the host) and, when complex, its imaginary part.
  auto* fn = module_->getFunction("mcc.complex_of");
  auto P = builder_.getPtrTy();
  auto D = builder_.getDoubleTy();
  if (!fn) {
    fn = llvm::Function::Create(llvm::FunctionType::get(complexScalarType(ctx_), {P, P}, false), llvm::Function::InternalLinkage,
                                "mcc.complex_of", module_.get());
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", fn));
    auto* read = llvm::BasicBlock::Create(ctx_, "read", fn);
    auto* complex = llvm::BasicBlock::Create(ctx_, "complex", fn);
    auto* done = llvm::BasicBlock::Create(ctx_, "done", fn);
    llvm::Value* x = fn->getArg(0);
    llvm::Value* zero = llvm::ConstantFP::get(D, 0.0);
    // NULL (a parameter not passed, read where it is not used) is no value.
    b.CreateCondBr(b.CreateIsNull(x), done, read);
    b.SetInsertPoint(read);
    llvm::Value* re = b.CreateCall(runtime("mcc_array_to_double", D, {P, P}), {x, fn->getArg(1)});
    llvm::Value* cx = b.CreateLoad(b.getInt8Ty(), b.CreateStructGEP(arrayTy_, x, kComplex));
    b.CreateCondBr(b.CreateICmpNE(cx, b.getInt8(0)), complex, done);
    b.SetInsertPoint(complex);
    llvm::Value* data = b.CreateLoad(P, b.CreateStructGEP(arrayTy_, x, kData));
    llvm::Value* im = b.CreateLoad(D, b.CreateConstGEP1_64(D, data, 1));
    b.CreateBr(done);
    b.SetInsertPoint(done);
    llvm::PHINode* pre = b.CreatePHI(D, 3);
    pre->addIncoming(zero, &fn->getEntryBlock());
    pre->addIncoming(re, read);
    pre->addIncoming(re, complex);
    llvm::PHINode* pim = b.CreatePHI(D, 3);
    pim->addIncoming(zero, &fn->getEntryBlock());
    pim->addIncoming(zero, read);
    pim->addIncoming(im, complex);
    llvm::PHINode* flag = b.CreatePHI(b.getInt1Ty(), 3);
    flag->addIncoming(b.getFalse(), &fn->getEntryBlock());
    flag->addIncoming(b.getFalse(), read);
    flag->addIncoming(b.getTrue(), complex);
    b.CreateRet(packComplex(b, {pre, pim, flag}));
  }
  return builder_.CreateCall(fn, {array, site(at)});
}

ComplexValue Codegen::complexParts(const Instr* v, const Instr& at) {
  llvm::Value* x = value(v);
  if (x->getType()->isStructTy()) return unpackComplex(builder_, x);
  if (x->getType()->isPointerTy()) {
    checkDefined(v, at);
    return unpackComplex(builder_, complexFromArray(x, at));
  }
  return complexOfReal(builder_, x);
}

bool Codegen::complexOperands(const Instr& i, size_t first) const {
  bool anyComplex = false;
  for (size_t k = first; k < i.operands.size(); ++k) {
    const ir::Type& t = i.operands[k]->type;
    if (!isNumberScalar(t) && !isComplexScalar(t)) return false;
    anyComplex |= isComplexScalar(t);
  }
  return anyComplex && !anySpliced(i);
}

llvm::Value* Codegen::complexBinary(const Instr& i) {
  if (!complexOperands(i)) return nullptr;
  auto arithmetic = [&](ComplexOp op) -> llvm::Value* {
    if (!isComplexScalar(i.type) || boxed(&i)) return nullptr;
    return packComplex(builder_, complexArithmetic(builder_, *module_, op, complexParts(i.operands[0], i),
                                                   complexParts(i.operands[1], i)));
  };
  // Comparisons: == and ~= of both parts, the others of real parts (as MATLAB).
  auto compare = [&](BinaryOp op) -> llvm::Value* {
    if (!isRealScalar(i.type, Class::Logical)) return nullptr;
    ComplexValue a = complexParts(i.operands[0], i);
    ComplexValue b = complexParts(i.operands[1], i);
    switch (op) {
      case BinaryOp::Eq: return builder_.CreateAnd(builder_.CreateFCmpOEQ(a.re, b.re), builder_.CreateFCmpOEQ(a.im, b.im));
      case BinaryOp::Ne: return builder_.CreateOr(builder_.CreateFCmpUNE(a.re, b.re), builder_.CreateFCmpUNE(a.im, b.im));
      case BinaryOp::Lt: return builder_.CreateFCmpOLT(a.re, b.re);
      case BinaryOp::Le: return builder_.CreateFCmpOLE(a.re, b.re);
      case BinaryOp::Gt: return builder_.CreateFCmpOGT(a.re, b.re);
      default: return builder_.CreateFCmpOGE(a.re, b.re);
    }
  };
  switch (i.binary) {
    case BinaryOp::Plus: return arithmetic(ComplexOp::Plus);
    case BinaryOp::Minus: return arithmetic(ComplexOp::Minus);
    case BinaryOp::Times: case BinaryOp::MTimes: return arithmetic(ComplexOp::Times);
    case BinaryOp::RDivide: case BinaryOp::MRDivide: return arithmetic(ComplexOp::RDivide);
    case BinaryOp::LDivide: case BinaryOp::MLDivide: return arithmetic(ComplexOp::LDivide);
    case BinaryOp::Power: case BinaryOp::MPower: {
      // A constant integer exponent; any other is the runtime's.
      const Instr* e = i.operands[1];
      if (!isComplexScalar(i.type) || boxed(&i) || e->op != Op::Const || e->constant.kind != ir::Constant::Double ||
          e->constant.complex || !isNumberScalar(e->type))
        return nullptr;
      std::optional<ComplexValue> z = complexIntegerPower(builder_, *module_, complexParts(i.operands[0], i), e->constant.real);
      return z ? packComplex(builder_, *z) : nullptr;
    }
    case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt: case BinaryOp::Ge:
      return compare(i.binary);
    default: return nullptr;  // & and | of complex values: the runtime's
  }
}

// -z and +z keep the operand's complexity (mcc_uminus does not narrow); z'
// conjugates (z.' is z).
llvm::Value* Codegen::complexUnary(const Instr& i) {
  if (!complexOperands(i) || !isComplexScalar(i.type) || boxed(&i)) return nullptr;
  bool negate = i.op == Op::Unary && i.unary == UnaryOp::UMinus;
  bool conjugate = i.op == Op::Transpose && i.conjugate;
  if (i.op == Op::Unary && i.unary == UnaryOp::Not) return nullptr;
  ComplexValue z = complexParts(i.operands[0], i);
  if (negate) z = withFlag(builder_, builder_.CreateFNeg(z.re), builder_.CreateFNeg(z.im), z.isComplex);
  if (conjugate) z = withFlag(builder_, z.re, builder_.CreateFNeg(z.im), z.isComplex);
  return packComplex(builder_, z);
}

// Builtins of one maybe-complex scalar with inline code, and complex(a, b).
llvm::Value* Codegen::complexBuiltin(const Instr& i) {
  const std::string& n = i.name;
  if (isAggregateCall(&i) || i.type.noValue || boxed(&i) || anySpliced(i)) return nullptr;
  auto D = builder_.getDoubleTy();
  if (n == "complex" && isComplexScalar(i.type) && (i.operands.size() == 1 || i.operands.size() == 2)) {
    // complex(a, b) of real doubles: complex even where b is 0.
    for (const Instr* o : i.operands)
      if (!isRealScalar(o->type, Class::Double)) return nullptr;
    llvm::Value* im = i.operands.size() == 2 ? asDouble(i.operands[1]) : llvm::ConstantFP::get(D, 0.0);
    return packComplex(builder_, {asDouble(i.operands[0]), im, builder_.getTrue()});
  }
  if (i.operands.size() != 1 || !complexOperands(i)) return nullptr;
  bool realResult = isRealScalar(i.type, Class::Double);
  if (n == "abs" && realResult) return complexAbs(builder_, *module_, complexParts(i.operands[0], i));
  if (n == "real" && realResult) return complexParts(i.operands[0], i).re;
  if (n == "imag" && realResult) return complexParts(i.operands[0], i).im;  // +0 when not complex
  if (n == "angle" && realResult) {
    ComplexValue z = complexParts(i.operands[0], i);
    return libm("atan2", {z.im, z.re});  // std::arg
  }
  if (n == "isreal" && isRealScalar(i.type, Class::Logical))
    return builder_.CreateNot(complexParts(i.operands[0], i).isComplex);
  if (n == "conj" && isComplexScalar(i.type)) {  // keeps complexity (no narrowing)
    ComplexValue z = complexParts(i.operands[0], i);
    return packComplex(builder_, withFlag(builder_, z.re, builder_.CreateFNeg(z.im), z.isComplex));
  }
  return nullptr;
}

// A builtin through the runtime's uniform entry point. Returns output 0
// (nullptr with `outs`, which then receives every output as a new reference).
llvm::Value* Codegen::callBuiltin(const std::string& name, const Instr& i, uint32_t nargout, std::vector<llvm::Value*>* outs,
                                  size_t first, llvm::Value* handle) {
  auto P = builder_.getPtrTy();
  auto I32 = builder_.getInt32Ty();
  llvm::Value* nargin;
  llvm::Value* argv;
  if (anySpliced(i)) {  // f(c{:}): the arguments counted at run time
    llvm::Value* list = argumentList(i, first);
    nargin = builder_.CreateTrunc(loadField(list, kNumel, builder_.getInt64Ty()), I32);
    argv = loadField(list, kData, P);
  } else {
    std::vector<llvm::Value*> args;
    for (size_t k = first; k < i.operands.size(); ++k) args.push_back(borrowed(i.operands[k], i));
    nargin = builder_.getInt32(static_cast<uint32_t>(args.size()));
    argv = ptrArray(args);
  }
  uint32_t slots = nargout ? nargout : 1;
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::IRBuilder<> entry(&fn->getEntryBlock(), fn->getEntryBlock().begin());
  llvm::Value* out = entry.CreateAlloca(P, builder_.getInt32(slots), "outs");
  std::vector<llvm::Value*> callArgs = {builder_.getInt32(nargout), out, nargin, argv, site(i)};
  if (handle) {
    callArgs.insert(callArgs.begin(), handle);
    linkBuiltinTable();
    builder_.CreateCall(runtime("mcc_call_handle", builder_.getVoidTy(), {P, I32, P, I32, P, P}), callArgs);
  } else {
    builder_.CreateCall(runtime(builtinSymbol(name).c_str(), builder_.getVoidTy(), {I32, P, I32, P, P}), callArgs);
  }
  if (outs) {
    for (uint32_t k = 0; k < slots; ++k) outs->push_back(builder_.CreateLoad(P, builder_.CreateConstGEP1_64(P, out, k)));
    return nullptr;
  }
  return builder_.CreateLoad(P, out);
}

// fprintf, disp and error of scalars and char constants: straight to the
// runtime's formatter, no arrays made.
llvm::Value* Codegen::printCall(const Instr& i) {
  const std::string& n = i.name;
  std::vector<const Instr*> args(i.operands.begin(), i.operands.end());
  auto P = builder_.getPtrTy();
  auto formatArgs = [&](const std::vector<const Instr*>& list, llvm::Value*& count) -> llvm::Value* {
    count = builder_.getInt64(list.size());
    if (list.empty()) return llvm::ConstantPointerNull::get(P);
    llvm::Function* fn = builder_.GetInsertBlock()->getParent();
    llvm::IRBuilder<> entry(&fn->getEntryBlock(), fn->getEntryBlock().begin());
    llvm::Value* array = entry.CreateAlloca(fmtArgTy_, builder_.getInt32(static_cast<uint32_t>(list.size())), "fmtargs");
    for (size_t k = 0; k < list.size(); ++k) {
      llvm::Value* slot = builder_.CreateGEP(fmtArgTy_, array, builder_.getInt64(k));
      const Instr* a = list[k];
      bool isText = isCharConst(a);
      builder_.CreateStore(builder_.getInt32(isText ? 1 : 0), builder_.CreateStructGEP(fmtArgTy_, slot, 0));
      builder_.CreateStore(isText ? llvm::ConstantFP::get(builder_.getDoubleTy(), 0.0) : asDouble(a),
                           builder_.CreateStructGEP(fmtArgTy_, slot, 1));
      builder_.CreateStore(isText ? text(a->constant.text) : llvm::ConstantPointerNull::get(P), builder_.CreateStructGEP(fmtArgTy_, slot, 2));
      builder_.CreateStore(builder_.getInt64(isText ? a->constant.text.size() : 0), builder_.CreateStructGEP(fmtArgTy_, slot, 3));
    }
    return array;
  };
  if (n == "error") {
    llvm::Value* count;
    llvm::Value* array = formatArgs(args, count);
    builder_.CreateCall(runtime("mcc_error_format", builder_.getVoidTy(), {P, builder_.getInt64Ty(), P}, true), {array, count, site(i)});
    return nullptr;
  }
  if (n == "disp") {
    if (!isCharConst(args[0])) {
      displayScalar("", value(args[0]));
      return nullptr;
    }
    const std::string& s = args[0]->constant.text;
    builder_.CreateCall(runtime("mcc_disp_text", builder_.getVoidTy(), {P, builder_.getInt64Ty()}), {text(s), builder_.getInt64(s.size())});
    return nullptr;
  }
  llvm::Value* fid = llvm::ConstantFP::get(builder_.getDoubleTy(), 1.0);
  if (!args.empty() && !isCharConst(args[0])) {
    fid = asDouble(args[0]);
    args.erase(args.begin());
  }
  llvm::Value* format = args.empty() ? text("") : text(args[0]->constant.text);
  llvm::Value* formatLength = builder_.getInt64(args.empty() ? 0 : args[0]->constant.text.size());
  if (!args.empty()) args.erase(args.begin());
  llvm::Value* count;
  llvm::Value* array = formatArgs(args, count);
  llvm::Value* written = builder_.CreateCall(
      runtime("mcc_fprintf", builder_.getDoubleTy(), {builder_.getDoubleTy(), P, builder_.getInt64Ty(), P, builder_.getInt64Ty(), P}),
      {fid, format, formatLength, array, count, site(i)});
  return i.type.noValue ? nullptr : written;
}

llvm::Value* Codegen::scalarBuiltin(const Instr& i) {
  const std::string& n = i.name;
  auto D = [&](size_t k) { return asDouble(i.operands[k]); };
  auto zero = llvm::ConstantFP::get(builder_.getDoubleTy(), 0.0);
  if (n == "abs") return intrinsic(llvm::Intrinsic::fabs, D(0));
  if (n == "floor") return intrinsic(llvm::Intrinsic::floor, D(0));
  if (n == "ceil") return intrinsic(llvm::Intrinsic::ceil, D(0));
  if (n == "round") return intrinsic(llvm::Intrinsic::round, D(0));  // half away from zero, as MATLAB
  if (n == "fix") return intrinsic(llvm::Intrinsic::trunc, D(0));
  if (n == "exp") return intrinsic(llvm::Intrinsic::exp, D(0));
  if (n == "sin") return intrinsic(llvm::Intrinsic::sin, D(0));
  if (n == "cos") return intrinsic(llvm::Intrinsic::cos, D(0));
  if (n == "sqrt") return intrinsic(llvm::Intrinsic::sqrt, D(0));  // inference proved the argument >= 0
  if (n == "log") return intrinsic(llvm::Intrinsic::log, D(0));
  if (n == "tan" || n == "atan" || n == "sinh" || n == "cosh" || n == "tanh") return libm(n.c_str(), {D(0)});
  if (n == "atan2" || n == "hypot") return libm(n.c_str(), {D(0), D(1)});
  if (n == "max" || n == "min") {
    // The runtime's rule (Elementwise.cpp): NaN loses unless both are NaN,
    // and ties keep the first, so max(-0, 0) is -0 as max([-0 0]) is
    // (maxnum/minnum may give either zero).
    llvm::Value* x = D(0);
    llvm::Value* y = D(1);
    llvm::Value* better = n == "max" ? builder_.CreateFCmpOGT(y, x) : builder_.CreateFCmpOLT(y, x);
    return builder_.CreateSelect(builder_.CreateFCmpUNO(x, x), y, builder_.CreateSelect(better, y, x));
  }
  if (n == "sign") {
    llvm::Value* x = D(0);
    llvm::Value* pos = builder_.CreateUIToFP(builder_.CreateFCmpOGT(x, zero), builder_.getDoubleTy());
    llvm::Value* neg = builder_.CreateUIToFP(builder_.CreateFCmpOLT(x, zero), builder_.getDoubleTy());
    llvm::Value* s = builder_.CreateFSub(pos, neg);
    return builder_.CreateSelect(builder_.CreateFCmpUNO(x, x), x, s);  // sign(NaN) is NaN
  }
  if (n == "rem") return builder_.CreateFRem(D(0), D(1));  // x - fix(x./y).*y: C's fmod, NaN for y = 0
  if (n == "mod") {
    // mod(x, 0) = x; otherwise the result has the sign of y.
    llvm::Value* x = D(0);
    llvm::Value* y = D(1);
    // A zero remainder takes y's sign too (mod(-5, 5) is 0, not fmod's -0).
    llvm::Value* r = builder_.CreateFRem(x, y);
    r = builder_.CreateSelect(builder_.CreateFCmpOEQ(r, zero),
                              builder_.CreateBinaryIntrinsic(llvm::Intrinsic::copysign, zero, y), r);
    llvm::Value* fix = builder_.CreateAnd(builder_.CreateFCmpONE(r, zero),
                                          builder_.CreateXor(builder_.CreateFCmpOLT(r, zero), builder_.CreateFCmpOLT(y, zero)));
    r = builder_.CreateSelect(fix, builder_.CreateFAdd(r, y), r);
    return builder_.CreateSelect(builder_.CreateFCmpOEQ(y, zero), x, r);
  }
  if (n == "isnan") return builder_.CreateFCmpUNO(D(0), D(0));
  if (n == "isinf") return builder_.CreateFCmpOEQ(intrinsic(llvm::Intrinsic::fabs, D(0)), llvm::ConstantFP::getInfinity(builder_.getDoubleTy()));
  if (n == "isfinite") return builder_.CreateFCmpOLT(intrinsic(llvm::Intrinsic::fabs, D(0)), llvm::ConstantFP::getInfinity(builder_.getDoubleTy()));
  if (n == "pi") return llvm::ConstantFP::get(builder_.getDoubleTy(), 3.141592653589793);
  if (n == "e") return llvm::ConstantFP::get(builder_.getDoubleTy(), 2.718281828459045);
  if (n == "eps") return llvm::ConstantFP::get(builder_.getDoubleTy(), 2.220446049250313e-16);
  if (n == "Inf" || n == "inf") return llvm::ConstantFP::getInfinity(builder_.getDoubleTy());
  if (n == "NaN" || n == "nan") return llvm::ConstantFP::getNaN(builder_.getDoubleTy());
  if (n == "true") return builder_.getTrue();
  if (n == "false") return builder_.getFalse();
  if (n == "numel" || n == "length") return llvm::ConstantFP::get(builder_.getDoubleTy(), 1.0);
  if (n == "isempty") return builder_.getFalse();
  if (n == "isscalar") return builder_.getTrue();
  if (n == "double") return D(0);
  return zero;
}

// numel(x), isempty(x) and size(x, k) of an array are reads of its
// descriptor, not calls.
llvm::Value* Codegen::inlineQuery(const Instr& i) {
  const std::string& n = i.name;
  if (boxed(&i) || isAggregateCall(&i) || i.type.noValue || i.operands.empty()) return nullptr;
  const Instr* x = i.operands[0];
  if (!value(x)->getType()->isPointerTy()) return nullptr;
  auto I64 = builder_.getInt64Ty();
  // A value of a class inference does not know may be an object that
  // measures itself (a containers.Map is Count-by-1): the runtime asks
  // anything but a numeric, logical, char or cell array (a cell's element,
  // cellfun's body), whose numel is its descriptor's.
  if (x->type.cls == Class::Unknown) {
    if ((n != "numel" && n != "isempty") || i.operands.size() != 1) return nullptr;
    llvm::Type* want = n == "isempty" ? builder_.getInt1Ty() : builder_.getDoubleTy();
    if (typeOf(i.type) != want) return nullptr;
    llvm::Value* a = borrowed(x, i);
    llvm::Function* fn = builder_.GetInsertBlock()->getParent();
    llvm::BasicBlock* test = llvm::BasicBlock::Create(ctx_, "query.class", fn);
    llvm::BasicBlock* plain = llvm::BasicBlock::Create(ctx_, "query.plain", fn);
    llvm::BasicBlock* asked = llvm::BasicBlock::Create(ctx_, "query.runtime", fn);
    llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx_, "query.done", fn);
    builder_.CreateCondBr(builder_.CreateIsNotNull(a), test, asked);
    builder_.SetInsertPoint(test);
    llvm::Value* cls = loadField(a, kClass, builder_.getInt32Ty());
    builder_.CreateCondBr(builder_.CreateICmpULE(cls, builder_.getInt32(MCC_CLASS_CELL)), plain, asked);
    builder_.SetInsertPoint(plain);
    llvm::Value* count = loadField(a, kNumel, I64);
    llvm::Value* fast = n == "isempty" ? builder_.CreateICmpEQ(count, builder_.getInt64(0))
                                       : builder_.CreateUIToFP(count, builder_.getDoubleTy());
    builder_.CreateBr(done);
    builder_.SetInsertPoint(asked);
    llvm::Value* slow = entryCall(n, i, i.nargout, 0, nullptr);
    llvm::BasicBlock* slowEnd = builder_.GetInsertBlock();
    builder_.CreateBr(done);
    builder_.SetInsertPoint(done);
    llvm::PHINode* r = builder_.CreatePHI(fast->getType(), 2, n);
    r->addIncoming(fast, plain);
    r->addIncoming(slow, slowEnd);
    return r;
  }
  if ((n == "numel" || n == "isempty") && i.operands.size() == 1) {
    llvm::Value* count = loadField(borrowed(x, i), kNumel, I64);
    if (n == "isempty") return builder_.CreateICmpEQ(count, builder_.getInt64(0));
    return builder_.CreateUIToFP(count, builder_.getDoubleTy());
  }
  if (n == "size" && i.operands.size() == 2 && i.operands[1]->op == Op::Const &&
      i.operands[1]->constant.kind == ir::Constant::Double && !i.operands[1]->constant.complex) {
    double k = i.operands[1]->constant.real;
    if (k < 1 || k > 64 || k != std::floor(k)) return nullptr;  // the runtime reports MATLAB's error
    llvm::Value* a = borrowed(x, i);
    llvm::Value* ndims = loadField(a, kNdims, builder_.getInt32Ty());
    llvm::Value* dims = loadField(a, kDims, builder_.getPtrTy());
    uint32_t d = static_cast<uint32_t>(k) - 1;
    // dims[d] when d < ndims, else 1 (trailing singleton dims).
    llvm::Value* inRange = builder_.CreateICmpULT(builder_.getInt32(d), ndims);
    llvm::Value* slot = builder_.CreateGEP(I64, dims, builder_.CreateSelect(inRange, builder_.getInt64(d), builder_.getInt64(0)));
    auto* extent = builder_.CreateLoad(I64, slot);
    extent->setMetadata(llvm::LLVMContext::MD_tbaa, tbaaField_);
    llvm::Value* e = builder_.CreateSelect(inRange, extent, builder_.getInt64(1));
    return builder_.CreateUIToFP(e, builder_.getDoubleTy());
  }
  return nullptr;
}

llvm::Value* Codegen::call(const Instr& i) {
  if (i.callee != ir::Callee::Builtin) return callUser(i);
  const std::string& n = i.name;
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  if (n == "nargin" || n == "nargout") {
    llvm::Value* v = fn->getArg(n == "nargin" ? 0 : 1);
    if (n == "nargin" && current_->captureCount)  // a nested function's environments are no arguments
      v = builder_.CreateFSub(v, llvm::ConstantFP::get(builder_.getDoubleTy(), current_->captureCount));
    return boxed(&i) ? box(v) : v;
  }
  if (i.type.noValue) {
    // A builtin without outputs whose value is used: MATLAB's error, before it runs.
    bool used = false;
    // (an anonymous function returns its body's call with nargout 0 as is: nothing)
    for (const Instr* u : i.users)
      used |= u->op != Op::SetAns && u->op != Op::Display && !(u->op == Op::Return && i.nargout == 0);
    if (used) {
      errorText("Too many output arguments.", i);
      return nullptr;
    }
  }
  if (!usesPrintPath(i) && !interop::isCInteropCall(n) && !scalarBuiltins().count(n) && !ir::isRuntimeBuiltin(n))
    return undefinedFunction(i);  // (in a try region: checkSupported)
  if (usesPrintPath(i) && !anySpliced(i)) return printCall(i);
  if (interop::isCInteropCall(n)) return coderCall(i);
  auto sb = scalarBuiltins().find(n);
  bool scalarArgs = true;
  for (const Instr* o : i.operands) scalarArgs &= isNumberScalar(o->type);
  if (sb != scalarBuiltins().end() && static_cast<int>(i.operands.size()) == sb->second && scalarArgs &&
      !isAggregateCall(&i) && !i.type.noValue && isNumberScalar(i.type))
    return scalarBuiltin(i);
  if (llvm::Value* z = complexBuiltin(i)) return z;
  if (!anySpliced(i))
    if (llvm::Value* v = inlineQuery(i)) return v;
  if (!i.perElement.empty())
    if (llvm::Value* v = perElementCall(i)) return v;
  return entryCall(n, i, i.nargout, 0, nullptr);
}

// arrayfun(@(v) body, x, ...) or cellfun(@(v) body, c, ...) with the
// body's specialisation for one element known (Instr::perElement): a loop
// calling it on each element of inputs of one shape (real double arrays;
// cells, whose elements it takes as new references, [] for an empty
// slot), into an array of that shape (uniform outputs) or a cell.
// cellfun(@numel, c) (@length, @ndims, @isempty) reads each element's
// dims instead of calling anything; an element the runtime measures
// otherwise (a struct, an object) leaves the loop for the runtime's
// cellfun, which nothing has been seen to run yet. An empty input, one of
// another class (the type allowed for it) or of another shape takes the
// runtime's arrayfun/cellfun, which also gives its errors.
llvm::Value* Codegen::perElementCall(const Instr& i) {
  auto P = builder_.getPtrTy();
  auto I64 = builder_.getInt64Ty();
  auto I32 = builder_.getInt32Ty();
  auto D = builder_.getDoubleTy();
  const Instr* h = i.operands[0];
  ir::ElementwiseForm form;
  if (!ir::elementwiseForm(i, form)) return nullptr;
  bool cells = i.name == "cellfun";
  auto target = byName_.find(i.perElement);
  const std::string* query = target == byName_.end() ? &i.perElement : nullptr;
  if (query && (!cells || !form.uniform || form.inputs != 1)) return nullptr;
  for (size_t k = 1; k <= form.inputs; ++k)
    if (!value(i.operands[k])->getType()->isPointerTy()) return nullptr;
  llvm::Function* body = query ? nullptr : functions_.at(target->second);
  llvm::Type* r = query ? (*query == "isempty" ? builder_.getInt1Ty() : static_cast<llvm::Type*>(D)) : body->getReturnType();
  if (form.uniform && !r->isDoubleTy() && !r->isIntegerTy(1)) return nullptr;
  // Cells whose elements the body takes as real double scalars (its
  // specialisation for them: InferTypes' perElement), checked before the
  // loop; else each element as a value.
  bool scalarElements = false;
  if (body) {
    if (body->arg_size() != h->operands.size() + form.inputs + 2) return nullptr;
    for (size_t k = 0; k < form.inputs; ++k) {
      llvm::Type* t = body->getArg(static_cast<unsigned>(h->operands.size() + k + 2))->getType();
      if (cells && t->isDoubleTy()) scalarElements = true;
      else if (t->isPointerTy() != cells) return nullptr;
    }
    if (scalarElements)
      for (size_t k = 0; k < form.inputs; ++k)
        if (!body->getArg(static_cast<unsigned>(h->operands.size() + k + 2))->getType()->isDoubleTy()) return nullptr;
  }
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  auto block = [&](const char* name) { return llvm::BasicBlock::Create(ctx_, name, fn); };
  llvm::BasicBlock *slow = block("perelement.runtime"), *loop = block("perelement.loop"), *done = block("perelement.done");
  auto check = [&](llvm::Value* ok, llvm::BasicBlock* otherwise) {
    llvm::BasicBlock* next = block("perelement.check");
    builder_.CreateCondBr(ok, next, otherwise);
    builder_.SetInsertPoint(next);
  };
  std::vector<llvm::Value*> xs;
  for (size_t k = 1; k <= form.inputs; ++k) xs.push_back(borrowed(i.operands[k], i));
  llvm::Value* n = nullptr;
  for (llvm::Value* x : xs) {
    check(builder_.CreateIsNotNull(x), slow);
    llvm::Value* cls = loadField(x, kClass, I32);
    if (cells)
      check(builder_.CreateICmpEQ(cls, builder_.getInt32(MCC_CLASS_CELL)), slow);
    else
      check(builder_.CreateAnd(builder_.CreateICmpEQ(cls, builder_.getInt32(MCC_CLASS_DOUBLE)),
                               builder_.CreateICmpEQ(loadField(x, kComplex, builder_.getInt8Ty()), builder_.getInt8(0))),
            slow);
    // (mcc_array_numel brings back an array a GPU kernel left on the device)
    llvm::Value* count = cells ? loadField(x, kNumel, I64) : builder_.CreateCall(runtime("mcc_array_numel", I64, {P}), {x});
    if (n) {  // the same dims as the first input
      llvm::Value* ndims = loadField(xs[0], kNdims, I32);
      check(builder_.CreateICmpEQ(ndims, loadField(x, kNdims, I32)), slow);
      llvm::Value* bytes = builder_.CreateMul(builder_.CreateZExt(ndims, I64), builder_.getInt64(sizeof(size_t)));
      llvm::Value* cmp = builder_.CreateCall(runtime("memcmp", I32, {P, P, I64}), {loadField(xs[0], kDims, P), loadField(x, kDims, P), bytes});
      check(builder_.CreateICmpEQ(cmp, builder_.getInt32(0)), slow);
    }
    if (!n) n = count;
  }
  check(builder_.CreateICmpNE(n, builder_.getInt64(0)), slow);
  if (scalarElements) {
    // Every element a real double 1x1 before anything runs (the body's
    // effects happen once, here or in the runtime's cellfun).
    for (llvm::Value* x : xs) {
      llvm::Value* items = loadField(x, kData, P);
      llvm::BasicBlock* before = builder_.GetInsertBlock();
      llvm::BasicBlock* scan = block("perelement.scan");
      llvm::BasicBlock* scanned = block("perelement.scanned");
      builder_.CreateBr(scan);
      builder_.SetInsertPoint(scan);
      llvm::PHINode* j = builder_.CreatePHI(I64, 2, "j");
      j->addIncoming(builder_.getInt64(0), before);
      llvm::Value* e = builder_.CreateLoad(P, builder_.CreateGEP(P, items, j));
      check(builder_.CreateIsNotNull(e), slow);
      llvm::Value* ok = builder_.CreateAnd(
          builder_.CreateICmpEQ(loadField(e, kClass, I32), builder_.getInt32(MCC_CLASS_DOUBLE)),
          builder_.CreateICmpEQ(loadField(e, kComplex, builder_.getInt8Ty()), builder_.getInt8(0)));
      ok = builder_.CreateAnd(ok, builder_.CreateICmpEQ(loadField(e, kNumel, I64), builder_.getInt64(1)));
      llvm::Value* host = builder_.CreateAnd(loadField(e, kResidency, builder_.getInt8Ty()), builder_.getInt8(MCC_RESIDENT_HOST));
      ok = builder_.CreateAnd(ok, builder_.CreateICmpNE(host, builder_.getInt8(0)));
      check(ok, slow);
      llvm::Value* nextJ = builder_.CreateAdd(j, builder_.getInt64(1));
      j->addIncoming(nextJ, builder_.GetInsertBlock());
      builder_.CreateCondBr(builder_.CreateICmpULT(nextJ, n), scan, scanned);
      builder_.SetInsertPoint(scanned);
    }
  }
  uint32_t cls = !form.uniform ? MCC_CLASS_CELL : r->isDoubleTy() ? MCC_CLASS_DOUBLE : MCC_CLASS_LOGICAL;
  llvm::Value* out = builder_.CreateCall(runtime("mcc_array_create", P, {I32, I32, P}),
                                         {builder_.getInt32(cls), loadField(xs[0], kNdims, I32), loadField(xs[0], kDims, P)});
  std::vector<llvm::Value*> data;
  for (llvm::Value* x : xs) data.push_back(loadField(x, kData, P));
  llvm::Value* dst = loadField(out, kData, P);
  std::vector<llvm::Value*> args = {llvm::ConstantFP::get(D, static_cast<double>(h->operands.size() + xs.size())),
                                    llvm::ConstantFP::get(D, 1.0)};
  for (size_t k = 0; body && k < h->operands.size(); ++k)
    args.push_back(coerce(builder_, value(h->operands[k]), body->getArg(static_cast<unsigned>(k + 2))->getType()));
  llvm::BasicBlock* before = builder_.GetInsertBlock();
  builder_.CreateBr(loop);
  builder_.SetInsertPoint(loop);
  llvm::PHINode* k = builder_.CreatePHI(I64, 2, "k");
  k->addIncoming(builder_.getInt64(0), before);
  llvm::Value* v;
  if (query) {
    llvm::BasicBlock* bail = block("perelement.bail");
    v = elementQuery(*query, builder_.CreateLoad(P, builder_.CreateGEP(P, data[0], k)), bail);
    llvm::BasicBlock* back = builder_.GetInsertBlock();
    builder_.SetInsertPoint(bail);
    release(out);
    builder_.CreateBr(slow);
    builder_.SetInsertPoint(back);
  } else {
    for (llvm::Value* d : data) {
      if (!cells) {
        args.push_back(builder_.CreateLoad(D, builder_.CreateGEP(D, d, k)));
        continue;
      }
      if (scalarElements) {  // (checked above: a real double 1x1 valid on the host)
        llvm::Value* e = builder_.CreateLoad(P, builder_.CreateGEP(P, d, k));
        args.push_back(builder_.CreateLoad(D, loadField(e, kData, P)));
        continue;
      }
      // The element as a new reference for the body (which owns its parameters), [] for an empty slot.
      llvm::Value* e = builder_.CreateLoad(P, builder_.CreateGEP(P, d, k));
      llvm::BasicBlock* set = block("perelement.element");
      llvm::BasicBlock* unset = block("perelement.empty");
      llvm::BasicBlock* joined = block("perelement.arg");
      builder_.CreateCondBr(builder_.CreateIsNull(e), unset, set);
      builder_.SetInsertPoint(set);
      llvm::Value* held = builder_.CreateCall(runtime("mcc_array_retain", P, {P}), {e});
      builder_.CreateBr(joined);
      builder_.SetInsertPoint(unset);
      llvm::Value* empty = builder_.CreateCall(runtime("mcc_array_create", P, {I32, I32, P}),
                                               {builder_.getInt32(MCC_CLASS_DOUBLE), builder_.getInt32(2), constantArray({0, 0}, 64)});
      builder_.CreateBr(joined);
      builder_.SetInsertPoint(joined);
      llvm::PHINode* arg = builder_.CreatePHI(P, 2);
      arg->addIncoming(held, set);
      arg->addIncoming(empty, unset);
      args.push_back(arg);
    }
    if (unwinding_) builder_.CreateCall(runtime("mcc_call_enter", builder_.getVoidTy(), {P}), {site(i)});
    llvm::CallInst* call = builder_.CreateCall(body, args);
    raiseReleases_[call] = {out};  // (an error in the body: the result is not returned)
    if (unwinding_) builder_.CreateCall(runtime("mcc_call_leave", builder_.getVoidTy(), {}), {});
    args.resize(args.size() - data.size());
    v = call;
  }
  if (!form.uniform) builder_.CreateStore(v->getType()->isPointerTy() ? v : box(v), builder_.CreateGEP(P, dst, k));
  else if (r->isDoubleTy()) builder_.CreateStore(v, builder_.CreateGEP(D, dst, k));
  else builder_.CreateStore(builder_.CreateZExt(v, builder_.getInt8Ty()), builder_.CreateGEP(builder_.getInt8Ty(), dst, k));
  llvm::Value* next = builder_.CreateAdd(k, builder_.getInt64(1));
  k->addIncoming(next, builder_.GetInsertBlock());
  llvm::BasicBlock* fastEnd = builder_.GetInsertBlock();
  builder_.CreateCondBr(builder_.CreateICmpULT(next, n), loop, done);
  builder_.SetInsertPoint(slow);
  size_t tempsBefore = temps_.size();
  llvm::Value* viaRuntime = callBuiltin(i.name, i, i.nargout, nullptr, 0, nullptr);
  // (the options boxed for the runtime are released on its path, where they were made)
  for (size_t t = tempsBefore; t < temps_.size(); ++t) release(temps_[t]);
  temps_.resize(tempsBefore);
  llvm::BasicBlock* slowEnd = builder_.GetInsertBlock();
  builder_.CreateBr(done);
  builder_.SetInsertPoint(done);
  llvm::PHINode* result = builder_.CreatePHI(P, 2, i.name);
  result->addIncoming(out, fastEnd);
  result->addIncoming(viaRuntime, slowEnd);
  if (boxed(&i)) return result;
  return unbox(result, i.type, i);
}

// cellfun's query `name` (numel, length, ndims, isempty) of one element of
// a cell (NULL: []), as a double (isempty: an i1); an element of a class
// whose answer is not its dims (a struct, an object) goes to `otherwise`.
llvm::Value* Codegen::elementQuery(const std::string& name, llvm::Value* e, llvm::BasicBlock* otherwise) {
  auto I64 = builder_.getInt64Ty();
  auto I32 = builder_.getInt32Ty();
  auto D = builder_.getDoubleTy();
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::BasicBlock* from = builder_.GetInsertBlock();
  llvm::BasicBlock* present = llvm::BasicBlock::Create(ctx_, "query.element", fn);
  llvm::BasicBlock* measured = llvm::BasicBlock::Create(ctx_, "query.measured", fn);
  llvm::BasicBlock* joined = llvm::BasicBlock::Create(ctx_, "query.done", fn);
  builder_.CreateCondBr(builder_.CreateIsNotNull(e), present, joined);
  builder_.SetInsertPoint(present);
  // numeric, logical, char and cell arrays (classes 0 to MCC_CLASS_CELL) measure by their dims
  builder_.CreateCondBr(builder_.CreateICmpULE(loadField(e, kClass, I32), builder_.getInt32(MCC_CLASS_CELL)), measured, otherwise);
  builder_.SetInsertPoint(measured);
  llvm::Value* numel = loadField(e, kNumel, I64);
  llvm::Value* answer;
  if (name == "isempty") {
    answer = builder_.CreateICmpEQ(numel, builder_.getInt64(0));
  } else if (name == "numel") {
    answer = builder_.CreateUIToFP(numel, D);
  } else if (name == "ndims") {
    answer = builder_.CreateUIToFP(loadField(e, kNdims, I32), D);
  } else {  // length: 0 when empty, else the largest extent
    llvm::Value* ndims = builder_.CreateZExt(loadField(e, kNdims, I32), I64);
    llvm::Value* dims = loadField(e, kDims, builder_.getPtrTy());
    llvm::BasicBlock* head = builder_.GetInsertBlock();
    llvm::BasicBlock* scan = llvm::BasicBlock::Create(ctx_, "query.length", fn);
    llvm::BasicBlock* scanned = llvm::BasicBlock::Create(ctx_, "query.length.done", fn);
    builder_.CreateBr(scan);
    builder_.SetInsertPoint(scan);
    llvm::PHINode* d = builder_.CreatePHI(I64, 2);
    llvm::PHINode* most = builder_.CreatePHI(I64, 2);
    d->addIncoming(builder_.getInt64(0), head);
    most->addIncoming(builder_.getInt64(0), head);
    llvm::Value* extent = builder_.CreateLoad(I64, builder_.CreateGEP(I64, dims, d));
    llvm::Value* larger = builder_.CreateSelect(builder_.CreateICmpUGT(extent, most), extent, most);
    llvm::Value* nextD = builder_.CreateAdd(d, builder_.getInt64(1));
    d->addIncoming(nextD, scan);
    most->addIncoming(larger, scan);
    builder_.CreateCondBr(builder_.CreateICmpULT(nextD, ndims), scan, scanned);
    builder_.SetInsertPoint(scanned);
    answer = builder_.CreateUIToFP(builder_.CreateSelect(builder_.CreateICmpEQ(numel, builder_.getInt64(0)), builder_.getInt64(0), larger), D);
  }
  llvm::BasicBlock* measuredEnd = builder_.GetInsertBlock();
  builder_.CreateBr(joined);
  builder_.SetInsertPoint(joined);
  llvm::PHINode* result = builder_.CreatePHI(answer->getType(), 2, name);
  // an empty slot is []: numel 0, length 0, ndims 2, isempty true
  llvm::Value* ofEmpty = name == "isempty" ? static_cast<llvm::Value*>(builder_.getInt1(true))
                         : name == "ndims" ? llvm::ConstantFP::get(D, 2.0)
                                           : llvm::ConstantFP::get(D, 0.0);
  result->addIncoming(ofEmpty, from);
  result->addIncoming(answer, measuredEnd);
  return result;
}

// A call of a function nobody defines, in a try region: MATLAB's error
// ("Undefined function 'f' for input arguments of type 'double'.", of the
// first argument's class; "Unrecognized function or variable 'f'." without
// arguments). The call's values are never used: the error call does not return.
llvm::Value* Codegen::undefinedFunction(const Instr& i) {
  auto P = builder_.getPtrTy();
  auto I32 = builder_.getInt32Ty();
  const std::string& n = i.name;
  if (i.operands.empty() || anySpliced(i)) {
    builder_.CreateCall(runtime("mcc_error_undefined", builder_.getVoidTy(), {P, P}, true), {text(n), site(i)});
  } else if (i.operands[0]->type.cls != ir::Class::Unknown) {
    errorText("Undefined function '" + n + "' for input arguments of type '" + ir::className(i.operands[0]->type.cls) +
                  "'.",
              i);
  } else {  // the class known at run time: error(id, fmt, class(x))
    llvm::Function* fn = builder_.GetInsertBlock()->getParent();
    llvm::IRBuilder<> entry(&fn->getEntryBlock(), fn->getEntryBlock().begin());
    llvm::Value* out = entry.CreateAlloca(P, builder_.getInt32(1), "outs");
    builder_.CreateCall(runtime("mcc_bi_class", builder_.getVoidTy(), {I32, P, I32, P, P}),
                        {builder_.getInt32(1), out, builder_.getInt32(1), ptrArray({borrowed(i.operands[0], i)}), site(i)});
    auto chars = [&](const std::string& s) {
      return builder_.CreateCall(runtime("mcc_array_from_string", P, {P, builder_.getInt64Ty()}),
                                 {text(s), builder_.getInt64(s.size())});
    };
    std::vector<llvm::Value*> args = {chars("MATLAB:UndefinedFunction"),
                                      chars("Undefined function '" + n + "' for input arguments of type '%s'."),
                                      builder_.CreateLoad(P, out)};
    builder_.CreateCall(runtime("mcc_bi_error", builder_.getVoidTy(), {I32, P, I32, P, P}),
                        {builder_.getInt32(0), out, builder_.getInt32(3), ptrArray(args), site(i)});
  }
  llvm::Value* none = llvm::ConstantPointerNull::get(P);
  if (isAggregateCall(&i)) {
    keepOutputs(i, std::vector<llvm::Value*>(std::max<uint32_t>(i.nargout, 1), none));
    return nullptr;
  }
  if (i.type.noValue || boxed(&i)) return i.type.noValue ? nullptr : none;
  return llvm::UndefValue::get(unbox(none, i.type, i)->getType());
}

// ------------------------------------------------------------- C calls
//
// coder.ceval('f', args...) is a direct call of the C function f, declared
// from its header (interop/BindCCalls checked the call) or, without one,
// from the MATLAB types of the arguments as MATLAB Coder does (scalars by
// value as their class's C type, a double result). Scalars are converted
// with saturation (NaN to 0), arrays pass their data: coder.ref/wref(x) an
// unshared copy that x is afterwards (LowerAST assigns it), coder.rref(x)
// and plain arrays x's own data (a copy for a writable pointer), char text
// a NUL-terminated UTF-8 copy. Opaque pointers (coder.opaque, pointer
// results) are uint64 scalars holding the address.

namespace {
uint32_t classIdOf(const std::string& cls) {
  static const std::pair<const char*, uint32_t> ids[] = {
      {"double", MCC_CLASS_DOUBLE}, {"single", MCC_CLASS_SINGLE}, {"int8", MCC_CLASS_INT8},     {"uint8", MCC_CLASS_UINT8},
      {"int16", MCC_CLASS_INT16},   {"uint16", MCC_CLASS_UINT16}, {"int32", MCC_CLASS_INT32},   {"uint32", MCC_CLASS_UINT32},
      {"int64", MCC_CLASS_INT64},   {"uint64", MCC_CLASS_UINT64}, {"logical", MCC_CLASS_LOGICAL}, {"char", MCC_CLASS_CHAR}};
  for (auto [name, id] : ids)
    if (cls == name) return id;
  return MCC_CLASS_DOUBLE;
}

// A C scalar type from the MATLAB class of a value passed without a header.
interop::CType cTypeOfClass(Class c) {
  interop::CType t;
  std::string name = ir::className(c);
  if (c == Class::Double || c == Class::Single) t.kind = interop::CType::Float, t.bits = c == Class::Double ? 64 : 32;
  else if (c == Class::Logical) t.kind = interop::CType::Bool, t.bits = 8;
  else if (ir::isIntegerClass(c)) t.kind = interop::CType::Int, t.isSigned = name[0] == 'i', t.bits = std::stoi(name.substr(name[0] == 'i' ? 3 : 4));
  else t.kind = interop::CType::Float, t.bits = 64;
  return t;
}
}  // namespace

std::string Codegen::cInteropReason(const Instr& i) const {
  const std::string& n = i.name;
  auto text = [&](size_t k) { return k < i.operands.size() && isCharConst(i.operands[k]); };
  if (n == "coder.ceval") return text(0) && !i.operands[0]->constant.text.empty() ? "" : "coder.ceval of a name that is not constant text";
  if (n == "coder.ref" || n == "coder.rref" || n == "coder.wref") return i.operands.size() == 1 ? "" : n + " of other than one value";
  if (n == "libpointer")
    return i.operands.empty() || (i.operands.size() <= 2 && text(0) && !interop::libpointerClass(i.operands[0]->constant.text).empty())
               ? ""
               : "this libpointer";
  if (n == "libstruct")
    return !i.operands.empty() && i.operands.size() <= 2 && text(0) && cStructs_ && cStructs_->count(i.operands[0]->constant.text)
               ? ""
               : "libstruct of a struct that no header of loadlibrary declares";
  if (n == "loadlibrary" || n == "unloadlibrary" || n == "libisloaded" || n == "libfunctions" || n == "calllib") {
    if (!text(0) || (n == "calllib" && !text(1))) return n + " of names that are not constant text";
    if (n == "unloadlibrary" || n == "libisloaded") return "";
    auto lib = cLibraries_ ? cLibraries_->find(i.operands[0]->constant.text) : interop::CLibraries::const_iterator();
    if (!cLibraries_ || lib == cLibraries_->end()) return n + " of a library without a header read at build time";
    if (n != "calllib") return "";
    auto fn = lib->second.find(i.operands[1]->constant.text);
    if (fn == lib->second.end() || i.nargout > interop::calllibOutputs(fn->second)) return "this calllib";
  }
  return "";
}

llvm::Value* Codegen::cArgument(const Instr& i, const Instr* a, const interop::CType* p, llvm::Type*& type,
                                std::vector<llvm::Value*>* written) {
  auto P = builder_.getPtrTy();
  auto I32 = builder_.getInt32Ty();
  bool byRef = !interop::coderRefMode(a, i).empty();
  auto data = [&](llvm::Value* arr, int32_t cls) {
    return builder_.CreateCall(runtime("mcc_c_data", P, {P, I32, P}), {arr, builder_.getInt32(static_cast<uint32_t>(cls)), site(i)});
  };
  // The static type of the value passed: a coder.ref(x) value (also as the
  // variable x after an earlier call) is x's.
  bool refValue = a->op == Op::Call && a->callee == ir::Callee::Builtin && a->operands.size() == 1 &&
                  (a->name == "coder.ref" || a->name == "coder.rref" || a->name == "coder.wref");
  const ir::Type& passed = (refValue ? a->operands[0] : a)->type;
  type = P;
  if (p && p->pointer && p->kind == interop::CType::Struct && p->record) return structArgument(i, a, *p, written);
  if (byRef && !p) return data(value(a), -1);
  interop::CType scalarType;
  if (!p) {  // no header: an array (or text) by pointer, a scalar by value
    const ir::Type& t = passed;
    scalarType = cTypeOfClass(t.cls);
    if (t.cls == Class::Char) scalarType.kind = interop::CType::Int, scalarType.plainChar = true;
    scalarType.pointer = t.cls == Class::Char || (t.reached && t.rankKnown && !t.isScalar());
    scalarType.pointeeConst = true;
    p = &scalarType;
  }
  if (p->pointer) {
    llvm::Value* arr = borrowed(a, i);
    Class cls0 = passed.cls;
    if (p->kind == interop::CType::Int && p->plainChar && cls0 != Class::Int8 && cls0 != Class::UInt8) {
      llvm::Value* bytes = builder_.CreateCall(runtime("mcc_c_text", P, {P, P}), {arr, site(i)});
      temps_.push_back(bytes);
      return data(bytes, MCC_CLASS_UINT8);
    }
    std::string cls = p->plainChar ? "" : p->matlabClass();
    if (cls.empty() && !byRef) return builder_.CreateCall(runtime("mcc_c_pointer", P, {P, P}), {arr, site(i)});
    if (!byRef && !p->pointeeConst) {  // C may write: never into a shared array
      retain(arr);
      arr = builder_.CreateCall(runtime("mcc_array_unshare", P, {P}), {arr});
      if (written && !cls.empty()) {
        written->push_back(arr);
        Class known = a->type.reached ? a->type.cls : Class::Unknown;
        if (known == Class::Unknown) {  // perhaps a lib.pointer: the output is the array it points at
          size_t slot = written->size() - 1;
          afterCall_.push_back([this, written, slot, arr] {
            (*written)[slot] = builder_.CreateCall(runtime("mcc_c_written", builder_.getPtrTy(), {builder_.getPtrTy()}), {arr});
          });
        }
      } else {
        temps_.push_back(arr);
      }
    }
    return data(arr, cls.empty() ? -1 : static_cast<int32_t>(classIdOf(cls)));
  }
  // A scalar by value, through double (MATLAB Coder converts as C does; here with saturation).
  llvm::Value* d = isNumberScalar(a->type) ? coerce(builder_, value(a), builder_.getDoubleTy())
                                           : builder_.CreateCall(runtime("mcc_array_to_double", builder_.getDoubleTy(), {P, P}),
                                                                 {borrowed(a, i), site(i)});
  switch (p->kind) {
    case interop::CType::Float:
      type = p->bits == 32 ? builder_.getFloatTy() : builder_.getDoubleTy();
      return p->bits == 32 ? builder_.CreateFPTrunc(d, type) : d;
    case interop::CType::Bool:
      type = builder_.getInt8Ty();
      return builder_.CreateZExt(builder_.CreateFCmpUNE(d, llvm::ConstantFP::get(d->getType(), 0.0)), type);
    case interop::CType::Int: {
      type = builder_.getIntNTy(p->bits ? p->bits : 32);
      llvm::Value* r = builder_.CreateUnaryIntrinsic(llvm::Intrinsic::round, d);
      return builder_.CreateIntrinsic(p->isSigned ? llvm::Intrinsic::fptosi_sat : llvm::Intrinsic::fptoui_sat, {type, d->getType()}, {r});
    }
    default:
      type = builder_.getDoubleTy();
      return d;
  }
}

llvm::Constant* Codegen::structLayout(const interop::CStruct& s) {
  auto known = structLayouts_.find(&s);
  if (known != structLayouts_.end()) return known->second;
  auto P = builder_.getPtrTy();
  auto I64 = builder_.getInt64Ty();
  auto I32 = builder_.getInt32Ty();
  auto* fieldTy = llvm::StructType::get(ctx_, {P, I64, I64, I32, I32, P});
  auto* layoutTy = llvm::StructType::get(ctx_, {P, I64, I64, P});
  auto* layout = new llvm::GlobalVariable(*module_, layoutTy, true, llvm::GlobalValue::PrivateLinkage, nullptr, "mcc.cstruct");
  structLayouts_[&s] = layout;  // before the fields: a nested struct refers to its own constant
  auto name = [&](const std::string& t) -> llvm::Constant* {
    return builder_.CreateGlobalString(t, "mcc.cname", 0, module_.get());
  };
  std::vector<llvm::Constant*> fields;
  for (const interop::CField& f : s.fields) {
    if (!f.converted) continue;
    uint32_t cls = f.type.kind == interop::CType::Struct ? MCC_CLASS_STRUCT
                   : f.text()                            ? MCC_CLASS_CHAR
                                                         : classIdOf(f.type.matlabClass());
    llvm::Constant* sub = f.type.kind == interop::CType::Struct ? structLayout(*f.type.record)
                                                                : llvm::ConstantPointerNull::get(P);
    fields.push_back(llvm::ConstantStruct::get(
        fieldTy, {name(f.name), llvm::ConstantInt::get(I64, f.offset), llvm::ConstantInt::get(I64, f.count),
                  llvm::ConstantInt::get(I32, cls), llvm::ConstantInt::get(I32, 0), sub}));
  }
  auto* fieldsTy = llvm::ArrayType::get(fieldTy, fields.size());
  auto* table = new llvm::GlobalVariable(*module_, fieldsTy, true, llvm::GlobalValue::PrivateLinkage,
                                         llvm::ConstantArray::get(fieldsTy, fields), "mcc.cfields");
  layout->setInitializer(llvm::ConstantStruct::get(
      layoutTy, {name(s.name), llvm::ConstantInt::get(I64, s.size), llvm::ConstantInt::get(I64, fields.size()), table}));
  return layout;
}

// A MATLAB struct (or a lib.struct, or an opaque pointer) for a pointer to a
// C struct: copied into a buffer laid out as the header declares, exactly
// for coder.ceval, converting for calllib (mcc_c_struct_in); after the call
// coder.ref/wref(s) is updated in place and calllib's output is the struct
// as C left it.
llvm::Value* Codegen::structArgument(const Instr& i, const Instr* a, const interop::CType& p,
                                     std::vector<llvm::Value*>* written) {
  auto P = builder_.getPtrTy();
  bool calllib = written != nullptr;
  bool byRef = !interop::coderRefMode(a, i).empty();
  llvm::Value* layout = structLayout(*p.record);
  llvm::Value* arr = byRef ? value(a) : borrowed(a, i);
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::IRBuilder<> top(&fn->getEntryBlock(), fn->getEntryBlock().begin());
  llvm::AllocaInst* buf = top.CreateAlloca(llvm::ArrayType::get(builder_.getInt8Ty(), std::max<uint64_t>(p.record->size, 1)));
  buf->setAlignment(llvm::Align(16));
  llvm::Value* at = site(i);
  llvm::Value* pointer = builder_.CreateCall(runtime("mcc_c_struct_in", P, {P, P, P, builder_.getInt32Ty(), P}),
                                             {buf, layout, arr, builder_.getInt32(calllib ? 0 : 1), at});
  if (byRef && a->name != "coder.rref")
    afterCall_.push_back([=, this] {
      builder_.CreateCall(runtime("mcc_c_struct_write", builder_.getVoidTy(), {P, P, P, P}), {buf, layout, arr, at});
    });
  if (calllib && !p.pointeeConst) {
    size_t slot = written->size();
    written->push_back(nullptr);
    afterCall_.push_back([=, this] {
      (*written)[slot] = builder_.CreateCall(runtime("mcc_c_struct_out", P, {P, P, P, P}), {buf, layout, arr, at});
    });
  }
  return pointer;
}

llvm::Value* Codegen::coderCall(const Instr& i) {
  auto P = builder_.getPtrTy();
  const std::string& n = i.name;
  if (n == "coder.cinclude" || n == "coder.updateBuildInfo") return llvm::ConstantPointerNull::get(P);
  if (n == "coder.ref" || n == "coder.wref" || n == "coder.rref") {
    // The array the C function sees; ref and wref get one nobody else holds.
    llvm::Value* arr = borrowed(i.operands.at(0), i);
    retain(arr);
    return n == "coder.rref" ? arr : builder_.CreateCall(runtime("mcc_array_unshare", P, {P}), {arr});
  }
  if (n == "coder.opaque") {
    // coder.opaque('T *', 'NULL'): an address; only constant initial values.
    uint64_t bits = 0;
    if (i.operands.size() >= 2 && i.operands[1]->op == Op::Const) bits = std::strtoull(i.operands[1]->constant.text.c_str(), nullptr, 0);
    return scalarOf(MCC_CLASS_UINT64, builder_.getInt64(bits));
  }
  auto text0 = [&](size_t k) { return i.operands.at(k)->constant.text; };
  if (n == "libpointer" || n == "libstruct") {
    llvm::Value* v = i.operands.size() > 1 ? borrowed(i.operands[1], i) : llvm::ConstantPointerNull::get(P);
    if (n == "libpointer")
      return builder_.CreateCall(runtime("mcc_c_libpointer", P, {P, P, P}),
                                 {text(i.operands.empty() ? "voidPtr" : text0(0)), v, site(i)});
    return builder_.CreateCall(runtime("mcc_c_libstruct", P, {P, P, P}),
                               {structLayout(*cStructs_->at(text0(0))), v, site(i)});
  }
  if (n == "coder.ceval") {
    const interop::CFunction* decl = nullptr;
    if (cFunctions_) {
      auto it = cFunctions_->find(text0(0));
      if (it != cFunctions_->end()) decl = &it->second;
    }
    return callC(i, decl, text0(0), nullptr, 1, nullptr);
  }
  // MATLAB's shared-library interface: the library is loaded at run time.
  auto I32 = builder_.getInt32Ty();
  if (n == "loadlibrary" || n == "unloadlibrary") {
    builder_.CreateCall(runtime(n == "loadlibrary" ? "mcc_lib_load" : "mcc_lib_unload", builder_.getVoidTy(), {P, P}),
                        {text(text0(0)), site(i)});
    return llvm::ConstantPointerNull::get(P);
  }
  if (n == "libisloaded") {
    llvm::Value* loaded = builder_.CreateCall(runtime("mcc_lib_isloaded", I32, {P}), {text(text0(0))});
    return builder_.CreateCall(runtime("mcc_array_from_bool", P, {I32}), {loaded});
  }
  const interop::CFunctions& library = cLibraries_->at(text0(0));
  if (n == "libfunctions") {  // the header's functions, a column cell of names
    std::vector<llvm::Value*> names;
    for (const auto& [name, fn] : library)
      names.push_back(builder_.CreateCall(runtime("mcc_array_from_string", P, {P, builder_.getInt64Ty()}),
                                          {text(name), builder_.getInt64(name.size())}));
    std::vector<uint64_t> ones(names.size(), 1);
    llvm::Value* cell = builder_.CreateCall(
        runtime("mcc_cell_literal", P, {builder_.getInt64Ty(), P, P, P, P}),
        {builder_.getInt64(names.size()), constantArray(ones, 64), ptrArray(names), llvm::ConstantPointerNull::get(P), site(i)});
    for (llvm::Value* v : names) release(v);
    return cell;
  }
  // calllib: the result, then the arrays passed to writable pointers.
  const interop::CFunction& decl = library.at(text0(1));
  llvm::Value* address = builder_.CreateCall(runtime("mcc_lib_function", P, {P, P, P}), {text(text0(0)), text(text0(1)), site(i)});
  std::vector<llvm::Value*> outs;
  llvm::Value* r = callC(i, &decl, text0(1), address, 2, &outs);
  if (!llvm::isa<llvm::ConstantPointerNull>(r)) outs.insert(outs.begin(), r);
  if (isAggregateCall(&i)) {
    keepOutputs(i, outs);
    return nullptr;
  }
  for (size_t k = 1; k < outs.size(); ++k) release(outs[k]);
  return outs.empty() ? llvm::ConstantPointerNull::get(P) : outs[0];
}

llvm::Value* Codegen::scalarOf(uint32_t cls, llvm::Value* v) {
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::IRBuilder<> top(&fn->getEntryBlock(), fn->getEntryBlock().begin());
  llvm::Value* slot = top.CreateAlloca(v->getType());
  builder_.CreateStore(v, slot);
  return builder_.CreateCall(runtime("mcc_c_scalar_in", builder_.getPtrTy(), {builder_.getInt32Ty(), builder_.getPtrTy()}),
                             {builder_.getInt32(cls), slot});
}

llvm::Value* Codegen::callC(const Instr& i, const interop::CFunction* decl, const std::string& symbol, llvm::Value* address,
                            size_t first, std::vector<llvm::Value*>* written) {
  auto P = builder_.getPtrTy();
  std::vector<llvm::Type*> types;
  std::vector<llvm::Value*> args;
  std::vector<std::pair<unsigned, bool>> extend;  // small integer parameters: sign or zero extension (the C ABI)
  std::vector<std::function<void()>> outer;
  std::swap(outer, afterCall_);
  for (size_t k = first; k < i.operands.size(); ++k) {
    const interop::CType* p = decl && k - first < decl->params.size() ? &decl->params[k - first] : nullptr;
    llvm::Type* t = nullptr;
    llvm::Value* v = cArgument(i, i.operands[k], p, t, written);
    if (decl && !p && t->isFloatTy()) v = builder_.CreateFPExt(v, builder_.getDoubleTy()), t = builder_.getDoubleTy();  // variadic promotion
    if (t->isIntegerTy() && t->getIntegerBitWidth() < 32) extend.push_back({static_cast<unsigned>(args.size()), !p || p->isSigned});
    if (!decl || k - first < decl->params.size()) types.push_back(t);
    args.push_back(v);
  }
  interop::CType ret;
  if (decl) ret = decl->result;
  else if (i.nargout > 0) ret.kind = interop::CType::Float, ret.bits = 64;
  else ret.kind = interop::CType::Void;
  llvm::Type* retTy = ret.pointer                           ? P
                      : ret.kind == interop::CType::Void    ? builder_.getVoidTy()
                      : ret.kind == interop::CType::Float   ? (ret.bits == 32 ? builder_.getFloatTy() : builder_.getDoubleTy())
                      : ret.kind == interop::CType::Bool    ? builder_.getInt8Ty()
                                                            : builder_.getIntNTy(ret.bits ? ret.bits : 32);
  auto* fnTy = llvm::FunctionType::get(retTy, types, decl && decl->variadic);
  llvm::CallInst* call = address ? builder_.CreateCall(fnTy, address, args)
                                 : builder_.CreateCall(module_->getOrInsertFunction(symbol, fnTy), args);
  for (auto [k, isSigned] : extend) call->addParamAttr(k, isSigned ? llvm::Attribute::SExt : llvm::Attribute::ZExt);
  for (auto& then : afterCall_) then();
  afterCall_ = std::move(outer);
  if (!ret.pointer && retTy->isIntegerTy() && retTy->getIntegerBitWidth() < 32)
    call->addRetAttr(ret.kind == interop::CType::Int && ret.isSigned ? llvm::Attribute::SExt : llvm::Attribute::ZExt);
  if (retTy->isVoidTy()) return llvm::ConstantPointerNull::get(P);
  if (ret.pointer && ret.plainChar && address)  // calllib: char * results are text
    return builder_.CreateCall(runtime("mcc_c_string", P, {P}), {call});
  if (ret.pointer) return scalarOf(MCC_CLASS_UINT64, builder_.CreatePtrToInt(call, builder_.getInt64Ty()));
  if (ret.kind == interop::CType::Bool) return scalarOf(MCC_CLASS_LOGICAL, call);
  std::string cls = ret.matlabClass();
  return scalarOf(classIdOf(cls.empty() ? "double" : cls), call);
}

llvm::Value* Codegen::entryCall(const std::string& name, const Instr& i, uint32_t nargout, size_t first, llvm::Value* handle) {
  if (isAggregateCall(&i)) {
    std::vector<llvm::Value*> outs;
    callBuiltin(name, i, nargout, &outs, first, handle);
    keepOutputs(i, outs);
    return nullptr;
  }
  llvm::Value* r = callBuiltin(name, i, nargout, nullptr, first, handle);
  if (i.type.noValue) {
    release(r);  // NULL when the builtin had no value to give
    return nullptr;
  }
  if (boxed(&i)) return r;
  return unbox(r, i.type, i);
}

// The outputs of a call that Extract reads; those no Extract reads die here.
void Codegen::keepOutputs(const Instr& i, std::vector<llvm::Value*> outs) {
  std::vector<bool> read(outs.size(), false);
  for (const Instr* u : i.users)
    if (u->op == Op::Extract && u->index < outs.size()) read[u->index] = true;
  for (size_t k = 0; k < outs.size(); ++k)
    if (!read[k] && outs[k]->getType()->isPointerTy()) release(outs[k]);
  outputs_[&i] = std::move(outs);
}

llvm::Value* Codegen::callUser(const Instr& i, const ir::Function* callee, std::vector<llvm::Value*> prefix, size_t first) {
  llvm::Function* fn = callee == current_ && selfCalls_ ? selfCalls_ : functions_.at(callee);
  auto P = builder_.getPtrTy();
  bool varargin = !callee->paramNames.empty() && callee->paramNames.back() == "varargin";
  bool varargout = !callee->outputNames.empty() && callee->outputNames.back() == "varargout";
  bool dynamic = anySpliced(i);
  const char* misuse = nullptr;
  size_t nargin = prefix.size() + i.operands.size() - first;
  if (nargin > callee->params.size() && !varargin && !dynamic) misuse = "Too many input arguments.";
  else if (i.nargout > callee->outputNames.size() && !varargout) misuse = "Too many output arguments.";
  if (misuse) {
    // MATLAB's error when the call runs (it may never).
    errorText(misuse, i);
  }
  std::vector<llvm::Value*> args = {llvm::ConstantFP::get(builder_.getDoubleTy(), static_cast<double>(nargin)),
                                    llvm::ConstantFP::get(builder_.getDoubleTy(), static_cast<double>(i.nargout))};
  size_t named = callee->params.size() - (varargin ? 1 : 0);
  llvm::Value* list = nullptr;
  if (dynamic) {
    // f(c{:}): the arguments are counted and handed out at run time.
    list = argumentList(i, first);
    for (size_t k = first; k < i.operands.size(); ++k)  // a call consumes its operands: the list holds them now
      if (value(i.operands[k])->getType()->isPointerTy()) temps_.push_back(value(i.operands[k]));
    if (!varargin)
      builder_.CreateCall(runtime("mcc_list_check_args", builder_.getVoidTy(), {P, builder_.getInt64Ty(), P}),
                          {list, builder_.getInt64(named > prefix.size() ? named - prefix.size() : 0), site(i)});
    llvm::Value* count = builder_.CreateUIToFP(loadField(list, kNumel, builder_.getInt64Ty()), builder_.getDoubleTy());
    args[0] = builder_.CreateFAdd(count, llvm::ConstantFP::get(builder_.getDoubleTy(), static_cast<double>(prefix.size())));
  }
  for (size_t k = 0; k < callee->params.size(); ++k) {
    llvm::Type* want = fn->getArg(static_cast<unsigned>(k + 2))->getType();
    if (k < prefix.size()) {
      // A captured value: boxed (a new reference), or a scalar of the closure made here.
      llvm::Value* c = prefix[k];
      if (!c->getType()->isPointerTy()) args.push_back(want->isPointerTy() ? box(c) : coerce(builder_, c, want));
      else args.push_back(want->isPointerTy() ? c : coerce(builder_, unbox(c, scalarOf(want), i), want));
      continue;
    }
    if (varargin && k == named) {
      // varargin: the arguments past the named ones, as one cell ({} when none).
      if (list) {
        args.push_back(builder_.CreateCall(runtime("mcc_list_tail", P, {P, builder_.getInt64Ty()}), {list, builder_.getInt64(k - prefix.size())}));
        continue;
      }
      std::vector<llvm::Value*> extra;
      for (size_t j = named; j < nargin; ++j) {
        const Instr* o = i.operands[j - prefix.size() + first];
        extra.push_back(borrowed(o, i));
        if (value(o)->getType()->isPointerTy()) temps_.push_back(extra.back());  // consumed: the cell holds it
      }
      llvm::Value* rows = constantArray({extra.size()}, 64);
      args.push_back(builder_.CreateCall(runtime("mcc_cell_literal", P, {builder_.getInt64Ty(), P, P, P, P}),
                                         {builder_.getInt64(1), rows, ptrArray(extra), llvm::ConstantPointerNull::get(P), site(i)}));
      continue;
    }
    if (list) {
      llvm::Value* a = builder_.CreateCall(runtime("mcc_list_arg", P, {P, builder_.getInt64Ty()}), {list, builder_.getInt64(k - prefix.size())});
      args.push_back(want->isPointerTy() ? a : coerce(builder_, unbox(a, scalarOf(want), i), want));
      continue;
    }
    if (k >= nargin) {
      args.push_back(llvm::Constant::getNullValue(want));
      continue;
    }
    const Instr* o = i.operands[k - prefix.size() + first];
    if (want->isPointerTy()) {
      if (value(o)->getType()->isPointerTy()) checkDefined(o, i);
      args.push_back(owned(o));
    } else if (want->isStructTy()) {
      args.push_back(packComplex(builder_, complexParts(o, i)));
    } else {
      args.push_back(coerce(builder_, value(o)->getType()->isPointerTy() ? asDouble(o) : value(o), want));
    }
  }
  // A program that catches errors keeps the calls in progress for
  // MException.stack (one that cannot catch pays nothing).
  if (unwinding_) builder_.CreateCall(runtime("mcc_call_enter", builder_.getVoidTy(), {P}), {site(i)});
  llvm::Value* r = builder_.CreateCall(fn, args);
  if (unwinding_) builder_.CreateCall(runtime("mcc_call_leave", builder_.getVoidTy(), {}), {});
  // The outputs: each one asked for must have been assigned; the rest are
  // released (output 0 of a statement call becomes ans when it exists).
  std::vector<llvm::Value*> outs;
  if (resultTypes(*callee).size() > 1) {  // (one maybe-complex result is a struct too)
    for (unsigned k = 0; k < r->getType()->getStructNumElements(); ++k) outs.push_back(builder_.CreateExtractValue(r, {k}));
  } else if (!r->getType()->isVoidTy()) {
    outs.push_back(r);
  }
  uint32_t asked = i.nargout;
  size_t fixed = varargout ? outs.size() - 1 : outs.size();
  for (size_t k = 0; k < fixed; ++k) {
    if (k < asked && outs[k]->getType()->isPointerTy()) {
      llvm::Function* here = builder_.GetInsertBlock()->getParent();
      llvm::BasicBlock* bad = llvm::BasicBlock::Create(ctx_, "unassigned", here);
      llvm::BasicBlock* good = llvm::BasicBlock::Create(ctx_, "assigned", here);
      builder_.CreateCondBr(builder_.CreateIsNull(outs[k]), bad, good);
      builder_.SetInsertPoint(bad);
      builder_.CreateCall(runtime("mcc_error_unassigned_output", builder_.getVoidTy(), {builder_.getPtrTy(), builder_.getPtrTy(), builder_.getPtrTy()}, true),
                          {text(callee->outputNames[k]), text(callee->ast ? std::string(callee->ast->name) : callee->name), site(i)});
      builder_.CreateUnreachable();
      builder_.SetInsertPoint(good);
    }
  }
  if (varargout) {
    // The outputs past the named ones come from the varargout cell.
    llvm::Value* cell = outs.back();
    outs.pop_back();
    std::string fname = callee->ast ? std::string(callee->ast->name) : callee->name;
    for (size_t k = fixed; k < std::max<size_t>(asked, 1); ++k)
      outs.push_back(builder_.CreateCall(runtime("mcc_varargout_get", P, {P, builder_.getInt64Ty(), builder_.getInt32Ty(), P, P}),
                                         {cell, builder_.getInt64(k - fixed), builder_.getInt32(asked > 0), text(fname), site(i)}));
    release(cell);
  }
  if (isAggregateCall(&i)) {
    keepOutputs(i, outs);
    return nullptr;
  }
  if (outs.empty() || i.type.noValue) {
    for (llvm::Value* o : outs)
      if (o->getType()->isPointerTy()) release(o);
    return nullptr;
  }
  for (size_t k = 1; k < outs.size(); ++k)
    if (outs[k]->getType()->isPointerTy()) release(outs[k]);
  llvm::Value* v = outs[0];
  if (v->getType()->isPointerTy() == boxed(&i)) return boxed(&i) ? v : coerce(builder_, v, typeOf(i.type));
  return boxed(&i) ? box(v) : unbox(v, i.type, i);
}

// ------------------------------------------------------- function handles
//
// A handle value is made by the runtime (mcc_handle_create) from a boxed
// entry point: mcc_bi_NAME for a builtin, else a wrapper generated here
// around the target's specialisation for unknown arguments. A call of a
// handle whose target inference knows calls that target directly (its
// specialisation for the call's argument types, captured values first);
// any other goes through mcc_call_handle.

llvm::Value* Codegen::makeHandle(const Instr& i) {
  auto P = builder_.getPtrTy();
  auto I32 = builder_.getInt32Ty();
  llvm::Value* entry;
  std::string handleText;
  if (i.op == Op::FuncHandle && i.callee == ir::Callee::Builtin) {
    entry = runtime(builtinSymbol(i.name).c_str(), builder_.getVoidTy(), {I32, P, I32, P, P}).getCallee();
    handleText = i.constant.text;
  } else {
    const ir::Function* target = byName_.at(i.name);
    entry = boxedEntry(target);
    handleText = i.op == Op::FuncHandle ? i.constant.text : target->handleText;
  }
  std::vector<llvm::Value*> captures;
  for (const Instr* o : i.operands) captures.push_back(borrowed(o, i));
  if (i.op == Op::FuncHandle && i.callee == ir::Callee::Builtin)
    return builder_.CreateCall(runtime("mcc_handle_create", P, {P, P, builder_.getInt64Ty(), P}),
                               {entry, text(handleText), builder_.getInt64(captures.size()), ptrArray(captures)});
  // A function of the program: nargin(f) and nargout(f) as MATLAB counts
  // them (negative with varargin, varargout); an anonymous function's
  // outputs are its body's, -1 (as nargout(@(x) ...) gives at compile time).
  const ir::Function* target = byName_.at(i.name);
  auto count = [](const std::vector<std::string>& names, size_t skip, const char* rest) {
    int32_t n = static_cast<int32_t>(names.size() - std::min(skip, names.size()));
    return n > 0 && names.back() == rest ? -n : n;
  };
  bool anonymous = !target->handleText.empty() && target->handleText[0] == '@';
  int32_t nargin = count(target->paramNames, target->captureCount, "varargin");
  int32_t nargout = anonymous ? -1 : count(target->outputNames, 0, "varargout");
  return builder_.CreateCall(
      runtime("mcc_handle_create_declared", P, {P, P, builder_.getInt64Ty(), P, I32, I32}),
      {entry, text(handleText), builder_.getInt64(captures.size()), ptrArray(captures), builder_.getInt32(nargin),
       builder_.getInt32(nargout)});
}

llvm::Value* Codegen::callHandle(const Instr& i) {
  auto P = builder_.getPtrTy();
  const Instr* h = i.operands[0];
  uint32_t nargout = i.nargout;
  if (byName_.count(i.name)) {
    const ir::Function* callee = byName_.at(i.name);
    std::vector<llvm::Value*> captures;
    for (uint32_t k = 0; k < callee->captureCount; ++k) {
      // The closure made in this function: a captured scalar is its value here.
      llvm::Type* t = h->op == Op::Closure && k < h->operands.size() ? value(h->operands[k])->getType() : P;
      if (t->isDoubleTy() || t->isIntegerTy()) {
        captures.push_back(value(h->operands[k]));
        continue;
      }
      captures.push_back(builder_.CreateCall(runtime("mcc_handle_capture", P, {P, builder_.getInt64Ty()}),
                                             {borrowed(h, i), builder_.getInt64(k)}));
    }
    return callUser(i, callee, captures, 1);
  }
  if (!i.name.empty() && ir::isRuntimeBuiltin(i.name)) return entryCall(i.name, i, nargout, 1, nullptr);
  return entryCall("", i, nargout, 1, borrowed(h, i));
}

llvm::Function* Codegen::boxedEntry(const ir::Function* f) {
  auto it = boxedEntries_.find(f);
  if (it != boxedEntries_.end()) return it->second;
  auto P = builder_.getPtrTy();
  auto I32 = builder_.getInt32Ty();
  auto* ty = llvm::FunctionType::get(builder_.getVoidTy(), {I32, P, I32, P, P}, false);
  auto* fn = llvm::Function::Create(ty, llvm::Function::InternalLinkage, functions_.at(f)->getName() + ".entry", module_.get());
  boxedEntries_[f] = fn;
  boxedEntryOrder_.push_back(f);
  return fn;
}

// The wrapper behind a handle: MATLAB's argument count errors, inputs
// retained into the target's parameters (missing ones NULL), outputs boxed
// into the caller's slots.
void Codegen::defineBoxedEntry(const ir::Function& f, llvm::Function* entry) {
  auto P = builder_.getPtrTy();
  auto I64 = builder_.getInt64Ty();
  auto D = builder_.getDoubleTy();
  builder_.SetCurrentDebugLocation(llvm::DebugLoc());
  builder_.SetInsertPoint(llvm::BasicBlock::Create(ctx_, "entry", entry));
  llvm::Value* nargout = entry->getArg(0);
  llvm::Value* out = entry->getArg(1);
  llvm::Value* nargin = entry->getArg(2);
  llvm::Value* in = entry->getArg(3);
  llvm::Value* where = entry->getArg(4);
  auto onlyIf = [&](llvm::Value* cond, const std::function<void()>& body) {
    llvm::BasicBlock* then = llvm::BasicBlock::Create(ctx_, "then", entry);
    llvm::BasicBlock* next = llvm::BasicBlock::Create(ctx_, "next", entry);
    builder_.CreateCondBr(cond, then, next);
    builder_.SetInsertPoint(then);
    body();
    if (!builder_.GetInsertBlock()->getTerminator()) builder_.CreateBr(next);
    builder_.SetInsertPoint(next);
  };
  auto fail = [&](const std::string& m) {
    builder_.CreateCall(runtime("mcc_error_text", builder_.getVoidTy(), {P, I64, P}, true), {text(m), builder_.getInt64(m.size()), where});
    builder_.CreateUnreachable();
  };
  llvm::Function* target = functions_.at(&f);
  size_t nparams = f.params.size();
  std::vector<ir::Type> results = resultTypes(f);
  builder_.CreateStore(llvm::ConstantPointerNull::get(P), out);
  // An anonymous function asked for several outputs: its call's, from the
  // function that gives them (Function::manyOutputs).
  if (auto many = byName_.find(f.manyOutputs); many != byName_.end())
    onlyIf(builder_.CreateICmpUGT(nargout, builder_.getInt32(1)), [&] {
      builder_.CreateCall(boxedEntry(many->second), {nargout, out, nargin, in, where});
      builder_.CreateRetVoid();
    });
  // varargin: the inputs past the named ones, as one cell ({} when none).
  bool varargin = !f.paramNames.empty() && f.paramNames.back() == "varargin";
  bool varargout = !f.outputNames.empty() && f.outputNames.back() == "varargout";
  if (!varargin)
    onlyIf(builder_.CreateICmpUGT(nargin, builder_.getInt32(static_cast<uint32_t>(nparams))), [&] { fail("Too many input arguments."); });
  if (!varargout)
    onlyIf(builder_.CreateICmpUGT(nargout, builder_.getInt32(static_cast<uint32_t>(results.size()))),
           [&] { fail("Too many output arguments."); });
  std::vector<llvm::Value*> args = {builder_.CreateUIToFP(nargin, D), builder_.CreateUIToFP(nargout, D)};
  for (size_t k = 0; k < nparams; ++k) {
    llvm::Type* want = target->getArg(static_cast<unsigned>(k + 2))->getType();
    if (varargin && k + 1 == nparams) {
      llvm::Value* list = builder_.CreateCall(runtime("mcc_list_build", P, {I64, P, P, P}),
                                              {builder_.CreateZExt(nargin, I64), in, llvm::ConstantPointerNull::get(P), where});
      args.push_back(builder_.CreateCall(runtime("mcc_list_tail", P, {P, I64}), {list, builder_.getInt64(k)}));
      builder_.CreateCall(runtime("mcc_array_release", builder_.getVoidTy(), {P}), {list});
      continue;
    }
    llvm::IRBuilder<> top(&entry->getEntryBlock(), entry->getEntryBlock().begin());
    llvm::Value* slot = top.CreateAlloca(want);
    builder_.CreateStore(llvm::Constant::getNullValue(want), slot);
    onlyIf(builder_.CreateICmpUGT(nargin, builder_.getInt32(static_cast<uint32_t>(k))), [&] {
      llvm::Value* a = builder_.CreateLoad(P, builder_.CreateConstGEP1_64(P, in, k));
      llvm::Value* v = want->isPointerTy()
                           ? builder_.CreateCall(runtime("mcc_array_retain", P, {P}), {a})
                           : coerce(builder_, builder_.CreateCall(runtime("mcc_array_to_double", D, {P, P}), {a, where}), want);
      builder_.CreateStore(v, slot);
    });
    args.push_back(builder_.CreateLoad(want, slot));
  }
  llvm::Value* r = builder_.CreateCall(target, args);
  std::vector<llvm::Value*> outs;
  if (r->getType()->isStructTy())
    for (unsigned k = 0; k < r->getType()->getStructNumElements(); ++k) outs.push_back(builder_.CreateExtractValue(r, {k}));
  else if (!r->getType()->isVoidTy())
    outs.push_back(r);
  llvm::Value* slots = builder_.CreateSelect(builder_.CreateICmpEQ(nargout, builder_.getInt32(0)), builder_.getInt32(1), nargout);
  if (varargout) {
    // The slots past the named outputs take the varargout cell's values.
    llvm::Value* cell = outs.back();
    outs.pop_back();
    uint32_t fixed = static_cast<uint32_t>(outs.size());
    llvm::BasicBlock* before = builder_.GetInsertBlock();
    llvm::BasicBlock* loop = llvm::BasicBlock::Create(ctx_, "varargout", entry);
    llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx_, "varargout.done", entry);
    builder_.CreateCondBr(builder_.CreateICmpULT(builder_.getInt32(fixed), slots), loop, done);
    builder_.SetInsertPoint(loop);
    llvm::PHINode* k = builder_.CreatePHI(builder_.getInt32Ty(), 2);
    k->addIncoming(builder_.getInt32(fixed), before);
    llvm::Value* v = builder_.CreateCall(
        runtime("mcc_varargout_get", P, {P, I64, builder_.getInt32Ty(), P, P}),
        {cell, builder_.CreateZExt(builder_.CreateSub(k, builder_.getInt32(fixed)), I64),
         builder_.CreateZExt(builder_.CreateICmpUGT(nargout, builder_.getInt32(0)), builder_.getInt32Ty()),
         text(f.ast ? std::string(f.ast->name) : f.name), where});
    builder_.CreateStore(v, builder_.CreateGEP(P, out, builder_.CreateZExt(k, I64)));
    llvm::Value* next = builder_.CreateAdd(k, builder_.getInt32(1));
    k->addIncoming(next, builder_.GetInsertBlock());
    builder_.CreateCondBr(builder_.CreateICmpULT(next, slots), loop, done);
    builder_.SetInsertPoint(done);
    release(cell);
  }
  for (size_t k = 0; k < outs.size(); ++k) {
    llvm::Value* v = outs[k];
    llvm::Value* kth = builder_.getInt32(static_cast<uint32_t>(k));
    bool isPtr = v->getType()->isPointerTy();
    llvm::BasicBlock* keep = llvm::BasicBlock::Create(ctx_, "keep", entry);
    llvm::BasicBlock* drop = llvm::BasicBlock::Create(ctx_, "drop", entry);
    llvm::BasicBlock* next = llvm::BasicBlock::Create(ctx_, "next", entry);
    builder_.CreateCondBr(builder_.CreateICmpULT(kth, slots), keep, drop);
    builder_.SetInsertPoint(keep);
    if (isPtr)
      onlyIf(builder_.CreateAnd(builder_.CreateICmpULT(kth, nargout), builder_.CreateIsNull(v)), [&] {
        builder_.CreateCall(runtime("mcc_error_unassigned_output", builder_.getVoidTy(), {P, P, P}, true),
                            {text(f.outputNames[k]), text(f.ast ? std::string(f.ast->name) : f.name), where});
        builder_.CreateUnreachable();
      });
    builder_.CreateStore(isPtr ? v : box(v), builder_.CreateConstGEP1_64(P, out, k));
    builder_.CreateBr(next);
    builder_.SetInsertPoint(drop);
    if (isPtr) release(v);
    builder_.CreateBr(next);
    builder_.SetInsertPoint(next);
  }
  builder_.CreateRetVoid();
}

// ------------------------------------------------------------- errors
//
// In a program with try/catch, a run-time error inside a try region is a
// C++ exception (runtime.h, "try/catch"). Each call that may raise one
// becomes an invoke whose landing pad releases what this frame owns at that
// point (the plan's ownedDuring, plus the instruction's boxed temporaries
// made before the call), then either resumes unwinding or, when the block is
// in a try region, catches the error (mcc_catch) and enters the handler by
// the edge of the block's TryBr, whose phis take the variables' values from
// there. The values that edge needs are kept alive through the block by the
// ownership plan and are not released here.

bool Codegen::mayRaise(const llvm::CallInst* c) {
  const llvm::Function* callee = c->getCalledFunction();
  if (!callee) return true;
  llvm::StringRef n = callee->getName();
  if (n == "mcc.complex_of") return true;  // mcc_array_to_double checks the value
  if (!n.starts_with("mcc_")) return false;  // LLVM intrinsics, libm, mcc.box_complex
  static const std::set<std::string> never = {
      "mcc_array_retain", "mcc_array_release", "mcc_array_from_scalar", "mcc_array_from_bool", "mcc_array_from_complex",
      "mcc_array_from_string", "mcc_array_empty", "mcc_colon", "mcc_array_make_static", "mcc_try_enter", "mcc_try_leave",
      "mcc_call_enter", "mcc_call_leave",
      "mcc_catch", "mcc_handle_create", "mcc_handle_create_declared", "mcc_handle_capture", "mcc_display_scalar", "mcc_disp_text", "mcc_array_end",
      "mcc_for_count", "mcc_for_column", "mcc_init", "mcc_finish", "mcc_global_get", "mcc_global_set"};
  return !never.count(n.str());
}

llvm::Value* Codegen::addLandingPads(const Instr& i, const OwnershipPlan& plan, llvm::Value* result) {
  std::vector<llvm::CallInst*> calls;
  for (llvm::CallInst* c : newCalls_)
    if (mayRaise(c)) calls.push_back(c);
  newCalls_.clear();
  if (calls.empty()) return result;
  auto P = builder_.getPtrTy();
  auto dest = unwindDest_.find(i.parent);
  llvm::BasicBlock* handlerEdge = dest == unwindDest_.end() ? nullptr : dest->second;
  std::set<const Instr*> keep;
  if (auto k = plan.unwindKeep.find(i.parent); handlerEdge && k != plan.unwindKeep.end()) keep.insert(k->second.begin(), k->second.end());
  std::vector<llvm::Value*> owned;
  if (auto o = plan.ownedDuring.find(&i); o != plan.ownedDuring.end())
    for (const Instr* v : o->second)
      if (v != &i && !keep.count(v) && values_.count(v)) owned.push_back(value(v));
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::BasicBlock* at = builder_.GetInsertBlock();
  // What each call's pad releases, decided before any call is split off.
  std::vector<std::vector<llvm::Value*>> releases;
  std::vector<llvm::Value*> temps = temps_;
  temps.insert(temps.end(), errorPathTemps_.begin(), errorPathTemps_.end());
  // Operands' values among the temporaries (references an argument list
  // or a varargin cell took over) exist before any of the calls, perhaps
  // in an earlier block.
  std::set<llvm::Value*> operands;
  for (const Instr* o : i.operands)
    if (auto v = values_.find(o); v != values_.end()) operands.insert(v->second);
  for (llvm::CallInst* c : calls) {
    std::vector<llvm::Value*> release = owned;
    if (auto extra = raiseReleases_.find(c); extra != raiseReleases_.end())
      release.insert(release.end(), extra->second.begin(), extra->second.end());
    for (llvm::Value* t : temps) {  // temporaries made before the call, in its block, and the operands'
      auto* made = llvm::dyn_cast<llvm::Instruction>(t);
      if (operands.count(t) || (made && made != c && made->getParent() == c->getParent() && made->comesBefore(c)))
        release.push_back(t);
    }
    releases.push_back(release);
  }
  std::map<llvm::Value*, llvm::Value*> replaced;
  for (size_t n = 0; n < calls.size(); ++n) {
    llvm::CallInst* c = calls[n];
    std::vector<llvm::Value*> release = releases[n];
    for (llvm::Value*& v : release)
      if (replaced.count(v)) v = replaced.at(v);
    if (release.empty() && !handlerEdge) continue;  // unwinding passes through this frame
    if (!fn->hasPersonalityFn())
      fn->setPersonalityFn(llvm::cast<llvm::Constant>(
          module_->getOrInsertFunction("__gxx_personality_v0", llvm::FunctionType::get(builder_.getInt32Ty(), true)).getCallee()));
    llvm::BasicBlock* pad = llvm::BasicBlock::Create(ctx_, handlerEdge ? "catch" : "cleanup", fn);
    llvm::IRBuilder<> pb(pad);
    pb.SetCurrentDebugLocation(c->getDebugLoc());
    llvm::LandingPadInst* lp = pb.CreateLandingPad(llvm::StructType::get(ctx_, {P, builder_.getInt32Ty()}), 1);
    for (llvm::Value* v : release) pb.CreateCall(runtime("mcc_array_release", builder_.getVoidTy(), {P}), {v});
    if (handlerEdge) {
      lp->addClause(llvm::ConstantPointerNull::get(P));
      llvm::Value* err = pb.CreateCall(runtime("mcc_catch", P, {P}), {pb.CreateExtractValue(lp, {0})});
      pb.CreateStore(err, exnSlot_);
      pb.CreateBr(handlerEdge);
    } else {
      lp->setCleanup(true);
      pb.CreateResume(lp);
    }
    // The call becomes an invoke ending its block; what followed it moves on.
    llvm::BasicBlock* bb = c->getParent();
    llvm::BasicBlock* cont = llvm::BasicBlock::Create(ctx_, "cont", fn, bb->getNextNode());
    cont->splice(cont->end(), bb, std::next(c->getIterator()), bb->end());
    for (llvm::BasicBlock* succ : llvm::successors(cont)) succ->replacePhiUsesWith(bb, cont);
    std::vector<llvm::Value*> args(c->arg_begin(), c->arg_end());
    llvm::InvokeInst* inv = llvm::InvokeInst::Create(c->getFunctionType(), c->getCalledOperand(), cont, pad, args, "", bb);
    inv->setAttributes(c->getAttributes());
    inv->setDebugLoc(c->getDebugLoc());
    c->replaceAllUsesWith(inv);
    replaced[c] = inv;
    // Where this instruction's emission kept the call, it is the invoke now.
    for (llvm::Value*& t : temps_)
      if (t == c) t = inv;
    if (auto o = outputs_.find(&i); o != outputs_.end())
      for (llvm::Value*& v : o->second)
        if (v == c) v = inv;
    if (result == c) result = inv;
    c->eraseFromParent();
    if (at == bb) at = cont;
  }
  builder_.SetInsertPoint(at);
  return result;
}

// x(k) and x(r, c) of a real double array by scalar indices, inline; other
// cases (and every error) go to `slow`.
llvm::Value* Codegen::fastIndex(const Instr& i, llvm::Value* x, size_t first, llvm::BasicBlock* slow, llvm::Value** isComplex) {
  auto I64 = builder_.getInt64Ty();
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  auto check = [&](llvm::Value* ok) {
    llvm::BasicBlock* next = llvm::BasicBlock::Create(ctx_, "idx", fn);
    builder_.CreateCondBr(ok, next, slow);
    builder_.SetInsertPoint(next);
  };
  check(builder_.CreateIsNotNull(x));
  llvm::Value* cls = loadField(x, kClass, builder_.getInt32Ty());
  llvm::Value* cx = loadField(x, kComplex, builder_.getInt8Ty());
  if (isComplex) {
    check(builder_.CreateICmpEQ(cls, builder_.getInt32(MCC_CLASS_DOUBLE)));
    *isComplex = builder_.CreateICmpNE(cx, builder_.getInt8(0));
  } else {
    check(builder_.CreateAnd(builder_.CreateICmpEQ(cls, builder_.getInt32(MCC_CLASS_DOUBLE)), builder_.CreateICmpEQ(cx, builder_.getInt8(0))));
  }
  // An array a GPU kernel left on the device only: a runtime call
  // (mcc_array_numel) fetches it first. `slow` is for errors only.
  llvm::Value* where = loadField(x, kResidency, builder_.getInt8Ty());
  llvm::BasicBlock* fetch = llvm::BasicBlock::Create(ctx_, "idx.fetch", fn);
  llvm::BasicBlock* onHost = llvm::BasicBlock::Create(ctx_, "idx", fn);
  builder_.CreateCondBr(builder_.CreateICmpNE(builder_.CreateAnd(where, builder_.getInt8(MCC_RESIDENT_HOST)), builder_.getInt8(0)),
                        onHost, fetch);
  builder_.SetInsertPoint(fetch);
  builder_.CreateCall(runtime("mcc_array_numel", I64, {builder_.getPtrTy()}), {x});
  builder_.CreateBr(onHost);
  builder_.SetInsertPoint(onHost);
  size_t n = i.operands.size() - first;
  // Each index: an integer >= 1 (as a double, exactly).
  std::vector<llvm::Value*> idx;
  for (size_t k = 0; k < n; ++k) {
    llvm::Value* d = asDouble(i.operands[first + k]);
    // Saturating: a NaN or an index past int64 (x(1e20)) converts to a
    // value that fails the exactness test and takes the error path, where a
    // plain fptosi would be poison.
    llvm::Value* v = builder_.CreateIntrinsic(llvm::Intrinsic::fptosi_sat, {I64, d->getType()}, {d});
    check(builder_.CreateAnd(builder_.CreateFCmpOGE(d, llvm::ConstantFP::get(builder_.getDoubleTy(), 1.0)),
                             builder_.CreateFCmpOEQ(builder_.CreateSIToFP(v, builder_.getDoubleTy()), d)));
    idx.push_back(builder_.CreateSub(v, builder_.getInt64(1)));
  }
  llvm::Value* numel = loadField(x, kNumel, I64);
  llvm::Value* linear;
  if (n == 1) {
    linear = idx[0];
  } else {
    llvm::Value* dims = loadField(x, kDims, builder_.getPtrTy());
    auto* rows = builder_.CreateLoad(I64, dims);
    rows->setMetadata(llvm::LLVMContext::MD_tbaa, tbaaField_);
    // Two subscripts of an N-d array see its trailing dims folded into the
    // second (A(1,7) of a 2x3x4 A): in range exactly when i < rows and the
    // linear index < numel, whatever ndims is.
    check(builder_.CreateICmpULT(idx[0], rows));
    linear = builder_.CreateAdd(builder_.CreateMul(idx[1], rows), idx[0]);
  }
  check(builder_.CreateICmpULT(linear, numel));
  llvm::Value* data = loadField(x, kData, builder_.getPtrTy());
  if (isComplex) linear = builder_.CreateShl(linear, builder_.CreateZExt(*isComplex, I64));  // (re, im) pairs
  return builder_.CreateGEP(builder_.getDoubleTy(), data, linear);
}

llvm::Value* Codegen::subsref(const Instr& i) {
  auto P = builder_.getPtrTy();
  const Instr* base = i.operands[0];
  // h(c{:}) of a handle whose target is known: a direct call, which counts
  // the arguments at run time (and consumes them, as every call does).
  if (base->type.cls == Class::FunctionHandle && byName_.count(i.name)) return callHandle(i);
  if (anySpliced(i)) {  // x(idx{:}): the indices counted at run time
    llvm::Value* x = borrowed(base, i);
    llvm::Value* list = argumentList(i, 1);
    return result(i, builder_.CreateCall(runtime("mcc_subsref", P, {P, builder_.getInt64Ty(), P, P}),
                                         {x, loadField(list, kNumel, builder_.getInt64Ty()), loadField(list, kData, P), site(i)}));
  }
  if (base->type.cls == Class::FunctionHandle) return callHandle(i);
  size_t n = i.operands.size() - 1;
  bool fast = !boxed(&i) && i.type.cls == Class::Double && (n == 1 || n == 2) && isRealDouble(base->type);
  // An element of a double array not proven real, as a maybe-complex scalar.
  bool complexFast = !boxed(&i) && !i.forUpdate && isComplexScalar(i.type) && (n == 1 || n == 2) && base->type.cls == Class::Double &&
                     base->type.sp == ir::Sparsity::Full && base->type.object.empty();
  for (size_t k = 1; k < i.operands.size(); ++k) complexFast &= isRealScalar(i.operands[k]->type, Class::Double);
  fast |= complexFast;
  for (size_t k = 1; k < i.operands.size(); ++k) fast &= isRealScalar(i.operands[k]->type, Class::Double);
  llvm::Value* x = borrowed(base, i);
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::BasicBlock* slow = fast ? llvm::BasicBlock::Create(ctx_, "subsref.slow", fn) : nullptr;
  llvm::BasicBlock* done = fast ? llvm::BasicBlock::Create(ctx_, "subsref.done", fn) : nullptr;
  llvm::Value* fastValue = nullptr;
  llvm::BasicBlock* fastEnd = nullptr;
  if (complexFast) {
    // The runtime narrows what it indexes: complex only where im != 0.
    llvm::Value* isComplex = nullptr;
    llvm::Value* re = fastIndex(i, x, 1, slow, &isComplex);
    llvm::Value* im = builder_.CreateSelect(isComplex, builder_.CreateConstGEP1_64(builder_.getDoubleTy(), re, 1), re);
    im = builder_.CreateSelect(isComplex, loadElement(im), llvm::ConstantFP::get(builder_.getDoubleTy(), 0.0));
    fastValue = packComplex(builder_, narrowed(builder_, loadElement(re), im));
    fastEnd = builder_.GetInsertBlock();
    builder_.CreateBr(done);
    builder_.SetInsertPoint(slow);
  } else if (fast) {
    fastValue = loadElement(fastIndex(i, x, 1, slow));
    fastEnd = builder_.GetInsertBlock();
    builder_.CreateBr(done);
    builder_.SetInsertPoint(slow);
  }
  size_t tempsBefore = temps_.size();
  std::vector<llvm::Value*> idx;
  for (size_t k = 1; k < i.operands.size(); ++k) idx.push_back(borrowed(i.operands[k], i));
  if (fast) {
    // The error path never comes back to release them (a landing pad does).
    errorPathTemps_.assign(temps_.begin() + static_cast<long>(tempsBefore), temps_.end());
    temps_.resize(tempsBefore);
    // A real double array by scalar indices leaves the fast path only for
    // MATLAB's errors (index out of bounds, not an integer): a call that
    // does not return keeps the loop around it free of calls for LLVM.
    builder_.CreateCall(runtime("mcc_subsref_error", builder_.getVoidTy(), {P, builder_.getInt64Ty(), P, P}, true),
                        {x, builder_.getInt64(idx.size()), ptrArray(idx), site(i)});
    builder_.CreateUnreachable();
    builder_.SetInsertPoint(done);
    llvm::PHINode* phi = builder_.CreatePHI(fastValue->getType(), 1);
    phi->addIncoming(fastValue, fastEnd);
    return phi;
  }
  // A statement `s.f(args)` of a value that may be a handle asks it for no outputs.
  const char* entry = i.forUpdate ? "mcc_subsref_update"
                   : i.nargout == 0 && base->type.cls == Class::Unknown ? "mcc_subsref_statement"
                                                                        : "mcc_subsref";
  return result(i, builder_.CreateCall(runtime(entry, P, {P, builder_.getInt64Ty(), P, P}),
                                       {x, builder_.getInt64(idx.size()), ptrArray(idx), site(i)}));
}

// ------------------------------------------------------ cells and structs

llvm::Value* Codegen::constantArray(const std::vector<uint64_t>& v, unsigned bits) {
  std::vector<uint8_t> bytes(v.begin(), v.end());
  llvm::Constant* data = bits == 8 ? llvm::ConstantDataArray::get(ctx_, bytes) : llvm::ConstantDataArray::get(ctx_, v);
  return new llvm::GlobalVariable(*module_, data->getType(), true, llvm::GlobalValue::PrivateLinkage, data, "consts");
}

// The operands from `first` on, lists expanded, as one cell (released after
// the instruction).
llvm::Value* Codegen::argumentList(const Instr& i, size_t first) {
  auto P = builder_.getPtrTy();
  std::vector<llvm::Value*> items;
  std::vector<uint64_t> flags;
  for (size_t k = first; k < i.operands.size(); ++k) {
    items.push_back(borrowed(i.operands[k], i));
    flags.push_back(spliced(i, k));
  }
  llvm::Value* list = builder_.CreateCall(runtime("mcc_list_build", P, {builder_.getInt64Ty(), P, P, P}),
                                          {builder_.getInt64(items.size()), ptrArray(items), constantArray(flags, 8), site(i)});
  temps_.push_back(list);
  return list;
}

// {a, b; c} and [a, c{:}]: rows of items, lists spliced at run time.
// A rectangular [...] of real double and logical constants (a table in the
// source): its elements as one constant array, copied into a new array,
// instead of boxing each and concatenating (thousands of elements made
// code that took seconds to optimise). double if any element is double,
// as concatenation gives; NULL when the literal is not of that kind.
llvm::Value* Codegen::constantMatrix(const Instr& i) {
  const size_t rows = i.rowSizes.size(), cols = rows ? i.rowSizes[0] : 0;
  if (rows == 0 || cols == 0 || rows * cols < 2) return nullptr;
  bool anyDouble = false;
  for (uint32_t count : i.rowSizes)
    if (count != cols) return nullptr;
  // An element's value: a real double or logical constant, true/false, or
  // a negated double constant (-1.5 is uminus of 1.5).
  auto value = [](const Instr* e) -> std::optional<double> {
    bool negate = false;
    if (e->op == Op::Unary && e->unary == UnaryOp::UMinus && e->operands[0]->op == Op::Const &&
        e->operands[0]->constant.kind == ir::Constant::Double && e->type.cls == Class::Double) {
      negate = true;
      e = e->operands[0];
    }
    if (e->op == Op::Call && e->callee == ir::Callee::Builtin && e->operands.empty() &&
        (e->name == "true" || e->name == "false"))
      return e->name == "true" ? 1.0 : 0.0;
    if (e->op != Op::Const || e->constant.complex || !e->constant.intClass.empty() ||
        (e->constant.kind != ir::Constant::Double && e->constant.kind != ir::Constant::Logical))
      return std::nullopt;
    return negate ? -e->constant.real : e->constant.real;
  };
  std::vector<double> values;
  values.reserve(i.operands.size());
  for (const Instr* e : i.operands) {
    std::optional<double> v = value(e);
    if (!v) return nullptr;
    values.push_back(*v);
    anyDouble |= e->type.cls == Class::Double;
  }
  if (i.type.cls != (anyDouble ? Class::Double : Class::Logical)) return nullptr;
  // Column-major: element (r, c) is operand r * cols + c.
  llvm::Constant* data;
  if (anyDouble) {
    std::vector<double> v(rows * cols);
    for (size_t r = 0; r < rows; ++r)
      for (size_t c = 0; c < cols; ++c) v[c * rows + r] = values[r * cols + c];
    data = llvm::ConstantDataArray::get(ctx_, v);
  } else {
    std::vector<uint8_t> v(rows * cols);
    for (size_t r = 0; r < rows; ++r)
      for (size_t c = 0; c < cols; ++c) v[c * rows + r] = values[r * cols + c] != 0;
    data = llvm::ConstantDataArray::get(ctx_, v);
  }
  auto* global = new llvm::GlobalVariable(*module_, data->getType(), /*isConstant=*/true,
                                          llvm::GlobalValue::PrivateLinkage, data, "matrix");
  global->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  llvm::Type* P = builder_.getPtrTy();
  llvm::Value* a = newMatrix(rows, cols, anyDouble ? MCC_CLASS_DOUBLE : MCC_CLASS_LOGICAL);
  const uint64_t bytes = rows * cols * (anyDouble ? sizeof(double) : 1);
  builder_.CreateMemCpy(loadField(a, kData, P), llvm::MaybeAlign(8), global, llvm::MaybeAlign(8), bytes);
  return a;
}

// A new rows x cols array of class `cls` (zeros, for the caller to fill).
llvm::Value* Codegen::newMatrix(size_t rows, size_t cols, uint32_t cls) {
  llvm::Type* i64 = builder_.getInt64Ty();
  llvm::Type* P = builder_.getPtrTy();
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::IRBuilder<> entry(&fn->getEntryBlock(), fn->getEntryBlock().begin());
  llvm::Value* dims = entry.CreateAlloca(i64, builder_.getInt32(2), "dims");
  builder_.CreateStore(builder_.getInt64(rows), dims);
  builder_.CreateStore(builder_.getInt64(cols), builder_.CreateConstGEP1_64(i64, dims, 1));
  return builder_.CreateCall(runtime("mcc_array_create", P, {builder_.getInt32Ty(), builder_.getInt32Ty(), P}),
                             {builder_.getInt32(cls), builder_.getInt32(2), dims});
}

// [x y; z w] of real double or logical scalars in registers (a small
// array ScalarizeSmallArrays rebuilds for a use that needs the array): one
// new array with the elements stored, no runtime concatenation.
llvm::Value* Codegen::scalarMatrix(const Instr& i) {
  const size_t rows = i.rowSizes.size(), cols = rows ? i.rowSizes[0] : 0;
  if (rows * cols < 2 || i.operands.size() != rows * cols || anySpliced(i)) return nullptr;
  for (uint32_t count : i.rowSizes)
    if (count != cols) return nullptr;
  bool logical = i.type.cls == Class::Logical;
  if (!logical && i.type.cls != Class::Double) return nullptr;
  for (const Instr* e : i.operands)
    if (!isNumberScalar(e->type) || value(e)->getType()->isPointerTy() || (logical && e->type.cls != Class::Logical))
      return nullptr;
  llvm::Value* a = newMatrix(rows, cols, logical ? MCC_CLASS_LOGICAL : MCC_CLASS_DOUBLE);
  llvm::Value* data = loadField(a, kData, builder_.getPtrTy());
  // Column-major: element (r, c) is operand r * cols + c.
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) {
      const Instr* e = i.operands[r * cols + c];
      if (logical)
        builder_.CreateStore(builder_.CreateZExt(coerce(builder_, value(e), builder_.getInt1Ty()), builder_.getInt8Ty()),
                             builder_.CreateConstGEP1_64(builder_.getInt8Ty(), data, c * rows + r));
      else
        storeElement(asDouble(e), builder_.CreateConstGEP1_64(builder_.getDoubleTy(), data, c * rows + r));
    }
  return a;
}

llvm::Value* Codegen::literal(const Instr& i, const char* runtimeFn) {
  auto P = builder_.getPtrTy();
  std::vector<llvm::Value*> items;
  std::vector<uint64_t> flags;
  for (size_t k = 0; k < i.operands.size(); ++k) {
    items.push_back(borrowed(i.operands[k], i));
    flags.push_back(spliced(i, k));
  }
  std::vector<uint64_t> rows(i.rowSizes.begin(), i.rowSizes.end());
  llvm::Value* r = builder_.CreateCall(runtime(runtimeFn, P, {builder_.getInt64Ty(), P, P, P, P}),
                                       {builder_.getInt64(rows.size()), rows.empty() ? llvm::ConstantPointerNull::get(P) : constantArray(rows, 64),
                                        ptrArray(items), constantArray(flags, 8), site(i)});
  return result(i, r);
}

std::vector<llvm::Value*> Codegen::indices(const Instr& i, size_t first) {
  std::vector<llvm::Value*> idx;
  for (size_t k = first; k < i.operands.size(); ++k) idx.push_back(borrowed(i.operands[k], i));
  return idx;
}

llvm::Value* Codegen::cellRef(const Instr& i) {
  auto P = builder_.getPtrTy();
  auto I64 = builder_.getInt64Ty();
  llvm::Value* c = borrowed(i.operands[0], i);
  std::vector<llvm::Value*> idx = indices(i, 1);
  if (i.list && !ir::isSingleValue(i))
    return builder_.CreateCall(runtime("mcc_cellref_list", P, {P, I64, P, P}), {c, builder_.getInt64(idx.size()), ptrArray(idx), site(i)});
  return result(i, builder_.CreateCall(runtime("mcc_cellref", P, {P, I64, P, builder_.getInt32Ty(), P}),
                                       {c, builder_.getInt64(idx.size()), ptrArray(idx), builder_.getInt32(i.forUpdate), site(i)}));
}

llvm::Value* Codegen::fieldRef(const Instr& i) {
  auto P = builder_.getPtrTy();
  auto I64 = builder_.getInt64Ty();
  auto I32 = builder_.getInt32Ty();
  llvm::Value* s = i.operands[0]->op == Op::Undef && i.forUpdate ? llvm::ConstantPointerNull::get(P) : borrowed(i.operands[0], i);
  bool list = i.list && !ir::isSingleValue(i);
  llvm::Value* flags = builder_.getInt32((i.forUpdate ? MCC_FIELD_FOR_UPDATE : 0) | (i.called ? MCC_FIELD_CALLED : 0));
  llvm::Value* r;
  if (i.dynamicField) {
    llvm::Value* name = borrowed(i.operands[1], i);
    r = list ? builder_.CreateCall(runtime("mcc_getfield_dynamic_list", P, {P, P, P}), {s, name, site(i)})
             : builder_.CreateCall(runtime("mcc_getfield_dynamic", P, {P, P, I32, P}), {s, name, flags, site(i)});
  } else {
    llvm::Value* name = text(i.name);
    r = list ? builder_.CreateCall(runtime("mcc_getfield_list", P, {P, P, I64, P}), {s, name, builder_.getInt64(i.name.size()), site(i)})
             : builder_.CreateCall(runtime("mcc_getfield", P, {P, P, I64, I32, P}),
                                   {s, name, builder_.getInt64(i.name.size()), flags, site(i)});
  }
  return list ? r : result(i, r);
}

llvm::Value* Codegen::cellAsgn(const Instr& i) {
  auto P = builder_.getPtrTy();
  llvm::Value* c = owned(i.operands[0]);
  llvm::Value* v = borrowed(i.operands[1], i);
  std::vector<llvm::Value*> idx = indices(i, 2);
  return builder_.CreateCall(runtime("mcc_cellasgn", P, {P, P, builder_.getInt64Ty(), P, P}),
                             {c, v, builder_.getInt64(idx.size()), ptrArray(idx), site(i)});
}

llvm::Value* Codegen::setField(const Instr& i) {
  auto P = builder_.getPtrTy();
  llvm::Value* s = owned(i.operands[0]);
  llvm::Value* v = borrowed(i.operands[1], i);
  if (i.dynamicField)
    return builder_.CreateCall(runtime("mcc_setfield_dynamic", P, {P, P, P, P}), {s, v, borrowed(i.operands[2], i), site(i)});
  return builder_.CreateCall(runtime("mcc_setfield", P, {P, P, P, builder_.getInt64Ty(), P}),
                             {s, v, text(i.name), builder_.getInt64(i.name.size()), site(i)});
}

llvm::Value* Codegen::subsasgn(const Instr& i) {
  auto P = builder_.getPtrTy();
  const Instr* base = i.operands[0];
  size_t n = i.operands.size() - 2;
  // A maybe-complex value goes into a complex array, or into a real one when it is not complex.
  bool complexValue = isComplexScalar(i.operands[1]->type) && !value(i.operands[1])->getType()->isPointerTy();
  bool fast = (n == 1 || n == 2) && (isRealScalar(i.operands[1]->type, Class::Double) || complexValue);
  for (size_t k = 2; k < i.operands.size(); ++k) fast &= isRealScalar(i.operands[k]->type, Class::Double);
  llvm::Value* x = owned(base);
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::BasicBlock* slow = fast ? llvm::BasicBlock::Create(ctx_, "subsasgn.slow", fn) : nullptr;
  llvm::BasicBlock* done = fast ? llvm::BasicBlock::Create(ctx_, "subsasgn.done", fn) : nullptr;
  llvm::BasicBlock* fastEnd = nullptr;
  if (fast) {
    // In place when this is the only reference, only the host copy is
    // current (the runtime drops a stale device copy) and the element exists.
    llvm::BasicBlock* shared = llvm::BasicBlock::Create(ctx_, "idx", fn);
    builder_.CreateCondBr(builder_.CreateIsNotNull(x), shared, slow);
    builder_.SetInsertPoint(shared);
    llvm::Value* count = loadField(x, kRefcount, builder_.getInt64Ty());
    llvm::Value* flags = loadField(x, kFlags, builder_.getInt16Ty());
    llvm::Value* where = loadField(x, kResidency, builder_.getInt8Ty());
    llvm::BasicBlock* next = llvm::BasicBlock::Create(ctx_, "idx", fn);
    llvm::Value* alone = builder_.CreateAnd(builder_.CreateICmpEQ(count, builder_.getInt64(1)),
                                            builder_.CreateICmpEQ(flags, builder_.getInt16(0)));
    builder_.CreateCondBr(builder_.CreateAnd(alone, builder_.CreateICmpEQ(where, builder_.getInt8(MCC_RESIDENT_HOST))),
                          next, slow);
    builder_.SetInsertPoint(next);
    if (complexValue) {
      llvm::Value* isComplex = nullptr;
      llvm::Value* slot = fastIndex(i, x, 2, slow, &isComplex);
      ComplexValue z = complexParts(i.operands[1], i);
      llvm::BasicBlock* store = llvm::BasicBlock::Create(ctx_, "idx", fn);
      builder_.CreateCondBr(builder_.CreateOr(isComplex, builder_.CreateNot(z.isComplex)), store, slow);
      builder_.SetInsertPoint(store);
      storeElement(z.re, slot);
      // The imaginary part where there is one (else the real part again, harmlessly).
      llvm::Value* imSlot = builder_.CreateSelect(isComplex, builder_.CreateConstGEP1_64(builder_.getDoubleTy(), slot, 1), slot);
      storeElement(builder_.CreateSelect(isComplex, z.im, z.re), imSlot);
    } else {
      storeElement(asDouble(i.operands[1]), fastIndex(i, x, 2, slow));
    }
    fastEnd = builder_.GetInsertBlock();
    builder_.CreateBr(done);
    builder_.SetInsertPoint(slow);
  }
  llvm::Value* v = borrowed(i.operands[1], i);
  std::vector<llvm::Value*> idx;
  for (size_t k = 2; k < i.operands.size(); ++k) idx.push_back(borrowed(i.operands[k], i));
  // s(k).f = v: the element's update may bring fields s lacks.
  const Instr* value = i.operands[1];
  bool path = value->op == Op::SetField && value->operands[0]->op == Op::Subsref && value->operands[0]->forUpdate;
  llvm::Value* r = builder_.CreateCall(runtime(path ? "mcc_subsasgn_path" : "mcc_subsasgn", P, {P, P, builder_.getInt64Ty(), P, P}),
                                       {x, v, builder_.getInt64(idx.size()), ptrArray(idx), site(i)});
  if (!fast) return r;
  for (llvm::Value* t : temps_) release(t);
  temps_.clear();
  llvm::BasicBlock* slowEnd = builder_.GetInsertBlock();
  builder_.CreateBr(done);
  builder_.SetInsertPoint(done);
  llvm::PHINode* phi = builder_.CreatePHI(P, 2);
  phi->addIncoming(x, fastEnd);
  phi->addIncoming(r, slowEnd);
  return phi;
}

llvm::Value* Codegen::emit(const Instr& i) {
  auto P = builder_.getPtrTy();
  auto D = builder_.getDoubleTy();
  switch (i.op) {
    case Op::Const: return constant(i);
    case Op::Undef: return llvm::ConstantPointerNull::get(P);
    case Op::Unary: {
      if (llvm::Value* z = complexUnary(i)) return z;
      if (isNumberScalar(i.operands[0]->type) && !value(i.operands[0])->getType()->isPointerTy() && isNumberScalar(i.type)) {
        llvm::Value* x = value(i.operands[0]);
        if (i.unary == UnaryOp::Not)
          return x->getType()->isIntegerTy(1) ? builder_.CreateNot(x) : builder_.CreateFCmpOEQ(x, llvm::ConstantFP::get(D, 0.0));
        x = coerce(builder_, x, D);
        return i.unary == UnaryOp::UMinus ? builder_.CreateFNeg(x) : x;
      }
      const char* fn = i.unary == UnaryOp::Not ? "mcc_not" : i.unary == UnaryOp::UMinus ? "mcc_uminus" : "mcc_uplus";
      return result(i, builder_.CreateCall(runtime(fn, P, {P, P}), {borrowed(i.operands[0], i), site(i)}));
    }
    case Op::Binary: return binary(i);
    case Op::Transpose: {
      if (llvm::Value* z = complexUnary(i)) return z;
      if (isNumberScalar(i.operands[0]->type) && !value(i.operands[0])->getType()->isPointerTy() && isNumberScalar(i.type))
        return value(i.operands[0]);
      const char* fn = i.conjugate ? "mcc_ctranspose" : "mcc_transpose";
      return result(i, builder_.CreateCall(runtime(fn, P, {P, P}), {borrowed(i.operands[0], i), site(i)}));
    }
    case Op::Range: {
      if (isLoopRange(&i)) return nullptr;  // read by ForCount/ForValue
      // A range of integers (int8(1):int8(4)), single or char values has the
      // class of its operands: the colon builtin makes it.
      if (i.type.cls != Class::Double) return result(i, callBuiltin("colon", i, 1, nullptr));
      llvm::Value* r = builder_.CreateCall(runtime("mcc_range", P, {D, D, D, P}),
                                           {asDouble(i.operands[0]), asDouble(i.operands[1]), asDouble(i.operands[2]), site(i)});
      return result(i, r);
    }
    case Op::Matrix: {
      if (anySpliced(i)) return literal(i, "mcc_matrix_literal");
      if (isLoopRow(&i)) {
        // A row a for loop walks: its values in a stack array.
        llvm::Function* fn = builder_.GetInsertBlock()->getParent();
        llvm::IRBuilder<> entry(&fn->getEntryBlock(), fn->getEntryBlock().begin());
        auto* ty = llvm::ArrayType::get(D, i.operands.size());
        llvm::Value* row = entry.CreateAlloca(ty, nullptr, "row");
        for (size_t k = 0; k < i.operands.size(); ++k) builder_.CreateStore(asDouble(i.operands[k]), builder_.CreateConstGEP2_64(ty, row, 0, k));
        return row;
      }
      if (llvm::Value* c = constantMatrix(i)) return result(i, c);
      if (llvm::Value* c = scalarMatrix(i)) return result(i, c);
      if (uint32_t dim = appendDim(i)) {
        std::vector<llvm::Value*> parts;
        for (size_t k = 1; k < i.operands.size(); ++k) parts.push_back(borrowed(i.operands[k], i));
        checkDefined(i.operands[0], i);
        return result(i, builder_.CreateCall(runtime("mcc_concat_append", P, {builder_.getInt32Ty(), P, builder_.getInt64Ty(), P, P}),
                                             {builder_.getInt32(dim), owned(i.operands[0]), builder_.getInt64(parts.size()),
                                              ptrArray(parts), site(i)}));
      }
      std::vector<llvm::Value*> rows;
      size_t next = 0;
      for (uint32_t count : i.rowSizes) {
        std::vector<llvm::Value*> parts;
        for (uint32_t k = 0; k < count; ++k) parts.push_back(borrowed(i.operands[next++], i));
        llvm::Value* row = builder_.CreateCall(runtime("mcc_horzcat", P, {builder_.getInt64Ty(), P, P}),
                                               {builder_.getInt64(parts.size()), ptrArray(parts), site(i)});
        temps_.push_back(row);
        rows.push_back(row);
      }
      llvm::Value* r = builder_.CreateCall(runtime("mcc_vertcat", P, {builder_.getInt64Ty(), P, P}),
                                           {builder_.getInt64(rows.size()), ptrArray(rows), site(i)});
      return result(i, r);
    }
    case Op::Subsref: return subsref(i);
    case Op::FuncHandle: case Op::Closure: return makeHandle(i);
    case Op::TryEnter: case Op::TryLeave:
      builder_.CreateCall(runtime(i.op == Op::TryEnter ? "mcc_try_enter" : "mcc_try_leave", builder_.getVoidTy(), {}));
      return nullptr;
    case Op::Caught: return builder_.CreateLoad(P, exnSlot_);
    case Op::GlobalLoad: return result(i, builder_.CreateCall(runtime("mcc_global_get", P, {P}), {globalSlot(i)}));
    case Op::GlobalStore:
      builder_.CreateCall(runtime("mcc_global_set", builder_.getVoidTy(), {P, P}), {globalSlot(i), owned(i.operands[0])});
      return nullptr;
    case Op::EnvNew: return builder_.CreateCall(runtime("mcc_env_new", P, {builder_.getInt64Ty()}), {builder_.getInt64(i.count)});
    case Op::EnvLoad: {
      llvm::Value* v = builder_.CreateCall(runtime("mcc_env_get", P, {P, builder_.getInt64Ty(), P, P}),
                                           {borrowed(i.operands[0], i), builder_.getInt64(i.index),
                                            i.forUpdate ? llvm::ConstantPointerNull::get(P) : text(i.name), site(i)});
      if (i.forUpdate && !isOutputLoad(i)) v = emptyIfNull(v);  // the base of an assignment: [] while unset
      return result(i, v);
    }
    case Op::EnvStore:
      builder_.CreateCall(runtime("mcc_env_set", builder_.getVoidTy(), {P, builder_.getInt64Ty(), P}),
                          {borrowed(i.operands[0], i), builder_.getInt64(i.index),
                           i.operands.size() > 1 ? owned(i.operands[1]) : llvm::ConstantPointerNull::get(P)});
      return nullptr;
    case Op::CallHandle: return callHandle(i);
    // (a result in registers, x(1) = v of a scalar x: the array's value, released)
    case Op::Subsasgn: dropGlobalBeforeUpdate(i); return result(i, subsasgn(i));
    case Op::Cell:
      if (isCaseCell(&i)) return nullptr;
      return literal(i, "mcc_cell_literal");
    case Op::CellRef: return cellRef(i);
    case Op::Field:
      if (i.operands[0]->type.cls == Class::MException && !i.dynamicField && ir::isExceptionProperty(i.name))
        return result(i, builder_.CreateCall(runtime("mcc_mexception_field", P, {P, P, builder_.getInt64Ty(), P}),
                                             {borrowed(i.operands[0], i), text(i.name), builder_.getInt64(i.name.size()), site(i)}));
      return fieldRef(i);
    case Op::CellAsgn: dropGlobalBeforeUpdate(i); return cellAsgn(i);
    case Op::SetField: dropGlobalBeforeUpdate(i); return setField(i);
    case Op::EndOf: {
      llvm::Value* e = builder_.CreateCall(runtime("mcc_array_end", builder_.getInt64Ty(), {P, builder_.getInt32Ty(), builder_.getInt32Ty()}),
                                           {borrowed(i.operands[0], i), builder_.getInt32(i.index + 1), builder_.getInt32(i.count)});
      llvm::Value* d = builder_.CreateUIToFP(e, D);
      return boxed(&i) ? box(d) : d;
    }
    case Op::Call: return call(i);
    case Op::Extract: {
      const Instr* c = i.operands[0];
      std::vector<llvm::Value*>& outs = outputs_.at(c);
      llvm::Value* v = i.index < outs.size() ? outs[i.index] : llvm::ConstantPointerNull::get(P);
      if (i.index < outs.size()) outs[i.index] = nullptr;  // moved
      if (!v) v = llvm::ConstantPointerNull::get(P);
      if (v->getType()->isPointerTy() == boxed(&i)) return boxed(&i) ? v : coerce(builder_, v, typeOf(i.type));
      return boxed(&i) ? box(v) : unbox(v, i.type, i);
    }
    case Op::Kernel: {
      std::vector<llvm::Value*> inputs;
      for (size_t k = 0; k < i.operands.size(); ++k) {
        const Instr* o = i.operands[k];
        inputs.push_back(i.kernel->inputs[k].array ? borrowed(o, i) : value(o)->getType()->isPointerTy() ? asDouble(o) : value(o));
      }
      const GpuBinary* gpu = nullptr;
      if (gpuKernels_) {
        auto it = gpuKernels_->find(i.kernel->id);
        if (it != gpuKernels_->end()) gpu = &it->second;
      }
      keepOutputs(i, emitKernelLaunch(builder_, *i.kernel, gpu, inputs, site(i)));
      return nullptr;
    }
    case Op::Truth: return asBool(i.operands[0], i);
    case Op::Select: {
      llvm::Type* t = typeOf(i.type);
      return builder_.CreateSelect(coerce(builder_, value(i.operands[0]), builder_.getInt1Ty()),
                                   coerce(builder_, value(i.operands[1]), t), coerce(builder_, value(i.operands[2]), t));
    }
    case Op::LogicalScalar: {
      const Instr* o = i.operands[0];
      if (value(o)->getType()->isPointerTy()) {
        llvm::Value* x = borrowed(o, i);
        llvm::Value* n = loadField(x, kNumel, builder_.getInt64Ty());
        llvm::Function* fn = builder_.GetInsertBlock()->getParent();
        llvm::BasicBlock* bad = llvm::BasicBlock::Create(ctx_, "notscalar", fn);
        llvm::BasicBlock* good = llvm::BasicBlock::Create(ctx_, "scalar", fn);
        builder_.CreateCondBr(builder_.CreateICmpEQ(n, builder_.getInt64(1)), good, bad);
        builder_.SetInsertPoint(bad);
        std::string m = "Operands to the logical AND (&&) and OR (||) operators must be convertible to logical scalar values. Use the ANY or ALL functions to reduce operands to logical scalar values.";
        errorText(m, i);
        builder_.CreateUnreachable();
        builder_.SetInsertPoint(good);
      }
      return asBool(o, i);
    }
    case Op::CaseMatch: {
      auto match = [&](const Instr* c) -> llvm::Value* {
        if (isNumberScalar(i.operands[0]->type) && isNumberScalar(c->type) && !value(i.operands[0])->getType()->isPointerTy() &&
            !value(c)->getType()->isPointerTy())
          return builder_.CreateFCmpOEQ(asDouble(i.operands[0]), asDouble(c));
        llvm::Value* m = builder_.CreateCall(runtime("mcc_case_match", builder_.getInt32Ty(), {P, P, P}),
                                             {borrowed(i.operands[0], i), borrowed(c, i), site(i)});
        return builder_.CreateICmpNE(m, builder_.getInt32(0));
      };
      const Instr* c = i.operands[1];
      if (!isCaseCell(c)) return match(c);
      llvm::Value* any = builder_.getFalse();
      for (const Instr* e : c->operands) any = builder_.CreateOr(any, match(e));
      return any;
    }
    case Op::IsDefined: {
      // Only boxed values may be unset (NULL); reading it here is no error.
      const Instr* v = i.operands[0];
      if (!nullable_.count(v)) return llvm::ConstantFP::get(D, 1.0);
      llvm::Value* x = value(v);
      if (!x->getType()->isPointerTy()) return llvm::ConstantFP::get(D, 1.0);
      return builder_.CreateSelect(builder_.CreateIsNull(x), llvm::ConstantFP::get(D, 0.0), llvm::ConstantFP::get(D, 1.0));
    }
    case Op::ForCount: {
      const Instr* r = i.operands[0];
      if (isLoopRow(r)) return llvm::ConstantFP::get(D, static_cast<double>(r->operands.size()));
      if (isLoopRange(r)) {
        // numel(first:step:last), with a little tolerance for steps like 0.1.
        llvm::Value* first = asDouble(r->operands[0]);
        llvm::Value* step = asDouble(r->operands[1]);
        llvm::Value* last = asDouble(r->operands[2]);
        llvm::Value* q = builder_.CreateFDiv(builder_.CreateFSub(last, first), step);
        llvm::Value* n = builder_.CreateFAdd(intrinsic(llvm::Intrinsic::floor, builder_.CreateFAdd(q, llvm::ConstantFP::get(D, 1e-10))),
                                             llvm::ConstantFP::get(D, 1.0));
        llvm::Value* bad = builder_.CreateOr(builder_.CreateFCmpUNO(q, q), builder_.CreateFCmpOLT(n, llvm::ConstantFP::get(D, 0.0)));
        return builder_.CreateSelect(bad, llvm::ConstantFP::get(D, 0.0), n);
      }
      llvm::Value* n = builder_.CreateCall(runtime("mcc_for_count", builder_.getInt64Ty(), {P}), {borrowed(r, i)});
      return builder_.CreateUIToFP(n, D);
    }
    case Op::ForValue: {
      const Instr* r = i.operands[0];
      if (isLoopRow(r)) {
        auto* ty = llvm::ArrayType::get(D, r->operands.size());
        llvm::Value* k = builder_.CreateSub(builder_.CreateFPToSI(asDouble(i.operands[1]), builder_.getInt64Ty()), builder_.getInt64(1));
        return builder_.CreateLoad(D, builder_.CreateGEP(ty, value(r), {builder_.getInt64(0), k}));
      }
      if (isLoopRange(r)) {
        llvm::Value* k = builder_.CreateFSub(asDouble(i.operands[1]), llvm::ConstantFP::get(D, 1.0));
        return builder_.CreateFAdd(asDouble(r->operands[0]), builder_.CreateFMul(k, asDouble(r->operands[1])));
      }
      llvm::Value* k = builder_.CreateFPToUI(asDouble(i.operands[1]), builder_.getInt64Ty());
      llvm::Value* x = borrowed(r, i);
      if (!boxed(&i) && i.type.cls == Class::Double && isRealDouble(r->type) && r->type.rankKnown && r->type.dims[0].isOne()) {
        // A row of doubles: element k, straight from the data.
        llvm::Value* data = loadField(x, kData, P);
        return loadElement(builder_.CreateGEP(D, data, builder_.CreateSub(k, builder_.getInt64(1))));
      }
      return result(i, builder_.CreateCall(runtime("mcc_for_column", P, {P, builder_.getInt64Ty()}), {x, k}));
    }
    case Op::Display: {
      const Instr* v = i.operands[0];
      if (v->type.noValue || !producesValue(v)) return nullptr;
      llvm::Value* x = value(v);
      if (!x->getType()->isPointerTy() && !x->getType()->isStructTy()) {
        displayScalar(i.name, x);
        return nullptr;
      }
      if (x->getType()->isPointerTy() && (v->op == Op::Call || v->op == Op::CallHandle || v->op == Op::Subsref)) {
        // The value of a statement call may not exist (a function with no value for ans;
        // h(x) of a handle to an anonymous function whose body gave none).
        llvm::Function* fn = builder_.GetInsertBlock()->getParent();
        llvm::BasicBlock* show = llvm::BasicBlock::Create(ctx_, "show", fn);
        llvm::BasicBlock* after = llvm::BasicBlock::Create(ctx_, "shown", fn);
        builder_.CreateCondBr(builder_.CreateIsNull(x), after, show);
        builder_.SetInsertPoint(show);
        builder_.CreateCall(runtime("mcc_display", builder_.getVoidTy(), {P, builder_.getInt64Ty(), P}), {text(i.name), builder_.getInt64(i.name.size()), x});
        builder_.CreateBr(after);
        builder_.SetInsertPoint(after);
        return nullptr;
      }
      builder_.CreateCall(runtime("mcc_display", builder_.getVoidTy(), {P, builder_.getInt64Ty(), P}),
                          {text(i.name), builder_.getInt64(i.name.size()), borrowed(v, i)});
      return nullptr;
    }
    case Op::SetAns: return nullptr;
    case Op::Br: case Op::CondBr: case Op::TryBr: {
      std::vector<llvm::BasicBlock*> targets;
      const ir::Block* b = i.parent;
      for (const ir::Block* s : i.targets) {
        // The edge's index in the successor's preds (a block may reach another twice).
        size_t k = 0;
        while (k < s->preds.size() && (s->preds[k] != b || edgeBlocks_.count({s, k}))) ++k;
        llvm::BasicBlock* e = llvm::BasicBlock::Create(ctx_, "edge", builder_.GetInsertBlock()->getParent());
        edgeBlocks_[{s, k}] = e;
        targets.push_back(e);
      }
      if (i.op == Op::TryBr) unwindDest_[i.targets[0]] = targets[1];  // entered from landing pads only
      if (i.op != Op::CondBr) builder_.CreateBr(targets[0]);
      else builder_.CreateCondBr(coerce(builder_, value(i.operands[0]), builder_.getInt1Ty()), targets[0], targets[1]);
      return nullptr;
    }
    case Op::Return: {
      llvm::Function* fn = builder_.GetInsertBlock()->getParent();
      llvm::Type* ret = fn->getReturnType();
      auto out = [&](unsigned k, llvm::Type* want) -> llvm::Value* {
        const Instr* v = i.operands[k];
        if (want->isPointerTy()) return owned(v);
        if (want->isStructTy()) return packComplex(builder_, complexParts(v, i));
        llvm::Value* x = value(v);
        return x->getType()->isPointerTy() ? unbox(x, ir::Type::scalar(Class::Double), i) : coerce(builder_, x, want);
      };
      if (ret->isVoidTy()) {
        builder_.CreateRetVoid();
      } else if (resultTypes(*current_).size() > 1) {
        llvm::Value* agg = llvm::UndefValue::get(ret);
        for (unsigned k = 0; k < i.operands.size(); ++k) agg = builder_.CreateInsertValue(agg, out(k, ret->getStructElementType(k)), {k});
        builder_.CreateRet(agg);
      } else {
        builder_.CreateRet(out(0, ret));
      }
      return nullptr;
    }
    default: return nullptr;
  }
}

// cellfun/arrayfun/structfun with an 'ErrorHandler' catch the errors of the
// functions they call: the frames in between need landing pads.
static bool catchesInRuntime(const Instr& i) {
  if (i.op != Op::Call || (i.name != "cellfun" && i.name != "arrayfun" && i.name != "structfun")) return false;
  for (const Instr* a : i.operands) {
    const std::string* text = ir::literalText(a);
    if (!text) continue;
    std::string t = *text;
    for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (t == "errorhandler") return true;
  }
  return false;
}

// A program with destructors: the runtime catches their errors (MATLAB's
// warning), and an error unwinding through a frame releases (destroys) what
// it holds.
static bool runsDestructors(const Instr& i) { return i.op == Op::Call && i.name == "destructor_methods_"; }

bool Codegen::run(const CodegenOptions& opts, const std::string& objectPath, std::string* llvmText) {
  for (const ir::Function* f : irModule_.functions) {
    byName_[f->name] = f;
    for (const ir::Block* b : f->blocks)
      for (const Instr* i : b->instrs) {
        unwinding_ |= i->op == Op::TryEnter || catchesInRuntime(*i) || runsDestructors(*i);
        destructors_ |= runsDestructors(*i);
      }
  }
  cFunctions_ = opts.cFunctions;
  cLibraries_ = opts.cLibraries;
  cStructs_ = opts.cStructs;
  if (!checkSupported()) return false;
  gpuKernels_ = opts.gpuKernels;

  module_ = std::make_unique<llvm::Module>(src_.name(), ctx_);
  fmtArgTy_ = llvm::StructType::create(ctx_, {builder_.getInt32Ty(), builder_.getDoubleTy(), builder_.getPtrTy(), builder_.getInt64Ty()}, "mcc_fmt_arg");
  siteTy_ = llvm::StructType::create(ctx_, {builder_.getPtrTy(), builder_.getInt32Ty(), builder_.getPtrTy()}, "mcc_site");
  auto I64 = builder_.getInt64Ty();
  auto I32 = builder_.getInt32Ty();
  auto P = builder_.getPtrTy();
  arrayTy_ = llvm::StructType::create(ctx_, {I64, I32, builder_.getInt8Ty(), builder_.getInt8Ty(), builder_.getInt16Ty(), I32, I32, P, I64, P, I64, P,
                                             llvm::ArrayType::get(I64, MCC_ARRAY_INLINE_DIMS)}, "mcc_array");
  if (!opts.calibrationJson.empty()) {
    // The router's table (mcc --calibration), which the runtime reads through
    // a weak reference to this symbol; in the object, so that `mcc -c` has it.
    auto* table = llvm::ConstantDataArray::getString(ctx_, opts.calibrationJson, true);
    new llvm::GlobalVariable(*module_, table->getType(), true, llvm::GlobalValue::ExternalLinkage, table,
                             "mcc_calibration_json");
  }
  if (opts.debugInfo) {
    dib_ = std::make_unique<llvm::DIBuilder>(*module_);
    cu_ = dib_->createCompileUnit(llvm::dwarf::DW_LANG_C, diFile(src_), "mcc", opts.optLevel > 0, "", 0);
    module_->addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
    module_->addModuleFlag(llvm::Module::Warning, "Dwarf Version", 5);
  }
  llvm::MDBuilder mdb(ctx_);
  llvm::MDNode* root = mdb.createTBAARoot("mcc");
  llvm::MDNode* fieldType = mdb.createTBAAScalarTypeNode("mcc_array descriptor", root);
  llvm::MDNode* elementType = mdb.createTBAAScalarTypeNode("double element", root);
  tbaaField_ = mdb.createTBAAStructTagNode(fieldType, fieldType, 0);
  tbaaElement_ = mdb.createTBAAStructTagNode(elementType, elementType, 0);
  declareFunctions();
  for (const ir::Function* f : irModule_.functions) {
    llvm::Function* fn = functions_.at(f);
    if (!callsItself(*f)) {
      defineFunction(*f, fn, fn);
      continue;
    }
    // A recursive function gets a twin, each calling the other, so that
    // LLVM's inliner unrolls the recursion one level (as gcc does for C):
    // half the calls, and the base case folded into the caller.
    llvm::Function* twin = llvm::Function::Create(fn->getFunctionType(), llvm::Function::InternalLinkage,
                                                  fn->getName() + ".twin", module_.get());
    if (dib_) {
      llvm::DISubprogram* sp = fn->getSubprogram();
      twin->setSubprogram(dib_->createFunction(sp->getScope(), sp->getName(), /*LinkageName=*/"", sp->getFile(), sp->getLine(),
                                               sp->getType(), sp->getScopeLine(), sp->getFlags(), sp->getSPFlags()));
    }
    defineFunction(*f, fn, twin);
    defineFunction(*f, twin, fn);
  }
  // Wrappers behind handles (each made when a handle to its target was).
  if (!opts.libraryEntry.empty()) defineLibraryEntry(opts);
  else defineMain(opts);
  for (size_t k = 0; k < boxedEntryOrder_.size(); ++k)  // (one may ask for another: manyOutputs)
    defineBoxedEntry(*boxedEntryOrder_[k], boxedEntries_.at(boxedEntryOrder_[k]));
  if (dib_) dib_->finalize();

  std::string verifyErrors;
  llvm::raw_string_ostream verifyOut(verifyErrors);
  if (llvm::verifyModule(*module_, &verifyOut)) {
    // A compiler bug, not a user error: say so plainly.
    diags_.report(nullptr, {}, DiagId::NotImplemented, {"code generation for this program (internal: " + verifyOut.str() + ")"});
    return false;
  }

  if (opts.triple.empty()) {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
  } else {  // cross-compiling: every target this LLVM has
    llvm::InitializeAllTargetInfos();
    llvm::InitializeAllTargets();
    llvm::InitializeAllTargetMCs();
    llvm::InitializeAllAsmPrinters();
  }
  std::string triple = opts.triple.empty() ? llvm::sys::getDefaultTargetTriple() : opts.triple;
  std::string error;
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target) {
    diags_.report(nullptr, {}, DiagId::NotImplemented, {"the target '" + triple + "' (" + error + ")"});
    return false;
  }
  std::string cpu = opts.cpu == "native" ? llvm::sys::getHostCPUName().str() : opts.cpu;
  llvm::TargetOptions targetOptions;
  auto optLevel = opts.optLevel == 0 ? llvm::CodeGenOptLevel::None
                  : opts.optLevel == 1 ? llvm::CodeGenOptLevel::Less
                  : opts.optLevel == 3 ? llvm::CodeGenOptLevel::Aggressive : llvm::CodeGenOptLevel::Default;
  std::unique_ptr<llvm::MCSubtargetInfo> subtarget(target->createMCSubtargetInfo(triple, "", ""));
  if (!subtarget || !subtarget->isCPUStringValid(cpu)) {
    diags_.report(nullptr, {}, DiagId::NotImplemented, {"code generation for the CPU '" + cpu + "' (unknown to LLVM for " + triple + ")"});
    return false;
  }
  std::unique_ptr<llvm::TargetMachine> machine(
      target->createTargetMachine(triple, cpu, "", targetOptions, llvm::Reloc::PIC_, std::nullopt, optLevel));
  module_->setTargetTriple(triple);
  module_->setDataLayout(machine->createDataLayout());
  for (llvm::Function& fn : *module_)
    if (!fn.isDeclaration()) fn.addFnAttr("target-cpu", cpu);

  // Optimise with the new pass manager.
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(machine.get());
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  useVectorMathLibrary(fam, *machine);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::OptimizationLevel level = opts.optLevel == 0 ? llvm::OptimizationLevel::O0
                                  : opts.optLevel == 1 ? llvm::OptimizationLevel::O1
                                  : opts.optLevel == 3 ? llvm::OptimizationLevel::O3 : llvm::OptimizationLevel::O2;
  llvm::ModulePassManager mpm =
      opts.optLevel == 0 ? pb.buildO0DefaultPipeline(level) : pb.buildPerModuleDefaultPipeline(level);
  mpm.run(*module_, mam);

  if (llvmText) {
    llvm::raw_string_ostream os(*llvmText);
    module_->print(os, nullptr);
    return true;
  }
  std::error_code ec;
  llvm::raw_fd_ostream out(objectPath, ec, llvm::sys::fs::OF_None);
  if (ec) {
    diags_.report(nullptr, {}, DiagId::CannotOpenFile, {objectPath, ec.message()});
    return false;
  }
  llvm::legacy::PassManager emitPasses;
  if (machine->addPassesToEmitFile(emitPasses, out, nullptr, llvm::CodeGenFileType::ObjectFile)) {
    diags_.report(nullptr, {}, DiagId::NotImplemented, {"object files for the target '" + triple + "'"});
    return false;
  }
  emitPasses.run(*module_);
  out.flush();
  return true;
}

}  // namespace

bool emitObject(const ir::Module& module, const SourceFile& mainSource, const CodegenOptions& options,
                const std::string& objectPath, std::string* llvmText, DiagnosticEngine& diags) {
  return Codegen(module, mainSource, diags).run(options, objectPath, llvmText);
}

}  // namespace mcc::codegen

// LLVM code generation for the unboxed-scalar slice; see CodegenLLVM.h.
#include "CodegenLLVM.h"

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Target/TargetOptions.h>
#include <llvm/TargetParser/Host.h>

#include <map>
#include <set>
#include <unordered_map>

#include "ir/InferTypes.h"
#include "mcc/runtime.h"

namespace mcc::codegen {
namespace {

using ir::Class;
using ir::Instr;
using ir::Op;

bool isRealScalar(const ir::Type& t, Class c) {
  return t.unboxed() && t.cls == c && t.cx == ir::Complexity::Real;
}
bool isNumberScalar(const ir::Type& t) { return isRealScalar(t, Class::Double) || isRealScalar(t, Class::Logical); }
// A scalar of one machine type where the other is expected: a logical (i1)
// meeting a double, or a double read as a logical.
llvm::Value* coerce(llvm::IRBuilderBase& b, llvm::Value* v, llvm::Type* to) {
  if (v->getType() == to) return v;
  return to->isDoubleTy() ? b.CreateUIToFP(v, to) : b.CreateFCmpUNE(v, llvm::ConstantFP::get(v->getType(), 0.0));
}

bool isCharConst(const Instr* i) { return i->op == Op::Const && i->constant.kind == ir::Constant::Char; }

// `for v = [7 27 97]`: a row of scalars that only a for loop reads.
bool isLoopRow(const Instr* i) {
  if (i->op != Op::Matrix || i->rowSizes.size() != 1) return false;
  for (const Instr* o : i->operands)
    if (!isNumberScalar(o->type)) return false;
  for (const Instr* u : i->users)
    if (u->op != Op::ForCount && u->op != Op::ForValue) return false;
  return true;
}

// Builtins of the slice and how many arguments each takes (-1: any).
const std::map<std::string, int>& scalarBuiltins() {
  static const std::map<std::string, int> table = {
      {"abs", 1},   {"floor", 1}, {"ceil", 1},  {"round", 1}, {"fix", 1},   {"sign", 1},  {"exp", 1},
      {"sin", 1},   {"cos", 1},   {"tan", 1},   {"atan", 1},  {"sinh", 1},  {"cosh", 1},  {"tanh", 1},
      {"mod", 2},   {"rem", 2},   {"atan2", 2}, {"hypot", 2}, {"isnan", 1}, {"isinf", 1}, {"isfinite", 1},
      {"pi", 0},    {"eps", 0},   {"Inf", 0},   {"NaN", 0},   {"true", 0},  {"false", 0}, {"numel", 1},
      {"length", 1}, {"isempty", 1}, {"isscalar", 1}, {"double", 1}, {"logical", 1}};
  return table;
}

class Codegen {
 public:
  Codegen(const ir::Module& m, const SourceFile& src, DiagnosticEngine& diags)
      : irModule_(m), src_(src), diags_(diags), builder_(ctx_) {}

  bool run(const CodegenOptions& opts, const std::string& objectPath, std::string* llvmText);

 private:
  // ---- what this slice supports
  bool checkSupported();
  std::string unsupportedReason(const Instr& i) const;

  // ---- module structure
  llvm::Type* typeOf(const ir::Type& t) {
    return t.cls == Class::Logical ? builder_.getInt1Ty() : builder_.getDoubleTy();
  }
  std::vector<ir::Type> resultTypes(const ir::Function& f) const;
  void declareFunctions();
  void defineFunction(const ir::Function& f);
  void defineMain();
  llvm::FunctionCallee runtime(const char* name, llvm::Type* ret, std::vector<llvm::Type*> params, bool noReturn = false);

  // ---- values
  llvm::Value* value(const Instr* i);
  llvm::Value* asDouble(const Instr* i);
  llvm::Value* asBool(const Instr* i, const Instr& at);  // MATLAB's condition: NaN is an error
  llvm::Value* site(const Instr& i);
  llvm::Value* text(const std::string& s);
  llvm::Value* formatArgs(const std::vector<const Instr*>& args, llvm::Value*& count);
  llvm::Value* emit(const Instr& i);
  llvm::Value* binary(const Instr& i);
  llvm::Value* builtin(const Instr& i);
  llvm::Value* intrinsic(llvm::Intrinsic::ID id, llvm::Value* x);
  void displayScalar(const std::string& name, const Instr* v);
  llvm::Value* libm(const char* name, std::vector<llvm::Value*> args);

  const ir::Module& irModule_;
  const SourceFile& src_;
  DiagnosticEngine& diags_;
  llvm::LLVMContext ctx_;
  std::unique_ptr<llvm::Module> module_;
  llvm::IRBuilder<> builder_;
  std::unordered_map<std::string, const ir::Function*> byName_;
  std::unordered_map<const ir::Function*, llvm::Function*> functions_;
  std::unordered_map<const Instr*, llvm::Value*> values_;
  std::unordered_map<const ir::Block*, llvm::BasicBlock*> blocks_;
  std::unordered_map<const ir::Block*, llvm::BasicBlock*> ends_;  // where each IR block's terminator went
  std::map<std::string, llvm::Constant*> strings_;
  llvm::StructType* fmtArgTy_ = nullptr;
  llvm::StructType* siteTy_ = nullptr;
};

// ------------------------------------------------------------ the slice

std::string Codegen::unsupportedReason(const Instr& i) const {
  auto valueOk = [&](const Instr* v) { return isNumberScalar(v->type); };
  switch (i.op) {
    case Op::Const:
      if (i.constant.kind == ir::Constant::Char) {
        for (const Instr* u : i.users)
          if (u->op != Op::Call || u->callee != ir::Callee::Builtin) return "char values outside fprintf, disp and error";
        return "";
      }
      return valueOk(&i) ? "" : "values of type " + i.type.str();
    case Op::Range:
      for (const Instr* u : i.users)
        if (u->op != Op::ForCount && u->op != Op::ForValue) return "ranges used as arrays";
      for (const Instr* o : i.operands)
        if (!valueOk(o)) return "ranges of non-scalar bounds";
      return "";
    case Op::Matrix:
      return isLoopRow(&i) ? "" : "arrays";
    case Op::ForCount:
    case Op::ForValue:
      if (i.operands[0]->op != Op::Range && !isLoopRow(i.operands[0])) return "for loops over arrays";
      return "";
    case Op::Display:
      if (i.operands[0]->type.noValue || isNumberScalar(i.operands[0]->type)) return "";
      return "display of " + i.operands[0]->type.str() + " values (statements without ';')";
    case Op::SetAns: case Op::Br: case Op::CondBr: case Op::Return:
      return "";
    case Op::Call: {
      if (i.callee != ir::Callee::Builtin) {
        if (!byName_.count(i.name)) return "calls of " + i.name;
      } else if (i.name == "fprintf" || i.name == "error" || i.name == "disp") {
        for (const Instr* o : i.operands)
          if (!isCharConst(o) && !valueOk(o)) return "arguments of type " + o->type.str() + " to " + i.name;
        if (i.name == "disp" && i.operands.size() != 1) return "disp with more than one argument";
        if (i.name == "fprintf" && i.nargout > 1) return "fprintf with more than one output";
        return "";
      } else {
        auto it = scalarBuiltins().find(i.name);
        if (it == scalarBuiltins().end() && !ir::isKnownBuiltin(i.name)) return "?undefined";
        if (it == scalarBuiltins().end()) return "the builtin '" + i.name + "'";
        if (static_cast<int>(i.operands.size()) != it->second) return "this call of '" + i.name + "'";
        for (const Instr* o : i.operands)
          if (!valueOk(o)) return "'" + i.name + "' of " + o->type.str() + " values";
      }
      for (const Instr* o : i.operands)
        if (!valueOk(o)) return "arguments of type " + o->type.str();
      if (!i.type.noValue && !valueOk(&i)) return "results of type " + i.type.str();
      for (const ir::Type& t : i.outputTypes)
        if (!isNumberScalar(t)) return "results of type " + t.str();
      return "";
    }
    case Op::Param: case Op::Phi: case Op::Unary: case Op::Binary: case Op::Extract: case Op::Truth:
    case Op::LogicalScalar: case Op::CaseMatch:
      for (const Instr* o : i.operands)
        if (!valueOk(o)) return "operands of type " + o->type.str();
      if (!valueOk(&i)) return "values of type " + i.type.str();
      return "";
    default:
      return std::string("the operation '") + ir::opName(i.op) + "'";
  }
}

bool Codegen::checkSupported() {
  bool ok = true;
  std::set<uint32_t> reportedLines;
  for (const ir::Function* f : irModule_.functions) {
    if (f == irModule_.functions.front() && !f->params.empty()) {
      diags_.report(&src_, {}, DiagId::NotImplemented, {"a main function with inputs (code generation)"});
      return false;
    }
    for (const ir::Block* b : f->blocks)
      for (const Instr* i : b->instrs) {
        std::string why = unsupportedReason(*i);
        if (why.empty()) continue;
        ok = false;
        // Phis have no place of their own: report where the value is used.
        SourceRange loc = i->loc;
        for (const Instr* u : i->users)
          if (loc.empty()) loc = u->loc;
        // One diagnostic per source line is plenty.
        uint32_t line = src_.lineCol(loc.begin).line;
        if (!reportedLines.insert(line).second) continue;
        if (why == "?undefined") {
          // Not MATLAB's "Unrecognized function or variable" yet: mcc does not
          // know every builtin, so it cannot be sure the name is undefined.
          diags_.report(&src_, loc, DiagId::NotImplemented, {"the function '" + i->name + "'"});
          diags_.report(&src_, loc, DiagId::NoteUnknownFunction, {i->name});
          continue;
        }
        diags_.report(&src_, loc, DiagId::NotImplemented, {"code generation for " + why});
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
      for (size_t k = 0; k < t->operands.size() && k < out.size(); ++k) out[k] = ir::join(out[k], t->operands[k]->type);
  }
  return out;
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
    std::vector<llvm::Type*> params;
    for (const Instr* p : f->params) params.push_back(typeOf(p->type));
    std::vector<llvm::Type*> results;
    for (const ir::Type& t : resultTypes(*f)) results.push_back(typeOf(t));
    llvm::Type* ret = results.empty() ? builder_.getVoidTy()
                      : results.size() == 1 ? results[0] : llvm::StructType::get(ctx_, results);
    auto* fn = llvm::Function::Create(llvm::FunctionType::get(ret, params, false), llvm::Function::InternalLinkage,
                                      "mcc_fn" + std::to_string(n++), module_.get());
    functions_[f] = fn;
  }
}

void Codegen::defineMain() {
  auto* mainTy = llvm::FunctionType::get(builder_.getInt32Ty(), {builder_.getInt32Ty(), builder_.getPtrTy()}, false);
  auto* main = llvm::Function::Create(mainTy, llvm::Function::ExternalLinkage, "main", module_.get());
  builder_.SetInsertPoint(llvm::BasicBlock::Create(ctx_, "entry", main));
  builder_.CreateCall(runtime("mcc_init", builder_.getVoidTy(), {builder_.getInt32Ty(), builder_.getPtrTy(), builder_.getInt32Ty()}),
                      {main->getArg(0), main->getArg(1), builder_.getInt32(MCC_RUNTIME_ABI_VERSION)});
  builder_.CreateCall(functions_.at(irModule_.functions.front()), {});
  builder_.CreateRet(builder_.CreateCall(runtime("mcc_finish", builder_.getInt32Ty(), {})));
}

void Codegen::defineFunction(const ir::Function& f) {
  llvm::Function* fn = functions_.at(&f);
  values_.clear();
  blocks_.clear();
  ends_.clear();
  for (const ir::Block* b : f.blocks) blocks_[b] = llvm::BasicBlock::Create(ctx_, "bb" + std::to_string(b->id), fn);
  for (size_t k = 0; k < f.params.size(); ++k) values_[f.params[k]] = fn->getArg(static_cast<unsigned>(k));
  std::vector<const Instr*> phis;
  for (const ir::Block* b : f.blocks) {
    builder_.SetInsertPoint(blocks_.at(b));
    for (const Instr* i : b->instrs) {
      if (i->op == Op::Phi) {
        values_[i] = builder_.CreatePHI(typeOf(i->type), static_cast<unsigned>(i->operands.size()));
        phis.push_back(i);
        continue;
      }
      if (llvm::Value* v = emit(*i)) values_[i] = v;
    }
    ends_[b] = builder_.GetInsertBlock();  // checks (asBool) may have split the block
  }
  for (const Instr* p : phis) {
    auto* phi = llvm::cast<llvm::PHINode>(values_.at(p));
    for (size_t k = 0; k < p->operands.size(); ++k) {
      llvm::BasicBlock* from = ends_.at(p->parent->preds[k]);
      // Incoming values of the phi's type (a logical may meet a double).
      llvm::IRBuilder<> at(from->getTerminator());
      phi->addIncoming(coerce(at, values_.at(p->operands[k]), phi->getType()), from);
    }
  }
}

// ------------------------------------------------------------------ values

llvm::Value* Codegen::value(const Instr* i) { return values_.at(i); }

llvm::Value* Codegen::asDouble(const Instr* i) {
  return coerce(builder_, value(i), builder_.getDoubleTy());
}

llvm::Value* Codegen::site(const Instr& i) {
  uint32_t line = src_.lineCol(i.loc.begin).line;
  auto* c = llvm::ConstantStruct::get(siteTy_, {llvm::cast<llvm::Constant>(text(src_.name())), builder_.getInt32(line)});
  return new llvm::GlobalVariable(*module_, siteTy_, true, llvm::GlobalValue::PrivateLinkage, c, "site");
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
  // if/while/&&/|| on NaN is MATLAB's error.
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::BasicBlock* bad = llvm::BasicBlock::Create(ctx_, "nan", fn);
  llvm::BasicBlock* good = llvm::BasicBlock::Create(ctx_, "cond", fn);
  builder_.CreateCondBr(builder_.CreateFCmpUNO(x, x), bad, good);
  builder_.SetInsertPoint(bad);
  builder_.CreateCall(runtime("mcc_error_nan_condition", builder_.getVoidTy(), {builder_.getPtrTy()}, true), {site(at)});
  builder_.CreateUnreachable();
  builder_.SetInsertPoint(good);
  // The IR block now continues in `good`: later phis must name it.
  return builder_.CreateFCmpUNE(x, llvm::ConstantFP::get(builder_.getDoubleTy(), 0.0));
}

llvm::Value* Codegen::formatArgs(const std::vector<const Instr*>& args, llvm::Value*& count) {
  count = builder_.getInt64(args.size());
  if (args.empty()) return llvm::ConstantPointerNull::get(builder_.getPtrTy());
  llvm::Function* fn = builder_.GetInsertBlock()->getParent();
  llvm::IRBuilder<> entry(&fn->getEntryBlock(), fn->getEntryBlock().begin());
  llvm::Value* array = entry.CreateAlloca(fmtArgTy_, builder_.getInt32(static_cast<uint32_t>(args.size())), "fmtargs");
  for (size_t k = 0; k < args.size(); ++k) {
    llvm::Value* slot = builder_.CreateGEP(fmtArgTy_, array, builder_.getInt64(k));
    const Instr* a = args[k];
    bool isText = isCharConst(a);
    builder_.CreateStore(builder_.getInt32(isText ? 1 : 0), builder_.CreateStructGEP(fmtArgTy_, slot, 0));
    builder_.CreateStore(isText ? llvm::ConstantFP::get(builder_.getDoubleTy(), 0.0) : asDouble(a),
                         builder_.CreateStructGEP(fmtArgTy_, slot, 1));
    builder_.CreateStore(isText ? text(a->constant.text) : llvm::ConstantPointerNull::get(builder_.getPtrTy()),
                         builder_.CreateStructGEP(fmtArgTy_, slot, 2));
    builder_.CreateStore(builder_.getInt64(isText ? a->constant.text.size() : 0),
                         builder_.CreateStructGEP(fmtArgTy_, slot, 3));
  }
  return array;
}

void Codegen::displayScalar(const std::string& name, const Instr* v) {
  bool logical = value(v)->getType()->isIntegerTy(1);
  builder_.CreateCall(runtime("mcc_display_scalar", builder_.getVoidTy(),
                              {builder_.getPtrTy(), builder_.getInt64Ty(), builder_.getDoubleTy(), builder_.getInt32Ty()}),
                      {text(name), builder_.getInt64(name.size()), asDouble(v), builder_.getInt32(logical ? 1 : 0)});
}

llvm::Value* Codegen::intrinsic(llvm::Intrinsic::ID id, llvm::Value* x) {
  return builder_.CreateUnaryIntrinsic(id, x);
}

llvm::Value* Codegen::libm(const char* name, std::vector<llvm::Value*> args) {
  std::vector<llvm::Type*> params(args.size(), builder_.getDoubleTy());
  return builder_.CreateCall(runtime(name, builder_.getDoubleTy(), params), args);
}

llvm::Value* Codegen::binary(const Instr& i) {
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

llvm::Value* Codegen::builtin(const Instr& i) {
  const std::string& n = i.name;
  auto D = [&](size_t k) { return asDouble(i.operands[k]); };
  auto zero = llvm::ConstantFP::get(builder_.getDoubleTy(), 0.0);
  if (n == "fprintf" || n == "error") {
    std::vector<const Instr*> args(i.operands.begin(), i.operands.end());
    llvm::Value* fid = llvm::ConstantFP::get(builder_.getDoubleTy(), 1.0);
    if (n == "fprintf" && !args.empty() && !isCharConst(args[0])) {
      fid = asDouble(args[0]);
      args.erase(args.begin());
    }
    if (n == "error") {
      llvm::Value* count;
      llvm::Value* array = formatArgs(args, count);
      builder_.CreateCall(runtime("mcc_error_format", builder_.getVoidTy(),
                                  {builder_.getPtrTy(), builder_.getInt64Ty(), builder_.getPtrTy()}, true),
                          {array, count, site(i)});
      return nullptr;
    }
    llvm::Value* format = args.empty() ? text("") : text(args[0]->constant.text);
    llvm::Value* formatLength = builder_.getInt64(args.empty() ? 0 : args[0]->constant.text.size());
    if (!args.empty()) args.erase(args.begin());
    llvm::Value* count;
    llvm::Value* array = formatArgs(args, count);
    llvm::Value* written = builder_.CreateCall(
        runtime("mcc_fprintf", builder_.getDoubleTy(),
                {builder_.getDoubleTy(), builder_.getPtrTy(), builder_.getInt64Ty(), builder_.getPtrTy(),
                 builder_.getInt64Ty(), builder_.getPtrTy()}),
        {fid, format, formatLength, array, count, site(i)});
    return i.type.noValue ? nullptr : written;
  }
  if (n == "disp" && !isCharConst(i.operands[0])) {
    displayScalar("", i.operands[0]);
    return nullptr;
  }
  if (n == "disp") {
    const std::string& s = i.operands[0]->constant.text;
    builder_.CreateCall(runtime("mcc_disp_text", builder_.getVoidTy(), {builder_.getPtrTy(), builder_.getInt64Ty()}),
                        {text(s), builder_.getInt64(s.size())});
    return nullptr;
  }
  if (n == "abs") return intrinsic(llvm::Intrinsic::fabs, D(0));
  if (n == "floor") return intrinsic(llvm::Intrinsic::floor, D(0));
  if (n == "ceil") return intrinsic(llvm::Intrinsic::ceil, D(0));
  if (n == "round") return intrinsic(llvm::Intrinsic::round, D(0));  // half away from zero, as MATLAB
  if (n == "fix") return intrinsic(llvm::Intrinsic::trunc, D(0));
  if (n == "exp") return intrinsic(llvm::Intrinsic::exp, D(0));
  if (n == "sin") return intrinsic(llvm::Intrinsic::sin, D(0));
  if (n == "cos") return intrinsic(llvm::Intrinsic::cos, D(0));
  if (n == "tan" || n == "atan" || n == "sinh" || n == "cosh" || n == "tanh") return libm(n.c_str(), {D(0)});
  if (n == "atan2" || n == "hypot") return libm(n.c_str(), {D(0), D(1)});
  if (n == "sign") {
    llvm::Value* x = D(0);
    llvm::Value* pos = builder_.CreateUIToFP(builder_.CreateFCmpOGT(x, zero), builder_.getDoubleTy());
    llvm::Value* neg = builder_.CreateUIToFP(builder_.CreateFCmpOLT(x, zero), builder_.getDoubleTy());
    llvm::Value* s = builder_.CreateFSub(pos, neg);
    return builder_.CreateSelect(builder_.CreateFCmpUNO(x, x), x, s);  // sign(NaN) is NaN
  }
  if (n == "rem") {
    // rem(x, y) = x - fix(x./y).*y: C's fmod, NaN for y = 0.
    return builder_.CreateFRem(D(0), D(1));
  }
  if (n == "mod") {
    // mod(x, 0) = x; otherwise the result has the sign of y.
    llvm::Value* x = D(0);
    llvm::Value* y = D(1);
    llvm::Value* r = builder_.CreateFRem(x, y);
    llvm::Value* fix = builder_.CreateAnd(builder_.CreateFCmpONE(r, zero),
                                          builder_.CreateXor(builder_.CreateFCmpOLT(r, zero), builder_.CreateFCmpOLT(y, zero)));
    r = builder_.CreateSelect(fix, builder_.CreateFAdd(r, y), r);
    return builder_.CreateSelect(builder_.CreateFCmpOEQ(y, zero), x, r);
  }
  if (n == "isnan") return builder_.CreateFCmpUNO(D(0), D(0));
  if (n == "isinf") return builder_.CreateFCmpOEQ(intrinsic(llvm::Intrinsic::fabs, D(0)), llvm::ConstantFP::getInfinity(builder_.getDoubleTy()));
  if (n == "isfinite") return builder_.CreateFCmpOLT(intrinsic(llvm::Intrinsic::fabs, D(0)), llvm::ConstantFP::getInfinity(builder_.getDoubleTy()));
  if (n == "pi") return llvm::ConstantFP::get(builder_.getDoubleTy(), 3.141592653589793);
  if (n == "eps") return llvm::ConstantFP::get(builder_.getDoubleTy(), 2.220446049250313e-16);
  if (n == "Inf") return llvm::ConstantFP::getInfinity(builder_.getDoubleTy());
  if (n == "NaN") return llvm::ConstantFP::getNaN(builder_.getDoubleTy());
  if (n == "true") return builder_.getTrue();
  if (n == "false") return builder_.getFalse();
  if (n == "numel" || n == "length") return llvm::ConstantFP::get(builder_.getDoubleTy(), 1.0);
  if (n == "isempty") return builder_.getFalse();
  if (n == "isscalar") return builder_.getTrue();
  if (n == "double") return D(0);
  if (n == "logical") return builder_.CreateFCmpUNE(D(0), zero);
  return zero;
}

llvm::Value* Codegen::emit(const Instr& i) {
  switch (i.op) {
    case Op::Const:
      if (i.constant.kind == ir::Constant::Char) return nullptr;  // used as text at its call
      if (i.type.cls == Class::Logical) return builder_.getInt1(i.constant.real != 0);
      return llvm::ConstantFP::get(builder_.getDoubleTy(), i.constant.real);
    case Op::Unary: {
      if (i.unary == UnaryOp::Not) {
        llvm::Value* x = value(i.operands[0]);
        if (x->getType()->isIntegerTy(1)) return builder_.CreateNot(x);
        return builder_.CreateFCmpOEQ(x, llvm::ConstantFP::get(builder_.getDoubleTy(), 0.0));
      }
      llvm::Value* x = asDouble(i.operands[0]);
      return i.unary == UnaryOp::UMinus ? builder_.CreateFNeg(x) : x;
    }
    case Op::Binary: return binary(i);
    case Op::Range: return nullptr;  // read by ForCount/ForValue
    case Op::Matrix: {
      // A row a for loop walks: its values in a stack array.
      llvm::Function* fn = builder_.GetInsertBlock()->getParent();
      llvm::IRBuilder<> entry(&fn->getEntryBlock(), fn->getEntryBlock().begin());
      auto* ty = llvm::ArrayType::get(builder_.getDoubleTy(), i.operands.size());
      llvm::Value* row = entry.CreateAlloca(ty, nullptr, "row");
      for (size_t k = 0; k < i.operands.size(); ++k)
        builder_.CreateStore(asDouble(i.operands[k]), builder_.CreateConstGEP2_64(ty, row, 0, k));
      return row;
    }
    case Op::ForCount: {
      if (i.operands[0]->op == Op::Matrix)
        return llvm::ConstantFP::get(builder_.getDoubleTy(), static_cast<double>(i.operands[0]->operands.size()));
      // numel(first:step:last), with a little tolerance for steps like 0.1.
      const Instr* r = i.operands[0];
      llvm::Value* first = asDouble(r->operands[0]);
      llvm::Value* step = asDouble(r->operands[1]);
      llvm::Value* last = asDouble(r->operands[2]);
      llvm::Value* q = builder_.CreateFDiv(builder_.CreateFSub(last, first), step);
      llvm::Value* n = builder_.CreateFAdd(
          intrinsic(llvm::Intrinsic::floor, builder_.CreateFAdd(q, llvm::ConstantFP::get(builder_.getDoubleTy(), 1e-10))),
          llvm::ConstantFP::get(builder_.getDoubleTy(), 1.0));
      llvm::Value* bad = builder_.CreateOr(builder_.CreateFCmpUNO(q, q), builder_.CreateFCmpOLT(n, llvm::ConstantFP::get(builder_.getDoubleTy(), 0.0)));
      return builder_.CreateSelect(bad, llvm::ConstantFP::get(builder_.getDoubleTy(), 0.0), n);
    }
    case Op::ForValue: {
      const Instr* r = i.operands[0];
      if (r->op == Op::Matrix) {
        auto* ty = llvm::ArrayType::get(builder_.getDoubleTy(), r->operands.size());
        llvm::Value* k = builder_.CreateFPToSI(asDouble(i.operands[1]), builder_.getInt64Ty());
        k = builder_.CreateSub(k, builder_.getInt64(1));
        return builder_.CreateLoad(builder_.getDoubleTy(), builder_.CreateGEP(ty, value(r), {builder_.getInt64(0), k}));
      }
      llvm::Value* k = builder_.CreateFSub(asDouble(i.operands[1]), llvm::ConstantFP::get(builder_.getDoubleTy(), 1.0));
      return builder_.CreateFAdd(asDouble(r->operands[0]), builder_.CreateFMul(k, asDouble(r->operands[1])));
    }
    case Op::Call: {
      if (i.callee == ir::Callee::Builtin) return builtin(i);
      const ir::Function* callee = byName_.at(i.name);
      llvm::Function* fn = functions_.at(callee);
      bool varargin = !callee->paramNames.empty() && callee->paramNames.back() == "varargin";
      const char* misuse = nullptr;
      if (i.operands.size() > callee->params.size() && !varargin) misuse = "Too many input arguments.";
      else if (i.nargout > callee->outputNames.size()) misuse = "Too many output arguments.";
      if (misuse) {
        // MATLAB's error when the call runs (it may never).
        std::string m(misuse);
        builder_.CreateCall(runtime("mcc_error_text", builder_.getVoidTy(),
                                    {builder_.getPtrTy(), builder_.getInt64Ty(), builder_.getPtrTy()}, true),
                            {text(m), builder_.getInt64(m.size()), site(i)});
      }
      std::vector<llvm::Value*> args;
      for (size_t k = 0; k < i.operands.size() && k < callee->params.size(); ++k) {
        args.push_back(coerce(builder_, value(i.operands[k]), fn->getArg(static_cast<unsigned>(k))->getType()));
      }
      // Several outputs come back as a struct that Extract reads.
      llvm::Value* result = builder_.CreateCall(fn, args);
      return result->getType()->isVoidTy() ? nullptr : result;
    }
    case Op::Extract: {
      llvm::Value* r = value(i.operands[0]);
      if (r->getType()->isStructTy()) return builder_.CreateExtractValue(r, {i.index});
      return r;
    }
    case Op::Truth: case Op::LogicalScalar: return asBool(i.operands[0], i);
    case Op::CaseMatch: return builder_.CreateFCmpOEQ(asDouble(i.operands[0]), asDouble(i.operands[1]));
    case Op::Display:
      if (!i.operands[0]->type.noValue) displayScalar(i.name, i.operands[0]);
      return nullptr;
    case Op::SetAns: return nullptr;
    case Op::Br:
      builder_.CreateBr(blocks_.at(i.targets[0]));
      return nullptr;
    case Op::CondBr: {
      llvm::Value* c = coerce(builder_, value(i.operands[0]), builder_.getInt1Ty());
      builder_.CreateCondBr(c, blocks_.at(i.targets[0]), blocks_.at(i.targets[1]));
      return nullptr;
    }
    case Op::Return: {
      llvm::Function* fn = builder_.GetInsertBlock()->getParent();
      llvm::Type* ret = fn->getReturnType();
      if (ret->isVoidTy()) {
        builder_.CreateRetVoid();
      } else if (ret->isStructTy()) {
        llvm::Value* agg = llvm::UndefValue::get(ret);
        for (unsigned k = 0; k < i.operands.size(); ++k) {
          agg = builder_.CreateInsertValue(agg, coerce(builder_, value(i.operands[k]), ret->getStructElementType(k)), {k});
        }
        builder_.CreateRet(agg);
      } else {
        builder_.CreateRet(coerce(builder_, value(i.operands[0]), ret));
      }
      return nullptr;
    }
    default: return nullptr;
  }
}

bool Codegen::run(const CodegenOptions& opts, const std::string& objectPath, std::string* llvmText) {
  for (const ir::Function* f : irModule_.functions) byName_[f->name] = f;
  if (!checkSupported()) return false;

  module_ = std::make_unique<llvm::Module>(src_.name(), ctx_);
  fmtArgTy_ = llvm::StructType::create(ctx_, {builder_.getInt32Ty(), builder_.getDoubleTy(), builder_.getPtrTy(), builder_.getInt64Ty()}, "mcc_fmt_arg");
  siteTy_ = llvm::StructType::create(ctx_, {builder_.getPtrTy(), builder_.getInt32Ty()}, "mcc_site");
  declareFunctions();
  for (const ir::Function* f : irModule_.functions) defineFunction(*f);
  defineMain();

  std::string verifyErrors;
  llvm::raw_string_ostream verifyOut(verifyErrors);
  if (llvm::verifyModule(*module_, &verifyOut)) {
    // A compiler bug, not a user error: say so plainly.
    diags_.report(nullptr, {}, DiagId::NotImplemented, {"code generation for this program (internal: " + verifyOut.str() + ")"});
    return false;
  }

  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
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
  std::unique_ptr<llvm::TargetMachine> machine(
      target->createTargetMachine(triple, cpu, "", targetOptions, llvm::Reloc::PIC_, std::nullopt, optLevel));
  module_->setTargetTriple(triple);
  module_->setDataLayout(machine->createDataLayout());

  // Optimise with the new pass manager.
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(machine.get());
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
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

// AST -> IR lowering with name resolution and SSA construction; see LowerAST.h.
#include "LowerAST.h"

#include "ArgumentChecks.h"
#include "ClassDefs.h"
#include "Enumerations.h"
#include "InferTypes.h"
#include "LibraryClasses.h"
#include "NestedScopes.h"
#include "frontend/Parser.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

namespace mcc::ir {
namespace {

// c{k}(...) (a call of a cell's element): the element's expression c{k},
// else null.
const Expr* calledCellElement(const Expr* e) {
  if (e->kind != NodeKind::IndexExpr) return nullptr;
  auto* call = static_cast<const IndexExpr*>(e);
  if (call->brace || call->base->kind != NodeKind::IndexExpr) return nullptr;
  return static_cast<const IndexExpr*>(call->base)->brace ? call->base : nullptr;
}

// The properties of c that MATLAB's default display of its objects leaves
// out: those not publicly readable and the Hidden ones (the last argument
// of class(s, NAME, handle, SUPERS..., {NAMES}), which the runtime keeps).
std::vector<std::string> unshownProperties(const ClassDecl& c) {
  std::vector<std::string> names;
  for (const ClassDecl::Property& p : c.properties)
    if (!p.dependent && (p.hidden || p.getAccess != "public")) names.push_back(p.name);
  return names;
}

std::string fileStem(const File& f) {
  std::string name = f.source->name();
  size_t slash = name.find_last_of('/');
  if (slash != std::string::npos) name = name.substr(slash + 1);
  if (name.size() > 2 && name.compare(name.size() - 2, 2, ".m") == 0) name.resize(name.size() - 2);
  return name;
}

// ------------------------------------------------------------ variable sets

// MATLAB's static rule: a name assigned anywhere in a workspace is a variable
// there. Collects those names (nested functions are separate workspaces).
class VariableCollector {
 public:
  // evalBody: the statements of `eval(CONSTANT)` when a statement is one.
  using EvalBody = std::function<const mcc::Block*(const Expr*)>;
  explicit VariableCollector(std::set<std::string>& out, EvalBody evalBody = {})
      : out_(out), evalBody_(std::move(evalBody)) {}

  void block(const mcc::Block& b) {
    for (const Stmt* s : b) stmt(*s);
  }

  void target(const Expr* e) {
    while (e) {
      switch (e->kind) {
        case NodeKind::IdentExpr: out_.insert(std::string(static_cast<const IdentExpr*>(e)->name)); return;
        case NodeKind::IndexExpr: e = static_cast<const IndexExpr*>(e)->base; break;
        case NodeKind::FieldExpr: e = static_cast<const FieldExpr*>(e)->base; break;
        case NodeKind::DynFieldExpr: e = static_cast<const DynFieldExpr*>(e)->base; break;
        default: return;
      }
    }
  }

 private:
  void stmt(const Stmt& s) {
    switch (s.kind) {
      case NodeKind::ExprStmt: {
        auto& e = static_cast<const ExprStmt&>(s);
        if (const mcc::Block* body = evalBody_ ? evalBody_(e.expr) : nullptr) {
          block(*body);
          break;
        }
        if (e.expr->kind != NodeKind::IdentExpr) out_.insert("ans");
        expr(e.expr);
        break;
      }
      case NodeKind::CommandStmt: out_.insert("ans"); break;
      case NodeKind::AssignStmt: {
        auto& a = static_cast<const AssignStmt&>(s);
        for (const Expr* t : a.targets) {
          target(t);
          expr(t);
        }
        expr(a.value);
        break;
      }
      case NodeKind::OpAssignStmt: {
        auto& a = static_cast<const OpAssignStmt&>(s);
        target(a.target);
        expr(a.value);
        break;
      }
      case NodeKind::IfStmt:
        for (auto& c : static_cast<const IfStmt&>(s).clauses) expr(c.cond), block(c.body);
        block(static_cast<const IfStmt&>(s).elseBody);
        break;
      case NodeKind::SwitchStmt: {
        auto& w = static_cast<const SwitchStmt&>(s);
        expr(w.subject);
        for (auto& c : w.cases) expr(c.value), block(c.body);
        block(w.otherwise);
        break;
      }
      case NodeKind::ForStmt: {
        auto& f = static_cast<const ForStmt&>(s);
        target(f.var);
        expr(f.iter);
        block(f.body);
        break;
      }
      case NodeKind::WhileStmt: expr(static_cast<const WhileStmt&>(s).cond), block(static_cast<const WhileStmt&>(s).body); break;
      case NodeKind::DoUntilStmt: block(static_cast<const DoUntilStmt&>(s).body), expr(static_cast<const DoUntilStmt&>(s).cond); break;
      case NodeKind::TryStmt: {
        auto& t = static_cast<const TryStmt&>(s);
        block(t.body);
        if (!t.ident.empty()) out_.insert(std::string(t.ident));
        block(t.catchBody);
        break;
      }
      case NodeKind::UnwindProtectStmt:
        block(static_cast<const UnwindProtectStmt&>(s).body);
        block(static_cast<const UnwindProtectStmt&>(s).cleanup);
        break;
      case NodeKind::SpmdStmt: block(static_cast<const SpmdStmt&>(s).body); break;
      case NodeKind::GlobalStmt:
      case NodeKind::PersistentStmt:
        for (auto& n : static_cast<const DeclStmt&>(s).names) out_.insert(std::string(n.name));
        break;
      default: break;
    }
  }

  // Octave's assignments inside expressions.
  void expr(const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case NodeKind::AssignExpr: {
        auto* a = static_cast<const AssignExpr*>(e);
        target(a->target);
        expr(a->value);
        break;
      }
      case NodeKind::IncrementExpr: target(static_cast<const IncrementExpr*>(e)->target); break;
      case NodeKind::BinaryExpr:
        expr(static_cast<const BinaryExpr*>(e)->lhs);
        expr(static_cast<const BinaryExpr*>(e)->rhs);
        break;
      case NodeKind::UnaryExpr: expr(static_cast<const UnaryExpr*>(e)->operand); break;
      case NodeKind::ParenExpr: expr(static_cast<const ParenExpr*>(e)->inner); break;
      case NodeKind::IndexExpr:
        expr(static_cast<const IndexExpr*>(e)->base);
        for (const Expr* a : static_cast<const IndexExpr*>(e)->args) expr(a);
        break;
      default: break;
    }
  }

  std::set<std::string>& out_;
  EvalBody evalBody_;
};

// ---------------------------------------------------------------- program

class ProgramLowering;
std::string operatorExpression(const std::string& method);

// What Octave's methods(x) prints: the names in columns as its
// list_in_columns lays them out for 80 columns, as fprintf format text.
std::string methodsListing(const std::string& cls, const std::vector<std::string>& names) {
  size_t width = 0;
  for (const std::string& n : names) width = std::max(width, n.size());
  width += 2;  // at least two spaces between names
  size_t cols = std::max<size_t>(1, 80 / width), rows = (names.size() + cols - 1) / cols;
  std::string t = "Methods for class " + cls + ":\\n";
  for (size_t r = 0; r < rows; ++r) {
    for (size_t k = r; k < names.size(); k += rows)
      t += names[k] + (k + rows < names.size() ? std::string(width - names[k].size(), ' ') : "");
    t += "\\n";
  }
  return t + "\\n";
}

struct Target {  // where a call goes
  Callee kind = Callee::Builtin;
  std::string name;
  uint32_t envs = 0;  // a nested function: the environments it takes first (its depth)
};

class FunctionLowering {
 public:
  FunctionLowering(ProgramLowering& prog, const File& file, Function* fn, const mcc::Function* ast);

  // Lowers a function (or, with ast == null, the file's script body).
  void lowerBody(const std::vector<std::string>& params, const std::vector<std::string>& outputs,
                 const mcc::Block& body, const std::set<std::string>& variables);
  // A function of a nest of nested functions: its variables that live in
  // environments (NestedScopes.h). Before lowerBody.
  void setNest(const NestedScope* nest) { nest_ = nest; }
  // A constructor: its output starts as the class's default object, or
  // (asSuper: run as a subclass's superclass constructor) as the object
  // passed first (constructObject).
  void setConstructed(const ClassDecl* c, bool asSuper) {
    constructed_ = c;
    asSuper_ = asSuper;
  }
  // A function of a class (a method or constructor): its superclass calls
  // (name@Super(...)) refer to it.
  void setClass(const ClassDecl* c) { class_ = c; }
  // Lowers an anonymous function: captured values first, then its parameters.
  void lowerAnonymous(const std::vector<std::string>& captures, const AnonFuncExpr& f);
  // The same parameters, and the outputs of its body's call as varargout, as
  // many as the caller asks for (Function::manyOutputs).
  void lowerAnonymousOutputs(const std::vector<std::string>& captures, const AnonFuncExpr& f);

 private:
  // ---- SSA construction
  void writeVariable(const std::string& var, Block* b, Instr* v) {
    defs_[var][b] = v;
    if (v->variable.empty()) v->variable = var;
    if (assigned_.insert(var).second) assignOrder_.push_back(var);
  }
  // Where MATLAB ends the lifetime of variable `var`'s value (reassigned,
  // cleared), in a program with destructors: lifetime_end_(value), so the
  // value lives up to here and its release after runs its destructor
  // (ObjectLifetimes.h drops the marks of values that cannot hold objects).
  void endLifetime(const std::string& var);
  // The same for every variable but the outputs at the function's end, in
  // the order they were first assigned (Octave's; a script's in the order of
  // their names, as Octave clears the workspace at the program's end).
  void endLifetimes(const std::vector<std::string>& outputs);
  bool givesNoValue(const Instr& call);
  std::vector<std::string> assignOrder_;  // variables in the order of their first assignment
  std::set<std::string> assigned_;        // the same, to look up
  Instr* readVariable(const std::string& var, Block* b);
  // A variable's value here and its assignment here, for what the program
  // reads and writes: a global or persistent variable (after its
  // declaration) is a load or store of its slot, anything else SSA.
  Instr* readVar(const std::string& var, SourceRange loc = {});
  void writeVar(const std::string& var, Instr* v);
  void declare(const DeclStmt& s);
  std::map<std::string, Instr*> storage_;  // variable -> a GlobalLoad naming its slot (the template)
  const NestedScope* nest_ = nullptr;
  const ClassDecl* constructed_ = nullptr;
  bool asSuper_ = false;
  const ClassDecl* class_ = nullptr;
  // The superclass constructor calls (obj@S(...)) that stand as statements
  // of a constructor's body (the only place MATLAB allows them).
  std::set<const SuperRefExpr*> superConstructorCalls_;
  // The environment of the function at `depth` of the nest: this one's own
  // (made on entry) or one it received. An SSA pseudo-variable, so that an
  // anonymous function can capture it like any value.
  static std::string envName(uint32_t depth) { return "#env" + std::to_string(depth); }
  Instr* env(uint32_t depth) { return readVariable(envName(depth), cur_); }
  Instr* readVariableRecursive(const std::string& var, Block* b);
  Instr* addPhiOperands(const std::string& var, Instr* phi);
  Instr* tryRemoveTrivialPhi(Instr* phi);
  void seal(Block* b);
  Instr* undefFor(const std::string& var);

  // ---- emission
  Instr* emit(Op op, SourceRange loc, std::initializer_list<Instr*> operands = {});
  Instr* constant(Constant c, SourceRange loc);
  Instr* number(double v, SourceRange loc);
  void branch(Block* to);
  void condBranch(Instr* cond, Block* ifTrue, Block* ifFalse, SourceRange loc);
  void startBlock(Block* b) {
    cur_ = b;
    boundary();
  }
  Block* newBlock() { return fn_->newBlock(); }
  void link(Block* from, Block* to) { to->preds.push_back(from); }
  bool unreachable() const;
  void finish();

  // ---- statements
  void block(const mcc::Block& b);
  void stmt(const Stmt& s);
  void exprStatement(const Expr* e, bool show, SourceRange loc);
  void assign(const Expr* target, Instr* value);
  // A target that is a list: c{...}, s.f, s.(n), s(...).f.
  bool isListTarget(const Expr* t) const;
  // A brace target whose indices are constant scalars (c{2}, c{end+1}).
  bool singleValueTarget(const Expr* t) const;
  const IdentExpr* listTargetVariable(const Expr* target, const IndexExpr** index) const;
  Instr* listTargetObject(const IdentExpr* var);
  // How many values a list target takes (null for one it cannot assign).
  Instr* listCount(const Expr* target);
  // target = the values of the cell `values` (one for all, or one each).
  bool assignList(const Expr* target, Instr* values);
  void listAssign(const AssignStmt& a);
  Instr* callOutputs(Instr* count, const Expr* v);
  // [c{idx}] = deal(...) or [s.f] = deal(...) on a variable; false when the
  // statement is not of that form.
  bool dealToList(const Expr* target, const Expr* value);
  void displayVariable(const Expr* target, SourceRange loc);
  // `name = ...` of v, as a statement without a semicolon shows it.
  void display(Instr* v, const std::string& name, SourceRange loc);
  void ifStmt(const IfStmt& s);
  void whileStmt(const WhileStmt& s);
  void doUntil(const DoUntilStmt& s);
  void forStmt(const ForStmt& s);
  void switchStmt(const SwitchStmt& s);
  void jump(Block* to);
  // try/catch and unwind_protect. Inside a try region every statement and
  // every block starts with a boundary: a TryBr whose handler edge carries
  // the variables' values at that point, which is what the handler sees
  // when the code after it raises an error.
  void tryStmt(const TryStmt& s);
  void unwindProtect(const UnwindProtectStmt& s);
  void protectedBody(const mcc::Block& body, Block* handler, SourceRange loc);
  void boundary();
  // TryLeave for the regions a break/continue (loop) or return (all) leaves.
  void leaveTries(bool all, SourceRange loc);
  struct TryRegion {
    Block* handler;
    size_t loopDepth;  // loops_.size() where the region starts
  };
  std::vector<TryRegion> tries_;

  // ---- expressions
  Instr* expr(const Expr* e, uint32_t nargout = 1);
  Instr* shortCircuit(const BinaryExpr& b);
  Instr* condition(const Expr* e);
  bool clearStatement(std::string_view name, const std::vector<std::string>& words);
  bool clearStatement(const Expr* e);
  Instr* call(const std::string& name, const std::vector<const Expr*>& args, uint32_t nargout, SourceRange loc);
  Instr* enumerationCall(const std::string& name, const std::vector<const Expr*>& args, uint32_t nargout, SourceRange loc);
  Instr* methodCall(const Expr* field, const std::vector<Expr*>* args, uint32_t nargout, SourceRange loc);
  Instr* defaultObject(const ClassDecl& c, SourceRange loc);
  // Sets the properties `c` declares (not inherited ones) to their defaults.
  Instr* setDefaults(Instr* obj, const ClassDecl& c, SourceRange loc);
  void constructObject(const std::string& out);
  // name@S(args) (`ref` the name@S, `args` null without parentheses).
  Instr* superCall(const SuperRefExpr& ref, const std::vector<Expr*>* args, uint32_t nargout, SourceRange loc);
  // A call of the function t with the arguments `leading` (values) then `args`.
  Instr* callWith(const Target& t, const std::string& name, std::vector<Instr*> leading,
                  const std::vector<const Expr*>& args, uint32_t nargout, SourceRange loc);
  // isprop(x, name), ismethod(x, name), properties(x), methods(x): what the
  // program's classes declare, answered by `.members(query, x [, name])`
  // (ProgramLowering::addMembers). memberQuery makes `query` and sends t there.
  static bool isMemberQuery(std::string_view name, size_t nargs) {
    return ((name == "isprop" || name == "ismethod") && nargs == 2) ||
           ((name == "properties" || name == "methods") && nargs == 1);
  }
  Instr* memberQuery(std::string_view name, Target& t, SourceRange loc);
  Instr* saveCall(Instr* file, const std::vector<std::string>& words, SourceRange loc);
  void writeCoderRefs(const std::vector<const Expr*>& args, Instr* call);
  // With `splice`, c{:} and s.f among the indices are lists (x(idx{:})).
  std::vector<Instr*> indexArgs(Instr* object, const std::vector<Expr*>& args, std::vector<uint8_t>* splice = nullptr);
  // c{...}, s.f and s.(n) where a comma-separated list may stand (call
  // arguments, [...] and {...} elements): lowered as a list; null for any
  // other expression.
  Instr* listExpr(const Expr* e);
  Instr* anonymous(const AnonFuncExpr& f);
  // An anonymous function's body that is a call of a function that may give
  // no value when asked for none.
  bool mayGiveNothing(const Expr* body);
  // The name a body of call form `f(...)` or `f` calls (bare: no parentheses); "" for others.
  static std::string calleeName(const Expr* body, bool& bare);
  // An anonymous function's body that is a call (f(x), h(x), f): it gives
  // as many outputs as the call does.
  bool isCallForm(const Expr* body, const std::set<std::string>& params) const;
  void enterAnonymous(const std::vector<std::string>& captures, const AnonFuncExpr& f);
  Instr* functionHandle(const std::string& name, SourceRange loc);
  // nargin('f'), nargout(@f), nargin(@(x, varargin) ...): the declared count, at compile time.
  Instr* declaredCount(const std::string& which, const Expr* fn, SourceRange loc);
  // exist('x'), exist('x', 'var'|'builtin'|'file'): what the compiler knows
  // (variables, functions of the program, builtins); null where the run-time
  // file check answers.
  Instr* existCall(const std::vector<const Expr*>& args, SourceRange loc);
  Instr* existVar(const Expr* name, SourceRange loc);
  // h(args) with nargout outputs, h a handle.
  Instr* handleCall(Instr* handle, const std::vector<const Expr*>& args, uint32_t nargout, SourceRange loc);
  static std::string handleText(std::string_view source);
  bool isVariable(std::string_view name) const { return vars_.count(std::string(name)) > 0; }
  // A dotted chain of names that are not variables (pkg.fn, a.b.c): its name.
  bool dottedFunctionName(const Expr* e, std::string& out) const;
  void unsupported(SourceRange r, const std::string& what);

  ProgramLowering& prog_;
  const File& file_;
  Function* fn_;
  const mcc::Function* ast_;
  Block* cur_ = nullptr;
  Block* exit_ = nullptr;
  std::set<std::string> vars_;
  std::unordered_map<std::string, std::unordered_map<Block*, Instr*>> defs_;
  std::unordered_map<Block*, std::vector<std::pair<std::string, Instr*>>> incomplete_;
  std::unordered_map<std::string, Instr*> undefs_;
  std::set<Instr*> building_;  // phis whose operands are being read
  std::unordered_map<Instr*, Instr*> replaced_;  // folded phi -> what replaced it
  // A value, or what replaced it if it was a phi folded since.
  Instr* current(Instr* v) const {
    for (auto it = replaced_.find(v); it != replaced_.end(); it = replaced_.find(v)) v = it->second;
    return v;
  }
  struct Loop {
    Block* continueTo;
    Block* breakTo;
  };
  std::vector<Loop> loops_;
  struct EndContext {
    Instr* object;  // the value being indexed
    uint32_t index, count;
  };
  std::vector<EndContext> ends_;
  unsigned loopCounter_ = 0;
  // The exit block of each `for` loop: its variable, the loop's ForCount
  // and the variable's range (readVariableRecursive wraps a read there).
  struct ForExit {
    std::string var;
    Instr* count;
    SourceRange range;
  };
  std::map<const Block*, ForExit> forExits_;
};

class ProgramLowering {
 public:
  ProgramLowering(const std::vector<const File*>& files, const FileFinder& find, DiagnosticEngine& diags)
      : files_(files), find_(find), diags_(diags), module_(std::make_unique<Module>()) {}

  std::unique_ptr<Module> run();

  DiagnosticEngine& diags() { return diags_; }
  Module& module() { return *module_; }

  // What `name`, called from `from` in `file`, refers to; queues it for lowering.
  Target resolve(std::string_view name, const File& file, const mcc::Function* from);
  // The declaration of a function `resolve` found (null for a builtin).
  const mcc::Function* declaration(const Target& t) const {
    if (t.kind == Callee::Builtin) return nullptr;
    for (const auto& [ast, ir] : lowered_)
      if (ir->name == t.name) return ast;
    return nullptr;
  }
  // eval('code') with constant text, as a statement or an expression: the
  // code parsed as a script of the file (null when `call` is no such eval).
  // Its nodes sit at the literal's place in the file, so lines and
  // diagnostics point into the source.
  const File* evalSnippet(const File& file, const Expr* call);
  // The same for the literal `code` of such a call.
  const File* parseEval(const File& file, const Expr* code);
  VariableCollector::EvalBody evalBodies(const File& file) {
    return [this, &file](const Expr* e) -> const mcc::Block* {
      const File* snippet = evalSnippet(file, e);
      return snippet ? &snippet->script : nullptr;
    };
  }
  // The class a classdef file defines, declared on first use: its
  // constructor (`NAME`), methods and static methods (`NAME.f`) are queued.
  const ClassDecl& classOf(const File& file);
  // The class named `name` (a classdef file found from `from`), or null.
  const ClassDecl* classNamed(std::string_view name, const File& from) {
    const File* f = fileNamed(name, from);
    return f && f->kind == FileKind::Classdef ? &classOf(*f) : nullptr;
  }
  // The class whose constructor the function `name` (as resolve() gives it) is, or null.
  const ClassDecl* constructorOf(const std::string& name) {
    for (const auto& [file, c] : classes_)
      if (c.name == name) return &c;
    return nullptr;
  }
  // `S@S`: the constructor of S run as a subclass's superclass constructor
  // (obj = obj@S(args)): it takes the subclass's object first and starts
  // from it; queued for lowering on first use.
  std::string superConstructor(const ClassDecl& s);
  // Whether `name` is an ordinary method of a class of the program:
  // obj.name(...) is then the call name(obj, ...).
  bool isMethodName(std::string_view name) {
    for (const auto& [cls, info] : module_->classes)
      if (info.methods.count(std::string(name)) || info.statics.count(std::string(name))) return true;
    notMethods_.insert(std::string(name));
    return false;
  }
  // NAME.K of a constant property: its value's expression (else null).
  const Expr* classConstant(std::string_view dotted, const File& from);
  // The enumeration class NAME of NAME.M (and M, which may be M.p), else null.
  const ClassDecl* enumerationClass(std::string_view dotted, const File& from, std::string_view& member) {
    const ClassDecl* c = dottedClass(dotted, from, member);
    return c && c->isEnumeration() ? c : nullptr;
  }
  // isenum(x): whether x is (an array of) members of an enumeration class
  // (the function `.isenum`, written on first use).
  std::string isenumFunction() {
    if (!isenumAdded_)
      addGenerated("<isenum>", "function r = isenum_(x)\n  r = isobject(x) && isfield(x, 'EnumIndex_');\nend\n", ".isenum");
    isenumAdded_ = true;
    return ".isenum";
  }
  // @plus, @eq, ...: a handle to an operator's function that is no runtime
  // builtin calls `.opfn.plus` (r = a + b), written on first use.
  std::string operatorFunction(const std::string& name) {
    std::string fn = ".opfn." + name;
    if (operatorFunctions_.insert(name).second) {
      std::string operation = operatorExpression(name);
      bool unary = operation.find('b') == std::string::npos;
      addGenerated("<operator function " + name + ">",
                   "function r = opfn_(a" + std::string(unary ? "" : ", b") + ")\n  r = " + operation + ";\nend\n", fn);
    }
    return fn;
  }
  // NAME.f of an ordinary (not static) method f, called from a file the
  // program's author wrote: the class (MATLAB's error), else null. (The
  // method dispatchers call methods so.)
  const ClassDecl* instanceMethodPath(std::string_view dotted, const File& from) {
    std::string_view member;
    const ClassDecl* c = generated_.count(&from) ? nullptr : dottedClass(dotted, from, member);
    return c && c->methodTable.count(std::string(member)) ? c : nullptr;
  }
  // NAME.f of a static method whose Access (private, protected, a list) does not
  // let code of `from` call it (MATLAB's error): the class that declares
  // it; else null.
  const ClassDecl* inaccessibleStatic(std::string_view dotted, const File& from) {
    std::string_view member;
    const ClassDecl* c = generated_.count(&from) ? nullptr : dottedClass(dotted, from, member);
    auto m = c ? c->staticTable.find(std::string(member)) : decltype(c->staticTable.end()){};
    if (!c || m == c->staticTable.end()) return nullptr;
    const ClassDecl* owner = constructorOf(m->second.function.substr(0, m->second.function.find('.')));
    auto a = owner ? owner->methodAccess.find(std::string(member)) : decltype(owner->methodAccess.end()){};
    if (!owner || a == owner->methodAccess.end() || owner->file == &from) return nullptr;
    if (from.kind != FileKind::Classdef) return owner;
    const ClassDecl& caller = classOf(from);
    auto isA = [&](const std::string& name) {
      return caller.name == name || std::find(caller.ancestors.begin(), caller.ancestors.end(), name) != caller.ancestors.end();
    };
    if (a->second == "protected" && isA(owner->name)) return nullptr;
    if (a->second.rfind("list:", 0) == 0) {  // ({?C, ?D}: C, D and their subclasses)
      std::string list = a->second.substr(5) + ",";
      for (size_t at = 0, comma; (comma = list.find(',', at)) != std::string::npos; at = comma + 1)
        if (comma > at && isA(list.substr(at, comma - at))) return nullptr;
    }
    return owner;
  }
  // isprop, ismethod, properties and methods call `.members`, which is
  // written once every class is known (addMembers).
  void wantMembers() { membersWanted_ = true; }
  // A value shown as `name = ...` where a class has a disp method: the
  // display goes to `.display.NAME` (addDisplays) when the value may be
  // an object of such a class.
  void wantDisplay(const std::string& name) { displays_.insert(name); }
  // Whether the program has a class with a destructor (onCleanup among
  // them): its functions then mark where MATLAB ends their variables'
  // lifetimes (FunctionLowering::endLifetime, ObjectLifetimes.h).
  bool lifetimes() const { return lifetimes_; }
  // Whether a class of the program (known so far) is a handle class.
  bool hasHandleClass() const {
    return std::any_of(classes_.begin(), classes_.end(), [](const auto& c) { return c.second.handle; });
  }
  // The nest of nested functions `f` belongs to: its scope there.
  const NestedScope& nestedScope(const mcc::Function* f);
  // A new function for an anonymous function's body.
  Function* newAnonymous(const File& file, const mcc::Function* from) {
    Function* f = module_->newFunction(std::string(from ? from->name : fileStem(file)) + ">@" +
                                       std::to_string(anonCounter_++));
    f->source = file.source;
    return f;
  }

 private:
  Function* functionFor(const File& file, const mcc::Function* f, std::string name = "");
  bool addDispatchers();
  bool addMembers();
  bool addDisplays();
  bool addPropertySetters();
  // A function the compiler writes (a dispatcher, `.members`): its source
  // parsed, and the file lowered as `name`.
  const File* addGenerated(std::string label, std::string text, const std::string& name);
  void registerClass(const File& file, const ClassDecl& c);
  void addEnumerationFunctions(ClassDecl& c);
  void addStaticForms(ClassDecl& c);
  std::string emptyMethod(const ClassDecl& c);
  std::map<const ClassDecl*, std::string> emptyMethods_;  // emptyMethod's, made once
  void lowerAll();
  // The file NAME.m of the program or the search path (not `from` itself,
  // but for a classdef file).
  const File* fileNamed(std::string_view name, const File& from);
  // The classdef file of the class named by the first part of `dotted`.
  const ClassDecl* dottedClass(std::string_view dotted, const File& from, std::string_view& member);
  void lowerFunction(const File& file, const mcc::Function* f, Function* ir, bool superConstructor);

  const std::vector<const File*>& files_;
  const FileFinder& find_;
  DiagnosticEngine& diags_;
  std::unique_ptr<Module> module_;
  std::map<const mcc::Function*, Function*> lowered_;
  std::map<const Expr*, const File*> snippets_;
  std::map<const mcc::Function*, NestedScope> nestedScopes_;
  std::map<const File*, ClassDecl> classes_;
  std::map<const mcc::Function*, const ClassDecl*> constructors_;
  std::map<const ClassDecl*, Function*> superConstructors_;
  std::set<const File*> declaring_;  // classes whose superclasses are being declared (a cycle)
  std::map<std::string, const File*> dispatchers_;
  std::set<const File*> generated_;  // the files of generated functions
  bool membersWanted_ = false, membersAdded_ = false, operatorsAdded_ = false;
  std::set<std::string> displays_, displaysAdded_, settersAdded_;
  bool isenumAdded_ = false;
  bool lifetimes_ = false, destructorsFound_ = false, destroyAdded_ = false;
  std::map<std::string, const File*> library_;  // the library classes parsed so far
  const File* libraryClass(std::string_view name);
  bool addDestructors();
  bool defaultsAdded_ = false;
  bool addDefaults();
  std::set<std::string> operatorFunctions_;
  std::set<std::string> notMethods_;  // names isMethodName said no to
  // What the compiler writes itself (default constructors, method
  // dispatchers): the IR keeps pointers to their AST and source, so they
  // live as long as the program, as eval's snippets do.
  struct Generated {
    std::deque<mcc::Function> constructors;
    std::vector<std::unique_ptr<SourceFile>> sources;
    ASTContext nodes;
  };
  static Generated& generated() {
    static Generated g;
    return g;
  }
  struct Pending {
    const File* file;
    const mcc::Function* ast;
    Function* ir;
    bool superConstructor;  // the constructor as a superclass's (superConstructor())
  };
  std::deque<Pending> queue_;
  unsigned anonCounter_ = 0;
};

// ------------------------------------------------------------- resolution

const File* ProgramLowering::evalSnippet(const File& file, const Expr* e) {
  if (e->kind != NodeKind::IndexExpr) return nullptr;
  auto* call = static_cast<const IndexExpr*>(e);
  if (call->brace || call->base->kind != NodeKind::IdentExpr || call->args.size() != 1 ||
      static_cast<const IdentExpr*>(call->base)->name != "eval")
    return nullptr;
  const Expr* lit = call->args[0];
  if (lit->kind != NodeKind::CharLitExpr && lit->kind != NodeKind::StringLitExpr) return nullptr;
  return parseEval(file, lit);
}

const File* ProgramLowering::parseEval(const File& file, const Expr* lit) {
  auto known = snippets_.find(lit);
  if (known != snippets_.end()) return known->second;
  const std::string& code = lit->kind == NodeKind::CharLitExpr ? static_cast<const CharLitExpr*>(lit)->value
                                                                : static_cast<const StringLitExpr*>(lit)->value;
  // The file's text blanked out but for its line breaks, with the code
  // where the literal's text was. Diagnostics keep pointers to the source,
  // so it lives as long as the program.
  std::string_view original = file.source->text();
  if (code.find_first_of("\r\n") != std::string::npos || lit->range.begin + 1 + code.size() > original.size()) {
    diags_.report(file.source, lit->range, DiagId::NotImplemented, {"eval of text with line breaks"});
    return snippets_[lit] = nullptr;
  }
  std::string text(original.size(), ' ');
  for (size_t k = 0; k < original.size(); ++k)
    if (original[k] == '\n' || original[k] == '\r') text[k] = original[k];
  text.replace(lit->range.begin + 1, code.size(), code);
  static std::vector<std::unique_ptr<SourceFile>> sources;
  static ASTContext nodes;
  sources.push_back(std::make_unique<SourceFile>(file.source->name(), std::move(text)));
  const File* snippet = parseFile(*sources.back(), nodes, diags_);
  if (snippet && (snippet->kind != FileKind::Script || !snippet->functions.empty())) {
    diags_.report(file.source, lit->range, DiagId::NotImplemented, {"eval of code that defines functions"});
    snippet = nullptr;
  }
  return snippets_[lit] = snippet;
}

Function* ProgramLowering::functionFor(const File& file, const mcc::Function* f, std::string name) {
  auto it = lowered_.find(f);
  if (it != lowered_.end()) return it->second;
  bool primary = !file.functions.empty() && file.functions.front() == f && file.kind == FileKind::Function;
  if (name.empty()) name = primary ? f->name : fileStem(file) + ">" + f->name;
  Function* ir = module_->newFunction(name);
  ir->source = file.source;
  ir->ast = f;
  if (f->parent) ir->handleText = f->name;  // a handle to it captures environments: func2str's text
  lowered_[f] = ir;
  queue_.push_back({&file, f, ir, false});
  return ir;
}

Target ProgramLowering::resolve(std::string_view name, const File& file, const mcc::Function* from) {
  // 1. nested functions visible from here, then the file's local functions
  for (const mcc::Function* scope = from; scope; scope = scope->parent)
    for (const mcc::Function* n : scope->nested)
      if (n->name == name) return {Callee::Local, functionFor(file, n)->name, nestedScope(n).depth};
  for (const mcc::Function* f : file.functions)
    if (f->name == name) {
      bool primary = file.kind == FileKind::Function && f == file.functions.front();
      return {primary ? Callee::File : Callee::Local, functionFor(file, f)->name};
    }
  // 2. the other files of the program, then the search path: a function
  // file's function, a class's constructor, or NAME.f a static method
  // (NAME.f of an ordinary method too: the method dispatchers call it so)
  std::string_view member;
  if (const ClassDecl* c = dottedClass(name, file, member); c && c->destructor && member == "delete")
    return {Callee::File, c->name + ".delete"};  // (what `.destroy` calls)
  if (const ClassDecl* c = dottedClass(name, file, member)) {
    for (const auto* table : {&c->staticTable, &c->methodTable, &c->accessorTable})
      if (auto m = table->find(std::string(member)); m != table->end()) return {Callee::File, m->second.function};
    if (member == "empty" && !c->isEnumeration()) return {Callee::File, emptyMethod(*c)};
  }
  if (const File* other = fileNamed(name, file)) {
    if (other->kind == FileKind::Function && !other->functions.empty())
      return {Callee::File, functionFor(*other, other->functions.front())->name};
    if (other->kind == FileKind::Classdef) return {Callee::File, classOf(*other).name};
  }
  // 3. the builtin library (scripts are not called yet)
  return {Callee::Builtin, std::string(name)};
}

const File* ProgramLowering::fileNamed(std::string_view name, const File& from) {
  for (const File* f : files_)  // (a class's methods call its constructor by its file's name)
    if ((f != &from || f->kind == FileKind::Classdef) && fileStem(*f) == name) return f;
  const File* found = find_ ? find_(name) : nullptr;
  if (!found) return libraryClass(name);
  return found;
}

// A class mcc supplies itself (LibraryClasses.h), parsed once.
const File* ProgramLowering::libraryClass(std::string_view name) {
  std::string_view text = libraryClassSource(name);
  if (text.empty()) return nullptr;
  auto known = library_.find(std::string(name));
  if (known != library_.end()) return known->second;
  generated().sources.push_back(std::make_unique<SourceFile>(std::string(name) + ".m", std::string(text)));
  return library_[std::string(name)] = parseFile(*generated().sources.back(), generated().nodes, diags_);
}

const ClassDecl* ProgramLowering::dottedClass(std::string_view dotted, const File& from, std::string_view& member) {
  size_t dot = dotted.find('.');
  if (dot == std::string_view::npos) return nullptr;
  const File* f = fileNamed(dotted.substr(0, dot), from);
  if (!f || f->kind != FileKind::Classdef) return nullptr;
  member = dotted.substr(dot + 1);
  return &classOf(*f);
}

const Expr* ProgramLowering::classConstant(std::string_view dotted, const File& from) {
  std::string_view member;
  if (const ClassDecl* c = dottedClass(dotted, from, member))
    for (const ClassDecl::Property& k : c->constants)
      if (k.name == member) return k.defaultValue;
  return nullptr;
}

const ClassDecl& ProgramLowering::classOf(const File& file) {
  auto known = classes_.find(&file);
  if (known != classes_.end()) return known->second;
  ClassDecl& c = classes_[&file] = declareClass(file, diags_);
  if (c.isEnumeration()) addEnumerationFunctions(c);
  std::vector<const ClassDecl*> supers;
  declaring_.insert(&file);
  for (const std::string& name : c.superclasses) {
    const File* s = fileNamed(name, file);
    if (!s || s->kind != FileKind::Classdef)
      diags_.report(file.source, file.classdef->nameRange, DiagId::UnknownSuperclass, {name});
    else if (declaring_.count(s))
      diags_.report(file.source, file.classdef->nameRange, DiagId::BadInheritance,
                    {"The class '" + c.name + "' is its own superclass (through '" + name + "')."});
    else
      supers.push_back(&classOf(*s));
  }
  declaring_.erase(&file);
  inherit(c, supers, diags_);
  const ClassDecl* super = supers.size() == 1 ? supers.front() : nullptr;
  if (!c.constructor) {  // the default one: obj = NAME() with the defaults
    mcc::Function& d = generated().constructors.emplace_back();
    d.name = c.name;
    d.range = d.nameRange = file.classdef->nameRange;
    d.outputs.push_back(Param{"obj", d.range});
    if (super) {
      // A subclass's passes its arguments to the superclass's constructor,
      // as MATLAB's does: obj = obj@SUPER(varargin{:}). (With several
      // superclasses it takes none, and calls theirs without any.)
      ASTContext& nodes = generated().nodes;
      SourceRange at = d.range;
      d.params.push_back(Param{"varargin", at});
      auto* args = nodes.make<IndexExpr>(at);
      args->brace = true;
      args->base = nodes.make<IdentExpr>(at, "varargin");
      args->args.push_back(nodes.make<ColonExpr>(at));
      auto* call = nodes.make<IndexExpr>(at);
      call->base = nodes.make<SuperRefExpr>(at, nodes.make<IdentExpr>(at, "obj"), super->name);
      call->args.push_back(args);
      auto* assign = nodes.make<AssignStmt>(at);
      assign->targets.push_back(nodes.make<IdentExpr>(at, "obj"));
      assign->value = call;
      d.body.push_back(assign);
    }
    c.constructor = &d;
  }
  if (c.constructor->outputs.size() != 1)
    diags_.report(file.source, c.constructor->nameRange, DiagId::NotImplemented, {"a constructor without one output"});
  constructors_[c.constructor] = &c;
  if (c.isEnumeration()) c.staticTable["new_"] = {c.name + ".new_", c.constructor};
  addStaticForms(c);
  registerClass(file, c);
  return c;
}

// The members of an enumeration class, static methods of its file, and
// each other function of it (Enumerations.h) parsed from its text into a
// generated file of its own, so that it can call a builtin of its method's
// name.
void ProgramLowering::addEnumerationFunctions(ClassDecl& c) {
  for (size_t k = 0; k < c.members.size(); ++k)
    c.staticMethods.push_back(enumerationMember(c, k, generated().nodes, generated().constructors));
  for (EnumerationFunction& f : enumerationFunctions(c)) {
    generated().sources.push_back(std::make_unique<SourceFile>("<enumeration " + c.name + "." + f.name + ">", std::move(f.text)));
    const File* parsed = parseFile(*generated().sources.back(), generated().nodes, diags_);
    if (!parsed || parsed->functions.empty()) continue;  // (a compiler bug, reported by the parser)
    generated_.insert(parsed);
    ClassDecl::GeneratedMethod m{f.name, parsed->functions.front(), parsed};
    if (f.kind == EnumerationFunction::Static) c.generatedStatics.push_back(m);
    else if (f.kind == EnumerationFunction::Method) c.generatedMethods.push_back(m);
    else c.conversion = m;
  }
}

// obj.f(args) of a static method f (MATLAB: "you can call a static method
// using an instance of the class", which does not pass the object):
// `.static.NAME.f(obj, args...)`, which calls NAME.f(args...) with the
// caller's count of outputs (none: the first, as the `.fn.` dispatchers
// do). Not the compiler's own statics of an enumeration (`tag_`, its
// members).
void ProgramLowering::addStaticForms(ClassDecl& c) {
  auto outputs = [](size_t n) {
    std::string list;
    for (size_t k = 1; k <= n; ++k) list += (k > 1 ? ", o" : "o") + std::to_string(k);
    return list;
  };
  for (const auto& [name, m] : c.staticTable) {
    bool member = std::any_of(c.members.begin(), c.members.end(), [&](const auto& e) { return e.name == name; });
    if (member || name.back() == '_' || !m.ast) continue;
    size_t outs = m.ast->outputs.size();
    if (outs && m.ast->outputs.back().name == "varargout") outs = 4;
    std::string call = m.function + "(varargin{:});\n";
    std::string text = "function [" + outputs(outs) + "] = static_(obj, varargin)\n";
    if (outs == 0) {
      text += "  " + call;
    } else {
      text += "  switch nargout\n    case {0, 1}\n      o1 = " + call;
      for (size_t n = 2; n <= outs; ++n) text += "    case " + std::to_string(n) + "\n      [" + outputs(n) + "] = " + call;
      text += "  end\n";
    }
    generated().sources.push_back(std::make_unique<SourceFile>("<static " + c.name + "." + name + ">", text + "end\n"));
    const File* parsed = parseFile(*generated().sources.back(), generated().nodes, diags_);
    if (!parsed || parsed->functions.empty()) continue;  // (a compiler bug, reported by the parser)
    generated_.insert(parsed);
    c.staticForms.push_back({name, parsed->functions.front(), parsed});
  }
}

// NAME.empty and NAME.empty(dims...) of a class that defines no `empty`:
// an empty array of its objects (MATLAB's), made without calling the
// constructor: class() of an empty struct with the object's fields (in the
// order defaultObject gives them: the class's own properties, then the
// inherited ones). Made when a call names it, so it is no method the
// class lists or its subclasses inherit.
std::string ProgramLowering::emptyMethod(const ClassDecl& c) {
  std::string name = c.name + ".empty";
  if (!emptyMethods_.emplace(&c, name).second) return name;
  std::vector<std::string> names;
  for (bool own : {true, false})
    for (const ClassDecl::Property& p : c.properties)
      if ((p.file == c.file) == own && !p.dependent) names.push_back(p.name);
  std::string text = "function o = empty(varargin)\n  if nargin == 0\n    varargin = {0, 0};\n  end\n";
  if (names.empty()) {
    text += "  s = repmat(struct(), varargin{:});\n";
  } else {
    text += "  s = struct(";
    for (size_t k = 0; k < names.size(); ++k) text += (k ? ", '" : "'") + names[k] + "', cell(varargin{:})";
    text += ");\n";
  }
  std::vector<std::string> supers = c.ancestors;
  text += "  o = class(s, '" + c.name + "'" + (c.handle ? ", true" : ", false");
  for (const std::string& a : supers) text += ", '" + a + "'";
  if (std::vector<std::string> unshown = unshownProperties(c); !unshown.empty()) {
    text += ", {";
    for (size_t k = 0; k < unshown.size(); ++k) text += (k ? ", '" : "'") + unshown[k] + "'";
    text += "}";
  }
  text += ");\nend\n";
  generated().sources.push_back(std::make_unique<SourceFile>("<class " + c.name + ".empty>", std::move(text)));
  const File* parsed = parseFile(*generated().sources.back(), generated().nodes, diags_);
  if (!parsed || parsed->functions.empty()) return name;  // (a compiler bug, reported by the parser)
  generated_.insert(parsed);
  functionFor(*parsed, parsed->functions.front(), name);
  return name;
}

void ProgramLowering::registerClass(const File& file, const ClassDecl& c) {
  ClassInfo& info = module_->classes[c.name];
  info.enumeration = c.isEnumeration();
  info.handle = c.handle;
  for (const ClassDecl::Property& p : c.properties) {
    info.properties.push_back(p.name);
    if (p.getAccess != "public" || p.setAccess != "public") info.access[p.name] = {p.getAccess, p.setAccess, p.owner};
    if (p.dependent && !p.hidden && p.getAccess == "public" && !c.isEnumeration()) info.showsDependent = true;
  }
  info.ancestors = c.ancestors;
  info.source = file.source;
  for (const auto* table : {&c.methodTable, &c.staticTable})
    for (const auto& [name, m] : *table)
      if (size_t dot = m.function.find('.'); dot != std::string::npos)
      if (const ClassDecl* owner = constructorOf(m.function.substr(0, dot)))
        if (auto a = owner->methodAccess.find(name); a != owner->methodAccess.end()) info.methodAccess[name] = {a->second, a->second, owner->name};
  for (const ClassDecl::Property& p : c.constants) info.constants.push_back(p.name);
  for (const auto& [name, m] : c.methodTable) info.methods[name] = m.function;
  for (const ClassDecl::GeneratedMethod& m : c.staticForms) {
    info.statics[m.name] = ".static." + c.name + "." + m.name;
    functionFor(*m.file, m.ast, info.statics[m.name]);
  }
  for (const ClassDecl::Property& k : c.constants) info.getters[k.name] = ".const." + c.name + "." + k.name;
  for (const ClassDecl::Property& p : c.properties)
    if (c.checkedSet(p.name)) info.setters[p.name] = ".setprop." + c.name + "." + p.name;
  for (const auto& [name, m] : c.accessorTable)
    if (name.substr(0, 4) == "get.") info.getters[name.substr(4)] = m.function;
  // (An enumeration's constructor makes its members, NAME.new_; NAME(x) converts to one.)
  functionFor(file, c.constructor, c.isEnumeration() ? c.name + ".new_" : c.name);
  if (c.conversion.ast) functionFor(*c.conversion.file, c.conversion.ast, c.name);
  for (const auto* list : {&c.generatedMethods, &c.generatedStatics})
    for (const ClassDecl::GeneratedMethod& m : *list) functionFor(*m.file, m.ast, c.name + "." + m.name);
  for (const mcc::Function* m : c.accessors) functionFor(file, m, c.name + "." + m->name);
  for (const mcc::Function* m : c.methods) functionFor(file, m, c.name + "." + m->name);
  for (const mcc::Function* m : c.staticMethods) functionFor(file, m, c.name + "." + m->name);
  if (c.destructor) functionFor(file, c.destructor, c.name + ".delete");
  destructorsFound_ |= !c.destructors.empty();
}

std::string ProgramLowering::superConstructor(const ClassDecl& s) {
  auto known = superConstructors_.find(&s);
  if (known != superConstructors_.end()) return known->second->name;
  Function* ir = module_->newFunction(s.name + "@" + s.name);
  ir->source = s.file->source;
  ir->ast = s.constructor;
  superConstructors_[&s] = ir;
  queue_.push_back({s.file, s.constructor, ir, true});
  return ir->name;
}

const NestedScope& ProgramLowering::nestedScope(const mcc::Function* f) {
  auto it = nestedScopes_.find(f);
  if (it != nestedScopes_.end()) return it->second;
  const mcc::Function* top = f;
  while (top->parent) top = top->parent;
  auto assigned = [&](const mcc::Function& g) {
    std::set<std::string> vars;
    for (const Param& p : g.params) vars.insert(std::string(p.name));
    for (const Param& p : g.outputs) vars.insert(std::string(p.name));
    VariableCollector(vars).block(g.body);
    return vars;
  };
  for (auto& [fn, scope] : analyzeNestedScopes(*top, assigned)) nestedScopes_[fn] = scope;
  return nestedScopes_.at(f);
}

void ProgramLowering::lowerFunction(const File& file, const mcc::Function* f, Function* ir, bool superConstructor) {
  FunctionLowering fl(*this, file, ir, f);
  if (file.kind == FileKind::Classdef) fl.setClass(&classOf(file));
  std::vector<std::string> params, outputs;
  for (const Param& p : f->params) params.push_back(p.tilde() ? "~" : std::string(p.name));
  for (const Param& p : f->outputs) outputs.push_back(std::string(p.name));
  std::set<std::string> vars(params.begin(), params.end());
  vars.insert(outputs.begin(), outputs.end());
  VariableCollector(vars, evalBodies(file)).block(f->body);
  if (f->parent || !f->nested.empty()) {
    const NestedScope& nest = nestedScope(f);
    vars.insert(nest.variables.begin(), nest.variables.end());
    fl.setNest(&nest);
  }
  // The main function's arguments block is applied to its command-line
  // inputs by the program's entry (driver/EntryPoint.h), before it runs.
  bool isMain = &file == files_.front() && file.kind == FileKind::Function && f == file.functions.front();
  // Any other function's checks its inputs first (ArgumentChecks.h).
  const mcc::Block* body = &f->body;
  if (!f->arguments.empty() && !isMain) {
    static std::deque<mcc::Block> bodies;  // (the IR may keep pointers into them)
    mcc::Block checks;
    auto isClass = [&](const std::string& name) { return classNamed(name, file) != nullptr; };
    if (argumentChecks(file, *f, generated().nodes, isClass, diags_, checks) && !checks.empty()) {
      checks.insert(checks.end(), f->body.begin(), f->body.end());
      body = &bodies.emplace_back(std::move(checks));
    }
  }
  for (const Param& p : f->params)
    if (p.defaultValue) diags_.report(file.source, p.range, DiagId::NotImplemented, {"default parameter values"});
  if (auto c = constructors_.find(f); c != constructors_.end() && outputs.size() == 1) {
    fl.setClass(c->second);
    fl.setConstructed(c->second, superConstructor);
  }
  fl.lowerBody(params, outputs, *body, vars);
}

std::unique_ptr<Module> ProgramLowering::run() {
  const File& main = *files_.front();
  if (main.kind == FileKind::Classdef) {
    diags_.report(main.source, main.classdef->nameRange, DiagId::NotImplemented, {"classdef programs"});
    return std::move(module_);
  }
  lowerAll();
  // x.f() lowered as a field before a class with the method f was found:
  // once more, every class known from the start.
  bool missed = false;
  for (const std::string& name : std::set<std::string>(notMethods_)) missed |= isMethodName(name);
  // (a class with a destructor found after functions were lowered without lifetimes)
  if (destructorsFound_ && !lifetimes_) missed = lifetimes_ = true;
  if (missed && !diags_.hasErrors()) {
    module_ = std::make_unique<Module>();
    lowered_.clear();
    superConstructors_.clear();
    queue_.clear();
    dispatchers_.clear();
    membersAdded_ = false;
    operatorsAdded_ = false;
    destroyAdded_ = false;
    defaultsAdded_ = false;
    isenumAdded_ = false;
    displaysAdded_.clear();
    settersAdded_.clear();
    anonCounter_ = 0;
    lowerAll();
  }
  return std::move(module_);
}

void ProgramLowering::lowerAll() {
  const File& main = *files_.front();
  auto classesKnown = [&] {
    for (const auto& [file, c] : classes_) registerClass(*file, c);
  };
  if (main.kind == FileKind::Script) {
    Function* entry = module_->newFunction(fileStem(main));
    entry->source = main.source;
    classesKnown();
    FunctionLowering fl(*this, main, entry, nullptr);
    std::set<std::string> vars;
    VariableCollector(vars, evalBodies(main)).block(main.script);
    fl.lowerBody({}, {}, main.script, vars);
  } else {
    functionFor(main, main.functions.front());
    classesKnown();
  }
  do {
    while (!queue_.empty()) {
      Pending p = queue_.front();
      queue_.pop_front();
      lowerFunction(*p.file, p.ast, p.ir, p.superConstructor);
    }
  } while (addDispatchers() || addDestructors() || addDefaults() || addMembers() || addDisplays() || addPropertySetters());
}

const File* ProgramLowering::addGenerated(std::string label, std::string text, const std::string& name) {
  generated().sources.push_back(std::make_unique<SourceFile>(std::move(label), std::move(text)));
  const File* file = parseFile(*generated().sources.back(), generated().nodes, diags_);
  if (!file) return nullptr;
  generated_.insert(file);
  if (!file->functions.empty()) functionFor(*file, file->functions.front(), name);
  return file;
}

// What the operator whose method is `method` does to a (and b): "a + b".
std::string operatorExpression(const std::string& method) {
#define BINARY(Enum, Name, Spelling) \
  if (method == Name) return std::string("a ") + Spelling + " b";
#define UNARY(Enum, Name, Spelling) \
  if (method == Name) return std::string(Spelling) + "a";
#define POSTFIX(Enum, Name, Spelling) \
  if (method == Name) return std::string("a") + Spelling;
#include "frontend/Operators.def"
  return "";
}

// A method called as obj.f(...) on a value whose class inference does not
// know goes to the function `.f` made here once every class is known
// (InferTypes): it picks the method of the object's class at run time, and
// for any other value reads the field f (and indexes it with the arguments),
// which is what obj.f(...) means for a struct.
bool ProgramLowering::addDispatchers() {
  struct Case {
    std::string cls, function;
    size_t outputs;
    bool isStatic = false;  // obj.f(args) calls NAME.f(args)
  };
  std::map<std::string, std::vector<Case>> classesOf;  // method: the classes that have it
  for (const auto& [file, c] : classes_) {
    for (const auto& [name, m] : c.methodTable) classesOf[name].push_back({c.name, m.function, m.ast->outputs.size()});
    for (const ClassDecl::GeneratedMethod& m : c.staticForms)
      classesOf[m.name].push_back({c.name, c.staticTable.at(m.name).function, c.staticTable.at(m.name).ast->outputs.size(), true});
  }
  bool added = false;
  if (!operatorsAdded_) {
    // `[r, found] = .operators(op, a [, b])`: the operator method `op` of the
    // leftmost object operand whose class has it (what the runtime's
    // operations call for objects: objectOperator in Aggregate.h).
    std::string text = "function [r, found] = dispatch_(op, varargin)\n  r = [];\n  found = true;\n"
                       "  for k = 1:numel(varargin)\n    switch class(varargin{k})\n";
    bool any = false;
    for (const auto& [file, c] : classes_) {
      std::string cases;
      for (const auto& [name, m] : c.methodTable)
        if (isOperatorMethod(name)) cases += "          case '" + name + "'\n            r = " + m.function + "(varargin{:});\n            return\n";
      if (cases.empty()) continue;
      text += "      case '" + c.name + "'\n        switch op\n" + cases + "        end\n";
      any = true;
    }
    text += "    end\n  end\n  found = false;\nend\n";
    if (any) {
      addGenerated("<operators>", std::move(text), ".operators");
      operatorsAdded_ = added = true;
    }
  }
  for (auto& [m, classes] : classesOf) {
    if (dispatchers_.count(m)) continue;
    auto outputs = [](size_t n) {
      std::string list;
      for (size_t k = 1; k <= n; ++k) list += (k > 1 ? ", o" : "o") + std::to_string(k);
      return list;
    };
    size_t most = 1;
    for (const Case& k : classes) most = std::max(most, k.outputs);
    std::string text, cases, restricted;
    for (const Case& k : classes) {
      cases += "    case '" + k.cls + "'\n      " + (k.outputs ? "[" + outputs(k.outputs) + "] = " : "") + k.function +
               (k.isStatic ? "(varargin{2:end});\n" : "(varargin{:});\n");
      const ClassDecl* owner = constructorOf(k.function.substr(0, k.function.find('.')));
      if (owner && owner->methodAccess.count(m))
        restricted += "    case '" + k.cls + "'\n      try\n        error('MATLAB:class:MethodRestricted', 'Cannot access method ''" +
                      m + "'' in class ''" + k.cls + "''.');\n      catch err\n        throwAsCaller(err);\n      end\n";
    }
    std::string otherwise = "    otherwise\n      o1 = obj.('" + m + "');\n      if nargin > 1\n        o1 = o1(varargin{2:end});\n" +
                            "      end\n  end\nend\n";
    std::string head = "function [" + outputs(most) + "] = " + m + "(varargin)\n  obj = varargin{1};\n  switch class(obj)\n";
    dispatchers_[m] = addGenerated("<method " + m + ">", head + cases + otherwise, "." + m);
    // `.outside.f`: obj.f(...) from code of no class where inference does not
    // know obj's class: MATLAB's error for a class whose f is private,
    // protected or for a list of classes, else what `.f` does.
    if (!restricted.empty()) addGenerated("<method " + m + " outside>", head + restricted + cases + otherwise, ".outside." + m);
    added = true;
    std::erase_if(classes, [](const Case& k) { return k.isStatic; });  // (f(obj) never calls a static method)
    if (classes.empty()) continue;
    if (isOperatorMethod(m)) {
      // plus(a, b) (uminus(a), ...) where inference does not know an
      // operand's class: `.op.plus` calls the method of the leftmost object
      // operand whose class has it, else does the operation (which for an
      // object the runtime sends to `.operators`).
      std::string operation = operatorExpression(m);
      bool unary = operation.find('b') == std::string::npos;
      text = "function r = dispatch_(a" + std::string(unary ? "" : ", b") + ")\n";
      for (const char* operand : {"a", "b"}) {
        if (unary && operand[0] == 'b') break;
        text += "  if isobject(" + std::string(operand) + ")\n    switch class(" + operand + ")\n";
        for (const Case& k : classes)
          text += "      case '" + k.cls + "'\n        r = " + k.function + (unary ? "(a);\n" : "(a, b);\n") +
                  "        return\n";
        text += "    end\n  end\n";
      }
      text += "  r = " + operation + ";\nend\n";
      addGenerated("<operator " + m + ">", std::move(text), ".op." + m);
    }
    // f(x, ...) of a builtin or path function f that is also a method: where
    // inference does not know an argument's class, `.fn.f` calls the method
    // of the leftmost object argument whose class has it, else the function.
    const File* path = fileNamed(m, *files_.front());
    bool function = path && path->kind == FileKind::Function && !path->functions.empty();
    if (!function && !isRuntimeBuiltin(m)) continue;
    size_t outs = function ? path->functions.front()->outputs.size() : 4;
    if (function && outs && path->functions.front()->outputs.back().name == "varargout") outs = 4;
    most = std::max(most, outs);
    text = "function [" + outputs(most) + "] = dispatch_(varargin)\n  for k = 1:nargin\n    switch class(varargin{k})\n";
    // (a method of several outputs gets the caller's nargout where that is one)
    for (const Case& k : classes)
      text += "      case '" + k.cls + "'\n        " +
              (k.outputs > 1 ? "if nargout < 2\n          o1 = " + k.function + "(varargin{:});\n        else\n          " : "") +
              (k.outputs ? "[" + outputs(k.outputs) + "] = " : "") + k.function + "(varargin{:});\n" +
              (k.outputs > 1 ? "        end\n" : "") + "        return\n";
    text += "    end\n  end\n  switch nargout\n    case 0\n      " +
            std::string((function ? outs == 0 : mayGiveNoValue(m)) ? "" : "o1 = ") + m + "(varargin{:});\n";
    for (size_t n = 1; n <= outs; ++n)
      text += "    case " + std::to_string(n) + "\n      [" + outputs(n) + "] = " + m + "(varargin{:});\n";
    text += "  end\nend\n";
    addGenerated("<function " + m + ">", std::move(text), ".fn." + m);
  }
  return added;
}

// `.destroy(obj)`: runs the delete methods of obj's class, its own and
// then its superclasses', nearest first (ClassDecl::destructors), as MATLAB
// does when it destroys a handle object. The runtime calls it for the last
// reference to an object and for delete(obj) (destructor_methods_, which
// defaultObject registers).
bool ProgramLowering::addDestructors() {
  if (destroyAdded_ || !destructorsFound_) return false;
  std::string text = "function dispatch_(obj)\n  switch class(obj)\n";
  for (const auto& [file, c] : classes_) {
    if (c.destructors.empty()) continue;
    text += "    case '" + c.name + "'\n";
    for (const std::string& d : c.destructors) text += "      " + d + "(obj);\n";
  }
  text += "  end\nend\n";
  addGenerated("<destructors>", std::move(text), ".destroy");
  destroyAdded_ = true;
  return true;
}

// `.defaults(name)`: the default object of the class `name`, which fills
// the elements an assignment past the end of an array of its objects
// leaves: NAME() (MATLAB calls the constructor once without arguments; for
// a handle class each element is a new handle with its property values), or
// an enumeration's first member.
bool ProgramLowering::addDefaults() {
  if (defaultsAdded_) return false;
  std::string text = "function o = dispatch_(name)\n  o = [];\n  switch name\n";
  bool any = false;
  for (const auto& [file, c] : classes_) {
    text += "    case '" + c.name + "'\n      o = " + c.name + (c.isEnumeration() ? "." + c.members.front().name : "()") + ";\n";
    any = true;
  }
  text += "  end\nend\n";
  if (!any) return false;
  addGenerated("<defaults>", std::move(text), ".defaults");
  defaultsAdded_ = true;
  return true;
}

// `.display.NAME(NAME)`: shows NAME, an object of a class with a disp
// method as MATLAB's display does (the name, then its disp, framed as any
// object's display: format/DISPLAY.md), anything else as the statement
// `NAME` does (its names need no other variable).
bool ProgramLowering::addDisplays() {
  static const std::set<std::string> used = {"exist",   "class",    "strcmp", "getfield", "format",  "fprintf",
                                             "varargin", "nargin",  "nargout", "shown",    "struct",  "isvalid"};
  std::vector<std::pair<std::string, std::string>> disps;  // (class, its disp)
  // A class without a disp method whose display shows Dependent properties:
  // MATLAB's default display of a value object of the class made of the
  // properties it shows, the get methods' values among them (its own
  // properties first, then the inherited ones, as its objects hold them).
  std::map<std::string, std::string> shows;  // class -> class(struct(...), NAME, false, SUPERS...) of `@`
  for (const auto& [file, c] : classes_) {
    if (const ClassDecl::Method* m = c.method("disp")) {
      disps.push_back({c.name, m->function});
      continue;
    }
    if (!module_->classes[c.name].showsDependent) continue;
    std::string fields;
    for (bool own : {true, false})
      for (const ClassDecl::Property& p : c.properties) {
        if ((p.file == c.file) != own || p.hidden || p.getAccess != "public") continue;
        auto getter = c.accessorTable.find("get." + p.name);
        if (getter == c.accessorTable.end() && p.dependent) continue;
        std::string value = getter == c.accessorTable.end() ? "@." + p.name : getter->second.function + "(@)";
        fields += (fields.empty() ? "'" : ", '") + p.name + "', {" + value + "}";
      }
    std::string made = "class(struct(" + fields + "), '" + c.name + "', false";
    for (const std::string& a : c.ancestors) made += ", '" + a + "'";
    shows[c.name] = made + ")";
  }
  bool added = false;
  for (const std::string& name : displays_) {
    bool className = std::any_of(classes_.begin(), classes_.end(), [&](const auto& c) { return c.second.name == name; });
    if ((disps.empty() && shows.empty()) || used.count(name) || className || !displaysAdded_.insert(name).second) continue;
    // (a call statement here sets ans, so ans is shown from another variable)
    std::string v = name == "ans" ? "shown" : name;
    std::string text = "function dispatch_(" + v + ")\n  if ~exist('" + v + "', 'var')\n    return\n  end\n" +
                       "  switch class(" + v + ")\n";
    for (const auto& [cls, function] : disps)
      text += "    case '" + cls + "'\n      if strcmp(getfield(format, 'LineSpacing'), 'compact')\n" +
              "        fprintf('" + name + " = \\n');\n        " + function + "(" + v + ");\n      else\n" +
              "        fprintf('\\n" + name + " = \\n\\n');\n        " + function + "(" + v + ");\n" +
              "        fprintf('\\n');\n      end\n      return\n";
    for (auto [cls, made] : shows) {
      for (size_t at; (at = made.find('@')) != std::string::npos;) made.replace(at, 1, v);
      text += "    case '" + cls + "'\n      if " + (module_->classes[cls].handle ? "isvalid(" + v + ")" : "true") +
              "\n        " + v + " = " + made + ";\n      end\n";
    }
    text += "  end\n  " + (name == "ans" ? "ans = shown;\n  ans" : name) + "\nend\n";
    addGenerated("<display " + name + ">", std::move(text), ".display." + name);
    added = true;
  }
  return added;
}

// The arguments of property_check_ (runtime) after the value and the
// message's start, for a property's size, class and validators: the
// validators' arguments as their source text.
static std::string propertyCheckArguments(const ClassDecl::Property& p) {
  const Declaration& d = *p.validation;
  auto quoted = [](const std::string& t) { return "'" + t + "'"; };
  std::string text = quoted(d.className) + ", " + quoted(declaredSize(d));
  std::string_view source = p.file->source->text();
  for (const Expr* v : d.validators) {
    if (v->kind != NodeKind::IndexExpr) {
      text += ", " + quoted(std::string(static_cast<const IdentExpr*>(v)->name)) + ", {}";
      continue;
    }
    auto* call = static_cast<const IndexExpr*>(v);
    text += ", " + quoted(std::string(static_cast<const IdentExpr*>(call->base)->name)) + ", {";
    for (size_t k = 1; k < call->args.size(); ++k)
      text += (k > 1 ? ", " : "") +
              std::string(source.substr(call->args[k]->range.begin, call->args[k]->range.end - call->args[k]->range.begin));
    text += "}";
  }
  return text;
}

// The implicit default of a validated property without one: the empty
// value of its class, or where the size allows no empty value that
// class's default value expanded to the size (MATLAB's rule: zeros of a
// numeric class, false, '' characters, "" strings, an empty object array
// or a default object).
static std::string implicitDefault(const ClassDecl::Property& p) {
  const Declaration& d = *p.validation;
  std::string size;
  bool fixed = !d.dims.empty();
  for (size_t k = 0; k < d.dims.size(); ++k) {
    bool colon = d.dims[k]->kind == NodeKind::ColonExpr;
    fixed &= !colon;
    size += (k ? ", " : "") + (colon ? std::string("0") : std::string(static_cast<const NumberExpr*>(d.dims[k])->text));
  }
  if (size.empty()) size = "0, 0";
  const std::string& c = d.className;
  if (c.empty() || c == "double") return "zeros(" + size + ")";
  if (c == "logical") return "false(" + size + ")";
  if (c == "char") return "char(zeros(" + size + "))";
  if (c == "cell") return "cell(" + size + ")";
  if (c == "string") return "repmat(string(''), " + size + ")";
  if (c == "struct") return "repmat(struct(), " + size + ")";
  if (c == "single" || c.find("int") != std::string::npos) return "zeros(" + size + ", '" + c + "')";
  return fixed ? "repmat(" + c + "(), " + size + ")" : c + ".empty(" + size + ")";
}

// For each class property whose assignment is checked (ClassDecl::checkedSet):
// `.setprop.NAME.p(obj, v)`, which InferTypes calls for obj.p = v where obj
// is a NAME object: v converted and checked (property_check_), then given
// to the set.p method or stored; `.setprop.p(obj, v)`, the same for an
// object whose class inference does not know (a switch on its class; any
// other value gets the field); and for each validated property the class
// declares, `.default.NAME.p([v])`: its default checked, or the implicit one.
// A check's error is reported at the assignment (throwAsCaller).
bool ProgramLowering::addPropertySetters() {
  std::map<std::string, std::string> cases;  // property -> the switch's cases
  // property -> the cases of `.setprop.outside.p`: the classes whose SetAccess keeps code outside them from setting it
  std::map<std::string, std::string> prohibited;
  bool added = false;
  for (const auto& [file, c] : classes_) {
    auto readOnly = [&](const std::string& p) {
      prohibited[p] += "    case '" + c.name + "'\n      try\n        error('MATLAB:class:SetProhibited', " +
                       "'Unable to set the ''" + p + "'' property of class ''" + c.name + "'' because it is read-only.');\n" +
                       "      catch err\n        throwAsCaller(err);\n      end\n";
    };
    for (const ClassDecl::Property& p : c.properties)
      if (p.setAccess != "public") readOnly(p.name);
    for (const ClassDecl::Property& k : c.constants) readOnly(k.name);
    for (const ClassDecl::Property& p : c.properties) {
      if (!c.checkedSet(p.name)) continue;
      std::string body;
      if (p.validation)
        body += "  try\n    v = property_check_(v, ['Error setting property ''" + p.name + "'' of class ''" + c.name +
                "'':' newline], " + propertyCheckArguments(p) + ");\n  catch err\n    throwAsCaller(err);\n  end\n";
      auto setter = c.accessorTable.find("set." + p.name);
      if (setter == c.accessorTable.end()) body += "  obj." + p.name + " = v;\n";
      else body += "  " + std::string(setter->second.ast->outputs.empty() ? "" : "obj = ") + setter->second.function + "(obj, v);\n";
      cases[p.name] += "    case '" + c.name + "'\n  " + body;
      std::string name = ".setprop." + c.name + "." + p.name;
      if (!settersAdded_.insert(name).second) continue;
      addGenerated("<set " + c.name + "." + p.name + ">", "function obj = setprop_(obj, v)\n" + body + "end\n", name);
      added = true;
      if (!p.validation || p.file != c.file) continue;
      const std::string& cls = p.validation->className;
      bool unknownClass = !isValidationClass(cls) && !classNamed(cls, *file);
      if (unknownClass) diags_.report(file->source, p.range, DiagId::NotImplemented, {"the property class '" + cls + "'"});
      std::string implicit = implicitDefault(p);
      addGenerated("<default " + c.name + "." + p.name + ">",
                   "function v = default_(v)\n  if nargin == 0\n    v = " + (implicit.empty() ? "[]" : implicit) +
                       ";\n    return\n  end\n  try\n    v = property_check_(v, ['Invalid default value for property ''" + p.name +
                       "'' in class ''" + c.name + "'':' newline], " + propertyCheckArguments(p) +
                       ");\n  catch err\n    throwAsCaller(err);\n  end\nend\n",
                   ".default." + c.name + "." + p.name);
    }
  }
  // `.getprop.p(obj)` and `.getprop.list.p(obj)` (a comma-separated list:
  // the cell of the values) for obj.p where inference does not know obj's class.
  std::map<std::string, std::string> getCases;  // property -> the switch's cases, "@" for the value
  for (const auto& [file, c] : classes_) {
    for (const auto& [name, m] : c.accessorTable)
      if (name.substr(0, 4) == "get.") getCases[name.substr(4)] += "    case '" + c.name + "'\n      v = @" + m.function + "(obj)@;\n";
    // obj.K of a constant property K: `.const.NAME.K(obj)` where inference
    // knows obj's class (ClassInfo::getters), else a case of `.getprop.K`.
    for (const ClassDecl::Property& k : c.constants) {
      getCases[k.name] += "    case '" + c.name + "'\n      v = @" + c.name + "." + k.name + "@;\n";
      std::string name = ".const." + c.name + "." + k.name;
      if (!settersAdded_.insert(name).second) continue;
      addGenerated("<constant " + c.name + "." + k.name + ">", "function v = const_(obj)\n  v = " + c.name + "." + k.name + ";\nend\n", name);
      added = true;
    }
  }
  // property -> the cases of `.getprop.outside.p`: the classes whose GetAccess keeps code outside them from reading it
  std::map<std::string, std::string> unreadable;
  for (const auto& [file, c] : classes_)
    for (const ClassDecl::Property& p : c.properties)
      if (p.getAccess != "public")
        unreadable[p.name] += "    case '" + c.name + "'\n      try\n        error('MATLAB:class:GetProhibited', " +
                              "'Unable to get the ''" + p.name + "'' property of class ''" + c.name + "'' because it is " +
                              (p.getAccess == "protected" ? "protected" : "private") +
                              ".');\n      catch err\n        throwAsCaller(err);\n      end\n";
  auto addGetter = [&](const std::string& prop, const std::string& cases, const std::string& kind) {
    if (!settersAdded_.insert(".getprop." + kind + prop).second) return;
    for (bool list : {false, true}) {
      std::string text = "function v = getprop_(obj)\n  switch class(obj)\n" + cases + "    otherwise\n      v = @obj." + prop + "@;\n  end\nend\n";
      for (size_t at; (at = text.find('@')) != std::string::npos;) text.replace(at, 1, list ? "{" : ""), text.replace(text.find('@'), 1, list ? "}" : "");
      addGenerated("<get " + prop + ">", std::move(text), (list ? ".getprop.list." : ".getprop.") + kind + prop);
    }
    added = true;
  };
  for (const auto& [prop, cases] : getCases) addGetter(prop, cases, "");
  // `.getprop.outside.p(obj)`: obj.p from code of no class where inference
  // does not know obj's class: MATLAB's error for a class whose GetAccess
  // forbids it, else what `.getprop.p` does.
  for (const auto& [prop, cases] : unreadable) addGetter(prop, cases + getCases[prop], "outside.");
  for (const auto& [prop, text] : cases) {
    std::string name = ".setprop." + prop;
    if (!settersAdded_.insert(name).second) continue;
    addGenerated("<set " + prop + ">", "function obj = setprop_(obj, v)\n  switch class(obj)\n" + text +
                                           "    otherwise\n      obj." + prop + " = v;\n  end\nend\n", name);
    added = true;
  }
  // `.setprop.outside.p(obj, v)`: obj.p = v from code of no class where
  // inference does not know obj's class: MATLAB's error for a class whose
  // SetAccess (or Constant) forbids it, else what `.setprop.p` does. (A
  // class in both lists has its error case first, which the switch takes.)
  for (const auto& [prop, text] : prohibited) {
    std::string name = ".setprop.outside." + prop;
    if (!settersAdded_.insert(name).second) continue;
    addGenerated("<set " + prop + " outside>", "function obj = setprop_(obj, v)\n  switch class(obj)\n" + text + cases[prop] +
                                                   "    otherwise\n      obj." + prop + " = v;\n  end\nend\n", name);
    added = true;
  }
  return added;
}

// `.members(query, x [, name])`: isprop(x, name), ismethod(x, name),
// properties(x), methods(x) of an object or a class name, from what the
// classes declare, sorted as Octave lists them (a handle class has the
// method delete); displayed as Octave does when no output is asked for.
bool ProgramLowering::addMembers() {
  if (!membersWanted_ || membersAdded_) return false;
  membersAdded_ = true;
  auto cellColumn = [](const std::vector<std::string>& names) {
    std::string t = "cell(0, 1)";
    if (!names.empty()) {
      t = "{";
      for (size_t k = 0; k < names.size(); ++k) t += (k ? "; '" : "'") + names[k] + "'";
      t += "}";
    }
    return t;
  };
  std::string text = "function r = members(query, x, name)\n  if ischar(x)\n    c = x;\n  elseif isobject(x)\n"
                     "    c = class(x);\n  else\n    c = '';\n  end\n  p = cell(0, 1);\n  l = p;\n  m = cell(0, 1);\n"
                     "  shown = ['Methods for class ' c ':\\n\\n\\n'];\n  switch c\n";
  for (const auto& [file, c] : classes_) {
    std::vector<std::string> props, listed, methods{c.name};
    // (not an enumeration's hidden properties and functions, EnumIndex_,
    // NAME.index_, ..., nor its members)
    auto hidden = [&](const std::string& name) {
      return c.isEnumeration() && (name.back() == '_' || std::any_of(c.members.begin(), c.members.end(),
                                                                    [&](const auto& m) { return m.name == name; }));
    };
    for (const auto* list : {&c.properties, &c.constants})
      for (const ClassDecl::Property& p : *list)
        if (!hidden(p.name)) {
          props.push_back(p.name);
          if (p.getAccess == "public") listed.push_back(p.name);  // (properties(x) lists the public ones)
        }
    for (const auto* table : {&c.methodTable, &c.staticTable})
      for (const auto& [name, m] : *table)
        if (!hidden(name)) methods.push_back(name);
    if (c.handle) methods.push_back("delete");
    std::sort(props.begin(), props.end());
    std::sort(listed.begin(), listed.end());
    std::sort(methods.begin(), methods.end());
    text += "    case '" + c.name + "'\n      p = " + cellColumn(props) + ";\n      l = " + cellColumn(listed) +
            ";\n      m = " + cellColumn(methods) +
            ";\n      shown = '" + methodsListing(c.name, methods) + "';\n";
  }
  text += "  end\n  switch query\n    case 'isprop'\n      r = isobject(x) && any(strcmp(p, name));\n"
          "    case 'ismethod'\n      r = any(strcmp(m, name));\n    case 'properties'\n      if nargout > 0\n"
          "        r = l;\n      else\n        fprintf('properties for class %s:\\n\\n', c);\n"
          "        if ~isempty(l)\n          fprintf('  %s\\n', l{:});\n        end\n        fprintf('\\n');\n"
          "      end\n    otherwise\n      if nargout > 0\n        r = m;\n      else\n        fprintf(shown);\n"
          "      end\n  end\nend\n";
  addGenerated("<class members>", std::move(text), ".members");
  return true;
}

// --------------------------------------------------------- SSA construction

FunctionLowering::FunctionLowering(ProgramLowering& prog, const File& file, Function* fn, const mcc::Function* ast)
    : prog_(prog), file_(file), fn_(fn), ast_(ast) {}

Instr* FunctionLowering::undefFor(const std::string& var) {
  auto it = undefs_.find(var);
  if (it != undefs_.end()) return it->second;
  Instr* u = fn_->newInstr(Op::Undef, {});
  u->name = var;
  Block* entry = fn_->entry();
  u->parent = entry;
  entry->instrs.insert(entry->instrs.begin(), u);
  undefs_[var] = u;
  return u;
}

Instr* FunctionLowering::readVariable(const std::string& var, Block* b) {
  auto& defs = defs_[var];
  auto it = defs.find(b);
  if (it != defs.end()) return current(it->second);
  return readVariableRecursive(var, b);
}

Instr* FunctionLowering::readVar(const std::string& var, SourceRange loc) {
  auto it = storage_.find(var);
  if (it == storage_.end() && nest_) {
    auto shared = nest_->shared.find(var);
    if (shared != nest_->shared.end()) {
      Instr* load = emit(Op::EnvLoad, loc, {env(shared->second.depth)});
      load->name = var;
      load->index = shared->second.slot;
      load->variable = var;
      return load;
    }
  }
  if (it == storage_.end()) return readVariable(var, cur_);
  Instr* load = emit(Op::GlobalLoad, loc.empty() ? it->second->loc : loc);
  load->name = it->second->name;
  load->index = it->second->index;
  load->variable = var;
  return load;
}

void FunctionLowering::writeVar(const std::string& var, Instr* v) {
  auto it = storage_.find(var);
  if (it == storage_.end() && nest_) {
    auto shared = nest_->shared.find(var);
    if (shared != nest_->shared.end()) {
      Instr* store = emit(Op::EnvStore, v->loc, {env(shared->second.depth), v});
      store->name = var;
      store->index = shared->second.slot;
      if (v->variable.empty()) v->variable = var;
      return;
    }
  }
  if (it == storage_.end()) return writeVariable(var, cur_, v);
  Instr* store = emit(Op::GlobalStore, v->loc, {v});
  store->name = it->second->name;
  store->index = it->second->index;
  if (v->variable.empty()) v->variable = var;
}

// `global x y` and `persistent p`: from here on the names are slots shared
// by every function declaring the global (one slot per persistent variable
// and function), which start as [].
void FunctionLowering::declare(const DeclStmt& s) {
  bool persistent = s.kind == NodeKind::PersistentStmt;
  if (persistent && !ast_) {
    unsupported(s.range, "a persistent declaration outside a function (MATLAB allows it only in functions)");
    return;
  }
  for (const DeclStmt::Name& n : s.names) {
    std::string var(n.name);
    if (n.init) {
      unsupported(n.range, "Octave's initialised declaration (`global x = v`)");
      continue;
    }
    bool param = std::find(fn_->paramNames.begin(), fn_->paramNames.end(), var) != fn_->paramNames.end();
    if (param) {
      unsupported(n.range, "a global or persistent declaration of an input argument");
      continue;
    }
    if (nest_ && nest_->shared.count(var)) {
      unsupported(n.range, "a global or persistent declaration of a variable shared with nested functions");
      continue;
    }
    Instr* tmpl = fn_->newInstr(Op::GlobalLoad, n.range);  // never placed in a block
    tmpl->name = persistent ? fn_->name + "." + var : var;
    tmpl->index = persistent ? 1 : 0;
    storage_[var] = tmpl;
  }
}

Instr* FunctionLowering::readVariableRecursive(const std::string& var, Block* b) {
  Instr* val;
  auto newPhi = [&] {
    Instr* phi = fn_->newInstr(Op::Phi, {});
    phi->name = var;
    phi->parent = b;
    size_t at = 0;
    while (at < b->instrs.size() && b->instrs[at]->op == Op::Phi) ++at;
    b->instrs.insert(b->instrs.begin() + static_cast<long>(at), phi);
    return phi;
  };
  if (!b->sealed) {
    val = newPhi();
    incomplete_[b].push_back({var, val});
  } else if (b->preds.empty()) {
    val = undefFor(var);
  } else if (b->preds.size() == 1) {
    val = readVariable(var, b->preds[0]);
  } else {
    Instr* phi = newPhi();
    writeVariable(var, b, phi);
    val = addPhiOperands(var, phi);
  }
  val = current(val);
  if (auto f = forExits_.find(b); f != forExits_.end() && f->second.var == var && val->op != Op::Undef) {
    // After a loop that never ran, its variable is [] (the value from before
    // the loop is gone): for_exit_(count, v), placed after b's phis.
    Instr* c = fn_->newInstr(Op::Call, f->second.range);
    c->name = "for_exit_";
    c->callee = Callee::Builtin;
    c->nargout = 1;
    c->addOperand(f->second.count);
    c->addOperand(val);
    c->parent = b;
    size_t at = 0;
    while (at < b->instrs.size() && b->instrs[at]->op == Op::Phi) ++at;
    b->instrs.insert(b->instrs.begin() + static_cast<long>(at), c);
    val = c;
  }
  writeVariable(var, b, val);
  return val;
}

Instr* FunctionLowering::addPhiOperands(const std::string& var, Instr* phi) {
  // While its operands are read, the phi must not be judged trivial on the
  // strength of the ones it has so far (a phi it feeds may fold meanwhile).
  building_.insert(phi);
  for (Block* pred : phi->parent->preds) phi->addOperand(current(readVariable(var, pred)));
  building_.erase(phi);
  return tryRemoveTrivialPhi(phi);
}

Instr* FunctionLowering::tryRemoveTrivialPhi(Instr* phi) {
  Instr* same = nullptr;
  for (Instr* op : phi->operands) {
    if (op == same || op == phi) continue;
    if (same) return phi;  // merges at least two values
    same = op;
  }
  if (!same) same = undefFor(phi->name);
  std::vector<Instr*> users;
  for (Instr* u : phi->users)
    if (u != phi) users.push_back(u);
  replaced_[phi] = same;
  fn_->replaceAllUses(phi, same);
  for (auto& [block, value] : defs_[phi->name])
    if (value == phi) value = same;
  fn_->erase(phi);
  for (Instr* u : users)
    if (u->op == Op::Phi && u->parent && !building_.count(u)) tryRemoveTrivialPhi(u);
  // Folding those users may have folded `same` too.
  return current(same);
}

void FunctionLowering::seal(Block* b) {
  auto pending = std::move(incomplete_[b]);
  incomplete_.erase(b);
  b->sealed = true;
  for (auto& [var, phi] : pending) addPhiOperands(var, phi);
}

// ----------------------------------------------------------------- emission

Instr* FunctionLowering::emit(Op op, SourceRange loc, std::initializer_list<Instr*> operands) {
  Instr* i = fn_->newInstr(op, loc);
  for (Instr* o : operands) i->addOperand(o);
  i->parent = cur_;
  cur_->instrs.push_back(i);
  return i;
}

Instr* FunctionLowering::constant(Constant c, SourceRange loc) {
  Instr* i = emit(Op::Const, loc);
  i->constant = std::move(c);
  return i;
}

Instr* FunctionLowering::number(double v, SourceRange loc) {
  Constant c;
  c.real = v;
  return constant(c, loc);
}

// Code after break, continue or return sits in a block with no predecessors:
// it never branches anywhere, so it cannot feed phis; finish() drops it.
bool FunctionLowering::unreachable() const { return cur_ != fn_->entry() && cur_->preds.empty(); }

void FunctionLowering::branch(Block* to) {
  if (cur_->terminator() || unreachable()) return;
  Instr* br = emit(Op::Br, {});
  br->targets = {to};
  link(cur_, to);
}

void FunctionLowering::condBranch(Instr* cond, Block* ifTrue, Block* ifFalse, SourceRange loc) {
  if (unreachable()) return;
  Instr* br = emit(Op::CondBr, loc, {cond});
  br->targets = {ifTrue, ifFalse};
  link(cur_, ifTrue);
  link(cur_, ifFalse);
}

// After break, continue or return, statements until the block ends are
// unreachable; they are lowered into a block nothing jumps to.
void FunctionLowering::jump(Block* to) {
  branch(to);
  Block* dead = newBlock();
  dead->sealed = true;
  startBlock(dead);
}

void FunctionLowering::unsupported(SourceRange r, const std::string& what) {
  prog_.diags().report(file_.source, r, DiagId::NotImplemented, {what});
}

// --------------------------------------------------------------- functions

void FunctionLowering::lowerBody(const std::vector<std::string>& params, const std::vector<std::string>& outputs,
                                 const mcc::Block& body, const std::set<std::string>& variables) {
  vars_ = variables;
  // A nested function's first parameters: the environments around it; a
  // superclass constructor's, the object (not counted by nargin either).
  uint32_t hidden = nest_ ? nest_->depth : 0;
  bool self = constructed_ && asSuper_;
  if (self && hidden) unsupported(ast_->nameRange, "a superclass constructor with nested functions");
  fn_->paramNames.clear();
  for (uint32_t d = 0; d < hidden; ++d) fn_->paramNames.push_back(envName(d));
  if (self) fn_->paramNames.push_back("#obj");
  hidden = static_cast<uint32_t>(fn_->paramNames.size());
  fn_->captureCount = hidden;
  fn_->paramNames.insert(fn_->paramNames.end(), params.begin(), params.end());
  fn_->outputNames = outputs;
  Block* entry = newBlock();
  entry->sealed = true;
  startBlock(entry);
  for (size_t i = 0; i < fn_->paramNames.size(); ++i) {
    const std::string& name = fn_->paramNames[i];
    Instr* p = emit(Op::Param, ast_ && i >= hidden ? ast_->params[i - hidden].range : SourceRange{});
    p->index = static_cast<uint32_t>(i);
    p->name = name;
    fn_->params.push_back(p);
    if (name != "~") writeVariable(name, cur_, p);
  }
  if (ast_ && !ast_->nested.empty()) {
    // Its own environment, holding the parameters its nested functions share.
    Instr* e = emit(Op::EnvNew, ast_->nameRange);
    e->count = static_cast<uint32_t>(nest_->slots.size());
    writeVariable(envName(hidden), cur_, e);
    for (size_t i = hidden; i < fn_->params.size(); ++i)
      if (nest_->shared.count(fn_->paramNames[i])) writeVar(fn_->paramNames[i], fn_->params[i]);
  }
  if (constructed_) constructObject(outputs.front());
  exit_ = newBlock();
  block(body);
  branch(exit_);
  seal(exit_);
  startBlock(exit_);
  endLifetimes(outputs);
  std::vector<Instr*> results;  // read first: a global or shared output is a load
  for (const std::string& out : outputs) {
    results.push_back(readVar(out));
    // A shared output never assigned: the caller's "Output argument not assigned" when it wants it.
    if (results.back()->op == Op::EnvLoad) results.back()->forUpdate = true;
  }
  Instr* ret = emit(Op::Return, ast_ ? SourceRange{ast_->range.end, ast_->range.end} : SourceRange{});
  for (Instr* r : results) ret->addOperand(r);
  finish();
}

// Drops unreachable blocks and unused undefs, orders blocks in reverse
// post-order (the exit block last) and numbers blocks and values in that
// order, so the printed IR reads top down.
void FunctionLowering::finish() {
  for (Block* b : fn_->blocks) {
    if (b == fn_->entry() || !b->preds.empty()) continue;
    std::vector<Instr*> dead = b->instrs;
    for (Instr* i : dead) fn_->erase(i);
  }
  std::vector<Block*> postorder;
  std::set<Block*> seen;
  std::vector<std::pair<Block*, size_t>> stack{{fn_->entry(), 0}};
  seen.insert(fn_->entry());
  while (!stack.empty()) {
    auto& [b, next] = stack.back();
    Instr* term = b->terminator();
    if (term && next < term->targets.size()) {
      Block* t = term->targets[term->targets.size() - 1 - next++];  // then-side first in the result
      if (t != exit_ && seen.insert(t).second) stack.push_back({t, 0});
      continue;
    }
    postorder.push_back(b);
    stack.pop_back();
  }
  std::vector<Block*> kept(postorder.rbegin(), postorder.rend());
  if (exit_ && !exit_->preds.empty()) kept.push_back(exit_);
  fn_->blocks = kept;
  std::vector<Instr*> undefs;
  for (auto& [name, u] : undefs_)
    if (u->users.empty()) undefs.push_back(u);
  for (Instr* u : undefs) fn_->erase(u);
  uint32_t next = 0;
  for (size_t k = 0; k < kept.size(); ++k) {
    kept[k]->id = static_cast<uint32_t>(k);
    for (Instr* i : kept[k]->instrs)
      if (!isStatement(i->op)) i->id = next++;
  }
}

void FunctionLowering::enterAnonymous(const std::vector<std::string>& captures, const AnonFuncExpr& f) {
  std::vector<std::string> params = captures;
  for (const Param& p : f.params) params.push_back(p.tilde() ? "~" : std::string(p.name));
  vars_.clear();
  vars_.insert(params.begin(), params.end());
  fn_->paramNames = params;
  Block* entry = newBlock();
  entry->sealed = true;
  startBlock(entry);
  for (size_t i = 0; i < params.size(); ++i) {
    Instr* p = emit(Op::Param, f.range);
    p->index = static_cast<uint32_t>(i);
    p->name = params[i];
    fn_->params.push_back(p);
    if (params[i] != "~") writeVariable(params[i], cur_, p);
  }
}

void FunctionLowering::lowerAnonymousOutputs(const std::vector<std::string>& captures, const AnonFuncExpr& f) {
  fn_->outputNames = {"varargout"};
  enterAnonymous(captures, f);
  Instr* n = emit(Op::Call, f.body->range);
  n->name = "nargout";
  n->callee = Callee::Builtin;
  emit(Op::Return, f.body->range, {callOutputs(n, f.body)});
  finish();
}

void FunctionLowering::lowerAnonymous(const std::vector<std::string>& captures, const AnonFuncExpr& f) {
  fn_->outputNames = {"ans"};
  enterAnonymous(captures, f);
  // The body's value is the result. A call that may give nothing (disp,
  // fprintf, a function of the program) is called with nargout 0 when the
  // handle's call asks for no output, as MATLAB does: `g = @(s) fprintf(s);
  // g('hi')` prints, and only `y = g('hi')` is "Too many output arguments."
  if (mayGiveNothing(f.body)) {
    Instr* n = emit(Op::Call, f.body->range);
    n->name = "nargout";
    n->callee = Callee::Builtin;
    Instr* none = emit(Op::Binary, f.body->range, {n, number(0, f.body->range)});
    none->binary = BinaryOp::Eq;
    Block* statement = newBlock();
    Block* valued = newBlock();
    condBranch(emit(Op::Truth, f.body->range, {none}), statement, valued, f.body->range);
    seal(statement);
    seal(valued);
    startBlock(statement);
    emit(Op::Return, f.body->range, {expr(f.body, 0)});
    startBlock(valued);
  }
  Instr* value = expr(f.body, 1);
  emit(Op::Return, f.body->range, {value});
  finish();
}

// -------------------------------------------------------------- statements

void FunctionLowering::block(const mcc::Block& b) {
  for (const Stmt* s : b) {
    boundary();
    stmt(*s);
  }
}

void FunctionLowering::boundary() {
  if (tries_.empty() || cur_->terminator() || unreachable()) return;
  Block* handler = tries_.back().handler;
  // Right after a boundary to the same handler: nothing new to protect.
  if (cur_->instrs.empty() && cur_->preds.size() == 1) {
    const Instr* t = cur_->preds[0]->terminator();
    if (t && t->op == Op::TryBr && t->targets[0] == cur_ && t->targets[1] == handler) return;
  }
  Block* next = newBlock();
  Instr* br = emit(Op::TryBr, {});
  br->targets = {next, handler};
  link(cur_, next);
  link(cur_, handler);
  seal(next);
  cur_ = next;
}

void FunctionLowering::leaveTries(bool all, SourceRange loc) {
  for (size_t k = tries_.size(); k-- > 0;)
    if (all || tries_[k].loopDepth >= loops_.size()) emit(Op::TryLeave, loc);
}

void FunctionLowering::protectedBody(const mcc::Block& body, Block* handler, SourceRange loc) {
  emit(Op::TryEnter, loc);
  tries_.push_back({handler, loops_.size()});
  boundary();
  block(body);
  tries_.pop_back();
  if (!unreachable() && !cur_->terminator()) emit(Op::TryLeave, loc);
}

// try ... catch err ... end: the handler gets the MException as `err`.
void FunctionLowering::tryStmt(const TryStmt& s) {
  Block* handler = newBlock();
  Block* join = newBlock();
  protectedBody(s.body, handler, s.range);
  branch(join);
  seal(handler);
  startBlock(handler);
  Instr* err = emit(Op::Caught, s.range);
  if (!s.ident.empty()) writeVar(std::string(s.ident), err);
  block(s.catchBody);
  branch(join);
  seal(join);
  startBlock(join);
}

// Octave's unwind_protect: the cleanup runs after the body, and when the
// body raises an error, before the error goes on (lowered on both paths).
void FunctionLowering::unwindProtect(const UnwindProtectStmt& s) {
  Block* handler = newBlock();
  Block* join = newBlock();
  protectedBody(s.body, handler, s.range);
  block(s.cleanup);
  branch(join);
  seal(handler);
  startBlock(handler);
  Instr* err = emit(Op::Caught, s.range);
  block(s.cleanup);
  boundary();  // an enclosing handler sees what the cleanup did
  Instr* again = emit(Op::Call, s.range, {err});
  again->name = "rethrow";
  again->callee = Callee::Builtin;
  again->nargout = 0;
  branch(join);  // never taken: rethrow does not return
  seal(join);
  startBlock(join);
}

void FunctionLowering::displayVariable(const Expr* target, SourceRange loc) {
  const Expr* base = target;
  while (base->kind != NodeKind::IdentExpr) {
    if (base->kind == NodeKind::IndexExpr) base = static_cast<const IndexExpr*>(base)->base;
    else if (base->kind == NodeKind::FieldExpr) base = static_cast<const FieldExpr*>(base)->base;
    else if (base->kind == NodeKind::DynFieldExpr) base = static_cast<const DynFieldExpr*>(base)->base;
    else return;
  }
  std::string name(static_cast<const IdentExpr*>(base)->name);
  display(readVar(name), name, loc);
}

void FunctionLowering::display(Instr* v, const std::string& name, SourceRange loc) {
  Instr* d = emit(Op::Display, loc, {v});
  d->name = name;
  prog_.wantDisplay(name);  // (written only where a class has a disp method or shows Dependent properties)
}

void FunctionLowering::stmt(const Stmt& s) {
  switch (s.kind) {
    case NodeKind::ExprStmt: {
      auto& e = static_cast<const ExprStmt&>(s);
      if (const File* snippet = isVariable("eval") ? nullptr : prog_.evalSnippet(file_, e.expr)) {
        block(snippet->script);  // eval('code'): the code, here, in this workspace
        return;
      }
      if (clearStatement(e.expr)) return;
      exprStatement(e.expr, e.display, s.range);
      return;
    }
    case NodeKind::CommandStmt: {
      auto& c = static_cast<const CommandStmt&>(s);
      if (clearStatement(c.name, c.words)) return;
      // `hold on` is hold('on').
      Target t = prog_.resolve(c.name, file_, ast_);
      if (t.kind == Callee::Builtin && c.name == "save" && c.words.size() >= 2) {
        Constant file;
        file.kind = Constant::Char;
        file.text = c.words[0];
        std::vector<std::string> rest(c.words.begin() + 1, c.words.end());
        saveCall(constant(file, s.range), rest, s.range);
        return;
      }
      if (const ClassDecl* e = c.name == "enumeration" && c.words.size() == 1 ? prog_.classNamed(c.words[0], file_) : nullptr;
          e && e->isEnumeration() && !isVariable(c.name)) {  // `enumeration NAME` lists the members
        callWith({Callee::File, e->name + ".all_"}, e->name + ".all_", {}, {}, 0, s.range);
        return;
      }
      std::vector<Instr*> words;
      if (t.kind == Callee::Builtin && isMemberQuery(c.name, c.words.size()))  // `properties Pt`
        words.push_back(memberQuery(c.name, t, s.range));
      for (const std::string& w : c.words) {
        Constant k;
        k.kind = Constant::Char;
        k.text = w;
        words.push_back(constant(k, s.range));
      }
      Instr* call = emit(Op::Call, s.range);
      call->name = t.name;
      call->callee = t.kind;
      call->nargout = 0;
      for (Instr* w : words) call->addOperand(w);
      emit(Op::SetAns, s.range, {call});
      endLifetime("ans");
      writeVariable("ans", cur_, call);
      if (c.display) display(call, "ans", s.range);
      return;
    }
    case NodeKind::AssignStmt: {
      auto& a = static_cast<const AssignStmt&>(s);
      if (a.bracketed && a.targets.size() == 1 && isListTarget(a.targets[0]) && dealToList(a.targets[0], a.value)) {
        // [c{:}] = deal(...) and [s.f] = deal(...): as many outputs as the list has values.
        if (a.display) displayVariable(a.targets[0], s.range);
        return;
      }
      if (a.bracketed && std::any_of(a.targets.begin(), a.targets.end(),
                                     [&](const Expr* t) { return isListTarget(t) && !singleValueTarget(t); })) {
        listAssign(a);
        if (a.display)
          for (const Expr* t : a.targets)
            if (t->kind != NodeKind::TildeExpr) displayVariable(t, s.range);
        return;
      }
      if (!a.bracketed || a.targets.size() == 1) {
        if (a.targets.size() == 1 && a.targets[0]->kind == NodeKind::TildeExpr) {
          expr(a.value, 1);
          return;
        }
        assign(a.targets[0], expr(a.value, 1));
        if (a.display) displayVariable(a.targets[0], s.range);
        return;
      }
      // [a, b] = f(...): one call with nargout = number of targets.
      const Expr* v = a.value;
      while (v->kind == NodeKind::ParenExpr) v = static_cast<const ParenExpr*>(v)->inner;
      Instr* results;
      if (Instr* list = listExpr(v)) {
        // [a, b] = c{:} takes the list's values in order: deal(c{:}).
        results = emit(Op::Call, a.value->range, {list});
        results->name = "deal";
        results->callee = Callee::Builtin;
        results->nargout = static_cast<uint32_t>(a.targets.size());
        results->splice = {1};
      } else if (const Expr* h = calledCellElement(v)) {
        // [a, b] = c{k}(...): the element is a function handle, called
        // with as many outputs (anything else there fails at run time).
        const std::vector<Expr*>& args = static_cast<const IndexExpr*>(v)->args;
        results = handleCall(expr(h, 1), std::vector<const Expr*>(args.begin(), args.end()),
                             static_cast<uint32_t>(a.targets.size()), v->range);
      } else {
        results = expr(v, static_cast<uint32_t>(a.targets.size()));
      }
      if (results->op != Op::Call && results->op != Op::CallHandle) {
        unsupported(a.value->range, "a multiple assignment from a comma-separated list");
        return;
      }
      for (size_t k = 0; k < a.targets.size(); ++k) {
        if (a.targets[k]->kind == NodeKind::TildeExpr) continue;
        Instr* x = emit(Op::Extract, a.targets[k]->range, {results});
        x->index = static_cast<uint32_t>(k);
        assign(a.targets[k], x);
      }
      if (a.display)
        for (const Expr* t : a.targets)
          if (t->kind != NodeKind::TildeExpr) displayVariable(t, s.range);
      return;
    }
    case NodeKind::OpAssignStmt: {
      auto& a = static_cast<const OpAssignStmt&>(s);
      Instr* old = expr(a.target, 1);
      Instr* rhs = expr(a.value, 1);
      Instr* v = emit(Op::Binary, s.range, {old, rhs});
      v->binary = a.op;
      assign(a.target, v);
      if (a.display) displayVariable(a.target, s.range);
      return;
    }
    case NodeKind::IfStmt: ifStmt(static_cast<const IfStmt&>(s)); return;
    case NodeKind::WhileStmt: whileStmt(static_cast<const WhileStmt&>(s)); return;
    case NodeKind::DoUntilStmt: doUntil(static_cast<const DoUntilStmt&>(s)); return;
    case NodeKind::ForStmt: forStmt(static_cast<const ForStmt&>(s)); return;
    case NodeKind::SwitchStmt: switchStmt(static_cast<const SwitchStmt&>(s)); return;
    case NodeKind::BreakStmt:
    case NodeKind::ContinueStmt:
      if (loops_.empty()) {
        // Outside a loop MATLAB treats break like return in scripts; keep it simple.
        unsupported(s.range, std::string("'") + (s.kind == NodeKind::BreakStmt ? "break" : "continue") +
                                 "' outside a loop");
        return;
      }
      leaveTries(false, s.range);
      jump(s.kind == NodeKind::BreakStmt ? loops_.back().breakTo : loops_.back().continueTo);
      return;
    case NodeKind::ReturnStmt:
      leaveTries(true, s.range);
      jump(exit_);
      return;
    case NodeKind::TryStmt: tryStmt(static_cast<const TryStmt&>(s)); return;
    case NodeKind::UnwindProtectStmt: unwindProtect(static_cast<const UnwindProtectStmt&>(s)); return;
    case NodeKind::SpmdStmt: unsupported(s.range, "spmd"); return;
    case NodeKind::GlobalStmt: case NodeKind::PersistentStmt: declare(static_cast<const DeclStmt&>(s)); return;
    default: unsupported(s.range, "this statement"); return;
  }
}

void FunctionLowering::exprStatement(const Expr* e, bool show, SourceRange loc) {
  if (e->kind == NodeKind::IdentExpr && isVariable(static_cast<const IdentExpr*>(e)->name)) {
    // `x` alone shows x; it does not set ans.
    if (show) displayVariable(e, loc);
    return;
  }
  if (e->kind == NodeKind::AssignExpr || e->kind == NodeKind::IncrementExpr) {
    expr(e, 1);  // Octave: the assignment is the statement
    return;
  }
  // A call as a statement asks for no outputs; whatever value comes back is ans.
  Instr* v = expr(e, 0);
  if (v->op == Op::Call) emit(Op::SetAns, loc, {v});
  if (prog_.lifetimes() && v->op == Op::Call && givesNoValue(*v)) return;  // ans keeps its object (MATLAB's ans)
  endLifetime("ans");
  writeVariable("ans", cur_, v);
  if (show) display(v, "ans", loc);
}

// target = value, for any target. The access path is read once from the
// variable inward (a missing level reads as []), then rebuilt from the inside
// out: s.a(2).b = v sets b in s.a(2), that in s.a, and that in s. Index
// expressions run once, in source order. The run time updates in place when
// nothing else shares a level.
void FunctionLowering::assign(const Expr* target, Instr* value) {
  std::vector<const Expr*> path;  // accessors, outermost first
  const Expr* base = target;
  while (base->kind != NodeKind::IdentExpr) {
    if (base->kind != NodeKind::IndexExpr && base->kind != NodeKind::FieldExpr &&
        base->kind != NodeKind::DynFieldExpr) {
      unsupported(target->range, "this assignment target");
      return;
    }
    path.push_back(base);
    base = base->kind == NodeKind::IndexExpr ? static_cast<const IndexExpr*>(base)->base
           : base->kind == NodeKind::FieldExpr ? static_cast<const FieldExpr*>(base)->base
                                               : static_cast<const DynFieldExpr*>(base)->base;
  }
  std::string var(static_cast<const IdentExpr*>(base)->name);
  if (path.empty()) {
    endLifetime(var);
    writeVar(var, value);
    return;
  }
  std::reverse(path.begin(), path.end());  // innermost (next to the variable) first

  Instr* object = readVar(var, base->range);
  if (object->op == Op::EnvLoad) object->forUpdate = true;  // a shared x(3) = 1 too
  if (object->op == Op::Undef) {  // x(3) = 1 creates x
    Constant c;
    c.kind = Constant::Empty;
    object = constant(c, base->range);
  }
  // Read down the path, keeping each level and the operands of its accessor.
  std::vector<Instr*> levels{object};
  std::vector<std::vector<Instr*>> keys;
  for (size_t k = 0; k < path.size(); ++k) {
    const Expr* step = path[k];
    std::vector<Instr*> key;
    if (step->kind == NodeKind::IndexExpr) key = indexArgs(levels.back(), static_cast<const IndexExpr*>(step)->args);
    else if (step->kind == NodeKind::DynFieldExpr) key = {expr(static_cast<const DynFieldExpr*>(step)->name, 1)};
    keys.push_back(key);
    if (k + 1 == path.size()) break;  // the last level is replaced, not read
    Instr* next;
    if (step->kind == NodeKind::IndexExpr) {
      next = emit(static_cast<const IndexExpr*>(step)->brace ? Op::CellRef : Op::Subsref, step->range, {levels.back()});
    } else {
      next = emit(Op::Field, step->range, {levels.back()});
      if (step->kind == NodeKind::FieldExpr) next->name = std::string(static_cast<const FieldExpr*>(step)->name);
      else next->dynamicField = true;
    }
    for (Instr* x : key) next->addOperand(x);
    next->forUpdate = true;
    levels.push_back(next);
  }
  // Write back up.
  Instr* updated = value;
  for (size_t k = path.size(); k-- > 0;) {
    const Expr* step = path[k];
    Instr* w;
    if (step->kind == NodeKind::IndexExpr) {
      w = emit(static_cast<const IndexExpr*>(step)->brace ? Op::CellAsgn : Op::Subsasgn, step->range,
               {levels[k], updated});
    } else {
      w = emit(Op::SetField, step->range, {levels[k], updated});
      if (step->kind == NodeKind::FieldExpr) w->name = std::string(static_cast<const FieldExpr*>(step)->name);
      else w->dynamicField = true;
    }
    for (Instr* x : keys[k]) w->addOperand(x);
    updated = w;
  }
  writeVar(var, updated);
}

bool FunctionLowering::isListTarget(const Expr* t) const {
  if (t->kind == NodeKind::IndexExpr) return static_cast<const IndexExpr*>(t)->brace;
  return t->kind == NodeKind::FieldExpr || t->kind == NodeKind::DynFieldExpr;
}

// c{3}, c{end}, c{end+1}, c{2, 1}: one value, whatever c holds.
bool FunctionLowering::singleValueTarget(const Expr* t) const {
  if (t->kind != NodeKind::IndexExpr || !static_cast<const IndexExpr*>(t)->brace) return false;
  std::function<bool(const Expr*)> scalar = [&](const Expr* e) {
    while (e->kind == NodeKind::ParenExpr) e = static_cast<const ParenExpr*>(e)->inner;
    if (e->kind == NodeKind::NumberExpr || e->kind == NodeKind::EndExpr) return true;
    if (e->kind != NodeKind::BinaryExpr) return false;
    auto* b = static_cast<const BinaryExpr*>(e);
    return (b->op == BinaryOp::Plus || b->op == BinaryOp::Minus) && scalar(b->lhs) && scalar(b->rhs);
  };
  auto& args = static_cast<const IndexExpr*>(t)->args;
  return !args.empty() && std::all_of(args.begin(), args.end(), scalar);
}

// The variable a list target assigns and, for s(idx).f, the index: null
// when the target is deeper (s.a.b{:}, c{1}.f).
const IdentExpr* FunctionLowering::listTargetVariable(const Expr* target, const IndexExpr** index) const {
  *index = nullptr;
  const Expr* base = target->kind == NodeKind::IndexExpr  ? static_cast<const IndexExpr*>(target)->base
                     : target->kind == NodeKind::FieldExpr ? static_cast<const FieldExpr*>(target)->base
                                                           : static_cast<const DynFieldExpr*>(target)->base;
  if (target->kind != NodeKind::IndexExpr && base->kind == NodeKind::IndexExpr &&
      !static_cast<const IndexExpr*>(base)->brace) {
    *index = static_cast<const IndexExpr*>(base);
    base = (*index)->base;
  }
  return base->kind == NodeKind::IdentExpr ? static_cast<const IdentExpr*>(base) : nullptr;
}

// The variable of a list target, [] for a new one.
Instr* FunctionLowering::listTargetObject(const IdentExpr* var) {
  Instr* object = readVar(std::string(var->name));
  if (object->op == Op::EnvLoad) object->forUpdate = true;  // [] while unset
  if (object->op != Op::Undef) return object;
  Constant c;
  c.kind = Constant::Empty;
  return constant(c, var->range);
}

Instr* FunctionLowering::listCount(const Expr* target) {
  const IndexExpr* index;
  const IdentExpr* var = listTargetVariable(target, &index);
  if (!var) return nullptr;
  Instr* object = listTargetObject(var);
  if (target->kind == NodeKind::IndexExpr) index = static_cast<const IndexExpr*>(target);
  std::vector<Instr*> operands{object};
  if (index)
    for (Instr* i : indexArgs(object, index->args)) operands.push_back(i);
  Instr* r = emit(Op::Call, target->range);
  for (Instr* i : operands) r->addOperand(i);
  r->callee = Callee::Builtin;
  r->name = "list_count_";
  return r;
}

bool FunctionLowering::assignList(const Expr* target, Instr* values) {
  const IndexExpr* index;
  const IdentExpr* var = listTargetVariable(target, &index);
  if (!var) return false;
  Instr* object = listTargetObject(var);
  std::vector<Instr*> rest;
  const char* helper = "deal_brace_";
  if (target->kind != NodeKind::IndexExpr) {
    helper = index ? "deal_field_index_" : "deal_field_";
    if (target->kind == NodeKind::FieldExpr) {
      Constant c;
      c.kind = Constant::Char;
      c.text = std::string(static_cast<const FieldExpr*>(target)->name);
      rest.push_back(constant(c, target->range));
    } else {
      rest.push_back(expr(static_cast<const DynFieldExpr*>(target)->name, 1));
    }
  } else {
    index = static_cast<const IndexExpr*>(target);
  }
  if (index)
    for (Instr* i : indexArgs(object, index->args)) rest.push_back(i);
  Instr* r = emit(Op::Call, target->range, {object, values});
  r->callee = Callee::Builtin;
  r->name = helper;
  for (Instr* i : rest) r->addOperand(i);
  writeVar(std::string(var->name), r);
  return true;
}

bool FunctionLowering::dealToList(const Expr* target, const Expr* value) {
  while (value->kind == NodeKind::ParenExpr) value = static_cast<const ParenExpr*>(value)->inner;
  if (value->kind != NodeKind::IndexExpr) return false;
  auto* call = static_cast<const IndexExpr*>(value);
  if (call->brace || call->base->kind != NodeKind::IdentExpr) return false;
  std::string_view fn = static_cast<const IdentExpr*>(call->base)->name;
  if (fn != "deal" || isVariable(fn) || prog_.resolve(fn, file_, ast_).kind != Callee::Builtin) return false;
  const IndexExpr* index;
  if (!listTargetVariable(target, &index)) return false;
  // The values, as one list: {args...} with lists spliced.
  std::vector<Instr*> items;
  std::vector<uint8_t> splice;
  for (const Expr* x : call->args) {
    Instr* list = listExpr(x);
    items.push_back(list ? list : expr(x, 1));
    splice.push_back(list != nullptr);
  }
  Instr* values = emit(Op::Cell, call->range);
  for (Instr* i : items) values->addOperand(i);
  values->rowSizes = {static_cast<uint32_t>(call->args.size())};
  values->splice = splice;
  return assignList(target, values);
}

// [c{1:2}] = f(x), [a, s.f] = f(x), [s(1:2).f] = c{:}: f is asked for as
// many outputs as the targets take values (a list target's count is known
// at run time), through a handle; each target then takes its share.
void FunctionLowering::listAssign(const AssignStmt& a) {
  const Expr* v = a.value;
  while (v->kind == NodeKind::ParenExpr) v = static_cast<const ParenExpr*>(v)->inner;
  std::vector<Instr*> counts;
  for (const Expr* t : a.targets) {
    Instr* n = isListTarget(t) && !singleValueTarget(t) ? listCount(t) : number(1, t->range);
    if (!n) {
      unsupported(t->range, "a comma-separated list target inside another value (other than c{...}, s.f, s(...).f "
                            "of a variable) in a multiple assignment");
      return;
    }
    counts.push_back(n);
  }
  Instr* total = counts[0];
  for (size_t k = 1; k < counts.size(); ++k) {
    total = emit(Op::Binary, a.value->range, {total, counts[k]});
    total->binary = BinaryOp::Plus;
  }
  Instr* values = callOutputs(total, v);
  if (!values) {
    unsupported(a.value->range, "a multiple assignment to a comma-separated list from this value (call a function)");
    return;
  }
  // Each target's share, in order.
  Instr* offset = number(0, a.value->range);
  for (size_t k = 0; k < a.targets.size(); ++k) {
    const Expr* t = a.targets[k];
    if (isListTarget(t) && !singleValueTarget(t)) {
      Instr* part = emit(Op::Call, t->range, {values, offset, counts[k]});
      part->callee = Callee::Builtin;
      part->name = "list_part_";
      assignList(t, part);
    } else if (t->kind != NodeKind::TildeExpr) {
      Instr* at = emit(Op::Binary, t->range, {offset, number(1, t->range)});
      at->binary = BinaryOp::Plus;
      assign(t, emit(Op::CellRef, t->range, {values, at}));
    }
    if (k + 1 == a.targets.size()) break;
    Instr* next = emit(Op::Binary, t->range, {offset, counts[k]});
    next->binary = BinaryOp::Plus;
    offset = next;
  }
}

// f(args), h(args) or a list c{...}, s.f asked for `count` outputs (known at
// run time) through a handle: call_outputs_, a 1xcount cell of them. Null
// when v is none of these.
Instr* FunctionLowering::callOutputs(Instr* count, const Expr* v) {
  Instr* handle = nullptr;
  std::vector<const Expr*> args;
  Instr* list = listExpr(v);
  if (list) {
    handle = functionHandle("deal", v->range);
  } else if (v->kind == NodeKind::IdentExpr || (v->kind == NodeKind::IndexExpr && !static_cast<const IndexExpr*>(v)->brace &&
                                                static_cast<const IndexExpr*>(v)->base->kind == NodeKind::IdentExpr)) {
    const Expr* callee = v->kind == NodeKind::IdentExpr ? v : static_cast<const IndexExpr*>(v)->base;
    std::string name(static_cast<const IdentExpr*>(callee)->name);
    handle = isVariable(name) ? readVar(name, callee->range) : functionHandle(name, callee->range);
    if (v->kind == NodeKind::IndexExpr)
      for (const Expr* x : static_cast<const IndexExpr*>(v)->args) args.push_back(x);
  } else {
    return nullptr;
  }
  std::vector<Instr*> operands{count, handle};
  std::vector<uint8_t> splice(2, 0);
  if (list) {
    operands.push_back(list);
    splice.push_back(1);
  }
  bool variable = !list && handle->op != Op::FuncHandle && handle->op != Op::Closure;
  for (size_t k = 0; k < args.size(); ++k) {
    const Expr* x = args[k];
    // x(end) of a variable: its size (a handle's is an error when it runs)
    if (variable) ends_.push_back({handle, static_cast<uint32_t>(k), static_cast<uint32_t>(args.size())});
    Instr* l = listExpr(x);
    if (x->kind == NodeKind::ColonExpr) {
      Constant c;
      c.kind = Constant::Char;
      c.text = ":";
      operands.push_back(constant(c, x->range));
    } else {
      operands.push_back(l ? l : expr(x, 1));
    }
    splice.push_back(l != nullptr);
    if (variable) ends_.pop_back();
  }
  Instr* values = emit(Op::Call, v->range);
  for (Instr* i : operands) values->addOperand(i);
  values->callee = Callee::Builtin;
  values->name = "call_outputs_";
  if (std::find(splice.begin(), splice.end(), 1) != splice.end()) values->splice = splice;
  return values;
}

void FunctionLowering::ifStmt(const IfStmt& s) {
  Block* join = newBlock();
  for (const auto& clause : s.clauses) {
    Instr* c = condition(clause.cond);
    Block* then = newBlock();
    Block* next = newBlock();
    condBranch(c, then, next, clause.cond->range);
    seal(then);
    seal(next);
    startBlock(then);
    block(clause.body);
    branch(join);
    startBlock(next);
  }
  block(s.elseBody);
  branch(join);
  seal(join);
  startBlock(join);
}

void FunctionLowering::whileStmt(const WhileStmt& s) {
  Block* header = newBlock();
  Block* body = newBlock();
  Block* exit = newBlock();
  branch(header);
  startBlock(header);
  Instr* c = condition(s.cond);
  condBranch(c, body, exit, s.cond->range);
  seal(body);
  startBlock(body);
  loops_.push_back({header, exit});
  block(s.body);
  loops_.pop_back();
  branch(header);
  seal(header);
  seal(exit);
  startBlock(exit);
}

void FunctionLowering::doUntil(const DoUntilStmt& s) {
  Block* body = newBlock();
  Block* test = newBlock();
  Block* exit = newBlock();
  branch(body);
  startBlock(body);
  loops_.push_back({test, exit});
  block(s.body);
  loops_.pop_back();
  branch(test);
  seal(test);
  startBlock(test);
  Instr* c = condition(s.cond);
  condBranch(c, exit, body, s.cond->range);
  seal(body);
  seal(exit);
  startBlock(exit);
}

// for v = x: v takes each column of x in turn (x evaluated once). The
// counter is a hidden variable so SSA construction gives it its phi.
void FunctionLowering::forStmt(const ForStmt& s) {
  if (s.var->kind != NodeKind::IdentExpr) {
    unsupported(s.var->range, "this loop variable");
    return;
  }
  std::string var(static_cast<const IdentExpr*>(s.var)->name);
  if (storage_.count(var)) {
    unsupported(s.var->range, "a global or persistent variable as a loop variable");
    return;
  }
  std::string counter = "#for" + std::to_string(loopCounter_++);
  Instr* x = expr(s.iter, 1);
  Instr* n = emit(Op::ForCount, s.iter->range, {x});
  writeVariable(counter, cur_, number(1, s.iter->range));
  Block* header = newBlock();
  Block* body = newBlock();
  Block* latch = newBlock();
  Block* exit = newBlock();
  forExits_[exit] = {var, n, s.var->range};
  branch(header);
  startBlock(header);
  Instr* i = readVariable(counter, header);
  Instr* more = emit(Op::Binary, s.iter->range, {i, n});
  more->binary = BinaryOp::Le;
  condBranch(more, body, exit, s.iter->range);
  seal(body);
  startBlock(body);
  writeVariable(var, body, emit(Op::ForValue, s.var->range, {x, i}));
  loops_.push_back({latch, exit});
  block(s.body);
  loops_.pop_back();
  branch(latch);
  seal(latch);
  startBlock(latch);
  Instr* next = emit(Op::Binary, s.iter->range, {readVariable(counter, latch), number(1, s.iter->range)});
  next->binary = BinaryOp::Plus;
  writeVariable(counter, latch, next);
  branch(header);
  seal(header);
  seal(exit);
  startBlock(exit);
}

void FunctionLowering::switchStmt(const SwitchStmt& s) {
  Instr* subject = expr(s.subject, 1);
  Block* join = newBlock();
  for (const auto& c : s.cases) {
    Instr* m = emit(Op::CaseMatch, c.value->range, {subject, expr(c.value, 1)});
    Block* then = newBlock();
    Block* next = newBlock();
    condBranch(m, then, next, c.value->range);
    seal(then);
    seal(next);
    startBlock(then);
    block(c.body);
    branch(join);
    startBlock(next);
  }
  block(s.otherwise);
  branch(join);
  seal(join);
  startBlock(join);
}

// ------------------------------------------------------------- expressions

bool FunctionLowering::dottedFunctionName(const Expr* e, std::string& out) const {
  if (e->kind == NodeKind::IdentExpr) {
    auto name = static_cast<const IdentExpr*>(e)->name;
    if (isVariable(name)) return false;
    out = std::string(name);
    return true;
  }
  if (e->kind == NodeKind::FieldExpr) {
    auto* f = static_cast<const FieldExpr*>(e);
    if (!dottedFunctionName(f->base, out)) return false;
    out += "." + std::string(f->name);
    return true;
  }
  return false;
}

std::vector<Instr*> FunctionLowering::indexArgs(Instr* object, const std::vector<Expr*>& args,
                                                std::vector<uint8_t>* splice) {
  std::vector<Instr*> out;
  for (size_t k = 0; k < args.size(); ++k) {
    ends_.push_back({object, static_cast<uint32_t>(k), static_cast<uint32_t>(args.size())});
    Instr* list = splice ? listExpr(args[k]) : nullptr;
    if (list) {
      out.push_back(list);
      splice->resize(out.size(), 0);
      splice->back() = 1;
    } else if (args[k]->kind == NodeKind::ColonExpr) {
      Constant c;
      c.kind = Constant::Colon;
      out.push_back(constant(c, args[k]->range));
    } else {
      out.push_back(expr(args[k], 1));
    }
    ends_.pop_back();
  }
  return out;
}

// The object a constructor starts from: each property's default ([]
// without one; an inherited one [] until the superclass's constructor sets
// it), as class(s, NAME, handle, SUPERS...) makes it of the struct of them
// (a handle class's constructor gets its object so, made before it runs).
Instr* FunctionLowering::defaultObject(const ClassDecl& c, SourceRange loc) {
  Instr* obj = emit(Op::Matrix, loc);
  if (c.properties.empty()) {  // struct(): a 1x1 struct without fields
    obj = emit(Op::Call, loc);
    obj->name = "struct";
  }
  obj = setDefaults(obj, c, loc);
  for (const ClassDecl::Property& p : c.properties) {
    if (p.file == c.file || p.dependent) continue;
    obj = emit(Op::SetField, loc, {obj, emit(Op::Matrix, loc)});
    obj->name = p.name;
    obj->direct = true;
  }
  auto text = [&](const std::string& t) {
    Constant name;
    name.kind = Constant::Char;
    name.text = t;
    return constant(name, loc);
  };
  std::vector<Instr*> args{obj, text(c.name)};
  // (an enumeration derived from a built-in class is one: isa(m, 'uint8'))
  std::vector<std::string> supers = c.ancestors;
  if (!c.enumBase.empty()) supers.push_back(c.enumBase);
  std::vector<std::string> unshown = unshownProperties(c);
  if (c.handle || !supers.empty() || !unshown.empty()) {  // class(s, NAME, true): a handle object, which its copies share
    Constant yes;
    yes.kind = Constant::Logical;
    yes.real = c.handle ? 1 : 0;
    args.push_back(constant(yes, loc));
  }
  for (const std::string& a : supers) args.push_back(text(a));
  if (!unshown.empty()) {
    std::vector<Instr*> items;  // (emitted before the cell that takes them)
    for (const std::string& n : unshown) items.push_back(text(n));
    Instr* names = emit(Op::Cell, loc);
    for (Instr* n : items) names->addOperand(n);
    names->rowSizes = {static_cast<uint32_t>(unshown.size())};
    args.push_back(names);
  }
  // Before an object of the class exists, the program's generated functions
  // the runtime calls for objects: `.operators` for an operand of a class
  // known at run time only; `.defaults` for the object that fills what an
  // assignment past the end of an array of the class's objects leaves;
  // `.destroy` for an object whose last reference goes, and for delete(obj).
  auto registerFunction = [&](const char* registration, const std::string& function) {
    Instr* h = emit(Op::FuncHandle, loc);
    h->name = "." + function;
    h->callee = Callee::File;
    h->constant.text = function;
    Instr* r = emit(Op::Call, loc, {h});
    r->name = registration;
    r->nargout = 0;
  };
  if (std::any_of(c.methodTable.begin(), c.methodTable.end(), [](const auto& m) { return isOperatorMethod(m.first); }))
    registerFunction("operator_methods_", "operators");
  registerFunction("object_defaults_", "defaults");
  if (!c.destructors.empty()) registerFunction("destructor_methods_", "destroy");
  Instr* tagged = emit(Op::Call, loc);
  for (Instr* a : args) tagged->addOperand(a);
  tagged->name = "class";
  tagged->callee = Callee::Builtin;
  return tagged;
}

Instr* FunctionLowering::setDefaults(Instr* obj, const ClassDecl& c, SourceRange loc) {
  for (const ClassDecl::Property& p : c.properties) {
    if (p.file != c.file || p.dependent) continue;
    Instr* value = p.defaultValue ? expr(p.defaultValue, 1) : emit(Op::Matrix, loc);
    if (p.validation) {  // the default converted and checked, or the implicit one
      Instr* checked = emit(Op::Call, p.range);
      if (p.defaultValue) checked->addOperand(value);
      checked->name = ".default." + c.name + "." + p.name;
      checked->callee = Callee::File;
      value = checked;
    }
    obj = emit(Op::SetField, loc, {obj, value});
    obj->name = p.name;
    obj->direct = true;
  }
  return obj;
}

// A constructor's object before its first line: a new one (defaultObject),
// or as a superclass's constructor the subclass's object given the
// properties this class declares their defaults. Then each superclass's
// constructor without arguments, in the order of `<`, as MATLAB calls
// them, but those the body calls (obj = obj@S(...), a statement of its own).
void FunctionLowering::constructObject(const std::string& out) {
  const ClassDecl& c = *constructed_;
  SourceRange loc = ast_->nameRange;
  Instr* obj = asSuper_ ? setDefaults(fn_->params[fn_->captureCount - 1], c, loc) : defaultObject(c, loc);
  writeVar(out, obj);
  for (const Stmt* st : ast_->body) {
    const Expr* e = st->kind == NodeKind::AssignStmt ? static_cast<const AssignStmt*>(st)->value
                    : st->kind == NodeKind::ExprStmt ? static_cast<const ExprStmt*>(st)->expr
                                                     : nullptr;
    if (e && e->kind == NodeKind::IndexExpr && !static_cast<const IndexExpr*>(e)->brace)
      e = static_cast<const IndexExpr*>(e)->base;
    if (e && e->kind == NodeKind::SuperRefExpr) {
      auto* ref = static_cast<const SuperRefExpr*>(e);
      if (ref->method->kind == NodeKind::IdentExpr && static_cast<const IdentExpr*>(ref->method)->name == out)
        superConstructorCalls_.insert(ref);
    }
  }
  for (const std::string& name : c.superclasses) {
    if (std::any_of(superConstructorCalls_.begin(), superConstructorCalls_.end(),
                    [&](const SuperRefExpr* e) { return e->className == name; }))
      continue;
    const ClassDecl* super = prog_.classNamed(name, *c.file);
    if (!super) continue;  // reported with the class
    Target t{Callee::File, prog_.superConstructor(*super)};
    writeVar(out, callWith(t, t.name, {readVar(out)}, {}, 1, loc));
  }
}

// obj@S(args) in a constructor of a subclass of S: S's constructor run on
// obj (S@S, which starts from obj, not from a new object of S), its result
// obj again; name@S(args) in a method: S's method name (its own or one it
// inherits), whatever the object's class overrides it with.
Instr* FunctionLowering::superCall(const SuperRefExpr& ref, const std::vector<Expr*>* args, uint32_t nargout,
                                   SourceRange loc) {
  auto bad = [&](const std::string& why) {
    prog_.diags().report(file_.source, loc, DiagId::BadInheritance, {why});
    return number(0, loc);
  };
  if (ref.method->kind != NodeKind::IdentExpr) {
    unsupported(loc, "a superclass call through a field (obj.name@Super)");
    return number(0, loc);
  }
  std::string name(static_cast<const IdentExpr*>(ref.method)->name);
  if (!class_) return bad("'" + name + "@" + ref.className + "' calls a superclass, which only a method of a class can.");
  bool self = constructed_ && name == ast_->outputs.front().name;
  if (self && ref.className == "handle" && class_->handle && superConstructorCalls_.count(&ref))
    return readVar(name, loc);  // handle's constructor: nothing to do
  if (std::find(class_->superclasses.begin(), class_->superclasses.end(), ref.className) == class_->superclasses.end())
    return bad("'" + ref.className + "' is not a direct superclass of the class '" + class_->name + "'.");
  const ClassDecl* super = prog_.classNamed(ref.className, *class_->file);
  if (!super) return number(0, loc);  // reported with the class
  std::vector<const Expr*> list;
  if (args) list.assign(args->begin(), args->end());
  if (self) {
    if (!superConstructorCalls_.count(&ref))
      return bad("The superclass constructor call '" + name + "@" + ref.className +
                 "' must be a statement of the constructor's body, not inside if, switch, a loop or try.");
    Target t{Callee::File, prog_.superConstructor(*super)};
    Instr* c = callWith(t, t.name, {readVar(name, loc)}, list, 1, loc);
    writeVar(name, c);
    return c;
  }
  if (!ast_ || ast_->name != name)  // (MATLAB's rule: "if both methods have the same name")
    return bad("'" + name + "@" + ref.className + "' is called from " +
               (ast_ ? "the function '" + ast_->name + "'" : std::string("a script")) +
               ": a method can call only the superclass method of its own name.");
  if (const ClassDecl::Method* m = super->method(name))
    return callWith({Callee::File, m->function}, m->function, {}, list, nargout, loc);
  bool isAbstract = std::find(super->abstractLeft.begin(), super->abstractLeft.end(), name) != super->abstractLeft.end();
  return bad(isAbstract ? "The method '" + name + "' of the class '" + super->name + "' is abstract: it has no body to call."
                        : "The class '" + super->name + "' has no method '" + name + "'.");
}

Instr* FunctionLowering::memberQuery(std::string_view name, Target& t, SourceRange loc) {
  t = {Callee::File, ".members"};
  prog_.wantMembers();
  Constant query;
  query.kind = Constant::Char;
  query.text = std::string(name);
  return constant(query, loc);
}

// obj.name(args) and obj.name, where name is a method of a class of the
// program: the call name(obj, args), which inference sends to the method
// of obj's class (Instr::called marks the form).
Instr* FunctionLowering::methodCall(const Expr* field, const std::vector<Expr*>* args, uint32_t nargout,
                                    SourceRange loc) {
  if (field->kind != NodeKind::FieldExpr) return nullptr;
  auto* f = static_cast<const FieldExpr*>(field);
  // h.delete() and h.isvalid() of a handle: handle's methods (the builtins delete and isvalid)
  bool handleMethod = (f->name == "delete" || f->name == "isvalid") && args && args->empty() && prog_.hasHandleClass();
  if (!handleMethod && !prog_.isMethodName(f->name)) return nullptr;
  std::vector<const Expr*> all{f->base};
  if (args) all.insert(all.end(), args->begin(), args->end());
  Instr* c = call(std::string(f->name), all, nargout, loc);
  if (c->op == Op::Call && !handleMethod) c->called = true;
  return c;
}

namespace {

// The binary operator whose function `name` is (plus for +, ...), but not
// && and || (no functions).
std::optional<BinaryOp> operatorOfFunction(const std::string& name) {
  static const std::map<std::string, BinaryOp> kOperators = {
#define BINARY(Enum, Name, Spelling) {Name, BinaryOp::Enum},
#include "frontend/Operators.def"
  };
  auto it = kOperators.find(name);
  if (it == kOperators.end() || it->second == BinaryOp::AndAnd || it->second == BinaryOp::OrOr) return std::nullopt;
  return it->second;
}

// The unary operator whose function `name` is (uminus for -x, not, uplus).
std::optional<UnaryOp> unaryOperatorOfFunction(const std::string& name) {
  static const std::map<std::string, UnaryOp> kOperators = {
#define UNARY(Enum, Name, Spelling) {Name, UnaryOp::Enum},
#include "frontend/Operators.def"
  };
  auto it = kOperators.find(name);
  if (it == kOperators.end()) return std::nullopt;
  return it->second;
}

bool isElementwise(BinaryOp op) {
  return op != BinaryOp::MTimes && op != BinaryOp::MRDivide && op != BinaryOp::MLDivide && op != BinaryOp::MPower;
}

}  // namespace

// enumeration('NAME') (the members of the class NAME), isenum(x), NAME.M.f(...)
// and NAME.M.p of a member M, and NAME.M of an enumeration class without a
// member M (MATLAB's error); else null.
Instr* FunctionLowering::enumerationCall(const std::string& name, const std::vector<const Expr*>& args,
                                         uint32_t nargout, SourceRange loc) {
  if (isVariable(name)) return nullptr;
  if (name == "enumeration" && args.size() == 1 &&
      (args[0]->kind == NodeKind::CharLitExpr || args[0]->kind == NodeKind::StringLitExpr)) {
    std::string cls = args[0]->kind == NodeKind::CharLitExpr ? static_cast<const CharLitExpr*>(args[0])->value
                                                             : static_cast<const StringLitExpr*>(args[0])->value;
    const ClassDecl* c = prog_.classNamed(cls, file_);
    if (!c || !c->isEnumeration()) return nullptr;  // (the builtin's error at run time)
    return callWith({Callee::File, c->name + ".all_"}, c->name + ".all_", {}, {}, nargout, loc);
  }
  if (name == "isenum" && args.size() == 1 && prog_.resolve(name, file_, ast_).kind == Callee::Builtin)
    return callWith({Callee::File, prog_.isenumFunction()}, name, {}, args, nargout, loc);
  std::string_view member;
  const ClassDecl* c = prog_.enumerationClass(name, file_, member);
  if (size_t dot = member.find('.'); c && dot != std::string_view::npos) {
    std::string first(name.substr(0, name.size() - member.size() + dot));
    std::string rest(member.substr(dot + 1));
    if (auto m = c->methodTable.find(rest); m != c->methodTable.end()) {  // NAME.M.f(args): the method f of M
      Instr* obj = call(first, {}, 1, loc);
      return callWith({Callee::File, m->second.function}, m->second.function, {obj}, args, nargout, loc);
    }
  }
  if (size_t dot = member.find('.'); c && dot != std::string_view::npos && args.empty()) {
    // NAME.M.p: the property p of the member M (and p's fields).
    std::string first(name.substr(0, name.size() - member.size() + dot));
    Instr* v = call(first, {}, 1, loc);
    for (std::string_view rest = member.substr(dot + 1);;) {
      size_t next = rest.find('.');
      v = emit(Op::Field, loc, {v});
      v->name = std::string(rest.substr(0, next));
      if (next == std::string_view::npos) return v;
      rest = rest.substr(next + 1);
    }
  }
  if (c && member.find('.') == std::string_view::npos && !c->staticTable.count(std::string(member)) &&
      !c->methodTable.count(std::string(member))) {
    prog_.diags().report(file_.source, loc, DiagId::InstanceMethodOfClass, {c->name, member});
    return number(0, loc);
  }
  return nullptr;
}

Instr* FunctionLowering::call(const std::string& name, const std::vector<const Expr*>& args, uint32_t nargout,
                              SourceRange loc) {
  if (const Expr* k = prog_.classConstant(name, file_)) {
    Instr* value = expr(k, 1);
    if (args.empty()) return value;
    // NAME.K(args): the constant indexed.
    std::vector<Expr*> subscripts;
    for (const Expr* a : args) subscripts.push_back(const_cast<Expr*>(a));  // (indexArgs only reads them)
    std::vector<Instr*> index = indexArgs(value, subscripts);
    Instr* r = emit(Op::Subsref, loc, {value});
    for (Instr* a : index) r->addOperand(a);
    return r;
  }
  if (Instr* e = enumerationCall(name, args, nargout, loc)) return e;
  if (const ClassDecl* c = prog_.inaccessibleStatic(name, file_))
    prog_.diags().report(file_.source, loc, DiagId::MethodNoAccess, {name.substr(name.find('.') + 1), c->name});
  if (const ClassDecl* c = prog_.instanceMethodPath(name, file_)) {  // Pt.f(obj) of an ordinary method
    prog_.diags().report(file_.source, loc, DiagId::InstanceMethodOfClass, {c->name, name.substr(c->name.size() + 1)});
    return number(0, loc);
  }
  Target t = prog_.resolve(name, file_, ast_);
  if (t.kind == Callee::Builtin && (name == "feval" || name == "str2func") && !args.empty()) {
    // A function named by a constant is compiled as a call of (a handle to) it.
    const Expr* f = args[0];
    bool constName = f->kind == NodeKind::CharLitExpr || f->kind == NodeKind::StringLitExpr;
    std::string fname = f->kind == NodeKind::CharLitExpr ? static_cast<const CharLitExpr*>(f)->value
                        : constName                      ? static_cast<const StringLitExpr*>(f)->value
                                                         : std::string();
    bool identifier = !fname.empty() && (std::isalpha(static_cast<unsigned char>(fname[0])) != 0) &&
                      std::all_of(fname.begin(), fname.end(), [](char c) {
                        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
                      });
    std::vector<const Expr*> rest(args.begin() + 1, args.end());
    if (name == "feval" && identifier) return call(fname, rest, nargout, loc);
    if (name == "str2func" && identifier && args.size() == 1) return functionHandle(fname, loc);
    if (name == "str2func" && constName && args.size() == 1 && fname.rfind('@', 0) == 0) {
      // str2func('@(x) ...'): the anonymous function, compiled here (as eval of constant text).
      const File* snippet = prog_.parseEval(file_, f);
      if (!snippet) return number(0, loc);  // reported by parseEval
      if (snippet->script.size() == 1 && snippet->script[0]->kind == NodeKind::ExprStmt) {
        const Expr* e = static_cast<const ExprStmt*>(snippet->script[0])->expr;
        if (e->kind == NodeKind::AnonFuncExpr) return expr(e, 1);
      }
    }
    if (name == "feval") return handleCall(expr(f, 1), rest, nargout, loc);
  }
  if (t.kind == Callee::Builtin && args.size() == 3 && name == "bsxfun" && args[0]->kind == NodeKind::FuncHandleExpr) {
    // bsxfun(@f, A, B) of a builtin f that expands implicitly (an
    // element-wise operator, max, min, rem, mod, atan2, hypot, the bit
    // functions): f(A, B), which expands A and B as bsxfun does. Other f
    // (anonymous functions, user functions) go to the runtime's bsxfun.
    const std::string& f = static_cast<const FuncHandleExpr*>(args[0])->name;
    std::vector<const Expr*> operands(args.begin() + 1, args.end());
    static const std::set<std::string> kExpanding = {"max",   "min",    "rem",   "mod",    "atan2", "hypot",
                                                     "bitand", "bitor", "bitxor", "xor"};
    std::optional<BinaryOp> op = operatorOfFunction(f);
    if (prog_.resolve(f, file_, ast_).kind == Callee::Builtin && ((op && isElementwise(*op)) || kExpanding.count(f)) &&
        !isVariable(f))
      return call(f, operands, nargout, loc);
  }
  // An argument that is or may be a comma-separated list (c{:}, s.f).
  auto mayBeList = [](const Expr* a) {
    if (a->kind == NodeKind::IndexExpr) return static_cast<const IndexExpr*>(a)->brace;
    return a->kind == NodeKind::FieldExpr || a->kind == NodeKind::DynFieldExpr || a->kind == NodeKind::ColonExpr ||
           a->kind == NodeKind::NamedArgExpr;
  };
  if (auto op = operatorOfFunction(name);
      op && t.kind == Callee::Builtin && args.size() == 2 && nargout <= 1 && std::none_of(args.begin(), args.end(), mayBeList)) {
    // plus(a, b), mtimes(a, b) and the other binary operators' function
    // forms are the operators (they fuse as a + b does); uminus, uplus and
    // not of one argument too.
    Instr* v = emit(Op::Binary, loc, {expr(args[0], 1), expr(args[1], 1)});
    v->binary = *op;
    return v;
  }
  if (auto op = unaryOperatorOfFunction(name);
      op && t.kind == Callee::Builtin && args.size() == 1 && nargout <= 1 && !mayBeList(args[0])) {
    Instr* v = emit(Op::Unary, loc, {expr(args[0], 1)});
    v->unary = *op;
    return v;
  }
  if (t.kind == Callee::Builtin && name == "class" && args.size() == 2)  // (the compiler's own is defaultObject's)
    unsupported(loc, "class(s, NAME) of old-style classes");
  if (t.kind == Callee::Builtin && (name == "nargin" || name == "nargout") && args.size() == 1)
    return declaredCount(name, args[0], loc);
  if (t.kind == Callee::Builtin && name == "exist" && (args.size() == 1 || args.size() == 2))
    if (Instr* known = existCall(args, loc)) return known;
  if (t.kind == Callee::Builtin && name == "coder.target") {
    // mcc generates C-like code: coder.target is 'rtw' (MATLAB Coder's), never 'MATLAB'.
    Constant c;
    if (args.empty()) {
      c.kind = Constant::Char;
      c.text = "rtw";
      return constant(c, loc);
    }
    const Expr* a = args[0];
    std::string want = a->kind == NodeKind::CharLitExpr ? static_cast<const CharLitExpr*>(a)->value
                       : a->kind == NodeKind::StringLitExpr ? static_cast<const StringLitExpr*>(a)->value
                                                            : "";
    for (char& ch : want) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    c.kind = Constant::Logical;
    c.real = want == "rtw" ? 1 : 0;
    return constant(c, loc);
  }
  if (t.kind == Callee::Builtin && name == "mfilename" && args.size() <= 1) {
    // The file this code is in, known here: its name, or with 'fullpath'
    // its absolute path without the .m.
    std::string option;
    if (!args.empty() && args[0]->kind == NodeKind::CharLitExpr) option = static_cast<const CharLitExpr*>(args[0])->value;
    if (!args.empty() && args[0]->kind == NodeKind::StringLitExpr) option = static_cast<const StringLitExpr*>(args[0])->value;
    if (args.empty() || option == "fullpath") {
      Constant c;
      c.kind = Constant::Char;
      c.text = fileStem(file_);
      if (!args.empty()) {
        std::error_code ec;
        std::filesystem::path full = std::filesystem::absolute(file_.source->name(), ec);
        c.text = (full.parent_path() / c.text).string();
      }
      return constant(c, loc);
    }
  }
  if (t.kind == Callee::Builtin && name == "eval") {
    // x = eval('expr'): the expression, compiled here.
    const Expr* code = args.empty() ? nullptr : args[0];
    if (args.size() == 1 && (code->kind == NodeKind::CharLitExpr || code->kind == NodeKind::StringLitExpr)) {
      const File* snippet = prog_.parseEval(file_, code);
      if (!snippet) return number(0, loc);  // reported by parseEval
      if (snippet->script.size() == 1 && snippet->script[0]->kind == NodeKind::ExprStmt)
        return expr(static_cast<const ExprStmt*>(snippet->script[0])->expr, nargout);
      unsupported(loc, "eval of statements where a value is wanted");
      return number(0, loc);
    }
    unsupported(loc, args.size() == 2 ? "eval with a catch expression"
                                      : "eval of text known only at run time (mcc compiles eval of constant text)");
    return number(0, loc);
  }
  if (t.kind == Callee::Builtin && name == "save" && args.size() >= 2 &&
      std::all_of(args.begin() + 1, args.end(), [](const Expr* e) { return e->kind == NodeKind::CharLitExpr; })) {
    std::vector<std::string> words;
    for (size_t k = 1; k < args.size(); ++k) words.push_back(static_cast<const CharLitExpr*>(args[k])->value);
    return saveCall(expr(args[0], 1), words, loc);
  }
  if (const ClassDecl* c = t.kind == Callee::File ? prog_.constructorOf(t.name) : nullptr; c && !c->abstractLeft.empty()) {
    // MATLAB's error when it runs (the call stays, never reached).
    Constant text;
    text.kind = Constant::Char;
    text.text = "Abstract classes cannot be instantiated.  Class '" + c->name +
                "' defines abstract methods and/or properties.";
    Instr* e = emit(Op::Call, loc, {constant(text, loc)});
    e->name = "error";
    e->nargout = 0;
  }
  return callWith(t, name, {}, args, nargout, loc);
}

Instr* FunctionLowering::callWith(const Target& t, const std::string& name, std::vector<Instr*> leading,
                                  const std::vector<const Expr*>& args, uint32_t nargout, SourceRange loc) {
  bool membersOf = t.kind == Callee::Builtin && isMemberQuery(name, args.size());
  std::vector<Instr*> values = std::move(leading);
  std::vector<uint8_t> splice;
  // cellfun('myfun', c): a function of the program named by a constant is
  // passed as a handle (the runtime only knows its builtins by name).
  const Expr* namedFunction = nullptr;
  if (t.kind == Callee::Builtin && (name == "cellfun" || name == "arrayfun" || name == "structfun") &&
      !args.empty() && (args[0]->kind == NodeKind::CharLitExpr || args[0]->kind == NodeKind::StringLitExpr)) {
    std::string fname = args[0]->kind == NodeKind::CharLitExpr ? static_cast<const CharLitExpr*>(args[0])->value
                                                               : static_cast<const StringLitExpr*>(args[0])->value;
    Target ft = isVariable(fname) ? Target{} : prog_.resolve(fname, file_, ast_);
    if (ft.kind != Callee::Builtin) {
      namedFunction = args[0];
      values.push_back(functionHandle(fname, args[0]->range));
    }
  }
  // A call is transparent to `end`: in x(round(end/2)) it still means x's end.
  for (const Expr* a : args) {
    if (a == namedFunction) continue;
    if (Instr* list = listExpr(a)) {
      values.push_back(list);
      splice.resize(values.size(), 0);
      splice.back() = 1;
      continue;
    }
    if (a->kind == NodeKind::NamedArgExpr) {
      // f(Name=v) is f('Name', v).
      auto* n = static_cast<const NamedArgExpr*>(a);
      Constant c;
      c.kind = Constant::Char;
      c.text = std::string(n->name);
      values.push_back(constant(c, a->range));
      values.push_back(expr(n->value, 1));
    } else if (a->kind == NodeKind::ColonExpr) {
      Constant c;
      c.kind = Constant::Char;
      c.text = ":";  // f(:) passes the char ':' as MATLAB does
      values.push_back(constant(c, a->range));
    } else {
      values.push_back(expr(a, 1));
    }
  }
  // narginchk and nargoutchk check the caller's counts: passed along.
  if (t.kind == Callee::Builtin && ast_ && (name == "narginchk" || name == "nargoutchk")) {
    Instr* count = emit(Op::Call, loc);
    count->name = name == "narginchk" ? "nargin" : "nargout";
    count->callee = Callee::Builtin;
    values.push_back(count);
  }
  Target to = t;
  if (membersOf) {
    values.insert(values.begin(), memberQuery(name, to, loc));
    if (!splice.empty()) splice.insert(splice.begin(), 0);
  }
  // A nested function takes the environments around it first.
  for (uint32_t d = to.envs; d-- > 0;) {
    values.insert(values.begin(), env(d));
    if (!splice.empty()) splice.insert(splice.begin(), 0);
  }
  Instr* c = emit(Op::Call, loc);
  c->name = to.name;
  c->callee = to.kind;
  c->nargout = nargout;
  for (Instr* v : values) c->addOperand(v);
  if (!splice.empty()) splice.resize(values.size(), 0);
  c->splice = std::move(splice);
  if (t.kind == Callee::Builtin && name == "coder.ceval") writeCoderRefs(args, c);
  return c;
}

// MATLAB counts varargin (varargout) as one and makes the count negative
// when the list ends with it: function f(a, varargin) has nargin -2.
Instr* FunctionLowering::declaredCount(const std::string& which, const Expr* fn, SourceRange loc) {
  auto count = [&](const std::vector<Param>& list) {
    std::string_view rest = which == "nargin" ? "varargin" : "varargout";
    double n = static_cast<double>(list.size());
    return !list.empty() && list.back().name == rest ? -n : n;
  };
  while (fn->kind == NodeKind::ParenExpr) fn = static_cast<const ParenExpr*>(fn)->inner;
  if (fn->kind == NodeKind::AnonFuncExpr) {
    // Its outputs are its body's, as many as asked for: -1 (varargout), as in Octave and MATLAB.
    return number(which == "nargin" ? count(static_cast<const AnonFuncExpr*>(fn)->params) : -1, loc);
  }
  std::string name;
  if (fn->kind == NodeKind::CharLitExpr) name = static_cast<const CharLitExpr*>(fn)->value;
  else if (fn->kind == NodeKind::StringLitExpr) name = static_cast<const StringLitExpr*>(fn)->value;
  else if (fn->kind == NodeKind::FuncHandleExpr) name = static_cast<const FuncHandleExpr*>(fn)->name;
  else {
    // nargin(h) of a handle (or a name) known at run time: the counts its
    // handle carries (mcc_handle_create_declared).
    Instr* c = emit(Op::Call, loc, {number(which == "nargin" ? 0 : 1, loc), expr(fn, 1)});
    c->callee = Callee::Builtin;
    c->name = "declared_count_";
    return c;
  }
  Target t = prog_.resolve(name, file_, ast_);
  if (const mcc::Function* decl = prog_.declaration(t))
    return number(count(which == "nargin" ? decl->params : decl->outputs), loc);
  bool known = isRuntimeBuiltin(name);
  prog_.diags().report(file_.source, fn->range, known ? DiagId::DeclaredCountOfBuiltin : DiagId::DeclaredCountUnknown,
                       {which, name});
  if (!known) prog_.diags().report(file_.source, fn->range, DiagId::NoteUnknownFunction, {name});
  return number(0, loc);
}

Instr* FunctionLowering::existCall(const std::vector<const Expr*>& args, SourceRange loc) {
  auto text = [](const Expr* e, std::string& out) {
    if (e->kind == NodeKind::CharLitExpr) out = static_cast<const CharLitExpr*>(e)->value;
    else if (e->kind == NodeKind::StringLitExpr) out = static_cast<const StringLitExpr*>(e)->value;
    else return false;
    return true;
  };
  std::string name, kind;
  bool constKind = args.size() < 2 || text(args[1], kind);
  for (char& ch : kind) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (!text(args[0], name)) {
    if (constKind && kind == "var") return existVar(args[0], loc);
    return nullptr;  // files and folders: the run-time check
  }
  if (!constKind) return nullptr;
  if (kind.empty() || kind == "var") {
    if (isVariable(name)) {
      if (storage_.count(name)) return number(1, loc);  // a global or persistent variable: [] at least
      if (nest_ && nest_->shared.count(name)) {
        unsupported(loc, "exist('" + name + "', 'var') of a variable shared with nested functions");
        return number(0, loc);
      }
      Instr* v = readVariable(name, cur_);
      if (v->op == Op::Undef) return number(0, loc);
      return emit(Op::IsDefined, loc, {v});
    }
    if (kind == "var") return number(0, loc);
  }
  if (kind.empty() || kind == "builtin" || kind == "file") {
    Target t = prog_.resolve(name, file_, ast_);
    // NAME.m of the program is a file on the path: 2. A local function is no
    // file (Octave's exist gives 0): the run-time check looks for NAME.m.
    if (t.kind == Callee::File && prog_.declaration(t)) return number(kind == "builtin" ? 0 : 2, loc);
    if (t.kind == Callee::Local) return kind == "builtin" ? number(0, loc) : nullptr;
    bool builtin = t.kind == Callee::Builtin && (isKnownBuiltin(name) || isRuntimeBuiltin(name));
    if (kind == "builtin") return number(builtin ? 5 : 0, loc);
    if (kind.empty() && builtin) return number(5, loc);
  }
  return nullptr;
}

// exist(name, 'var') of a name known at run time: the function's variables
// are known here, so it is the sum over them of strcmp(name, 'v') times
// whether v is set at this point (at most one term is 1). Not ans: its
// value may be a statement call's that gave none.
Instr* FunctionLowering::existVar(const Expr* nameExpr, SourceRange loc) {
  Instr* name = expr(nameExpr, 1);
  Instr* result = number(0, loc);
  for (const std::string& v : vars_) {
    if (v.empty() || v[0] == '#' || v == "~" || v == "ans") continue;
    Instr* defined = nullptr;
    if (storage_.count(v)) {
      defined = number(1, loc);  // a global or persistent variable: [] at least
    } else if (nest_ && nest_->shared.count(v)) {
      unsupported(loc, "exist(name, 'var') in a function whose variables are shared with nested functions ('" + v + "')");
      return number(0, loc);
    } else {
      Instr* x = readVariable(v, cur_);
      if (x->op == Op::Undef) continue;
      defined = emit(Op::IsDefined, loc, {x});
    }
    Constant c;
    c.kind = Constant::Char;
    c.text = v;
    Instr* same = emit(Op::Call, loc, {name, constant(c, loc)});
    same->callee = Callee::Builtin;
    same->name = "strcmp";
    Instr* term = emit(Op::Binary, loc, {same, defined});
    term->binary = BinaryOp::Times;
    Instr* sum = emit(Op::Binary, loc, {result, term});
    sum->binary = BinaryOp::Plus;
    result = sum;
  }
  return result;
}

// coder.ceval('f', coder.ref(y)): the C function may write y's elements, so
// y is assigned the (unshared) array the call passed (compiler/interop).
void FunctionLowering::writeCoderRefs(const std::vector<const Expr*>& args, Instr* call) {
  if (call->operands.size() != args.size()) {  // f(Name=v) and c{:} arguments: operands are not the arguments
    unsupported(call->loc, "coder.ceval with name=value or comma-separated-list arguments");
    return;
  }
  for (size_t k = 0; k < args.size(); ++k) {
    auto* ix = args[k]->kind == NodeKind::IndexExpr ? static_cast<const IndexExpr*>(args[k]) : nullptr;
    std::string fname;
    if (!ix || ix->brace || !dottedFunctionName(ix->base, fname) || (fname != "coder.ref" && fname != "coder.wref")) continue;
    if (ix->args.size() != 1 || ix->args[0]->kind != NodeKind::IdentExpr) {
      unsupported(args[k]->range, fname + " of anything but a variable");
      continue;
    }
    writeVar(std::string(static_cast<const IdentExpr*>(ix->args[0])->name), call->operands[k]);
  }
}

// save(file, 'a', '-struct', 's', ...) with constant names: the runtime
// cannot read variables by name, so the call becomes save_vars_(file, 'a',
// a, '-struct', 's', s, ...), each variable's value after its name (the
// colon marker for a name that is no variable: the runtime's "Variable 'x'
// not found.").
Instr* FunctionLowering::saveCall(Instr* file, const std::vector<std::string>& words, SourceRange loc) {
  std::vector<Instr*> ops{file};
  for (const std::string& w : words) {
    Constant text;
    text.kind = Constant::Char;
    text.text = w;
    ops.push_back(constant(text, loc));
    if (!w.empty() && w[0] == '-') continue;
    if (isVariable(w)) {
      ops.push_back(readVariable(w, cur_));
    } else {
      Constant colon;
      colon.kind = Constant::Colon;
      ops.push_back(constant(colon, loc));
    }
  }
  Instr* c = emit(Op::Call, loc);
  c->name = "save_vars_";
  c->callee = Callee::Builtin;
  c->nargout = 0;
  for (Instr* v : ops) c->addOperand(v);
  return c;
}

Instr* FunctionLowering::listExpr(const Expr* e) {
  if (e->kind == NodeKind::IndexExpr) {
    auto* ix = static_cast<const IndexExpr*>(e);
    if (!ix->brace) return nullptr;
    Instr* base = expr(ix->base, 1);
    std::vector<Instr*> args = indexArgs(base, ix->args);
    Instr* r = emit(Op::CellRef, e->range, {base});
    for (Instr* a : args) r->addOperand(a);
    r->list = true;
    return r;
  }
  if (e->kind == NodeKind::FieldExpr) {
    std::string fname;
    auto* f = static_cast<const FieldExpr*>(e);
    if (dottedFunctionName(e, fname) || prog_.isMethodName(f->name)) return nullptr;
    Instr* r = emit(Op::Field, e->range, {expr(f->base, 1)});
    r->name = std::string(f->name);
    r->list = true;
    return r;
  }
  if (e->kind == NodeKind::DynFieldExpr) {
    auto* f = static_cast<const DynFieldExpr*>(e);
    Instr* base = expr(f->base, 1);
    Instr* r = emit(Op::Field, e->range, {base, expr(f->name, 1)});
    r->dynamicField = true;
    r->list = true;
    return r;
  }
  return nullptr;
}

// `clear`, `clear all`, `clear x y`, `clear a*`, `clearvars -except k`:
// the named variables of this workspace become undefined from here on
// (reading one is MATLAB's "Unrecognized function or variable" error).
// Clearing functions, globals or classes changes nothing in a compiled
// program. False when this is not the builtin clear.
bool FunctionLowering::clearStatement(std::string_view name, const std::vector<std::string>& words) {
  if (name != "clear" && name != "clearvars") return false;
  if (isVariable(name) || prog_.resolve(name, file_, ast_).kind != Callee::Builtin) return false;
  auto glob = [](std::string_view pattern, std::string_view text) {
    size_t star = pattern.find('*');
    if (star == std::string_view::npos) return pattern == text;
    std::string_view head = pattern.substr(0, star), tail = pattern.substr(star + 1);
    return text.size() >= head.size() + tail.size() && text.substr(0, head.size()) == head &&
           text.substr(text.size() - tail.size()) == tail;
  };
  bool all = words.empty();
  std::vector<std::string> names, except;
  bool exceptMode = false;
  for (const std::string& w : words) {
    if (w == "all" || w == "-all" || w == "variables" || w == "-variables" || w == "-v") all = true;
    else if (w == "-except") exceptMode = all = true;
    else if (w == "functions" || w == "-functions" || w == "global" || w == "-global" || w == "classes" ||
             w == "-classes" || w == "mex" || w == "java" || w == "import" || w == "-regexp")
      continue;
    else (exceptMode ? except : names).push_back(w);
  }
  for (const std::string& var : vars_) {
    if (var.empty() || var[0] == '#') continue;  // hidden variables (loop counters)
    bool named = all;
    for (const std::string& n : names) named = named || glob(n, var);
    for (const std::string& n : except) named = named && !glob(n, var);
    if (!named) continue;
    storage_.erase(var);  // clear x of a global: this workspace loses its link
    if (nest_ && nest_->shared.count(var)) {  // shared with nested functions: unset for all of them
      const EnvSlot& at = nest_->shared.at(var);
      Instr* unset = emit(Op::EnvStore, {}, {env(at.depth)});
      unset->name = var;
      unset->index = at.slot;
      continue;
    }
    endLifetime(var);
    writeVariable(var, cur_, undefFor(var));
  }
  return true;
}

// A call (of a statement) that never gives a value: a builtin that only
// prints, a function of the program without outputs.
bool FunctionLowering::givesNoValue(const Instr& call) {
  if (call.callee == Callee::Builtin) return ir::givesNoValue(call.name);
  const mcc::Function* f = prog_.declaration({call.callee, call.name});
  return f && f->outputs.empty();
}

void FunctionLowering::endLifetime(const std::string& var) {
  if (!prog_.lifetimes() || var.empty() || var[0] == '#' || storage_.count(var) || (nest_ && nest_->shared.count(var)))
    return;  // (a global's or a shared variable's slot releases what it held)
  if (!defs_.count(var)) return;  // never assigned
  Instr* old = readVariable(var, cur_);
  if (old->op == Op::Undef) return;
  Instr* mark = emit(Op::Call, {}, {old});
  mark->name = "lifetime_end_";
  mark->callee = Callee::Builtin;
  mark->nargout = 0;
}

void FunctionLowering::endLifetimes(const std::vector<std::string>& outputs) {
  if (!prog_.lifetimes()) return;
  std::vector<Instr*> values;
  // (the program's end clears the script's workspace, in the order of the names, as Octave does)
  std::vector<std::string> order = assignOrder_;
  if (!ast_) std::sort(order.begin(), order.end());
  for (const std::string& var : order) {
    // (the environment shared with nested functions holds their variables: "#env")
    bool hidden = !var.empty() && var[0] == '#' && var.rfind("#env", 0) != 0;
    if (var.empty() || hidden || var == "~" || storage_.count(var) || (nest_ && nest_->shared.count(var)) ||
        std::find(outputs.begin(), outputs.end(), var) != outputs.end())
      continue;
    Instr* v = readVariable(var, cur_);
    if (v->op != Op::Undef) values.push_back(v);
  }
  if (values.empty()) return;
  Instr* mark = emit(Op::Call, {});
  for (Instr* v : values) mark->addOperand(v);
  mark->name = "lifetime_end_";
  mark->callee = Callee::Builtin;
  mark->nargout = 0;
}

bool FunctionLowering::clearStatement(const Expr* e) {
  std::vector<std::string> words;
  if (e->kind == NodeKind::IdentExpr) return clearStatement(static_cast<const IdentExpr*>(e)->name, words);
  if (e->kind != NodeKind::IndexExpr) return false;
  auto* call = static_cast<const IndexExpr*>(e);
  if (call->brace || call->base->kind != NodeKind::IdentExpr) return false;
  for (const Expr* a : call->args) {
    if (a->kind == NodeKind::CharLitExpr) words.push_back(static_cast<const CharLitExpr*>(a)->value);
    else if (a->kind == NodeKind::StringLitExpr) words.push_back(static_cast<const StringLitExpr*>(a)->value);
    else return false;  // clear(name) with a computed name: not here yet
  }
  return clearStatement(static_cast<const IdentExpr*>(call->base)->name, words);
}

// The condition of if, while and until. In that context (and only there)
// MATLAB short-circuits the element-wise & and |: when the left operand is a
// scalar that decides the result, the right one is not evaluated.
Instr* FunctionLowering::condition(const Expr* e) {
  const auto* b = e->kind == NodeKind::BinaryExpr ? static_cast<const BinaryExpr*>(e) : nullptr;
  if (!b || (b->op != BinaryOp::And && b->op != BinaryOp::Or)) return emit(Op::Truth, e->range, {expr(e, 1)});
  bool isAnd = b->op == BinaryOp::And;
  Instr* lhs = expr(b->lhs, 1);
  // A constant that decides: the right operand is dead code, not lowered.
  bool numberConst = lhs->op == Op::Const && !lhs->constant.complex &&
                     (lhs->constant.kind == Constant::Double || lhs->constant.kind == Constant::Logical);
  if (numberConst && !std::isnan(lhs->constant.real) && (lhs->constant.real != 0) != isAnd)
    return emit(Op::Truth, b->lhs->range, {lhs});
  bool trueFalse = lhs->op == Op::Call && lhs->callee == Callee::Builtin && lhs->operands.empty() &&
                   (lhs->name == "true" || lhs->name == "false");
  if (trueFalse && (lhs->name == "true") != isAnd) return emit(Op::Truth, b->lhs->range, {lhs});
  Instr* scalar = emit(Op::Call, b->lhs->range, {lhs});  // the builtin, whatever the program defines
  scalar->name = "isscalar";
  scalar->callee = Callee::Builtin;
  scalar->nargout = 1;
  Block* decided = newBlock();
  Block* full = newBlock();
  Block* join = newBlock();
  condBranch(scalar, decided, full, b->lhs->range);
  seal(decided);
  startBlock(decided);
  Instr* lhsTruth = emit(Op::Truth, b->lhs->range, {lhs});
  Block* decidedEnd = cur_;
  if (isAnd) condBranch(lhsTruth, full, join, b->range);
  else condBranch(lhsTruth, join, full, b->range);
  seal(full);
  startBlock(full);
  Instr* both = emit(Op::Binary, b->range, {lhs, expr(b->rhs, 1)});
  both->binary = b->op;
  Instr* fullTruth = emit(Op::Truth, e->range, {both});
  Block* fullEnd = cur_;
  branch(join);
  seal(join);
  std::string var = "#cond" + std::to_string(loopCounter_++);
  writeVariable(var, decidedEnd, lhsTruth);
  writeVariable(var, fullEnd, fullTruth);
  startBlock(join);
  return readVariable(var, join);
}

Instr* FunctionLowering::shortCircuit(const BinaryExpr& b) {
  bool isAnd = b.op == BinaryOp::AndAnd;
  Instr* lhs = emit(Op::LogicalScalar, b.lhs->range, {expr(b.lhs, 1)});
  Block* from = cur_;
  Block* rhsBlock = newBlock();
  Block* join = newBlock();
  if (isAnd) condBranch(lhs, rhsBlock, join, b.range);
  else condBranch(lhs, join, rhsBlock, b.range);
  seal(rhsBlock);
  startBlock(rhsBlock);
  Instr* rhs = emit(Op::LogicalScalar, b.rhs->range, {expr(b.rhs, 1)});
  Block* rhsEnd = cur_;
  branch(join);
  seal(join);
  // The result: lhs's value when it decided, else rhs's.
  std::string var = "#cond" + std::to_string(loopCounter_++);
  writeVariable(var, from, lhs);
  writeVariable(var, rhsEnd, rhs);
  startBlock(join);
  return readVariable(var, join);
}

std::string FunctionLowering::calleeName(const Expr* body, bool& bare) {
  const Expr* callee = body;
  if (body->kind == NodeKind::IndexExpr) {
    auto* ix = static_cast<const IndexExpr*>(body);
    if (ix->brace) return "";
    callee = ix->base;
  }
  bare = callee == body;
  if (callee->kind != NodeKind::IdentExpr) return "";
  return std::string(static_cast<const IdentExpr*>(callee)->name);
}

bool FunctionLowering::mayGiveNothing(const Expr* body) {
  while (body->kind == NodeKind::ParenExpr) body = static_cast<const ParenExpr*>(body)->inner;
  // obj.f(...) of a method f: a method may give nothing.
  const Expr* callee = body->kind == NodeKind::IndexExpr && !static_cast<const IndexExpr*>(body)->brace
                           ? static_cast<const IndexExpr*>(body)->base
                           : body;
  if (callee->kind == NodeKind::FieldExpr && prog_.isMethodName(static_cast<const FieldExpr*>(callee)->name))
    return true;
  bool bare = false;
  std::string name = calleeName(body, bare);
  if (name.empty()) return false;
  if (isVariable(name)) return !bare;  // h(x): a handle's target may give nothing
  Target t = prog_.resolve(name, file_, ast_);
  return t.kind != Callee::Builtin || mayGiveNoValue(name);
}

// Not in parentheses: `@() (deal(1, 2))` gives one value. A builtin the
// compiler lowers itself (nargin('f'), exist) is not called through a handle. `params`:
// the anonymous function's own (variables of the body, as captured ones are).
bool FunctionLowering::isCallForm(const Expr* body, const std::set<std::string>& params) const {
  bool bare = false;
  std::string name = calleeName(body, bare);
  if (name.empty()) return false;
  if (params.count(name) || isVariable(name)) return !bare;
  Target t = prog_.resolve(name, file_, ast_);
  return t.kind != Callee::Builtin || (isRuntimeBuiltin(name) && name.back() != '_');
}

Instr* FunctionLowering::anonymous(const AnonFuncExpr& f) {
  // Captures: the enclosing workspace's variables the body names, by value now.
  std::set<std::string> params;
  for (const Param& p : f.params) params.insert(std::string(p.name));
  std::set<std::string> names;
  std::vector<const Expr*> stack{f.body};
  while (!stack.empty()) {
    const Expr* e = stack.back();
    stack.pop_back();
    if (!e) continue;
    switch (e->kind) {
      case NodeKind::IdentExpr: names.insert(std::string(static_cast<const IdentExpr*>(e)->name)); break;
      case NodeKind::UnaryExpr: stack.push_back(static_cast<const UnaryExpr*>(e)->operand); break;
      case NodeKind::PostfixExpr: stack.push_back(static_cast<const PostfixExpr*>(e)->operand); break;
      case NodeKind::BinaryExpr:
        stack.push_back(static_cast<const BinaryExpr*>(e)->lhs);
        stack.push_back(static_cast<const BinaryExpr*>(e)->rhs);
        break;
      case NodeKind::RangeExpr: {
        auto* r = static_cast<const RangeExpr*>(e);
        stack.insert(stack.end(), {r->first, r->step, r->last});
        break;
      }
      case NodeKind::ParenExpr: stack.push_back(static_cast<const ParenExpr*>(e)->inner); break;
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<const IndexExpr*>(e);
        stack.push_back(ix->base);
        stack.insert(stack.end(), ix->args.begin(), ix->args.end());
        break;
      }
      case NodeKind::FieldExpr: stack.push_back(static_cast<const FieldExpr*>(e)->base); break;
      case NodeKind::DynFieldExpr:
        stack.push_back(static_cast<const DynFieldExpr*>(e)->base);
        stack.push_back(static_cast<const DynFieldExpr*>(e)->name);
        break;
      case NodeKind::MatrixExpr:
      case NodeKind::CellExpr:
        for (auto& row : static_cast<const MatrixExpr*>(e)->rows) stack.insert(stack.end(), row.begin(), row.end());
        break;
      case NodeKind::NamedArgExpr: stack.push_back(static_cast<const NamedArgExpr*>(e)->value); break;
      case NodeKind::AnonFuncExpr: stack.push_back(static_cast<const AnonFuncExpr*>(e)->body); break;
      default: break;
    }
  }
  std::vector<std::string> captures;
  uint32_t envs = 0;  // a nested function it calls takes environments: captured first
  for (const std::string& n : names)
    if (!params.count(n) && !isVariable(n)) envs = std::max(envs, prog_.resolve(n, file_, ast_).envs);
  for (uint32_t d = 0; d < envs; ++d) captures.push_back(envName(d));
  for (const std::string& n : names)
    if (!params.count(n) && isVariable(n)) captures.push_back(n);
  Function* lifted = prog_.newAnonymous(file_, ast_);
  lifted->captureCount = static_cast<uint32_t>(captures.size());
  lifted->handleText = handleText(file_.source->text().substr(f.range.begin, f.range.end - f.range.begin));
  unsigned errors = prog_.diags().errorCount();
  FunctionLowering(prog_, file_, lifted, ast_).lowerAnonymous(captures, f);
  // (a body with errors is reported once: no twin)
  if (isCallForm(f.body, params) && prog_.diags().errorCount() == errors) {
    Function* many = prog_.newAnonymous(file_, ast_);
    many->captureCount = lifted->captureCount;
    many->handleText = lifted->handleText;
    FunctionLowering(prog_, file_, many, ast_).lowerAnonymousOutputs(captures, f);
    lifted->manyOutputs = many->name;
  }
  std::vector<Instr*> values;  // read first: a variable shared with nested functions is a load
  for (const std::string& n : captures) values.push_back(readVar(n));
  Instr* c = emit(Op::Closure, f.range);
  c->name = lifted->name;
  for (Instr* v : values) c->addOperand(v);
  return c;
}

// func2str's text of an anonymous function: its source with the blanks
// MATLAB drops (outside quotes and brackets) removed.
std::string FunctionLowering::handleText(std::string_view source) {
  std::string out;
  char quote = 0;
  int brackets = 0;
  for (char c : source) {
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '\'' && !out.empty() && (std::isalnum(static_cast<unsigned char>(out.back())) || out.back() == ')' ||
                                            out.back() == ']' || out.back() == '}' || out.back() == '.' || out.back() == '\'')) {
      // a transpose, not a quote
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '[' || c == '{') {
      ++brackets;
    } else if (c == ']' || c == '}') {
      --brackets;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (brackets > 0 && !out.empty() && out.back() != ' ' && out.back() != '[' && out.back() != '{') out += ' ';
      continue;
    }
    if (!quote && brackets > 0 && (c == ']' || c == '}') && !out.empty() && out.back() == ' ') out.pop_back();
    out += c;
  }
  return out;
}

Instr* FunctionLowering::functionHandle(const std::string& name, SourceRange loc) {
  Target t = prog_.resolve(name, file_, ast_);
  if (t.envs) {
    // A nested function's handle holds the environments it shares (by
    // reference: calls through it see and update its parent's variables).
    Instr* c = emit(Op::Closure, loc);
    c->name = t.name;
    for (uint32_t d = 0; d < t.envs; ++d) c->addOperand(env(d));
    return c;
  }
  if (t.kind == Callee::Builtin && prog_.isMethodName(name)) {
    // @area of a method: its dispatcher (`.area`, or `.fn.char` where a
    // builtin has the name), which calls the method of its argument's class.
    t = {Callee::File, (isRuntimeBuiltin(name) ? ".fn." : ".") + name};
  } else if (t.kind == Callee::Builtin && !isRuntimeBuiltin(name) && name != "andand" && name != "oror" &&
             !operatorExpression(name).empty()) {
    t = {Callee::File, prog_.operatorFunction(name)};
  }
  Instr* i = emit(Op::FuncHandle, loc);
  i->name = t.name;
  i->callee = t.kind;
  i->constant.text = name;  // func2str's text
  return i;
}

Instr* FunctionLowering::handleCall(Instr* handle, const std::vector<const Expr*>& args, uint32_t nargout,
                                    SourceRange loc) {
  std::vector<Instr*> values{handle};
  for (const Expr* a : args) {
    if (a->kind != NodeKind::ColonExpr) {
      values.push_back(expr(a, 1));
      continue;
    }
    Constant c;  // h(:) passes the char ':'
    c.kind = Constant::Char;
    c.text = ":";
    values.push_back(constant(c, a->range));
  }
  Instr* c = emit(Op::CallHandle, loc);
  c->nargout = nargout;
  for (Instr* v : values) c->addOperand(v);
  return c;
}

Instr* FunctionLowering::expr(const Expr* e, uint32_t nargout) {
  switch (e->kind) {
    case NodeKind::NumberExpr: {
      auto* n = static_cast<const NumberExpr*>(e);
      Constant c;
      if (n->imaginary) {
        c.complex = true;
        c.imag = n->value;
      } else {
        c.real = n->value;
      }
      c.intClass = n->intClass;
      c.bits = n->bits;
      return constant(c, e->range);
    }
    case NodeKind::CharLitExpr: {
      Constant c;
      c.kind = Constant::Char;
      c.text = static_cast<const CharLitExpr*>(e)->value;
      return constant(c, e->range);
    }
    case NodeKind::StringLitExpr: {
      Constant c;
      c.kind = Constant::String;
      c.text = static_cast<const StringLitExpr*>(e)->value;
      return constant(c, e->range);
    }
    case NodeKind::IdentExpr: {
      std::string name(static_cast<const IdentExpr*>(e)->name);
      if (isVariable(name)) {
        // Not assigned on any path to here: as in a script, a function of that name.
        Instr* v = readVar(name, e->range);
        if (v->op != Op::Undef) return v;
        // Nor a function anywhere: reading it is MATLAB's run-time error
        // "Unrecognized function or variable" (the path may never run).
        Target t = prog_.resolve(name, file_, ast_);
        if (t.kind == Callee::Builtin && !isKnownBuiltin(name) && !isRuntimeBuiltin(name)) return v;
      }
      return call(name, {}, nargout, e->range);
    }
    case NodeKind::EndExpr: {
      if (ends_.empty()) {  // f(end) where f is a function: nothing to measure
        prog_.diags().report(file_.source, e->range, DiagId::EndOutsideIndex);
        return number(0, e->range);
      }
      const EndContext& c = ends_.back();
      Instr* i = emit(Op::EndOf, e->range, {c.object});
      i->index = c.index;
      i->count = c.count;
      return i;
    }
    case NodeKind::ColonExpr: {
      Constant c;
      c.kind = Constant::Colon;
      return constant(c, e->range);
    }
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(e);
      Instr* i = emit(Op::Unary, e->range, {expr(u->operand, 1)});
      i->unary = u->op;
      return i;
    }
    case NodeKind::PostfixExpr: {
      auto* p = static_cast<const PostfixExpr*>(e);
      Instr* i = emit(Op::Transpose, e->range, {expr(p->operand, 1)});
      i->conjugate = p->op == PostfixOp::CTranspose;
      return i;
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(e);
      if (b->op == BinaryOp::AndAnd || b->op == BinaryOp::OrOr) return shortCircuit(*b);
      Instr* l = expr(b->lhs, 1);
      Instr* r = expr(b->rhs, 1);
      Instr* i = emit(Op::Binary, e->range, {l, r});
      i->binary = b->op;
      return i;
    }
    case NodeKind::RangeExpr: {
      auto* r = static_cast<const RangeExpr*>(e);
      Instr* first = expr(r->first, 1);
      Instr* step = r->step ? expr(r->step, 1) : nullptr;
      Instr* last = expr(r->last, 1);
      if (!step) step = number(1, e->range);
      return emit(Op::Range, e->range, {first, step, last});
    }
    case NodeKind::ParenExpr:
      return expr(static_cast<const ParenExpr*>(e)->inner, 1);
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(e);
      std::string fname;
      if (!ix->brace && ix->base->kind == NodeKind::SuperRefExpr)
        return superCall(*static_cast<const SuperRefExpr*>(ix->base), &ix->args, nargout, e->range);
      if (!ix->brace && dottedFunctionName(ix->base, fname)) {
        std::vector<const Expr*> args(ix->args.begin(), ix->args.end());
        return call(fname, args, nargout, e->range);
      }
      if (!ix->brace)
        if (Instr* m = methodCall(ix->base, &ix->args, nargout, e->range)) return m;
      if (!ix->brace && nargout >= 2 && ix->base->kind == NodeKind::IdentExpr) {
        // [a, b] = h(x): only a function handle gives several values.
        std::vector<const Expr*> args(ix->args.begin(), ix->args.end());
        return handleCall(expr(ix->base, 1), args, nargout, e->range);
      }
      Instr* base = expr(ix->base, 1);
      // obj.name(args): a method of an object is called with obj first.
      if (!ix->brace && base->op == Op::Field &&
          (ix->base->kind == NodeKind::FieldExpr || ix->base->kind == NodeKind::DynFieldExpr))
        base->called = true;
      std::vector<uint8_t> splice;
      std::vector<Instr*> args = indexArgs(base, ix->args, ix->brace ? nullptr : &splice);
      Instr* r = emit(ix->brace ? Op::CellRef : Op::Subsref, e->range, {base});
      for (Instr* a : args) r->addOperand(a);
      if (!ix->brace && nargout == 0) r->nargout = 0;  // a statement: a handle called asks for no outputs
      if (!splice.empty()) {
        splice.resize(args.size(), 0);
        r->splice.assign(1, 0);  // operand 0 is the value indexed
        r->splice.insert(r->splice.end(), splice.begin(), splice.end());
      }
      return r;
    }
    case NodeKind::FieldExpr: {
      auto* f = static_cast<const FieldExpr*>(e);
      std::string fname;
      if (dottedFunctionName(e, fname)) return call(fname, {}, nargout, e->range);
      if (Instr* m = methodCall(e, nullptr, nargout, e->range)) return m;
      Instr* r = emit(Op::Field, e->range, {expr(f->base, 1)});
      r->name = std::string(f->name);
      return r;
    }
    case NodeKind::DynFieldExpr: {
      auto* f = static_cast<const DynFieldExpr*>(e);
      Instr* base = expr(f->base, 1);
      Instr* r = emit(Op::Field, e->range, {base, expr(f->name, 1)});
      r->dynamicField = true;
      return r;
    }
    case NodeKind::MatrixExpr:
    case NodeKind::CellExpr: {
      auto* m = static_cast<const MatrixExpr*>(e);
      std::vector<Instr*> elems;
      std::vector<uint32_t> sizes;
      std::vector<uint8_t> splice;
      for (const auto& row : m->rows) {
        for (const Expr* x : row) {
          Instr* list = listExpr(x);
          elems.push_back(list ? list : expr(x, 1));
          if (list) {
            splice.resize(elems.size(), 0);
            splice.back() = 1;
          }
        }
        sizes.push_back(static_cast<uint32_t>(row.size()));
      }
      Instr* i = emit(e->kind == NodeKind::CellExpr ? Op::Cell : Op::Matrix, e->range);
      for (Instr* x : elems) i->addOperand(x);
      i->rowSizes = std::move(sizes);
      if (!splice.empty()) splice.resize(elems.size(), 0);
      i->splice = std::move(splice);
      return i;
    }
    case NodeKind::FuncHandleExpr: {
      auto* h = static_cast<const FuncHandleExpr*>(e);
      Target t = prog_.resolve(h->name, file_, ast_);
      return functionHandle(h->name, e->range);
    }
    case NodeKind::AnonFuncExpr:
      return anonymous(*static_cast<const AnonFuncExpr*>(e));
    case NodeKind::AssignExpr: {
      auto* a = static_cast<const AssignExpr*>(e);
      Instr* v = expr(a->value, 1);
      if (a->compound) {
        Instr* i = emit(Op::Binary, e->range, {expr(a->target, 1), v});
        i->binary = a->op;
        v = i;
      }
      assign(a->target, v);
      return v;
    }
    case NodeKind::IncrementExpr: {
      auto* inc = static_cast<const IncrementExpr*>(e);
      Instr* old = expr(inc->target, 1);
      Instr* next = emit(Op::Binary, e->range, {old, number(1, e->range)});
      next->binary = inc->decrement ? BinaryOp::Minus : BinaryOp::Plus;
      assign(inc->target, next);
      return inc->prefix ? next : old;
    }
    case NodeKind::NamedArgExpr:
      unsupported(e->range, "a name=value argument outside a function call");
      return number(0, e->range);
    case NodeKind::SuperRefExpr: return superCall(*static_cast<const SuperRefExpr*>(e), nullptr, nargout, e->range);
    case NodeKind::MetaClassExpr:
      unsupported(e->range, "metaclass queries");
      return number(0, e->range);
    case NodeKind::ErrorExpr:  // (the syntax error is reported already: str2func or eval of bad text)
      return number(0, e->range);
    default:
      unsupported(e->range, std::string("the expression '") + nodeKindName(e->kind) + "'");
      return number(0, e->range);
  }
}

}  // namespace

std::unique_ptr<Module> lowerProgram(const std::vector<const File*>& files, const FileFinder& findFile,
                                     DiagnosticEngine& diags) {
  return ProgramLowering(files, findFile, diags).run();
}

}  // namespace mcc::ir

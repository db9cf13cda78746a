// mcc's IR: per function, a control-flow graph of basic blocks holding SSA
// instructions over whole MATLAB values (array-level operations).
//
// Variables do not exist in the IR: lowering turns every assignment into a
// new SSA value and every join into a phi, so later passes (inference,
// fusion, code generation) see plain data flow. Each instruction keeps the
// source range it came from, for diagnostics and for debug line info.
// A Module owns everything; pointers between its parts are plain pointers.
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "frontend/AST.h"
#include "ir/Types.h"

namespace mcc::kernels {
struct Kernel;
}

namespace mcc::ir {

enum class Op : uint8_t {
#define IR_OP(Name, Text) Name,
#include "IROps.def"
};

const char* opName(Op op);
inline bool isTerminator(Op op) { return op == Op::Br || op == Op::CondBr || op == Op::Return || op == Op::TryBr; }
// Instructions that give no value.
inline bool isStatement(Op op) {
  return isTerminator(op) || op == Op::Display || op == Op::SetAns || op == Op::TryEnter || op == Op::TryLeave ||
         op == Op::GlobalStore || op == Op::EnvStore;
}

class Block;
class Function;

// What a call's name refers to, as name resolution found it.
enum class Callee : uint8_t {
  Local,    // a function of the same file (local or nested)
  File,     // NAME.m in the main file's folder or an -I folder
  Builtin,  // anything else: the runtime's library decides (or reports it undefined)
};

// A literal. Char vectors and strings keep their text; numbers their value.
struct Constant {
  enum Kind : uint8_t { Double, Char, String, Logical, Empty, Colon } kind = Double;  // Colon: x(:)
  double real = 0, imag = 0;
  bool complex = false;
  std::string text;
  std::string_view intClass;  // hex/binary literals: "uint8" ...
  uint64_t bits = 0;
};

class Instr {
 public:
  Op op;
  uint32_t id = 0;  // printing number, unique within the function
  Block* parent = nullptr;
  SourceRange loc;
  std::vector<Instr*> operands;
  std::vector<Instr*> users;  // instructions using this one (one entry per use)

  // Payload, by opcode.
  Constant constant;                 // Const
  UnaryOp unary = UnaryOp::UMinus;   // Unary
  BinaryOp binary = BinaryOp::Plus;  // Binary
  bool conjugate = false;            // Transpose: ' (true) or .' (false)
  std::vector<uint32_t> rowSizes;    // Matrix, Cell
  std::string name;                  // Call, Field, FuncHandle, Closure, Display, Undef (the variable),
                                     // GlobalLoad/GlobalStore (the slot), EnvLoad/EnvStore (the variable)
  Callee callee = Callee::Builtin;   // Call
  uint32_t nargout = 1;              // Call
  uint32_t index = 0, count = 0;     // Extract, EndOf, EnvNew (count), EnvLoad/EnvStore (index)
  bool dynamicField = false;         // Field, SetField: the name is the last operand
  bool forUpdate = false;            // Subsref, CellRef, Field on the path of an indexed
                                     // assignment: a missing field or element reads as []
  bool called = false;               // Field: obj.name(args), the value indexed with () at once (a
                                     // method of an object comes back bound to it, see mcc_getfield)
  bool direct = false;               // SetField: stores the property itself, never through its
                                     // set method or validation (a constructor's defaults)
  bool list = false;                 // CellRef, Field: every result, as a comma-separated
                                     // list (a cell of the values), not one value
  std::vector<uint8_t> splice;       // Call, Matrix, Cell, Subsref: operand k is a list whose values
                                     // take its place (f(c{:}), [s.f]); empty: none is
  std::vector<Block*> targets;       // Br (1), CondBr (then, else)
  const kernels::Kernel* kernel = nullptr;  // Kernel (owned by the KernelSet of FormKernels)
  std::string variable;              // the MATLAB variable first assigned this value (debug info)
  // Call of arrayfun(@(v) body, x) or cellfun(@(v) body, c) (InferTypes):
  // the specialisation of the anonymous function for one element, which
  // code generation calls in a loop over x instead of the runtime's; for
  // cellfun(@numel, c) (and @length, @ndims, @isempty) the builtin's name,
  // which the loop computes itself; empty: the runtime's.
  std::string perElement;
  // Call, CallHandle, Subsref, Unary, Binary, Transpose (markRecursiveCalls,
  // RecursiveCalls.h): may re-enter its own function, through a recursive
  // cycle of the call graph; code generation counts the depth around it.
  bool recursive = false;

  // Filled by type inference (InferTypes): the value's type, and for a Call
  // the type of each output it asked for.
  Type type;
  // Param of a specialisation: what every call of it passes, element-wise
  // (InferTypes keys specialisations on it; ValueRange starts from it).
  bool wholeParam = false;                                   // whole numbers (or NaN, +-Inf)
  double paramLo = -std::numeric_limits<double>::infinity();  // a lower bound (NaN aside)
  std::vector<Type> outputTypes;

  void addOperand(Instr* v);
  void setOperand(size_t i, Instr* v);
};

// The text of a char or string literal ('all' or "all"), or null: builtins
// read the two alike where they name an option, a class or a field.
inline const std::string* literalText(const Instr* i) {
  bool text = i->op == Op::Const && (i->constant.kind == Constant::Char || i->constant.kind == Constant::String);
  return text ? &i->constant.text : nullptr;
}

class Block {
 public:
  uint32_t id = 0;
  Function* parent = nullptr;
  std::vector<Instr*> instrs;
  std::vector<Block*> preds;
  bool sealed = false;  // all predecessors known (SSA construction)

  Instr* terminator() const {
    return !instrs.empty() && isTerminator(instrs.back()->op) ? instrs.back() : nullptr;
  }
};

class Function {
 public:
  std::string name;
  const mcc::Function* ast = nullptr;  // null for the script body
  const SourceFile* source = nullptr;  // the .m file it comes from (its instructions' ranges)
  std::vector<std::string> paramNames, outputNames;
  std::vector<Instr*> params;  // the Param instructions, in order
  // Function handles: an anonymous function's captured values are its first
  // `captureCount` params (for a nested function: the environments of the
  // functions around it, outermost first); `handleText` is what func2str shows; a function
  // with `boxedEntry` gets a wrapper with the builtins' C signature
  // (mcc_function_entry) that handles store.
  uint32_t captureCount = 0;
  std::string handleText;
  bool boxedEntry = false;
  // An anonymous function whose body is a call (`@(v) max(v)`): the function
  // that gives the call's outputs when a caller asks for more than one, with
  // the same parameters and the one output varargout (after inference: its
  // specialisation for unknown arguments).
  std::string manyOutputs;
  std::vector<Block*> blocks;
  Block* entry() const { return blocks.front(); }

  Block* newBlock();
  Instr* newInstr(Op op, SourceRange loc);
  // Replaces every use of `from` with `to` and drops `from` from its block.
  void replaceAllUses(Instr* from, Instr* to);
  void erase(Instr* i);

 private:
  friend class Module;
  std::vector<std::unique_ptr<Block>> ownedBlocks_;
  std::vector<std::unique_ptr<Instr>> ownedInstrs_;
  uint32_t nextId_ = 0;
};

// A classdef class of the program (LowerAST), for InferTypes's method
// dispatch and property checks. Its constructor is the function named
// after it, its methods and static methods the functions OWNER.method of
// the class that defines them (it, or the superclass it inherits them from).
struct ClassInfo {
  std::vector<std::string> properties;  // its own in declaration order, then inherited ones; constant ones aside
  std::map<std::string, std::string> methods;  // ordinary methods (called with an object): name -> function
  // Static methods, for obj.f(args) (MATLAB calls NAME.f(args) then): name
  // -> LowerAST's `.static.NAME.f(obj, args...)`, which drops obj.
  std::map<std::string, std::string> statics;
  std::vector<std::string> constants;   // constant properties (read as NAME.K)
  // Properties whose assignment obj.p = v is a call (validation, a set.p
  // method): p -> the function `.setprop.NAME.p`, which checks and stores v.
  std::map<std::string, std::string> setters;
  // Properties with a get.p method: p -> the method (obj.p is a call of it);
  // constant properties too (obj.K: LowerAST's `.const.NAME.K(obj)`).
  std::map<std::string, std::string> getters;
  // An enumeration class (Enumerations.h): its members are immutable, and
  // arrays of them are struct arrays of the class (whose type is unknown).
  bool enumeration = false;
  bool handle = false;  // a handle class
  // Its default display shows Dependent properties (public, not Hidden),
  // whose values its get methods give: LowerAST's `.display.x` shows it.
  bool showsDependent = false;
  // Who may read and assign its properties and call its methods, where
  // that is restricted (ClassDecl::Property::getAccess, ...): name -> the
  // level ("protected", "private", "immutable" for set) and the class
  // that declares it. InferTypes checks these where it knows the class.
  struct Access {
    std::string get = "public", set = "public", owner;
  };
  std::map<std::string, Access> access, methodAccess;
  std::vector<std::string> ancestors;     // every superclass, nearest first
  const SourceFile* source = nullptr;     // its classdef file: its methods' code is there
};

class Module {
 public:
  std::vector<Function*> functions;  // the program's entry first
  std::map<std::string, ClassInfo> classes;
  Function* newFunction(std::string name);
  // A copy of `f` (blocks, instructions, types) under another name.
  Function* clone(const Function& f, std::string name);
  // Drops every function for which `keep` is false.
  template <typename Pred>
  void retain(Pred keep) {
    std::vector<Function*> kept;
    for (Function* f : functions)
      if (keep(f)) kept.push_back(f);
    functions = kept;
  }

 private:
  std::vector<std::unique_ptr<Function>> owned_;
};

// arrayfun/cellfun(f, x1, ..., xn), or with 'UniformOutput', u after them
// (u a constant true, false, 0 or 1): n, and whether outputs are uniform.
// False for any other form (other options, a spliced argument).
struct ElementwiseForm {
  size_t inputs = 0;
  bool uniform = true;
};
bool elementwiseForm(const Instr& call, ElementwiseForm& form);

// f's blocks in reverse postorder from its entry (a block before the blocks
// it dominates), then the unreachable ones.
std::vector<Block*> reversePostOrder(const Function& f);

// --emit=ir, and with `types` --emit=typed (each value's type after a colon).
void printModule(const Module& m, const SourceFile* src, std::ostream& os, bool types = false);

}  // namespace mcc::ir

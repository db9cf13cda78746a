// The abstract syntax tree of one .m file.
//
// Nodes live in an ASTContext (an arena that owns them) and point to each
// other with raw pointers. Every node keeps the byte range of source it came
// from. Names are string_views into the SourceFile, which outlives the AST.
// The tree is what the parser read, nothing more: name resolution, `end`
// binding and command-syntax arguments are interpreted by later stages.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "Source.h"

namespace mcc {

enum class NodeKind : uint8_t {
#define EXPR(Name) Name##Expr,
#define STMT(Name) Name##Stmt,
#include "ASTNodes.def"
};

const char* nodeKindName(NodeKind kind);

enum class BinaryOp : uint8_t {
#define BINARY(Enum, Name, Spelling) Enum,
#include "Operators.def"
};
enum class UnaryOp : uint8_t {
#define UNARY(Enum, Name, Spelling) Enum,
#include "Operators.def"
};
enum class PostfixOp : uint8_t {
#define POSTFIX(Enum, Name, Spelling) Enum,
#include "Operators.def"
};

const char* opName(BinaryOp op);
const char* opName(UnaryOp op);
const char* opName(PostfixOp op);
const char* opSpelling(BinaryOp op);

struct Node {
  explicit Node(NodeKind k, SourceRange r) : kind(k), range(r) {}
  virtual ~Node() = default;
  NodeKind kind;
  SourceRange range;
};

struct Expr : Node {
  using Node::Node;
  uint16_t depth = 1;  // height of this subtree; the parser bounds it
};

struct Stmt : Node {
  using Node::Node;
};

using Block = std::vector<Stmt*>;

// ---------------------------------------------------------------- expressions

struct NumberExpr : Expr {
  NumberExpr(SourceRange r) : Expr(NodeKind::NumberExpr, r) {}
  std::string_view text;
  double value = 0;        // the value as a double (real or imaginary part)
  bool imaginary = false;  // 3i
  // Hex and binary literals are integers: the class name ("uint8", "int16"...)
  // from the suffix or, without one, the smallest unsigned class that fits.
  std::string_view intClass;
  uint64_t bits = 0;       // the literal's bits for integer literals
};

struct CharLitExpr : Expr {
  CharLitExpr(SourceRange r) : Expr(NodeKind::CharLitExpr, r) {}
  std::string value;  // '' already folded to '
};

struct StringLitExpr : Expr {
  StringLitExpr(SourceRange r) : Expr(NodeKind::StringLitExpr, r) {}
  std::string value;  // "" folded to "; Octave backslash escapes decoded when the literal needed them
};

struct IdentExpr : Expr {
  IdentExpr(SourceRange r, std::string_view n) : Expr(NodeKind::IdentExpr, r), name(n) {}
  std::string_view name;
};

struct ColonExpr : Expr {
  ColonExpr(SourceRange r) : Expr(NodeKind::ColonExpr, r) {}
};

struct EndExpr : Expr {
  EndExpr(SourceRange r) : Expr(NodeKind::EndExpr, r) {}
};

struct TildeExpr : Expr {
  TildeExpr(SourceRange r) : Expr(NodeKind::TildeExpr, r) {}
};

struct UnaryExpr : Expr {
  UnaryExpr(SourceRange r, UnaryOp o, Expr* e) : Expr(NodeKind::UnaryExpr, r), op(o), operand(e) {}
  UnaryOp op;
  Expr* operand;
};

struct PostfixExpr : Expr {
  PostfixExpr(SourceRange r, PostfixOp o, Expr* e) : Expr(NodeKind::PostfixExpr, r), op(o), operand(e) {}
  PostfixOp op;
  Expr* operand;
};

struct BinaryExpr : Expr {
  BinaryExpr(SourceRange r, BinaryOp o, Expr* l, Expr* rr)
      : Expr(NodeKind::BinaryExpr, r), op(o), lhs(l), rhs(rr) {}
  BinaryOp op;
  Expr* lhs;
  Expr* rhs;
};

struct RangeExpr : Expr {
  RangeExpr(SourceRange r) : Expr(NodeKind::RangeExpr, r) {}
  Expr* first = nullptr;
  Expr* step = nullptr;  // null for a:b
  Expr* last = nullptr;
};

struct ParenExpr : Expr {
  ParenExpr(SourceRange r, Expr* e) : Expr(NodeKind::ParenExpr, r), inner(e) {}
  Expr* inner;
};

struct IndexExpr : Expr {
  IndexExpr(SourceRange r) : Expr(NodeKind::IndexExpr, r) {}
  Expr* base = nullptr;
  std::vector<Expr*> args;
  bool brace = false;  // c{...} rather than x(...)
};

struct FieldExpr : Expr {
  FieldExpr(SourceRange r, Expr* b, std::string_view n) : Expr(NodeKind::FieldExpr, r), base(b), name(n) {}
  Expr* base;
  std::string_view name;
};

struct DynFieldExpr : Expr {
  DynFieldExpr(SourceRange r, Expr* b, Expr* n) : Expr(NodeKind::DynFieldExpr, r), base(b), name(n) {}
  Expr* base;
  Expr* name;
};

// [..] and {..}: rows of elements, as written (empty rows dropped).
struct MatrixExpr : Expr {
  MatrixExpr(NodeKind k, SourceRange r) : Expr(k, r) {}
  std::vector<std::vector<Expr*>> rows;
};

struct FuncHandleExpr : Expr {
  FuncHandleExpr(SourceRange r, std::string n) : Expr(NodeKind::FuncHandleExpr, r), name(std::move(n)) {}
  std::string name;  // may be dotted: pkg.fn
};

struct Param {
  std::string_view name;  // empty for a ~ placeholder
  SourceRange range;
  Expr* defaultValue = nullptr;  // Octave: function f(x, n = 1)
  bool tilde() const { return name.empty(); }
};

struct AnonFuncExpr : Expr {
  AnonFuncExpr(SourceRange r) : Expr(NodeKind::AnonFuncExpr, r) {}
  std::vector<Param> params;
  Expr* body = nullptr;
};

struct MetaClassExpr : Expr {
  MetaClassExpr(SourceRange r, std::string n) : Expr(NodeKind::MetaClassExpr, r), name(std::move(n)) {}
  std::string name;
};

struct SuperRefExpr : Expr {
  SuperRefExpr(SourceRange r, Expr* m, std::string c) : Expr(NodeKind::SuperRefExpr, r), method(m), className(std::move(c)) {}
  Expr* method;           // Ident or Field chain before the '@'
  std::string className;  // may be dotted
};

struct NamedArgExpr : Expr {
  NamedArgExpr(SourceRange r, std::string_view n, Expr* v) : Expr(NodeKind::NamedArgExpr, r), name(n), value(v) {}
  std::string_view name;
  Expr* value;
};

struct AssignExpr : Expr {
  AssignExpr(SourceRange r) : Expr(NodeKind::AssignExpr, r) {}
  Expr* target = nullptr;
  bool compound = false;  // x += v: op applies
  BinaryOp op = BinaryOp::Plus;
  Expr* value = nullptr;
};

struct IncrementExpr : Expr {
  IncrementExpr(SourceRange r) : Expr(NodeKind::IncrementExpr, r) {}
  Expr* target = nullptr;
  bool decrement = false;
  bool prefix = false;  // ++x yields the new value, x++ the old one
};

struct ErrorExpr : Expr {
  ErrorExpr(SourceRange r) : Expr(NodeKind::ErrorExpr, r) {}
};

// ----------------------------------------------------------------- statements

struct ExprStmt : Stmt {
  ExprStmt(SourceRange r, Expr* e) : Stmt(NodeKind::ExprStmt, r), expr(e) {}
  Expr* expr;
  bool display = false;  // no trailing ';': the result is shown
};

struct AssignStmt : Stmt {
  AssignStmt(SourceRange r) : Stmt(NodeKind::AssignStmt, r) {}
  std::vector<Expr*> targets;  // Ident, Index, Field, DynField chains, or Tilde
  bool bracketed = false;      // [a, b] = ...
  Expr* value = nullptr;
  bool display = false;
};

struct OpAssignStmt : Stmt {
  OpAssignStmt(SourceRange r) : Stmt(NodeKind::OpAssignStmt, r) {}
  Expr* target = nullptr;
  BinaryOp op = BinaryOp::Plus;
  Expr* value = nullptr;  // the literal 1 for x++ and x--
  bool display = false;
};

struct CommandStmt : Stmt {
  CommandStmt(SourceRange r, std::string_view n) : Stmt(NodeKind::CommandStmt, r), name(n) {}
  std::string_view name;
  std::vector<std::string> words;  // each argument as the char vector it stands for
  bool display = false;
};

struct IfStmt : Stmt {
  IfStmt(SourceRange r) : Stmt(NodeKind::IfStmt, r) {}
  struct Clause {
    Expr* cond;
    Block body;
  };
  std::vector<Clause> clauses;  // if, then each elseif
  bool hasElse = false;
  Block elseBody;
};

struct SwitchStmt : Stmt {
  SwitchStmt(SourceRange r) : Stmt(NodeKind::SwitchStmt, r) {}
  struct Case {
    Expr* value;  // a cell literal matches any of its elements
    Block body;
  };
  Expr* subject = nullptr;
  std::vector<Case> cases;
  bool hasOtherwise = false;
  Block otherwise;
};

struct ForStmt : Stmt {
  ForStmt(SourceRange r) : Stmt(NodeKind::ForStmt, r) {}
  bool parfor = false;
  Expr* var = nullptr;
  Expr* iter = nullptr;
  Expr* parforArg = nullptr;  // parfor (i = 1:n, M)
  Block body;
};

struct WhileStmt : Stmt {
  WhileStmt(SourceRange r) : Stmt(NodeKind::WhileStmt, r) {}
  Expr* cond = nullptr;
  Block body;
};

struct DoUntilStmt : Stmt {
  DoUntilStmt(SourceRange r) : Stmt(NodeKind::DoUntilStmt, r) {}
  Block body;
  Expr* cond = nullptr;
};

struct TryStmt : Stmt {
  TryStmt(SourceRange r) : Stmt(NodeKind::TryStmt, r) {}
  Block body;
  bool hasCatch = false;
  std::string_view ident;  // catch err
  Block catchBody;
};

struct UnwindProtectStmt : Stmt {
  UnwindProtectStmt(SourceRange r) : Stmt(NodeKind::UnwindProtectStmt, r) {}
  Block body;
  Block cleanup;
};

struct SpmdStmt : Stmt {
  SpmdStmt(SourceRange r) : Stmt(NodeKind::SpmdStmt, r) {}
  std::vector<Expr*> args;
  Block body;
};

struct SimpleStmt : Stmt {  // break, continue, return
  using Stmt::Stmt;
};

struct DeclStmt : Stmt {  // global, persistent
  DeclStmt(NodeKind k, SourceRange r) : Stmt(k, r) {}
  struct Name {
    std::string_view name;
    SourceRange range;
    Expr* init;  // Octave's `global x = 1`; null otherwise
  };
  std::vector<Name> names;
};

// ------------------------------------------------------------- declarations

// One line of an arguments or properties block:
//   name (dims) class {validators} = default
struct Declaration {
  Expr* name = nullptr;  // Ident, or a Field chain (opts.Name) in arguments blocks
  bool hasDims = false;
  std::vector<Expr*> dims;
  std::string className;  // may be dotted
  std::string propertiesOf;  // opts.?ClassName: the class's settable properties as name-value arguments
  std::vector<Expr*> validators;
  Expr* defaultValue = nullptr;
  SourceRange range;
};

struct Attribute {  // (Access = private, Static)
  std::string_view name;
  bool negated = false;  // (~Hidden)
  Expr* value = nullptr;
  SourceRange range;
};

struct ArgumentsBlock {
  std::vector<Attribute> attributes;  // (Input), (Output), (Repeating)
  std::vector<Declaration> decls;
  SourceRange range;
};

struct Function {
  std::string name;  // dotted for get.Prop / set.Prop
  SourceRange range, nameRange;
  std::vector<Param> outputs, params;
  std::vector<ArgumentsBlock> arguments;
  Block body;
  std::vector<Function*> nested;
  Function* parent = nullptr;
  bool hasEnd = false;
  bool signatureOnly = false;  // a method declared in a classdef, defined in its own file
};

struct ClassDef {
  std::string name;
  SourceRange range, nameRange;
  std::vector<Attribute> attributes;
  std::vector<std::string> superclasses;
  struct PropertiesBlock {
    std::vector<Attribute> attributes;
    std::vector<Declaration> props;
    SourceRange range;
  };
  struct MethodsBlock {
    std::vector<Attribute> attributes;
    std::vector<Function*> methods;
    SourceRange range;
  };
  struct EventsBlock {
    std::vector<Attribute> attributes;
    std::vector<Param> events;
    SourceRange range;
  };
  struct EnumMember {
    std::string_view name;
    std::vector<Expr*> args;
    SourceRange range;
  };
  std::vector<PropertiesBlock> properties;
  std::vector<MethodsBlock> methods;
  std::vector<EventsBlock> events;
  std::vector<EnumMember> enumeration;
};

enum class FileKind { Script, Function, Classdef };

struct File {
  const SourceFile* source = nullptr;
  FileKind kind = FileKind::Script;
  Block script;                      // the statements of a script
  std::vector<Function*> functions;  // main function first, then local functions
  ClassDef* classdef = nullptr;
};

// Owns every node of the trees built with it.
class ASTContext {
 public:
  template <typename T, typename... Args>
  T* make(Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  Function* makeFunction() { return functions_.emplace_back(std::make_unique<Function>()).get(); }
  ClassDef* makeClassDef() { return classes_.emplace_back(std::make_unique<ClassDef>()).get(); }
  File* makeFile() { return files_.emplace_back(std::make_unique<File>()).get(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
  std::vector<std::unique_ptr<Function>> functions_;
  std::vector<std::unique_ptr<ClassDef>> classes_;
  std::vector<std::unique_ptr<File>> files_;
};

}  // namespace mcc

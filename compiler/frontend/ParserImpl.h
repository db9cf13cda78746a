// Internals of the parser, shared by Parser.cpp (expressions and statements)
// and ParseDeclarations.cpp (functions, classdef, files). Not part of the
// front end's interface: include Parser.h instead.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "AST.h"
#include "Diagnostics.h"
#include "Lexer.h"

namespace mcc::parser_detail {

constexpr unsigned kMaxNesting = 200;     // brackets, blocks and prefix operators
constexpr unsigned kMaxExprDepth = 1000;  // height of one expression tree

enum class FunctionEnds { Nested, Flat };

// Precedence of binary operators, loosest first. The range operator ':' sits
// between comparisons (5) and addition (7); unary operators bind tighter than
// (8) and looser than power, which the parser handles with the postfix ops.
inline int binaryPrecedence(Tok k) {
  switch (k) {
    case Tok::PipePipe: return 1;
    case Tok::AmpAmp: return 2;
    case Tok::Pipe: return 3;
    case Tok::Amp: return 4;
    case Tok::EqEq: case Tok::NotEq: case Tok::Less: case Tok::LessEq:
    case Tok::Greater: case Tok::GreaterEq: return 5;
    case Tok::Plus: case Tok::Minus: return 7;
    case Tok::Star: case Tok::Slash: case Tok::Backslash:
    case Tok::DotStar: case Tok::DotSlash: case Tok::DotBackslash: return 8;
    default: return 0;
  }
}

inline BinaryOp binaryOpOf(Tok k) {
  switch (k) {
    case Tok::PipePipe: return BinaryOp::OrOr;
    case Tok::AmpAmp: return BinaryOp::AndAnd;
    case Tok::Pipe: return BinaryOp::Or;
    case Tok::Amp: return BinaryOp::And;
    case Tok::EqEq: return BinaryOp::Eq;
    case Tok::NotEq: return BinaryOp::Ne;
    case Tok::Less: return BinaryOp::Lt;
    case Tok::LessEq: return BinaryOp::Le;
    case Tok::Greater: return BinaryOp::Gt;
    case Tok::GreaterEq: return BinaryOp::Ge;
    case Tok::Plus: case Tok::PlusAssign: return BinaryOp::Plus;
    case Tok::Minus: case Tok::MinusAssign: return BinaryOp::Minus;
    case Tok::Star: case Tok::StarAssign: return BinaryOp::MTimes;
    case Tok::Slash: case Tok::SlashAssign: return BinaryOp::MRDivide;
    case Tok::Backslash: return BinaryOp::MLDivide;
    case Tok::DotStar: return BinaryOp::Times;
    case Tok::DotSlash: return BinaryOp::RDivide;
    case Tok::DotBackslash: return BinaryOp::LDivide;
    case Tok::Caret: case Tok::CaretAssign: return BinaryOp::MPower;
    case Tok::DotStarAssign: return BinaryOp::Times;
    case Tok::DotSlashAssign: return BinaryOp::RDivide;
    case Tok::DotBackslashAssign: return BinaryOp::LDivide;
    case Tok::DotCaretAssign: return BinaryOp::Power;
    case Tok::PipeAssign: return BinaryOp::Or;
    case Tok::AmpAssign: return BinaryOp::And;
    case Tok::DotCaret: return BinaryOp::Power;
    default: return BinaryOp::Plus;
  }
}

inline bool isOpAssign(Tok k) {
  return k == Tok::PlusAssign || k == Tok::MinusAssign || k == Tok::StarAssign ||
         k == Tok::SlashAssign || k == Tok::CaretAssign || k == Tok::PipeAssign ||
         k == Tok::AmpAssign || k == Tok::DotStarAssign || k == Tok::DotSlashAssign ||
         k == Tok::DotBackslashAssign || k == Tok::DotCaretAssign;
}

inline bool canStartOperand(Tok k) {
  switch (k) {
    case Tok::Ident: case Tok::Number: case Tok::CharLit: case Tok::StringLit:
    case Tok::LParen: case Tok::LBracket: case Tok::LBrace: case Tok::At: case Tok::Not:
    case Tok::Plus: case Tok::Minus: case Tok::Question: case Tok::Kw_end:
      return true;
    default:
      return false;
  }
}

inline bool endsStatement(Tok k) {
  return k == Tok::Newline || k == Tok::Semi || k == Tok::Comma || k == Tok::Eof;
}

class Parser {
 public:
  Parser(const SourceFile& src, ASTContext& ctx, DiagnosticEngine& diags, FunctionEnds mode)
      : src_(src), text_(src.text()), ctx_(ctx), diags_(diags), lexer_(src, diags), mode_(mode) {
    tok_ = fetch();
  }

  File* run();
  bool functionRanIntoEof() const { return functionRanIntoEof_; }

 private:
  enum class Ctx { Paren, Index, Matrix };

  // RAII bound on recursion; `ok` is false past the limit. The first time,
  // the parser reports it and abandons the file: a program nested that deep
  // is not worth a flood of follow-on errors.
  struct Nest {
    Parser& p;
    bool ok;
    explicit Nest(Parser& parser) : p(parser), ok(++parser.nesting_ <= kMaxNesting) {
      if (!ok && !p.abandoned_) {
        p.error(p.tok_.range, DiagId::NestingTooDeep, {std::to_string(kMaxNesting)});
        p.abandon();
      }
    }
    ~Nest() { --p.nesting_; }
  };
  void abandon() {
    abandoned_ = true;
    lexer_.skipToEnd();
    ahead_.clear();
    tok_.kind = Tok::Eof;
    tok_.range = {src_.size(), src_.size()};
  }

  // ---- tokens
  Token fetch() {
    for (;;) {
      Token t = lexer_.next();
      if (t.kind == Tok::Newline && t.softNewline && !recovering_) continue;
      return t;
    }
  }
  void advance() {
    prevEnd_ = tok_.range.end;
    if (tok_.kind != Tok::Newline && tok_.kind != Tok::Comma && tok_.kind != Tok::Eof) lastStatementEnd_ = prevEnd_;
    ++consumed_;
    if (!ahead_.empty()) {
      tok_ = ahead_.front();
      ahead_.pop_front();
    } else {
      tok_ = fetch();
    }
  }
  const Token& peekTok(size_t n = 1) {
    while (ahead_.size() < n) ahead_.push_back(fetch());
    return ahead_[n - 1];
  }
  bool at(Tok k) const { return tok_.kind == k; }
  bool accept(Tok k) {
    if (!at(k)) return false;
    advance();
    return true;
  }
  std::string_view text(const Token& t) const { return t.text(text_); }
  SourceRange from(uint32_t begin) const { return {begin, prevEnd_ > begin ? prevEnd_ : begin}; }
  std::string describe(const Token& t) const {
    switch (t.kind) {
      case Tok::Eof: return "end of file";
      case Tok::Newline: return "end of line";
      case Tok::Ident: case Tok::CommandName: return "identifier '" + std::string(text(t)) + "'";
      case Tok::Number: return "number '" + std::string(text(t)) + "'";
      case Tok::CharLit: return "character vector";
      case Tok::StringLit: return "string";
      case Tok::Invalid: return "invalid character";
      default: return "'" + std::string(text(t)) + "'";  // as written: '!' stays '!'
    }
  }
  // Reports a syntax error, unless the file was abandoned or another error
  // already stands at the same place (one mistake, one message).
  void error(SourceRange r, DiagId id, std::initializer_list<std::string_view> args = {}) {
    if (abandoned_) return;
    if (at(Tok::Invalid) && r.begin == tok_.range.begin) return;  // the lexer said it
    if (DiagnosticEngine::severityOf(id) != Severity::Note) {
      if (r.begin == lastErrorAt_ && reportedAny_) return;
      lastErrorAt_ = r.begin;
      reportedAny_ = true;
    }
    diags_.report(&src_, r, id, args);
  }
  bool expect(Tok k) {
    if (accept(k)) return true;
    std::string want = std::string("'") + tokSpelling(k) + "'";
    error(tok_.range, DiagId::ExpectedToken, {want + ", found " + describe(tok_)});
    return false;
  }
  // The parser decided a CommandName is not a command: read on as an expression.
  void relexCommandName() {
    if (!at(Tok::CommandName)) return;
    lexer_.relexAsExpression(tok_);
    ahead_.clear();
    tok_.kind = Tok::Ident;
  }
  void skipSeparators() {
    while (at(Tok::Newline) || at(Tok::Semi) || at(Tok::Comma)) advance();
  }
  // Skips the rest of a statement after an error.
  void recover() {
    recovering_ = true;
    while (!at(Tok::Eof)) {
      if (at(Tok::Newline) || ((at(Tok::Semi) || at(Tok::Comma)) && tok_.depth == 0)) {
        if (ahead_.empty()) lexer_.resetBrackets();
        advance();
        break;
      }
      if ((tok_.depth == 0 || tok_.lineStart) && isBlockBoundary(tok_.kind)) break;
      advance();
    }
    recovering_ = false;
  }

  // ---- context
  bool inMatrix() const { return !ctxStack_.empty() && ctxStack_.back() == Ctx::Matrix; }
  bool inIndex() const {
    for (Ctx c : ctxStack_)
      if (c == Ctx::Index) return true;
    return false;
  }
  struct PushCtx {
    Parser& p;
    PushCtx(Parser& parser, Ctx c) : p(parser) { p.ctxStack_.push_back(c); }
    ~PushCtx() { p.ctxStack_.pop_back(); }
  };

  // ---- variables (for command syntax: `a -1` is an expression once `a` is a variable)
  bool isVariable(std::string_view name) const {
    return !scopes_.empty() && scopes_.back().count(std::string(name)) > 0;
  }
  void declare(std::string_view name) {
    if (!scopes_.empty() && !name.empty()) scopes_.back().insert(std::string(name));
  }
  void declareTarget(Expr* e) {
    while (e) {
      switch (e->kind) {
        case NodeKind::IdentExpr: declare(static_cast<IdentExpr*>(e)->name); return;
        case NodeKind::IndexExpr: e = static_cast<IndexExpr*>(e)->base; break;
        case NodeKind::FieldExpr: e = static_cast<FieldExpr*>(e)->base; break;
        case NodeKind::DynFieldExpr: e = static_cast<DynFieldExpr*>(e)->base; break;
        default: return;
      }
    }
  }

  // ---- expression depth bound
  Expr* bound(Expr* e, std::initializer_list<const Expr*> kids) {
    unsigned d = 0;
    for (const Expr* k : kids)
      if (k && k->depth > d) d = k->depth;
    return setDepth(e, d);
  }
  Expr* setDepth(Expr* e, unsigned childDepth) {
    if (childDepth + 1 > kMaxExprDepth) {
      if (!depthReported_) {
        depthReported_ = true;
        error(e->range, DiagId::ExpressionTooComplex, {std::to_string(kMaxExprDepth)});
      }
      return ctx_.make<ErrorExpr>(e->range);
    }
    e->depth = static_cast<uint16_t>(childDepth + 1);
    return e;
  }
  static unsigned maxDepth(const std::vector<Expr*>& v) {
    unsigned d = 0;
    for (const Expr* e : v)
      if (e && e->depth > d) d = e->depth;
    return d;
  }

  // ---- expressions
  Expr* parseExpr() {
    Nest nest(*this);
    if (!nest.ok) return ctx_.make<ErrorExpr>(tok_.range);
    return parseLogical(1);
  }
  Expr* parseLogical(int minPrec);
  Expr* parseRange();
  Expr* parseArith(int minPrec);
  Expr* parseUnary();
  Expr* parsePower();
  Expr* parsePowerOperand();
  Expr* parseSigned(Expr* (Parser::*self)(), Expr* (Parser::*next)());
  Expr* parsePostfix();  // a primary with its indexing and fields (transposes are parsePower's)
  Expr* parseSelectors(Expr* e);  // (args), {args}, .name, .(expr) and x++ after e
  Expr* parsePrimary();
  Expr* parseNumber();
  Expr* parseMatrix();
  Expr* parseHandle();
  std::vector<Expr*> parseArgList(Tok closer, bool allowNamed);
  bool postIncrementAhead(const Expr* operand);
  bool preIncrementAhead();
  Expr* parseAssignTail(Expr* target);
  std::string parseDottedName();

  // ---- statements
  Block parseBlock();
  Block parseBody(std::initializer_list<Tok> stops);
  bool closeBlock(const Token& opener, Tok specificEnd);
  Stmt* parseStatement();
  Stmt* parseSimple();
  Stmt* parseCommand();
  Stmt* parseIf();
  Stmt* parseFor();
  Stmt* parseWhile();
  Stmt* parseSwitch();
  Stmt* parseTry();
  Stmt* parseUnwindProtect();
  Stmt* parseDoUntil();
  Stmt* parseSpmd();
  Stmt* parseDeclStmt();
  bool endStatement();
  bool toTargets(Expr* e, AssignStmt* s);
  bool isTarget(const Expr* e) const;
  void reportStrayTildes(const AssignStmt* used);

  // ---- functions and classes
  Function* parseFunction(Function* parent);
  void parseFunctionSignature(Function* f);
  void parseParamList(std::vector<Param>& out, Tok closer);
  bool atArgumentsBlock();
  ArgumentsBlock parseArgumentsBlock();
  Declaration parseDeclaration(bool dottedName);
  std::vector<Attribute> parseAttributes();
  ClassDef* parseClassdef();
  void parseFunctionsAtTop(File* file, bool statementsAllowed);
  void collectFunctions(Function* f, std::vector<Function*>& out);
  bool signatureFrom(Stmt* s, Function* f);

  const SourceFile& src_;
  std::string_view text_;
  ASTContext& ctx_;
  DiagnosticEngine& diags_;
  Lexer lexer_;
  FunctionEnds mode_;

  Token tok_;
  std::deque<Token> ahead_;
  uint32_t prevEnd_ = 0;
  uint32_t lastStatementEnd_ = 0;  // end of the last token that is not a separator
  uint64_t consumed_ = 0;
  bool recovering_ = false;

  std::vector<Ctx> ctxStack_;
  std::vector<std::unordered_set<std::string>> scopes_;
  std::vector<TildeExpr*> pendingTildes_;
  unsigned nesting_ = 0;
  bool abandoned_ = false;
  uint32_t lastErrorAt_ = 0;
  bool reportedAny_ = false;
  bool depthReported_ = false;
  bool functionRanIntoEof_ = false;
  bool noCommands_ = false;  // inside classdef and arguments blocks
  std::vector<Function*> blockFunctions_;  // functions defined inside control blocks
};

}  // namespace mcc::parser_detail

// The MATLAB/Octave parser; see Parser.h.
#include "Parser.h"

#include <cerrno>
#include <cstdlib>
#include <deque>
#include <optional>
#include <string>
#include <unordered_set>

#include "Lexer.h"

namespace mcc {
namespace {

constexpr unsigned kMaxNesting = 200;     // brackets, blocks and prefix operators
constexpr unsigned kMaxExprDepth = 1000;  // height of one expression tree

enum class FunctionEnds { Nested, Flat };

// Precedence of binary operators, loosest first. The range operator ':' sits
// between comparisons (5) and addition (7); unary operators bind tighter than
// (8) and looser than power, which the parser handles with the postfix ops.
int binaryPrecedence(Tok k) {
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

BinaryOp binaryOpOf(Tok k) {
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

bool isOpAssign(Tok k) {
  return k == Tok::PlusAssign || k == Tok::MinusAssign || k == Tok::StarAssign ||
         k == Tok::SlashAssign || k == Tok::CaretAssign || k == Tok::PipeAssign ||
         k == Tok::AmpAssign || k == Tok::DotStarAssign || k == Tok::DotSlashAssign ||
         k == Tok::DotBackslashAssign || k == Tok::DotCaretAssign;
}

bool canStartOperand(Tok k) {
  switch (k) {
    case Tok::Ident: case Tok::Number: case Tok::CharLit: case Tok::StringLit:
    case Tok::LParen: case Tok::LBracket: case Tok::LBrace: case Tok::At: case Tok::Not:
    case Tok::Plus: case Tok::Minus: case Tok::Question: case Tok::Kw_end:
      return true;
    default:
      return false;
  }
}

bool endsStatement(Tok k) {
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

  // RAII bound on recursion; `ok` is false past the limit (reported once).
  struct Nest {
    Parser& p;
    bool ok;
    explicit Nest(Parser& parser) : p(parser), ok(++parser.nesting_ <= kMaxNesting) {
      if (!ok && !p.nestingReported_) {
        p.nestingReported_ = true;
        p.error(p.tok_.range, DiagId::NestingTooDeep, {std::to_string(kMaxNesting)});
      }
    }
    ~Nest() { --p.nesting_; }
  };

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
      case Tok::CommandWord: return "'" + std::string(text(t)) + "'";
      case Tok::Invalid: return "invalid character";
      default: return std::string("'") + tokSpelling(t.kind) + "'";
    }
  }
  void error(SourceRange r, DiagId id, std::initializer_list<std::string_view> args = {}) {
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
      if (tok_.depth == 0 && isBlockBoundary(tok_.kind)) break;
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
  Expr* parseExpr() { return parseLogical(1); }
  Expr* parseLogical(int minPrec);
  Expr* parseRange();
  Expr* parseArith(int minPrec);
  Expr* parseUnary();
  Expr* parsePower();
  Expr* parsePowerOperand();
  Expr* parsePostfix();
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
  uint64_t consumed_ = 0;
  bool recovering_ = false;

  std::vector<Ctx> ctxStack_;
  std::vector<std::unordered_set<std::string>> scopes_;
  std::vector<TildeExpr*> pendingTildes_;
  unsigned nesting_ = 0;
  bool nestingReported_ = false;
  bool depthReported_ = false;
  bool functionRanIntoEof_ = false;
  bool noCommands_ = false;  // inside classdef and arguments blocks
  std::vector<Function*> blockFunctions_;  // functions defined inside control blocks
};

// ============================================================== expressions

Expr* Parser::parseLogical(int minPrec) {
  Expr* lhs = parseRange();
  for (;;) {
    int prec = binaryPrecedence(tok_.kind);
    if (prec == 0 || prec > 5 || prec < minPrec) return lhs;
    BinaryOp op = binaryOpOf(tok_.kind);
    advance();
    Expr* rhs = parseLogical(prec + 1);
    lhs = bound(ctx_.make<BinaryExpr>(SourceRange::cover(lhs->range, rhs->range), op, lhs, rhs), {lhs, rhs});
  }
}

Expr* Parser::parseRange() {
  Expr* first = parseArith(7);
  while (at(Tok::Colon)) {
    // A ':' right before ',' or a closer is not a range (and not ours to take).
    const Token& next = peekTok();
    if (next.kind == Tok::Comma || next.kind == Tok::RParen || next.kind == Tok::RBrace ||
        next.kind == Tok::RBracket)
      break;
    advance();
    auto* r = ctx_.make<RangeExpr>(first->range);
    r->first = first;
    Expr* second = parseArith(7);
    if (at(Tok::Colon) && !(first->kind == NodeKind::RangeExpr)) {
      advance();
      r->step = second;
      r->last = parseArith(7);
    } else {
      r->last = second;
    }
    r->range = SourceRange::cover(first->range, r->last->range);
    first = bound(r, {r->first, r->step, r->last});
  }
  return first;
}

// Octave's `x++`: two adjacent signs after a variable, and no operand after
// them (`a++b` stays MATLAB's a + +b).
bool Parser::postIncrementAhead(const Expr* operand) {
  if (!at(Tok::Plus) && !at(Tok::Minus)) return false;
  if (!isTarget(operand)) return false;
  const Token& second = peekTok(1);
  if (second.kind != tok_.kind || second.spaceBefore) return false;
  return !canStartOperand(peekTok(2).kind);
}

// Octave's `++x`: two adjacent signs, then a name with no blank before it.
bool Parser::preIncrementAhead() {
  if (!at(Tok::Plus) && !at(Tok::Minus)) return false;
  const Token& second = peekTok(1);
  if (second.kind != tok_.kind || second.spaceBefore) return false;
  const Token& third = peekTok(2);
  return third.kind == Tok::Ident && !third.spaceBefore;
}

// Octave's assignment used as a value: `target = value` (right associative).
Expr* Parser::parseAssignTail(Expr* target) {
  auto* a = ctx_.make<AssignExpr>(target->range);
  a->target = target;
  a->compound = !at(Tok::Assign);
  a->op = binaryOpOf(tok_.kind);
  advance();
  Expr* value = parseExpr();
  if ((at(Tok::Assign) || isOpAssign(tok_.kind)) && isTarget(value)) value = parseAssignTail(value);
  a->value = value;
  a->range = SourceRange::cover(target->range, value->range);
  declareTarget(target);
  return bound(a, {target, value});
}

Expr* Parser::parseArith(int minPrec) {
  Expr* lhs = parseUnary();
  for (;;) {
    int prec = binaryPrecedence(tok_.kind);
    if (prec < 7 || prec < minPrec) return lhs;
    // Inside [] and {}, `1 -2` is two elements: blank before the sign, none after.
    if (prec == 7 && inMatrix() && tok_.spaceBefore && !peekTok().spaceBefore) return lhs;
    BinaryOp op = binaryOpOf(tok_.kind);
    advance();
    Expr* rhs = parseArith(prec + 1);
    lhs = bound(ctx_.make<BinaryExpr>(SourceRange::cover(lhs->range, rhs->range), op, lhs, rhs), {lhs, rhs});
  }
}

Expr* Parser::parseUnary() {
  if (at(Tok::Not) && inMatrix()) {
    Tok next = peekTok().kind;
    if (next == Tok::Comma || next == Tok::RBracket) {
      auto* t = ctx_.make<TildeExpr>(tok_.range);
      advance();
      pendingTildes_.push_back(t);
      return t;
    }
  }
  if (preIncrementAhead()) {
    auto* inc = ctx_.make<IncrementExpr>(tok_.range);
    inc->decrement = at(Tok::Minus);
    inc->prefix = true;
    advance();
    advance();
    inc->target = parsePostfix();
    inc->range = from(inc->range.begin);
    if (!isTarget(inc->target)) error(inc->target->range, DiagId::InvalidAssignTarget);
    declareTarget(inc->target);
    return bound(inc, {inc->target});
  }
  if (at(Tok::Minus) || at(Tok::Plus) || at(Tok::Not)) {
    Nest nest(*this);
    if (!nest.ok) return ctx_.make<ErrorExpr>(tok_.range);
    UnaryOp op = at(Tok::Minus) ? UnaryOp::UMinus : at(Tok::Plus) ? UnaryOp::UPlus : UnaryOp::Not;
    uint32_t begin = tok_.range.begin;
    advance();
    Expr* operand = parseUnary();
    return bound(ctx_.make<UnaryExpr>(SourceRange{begin, operand->range.end}, op, operand), {operand});
  }
  return parsePower();
}

Expr* Parser::parsePower() {
  Expr* base = parsePostfix();
  while (at(Tok::Caret) || at(Tok::DotCaret)) {
    BinaryOp op = binaryOpOf(tok_.kind);
    advance();
    Expr* exponent = parsePowerOperand();
    base = bound(ctx_.make<BinaryExpr>(SourceRange::cover(base->range, exponent->range), op, base, exponent),
                 {base, exponent});
  }
  return base;
}

// The right operand of ^ may carry its own signs: 2^-1, a.^~b.
Expr* Parser::parsePowerOperand() {
  if (at(Tok::Minus) || at(Tok::Plus) || at(Tok::Not)) {
    Nest nest(*this);
    if (!nest.ok) return ctx_.make<ErrorExpr>(tok_.range);
    UnaryOp op = at(Tok::Minus) ? UnaryOp::UMinus : at(Tok::Plus) ? UnaryOp::UPlus : UnaryOp::Not;
    uint32_t begin = tok_.range.begin;
    advance();
    Expr* operand = parsePowerOperand();
    return bound(ctx_.make<UnaryExpr>(SourceRange{begin, operand->range.end}, op, operand), {operand});
  }
  return parsePostfix();
}

Expr* Parser::parsePostfix() {
  Expr* e = parsePrimary();
  for (;;) {
    if (at(Tok::LParen) || at(Tok::LBrace)) {
      // Inside brackets, `[f (1)]` is two elements.
      if (inMatrix() && tok_.spaceBefore) return e;
      Nest nest(*this);
      if (!nest.ok) return e;
      bool brace = at(Tok::LBrace);
      advance();
      auto* ix = ctx_.make<IndexExpr>(e->range);
      ix->base = e;
      ix->brace = brace;
      ix->args = parseArgList(brace ? Tok::RBrace : Tok::RParen, !brace);
      ix->range = from(e->range.begin);
      e = setDepth(ix, std::max<unsigned>(e->depth, maxDepth(ix->args)));
    } else if (at(Tok::Dot)) {
      if (inMatrix() && tok_.spaceBefore) return e;
      advance();
      if (at(Tok::Ident)) {
        std::string_view name = text(tok_);
        advance();
        e = bound(ctx_.make<FieldExpr>(from(e->range.begin), e, name), {e});
      } else if (at(Tok::LParen)) {
        advance();
        Expr* name;
        {
          PushCtx pc(*this, Ctx::Paren);
          name = parseExpr();
        }
        expect(Tok::RParen);
        e = bound(ctx_.make<DynFieldExpr>(from(e->range.begin), e, name), {e, name});
      } else {
        error(tok_.range, DiagId::ExpectedAfter, {"a field name or '('", "'.'"});
        return e;
      }
    } else if (at(Tok::Transpose) || at(Tok::DotTranspose)) {
      PostfixOp op = at(Tok::Transpose) ? PostfixOp::CTranspose : PostfixOp::Transpose;
      advance();
      e = bound(ctx_.make<PostfixExpr>(from(e->range.begin), op, e), {e});
    } else if (postIncrementAhead(e)) {
      auto* inc = ctx_.make<IncrementExpr>(e->range);
      inc->target = e;
      inc->decrement = at(Tok::Minus);
      advance();
      advance();
      inc->range = from(e->range.begin);
      declareTarget(e);
      return bound(inc, {e});
    } else {
      return e;
    }
  }
}

std::vector<Expr*> Parser::parseArgList(Tok closer, bool allowNamed) {
  PushCtx pc(*this, Ctx::Index);
  std::vector<Expr*> args;
  if (!at(closer)) {
    for (;;) {
      Tok next = peekTok().kind;
      if (at(Tok::Colon) && (next == Tok::Comma || next == closer)) {
        args.push_back(ctx_.make<ColonExpr>(tok_.range));
        advance();
      } else if (allowNamed && at(Tok::Ident) && next == Tok::Assign) {
        // f(Name=value), MATLAB R2021a's name=value syntax.
        uint32_t begin = tok_.range.begin;
        std::string_view name = text(tok_);
        advance();
        advance();
        Expr* value = parseExpr();
        args.push_back(bound(ctx_.make<NamedArgExpr>(from(begin), name, value), {value}));
      } else {
        args.push_back(parseExpr());
      }
      if (!accept(Tok::Comma)) break;
    }
  }
  if (!accept(closer)) {
    std::string want = std::string("',' or '") + tokSpelling(closer) + "'";
    error(tok_.range, DiagId::ExpectedToken, {want + ", found " + describe(tok_)});
  }
  return args;
}

std::string Parser::parseDottedName() {
  std::string name(text(tok_));
  advance();
  while (at(Tok::Dot) && peekTok().kind == Tok::Ident) {
    advance();
    name += '.';
    name += text(tok_);
    advance();
  }
  return name;
}

Expr* Parser::parsePrimary() {
  switch (tok_.kind) {
    case Tok::Ident: {
      auto* e = ctx_.make<IdentExpr>(tok_.range, text(tok_));
      advance();
      return e;
    }
    case Tok::Number:
      return parseNumber();
    case Tok::CharLit: {
      auto* e = ctx_.make<CharLitExpr>(tok_.range);
      e->value = decodeCharLit(text(tok_));
      advance();
      return e;
    }
    case Tok::StringLit: {
      auto* e = ctx_.make<StringLitExpr>(tok_.range);
      e->value = decodeStringLit(text(tok_), tok_.octaveEscapes);
      advance();
      return e;
    }
    case Tok::LParen: {
      Nest nest(*this);
      if (!nest.ok) return ctx_.make<ErrorExpr>(tok_.range);
      uint32_t begin = tok_.range.begin;
      advance();
      Expr* inner;
      {
        PushCtx pc(*this, Ctx::Paren);
        inner = parseExpr();
        if ((at(Tok::Assign) || isOpAssign(tok_.kind)) && isTarget(inner)) inner = parseAssignTail(inner);
      }
      expect(Tok::RParen);
      return bound(ctx_.make<ParenExpr>(from(begin), inner), {inner});
    }
    case Tok::LBracket:
    case Tok::LBrace: {
      Nest nest(*this);
      if (!nest.ok) return ctx_.make<ErrorExpr>(tok_.range);
      return parseMatrix();
    }
    case Tok::At: {
      Nest nest(*this);
      if (!nest.ok) return ctx_.make<ErrorExpr>(tok_.range);
      return parseHandle();
    }
    case Tok::Question: {
      uint32_t begin = tok_.range.begin;
      advance();
      if (!at(Tok::Ident)) {
        error(tok_.range, DiagId::ExpectedAfter, {"a class name", "'?'"});
        return ctx_.make<ErrorExpr>(from(begin));
      }
      std::string name = parseDottedName();
      return ctx_.make<MetaClassExpr>(from(begin), std::move(name));
    }
    case Tok::Kw_end:
      if (inIndex()) {
        auto* e = ctx_.make<EndExpr>(tok_.range);
        advance();
        return e;
      }
      error(tok_.range, DiagId::EndOutsideIndex);
      if (tok_.depth > 0) advance();
      return ctx_.make<ErrorExpr>(tok_.range);
    case Tok::Colon: {
      error(tok_.range, DiagId::ColonOutsideIndex);
      auto* e = ctx_.make<ErrorExpr>(tok_.range);
      advance();
      return e;
    }
    default: {
      error(tok_.range, DiagId::ExpectedExpression, {describe(tok_)});
      auto* e = ctx_.make<ErrorExpr>(SourceRange{tok_.range.begin, tok_.range.begin});
      bool keep = endsStatement(tok_.kind) || isBlockBoundary(tok_.kind) || at(Tok::RParen) ||
                  at(Tok::RBracket) || at(Tok::RBrace);
      if (!keep) advance();
      return e;
    }
  }
}

Expr* Parser::parseNumber() {
  auto* e = ctx_.make<NumberExpr>(tok_.range);
  std::string_view t = text(tok_);
  e->text = t;
  advance();
  if (t.size() > 2 && t[0] == '0' && std::string_view("xXbB").find(t[1]) != std::string_view::npos) {
    bool hex = t[1] == 'x' || t[1] == 'X';
    size_t i = 2;
    uint64_t v = 0;
    bool overflow = false;
    for (; i < t.size() && t[i] != 'u' && t[i] != 's'; ++i) {
      char c = t[i];
      if (c == '_') continue;
      unsigned digit = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
      unsigned shift = hex ? 4 : 1;
      if (v >> (64 - shift)) overflow = true;
      v = (v << shift) | digit;
    }
    unsigned bits = 0;
    bool isSigned = false;
    if (i < t.size()) {
      std::string_view suffix = t.substr(i);
      isSigned = suffix[0] == 's';
      std::string_view width = suffix.substr(1);
      if (width == "8") bits = 8;
      else if (width == "16") bits = 16;
      else if (width == "32") bits = 32;
      else if (width == "64") bits = 64;
      else error(e->range, DiagId::BadIntegerSuffix, {suffix});
    }
    if (bits == 0) bits = v <= 0xFF ? 8 : v <= 0xFFFF ? 16 : v <= 0xFFFFFFFFull ? 32 : 64;
    if (overflow || (bits < 64 && (v >> bits) != 0)) {
      error(e->range, DiagId::IntegerLiteralTooLarge, {t, std::to_string(overflow ? 64 : bits)});
    }
    static const char* const unsignedNames[] = {"uint8", "uint16", "uint32", "uint64"};
    static const char* const signedNames[] = {"int8", "int16", "int32", "int64"};
    int idx = bits == 8 ? 0 : bits == 16 ? 1 : bits == 32 ? 2 : 3;
    e->intClass = isSigned ? signedNames[idx] : unsignedNames[idx];
    e->bits = v;
    if (isSigned && bits < 64 && (v >> (bits - 1)) & 1) {
      e->value = static_cast<double>(static_cast<int64_t>(v) - (int64_t{1} << bits));
    } else if (isSigned && bits == 64) {
      e->value = static_cast<double>(static_cast<int64_t>(v));
    } else {
      e->value = static_cast<double>(v);
    }
    return e;
  }
  std::string s;
  for (char c : t)
    if (c != '_') s += c;  // Octave's digit separators
  char last = s.back();
  if (last == 'i' || last == 'j' || last == 'I' || last == 'J') {
    e->imaginary = true;
    s.pop_back();
  }
  for (char& c : s)
    if (c == 'd' || c == 'D') c = 'e';
  errno = 0;
  char* endp = nullptr;
  e->value = std::strtod(s.c_str(), &endp);
  if (endp != s.c_str() + s.size()) error(e->range, DiagId::BadNumber, {t});
  return e;
}

Expr* Parser::parseMatrix() {
  bool cell = at(Tok::LBrace);
  Tok closer = cell ? Tok::RBrace : Tok::RBracket;
  Token open = tok_;
  advance();
  auto* m = ctx_.make<MatrixExpr>(cell ? NodeKind::CellExpr : NodeKind::MatrixExpr, open.range);
  {
    PushCtx pc(*this, Ctx::Matrix);
    std::vector<Expr*> row;
    for (;;) {
      if (at(closer) || at(Tok::Eof) || at(Tok::RParen) || at(cell ? Tok::RBracket : Tok::RBrace)) break;
      // A keyword (other than `end` in an index) means the closer is missing.
      if (isKeyword(tok_.kind) && !(at(Tok::Kw_end) && inIndex())) break;
      if (at(Tok::Semi) || at(Tok::Newline)) {
        if (!row.empty()) m->rows.push_back(std::move(row));
        row.clear();
        advance();
        continue;
      }
      if (at(Tok::Comma)) {
        advance();
        continue;
      }
      uint64_t before = consumed_;
      row.push_back(parseExpr());
      if (consumed_ == before) advance();
      // Elements are separated by ',' or by blanks.
      bool separated = at(Tok::Comma) || at(Tok::Semi) || at(Tok::Newline) || at(closer) ||
                       tok_.spaceBefore || at(Tok::Eof);
      if (!separated) {
        std::string want = std::string("',' or '") + tokSpelling(closer) + "'";
        error(tok_.range, DiagId::ExpectedToken, {want + ", found " + describe(tok_)});
        if (!isKeyword(tok_.kind) && !at(Tok::RParen)) advance();
      }
    }
    if (!row.empty()) m->rows.push_back(std::move(row));
  }
  if (!accept(closer)) {
    std::string want = std::string("'") + tokSpelling(closer) + "'";
    error(tok_.range, DiagId::ExpectedToken, {want + ", found " + describe(tok_)});
    error(open.range, DiagId::NoteOpenedHere, {tokSpelling(open.kind)});
  }
  m->range = from(open.range.begin);
  unsigned d = 0;
  for (auto& r : m->rows) d = std::max(d, maxDepth(r));
  return setDepth(m, d);
}

Expr* Parser::parseHandle() {
  uint32_t begin = tok_.range.begin;
  advance();  // @
  if (at(Tok::LParen)) {
    auto* f = ctx_.make<AnonFuncExpr>(tok_.range);
    advance();
    parseParamList(f->params, Tok::RParen);
    // The body is a new workspace: `end` there does not refer to an enclosing
    // index, and blanks do not split it even inside brackets (as in Octave:
    // {@(h) set (h, "visible", "off")} is one element).
    std::vector<Ctx> saved;
    saved.swap(ctxStack_);
    f->body = parseExpr();
    ctxStack_.swap(saved);
    f->range = from(begin);
    return bound(f, {f->body});
  }
  if (at(Tok::Ident)) {
    std::string name = parseDottedName();
    return ctx_.make<FuncHandleExpr>(from(begin), std::move(name));
  }
  error(tok_.range, DiagId::ExpectedAfter, {"a function name or '('", "'@'"});
  return ctx_.make<ErrorExpr>(from(begin));
}

// Parameters of a function or an anonymous function: names, ~ and varargin.
void Parser::parseParamList(std::vector<Param>& out, Tok closer) {
  PushCtx pc(*this, Ctx::Paren);
  while (!at(closer)) {
    if (at(Tok::Ident)) {
      Param p{text(tok_), tok_.range};
      advance();
      if (accept(Tok::Assign)) p.defaultValue = parseExpr();  // Octave
      out.push_back(p);
    } else if (at(Tok::Not)) {
      out.push_back({{}, tok_.range});
      advance();
    } else {
      error(tok_.range, DiagId::BadParameter);
      while (!at(closer) && !at(Tok::Eof) && !at(Tok::Newline)) advance();
      break;
    }
    if (!accept(Tok::Comma)) break;
  }
  expect(closer);
}

// =============================================================== statements

Block Parser::parseBlock() {
  Block block;
  for (;;) {
    skipSeparators();
    if (at(Tok::Eof) || isBlockBoundary(tok_.kind) || diags_.stopped()) return block;
    uint64_t before = consumed_;
    if (Stmt* s = parseStatement()) block.push_back(s);
    if (consumed_ == before) advance();
  }
}

// A block that may end at any end keyword, `function`, or one of `stops`;
// other boundary keywords are misplaced here: report them and go on.
Block Parser::parseBody(std::initializer_list<Tok> stops) {
  Block body = parseBlock();
  for (;;) {
    if (at(Tok::Kw_function) && mode_ == FunctionEnds::Nested) {
      // Octave defines a function met inside a control block (it must end
      // with endfunction or end); it becomes a local function of the file.
      blockFunctions_.push_back(parseFunction(nullptr));
      Block more = parseBlock();
      body.insert(body.end(), more.begin(), more.end());
      continue;
    }
    if (at(Tok::Eof) || at(Tok::Kw_function) || isEndKeyword(tok_.kind) || diags_.stopped()) return body;
    for (Tok s : stops)
      if (at(s)) return body;
    error(tok_.range, DiagId::UnexpectedToken, {describe(tok_)});
    advance();
    Block more = parseBlock();
    body.insert(body.end(), more.begin(), more.end());
  }
}

bool Parser::closeBlock(const Token& opener, Tok specificEnd) {
  if (at(Tok::Kw_end) || at(specificEnd)) {
    advance();
    return true;
  }
  std::string open(text(opener));
  if (isEndKeyword(tok_.kind) && !at(Tok::Kw_endfunction)) {
    error(tok_.range, DiagId::WrongEnd, {text(tok_), open});
    advance();
    return true;
  }
  error(opener.range, DiagId::MissingEnd, {open});
  return false;
}

bool Parser::endStatement() {
  if (accept(Tok::Semi)) return false;
  if (accept(Tok::Comma) || accept(Tok::Newline)) return true;
  if (at(Tok::Eof) || isBlockBoundary(tok_.kind)) return true;
  error(tok_.range, DiagId::ExpectedToken, {"';', ',' or a new line after the statement, found " + describe(tok_)});
  recover();
  return true;
}

Stmt* Parser::parseStatement() {
  Nest nest(*this);
  if (!nest.ok) {
    recover();
    return nullptr;
  }
  Token start = tok_;
  switch (tok_.kind) {
    case Tok::Kw_if: return parseIf();
    case Tok::Kw_for: case Tok::Kw_parfor: return parseFor();
    case Tok::Kw_while: return parseWhile();
    case Tok::Kw_switch: return parseSwitch();
    case Tok::Kw_try: return parseTry();
    case Tok::Kw_unwind_protect: return parseUnwindProtect();
    case Tok::Kw_do: return parseDoUntil();
    case Tok::Kw_spmd: return parseSpmd();
    case Tok::Kw_global: case Tok::Kw_persistent: return parseDeclStmt();
    case Tok::Kw_break: case Tok::Kw_continue: case Tok::Kw_return: {
      NodeKind k = at(Tok::Kw_break) ? NodeKind::BreakStmt
                   : at(Tok::Kw_continue) ? NodeKind::ContinueStmt : NodeKind::ReturnStmt;
      advance();
      auto* s = ctx_.make<SimpleStmt>(k, start.range);
      endStatement();
      return s;
    }
    case Tok::Kw_classdef:
      error(tok_.range, DiagId::ClassdefNotFirst);
      parseClassdef();
      return nullptr;
    case Tok::CommandName:
      if (isVariable(text(tok_)) || noCommands_) {
        relexCommandName();
        return parseSimple();
      }
      return parseCommand();
    default:
      return parseSimple();
  }
}

Stmt* Parser::parseCommand() {
  auto* s = ctx_.make<CommandStmt>(tok_.range, text(tok_));
  advance();
  while (at(Tok::CommandWord)) {
    s->words.push_back(decodeCommandWord(text(tok_)));
    advance();
  }
  s->range = from(s->range.begin);
  s->display = endStatement();
  return s;
}

bool Parser::isTarget(const Expr* e) const {
  switch (e->kind) {
    case NodeKind::IdentExpr: return true;
    case NodeKind::IndexExpr: return isTarget(static_cast<const IndexExpr*>(e)->base);
    case NodeKind::FieldExpr: return isTarget(static_cast<const FieldExpr*>(e)->base);
    case NodeKind::DynFieldExpr: return isTarget(static_cast<const DynFieldExpr*>(e)->base);
    default: return false;
  }
}

bool Parser::toTargets(Expr* e, AssignStmt* s) {
  if (e->kind == NodeKind::MatrixExpr) {
    auto* m = static_cast<MatrixExpr*>(e);
    s->bracketed = true;
    if (m->rows.size() != 1) {
      error(e->range, DiagId::InvalidMultiAssign);
      return false;
    }
    for (Expr* t : m->rows[0]) {
      if (t->kind != NodeKind::TildeExpr && !isTarget(t)) {
        error(t->range, DiagId::InvalidAssignTarget);
        return false;
      }
      s->targets.push_back(t);
    }
    return true;
  }
  if (!isTarget(e)) {
    if (e->kind != NodeKind::ErrorExpr) error(e->range, DiagId::InvalidAssignTarget);
    return false;
  }
  s->targets.push_back(e);
  return true;
}

void Parser::reportStrayTildes(const AssignStmt* used) {
  for (TildeExpr* t : pendingTildes_) {
    bool ok = false;
    if (used)
      for (Expr* target : used->targets) ok |= target == t;
    if (!ok) error(t->range, DiagId::TildeNotAllowed);
  }
  pendingTildes_.clear();
}

Stmt* Parser::parseSimple() {
  uint32_t begin = tok_.range.begin;
  unsigned errorsBefore = diags_.errorCount();
  pendingTildes_.clear();
  Stmt* result = nullptr;

  Expr* e = parseExpr();
  if (e->kind == NodeKind::IncrementExpr) {
    // x++ and ++x as statements are x += 1 and x -= 1.
    auto* inc = static_cast<IncrementExpr*>(e);
    auto* s = ctx_.make<OpAssignStmt>(e->range);
    s->op = inc->decrement ? BinaryOp::Minus : BinaryOp::Plus;
    s->target = inc->target;
    auto* one = ctx_.make<NumberExpr>(e->range);
    one->text = "1";
    one->value = 1;
    s->value = one;
    reportStrayTildes(nullptr);
    result = s;
  } else if (at(Tok::Assign)) {
    auto* s = ctx_.make<AssignStmt>(e->range);
    advance();
    bool ok = toTargets(e, s);
    s->value = parseExpr();
    // Octave chains assignments: a = b = 0.
    if ((at(Tok::Assign) || isOpAssign(tok_.kind)) && isTarget(s->value)) s->value = parseAssignTail(s->value);
    reportStrayTildes(s);
    if (ok)
      for (Expr* t : s->targets) declareTarget(t);
    result = s;
  } else if (isOpAssign(tok_.kind)) {
    auto* s = ctx_.make<OpAssignStmt>(e->range);
    reportStrayTildes(nullptr);
    s->op = binaryOpOf(tok_.kind);
    s->target = e;
    if (!isTarget(e)) error(tok_.range, DiagId::OpAssignNeedsOneTarget, {text(tok_)});
    advance();
    s->value = parseExpr();
    declareTarget(e);
    result = s;
  } else {
    reportStrayTildes(nullptr);
    result = ctx_.make<ExprStmt>(e->range, e);
  }
  result->range = from(begin);
  bool display = false;
  if (diags_.errorCount() > errorsBefore) {
    recover();
  } else {
    display = endStatement();
  }
  switch (result->kind) {
    case NodeKind::AssignStmt: static_cast<AssignStmt*>(result)->display = display; break;
    case NodeKind::OpAssignStmt: static_cast<OpAssignStmt*>(result)->display = display; break;
    default: static_cast<ExprStmt*>(result)->display = display; break;
  }
  return result;
}

Stmt* Parser::parseIf() {
  Token kw = tok_;
  auto* s = ctx_.make<IfStmt>(kw.range);
  advance();
  Expr* cond = parseExpr();
  s->clauses.push_back({cond, parseBody({Tok::Kw_elseif, Tok::Kw_else})});
  for (;;) {
    if (at(Tok::Kw_elseif)) {
      if (s->hasElse) error(tok_.range, DiagId::ElseAfterElse, {"elseif"});
      advance();
      Expr* c = parseExpr();
      s->clauses.push_back({c, parseBody({Tok::Kw_elseif, Tok::Kw_else})});
    } else if (at(Tok::Kw_else)) {
      if (s->hasElse) error(tok_.range, DiagId::ElseAfterElse, {"else"});
      advance();
      s->hasElse = true;
      Block b = parseBody({Tok::Kw_elseif, Tok::Kw_else});
      s->elseBody.insert(s->elseBody.end(), b.begin(), b.end());
    } else {
      break;
    }
  }
  closeBlock(kw, Tok::Kw_endif);
  s->range = from(kw.range.begin);
  return s;
}

Stmt* Parser::parseFor() {
  Token kw = tok_;
  auto* s = ctx_.make<ForStmt>(kw.range);
  s->parfor = at(Tok::Kw_parfor);
  advance();
  bool paren = false;
  // `for (k = 1:3)`, but not `for k = (1:3)`.
  if (at(Tok::LParen)) {
    paren = true;
    advance();
  }
  {
    std::optional<PushCtx> pc;
    if (paren) pc.emplace(*this, Ctx::Paren);
    if (at(Tok::Ident)) {
      s->var = ctx_.make<IdentExpr>(tok_.range, text(tok_));
      declare(text(tok_));
      advance();
    } else if (at(Tok::LBracket)) {
      // Octave: for [val, key] = struct
      s->var = parsePostfix();
    } else {
      error(tok_.range, DiagId::ExpectedAfter, {"a loop variable", std::string("'") + std::string(text(kw)) + "'"});
      s->var = ctx_.make<ErrorExpr>(tok_.range);
    }
    if (expect(Tok::Assign)) {
      s->iter = parseExpr();
      if (s->parfor && paren && accept(Tok::Comma)) s->parforArg = parseExpr();
    } else {
      s->iter = ctx_.make<ErrorExpr>(tok_.range);
      recover();
    }
  }
  if (paren) expect(Tok::RParen);
  s->body = parseBody({});
  closeBlock(kw, s->parfor ? Tok::Kw_endparfor : Tok::Kw_endfor);
  s->range = from(kw.range.begin);
  return s;
}

Stmt* Parser::parseWhile() {
  Token kw = tok_;
  auto* s = ctx_.make<WhileStmt>(kw.range);
  advance();
  s->cond = parseExpr();
  s->body = parseBody({});
  closeBlock(kw, Tok::Kw_endwhile);
  s->range = from(kw.range.begin);
  return s;
}

Stmt* Parser::parseSwitch() {
  Token kw = tok_;
  auto* s = ctx_.make<SwitchStmt>(kw.range);
  advance();
  s->subject = parseExpr();
  for (;;) {
    skipSeparators();
    if (at(Tok::Kw_case)) {
      if (s->hasOtherwise) error(tok_.range, DiagId::UnexpectedToken, {"'case' after 'otherwise'"});
      advance();
      Expr* value = parseExpr();
      s->cases.push_back({value, parseBody({Tok::Kw_case, Tok::Kw_otherwise})});
    } else if (at(Tok::Kw_otherwise)) {
      if (s->hasOtherwise) error(tok_.range, DiagId::UnexpectedToken, {"second 'otherwise'"});
      advance();
      s->hasOtherwise = true;
      Block b = parseBody({Tok::Kw_case, Tok::Kw_otherwise});
      s->otherwise.insert(s->otherwise.end(), b.begin(), b.end());
    } else if (at(Tok::Eof) || isBlockBoundary(tok_.kind) || diags_.stopped()) {
      break;
    } else {
      error(tok_.range, DiagId::ExpectedToken, {"'case', 'otherwise' or 'end' in a switch, found " + describe(tok_)});
      recover();
    }
  }
  closeBlock(kw, Tok::Kw_endswitch);
  s->range = from(kw.range.begin);
  return s;
}

Stmt* Parser::parseTry() {
  Token kw = tok_;
  auto* s = ctx_.make<TryStmt>(kw.range);
  advance();
  s->body = parseBody({Tok::Kw_catch});
  if (at(Tok::Kw_catch)) {
    advance();
    s->hasCatch = true;
    // `catch err` names the exception when the name ends the line.
    if (at(Tok::Ident) && endsStatement(peekTok().kind)) {
      s->ident = text(tok_);
      declare(s->ident);
      advance();
    }
    s->catchBody = parseBody({});
  }
  closeBlock(kw, Tok::Kw_end_try_catch);
  s->range = from(kw.range.begin);
  return s;
}

Stmt* Parser::parseUnwindProtect() {
  Token kw = tok_;
  auto* s = ctx_.make<UnwindProtectStmt>(kw.range);
  advance();
  s->body = parseBody({Tok::Kw_unwind_protect_cleanup});
  if (accept(Tok::Kw_unwind_protect_cleanup)) s->cleanup = parseBody({});
  closeBlock(kw, Tok::Kw_end_unwind_protect);
  s->range = from(kw.range.begin);
  return s;
}

Stmt* Parser::parseDoUntil() {
  Token kw = tok_;
  auto* s = ctx_.make<DoUntilStmt>(kw.range);
  advance();
  s->body = parseBody({Tok::Kw_until});
  if (accept(Tok::Kw_until)) {
    s->cond = parseExpr();
  } else {
    error(kw.range, DiagId::MissingUntil);
    s->cond = ctx_.make<ErrorExpr>(tok_.range);
  }
  s->range = from(kw.range.begin);
  if (!at(Tok::Eof) && !isBlockBoundary(tok_.kind)) endStatement();
  return s;
}

Stmt* Parser::parseSpmd() {
  Token kw = tok_;
  auto* s = ctx_.make<SpmdStmt>(kw.range);
  advance();
  if (at(Tok::LParen)) {
    advance();
    s->args = parseArgList(Tok::RParen, false);
  }
  s->body = parseBody({});
  closeBlock(kw, Tok::Kw_endspmd);
  s->range = from(kw.range.begin);
  return s;
}

Stmt* Parser::parseDeclStmt() {
  Token kw = tok_;
  auto* s = ctx_.make<DeclStmt>(at(Tok::Kw_global) ? NodeKind::GlobalStmt : NodeKind::PersistentStmt, kw.range);
  advance();
  while (at(Tok::Ident)) {
    DeclStmt::Name n{text(tok_), tok_.range, nullptr};
    declare(n.name);
    advance();
    if (accept(Tok::Assign)) n.init = parseExpr();  // Octave
    s->names.push_back(n);
  }
  s->range = from(kw.range.begin);
  endStatement();
  return s;
}

// ================================================== functions and classdef

void Parser::parseFunctionSignature(Function* f) {
  // [o1, o2] = name(p1, p2)   o = name(p)   name(p)   name
  if (at(Tok::LBracket)) {
    advance();
    PushCtx pc(*this, Ctx::Matrix);
    while (!at(Tok::RBracket)) {
      if (at(Tok::Ident)) {
        f->outputs.push_back({text(tok_), tok_.range});
        advance();
      } else if (!accept(Tok::Comma)) {
        error(tok_.range, DiagId::BadParameter);
        break;
      }
    }
    expect(Tok::RBracket);
    expect(Tok::Assign);
  } else if (at(Tok::Ident) && peekTok().kind == Tok::Assign) {
    f->outputs.push_back({text(tok_), tok_.range});
    advance();
    advance();
  }
  if (!at(Tok::Ident)) {
    error(tok_.range, DiagId::BadFunctionName);
    f->name = "";
    return;
  }
  uint32_t nameBegin = tok_.range.begin;
  f->name = parseDottedName();
  f->nameRange = from(nameBegin);
  if (at(Tok::LParen)) {
    advance();
    parseParamList(f->params, Tok::RParen);
  }
}

bool Parser::atArgumentsBlock() {
  if (!(at(Tok::Ident) || at(Tok::CommandName)) || text(tok_) != "arguments") return false;
  Tok next = peekTok().kind;
  return next == Tok::Newline || next == Tok::Semi || next == Tok::Comma || next == Tok::LParen ||
         next == Tok::Eof;
}

Declaration Parser::parseDeclaration(bool dottedName) {
  relexCommandName();
  Declaration d;
  uint32_t begin = tok_.range.begin;
  if (!at(Tok::Ident)) {
    error(tok_.range, DiagId::BadArgumentsLine);
    recover();
    return d;
  }
  d.name = ctx_.make<IdentExpr>(tok_.range, text(tok_));
  advance();
  while (dottedName && at(Tok::Dot) && peekTok().kind == Tok::Ident) {
    advance();
    d.name = ctx_.make<FieldExpr>(from(begin), d.name, text(tok_));
    advance();
  }
  if (at(Tok::LParen)) {
    advance();
    d.hasDims = true;
    d.dims = parseArgList(Tok::RParen, false);
  }
  if (at(Tok::Ident)) d.className = parseDottedName();
  if (at(Tok::LBrace)) {
    Expr* v = parseMatrix();
    if (v->kind == NodeKind::CellExpr)
      for (auto& row : static_cast<MatrixExpr*>(v)->rows) d.validators.insert(d.validators.end(), row.begin(), row.end());
  }
  if (accept(Tok::Assign)) d.defaultValue = parseExpr();
  d.range = from(begin);
  if (!endsStatement(tok_.kind) && !isEndKeyword(tok_.kind)) {
    error(tok_.range, DiagId::BadArgumentsLine);
    recover();
  } else {
    endStatement();
  }
  return d;
}

std::vector<Attribute> Parser::parseAttributes() {
  std::vector<Attribute> attrs;
  if (!at(Tok::LParen)) return attrs;
  advance();
  PushCtx pc(*this, Ctx::Paren);
  while (!at(Tok::RParen)) {
    Attribute a;
    uint32_t begin = tok_.range.begin;
    a.negated = accept(Tok::Not);
    if (!at(Tok::Ident)) {
      error(tok_.range, DiagId::ExpectedToken, {"an attribute name, found " + describe(tok_)});
      break;
    }
    a.name = text(tok_);
    advance();
    if (accept(Tok::Assign)) a.value = parseExpr();
    a.range = from(begin);
    attrs.push_back(a);
    if (!accept(Tok::Comma)) break;
  }
  expect(Tok::RParen);
  return attrs;
}

ArgumentsBlock Parser::parseArgumentsBlock() {
  Token kw = tok_;
  relexCommandName();
  ArgumentsBlock block;
  advance();
  block.attributes = parseAttributes();
  bool saved = noCommands_;
  noCommands_ = true;
  for (;;) {
    skipSeparators();
    if (at(Tok::Kw_end)) {
      advance();
      break;
    }
    if (at(Tok::Eof) || isBlockBoundary(tok_.kind) || diags_.stopped()) {
      error(kw.range, DiagId::MissingEnd, {"arguments"});
      break;
    }
    Declaration d = parseDeclaration(true);
    if (d.name) {
      declareTarget(d.name);
      block.decls.push_back(d);
    }
  }
  noCommands_ = saved;
  block.range = from(kw.range.begin);
  return block;
}

Function* Parser::parseFunction(Function* parent) {
  Token kw = tok_;
  Function* f = ctx_.makeFunction();
  f->parent = parent;
  f->range = kw.range;
  advance();
  parseFunctionSignature(f);
  if (f->name.empty()) recover();
  else if (!at(Tok::Eof) && !isBlockBoundary(tok_.kind)) endStatement();

  // A nested function sees its parent's variables.
  scopes_.push_back(parent && !scopes_.empty() ? scopes_.back() : std::unordered_set<std::string>{});
  for (const Param& p : f->params) declare(p.name);
  for (const Param& p : f->outputs) declare(p.name);

  for (;;) {
    skipSeparators();
    if (!atArgumentsBlock()) break;
    f->arguments.push_back(parseArgumentsBlock());
  }

  Nest nest(*this);
  for (;;) {
    Block part = parseBlock();
    f->body.insert(f->body.end(), part.begin(), part.end());
    if (diags_.stopped()) break;
    if (at(Tok::Kw_function)) {
      if (mode_ == FunctionEnds::Flat || !nest.ok) break;  // a sibling starts here
      f->nested.push_back(parseFunction(f));
      continue;
    }
    if (at(Tok::Kw_end) || at(Tok::Kw_endfunction)) {
      advance();
      f->hasEnd = true;
      break;
    }
    if (at(Tok::Eof)) {
      if (mode_ == FunctionEnds::Nested) functionRanIntoEof_ = true;
      break;
    }
    error(tok_.range, DiagId::UnexpectedToken, {describe(tok_)});
    advance();
  }
  scopes_.pop_back();
  f->range = from(kw.range.begin);
  return f;
}

// A method declared in a methods block without a body: `r = name(obj, x)`.
bool Parser::signatureFrom(Stmt* s, Function* f) {
  Expr* call = nullptr;
  if (s && s->kind == NodeKind::AssignStmt) {
    auto* a = static_cast<AssignStmt*>(s);
    for (Expr* t : a->targets) {
      if (t->kind != NodeKind::IdentExpr) return false;
      f->outputs.push_back({static_cast<IdentExpr*>(t)->name, t->range});
    }
    call = a->value;
  } else if (s && s->kind == NodeKind::ExprStmt) {
    call = static_cast<ExprStmt*>(s)->expr;
  }
  if (!call) return false;
  if (call->kind == NodeKind::IndexExpr) {
    auto* ix = static_cast<IndexExpr*>(call);
    if (ix->brace || ix->base->kind != NodeKind::IdentExpr) return false;
    for (Expr* p : ix->args) {
      if (p->kind != NodeKind::IdentExpr) return false;
      f->params.push_back({static_cast<IdentExpr*>(p)->name, p->range});
    }
    call = ix->base;
  }
  if (call->kind != NodeKind::IdentExpr) return false;
  f->name = std::string(static_cast<IdentExpr*>(call)->name);
  f->nameRange = call->range;
  f->range = s->range;
  f->signatureOnly = true;
  return true;
}

ClassDef* Parser::parseClassdef() {
  Token kw = tok_;
  ClassDef* c = ctx_.makeClassDef();
  c->range = kw.range;
  advance();
  c->attributes = parseAttributes();
  if (at(Tok::Ident)) {
    uint32_t begin = tok_.range.begin;
    c->name = parseDottedName();
    c->nameRange = from(begin);
  } else {
    error(tok_.range, DiagId::ExpectedAfter, {"a class name", "'classdef'"});
  }
  if (accept(Tok::Less)) {
    do {
      if (!at(Tok::Ident)) {
        error(tok_.range, DiagId::ExpectedAfter, {"a superclass name", "'<'"});
        break;
      }
      c->superclasses.push_back(parseDottedName());
    } while (accept(Tok::Amp));
  }
  endStatement();

  bool saved = noCommands_;
  noCommands_ = true;
  for (;;) {
    skipSeparators();
    if (at(Tok::Kw_end) || at(Tok::Kw_endclassdef)) {
      advance();
      break;
    }
    if (at(Tok::Eof) || diags_.stopped()) {
      error(kw.range, DiagId::MissingEnd, {"classdef"});
      break;
    }
    relexCommandName();
    std::string_view word = at(Tok::Ident) ? text(tok_) : std::string_view{};
    Token blockKw = tok_;
    auto closeMember = [&](Tok specific) {
      if (at(Tok::Kw_end) || at(specific)) {
        advance();
        return true;
      }
      return false;
    };
    auto memberDone = [&](Tok specific) {
      skipSeparators();
      if (closeMember(specific)) return true;
      if (at(Tok::Eof) || diags_.stopped() || (isBlockBoundary(tok_.kind) && !at(Tok::Kw_function))) {
        error(blockKw.range, DiagId::MissingEnd, {text(blockKw)});
        if (isEndKeyword(tok_.kind) && !at(Tok::Kw_end)) advance();
        return true;
      }
      return false;
    };
    if (word == "properties") {
      advance();
      ClassDef::PropertiesBlock b;
      b.attributes = parseAttributes();
      while (!memberDone(Tok::Kw_endproperties)) {
        Declaration d = parseDeclaration(false);
        if (d.name) b.props.push_back(d);
      }
      b.range = from(blockKw.range.begin);
      c->properties.push_back(std::move(b));
    } else if (word == "methods") {
      advance();
      ClassDef::MethodsBlock b;
      b.attributes = parseAttributes();
      while (!memberDone(Tok::Kw_endmethods)) {
        if (at(Tok::Kw_function)) {
          noCommands_ = saved;
          b.methods.push_back(parseFunction(nullptr));
          noCommands_ = true;
          continue;
        }
        relexCommandName();
        Token lineStart = tok_;
        Stmt* s = parseSimple();
        Function* f = ctx_.makeFunction();
        if (signatureFrom(s, f)) {
          b.methods.push_back(f);
        } else {
          error(lineStart.range, DiagId::ExpectedToken, {"'function' or a method signature in a methods block"});
        }
      }
      b.range = from(blockKw.range.begin);
      c->methods.push_back(std::move(b));
    } else if (word == "events") {
      advance();
      ClassDef::EventsBlock b;
      b.attributes = parseAttributes();
      while (!memberDone(Tok::Kw_endevents)) {
        relexCommandName();
        if (at(Tok::Ident)) {
          b.events.push_back({text(tok_), tok_.range});
          advance();
          endStatement();
        } else {
          error(tok_.range, DiagId::ExpectedToken, {"an event name, found " + describe(tok_)});
          recover();
        }
      }
      b.range = from(blockKw.range.begin);
      c->events.push_back(std::move(b));
    } else if (word == "enumeration") {
      advance();
      while (!memberDone(Tok::Kw_endenumeration)) {
        relexCommandName();
        if (!at(Tok::Ident)) {
          error(tok_.range, DiagId::ExpectedToken, {"an enumeration member, found " + describe(tok_)});
          recover();
          continue;
        }
        ClassDef::EnumMember m{text(tok_), {}, tok_.range};
        advance();
        if (at(Tok::LParen)) {
          advance();
          m.args = parseArgList(Tok::RParen, false);
        }
        m.range = from(m.range.begin);
        c->enumeration.push_back(std::move(m));
        if (!accept(Tok::Comma)) endStatement();
      }
    } else {
      error(tok_.range, DiagId::BadClassdefMember);
      if (isBlockBoundary(tok_.kind) && !at(Tok::Kw_function)) advance();
      else if (at(Tok::Kw_function)) parseFunction(nullptr);
      else recover();
    }
  }
  noCommands_ = saved;
  c->range = from(kw.range.begin);
  return c;
}

void Parser::parseFunctionsAtTop(File* file, bool statementsAllowed) {
  for (;;) {
    skipSeparators();
    if (at(Tok::Eof) || diags_.stopped()) return;
    if (at(Tok::Kw_function)) {
      file->functions.push_back(parseFunction(nullptr));
      continue;
    }
    if (isBlockBoundary(tok_.kind)) {
      error(tok_.range, isEndKeyword(tok_.kind) ? DiagId::UnexpectedEnd : DiagId::UnexpectedToken,
            {isEndKeyword(tok_.kind) ? std::string(text(tok_)) : describe(tok_)});
      advance();
      continue;
    }
    if (statementsAllowed) {
      // Octave scripts may mix function definitions and commands.
      Block b = parseBlock();
      file->script.insert(file->script.end(), b.begin(), b.end());
      continue;
    }
    error(tok_.range, file->kind == FileKind::Classdef ? DiagId::StatementAfterClassdef
                                                      : DiagId::StatementAfterFunctions);
    uint64_t before = consumed_;
    parseStatement();
    if (consumed_ == before) advance();
  }
}

void Parser::collectFunctions(Function* f, std::vector<Function*>& out) {
  out.push_back(f);
  for (Function* n : f->nested) collectFunctions(n, out);
}

File* Parser::run() {
  File* file = ctx_.makeFile();
  file->source = &src_;
  scopes_.emplace_back();
  skipSeparators();
  if (at(Tok::Kw_function)) {
    file->kind = FileKind::Function;
    parseFunctionsAtTop(file, false);
  } else if (at(Tok::Kw_classdef)) {
    file->kind = FileKind::Classdef;
    file->classdef = parseClassdef();
    parseFunctionsAtTop(file, false);
  } else {
    file->kind = FileKind::Script;
    parseFunctionsAtTop(file, true);
  }

  file->functions.insert(file->functions.end(), blockFunctions_.begin(), blockFunctions_.end());

  // Either every function of a file ends with `end`, or none does.
  if (mode_ == FunctionEnds::Flat) {
    std::vector<Function*> all;
    for (Function* f : file->functions) collectFunctions(f, all);
    if (file->classdef)
      for (auto& b : file->classdef->methods)
        for (Function* m : b.methods)
          if (!m->signatureOnly) all.push_back(m);
    bool anyEnd = false;
    for (Function* f : all) anyEnd |= f->hasEnd;
    if (anyEnd) {
      for (Function* f : all) {
        if (!f->hasEnd) {
          error(f->nameRange.empty() ? f->range : f->nameRange, DiagId::MixedFunctionEnds, {f->name});
          break;
        }
      }
    }
  }
  return file;
}

}  // namespace

File* parseFile(const SourceFile& source, ASTContext& ctx, DiagnosticEngine& diags) {
  DiagnosticEngine nestedDiags(nullptr);
  Parser nested(source, ctx, nestedDiags, FunctionEnds::Nested);
  File* file = nested.run();
  if (!nested.functionRanIntoEof()) {
    diags.replay(nestedDiags.held());
    return file;
  }
  DiagnosticEngine flatDiags(nullptr);
  Parser flat(source, ctx, flatDiags, FunctionEnds::Flat);
  file = flat.run();
  diags.replay(flatDiags.held());
  return file;
}

}  // namespace mcc

// The MATLAB/Octave parser: expressions and statements. See Parser.h.
#include "Parser.h"

#include <cassert>
#include <cerrno>
#include <cstdlib>

#include "ParserImpl.h"

namespace mcc::parser_detail {

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
  Nest nest(*this);
  if (!nest.ok) return target;
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
    if (next == Tok::Comma || next == Tok::RBracket || next == Tok::RBrace) {
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
  return parseSigned(&Parser::parseUnary, &Parser::parsePower);
}

// A sign (- + ~) applied to what `self` parses after it; without a sign, what
// `next` parses.
Expr* Parser::parseSigned(Expr* (Parser::*self)(), Expr* (Parser::*next)()) {
  if (!at(Tok::Minus) && !at(Tok::Plus) && !at(Tok::Not)) return (this->*next)();
  Nest nest(*this);
  if (!nest.ok) return ctx_.make<ErrorExpr>(tok_.range);
  UnaryOp op = at(Tok::Minus) ? UnaryOp::UMinus : at(Tok::Plus) ? UnaryOp::UPlus : UnaryOp::Not;
  uint32_t begin = tok_.range.begin;
  advance();
  Expr* operand = (this->*self)();
  return bound(ctx_.make<UnaryExpr>(SourceRange{begin, operand->range.end}, op, operand), {operand});
}

// Transposes and powers share one level, left to right: a.^b' is (a.^b)'
// and a'^2 is (a')^2. Octave indexes a transpose too: x.'(:).
Expr* Parser::parsePower() {
  Expr* base = parsePostfix();
  for (;;) {
    if (at(Tok::Transpose) || at(Tok::DotTranspose)) {
      PostfixOp op = at(Tok::Transpose) ? PostfixOp::CTranspose : PostfixOp::Transpose;
      advance();
      base = parseSelectors(bound(ctx_.make<PostfixExpr>(from(base->range.begin), op, base), {base}));
    } else if (at(Tok::Caret) || at(Tok::DotCaret)) {
      BinaryOp op = binaryOpOf(tok_.kind);
      advance();
      Expr* exponent = parsePowerOperand();
      base = bound(ctx_.make<BinaryExpr>(SourceRange::cover(base->range, exponent->range), op, base, exponent),
                   {base, exponent});
    } else {
      return base;
    }
  }
}

// The right operand of ^ may carry its own signs: 2^-1, a.^~b.
Expr* Parser::parsePowerOperand() { return parseSigned(&Parser::parsePowerOperand, &Parser::parsePostfix); }

Expr* Parser::parsePostfix() { return parseSelectors(parsePrimary()); }

Expr* Parser::parseSelectors(Expr* e) {
  for (;;) {
    if (at(Tok::LParen) || at(Tok::LBrace)) {
      // Inside brackets, `[f (1)]` is two elements.
      if (inMatrix() && tok_.spaceBefore) return e;
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
    } else if (at(Tok::At) && !tok_.spaceBefore && isTarget(e) && peekTok().kind == Tok::Ident &&
               !peekTok().spaceBefore) {
      // obj@Base(args) / method@Base(obj): a call to a superclass's constructor or method.
      advance();
      std::string cls = parseDottedName();
      e = bound(ctx_.make<SuperRefExpr>(from(e->range.begin), e, std::move(cls)), {e});
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
      if (at(Tok::Colon) && !canStartOperand(next)) {
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
    case Tok::LBrace:
      return parseMatrix();
    case Tok::At:
      return parseHandle();
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
      {
        // Consumed even at statement level: `x = end;` is one mistake.
        error(tok_.range, DiagId::EndOutsideIndex);
        auto* e = ctx_.make<ErrorExpr>(tok_.range);
        advance();
        return e;
      }
    case Tok::Colon: {
      error(tok_.range, DiagId::ColonOutsideIndex);
      auto* e = ctx_.make<ErrorExpr>(tok_.range);
      advance();
      return e;
    }
    default: {
      if (!at(Tok::Invalid)) error(tok_.range, DiagId::ExpectedExpression, {describe(tok_)});
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
  assert(endp == s.c_str() + s.size() && "the lexer only forms valid numbers");
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
      // A keyword means the closer is missing, except `end` inside the
      // brackets, which is a value (an error too outside an index).
      if (isKeyword(tok_.kind) && !(at(Tok::Kw_end) && tok_.depth > 0 && !tok_.lineStart)) break;
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
                       tok_.spaceBefore || at(Tok::Eof) || at(Tok::RParen) || at(Tok::RBracket) ||
                       at(Tok::RBrace);
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
  if (at(Tok::RParen) || at(Tok::RBracket) || at(Tok::RBrace)) {
    const char* opener = at(Tok::RParen) ? "(" : at(Tok::RBracket) ? "[" : "{";
    error(tok_.range, DiagId::UnmatchedCloser, {text(tok_), opener});
    recover();
    return true;
  }
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
    if (isEndKeyword(tok_.kind)) {  // `do ... end`
      error(tok_.range, DiagId::WrongEnd, {text(tok_), "do"});
      advance();
    } else {
      error(kw.range, DiagId::MissingUntil);
    }
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

}  // namespace mcc::parser_detail

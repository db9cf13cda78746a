// The MATLAB/Octave parser: functions, arguments blocks, classdef and whole
// files, and the two readings of function ends. See Parser.h.
#include "Parser.h"

#include <algorithm>

#include "ParserImpl.h"

namespace mcc::parser_detail {

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
    std::string_view field = text(tok_);
    advance();
    d.name = ctx_.make<FieldExpr>(from(begin), d.name, field);
  }
  if (dottedName && at(Tok::Dot) && peekTok().kind == Tok::Question) {
    // opts.?ClassName: name-value arguments named after a class's properties.
    advance();
    advance();
    if (!at(Tok::Ident)) {
      error(tok_.range, DiagId::ExpectedAfter, {"a class name", "'?'"});
      recover();
      return d;
    }
    d.propertiesOf = parseDottedName();
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
  // Without an `end`, a function ends at its last statement, not at the
  // blank lines and comments before the next one.
  f->range = {kw.range.begin, std::max(kw.range.end, lastStatementEnd_)};
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
    // Called before each member of a block: true when the block is over.
    uint64_t consumedBefore = ~uint64_t{0};
    auto memberDone = [&](Tok specific) {
      skipSeparators();
      if (consumed_ == consumedBefore) advance();  // a member that took nothing: never spin
      consumedBefore = consumed_;
      if (closeMember(specific)) return true;
      // Only a methods block holds functions; elsewhere `function` means a missing `end`.
      bool functionEnds = specific != Tok::Kw_endmethods;
      if (at(Tok::Eof) || diags_.stopped() ||
          (isBlockBoundary(tok_.kind) && (functionEnds || !at(Tok::Kw_function)))) {
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
    if (!at(Tok::Kw_classdef)) {  // parseStatement reports a misplaced classdef itself
      error(tok_.range, file->kind == FileKind::Classdef ? DiagId::StatementAfterClassdef
                                                        : DiagId::StatementAfterFunctions);
    }
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

}  // namespace mcc::parser_detail

namespace mcc {

using parser_detail::FunctionEnds;
using parser_detail::Parser;

File* parseFile(const SourceFile& source, ASTContext& ctx, DiagnosticEngine& diags) {
  DiagnosticEngine nestedDiags(nullptr);
  nestedDiags.setErrorLimit(diags.errorLimit());
  Parser nested(source, ctx, nestedDiags, FunctionEnds::Nested);
  File* file = nested.run();
  if (!nested.functionRanIntoEof()) {
    diags.replay(nestedDiags.held());
    return file;
  }
  DiagnosticEngine flatDiags(nullptr);
  flatDiags.setErrorLimit(diags.errorLimit());
  Parser flat(source, ctx, flatDiags, FunctionEnds::Flat);
  file = flat.run();
  diags.replay(flatDiags.held());
  return file;
}

}  // namespace mcc

// --emit=tokens and --emit=ast.
#include "ASTPrinter.h"

#include <cmath>
#include <cstdio>
#include <ostream>

#include "Lexer.h"

namespace mcc {

std::string quoteLiteral(std::string_view s, char quote) {
  std::string out(1, quote);
  for (unsigned char c : s) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == static_cast<unsigned char>(quote)) {
      out += static_cast<char>(quote);
      out += static_cast<char>(quote);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

const char* nodeKindName(NodeKind kind) {
  switch (kind) {
#define EXPR(Name) case NodeKind::Name##Expr: return #Name;
#define STMT(Name) case NodeKind::Name##Stmt: return #Name;
#include "ASTNodes.def"
  }
  return "?";
}

const char* opName(BinaryOp op) {
  switch (op) {
#define BINARY(Enum, Name, Spelling) case BinaryOp::Enum: return Name;
#include "Operators.def"
  }
  return "?";
}
const char* opSpelling(BinaryOp op) {
  switch (op) {
#define BINARY(Enum, Name, Spelling) case BinaryOp::Enum: return Spelling;
#include "Operators.def"
  }
  return "?";
}
const char* opName(UnaryOp op) {
  switch (op) {
#define UNARY(Enum, Name, Spelling) case UnaryOp::Enum: return Name;
#include "Operators.def"
  }
  return "?";
}
const char* opName(PostfixOp op) {
  switch (op) {
#define POSTFIX(Enum, Name, Spelling) case PostfixOp::Enum: return Name;
#include "Operators.def"
  }
  return "?";
}

namespace {

class Printer {
 public:
  Printer(const SourceFile& src, std::ostream& os) : src_(src), os_(os) {}

  void file(const File& f) {
    static const char* const kinds[] = {"script", "function", "classdef"};
    os_ << "File " << kinds[static_cast<int>(f.kind)] << ' ' << src_.name() << '\n';
    ++indent_;
    if (f.classdef) classdef(*f.classdef);
    if (!f.script.empty() || f.kind == FileKind::Script) block("script", f.script);
    for (const Function* fn : f.functions) function(*fn);
    --indent_;
  }

 private:
  void line(std::string_view label, const std::string& text, SourceRange r) {
    pad();
    if (!label.empty()) os_ << label << ": ";
    os_ << text << ' ' << range(r) << '\n';
  }
  void pad() {
    for (int i = 0; i < indent_; ++i) os_ << "  ";
  }
  std::string range(SourceRange r) const {
    LineCol a = src_.lineCol(r.begin);
    LineCol b = src_.lineCol(r.end);
    return "<" + std::to_string(a.line) + ":" + std::to_string(a.col) + "-" + std::to_string(b.line) +
           ":" + std::to_string(b.col) + ">";
  }
  void label(std::string_view text) {
    pad();
    os_ << text << ":\n";
  }

  void block(std::string_view name, const Block& b) {
    label(name);
    ++indent_;
    for (const Stmt* s : b) stmt(*s);
    --indent_;
  }

  void params(std::string& out, const std::vector<Param>& ps) {
    out += '(';
    for (size_t i = 0; i < ps.size(); ++i) {
      if (i) out += ", ";
      out += ps[i].tilde() ? std::string("~") : std::string(ps[i].name);
      if (ps[i].defaultValue) out += "=...";
    }
    out += ')';
  }
  void paramDefaults(const std::vector<Param>& ps) {
    for (const Param& p : ps)
      if (p.defaultValue) child(std::string("default ") + std::string(p.name), p.defaultValue);
  }

  void attributes(const std::vector<Attribute>& attrs) {
    for (const Attribute& a : attrs) {
      std::string t = "Attribute ";
      if (a.negated) t += '~';
      t += a.name;
      line("", t, a.range);
      if (a.value) {
        ++indent_;
        expr("value", *a.value);
        --indent_;
      }
    }
  }

  void declaration(std::string_view kind, const Declaration& d) {
    std::string t(kind);
    if (!d.className.empty()) t += " class=" + d.className;
    if (!d.propertiesOf.empty()) t += " propertiesOf=" + d.propertiesOf;
    line("", t, d.range);
    ++indent_;
    if (d.name) expr("name", *d.name);
    if (d.hasDims) {
      label("dims");
      ++indent_;
      for (const Expr* e : d.dims) expr("", *e);
      --indent_;
    }
    for (const Expr* v : d.validators) expr("validator", *v);
    if (d.defaultValue) expr("default", *d.defaultValue);
    --indent_;
  }

  void function(const Function& f) {
    std::string t = f.signatureOnly ? "Signature " : "Function ";
    t += f.name.empty() ? "<missing name>" : f.name;
    t += " outputs=";
    params(t, f.outputs);
    t += " params=";
    params(t, f.params);
    if (f.hasEnd) t += " end";
    line("", t, f.range);
    if (f.signatureOnly) return;
    paramDefaults(f.params);
    ++indent_;
    for (const ArgumentsBlock& a : f.arguments) {
      line("", "Arguments", a.range);
      ++indent_;
      attributes(a.attributes);
      for (const Declaration& d : a.decls) declaration("Argument", d);
      --indent_;
    }
    block("body", f.body);
    for (const Function* n : f.nested) {
      label("nested");
      ++indent_;
      function(*n);
      --indent_;
    }
    --indent_;
  }

  void classdef(const ClassDef& c) {
    std::string t = "ClassDef " + c.name;
    for (size_t i = 0; i < c.superclasses.size(); ++i) t += (i ? " & " : " < ") + c.superclasses[i];
    line("", t, c.range);
    ++indent_;
    attributes(c.attributes);
    for (const auto& b : c.properties) {
      line("", "Properties", b.range);
      ++indent_;
      attributes(b.attributes);
      for (const Declaration& d : b.props) declaration("Property", d);
      --indent_;
    }
    for (const auto& b : c.methods) {
      line("", "Methods", b.range);
      ++indent_;
      attributes(b.attributes);
      for (const Function* f : b.methods) function(*f);
      --indent_;
    }
    for (const auto& b : c.events) {
      line("", "Events", b.range);
      ++indent_;
      attributes(b.attributes);
      for (const Param& e : b.events) line("", "Event " + std::string(e.name), e.range);
      --indent_;
    }
    for (const auto& m : c.enumeration) {
      line("", "EnumMember " + std::string(m.name), m.range);
      ++indent_;
      for (const Expr* a : m.args) expr("arg", *a);
      --indent_;
    }
    --indent_;
  }

  static std::string displayFlag(bool display) { return display ? " display" : ""; }

  void stmt(const Stmt& s) {
    std::string head = nodeKindName(s.kind);
    switch (s.kind) {
      case NodeKind::ExprStmt: {
        auto& e = static_cast<const ExprStmt&>(s);
        line("", head + displayFlag(e.display), s.range);
        ++indent_;
        expr("", *e.expr);
        --indent_;
        return;
      }
      case NodeKind::AssignStmt: {
        auto& a = static_cast<const AssignStmt&>(s);
        line("", head + (a.bracketed ? " multi" : "") + displayFlag(a.display), s.range);
        ++indent_;
        for (const Expr* t : a.targets) expr("lhs", *t);
        expr("rhs", *a.value);
        --indent_;
        return;
      }
      case NodeKind::OpAssignStmt: {
        auto& a = static_cast<const OpAssignStmt&>(s);
        line("", head + " " + opName(a.op) + displayFlag(a.display), s.range);
        ++indent_;
        expr("lhs", *a.target);
        expr("rhs", *a.value);
        --indent_;
        return;
      }
      case NodeKind::CommandStmt: {
        auto& c = static_cast<const CommandStmt&>(s);
        std::string t = head + " " + std::string(c.name);
        for (const std::string& w : c.words) t += " " + quoteLiteral(w, '\'');
        line("", t + displayFlag(c.display), s.range);
        return;
      }
      case NodeKind::IfStmt: {
        auto& i = static_cast<const IfStmt&>(s);
        line("", head, s.range);
        ++indent_;
        for (size_t k = 0; k < i.clauses.size(); ++k) {
          expr(k == 0 ? "cond" : "elseif", *i.clauses[k].cond);
          block("then", i.clauses[k].body);
        }
        if (i.hasElse) block("else", i.elseBody);
        --indent_;
        return;
      }
      case NodeKind::SwitchStmt: {
        auto& w = static_cast<const SwitchStmt&>(s);
        line("", head, s.range);
        ++indent_;
        expr("subject", *w.subject);
        for (const auto& c : w.cases) {
          expr("case", *c.value);
          block("then", c.body);
        }
        if (w.hasOtherwise) block("otherwise", w.otherwise);
        --indent_;
        return;
      }
      case NodeKind::ForStmt: {
        auto& f = static_cast<const ForStmt&>(s);
        line("", f.parfor ? "Parfor" : "For", s.range);
        ++indent_;
        expr("var", *f.var);
        expr("iter", *f.iter);
        if (f.parforArg) expr("workers", *f.parforArg);
        block("body", f.body);
        --indent_;
        return;
      }
      case NodeKind::WhileStmt: {
        auto& w = static_cast<const WhileStmt&>(s);
        line("", head, s.range);
        ++indent_;
        expr("cond", *w.cond);
        block("body", w.body);
        --indent_;
        return;
      }
      case NodeKind::DoUntilStmt: {
        auto& d = static_cast<const DoUntilStmt&>(s);
        line("", head, s.range);
        ++indent_;
        block("body", d.body);
        expr("until", *d.cond);
        --indent_;
        return;
      }
      case NodeKind::TryStmt: {
        auto& t = static_cast<const TryStmt&>(s);
        line("", head, s.range);
        ++indent_;
        block("body", t.body);
        if (t.hasCatch) {
          block(t.ident.empty() ? std::string("catch") : "catch " + std::string(t.ident), t.catchBody);
        }
        --indent_;
        return;
      }
      case NodeKind::UnwindProtectStmt: {
        auto& u = static_cast<const UnwindProtectStmt&>(s);
        line("", head, s.range);
        ++indent_;
        block("body", u.body);
        block("cleanup", u.cleanup);
        --indent_;
        return;
      }
      case NodeKind::SpmdStmt: {
        auto& p = static_cast<const SpmdStmt&>(s);
        line("", head, s.range);
        ++indent_;
        for (const Expr* a : p.args) expr("arg", *a);
        block("body", p.body);
        --indent_;
        return;
      }
      case NodeKind::GlobalStmt:
      case NodeKind::PersistentStmt: {
        auto& d = static_cast<const DeclStmt&>(s);
        std::string t = head;
        for (const auto& n : d.names) t += " " + std::string(n.name);
        line("", t, s.range);
        ++indent_;
        for (const auto& n : d.names)
          if (n.init) expr(std::string("init ") + std::string(n.name), *n.init);
        --indent_;
        return;
      }
      default:
        line("", head, s.range);
        return;
    }
  }

  static std::string number(const NumberExpr& n) {
    std::string t = "Number " + std::string(n.text);
    if (!n.intClass.empty()) {
      // From the literal's bits: a double would lose digits past 2^53.
      bool isSigned = n.intClass[0] == 'i';
      unsigned width = n.intClass == "int8" || n.intClass == "uint8" ? 8
                       : n.intClass == "int16" || n.intClass == "uint16" ? 16
                       : n.intClass == "int32" || n.intClass == "uint32" ? 32 : 64;
      std::string v;
      if (isSigned && width < 64 && ((n.bits >> (width - 1)) & 1)) {
        v = std::to_string(static_cast<int64_t>(n.bits) - (int64_t{1} << width));
      } else if (isSigned) {
        v = std::to_string(static_cast<int64_t>(n.bits));
      } else {
        v = std::to_string(n.bits);
      }
      t += " " + std::string(n.intClass) + "=" + v;
    } else {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.17g", n.value);
      t += std::string(" value=") + buf;
      if (n.imaginary) t += "i";
    }
    return t;
  }

  void expr(std::string_view lab, const Expr& e) {
    std::string head = nodeKindName(e.kind);
    switch (e.kind) {
      case NodeKind::NumberExpr:
        line(lab, number(static_cast<const NumberExpr&>(e)), e.range);
        return;
      case NodeKind::CharLitExpr:
        line(lab, "Char " + quoteLiteral(static_cast<const CharLitExpr&>(e).value, '\''), e.range);
        return;
      case NodeKind::StringLitExpr:
        line(lab, "String " + quoteLiteral(static_cast<const StringLitExpr&>(e).value, '"'), e.range);
        return;
      case NodeKind::IdentExpr:
        line(lab, "Ident " + std::string(static_cast<const IdentExpr&>(e).name), e.range);
        return;
      case NodeKind::UnaryExpr: {
        auto& u = static_cast<const UnaryExpr&>(e);
        line(lab, head + " " + opName(u.op), e.range);
        child("", u.operand);
        return;
      }
      case NodeKind::PostfixExpr: {
        auto& p = static_cast<const PostfixExpr&>(e);
        line(lab, head + " " + opName(p.op), e.range);
        child("", p.operand);
        return;
      }
      case NodeKind::BinaryExpr: {
        auto& b = static_cast<const BinaryExpr&>(e);
        line(lab, head + " " + opName(b.op), e.range);
        child("", b.lhs);
        child("", b.rhs);
        return;
      }
      case NodeKind::RangeExpr: {
        auto& r = static_cast<const RangeExpr&>(e);
        line(lab, head, e.range);
        child("first", r.first);
        child("step", r.step);
        child("last", r.last);
        return;
      }
      case NodeKind::ParenExpr:
        line(lab, head, e.range);
        child("", static_cast<const ParenExpr&>(e).inner);
        return;
      case NodeKind::IndexExpr: {
        auto& ix = static_cast<const IndexExpr&>(e);
        line(lab, head + (ix.brace ? " {}" : " ()"), e.range);
        child("base", ix.base);
        for (const Expr* a : ix.args) child("arg", a);
        return;
      }
      case NodeKind::FieldExpr: {
        auto& f = static_cast<const FieldExpr&>(e);
        line(lab, head + " " + std::string(f.name), e.range);
        child("base", f.base);
        return;
      }
      case NodeKind::DynFieldExpr: {
        auto& f = static_cast<const DynFieldExpr&>(e);
        line(lab, head, e.range);
        child("base", f.base);
        child("name", f.name);
        return;
      }
      case NodeKind::MatrixExpr:
      case NodeKind::CellExpr: {
        auto& m = static_cast<const MatrixExpr&>(e);
        line(lab, head + " rows=" + std::to_string(m.rows.size()), e.range);
        ++indent_;
        for (const auto& row : m.rows) {
          pad();
          os_ << "row:\n";
          ++indent_;
          for (const Expr* x : row) expr("", *x);
          --indent_;
        }
        --indent_;
        return;
      }
      case NodeKind::FuncHandleExpr:
        line(lab, head + " @" + static_cast<const FuncHandleExpr&>(e).name, e.range);
        return;
      case NodeKind::AnonFuncExpr: {
        auto& f = static_cast<const AnonFuncExpr&>(e);
        std::string t = head + " @";
        params(t, f.params);
        line(lab, t, e.range);
        child("body", f.body);
        return;
      }
      case NodeKind::SuperRefExpr: {
        auto& s = static_cast<const SuperRefExpr&>(e);
        line(lab, head + " @" + s.className, e.range);
        child("method", s.method);
        return;
      }
      case NodeKind::MetaClassExpr:
        line(lab, head + " ?" + static_cast<const MetaClassExpr&>(e).name, e.range);
        return;
      case NodeKind::AssignExpr: {
        auto& a = static_cast<const AssignExpr&>(e);
        line(lab, head + (a.compound ? std::string(" ") + opName(a.op) : std::string()), e.range);
        child("lhs", a.target);
        child("rhs", a.value);
        return;
      }
      case NodeKind::IncrementExpr: {
        auto& i = static_cast<const IncrementExpr&>(e);
        line(lab, head + (i.prefix ? " prefix" : " postfix") + (i.decrement ? " --" : " ++"), e.range);
        child("", i.target);
        return;
      }
      case NodeKind::NamedArgExpr: {
        auto& n = static_cast<const NamedArgExpr&>(e);
        line(lab, head + " " + std::string(n.name), e.range);
        child("value", n.value);
        return;
      }
      default:
        line(lab, head, e.range);
        return;
    }
  }

  void child(std::string_view lab, const Expr* e) {
    if (!e) return;
    ++indent_;
    expr(lab, *e);
    --indent_;
  }

  const SourceFile& src_;
  std::ostream& os_;
  int indent_ = 0;
};

}  // namespace

void printTokens(const SourceFile& file, DiagnosticEngine& diags, std::ostream& os) {
  Lexer lexer(file, diags);
  for (;;) {
    Token t = lexer.next();
    LineCol lc = file.lineCol(t.range.begin);
    os << lc.line << ':' << lc.col << ' ' << tokName(t.kind);
    if (t.kind != Tok::Newline && t.kind != Tok::Eof) os << ' ' << quoteLiteral(t.text(file.text()), '\'');
    if (t.spaceBefore) os << " space";
    if (t.softNewline) os << " soft";
    os << '\n';
    if (t.kind == Tok::Eof) break;
  }
}

void printAST(const File& file, std::ostream& os) { Printer(*file.source, os).file(file); }

}  // namespace mcc

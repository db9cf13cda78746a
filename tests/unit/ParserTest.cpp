// Parser unit tests: precedence and structure, checked on a compact
// fully-parenthesised rendering of expressions.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "frontend/ASTPrinter.h"
#include "frontend/Parser.h"

using namespace mcc;

namespace {

std::string render(const Expr* e) {
  if (!e) return "null";
  switch (e->kind) {
    case NodeKind::NumberExpr: {
      auto* n = static_cast<const NumberExpr*>(e);
      return std::string(n->text);
    }
    case NodeKind::IdentExpr: return std::string(static_cast<const IdentExpr*>(e)->name);
    case NodeKind::CharLitExpr: return "'" + static_cast<const CharLitExpr*>(e)->value + "'";
    case NodeKind::StringLitExpr: return "\"" + static_cast<const StringLitExpr*>(e)->value + "\"";
    case NodeKind::ColonExpr: return ":";
    case NodeKind::EndExpr: return "end";
    case NodeKind::TildeExpr: return "~";
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(e);
      return std::string("(") + opName(u->op) + " " + render(u->operand) + ")";
    }
    case NodeKind::PostfixExpr: {
      auto* p = static_cast<const PostfixExpr*>(e);
      return std::string("(") + opName(p->op) + " " + render(p->operand) + ")";
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(e);
      return std::string("(") + opSpelling(b->op) + " " + render(b->lhs) + " " + render(b->rhs) + ")";
    }
    case NodeKind::RangeExpr: {
      auto* r = static_cast<const RangeExpr*>(e);
      return "(: " + render(r->first) + (r->step ? " " + render(r->step) : "") + " " + render(r->last) + ")";
    }
    case NodeKind::ParenExpr: return render(static_cast<const ParenExpr*>(e)->inner);
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(e);
      std::string s = render(ix->base) + (ix->brace ? "{" : "(");
      for (size_t i = 0; i < ix->args.size(); ++i) s += (i ? "," : "") + render(ix->args[i]);
      return s + (ix->brace ? "}" : ")");
    }
    case NodeKind::FieldExpr: {
      auto* f = static_cast<const FieldExpr*>(e);
      return render(f->base) + "." + std::string(f->name);
    }
    case NodeKind::DynFieldExpr: {
      auto* f = static_cast<const DynFieldExpr*>(e);
      return render(f->base) + ".(" + render(f->name) + ")";
    }
    case NodeKind::MatrixExpr:
    case NodeKind::CellExpr: {
      auto* m = static_cast<const MatrixExpr*>(e);
      bool cell = e->kind == NodeKind::CellExpr;
      std::string s = cell ? "{" : "[";
      for (size_t r = 0; r < m->rows.size(); ++r) {
        if (r) s += ";";
        for (size_t c = 0; c < m->rows[r].size(); ++c) s += (c ? "," : "") + render(m->rows[r][c]);
      }
      return s + (cell ? "}" : "]");
    }
    case NodeKind::FuncHandleExpr: return "@" + static_cast<const FuncHandleExpr*>(e)->name;
    case NodeKind::AnonFuncExpr: {
      auto* f = static_cast<const AnonFuncExpr*>(e);
      std::string s = "@(";
      for (size_t i = 0; i < f->params.size(); ++i)
        s += (i ? "," : "") + (f->params[i].tilde() ? std::string("~") : std::string(f->params[i].name));
      return s + ") " + render(f->body);
    }
    default: return nodeKindName(e->kind);
  }
}

struct Parsed {
  ASTContext ctx;
  std::unique_ptr<SourceFile> src;
  File* file = nullptr;
  std::string diags;
};

std::unique_ptr<Parsed> parse(const std::string& code) {
  auto p = std::make_unique<Parsed>();
  p->src = std::make_unique<SourceFile>("t.m", code);
  std::ostringstream out;
  DiagnosticEngine diags(&out);
  p->file = parseFile(*p->src, p->ctx, diags);
  p->diags = out.str();
  return p;
}

// The expression of `x = <code>;`.
std::string expr(const std::string& code) {
  auto p = parse("x = " + code + ";");
  EXPECT_TRUE(p->diags.empty()) << code << "\n" << p->diags;
  if (p->file->script.size() != 1 || p->file->script[0]->kind != NodeKind::AssignStmt) return "<not an assignment>";
  return render(static_cast<AssignStmt*>(p->file->script[0])->value);
}

}  // namespace

TEST(Parser, PowerBindsTighterThanUnaryMinus) {
  EXPECT_EQ(expr("-2^2"), "(uminus (^ 2 2))");
  EXPECT_EQ(expr("2^-1"), "(^ 2 (uminus 1))");
  EXPECT_EQ(expr("2^3^2"), "(^ (^ 2 3) 2)");
  EXPECT_EQ(expr("a.^b'"), "(ctranspose (.^ a b))");  // one level, left to right
  EXPECT_EQ(expr("a'^2"), "(^ (ctranspose a) 2)");
  EXPECT_EQ(expr("-a'"), "(uminus (ctranspose a))");
}

TEST(Parser, ArithmeticAndComparison) {
  EXPECT_EQ(expr("1 + 2 * 3"), "(+ 1 (* 2 3))");
  EXPECT_EQ(expr("1 - 2 - 3"), "(- (- 1 2) 3)");
  EXPECT_EQ(expr("a ./ b .* c"), "(.* (./ a b) c)");
  EXPECT_EQ(expr("a \\ b"), "(\\ a b)");
  EXPECT_EQ(expr("~a == b"), "(== (not a) b)");
  EXPECT_EQ(expr("-a * b"), "(* (uminus a) b)");
}

TEST(Parser, LogicalOperators) {
  EXPECT_EQ(expr("a || b && c"), "(|| a (&& b c))");
  EXPECT_EQ(expr("a | b & c"), "(| a (& b c))");
  EXPECT_EQ(expr("a & b || c | d"), "(|| (& a b) (| c d))");
  EXPECT_EQ(expr("a < b & c > d"), "(& (< a b) (> c d))");
}

TEST(Parser, Ranges) {
  EXPECT_EQ(expr("1:10"), "(: 1 10)");
  EXPECT_EQ(expr("1:2:10"), "(: 1 2 10)");
  EXPECT_EQ(expr("a+1:b-1"), "(: (+ a 1) (- b 1))");
  EXPECT_EQ(expr("1:n == 3"), "(== (: 1 n) 3)");
}

TEST(Parser, IndexingAndEnd) {
  EXPECT_EQ(expr("x(end)"), "x(end)");
  EXPECT_EQ(expr("x(:, 1)"), "x(:,1)");
  EXPECT_EQ(expr("c{end}(end)"), "c{end}(end)");
  EXPECT_EQ(expr("x(y(end-1))"), "x(y((- end 1)))");
  EXPECT_EQ(expr("s.a.b(2).c"), "s.a.b(2).c");
  EXPECT_EQ(expr("s.(name)"), "s.(name)");
  EXPECT_EQ(expr("x(end+1:end+2)"), "x((: (+ end 1) (+ end 2)))");
}

TEST(Parser, MatrixWhitespace) {
  EXPECT_EQ(expr("[1 -2]"), "[1,(uminus 2)]");
  EXPECT_EQ(expr("[1 - 2]"), "[(- 1 2)]");
  EXPECT_EQ(expr("[1 -2 + 3]"), "[1,(+ (uminus 2) 3)]");
  EXPECT_EQ(expr("[a' b']"), "[(ctranspose a),(ctranspose b)]");
  EXPECT_EQ(expr("[a 'b']"), "[a,'b']");
  EXPECT_EQ(expr("[f (1)]"), "[f,1]");
  EXPECT_EQ(expr("[f(1)]"), "[f(1)]");
  EXPECT_EQ(expr("[1 2; 3 4]"), "[1,2;3,4]");
  EXPECT_EQ(expr("[1 2\n 3 4]"), "[1,2;3,4]");
  EXPECT_EQ(expr("[1, 2 ...\n 3]"), "[1,2,3]");
  EXPECT_EQ(expr("[1 2 % comment\n 3]"), "[1,2;3]");
  EXPECT_EQ(expr("{1, 'a'; @sin, {}}"), "{1,'a';@sin,{}}");
  EXPECT_EQ(expr("[x(1 -2)]"), "[x((- 1 2))]");
  EXPECT_EQ(expr("[]"), "[]");
}

TEST(Parser, Handles) {
  EXPECT_EQ(expr("@(x) x.^2 + 1"), "@(x) (+ (.^ x 2) 1)");
  EXPECT_EQ(expr("@() disp(1)"), "@() disp(1)");
  EXPECT_EQ(expr("{@(x) x + 1, @(y) y}"), "{@(x) (+ x 1),@(y) y}");
  EXPECT_EQ(expr("@pkg.fn"), "@pkg.fn");
  EXPECT_EQ(expr("cellfun(@(c) c(end), a)"), "cellfun(@(c) c(end),a)");
}

TEST(Parser, MultipleAssignmentWithTilde) {
  auto p = parse("[~, i] = max(x);");
  ASSERT_TRUE(p->diags.empty()) << p->diags;
  auto* a = static_cast<AssignStmt*>(p->file->script.at(0));
  ASSERT_EQ(a->targets.size(), 2u);
  EXPECT_EQ(a->targets[0]->kind, NodeKind::TildeExpr);
  EXPECT_FALSE(a->display);
}

TEST(Parser, TildeOutsideTargetsIsAnError) {
  auto p = parse("y = [~, 1];");
  EXPECT_NE(p->diags.find("t.m:1:6: error: '~' placeholder"), std::string::npos) << p->diags;
}

TEST(Parser, DisplayFlag) {
  auto p = parse("a = 1\nb = 2;\nc = 3, d = 4;");
  ASSERT_EQ(p->file->script.size(), 4u);
  bool expected[] = {true, false, true, false};
  for (int i = 0; i < 4; ++i) EXPECT_EQ(static_cast<AssignStmt*>(p->file->script[i])->display, expected[i]) << i;
}

TEST(Parser, CommandSyntaxBecomesVariableExpression) {
  // `a -1` is a command until `a` is a variable.
  auto p = parse("a -1\na = 3;\na -1\n");
  ASSERT_TRUE(p->diags.empty()) << p->diags;
  ASSERT_EQ(p->file->script.size(), 3u);
  EXPECT_EQ(p->file->script[0]->kind, NodeKind::CommandStmt);
  ASSERT_EQ(p->file->script[2]->kind, NodeKind::ExprStmt);
  EXPECT_EQ(render(static_cast<ExprStmt*>(p->file->script[2])->expr), "(- a 1)");
}

TEST(Parser, FunctionsWithAndWithoutEnd) {
  auto p = parse("function a\nx = 1;\nfunction b\ny = 2;\n");
  ASSERT_TRUE(p->diags.empty()) << p->diags;
  ASSERT_EQ(p->file->functions.size(), 2u);
  EXPECT_FALSE(p->file->functions[0]->hasEnd);
  p = parse("function a\n  function b\n  end\nend\nfunction c\nend\n");
  ASSERT_TRUE(p->diags.empty()) << p->diags;
  ASSERT_EQ(p->file->functions.size(), 2u);
  ASSERT_EQ(p->file->functions[0]->nested.size(), 1u);
  EXPECT_EQ(p->file->functions[0]->nested[0]->name, "b");
}

TEST(Parser, MissingEndIsReportedAtTheBlock) {
  auto p = parse("x = 1;\nif x\n  y = 2;\n");
  EXPECT_NE(p->diags.find("t.m:2:1: error: 'if' is missing its 'end'"), std::string::npos) << p->diags;
}

TEST(Parser, RecoversAndReportsLaterErrors) {
  auto p = parse("x = (1 + ;\ny = 2;\nz = ]\n");
  EXPECT_NE(p->diags.find("t.m:1:"), std::string::npos) << p->diags;
  EXPECT_NE(p->diags.find("t.m:3:5:"), std::string::npos) << p->diags;
}

TEST(Parser, DeepNestingIsADiagnosticNotACrash) {
  std::string deep = "x = " + std::string(100000, '(') + "1" + std::string(100000, ')') + ";";
  auto p = parse(deep);
  EXPECT_NE(p->diags.find("nesting exceeds"), std::string::npos);
  std::string chain = "x = 1";
  for (int i = 0; i < 5000; ++i) chain += "+1";
  p = parse(chain + ";");
  EXPECT_NE(p->diags.find("too deeply nested"), std::string::npos);
}

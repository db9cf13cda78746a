// A function's arguments block as statements (see ArgumentChecks.h).
#include "ArgumentChecks.h"

#include <deque>
#include <map>

#include "ClassDefs.h"

namespace mcc::ir {
namespace {

class Checks {
 public:
  Checks(const File& file, ASTContext& nodes, DiagnosticEngine& diags) : file_(file), nodes_(nodes), diags_(diags) {}

  bool unsupported(SourceRange r, const std::string& what) {
    diags_.report(file_.source, r, DiagId::NotImplemented, {what});
    return false;
  }

  Expr* ident(SourceRange at, std::string_view name) { return nodes_.make<IdentExpr>(at, name); }
  Expr* text(SourceRange at, const std::string& t) {
    auto* e = nodes_.make<CharLitExpr>(at);
    e->value = t;
    return e;
  }
  Expr* number(SourceRange at, size_t k) {
    auto* e = nodes_.make<NumberExpr>(at);
    e->text = texts().emplace_back(std::to_string(k));
    e->value = static_cast<double>(k);
    return e;
  }

  // The statements for the input at position k (from 1) named `name`.
  void input(const Declaration& d, std::string_view name, size_t k, mcc::Block& out) {
    SourceRange at = d.range;
    if (d.defaultValue) {  // if nargin < k, name = DEFAULT; end
      auto* when = nodes_.make<IfStmt>(at);
      auto* assign = nodes_.make<AssignStmt>(at);
      assign->targets.push_back(ident(at, name));
      assign->value = d.defaultValue;
      when->clauses.push_back({nodes_.make<BinaryExpr>(at, BinaryOp::Lt, ident(at, "nargin"), number(at, k)), {assign}});
      out.push_back(when);
    }
    if (!d.hasDims && d.className.empty() && d.validators.empty()) return;
    auto* call = nodes_.make<IndexExpr>(at);
    call->base = ident(at, "property_check_");
    call->args = {ident(at, name), text(at, "Invalid argument at position " + std::to_string(k) + ". "),
                  text(at, d.className), text(at, declaredSize(d))};
    for (const Expr* v : d.validators) {
      auto* cell = nodes_.make<MatrixExpr>(NodeKind::CellExpr, v->range);
      const Expr* callee = v;
      if (v->kind == NodeKind::IndexExpr) {
        auto* ix = static_cast<const IndexExpr*>(v);
        callee = ix->base;
        if (ix->args.size() > 1) cell->rows.push_back(std::vector<Expr*>(ix->args.begin() + 1, ix->args.end()));
      }
      call->args.push_back(text(v->range, std::string(static_cast<const IdentExpr*>(callee)->name)));
      call->args.push_back(cell);
    }
    auto* assign = nodes_.make<AssignStmt>(at);
    assign->targets.push_back(ident(at, name));
    assign->value = call;
    out.push_back(assign);
  }

 private:
  static std::deque<std::string>& texts() {  // (NumberExpr::text views them for the program's life)
    static std::deque<std::string> t;
    return t;
  }
  const File& file_;
  ASTContext& nodes_;
  DiagnosticEngine& diags_;
};

}  // namespace

bool argumentChecks(const File& file, const mcc::Function& f, ASTContext& nodes,
                    const std::function<bool(const std::string&)>& isClass, DiagnosticEngine& diags, mcc::Block& out) {
  Checks checks(file, nodes, diags);
  std::map<std::string_view, const Declaration*> declared;
  bool ok = true;
  for (const ArgumentsBlock& block : f.arguments) {
    for (const Attribute& a : block.attributes)
      if (a.name != "Input") ok = checks.unsupported(a.range, "(" + std::string(a.name) + ") arguments blocks");
    for (const Declaration& d : block.decls) {
      if (!d.name || d.name->kind != NodeKind::IdentExpr) {
        ok = checks.unsupported(d.range, "name-value arguments");
        continue;
      }
      std::string name(static_cast<const IdentExpr*>(d.name)->name);
      if (name == "varargin") ok = checks.unsupported(d.range, "varargin in an arguments block");
      for (const auto& [range, what] : unsupportedValidation(d, name, "an arguments block")) ok = checks.unsupported(range, what);
      if (!isValidationClass(d.className) && !isClass(d.className))
        ok = checks.unsupported(d.range, "the argument class '" + d.className + "'");
      declared[static_cast<const IdentExpr*>(d.name)->name] = &d;
    }
  }
  if (!ok) return false;
  for (size_t k = 0; k < f.params.size(); ++k)
    if (auto it = declared.find(f.params[k].name); it != declared.end()) checks.input(*it->second, f.params[k].name, k + 1, out);
  return true;
}

}  // namespace mcc::ir

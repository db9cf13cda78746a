// Which variables nested functions share with the functions around them;
// see NestedScopes.h.
#include "NestedScopes.h"

#include <algorithm>

namespace mcc::ir {
namespace {

// Every name a function's own body writes as an identifier (its nested
// functions' bodies are theirs); an anonymous function's parameters are
// not the function's names.
class NameCollector {
 public:
  explicit NameCollector(std::set<std::string>& out) : out_(out) {}

  void block(const mcc::Block& b) {
    for (const Stmt* s : b) stmt(*s);
  }

 private:
  void stmt(const Stmt& s) {
    switch (s.kind) {
      case NodeKind::ExprStmt: expr(static_cast<const ExprStmt&>(s).expr); break;
      case NodeKind::AssignStmt: {
        auto& a = static_cast<const AssignStmt&>(s);
        for (const Expr* t : a.targets) expr(t);
        expr(a.value);
        break;
      }
      case NodeKind::OpAssignStmt:
        expr(static_cast<const OpAssignStmt&>(s).target);
        expr(static_cast<const OpAssignStmt&>(s).value);
        break;
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
        expr(f.var), expr(f.iter), expr(f.parforArg);
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
        for (auto& n : static_cast<const DeclStmt&>(s).names) out_.insert(std::string(n.name)), expr(n.init);
        break;
      default: break;
    }
  }

  void expr(const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case NodeKind::IdentExpr: {
        std::string name(static_cast<const IdentExpr*>(e)->name);
        if (!hidden_.count(name)) out_.insert(name);
        break;
      }
      case NodeKind::UnaryExpr: expr(static_cast<const UnaryExpr*>(e)->operand); break;
      case NodeKind::PostfixExpr: expr(static_cast<const PostfixExpr*>(e)->operand); break;
      case NodeKind::BinaryExpr:
        expr(static_cast<const BinaryExpr*>(e)->lhs);
        expr(static_cast<const BinaryExpr*>(e)->rhs);
        break;
      case NodeKind::RangeExpr: {
        auto* r = static_cast<const RangeExpr*>(e);
        expr(r->first), expr(r->step), expr(r->last);
        break;
      }
      case NodeKind::ParenExpr: expr(static_cast<const ParenExpr*>(e)->inner); break;
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<const IndexExpr*>(e);
        expr(ix->base);
        for (const Expr* a : ix->args) expr(a);
        break;
      }
      case NodeKind::FieldExpr: expr(static_cast<const FieldExpr*>(e)->base); break;
      case NodeKind::DynFieldExpr:
        expr(static_cast<const DynFieldExpr*>(e)->base);
        expr(static_cast<const DynFieldExpr*>(e)->name);
        break;
      case NodeKind::MatrixExpr:
      case NodeKind::CellExpr:
        for (auto& row : static_cast<const MatrixExpr*>(e)->rows)
          for (const Expr* x : row) expr(x);
        break;
      case NodeKind::NamedArgExpr: expr(static_cast<const NamedArgExpr*>(e)->value); break;
      case NodeKind::AssignExpr:
        expr(static_cast<const AssignExpr*>(e)->target);
        expr(static_cast<const AssignExpr*>(e)->value);
        break;
      case NodeKind::IncrementExpr: expr(static_cast<const IncrementExpr*>(e)->target); break;
      case NodeKind::AnonFuncExpr: {
        auto* f = static_cast<const AnonFuncExpr*>(e);
        std::set<std::string> saved = hidden_;
        for (const Param& p : f->params) hidden_.insert(std::string(p.name));
        expr(f->body);
        hidden_ = std::move(saved);
        break;
      }
      default: break;
    }
  }

  std::set<std::string>& out_;
  std::set<std::string> hidden_;  // parameters of the anonymous functions around
};

struct Info {
  const mcc::Function* fn;
  uint32_t depth;
  std::set<std::string> own;       // parameters and outputs
  std::set<std::string> assigned;  // variables for certain (grows: see below)
  std::set<std::string> names;     // every name its body uses
};

class Analysis {
 public:
  Analysis(const mcc::Function& top, const AssignedNames& assigned) {
    add(&top, 0, assigned);
  }

  std::map<const mcc::Function*, NestedScope> run() {
    // A name becomes a variable of an enclosing function when a nested one
    // assigns it and the enclosing one uses it; that may make it the
    // variable of a function further out in turn: to a fixed point.
    for (bool changed = true; changed;) {
      changed = false;
      for (Info& f : infos_)
        for (const std::string& n : f.names)
          if (Info* owner = ownerOf(f, n); owner && owner->assigned.insert(n).second) changed = true;
    }
    std::map<const mcc::Function*, NestedScope> out;
    for (Info& f : infos_) {
      NestedScope& s = out[f.fn];
      s.depth = f.depth;
      s.variables = f.assigned;
    }
    // The environments' slots: a function's variables a nested one uses.
    for (Info& f : infos_)
      for (const std::string& n : f.names) {
        Info* owner = ownerOf(f, n);
        if (!owner || owner == &f) continue;
        std::vector<std::string>& slots = out[owner->fn].slots;
        if (std::find(slots.begin(), slots.end(), n) == slots.end()) slots.push_back(n);
      }
    for (Info& f : infos_) {
      NestedScope& s = out[f.fn];
      for (const std::string& n : f.names) {
        Info* owner = ownerOf(f, n);
        if (!owner) continue;
        const std::vector<std::string>& slots = out[owner->fn].slots;
        auto it = std::find(slots.begin(), slots.end(), n);
        if (it == slots.end()) continue;  // a variable no other function shares
        s.shared[n] = {owner->depth, static_cast<uint32_t>(it - slots.begin())};
        s.variables.insert(n);
      }
    }
    return out;
  }

 private:
  void add(const mcc::Function* f, uint32_t depth, const AssignedNames& assigned) {
    Info info{f, depth, {}, assigned(*f), {}};
    for (const Param& p : f->params) info.own.insert(std::string(p.name));
    for (const Param& p : f->outputs) info.own.insert(std::string(p.name));
    NameCollector(info.names).block(f->body);
    info.names.insert(info.assigned.begin(), info.assigned.end());
    index_[f] = infos_.size();
    infos_.push_back(std::move(info));
    for (const mcc::Function* n : f->nested) add(n, depth + 1, assigned);
  }

  Info& info(const mcc::Function* f) { return infos_[index_.at(f)]; }

  // The function whose variable `name` is when `f` uses it, or null when
  // it is no variable there (a function's name).
  Info* ownerOf(Info& f, const std::string& name) {
    if (f.own.count(name)) return &f;
    if (name == "ans") return f.assigned.count(name) ? &f : nullptr;  // each workspace has its own
    Info* owner = f.assigned.count(name) ? &f : nullptr;
    bool variable = owner != nullptr;
    for (const mcc::Function* a = f.fn->parent; a && index_.count(a); a = a->parent) {
      Info& up = info(a);
      if (up.names.count(name)) {
        variable |= up.assigned.count(name) > 0;
        if (variable) owner = &up;
      }
      if (up.own.count(name)) break;  // an argument of `up`: not further out
    }
    return owner;
  }

  std::vector<Info> infos_;  // the nest, outermost first
  std::map<const mcc::Function*, size_t> index_;
};

}  // namespace

std::map<const mcc::Function*, NestedScope> analyzeNestedScopes(const mcc::Function& top, const AssignedNames& assigned) {
  return Analysis(top, assigned).run();
}

}  // namespace mcc::ir

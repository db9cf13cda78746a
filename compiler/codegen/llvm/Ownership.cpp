// Liveness of boxed values and the retain/release plan; see Ownership.h.
#include "Ownership.h"

#include <algorithm>
#include <set>

namespace mcc::codegen {
namespace {

using ir::Block;
using ir::Instr;
using ir::Op;
using ValueSet = std::set<const Instr*>;

struct Liveness {
  std::map<const Block*, ValueSet> in, out;
};

// The successors of a block, one entry per edge, with the pred index the
// edge has in the successor (a block may reach another twice).
std::vector<std::pair<const Block*, size_t>> edgesOf(const Block* b) {
  std::vector<std::pair<const Block*, size_t>> edges;
  const Instr* t = b->terminator();
  if (!t) return edges;
  for (const Block* s : t->targets) {
    size_t k = 0;
    for (;; ++k) {
      if (k == s->preds.size()) return edges;  // not a real edge (verified IR never gets here)
      bool taken = std::any_of(edges.begin(), edges.end(), [&](auto& e) { return e.first == s && e.second == k; });
      if (s->preds[k] == b && !taken) break;
    }
    edges.push_back({s, k});
  }
  return edges;
}

// What the successor needs on edge (s, k): its live-in values and the
// incoming values of its phis from that edge.
ValueSet neededOnEdge(const Block* s, size_t k, const Liveness& live, const OwnershipRules& rules) {
  ValueSet need = live.in.at(s);
  for (const Instr* i : s->instrs) {
    if (i->op != Op::Phi) break;
    if (rules.boxed(i->operands[k])) need.insert(i->operands[k]);
  }
  return need;
}

bool isUnwindEdge(const Block* b, const Block* s) {
  const Instr* t = b->terminator();
  return t && t->op == Op::TryBr && t->targets[1] == s;
}

Liveness computeLiveness(const ir::Function& f, const OwnershipRules& rules) {
  Liveness live;
  for (const Block* b : f.blocks) live.in[b], live.out[b];
  bool changed = true;
  while (changed) {
    changed = false;
    for (auto it = f.blocks.rbegin(); it != f.blocks.rend(); ++it) {
      const Block* b = *it;
      ValueSet out;
      for (auto [s, k] : edgesOf(b)) {
        ValueSet need = neededOnEdge(s, k, live, rules);
        out.insert(need.begin(), need.end());
      }
      if (auto u = unwindEdgeOf(b)) {
        ValueSet need = neededOnEdge(u->first, u->second, live, rules);
        out.insert(need.begin(), need.end());
      }
      ValueSet in = out;
      for (auto r = b->instrs.rbegin(); r != b->instrs.rend(); ++r) {
        const Instr* i = *r;
        in.erase(i);
        if (i->op == Op::Phi) continue;
        for (const Instr* o : i->operands)
          if (rules.boxed(o)) in.insert(o);
      }
      if (out != live.out[b] || in != live.in[b]) {
        live.out[b] = std::move(out);
        live.in[b] = std::move(in);
        changed = true;
      }
    }
  }
  return live;
}

}  // namespace

std::optional<std::pair<const Block*, size_t>> unwindEdgeOf(const Block* b) {
  if (b->preds.size() != 1) return std::nullopt;
  const Block* p = b->preds[0];
  const Instr* t = p->terminator();
  if (!t || t->op != Op::TryBr || t->targets[0] != b) return std::nullopt;
  const Block* handler = t->targets[1];
  for (size_t k = 0; k < handler->preds.size(); ++k)
    if (handler->preds[k] == p) return std::make_pair(handler, k);
  return std::nullopt;
}

OwnershipPlan planOwnership(const ir::Function& f, const OwnershipRules& rules) {
  Liveness live = computeLiveness(f, rules);
  OwnershipPlan plan;
  for (const Block* b : f.blocks) {
    // Backwards over the block: `alive` is what is live after instruction i.
    ValueSet alive = live.out.at(b);
    for (auto r = b->instrs.rbegin(); r != b->instrs.rend(); ++r) {
      const Instr* i = *r;
      if (i->op == Op::Phi) {
        if (rules.boxed(i) && !alive.count(i)) plan.releaseAfter[i].push_back(i);
        alive.erase(i);
        continue;
      }
      if (rules.boxed(i) && !alive.count(i)) plan.releaseAfter[i].push_back(i);
      alive.erase(i);
      // Each distinct boxed operand: consumed uses need references; the
      // one the value owns goes to the last of them when it dies here.
      std::map<const Instr*, int> consumed;
      std::vector<const Instr*> order;
      for (size_t k = 0; k < i->operands.size(); ++k) {
        const Instr* o = i->operands[k];
        if (!rules.boxed(o)) continue;
        if (!consumed.count(o)) order.push_back(o);
        consumed[o] += rules.consumes(*i, k) ? 1 : 0;
      }
      std::vector<const Instr*>& owned = plan.ownedDuring[i];
      owned.assign(alive.begin(), alive.end());
      for (const Instr* o : order) {
        bool dies = !alive.count(o);
        int c = consumed[o];
        int retains = c - (dies && c > 0 ? 1 : 0);
        for (int n = 0; n < retains; ++n) plan.retainBefore[i].push_back(o);
        if (dies && c == 0) plan.releaseAfter[i].push_back(o);
        if (dies && c == 0) owned.push_back(o);
      }
      for (const Instr* o : order) alive.insert(o);
    }
    if (auto u = unwindEdgeOf(b)) {
      ValueSet keep = neededOnEdge(u->first, u->second, live, rules);
      plan.unwindKeep[b].assign(keep.begin(), keep.end());
    }
    // The edges out of b. An unwind edge is entered from landing pads, which
    // release everything but what the handler takes.
    for (auto [s, k] : edgesOf(b)) {
      OwnershipPlan::Edge& e = plan.edges[{s, k}];
      const ValueSet& needIn = live.in.at(s);
      ValueSet moved;
      for (const Instr* p : s->instrs) {
        if (p->op != Op::Phi) break;
        const Instr* v = p->operands[k];
        if (!rules.boxed(v) || !rules.boxed(p)) continue;
        if (needIn.count(v) || moved.count(v)) e.retain.push_back(v);
        else moved.insert(v);
      }
      if (isUnwindEdge(b, s)) continue;
      for (const Instr* v : live.out.at(b))
        if (!needIn.count(v) && !moved.count(v)) {
          // A boxed incoming value of an unboxed phi is read, not moved.
          e.release.push_back(v);
        }
    }
  }
  return plan;
}

}  // namespace mcc::codegen

// Struct fields known at compile time; see StructFields.h.
#include "StructFields.h"

namespace mcc::interop {
namespace {

using ir::Instr;
using ir::Op;

bool isConstText(const Instr* i) { return i->op == Op::Const && i->constant.kind == ir::Constant::Char; }

StructFieldSet unknownSet() {
  StructFieldSet s;
  s.state = StructFieldSet::Unknown;
  return s;
}

StructFieldSet knownSet(std::vector<KnownField> fields = {}) {
  StructFieldSet s;
  s.state = StructFieldSet::Known;
  s.fields = std::move(fields);
  return s;
}

// Join: bottom is neutral; known sets with the same names join their types.
StructFieldSet join(const StructFieldSet& a, const StructFieldSet& b) {
  if (a.state == StructFieldSet::Bottom) return b;
  if (b.state == StructFieldSet::Bottom) return a;
  if (a.state == StructFieldSet::Unknown || b.state == StructFieldSet::Unknown || a.fields.size() != b.fields.size())
    return unknownSet();
  StructFieldSet out = a;
  for (KnownField& f : out.fields) {
    const KnownField* g = b.find(f.name);
    if (!g) return unknownSet();
    f.type = ir::join(f.type, g->type);
    if (f.value != g->value) f.value = nullptr;
  }
  return out;
}

bool same(const StructFieldSet& a, const StructFieldSet& b) {
  if (a.state != b.state || a.fields.size() != b.fields.size()) return false;
  for (size_t k = 0; k < a.fields.size(); ++k)
    if (a.fields[k].name != b.fields[k].name || a.fields[k].type != b.fields[k].type || a.fields[k].value != b.fields[k].value)
      return false;
  return true;
}

bool isBuiltinCall(const Instr* i, const char* name) {
  return i->op == Op::Call && i->callee == ir::Callee::Builtin && i->name == name;
}

}  // namespace

StructFields::StructFields(const ir::Function& f) : unknown_(unknownSet()) {
  auto get = [&](const Instr* v) -> StructFieldSet {
    auto it = sets_.find(v);
    return it == sets_.end() ? StructFieldSet{} : it->second;
  };
  auto transfer = [&](const Instr* i) -> StructFieldSet {
    switch (i->op) {
      case Op::Const:
        return i->constant.kind == ir::Constant::Empty ? knownSet() : unknownSet();  // s.x = v on a new variable starts from []
      case Op::Phi: {
        StructFieldSet s;
        for (const Instr* in : i->operands) s = join(s, get(in));
        return s;
      }
      case Op::SetField: {
        if (i->dynamicField || i->operands.size() != 2) return unknownSet();
        StructFieldSet s = get(i->operands[0]);
        if (s.state != StructFieldSet::Known) return s;
        KnownField field{i->name, i->operands[1]->type, i->operands[1]};
        for (KnownField& g : s.fields)
          if (g.name == i->name) return g = field, s;
        s.fields.push_back(field);
        return s;
      }
      case Op::Call:
        if (isBuiltinCall(i, "coder.ref") || isBuiltinCall(i, "coder.rref") || isBuiltinCall(i, "coder.wref"))
          return i->operands.size() == 1 ? get(i->operands[0]) : unknownSet();
        if (isBuiltinCall(i, "struct") && i->operands.size() % 2 == 0 && i->splice.empty()) {
          std::vector<KnownField> fields;
          for (size_t k = 0; k < i->operands.size(); k += 2) {
            const Instr* v = i->operands[k + 1];
            // A cell value makes a struct array (or a cell field): not followed.
            if (!isConstText(i->operands[k]) || !v->type.reached || v->type.cls == ir::Class::Cell ||
                v->type.cls == ir::Class::Unknown)
              return unknownSet();
            fields.push_back({i->operands[k]->constant.text, v->type, v});
          }
          return knownSet(std::move(fields));
        }
        return unknownSet();
      default:
        return unknownSet();
    }
  };
  // Fields only grow and types only go up, so this ends; the cap is a guard.
  for (int round = 0; round < 32; ++round) {
    bool changed = false;
    for (const ir::Block* b : f.blocks)
      for (const Instr* i : b->instrs) {
        StructFieldSet s = transfer(i);
        auto it = sets_.find(i);
        if (it != sets_.end() && same(it->second, s)) continue;
        sets_[i] = std::move(s);
        changed = true;
      }
    if (!changed) return;
  }
  sets_.clear();  // did not settle: nothing is known
}

const StructFieldSet& StructFields::of(const ir::Instr* v) const {
  auto it = sets_.find(v);
  return it == sets_.end() || it->second.state != StructFieldSet::Known ? unknown_ : it->second;
}

}  // namespace mcc::interop

// Scalar replacement of records (see ScalarizeStructs.h).
#include "ScalarizeStructs.h"

#include "ObjectLifetimes.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace mcc::ir {
namespace {

bool sameFields(const Type& a, const Type& b) {
  if (!a.isRecord() || !b.isRecord() || a.fields.size() != b.fields.size()) return false;
  for (size_t k = 0; k < a.fields.size(); ++k)
    if (a.fields[k].name != b.fields[k].name) return false;
  return true;
}

bool spliced(const Instr& i) {
  return std::any_of(i.splice.begin(), i.splice.end(), [](uint8_t s) { return s != 0; });
}

bool isUserCall(const Instr& i) { return i.op == Op::Call && i.callee != Callee::Builtin; }

// A record passed as its fields is flattened: a field that is a record of
// some fields is passed as its own fields, and so on.
bool flattens(const Type& t) { return t.isRecord() && !t.fields.empty(); }

void leafTypes(const Type& t, std::vector<Type>& out) {
  for (const FieldType& f : t.fields) {
    if (flattens(f.type)) leafTypes(f.type, out);
    else out.push_back(f.type);
  }
}

// The names of the leaves: s.pos.x ...
void leafNames(const Type& t, const std::string& prefix, std::vector<std::string>& out) {
  for (const FieldType& f : t.fields) {
    if (flattens(f.type)) leafNames(f.type, prefix + "." + f.name, out);
    else out.push_back(prefix + "." + f.name);
  }
}

std::vector<Type> leafTypes(const Type& t) {
  std::vector<Type> out;
  leafTypes(t, out);
  return out;
}

// How a specialisation's inputs and outputs are passed: a record input or
// output as its fields (width: the number of values it becomes).
struct Signature {
  std::vector<Type> params;   // a record: passed as its fields
  std::vector<Type> outputs;  // a record: given as its fields
  bool expandsParam(size_t k) const { return k < params.size() && params[k].isRecord(); }
  bool expandsOutput(size_t k) const { return k < outputs.size() && outputs[k].isRecord(); }
  size_t outputWidth(size_t k) const { return expandsOutput(k) ? leafTypes(outputs[k]).size() : 1; }
  size_t outputOffset(size_t k) const {
    size_t n = 0;
    for (size_t j = 0; j < k; ++j) n += outputWidth(j);
    return n;
  }
  bool changes() const {
    for (size_t k = 0; k < params.size(); ++k)
      if (expandsParam(k)) return true;
    for (size_t k = 0; k < outputs.size(); ++k)
      if (expandsOutput(k)) return true;
    return false;
  }
};

// Which specialisations change their signature, from the module as typed.
std::unordered_map<const Function*, Signature> signatures(const Module& m) {
  std::unordered_map<std::string, const Function*> byName;
  for (const Function* f : m.functions) byName[f->name] = f;
  std::set<const Function*> fixed = {m.functions.front()};  // the entry's signature is the program's
  std::unordered_map<const Function*, bool> statementCalls;
  for (const Function* f : m.functions) {
    if (f->boxedEntry) fixed.insert(f);
    if (!f->manyOutputs.empty() && byName.count(f->manyOutputs)) fixed.insert(byName[f->manyOutputs]);
    auto has = [](const std::vector<std::string>& names, const char* n) {
      return !names.empty() && names.back() == n;
    };
    if (has(f->paramNames, "varargin") || has(f->outputNames, "varargout")) fixed.insert(f);
    for (const Block* b : f->blocks)
      for (const Instr* i : b->instrs) {
        if (i->op == Op::Call && i->callee == Callee::Builtin && i->operands.empty() &&
            (i->name == "nargin" || i->name == "nargout"))
          fixed.insert(f);
        auto it = byName.find(i->name);
        if (it == byName.end()) continue;
        // (a handle's call passes the captured values first, boxed)
        if (i->op == Op::CallHandle || i->op == Op::Subsref || i->op == Op::FuncHandle || i->op == Op::Closure)
          fixed.insert(it->second);
        if (isUserCall(*i)) {
          if (spliced(*i)) fixed.insert(it->second);
          if (i->nargout == 0) statementCalls[it->second] = true;
        }
      }
  }
  // Every call passes each record input as a record of its fields (the
  // specialisation's key says so; checked, as it is relied on).
  for (const Function* f : m.functions)
    for (const Block* b : f->blocks)
      for (const Instr* i : b->instrs) {
        auto it = byName.find(i->name);
        if (!isUserCall(*i) || it == byName.end()) continue;
        const Function* g = it->second;
        for (size_t k = 0; k < i->operands.size() && k < g->params.size(); ++k)
          if (g->params[k]->type.isRecord() && !sameFields(i->operands[k]->type, g->params[k]->type)) fixed.insert(g);
      }
  std::unordered_map<const Function*, Signature> out;
  for (const Function* f : m.functions) {
    if (fixed.count(f)) continue;
    Signature s;
    for (const Instr* p : f->params)
      s.params.push_back(flattens(p->type) ? p->type : Type::unknown());
    // An output is given as its fields where every return gives a record
    // of those fields (two or more: a call of one output is that value).
    s.outputs.assign(f->outputNames.size(), Type::bottom());
    bool returnsAll = true;
    for (const Block* b : f->blocks) {
      const Instr* t = b->terminator();
      if (!t || t->op != Op::Return) continue;
      returnsAll &= t->operands.size() == f->outputNames.size();
      for (size_t k = 0; k < t->operands.size() && k < s.outputs.size(); ++k) {
        const Type& v = t->operands[k]->type;
        bool ok = t->operands[k]->op != Op::Undef && v.isRecord() && leafTypes(v).size() >= 2 &&
                  (!s.outputs[k].reached || sameFields(s.outputs[k], v));
        s.outputs[k] = ok ? join(s.outputs[k], v) : Type::unknown();
      }
    }
    if (!returnsAll || statementCalls[f]) s.outputs.assign(f->outputNames.size(), Type::unknown());
    for (Type& t : s.outputs)
      if (!t.isRecord()) t = Type::unknown();
    if (s.changes()) out[f] = std::move(s);
  }
  return out;
}

class FunctionScalarizer {
 public:
  FunctionScalarizer(Function& f, const std::unordered_map<const Function*, Signature>& sigs,
                     const std::unordered_map<std::string, const Function*>& byName, bool lifetimes)
      : f_(f), sigs_(sigs), byName_(byName), lifetimes_(lifetimes) {}

  bool run() {
    auto own = sigs_.find(&f_);
    if (own != sigs_.end()) expandParams(own->second);
    std::vector<Block*> order = reversePostOrder(f_);
    std::vector<Instr*> phis;
    for (Block* b : order)
      for (Instr* i : std::vector<Instr*>(b->instrs))
        if (i->op == Op::Phi && recordPhi(*i)) {
          splitPhi(i);
          phis.push_back(i);
        }
    for (Block* b : order)
      for (Instr* i : std::vector<Instr*>(b->instrs)) {
        if (!i->parent || generated_.count(i)) continue;
        makes(i);
        if (i->op == Op::Return && own != sigs_.end()) returnFields(i, own->second);
        uses(i);
      }
    for (Instr* phi : phis) fillPhi(phi);
    // A use seen before its record was known as parts (a loop's phi that
    // is no record phi) takes the boxed struct too.
    for (Block* b : order)
      for (Instr* i : std::vector<Instr*>(b->instrs))
        if (!generated_.count(i)) uses(i);
    // What the parts replaced is dead now, loops of phis and s.f = v
    // included: all but those something else still uses.
    std::set<Instr*> dead;
    for (Instr* i : dead_)
      if (i->parent) dead.insert(i);
    for (bool kept = true; kept;) {
      kept = false;
      for (Instr* i : std::vector<Instr*>(dead.begin(), dead.end()))
        if (std::any_of(i->users.begin(), i->users.end(), [&](Instr* u) { return !dead.count(u); }))
          dead.erase(i), kept = true;
    }
    for (Instr* i : dead) f_.erase(i);
    return changed_;
  }

 private:
  // ------------------------------------------------------------ placement

  // Puts `n` where `def`'s value is first available: after it, or after
  // the phis of its block; later insertions for the same place follow it.
  void insertAfter(Instr* def, Instr* n) {
    while (anchor_.count(def)) def = anchor_.at(def);
    Block* b = def->parent;
    Instr* key = def;
    if (def->op == Op::Phi || def->op == Op::Param || def->op == Op::Undef) key = nullptr;
    auto& cursor = key ? cursorAfter_[key] : cursorPhis_[b];
    size_t at;
    if (cursor && cursor->parent == b) {
      at = std::find(b->instrs.begin(), b->instrs.end(), cursor) - b->instrs.begin() + 1;
    } else if (key) {
      at = std::find(b->instrs.begin(), b->instrs.end(), def) - b->instrs.begin() + 1;
    } else {
      at = 0;
      for (size_t k = 0; k < b->instrs.size(); ++k)
        if (b->instrs[k]->op == Op::Phi || b->instrs[k]->op == Op::Param || b->instrs[k]->op == Op::Undef) at = k + 1;
    }
    b->instrs.insert(b->instrs.begin() + static_cast<std::ptrdiff_t>(at), n);
    n->parent = b;
    cursor = n;
    changed_ = true;
  }

  void insertBefore(Instr* at, Instr* n) {
    Block* b = at->parent;
    b->instrs.insert(std::find(b->instrs.begin(), b->instrs.end(), at), n);
    n->parent = b;
    changed_ = true;
  }

  Instr* newInstr(Op op, const Instr& like, Type type) {
    Instr* n = f_.newInstr(op, like.loc);
    n->type = std::move(type);
    generated_.insert(n);
    return n;
  }

  // ------------------------------------------------------ records' fields

  bool isParts(Instr* v) const { return parts_.count(v) != 0; }
  const Type& recordType(Instr* v) const {
    auto it = recordTypes_.find(v);
    return it != recordTypes_.end() ? it->second : v->type;
  }

  // The fields of a record value: its parts, or reads of its boxed struct.
  std::vector<Instr*> fieldsOf(Instr* v) {
    if (auto it = parts_.find(v); it != parts_.end()) return it->second;
    if (auto it = reads_.find(v); it != reads_.end()) return it->second;
    std::vector<Instr*> reads;
    for (const FieldType& field : v->type.fields) {
      Instr* r = newInstr(Op::Field, *v, field.type);
      r->name = field.name;
      r->addOperand(v);
      insertAfter(v, r);
      reads.push_back(r);
    }
    reads_[v] = reads;
    return reads;
  }

  // The fields of a record value, a field that is a record of some fields
  // as its own fields in turn (how calls pass records).
  std::vector<Instr*> leavesOf(Instr* v) {
    std::vector<Instr*> out;
    for (Instr* part : fieldsOf(v)) {
      if (flattens(recordType(part))) {
        std::vector<Instr*> inner = leavesOf(part);
        out.insert(out.end(), inner.begin(), inner.end());
      } else {
        out.push_back(part);
      }
    }
    return out;
  }

  // A record of type t made of the values `make` gives for its leaves,
  // in order; a field that is a record is a record of parts too (an
  // instruction of no block, whose boxed struct goes after `anchor`).
  template <typename Make>
  Instr* recordOf(const Type& t, Instr* key, Instr* anchor, Make make) {
    if (!key) {
      key = newInstr(Op::Undef, *anchor, t);
      anchor_[key] = anchor;
    }
    recordTypes_[key] = t;
    std::vector<Instr*> fields;
    for (const FieldType& f : t.fields)
      fields.push_back(flattens(f.type) ? recordOf(f.type, nullptr, anchor, make) : make(f));
    parts_[key] = fields;
    return key;
  }

  // The boxed struct of a record kept as parts: struct(), then s.f = v in field order.
  // It is built just before its use `at` (once a block), so that a record
  // only a loop's exit needs is not built on every trip.
  Instr* boxed(Instr* v, Instr* at) {
    auto key = std::make_pair(v, at->parent);
    if (auto it = boxed_.find(key); it != boxed_.end()) return it->second;
    const Type& t = recordType(v);
    std::vector<Instr*> values;
    for (Instr* p : parts_.at(v)) values.push_back(isParts(p) ? boxed(p, at) : p);
    Instr* s = newInstr(Op::Call, *v, Type::record({}));
    s->name = "struct";
    s->callee = Callee::Builtin;
    s->nargout = 1;
    s->outputTypes = {s->type};
    insertBefore(at, s);
    std::vector<FieldType> fields;
    for (size_t k = 0; k < t.fields.size(); ++k) {
      fields.push_back(t.fields[k]);
      Instr* next = newInstr(Op::SetField, *v, Type::record(fields));
      next->name = t.fields[k].name;
      next->addOperand(s);
      next->addOperand(values[k]);
      insertBefore(at, next);
      s = next;
    }
    boxed_[key] = s;
    return s;
  }

  // ----------------------------------------------------------- producers

  void expandParams(const Signature& sig) {
    std::vector<Instr*> params;
    std::vector<std::string> names;
    for (size_t k = 0; k < f_.params.size(); ++k) {
      Instr* p = f_.params[k];
      std::string name = k < f_.paramNames.size() ? f_.paramNames[k] : "";
      if (!sig.expandsParam(k)) {
        params.push_back(p);
        names.push_back(name);
        continue;
      }
      std::vector<std::string> leaves;
      leafNames(p->type, name, leaves);
      size_t leaf = 0;
      recordOf(p->type, p, p, [&](const FieldType& field) {
        Instr* q = newInstr(Op::Param, *p, field.type);
        q->name = leaves[leaf++];
        insertAfter(p, q);
        params.push_back(q);
        names.push_back(q->name);
        return q;
      });
      dead_.push_back(p);
    }
    for (size_t k = 0; k < params.size(); ++k) params[k]->index = static_cast<uint32_t>(k);
    f_.params = params;
    f_.paramNames = names;
  }

  bool recordPhi(const Instr& phi) const {
    if (!phi.type.isRecord()) return false;
    for (const Instr* o : phi.operands)
      if (!sameFields(o->type, phi.type)) return false;
    return true;
  }

  // A phi of records: a phi per leaf (the join of records keeps a field a
  // record only where every incoming one is a record of those fields).
  void splitPhi(Instr* phi) {
    std::vector<std::string> leaves;
    leafNames(phi->type, phi->name, leaves);
    size_t leaf = 0;
    recordOf(phi->type, phi, phi, [&](const FieldType& field) {
      Instr* q = newInstr(Op::Phi, *phi, field.type);
      q->name = leaves[leaf++];
      insertAfter(phi, q);
      return q;
    });
    dead_.push_back(phi);
  }

  void fillPhi(Instr* phi) {
    for (size_t k = 0; k < phi->operands.size(); ++k)
      addIncoming(phi, phi->operands[k], phi->parent->preds[k]->terminator());
  }

  // The incoming record `in` of a split phi, from the block that ends with `end`.
  void addIncoming(Instr* record, Instr* in, Instr* end) {
    std::vector<Instr*> fields = parts_.at(record);
    std::vector<Instr*> values = fieldsOf(in);
    for (size_t k = 0; k < fields.size(); ++k) {
      if (!fields[k]->parent) addIncoming(fields[k], values[k], end);  // a record field: its leaves' phis
      else fields[k]->addOperand(isParts(values[k]) ? boxed(values[k], end) : values[k]);
    }
  }

  // Records that this instruction makes as parts.
  void makes(Instr* i) {
    if (i->op == Op::SetField && i->type.isRecord() && !i->dynamicField && !i->direct) {
      Instr* base = i->operands[0];
      const Type& record = recordType(base);  // (a call's type is its first output's once it gives fields)
      std::vector<Instr*> values;
      if (record.isRecord()) values = fieldsOf(base);
      else if (i->type.fields.size() != 1) return;  // (s.f = v on [])
      int k = record.isRecord() ? record.fieldIndex(i->name) : -1;
      if (k >= 0) {
        endLifetime(values[k], i);
        values[k] = i->operands[1];
      } else {
        values.push_back(i->operands[1]);
      }
      if (values.size() != i->type.fields.size()) return;
      parts_[i] = values;
      dead_.push_back(i);
      changed_ = true;
      return;
    }
    if (i->op == Op::Call && i->callee == Callee::Builtin && i->name == "struct" && i->nargout == 1 &&
        i->type.isRecord()) {
      std::vector<Instr*> values;
      for (size_t k = 1; k < i->operands.size(); k += 2) values.push_back(i->operands[k]);
      if (values.size() != i->type.fields.size()) return;
      parts_[i] = values;
      dead_.push_back(i);
      changed_ = true;
      return;
    }
    if (isUserCall(*i)) callFields(i);
  }

  // A call of a specialisation that passes records as their fields.
  void callFields(Instr* call) {
    auto fn = byName_.find(call->name);
    if (fn == byName_.end()) return;
    auto sig = sigs_.find(fn->second);
    if (sig == sigs_.end()) return;
    const Signature& s = sig->second;
    passLeaves(call, [&](size_t k) { return s.expandsParam(k); });
    bool anyOutput = false;
    for (size_t k = 0; k < call->nargout; ++k) anyOutput |= s.expandsOutput(k);
    if (!anyOutput) return;
    // The outputs: each record as an extract per field.
    std::vector<Type> types;
    for (size_t k = 0; k < call->nargout; ++k) {
      if (!s.expandsOutput(k)) {
        types.push_back(k < call->outputTypes.size() ? call->outputTypes[k] : Type::unknown());
        continue;
      }
      for (const Type& t : leafTypes(s.outputs[k])) types.push_back(t);
    }
    uint32_t asked = call->nargout;
    std::vector<Instr*> users = call->users;
    size_t next = 0;
    auto extract = [&](const FieldType&) {
      Instr* e = newInstr(Op::Extract, *call, types[next]);
      e->index = static_cast<uint32_t>(next++);
      e->addOperand(call);
      insertAfter(call, e);
      return e;
    };
    if (asked == 1) {
      // The call itself was the record: its fields are extracts now.
      recordOf(s.outputs[0], call, call, extract);
    } else {
      for (Instr* u : users) {
        if (u->op != Op::Extract || u->index >= asked) continue;
        size_t k = u->index;
        u->index = static_cast<uint32_t>(s.outputOffset(k));
        if (!s.expandsOutput(k)) continue;
        next = s.outputOffset(k);
        recordOf(s.outputs[k], u, call, extract);
        dead_.push_back(u);
      }
    }
    call->nargout = static_cast<uint32_t>(types.size());
    call->outputTypes = types;
    call->type = types.front();
  }

  void returnFields(Instr* ret, const Signature& s) {
    passLeaves(ret, [&](size_t k) { return s.expandsOutput(k); });
  }

  // Operand k of `i` becomes the leaves of its record where expands(k).
  template <typename Expands>
  void passLeaves(Instr* i, Expands expands) {
    std::vector<Instr*> values = i->operands;
    for (size_t k = 0; k < values.size(); ++k) i->setOperand(k, nullptr);
    i->operands.clear();
    for (size_t k = 0; k < values.size(); ++k) {
      if (!expands(k)) {
        i->addOperand(values[k]);
        continue;
      }
      for (Instr* v : leavesOf(values[k])) i->addOperand(v);
    }
    changed_ = true;
  }

  // ----------------------------------------------------------- lifetimes

  // The values among v's leaves (v itself where it is no record kept as
  // parts) whose release may destroy a handle object.
  void objectLeaves(Instr* v, std::vector<Instr*>& out) {
    if (!isParts(v)) {
      if (v->op != Op::Undef && mayHoldObject(v->type)) out.push_back(v);
      return;
    }
    for (Instr* p : parts_.at(v)) objectLeaves(p, out);
  }

  // s.f = v on a record kept as parts, in a program that tracks lifetimes:
  // the boxed struct would release the field's old value there, so it lives
  // up to there (a mark before the assignment, whose value is made by then).
  void endLifetime(Instr* old, Instr* at) {
    if (!lifetimes_) return;
    std::vector<Instr*> values;
    objectLeaves(old, values);
    if (values.empty()) return;
    Instr* mark = newInstr(Op::Call, *at, Type::unknown());
    mark->name = "lifetime_end_";
    mark->callee = Callee::Builtin;
    mark->nargout = 0;
    for (Instr* v : values) mark->addOperand(v);
    insertBefore(at, mark);
  }

  // A lifetime mark of records kept as parts marks their leaves instead
  // (those that may hold objects); one left with nothing to mark is gone.
  void markLeaves(Instr* mark) {
    std::vector<Instr*> values;
    for (Instr* o : mark->operands) objectLeaves(o, values);
    if (values == mark->operands) return;
    for (size_t k = 0; k < mark->operands.size(); ++k) mark->setOperand(k, nullptr);
    mark->operands.clear();
    for (Instr* v : values) mark->addOperand(v);
    if (values.empty()) dead_.push_back(mark);
    changed_ = true;
  }

  // --------------------------------------------------------------- uses

  // Rewrites the uses in `i` of records kept as parts.
  void uses(Instr* i) {
    if (isParts(i) && !isUserCall(*i)) return;  // made from parts: no use left to rewrite
    if (i->op == Op::Extract && isUserCall(*i->operands[0]) && isParts(i->operands[0])) return;
    if (isLifetimeMark(*i)) {
      markLeaves(i);
      return;
    }
    if (i->op == Op::Field && !i->dynamicField && isParts(i->operands[0])) {
      Instr* s = i->operands[0];
      int k = recordType(s).fieldIndex(i->name);
      if (k >= 0 && readField(i, parts_.at(s)[k])) return;
    }
    for (size_t k = 0; k < i->operands.size(); ++k) {
      Instr* o = i->operands[k];
      if (!o || !isParts(o) || (i->op == Op::Extract && k == 0)) continue;
      i->setOperand(k, boxed(o, i->op == Op::Phi ? i->parent->preds[k]->terminator() : i));
    }
  }

  // s.f of a record kept as parts: the part (a comma-separated list of one
  // value is that value where every user splices it).
  bool readField(Instr* field, Instr* part) {
    if (field->list) {
      for (const Instr* u : field->users) {
        if (u->op != Op::Call && u->op != Op::Matrix && u->op != Op::Cell && u->op != Op::Subsref) return false;
        for (size_t k = 0; k < u->operands.size(); ++k)
          if (u->operands[k] == field && !(k < u->splice.size() && u->splice[k])) return false;
      }
      for (Instr* u : std::vector<Instr*>(field->users))
        for (size_t k = 0; k < u->operands.size(); ++k)
          if (u->operands[k] == field) u->splice[k] = 0;
    }
    if (part->type != field->type && !field->list) return false;
    f_.replaceAllUses(field, part);
    dead_.push_back(field);
    changed_ = true;
    return true;
  }

  Function& f_;
  const std::unordered_map<const Function*, Signature>& sigs_;
  const std::unordered_map<std::string, const Function*>& byName_;
  std::unordered_map<Instr*, std::vector<Instr*>> parts_;  // records kept as their fields
  std::unordered_map<Instr*, Type> recordTypes_;           // a call or extract whose record is its parts
  std::unordered_map<Instr*, std::vector<Instr*>> reads_;  // boxed records read field by field
  std::map<std::pair<Instr*, Block*>, Instr*> boxed_;      // records kept as parts, boxed in a block
  std::set<const Instr*> generated_;  // made here: neither producers nor uses to rewrite
  std::unordered_map<Instr*, Instr*> anchor_;  // a record field of parts: where its boxed struct goes
  std::unordered_map<Instr*, Instr*> cursorAfter_;
  std::unordered_map<Block*, Instr*> cursorPhis_;
  std::vector<Instr*> dead_;
  bool lifetimes_;  // the program marks where values' lifetimes end (ObjectLifetimes.h)
  bool changed_ = false;
};

}  // namespace

bool scalarizeStructs(Module& m) {
  std::unordered_map<const Function*, Signature> sigs = signatures(m);
  std::unordered_map<std::string, const Function*> byName;
  for (const Function* f : m.functions) byName[f->name] = f;
  bool lifetimes = keepsLifetimes(m);
  bool changed = false;
  for (Function* f : m.functions) changed |= FunctionScalarizer(*f, sigs, byName, lifetimes).run();
  for (auto& [f, s] : sigs) {
    // The outputs' names, as the signature gives them.
    Function* g = const_cast<Function*>(f);
    std::vector<std::string> names;
    for (size_t k = 0; k < g->outputNames.size(); ++k) {
      if (!s.expandsOutput(k)) {
        names.push_back(g->outputNames[k]);
        continue;
      }
      leafNames(s.outputs[k], g->outputNames[k], names);
    }
    g->outputNames = names;
  }
  return changed;
}

}  // namespace mcc::ir

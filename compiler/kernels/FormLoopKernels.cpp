// Loop fusion over time; see FormLoopKernels.h.
#include "kernels/FormLoopKernels.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <unordered_map>

#include "kernels/FormKernels.h"

namespace mcc::kernels {
namespace {

using ir::Block;
using ir::Instr;
using ir::Op;

// A for loop over a range as LowerAST's forStmt builds it: the preheader
// branches to the header (phis, `counter <= count`, a branch to the body or
// the exit); the body is one block ending in a branch to the latch, which
// increments the counter and branches back to the header.
struct ForLoop {
  Block *pre = nullptr, *header = nullptr, *body = nullptr, *latch = nullptr, *exit = nullptr;
  Instr* counter = nullptr;     // the hidden counter's phi: 1, 2, ...
  Instr* count = nullptr;       // ForCount of the range, before the loop
  Instr* range = nullptr;       // first:step:last
  std::vector<Instr*> phis;     // the header's other phis
  size_t fromPre = 0, fromLatch = 1;  // each edge's phi operand
  bool inLoop(const Block* b) const { return b == header || b == body || b == latch; }
};

bool onlyPred(const Block* b, const Block* p) { return b->preds.size() == 1 && b->preds[0] == p; }
bool isDouble(const Instr* v, double value) {
  return v->op == Op::Const && v->constant.kind == ir::Constant::Double && !v->constant.complex &&
         v->constant.real == value;
}

std::optional<ForLoop> matchForLoop(Block* h) {
  Instr* test = h->terminator();
  if (!test || test->op != Op::CondBr || h->preds.size() != 2) return std::nullopt;
  ForLoop L;
  L.header = h;
  L.body = test->targets[0];
  L.exit = test->targets[1];
  Instr* more = test->operands[0];
  if (more->op != Op::Binary || more->binary != BinaryOp::Le || more->parent != h || more->users.size() != 1)
    return std::nullopt;
  L.counter = more->operands[0];
  L.count = more->operands[1];
  if (L.counter->op != Op::Phi || L.counter->parent != h || L.count->op != Op::ForCount) return std::nullopt;
  L.range = L.count->operands[0];
  Instr* bodyEnd = L.body->terminator();
  if (!bodyEnd || bodyEnd->op != Op::Br) return std::nullopt;
  L.latch = bodyEnd->targets[0];
  Instr* latchEnd = L.latch->terminator();
  if (!latchEnd || latchEnd->op != Op::Br || latchEnd->targets[0] != h) return std::nullopt;
  if (!onlyPred(L.body, h) || !onlyPred(L.latch, L.body) || !onlyPred(L.exit, h)) return std::nullopt;
  L.fromLatch = h->preds[0] == L.latch ? 0 : 1;
  L.fromPre = 1 - L.fromLatch;
  L.pre = h->preds[L.fromPre];
  Instr* preEnd = L.pre->terminator();
  if (h->preds[L.fromLatch] != L.latch || L.inLoop(L.pre) || !preEnd || preEnd->op != Op::Br) return std::nullopt;
  if (!L.count->parent || L.inLoop(L.count->parent)) return std::nullopt;

  for (Instr* i : h->instrs) {
    if (i == more || i == test) continue;
    if (i->op != Op::Phi) return std::nullopt;
    if (i != L.counter) L.phis.push_back(i);
  }
  // The counter starts at 1 and the latch only adds 1 to it.
  Instr* next = L.counter->operands[L.fromLatch];
  if (!isDouble(L.counter->operands[L.fromPre], 1) || next->parent != L.latch || next->op != Op::Binary ||
      next->binary != BinaryOp::Plus || next->operands[0] != L.counter || !isDouble(next->operands[1], 1))
    return std::nullopt;
  for (Instr* i : L.latch->instrs)
    if (i != latchEnd && i != next && i->op != Op::Const) return std::nullopt;
  for (Instr* u : L.counter->users)
    if (u != more && u != next && !(u->op == Op::ForValue && u->parent == L.body)) return std::nullopt;
  for (Instr* i : L.exit->instrs)
    if (i->op == Op::Phi) return std::nullopt;
  // A range of scalars that only the loop reads: code generation counts it
  // without making the array, and the kernel counts it the same way.
  if (L.range->op != Op::Range || L.range->operands.size() != 3) return std::nullopt;
  for (const Instr* o : L.range->operands)
    if (!o->type.unboxed() || kernelElemType(o->type) != ElemType::F64) return std::nullopt;
  for (const Instr* u : L.range->users)
    if (u != L.count && !(u->op == Op::ForValue && u->parent == L.body)) return std::nullopt;
  return L;
}

// A builtin called without arguments that is a constant double.
std::optional<double> constantCall(const Instr* i) {
  if (i->op != Op::Call || i->callee != ir::Callee::Builtin || !i->operands.empty() || i->nargout != 1) return std::nullopt;
  if (i->name == "pi") return M_PI;
  if (i->name == "e") return M_E;
  if (i->name == "eps") return 2.220446049250313e-16;
  if (i->name == "Inf" || i->name == "inf") return INFINITY;
  if (i->name == "NaN" || i->name == "nan") return NAN;
  return std::nullopt;
}

// MATLAB's class of an arithmetic result of double, single or logical
// operands: single wins, else double.
ElemType arithmeticType(const Instr* i) {
  for (const Instr* o : i->operands)
    if (kernelElemType(o->type) == ElemType::F32) return ElemType::F32;
  return ElemType::F64;
}
bool isFloat(std::optional<ElemType> t) { return t == ElemType::F64 || t == ElemType::F32; }

bool logicalResult(BinaryOp op) {
  switch (op) {
    case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt: case BinaryOp::Ge:
    case BinaryOp::And: case BinaryOp::Or: return true;
    default: return false;
  }
}

// Builds the kernel of one loop: prologue nodes (inputs, constants), body
// nodes (the carried values, then the body's instructions in order), and the
// final values the code after the loop reads.
class LoopKernelBuilder {
 public:
  LoopKernelBuilder(const ForLoop& loop, const std::string& function) : L_(loop) { k_->function = function; }

  // The kernel, or null when the loop does not qualify.
  std::unique_ptr<Kernel> build() {
    // Each carried array at the start of a step. The other phis (the loop
    // variable's value after the loop, scalars) stay with the loop; the
    // kernel may not read them.
    for (Instr* p : L_.phis) {
      if (!isArray(p)) {
        // It stays with the loop: it may not take an array the loop loses.
        const Instr* next = p->operands[L_.fromLatch];
        if (L_.inLoop(next->parent) && !next->type.unboxed()) return nullptr;
        continue;
      }
      if (carried_.empty()) space_ = p->operands[L_.fromPre];
      Node c{};
      c.kind = Node::Carried;
      c.type = *kernelElemType(p->type);
      c.input = static_cast<uint32_t>(carried_.size());
      node_[p] = addNode(c);
      carried_.push_back(p);
    }
    if (carried_.empty()) return nullptr;
    for (const Instr* i : L_.body->instrs)
      if (i != L_.body->terminator() && !addInstr(i)) return nullptr;

    TimeLoop loop;
    std::vector<std::pair<std::optional<uint32_t>, std::optional<uint32_t>>> ends;
    for (const Instr* p : carried_) {
      const Instr* init = p->operands[L_.fromPre];
      const Instr* next = p->operands[L_.fromLatch];
      if (!isArray(init) || !isArray(next) || kernelElemType(init->type) != kernelElemType(p->type) ||
          kernelElemType(next->type) != kernelElemType(p->type))
        return nullptr;
      ends.push_back({operand(init), operand(next)});
      if (!ends.back().first || !ends.back().second) return nullptr;
    }
    std::optional<uint32_t> first = operand(L_.range->operands[0]), step = operand(L_.range->operands[1]),
                            count = operand(L_.count);
    if (!first || !step || !count) return nullptr;

    // After the loop: its final values, and what the code after it computes
    // of them element by element, or reduces.
    afterLoop_ = true;
    for (const Instr* p : carried_) node_.erase(p);
    for (Instr* i : L_.exit->instrs) absorb(i);
    std::set<const Instr*> absorbed(absorbed_.begin(), absorbed_.end());
    auto readOutside = [&](const Instr* v) {
      for (const Instr* u : v->users)
        if (!L_.inLoop(u->parent) && !absorbed.count(u)) return true;
      return false;
    };
    std::vector<std::pair<Instr*, uint32_t>> outputs;
    for (Instr* p : carried_)
      if (readOutside(p)) outputs.push_back({p, *operand(p)});
    for (Instr* i : absorbed_)
      if (readOutside(i)) outputs.push_back({i, reduction_.count(i) ? reduction_.at(i) : node_.at(i)});

    // The nodes in order: prologue, body, after the loop.
    k_->nodes = prologue_;
    loop.bodyBegin = static_cast<uint32_t>(k_->nodes.size());
    auto place = [&](uint32_t id) {
      if (id >= kAfter) return id - kAfter + loop.bodyBegin + static_cast<uint32_t>(body_.size());
      return id >= kBody ? id - kBody + loop.bodyBegin : id;
    };
    for (Node n : body_) {
      for (uint32_t& a : n.args) a = place(a);
      k_->nodes.push_back(n);
    }
    loop.bodyEnd = static_cast<uint32_t>(k_->nodes.size());
    loop.first = place(*first);
    loop.step = place(*step);
    loop.count = place(*count);
    for (auto& [init, next] : ends) loop.carried.push_back({place(*init), place(*next)});
    for (Node n : after_) {
      for (uint32_t& a : n.args) a = place(a);
      k_->nodes.push_back(n);
    }
    for (auto& [value, node] : outputs) {
      const Node& n = k_->nodes[place(node)];
      k_->outputs.push_back({value, place(node), n.kind == Node::Reduce, n.type});
    }
    if (k_->outputs.empty()) return nullptr;  // nothing reads what the loop computes
    if (!guards_.empty()) {
      // The loop stays as the path taken when the shapes differ: the values
      // it counts after the loop (its variable) would have two sources.
      for (const Instr* p : L_.phis)
        if (std::find(carried_.begin(), carried_.end(), p) == carried_.end())
          for (const Instr* u : p->users)
            if (!L_.inLoop(u->parent)) return nullptr;
      guards_.insert(guards_.begin(), space_);
      for (const Instr* g : guards_)
        for (size_t in = 0; in < k_->inputs.size(); ++in)
          if (k_->inputs[in].value == g) loop.guarded.push_back(static_cast<uint32_t>(in));
    }
    k_->loop = loop;
    for (const Input& in : k_->inputs)
      if (in.array) {
        k_->space = in.value->type;
        break;
      }
    return std::move(k_);
  }

  // The phis of the arrays the kernel carries; the instructions after the
  // loop it computes.
  const std::vector<Instr*>& carried() const { return carried_; }
  const std::vector<Instr*>& absorbed() const { return absorbed_; }
  // The arrays from before the loop whose shape must be the loop's (the
  // first carried array's initial value) when the kernel runs: none when
  // inference proves it.
  const std::vector<const Instr*>& guards() const { return guards_; }
  const Instr* space() const { return space_; }

 private:
  static constexpr uint32_t kBody = 1u << 30, kAfter = 2u << 30;  // node ids while building

  // An instruction after the loop joins the kernel when it is element-wise
  // over the loop's final values (or what joined before), or reduces one of
  // them whole; its operands are there before the loop (it moves there).
  void absorb(Instr* i) {
    bool reduces = reductionOf(i).has_value();
    if (ir::isStatement(i->op) || (i->type.unboxed() && !reduces)) return;  // scalars stay
    bool ofLoop = false;
    for (const Instr* o : i->operands)
      ofLoop |= std::find(carried_.begin(), carried_.end(), o) != carried_.end() ||
                std::find(absorbed_.begin(), absorbed_.end(), o) != absorbed_.end();
    if (!ofLoop) return;
    if (std::optional<ReduceKind> r = reductionOf(i)) {
      std::optional<uint32_t> x = operand(i->operands[0]);
      if (!x || i->operands[0]->type.unboxed()) return;
      Node n{};
      n.kind = Node::Reduce;
      n.reduce = *r;
      n.type = *kernelElemType(i->type);
      n.args = {*x};
      reduction_[i] = addNode(n);
      absorbed_.push_back(i);
      return;
    }
    if (addInstr(i)) absorbed_.push_back(i);
  }

  // sum, prod, mean, max, min, any or all of a whole vector of the loop's
  // shape (double or single), of the type the kernel gives (single of single).
  std::optional<ReduceKind> reductionOf(const Instr* i) const {
    if (i->op != Op::Call || i->callee != ir::Callee::Builtin || i->nargout != 1 || i->operands.size() != 1)
      return std::nullopt;
    std::optional<ReduceKind> r = kernelReduceKind(i->name);
    const Instr* x = i->operands[0];
    std::optional<ElemType> xt = kernelElemType(x->type);
    if (!r || !space_ || !space_->type.rankKnown || !isFloat(xt)) return std::nullopt;
    size_t wide = 0;
    for (const ir::Extent& e : space_->type.dims) wide += !e.isOne();
    ElemType want = *r == ReduceKind::Any || *r == ReduceKind::All ? ElemType::Bool : *xt;
    if (wide > 1 || !i->type.unboxed() || kernelElemType(i->type) != want) return std::nullopt;
    return r;
  }

  // A real double or single array (the kinds a loop carries).
  static bool isArray(const Instr* v) {
    return v->type.rankKnown && !v->type.unboxed() && isFloat(kernelElemType(v->type));
  }
  // The array whose shape an array from before the loop has for certain:
  // through element-wise operations of it and scalars, and array outputs of
  // kernels (their space is their first array input's).
  static const Instr* shapeRoot(const Instr* v) {
    for (int depth = 0; depth < 64; ++depth) {
      if (v->op == Op::Extract && v->operands[0]->op == Op::Kernel) {
        const Kernel& k = *v->operands[0]->kernel;
        const Output& out = k.outputs.at(v->index);
        if (out.reduction) return v;
        auto in = std::find_if(k.inputs.begin(), k.inputs.end(), [](const Input& i) { return i.array; });
        if (in == k.inputs.end()) return v;
        v = v->operands[0]->operands[in - k.inputs.begin()];
        continue;
      }
      bool elementwise = v->op == Op::Unary || v->op == Op::Binary ||
                         (v->op == Op::Call && v->operands.size() == 1 && isKernelMathCall(v->name));
      if (!elementwise || (v->op == Op::Binary && !kernelBinary(v))) return v;
      const Instr* array = nullptr;
      for (const Instr* o : v->operands) {
        if (o->type.unboxed()) continue;
        if (array) return v;  // two arrays: their shapes may differ
        array = o;
      }
      if (!array) return v;
      v = array;
    }
    return v;
  }
  // An array from before the loop has the loop's shape: provably, or
  // (recorded in guards_) as far as inference knows, to be checked when the
  // program runs: the same rank, and each extent the same constant or one
  // inference does not know on either side.
  bool sameShape(const Instr* v) {
    if (shapeRoot(v) == shapeRoot(space_)) return true;
    const ir::Type &a = v->type, &b = space_->type;
    if (!a.rankKnown || !b.rankKnown || a.dims.size() != b.dims.size()) return false;
    bool proven = true;
    for (size_t d = 0; d < a.dims.size(); ++d) {
      const ir::Extent &x = a.dims[d], &y = b.dims[d];
      if (x.kind == ir::Extent::Const && y.kind == ir::Extent::Const && x.value != y.value) return false;
      proven &= x == y && x.kind != ir::Extent::Unknown;
    }
    if (!proven && std::find(guards_.begin(), guards_.end(), v) == guards_.end()) guards_.push_back(v);
    return true;
  }

  // A node of the body, or after the loop.
  uint32_t addNode(const Node& n) {
    std::vector<Node>& nodes = afterLoop_ ? after_ : body_;
    nodes.push_back(n);
    return (afterLoop_ ? kAfter : kBody) + static_cast<uint32_t>(nodes.size() - 1);
  }
  uint32_t addPrologue(const Node& n) {
    prologue_.push_back(n);
    return static_cast<uint32_t>(prologue_.size() - 1);
  }

  // The node of a value the body reads: the body's own, or from before the
  // loop an input (a scalar, or an array of the loop's shape) or a constant.
  std::optional<uint32_t> operand(const Instr* o) {
    if (auto it = node_.find(o); it != node_.end()) return it->second;
    if (afterLoop_) {
      // A carried array's final value; nothing else computed after the loop.
      auto c = std::find(carried_.begin(), carried_.end(), o);
      if (c != carried_.end()) {
        Node fin{};
        fin.kind = Node::Carried;
        fin.type = *kernelElemType(o->type);
        fin.input = static_cast<uint32_t>(c - carried_.begin());
        return node_[o] = addNode(fin);
      }
      if (o->parent == L_.exit && o->op != Op::Const) return std::nullopt;
    }
    std::optional<ElemType> t = kernelElemType(o->type);
    if (!t || (o->parent && L_.inLoop(o->parent))) return std::nullopt;
    Node n{};
    n.type = *t;
    bool scalar = o->type.unboxed();
    if (scalar && o->op == Op::Const) {
      n.kind = Node::Const;
      n.value = o->constant.real;
    } else {
      if (!scalar && (!o->type.rankKnown || !sameShape(o))) return std::nullopt;
      n.kind = scalar ? Node::Scalar : Node::Load;
      n.input = static_cast<uint32_t>(k_->inputs.size());
      k_->inputs.push_back({o, !scalar, *t});
    }
    uint32_t id = addPrologue(n);
    node_[o] = id;
    return id;
  }

  // The node of an element-wise instruction of the body (or after the loop).
  bool addInstr(const Instr* i) {
    std::optional<ElemType> t = kernelElemType(i->type);
    if (!t || !i->type.rankKnown) return false;
    bool scalar = i->type.unboxed();
    Node n{};
    n.type = *t;
    auto operandType = [&](size_t k) { return kernelElemType(i->operands[k]->type); };
    switch (i->op) {
      case Op::Const:
        if (!scalar || i->constant.complex) return false;
        n.kind = Node::Const;
        n.value = i->constant.real;
        node_[i] = addNode(n);
        return true;
      case Op::ForValue:
        if (i->operands[0] != L_.range || i->operands[1] != L_.counter || !scalar || *t != ElemType::F64) return false;
        n.kind = Node::Index;
        node_[i] = addNode(n);
        return true;
      case Op::Unary:
        n.kind = Node::Unary;
        n.unary = i->unary;
        if (i->unary == UnaryOp::Not ? operandType(0) != ElemType::Bool || *t != ElemType::Bool
                                     : i->unary == UnaryOp::UMinus ? *t != arithmeticType(i) : *t != operandType(0))
          return false;
        break;
      case Op::Binary: {
        std::optional<BinaryOp> op = kernelBinary(i);
        if (!op && i->binary == BinaryOp::MPower && scalar) op = BinaryOp::Power;  // of two scalars: .^
        if (!op || *t != (logicalResult(*op) ? ElemType::Bool : arithmeticType(i))) return false;
        // ~, & and | of a NaN are errors: only logical operands.
        if ((*op == BinaryOp::And || *op == BinaryOp::Or) &&
            (operandType(0) != ElemType::Bool || operandType(1) != ElemType::Bool))
          return false;
        n.kind = Node::Binary;
        n.binary = *op;
        break;
      }
      case Op::Call: {
        if (std::optional<double> c = constantCall(i)) {
          n.kind = Node::Const;
          n.value = *c;
          node_[i] = addNode(n);
          return true;
        }
        if (i->callee != ir::Callee::Builtin || i->nargout != 1 || !isFloat(*t)) return false;
        // double() and single() of any operand; the math functions of double
        // or single keep the class.
        bool math = i->operands.size() == 1 && isKernelMathCall(i->name) &&
                    (i->name == "double"   ? *t == ElemType::F64
                     : i->name == "single" ? *t == ElemType::F32
                                           : isFloat(operandType(0)) && *t == operandType(0));
        // mod of doubles; max and min of two (NaN loses) of doubles or singles.
        bool two = i->operands.size() == 2 && isFloat(operandType(0)) && isFloat(operandType(1)) &&
                   (i->name == "mod" ? *t == ElemType::F64 && operandType(0) == ElemType::F64 && operandType(1) == ElemType::F64
                    : i->name == "max" || i->name == "min" ? *t == arithmeticType(i)
                                                           : false);
        if (!math && !two) return false;
        n.kind = Node::Math;
        n.fn = i->name;
        n.modulus = wholeModulus(i);
        break;
      }
      default: return false;
    }
    // A scalar result of scalars; an array result of arrays of the loop's
    // shape (operand checks that) and scalars.
    bool anyArray = false;
    for (const Instr* o : i->operands) {
      std::optional<uint32_t> a = operand(o);
      if (!a) return false;
      anyArray |= !o->type.unboxed();
      n.args.push_back(*a);
    }
    if (scalar == anyArray) return false;
    node_[i] = addNode(n);
    return true;
  }

  const ForLoop& L_;
  std::unique_ptr<Kernel> k_ = std::make_unique<Kernel>();
  std::vector<Node> prologue_, body_, after_;
  bool afterLoop_ = false;
  std::unordered_map<const Instr*, uint32_t> node_;
  std::vector<Instr*> carried_;                       // the phis of the arrays the loop carries
  std::vector<Instr*> absorbed_;                      // instructions after the loop it computes
  std::unordered_map<const Instr*, uint32_t> reduction_;  // their reductions' nodes
  const Instr* space_ = nullptr;  // the first carried array's initial value: the loop's shape
  std::vector<const Instr*> guards_;  // arrays of the loop's shape only at run time
};

// Puts the kernel at the end of the preheader, its Extracts in place of
// the carried arrays after the loop. A loop with nothing else to give (no
// other phi) goes; else it stays without its array work, counting (the
// loop variable after the loop, scalars).
void replaceLoop(ir::Function& f, const ForLoop& L, const LoopKernelBuilder& built, std::unique_ptr<Kernel> k,
                 KernelSet& out) {
  const std::vector<Instr*>& carried = built.carried();
  Instr* preEnd = L.pre->terminator();
  Instr* ki = f.newInstr(Op::Kernel, L.count->loc);
  ki->parent = L.pre;
  ki->kernel = k.get();
  ki->index = k->id = static_cast<uint32_t>(out.kernels.size());
  ki->nargout = static_cast<uint32_t>(k->outputs.size());
  ki->type = ir::Type::nothing();
  for (const Input& in : k->inputs) ki->addOperand(const_cast<Instr*>(in.value));
  std::vector<Instr*> placed = {ki};
  for (size_t o = 0; o < k->outputs.size(); ++o) {
    Instr* p = const_cast<Instr*>(k->outputs[o].value);
    Instr* e = f.newInstr(Op::Extract, p->loc);
    e->parent = L.pre;
    e->index = static_cast<uint32_t>(o);
    e->type = p->type;
    e->variable = p->variable;
    e->addOperand(ki);
    placed.push_back(e);
    std::vector<Instr*> users = p->users;
    for (Instr* u : users)
      if (!L.inLoop(u->parent))
        for (size_t a = 0; a < u->operands.size(); ++a)
          if (u->operands[a] == p) u->setOperand(a, e);
  }
  auto& instrs = L.pre->instrs;
  instrs.insert(std::find(instrs.begin(), instrs.end(), preEnd), placed.begin(), placed.end());
  out.kernels.push_back(std::move(k));
  const std::vector<Instr*>& absorbed = built.absorbed();
  for (auto it = absorbed.rbegin(); it != absorbed.rend(); ++it) f.erase(*it);

  if (carried.size() < L.phis.size()) {
    std::vector<Instr*> gone = carried;
    for (Instr* i : L.body->instrs)
      if (!i->type.unboxed() && !ir::isStatement(i->op)) gone.push_back(i);
    for (Instr* i : gone) f.erase(i);
    return;
  }
  preEnd->targets[0] = L.exit;
  L.exit->preds = {L.pre};
  for (Block* b : {L.header, L.body, L.latch}) {
    std::vector<Instr*> gone = b->instrs;
    for (Instr* i : gone) f.erase(i);
  }
  f.blocks.erase(std::remove_if(f.blocks.begin(), f.blocks.end(), [&](const Block* b) { return L.inLoop(b); }),
                 f.blocks.end());
}

// A new block of f, placed in f's order before `before` (code generation
// emits blocks in that order: a value before its uses).
Block* newBlockBefore(ir::Function& f, Block* before) {
  uint32_t id = 0;
  for (const Block* b : f.blocks) id = std::max(id, b->id + 1);
  Block* b = f.newBlock();
  b->id = id;
  b->sealed = true;
  f.blocks.pop_back();
  f.blocks.insert(std::find(f.blocks.begin(), f.blocks.end(), before), b);
  return b;
}

Instr* newValue(ir::Function& f, Op op, SourceRange loc, ir::Type type, std::initializer_list<Instr*> operands) {
  Instr* i = f.newInstr(op, loc);
  i->type = type;
  for (Instr* o : operands) i->addOperand(o);
  return i;
}

// The guard, computed at the end of the preheader (before its branch):
// whether every guarded array has, extent by extent, the extents of the
// loop's space (the first of them) where inference does not know both.
Instr* emitGuard(ir::Function& f, const ForLoop& L, const std::vector<const Instr*>& guards) {
  std::vector<Instr*> placed;
  SourceRange loc = L.count->loc;
  auto constant = [&](double v) {
    Instr* c = newValue(f, Op::Const, loc, ir::Type::scalar(ir::Class::Double), {});
    c->constant.kind = ir::Constant::Double;
    c->constant.real = v;
    placed.push_back(c);
    return c;
  };
  auto size = [&](const Instr* x, size_t d) {  // size(x, d + 1): a read of x's descriptor
    Instr* c = newValue(f, Op::Call, loc, ir::Type::scalar(ir::Class::Double), {const_cast<Instr*>(x)});
    c->addOperand(constant(static_cast<double>(d + 1)));
    c->name = "size";
    c->callee = ir::Callee::Builtin;
    c->nargout = 1;
    c->outputTypes = {c->type};
    placed.push_back(c);
    return c;
  };
  const Instr* space = guards.front();
  std::vector<Instr*> extents(space->type.dims.size(), nullptr);
  Instr* all = nullptr;
  for (size_t g = 1; g < guards.size(); ++g)
    for (size_t d = 0; d < extents.size(); ++d) {
      const ir::Extent &x = guards[g]->type.dims[d], &y = space->type.dims[d];
      if (x == y && x.kind != ir::Extent::Unknown) continue;
      if (!extents[d]) extents[d] = size(space, d);
      Instr* eq = newValue(f, Op::Binary, loc, ir::Type::scalar(ir::Class::Logical), {size(guards[g], d), extents[d]});
      eq->binary = BinaryOp::Eq;
      placed.push_back(eq);
      if (all) {
        all = newValue(f, Op::Binary, loc, ir::Type::scalar(ir::Class::Logical), {all, eq});
        all->binary = BinaryOp::And;
        placed.push_back(all);
      } else {
        all = eq;
      }
    }
  if (!all) {  // every extent known on both sides after all
    all = newValue(f, Op::Const, loc, ir::Type::scalar(ir::Class::Logical), {});
    all->constant.kind = ir::Constant::Logical;
    all->constant.real = 1;
    placed.push_back(all);
  }
  auto& instrs = L.pre->instrs;
  for (Instr* i : placed) i->parent = L.pre;
  instrs.insert(instrs.end() - 1, placed.begin(), placed.end());
  return all;
}

// A loop fused under a guard keeps its blocks as the path taken when the
// guarded shapes differ at run time (with the instructions after the loop
// that the kernel computes, copied onto the loop's exit edge), so the
// program computes, and fails, exactly as the loop does there:
//
//   pre:    ... guard; condbr guard, fused, header
//   fused:  kernel; extracts; br exit
//   header: (the loop, unchanged) condbr ..., body, slow
//   slow:   copies of what the kernel computes after the loop; br exit
//   exit:   phi(slow, fused) for each value the kernel gives; ...
void replaceLoopGuarded(ir::Function& f, const ForLoop& L, const LoopKernelBuilder& built, std::unique_ptr<Kernel> k,
                        KernelSet& out) {
  Instr* guard = emitGuard(f, L, built.guards());
  Block* fused = newBlockBefore(f, L.exit);
  Block* slow = newBlockBefore(f, L.exit);
  Instr* preEnd = L.pre->terminator();
  preEnd->op = Op::CondBr;
  preEnd->addOperand(guard);
  preEnd->targets = {fused, L.header};
  fused->preds = {L.pre};
  Instr* test = L.header->terminator();
  test->targets[1] = slow;
  slow->preds = {L.header};
  L.exit->preds = {slow, fused};

  // The fused path.
  Instr* ki = f.newInstr(Op::Kernel, L.count->loc);
  ki->parent = fused;
  ki->kernel = k.get();
  ki->index = k->id = static_cast<uint32_t>(out.kernels.size());
  ki->nargout = static_cast<uint32_t>(k->outputs.size());
  ki->type = ir::Type::nothing();
  for (const Input& in : k->inputs) ki->addOperand(const_cast<Instr*>(in.value));
  fused->instrs.push_back(ki);
  std::vector<Instr*> extracts;
  for (size_t o = 0; o < k->outputs.size(); ++o) {
    const Instr* p = k->outputs[o].value;
    Instr* e = newValue(f, Op::Extract, p->loc, p->type, {ki});
    e->parent = fused;
    e->index = static_cast<uint32_t>(o);
    e->variable = p->variable;
    fused->instrs.push_back(e);
    extracts.push_back(e);
  }

  // The loop's path: what the kernel computes after the loop, copied, with
  // the constants it reads there.
  std::unordered_map<const Instr*, Instr*> copies;
  const std::vector<Instr*>& absorbed = built.absorbed();
  auto copy = [&](const Instr* i) {
    Instr* c = f.newInstr(i->op, i->loc);
    uint32_t id = c->id;
    *c = *i;
    c->id = id;
    c->operands.clear();
    c->users.clear();
    c->parent = slow;
    for (Instr* o : i->operands) {
      auto it = copies.find(o);
      c->addOperand(it != copies.end() ? it->second : o);
    }
    slow->instrs.push_back(c);
    copies[i] = c;
  };
  for (const Instr* i : absorbed)
    for (const Instr* o : i->operands)
      if (o->parent == L.exit && !copies.count(o) &&
          std::find(absorbed.begin(), absorbed.end(), o) == absorbed.end())
        copy(o);  // a constant (the only values of the exit block the kernel reads)
  for (const Instr* i : absorbed) copy(i);
  for (Block* b : {fused, slow}) {
    Instr* br = f.newInstr(Op::Br, L.count->loc);
    br->parent = b;
    br->targets = {L.exit};
    b->instrs.push_back(br);
  }

  // Where the paths meet: a phi of each value the kernel gives.
  std::vector<Instr*> phis;
  for (size_t o = 0; o < k->outputs.size(); ++o) {
    Instr* v = const_cast<Instr*>(k->outputs[o].value);
    Instr* onLoop = copies.count(v) ? copies.at(v) : v;
    Instr* phi = newValue(f, Op::Phi, v->loc, v->type, {onLoop, extracts[o]});
    phi->parent = L.exit;
    phi->name = v->op == Op::Phi ? v->name : v->variable;
    phi->variable = v->variable;
    phis.push_back(phi);
    std::vector<Instr*> users = v->users;
    for (Instr* u : users) {
      if (u == phi || L.inLoop(u->parent) || u->parent == slow ||
          std::find(absorbed.begin(), absorbed.end(), u) != absorbed.end())
        continue;
      for (size_t a = 0; a < u->operands.size(); ++a)
        if (u->operands[a] == v) u->setOperand(a, phi);
    }
  }
  L.exit->instrs.insert(L.exit->instrs.begin(), phis.begin(), phis.end());
  out.kernels.push_back(std::move(k));
  for (auto it = absorbed.rbegin(); it != absorbed.rend(); ++it) f.erase(*it);
}

}  // namespace

bool formLoopKernels(ir::Module& m, KernelSet& out) {
  bool changed = false;
  for (ir::Function* f : m.functions) {
    std::vector<Block*> blocks = f->blocks;
    for (Block* h : blocks) {
      if (std::find(f->blocks.begin(), f->blocks.end(), h) == f->blocks.end()) continue;
      std::optional<ForLoop> loop = matchForLoop(h);
      if (!loop) continue;
      LoopKernelBuilder builder(*loop, f->name);
      std::unique_ptr<Kernel> k = builder.build();
      if (!k) continue;
      if (builder.guards().empty()) replaceLoop(*f, *loop, builder, std::move(k), out);
      else replaceLoopGuarded(*f, *loop, builder, std::move(k), out);
      changed = true;
    }
  }
  return changed;
}

}  // namespace mcc::kernels

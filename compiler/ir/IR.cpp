// IR construction helpers and the --emit=ir printer.
#include "IR.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ostream>
#include <set>
#include <unordered_map>

#include "frontend/ASTPrinter.h"

namespace mcc::ir {

const char* opName(Op op) {
  switch (op) {
#define IR_OP(Name, Text) case Op::Name: return Text;
#include "IROps.def"
  }
  return "?";
}

void Instr::addOperand(Instr* v) {
  operands.push_back(v);
  if (v) v->users.push_back(this);
}

void Instr::setOperand(size_t i, Instr* v) {
  Instr* old = operands[i];
  if (old == v) return;
  if (old) {
    auto it = std::find(old->users.begin(), old->users.end(), this);
    if (it != old->users.end()) old->users.erase(it);
  }
  operands[i] = v;
  if (v) v->users.push_back(this);
}

Block* Function::newBlock() {
  ownedBlocks_.push_back(std::make_unique<Block>());
  Block* b = ownedBlocks_.back().get();
  b->parent = this;
  b->id = static_cast<uint32_t>(blocks.size());
  blocks.push_back(b);
  return b;
}

Instr* Function::newInstr(Op op, SourceRange loc) {
  ownedInstrs_.push_back(std::make_unique<Instr>());
  Instr* i = ownedInstrs_.back().get();
  i->op = op;
  i->loc = loc;
  i->id = nextId_++;
  return i;
}

void Function::replaceAllUses(Instr* from, Instr* to) {
  std::vector<Instr*> users = from->users;
  for (Instr* u : users)
    for (size_t k = 0; k < u->operands.size(); ++k)
      if (u->operands[k] == from) u->setOperand(k, to);
}

void Function::erase(Instr* i) {
  for (size_t k = 0; k < i->operands.size(); ++k) i->setOperand(k, nullptr);
  if (i->parent) {
    auto& v = i->parent->instrs;
    v.erase(std::remove(v.begin(), v.end(), i), v.end());
    i->parent = nullptr;
  }
}

Function* Module::clone(const Function& f, std::string name) {
  Function* g = newFunction(std::move(name));
  g->ast = f.ast;
  g->source = f.source;
  g->paramNames = f.paramNames;
  g->outputNames = f.outputNames;
  g->captureCount = f.captureCount;
  g->handleText = f.handleText;
  g->manyOutputs = f.manyOutputs;
  std::unordered_map<const Block*, Block*> blocks;
  std::unordered_map<const Instr*, Instr*> instrs;
  for (const Block* b : f.blocks) {
    Block* nb = g->newBlock();
    nb->id = b->id;
    nb->sealed = true;
    blocks[b] = nb;
    for (const Instr* i : b->instrs) {
      Instr* ni = g->newInstr(i->op, i->loc);
      *ni = *i;
      ni->operands.clear();
      ni->users.clear();
      ni->parent = nb;
      instrs[i] = ni;
      nb->instrs.push_back(ni);
    }
  }
  for (const Block* b : f.blocks) {
    Block* nb = blocks[b];
    for (const Block* p : b->preds) nb->preds.push_back(blocks[p]);
    for (size_t k = 0; k < b->instrs.size(); ++k) {
      const Instr* i = b->instrs[k];
      Instr* ni = nb->instrs[k];
      for (const Instr* o : i->operands) ni->addOperand(o ? instrs[o] : nullptr);
      for (Block*& t : ni->targets) t = blocks[t];
    }
  }
  for (const Instr* p : f.params) g->params.push_back(instrs[p]);
  return g;
}

std::vector<Block*> reversePostOrder(const Function& f) {
  std::vector<Block*> post;
  std::set<Block*> seen = {f.entry()};
  std::vector<std::pair<Block*, size_t>> stack = {{f.entry(), 0}};
  while (!stack.empty()) {
    auto& [b, next] = stack.back();
    Instr* t = b->terminator();
    if (t && next < t->targets.size()) {
      Block* s = t->targets[next++];
      if (seen.insert(s).second) stack.push_back({s, 0});
      continue;
    }
    post.push_back(b);
    stack.pop_back();
  }
  std::reverse(post.begin(), post.end());
  for (Block* b : f.blocks)  // unreachable blocks last
    if (!seen.count(b)) post.push_back(b);
  return post;
}

Function* Module::newFunction(std::string name) {
  owned_.push_back(std::make_unique<Function>());
  Function* f = owned_.back().get();
  f->name = std::move(name);
  functions.push_back(f);
  return f;
}

bool elementwiseForm(const Instr& call, ElementwiseForm& form) {
  if (call.op != Op::Call || call.callee != Callee::Builtin || (call.name != "arrayfun" && call.name != "cellfun"))
    return false;
  if (std::any_of(call.splice.begin(), call.splice.end(), [](uint8_t s) { return s != 0; })) return false;
  // A constant option name (any case), or "".
  auto option = [](const Instr* v) {
    if (v->op != Op::Const || v->constant.kind != Constant::Char) return std::string();
    std::string t = v->constant.text;
    for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return t == "uniformoutput" || t == "errorhandler" ? t : std::string();
  };
  size_t n = call.operands.size();
  if (n < 2) return false;
  form = {n - 1, true};
  if (n >= 4 && option(call.operands[n - 2]) == "uniformoutput") {
    const Instr* v = call.operands[n - 1];
    const Constant& c = v->constant;
    if (v->op == Op::Const && c.kind == Constant::Logical) form.uniform = c.real != 0;
    else if (v->op == Op::Const && c.kind == Constant::Double && !c.complex && (c.real == 0 || c.real == 1))
      form.uniform = c.real != 0;
    else if (v->op == Op::Call && v->callee == Callee::Builtin && v->operands.empty() && (v->name == "true" || v->name == "false"))
      form.uniform = v->name == "true";
    else
      return false;
    form.inputs = n - 3;
  }
  for (size_t k = 1; k <= form.inputs; ++k)
    if (!option(call.operands[k]).empty()) return false;
  return true;
}

namespace {

std::string number(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::string constantText(const Constant& c) {
  switch (c.kind) {
    case Constant::Char: return quoteLiteral(c.text, '\'');
    case Constant::String: return quoteLiteral(c.text, '"');
    case Constant::Logical: return c.real != 0 ? "true" : "false";
    case Constant::Empty: return "[]";
    case Constant::Colon: return ":";
    case Constant::Double:
      if (!c.intClass.empty()) return std::string(c.intClass) + "(" + std::to_string(c.bits) + ")";
      if (c.complex) return number(c.real) + (c.imag < 0 ? "-" : "+") + number(std::abs(c.imag)) + "i";
      return number(c.real);
  }
  return "?";
}

const char* calleeName(Callee c) {
  switch (c) {
    case Callee::Local: return "local";
    case Callee::File: return "file";
    case Callee::Builtin: return "builtin";
  }
  return "?";
}

class Printer {
 public:
  Printer(const SourceFile* src, std::ostream& os, bool types) : src_(src), os_(os), types_(types) {}

  void function(const Function& f) {
    os_ << "function " << f.name << '(';
    for (size_t i = 0; i < f.paramNames.size(); ++i) os_ << (i ? ", " : "") << f.paramNames[i];
    os_ << ") -> (";
    for (size_t i = 0; i < f.outputNames.size(); ++i) os_ << (i ? ", " : "") << f.outputNames[i];
    os_ << ")\n";
    for (const Block* b : f.blocks) block(*b);
    os_ << '\n';
  }

 private:
  static std::string ref(const Instr* i) { return i ? "%" + std::to_string(i->id) : std::string("null"); }

  void block(const Block& b) {
    os_ << "bb" << b.id << ':';
    if (!b.preds.empty()) {
      os_ << "  ; preds:";
      for (const Block* p : b.preds) os_ << " bb" << p->id;
    }
    os_ << '\n';
    for (const Instr* i : b.instrs) instr(*i);
  }

  void instr(const Instr& i) {
    os_ << "  ";
    bool value = !isStatement(i.op);
    if (value) os_ << ref(&i) << " = ";
    os_ << opName(i.op);
    switch (i.op) {
      case Op::Const: os_ << ' ' << constantText(i.constant); break;
      case Op::Undef: case Op::Phi: os_ << ' ' << i.name; break;
      case Op::Param: os_ << " #" << i.index << ' ' << i.name; break;
      case Op::Unary: os_ << ' ' << mcc::opName(i.unary); break;
      case Op::Binary: os_ << ' ' << mcc::opName(i.binary); break;
      case Op::Transpose: os_ << (i.conjugate ? " ctranspose" : " transpose"); break;
      case Op::Call:
        os_ << ' ' << calleeName(i.callee) << ' ' << i.name << " nargout=" << i.nargout;
        if (!i.perElement.empty()) os_ << " each=" << i.perElement;
        break;
      case Op::Extract: os_ << " #" << i.index; break;
      case Op::Kernel: os_ << " k" << i.index; break;
      case Op::EndOf: os_ << " dim " << i.index + 1 << " of " << i.count; break;
      case Op::Field: case Op::SetField:
        if (i.forUpdate) os_ << '?';
        if (i.list) os_ << " list";
        if (i.called) os_ << " called";
        if (!i.dynamicField) os_ << ' ' << i.name;
        break;
      case Op::Subsref: case Op::CellRef:
        if (i.forUpdate) os_ << '?';
        if (!i.name.empty()) os_ << " call direct " << i.name;  // a handle's known target
        if (i.list) os_ << " list";
        break;
      case Op::FuncHandle: os_ << " @" << i.name; break;
      case Op::Closure: os_ << ' ' << i.name; break;
      case Op::CallHandle:
        if (!i.name.empty()) os_ << " direct " << i.name;
        os_ << " nargout=" << i.nargout;
        break;
      case Op::Display: os_ << ' ' << i.name; break;
      case Op::GlobalLoad: case Op::GlobalStore: os_ << (i.index ? " persistent " : " global ") << i.name; break;
      case Op::EnvNew: os_ << " slots=" << i.count; break;
      case Op::EnvLoad: case Op::EnvStore: os_ << ' ' << i.name << '#' << i.index; break;
      case Op::Matrix: case Op::Cell: {
        os_ << " rows=[";
        for (size_t k = 0; k < i.rowSizes.size(); ++k) os_ << (k ? "," : "") << i.rowSizes[k];
        os_ << ']';
        break;
      }
      default: break;
    }
    if (i.op == Op::Phi) {
      for (size_t k = 0; k < i.operands.size(); ++k)
        os_ << (k ? ", " : " ") << '[' << ref(i.operands[k]) << ", bb" << i.parent->preds[k]->id << ']';
    } else {
      for (size_t k = 0; k < i.operands.size(); ++k)
        os_ << (k ? ", " : " ") << (k < i.splice.size() && i.splice[k] ? "..." : "") << ref(i.operands[k]);
    }
    for (size_t k = 0; k < i.targets.size(); ++k) os_ << (k || !i.operands.empty() ? ", " : " ") << "bb" << i.targets[k]->id;
    if (types_ && value) {
      os_ << " : " << i.type.str();
      if (i.op == Op::Call && i.outputTypes.size() > 1) {
        os_ << " (";
        for (size_t k = 0; k < i.outputTypes.size(); ++k) os_ << (k ? ", " : "") << i.outputTypes[k].str();
        os_ << ')';
      }
    }
    if (src_ && i.loc.end > i.loc.begin) os_ << "  ; line " << src_->lineCol(i.loc.begin).line;
    os_ << '\n';
  }

  const SourceFile* src_;
  std::ostream& os_;
  bool types_;
};

}  // namespace

void printModule(const Module& m, const SourceFile* src, std::ostream& os, bool types) {
  Printer p(src, os, types);
  for (const Function* f : m.functions) p.function(*f);
}

}  // namespace mcc::ir

// The type lattice: join, predicates, printing.
#include "Types.h"

#include "IR.h"

namespace mcc::ir {

const char* className(Class c) {
  switch (c) {
#define CLASS(Enum, Name) case Class::Enum: return Name;
#include "Classes.def"
  }
  return "?";
}

bool isIntegerClass(Class c) { return c >= Class::Int8 && c <= Class::UInt64; }
bool isNumericClass(Class c) { return c == Class::Double || c == Class::Single || isIntegerClass(c); }

Type Type::unknown() {
  Type t;
  t.reached = true;
  return t;
}

Type Type::nothing() {
  Type t;
  t.reached = true;
  t.noValue = true;
  return t;
}

Type Type::scalar(Class c, Complexity cx) { return matrix(c, {Extent::constant(1), Extent::constant(1)}, cx); }

Type Type::matrix(Class c, std::vector<Extent> dims, Complexity cx) {
  Type t;
  t.reached = true;
  t.cls = c;
  t.cx = cx;
  t.rankKnown = true;
  while (dims.size() < 2) dims.push_back(Extent::constant(1));
  while (dims.size() > 2 && dims.back().isOne()) dims.pop_back();
  t.dims = std::move(dims);
  return t;
}

Type Type::handle(std::string target) {
  Type t = scalar(Class::FunctionHandle);
  t.target = std::move(target);
  return t;
}

Type Type::objectOf(std::string className) {
  Type t = scalar(Class::Struct);
  t.object = std::move(className);
  return t;
}

bool Type::isScalar() const {
  if (!reached || !rankKnown) return false;
  for (const Extent& e : dims)
    if (!e.isOne()) return false;
  return true;
}

bool Type::isEmptyConst() const {
  if (!reached || !rankKnown) return false;
  for (const Extent& e : dims)
    if (e.kind == Extent::Const && e.value == 0) return true;
  return false;
}

bool Type::unboxed() const {
  return fullyKnown() && sp == Sparsity::Full && isScalar() && (isNumericClass(cls) || cls == Class::Logical || cls == Class::Char);
}

bool Type::operator==(const Type& o) const {
  return reached == o.reached && noValue == o.noValue && cls == o.cls && cx == o.cx && sp == o.sp && rankKnown == o.rankKnown &&
         dims == o.dims && target == o.target && object == o.object;
}

Type join(const Type& a, const Type& b) {
  if (!a.reached) return b;
  if (!b.reached) return a;
  if (a == b) return a;
  Type t;
  t.reached = true;
  t.noValue = a.noValue && b.noValue;
  if (a.noValue != b.noValue) {
    Type u = Type::unknown();
    if (a.sp != Sparsity::Full || b.sp != Sparsity::Full) u.sp = Sparsity::Unknown;
    return u;
  }
  t.cls = a.cls == b.cls && a.object == b.object ? a.cls : Class::Unknown;
  if (t.cls != Class::Unknown) t.object = a.object;
  if (a.target == b.target) t.target = a.target;
  t.cx = a.cx == b.cx ? a.cx : Complexity::Unknown;
  t.sp = a.sp == b.sp ? a.sp : Sparsity::Unknown;
  if (a.rankKnown && b.rankKnown && a.dims.size() == b.dims.size()) {
    t.rankKnown = true;
    for (size_t k = 0; k < a.dims.size(); ++k) t.dims.push_back(a.dims[k] == b.dims[k] ? a.dims[k] : Extent::unknown());
  }
  return t;
}

std::string Type::str() const {
  if (!reached) return "unreached";
  if (noValue) return "none";
  if (cls == Class::Unknown && cx == Complexity::Unknown && sp == Sparsity::Full && !rankKnown) return "?";
  std::string s = object.empty() ? className(cls) : object;
  if (sp == Sparsity::Sparse) s += " sparse";
  else if (sp == Sparsity::Unknown) s += " sparse?";
  if (cx == Complexity::Complex) s += " complex";
  else if (cx == Complexity::Unknown) s += " real?";
  if (!rankKnown) return s + " ?";
  if (!target.empty()) return s + " @" + target;
  if (isScalar()) return s + " scalar";
  s += ' ';
  for (size_t k = 0; k < dims.size(); ++k) {
    if (k) s += 'x';
    const Extent& e = dims[k];
    if (e.kind == Extent::Const) s += std::to_string(e.value);
    else if (e.kind == Extent::Sym) s += "%" + std::to_string(e.sym->id);
    else s += '?';
  }
  return s;
}

}  // namespace mcc::ir

// The type lattice: join, predicates, printing.
#include "Types.h"

#include "IR.h"

#include <algorithm>

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

Type Type::bottom() { return {}; }

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

// Symbolic extents name values of one function: a field's type keeps none.
static void forgetSymbols(Type& t) {
  for (Extent& e : t.dims)
    if (e.kind == Extent::Sym) e = Extent::unknown();
  for (FieldType& f : t.fields) forgetSymbols(f.type);
}

static int recordDepth(const Type& t) {
  int d = 0;
  for (const FieldType& f : t.fields) d = std::max(d, recordDepth(f.type));
  return t.fieldsKnown ? d + 1 : 0;
}

Type Type::record(std::vector<FieldType> fields) {
  Type t = scalar(Class::Struct);
  for (FieldType& f : fields) forgetSymbols(f.type);
  t.fieldsKnown = true;
  t.fields = std::move(fields);
  if (t.fields.size() > kMaxRecordFields || recordDepth(t) > kMaxRecordDepth) t.fields.clear(), t.fieldsKnown = false;
  return t;
}

int Type::fieldIndex(const std::string& name) const {
  for (size_t k = 0; k < fields.size(); ++k)
    if (fields[k].name == name) return static_cast<int>(k);
  return -1;
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
         dims == o.dims && target == o.target && captured == o.captured && object == o.object && fieldsKnown == o.fieldsKnown && fields == o.fields;
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
  if (a.target == b.target && a.captured == b.captured) t.captured = a.captured;
  t.cx = a.cx == b.cx ? a.cx : Complexity::Unknown;
  t.sp = a.sp == b.sp ? a.sp : Sparsity::Unknown;
  if (a.rankKnown && b.rankKnown && a.dims.size() == b.dims.size()) {
    t.rankKnown = true;
    for (size_t k = 0; k < a.dims.size(); ++k) t.dims.push_back(a.dims[k] == b.dims[k] ? a.dims[k] : Extent::unknown());
  }
  // Records with the same fields in the same order join field by field.
  if (a.fieldsKnown && b.fieldsKnown && a.fields.size() == b.fields.size()) {
    std::vector<FieldType> fields;
    for (size_t k = 0; k < a.fields.size() && a.fields[k].name == b.fields[k].name; ++k)
      fields.push_back({a.fields[k].name, join(a.fields[k].type, b.fields[k].type)});
    if (fields.size() == a.fields.size()) return Type::record(std::move(fields));
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
  if (!target.empty()) {
    s += " @" + target;
    if (!captured.empty()) {
      s += " [";
      for (size_t k = 0; k < captured.size(); ++k) s += (k ? ", " : "") + captured[k].str();
      s += "]";
    }
    return s;
  }
  if (fieldsKnown) {
    s += " {";
    for (size_t k = 0; k < fields.size(); ++k) s += (k ? ", " : "") + fields[k].name + ": " + fields[k].type.str();
    return s + "}";
  }
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

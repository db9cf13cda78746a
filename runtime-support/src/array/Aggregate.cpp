// Cell and struct arrays: elements, field tables, rearrangement by
// positions, and the C API of "Cells and structs" in mcc/runtime.h. See
// Aggregate.h.
#include "array/Aggregate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "CStructs.h"
#include "builtins/Maps.h"
#include "array/Index.h"
#include "array/StringArray.h"
#include "builtins/Builtin.h"  // toText
#include "builtins/Handles.h"

namespace mcc::rt {

namespace {

void* newTable(std::vector<std::string> names);

// The table of the arrays of handle objects of class `name` (one per
// class, never freed: the map is never destroyed, so the tables stay
// reachable to the end, for the leak checkers too).
void* handleArrayTable(const std::string& name, const std::vector<std::string>& names,
                       const std::vector<std::string>& supers) {
  static std::map<std::string, FieldTable*>& tables = *new std::map<std::string, FieldTable*>;
  FieldTable*& t = tables[name];
  if (!t) {
    t = static_cast<FieldTable*>(newTable(names));
    t->className = name;
    t->superclasses = supers;
    t->handleArray = true;
  }
  return t;
}

void retainTable(void* t) {
  if (t) ++static_cast<FieldTable*>(t)->refcount;
}
void releaseTable(void* t) {
  auto* f = static_cast<FieldTable*>(t);
  if (f && --f->refcount == 0) delete f;
}
void* newTable(std::vector<std::string> names) {
  auto* t = new FieldTable;
  t->names = std::move(names);
  return t;
}

const std::vector<std::string>& namesOf(const mcc_array* s) {
  static const std::vector<std::string> none;
  return s->fields ? fieldsOf(s)->names : none;
}

std::string dynamicName(const mcc_array* name, const mcc_site* site) {
  name = scalarText(name);  // s.("name")
  if (!name || name->class_id != MCC_CLASS_CHAR || (name->numel && !(name->ndims == 2 && name->dims[0] == 1)))
    fail("Dynamic structure reference must evaluate to a valid field name.", site);
  return toText(name);
}

// The linear position that scalar indices name, when every index is a real
// double scalar: >= 0 in range, -2 out of range or not a positive integer;
// -1 when the indices are not all scalars (the general path decides).
long scalarPosition(const mcc_array* x, size_t nidx, const mcc_array* const* idx) {
  if (nidx == 0 || nidx > 2) return -1;
  size_t at[2];
  for (size_t k = 0; k < nidx; ++k) {
    const mcc_array* i = idx[k];
    if (i->class_id != MCC_CLASS_DOUBLE || i->is_complex || i->numel != 1) return -1;
    double v = static_cast<const double*>(i->data)[0];
    if (!(v >= 1) || v != std::floor(v) || v > 1e15) return -1;
    at[k] = static_cast<size_t>(v) - 1;
  }
  if (nidx == 1) return at[0] < x->numel ? static_cast<long>(at[0]) : -2;
  size_t rows = x->dims[0], cols = x->numel / (rows ? rows : 1);
  if (rows == 0) return -2;
  return at[0] < rows && at[1] < cols ? static_cast<long>(at[1] * rows + at[0]) : -2;
}

// x(end+1) of a non-empty row or column x, one index: the element that
// appending adds (x grows by one along its vector dim).
bool isAppend(const mcc_array* x, size_t nidx, const mcc_array* const* idx) {
  return nidx == 1 && x->numel > 0 && isVectorShape(x) && idx[0]->class_id == MCC_CLASS_DOUBLE &&
         !idx[0]->is_complex && idx[0]->numel == 1 &&
         static_cast<const double*>(idx[0]->data)[0] == static_cast<double>(x->numel + 1);
}

// Appends element e (retained) to the unshared row or column x, amortised O(1).
void appendElement(mcc_array* x, mcc_array* e, const mcc_site* site) {
  size_t n = x->numel;
  reserveElements(x, n + 1, site);
  elementsOf(x)[n] = e ? mcc_array_retain(e) : nullptr;
  setShape(x, x->dims[0] == 1 ? Dims{1, n + 1} : Dims{n + 1, 1});
}

const char* moreThanOne = "Expected one output from a curly brace or dot indexing expression, but there were ";

Ref emptyValue() { return Ref(mcc_array_empty()); }

// Every element of `s` with the fields in `names`: missing ones added
// (empty), then ordered as `names`. s's fields must be a subset of names.
Ref conformFields(const mcc_array* s, const std::vector<std::string>& names) {
  Ref r = Ref::share(s);
  for (const std::string& n : names) {
    size_t f;
    if (fieldsOf(r.get()) == nullptr || fieldsOf(r.get())->find(n) < 0) r = withField(std::move(r), n, f);
  }
  if (namesOf(r.get()) == names) return r;
  return withFieldOrder(r.get(), names);
}

}  // namespace

// --- Contents -----------------------------------------------------------------

void retainContents(mcc_array* a) {
  if (!isPointerClass(a->class_id)) return;
  mcc_array** e = elementsOf(a);
  for (size_t k = 0; k < a->numel; ++k)
    if (e[k]) mcc_array_retain(e[k]);
  retainTable(a->fields);
}

void releaseContents(mcc_array* a) {
  if (!isPointerClass(a->class_id)) return;
  mcc_array** e = elementsOf(a);
  for (size_t k = 0; k < a->numel; ++k) mcc_array_release(e[k]);
  releaseTable(a->fields);
  a->fields = nullptr;
}

std::string classText(const mcc_array* a) {
  std::string object = objectClass(a);
  return object.empty() ? className(a->class_id) : object;
}

Ref asObject(Ref s, const std::string& name, bool handle, std::vector<std::string> supers, const mcc_site* site) {
  if (s && s->class_id == MCC_CLASS_STRUCT && s->numel == 0) {  // an empty array of objects (NAME.empty)
    s = Ref(mcc_array_unshare(s.release()));
    void* t;
    if (handle) {
      t = handleArrayTable(name, namesOf(s.get()), supers);
      retainTable(t);
    } else {
      t = newTable(namesOf(s.get()));
      static_cast<FieldTable*>(t)->className = name;
      static_cast<FieldTable*>(t)->superclasses = std::move(supers);
    }
    releaseTable(s->fields);
    s->fields = t;
    return s;
  }
  if (!s || s->class_id != MCC_CLASS_STRUCT || s->numel != 1) fail("class(s, name) needs a 1x1 struct.", site);
  s = Ref(mcc_array_unshare(s.release()));
  auto* t = static_cast<FieldTable*>(newTable(fieldsOf(s.get()) ? fieldsOf(s.get())->names : std::vector<std::string>{}));
  t->className = name;
  t->handle = handle;
  t->superclasses = std::move(supers);
  releaseTable(s->fields);
  s->fields = t;
  return s;
}

namespace {
std::map<std::string, std::vector<std::string>, std::less<>>& unshownProperties() {
  static auto& classes = *new std::map<std::string, std::vector<std::string>, std::less<>>;  // (never freed)
  return classes;
}
}  // namespace

void setUnshownProperties(const std::string& name, std::vector<std::string> names) {
  unshownProperties().try_emplace(name, std::move(names));
}

bool shownProperty(const mcc_array* a, std::string_view name) {
  std::string object = objectClass(a);
  if (object.empty()) return true;
  auto it = unshownProperties().find(object);
  return it == unshownProperties().end() || std::find(it->second.begin(), it->second.end(), name) == it->second.end();
}

size_t shownCount(const mcc_array* a) {
  size_t n = 0;
  for (size_t k = 0; k < fieldCount(a); ++k) n += shownProperty(a, fieldsOf(a)->names[k]);
  return n;
}

Ref asHandleArray(const mcc_array* a) {
  if (!isHandleObject(a)) return Ref::share(a);
  void* t = handleArrayTable(fieldsOf(a)->className, fieldsOf(a)->names, fieldsOf(a)->superclasses);
  Ref r = newArray(MCC_CLASS_STRUCT, false, {1, 1}, true);
  r->fields = t;
  retainTable(t);
  elementsOf(r.get())[0] = mcc_array_retain(const_cast<mcc_array*>(a));
  return r;
}

Ref scalarObject(Ref a) {
  if (!isHandleArray(a.get()) || a->numel != 1) return a;
  return Ref::share(elementsOf(a.get())[0]);
}

mcc_array* recordOf(const mcc_array* s, size_t k) {
  mcc_array* e = elementsOf(s)[k];
  return e && isHandleArray(s) ? elementsOf(e)[0] : e;
}

namespace {
mcc_array* operatorMethods = nullptr;  // the program's function handle (operator_methods_)
}

void setOperatorMethods(const mcc_array* handle) {
  if (!operatorMethods) operatorMethods = mcc_array_retain(const_cast<mcc_array*>(handle));
}

void releaseOperatorMethods() {
  mcc_array_release(operatorMethods);
  operatorMethods = nullptr;
}

bool objectOperator(const char* name, const mcc_array* a, const mcc_array* b, mcc_array** result, const mcc_site* site) {
  if (!operatorMethods || (objectClass(a).empty() && objectClass(b).empty())) return false;
  Ref op = fromText(name);
  mcc_array* in[] = {op.get(), const_cast<mcc_array*>(a), const_cast<mcc_array*>(b)};
  mcc_array* out[2] = {nullptr, nullptr};
  mcc_call_handle(operatorMethods, 2, out, b ? 3 : 2, in, site);
  Ref value(out[0]), found(out[1]);
  if (!found || !mcc_array_to_double(found.get(), site)) return false;
  *result = value.release();
  return true;
}

void requireLiveObject(const mcc_array* a, const mcc_site* site) {
  if (isHandleObject(a) && fieldsOf(a)->deleted) fail("Invalid or deleted object.", site);
}

namespace {
mcc_array* destructorMethods = nullptr;  // the program's function handle (destructor_methods_)

// Marks h deleted and frees its properties.
void invalidate(mcc_array* h) {
  // The table is this object's own (asObject made it, and a handle is never copied).
  static_cast<FieldTable*>(h->fields)->deleted = true;
  mcc_array* rec = elementsOf(h)[0];
  elementsOf(h)[0] = nullptr;
  mcc_array_release(rec);
}

// Runs the delete methods of h's class on h, once; false when there are none to run.
bool runDestructors(mcc_array* h, const mcc_site* site) {
  auto* t = static_cast<FieldTable*>(h->fields);
  if (!destructorMethods || t->deleted || t->destroying) return false;
  t->destroying = true;
  mcc_array* in[] = {h};
  mcc_array* out[1] = {nullptr};  // (what a call with nargout 0 gives, if anything)
  mcc_call_handle(destructorMethods, 0, out, 1, in, site);
  mcc_array_release(out[0]);
  return true;
}
}  // namespace

namespace {
mcc_array* objectDefaults = nullptr;  // the program's function handle (object_defaults_)

// The default object of the value class `cls` (MATLAB: its constructor
// called without arguments; an enumeration's first member), or null when
// the program registered none.
Ref defaultObject(const std::string& cls, const mcc_site* site) {
  if (!objectDefaults) return Ref();
  Ref name = fromText(cls);
  mcc_array* in[] = {name.get()};
  mcc_array* out[1] = {nullptr};
  mcc_call_handle(objectDefaults, 1, out, 1, in, site);
  Ref d(out[0]);
  if (!d || objectClass(d.get()) != cls || d->numel != 1) return Ref();
  return d;
}

// A new handle object of h's class holding h's property values (shared
// until either changes one).
Ref cloneObject(const mcc_array* h) {
  Ref c = newArray(MCC_CLASS_STRUCT, false, {1, 1}, true);
  auto* t = new FieldTable(*fieldsOf(h));
  t->refcount = 1;
  t->deleted = t->destroying = false;
  c->fields = t;
  if (mcc_array* rec = elementsOf(h)[0]) elementsOf(c.get())[0] = mcc_array_retain(rec);
  return c;
}

// The elements of the object array r that the assignment `pos` left
// without a value (position 0) take the record of the class's default
// object, made once (MATLAB's rule for value objects and enumerations).
void fillDefaults(mcc_array* r, const mcc_array* pos, const mcc_site* site) {
  std::string cls = objectClass(r);
  if (cls.empty() || fieldsOf(r)->handle || !objectDefaults) return;
  const double* p = dataOf<double>(pos);
  if (std::none_of(p, p + pos->numel, [](double v) { return v <= 0; })) return;
  Ref d = defaultObject(cls, site);
  if (!d || namesOf(d.get()) != namesOf(r)) return;
  mcc_array* rec = elementsOf(d.get())[0];
  bool first = true;
  bool member = fieldsOf(d.get())->find("EnumIndex_") >= 0;  // of a handle enumeration: the one object
  for (size_t k = 0; k < pos->numel; ++k) {
    if (p[k] > 0) continue;
    if (isHandleArray(r)) {  // a new handle for each, with the default object's property values (MATLAB)
      elementsOf(r)[k] = first || member ? mcc_array_retain(d.get()) : cloneObject(d.get()).release();
      first = false;
    } else if (rec) {
      elementsOf(r)[k] = mcc_array_retain(rec);
    }
  }
}
}  // namespace

void setObjectDefaults(const mcc_array* handle) {
  if (!objectDefaults) objectDefaults = mcc_array_retain(const_cast<mcc_array*>(handle));
}

void releaseObjectDefaults() {
  mcc_array_release(objectDefaults);
  objectDefaults = nullptr;
}

void setDestructorMethods(const mcc_array* handle) {
  if (!destructorMethods) destructorMethods = mcc_array_retain(const_cast<mcc_array*>(handle));
}

void releaseDestructorMethods() {
  mcc_array_release(destructorMethods);
  destructorMethods = nullptr;
}

void deleteHandleObject(mcc_array* h, const mcc_site* site) {
  if (fieldsOf(h)->deleted || fieldsOf(h)->destroying) return;
  mcc_array_retain(h);  // (a delete method that clears the last other reference)
  Ref keep(h);
  // Once delete is called the object is destroyed, whatever its methods do (MATLAB).
  struct Invalidate {
    mcc_array* h;
    ~Invalidate() { invalidate(h); }
  } atEnd{h};
  runDestructors(h, site);
}

bool destroyHandleObject(mcc_array* h) {
  if (fieldsOf(h)->deleted || fieldsOf(h)->destroying || !destructorMethods) return false;
  h->refcount = 1;  // alive while its delete methods run
  mcc_try_enter();
  try {
    runDestructors(h, nullptr);
    mcc_try_leave();
  } catch (const MatlabError& e) {
    mcc_try_leave();
    std::fflush(stdout);
    std::fprintf(stderr, "Warning: The following error was caught while executing '%s' class destructor:\n%s\n",
                 fieldsOf(h)->className.c_str(), e.record.message.c_str());
  }
  invalidate(h);
  return --h->refcount > 0;
}

void requireNumbers(const mcc_array* a, const char* function, const mcc_site* site) {
  if (a && isPointerClass(a->class_id))
    fail(std::string("Undefined function '") + function + "' for input arguments of type '" + classText(a) + "'.", site);
}

void requireOperand(const mcc_array* a, const char* spelling, const mcc_site* site) {
  if (a && isPointerClass(a->class_id))
    fail(std::string("Operator '") + spelling + "' is not supported for operands of type '" + classText(a) + "'.", site);
}

const char* operatorSpelling(uint32_t op) {
  switch (op) {
    case MCC_OP_PLUS: return "+";
    case MCC_OP_MINUS: return "-";
    case MCC_OP_TIMES: return ".*";
    case MCC_OP_RDIVIDE: return "./";
    case MCC_OP_LDIVIDE: return ".\\";
    case MCC_OP_POWER: return ".^";
    case MCC_OP_EQ: return "==";
    case MCC_OP_NE: return "~=";
    case MCC_OP_LT: return "<";
    case MCC_OP_LE: return "<=";
    case MCC_OP_GT: return ">";
    case MCC_OP_GE: return ">=";
    case MCC_OP_AND: return "&";
    case MCC_OP_OR: return "|";
    default: return nullptr;
  }
}

Ref newCell(const Dims& dims, const mcc_site* site) { return newArray(MCC_CLASS_CELL, false, dims, true, site); }

Ref newStruct(const Dims& dims, const std::vector<std::string>& names, const mcc_site* site) {
  Ref s = newArray(MCC_CLASS_STRUCT, false, dims, true, site);
  s->fields = newTable(names);
  return s;
}

Ref cellElement(const mcc_array* c, size_t k) {
  mcc_array* e = elementsOf(c)[k];
  return e ? Ref::share(e) : emptyValue();
}

void setCellElement(mcc_array* c, size_t k, const mcc_array* v) {
  mcc_array* old = elementsOf(c)[k];
  elementsOf(c)[k] = mcc_array_retain(const_cast<mcc_array*>(v));
  mcc_array_release(old);
}

Ref structField(const mcc_array* s, size_t k, size_t f) {
  const mcc_array* rec = recordOf(s, k);
  if (!rec) return emptyValue();
  return cellElement(rec, f);
}

void setStructField(mcc_array* s, size_t k, size_t f, const mcc_array* v) {
  if (isHandleArray(s)) return setStructField(elementsOf(s)[k], 0, f, v);  // the object itself changes
  mcc_array*& rec = elementsOf(s)[k];
  if (!rec) rec = newCell({1, fieldCount(s)}).release();
  else if (rec->refcount != 1) rec = mcc_array_unshare(rec);
  setCellElement(rec, f, v);
}

Ref withField(Ref s, std::string_view name, size_t& f) {
  long at = s->fields ? fieldsOf(s.get())->find(name) : -1;
  s = Ref(mcc_array_unshare(s.release()));
  if (at >= 0) {
    f = static_cast<size_t>(at);
    return s;
  }
  std::vector<std::string> names = namesOf(s.get());
  names.emplace_back(name);
  f = names.size() - 1;
  releaseTable(s->fields);
  s->fields = newTable(names);
  // Each record grows by one (empty) slot.
  for (size_t k = 0; k < s->numel; ++k) {
    mcc_array*& rec = elementsOf(s.get())[k];
    if (!rec) continue;
    Ref grown = newCell({1, names.size()});
    for (size_t j = 0; j < rec->numel; ++j)
      if (mcc_array* v = elementsOf(rec)[j]) elementsOf(grown.get())[j] = mcc_array_retain(v);
    mcc_array_release(rec);
    rec = grown.release();
  }
  return s;
}

// s's records rebuilt with slot j taken from old slot from[j] (-1: empty).
static Ref remapFields(const mcc_array* s, const std::vector<std::string>& names, const std::vector<long>& from) {
  Ref r = newStruct(dimsOf(s), names);
  for (size_t k = 0; k < s->numel; ++k) {
    const mcc_array* rec = elementsOf(s)[k];
    if (!rec) continue;
    Ref out = newCell({1, names.size()});
    for (size_t j = 0; j < names.size(); ++j)
      if (from[j] >= 0)
        if (mcc_array* v = elementsOf(rec)[from[j]]) elementsOf(out.get())[j] = mcc_array_retain(v);
    elementsOf(r.get())[k] = out.release();
  }
  return r;
}

Ref withFieldOrder(const mcc_array* s, const std::vector<std::string>& names) {
  std::vector<long> from;
  for (const std::string& n : names) from.push_back(fieldsOf(s)->find(n));
  return remapFields(s, names, from);
}

Ref withoutField(const mcc_array* s, size_t f) {
  std::vector<std::string> names;
  std::vector<long> from;
  for (size_t j = 0; j < fieldCount(s); ++j)
    if (j != f) {
      names.push_back(namesOf(s)[j]);
      from.push_back(static_cast<long>(j));
    }
  return remapFields(s, names, from);
}

Ref cellRow(const std::vector<const mcc_array*>& values) {
  Ref c = newCell({1, values.size()});
  for (size_t k = 0; k < values.size(); ++k) elementsOf(c.get())[k] = mcc_array_retain(const_cast<mcc_array*>(values[k]));
  return c;
}

// --- Rearranging by positions -----------------------------------------------

Ref positionsOf(const mcc_array* a, double base) {
  Ref p = newArray(MCC_CLASS_DOUBLE, false, dimsOf(a), false);
  double* d = dataOf<double>(p.get());
  for (size_t k = 0; k < a->numel; ++k) d[k] = base + static_cast<double>(k + 1);
  return p;
}

Ref gatherPositions(const mcc_array* like, const mcc_array* pos, const std::vector<mcc_array*>& from) {
  Ref r = newArray(like->class_id, false, dimsOf(pos), false);
  r->fields = like->fields;
  retainTable(r->fields);
  const double* p = dataOf<double>(pos);
  for (size_t k = 0; k < pos->numel; ++k) {
    mcc_array* e = p[k] > 0 ? from[static_cast<size_t>(p[k]) - 1] : nullptr;
    elementsOf(r.get())[k] = e ? mcc_array_retain(e) : nullptr;
  }
  return r;
}

static std::vector<mcc_array*> elementList(const mcc_array* a) {
  return std::vector<mcc_array*>(elementsOf(a), elementsOf(a) + a->numel);
}

Ref aggregateSubsref(const mcc_array* x, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  if (nidx == 0) return Ref::share(x);
  long at = scalarPosition(x, nidx, idx);
  if (at >= 0 && isHandleObject(x)) return Ref::share(x);  // h(1): the object itself, not a second descriptor
  if (at >= 0 && isHandleArray(x)) return Ref::share(elementsOf(x)[at]);
  if (isHandleObject(x)) {  // h([1 1]): an array of the object twice
    Ref a = asHandleArray(x);
    return aggregateSubsref(a.get(), nidx, idx, site);
  }
  if (at >= 0) {
    Ref r = newArray(x->class_id, false, {1, 1}, true);
    r->fields = x->fields;
    retainTable(r->fields);
    if (mcc_array* e = elementsOf(x)[at]) elementsOf(r.get())[0] = mcc_array_retain(e);
    return r;
  }
  Ref p = positionsOf(x);
  Ref q(mcc_subsref(p.get(), nidx, idx, site));
  return scalarObject(gatherPositions(x, q.get(), elementList(x)));
}

static Ref assignElements(Ref x, const mcc_array* v, size_t nidx, const mcc_array* const* idx, bool addFields,
                          const mcc_site* site);

// An array of handle objects is assigned as the struct array of its
// objects (asHandleArray), and one of one element is the object again.
Ref aggregateSubsasgn(Ref x, const mcc_array* v, size_t nidx, const mcc_array* const* idx, bool addFields,
                      const mcc_site* site) {
  if (!isHandleObject(x.get()) && !isHandleArray(x.get()) && !isHandleObject(v) && !isHandleArray(v))
    return assignElements(std::move(x), v, nidx, idx, addFields, site);
  if (isHandleObject(x.get())) x = asHandleArray(x.get());
  Ref value = asHandleArray(v);
  return scalarObject(assignElements(std::move(x), value.get(), nidx, idx, addFields, site));
}

static Ref assignElements(Ref x, const mcc_array* v, size_t nidx, const mcc_array* const* idx, bool addFields,
                          const mcc_site* site) {
  if (x && !isPointerClass(x->class_id) && x->numel == 0 && x->class_id == MCC_CLASS_DOUBLE) x.reset();
  if (x && isBracketEmpty(v)) {  // deletion
    Ref p = positionsOf(x.get());
    Ref q(mcc_subsasgn(p.release(), v, nidx, idx, site));
    return gatherPositions(x.get(), q.get(), elementList(x.get()));
  }
  if (x && !isPointerClass(x->class_id))
    fail("Conversion to " + classText(x.get()) + " from " + classText(v) + " is not possible.", site);
  uint32_t cls = x ? x->class_id : v->class_id;
  Ref converted;  // s(k) = x on a string array converts x as string(x) does
  if (cls == MCC_CLASS_STRING && v->class_id != cls && v->class_id != MCC_CLASS_STRUCT) {
    converted = toStrings(v, site);
    v = converted.get();
  }
  if (v->class_id != cls) fail("Conversion to " + std::string(className(cls)) + " from " + classText(v) + " is not possible.", site);
  Ref value = Ref::share(v);
  if (cls == MCC_CLASS_STRUCT && x && x->fields != v->fields && namesOf(x.get()) != namesOf(v)) {
    std::vector<std::string> all = namesOf(x.get());
    for (const std::string& n : namesOf(v))
      if (std::find(all.begin(), all.end(), n) == all.end()) all.push_back(n);
    bool sameSet = all.size() == fieldCount(x.get()) && all.size() == fieldCount(v);
    if (!sameSet && !addFields) fail("Subscripted assignment between dissimilar structures.", site);
    if (all.size() != fieldCount(x.get())) x = conformFields(x.get(), all);
    value = conformFields(v, all);
  }
  // In place: an unshared x and one element at scalar indices in range, or
  // appended to a row or column (`s(end+1) = v`, `s(end+1).f = v`).
  if (x && value->numel == 1 && x->refcount == 1 && !(x->flags & MCC_ARRAY_STATIC) &&
      (x->fields == value->fields ||
       (cls == MCC_CLASS_STRUCT && namesOf(x.get()) == namesOf(value.get())))) {
    long at = scalarPosition(x.get(), nidx, idx);
    mcc_array* e = elementsOf(value.get())[0];
    if (at >= 0) {
      mcc_array* old = elementsOf(x.get())[at];
      elementsOf(x.get())[at] = e ? mcc_array_retain(e) : nullptr;
      mcc_array_release(old);
      return x;
    }
    if (isAppend(x.get(), nidx, idx)) {
      appendElement(x.get(), e, site);
      return x;
    }
  }
  size_t nx = x ? x->numel : 0;
  Ref px = x ? positionsOf(x.get()) : Ref();
  Ref pv = positionsOf(value.get(), static_cast<double>(nx));
  Ref q(mcc_subsasgn(px.release(), pv.get(), nidx, idx, site));
  std::vector<mcc_array*> from = x ? elementList(x.get()) : std::vector<mcc_array*>();
  for (size_t k = 0; k < value->numel; ++k) from.push_back(elementsOf(value.get())[k]);
  Ref r = gatherPositions(x && x->fields ? x.get() : value.get(), q.get(), from);
  fillDefaults(r.get(), q.get(), site);
  return r;
}

Ref aggregateConcat(size_t dim, size_t n, const mcc_array* const* parts, const mcc_site* site) {
  bool anyStruct = false, anyCell = false;
  for (size_t i = 0; i < n; ++i) {
    anyStruct = anyStruct || parts[i]->class_id == MCC_CLASS_STRUCT;
    anyCell = anyCell || parts[i]->class_id == MCC_CLASS_CELL;
  }
  // A cell holds anything; strings take text and numbers converted.
  uint32_t cls = anyStruct ? MCC_CLASS_STRUCT : anyCell ? MCC_CLASS_CELL : MCC_CLASS_STRING;
  std::vector<Ref> used;
  for (size_t i = 0; i < n; ++i) {
    const mcc_array* p = parts[i];
    if (p->class_id == cls) {
      used.push_back(asHandleArray(p));
    } else if (isBracketEmpty(p)) {
      continue;
    } else if (cls == MCC_CLASS_STRING) {
      used.push_back(toStrings(p, site));
    } else if (cls == MCC_CLASS_CELL) {
      used.push_back(cellRow({p}));  // [c, x] holds x as one element
    } else {
      fail("Conversion to struct from " + classText(p) + " is not possible.", site);
    }
  }
  if (cls == MCC_CLASS_STRUCT) {
    const mcc_array* first = nullptr;
    for (Ref& p : used) {
      if (!first) {
        first = p.get();
        continue;
      }
      if (p->fields == first->fields || namesOf(p.get()) == namesOf(first)) continue;
      std::vector<std::string> a = namesOf(p.get()), b = namesOf(first);
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      if (a != b) fail("Names of fields in structure arrays being concatenated do not match.", site);
      p = withFieldOrder(p.get(), namesOf(first));
    }
  }
  if (used.empty()) return cls == MCC_CLASS_STRUCT ? newStruct({0, 0}, {}) : newArray(cls, false, {0, 0});
  std::vector<Ref> pos;
  std::vector<const mcc_array*> posParts;
  std::vector<mcc_array*> from;
  for (Ref& p : used) {
    pos.push_back(positionsOf(p.get(), static_cast<double>(from.size())));
    posParts.push_back(pos.back().get());
    for (size_t k = 0; k < p->numel; ++k) from.push_back(elementsOf(p.get())[k]);
  }
  Ref q(mcc_cat(static_cast<uint32_t>(dim), posParts.size(), posParts.data(), site));
  return scalarObject(gatherPositions(used.front().get(), q.get(), from));
}

Ref aggregateTranspose(const mcc_array* a, const mcc_site* site) {
  return rearranged(a, [&](const mcc_array* p) { return Ref(mcc_transpose(p, site)); });
}

}  // namespace mcc::rt

using namespace mcc::rt;

namespace {

bool isCell(const mcc_array* a) { return a && a->class_id == MCC_CLASS_CELL; }
bool isStruct(const mcc_array* a) { return a && a->class_id == MCC_CLASS_STRUCT; }

// Appends the values of an item of a literal or argument list.
void appendItem(std::vector<mcc_array*>& out, mcc_array* item, bool splice, const mcc_site* site) {
  if (!splice) {
    out.push_back(item);
    return;
  }
  if (!isCell(item)) internalError("a spliced list that is not a cell");
  (void)site;
  for (size_t k = 0; k < item->numel; ++k) out.push_back(elementsOf(item)[k]);
}

Ref oneFrom(const mcc_array* list, const mcc_site* site) {
  if (list->numel != 1) fail(std::string(moreThanOne) + std::to_string(list->numel) + " results.", site);
  return cellElement(list, 0);
}

Ref getField(const mcc_array* s, const std::string& name, int flags, const mcc_site* site) {
  bool forUpdate = flags & MCC_FIELD_FOR_UPDATE;
  bool called = flags & MCC_FIELD_CALLED;
  if (isLibObject(s)) return libObjectField(s, name, site);
  if (isMap(s)) return mapField(s, name, called, site);
  // An MException: its properties, and its methods (err.getReport()).
  if (s && s->class_id == MCC_CLASS_MEXCEPTION && !forUpdate) return exceptionField(s, name, called, site);
  if (!isStruct(s)) {
    if (forUpdate) return emptyValue();
    fail("Dot indexing is not supported for variables of this type.", site);
  }
  requireLiveObject(s, site);
  long f = s->fields ? fieldsOf(s)->find(name) : -1;
  if (f < 0 && !objectClass(s).empty())
    fail("Unrecognized method, property, or field '" + name + "' for class '" + objectClass(s) + "'.", site);
  if (f < 0) {
    if (forUpdate) return emptyValue();
    fail("Unrecognized field name \"" + name + "\".", site);
  }
  if (s->numel != 1) {
    if (forUpdate && s->numel == 0) return emptyValue();
    fail(std::string(moreThanOne) + std::to_string(s->numel) + " results.", site);
  }
  return structField(s, 0, static_cast<size_t>(f));
}

Ref fieldList(const mcc_array* s, const std::string& name, const mcc_site* site) {
  if (isLibObject(s)) {  // one object: a list of one value
    Ref v = libObjectField(s, name, site);
    return cellRow({v.get()});
  }
  if (isMap(s)) return cellRow({mapField(s, name, false, site).get()});
  if (s && s->class_id == MCC_CLASS_MEXCEPTION)  // one value, as a list of one
    return cellRow({exceptionField(s, name, false, site).get()});
  if (!isStruct(s)) fail("Dot indexing is not supported for variables of this type.", site);
  requireLiveObject(s, site);
  long f = s->fields ? fieldsOf(s)->find(name) : -1;
  if (f < 0) fail("Unrecognized field name \"" + name + "\".", site);
  Ref list = newCell({1, s->numel});
  for (size_t k = 0; k < s->numel; ++k) {
    if (isHandleArray(s)) requireLiveObject(elementsOf(s)[k], site);
    const mcc_array* rec = recordOf(s, k);
    mcc_array* v = rec ? elementsOf(rec)[f] : nullptr;
    elementsOf(list.get())[k] = v ? mcc_array_retain(v) : nullptr;
  }
  return list;
}

Ref setField(Ref s, const mcc_array* value, const std::string& name, const mcc_site* site) {
  if (s && isLibObject(s.get())) {  // a handle: changes itself
    setLibObjectField(s.get(), value, name, site);
    return s;
  }
  if (isMap(s.get())) mapSetField(name, site);
  requireLiveObject(s.get(), site);
  if (!s || (!isPointerClass(s->class_id) && s->numel == 0)) s = newStruct({1, 1}, {});
  else if (!isStruct(s.get()))
    fail("Unable to perform assignment because dot indexing is not supported for variables of this type.", site);
  if (s->numel == 0) s = newStruct({1, 1}, namesOf(s.get()));
  if (!objectClass(s.get()).empty() && fieldsOf(s.get())->find(name) < 0)
    fail("Unrecognized property '" + name + "' for class '" + objectClass(s.get()) + "'.", site);
  if (s->numel != 1)
    fail("Incorrect number of right hand side elements in dot name assignment. Missing [] around left hand side "
         "is a likely cause.",
         site);
  size_t f;
  s = withField(std::move(s), name, f);
  setStructField(s.get(), 0, f, value);
  return s;
}

}  // namespace

extern "C" {

mcc_array* mcc_list_build(size_t nitems, mcc_array* const* items, const uint8_t* splice, const mcc_site* site) {
  std::vector<mcc_array*> all;
  for (size_t i = 0; i < nitems; ++i) appendItem(all, items[i], splice && splice[i], site);
  Ref list = newCell({1, all.size()});
  for (size_t k = 0; k < all.size(); ++k)
    elementsOf(list.get())[k] = all[k] ? mcc_array_retain(all[k]) : mcc_array_empty();
  return list.release();
}

mcc_array* mcc_cell_literal(size_t nrows, const size_t* row_sizes, mcc_array* const* items, const uint8_t* splice,
                            const mcc_site* site) {
  std::vector<std::vector<mcc_array*>> rows;
  size_t next = 0;
  for (size_t r = 0; r < nrows; ++r) {
    std::vector<mcc_array*> row;
    for (size_t k = 0; k < row_sizes[r]; ++k, ++next) appendItem(row, items[next], splice && splice[next], site);
    if (row.empty()) continue;
    if (!rows.empty() && rows.front().size() != row.size())
      fail("Dimensions of arrays being concatenated are not consistent.", site);
    rows.push_back(std::move(row));
  }
  size_t m = rows.size(), n = rows.empty() ? 0 : rows.front().size();
  Ref c = newCell({m, n});
  for (size_t i = 0; i < m; ++i)
    for (size_t j = 0; j < n; ++j)
      if (mcc_array* e = rows[i][j]) elementsOf(c.get())[j * m + i] = mcc_array_retain(e);
  return c.release();
}

mcc_array* mcc_matrix_literal(size_t nrows, const size_t* row_sizes, mcc_array* const* items, const uint8_t* splice,
                              const mcc_site* site) {
  std::vector<Ref> rows;
  std::vector<const mcc_array*> rowParts;
  std::vector<Ref> empties;
  size_t next = 0;
  for (size_t r = 0; r < nrows; ++r) {
    std::vector<mcc_array*> parts;
    for (size_t k = 0; k < row_sizes[r]; ++k, ++next) appendItem(parts, items[next], splice && splice[next], site);
    std::vector<const mcc_array*> cparts;
    for (mcc_array* p : parts) {
      if (!p) {
        empties.push_back(emptyValue());
        p = empties.back().get();
      }
      cparts.push_back(p);
    }
    rows.push_back(Ref(mcc_horzcat(cparts.size(), cparts.data(), site)));
    rowParts.push_back(rows.back().get());
  }
  if (rowParts.size() == 1) return rows.front().release();
  return mcc_vertcat(rowParts.size(), rowParts.data(), site);
}

// s.f = s, c{k} = c: the value is the target itself, which must not be
// updated in place (it would hold itself): held here, the target is shared.
static Ref holdIfSelf(const mcc_array* target, const mcc_array* value) {
  return target && target == value ? Ref::share(value) : Ref();
}

mcc_array* mcc_cellref(const mcc_array* c, size_t nidx, const mcc_array* const* idx, int for_update,
                       const mcc_site* site) {
  if (isStringArray(c)) {  // s{k}: the text of one element, as char
    Ref one = aggregateSubsref(c, nidx, idx, site);
    if (one->numel != 1) fail(std::string(moreThanOne) + std::to_string(one->numel) + " results.", site);
    const mcc_array* e = stringElement(one.get(), 0);
    return e ? mcc_array_retain(const_cast<mcc_array*>(e)) : mcc_array_from_string("", 0);
  }
  if (!isCell(c)) {
    if (for_update && (!c || c->numel == 0)) return mcc_array_empty();
    fail("Brace indexing is not supported for variables of this type.", site);
  }
  long at = scalarPosition(c, nidx, idx);
  if (at >= 0) return cellElement(c, static_cast<size_t>(at)).release();
  if (at == -2 && for_update) return mcc_array_empty();
  Ref list = aggregateSubsref(c, nidx, idx, site);
  return oneFrom(list.get(), site).release();
}

mcc_array* mcc_cellref_list(const mcc_array* c, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  if (!isCell(c)) fail("Brace indexing is not supported for variables of this type.", site);
  return aggregateSubsref(c, nidx, idx, site).release();
}

mcc_array* mcc_subsref_update(const mcc_array* x, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  if (!x) return mcc_array_empty();
  if (isMap(x)) fail("Only one level of indexing is supported by a containers.Map.", site);
  if (scalarPosition(x, nidx, idx) == -2) {
    // p(k).f = v past the end of an array of objects starts from the class's default object
    std::string cls = objectClass(x);
    if (!cls.empty())
      if (Ref d = defaultObject(cls, site)) return d.release();
    return mcc_array_empty();
  }
  return mcc_subsref(x, nidx, idx, site);
}

mcc_array* mcc_cellasgn(mcc_array* c, const mcc_array* value, size_t nidx, const mcc_array* const* idx,
                        const mcc_site* site) {
  Ref self = holdIfSelf(c, value);
  Ref x(c);
  if (x && !isCell(x.get()) && !(x->numel == 0 && !isPointerClass(x->class_id)))
    fail("Unable to perform assignment because brace indexing is not supported for variables of this type.", site);
  if (x && !isCell(x.get())) x.reset();
  // In place: c{k} = v on an unshared cell, k in range.
  if (x && x->refcount == 1 && !(x->flags & MCC_ARRAY_STATIC)) {
    long at = scalarPosition(x.get(), nidx, idx);
    if (at >= 0) {
      setCellElement(x.get(), static_cast<size_t>(at), value);
      return x.release();
    }
    // c{end+1} = v on a row or column: append, amortised O(1).
    if (isAppend(x.get(), nidx, idx)) {
      appendElement(x.get(), const_cast<mcc_array*>(value), site);
      return x.release();
    }
  }
  // c{idx} = v stores one value: the indices must name one element.
  size_t count = 1;
  Dims folded = x ? foldDims(dimsOf(x.get()), nidx) : Dims(nidx, 0);
  for (size_t k = 0; k < nidx; ++k) count *= resolveIndex(idx[k], k + 1, nidx, site).count(folded[k]);
  if (count != 1) fail("Insufficient number of outputs from right hand side of equal sign to satisfy assignment.", site);
  Ref wrapped = cellRow({value});
  return aggregateSubsasgn(std::move(x), wrapped.get(), nidx, idx, false, site).release();
}

mcc_array* mcc_subsasgn_path(mcc_array* x, const mcc_array* value, size_t nidx, const mcc_array* const* idx,
                             const mcc_site* site) {
  Ref target(x);
  if ((target && isPointerClass(target->class_id)) || isPointerClass(value->class_id))
    return aggregateSubsasgn(std::move(target), value, nidx, idx, true, site).release();
  return mcc_subsasgn(target.release(), value, nidx, idx, site);
}

mcc_array* mcc_getfield(const mcc_array* s, const char* name, size_t name_length, int flags,
                        const mcc_site* site) {
  return getField(s, std::string(name, name_length), flags, site).release();
}

mcc_array* mcc_getfield_list(const mcc_array* s, const char* name, size_t name_length, const mcc_site* site) {
  return fieldList(s, std::string(name, name_length), site).release();
}

mcc_array* mcc_getfield_dynamic(const mcc_array* s, const mcc_array* name, int flags, const mcc_site* site) {
  return getField(s, dynamicName(name, site), flags, site).release();
}

mcc_array* mcc_getfield_dynamic_list(const mcc_array* s, const mcc_array* name, const mcc_site* site) {
  return fieldList(s, dynamicName(name, site), site).release();
}

mcc_array* mcc_setfield(mcc_array* s, const mcc_array* value, const char* name, size_t name_length,
                        const mcc_site* site) {
  Ref self = holdIfSelf(s, value);
  return setField(Ref(s), value, std::string(name, name_length), site).release();
}

mcc_array* mcc_setfield_dynamic(mcc_array* s, const mcc_array* value, const mcc_array* name, const mcc_site* site) {
  Ref self = holdIfSelf(s, value);
  Ref target(s);
  return setField(std::move(target), value, dynamicName(name, site), site).release();
}

size_t mcc_list_count(const mcc_array* list) { return list->numel; }

mcc_array* mcc_list_get(const mcc_array* list, size_t k) {
  if (k >= list->numel) internalError("mcc_list_get past the end");
  return cellElement(list, k).release();
}

void mcc_list_check(const mcc_array* list, size_t wanted, const mcc_site* site) {
  if (list->numel < wanted) fail("Insufficient number of outputs from right hand side of equal sign to satisfy assignment.", site);
}

mcc_array* mcc_list_arg(const mcc_array* list, size_t k) {
  return k < list->numel ? cellElement(list, k).release() : nullptr;
}

void mcc_list_check_args(const mcc_array* list, size_t max_args, const mcc_site* site) {
  if (list->numel > max_args) fail("Too many input arguments.", site);
}

mcc_array* mcc_varargout_get(const mcc_array* varargout, size_t k, int required, const char* function,
                             const mcc_site* site) {
  if (varargout && isCell(varargout) && k < varargout->numel) return cellElement(varargout, k).release();
  if (!required) return nullptr;
  if (varargout && !isCell(varargout)) fail("The value of varargout must be a cell array.", site);
  fail("Output argument \"varargout{" + std::to_string(k + 1) +
           "}\" (and possibly others) not assigned a value in the execution with \"" + function + "\" function.",
       site);
}

mcc_array* mcc_list_tail(const mcc_array* list, size_t from) {
  size_t n = list->numel > from ? list->numel - from : 0;
  Ref c = newCell({n ? size_t(1) : size_t(0), n});
  for (size_t k = 0; k < n; ++k)
    if (mcc_array* e = elementsOf(list)[from + k]) elementsOf(c.get())[k] = mcc_array_retain(e);
  return c.release();
}

}  // extern "C"

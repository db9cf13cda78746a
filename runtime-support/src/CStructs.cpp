// C structs and MATLAB's lib objects (mcc/runtime.h, "C calls"): MATLAB
// structs converted field by field, by name, to and from C structs laid
// out as the program's headers declare them (the compiler describes each
// as an mcc_c_struct), and the handle objects libpointer and libstruct
// make for calllib (lib.pointer, lib.NAME).
//
// A lib object is a 1x1 array of class MCC_CLASS_LIBOBJECT whose data is a
// LibObject the array owns. It is a handle: copies share the descriptor
// (mcc_array_unshare gives the array itself), so C writing through one copy
// is seen through every other, as in MATLAB. Its value (the array a
// lib.pointer points at, the fields of a lib.struct) is an ordinary array
// that the object holds; it is unshared before C writes into it, so a value
// read out earlier (`v = p.Value`) keeps its elements.
#include "CStructs.h"

#include <cstring>

#include "Error.h"
#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "format/Display.h"

namespace mcc::rt {
namespace {

struct LibObject {
  std::string type;                     // lib.pointer: "doublePtr"...; lib.struct: libstruct's name
  uint32_t cls = MCC_CLASS_DOUBLE;      // lib.pointer: the element class (voidPtr: UINT32_MAX)
  const mcc_c_struct* layout = nullptr;  // lib.struct
  mcc_array* value = nullptr;           // owned; NULL: a null pointer
};

constexpr uint32_t kVoid = UINT32_MAX;

LibObject& objectOf(const mcc_array* a) { return *static_cast<LibObject*>(a->data); }

Ref newObject(LibObject* o) { return objectValue(MCC_CLASS_LIBOBJECT, o); }

std::string bareName(const char* name) {
  std::string n = name;
  return n.rfind("struct ", 0) == 0 ? n.substr(7) : n;
}

void setValue(LibObject& o, Ref v) {
  mcc_array_release(o.value);
  o.value = v.release();
}

std::string where(const std::string& path, const mcc_c_struct* l) {
  return "the field '" + path + "' of the C struct '" + l->name + "'";
}

// UTF-8 bytes of a char array (text fields).
std::string utf8Of(const mcc_array* a, const mcc_site* site) {
  Ref bytes(mcc_c_text(a, site));
  return std::string(static_cast<const char*>(bytes->data), bytes->numel - 1);
}

void structIn(char* out, const mcc_c_struct* l, const mcc_array* s, bool exact, const std::string& path,
              const mcc_site* site);

void fieldIn(char* out, const mcc_c_field& f, const mcc_array* v, bool exact, const std::string& path,
             const mcc_c_struct* l, const mcc_site* site) {
  std::string name = path + f.name;
  if (f.class_id == MCC_CLASS_STRUCT) return structIn(out, f.layout, v, exact, name + ".", site);
  if (f.class_id == MCC_CLASS_CHAR) {
    if (v->class_id != MCC_CLASS_CHAR)
      fail("Expected char text for " + where(name, l) + ", not " + classText(v) + ".", site);
    std::string text = utf8Of(v, site);
    if (text.size() >= f.count)
      fail("The text for " + where(name, l) + " is " + std::to_string(text.size()) + " bytes; it holds at most " +
               std::to_string(f.count - 1) + ".",
           site);
    std::memcpy(out, text.data(), text.size());
    return;
  }
  bool number = isNumericClass(v->class_id) || v->class_id == MCC_CLASS_LOGICAL;
  if (exact ? v->class_id != f.class_id : !number)
    fail("Expected " + std::string(exact ? "a value of class " : "numbers of class ") + className(f.class_id) + " for " +
             where(name, l) + ", not " + classText(v) + ".",
         site);
  if (v->is_complex) fail("Expected real numbers for " + where(name, l) + ".", site);
  if (exact ? v->numel != f.count : v->numel > f.count)
    fail("Expected " + std::to_string(f.count) + (f.count == 1 ? " element" : " elements") + " for " + where(name, l) +
             ", not " + std::to_string(v->numel) + ".",
         site);
  Ref c = castArray(v, f.class_id, site);
  if (c->numel) std::memcpy(out, c->data, c->numel * scalarSize(f.class_id));
}

void structIn(char* out, const mcc_c_struct* l, const mcc_array* s, bool exact, const std::string& path,
              const mcc_site* site) {
  if (s->class_id == MCC_CLASS_LIBOBJECT) {
    const LibObject& o = objectOf(s);
    if (!o.layout) fail("Expected a struct for the C struct '" + std::string(l->name) + "', not a lib.pointer.", site);
    if (std::strcmp(o.layout->name, l->name) != 0)
      fail("Expected a struct for the C struct '" + std::string(l->name) + "', not the lib." + bareName(o.layout->name) + ".",
           site);
    s = o.value;
  }
  if (s->class_id != MCC_CLASS_STRUCT)
    fail("Expected a struct for the C struct '" + std::string(l->name) + "'" + (path.empty() ? "" : " (the field '" + path.substr(0, path.size() - 1) + "')") +
             ", not " + classText(s) + ".",
         site);
  if (s->numel != 1)
    fail("Expected one struct (1x1) for the C struct '" + std::string(l->name) + "', not a " + sizeText(dimsOf(s)) +
             " struct array.",
         site);
  for (const std::string& n : fieldCount(s) ? fieldsOf(s)->names : std::vector<std::string>{}) {
    bool found = false;
    for (uint64_t k = 0; k < l->nfields; ++k) found = found || n == l->fields[k].name;
    if (!found) fail("The field '" + path + n + "' is not a field of the C struct '" + l->name + "'.", site);
  }
  for (uint64_t k = 0; k < l->nfields; ++k) {
    const mcc_c_field& f = l->fields[k];
    long at = s->fields ? fieldsOf(s)->find(f.name) : -1;
    if (at < 0) {
      if (exact) fail("The struct has no field '" + path + f.name + "', which the C struct '" + l->name + "' declares.", site);
      continue;  // calllib: zero
    }
    Ref v = structField(s, 0, static_cast<size_t>(at));
    fieldIn(out + f.offset, f, v.get(), exact, path, l, site);
  }
}

// The value of a C field as MATLAB sees it; `like` (the field's value
// before the call, or NULL) gives an array's shape when it has as many
// elements.
Ref fieldOut(const char* in, const mcc_c_field& f, const mcc_array* like, const mcc_site* site);

// s (a 1x1 struct, or NULL: a new one) with every field of the C struct at
// `in`; unshared.
Ref structOut(const char* in, const mcc_c_struct* l, Ref s, const mcc_site* site) {
  if (!s || s->class_id != MCC_CLASS_STRUCT || s->numel != 1) s = newStruct({1, 1}, {});
  for (uint64_t k = 0; k < l->nfields; ++k) {
    const mcc_c_field& f = l->fields[k];
    size_t at;
    s = withField(std::move(s), f.name, at);
    Ref before = structField(s.get(), 0, at);
    Ref v = fieldOut(in + f.offset, f, before.get(), site);
    setStructField(s.get(), 0, at, v.get());
  }
  return s;
}

Ref fieldOut(const char* in, const mcc_c_field& f, const mcc_array* like, const mcc_site* site) {
  if (f.class_id == MCC_CLASS_STRUCT) return structOut(in, f.layout, like ? Ref::share(like) : Ref(), site);
  if (f.class_id == MCC_CLASS_CHAR) return Ref(mcc_array_from_string(in, strnlen(in, f.count)));
  Dims dims = like && like->numel == f.count && isValueClass(like->class_id) ? dimsOf(like) : Dims{1, f.count};
  Ref v = newArray(f.class_id, false, dims, false, site);
  std::memcpy(v->data, in, f.count * scalarSize(f.class_id));
  return v;
}

}  // namespace

bool isLibObject(const mcc_array* a) { return a && a->class_id == MCC_CLASS_LIBOBJECT; }

void releaseLibObject(mcc_array* a) {
  LibObject* o = static_cast<LibObject*>(a->data);
  mcc_array_release(o->value);
  delete o;
  a->data = nullptr;
}

std::string libObjectClass(const mcc_array* a) {
  const LibObject& o = objectOf(a);
  return o.layout ? "lib." + bareName(o.layout->name) : "lib.pointer";
}

Ref libObjectField(const mcc_array* a, const std::string& name, const mcc_site* site) {
  const LibObject& o = objectOf(a);
  if (o.layout) {
    long at = o.value->fields ? fieldsOf(o.value)->find(name) : -1;
    if (at >= 0) return structField(o.value, 0, static_cast<size_t>(at));
  } else if (name == "Value") {
    return o.value ? Ref::share(o.value) : Ref(mcc_array_empty());
  } else if (name == "DataType") {
    return fromText(o.type);
  }
  fail("No appropriate method, property, or field '" + name + "' for class '" + libObjectClass(a) + "'.", site);
}

void setLibObjectField(mcc_array* a, const mcc_array* value, const std::string& name, const mcc_site* site) {
  LibObject& o = objectOf(a);
  if (o.layout) {
    bool declared = false;
    for (uint64_t k = 0; k < o.layout->nfields; ++k) declared = declared || name == o.layout->fields[k].name;
    if (!declared)
      fail("No appropriate method, property, or field '" + name + "' for class '" + libObjectClass(a) + "'.", site);
    // Through the C layout, so that the field takes the C field's class.
    size_t at;
    Ref s = withField(Ref::share(o.value), name, at);
    setStructField(s.get(), 0, at, value);
    std::vector<char> bytes(o.layout->size);
    structIn(bytes.data(), o.layout, s.get(), false, "", site);
    setValue(o, structOut(bytes.data(), o.layout, std::move(s), site));
    return;
  }
  if (name != "Value")
    fail("No appropriate method, property, or field '" + name + "' for class 'lib.pointer'.", site);
  if (!isValueClass(value->class_id)) fail("Expected numbers for the value of a lib.pointer, not " + classText(value) + ".", site);
  setValue(o, o.cls == kVoid ? Ref::share(value) : castArray(value, o.cls, site));
}

void displayLibObject(std::string_view name, const mcc_array* a) {
  std::string blank = programDisplayOptions().spacing == DisplayOptions::Loose ? "\n" : "";
  std::string out;
  if (!name.empty()) out = blank + std::string(name) + " = \n" + blank;
  out += "  " + libObjectClass(a) + "\n" + blank;
  std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace mcc::rt

using namespace mcc::rt;

extern "C" {

mcc_array* mcc_c_libpointer(const char* type, const mcc_array* value, const mcc_site* site) {
  static const std::pair<const char*, uint32_t> types[] = {
      {"doublePtr", MCC_CLASS_DOUBLE}, {"singlePtr", MCC_CLASS_SINGLE}, {"int8Ptr", MCC_CLASS_INT8},
      {"uint8Ptr", MCC_CLASS_UINT8},   {"int16Ptr", MCC_CLASS_INT16},   {"uint16Ptr", MCC_CLASS_UINT16},
      {"int32Ptr", MCC_CLASS_INT32},   {"uint32Ptr", MCC_CLASS_UINT32}, {"int64Ptr", MCC_CLASS_INT64},
      {"uint64Ptr", MCC_CLASS_UINT64}, {"boolPtr", MCC_CLASS_LOGICAL},  {"voidPtr", kVoid}};
  auto* o = new LibObject;
  Ref object = newObject(o);
  o->type = type ? type : "voidPtr";
  bool known = false;
  for (auto [name, cls] : types)
    if (o->type == name) o->cls = cls, known = true;
  if (!known) fail("Invalid pointer type '" + o->type + "'.", site);
  if (value) setLibObjectField(object.get(), value, "Value", site);
  return object.release();
}

mcc_array* mcc_c_libstruct(const mcc_c_struct* layout, const mcc_array* value, const mcc_site* site) {
  std::vector<char> bytes(layout->size);
  if (value) structIn(bytes.data(), layout, value, false, "", site);
  auto* o = new LibObject;
  Ref object = newObject(o);
  o->type = bareName(layout->name);
  o->layout = layout;
  setValue(*o, structOut(bytes.data(), layout, Ref(), site));
  return object.release();
}

void* mcc_c_struct_in(void* out, const mcc_c_struct* layout, const mcc_array* s, int32_t exact, const mcc_site* site) {
  bool opaque = s->class_id == MCC_CLASS_UINT64 || (isLibObject(s) && !objectOf(s).layout);
  if (opaque) return mcc_c_pointer(s, site);
  std::memset(out, 0, layout->size);
  structIn(static_cast<char*>(out), layout, s, exact != 0, "", site);
  return out;
}

mcc_array* mcc_c_struct_out(const void* in, const mcc_c_struct* layout, const mcc_array* s, const mcc_site* site) {
  if (s->class_id == MCC_CLASS_UINT64 || (isLibObject(s) && !objectOf(s).layout))  // an opaque pointer went through
    return mcc_array_retain(const_cast<mcc_array*>(s));
  if (isLibObject(s)) {
    LibObject& o = objectOf(s);
    setValue(o, structOut(static_cast<const char*>(in), layout, Ref::share(o.value), site));
    return mcc_array_retain(o.value);
  }
  return structOut(static_cast<const char*>(in), layout, Ref::share(s), site).release();
}

void mcc_c_struct_write(const void* in, const mcc_c_struct* layout, mcc_array* s, const mcc_site* site) {
  if (s->class_id != MCC_CLASS_STRUCT || s->numel != 1 || s->refcount != 1)
    internalError("mcc_c_struct_write of other than an unshared 1x1 struct");
  for (uint64_t k = 0; k < layout->nfields; ++k) {
    const mcc_c_field& f = layout->fields[k];
    long at = s->fields ? fieldsOf(s)->find(f.name) : -1;
    if (at < 0) internalError("mcc_c_struct_write: a field mcc_c_struct_in did not check");
    Ref before = structField(s, 0, static_cast<size_t>(at));
    Ref v = fieldOut(static_cast<const char*>(in) + f.offset, f, before.get(), site);
    setStructField(s, 0, static_cast<size_t>(at), v.get());
  }
}

mcc_array* mcc_c_written(mcc_array* a) {
  if (!isLibObject(a)) return a;
  Ref object(a);
  const LibObject& o = objectOf(a);
  return o.value ? mcc_array_retain(o.value) : mcc_array_empty();
}

}  // extern "C"

namespace mcc::rt {

void* libObjectData(const mcc_array* a, int32_t class_id, const mcc_site* site) {
  LibObject& o = objectOf(a);
  if (o.layout) fail("A lib." + bareName(o.layout->name) + " cannot be passed to a pointer of numbers.", site);
  if (!o.value) return nullptr;  // a null pointer
  if (class_id >= 0 && o.cls != kVoid && o.cls != static_cast<uint32_t>(class_id))
    fail(std::string("Expected a lib.pointer to ") + className(static_cast<uint32_t>(class_id)) +
             " for the C function's pointer, not a " + o.type + ".",
         site);
  if (class_id >= 0 && o.value->class_id != static_cast<uint32_t>(class_id))
    fail(std::string("Expected an array of class ") + className(static_cast<uint32_t>(class_id)) +
             " for the C function's pointer, not " + className(o.value->class_id) + ".",
         site);
  o.value = mcc_array_unshare(o.value);  // C writes: never into a value someone else holds
  return o.value->data;
}

}  // namespace mcc::rt

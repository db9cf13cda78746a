// containers.Map: MATLAB's handle class of key-value pairs, and the
// functions of its objects (keys, values, isKey, remove; length, size and
// isempty count the pairs).
//
// A map is a 1x1 array of class MCC_CLASS_MAP whose data is a MapObject the
// array owns. It is a handle: copies share the descriptor (mcc_array_unshare
// gives the array itself), so `m(k) = v` through one copy, or in a function
// the map was passed to, is seen through every other, as in MATLAB. Keys are
// kept sorted: char keys by their characters' codes (MATLAB's ASCII order),
// numeric keys by value, as keys(m) lists them. Numeric keys are compared as
// doubles (int64 and uint64 keys beyond 2^53 are rounded to the nearest
// double).
#include "builtins/Maps.h"

#include <cctype>
#include <cstdio>
#include <map>

#include "array/Aggregate.h"
#include "array/StringArray.h"
#include "builtins/Builtin.h"
#include "builtins/Handles.h"
#include "format/Display.h"

namespace mcc::rt {
namespace {

const char* const kNoKeyId = "MATLAB:Containers:Map:NoKey";
const char* const kNoKey = "The specified key is not present in this container.";
const char* const kTypeMismatchId = "MATLAB:Containers:TypeMismatch";

struct MapObject {
  uint32_t keyClass = MCC_CLASS_CHAR;  // char, double, single, int32, uint32, int64 or uint64
  std::string valueType = "any";       // any, char, logical or a numeric class
  std::map<std::string, mcc_array*> byText;  // keyClass char; values owned
  std::map<double, mcc_array*> byNumber;     // numeric keys; values owned

  ~MapObject() {
    for (auto& [k, v] : byText) mcc_array_release(v);
    for (auto& [k, v] : byNumber) mcc_array_release(v);
  }
  bool textKeys() const { return keyClass == MCC_CLASS_CHAR; }
  size_t count() const { return textKeys() ? byText.size() : byNumber.size(); }
};

// A key as the map stores it.
struct Key {
  std::string text;
  double number = 0;
};

MapObject& objectOf(const mcc_array* a) { return *static_cast<MapObject*>(a->data); }

Ref newMap(MapObject* o) { return objectValue(MCC_CLASS_MAP, o); }

// The class id a KeyType or ValueType name stands for (UINT32_MAX: none).
uint32_t classNamed(const std::string& name) {
  for (uint32_t c = MCC_CLASS_DOUBLE; c <= MCC_CLASS_CHAR; ++c)
    if (name == className(c)) return c;
  return UINT32_MAX;
}

bool isTextValue(const mcc_array* a) {
  if (a->class_id == MCC_CLASS_CHAR) return a->ndims == 2 && (a->dims[0] == 1 || a->numel == 0);
  return isStringArray(a) && a->numel == 1 && stringElement(a, 0);
}

std::string textOf(const mcc_array* a) {
  return a->class_id == MCC_CLASS_CHAR ? toText(a) : toText(stringElement(a, 0));
}

// Element i (from 0) of a numeric or logical array, as a 1x1 array.
Ref elementAt(const mcc_array* a, size_t i, const mcc_site* site) {
  Ref index(mcc_array_from_scalar(double(i + 1)));
  const mcc_array* idx[] = {index.get()};
  return Ref(mcc_subsref(a, 1, idx, site));
}

bool isNumberScalar(const mcc_array* a) {
  return (isNumericClass(a->class_id) || a->class_id == MCC_CLASS_LOGICAL) && a->numel == 1 && !a->is_complex;
}

// The key a value stands for in map o; false when its type does not fit
// the map's KeyType.
bool keyOf(const MapObject& o, const mcc_array* k, Key& key, const mcc_site* site) {
  if (o.textKeys()) {
    if (!isTextValue(k)) return false;
    key.text = textOf(k);
    return true;
  }
  if (!isNumberScalar(k)) return false;
  Ref asKey(mcc_array_cast(k, o.keyClass, site));
  key.number = mcc_array_to_double(asKey.get(), site);
  return true;
}

Key requireKey(const MapObject& o, const mcc_array* k, const mcc_site* site) {
  Key key;
  if (!keyOf(o, k, key, site)) raise(kTypeMismatchId, "Specified key type does not match the type expected for this container.", site);
  return key;
}

mcc_array* const* find(const MapObject& o, const Key& key) {
  if (o.textKeys()) {
    auto it = o.byText.find(key.text);
    return it == o.byText.end() ? nullptr : &it->second;
  }
  auto it = o.byNumber.find(key.number);
  return it == o.byNumber.end() ? nullptr : &it->second;
}

// The value as the map's ValueType keeps it: as given for 'any', checked
// text for 'char', else a scalar converted to the ValueType's class.
Ref storedValue(const MapObject& o, const mcc_array* v, const mcc_site* site) {
  if (o.valueType == "any") return Ref::share(v);
  auto mismatch = [&] { raise(kTypeMismatchId, "Specified value type does not match the type expected for this container.", site); };
  if (o.valueType == "char") {
    if (v->class_id != MCC_CLASS_CHAR) mismatch();
    return Ref::share(v);
  }
  if (!isNumberScalar(v)) mismatch();
  return Ref(mcc_array_cast(v, classNamed(o.valueType), site));
}

void put(MapObject& o, const Key& key, Ref value) {
  mcc_array*& slot = o.textKeys() ? o.byText[key.text] : o.byNumber[key.number];
  mcc_array_release(slot);
  slot = value.release();
}

// The key k of the map as a MATLAB value: a char row, or a scalar of the KeyType.
Ref keyValue(const MapObject& o, const std::string* text, double number, const mcc_site* site) {
  if (text) return fromText(*text);
  Ref d = scalarResult(number);
  return o.keyClass == MCC_CLASS_DOUBLE ? std::move(d) : Ref(mcc_array_cast(d.get(), o.keyClass, site));
}

Ref keysOf(const MapObject& o, const mcc_site* site) {
  Ref out = newCell({1, o.count()});
  size_t k = 0;
  for (auto& [key, v] : o.byText) setCellElement(out.get(), k++, keyValue(o, &key, 0, site).get());
  for (auto& [key, v] : o.byNumber) setCellElement(out.get(), k++, keyValue(o, nullptr, key, site).get());
  return out;
}

Ref valuesOf(const MapObject& o) {
  Ref out = newCell({1, o.count()});
  size_t k = 0;
  for (auto& [key, v] : o.byText) setCellElement(out.get(), k++, v);
  for (auto& [key, v] : o.byNumber) setCellElement(out.get(), k++, v);
  return out;
}

const MapObject& requireMap(const mcc_array* m, const char* function, const mcc_site* site) {
  if (!isMap(m))
    fail(std::string("Undefined function '") + function + "' for input arguments of type '" +
             (m ? className(m->class_id) : "double") + "'.",
         site);
  return objectOf(m);
}

// The keys a keys argument lists: each element of a cell, of a numeric array
// (numeric maps), or the one text or number given. Keeps the argument's
// shape for isKey's result.
std::vector<Ref> keyList(const MapObject& o, const mcc_array* k, Dims& shape) {
  std::vector<Ref> list;
  if (k->class_id == MCC_CLASS_CELL || (!o.textKeys() && isNumericClass(k->class_id) && k->numel != 1) ||
      (isStringArray(k) && k->numel != 1)) {
    shape.assign(k->dims, k->dims + k->ndims);
    for (size_t i = 0; i < k->numel; ++i) {
      if (k->class_id == MCC_CLASS_CELL) list.push_back(cellElement(k, i));
      else list.push_back(elementAt(k, i, nullptr));
    }
    return list;
  }
  shape = {1, 1};
  list.push_back(Ref::share(k));
  return list;
}

bool sameText(std::string a, std::string b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

// containers.Map(keys, values [, 'UniformValues', tf]).
void fillFromPairs(MapObject& o, const Args& a, bool uniform) {
  const mcc_array* ks = a[0];
  const mcc_array* vs = a[1];
  std::vector<Ref> keys, values;
  if (ks->class_id == MCC_CLASS_CELL || isStringArray(ks)) {
    for (size_t i = 0; i < ks->numel; ++i)
      keys.push_back(ks->class_id == MCC_CLASS_CELL ? cellElement(ks, i) : fromText(toText(stringElement(ks, i))));
  } else if (ks->class_id == MCC_CLASS_CHAR) {
    keys.push_back(Ref::share(ks));
  } else if (isNumericClass(ks->class_id) || ks->class_id == MCC_CLASS_LOGICAL) {
    for (size_t i = 0; i < ks->numel; ++i) keys.push_back(elementAt(ks, i, a.site));
  } else {
    a.error("Specified key type does not match the type expected for this container.");
  }
  if (keys.empty()) a.error("Empty keys are not allowed in this container.");
  if (vs->class_id == MCC_CLASS_CELL) {
    for (size_t i = 0; i < vs->numel; ++i) values.push_back(cellElement(vs, i));
  } else if (keys.size() != 1 && (isNumericClass(vs->class_id) || vs->class_id == MCC_CLASS_LOGICAL)) {
    for (size_t i = 0; i < vs->numel; ++i)
      values.push_back(elementAt(vs, i, a.site));
  } else {
    values.push_back(Ref::share(vs));
  }
  if (keys.size() != values.size()) a.error("The number of keys and values must be the same.");
  // KeyType: char for text keys, else the keys' class (double for the
  // classes a map cannot key by, and for keys of mixed classes).
  uint32_t kc = keys[0]->class_id;
  bool textKeys = isTextValue(keys[0].get());
  for (const Ref& k : keys) {
    if (isTextValue(k.get()) != textKeys || (!textKeys && !isNumberScalar(k.get())))
      a.error("Specified key type does not match the type expected for this container.");
    if (k->class_id != kc) kc = MCC_CLASS_DOUBLE;
  }
  if (textKeys) kc = MCC_CLASS_CHAR;
  else if (kc != MCC_CLASS_SINGLE && kc != MCC_CLASS_INT32 && kc != MCC_CLASS_UINT32 && kc != MCC_CLASS_INT64 &&
           kc != MCC_CLASS_UINT64)
    kc = MCC_CLASS_DOUBLE;
  o.keyClass = kc;
  // ValueType: the values' class when they are uniform (all char, or all
  // numeric or logical scalars of one class), else any.
  uint32_t vc = values[0]->class_id;
  bool same = true, scalars = true;
  for (const Ref& v : values) {
    same = same && v->class_id == vc;
    scalars = scalars && isNumberScalar(v.get());
  }
  o.valueType = "any";
  if (uniform && same && (vc == MCC_CLASS_CHAR || scalars)) o.valueType = className(vc);
  for (size_t i = 0; i < keys.size(); ++i) put(o, requireKey(o, keys[i].get(), a.site), storedValue(o, values[i].get(), a.site));
}

}  // namespace

void releaseMap(mcc_array* a) {
  delete static_cast<MapObject*>(a->data);
  a->data = nullptr;
}

size_t mapCount(const mcc_array* a) { return objectOf(a).count(); }

Ref mapSubsref(const mcc_array* m, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  const MapObject& o = objectOf(m);
  if (nidx != 1) fail("Only one key may be specified.", site);
  mcc_array* const* v = find(o, requireKey(o, idx[0], site));
  if (!v) raise(kNoKeyId, kNoKey, site);
  return *v ? Ref::share(*v) : Ref(mcc_array_empty());
}

void mapSubsasgn(mcc_array* m, const mcc_array* value, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  MapObject& o = objectOf(m);
  if (nidx != 1) fail("Only one key may be specified.", site);
  Key key = requireKey(o, idx[0], site);
  put(o, key, storedValue(o, value, site));
}

Ref mapField(const mcc_array* m, const std::string& name, bool called, const mcc_site* site) {
  const MapObject& o = objectOf(m);
  if (name == "Count") {
    Ref c = newArray(MCC_CLASS_UINT64, false, {1, 1});
    *static_cast<uint64_t*>(c->data) = o.count();
    return c;
  }
  if (name == "KeyType") return fromText(className(o.keyClass));
  if (name == "ValueType") return fromText(o.valueType);
  // m.keys(), m.values({k1, k2}), m.isKey(k), m.remove(k), m.length().
  Ref method = objectMethod(m,
                            {{"keys", mcc_bi_keys}, {"values", mcc_bi_values}, {"isKey", mcc_bi_isKey},
                             {"remove", mcc_bi_remove}, {"length", mcc_bi_length}},
                            name, called, site);
  if (method) return method;
  fail("Unrecognized method, property, or field '" + name + "' for class 'containers.Map'.", site);
}

void mapSetField(const std::string& name, const mcc_site* site) {
  if (name == "Count" || name == "KeyType" || name == "ValueType")
    fail("Unable to set the '" + name + "' property of class 'containers.Map' because it is read-only.", site);
  fail("Unrecognized property '" + name + "' for class 'containers.Map'.", site);
}

// MATLAB shows a map as an object with its three properties.
void displayMap(std::string_view name, const mcc_array* m) {
  const MapObject& o = objectOf(m);
  std::string blank = programDisplayOptions().spacing == DisplayOptions::Loose ? "\n" : "";
  std::string out;
  if (!name.empty()) out = blank + std::string(name) + " = \n" + blank;
  out += "  Map with properties:\n" + blank;
  out += "        Count: " + std::to_string(o.count()) + "\n";
  out += "      KeyType: " + std::string(className(o.keyClass)) + "\n";
  out += "    ValueType: " + o.valueType + "\n" + blank;
  std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace mcc::rt

using namespace mcc::rt;

// containers.Map(), containers.Map('KeyType', kt, 'ValueType', vt) (either
// order, either alone), containers.Map(keys, values) and
// containers.Map(keys, values, 'UniformValues', tf).
MCC_DEFINE_BUILTIN(containers_Map) {
  a.arity(0, 6, 1);
  auto* o = new MapObject;
  Ref map = newMap(o);
  auto option = [&](uint32_t k) {
    if (!a.isText(k)) return std::string();
    std::string t = a.text(k);
    for (const char* name : {"KeyType", "ValueType", "UniformValues"})
      if (sameText(t, name)) return std::string(name);
    return std::string();
  };
  // Name-value pairs start at 0 when the first argument names one (and
  // there are more than the two of a key and its value).
  uint32_t first = a.nargin >= 4 && !option(0).empty() ? 0 : 2;
  if (a.nargin == 1 || a.nargin == 3 || a.nargin == 5) a.error("Incorrect number of arguments.");
  bool uniform = true;
  for (uint32_t k = first; k + 1 < a.nargin; k += 2) {
    std::string name = option(k);
    if (name.empty()) a.error("Parameter name must be 'KeyType', 'ValueType' or 'UniformValues'.");
    if (name == "UniformValues") {
      uniform = a.scalar(k + 1) != 0;
      continue;
    }
    if (first != 0) a.error("Specify 'KeyType' and 'ValueType' only to create an empty Map.");
    std::string type = a.isText(k + 1) ? a.text(k + 1) : "";
    if (name == "KeyType") {
      uint32_t c = classNamed(type);
      if (c != MCC_CLASS_CHAR && c != MCC_CLASS_DOUBLE && c != MCC_CLASS_SINGLE && c != MCC_CLASS_INT32 &&
          c != MCC_CLASS_UINT32 && c != MCC_CLASS_INT64 && c != MCC_CLASS_UINT64)
        a.error("Unsupported key type '" + type + "'. Valid key types are 'char', 'double', 'single', 'int32', "
                "'uint32', 'int64' and 'uint64'.");
      o->keyClass = c;
    } else {
      if (type != "any" && classNamed(type) == UINT32_MAX)
        a.error("Unsupported value type '" + type + "'. Valid value types are 'any', 'char', 'logical' and the "
                "numeric types.");
      o->valueType = type;
    }
  }
  if (first == 2 && a.nargin >= 2) fillFromPairs(*o, a, uniform);
  a.set(0, std::move(map));
}

// keys(m): the keys, sorted, as a 1xN cell.
MCC_DEFINE_BUILTIN(keys) {
  a.arity(1, 1, 1);
  a.set(0, keysOf(requireMap(a[0], "keys", a.site), a.site));
}

// values(m): the values in the order of keys(m); values(m, keys): those of
// the keys a cell lists, in its shape.
MCC_DEFINE_BUILTIN(values) {
  a.arity(1, 2, 1);
  const MapObject& o = requireMap(a[0], "values", a.site);
  if (a.nargin == 1) {
    a.set(0, valuesOf(o));
    return;
  }
  const mcc_array* ks = a[1];
  if (ks->class_id != MCC_CLASS_CELL) a.error("Specified key type does not match the type expected for this container.");
  Ref out = newCell(Dims(ks->dims, ks->dims + ks->ndims));
  for (size_t i = 0; i < ks->numel; ++i) {
    mcc_array* const* v = find(o, requireKey(o, cellElement(ks, i).get(), a.site));
    if (!v) raise(kNoKeyId, kNoKey, a.site);
    setCellElement(out.get(), i, *v);
  }
  a.set(0, std::move(out));
}

// isKey(m, key): true where the map has the key (a cell of keys gives a
// logical array of its shape; a key of another type is not there).
MCC_DEFINE_BUILTIN(isKey) {
  a.arity(2, 2, 1);
  const MapObject& o = requireMap(a[0], "isKey", a.site);
  Dims shape;
  std::vector<Ref> list = keyList(o, a[1], shape);
  Ref out = newArray(MCC_CLASS_LOGICAL, false, shape);
  for (size_t i = 0; i < list.size(); ++i) {
    Key key;
    static_cast<uint8_t*>(out->data)[i] = keyOf(o, list[i].get(), key, a.site) && find(o, key);
  }
  a.set(0, std::move(out));
}

// remove(m, keys): takes the keys (one, or a cell of them) and their values
// out of the map itself; every key must be there. Gives the map.
MCC_DEFINE_BUILTIN(remove) {
  a.arity(2, 2, 1);
  requireMap(a[0], "remove", a.site);
  MapObject& o = objectOf(a[0]);
  Dims shape;
  std::vector<Key> keys;
  for (const Ref& k : keyList(o, a[1], shape)) {
    keys.push_back(requireKey(o, k.get(), a.site));
    if (!find(o, keys.back())) raise(kNoKeyId, kNoKey, a.site);
  }
  for (const Key& key : keys) {
    if (o.textKeys()) {
      auto it = o.byText.find(key.text);
      if (it == o.byText.end()) continue;
      mcc_array_release(it->second);
      o.byText.erase(it);
    } else {
      auto it = o.byNumber.find(key.number);
      if (it == o.byNumber.end()) continue;
      mcc_array_release(it->second);
      o.byNumber.erase(it);
    }
  }
  a.set(0, Ref::share(a[0]));
}

// isobject(x): true for objects of classes (containers.Map, MException,
// lib.pointer, classdef value classes).
MCC_DEFINE_BUILTIN(isobject) {
  a.arity(1, 1, 1);
  uint32_t c = a[0]->class_id;
  a.set(0, boolResult(c == MCC_CLASS_MAP || c == MCC_CLASS_MEXCEPTION || c == MCC_CLASS_LIBOBJECT ||
                      !objectClass(a[0]).empty()));
}

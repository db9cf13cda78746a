// containers.Map objects (Maps.cpp): what the array core calls when a value
// it indexes, assigns, displays or measures is a map.
#pragma once
#include <string>
#include <string_view>

#include "array/Array.h"

namespace mcc::rt {

inline bool isMap(const mcc_array* a) { return a && a->class_id == MCC_CLASS_MAP; }
// Frees the pairs of a map whose descriptor is being freed.
void releaseMap(mcc_array* a);
// The number of key-value pairs (m.Count, length(m), size(m, 1)).
size_t mapCount(const mcc_array* a);
// m(key): the value (MATLAB's error when the key is not there).
Ref mapSubsref(const mcc_array* m, size_t nidx, const mcc_array* const* idx, const mcc_site* site);
// m(key) = value: adds or replaces the pair in the map itself (a handle).
void mapSubsasgn(mcc_array* m, const mcc_array* value, size_t nidx, const mcc_array* const* idx, const mcc_site* site);
// m.Count, m.KeyType, m.ValueType; the methods keys, values, isKey, remove
// and length (bound to m when `called`: m.values({k1, k2})).
Ref mapField(const mcc_array* m, const std::string& name, bool called, const mcc_site* site);
// m.name = v: MATLAB's error (the properties are read-only).
[[noreturn]] void mapSetField(const std::string& name, const mcc_site* site);
// `m = ...` and disp(m): "Map with properties:" and the three properties.
void displayMap(std::string_view name, const mcc_array* m);

}  // namespace mcc::rt

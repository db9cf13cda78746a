// lib.pointer and lib.struct objects inside the runtime (CStructs.cpp): the
// hooks that field access, copies, display and class() use.
#pragma once

#include <string>
#include <string_view>

#include "array/Array.h"

namespace mcc::rt {

bool isLibObject(const mcc_array* a);
// When the array is freed.
void releaseLibObject(mcc_array* a);
// "lib.pointer", "lib.point".
std::string libObjectClass(const mcc_array* a);
// p.Value, p.DataType, s.field: a new reference; MATLAB's error otherwise.
Ref libObjectField(const mcc_array* a, const std::string& name, const mcc_site* site);
// p.Value = v, s.field = v: the object itself changes (a handle).
void setLibObjectField(mcc_array* a, const mcc_array* value, const std::string& name, const mcc_site* site);
void displayLibObject(std::string_view name, const mcc_array* a);
// The elements a lib.pointer points at (unshared first: C may write them),
// checked against `class_id` (-1: any); NULL for a null pointer.
void* libObjectData(const mcc_array* a, int32_t class_id, const mcc_site* site);

}  // namespace mcc::rt

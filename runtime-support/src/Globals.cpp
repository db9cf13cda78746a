// Global and persistent variables: slots that generated code keeps as
// pointer-sized globals of the program (mcc_global_get/mcc_global_set in
// mcc/runtime.h). A slot the program ever assigned is remembered here, so
// that mcc_finish can release what the variables still hold before it
// counts leaked arrays. Also the environments that nested functions share
// with their parents (mcc_env_*): cells updated in place.
#include <string>
#include <unordered_set>

#include "Error.h"
#include "array/Array.h"
#include "mcc/runtime.h"

namespace mcc::rt {

std::unordered_set<mcc_array**>& assignedSlots() {
  static std::unordered_set<mcc_array**> slots;
  return slots;
}

void releaseGlobals() {
  for (mcc_array** slot : assignedSlots()) {
    mcc_array_release(*slot);
    *slot = nullptr;
  }
  assignedSlots().clear();
}

}  // namespace mcc::rt

extern "C" {

mcc_array* mcc_global_get(mcc_array** slot) { return *slot ? mcc_array_retain(*slot) : mcc_array_empty(); }

void mcc_global_set(mcc_array** slot, mcc_array* value) {
  if (value) mcc::rt::assignedSlots().insert(slot);
  mcc_array* old = *slot;
  *slot = value;
  mcc_array_release(old);
}

mcc_array* mcc_env_new(size_t nslots) {
  return mcc::rt::newArray(MCC_CLASS_CELL, false, {1, nslots}).release();
}

mcc_array* mcc_env_get(const mcc_array* env, size_t k, const char* name, const mcc_site* site) {
  mcc_array* v = static_cast<mcc_array* const*>(env->data)[k];
  if (!v && !name) return nullptr;
  if (!v) mcc::rt::fail(std::string("Unrecognized function or variable '") + name + "'.", site);
  return mcc_array_retain(v);
}

void mcc_env_set(mcc_array* env, size_t k, mcc_array* value) {
  mcc_array** slot = static_cast<mcc_array**>(env->data) + k;
  mcc_array* old = *slot;
  *slot = value;
  mcc_array_release(old);
}

}  // extern "C"

// Global and persistent variables: slots that generated code keeps as
// pointer-sized globals of the program (mcc_global_get/mcc_global_set in
// mcc/runtime.h). A slot the program ever assigned is remembered here, so
// that mcc_finish can release what the variables still hold before it
// counts leaked arrays.
#include <unordered_set>

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

}  // extern "C"

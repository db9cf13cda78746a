// Function handles inside the runtime (Handles.cpp): what the array core and
// display need to know of a handle's data.
#pragma once

#include <string>

#include "mcc/runtime.h"

namespace mcc::rt {

// Frees a handle array's data (its captured values are released).
void releaseHandleData(mcc_array* a);
// What func2str gives: `sin`, or `@(x)a*x`.
std::string handleText(const mcc_array* a);
// A handle to the runtime's builtin `name` (a name known only at run time);
// MATLAB's error when there is none.
class Ref;
Ref handleForName(const std::string& name, const mcc_site* site);

}  // namespace mcc::rt

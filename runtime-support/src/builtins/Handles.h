// Values of classes whose data the runtime owns, function handles
// (Handles.cpp) and MException (Exceptions.cpp): what the array core,
// display and builtins need to know of their data.
#pragma once

#include <string>
#include <string_view>

#include "mcc/runtime.h"

namespace mcc::rt {

// Frees a handle array's data (its captured values are released).
void releaseHandleData(mcc_array* a);
// Frees an MException's data (Exceptions.cpp).
void releaseExceptionData(mcc_array* a);
// The error an MException holds; MATLAB's error when a is none.
struct ErrorRecord;
const ErrorRecord& exceptionRecord(const mcc_array* a, const mcc_site* site);
// The display of an MException (`err` without a semicolon, disp(err)).
void displayException(std::string_view name, const mcc_array* a);
// What func2str gives: `sin`, or `@(x)a*x`.
std::string handleText(const mcc_array* a);
// A handle to the runtime's builtin `name` (a name known only at run time);
// MATLAB's error when there is none.
class Ref;
Ref handleForName(const std::string& name, const mcc_site* site);

}  // namespace mcc::rt

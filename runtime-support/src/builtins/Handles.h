// Values of classes whose data the runtime owns, function handles
// (Handles.cpp) and MException (Exceptions.cpp): what the array core,
// display and builtins need to know of their data.
#pragma once

#include <initializer_list>
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
// err.identifier, err.message, err.stack, err.cause, and the methods
// getReport, throw, rethrow, throwAsCaller and addCause (see objectMethod).
class Ref;
Ref exceptionField(const mcc_array* e, std::string_view name, bool called, const mcc_site* site);
// The display of an MException (`err` without a semicolon, disp(err)).
void displayException(std::string_view name, const mcc_array* a);
// What func2str gives: `sin`, or `@(x)a*x`.
std::string handleText(const mcc_array* a);
// A handle to the runtime's builtin `name` (a name known only at run time);
// MATLAB's error when there is none.
class Ref;
Ref handleForName(const std::string& name, const mcc_site* site);

// A method of one of the runtime's classes of objects (containers.Map,
// MException): obj.NAME(args) is NAME(obj, args), as in MATLAB.
struct ObjectMethod {
  const char* name;
  mcc_function_entry entry;  // the builtin: the object is its first input
  bool hasOutput = true;     // false: throw, rethrow (obj.throw gives no value)
};
// obj.name when `name` is one of `methods`: with `called` (obj.name(args)
// follows; mcc_getfield's MCC_FIELD_CALLED) the method bound to obj, a
// handle that the call's arguments then go to; else the method called with
// obj alone (obj.name is obj.name()). A null Ref when name is not a method.
Ref objectMethod(const mcc_array* obj, std::initializer_list<ObjectMethod> methods, std::string_view name, bool called,
                 const mcc_site* site);

}  // namespace mcc::rt

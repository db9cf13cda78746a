// MException values and the builtins of errors: what a catch receives
// (mcc_catch), err.identifier / err.message / err.stack, MException(id,
// fmt, ...), addCause and err.cause, throw, rethrow, throwAsCaller,
// getReport, lasterr, lasterror.
#include <cstdio>
#include <exception>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Handles.h"
#include "builtins/Util.h"
#include "format/Display.h"

extern "C" void* __cxa_begin_catch(void*) noexcept;
extern "C" void __cxa_end_catch();

namespace mcc::rt {

void releaseExceptionData(mcc_array* a) {
  delete static_cast<ErrorRecord*>(a->data);
  a->data = nullptr;
}

const ErrorRecord& exceptionRecord(const mcc_array* a, const mcc_site* site) {
  if (!a || a->class_id != MCC_CLASS_MEXCEPTION) fail("Expected an MException object.", site);
  return *static_cast<const ErrorRecord*>(a->data);
}

Ref exceptionValue(const ErrorRecord& r) {
  return objectValue(MCC_CLASS_MEXCEPTION, new ErrorRecord(r));
}

// MATLAB shows an MException as an object with its properties.
void displayException(std::string_view name, const mcc_array* a) {
  const ErrorRecord& r = exceptionRecord(a, nullptr);
  std::string blank = programDisplayOptions().spacing == DisplayOptions::Loose ? "\n" : "";
  std::string out;
  if (!name.empty()) out = blank + std::string(name) + " = \n" + blank;
  out += "  MException with properties:\n" + blank;
  out += "    identifier: '" + r.identifier + "'\n";
  out += "       message: '" + r.message + "'\n";
  out += r.causes.empty() ? std::string("         cause: {}\n")
                          : "         cause: {" + std::to_string(r.causes.size()) + "\xC3\x97" "1 cell}\n";
  out += "         stack: [" + std::to_string(r.stack.size()) + "\xC3\x97" "1 struct]\n";
  out += "    Correction: []\n" + blank;
  std::fwrite(out.data(), 1, out.size(), stdout);
}

// err.stack: an Nx1 struct array with fields file, name and line.
Ref stackValue(const ErrorRecord& r) {
  Ref s = newStruct({r.stack.size(), 1}, {"file", "name", "line"});
  for (size_t k = 0; k < r.stack.size(); ++k) {
    const StackFrame& f = r.stack[k];
    setStructField(s.get(), k, 0, fromText(f.file).get());
    setStructField(s.get(), k, 1, fromText(f.name).get());
    setStructField(s.get(), k, 2, scalarResult(f.line).get());
  }
  return s;
}

Ref exceptionField(const mcc_array* e, std::string_view field, bool called, const mcc_site* site) {
  const ErrorRecord& r = exceptionRecord(e, site);
  if (field == "identifier") return fromText(r.identifier);
  if (field == "message") return fromText(r.message);
  if (field == "stack") return stackValue(r);
  if (field == "cause") {  // an Nx1 cell of the MExceptions addCause added
    Ref c = newCell({r.causes.size(), r.causes.empty() ? size_t(0) : size_t(1)});
    for (size_t k = 0; k < r.causes.size(); ++k) setCellElement(c.get(), k, exceptionValue(r.causes[k]).get());
    return c;
  }
  Ref method = objectMethod(e,
                            {{"getReport", mcc_bi_getReport}, {"addCause", mcc_bi_addCause},
                             {"throw", mcc_bi_throw, false}, {"rethrow", mcc_bi_rethrow, false},
                             {"throwAsCaller", mcc_bi_throwAsCaller, false}},
                            field, called, site);
  if (method) return method;
  fail("Unrecognized method, property, or field '" + std::string(field) + "' for class 'MException'.", site);
}

}  // namespace mcc::rt

using namespace mcc::rt;

extern "C" {

mcc_array* mcc_catch(void* exception) {
  __cxa_begin_catch(exception);
  Ref value;
  try {
    throw;
  } catch (const MatlabError& e) {
    value = exceptionValue(e.record);
  } catch (const std::bad_alloc&) {
    value = exceptionValue({"MATLAB:nomem", "Out of memory.", "", 0});
  } catch (...) {
    value = exceptionValue({"MATLAB:internal", "An internal error occurred.", "", 0});
  }
  __cxa_end_catch();
  mcc_try_leave();
  return value.release();
}

mcc_array* mcc_mexception_field(const mcc_array* e, const char* name, size_t length, const mcc_site* site) {
  return exceptionField(e, std::string_view(name, length), false, site).release();
}

}  // extern "C"

// MException(identifier, message, args...): the message formatted as sprintf does.
MCC_DEFINE_BUILTIN(MException) {
  a.arity(2, UINT32_MAX, 1);
  std::string id = a.text(0);
  std::string message;
  if (a.nargin == 2) {
    message = a.text(1);
  } else {
    mcc_array* text = nullptr;
    mcc_bi_sprintf(1, &text, a.nargin - 1, a.in + 1, a.site);
    Ref owned(text);
    message = toText(text);
  }
  a.set(0, exceptionValue({id, message, "", 0}));
}

// ME = addCause(ME, cause): ME with cause appended to its causes (a new
// value: MException values are not shared).
MCC_DEFINE_BUILTIN(addCause) {
  a.arity(2, 2, 1);
  ErrorRecord r = exceptionRecord(a[0], a.site);
  r.causes.push_back(exceptionRecord(a[1], a.site));
  a.set(0, exceptionValue(r));
}

// throw(ME): raised here. rethrow(ME): raised again as it was first raised.
MCC_DEFINE_BUILTIN(throw) {
  a.arity(1, 1, 0);
  const ErrorRecord& r = exceptionRecord(a[0], a.site);
  raise(r.identifier, r.message, a.site, r.causes);
}

MCC_DEFINE_BUILTIN(rethrow) {
  a.arity(1, 1, 0);
  const ErrorRecord& r = exceptionRecord(a[0], a.site);
  if (r.file.empty()) raise(r.identifier, r.message, a.site, r.causes);
  raise(ErrorRecord(r));
}

// throwAsCaller(ME): as throw, but the stack starts at the call of the
// function that throws, as if its caller had raised the error.
MCC_DEFINE_BUILTIN(throwAsCaller) {
  a.arity(1, 1, 0);
  const ErrorRecord& r = exceptionRecord(a[0], a.site);
  ErrorRecord e{r.identifier, r.message, "", 0, callStack(a.site, true), r.causes};
  if (!e.stack.empty()) e.file = e.stack.front().file, e.line = e.stack.front().line;
  raise(e);
}

// getReport(ME), getReport(ME, type), getReport(ME, type, 'hyperlinks', h):
// what MATLAB shows for the error. 'basic' is the message; 'extended' (the
// default) puts "Error using NAME (line N)" first for an error that was
// raised (NAME: the function of its top stack frame, as err.stack names it)
// and its causes after it. A compiled program keeps no source text, so the
// report has no source lines, and no hyperlinks ('hyperlinks' is accepted
// with 'on', 'off' or 'default': there is no desktop to link to).
MCC_DEFINE_BUILTIN(getReport) {
  a.arity(1, 4, 1);
  const ErrorRecord& r = exceptionRecord(a[0], a.site);
  bool basic = false;
  if (a.nargin >= 2) {
    std::string type = a.isText(1) ? a.text(1) : "";
    if (type != "basic" && type != "extended") a.error("The report type must be 'basic' or 'extended'.");
    basic = type == "basic";
  }
  if (a.nargin == 3) a.error("Invalid number of input arguments.");
  if (a.nargin == 4) {
    std::string option = a.isText(2) ? a.text(2) : "";
    std::string value = a.isText(3) ? a.text(3) : "";
    if (option != "hyperlinks") a.error("The option must be 'hyperlinks'.");
    if (value != "on" && value != "off" && value != "default") a.error("The hyperlinks value must be 'on', 'off' or 'default'.");
  }
  std::string text = r.message;
  if (!basic) {
    if (!r.stack.empty())
      text = "Error using " + r.stack.front().name + " (line " + std::to_string(r.stack.front().line) + ")\n" + text;
    if (!r.causes.empty()) text += "\n\nCaused by:";
    for (const ErrorRecord& c : r.causes) text += "\n    " + c.message;
  }
  a.set(0, fromText(text));
}

MCC_DEFINE_BUILTIN(lasterr) {
  a.arity(0, 0, 1);
  a.set(0, fromText(lastErrorMessage()));
}

// lasterror(), lasterror('reset'): the last error as the legacy struct
// with fields message, identifier and stack (file, name, line); 'reset'
// gives it and then clears it. Setting it from a struct is not implemented.
MCC_DEFINE_BUILTIN(lasterror) {
  a.arity(0, 1, 1);
  bool reset = false;
  if (a.nargin == 1) {
    if (!a.isText(0)) notImplemented("lasterror of a struct", a.site);
    if (lower(a.text(0)) != "reset") a.error("lasterror: unrecognized string argument");
    reset = true;
  }
  const ErrorRecord& r = lastError();
  Ref s = newStruct({1, 1}, {"message", "identifier", "stack"});
  setStructField(s.get(), 0, 0, fromText(r.message).get());
  setStructField(s.get(), 0, 1, fromText(r.identifier).get());
  setStructField(s.get(), 0, 2, stackValue(r).get());
  if (reset) resetLastError();
  a.set(0, std::move(s));
}

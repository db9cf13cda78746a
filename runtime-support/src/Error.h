// How the runtime reports a MATLAB run-time error, and how errors unwind to
// a try/catch.
//
// Outside any try (no active try region: the count generated code keeps
// with mcc_try_enter/mcc_try_leave) a user's error ends the program as
// MATLAB's does: the message on stderr, then the .m file and line of the
// statement, exit status 1, arrays left alive. Inside a try, the error is a
// C++ exception (MatlabError) that unwinds through the runtime (which holds
// its temporaries in owning handles) and through generated code (whose
// landing pads release the references each frame owns) to the handler,
// where mcc_catch turns it into an MException value. Unit tests install a
// hook that throws instead, so the message can be checked in-process.
#pragma once

#include <string>
#include <vector>

#include "mcc/runtime.h"

namespace mcc::rt {

// A frame of MException.stack: the function and the line it was running.
struct StackFrame {
  std::string file, name;
  uint32_t line = 0;
};

// An error: MATLAB's identifier (may be empty), message, where it was
// raised (file and line: the top frame), and the stack from there down to
// the program's first frame (MException.stack; empty for an MException
// never thrown).
struct ErrorRecord {
  std::string identifier;
  std::string message;
  std::string file;
  uint32_t line = 0;
  std::vector<StackFrame> stack = {};
  std::vector<ErrorRecord> causes = {};  // addCause, in order
};

// What unwinds to a catch.
struct MatlabError {
  ErrorRecord record;
};

// Reports a MATLAB error for `site` and does not return. The identifier is
// MATLAB's for the message (Index exceeds... is MATLAB:badsubscript, see
// Error.cpp), or empty.
[[noreturn]] void fail(const std::string& message, const mcc_site* site);
// The same with the identifier given (error('a:b', ...), throw).
[[noreturn]] void raise(const std::string& identifier, const std::string& message, const mcc_site* site);
// The same, carrying the causes of an MException (throw(ME) of one with addCause).
[[noreturn]] void raise(const std::string& identifier, const std::string& message, const mcc_site* site,
                        const std::vector<ErrorRecord>& causes);
// Raises a recorded error again as it was (rethrow): its own place.
[[noreturn]] void raise(const ErrorRecord& record);
// The stack of an error raised at `site` (may be null) in the calls now in
// progress (mcc_call_enter), innermost first. asCaller: as if raised at the
// call of the current function (throwAsCaller).
std::vector<StackFrame> callStack(const mcc_site* site, bool asCaller = false);
// Keeps the call stack as it was when made, whatever unwinds through it.
class CallStackMark {
 public:
  CallStackMark();
  ~CallStackMark();
  CallStackMark(const CallStackMark&) = delete;
  CallStackMark& operator=(const CallStackMark&) = delete;

 private:
  size_t depth_;
};
// The builtin running now, innermost first: an error raised with no site
// (checked(), unsupportedClass()) is reported at the line of the builtin's
// call and can name it. A builtin that another calls with its own site
// (a.site passed on) keeps the outer one's name: the user called that one.
class BuiltinScope {
 public:
  BuiltinScope(const char* name, const mcc_site* site);
  ~BuiltinScope();
  BuiltinScope(const BuiltinScope&) = delete;
  BuiltinScope& operator=(const BuiltinScope&) = delete;
  // The innermost scope, or null outside every builtin.
  static const BuiltinScope* current();
  const char* name;
  const mcc_site* site;

 private:
  BuiltinScope* outer_;
};
// The message of the last error raised (lasterr), the whole record
// (lasterror) and lasterror('reset').
const std::string& lastErrorMessage();
const ErrorRecord& lastError();
void resetLastError();

// A misuse of the C ABI by generated code (a compiler bug, not a user error):
// prints the message and aborts.
[[noreturn]] void internalError(const std::string& message);

// Called by fail() instead of exiting, when set. It must not return (a test
// hook throws); if it does, fail() exits as usual.
using FailHook = void (*)(const std::string& message, const mcc_site* site);
void setFailHook(FailHook hook);

}  // namespace mcc::rt

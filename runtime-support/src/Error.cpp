// Run-time error reporting and unwinding (see Error.h).
#include "Error.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace mcc::rt {

namespace {
FailHook failHook = nullptr;
// Active try regions (mcc_try_enter/mcc_try_leave, and mcc_catch leaves
// one), each with the depth of the call stack and the recursion depth
// where it started.
struct TryRegion {
  size_t calls;
  uint32_t recursion;
};
std::vector<TryRegion> tryRegions;
// The sites of the calls in progress (mcc_call_enter), outermost first.
std::vector<const mcc_site*> callSites;
ErrorRecord lastRecord;
thread_local BuiltinScope* innermostBuiltin = nullptr;

// MATLAB's identifiers of the runtime's messages, by how they start.
struct KnownError {
  std::string_view prefix, identifier;
};
constexpr KnownError knownErrors[] = {
    {"Index exceeds", "MATLAB:badsubscript"},
    {"Index in position", "MATLAB:badsubscript"},
    {"Array indices must be positive integers", "MATLAB:badsubscript"},
    {"The logical indices", "MATLAB:badsubscript"},
    {"Arrays have incompatible sizes", "MATLAB:sizeDimensionsMustMatch"},
    {"Matrix dimensions must agree", "MATLAB:dimagree"},
    {"Incorrect dimensions for matrix multiplication", "MATLAB:innerdim"},
    {"Dimensions of arrays being concatenated are not consistent", "MATLAB:catenate:dimensionMismatch"},
    {"Unable to perform assignment because the left and right sides have a different number of elements",
     "MATLAB:subsassignnumelmismatch"},
    {"Unable to perform assignment because the size of the left side", "MATLAB:subsassigndimmismatch"},
    {"Unrecognized function or variable", "MATLAB:UndefinedFunction"},
    {"Undefined function", "MATLAB:UndefinedFunction"},
    {"Operator '", "MATLAB:UndefinedFunction"},
    {"Unrecognized field name", "MATLAB:nonExistentField"},
    {"Not enough input arguments", "MATLAB:minrhs"},
    {"Too many input arguments", "MATLAB:TooManyInputs"},
    {"Too many output arguments", "MATLAB:TooManyOutputs"},
    {"Output argument", "MATLAB:unassignedOutputs"},
    {"NaN's cannot be converted to logicals", "MATLAB:nologicalnan"},
    {"Matrix must be square", "MATLAB:square"},
    {"Out of memory", "MATLAB:nomem"},
    {"Maximum recursion limit", "MATLAB:recursionLimit"},
    {"All contents of the input cell array must be of the same data type", "MATLAB:cell2mat:MixedDataTypes"},
};

std::string identifierFor(std::string_view message) {
  for (const KnownError& k : knownErrors)
    if (message.substr(0, k.prefix.size()) == k.prefix) return std::string(k.identifier);
  return "";
}

[[noreturn]] void report(const ErrorRecord& r) {
  std::fflush(stdout);
  std::fprintf(stderr, "Error: %s\n", r.message.c_str());
  if (!r.file.empty()) std::fprintf(stderr, "  in %s at line %u\n", r.file.c_str(), r.line);
  // An MException with causes (addCause) lists them after it, as MATLAB does.
  if (!r.causes.empty()) std::fprintf(stderr, "\nCaused by:\n");
  for (const ErrorRecord& c : r.causes) std::fprintf(stderr, "    %s\n", c.message.c_str());
  // The program ends here with its arrays still alive, as MATLAB's would:
  // every output stream (files the program opened too) is flushed, and no
  // exit handlers run (a leak checker among them).
  std::fflush(nullptr);
  std::_Exit(1);
}
}  // namespace

void setFailHook(FailHook hook) { failHook = hook; }

void raise(const ErrorRecord& record) {
  lastRecord = record;
  if (!tryRegions.empty()) throw MatlabError{record};
  report(record);
}

void raise(const std::string& identifier, const std::string& message, const mcc_site* site) {
  raise(identifier, message, site, {});
}

void raise(const std::string& identifier, const std::string& message, const mcc_site* site,
           const std::vector<ErrorRecord>& causes) {
  if (!site && innermostBuiltin) site = innermostBuiltin->site;
  if (failHook) failHook(message, site);
  ErrorRecord r{identifier, message, site && site->file ? site->file : "", site ? site->line : 0};
  // Only a catch can see the stack.
  if (!tryRegions.empty()) r.stack = callStack(site);
  r.causes = causes;
  raise(r);
}

std::vector<StackFrame> callStack(const mcc_site* site, bool asCaller) {
  std::vector<StackFrame> frames;
  auto add = [&](const mcc_site* s) {
    if (s && s->file) frames.push_back({s->file, s->name ? s->name : "", s->line});
  };
  if (!asCaller || callSites.empty()) add(site);
  for (size_t k = callSites.size(); k-- > 0;) add(callSites[k]);
  return frames;
}

BuiltinScope::BuiltinScope(const char* name, const mcc_site* site) : name(name), site(site), outer_(innermostBuiltin) {
  if (outer_ && outer_->site == site) this->name = outer_->name;
  innermostBuiltin = this;
}
BuiltinScope::~BuiltinScope() { innermostBuiltin = outer_; }
const BuiltinScope* BuiltinScope::current() { return innermostBuiltin; }

CallStackMark::CallStackMark() : depth_(callSites.size()) {}
CallStackMark::~CallStackMark() { callSites.resize(depth_); }

void fail(const std::string& message, const mcc_site* site) { raise(identifierFor(message), message, site); }

const std::string& lastErrorMessage() { return lastRecord.message; }
const ErrorRecord& lastError() { return lastRecord; }
void resetLastError() { lastRecord = ErrorRecord{}; }

void internalError(const std::string& message) {
  std::fflush(stdout);
  std::fprintf(stderr, "mcc runtime: internal error: %s\n", message.c_str());
  std::abort();
}

}  // namespace mcc::rt

extern "C" {
uint32_t mcc_recursion_depth = 0;

void mcc_try_enter(void) { mcc::rt::tryRegions.push_back({mcc::rt::callSites.size(), mcc_recursion_depth}); }
void mcc_try_leave(void) {
  using namespace mcc::rt;
  if (tryRegions.empty()) internalError("mcc_try_leave outside a try region");
  // (an error caught here skipped the decrements of the calls it left)
  callSites.resize(std::min(callSites.size(), tryRegions.back().calls));
  mcc_recursion_depth = tryRegions.back().recursion;
  tryRegions.pop_back();
}
void mcc_call_enter(const mcc_site* site) { mcc::rt::callSites.push_back(site); }
void mcc_call_leave(void) {
  if (!mcc::rt::callSites.empty()) mcc::rt::callSites.pop_back();
}
}

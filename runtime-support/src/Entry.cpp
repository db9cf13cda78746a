// Start-up, text output and run-time errors for compiled programs.
#include <pthread.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <new>
#include <span>
#include <string>
#include <vector>

#include "Error.h"
#include "builtins/Files.h"
#include "format/Display.h"
#include "format/Format.h"
#include "mcc/runtime.h"

namespace mcc::rt {
void releaseGlobals();  // Globals.cpp
void releaseOperatorMethods();  // Aggregate.cpp
void releaseDestructorMethods();  // Aggregate.cpp
void releaseObjectDefaults();  // Aggregate.cpp
}

namespace {

using mcc::rt::fail;

std::vector<mcc::rt::FormatArg> toFormatArgs(const mcc_fmt_arg* args, size_t nargs) {
  std::vector<mcc::rt::FormatArg> out;
  out.reserve(nargs);
  for (size_t k = 0; k < nargs; ++k) {
    mcc::rt::FormatArg a{};
    if (args[k].kind == 1) {
      a.kind = mcc::rt::FormatArg::Char;
      a.text = args[k].text;
      a.count = args[k].length;
    } else {
      a.kind = mcc::rt::FormatArg::Numeric;
      a.data = &args[k].value;
      a.count = 1;
    }
    out.push_back(a);
  }
  return out;
}

// An allocation that fails in the runtime outside every try/catch
// (std::bad_alloc from the std::string or std::vector of a huge result:
// blanks(1e12)) is MATLAB's out-of-memory error at the line of the builtin
// that made it (BuiltinScope), not an abort. Inside a try, mcc_catch turns
// it into MATLAB:nomem.
[[noreturn]] void onUncaughtException() {
  if (std::exception_ptr e = std::current_exception()) {
    try {
      std::rethrow_exception(e);
    } catch (const std::bad_alloc&) {
      fail("Out of memory.", nullptr);
    } catch (...) {
    }
  }
  std::abort();
}

// MATLAB's message when a recursion passes its limit (RecursionLimit, 500 by default).
#define MCC_RECURSION_MESSAGE                                                                      \
  "Maximum recursion limit of 500 reached. Use set(0,'RecursionLimit',N) to change the limit. " \
  "Be aware that exceeding your available stack space can crash MATLAB and/or your computer."
static_assert(MCC_RECURSION_LIMIT == 500, "MCC_RECURSION_MESSAGE names the limit");

// A recursion the generated code does not count (mcc_recursion_depth) that
// overflows the stack all the same (huge frames, a cycle through the
// runtime that the call graph cannot see): MATLAB's recursion-limit error
// and exit status 1 instead of a segmentation fault. (A handler on the
// alternate stack cannot know the .m line.) Faults elsewhere keep the
// default action.
char* stackLow = nullptr;  // the lowest address of the main thread's stack

void onSegv(int sig, siginfo_t* info, void*) {
  const char* address = static_cast<const char*>(info->si_addr);
  if (stackLow && address >= stackLow - (1 << 20) && address < stackLow + (1 << 16)) {
    static const char message[] = "Error: " MCC_RECURSION_MESSAGE "\n";
    std::fflush(stdout);
    ssize_t written = ::write(2, message, sizeof message - 1);
    (void)written;
    ::_exit(1);
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void catchStackOverflow() {
  pthread_attr_t attr;
  void* base = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
  if (pthread_attr_getstack(&attr, &base, &size) == 0) stackLow = static_cast<char*>(base);
  pthread_attr_destroy(&attr);
  static char alternate[1 << 16];
  stack_t ss{};
  ss.ss_sp = alternate;
  ss.ss_size = sizeof alternate;
  if (sigaltstack(&ss, nullptr) != 0) return;
  struct sigaction sa{};
  sa.sa_sigaction = onSegv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
}

}  // namespace

extern "C" {

void mcc_init(int /*argc*/, char** /*argv*/, uint32_t abi_version) {
  if (abi_version != MCC_RUNTIME_ABI_VERSION) {
    std::fprintf(stderr, "mcc runtime: this program was compiled for runtime ABI %u, the runtime is ABI %u\n",
                 abi_version, MCC_RUNTIME_ABI_VERSION);
    std::exit(1);
  }
  std::set_terminate(onUncaughtException);
  catchStackOverflow();
}

int mcc_finish(void) {
  int status = std::fflush(stdout) == 0 ? 0 : 1;
  mcc::rt::releaseGlobals();
  mcc::rt::releaseOperatorMethods();
  mcc::rt::releaseDestructorMethods();
  mcc::rt::releaseObjectDefaults();
  // MCC_CHECK_LEAKS=1: every array the program made must be freed by now
  // (the test of the compiler's reference counting).
  const char* check = std::getenv("MCC_CHECK_LEAKS");
  if (check && *check == '1' && mcc_array_live_count()) {
    std::fprintf(stderr, "mcc: %zu arrays leaked\n", mcc_array_live_count());
    return 3;
  }
  return status;
}

double mcc_fprintf(double fid, const char* format, size_t format_length, const mcc_fmt_arg* args, size_t nargs,
                   const mcc_site* site) {
  std::vector<mcc::rt::FormatArg> converted = toFormatArgs(args, nargs);
  std::string text = mcc::rt::sprintf(std::string_view(format, format_length), converted);
  FILE* out = mcc::rt::fileForWriting(fid, site);
  if (out == stderr) std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), out);
  return static_cast<double>(text.size());
}

void mcc_disp_text(const char* text, size_t length) {
  if (!length) return;  // disp('') shows nothing, as for any empty array
  std::fwrite(text, 1, length, stdout);
  std::fputc('\n', stdout);
}

void mcc_display_scalar(const char* name, size_t name_length, double value, uint32_t is_logical) {
  mcc::rt::RealMatrix x{&value, 1, 1, is_logical != 0};
  const mcc::rt::DisplayOptions& options = mcc::rt::programDisplayOptions();
  std::string text = name_length ? mcc::rt::display(std::string_view(name, name_length), x, options)
                                 : mcc::rt::disp(x, options);
  std::fwrite(text.data(), 1, text.size(), stdout);
}

void mcc_error_format(const mcc_fmt_arg* args, size_t nargs, const mcc_site* site) {
  // error(msg), error(fmt, args...) or error(id, fmt, args...): an identifier
  // is a first argument with a colon and no blanks, followed by more.
  size_t first = 0;
  std::string identifier;
  if (nargs >= 2 && args[0].kind == 1) {
    std::string_view id(args[0].text, args[0].length);
    if (id.find(':') != std::string_view::npos && id.find_first_of(" \t\n") == std::string_view::npos &&
        id.back() != ':') {
      first = 1;
      identifier = std::string(id);
    }
  }
  if (first >= nargs || args[first].kind != 1) fail("", site);
  std::vector<mcc::rt::FormatArg> rest = toFormatArgs(args + first + 1, nargs - first - 1);
  std::string_view format(args[first].text, args[first].length);
  // With no arguments after it, MATLAB prints the message as is (no escapes).
  std::string message = nargs - first == 1 ? std::string(format) : mcc::rt::sprintf(format, rest);
  mcc::rt::raise(identifier, message, site);
}

void mcc_error_text(const char* text, size_t length, const mcc_site* site) {
  fail(std::string(text, length), site);
}

void mcc_error_recursion_limit(const mcc_site* site) {
  fail(MCC_RECURSION_MESSAGE, site);
}

void mcc_error_nan_condition(const mcc_site* site) {
  fail("NaN's cannot be converted to logicals.", site);
}

}  // extern "C"

// Run-time error reporting (see Error.h).
#include "Error.h"

#include <cstdio>
#include <cstdlib>

namespace mcc::rt {

namespace {
FailHook failHook = nullptr;
}  // namespace

void setFailHook(FailHook hook) { failHook = hook; }

void fail(const std::string& message, const mcc_site* site) {
  if (failHook) failHook(message, site);
  std::fflush(stdout);
  std::fprintf(stderr, "Error: %s\n", message.c_str());
  if (site && site->file) std::fprintf(stderr, "  in %s at line %u\n", site->file, site->line);
  // The program ends here with its arrays still alive, as MATLAB's would:
  // every output stream (files the program opened too) is flushed, and no
  // exit handlers run (a leak checker among them).
  std::fflush(nullptr);
  std::_Exit(1);
}

void internalError(const std::string& message) {
  std::fflush(stdout);
  std::fprintf(stderr, "mcc runtime: internal error: %s\n", message.c_str());
  std::abort();
}

}  // namespace mcc::rt

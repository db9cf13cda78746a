// Builtins of system.def: what a program asks of its environment: input()
// from standard input, folders (mkdir, rmdir, pwd), environment
// variables (getenv, setenv, unsetenv), the platform (computer) and mcc's version (version). Tests: tests/conformance/programs/system_input_folders.m.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/Util.h"

using namespace mcc::rt;
namespace fs = std::filesystem;

namespace {

// input(prompt) reads one line and takes it as a MATLAB literal (numbers,
// matrices, quoted text); input(prompt, 's') gives the line as text. An
// empty line (or the end of input) is []. mcc evaluates no other
// expressions at run time.
void inputBuiltin(const Args& a) {
  a.arity(0, 2, 1);
  if (a.nargin >= 1) std::fputs(a.text(0).c_str(), stdout);
  bool asText = a.nargin == 2 && option(a, 1) == "s";
  if (a.nargin == 2 && !asText) a.error("The second argument to INPUT must be 's'.");
  std::fflush(stdout);
  std::string line;
  bool got = false;
  for (int c = std::getchar(); c != EOF; c = std::getchar()) {
    got = true;
    if (c == '\n') break;
    line += static_cast<char>(c);
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (asText) {
    a.set(0, line.empty() ? Ref(mcc_array_from_string("", 0)) : fromText(line));
    return;
  }
  (void)got;
  size_t first = line.find_first_not_of(" \t"), last = line.find_last_not_of(" \t");
  if (first == std::string::npos) {
    a.set(0, Ref(mcc_array_empty()));
    return;
  }
  std::string text = line.substr(first, last - first + 1);
  if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"') && text.back() == text.front()) {
    std::string body;
    for (size_t k = 1; k + 1 < text.size(); ++k) {
      body += text[k];
      if (text[k] == text.front() && k + 2 < text.size() && text[k + 1] == text.front()) ++k;  // '' inside '...'
    }
    a.set(0, fromText(body));
    return;
  }
  Ref in = fromText(text);
  mcc_array* args[1] = {in.get()};
  mcc_array* out[2] = {nullptr, nullptr};
  mcc_bi_str2num(2, out, 1, args, a.site);
  Ref value(out[0]), ok(out[1]);
  if (!mcc_array_to_double(ok.get(), a.site))
    a.error("Unable to evaluate the input '" + text +
            "': mcc's input() reads numbers, matrices and quoted text (use input(prompt, 's') for other text).");
  a.set(0, std::move(value));
}

// [status, msg, msgID] of mkdir and rmdir; without outputs a failure is an
// error with msg.
void folderResult(const Args& a, bool ok, const std::string& msg, const std::string& id) {
  if (a.nargout == 0 && !ok) a.error(msg);
  a.set(0, boolResult(ok));
  if (a.nargout > 1) a.set(1, fromText(msg));
  if (a.nargout > 2) a.set(2, fromText(id));
}

void mkdirBuiltin(const Args& a) {
  a.arity(1, 2, 3);
  fs::path p = a.nargin == 2 ? fs::path(a.text(0)) / a.text(1) : fs::path(a.text(0));
  std::error_code ec;
  if (fs::is_directory(p, ec)) {
    if (a.nargout == 0) {
      std::fflush(stdout);
      std::fprintf(stderr, "Warning: Directory already exists.\n");
    }
    return folderResult(a, true, "Directory already exists.", "MATLAB:MKDIR:DirectoryExists");
  }
  fs::create_directories(p, ec);
  if (ec) return folderResult(a, false, "Cannot create directory " + p.string() + ": " + ec.message() + ".", "MATLAB:MKDIR:OSError");
  folderResult(a, true, "", "");
}

void rmdirBuiltin(const Args& a) {
  a.arity(1, 2, 3);
  fs::path p = a.text(0);
  bool recursive = a.nargin == 2 && option(a, 1) == "s";
  if (a.nargin == 2 && !recursive) a.error("Second argument must be 's'.");
  std::error_code ec;
  if (!fs::is_directory(p, ec))
    return folderResult(a, false, "'" + p.string() + "' is not a folder or does not exist.", "MATLAB:RMDIR:NotADirectory");
  if (recursive) fs::remove_all(p, ec);
  else if (!fs::is_empty(p, ec))
    return folderResult(a, false, "'" + p.string() + "' is not empty.", "MATLAB:RMDIR:DirectoryNotRemoved");
  else fs::remove(p, ec);
  if (ec) return folderResult(a, false, "Cannot remove " + p.string() + ": " + ec.message() + ".", "MATLAB:RMDIR:OSError");
  folderResult(a, true, "", "");
}

}  // namespace

MCC_DEFINE_BUILTIN(input) { inputBuiltin(a); }
MCC_DEFINE_BUILTIN(mkdir) { mkdirBuiltin(a); }
MCC_DEFINE_BUILTIN(rmdir) { rmdirBuiltin(a); }
MCC_DEFINE_BUILTIN(pwd) {
  a.arity(0, 0, 1);
  std::error_code ec;
  a.set(0, fromText(fs::current_path(ec).string()));
}
// The search path is fixed when a program is compiled: mcc resolves the
// functions of folders that addpath names with constant text then (the
// driver's search path). At run time addpath and rmpath only check their
// arguments and give the path before the call, as MATLAB does; genpath gives
// a folder and every folder below it, joined by ':'.
namespace {
std::string searchPathText() {
  std::error_code ec;
  return fs::current_path(ec).string();
}
void pathBuiltin(const Args& a) {
  a.arity(1, UINT32_MAX, 1);
  for (uint32_t k = 0; k < a.nargin; ++k)
    if (!a.isText(k)) a.error("Arguments must contain a character vector.");
  if (a.nargout) a.set(0, fromText(searchPathText()));
}
}  // namespace
MCC_DEFINE_BUILTIN(addpath) { pathBuiltin(a); }
MCC_DEFINE_BUILTIN(rmpath) { pathBuiltin(a); }
MCC_DEFINE_BUILTIN(genpath) {
  a.arity(1, 2, 1);
  std::string root = a.text(0);
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return a.set(0, Ref(mcc_array_from_string("", 0)));
  std::string out = root;
  std::vector<std::string> below;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    // MATLAB leaves out class, package and private folders
    if (it->is_directory(ec) && (name[0] == '@' || name[0] == '+' || name == "private" || name == "resources")) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec)) below.push_back(it->path().string());
  }
  std::sort(below.begin(), below.end());
  for (const std::string& d : below) out += ":" + d;
  a.set(0, fromText(out));
}

MCC_DEFINE_BUILTIN(getenv) {
  a.arity(1, 1, 1);
  const char* v = std::getenv(a.text(0).c_str());
  a.set(0, v && *v ? fromText(v) : Ref(mcc_array_from_string("", 0)));
}

// setenv(name, value), setenv(name) (value ''), unsetenv(name): the
// program's environment, as getenv and system's children see it.
MCC_DEFINE_BUILTIN(setenv) {
  a.arity(1, 2, 0);
  std::string name = a.text(0), value = a.nargin > 1 ? a.text(1) : "";
  if (name.empty() || name.find('=') != std::string::npos) a.error("setenv: VAR must be a valid variable name.");
  ::setenv(name.c_str(), value.c_str(), 1);
}
MCC_DEFINE_BUILTIN(unsetenv) {
  a.arity(1, 1, 0);
  std::string name = a.text(0);
  if (name.empty() || name.find('=') != std::string::npos) a.error("unsetenv: VAR must be a valid variable name.");
  ::unsetenv(name.c_str());
}

// [c, maxsize, endian] = computer, computer('arch'): the platform as
// MATLAB names it ('GLNXA64' on 64-bit x86 Linux; MATLAB has no name for
// 64-bit ARM Linux, where mcc says 'GLNXAARCH64'), the largest number of
// elements an array may have in MATLAB (2^48 - 1) and the byte order.
MCC_DEFINE_BUILTIN(computer) {
  a.arity(0, 1, 3);
#if defined(__aarch64__)
  std::string arch = "GLNXAARCH64";
#else
  std::string arch = "GLNXA64";
#endif
  if (a.nargin == 1) {
    if (!a.isText(0) || option(a, 0) != "arch") a.error("Input must be 'arch'.");
    a.set(0, fromText(lower(arch)));
    return;
  }
  a.set(0, fromText(arch));
  a.set(1, scalarResult(281474976710655.0));
  a.set(2, fromText(__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__ ? "B" : "L"));
}

// version: mcc's version as MATLAB formats its own, 'NUMBER (release)':
// '0.1.0 (mcc)'. A program cannot take mcc for a MATLAB release by it.
MCC_DEFINE_BUILTIN(version) {
  a.arity(0, 0, 1);
#ifndef MCC_VERSION_TEXT
#define MCC_VERSION_TEXT "unknown"
#endif
  a.set(0, fromText(std::string(MCC_VERSION_TEXT) + " (mcc)"));
}

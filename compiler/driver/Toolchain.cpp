// Outside tools and the runtime's link line; see Toolchain.h.
#include "Toolchain.h"

#include <spawn.h>
#include <sys/wait.h>

#include <filesystem>

extern char** environ;

namespace mcc {
namespace {

// The runtime libraries beside this mcc: ../lib in the build tree and in an
// installed tree alike; ../lib/TRIPLE for another target.
std::filesystem::path runtimeDirectory(const std::string& triple) {
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::filesystem::path lib = self.parent_path().parent_path() / "lib";
  return triple.empty() ? lib : lib / triple;
}

}  // namespace

std::string cCompiler(const DriverOptions& opts) {
#ifdef MCC_SANITIZED_LINKER
  // This mcc comes from a sanitizer build, and so does its runtime.
  return MCC_SANITIZED_LINKER;
#endif
  return opts.triple.empty() ? "cc" : opts.triple + "-gcc";
}

std::vector<std::string> linkerArguments() {
#if defined(MCC_LLD_DIR) && !defined(MCC_SANITIZED_LINKER)
  // gcc finds ld.lld through -B; the directory is where mcc's build found it.
  std::error_code ec;
  if (std::filesystem::exists(MCC_LLD_DIR "/ld.lld", ec)) return {"-B" MCC_LLD_DIR "/", "-fuse-ld=lld"};
#endif
  return {};
}

bool runTool(std::vector<std::string> argv, DiagnosticEngine& diags) {
#ifdef MCC_SANITIZED_LINKER
  if (argv.front() == MCC_SANITIZED_LINKER) argv.insert(argv.begin() + 1, "-fsanitize=address,undefined");
#ifdef MCC_SANITIZED_LD_PATH
  // lld links against the instrumented runtime several times faster than GNU ld
  if (argv.front() == MCC_SANITIZED_LINKER) argv.insert(argv.begin() + 1, "--ld-path=" MCC_SANITIZED_LD_PATH);
#endif
#endif
  std::vector<char*> cargv;
  for (std::string& a : argv) cargv.push_back(a.data());
  cargv.push_back(nullptr);
  pid_t pid = 0;
  int status = 0;
  if (posix_spawnp(&pid, argv[0].c_str(), nullptr, nullptr, cargv.data(), environ) == 0 && waitpid(pid, &status, 0) >= 0 &&
      WIFEXITED(status) && WEXITSTATUS(status) == 0)
    return true;
  std::string cmd;
  for (const std::string& a : argv) cmd += (cmd.empty() ? "" : " ") + a;
  diags.report(nullptr, {}, DiagId::LinkFailed, {cmd});
  return false;
}

std::vector<std::string> runtimeLinkArguments(const DriverOptions& opts, DiagnosticEngine& diags) {
  std::filesystem::path dir = runtimeDirectory(opts.triple);
  std::filesystem::path runtime = dir / (opts.sharedRuntime ? "libmcc_runtime.so" : "libmcc_runtime.a");
  std::error_code ec;
  if (!std::filesystem::exists(runtime, ec)) {
    diags.report(nullptr, {}, DiagId::CannotOpenFile, {runtime.string(), "the runtime library is missing"});
    return {};
  }
  // The user's libraries come first: they may call the runtime's dependencies.
  std::vector<std::string> args = opts.linkArgs;
  args.push_back(runtime.string());
  // OpenBLAS and LAPACKE only when the program uses the linear algebra builtins.
  args.insert(args.end(), {"-Wl,--as-needed", "-llapacke", "-lopenblas"});
#if defined(__x86_64__) && defined(__linux__)
  // the vector math library kernels are vectorised with (the host's only)
  if (opts.triple.empty()) args.push_back("-lmvec");
#endif
  args.insert(args.end(), {"-lstdc++", "-lm"});
  if (opts.sharedRuntime) args.push_back("-Wl,-rpath," + std::filesystem::absolute(dir).string());
  return args;
}

}  // namespace mcc

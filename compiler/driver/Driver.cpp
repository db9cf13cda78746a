// The compiler pipeline, in order. Each stage can be printed with --emit.
#include "Driver.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <iostream>
#include <map>
#include <memory>

#include "frontend/AST.h"
#include "frontend/ASTPrinter.h"
#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "Calibration.h"
#include "codegen/gpu/CompileSPIRV.h"
#include "codegen/gpu/EmitGLSL.h"
#include "EntryPoint.h"
#include "Toolchain.h"
#include "interop/BindCCalls.h"
#include "interop/Library.h"
#include "codegen/llvm/CodegenLLVM.h"
#include "ir/IR.h"
#include "ir/InferTypes.h"
#include "ir/ObjectLifetimes.h"
#include "ir/RecursiveCalls.h"
#include "ir/SparseRules.h"
#include "ir/LowerAST.h"
#include "ir/ScalarizeSmallArrays.h"
#include "ir/ScalarizeStructs.h"
#include "ir/Verify.h"
#include "ir/WarnGraphics.h"
#include "kernels/ColumnReductions.h"
#include "kernels/ExpandSpread.h"
#include "kernels/FormKernels.h"
#include "kernels/FormLoopKernels.h"

namespace mcc {
namespace {

// The folders that `addpath` with constant text adds in the top-level
// statements of the program's files (addpath('lib'), addpath lib,
// addpath('a:b', '-end'), addpath(genpath('lib'))), relative to `base`:
// mcc finds a program's functions when it compiles it, so these folders
// join its search path. (At run time addpath does nothing more.)
std::vector<std::string> addpathFolders(const std::vector<File*>& files, const std::filesystem::path& base) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  auto add = [&](const std::string& text, bool below) {
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find(':', start);
      if (end == std::string::npos) end = text.size();
      std::string folder = text.substr(start, end - start);
      start = end + 1;
      if (folder.empty() || folder[0] == '-') continue;  // '-begin', '-end', '-frozen'
      fs::path p = fs::path(folder).is_absolute() ? fs::path(folder) : base / folder;
      std::error_code ec;
      if (!fs::is_directory(p, ec)) continue;
      out.push_back(p.string());
      if (!below) continue;
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!it->is_directory(ec)) continue;
        if (name[0] == '@' || name[0] == '+' || name == "private") it.disable_recursion_pending();
        else out.push_back(it->path().string());
      }
    }
  };
  auto literal = [](const Expr* e) -> const std::string* {
    if (e->kind == NodeKind::CharLitExpr) return &static_cast<const CharLitExpr*>(e)->value;
    if (e->kind == NodeKind::StringLitExpr) return &static_cast<const StringLitExpr*>(e)->value;
    return nullptr;
  };
  auto callOf = [](const Expr* e, std::string_view name) -> const IndexExpr* {
    if (e->kind != NodeKind::IndexExpr) return nullptr;
    auto* call = static_cast<const IndexExpr*>(e);
    if (call->brace || call->base->kind != NodeKind::IdentExpr || static_cast<const IdentExpr*>(call->base)->name != name)
      return nullptr;
    return call;
  };
  for (const File* f : files) {
    std::vector<const Block*> blocks{&f->script};
    for (const Function* fn : f->functions) blocks.push_back(&fn->body);
    for (const Block* b : blocks)
      for (const Stmt* st : *b) {
        if (st->kind == NodeKind::CommandStmt && static_cast<const CommandStmt*>(st)->name == "addpath")
          for (const std::string& w : static_cast<const CommandStmt*>(st)->words) add(w, false);
        if (st->kind != NodeKind::ExprStmt) continue;
        const IndexExpr* call = callOf(static_cast<const ExprStmt*>(st)->expr, "addpath");
        if (!call) continue;
        for (const Expr* arg : call->args) {
          if (const std::string* text = literal(arg)) add(*text, false);
          else if (const IndexExpr* g = callOf(arg, "genpath"); g && g->args.size() == 1 && literal(g->args[0]))
            add(*literal(g->args[0]), true);
        }
      }
  }
  return out;
}

// A broken IR invariant is a compiler bug: say so, never go on with it.
bool verified(const ir::Module& m, const char* stage) {
  std::string problem = ir::verifyModule(m);
  if (problem.empty()) return true;
  std::cerr << "mcc: internal error: invalid IR after " << stage << ": " << problem
            << "\nmcc: please report this with the program that caused it\n";
  return false;
}

int linkExecutable(const std::string& object, const std::string& output, const DriverOptions& opts,
                   DiagnosticEngine& diags) {
  // Extra C sources of the program (mcc model.m driver.c) are compiled first.
  std::vector<std::string> argv = {cCompiler(opts), "-o", output, object};
  std::vector<std::string> linker = linkerArguments();
  argv.insert(argv.begin() + 1, linker.begin(), linker.end());
  for (const std::string& c : opts.cSources) argv.push_back(c);
  std::vector<std::string> runtime = runtimeLinkArguments(opts, diags);
  if (runtime.empty()) return 1;
  argv.insert(argv.end(), runtime.begin(), runtime.end());
  if (opts.strip) argv.push_back("-s");
  // The runtime is compiled with a section per function: keep only those reached.
  argv.push_back("-Wl,--gc-sections");
  return runTool(argv, diags) ? 0 : 1;
}

// The GPU math library (shaders/), as the build made it beside this mcc:
// ../shaders in the build tree, ../share/mcc in an installed one.
std::string gpuMathLibrary(std::string& path) {
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  for (const char* where : {"shaders", "share/mcc"}) {
    path = (self.parent_path().parent_path() / where / "mcc_math.glsl").string();
    std::ifstream in(path);
    if (!in) continue;
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  return "";
}

// Each eligible kernel's GPU version: its GLSL compiled to SPIR-V with the
// math library. Returns the exit status: 0, 1 after a diagnostic, or 70
// when glslang refuses a shader mcc wrote (a compiler bug).
int compileGpuKernels(const kernels::KernelSet& set, codegen::GpuBinaries& out, DiagnosticEngine& diags) {
  std::string libraryPath, library;
  for (const auto& k : set.kernels) {
    codegen::GlslKernel g = codegen::emitGLSL(*k);
    if (!g.eligible) continue;
    if (library.empty()) library = gpuMathLibrary(libraryPath);
    if (library.empty()) {
      diags.report(nullptr, {}, DiagId::CannotOpenFile,
                   {libraryPath, "the GPU math library (built from shaders/) is missing; --no-gpu builds without it"});
      return 1;
    }
    codegen::GpuBinary& bin = out[k->id];
    std::string log;
    if (!codegen::compileSPIRV(g.source, library, bin.spirv, log)) {
      std::cerr << "mcc: internal error: glslang rejected the GPU version of kernel k" << k->id << ":\n" << log
                << "mcc: please report this with the program that caused it (--no-gpu avoids it)\n";
      return 70;
    }
    // The variant computing single-precision math in double, where the
    // kernel reaches a library function that has one: the library kept for
    // it names one (the double overloads of those names do not), and the
    // module differs (a double kernel calling sin in double and sqrt in
    // single keeps the float sin too, though it never calls it).
    if (!g.sourceF64Math.empty() &&
        codegen::pruneMathLibrary(library, g.sourceF64Math).find("mcc_v64_") != std::string::npos) {
      if (!codegen::compileSPIRV(g.sourceF64Math, library, bin.spirvF64Math, log)) {
        std::cerr << "mcc: internal error: glslang rejected the GPU version (math in double) of kernel k" << k->id
                  << ":\n" << log << "mcc: please report this with the program that caused it (--no-gpu avoids it)\n";
        return 70;
      }
      if (bin.spirvF64Math == bin.spirv) bin.spirvF64Math.clear();
    }
    bin.bufferCount = g.bufferCount;
    bin.pushBytes = g.pushBytes;
    bin.localSize = codegen::kGlslLocalSize;
    bin.float64 = g.float64;
  }
  return 0;
}

// --emit=glsl and --emit=spirv: each kernel's GPU version, or why it has none.
// With -o OUT, --emit=spirv also writes each module to OUT.kN.spv (for
// spirv-val), and a single kernel's variant with its math in double to
// OUT.kN.f64math.spv.
int printShaders(const kernels::KernelSet& set, EmitStage stage, const std::string& output, DiagnosticEngine& diags) {
  codegen::GpuBinaries binaries;
  if (stage == EmitStage::SPIRV)
    if (int status = compileGpuKernels(set, binaries, diags)) return status;
  for (const auto& k : set.kernels) {
    codegen::GlslKernel g = codegen::emitGLSL(*k);
    std::cout << "// kernel k" << k->id << ": ";
    if (!g.eligible) {
      std::cout << "CPU only (" << g.why << ")\n";
      continue;
    }
    std::cout << g.bufferCount << " buffers, " << g.pushBytes << " bytes of push constants\n";
    if (stage == EmitStage::GLSL) {
      std::cout << g.source;
      continue;
    }
    const codegen::GpuBinary& bin = binaries.at(k->id);
    std::cout << codegen::disassembleSPIRV(bin.spirv);
    if (!bin.spirvF64Math.empty())
      std::cout << "// kernel k" << k->id << " with single-precision math in double: " << bin.spirvF64Math.size()
                << " words\n";
    if (output.empty()) continue;
    std::string stem = output + ".k" + std::to_string(k->id);
    for (const auto& [suffix, words] : {std::pair{".spv", &bin.spirv}, std::pair{".f64math.spv", &bin.spirvF64Math}}) {
      if (words->empty()) continue;
      std::ofstream file(stem + suffix, std::ios::binary);
      file.write(reinterpret_cast<const char*>(words->data()), static_cast<std::streamsize>(words->size() * 4));
      if (!file) {
        diags.report(nullptr, {}, DiagId::CannotOpenFile, {stem + suffix, "cannot write the SPIR-V module"});
        return 1;
      }
    }
  }
  return 0;
}

// `output: every .m file the program reaches`, as make and Ninja read it.
std::string dependencyRule(const std::string& output, const std::vector<std::unique_ptr<SourceFile>>& sources) {
  auto escaped = [](const std::string& path) {
    std::string out;
    for (char c : path) {
      if (c == ' ' || c == '#' || c == '\\') out += '\\';
      if (c == '$') out += '$';
      out += c;
    }
    return out;
  };
  std::string rule = escaped(output) + ":";
  for (const auto& src : sources) rule += " " + escaped(std::filesystem::absolute(src->name()).lexically_normal().string());
  return rule + "\n";
}

}  // namespace

int runCompiler(const DriverOptions& opts) {
  if (opts.library != DriverOptions::Library::None) return interop::buildLibrary(opts);
  DiagnosticEngine diags(&std::cerr);
  diags.setColor(opts.color);
  diags.setErrorLimit(opts.errorLimit);
  diags.setWarnings(opts.noWarnings         ? DiagnosticEngine::Warnings::Ignore
                    : opts.warningsAsErrors ? DiagnosticEngine::Warnings::AsErrors
                                            : DiagnosticEngine::Warnings::Report);

  // 1. Read every input.
  std::vector<std::unique_ptr<SourceFile>> sources;
  for (const std::string& path : opts.inputs) {
    std::string why;
    auto src = SourceFile::load(path, why);
    if (!src) {
      diags.report(nullptr, {}, DiagId::CannotOpenFile, {path, why});
      continue;
    }
    sources.push_back(std::move(src));
  }
  if (diags.hasErrors()) return 1;

  // 2. Lex (only printed; the parser drives its own lexer).
  if (opts.emit == EmitStage::Tokens) {
    for (auto& src : sources) printTokens(*src, diags, std::cout);
    return diags.hasErrors() ? 1 : 0;
  }

  // 3. Parse.
  ASTContext ast;
  std::vector<File*> files;
  for (auto& src : sources) {
    files.push_back(parseFile(*src, ast, diags));
    if (diags.stopped()) break;
  }
  if (opts.emit == EmitStage::AST) {
    for (File* f : files) printAST(*f, std::cout);
    return diags.hasErrors() ? 1 : 0;
  }
  if (diags.hasErrors()) return 1;
  if (opts.syntaxOnly) return 0;

  // 4. Name resolution and lowering to SSA IR. Functions the program calls
  // are found as NAME.m beside the main file or in an -I folder.
  std::vector<std::string> searchPath;
  {
    std::filesystem::path mainDir = std::filesystem::path(opts.inputs.front()).parent_path();
    searchPath.push_back(mainDir.empty() ? "." : mainDir.string());
    for (const std::string& dir : addpathFolders(files, mainDir.empty() ? std::filesystem::path(".") : mainDir))
      searchPath.push_back(dir);
    searchPath.insert(searchPath.end(), opts.includeDirs.begin(), opts.includeDirs.end());
  }
  std::map<std::string, const File*, std::less<>> found;
  auto findFile = [&](std::string_view name) -> const File* {
    auto it = found.find(name);
    if (it != found.end()) return it->second;
    const File* result = nullptr;
    for (const std::string& dir : searchPath) {
      std::filesystem::path candidate = std::filesystem::path(dir) / (std::string(name) + ".m");
      std::error_code ec;
      if (!std::filesystem::is_regular_file(candidate, ec)) continue;
      std::string why;
      auto src = SourceFile::load(candidate.string(), why);
      if (!src) continue;
      result = parseFile(*src, ast, diags);
      sources.push_back(std::move(src));
      break;
    }
    found.emplace(std::string(name), result);
    return result;
  };
  std::vector<const File*> program(files.begin(), files.end());
  std::unique_ptr<ir::Module> module = ir::lowerProgram(program, findFile, diags);
  if (!verified(*module, "lowering")) return 70;
  ir::warnGraphicsCalls(*module, diags);
  if (opts.emit == EmitStage::IR) {
    if (diags.hasErrors()) return 1;
    ir::printModule(*module, sources.front().get(), std::cout);
    return 0;
  }
  if (diags.hasErrors()) return 1;

  // Build systems: the files this program is made of.
  std::filesystem::path mainPath(opts.inputs.front());
  bool objectOnly = opts.objectOnly || opts.emit == EmitStage::Obj;
  std::string output = !opts.output.empty() ? opts.output
                       : objectOnly         ? mainPath.stem().string() + ".o"
                                            : mainPath.stem().string();
  if (opts.printDependencies) {
    std::cout << dependencyRule(output, sources);
    return 0;
  }

  // 5. Whole-program specialisation and type inference; the main function's
  // inputs are typed by its arguments block.
  EntryPoint entry;
  if (!describeEntryPoint(*files.front(), diags, entry)) return 1;
  std::unique_ptr<ir::Module> typed = ir::inferTypes(*module, diags, entry.inputs);
  if (!verified(*typed, "type inference")) return 70;
  ir::trimLifetimeEnds(*typed);  // (a program with destructors: see ObjectLifetimes.h)
  // C calls (coder.ceval): headers parsed with libclang, calls checked, C sources and libraries for the link.
  interop::CBuild cBuild;
  if (!interop::bindCCalls(*typed, opts.includeDirs, diags, cBuild)) return 1;
  // Records (structs of known fields) as their fields, passed to and from
  // calls as such (a record's lifetime marks become its fields').
  if (!diags.hasErrors()) ir::scalarizeStructs(*typed);
  if (!verified(*typed, "struct scalarization")) return 70;
  if (opts.emit == EmitStage::Typed) {
    if (diags.hasErrors()) return 1;
    ir::printModule(*typed, sources.front().get(), std::cout, /*types=*/true);
    return 0;
  }
  if (diags.hasErrors()) return 1;
  // Small arrays of constant shape (real double or logical, 2 to 16
  // elements) as one machine scalar per element where their operations allow.
  if (opts.smallArrays) ir::scalarizeSmallArrays(*typed);
  if (!verified(*typed, "small-array scalarization")) return 70;
  if (opts.emit == EmitStage::Scalarized) {
    ir::printModule(*typed, sources.front().get(), std::cout, /*types=*/true);
    return 0;
  }
  // Sparse values become boxed values of unknown type for the passes below.
  ir::hideSparseTypes(*typed);

  // 6. Kernel formation (fusion): for loops of element-wise updates, then
  // element-wise chains and their reductions.
  kernels::KernelSet kernelSet;
  if (opts.fusion) {
    kernels::reduceColumns(*typed);
    kernels::expandSpread(*typed);
    kernels::formLoopKernels(*typed, kernelSet);
    kernels::formKernels(*typed, kernelSet);
  }
  if (!verified(*typed, "kernel formation")) return 70;
  if (opts.emit == EmitStage::Kernels) {
    kernels::printKernels(kernelSet, std::cout);
    return 0;
  }
  if (opts.emit == EmitStage::GLSL || opts.emit == EmitStage::SPIRV) return printShaders(kernelSet, opts.emit, opts.output, diags);

  // Calls inside recursive cycles, where generated code counts MATLAB's
  // recursion depth (everything else pays nothing).
  ir::markRecursiveCalls(*typed);

  // 7. Each kernel's GPU version (SPIR-V, embedded beside its CPU version).
  codegen::GpuBinaries gpuKernels;
  if (opts.gpu)
    if (int status = compileGpuKernels(kernelSet, gpuKernels, diags)) return status;

  // 8. LLVM code generation, then linking with the runtime.
  codegen::CodegenOptions cg;
  cg.gpuKernels = &gpuKernels;
  cg.optLevel = opts.optLevel;
  if (!opts.cpu.empty()) cg.cpu = opts.cpu;
  cg.debugInfo = opts.debugInfo;
  cg.triple = opts.triple;
  if (!opts.triple.empty() && opts.cpu.empty() && opts.triple.rfind("x86_64", 0) != 0) cg.cpu = "generic";
  cg.entryHelp = entry.help;
  cg.entrySpec = entry.spec;
  cg.libraryEntry = opts.libraryEntry;
  cg.cFunctions = &cBuild.functions;
  cg.cLibraries = &cBuild.libraries;
  cg.cStructs = &cBuild.structs;
  if (!opts.calibration.empty()) {
    std::string why;
    if (!readCalibration(opts.calibration, cg.calibrationJson, why)) {
      diags.report(nullptr, {}, DiagId::CannotOpenFile, {opts.calibration, why});
      return 1;
    }
  }
  if (opts.emit == EmitStage::LLVM) {
    std::string text;
    if (!codegen::emitObject(*typed, *sources.front(), cg, "", &text, diags)) return 1;
    std::cout << text;
    return 0;
  }
  std::string object = objectOnly ? output : output + ".mcc-tmp.o";
  if (!codegen::emitObject(*typed, *sources.front(), cg, object, nullptr, diags)) return 1;
  int status = 0;
  if (!objectOnly) {
    DriverOptions linkOpts = opts;
    linkOpts.cSources.insert(linkOpts.cSources.end(), cBuild.sources.begin(), cBuild.sources.end());
    linkOpts.linkArgs.insert(linkOpts.linkArgs.end(), cBuild.linkArgs.begin(), cBuild.linkArgs.end());
    status = linkExecutable(object, output, linkOpts, diags);
    std::filesystem::remove(object);
  }
  if (status == 0 && !opts.dependencyFile.empty()) {
    std::string path = opts.dependencyFile == "-" ? output + ".d" : opts.dependencyFile;
    std::ofstream out(path);
    out << dependencyRule(output, sources);
    if (!out) {
      diags.report(nullptr, {}, DiagId::CannotOpenFile, {path, "cannot write the dependency file"});
      return 1;
    }
  }
  return status;
}

}  // namespace mcc

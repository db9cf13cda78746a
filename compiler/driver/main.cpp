// mcc: command-line parsing, then the pipeline in Driver.cpp.
#include <boost/program_options.hpp>
#include <iostream>
#include <string_view>
#include <unistd.h>

#include "Calibration.h"
#include "Driver.h"

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage = "usage: mcc [options] main.m [more.m ...]";

bool parseEmit(const std::string& s, mcc::EmitStage& out) {
  static const std::pair<const char*, mcc::EmitStage> stages[] = {
      {"tokens", mcc::EmitStage::Tokens}, {"ast", mcc::EmitStage::AST},
      {"ir", mcc::EmitStage::IR},         {"typed", mcc::EmitStage::Typed},
      {"scalarized", mcc::EmitStage::Scalarized},
      {"kernels", mcc::EmitStage::Kernels}, {"llvm", mcc::EmitStage::LLVM},
      {"glsl", mcc::EmitStage::GLSL},     {"spirv", mcc::EmitStage::SPIRV},
      {"obj", mcc::EmitStage::Obj}};
  for (const auto& [name, stage] : stages) {
    if (s == name) {
      out = stage;
      return true;
    }
  }
  return false;
}

// Options in the form C compilers give them, which boost's parser cannot
// take (-MD, -MF FILE, -Werror): taken out of argv before it runs.
bool takeCompilerStyleOptions(std::vector<char*>& args, mcc::DriverOptions& opts) {
  std::vector<char*> rest;
  for (size_t k = 0; k < args.size(); ++k) {
    std::string a = args[k];
    if (a == "-c") {
      opts.objectOnly = true;
    } else if (a == "-M") {
      opts.printDependencies = true;
    } else if (a == "-MD") {
      if (opts.dependencyFile.empty()) opts.dependencyFile = "-";  // OUTPUT.d, once OUTPUT is known
    } else if (a == "-MF") {
      if (k + 1 == args.size()) {
        std::cerr << "mcc: error: -MF needs a file name\n";
        return false;
      }
      opts.dependencyFile = args[++k];
    } else if (a == "-w") {
      opts.noWarnings = true;
    } else if (a == "-Werror") {
      opts.warningsAsErrors = true;
    } else if (a == "-Wno-error") {
      opts.warningsAsErrors = false;
    } else if (a == "-s") {
      opts.strip = true;
    } else if (a == "-shared") {
      opts.library = mcc::DriverOptions::Library::Shared;
    } else if (a == "-static-lib") {
      opts.library = mcc::DriverOptions::Library::Static;
    } else if ((a == "-l" || a == "-L") && k + 1 < args.size()) {
      opts.linkArgs.push_back(a + args[++k]);
    } else if (a.rfind("-l", 0) == 0 || a.rfind("-L", 0) == 0 || a.rfind("-Wl,", 0) == 0) {
      opts.linkArgs.push_back(a);
    } else {
      rest.push_back(args[k]);
    }
  }
  args = rest;
  return true;
}

// `mcc --list-builtins`: every builtin function of the runtime, one line
// each, "name<TAB>area", in the order of mcc/builtins.def (the README's
// builtin reference is generated from this by toolchain/gen-builtin-reference.py).
// Names ending in '_' (deal_brace_, save_vars_) are helpers the compiler
// lowers language forms to, not functions a program calls: not listed.
void listBuiltins() {
  struct Entry {
    const char* name;
    const char* area;
  };
  static const Entry entries[] = {
#define MCC_BUILTIN(n) {#n, nullptr},
#define MCC_BUILTIN_QUALIFIED(package, n) {#package "." #n, nullptr},
#define MCC_BUILTIN_AREA(title) {nullptr, title},
#include "mcc/builtins.def"
#undef MCC_BUILTIN_AREA
#undef MCC_BUILTIN_QUALIFIED
#undef MCC_BUILTIN
  };
  const char* area = "";
  for (const Entry& e : entries) {
    if (!e.name) area = e.area;
    else if (std::string_view(e.name).back() != '_') std::cout << e.name << '\t' << area << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  // `mcc calibrate [-o FILE]`: measure this machine for the router.
  if (argc > 1 && std::string(argv[1]) == "calibrate") return mcc::runCalibrate(argc - 1, argv + 1);
  po::options_description visible("Options");
  visible.add_options()
      ("help,h", "print this help and exit")
      ("version", "print the version and exit")
      ("list-builtins", "print the builtin functions, one per line (name, tab, area), and exit")
      ("output,o", po::value<std::string>()->value_name("FILE"), "write the executable to FILE")
      ("include,I", po::value<std::vector<std::string>>()->value_name("DIR")->composing(),
       "search DIR for .m files the program calls")
      ("opt,O", po::value<std::vector<int>>()->value_name("N")->composing(),
       "optimisation level 0..3 (default 2; the last one given counts)")
      ("cpu", po::value<std::string>()->value_name("NAME"),
       "generate code for this CPU (default x86-64-v2, portable; 'native' for this machine)")
      ("target", po::value<std::string>()->value_name("TRIPLE"),
       "generate code for another machine (aarch64-linux-gnu), linked with its runtime from lib/TRIPLE/")
      ("shared-runtime", "link the runtime as a shared library (default: static)")
      ("no-gpu", "embed no GPU kernels: every kernel runs on the CPU")
      ("debug,g", "emit DWARF line info mapping the executable to .m lines")
      ("emit", po::value<std::string>()->value_name("STAGE"),
       "print a stage instead of compiling: tokens, ast, ir, typed, scalarized, kernels, llvm, glsl, spirv, obj")
      ("flag,f", po::value<std::vector<std::string>>()->value_name("FLAG")->composing(),
       "-fsyntax-only: check syntax only; -fdiagnostics-color[=always|never|auto]; -ferror-limit=N; "
       "-fno-fusion: no kernels (every array operation through the runtime); "
       "-fno-small-arrays: small arrays of constant shape stay arrays (not their elements)")
      ("calibration", po::value<std::string>()->value_name("FILE"),
       "embed this calibration table (written by `mcc calibrate -o FILE`) for the CPU/GPU router")
      ("entry", po::value<std::vector<std::string>>()->value_name("NAME")->composing(),
       "with -shared or -static-lib: a function of the library's C interface (repeatable)")
      ("library-name", po::value<std::string>()->value_name("NAME"),
       "the library's name in its C interface (default: -o's file name without lib and extension)")
      ("header", po::value<std::string>()->value_name("FILE"),
       "where to write the library's C header (default: NAME.h beside the library)");
  const char* const buildSystemHelp =
      "  -c                    write an object file (at -o) to link yourself with\n"
      "                        lib/libmcc_runtime.a\n"
      "  -M                    print the .m files the program reaches as a make\n"
      "                        rule, and compile nothing\n"
      "  -MD                   while compiling, write that rule to OUTPUT.d\n"
      "  -MF FILE              ... to FILE instead\n"
      "  -s                    strip the executable's symbols\n"
      "  -shared, -static-lib  build a shared or static C library of the --entry\n"
      "                        functions, and its C header NAME.h\n"
      "  FILE.c FILE.o FILE.a  C sources and objects linked with the program\n"
      "  -lNAME -LDIR -Wl,...  passed to the linker\n"
      "  -w                    report no warnings\n"
      "  -Werror               make warnings errors (-Wno-error: do not)\n";
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>()->composing());
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);

  mcc::DriverOptions opts;
  std::vector<char*> args(argv + 1, argv + argc);
  if (!takeCompilerStyleOptions(args, opts)) return 1;
  args.insert(args.begin(), argv[0]);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(static_cast<int>(args.size()), args.data())
                  .options(all)
                  .positional(positional)
                  .style(po::command_line_style::default_style &
                         ~po::command_line_style::allow_guessing)
                  .run(),
              vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << kUsage << "\n\nCompiles a MATLAB program (a script or a function file, plus every\n"
                             "function it calls) into a native executable.\n\n"
                << visible << buildSystemHelp;
      return 0;
    }
    if (vm.count("list-builtins")) {
      listBuiltins();
      return 0;
    }
    if (vm.count("version")) {
      std::cout << "mcc " << MCC_VERSION << "\n";
      return 0;
    }
    if (vm.count("input"))
      for (const std::string& in : vm["input"].as<std::vector<std::string>>()) {
        std::string ext = in.substr(std::min(in.size(), in.rfind('.')));
        bool cFile = ext == ".c" || ext == ".o" || ext == ".a" || ext == ".so" || ext == ".cc" || ext == ".cpp";
        (cFile ? opts.cSources : opts.inputs).push_back(in);
      }
    if (vm.count("entry")) opts.entries = vm["entry"].as<std::vector<std::string>>();
    if (vm.count("library-name")) opts.libraryName = vm["library-name"].as<std::string>();
    if (vm.count("header")) opts.headerPath = vm["header"].as<std::string>();
    if (vm.count("output")) opts.output = vm["output"].as<std::string>();
    if (vm.count("calibration")) opts.calibration = vm["calibration"].as<std::string>();
    if (vm.count("cpu")) opts.cpu = vm["cpu"].as<std::string>();
    if (vm.count("target")) opts.triple = vm["target"].as<std::string>();
    if (vm.count("shared-runtime")) opts.sharedRuntime = true;
    if (vm.count("no-gpu")) opts.gpu = false;
    if (vm.count("debug")) opts.debugInfo = true;
    if (vm.count("include")) opts.includeDirs = vm["include"].as<std::vector<std::string>>();
    if (vm.count("opt")) {
      opts.optLevel = vm["opt"].as<std::vector<int>>().back();
      if (opts.optLevel < 0 || opts.optLevel > 3) {
        std::cerr << "mcc: error: invalid optimisation level -O" << opts.optLevel << " (use -O0 to -O3)\n";
        return 1;
      }
    }
    if (vm.count("emit") && !parseEmit(vm["emit"].as<std::string>(), opts.emit)) {
      std::cerr << "mcc: error: unknown --emit stage '" << vm["emit"].as<std::string>() << "'\n";
      return 1;
    }
    opts.color = isatty(2);
    if (vm.count("flag")) {
      for (const std::string& f : vm["flag"].as<std::vector<std::string>>()) {
        if (f == "syntax-only") {
          opts.syntaxOnly = true;
        } else if (f == "diagnostics-color" || f == "diagnostics-color=always") {
          opts.color = true;
        } else if (f == "diagnostics-color=never" || f == "no-diagnostics-color") {
          opts.color = false;
        } else if (f == "no-fusion" || f == "fusion") {
          opts.fusion = f == "fusion";
        } else if (f == "no-small-arrays" || f == "small-arrays") {
          opts.smallArrays = f == "small-arrays";
        } else if (f == "diagnostics-color=auto") {
          opts.color = isatty(2);
        } else if (f.rfind("error-limit=", 0) == 0) {
          std::string value = f.substr(12);
          if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos ||
              value.size() > 9) {
            std::cerr << "mcc: error: invalid value '" << value << "' in '-ferror-limit=" << value
                      << "' (expected a number of errors, 0 for no limit)\n";
            return 1;
          }
          opts.errorLimit = static_cast<unsigned>(std::stoul(value));
        } else {
          std::cerr << "mcc: error: unknown option '-f" << f << "'\n";
          return 1;
        }
      }
    }
  } catch (const std::exception& e) {
    std::cerr << "mcc: error: " << e.what() << "\n" << kUsage << "\n";
    return 1;
  }
  if (opts.inputs.empty()) {
    std::cerr << "mcc: error: no input files\n" << kUsage << "\n";
    return 1;
  }
  return mcc::runCompiler(opts);
}

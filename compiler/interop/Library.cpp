// MATLAB entry functions as a C library; see Library.h.
#include "Library.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "driver/Toolchain.h"
#include "frontend/Parser.h"
#include "mcc/runtime.h"

namespace mcc::interop {
namespace {

namespace fs = std::filesystem;

// A MATLAB name as a C identifier (MATLAB names are C identifiers unless they are C keywords).
std::string cName(const std::string& name) {
  static const std::set<std::string> keywords = {
      "auto",  "break",  "case",     "char",   "const",    "continue", "default",  "do",     "double",
      "else",  "enum",   "extern",   "float",  "for",      "goto",     "if",       "inline", "int",
      "long",  "register", "restrict", "return", "short",  "signed",   "sizeof",   "static", "struct",
      "switch", "typedef", "union",  "unsigned", "void",   "volatile", "while",    "bool",   "true",
      "false", "_Bool",  "_Complex", "_Imaginary"};
  return keywords.count(name) ? name + "_" : name;
}

// How an input travels from C: a C scalar of a numeric or logical class, text, or an array.
struct CParam {
  enum Kind { Scalar, Text, Array } kind = Array;
  const char* ctype = nullptr;  // for a Scalar
  uint32_t classId = 0;
};

CParam cParam(const ir::Type& t) {
  static const std::pair<ir::Class, std::pair<const char*, uint32_t>> scalars[] = {
      {ir::Class::Double, {"double", MCC_CLASS_DOUBLE}},   {ir::Class::Single, {"float", MCC_CLASS_SINGLE}},
      {ir::Class::Int8, {"int8_t", MCC_CLASS_INT8}},       {ir::Class::UInt8, {"uint8_t", MCC_CLASS_UINT8}},
      {ir::Class::Int16, {"int16_t", MCC_CLASS_INT16}},    {ir::Class::UInt16, {"uint16_t", MCC_CLASS_UINT16}},
      {ir::Class::Int32, {"int32_t", MCC_CLASS_INT32}},    {ir::Class::UInt32, {"uint32_t", MCC_CLASS_UINT32}},
      {ir::Class::Int64, {"int64_t", MCC_CLASS_INT64}},    {ir::Class::UInt64, {"uint64_t", MCC_CLASS_UINT64}},
      {ir::Class::Logical, {"bool", MCC_CLASS_LOGICAL}}};
  CParam p;
  if (t.cls == ir::Class::Char) p.kind = CParam::Text;
  if (!t.rankKnown || !t.isScalar()) return p;
  for (const auto& [cls, c] : scalars)
    if (t.cls == cls) {
      p.kind = CParam::Scalar;
      p.ctype = c.first;
      p.classId = c.second;
    }
  return p;
}

// The C names of an entry's inputs and outputs (an output named like an input gets `_out`).
std::vector<std::string> inputNames(const CEntry& e) {
  std::vector<std::string> out;
  for (const std::string& p : e.params) out.push_back(cName(p));
  return out;
}
std::vector<std::string> outputNames(const CEntry& e) {
  std::set<std::string> taken(e.params.begin(), e.params.end());
  std::vector<std::string> out;
  for (const std::string& o : e.outputs) out.push_back(cName(taken.count(o) ? o + "_out" : o));
  return out;
}

std::string prototype(const CEntry& e) {
  std::string s = "void " + cName(e.name) + "(";
  std::vector<std::string> in = inputNames(e), out = outputNames(e);
  std::vector<std::string> parts;
  for (size_t k = 0; k < in.size(); ++k) {
    CParam p = cParam(e.entry.inputs[k]);
    parts.push_back(p.kind == CParam::Scalar ? std::string(p.ctype) + " " + in[k]
                    : p.kind == CParam::Text ? "const char *" + in[k]
                                             : "const mcc_c_array *" + in[k]);
  }
  for (const std::string& o : out) parts.push_back("mcc_c_array *" + o);
  if (parts.empty()) parts.push_back("void");
  for (size_t k = 0; k < parts.size(); ++k) s += (k ? ", " : "") + parts[k];
  return s + ")";
}

// A C string literal (octal escapes: a hex escape would swallow the digits after it).
std::string cString(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\' || c < 0x20 || c >= 0x7f) {
      char buf[5];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string guardOf(const std::string& name) {
  std::string g;
  for (char c : name) g += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::toupper(c)) : '_';
  return g + "_H";
}

bool writeFile(const std::string& path, const std::string& text, DiagnosticEngine& diags) {
  std::ofstream out(path);
  out << text;
  if (out) return true;
  diags.report(nullptr, {}, DiagId::CannotOpenFile, {path, "cannot write it"});
  return false;
}

// The .m file defining entry `name`: an input of that name, else NAME.m beside the first input or in an -I folder.
std::string findEntryFile(const std::string& name, const DriverOptions& opts) {
  for (const std::string& in : opts.inputs)
    if (fs::path(in).stem() == name && fs::path(in).extension() == ".m") return in;
  std::vector<std::string> dirs;
  if (!opts.inputs.empty()) dirs.push_back(fs::path(opts.inputs.front()).parent_path().string());
  dirs.insert(dirs.end(), opts.includeDirs.begin(), opts.includeDirs.end());
  for (std::string dir : dirs) {
    fs::path candidate = fs::path(dir.empty() ? "." : dir) / (name + ".m");
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
  }
  return "";
}

// Reads an entry's signature and arguments block.
bool describe(const std::string& name, const DriverOptions& opts, DiagnosticEngine& diags, CEntry& out) {
  out.name = name;
  out.file = findEntryFile(name, opts);
  if (out.file.empty()) {
    diags.report(nullptr, {}, DiagId::CannotOpenFile, {name + ".m", "no input or -I folder holds the entry function '" + name + "'"});
    return false;
  }
  std::string why;
  std::unique_ptr<SourceFile> src = SourceFile::load(out.file, why);
  if (!src) {
    diags.report(nullptr, {}, DiagId::CannotOpenFile, {out.file, why});
    return false;
  }
  ASTContext ast;
  File* file = parseFile(*src, ast, diags);
  if (diags.hasErrors()) return false;
  if (file->kind != FileKind::Function || file->functions.empty()) {
    diags.report(src.get(), {}, DiagId::NotImplemented, {"a script as a library entry ('" + name + "' must be a function file)"});
    return false;
  }
  const Function& f = *file->functions.front();
  for (const Param& p : f.params) out.params.push_back(p.tilde() ? "unused" + std::to_string(out.params.size() + 1) : std::string(p.name));
  for (const Param& p : f.outputs) {
    if (p.name == "varargout") {
      diags.report(src.get(), p.range, DiagId::NotImplemented, {"varargout of a library entry function"});
      return false;
    }
    out.outputs.push_back(std::string(p.name));
  }
  out.line = src->lineCol(f.range.begin).line;
  out.file = fs::absolute(out.file).lexically_normal().string();
  return describeEntryPoint(*file, diags, out.entry);
}

// The runtime's include folder: ../include beside mcc when installed, else the source tree's.
std::string runtimeIncludeDir() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  fs::path installed = self.parent_path().parent_path() / "include";
  if (fs::exists(installed / "mcc" / "runtime.h", ec)) return installed.string();
  return MCC_RUNTIME_INCLUDE_DIR;
}

}  // namespace

std::string libraryName(const DriverOptions& opts) {
  if (!opts.libraryName.empty()) return opts.libraryName;
  std::string base = opts.output.empty() ? (opts.entries.empty() ? "mcc" : opts.entries.front())
                                         : fs::path(opts.output).filename().string();
  base = base.substr(0, base.find('.'));
  if (base.rfind("lib", 0) == 0 && base.size() > 3) base = base.substr(3);
  return cName(base);
}

std::string entrySymbol(const std::string& library, const std::string& entry) {
  return "mcc_lib_" + library + "_" + entry;
}

std::string generateHeader(const std::string& name, const std::vector<CEntry>& entries) {
  std::ostringstream h;
  std::string guard = guardOf(name);
  h << "/* " << name << ".h: the C interface of the MATLAB library " << name << ", generated by mcc.\n"
    << " *\n"
    << " * Call " << name << "_initialize() once before any entry function and\n"
    << " * " << name << "_terminate() after the last (it returns 0, or 3 when MCC_CHECK_LEAKS=1\n"
    << " * finds arrays the library did not free). Inputs pinned to a numeric or\n"
    << " * logical scalar by the function's arguments block are C scalars, char inputs\n"
    << " * are NUL-terminated UTF-8 text, every other input is an mcc_c_array the\n"
    << " * caller owns. Each output is written to the mcc_c_array it points at (NULL:\n"
    << " * not wanted); its data is malloc'ed: free(out.data). A MATLAB run-time error\n"
    << " * prints MATLAB's message on stderr and ends the process with status 1. */\n"
    << "#ifndef " << guard << "\n#define " << guard << "\n\n"
    << "#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n\n"
    << "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n"
    << "#ifndef MCC_C_ARRAY_DEFINED\n#define MCC_C_ARRAY_DEFINED\n#define MCC_C_MAX_DIMS " << MCC_C_MAX_DIMS << "\n"
    << "/* A MATLAB array as C sees it: column-major elements of one class (0 double,\n"
    << " * 1 single (float), 2 int8_t, 3 uint8_t, 4 int16_t, 5 uint16_t, 6 int32_t,\n"
    << " * 7 uint32_t, 8 int64_t, 9 uint64_t, 10 logical (uint8_t 0/1), 11 char\n"
    << " * (uint16_t UTF-16 units)); complex values interleave (re, im). ndims is 2\n"
    << " * or more, dims[k] for k < ndims. */\n"
    << "typedef struct mcc_c_array {\n  void* data;\n  size_t dims[MCC_C_MAX_DIMS];\n  uint32_t ndims;\n"
    << "  uint32_t class_id;\n  uint32_t is_complex;\n} mcc_c_array;\n#endif\n\n"
    << "void " << name << "_initialize(void);\nint " << name << "_terminate(void);\n";
  for (const CEntry& e : entries) {
    h << "\n/* " << e.name << " (" << fs::path(e.file).filename().string() << ":" << e.line << ")";
    std::string help = e.entry.help;
    while (!help.empty() && help.back() == '\n') help.pop_back();
    if (!help.empty()) {
      for (size_t k = 0; (k = help.find("*/", k)) != std::string::npos;) help.replace(k, 2, "* /");
      for (size_t k = 0; (k = help.find('\n', k)) != std::string::npos; k += 4) help.replace(k, 1, "\n * ");
      h << ":\n * " << help;
    }
    h << " */\n" << prototype(e) << ";\n";
  }
  h << "\n#ifdef __cplusplus\n}\n#endif\n\n#endif\n";
  return h.str();
}

std::string generateWrapper(const std::string& name, const std::string& header, const std::vector<CEntry>& entries) {
  std::ostringstream w;
  w << "/* The C wrappers of the MATLAB library " << name << ", generated by mcc. */\n"
    << "#include " << cString(header) << "\n#include <string.h>\n#include <mcc/runtime.h>\n\n";
  for (const CEntry& e : entries)
    w << "void " << entrySymbol(name, e.name) << "(uint32_t, mcc_array**, uint32_t, mcc_array* const*, const mcc_site*);\n"
      << "void " << entrySymbol(name, e.name) << "_init(void);\n";
  w << "\nvoid " << name << "_initialize(void) {\n  mcc_init(0, NULL, MCC_RUNTIME_ABI_VERSION);\n";
  for (const CEntry& e : entries) w << "  " << entrySymbol(name, e.name) << "_init();\n";
  w << "}\n\nint " << name << "_terminate(void) { return mcc_finish(); }\n";
  for (const CEntry& e : entries) {
    std::vector<std::string> in = inputNames(e), out = outputNames(e);
    size_t nin = in.size(), nout = out.size();
    w << "\n" << prototype(e) << " {\n"
      << "  static const mcc_site site = {" << cString(e.file) << ", " << e.line << "};\n"
      << "  mcc_array* in[" << std::max<size_t>(nin, 1) << "] = {NULL};\n"
      << "  mcc_array* out[" << std::max<size_t>(nout, 1) << "] = {NULL};\n";
    for (size_t k = 0; k < nin; ++k) {
      CParam p = cParam(e.entry.inputs[k]);
      w << "  in[" << k << "] = ";
      if (p.kind == CParam::Scalar) w << "mcc_c_scalar_in(" << p.classId << "u, &" << in[k] << ");\n";
      else if (p.kind == CParam::Text) w << "mcc_array_from_string(" << in[k] << " ? " << in[k] << " : \"\", " << in[k] << " ? strlen(" << in[k] << ") : 0);\n";
      else w << "mcc_c_array_in(" << in[k] << ", &site);\n";
    }
    if (!e.entry.spec.empty())
      w << "  mcc_entry_check(site.file, site.line, " << cString(e.entry.spec) << ", " << nin << ", " << nin << ", in);\n";
    w << "  " << entrySymbol(name, e.name) << "(" << nout << ", out, " << nin << ", in, &site);\n";
    for (size_t k = 0; k < nin; ++k) w << "  mcc_array_release(in[" << k << "]);\n";
    for (size_t k = 0; k < nout; ++k)
      w << "  mcc_c_array_out(out[" << k << "], " << out[k] << ", " << cString(e.outputs[k]) << ", " << cString(e.name)
        << ", &site);\n";
    if (nin + nout == 0) w << "  (void)in;\n  (void)out;\n";
    w << "}\n";
  }
  return w.str();
}

int buildLibrary(const DriverOptions& opts) {
  DiagnosticEngine diags(&std::cerr);
  diags.setColor(opts.color);
  if (opts.entries.empty()) {
    diags.report(nullptr, {}, DiagId::NotImplemented, {"a library without entry functions (give --entry NAME)"});
    return 1;
  }
  std::string name = libraryName(opts);
  std::vector<CEntry> entries;
  for (const std::string& e : opts.entries) {
    CEntry c;
    if (!describe(e, opts, diags, c)) return 1;
    entries.push_back(std::move(c));
  }
  std::string output = !opts.output.empty() ? opts.output
                       : opts.objectOnly    ? name + ".o"
                       : opts.library == DriverOptions::Library::Shared ? "lib" + name + ".so"
                                                                       : "lib" + name + ".a";
  std::string headerPath = !opts.headerPath.empty() ? opts.headerPath
                                                    : (fs::path(output).parent_path() / (name + ".h")).string();
  if (!writeFile(headerPath, generateHeader(name, entries), diags)) return 1;

  // Each entry's module, then the wrappers, in a scratch folder.
  std::error_code ec;
  fs::path scratch = fs::path(output + ".mcc-tmp");
  fs::create_directories(scratch, ec);
  auto cleanup = [&] { fs::remove_all(scratch, ec); };
  std::vector<std::string> objects;
  for (const CEntry& e : entries) {
    DriverOptions sub = opts;
    sub.library = DriverOptions::Library::None;
    sub.libraryEntry = entrySymbol(name, e.name);
    sub.objectOnly = true;
    sub.dependencyFile.clear();
    sub.inputs = {e.file};
    for (const std::string& in : opts.inputs)
      if (fs::absolute(in).lexically_normal() != fs::path(e.file)) sub.inputs.push_back(in);
    sub.output = (scratch / (e.name + ".o")).string();
    if (int status = runCompiler(sub)) {
      cleanup();
      return status;
    }
    objects.push_back(sub.output);
  }
  std::string wrapperPath = (scratch / (name + "_wrapper.c")).string();
  if (!writeFile(wrapperPath, generateWrapper(name, fs::absolute(headerPath).string(), entries), diags)) return cleanup(), 1;
  std::string wrapperObject = (scratch / (name + "_wrapper.o")).string();
  std::string cc = cCompiler(opts);
  if (!runTool({cc, "-std=c99", "-O2", "-fPIC", "-I", runtimeIncludeDir(), "-c", wrapperPath, "-o", wrapperObject}, diags))
    return cleanup(), 1;
  objects.push_back(wrapperObject);

  std::vector<std::string> argv;
  if (opts.objectOnly) {
    argv = {"ld", "-r", "-o", output};
  } else if (opts.library == DriverOptions::Library::Static) {
    fs::remove(output, ec);
    argv = {opts.triple.empty() ? "ar" : opts.triple + "-ar", "rcs", output};
  } else {
    argv = {cc, "-shared", "-o", output};
  }
  argv.insert(argv.end(), objects.begin(), objects.end());
  if (opts.library == DriverOptions::Library::Shared && !opts.objectOnly) {
    // The runtime inside, its symbols hidden: the library exports only its own.
    std::vector<std::string> link = runtimeLinkArguments(opts, diags);
    if (link.empty()) return cleanup(), 1;
    argv.insert(argv.end(), link.begin(), link.end());
    argv.push_back("-Wl,--exclude-libs,ALL");
  }
  bool ok = runTool(argv, diags);
  cleanup();
  return ok ? 0 : 1;
}

}  // namespace mcc::interop

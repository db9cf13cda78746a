// C headers through libclang; see ParseCHeaders.h.
#include "ParseCHeaders.h"

#include <clang-c/Index.h>
#include <dlfcn.h>

#include <filesystem>

namespace mcc::interop {
namespace {

// libclang's entry points, loaded once (LibClang.def).
struct LibClang {
#define MCC_LIBCLANG(name) decltype(&::name) name = nullptr;
#include "LibClang.def"
  bool loaded = false;
};

const LibClang* libclang(std::string& error) {
  static LibClang lib;
  static std::string why;
  static bool tried = false;
  if (!tried) {
    tried = true;
    void* h = nullptr;
    for (const char* name : {"libclang-19.so.1", "libclang.so.1", "/usr/lib/llvm-19/lib/libclang.so.1"})
      if ((h = dlopen(name, RTLD_NOW | RTLD_LOCAL))) break;
    if (!h) {
      why = "libclang (libclang-19.so.1, Debian's libclang1-19) is not installed; it is needed to read C headers";
    } else {
      lib.loaded = true;
#define MCC_LIBCLANG(name)                                                 \
  lib.name = reinterpret_cast<decltype(lib.name)>(dlsym(h, #name));        \
  if (!lib.name) lib.loaded = false, why = "libclang lacks " #name;
#include "LibClang.def"
    }
  }
  error = why;
  return lib.loaded ? &lib : nullptr;
}

std::string text(const LibClang& c, CXString s) {
  const char* p = c.clang_getCString(s);
  std::string out = p ? p : "";
  c.clang_disposeString(s);
  return out;
}

CType describe(const LibClang& c, CXType t) {
  CType out;
  out.spelling = text(c, c.clang_getTypeSpelling(t));
  CXType canon = c.clang_getCanonicalType(t);
  if (canon.kind == CXType_Pointer) {
    out.pointer = true;
    CXType pointee = c.clang_getPointeeType(canon);
    out.pointeeConst = c.clang_isConstQualifiedType(pointee) != 0;
    canon = c.clang_getCanonicalType(pointee);
    if (canon.kind == CXType_Pointer) return out;  // a pointer to a pointer: opaque
  }
  long long size = c.clang_Type_getSizeOf(canon);
  out.bits = size > 0 ? static_cast<unsigned>(size * 8) : 0;
  switch (canon.kind) {
    case CXType_Void: out.kind = CType::Void; break;
    case CXType_Bool: out.kind = CType::Bool; break;
    case CXType_Float: case CXType_Double: out.kind = CType::Float; break;
    case CXType_Char_S: case CXType_Char_U:
      out.kind = CType::Int, out.plainChar = true, out.isSigned = canon.kind == CXType_Char_S;
      break;
    case CXType_SChar: case CXType_Short: case CXType_Int: case CXType_Long: case CXType_LongLong:
      out.kind = CType::Int;
      break;
    case CXType_UChar: case CXType_UShort: case CXType_UInt: case CXType_ULong: case CXType_ULongLong:
      out.kind = CType::Int, out.isSigned = false;
      break;
    case CXType_Record: out.kind = CType::Struct; break;
    default: out.kind = CType::Other; break;
  }
  return out;
}

struct Visit {
  const LibClang* c;
  CFunctions* out;
};

CXChildVisitResult visitDecl(CXCursor cursor, CXCursor, CXClientData data) {
  auto* v = static_cast<Visit*>(data);
  const LibClang& c = *v->c;
  if (c.clang_getCursorKind(cursor) != CXCursor_FunctionDecl) return CXChildVisit_Continue;
  CFunction f;
  f.name = text(c, c.clang_getCursorSpelling(cursor));
  f.result = describe(c, c.clang_getCursorResultType(cursor));
  int n = c.clang_Cursor_getNumArguments(cursor);
  for (int k = 0; k < n; ++k) {
    CXCursor arg = c.clang_Cursor_getArgument(cursor, static_cast<unsigned>(k));
    f.params.push_back(describe(c, c.clang_getCursorType(arg)));
    f.paramNames.push_back(text(c, c.clang_getCursorSpelling(arg)));
  }
  f.variadic = c.clang_isFunctionTypeVariadic(c.clang_getCursorType(cursor)) != 0;
  CXFile file = nullptr;
  unsigned line = 0;
  c.clang_getSpellingLocation(c.clang_getCursorLocation(cursor), &file, &line, nullptr, nullptr);
  std::string path = file ? text(c, c.clang_getFileName(file)) : "";
  f.where = std::filesystem::path(path).filename().string() + ":" + std::to_string(line);
  v->out->emplace(f.name, std::move(f));  // the first declaration wins
  return CXChildVisit_Continue;
}

}  // namespace

bool parseCHeaders(const std::vector<std::string>& headers, const std::vector<std::string>& includeDirs, CFunctions& out,
                   std::string& error) {
  if (headers.empty()) return true;
  const LibClang* c = libclang(error);
  if (!c) return false;
  // One translation unit including every header, as the generated C would.
  std::string source;
  for (const std::string& h : headers) source += (h.front() == '<' ? "#include " + h : "#include \"" + h + "\"") + "\n";
  std::vector<std::string> args = {"-x", "c", "-std=gnu11"};
  for (const std::string& d : includeDirs) args.push_back("-I" + d);
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  CXUnsavedFile unsaved{"mcc-cinclude.c", source.c_str(), static_cast<unsigned long>(source.size())};
  CXIndex index = c->clang_createIndex(0, 0);
  CXTranslationUnit tu = c->clang_parseTranslationUnit(index, "mcc-cinclude.c", argv.data(), static_cast<int>(argv.size()),
                                                       &unsaved, 1, CXTranslationUnit_SkipFunctionBodies);
  if (!tu) {
    c->clang_disposeIndex(index);
    error = "libclang could not parse the headers";
    return false;
  }
  for (unsigned k = 0, n = c->clang_getNumDiagnostics(tu); k < n; ++k) {
    CXDiagnostic d = c->clang_getDiagnostic(tu, k);
    if (c->clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error && error.empty())
      error = text(*c, c->clang_formatDiagnostic(d, CXDiagnostic_DisplaySourceLocation | CXDiagnostic_DisplayColumn));
    c->clang_disposeDiagnostic(d);
  }
  Visit v{c, &out};
  if (error.empty()) c->clang_visitChildren(c->clang_getTranslationUnitCursor(tu), visitDecl, &v);
  c->clang_disposeTranslationUnit(tu);
  c->clang_disposeIndex(index);
  return error.empty();
}

}  // namespace mcc::interop

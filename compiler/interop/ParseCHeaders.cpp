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

std::string whereOf(const LibClang& c, CXCursor cursor) {
  CXFile file = nullptr;
  unsigned line = 0;
  c.clang_getSpellingLocation(c.clang_getCursorLocation(cursor), &file, &line, nullptr, nullptr);
  std::string path = file ? text(c, c.clang_getFileName(file)) : "";
  return std::filesystem::path(path).filename().string() + ":" + std::to_string(line);
}

// Reads declarations out of one translation unit; struct layouts are read
// once each (by the declaration's USR) and shared.
class Reader {
 public:
  explicit Reader(const LibClang& c) : c_(c) {}

  CType describe(CXType t) {
    CType out;
    out.spelling = text(c_, c_.clang_getTypeSpelling(t));
    CXType canon = c_.clang_getCanonicalType(t);
    if (canon.kind == CXType_Pointer) {
      out.pointer = true;
      CXType pointee = c_.clang_getPointeeType(canon);
      out.pointeeConst = c_.clang_isConstQualifiedType(pointee) != 0;
      canon = c_.clang_getCanonicalType(pointee);
      if (canon.kind == CXType_Pointer) return out;  // a pointer to a pointer: opaque
    }
    scalar(canon, out);
    return out;
  }

  // The layout of a struct type (canonical), or null when it is incomplete
  // or a union. `typedefName` names an unnamed struct.
  std::shared_ptr<const CStruct> layout(CXType canon, const std::string& typedefName = "") {
    CXCursor decl = c_.clang_getTypeDeclaration(canon);
    if (c_.clang_getCursorKind(decl) != CXCursor_StructDecl) return nullptr;
    long long size = c_.clang_Type_getSizeOf(canon);
    if (size <= 0) return nullptr;  // incomplete: `struct counter;`
    std::string usr = text(c_, c_.clang_getCursorUSR(decl));
    auto known = layouts_.find(usr);
    if (known != layouts_.end()) return known->second;
    auto s = std::make_shared<CStruct>();
    layouts_[usr] = s;  // by-value nesting cannot be recursive; pointers are not followed
    s->name = text(c_, c_.clang_getTypeSpelling(canon));
    if (s->name.find("(unnamed") != std::string::npos || s->name.find("(anonymous") != std::string::npos)
      s->name = typedefName.empty() ? "struct" : typedefName;
    s->size = static_cast<uint64_t>(size);
    s->where = whereOf(c_, decl);
    struct Fields {
      Reader* r;
      CStruct* s;
    } fields{this, s.get()};
    c_.clang_Type_visitFields(
        canon,
        [](CXCursor field, CXClientData data) {
          auto* f = static_cast<Fields*>(data);
          f->s->fields.push_back(f->r->field(field));
          return CXVisit_Continue;
        },
        &fields);
    return s;
  }

  const LibClang& c_;

 private:
  void scalar(CXType canon, CType& out) {
    long long size = c_.clang_Type_getSizeOf(canon);
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
      case CXType_Record:
        out.kind = CType::Struct;
        out.record = layout(canon);
        break;
      default: out.kind = CType::Other; break;
    }
  }

  CField field(CXCursor cursor) {
    CField f;
    f.name = text(c_, c_.clang_getCursorSpelling(cursor));
    long long bits = c_.clang_Cursor_getOffsetOfField(cursor);
    f.offset = bits > 0 ? static_cast<uint64_t>(bits / 8) : 0;
    CXType t = c_.clang_getCursorType(cursor);
    f.type.spelling = text(c_, c_.clang_getTypeSpelling(t));
    CXType canon = c_.clang_getCanonicalType(t);
    while (canon.kind == CXType_ConstantArray) {  // T x[N][M]: N*M elements of T
      long long n = c_.clang_getArraySize(canon);
      f.array = true;
      f.count *= n > 0 ? static_cast<uint64_t>(n) : 0;
      CXType element = c_.clang_getArrayElementType(t);  // as written (int32_t, not int)
      t = element.kind == CXType_Invalid ? c_.clang_getArrayElementType(canon) : element;
      canon = c_.clang_getCanonicalType(t);
    }
    if (canon.kind == CXType_Pointer || c_.clang_Cursor_isBitField(cursor) || bits < 0 || bits % 8) {
      f.type.kind = CType::Other;
      f.type.pointer = canon.kind == CXType_Pointer;
      f.converted = false;
      return f;
    }
    if (f.array) f.type.spelling = text(c_, c_.clang_getTypeSpelling(t));  // the element's, for "double v[3]"
    scalar(canon, f.type);
    bool number = f.type.kind == CType::Bool || f.type.kind == CType::Float ||
                  (f.type.kind == CType::Int && !f.type.matlabClass().empty());
    f.converted = f.count > 0 && (number || (f.type.kind == CType::Struct && f.type.record && !f.array));
    return f;
  }

  std::map<std::string, std::shared_ptr<const CStruct>> layouts_;
};

struct Visit {
  Reader* r;
  CFunctions* out;
  CStructs* structs;
};

CXChildVisitResult visitDecl(CXCursor cursor, CXCursor, CXClientData data) {
  auto* v = static_cast<Visit*>(data);
  const LibClang& c = v->r->c_;
  CXCursorKind kind = c.clang_getCursorKind(cursor);
  if (kind == CXCursor_StructDecl || kind == CXCursor_TypedefDecl) {
    // libstruct's names: struct tags and typedef names of structs (a typedef
    // also names an unnamed struct in messages).
    std::string name = text(c, c.clang_getCursorSpelling(cursor));
    CXType canon = c.clang_getCanonicalType(c.clang_getCursorType(cursor));
    bool unnamed = name.empty() || name.find('(') != std::string::npos;  // "struct (unnamed at h.h:3:9)"
    if (!unnamed && canon.kind == CXType_Record)
      if (auto s = v->r->layout(canon, kind == CXCursor_TypedefDecl ? name : ""); s && v->structs) v->structs->emplace(name, s);
    return CXChildVisit_Continue;
  }
  if (kind != CXCursor_FunctionDecl) return CXChildVisit_Continue;
  CFunction f;
  f.name = text(c, c.clang_getCursorSpelling(cursor));
  f.result = v->r->describe(c.clang_getCursorResultType(cursor));
  int n = c.clang_Cursor_getNumArguments(cursor);
  for (int k = 0; k < n; ++k) {
    CXCursor arg = c.clang_Cursor_getArgument(cursor, static_cast<unsigned>(k));
    f.params.push_back(v->r->describe(c.clang_getCursorType(arg)));
    f.paramNames.push_back(text(c, c.clang_getCursorSpelling(arg)));
  }
  f.variadic = c.clang_isFunctionTypeVariadic(c.clang_getCursorType(cursor)) != 0;
  f.where = whereOf(c, cursor);
  v->out->emplace(f.name, std::move(f));  // the first declaration wins
  return CXChildVisit_Continue;
}

}  // namespace

bool parseCHeaders(const std::vector<std::string>& headers, const std::vector<std::string>& includeDirs, CFunctions& out,
                   std::string& error, CStructs* structs) {
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
  Reader reader(*c);
  Visit v{&reader, &out, structs};
  if (error.empty()) c->clang_visitChildren(c->clang_getTranslationUnitCursor(tu), visitDecl, &v);
  c->clang_disposeTranslationUnit(tu);
  c->clang_disposeIndex(index);
  return error.empty();
}

}  // namespace mcc::interop

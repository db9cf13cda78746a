// C functions as mcc sees them: what a C header (parsed with libclang,
// ParseCHeaders.h) declares, and what coder.ceval calls are checked and
// compiled against (BindCCalls.h, CodegenLLVM).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace mcc::interop {

// A C type mcc can pass: a scalar, or a pointer to one (a pointer to a
// pointer, a function or anything else is `Other`, passed as an opaque
// pointer value).
struct CType {
  enum Kind : uint8_t { Void, Bool, Int, Float, Struct, Other };
  Kind kind = Other;         // the scalar, or what a pointer points at
  unsigned bits = 0;         // Int, Float, Bool: the size
  bool isSigned = true;      // Int
  bool plainChar = false;    // Int: `char` (text)
  bool pointer = false;
  bool pointeeConst = false; // pointer: `const T *`
  std::string spelling;      // as the header writes it

  // The MATLAB class of the scalar (or of the elements pointed at): "double",
  // "single", "int8".."uint64", "logical", or "" (void, struct, other).
  std::string matlabClass() const {
    switch (kind) {
      case Bool: return "logical";
      case Float: return bits == 32 ? "single" : bits == 64 ? "double" : "";
      case Int:
        if (bits != 8 && bits != 16 && bits != 32 && bits != 64) return "";
        return (isSigned ? "int" : "uint") + std::to_string(bits);
      default: return "";
    }
  }
};

struct CFunction {
  std::string name;
  CType result;
  std::vector<CType> params;
  std::vector<std::string> paramNames;
  bool variadic = false;
  std::string where;  // header:line of the declaration
};

using CFunctions = std::map<std::string, CFunction, std::less<>>;

// loadlibrary('lib', 'lib.h'): each library's functions, by library name.
using CLibraries = std::map<std::string, CFunctions, std::less<>>;

// Whether a builtin call is one that calls C or prepares such calls, which
// code generation compiles: MATLAB Coder's coder.* functions (coder.target
// is folded by LowerAST) and MATLAB's shared-library interface.
inline bool isCInteropCall(const std::string& name) {
  return name == "coder.ceval" || name == "coder.ref" || name == "coder.rref" || name == "coder.wref" ||
         name == "coder.opaque" || name == "coder.cinclude" || name == "coder.updateBuildInfo" || name == "loadlibrary" ||
         name == "calllib" || name == "unloadlibrary" || name == "libisloaded" || name == "libfunctions";
}

// calllib's outputs: the result (unless void), then each array passed to a
// writable pointer, as it is after the call.
inline size_t calllibOutputs(const CFunction& c) {
  size_t n = c.result.kind == CType::Void && !c.result.pointer ? 0 : 1;
  for (const CType& p : c.params)
    if (p.pointer && !p.pointeeConst && (p.kind == CType::Int || p.kind == CType::Float || p.kind == CType::Bool)) ++n;
  return n;
}

}  // namespace mcc::interop

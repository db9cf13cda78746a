// C functions as mcc sees them: what a C header (parsed with libclang,
// ParseCHeaders.h) declares, and what coder.ceval calls are checked and
// compiled against (BindCCalls.h, CodegenLLVM).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace mcc::interop {

struct CStruct;

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
  // Struct (or a pointer to one) whose declaration is complete: its fields.
  // Without it a struct is opaque (passed only as a pointer value).
  std::shared_ptr<const CStruct> record;

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

// A field of a C struct as mcc converts it, by name, to and from a field of a
// MATLAB struct: a number (`double x`), a fixed-size array of numbers
// (`int32_t v[4]`, `double m[2][3]`: `count` elements, flattened), char text
// (`char name[16]`) or a nested struct by value. Other fields (pointers,
// bit-fields, unions) are not converted: they are zero on the way in.
struct CField {
  std::string name;
  CType type;          // the element type (a scalar or a struct, never a pointer when converted)
  uint64_t offset = 0;  // bytes from the start of the struct
  uint64_t count = 1;   // elements: more than one, or `array`, for T name[N]
  bool array = false;   // declared as an array (char name[N] is text)
  bool converted = true;
  bool text() const { return array && type.kind == CType::Int && type.plainChar; }
};

struct CStruct {
  std::string name;   // as C names the type: "struct point", or the typedef name of an unnamed struct
  uint64_t size = 0;  // bytes
  std::vector<CField> fields;
  std::string where;  // header:line of the declaration
  const CField* field(const std::string& n) const {
    for (const CField& f : fields)
      if (f.name == n) return &f;
    return nullptr;
  }
};

// Structs by the names libstruct takes: the tag ("point" for struct point)
// and each typedef name of a struct.
using CStructs = std::map<std::string, std::shared_ptr<const CStruct>, std::less<>>;

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

// The MATLAB class of the elements of a libpointer type ("doublePtr" ->
// "double"; "voidPtr" -> "void"), or "" for a type mcc does not know.
inline std::string libpointerClass(const std::string& type) {
  static const char* const classes[] = {"double", "single", "int8",  "uint8",  "int16", "uint16",
                                        "int32",  "uint32", "int64", "uint64", "void"};
  for (const char* c : classes)
    if (type == std::string(c) + "Ptr") return c;
  if (type == "boolPtr") return "logical";
  return "";
}

// Whether a builtin call is one that calls C or prepares such calls, which
// code generation compiles: MATLAB Coder's coder.* functions (coder.target
// is folded by LowerAST) and MATLAB's shared-library interface.
inline bool isCInteropCall(const std::string& name) {
  return name == "coder.ceval" || name == "coder.ref" || name == "coder.rref" || name == "coder.wref" ||
         name == "coder.opaque" || name == "coder.cinclude" || name == "coder.updateBuildInfo" || name == "loadlibrary" ||
         name == "calllib" || name == "unloadlibrary" || name == "libisloaded" || name == "libfunctions" ||
         name == "libpointer" || name == "libstruct";
}

// Whether calllib gives the value passed to parameter `p` back as an output:
// arrays passed to writable pointers of numbers, and structs passed to
// writable pointers of a struct whose declaration is complete.
inline bool calllibWrites(const CType& p) {
  if (!p.pointer || p.pointeeConst) return false;
  return p.kind == CType::Int || p.kind == CType::Float || p.kind == CType::Bool || (p.kind == CType::Struct && p.record);
}

// calllib's outputs: the result (unless void), then each value passed to a
// writable pointer (calllibWrites), as it is after the call.
inline size_t calllibOutputs(const CFunction& c) {
  size_t n = c.result.kind == CType::Void && !c.result.pointer ? 0 : 1;
  for (const CType& p : c.params)
    if (calllibWrites(p)) ++n;
  return n;
}

}  // namespace mcc::interop

// coder.ceval bound to C declarations; see BindCCalls.h.
#include "BindCCalls.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "CoderRef.h"
#include "ParseCHeaders.h"
#include "StructFields.h"
#include "ir/Types.h"

namespace mcc::interop {
namespace {

namespace fs = std::filesystem;
using ir::Instr;
using ir::Op;

bool isConstText(const Instr* i) { return i->op == Op::Const && i->constant.kind == ir::Constant::Char; }

bool isCall(const Instr* i, const char* name) {
  return i->op == Op::Call && i->callee == ir::Callee::Builtin && i->name == name;
}


std::string ordinal(size_t k) { return "argument " + std::to_string(k); }

// "an int32 scalar", "a double array", "a struct value": for messages.
std::string describeType(const ir::Type& t) {
  bool knownClass = t.reached && t.cls != ir::Class::Unknown;
  if (!knownClass) return "a value";
  std::string cls = ir::className(t.cls);
  bool scalar = t.reached && t.rankKnown && t.isScalar();
  bool array = t.reached && t.rankKnown && !t.isScalar();
  return (cls.rfind("int", 0) == 0 ? "an " : "a ") + cls + (scalar ? " scalar" : array ? " array" : " value");
}

// The number of elements of t when its shape is constant, else -1.
int64_t constantNumel(const ir::Type& t) {
  if (!t.reached || !t.rankKnown) return -1;
  int64_t n = 1;
  for (const ir::Extent& e : t.dims) {
    if (e.kind != ir::Extent::Const) return -1;
    n *= e.value;
  }
  return n;
}

// A C field as its struct declares it: "double x", "int32_t v[3]".
std::string fieldText(const CField& f) {
  std::string s = f.type.spelling + (f.type.spelling.back() == '*' ? "" : " ") + f.name;
  if (f.array) s += "[" + std::to_string(f.count) + "]";
  return s;
}

class Binder {
 public:
  Binder(DiagnosticEngine& diags, CBuild& out) : diags_(diags), out_(out) {}

  // Headers and build information: everything coder.cinclude and coder.updateBuildInfo name.
  void collect(const ir::Function& f, const Instr& i, std::vector<std::string>& headers, std::set<std::string>& dirs) {
    const SourceFile& src = *f.source;
    fs::path here = fs::path(src.name()).parent_path();
    if (here.empty()) here = ".";
    dirs.insert(here.string());
    auto text = [&](size_t k) { return k < i.operands.size() && isConstText(i.operands[k]) ? i.operands[k]->constant.text : ""; };
    if (i.name == "coder.cinclude") {
      if (i.operands.size() != 1 || text(0).empty()) return error(f, i, "coder.cinclude takes one constant header name");
      headers.push_back(text(0));
      return;
    }
    // coder.updateBuildInfo('addSourceFiles', file [, path]) and the like.
    std::string what = text(0);
    std::string a = text(1), dir = text(2);
    auto place = [&](const std::string& file) {
      fs::path p = dir.empty() ? fs::path(file) : fs::path(dir) / file;
      return (p.is_absolute() ? p : here / p).lexically_normal().string();
    };
    if (a.empty() || i.operands.size() > 3) return error(f, i, "coder.updateBuildInfo takes constant text arguments");
    if (what == "addSourceFiles" || what == "addLinkObjects") out_.sources.push_back(place(a));
    else if (what == "addIncludePaths") dirs.insert(place(a));
    else if (what == "addLinkFlags") {
      std::istringstream words(a);
      for (std::string w; words >> w;) out_.linkArgs.push_back(w);
    } else if (what == "addDefines" || what == "addCompileFlags") {
      // mcc compiles no C of its own for these calls: nothing to pass on.
    } else {
      error(f, i, "coder.updateBuildInfo('" + what + "') is not supported (use addSourceFiles, addLinkObjects, "
                  "addIncludePaths or addLinkFlags)");
    }
  }

  void check(const ir::Function& f, const Instr& i, bool haveHeaders) {
    if (i.operands.empty() || !isConstText(i.operands[0]))
      return error(f, i, "coder.ceval needs the C function's name as constant text");
    const std::string& name = i.operands[0]->constant.text;
    if (name.empty() || name[0] == '-')
      return error(f, i, "coder.ceval option '" + name + "' is not supported");
    auto it = out_.functions.find(name);
    if (it == out_.functions.end()) {
      if (haveHeaders) error(f, i, "the C function '" + name + "' is not declared in the headers of coder.cinclude");
      return;
    }
    checkCall(f, i, it->second, 1, i.nargout > 0);
  }

  // calllib('lib', 'f', args...) of a library a loadlibrary with a header names.
  void checkCalllib(const ir::Function& f, const Instr& i) {
    if (i.operands.size() < 2 || !isConstText(i.operands[0]) || !isConstText(i.operands[1]))
      return error(f, i, "calllib needs the library's and the function's names as constant text");
    auto lib = out_.libraries.find(i.operands[0]->constant.text);
    if (lib == out_.libraries.end())
      return error(f, i, "calllib of the library '" + i.operands[0]->constant.text +
                             "', which no loadlibrary(name, header) of the program loads");
    auto it = lib->second.find(i.operands[1]->constant.text);
    if (it == lib->second.end())
      return error(f, i, "the function '" + i.operands[1]->constant.text + "' is not declared in the header of the library '" +
                             lib->first + "'");
    checkCall(f, i, it->second, 2, false);
    size_t outs = calllibOutputs(it->second);
    if (i.nargout > outs)
      error(f, i, "calllib of '" + it->first + "' gives " + std::to_string(outs) + " output" + (outs == 1 ? "" : "s") +
                      " (its result, then the arrays passed to writable pointers); this call asks for " +
                      std::to_string(i.nargout));
  }

  // libstruct('name' [, s]): a struct that a loadlibrary header declares,
  // and s's fields as calllib converts them.
  void checkLibstruct(const ir::Function& f, const Instr& i) {
    if (i.operands.empty() || i.operands.size() > 2 || !isConstText(i.operands[0]))
      return error(f, i, "libstruct needs the C struct's name as constant text (libstruct('name') or libstruct('name', s))");
    auto it = out_.structs.find(i.operands[0]->constant.text);
    if (it == out_.structs.end())
      return error(f, i, "libstruct of '" + i.operands[0]->constant.text +
                             "', a struct that no header of the program's loadlibrary calls declares");
    if (i.operands.size() < 2) return;
    const Instr* v = i.operands[1];
    const ir::Type& t = v->type;
    std::string prefix = "the value of libstruct('" + it->first + "', ...) ";
    if (t.reached && t.cls != ir::Class::Unknown && t.cls != ir::Class::Struct)
      return error(f, *v, prefix + "is " + describeType(t) + ", not a struct", i.loc);
    unsigned before = diags_.errorCount();
    checkFields(f, i, *v, fieldsOf(f).of(v), *it->second, prefix, "", true);
    if (diags_.errorCount() != before) structHere(*it->second);
  }

  // libpointer('doublePtr', v): a constant type of those mcc knows.
  void checkLibpointer(const ir::Function& f, const Instr& i) {
    if (i.operands.empty()) return;  // libpointer(): a null voidPtr
    if (i.operands.size() > 2 || !isConstText(i.operands[0]))
      return error(f, i, "libpointer needs the pointer's type as constant text (libpointer('doublePtr', v))");
    const std::string& type = i.operands[0]->constant.text;
    std::string cls = libpointerClass(type);
    if (cls.empty())
      return error(f, *i.operands[0], "libpointer of the type '" + type + "' is not supported (voidPtr, doublePtr, "
                                      "singlePtr, int8Ptr..uint64Ptr, boolPtr)", i.loc);
    if (i.operands.size() < 2) return;
    const ir::Type& t = i.operands[1]->type;
    if (cls == "void" || !t.reached || t.cls == ir::Class::Unknown) return;
    if (!ir::isNumericClass(t.cls) && t.cls != ir::Class::Logical)
      error(f, *i.operands[1], "the value of libpointer('" + type + "', ...) is " + describeType(t) + ", not numbers", i.loc);
  }

  // loadlibrary('lib', 'header.h'): the header's functions are the library's.
  void loadLibrary(const ir::Function& f, const Instr& i, const std::vector<std::string>& dirs) {
    if (i.operands.size() != 2 || !isConstText(i.operands[0]) || !isConstText(i.operands[1]))
      return error(f, i, "loadlibrary needs the library's name and its C header as constant text (loadlibrary('lib', 'lib.h'))");
    std::string why;
    CFunctions& fns = out_.libraries[i.operands[0]->constant.text];
    if (!parseCHeaders({i.operands[1]->constant.text}, dirs, fns, why, &out_.structs))
      error(f, i, "cannot read the C header of loadlibrary: " + why);
  }

 private:
  // A call's arguments from operand `first` on, against the declaration.
  void checkCall(const ir::Function& f, const Instr& i, const CFunction& c, size_t first, bool resultUsed) {
    const std::string& name = c.name;
    size_t nargs = i.operands.size() - first;
    if (nargs < c.params.size() || (nargs > c.params.size() && !c.variadic)) {
      error(f, i, "the C function '" + name + "' takes " + std::to_string(c.params.size()) + " argument" +
                      (c.params.size() == 1 ? "" : "s") + ", this call passes " + std::to_string(nargs));
      return declaredHere(c);
    }
    if (c.result.kind == CType::Void && !c.result.pointer && resultUsed)
      return error(f, i, "the C function '" + name + "' returns void; its call gives no value"), declaredHere(c);
    if (c.result.kind == CType::Struct && !c.result.pointer)
      return error(f, i, "the C function '" + name + "' returns a struct by value, which mcc cannot take (return a pointer)");
    for (size_t k = 0; k < c.params.size(); ++k) {
      const CType& p = c.params[k];
      if (p.pointer && p.kind == CType::Struct && p.record) {
        if (!checkStructArgument(f, i, c, k, i.operands[k + first], first == 2)) declaredHere(c);
        continue;
      }
      std::string why = mismatch(c.params[k], i.operands[k + first], coderRefMode(i.operands[k + first], i));
      if (why.empty()) continue;
      std::string param = paramText(c, k);
      error(f, *i.operands[k + first], ordinal(k + 1) + " of '" + name + "' " + why + "; the C parameter is '" + param + "'",
            i.loc);
      declaredHere(c);
    }
  }

  // A MATLAB struct passed to a pointer to a C struct whose declaration is
  // complete: coder.ceval takes coder.ref/rref/wref(s) with exactly the C
  // struct's fields, each of its C class (as MATLAB Coder requires of a
  // struct of an external type); calllib converts numbers, sets fields the
  // struct lacks to zero and rejects fields the C struct lacks (as MATLAB
  // does). Fields are checked where the struct's fields are known here
  // (StructFields.h), otherwise at run time. Returns false after an error.
  bool checkStructArgument(const ir::Function& f, const Instr& call, const CFunction& c, size_t k, const Instr* arg,
                           bool calllib) {
    const CType& p = c.params[k];
    std::string mode = coderRefMode(arg, call);
    const Instr* v = mode.empty() ? arg : arg->operands.empty() ? arg : arg->operands[0];
    const ir::Type& t = v->type;
    std::string prefix = ordinal(k + 1) + " of '" + c.name + "' ";
    std::string suffix = "; the C parameter is '" + paramText(c, k) + "'";
    bool knownClass = t.reached && t.cls != ir::Class::Unknown;
    if (knownClass && t.cls != ir::Class::Struct) {
      if (mode.empty() && t.cls == ir::Class::UInt64 && t.rankKnown && t.isScalar()) return true;  // a coder.opaque pointer
      error(f, *arg, prefix + "is " + describeType(t) + ", not a struct" + suffix, call.loc);
      return false;
    }
    if (!calllib && mode.empty() && knownClass) {
      error(f, *arg, prefix + "is a struct passed by value; pass coder.ref(s), coder.rref(s) or coder.wref(s) to a pointer to '" +
                         p.record->name + "'" + suffix, call.loc);
      return false;
    }
    if (t.reached && t.rankKnown && !t.isScalar()) {
      error(f, *arg, prefix + "is a struct array; a pointer to '" + p.record->name + "' takes one struct" + suffix, call.loc);
      return false;
    }
    unsigned before = diags_.errorCount();
    checkFields(f, call, *arg, fieldsOf(f).of(v), *p.record, prefix, "", calllib);
    if (diags_.errorCount() == before) return true;
    structHere(*p.record);
    return false;
  }

  // The fields of a struct value (`have`, when known) against a C struct.
  void checkFields(const ir::Function& f, const Instr& call, const Instr& at, const StructFieldSet& have, const CStruct& s,
                   const std::string& prefix, const std::string& path, bool calllib) {
    if (have.state != StructFieldSet::Known) return;
    auto report = [&](const std::string& message) { error(f, at, prefix + message, call.loc); };
    for (const KnownField& m : have.fields) {
      const CField* cf = s.field(m.name);
      std::string name = "'" + path + m.name + "'";
      if (!cf) {
        report("has the field " + name + ", which '" + s.name + "' does not declare");
        continue;
      }
      if (!cf->converted) {
        report("has the field " + name + ", but '" + s.name + "' declares it as '" + fieldText(*cf) +
               "', which mcc does not convert (numbers, arrays of numbers, char text and structs only)");
        continue;
      }
      checkField(f, call, at, m, *cf, s, prefix, path, calllib);
    }
    if (calllib) return;  // calllib sets the fields a struct lacks to zero
    for (const CField& cf : s.fields)
      if (cf.converted && !have.find(cf.name))
        report("has no field '" + path + cf.name + "', which '" + s.name + "' declares as '" + fieldText(cf) + "'");
  }

  void checkField(const ir::Function& f, const Instr& call, const Instr& at, const KnownField& m, const CField& cf,
                  const CStruct& s, const std::string& prefix, const std::string& path, bool calllib) {
    const ir::Type& t = m.type;
    if (!t.reached || t.cls == ir::Class::Unknown) return;
    std::string name = "'" + path + m.name + "'";
    std::string declared = "'" + s.name + "' declares '" + fieldText(cf) + "'";
    auto report = [&](const std::string& message) { error(f, at, prefix + message, call.loc); };
    if (cf.type.kind == CType::Struct) {
      if (t.cls != ir::Class::Struct) return report("has the field " + name + " of class " + ir::className(t.cls) + ", but " + declared);
      if (t.rankKnown && !t.isScalar()) return report("has the field " + name + " that is a struct array, but " + declared);
      if (cf.array) return report("has the field " + name + ", but " + declared + ", an array of structs, which mcc does not convert");
      if (m.value) checkFields(f, call, at, fieldsOf(f).of(m.value), *cf.type.record, prefix, path + m.name + ".", calllib);
      return;
    }
    int64_t numel = constantNumel(t);
    if (cf.text()) {
      if (t.cls != ir::Class::Char) return report("has the field " + name + " of class " + ir::className(t.cls) + ", but " + declared + " (text)");
      if (numel >= 0 && static_cast<uint64_t>(numel) >= cf.count)
        report("has the field " + name + " of " + std::to_string(numel) + " characters, but " + declared + " (at most " +
               std::to_string(cf.count - 1) + " and the NUL)");
      return;
    }
    std::string want = cf.type.matlabClass();
    bool number = ir::isNumericClass(t.cls) || t.cls == ir::Class::Logical;
    if (calllib ? !number : ir::className(t.cls) != want)
      return report("has the field " + name + " of class " + ir::className(t.cls) + ", but " + declared +
                    (calllib ? "" : " (" + want + ")"));
    if (numel < 0) return;
    if (calllib ? static_cast<uint64_t>(numel) > cf.count : static_cast<uint64_t>(numel) != cf.count)
      report("has the field " + name + " of " + std::to_string(numel) + " element" + (numel == 1 ? "" : "s") + ", but " +
             declared + (cf.count == 1 ? " (a scalar)" : " (" + std::to_string(cf.count) + " elements)"));
  }

  const StructFields& fieldsOf(const ir::Function& f) {
    auto& known = fields_[&f];
    if (!known) known = std::make_unique<StructFields>(f);
    return *known;
  }

  // A note with the C struct's declaration.
  void structHere(const CStruct& s) {
    std::string decl = s.name + " {";
    for (const CField& cf : s.fields) decl += " " + fieldText(cf) + ";";
    diags_.report(nullptr, {}, DiagId::NoteCDeclaration, {s.name, decl + " }", s.where});
  }

  DiagnosticEngine& diags_;
  CBuild& out_;
  std::map<const ir::Function*, std::unique_ptr<StructFields>> fields_;

  // At `at`, or at `fallback` (the call) when `at` lies outside it (a
  // variable argument's value comes from an earlier line).
  void error(const ir::Function& f, const Instr& at, const std::string& message, SourceRange fallback = {}) {
    bool inside = fallback.empty() || (at.loc.begin >= fallback.begin && at.loc.end <= fallback.end);
    SourceRange r = (at.loc.empty() && at.loc.begin == 0) || !inside ? fallback : at.loc;
    diags_.report(f.source, r, DiagId::CCallMismatch, {message});
  }
  // A note with the C prototype.
  void declaredHere(const CFunction& c) {
    std::string proto = c.result.spelling + (c.result.spelling.back() == '*' ? "" : " ") + c.name + "(";
    for (size_t k = 0; k < c.params.size(); ++k) proto += (k ? ", " : "") + paramText(c, k);
    if (c.variadic) proto += c.params.empty() ? "..." : ", ...";
    proto += c.params.empty() && !c.variadic ? "void)" : ")";
    diags_.report(nullptr, {}, DiagId::NoteCDeclaration, {c.name, proto, c.where});
  }
  static std::string paramText(const CFunction& c, size_t k) {
    const std::string& spelling = c.params[k].spelling;
    if (c.paramNames[k].empty()) return spelling;
    return spelling + (spelling.back() == '*' ? "" : " ") + c.paramNames[k];
  }

  // Why `arg` cannot be passed to a parameter of type `p` ("" when it can).
  static std::string mismatch(const CType& p, const Instr* arg, const std::string& mode) {
    const Instr* v = mode.empty() ? arg : arg->operands.empty() ? arg : arg->operands[0];
    const ir::Type& t = v->type;
    bool knownClass = t.reached && t.cls != ir::Class::Unknown;
    std::string cls = knownClass ? ir::className(t.cls) : "";
    bool scalar = t.reached && t.rankKnown && t.isScalar();
    bool array = t.reached && t.rankKnown && !t.isScalar();
    std::string article = cls.rfind("int", 0) == 0 ? "an " : "a ";
    std::string what = knownClass ? "is " + article + cls + (scalar ? " scalar" : array ? " array" : " value") : "";
    if (!p.pointer) {
      if (p.kind == CType::Struct) return "is a MATLAB value; C structs are passed by pointer (coder.opaque)";
      if (p.kind == CType::Other || p.kind == CType::Void) return "";
      if (!mode.empty()) return "is passed by reference (" + mode + ") to a parameter that takes a value";
      if (knownClass && !ir::isNumericClass(t.cls) && t.cls != ir::Class::Logical && t.cls != ir::Class::Char)
        return what + ", not a number";
      if (array) return what + "; a scalar parameter takes one value";
      return "";
    }
    // Pointers.
    if (p.kind == CType::Int && p.plainChar) {
      if (!knownClass || t.cls == ir::Class::Char || t.cls == ir::Class::Int8 || t.cls == ir::Class::UInt8) {
        if (knownClass && t.cls == ir::Class::Char && !p.pointeeConst && (mode == "coder.ref" || mode == "coder.wref"))
          return "is char text, which the C function would write; pass an int8 or uint8 array to a writable char buffer";
        return "";
      }
      return what + ", not text (char) or int8/uint8 bytes";
    }
    if (p.kind == CType::Void) return "";  // void *: any array's data, or an opaque pointer
    if (p.kind == CType::Struct || p.kind == CType::Other) {
      if (!mode.empty()) return "is a MATLAB array passed by reference; a '" + p.spelling + "' parameter takes a coder.opaque value";
      if (knownClass && !(t.cls == ir::Class::UInt64 && scalar)) return what + ", not a coder.opaque pointer";
      return "";
    }
    std::string want = p.matlabClass();
    if (want.empty()) return "cannot be passed to a pointer to '" + p.spelling + "'";
    if (knownClass && cls != want) return what + ", but the pointer is to " + want + " elements";
    return "";
  }
};

}  // namespace

bool bindCCalls(const ir::Module& typed, const std::vector<std::string>& includeDirs, DiagnosticEngine& diags, CBuild& out) {
  Binder binder(diags, out);
  std::vector<std::string> headers;
  std::set<std::string> dirs(includeDirs.begin(), includeDirs.end());
  const Instr* firstInclude = nullptr;
  const ir::Function* includeFn = nullptr;
  unsigned errors = diags.errorCount();
  for (const ir::Function* f : typed.functions)
    for (const ir::Block* b : f->blocks)
      for (const Instr* i : b->instrs)
        if (isCall(i, "coder.cinclude") || isCall(i, "coder.updateBuildInfo")) {
          if (!firstInclude && isCall(i, "coder.cinclude")) firstInclude = i, includeFn = f;
          binder.collect(*f, *i, headers, dirs);
        }
  // Each header once, in the order the program names them.
  std::vector<std::string> unique;
  for (const std::string& h : headers)
    if (std::find(unique.begin(), unique.end(), h) == unique.end()) unique.push_back(h);
  std::string error;
  for (const ir::Function* f : typed.functions)  // loadlibrary headers may sit beside any .m file
    if (f->source) {
      fs::path here = fs::path(f->source->name()).parent_path();
      dirs.insert(here.empty() ? "." : here.string());
    }
  if (!parseCHeaders(unique, std::vector<std::string>(dirs.begin(), dirs.end()), out.functions, error)) {
    diags.report(includeFn ? includeFn->source : nullptr, firstInclude ? firstInclude->loc : SourceRange{},
                 DiagId::CCallMismatch, {"cannot read the C headers of coder.cinclude: " + error});
    return false;
  }
  std::vector<std::string> searchDirs(dirs.begin(), dirs.end());
  for (const ir::Function* f : typed.functions)
    for (const ir::Block* b : f->blocks)
      for (const Instr* i : b->instrs)
        if (isCall(i, "loadlibrary")) binder.loadLibrary(*f, *i, searchDirs);
  for (const ir::Function* f : typed.functions)
    for (const ir::Block* b : f->blocks)
      for (const Instr* i : b->instrs) {
        if (isCall(i, "coder.ceval")) binder.check(*f, *i, !unique.empty());
        if (isCall(i, "calllib")) binder.checkCalllib(*f, *i);
        if (isCall(i, "libstruct")) binder.checkLibstruct(*f, *i);
        if (isCall(i, "libpointer")) binder.checkLibpointer(*f, *i);
      }
  return diags.errorCount() == errors;
}

}  // namespace mcc::interop

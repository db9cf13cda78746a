// What a classdef file defines, for lowering; see ClassDefs.h.
#include "ClassDefs.h"

#include <algorithm>

namespace mcc::ir {
namespace {

// Methods MATLAB calls without naming them (operators, indexing, display):
// mcc would not call them, so a class defining one is not compiled yet.
bool isImplicitMethod(const std::string& name) {
  static const char* const names[] = {
      "plus", "minus", "uminus", "uplus", "times", "mtimes", "rdivide", "ldivide", "mrdivide", "mldivide",
      "power", "mpower", "lt", "gt", "le", "ge", "ne", "eq", "and", "or", "not", "colon", "ctranspose",
      "transpose", "horzcat", "vertcat", "cat", "subsref", "subsasgn", "subsindex", "end", "numel", "disp",
      "display", "delete", "loadobj", "saveobj"};
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

bool isTrue(const Attribute& a) {
  if (a.negated) return false;
  if (!a.value) return true;
  return a.value->kind == NodeKind::IdentExpr && static_cast<const IdentExpr*>(a.value)->name == "true";
}

class Declarer {
 public:
  Declarer(const File& file, DiagnosticEngine& diags) : file_(file), diags_(diags) {}

  ClassDecl run() {
    const ClassDef& c = *file_.classdef;
    decl_.name = c.name;
    for (const std::string& super : c.superclasses) {
      if (super == "handle") decl_.handle = true;
      else unsupported(c.nameRange, "class inheritance (< " + super + ")");
    }
    for (const Attribute& a : c.attributes)
      if (a.name != "Sealed" && a.name != "Hidden") unsupported(a.range, "the class attribute '" + std::string(a.name) + "'");
    for (const auto& b : c.events) unsupported(b.range, "events");
    if (!c.enumeration.empty()) unsupported(c.enumeration.front().range, "enumerations");
    for (const auto& b : c.properties) properties(b);
    for (const auto& b : c.methods) methods(b);
    return std::move(decl_);
  }

 private:
  void properties(const ClassDef::PropertiesBlock& b) {
    bool constant = false;
    for (const Attribute& a : b.attributes) {
      if (a.name == "Constant") constant = isTrue(a);
      else if (a.name != "Access" && a.name != "SetAccess" && a.name != "GetAccess" && a.name != "Hidden" &&
               a.name != "Transient")
        unsupported(a.range, "the property attribute '" + std::string(a.name) + "'");
    }
    for (const Declaration& d : b.props) {
      if (d.hasDims || !d.className.empty() || !d.validators.empty()) unsupported(d.range, "property validation");
      if (!d.name || d.name->kind != NodeKind::IdentExpr) continue;  // the parser reported it
      ClassDecl::Property p{std::string(static_cast<const IdentExpr*>(d.name)->name), d.defaultValue};
      if (constant && !d.defaultValue) unsupported(d.range, "a constant property without a value");
      (constant ? decl_.constants : decl_.properties).push_back(p);
    }
  }

  void methods(const ClassDef::MethodsBlock& b) {
    bool isStatic = false;
    for (const Attribute& a : b.attributes) {
      if (a.name == "Static") isStatic = isTrue(a);
      else if (a.name != "Access" && a.name != "Hidden" && a.name != "Sealed")
        unsupported(a.range, "the method attribute '" + std::string(a.name) + "'");
    }
    for (const mcc::Function* f : b.methods) {
      SourceRange at = f->nameRange.empty() ? f->range : f->nameRange;
      if (f->signatureOnly) unsupported(at, "methods defined in their own file (@" + decl_.name + " folders)");
      else if (f->name.find('.') != std::string::npos) unsupported(at, "get. and set. methods");
      else if (f->name == "delete" && decl_.handle) unsupported(at, "delete methods (destructors) of handle classes");
      else if (isImplicitMethod(f->name)) unsupported(at, "operator overloading and display methods ('" + f->name + "')");
      else if (f->name == decl_.name && !isStatic) decl_.constructor = f;
      else (isStatic ? decl_.staticMethods : decl_.methods).push_back(f);
    }
  }

  void unsupported(SourceRange r, const std::string& what) {
    diags_.report(file_.source, r, DiagId::NotImplemented, {what});
  }

  const File& file_;
  DiagnosticEngine& diags_;
  ClassDecl decl_;
};

}  // namespace

ClassDecl declareClass(const File& file, DiagnosticEngine& diags) { return Declarer(file, diags).run(); }

}  // namespace mcc::ir

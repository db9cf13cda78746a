// What a classdef file defines, for lowering; see ClassDefs.h.
#include "ClassDefs.h"

#include <algorithm>
#include <map>
#include <set>

#include "mcc/runtime.h"

namespace mcc::ir {
namespace {

// Methods MATLAB calls without naming them (indexing, concatenation,
// display, saving): mcc would not call them, so a class defining one is
// not compiled yet. (Operator methods are called, isOperatorMethod, and
// disp: LowerAST's `.display.NAME`.)
bool isImplicitMethod(const std::string& name) {
  static const char* const names[] = {"colon", "horzcat", "vertcat", "cat",     "subsref", "subsasgn", "subsindex",
                                      "end",   "numel",   "display", "loadobj", "saveobj"};
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// The built-in classes an enumeration may derive from (its members' values).
bool isEnumerationBase(const std::string& name) {
  static const std::set<std::string> known = {"double", "single", "int8",   "uint8",  "int16",  "uint16",
                                              "int32",  "uint32", "int64",  "uint64", "logical"};
  return known.count(name) > 0;
}

// The value of an access attribute (`private`, 'private'): "public",
// "protected", "private" or "immutable"; an access list (`?C` or `{?C, ?D}`)
// is "list:C,D" (the defining class, C, D and their subclasses; `{}` is
// "list:", private); anything else counts as "public" (not checked).
std::string accessLevel(const Attribute& a) {
  std::string v;
  if (a.value && a.value->kind == NodeKind::IdentExpr) v = static_cast<const IdentExpr*>(a.value)->name;
  else if (a.value && a.value->kind == NodeKind::CharLitExpr) v = static_cast<const CharLitExpr*>(a.value)->value;
  if (a.value && (a.value->kind == NodeKind::MetaClassExpr || a.value->kind == NodeKind::CellExpr)) {
    std::vector<const Expr*> items;
    if (a.value->kind == NodeKind::MetaClassExpr) items.push_back(a.value);
    else
      for (const auto& row : static_cast<const MatrixExpr*>(a.value)->rows) items.insert(items.end(), row.begin(), row.end());
    std::string list = "list:";
    for (const Expr* e : items) {
      if (e->kind != NodeKind::MetaClassExpr) return "public";
      list += (list.size() > 5 ? "," : "") + static_cast<const MetaClassExpr*>(e)->name;
    }
    return list;
  }
  return v == "protected" || v == "private" || v == "immutable" ? v : "public";
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
    decl_.file = &file_;
    for (const std::string& super : c.superclasses) {
      if (super == "handle") decl_.handle = true;
      else if (!c.enumeration.empty() && isEnumerationBase(super)) decl_.enumBase = super;
      else if (super.find('.') != std::string::npos) unsupported(c.nameRange, "class inheritance (< " + super + ")");
      else decl_.superclasses.push_back(super);
    }
    for (const Attribute& a : c.attributes)
      if (a.name == "Abstract") abstractClass_ = isTrue(a);
      else if (a.name != "Sealed" && a.name != "Hidden") unsupported(a.range, "the class attribute '" + std::string(a.name) + "'");
    for (const auto& b : c.events) unsupported(b.range, "events");
    for (const auto& b : c.properties) properties(b);
    for (const auto& b : c.methods) methods(b);
    if (!c.enumeration.empty()) enumeration(c);
    if (abstractClass_) decl_.abstractMethods.push_back("");  // (no method: the class is Abstract)
    return std::move(decl_);
  }

 private:
  void properties(const ClassDef::PropertiesBlock& b) {
    bool constant = false, dependent = false, hidden = false;
    std::string getAccess = "public", setAccess = "public";
    for (const Attribute& a : b.attributes) {
      if (a.name == "Constant") constant = isTrue(a);
      else if (a.name == "Dependent") dependent = isTrue(a);
      else if (a.name == "Access") getAccess = setAccess = accessLevel(a);
      else if (a.name == "SetAccess") setAccess = accessLevel(a);
      else if (a.name == "GetAccess") getAccess = accessLevel(a);
      else if (a.name == "Hidden") hidden = isTrue(a);
      else if (a.name != "Transient")
        unsupported(a.range, "the property attribute '" + std::string(a.name) + "'");
    }
    if (getAccess == "immutable") getAccess = "public";  // (MATLAB's error; not checked)
    for (const Declaration& d : b.props) {
      if (!d.name || d.name->kind != NodeKind::IdentExpr) continue;  // the parser reported it
      ClassDecl::Property p{std::string(static_cast<const IdentExpr*>(d.name)->name), d.defaultValue, &file_, d.range};
      p.dependent = dependent;
      p.hidden = hidden;
      p.getAccess = getAccess;
      p.setAccess = setAccess;
      p.owner = decl_.name;
      if (dependent && d.defaultValue) unsupported(d.range, "a default value of a Dependent property");
      if (d.hasDims || !d.className.empty() || !d.validators.empty()) {
        if (constant) unsupported(d.range, "validation of a constant property");
        else if (validation(d, p.name)) p.validation = &d;
      }
      if (constant && !d.defaultValue) unsupported(d.range, "a constant property without a value");
      (constant ? decl_.constants : decl_.properties).push_back(p);
    }
  }

  void methods(const ClassDef::MethodsBlock& b) {
    bool isStatic = false, isAbstract = false;
    std::string access = "public";
    for (const Attribute& a : b.attributes) {
      if (a.name == "Static") isStatic = isTrue(a);
      else if (a.name == "Abstract") isAbstract = isTrue(a);
      else if (a.name == "Access") access = accessLevel(a);
      else if (a.name != "Hidden" && a.name != "Sealed")
        unsupported(a.range, "the method attribute '" + std::string(a.name) + "'");
    }
    for (const mcc::Function* f : b.methods) {
      SourceRange at = f->nameRange.empty() ? f->range : f->nameRange;
      if (access != "public") decl_.methodAccess[f->name] = access;
      if (isAbstract && f->signatureOnly && !isStatic) decl_.abstractMethods.push_back(f->name);
      else if (isAbstract) unsupported(at, isStatic ? "abstract static methods" : "an abstract method with a body");
      else if (f->signatureOnly) unsupported(at, "methods defined in their own file (@" + decl_.name + " folders)");
      else if (f->name.substr(0, 4) == "set." && !isStatic && f->params.size() == 2 && f->outputs.size() <= 1)
        decl_.accessors.push_back(f);
      else if (f->name.substr(0, 4) == "get." && !isStatic && f->params.size() == 1 && f->outputs.size() == 1)
        decl_.accessors.push_back(f);
      else if (f->name.find('.') != std::string::npos) unsupported(at, "this form of a " + f->name.substr(0, 4) + " method");
      else if (f->name == "delete") destructor(f, at, isStatic);
      else if (isImplicitMethod(f->name)) unsupported(at, "indexing, concatenation, display and save methods ('" + f->name + "')");
      else if (isStatic && isOperatorMethod(f->name)) unsupported(at, "a static operator method ('" + f->name + "')");
      else if (f->name == decl_.name && !isStatic) decl_.constructor = f;
      else (isStatic ? decl_.staticMethods : decl_.methods).push_back(f);
    }
  }

  // MATLAB's destructor: `function delete(obj)` of a handle class, one
  // input and no output (MATLAB calls a delete method of another form, or
  // of a value class, only by name; mcc does not compile those).
  void destructor(const mcc::Function* f, SourceRange at, bool isStatic) {
    if (isStatic || f->params.size() != 1 || !f->outputs.empty())
      unsupported(at, "a delete method that is not a destructor (function delete(obj), one input and no output)");
    else decl_.destructor = f;  // (of a value class: inherit() reports it, once the class is known to be one)
  }

  // The members of an enumeration, and the hidden properties its objects
  // keep: the member's position (EnumIndex_), its name (EnumName_, for the
  // runtime's display of a struct field) and, for a class derived from a
  // built-in class, its value (EnumValue_).
  void enumeration(const ClassDef& c) {
    for (const ClassDef::EnumMember& m : c.enumeration) {
      ClassDecl::Member member{std::string(m.name), m.args, m.range};
      if (!decl_.enumBase.empty() && member.args.size() != 1)
        unsupported(m.range, "a member of an enumeration derived from '" + decl_.enumBase + "' without one value");
      decl_.members.push_back(std::move(member));
    }
    SourceRange at = c.enumeration.front().range;
    if (!decl_.superclasses.empty()) unsupported(c.nameRange, "enumerations derived from a class of the program");
    if (!decl_.enumBase.empty() && decl_.constructor)
      unsupported(decl_.constructor->nameRange, "a constructor of an enumeration derived from '" + decl_.enumBase + "'");
    if (!decl_.enumBase.empty() && !decl_.properties.empty())
      diags_.report(file_.source, decl_.properties.front().range, DiagId::BadInheritance,
                    {"Enumeration classes that subclass built-in numeric or logical classes cannot define properties."});
    decl_.properties.push_back({"EnumIndex_", nullptr, &file_, at});
    decl_.properties.push_back({"EnumName_", nullptr, &file_, at});
    if (!decl_.enumBase.empty()) decl_.properties.push_back({"EnumValue_", nullptr, &file_, at});
  }

  // Whether mcc applies the size, class and validators of property `name`.
  bool validation(const Declaration& d, const std::string& name) {
    auto missing = unsupportedValidation(d, name, "a property declaration");
    for (const auto& [range, what] : missing) unsupported(range, what);
    return missing.empty();
  }

  void unsupported(SourceRange r, const std::string& what) {
    diags_.report(file_.source, r, DiagId::NotImplemented, {what});
  }

  const File& file_;
  DiagnosticEngine& diags_;
  ClassDecl decl_;
  bool abstractClass_ = false;
};

}  // namespace

std::vector<std::pair<SourceRange, std::string>> unsupportedValidation(const Declaration& d, const std::string& name,
                                                                       const std::string& where) {
  std::vector<std::pair<SourceRange, std::string>> missing;
  std::string what = where == "a property declaration" ? "property" : "argument";
  for (const Expr* e : d.dims)
    if (e->kind != NodeKind::ColonExpr &&
        (e->kind != NodeKind::NumberExpr ||
         static_cast<const NumberExpr*>(e)->text.find_first_not_of("0123456789") != std::string_view::npos))
      missing.push_back({e->range, "a" + std::string(what == "argument" ? "n " : " ") + what + " size that is not a whole number or ':'"});
  if (d.className.find('.') != std::string::npos) missing.push_back({d.range, "the " + what + " class '" + d.className + "'"});
  static const std::map<std::string_view, size_t> known = {
#define MCC_VALIDATOR_(n, nargs) {#n, nargs},
      MCC_FOR_EACH_ENTRY_VALIDATOR(MCC_VALIDATOR_)
#undef MCC_VALIDATOR_
  };
  for (const Expr* v : d.validators) {
    const Expr* callee = v->kind == NodeKind::IndexExpr ? static_cast<const IndexExpr*>(v)->base : v;
    std::string_view fn = callee->kind == NodeKind::IdentExpr ? static_cast<const IdentExpr*>(callee)->name : "";
    auto it = known.find(fn);
    std::vector<Expr*> args;
    if (v->kind == NodeKind::IndexExpr) args = static_cast<const IndexExpr*>(v)->args;
    bool valueFirst = args.empty() || (args[0]->kind == NodeKind::IdentExpr && static_cast<const IdentExpr*>(args[0])->name == name);
    if (it == known.end())
      missing.push_back({v->range, "the " + what + " validator '" + std::string(fn.empty() ? "?" : fn) + "'"});
    else if (!valueFirst || (args.empty() ? 0 : args.size() - 1) != it->second)
      missing.push_back({v->range, "this form of " + std::string(fn) + " in " + where});
  }
  return missing;
}

std::string declaredSize(const Declaration& d) {
  std::string size;
  for (size_t k = 0; k < d.dims.size(); ++k)
    size += (k ? "," : "") + (d.dims[k]->kind == NodeKind::ColonExpr ? std::string(":")
                                                                      : std::string(static_cast<const NumberExpr*>(d.dims[k])->text));
  return size;
}

bool validatorImpliesReal(std::string_view name) {
  return name != "mustBeFinite" && name != "mustBeNonNan" && name != "mustBeNumeric" && name != "mustBeNonempty" &&
         name != "mustBeNumericOrLogical" && name != "mustBeVector" && name != "mustBeScalarOrEmpty" &&
         name.substr(0, 10) != "mustBeText" && name != "mustBeNonzeroLengthText";
}

bool isValidationClass(const std::string& name) {
  static const std::set<std::string> known = {"", "double", "single", "int8", "uint8", "int16", "uint16", "int32",
                                              "uint32", "int64", "uint64", "logical", "char", "string", "cell",
                                              "struct", "function_handle"};
  return known.count(name) > 0;
}

bool isOperatorMethod(const std::string& name) {
  static const char* const names[] = {"plus", "minus", "uminus", "uplus", "times", "mtimes", "rdivide", "ldivide",
                                      "mrdivide", "mldivide", "power", "mpower", "lt", "gt", "le", "ge", "ne", "eq",
                                      "and", "or", "not", "ctranspose", "transpose"};
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

ClassDecl declareClass(const File& file, DiagnosticEngine& diags) { return Declarer(file, diags).run(); }

void inherit(ClassDecl& c, const std::vector<const ClassDecl*>& supers, DiagnosticEngine& diags) {
  for (const mcc::Function* m : c.methods) c.methodTable[m->name] = {c.name + "." + m->name, m};
  for (const mcc::Function* m : c.staticMethods) c.staticTable[m->name] = {c.name + "." + m->name, m};
  for (const mcc::Function* m : c.accessors) c.accessorTable[m->name] = {c.name + "." + m->name, m};
  for (const ClassDecl::GeneratedMethod& m : c.generatedMethods) c.methodTable.insert({m.name, {c.name + "." + m.name, m.ast}});
  for (const ClassDecl::GeneratedMethod& m : c.generatedStatics) c.staticTable[m.name] = {c.name + "." + m.name, m.ast};
  std::map<std::string, std::string> from;  // an inherited member -> the superclass it comes from
  auto conflict = [&](const std::string& what, const std::string& name, const std::string& other,
                      const ClassDecl& super) {
    diags.report(c.file->source, c.file->classdef->nameRange, DiagId::BadInheritance,
                 {"The " + what + " '" + name + "' comes from both '" + other + "' and '" + super.name + "'; " +
                  (what == "method" ? "the class '" + c.name + "' must define it." : "MATLAB allows one.")});
  };
  c.destructors.clear();
  if (c.destructor) c.destructors.push_back(c.name + ".delete");
  for (const ClassDecl* super : supers) {
    for (const std::string& d : super->destructors)
      if (std::find(c.destructors.begin(), c.destructors.end(), d) == c.destructors.end()) c.destructors.push_back(d);
    c.handle |= super->handle;
    for (const std::string& a : super->ancestors)
      if (std::find(c.ancestors.begin(), c.ancestors.end(), a) != c.ancestors.end())
        diags.report(c.file->source, c.file->classdef->nameRange, DiagId::NotImplemented,
                     {"superclasses with a common superclass ('" + a + "')"});
    c.ancestors.push_back(super->name);
    c.ancestors.insert(c.ancestors.end(), super->ancestors.begin(), super->ancestors.end());
    // MATLAB's error when the class is first used; here, where the subclass declares it.
    auto own = [&](const std::vector<ClassDecl::Property>& list, const std::string& name) {
      for (const ClassDecl::Property& p : list)
        if (p.name == name && p.file == c.file) return &p;
      return static_cast<const ClassDecl::Property*>(nullptr);
    };
    for (auto [list, inherited] : {std::pair{&c.properties, &super->properties}, std::pair{&c.constants, &super->constants}})
      for (const ClassDecl::Property& p : *inherited) {
        const ClassDecl::Property* mine = own(c.properties, p.name);
        if (!mine) mine = own(c.constants, p.name);
        if (mine) diags.report(c.file->source, mine->range, DiagId::PropertyRedefined, {p.name, c.name, super->name});
        else if (auto [it, added] = from.insert({"property " + p.name, super->name}); !added) conflict("property", p.name, it->second, *super);
        else list->push_back(p);
      }
    for (const auto& [name, m] : super->accessorTable) c.accessorTable.insert({name, m});  // (an override stays)
    for (auto [table, inherited] : {std::pair{&c.methodTable, &super->methodTable}, std::pair{&c.staticTable, &super->staticTable}})
      for (const auto& [name, m] : *inherited) {
        auto [it, added] = table->insert({name, m});  // (an override stays)
        if (added) from["method " + name] = super->name;
        else if (it->second.function != m.function && from.count("method " + name))
          conflict("method", name, from["method " + name], *super);
      }
  }
  if (c.destructor && !c.handle)
    diags.report(c.file->source, c.destructor->nameRange, DiagId::NotImplemented,
                 {"a delete method of a value class (MATLAB calls destructors of handle classes only)"});
  c.abstractLeft.clear();
  for (const std::string& m : c.abstractMethods)
    if (!c.methodTable.count(m)) c.abstractLeft.push_back(m);
  for (const ClassDecl* super : supers)
    for (const std::string& m : super->abstractLeft)  // (the Abstract attribute is not inherited: "")
      if (!m.empty() && !c.methodTable.count(m) &&
          std::find(c.abstractLeft.begin(), c.abstractLeft.end(), m) == c.abstractLeft.end())
        c.abstractLeft.push_back(m);
}

}  // namespace mcc::ir

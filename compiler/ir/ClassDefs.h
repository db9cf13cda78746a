// What a classdef file defines, for lowering.
//
// mcc compiles value classes and handle classes (`< handle`, whose
// objects are references: runtime-support's Aggregate.h): properties (with
// defaults, constant ones read as NAME.K), a constructor (or the default
// one), ordinary methods called as f(obj, ...) or obj.f(...), static
// methods called as NAME.f(...), inheritance from user classes (a
// subclass of a handle class is one), abstract methods, operator methods
// (plus, mtimes, eq, ...: InferTypes calls them for a + b) and a disp
// method (for disp(obj) and `obj` without a semicolon too), property
// validation (size, class, MATLAB's validation functions), set. methods
// (LowerAST's `.setprop.` functions, which InferTypes calls for obj.p = v),
// get. methods (called for obj.p) and Dependent properties, property and
// method access attributes (InferTypes checks them), destructors
// (a handle class's delete method: ObjectLifetimes.h), and
// enumerations (Enumerations.h: the members, their methods). Everything
// else classdef (inheritance from a MATLAB class or from two classes with a
// common superclass,
// events, handle enumerations, indexing,
// concatenation, display and save methods, methods in their
// own files) gets a NotImplemented diagnostic at its place here, so no
// program compiles to wrong code.
// Tests: tests/conformance/programs/classdef_*.m, tests/conformance/errors/err_classdef_*.m,
// tests/lit/errors/classdef-*.m.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"

namespace mcc::ir {

struct ClassDecl {
  std::string name;
  const File* file = nullptr;
  bool handle = false;  // `< handle`, or a subclass of a handle class: objects are references
  // The user classes after `<` (not `handle`), in their order there.
  std::vector<std::string> superclasses;
  struct Property {
    std::string name;
    const Expr* defaultValue = nullptr;  // null: []
    const File* file = nullptr;          // the class file that declares it (its default's context)
    SourceRange range;
    // Its declaration's size, class and validators, when it has any (null:
    // none). LowerAST's `.setprop.NAME.p` applies them to every assignment
    // and `.default.NAME.p` to the default (runtime property_check_).
    const Declaration* validation = nullptr;
    bool dependent = false;  // (Dependent): no storage; its get.p method gives its value
    bool hidden = false;     // (Hidden): not in the object's default display
    // Who may read and assign it (GetAccess, SetAccess, or Access for both):
    // "public", "protected", "private", or for SetAccess "immutable" (its
    // class's constructor only), or an access list "list:C,D" (`{?C, ?D}`:
    // the defining class, C, D and their subclasses).
    // `owner`: the class that declares it. InferTypes checks each obj.p and
    // obj.p = v where it knows obj's class (MATLAB's errors, at compile time).
    std::string getAccess = "public", setAccess = "public", owner = "";
  };
  // Its own first, then the inherited ones (after inherit()).
  std::vector<Property> properties, constants;
  const mcc::Function* constructor = nullptr;  // null: the default one (LowerAST writes one)
  // A handle class's destructor, `function delete(obj)` (its own; null:
  // none), and after inherit() the functions MATLAB runs when an object of
  // the class is destroyed: its own delete, then each superclass's, nearest
  // first (LowerAST's `.destroy`, which the runtime calls for the last
  // reference and for delete(h)).
  const mcc::Function* destructor = nullptr;
  std::vector<std::string> destructors;
  std::vector<const mcc::Function*> methods, staticMethods, accessors;  // its own (accessors: set.p, get.p)
  // Methods declared with Access = private, protected or an access list
  // (own, by name).
  std::map<std::string, std::string> methodAccess;
  // Methods declared in a `methods (Abstract)` block (own), by name.
  std::vector<std::string> abstractMethods;

  // An enumeration class: its members in their order, each with its
  // arguments (the constructor's, or the value of a member of a class
  // derived from a built-in numeric or logical class, enumBase).
  struct Member {
    std::string name;
    std::vector<Expr*> args;
    SourceRange range;
  };
  std::vector<Member> members;
  std::string enumBase;  // "uint8" for `classdef NAME < uint8`; "" for none
  bool isEnumeration() const { return !members.empty(); }
  // Methods Enumerations.h writes for an enumeration class (name -> the
  // function, in a generated file of its own), static and ordinary, and the
  // conversion NAME(x) that stands for its constructor. (The members' own
  // static methods NAME.M are among staticMethods: enumerationMember.)
  struct GeneratedMethod {
    std::string name;
    const mcc::Function* ast = nullptr;
    const File* file = nullptr;
  };
  std::vector<GeneratedMethod> generatedMethods, generatedStatics;
  GeneratedMethod conversion;
  // obj.f(args) of a static method f (own or inherited, after inherit()):
  // LowerAST's `.static.NAME.f(obj, args...)`, which calls NAME.f(args...).
  std::vector<GeneratedMethod> staticForms;

  // What an object of the class has, its own and inherited (after inherit()):
  // each method's name -> the function that implements it (`Owner.name`) and its declaration.
  struct Method {
    std::string function;
    const mcc::Function* ast = nullptr;
  };
  std::map<std::string, Method> methodTable, staticTable;
  // Property access methods, own and inherited: "set.p" / "get.p" -> the function
  // (InferTypes calls get.p for obj.p, LowerAST's `.setprop.` functions set.p).
  std::map<std::string, Method> accessorTable;
  std::vector<std::string> ancestors;  // every superclass, nearest first (not `handle`)
  // Abstract methods no class of the chain defines: the class is abstract
  // (constructing one is MATLAB's error) when this is not empty.
  std::vector<std::string> abstractLeft;

  // The property p (own or inherited), or null.
  const Property* property(const std::string& p) const {
    for (const Property& q : properties)
      if (q.name == p) return &q;
    return nullptr;
  }
  // Whether an assignment to p goes through `.setprop.NAME.p` (validation or a set method).
  bool checkedSet(const std::string& p) const {
    const Property* q = property(p);
    return q && (q->validation || accessorTable.count("set." + p));
  }
  const Method* method(const std::string& n) const {
    auto it = methodTable.find(n);
    return it == methodTable.end() ? nullptr : &it->second;
  }
};

// The class `file` (a classdef file) defines; reports what is not supported.
// Its tables hold its own members only until inherit() runs.
ClassDecl declareClass(const File& file, DiagnosticEngine& diags);

// Completes the tables of `c`: its own members, then what it inherits from
// `supers` (complete already, in the order of `<`). Reports a property
// that a subclass defines again and a property or method two superclasses
// both define (MATLAB's errors).
void inherit(ClassDecl& c, const std::vector<const ClassDecl*>& supers, DiagnosticEngine& diags);

// What mcc cannot apply of the size, class and validators of a property
// or argument declaration `d` of the variable `name` (each a range and
// what is missing, for a NotImplemented diagnostic); empty: all of it.
// Sizes are numbers or ':', validators those of the runtime's
// property_check_ (MCC_FOR_EACH_ENTRY_VALIDATOR) called with `name` first.
std::vector<std::pair<SourceRange, std::string>> unsupportedValidation(const Declaration& d, const std::string& name,
                                                                       const std::string& where);

// The size of a declaration as property_check_ takes it: "1,:" for (1,:),
// "" without one (its dims are numbers or ':', unsupportedValidation).
std::string declaredSize(const Declaration& d);

// Whether every value the validation function `name` passes is real.
bool validatorImpliesReal(std::string_view name);

// The MATLAB classes property_check_ converts to ("" too: no class).
bool isValidationClass(const std::string& name);

// Methods MATLAB calls for an operator (plus for +, ...), by the name of the method.
bool isOperatorMethod(const std::string& name);

}  // namespace mcc::ir

// The static type of an IR value: class x complexity x shape, a lattice.
//
// Bottom ("unreached") is below everything; a component that analysis cannot
// pin down is Unknown. A shape has a rank (or none known) and per dimension
// an extent that is a constant, a symbol (the run-time value of an IR scalar:
// zeros(n, 1) has extent %n), or unknown. Join goes up: equal parts stay,
// different parts become unknown, so inference over loops terminates.
// A value whose type is fully known and scalar of a numeric, logical or char
// class is an unboxed machine value in generated code.
//
// Sparsity says whether a value is a sparse matrix (compressed sparse column
// storage, runtime-support/src/array/Sparse.h). Every producer gives Full
// except the few builtins and operators that make sparse values
// (SparseRules.h); joining different sparsities gives Unknown. A value whose
// sparsity is not Full is never unboxed and reaches only the operations of
// SparseRules.h, which the runtime implements for both kinds: anything else
// is a compile-time diagnostic, so no dense code reads sparse storage.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mcc::ir {

class Instr;
struct FieldType;

enum class Class : uint8_t {
#define CLASS(Enum, Name) Enum,
#include "Classes.def"
};
const char* className(Class c);
bool isIntegerClass(Class c);
bool isNumericClass(Class c);  // double, single, integers

enum class Complexity : uint8_t { Unknown, Real, Complex };
enum class Sparsity : uint8_t { Full, Sparse, Unknown };

struct Extent {
  enum Kind : uint8_t { Const, Sym, Unknown } kind = Unknown;
  int64_t value = 0;           // Const
  const Instr* sym = nullptr;  // Sym
  static Extent constant(int64_t v) { return {Const, v, nullptr}; }
  static Extent symbol(const Instr* i) { return {Sym, 0, i}; }
  static Extent unknown() { return {}; }
  bool isOne() const { return kind == Const && value == 1; }
  bool operator==(const Extent& o) const {
    return kind == o.kind && (kind != Const || value == o.value) && (kind != Sym || sym == o.sym);
  }
};

struct Type {
  bool reached = false;  // false: bottom (no value reaches here yet)
  bool noValue = false;  // a call that returned nothing (nargout = 0)
  Class cls = Class::Unknown;
  Complexity cx = Complexity::Unknown;
  Sparsity sp = Sparsity::Full;
  bool rankKnown = false;
  std::vector<Extent> dims;  // when rankKnown: at least 2, trailing ones dropped past 2
  // A function_handle whose target is known: the generic name of the user
  // function (or the builtin) it calls. Empty: not known.
  std::string target;
  // A handle to an anonymous function (target known): the types of its
  // captured values where each is a real double or logical scalar, else
  // unknown, in order (InferTypes: the closure's operands), so that a
  // function it is passed to calls the target with them typed. Empty: none
  // known.
  std::vector<Type> captured;
  // A value object of a classdef class (cls is Struct): the class's name.
  // Empty: a struct (or no object).
  std::string object;
  // A 1x1 struct (cls Struct, no object) whose fields are known: their names
  // in order and their types (a record). Every producer of one is tracked by
  // InferTypes (s.f = v, struct(...), calls, phis); anything else is a struct
  // of unknown fields. ScalarizeStructs keeps records as their fields.
  bool fieldsKnown = false;
  std::vector<FieldType> fields;

  static Type bottom();
  static Type unknown();
  static Type nothing();  // the result of a call with no outputs
  static Type scalar(Class c, Complexity cx = Complexity::Real);
  static Type matrix(Class c, std::vector<Extent> dims, Complexity cx = Complexity::Real);
  static Type handle(std::string target);
  static Type objectOf(std::string className);
  static Type record(std::vector<FieldType> fields);

  bool isScalar() const;
  bool maybeSparse() const { return reached && sp != Sparsity::Full; }
  bool isEmptyConst() const;  // known to have a zero extent
  bool fullyKnown() const { return reached && !noValue && cls != Class::Unknown && cx != Complexity::Unknown && rankKnown; }
  // Unboxed in generated code: a known real or complex scalar of a numeric, logical or char class.
  bool unboxed() const;
  bool isRecord() const { return fieldsKnown && cls == Class::Struct && object.empty(); }
  // The position of field `name` of a record, or -1.
  int fieldIndex(const std::string& name) const;

  bool operator==(const Type& o) const;
  bool operator!=(const Type& o) const { return !(*this == o); }
  std::string str() const;
};

struct FieldType {
  std::string name;
  Type type;
  bool operator==(const FieldType& o) const { return name == o.name && type == o.type; }
};

// Records deeper than this, or with more fields, are structs of unknown
// fields (so that inference over loops that nest a struct in itself ends).
constexpr int kMaxRecordDepth = 3;
constexpr size_t kMaxRecordFields = 32;

Type join(const Type& a, const Type& b);

}  // namespace mcc::ir

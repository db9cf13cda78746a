// Cell and struct arrays: arrays whose elements are values (mcc/runtime.h,
// "Cells and structs").
//
// Both keep one owned mcc_array* per element (NULL reads as []), so copying
// the pointer table and retaining each element is a copy, and releasing
// each one frees. A struct array's element is a record: a 1xF cell of field
// values in the order of the array's field table (NULL: every field []).
// Field tables are immutable and shared by reference count; a struct array
// that gains or loses a field gets a new table.
//
// Rearranging operations (indexing, assignment, deletion, concatenation,
// transpose) run the numeric implementation on an array of element
// positions and then gather the elements those positions name: MATLAB's
// shape rules and error messages come for free, and one implementation
// serves every class.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "array/Array.h"

namespace mcc::rt {

// String arrays (StringArray.h) keep their elements' char rows the same way.
constexpr bool isPointerClass(uint32_t c) {
  return c == MCC_CLASS_CELL || c == MCC_CLASS_STRUCT || c == MCC_CLASS_STRING;
}
inline mcc_array** elementsOf(const mcc_array* a) { return static_cast<mcc_array**>(a->data); }

struct FieldTable {
  size_t refcount = 1;
  std::vector<std::string> names;
  // A value object of a classdef class (a struct of its properties tagged
  // with the class's name: class(s, name)); empty for a struct.
  std::string className;
  // A subclass's object: every superclass of its class, nearest first (isa).
  std::vector<std::string> superclasses;
  // An object of a handle class: the descriptor is the object, which every
  // copy of the value shares (mcc_array_unshare gives it back itself), so
  // s.name = v through any copy changes it for all. delete(h) frees its
  // properties and marks it deleted: any use then fails.
  bool handle = false;
  bool deleted = false;
  // An array of handle objects (h(2) = obj, [a, b]): each element is an
  // object's descriptor (shared with every other copy of it), not a record.
  // The array itself is a value; one of one element is never made (that is
  // the object itself). One table per class, never freed.
  bool handleArray = false;
  // Its class's delete methods are running (destroyHandleObject): they run
  // once, and a delete(obj) or a last reference inside them frees nothing.
  bool destroying = false;
  // The position of a field, or -1.
  long find(std::string_view name) const {
    for (size_t k = 0; k < names.size(); ++k)
      if (names[k] == name) return static_cast<long>(k);
    return -1;
  }
};
inline const FieldTable* fieldsOf(const mcc_array* s) { return static_cast<const FieldTable*>(s->fields); }
inline size_t fieldCount(const mcc_array* s) { return s->fields ? fieldsOf(s)->names.size() : 0; }
// The class of a value object, or "" for anything else.
inline std::string objectClass(const mcc_array* a) {
  return a && a->class_id == MCC_CLASS_STRUCT && a->fields ? fieldsOf(a)->className : std::string();
}
// class(s, name): the 1x1 struct s (consumed) as an object of class `name`
// (of a handle class with `handle`) whose superclasses are `supers`.
Ref asObject(Ref s, const std::string& name, bool handle, std::vector<std::string> supers, const mcc_site* site);
inline bool isHandleObject(const mcc_array* a) {
  return a && a->class_id == MCC_CLASS_STRUCT && a->fields && fieldsOf(a)->handle;
}
inline bool isHandleArray(const mcc_array* a) {
  return a && a->class_id == MCC_CLASS_STRUCT && a->fields && fieldsOf(a)->handleArray;
}
// The handle object h as an array of one element (its class's table); any
// other value as it is.
Ref asHandleArray(const mcc_array* a);
// An array of handle objects of one element as that object; any other
// value as it is.
Ref scalarObject(Ref a);
// class(s, name, handle, supers..., {names}): the properties of class
// `name` that its objects' default display leaves out (not publicly
// readable, or Hidden), kept for the class (the first one given stays).
void setUnshownProperties(const std::string& name, std::vector<std::string> names);
// Whether the default display of a shows its field `name`: every field of
// a struct, an object's properties but those its class leaves out.
bool shownProperty(const mcc_array* a, std::string_view name);
// How many fields the default display of a shows.
size_t shownCount(const mcc_array* a);
// The record of element k of a struct array (NULL: every field []), read
// through the object for an array of handle objects.
mcc_array* recordOf(const mcc_array* s, size_t k);
// An operator (its method's name: "plus", "uminus", ...) of a or a and b
// (b null for one operand) when one is an object whose class has the
// method: the method's value in `result` and true (the program's
// operator methods, operator_methods_); false for anything else.
bool objectOperator(const char* name, const mcc_array* a, const mcc_array* b, mcc_array** result, const mcc_site* site);
// operator_methods_(h): the program's operator methods, called as
// [value, found] = h(name, a[, b]); the first one given stays.
void setOperatorMethods(const mcc_array* handle);
// MATLAB's error for a deleted handle object ("Invalid or deleted object.").
void requireLiveObject(const mcc_array* a, const mcc_site* site);
// delete(h): runs the delete methods of h's class (destructor_methods_),
// then frees h's properties and marks it deleted, for every copy. An error
// in a delete method is the caller's.
void deleteHandleObject(mcc_array* h, const mcc_site* site);
// destructor_methods_(h): the program's destructors, called as h(obj) for
// an object of a class with delete methods (LowerAST's `.destroy`); the
// first one given stays.
void setDestructorMethods(const mcc_array* handle);
// mcc_array_release of the last reference to the handle object h (its
// count now 0): runs its class's delete methods with h alive again, as
// MATLAB does when the last reference goes, and marks it deleted. True when
// a reference the methods kept holds it still (nothing to free yet). An
// error in a delete method is MATLAB's warning, not an error.
bool destroyHandleObject(mcc_array* h);
// object_defaults_(h): the program's default objects, called as h(name) for
// the object of class `name` that fills the elements an assignment past the
// end of an object array leaves (MATLAB: the constructor called once without
// arguments; an enumeration's first member); the first one given stays.
void setObjectDefaults(const mcc_array* handle);

// Called by the descriptor's lifetime code: after a byte copy of a's
// elements into a new array (retain them and the field table), and when a
// is freed (release them).
void retainContents(mcc_array* a);
void releaseContents(mcc_array* a);

Ref newCell(const Dims& dims, const mcc_site* site = nullptr);
// A struct array with these fields, every element's fields [].
Ref newStruct(const Dims& dims, const std::vector<std::string>& names, const mcc_site* site = nullptr);
// Element k of a cell (new reference; [] for an empty slot).
Ref cellElement(const mcc_array* c, size_t k);
// Stores v (a new reference taken here) as element k of an unshared cell.
void setCellElement(mcc_array* c, size_t k, const mcc_array* v);
// Field f of element k of a struct array (new reference; [] when unset).
Ref structField(const mcc_array* s, size_t k, size_t f);
// Sets field f of element k of an unshared struct array.
void setStructField(mcc_array* s, size_t k, size_t f, const mcc_array* v);
// s (consumed) with `name` added at the end of its fields when missing;
// returns the unshared result and the field's position in `f`.
Ref withField(Ref s, std::string_view name, size_t& f);
// s with its fields in the order of `names` (same set), sharing values.
Ref withFieldOrder(const mcc_array* s, const std::vector<std::string>& names);
// s without field f.
Ref withoutField(const mcc_array* s, size_t f);
// A 1xN cell of the given values (each retained).
Ref cellRow(const std::vector<const mcc_array*>& values);

// MATLAB's error for a cell or struct given to a function of numbers
// ("Undefined function 'sin' for input arguments of type 'cell'.").
void requireNumbers(const mcc_array* a, const char* function, const mcc_site* site);
// The same for an operator's operand, as MATLAB words it for operators
// ("Operator '+' is not supported for operands of type 'cell'.").
void requireOperand(const mcc_array* a, const char* spelling, const mcc_site* site);
// The spelling of a binary operator (mcc_binary_op): "+", ".*", "==", ...;
// null for max and min, which are functions.
const char* operatorSpelling(uint32_t op);
// "cell", "struct": for messages.
std::string classText(const mcc_array* a);

// What `name = a` (or disp(a), with an empty name) prints for a cell or
// struct array (format/DisplayAggregate.cpp).
std::string displayAggregate(std::string_view name, const mcc_array* a);

// The rearranging operations on cells and structs (mcc_subsref and friends
// route here when an operand is one).
Ref aggregateSubsref(const mcc_array* x, size_t nidx, const mcc_array* const* idx, const mcc_site* site);
Ref aggregateSubsasgn(Ref x, const mcc_array* v, size_t nidx, const mcc_array* const* idx, bool addFields,
                      const mcc_site* site);
Ref aggregateConcat(size_t dim, size_t n, const mcc_array* const* parts, const mcc_site* site);
Ref aggregateTranspose(const mcc_array* a, const mcc_site* site);
// Any rearrangement `op` of a numeric array applied to the elements of a
// (reshape, repmat, flip, permute...): op gets an array of positions.
template <class Op> Ref rearranged(const mcc_array* a, Op&& op);
Ref positionsOf(const mcc_array* a, double base = 0);
Ref gatherPositions(const mcc_array* like, const mcc_array* pos, const std::vector<mcc_array*>& from);

template <class Op> Ref rearranged(const mcc_array* a, Op&& op) {
  Ref p = positionsOf(a);
  Ref q = op(p.get());
  return gatherPositions(a, q.get(), std::vector<mcc_array*>(elementsOf(a), elementsOf(a) + a->numel));
}

}  // namespace mcc::rt

// Scalar replacement of records: 1x1 structs whose fields InferTypes knows
// (Type::isRecord) live as one SSA value per field instead of a boxed struct.
//
// Within a function, `s.f = v` gives the record's fields with f replaced,
// `s.f` is the field's value, a phi of records is a phi per field, and
// struct() / struct('a', va, ...) are their values. A specialisation whose
// every reference is a direct call (not the entry, not a handle's target, no
// varargin/varargout, no nargin/nargout, no f(c{:}) call) takes each record
// input as its fields and gives each record output (of two or more fields)
// as its fields, so `state = step(state, dt)` passes machine scalars. Every
// other use of a record (a builtin's argument, disp, a cell, a closure's
// capture, s.(name), an indexed assignment...) gets the boxed struct, built
// by struct() and s.f = v in field order just before that use (once a
// block); a record made by anything else (a builtin, a global) is read field
// by field after it is made. The boxed path's results are unchanged: a
// record is exactly what the boxed struct would hold.
//
// In a program that marks where values' lifetimes end (a destructor:
// ObjectLifetimes.h), a handle object in a field must live as long as the
// boxed struct would hold it: a mark of a record marks its leaves that may
// hold objects, and s.f = v marks the field's old value there (where the
// boxed struct would release it).
//
// On entry: a typed module (InferTypes). On exit: the same program with
// fewer struct values; functions' signatures may have more inputs and
// outputs (named "s.f", "s.pos.x"). Tests: tests/lit/typed/scalarize-structs.m,
// tests/unit/ScalarizeStructsTest.cpp, tests/conformance/programs/struct_records*.m,
// tests/conformance/programs/classdef_destructor_struct_field*.m.
#pragma once

#include "ir/IR.h"

namespace mcc::ir {

// Returns whether anything changed.
bool scalarizeStructs(Module& m);

}  // namespace mcc::ir

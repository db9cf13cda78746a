// String arrays: conversions and operators (StringArray.h); their display
// is format/DisplayAggregate.cpp.
#include "array/StringArray.h"

#include <algorithm>
#include <cmath>

#include "builtins/Builtin.h"  // toText, fromText
#include "format/Format.h"

namespace mcc::rt {

namespace {

using Codes = std::vector<uint16_t>;

Ref charRowOf(const Codes& c) {
  Ref r = newArray(MCC_CLASS_CHAR, false, {1, c.size()}, false);
  std::copy(c.begin(), c.end(), static_cast<uint16_t*>(r->data));
  return r;
}

Codes codesOf(const mcc_array* a) {
  const auto* p = static_cast<const uint16_t*>(a->data);
  return a->numel ? Codes(p, p + a->numel) : Codes();
}

bool isCharRow(const mcc_array* x) {
  return x->class_id == MCC_CLASS_CHAR && (x->numel == 0 || (x->ndims == 2 && x->dims[0] == 1));
}

// A char row made a string element: '' (0x0) is stored as 1x0.
Ref asElement(const mcc_array* row) {
  if (row->numel == 0 && !(row->ndims == 2 && row->dims[0] == 1)) return charRowOf({});
  return Ref::share(row);
}

// The text num2str gives a number (string(x) and `s + x` convert each
// element so).
std::string numberText(double v) { return num2str(v); }

}  // namespace

Ref newStrings(const Dims& dims, const mcc_site* site) { return newArray(MCC_CLASS_STRING, false, dims, true, site); }

Ref stringScalar(std::string_view utf8) {
  Ref s = newStrings({1, 1});
  Ref row = fromText(utf8);
  elementsOf(s.get())[0] = asElement(row.get()).release();
  return s;
}

Ref stringScalar(const Codes& codes) {
  Ref s = newStrings({1, 1});
  elementsOf(s.get())[0] = charRowOf(codes).release();
  return s;
}

std::optional<std::string> stringText(const mcc_array* s, size_t k) {
  const mcc_array* e = stringElement(s, k);
  if (!e) return std::nullopt;
  return toText(e);
}

void setStringElement(mcc_array* s, size_t k, Ref text) {
  mcc_array* old = elementsOf(s)[k];
  elementsOf(s)[k] = text ? asElement(text.get()).release() : nullptr;
  mcc_array_release(old);
}

Ref toStrings(const mcc_array* x, const mcc_site* site) {
  if (isStringArray(x)) return Ref::share(x);
  if (x->class_id == MCC_CLASS_CHAR) {
    if (isCharRow(x)) {
      Ref s = newStrings({1, 1});
      elementsOf(s.get())[0] = asElement(x).release();
      return s;
    }
    if (x->ndims > 2) notImplemented("string of an N-d char array", site);
    // A char matrix: one string per row.
    size_t rows = x->dims[0], cols = x->dims[1];
    Ref s = newStrings({rows, 1});
    const auto* p = static_cast<const uint16_t*>(x->data);
    for (size_t r = 0; r < rows; ++r) {
      Codes c(cols);
      for (size_t j = 0; j < cols; ++j) c[j] = p[j * rows + r];
      elementsOf(s.get())[r] = charRowOf(c).release();
    }
    return s;
  }
  if (x->class_id == MCC_CLASS_CELL) {
    Ref s = newStrings(dimsOf(x), site);
    for (size_t k = 0; k < x->numel; ++k) {
      const mcc_array* e = elementsOf(x)[k];
      bool scalarString = e && isStringArray(e) && e->numel == 1;
      if (!e || !(isCharRow(e) || scalarString))
        fail("Conversion from cell failed. Element " + std::to_string(k + 1) + " must be convertible to a string scalar.",
             site);
      mcc_array* row = scalarString ? elementsOf(e)[0] : const_cast<mcc_array*>(e);
      elementsOf(s.get())[k] = row ? asElement(row).release() : nullptr;
    }
    return s;
  }
  if (isNumericClass(x->class_id) || x->class_id == MCC_CLASS_LOGICAL) {
    if (x->is_complex) notImplemented("string of complex numbers", site);
    Ref s = newStrings(dimsOf(x), site);
    std::vector<double> v(x->numel);
    visitClass(x->class_id, [&](auto tag) {
      using T = typename decltype(tag)::T;
      for (size_t k = 0; k < x->numel; ++k) v[k] = static_cast<double>(static_cast<const T*>(x->data)[k]);
    });
    for (size_t k = 0; k < x->numel; ++k) {
      std::string t = x->class_id == MCC_CLASS_LOGICAL ? (v[k] ? "true" : "false") : numberText(v[k]);
      elementsOf(s.get())[k] = asElement(fromText(t).get()).release();
    }
    return s;
  }
  fail(std::string("Conversion to string from ") + className(x->class_id) + " is not possible.", site);
}

Ref textAsChar(const mcc_array* x) {
  if (x->class_id == MCC_CLASS_CHAR && isCharRow(x)) return Ref::share(x);
  if (isStringArray(x) && x->numel == 1 && stringElement(x, 0)) return Ref::share(stringElement(x, 0));
  return Ref();
}

Ref stringBinary(uint32_t op, const mcc_array* a, const mcc_array* b, const mcc_site* site) {
  static const char* const names[] = {
#define MCC_BINARY_OP_NAME_(NAME, name) #name,
      MCC_FOR_EACH_BINARY_OP(MCC_BINARY_OP_NAME_)
#undef MCC_BINARY_OP_NAME_
  };
  bool comparison = op == MCC_OP_EQ || op == MCC_OP_NE || op == MCC_OP_LT || op == MCC_OP_LE || op == MCC_OP_GT ||
                    op == MCC_OP_GE;
  if (op != MCC_OP_PLUS && !comparison) {
    if (const char* spelling = operatorSpelling(op))
      fail(std::string("Operator '") + spelling + "' is not supported for operands of type 'string'.", site);
    fail(std::string("Undefined function '") + names[op] + "' for input arguments of type 'string'.", site);
  }
  for (const mcc_array* x : {a, b})
    if (x->class_id == MCC_CLASS_CELL || x->class_id == MCC_CLASS_STRUCT || x->class_id == MCC_CLASS_FUNCTION_HANDLE)
      fail(std::string("Operator '") + operatorSpelling(op) + "' is not supported for operands of type '" +
               className(x->class_id) + "'.",
           site);
  Ref sa = toStrings(a, site), sb = toStrings(b, site);
  // Which element of each operand every result element takes: positions
  // broadcast as numbers are (MATLAB's size rules and message).
  Ref pa = positionsOf(sa.get()), pb = positionsOf(sb.get());
  Ref zero(mcc_array_from_scalar(0));
  Ref za(mcc_binary(MCC_OP_TIMES, pa.get(), zero.get(), site)), zb(mcc_binary(MCC_OP_TIMES, pb.get(), zero.get(), site));
  Ref ia(mcc_binary(MCC_OP_PLUS, pa.get(), zb.get(), site)), ib(mcc_binary(MCC_OP_PLUS, pb.get(), za.get(), site));
  const double* xa = static_cast<const double*>(ia->data);
  const double* xb = static_cast<const double*>(ib->data);
  size_t n = ia->numel;
  if (op == MCC_OP_PLUS) {
    Ref r = newStrings(dimsOf(ia.get()), site);
    for (size_t k = 0; k < n; ++k) {
      const mcc_array* u = stringElement(sa.get(), static_cast<size_t>(xa[k]) - 1);
      const mcc_array* v = stringElement(sb.get(), static_cast<size_t>(xb[k]) - 1);
      if (!u || !v) continue;  // <missing> + anything is <missing>
      Codes c = codesOf(u), d = codesOf(v);
      c.insert(c.end(), d.begin(), d.end());
      elementsOf(r.get())[k] = charRowOf(c).release();
    }
    return r;
  }
  Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(ia.get()), true, site);
  for (size_t k = 0; k < n; ++k) {
    const mcc_array* u = stringElement(sa.get(), static_cast<size_t>(xa[k]) - 1);
    const mcc_array* v = stringElement(sb.get(), static_cast<size_t>(xb[k]) - 1);
    bool result;
    if (!u || !v) {
      result = op == MCC_OP_NE;
    } else {
      Codes c = codesOf(u), d = codesOf(v);
      int order = c < d ? -1 : c == d ? 0 : 1;
      switch (op) {
        case MCC_OP_EQ: result = order == 0; break;
        case MCC_OP_NE: result = order != 0; break;
        case MCC_OP_LT: result = order < 0; break;
        case MCC_OP_LE: result = order <= 0; break;
        case MCC_OP_GT: result = order > 0; break;
        default: result = order >= 0; break;
      }
    }
    static_cast<uint8_t*>(r->data)[k] = result;
  }
  return r;
}

}  // namespace mcc::rt

extern "C" mcc_array* mcc_string_from_utf8(const char* text, size_t length) {
  return mcc::rt::stringScalar(std::string_view(text, length)).release();
}

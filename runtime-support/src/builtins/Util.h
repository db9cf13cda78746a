// Small helpers that several builtin files share: option text, the elements
// of an array as doubles or char codes, a row result, MATLAB's default dim
// and the texts of its dim-argument errors.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "builtins/Builtin.h"

namespace mcc::rt {

inline constexpr const char* vecdimText =
    "Dimension argument must be a positive integer scalar, a vector of unique positive integers, or 'all'.";
inline constexpr const char* dimText = "Dimension argument must be a positive integer scalar within indexing range.";

inline std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
// Input k as option text, lower-cased (error unless char).
inline std::string option(const Args& a, uint32_t k) { return lower(a.text(k)); }

// The elements of a real array as doubles (error complexText for a complex
// one).
inline std::vector<double> numbers(const mcc_array* x, const Args& a, const char* complexText) {
  if (x->is_complex) a.error(complexText);
  std::vector<double> scratch;
  const double* p = loadAs<double>(x, scratch);
  return std::vector<double>(p, p + x->numel);
}

// The real parts of a numeric, logical or char array as doubles.
inline std::vector<double> realValues(const mcc_array* a) {
  std::vector<double> v(a->numel);
  visitClass(a->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = dataOf<const T>(a);
    size_t stride = a->is_complex ? 2 : 1;
    for (size_t k = 0; k < a->numel; ++k) v[k] = static_cast<double>(p[k * stride]);
  });
  return v;
}

// The codes of a char array.
using Codes = std::vector<uint16_t>;
inline Codes codesOf(const mcc_array* a) {
  const auto* p = dataOf<const uint16_t>(a);
  return a->numel ? Codes(p, p + a->numel) : Codes();
}

// A row of class cls holding v (converted as MATLAB converts).
inline Ref rowOf(const std::vector<double>& v, uint32_t cls, const mcc_site* site) {
  Ref r = newArray(cls, false, {1, v.size()}, false, site);
  visitClass(cls, [&](auto tag) {
    for (size_t i = 0; i < v.size(); ++i) dataOf<typename decltype(tag)::T>(r.get())[i] = convertValue<tag.id>(v[i]);
  });
  return r;
}

// A double (or single) array of dims from values.
inline Ref floatArray(bool single, const Dims& dims, const std::vector<double>& v, const mcc_site* site) {
  Ref r = newArray(single ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE, false, dims, false, site);
  for (size_t i = 0; i < v.size(); ++i) {
    if (single)
      dataOf<float>(r.get())[i] = static_cast<float>(v[i]);
    else
      dataOf<double>(r.get())[i] = v[i];
  }
  return r;
}

// Rows of text as a char matrix, short rows padded with blanks.
inline Ref charMatrix(const std::vector<std::string>& rows, const mcc_site* site) {
  size_t width = 0;
  for (const std::string& r : rows) width = std::max(width, r.size());
  Ref m = newArray(MCC_CLASS_CHAR, false, {rows.size(), width}, true, site);
  for (size_t i = 0; i < rows.size(); ++i)
    for (size_t j = 0; j < width; ++j)
      dataOf<uint16_t>(m.get())[j * rows.size() + i] = j < rows[i].size() ? static_cast<unsigned char>(rows[i][j]) : ' ';
  return m;
}

// The first dim whose extent is not 1 (counted from 1), MATLAB's default.
inline size_t defaultDim(const mcc_array* x) {
  for (size_t k = 0; k < x->ndims; ++k)
    if (x->dims[k] != 1) return k + 1;
  return 1;
}

// The outputs of a runtime builtin called through its C entry point
// (mcc_bi_NAME) with borrowed inputs: nout new references.
using BuiltinEntry = void (*)(uint32_t, mcc_array**, uint32_t, mcc_array* const*, const mcc_site*);
inline std::vector<Ref> callEntry(BuiltinEntry f, std::vector<const mcc_array*> in, uint32_t nout, const mcc_site* site) {
  std::vector<mcc_array*> out(nout ? nout : 1, nullptr);
  f(nout, out.data(), static_cast<uint32_t>(in.size()), const_cast<mcc_array* const*>(in.data()), site);
  std::vector<Ref> r;
  for (mcc_array* o : out) r.emplace_back(o);
  return r;
}
inline Ref callOne(BuiltinEntry f, std::vector<const mcc_array*> in, const mcc_site* site) {
  return std::move(callEntry(f, std::move(in), 1, site)[0]);
}

}  // namespace mcc::rt

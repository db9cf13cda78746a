// The builtins of MATLAB's string class (stringclass.def): string, strings,
// isstring, isStringScalar, ismissing, compose, join, extractBetween, pad;
// and runAsText (StringArgs.h), through which the builtins written for char
// arrays and cellstr take string arrays too.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "builtins/StringArgs.h"
#include "builtins/Util.h"
#include "format/Format.h"

namespace mcc::rt {

namespace {

// A string array as a cell of char rows of its size (<missing> as '').
Ref stringsAsCell(const mcc_array* s) {
  Ref c = newCell(dimsOf(s));
  for (size_t k = 0; k < s->numel; ++k) {
    const mcc_array* e = stringElement(s, k);
    elementsOf(c.get())[k] = e ? mcc_array_retain(const_cast<mcc_array*>(e)) : mcc_array_from_string("", 0);
  }
  return c;
}

bool isTextCell(const mcc_array* c) {
  if (c->class_id != MCC_CLASS_CELL) return false;
  for (size_t k = 0; k < c->numel; ++k) {
    const mcc_array* e = elementsOf(c)[k];
    if (!e || e->class_id != MCC_CLASS_CHAR) return false;
  }
  return true;
}

}  // namespace

Ref textAsStrings(Ref r, const mcc_site* site) {
  if (!r) return r;
  if (r->class_id == MCC_CLASS_CHAR && (r->numel == 0 || (r->ndims == 2 && r->dims[0] == 1))) return toStrings(r.get(), site);
  if (isTextCell(r.get())) return toStrings(r.get(), site);
  return r;
}

bool runAsText(const Args& a, BuiltinFn builtin, TextOut out, uint32_t cellInputs) {
  bool any = false;
  for (uint32_t k = 0; k < a.nargin; ++k) any = any || isStringArray(a[k]);
  if (!any) return false;
  std::vector<Ref> held;
  std::vector<mcc_array*> in(a.in, a.in + a.nargin);
  for (uint32_t k = 0; k < a.nargin; ++k) {
    if (!isStringArray(a[k])) continue;
    const mcc_array* s = a[k];
    if (s->numel == 1 && !(k < 32 && (cellInputs >> k & 1))) held.push_back(stringElement(s, 0) ? Ref::share(stringElement(s, 0)) : fromText(""));
    else held.push_back(stringsAsCell(s));
    in[k] = held.back().get();
  }
  uint32_t slots = a.outputs();
  std::vector<mcc_array*> results(slots, nullptr);
  builtin(a.nargout, results.data(), a.nargin, in.data(), a.site);
  bool asStrings = out == TextOut::Strings || (out == TextOut::StringsForFirst && isStringArray(a[0]));
  for (uint32_t k = 0; k < slots; ++k) {
    Ref r(results[k]);
    a.set(k, asStrings ? textAsStrings(std::move(r), a.site) : std::move(r));
  }
  return true;
}

}  // namespace mcc::rt

using namespace mcc::rt;

// string(x): x's text as a string array (StringArray.h's conversion).
MCC_DEFINE_BUILTIN(string) {
  a.arity(1, 1, 1);
  a.set(0, toStrings(a[0], a.site));
}

// strings(n), strings(m, n, ...), strings([m n]): "" everywhere.
MCC_DEFINE_BUILTIN(strings) {
  a.arity(0, UINT32_MAX, 1);
  Dims dims{1, 1};
  if (a.nargin == 1 && a[0]->numel != 1) {
    dims.clear();
    for (double v : realValues(a[0])) dims.push_back(v > 0 ? static_cast<size_t>(v) : 0);
  } else if (a.nargin >= 1) {
    dims.clear();
    for (uint32_t k = 0; k < a.nargin; ++k) {
      double v = a.scalar(k);
      if (v != std::floor(v)) a.error("Size inputs must be integers.");
      dims.push_back(v > 0 ? static_cast<size_t>(v) : 0);
    }
    if (dims.size() == 1) dims.push_back(dims[0]);
  }
  Ref s = newStrings(normalizeDims(dims), a.site);
  for (size_t k = 0; k < s->numel; ++k) setStringElement(s.get(), k, fromText(""));
  a.set(0, std::move(s));
}

MCC_DEFINE_BUILTIN(isstring) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(isStringArray(a[0])));
}

MCC_DEFINE_BUILTIN(isStringScalar) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(isStringArray(a[0]) && a[0]->numel == 1));
}

namespace {

// The texts of a missing-value indicator: a char row, a string array or a
// cell of char rows; numbers give none.
std::vector<std::u16string> indicatorTexts(const mcc_array* ind) {
  std::vector<std::u16string> texts;
  auto add = [&](const mcc_array* t) {
    if (t && t->class_id == MCC_CLASS_CHAR) texts.emplace_back(dataOf<const char16_t>(t), dataOf<const char16_t>(t) + t->numel);
  };
  if (ind->class_id == MCC_CLASS_CHAR) add(ind);
  else if (isStringArray(ind))
    for (size_t k = 0; k < ind->numel; ++k) add(stringElement(ind, k));
  else if (ind->class_id == MCC_CLASS_CELL)
    for (size_t k = 0; k < ind->numel; ++k) add(elementsOf(ind)[k]);
  return texts;
}

std::u16string textOf16(const mcc_array* t) {
  return t && t->class_id == MCC_CLASS_CHAR ? std::u16string(dataOf<const char16_t>(t), dataOf<const char16_t>(t) + t->numel)
                                            : std::u16string();
}

}  // namespace

// ismissing(x): <missing> strings, NaN numbers, blank chars ' ', '' in a
// cell of char vectors. ismissing(x, indicator): the elements equal to one
// of the indicator's values instead (numbers for numeric x, NaN matching
// NaN; characters for char x; whole texts for cells and strings).
MCC_DEFINE_BUILTIN(ismissing) {
  a.arity(1, 2, 1);
  const mcc_array* x = a[0];
  Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(x), true, a.site);
  auto* t = dataOf<uint8_t>(r.get());
  bool cellText = x->class_id == MCC_CLASS_CELL;
  for (size_t k = 0; k < x->numel && cellText; ++k) {
    const mcc_array* e = elementsOf(x)[k];
    cellText = e->class_id == MCC_CLASS_CHAR && (e->numel == 0 || (e->ndims == 2 && e->dims[0] == 1));
  }
  if (isPointerClass(x->class_id) && !isStringArray(x) && !cellText)
    a.error("Input must be a table, a timetable, or an array of a type with a standard missing value.");
  if (a.nargin == 2) {
    const mcc_array* ind = a[1];
    bool numeric = isValueClass(ind->class_id) && ind->class_id != MCC_CLASS_CHAR;
    std::vector<double> numbers = numeric ? realValues(ind) : std::vector<double>{};
    std::vector<std::u16string> texts = indicatorTexts(ind);
    if (!numeric && ind->class_id != MCC_CLASS_CHAR && !isStringArray(ind) && ind->class_id != MCC_CLASS_CELL)
      a.error("Indicator must be a numeric, logical, character, string or cell array of character vectors.");
    auto isText = [&](const std::u16string& e) { return std::find(texts.begin(), texts.end(), e) != texts.end(); };
    if (isStringArray(x)) {
      for (size_t k = 0; k < x->numel; ++k) t[k] = stringElement(x, k) && isText(textOf16(stringElement(x, k)));
    } else if (cellText) {
      for (size_t k = 0; k < x->numel; ++k) t[k] = isText(textOf16(elementsOf(x)[k]));
    } else if (x->class_id == MCC_CLASS_CHAR) {
      for (size_t k = 0; k < x->numel; ++k) {
        char16_t c = dataOf<const char16_t>(x)[k];
        for (const auto& text : texts) t[k] = t[k] || text.find(c) != std::u16string::npos;
      }
    } else {
      std::vector<double> v = realValues(x);
      for (size_t k = 0; k < x->numel; ++k)
        for (double m : numbers) t[k] = t[k] || v[k] == m || (v[k] != v[k] && m != m);
    }
    return a.set(0, std::move(r));
  }
  if (isStringArray(x)) {
    for (size_t k = 0; k < x->numel; ++k) t[k] = stringElement(x, k) == nullptr;
  } else if (cellText) {
    for (size_t k = 0; k < x->numel; ++k) t[k] = elementsOf(x)[k]->numel == 0;
  } else if (x->class_id == MCC_CLASS_CHAR) {
    for (size_t k = 0; k < x->numel; ++k) t[k] = dataOf<const uint16_t>(x)[k] == u' ';
  } else if (isFloatClass(x->class_id)) {
    std::vector<double> v = realValues(x);
    for (size_t k = 0; k < x->numel; ++k) t[k] = std::isnan(v[k]);
  }
  a.set(0, std::move(r));
}

namespace {

// The conversions of a format (%% is none): how many values one use takes.
size_t conversions(std::string_view f) {
  size_t n = 0;
  for (size_t k = 0; k < f.size(); ++k) {
    if (f[k] != '%') continue;
    if (k + 1 < f.size() && f[k + 1] == '%') {
      ++k;
      continue;
    }
    ++n;
  }
  return n;
}

// A text argument of the string functions as its char row (error `what`).
Ref textScalar(const Args& a, uint32_t k, const char* what) {
  Ref t = textAsChar(a[k]);
  if (!t) a.error(what);
  return t;
}

// One value compose formats: a number or a text.
struct ComposeValue {
  bool text = false;
  double number = 0;
  std::string chars;
};

}  // namespace

// compose(format, A1, ..., An): one text per row of the data, the columns of
// all inputs taken in order, `format` used once per as many values as it
// has conversions (further columns make further columns of the result). A
// string format gives strings, a char one a cell of char rows.
MCC_DEFINE_BUILTIN(compose) {
  a.arity(1, UINT32_MAX, 1);
  bool asString = isStringArray(a[0]);
  std::string format = toText(textScalar(a, 0, "Format must be a string scalar or character vector.").get());
  size_t rows = 1;
  if (a.nargin > 1) rows = a[1]->class_id == MCC_CLASS_CHAR ? 1 : a[1]->dims[0];
  std::vector<std::vector<ComposeValue>> values(rows);
  for (uint32_t k = 1; k < a.nargin; ++k) {
    const mcc_array* x = a[k];
    if (x->class_id == MCC_CLASS_CHAR) {  // a char row is one text
      for (auto& row : values) row.push_back({true, 0, toText(x)});
      continue;
    }
    if (x->dims[0] != rows || x->ndims > 2) a.error("Input arrays must have the same number of rows.");
    size_t cols = rows ? x->numel / rows : 0;
    std::vector<double> numbers;
    if (!isPointerClass(x->class_id)) numbers = realValues(x);
    else if (!isStringArray(x)) a.error("Data inputs must be numeric, logical, or text.");
    for (size_t r = 0; r < rows; ++r)
      for (size_t c = 0; c < cols; ++c) {
        size_t at = c * rows + r;
        if (isStringArray(x)) values[r].push_back({true, 0, stringText(x, at).value_or("<missing>")});
        else values[r].push_back({false, numbers[at], {}});
      }
  }
  size_t per = conversions(format);
  size_t count = values.empty() ? 0 : values[0].size();
  size_t cols = count == 0 || per == 0 ? 1 : (count + per - 1) / per;
  Ref out = asString ? newStrings({rows, cols}, a.site) : newCell({rows, cols}, a.site);
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) {
      size_t from = per ? c * per : 0, to = per ? std::min(count, from + per) : count;
      std::vector<FormatArg> args;
      for (size_t v = from; v < to; ++v) {
        const ComposeValue& cv = values[r][v];
        args.push_back(cv.text ? FormatArg::chars(cv.chars) : FormatArg::numeric({&cv.number, 1}));
      }
      Ref text = fromText(mcc::rt::sprintf(format, args));
      if (asString) setStringElement(out.get(), c * rows + r, std::move(text));
      else elementsOf(out.get())[c * rows + r] = text.release();
    }
  a.set(0, std::move(out));
}

// join(str), join(str, delimiter): the texts joined along the last dim
// that is not 1 (a space between them by default).
MCC_DEFINE_BUILTIN(join) {
  a.arity(1, 2, 1);
  bool asCell = a[0]->class_id == MCC_CLASS_CELL;
  if (!asCell && !isStringArray(a[0])) a.error("First argument must be a string array or cell array of character vectors.");
  Ref s = toStrings(a[0], a.site);
  std::string delimiter = a.nargin == 2 ? toText(textScalar(a, 1, "Delimiter must be a string scalar or character vector.").get()) : " ";
  size_t dim = s->ndims;
  while (dim > 1 && s->dims[dim - 1] == 1) --dim;
  // The elements along `dim` for each position of the other dims.
  Dims outDims = dimsOf(s.get());
  size_t n = outDims[dim - 1], inner = 1;
  for (size_t d = 0; d + 1 < dim; ++d) inner *= outDims[d];
  outDims[dim - 1] = n ? 1 : 0;
  Ref r = newStrings(normalizeDims(outDims), a.site);
  size_t outer = inner && n ? s->numel / (inner * n) : 0;
  for (size_t o = 0; o < outer; ++o)
    for (size_t i = 0; i < inner; ++i) {
      std::string text;
      bool missing = false;
      for (size_t k = 0; k < n; ++k) {
        std::optional<std::string> t = stringText(s.get(), (o * n + k) * inner + i);
        missing = missing || !t;
        text += (k ? delimiter : "") + t.value_or("");
      }
      setStringElement(r.get(), o * inner + i, missing ? Ref() : fromText(text));
    }
  if (!asCell) return a.set(0, std::move(r));
  Ref c = newCell(dimsOf(r.get()), a.site);
  for (size_t k = 0; k < r->numel; ++k) {
    const mcc_array* e = stringElement(r.get(), k);
    elementsOf(c.get())[k] = e ? mcc_array_retain(const_cast<mcc_array*>(e)) : mcc_array_from_string("", 0);
  }
  a.set(0, std::move(c));
}

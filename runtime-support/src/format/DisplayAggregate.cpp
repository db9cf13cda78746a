// MATLAB's display of cell, struct and string arrays (`c = {1, 'abc'}`,
// `s.a = 1`, `s = ["a" "b"]` without a semicolon, and disp of them), in the
// layout of MATLAB R2019b and later (see DISPLAY.md, "Cells and structs"):
//
//   c =                          s =
//                                         (a blank line in format loose)
//     1×2 cell array               struct with fields:
//
//       {[1]}    {'abc'}               a: 1
//                                   name: 'abc'
//
// Each element of a cell is summarised on one line: numbers in brackets,
// text in quotes, anything larger as its size and class; the elements of a
// column are padded to one width inside their braces (numbers to the right).
#include <string>
#include <vector>

#include "array/Aggregate.h"
#include "array/StringArray.h"
#include "format/Display.h"

namespace mcc::rt {
namespace {

std::string sizeName(const mcc_array* a) {
  std::string s;
  for (uint32_t k = 0; k < a->ndims; ++k) s += (k ? "\xC3\x97" : "") + std::to_string(a->dims[k]);
  return s;
}

// Display width: "×" is one column.
size_t width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \n"), e = s.find_last_not_of(" \n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::string charRow(const mcc_array* a) {
  std::string s;
  const auto* p = static_cast<const uint16_t*>(a->data);
  for (size_t k = 0; k < a->numel; ++k) s += static_cast<char>(p[k] < 128 ? p[k] : '?');
  return s;
}

// The numbers of a real or complex row as disp shows them, on one line
// with single spaces between values.
std::string numberRow(const mcc_array* a) {
  DisplayOptions options = programDisplayOptions();
  options.spacing = DisplayOptions::Compact;
  options.width = 100000;
  std::string text;
  if (a->is_complex) {
    std::vector<std::complex<double>> z(a->numel);
    visitClass(a->class_id, [&](auto tag) {
      using T = typename decltype(tag)::T;
      const T* p = static_cast<const T*>(a->data);
      for (size_t k = 0; k < a->numel; ++k) z[k] = {static_cast<double>(p[2 * k]), static_cast<double>(p[2 * k + 1])};
    });
    text = disp(ComplexMatrix{z.data(), 1, a->numel}, options);
  } else {
    std::vector<double> v(a->numel);
    visitClass(a->class_id, [&](auto tag) {
      using T = typename decltype(tag)::T;
      const T* p = static_cast<const T*>(a->data);
      for (size_t k = 0; k < a->numel; ++k) v[k] = static_cast<double>(p[k]);
    });
    text = disp(RealMatrix{v.data(), 1, a->numel, a->class_id == MCC_CLASS_LOGICAL}, options);
  }
  // One line, runs of blanks folded (but not inside "a + bi").
  std::string out, t = trim(text);
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k] == ' ' && !out.empty() && out.back() == ' ') {
      bool complexSign = k + 1 < t.size() && (t[k + 1] == '+' || t[k + 1] == '-') && k + 2 < t.size() && t[k + 2] == ' ';
      if (!complexSign) continue;
    }
    out += t[k];
  }
  return out;
}

bool inlineNumbers(const mcc_array* e) {
  return isValueClass(e->class_id) && e->class_id != MCC_CLASS_CHAR && e->ndims == 2 && e->dims[0] == 1 &&
         e->numel >= 1 && e->numel <= 10;
}

struct Summary {
  std::string text;
  bool number = false;  // "[...]": padded inside the brackets, on the left
};

// One element of a cell as MATLAB summarises it: {[1 2 3]}, {'abc'}, {2×2 double}.
Summary cellSummary(const mcc_array* e) {
  if (!e) return {"0\xC3\x97" "0 double", false};
  if (e->class_id == MCC_CLASS_CHAR && e->ndims == 2 && e->dims[0] == 1) return {"'" + charRow(e) + "'", false};
  if (inlineNumbers(e)) return {numberRow(e), true};
  return {sizeName(e) + " " + classText(e), false};
}

// A field value in a struct's display: 1, [1 2 3], 'abc', [2×2 double], {1×2 cell}.
std::string fieldSummary(const mcc_array* v) {
  if (!v || (v->class_id == MCC_CLASS_DOUBLE && v->ndims == 2 && v->dims[0] == 0 && v->dims[1] == 0)) return "[]";
  if (v->class_id == MCC_CLASS_CHAR && v->ndims == 2 && v->dims[0] == 1) return "'" + charRow(v) + "'";
  if (v->class_id == MCC_CLASS_CHAR && v->numel == 0) return "''";
  if (v->class_id == MCC_CLASS_CELL) return v->numel == 0 && v->ndims == 2 && v->dims[0] == 0 && v->dims[1] == 0 ? "{}" : "{" + sizeName(v) + " cell}";
  if (inlineNumbers(v)) return v->numel == 1 ? numberRow(v) : "[" + numberRow(v) + "]";
  // A member of an enumeration shows as its name (its hidden EnumName_,
  // compiler/ir/Enumerations.h), as MATLAB shows one.
  if (long f = v->numel == 1 && !objectClass(v).empty() ? fieldsOf(v)->find("EnumName_") : -1; f >= 0) {
    const mcc_array* record = elementsOf(v)[0];
    const mcc_array* name = record ? elementsOf(record)[f] : nullptr;
    if (name && name->class_id == MCC_CLASS_CHAR && name->numel > 0) return charRow(name);
  }
  return "[" + sizeName(v) + " " + classText(v) + "]";
}

// The lines of a 2-D cell's elements (4 blanks of indent, 4 between columns).
std::string cellRows(const mcc_array* c) {
  size_t rows = c->dims[0], cols = c->numel / (rows ? rows : 1);
  std::vector<Summary> s(c->numel);
  for (size_t k = 0; k < c->numel; ++k) s[k] = cellSummary(elementsOf(c)[k]);
  std::vector<size_t> colWidth(cols, 0);
  for (size_t j = 0; j < cols; ++j)
    for (size_t i = 0; i < rows; ++i) {
      const Summary& e = s[j * rows + i];
      colWidth[j] = std::max(colWidth[j], width(e.text) + (e.number ? 2 : 0));
    }
  std::string out;
  for (size_t i = 0; i < rows; ++i) {
    std::string line = "   ";
    for (size_t j = 0; j < cols; ++j) {
      const Summary& e = s[j * rows + i];
      size_t pad = colWidth[j] - width(e.text) - (e.number ? 2 : 0);
      line += j ? "    {" : " {";
      line += e.number ? "[" + std::string(pad, ' ') + e.text + "]" : e.text + std::string(pad, ' ');
      line += "}";
    }
    out += line + "\n";
  }
  return out;
}

// (an object's: its shown properties only, shownProperty)
std::string structFields(const mcc_array* s) {
  const std::vector<std::string>& names = fieldsOf(s) ? fieldsOf(s)->names : std::vector<std::string>{};
  size_t w = 0;
  for (const std::string& n : names)
    if (shownProperty(s, n)) w = std::max(w, n.size());
  std::string out;
  for (size_t f = 0; f < names.size(); ++f) {
    if (!shownProperty(s, names[f])) continue;
    const mcc_array* rec = elementsOf(s)[0];
    const mcc_array* v = rec ? elementsOf(rec)[f] : nullptr;
    out += std::string(4 + w - names[f].size(), ' ') + names[f] + ": " + fieldSummary(v) + "\n";
  }
  return out;
}

std::string fieldList(const mcc_array* s) {
  std::string out;
  if (fieldsOf(s))
    for (const std::string& n : fieldsOf(s)->names)
      if (shownProperty(s, n)) out += "    " + n + "\n";
  return out;
}

// An element as MATLAB shows it in an array: "text" or <missing>.
std::string quoted(const mcc_array* s, size_t k) {
  std::optional<std::string> t = stringText(s, k);
  return t ? "\"" + *t + "\"" : "<missing>";
}

// The rows of a 2-D string array: 4 blanks of indent and between columns,
// each column padded to its widest element.
std::string stringRows(const mcc_array* s) {
  size_t rows = s->dims[0], cols = s->numel / (rows ? rows : 1);
  std::vector<std::string> text(s->numel);
  for (size_t k = 0; k < s->numel; ++k) text[k] = quoted(s, k);
  std::vector<size_t> colWidth(cols, 0);
  for (size_t j = 0; j < cols; ++j)
    for (size_t i = 0; i < rows; ++i) colWidth[j] = std::max(colWidth[j], width(text[j * rows + i]));
  std::string out;
  for (size_t i = 0; i < rows; ++i) {
    std::string line;
    for (size_t j = 0; j < cols; ++j) {
      const std::string& t = text[j * rows + i];
      line += "    " + t + std::string(colWidth[j] - width(t), ' ');
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::string displayAggregate(std::string_view name, const mcc_array* a) {
  bool loose = programDisplayOptions().spacing == DisplayOptions::Loose;
  std::string blank = loose ? "\n" : "";
  bool isStruct = a->class_id == MCC_CLASS_STRUCT;
  bool scalarStruct = isStruct && a->numel == 1;
  bool plain = a->ndims == 2 && a->numel > 0;
  std::string header, body, object = objectClass(a);
  if (!object.empty()) {
    // An object of a class without a disp method: MATLAB's default display,
    // a header naming the class and the properties as a struct's fields.
    // An array of them: its size and the property names, as a struct array's.
    std::string what = a->numel == 1 ? object : sizeName(a) + (a->numel == 0 ? " empty " : " ") + object + " array";
    if (isHandleObject(a) && fieldsOf(a)->deleted) header = "  handle to deleted " + object + "\n";
    else if (shownCount(a) == 0) header = "  " + what + " with no properties.\n";
    else header = "  " + what + " with properties:\n", body = a->numel == 1 ? structFields(a) : fieldList(a);
    std::string shown = header + (body.empty() ? "" : blank + body) + blank;
    return name.empty() ? shown : blank + std::string(name) + " = \n" + blank + shown;
  }
  if (!isStruct) {
    header = a->numel == 0 ? "  " + sizeName(a) + " empty cell array\n" : "  " + sizeName(a) + " cell array\n";
    if (plain) body = cellRows(a);
  } else if (scalarStruct) {
    bool none = fieldCount(a) == 0;
    header = none ? "  struct with no fields.\n" : "  struct with fields:\n";
    body = structFields(a);
  } else {
    bool none = fieldCount(a) == 0;
    header = "  " + sizeName(a) + (a->numel == 0 ? " empty" : "") + " struct array " +
             (none ? "with no fields.\n" : "with fields:\n");
    body = fieldList(a);
  }
  if (name.empty()) {  // disp
    if (isStruct && !scalarStruct) return header + (body.empty() ? "" : blank + body);
    if (!isStruct && !plain) return header;
    return body;
  }
  std::string out = blank + std::string(name) + (isStruct ? " = \n" : " =\n") + blank + header;
  if (!body.empty()) out += blank + body;
  return out + blank;
}

std::string displayStrings(std::string_view name, const mcc_array* s) {
  bool loose = programDisplayOptions().spacing == DisplayOptions::Loose;
  std::string blank = loose ? "\n" : "";
  bool scalar = s->numel == 1;
  if (name.empty()) {  // disp: a scalar's text as it is, an array's rows
    if (scalar) {
      std::optional<std::string> t = stringText(s, 0);
      return (t ? *t : "<missing>") + "\n";
    }
    if (s->numel == 0) return "  " + sizeName(s) + " empty string array\n";
    if (s->ndims > 2) return "  " + sizeName(s) + " string array\n";
    return stringRows(s);
  }
  std::string out = blank + std::string(name) + " = \n" + blank;
  if (scalar) return out + "    " + quoted(s, 0) + "\n" + blank;
  if (s->numel == 0) return out + "  " + sizeName(s) + " empty string array\n" + blank;
  out += "  " + sizeName(s) + " string array\n" + blank;
  if (s->ndims > 2) return out;
  return out + stringRows(s) + blank;
}

}  // namespace mcc::rt

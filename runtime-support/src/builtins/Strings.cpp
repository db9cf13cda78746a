// Builtins of strings.def: number bases (dec2bin, dec2hex, dec2base,
// bin2dec, hex2dec, base2dec), char-array text functions (strtok, strcat,
// strvcat, isletter, isstrprop) and regular expressions on char text
// (regexprep, regexp/regexpi with every output).
//
// Regular expressions run on std::regex (ECMAScript), which shares
// MATLAB's syntax for classes, groups, alternation, lazy and possessive-free
// quantifiers and lookahead; MATLAB's $0 in a replacement is the whole
// match; named groups (?<name>...) give the 'names' structure.
// Tests: tests/conformance/programs/text_bases_strings.m, text_regexprep.m.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <regex>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Cells.h"
#include "builtins/Layout.h"
#include "builtins/StringArgs.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// A char matrix from rows, right-aligned (padded on the left with `pad`)
// or left-aligned (padded on the right).
Ref charRows(const std::vector<std::string>& rows, bool rightAlign, char pad, const mcc_site* site) {
  size_t width = 0;
  for (const std::string& r : rows) width = std::max(width, r.size());
  Ref out = newArray(MCC_CLASS_CHAR, false, {rows.size(), width}, false, site);
  uint16_t* p = dataOf<uint16_t>(out.get());
  for (size_t i = 0; i < rows.size(); ++i) {
    size_t fill = width - rows[i].size();
    for (size_t j = 0; j < width; ++j) {
      char c;
      if (rightAlign) c = j < fill ? pad : rows[i][j - fill];
      else c = j < rows[i].size() ? rows[i][j] : pad;
      p[j * rows.size() + i] = static_cast<unsigned char>(c);
    }
  }
  return out;
}

// The rows of a char matrix as text.
std::vector<std::string> rowsOf(const mcc_array* x) {
  size_t rows = x->dims[0], cols = rows ? x->numel / rows : 0;
  std::vector<std::string> r(rows);
  const uint16_t* p = dataOf<const uint16_t>(x);
  for (size_t i = 0; i < rows; ++i)
    for (size_t j = 0; j < cols; ++j) r[i] += static_cast<char>(p[j * rows + i] < 128 ? p[j * rows + i] : '?');
  return r;
}

// --- Number bases ------------------------------------------------------------------------

const char* kDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

// dec2base(d, base, n) with digits from `symbols` (base = its length).
void toBase(const Args& a, const std::string& symbols, uint32_t nAt, const char* name) {
  const mcc_array* d = checked(a[0]);
  if (d->is_complex || !isValueClass(d->class_id)) a.error(std::string("Input to ") + name + " must be real.");
  std::vector<long double> v = wideValues(d);
  size_t minWidth = 0;
  if (nAt < a.nargin) {
    double n = a.scalar(nAt);
    if (n < 0 || n != std::floor(n)) a.error("N must be a nonnegative integer.");
    minWidth = static_cast<size_t>(n);
  }
  unsigned base = static_cast<unsigned>(symbols.size());
  std::vector<std::string> rows;
  for (long double x : v) {
    if (x < 0 || x != std::floor(x) || !std::isfinite(x))
      a.error("D must be a nonnegative integer.");
    if (x >= 18446744073709551616.0L) a.error("D must be smaller than 2^64.");
    uint64_t u = static_cast<uint64_t>(x);
    std::string s;
    do {
      s.insert(s.begin(), symbols[u % base]);
      u /= base;
    } while (u);
    rows.push_back(s);
  }
  size_t width = minWidth;
  for (const std::string& r : rows) width = std::max(width, r.size());
  for (std::string& r : rows) r.insert(r.begin(), width - r.size(), symbols[0]);
  if (rows.empty()) {
    a.set(0, newArray(MCC_CLASS_CHAR, false, {0, 0}, true, a.site));
    return;
  }
  a.set(0, charRows(rows, true, symbols[0], a.site));
}

void dec2baseBuiltin(const Args& a) {
  a.arity(2, 3, 1);
  std::string symbols;
  if (a[1]->class_id == MCC_CLASS_CHAR) {
    symbols = a.text(1);
    if (symbols.size() < 2) a.error("Symbols must contain at least two characters.");
  } else {
    double b = a.scalar(1);
    if (b < 2 || b > 36 || b != std::floor(b)) a.error("Base must be an integer between 2 and 36.");
    symbols = std::string(kDigits, static_cast<size_t>(b));
  }
  toBase(a, symbols, 2, "dec2base");
}

// bin2dec/hex2dec/base2dec: each row of a char matrix (spaces skipped) as a
// number in the base; a column of doubles.
void fromBase(const Args& a, unsigned base, const std::string& symbols, const char* bad) {
  std::vector<std::string> rows;
  if (a[0]->class_id == MCC_CLASS_CELL) {
    // a cell array of character vectors: one number per cell, in a column
    for (size_t k = 0; k < a[0]->numel; ++k) {
      Ref e = cellElement(a[0], k);
      if (e->class_id != MCC_CLASS_CHAR || rowsOf(e.get()).size() > 1)
        a.error("Input must be a character vector or string.");
      rows.push_back(e->numel ? rowsOf(e.get())[0] : std::string());
    }
  } else {
    const mcc_array* s = checked(a[0]);
    if (s->class_id != MCC_CLASS_CHAR) a.error("Input must be a character vector or string.");
    rows = rowsOf(s);
  }
  std::vector<long double> out;
  for (const std::string& r : rows) {
    long double v = 0;
    for (char c : r) {
      if (c == ' ') continue;
      size_t k = symbols.empty() ? std::string(kDigits, base).find(static_cast<char>(std::toupper(static_cast<unsigned char>(c))))
                                 : symbols.find(c);
      if (k == std::string::npos) a.error(bad);
      v = v * base + k;
    }
    out.push_back(v);
  }
  a.set(0, fromWide(MCC_CLASS_DOUBLE, {out.size(), 1}, out, a.site));
}

// --- strtok, strcat, strvcat ----------------------------------------------------------

bool isWhitespace(uint16_t c) { return c == ' ' || (c >= 9 && c <= 13) || c == 0; }

void strtokBuiltin(const Args& a) {
  a.arity(1, 2, 2);
  const mcc_array* s = checked(a[0]);
  if (s->class_id != MCC_CLASS_CHAR) a.error("First argument must be a character vector or string.");
  Codes text = codesOf(s), delims;
  if (a.nargin == 2) delims = codesOf(a[1]);
  auto isDelim = [&](uint16_t c) {
    return a.nargin == 2 ? std::find(delims.begin(), delims.end(), c) != delims.end() : isWhitespace(c);
  };
  size_t i = 0;
  while (i < text.size() && isDelim(text[i])) ++i;
  size_t j = i;
  while (j < text.size() && !isDelim(text[j])) ++j;
  auto piece = [&](size_t from, size_t to) {
    Ref r = newArray(MCC_CLASS_CHAR, false, {to > from ? 1u : (s->numel ? 1u : 0u), to - from}, false, a.site);
    std::copy(text.begin() + static_cast<long>(from), text.begin() + static_cast<long>(to), dataOf<uint16_t>(r.get()));
    return r;
  };
  a.set(0, piece(i, j));
  if (a.nargout > 1) a.set(1, piece(j, text.size()));
}

// strcat of char arrays: trailing whitespace of each argument removed, rows
// joined side by side (a one-row argument repeats for every row).
// strcat with a cell array among its inputs: a cell of the cells' size
// (they agree, or are 1x1), each element the texts joined, blanks kept.
void strcatCells(const Args& a) {
  const mcc_array* shape = nullptr;
  for (uint32_t k = 0; k < a.nargin; ++k)
    if (a[k]->class_id == MCC_CLASS_CELL && (!shape || shape->numel == 1)) shape = a[k];
  for (uint32_t k = 0; k < a.nargin; ++k)
    if (a[k]->class_id == MCC_CLASS_CELL && a[k]->numel != 1 && dimsOf(a[k]) != dimsOf(shape))
      a.error("All the inputs must be the same size or scalars.");
  Ref out = newCell(dimsOf(shape), a.site);
  for (size_t e = 0; e < shape->numel; ++e) {
    std::string text;
    for (uint32_t k = 0; k < a.nargin; ++k) {
      Ref x = a[k]->class_id == MCC_CLASS_CELL ? cellElement(a[k], a[k]->numel == 1 ? 0 : e) : Ref::share(a[k]);
      if (x->class_id != MCC_CLASS_CHAR && x->numel) a.error("Inputs must be character vectors, cell arrays of character vectors, or string arrays.");
      for (const std::string& r : rowsOf(x.get())) text += r;
    }
    setCellElement(out.get(), e, fromText(text).get());
  }
  a.set(0, std::move(out));
}

void strcatBuiltin(const Args& a) {
  for (uint32_t k = 0; k < a.nargin; ++k)
    if (a[k]->class_id == MCC_CLASS_CELL) return strcatCells(a);
  std::vector<std::vector<std::string>> parts;
  size_t rows = 1;
  for (uint32_t k = 0; k < a.nargin; ++k) {
    const mcc_array* x = checked(a[k]);
    if (x->class_id != MCC_CLASS_CHAR && x->numel) notImplemented("strcat of numeric arguments", a.site);
    std::vector<std::string> r = rowsOf(x);
    for (std::string& s : r) {
      size_t end = s.size();
      while (end && isWhitespace(static_cast<unsigned char>(s[end - 1]))) --end;
      s.resize(end);
    }
    if (x->numel == 0) continue;
    if (r.size() != 1) {
      if (rows != 1 && rows != r.size()) a.error("All the character arrays must have the same number of rows.");
      rows = r.size();
    }
    parts.push_back(r);
  }
  std::vector<std::string> out(parts.empty() ? 0 : rows);
  for (const auto& p : parts)
    for (size_t i = 0; i < out.size(); ++i) out[i] += p.size() == 1 ? p[0] : p[i];
  if (out.empty() || (out.size() == 1 && out[0].empty())) {
    a.set(0, newArray(MCC_CLASS_CHAR, false, {out.empty() ? 0u : 1u, 0}, true, a.site));
    return;
  }
  a.set(0, charRows(out, false, ' ', a.site));
}

void strvcatBuiltin(const Args& a) {
  std::vector<std::string> rows;
  for (uint32_t k = 0; k < a.nargin; ++k) {
    const mcc_array* x = checked(a[k]);
    if (x->numel == 0) continue;
    if (x->class_id == MCC_CLASS_CHAR) {
      for (const std::string& r : rowsOf(x)) rows.push_back(r);
    } else if (isNumericClass(x->class_id) || x->class_id == MCC_CLASS_LOGICAL) {
      std::string r;
      for (double v : realValues(x)) r += static_cast<char>(static_cast<int>(v));
      rows.push_back(r);
    } else {
      notImplemented("strvcat of this class", a.site);
    }
  }
  if (rows.empty()) {
    a.set(0, newArray(MCC_CLASS_CHAR, false, {0, 0}, true, a.site));
    return;
  }
  a.set(0, charRows(rows, false, ' ', a.site));
}

// --- isletter, isstrprop -----------------------------------------------------------------

Ref charTest(const mcc_array* x, bool (*test)(uint16_t), const mcc_site* site) {
  Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(x), false, site);
  if (x->class_id == MCC_CLASS_CHAR) {
    const uint16_t* p = dataOf<const uint16_t>(x);
    for (size_t i = 0; i < x->numel; ++i) dataOf<uint8_t>(r.get())[i] = test(p[i]);
  } else {
    std::memset(r->data, 0, x->numel);
  }
  return r;
}

bool isAsciiLetter(uint16_t c) { return c < 128 && std::isalpha(c); }
struct Property {
  const char* name;
  bool (*test)(uint16_t);
};
const Property kProperties[] = {
    {"alpha", [](uint16_t c) { return isAsciiLetter(c) || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c <= 0xFF); }},
    {"digit", [](uint16_t c) { return c >= '0' && c <= '9'; }},
    {"alphanum", [](uint16_t c) { return (c >= '0' && c <= '9') || isAsciiLetter(c) || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c <= 0xFF); }},
    {"lower", [](uint16_t c) { return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7); }},
    {"upper", [](uint16_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }},
    {"wspace", [](uint16_t c) { return c == ' ' || (c >= 9 && c <= 13) || c == 0x85 || c == 0xA0; }},
    {"punct", [](uint16_t c) { return c < 128 && std::ispunct(c); }},
    {"cntrl", [](uint16_t c) { return c < 32 || c == 127; }},
    {"graphic", [](uint16_t c) { return c > 32 && c != 127 && c < 0xFFFF; }},
    {"graph", [](uint16_t c) { return c > 32 && c != 127 && c < 0xFFFF; }},
    {"print", [](uint16_t c) { return c >= 32 && c != 127 && c < 0xFFFF; }},
    {"xdigit", [](uint16_t c) { return c < 128 && std::isxdigit(c); }},
    {"ascii", [](uint16_t c) { return c < 128; }},
};

// isstrprop of one char or numeric array.
Ref propertyTest(const Args& a, const mcc_array* x, const Property& p) {
  x = checked(x);
  if (x->class_id == MCC_CLASS_CHAR) return charTest(x, p.test, a.site);
  if (x->class_id == MCC_CLASS_CELL) a.error("Input must be a character vector, cell array of character vectors, or string array.");
  // Numbers are tested as the characters of their codes.
  Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(x), false, a.site);
  std::vector<double> v = realValues(x);
  for (size_t i = 0; i < v.size(); ++i)
    dataOf<uint8_t>(r.get())[i] = v[i] >= 0 && v[i] < 65536 && v[i] == std::floor(v[i]) && p.test(static_cast<uint16_t>(v[i]));
  return r;
}

// A cell array (and so a string array that is not a scalar: runAsText)
// gives a cell array of results, one per element (MATLAB's isstrprop).
void isstrpropBuiltin(const Args& a) {
  a.arity(2, 4, 1);
  std::string type = option(a, 1);
  for (const Property& p : kProperties) {
    if (type != p.name) continue;
    const mcc_array* x = a[0];
    if (x->class_id != MCC_CLASS_CELL) return a.set(0, propertyTest(a, x, p));
    Ref r = newCell(dimsOf(x), a.site);
    for (size_t k = 0; k < x->numel; ++k) {
      Ref t = propertyTest(a, elementsOf(x)[k], p);
      setCellElement(r.get(), k, t.get());
    }
    a.set(0, std::move(r));
    return;
  }
  a.error("Invalid category '" + a.text(1) + "'.");
}

// --- Regular expressions --------------------------------------------------------------------

// MATLAB's expression in ECMAScript terms: (?<name>...) groups lose their
// names (ECMAScript numbers them the same way); `names` receives the name
// of each capturing group in order ('' for unnamed ones).
// The options that change how an expression compiles: MATLAB's '.'
// matches any character ('dotall', the default) or any but a newline
// ('dotexceptnewline'); ^ and $ anchor at the text's ends
// ('stringanchors', the default) or at each line's ('lineanchors').
struct Matching {
  bool ignoreCase = false;
  bool dotAll = true;
  bool lineAnchors = false;
  // Takes option o when it is one of these; false otherwise.
  bool take(const std::string& o) {
    if (o == "ignorecase") ignoreCase = true;
    else if (o == "matchcase") ignoreCase = false;
    else if (o == "dotall") dotAll = true;
    else if (o == "dotexceptnewline") dotAll = false;
    else if (o == "lineanchors") lineAnchors = true;
    else if (o == "stringanchors") lineAnchors = false;
    else return false;
    return true;
  }
};

std::regex compileExpression(const Args& a, const std::string& expr, const Matching& how,
                             std::vector<std::string>* names = nullptr) {
  std::string e;
  bool inClass = false;
  for (size_t i = 0; i < expr.size(); ++i) {
    char c = expr[i];
    if (c == '\\' && i + 1 < expr.size()) {
      e += c;
      e += expr[++i];
      continue;
    }
    if (inClass) {
      if (c == ']') inClass = false;
      e += c;
      continue;
    }
    if (c == '[') inClass = true;
    if (c == '(' && expr.compare(i, 3, "(?<") == 0 && i + 3 < expr.size() && expr[i + 3] != '=' && expr[i + 3] != '!') {
      size_t close = expr.find('>', i);
      if (close != std::string::npos) {
        if (names) names->push_back(expr.substr(i + 3, close - i - 3));
        e += '(';
        i = close;
        continue;
      }
    }
    if (c == '(' && (i + 1 >= expr.size() || expr[i + 1] != '?') && names) names->push_back("");
    if (c == '.') {
      e += how.dotAll ? "[\\s\\S]" : "[^\\n]";
      continue;
    }
    e += c;
  }
  try {
    auto flags = std::regex::ECMAScript;
    if (how.ignoreCase) flags |= std::regex::icase;
    if (how.lineAnchors) flags |= std::regex::multiline;
    return std::regex(e, flags);
  } catch (const std::regex_error&) {
    a.error("Invalid regular expression: " + expr);
  }
}

// MATLAB's replacement text in ECMAScript terms: $0 is $&, a $ not before a
// digit is itself ('$$1' is a dollar and token 1), and the escapes
// \n \t \\ \$ become their characters.
std::string replacementText(const std::string& rep) {
  std::string r;
  for (size_t i = 0; i < rep.size(); ++i) {
    char c = rep[i];
    if (c == '$' && i + 1 < rep.size() && rep[i + 1] == '0') {
      r += "$&";
      ++i;
    } else if (c == '$' && (i + 1 == rep.size() || !std::isdigit(static_cast<unsigned char>(rep[i + 1])))) {
      r += "$$";
    } else if (c == '\\' && i + 1 < rep.size()) {
      char n = rep[++i];
      if (n == 'n') r += '\n';
      else if (n == 't') r += '\t';
      else if (n == '$') r += "$$";
      else r += n;
    } else {
      r += c;
    }
  }
  return r;
}

void regexprepBuiltin(const Args& a) {
  a.arity(3, 8, 1);
  for (uint32_t k = 0; k < 3; ++k)
    if (a[k]->class_id != MCC_CLASS_CHAR) {
      a.error("All inputs must be character vectors or strings.");
    }
  bool once = false;
  Matching how;
  for (uint32_t k = 3; k < a.nargin; ++k) {
    std::string o = option(a, k);
    if (o == "once") once = true;
    else if (how.take(o) || o == "noemptymatch") continue;
    else if (o == "emptymatch" || o == "warnings" || o == "preservecase")
      notImplemented("regexprep option '" + o + "'", a.site);
    else if (std::all_of(o.begin(), o.end(), ::isdigit)) notImplemented("regexprep with a match number", a.site);
    else a.error("Invalid option '" + a.text(k) + "'.");
  }
  std::string text = a.text(0), rep = replacementText(a.text(2)), out;
  std::regex re = compileExpression(a, a.text(1), how);
  // Zero-length matches are skipped, as MATLAB's default 'noemptymatch'.
  size_t done = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
    if (it->length() == 0) continue;
    out += text.substr(done, static_cast<size_t>(it->position()) - done);
    out += it->format(rep);
    done = static_cast<size_t>(it->position() + it->length());
    if (once) break;
  }
  out += text.substr(done);
  a.set(0, fromText(out));
}

// regexp/regexpi(str, expr, selectors..., 'once'): outputs in the order of
// the selectors, then the others in MATLAB's default order (start, end,
// tokenExtents, match, tokens, names, split).
void regexpBuiltin(const Args& a, bool ignoreCase) {
  a.arity(2, 10, 7);
  if (a[0]->class_id == MCC_CLASS_CELL || a[1]->class_id == MCC_CLASS_CELL) {
    // A cell of texts (or of expressions): each output a cell of its size
    // holding each element's result.
    bool textCell = a[0]->class_id == MCC_CLASS_CELL, exprCell = a[1]->class_id == MCC_CLASS_CELL;
    const mcc_array* shape = textCell && (!exprCell || a[0]->numel != 1) ? a[0] : a[1];
    if (textCell && exprCell && a[0]->numel != 1 && a[1]->numel != 1 && dimsOf(a[0]) != dimsOf(a[1]))
      a.error("The cell arrays of texts and of expressions must have the same size, or one must hold one element.");
    uint32_t n = a.outputs();
    std::vector<Ref> cells;
    for (uint32_t k = 0; k < n; ++k) cells.push_back(newCell(dimsOf(shape), a.site));
    std::vector<mcc_array*> in(a.in, a.in + a.nargin);
    for (size_t e = 0; e < shape->numel; ++e) {
      Ref text = textCell ? cellElement(a[0], a[0]->numel == 1 ? 0 : e) : Ref::share(a[0]);
      Ref expr = exprCell ? cellElement(a[1], a[1]->numel == 1 ? 0 : e) : Ref::share(a[1]);
      if (text->class_id == MCC_CLASS_CELL || expr->class_id == MCC_CLASS_CELL)
        a.error("All inputs must be character vectors or strings.");
      in[0] = text.get();
      in[1] = expr.get();
      std::vector<mcc_array*> out(n, nullptr);
      regexpBuiltin(Args{a.nargout, out.data(), a.nargin, in.data(), a.site}, ignoreCase);
      for (uint32_t k = 0; k < n; ++k) elementsOf(cells[k].get())[e] = out[k];
    }
    for (uint32_t k = 0; k < n; ++k) a.set(k, std::move(cells[k]));
    return;
  }
  if (a[0]->class_id != MCC_CLASS_CHAR || a[1]->class_id != MCC_CLASS_CHAR)
    a.error("All inputs must be character vectors or strings.");
  bool once = false;
  Matching how;
  how.ignoreCase = ignoreCase;
  std::vector<std::string> order;
  for (uint32_t k = 2; k < a.nargin; ++k) {
    std::string o = option(a, k);
    if (o == "once") once = true;
    else if (how.take(o)) continue;
    else if (o == "start" || o == "end" || o == "match" || o == "tokens" || o == "names" || o == "split" ||
             o == "tokenextents")
      order.push_back(o);
    else if (o == "noemptymatch") continue;
    else notImplemented("regexp option '" + o + "'", a.site);
  }
  for (const char* d : {"start", "end", "tokenextents", "match", "tokens", "names", "split"})
    if (std::find(order.begin(), order.end(), d) == order.end()) order.push_back(d);
  std::string text = a.text(0);
  std::vector<std::string> names;
  std::regex re = compileExpression(a, a.text(1), how, &names);
  std::vector<std::smatch> hits;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
    if (it->length() == 0) continue;  // MATLAB's default 'noemptymatch'
    hits.push_back(*it);
    if (once) break;
  }
  auto charOf = [&](size_t at, size_t len) {
    if (len == 0) return newArray(MCC_CLASS_CHAR, false, {1, 0}, true, a.site);
    return fromText(text.substr(at, len));
  };
  auto row = [&](const std::vector<double>& v) {
    Ref r = newArray(MCC_CLASS_DOUBLE, false, {1, v.size()}, false, a.site);
    std::copy(v.begin(), v.end(), dataOf<double>(r.get()));
    return r;
  };
  size_t groups = names.size();
  // The tokens of a match: its groups, or the whole match when there are none.
  auto tokensOf = [&](const std::smatch& m) {
    Ref c = newCell({1, groups ? groups : 1}, a.site);
    for (size_t g = 0; g < (groups ? groups : 1); ++g) {
      size_t k = groups ? g + 1 : 0;
      Ref t = m[k].matched ? charOf(static_cast<size_t>(m.position(k)), static_cast<size_t>(m.length(k)))
                           : newArray(MCC_CLASS_CHAR, false, {1, 0}, true, a.site);
      setCellElement(c.get(), g, t.get());
    }
    return c;
  };
  auto extentsOf = [&](const std::smatch& m) {
    size_t n = groups ? groups : 1;
    Ref e = newArray(MCC_CLASS_DOUBLE, false, {n, 2}, false, a.site);
    for (size_t g = 0; g < n; ++g) {
      size_t k = groups ? g + 1 : 0;
      double s = m[k].matched ? double(m.position(k) + 1) : double(m.position(0) + 1);
      dataOf<double>(e.get())[g] = s;
      dataOf<double>(e.get())[n + g] = m[k].matched ? s + double(m.length(k)) - 1 : s - 1;
    }
    return e;
  };
  auto namesOf = [&](size_t count) {
    std::vector<std::string> fields;
    for (const std::string& n : names)
      if (!n.empty()) fields.push_back(n);
    Ref st = newStruct({count ? 1u : 0u, count}, fields, a.site);
    for (size_t h = 0; h < count; ++h) {
      size_t f = 0;
      for (size_t g = 0; g < names.size(); ++g) {
        if (names[g].empty()) continue;
        const std::smatch& m = hits[h];
        Ref t = m[g + 1].matched ? charOf(static_cast<size_t>(m.position(g + 1)), static_cast<size_t>(m.length(g + 1)))
                                 : newArray(MCC_CLASS_CHAR, false, {1, 0}, true, a.site);
        setStructField(st.get(), h, f++, t.get());
      }
    }
    return st;
  };
  for (uint32_t q = 0; q < a.outputs(); ++q) {
    const std::string& what = order[q];
    Ref out;
    if (what == "start" || what == "end") {
      std::vector<double> v;
      for (const std::smatch& m : hits)
        v.push_back(what == "start" ? double(m.position(0) + 1) : double(m.position(0) + m.length(0)));
      out = once ? (v.empty() ? newArray(MCC_CLASS_DOUBLE, false, {1, 0}, true, a.site) : scalarResult(v[0])) : row(v);
    } else if (what == "match") {
      if (once) {
        out = hits.empty() ? newArray(MCC_CLASS_CHAR, false, {0, 0}, true, a.site)
                           : charOf(static_cast<size_t>(hits[0].position(0)), static_cast<size_t>(hits[0].length(0)));
      } else {
        out = newCell({1, hits.size()}, a.site);
        for (size_t h = 0; h < hits.size(); ++h)
          setCellElement(out.get(), h, charOf(static_cast<size_t>(hits[h].position(0)), static_cast<size_t>(hits[h].length(0))).get());
      }
    } else if (what == "tokens") {
      if (once) {
        out = hits.empty() ? newCell({1, 0}, a.site) : tokensOf(hits[0]);
      } else {
        out = newCell({1, hits.size()}, a.site);
        for (size_t h = 0; h < hits.size(); ++h) setCellElement(out.get(), h, tokensOf(hits[h]).get());
      }
    } else if (what == "tokenextents") {
      if (once) {
        out = hits.empty() ? newArray(MCC_CLASS_DOUBLE, false, {0, 2}, true, a.site) : extentsOf(hits[0]);
      } else {
        out = newCell({1, hits.size()}, a.site);
        for (size_t h = 0; h < hits.size(); ++h) setCellElement(out.get(), h, extentsOf(hits[h]).get());
      }
    } else if (what == "names") {
      out = namesOf(once ? std::min<size_t>(hits.size(), 1) : hits.size());
      if (once && hits.empty()) out = newStruct({0, 0}, {}, a.site);
    } else {  // split
      out = newCell({1, hits.size() + 1}, a.site);
      size_t done = 0;
      for (size_t h = 0; h < hits.size(); ++h) {
        size_t at = static_cast<size_t>(hits[h].position(0));
        setCellElement(out.get(), h, charOf(done, at - done).get());
        done = at + static_cast<size_t>(hits[h].length(0));
      }
      setCellElement(out.get(), hits.size(), charOf(done, text.size() - done).get());
    }
    a.set(q, std::move(out));
  }
}

}  // namespace

MCC_DEFINE_BUILTIN(dec2bin) {
  a.arity(1, 2, 1);
  toBase(a, "01", 1, "dec2bin");
}
MCC_DEFINE_BUILTIN(dec2hex) {
  a.arity(1, 2, 1);
  toBase(a, "0123456789ABCDEF", 1, "dec2hex");
}
MCC_DEFINE_BUILTIN(dec2base) { dec2baseBuiltin(a); }
MCC_DEFINE_BUILTIN(bin2dec) {
  a.arity(1, 1, 1);
  if (runAsText(a, mcc_bi_bin2dec, TextOut::Same)) return;
  fromBase(a, 2, "", "Binary character vector may consist only of characters 0 and 1");
}
MCC_DEFINE_BUILTIN(hex2dec) {
  a.arity(1, 1, 1);
  if (runAsText(a, mcc_bi_hex2dec, TextOut::Same)) return;
  fromBase(a, 16, "", "Input to hex2dec should only contain 0-9, a-f, or A-F.");
}
MCC_DEFINE_BUILTIN(base2dec) {
  a.arity(2, 2, 1);
  if (runAsText(a, mcc_bi_base2dec, TextOut::Same)) return;
  if (a[1]->class_id == MCC_CLASS_CHAR) {
    std::string symbols = a.text(1);
    fromBase(a, static_cast<unsigned>(symbols.size()), symbols, "String contains characters not in the symbol set.");
    return;
  }
  double b = a.scalar(1);
  if (b < 2 || b > 36 || b != std::floor(b)) a.error("Base must be an integer between 2 and 36.");
  fromBase(a, static_cast<unsigned>(b), "", "String contains characters not in the base.");
}
MCC_DEFINE_BUILTIN(strtok) {
  if (runAsText(a, mcc_bi_strtok, TextOut::Strings)) return;
  strtokBuiltin(a);
}
MCC_DEFINE_BUILTIN(strcat) {
  // With a string input the texts join as `+` joins them, blanks kept.
  bool anyString = false;
  for (uint32_t k = 0; k < a.nargin; ++k) anyString = anyString || isStringArray(a[k]);
  if (!anyString) return strcatBuiltin(a);
  a.arity(1, UINT32_MAX, 1);
  Ref r = toStrings(a[0], a.site);
  for (uint32_t k = 1; k < a.nargin; ++k) r = Ref(mcc_binary(MCC_OP_PLUS, r.get(), a[k], a.site));
  a.set(0, std::move(r));
}
MCC_DEFINE_BUILTIN(strvcat) { strvcatBuiltin(a); }
MCC_DEFINE_BUILTIN(isletter) {
  a.arity(1, 1, 1);
  a.set(0, charTest(checked(a[0]), kProperties[0].test, a.site));
}
MCC_DEFINE_BUILTIN(isstrprop) {
  if (runAsText(a, mcc_bi_isstrprop, TextOut::Same)) return;
  isstrpropBuiltin(a);
}
MCC_DEFINE_BUILTIN(regexprep) {
  if (runAsText(a, mcc_bi_regexprep, TextOut::Strings)) return;
  a.arity(3, 8, 1);
  // A cell of texts: each element replaced on its own, in a cell of its size.
  if (a[0]->class_id == MCC_CLASS_CELL) return mapCellElements(a, mcc_bi_regexprep);
  // A cell of expressions: each applied in turn to the result of the one
  // before, with its own replacement (a cell of as many) or the only one.
  const mcc_array* exprs = a[1];
  const mcc_array* reps = a[2];
  if (exprs->class_id == MCC_CLASS_CELL || reps->class_id == MCC_CLASS_CELL) {
    size_t n = exprs->class_id == MCC_CLASS_CELL ? exprs->numel : 1;
    if (reps->class_id == MCC_CLASS_CELL && reps->numel != 1 && reps->numel != n)
      a.error("The number of replacements must be one or equal to the number of expressions.");
    Ref text = Ref::share(a[0]);
    std::vector<mcc_array*> in(a.in, a.in + a.nargin);
    for (size_t k = 0; k < n; ++k) {
      Ref e = exprs->class_id == MCC_CLASS_CELL ? cellElement(exprs, k) : Ref::share(exprs);
      Ref r = reps->class_id == MCC_CLASS_CELL ? cellElement(reps, reps->numel == 1 ? 0 : k) : Ref::share(reps);
      if (e->class_id == MCC_CLASS_CELL || r->class_id == MCC_CLASS_CELL)
        a.error("All inputs must be character vectors or strings.");
      in[0] = text.get();
      in[1] = e.get();
      in[2] = r.get();
      mcc_array* out = nullptr;
      mcc_bi_regexprep(1, &out, a.nargin, in.data(), a.site);
      text = Ref(out);
    }
    return a.set(0, std::move(text));
  }
  regexprepBuiltin(a);
}
MCC_DEFINE_BUILTIN(regexp) {
  if (runAsText(a, mcc_bi_regexp, TextOut::Strings)) return;
  regexpBuiltin(a, false);
}
MCC_DEFINE_BUILTIN(regexpi) {
  if (runAsText(a, mcc_bi_regexpi, TextOut::Strings)) return;
  regexpBuiltin(a, true);
}

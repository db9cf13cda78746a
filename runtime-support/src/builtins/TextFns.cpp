// MATLAB's text functions of the string era on character vectors, cell
// arrays of them and string arrays: contains, startsWith, endsWith,
// strlength, strip, extractBefore, extractAfter, replace, split,
// splitlines, reverse. The result has the type of the text input (a char
// row, a cell of char rows of its size, or strings: runAsText).
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "builtins/Cells.h"
#include "builtins/StringArgs.h"
#include "builtins/Util.h"

namespace mcc::rt {
namespace {

bool isCharRow(const mcc_array* x) {
  return x->class_id == MCC_CLASS_CHAR && (x->numel == 0 || (x->ndims == 2 && x->dims[0] == 1));
}

// The text input: one char row, or every element of a cell of char rows.
struct TextArray {
  bool cell = false;
  Dims dims{1, 1};
  std::vector<Codes> items;
};

TextArray textArgument(const Args& a, uint32_t k, const char* what = "First argument must be text.") {
  const mcc_array* x = a[k];
  TextArray t;
  if (isCharRow(x)) {
    t.items.push_back(codesOf(x));
    return t;
  }
  if (x->class_id != MCC_CLASS_CELL) a.error(what);
  t.cell = true;
  t.dims = dimsOf(x);
  for (size_t i = 0; i < x->numel; ++i) {
    Ref e = cellElement(x, i);
    if (!isCharRow(e.get())) a.error(what);
    t.items.push_back(codesOf(e.get()));
  }
  return t;
}

// A char row of the codes; empty, 1x0 (or 0x0: `nothing`).
Ref charRow(const Codes& c, bool nothing = false) {
  Ref r = newArray(MCC_CLASS_CHAR, false, {nothing ? size_t{0} : size_t{1}, c.size()}, false);
  std::copy(c.begin(), c.end(), dataOf<uint16_t>(r.get()));
  return r;
}

// A result of the input's type: a char row, or a cell of its size.
Ref textResult(const TextArray& like, const std::vector<Codes>& items) {
  if (!like.cell) return charRow(items[0]);
  Ref c = newCell(like.dims);
  for (size_t i = 0; i < items.size(); ++i) elementsOf(c.get())[i] = charRow(items[i]).release();
  return c;
}

bool isWhiteSpace(uint16_t c) {
  return (c >= 9 && c <= 13) || c == 32 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

uint16_t foldCase(uint16_t c) { return c >= 'A' && c <= 'Z' ? static_cast<uint16_t>(c + 32) : c; }

// Where `pat` occurs in `s` from position `from`, or npos.
size_t findCodes(const Codes& s, const Codes& pat, size_t from, bool ignoreCase) {
  if (pat.size() > s.size()) return std::string::npos;
  for (size_t i = from; i + pat.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < pat.size() && (ignoreCase ? foldCase(s[i + k]) == foldCase(pat[k]) : s[i + k] == pat[k])) ++k;
    if (k == pat.size()) return i;
  }
  return std::string::npos;
}

// The arguments of a search (str, pat, 'IgnoreCase', tf): the texts, the
// patterns (text or a cell of texts) and whether case is ignored.
struct Search {
  TextArray str, pats;
  bool ignoreCase = false;
};
Search searchArguments(const Args& a) {
  a.arity(2, 4, 1);
  Search s{textArgument(a, 0), textArgument(a, 1, "Search term must be a text or pattern scalar, or an array of text.")};
  if (a.nargin == 3) a.error("Name-value arguments must come in pairs.");
  if (a.nargin == 4) {
    if (!a.isText(2) || option(a, 2) != "ignorecase") a.error("Unrecognized name-value argument. Expected 'IgnoreCase'.");
    s.ignoreCase = mcc_truth(a[3], a.site) != 0;
  }
  return s;
}

// contains/startsWith/endsWith(str, pat, 'IgnoreCase', tf): pat is text or
// a cell of texts, any of which may match.
void matchText(const Args& a, int where) {  // 0 anywhere, 1 start, 2 end
  auto [str, pats, ignoreCase] = searchArguments(a);
  Ref r = newArray(MCC_CLASS_LOGICAL, false, str.dims, true, a.site);
  for (size_t i = 0; i < str.items.size(); ++i) {
    const Codes& s = str.items[i];
    bool hit = false;
    for (const Codes& p : pats.items) {
      if (p.size() > s.size()) continue;
      size_t at = where == 2 ? s.size() - p.size() : 0;
      if (where == 0) hit = findCodes(s, p, 0, ignoreCase) != std::string::npos;
      else hit = findCodes(Codes(s.begin() + at, s.begin() + at + p.size()), p, 0, ignoreCase) == 0;
      if (hit) break;
    }
    dataOf<uint8_t>(r.get())[i] = hit;
  }
  a.set(0, std::move(r));
}

// extractBefore/extractAfter(str, pat or pos).
void extractText(const Args& a, bool before) {
  a.arity(2, 2, 1);
  TextArray str = textArgument(a, 0);
  std::vector<Codes> out;
  std::vector<bool> missing;
  bool byPosition = a[1]->class_id != MCC_CLASS_CHAR && a[1]->class_id != MCC_CLASS_CELL;
  std::optional<TextArray> pats;
  if (!byPosition) {
    pats = textArgument(a, 1, "Second argument must be text or a position.");
    if (pats->items.size() != 1 && pats->items.size() != str.items.size())
      a.error("Second argument must be a text scalar or have the same size as the first argument.");
  }
  for (size_t i = 0; i < str.items.size(); ++i) {
    const Codes& s = str.items[i];
    size_t cut, resume;
    if (byPosition) {
      double pos = a.scalar(1);
      double last = before ? static_cast<double>(s.size()) + 1 : static_cast<double>(s.size());
      if (pos != static_cast<double>(static_cast<long>(pos)) || pos < (before ? 1 : 0) || pos > last)
        a.error("Numeric position exceeds the number of characters.");
      cut = before ? static_cast<size_t>(pos) - 1 : static_cast<size_t>(pos);
      resume = cut;
    } else {
      const Codes& p = pats->items[pats->items.size() == 1 ? 0 : i];
      cut = findCodes(s, p, 0, false);
      if (cut == std::string::npos) {  // not found: '' (0x0)
        out.push_back({});
        missing.push_back(true);
        continue;
      }
      resume = cut + p.size();
    }
    out.push_back(before ? Codes(s.begin(), s.begin() + cut) : Codes(s.begin() + resume, s.end()));
    missing.push_back(false);
  }
  Ref r = textResult(str, out);
  for (size_t i = 0; i < missing.size(); ++i) {
    if (!missing[i]) continue;
    if (!str.cell) r = charRow({}, true);
    else setCellElement(r.get(), i, charRow({}, true).get());
  }
  a.set(0, std::move(r));
}

// split(str, delimiters): a column of the pieces (consecutive delimiters
// count as one, 'CollapseDelimiters' being true by default); whitespace
// when no delimiter is given.
std::vector<Codes> splitCodes(const Codes& s, const std::vector<Codes>& delims, bool collapse) {
  std::vector<Codes> pieces;
  Codes cur;
  size_t i = 0;
  bool lastWasDelim = false;
  while (i < s.size()) {
    size_t len = 0;
    if (delims.empty()) {
      len = isWhiteSpace(s[i]) ? 1 : 0;
    } else {
      for (const Codes& d : delims)  // the longest delimiter that matches here
        if (!d.empty() && d.size() > len && i + d.size() <= s.size() && std::equal(d.begin(), d.end(), s.begin() + i))
          len = d.size();
    }
    if (len == 0) {
      cur.push_back(s[i++]);
      lastWasDelim = false;
      continue;
    }
    if (!(collapse && lastWasDelim)) pieces.push_back(cur);
    cur.clear();
    lastWasDelim = true;
    i += len;
  }
  pieces.push_back(cur);
  return pieces;
}

void splitText(const Args& a, const std::vector<Codes>& delims, bool collapse) {
  TextArray str = textArgument(a, 0);
  if (str.items.size() != 1)
    a.error("split of a cell array with more than one element is not implemented yet in mcc.");
  std::vector<Codes> pieces = splitCodes(str.items[0], delims, collapse);
  Ref c = newCell({pieces.size(), 1});
  for (size_t i = 0; i < pieces.size(); ++i) elementsOf(c.get())[i] = charRow(pieces[i]).release();
  a.set(0, std::move(c));
}

}  // namespace
}  // namespace mcc::rt

using namespace mcc::rt;

MCC_DEFINE_BUILTIN(contains) {
  if (runAsText(a, mcc_bi_contains, TextOut::Same)) return;
  matchText(a, 0);
}
MCC_DEFINE_BUILTIN(startsWith) {
  if (runAsText(a, mcc_bi_startsWith, TextOut::Same)) return;
  matchText(a, 1);
}
MCC_DEFINE_BUILTIN(endsWith) {
  if (runAsText(a, mcc_bi_endsWith, TextOut::Same)) return;
  matchText(a, 2);
}

MCC_DEFINE_BUILTIN(strlength) {
  a.arity(1, 1, 1);
  if (isStringArray(a[0])) {  // <missing> has length NaN
    Ref r = newArray(MCC_CLASS_DOUBLE, false, dimsOf(a[0]), false, a.site);
    for (size_t i = 0; i < a[0]->numel; ++i) {
      const mcc_array* e = stringElement(a[0], i);
      dataOf<double>(r.get())[i] = e ? static_cast<double>(e->numel) : std::numeric_limits<double>::quiet_NaN();
    }
    return a.set(0, std::move(r));
  }
  TextArray str = textArgument(a, 0);
  Ref r = newArray(MCC_CLASS_DOUBLE, false, str.dims, false, a.site);
  for (size_t i = 0; i < str.items.size(); ++i) dataOf<double>(r.get())[i] = static_cast<double>(str.items[i].size());
  a.set(0, std::move(r));
}

// strip(str), strip(str, side), strip(str, padChar), strip(str, side, padChar).
MCC_DEFINE_BUILTIN(strip) {
  if (runAsText(a, mcc_bi_strip, TextOut::Strings)) return;
  a.arity(1, 3, 1);
  TextArray str = textArgument(a, 0);
  std::string side = "both";
  std::optional<uint16_t> pad;
  for (uint32_t k = 1; k < a.nargin; ++k) {
    if (!a.isText(k)) a.error("Side must be 'left', 'right' or 'both', and the character to strip a single character.");
    std::string t = option(a, k);
    if (k == 1 && (t == "left" || t == "right" || t == "both")) {
      side = t;
      continue;
    }
    if (a[k]->numel != 1) a.error("Pad character must be a single character.");
    pad = dataOf<const uint16_t>(a[k])[0];
  }
  auto strips = [&](uint16_t c) { return pad ? c == *pad : isWhiteSpace(c); };
  std::vector<Codes> out;
  for (const Codes& s : str.items) {
    size_t b = 0, e = s.size();
    if (side != "right")
      while (b < e && strips(s[b])) ++b;
    if (side != "left")
      while (e > b && strips(s[e - 1])) --e;
    out.push_back(Codes(s.begin() + b, s.begin() + e));
  }
  a.set(0, textResult(str, out));
}

MCC_DEFINE_BUILTIN(extractBefore) {
  if (runAsText(a, mcc_bi_extractBefore, TextOut::Strings)) return;
  extractText(a, true);
}
MCC_DEFINE_BUILTIN(extractAfter) {
  if (runAsText(a, mcc_bi_extractAfter, TextOut::Strings)) return;
  extractText(a, false);
}

// replace(str, old, new): every occurrence of each old text (the first of
// them that matches at a place, left to right, without overlaps) by the new
// text paired with it (or the one new text).
MCC_DEFINE_BUILTIN(replace) {
  if (runAsText(a, mcc_bi_replace, TextOut::Strings)) return;
  a.arity(3, 3, 1);
  TextArray str = textArgument(a, 0);
  TextArray olds = textArgument(a, 1, "Second argument must be text.");
  TextArray news = textArgument(a, 2, "Third argument must be text.");
  if (news.items.size() != 1 && news.items.size() != olds.items.size())
    a.error("Replacement text must be a text scalar or have the same number of elements as the text to replace.");
  std::vector<Codes> out;
  for (const Codes& s : str.items) {
    Codes r;
    size_t i = 0;
    while (i < s.size()) {
      size_t which = olds.items.size();
      for (size_t k = 0; k < olds.items.size() && which == olds.items.size(); ++k) {
        const Codes& o = olds.items[k];
        if (!o.empty() && i + o.size() <= s.size() && std::equal(o.begin(), o.end(), s.begin() + i)) which = k;
      }
      if (which == olds.items.size()) {
        r.push_back(s[i++]);
        continue;
      }
      const Codes& n = news.items[news.items.size() == 1 ? 0 : which];
      r.insert(r.end(), n.begin(), n.end());
      i += olds.items[which].size();
    }
    out.push_back(r);
  }
  a.set(0, textResult(str, out));
}

// count(str, pat) and count(str, pat, 'IgnoreCase', tf): how many times the
// patterns (text or a cell of texts) occur in each text, without overlaps.
MCC_DEFINE_BUILTIN(count) {
  if (runAsText(a, mcc_bi_count, TextOut::Same)) return;
  auto [str, pats, ignoreCase] = searchArguments(a);
  Ref r = newArray(MCC_CLASS_DOUBLE, false, str.dims, false, a.site);
  for (size_t i = 0; i < str.items.size(); ++i) {
    const Codes& t = str.items[i];
    size_t n = 0;
    for (size_t at = 0; at < t.size();) {
      size_t len = 0;
      for (const Codes& p : pats.items)
        if (!p.empty() && findCodes(Codes(t.begin() + at, t.begin() + std::min(t.size(), at + p.size())), p, 0, ignoreCase) == 0)
          len = std::max(len, p.size());
      if (len) ++n;
      at += len ? len : 1;
    }
    dataOf<double>(r.get())[i] = double(n);
  }
  a.set(0, std::move(r));
}

// insertAfter/insertBefore(str, pat, newText): newText after (before) every
// occurrence of pat; with a number, after (before) that position.
static void insertText(const Args& a, bool after) {
  a.arity(3, 3, 1);
  TextArray str = textArgument(a, 0);
  TextArray add = textArgument(a, 2, "Third argument must be text.");
  if (add.items.size() != 1) a.error("Third argument must be a text scalar.");
  const Codes& n = add.items[0];
  std::vector<Codes> out;
  if (!a.isText(1)) {
    double pos = a.scalar(1);
    for (const Codes& t : str.items) {
      if (!(pos >= (after ? 0 : 1)) || pos > double(t.size()) + (after ? 0 : 1) || pos != std::floor(pos))
        a.error("Numeric position exceeds the number of characters.");
      size_t at = static_cast<size_t>(pos) - (after ? 0 : 1);
      Codes r(t.begin(), t.begin() + at);
      r.insert(r.end(), n.begin(), n.end());
      r.insert(r.end(), t.begin() + at, t.end());
      out.push_back(r);
    }
    return a.set(0, textResult(str, out));
  }
  Codes pat = codesOf(a[1]);
  for (const Codes& t : str.items) {
    Codes r;
    size_t i = 0;
    while (i < t.size()) {
      size_t at = pat.empty() ? std::string::npos : findCodes(t, pat, i, false);
      if (at == std::string::npos) break;
      r.insert(r.end(), t.begin() + i, t.begin() + at);
      if (!after) r.insert(r.end(), n.begin(), n.end());
      r.insert(r.end(), pat.begin(), pat.end());
      if (after) r.insert(r.end(), n.begin(), n.end());
      i = at + pat.size();
    }
    r.insert(r.end(), t.begin() + i, t.end());
    out.push_back(r);
  }
  a.set(0, textResult(str, out));
}
MCC_DEFINE_BUILTIN(insertAfter) {
  if (runAsText(a, mcc_bi_insertAfter, TextOut::Strings)) return;
  insertText(a, true);
}
MCC_DEFINE_BUILTIN(insertBefore) {
  if (runAsText(a, mcc_bi_insertBefore, TextOut::Strings)) return;
  insertText(a, false);
}

// split(str) at whitespace, split(str, delimiter or cell of delimiters);
// 'CollapseDelimiters', false keeps the empty pieces between delimiters.
MCC_DEFINE_BUILTIN(split) {
  if (runAsText(a, mcc_bi_split, TextOut::Strings)) return;
  a.arity(1, 4, 1);
  std::vector<Codes> delims;
  if (a.nargin == 2 || a.nargin == 4) delims = textArgument(a, 1, "Delimiter must be text.").items;
  bool collapse = true;
  if (a.nargin >= 3) {
    uint32_t k = a.nargin == 3 ? 1 : 2;
    if (!a.isText(k) || option(a, k) != "collapsedelimiters")
      a.error("Unrecognized name-value argument. Expected 'CollapseDelimiters'.");
    collapse = mcc_truth(a[k + 1], a.site) != 0;
  }
  splitText(a, delims, collapse);
}

// splitlines(str): the lines of str (\n, \r\n or \r end a line).
MCC_DEFINE_BUILTIN(splitlines) {
  if (runAsText(a, mcc_bi_splitlines, TextOut::Strings)) return;
  a.arity(1, 1, 1);
  splitText(a, {Codes{'\r', '\n'}, Codes{'\n'}, Codes{'\r'}}, false);
}

// reverse(str): the characters in reverse order.
MCC_DEFINE_BUILTIN(reverse) {
  if (runAsText(a, mcc_bi_reverse, TextOut::Strings)) return;
  a.arity(1, 1, 1);
  TextArray str = textArgument(a, 0);
  for (Codes& s : str.items) std::reverse(s.begin(), s.end());
  a.set(0, textResult(str, str.items));
}

// extractBetween(str, startPat, endPat): the text between the first
// startPat and the endPat after it ('' when either is missing);
// extractBetween(str, startPos, endPos): the characters from startPos to
// endPos. A char input gives a cell (MATLAB's documented result type).
MCC_DEFINE_BUILTIN(extractBetween) {
  if (runAsText(a, mcc_bi_extractBetween, TextOut::Strings)) return;
  a.arity(3, 3, 1);
  TextArray str = textArgument(a, 0);
  bool byPosition = a[1]->class_id != MCC_CLASS_CHAR && a[1]->class_id != MCC_CLASS_CELL;
  std::vector<Codes> out;
  for (const Codes& s : str.items) {
    if (byPosition) {
      double from = a.scalar(1), to = a.scalar(2);
      if (from != std::floor(from) || to != std::floor(to) || from < 1 || to > static_cast<double>(s.size()) ||
          to < from - 1)
        a.error("Numeric position exceeds the number of characters.");
      out.push_back(Codes(s.begin() + static_cast<long>(from) - 1, s.begin() + static_cast<long>(to)));
      continue;
    }
    Codes start = textArgument(a, 1, "Second argument must be text or a position.").items.at(0);
    Codes end = textArgument(a, 2, "Third argument must be text or a position.").items.at(0);
    size_t b = findCodes(s, start, 0, false);
    size_t e = b == std::string::npos ? b : findCodes(s, end, b + start.size(), false);
    out.push_back(e == std::string::npos ? Codes{} : Codes(s.begin() + b + start.size(), s.begin() + e));
  }
  if (str.cell) return a.set(0, textResult(str, out));
  a.set(0, cellRow({charRow(out[0]).get()}));
}

// pad(str), pad(str, n), pad(..., side), pad(..., side, padChar): blanks
// (or padChar) added on the right ('left', 'both') up to n characters or
// the longest text's length.
MCC_DEFINE_BUILTIN(pad) {
  if (runAsText(a, mcc_bi_pad, TextOut::Strings)) return;
  a.arity(1, 4, 1);
  TextArray str = textArgument(a, 0);
  size_t width = 0;
  for (const Codes& s : str.items) width = std::max(width, s.size());
  std::string side = "right";
  uint16_t fill = u' ';
  uint32_t k = 1;
  if (k < a.nargin && !a.isText(k)) {
    double n = a.scalar(k++);
    if (!(n >= 0) || n != std::floor(n)) a.error("Number of characters must be a nonnegative integer.");
    width = static_cast<size_t>(n);
  }
  if (k < a.nargin) {
    std::string t = option(a, k++);
    if (t != "left" && t != "right" && t != "both") a.error("Side must be 'left', 'right', or 'both'.");
    side = t;
  }
  if (k < a.nargin) {
    Codes c = textArgument(a, k, "Pad character must be a single character.").items.at(0);
    if (c.size() != 1) a.error("Pad character must be a single character.");
    fill = c[0];
  }
  std::vector<Codes> out;
  for (const Codes& s : str.items) {
    size_t extra = width > s.size() ? width - s.size() : 0;
    size_t left = side == "left" ? extra : side == "both" ? extra / 2 : 0;
    Codes r(left, fill);
    r.insert(r.end(), s.begin(), s.end());
    r.resize(s.size() + extra, fill);
    out.push_back(r);
  }
  a.set(0, textResult(str, out));
}

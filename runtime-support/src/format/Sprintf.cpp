// MATLAB's sprintf: a format parsed once into text and conversions, then
// recycled over a stream of argument elements until the stream runs dry.
//
// Each conversion that MATLAB can honour is handed to the C library's
// snprintf, so digits and rounding are C's, as in Octave and in every MATLAB
// example checked. The MATLAB rules sit around that call: which element a
// conversion consumes, when a value that does not fit a conversion falls back
// to %e, how Inf and NaN print, and where the output stops.
#include "format/Format.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>

namespace mcc::rt {

namespace {

// --- the format ----------------------------------------------------------

bool oneOf(char c, std::string_view set) { return set.find(c) != std::string_view::npos; }

struct Conversion {
  std::string flags;  // some of "-+ 0#", each at most once
  int width = -1;     // -1: none
  bool widthFromArg = false;
  int precision = -1;  // -1: none
  bool precisionFromArg = false;
  char subtype = 0;  // 'b': bits of the double, 't': bits of the float (o u x X)
  char type = 0;     // one of "diouxXfeEgGcs"

  bool hasFlag(char f) const { return flags.find(f) != std::string::npos; }
};

struct Piece {
  enum Kind { Text, Convert, Stop } kind;
  std::string text;  // Text
  Conversion conv;   // Convert
};

// Appends a character code: codes below 256 are one byte, as are the
// elements of a char argument; larger codes are encoded as UTF-8.
void appendCode(std::string& out, uint32_t code) {
  if (code < 0x100) {
    out += char(code);
  } else if (code < 0x800) {
    out += char(0xC0 | (code >> 6));
    out += char(0x80 | (code & 0x3F));
  } else {
    out += char(0xE0 | (code >> 12));
    out += char(0x80 | ((code >> 6) & 0x3F));
    out += char(0x80 | (code & 0x3F));
  }
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

int readNumber(std::string_view fmt, size_t& j) {
  long long n = 0;
  for (; j < fmt.size() && fmt[j] >= '0' && fmt[j] <= '9'; ++j) n = std::min<long long>(n * 10 + (fmt[j] - '0'), 1 << 24);
  return int(n);
}

// Parses the operator at fmt[i] == '%' (not "%%") and moves `i` past it.
// Returns false for an operator MATLAB does not accept, or one mcc does not
// support (positional identifiers such as %2$d).
bool parseConversion(std::string_view fmt, size_t& i, Conversion& conv) {
  size_t j = i + 1;
  size_t k = j;
  while (k < fmt.size() && fmt[k] >= '0' && fmt[k] <= '9') ++k;
  if (k > j && k < fmt.size() && fmt[k] == '$') return false;

  for (; j < fmt.size() && oneOf(fmt[j], "-+ 0#"); ++j)
    if (!conv.hasFlag(fmt[j])) conv.flags += fmt[j];
  if (j < fmt.size() && fmt[j] == '*') {
    conv.widthFromArg = true;
    ++j;
  } else {
    if (j < fmt.size() && fmt[j] >= '0' && fmt[j] <= '9') conv.width = readNumber(fmt, j);
  }
  if (j < fmt.size() && fmt[j] == '.') {
    ++j;
    if (j < fmt.size() && fmt[j] == '*') {
      conv.precisionFromArg = true;
      ++j;
    } else {
      conv.precision = readNumber(fmt, j);
    }
  }
  while (j < fmt.size() && (fmt[j] == 'l' || fmt[j] == 'h')) ++j;  // sizes mean nothing for doubles
  if (j < fmt.size() && (fmt[j] == 'b' || fmt[j] == 't')) {
    if (j + 1 >= fmt.size() || !oneOf(fmt[j + 1], "ouxX")) return false;
    conv.subtype = fmt[j++];
  }
  if (j >= fmt.size() || !oneOf(fmt[j], "diouxXfeEgGcs")) return false;
  conv.type = fmt[j];
  i = j + 1;
  return true;
}

std::vector<Piece> parseFormat(std::string_view fmt) {
  std::vector<Piece> pieces;
  std::string text;
  auto flushText = [&] {
    if (!text.empty()) pieces.push_back({Piece::Text, std::move(text), {}});
    text.clear();
  };
  size_t i = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == '\\') {
      if (!decodeEscape(fmt, i, text)) {
        flushText();
        pieces.push_back({Piece::Stop, {}, {}});
        return pieces;
      }
    } else if (c == '%' && i + 1 < fmt.size() && fmt[i + 1] == '%') {
      text += '%';
      i += 2;
    } else if (c == '%') {
      flushText();
      Conversion conv;
      if (!parseConversion(fmt, i, conv)) {
        pieces.push_back({Piece::Stop, {}, {}});
        return pieces;
      }
      pieces.push_back({Piece::Convert, {}, std::move(conv)});
    } else {
      text += c;
      ++i;
    }
  }
  flushText();
  return pieces;
}

// --- the argument elements -----------------------------------------------

struct Item {
  enum Kind { Number, Text, Empty } kind;
  double value = 0;
  std::string_view text;
  // An int64/uint64 element: its exact value too.
  enum Exact { None, Signed, Unsigned } exact = None;
  int64_t signedValue = 0;
  uint64_t unsignedValue = 0;
};

// Walks the arguments element by element. An empty argument is one Empty
// item: it satisfies a conversion and prints nothing (GNU Octave's rule).
class ArgStream {
 public:
  explicit ArgStream(std::span<const FormatArg> args) : args_(args) {}

  bool done() const { return arg_ >= args_.size(); }

  // The next item for a conversion of `type` ('*' for a width/precision).
  Item next(char type) {
    const FormatArg& a = args_[arg_];
    if (a.count == 0) {
      ++arg_;
      return {Item::Empty, 0, {}};
    }
    Item item{Item::Number, 0, {}};
    if (a.kind == FormatArg::Char && type == 's') {
      item = {Item::Text, 0, std::string_view(a.text + elt_, a.count - elt_)};
      elt_ = a.count;
    } else if (a.kind == FormatArg::Char && type == 'c') {
      item = {Item::Text, 0, std::string_view(a.text + elt_, 1)};
      ++elt_;
    } else if (a.kind == FormatArg::Char) {
      item.value = double((unsigned char)a.text[elt_++]);
    } else {
      if (a.exactSigned) {
        item.exact = Item::Signed;
        item.signedValue = a.exactSigned[elt_];
      } else if (a.exactUnsigned) {
        item.exact = Item::Unsigned;
        item.unsignedValue = a.exactUnsigned[elt_];
      }
      item.value = a.data[elt_++];
    }
    if (elt_ >= a.count) {
      ++arg_;
      elt_ = 0;
    }
    return item;
  }

 private:
  std::span<const FormatArg> args_;
  size_t arg_ = 0;
  size_t elt_ = 0;
};

// --- one conversion ------------------------------------------------------

bool isInteger(double v) { return std::isfinite(v) && v == std::trunc(v); }

void appendPadded(std::string& out, std::string_view body, int width, bool left) {
  size_t pad = width > 0 && size_t(width) > body.size() ? size_t(width) - body.size() : 0;
  if (!left) out.append(pad, ' ');
  out += body;
  if (left) out.append(pad, ' ');
}

// Formats `value` through snprintf with the conversion's flags (those in
// `allowed`), width and precision, and the given length modifier and type.
template <typename T>
void appendC(std::string& out, const Conversion& conv, std::string_view allowed, const char* length, char type,
             T value) {
  std::string spec = "%";
  for (char f : conv.flags)
    if (oneOf(f, allowed)) spec += f;
  if (conv.width >= 0) spec += std::to_string(conv.width);
  if (conv.precision >= 0) spec += "." + std::to_string(conv.precision);
  spec += length;
  spec += type;
  char buffer[128];
  int n = std::snprintf(buffer, sizeof buffer, spec.c_str(), value);
  if (n <= 0) return;
  if (size_t(n) < sizeof buffer) {
    out.append(buffer, size_t(n));
    return;
  }
  size_t start = out.size();  // wider than the buffer: format again in place
  out.resize(start + size_t(n) + 1);
  std::snprintf(out.data() + start, size_t(n) + 1, spec.c_str(), value);
  out.resize(start + size_t(n));
}

void appendText(std::string& out, const Conversion& conv, std::string_view text) {
  if (conv.type == 's' && conv.precision >= 0 && size_t(conv.precision) < text.size())
    text = text.substr(0, size_t(conv.precision));
  appendPadded(out, text, conv.width, conv.hasFlag('-'));
}

// Inf, -Inf and NaN print as words under every numeric conversion; the width
// and the '-' and '+' flags apply, the precision does not.
void appendNonFinite(std::string& out, const Conversion& conv, double v) {
  std::string body = std::isnan(v) ? "NaN" : v < 0 ? "-Inf" : "Inf";
  if (conv.hasFlag('+') && body[0] != '-') body.insert(0, 1, '+');
  appendPadded(out, body, conv.width, conv.hasFlag('-'));
}

void appendNumber(std::string& out, const Conversion& conv, double v) {
  char t = conv.type;
  if (conv.subtype == 'b') return appendC(out, conv, "-0#", "ll", t, (unsigned long long)std::bit_cast<uint64_t>(v));
  if (conv.subtype == 't')
    return appendC(out, conv, "-0#", "ll", t, (unsigned long long)std::bit_cast<uint32_t>(float(v)));
  if (!std::isfinite(v)) return appendNonFinite(out, conv, v);

  constexpr double two63 = 9223372036854775808.0, two64 = 18446744073709551616.0;
  switch (t) {
    case 'd':
    case 'i':
      if (isInteger(v) && v >= -two63 && v < two63) return appendC(out, conv, "-+ 0", "ll", 'd', (long long)v);
      break;
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      if (isInteger(v) && v >= 0 && v < two64)
        return appendC(out, conv, t == 'u' ? "-0" : "-0#", "ll", t, (unsigned long long)v);
      break;
    case 'c':
    case 's':
      if (isInteger(v) && v >= 0 && v <= 0xFFFF) {
        std::string text;
        appendCode(text, uint32_t(v));
        return appendText(out, conv, text);
      }
      break;
    default:  // f e g E G
      return appendC(out, conv, "-+ 0#", "", t, v);
  }
  // MATLAB: a value that does not fit the conversion (a fraction under an
  // integer or text conversion, a negative under %u/%o/%x, a number beyond
  // 64 bits) is printed with %e, keeping the flags, width and precision.
  appendC(out, conv, "-+ 0#", "", 'e', v);
}

// An int64/uint64 element under an integer conversion prints exactly
// (sprintf('%d', intmax('int64')) is 9223372036854775807); false when the
// double path applies (other conversions, a negative under %u/%o/%x).
bool appendExact(std::string& out, const Conversion& conv, const Item& item) {
  if (item.exact == Item::None || conv.subtype) return false;
  bool isSigned = item.exact == Item::Signed;
  switch (conv.type) {
    case 'd':
    case 'i':
      // a uint64 beyond intmax('int64') is too big for a signed conversion:
      // %e (sprintf('%d', uint64(2^63)) is 9.223372e+18, Stack Overflow 22494124)
      if (!isSigned && item.unsignedValue > uint64_t(INT64_MAX)) return false;
      if (isSigned) appendC(out, conv, "-+ 0", "ll", 'd', (long long)item.signedValue);
      else appendC(out, conv, "-+ 0", "ll", 'u', (unsigned long long)item.unsignedValue);
      return true;
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      if (isSigned && item.signedValue < 0) return false;
      appendC(out, conv, conv.type == 'u' ? "-0" : "-0#", "ll", conv.type,
              isSigned ? (unsigned long long)item.signedValue : (unsigned long long)item.unsignedValue);
      return true;
    default:
      return false;
  }
}

void appendItem(std::string& out, const Conversion& conv, const Item& item) {
  switch (item.kind) {
    case Item::Empty:
      if (conv.type == 's' || conv.type == 'c') appendText(out, conv, "");
      return;
    case Item::Text:
      return appendText(out, conv, item.text);
    case Item::Number:
      if (appendExact(out, conv, item)) return;
      return appendNumber(out, conv, item.value);
  }
}

// A width or precision taken from the arguments ('*'), truncated.
std::optional<int> starValue(const Item& item) {
  if (item.kind != Item::Number || std::isnan(item.value)) return std::nullopt;
  return int(std::clamp(std::trunc(item.value), -double(1 << 24), double(1 << 24)));
}

// The parsed form of the formats used last: a program prints with a handful
// of formats, usually in a loop, and parsing dominated the cost of a short
// fprintf. Entries are replaced round-robin.
const std::vector<Piece>& cachedFormat(std::string_view format) {
  struct Entry {
    std::string format;
    std::vector<Piece> pieces;
  };
  static thread_local Entry cache[8];
  static thread_local size_t next = 0;
  for (const Entry& e : cache)
    if (!e.pieces.empty() && e.format == format) return e.pieces;
  Entry& e = cache[next];
  next = (next + 1) % 8;
  e.format = std::string(format);
  e.pieces = parseFormat(format);
  if (e.pieces.empty()) e.pieces.push_back({Piece::Text, "", {}});  // the empty format, cached too
  return e.pieces;
}

}  // namespace

// Decodes the escape at fmt[i] == '\\' into `out` and moves `i` past it.
// Returns false for an escape MATLAB rejects; the output ends there.
// \x takes every hex digit that follows (MATLAB rejects '\x99999' as too
// large, so it is not limited to two digits); \ooo takes up to three digits.
bool decodeEscape(std::string_view fmt, size_t& i, std::string& out) {
  if (i + 1 >= fmt.size()) {  // a lone trailing backslash stays as written
    out += '\\';
    ++i;
    return true;
  }
  char c = fmt[i + 1];
  constexpr std::string_view names = "abfnrtv\\", codes = "\a\b\f\n\r\t\v\\";
  if (size_t k = names.find(c); k != std::string_view::npos) {
    out += codes[k];
    i += 2;
    return true;
  }
  if (c == 'x') {
    size_t j = i + 2;
    uint32_t code = 0;
    for (; j < fmt.size() && hexDigit(fmt[j]) >= 0; ++j) {
      code = code * 16 + uint32_t(hexDigit(fmt[j]));
      if (code > 0xFFFF) return false;
    }
    if (j == i + 2) return false;
    appendCode(out, code);
    i = j;
    return true;
  }
  if (c >= '0' && c <= '7') {
    size_t j = i + 1;
    uint32_t code = 0;
    for (; j < fmt.size() && j < i + 4 && fmt[j] >= '0' && fmt[j] <= '7'; ++j) code = code * 8 + uint32_t(fmt[j] - '0');
    appendCode(out, code);
    i = j;
    return true;
  }
  return false;
}

std::string sprintf(std::string_view format, std::span<const FormatArg> args) {
  const std::vector<Piece>& pieces = cachedFormat(format);
  std::string out;

  // No arguments at all: the literal text up to the first operator.
  if (args.empty()) {
    for (const Piece& p : pieces) {
      if (p.kind != Piece::Text) break;
      out += p.text;
    }
    return out;
  }

  bool hasConversion = false;
  for (const Piece& p : pieces) hasConversion |= p.kind == Piece::Convert;

  // Recycle the format while elements remain. The output stops at the first
  // conversion that finds no element, after the text before it.
  ArgStream in(args);
  for (;;) {
    for (const Piece& p : pieces) {
      if (p.kind == Piece::Text) {
        out += p.text;
        continue;
      }
      if (p.kind == Piece::Stop || in.done()) return out;
      Conversion conv = p.conv;
      if (conv.widthFromArg) {  // as in C, a negative width left-justifies
        std::optional<int> w = starValue(in.next('*'));
        conv.width = w ? std::abs(*w) : -1;
        if (w && *w < 0 && !conv.hasFlag('-')) conv.flags += '-';
        if (in.done()) return out;
      }
      if (conv.precisionFromArg) {  // as in C, a negative precision is none
        std::optional<int> p = starValue(in.next('*'));
        conv.precision = p && *p >= 0 ? *p : -1;
        if (in.done()) return out;
      }
      appendItem(out, conv, in.next(conv.type));
    }
    if (!hasConversion || in.done()) return out;
  }
}

}  // namespace mcc::rt

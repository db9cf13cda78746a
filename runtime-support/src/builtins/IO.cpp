// The builtins of io.def: files (fopen, fclose, fgetl, fgets, fread, fwrite,
// fseek, ...), scanning text with a format (sscanf, fscanf) and the file
// system (exist, isfile, isfolder, delete, fileread, tempname, tempdir).
//
// Files are C streams in a table keyed by MATLAB's file identifiers (3 and
// up; 0, 1, 2 are stdin, stdout and stderr). Text in files is UTF-8, as
// MATLAB's default encoding on Linux: characters read are decoded, fprintf
// (Text.cpp, through Files.h) writes UTF-8.
//
// sscanf and fscanf share one scanner over char codes. It follows MATLAB's
// rules: the format is applied again and again until the input ends or does
// not match; numeric conversions give doubles, %s %c %[...] give char codes;
// the result is char only when every conversion is a text one.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <glob.h>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Files.h"
#include "builtins/StringArgs.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

const char* const kInvalidFid = "Invalid file identifier. Use fopen to generate a valid file identifier.";

// --- The table of open files -------------------------------------------------

struct OpenFile {
  FILE* stream;
  std::string name;
  std::string permission;  // as fopen was given it, e.g. "r", "w+"
  // C lets a stream switch between reading and writing only across a seek
  // or flush; the last direction used tells when one is needed.
  bool lastWrite = false;
};

std::map<int, OpenFile>& openFiles() {
  static std::map<int, OpenFile> table;
  return table;
}

// The entry of a file identifier given as a value (no entry: nullptr).
OpenFile* findFile(double fid) {
  if (!(fid >= 3) || fid != std::floor(fid) || fid > std::numeric_limits<int>::max()) return nullptr;
  auto it = openFiles().find(static_cast<int>(fid));
  return it == openFiles().end() ? nullptr : &it->second;
}

// The fid argument k: a real scalar (anything else is not an identifier).
double fidValue(const Args& a, uint32_t k) {
  const mcc_array* x = a[k];
  if (x->numel != 1 || x->is_complex || x->class_id == MCC_CLASS_CHAR || !isValueClass(x->class_id))
    a.error(kInvalidFid);
  return mcc_array_to_double(x, a.site);
}

// The open file argument k, ready for reading.
OpenFile& fileForReading(const Args& a, uint32_t k) {
  OpenFile* f = findFile(fidValue(a, k));
  if (!f) a.error(kInvalidFid);
  if (f->lastWrite) std::fseek(f->stream, 0, SEEK_CUR);
  f->lastWrite = false;
  return *f;
}

// Sets the stream's end-of-file indicator when nothing is left to read, as
// MATLAB's feof reports after a read that took the last line or value (so
// `while ~feof(fid), fgetl(fid), end` stops without reading -1).
void peekEnd(FILE* f) {
  int c = std::getc(f);
  if (c != EOF) std::ungetc(c, f);
}

// Everything from the stream's position to its end.
std::string readRest(FILE* f) {
  std::string bytes;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) bytes.append(buffer, n);
  return bytes;
}

// fopen's permissions: r w a, optionally +, optionally t or b (either
// before or after the +). The C mode is always binary: Linux has no text
// mode, and MATLAB's 't' only matters on Windows.
bool cMode(const std::string& permission, std::string& mode) {
  if (permission.empty() || permission.size() > 3) return false;
  char base = permission[0];
  if (base == 'W' || base == 'A') base = static_cast<char>(base - 'A' + 'a');  // no automatic flushing
  if (base != 'r' && base != 'w' && base != 'a') return false;
  bool plus = false, kind = false;
  for (size_t k = 1; k < permission.size(); ++k) {
    char c = permission[k];
    if (c == '+' && !plus) {
      plus = true;
    } else if ((c == 't' || c == 'b') && !kind) {
      kind = true;
    } else {
      return false;
    }
  }
  mode = std::string(1, base) + (plus ? "+" : "") + "b";
  return true;
}

bool isDirectory(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}
bool isRegularFile(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && !S_ISDIR(st.st_mode);
}

// --- Sizes of fread, fscanf, sscanf ----------------------------------------------

// sizeA: Inf or n (a column of at most n elements), or [m n] (m rows, n
// columns; n may be Inf).
struct SizeSpec {
  bool matrix = false;
  size_t rows = 0;
  size_t limit = std::numeric_limits<size_t>::max();  // elements to read at most
};

SizeSpec sizeArg(const Args& a, uint32_t k) {
  const mcc_array* x = a[k];
  if (!isNumericClass(x->class_id) || x->is_complex || (x->numel != 1 && x->numel != 2)) a.error("Invalid size.");
  std::vector<double> scratch;
  const double* v = loadAs<double>(x, scratch);
  auto count = [&](double d, bool infOk) {
    if (!(d >= 0) || (std::isinf(d) && !infOk) || (!std::isinf(d) && d != std::floor(d))) a.error("Invalid size.");
    return std::isinf(d) ? std::numeric_limits<size_t>::max() : static_cast<size_t>(d);
  };
  SizeSpec s;
  if (x->numel == 1) {
    s.limit = count(v[0], true);
    return s;
  }
  s.matrix = true;
  s.rows = count(v[0], false);
  size_t cols = count(v[1], true);
  if (s.rows == 0 || cols == 0)
    s.limit = 0;
  else if (cols != std::numeric_limits<size_t>::max())
    s.limit = s.rows * cols;
  return s;
}

// The values read, shaped by sizeA: a column (a row for text), or m rows
// with the last column padded with zeros. `emptyDims` is the shape of
// nothing read in the column form.
Ref shapeResult(const std::vector<double>& values, uint32_t cls, const SizeSpec& size, bool textRow,
                const Dims& emptyDims) {
  Dims dims;
  if (size.matrix) {
    size_t cols = size.rows ? (values.size() + size.rows - 1) / size.rows : 0;
    dims = {size.rows, cols};
  } else if (values.empty()) {
    dims = emptyDims;
  } else {
    dims = textRow ? Dims{1, values.size()} : Dims{values.size(), 1};
  }
  Ref out = newArray(cls, false, dims);
  visitClass(cls, [&](auto tag) {
    using T = typename decltype(tag)::T;
    T* p = dataOf<T>(out.get());
    for (size_t k = 0; k < values.size(); ++k) p[k] = convertValue<decltype(tag)::id>(values[k]);
  });
  return out;
}

// --- fread and fwrite precisions -------------------------------------------------

// A class named in a precision ('uint8', 'double', 'uchar', ...), or -1.
int precisionClass(const std::string& name) {
  static const std::map<std::string, int> names = {
      {"uint8", MCC_CLASS_UINT8},     {"uchar", MCC_CLASS_UINT8},    {"unsigned char", MCC_CLASS_UINT8},
      {"int8", MCC_CLASS_INT8},       {"schar", MCC_CLASS_INT8},     {"signed char", MCC_CLASS_INT8},
      {"uint16", MCC_CLASS_UINT16},   {"ushort", MCC_CLASS_UINT16},  {"int16", MCC_CLASS_INT16},
      {"short", MCC_CLASS_INT16},     {"uint32", MCC_CLASS_UINT32},  {"uint", MCC_CLASS_UINT32},
      {"int32", MCC_CLASS_INT32},     {"int", MCC_CLASS_INT32},      {"uint64", MCC_CLASS_UINT64},
      {"int64", MCC_CLASS_INT64},     {"single", MCC_CLASS_SINGLE},  {"float32", MCC_CLASS_SINGLE},
      {"float", MCC_CLASS_SINGLE},    {"double", MCC_CLASS_DOUBLE},  {"float64", MCC_CLASS_DOUBLE},
      {"char", MCC_CLASS_CHAR},       {"char*1", MCC_CLASS_CHAR},    {"logical", MCC_CLASS_LOGICAL}};
  auto it = names.find(name);
  return it == names.end() ? -1 : it->second;
}

// The element type in the file (chars are one byte, as 'char*1').
struct Precision {
  uint32_t source;
  uint32_t output;
};

// 'src', '*src' (output of the same class) or 'src=>dst'; fread's default
// output is double.
Precision parsePrecision(const Args& a, const std::string& text) {
  std::string src = text, dst = "double";
  if (!src.empty() && src[0] == '*') {
    src = src.substr(1);
    dst = src;
  } else if (auto arrow = src.find("=>"); arrow != std::string::npos) {
    dst = src.substr(arrow + 2);
    src = src.substr(0, arrow);
  }
  int s = precisionClass(src), d = precisionClass(dst);
  if (s < 0 || s == MCC_CLASS_LOGICAL || d < 0) a.error("Invalid precision.");
  return {static_cast<uint32_t>(s), static_cast<uint32_t>(d)};
}

// The byte size of one element of the file's type (char: one byte).
size_t fileElementSize(uint32_t cls) { return cls == MCC_CLASS_CHAR ? 1 : scalarSize(cls); }

// fread's and fwrite's optional skip and machine format: only the forms
// without skipping, in the machine's own (little-endian) order.
void checkMachineArgs(const Args& a, uint32_t first) {
  if (a.nargin > first && a.scalar(first) != 0) notImplemented("fread/fwrite with skip", a.site);
  if (a.nargin > first + 1) {
    std::string m = a.text(first + 1);
    if (m != "n" && m != "native" && m != "l" && m != "ieee-le" && m != "a")
      notImplemented("fread/fwrite with machine format '" + m + "'", a.site);
  }
}

// --- Scanning (sscanf, fscanf) ---------------------------------------------------

bool isBlank(uint16_t c) { return c == ' ' || (c >= 9 && c <= 13); }

// One directive of a scan format.
struct Directive {
  enum Kind { Blank, Literal, Convert } kind;
  explicit Directive(Kind k) : kind(k) {}
  uint16_t literal = 0;  // Literal
  char conversion = 0;   // Convert: d i u o x f s c [
  bool suppress = false;
  size_t width = 0;  // 0: none
  // %[...]: the characters in the set (ranges), or not in it.
  std::vector<std::pair<uint16_t, uint16_t>> set;
  bool negated = false;

  bool isText() const { return conversion == 's' || conversion == 'c' || conversion == '['; }
  bool inSet(uint16_t c) const {
    bool found = false;
    for (auto [lo, hi] : set) found |= c >= lo && c <= hi;
    return found != negated;
  }
};

// The directives of a format, its escapes (\n, \t, \\, \xHH, \ooo) resolved
// first as MATLAB does. A blank in the format matches any run of blanks.
std::vector<Directive> parseFormat(const Codes& f) {
  std::vector<Directive> out;
  auto literal = [&](uint16_t c) {
    if (isBlank(c)) {
      if (out.empty() || out.back().kind != Directive::Blank) out.push_back(Directive(Directive::Blank));
    } else {
      Directive d(Directive::Literal);
      d.literal = c;
      out.push_back(d);
    }
  };
  size_t n = f.size();
  for (size_t k = 0; k < n;) {
    uint16_t c = f[k];
    if (c == '\\' && k + 1 < n) {
      uint16_t e = f[k + 1];
      k += 2;
      static const std::string simple = "abfnrtv";
      static const char values[] = {'\a', '\b', '\f', '\n', '\r', '\t', '\v'};
      if (e < 128 && simple.find(static_cast<char>(e)) != std::string::npos) {
        literal(static_cast<uint16_t>(values[simple.find(static_cast<char>(e))]));
      } else if (e == 'x') {
        uint16_t v = 0;
        size_t digits = 0;
        while (k < n && digits < 4 && std::isxdigit(f[k] < 128 ? f[k] : 0)) {
          v = static_cast<uint16_t>(v * 16 + (std::isdigit(f[k]) ? f[k] - '0' : (f[k] | 0x20) - 'a' + 10));
          ++k;
          ++digits;
        }
        literal(v);
      } else if (e >= '0' && e <= '7') {
        uint16_t v = static_cast<uint16_t>(e - '0');
        for (size_t digits = 1; digits < 3 && k < n && f[k] >= '0' && f[k] <= '7'; ++digits, ++k)
          v = static_cast<uint16_t>(v * 8 + (f[k] - '0'));
        literal(v);
      } else {
        literal(e);  // \\ and any other escaped character
      }
      continue;
    }
    if (c != '%' || k + 1 >= n) {
      literal(c);
      ++k;
      continue;
    }
    size_t start = k++;
    if (f[k] == '%') {
      literal('%');
      ++k;
      continue;
    }
    Directive d(Directive::Convert);
    if (f[k] == '*') {
      d.suppress = true;
      ++k;
    }
    while (k < n && f[k] >= '0' && f[k] <= '9') d.width = d.width * 10 + (f[k++] - '0');
    if (k < n && f[k] == '.')  // a precision means nothing when reading
      for (++k; k < n && f[k] >= '0' && f[k] <= '9';) ++k;
    while (k < n && (f[k] == 'l' || f[k] == 'h' || f[k] == 'L')) ++k;
    if (k >= n) {
      for (size_t j = start; j < n; ++j) literal(f[j]);
      break;
    }
    uint16_t conv = f[k++];
    if (conv == 'e' || conv == 'g' || conv == 'E' || conv == 'G' || conv == 'F') conv = 'f';
    if (conv == 'X') conv = 'x';
    if (conv == '[') {
      if (k < n && f[k] == '^') {
        d.negated = true;
        ++k;
      }
      bool first = true;
      while (k < n && (f[k] != ']' || first)) {
        uint16_t lo = f[k++];
        if (k + 1 < n && f[k] == '-' && f[k + 1] != ']') {
          d.set.push_back({lo, f[k + 1]});
          k += 2;
        } else {
          d.set.push_back({lo, lo});
        }
        first = false;
      }
      if (k < n) ++k;  // the ]
    } else if (std::string_view("diuoxfsc").find(static_cast<char>(conv)) == std::string_view::npos) {
      // Not a conversion: the text is matched as it is.
      for (size_t j = start; j < k; ++j) literal(f[j]);
      continue;
    }
    d.conversion = static_cast<char>(conv);
    out.push_back(d);
  }
  return out;
}

// What a scan gives: the values (numbers, and char codes of text
// conversions) in order, the fields converted, and where it stopped.
struct ScanResult {
  std::vector<double> values;
  size_t count = 0;
  size_t consumed = 0;
  bool mismatch = false;  // stopped at input the format does not match
};

class Scanner {
 public:
  Scanner(const Codes& in, const std::vector<Directive>& format, size_t limit)
      : in_(in), format_(format), limit_(limit) {}

  ScanResult run() {
    bool hasConversion = false;
    for (const Directive& d : format_) hasConversion |= d.kind == Directive::Convert;
    for (;;) {
      size_t passStart = pos_;
      for (const Directive& d : format_)
        if (!step(d)) return finish();
      // A format that takes nothing from the input would repeat forever.
      if (pos_ == passStart || !hasConversion) return finish();
    }
  }

 private:
  ScanResult finish() {
    r_.consumed = pos_;
    return std::move(r_);
  }
  bool atEnd() const { return pos_ >= in_.size(); }
  void skipBlanks() {
    while (!atEnd() && isBlank(in_[pos_])) ++pos_;
  }
  // Stops with a matching failure (false, for step()).
  bool mismatch() {
    r_.mismatch = true;
    return false;
  }

  // Applies one directive; false stops the scan.
  bool step(const Directive& d) {
    switch (d.kind) {
      case Directive::Blank:
        skipBlanks();
        return true;
      case Directive::Literal:
        if (atEnd()) return false;
        if (in_[pos_] != d.literal) return mismatch();
        ++pos_;
        return true;
      case Directive::Convert:
        break;
    }
    if (!d.suppress && r_.values.size() >= limit_) return false;
    size_t room = d.suppress ? std::numeric_limits<size_t>::max() : limit_ - r_.values.size();
    if (d.conversion == 'c') {
      if (atEnd()) return false;
      size_t take = std::min({d.width ? d.width : size_t(1), in_.size() - pos_, room});
      store(d, pos_, pos_ + take);
      return true;
    }
    if (d.conversion == '[') {
      if (atEnd()) return false;
      size_t end = pos_, most = std::min(d.width ? d.width : room, room);
      while (end < in_.size() && end - pos_ < most && d.inSet(in_[end])) ++end;
      if (end == pos_) return mismatch();
      store(d, pos_, end);
      return true;
    }
    skipBlanks();
    if (atEnd()) return false;
    size_t fieldEnd = d.width ? std::min(in_.size(), pos_ + d.width) : in_.size();
    if (d.conversion == 's') {
      size_t end = pos_;
      while (end < fieldEnd && end - pos_ < room && !isBlank(in_[end])) ++end;
      store(d, pos_, end);
      return true;
    }
    // A number: the characters that can be part of one (digits, letters of
    // hex digits, exponents, Inf and NaN, signs, the point) within the width.
    std::string field;
    for (size_t k = pos_; k < fieldEnd && in_[k] < 128; ++k) {
      char c = static_cast<char>(in_[k]);
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') break;
      field += c;
    }
    double value;
    size_t used = d.conversion == 'f' ? parseReal(field, value) : parseInteger(field, d.conversion, value);
    if (!used) return mismatch();
    pos_ += used;
    if (!d.suppress) {
      r_.values.push_back(value);
      ++r_.count;
    }
    return true;
  }

  void store(const Directive& d, size_t begin, size_t end) {
    pos_ = end;
    if (d.suppress) return;
    for (size_t k = begin; k < end; ++k) r_.values.push_back(in_[k]);
    ++r_.count;
  }

  // The longest number at the start of s; its length (0: none).
  static size_t parseReal(const std::string& s, double& value) {
    size_t k = 0;
    if (k < s.size() && (s[k] == '+' || s[k] == '-')) ++k;
    auto word = [&](const char* w) {
      size_t len = std::strlen(w);
      if (s.size() - k < len) return false;
      for (size_t j = 0; j < len; ++j)
        if (std::tolower(static_cast<unsigned char>(s[k + j])) != w[j]) return false;
      return true;
    };
    bool negative = !s.empty() && s[0] == '-';
    if (word("inf")) {
      size_t len = word("infinity") ? 8 : 3;
      value = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
      return k + len;
    }
    if (word("nan")) {
      value = std::numeric_limits<double>::quiet_NaN();
      return k + 3;
    }
    size_t digits = 0;
    while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k, ++digits;
    if (k < s.size() && s[k] == '.')
      for (++k; k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]));) ++k, ++digits;
    if (!digits) return 0;
    // An exponent only when digits follow it: "1e" is 1, then "e".
    if (k < s.size() && (s[k] == 'e' || s[k] == 'E')) {
      size_t e = k + 1;
      if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
      if (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) {
        k = e;
        while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
      }
    }
    value = std::strtod(s.substr(0, k).c_str(), nullptr);
    return k;
  }

  // An integer in the conversion's base (%i: 0x... hex, 0... octal, else
  // decimal); its length (0: none).
  static size_t parseInteger(const std::string& s, char conversion, double& value) {
    size_t k = 0;
    bool negative = false;
    if (k < s.size() && (s[k] == '+' || s[k] == '-')) negative = s[k++] == '-';
    int base = conversion == 'o' ? 8 : conversion == 'x' ? 16 : 10;
    auto hexPrefix = [&]() {
      return k + 2 < s.size() && s[k] == '0' && (s[k + 1] == 'x' || s[k + 1] == 'X') &&
             std::isxdigit(static_cast<unsigned char>(s[k + 2]));
    };
    if (conversion == 'i') {
      if (hexPrefix()) {
        base = 16;
        k += 2;
      } else if (k < s.size() && s[k] == '0') {
        base = 8;
      }
    } else if (conversion == 'x' && hexPrefix()) {
      k += 2;
    }
    auto digit = [&](char c) {
      int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
              : std::isalpha(static_cast<unsigned char>(c)) ? (c | 0x20) - 'a' + 10
                                                             : 99;
      return v < base ? v : -1;
    };
    size_t first = k;
    double v = 0;
    for (; k < s.size() && digit(s[k]) >= 0; ++k) v = v * base + digit(s[k]);
    if (k == first) return 0;
    if (base == 10) v = std::strtod(s.substr(first, k - first).c_str(), nullptr);  // correctly rounded
    value = negative ? -v : v;
    return k;
  }

  const Codes& in_;
  const std::vector<Directive>& format_;
  size_t limit_;
  size_t pos_ = 0;
  ScanResult r_;
};

// Whether a format's result is char: it has conversions that assign, and
// all of them are text ones (MATLAB's rule for sscanf and fscanf).
bool textResult(const std::vector<Directive>& format) {
  bool any = false, text = true;
  for (const Directive& d : format)
    if (d.kind == Directive::Convert && !d.suppress) {
      any = true;
      text &= d.isText();
    }
  return any && text;
}

// A scan's values shaped as sscanf and fscanf give them: nothing read is []
// (or ''), text without an [m n] size is a row.
Ref scanResult(const ScanResult& r, const std::vector<Directive>& format, const SizeSpec& size) {
  bool text = textResult(format);
  return shapeResult(r.values, text ? MCC_CLASS_CHAR : MCC_CLASS_DOUBLE, size, text, {0, 0});
}

// The text of a file (UTF-8) as char codes, with the byte offset where each
// code starts (offsets[codes.size()] is the end), so that fscanf can leave
// the file just after what it used. A byte that is not part of valid UTF-8
// is a char of its own, as mcc_array_from_string decodes.
void decodeWithOffsets(const std::string& bytes, Codes& codes, std::vector<size_t>& offsets) {
  for (size_t i = 0; i < bytes.size();) {
    auto b = static_cast<unsigned char>(bytes[i]);
    offsets.push_back(i);
    size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
    if (len > 1 && i + len <= bytes.size()) {
      Ref one(mcc_array_from_string(bytes.data() + i, len));
      const auto* p = dataOf<const uint16_t>(one.get());
      bool single = one->numel == 1 || (len == 4 && one->numel == 2 && p[0] >= 0xD800 && p[0] < 0xDC00);
      if (single) {
        for (size_t k = 0; k < one->numel; ++k) {
          codes.push_back(p[k]);
          if (k) offsets.push_back(i);
        }
        i += len;
        continue;
      }
    }
    codes.push_back(b);
    ++i;
  }
  offsets.push_back(bytes.size());
}

// --- Temporary names ---------------------------------------------------------

std::string tempDirectory() {
  const char* env = std::getenv("TMPDIR");
  std::string dir = env && *env ? env : "/tmp";
  if (dir.back() != '/') dir += '/';
  return dir;
}

}  // namespace

namespace mcc::rt {

FILE* fileForWriting(double fid, const mcc_site* site) {
  if (fid == 1) return stdout;
  if (fid == 2) return stderr;
  OpenFile* f = findFile(fid);
  if (!f) fail(kInvalidFid, site);
  if (!f->lastWrite) std::fseek(f->stream, 0, SEEK_CUR);
  f->lastWrite = true;
  return f->stream;
}

FILE* fileForReading(double fid, const mcc_site* site) {
  OpenFile* f = findFile(fid);
  if (!f) fail(kInvalidFid, site);
  if (f->lastWrite) std::fseek(f->stream, 0, SEEK_CUR);
  f->lastWrite = false;
  return f->stream;
}

}  // namespace mcc::rt

// --- Opening and closing -----------------------------------------------------------

MCC_DEFINE_BUILTIN(fopen) {
  a.arity(1, 4, 4);
  if (runAsText(a, mcc_bi_fopen, TextOut::Same)) return;
  // fopen(fid): the name and permission of an open file.
  if (a[0]->class_id != MCC_CLASS_CHAR) {
    if (a.nargin > 1) a.error("Invalid filename.");
    double fid = fidValue(a, 0);
    static const char* const standard[] = {"\"stdin\"", "\"stdout\"", "\"stderr\""};
    OpenFile* f = findFile(fid);
    bool isStandard = fid == 0 || fid == 1 || fid == 2;
    bool known = f || isStandard;
    a.set(0, fromText(f ? f->name : isStandard ? standard[static_cast<int>(fid)] : ""));
    a.set(1, fromText(f ? f->permission : fid == 0 ? "r" : isStandard ? "w" : ""));
    a.set(2, fromText(known ? "ieee-le" : ""));
    a.set(3, fromText(known ? "UTF-8" : ""));
    return;
  }
  std::string name = a.text(0);
  if (name == "all" && a.nargin == 1) {
    if (a.nargout > 1) a.error("Too many output arguments.");
    std::vector<double> fids;
    for (const auto& [fid, file] : openFiles()) fids.push_back(fid);
    Ref out = newArray(MCC_CLASS_DOUBLE, false, {fids.empty() ? size_t(0) : size_t(1), fids.size()});
    std::copy(fids.begin(), fids.end(), dataOf<double>(out.get()));
    a.set(0, std::move(out));
    return;
  }
  if (a.nargout > 2) a.error("Too many output arguments.");
  std::string permission = a.nargin >= 2 ? a.text(1) : "r";
  std::string mode;
  if (!cMode(permission, mode)) a.error("Invalid permission.");
  // A machine format of this machine's order; the encoding (4th) is taken
  // as UTF-8.
  if (a.nargin >= 3) {
    std::string m = a.text(2);
    if (m != "n" && m != "native" && m != "l" && m != "ieee-le" && m != "a")
      notImplemented("fopen with machine format '" + m + "'", a.site);
  }
  errno = 0;
  FILE* stream = isDirectory(name) ? nullptr : std::fopen(name.c_str(), mode.c_str());
  if (!stream) {
    int err = isDirectory(name) ? EISDIR : errno ? errno : ENOENT;
    a.set(0, scalarResult(-1));
    a.set(1, fromText(std::strerror(err)));
    return;
  }
  int fid = 3;
  while (openFiles().count(fid)) ++fid;
  openFiles()[fid] = OpenFile{stream, name, permission};
  a.set(0, scalarResult(fid));
  a.set(1, fromText(""));
}

MCC_DEFINE_BUILTIN(fclose) {
  a.arity(1, 1, 1);
  if (runAsText(a, mcc_bi_fclose, TextOut::Same)) return;
  int status = 0;
  if (a[0]->class_id == MCC_CLASS_CHAR) {
    if (a.text(0) != "all") a.error(kInvalidFid);
    for (auto& [fid, file] : openFiles())
      if (std::fclose(file.stream) != 0) status = -1;
    openFiles().clear();
  } else {
    double fid = fidValue(a, 0);
    if (fid == 0 || fid == 1 || fid == 2) {
      // The standard streams stay open.
    } else {
      OpenFile* f = findFile(fid);
      if (!f) a.error(kInvalidFid);
      status = std::fclose(f->stream) == 0 ? 0 : -1;
      openFiles().erase(static_cast<int>(fid));
    }
  }
  a.set(0, scalarResult(status));
}

// --- Lines ----------------------------------------------------------------------------

namespace {

// fgets/fgetl: the next line with its newline (at most `most` characters),
// or -1 at the end of the file.
void readLine(const Args& a, bool keepNewline) {
  OpenFile& f = fileForReading(a, 0);
  size_t most = std::numeric_limits<size_t>::max();
  if (a.nargin == 2) {
    double n = a.scalar(1);
    if (!(n >= 0) || (n != std::floor(n) && !std::isinf(n))) a.error("Invalid size.");
    if (!std::isinf(n)) most = static_cast<size_t>(n);
  }
  std::string line;
  bool newline = false;
  int c;
  // Counts characters, not bytes: a UTF-8 continuation byte adds none.
  size_t chars = 0;
  while ((c = std::getc(f.stream)) != EOF) {
    bool continuation = (c & 0xC0) == 0x80;
    if (!continuation && chars == most) {
      std::ungetc(c, f.stream);
      break;
    }
    line += static_cast<char>(c);
    chars += !continuation;
    if (c == '\n') {
      newline = true;
      break;
    }
  }
  if (line.empty() && c == EOF) {
    a.set(0, scalarResult(-1));
    a.set(1, scalarResult(-1));
    return;
  }
  peekEnd(f.stream);
  std::string terminator = newline ? "\n" : "";
  if (newline && !keepNewline) line.pop_back();
  a.set(0, fromText(line));
  a.set(1, fromText(terminator));
}

}  // namespace

MCC_DEFINE_BUILTIN(fgetl) {
  a.arity(1, 1, 1);
  readLine(a, false);
}

MCC_DEFINE_BUILTIN(fgets) {
  a.arity(1, 2, 2);
  readLine(a, true);
}

// --- Position ------------------------------------------------------------------------

MCC_DEFINE_BUILTIN(feof) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(std::feof(fileForReading(a, 0).stream)));
}

MCC_DEFINE_BUILTIN(frewind) {
  a.arity(1, 1, 0);
  std::rewind(fileForReading(a, 0).stream);
}

MCC_DEFINE_BUILTIN(ftell) {
  a.arity(1, 1, 1);
  long pos = std::ftell(fileForReading(a, 0).stream);
  a.set(0, scalarResult(static_cast<double>(pos)));
}

MCC_DEFINE_BUILTIN(fseek) {
  a.arity(3, 3, 1);
  OpenFile& f = fileForReading(a, 0);
  double offset = a.scalar(1);
  if (offset != std::floor(offset) || std::isinf(offset)) a.error("Offset must be an integer.");
  int whence;
  if (a.isText(2)) {
    std::string origin = a.text(2);
    whence = origin == "bof" ? SEEK_SET : origin == "cof" ? SEEK_CUR : origin == "eof" ? SEEK_END : -1;
  } else {
    double origin = a.scalar(2);
    whence = origin == -1 ? SEEK_SET : origin == 0 ? SEEK_CUR : origin == 1 ? SEEK_END : -1;
  }
  if (whence < 0) a.error("Invalid origin.");
  int status = std::fseek(f.stream, static_cast<long>(offset), whence) == 0 ? 0 : -1;
  a.set(0, scalarResult(status));
}

// --- Binary data ------------------------------------------------------------------

MCC_DEFINE_BUILTIN(fread) {
  a.arity(1, 5, 2);
  OpenFile& f = fileForReading(a, 0);
  SizeSpec size;
  uint32_t next = 1;
  // fread(fid, precision) is allowed: the size is then Inf.
  if (a.nargin > 1 && !a.isText(1)) size = sizeArg(a, next++);
  Precision precision{MCC_CLASS_UINT8, MCC_CLASS_DOUBLE};
  if (a.nargin > next) precision = parsePrecision(a, a.text(next++));
  checkMachineArgs(a, next);
  size_t width = fileElementSize(precision.source);
  std::vector<double> values;
  std::vector<unsigned char> element(width);
  while (values.size() < size.limit && std::fread(element.data(), 1, width, f.stream) == width) {
    visitClass(precision.source, [&](auto tag) {
      using T = typename decltype(tag)::T;
      if constexpr (std::is_same_v<T, uint16_t> && decltype(tag)::id == MCC_CLASS_CHAR) {
        values.push_back(element[0]);
      } else {
        T v;
        std::memcpy(&v, element.data(), sizeof v);
        values.push_back(static_cast<double>(v));
      }
    });
  }
  a.set(0, shapeResult(values, precision.output, size, false, {0, 1}));
  a.set(1, scalarResult(static_cast<double>(values.size())));
}

MCC_DEFINE_BUILTIN(fwrite) {
  a.arity(2, 5, 1);
  double fid = fidValue(a, 0);
  if (fid == 0) a.error(kInvalidFid);
  FILE* stream = fileForWriting(fid, a.site);
  const mcc_array* x = a[1];
  if (!isValueClass(x->class_id)) a.error("Invalid data.");
  uint32_t cls = MCC_CLASS_UINT8;
  if (a.nargin > 2) {
    cls = parsePrecision(a, a.text(2)).source;
    if (cls == MCC_CLASS_CHAR) cls = MCC_CLASS_UINT8;  // one byte per char
  }
  checkMachineArgs(a, 3);
  // MATLAB's conversion to the file's type (round, saturate); the real
  // parts of complex data.
  std::string bytes;
  visitClass(x->class_id, [&](auto from) {
    using S = typename decltype(from)::T;
    const S* p = dataOf<const S>(x);
    size_t stride = x->is_complex ? 2 : 1;
    visitClass(cls, [&](auto to) {
      for (size_t k = 0; k < x->numel; ++k) {
        auto v = convertValue<decltype(to)::id>(p[k * stride]);
        bytes.append(reinterpret_cast<const char*>(&v), sizeof v);
      }
    });
  });
  if (stream == stderr) std::fflush(stdout);
  size_t written = bytes.empty() ? 0 : std::fwrite(bytes.data(), 1, bytes.size(), stream);
  a.set(0, scalarResult(static_cast<double>(written / scalarSize(cls))));
}

// --- Scanning text --------------------------------------------------------------------

MCC_DEFINE_BUILTIN(sscanf) {
  a.arity(2, 3, 4);
  if (runAsText(a, mcc_bi_sscanf, TextOut::Same)) return;
  if (a[0]->class_id != MCC_CLASS_CHAR) a.error("First argument must be a character vector.");
  if (a[1]->class_id != MCC_CLASS_CHAR) a.error("Invalid format.");
  SizeSpec size = a.nargin == 3 ? sizeArg(a, 2) : SizeSpec{};
  std::vector<Directive> format = parseFormat(codesOf(a[1]));
  // A char matrix is read in column order.
  ScanResult r = Scanner(codesOf(a[0]), format, size.limit).run();
  a.set(0, scanResult(r, format, size));
  a.set(1, scalarResult(static_cast<double>(r.count)));
  a.set(2, fromText(r.mismatch ? "Matching failure in format." : ""));
  a.set(3, scalarResult(static_cast<double>(r.consumed + 1)));
}

MCC_DEFINE_BUILTIN(fscanf) {
  a.arity(2, 3, 2);
  if (runAsText(a, mcc_bi_fscanf, TextOut::Same)) return;
  OpenFile& f = fileForReading(a, 0);
  if (a[1]->class_id != MCC_CLASS_CHAR) a.error("Invalid format.");
  SizeSpec size = a.nargin == 3 ? sizeArg(a, 2) : SizeSpec{};
  std::vector<Directive> format = parseFormat(codesOf(a[1]));
  long start = std::ftell(f.stream);
  std::string bytes = readRest(f.stream);
  Codes codes;
  std::vector<size_t> offsets;
  decodeWithOffsets(bytes, codes, offsets);
  ScanResult r = Scanner(codes, format, size.limit).run();
  // The file is left just after what the scan used.
  if (start >= 0) {
    std::fseek(f.stream, start + static_cast<long>(offsets[r.consumed]), SEEK_SET);
    peekEnd(f.stream);
  }
  a.set(0, scanResult(r, format, size));
  a.set(1, scalarResult(static_cast<double>(r.count)));
}

// --- The file system -------------------------------------------------------------------

// exist(name) and exist(name, 'file'|'dir'): 2 for a file (name or name.m),
// 7 for a folder, else 0. Variables and functions are the compiler's to
// know; this is the run-time part, files only.
MCC_DEFINE_BUILTIN(exist) {
  a.arity(1, 2, 1);
  std::string name = a.text(0);
  std::string kind = a.nargin == 2 ? a.text(1) : "";
  if (!kind.empty() && kind != "file" && kind != "dir") notImplemented("exist(name, '" + kind + "')", a.site);
  double result = 0;
  if (!name.empty()) {
    if (isDirectory(name))
      result = 7;
    else if (kind != "dir" && (isRegularFile(name) || isRegularFile(name + ".m")))
      result = 2;
  }
  a.set(0, scalarResult(result));
}

// isfile(name) and isfolder(name): a name (char row or string scalar) gives
// one logical; a cell or string array of names, one per element.
void testPaths(const Args& a, BuiltinFn self, bool (*test)(const std::string&)) {
  a.arity(1, 1, 1);
  if (runAsText(a, self, TextOut::Same)) return;
  auto named = [&](const mcc_array* x) { return x && x->class_id == MCC_CLASS_CHAR && x->numel && test(toText(x)); };
  const mcc_array* x = a[0];
  if (x->class_id != MCC_CLASS_CELL) return a.set(0, boolResult(named(x)));
  Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(x), false, a.site);
  for (size_t k = 0; k < x->numel; ++k) dataOf<uint8_t>(r.get())[k] = named(elementsOf(x)[k]);
  a.set(0, std::move(r));
}

MCC_DEFINE_BUILTIN(isfile) { testPaths(a, mcc_bi_isfile, isRegularFile); }
MCC_DEFINE_BUILTIN(isfolder) { testPaths(a, mcc_bi_isfolder, isDirectory); }

// delete(name, ...): each name may have wildcards (*); a name that matches
// no file is MATLAB's warning, not an error. delete(h) of a handle object
// deletes the object.
MCC_DEFINE_BUILTIN(delete) {
  a.arity(1, UINT32_MAX, 0);
  if (a.nargin == 1 && isHandleObject(a[0])) {  // delete(h) of a handle object (Aggregate.h)
    deleteHandleObject(const_cast<mcc_array*>(a[0]), a.site);
    return;
  }
  if (a.nargin == 1 && isHandleArray(a[0])) {  // of each object of an array
    Ref keep = Ref::share(a[0]);
    for (size_t k = 0; k < keep->numel; ++k) deleteHandleObject(elementsOf(keep.get())[k], a.site);
    return;
  }
  for (uint32_t k = 0; k < a.nargin; ++k) {
    std::string name = a.text(k);
    std::vector<std::string> paths;
    if (name.find_first_of("*?[") != std::string::npos) {
      glob_t g;
      if (::glob(name.c_str(), 0, nullptr, &g) == 0)
        for (size_t j = 0; j < g.gl_pathc; ++j) paths.push_back(g.gl_pathv[j]);
      ::globfree(&g);
    } else if (isRegularFile(name)) {
      paths.push_back(name);
    }
    size_t removed = 0;
    for (const std::string& p : paths)
      if (isRegularFile(p) && ::unlink(p.c_str()) == 0) ++removed;
    if (!removed) {
      Ref id = fromText("MATLAB:DELETE:FileNotFound"), message = fromText("File '%s' not found."), arg = fromText(name);
      mcc_array* in[] = {id.get(), message.get(), arg.get()};
      mcc_array* out[1] = {nullptr};
      mcc_bi_warning(0, out, 3, in, a.site);
    }
  }
}

MCC_DEFINE_BUILTIN(fileread) {
  a.arity(1, 1, 1);
  std::string name = a.text(0);
  errno = 0;
  FILE* f = isDirectory(name) ? nullptr : std::fopen(name.c_str(), "rb");
  if (!f) {
    int err = isDirectory(name) ? EISDIR : errno ? errno : ENOENT;
    a.error("Could not open file " + name + ". " + std::strerror(err) + ".");
  }
  std::string bytes = readRest(f);
  std::fclose(f);
  // A row even when empty: fread(fid, '*char')' of nothing is 1x0.
  Ref text = fromText(bytes);
  if (!text->numel) setShape(text.get(), {1, 0});
  a.set(0, std::move(text));
}

MCC_DEFINE_BUILTIN(tempdir) {
  a.arity(0, 0, 1);
  a.set(0, fromText(tempDirectory()));
}

// tempname and tempname(folder): a name no file has yet, "tp" and a random
// identifier as MATLAB makes them.
MCC_DEFINE_BUILTIN(tempname) {
  a.arity(0, 1, 1);
  std::string dir = a.nargin == 1 ? a.text(0) : tempDirectory();
  if (!dir.empty() && dir.back() != '/') dir += '/';
  static std::mt19937_64 generator(std::random_device{}());
  std::string name;
  do {
    char buffer[64];
    uint64_t x = generator(), y = generator();
    std::snprintf(buffer, sizeof buffer, "tp%08x_%04x_%04x_%04x_%012llx", static_cast<unsigned>(x >> 32),
                  static_cast<unsigned>((x >> 16) & 0xFFFF), static_cast<unsigned>(x & 0xFFFF),
                  static_cast<unsigned>(y >> 48), static_cast<unsigned long long>(y & 0xFFFFFFFFFFFFull));
    name = dir + buffer;
  } while (::access(name.c_str(), F_OK) == 0);
  a.set(0, fromText(name));
}

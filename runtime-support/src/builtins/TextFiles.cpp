// Builtins of textfiles.def: numeric text files (dlmread, csvread,
// readmatrix; dlmwrite, csvwrite, writematrix) and textscan.
//
// Readers split each line at the delimiter (given, or the first of ',',
// tab, ';' found in the file, else runs of blanks). dlmread and csvread
// read an empty field as 0 and fail on text, as MATLAB's do; readmatrix
// skips leading lines with no number (header lines) and reads empty or
// text fields as NaN. Ragged rows are padded (0, or NaN for readmatrix).
// Writers: dlmwrite and csvwrite write 5 significant digits unless given a
// precision (digits or a %-format), writematrix 15 ('longG').
// textscan reads %f %n %d %dN %u %uN %s %q and %*-skipped fields and
// literal text, with Delimiter, HeaderLines and a repeat count, from text
// or from a file (continuing where the last read stopped).
// Tests: tests/conformance/programs/io_text_files.m, io_textscan.m,
// io_readmatrix_matlab.m.
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Files.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

using Table = std::vector<std::vector<double>>;

bool readWholeFile(const std::string& name, std::string& text) {
  std::ifstream in(name, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  text = s.str();
  return true;
}

std::vector<std::string> linesOf(const std::string& text) {
  std::vector<std::string> lines;
  std::string line;
  for (char c : text) {
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(line);
      line.clear();
    } else {
      line += c;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// The delimiter of a file: the first of , tab ; found, else blanks ("").
std::string guessDelimiter(const std::vector<std::string>& lines) {
  for (const char* d : {",", "\t", ";"})
    for (const std::string& l : lines)
      if (l.find(d[0]) != std::string::npos) return d;
  return "";
}

// Fields of a line: at each delimiter character, or at runs of blanks
// when the delimiter is blank or "".
std::vector<std::string> fieldsOf(const std::string& line, const std::string& delim) {
  std::vector<std::string> out;
  bool blanks = delim.empty() || delim.find_first_not_of(" ") == std::string::npos;
  if (blanks) {
    std::istringstream s(line);
    std::string f;
    while (s >> f) out.push_back(f);
    return out;
  }
  std::string f;
  for (char c : line) {
    if (delim.find(c) != std::string::npos) out.push_back(trim(f)), f.clear();
    else f += c;
  }
  out.push_back(trim(f));
  return out;
}

// A field as a number (Inf, NaN, signs, exponents); false when it is not one.
bool parseNumber(const std::string& f, double& v) {
  if (f.empty()) return false;
  std::string l = lower(f);
  const char* s = l.c_str();
  char* end = nullptr;
  v = std::strtod(s, &end);
  if (end == s) return false;
  while (*end == ' ') ++end;
  if (*end) return false;
  // strtod reads hex and "infinity"; MATLAB's readers read decimal only.
  return l.find("0x") == std::string::npos;
}

// A table as a double matrix, short rows padded with `fill`.
Ref matrixOf(const Table& t, double fill, const mcc_site* site) {
  size_t cols = 0;
  for (const auto& r : t) cols = std::max(cols, r.size());
  if (t.empty() || cols == 0) return Ref(mcc_array_empty());
  Ref m = newArray(MCC_CLASS_DOUBLE, false, {t.size(), cols}, false, site);
  double* d = dataOf<double>(m.get());
  for (size_t i = 0; i < t.size(); ++i)
    for (size_t j = 0; j < cols; ++j) d[j * t.size() + i] = j < t[i].size() ? t[i][j] : fill;
  return m;
}

// Delimiter text from a name or an escape ('\t', 'tab', 'comma', ...).
std::string delimiterText(const std::string& d) {
  std::string l = lower(d);
  if (l == "\\t" || l == "tab") return "\t";
  if (l == "comma") return ",";
  if (l == "space") return " ";
  if (l == "semi") return ";";
  if (l == "bar") return "|";
  return d;
}

// dlmread(file [, delim [, r, c | , range]]) and csvread(file [, r, c]):
// rows from r and columns from c (0-based), or the range [r1 c1 r2 c2].
void dlmreadBuiltin(const Args& a, bool csv) {
  a.arity(1, csv ? 4 : 4, 1);
  std::string name = a.text(0), text;
  if (!readWholeFile(name, text)) a.error("Could not open file " + name + ".");
  std::vector<std::string> lines = linesOf(text);
  uint32_t next = 1;
  std::string delim;
  if (csv) delim = ",";
  else if (a.nargin >= 2 && a.isText(1)) delim = delimiterText(a.text(1)), next = 2;
  else if (a.nargin >= 2 && a[1]->numel == 0) next = 2;
  if (!csv && delim.empty()) delim = guessDelimiter(lines);
  double r1 = 0, c1 = 0, r2 = INFINITY, c2 = INFINITY;
  if (a.nargin == next + 1) {
    std::vector<double> range = numbers(a[next], a, "Range must be real.");
    if (range.size() != 4) a.error("Range must be a vector of 4 elements [R1 C1 R2 C2].");
    r1 = range[0], c1 = range[1], r2 = range[2], c2 = range[3];
  } else if (a.nargin == next + 2) {
    r1 = a.scalar(next), c1 = a.scalar(next + 1);
  } else if (a.nargin > next) {
    a.error("Too many input arguments.");
  }
  Table t;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i < r1 || i > r2) continue;
    std::vector<std::string> f = fieldsOf(lines[i], delim);
    std::vector<double> row;
    for (size_t j = 0; j < f.size(); ++j) {
      if (j < c1 || j > c2) continue;
      double v = 0;
      if (!f[j].empty() && !parseNumber(f[j], v))
        a.error("Mismatch between file and format character vector.\nTrouble reading 'Numeric' field from file (row "
                "number " + std::to_string(i + 1) + ", field number " + std::to_string(j + 1) + ") ==> " + f[j]);
      row.push_back(v);
    }
    t.push_back(row);
  }
  a.set(0, matrixOf(t, 0, a.site));
}

void readmatrixBuiltin(const Args& a) {
  a.arity(1, UINT32_MAX, 1);
  std::string name = a.text(0), text;
  if (!readWholeFile(name, text))
    a.error("Unable to find or open '" + name + "'. Check the path and filename or file permissions.");
  std::vector<std::string> lines = linesOf(text);
  std::string delim;
  long header = -1;
  uint32_t cls = MCC_CLASS_DOUBLE;
  if ((a.nargin - 1) % 2) a.error("Name-value arguments must come in pairs.");
  for (uint32_t k = 1; k + 1 < a.nargin; k += 2) {
    std::string o = option(a, k);
    if (o == "delimiter") delim = delimiterText(a.text(k + 1));
    else if (o == "numheaderlines") header = static_cast<long>(a.scalar(k + 1));
    else if (o == "outputtype") {
      std::string c = option(a, k + 1);
      uint32_t found = MCC_CLASS_COLON;
      for (uint32_t id = 0; id <= MCC_CLASS_INT64 + 1; ++id)
        if (c == className(id)) found = id;
      if (found == MCC_CLASS_COLON) a.error("Invalid OutputType '" + c + "'.");
      cls = found;
    } else notImplemented("readmatrix option '" + a.text(k) + "'", a.site);
  }
  if (delim.empty()) delim = guessDelimiter(lines);
  Table t;
  bool started = header >= 0;
  for (size_t i = header > 0 ? static_cast<size_t>(header) : 0; i < lines.size(); ++i) {
    std::vector<std::string> f = fieldsOf(lines[i], delim);
    std::vector<double> row;
    bool any = false;
    for (const std::string& s : f) {
      double v;
      bool ok = parseNumber(s, v);
      any = any || ok;
      row.push_back(ok ? v : NAN);
    }
    if (!started && !any) continue;  // header lines
    started = true;
    if (trim(lines[i]).empty()) continue;
    t.push_back(row);
  }
  Ref m = matrixOf(t, NAN, a.site);
  if (cls != MCC_CLASS_DOUBLE) m = Ref(mcc_array_cast(m.get(), cls, a.site));
  a.set(0, std::move(m));
}

// One value written in a precision: a %-format, or significant digits.
std::string formatValue(double v, const std::string& format) {
  char buf[128];
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "Inf" : "-Inf";
  std::snprintf(buf, sizeof buf, format.c_str(), v);
  return buf;
}

// Writes the real matrix m to a file, `format` per value.
void writeTable(const Args& a, const std::string& name, const mcc_array* m, const std::string& delim,
                const std::string& format, const std::string& newline, bool append, size_t r0, size_t c0) {
  if (m->is_complex) notImplemented("writing complex values to a text file", a.site);
  if (!isValueClass(m->class_id) || m->class_id == MCC_CLASS_CHAR || m->ndims > 2)
    notImplemented("writing a value of class " + std::string(className(m->class_id)) + " to a text file", a.site);
  FILE* f = std::fopen(name.c_str(), append ? "ab" : "wb");
  if (!f) a.error("Could not open file " + name + ".");
  std::vector<double> v = realValues(m);
  size_t rows = m->dims[0], cols = m->numel ? m->numel / rows : 0;
  bool integers = isIntegerClass(m->class_id) || m->class_id == MCC_CLASS_LOGICAL;
  std::string out;
  for (size_t i = 0; i < r0; ++i) out += std::string(c0 + cols - 1, delim[0]) + newline;
  for (size_t i = 0; i < rows; ++i) {
    out += std::string(c0, delim[0]);
    for (size_t j = 0; j < cols; ++j) {
      if (j) out += delim;
      double x = v[j * rows + i];
      out += integers ? formatValue(x, "%.0f") : formatValue(x, format);
    }
    out += newline;
  }
  std::fwrite(out.data(), 1, out.size(), f);
  std::fclose(f);
}

std::string precisionFormat(const Args& a, uint32_t k) {
  if (a.isText(k)) return a.text(k);
  return "%." + std::to_string(static_cast<int>(a.scalar(k))) + "g";
}

// dlmwrite(file, M, '-append', delim, r, c, 'delimiter', d, 'precision', p,
// 'newline', 'pc'|'unix', 'roffset', r, 'coffset', c).
void dlmwriteBuiltin(const Args& a) {
  a.arity(2, UINT32_MAX, 0);
  std::string name = a.text(0), delim = ",", format = "%.5g", newline = "\n";
  bool append = false;
  double r0 = 0, c0 = 0;
  uint32_t k = 2;
  auto isKey = [&](uint32_t i) {
    if (!a.isText(i)) return false;
    std::string o = option(a, i);
    return o == "delimiter" || o == "precision" || o == "newline" || o == "roffset" || o == "coffset";
  };
  if (k < a.nargin && a.isText(k) && option(a, k) == "-append") append = true, ++k;
  if (k < a.nargin && (a.isText(k) || a[k]->numel == 0) && !isKey(k)) {
    if (a[k]->numel) delim = delimiterText(a.text(k));
    ++k;
    if (k + 1 < a.nargin && !a.isText(k)) r0 = a.scalar(k), c0 = a.scalar(k + 1), k += 2;
  }
  for (; k < a.nargin; ++k) {
    if (a.isText(k) && option(a, k) == "-append") {
      append = true;
      continue;
    }
    if (!isKey(k) || k + 1 >= a.nargin) a.error("Invalid attribute tag: " + (a.isText(k) ? a.text(k) : std::string("?")) + ".");
    std::string o = option(a, k);
    if (o == "delimiter") delim = delimiterText(a.text(k + 1));
    else if (o == "precision") format = precisionFormat(a, k + 1);
    else if (o == "newline") newline = option(a, k + 1) == "pc" ? "\r\n" : "\n";
    else if (o == "roffset") r0 = a.scalar(k + 1);
    else c0 = a.scalar(k + 1);
    ++k;
  }
  if (delim.empty()) delim = ",";
  writeTable(a, name, a[1], delim, format, newline, append, static_cast<size_t>(r0), static_cast<size_t>(c0));
}

void csvwriteBuiltin(const Args& a) {
  a.arity(2, 4, 0);
  size_t r0 = a.nargin >= 3 ? static_cast<size_t>(a.scalar(2)) : 0, c0 = a.nargin >= 4 ? static_cast<size_t>(a.scalar(3)) : 0;
  writeTable(a, a.text(0), a[1], ",", "%.5g", "\n", false, r0, c0);
}

void writematrixBuiltin(const Args& a) {
  a.arity(1, UINT32_MAX, 0);
  if (a.nargin < 2 || !a.isText(1)) notImplemented("writematrix without a file name", a.site);
  std::string name = a.text(1), delim = ",";
  bool append = false;
  if (a.nargin % 2) a.error("Name-value arguments must come in pairs.");
  for (uint32_t k = 2; k + 1 < a.nargin; k += 2) {
    std::string o = option(a, k);
    if (o == "delimiter") delim = delimiterText(a.text(k + 1));
    else if (o == "writemode") {
      std::string m = option(a, k + 1);
      if (m != "append" && m != "overwrite") a.error("Invalid WriteMode '" + a.text(k + 1) + "'.");
      append = m == "append";
    } else notImplemented("writematrix option '" + a.text(k) + "'", a.site);
  }
  writeTable(a, name, a[0], delim, "%.15g", "\n", append, 0, 0);
}

// --- textscan -------------------------------------------------------------------------

struct Conversion {
  char kind = 0;        // 'f' numbers (double/single), 'd' 'u' integers, 's' text, 'q' quoted text, 0 literal
  uint32_t cls = MCC_CLASS_DOUBLE;
  bool skip = false;
  std::string literal;
};

std::vector<Conversion> parseFormat(const Args& a, const std::string& fmt) {
  std::vector<Conversion> out;
  for (size_t i = 0; i < fmt.size();) {
    if (std::isspace(static_cast<unsigned char>(fmt[i]))) {
      ++i;
      continue;
    }
    if (fmt[i] != '%') {
      Conversion c;
      while (i < fmt.size() && fmt[i] != '%' && !std::isspace(static_cast<unsigned char>(fmt[i]))) c.literal += fmt[i++];
      out.push_back(c);
      continue;
    }
    Conversion c;
    ++i;
    if (i < fmt.size() && fmt[i] == '*') c.skip = true, ++i;
    while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) ++i;  // widths are not supported
    if (i >= fmt.size()) a.error("Badly formed format string.");
    char k = fmt[i++];
    std::string bits;
    while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) bits += fmt[i++];
    if (k == 'f' || k == 'n') {
      c.kind = 'f';
      c.cls = bits == "32" ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
    } else if (k == 'd' || k == 'u') {
      c.kind = k;
      int b = bits.empty() ? 32 : std::stoi(bits);
      static const uint32_t sInts[4] = {MCC_CLASS_INT8, MCC_CLASS_INT16, MCC_CLASS_INT32, MCC_CLASS_INT64};
      static const uint32_t uInts[4] = {MCC_CLASS_UINT8, MCC_CLASS_UINT16, MCC_CLASS_UINT32, MCC_CLASS_UINT64};
      int idx = b == 8 ? 0 : b == 16 ? 1 : b == 64 ? 3 : 2;
      c.cls = k == 'd' ? sInts[idx] : uInts[idx];
    } else if (k == 's' || k == 'q') {
      c.kind = k;
    } else {
      notImplemented(std::string("textscan conversion %") + k, a.site);
    }
    out.push_back(c);
  }
  return out;
}

class Scanner {
 public:
  Scanner(const std::string& text, std::string delim) : s_(text), delim_(std::move(delim)) {}
  size_t pos() const { return p_; }
  bool atEnd() { skipBlank(); return p_ >= s_.size(); }
  void skipLines(long n) {
    for (long k = 0; k < n && p_ < s_.size(); ++k) {
      size_t e = s_.find('\n', p_);
      p_ = e == std::string::npos ? s_.size() : e + 1;
    }
  }
  // Reads one field; false when the text does not match (or is over).
  bool read(const Conversion& c, double& number, std::string& text) {
    skipBlank();
    if (c.kind == 0) {
      if (s_.compare(p_, c.literal.size(), c.literal) != 0) return false;
      p_ += c.literal.size();
      afterField();
      return true;
    }
    if (p_ >= s_.size()) return false;
    if (isDelim(s_[p_])) {  // an empty field
      ++p_;
      number = NAN, text.clear();
      return true;
    }
    if (c.kind == 's' || c.kind == 'q') {
      size_t start = p_;
      if (c.kind == 'q' && s_[p_] == '"') {
        size_t e = s_.find('"', p_ + 1);
        if (e == std::string::npos) e = s_.size();
        text = s_.substr(p_ + 1, e - p_ - 1);
        p_ = std::min(s_.size(), e + 1);
      } else {
        while (p_ < s_.size() && !isBlank(s_[p_]) && !isDelim(s_[p_]) && s_[p_] != '\n' && s_[p_] != '\r') ++p_;
        text = s_.substr(start, p_ - start);
      }
      afterField();
      return true;
    }
    const char* b = s_.c_str() + p_;
    char* e = nullptr;
    number = std::strtod(b, &e);
    if (e == b) return false;
    p_ += static_cast<size_t>(e - b);
    afterField();
    return true;
  }

 private:
  bool isDelim(char c) const { return !delim_.empty() && delim_.find(c) != std::string::npos; }
  bool isBlank(char c) const { return (c == ' ' || c == '\t' || c == '\b') && !isDelim(c); }
  void skipBlank() {
    while (p_ < s_.size() && (isBlank(s_[p_]) || s_[p_] == '\n' || s_[p_] == '\r')) ++p_;
  }
  void afterField() {
    while (p_ < s_.size() && isBlank(s_[p_])) ++p_;
    if (p_ < s_.size() && isDelim(s_[p_])) ++p_;
  }
  const std::string& s_;
  std::string delim_;
  size_t p_ = 0;
};

void textscanBuiltin(const Args& a) {
  a.arity(1, UINT32_MAX, 2);
  std::string text;
  FILE* file = nullptr;
  long start = 0;
  if (a[0]->class_id == MCC_CLASS_CHAR || a.isText(0)) {
    text = a.text(0);
  } else {
    file = fileForReading(a.scalar(0), a.site);
    start = std::ftell(file);
    char buffer[4096];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
  }
  std::string fmt = a.nargin >= 2 ? a.text(1) : "%f";
  uint32_t k = 2;
  double repeat = INFINITY;
  if (k < a.nargin && !a.isText(k)) repeat = a.scalar(k) < 0 ? INFINITY : a.scalar(k), ++k;
  std::string delim;
  long header = 0;
  if ((a.nargin - k) % 2) a.error("Name-value arguments must come in pairs.");
  for (; k + 1 < a.nargin; k += 2) {
    std::string o = option(a, k);
    if (o == "delimiter") {
      if (a[k + 1]->class_id == MCC_CLASS_CELL) notImplemented("textscan with a cell of delimiters", a.site);
      std::string d = a.text(k + 1);
      delim.clear();
      for (size_t i = 0; i < d.size(); ++i) {
        if (d[i] == '\\' && i + 1 < d.size() && d[i + 1] == 't') delim += '\t', ++i;
        else delim += d[i];
      }
    } else if (o == "headerlines") {
      header = static_cast<long>(a.scalar(k + 1));
    } else {
      notImplemented("textscan option '" + a.text(k) + "'", a.site);
    }
  }
  std::vector<Conversion> convs = parseFormat(a, fmt);
  size_t outputs = 0;
  for (const Conversion& c : convs)
    if (c.kind && !c.skip) ++outputs;
  std::vector<std::vector<double>> numbersOut(convs.size());
  std::vector<std::vector<std::string>> textsOut(convs.size());
  Scanner s(text, delim);
  s.skipLines(header);
  for (double row = 0; row < repeat && !s.atEnd(); ++row) {
    bool ok = true;
    for (size_t i = 0; i < convs.size() && ok; ++i) {
      double v = 0;
      std::string t;
      ok = s.read(convs[i], v, t);
      if (!ok || convs[i].skip || !convs[i].kind) continue;
      if (convs[i].kind == 's' || convs[i].kind == 'q') textsOut[i].push_back(t);
      else numbersOut[i].push_back(v);
    }
    if (!ok) break;
  }
  Ref cells = newCell({1, outputs}, a.site);
  size_t col = 0;
  for (size_t i = 0; i < convs.size(); ++i) {
    const Conversion& c = convs[i];
    if (!c.kind || c.skip) continue;
    Ref v;
    if (c.kind == 's' || c.kind == 'q') {
      v = newCell({textsOut[i].size(), 1}, a.site);
      for (size_t r = 0; r < textsOut[i].size(); ++r)
        setCellElement(v.get(), r, textsOut[i][r].empty() ? Ref(mcc_array_from_string("", 0)).get() : fromText(textsOut[i][r]).get());
    } else {
      v = newArray(MCC_CLASS_DOUBLE, false, {numbersOut[i].size(), 1}, false, a.site);
      std::copy(numbersOut[i].begin(), numbersOut[i].end(), dataOf<double>(v.get()));
      if (c.cls != MCC_CLASS_DOUBLE) v = Ref(mcc_array_cast(v.get(), c.cls, a.site));
    }
    setCellElement(cells.get(), col++, v.get());
  }
  if (file) std::fseek(file, start + static_cast<long>(s.pos()), SEEK_SET);
  a.set(0, std::move(cells));
  if (a.nargout > 1) a.set(1, scalarResult(static_cast<double>(file ? start + static_cast<long>(s.pos()) : static_cast<long>(s.pos()))));
}

}  // namespace

MCC_DEFINE_BUILTIN(dlmread) { dlmreadBuiltin(a, false); }
MCC_DEFINE_BUILTIN(csvread) { dlmreadBuiltin(a, true); }
MCC_DEFINE_BUILTIN(readmatrix) { readmatrixBuiltin(a); }
MCC_DEFINE_BUILTIN(dlmwrite) { dlmwriteBuiltin(a); }
MCC_DEFINE_BUILTIN(csvwrite) { csvwriteBuiltin(a); }
MCC_DEFINE_BUILTIN(writematrix) { writematrixBuiltin(a); }
MCC_DEFINE_BUILTIN(textscan) { textscanBuiltin(a); }

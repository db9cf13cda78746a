// num2str, int2str and mat2str: MATLAB's number-to-text conversions, built
// on rt::sprintf so that Inf, NaN and rounding match sprintf exactly.
//
// num2str and int2str print a matrix row by row with one fixed-width format,
// so columns line up, then drop the blank columns that every row shares at
// the left and right (MATLAB's strtrim of a char matrix).
#include "format/Format.h"

#include <algorithm>
#include <cmath>

namespace mcc::rt {

namespace {

std::string formatValues(const std::string& format, std::span<const double> values) {
  FormatArg arg = FormatArg::numeric(values);
  return rt::sprintf(format, std::span<const FormatArg>(&arg, 1));
}

std::vector<double> row(RealMatrix x, size_t r) {
  std::vector<double> values(x.cols);
  for (size_t c = 0; c < x.cols; ++c) values[c] = x.at(r, c);
  return values;
}

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

// char(rows) then strtrim: pads the rows to one length, then removes the
// leading and trailing columns that are blank in every row.
CharRows trimColumns(CharRows rows) {
  size_t width = 0;
  for (const std::string& r : rows) width = std::max(width, r.size());
  for (std::string& r : rows) r.resize(width, ' ');
  auto blankColumn = [&](size_t c) {
    return std::all_of(rows.begin(), rows.end(), [&](const std::string& r) { return isBlank(r[c]); });
  };
  size_t begin = 0, end = width;
  while (begin < end && blankColumn(begin)) ++begin;
  while (end > begin && blankColumn(end - 1)) --end;
  for (std::string& r : rows) r = r.substr(begin, end - begin);
  return rows;
}

// floor(log10(max |x|)) over the finite elements; 0 when all are zero or
// not finite.
int magnitude(RealMatrix x) {
  double xmax = 0;
  for (size_t i = 0; i < x.numel(); ++i)
    if (std::isfinite(x.data[i])) xmax = std::max(xmax, std::fabs(x.data[i]));
  return xmax > 0 ? int(std::floor(std::log10(xmax))) : 0;
}

// '%{d+7}.{d}g' on every row. Where a negative number fills its whole field
// and so touches the number before it, MATLAB inserts a blank column.
CharRows formatSignificant(RealMatrix x, int digits) {
  digits = std::max(digits, 0);
  std::string format = "%" + std::to_string(digits + 7) + "." + std::to_string(digits) + "g";
  CharRows rows;
  for (size_t r = 0; r < x.rows; ++r) rows.push_back(formatValues(format, row(x, r)));
  std::vector<size_t> touching;
  for (const std::string& s : rows)
    for (size_t k = 1; k < s.size(); ++k)
      if (s[k] == '-' && !isBlank(s[k - 1]) && s[k - 1] != 'e' && s[k - 1] != 'E') touching.push_back(k);
  std::sort(touching.begin(), touching.end());
  touching.erase(std::unique(touching.begin(), touching.end()), touching.end());
  for (auto k = touching.rbegin(); k != touching.rend(); ++k)
    for (std::string& s : rows) s.insert(std::min(*k, s.size()), 1, ' ');
  return trimColumns(std::move(rows));
}

}  // namespace

CharRows int2str(RealMatrix x) {
  if (x.numel() == 0) return {};
  std::vector<double> rounded(x.data, x.data + x.numel());
  for (double& v : rounded) v = std::round(v);  // half away from zero
  RealMatrix y{rounded.data(), x.rows, x.cols};
  if (y.numel() == 1) return {formatValues("%.0f", rounded)};

  // Width: the digits of the largest finite magnitude (at least 3 when Inf
  // or NaN must fit), plus two blanks between columns.
  bool anyNonFinite = std::any_of(rounded.begin(), rounded.end(), [](double v) { return !std::isfinite(v); });
  int digits = magnitude(y) + 1;
  if (anyNonFinite) digits = std::max(digits, 3);
  std::string format = "%" + std::to_string(digits + 2) + ".0f";
  CharRows rows;
  for (size_t r = 0; r < y.rows; ++r) rows.push_back(formatValues(format, row(y, r)));
  return trimColumns(std::move(rows));
}

std::string int2str(double x) { return int2str(RealMatrix{&x, 1, 1})[0]; }

CharRows num2str(RealMatrix x) {
  if (x.numel() == 0) return {};
  // Integer-valued arrays (Inf and NaN count as such) print as integers,
  // all digits however large.
  bool integers = std::all_of(x.data, x.data + x.numel(), [](double v) { return !std::isfinite(v) || v == std::trunc(v); });
  if (integers) return int2str(x);
  // Otherwise %g with four digits after the leading one, more for large
  // magnitudes, never more than 16.
  return formatSignificant(x, std::min(std::max(magnitude(x) + 5, 5), 16));
}

std::string num2str(double x) { return num2str(RealMatrix{&x, 1, 1})[0]; }

CharRows num2str(RealMatrix x, int precision) {
  if (x.numel() == 0) return {};
  return formatSignificant(x, precision);
}

CharRows num2str(RealMatrix x, std::string_view format) {
  if (x.numel() == 0) return {};
  std::string f(format);
  CharRows rows;
  for (size_t r = 0; r < x.rows; ++r) rows.push_back(formatValues(f, row(x, r)));
  return trimColumns(std::move(rows));
}

std::string mat2str(RealMatrix x, int precision) {
  if (x.rows == 0 && x.cols == 0) return "[]";
  if (x.numel() == 0) return "zeros(" + std::to_string(x.rows) + "," + std::to_string(x.cols) + ")";
  std::string format = "%." + std::to_string(precision) + "g";
  auto element = [&](size_t r, size_t c) {
    double v = x.at(r, c);
    if (x.logical) return std::string(v != 0 ? "true" : "false");
    return formatValues(format, std::span<const double>(&v, 1));
  };
  if (x.numel() == 1) return element(0, 0);
  std::string s = "[";
  for (size_t r = 0; r < x.rows; ++r) {
    if (r > 0) s += ';';
    for (size_t c = 0; c < x.cols; ++c) {
      if (c > 0) s += ' ';
      s += element(r, c);
    }
  }
  return s + "]";
}

std::string mat2str(CharMatrix x) {
  auto quotedRow = [&](size_t r) {
    std::string s = "'";
    for (size_t c = 0; c < x.cols; ++c) {
      char ch = x.data[c * x.rows + r];
      s += ch;
      if (ch == '\'') s += '\'';
    }
    return s + "'";
  };
  if (x.rows <= 1) return x.rows == 1 ? quotedRow(0) : "''";
  std::string s = "[";
  for (size_t r = 0; r < x.rows; ++r) {
    if (r > 0) s += ';';
    s += quotedRow(r);
  }
  return s + "]";
}

}  // namespace mcc::rt

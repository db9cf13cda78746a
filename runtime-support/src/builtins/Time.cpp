// Builtins of time.def: the clock (clock, now, date, cputime, etime,
// pause) and serial date numbers (datenum, datevec, datestr, weekday).
//
// A date number counts days from the year 0 as MATLAB's do: day 1 is
// 1-Jan-0000 of the proleptic Gregorian calendar, the fraction is the time
// of day. datenum carries seconds, minutes, hours and days that fall
// outside their range into the next unit, carries months above 12 into
// years and takes months below 1 as 1, as MATLAB's documentation says
// ("Carryover in Date Vectors and Strings"). datestr takes MATLAB's numbered formats
// 0, 1, 2, 13, 23, 29, 30, 31 and free formats of the symbols yyyy yy mmmm
// mmm mm m dddd ddd dd d HH MM SS FFF AM PM; text input to datenum and
// datevec is read with an explicit format or one of those formats that
// matches. Tests: tests/conformance/programs/time_dates.m.
#include <chrono>
#include <cmath>
#include <ctime>
#include <string>
#include <thread>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/StringArgs.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

const char* kMonths[12] = {"January", "February", "March",     "April",   "May",      "June",
                           "July",    "August",   "September", "October", "November", "December"};
const char* kDays[7] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const int kCumDays[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

bool isLeap(double y) { return (std::fmod(y, 4) == 0 && std::fmod(y, 100) != 0) || std::fmod(y, 400) == 0; }

// The date number of a date vector (year, month, day, hour, minute, second).
double dateNumber(double y, double mo, double d, double h = 0, double mi = 0, double s = 0) {
  mo = std::floor(mo);
  if (mo < 1) mo = 1;
  if (mo > 12) {  // month 14 of 2024 is February 2025
    y += std::floor((mo - 1) / 12);
    mo = std::fmod(mo - 1, 12) + 1;
  }
  int m = static_cast<int>(mo);
  double days = 365 * y + std::ceil(y / 4) - std::ceil(y / 100) + std::ceil(y / 400) + kCumDays[m - 1] + d;
  if (m > 2 && isLeap(y)) days += 1;
  return days + (h + (mi + s / 60) / 60) / 24;
}

struct DateVec {
  double year, month, day, hour, minute, second;
};

// The date vector of a date number, the time rounded to milliseconds.
DateVec dateVector(double n) {
  double whole = std::floor(n);
  double ms = std::round((n - whole) * 86400000.0);
  if (ms >= 86400000.0) whole += 1, ms -= 86400000.0;
  double y = std::floor(whole / 365.2425);
  while (dateNumber(y, 1, 1) > whole) y -= 1;
  while (dateNumber(y + 1, 1, 1) <= whole) y += 1;
  int m = 12;
  while (m > 1 && dateNumber(y, m, 1) > whole) --m;
  DateVec v;
  v.year = y, v.month = m, v.day = whole - dateNumber(y, m, 1) + 1;
  v.hour = std::floor(ms / 3600000.0);
  ms -= v.hour * 3600000.0;
  v.minute = std::floor(ms / 60000.0);
  v.second = (ms - v.minute * 60000.0) / 1000.0;
  return v;
}

// 1 (Sunday) to 7 (Saturday).
int weekdayOf(double n) {
  double w = std::fmod(std::floor(n) - 2, 7.0);
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

// Local time now as a date vector (seconds with their fraction).
DateVec localNow() {
  auto now = std::chrono::system_clock::now();
  std::time_t secs = std::chrono::system_clock::to_time_t(now);
  double frac = std::chrono::duration<double>(now - std::chrono::system_clock::from_time_t(secs)).count();
  std::tm tm{};
  localtime_r(&secs, &tm);
  return {double(tm.tm_year + 1900), double(tm.tm_mon + 1), double(tm.tm_mday), double(tm.tm_hour), double(tm.tm_min),
          tm.tm_sec + frac};
}

std::string twoDigits(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02.0f", v);
  return buf;
}

// The numbered formats of datestr.
std::string numberedFormat(int k, const Args& a) {
  switch (k) {
    case 0: return "dd-mmm-yyyy HH:MM:SS";
    case 1: return "dd-mmm-yyyy";
    case 2: return "mm/dd/yy";
    case 13: return "HH:MM:SS";
    case 23: return "mm/dd/yyyy";
    case 29: return "yyyy-mm-dd";
    case 30: return "yyyymmddTHHMMSS";
    case 31: return "yyyy-mm-dd HH:MM:SS";
  }
  notImplemented("datestr format number " + std::to_string(k), a.site);
}

// A date vector written in a datestr format.
std::string formatDate(const DateVec& v, const std::string& fmt) {
  bool ampm = fmt.find("AM") != std::string::npos || fmt.find("PM") != std::string::npos;
  std::string out;
  auto starts = [&](size_t i, const char* s) { return fmt.compare(i, std::strlen(s), s) == 0; };
  double sec = std::floor(v.second + 1e-9);
  for (size_t i = 0; i < fmt.size();) {
    int mon = static_cast<int>(v.month) - 1;
    if (starts(i, "yyyy")) out += std::to_string(static_cast<long long>(v.year)), i += 4;
    else if (starts(i, "yy")) out += twoDigits(std::fmod(v.year, 100)), i += 2;
    else if (starts(i, "mmmm")) out += kMonths[mon], i += 4;
    else if (starts(i, "mmm")) out += std::string(kMonths[mon], 3), i += 3;
    else if (starts(i, "mm")) out += twoDigits(v.month), i += 2;
    else if (starts(i, "m")) out += kMonths[mon][0], i += 1;
    else if (starts(i, "dddd")) out += kDays[weekdayOf(dateNumber(v.year, v.month, v.day)) - 1], i += 4;
    else if (starts(i, "ddd")) out += std::string(kDays[weekdayOf(dateNumber(v.year, v.month, v.day)) - 1], 3), i += 3;
    else if (starts(i, "dd")) out += twoDigits(v.day), i += 2;
    else if (starts(i, "d")) out += kDays[weekdayOf(dateNumber(v.year, v.month, v.day)) - 1][0], i += 1;
    else if (starts(i, "HH")) {
      double h = v.hour;
      if (ampm) h = std::fmod(h, 12) == 0 ? 12 : std::fmod(h, 12);
      out += ampm ? std::to_string(static_cast<int>(h)) : twoDigits(h);
      if (ampm && h < 10) out.insert(out.size() - 1, " ");
      i += 2;
    } else if (starts(i, "MM")) out += twoDigits(v.minute), i += 2;
    else if (starts(i, "SS")) out += twoDigits(sec), i += 2;
    else if (starts(i, "FFF")) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%03.0f", std::round((v.second - sec) * 1000));
      out += buf, i += 3;
    } else if (starts(i, "AM") || starts(i, "PM")) out += v.hour >= 12 ? "PM" : "AM", i += 2;
    else out += fmt[i++];
  }
  return out;
}

// Reads text in a datestr format; false when it does not match.
bool parseDate(const std::string& text, const std::string& fmt, DateVec& v) {
  v = {0, 1, 1, 0, 0, 0};
  DateVec now = localNow();
  bool yearGiven = false, pm = false, ampm = false;
  size_t p = 0;
  auto starts = [&](size_t i, const char* s) { return fmt.compare(i, std::strlen(s), s) == 0; };
  auto digits = [&](size_t maxCount, double& out) {
    size_t start = p;
    while (p < text.size() && p - start < maxCount && std::isdigit(static_cast<unsigned char>(text[p]))) ++p;
    if (p == start) return false;
    out = std::stod(text.substr(start, p - start));
    return true;
  };
  auto word = [&](const char* const* names, int count, size_t len, double& out) {
    for (int k = 0; k < count; ++k) {
      std::string n = len ? std::string(names[k], len) : names[k];
      if (lower(text.substr(p, n.size())) == lower(n)) {
        p += n.size();
        out = k + 1;
        return true;
      }
    }
    return false;
  };
  for (size_t i = 0; i < fmt.size();) {
    bool ok = true;
    double ignored;
    if (starts(i, "yyyy")) ok = digits(4, v.year), yearGiven = true, i += 4;
    else if (starts(i, "yy")) ok = digits(2, v.year), v.year += 2000, yearGiven = true, i += 2;
    else if (starts(i, "mmmm")) ok = word(kMonths, 12, 0, v.month), i += 4;
    else if (starts(i, "mmm")) ok = word(kMonths, 12, 3, v.month), i += 3;
    else if (starts(i, "mm")) ok = digits(2, v.month), i += 2;
    else if (starts(i, "dddd")) ok = word(kDays, 7, 0, ignored), i += 4;
    else if (starts(i, "ddd")) ok = word(kDays, 7, 3, ignored), i += 3;
    else if (starts(i, "dd")) ok = digits(2, v.day), i += 2;
    else if (starts(i, "HH")) ok = digits(2, v.hour), i += 2;
    else if (starts(i, "MM")) ok = digits(2, v.minute), i += 2;
    else if (starts(i, "SS")) ok = digits(2, v.second), i += 2;
    else if (starts(i, "FFF")) {
      double ms;
      ok = digits(3, ms), v.second += ms / 1000, i += 3;
    } else if (starts(i, "AM") || starts(i, "PM")) {
      std::string t = lower(text.substr(p, 2));
      ok = t == "am" || t == "pm", pm = t == "pm", ampm = true, p += 2, i += 2;
    } else {
      ok = p < text.size() && text[p] == fmt[i], ++p, ++i;
    }
    if (!ok) return false;
  }
  if (p != text.size()) return false;
  if (ampm) v.hour = std::fmod(v.hour, 12) + (pm ? 12 : 0);
  if (!yearGiven) v.year = now.year;
  return v.month >= 1 && v.month <= 12 && v.day >= 1 && v.day <= 31;
}

// The date vector of text: with a format, or the first standard one that
// matches.
DateVec parseDateText(const Args& a, const std::string& text, const std::string* fmt) {
  DateVec v;
  if (fmt) {
    if (!parseDate(text, *fmt, v)) a.error("DATENUM failed. The date '" + text + "' does not match the format '" + *fmt + "'.");
    return v;
  }
  for (const char* f : {"dd-mmm-yyyy HH:MM:SS", "dd-mmm-yyyy", "yyyy-mm-dd HH:MM:SS", "yyyy-mm-dd", "mm/dd/yyyy",
                        "mm/dd/yy", "yyyy/mm/dd", "HH:MM:SS", "HH:MM", "mmm-dd-yyyy HH:MM:SS", "mmm-dd-yyyy",
                        "dd mmm yyyy HH:MM:SS", "dd mmm yyyy", "mmm dd yyyy", "yyyymmddTHHMMSS"})
    if (parseDate(text, f, v)) return v;
  a.error("DATENUM failed. The date '" + text + "' is not in a recognized format.");
}

// The rows of a char matrix or the elements of a cellstr, as text.
std::vector<std::string> textRows(const Args& a, const mcc_array* x) {
  std::vector<std::string> rows;
  if (x->class_id == MCC_CLASS_CELL) {
    for (size_t k = 0; k < x->numel; ++k) {
      const mcc_array* e = static_cast<mcc_array**>(x->data)[k];
      if (!e || e->class_id != MCC_CLASS_CHAR) a.error("Cell array input must contain only character vectors.");
      rows.push_back(toText(e));
    }
    return rows;
  }
  size_t r = x->ndims ? x->dims[0] : 0, c = x->numel && r ? x->numel / r : 0;
  const uint16_t* d = static_cast<const uint16_t*>(x->data);
  for (size_t i = 0; i < r; ++i) {
    std::string s;
    for (size_t j = 0; j < c; ++j) s += static_cast<char>(d[j * r + i]);
    rows.push_back(s);
  }
  return rows;
}

Ref column(const std::vector<double>& v, const mcc_site* site) {
  Ref r = newArray(MCC_CLASS_DOUBLE, false, {v.size(), 1}, false, site);
  std::copy(v.begin(), v.end(), dataOf<double>(r.get()));
  return r;
}

// The date numbers an input of datestr/datevec/weekday stands for: text, a
// date vector (1x3 or 1x6, or rows of them: N x 3 / N x 6 with plausible
// months), or date numbers.
std::vector<double> dateNumbersOf(const Args& a, uint32_t k, const std::string* fmt) {
  const mcc_array* x = a[k];
  std::vector<double> out;
  if (x->class_id == MCC_CLASS_CHAR || x->class_id == MCC_CLASS_CELL) {
    for (const std::string& row : textRows(a, x)) {
      DateVec v = parseDateText(a, row, fmt);
      out.push_back(dateNumber(v.year, v.month, v.day, v.hour, v.minute, v.second));
    }
    return out;
  }
  std::vector<double> d = numbers(x, a, "Date numbers must be real.");
  size_t cols = x->ndims == 2 ? x->dims[1] : 0, rows = x->ndims == 2 ? x->dims[0] : 0;
  bool vectors = (cols == 3 || cols == 6) && rows > 0;
  for (size_t i = 0; vectors && i < rows; ++i)
    if (d[rows + i] < 1 || d[rows + i] > 12 || d[i] < 1000 || d[i] > 9999) vectors = false;
  if (vectors) {
    for (size_t i = 0; i < rows; ++i) {
      auto at = [&](size_t j) { return j < cols ? d[j * rows + i] : 0.0; };
      out.push_back(dateNumber(at(0), at(1), at(2), at(3), at(4), at(5)));
    }
    return out;
  }
  return d;
}

void datenumBuiltin(const Args& a) {
  a.arity(1, 6, 1);
  if (runAsText(a, mcc_bi_datenum, TextOut::Same)) return;  // datenum("2020-01-01")
  if (a[0]->class_id == MCC_CLASS_CHAR || a[0]->class_id == MCC_CLASS_CELL) {
    std::string fmt;
    if (a.nargin >= 2 && a.isText(1)) fmt = a.text(1);
    std::vector<double> d = dateNumbersOf(a, 0, a.nargin >= 2 && a.isText(1) ? &fmt : nullptr);
    a.set(0, d.size() == 1 ? scalarResult(d[0]) : column(d, a.site));
    return;
  }
  if (a.nargin == 1) {
    const mcc_array* x = a[0];
    size_t cols = x->ndims == 2 ? x->dims[1] : 0;
    if (cols == 3 || cols == 6) {
      std::vector<double> d = dateNumbersOf(a, 0, nullptr);
      a.set(0, d.size() == 1 ? scalarResult(d[0]) : column(d, a.site));
    } else {
      a.set(0, Ref(mcc_array_retain(const_cast<mcc_array*>(x))));  // date numbers stay as they are
    }
    return;
  }
  if (a.nargin != 3 && a.nargin != 6) a.error("Expected 3 or 6 date vector components.");
  // datenum(Y, M, D [, H, MI, S]) element-wise, scalars expanded.
  std::vector<std::vector<double>> parts;
  size_t n = 1;
  const mcc_array* shape = a[0];
  for (uint32_t k = 0; k < a.nargin; ++k) {
    parts.push_back(numbers(a[k], a, "Date components must be real."));
    if (a[k]->numel != 1) {
      if (n != 1 && a[k]->numel != n) a.error("All inputs must be the same size or any of them can be a scalar.");
      n = a[k]->numel, shape = a[k];
    }
  }
  Ref r = newArray(MCC_CLASS_DOUBLE, false, dimsOf(shape), false, a.site);
  for (size_t i = 0; i < n; ++i) {
    auto at = [&](size_t k) { return k < parts.size() ? (parts[k].size() == 1 ? parts[k][0] : parts[k][i]) : 0.0; };
    dataOf<double>(r.get())[i] = dateNumber(at(0), at(1), at(2), at(3), at(4), at(5));
  }
  a.set(0, std::move(r));
}

void datevecBuiltin(const Args& a) {
  a.arity(1, 2, 6);
  std::string fmt;
  if (a.nargin == 2) fmt = a.text(1);
  std::vector<double> d = dateNumbersOf(a, 0, a.nargin == 2 ? &fmt : nullptr);
  std::vector<DateVec> v;
  for (double x : d) v.push_back(dateVector(x));
  auto field = [&](size_t j, const DateVec& e) {
    const double f[6] = {e.year, e.month, e.day, e.hour, e.minute, e.second};
    return f[j];
  };
  if (a.nargout <= 1) {
    Ref r = newArray(MCC_CLASS_DOUBLE, false, {v.size(), 6}, false, a.site);
    for (size_t i = 0; i < v.size(); ++i)
      for (size_t j = 0; j < 6; ++j) dataOf<double>(r.get())[j * v.size() + i] = field(j, v[i]);
    a.set(0, std::move(r));
    return;
  }
  for (uint32_t j = 0; j < a.nargout; ++j) {
    std::vector<double> c;
    for (const DateVec& e : v) c.push_back(field(j, e));
    a.set(j, c.size() == 1 ? scalarResult(c[0]) : column(c, a.site));
  }
}

void datestrBuiltin(const Args& a) {
  a.arity(1, 3, 1);
  std::vector<double> d = dateNumbersOf(a, 0, nullptr);
  std::string fmt;
  if (a.nargin >= 2 && a[1]->numel) {
    if (a.isText(1)) fmt = a.text(1);
    else fmt = numberedFormat(static_cast<int>(a.scalar(1)), a);
  } else {
    bool timeOfDay = false;
    for (double x : d) {
      DateVec v = dateVector(x);
      if (v.hour || v.minute || v.second) timeOfDay = true;
    }
    fmt = numberedFormat(timeOfDay ? 0 : 1, a);
  }
  std::vector<std::string> rows;
  for (double x : d) rows.push_back(formatDate(dateVector(x), fmt));
  a.set(0, charMatrix(rows, a.site));
}

void weekdayBuiltin(const Args& a) {
  a.arity(1, 2, 2);
  std::vector<double> d = dateNumbersOf(a, 0, nullptr);
  bool longNames = a.nargin == 2 && option(a, 1) == "long";
  std::vector<double> n;
  std::vector<std::string> names;
  for (double x : d) {
    n.push_back(weekdayOf(x));
    names.push_back(longNames ? kDays[weekdayOf(x) - 1] : std::string(kDays[weekdayOf(x) - 1], 3));
  }
  if (n.size() == 1) a.set(0, scalarResult(n[0]));
  else a.set(0, column(n, a.site));
  if (a.nargout > 1) a.set(1, charMatrix(names, a.site));
}

// etime(t1, t0): seconds from date vector t0 to t1.
void etimeBuiltin(const Args& a) {
  a.arity(2, 2, 1);
  std::vector<double> t1 = numbers(a[0], a, "Inputs must be real."), t0 = numbers(a[1], a, "Inputs must be real.");
  if (t1.size() != 6 || t0.size() != 6) a.error("Inputs must be date vectors of 6 elements (from clock).");
  double days = dateNumber(t1[0], t1[1], t1[2]) - dateNumber(t0[0], t0[1], t0[2]);
  a.set(0, scalarResult(86400 * days + (t1[3] - t0[3]) * 3600 + (t1[4] - t0[4]) * 60 + (t1[5] - t0[5])));
}

bool& pauseEnabled() {
  static bool enabled = true;
  return enabled;
}

// pause(n), pause (waits for a line on standard input: a key press in a
// terminal), pause('on'|'off'|'query'), state = pause('query').
void pauseBuiltin(const Args& a) {
  a.arity(0, 1, 1);
  if (a.nargin == 1 && a[0]->class_id == MCC_CLASS_CHAR) {
    std::string o = option(a, 0);
    bool was = pauseEnabled();
    if (o == "on") pauseEnabled() = true;
    else if (o == "off") pauseEnabled() = false;
    else if (o != "query") a.error("Input must be 'on', 'off', 'query', or a nonnegative real number.");
    if (a.nargout || o == "query") a.set(0, fromText(was ? "on" : "off"));
    return;
  }
  if (a.nargout) a.error("Too many output arguments.");
  double n = a.nargin ? a.scalar(0) : INFINITY;
  if (!(n >= 0)) a.error("Input must be 'on', 'off', 'query', or a nonnegative real number.");
  if (!pauseEnabled()) return;
  std::fflush(stdout);
  if (std::isinf(n)) {
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) {
    }
    return;
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(n));
}

}  // namespace

MCC_DEFINE_BUILTIN(clock) {
  a.arity(0, 0, 1);
  DateVec v = localNow();
  a.set(0, rowOf({v.year, v.month, v.day, v.hour, v.minute, v.second}, MCC_CLASS_DOUBLE, a.site));
}
MCC_DEFINE_BUILTIN(now) {
  a.arity(0, 0, 1);
  DateVec v = localNow();
  a.set(0, scalarResult(dateNumber(v.year, v.month, v.day, v.hour, v.minute, v.second)));
}
MCC_DEFINE_BUILTIN(date) {
  a.arity(0, 0, 1);
  DateVec v = localNow();
  a.set(0, fromText(formatDate(v, "dd-mmm-yyyy")));
}
MCC_DEFINE_BUILTIN(cputime) {
  a.arity(0, 0, 1);
  a.set(0, scalarResult(static_cast<double>(std::clock()) / CLOCKS_PER_SEC));
}
MCC_DEFINE_BUILTIN(etime) { etimeBuiltin(a); }
MCC_DEFINE_BUILTIN(pause) { pauseBuiltin(a); }
MCC_DEFINE_BUILTIN(datenum) { datenumBuiltin(a); }
MCC_DEFINE_BUILTIN(datevec) { datevecBuiltin(a); }
MCC_DEFINE_BUILTIN(datestr) { datestrBuiltin(a); }
MCC_DEFINE_BUILTIN(weekday) { weekdayBuiltin(a); }

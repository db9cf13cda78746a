// The calibration table: a small JSON document (written by `mcc calibrate`,
// format in README "GPU and calibration") parsed into gpu::Calibration. The
// table in effect is, first found: the file named by MCC_CALIBRATION, the
// table a build embedded (`mcc --calibration FILE` defines the symbol
// mcc_calibration_json), the default table compiled into the runtime.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <vector>

#include "gpu/Gpu.h"

// Defined by a build with --calibration; a weak reference is null otherwise.
extern "C" {
__attribute__((weak)) extern const char mcc_calibration_json[];
}

namespace mcc::gpu {
namespace {

#include "gpu/DefaultCalibration.inc"  // kDefaultCalibration: shaders/calibration/default.json

// A JSON value: just what the table needs (no \u escapes in keys we read).
struct Json {
  enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
  double number = 0;
  std::string text;
  std::vector<Json> items;
  std::map<std::string, Json> fields;

  const Json* get(const char* key) const {
    auto it = fields.find(key);
    return it == fields.end() ? nullptr : &it->second;
  }
  double num(const char* key, double fallback) const {
    const Json* j = get(key);
    return j && j->kind == Number ? j->number : fallback;
  }
  bool flag(const char* key) const {
    const Json* j = get(key);
    return j && j->kind == Bool && j->number != 0;
  }
};

class Parser {
 public:
  Parser(const char* s, size_t n) : p_(s), end_(s + n) {}
  bool document(Json& out) {
    if (!value(out, 0)) return false;
    space();
    return p_ == end_ || (error_ = "text after the JSON value", false);
  }
  const std::string& error() const { return error_; }

 private:
  void space() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\t' || *p_ == '\r')) ++p_;
  }
  bool literal(const char* word) {
    size_t n = std::strlen(word);
    if (static_cast<size_t>(end_ - p_) < n || std::memcmp(p_, word, n)) return false;
    p_ += n;
    return true;
  }
  bool string(std::string& out) {
    ++p_;  // the opening quote
    while (p_ < end_ && *p_ != '"') {
      if (*p_ == '\\' && p_ + 1 < end_) ++p_;
      out += *p_++;
    }
    if (p_ == end_) return error_ = "unterminated string", false;
    ++p_;
    return true;
  }
  bool value(Json& out, int depth) {
    space();
    if (p_ == end_ || depth > 32) return error_ = "expected a value", false;
    char ch = *p_;
    if (ch == '{' || ch == '[') {
      bool object = ch == '{';
      out.kind = object ? Json::Object : Json::Array;
      ++p_;
      space();
      if (p_ < end_ && *p_ == (object ? '}' : ']')) return ++p_, true;
      for (;;) {
        Json item;
        std::string key;
        if (object) {
          space();
          if (p_ == end_ || *p_ != '"' || !string(key)) return error_ = "expected a key", false;
          space();
          if (p_ == end_ || *p_++ != ':') return error_ = "expected ':'", false;
        }
        if (!value(item, depth + 1)) return false;
        if (object) out.fields[key] = std::move(item);
        else out.items.push_back(std::move(item));
        space();
        if (p_ < end_ && *p_ == ',') {
          ++p_;
          continue;
        }
        if (p_ < end_ && *p_ == (object ? '}' : ']')) return ++p_, true;
        return error_ = object ? "expected ',' or '}'" : "expected ',' or ']'", false;
      }
    }
    if (ch == '"') return out.kind = Json::String, string(out.text);
    if (literal("true")) return out.kind = Json::Bool, out.number = 1, true;
    if (literal("false")) return out.kind = Json::Bool, true;
    if (literal("null")) return true;
    char* stop = nullptr;
    std::string digits(p_, std::min<size_t>(end_ - p_, 64));
    out.number = std::strtod(digits.c_str(), &stop);
    if (stop == digits.c_str()) return error_ = "expected a value", false;
    out.kind = Json::Number;
    p_ += stop - digits.c_str();
    return true;
  }

  const char* p_;
  const char* end_;
  std::string error_;
};

// "rate_gops": {"arith": [single, double], ...} in G elements per second.
void read_rates(const Json* rates, double out[kOpClassCount][2]) {
  if (!rates) return;
  for (size_t c = 0; c < kOpClassCount; ++c) {
    const Json* pair = rates->get(op_class_key(static_cast<OpClass>(c)));
    if (!pair || pair->kind != Json::Array || pair->items.size() != 2) continue;
    for (int p = 0; p < 2; ++p) out[c][p] = pair->items[p].number * 1e9;
  }
}

Calibration load() {
  Calibration c;
  std::string error;
  if (const char* path = std::getenv("MCC_CALIBRATION")) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    if (in && parse_calibration(s.data(), s.size(), c, error)) {
      c.source = path;
      return c;
    }
    std::fprintf(stderr, "mcc: warning: ignoring MCC_CALIBRATION=%s: %s\n", path,
                 in ? error.c_str() : "cannot read it");
  }
  if (mcc_calibration_json && parse_calibration(mcc_calibration_json, std::strlen(mcc_calibration_json), c, error)) {
    c.source = "embedded";
    return c;
  }
  c = Calibration();
  parse_calibration(kDefaultCalibration, std::strlen(kDefaultCalibration), c, error);
  c.source = "default";
  return c;
}

}  // namespace

const char* op_class_key(OpClass c) {
  static const char* const keys[] = {
#define MCC_OP_CLASS(Name, key, doc) key,
#include "gpu/OpClasses.def"
  };
  return keys[static_cast<size_t>(c)];
}

bool parse_calibration(const char* json, size_t length, Calibration& out, std::string& error) {
  Json doc;
  Parser parser(json, length);
  if (!parser.document(doc)) {
    error = parser.error();
    return false;
  }
  const Json* format = doc.get("format");
  if (doc.kind != Json::Object || !format || format->text != "mcc-calibration-1") {
    error = "not an mcc calibration table (\"format\": \"mcc-calibration-1\")";
    return false;
  }
  const Json* cpu = doc.get("cpu");
  if (!cpu || cpu->kind != Json::Array || cpu->items.empty()) {
    error = "no \"cpu\" rows";
    return false;
  }
  out.cpu_rows = 0;
  for (const Json& row : cpu->items) {
    if (out.cpu_rows == std::size(out.cpu)) break;
    CpuRow& r = out.cpu[out.cpu_rows++];
    r.threads = static_cast<unsigned>(row.num("threads", 1));
    r.bandwidth = row.num("bandwidth_gbs", 1) * 1e9;
    read_rates(row.get("rate_gops"), r.rate);
  }
  const Json* gpu = doc.get("gpu");
  out.gpu_present = gpu && gpu->flag("present");
  if (out.gpu_present) {
    out.gpu_float64 = gpu->flag("float64");
    out.gpu_launch_seconds = gpu->num("launch_us", 50) * 1e-6;
    out.gpu_bandwidth = gpu->num("bandwidth_gbs", 100) * 1e9;
    read_rates(gpu->get("rate_gops"), out.gpu_rate);
    out.upload_bandwidth = gpu->num("upload_gbs", 10) * 1e9;
    out.download_bandwidth = gpu->num("download_gbs", 10) * 1e9;
    out.transfer_latency_seconds = gpu->num("transfer_latency_us", 20) * 1e-6;
  }
  return true;
}

const Calibration& calibration() {
  static const Calibration table = load();
  return table;
}

}  // namespace mcc::gpu

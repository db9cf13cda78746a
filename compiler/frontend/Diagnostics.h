// User-facing diagnostics, printed like clang's:
//
//   model.m:12:7: error: expected ')'
//      y = f(x
//            ^
//
// A diagnostic is a user error with a source range; compiler bugs are never
// reported through this channel (they assert). The engine counts errors, stops
// a run after an error limit, and can hold diagnostics back so that a
// speculative parse only shows the diagnostics of the reading that is kept.
#pragma once

#include <initializer_list>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "Source.h"

namespace mcc {

enum class DiagId {
#define DIAG(Name, Severity, Text) Name,
#include "DiagnosticKinds.def"
};

enum class Severity { Note, Warning, Error, Fatal };

struct Diagnostic {
  DiagId id;
  Severity severity;
  const SourceFile* file;  // null for diagnostics about no particular place
  SourceRange range;
  std::string message;
};

class DiagnosticEngine {
 public:
  explicit DiagnosticEngine(std::ostream* out) : out_(out) {}

  void report(const SourceFile* file, SourceRange range, DiagId id,
              std::initializer_list<std::string_view> args = {});
  // Re-emits diagnostics held by another engine (see `holding`).
  void replay(const std::vector<Diagnostic>& diags);

  unsigned errorCount() const { return errors_; }
  bool hasErrors() const { return errors_ > 0; }
  // True once the error limit was reached: callers should stop soon.
  bool stopped() const { return stopped_; }
  void setErrorLimit(unsigned limit) { errorLimit_ = limit; }
  unsigned errorLimit() const { return errorLimit_; }
  void setColor(bool color) { color_ = color; }
  // -w drops warnings; -Werror makes them errors.
  enum class Warnings { Report, Ignore, AsErrors };
  void setWarnings(Warnings w) { warnings_ = w; }

  // An engine with no output holds its diagnostics; `held()` gives them back.
  const std::vector<Diagnostic>& held() const { return held_; }

  static Severity severityOf(DiagId id);
  static std::string format(DiagId id, std::initializer_list<std::string_view> args);

 private:
  void record(const Diagnostic& d);
  void emit(const Diagnostic& d);

  std::ostream* out_;
  std::vector<Diagnostic> held_;
  unsigned errors_ = 0;
  unsigned errorLimit_ = 20;
  bool stopped_ = false;
  bool color_ = false;
  Warnings warnings_ = Warnings::Report;
};

}  // namespace mcc

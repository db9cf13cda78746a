// MATLAB's display of values: the text MATLAB prints for a statement without
// a semicolon (`x = pi` shows "x =" and the value) and for disp(x).
//
// display(name, x) and disp(x) return that text exactly, for double matrices
// (logical ones too, RealMatrix::logical), char arrays and complex doubles,
// in `format short` (the default) or `format long`, with `format loose`
// spacing (the default) or `format compact`, for a Command Window of a given
// width. Like the rest of format/, nothing here knows an array type: values
// come as flat column-major views (Format.h).
//
// The rules, their sources and what is not covered are in DISPLAY.md next to
// this file; tests/unit/DisplayTest.cpp checks each rule against the
// MATLAB output it was taken from.
#pragma once

#include <complex>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "format/Format.h"

namespace mcc::rt {

// The state MATLAB's `format` command and the Command Window size set.
struct DisplayOptions {
  enum Numeric { Short, Long };
  enum Spacing { Loose, Compact };
  Numeric numeric = Short;
  // format shortG / longG: non-integer doubles with 5 (15) significant
  // digits, fixed or e-notation, whichever is shorter.
  bool general = false;
  Spacing spacing = Loose;
  // Characters per line; a matrix wider than this is split into
  // "Columns N through M" blocks.
  size_t width = 80;
};

// A complex double 2-D array, column-major.
struct ComplexMatrix {
  const std::complex<double>* data;
  size_t rows;
  size_t cols;
  bool single = false;  // class single: display() says so in a header

  std::complex<double> at(size_t r, size_t c) const { return data[c * rows + r]; }
  size_t numel() const { return rows * cols; }
};

// An integer-class 2-D array (int8 ... uint64), column-major, each element
// as its exact value: signed classes in `signedData`, unsigned ones in
// `unsignedData` (the other is null). `className` is MATLAB's ("int8").
struct IntegerMatrix {
  const char* className;
  const int64_t* signedData;
  const uint64_t* unsignedData;
  size_t rows;
  size_t cols;

  size_t numel() const { return rows * cols; }
  std::string text(size_t r, size_t c) const {
    size_t k = c * rows + r;
    return signedData ? std::to_string(signedData[k]) : std::to_string(unsignedData[k]);
  }
};

// The options a running program's `format` command has set (format short,
// loose by default); what generated code displays with.
DisplayOptions& programDisplayOptions();

// What MATLAB prints for `name = x` (or a bare `name`) without a semicolon:
// in loose spacing a blank line, "name =", a blank line, the value and a
// blank line.
std::string display(std::string_view name, RealMatrix x, const DisplayOptions& options = {});
std::string display(std::string_view name, CharMatrix x, const DisplayOptions& options = {});
std::string display(std::string_view name, ComplexMatrix x, const DisplayOptions& options = {});
std::string display(std::string_view name, IntegerMatrix x, const DisplayOptions& options = {});

// What disp(x) prints: the value without the name; nothing for an empty array.
std::string disp(RealMatrix x, const DisplayOptions& options = {});
std::string disp(CharMatrix x, const DisplayOptions& options = {});
std::string disp(ComplexMatrix x, const DisplayOptions& options = {});
std::string disp(IntegerMatrix x, const DisplayOptions& options = {});

}  // namespace mcc::rt

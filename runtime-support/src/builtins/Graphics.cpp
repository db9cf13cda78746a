// Builtins of graphics.def: MATLAB's graphics functions in a program that
// has no graphics. Each call draws nothing (the compiler has warned at its
// call site); what remains is the bookkeeping a program can observe through
// handles: figures are numbered as in MATLAB (figure gives the lowest
// number not open, figure(n) opens or selects n, close closes the current,
// given or all figures, gcf opens figure 1 when none is open), and every
// other object (axes, lines, labels...) gets a distinct negative number.
// Arguments are not checked beyond their count: the call draws nothing, so
// there is nothing for them to be wrong about.
// Tests: tests/conformance/programs/graphics_noop_matlab.m, lit driver/graphics-warnings.m.
#include <algorithm>
#include <cmath>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

constexpr uint32_t kAny = 0xffffffffu;

struct Figures {
  std::vector<double> open;  // in the order they were last made current (current last)
  double nextObject = 0;
  double current() const { return open.empty() ? 0 : open.back(); }
  void select(double n) {
    open.erase(std::remove(open.begin(), open.end(), n), open.end());
    open.push_back(n);
  }
  double opened() {
    double n = 1;
    while (std::find(open.begin(), open.end(), n) != open.end()) ++n;
    select(n);
    return n;
  }
  double currentOrNew() { return open.empty() ? opened() : current(); }
  void close(double n) { open.erase(std::remove(open.begin(), open.end(), n), open.end()); }
  double object() { return nextObject -= 1; }
};

Figures& figures() {
  static Figures f;
  return f;
}

// A graphics function that would make one object: its handle when asked.
void drawing(const Args& a) {
  a.arity(0, kAny, 1);
  figures().currentOrNew();
  if (a.nargout) a.set(0, scalarResult(figures().object()));
}

// A function that changes a setting of the current axes or figure.
void setting(const Args& a) {
  a.arity(0, kAny, 0);
}

bool isFigureNumber(const mcc_array* x) {
  if (!x || x->numel != 1 || !isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR || x->is_complex) return false;
  double n = mcc_array_to_double(x, nullptr);
  return n >= 1 && n <= 2147483646 && n == std::floor(n);
}

void figureBuiltin(const Args& a) {
  a.arity(0, kAny, 1);
  double n;
  if (a.nargin % 2 == 1) {
    if (!isFigureNumber(a[0])) a.error("Single input must be an existing figure handle or a scalar integer from 1 to 2147483646.");
    n = a.scalar(0);
    figures().select(n);
  } else {
    n = figures().opened();  // figure('Name', value, ...) opens a new one
  }
  if (a.nargout) a.set(0, scalarResult(n));
}

// close, close(n), close([n m]), close('all'), close all; close force and
// close hidden as close all. With an output: 1.
void closeBuiltin(const Args& a) {
  a.arity(0, 2, 1);
  Figures& f = figures();
  if (a.nargin == 0) {
    f.close(f.current());
  } else if (a.isText(0)) {
    std::string what = option(a, 0);
    if (what == "all" || what == "force" || what == "hidden") f.open.clear();
    // close('name') closes a figure of that name: none has one here.
  } else {
    std::vector<double> ns = numbers(a[0], a, "Invalid figure handle.");
    for (double n : ns) f.close(n);
  }
  if (a.nargout) a.set(0, scalarResult(1));
}

}  // namespace

MCC_DEFINE_BUILTIN(figure) { figureBuiltin(a); }
MCC_DEFINE_BUILTIN(gcf) {
  a.arity(0, 0, 1);
  a.set(0, scalarResult(figures().currentOrNew()));
}
// The axes of a figure: one per figure, numbered by the figure (-0.5 for
// figure 1, -1.5 for figure 2...), as close as a number gets to "the same
// axes every time".
MCC_DEFINE_BUILTIN(gca) {
  a.arity(0, 0, 1);
  a.set(0, scalarResult(0.5 - figures().currentOrNew()));
}
MCC_DEFINE_BUILTIN(close) { closeBuiltin(a); }
MCC_DEFINE_BUILTIN(clf) {
  a.arity(0, 2, 1);
  double n = figures().currentOrNew();
  if (a.nargout) a.set(0, scalarResult(n));
}
MCC_DEFINE_BUILTIN(subplot) { drawing(a); }
MCC_DEFINE_BUILTIN(hold) { setting(a); }
MCC_DEFINE_BUILTIN(grid) { setting(a); }
MCC_DEFINE_BUILTIN(axis) {
  if (a.nargout) notImplemented("axis with an output (the limits of axes that a compiled program does not draw)", a.site);
  setting(a);
}
// Limits and ticks of axes never drawn: set, not read.
void limits(const Args& a, const char* name) {
  if (a.nargout) notImplemented(std::string(name) + " with an output (of axes that a compiled program does not draw)", a.site);
  setting(a);
}
MCC_DEFINE_BUILTIN(xlim) { limits(a, "xlim"); }
MCC_DEFINE_BUILTIN(ylim) { limits(a, "ylim"); }
MCC_DEFINE_BUILTIN(zlim) { limits(a, "zlim"); }
MCC_DEFINE_BUILTIN(xticks) { limits(a, "xticks"); }
MCC_DEFINE_BUILTIN(yticks) { limits(a, "yticks"); }
MCC_DEFINE_BUILTIN(view) { limits(a, "view"); }
MCC_DEFINE_BUILTIN(shading) { setting(a); }
MCC_DEFINE_BUILTIN(box) { setting(a); }
MCC_DEFINE_BUILTIN(axes) { drawing(a); }
MCC_DEFINE_BUILTIN(sgtitle) { drawing(a); }
MCC_DEFINE_BUILTIN(quiver) { drawing(a); }
MCC_DEFINE_BUILTIN(pie) { drawing(a); }
MCC_DEFINE_BUILTIN(drawnow) { setting(a); }
MCC_DEFINE_BUILTIN(colormap) {
  if (a.nargout) notImplemented("colormap with an output (the colors of a figure that a compiled program does not draw)", a.site);
  setting(a);
}
MCC_DEFINE_BUILTIN(colorbar) { drawing(a); }
MCC_DEFINE_BUILTIN(set) {
  a.arity(1, kAny, 0);
  if (!isValueClass(a[0]->class_id) || a[0]->class_id == MCC_CLASS_CHAR)
    notImplemented("set of a value that is not a graphics handle", a.site);
}
MCC_DEFINE_BUILTIN(xlabel) { drawing(a); }
MCC_DEFINE_BUILTIN(ylabel) { drawing(a); }
MCC_DEFINE_BUILTIN(zlabel) { drawing(a); }
MCC_DEFINE_BUILTIN(title) { drawing(a); }
MCC_DEFINE_BUILTIN(legend) { drawing(a); }
MCC_DEFINE_BUILTIN(text) { drawing(a); }
MCC_DEFINE_BUILTIN(plot) { drawing(a); }
MCC_DEFINE_BUILTIN(plot3) { drawing(a); }
MCC_DEFINE_BUILTIN(semilogx) { drawing(a); }
MCC_DEFINE_BUILTIN(semilogy) { drawing(a); }
MCC_DEFINE_BUILTIN(loglog) { drawing(a); }
MCC_DEFINE_BUILTIN(scatter) { drawing(a); }
MCC_DEFINE_BUILTIN(bar) { drawing(a); }
MCC_DEFINE_BUILTIN(histogram) { drawing(a); }
MCC_DEFINE_BUILTIN(area) { drawing(a); }
MCC_DEFINE_BUILTIN(errorbar) { drawing(a); }
MCC_DEFINE_BUILTIN(stairs) { drawing(a); }
MCC_DEFINE_BUILTIN(stem) { drawing(a); }
MCC_DEFINE_BUILTIN(line) { drawing(a); }
MCC_DEFINE_BUILTIN(fill) { drawing(a); }
MCC_DEFINE_BUILTIN(patch) { drawing(a); }
MCC_DEFINE_BUILTIN(surf) { drawing(a); }
MCC_DEFINE_BUILTIN(mesh) { drawing(a); }
MCC_DEFINE_BUILTIN(contour) { drawing(a); }
MCC_DEFINE_BUILTIN(imagesc) { drawing(a); }
MCC_DEFINE_BUILTIN(image) { drawing(a); }
MCC_DEFINE_BUILTIN(saveas) { setting(a); }
MCC_DEFINE_BUILTIN(print) { setting(a); }
MCC_DEFINE_BUILTIN(exportgraphics) { setting(a); }

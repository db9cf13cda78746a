// Sparse LU with partial pivoting for S \ b: a left-looking factorisation in
// the manner of Gilbert and Peierls (1988), after a fill-reducing column
// order: approximate minimum degree on the pattern of A + A' from
// SuiteSparse's AMD (BSD-3-Clause), loaded with dlopen when the system has
// libamd (Debian: libamd2), else reverse Cuthill-McKee, which is ours.
//
// Column k of A Q is solved against the columns of L found so far: a
// depth-first search from its nonzeros through L gives the rows the
// triangular solve reaches, in topological order, so the work is
// proportional to the arithmetic (not to n). The largest remaining entry of
// the column is the pivot. For the banded matrices of finite differences the
// order keeps the fill within the band.
#include <dlfcn.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "array/Sparse.h"
#include "builtins/Builtin.h"

namespace mcc::rt {

namespace {
constexpr size_t kNone = std::numeric_limits<size_t>::max();
}

namespace {

// amd_order of SuiteSparse's AMD 2.x and 3.x (amd.h): the ordering of
// A + A' for the n x n pattern Ap, Ai; P receives it; 0 or 1 is success.
using AmdOrder = int (*)(int n, const int* Ap, const int* Ai, int* P, double* Control, double* Info);

AmdOrder amdOrder() {
  static const AmdOrder order = []() -> AmdOrder {
    for (const char* name : {"libamd.so.3", "libamd.so.2", "libamd.so"})
      if (void* lib = dlopen(name, RTLD_NOW | RTLD_LOCAL))
        if (void* f = dlsym(lib, "amd_order")) return reinterpret_cast<AmdOrder>(f);
    return nullptr;
  }();
  return order;
}

}  // namespace

bool haveAmd() { return amdOrder() != nullptr; }

std::vector<size_t> fillReducingOrder(const Csc& a) {
  size_t n = a.n;
  AmdOrder amd = amdOrder();
  if (amd && a.m == n && n < INT_MAX && a.nnz() < INT_MAX) {
    std::vector<int> ap(a.colptr.begin(), a.colptr.end()), ai(a.rowidx.begin(), a.rowidx.end()), p(n);
    if (amd(static_cast<int>(n), ap.data(), ai.data(), p.data(), nullptr, nullptr) >= 0)
      return std::vector<size_t>(p.begin(), p.end());
  }
  return bandOrder(a);
}

std::vector<size_t> bandOrder(const Csc& a) {
  size_t n = a.n;
  // The symmetric pattern of A + A' without the diagonal, as adjacency lists.
  std::vector<std::vector<size_t>> adj(n);
  for (size_t j = 0; j < n; ++j)
    for (size_t k = a.colptr[j]; k < a.colptr[j + 1]; ++k) {
      size_t i = a.rowidx[k];
      if (i == j || i >= n) continue;
      adj[i].push_back(j);
      adj[j].push_back(i);
    }
  for (auto& l : adj) {
    std::sort(l.begin(), l.end());
    l.erase(std::unique(l.begin(), l.end()), l.end());
  }
  std::vector<size_t> order;
  order.reserve(n);
  std::vector<uint8_t> seen(n, 0);
  std::vector<size_t> byDegree(n);
  for (size_t i = 0; i < n; ++i) byDegree[i] = i;
  std::stable_sort(byDegree.begin(), byDegree.end(), [&](size_t x, size_t y) { return adj[x].size() < adj[y].size(); });
  // Breadth-first from a node of least degree in each component, neighbours by degree.
  for (size_t start : byDegree) {
    if (seen[start]) continue;
    size_t head = order.size();
    order.push_back(start);
    seen[start] = 1;
    while (head < order.size()) {
      size_t v = order[head++];
      size_t from = order.size();
      for (size_t w : adj[v])
        if (!seen[w]) {
          seen[w] = 1;
          order.push_back(w);
        }
      std::stable_sort(order.begin() + static_cast<long>(from), order.end(),
                       [&](size_t x, size_t y) { return adj[x].size() < adj[y].size(); });
    }
  }
  std::reverse(order.begin(), order.end());
  return order;
}

SparseLU sparseLU(const Csc& a) {
  size_t n = a.n;
  SparseLU f;
  f.n = n;
  f.colPerm = fillReducingOrder(a);
  std::vector<size_t> pinv(n, kNone);  // row of A -> its pivot step
  // L's columns with rows of A (renumbered by pinv at the end); U's with pivot steps.
  Csc& L = f.l;
  Csc& U = f.u;
  L.m = L.n = U.m = U.n = n;
  L.colptr.assign(1, 0);
  U.colptr.assign(1, 0);
  std::vector<double> x(n, 0.0);
  std::vector<size_t> stack, reach, childAt(n);
  std::vector<uint8_t> mark(n, 0);
  size_t nextFree = 0;  // for a column with no pivot candidate: the first row not yet a pivot
  double maxPivot = 0, minPivot = std::numeric_limits<double>::infinity();
  for (size_t k = 0; k < n; ++k) {
    size_t col = f.colPerm[k];
    // The rows x = L \ A(:, col) reaches, in topological order (reverse post-order of the DFS).
    reach.clear();
    for (size_t p = a.colptr[col]; p < a.colptr[col + 1]; ++p) {
      size_t root = a.rowidx[p];
      if (mark[root]) continue;
      stack.push_back(root);
      mark[root] = 1;
      childAt[root] = 0;
      while (!stack.empty()) {
        size_t r = stack.back();
        size_t j = pinv[r];  // r's column of L, when r is a pivot row already
        bool descended = false;
        if (j != kNone) {
          for (size_t q = L.colptr[j] + childAt[r]; q < L.colptr[j + 1]; ++q) {
            ++childAt[r];
            size_t child = L.rowidx[q];
            if (!mark[child]) {
              mark[child] = 1;
              childAt[child] = 0;
              stack.push_back(child);
              descended = true;
              break;
            }
          }
        }
        if (!descended) {
          stack.pop_back();
          reach.push_back(r);
        }
      }
    }
    for (size_t p = a.colptr[col]; p < a.colptr[col + 1]; ++p) x[a.rowidx[p]] = a.values[p];
    // The triangular solve, in topological order.
    for (size_t t = reach.size(); t-- > 0;) {
      size_t r = reach[t];
      size_t j = pinv[r];
      if (j == kNone) continue;
      double xr = x[r];
      for (size_t q = L.colptr[j]; q < L.colptr[j + 1]; ++q) x[L.rowidx[q]] -= L.values[q] * xr;
    }
    // U's column: the pivot rows; the pivot: the largest of the rest.
    size_t pivot = kNone;
    double best = -1;
    for (size_t r : reach) {
      if (pinv[r] != kNone) {
        if (x[r] != 0) {
          U.rowidx.push_back(pinv[r]);
          U.values.push_back(x[r]);
        }
      } else if (std::fabs(x[r]) > best || (std::fabs(x[r]) == best && r == col)) {
        best = std::fabs(x[r]);
        pivot = r;
      }
    }
    if (pivot == kNone || best == 0) {  // singular: any free row, with a zero pivot
      f.singular = true;
      if (pivot == kNone) {
        while (pinv[nextFree] != kNone) ++nextFree;
        pivot = nextFree;
      }
    }
    double d = x[pivot];
    pinv[pivot] = k;
    U.rowidx.push_back(k);
    U.values.push_back(d);
    U.colptr.push_back(U.rowidx.size());
    maxPivot = std::max(maxPivot, std::fabs(d));
    minPivot = std::min(minPivot, std::fabs(d));
    for (size_t r : reach) {
      if (pinv[r] == kNone && x[r] != 0) {
        L.rowidx.push_back(r);
        L.values.push_back(d != 0 ? x[r] / d : x[r]);
      }
      x[r] = 0;
      mark[r] = 0;
    }
    x[pivot] = 0;
    L.colptr.push_back(L.rowidx.size());
  }
  // L's rows as pivot steps; U's columns are already in pivot order.
  for (size_t& r : L.rowidx) r = pinv[r];
  f.rowPerm.assign(n, 0);
  for (size_t r = 0; r < n; ++r) f.rowPerm[pinv[r]] = r;
  f.rcondEstimate = n == 0 ? 1 : maxPivot > 0 ? minPivot / maxPivot : 0;
  if (n && minPivot == 0) f.singular = true;
  return f;
}

bool sparseCholesky(const Csc& a, Csc& l, std::vector<size_t>& order) {
  size_t n = a.n;
  if (a.m != n) return false;
  Csc t = transposeOf(a);  // symmetric: A' == A, entry for entry
  if (t.colptr != a.colptr || t.rowidx != a.rowidx || t.values != a.values) return false;
  order = fillReducingOrder(a);
  std::vector<size_t> where(n);
  for (size_t k = 0; k < n; ++k) where[order[k]] = k;
  // The lower triangle of C = A(order, order), column by column.
  std::vector<std::vector<std::pair<size_t, double>>> lower(n);
  for (size_t j = 0; j < n; ++j)
    for (size_t p = a.colptr[j]; p < a.colptr[j + 1]; ++p) {
      size_t r = where[a.rowidx[p]], c = where[j];
      if (r >= c) lower[c].push_back({r, a.values[p]});
    }
  l = Csc{n, n, {0}, {}, {}, false};
  std::vector<double> x(n, 0.0);
  std::vector<uint8_t> mark(n, 0);
  std::vector<size_t> touched, head(n, kNone), link(n, kNone), next(n, 0);
  for (size_t j = 0; j < n; ++j) {
    for (auto [r, v] : lower[j]) {
      if (!mark[r]) mark[r] = 1, touched.push_back(r);
      x[r] += v;
    }
    // Columns k < j with L(j, k) != 0 are linked at head[j]; each moves on to its next row.
    size_t k = head[j];
    head[j] = kNone;
    while (k != kNone) {
      size_t after = link[k];
      size_t p = next[k];
      double ljk = l.values[p];
      for (size_t q = p; q < l.colptr[k + 1]; ++q) {
        size_t r = l.rowidx[q];
        if (!mark[r]) mark[r] = 1, touched.push_back(r);
        x[r] -= l.values[q] * ljk;
      }
      if (++next[k] < l.colptr[k + 1]) {
        size_t r = l.rowidx[next[k]];
        link[k] = head[r];
        head[r] = k;
      }
      k = after;
    }
    double d = x[j];
    if (!(d > 0)) return false;  // not positive definite: LU takes it
    double ljj = std::sqrt(d);
    std::sort(touched.begin(), touched.end());
    l.rowidx.push_back(j);
    l.values.push_back(ljj);
    for (size_t r : touched) {
      if (r > j && x[r] != 0) {
        l.rowidx.push_back(r);
        l.values.push_back(x[r] / ljj);
      }
      x[r] = 0;
      mark[r] = 0;
    }
    touched.clear();
    next[j] = l.colptr.back() + 1;
    l.colptr.push_back(l.rowidx.size());
    if (next[j] < l.colptr[j + 1]) {
      size_t r = l.rowidx[next[j]];
      link[j] = head[r];
      head[r] = j;
    }
  }
  return true;
}

void sparseSolve(const Csc& a, const double* b, size_t nrhs, double* x, const mcc_site* site) {
  (void)site;
  size_t n = a.n;
  // A symmetric matrix with a positive diagonal: Cholesky first, as MATLAB's \ does.
  Csc chol;
  std::vector<size_t> order;
  if (sparseCholesky(a, chol, order)) {
    std::vector<double> y(n);
    for (size_t c = 0; c < nrhs; ++c) {
      const double* bc = b + c * n;
      for (size_t k = 0; k < n; ++k) y[k] = bc[order[k]];
      for (size_t j = 0; j < n; ++j) {  // L y = b
        size_t d = chol.colptr[j];
        y[j] /= chol.values[d];
        for (size_t q = d + 1; q < chol.colptr[j + 1]; ++q) y[chol.rowidx[q]] -= chol.values[q] * y[j];
      }
      for (size_t j = n; j-- > 0;) {  // L' z = y
        size_t d = chol.colptr[j];
        double s = y[j];
        for (size_t q = d + 1; q < chol.colptr[j + 1]; ++q) s -= chol.values[q] * y[chol.rowidx[q]];
        y[j] = s / chol.values[d];
      }
      double* xc = x + c * n;
      for (size_t k = 0; k < n; ++k) xc[order[k]] = y[k];
    }
    return;
  }
  SparseLU f = sparseLU(a);
  if (f.singular) {
    issueWarning("MATLAB:singularMatrix", "Matrix is singular to working precision.");
  } else if (f.rcondEstimate < std::numeric_limits<double>::epsilon()) {
    char rcond[40];
    std::snprintf(rcond, sizeof rcond, "%e", f.rcondEstimate);
    issueWarning("MATLAB:nearlySingularMatrix",
                 std::string("Matrix is close to singular or badly scaled. Results may be inaccurate. RCOND = ") + rcond + ".");
  }
  std::vector<double> y(n);
  for (size_t c = 0; c < nrhs; ++c) {
    const double* bc = b + c * n;
    for (size_t k = 0; k < n; ++k) y[k] = bc[f.rowPerm[k]];
    for (size_t k = 0; k < n; ++k) {  // L y = P b, L unit lower triangular
      double yk = y[k];
      if (yk == 0) continue;
      for (size_t q = f.l.colptr[k]; q < f.l.colptr[k + 1]; ++q) y[f.l.rowidx[q]] -= f.l.values[q] * yk;
    }
    for (size_t k = n; k-- > 0;) {  // U z = y; the diagonal is the last entry of each column
      size_t last = f.u.colptr[k + 1] - 1;
      double zk = y[k] / f.u.values[last];
      y[k] = zk;
      if (zk == 0) continue;
      for (size_t q = f.u.colptr[k]; q < last; ++q) y[f.u.rowidx[q]] -= f.u.values[q] * zk;
    }
    double* xc = x + c * n;
    for (size_t k = 0; k < n; ++k) xc[f.colPerm[k]] = y[k];
  }
}

}  // namespace mcc::rt

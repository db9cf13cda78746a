// findgroups and splitapply (MATLAB's split-apply workflow): group numbers
// from a grouping vector, its sorted unique values (through unique), and a
// function handle applied to the data of each group, the results
// concatenated down a column.
//
// Tests: conformance stats_findgroups_matlab, errors/err_splitapply_rows,
// errors/err_splitapply_nonscalar.
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "array/Aggregate.h"
#include "array/StringArray.h"
#include "builtins/Builtin.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// Whether element k of the grouping vector g is missing: NaN, '' in a
// cell of char vectors, <missing> in a string array.
bool missingAt(const mcc_array* g, size_t k, const std::vector<double>& values) {
  if (g->class_id == MCC_CLASS_CELL) return elementsOf(g)[k]->numel == 0;
  if (isStringArray(g)) return stringElement(g, k) == nullptr;
  return values[k] != values[k];
}

// A double array of dims from values.
Ref doubles(const Dims& dims, const std::vector<double>& v, const mcc_site* site) { return floatArray(false, dims, v, site); }

std::string ordinal(size_t n) {
  const char* suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    else if (n % 10 == 2) suffix = "nd";
    else if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

// [G, ID1, ..., IDN] = findgroups(A1, ..., AN) with N > 1: the groups are
// the distinct combinations of the variables' values, numbered in sorted
// order (by A1, then A2, ...); a row missing in any variable gets NaN.
// Each variable's own groups give its sorted rank, so sorting the rows of
// ranks sorts the combinations.
void findgroupsOfMany(const Args& a) {
  size_t n = a[0]->numel;
  std::vector<std::vector<Ref>> single;
  for (uint32_t j = 0; j < a.nargin; ++j) {
    if (a[j]->numel != n) a.error("Grouping variables must have the same number of rows.");
    single.push_back(callEntry(mcc_bi_findgroups, {a[j]}, 2, a.site));
  }
  // The rank rows of the observations with no missing value, sorted.
  std::vector<std::vector<double>> rows;
  std::vector<size_t> at;
  for (size_t k = 0; k < n; ++k) {
    std::vector<double> row;
    for (const auto& s : single) row.push_back(dataOf<const double>(s[0].get())[k]);
    if (std::any_of(row.begin(), row.end(), [](double v) { return v != v; })) continue;
    rows.push_back(std::move(row));
    at.push_back(k);
  }
  std::vector<std::vector<double>> combos(rows);
  std::sort(combos.begin(), combos.end());
  combos.erase(std::unique(combos.begin(), combos.end()), combos.end());
  std::vector<double> groups(n, std::numeric_limits<double>::quiet_NaN());
  for (size_t r = 0; r < rows.size(); ++r)
    groups[at[r]] = double(std::lower_bound(combos.begin(), combos.end(), rows[r]) - combos.begin() + 1);
  a.set(0, doubles(dimsOf(a[0]), groups, a.site));
  for (uint32_t j = 0; j + 1 < a.outputs() && j < a.nargin; ++j) {
    // IDj: variable j's value of each group, in Aj's orientation.
    std::vector<double> pick;
    for (const auto& c : combos) pick.push_back(c[j]);
    bool row = a[j]->ndims == 2 && a[j]->dims[0] == 1;
    Ref index = doubles(row ? Dims{1, pick.size()} : Dims{pick.size(), 1}, pick, a.site);
    const mcc_array* idx[1] = {index.get()};
    a.set(j + 1, Ref(mcc_subsref(single[j][1].get(), 1, idx, a.site)));
  }
}

}  // namespace

// [G, ID] = findgroups(A): G(k) the number of A(k)'s value among A's
// sorted unique values ID (NaN for missing values, which ID leaves out);
// G has A's shape, ID A's orientation. A is a numeric, logical, char or
// string vector or a cell vector of char vectors. With several grouping
// variables, findgroupsOfMany.
MCC_DEFINE_BUILTIN(findgroups) {
  a.arity(1, UINT32_MAX, UINT32_MAX);
  if (a.nargin > 1) return findgroupsOfMany(a);
  if (a.outputs() > 2) a.error("Too many output arguments.");
  const mcc_array* g = a[0];
  bool cells = g->class_id == MCC_CLASS_CELL;
  if (cells) {
    for (size_t k = 0; k < g->numel; ++k) {
      const mcc_array* e = elementsOf(g)[k];
      if (e->class_id != MCC_CLASS_CHAR || (e->numel > 0 && (e->ndims != 2 || e->dims[0] != 1)))
        a.error("A grouping variable that is a cell array must be a cell array of character vectors.");
    }
  } else if (!isStringArray(g) && (!isValueClass(g->class_id) || g->is_complex)) {
    a.error("A grouping variable must be a categorical, numeric, logical, datetime or duration vector, a cell vector "
            "of character vectors, or a string vector.");
  }
  if (g->numel > 0 && !isVectorShape(g)) a.error("A grouping variable must be a vector.");
  std::vector<double> values;
  if (!cells && !isStringArray(g)) values = realValues(g);
  std::vector<double> kept;
  for (size_t k = 0; k < g->numel; ++k)
    if (!missingAt(g, k, values)) kept.push_back(double(k + 1));
  Dims pick = g->ndims == 2 && g->dims[0] == 1 ? Dims{1, kept.size()} : Dims{kept.size(), 1};
  Ref index = doubles(pick, kept, a.site);
  const mcc_array* idx[1] = {index.get()};
  Ref present(mcc_subsref(g, 1, idx, a.site));
  std::vector<Ref> u = callEntry(mcc_bi_unique, {present.get()}, 3, a.site);
  std::vector<double> groups(g->numel, std::numeric_limits<double>::quiet_NaN());
  const double* icv = dataOf<const double>(u[2].get());
  for (size_t j = 0; j < kept.size(); ++j) groups[size_t(kept[j]) - 1] = icv[j];
  a.set(0, doubles(dimsOf(g), groups, a.site));
  if (a.outputs() > 1) a.set(1, std::move(u[0]));
}

// Y = splitapply(func, X1, ..., XN, G): func(X1(rows), ..., XN(rows)) for
// the rows of each group 1..max(G) (elements of a data vector; columns
// when G is a row), NaN group numbers left out; each call's outputs must be
// scalars, gathered down a column per output.
MCC_DEFINE_BUILTIN(splitapply) {
  a.arity(3, UINT32_MAX, UINT32_MAX);
  if (!mcc_is_function_handle(a[0])) a.error("First argument must be a function handle.");
  const mcc_array* g = a[a.nargin - 1];
  const char* badGroups = "Group numbers must be a vector of positive integers, and cannot be a sparse vector.";
  if (!isValueClass(g->class_id) || g->class_id == MCC_CLASS_CHAR || g->is_complex || (g->numel > 0 && !isVectorShape(g)))
    raise("MATLAB:splitapply:InvalidGroupNums", badGroups, a.site);
  std::vector<double> gv = realValues(g);
  size_t groupCount = 0;
  for (double v : gv) {
    if (v != v) continue;
    if (!(v >= 1) || v != std::floor(v)) raise("MATLAB:splitapply:InvalidGroupNums", badGroups, a.site);
    groupCount = std::max(groupCount, size_t(v));
  }
  std::vector<std::vector<double>> members(groupCount);
  for (size_t k = 0; k < gv.size(); ++k)
    if (gv[k] == gv[k]) members[size_t(gv[k]) - 1].push_back(double(k + 1));
  for (const auto& m : members)
    if (m.empty())
      raise("MATLAB:splitapply:MissingGroupNums",
            "For N groups, every integer between 1 and N must occur at least once in the vector of group numbers.", a.site);
  bool byColumns = g->ndims == 2 && g->dims[0] == 1 && g->numel > 1;
  size_t n = g->numel;
  std::vector<const mcc_array*> data(a.in + 1, a.in + a.nargin - 1);
  for (size_t j = 0; j < data.size(); ++j) {
    const mcc_array* x = data[j];
    if (isVectorShape(x) && x->numel == n) continue;
    size_t along = byColumns ? extent(x, 1) : extent(x, 0);
    if (along != n)
      raise("MATLAB:splitapply:RowMismatch",
            std::string("The data variables must have the same number of ") + (byColumns ? "columns" : "rows") +
                " as the vector of group numbers. The group number vector has " + std::to_string(n) + " " +
                (byColumns ? "column(s)" : "row(s)") + ", and data variable " + std::to_string(j + 1) + " has " +
                std::to_string(along) + " " + (byColumns ? "column(s)" : "row(s)") + ".",
            a.site);
  }
  uint32_t nout = a.outputs();
  std::vector<std::vector<Ref>> results(nout);
  for (size_t k = 0; k < groupCount; ++k) {
    const std::vector<double>& m = members[k];
    std::vector<Ref> held;
    std::vector<mcc_array*> args;
    for (const mcc_array* x : data) {
      bool vector = isVectorShape(x) && x->numel == n;
      Dims pick = vector && x->dims[0] == 1 ? Dims{1, m.size()} : Dims{m.size(), 1};
      Ref index = doubles(pick, m, a.site);
      if (vector) {
        const mcc_array* idx[1] = {index.get()};
        held.emplace_back(mcc_subsref(x, 1, idx, a.site));
      } else if (byColumns) {
        const mcc_array* idx[2] = {mcc_colon(), index.get()};
        held.emplace_back(mcc_subsref(x, 2, idx, a.site));
      } else {
        const mcc_array* idx[2] = {index.get(), mcc_colon()};
        held.emplace_back(mcc_subsref(x, 2, idx, a.site));
      }
      args.push_back(held.back().get());
    }
    std::vector<mcc_array*> out(nout, nullptr);
    mcc_call_handle(a[0], nout, out.data(), uint32_t(args.size()), args.data(), a.site);
    for (uint32_t j = 0; j < nout; ++j) {
      Ref r(out[j]);
      if (!r.get() || r->numel != 1) {
        std::string text = toText(callOne(mcc_bi_func2str, {a[0]}, a.site).get());
        std::string message = "The function '" + text + "' returned a non-scalar value when applied to the " +
                              ordinal(k + 1) + " group of data.";
        size_t close = text.rfind("@(", 0) == 0 ? text.find(')') : std::string::npos;
        if (close != std::string::npos)
          message += "\nTo compute nonscalar values for each group, create an anonymous function to return each value "
                     "in a scalar cell:\n" + text.substr(0, close + 1) + "{" + text.substr(close + 1) + "}";
        raise("MATLAB:splitapply:OutputNotScalar", message, a.site);
      }
      results[j].push_back(std::move(r));
    }
  }
  for (uint32_t j = 0; j < nout; ++j) {
    std::vector<const mcc_array*> parts;
    for (const Ref& r : results[j]) parts.push_back(r.get());
    a.set(j, Ref(mcc_vertcat(parts.size(), parts.data(), a.site)));
  }
}

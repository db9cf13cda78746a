// Builtins of matfile.def: load and save of MAT-files (version 5) through
// libmatio, and load of numeric text files.
//
// libmatio (BSD-2-Clause) is loaded with dlopen the first time a program
// calls load or save of a MAT-file, so only those programs need it and the
// runtime links nothing for it; its header is needed only to build the
// runtime (without it, load and save of MAT-files report that mcc was built
// without libmatio). Values: numeric classes (real and complex), logical,
// char, cell arrays and struct arrays, nested. `S = load(file [, names])`
// gives a struct of the variables; `x = load(textfile)` reads a numeric
// text file. save takes the names of variables: the compiler passes each
// named variable's value after its name (the internal builtin save_vars_),
// so `save(file, 'a', 'b')` and `save file a b` work; `-struct` saves a
// struct's fields. Tests: tests/conformance/programs/io_load_save.m.
#include <dlfcn.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Util.h"

#if __has_include(<matio.h>) && __has_include(<matio_pubconf.h>)
#include <matio.h>
#define MCC_HAVE_MATIO 1
#else
#define MCC_HAVE_MATIO 0
#endif

using namespace mcc::rt;

namespace {

bool isMatFileName(const std::string& name) {
  return name.size() >= 4 && lower(name.substr(name.size() - 4)) == ".mat";
}

// load of a numeric text file: rows of numbers separated by blanks or
// commas; '%' starts a comment.
Ref loadText(const Args& a, const std::string& name) {
  std::ifstream in(name, std::ios::binary);
  if (!in) a.error("Unable to find file or directory '" + name + "'.");
  std::vector<std::vector<double>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (size_t c = line.find('%'); c != std::string::npos) line.erase(c);
    for (char& ch : line)
      if (ch == ',' || ch == '\t' || ch == '\r') ch = ' ';
    std::istringstream s(line);
    std::vector<double> row;
    std::string tok;
    while (s >> tok) {
      char* end = nullptr;
      double v = std::strtod(tok.c_str(), &end);
      if (end == tok.c_str() || *end)
        a.error("Unable to read file '" + name + "'. Input must be a MAT-file or an ASCII file containing numeric data "
                "with same number of columns in each row.");
      row.push_back(v);
    }
    if (row.empty()) continue;
    if (!rows.empty() && row.size() != rows[0].size())
      a.error("Unable to read file '" + name + "'. Input must be a MAT-file or an ASCII file containing numeric data "
              "with same number of columns in each row.");
    rows.push_back(row);
  }
  if (rows.empty()) return Ref(mcc_array_empty());
  size_t r = rows.size(), c = rows[0].size();
  Ref m = newArray(MCC_CLASS_DOUBLE, false, {r, c}, false, a.site);
  for (size_t i = 0; i < r; ++i)
    for (size_t j = 0; j < c; ++j) dataOf<double>(m.get())[j * r + i] = rows[i][j];
  return m;
}

#if MCC_HAVE_MATIO

// The libmatio functions mcc uses, found with dlsym.
struct Matio {
#define MCC_MATIO_FUNCTIONS(X)                                                                                       \
  X(Mat_Open) X(Mat_CreateVer) X(Mat_Close) X(Mat_VarReadNext) X(Mat_VarFree) X(Mat_VarCreate) X(Mat_VarWrite)   \
  X(Mat_VarGetNumberOfFields) X(Mat_VarGetStructFieldnames) X(Mat_VarGetStructFieldByIndex) X(Mat_VarGetCell)     \
  X(Mat_VarCreateStruct2) X(Mat_VarSetStructFieldByIndex) X(Mat_VarSetCell)
#define MCC_MATIO_MEMBER(name) decltype(&::name) name = nullptr;
  MCC_MATIO_FUNCTIONS(MCC_MATIO_MEMBER)
#undef MCC_MATIO_MEMBER
  bool loaded = false;
};

const Matio& matio(const Args& a) {
  static Matio m;
  static bool tried = false;
  if (!tried) {
    tried = true;
    void* lib = nullptr;
    for (const char* name : {"libmatio.so.11", "libmatio.so"})
      if ((lib = dlopen(name, RTLD_NOW | RTLD_LOCAL))) break;
    if (lib) {
      m.loaded = true;
#define MCC_MATIO_LOAD(name)                                                     \
  m.name = reinterpret_cast<decltype(&::name)>(dlsym(lib, #name));               \
  if (!m.name) m.loaded = false;
      MCC_MATIO_FUNCTIONS(MCC_MATIO_LOAD)
#undef MCC_MATIO_LOAD
    }
  }
  if (!m.loaded)
    a.error("load and save of MAT-files need libmatio (libmatio.so.11, Debian package libmatio11), which could not be "
            "loaded.");
  return m;
}

struct ClassPair {
  uint32_t mcc;
  matio_classes cls;
  matio_types type;
};
const ClassPair kClasses[] = {
    {MCC_CLASS_DOUBLE, MAT_C_DOUBLE, MAT_T_DOUBLE}, {MCC_CLASS_SINGLE, MAT_C_SINGLE, MAT_T_SINGLE},
    {MCC_CLASS_INT8, MAT_C_INT8, MAT_T_INT8},       {MCC_CLASS_UINT8, MAT_C_UINT8, MAT_T_UINT8},
    {MCC_CLASS_INT16, MAT_C_INT16, MAT_T_INT16},    {MCC_CLASS_UINT16, MAT_C_UINT16, MAT_T_UINT16},
    {MCC_CLASS_INT32, MAT_C_INT32, MAT_T_INT32},    {MCC_CLASS_UINT32, MAT_C_UINT32, MAT_T_UINT32},
    {MCC_CLASS_INT64, MAT_C_INT64, MAT_T_INT64},    {MCC_CLASS_UINT64, MAT_C_UINT64, MAT_T_UINT64},
};

Dims dimsOfVar(const matvar_t* v) {
  Dims d(v->dims, v->dims + v->rank);
  if (d.size() < 2) d.resize(2, 1);
  return d;
}

// A MAT-file variable as a value.
Ref fromVar(const Args& a, const Matio& m, matvar_t* v) {
  Dims dims = dimsOfVar(v);
  size_t n = 1;
  for (size_t d : dims) n *= d;
  switch (v->class_type) {
    case MAT_C_EMPTY: return Ref(mcc_array_empty());
    case MAT_C_CHAR: {
      Ref r = newArray(MCC_CLASS_CHAR, false, dims, true, a.site);
      for (size_t k = 0; k < n && v->data; ++k) {
        uint16_t c = v->data_size == 2   ? static_cast<const uint16_t*>(v->data)[k]
                     : v->data_size == 4 ? static_cast<uint16_t>(static_cast<const uint32_t*>(v->data)[k])
                                         : static_cast<const uint8_t*>(v->data)[k];
        dataOf<uint16_t>(r.get())[k] = c;
      }
      return r;
    }
    case MAT_C_CELL: {
      Ref r = newCell(dims, a.site);
      for (size_t k = 0; k < n; ++k)
        if (matvar_t* e = m.Mat_VarGetCell(v, static_cast<int>(k))) setCellElement(r.get(), k, fromVar(a, m, e).get());
      return r;
    }
    case MAT_C_STRUCT: {
      unsigned nf = m.Mat_VarGetNumberOfFields(v);
      char* const* names = m.Mat_VarGetStructFieldnames(v);
      std::vector<std::string> fields;
      for (unsigned f = 0; f < nf; ++f) fields.push_back(names[f]);
      Ref r = newStruct(dims, fields, a.site);
      for (size_t k = 0; k < n; ++k)
        for (unsigned f = 0; f < nf; ++f)
          if (matvar_t* e = m.Mat_VarGetStructFieldByIndex(v, f, k)) setStructField(r.get(), k, f, fromVar(a, m, e).get());
      return r;
    }
    default: break;
  }
  for (const ClassPair& p : kClasses) {
    if (p.cls != v->class_type) continue;
    uint32_t cls = v->isLogical ? MCC_CLASS_LOGICAL : p.mcc;
    bool complex = v->isComplex && (cls == MCC_CLASS_DOUBLE || cls == MCC_CLASS_SINGLE);
    if (v->isComplex && !complex) notImplemented("load of complex integer values", a.site);
    Ref r = newArray(cls, complex, dims, false, a.site);
    size_t size = elementSize(r.get()) / (complex ? 2 : 1);
    auto* out = static_cast<unsigned char*>(r->data);
    if (complex) {
      auto* split = static_cast<const mat_complex_split_t*>(v->data);
      for (size_t k = 0; k < n; ++k) {
        std::memcpy(out + (2 * k) * size, static_cast<const unsigned char*>(split->Re) + k * size, size);
        std::memcpy(out + (2 * k + 1) * size, static_cast<const unsigned char*>(split->Im) + k * size, size);
      }
    } else if (n) {
      std::memcpy(out, v->data, n * size);
    }
    return r;
  }
  notImplemented("load of a MAT-file variable of this class (sparse, objects, function handles)", a.site);
}

// A value as a MAT-file variable (name null inside cells and structs).
matvar_t* toVar(const Args& a, const Matio& m, const char* name, const mcc_array* x, std::vector<std::vector<unsigned char>>& keep) {
  std::vector<size_t> dims(x->dims, x->dims + x->ndims);
  int rank = static_cast<int>(dims.size());
  if (x->class_id == MCC_CLASS_CELL) {
    matvar_t* v = m.Mat_VarCreate(name, MAT_C_CELL, MAT_T_CELL, rank, dims.data(), nullptr, 0);
    for (size_t k = 0; k < x->numel; ++k) {
      Ref e = cellElement(x, k);
      m.Mat_VarSetCell(v, static_cast<int>(k), toVar(a, m, nullptr, e.get(), keep));
    }
    return v;
  }
  if (x->class_id == MCC_CLASS_STRUCT) {
    std::vector<const char*> names;
    const FieldTable* t = fieldsOf(x);
    for (size_t f = 0; t && f < t->names.size(); ++f) names.push_back(t->names[f].c_str());
    size_t nfields = names.size();
    names.push_back(nullptr);  // the list ends with a null name
    matvar_t* v = m.Mat_VarCreateStruct2(name, rank, dims.data(), names.data());
    for (size_t k = 0; k < x->numel; ++k)
      for (size_t f = 0; f < nfields; ++f) {
        Ref e = structField(x, k, f);
        m.Mat_VarSetStructFieldByIndex(v, f, k, toVar(a, m, nullptr, e.get(), keep));
      }
    return v;
  }
  if (x->class_id == MCC_CLASS_CHAR) {
    keep.emplace_back(x->numel * 2);
    if (x->numel) std::memcpy(keep.back().data(), x->data, x->numel * 2);
    return m.Mat_VarCreate(name, MAT_C_CHAR, MAT_T_UINT16, rank, dims.data(), keep.back().data(), MAT_F_DONT_COPY_DATA);
  }
  uint32_t cls = x->class_id == MCC_CLASS_LOGICAL ? MCC_CLASS_UINT8 : x->class_id;
  for (const ClassPair& p : kClasses) {
    if (p.mcc != cls) continue;
    int flags = MAT_F_DONT_COPY_DATA | (x->class_id == MCC_CLASS_LOGICAL ? MAT_F_LOGICAL : 0);
    size_t size = elementSize(x) / (x->is_complex ? 2 : 1);
    if (!x->is_complex) {
      keep.emplace_back(x->numel * size);
      if (x->numel) std::memcpy(keep.back().data(), x->data, x->numel * size);
      return m.Mat_VarCreate(name, p.cls, p.type, rank, dims.data(), keep.back().data(), flags);
    }
    // Split storage; the blocks move into `keep` (their data stays put).
    std::vector<unsigned char> re(x->numel * size), im(x->numel * size), split(sizeof(mat_complex_split_t));
    const auto* in = static_cast<const unsigned char*>(x->data);
    for (size_t k = 0; k < x->numel; ++k) {
      std::memcpy(re.data() + k * size, in + 2 * k * size, size);
      std::memcpy(im.data() + k * size, in + (2 * k + 1) * size, size);
    }
    auto* parts = reinterpret_cast<mat_complex_split_t*>(split.data());
    parts->Re = re.data(), parts->Im = im.data();
    keep.push_back(std::move(re));
    keep.push_back(std::move(im));
    keep.push_back(std::move(split));
    return m.Mat_VarCreate(name, p.cls, p.type, rank, dims.data(), parts, flags | MAT_F_COMPLEX);
  }
  notImplemented(std::string("save of a value of class ") + className(x->class_id), a.site);
}

#endif  // MCC_HAVE_MATIO

#if !MCC_HAVE_MATIO
[[noreturn]] void noMatio(const Args& a) {
  a.error("load and save of MAT-files are not available: this mcc was built without libmatio (libmatio-dev).");
}
#endif

void loadBuiltin(const Args& a) {
  a.arity(1, UINT32_MAX, 1);
  if (a.nargout == 0)
    notImplemented("load without an output (variables into the workspace); use S = load(...), or name the variables", a.site);
  std::string name = a.text(0);
  bool ascii = false, mat = false;
  std::vector<std::string> wanted;
  for (uint32_t k = 1; k < a.nargin; ++k) {
    std::string o = a.text(k);
    if (lower(o) == "-ascii") ascii = true;
    else if (lower(o) == "-mat") mat = true;
    else if (!o.empty() && o[0] == '-') notImplemented("load option '" + o + "'", a.site);
    else wanted.push_back(o);
  }
  std::string file = name;
  {
    std::ifstream probe(file);
    if (!probe && std::ifstream(name + ".mat")) file = name + ".mat";
  }
  if (ascii || (!mat && !isMatFileName(file) && !std::ifstream(file + ".mat") && !isMatFileName(name))) {
    // A text file, unless it turns out to be a MAT-file (checked below).
    std::ifstream probe(file, std::ios::binary);
    char head[6] = {};
    probe.read(head, 6);
    if (ascii || std::strncmp(head, "MATLAB", 6) != 0) return a.set(0, loadText(a, file));
  }
  if (!std::ifstream(file)) a.error("Unable to find file or directory '" + name + "'.");
#if MCC_HAVE_MATIO
  const Matio& m = matio(a);
  mat_t* f = m.Mat_Open(file.c_str(), MAT_ACC_RDONLY);
  if (!f) a.error("Unable to read MAT-file " + file + ". Not a binary MAT-file.");
  std::vector<std::string> names;
  std::vector<Ref> values;
  while (matvar_t* v = m.Mat_VarReadNext(f)) {
    std::string vname = v->name ? v->name : "";
    bool take = wanted.empty();
    for (const std::string& w : wanted) take = take || w == vname;
    if (take) {
      try {
        values.push_back(fromVar(a, m, v));
      } catch (...) {
        m.Mat_VarFree(v);
        m.Mat_Close(f);
        throw;
      }
      names.push_back(vname);
    }
    m.Mat_VarFree(v);
  }
  m.Mat_Close(f);
  for (const std::string& w : wanted)
    if (std::find(names.begin(), names.end(), w) == names.end()) {
      std::fflush(stdout);
      std::fprintf(stderr, "Warning: Variable '%s' not found.\n", w.c_str());
    }
  Ref s = newStruct({1, 1}, names, a.site);
  for (size_t k = 0; k < values.size(); ++k) setStructField(s.get(), 0, k, values[k].get());
  a.set(0, std::move(s));
#else
  noMatio(a);
#endif
}

// save_vars_(file, name1, value1, ..., options): what the compiler makes of
// save(file, 'name1', ...). '-struct', 's' arrives as '-struct', 's', value.
void saveVars(const Args& a) {
  a.arity(1, UINT32_MAX, 0);
  std::string file = a.text(0);
  if (!isMatFileName(file) && file.find('.') == std::string::npos) file += ".mat";
  std::vector<std::pair<std::string, const mcc_array*>> vars;
  std::vector<Ref> holders;
  for (uint32_t k = 1; k < a.nargin; ++k) {
    std::string o = a.text(k);
    if (lower(o) == "-struct") {
      if (k + 2 >= a.nargin) a.error("The -struct option needs the name of a scalar structure.");
      const mcc_array* s = a[k + 2];
      if (s->class_id == MCC_CLASS_COLON) a.error("Variable '" + a.text(k + 1) + "' not found.");
      if (s->class_id != MCC_CLASS_STRUCT || s->numel != 1)
        a.error("The argument to -STRUCT must be the name of a scalar structure variable.");
      const FieldTable* t = fieldsOf(s);
      for (size_t f = 0; t && f < t->names.size(); ++f) {
        holders.push_back(structField(s, 0, f));
        vars.push_back({t->names[f], holders.back().get()});
      }
      k += 2;
    } else if (lower(o) == "-v7" || lower(o) == "-v6" || lower(o) == "-mat") {
      continue;
    } else if (!o.empty() && o[0] == '-') {
      notImplemented("save option '" + o + "'", a.site);
    } else {
      if (k + 1 >= a.nargin || a[k + 1]->class_id == MCC_CLASS_COLON) a.error("Variable '" + o + "' not found.");
      vars.push_back({o, a[k + 1]});
      ++k;
    }
  }
#if MCC_HAVE_MATIO
  const Matio& m = matio(a);
  mat_t* f = m.Mat_CreateVer(file.c_str(), nullptr, MAT_FT_MAT5);
  if (!f) a.error("Unable to write file " + file + ": No such file or directory.");
  for (const auto& [name, value] : vars) {
    std::vector<std::vector<unsigned char>> keep;
    matvar_t* v = toVar(a, m, name.c_str(), value, keep);
    int rc = v ? m.Mat_VarWrite(f, v, MAT_COMPRESSION_NONE) : 1;
    if (v) m.Mat_VarFree(v);
    if (rc) {
      m.Mat_Close(f);
      a.error("Unable to write file " + file + ".");
    }
  }
  m.Mat_Close(f);
#else
  (void)vars;
  noMatio(a);
#endif
}

}  // namespace

MCC_DEFINE_BUILTIN(load) { loadBuiltin(a); }
MCC_DEFINE_BUILTIN(save) {
  // Reached only when the compiler could not see the variables' names (a
  // call through a handle or feval).
  notImplemented("save with variable names known only at run time", a.site);
}
MCC_DEFINE_BUILTIN(save_vars_) { saveVars(a); }

// The helpers every builtin uses (Builtin.h).
#include "builtins/Builtin.h"

#include "array/Sparse.h"

namespace mcc::rt {

void callSparseBuiltin(const char* name, const Args& a) { sparseHooks().builtin(name, a); }

bool fetchInputs(uint32_t nargin, mcc_array* const* in) {
  bool sparse = false;
  for (uint32_t k = 0; k < nargin; ++k) {
    if (in[k] && !(in[k]->residency & MCC_RESIDENT_HOST)) checkedAny(in[k]);
    sparse |= in[k] && in[k]->class_id == MCC_CLASS_SPARSE;
  }
  return sparse;
}

void Args::arity(uint32_t minIn, uint32_t maxIn, uint32_t maxOut) const {
  if (nargin < minIn) error("Not enough input arguments.");
  if (nargin > maxIn) error("Too many input arguments.");
  if (nargout > maxOut) error("Too many output arguments.");
}

double Args::scalar(uint32_t k) const {
  const mcc_array* x = in[k];
  if (!x || x->numel != 1 || !isValueClass(x->class_id))
    error("Expected a scalar value as input argument " + std::to_string(k + 1) + ".");
  return mcc_array_to_double(x, site);
}

namespace {
// A string scalar's text (NULL for anything else and for <missing>).
const mcc_array* stringScalarText(const mcc_array* x) {
  if (!x || x->class_id != MCC_CLASS_STRING || x->numel != 1) return nullptr;
  return static_cast<mcc_array* const*>(x->data)[0];
}
}  // namespace

bool Args::isText(uint32_t k) const {
  const mcc_array* x = in[k];
  if (stringScalarText(x)) return true;
  return x && x->class_id == MCC_CLASS_CHAR && (x->numel == 0 || (x->ndims == 2 && x->dims[0] == 1));
}

std::string Args::text(uint32_t k) const {
  if (const mcc_array* s = stringScalarText(in[k])) return toText(s);
  if (!in[k] || in[k]->class_id != MCC_CLASS_CHAR)
    error("Expected input argument " + std::to_string(k + 1) + " to be a character vector.");
  return toText(in[k]);
}

void Args::set(uint32_t k, Ref value) const {
  if (k >= outputs()) return;
  mcc_array_release(out[k]);
  out[k] = value.release();
}

std::string toText(const mcc_array* a) {
  std::string s;
  const auto* p = static_cast<const uint16_t*>(a->data);
  for (size_t k = 0; k < a->numel; ++k) {
    uint32_t c = p[k];
    if (c < 0x80) {
      s += static_cast<char>(c);
    } else if (c < 0x800) {
      s += static_cast<char>(0xC0 | (c >> 6));
      s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      s += static_cast<char>(0xE0 | (c >> 12));
      s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return s;
}

Ref fromText(std::string_view text) { return Ref(mcc_array_from_string(text.data(), text.size())); }

}  // namespace mcc::rt

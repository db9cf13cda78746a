// C interop in the runtime (mcc/runtime.h, "Libraries" and "C calls"): C
// values in and out of a library's entry functions (mcc -shared /
// -static-lib), the arguments of coder.ceval and calllib, and the libraries
// loadlibrary loads.
#include <dlfcn.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "CStructs.h"
#include "Error.h"
#include "array/Array.h"
#include "mcc/runtime.h"

extern "C" {

mcc_array* mcc_c_array_in(const mcc_c_array* a, const mcc_site* site) {
  if (!a) mcc::rt::fail("An array input of a library function is NULL.", site);
  if (!mcc::rt::isValueClass(a->class_id))
    mcc::rt::fail("Invalid class number " + std::to_string(a->class_id) + " in an mcc_c_array input.", site);
  if (a->ndims > MCC_C_MAX_DIMS)
    mcc::rt::fail("An mcc_c_array input has more than " + std::to_string(MCC_C_MAX_DIMS) + " dims.", site);
  bool complex = a->is_complex && mcc::rt::isFloatClass(a->class_id);
  mcc_array* out = complex ? mcc_array_create_complex(a->class_id, a->ndims, a->dims)
                           : mcc_array_create(a->class_id, a->ndims, a->dims);
  size_t bytes = out->numel * mcc::rt::elementSize(out);
  if (bytes) {
    if (!a->data) {
      mcc_array_release(out);
      mcc::rt::fail("An mcc_c_array input has elements but no data.", site);
    }
    std::memcpy(out->data, a->data, bytes);
  }
  return out;
}

mcc_array* mcc_c_scalar_in(uint32_t class_id, const void* value) {
  size_t one[2] = {1, 1};
  mcc_array* out = mcc_array_create(class_id, 2, one);
  std::memcpy(out->data, value, mcc::rt::scalarSize(class_id));
  return out;
}

void mcc_c_array_out(mcc_array* value, mcc_c_array* out, const char* name, const char* function, const mcc_site* site) {
  if (!value) mcc_error_unassigned_output(name, function, site);
  mcc::rt::Ref v(value);
  if (!out) return;
  if (!mcc::rt::isValueClass(v->class_id))
    mcc::rt::fail(std::string("The output '") + name + "' of " + function + " is of class " +
                      mcc::rt::className(v->class_id) + ", which a library cannot return to C.",
                  site);
  if (v->ndims > MCC_C_MAX_DIMS)
    mcc::rt::fail(std::string("The output '") + name + "' of " + function + " has more than " +
                      std::to_string(MCC_C_MAX_DIMS) + " dims.",
                  site);
  *out = mcc_c_array{};
  out->class_id = v->class_id;
  out->is_complex = v->is_complex;
  out->ndims = v->ndims;
  for (uint32_t k = 0; k < v->ndims; ++k) out->dims[k] = v->dims[k];
  size_t bytes = v->numel * mcc::rt::elementSize(v.get());
  out->data = std::malloc(bytes ? bytes : 1);
  if (bytes) std::memcpy(out->data, v->data, bytes);
}

}  // extern "C"

// ---- coder.ceval and calllib arguments

extern "C" {

void* mcc_c_data(const mcc_array* a, int32_t class_id, const mcc_site* site) {
  if (mcc::rt::isLibObject(a)) return mcc::rt::libObjectData(a, class_id, site);
  if (class_id >= 0 && a->class_id != static_cast<uint32_t>(class_id))
    mcc::rt::fail(std::string("Expected an array of class ") + mcc::rt::className(static_cast<uint32_t>(class_id)) +
                      " for the C function's pointer, not " + mcc::rt::className(a->class_id) + ".",
                  site);
  if (!mcc::rt::isValueClass(a->class_id))
    mcc::rt::fail(std::string("A value of class ") + mcc::rt::className(a->class_id) + " cannot be passed to C.", site);
  return a->data;
}

mcc_array* mcc_c_text(const mcc_array* a, const mcc_site* site) {
  if (a->class_id != MCC_CLASS_CHAR)
    mcc::rt::fail(std::string("Expected char text for the C function's char pointer, not ") +
                      mcc::rt::className(a->class_id) + ".",
                  site);
  std::string utf8;
  const uint16_t* c = static_cast<const uint16_t*>(a->data);
  for (size_t k = 0; k < a->numel; ++k) {
    uint32_t u = c[k];
    if (u >= 0xD800 && u < 0xDC00 && k + 1 < a->numel && c[k + 1] >= 0xDC00 && c[k + 1] < 0xE000)
      u = 0x10000 + ((u - 0xD800) << 10) + (c[++k] - 0xDC00);
    if (u < 0x80) {
      utf8 += static_cast<char>(u);
    } else if (u < 0x800) {
      utf8 += static_cast<char>(0xC0 | (u >> 6));
      utf8 += static_cast<char>(0x80 | (u & 0x3F));
    } else if (u < 0x10000) {
      utf8 += static_cast<char>(0xE0 | (u >> 12));
      utf8 += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
      utf8 += static_cast<char>(0x80 | (u & 0x3F));
    } else {
      utf8 += static_cast<char>(0xF0 | (u >> 18));
      utf8 += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
      utf8 += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
      utf8 += static_cast<char>(0x80 | (u & 0x3F));
    }
  }
  size_t dims[2] = {1, utf8.size() + 1};
  mcc_array* bytes = mcc_array_create(MCC_CLASS_UINT8, 2, dims);
  std::memcpy(bytes->data, utf8.c_str(), utf8.size() + 1);
  return bytes;
}

void* mcc_c_pointer(const mcc_array* a, const mcc_site* site) {
  if (mcc::rt::isLibObject(a)) return mcc::rt::libObjectData(a, -1, site);
  if (a->class_id != MCC_CLASS_UINT64 || a->numel != 1)
    mcc::rt::fail("Expected a coder.opaque pointer (a uint64 scalar) for the C function's pointer.", site);
  uint64_t bits = *static_cast<const uint64_t*>(a->data);
  return reinterpret_cast<void*>(static_cast<uintptr_t>(bits));
}

}  // extern "C"

// ---- loadlibrary / calllib

namespace {

// Libraries loadlibrary loaded, by the name the program gave.
std::map<std::string, void*>& loadedLibraries() {
  static std::map<std::string, void*> libraries;
  return libraries;
}

}  // namespace

extern "C" {

void mcc_lib_load(const char* name, const mcc_site* site) {
  if (loadedLibraries().count(name)) return;
  // As MATLAB looks for it: the name as given, with the platform's extension
  // added when it has none, in the current folder first, then where the
  // system's loader looks.
  std::string file = name;
  if (file.find(".so") == std::string::npos) file += ".so";
  std::vector<std::string> candidates;
  if (file.find('/') == std::string::npos) candidates.push_back("./" + file);
  candidates.push_back(file);
  std::string why;
  for (const std::string& c : candidates) {
    if (void* h = dlopen(c.c_str(), RTLD_NOW | RTLD_LOCAL)) {
      loadedLibraries()[name] = h;
      return;
    }
    const char* e = dlerror();
    if (why.empty() || c == candidates.back()) why = e ? e : "";
  }
  mcc::rt::fail("There was an error loading the library \"" + file + "\"\n" + why, site);
}

void mcc_lib_unload(const char* name, const mcc_site* site) {
  auto it = loadedLibraries().find(name);
  if (it == loadedLibraries().end()) mcc::rt::fail("Library was not found", site);
  dlclose(it->second);
  loadedLibraries().erase(it);
}

int32_t mcc_lib_isloaded(const char* name) { return loadedLibraries().count(name) ? 1 : 0; }

void* mcc_lib_function(const char* library, const char* function, const mcc_site* site) {
  auto it = loadedLibraries().find(library);
  if (it == loadedLibraries().end()) mcc::rt::fail("Library was not found", site);
  void* f = dlsym(it->second, function);
  if (!f) mcc::rt::fail("Method was not found.", site);
  return f;
}

mcc_array* mcc_c_string(const char* text) {
  return text ? mcc_array_from_string(text, std::strlen(text)) : mcc_array_from_string("", 0);
}

}  // extern "C"

/* runtime-support entry points shared by every program. */
#include "mcc/runtime.h"

uint32_t mcc_runtime_abi_version(void) { return MCC_RUNTIME_ABI_VERSION; }

# lit configuration for mcc's golden tests. Each test file holds its input and
# its expected output (RUN and CHECK lines); tests/lit/update_checks.py
# rewrites the CHECK lines of a test from the current output.
import os
import lit.formats

config.name = "mcc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".m"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(os.path.dirname(config.mcc), "..", "tests", "lit-out")
config.excludes = ["Inputs"]

config.substitutions.append(("%mcc", config.mcc))
# %gpu-env: run a program on Mesa's lavapipe (software Vulkan), with
# LeakSanitizer (sanitizer builds) ignoring what the driver keeps.
config.substitutions.append(("%gpu-env", "env VK_DRIVER_FILES=%s LSAN_OPTIONS=suppressions=%s" % (
    config.lavapipe_icd, os.path.join(config.mcc_source_dir, "tests", "gpu", "lsan.supp"))))
config.substitutions.append(("%spirv-val", config.spirv_val))
# %limit-address-space: `ulimit -v 4000000 &&` (4 GB) before a command, for
# tests that a program needs little memory; nothing in sanitizer builds,
# whose shadow memory reserves terabytes of address space.
config.substitutions.append(("%limit-address-space", "" if config.sanitize else "ulimit -v 4000000 &&"))
config.substitutions.append(("%python", config.python))
config.environment["PATH"] = os.pathsep.join([config.llvm_tools_dir, config.environment.get("PATH", "")])

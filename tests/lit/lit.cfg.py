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
config.substitutions.append(("%python", config.python))
config.environment["PATH"] = os.pathsep.join([config.llvm_tools_dir, config.environment.get("PATH", "")])

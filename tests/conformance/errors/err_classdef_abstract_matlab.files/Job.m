classdef Job
  % Abstract: run has no body here (err_classdef_abstract_matlab.m).
  properties
    id = 3
  end
  methods (Abstract)
    r = run(obj)
  end
end

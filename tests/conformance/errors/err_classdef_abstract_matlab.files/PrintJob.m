classdef PrintJob < Job
  methods
    function r = run(obj)
      r = sprintf('print %d', obj.id);
    end
  end
end

classdef Empty
  % A class without properties.
end

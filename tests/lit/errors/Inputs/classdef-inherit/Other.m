classdef Other
end

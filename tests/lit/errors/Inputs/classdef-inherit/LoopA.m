classdef LoopA < LoopB
end

classdef LoopB < LoopA
end

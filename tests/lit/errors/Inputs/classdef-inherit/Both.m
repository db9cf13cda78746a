classdef Both < Base & Other
end

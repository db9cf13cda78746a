classdef Diamond < Left & Right
end

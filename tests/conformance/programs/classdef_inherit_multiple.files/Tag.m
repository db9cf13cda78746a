classdef Tag < Named & Sized
  % Two superclasses, no constructor: theirs run without arguments.
end

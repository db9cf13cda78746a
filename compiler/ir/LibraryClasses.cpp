// The MATLAB source of the library classes (LibraryClasses.h).
#include "LibraryClasses.h"

namespace mcc::ir {

namespace {

// MATLAB's onCleanup: when its last reference goes (the variable cleared or
// reassigned, its function returning, normally or through an error), it
// calls the function it was made with (MATLAB's `task` property).
constexpr std::string_view onCleanup = R"matlab(classdef onCleanup < handle
  properties (SetAccess = private)
    task
  end
  methods
    function obj = onCleanup(functionHandle)
      obj.task = functionHandle;
    end
    function delete(obj)
      f = obj.task;
      f();
    end
  end
end
)matlab";

// MATLAB's inputParser (its documentation page, "inputParser"): addRequired,
// addOptional, addParameter (addParamValue) and parse, with MATLAB's
// matching (CaseSensitive, PartialMatching, KeepUnmatched, StructExpand) and
// messages; Results and UsingDefaults in the order of Parameters, which is
// alphabetical. An error parse raises is reported where parse was called.
constexpr std::string_view inputParser = R"matlab(classdef inputParser < handle
  properties
    FunctionName = ''
    CaseSensitive (1,1) logical = false
    KeepUnmatched (1,1) logical = false
    PartialMatching (1,1) logical = true
    StructExpand (1,1) logical = true
  end
  properties (SetAccess = private)
    Parameters = cell(1, 0)
    Results = struct()
    Unmatched = struct()
    UsingDefaults = cell(1, 0)
  end
  properties (Access = private)
    RequiredNames = cell(1, 0)
    RequiredChecks = cell(1, 0)
    OptionalNames = cell(1, 0)
    OptionalDefaults = cell(1, 0)
    OptionalChecks = cell(1, 0)
    ParameterNames = cell(1, 0)
    ParameterDefaults = cell(1, 0)
    ParameterChecks = cell(1, 0)
  end
  methods
    function set.FunctionName(obj, name)
      obj.FunctionName = char(name);
    end
    function addRequired(obj, name, check)
      if nargin < 3
        check = [];
      end
      name = obj.newName(name);
      obj.RequiredNames{end + 1} = name;
      obj.RequiredChecks{end + 1} = check;
    end
    function addOptional(obj, name, default, check)
      if nargin < 4
        check = [];
      end
      name = obj.newName(name);
      obj.OptionalNames{end + 1} = name;
      obj.OptionalDefaults{end + 1} = default;
      obj.OptionalChecks{end + 1} = check;
    end
    function addParameter(obj, name, default, varargin)
      check = [];
      if mod(numel(varargin), 2) == 1
        check = varargin{1};
      end
      name = obj.newName(name);
      obj.ParameterNames{end + 1} = name;
      obj.ParameterDefaults{end + 1} = default;
      obj.ParameterChecks{end + 1} = check;
    end
    function addParamValue(obj, name, default, varargin)
      obj.addParameter(name, default, varargin{:});
    end
    function parse(obj, varargin)
      try
        obj.parseArguments(varargin);
      catch err
        throwAsCaller(err);
      end
    end
  end
  methods (Access = private)
    function name = newName(obj, name)
      name = char(name);
      if any(strcmpi(obj.Parameters, name))
        error('MATLAB:InputParser:ParamAlreadyExists', 'An argument named ''%s'' has already been added to the input parser.', name);
      end
      obj.Parameters = sort([obj.Parameters, {name}]);
    end
    function parseArguments(obj, args)
      n = numel(args);
      nRequired = numel(obj.RequiredNames);
      if n < nRequired
        error('MATLAB:minrhs', 'Not enough input arguments.');
      end
      values = struct();
      unmatched = struct();
      for k = 1:nRequired
        obj.validateValue(obj.RequiredNames{k}, obj.RequiredChecks{k}, args{k});
        values.(obj.RequiredNames{k}) = args{k};
      end
      at = nRequired + 1;
      for k = 1:numel(obj.OptionalNames)
        if at > n
          break;
        end
        a = args{at};
        fcn = obj.OptionalChecks{k};
        if inputParser.isName(a)
          % Text names a parameter rather than giving an optional value
          % unless a validator accepts it (MATLAB's addOptional page).
          if isempty(fcn) || obj.matchParameter(char(a)) > 0 || ~obj.accepts(fcn, a)
            break;
          end
        elseif obj.StructExpand && isstruct(a) && isscalar(a) && ~obj.accepts(fcn, a)
          break;
        else
          obj.validateValue(obj.OptionalNames{k}, fcn, a);
        end
        values.(obj.OptionalNames{k}) = a;
        at = at + 1;
      end
      while at <= n
        a = args{at};
        if obj.StructExpand && isstruct(a) && isscalar(a)
          fields = fieldnames(a);
          for f = 1:numel(fields)
            m = obj.matchParameter(fields{f}, true);
            if m > 0
              obj.validateValue(obj.ParameterNames{m}, obj.ParameterChecks{m}, a.(fields{f}));
              values.(obj.ParameterNames{m}) = a.(fields{f});
            elseif obj.KeepUnmatched
              unmatched.(fields{f}) = a.(fields{f});
            else
              error('MATLAB:InputParser:UnmatchedParameter', '''%s'' is not a recognized parameter. For a list of valid name-value pair arguments, see the documentation for this function.', fields{f});
            end
          end
          at = at + 1;
          continue;
        end
        if ~inputParser.isName(a)
          if isempty(obj.ParameterNames) && ~obj.KeepUnmatched
            error('MATLAB:TooManyInputs', 'Too many input arguments.');
          end
          error('MATLAB:InputParser:ParamMustBeChar', 'Expected a string scalar or character vector for the parameter name.');
        end
        name = char(a);
        m = obj.matchParameter(name);
        if at == n
          if m > 0
            name = obj.ParameterNames{m};
          end
          error('MATLAB:InputParser:ParamMissingValue', 'No value was given for ''%s''. Name-value pair arguments require a name followed by a value.', name);
        end
        v = args{at + 1};
        if m > 0
          obj.validateValue(obj.ParameterNames{m}, obj.ParameterChecks{m}, v);
          values.(obj.ParameterNames{m}) = v;
        elseif obj.KeepUnmatched
          unmatched.(name) = v;
        else
          error('MATLAB:InputParser:UnmatchedParameter', '''%s'' is not a recognized parameter. For a list of valid name-value pair arguments, see the documentation for this function.', name);
        end
        at = at + 2;
      end
      % Results and UsingDefaults in the order of Parameters (alphabetical).
      results = struct();
      defaults = cell(1, 0);
      for k = 1:numel(obj.Parameters)
        name = obj.Parameters{k};
        if isfield(values, name)
          results.(name) = values.(name);
        else
          defaults{end + 1} = name;
          o = find(strcmp(obj.OptionalNames, name));
          if isempty(o)
            results.(name) = obj.ParameterDefaults{strcmp(obj.ParameterNames, name)};
          else
            results.(name) = obj.OptionalDefaults{o};
          end
        end
      end
      obj.Results = results;
      obj.Unmatched = unmatched;
      obj.UsingDefaults = defaults;
    end
    % The parameter `name` means (its index), 0 for none: the exact name,
    % else with PartialMatching the one parameter it begins (none for the
    % fields of a struct); more than one is MATLAB's ambiguity error.
    function m = matchParameter(obj, name, exact)
      names = obj.ParameterNames;
      if obj.CaseSensitive
        hits = strcmp(names, name);
      else
        hits = strcmpi(names, name);
      end
      m = find(hits, 1);
      if ~isempty(m) || nargin > 2 || ~obj.PartialMatching || isempty(name)
        if isempty(m)
          m = 0;
        end
        return;
      end
      if obj.CaseSensitive
        hits = strncmp(names, name, numel(name));
      else
        hits = strncmpi(names, name, numel(name));
      end
      m = find(hits);
      if numel(m) > 1
        if obj.KeepUnmatched
          m = 0;
          return;
        end
        error('MATLAB:InputParser:AmbiguousParameter', '''%s'' matches multiple parameter names: %s. To avoid ambiguity, specify the complete name of the parameter.', name, strjoin(strcat('''', sort(names(m)), ''''), ', '));
      end
      if isempty(m)
        m = 0;
      end
    end
    % Whether `check` accepts `value`: it returns true, or returns
    % nothing and raises no error.
    function ok = accepts(obj, fcn, value)
      try
        ok = inputParser.apply(fcn, value);
      catch
        ok = false;
      end
    end
    function validateValue(obj, name, fcn, value)
      if isempty(fcn)
        return;
      end
      try
        ok = inputParser.apply(fcn, value);
      catch err
        error('MATLAB:InputParser:ArgumentFailedValidation', 'The value of ''%s'' is invalid. %s', name, err.message);
      end
      if ~ok
        error('MATLAB:InputParser:ArgumentFailedValidation', 'The value of ''%s'' is invalid. It must satisfy the function: %s.', name, func2str(fcn));
      end
    end
  end
  methods (Static, Access = private)
    function tf = isName(a)
      tf = (ischar(a) && (isrow(a) || isempty(a))) || (isstring(a) && isscalar(a));
    end
    function ok = apply(fcn, value)
      try
        ok = fcn(value);
      catch err
        if ~strcmp(err.identifier, 'MATLAB:TooManyOutputs') && ~strcmp(err.identifier, 'MATLAB:maxlhs')
          rethrow(err);
        end
        fcn(value);
        ok = true;
      end
      ok = ~isempty(ok) && all(logical(ok(:)));
    end
  end
end
)matlab";

}  // namespace

std::string_view libraryClassSource(std::string_view name) {
  if (name == "onCleanup") return onCleanup;
  if (name == "inputParser") return inputParser;
  return {};
}

}  // namespace mcc::ir

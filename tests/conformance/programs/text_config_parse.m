% Parse "key = value" configuration lines: strtrim, strsplit, str2double, comments, a Map.
lines = {'# settings', 'name = pump_station', '  rate=12.5 ', 'count = 7', '', ...
         'enabled = true', 'thresholds = 1, 2.5, 4', '% comment', 'bad line'};
cfg = containers.Map();
for k = 1:numel(lines)
  ln = strtrim(lines{k});
  if isempty(ln) || ln(1) == '#' || ln(1) == '%'
    continue;
  end
  eq = strfind(ln, '=');
  if isempty(eq)
    fprintf('line %d skipped: "%s"\n', k, ln);
    continue;
  end
  key = strtrim(ln(1:eq(1)-1));
  val = strtrim(ln(eq(1)+1:end));
  num = str2double(val);
  if ~isnan(num)
    cfg(key) = num;
  elseif any(val == ',')
    parts = strsplit(val, ',');
    cfg(key) = str2double(parts);
  elseif strcmpi(val, 'true') || strcmpi(val, 'false')
    cfg(key) = strcmpi(val, 'true');
  else
    cfg(key) = val;
  end
end
ks = keys(cfg);
for k = 1:numel(ks)
  v = cfg(ks{k});
  if ischar(v)
    fprintf('%-12s : text   "%s"\n', ks{k}, v);
  elseif islogical(v)
    fprintf('%-12s : flag   %d\n', ks{k}, v);
  elseif isscalar(v)
    fprintf('%-12s : number %g\n', ks{k}, v);
  else
    fprintf('%-12s : vector [%s]\n', ks{k}, strjoin(arrayfun(@(x) sprintf('%g', x), v, 'UniformOutput', false), ' '));
  end
end
fprintf('count = %d, has rate: %d, has speed: %d\n', cfg.Count, isKey(cfg, 'rate'), isKey(cfg, 'speed'));
total = cfg('rate') * cfg('count');
fprintf('rate*count = %.2f\n', total);

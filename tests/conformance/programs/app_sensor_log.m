% Sensor log wrangling: parse text lines with strsplit/str2double, group by sensor in a
% containers.Map, statistics per sensor, outliers, and a formatted report.
lines = {'2024-01-01,temp,21.5', '2024-01-01,hum,40', '2024-01-02,temp,22.1', ...
         '2024-01-02,hum,38.5', '2024-01-03,temp,35.9', '2024-01-03,hum,NaN', ...
         '2024-01-04,temp,20.8', '2024-01-04,hum,41.2', '2024-01-05,pres,1013.2'};
readings = containers.Map();
for k = 1:numel(lines)
    parts = strsplit(lines{k}, ',');
    v = str2double(parts{3});
    if isKey(readings, parts{2})
        readings(parts{2}) = [readings(parts{2}), v];
    else
        readings(parts{2}) = v;
    end
end
names = keys(readings);
fprintf('%d sensors: %s\n', readings.Count, strjoin(names, ', '));
for k = 1:numel(names)
    v = readings(names{k});
    good = v(~isnan(v));
    fprintf('%-5s n=%d missing=%d mean=%8.3f min=%7.2f max=%7.2f\n', names{k}, numel(v), ...
            sum(isnan(v)), mean(good), min(good), max(good));
end
t = readings('temp');
mu = mean(t); sd = std(t);
out = find(abs(t - mu) > 1.2 * sd);
fprintf('temp outliers at %s (mu %.3f, sd %.3f)\n', mat2str(out), mu, sd);
vals = values(readings, {'hum', 'pres'});
fprintf('hum has %d values, pres %g\n', numel(vals{1}), vals{2});
remove(readings, 'pres');
fprintf('after remove: %d keys, has pres %d\n', length(readings), isKey(readings, 'pres'));
m2 = containers.Map({'a', 'b', 'c'}, {1, [2 3], 'four'});
fprintf('%s %s %s\n', class(m2('a')), mat2str(m2('b')), m2('c'));
m3 = containers.Map('KeyType', 'double', 'ValueType', 'any');
m3(3) = 'three'; m3(1) = 'one'; m3(2) = 'two';
k3 = keys(m3);
for k = 1:numel(k3)
    fprintf('%g=%s ', k3{k}, m3(k3{k}));
end
fprintf('\n');

% strcat of cells and of char rows (trailing blanks), fliplr/flipud, circshift both ways, nchoosek/factorial/primes/gcd/lcm/isprime/perms, linspace/logspace, repmat, prod/mean/median/std/var/mode, size queries.
cs = strcat({'a', 'b'}, 'x');
fprintf('%s ', cs{:}); fprintf('\n');
fprintf('[%s]\n', strcat('a ', 'b ', 'c'));
fprintf('%s\n', fliplr('abc'));
fprintf('%d ', circshift([1 2 3 4], 1), circshift([1 2 3 4], -1)); fprintf('\n');
fprintf('%d ', nchoosek(5, 2), factorial(5), primes(20)); fprintf('\n');
fprintf('%d ', gcd(12, 18), lcm(4, 6), isprime(7)); fprintf('\n');
fprintf('%d ', nchoosek([1 2 3], 2)'); fprintf('\n');
p = perms([1 2 3]);
fprintf('%d ', p'); fprintf('\n');
fprintf('%d ', fliplr(1:3), flipud([1; 2])'); fprintf('\n');
fprintf('%g ', linspace(0, 1, 5), logspace(0, 2, 3)); fprintf('\n');
fprintf('%d ', repmat([1 2], 2, 2)); fprintf('\n');
fprintf('%g ', prod([1 2; 3 4]), mean([1 2; 3 4], 2), median([3 1 2 10])); fprintf('\n');
fprintf('%g %g %g\n', std([2 4 4 4 5 5 7 9]), var([1 2 3 4]), mode([1 2 2 3 3]));
fprintf('%d ', numel(1:0), isempty(zeros(0, 3)), ndims(ones(2, 3, 4))); fprintf('\n');

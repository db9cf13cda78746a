% factorial, nchoosek, primes, isprime, factor, gcd, lcm, rat: values, classes, vectors, combinations.
pmat('factorial', factorial([0 1 5 10]));
fprintf('factorial 20: %.17g\n', factorial(20));
fprintf('factorial 171: %g\n', factorial(171));
fprintf('nchoosek: %d %d %d %d\n', nchoosek(5, 2), nchoosek(10, 0), nchoosek(10, 10), nchoosek(30, 15));
pmat('nchoosek combos', nchoosek([2 4 6 8], 3));
pmat('nchoosek pairs', nchoosek(1:4, 2));
pmat('nchoosek char', nchoosek('abc', 2));
pmat('primes 30', primes(30));
pmat('primes 1', primes(1));
pmat('primes int', primes(uint8(12)));
pmat('isprime', isprime([0 1 2 3 4 97 100 7919]));
fprintf('isprime big: %d %d\n', isprime(2^31 - 1), isprime(2^31 + 1));
pmat('isprime matrix', isprime([2 4; 5 9]));
pmat('factor', factor(360));
pmat('factor prime', factor(97));
pmat('factor 1', factor(1));
pmat('factor big', factor(600851475143));
pmat('factor int', factor(uint16(84)));
pmat('gcd', gcd([12 18 -24 0 7], [18 12 36 5 0]));
pmat('gcd expand', gcd([4 6 9], 3));
[g, u, v] = gcd(240, 46);
fprintf('gcd bezout: %d = %d*240 + %d*46: %d\n', g, u, v, u * 240 + v * 46 == g);
pmat('gcd int', gcd(int16([12 15]), int16(9)));
pmat('lcm', lcm([4 6 21], [6 4 6]));
pmat('lcm int', lcm(uint8(4), uint8([6 10])));
[n, d] = rat(0.75);
fprintf('rat 0.75: %d/%d\n', n, d);
[n, d] = rat(pi);
fprintf('rat pi: %d/%d\n', n, d);
[n, d] = rat([0.5 -1.25 3 1/3]);
fprintf('rat vector:'); fprintf(' %d/%d', [n; d]); fprintf('\n');
[n, d] = rat(pi, 1e-10);
fprintf('rat pi tol: %d/%d\n', n, d);

function pmat(label, X)
  fprintf('%s: %s size', label, class(X));
  fprintf(' %d', size(X));
  fprintf(' |');
  fprintf(' %g', double(X(:)));
  fprintf('\n');
end

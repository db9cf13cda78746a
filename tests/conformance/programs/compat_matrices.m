% Special matrices and structure tests that numerical scripts use: toeplitz,
% hankel, vander, hilb, pascal, isdiag, istriu, istril, issymmetric,
% ishermitian, isbanded, bandwidth, bounds, rescale, eomday,
% num2hex, hex2num, swapbytes, mat2cell.
function compat_matrices()
  show('toeplitz(c)', toeplitz([1 2 3]));
  show('toeplitz(c, r)', toeplitz([1 2 3], [1 5 6 7]));
  show('hankel(c)', hankel([1 2 3]));
  show('hankel(c, r)', hankel([1 2 3], [3 4 5 6]));
  show('vander', vander([2 3 4]));
  show('hilb', hilb(3));
  show('pascal', pascal(4));
  A = [1 2 0; 2 5 3; 0 3 9];
  fprintf('isdiag %d %d\n', isdiag(eye(3)), isdiag(A));
  fprintf('istriu %d %d istril %d %d\n', istriu(triu(A)), istriu(A), istril(tril(A)), istril(A));
  fprintf('issymmetric %d %d\n', issymmetric(A), issymmetric([1 2; 3 4]));
  fprintf('ishermitian %d %d\n', ishermitian([2 1i; -1i 3]), ishermitian([2 1i; 1i 3]));
  fprintf('isbanded %d %d\n', isbanded(A, 1, 1), isbanded(A, 0, 1));
  [lo, up] = bandwidth(A);
  fprintf('bandwidth %d %d, lower %d\n', lo, up, bandwidth(triu(A), 'lower'));
  [s, l] = bounds([4 -2 7 1]);
  fprintf('bounds %g %g\n', s, l);
  [s, l] = bounds([1 5; 3 2]);
  fprintf('bounds of columns %g %g %g %g\n', s, l);
  show('rescale', rescale([1 2 3 5]));
  show('rescale to [-1, 1]', rescale([1 2 3 5], -1, 1));
  fprintf('eomday %d %d %d %d\n', eomday(2024, 2), eomday(2023, 2), eomday(1900, 2), eomday(2000, 2));
  fprintf('%d ', eomday(2023, 1:12)); fprintf('\n');
  fprintf('%s %s\n', num2hex(pi), num2hex(-1));
  fprintf('%s\n', num2hex(single(1)));
  fprintf('%.15g %.15g\n', hex2num('400921fb54442d18'), hex2num('bff0000000000000'));
  fprintf('%d %d\n', swapbytes(uint16(1)), swapbytes(uint32(1)));
  fprintf('%d\n', swapbytes(int16(-2)));
  C = mat2cell(magic(4), [1 3], [2 2]);
  fprintf('%d %d\n', size(C));
  for k = 1:numel(C)
    fprintf('%d ', size(C{k})); fprintf(': '); fprintf('%d ', C{k}); fprintf('\n');
  end
  D = mat2cell((1:6)', [2 4]);
  fprintf('%d %d | %d %d\n', size(D), size(D{2}));
end

function show(name, M)
  fprintf('%s (%dx%d):', name, size(M, 1), size(M, 2));
  fprintf(' %.6g', M);
  fprintf('\n');
end

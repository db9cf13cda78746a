% expm1 log1p asinh acosh atanh gamma hypot conj angle, near zero, at the
% edges of their domains, with NaN, Inf and empty inputs.
fprintf('expm1: %.17g %.17g %g %g %g\n', expm1(1e-10), expm1(1), expm1(0), expm1(-Inf), expm1(Inf));
fprintf('log1p: %.17g %.17g %g %g %g\n', log1p(1e-10), log1p(1), log1p(0), log1p(-1), log1p(Inf));
fprintf('log1p(-2) complex %d, real %.6f imag %.6f\n', ~isreal(log1p(-2)), real(log1p(-2)), imag(log1p(-2)));
fprintf('expm1/log1p keep shape: %d %d, NaN %g %g\n', size(expm1(zeros(2, 3))), expm1(NaN), log1p(NaN));
fprintf('asinh: %.12g %.12g %g %g\n', asinh(1), asinh(-2), asinh(0), asinh(-Inf));
fprintf('acosh: %.12g %g %g\n', acosh(2), acosh(1), acosh(Inf));
z = acosh(0.5);
fprintf('acosh(0.5) complex: %.6f %.6f\n', real(z), imag(z));
fprintf('atanh: %.12g %g %g %g\n', atanh(0.5), atanh(0), atanh(1), atanh(-1));
z = atanh(2);
fprintf('atanh(2) complex: %.6f %.6f\n', real(z), abs(imag(z)));
fprintf('round trips: %d %d %d\n', abs(sinh(asinh(3)) - 3) < 1e-14, abs(cosh(acosh(3)) - 3) < 1e-14, abs(tanh(atanh(0.3)) - 0.3) < 1e-15);
fprintf('gamma: %g %g %g %.12g %.12g\n', gamma(1), gamma(5), gamma(11), gamma(0.5), gamma(2.5));
fprintf('gamma poles and edges: %g %g %g %g %g\n', gamma(0), gamma(-1), gamma(-2.5), gamma(Inf), gamma(NaN));
fprintf('gamma(-0.5) %.12g, gamma(172) %g\n', gamma(-0.5), gamma(172));
fprintf('hypot: %g %g %g %g\n', hypot(3, 4), hypot(-5, 12), hypot(0, 0), hypot(Inf, NaN));
fprintf('hypot no overflow: %g, vector %g %g\n', hypot(3e200, 4e200), hypot([3 6], [4 8]));
fprintf('hypot expands: %g %g\n', hypot([5; 8], 0)');
z = conj([1+2i, 3-4i, 5]);
fprintf('conj: %g%+gi %g%+gi %g%+gi\n', [real(z); imag(z) + 0]);
fprintf('conj of real stays real: %d %g\n', isreal(conj([1 2])), sum(conj([1 2])));
fprintf('angle: %.12g %.12g %g %.12g\n', angle(1i), angle(-1), angle(2), angle(-1 - 1i));
fprintf('angle of a vector: %.6f %.6f %.6f\n', angle([1+1i, -2, -3i]));
fprintf('empty: %d %d %d %d %d %d %d\n', isempty(expm1([])), isempty(log1p([])), isempty(asinh([])), ...
    isempty(gamma([])), isempty(hypot([], [])), isempty(conj([])), isempty(angle([])));

% AC circuit analysis with complex numbers: impedances, phasors, magnitude and phase,
% a complex linear solve for mesh currents, roots of a characteristic polynomial,
% and printing real/imaginary parts explicitly.
f = 50; w = 2 * pi * f;
R = 10; Lh = 0.05; C = 200e-6;
ZR = R; ZL = 1i * w * Lh; ZC = 1 / (1i * w * C);
Z = ZR + ZL + ZC;
fprintf('Z = %.4f %+.4fj ohm, |Z| = %.4f, angle %.4f deg\n', real(Z), imag(Z), abs(Z), angle(Z) * 180 / pi);
V = 230;
I = V / Z;
fprintf('I = %.4f A at %.4f deg\n', abs(I), rad2deg(angle(I)));
S = V * conj(I);
fprintf('P = %.3f W, Q = %.3f var, pf = %.4f\n', real(S), imag(S), cos(angle(S)));
f0 = 1 / (2 * pi * sqrt(Lh * C));
fprintf('resonance at %.4f Hz\n', f0);
% mesh analysis, two loops sharing a capacitor
Zm = [R + ZL + ZC, -ZC; -ZC, ZC + 20];
Vs = [230; 0];
Im = Zm \ Vs;
for k = 1:2
    fprintf('mesh %d: %.5f %+.5fj (|I| %.5f)\n', k, real(Im(k)), imag(Im(k)), abs(Im(k)));
end
fprintf('KVL residual small: %d\n', norm(Zm * Im - Vs) < 1e-9);
% characteristic roots of L C s^2 + R C s + 1
r = roots([Lh * C, R * C, 1]);
r = sort(r);
fprintf('roots: %.4f %+.4fj and %.4f %+.4fj\n', real(r(1)), imag(r(1)), real(r(2)), imag(r(2)));
fprintf('underdamped: %d, conjugate pair: %d\n', ~isreal(r), abs(r(1) - conj(r(2))) < 1e-9);
% polar and Euler
z = 3 + 4i;
fprintf('abs %g angle %.6f conj %g%+gi\n', abs(z), angle(z), real(conj(z)), imag(conj(z)));
e = exp(1i * pi / 3);
fprintf('exp(i pi/3) = %.6f %+.6fi, |e| = %.15g\n', real(e), imag(e), abs(e));
fprintf('sqrt(-4) = %g%+gi, (-8)^(1/3) = %.4f%+.4fi\n', real(sqrt(-4)), imag(sqrt(-4)), real((-8)^(1/3)), imag((-8)^(1/3)));
zs = [1+2i, 3-1i, -2+0.5i];
fprintf('sum %s, prod real %.4f\n', num2str(sum(zs)), real(prod(zs)));
fprintf('real/imag of vector: %s | %s\n', mat2str(real(zs)), mat2str(imag(zs)));
fprintf('transpose vs ctranspose imag: %s %s\n', mat2str(imag(zs.')'), mat2str(imag(zs')'));
fprintf('isreal(complex(1,0)) %d, isreal(1+0i) %d\n', isreal(complex(1, 0)), isreal(1 + 0i));
fprintf('sorted by abs: %s\n', mat2str(abs(sort(zs)), 5));
% unit circle roots of z^5 = 1
k = 0:4;
u = exp(2i * pi * k / 5);
fprintf('sum of 5th roots of unity ~0: %d, product ~1: %d\n', abs(sum(u)) < 1e-12, abs(prod(u) - 1) < 1e-12);

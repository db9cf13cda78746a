n = 10000000;
% A state struct advanced by a user function in a loop, state = step(state, dt):
% a damped oscillator whose state has a nested struct (position and velocity)
% and a step counter, as simulation code is written.
s.pos.x = 1; s.pos.v = 0; s.k = 0;
p.c = 1e-4; p.w2 = 4;
for i = 1:n
  s = step(s, p, 0.001);
end
fprintf('x = %.12f v = %.12f steps = %d\n', s.pos.x, s.pos.v, s.k);
function s = step(s, p, dt)
  a = -p.w2 * s.pos.x - p.c * s.pos.v;
  s.pos.v = s.pos.v + a * dt;
  s.pos.x = s.pos.x + s.pos.v * dt;
  s.k = s.k + 1;
end

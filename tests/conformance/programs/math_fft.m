x = [1 2 3 4];
pc('fft', fft(x));
pc('fft pad', fft(x, 6));
pc('fft truncate', fft(x, 3));
pc('fft prime length', fft([1 0 2 0 3]));
pc('fft column', fft([1; -1; 1; -1]));
M = [1 2 3; 4 5 6];
pc('fft matrix', fft(M));
pc('fft dim 2', fft(M, [], 2));
pc('fft n dim 2', fft(M, 4, 2));
pc('fft complex', fft([1i 1 -1i]));
pc('ifft', ifft(fft(x)));
fprintf('isreal: %d %d %d %d %d\n', isreal(ifft(fft(x))), isreal(ifft2(fft2(magic(3)))), isreal(fft([1 2])), isreal(ifft([1 2i])), isreal(fft([1 2 3])));
pc('ifft pad', ifft([4 0 0 0], 8));
pc('fft2', fft2([1 2; 3 4]));
pc('fft2 pad', fft2([1 2; 3 4], 2, 3));
pc('ifft2', ifft2(fft2([1 2; 3 4])));
pv('fftshift even', fftshift(1:6));
pv('fftshift odd', fftshift(1:5));
pv('ifftshift odd', ifftshift(1:5));
pv('fftshift matrix', fftshift([1 2 3; 4 5 6]));
pv('fftshift dim', fftshift([1 2 3; 4 5 6], 2));
pv('ifftshift column', ifftshift([1; 2; 3; 4; 5]));
y = fft(cos(2 * pi * (0:15) / 16 * 3));
fprintf('peak bins: '); fprintf('%d ', find(abs(y) > 1)); fprintf('\n');
fprintf('fft empty: %d %d\n', size(fft(zeros(1, 0))));

function pc(label, X)
  fprintf('%s:', label);
  re = round(real(X(:)) * 1e9) / 1e9 + 0;
  im = round(imag(X(:)) * 1e9) / 1e9 + 0;
  fprintf(' (%g,%g)', [re im].');
  fprintf('\n');
end

function pv(label, X)
  fprintf('%s:', label);
  fprintf(' %g', X);
  fprintf('\n');
end

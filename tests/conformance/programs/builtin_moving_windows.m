% Moving-window statistics of a noisy sensor trace: movmax, movmin,
% movmedian, movstd, movvar, movprod beside movmean.
x = [4 8 6 -1 -2 -3 -1 3 4 5 12 7 6];
fprintf('movmax3:    %s\n', sprintf('%g ', movmax(x, 3)));
fprintf('movmin3:    %s\n', sprintf('%g ', movmin(x, 3)));
fprintf('movmedian3: %s\n', sprintf('%g ', movmedian(x, 3)));
fprintf('movmedian4: %s\n', sprintf('%g ', movmedian(x, 4)));
fprintf('movmax [2 0]: %s\n', sprintf('%g ', movmax(x, [2 0])));
fprintf('movstd3:    %s\n', sprintf('%.4f ', movstd(x, 3)));
fprintf('movvar5:    %s\n', sprintf('%.4f ', movvar(x, 5)));
fprintf('movstd3 w=1: %s\n', sprintf('%.4f ', movstd(x, 3, 1)));
fprintf('movprod2:   %s\n', sprintf('%g ', movprod([1 2 3 4 5], 2)));
% envelope and spike detection with a running median
env = movmax(x, 5) - movmin(x, 5);
fprintf('envelope: %s\n', sprintf('%g ', env));
spikes = find(abs(x - movmedian(x, 5)) > 4);
fprintf('spikes at %s\n', mat2str(spikes));
A = [1 5 2; 4 3 9; 7 8 6; 2 2 2];
fprintf('movmax columns: %s\n', mat2str(movmax(A, 2)));
fprintf('movmin rows: %s\n', mat2str(movmin(A, 2, 2)));
fprintf('movmedian discard: %s\n', mat2str(movmedian(x, 3, 'Endpoints', 'discard')));

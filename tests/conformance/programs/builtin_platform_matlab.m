% EXPECTED: hand-written (MATLAB's documentation of computer: 'GLNXA64' on 64-bit Linux, maxsize 2^48-1, endian 'L'; Octave 7's computer gives the GNU triplet and its own maxsize; version is "a character vector" in MATLAB, mcc's is '0.1.0 (mcc)' (README))
% computer with its three outputs and computer('arch'), and version as a
% char row.
[c, maxsize, endian] = computer;
fprintf('%s %.17g %s\n', c, maxsize, endian);
fprintf('%s %s\n', computer, computer('arch'));
v = version;
fprintf('%d %d %d\n', ischar(v), isrow(v), ~isempty(strfind(v, '(')));

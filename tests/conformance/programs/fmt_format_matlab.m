% EXPECTED: hand-written (MATLAB's format documentation: format long shows 15 digits after the point for a double scalar, format short 4, and format alone restores short; disp indents a scalar as the value line of its display; Octave's disp prints no leading blanks)
% format long/short/plain format change how disp shows numbers; fprintf is unaffected.
format long
disp(pi)
fprintf('%g\n', pi);
format short
disp(pi)
format long
disp(-0.5)
format
disp(2/3)

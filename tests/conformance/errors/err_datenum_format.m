% datenum of text that does not match its format.
fprintf('%d\n', datenum('2024-01-02', 'yyyy-mm-dd'));
d = datenum('Jan 2 2024', 'yyyy-mm-dd'); % fails here
fprintf('not reached %d\n', d);

% Using a name that was never assigned (a misspelled variable).
total = 5;
fprintf('total = %d\n', total);
y = totl + 1; % fails here
fprintf('not reached %d\n', y);

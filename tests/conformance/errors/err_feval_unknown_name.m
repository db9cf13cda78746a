% feval of a name known only at run time that names no function.
name = ['no_such' '_function'];
fprintf('calling\n');
y = feval(name, 3);

function err_nested_undefined
% A nested function reads its parent's variable before the parent set it.
show();
limit = 3;
fprintf('limit = %d\n', limit);

  function show()
    disp('in show');
    fprintf('%d\n', limit);  % fails here
  end
end

function y = dep_helper(x)
y = x + 1;
end

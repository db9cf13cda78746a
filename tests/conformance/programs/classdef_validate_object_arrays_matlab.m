% A property validated by a class with no default value is an empty array of that class.
% EXPECTED: hand-written from MATLAB's documentation (Property Class and Size Validation,
% "Default Values Per Size and Class": without a default, a property of a class gets an
% empty object of that class, sized to fit its size validation: 0-by-0, 1-by-0 for (1,:),
% 0-by-1 for (:,1)). Octave 7.3 cannot parse a class name after a property.
r = TreeNode(1);
fprintf('%s %d x %d\n', class(r.children), size(r.children, 1), size(r.children, 2));
a = TreeNode(2);
r.add(a);
r.add(TreeNode(3));
a.add(TreeNode(10));
fprintf('%d children, total %d\n', numel(r.children), r.total());
b = Bag();
fprintf('items %s %d x %d\n', class(b.items), size(b.items, 1), size(b.items, 2));
fprintf('spots %s %d x %d\n', class(b.spots), size(b.spots, 1), size(b.spots, 2));
fprintf('one %d\n', b.one.x);
b.items(2) = TreeNode(4);
fprintf('%d items, first %d\n', numel(b.items), b.items(1).value);

classdef Bag
  properties
    items (1,:) TreeNode
    spots (:,1) Pt2
    one (1,1) Pt2
  end
end

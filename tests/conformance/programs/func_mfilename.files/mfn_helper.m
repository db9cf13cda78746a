function s = mfn_helper()
% the helper's own file name
s = ['called ' mfilename];
end

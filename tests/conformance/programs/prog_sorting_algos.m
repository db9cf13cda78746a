% Sorting algorithms written out: insertion sort with a while loop, recursive quicksort with
% logical partitions, bottom-up merge sort, counting comparisons, checks against sort()
% for numbers and for strings (sort of cellstr), and a stable sort on records by key.
data = [29 10 14 37 13 5 88 10 -3 0 42 7];
[s1, comps] = insertionSort(data);
fprintf('insertion: %s (%d comparisons)\n', mat2str(s1), comps);
s2 = quickSort(data);
fprintf('quick:     %s\n', mat2str(s2));
s3 = mergeBottomUp(data);
fprintf('merge:     %s\n', mat2str(s3));
fprintf('all equal sort(): %d %d %d\n', isequal(s1, sort(data)), isequal(s2, sort(data)), isequal(s3, sort(data)));
fprintf('descending: %s\n', mat2str(fliplr(s3)));
fprintf('issorted: %d %d\n', issorted(s3), issorted(data));
% sort cellstr: uppercase before lowercase in char order
words = {'pear', 'Banana', 'apple', 'cherry', 'Apple', 'banana'};
[sw, iw] = sort(words);
fprintf('sorted words: %s\n', strjoin(sw, ' '));
fprintf('index: %s\n', mat2str(iw));
[~, il] = sort(lower(words));
fprintf('case-insensitive: %s\n', strjoin(words(il), ' '));
% records sorted by key with ties kept in input order
keys = [3 1 2 1 3 2];
labels = {'c1', 'a1', 'b1', 'a2', 'c2', 'b2'};
[~, k] = sort(keys);
fprintf('stable by key: %s\n', strjoin(labels(k), ' '));
% sort matrix columns and rows
M = [3 1 2; 9 7 8; 6 5 4];
fprintf('sort columns: %s\n', mat2str(sort(M)));
fprintf('sort rows desc: %s\n', mat2str(sort(M, 2, 'descend')));
[~, order] = sort(M(:, 2));
fprintf('rows by column 2: %s\n', mat2str(M(order, :)));
% NaN goes last ascending, first descending
fprintf('with NaN: %s / %s\n', mat2str(sort([3 NaN 1 2])), mat2str(sort([3 NaN 1 2], 'descend')));
% top-k with partial selection
[~, idx] = sort(data, 'descend');
fprintf('top 3: %s at %s\n', mat2str(data(idx(1:3))), mat2str(idx(1:3)));
fprintf('median by sort %g, median() %g\n', medianBySort(data), median(data));

function [a, comps] = insertionSort(a)
    comps = 0;
    for i = 2:numel(a)
        key = a(i);
        j = i - 1;
        while j >= 1
            comps = comps + 1;
            if a(j) <= key, break; end
            a(j + 1) = a(j);
            j = j - 1;
        end
        a(j + 1) = key;
    end
end

function s = quickSort(a)
    if numel(a) <= 1
        s = a;
        return
    end
    pivot = a(ceil(end / 2));
    s = [quickSort(a(a < pivot)), a(a == pivot), quickSort(a(a > pivot))];
end

function a = mergeBottomUp(a)
    n = numel(a);
    width = 1;
    while width < n
        for lo = 1:2 * width:n
            mid = min(lo + width - 1, n);
            hi = min(lo + 2 * width - 1, n);
            a(lo:hi) = mergeTwo(a(lo:mid), a(mid + 1:hi));
        end
        width = width * 2;
    end
end

function c = mergeTwo(a, b)
    c = zeros(1, numel(a) + numel(b));
    i = 1; j = 1;
    for k = 1:numel(c)
        if j > numel(b) || (i <= numel(a) && a(i) <= b(j))
            c(k) = a(i); i = i + 1;
        else
            c(k) = b(j); j = j + 1;
        end
    end
end

function m = medianBySort(v)
    v = sort(v);
    n = numel(v);
    if mod(n, 2)
        m = v((n + 1) / 2);
    else
        m = (v(n / 2) + v(n / 2 + 1)) / 2;
    end
end

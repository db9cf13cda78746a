% Text utilities: word wrapping a paragraph to a width, centring lines, a Caesar cipher
% with char arithmetic and mod, palindrome tests, letter frequencies with histc on
% char codes, title case, run-length encoding and decoding, and fliplr/upper/isletter.
para = ['MATLAB programs are often short scripts that grow into tools; ' ...
        'keeping them readable means naming things well and printing clearly.'];
lines = wrapText(para, 28);
for i = 1:numel(lines)
    fprintf('|%-28s|\n', lines{i});
end
for i = 1:2
    pad = 28 - length(lines{i});
    fprintf('|%s%s%s|\n', blanks(floor(pad / 2)), lines{i}, blanks(ceil(pad / 2)));
end
msg = 'Attack at Dawn!';
enc = caesar(msg, 3);
fprintf('%s -> %s -> %s\n', msg, enc, caesar(enc, -3));
cands = {'Racecar', 'A man, a plan, a canal: Panama', 'hello', 'No lemon, no melon'};
for i = 1:numel(cands)
    s = lower(cands{i});
    s = s(isletter(s));
    fprintf('%-32s %d\n', cands{i}, strcmp(s, fliplr(s)));
end
letters = lower(para(isletter(para)));
counts = histc(double(letters), double('a'):double('z'));
[cs, ci] = sort(counts, 'descend');
fprintf('most frequent letters: ');
for k = 1:5
    fprintf('%c=%d ', char('a' + ci(k) - 1), cs(k));
end
fprintf('\n');
fprintf('vowels %d, consonants %d\n', sum(ismember(letters, 'aeiou')), sum(~ismember(letters, 'aeiou')));
fprintf('title case: %s\n', titleCase('the quick brown fox'));
r = rle('aaabccddddde');
fprintf('rle: %s, decoded ok: %d\n', r, strcmp(unrle(r), 'aaabccddddde'));
fprintf('char codes: %s, back: %s\n', mat2str(double('Hi!')), char([72 105 33]));
fprintf('upper via arithmetic: %s\n', char('shout' - 32));
fprintf('isspace count: %d, isstrprop digit: %s\n', sum(isspace(para)), mat2str(isstrprop('a1b2', 'digit')));
fprintf('strjust right: [%s]\n', strjust('ab  ', 'right'));
fprintf('deblank: [%s], strtrim: [%s]\n', deblank('  x  '), strtrim(sprintf('\t y \n')));
fprintf('repeat: %s\n', repmat('-=', 1, 5));
fprintf('index of first vowel in "rhythm and blues": %d\n', find(ismember('rhythm and blues', 'aeiou'), 1));
fprintf('char matrix rows: %d, padded width %d\n', size(char('a', 'bcd', 'ef'), 1), size(char('a', 'bcd', 'ef'), 2));
cm = char({'x', 'yz'});
fprintf('char of cell, row 1: [%s]\n', cm(1, :));

function out = wrapText(s, width)
    words = strsplit(s, ' ');
    out = {};
    cur = '';
    for i = 1:numel(words)
        w = words{i};
        if isempty(cur)
            cur = w;
        elseif length(cur) + 1 + length(w) <= width
            cur = [cur ' ' w]; %#ok<AGROW>
        else
            out{end + 1} = cur; %#ok<AGROW>
            cur = w;
        end
    end
    if ~isempty(cur), out{end + 1} = cur; end
end

function out = caesar(s, k)
    out = s;
    up = s >= 'A' & s <= 'Z';
    lo = s >= 'a' & s <= 'z';
    out(up) = char(mod(s(up) - 'A' + k, 26) + 'A');
    out(lo) = char(mod(s(lo) - 'a' + k, 26) + 'a');
end

function s = titleCase(s)
    starts = [true, s(1:end-1) == ' '];
    s(starts) = upper(s(starts));
end

function r = rle(s)
    r = '';
    i = 1;
    while i <= length(s)
        j = i;
        while j < length(s) && s(j + 1) == s(i)
            j = j + 1;
        end
        r = [r sprintf('%d%c', j - i + 1, s(i))]; %#ok<AGROW>
        i = j + 1;
    end
end

function s = unrle(r)
    toks = regexp(r, '(\d+)(\D)', 'tokens');
    s = '';
    for k = 1:numel(toks)
        s = [s repmat(toks{k}{2}, 1, str2double(toks{k}{1}))]; %#ok<AGROW>
    end
end

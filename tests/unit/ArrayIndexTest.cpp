// Array core unit tests: indexing (mcc_subsref), indexed assignment and
// deletion (mcc_subsasgn) of runtime-support, with their MATLAB errors. The
// harness and the conventions are in ArrayTesting.h.
#include <set>

#include "ArrayTesting.h"

using namespace mcc_array_testing;

// --- Indexing ------------------------------------------------------------------

TEST_F(Array, LinearIndexingShapes) {
  // A vector indexed by a vector keeps its orientation; otherwise the result
  // has the index's shape.
  EXPECT_EQ(show(sub(row({10, 20, 30, 40}), {row({1, 3})})), "double 1x2: 10 30");  // octave: [10 20 30 40]([1 3])
  EXPECT_EQ(show(sub(row({10, 20, 30, 40}), {col({1, 3})})), "double 1x2: 10 30");  // octave: [10 20 30 40]([1; 3])
  EXPECT_EQ(show(sub(col({10, 20, 30, 40}), {row({1, 3})})), "double 2x1: 10 30");  // octave: [10; 20; 30; 40]([1 3])
  EXPECT_EQ(show(sub(magic3(), {colon()})), "double 9x1: 8 3 4 1 5 9 6 7 2");  // octave: magic(3)(:)
  EXPECT_EQ(show(sub(magic3(), {mat(2, 2, {1, 2, 3, 4})})), "double 2x2: 8 4 3 1");  // octave: magic(3)([1 2; 3 4])
  EXPECT_EQ(show(sub(magic3(), {row({1, 2, 3})})), "double 1x3: 8 3 4");  // octave: magic(3)([1 2 3])
  EXPECT_EQ(show(sub(num(5), {mat(2, 2, {1, 1, 1, 1})})), "double 2x2: 5 5 5 5");  // octave: subsref(5, substruct('()', {[1 1; 1 1]}))
  EXPECT_EQ(show(sub(num(5), {col({1, 1})})), "double 2x1: 5 5");  // octave: subsref(5, substruct('()', {[1; 1]}))
  EXPECT_EQ(show(sub(row({10, 20, 30}), {str(":")})), "double 3x1: 10 20 30");  // octave: [10 20 30](':')
}

TEST_F(Array, LogicalMasks) {
  A m = magic3();
  EXPECT_EQ(show(sub(m, {bin(MCC_OP_GT, m, num(5))})), "double 4x1: 8 9 6 7");  // octave: magic(3)(magic(3) > 5)
  EXPECT_EQ(show(sub(row({1, 2, 3, 4}), {logicals({1, 0, 1, 0})})), "double 1x2: 1 3");  // octave: [1 2 3 4](logical([1 0 1 0]))
  EXPECT_EQ(show(sub(range(1, 1, 9), {as(MCC_CLASS_LOGICAL, ones({3}))})), "double 1x9: 1 2 3 4 5 6 7 8 9");  // octave: (1:9)(true(3))
  EXPECT_EQ(show(sub(m, {as(MCC_CLASS_LOGICAL, ones({1, 9}))})), "double 1x9: 8 3 4 1 5 9 6 7 2");  // octave: magic(3)(true(1,9))
  EXPECT_EQ(show(sub(m, {logicals({1, 0, 1}), num(2)})), "double 2x1: 1 9");  // octave: magic(3)(logical([1 0 1]), 2)
  // A false past the end is fine; a true is MATLAB's error.
  EXPECT_EQ(show(sub(row({1, 2}), {logicals({0, 1, 0})})), "double 1x1: 2");  // octave: [1 2](logical([0 1 0]))
  EXPECT_EQ(errorOf([] { sub(row({1, 2}), {logicals({0, 0, 1})}); }),
            "The logical indices contain a true value outside of the array bounds.");
}

TEST_F(Array, SubscriptIndexing) {
  A m = magic3();
  EXPECT_EQ(show(sub(m, {num(2), colon()})), "double 1x3: 3 5 7");  // octave: magic(3)(2,:)
  EXPECT_EQ(show(sub(m, {colon(), row({3, 1})})), "double 3x2: 6 7 2 8 3 4");  // octave: magic(3)(:,[3 1])
  double last = double(mcc_array_end(m.get(), 1, 2));
  EXPECT_EQ(show(sub(m, {num(last), num(last)})), "double 1x1: 2");  // octave: magic(3)(3,3)
  EXPECT_EQ(show(sub(m, {empty(), num(1)})), "double 0x1:");  // octave: magic(3)([], 1)
  EXPECT_EQ(show(sub(str("hello"), {row({1, 5})})), "char 1x2: 104 111");  // octave: 'hello'([1 5])
  EXPECT_EQ(show(sub(row({10, 20, 30}), {as(MCC_CLASS_INT8, num(2))})), "double 1x1: 20");  // octave: [10 20 30](int8(2))
}

TEST_F(Array, ContiguousBlocks) {
  // Rows, columns and runs of a matrix (the runtime's block path) against
  // the general one's results; what it does not take falls through.
  A m = magic3();
  EXPECT_EQ(show(sub(m, {num(2), range(2, 1, 3)})), "double 1x2: 5 7");  // octave: magic(3)(2, 2:3)
  EXPECT_EQ(show(sub(m, {range(2, 1, 3), num(1)})), "double 2x1: 3 4");  // octave: magic(3)(2:3, 1)
  EXPECT_EQ(show(sub(m, {colon(), num(3)})), "double 3x1: 6 7 2");  // octave: magic(3)(:, 3)
  EXPECT_EQ(show(sub(m, {range(3, -1, 2), num(1)})), "double 2x1: 4 3");  // octave: magic(3)(3:-1:2, 1)
  EXPECT_EQ(show(sub(crow({{1, 2}, {3, 4}}), {num(1), num(2)})), "double 1x1: (3,4)");  // octave: [1+2i 3+4i](1, 2)
  EXPECT_EQ(errorOf([&] { sub(m, {num(2), range(2, 1, 4)}); }),
            "Index in position 2 exceeds array bounds. Index must not exceed 3.");
  // Assignment: a row of the value's class, a scalar, a run; of another
  // class or shape the general path converts or reports.
  A y = asg(magic3(), row({-1, -2, -3}), {num(2), colon()});
  EXPECT_EQ(show(y), "double 3x3: 8 -1 4 1 -2 9 6 -3 2");  // octave: subsasgn(magic(3), substruct('()', {2, ':'}), [-1 -2 -3])
  y = asg(std::move(y), num(0), {range(1, 1, 2), num(3)});
  EXPECT_EQ(show(y), "double 3x3: 8 -1 4 1 -2 9 0 0 2");  // octave: subsasgn(subsasgn(magic(3), substruct('()', {2, ':'}), [-1 -2 -3]), substruct('()', {1:2, 3}), 0)
  y = asg(std::move(y), col({7, 8}), {num(3), range(1, 1, 2)});
  EXPECT_EQ(show(y), "double 3x3: 8 -1 7 1 -2 8 0 0 2");  // octave: subsasgn(subsasgn(subsasgn(magic(3), substruct('()', {2, ':'}), [-1 -2 -3]), substruct('()', {1:2, 3}), 0), substruct('()', {3, 1:2}), [7; 8])
  y = asg(std::move(y), as(MCC_CLASS_INT8, num(5)), {num(1), num(1)});
  EXPECT_EQ(show(y), "double 3x3: 5 -1 7 1 -2 8 0 0 2");  // x keeps its class in MATLAB (Octave makes it int8)
  A shared = magic3();
  A copy = asg(A(mcc_array_retain(shared.get())), num(1), {num(1), colon()});
  EXPECT_EQ(show(shared), "double 3x3: 8 3 4 1 5 9 6 7 2");  // the other reference keeps its values
  EXPECT_EQ(show(copy), "double 3x3: 1 3 4 1 5 9 1 7 2");
  EXPECT_EQ(errorOf([] { asg(magic3(), row({1, 2}), {num(1), colon()}); }),
            "Unable to perform assignment because the size of the left side is 1-by-3 and the size of the right side "
            "is 1-by-2.");
  A grown = asg(magic3(), row({1, 2, 3}), {num(4), colon()});
  EXPECT_EQ(show(grown), "double 4x3: 8 3 4 1 1 5 9 2 6 7 2 3");  // octave: subsasgn(magic(3), substruct('()', {4, ':'}), [1 2 3])
}

TEST_F(Array, NdIndexingFoldsTrailingDims) {
  A a = iota({2, 3, 4});
  EXPECT_EQ(show(sub(a, {num(2), colon()})), "double 1x12: 2 4 6 8 10 12 14 16 18 20 22 24");  // octave: reshape(1:24,2,3,4)(2,:)
  EXPECT_EQ(show(sub(a, {colon(), range(2, 1, 3)})), "double 2x2: 3 4 5 6");  // octave: reshape(1:24,2,3,4)(:,2:3)
  EXPECT_EQ(show(sub(a, {num(1), num(2), num(3)})), "double 1x1: 15");  // octave: reshape(1:24,2,3,4)(1,2,3)
  EXPECT_EQ(show(sub(a, {num(2), num(3), num(4), num(1)})), "double 1x1: 24");  // octave: reshape(1:24,2,3,4)(2,3,4,1)
  EXPECT_EQ(show(sub(a, {colon(), colon(), logicals({1, 0, 1, 0})})), "double 2x3x2: 1 2 3 4 5 6 13 14 15 16 17 18");  // octave: reshape(1:24,2,3,4)(:,:,logical([1 0 1 0]))
}

TEST_F(Array, IndexingByEmpty) {
  EXPECT_EQ(show(sub(row({10, 20, 30}), {empty()})), "double 0x0:");  // octave: [10 20 30]([])
  EXPECT_EQ(show(sub(row({10, 20, 30}), {zeros({1, 0})})), "double 1x0:");  // octave: [10 20 30](zeros(1,0))
  EXPECT_EQ(show(sub(row({10, 20, 30}), {zeros({0, 1})})), "double 1x0:");  // octave: [10 20 30](zeros(0,1))
}

TEST_F(Array, IndexingNarrowsComplex) {
  EXPECT_EQ(show(sub(crow({{1, 2}, {3, 0}}), {num(2)})), "double 1x1: 3");  // octave: [1+2i 3](2)
  EXPECT_EQ(show(sub(crow({{1, 2}, {3, 0}}), {num(1)})), "double 1x1: (1,2)");  // octave: [1+2i 3](1)
}

TEST_F(Array, IndexErrorsAreMatlabs) {
  // MATLAB's messages; Octave words them differently ("index (7): out of
  // bound 6", "index (0): out of bound; value 0 out of bound 6").
  A x = row({10, 20, 30, 40, 50, 60});
  EXPECT_EQ(errorOf([&] { sub(x, {num(7)}); }), "Index exceeds the number of array elements. Index must not exceed 6.");
  EXPECT_EQ(errorOf([&] { sub(empty(), {num(1)}); }),
            "Index exceeds the number of array elements. Index must not exceed 0.");
  EXPECT_EQ(errorOf([&] { sub(x, {num(0)}); }), "Array indices must be positive integers or logical values.");
  EXPECT_EQ(errorOf([&] { sub(x, {num(1.5)}); }), "Array indices must be positive integers or logical values.");
  EXPECT_EQ(errorOf([&] { sub(x, {num(-1)}); }), "Array indices must be positive integers or logical values.");
  EXPECT_EQ(errorOf([&] { sub(x, {num(NaN)}); }), "Array indices must be positive integers or logical values.");
  EXPECT_EQ(errorOf([&] { sub(x, {as(MCC_CLASS_INT8, num(0))}); }),
            "Array indices must be positive integers or logical values.");
  A m = ones({2, 3});
  EXPECT_EQ(errorOf([&] { sub(m, {num(1), num(4)}); }),
            "Index in position 2 exceeds array bounds. Index must not exceed 3.");
  EXPECT_EQ(errorOf([&] { sub(m, {num(3), num(1)}); }),
            "Index in position 1 exceeds array bounds. Index must not exceed 2.");
  EXPECT_EQ(errorOf([&] { sub(m, {num(1), num(1), num(2)}); }),
            "Index in position 3 exceeds array bounds. Index must not exceed 1.");
  EXPECT_EQ(errorOf([&] { sub(m, {num(0), num(1)}); }),
            "Index in position 1 is invalid. Array indices must be positive integers or logical values.");
  EXPECT_EQ(errorOf([&] { sub(iota({2, 3, 4}), {num(1), num(13)}); }),
            "Index in position 2 exceeds array bounds. Index must not exceed 12.");
}

// --- Indexed assignment ---------------------------------------------------------

TEST_F(Array, AssignmentUpdatesAnUnsharedArrayInPlace) {
  A x = range(1, 1, 5);
  mcc_array* before = x.get();
  void* data = x->data;
  A y = asg(std::move(x), num(7), {row({2, 3})});
  EXPECT_EQ(y.get(), before);
  EXPECT_EQ(y->data, data);
  EXPECT_EQ(show(y), "double 1x5: 1 7 7 4 5");  // octave: subsasgn(1:5, substruct('()', {[2 3]}), 7)
  y = asg(std::move(y), row({8, 9}), {row({2, 3})});
  EXPECT_EQ(y.get(), before);
  EXPECT_EQ(show(y), "double 1x5: 1 8 9 4 5");  // octave: subsasgn(1:5, substruct('()', {[2 3]}), [8 9])
}

TEST_F(Array, AssignmentCopiesASharedArray) {
  A x = range(1, 1, 3);
  A alias = x;  // y = x: the value is shared
  A y = asg(std::move(x), num(0), {num(1)});
  EXPECT_NE(y.get(), alias.get());
  EXPECT_EQ(show(y), "double 1x3: 0 2 3");
  EXPECT_EQ(show(alias), "double 1x3: 1 2 3");
  EXPECT_EQ(alias->refcount, 1u);
  // Growing a shared array copies too.
  A grown = asg(A(alias), num(9), {num(5)});
  EXPECT_EQ(show(grown), "double 1x5: 1 2 3 0 9");
  EXPECT_EQ(show(alias), "double 1x3: 1 2 3");
  // x(:) = x: the value is the array being written.
  A z = range(1, 1, 3);
  A w = z;
  A r = asg(std::move(w), z, {colon()});
  EXPECT_EQ(show(r), "double 1x3: 1 2 3");
}

TEST_F(Array, LinearAssignmentGrowsVectors) {
  EXPECT_EQ(show(asg(range(1, 1, 3), num(9), {num(5)})), "double 1x5: 1 2 3 0 9");  // octave: subsasgn(1:3, substruct('()', {5}), 9)
  EXPECT_EQ(show(asg(col({1, 2, 3}), num(9), {num(5)})), "double 5x1: 1 2 3 0 9");  // octave: subsasgn((1:3)', substruct('()', {5}), 9)
  EXPECT_EQ(show(asg(num(5), num(1), {num(3)})), "double 1x3: 5 0 1");  // octave: subsasgn(5, substruct('()', {3}), 1)
  EXPECT_EQ(show(asg(zeros({1, 0}), num(1), {num(3)})), "double 1x3: 0 0 1");  // octave: subsasgn(zeros(1,0), substruct('()', {3}), 1)
  EXPECT_EQ(show(asg(empty(), num(1), {num(3)})), "double 1x3: 0 0 1");  // octave: subsasgn([], substruct('()', {3}), 1)
  EXPECT_EQ(show(asg(A(), num(1), {num(3)})), "double 1x3: 0 0 1");  // x(3) = 1 with x undefined
  EXPECT_EQ(show(asg(range(1, 1, 3), num(7), {logicals({0, 0, 0, 0, 1})})), "double 1x5: 1 2 3 0 7");  // octave: subsasgn(1:3, substruct('()', {logical([0 0 0 0 1])}), 7)
  EXPECT_EQ(show(asg(as(MCC_CLASS_SINGLE, row({1, 2})), num(5), {num(3)})), "single 1x3: 1 2 5");  // octave: subsasgn(single([1 2]), substruct('()', {3}), 5)
  // MATLAB's message (Octave: "Octave:index-out-of-bounds ... resize").
  EXPECT_EQ(errorOf([] { asg(ones({2, 2}), num(1), {num(7)}); }), "Attempt to grow array along ambiguous dimension.");
}

TEST_F(Array, AppendingInALoopIsAmortised) {
  // x(end+1) = k: the descriptor stays the same and the data block moves
  // only when its capacity doubles.
  A x = empty();
  mcc_array* descriptor = nullptr;
  std::set<void*> blocks;
  for (int k = 1; k <= 10000; ++k) {
    A end = num(double(mcc_array_end(x.get(), 1, 1)));
    x = asg(std::move(x), num(k), {plus(end, num(1))});
    if (k == 1) descriptor = x.get();
    EXPECT_EQ(x.get(), descriptor);
    blocks.insert(x->data);
  }
  EXPECT_LE(blocks.size(), 16u);
  EXPECT_EQ(show(sum(x)), "double 1x1: 50005000");
  EXPECT_EQ(mcc_array_size(x.get(), 1), 1u);
  // Growing a matrix by a column appends in place too.
  A m = zeros({2, 3});
  m = asg(std::move(m), num(0), {num(1), num(1)});
  descriptor = m.get();
  m = asg(std::move(m), col({7, 8}), {colon(), num(4)});
  EXPECT_EQ(m.get(), descriptor);
  EXPECT_EQ(show(m), "double 2x4: 0 0 0 0 0 0 7 8");  // octave: subsasgn(zeros(2,3), substruct('()', {':', 4}), [7; 8])
}

TEST_F(Array, SubscriptAssignmentGrows) {
  EXPECT_EQ(show(asg(zeros({2}), num(1), {num(3), num(4)})), "double 3x4: 0 0 0 0 0 0 0 0 0 0 0 1");  // octave: subsasgn(zeros(2), substruct('()', {3, 4}), 1)
  EXPECT_EQ(show(asg(row({1, 2}), num(5), {num(2), num(2), num(2)})), "double 2x2x2: 1 0 2 0 0 0 0 5");  // octave: subsasgn([1 2], substruct('()', {2, 2, 2}), 5)
  EXPECT_EQ(show(asg(empty(), row({1, 2, 3}), {num(2), colon()})), "double 2x3: 0 1 0 2 0 3");  // octave: subsasgn([], substruct('()', {2, ':'}), [1 2 3])
  // The last subscript folds dims 2 and 3 together; growing it is ambiguous.
  EXPECT_EQ(errorOf([] { asg(ones({2, 2, 2}), num(1), {num(1), num(5)}); }),
            "Attempt to grow array along ambiguous dimension.");
}

TEST_F(Array, ColonIntoNothingTakesTheValuesShape) {
  EXPECT_EQ(show(asg(empty(), row({1, 2, 3}), {colon(), num(1)})), "double 3x1: 1 2 3");  // octave: subsasgn([], substruct('()', {':', 1}), [1 2 3])
  EXPECT_EQ(show(asg(empty(), num(5), {colon(), num(1)})), "double 1x1: 5");  // octave: subsasgn([], substruct('()', {':', 1}), 5)
  EXPECT_EQ(show(asg(empty(), ones({2}), {colon(), colon(), num(2)})), "double 2x2x2: 0 0 0 0 1 1 1 1");  // octave: subsasgn([], substruct('()', {':', ':', 2}), ones(2))
}

TEST_F(Array, SubscriptAssignmentShapes) {
  EXPECT_EQ(show(asg(magic3(), num(0), {colon(), colon()})), "double 3x3: 0 0 0 0 0 0 0 0 0");  // octave: subsasgn(magic(3), substruct('()', {':', ':'}), 0)
  EXPECT_EQ(show(asg(magic3(), mat(2, 2, {10, 20, 30, 40}), {row({1, 3}), row({1, 3})})), "double 3x3: 10 3 30 1 5 9 20 7 40");  // octave: subsasgn(magic(3), substruct('()', {[1 3], [1 3]}), [10 20; 30 40])
  // Singleton dims do not count: a column fills a row.
  EXPECT_EQ(show(asg(zeros({2, 3}), col({1, 2, 3}), {num(1), colon()})), "double 2x3: 1 0 2 0 3 0");  // octave: subsasgn(zeros(2,3), substruct('()', {1, ':'}), [1; 2; 3])
  EXPECT_EQ(show(asg(iota({2, 2, 2}), zeros({1, 4}), {num(2), colon()})), "double 2x2x2: 1 0 3 0 5 0 7 0");  // octave: subsasgn(reshape(1:8,2,2,2), substruct('()', {2, ':'}), [0 0 0 0])
  EXPECT_EQ(show(asg(magic3(), col({7, 8}), {logicals({1, 0, 1}), num(2)})), "double 3x3: 8 3 4 7 5 8 6 7 2");  // octave: subsasgn(magic(3), substruct('()', {logical([1 0 1]), 2}), [7; 8])
}

TEST_F(Array, AssignmentSizeErrorsAreMatlabs) {
  // MATLAB's messages (Octave: "=: nonconformant arguments (op1 is 1x2, op2
  // is 1x3)").
  EXPECT_EQ(errorOf([] { asg(zeros({1, 5}), row({1, 2, 3}), {row({1, 2})}); }),
            "Unable to perform assignment because the left and right sides have a different number of elements.");
  EXPECT_EQ(errorOf([] { asg(zeros({2, 3}), row({4, 5}), {num(2), colon()}); }),
            "Unable to perform assignment because the size of the left side is 1-by-3 and the size of the right side "
            "is 1-by-2.");
  EXPECT_EQ(errorOf([] { asg(zeros({2, 3}), range(1, 1, 6), {row({1, 2}), row({1, 2, 3})}); }),
            "Unable to perform assignment because the size of the left side is 2-by-3 and the size of the right side "
            "is 1-by-6.");
  EXPECT_EQ(errorOf([] { asg(range(1, 1, 3), num(1), {num(0)}); }),
            "Array indices must be positive integers or logical values.");
}

TEST_F(Array, AssignmentKeepsTheClassOfTheTarget) {
  EXPECT_EQ(show(asg(row({1, 2, 3}), as(MCC_CLASS_INT8, num(7)), {num(2)})), "double 1x3: 1 7 3");  // octave: subsasgn([1 2 3], substruct('()', {2}), int8(7))
  EXPECT_EQ(show(asg(as(MCC_CLASS_INT8, row({1, 2})), num(3.7), {num(2)})), "int8 1x2: 1 4");  // octave: subsasgn(int8([1 2]), substruct('()', {2}), 3.7)
  EXPECT_EQ(show(asg(logicals({1, 1, 1}), num(0), {num(2)})), "logical 1x3: 1 0 1");  // octave: subsasgn(true(1,3), substruct('()', {2}), 0)
  EXPECT_EQ(show(asg(str("abc"), num(65), {num(2)})), "char 1x3: 97 65 99");  // octave: subsasgn('abc', substruct('()', {2}), 65)
  EXPECT_EQ(show(asg(row({1, 2, 3}), logicals({1}), {num(2)})), "double 1x3: 1 1 3");  // octave: subsasgn([1 2 3], substruct('()', {2}), true)
  EXPECT_EQ(show(asg(row({1, 2}), cplx(0, 1), {num(2)})), "double 1x2: (1,0) (0,1)");  // octave: subsasgn([1 2], substruct('()', {2}), 1i)
  EXPECT_EQ(errorOf([] { asg(logicals({1, 0}), num(NaN), {num(1)}); }), "NaN's cannot be converted to logicals.");
}

TEST_F(Array, AssignmentIntoBracketEmptyTakesTheValuesClass) {
  // MATLAB: x = []; x(3) = int8(5) makes an int8 row (an undefined x does
  // too). Octave keeps [] double here and gives double [0 0 5].
  EXPECT_EQ(show(asg(empty(), as(MCC_CLASS_INT8, num(5)), {num(3)})), "int8 1x3: 0 0 5");
  EXPECT_EQ(show(asg(A(), str("a"), {num(2)})), "char 1x2: 0 97");
}

// --- Deletion --------------------------------------------------------------------

TEST_F(Array, LinearDeletion) {
  EXPECT_EQ(show(asg(range(1, 1, 5), empty(), {row({2, 2, 4})})), "double 1x3: 1 3 5");  // octave: subsasgn(1:5, substruct('()', {[2 2 4]}), [])
  EXPECT_EQ(show(asg(col({1, 2, 3, 4, 5}), empty(), {logicals({1, 0, 1, 0, 0})})), "double 3x1: 2 4 5");  // octave: subsasgn((1:5)', substruct('()', {logical([1 0 1 0 0])}), [])
  EXPECT_EQ(show(asg(iota({2, 3}), empty(), {range(1, 1, 4)})), "double 1x2: 5 6");  // octave: subsasgn(reshape(1:6,2,3), substruct('()', {1:4}), [])
  EXPECT_EQ(show(asg(range(1, 1, 5), empty(), {empty()})), "double 1x5: 1 2 3 4 5");  // octave: subsasgn(1:5, substruct('()', {[]}), [])
  EXPECT_EQ(show(asg(range(1, 1, 5), empty(), {colon()})), "double 0x0:");  // octave: subsasgn(1:5, substruct('()', {':'}), [])
  EXPECT_EQ(show(asg(num(5), empty(), {num(1)})), "double 1x0:");  // octave: subsasgn(5, substruct('()', {1}), [])
  EXPECT_EQ(show(asg(str("abc"), empty(), {num(2)})), "char 1x2: 97 99");  // octave: subsasgn('abc', substruct('()', {2}), [])
}

TEST_F(Array, DeletingRowsColumnsAndPages) {
  EXPECT_EQ(show(asg(magic3(), empty(), {colon(), num(2)})), "double 3x2: 8 3 4 6 7 2");  // octave: subsasgn(magic(3), substruct('()', {':', 2}), [])
  EXPECT_EQ(show(asg(magic3(), empty(), {row({1, 3}), colon()})), "double 1x3: 3 5 7");  // octave: subsasgn(magic(3), substruct('()', {[1 3], ':'}), [])
  EXPECT_EQ(show(asg(iota({2, 2, 2}), empty(), {colon(), colon(), num(1)})), "double 2x2: 5 6 7 8");  // octave: subsasgn(reshape(1:8,2,2,2), substruct('()', {':', ':', 1}), [])
  EXPECT_EQ(show(asg(iota({2, 2, 2}), empty(), {colon(), num(1), colon()})), "double 2x1x2: 3 4 7 8");  // octave: subsasgn(reshape(1:8,2,2,2), substruct('()', {':', 1, ':'}), [])
  EXPECT_EQ(show(asg(ones({2, 3}), empty(), {colon(), colon()})), "double 0x3:");  // octave: subsasgn(ones(2,3), substruct('()', {':', ':'}), [])
  EXPECT_EQ(show(asg(magic3(), empty(), {empty(), num(2)})), "double 3x3: 8 3 4 1 5 9 6 7 2");  // octave: subsasgn(magic(3), substruct('()', {[], 2}), [])
}

TEST_F(Array, DeletionIsInPlaceWhenUnshared) {
  A x = range(1, 1, 6);
  mcc_array* before = x.get();
  x = asg(std::move(x), empty(), {num(6)});  // x(end) = []
  x = asg(std::move(x), empty(), {num(1)});
  EXPECT_EQ(x.get(), before);
  EXPECT_EQ(show(x), "double 1x4: 2 3 4 5");
  A shared = x;
  A y = asg(std::move(x), empty(), {num(1)});
  EXPECT_NE(y.get(), before);
  EXPECT_EQ(show(shared), "double 1x4: 2 3 4 5");
  EXPECT_EQ(show(y), "double 1x3: 3 4 5");
}

TEST_F(Array, DeletionErrorsAreMatlabs) {
  // MATLAB's messages (Octave: "A(I) = []: index out of bounds: value 5 out
  // of bound 3", "a null assignment can only have one non-colon index").
  EXPECT_EQ(errorOf([] { asg(range(1, 1, 3), empty(), {num(5)}); }), "Matrix index is out of range for deletion.");
  EXPECT_EQ(errorOf([] { asg(magic3(), empty(), {colon(), num(4)}); }), "Matrix index is out of range for deletion.");
  EXPECT_EQ(errorOf([] { asg(magic3(), empty(), {num(1), num(2)}); }),
            "A null assignment can have only one non-colon index.");
}

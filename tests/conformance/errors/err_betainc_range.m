% betainc of an X outside [0, 1] is refused.
fprintf('%.4f\n', betainc(0.5, 2, 3));
y = betainc(1.5, 2, 3);

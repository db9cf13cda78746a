"""Random, always-valid MATLAB programs for differential testing (tests/difftest/run).

A program is a tree (statements holding expression trees) so the shrinker can
delete statements and replace expressions by simpler ones of the same type.

Validity is by construction. Every variable is declared at the top with its
class and shape, and keeps them: each later assignment has exactly that class
and shape, so deleting any statement leaves a valid program. Indices are
constants in range or loop counters folded into range with mod; loops have
constant trip counts; divisors are nonzero constants or 1 + abs(...).

Determinism is tracked per expression as a level:
  0  integer-valued and exact (every device, order and library agrees),
  1  exact IEEE arithmetic (+ - .* ./ of level 0/1 values), fractional, so
     a reduction over it may round differently in another order,
  2  approximate: transcendental functions (libm, libmvec, the GPU math
     library differ in the last bits) or reductions of level-1 values.
Discontinuous operations (rounding, comparisons, casts to integers, mod) take
only level 0/1 operands, so an ulp of difference can never flip a branch.
A variable's digest line is marked `~` when its level is 2 (compared with a
tolerance), else compared exactly. Magnitudes are bounded statically so
nothing overflows and level-0 doubles stay exact.
"""
import copy
import random

INTS = ["int8", "int16", "int32", "uint8", "uint16"]
FLOATS = ["double", "single"]
INT_MAX = {"int8": 127, "int16": 32767, "int32": 2**31 - 1, "uint8": 255, "uint16": 65535}
# Largest magnitude an expression of the class may reach, per level.
LIMIT = {("double", 0): 1e9, ("double", 1): 1e9, ("double", 2): 1e6,
         ("single", 0): 1e6, ("single", 1): 1e5, ("single", 2): 1e4, ("logical", 0): 1}


def limit(cls, level):
    if cls in INT_MAX:
        return INT_MAX[cls]
    return LIMIT[(cls, min(level, 2) if cls != "logical" else 0)]


class Ty:
    def __init__(self, cls, shape):
        self.cls, self.shape = cls, tuple(shape)

    def __eq__(self, o):
        return self.cls == o.cls and self.shape == o.shape

    def __hash__(self):
        return hash((self.cls, self.shape))

    @property
    def numel(self):
        return self.shape[0] * self.shape[1]

    @property
    def scalar(self):
        return self.shape == (1, 1)


class Expr:
    """fmt holds {0}, {1}... for the kids. leaf: a constant of the same type the
    shrinker may put in its place."""

    def __init__(self, fmt, ty, level, bound, kids=(), index=False):
        self.fmt, self.ty, self.level, self.bound, self.kids = fmt, ty, level, bound, list(kids)
        self.index = index  # a subscript: the shrinker may only make it 1

    def render(self):
        return self.fmt.format(*[k.render() for k in self.kids])

    def nodes(self):
        yield self
        for k in self.kids:
            yield from k.nodes()


class Stmt:
    """kind: 'assign' (text: target, expr), 'raw' (fixed text), 'block'
    (head/tail text, bodies: list of statement lists, mids: the text between
    bodies, e.g. 'else'), 'print' (a digest line; text is the code)."""

    def __init__(self, kind, text="", expr=None, bodies=None, head="", mids=None, tail="end", uses=()):
        self.kind, self.text, self.expr = kind, text, expr
        self.bodies = bodies or []
        self.head, self.mids, self.tail = head, mids or [], tail
        self.uses = list(uses)  # expressions inside the statement besides expr (indices)

    def exprs(self):
        if self.expr is not None:
            yield self.expr
        yield from self.uses


class Function:
    def __init__(self, name, params, outs, body):
        self.name, self.params, self.outs, self.body = name, params, outs, body


class Program:
    def __init__(self, tag):
        self.tag = tag
        self.body = []
        self.functions = []

    def render_main(self):
        out = ["% " + self.tag]
        render_block(self.body, out, "")
        return out

    def render_function(self, f):
        out = ["function [%s] = %s(%s)" % (", ".join(f.outs), f.name, ", ".join(f.params))]
        render_block(f.body, out, "  ")
        out.append("end")
        return out

    def render(self):
        lines = self.render_main()
        for f in self.functions:
            lines.append("")
            lines += self.render_function(f)
        return "\n".join(lines) + "\n"


def render_block(stmts, out, ind):
    for s in stmts:
        if s.kind == "assign":
            out.append("%s%s = %s;" % (ind, s.text, s.expr.render()))
        elif s.kind in ("raw", "print"):
            out.append(ind + s.text.format(*[u.render() for u in s.uses]))
        else:
            out.append(ind + s.head.format(*[u.render() for u in s.uses], ind=ind))
            for i, b in enumerate(s.bodies):
                if i:
                    out.append(ind + s.mids[i - 1].format(ind=ind))
                render_block(b, out, ind + "  ")
            out.append(ind + s.tail)


def all_stmt_lists(prog):
    """Every statement list of the program (bodies included), for the shrinker."""
    lists = []

    def walk(lst):
        lists.append(lst)
        for s in lst:
            for b in s.bodies:
                walk(b)
    walk(prog.body)
    for f in prog.functions:
        walk(f.body)
    return lists


def all_exprs(prog):
    out = []
    for lst in all_stmt_lists(prog):
        for s in lst:
            for e in s.exprs():
                out.extend(e.nodes())
    return out


# --- literals -----------------------------------------------------------------

def fmt_num(v):
    if float(v).is_integer():
        return str(int(v))
    return repr(float(v))


def const_expr(ty, rnd, level=0, value=None):
    """A constant of type ty: a literal matrix, converted to ty.cls."""
    r, c = ty.shape
    cls = ty.cls
    if cls == "logical" and r * c > 64:
        text = "(reshape(mod((1:%d) * %d, 7), %d, %d) > %d)" % (r * c, rnd.choice([3, 5]), r, c, rnd.randint(1, 5))
        if value is not None:
            text = "true(%d, %d)" % (r, c) if value else "false(%d, %d)" % (r, c)
        return Expr(text, ty, 0, 1)
    if cls == "logical":
        vals = [rnd.random() < 0.5 for _ in range(r * c)] if value is None else [bool(value)] * (r * c)
        words = ["true" if v else "false" for v in vals]
        if r * c == 1:
            return Expr(words[0], ty, 0, 1)
        rows = [" ".join(words[i * c:(i + 1) * c]) for i in range(r)]
        return Expr("[" + "; ".join(rows) + "]", ty, 0, 1)
    lo, hi = (-9, 9) if cls not in ("uint8", "uint16") else (0, 20)
    if value is not None:
        vals = [value] * (r * c)
    elif level >= 1 and cls in FLOATS:
        vals = [rnd.choice([0.5, -1.25, 0.1, 2.75, -3.5, 0.3, 1.5, -0.7]) if rnd.random() < 0.5
                else rnd.randint(lo, hi) for _ in range(r * c)]
    else:
        vals = [rnd.randint(lo, hi) for _ in range(r * c)]
    bound = max(abs(v) for v in vals) if vals else 0
    if r * c > 64:
        # a large array: a deterministic integer pattern
        n = r * c
        k = rnd.choice([7, 11, 13])
        text = "reshape(mod((1:%d) * %d, %d) - %d, %d, %d)" % (n, rnd.choice([3, 5, 7]), k, k // 2, r, c)
        if value is not None:
            text = "%s * ones(%d, %d)" % (fmt_num(value), r, c)
        bound = k
    elif r * c == 1:
        text = fmt_num(vals[0])
    else:
        rows = [" ".join(fmt_num(v) for v in vals[i * c:(i + 1) * c]) for i in range(r)]
        text = "[" + "; ".join(rows) + "]"
    if cls != "double":
        text = "%s(%s)" % (cls, text)
    lvl = 0 if all(float(v).is_integer() for v in vals) else 1
    return Expr(text, ty, lvl, bound)


# --- the generator --------------------------------------------------------------

class Var:
    def __init__(self, name, ty, level, ref=None, bound=None, readonly=False):
        self.name, self.ty, self.level = name, ty, level
        self.ref = ref or name  # the text that reads it: v3, c1{2}, s1.f
        self.bound = limit(ty.cls, level) if bound is None else bound
        self.readonly = readonly

    @property
    def fref(self):
        """ref for a str.format template"""
        return self.ref.replace("{", "{{").replace("}", "}}")


class Gen:
    def __init__(self, seed, tag, big=False):
        self.rnd = random.Random(seed)
        self.prog = Program(tag)
        self.counter = 0
        self.big = big
        self.fn_prefix = self.prog.fn_prefix = "f%s_" % (seed % 100000)
        self.shapes = [(1, 1)] + [self.any_shape() for _ in range(2)]

    def fresh(self, prefix):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    # ---- types
    def rand_shape(self):
        """Mostly one of the program's few shapes, so that operands meet."""
        rnd = self.rnd
        if rnd.random() < 0.75:
            return rnd.choice(self.shapes)
        return self.any_shape()

    def any_shape(self):
        rnd = self.rnd
        p = rnd.random()
        if p < 0.3:
            return (1, 1)
        if p < 0.5:
            return (1, rnd.randint(2, 6))
        if p < 0.6:
            return (rnd.randint(2, 5), 1)
        return (rnd.randint(2, 4), rnd.randint(2, 5))

    def rand_cls(self):
        p = self.rnd.random()
        if p < 0.5:
            return "double"
        if p < 0.65:
            return "single"
        if p < 0.8:
            return "logical"
        return self.rnd.choice(INTS)

    def rand_level(self, cls):
        if cls in FLOATS:
            return self.rnd.choice([0, 1, 2, 2]) if cls == "double" else self.rnd.choice([0, 1, 2])
        return 0

    # ---- expressions of a given type
    def pick_var(self, env, ty, level, pred=None):
        cands = [v for v in env if v.ty == ty and v.level <= level and (pred is None or pred(v))]
        return self.rnd.choice(cands) if cands else None

    def expr(self, env, ty, level, depth):
        """An expression of exactly type ty whose level is at most `level`."""
        rnd = self.rnd
        if depth <= 0 or rnd.random() < 0.15:
            return self.leaf(env, ty, level)
        makers = [self.e_binary, self.e_binary, self.e_unary, self.e_leafy]
        if ty.cls == "logical":
            makers = [self.e_compare, self.e_compare, self.e_logic, self.e_leafy]
        if ty.cls in FLOATS:
            makers += [self.e_math, self.e_math]
        if ty.shape[0] == 1 or ty.shape[1] == 1 or ty.scalar:
            makers.append(self.e_reduce)
        makers += [self.e_index, self.e_transpose, self.e_cast, self.e_call]
        for _ in range(6):
            e = rnd.choice(makers)(env, ty, level, depth)
            if e is not None and e.level <= level and e.bound <= limit(ty.cls, e.level if ty.cls != "logical" else 0) * 1.0:
                return e
        return self.leaf(env, ty, level)

    def e_leafy(self, env, ty, level, depth):
        return self.leaf(env, ty, level)

    def leaf(self, env, ty, level):
        rnd = self.rnd
        v = self.pick_var(env, ty, level)
        if v is not None and rnd.random() < 0.85:
            return Expr(v.fref, ty, v.level, v.bound)
        # a variable of the same shape and another class, converted
        same = [w for w in env if w.ty.shape == ty.shape and w.ty.cls != ty.cls
                and w.level <= (level if ty.cls in FLOATS else 1)]
        if same and rnd.random() < 0.7:
            w = rnd.choice(same)
            kid = Expr(w.fref, w.ty, w.level, w.bound)
            if ty.cls == "logical":
                return Expr("({0} > %d)" % rnd.randint(-2, 2), ty, 0, 1, [kid])
            if ty.cls == "single" and w.bound > limit("single", w.level):
                return const_expr(ty, rnd, level=min(level, 1))
            bound = min(w.bound, INT_MAX.get(ty.cls, w.bound) + 1)
            return Expr("%s({0})" % ty.cls, ty, 0 if ty.cls in INTS else w.level, bound, [kid])
        # a scalar variable broadcast, or a constant
        if not ty.scalar and rnd.random() < 0.5:
            sv = self.pick_var(env, Ty(ty.cls, (1, 1)), level)
            if sv is not None:
                k = const_expr(ty, rnd, value=0)
                # parenthesised: as an operand of -, `v & true - x` would be v & (true - x)
                return Expr("({0} + %s)" % k.fmt if ty.cls != "logical" else "({0} & %s)" % const_expr(ty, rnd, value=1).fmt,
                            ty, sv.level, sv.bound + k.bound, [Expr(sv.fref, sv.ty, sv.level, sv.bound)])
        return const_expr(ty, rnd, level=min(level, 1))

    def operand_classes(self, cls):
        """Classes two operands may have so that a binary arithmetic op gives cls."""
        rnd = self.rnd
        if cls in INTS:
            other = rnd.choice([cls, cls, "double", "logical"])
        elif cls == "single":
            other = rnd.choice(["single", "single", "double", "logical"])
        else:
            other = rnd.choice(["double", "double", "double", "logical"])
        return (cls, other) if rnd.random() < 0.5 else (other, cls)

    def operand_shapes(self, shape):
        rnd = self.rnd
        r, c = shape
        opts = [(shape, shape), (shape, (1, 1)), ((1, 1), shape)]
        if r > 1 and c > 1:
            opts += [((r, 1), (1, c)), ((1, c), (r, 1)), (shape, (1, c)), ((r, 1), shape)]
        return rnd.choice(opts)

    def e_binary(self, env, ty, level, depth):
        rnd = self.rnd
        if ty.cls == "logical":
            return None
        ca, cb = self.operand_classes(ty.cls)
        sa, sb = self.operand_shapes(ty.shape)
        op = rnd.choice(["+", "-", ".*", ".*", "./", "max", "min", ".^2"])
        # an integer result rounds, so its operands must be exact (level <= 1)
        sub = level if ty.cls in FLOATS else 1
        if ca == "logical" or cb == "logical":
            sub = min(sub, 1)
        a = self.expr(env, Ty(ca, sa), sub, depth - 1)
        if op == ".^2":
            if ty.cls != ca or sa != ty.shape:
                return None
            b = a.bound ** 2
            lvl = a.level
            if b > limit(ty.cls, lvl):
                return None
            return Expr("({0}).^2", ty, lvl, b, [a])
        if op == "./":
            if ty.cls in INTS:
                k = rnd.choice([2, 3, 4, -3]) if ty.cls[0] == "i" else rnd.choice([2, 3, 4])
                ok = ca == ty.cls and sa == ty.shape
                return Expr("{0} ./ %s" % fmt_num(k), ty, 0, a.bound, [a]) if ok else None
            b = self.expr(env, Ty(cb, sb), min(sub, 1) if cb != ty.cls else sub, depth - 1)
            if b.ty.cls in INTS:
                return None
            lvl = max(a.level, b.level, 1)
            return Expr("{0} ./ (1 + abs({1}))", ty, lvl, a.bound, [a, b])
        b = self.expr(env, Ty(cb, sb), sub, depth - 1)
        if ca in INTS and cb in INTS and ca != cb:
            return None
        lvl = max(a.level, b.level)
        if op in ("+", "-"):
            bound = a.bound + b.bound
            fmt = "{0} %s {1}" % op
            if op == "-":
                fmt = "{0} - ({1})"
        elif op == ".*":
            bound = a.bound * b.bound
            fmt = "({0}) .* ({1})"
        else:
            bound = max(a.bound, b.bound)
            fmt = "%s({0}, {1})" % op
            if ca != cb and "logical" in (ca, cb):
                return None  # max(logical, double) keeps double in MATLAB; skip the corner
        if ty.cls in INTS:
            lvl = 0
            bound = min(bound, INT_MAX[ty.cls] + 1)
        if bound > limit(ty.cls, lvl):
            if ty.cls == "double" and lvl <= 1 and a.level == 0 and b.level == 0:
                m = rnd.choice([97, 1009, 65521])
                return Expr("mod(%s, %d)" % (fmt, m), ty, 0, m, [a, b])
            return None
        return Expr(fmt, ty, lvl, bound, [a, b])

    def e_unary(self, env, ty, level, depth):
        rnd = self.rnd
        if ty.cls == "logical":
            return None
        a = self.expr(env, ty, level if ty.cls in FLOATS else 0, depth - 1)
        ops = ["-({0})", "abs({0})"]
        if ty.cls in FLOATS and a.level <= 1:
            ops += ["floor({0})", "ceil({0})", "round({0})", "fix({0})", "sign({0})"]
        if ty.cls in FLOATS and a.level == 0:
            ops += ["mod({0}, 5)", "rem({0}, 4)"]
        if ty.cls in ("int8", "int16", "int32"):
            ops += ["mod({0}, %s(7))" % ty.cls, "rem({0}, 6)"]
        fmt = rnd.choice(ops)
        lvl = a.level
        if fmt.startswith(("floor", "ceil", "round", "fix", "sign", "mod", "rem")):
            lvl = 0
        bound = a.bound + 1
        if ty.cls in INTS:
            bound = min(bound, INT_MAX[ty.cls] + 1)
        if bound > limit(ty.cls, lvl):
            return None
        return Expr(fmt, ty, lvl, bound, [a])

    def e_math(self, env, ty, level, depth):
        rnd = self.rnd
        if level < 2:
            return None
        a = self.expr(env, ty, 2, depth - 1)
        choices = ["sin({0})", "cos({0})", "atan({0})", "tanh({0})", "sqrt(abs({0}))",
                   "log(1 + abs({0}))", "exp(-abs({0}) / 8)", "exp(sin({0}))", "sin({0}) .* cos({0})",
                   "hypot({0}, 1)", "atan2({0}, 2)", "sinh(sin({0}))", "cosh(cos({0}))", "tan(sin({0}))"]
        if a.level >= 2 and a.bound > 10:
            # A periodic function turns the last-bit differences of a large
            # approximate operand (a sum in another order: seed 228 program 39,
            # sin of a sum of 70000 fractions) into differences of its result
            # far above the tolerance: only monotone functions take it.
            periodic = ("sin", "cos", "exp(sin", "sinh(sin", "cosh(cos", "tan(sin")
            choices = [c for c in choices if not c.startswith(periodic)]
        fmt = rnd.choice(choices)
        bound = 3.0
        if fmt.startswith("sqrt"):
            bound = a.bound ** 0.5 + 1
        elif fmt.startswith("log"):
            bound = 40
        elif fmt.startswith("hypot"):
            bound = a.bound + 1
        return Expr(fmt, ty, 2, bound, [a])

    def e_compare(self, env, ty, level, depth):
        rnd = self.rnd
        cls = rnd.choice(["double", "double", "single", rnd.choice(INTS)])
        sa, sb = self.operand_shapes(ty.shape)
        a = self.expr(env, Ty(cls, sa), 1, depth - 1)
        ocls = cls if rnd.random() < 0.7 else "double"
        b = self.expr(env, Ty(ocls, sb), 1, depth - 1)
        op = rnd.choice(["<", "<=", ">", ">=", "==", "~="])
        return Expr("({0} %s {1})" % op, ty, 0, 1, [a, b])

    def e_logic(self, env, ty, level, depth):
        rnd = self.rnd
        sa, sb = self.operand_shapes(ty.shape)
        a = self.expr(env, Ty("logical", sa), 0, depth - 1)
        op = rnd.choice(["&", "|", "~"])  # xor: not in mcc yet
        if op == "~":
            if sa != ty.shape:
                return None
            return Expr("~({0})", ty, 0, 1, [a])
        b = self.expr(env, Ty("logical", sb), 0, depth - 1)
        if op == "xor":
            if sa != sb and (1, 1) not in (sa, sb):
                return None
            return Expr("xor({0}, {1})", ty, 0, 1, [a, b])
        return Expr("({0} %s {1})" % op, ty, 0, 1, [a, b])

    def e_reduce(self, env, ty, level, depth):
        """sum/prod/max/min/mean/any/all/cumsum producing ty from a bigger array."""
        rnd = self.rnd
        r, c = ty.shape
        if ty.cls == "logical":
            fn = rnd.choice(["any", "all"])
            scls = rnd.choice(["logical", "double"])
        elif ty.cls in INTS:
            fn = rnd.choice(["max", "min"])
            scls = ty.cls
        else:
            fn = rnd.choice(["sum", "sum", "max", "min", "mean", "prod", "cumsum"])
            scls = ty.cls if rnd.random() < 0.8 or ty.cls == "single" else "logical"
            if scls == "logical" and fn not in ("sum",):
                scls = ty.cls
        k = rnd.randint(2, 5)
        if fn == "cumsum":
            src_shape, dim = ty.shape, (1 if r > 1 else 2)
            if ty.scalar:
                return None
        elif ty.scalar:
            src_shape, dim = rnd.choice([((1, k), 2), ((k, 1), 1), ((1, k), None), ((k, 1), None)])
        elif r == 1:
            src_shape, dim = (k, c), 1
        else:
            src_shape, dim = (r, k), 2
        sub = 1 if fn in ("any", "all") or ty.cls in INTS else level
        a = self.expr(env, Ty(scls, src_shape), sub, depth - 1)
        n = src_shape[0] if dim == 1 else src_shape[1] if dim == 2 else max(src_shape)
        lvl = a.level
        bound = a.bound
        if fn in ("sum", "cumsum"):
            bound = a.bound * n
            if lvl == 1:
                lvl = 2
        elif fn == "prod":
            bound = a.bound ** n
            if lvl == 1:
                lvl = 2
        elif fn == "mean":
            lvl = max(lvl, 1) if lvl < 2 else 2
            if a.level == 1:
                lvl = 2
        if fn in ("any", "all"):
            lvl, bound = 0, 1
        if ty.cls in FLOATS and bound > limit(ty.cls, lvl):
            return None
        if lvl > level:
            return None
        if fn in ("max", "min"):
            text = "%s({0}, [], %d)" % (fn, dim) if dim else "%s({0})" % fn
        else:
            text = "%s({0}, %d)" % (fn, dim) if dim else "%s({0})" % fn
        return Expr(text, ty, lvl, bound, [a])

    def e_index(self, env, ty, level, depth):
        """Reading part of a variable: an element, a row, a column or a range."""
        rnd = self.rnd
        r, c = ty.shape
        cands = [v for v in env if v.ty.cls == ty.cls and v.level <= level]
        rnd.shuffle(cands)
        for v in cands:
            vr, vc = v.ty.shape
            if ty.scalar:
                if v.ty.scalar:
                    continue
                if rnd.random() < 0.5:
                    idx = [self.index_expr(env, v.ty.numel)]
                    return Expr(v.fref + "({0})", ty, v.level, v.bound, idx)
                return Expr(v.fref + "({0}, {1})", ty, v.level, v.bound,
                            [self.index_expr(env, vr), self.index_expr(env, vc)])
            if r == 1 and vc == c and vr > 1:
                if rnd.random() < 0.3:
                    return Expr(v.fref + "(end, :)", ty, v.level, v.bound)
                return Expr(v.fref + "({0}, :)", ty, v.level, v.bound, [self.index_expr(env, vr)])
            if c == 1 and vr == r and vc > 1:
                return Expr(v.fref + "(:, {0})", ty, v.level, v.bound, [self.index_expr(env, vc)])
            if r == 1 and c < v.ty.numel and v.ty.numel > 1:
                s = rnd.randint(1, v.ty.numel - c + 1)
                if vr == 1 and rnd.random() < 0.5:
                    return Expr("%s(%d:%d)" % (v.fref, s, s + c - 1), ty, v.level, v.bound)
                return Expr("reshape(%s(%d:%d), 1, %d)" % (v.fref, s, s + c - 1, c), ty, v.level, v.bound)
            if r > 1 and c > 1 and vr >= r and vc >= c and (vr, vc) != (r, c):
                r0 = rnd.randint(1, vr - r + 1)
                c0 = rnd.randint(1, vc - c + 1)
                return Expr("%s(%d:%d, %d:%d)" % (v.fref, r0, r0 + r - 1, c0, c0 + c - 1), ty, v.level, v.bound)
            if ty.shape == v.ty.shape and c == 1 and r > 1 and vr == r:
                return Expr(v.fref + "(:)", ty, v.level, v.bound)
        return None

    def index_expr(self, env, n):
        """A double scalar in 1..n: a constant, or a loop counter folded into range."""
        rnd = self.rnd
        loops = [v for v in env if v.name.startswith("k") and v.ty.scalar and v.level == 0 and v.ref == v.name]
        if loops and rnd.random() < 0.6:
            k = rnd.choice(loops)
            if k.bound <= n and rnd.random() < 0.5:
                return Expr(k.ref, Ty("double", (1, 1)), 0, n, index=True)
            return Expr("mod(%s + %d, %d) + 1" % (k.ref, rnd.randint(0, 5), n), Ty("double", (1, 1)), 0, n,
                        index=True)
        if rnd.random() < 0.15 and n > 1:
            return Expr("end", Ty("double", (1, 1)), 0, n, index=True)
        return Expr(str(rnd.randint(1, n)), Ty("double", (1, 1)), 0, n, index=True)

    def e_transpose(self, env, ty, level, depth):
        r, c = ty.shape
        if r == c == 1:
            return None
        a = self.expr(env, Ty(ty.cls, (c, r)), level, depth - 1)
        return Expr("({0})'", ty, a.level, a.bound, [a])

    def e_cast(self, env, ty, level, depth):
        rnd = self.rnd
        if ty.cls in INTS:
            src = rnd.choice(["double", "single", rnd.choice(INTS)])
            a = self.expr(env, Ty(src, ty.shape), 1, depth - 1)
            return Expr("%s({0})" % ty.cls, ty, 0, min(a.bound, INT_MAX[ty.cls] + 1), [a])
        if ty.cls == "logical":
            a = self.expr(env, Ty("double", ty.shape), 1, depth - 1)
            return Expr("logical({0})", ty, 0, 1, [a])
        src = rnd.choice(["logical", rnd.choice(INTS), "double" if ty.cls == "single" else "single"])
        # An approximate single made double would carry single-precision
        # differences (libmvec's float sin vs sinf) past double's tolerance.
        a = self.expr(env, Ty(src, ty.shape), min(level, 1) if src == "single" else level, depth - 1)
        if a.bound > limit(ty.cls, a.level):
            return None
        lvl = a.level
        if ty.cls == "single" and src == "double" and lvl == 2:
            lvl = 2
        return Expr("%s({0})" % ty.cls, ty, lvl, a.bound, [a])

    def e_call(self, env, ty, level, depth):
        """The first output of a local function, in an expression."""
        rnd = self.rnd
        fs = [f for f in self.funcs if f.out_vars[0].ty == ty and f.out_vars[0].level <= level
              and f.depth_ok(self.cur_fn)]
        if not fs:
            return None
        f = rnd.choice(fs)
        args = [self.expr(env, p.ty, p.level, depth - 1) for p in f.param_vars]
        o = f.out_vars[0]
        return Expr("%s(%s)" % (f.name, ", ".join("{%d}" % i for i in range(len(args)))), ty, o.level, o.bound, args)

    # ---- statements
    def stmt(self, env, depth, loop_depth):
        rnd = self.rnd
        p = rnd.random()
        targets = [v for v in env if not v.readonly]
        if p < 0.35 or depth <= 0:
            v = rnd.choice(targets)
            for _ in range(4):
                e = self.expr(env, v.ty, v.level, rnd.randint(2, 4))
                if e.render() != v.ref:
                    break
            return Stmt("assign", v.ref, e)
        if p < 0.55:
            return self.s_index_assign(env, targets)
        if p < 0.65:
            return self.s_chain(env, targets)
        if p < 0.75:
            return self.s_call(env, targets)
        if p < 0.85:
            return self.s_for(env, depth, loop_depth)
        if p < 0.93:
            return self.s_if(env, depth, loop_depth)
        if p < 0.97:
            return self.s_while(env, depth, loop_depth)
        if loop_depth > 0:
            cond = self.cond(env)
            word = rnd.choice(["break", "continue"])
            return Stmt("raw", "if {0}, %s; end" % word, uses=[cond])
        return self.s_switch(env, depth, loop_depth)

    def s_index_assign(self, env, targets):
        rnd = self.rnd
        arrs = [v for v in targets if not v.ty.scalar]
        if not arrs:
            v = rnd.choice(targets)
            return Stmt("assign", v.ref, self.expr(env, v.ty, v.level, 2))
        v = rnd.choice(arrs)
        r, c = v.ty.shape
        # the value: v's class, or (for numeric targets) double that converts
        vcls = v.ty.cls
        lvl = v.level
        if vcls in INTS and rnd.random() < 0.3:
            vcls, lvl = "double", 1
        p = rnd.random()
        if p < 0.35:
            idx = [self.index_expr(env, v.ty.numel)]
            val = self.expr(env, Ty(vcls, (1, 1)), lvl, 2)
            return Stmt("raw", "%s({0}) = {1};" % v.fref, uses=idx + [val])
        if p < 0.55 and r > 1 and c > 1:
            idx = [self.index_expr(env, r), self.index_expr(env, c)]
            val = self.expr(env, Ty(vcls, (1, 1)), lvl, 2)
            return Stmt("raw", "%s({0}, {1}) = {2};" % v.fref, uses=idx + [val])
        if p < 0.7 and r > 1 and c > 1:
            if rnd.random() < 0.5:
                idx = [self.index_expr(env, r)]
                val = self.expr(env, Ty(vcls, (1, c) if rnd.random() < 0.7 else (1, 1)), lvl, 2)
                return Stmt("raw", "%s({0}, :) = {1};" % v.fref, uses=idx + [val])
            idx = [self.index_expr(env, c)]
            val = self.expr(env, Ty(vcls, (r, 1) if rnd.random() < 0.7 else (1, 1)), lvl, 2)
            return Stmt("raw", "%s(:, {0}) = {1};" % v.fref, uses=idx + [val])
        if p < 0.85:
            mask = self.expr(env, Ty("logical", v.ty.shape), 0, 2)
            val = self.expr(env, Ty(vcls, (1, 1)), lvl, 2)
            return Stmt("raw", "%s({0}) = {1};" % v.fref, uses=[mask, val])
        n = v.ty.numel
        a = rnd.randint(1, n)
        b = rnd.randint(a, n)
        val = self.expr(env, Ty(vcls, (1, 1)), lvl, 2)
        return Stmt("raw", "%s(%d:%d) = {0};" % (v.fref, a, b), uses=[val])

    def s_chain(self, env, targets):
        """Element-wise statements over one shape, then a reduction: what fusion fuses."""
        rnd = self.rnd
        arrs = [v for v in targets if not v.ty.scalar and v.ty.cls == "double" and v.level == 2 and v.ref == v.name]
        if not arrs:
            v = rnd.choice(targets)
            return Stmt("assign", v.ref, self.expr(env, v.ty, v.level, 3))
        v = rnd.choice(arrs)
        same = [w for w in arrs if w.ty == v.ty]
        stmts = []
        for _ in range(rnd.randint(2, 4)):
            w = rnd.choice(same)
            stmts.append(Stmt("assign", w.ref, self.expr(env, w.ty, 2, 3)))
        sc = [u for u in targets if u.ty == Ty("double", (1, 1)) and u.level == 2]
        if sc:
            u = rnd.choice(sc)
            w = rnd.choice(same)
            fn = rnd.choice(["sum", "max", "min", "mean"])
            src = self.expr(env, w.ty, 2, 2)
            bound = src.bound * (w.ty.numel if fn == "sum" else 1)
            inner = "%s({0}, [], 1)" % fn if fn in ("max", "min") else "%s({0}, 1)" % fn
            text = "%s({0})" % fn if 1 in w.ty.shape else "%s(%s)" % (fn, inner)
            if bound <= limit("double", 2):
                stmts.append(Stmt("assign", u.ref, Expr(text, u.ty, 2, bound, [src])))
        return Stmt("block", head="if true", bodies=[stmts], tail="end") if len(stmts) > 1 else stmts[0]

    def s_call(self, env, targets):
        rnd = self.rnd
        fs = [f for f in self.funcs if f.depth_ok(self.cur_fn)]
        if not fs:
            v = rnd.choice(targets)
            return Stmt("assign", v.ref, self.expr(env, v.ty, v.level, 2))
        f = rnd.choice(fs)
        lhs = []
        for o in f.out_vars:
            ok = [v for v in targets if v.ty == o.ty and v.level >= o.level and v.ref == v.name]
            if not ok or rnd.random() < 0.1:
                lhs.append("~")
            else:
                lhs.append(rnd.choice(ok).fref)
        # two outputs into one variable would make the result depend on order
        seen = set()
        for i, t in enumerate(lhs):
            if t != "~" and t in seen:
                lhs[i] = "~"
            seen.add(t)
        while len(lhs) > 1 and lhs[-1] == "~":
            lhs.pop()
        if lhs == ["~"]:
            return None
        args = [self.expr(env, p.ty, p.level, 2) for p in f.param_vars]
        text = "[%s] = %s(%s);" % (", ".join(lhs), f.name, ", ".join("{%d}" % i for i in range(len(args))))
        return Stmt("raw", text, uses=args)

    def loop_var(self, env, n):
        return Var(self.fresh("k"), Ty("double", (1, 1)), 0, bound=n, readonly=True)

    def body(self, env, depth, loop_depth, n):
        out = []
        for _ in range(n):
            s = self.stmt(env, depth, loop_depth)
            if s is not None:
                out.append(s)
        return out or [Stmt("assign", *self.simple_assign(env))]

    def simple_assign(self, env):
        v = self.rnd.choice([v for v in env if not v.readonly])
        return v.ref, self.expr(env, v.ty, v.level, 1)

    def s_for(self, env, depth, loop_depth):
        rnd = self.rnd
        n = rnd.randint(1, 5)
        k = self.loop_var(env, n)
        env2 = env + [k]
        if rnd.random() < 0.8:
            head = "for %s = 1:%d" % (k.name, n)
        else:
            head = "for %s = [%s]" % (k.name, " ".join(str(rnd.randint(1, n)) for _ in range(rnd.randint(1, 4))))
        body = self.body(env2, depth - 1, loop_depth + 1, rnd.randint(1, 3))
        return Stmt("block", head=head, bodies=[body])

    def s_while(self, env, depth, loop_depth):
        rnd = self.rnd
        n = rnd.randint(1, 4)
        k = self.loop_var(env, n)
        body = self.body(env + [k], depth - 1, loop_depth + 1, rnd.randint(1, 3))
        # the counter lives in the head so that no shrink can make the loop endless
        head = "%s = 0;\n%swhile %s < %d\n%s  %s = %s + 1;" % (k.name, "{ind}", k.name, n, "{ind}", k.name, k.name)
        return Stmt("block", head=head, bodies=[body])

    def cond(self, env):
        rnd = self.rnd
        p = rnd.random()
        if p < 0.5:
            return self.expr(env, Ty("logical", (1, 1)), 0, 3)
        arrs = [v for v in env if not v.ty.scalar and v.level <= 1]
        if arrs:
            v = rnd.choice(arrs)
            fn = rnd.choice(["any", "all"])
            return Expr("%s(%s(:) > %d)" % (fn, v.fref, rnd.randint(-3, 3)), Ty("logical", (1, 1)), 0, 1)
        return self.expr(env, Ty("logical", (1, 1)), 0, 2)

    def s_if(self, env, depth, loop_depth):
        rnd = self.rnd
        c = self.cond(env)
        bodies = [self.body(env, depth - 1, loop_depth, rnd.randint(1, 3))]
        mids = []
        if rnd.random() < 0.3:
            c2 = self.cond(env)
            mids.append("elseif %s" % c2.render().replace("{", "{{").replace("}", "}}"))
            bodies.append(self.body(env, depth - 1, loop_depth, rnd.randint(1, 2)))
        if rnd.random() < 0.5:
            mids.append("else")
            bodies.append(self.body(env, depth - 1, loop_depth, rnd.randint(1, 2)))
        return Stmt("block", head="if {0}", bodies=bodies, mids=mids, uses=[c])

    def s_switch(self, env, depth, loop_depth):
        rnd = self.rnd
        sel = self.expr(env, Ty("double", (1, 1)), 0, 2)
        m = rnd.randint(2, 4)
        bodies = [self.body(env, depth - 1, loop_depth, rnd.randint(1, 2)) for _ in range(3)]
        cases = ["case %d" % rnd.randint(0, m - 1), "case {{%d, %d}}" % (rnd.randint(0, m - 1), rnd.randint(0, m - 1)),
                 "otherwise"]
        return Stmt("block", head="switch mod({0}, %d)\n{ind}  %s" % (m, cases[0]), bodies=bodies,
                    mids=["  " + cases[1], "  " + cases[2]], uses=[sel])

    # ---- declarations and digest
    def declare(self, env, name, ty, level, ref=None):
        v = Var(name, ty, level, ref)
        v.readonly = False
        env.append(v)
        return v

    def decl_stmt(self, v):
        return Stmt("assign", v.ref, const_expr(v.ty, self.rnd, level=min(v.level, 1)))

    def digest(self, v):
        """One line per variable: name (with ~ when compared with a tolerance),
        class, size, then every value with 17 significant digits; a large array
        prints checksums instead."""
        mark = "~" if v.level == 2 or (v.ty.numel > 64 and v.level >= 1) else ""
        label = v.ref.replace("{", "<").replace("}", ">").replace("'", "")
        if v.ty.numel > 64:
            text = ("fprintf('%s%s %%s %%dx%%d:', class(%s), size(%s, 1), size(%s, 2)); "
                    "fprintf(' %%.17g', sum(double(%s(:))), sum(abs(double(%s(:))) .* mod((1:%d)', 7)), "
                    "max(double(%s(:))), min(double(%s(:)))); fprintf('\\n');"
                    % (label, mark, v.ref, v.ref, v.ref, v.ref, v.ref, v.ty.numel, v.ref, v.ref))
        else:
            text = ("fprintf('%s%s %%s %%dx%%d:', class(%s), size(%s, 1), size(%s, 2)); "
                    "fprintf(' %%.17g', double(%s)); fprintf('\\n');"
                    % (label, mark, v.ref, v.ref, v.ref, v.ref))
        return Stmt("print", text.replace("{", "{{").replace("}", "}}"))

    def make_vars(self, env, n, prefix="v"):
        decls = []
        for _ in range(n):
            cls = self.rand_cls()
            v = self.declare(env, self.fresh(prefix), Ty(cls, self.rand_shape()), self.rand_level(cls))
            decls.append(self.decl_stmt(v))
        # make sure fusion has something to fuse: same-shape level-2 double arrays and a scalar
        shape = (self.rnd.randint(1, 4), self.rnd.randint(3, 6))
        if self.big:
            shape = self.rnd.choice([(1, 70000), (300, 250), (20000, 1)])
        for _ in range(self.rnd.randint(2, 3)):
            v = self.declare(env, self.fresh(prefix), Ty("double", shape), 2)
            decls.append(self.decl_stmt(v))
        v = self.declare(env, self.fresh(prefix), Ty("double", (1, 1)), 2)
        decls.append(self.decl_stmt(v))
        return decls

    def aggregates(self, env):
        """A cell and a struct whose elements are used like variables."""
        rnd = self.rnd
        decls = []
        if rnd.random() < 0.5:
            cname = self.fresh("c")
            n = rnd.randint(2, 3)
            slots = []
            for i in range(n):
                cls = self.rand_cls()
                slots.append(Var(cname, Ty(cls, self.rand_shape()), self.rand_level(cls), "%s{%d}" % (cname, i + 1)))
            parts = [const_expr(s.ty, rnd, level=min(s.level, 1)).render() for s in slots]
            decls.append(Stmt("raw", "%s = {{%s}};" % (cname, ", ".join(parts).replace("{", "{{").replace("}", "}}"))))
            for s in slots:
                s.readonly = False
                env.append(s)
        if rnd.random() < 0.5:
            sname = self.fresh("s")
            elem = "(2)" if rnd.random() < 0.3 else ""
            for f in ["a", "b"][:rnd.randint(1, 2)]:
                cls = self.rand_cls()
                v = Var(sname, Ty(cls, self.rand_shape()), self.rand_level(cls), "%s%s.%s" % (sname, elem, f))
                v.readonly = False
                env.append(v)
                decls.append(self.decl_stmt(v))
        return decls

    def function(self, idx, main_env):
        rnd = self.rnd
        name = "%s%d" % (self.fn_prefix, idx)
        env = []

        def some_type():
            if rnd.random() < 0.75:
                v = rnd.choice(main_env)
                return v.ty, v.level
            cls = self.rand_cls()
            return Ty(cls, self.rand_shape()), self.rand_level(cls)
        params = [self.declare(env, "a%d" % (i + 1), *some_type()) for i in range(rnd.randint(1, 3))]
        body = []
        outs = []
        for i in range(rnd.randint(1, 3)):
            ty, level = some_type()
            body.append(Stmt("assign", "o%d" % (i + 1), self.expr(env, ty, level, 2)))
            outs.append(self.declare(env, "o%d" % (i + 1), ty, level))
        self.cur_fn = idx
        for _ in range(rnd.randint(1, 4)):
            s = self.stmt(env, 2, 0)
            if s is not None:
                body.append(s)
        f = Function(name, [p.name for p in params], [o.name for o in outs], body)
        f.param_vars, f.out_vars, f.idx = params, outs, idx
        f.depth_ok = lambda cur, i=idx: cur is None or i < cur  # calls only go to earlier functions
        return f

    def program(self):
        rnd = self.rnd
        self.funcs = []
        env = []
        decls = self.make_vars(env, rnd.randint(3, 6))
        decls += self.aggregates(env)
        for i in range(rnd.randint(0, 2)):
            self.funcs.append(self.function(i + 1, env))
        self.cur_fn = None
        body = list(decls)
        for _ in range(rnd.randint(5, 14)):
            s = self.stmt(env, 2, 0)
            if s is not None:
                body.append(s)
        for v in env:
            body.append(self.digest(v))
        self.prog.body = body
        self.prog.functions = self.funcs
        return self.prog


def generate(seed, tag, big=False):
    return Gen(seed, tag, big).program()


def clone(prog):
    return copy.deepcopy(prog)

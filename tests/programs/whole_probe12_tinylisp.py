"""tinylisp.py: a small Lisp interpreter of the kind many tutorials and
benchmark collections carry: a reader that builds cons cells, symbols
interned in a table, environments as chains of dicts, special forms
dispatched by name, primitives as Python functions, closures, tail calls in
a loop and Lisp errors raised as Python exceptions. A prelude defines list
functions in Lisp itself and a test script exercises them."""

import sys


class LispError(Exception):
    pass


class Symbol(object):
    table = {}

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


def intern(name):
    sym = Symbol.table.get(name)
    if sym is None:
        sym = Symbol(name)
        Symbol.table[name] = sym
    return sym


class Nil(object):
    def __repr__(self):
        return '()'

    def __iter__(self):
        return iter(())

    def __bool__(self):
        return False


NIL = Nil()
T = intern('t')


class Cons(object):
    __slots__ = ('car', 'cdr')

    def __init__(self, car, cdr):
        self.car = car
        self.cdr = cdr

    def __iter__(self):
        cell = self
        while isinstance(cell, Cons):
            yield cell.car
            cell = cell.cdr

    def __repr__(self):
        parts = []
        cell = self
        while isinstance(cell, Cons):
            parts.append(to_string(cell.car))
            cell = cell.cdr
        if cell is not NIL:
            parts.append('.')
            parts.append(to_string(cell))
        return '(' + ' '.join(parts) + ')'


class Lambda(object):
    def __init__(self, params, body, env, name='lambda'):
        self.params = params
        self.body = body
        self.env = env
        self.name = name

    def __repr__(self):
        return '<lambda %s>' % self.name


class Env(object):
    def __init__(self, names=(), values=(), outer=None):
        self.vars = dict(zip(names, values))
        self.outer = outer

    def find(self, sym):
        env = self
        while env is not None:
            if sym in env.vars:
                return env
            env = env.outer
        raise LispError('unbound symbol: %s' % sym.name)


def to_string(x):
    if x is True:
        return 't'
    if x is False:
        return 'nil'
    if isinstance(x, str):
        return '"%s"' % x
    return repr(x)


def make_list(items, tail=NIL):
    result = tail
    for item in reversed(items):
        result = Cons(item, result)
    return result


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c in ' \t\n\r':
            i += 1
        elif c == ';':
            while i < len(text) and text[i] != '\n':
                i += 1
        elif c in "()'":
            tokens.append(c)
            i += 1
        elif c == '"':
            j = text.index('"', i + 1)
            tokens.append(text[i:j + 1])
            i = j + 1
        else:
            j = i
            while j < len(text) and text[j] not in " \t\n\r()';":
                j += 1
            tokens.append(text[i:j])
            i = j
    return tokens


def read_from(tokens, pos):
    if pos >= len(tokens):
        raise LispError('unexpected EOF while reading')
    token = tokens[pos]
    if token == '(':
        items = []
        pos += 1
        tail = NIL
        while tokens[pos] != ')':
            if tokens[pos] == '.':
                tail, pos = read_from(tokens, pos + 1)
                continue
            item, pos = read_from(tokens, pos)
            items.append(item)
        return make_list(items, tail), pos + 1
    if token == ')':
        raise LispError('unexpected )')
    if token == "'":
        item, pos = read_from(tokens, pos + 1)
        return make_list([intern('quote'), item]), pos
    return atom(token), pos + 1


def atom(token):
    if token.startswith('"'):
        return token[1:-1]
    try:
        return int(token)
    except ValueError:
        try:
            return float(token)
        except ValueError:
            if token == 'nil':
                return NIL
            return intern(token)


def read_all(text):
    tokens = tokenize(text)
    pos = 0
    exprs = []
    while pos < len(tokens):
        expr, pos = read_from(tokens, pos)
        exprs.append(expr)
    return exprs


def truthy(x):
    return not (x is NIL or x is False)


def lisp_eval(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x).vars[x]
        if not isinstance(x, Cons):
            return x
        op = x.car
        if isinstance(op, Symbol) and op.name in SPECIAL:
            kind = op.name
            args = x.cdr
            if kind == 'quote':
                return args.car
            if kind == 'if':
                test = lisp_eval(args.car, env)
                if truthy(test):
                    x = args.cdr.car
                else:
                    rest = args.cdr.cdr
                    x = rest.car if isinstance(rest, Cons) else NIL
                continue
            if kind == 'cond':
                chosen = NIL
                for clause in args:
                    if clause.car is intern('else') or truthy(lisp_eval(clause.car, env)):
                        chosen = clause.cdr
                        break
                if chosen is NIL:
                    return NIL
                for expr in list(chosen)[:-1]:
                    lisp_eval(expr, env)
                x = list(chosen)[-1]
                continue
            if kind == 'define':
                target = args.car
                if isinstance(target, Cons):
                    env.vars[target.car] = Lambda(target.cdr, args.cdr, env, target.car.name)
                    return target.car
                env.vars[target] = lisp_eval(args.cdr.car, env)
                return target
            if kind == 'set!':
                env.find(args.car).vars[args.car] = lisp_eval(args.cdr.car, env)
                return NIL
            if kind == 'lambda':
                return Lambda(args.car, args.cdr, env)
            if kind == 'let':
                names = [b.car for b in args.car]
                values = [lisp_eval(b.cdr.car, env) for b in args.car]
                env = Env(names, values, env)
                body = list(args.cdr)
                for expr in body[:-1]:
                    lisp_eval(expr, env)
                x = body[-1]
                continue
            if kind == 'begin':
                body = list(args)
                for expr in body[:-1]:
                    lisp_eval(expr, env)
                x = body[-1]
                continue
            if kind == 'and':
                result = True
                for expr in args:
                    result = lisp_eval(expr, env)
                    if not truthy(result):
                        return result
                return result
            raise LispError('bad special form %s' % kind)
        proc = lisp_eval(op, env)
        vals = [lisp_eval(arg, env) for arg in x.cdr]
        if isinstance(proc, Lambda):
            names = []
            params = proc.params
            while isinstance(params, Cons):
                names.append(params.car)
                params = params.cdr
            if isinstance(params, Symbol):   # rest parameter
                names.append(params)
                vals = vals[:len(names) - 1] + [make_list(vals[len(names) - 1:])]
            elif len(names) != len(vals):
                raise LispError('%s expects %d arguments, got %d' % (proc.name, len(names), len(vals)))
            env = Env(names, vals, proc.env)
            body = list(proc.body)
            for expr in body[:-1]:
                lisp_eval(expr, env)
            x = body[-1]
            continue
        if callable(proc):
            return proc(*vals)
        raise LispError('not a procedure: %s' % to_string(proc))


SPECIAL = set(['quote', 'if', 'cond', 'define', 'set!', 'lambda', 'let', 'begin', 'and'])


def lisp_bool(b):
    return T if b else NIL


def prim_add(*args):
    total = 0
    for a in args:
        total += a
    return total


def prim_sub(a, *rest):
    if not rest:
        return -a
    for b in rest:
        a -= b
    return a


def prim_mul(*args):
    total = 1
    for a in args:
        total *= a
    return total


def prim_car(x):
    if not isinstance(x, Cons):
        raise LispError('car of non-pair: %s' % to_string(x))
    return x.car


def global_env(out):
    env = Env()
    prims = {
        '+': prim_add, '-': prim_sub, '*': prim_mul,
        '/': lambda a, b: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
        'mod': lambda a, b: a % b,
        '<': lambda a, b: lisp_bool(a < b), '>': lambda a, b: lisp_bool(a > b),
        '=': lambda a, b: lisp_bool(a == b), '<=': lambda a, b: lisp_bool(a <= b),
        'eq?': lambda a, b: lisp_bool(a is b or (isinstance(a, int) and a == b)),
        'car': prim_car, 'cdr': lambda x: x.cdr, 'cons': Cons,
        'null?': lambda x: lisp_bool(x is NIL), 'pair?': lambda x: lisp_bool(isinstance(x, Cons)),
        'not': lambda x: lisp_bool(not truthy(x)),
        'list': lambda *xs: make_list(list(xs)),
        'display': lambda x: out.append(x if isinstance(x, str) else to_string(x)) or NIL,
        'newline': lambda: out.append('\n') or NIL,
        'error': lambda msg: (_ for _ in ()).throw(LispError(msg)),
    }
    for name, fn in prims.items():
        env.vars[intern(name)] = fn
    env.vars[T] = T
    return env


PRELUDE = """
(define (map f xs) (if (null? xs) nil (cons (f (car xs)) (map f (cdr xs)))))
(define (filter p xs) (cond ((null? xs) nil) ((p (car xs)) (cons (car xs) (filter p (cdr xs)))) (else (filter p (cdr xs)))))
(define (foldl f acc xs) (if (null? xs) acc (foldl f (f acc (car xs)) (cdr xs))))
(define (range a b) (if (< a b) (cons a (range (+ a 1) b)) nil))
(define (length xs) (foldl (lambda (n x) (+ n 1)) 0 xs))
(define (reverse xs) (foldl (lambda (acc x) (cons x acc)) nil xs))
(define (append xs ys) (if (null? xs) ys (cons (car xs) (append (cdr xs) ys))))
"""

PROGRAM = """
(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
(display (fact 30)) (newline)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(display (map fib (range 0 15))) (newline)
(define (make-counter) (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
(define c (make-counter))
(c) (c)
(display (list "counter" (c))) (newline)
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(display (loop 5000 0)) (newline)
(define (qsort xs)
  (if (null? xs) nil
      (let ((p (car xs)) (rest (cdr xs)))
        (append (qsort (filter (lambda (x) (< x p)) rest))
                (cons p (qsort (filter (lambda (x) (not (< x p))) rest)))))))
(display (qsort '(31 4 15 9 26 5 35 8 97 93 23 84 62 64 33 83 27 95))) (newline)
(define (sum . xs) (foldl + 0 xs))
(display (sum 1 2 3 4 5 6)) (newline)
(display (reverse '(a b (c d) . ()))) (newline)
(display '(1 . 2)) (newline)
(display (list 1.5 (/ 7 2) (/ 7.0 2) (mod 17 5) (eq? 'a 'a) (and 1 nil 3)))
(newline)
(define (primes n) (filter (lambda (k) (and (> k 1) (null? (filter (lambda (d) (= (mod k d) 0)) (range 2 k))))) (range 0 n)))
(display (length (primes 150))) (newline)
"""


def run(text, env, out):
    result = NIL
    for expr in read_all(text):
        result = lisp_eval(expr, env)
    return result


def main():
    out = []
    env = global_env(out)
    run(PRELUDE, env, out)
    for _ in range(2):
        del out[:]
        run(PROGRAM, env, out)
    sys.stdout.write(''.join(out))
    for bad in ['(car 5)', '(undefined-thing 1)', '(fact)', '(error "boom")', '((quote x) 1)', '(1 2']:
        try:
            run(bad, env, out)
            print('no error?')
        except LispError as e:
            print('LispError:', e)
        except IndexError as e:
            print('reader ran off the end:', type(e).__name__, e)
    print(len(Symbol.table), 'symbols')


if __name__ == '__main__':
    main()

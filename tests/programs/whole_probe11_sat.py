"""sat.py: a DPLL SAT solver in the manner of the Shed Skin example: clauses
read from DIMACS CNF text (generated here: random 3-SAT instances near the
phase transition, and pigeon-hole formulas), two watched literals per clause,
unit propagation from a trail, and chronological backtracking with the
most-frequent-variable heuristic."""

import random
import sys


def parse_dimacs(text):
    clauses = []
    nvars = 0
    current = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in 'c%':
            continue
        if line.startswith('p'):
            fields = line.split()
            assert fields[1] == 'cnf', 'not a CNF file'
            nvars = int(fields[2])
            continue
        for tok in line.split():
            lit = int(tok)
            if lit == 0:
                clauses.append(current)
                current = []
            else:
                current.append(lit)
    if current:
        clauses.append(current)
    return nvars, clauses


def write_dimacs(nvars, clauses, comment):
    out = ['c %s' % comment, 'p cnf %d %d' % (nvars, len(clauses))]
    for clause in clauses:
        out.append(' '.join(str(lit) for lit in clause) + ' 0')
    return '\n'.join(out) + '\n'


class Solver(object):
    def __init__(self, nvars, clauses):
        self.nvars = nvars
        self.clauses = []
        self.assign = [0] * (nvars + 1)   # 0 unknown, 1 true, -1 false
        self.trail = []
        self.watches = dict((lit, []) for v in range(1, nvars + 1) for lit in (v, -v))
        self.units = []
        self.propagations = 0
        self.decisions = 0
        self.conflicts = 0
        self.ok = True
        counts = [0] * (nvars + 1)
        for clause in clauses:
            clause = sorted(set(clause), key=abs)
            if any(-lit in clause for lit in clause):
                continue  # a tautology
            if not clause:
                self.ok = False
                continue
            for lit in clause:
                counts[abs(lit)] += 1
            if len(clause) == 1:
                self.units.append(clause[0])
                continue
            index = len(self.clauses)
            self.clauses.append(clause)
            self.watches[clause[0]].append(index)
            self.watches[clause[1]].append(index)
        self.order = sorted(range(1, nvars + 1), key=lambda v: (-counts[v], v))

    def value(self, lit):
        v = self.assign[abs(lit)]
        return v if lit > 0 else -v

    def enqueue(self, lit):
        if self.value(lit) == -1:
            return False
        if self.value(lit) == 0:
            self.assign[abs(lit)] = 1 if lit > 0 else -1
            self.trail.append(lit)
        return True

    def propagate(self, start):
        i = start
        while i < len(self.trail):
            lit = self.trail[i]
            i += 1
            false_lit = -lit
            watching = self.watches[false_lit]
            j = 0
            while j < len(watching):
                index = watching[j]
                clause = self.clauses[index]
                if clause[0] == false_lit:
                    clause[0], clause[1] = clause[1], clause[0]
                if self.value(clause[0]) == 1:
                    j += 1
                    continue
                for k in range(2, len(clause)):
                    if self.value(clause[k]) != -1:
                        clause[1], clause[k] = clause[k], clause[1]
                        self.watches[clause[1]].append(index)
                        watching[j] = watching[-1]
                        watching.pop()
                        break
                else:
                    self.propagations += 1
                    if not self.enqueue(clause[0]):
                        self.conflicts += 1
                        return False
                    j += 1
        return True

    def undo(self, size):
        while len(self.trail) > size:
            lit = self.trail.pop()
            self.assign[abs(lit)] = 0

    def pick(self):
        for v in self.order:
            if self.assign[v] == 0:
                return v
        return 0

    def solve(self):
        if not self.ok:
            return False
        for lit in self.units:
            if not self.enqueue(lit):
                return False
        if not self.propagate(0):
            return False
        return self.search()

    def search(self):
        v = self.pick()
        if v == 0:
            return True
        self.decisions += 1
        for lit in (v, -v):
            size = len(self.trail)
            self.enqueue(lit)
            if self.propagate(size) and self.search():
                return True
            self.undo(size)
        return False

    def model(self):
        return [v if self.assign[v] >= 0 else -v for v in range(1, self.nvars + 1)]


def random_3sat(nvars, nclauses, rng):
    clauses = []
    for _ in range(nclauses):
        vs = rng.sample(range(1, nvars + 1), 3)
        clauses.append([v if rng.random() < 0.5 else -v for v in vs])
    return clauses


def pigeonhole(holes):
    pigeons = holes + 1
    var = lambda p, h: p * holes + h + 1
    clauses = [[var(p, h) for h in range(holes)] for p in range(pigeons)]
    for h in range(holes):
        for p in range(pigeons):
            for q in range(p + 1, pigeons):
                clauses.append([-var(p, h), -var(q, h)])
    return pigeons * holes, clauses


def check(model, clauses):
    true = set(model)
    return all(any(lit in true for lit in clause) for clause in clauses)


def main():
    rng = random.Random(2024)
    results = {True: 0, False: 0}
    total_decisions = 0
    for n in range(24):
        nvars = 30 + n
        text = write_dimacs(nvars, random_3sat(nvars, int(nvars * 4.26), rng), 'random 3-SAT %d' % n)
        nv, clauses = parse_dimacs(text)
        solver = Solver(nv, clauses)
        sat = solver.solve()
        results[sat] += 1
        total_decisions += solver.decisions
        if sat:
            assert check(solver.model(), clauses)
        if n % 4 == 0:
            print('%-16s vars %3d clauses %3d %-5s decisions %5d propagations %6d conflicts %5d' % (
                'random-%d' % n, nv, len(clauses), 'SAT' if sat else 'UNSAT',
                solver.decisions, solver.propagations, solver.conflicts))
    print('random instances: %d sat, %d unsat, %d decisions' % (results[True], results[False], total_decisions))
    for holes in range(2, 6):
        nv, clauses = pigeonhole(holes)
        solver = Solver(*parse_dimacs(write_dimacs(nv, clauses, 'php')))
        sat = solver.solve()
        print('pigeonhole %d: %s after %d decisions' % (holes, 'SAT' if sat else 'UNSAT', solver.decisions))
    # A satisfiable structured instance: a chain of implications with a forced end.
    chain = [[-i, i + 1] for i in range(1, 200)] + [[1]]
    solver = Solver(200, chain)
    print('chain', solver.solve(), sum(1 for lit in solver.model() if lit > 0), solver.propagations)
    sys.stdout.flush()


if __name__ == '__main__':
    main()

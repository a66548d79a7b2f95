"""genetic.py: a simple genetic algorithm after the Shed Skin example program
(an SGA by bearophile's style): individuals are bit genomes decoded to a real
number in an interval, fitness is a bumpy one-dimensional function, and each
generation does tournament selection, one-point crossing over and per-gene
mutation. A second run optimises a knapsack with the same machinery."""

from random import random, randint, choice, seed
from math import sin, cos, pi, fabs


class Individual:
    def __init__(self, ngenes):
        self.ngenes = ngenes
        self.genome = [random() < 0.5 for i in range(ngenes)]
        self.fitness = 0.0

    def __str__(self):
        return "".join(str(int(gene)) for gene in self.genome)

    def bin2dec(self, inf=0, sup=0):
        if sup == 0:
            sup = self.ngenes - 1
        result = 0
        for i in range(inf, sup + 1):
            if self.genome[i]:
                result += 1 << (i - inf)
        return result

    def computeFitness(self):
        x = self.bin2dec() / float((1 << self.ngenes) - 1) * 10.0
        self.fitness = x * sin(10.0 * pi * x) + 2.0 + 0.1 * cos(x)

    def copy(self):
        other = Individual(0)
        other.ngenes = self.ngenes
        other.genome = self.genome[:]
        other.fitness = self.fitness
        return other


class KnapsackIndividual(Individual):
    weights = [12, 7, 11, 8, 9, 6, 14, 3, 5, 10, 4, 13, 2, 8, 7, 9]
    values = [24, 13, 23, 15, 16, 11, 28, 5, 10, 19, 7, 25, 3, 15, 12, 18]
    capacity = 60

    def computeFitness(self):
        w = v = 0
        for i, gene in enumerate(self.genome):
            if gene:
                w += self.weights[i]
                v += self.values[i]
        if w > self.capacity:
            v -= 3 * (w - self.capacity)
        self.fitness = float(max(v, 0))

    def copy(self):
        other = KnapsackIndividual(0)
        other.ngenes = self.ngenes
        other.genome = self.genome[:]
        other.fitness = self.fitness
        return other


class SGA:
    def __init__(self, kind="real"):
        self.kind = kind
        self.popSize = 120
        self.genomeSize = 16
        self.generationsMax = 40
        self.crossingOverProb = 0.75
        self.selectivePressure = 0.75
        self.geneMutationProb = 0.01
        self.population = []
        self.bestIndividual = None
        self.history = []

    def newIndividual(self):
        if self.kind == "knapsack":
            return KnapsackIndividual(self.genomeSize)
        return Individual(self.genomeSize)

    def generateRandomPop(self):
        self.population = [self.newIndividual() for i in range(self.popSize)]

    def computeFitnessPop(self):
        for individual in self.population:
            individual.computeFitness()

    def mutatePop(self):
        nmutations = 0
        for individual in self.population:
            for i in range(individual.ngenes):
                if random() < self.geneMutationProb:
                    individual.genome[i] = not individual.genome[i]
                    nmutations += 1
        return nmutations

    def tounamentSelectionPop(self):
        pop2 = []
        for i in range(self.popSize):
            individual1 = choice(self.population)
            individual2 = choice(self.population)
            if random() < self.selectivePressure:
                if individual1.fitness > individual2.fitness:
                    pop2.append(individual1.copy())
                else:
                    pop2.append(individual2.copy())
            else:
                if individual1.fitness > individual2.fitness:
                    pop2.append(individual2.copy())
                else:
                    pop2.append(individual1.copy())
        return pop2

    def crossingOverPop(self):
        nCrossingOver = int(self.popSize * self.crossingOverProb) // 2
        for i in range(nCrossingOver):
            ind1 = choice(self.population)
            ind2 = choice(self.population)
            crossPosition = randint(0, self.genomeSize - 1)
            for j in range(crossPosition + 1):
                ind1.genome[j], ind2.genome[j] = ind2.genome[j], ind1.genome[j]
        return nCrossingOver

    def showGeneration_bestIndFind(self, generation):
        fitnessTot = 0.0
        bestIndividualGeneration = self.population[0]
        for individual in self.population:
            fitnessTot += individual.fitness
            if individual.fitness > bestIndividualGeneration.fitness:
                bestIndividualGeneration = individual
        if self.bestIndividual is None or \
                self.bestIndividual.fitness < bestIndividualGeneration.fitness:
            self.bestIndividual = bestIndividualGeneration.copy()
        mean = fitnessTot / self.popSize
        self.history.append(mean)
        if generation % 8 == 0:
            print("  gen %3d  mean %.5f  best %.5f  %s" % (
                generation, mean, bestIndividualGeneration.fitness,
                bestIndividualGeneration))

    def run(self):
        self.generateRandomPop()
        self.bestIndividual = None
        totalMutations = 0
        for generation in range(self.generationsMax):
            self.computeFitnessPop()
            self.showGeneration_bestIndFind(generation)
            self.population = self.tounamentSelectionPop()
            totalMutations += self.mutatePop()
            self.crossingOverPop()
        self.computeFitnessPop()
        self.showGeneration_bestIndFind(self.generationsMax)
        return totalMutations


def main():
    seed(42)
    for trial in range(3):
        sga = SGA()
        sga.generationsMax = 30 + 10 * trial
        mutations = sga.run()
        best = sga.bestIndividual
        x = best.bin2dec() / float((1 << best.ngenes) - 1) * 10.0
        print("real trial %d: best x = %.6f f = %.6f mutations %d, mean rose %s" % (
            trial, x, best.fitness, mutations, sga.history[-1] > sga.history[0]))
    ks = SGA("knapsack")
    ks.popSize = 160
    ks.generationsMax = 50
    ks.run()
    best = ks.bestIndividual
    chosen = [i for i in range(best.ngenes) if best.genome[i]]
    weight = sum(KnapsackIndividual.weights[i] for i in chosen)
    print("knapsack: items %s weight %d value %.1f" % (chosen, weight, best.fitness))
    print("fields: %d %d %s" % (best.bin2dec(0, 7), best.bin2dec(8, 15), fabs(-best.fitness)))


if __name__ == "__main__":
    main()

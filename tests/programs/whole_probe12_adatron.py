"""adatron.py: a kernel Adatron (a support vector machine trained by
coordinate ascent on the dual) classifying proteins by their amino acid
composition, after the Shed Skin example program by Stavros Korokithakis:
proteins with a name, mass, isoelectric point, size and sequence, a
polynomial kernel table, one-against-rest training for every class and a
confusion table. Sequences are generated from per-class compositions with a
seeded generator instead of read from the test data files."""

import random
from math import exp

CYTOSOLIC = 0
EXTRACELLULAR = 1
NUCLEAR = 2
MITOCHONDRIAL = 3
BLIND = 4

CLASSES = ["cytosolic", "extracellular", "nuclear", "mitochondrial"]

D = 5.0

LENGTH = 50

PROTEINS = []

AMINOACIDS = "ACDEFGHIKLMNPQRSTVWY"

MASSES = {'A': 71.08, 'C': 103.14, 'D': 115.09, 'E': 129.12, 'F': 147.18,
          'G': 57.05, 'H': 137.14, 'I': 113.16, 'K': 128.17, 'L': 113.16,
          'M': 131.19, 'N': 114.10, 'P': 97.12, 'Q': 128.13, 'R': 156.19,
          'S': 87.08, 'T': 101.10, 'V': 99.13, 'W': 186.21, 'Y': 163.18}

CHARGED = {'D': -1.0, 'E': -1.0, 'K': 1.0, 'R': 1.0, 'H': 0.5}


class Protein:
    def __init__(self, name, mass, isoelectric_point, size, sequence, type):
        self.name = name
        self.mass = mass
        self.isoelectric_point = isoelectric_point
        self.size = size
        self.sequence = sequence
        self.type = type
        self.extract_composition()

    def extract_composition(self):
        self.local_composition = dict(((x, 0.0) for x in AMINOACIDS))
        for counter in range(LENGTH):
            self.local_composition[self.sequence[counter]] += 1.0 / LENGTH
        self.global_composition = dict(((x, 0.0) for x in AMINOACIDS))
        for aminoacid in self.sequence:
            self.global_composition[aminoacid] += 1.0 / len(self.sequence)

    def create_vector(self):
        vector = []
        for key, value in sorted(self.local_composition.items()):
            vector.append(value)
        for key in sorted(self.global_composition.keys()):
            vector.append(self.global_composition[key])
        return vector


def make_sequence(rng, type, length):
    # each class prefers its own handful of residues (signal peptides, nuclear
    # localisation signals rich in K/R, and so on)
    preferred = ["LAVGE", "CSTGNY", "KRPKR", "LRAMS"][type]
    seq = []
    for i in range(length):
        if rng.random() < 0.35 + 0.1 * (i < LENGTH):
            seq.append(rng.choice(preferred))
        else:
            seq.append(rng.choice(AMINOACIDS))
    return ''.join(seq)


def load_proteins(rng, type, count):
    # the original reads a FASTA-like file with one header line per protein:
    # >name mass isoelectric_point size
    lines = []
    for i in range(count):
        sequence = make_sequence(rng, type, rng.randint(LENGTH + 20, 3 * LENGTH))
        mass = sum(MASSES[a] for a in sequence) + 18.02
        charge = sum(CHARGED.get(a, 0.0) for a in sequence)
        pi = 7.0 + charge / 10.0
        lines.append(">%s%03d %.2f %.3f %d" % (CLASSES[type][:3].upper(), i, mass, pi, len(sequence)))
        for start in range(0, len(sequence), 60):
            lines.append(sequence[start:start + 60])
    text = "\n".join(lines) + "\n"
    name = None
    for line in text.splitlines():
        if line.startswith(">"):
            if name is not None:
                PROTEINS.append(Protein(name, mass, isoelectric_point, size, "".join(parts), type))
            fields = line[1:].split()
            name = fields[0]
            mass = float(fields[1])
            isoelectric_point = float(fields[2])
            size = int(fields[3])
            parts = []
        else:
            parts.append(line.strip())
    PROTEINS.append(Protein(name, mass, isoelectric_point, size, "".join(parts), type))


def create_tables():
    """Create the feature and label tables."""
    feature_table = []
    label_table = []
    for protein in PROTEINS:
        feature_table.append(protein.create_vector())
    for protein in PROTEINS:
        if protein.type == BLIND:
            continue
        labels = [-1] * 4
        labels[protein.type] *= -1
        label_table.append(labels)
    return feature_table, label_table


def create_kernel_table(feature_table):
    kernel_table = []
    for row in feature_table:
        kernel_row = []
        for candidate in feature_table:
            difference = 0.0
            for counter in range(len(row)):
                difference += (row[counter] - candidate[counter]) ** 2
            kernel_row.append(exp(-D * difference))
        kernel_table.append(kernel_row)
    return kernel_table


def train_adatron(kernel_table, label_table, h, c):
    tolerance = 0.5
    alphas = [([0.0] * len(kernel_table)) for _ in range(len(label_table[0]))]
    betas = [([0.0] * len(kernel_table)) for _ in range(len(label_table[0]))]
    bias = [0.0] * len(label_table[0])
    labelalphas = [0.0] * len(kernel_table)
    max_differences = [(0.0, 0)] * len(label_table[0])
    for iteration in range(10 * len(kernel_table)):
        print("Starting iteration %s..." % iteration)
        if iteration == 20:  # XXX shedskin test
            return alphas, bias
        for klass in range(len(label_table[0])):
            max_differences[klass] = (0.0, 0)
            for elem in range(len(kernel_table)):
                labelalphas[elem] = label_table[elem][klass] * alphas[klass][elem]
            for col_counter in range(len(kernel_table)):
                prediction = 0.0
                for row_counter in range(len(kernel_table)):
                    prediction += kernel_table[col_counter][row_counter] * \
                        labelalphas[row_counter]
                g = 1.0 - ((prediction + bias[klass]) * label_table[col_counter][klass])
                betas[klass][col_counter] = min(max((alphas[klass][col_counter] + h * g), 0.0), c)
                difference = abs(alphas[klass][col_counter] - betas[klass][col_counter])
                if difference > max_differences[klass][0]:
                    max_differences[klass] = (difference, col_counter)

        if all([max_difference < tolerance for max_difference, _ in max_differences]):
            return alphas, bias
        else:
            for klass in range(len(label_table[0])):
                alphas[klass][max_differences[klass][1]] = betas[klass][max_differences[klass][1]]
                element_sum = 0.0
                for element_counter in range(len(kernel_table)):
                    element_sum += label_table[element_counter][klass] * alphas[klass][element_counter] / 4
                bias[klass] = bias[klass] + element_sum
    return alphas, bias


def calculate_error(alphas, bias, kernel_table, label_table):
    prediction = 0.0
    predictions = [([0.0] * len(kernel_table)) for _ in range(len(label_table[0]))]
    for klass in range(len(label_table[0])):
        for col_counter in range(len(kernel_table)):
            for row_counter in range(len(kernel_table)):
                prediction += kernel_table[col_counter][row_counter] * \
                    label_table[row_counter][klass] * alphas[klass][row_counter]
            predictions[klass][col_counter] = prediction + bias[klass]
            prediction = 0.0

    for col_counter in range(len(kernel_table)):
        current_predictions = []
        error = 0
        for row_counter in range(len(label_table[0])):
            current_predictions.append(predictions[row_counter][col_counter])

        predicted_class = current_predictions.index(max(current_predictions))

        if label_table[col_counter][predicted_class] < 0:
            error += 1

        yield 1.0 * error, predicted_class


def main():
    rng = random.Random(5)
    for type in (CYTOSOLIC, EXTRACELLULAR, NUCLEAR, MITOCHONDRIAL):
        load_proteins(rng, type, 18)
    print("%d proteins, first %s mass %.2f pI %.3f size %d" % (
        len(PROTEINS), PROTEINS[0].name, PROTEINS[0].mass,
        PROTEINS[0].isoelectric_point, PROTEINS[0].size))
    feature_table, label_table = create_tables()
    kernel_table = create_kernel_table(feature_table)
    alphas, bias = train_adatron(kernel_table, label_table, 1.0, 3.0)
    print("bias", ["%.4f" % b for b in bias])
    print("support vectors per class", [sum(1 for a in row if a > 0.0) for row in alphas])
    errors = 0.0
    confusion = [[0] * 4 for _ in range(4)]
    for (error, predicted), protein in zip(calculate_error(alphas, bias, kernel_table, label_table), PROTEINS):
        errors += error
        confusion[protein.type][predicted] += 1
    print("Error: %s%%" % (errors / len(PROTEINS) * 100))
    for klass, row in enumerate(confusion):
        print("%-14s %s" % (CLASSES[klass], " ".join("%3d" % n for n in row)))


if __name__ == "__main__":
    main()

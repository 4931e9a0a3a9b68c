#!/usr/bin/env python3
"""Writes employees for the directory search benchmark: COPY-ready CSV of N extra people (default 19,168,
which with the 832 demo people makes 20,000).

Names are varied, not repeated: every first name of the demo directory crossed with every surname
(apostrophes, particles and accents included), then two-word first names, in a shuffled but fixed order (seeded), so a surname has
tens of namesakes as in a real regional directory and typos still have near neighbours. Ids E10000...,
unique five-digit extensions from 10000, offices drawn from the demo offices. Usage:
    directory-search-generate.py OUT.csv [N]
"""
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "src", "main", "resources", "demo", "organization")
POSITIONS = ["Funzionario", "Istruttore", "Collaboratore"]
TITLES = ["Dott.", "Dott.ssa", "Ing.", "Avv.", "Arch.", "Geom.", "Sig.", "Sig.ra", ""]


def main():
    out = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 20000 - 832
    with open(os.path.join(DEMO, "employees.csv"), encoding="utf-8", newline="") as f:
        people = list(csv.DictReader(f, delimiter=";"))
    with open(os.path.join(DEMO, "offices.csv"), encoding="utf-8", newline="") as f:
        offices = [row["code"] for row in csv.DictReader(f, delimiter=";")]
    first = sorted({p["first_name"] for p in people})
    last = sorted({p["last_name"] for p in people})
    pairs = [(f, l) for f in first for l in last]
    rng = random.Random(20261127)
    rng.shuffle(pairs)
    while len(pairs) < total:
        # Past every first name x surname, two-word first names (Maria Teresa, Gian Luca) keep names distinct.
        pairs.append((rng.choice(first) + " " + rng.choice(first), rng.choice(last)))
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\n")
        for i in range(total):
            first_name, last_name = pairs[i]
            extension = str(10000 + i)
            email = "%s.%s%d@regione.basilicata.example" % (
                first_name.lower().replace(" ", ""), "".join(c for c in last_name.lower() if c.isalpha()), i)
            writer.writerow(["E%05d" % (10000 + i), first_name, last_name, rng.choice(TITLES) or None,
                             rng.choice(POSITIONS), rng.choice(offices), extension, "0971 6" + extension, email,
                             "%d° piano, stanza %d" % (rng.randint(1, 4), rng.randint(100, 499))])


if __name__ == "__main__":
    main()

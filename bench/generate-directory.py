#!/usr/bin/env python3
"""Writes a directory of N employees (default 20,000) for the import benchmark.

departments.csv and offices.csv are the demo ones; employees.csv repeats the 832 demo people with
new unique ids (E00001...), extensions (5 digits from 10000) and e-mails (a numeric suffix), so that
every row passes the import's checks. Usage: generate-directory.py OUT_DIR [N]
"""
import csv
import io
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "src", "main", "resources", "demo", "organization")


def main():
    out = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    os.makedirs(out, exist_ok=True)
    for name in ("departments.csv", "offices.csv"):
        shutil.copyfile(os.path.join(DEMO, name), os.path.join(out, name))
    with open(os.path.join(DEMO, "employees.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    header, people = rows[0], rows[1:]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for i in range(total):
        row = list(people[i % len(people)])
        round_ = i // len(people)
        row[0] = "E%05d" % (i + 1)
        row[6] = str(10000 + i)
        row[7] = ""  # direct lines follow the extension; leave them empty rather than invent numbers
        if round_ > 0 and row[8]:
            local, domain = row[8].split("@")
            row[8] = "%s.%d@%s" % (local, round_, domain)
        writer.writerow(row)
    with open(os.path.join(out, "employees.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buffer.getvalue())
    print("%d employees written to %s" % (total, out))


if __name__ == "__main__":
    main()

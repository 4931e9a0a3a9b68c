#!/usr/bin/env python3
"""Multiplies the demo knowledge base into import files for the search benchmarks.

    bench/generate-knowledge.py OUT COPIES [BATCH]

Reads src/main/resources/demo/knowledge/{sheets,procedures}.json (77 sheets with 210 FAQ, 120 procedures: 407
items) and writes COPIES - 1 more copies of them (the demo profile loads the first) as OUT/sheets-NNN.json and
OUT/procedures-NNN.json, BATCH copies per pair of files, in the import's own format, for
POST /api/v1/knowledge/imports. Copy k (from 1) takes the ids SI-, FAQ- and PR- followed by k * 1000 plus the
original number (SI-0001 -> SI-1001, SI-2001, ...), links its sheets to its own procedures, and names a town of
Basilicata in every title and summary, so that no two items are the same text. States, validity, offices,
people, keywords, bodies and FAQ answers are the demo's: the same share of drafts and expired sheets.
Prints the number of items written.
"""
import copy
import json
import os
import sys

TOWNS = """Potenza Matera Melfi Pisticci Policoro Lavello Rionero Venosa Avigliano Lauria Bernalda Montescaglioso
Senise Tito Ferrandina Rapolla Genzano Picerno Maratea Marsicovetere Muro Tricarico Pietragalla Moliterno Grassano
Latronico Irsina Scanzano Montalbano Tursi Nova Rotondella Satriano Balvano Vietri Brienza Sala Sasso Ruoti Bella
Baragiano Filiano Forenza Acerenza Oppido Cancellara Vaglio Brindisi Trivigno Albano Campomaggiore Pietrapertosa
Castelmezzano Laurenzana Anzi Abriola Calvello Viggiano Grumento Sarconi Spinoso Montemurro Armento Corleto Guardia
Gallicchio Missanello Roccanova Sant'Arcangelo Aliano Stigliano Craco Gorgoglione Cirigliano Accettura Oliveto
Garaguso Salandra Calciano Grottole Miglionico Pomarico Colobraro Valsinni Nocara Noepoli Cersosimo Terranova
Chiaromonte Fardella Teana Calvera Carbone Episcopia Francavilla Castelsaraceno Castelluccio Rotonda Viggianello
Rivello Nemoli Trecchina Lagonegro Tramutola Paterno Marsico Moliterno Montemilone Palazzo Banzi Maschito Ginestra
Ripacandida Barile Atella Ruvo Rapone Pescopagano Castelgrande Muro Bella Savoia Vietri Tolve Oppido San Chirico
Cancellara Pietragalla Acerenza Irsina Tricarico""".split()


def main():
    out, copies = sys.argv[1], int(sys.argv[2])
    batch = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    here = os.path.dirname(os.path.abspath(__file__))
    source = os.path.join(here, "..", "src", "main", "resources", "demo", "knowledge")
    with open(os.path.join(source, "sheets.json"), encoding="utf-8") as f:
        sheets = json.load(f)
    with open(os.path.join(source, "procedures.json"), encoding="utf-8") as f:
        procedures = json.load(f)
    os.makedirs(out, exist_ok=True)

    def renumber(value, k):
        prefix, number = value.rsplit("-", 1)
        return "%s-%04d" % (prefix, k * 1000 + int(number))

    items = 0
    files = 0
    for start in range(1, copies, batch):
        out_sheets, out_procedures = [], []
        for k in range(start, min(start + batch, copies)):
            town = TOWNS[(k - 1) % len(TOWNS)]
            where = "sede di %s" % town if k <= len(TOWNS) else "sede di %s %d" % (town, k)
            for p in procedures:
                c = copy.deepcopy(p)
                c["id"] = renumber(p["id"], k)
                c["name"] = "%s (%s)" % (p["name"], where)
                c["description"] = "%s Sportello della %s." % (p["description"], where)
                out_procedures.append(c)
            for s in sheets:
                c = copy.deepcopy(s)
                c["id"] = renumber(s["id"], k)
                c["title"] = "%s (%s)" % (s["title"], where)
                c["summary"] = "%s Sportello della %s." % (s["summary"], where)
                if c.get("procedure"):
                    c["procedure"] = renumber(s["procedure"], k)
                for faq in c.get("faq", []):
                    faq["id"] = renumber(faq["id"], k)
                out_sheets.append(c)
            items += len(procedures) + len(sheets) + sum(len(s.get("faq", [])) for s in sheets)
        files += 1
        with open(os.path.join(out, "sheets-%03d.json" % files), "w", encoding="utf-8") as f:
            json.dump(out_sheets, f, ensure_ascii=False)
        with open(os.path.join(out, "procedures-%03d.json" % files), "w", encoding="utf-8") as f:
            json.dump(out_procedures, f, ensure_ascii=False)
    print(items)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""How soon a published sheet is found by a search: "a published sheet is searchable within 1 s".

    bench/publish-latency.py BASE_URL [SHEETS]

For each of SHEETS (10) new sheets of the demo office AGRI-02, through the API as the demo users (password = user
name): a draft by urp.agri, the two sign-offs (urp.agri, responsabile.agri-02), the notice, then the publication by
the manager (responsabile). From the moment the publication call answers, the operator (operatore) searches
GET /api/v1/search?q=<the sheet's own word>&type=SHEET every 5 ms until the sheet is in the answer. Each sheet's
title holds a word made for it, so only that sheet can answer. Prints one line per sheet and the summary
(median, worst, how many within 1 s); exits 1 if a sheet is not found within 10 s.
"""
import base64
import json
import random
import string
import sys
import time
import urllib.parse
import urllib.request


def call(base, user, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "Basic " + base64.b64encode(("%s:%s" % (user, user)).encode()).decode())
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read()
        return json.loads(text) if text else None


def main():
    base = sys.argv[1].rstrip("/")
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    rnd = random.Random()
    times = []
    for n in range(count):
        word = "".join(rnd.choice(string.ascii_lowercase) for _ in range(10))
        draft = {
            "title": "Contributo %s per le aziende agricole" % word,
            "summary": "Come chiedere il contributo %s." % word,
            "body": "## Cos'è\n\nUn contributo per le aziende agricole.",
            "officeCode": "AGRI-02",
            "keywords": ["contributo", "agricoltura"],
            "audience": ["BUSINESSES"],
            "validFrom": "2026-01-01",
            "links": [{"title": "Bando", "url": "https://www.regione.basilicata.example/bando"}],
            "faq": [{"question": "Chi può chiederlo?", "answer": "Le aziende agricole."}],
        }
        sheet = call(base, "urp.agri", "POST", "/api/v1/knowledge/sheets", draft)["id"]
        call(base, "urp.agri", "POST", "/api/v1/knowledge/sheets/%s/sign-off" % sheet)
        call(base, "responsabile.agri-02", "POST", "/api/v1/knowledge/sheets/%s/sign-off" % sheet)
        call(base, "responsabile.agri-02", "POST", "/api/v1/knowledge/sheets/%s/notice" % sheet, {"comment": "Pronta"})
        query = "/api/v1/search?size=10&type=SHEET&q=" + urllib.parse.quote(word)
        if any(hit["id"] == sheet for hit in call(base, "operatore", "GET", query)["content"]):
            sys.exit("%s is found before its publication" % sheet)
        state = call(base, "responsabile", "POST", "/api/v1/knowledge/sheets/%s/publication" % sheet)["state"]
        answered = time.monotonic()
        if state != "ACTIVE":
            sys.exit("%s not published: %s" % (sheet, state))
        searches = 0
        while True:
            searches += 1
            if any(hit["id"] == sheet for hit in call(base, "operatore", "GET", query)["content"]):
                break
            if time.monotonic() - answered > 10:
                sys.exit("%s not found 10 s after its publication" % sheet)
            time.sleep(0.005)
        found = (time.monotonic() - answered) * 1000
        times.append(found)
        print("sheet %s published, found after %.0f ms (%d searches)" % (sheet, found, searches))
    times.sort()
    print("publish-to-search: %d sheets, median %.0f ms, worst %.0f ms, %d of %d within 1 s"
          % (len(times), times[len(times) // 2], times[-1], sum(1 for t in times if t <= 1000), len(times)))


if __name__ == "__main__":
    main()

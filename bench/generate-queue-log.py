#!/usr/bin/env python3
"""Writes a month of Asterisk queue_log for the telephony benchmark: by default 10,000,000 lines, about
2.7 million calls in two queues, spread over the days and hours of a month in Europe/Rome (the real
file's mix: DID, ENTERQUEUE, CONNECT, COMPLETECALLER/COMPLETEAGENT, ABANDON, BLINDTRANSFER, RINGNOANSWER,
members joining and leaving each day). Deterministic (fixed seed).

    python3 bench/generate-queue-log.py OUT [LINES] [YEAR-MONTH]
"""
import random
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

out = sys.argv[1]
target = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000_000
year, month = map(int, (sys.argv[3] if len(sys.argv) > 3 else "2026-10").split("-"))
rome = ZoneInfo("Europe/Rome")
rng = random.Random(13)
start = datetime(year, month, 1, tzinfo=rome)
end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=rome)
days = (end - start).days
# about 3.7 lines per call, as in the real log
calls_per_day = int(target / 3.72 / days) + 1
lines = 0
seq = 0
with open(out, "w", buffering=1 << 20) as f:
    write = f.write
    day = start
    while day < end and lines < target:
        opening = int(datetime(day.year, day.month, day.day, 8, tzinfo=rome).timestamp())
        closing = int(datetime(day.year, day.month, day.day, 20, tzinfo=rome).timestamp())
        for q, agents in (("numeroverde", ("PJSIP/1000", "PJSIP/1001")), ("centralino", ("PJSIP/2000",))):
            for a in agents:
                write(f"{opening - 300}|NONE|{q}|{a}|ADDMEMBER|\n")
                lines += 1
        span = closing - opening
        buf = []
        for i in range(calls_per_day):
            seq += 1
            t = opening + (i * span) // calls_per_day
            q = "numeroverde" if i % 5 < 3 else "centralino"
            agent = ("PJSIP/1000" if i % 2 else "PJSIP/1001") if q == "numeroverde" else "PJSIP/2000"
            cid = f"{t}.{seq}"
            buf.append(f"{t}|{cid}|{q}|NONE|DID|800123456\n{t}|{cid}|{q}|NONE|ENTERQUEUE||3{rng.randrange(10**9):09d}|1\n")
            r = rng.random()
            if r < 0.25:
                w = rng.randrange(1, 120)
                buf.append(f"{t + w}|{cid}|{q}|NONE|ABANDON|1|1|{w}\n")
                lines += 3
            else:
                w = rng.randrange(0, 90)
                talk = rng.randrange(20, 400)
                if r < 0.27:
                    buf.append(f"{t + w}|{cid}|{q}|{agent}|RINGNOANSWER|15000\n")
                    lines += 1
                buf.append(f"{t + w}|{cid}|{q}|{agent}|CONNECT|{w}|{cid}9|3\n")
                if q == "centralino" and r > 0.9:
                    buf.append(f"{t + w + talk}|{cid}|{q}|{agent}|BLINDTRANSFER|{rng.randrange(1000, 9999)}|regione-interni|{w}|{talk}|1\n")
                else:
                    ev = "COMPLETECALLER" if r < 0.6 else "COMPLETEAGENT"
                    buf.append(f"{t + w + talk}|{cid}|{q}|{agent}|{ev}|{w}|{talk}|1\n")
                lines += 4
            if len(buf) > 5000:
                write("".join(buf))
                buf.clear()
        write("".join(buf))
        for q, agents in (("numeroverde", ("PJSIP/1000", "PJSIP/1001")), ("centralino", ("PJSIP/2000",))):
            for a in agents:
                write(f"{closing + 1800}|NONE|{q}|{a}|REMOVEMEMBER|\n")
                lines += 1
        day += timedelta(days=1)
print(f"{out}: {lines} lines, {seq} calls, {year}-{month:02d}")

#!/usr/bin/env python3
"""Prints a case's state and clocks from `plaint show REF --format json` on
stdin, one line each, for the procedure scenario tests (tests/cli/procedure-*.t):

    C-2024-0001 complaint acknowledged, 3 events
    response: running from 2024-01-17 due 2024-02-21 warn 2024-02-14 [24 left]

A clock that has not started is left out; "was" is the due date before an
extension; [N left], [N late] and [at risk] are the working days the clock
reports. Checks that apply (the 12-month limit) follow the clocks.
"""
import json
import sys

doc = json.load(sys.stdin)
head = f"{doc['reference']} {doc['kind']} {doc['state']}"
if not doc["open"]:
    head += f" (closed {doc['closed_on']})"
print(f"{head}, {len(doc['events'])} events")
for c in doc["clocks"]:
    if c["status"] == "not-started" and not c["stopped_on"]:
        continue
    words = [c["clock"] + ":", c["status"]]
    if c["waiting_for"]:
        words += ["for", " and ".join(c["waiting_for"])]
    for key, label in (("start", "from"), ("window_opens", "window"), ("due", "due"), ("original_due", "was"),
                       ("warning", "warn"), ("stopped_on", "stopped")):
        if c[key] and not (key == "original_due" and c[key] == c["due"]):
            words += [label, c[key]]
    if c["status"] in ("running", "paused"):
        words.append(f"[{c['working_days_left']} left]")
    if c["working_days_late"]:
        words.append(f"[{c['working_days_late']} late]")
    if c["at_risk"]:
        words.append("[at risk]")
    print(" ".join(words))
for k in doc["checks"]:
    if k["applies"]:
        print(f"check {k['check']}: limit {k['limit']}, {'decided' if k['decided'] else 'needs a decision'}")

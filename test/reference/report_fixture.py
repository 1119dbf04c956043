"""Makes test/reference/report-fixture.json: a fixed wave of 28 circles for the report tests.

Run once: `python3 test/reference/report_fixture.py`. The JSON is committed; the integration test
creates exactly these circles and answers through the procedures, and report_expected.py computes
the figures the report must show from the same JSON, independently of the TypeScript code.
"""
import json
import random
from pathlib import Path

rng = random.Random(20261123)
UNITS = ["A"] * 14 + ["B"] * 10 + ["C"] * 4
FAMILY = {"A": 10, "B": 6, "C": 4}   # circles with a family member, per unit
STAFF = {"A": 8, "B": 4, "C": 4}     # circles with a staff member, per unit
WARDS = ["surgical", "medical", "maternity"]


def clamp(v, lo, hi):
    return max(lo, min(hi, v))


circles = []
seen = {"A": 0, "B": 0, "C": 0}
for i, unit in enumerate(UNITS):
    index = seen[unit]
    seen[unit] += 1
    truth = rng.choice([2, 3, 3, 4, 4, 4, 5, 5])  # how the stay really went on respect
    patient = {
        "respect": truth,
        "recommend": clamp(truth * 2 + rng.choice([-2, -1, 0, 0, 1]), 0, 10),
        "clean": rng.choice([0, 1, 1, 1]),
        "ward": rng.choice(WARDS),
    }
    if i % 7 != 3:
        patient["comment"] = f"Patient comment {i + 1}: " + rng.choice(["kind nurses", "long wait", "clean ward", "noisy nights"])
    circle = {
        "ref": f"RPT-{i + 1:03d}",
        "unit": unit,
        "experienceDate": f"2026-{10 if i % 2 == 0 else 11}-{(i % 27) + 1:02d}",
        "answeredBy": "self" if i % 5 else ("helped" if i % 10 else "proxy"),
        "patient": patient,
        "family": None,
        "staff": None,
    }
    if index < FAMILY[unit]:
        family = {
            "respect": clamp(truth + rng.choice([-1, -1, 0, 0, 1]), 1, 5),  # family a little lower
            "recommend": clamp(patient["recommend"] + rng.choice([-2, -1, 0, 1]), 0, 10),
        }
        if index % 5 != 4:
            family["comment"] = f"Family comment {i + 1}: " + rng.choice(["parking", "visiting hours", "updates", "food"])
        circle["family"] = family
    if index < STAFF[unit]:
        circle["staff"] = {
            "respect": clamp(truth + rng.choice([0, 1, 1, 2]), 1, 5),  # staff above the patient: a blind spot
            "clean": rng.choice([1, 1, 1, 0]),
        }
    circles.append(circle)

Path(__file__).with_name("report-fixture.json").write_text(json.dumps({"k": 5, "circles": circles}, indent=1) + "\n")
print(f"{len(circles)} circles")

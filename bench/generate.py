#!/usr/bin/env python3
"""Generates N consistent IIJ-sized datasets from samples/iij-2q03 for benchmarks and batch tests.

Each dataset is the sample with every money fact (JPY_thousands, JPY_millions) multiplied by the same whole number k,
so every relation (a total is the sum of its components) and every tie between statements still holds exactly; counts,
shares and Gbps stay as they are. Its company id is made unique (iij0001, ...), so every job has its own job name
(iij0001-2q03), and the quarter's prose files (prose.en.md, prose.ja.md), which the IIJ pack requires, are copied beside
it. The sample's pins (printed figures fixed to match the 2Q03 release) and its published figures are left out: they
are that release's, not the scaled one's.

usage: bench/generate.py N OUT_DIR [--broken I] [--malformed I]
  --broken I     dataset I gets a component moved by one yen: a relation that does not hold (tie-out failed, exit 2)
  --malformed I  dataset I gets a text where a figure belongs: bad input, reported at its line and JSON path (exit 1)
"""
import argparse
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "samples", "iij-2q03")
MONEY = {"JPY_thousands", "JPY_millions"}


def scaled(sample, index):
    data = json.loads(json.dumps(sample))
    k = 1 + index % 17
    data.pop("$schema", None)
    data["company"]["id"] = f"iij{index:04d}"
    data["pins"] = []
    for fact in data["facts"].values():
        if fact["unit"] in MONEY:
            fact["values"] = {p: (None if v is None else v * k) for p, v in fact["values"].items()}
    return data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--broken", type=int, action="append", default=[])
    parser.add_argument("--malformed", type=int, action="append", default=[])
    args = parser.parse_args()
    with open(os.path.join(SAMPLE, "dataset.json"), encoding="utf-8") as f:
        sample = json.load(f)
    prose = [p for p in sorted(os.listdir(SAMPLE)) if p.startswith("prose.") and p.endswith(".md")]
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        folder = os.path.join(args.out, f"d{i:04d}")
        os.makedirs(folder, exist_ok=True)
        data = scaled(sample, i)
        if i in args.broken:
            # One component moved by a yen: its statement's total no longer adds up (a located RG4xxx error, exit 2).
            data["facts"]["so.dedicated_access"]["values"]["2Q03"] += 1
        if i in args.malformed:
            data["facts"]["so.dedicated_access"]["values"]["2Q03"] = "3,236,405"
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        with open(os.path.join(folder, "dataset.json"), "w", encoding="utf-8") as f:
            f.write(text)
        for p in prose:
            shutil.copyfile(os.path.join(SAMPLE, p), os.path.join(folder, p))
    print(f"{args.count} datasets in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

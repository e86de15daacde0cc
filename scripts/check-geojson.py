#!/usr/bin/env python3
"""Checks `parkplan solve --format geojson` with GDAL (through PyPI's pyogrio, whose wheel
ships GDAL): every seed plan's map must read as one layer of Points, one per selected
site with coordinates, at the plan's coordinates, and agree with `--format json` on
which sites open in which phase, their spend and their plants (with builders, each plant's
builder, and each site's `builders`, the ids of those that build there, as GDAL reads them).

    pip install pyogrio
    python3 scripts/check-geojson.py .build/debug/parkplan [PLAN ...]

Plans default to seeds/*.yaml. Exits 0 when every plan passes, 1 otherwise.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

import pyogrio



def as_list(value):
    """A list property as GDAL reads it: JSON text, or a string list (an array) when GDAL
    recognizes the field's type as one."""
    if value is None:
        return None
    if isinstance(value, (str, bytes)):
        return json.loads(value)
    return [str(x) for x in value]

def solve(parkplan, plan, fmt):
    run = subprocess.run([parkplan, "solve", plan, "--format", fmt], capture_output=True, text=True)
    if run.returncode not in (0, 1, 3):
        raise SystemExit(f"{plan}: parkplan solve --format {fmt} exited {run.returncode}: {run.stderr}")
    return json.loads(run.stdout)


def check(parkplan, plan):
    problems = []
    geo = solve(parkplan, plan, "geojson")
    result = solve(parkplan, plan, "json")
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "map.geojson")
        with open(path, "w") as f:
            json.dump(geo, f)
        layers = pyogrio.list_layers(path)
        if len(layers) != 1:
            problems.append(f"GDAL reads {len(layers)} layers, not 1")
        info = pyogrio.read_info(path)
        if info["geometry_type"] != "Point":
            problems.append(f"GDAL reads geometry type {info['geometry_type']}, not Point")
        meta, _, geometries, fields = pyogrio.raw.read(path, return_fids=False)
        if info["features"] != len(geo["features"]):
            problems.append(f"GDAL reads {info['features']} features, the file has {len(geo['features'])}")
        names = list(meta["fields"])
        ids = list(fields[names.index("id")])
        read_builders = list(fields[names.index("builders")]) if "builders" in names else None
    opened = {s["id"]: s for s in result.get("sites", [])}
    plants = {}
    for a in result.get("allocations", []):
        plant = {"type": a["type"], "phase": a["phase"], "count": a["count"]}
        if "builder" in a:
            plant["builder"] = a["builder"]
        plants.setdefault(a["site"], []).append(plant)
    if ids != [f["properties"]["id"] for f in geo["features"]]:
        problems.append("GDAL's ids differ from the file's")
    if "builders" in result:
        order = list(result["builders"])
        for i, feature in enumerate(geo["features"]):
            p = feature["properties"]
            want = [b for b in order if any(x.get("builder") == b for x in plants.get(p["id"], []))]
            if p.get("builders") != want:
                problems.append(f"{p['id']}: builders {p.get('builders')} but its plants are built by {want}")
            elif read_builders is None or as_list(read_builders[i]) != want:
                problems.append(f"{p['id']}: GDAL reads builders {read_builders and read_builders[i]}, not {want}")
    for feature in geo["features"]:
        p = feature["properties"]
        lon, lat = feature["geometry"]["coordinates"]
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            problems.append(f"{p['id']}: coordinates {lon}, {lat} out of range")
        site = opened.get(p["id"])
        if (site["opened_in"] if site else None) != p["opened_in"]:
            problems.append(f"{p['id']}: opened_in {p['opened_in']} but the JSON says {site and site['opened_in']}")
        if abs((site["spend"] if site else 0) - p["spend"]) > 1e-6 * max(1, p["spend"]):
            problems.append(f"{p['id']}: spend {p['spend']} differs from the JSON")
        if plants.get(p["id"], []) != p["plants"]:
            problems.append(f"{p['id']}: plants differ from the JSON's allocations")
    with_coordinates = {f["properties"]["id"] for f in geo["features"]}
    for site_id in opened:
        if site_id not in with_coordinates:
            print(f"{plan}: note: opened site {site_id} has no coordinates")
    return problems


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    parkplan, plans = sys.argv[1], sys.argv[2:] or sorted(glob.glob("seeds/*.yaml"))
    failed = 0
    for plan in plans:
        problems = check(parkplan, plan)
        print(f"{plan}: {'ok' if not problems else 'FAILED'}")
        for problem in problems:
            print(f"  - {problem}")
        failed += bool(problems)
    print(f"{len(plans) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

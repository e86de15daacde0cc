#!/usr/bin/env python3
"""Renders `parkplan solve --format html` of every seed plan in headless Chromium, with
the network shut off, and checks what a reader sees: one marker (`[data-site]`) per
selected site with coordinates, `data-opened` on exactly the sites the JSON result opens
(with their phases), no two markers' boxes overlapping, every marker the element at its
own centre (so each can be hovered), a label per marker, the allocation, sites, spend and
totals tables (and expansions when the result builds any), the recoup month when the
result has one, for a plan with `uncertainty` the risk section with the figures
`parkplan risk --format json` prints (the NPV histogram's P10, P50 and P90, the recoup
chart's probability, each phase's chance of staying within budget), a script that ran
without errors, and a screenshot that is not blank.
With builders: each allocation row names its builder as the JSON does, the Builders table
has a row per builder, and the page opened at `#builder=ID` shows only that builder's rows
and fades the markers of the sites where it builds nothing.

The geometry is measured by a probe script added to a copy of the page, which writes
what it finds into the page for `--dump-dom` to print.

    apt-get install chromium
    python3 scripts/check-html.py .build/debug/parkplan [PLAN ...]

Plans default to seeds/*.yaml. Exits 0 when every plan passes, 1 otherwise.
"""
import glob
import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
    "--disable-background-networking", "--disable-sync", "--disable-component-update",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
    "--enable-logging=stderr", "--v=0",
]


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    raise SystemExit("chromium is not installed (apt-get install chromium)")


def browse(page, *flags, folder):
    profile = tempfile.mkdtemp(dir=folder)
    run = subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *flags, "file://" + page],
                         capture_output=True, text=True, timeout=120)
    return run.stdout, run.stderr


PROBE = """<script>
(function () {
  var found = {markers: [], labels: document.querySelectorAll(".labels text").length, tables: []};
  var markers = document.querySelectorAll("[data-site]");
  for (var i = 0; i < markers.length; i++) {
    var marker = markers[i], circle = marker.querySelector("circle");
    circle.scrollIntoView({block: "center"});
    var box = circle.getBoundingClientRect();
    var x = box.left + box.width / 2, y = box.top + box.height / 2;
    var hit = document.elementFromPoint(x, y);
    found.markers.push({id: marker.getAttribute("data-site"), hit: !!hit && marker.contains(hit),
                        left: box.left + window.scrollX, top: box.top + window.scrollY,
                        width: box.width, height: box.height});
  }
  var tables = document.querySelectorAll("table[id]");
  for (var j = 0; j < tables.length; j++) found.tables.push(tables[j].id);
  var out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify(found);
  document.body.appendChild(out);
})();
</script>"""


def probe(page, folder):
    """What the probe script finds on `page`: markers with their boxes and whether each is
    the element at its own centre, the number of labels, and the tables' ids."""
    probed = os.path.join(folder, "probed-" + os.path.basename(page))
    text = open(page, encoding="utf-8").read()
    with open(probed, "w", encoding="utf-8") as out:
        out.write(text.replace("</body>", PROBE + "\n</body>"))
    dom, _ = browse(probed, "--window-size=1000,900", "--dump-dom", folder=folder)
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    return json.loads(html.unescape(found.group(1))) if found else None


def geometry_problems(found, result):
    """Overlapping markers, markers another element covers, missing labels and tables."""
    if found is None:
        return ["the probe script did not run"]
    problems = []
    markers = found["markers"]
    for i, a in enumerate(markers):
        for b in markers[i + 1:]:
            apart = (a["left"] + a["width"] <= b["left"] or b["left"] + b["width"] <= a["left"]
                     or a["top"] + a["height"] <= b["top"] or b["top"] + b["height"] <= a["top"])
            if not apart:
                problems.append(f"markers {a['id']} and {b['id']} overlap")
    covered = [m["id"] for m in markers if not m["hit"]]
    if covered:
        problems.append(f"markers that cannot be hovered at their centre: {covered}")
    if found["labels"] != len(markers):
        problems.append(f"{found['labels']} labels for {len(markers)} markers")
    if result.get("sites") is not None:
        wanted = ["allocation-table", "sites-table", "spend-table", "totals-table"]
        if result.get("expansions"):
            wanted.append("expansions-table")
        missing = [t for t in wanted if t not in found["tables"]]
        if missing:
            problems.append(f"tables missing: {missing}")
    return problems


def distinct_colours(png_path):
    """How many colours a sample of the screenshot's pixels has: 1 for a blank page."""
    data = open(png_path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return 0.0
    pos, idat, width, height, channels = 8, b"", 0, 0, 3
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour, 3)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels + 1
    rows = [raw[i * stride + 1:(i + 1) * stride] for i in range(height)]
    distinct = {bytes(row[i:i + channels]) for row in rows[::7] for i in range(0, len(row), channels * 7)}
    return len(distinct)


def check(parkplan, plan, folder):
    problems = []
    name = os.path.splitext(os.path.basename(plan))[0]
    page = os.path.join(folder, name + ".html")
    run = subprocess.run([parkplan, "solve", plan, "--format", "html", "--output", page], capture_output=True, text=True)
    if run.returncode not in (0, 1, 3) or not os.path.exists(page):
        return [f"parkplan solve --format html exited {run.returncode}: {run.stderr.strip()}"]
    result = json.loads(subprocess.run([parkplan, "solve", plan, "--format", "json"], capture_output=True,
                                       text=True).stdout)
    geo = json.loads(subprocess.run([parkplan, "solve", plan, "--format", "geojson"], capture_output=True,
                                    text=True).stdout)
    dom, log = browse(page, "--dump-dom", folder=folder)
    markers = re.findall(r'<[^>]*\sdata-site="([^"]*)"[^>]*>', dom)
    expected = sorted(f["properties"]["id"] for f in geo["features"])
    if sorted(markers) != expected:
        problems.append(f"markers {sorted(markers)} but sites with coordinates {expected}")
    opened = dict(re.findall(r'data-site="([^"]*)" data-opened="([^"]*)"', dom))
    with_coordinates = set(expected)
    want = {s["id"]: s["opened_in"] for s in result.get("sites", []) if s["id"] in with_coordinates}
    if opened != want:
        problems.append(f"opened markers {opened} but the JSON opens {want}")
    if result.get("allocations") and 'id="allocation-table"' not in dom:
        problems.append("no allocation table")
    problems += geometry_problems(probe(page, folder), result)
    for a in result.get("allocations", []):
        if f'data-row-site="{a["site"]}"' not in dom:
            problems.append(f"no allocation row of {a['site']}")
            break
    problems += check_builders(result, dom, page, folder)
    recoup = result.get("recoup")
    if recoup and recoup.get("month") and f'data-month="{recoup["month"]}"' not in dom:
        problems.append(f"recoup month {recoup['month']} not shown")
    problems += check_risk(parkplan, plan, dom)
    if re.search(r"<img|<script>alert", dom):
        problems.append("markup from the plan became elements")
    if not re.search(r'<body[^>]*data-ready="\d+"', dom):
        problems.append("the page's script did not run")
    shown = re.search(r'<div id="errors"[^>]*>(.*?)</div>', dom, re.S)
    if shown and shown.group(1).strip():
        problems.append(f"script errors: {shown.group(1).strip()}")
    console = [line for line in log.splitlines() if "CONSOLE" in line and ("Uncaught" in line or "rror" in line)]
    if console:
        problems.append(f"console errors: {console[:3]}")
    shot = os.path.join(folder, name + ".png")
    browse(page, f"--screenshot={shot}", "--window-size=1000,900", folder=folder)
    colours = distinct_colours(shot) if os.path.exists(shot) else 0
    if colours < 8:
        problems.append(f"the screenshot is blank ({colours} colours)")
    return problems


def check_risk(parkplan, plan, dom):
    """The risk section against `parkplan risk PLAN --format json`, for a plan with uncertainty."""
    run = subprocess.run([parkplan, "risk", plan, "--format", "json"], capture_output=True, text=True)
    if run.returncode != 0:
        return ["a risk section shown for a plan risk refuses"] if 'id="risk"' in dom else []
    risk = json.loads(run.stdout)
    problems = []
    if 'id="risk"' not in dom:
        return ["no risk section for a plan with uncertainty"]

    def attribute(element, name):
        found = re.search(r'<[^>]*id="%s"[^>]*\s%s="([^"]*)"' % (element, name), dom)
        return found.group(1) if found else None

    for key in ("p10", "p50", "p90"):
        shown = attribute("npv-histogram", "data-" + key)
        if "npv" in risk and (shown is None or abs(float(shown) - risk["npv"][key]) > 1e-6 * abs(risk["npv"][key])):
            problems.append(f"NPV {key} shown as {shown}, risk prints {risk['npv'][key]}")
    if "recoup" in risk:
        shown = attribute("recoup-chart", "data-probability")
        if shown is None or abs(float(shown) - risk["recoup"]["probability"]) > 1e-12:
            problems.append(f"recoup probability shown as {shown}, risk prints {risk['recoup']['probability']}")
    for phase, figures in risk["budget"]["phases"].items():
        shown = re.search(r'data-phase="%s" data-within="([^"]*)"' % re.escape(phase), dom)
        if not shown or abs(float(shown.group(1)) - figures["within"]) > 1e-12:
            problems.append(f"phase {phase} within budget shown as {shown and shown.group(1)}, risk prints {figures['within']}")
    if dom.count("<rect class=\"bin") < 2:
        problems.append("the distributions have no bars")
    return problems


def check_builders(result, dom, page, folder):
    """The builder of each allocation row, the Builders table, and the filter at #builder=ID."""
    builders = result.get("builders")
    if not builders:
        return []
    problems = []
    rows = re.findall(r'<tr data-row-site="([^"]*)" data-row-builder="([^"]*)"', dom)
    want = [(a["site"], a["builder"]) for a in result["allocations"]]
    if rows != want:
        problems.append(f"allocation rows by builder {rows[:4]}... but the JSON has {want[:4]}...")
    listed = re.findall(r'<tr data-builder="([^"]*)"', dom)
    if listed != list(builders):
        problems.append(f"the Builders table lists {listed}, the JSON {list(builders)}")
    busy = [b for b, entry in builders.items() if entry["plants"] > 0]
    if not busy:
        return problems
    chosen = busy[-1]
    filtered, _ = browse(page + "#builder=" + chosen, "--dump-dom", folder=folder)
    if not re.search(rf'<body[^>]*data-builder-filter="{re.escape(chosen)}"', filtered):
        problems.append(f"the page at #builder={chosen} did not filter")
    shown = re.findall(r'<tr data-row-site="[^"]*" data-row-builder="([^"]*)"(?! hidden)', filtered)
    if set(shown) != {chosen}:
        problems.append(f"at #builder={chosen} the visible rows are of {sorted(set(shown))}")
    sites = {a["site"] for a in result["allocations"] if a["builder"] == chosen}
    faded = set(re.findall(r'<g class="site opened faded" data-site="([^"]*)"', filtered))
    opened = set(re.findall(r'<g class="site opened(?: faded)?" data-site="([^"]*)"', filtered))
    if faded & sites or (opened - sites) - faded:
        problems.append(f"at #builder={chosen} the faded markers {sorted(faded)} do not match the sites without it")
    return problems


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    parkplan = os.path.abspath(sys.argv[1])
    plans = sys.argv[2:] or sorted(glob.glob("seeds/*.yaml"))
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        for plan in plans:
            problems = check(parkplan, plan, folder)
            print(f"{plan}: {'ok' if not problems else 'FAILED'}")
            for problem in problems:
                print(f"  - {problem}")
            failed += bool(problems)
    print(f"{len(plans) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The HTML report renders in a real browser: a representative report (every
chart kind, an empty chart, text that needs escaping; from the
plaint_report_sample test program) and, once `plaint report` exists, the
trends report of a demonstration register are opened in headless Chromium.
The DOM Chromium parsed must hold every chart as SVG, and a screenshot must
be a 1200x1600 PNG that is not blank. Screenshots are kept beside the test
programs in the build tree; their paths are printed.

    python3 test_report_html.py --plaint BINARY --data DIR [--sample PROGRAM]

Exits 77 (CTest's skip) when Chromium is not installed.
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

WIDTH, HEIGHT = 1200, 1600
SKIP = 77


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(browser, profile, *args):
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               f"--user-data-dir={profile}", *args]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise AssertionError(f"chromium {' '.join(args)} exited {proc.returncode}: {proc.stderr[-2000:]}")
    return proc


def png_pixels(path):
    """(width, height, rows of RGB(A) bytes) of an 8-bit RGB or RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise AssertionError(f"{path} is not a PNG")
    at, idat, header = 8, [], None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[at + 8 + length:at + 12 + length])[0]:
            raise AssertionError(f"{path}: bad CRC in {kind!r} chunk")
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        at += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        raise AssertionError(f"{path}: unexpected PNG layout depth={depth} colour={colour} interlace={interlace}")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, prior = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        unfilter(kind, line, prior, channels)
        rows.append(line)
        prior = line
    return width, height, channels, rows


def unfilter(kind, line, prior, bpp):
    if kind == 0:
        return
    if kind == 2:
        line[:] = bytes((a + b) & 0xFF for a, b in zip(line, prior))
        return
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + ((left + prior[i]) >> 1)) & 0xFF
        elif kind == 4:
            up, corner = prior[i], prior[i - bpp] if i >= bpp else 0
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
            line[i] = (line[i] + predictor) & 0xFF
        else:
            raise AssertionError(f"unknown PNG filter {kind}")


def check_screenshot(path):
    width, height, channels, rows = png_pixels(path)
    if (width, height) != (WIDTH, HEIGHT):
        raise AssertionError(f"{path} is {width}x{height}, not {WIDTH}x{HEIGHT}")
    inked = coloured = 0
    for line in rows[::4]:  # every fourth row is plenty to tell a page from a blank
        for x in range(0, len(line), channels * 4):
            r, g, b = line[x], line[x + 1], line[x + 2]
            if r < 200 or g < 200 or b < 200:
                inked += 1
            if b > r + 60:  # the navy and teal of the charts' first series
                coloured += 1
    if inked < 500:
        raise AssertionError(f"{path} is blank ({inked} dark samples)")
    if coloured < 50:
        raise AssertionError(f"{path} shows no chart colours ({coloured} blue samples)")
    return inked, coloured


def check_static(html, charts):
    problems = []
    if not html.startswith("<!doctype html>"):
        problems.append("does not start with <!doctype html>")
    for forbidden in ("<script", "http://", "https://", "url(", "<link", "<img", "<iframe"):
        if forbidden in html.lower():
            problems.append(f"contains {forbidden}")
    if charts is not None and html.count("<svg ") != charts:
        problems.append(f"has {html.count('<svg ')} <svg> elements, expected {charts}")
    return problems


def check_dom(dom, charts, title):
    problems = []
    svgs = re.findall(r"<svg\b[^>]*>", dom)
    if charts is not None and len(svgs) != charts:
        problems.append(f"Chromium's DOM has {len(svgs)} <svg> elements, expected {charts}")
    if charts and dom.count("<desc>") < charts:
        problems.append("charts lost their <desc>")
    if "<title>" + title not in dom:
        problems.append(f"the page title {title!r} is missing")
    if "</html>" not in dom or "<parsererror" in dom:
        problems.append("the DOM did not parse")
    return problems


def open_in_chromium(browser, html, name, keep, charts, title):
    with tempfile.TemporaryDirectory() as profile:
        page = os.path.join(keep, name + ".html")
        shot = os.path.join(keep, name + ".png")
        with open(page, "w", encoding="utf-8") as f:
            f.write(html)
        problems = check_static(html, charts)
        dom = chromium(browser, profile, "--dump-dom", "file://" + page).stdout
        problems += check_dom(dom, charts, title)
        if os.path.exists(shot):
            os.remove(shot)
        chromium(browser, profile, f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}", "file://" + page)
        if not os.path.exists(shot):
            problems.append("no screenshot was written")
        else:
            try:
                inked, coloured = check_screenshot(shot)
                print(f"{name}: screenshot {shot} ({inked} dark, {coloured} blue samples)")
            except AssertionError as e:
                problems.append(str(e))
        return problems


def report_command_exists(plaint, env):
    try:
        proc = subprocess.run([plaint, "report", "--help"], env=env, capture_output=True, text=True, timeout=60)
    except OSError:
        return False
    return proc.returncode == 0


def run(plaint, env, *args):
    proc = subprocess.run([plaint, *args], env=env, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        raise AssertionError(f"plaint {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
    return proc.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    parser.add_argument("--sample", default=os.environ.get("PLAINT_REPORT_SAMPLE"))
    args = parser.parse_args()
    sample = args.sample or os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(args.plaint))), "tests",
                                         "plaint_report_sample")
    browser = find_chromium()
    if not browser:
        print("skipped: chromium is not installed (scripts/debian-packages.txt)")
        return SKIP
    keep = os.path.join(os.path.dirname(os.path.abspath(sample)), "report-html")
    os.makedirs(keep, exist_ok=True)

    failures = []
    html = subprocess.run([sample, "html"], capture_output=True, text=True, timeout=60, check=True).stdout
    failures += [f"sample: {p}" for p in open_in_chromium(browser, html, "sample", keep, 5,
                                                         "Complaints report, 2025/26 &lt;sample&gt;")]
    if "No data for this period" not in html:
        failures.append("sample: the empty chart does not say so")

    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=os.path.join(work, ".config"),
                   PLAINT_REGISTER=os.path.join(work, "demo.plaint"), PLAINT_TODAY="2026-11-20",
                   PLAINT_SYSTEM_CONFIG=os.path.join(work, "none.toml"))
        if report_command_exists(args.plaint, env):
            try:
                run(args.plaint, env, "demo", "--cases", "300", "--years", "1", "--seed", "5")
                html = run(args.plaint, env, "report", "trends", "--period", "2025-12-01..2026-11-20",
                           "--format", "html")
                title = re.search(r"<title>(.*?)</title>", html)
                failures += [f"trends: {p}" for p in open_in_chromium(
                    browser, html, "trends", keep, None, title.group(1) if title else "")]
                if "<svg " not in html:
                    failures.append("trends: the report has no chart")
            except AssertionError as e:
                failures.append(f"trends: {e}")
        else:
            print("plaint report is not there yet: only the sample was checked")

    for failure in failures:
        print("FAILED:", failure)
    print("passed" if not failures else f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Writes bench/results/load.md from one run of bench/load/run.sh: requests.csv (every request the simulation made),
faults.csv (the fault windows), lost-edits.txt and index-catch-up-ms."""
import csv
import datetime
import os
import platform
import sys

work, journalists, writers, duration = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
GRACE_MS = 15_000  # after a fault ends: a health check's fall/rise, a pool's reconnect

samples = list(csv.DictReader(open(os.path.join(work, "gatling", "requests.csv"))))
faults = list(csv.DictReader(open(os.path.join(work, "faults.csv"))))
for s in samples:
    s["start"], s["millis"], s["ok"] = int(s["start_ms"]), int(s["millis"]), s["ok"] == "true"
for f in faults:
    f["start"], f["end"] = int(f["start_ms"]), int(f["end_ms"])
t0 = min(s["start"] for s in samples)


def overlaps(s, f):
    # a request in flight when the fault began counts as well as one made during it
    return s["start"] <= f["end"] + GRACE_MS and s["start"] + s["millis"] >= f["start"]


def in_window(s):
    return next((f["fault"] for f in faults if overlaps(s, f)), None)


def pct(values, p):
    if not values:
        return 0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


names = ["search", "press kit", "create", "save", "submit", "request-changes"]
rows = []
for name in names:
    of = [s for s in samples if s["name"] == name]
    ok = [s["millis"] for s in of if s["ok"]]
    inside = [s for s in of if not s["ok"] and in_window(s)]
    outside = [s for s in of if not s["ok"] and not in_window(s)]
    rows.append((name, len(of), pct(ok, 50), pct(ok, 99), len(inside), len(outside)))

lost = open(os.path.join(work, "gatling", "lost-edits.txt")).read().split("\n")
checked = int(lost[0].split()[1])
lost_count = int(lost[1].split()[1])
catch_up = open(os.path.join(work, "index-catch-up-ms")).read().strip() if os.path.exists(
    os.path.join(work, "index-catch-up-ms")) else "?"

out = []
out.append("# Load and faults: two instances behind HAProxy\n")
out.append(f"Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%dT%H:%MZ} · machine: {os.cpu_count()} cores, "
           f"{platform.machine()} · load average at the end: {os.getloadavg()[0]:.2f}\n")
out.append(f"Gatling 3.15 (Java DSL, `bench/load`), {journalists} journalists (search, then a press kit for one hit in "
           f"three; 0.5–2.5 s think time) and {writers} writers and editors (create, save ×2, submit, the other "
           f"editor requests changes, save, submit; 1–3 s between saves) for {duration} s against HAProxy "
           "(round robin, health check every second, `retries 3`, `option redispatch`) in front of two instances "
           "of the distribution (`./cerita build`, `-Xmx1g`, profiles postgres + demo) on one PostgreSQL 15 "
           "database and one Elasticsearch 9 node, all on this machine. Everyone uses an API token. "
           "Everything shares the same 2 cores, so the latencies are those of a machine at full load.\n")
out.append("| action | requests | p50 ms | p99 ms | errors in fault windows | errors outside |")
out.append("|---|---:|---:|---:|---:|---:|")
for r in rows:
    out.append(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | **{r[5]}** |")
out.append("")
total_outside = sum(r[5] for r in rows)
out.append(f"Errors outside the fault windows: **{total_outside}** (goal 0). Lost edits: **{lost_count}** of "
           f"{checked} stories whose last acknowledged save was read back (goal 0). A fault window holds the requests "
           f"in flight or made from the fault's start to {GRACE_MS // 1000} s after its end.\n")
out.append("| fault | at s | lasted s | failed requests in its window | recovery |")
out.append("|---|---:|---:|---:|---|")
for f in faults:
    window = [s for s in samples if overlaps(s, f)]
    failed = [s for s in window if not s["ok"]]
    kinds = sorted({s["name"] for s in failed})
    after = [s for s in samples if s["start"] >= f["end"]]
    if f["fault"].startswith("Elasticsearch"):
        first = next((s for s in sorted(after, key=lambda s: s["start"]) if s["name"] == "search" and s["ok"]), None)
        what = "first search answered"
        extra = f"; index caught up {int(catch_up) / 1000:.1f} s after the node was back" if catch_up != "?" else ""
    else:
        last_failed = max((s["start"] for s in failed), default=f["end"])
        first = next((s for s in sorted(after, key=lambda s: s["start"]) if s["ok"] and s["start"] >= last_failed),
                     None)
        what = "last failed request to the next success"
        extra = ""
    recovery = f"{what}: {max(0, first['start'] - f['end']) / 1000:.1f} s after the fault ended{extra}" if first \
        else "no success after it"
    detail = ", ".join(f"{k} {sum(1 for s in failed if s['name'] == k)}" for k in kinds) or "none"
    out.append(f"| {f['fault']} | {(f['start'] - t0) / 1000:.0f} | {(f['end'] - f['start']) / 1000:.1f} | "
               f"{len(failed)} ({detail}) | {recovery} |")
out.append("")
statuses = {}
for s in samples:
    if not s["ok"]:
        statuses[(s["name"], s["status"])] = statuses.get((s["name"], s["status"]), 0) + 1
if statuses:
    out.append("Failed requests by answer: " + ", ".join(
        f"{n} → {st if st != 'none' else 'no answer'}: {c}" for (n, st), c in sorted(statuses.items())) + ".\n")
out.append("Run with `bench/load/run.sh` (as root: it restarts PostgreSQL with `pg_ctlcluster` and installs HAProxy "
           "from Debian if missing).")
print("\n".join(out))

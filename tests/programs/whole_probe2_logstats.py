"""Regex-based access-log analyser with Counter, defaultdict and json output."""
import json
import re
from collections import Counter, defaultdict

LINE_RE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)'
)
TS_RE = re.compile(r"(\d{2})/(\w{3})/(\d{4}):(\d{2}):(\d{2}):(\d{2})")

PATHS = ["/", "/index.html", "/api/users", "/api/users/42", "/api/orders", "/static/app.js",
         "/static/style.css", "/login", "/logout", "/admin"]
METHODS = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
STATUSES = [200, 200, 200, 200, 301, 304, 404, 500, 403]


def synth_log(n):
    lines = []
    seed = 17
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        ip = f"10.{seed % 7}.{(seed >> 8) % 5}.{(seed >> 16) % 250 + 1}"
        user = "-" if seed % 3 else f"user{seed % 11}"
        hour = (i * 24) // n
        minute = (seed >> 4) % 60
        ts = f"12/Mar/2024:{hour:02d}:{minute:02d}:{seed % 60:02d} +0000"
        method = METHODS[(seed >> 3) % len(METHODS)]
        path = PATHS[(seed >> 5) % len(PATHS)]
        if (seed >> 7) % 4 == 0:
            path += f"?page={(seed >> 9) % 9}"
        status = STATUSES[(seed >> 11) % len(STATUSES)]
        size = "-" if status in (301, 304) else str((seed >> 13) % 50000)
        lines.append(f'{ip} - {user} [{ts}] "{method} {path} HTTP/1.1" {status} {size}')
        if i % 97 == 0:
            lines.append("garbage line without structure")
    return lines


def analyse(lines):
    by_status = Counter()
    by_path = Counter()
    bytes_by_ip = defaultdict(int)
    hourly = {}
    users = set()
    bad = 0
    for line in lines:
        m = LINE_RE.match(line)
        if not m:
            bad += 1
            continue
        d = m.groupdict()
        status = int(d["status"])
        by_status[status] += 1
        path = d["path"].split("?", 1)[0]
        by_path[(d["method"], path)] += 1
        if d["size"] != "-":
            bytes_by_ip[d["ip"]] += int(d["size"])
        if d["user"] != "-":
            users.add(d["user"])
        hour = int(TS_RE.search(d["ts"]).group(4))
        slot = hourly.setdefault(hour // 6, [0, 0])
        slot[0] += 1
        if status >= 400:
            slot[1] += 1
    return {
        "bad_lines": bad,
        "status": {str(k): v for k, v in sorted(by_status.items())},
        "top_paths": [f"{m} {p} ({c})" for (m, p), c in by_path.most_common(5)],
        "top_ips": sorted(bytes_by_ip.items(), key=lambda kv: (-kv[1], kv[0]))[:3],
        "users": sorted(users, key=lambda u: int(u[4:])),
        "quarters": {f"{q * 6:02d}-{q * 6 + 5:02d}": {"hits": h, "errors": e, "error_rate": round(e / h, 3)}
                     for q, (h, e) in sorted(hourly.items())},
    }


def main():
    lines = synth_log(3000)
    print(len(lines), "lines")
    print(lines[0])
    report = analyse(lines)
    print(json.dumps(report, indent=2))
    print(json.dumps(report["status"], sort_keys=True, separators=(",", ":")))
    errors = [l for l in lines if re.search(r'" (4|5)\d\d ', l)]
    print(len(errors), "error lines;", re.sub(r"\d+\.\d+\.\d+\.\d+", "<ip>", errors[0]))
    counts = Counter(re.findall(r"/api/(\w+)", "\n".join(lines)))
    print(sorted(counts.items()))


if __name__ == "__main__":
    main()

# Log parsing with re: generated syslog-style lines parsed with a compiled
# pattern (match + named groups), key=value pairs with finditer, IPs and
# durations with findall, masking with sub (a function and a template) and
# field splitting with split; prints the aggregates.
import re

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d)T(?P<time>\d\d:\d\d:\d\d)\.\d{3}Z (?P<host>[\w.-]+) (?P<app>[a-z]+)\[(?P<pid>\d+)\]: (?P<level>DEBUG|INFO|WARN|ERROR) (?P<msg>.*)$")
KV = re.compile(r"(\w+)=(\"[^\"]*\"|\S+)")
IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|s)\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
HEX_ID = re.compile(r"\b[0-9a-f]{8,}\b", re.IGNORECASE)
SEP = re.compile(r"\s*[,;|]\s*")

APPS = ["sshd", "nginx", "cron", "postgres", "kernel", "auth"]
LEVELS = ["INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"]
USERS = ["alice", "bob", "carol", "dave", "eve"]


def make_lines(n):
    out = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        app = APPS[x % 6]
        level = LEVELS[(x >> 5) % 6]
        user = USERS[(x >> 9) % 5]
        ip = "%d.%d.%d.%d" % (10 + (x >> 3) % 200, (x >> 7) % 256, (x >> 11) % 256, (x >> 13) % 256)
        ms = (x >> 4) % 5000
        sec = i % 60
        minute = (i // 60) % 60
        hour = (i // 3600) % 24
        kind = (x >> 15) % 4
        if kind == 0:
            msg = 'user=%s src=%s action="login ok" took=%dms' % (user, ip, ms)
        elif kind == 1:
            msg = "request id=%08x path=/api/v%d/items status=%d took=%d.%ds" % (x, x % 3, 200 + (x % 5) * 100, ms // 1000, ms % 10)
        elif kind == 2:
            msg = "mail from %s.%d@example.org to %s@corp.example.com queued; size=%d | retry=%d" % (user, i % 97, USERS[(x >> 2) % 5], ms * 3, x % 4)
        else:
            msg = "peer %s closed connection, session=%X, bytes=%d" % (ip, x, ms * 17)
        out.append("2026-11-%02dT%02d:%02d:%02d.%03dZ host-%d.dc%d %s[%d]: %s %s" % (1 + i % 28, hour, minute, sec, i % 1000, x % 9, x % 3, app, 100 + x % 900, level, msg))
    return out


def mask_email(m):
    name = m.group(0)
    at = name.index("@")
    return name[0] + "***" + name[at:]


def main():
    lines = make_lines(40000)
    by_level = {}
    by_app = {}
    keys = {}
    ips = {}
    total_ms = 0.0
    ids = 0
    masked_len = 0
    fields = 0
    bad = 0
    for line in lines:
        m = LINE.match(line)
        if m is None:
            bad += 1
            continue
        level = m.group("level")
        by_level[level] = by_level.get(level, 0) + 1
        app = m.group("app")
        by_app[app] = by_app.get(app, 0) + 1
        msg = m.group("msg")
        for kv in KV.finditer(msg):
            k = kv.group(1)
            keys[k] = keys.get(k, 0) + 1
        for ip in IP.findall(msg):
            first = ip.split(".")[0]
            ips[first] = ips.get(first, 0) + 1
        for value, unit in DURATION.findall(msg):
            total_ms += float(value) * (1000.0 if unit == "s" else 1.0)
        ids += len(HEX_ID.findall(msg))
        masked = EMAIL.sub(mask_email, msg)
        masked = IP.sub("<ip>", masked)
        masked_len += len(masked)
        fields += len(SEP.split(msg))
    print("bad", bad)
    print("levels", sorted(by_level.items()))
    print("apps", sorted(by_app.items()))
    print("keys", sorted(keys.items()))
    print("ip prefixes", len(ips), sorted(ips.items())[:5])
    print("total ms %.1f" % total_ms)
    print("hex ids", ids)
    print("masked length", masked_len)
    print("fields", fields)


if __name__ == "__main__":
    main()

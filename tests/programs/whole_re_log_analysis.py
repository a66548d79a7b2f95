import random
import re

LINE = re.compile(
    r"^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>[\w-]+) "
    r"\[(?P<day>\d\d)/(?P<month>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<time>\d\d:\d\d:\d\d)\] "
    r'"(?P<method>GET|POST|PUT|DELETE) (?P<path>/[^ "]*) HTTP/1\.[01]" '
    r"(?P<status>\d{3}) (?P<size>\d+|-)$"
)

PATHS = ["/", "/index.html", "/api/users", "/api/users/42", "/api/orders?id=7", "/static/app.js", "/login"]
USERS = ["-", "alice", "bob", "carol-x", "dave_99"]
METHODS = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
MONTHS = ["Jan", "Feb", "Mar"]


def make_lines(n):
    lines = []
    for i in range(n):
        ip = "%d.%d.%d.%d" % (random.randint(1, 255), random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))
        status = random.choice([200, 200, 200, 201, 301, 404, 500])
        size = "-" if status == 301 else str(random.randint(0, 50000))
        line = '%s - %s [%02d/%s/2024:%02d:%02d:%02d] "%s %s HTTP/1.%d" %d %s' % (
            ip, random.choice(USERS), random.randint(1, 28), random.choice(MONTHS), random.randint(0, 23),
            random.randint(0, 59), random.randint(0, 59), random.choice(METHODS), random.choice(PATHS),
            random.randint(0, 1), status, size)
        if i % 97 == 13:
            line = line.replace("HTTP", "HTTQ")  # a malformed line
        lines.append(line)
    return lines


def analyse(lines):
    by_status = {}
    by_method = {}
    by_hour = {}
    bytes_by_user = {}
    api_ids = []
    bad = 0
    for line in lines:
        m = LINE.match(line)
        if m is None:
            bad += 1
            continue
        d = m.groupdict()
        by_status[d["status"]] = by_status.get(d["status"], 0) + 1
        by_method[m.group("method")] = by_method.get(m.group("method"), 0) + 1
        hour = m.group("time")[:2]
        by_hour[hour] = by_hour.get(hour, 0) + 1
        if m.group("size") != "-":
            bytes_by_user[m["user"]] = bytes_by_user.get(m["user"], 0) + int(m["size"])
        idm = re.search(r"/(\d+)$|id=(\d+)", m.group("path"))
        if idm:
            api_ids.append(int(idm.group(1) or idm.group(2)))
    return by_status, by_method, by_hour, bytes_by_user, api_ids, bad


def main():
    random.seed(2024)
    lines = make_lines(600)
    print(lines[0])
    print(LINE.match(lines[0]).groupdict())
    by_status, by_method, by_hour, bytes_by_user, api_ids, bad = analyse(lines)
    print("malformed:", bad)
    for status in sorted(by_status):
        print("status", status, by_status[status])
    for method in sorted(by_method, key=lambda k: (-by_method[k], k)):
        print("method", method, by_method[method])
    busiest = sorted(by_hour.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("busiest hours:", busiest)
    for user in sorted(bytes_by_user):
        print("bytes", user, bytes_by_user[user])
    print("api ids:", len(api_ids), sum(api_ids))
    # The same counts with findall over the whole log at once.
    log = "\n".join(lines)
    statuses = re.findall(r'" (\d{3}) ', log)
    print(len(statuses), statuses.count("404"), statuses.count("500"))
    errors = [m.group(1) for m in re.finditer(r"(?m)^(\S+) .* 5\d\d \S+$", log)]
    print("5xx from", len(errors), "clients, first", errors[:3])
    masked = re.sub(r"\b(\d{1,3})\.\d{1,3}\.\d{1,3}\.(\d{1,3})\b", r"\1.x.x.\2", lines[1])
    print(masked)
    print(re.split(r"\s+(?=\[)|\]\s+", lines[2]))


if __name__ == "__main__":
    main()

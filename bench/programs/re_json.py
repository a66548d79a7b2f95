# re- and json-heavy work: parse generated log lines with a named-group
# pattern, aggregate, dump the report as JSON and load it back.
import json
import re

LINE = re.compile(r"(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<day>\d+)/(?P<mon>\w+)/\d+\] \"(?P<method>GET|POST) (?P<path>/\S*) HTTP/1\.1\" (?P<status>\d{3}) (?P<size>\d+)")


def lines(n):
    methods = ["GET", "GET", "GET", "POST"]
    paths = ["/", "/index.html", "/api/items", "/api/items/42", "/static/app.js", "/login"]
    statuses = ["200", "200", "200", "304", "404", "500"]
    out = []
    for i in range(n):
        ip = "10.0.%d.%d" % (i % 7, (i * 13) % 256)
        out.append('%s - - [%d/Nov/2026] "%s %s HTTP/1.1" %s %d' % (ip, 1 + i % 28, methods[i % 4], paths[(i * 7) % 6], statuses[(i * 5) % 6], (i * 37) % 5000))
    return out


def main():
    by_path = {}
    by_status = {}
    bytes_by_ip = {}
    for line in lines(60000):
        m = LINE.match(line)
        if not m:
            continue
        path = m.group("path")
        by_path[path] = by_path.get(path, 0) + 1
        status = m.group("status")
        by_status[status] = by_status.get(status, 0) + 1
        ip = m.group("ip")
        bytes_by_ip[ip] = bytes_by_ip.get(ip, 0) + int(m.group("size"))
    words = re.findall(r"[a-z]+", " ".join(lines(3000)))
    report = {"paths": by_path, "statuses": by_status, "top_ips": sorted(bytes_by_ip.items(), key=lambda kv: -kv[1])[:5], "words": len(words)}
    text = json.dumps(report, indent=2, sort_keys=True)
    back = json.loads(text)
    print(len(text), back["statuses"], back["top_ips"][0], back["words"])
    docs = [json.dumps({"id": i, "tags": ["a", "b", str(i)], "score": i / 7}) for i in range(20000)]
    total = 0.0
    for d in docs:
        total += json.loads(d)["score"]
    print(round(total, 3), re.sub(r"\d", "#", docs[123]))


if __name__ == "__main__":
    main()

# Empty lists and dicts that only code seeing them as values of unknown type fills (a thread's
# target gets its args as a tuple; a callback from a table): reading them back later must see
# what was put in them.
import threading


def fill_list(out, n):
    for i in range(n):
        out.append("item%d" % i)


def fill_dict(table, key):
    table[key] = len(key)


def run_threads():
    outputs = []
    tables = []
    threads = []
    for n in range(3):
        out = []
        table = {}
        outputs.append(out)
        tables.append(table)
        t = threading.Thread(target=fill_list, args=(out, n + 1))
        t.start()
        threads.append(t)
        fill_via = threading.Thread(target=fill_dict, args=(table, "k" * (n + 1)))
        fill_via.start()
        threads.append(fill_via)
    for t in threads:
        t.join()
    for n, out in enumerate(outputs):
        print(n, len(out), out[-1], out[0].upper())
    for table in tables:
        for k, v in table.items():
            print(k, v + 1)


def run_callbacks():
    handlers = {"list": fill_list, "other": lambda xs, n: xs.extend([n] * n)}
    results = []
    for name in ["list", "other"]:
        box = []
        handlers[name](box, 2)
        results.append(box)
    for box in results:
        print(len(box), box[-1], box)


def main():
    run_threads()
    run_callbacks()


main()

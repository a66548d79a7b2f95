# pickle.Pickler / pickle.Unpickler (and the pure-Python names _Pickler / _Unpickler) over files:
# one dump() per pickle, a memo that lasts across dumps until clear_memo(), loads one at a time.
import io
import pickle


class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

    def __repr__(self):
        return "Item(%r, %r)" % (self.name, self.qty)


def main():
    for cls_p, cls_u in ((pickle.Pickler, pickle.Unpickler), (pickle._Pickler, pickle._Unpickler)):
        for proto in (0, 2, 4, 5):
            f = io.BytesIO()
            shared = [Item("bolt", 3), "ab"]
            p = cls_p(f, proto)
            p.dump(shared)
            sizes = [f.tell()]
            p.dump({"again": shared, "n": 1})
            sizes.append(f.tell())
            p.clear_memo()
            p.dump(shared)
            sizes.append(f.tell())
            p.dump((1.5, None, True, b"raw", 2 ** 70))
            print(proto, sizes, f.getvalue()[sizes[0]:sizes[1]])
            f.seek(0)
            u = cls_u(f)
            a = u.load()
            b = u.load()
            c = u.load()
            d = u.load()
            print(a, b, c, d, b["again"] is a, c is a, f.tell() == len(f.getvalue()))
            try:
                u.load()
            except EOFError as e:
                print("EOFError", e)
    f = io.BytesIO()
    pickle.Pickler(f).dump("default protocol")
    print(f.getvalue()[:2], pickle.loads(f.getvalue()))


if __name__ == "__main__":
    main()

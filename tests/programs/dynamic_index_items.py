# Items of a list or tuple read with an index of unknown type keep their attributes.
class Car:
    def __init__(self, cid):
        self.cid = cid
        self.trips = 0

    def __repr__(self):
        return f"Car{self.cid}"


def main():
    cars = [Car(0), Car(1), Car(2)]
    events = [{"car": 1, "note": "go"}, {"car": 2, "note": "stop"}, {"car": 1, "note": "go"}]
    for ev in events:
        car = cars[ev["car"]]
        car.trips += 1
        print(ev["note"], car, car.cid, car.trips)
    pair = (Car(7), Car(8))
    keys = {"first": 0, "second": 1, "label": "x"}
    print(pair[keys["second"]].cid, pair[keys["first"]])
    picked = cars[keys["first"]:keys["second"] + 1]
    print(picked, len(picked))


if __name__ == "__main__":
    main()

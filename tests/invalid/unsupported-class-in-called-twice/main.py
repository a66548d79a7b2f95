def make(n):
    class Box:
        def get(self):
            return n
    return Box


def main():
    boxes = []
    for i in range(2):
        boxes.append(make(i))
    print(boxes[0] is boxes[1], boxes[0]().get(), boxes[1]().get())

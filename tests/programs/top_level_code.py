# Top-level statements run before main() is called by the guard.

print("top-level start")
COUNT = 3
for i in range(COUNT):
    print("top-level loop", i)
MESSAGE = "built at import: " + str(COUNT * 7)


def main():
    print("main sees", MESSAGE)
    print("main sees i =", i)


print("top-level end")

if __name__ == "__main__":
    main()

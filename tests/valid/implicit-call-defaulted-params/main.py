def main(greeting="hello", times=2):
    for i in range(times):
        print(greeting, i)

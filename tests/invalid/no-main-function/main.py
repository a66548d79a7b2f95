def run():
    print("no function called main here")


run()

print("top-level code runs first")


def main():
    print("then main() is called implicitly")

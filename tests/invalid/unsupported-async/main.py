# async functions are not compiled yet.


async def fetch():
    return 1


def main():
    print("async is not supported yet")


if __name__ == "__main__":
    main()

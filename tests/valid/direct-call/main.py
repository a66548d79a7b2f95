def main():
    print("called directly at top level")


main()

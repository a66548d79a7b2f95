# Replacing a module's function (`re.compile = wrapper`, as pyperformance's
# regex_compile does to record patterns) is not supported: calls of module
# functions are bound when the program is compiled.
import re


def main():
    patterns = []
    real_compile = re.compile

    def recording_compile(pattern, flags=0):
        patterns.append(pattern)
        return real_compile(pattern, flags)

    re.compile = recording_compile
    re.compile("a+")
    re.compile = real_compile
    print(patterns)


if __name__ == "__main__":
    main()

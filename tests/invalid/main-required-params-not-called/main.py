# main takes a required parameter but nothing calls it, so the implicit
# call main() would fail.
def main(name, times=2):
    for i in range(times):
        print("hello", name)

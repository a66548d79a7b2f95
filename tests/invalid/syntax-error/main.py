# The call on line 4 never closes its parenthesis.

def main():
    print((1 + 2)

# IOError and EnvironmentError: Python 3's other names of OSError, as
# Python 2-era programs still write them.
import os


def read_first_line(path):
    try:
        with open(path) as f:
            return f.readline().strip()
    except (IOError, OSError) as e:
        return 'failed: %s (errno %d)' % (type(e).__name__, e.errno)


def check(flag):
    if flag:
        raise IOError('disk on fire')
    raise EnvironmentError(13, 'no access', '/secret')


def main():
    print(IOError is OSError, EnvironmentError is OSError, IOError)
    print(IOError.__name__, EnvironmentError.__name__, issubclass(FileNotFoundError, IOError))
    print(read_first_line('/nonexistent/dir/file.txt'))
    for flag in (True, False):
        try:
            check(flag)
        except EnvironmentError as e:
            print(type(e).__name__, e.args, e.errno, e.strerror, e.filename,
                  isinstance(e, IOError), isinstance(e, PermissionError))
    try:
        os.remove('/nonexistent/dir/file.txt')
    except IOError as e:
        print('caught', type(e).__name__, e.strerror)
    handlers = {IOError: 'io', ValueError: 'value'}
    print(handlers[OSError], handlers.get(EnvironmentError))


if __name__ == '__main__':
    main()

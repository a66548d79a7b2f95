# __getattr__ reached through getattr(obj, name[, default]) and hasattr(obj, name) with computed names:
# CPython calls it once the normal lookup fails, and an AttributeError from it means "not there".


class Settings:
    def __init__(self, debug, level):
        self.debug = debug
        self.level = level

    def __getattr__(self, name):
        if name.startswith('opt_'):
            return 'default for ' + name[4:]
        raise AttributeError(f"'Settings' object has no attribute '{name}'")

    def describe(self):
        return f'Settings(debug={self.debug}, level={self.level})'


class Record:
    def __init__(self, **fields):
        self.fields = fields

    def __getattr__(self, name):
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(name) from None


def main():
    s = Settings(True, 3)
    for name in ['debug', 'level', 'opt_color', 'opt_size', 'missing']:
        print(name, getattr(s, name, '<none>'), hasattr(s, name))
    print(s.opt_width, s.describe())
    describe = getattr(s, 'describe')
    print(describe())
    try:
        getattr(s, 'other')
    except AttributeError as e:
        print('AttributeError:', e)
    r = Record(title='Dune', year=1965)
    for name in ('title', 'year', 'author'):
        print(name, getattr(r, name, None), hasattr(r, name))
    print(r.title, r.year)


if __name__ == '__main__':
    main()

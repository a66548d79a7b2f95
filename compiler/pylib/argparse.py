"""Command-line parsing: the `argparse` standard module (CPython 3.11's).

ArgumentParser with add_argument (flags and positionals; actions store,
store_const, store_true, store_false, append, append_const, extend, count,
help, version; nargs None, '?', '*', '+' and N; type, choices, default,
const, required, dest, metavar, help), add_mutually_exclusive_group,
add_argument_group, add_subparsers/add_parser, set_defaults, get_default,
parse_args, parse_known_args, error, exit, and the help and usage text
(format_help, print_help, format_usage, print_usage) laid out as CPython's
HelpFormatter lays them out for an 80-column terminal. Errors print the
usage and `prog: error: message` to stderr and exit with status 2 (SystemExit).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. Differences from CPython: the parsed Namespace's
attributes are found by name (`args.count`); vars(args) and args.__dict__
are the dict that holds them (a property of Namespace); a `--` is dropped wherever it stands (CPython keeps one inside the
values of an option with nargs='*'); no formatter_class, fromfile_prefix_chars, parents,
argument_default, FileType, intermixed parsing or custom Action classes;
`prog` defaults to the executable's name (sys.argv[0]), as in CPython, so
the compiled program shows its own file name where CPython shows main.py.
"""

import os
import sys
import textwrap

__all__ = ['ArgumentParser', 'Namespace', 'ArgumentError', 'ArgumentTypeError', 'SUPPRESS', 'OPTIONAL', 'ZERO_OR_MORE', 'ONE_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
_WIDTH = 78
_MAX_HELP_POSITION = 24


class ArgumentError(Exception):
    def __init__(self, argument_name, message):
        super().__init__(message)
        self.argument_name = argument_name
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function: its message becomes the argument's error."""


class Namespace:
    """The parsed values: `args.name` reads the one stored under that name."""

    def __init__(self):
        self._values = {}

    @property
    def __dict__(self):
        # vars(args) / args.__dict__: the values by name, the dict itself (as CPython's instance dict)
        return self._values

    def __getattr__(self, name):
        if name in self._values:
            return self._values[name]
        raise AttributeError("'Namespace' object has no attribute '%s'" % name)

    def __contains__(self, key):
        return key in self._values

    def __eq__(self, other):
        return self._values == other._values

    def __repr__(self):
        return 'Namespace(%s)' % ', '.join(['%s=%r' % (k, v) for k, v in self._values.items()])


class _Action:
    def __init__(self, kind, option_strings, dest, nargs, const, default, type, choices, required, help, metavar,
                 version):
        self.kind = kind
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.version = version
        self.group = None
        self.type_name = None
        # the parser of each subcommand (add_subparsers)
        self.parsers = {}
        self.parser_help = []


def _action_name(action):
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar is not None and action.metavar != SUPPRESS:
        return action.metavar
    if action.dest != SUPPRESS:
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


def _metavar(action, default_metavar):
    if action.metavar is not None:
        return action.metavar
    if action.choices is not None:
        return '{' + ','.join([str(c) for c in action.choices]) + '}'
    return default_metavar


def _format_args(action, default_metavar):
    m = _metavar(action, default_metavar)
    nargs = action.nargs
    if nargs is None:
        return m
    if nargs == OPTIONAL:
        return '[%s]' % m
    if nargs == ZERO_OR_MORE:
        return '[%s ...]' % m
    if nargs == ONE_OR_MORE:
        return '%s [%s ...]' % (m, m)
    if nargs == 'A...':
        return '%s ...' % m
    return ' '.join([m] * nargs)


class _ArgumentGroup:
    def __init__(self, parser, title, description, exclusive, required):
        self._parser = parser
        self.title = title
        self.description = description
        self.exclusive = exclusive
        self.required = required
        self.actions = []

    def add_argument(self, *args, action='store', nargs=None, const=None, default=None, type=None, choices=None,
                     required=False, help=None, metavar=None, dest=None, version=None):
        a = self._parser.add_argument(*args, action=action, nargs=nargs, const=const, default=default, type=type,
                                      choices=choices, required=required, help=help, metavar=metavar, dest=dest,
                                      version=version)
        if self.exclusive and a.required:
            raise ValueError('mutually exclusive arguments must be optional')
        a.group = self
        self.actions.append(a)
        return a


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, prefix_chars='-', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        self.prog = os.path.basename(sys.argv[0]) if prog is None else prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.prefix_chars = prefix_chars
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_map = {}
        self._defaults = {}
        self._groups = []
        self._subparsers = None
        self._positional_title = 'positional arguments'
        self._optional_title = 'options'
        if add_help:
            self.add_argument(prefix_chars[0] + 'h', prefix_chars[0] * 2 + 'help', action='help',
                              help='show this help message and exit')

    # ---------------------------------------------------------- declaring

    def add_argument(self, *args, action='store', nargs=None, const=None, default=None, type=None, choices=None,
                     required=False, help=None, metavar=None, dest=None, version=None):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][0] not in chars):
            if args and dest is not None:
                raise ValueError('dest supplied twice for positional argument')
            option_strings = []
            dest = args[0] if args else dest
            required = nargs not in (OPTIONAL, ZERO_OR_MORE)
        else:
            option_strings = []
            long_names = []
            for s in args:
                if s[0] not in chars:
                    raise ValueError('invalid option string %r: must start with a character %r' % (s, chars))
                option_strings.append(s)
                if len(s) > 1 and s[1] in chars:
                    long_names.append(s)
            if dest is None:
                first = long_names[0] if long_names else option_strings[0]
                dest = first.lstrip(chars).replace('-', '_')
        if action == 'store_true':
            nargs, const = 0, True
            default = False if default is None else default
        elif action == 'store_false':
            nargs, const = 0, False
            default = True if default is None else default
        elif action in ('store_const', 'append_const', 'count', 'help', 'version'):
            nargs = 0
            if action == 'help' or action == 'version':
                dest = SUPPRESS
                default = SUPPRESS
            if action == 'version' and help is None:
                help = "show program's version number and exit"
        elif action not in ('store', 'append', 'extend'):
            raise ValueError('unknown action "%s"' % action)
        elif nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, '
                             'actions such as store true or store const may be more appropriate')
        if dest in self._defaults and default is None:
            default = self._defaults[dest]
        a = _Action(action, option_strings, dest, nargs, const, default, type, choices, required, help, metavar,
                    version)
        # named here, where the type of `type` is known (int, float, a function of the program)
        a.type_name = None if type is None else _type_name(type)
        for s in option_strings:
            if s in self._option_map:
                raise ArgumentError(_action_name(a), 'conflicting option string: %s' % s)
        for s in option_strings:
            self._option_map[s] = a
        self._actions.append(a)
        return a

    def add_mutually_exclusive_group(self, required=False):
        g = _ArgumentGroup(self, None, None, True, required)
        self._groups.append(g)
        return g

    def add_argument_group(self, title=None, description=None):
        g = _ArgumentGroup(self, title, description, False, False)
        self._groups.append(g)
        return g

    def add_subparsers(self, title=None, description=None, dest=None, required=False, help=None, metavar=None):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        a = self.add_argument(dest=SUPPRESS if dest is None else dest, nargs='A...', metavar=metavar, help=help)
        a.kind = 'parsers'
        a.required = required
        a.choices = []
        self._subparsers = _SubParsers(self, a)
        return self._subparsers

    def set_defaults(self, **kwargs):
        for k, v in kwargs.items():
            self._defaults[k] = v
            for a in self._actions:
                if a.dest == k:
                    a.default = v

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest)

    # ---------------------------------------------------------- parsing

    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        strings = sys.argv[1:] if args is None else list(args)
        ns = Namespace() if namespace is None else namespace
        for a in self._actions:
            if a.dest != SUPPRESS and a.dest not in ns._values and a.default != SUPPRESS:
                ns._values[a.dest] = a.default
        for k, v in self._defaults.items():
            if k not in ns._values:
                ns._values[k] = v
        try:
            extras = self._parse(strings, ns)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        return ns, extras

    def _is_option(self, s):
        return self._option_of(s)[0] != 'positional'

    def _option_of(self, s):
        """('option', the action an option string names, its explicit =value or None),
        ('positional', None, None) or ('unknown', None, None)."""
        chars = self.prefix_chars
        if not s or s[0] not in chars or s == '-' or s == '--':
            return 'positional', None, None
        if s in self._option_map:
            return 'option', self._option_map[s], None
        if '=' in s:
            name, value = s.split('=', 1)
            if name in self._option_map:
                return 'option', self._option_map[name], value
        if self.allow_abbrev and len(s) > 2 and s[1] in chars:
            name = s.split('=', 1)[0]
            matches = [o for o in self._option_map if o.startswith(name) and len(o) > 1 and o[1] in chars]
            if len(matches) > 1:
                self.error('ambiguous option: %s could match %s' % (name, ', '.join(matches)))
            if len(matches) == 1:
                return 'option', self._option_map[matches[0]], s.split('=', 1)[1] if '=' in s else None
        if len(s) > 2 and s[1] not in chars:
            short = s[:2]
            if short in self._option_map:
                return 'option', self._option_map[short], s[2:]
        # a negative number is a positional unless some option looks like one
        if _looks_negative(s) and not any(_looks_negative(o) for o in self._option_map):
            return 'positional', None, None
        if ' ' in s:
            return 'positional', None, None
        return 'unknown', None, None

    def _parse(self, strings, ns):
        extras = []
        seen = []
        seen_non_default = []
        positionals = [a for a in self._actions if not a.option_strings]
        # positional strings since the last option (CPython matches them to positionals before the next option)
        chunk = []
        i = 0
        n = len(strings)
        after_dashes = False
        subcommand_took_rest = False
        while i < n:
            s = strings[i]
            i += 1
            if after_dashes:
                chunk.append(s)
                continue
            if s == '--':
                after_dashes = True
                continue
            status, action, explicit = self._option_of(s)
            if status == 'positional':
                chunk.append(s)
                continue
            if chunk:
                left = self._consume_positionals(chunk, positionals, strings[i - 1:], ns, seen, seen_non_default)
                chunk = []
                if left is None:
                    subcommand_took_rest = True
                    break
                extras.extend(left)
            if status == 'unknown':
                extras.append(s)
                continue
            if explicit is not None and action.nargs == 0:
                if explicit != '' and s[1] not in self.prefix_chars:
                    # a cluster of short flags: -vx is -v -x
                    self._take(action, [], ns, seen, seen_non_default)
                    strings = strings[:i] + [self.prefix_chars[0] + explicit] + strings[i:]
                    n += 1
                    continue
                raise ArgumentError(_action_name(action), 'ignored explicit argument %r' % explicit)
            if explicit is not None:
                values = [explicit]
            else:
                values = []
                limit = _max_args(action.nargs)
                while i < n and len(values) < limit and strings[i] != '--' and not self._is_option(strings[i]):
                    values.append(strings[i])
                    i += 1
            self._check_count(action, values)
            self._take(action, values, ns, seen, seen_non_default)
        if not subcommand_took_rest:
            left = self._consume_positionals(chunk, positionals, [], ns, seen, seen_non_default)
            if left is not None:
                extras.extend(left)
        required = [_action_name(a) for a in self._actions if a.required and a not in seen]
        if required:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(required))
        for g in self._groups:
            if g.exclusive and g.required and not any(a in seen for a in g.actions):
                names = [_action_name(a) for a in g.actions if a.help != SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
        # string defaults of arguments not given are converted as if given
        for a in self._actions:
            if a not in seen and isinstance(a.default, str) and a.dest != SUPPRESS and a.type is not None:
                if ns._values.get(a.dest) is a.default:
                    ns._values[a.dest] = self._convert(a, a.default)
        return extras

    def _consume_positionals(self, chunk, positionals, tail, ns, seen, seen_non_default):
        """Gives the strings of chunk to the longest run of the remaining positionals they match (CPython's
        _match_arguments_partial, greedy as its regular expressions): the strings left over, or None when
        a subcommand took them and everything after them (tail)."""
        counts = []
        for k in range(len(positionals), 0, -1):
            found = _match_counts([a.nargs for a in positionals[:k]], len(chunk))
            if found is not None:
                counts = found
                break
        pos = 0
        for a, count in zip(positionals[:len(counts)], counts):
            if a.kind == 'parsers':
                self._take(a, chunk[pos:] + tail, ns, seen, seen_non_default)
                return None
            self._take_positional(a, chunk[pos:pos + count], ns, seen, seen_non_default)
            pos += count
        del positionals[:len(counts)]
        return chunk[pos:]

    def _take_positional(self, a, values, ns, seen, seen_non_default):
        if values or a.nargs not in (OPTIONAL, ZERO_OR_MORE):
            self._take(a, values, ns, seen, seen_non_default)
            return
        if a.nargs == OPTIONAL:
            value = a.default
            if isinstance(value, str):
                value = self._convert(a, value)
                self._check_choice(a, value)
        else:
            value = a.default if a.default is not None else []
            # (CPython checks the whole list against the choices here)
            self._check_choice(a, value)
        seen.append(a)
        if value is not a.default:
            self._conflicts(a, seen_non_default)
        ns._values[a.dest] = value

    def _check_count(self, action, values):
        nargs = action.nargs
        count = len(values)
        if nargs is None and count != 1:
            raise ArgumentError(_action_name(action), 'expected one argument')
        if nargs == ONE_OR_MORE and count == 0:
            raise ArgumentError(_action_name(action), 'expected at least one argument')
        if isinstance(nargs, int) and nargs > 0 and count != nargs:
            word = 'argument' if nargs == 1 else 'arguments'
            raise ArgumentError(_action_name(action), 'expected %d %s' % (nargs, word))

    def _convert(self, action, string):
        if action.type is None:
            return string
        try:
            return action.type(string)
        except ArgumentTypeError as err:
            raise ArgumentError(_action_name(action), str(err))
        except (TypeError, ValueError):
            name = action.type_name
            raise ArgumentError(_action_name(action), 'invalid %s value: %r' % (name, string))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join([repr(c) for c in action.choices])
            raise ArgumentError(_action_name(action), 'invalid choice: %r (choose from %s)' % (value, choices))

    def _take(self, action, strings, ns, seen, seen_non_default):
        kind = action.kind
        if kind == 'parsers':
            name = strings[0]
            if name not in action.parsers:
                choices = ', '.join([repr(c) for c in action.parsers])
                raise ArgumentError(_action_name(action), 'invalid choice: %r (choose from %s)' % (name, choices))
            if action.dest != SUPPRESS:
                ns._values[action.dest] = name
            seen.append(action)
            sub = action.parsers[name]
            sub_ns, extras = sub.parse_known_args(strings[1:], None)
            for k, v in sub_ns._values.items():
                ns._values[k] = v
            if extras:
                self.error('unrecognized arguments: %s' % ' '.join(extras))
            return
        seen.append(action)
        if kind == 'help':
            self.print_help()
            self.exit()
        if kind == 'version':
            print(action.version.replace('%(prog)s', self.prog))
            self.exit()
        if kind in ('store_const', 'store_true', 'store_false', 'append_const', 'count'):
            self._conflicts(action, seen_non_default)
            if kind == 'count':
                current = ns._values.get(action.dest)
                ns._values[action.dest] = 1 if current is None else current + 1
            elif kind == 'append_const':
                items = ns._values.get(action.dest)
                items = [] if items is None else list(items)
                items.append(action.const)
                ns._values[action.dest] = items
            else:
                ns._values[action.dest] = action.const
            return
        if action.nargs == OPTIONAL and not strings:
            value = action.const
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
        elif action.nargs is None or action.nargs == OPTIONAL:
            value = self._convert(action, strings[0])
            self._check_choice(action, value)
        else:
            value = [self._convert(action, s) for s in strings]
            for v in value:
                self._check_choice(action, v)
        if value is not action.default:
            self._conflicts(action, seen_non_default)
        if kind == 'append' or kind == 'extend':
            items = ns._values.get(action.dest)
            items = [] if items is None else list(items)
            if kind == 'append':
                items.append(value)
            else:
                items.extend(value)
            ns._values[action.dest] = items
        else:
            ns._values[action.dest] = value

    def _conflicts(self, action, seen_non_default):
        """A value given for an argument of a mutually exclusive group: an error after another one of it."""
        if action.group is not None and action.group.exclusive:
            for other in seen_non_default:
                if other is not action and other.group is action.group:
                    raise ArgumentError(_action_name(action), 'not allowed with argument %s' % _action_name(other))
        seen_non_default.append(action)

    # ---------------------------------------------------------- help

    def _usage_parts(self, actions):
        parts = []
        for a in actions:
            if a.help == SUPPRESS:
                continue
            if a.option_strings:
                if a.nargs == 0:
                    part = a.option_strings[0]
                else:
                    part = '%s %s' % (a.option_strings[0], _format_args(a, a.dest.upper()))
                if not a.required:
                    part = '[%s]' % part
            else:
                part = _format_args(a, a.dest)
            parts.append(part)
        return parts

    def _group_usage(self, parts, actions):
        # a mutually exclusive group shows as [-a | -b] (or (-a | -b) when required)
        for g in self._groups:
            if not g.exclusive or not g.actions:
                continue
            members = [a for a in actions if a.group is g and a.help != SUPPRESS]
            if not members:
                continue
            inner = []
            for a in members:
                p = self._usage_parts([a])[0]
                inner.append(p[1:-1] if p.startswith('[') and not a.required else p)
            first = self._usage_parts([members[0]])[0]
            index = parts.index(first)
            for a in members:
                parts.remove(self._usage_parts([a])[0])
            text = ' | '.join(inner)
            parts.insert(index, '(%s)' % text if g.required else '[%s]' % text)
        return parts

    def format_usage(self):
        return self._usage_text() + '\n'

    def _usage_text(self):
        prefix = 'usage: '
        if self.usage is not None:
            return prefix + self.usage.replace('%(prog)s', self.prog)
        optionals = [a for a in self._actions if a.option_strings]
        positionals = [a for a in self._actions if not a.option_strings]
        opt_parts = self._group_usage(self._usage_parts(optionals), optionals)
        pos_parts = self._usage_parts(positionals)
        usage = ' '.join([s for s in [self.prog] + opt_parts + pos_parts if s])
        text_width = _WIDTH
        if len(prefix) + len(usage) > text_width:
            opt_words = _split_parts(opt_parts)
            pos_words = _split_parts(pos_parts)
            if len(prefix) + len(self.prog) <= 0.75 * text_width:
                indent = ' ' * (len(prefix) + len(self.prog) + 1)
                if opt_words:
                    lines = _usage_lines([self.prog] + opt_words, indent, prefix, text_width)
                    lines.extend(_usage_lines(pos_words, indent, None, text_width))
                elif pos_words:
                    lines = _usage_lines([self.prog] + pos_words, indent, prefix, text_width)
                else:
                    lines = [self.prog]
            else:
                indent = ' ' * len(prefix)
                lines = _usage_lines(opt_words + pos_words, indent, None, text_width)
                if len(lines) > 1:
                    lines = _usage_lines(opt_words, indent, None, text_width)
                    lines.extend(_usage_lines(pos_words, indent, None, text_width))
                lines = [self.prog] + lines
            usage = '\n'.join(lines)
        return prefix + usage

    def format_help(self):
        out = [self._usage_text(), '']
        if self.description:
            out.append(_fill(self.description, _WIDTH, ''))
            out.append('')
        positionals = [a for a in self._actions if not a.option_strings and a.group is None]
        optionals = [a for a in self._actions if a.option_strings and (a.group is None or a.group.exclusive)]
        sections = [(self._positional_title, None, positionals), (self._optional_title, None, optionals)]
        for g in self._groups:
            if not g.exclusive:
                sections.append((g.title, g.description, g.actions))
        everything = [a for a in self._actions if a.help != SUPPRESS]
        width = max([len(self._invocation(a)) + 2 for a in everything] + [0])
        for a in everything:
            for name, text in a.parser_help:
                width = max(width, len(name) + 4)
        help_position = min(width + 2, _MAX_HELP_POSITION)
        for title, description, actions in sections:
            shown = [a for a in actions if a.help != SUPPRESS]
            if not shown and not description:
                continue
            out.append('%s:' % title)
            if description:
                out.append(_fill(description, _WIDTH - 2, '  '))
                out.append('')
            for a in shown:
                out.extend(self._action_lines(a, help_position))
                if a.kind == 'parsers':
                    for name, text in a.parser_help:
                        sub = _Action('store', [], name, None, None, None, None, None, False, text, name, None)
                        out.extend(self._action_lines(sub, help_position, 4))
            out.append('')
        if self.epilog:
            out.append(_fill(self.epilog, _WIDTH, ''))
            out.append('')
        text = '\n'.join(out)
        return text.rstrip('\n') + '\n'

    def _invocation(self, action):
        if not action.option_strings:
            return _metavar(action, action.dest)
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = _format_args(action, action.dest.upper())
        return ', '.join(['%s %s' % (s, args) for s in action.option_strings])

    def _action_lines(self, action, help_position, indent=2):
        header = self._invocation(action)
        action_width = help_position - indent - 2
        lines = []
        if not action.help:
            return [' ' * indent + header]
        text = action.help.replace('%(default)s', str(action.default)).replace('%(prog)s', self.prog)
        if action.choices is not None:
            text = text.replace('%(choices)s', ', '.join([str(c) for c in action.choices]))
        text = text.replace('%(dest)s', str(action.dest)).replace('%%', '%')
        help_lines = textwrap.wrap(' '.join(text.split()), max(_WIDTH - help_position, 11))
        if len(header) <= action_width:
            first = ' ' * indent + header.ljust(action_width) + '  '
            lines.append(first + (help_lines[0] if help_lines else ''))
            help_lines = help_lines[1:]
        else:
            lines.append(' ' * indent + header)
        for line in help_lines:
            lines.append(' ' * help_position + line)
        return [line.rstrip() if not line.strip() else line for line in lines]

    def print_usage(self, file=None):
        if file is None:
            print(self.format_usage(), end='')
        else:
            file.write(self.format_usage())

    def print_help(self, file=None):
        if file is None:
            print(self.format_help(), end='')
        else:
            file.write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def error(self, message):
        sys.stderr.write(self.format_usage())
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


class _SubParsers:
    def __init__(self, parent, action):
        self._parent = parent
        self._action = action

    def add_parser(self, name, help=None, description=None, epilog=None, add_help=True, aliases=()):
        positionals = [a for a in self._parent._actions if not a.option_strings and a is not self._action]
        words = [self._parent.prog] + [p for p in self._parent._usage_parts(positionals)]
        parser = ArgumentParser(prog=' '.join(words) + ' ' + name, description=description, epilog=epilog,
                                add_help=add_help)
        self._action.parsers[name] = parser
        self._action.choices.append(name)
        for alias in aliases:
            self._action.parsers[alias] = parser
        if help is not None:
            self._action.parser_help.append((name, help))
        return parser


def _looks_negative(s):
    if len(s) < 2 or s[0] != '-':
        return False
    body = s[1:]
    if body.count('.') > 1:
        return False
    return body.replace('.', '', 1).isdigit()


def _max_args(nargs):
    if nargs is None:
        return 1
    if nargs == OPTIONAL:
        return 1
    if nargs == ZERO_OR_MORE or nargs == ONE_OR_MORE or nargs == 'A...':
        return 1 << 30
    return nargs


def _min_args(nargs):
    if nargs is None or nargs == ONE_OR_MORE or nargs == 'A...':
        return 1
    if nargs == OPTIONAL or nargs == ZERO_OR_MORE:
        return 0
    return nargs


def _match_counts(all_nargs, available):
    """How many of `available` strings each of a run of positionals takes, as a greedy regular expression
    match of their nargs patterns at the start of the strings would give them; None when they cannot match."""
    if not all_nargs:
        return []
    nargs = all_nargs[0]
    for count in range(min(_max_args(nargs), available), _min_args(nargs) - 1, -1):
        rest = _match_counts(all_nargs[1:], available - count)
        if rest is not None:
            return [count] + rest
    return None


def _type_name(f):
    try:
        return f.__name__
    except AttributeError:
        return repr(f)


def _split_parts(parts):
    words = []
    for p in parts:
        # as CPython's part regex: bracketed groups stay whole, other text splits at spaces
        depth = 0
        current = ''
        for c in p:
            if c in '[(':
                depth += 1
            elif c in '])':
                depth -= 1
            if c == ' ' and depth == 0:
                if current:
                    words.append(current)
                current = ''
            else:
                current += c
        if current:
            words.append(current)
    return words


def _usage_lines(parts, indent, prefix, text_width):
    lines = []
    line = []
    line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
    for part in parts:
        if line_len + 1 + len(part) > text_width and line:
            lines.append(indent + ' '.join(line))
            line = []
            line_len = len(indent) - 1
        line.append(part)
        line_len += len(part) + 1
    if line:
        lines.append(indent + ' '.join(line))
    if prefix is not None:
        lines[0] = lines[0][len(indent):]
    return lines


def _fill(text, width, indent):
    return textwrap.fill(' '.join(text.split()), width, initial_indent=indent, subsequent_indent=indent)

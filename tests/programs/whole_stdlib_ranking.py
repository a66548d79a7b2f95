"""A league table: scores matches, ranks teams with tie-breakers written as
a cmp function, and prints leaderboards sorted with operator.itemgetter /
attrgetter, partial-applied scoring rules and reduce-based aggregates."""

import operator
from functools import cmp_to_key, partial, reduce
from operator import attrgetter, itemgetter

RESULTS = """\
Lions 3-1 Tigers
Bears 0-0 Wolves
Tigers 2-2 Bears
Wolves 1-4 Lions
Lions 0-1 Bears
Tigers 3-0 Wolves
Bears 2-1 Lions
Wolves 2-2 Tigers
Eagles 1-0 Lions
Eagles 2-2 Bears
Tigers 0-3 Eagles
Wolves 0-1 Eagles
"""


class Team:
    def __init__(self, name):
        self.name = name
        self.played = 0
        self.won = 0
        self.drawn = 0
        self.lost = 0
        self.goals_for = 0
        self.goals_against = 0
        self.form = []

    @property
    def goal_diff(self):
        return self.goals_for - self.goals_against

    def points(self, win, draw):
        return self.won * win + self.drawn * draw

    def __repr__(self):
        return f"Team({self.name!r})"


def parse(text):
    matches = []
    for line in text.splitlines():
        home, score, away = line.split()
        h, a = score.split("-")
        matches.append((home, int(h), int(a), away))
    return matches


def table(matches):
    teams = {}
    for home, hg, ag, away in matches:
        for name in (home, away):
            if name not in teams:
                teams[name] = Team(name)
        th = teams[home]
        ta = teams[away]
        for t, gf, ga in ((th, hg, ag), (ta, ag, hg)):
            t.played += 1
            t.goals_for += gf
            t.goals_against += ga
            if gf > ga:
                t.won += 1
                t.form.append("W")
            elif gf == ga:
                t.drawn += 1
                t.form.append("D")
            else:
                t.lost += 1
                t.form.append("L")
    return list(teams.values())


def compare_teams(rule, a, b):
    """Points, then goal difference, then goals scored, then name (ascending)."""
    pa, pb = rule(a), rule(b)
    if pa != pb:
        return pb - pa
    if a.goal_diff != b.goal_diff:
        return b.goal_diff - a.goal_diff
    if a.goals_for != b.goals_for:
        return b.goals_for - a.goals_for
    return -1 if a.name < b.name else (1 if a.name > b.name else 0)


def three_for_a_win(team):
    return team.points(3, 1)


def two_for_a_win(team):
    return team.points(2, 1)


def show(title, teams, rule):
    print(title)
    print(f"{'#':>2} {'team':<8}{'P':>3}{'W':>3}{'D':>3}{'L':>3}{'GF':>4}{'GA':>4}{'GD':>4}{'Pts':>5}  form")
    for pos, t in enumerate(teams, 1):
        print(f"{pos:>2} {t.name:<8}{t.played:>3}{t.won:>3}{t.drawn:>3}{t.lost:>3}{t.goals_for:>4}{t.goals_against:>4}{t.goal_diff:>+4}{rule(t):>5}  {''.join(t.form[-3:])}")


def main():
    matches = parse(RESULTS)
    teams = table(matches)
    for rule_name, rule in (("3-1-0", three_for_a_win), ("2-1-0", two_for_a_win)):
        ranked = sorted(teams, key=cmp_to_key(partial(compare_teams, rule)))
        show(f"League table ({rule_name})", ranked, rule)
        print()

    print("alphabetical:", [t.name for t in sorted(teams, key=attrgetter("name"))])
    print("most goals:", [(t.name, t.goals_for) for t in sorted(teams, key=attrgetter("goals_for", "name"), reverse=True)][:3])
    rows = [(t.name, t.won, t.goals_for, t.goal_diff) for t in teams]
    print("by wins then gd:", sorted(rows, key=itemgetter(1, 3), reverse=True))
    print("names:", list(map(itemgetter(0), sorted(rows))))

    goals = [hg + ag for _, hg, ag, _ in matches]
    print("total goals:", reduce(operator.add, goals), "max in a match:", reduce(max, goals))
    print("goal product (non-zero):", reduce(operator.mul, [g for g in goals if g], 1))
    home_wins = sum(map(operator.gt, [m[1] for m in matches], [m[2] for m in matches]))
    away_wins = sum(map(operator.lt, [m[1] for m in matches], [m[2] for m in matches]))
    print("home wins:", home_wins, "away wins:", away_wins, "draws:", len(matches) - home_wins - away_wins)
    margins = sorted(matches, key=lambda m: (abs(m[1] - m[2]), m[0]), reverse=True)
    print("biggest margin:", margins[0])

    scale = partial(operator.mul, 10)
    print("scaled points:", {t.name: scale(three_for_a_win(t)) for t in sorted(teams, key=attrgetter("name"))})
    at_least = partial(operator.le, 5)
    print("teams with >= 5 points:", sorted(t.name for t in teams if at_least(three_for_a_win(t))))
    get_first_two = itemgetter(0, 1)
    print("first two of each match:", [get_first_two(m) for m in matches[:3]])

    def by_form(a, b):
        sa = a.form.count("W") * 2 + a.form.count("D")
        sb = b.form.count("W") * 2 + b.form.count("D")
        return (sb > sa) - (sb < sa)

    print("form guide:", [t.name for t in sorted(teams, key=cmp_to_key(by_form))])


if __name__ == "__main__":
    main()

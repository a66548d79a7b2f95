"""The Computer Language Benchmarks Game's thread programs, in their thread (not process)
versions: thread-ring (a token passed around a ring of 503 threads, each waiting on a lock of
its own) and chameneos-redux (creatures meeting in pairs at a meeting place guarded by locks,
changing colour), after the Python 3 programs contributed by Antoine Pitrou and Daniel Nanz."""

import sys
import threading

# ---------------------------------------------------------------- thread-ring

NUMBER_OF_THREADS = 503


def thread_ring(n):
    locks = [threading.Lock() for _ in range(NUMBER_OF_THREADS)]
    for lock in locks:
        lock.acquire()
    box = [n]
    result = []

    def worker(index, next_lock, my_lock):
        while True:
            my_lock.acquire()
            token = box[0]
            if token == 0:
                result.append(index + 1)
                # wake every other thread so that they can finish too
                box[0] = -1
                next_lock.release()
                return
            if token < 0:
                next_lock.release()
                return
            box[0] = token - 1
            next_lock.release()

    threads = []
    for i in range(NUMBER_OF_THREADS):
        t = threading.Thread(target=worker, args=(i, locks[(i + 1) % NUMBER_OF_THREADS], locks[i]))
        t.daemon = True
        threads.append(t)
        t.start()
    locks[0].release()
    for t in threads:
        t.join()
    return result[0]


# ---------------------------------------------------------------- chameneos-redux

COLOURS = ('blue', 'red', 'yellow')

COMPLEMENT = {
    ('blue', 'blue'): 'blue', ('blue', 'red'): 'yellow', ('blue', 'yellow'): 'red',
    ('red', 'blue'): 'yellow', ('red', 'red'): 'red', ('red', 'yellow'): 'blue',
    ('yellow', 'blue'): 'red', ('yellow', 'red'): 'blue', ('yellow', 'yellow'): 'yellow',
}

SPELLED = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']


def spell(n):
    return ' ' + ' '.join(SPELLED[int(d)] for d in str(n))


class MeetingPlace:
    def __init__(self, meetings):
        self.meetings_left = meetings
        self.lock = threading.Lock()
        self.first = None
        self.first_arrived = threading.Condition(self.lock)

    def meet(self, creature):
        """Returns the partner's (id, colour) or None when the meetings are over. The second to arrive
        hands its (id, colour) to the waiting creature itself, so a creature can never meet itself."""
        with self.lock:
            if self.meetings_left == 0:
                self.first_arrived.notify_all()
                return None
            if self.first is None:
                self.first = creature
                creature.partner = None
                while creature.partner is None:
                    if self.meetings_left == 0:
                        self.first = None
                        return None
                    self.first_arrived.wait()
                partner = creature.partner
                creature.partner = None
                return partner
            partner = self.first
            self.first = None
            self.meetings_left -= 1
            partner.partner = (creature.ident, creature.colour)
            self.first_arrived.notify_all()
            return (partner.ident, partner.colour)


class Creature:
    def __init__(self, ident, colour, place):
        self.ident = ident
        self.colour = colour
        self.place = place
        self.meetings = 0
        self.met_self = 0
        self.partner = None

    def run(self):
        while True:
            other = self.place.meet(self)
            if other is None:
                return
            other_id, other_colour = other
            self.meetings += 1
            if other_id == self.ident:
                self.met_self += 1
            self.colour = COMPLEMENT[(self.colour, other_colour)]


def chameneos(n, colours):
    place = MeetingPlace(n)
    creatures = [Creature(i, c, place) for i, c in enumerate(colours)]
    print(' ' + ' '.join(colours))
    threads = [threading.Thread(target=c.run) for c in creatures]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = 0
    for c in creatures:
        total += c.meetings
    print('total meetings:', total, 'self meetings:', sum(c.met_self for c in creatures))
    print(spell(total))
    print()
    return total


def report_complements():
    for c1 in COLOURS:
        for c2 in COLOURS:
            print(c1, '+', c2, '->', COMPLEMENT[(c1, c2)])
    print()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    print('thread-ring: token ends at thread', thread_ring(n))
    print('thread-ring (2 * n): token ends at thread', thread_ring(2 * n))
    report_complements()
    chameneos(n, ['blue', 'red', 'yellow'])
    chameneos(n, ['blue', 'red', 'yellow', 'red', 'yellow', 'blue', 'red', 'yellow', 'red', 'blue'])


if __name__ == "__main__":
    main()

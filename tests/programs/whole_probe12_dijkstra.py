"""dijkstra.py: Dijkstra's shortest paths with David Eppstein's
priorityDictionary (a dict subclass that keeps a binary heap of
(value, key) pairs beside the mapping and iterates in priority order,
deleting as it goes), as in the Shed Skin example program. The graph, a
grid with random weights and a few long-range links, is generated instead
of read."""

import random


class priorityDictionary(dict):
    def __init__(self):
        '''Initialize priorityDictionary by creating binary heap
        of pairs (value,key).  Note that changing or removing a dict entry
        will not remove the old pair from the heap until it is found by
        smallest() or until the heap is rebuilt.'''
        self.__heap = []
        dict.__init__(self)

    def smallest(self):
        '''Find smallest item after removing deleted items from heap.'''
        if len(self) == 0:
            raise IndexError("smallest of empty priorityDictionary")
        heap = self.__heap
        while heap[0][1] not in self or self[heap[0][1]] != heap[0][0]:
            lastItem = heap.pop()
            insertionPoint = 0
            while 1:
                smallChild = 2 * insertionPoint + 1
                if smallChild + 1 < len(heap) and heap[smallChild] > heap[smallChild + 1]:
                    smallChild += 1
                if smallChild >= len(heap) or lastItem <= heap[smallChild]:
                    heap[insertionPoint] = lastItem
                    break
                heap[insertionPoint] = heap[smallChild]
                insertionPoint = smallChild
        return heap[0][1]

    def __iter__(self):
        '''Create destructive sorted iterator of priorityDictionary.'''
        def iterfn():
            while len(self) > 0:
                x = self.smallest()
                yield x
                del self[x]
        return iterfn()

    def __setitem__(self, key, val):
        '''Change value stored in dictionary and add corresponding
        pair to heap.  Rebuilds the heap if the number of deleted items grows
        too large, to avoid memory leakage.'''
        dict.__setitem__(self, key, val)
        heap = self.__heap
        if len(heap) > 2 * len(self):
            self.__heap = [(v, k) for k, v in self.items()]
            self.__heap.sort()  # builtin sort likely faster than O(n) heapify
        else:
            newPair = (val, key)
            insertionPoint = len(heap)
            heap.append(None)
            while insertionPoint > 0 and newPair < heap[(insertionPoint - 1) // 2]:
                heap[insertionPoint] = heap[(insertionPoint - 1) // 2]
                insertionPoint = (insertionPoint - 1) // 2
            heap[insertionPoint] = newPair

    def setdefault(self, key, val):
        '''Reimplement setdefault to call our customized __setitem__.'''
        if key not in self:
            self[key] = val
        return self[key]


def Dijkstra(G, start, end=None):
    """Find shortest paths from the start vertex to all vertices nearer
    than or equal to the end. Returns (D, P): distances and predecessors."""
    D = {}  # dictionary of final distances
    P = {}  # dictionary of predecessors
    Q = priorityDictionary()  # est.dist. of non-final vert.
    Q[start] = 0
    for v in Q:
        D[v] = Q[v]
        if v == end:
            break
        for w in G[v]:
            vwLength = D[v] + G[v][w]
            if w in D:
                if vwLength < D[w]:
                    raise ValueError("Dijkstra: found better path to already-final vertex")
            elif w not in Q or vwLength < Q[w]:
                Q[w] = vwLength
                P[w] = v
    return (D, P)


def shortestPath(G, start, end):
    """Find a single shortest path from the given start vertex to the
    given end vertex, as a list of vertices in order along the path."""
    D, P = Dijkstra(G, start, end)
    Path = []
    while 1:
        Path.append(end)
        if end == start:
            break
        end = P[end]
    Path.reverse()
    return Path


def make_graph(rng, width, height):
    G = {}
    for y in range(height):
        for x in range(width):
            G['%d,%d' % (x, y)] = {}
    for y in range(height):
        for x in range(width):
            here = '%d,%d' % (x, y)
            for dx, dy in ((1, 0), (0, 1)):
                nx, ny = x + dx, y + dy
                if nx < width and ny < height:
                    there = '%d,%d' % (nx, ny)
                    w = rng.randint(1, 9)
                    G[here][there] = w
                    G[there][here] = w + rng.randint(0, 2)
    for _ in range(width):
        a = '%d,%d' % (rng.randrange(width), rng.randrange(height))
        b = '%d,%d' % (rng.randrange(width), rng.randrange(height))
        if a != b:
            G[a][b] = rng.randint(10, 30)
    return G


def bellman_ford(G, start):
    dist = {v: None for v in G}
    dist[start] = 0
    for _ in range(len(G)):
        changed = False
        for v in G:
            if dist[v] is None:
                continue
            for w, length in G[v].items():
                if dist[w] is None or dist[v] + length < dist[w]:
                    dist[w] = dist[v] + length
                    changed = True
        if not changed:
            break
    return dist


def main():
    G = {'s': {'u': 10, 'x': 5}, 'u': {'v': 1, 'x': 2}, 'v': {'y': 4},
         'x': {'u': 3, 'v': 9, 'y': 2}, 'y': {'s': 7, 'v': 6}}
    D, P = Dijkstra(G, 's')
    print(sorted(D.items()), sorted(P.items()))
    print(shortestPath(G, 's', 'v'))
    pd = priorityDictionary()
    for word in 'the quick brown fox jumps over the lazy dog'.split():
        pd[word] = len(word) * 10 - ord(word[0]) % 7
    pd.setdefault('cat', 1)
    pd.setdefault('the', 99)
    pd['fox'] = 0
    print(len(pd), pd.smallest(), 'fox' in pd, pd.get('cat'), pd.get('emu', -1))
    print([(k, pd[k]) for k in sorted(pd.keys())])
    print(list(pd))
    print(len(pd))
    rng = random.Random(2024)
    total = 0
    for size in (12, 20, 28):
        G = make_graph(rng, size, size)
        start = '0,0'
        goal = '%d,%d' % (size - 1, size - 1)
        D, P = Dijkstra(G, start)
        reference = bellman_ford(G, start)
        assert all(D.get(v) == reference[v] for v in G)
        path = shortestPath(G, start, goal)
        length = sum(G[a][b] for a, b in zip(path, path[1:]))
        assert length == D[goal]
        far = max(D, key=lambda v: (D[v], v))
        total += length
        print('%dx%d: dist %d over %d hops, farthest %s at %d, reached %d' % (
            size, size, D[goal], len(path) - 1, far, D[far], len(D)))
        print('  path starts', ' -> '.join(path[:6]))
    print('total', total)


if __name__ == '__main__':
    main()

# are-we-fast-yet's Havlak benchmark (loop recognition, after Havlak's
# "Nesting of reducible and irreducible loops"), Python-port style: a control
# flow graph built by a LoopTesterApp, union-find nodes, and a loop structure
# graph whose counts are verified.
BB_TOP, BB_NONHEADER, BB_REDUCIBLE, BB_SELF, BB_IRREDUCIBLE, BB_DEAD, BB_LAST = range(7)
UNVISITED = 2147483647
MAXNONBACKPREDS = 32 * 1024


class BasicBlock:
    def __init__(self, name):
        self.name = name
        self.in_edges = []
        self.out_edges = []

    def __hash__(self):
        return self.name

    def __eq__(self, other):
        return self is other


class ControlFlowGraph:
    def __init__(self):
        self.start_node = None
        self.basic_block_map = {}
        self.edge_count = 0

    def create_node(self, name):
        if name in self.basic_block_map:
            node = self.basic_block_map[name]
        else:
            node = BasicBlock(name)
            self.basic_block_map[name] = node
        if self.num_nodes() == 1:
            self.start_node = node
        return node

    def add_edge(self, from_name, to_name):
        source = self.create_node(from_name)
        destination = self.create_node(to_name)
        source.out_edges.append(destination)
        destination.in_edges.append(source)
        self.edge_count += 1

    def num_nodes(self):
        return len(self.basic_block_map)


class SimpleLoop:
    def __init__(self, header, is_reducible):
        self.counter = 0
        self.depth_level = 0
        self.parent = None
        self.is_root = False
        self.nesting_level = 0
        self.header = header
        self.is_reducible = is_reducible
        self.basic_blocks = set()
        self.children = set()
        if header is not None:
            self.basic_blocks.add(header)

    def add_node(self, bb):
        self.basic_blocks.add(bb)

    def add_child_loop(self, loop):
        self.children.add(loop)

    def set_parent(self, parent):
        self.parent = parent
        parent.add_child_loop(self)

    def set_nesting_level(self, level):
        self.nesting_level = level
        if level == 0:
            self.is_root = True


class LoopStructureGraph:
    def __init__(self):
        self.loop_counter = 0
        self.loops = []
        self.root = SimpleLoop(None, True)
        self.root.set_nesting_level(0)
        self.root.counter = self.loop_counter
        self.loop_counter += 1
        self.loops.append(self.root)

    def create_new_loop(self, bb, is_reducible):
        loop = SimpleLoop(bb, is_reducible)
        loop.counter = self.loop_counter
        self.loop_counter += 1
        self.loops.append(loop)
        return loop

    def calculate_nesting_level(self):
        for liter in self.loops:
            if not liter.is_root and liter.parent is None:
                liter.set_parent(self.root)
        self._calculate_nesting_level_rec(self.root, 0)

    def _calculate_nesting_level_rec(self, loop, depth):
        loop.depth_level = depth
        for liter in loop.children:
            self._calculate_nesting_level_rec(liter, depth + 1)
            loop.set_nesting_level(max(loop.nesting_level, 1 + liter.nesting_level))

    def num_loops(self):
        return len(self.loops)


class UnionFindNode:
    def __init__(self):
        self.parent = None
        self.bb = None
        self.dfs_number = 0
        self.loop = None

    def init_node(self, bb, dfs_number):
        self.parent = self
        self.bb = bb
        self.dfs_number = dfs_number

    def find_set(self):
        node_list = []
        node = self
        while node is not node.parent:
            if node.parent is not node.parent.parent:
                node_list.append(node)
            node = node.parent
        # Path compression: all nodes on the way point at the root.
        for n in node_list:
            n.parent = node.parent
        return node

    def union(self, basic_block):
        self.parent = basic_block


class HavlakLoopFinder:
    def __init__(self, cfg, lsg):
        self._cfg = cfg
        self._lsg = lsg
        self._non_back_preds = []
        self._back_preds = []
        self._number = {}
        self._max_size = 0
        self._header = None
        self._type = None
        self._last = None
        self._nodes = None

    def _is_ancestor(self, w, v):
        return w <= v <= self._last[w]

    def _do_dfs(self, current_node, current):
        self._nodes[current].init_node(current_node, current)
        self._number[current_node] = current
        last_id = current
        for target in current_node.out_edges:
            if self._number[target] == UNVISITED:
                last_id = self._do_dfs(target, last_id + 1)
        self._last[self._number[current_node]] = last_id
        return last_id

    def _init_all_nodes(self):
        for bb in self._cfg.basic_block_map.values():
            self._number[bb] = UNVISITED
        self._do_dfs(self._cfg.start_node, 0)

    def _identify_edges(self, size):
        for w in range(size):
            self._header[w] = 0
            self._type[w] = BB_NONHEADER
            node_w = self._nodes[w].bb
            if node_w is None:
                self._type[w] = BB_DEAD
            else:
                for node_v in node_w.in_edges:
                    v = self._number[node_v]
                    if v != UNVISITED:
                        if self._is_ancestor(w, v):
                            self._back_preds[w].append(v)
                        else:
                            self._non_back_preds[w].add(v)

    def find_loops(self):
        if self._cfg.start_node is None:
            return
        size = self._cfg.num_nodes()
        self._non_back_preds = [set() for _ in range(size)]
        self._back_preds = [[] for _ in range(size)]
        self._nodes = [UnionFindNode() for _ in range(size)]
        self._header = [0] * size
        self._type = [0] * size
        self._last = [0] * size
        self._init_all_nodes()
        self._identify_edges(size)
        self._header[0] = 0
        for w in range(size - 1, -1, -1):
            node_pool = []
            node_w = self._nodes[w].bb
            if node_w is not None:
                self._set_loop_attribute(w, node_pool)
        self._lsg.calculate_nesting_level()

    def _set_loop_attribute(self, w, node_pool):
        node_w = self._nodes[w].bb
        for v in self._back_preds[w]:
            if v != w:
                node_pool.append(self._nodes[v].find_set())
            else:
                self._type[w] = BB_SELF
        work_list = list(node_pool)
        if node_pool:
            self._type[w] = BB_REDUCIBLE
        while work_list:
            x = work_list.pop(0)
            non_back_size = len(self._non_back_preds[x.dfs_number])
            if non_back_size > MAXNONBACKPREDS:
                return
            for it in sorted(self._non_back_preds[x.dfs_number]):
                y = self._nodes[it]
                ydash = y.find_set()
                if not self._is_ancestor(w, ydash.dfs_number):
                    self._type[w] = BB_IRREDUCIBLE
                    self._non_back_preds[w].add(ydash.dfs_number)
                elif ydash.dfs_number != w and ydash not in node_pool:
                    work_list.append(ydash)
                    node_pool.append(ydash)
        if node_pool or self._type[w] == BB_SELF:
            loop = self._lsg.create_new_loop(node_w, self._type[w] != BB_IRREDUCIBLE)
            for node in node_pool:
                self._header[node.dfs_number] = w
                node.union(self._nodes[w])
                if node.loop is not None:
                    node.loop.set_parent(loop)
                else:
                    loop.add_node(node.bb)
            self._nodes[w].loop = loop


class LoopTesterApp:
    def __init__(self):
        self._cfg = ControlFlowGraph()
        self._lsg = LoopStructureGraph()
        self._cfg.create_node(0)

    def build_diamond(self, start):
        bb0 = start
        self._cfg.add_edge(bb0, bb0 + 1)
        self._cfg.add_edge(bb0, bb0 + 2)
        self._cfg.add_edge(bb0 + 1, bb0 + 3)
        self._cfg.add_edge(bb0 + 2, bb0 + 3)
        return bb0 + 3

    def build_straight(self, start, n):
        for i in range(n):
            self._cfg.add_edge(start + i, start + i + 1)
        return start + n

    def build_base_loop(self, start):
        header = self.build_straight(start, 1)
        diamond1 = self.build_diamond(header)
        d11 = self.build_straight(diamond1, 1)
        diamond2 = self.build_diamond(d11)
        footer = self.build_straight(diamond2, 1)
        self._cfg.add_edge(diamond2, d11)
        self._cfg.add_edge(diamond1, header)
        self._cfg.add_edge(footer, start)
        return self.build_straight(footer, 1)

    def main(self, num_dummy_loops, find_loop_iterations, par_loops, ppar_loops, pppar_loops):
        self._cfg.add_edge(0, 2)
        for _ in range(num_dummy_loops):
            HavlakLoopFinder(self._cfg, LoopStructureGraph()).find_loops()
        n = 2
        for _ in range(par_loops):
            self._cfg.create_node(n + 1)
            self._cfg.add_edge(n, n + 1)
            n += 1
            for _ in range(ppar_loops):
                top = n
                n = self.build_straight(n, 1)
                for _ in range(pppar_loops):
                    n = self.build_base_loop(n)
                bottom = self.build_straight(n, 1)
                self._cfg.add_edge(n, top)
                n = bottom
        self.build_straight(n, 1)
        self._cfg.add_edge(n, 0)
        for _ in range(find_loop_iterations):
            HavlakLoopFinder(self._cfg, LoopStructureGraph()).find_loops()
        HavlakLoopFinder(self._cfg, self._lsg).find_loops()
        return [self._lsg.num_loops(), self._cfg.num_nodes(), self._cfg.edge_count]


def describe(loop):
    kinds = "reducible" if loop.is_reducible else "irreducible"
    header = "-" if loop.header is None else loop.header.name
    return "loop %d header %s depth %d nest %d blocks %d children %d %s" % (
        loop.counter, header, loop.depth_level, loop.nesting_level,
        len(loop.basic_blocks), len(loop.children), kinds)


def main():
    for args in ((1, 2, 3, 2, 2), (2, 1, 5, 3, 1)):
        app = LoopTesterApp()
        print(args, "->", app.main(*args))
    app = LoopTesterApp()
    app.main(0, 0, 2, 2, 1)
    for loop in sorted(app._lsg.loops, key=lambda l: l.counter)[:8]:
        print(describe(loop))
    # an irreducible region: two entries into one cycle
    cfg = ControlFlowGraph()
    for a, b in ((0, 1), (0, 2), (1, 2), (2, 3), (3, 1), (3, 4), (4, 4)):
        cfg.add_edge(a, b)
    lsg = LoopStructureGraph()
    HavlakLoopFinder(cfg, lsg).find_loops()
    for loop in lsg.loops:
        print(describe(loop))


if __name__ == "__main__":
    main()

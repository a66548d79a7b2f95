%% bench/actors/bench.erl — the actor workloads in Erlang (Debian erlang-base),
%% for comparison. Same output as actors.c.
%%   erlc bench.erl && erl -noshell -s bench main skynet 1000000
-module(bench).
-export([main/1, skynet/3, idle/1, ring_node/0, pong/0, sender/2]).

now_ns() -> erlang:monotonic_time(nanosecond).

rss() ->
    {ok, B} = file:read_file("/proc/self/statm"),
    [_, R | _] = string:lexemes(binary_to_list(B), " \n"),
    list_to_integer(R) * 4096.

arg(Args, D) -> case Args of [_, N | _] -> list_to_integer(atom_to_list(N)); _ -> D end.

main([W | _] = Args) ->
    run(W, Args),
    halt(0).

skynet(Parent, Num, 1) -> Parent ! Num;
skynet(Parent, Num, Size) ->
    Sub = Size div 10,
    [spawn(?MODULE, skynet, [self(), Num + I * Sub, Sub]) || I <- lists:seq(0, 9)],
    Parent ! lists:sum([receive V -> V end || _ <- lists:seq(1, 10)]).

idle(C) -> atomics:add(C, 1, 1), receive _ -> ok end.

ring_node() -> receive {next, Next} -> ring_loop(Next) end.
ring_loop(Next) -> receive 0 -> Next ! 0; T -> Next ! T, ring_loop(Next) end.
ring_rounds(_, 0) -> ok;
ring_rounds(First, R) -> First ! R, receive _ -> ok end, ring_rounds(First, R - 1).

pong() -> receive {peer, P} -> pong_loop(P) end.
pong_loop(P) -> receive 0 -> P ! 0; M -> P ! M, pong_loop(P) end.
ping(_, -1) -> ok;
ping(To, I) -> To ! I, receive _ -> ok end, ping(To, I - 1).

sender(To, N) -> send_n(To, 1, N).
send_n(To, I, N) when I > N -> To ! done;
send_n(To, I, N) -> To ! I, send_n(To, I + 1, N).
fanin_recv(2, C) -> C;
fanin_recv(D, C) -> receive done -> fanin_recv(D + 1, C); _ -> fanin_recv(D, C + 1) end.

wait_started(C, N) ->
    case atomics:get(C, 1) >= N of true -> ok; false -> timer:sleep(1), wait_started(C, N) end.

run(skynet, Args) ->
    N = arg(Args, 1000000),
    T0 = now_ns(),
    spawn(?MODULE, skynet, [self(), 0, N]),
    S = receive V -> V end,
    S = N * (N - 1) div 2,
    io:format("skynet_ms ~.1f~n", [(now_ns() - T0) / 1.0e6]);
run(spawn, Args) ->
    N = arg(Args, 1000000),
    erlang:garbage_collect(),
    R0 = rss(),
    C = atomics:new(1, []),
    T0 = now_ns(),
    [spawn(?MODULE, idle, [C]) || _ <- lists:seq(1, N)],
    wait_started(C, N),
    Dt = now_ns() - T0,
    timer:sleep(20),
    R1 = rss(),
    io:format("spawn_ns ~w~nidle_bytes ~w~n", [round(Dt / N), round((R1 - R0) / N)]);
run(ring, Args) ->
    N = arg(Args, 10000),
    Nodes = [spawn(?MODULE, ring_node, []) || _ <- lists:seq(1, 999)],
    Self = self(),
    lists:foreach(fun({A, B}) -> A ! {next, B} end, lists:zip(Nodes, tl(Nodes) ++ [Self])),
    T0 = now_ns(),
    ring_rounds(hd(Nodes), N),
    Dt = now_ns() - T0,
    hd(Nodes) ! 0, receive 0 -> ok end,
    io:format("ring_ns_per_hop ~.1f~n", [Dt / (N * 1000)]);
run(pingpong, Args) ->
    N = arg(Args, 1000000),
    P = spawn(?MODULE, pong, []),
    P ! {peer, self()},
    T0 = now_ns(),
    ping(P, N),
    Dt = now_ns() - T0,
    io:format("pingpong_ns_per_msg ~.1f~n", [Dt / (2 * (N + 1))]);
run(fanin, Args) ->
    N = arg(Args, 5000000),
    Self = self(),
    T0 = now_ns(),
    spawn(?MODULE, sender, [Self, N]),
    spawn(?MODULE, sender, [Self, N]),
    C = fanin_recv(0, 0),
    Dt = now_ns() - T0,
    C = 2 * N,
    io:format("fanin_msgs_per_s ~w~n", [round(C / (Dt / 1.0e9))]).

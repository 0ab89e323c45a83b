"""The driver of a run on a Ray cluster: one `EpisodeNode` actor per node, the run's trials (`sandbox.runner.Trial`:
a case in one epoch) handed out to them, at most the run's concurrency in flight cluster-wide, each finished episode
reported as it comes back.

A node lost mid-run (its actor dies with it) takes only its episodes in flight: they are handed to the nodes left,
where the store's `start_episode` replaces what the lost attempt had written. What is finished is never redone; a
driver that dies leaves the run to `sandbox eval --resume`, which runs only what is unfinished."""

from __future__ import annotations

import asyncio
import logging
import math
from collections import deque
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any, cast

import ray
from ray.actor import ActorHandle
from ray.exceptions import RayActorError, RayTaskError
from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

from records import Episode, Run
from sandbox.distributed.limits import SharedLimits, start_shared_limits
from sandbox.distributed.node import EpisodeNode
from sandbox.errors import InfrastructureError
from sandbox.runner import StoreSink, Trial
from sandbox.store import Store

log = logging.getLogger(__name__)

# How long a node is given to close its runtime (its containers) at the end before its actor is killed.
STOP_TIMEOUT_S = 30.0


class NoNodeLeftError(InfrastructureError):
    """The cluster has no node left (or none at all) to run episodes on: the run stops, resumable."""


class NodeSetupError(InfrastructureError):
    """A node could not set up its runtime, agent, judge or store connection: the run stops, resumable once fixed."""


@dataclass
class _Node:
    handle: ActorHandle[EpisodeNode]
    node_id: str
    capacity: int
    in_flight: int = 0
    alive: bool = True


@dataclass
class _Dispatch:
    """The trials not yet handed out, and which node plays each one in flight."""

    queue: deque[Trial]
    in_flight: dict[asyncio.Future[Any], tuple[_Node, Trial]] = field(default_factory=dict)


async def execute_on_ray(
    run: Run, trials: list[Trial], store: Store, on_episode: Callable[[Episode], None], address: str | None
) -> None:
    """Play every trial once on the Ray cluster at `address` (None: the one `ray.init` finds, or a new local
    one; a process already connected uses its connection), calling `on_episode` here as each finishes."""
    connected_here = not ray.is_initialized()
    if connected_here:
        ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False)
    actors: list[ActorHandle[Any]] = []
    nodes: list[_Node] = []
    try:
        limits = start_shared_limits(run.config.agent, ray.get_runtime_context().get_node_id())
        if limits is not None:
            actors.append(limits[1])
        store_url = _shared_url(store)
        nodes = _place_nodes(run, store_url, limits[0] if limits is not None else None)
        actors.extend(node.handle for node in nodes)
        await _start(nodes)
        await _dispatch(run, _Dispatch(deque(trials)), nodes, store if store_url is None else None, on_episode)
    finally:
        await _stop(nodes)
        for actor in actors:
            ray.kill(actor)
        if connected_here:
            ray.shutdown()


def _shared_url(store: Store) -> str | None:
    """The store's URL for the nodes to write to; None for a SQLite file, the driver's alone: the nodes send their
    episodes back instead."""
    if store.engine.dialect.name == "sqlite":
        return None
    return store.engine.url.render_as_string(hide_password=False)


def _place_nodes(run: Run, store_url: str | None, limits: SharedLimits | None) -> list[_Node]:
    """One actor on each live node that offers CPUs (a head started with `--num-cpus 0` runs none), each taking its
    share of the run's concurrency."""
    listed: list[dict[str, Any]] = ray.nodes()  # type: ignore[no-untyped-call]
    node_ids = [node["NodeID"] for node in listed if node["Alive"] and node["Resources"].get("CPU", 0) > 0]
    if not node_ids:
        raise NoNodeLeftError("the Ray cluster has no live node with CPUs to run episodes on")
    capacity = math.ceil(run.config.concurrency / len(node_ids))
    actor_class = ray.remote(EpisodeNode)
    return [
        _Node(
            # Ray's stubs type a remote class's `remote` as the class or a handle; it is the handle.
            cast(
                ActorHandle[EpisodeNode],
                actor_class.options(
                    num_cpus=0,
                    max_concurrency=capacity + 1,  # its episodes, and `stop` beside them
                    scheduling_strategy=NodeAffinitySchedulingStrategy(node_id, soft=False),
                ).remote(run, capacity, store_url, limits),
            ),
            node_id,
            capacity,
        )
        for node_id in node_ids
    ]


async def _start(nodes: list[_Node]) -> None:
    """Every node's runtime started; a node lost already is left out. A node that cannot set up (no Docker engine,
    no route to the store) or whose runtime cannot start stops the run: every episode there would fail alike."""
    started = await asyncio.gather(*(node.handle.start.remote() for node in nodes), return_exceptions=True)
    for node, outcome in zip(nodes, started, strict=True):
        if isinstance(outcome, RayActorError) and outcome.actor_init_failed:
            raise NodeSetupError(f"Ray node {node.node_id} could not set up to run episodes: {outcome}")
        if isinstance(outcome, RayActorError):
            node.alive = False
            log.warning("Ray node %s was lost before its first episode: %s", node.node_id, outcome)
        elif isinstance(outcome, BaseException):
            raise _cause(outcome)


async def _dispatch(
    run: Run, work: _Dispatch, nodes: list[_Node], store: Store | None, on_episode: Callable[[Episode], None]
) -> None:
    """Until every trial has finished: `store`, where given, is where the driver writes the episodes back."""
    try:
        while work.queue or work.in_flight:
            _hand_out(run.config.concurrency, work, nodes)
            if not work.in_flight:
                raise NoNodeLeftError(f"every Ray node was lost; {len(work.queue)} episodes were left to run")
            done, _ = await asyncio.wait(work.in_flight, return_when=asyncio.FIRST_COMPLETED)
            for future in done:
                node, trial = work.in_flight.pop(future)
                node.in_flight -= 1
                try:
                    played = future.result()
                except RayActorError as error:
                    _lose(node, trial, work, error)
                    continue
                except RayTaskError as error:
                    raise _cause(error) from None
                episode = Episode.model_validate_json(played)
                if store is not None:
                    _store(store, episode)
                on_episode(episode)
    finally:
        for future in work.in_flight:
            future.cancel()


def _hand_out(concurrency: int, work: _Dispatch, nodes: list[_Node]) -> None:
    """Trials to the least busy live nodes with room, until `concurrency` are in flight or none has room."""
    while work.queue and len(work.in_flight) < concurrency:
        free = [node for node in nodes if node.alive and node.in_flight < node.capacity]
        if not free:
            return
        node = min(free, key=lambda candidate: candidate.in_flight)
        trial = work.queue.popleft()
        node.in_flight += 1
        work.in_flight[asyncio.ensure_future(node.handle.play.remote(trial))] = (node, trial)


def _lose(node: _Node, trial: Trial, work: _Dispatch, error: RayActorError) -> None:
    """A node's actor died (the node was lost): its trial goes back to the front of the queue for another node.
    The actor is killed for good, in case it was only unreachable: nothing of it may write after its successor."""
    if node.alive:
        node.alive = False
        log.warning("Ray node %s was lost; its episodes in flight run again elsewhere: %s", node.node_id, error)
        with suppress(Exception):
            ray.kill(node.handle)
    work.queue.appendleft(trial)


def _store(store: Store, episode: Episode) -> None:
    """A finished episode a node sent back, written as the node would have written it as it went."""
    sink = StoreSink(store)
    sink.started(episode)
    for step in episode.steps:
        sink.add_step(episode, step)
    sink.finished(episode)


def _cause(error: BaseException) -> BaseException:
    """The exception a node raised, as its own type (a fatal model error, an infrastructure failure), so that the
    run stops as it would on one machine; Ray's wrapper keeps the node's traceback in its message."""
    if isinstance(error, RayTaskError):
        cause: BaseException = error.as_instanceof_cause()  # type: ignore[no-untyped-call]
        return cause
    return error


async def _stop(nodes: list[_Node]) -> None:
    """Each live node's runtime closed (its containers removed), as far as it answers within `STOP_TIMEOUT_S`."""
    live = [node.handle.stop.remote() for node in nodes if node.alive]
    if live:
        with suppress(Exception):
            await asyncio.wait_for(asyncio.gather(*live, return_exceptions=True), STOP_TIMEOUT_S)

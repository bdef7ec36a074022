"""`run` through a Redis restart: the work its queue lost is queued again within seconds."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import redis
from conftest import CORPUS, make_settings
from servers import RedisServer
from sqlmodel import Session

from pipeline.actors import INGEST_QUEUE, Actors, declare_actors, make_broker
from pipeline.db import upgrade_schema
from pipeline.desk import Desk, open_desk
from pipeline.ingest.ledger import record_arrivals
from pipeline.ingest.source import Arrival
from pipeline.runner import BROKER_CHECK_SECONDS, watch_broker


def test_a_message_whose_queue_entry_died_with_redis_is_queued_again_once_redis_is_back(
        tmp_path: Path):
    server = RedisServer(tmp_path)
    server.start()
    desk, actors, queue, ledger_ids = _desk_with_one_message(tmp_path, server)
    actors.enqueue(ledger_ids)  # no worker runs: the message waits in Redis
    client = redis.Redis.from_url(server.url)
    stop = threading.Event()
    watch = threading.Thread(target=watch_broker, args=(desk, actors), kwargs={"stop": stop})
    watch.start()
    try:
        time.sleep(BROKER_CHECK_SECONDS + 1)  # the watch has seen this Redis

        server.stop()
        server.start()
        lost = client.llen(queue)
        queued_again = _queued_within(client, queue, seconds=10)
    finally:
        stop.set()
        watch.join(timeout=30)
        server.stop()
        desk.close()

    assert (lost, queued_again) == (0, 1)


def test_work_recorded_while_redis_was_down_is_queued_once_it_answers(tmp_path: Path):
    """The watch may never have seen Redis up (it went down as `run` started): a message
    recorded meanwhile could not be queued, and must be once Redis answers."""
    server = RedisServer(tmp_path)  # not started yet
    desk, actors, queue, _ = _desk_with_one_message(tmp_path, server)
    stop = threading.Event()
    watch = threading.Thread(target=watch_broker, args=(desk, actors), kwargs={"stop": stop})
    watch.start()
    try:
        time.sleep(BROKER_CHECK_SECONDS + 1)  # the watch has found Redis down
        server.start()
        queued = _queued_within(redis.Redis.from_url(server.url), queue, seconds=10)
    finally:
        stop.set()
        watch.join(timeout=30)
        server.stop()
        desk.close()

    assert queued == 1


def _queued_within(client: redis.Redis, queue: str, *, seconds: float) -> int:
    """The queue's length once something is in it, or after `seconds`."""
    deadline = time.monotonic() + seconds
    while client.llen(queue) == 0 and time.monotonic() < deadline:
        time.sleep(0.1)
    return int(client.llen(queue))


def _desk_with_one_message(tmp_path: Path,
                           server: RedisServer) -> tuple[Desk, Actors, str, list[int]]:
    """A desk on this Redis with dev d001 recorded, not queued; its ingest queue's name."""
    settings = make_settings(tmp_path, db_url=f"sqlite:///{tmp_path / 'support.db'}",
                             broker=server.url)
    desk = open_desk(settings)
    upgrade_schema(desk.engine)
    actors = declare_actors(make_broker(settings.queue), desk)
    with Session(desk.engine) as session:
        ledger_ids = record_arrivals(session, "inbox", [
            Arrival("d001", (CORPUS / "dev" / "d001.eml").read_bytes())])
    return desk, actors, f"{settings.queue.namespace}:{INGEST_QUEUE}", ledger_ids

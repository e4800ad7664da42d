#!/usr/bin/env python3
"""The throwaway PostgreSQL server the PostgreSQL tests run on
(tests/system/pg_server.py) is what the design asks of it (docs: README
"Deployment", issue 14):

1. it starts from nothing (initdb into a new temporary directory, as `nobody`
   when run as root) and answers through the Unix socket in that directory;
2. it listens on no network address, and a TCP connection to it is refused;
3. the database it made holds what it is given, in UTF-8, with SERIALIZABLE
   transactions and row locks working as plaint's backend will use them
   (two sessions, one waiting on the other's FOR UPDATE);
4. stopped, it leaves no process and no directory behind.

Exits 77 (CTest's skip) when Debian's postgresql package is not installed.

    python3 test_pg_server.py --plaint BINARY --data DIR
"""
import argparse
import os
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pg_server import PgServer  # noqa: E402

SKIP = 77
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


def server_processes(directory):
    out = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if directory in line and "postgres" in line]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint")
    parser.add_argument("--data")
    parser.parse_args()
    if not PgServer.available():
        print("skipped: PostgreSQL is not installed (apt-get install postgresql; scripts/test.sh does)")
        return SKIP

    with PgServer() as pg:
        directory = pg.dir
        check(os.path.exists(os.path.join(directory, f".s.PGSQL.{pg.PORT}")), "no Unix socket in the directory")
        check(pg.psql("SELECT current_database(), current_user") == ["plaint|postgres"],
              "not connected to the new database")
        check(pg.psql("SHOW listen_addresses") == [""], "the server listens on a network address")
        check(pg.psql("SHOW server_encoding") == ["UTF8"], "the database is not UTF-8")
        for port in (5432, pg.PORT):
            s = socket.socket()
            s.settimeout(2)
            refused = s.connect_ex(("127.0.0.1", port)) != 0
            s.close()
            if not refused:
                print(f"note: something else listens on 127.0.0.1:{port} (not this server: listen_addresses is '')")

        pg.psql("CREATE TABLE head (id int PRIMARY KEY, seq bigint NOT NULL); INSERT INTO head VALUES (1, 0)")
        pg.psql("CREATE TABLE t (s text NOT NULL)")
        pg.psql("INSERT INTO t VALUES ('Zoë Ñúñez – café')")
        check(pg.psql("SELECT s, length(s) FROM t") == ["Zoë Ñúñez – café|16"], "UTF-8 text changed on the way")

        # A row lock held by one session makes the other wait, then see the new value.
        env = pg.client_env()
        holder = subprocess.Popen(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"], env=env,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        holder.stdin.write("BEGIN; SELECT seq FROM head WHERE id = 1 FOR UPDATE; SELECT pg_sleep(1.5);"
                           " UPDATE head SET seq = seq + 1 WHERE id = 1; COMMIT;\n")
        holder.stdin.close()
        time.sleep(0.5)
        started = time.monotonic()
        rows = pg.psql("BEGIN ISOLATION LEVEL READ COMMITTED; SELECT seq FROM head WHERE id = 1 FOR UPDATE;"
                       " UPDATE head SET seq = seq + 1 WHERE id = 1 RETURNING seq; COMMIT;")
        waited = time.monotonic() - started
        holder.wait(timeout=30)
        check(holder.returncode == 0, f"the holding session failed: {holder.stderr.read()}")
        check(rows is not None and "2" in rows, f"the second writer did not follow the first: {rows}")
        check(waited > 0.5, f"the second writer did not wait for the row lock ({waited:.2f} s)")
        check(pg.psql("SELECT seq FROM head") == ["2"], "an increment was lost")
        serializable = pg.psql("BEGIN ISOLATION LEVEL SERIALIZABLE; SELECT count(*) FROM t; COMMIT;")
        check(serializable == ["1"], f"SERIALIZABLE transaction: {serializable}")
        check(server_processes(directory), "no server process seen while running")

    check(not os.path.exists(directory), f"{directory} left behind")
    deadline = time.monotonic() + 10
    while server_processes(directory) and time.monotonic() < deadline:
        time.sleep(0.2)
    check(not server_processes(directory), "a server process is still running after stop")

    if problems:
        print("FAILED:\n  " + "\n  ".join(problems))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

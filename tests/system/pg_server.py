"""A throwaway PostgreSQL server for plaint's tests (not a test itself).

    with PgServer() as pg:           # initdb, pg_ctl start
        pg.psql("SELECT 1")          # through the Unix socket
        env = pg.client_env()        # PGHOST, PGPORT, PGUSER, PGDATABASE for plaint
    # stopped (pg_ctl stop -m fast) and its directory removed

Everything lives in one new temporary directory: the cluster (`data/`), its log
and its Unix socket. The server listens on no network address
(listen_addresses = ''), trusts only local connections through that socket
and rejects every TCP connection. Run as root, the server runs as `nobody`
(PostgreSQL refuses to run as root) and the directory is that user's, mode
0700: root's clients still reach the socket, other accounts cannot.

PgServer.available() says whether Debian's `postgresql` package (its initdb,
pg_ctl and psql) is installed; tests skip (77) without it.
"""
import glob
import os
import pwd
import shutil
import subprocess
import tempfile


def _bindir():
    found = shutil.which("initdb")
    if found:
        return os.path.dirname(found)
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return os.path.dirname(versions[-1]) if versions else None


class PgServer:
    SUPERUSER = "postgres"
    PORT = 5432  # names the socket file only: nothing listens on TCP

    @staticmethod
    def available():
        return _bindir() is not None and shutil.which("psql") is not None

    def __init__(self, database="plaint"):
        self.bindir = _bindir()
        self.database = database
        self.dir = None
        self.running = False

    # --- lifetime ---
    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def _as_server_user(self):
        if os.geteuid() != 0:
            return []
        nobody = pwd.getpwnam("nobody")
        return ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups"]

    def _server_run(self, args, **kw):
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C.UTF-8", TZ="UTC")
        return subprocess.run(self._as_server_user() + args, env=env, capture_output=True, text=True,
                              timeout=120, **kw)

    def start(self):
        if not self.bindir:
            raise RuntimeError("PostgreSQL is not installed (Debian's postgresql package)")
        self.dir = tempfile.mkdtemp(prefix="plaint-pg-")
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            os.chown(self.dir, nobody.pw_uid, nobody.pw_gid)
        os.chmod(self.dir, 0o700)
        data = os.path.join(self.dir, "data")
        r = self._server_run([os.path.join(self.bindir, "initdb"), "-D", data, "-U", self.SUPERUSER,
                              "--auth-local=trust", "--auth-host=reject", "-E", "UTF8", "--locale=C.UTF-8",
                              "--no-sync"], cwd=self.dir)
        if r.returncode != 0:
            raise RuntimeError(f"initdb failed: {r.stderr}")
        options = (f"-c listen_addresses='' -k {self.dir} -p {self.PORT} -c fsync=off "
                   "-c unix_socket_permissions=0700")
        r = self._server_run([os.path.join(self.bindir, "pg_ctl"), "-D", data, "-l",
                              os.path.join(self.dir, "server.log"), "-o", options, "-w", "-t", "60", "start"],
                             cwd=self.dir)
        if r.returncode != 0:
            raise RuntimeError(f"pg_ctl start failed: {r.stderr}\n{self.log()}")
        self.running = True
        self.psql(f'CREATE DATABASE "{self.database}"', database="postgres")

    def stop(self):
        if self.running:
            self._server_run([os.path.join(self.bindir, "pg_ctl"), "-D", os.path.join(self.dir, "data"),
                              "-m", "fast", "-w", "stop"], cwd=self.dir)
            self.running = False
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def log(self):
        try:
            with open(os.path.join(self.dir, "server.log")) as f:
                return f.read()
        except OSError:
            return ""

    # --- clients ---
    def client_env(self, base=None, user=None, database=None):
        env = dict(os.environ if base is None else base)
        env.update(PGHOST=self.dir, PGPORT=str(self.PORT), PGUSER=user or self.SUPERUSER,
                   PGDATABASE=database or self.database)
        env.pop("PGPASSWORD", None)
        return env

    def psql(self, sql, database=None, user=None, check=True):
        """Runs `sql` with psql (on error stop); returns its rows, unaligned, '|' between fields."""
        r = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql],
                           env=self.client_env(user=user, database=database), capture_output=True, text=True,
                           timeout=120)
        if check and r.returncode != 0:
            raise RuntimeError(f"psql failed: {r.stderr}")
        return r.stdout.splitlines() if r.returncode == 0 else None

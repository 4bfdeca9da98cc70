"""gunicorn settings for the atlas, read by the Procfile: `gunicorn -c gunicorn.conf.py dashboard.wsgi:server`.

Every value can be overridden from the environment (WEB_CONCURRENCY, ATLAS_THREADS, PORT...).
"""

import multiprocessing
import os

from dashboard import onesend
from dashboard.config import Settings

# ATLAS_HOST and ATLAS_PORT / PORT mean what they mean for every command (dashboard/config.py); unset, the
# host is every interface here (a platform's router reaches the app), where the dev server keeps to loopback.
settings = Settings.from_env()
bind = f"{settings.host if os.environ.get('ATLAS_HOST') else '0.0.0.0'}:{settings.port}"
# Requests are short and CPU-bound (pages, data, static files), and Python runs one thread at a time:
# two processes per core, each with two threads so a slow client never holds a whole process
# (measured with scripts/bench_load.py: see docs/operations.md).
# With the data keepers' desk on (ATLAS_DESK=1, an internal instance), one process with more threads: a
# desk's previews live in the memory of the process that checked them, and the office is a handful of people.
workers = int(os.environ.get("WEB_CONCURRENCY", 1 if settings.desk else 2 * multiprocessing.cpu_count()))
worker_class = "gthread"
threads = int(os.environ.get("ATLAS_THREADS", "8" if settings.desk else "2"))
# The data is read, checked and turned into the browser payload once, in the master, before the
# workers fork: they share it, and none starts slowly.
preload_app = True
timeout = 30
graceful_timeout = 20
keepalive = 5
# An answer's headers and body in one send, never a file sent apart (gunicorn's sendfile): a worker killed
# mid-answer then leaves nginx something it can retry, not a truncated answer (dashboard/onesend.py).
onesend.install()
sendfile = False
# Recycle a worker now and then, so a slow leak can never grow for months.
max_requests = 20000
max_requests_jitter = 2000
# Logs a web team can read: one line per request with its time, errors with their cause, on stdout.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("ATLAS_LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s bytes %(M)s ms "%(a)s"'

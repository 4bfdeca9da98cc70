#!/usr/bin/env bash
# The production stack on loopback, in the foreground: nginx on PORT with deploy/nginx.conf, in front of
# gunicorn (gunicorn.conf.py, as the Procfile runs it) on a free port. No root needed: nginx runs as the
# current user with a temporary prefix (pid, logs, buffers). SIGTERM or Ctrl-C stops both.
#   bash deploy/run-local.sh PORT [extra gunicorn arguments, e.g. --access-logfile /dev/null]
# The settings are the app's (ATLAS_DATA_DIR, ATLAS_URL_PREFIX, WEB_CONCURRENCY...). Once both answer it
# prints one line: "ready http://127.0.0.1:PORT/ gunicorn=<master pid> upstream=127.0.0.1:<port> nginx=<pid>".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
port="${1:?usage: bash deploy/run-local.sh PORT [gunicorn arguments]}"
shift
python="${ATLAS_PYTHON:-$root/.venv/bin/python}"
[ -x "$python" ] || python="$(command -v python3)"
nginx="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx" ] || { echo "nginx is not installed (apt-get install nginx)" >&2; exit 3; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/atlas-stack.XXXXXX")"
chmod 755 "$tmp"  # run as root, nginx's workers are "nobody": they read the assets copy
gunicorn_pid="" nginx_pid=""
stop() {
  trap - TERM INT EXIT
  [ -z "$nginx_pid" ] || kill -TERM "$nginx_pid" 2>/dev/null || true
  [ -z "$gunicorn_pid" ] || kill -TERM "$gunicorn_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap 'stop; exit 0' TERM INT
trap stop EXIT

cd "$root"
upstream_port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
prefix="$("$python" -c 'import os; from dashboard.config import normalise_prefix as n; print(n(os.environ.get("ATLAS_URL_PREFIX", "/")))')"

# While gunicorn starts: the app's security headers for the files nginx serves itself (read from the app,
# so never out of step), and the compressed copy of assets/, as deploy/atlas.service writes them.
"$python" -m dashboard nginx-headers > "$tmp/headers.conf" &
headers_pid=$!
"$python" -m dashboard precompress "$tmp/assets" > /dev/null &
assets_pid=$!

# deploy/nginx.conf, with only the machine's values replaced.
sed -e "s#listen 80;#listen 127.0.0.1:$port;#" \
    -e "s#127\.0\.0\.1:8000#127.0.0.1:$upstream_port#" \
    -e "s#/var/cache/atlas/assets/#$tmp/assets/#" \
    -e "s#/var/cache/nginx/atlas#$tmp/cache#" \
    -e "s#/etc/nginx/snippets/atlas-headers\.conf#$tmp/headers.conf#" \
    -e "s#location \(= \|[\^]~ \|\)/#location \1$prefix#" \
    -e "s#location ~ ^/#location ~ ^$prefix#" \
    deploy/nginx.conf > "$tmp/atlas.conf"
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
load_brotli=""
if [ -f "$brotli_module" ]; then
  load_brotli="load_module $brotli_module;"
else
  sed -i '/brotli_static/d' "$tmp/atlas.conf"  # Debian's libnginx-mod-http-brotli-static is not installed
fi
mkdir -p "$tmp/logs"
cat > "$tmp/nginx.conf" <<CONF
$load_brotli
worker_processes auto;
daemon off;
pid $tmp/nginx.pid;
error_log stderr warn;
events { worker_connections 2048; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    types_hash_max_size 2048;
    access_log off;  # gunicorn logs every request it answers
    client_body_temp_path $tmp/body;
    proxy_temp_path $tmp/proxy;
    fastcgi_temp_path $tmp/fastcgi;
    uwsgi_temp_path $tmp/uwsgi;
    scgi_temp_path $tmp/scgi;
    include $tmp/atlas.conf;
}
CONF

PORT="$upstream_port" ATLAS_HOST=127.0.0.1 "$python" -m gunicorn -c gunicorn.conf.py --control-socket "$tmp/gunicorn.ctl" "$@" \
  dashboard.wsgi:server &
gunicorn_pid=$!
for _ in $(seq 1 240); do  # at most 60 s for the data to load and the workers to start
  if curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$upstream_port${prefix}healthz" 2>/dev/null; then
    break
  fi
  kill -0 "$gunicorn_pid" 2>/dev/null || { echo "gunicorn exited" >&2; exit 1; }
  sleep 0.25
done
wait "$headers_pid"
wait "$assets_pid"
"$nginx" -t -q -p "$tmp" -c "$tmp/nginx.conf" -e stderr
"$nginx" -p "$tmp" -c "$tmp/nginx.conf" -e stderr &
nginx_pid=$!
for _ in $(seq 1 40); do
  if curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$port${prefix}healthz" 2>/dev/null; then
    echo "ready http://127.0.0.1:$port$prefix gunicorn=$gunicorn_pid upstream=127.0.0.1:$upstream_port nginx=$nginx_pid"
    break
  fi
  sleep 0.25
done
# In the foreground until either stops (then the other is stopped too) or a signal comes.
wait -n "$gunicorn_pid" "$nginx_pid" || true
echo "gunicorn or nginx stopped" >&2
exit 1

#!/usr/bin/env bash
# Web benchmark (not a test): requests/s and latency of a country page and its API twin, beside
# nginx serving a static file of the same size in the same run, so the numbers read relative to
# what this machine can do at all.
#
#   bench/web/run.sh [COUNTRY]        (default EC; needs wrk and nginx: apt-get install wrk nginx)
#
# Everything listens on 127.0.0.1 only, in a temporary directory that is removed afterwards.
# Each wrk run is bounded (-d15s); DURATION and CONNECTIONS override the defaults.
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
code=${1:-EC}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-32}

die() { echo "bench/web: $*" >&2; exit 1; }
command -v wrk >/dev/null || die "wrk not found (Debian: apt-get install wrk)"
command -v nginx >/dev/null || die "nginx not found (Debian: apt-get install nginx)"
command -v curl >/dev/null || die "curl not found"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

work=$(mktemp -d /tmp/sightline-bench-web.XXXXXX)
app_pid=""
nginx_started=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ -n "$nginx_started" ]; then nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

app_port=$(free_port)
echo "starting Sightline on 127.0.0.1:$app_port (data: $work/data)…" >&2
SIGHTLINE_JAVA_OPTS="${SIGHTLINE_JAVA_OPTS:-} -Dserver.address=127.0.0.1" \
  "$root/sightline" serve --port "$app_port" --data "$work/data" >"$work/serve.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "http://127.0.0.1:$app_port/actuator/health" && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/serve.log" >&2; die "serve exited"; }
  sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$app_port/actuator/health" || die "serve did not come up"

page="http://127.0.0.1:$app_port/countries/$code"
api="http://127.0.0.1:$app_port/api/v1/countries/$code"
curl -fs "$page" -o "$work/page.html" || die "GET $page failed"
size=$(stat -c %s "$work/page.html")

# nginx serves a file of exactly the page's size (the page itself) on its own loopback port.
nginx_port=$(free_port)
mkdir -p "$work/nginx/html" "$work/nginx/logs"
# nginx's workers drop root privileges: they must be able to read the file.
chmod 755 "$work" "$work/nginx" "$work/nginx/html"
cp "$work/page.html" "$work/nginx/html/page.html"
chmod 644 "$work/nginx/html/page.html"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  client_body_temp_path $work/nginx/tmp;
  proxy_temp_path $work/nginx/tmp;
  fastcgi_temp_path $work/nginx/tmp;
  uwsgi_temp_path $work/nginx/tmp;
  scgi_temp_path $work/nginx/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/html;
    default_type text/html;
  }
}
CONF
mkdir -p "$work/nginx/tmp"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
nginx_started=1
static="http://127.0.0.1:$nginx_port/page.html"
curl -fs -o /dev/null "$static" || { cat "$work/nginx/logs/error.log" >&2; die "nginx does not serve $static"; }

# Warm up the JVM (JIT, caches) before measuring.
wrk -t2 -c"$connections" -d5s "$page" >/dev/null
wrk -t2 -c"$connections" -d5s "$api" >/dev/null

# wrk prints latency in us/ms/s; normalise to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n = n * 1000
    printf "%.2f", n }'
}
declare -A rps p50 p99
measure() {
  local name=$1 url=$2 out
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency "$url")
  rps[$name]=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50[$name]=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99[$name]=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  if grep -q "Non-2xx" <<<"$out"; then
    echo "warning: $name answered non-2xx responses:" >&2
    grep "Non-2xx" <<<"$out" >&2
  fi
}
measure page "$page"
measure api "$api"
measure nginx "$static"

api_size=$(curl -fs "$api" | wc -c)
printf '\nwrk -t2 -c%s -d%s on %s cores; page /countries/%s = %s bytes (API JSON %s bytes)\n\n' \
  "$connections" "$duration" "$(nproc)" "$code" "$size" "$api_size"
printf '%-28s %12s %10s %10s %14s\n' target "requests/s" "p50 ms" "p99 ms" "x nginx (rps)"
for name in page api nginx; do
  case $name in
    page) label="/countries/$code" ;;
    api) label="/api/v1/countries/$code" ;;
    nginx) label="nginx static ($size B)" ;;
  esac
  ratio=$(awk -v a="${rps[$name]}" -v b="${rps[nginx]}" 'BEGIN { printf "%.2f", a / b }')
  printf '%-28s %12s %10s %10s %14s\n' "$label" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" "$ratio"
done

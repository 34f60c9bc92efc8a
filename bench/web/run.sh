#!/usr/bin/env bash
# Web benchmark (not a test): requests/s and latency of a country page and its API twin, beside
# nginx serving a static file of the same size in the same run, so the numbers read relative to
# what this machine can do at all.
#
#   bench/web/run.sh [COUNTRY]        (default EC; needs wrk and nginx: apt-get install wrk nginx)
#
# Everything listens on 127.0.0.1 only, in a temporary directory that is removed afterwards.
# Each wrk run is bounded (-d15s, after a 15 s warm-up per address); DURATION, WARMUP and
# CONNECTIONS override the defaults.
#
# Only 2xx answers count: requests/s is the 2xx answers per second, and any other answer or socket
# error makes the run fail (exit 1) after the table. The server is started with the anonymous API
# budget raised (sightline.rate-limit.anonymous, README "Configuration"), since every wrk
# connection comes from one address; production keeps its limits. The run also says whether it
# meets issue 15's aims: page >= 0.25x nginx with p99 < 50 ms, API >= 0.5x nginx. Then the same
# three again with Accept-Encoding: gzip, as browsers ask, beside nginx serving the page's gzip
# form (gzip_static).
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
code=${1:-EC}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-32}
warmup=${WARMUP:-15s}

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

# Build first (the launcher rebuilds a stale jar), so the start-up wait below is only the start.
"$root/sightline" --help >/dev/null || die "the build failed"
app_port=$(free_port)
echo "starting Sightline on 127.0.0.1:$app_port (data: $work/data)…" >&2
SIGHTLINE_JAVA_OPTS="${SIGHTLINE_JAVA_OPTS:-} -Dserver.address=127.0.0.1 -Dsightline.rate-limit.anonymous=1000000000" \
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
# Its gzip form beside it, served as is to clients that take gzip (gzip_static), as Sightline
# serves the compressed form it keeps of a page.
gzip -k -9 "$work/nginx/html/page.html"
chmod 644 "$work/nginx/html/page.html" "$work/nginx/html/page.html.gz"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  gzip_static on;
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

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# Warm up the JVM (JIT, caches) before measuring: on a busy machine the compiler needs well over
# five seconds of load before the figures settle.
wrk -t2 -c"$connections" -d"$warmup" "$page" >/dev/null
wrk -t2 -c"$connections" -d"$warmup" "$api" >/dev/null

# wrk prints latency in us/ms/s; normalise to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n = n * 1000
    printf "%.2f", n }'
}
declare -A rps p50 p99 bad
measure() {
  local name=$1 url=$2 out total seconds non2xx errors
  shift 2
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$url")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  seconds=$(awk '/requests in/ {sub(/,$/, "", $4); print $4}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  errors=$(awk '/Socket errors:/ {gsub(/,/, ""); print $4 + $6 + $8 + $10}' <<<"$out")
  bad[$name]=$((${non2xx:-0} + ${errors:-0}))
  # 2xx answers per second: wrk's own figure counts every answer, errors included.
  rps[$name]=$(awk -v n="$total" -v b="${non2xx:-0}" -v d="$(to_s "$seconds")" \
    'BEGIN { printf "%.0f", (n - b) / d }')
  p50[$name]=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99[$name]=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  if [ "${bad[$name]}" -gt 0 ]; then
    echo "bench/web: $name: ${non2xx:-0} non-2xx answers, ${errors:-0} socket errors" >&2
  fi
}
# wrk prints its duration as 15.01s, 1.00m, ...; in seconds.
to_s() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /m$/) n = n * 60; else if (v ~ /h$/) n = n * 3600; printf "%.3f", n }'
}
measure page "$page"
measure api "$api"
measure nginx "$static"
# The same with Accept-Encoding: gzip, as every browser asks.
gz=(-H "Accept-Encoding: gzip")
[ "$(curl -fs "${gz[@]}" -o /dev/null -w '%{size_download}' "$static")" -lt "$size" ] ||
  die "nginx does not serve the gzip form of $static"
measure page_gz "$page" "${gz[@]}"
measure api_gz "$api" "${gz[@]}"
measure nginx_gz "$static" "${gz[@]}"

api_size=$(curl -fs "$api" | wc -c)
printf '\nwrk -t2 -c%s -d%s on %s cores; page /countries/%s = %s bytes (API JSON %s bytes)\n\n' \
  "$connections" "$duration" "$(nproc)" "$code" "$size" "$api_size"
printf '%-28s %12s %10s %10s %14s\n' target "requests/s" "p50 ms" "p99 ms" "x nginx (rps)"
for name in page api nginx page_gz api_gz nginx_gz; do
  case $name in
    page) label="/countries/$code" ;;
    api) label="/api/v1/countries/$code" ;;
    nginx) label="nginx static ($size B)" ;;
    page_gz) label="/countries/$code gzip" ;;
    api_gz) label="/api/v1/countries/$code gzip" ;;
    nginx_gz) label="nginx gzip_static" ;;
  esac
  base=nginx
  [[ $name == *_gz ]] && base=nginx_gz
  ratio=$(awk -v a="${rps[$name]}" -v b="${rps[$base]}" 'BEGIN { printf "%.2f", a / b }')
  printf '%-28s %12s %10s %10s %14s\n' "$label" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" "$ratio"
done

verdict=$(awk -v page="${rps[page]}" -v api="${rps[api]}" -v nginx="${rps[nginx]}" -v p99="${p99[page]}" \
  'BEGIN {
    printf "aims: page %.2fx nginx (>= 0.25) %s; page p99 %.1f ms (< 50) %s; API %.2fx nginx (>= 0.5) %s",
      page / nginx, (page / nginx >= 0.25 ? "met" : "NOT met"), p99, (p99 < 50 ? "met" : "NOT met"),
      api / nginx, (api / nginx >= 0.5 ? "met" : "NOT met") }')
printf '\n%s (load average before the run: %s)\n' "$verdict" "$load_before"
printf 'gzip (as browsers ask): page %.2fx, API %.2fx nginx gzip_static\n' \
  "$(awk -v a="${rps[page_gz]}" -v b="${rps[nginx_gz]}" 'BEGIN { print a / b }')" \
  "$(awk -v a="${rps[api_gz]}" -v b="${rps[nginx_gz]}" 'BEGIN { print a / b }')"
failed=0
for name in page api nginx page_gz api_gz nginx_gz; do
  [ "${bad[$name]}" -eq 0 ] || failed=1
done
[ "$failed" -eq 0 ] || die "some answers were not 2xx (see above): the figures above do not count them"

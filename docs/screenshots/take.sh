#!/usr/bin/env bash
# Takes the README's screenshots of the four windows and the first start's welcome on a virtual screen (Xvfb),
# from the packaged jar, with a session bus, a notification daemon and a StatusNotifierItem watcher (so the app
# has a tray), pages served from the test fixtures, and a history store seeded with 10,000 incidents. Prints
# how long the history window took to appear. Needs: mvn -B -ntp package -DskipTests (jar) and
# mvn -B -ntp test-compile.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
jar=target/statustray.jar
fixtures=src/test/resources/fixtures
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "${bus_pid:-}" ] && kill "$bus_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
wait_for() {
  local deadline=$(( $(now_ms) + $1 * 1000 )); shift
  until "$@"; do [ "$(now_ms)" -lt "$deadline" ] || return 1; sleep 0.05; done
}
# window_id: the id of the app's top-level window whose name contains "StatusTray", if one is mapped.
window_id() {
  xwininfo -root -children 2>/dev/null | grep -a 'StatusTray' | grep -v '1x1+' | awk '{print $1}' | head -1
}
has_window() { [ -n "$(window_id)" ]; }

export DISPLAY=:97
Xvfb "$DISPLAY" -screen 0 1400x1000x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
wait_for 15 xdpyinfo -display "$DISPLAY" >/dev/null 2>&1
bus_info=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
bus_pid=$(sed -n 2p <<<"$bus_info")
export DBUS_SESSION_BUS_ADDRESS=$(sed -n 1p <<<"$bus_info")
dunst >/dev/null 2>&1 & pids+=($!)
status-notifier-watcher >/dev/null 2>&1 & pids+=($!)
export STATUSTRAY_THEME=${STATUSTRAY_THEME:-light}

site=$work/site
mkdir -p "$site/github/api/v2" "$site/openai/api/v2" "$site/claude/api/v2" "$site/slack/api/v2.0.0" "$work/data"
cp $fixtures/statuspage/summary-githubstatus-2022-11-25-packages-incident.json "$site/github/api/v2/summary.json"
cp $fixtures/incidentio/summary-openai-v2compat-2026-07-09-operational.json "$site/openai/api/v2/summary.json"
cp $fixtures/statuspage/summary-githubstatus-2019-05-10.json "$site/claude/api/v2/summary.json"
cp $fixtures/slack/current-v2-ok-docs-example.json "$site/slack/api/v2.0.0/current"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 & pids+=($!)
root=http://127.0.0.1:$port
cat > "$work/config.json" <<JSON
{"pollIntervalSeconds": 5,
 "services": [
   {"id": "github", "name": "GitHub", "url": "$root/github", "format": "statuspage"},
   {"id": "openai", "name": "OpenAI", "url": "$root/openai", "format": "statuspage"},
   {"id": "anthropic", "name": "Anthropic", "url": "$root/claude", "format": "statuspage"},
   {"id": "slack", "name": "Slack", "url": "$root/slack", "format": "slack"},
   {"id": "aws", "name": "AWS (unreachable here)", "url": "http://127.0.0.1:9/", "format": "statuspage"}],
 "notifications": {"maintenance": true, "quietHours": null}}
JSON
java -cp "$jar:target/test-classes" org.statustray.testing.SeedStore "$work/data" 10000 >/dev/null

shoot() { # shoot NAME WINDOW SETTLE_SECONDS [CONFIG DATA_DIR]; no WINDOW: none opened at start
  local started=$(now_ms) open=()
  [ -n "$2" ] && open=(--open "$2")
  java @packaging/jvm-options -jar "$jar" --config "${4:-$work/config.json}" --data-dir "${5:-$work/data}" "${open[@]}" \
    > "$work/$1.log" 2>&1 &
  local app=$!
  wait_for 60 has_window || { cat "$work/$1.log"; echo "no window for $2"; exit 1; }
  echo "take.sh: ${2:-$1} window on screen $(( $(now_ms) - started )) ms after launch"
  sleep "$3"
  import -window "$(window_id)" "$out/$1.png"
  kill "$app"; wait "$app" 2>/dev/null || true
  wait_for 10 bash -c '! xwininfo -root -children | grep -aq StatusTray' || true
}
shoot overview overview 9
shoot timeline timeline:github 4
shoot history history 4
shoot settings settings 3
STATUSTRAY_THEME=dark shoot overview-dark overview 9
shoot welcome "" 3 "$work/first/config.json" "$work/first/data" # no settings file yet: the first start
echo "take.sh: screenshots in $out"

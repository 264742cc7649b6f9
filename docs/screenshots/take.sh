#!/usr/bin/env bash
# Takes the README's screenshots on a virtual screen (Xvfb), from the packaged jar, with a session bus, a
# notification daemon and a real StatusNotifierItem host (so the app has a tray whose menu can be opened),
# pages served from the test fixtures (among them Twilio's 191 components with 47 maintenances and
# Cloudflare's 462), a muted service, one whose page cannot be reached (no data), a history store seeded with
# 10,000 incidents, and notifications snoozed from the tray menu. Prints how long each window took to appear.
# Needs: mvn -B -ntp package -DskipTests (jar) and mvn -B -ntp test-compile; Xvfb, dbus-daemon, dunst,
# status-notifier-watcher, gtk-sni-tray-standalone, xdotool, xwininfo and ImageMagick's import.
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
export XDG_STATE_HOME=$work/state XDG_CACHE_HOME=$work/cache # the app's log and icon cache stay in the run
dunst >/dev/null 2>&1 & pids+=($!)
status-notifier-watcher >/dev/null 2>&1 & pids+=($!)
sleep 0.5
gtk-sni-tray-standalone --bottom >/dev/null 2>&1 & pids+=($!) # a bar along the bottom: the tray icon at its left
export STATUSTRAY_THEME=${STATUSTRAY_THEME:-light}

site=$work/site
mkdir -p "$site/github/api/v2" "$site/openai/api/v2" "$site/claude/api/v2" "$site/slack/api/v2.0.0" "$site/twilio/api/v2" \
  "$site/cloudflare/api/v2" "$work/data" "$work/big"
cp $fixtures/statuspage/summary-githubstatus-2022-11-25-packages-incident.json "$site/github/api/v2/summary.json"
cp $fixtures/incidentio/summary-openai-v2compat-2026-07-09-operational.json "$site/openai/api/v2/summary.json"
cp $fixtures/statuspage/summary-githubstatus-2019-05-10.json "$site/claude/api/v2/summary.json"
cp $fixtures/slack/current-v2-ok-docs-example.json "$site/slack/api/v2.0.0/current"
cp $fixtures/statuspage/summary-twiliostatus-2026-08-12-191-components-47-maintenances.json "$site/twilio/api/v2/summary.json"
cp $fixtures/statuspage/summary-cloudflarestatus-2026-07-30-462-components.json "$site/cloudflare/api/v2/summary.json"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 & pids+=($!)
root=http://127.0.0.1:$port
cat > "$work/config.json" <<JSON
{"pollIntervalSeconds": 5,
 "services": [
   {"id": "github", "name": "GitHub", "url": "$root/github", "format": "statuspage"},
   {"id": "openai", "name": "OpenAI", "url": "$root/openai", "format": "statuspage"},
   {"id": "anthropic", "name": "Anthropic", "url": "$root/claude", "format": "statuspage"},
   {"id": "slack", "name": "Slack", "url": "$root/slack", "format": "slack", "muted": true},
   {"id": "twilio", "name": "Twilio", "url": "$root/twilio", "format": "statuspage"},
   {"id": "fastly", "name": "Fastly (unreachable here)", "url": "http://127.0.0.1:9/", "format": "statuspage"}],
 "notifications": {"maintenance": true, "quietHours": null}}
JSON
# Settings with a big page chosen: Cloudflare first (the Services tab shows the first service).
cat > "$work/big/config.json" <<JSON
{"pollIntervalSeconds": 5,
 "services": [
   {"id": "cloudflare", "name": "Cloudflare", "url": "$root/cloudflare", "format": "statuspage"},
   {"id": "twilio", "name": "Twilio", "url": "$root/twilio", "format": "statuspage"}],
 "notifications": {"maintenance": true, "quietHours": null}}
JSON
java -cp "$jar:target/test-classes" org.statustray.testing.SeedStore "$work/data" 10000 >/dev/null

sni_name() { dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
  org.freedesktop.DBus.ListNames | grep -o 'org.kde.StatusNotifierItem-[0-9]*-[0-9]*' | head -1; }
registered() { [ -n "$(sni_name)" ]; }
# click_menu ID: what a click on that tray menu item does (2: Snooze 1 hour), sent as the host sends it.
click_menu() {
  dbus-send --session --type=method_call --dest="$(sni_name)" /MenuBar com.canonical.dbusmenu.Event \
    int32:"$1" string:clicked variant:int32:0 uint32:0
}
menu_window() { xwininfo -root -children | grep -a '"gtk-sni-tray-standalone"' | grep -v '1000x30\|1400x30\|10x10' | grep -q .; }

# shoot NAME WINDOW SETTLE_SECONDS [CONFIG DATA_DIR [BEFORE [AFTER]]]: launches the app with that window open
# (none when WINDOW is empty), runs BEFORE if given (once the tray is registered), waits, takes the window,
# then runs AFTER if given.
shoot() {
  local started=$(now_ms) open=()
  [ -n "$2" ] && open=(--open "$2")
  java @packaging/jvm-options -jar "$jar" --config "${4:-$work/config.json}" --data-dir "${5:-$work/data}" "${open[@]}" \
    > "$work/$1.log" 2>&1 &
  local app=$!
  wait_for 60 has_window || { cat "$work/$1.log"; echo "no window for $2"; exit 1; }
  echo "take.sh: ${2:-$1} window on screen $(( $(now_ms) - started )) ms after launch"
  if [ -n "${6:-}" ]; then
    wait_for 30 registered || { echo "take.sh: the tray item did not register"; exit 1; }
    "$6"
  fi
  sleep "$3"
  import -window "$(window_id)" "$out/$1.png"
  [ -n "${7:-}" ] && "$7"
  kill "$app"; wait "$app" 2>/dev/null || true
  wait_for 10 bash -c '! xwininfo -root -children | grep -aq StatusTray' || true
}
# "Snooze 1 hour", as a person picks it from the tray menu; the window made tall enough for every service.
snooze_tall() { click_menu 2; xdotool windowsize "$(window_id)" 760 900; }
tall() { xdotool windowsize "$(window_id)" 760 900; }
# tray_menu: opens the tray icon's menu in the host's bar (a right click) and takes the screen's corner with it.
tray_menu() {
  xdotool windowunmap "$(window_id)"
  xdotool mousemove 14 985 click 3
  wait_for 10 menu_window || { echo "take.sh: the tray menu did not open"; exit 1; }
  sleep 1
  import -window root -crop 520x420+0+580 "$out/tray-menu.png"
  xdotool key Escape
}
# 17 s: the page that cannot be reached is unknown after three failed reads, 5 s apart
shoot overview overview 17 "$work/config.json" "$work/data" snooze_tall tray_menu
shoot timeline timeline:github 4
shoot timeline-nodata timeline:fastly 4
shoot history history 4
shoot all-services all 6
shoot settings settings 8 "$work/big/config.json" "$work/big"
STATUSTRAY_THEME=dark shoot overview-dark overview 17 "$work/config.json" "$work/data" tall
shoot welcome "" 3 "$work/first/config.json" "$work/first/data" # no settings file yet: the first start
echo "take.sh: screenshots in $out"

# Sourced by the real-desktop smoke tests (desktop-smoke, package-smoke): a virtual desktop (Xvfb, a
# session D-Bus, dunst for notifications, a StatusNotifierItem host: status-notifier-watcher and
# gtk-sni-tray-standalone), a local Statuspage server whose state the caller flips, and the checks.
# The caller sets smoke_name and then calls start_desktop DISPLAY and serve_statuspage.
work=$(mktemp -d)
# The app logs under $XDG_STATE_HOME: keep it in the run's folder, not the runner's home.
export XDG_STATE_HOME=$work/state
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "${bus_pid:-}" ] && kill "$bus_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
say() { echo "$smoke_name: $*"; }
fail() {
  say "FAIL: $*"
  echo "--- app output"; cat "$work"/app*.log 2>/dev/null || true
  echo "--- app log"; tail -n 80 "$work"/state/statustray/statustray.log 2>/dev/null || true
  echo "--- Notify calls"; grep -A4 'member=Notify' "$work/monitor.log" 2>/dev/null | head -60 || true
  exit 1
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# wait_for SECONDS COMMAND...: polls the command until it succeeds or the time is up (to the millisecond).
wait_for() {
  local deadline=$(( $(now_ms) + $1 * 1000 )); shift
  until "$@"; do
    [ "$(now_ms)" -lt "$deadline" ] || return 1
    sleep 0.1
  done
}
notices() { grep -c "string \"$1\"" "$work/monitor.log" 2>/dev/null || true; }
has_notice() { [ "$(notices "$1")" -ge 1 ]; }
all_notices() { grep -c 'member=Notify' "$work/monitor.log" 2>/dev/null || true; }
# pixels_of COLOUR: how many screen pixels are within 8% of the colour.
pixels_of() {
  import -display "$DISPLAY" -window root "$work/shot.png" 2>/dev/null || { echo 0; return; }
  convert "$work/shot.png" -fuzz 8% -fill white -opaque "$1" -fill black +opaque white \
    -format '%[fx:round(mean*w*h)]' info:
}
has_pixels() { [ "$(pixels_of "$1")" -ge 20 ]; }
sni_name() { dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
  org.freedesktop.DBus.ListNames | grep -o 'org.kde.StatusNotifierItem-[0-9]*-[0-9]*' | head -1; }
registered() { [ -n "$(sni_name)" ]; }
gone() { ! kill -0 "$1" 2>/dev/null; }
history_window() { xwininfo -root -children 2>/dev/null | grep -a 'Incident history' | grep -qv '1x1+'; }

# start_desktop DISPLAY: the X server, the session bus (exported), dunst and the tray host.
start_desktop() {
  export DISPLAY=$1
  Xvfb "$DISPLAY" -screen 0 800x600x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
  wait_for 15 xdpyinfo -display "$DISPLAY" >/dev/null 2>&1 || fail "Xvfb did not start"
  local bus_info
  bus_info=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
  bus_pid=$(sed -n 2p <<<"$bus_info")
  export DBUS_SESSION_BUS_ADDRESS=$(sed -n 1p <<<"$bus_info")
  stdbuf -oL dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" \
    > "$work/monitor.log" 2>&1 & pids+=($!)
  dunst > "$work/dunst.log" 2>&1 & pids+=($!)
  status-notifier-watcher > /dev/null 2>&1 & pids+=($!)
  sleep 1
  gtk-sni-tray-standalone > /dev/null 2>&1 & pids+=($!)
}

calm=src/test/resources/fixtures/statuspage/summary-githubstatus-2019-05-10.json
degraded=src/test/resources/fixtures/statuspage/summary-githubstatus-2022-11-25-packages-incident.json
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# serve_statuspage: serves $work/site (calm at first) on 127.0.0.1:$port and writes $work/config.json,
# one service polled every 2 s, into $work/data.
serve_statuspage() {
  mkdir -p "$work/site/api/v2" "$work/data"
  cp "$calm" "$work/site/api/v2/summary.json"
  port=$(free_port)
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" > /dev/null 2>&1 & pids+=($!)
  cat > "$work/config.json" <<JSON
{"pollIntervalSeconds": 2,
 "services": [{"id": "local", "name": "Local test", "url": "http://127.0.0.1:$port", "format": "statuspage",
               "pollIntervalSeconds": 2}],
 "notifications": {"maintenance": false, "quietHours": null}}
JSON
}

# quit_app: clicks Quit in the tray item's menu (dbusmenu item 6) and checks that $app exits with 0.
quit_app() {
  dbus-send --session --type=method_call --dest="$(sni_name)" /MenuBar com.canonical.dbusmenu.Event \
    int32:6 string:clicked variant:int32:0 uint32:0
  wait_for 20 gone "$app" || fail "Quit did not end the app"
  local code=0
  wait "$app" || code=$?
  [ "$code" -eq 0 ] || fail "the app exited with $code after Quit"
}

# Sourced by the Linux and macOS installer scripts (the Windows one does the same in PowerShell): the
# jar, a trimmed Java runtime, the JVM options and the version, with the repository as working directory.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jar=target/statustray.jar
stage=target/installer-input   # jpackage --input copies a whole folder: only the jar goes in it
runtime=target/runtime
installer_dir=target/installer
main_class=org.statustray.app.Main
description="Tray notifier for public status pages"

say() { echo "package: $*"; }

# tool NAME: the JDK command from $JAVA_HOME if it is set, else from the PATH.
tool() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"
  else command -v "$1" || { echo "package: $1 not found: needs a JDK 17 or later" >&2; exit 1; }
  fi
}

# list_of FILE: its lines without comments, blanks and surrounding space.
list_of() { sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$1" | grep -v '^$' || true; }

ensure_jar() {
  if [ ! -f "$jar" ] || [ ! -f target/maven-archiver/pom.properties ]; then
    mvn -B -ntp package -DskipTests
  fi
  rm -rf "$stage" && mkdir -p "$stage" && cp "$jar" "$stage/"
}

app_version() { sed -n 's/^version=//p' target/maven-archiver/pom.properties; }

# The runtime holds only packaging/runtime-modules, and the default CDS archive of those modules
# (faster JVM start); the archive for heaps over 32 GB is dropped.
make_runtime() {
  rm -rf "$runtime"
  "$(tool jlink)" --add-modules "$(list_of packaging/runtime-modules | paste -sd, -)" \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$runtime" > /dev/null
  rm -f "$runtime"/lib/server/classes_nocoops.jsa
}

# The jpackage arguments every platform shares; each line of packaging/jvm-options is one --java-options.
common_jpackage_args() {
  jpackage_args=(--input "$stage" --main-jar statustray.jar --main-class "$main_class"
    --runtime-image "$runtime" --description "$description" --vendor StatusTray --dest "$installer_dir")
  local option
  while IFS= read -r option; do jpackage_args+=(--java-options "$option"); done < <(list_of packaging/jvm-options)
}

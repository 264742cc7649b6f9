# Sourced by build-deb.sh and build-rpm.sh: a trimmed runtime and one jpackage run for a package type.
# shellcheck source=../build-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../build-common.sh"

# linux_package TYPE DEPENDENCIES SECTION: installs /opt/statustray (launcher bin/statustray) and a
# menu entry (resources/statustray.desktop, jpackage fills in the launcher, icon and categories).
linux_package() {
  local started=$SECONDS
  ensure_jar
  make_runtime
  common_jpackage_args
  local version
  version=$(app_version)
  mkdir -p "$installer_dir"
  rm -f "$installer_dir"/statustray[_-]*."$1"
  "$(tool jpackage)" --type "$1" "${jpackage_args[@]}" --name statustray --app-version "$version" \
    --install-dir /opt --icon icons/png/statustray-256.png --resource-dir packaging/linux/resources \
    --linux-package-name statustray --linux-shortcut --linux-menu-group 'Utility;Monitor;' \
    --linux-app-category "$3" --linux-package-deps "$2"
  say "$(ls "$installer_dir"/statustray[_-]*."$1") in $((SECONDS - started)) s;" \
    "runtime $(du -sh "$runtime" | cut -f1) ($(list_of packaging/runtime-modules | paste -sd' ' -))"
}

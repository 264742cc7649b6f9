#!/usr/bin/env bash
# Builds target/installer/StatusTray-<version>.dmg: StatusTray.app with its own trimmed Java runtime,
# living in the menu bar only (LSUIElement in Info.plist: no Dock icon). Needs macOS, a JDK 17+ (jlink,
# jpackage) and Maven; the app is for the build machine's processor (Intel or Apple silicon), since the
# jar's JavaFX and the runtime are. Unsigned. Untested: written from the jpackage documentation.
source "$(dirname "$0")/../build-common.sh"
[ "$(uname -s)" = Darwin ] || { echo "build-dmg.sh: runs on macOS only" >&2; exit 1; }
started=$SECONDS
ensure_jar
make_runtime
common_jpackage_args
version=$(app_version)
# jpackage refuses a bundle version (CFBundleVersion) that starts with 0: while StatusTray is 0.y.z the
# bundle version is 1.y.z. The version the Finder shows (CFBundleShortVersionString) is the real one.
bundle_version=$version
if [[ $version == 0.* ]]; then bundle_version=1.${version#0.}; fi
resources=target/macos-resources
rm -rf "$resources" && mkdir -p "$resources" "$installer_dir"
sed "s/STATUSTRAY_VERSION/$version/" packaging/macos/Info.plist > "$resources/Info.plist"
rm -f "$installer_dir"/StatusTray-*.dmg
"$(tool jpackage)" --type dmg "${jpackage_args[@]}" --name StatusTray --app-version "$bundle_version" \
  --icon icons/statustray.icns --resource-dir "$resources" \
  --mac-package-identifier org.statustray.StatusTray --mac-package-name StatusTray
if [ "$bundle_version" != "$version" ]; then
  mv "$installer_dir/StatusTray-$bundle_version.dmg" "$installer_dir/StatusTray-$version.dmg"
fi
say "$installer_dir/StatusTray-$version.dmg in $((SECONDS - started)) s"

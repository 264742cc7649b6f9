#!/usr/bin/env bash
# Builds target/installer/statustray_<version>_amd64.deb: StatusTray in /opt/statustray with its own
# trimmed Java runtime. Needs a JDK 17+ (jlink, jpackage), Maven, dpkg-deb and fakeroot.
source "$(dirname "$0")/linux-package.sh"
linux_package deb libgtk-3-0 utils

#!/usr/bin/env bash
# Builds target/installer/statustray-<version>-1.x86_64.rpm: StatusTray in /opt/statustray with its own
# trimmed Java runtime. Needs a JDK 17+ (jlink, jpackage), Maven and rpmbuild (package rpm-build, or rpm
# on Debian and Ubuntu).
source "$(dirname "$0")/linux-package.sh"
linux_package rpm gtk3 Applications/System

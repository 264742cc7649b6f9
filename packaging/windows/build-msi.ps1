# Builds target\installer\StatusTray-<version>.msi: a per-user install (no administrator rights, in
# %LOCALAPPDATA%\StatusTray) with its own trimmed Java runtime and a Start-menu shortcut. Needs Windows, a
# JDK 17+ (jlink, jpackage), Maven, and the WiX Toolset 3 (candle.exe and light.exe on the PATH), which
# jpackage makes the .msi with. Does what packaging/build-common.sh does for Linux and macOS.
# Untested: written from the jpackage documentation, not run on Windows.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-msi.ps1
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

# Never change it: Windows Installer recognises a newer StatusTray .msi as an upgrade of an older one by it.
$upgradeUuid = '05eb0c8c-8cae-4129-8fdd-b1bf278f0f77'
$jar = 'target\statustray.jar'
$stage = 'target\installer-input'   # jpackage --input copies a whole folder: only the jar goes in it
$runtime = 'target\runtime'
$installerDir = 'target\installer'

# The JDK command from %JAVA_HOME% if it is set, else from the PATH.
function Get-JdkTool([string]$name) {
    if ($env:JAVA_HOME -and (Test-Path "$env:JAVA_HOME\bin\$name.exe")) { return "$env:JAVA_HOME\bin\$name.exe" }
    return (Get-Command $name -ErrorAction Stop).Source
}

# The lines of a packaging list file (runtime-modules, jvm-options) without comments, blanks and spaces.
function Get-ListOf([string]$file) {
    @(Get-Content $file | ForEach-Object { ($_ -replace '#.*', '').Trim() } | Where-Object { $_ -ne '' })
}

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

$started = Get-Date
if (-not (Test-Path $jar) -or -not (Test-Path 'target\maven-archiver\pom.properties')) {
    Invoke-Checked (Get-Command mvn -ErrorAction Stop).Source @('-B', '-ntp', 'package', '-DskipTests')
}
Remove-Item -Recurse -Force $stage, $runtime -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $stage, $installerDir | Out-Null
Copy-Item $jar $stage
$version = (Select-String -Path 'target\maven-archiver\pom.properties' -Pattern '^version=(.+)$').Matches[0].Groups[1].Value

# The runtime holds only packaging\runtime-modules and the default CDS archive of those modules (faster
# JVM start); the archive for heaps over 32 GB is dropped.
$modules = (Get-ListOf 'packaging\runtime-modules') -join ','
Invoke-Checked (Get-JdkTool 'jlink') @('--add-modules', $modules, '--strip-debug', '--no-header-files',
    '--no-man-pages', '--generate-cds-archive', '--output', $runtime)
Remove-Item -Force "$runtime\bin\server\classes_nocoops.jsa" -ErrorAction SilentlyContinue

$arguments = @('--type', 'msi', '--name', 'StatusTray', '--app-version', $version, '--vendor', 'StatusTray',
    '--description', 'Tray notifier for public status pages',
    '--input', $stage, '--main-jar', 'statustray.jar', '--main-class', 'org.statustray.app.Main',
    '--runtime-image', $runtime, '--icon', 'icons\statustray.ico',
    '--win-per-user-install', '--win-menu', '--win-menu-group', 'StatusTray', '--win-upgrade-uuid', $upgradeUuid,
    '--dest', $installerDir)
# Each line of packaging\jvm-options is one --java-options value.
foreach ($option in Get-ListOf 'packaging\jvm-options') { $arguments += @('--java-options', $option) }
Get-ChildItem "$installerDir\StatusTray-*.msi" -ErrorAction SilentlyContinue | Remove-Item -Force
Invoke-Checked (Get-JdkTool 'jpackage') $arguments
$seconds = [int]((Get-Date) - $started).TotalSeconds
Write-Output "package: $installerDir\StatusTray-$version.msi in $seconds s"

<#
.SYNOPSIS
    Builds the Windows installer of Echo LSTM Explorer:
    target\jpackage\Echo LSTM Explorer-<version>.msi

.DESCRIPTION
    Run from any folder:
        powershell -ExecutionPolicy Bypass -File packaging\windows\package.ps1 [-WithTests]

    Steps: the jar and its runtime dependencies with the Maven profile "package" and
    -Djavacpp.platform=windows-x86_64 (this overrides the linux-x86_64 of .mvn\maven.config), a
    check that no other platform's natives or test jars slipped in, then jpackage with
    packaging\windows\jpackage.txt (.msi with a trimmed Java runtime, a Start menu entry, a desktop
    shortcut and a second, console launcher echo-lstm-explorer.exe for the command line).

    Needs: a 64-bit JDK 17 or newer with jpackage (JAVA_HOME, or jpackage on PATH) and the WiX
    Toolset 3.x (candle.exe and light.exe on PATH; jpackage 17 does not use WiX 4 or later).

.PARAMETER WithTests
    Run the test suite before packaging (skipped by default; CI runs it).
#>
param(
    [switch] $WithTests
)

$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $root

if ($env:JAVA_HOME) {
    $jpackage = Join-Path $env:JAVA_HOME 'bin\jpackage.exe'
} else {
    $found = Get-Command jpackage.exe -ErrorAction SilentlyContinue
    $jpackage = if ($found) { $found.Source } else { $null }
}
if (-not $jpackage -or -not (Test-Path $jpackage)) {
    throw 'jpackage not found: install a JDK 17 or newer and set JAVA_HOME'
}
foreach ($tool in 'candle.exe', 'light.exe') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "$tool not found: install the WiX Toolset 3.x and put its bin folder on PATH"
    }
}

Write-Host '==> Building the jar and copying the runtime dependencies'
$mvnArgs = @('-B', '-Ppackage', '-Djavacpp.platform=windows-x86_64')
if (-not $WithTests) { $mvnArgs += '-DskipTests' }
$mvnArgs += @('clean', 'package')
& .\mvnw.cmd @mvnArgs
if ($LASTEXITCODE -ne 0) { throw "Maven failed (exit status $LASTEXITCODE)" }

$line = Get-Content 'target\classes\org\echolstm\app.properties' | Where-Object { $_ -like 'version=*' }
$version = $line -replace '^version=', ''
if (-not $version) { throw 'could not read the version from target\classes\org\echolstm\app.properties' }
$appVersion = $version -replace '-.*$', ''   # an MSI version is digits and dots: 1.2.0-SNAPSHOT -> 1.2.0
$mainJar = "echo-lstm-explorer-$version.jar"

$out = 'target\jpackage'
$inputDir = Join-Path $out 'input'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force $inputDir | Out-Null
Copy-Item 'target\lib\*.jar' $inputDir
Copy-Item "target\$mainJar" $inputDir

Write-Host '==> Checking the bundled jars'
# Every jar with a platform classifier (JavaCPP/ND4J: <os>-<arch>, JavaFX: -linux, -win, -mac,
# -mac-aarch64, -linux-aarch64) must be windows-x86_64 or -win; test jars are refused too.
$foreign = Get-ChildItem $inputDir -Name | Where-Object {
    (($_ -match '-(linux|windows|macosx|android|ios)-[a-z0-9_]+\.jar$' -or
      $_ -match '-(linux|win|mac|mac-aarch64|linux-aarch64)\.jar$') -and
     $_ -notmatch '-(windows-x86_64|win)\.jar$') -or
    $_ -match '-tests?\.jar$'
}
if ($foreign) { throw "jars for another platform or tests found in ${inputDir}: $($foreign -join ', ')" }

Write-Host '==> jpackage: .msi'
& $jpackage '@packaging/windows/jpackage.txt' `
    --input $inputDir `
    --main-jar $mainJar `
    --app-version $appVersion `
    --dest $out
if ($LASTEXITCODE -ne 0) { throw "jpackage failed (exit status $LASTEXITCODE)" }

Get-ChildItem $out -Filter '*.msi' | ForEach-Object {
    Write-Host ("    package: {0} ({1:N0} MB)" -f $_.FullName, ($_.Length / 1MB))
}

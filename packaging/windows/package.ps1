<#
.SYNOPSIS
    Builds the Windows installer of Echo LSTM Explorer:
    target\jpackage\Echo LSTM Explorer-<version>.msi

.DESCRIPTION
    Run from any folder:
        powershell -ExecutionPolicy Bypass -File packaging\windows\package.ps1 [-WithTests]

    Steps: the jar and its runtime dependencies with the Maven profile "package" and
    -Djavacpp.platform=windows-x86_64 (this overrides the linux-x86_64 of .mvn\maven.config), a
    check that no other platform's natives or test jars slipped in, jpackage with
    packaging\windows\jpackage.txt (the application folder with a trimmed Java runtime and a
    second, console launcher echo-lstm-explorer.exe for the command line), the start-up cache
    (Java 25, below), then jpackage with packaging\windows\jpackage-msi.txt (.msi with a Start menu
    entry and a desktop shortcut).

    The runtime: a JDK 25 or newer when one is found (JAVA_HOME, else the newest jdk-25* folder
    under Program Files\Java or Program Files\Eclipse Adoptium): the application then carries an
    ahead-of-time cache recorded here from one training run of the application, which opens the
    window for about half a minute (packaging\README.md). Otherwise the JDK 17+ of JAVA_HOME or
    PATH, without a cache.

    Needs: a 64-bit JDK 17 or newer with jpackage (JAVA_HOME, or jpackage on PATH) and the WiX
    Toolset (candle.exe and light.exe of WiX 3.x on PATH; jpackage 17 does not use WiX 4 or later,
    jpackage 25 also takes WiX 4 to 6).

.PARAMETER WithTests
    Run the test suite before packaging (skipped by default; CI runs it).
#>
param(
    [switch] $WithTests
)

$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $root

# The first number of a JDK's version (17, 25...), from its release file; 0 if it has none.
function Get-JavaFeature([string] $jdk) {
    $release = Join-Path $jdk 'release'
    if (-not (Test-Path $release)) { return 0 }
    $line = Get-Content $release | Where-Object { $_ -like 'JAVA_VERSION=*' } | Select-Object -First 1
    if ($line -match '^JAVA_VERSION="(\d+)') { return [int] $Matches[1] }
    return 0
}

$jdkHome = $null
if ($env:JAVA_HOME -and (Get-JavaFeature $env:JAVA_HOME) -ge 25) {
    $jdkHome = $env:JAVA_HOME
} else {
    $jdkHome = @('Java', 'Eclipse Adoptium') |
        ForEach-Object { Join-Path $env:ProgramFiles $_ } |
        Where-Object { Test-Path $_ } |
        ForEach-Object { Get-ChildItem $_ -Directory -Filter 'jdk-*' } |
        Where-Object { (Get-JavaFeature $_.FullName) -ge 25 -and (Test-Path (Join-Path $_.FullName 'bin\jpackage.exe')) } |
        Sort-Object { Get-JavaFeature $_.FullName } -Descending |
        Select-Object -First 1 -ExpandProperty FullName
}
$aot = [bool] $jdkHome
if ($jdkHome) {
    $jpackage = Join-Path $jdkHome 'bin\jpackage.exe'
} elseif ($env:JAVA_HOME) {
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

$name = 'Echo LSTM Explorer'
$runtimeOptions = @()
if ($aot) {
    # As on Linux (packaging/package.sh): the cache is named in the launchers' options and ignored
    # without a message when it does not fit; native access and sun.misc.Unsafe are allowed for
    # JavaFX, JavaCPP and ND4J without Java 24's warnings.
    $runtimeOptions = @('--java-options', '-XX:AOTCache=$APPDIR\echo-lstm-explorer.aot', '--java-options', '-Xlog:aot=off', '--java-options', '-Xlog:cds=off',
        '--java-options', '--enable-native-access=ALL-UNNAMED', '--java-options', '--sun-misc-unsafe-memory-access=allow')
}
Write-Host '==> jpackage: application folder'
& $jpackage '@packaging/windows/jpackage.txt' @runtimeOptions `
    --type app-image `
    --input $inputDir `
    --main-jar $mainJar `
    --app-version $appVersion `
    --dest (Join-Path $out 'image')
if ($LASTEXITCODE -ne 0) { throw "jpackage failed (exit status $LASTEXITCODE)" }
$image = Join-Path $out "image\$name"

if ($aot) {
    Write-Host '==> Ahead-of-time cache (the window opens for about half a minute)'
    # The training run records what it loads, links and profiles; a second start of the same
    # launcher turns that into the cache. A recording run must not be given the cache, so the
    # console launcher's .cfg goes without those lines meanwhile. The cache loads all its classes
    # when the JVM starts, which a command does not need: the console launcher, for the command
    # line, names a class data sharing archive of the command line's training run instead, whose
    # classes load on demand (packaging/README.md).
    $cfg = Join-Path $image 'app\echo-lstm-explorer.cfg'
    $saved = Get-Content $cfg
    $final = $saved
    $conf = Join-Path $out 'echo-lstm-explorer.aotconf'
    $classlist = Join-Path $out 'echo-lstm-explorer-cli.classlist'
    $log = Join-Path $out 'aot.log'
    $launcher = Join-Path $image 'echo-lstm-explorer.exe'
    try {
        $saved | Where-Object { $_ -notlike 'java-options=-XX:AOTCache=*' -and $_ -notmatch '^java-options=-Xlog:(aot|cds)=off$' } |
            Set-Content $cfg
        $env:JAVA_TOOL_OPTIONS = "-XX:AOTMode=record -XX:AOTConfiguration=$conf"
        & $launcher training-run *> $log
        if ($LASTEXITCODE -ne 0) { throw "the training run failed (see $log)" }
        # Written beside the configuration first: JAVA_TOOL_OPTIONS splits at the spaces of the folder's name.
        $cache = Join-Path $out 'echo-lstm-explorer.aot'
        $env:JAVA_TOOL_OPTIONS = "-XX:AOTMode=create -XX:AOTConfiguration=$conf -XX:AOTCache=$cache"
        & $launcher *>> $log
        if ($LASTEXITCODE -ne 0) { throw "the cache could not be made (see $log)" }
        Move-Item -Force $cache (Join-Path $image 'app')

        Write-Host '==> Class data sharing archive for the command line'
        $env:JAVA_TOOL_OPTIONS = "-XX:DumpLoadedClassList=$classlist"
        & $launcher training-run --no-window *>> $log
        if ($LASTEXITCODE -ne 0) { throw "the command line's training run failed (see $log)" }
        # picocli is compiled for Java 5: Java 25 leaves a class that old out of the archive once the
        # constants the class list names ("@cp" lines) have been resolved, so picocli's go.
        (Get-Content $classlist) | Where-Object { $_ -notlike '@cp picocli/*' } | Set-Content $classlist
        # Java 25 runs the main class after the dump, and the console launcher always names one:
        # it fails in the dumping JVM after the archive is written, so the archive is what counts.
        $archive = Join-Path $out 'echo-lstm-explorer-cli.jsa'
        $env:JAVA_TOOL_OPTIONS = "-Xshare:dump -XX:SharedClassListFile=$classlist -XX:SharedArchiveFile=$archive"
        & $launcher --version *>> $log
        if (-not (Test-Path $archive)) { throw "the archive could not be made (see $log)" }
        Move-Item -Force $archive (Join-Path $image 'app')
        $final = $saved | ForEach-Object {
            if ($_ -like 'java-options=-XX:AOTCache=*') { 'java-options=-XX:SharedArchiveFile=$APPDIR\echo-lstm-explorer-cli.jsa' } else { $_ }
        }
    } finally {
        Remove-Item Env:JAVA_TOOL_OPTIONS -ErrorAction SilentlyContinue
        $final | Set-Content $cfg
        Remove-Item $conf, $classlist -ErrorAction SilentlyContinue
    }
}

Write-Host '==> jpackage: .msi'
& $jpackage '@packaging/windows/jpackage-msi.txt' `
    --app-image $image `
    --app-version $appVersion `
    --dest $out
if ($LASTEXITCODE -ne 0) { throw "jpackage failed (exit status $LASTEXITCODE)" }

Get-ChildItem $out -Filter '*.msi' | ForEach-Object {
    Write-Host ("    package: {0} ({1:N0} MB)" -f $_.FullName, ($_.Length / 1MB))
}

@echo off
rem segment's launcher for Windows: `bin\segment.cmd customers.csv` from any folder. Runs
rem ..\lib\*.jar on the bundled runtime (the self-contained image), %JAVA_HOME%\bin\java.exe or
rem the java.exe on PATH, which must be Java 17 or newer. SEGMENT_JAVA_OPTS adds JVM options.
setlocal
set "SEGMENT_HOME=%~dp0.."
set "JAVA_EXE="
if exist "%SEGMENT_HOME%\runtime\bin\java.exe" (
  set "JAVA_EXE=%SEGMENT_HOME%\runtime\bin\java.exe"
) else if defined JAVA_HOME (
  if not exist "%JAVA_HOME%\bin\java.exe" (
    echo segment: JAVA_HOME ^(%JAVA_HOME%^) has no bin\java.exe: point it at a Java 17+ install, or unset it to use the java on PATH 1>&2
    exit /b 1
  )
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  for %%j in (java.exe) do set "JAVA_EXE=%%~$PATH:j"
)
if not defined JAVA_EXE (
  echo segment: no Java found: install Java 17 or newer and put it on PATH or set JAVA_HOME 1>&2
  exit /b 1
)

rem The major version from `java -version` ("17.0.15" gives 17, "1.8.0_402" gives 1).
set "JAVA_VERSION="
for /f "tokens=3" %%v in ('"%JAVA_EXE%" -version 2^>^&1 ^| findstr /i /c:" version "') do set "JAVA_VERSION=%%~v"
set "JAVA_MAJOR=0"
for /f "delims=.-+" %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
if %JAVA_MAJOR% LSS 17 (
  echo segment: %JAVA_EXE% is Java %JAVA_VERSION%; segment needs Java 17 or newer: set JAVA_HOME to one 1>&2
  exit /b 1
)

rem A small first argument (under 16 MiB) starts faster on the quick compiler and serial collector.
set "SEGMENT_OPTS=-Djava.awt.headless=true -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr"
if exist "%~1" (
  if %~z1 LSS 16777216 (
    set "SEGMENT_OPTS=%SEGMENT_OPTS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  ) else (
    set "SEGMENT_OPTS=%SEGMENT_OPTS% -XX:+UseParallelGC -Xmn128m"
  )
)

"%JAVA_EXE%" %SEGMENT_OPTS% %SEGMENT_JAVA_OPTS% -cp "%SEGMENT_HOME%\lib\*" dev.segment.cli.Main %*
exit /b %ERRORLEVEL%

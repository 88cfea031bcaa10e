@echo off
rem Runs the ipplan command line (lib\ipplan.jar) with application class-data sharing and the
rem JVM settings that suit short commands; see bin/ipplan for what they are.
rem   JAVA_HOME         the Java 17 or later to run (default: java on the PATH)
rem   IPPLAN_CDS_DIR    where the archive is kept (default: %LOCALAPPDATA%\ipplan)
rem   IPPLAN_NO_CDS     set to anything to run without an archive
rem   IPPLAN_JAVA_OPTS  more options for the JVM
rem The first run makes the archive in two runs of its own ('ipplan leads cnipa' lists the classes
rem it loads, then Java writes a static archive of them), then runs the command; a cache that
rem cannot be written costs the archive only, never the command. The archive is named after the
rem jar's size: delete the cache after changing Java.
setlocal
set "JAR=%~dp0..\lib\ipplan.jar"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:disable -Xlog:all=off"
if defined IPPLAN_NO_CDS goto plain
if not defined IPPLAN_CDS_DIR set "IPPLAN_CDS_DIR=%LOCALAPPDATA%\ipplan"
for %%F in ("%JAR%") do set "SIZE=%%~zF"
set "ARCHIVE=%IPPLAN_CDS_DIR%\ipplan-%SIZE%.jsa"
if exist "%ARCHIVE%" goto shared
if not exist "%IPPLAN_CDS_DIR%" mkdir "%IPPLAN_CDS_DIR%" 2>nul
if not exist "%IPPLAN_CDS_DIR%" goto plain
rem Written under a name of its own, then moved in place: runs at the same time never see half
rem an archive. An empty archive marks a Java that could not make one.
set "PARTIAL=%ARCHIVE%.%RANDOM%%RANDOM%"
set "MADE="
"%JAVA%" %OPTS% "-XX:DumpLoadedClassList=%PARTIAL%.classes" %IPPLAN_JAVA_OPTS% -jar "%JAR%" leads cnipa >nul 2>nul
if not errorlevel 1 "%JAVA%" %OPTS% -Xshare:dump "-XX:SharedClassListFile=%PARTIAL%.classes" "-XX:SharedArchiveFile=%PARTIAL%" %IPPLAN_JAVA_OPTS% -cp "%JAR%" >nul 2>nul
if not errorlevel 1 if exist "%PARTIAL%" set "MADE=1"
if defined MADE (move /y "%PARTIAL%" "%ARCHIVE%" >nul 2>nul) else (type nul > "%ARCHIVE%" 2>nul)
if exist "%PARTIAL%" del /q "%PARTIAL%" >nul 2>nul
if exist "%PARTIAL%.classes" del /q "%PARTIAL%.classes" >nul 2>nul
:shared
for %%F in ("%ARCHIVE%") do if "%%~zF"=="0" goto plain
if not exist "%ARCHIVE%" goto plain
"%JAVA%" %OPTS% "-XX:SharedArchiveFile=%ARCHIVE%" %IPPLAN_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:plain
"%JAVA%" %OPTS% %IPPLAN_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

@echo off
rem Runs the ipplan command line (lib\ipplan.jar) with application class-data sharing and the
rem JVM settings that suit short commands; see bin/ipplan for what they are.
rem   JAVA_HOME         the Java 17 or later to run (default: java on the PATH)
rem   IPPLAN_CDS_DIR    where the archive is kept (default: %LOCALAPPDATA%\ipplan)
rem   IPPLAN_NO_CDS     set to anything to run without an archive
rem   IPPLAN_JAVA_OPTS  more options for the JVM
rem Delete the archive after changing Java or the jar; it is made again on the next run.
setlocal
set "JAR=%~dp0..\lib\ipplan.jar"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:disable -Xlog:all=off"
if defined IPPLAN_NO_CDS goto plain
if not defined IPPLAN_CDS_DIR set "IPPLAN_CDS_DIR=%LOCALAPPDATA%\ipplan"
set "ARCHIVE=%IPPLAN_CDS_DIR%\ipplan.jsa"
if exist "%ARCHIVE%" (
  "%JAVA%" %OPTS% "-XX:SharedArchiveFile=%ARCHIVE%" %IPPLAN_JAVA_OPTS% -jar "%JAR%" %*
  exit /b %ERRORLEVEL%
)
if not exist "%IPPLAN_CDS_DIR%" mkdir "%IPPLAN_CDS_DIR%" 2>nul
if not exist "%IPPLAN_CDS_DIR%" goto plain
"%JAVA%" %OPTS% "-XX:ArchiveClassesAtExit=%ARCHIVE%" %IPPLAN_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:plain
"%JAVA%" %OPTS% %IPPLAN_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

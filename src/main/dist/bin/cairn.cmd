@echo off
rem Cairn launcher: runs lib\cairn.jar of this distribution with the Java of JAVA_HOME, or
rem else the first java on PATH (Java 17 or later). JAVA_OPTS adds options for the JVM.
setlocal
set "CAIRN_HOME=%~dp0.."
if defined JAVA_HOME goto useJavaHome
where java >nul 2>nul
if errorlevel 1 (
  echo cairn: no java on PATH; install Java 17 or later, or set JAVA_HOME 1>&2
  exit /b 1
)
set "JAVACMD=java"
goto run
:useJavaHome
set "JAVACMD=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVACMD%" (
  echo cairn: JAVA_HOME is %JAVA_HOME%, but it holds no bin\java.exe; fix JAVA_HOME or unset it 1>&2
  exit /b 1
)
:run
"%JAVACMD%" %JAVA_OPTS% -jar "%CAIRN_HOME%\lib\cairn.jar" %*
exit /b %ERRORLEVEL%

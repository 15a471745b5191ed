; Inno Setup 6 script for the Jobhunter Windows installer.
;
; Build the PyInstaller folder first (dist\Jobhunter), then from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\jobhunter.iss
; The version must match pyproject.toml; packaging\README.md shows how to pass it from there.
; Output: dist\Jobhunter-<version>-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\windows\jobhunter.iss
#endif

#define AppName "Jobhunter"
#define AppExe "Jobhunter.exe"
#define RepoRoot AddBackslash(SourcePath) + "..\.."

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{BFA5BD7C-FE8B-4243-BBBB-DE7716AAFDCB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Jobhunter
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs per user without administrator rights; an administrator can choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#RepoRoot}\packaging\icons\jobhunter.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#RepoRoot}\dist
OutputBaseFilename=Jobhunter-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder PyInstaller build; the user's data lives elsewhere and is never touched.
Source: "{#RepoRoot}\dist\Jobhunter\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files from an older version that a newer build no longer has.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Inno Setup script for the Windows installer of 阳光办件 (Sunlight).
; Build on Windows after `pyinstaller --noconfirm --clean packaging\sunlight.spec`:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\sunlight.iss
; Output: dist\installer\sunlight-setup-<version>.exe (start-menu entry, icon, uninstaller).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B1E6A52-7C1B-4F0E-9C7A-5D2F3A8B9E11}
AppName=阳光办件
AppVerName=阳光办件 {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=省发展和改革委员会信息中心
DefaultDirName={autopf}\Sunlight
DefaultGroupName=阳光办件
DisableProgramGroupPage=yes
OutputDir=..\dist\installer
OutputBaseFilename=sunlight-setup-{#AppVersion}
SetupIconFile=sunlight.ico
UninstallDisplayIcon={app}\sunlight.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\sunlight\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "sunlight.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\阳光办件"; Filename: "{app}\sunlight.exe"; Parameters: "gui"; IconFilename: "{app}\sunlight.ico"
Name: "{group}\卸载阳光办件"; Filename: "{uninstallexe}"
Name: "{autodesktop}\阳光办件"; Filename: "{app}\sunlight.exe"; Parameters: "gui"; IconFilename: "{app}\sunlight.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\sunlight.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,阳光办件}"; Flags: nowait postinstall skipifsilent

; User data (settings, logs, the local database) is left in place on uninstall on purpose.

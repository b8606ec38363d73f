; Inno Setup script for the Windows installer. Build the bundle first (python packaging\build.py), then:
;   iscc packaging\windows\rehearsal-studio.iss
#define AppVersion "0.1.0"
[Setup]
AppId={{6E0B3A52-5D0B-4E76-9C3C-52535444A001}
AppName=Rehearsal Studio
AppVersion={#AppVersion}
AppPublisher=Rehearsal Studio developers
DefaultDirName={autopf}\Rehearsal Studio
DefaultGroupName=Rehearsal Studio
OutputBaseFilename=RehearsalStudio-{#AppVersion}-setup
SetupIconFile=rehearsal-studio.ico
Compression=lzma2/max
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\rehearsal-studio\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Rehearsal Studio"; Filename: "{app}\rehearsal-studio.exe"
Name: "{autodesktop}\Rehearsal Studio"; Filename: "{app}\rehearsal-studio.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\rehearsal-studio.exe"; Parameters: "--self-test"; Description: "Check the installation"; Flags: postinstall nowait skipifsilent unchecked

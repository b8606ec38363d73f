"""Qt-free core: the session model, scoring, scripts, rules and reports. Imports no Qt and no device library."""

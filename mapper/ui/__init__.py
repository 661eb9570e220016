"""The desktop app: windows, canvas, panels and dialogs (Qt)."""

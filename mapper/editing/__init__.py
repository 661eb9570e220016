"""Editing a map, without Qt: what an owner's intent on the canvas (paste, add the
next step, align, nudge, connect...) means as model operations, and where the
keyboard goes along the flow. The canvas turns mouse and keys into these calls and
applies what they return; tests call them without a window.

- ``edits``: intents to operations (the canvas's editing logic);
- ``flow_keys``: Alt+Arrow along the arrows, "Connect to…" and the Yes/No labels.
"""

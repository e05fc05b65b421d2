#!/bin/sh
# Runs one test against a real system keychain without touching the user's:
# ctest starts it inside a private D-Bus session (dbus-run-session), and this
# script gives that session a fresh gnome-keyring (Secret Service) in a
# throw-away HOME, unlocked with a throw-away password. RULECAST_TEST_KEYRING
# tells the test that the keychain it talks to is this one.
set -eu
home=$(mktemp -d)
cleanup() { rm -rf "$home"; }
trap cleanup EXIT
export HOME="$home"
export XDG_DATA_HOME="$home/.local/share"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
printf 'rulecast-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
export RULECAST_TEST_KEYRING=1
unset RULECAST_NO_KEYCHAIN OPENAI_API_KEY
status=0
"$@" || status=$?
exit "$status"

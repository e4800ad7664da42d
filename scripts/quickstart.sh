#!/usr/bin/env bash
# Quick start: install what is missing, build, and run plaint's main job on
# the example register.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
exec "$root/examples/main-job.sh" "$root/build/cmd/plaint"

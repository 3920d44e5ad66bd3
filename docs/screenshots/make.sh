#!/usr/bin/env bash
# The README's pictures, made by `phakhi screenshot` from the shipped samples.
# Run from anywhere: docs/screenshots/make.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
th=samples/organic-farming.th.toml
en=samples/clean-energy.en.toml
shot() { uv run phakhi screenshot "$@"; }
shot "$th" --screen step3 --size 80x24 -o docs/screenshots/step3.th.svg
shot "$th" --screen grid --size 80x24 -o docs/screenshots/grid.th.svg
shot "$th" --screen map --size 100x30 --redact -o docs/screenshots/map.th.svg
shot "$en" --screen plan --size 100x30 -o docs/screenshots/plan.en.svg

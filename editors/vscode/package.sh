#!/usr/bin/env bash
# Builds podlint-<version>.vsix from this folder: npm ci (or install), then vsce package.
set -euo pipefail
cd "$(dirname "$0")"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
npx --no-install vsce package --allow-missing-repository --skip-license -o "podlint-$(node -p 'require("./package.json").version').vsix"

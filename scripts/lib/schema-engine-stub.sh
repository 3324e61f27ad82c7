#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded on every machine.
# prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here so `prisma generate` (which
# checks that the engine exists but never runs it) works offline. Commands that would run
# it (`prisma migrate ...`, `prisma db push`) then fail with this hint instead of
# "succeeding" without doing anything.

# `prisma --version` asks every engine for its version: answer rather than dump an error.
if [ "$1" = "--version" ]; then
  echo "schema-engine-cli none (native engine not installed; Tandem migrates through @prisma/schema-engine-wasm)"
  exit 0
fi

# The Prisma CLI reads the engine's stderr as JSON log lines: some commands drop the first
# line, others show only the message of an ERROR line. So the hint is written both ways.
hint='Tandem has no native Prisma schema engine: run npm run db:migrate -- <name> (instead of prisma migrate dev) or npm run db:deploy (instead of prisma migrate deploy). See docs/decisions/001-migrations-without-native-engine.md.'
echo "$hint" >&2
printf '{"level":"ERROR","target":"schema_engine::logger","fields":{"message":"%s"}}\n' "$hint" >&2
exit 1

#!/usr/bin/env bash
# CUDA checks for translation, in under 8 minutes on one GPU:
#   1. the CUDA tests (half precision vs fp32 with fallback, CTranslate2 int8_float16),
#   2. the translation speed benchmark on the GPU (beam 4 and greedy, 1000 NTREX sentences).
# Results: benchmarks/results/translate_speed_cuda.{json,md}. Skips cleanly without a GPU.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
if ! "$PY" -c "import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)"; then
  echo "skip: no CUDA GPU visible to torch (benchmarks/gpu.sh needs one)"; exit 0
fi
"$PY" -c "import torch; print('GPU:', torch.cuda.get_device_name(0))"
timeout 180 "$PY" -m pytest -q -p no:cacheprovider -m cuda tests/test_translate_precision.py
timeout 300 "$PY" benchmarks/translate_speed.py --device cuda --limit "${LIMIT:-1000}" --threads 4
cat benchmarks/results/translate_speed_cuda.md

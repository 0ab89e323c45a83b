"""A run's episodes spread over a Ray cluster (`sandbox eval --executor ray`).

This package's modules import Ray, which only `--executor ray` needs: nothing outside them imports one of them
before that choice is made (`sandbox.evaluation` imports `sandbox.distributed.driver` in the function)."""

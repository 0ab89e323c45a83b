"""The in-container code is a closed set: what the image copies whole must import nothing the image lacks."""

from __future__ import annotations

import sys

import grimp

from sandbox.runtime.image import IN_CONTAINER_PACKAGES, SHIPPED_DISTRIBUTIONS


def test_the_in_container_packages_import_only_each_other_the_stdlib_and_what_the_image_ships() -> None:
    graph = grimp.build_graph(
        *IN_CONTAINER_PACKAGES, include_external_packages=True, exclude_type_checking_imports=True
    )
    shipped = {name.replace("-", "_") for name in SHIPPED_DISTRIBUTIONS}
    foreign = {
        f"{importer} -> {imported}"
        for importer in graph.modules
        if importer.partition(".")[0] in IN_CONTAINER_PACKAGES
        for imported in graph.find_modules_directly_imported_by(importer)
        if (top := imported.partition(".")[0]) not in IN_CONTAINER_PACKAGES
        and top not in sys.stdlib_module_names
        and top not in shipped
    }
    assert foreign == set()
    # The check sees imports at all: the world server imports the world and pydantic.
    assert "environments.world" in graph.find_modules_directly_imported_by("environments.server.serve")
    assert "pydantic" in graph.find_modules_directly_imported_by("records.base")

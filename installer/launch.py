"""The bundle's entry point: what the `callnest` console script runs."""

from callnest.desktop.cli import main

main()

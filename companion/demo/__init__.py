"""Synthetic histories for the demo, the tests and the benchmarks (no real data, ever)."""

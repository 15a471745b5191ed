"""Fictional demo data for newcomers, screenshots and benchmarks."""

from jobhunter.services.demo.generator import DemoSummary, generate_demo

__all__ = ["DemoSummary", "generate_demo"]

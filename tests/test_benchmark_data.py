"""The benchmarks' synthetic data folders are valid data folders: a benchmark that cannot load its data
measures nothing (atlas.toml was once missing from them)."""

from __future__ import annotations

from dashboard.dataset import check_dataset
from scripts.bench_pipeline import generate


def test_a_synthetic_folder_loads_without_a_problem(tmp_path):
    dataset, report = check_dataset(generate(tmp_path / "synthetic", 300))
    assert dataset is not None, report
    assert len(dataset.relations) == 300

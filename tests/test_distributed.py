"""The Dask backend on a real LocalCluster: the same report as the local path."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

import claimcheck
from tests.conftest import FIXTURES

distributed = pytest.importorskip("dask.distributed")

from claimcheck.distributed import check_dask  # noqa: E402

FOLDERS = sorted(p for p in FIXTURES.iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        with cluster, distributed.Client(cluster) as connected:
            yield connected


def test_every_fixture_together_gives_the_local_report(client):
    remote = check_dask(FOLDERS, client=client)
    local = claimcheck.check(FOLDERS)
    assert remote.model_dump_json() == local.model_dump_json()
    assert remote.counts["conflict"] >= 5


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_each_fixture_gives_the_local_report(client, folder):
    assert check_dask(folder, client=client, partitions=3) == claimcheck.check(folder)


def test_unreadable_files_in_a_folder_are_skipped_alike(client, write, tmp_path):
    write("a.txt", "Chile cut ties with Peru on 3 May 2024.")
    write("b.txt", "Chile severed diplomatic ties with Peru on 9 May 2024, officials said.")
    write("c.txt", b"\x00\x01")
    remote = check_dask(tmp_path, client=client)
    with pytest.warns(claimcheck.ClaimcheckWarning):
        local = claimcheck.check(tmp_path)
    assert remote.model_dump_json() == local.model_dump_json()
    assert len(remote.skipped) == 1


def test_a_named_unreadable_file_raises(client, write):
    bad = write("c.txt", b"\x00\x01")
    with pytest.raises(claimcheck.SourceError, match="binary"):
        check_dask([FIXTURES / "ukraine-dprk-2022", bad], client=client)


def test_without_a_client_the_default_scheduler_runs():
    folder = FIXTURES / "ukraine-dprk-2022"
    assert check_dask(folder) == claimcheck.check(folder)


def test_duplicate_ids_name_both_files(client, write, tmp_path):
    write("one/a.txt", "Chile cut ties with Peru.")
    write("two/a.txt", "Peru cut ties with Chile.")
    with pytest.raises(
        claimcheck.SourceError, match=r"duplicate source id 'a' \(also .*one/a.txt\)"
    ):
        check_dask(tmp_path, client=client)

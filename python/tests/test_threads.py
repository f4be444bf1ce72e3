"""Batch calls release the GIL: threads may run them at once and get the same answers."""

from concurrent.futures import ThreadPoolExecutor

import crosscheck


def test_concurrent_calls_agree(kz_dir, kz_registry, kz_report):
    names = ["Nursultan Nazarbayev", "Нурсултан Назарбаев", "Nazarbaev N.", "Nur-Sultan",
             "Kassym-Jomart Tokayev", "Qasym-Zhomart Toqaev"] * 200
    expected_clusters = crosscheck.cluster(names).assignment
    articles = sorted((kz_dir / "articles").glob("*.txt"))
    expected_claims = crosscheck.extract(articles, registry=kz_registry)

    def work(i):
        if i % 3 == 0:
            return crosscheck.cluster(names).assignment == expected_clusters
        if i % 3 == 1:
            report = crosscheck.reconcile(kz_dir / "claims.jsonl", registry=kz_registry)
            return report.to_json() == kz_report.to_json()
        return crosscheck.extract(articles, registry=kz_registry) == expected_claims

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert all(pool.map(work, range(12)))

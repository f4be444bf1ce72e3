//! The command-line tool: its contracts and its errors.

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_crosscheck");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/kazakhstan");

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn reconcile_json_report_has_the_contract_fields() {
    let claims = format!("{FIXTURES}/claims.jsonl");
    let registry = format!("{FIXTURES}/entities.json");
    let (code, out, err) = run(
        &[
            "reconcile",
            &claims,
            "--registry",
            &registry,
            "--format",
            "json",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(report["possible_matches"].is_array());
    for g in report["groups"].as_array().unwrap() {
        for field in [
            "subject",
            "mentions",
            "predicate",
            "scope",
            "verdict",
            "claims",
            "explanation",
        ] {
            assert!(!g[field].is_null(), "group lacks {field}");
        }
    }
}

#[test]
fn reconcile_reads_standard_input_and_prints_a_table_disagreements_first() {
    let input = std::fs::read_to_string(format!("{FIXTURES}/claims.jsonl")).unwrap();
    let (code, out, _) = run(&["reconcile", "-"], &input);
    assert_eq!(code, 0);
    let first_group = out
        .lines()
        .find(|l| l.starts_with(['A', 'C', 'D']))
        .unwrap();
    assert!(first_group.starts_with("DISAGREE"), "{first_group}");
}

#[test]
fn bad_input_names_line_and_field_with_exit_code_2() {
    let input = "{\"source\":\"A\",\"published\":\"2021-01-10\",\"subject\":\"X\",\"predicate\":\"p\",\"value\":\"1\"}\n\
                 {\"source\":\"B\",\"published\":\"2021-02-30\",\"subject\":\"X\",\"predicate\":\"p\",\"value\":\"1\"}\n";
    let (code, out, err) = run(&["reconcile", "-"], input);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("line 2") && err.contains("published"), "{err}");
    assert!(!err.to_lowercase().contains("panick"));
}

#[test]
fn skip_invalid_reports_each_bad_line_and_counts_them() {
    let input = "not json\n{\"source\":\"A\",\"published\":\"2021-01-10\",\"subject\":\"X\",\"predicate\":\"p\",\"value\":\"1\"}\n{}\n";
    let (code, out, err) = run(
        &["reconcile", "-", "--skip-invalid", "--format", "json"],
        input,
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("line 1") && err.contains("line 3"), "{err}");
    assert!(err.contains("2 lines skipped"), "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["groups"][0]["claims"][0], "2");
}

#[test]
fn missing_files_and_bad_registries_are_errors() {
    let (code, _, err) = run(&["reconcile", "/no/such/file.jsonl"], "");
    assert_eq!(code, 2);
    assert!(err.contains("cannot open"), "{err}");
    let claims = format!("{FIXTURES}/claims.jsonl");
    let (code, _, err) = run(&["reconcile", &claims, "--registry", &claims], "");
    assert_eq!(code, 2);
    assert!(err.contains("registry"), "{err}");
}

#[test]
fn match_prints_score_decision_and_evidence() {
    let (code, out, _) = run(&["match", "Nazarbayev", "Назарбаев"], "");
    assert_eq!(code, 0);
    assert!(out.starts_with("match"), "{out}");
    assert!(out.contains("romanized"), "{out}");
    let (_, out, _) = run(&["match", "Nazarbayev", "Nazarbayeva"], "");
    assert!(
        out.starts_with("no match") && out.contains("feminine"),
        "{out}"
    );
}

#[test]
fn extract_prints_claims_with_file_and_offsets() {
    let article = format!("{FIXTURES}/articles/afp.txt");
    let registry = format!("{FIXTURES}/entities.json");
    let (code, out, err) = run(&["extract", &article, "--registry", &registry], "");
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&article).unwrap();
    let mut n = 0;
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for field in [
            "source",
            "published",
            "subject",
            "predicate",
            "value",
            "file",
        ] {
            assert!(v[field].is_string(), "{field} in {line}");
        }
        let (start, end) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], v["value"].as_str().unwrap());
        n += 1;
    }
    assert!(n >= 10, "{out}");
}

fn article_files() -> Vec<String> {
    ["ap", "afp", "rferl", "euronews", "eureporter"]
        .iter()
        .map(|f| format!("{FIXTURES}/articles/{f}.txt"))
        .collect()
}

#[test]
fn reconcile_articles_extracts_then_reconciles_and_text_is_an_alias() {
    let registry = format!("{FIXTURES}/entities.json");
    let files = article_files();
    let mut outputs = Vec::new();
    for flag in ["--articles", "--text"] {
        let mut args = vec![
            "reconcile",
            flag,
            "--registry",
            &registry,
            "--format",
            "json",
        ];
        args.extend(files.iter().map(String::as_str));
        let (code, out, err) = run(&args, "");
        assert_eq!(code, 0, "{err}");
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        let disagree: Vec<&str> = report["groups"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| g["verdict"] == "disagree")
            .map(|g| g["predicate"].as_str().unwrap())
            .collect();
        assert_eq!(disagree, ["vote_share", "stepped_down"]);
        outputs.push(out);
    }
    assert_eq!(outputs[0], outputs[1]);
}

#[test]
fn skip_invalid_means_the_same_for_articles_and_an_article_given_as_claims_is_pointed_to_articles()
{
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-skip-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(
        &bad,
        "source: X\npublished: 2021-13-01\n\nTurnout was 63.1%.\n",
    )
    .unwrap();
    let bad = bad.to_str().unwrap();
    let good = &article_files()[0];
    for command in ["extract", "reconcile"] {
        let mut args = vec![command];
        if command == "reconcile" {
            args.push("--articles");
        }
        args.extend([bad, good.as_str()]);
        let (code, _, err) = run(&args, "");
        assert_eq!(code, 2, "{command}: {err}");
        assert!(
            err.contains("bad.txt") && err.contains("published"),
            "{err}"
        );
        args.push("--skip-invalid");
        let (code, out, err) = run(&args, "");
        assert_eq!(code, 0, "{command}: {err}");
        assert!(
            err.contains("skipped") && err.contains("1 skipped"),
            "{err}"
        );
        assert!(out.contains("Nur Otan"), "{command}: {out}");
    }
    let (code, _, err) = run(&["reconcile", good], "");
    assert_eq!(code, 2);
    assert!(err.contains("--articles"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn articles_without_a_date_need_published() {
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("note.txt");
    std::fs::write(&file, "Turnout in Kazakhstan reached 63.1%.\n").unwrap();
    let path = file.to_str().unwrap();
    let (code, _, err) = run(&["extract", path], "");
    assert_eq!(code, 2);
    assert!(err.contains("--published"), "{err}");
    let (code, out, err) = run(&["extract", path, "--published", "2021-01-10"], "");
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("\"source\":\"") && out.contains("note.txt"),
        "{out}"
    );
    let (code, _, err) = run(&["extract", path, "--published", "2021-02-30"], "");
    assert_eq!(code, 2);
    assert!(err.contains("2021-02-30"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_bytes_long_lines_and_bad_values_are_typed_errors_or_skipped() {
    let good =
        r#"{"source":"S","published":"2021-01-10","subject":"X","predicate":"p","value":"5"}"#;
    let line = |rest: &str| {
        format!(r#"{{"source":"S","published":"2021-01-10","subject":"X","predicate":"p",{rest}}}"#)
    };
    let mut bad_utf8 = format!("{good}\n").into_bytes();
    bad_utf8.extend_from_slice(b"{\"source\":\"S\xff\"}\n");
    let long = line(&format!(r#""value":"5","quote":"{}""#, "a".repeat(300)));
    let cases: [(Vec<u8>, &str); 4] = [
        (bad_utf8, "line 2: invalid UTF-8 at byte 12"),
        (
            format!("{good}\n{long}\n").into_bytes(),
            "line 2: 392 bytes is over the limit of 200 bytes per line",
        ),
        (
            // "NaN" alone is a data frame's missing value (no value); infinity is not
            format!("{good}\n{}\n", line(r#""value":"-Infinity""#)).into_bytes(),
            "line 2, field `value`: is not a finite number",
        ),
        (
            // any unit is read now (it compares only with itself): a wrong type is not
            format!("{good}\n{}\n", line(r#""value":true,"unit":"furlongs""#)).into_bytes(),
            "line 2, field `value`: expected a number or a string, found a boolean",
        ),
    ];
    let dir = std::env::temp_dir().join(format!("crosscheck-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (input, expected) in &cases {
        let path = dir.join("claims.jsonl");
        std::fs::write(&path, input).unwrap();
        let p = path.to_str().unwrap();
        let (code, _, err) = run(&["reconcile", p, "--max-line-bytes", "200"], "");
        assert_eq!(code, 2, "{expected}: {err}");
        assert!(err.contains(expected), "expected {expected:?} in {err}");
        assert!(!err.contains("panicked"), "{err}");
        let (code, out, err) = run(
            &["reconcile", p, "--max-line-bytes", "200", "--skip-invalid"],
            "",
        );
        assert_eq!(code, 0, "{err}");
        assert!(err.contains("1 claims read, 1 lines skipped"), "{err}");
        assert!(out.starts_with("1 groups"), "{out}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn reconcile_html_is_one_page_with_every_claim_disagreements_first() {
    let claims = format!("{FIXTURES}/claims.jsonl");
    let registry = format!("{FIXTURES}/entities.json");
    let args = [
        "reconcile",
        claims.as_str(),
        "--registry",
        &registry,
        "--format",
        "html",
    ];
    let (code, out, err) = run(&args, "");
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("<!DOCTYPE html>"), "{}", &out[..80]);
    assert!(out.trim_end().ends_with("</html>"));
    // every claim of the input has its row
    let input = std::fs::read_to_string(&claims).unwrap();
    for line in input.lines() {
        let claim: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = claim["id"].as_str().unwrap();
        assert!(out.contains(&format!("<td class=\"id\">{id}</td>")), "{id}");
    }
    // the Nur Otan disagreement is the first group, with its chart
    let first = out.find("<section class=\"group").unwrap();
    let second = out[first + 1..].find("<section class=\"group").unwrap() + first + 1;
    let nur_otan = &out[first..second];
    assert!(nur_otan.contains("data-verdict=\"disagree\""), "{nur_otan}");
    assert!(nur_otan.contains("Nur Otan") && nur_otan.contains("<svg"));
    let last_disagree = out.rfind("data-verdict=\"disagree\"").unwrap();
    assert!(last_disagree < out.find("data-verdict=\"agree\"").unwrap());
    // nothing fetched from elsewhere; the same input gives the same bytes
    assert!(!out.contains("http://") && !out.contains("https://"));
    let (_, again, _) = run(&args, "");
    assert_eq!(out, again);
}

#[test]
fn a_manifest_gives_sources_dates_and_urls_and_the_header_wins() {
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-manifest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bare = dir.join("wire-note.txt");
    std::fs::write(
        &bare,
        "\u{feff}Turnout in Kazakhstan reached 63.1% in the parliamentary election.\n",
    )
    .unwrap();
    let headed = dir.join("headed.txt");
    std::fs::write(
        &headed,
        "source: Header Outlet\npublished: 2022-06\n\nTurnout in Kazakhstan reached 63.1% in the parliamentary election.\n",
    )
    .unwrap();
    for (name, text) in [
        (
            "m.csv",
            "file,source,published,url\nwire-note.txt,\"Wire, Inc.\",2021-01-11,https://example.org/w\nheaded.txt,Manifest Outlet,2021-01-12,\n",
        ),
        (
            "m.jsonl",
            "{\"file\":\"wire-note.txt\",\"source\":\"Wire, Inc.\",\"published\":\"2021-01-11\",\"url\":\"https://example.org/w\"}\n{\"file\":\"headed.txt\",\"source\":\"Manifest Outlet\",\"published\":\"2021-01-12\"}\n",
        ),
    ] {
        let manifest = dir.join(name);
        std::fs::write(&manifest, text).unwrap();
        let (code, out, err) = run(
            &[
                "extract",
                bare.to_str().unwrap(),
                headed.to_str().unwrap(),
                "--manifest",
                manifest.to_str().unwrap(),
            ],
            "",
        );
        assert_eq!(code, 0, "{name}: {err}");
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let of = |file: &str| {
            lines
                .iter()
                .find(|l| l["file"].as_str().unwrap().ends_with(file))
                .unwrap_or_else(|| panic!("{name}: no claim of {file}: {out}"))
        };
        let w = of("wire-note.txt");
        assert_eq!(w["source"], "Wire, Inc.", "{name}");
        assert_eq!(w["published"], "2021-01-11", "{name}");
        assert_eq!(w["url"], "https://example.org/w", "{name}");
        // the article's own header wins, and keeps its month precision
        let h = of("headed.txt");
        assert_eq!(h["source"], "Header Outlet", "{name}");
        assert_eq!(h["published"], "2022-06", "{name}");
    }
    // a bad manifest line is an error naming the file, line and field
    let bad = dir.join("bad.csv");
    std::fs::write(&bad, "file,published\nwire-note.txt,2021-13\n").unwrap();
    let (code, _, err) = run(
        &[
            "extract",
            bare.to_str().unwrap(),
            "--manifest",
            bad.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 2);
    assert!(err.contains("line 2, field `published`"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_month_header_does_not_stop_the_batch_and_a_bad_header_is_skipped_by_name() {
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-month-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let month = dir.join("month.txt");
    std::fs::write(
        &month,
        "source: Monthly\npublished: 2022-06\n\nTurnout in Kazakhstan reached 63.1% in the parliamentary election.\n",
    )
    .unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, "source: Bad\npublished: 06/07/2022\n\nText.\n").unwrap();
    let (code, out, err) = run(
        &[
            "extract",
            month.to_str().unwrap(),
            bad.to_str().unwrap(),
            "--skip-invalid",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"published\":\"2022-06\""), "{out}");
    assert!(err.contains("line 2, header `published`"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn files_that_number_their_claims_alike_are_reconciled_together() {
    // two exports without ids: each line's id is its line number, in both files
    let dir = std::env::temp_dir().join(format!("crosscheck-ids-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.jsonl");
    let b = dir.join("b.jsonl");
    let line = |source: &str, value: &str| {
        format!(
            r#"{{"source":"{source}","published":"2022-06-28","subject":"Leeds","predicate":"population","value":"{value}"}}"#
        )
    };
    std::fs::write(&a, line("ONS", "812,000") + "\n").unwrap();
    std::fs::write(&b, line("YP", "750,000") + "\n").unwrap();
    let (code, out, err) = run(
        &[
            "reconcile",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            "--format",
            "json",
        ],
        "",
    );
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, 0, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let group = &report["groups"][0];
    assert_eq!(group["verdict"], "disagree", "{out}");
    let ids: Vec<&str> = group["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c.as_str())
        .collect();
    assert_eq!(ids, ["1", "b.jsonl:1"]);
}

use super::*;

fn registry() -> Registry {
    Registry::from_json(
        r#"[
        {"name":"Nur Otan","kind":"party"},
        {"name":"Ak Zhol","kind":"party"},
        {"name":"Kazakhstan","kind":"place"},
        {"name":"Belarus","kind":"place"},
        {"name":"Mazhilis","kind":"organisation"},
        {"name":"Nursultan Nazarbayev","kind":"person"}
    ]"#,
    )
    .unwrap()
}

fn run(body: &str) -> Vec<ExtractedClaim> {
    let text = format!("source: Test Wire\npublished: 2021-01-11\n\n{body}\n");
    let article = Article::parse("t.txt", &text, None).unwrap();
    extract(&article, &registry())
}

#[test]
fn each_cue_rule_reads_its_own_example() {
    for rule in CUE_RULES.iter() {
        let (sentence, claim) = rule.example.split_once(" → ").unwrap();
        let value = claim.rsplit(" · ").next().unwrap();
        // the country and the party the examples lean on are named in the sentence before
        let body = format!(
            "Kazakhstan held a vote. Nursultan Nazarbayev, Nur Otan and the Mazhilis were there. {}.",
            capitalise(sentence)
        );
        let claims = run(&body);
        assert!(
            claims
                .iter()
                .any(|c| c.predicate == rule.predicate && c.value.eq_ignore_ascii_case(value)),
            "{}: {:?}",
            rule.example,
            claims
                .iter()
                .map(|c| (&c.predicate, &c.value))
                .collect::<Vec<_>>()
        );
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

#[test]
fn offsets_point_at_the_value_and_quotes_at_the_sentence() {
    let text = "source: AP\npublished: 2021-01-11\n\nHeadline here\n\nPolice in Kazakhstan detained several dozen protesters in the capital. Nur Otan won 71% of the vote.\n";
    let article = Article::parse("ap.txt", text, None).unwrap();
    let claims = extract(&article, &registry());
    for c in &claims {
        assert_eq!(&text[c.start..c.end], c.value);
        assert!(c.quote.contains(&c.value), "{c:?}");
    }
    assert_eq!(claims.len(), 2, "{claims:?}");
    assert_eq!(claims[1].subject, "Nur Otan");
}

#[test]
fn ages_take_the_name_they_follow() {
    let claims = run(
        "President Kassym-Jomart Tokayev, 67, voted. Voters included Nurzhan, a 50-year-old teacher. Nursultan Nazarbayev (80) watched.",
    );
    let ages: Vec<(&str, &str)> = claims
        .iter()
        .filter(|c| c.predicate == "age")
        .map(|c| (c.subject.as_str(), c.value.as_str()))
        .collect();
    assert_eq!(
        ages,
        [
            ("Kassym-Jomart Tokayev", "67"),
            ("Nurzhan", "50"),
            ("Nursultan Nazarbayev", "80")
        ]
    );
}

#[test]
fn the_age_frame_reads_its_examples() {
    for example in AGE_FRAME.examples {
        let (sentence, claim) = example.split_once(" → ").unwrap();
        let mut parts = claim.split(" · ");
        let (subject, value) = (parts.next().unwrap(), parts.nth(1).unwrap());
        let claims = run(&format!("{}.", capitalise(sentence)));
        assert!(
            has(&claims, subject, "age", value),
            "{example}: {:?}",
            claims
                .iter()
                .map(|c| (&c.subject, &c.predicate, &c.value))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn ages_in_translated_appositions_and_clauses() {
    let claims = run(
        "The court barred Jacob Zuma, of 82 years, from the race. The winner is Bola Tinubu, \
         71 years, in office since May. Voters chose Luiz Lula, who is 77, again. The loser \
         was Atiku Abubakar, 76 years old, once more. The new president, Ferdinand Marcos, is 64 years of age.",
    );
    for (who, age) in [
        ("Jacob Zuma", "82"),
        ("Bola Tinubu", "71"),
        ("Luiz Lula", "77"),
        ("Atiku Abubakar", "76"),
        ("Ferdinand Marcos", "64"),
    ] {
        assert!(has(&claims, who, "age", age), "{who}: {claims:?}");
    }
    // a share or a count with its unit is no age
    let claims =
        run("The winner was Nur Otan, who is 5 points ahead. Ak Zhol, who was 12% behind, lost.");
    assert!(!claims.iter().any(|c| c.predicate == "age"), "{claims:?}");
}

#[test]
fn a_date_after_a_result_is_the_day_of_its_vote() {
    let (sentence, claim) = RESULT_DATE_FRAME.example.split_once(" → ").unwrap();
    let value = claim.rsplit(" · ").next().unwrap();
    let body = format!("Kazakhstan held a parliamentary election on Sunday. {sentence}.");
    let claims = run(&body);
    let date = claims
        .iter()
        .find(|c| c.predicate == "election_date" && c.value == value)
        .unwrap_or_else(|| panic!("{claims:?}"));
    // the day of a vote in another year is another vote's
    assert_eq!(date.qualifiers["event"], "2016 parliamentary election");
    let run_on = |body: &str| {
        run(body)
            .into_iter()
            .filter(|c| c.predicate == "election_date")
            .map(|c| c.value)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        run_on(
            "Kazakhstan held a parliamentary election. Nur Otan took 76 seats, up from 12 two years ago."
        ),
        ["two years ago"]
    );
    // not after a figure that is no result, nor in an article about no vote
    assert!(
        run_on("Kazakhstan held a parliamentary election. Inflation was 7% in 2019.").is_empty()
    );
    assert!(
        run_on("Kazakhstan's turnout at the stadium was 63.1%, down from 77.1% in 2016.")
            .is_empty()
    );
}

#[test]
fn a_share_of_voters_is_turnout_only_when_a_verb_says_they_voted() {
    let turnout = |body: &str| {
        run(body)
            .into_iter()
            .filter(|c| c.predicate == "turnout")
            .map(|c| c.value)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        turnout("Kazakhstan held a vote. Only 8.8 percent of voters had taken part by noon."),
        ["8.8 percent"]
    );
    assert!(turnout("Kazakhstan held a vote. Some 58% of voters backed Nur Otan.").is_empty());
}

#[test]
fn an_event_moves_to_the_year_of_its_day() {
    assert_eq!(
        frames::event_in_year("2024 general election", 2019),
        "2019 general election"
    );
    assert_eq!(
        frames::event_in_year("March 2024 legislative election", 2022),
        "2022 legislative election"
    );
    assert_eq!(
        frames::event_in_year("general election", 2020),
        "2020 general election"
    );
}

#[test]
fn a_surname_alone_is_the_person_named_before() {
    let claims = run("Nursultan Nazarbayev led the party. Nazarbayev stepped down in March 2019.");
    let c = claims
        .iter()
        .find(|c| c.predicate == "stepped_down")
        .unwrap();
    assert_eq!(
        (c.subject.as_str(), c.value.as_str()),
        ("Nursultan Nazarbayev", "March 2019")
    );
}

#[test]
fn a_name_with_a_particle_is_one_name_and_its_short_forms_stand_for_it() {
    let claims = run_unknown(
        "Maria Clara Souza da Costa won 50.9% of the vote. Souza da Costa, 61, had led \
         the city before. Costa got 60,345,999 votes. Souza promised reforms and won 48.4% \
         in the first round.",
    );
    let subjects: Vec<&str> = claims.iter().map(|c| c.subject.as_str()).collect();
    assert_eq!(claims.len(), 4, "{claims:?}");
    assert!(
        subjects.iter().all(|s| *s == "Maria Clara Souza da Costa"),
        "{subjects:?}"
    );
}

#[test]
fn a_short_form_two_names_share_stands_for_neither() {
    let forms = mentions::short_forms("Ana Beatriz Lima");
    assert_eq!(forms, vec!["Beatriz"]);
    assert_eq!(mentions::short_forms("Lula da Silva"), vec!["Lula"]);
    assert!(mentions::short_forms("Bank of Central Asia").is_empty());
    let claims = run_unknown(
        "Ana Beatriz Lima and Paulo Beatriz Rocha met in May. Beatriz won 12% of the vote.",
    );
    assert!(
        claims
            .iter()
            .all(|c| c.subject != "Ana Beatriz Lima" && c.subject != "Paulo Beatriz Rocha"),
        "{claims:?}"
    );
}

#[test]
fn report_dates_numbers_without_cues_and_other_years_elections_are_not_claims() {
    let claims = run(
        "The Central Election Commission said on Monday that it had counted 40 boxes. The presidential election in 2019 was quiet.",
    );
    assert!(claims.is_empty(), "{claims:?}");
}

#[test]
fn regions_methods_and_events() {
    let claims = run(
        "In Sunday's parliamentary election in Kazakhstan, turnout was some 75.5 percent in the North Kazakhstan region but only about 30 percent in Almaty, official figures showed.",
    );
    let turnout: Vec<&ExtractedClaim> =
        claims.iter().filter(|c| c.predicate == "turnout").collect();
    assert_eq!(turnout.len(), 2, "{claims:?}");
    assert_eq!(turnout[0].qualifiers["region"], "North Kazakhstan region");
    assert_eq!(turnout[1].qualifiers["region"], "Almaty");
    assert_eq!(turnout[0].qualifiers["method"], "official");
    assert_eq!(
        turnout[0].qualifiers["event"],
        "2021 parliamentary election"
    );
    assert_eq!(turnout[0].subject, "Kazakhstan");
    let date = claims
        .iter()
        .find(|c| c.predicate == "election_date")
        .unwrap();
    assert_eq!(date.value, "Sunday");
}

#[test]
fn an_unnamed_subject_is_its_description() {
    let text = "source: Agency A\npublished: 2021-01-11\n\nThe ruling party received 71.1 percent of the vote, the election commission said.\n";
    let article = Article::parse("a.txt", text, None).unwrap();
    let claims = extract(&article, &Registry::new());
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0].subject, "ruling party");
    assert_eq!(claims[0].qualifiers["method"], "official");
}

#[test]
fn a_person_introduced_by_name_takes_the_age() {
    let claims = run("Kazakhstan voted. One 50-year-old man named Nurzhan said little.");
    let age = claims.iter().find(|c| c.predicate == "age").unwrap();
    assert_eq!(
        (age.subject.as_str(), age.value.as_str()),
        ("Nurzhan", "50")
    );
}

#[test]
fn money_keeps_its_currency() {
    let claims = run("Kazakhstan said Nur Otan spent nearly $5 million on the campaign.");
    let c = claims.iter().find(|c| c.predicate == "amount").unwrap();
    assert_eq!(
        (c.subject.as_str(), c.value.as_str()),
        ("Nur Otan", "nearly $5 million")
    );
}

/// Claims of an article read without a registry, as unseen articles are.
fn run_unknown(body: &str) -> Vec<ExtractedClaim> {
    let text = format!("source: Test Wire\npublished: 2021-06-22\n\n{body}\n");
    let article = Article::parse("t.txt", &text, None).unwrap();
    extract(&article, &Registry::new())
}

#[test]
fn holders_of_listed_shares_are_not_the_country() {
    let claims = run_unknown(
        "Final count of the vote\n\nTurnout reached 58.2%.\n\nShares:\n\nBright Future on 44.1%\nNew Dawn with 30.7%\n",
    );
    let of = |p: &'static str| claims.iter().filter(move |c| c.predicate == p);
    assert!(
        of("turnout").all(|c| c.subject != "Bright Future" && c.subject != "New Dawn"),
        "{claims:#?}"
    );
    assert!(
        of("vote_share").any(|c| c.subject == "Bright Future" && c.value == "44.1%"),
        "{claims:#?}"
    );
}

#[test]
fn the_second_of_two_places_joined_by_and_is_a_place() {
    let claims = run_unknown(
        "Norland's emergency agency said the quake struck before dawn. Rescuers worked in \
         Norland and Estavia through the night. In neighbouring Estavia the number of dead \
         stands at 1,200.",
    );
    assert!(
        claims
            .iter()
            .any(|c| c.predicate == "deaths" && c.subject == "Estavia" && c.value == "1,200"),
        "{claims:#?}"
    );
}

#[test]
fn the_city_of_a_dateline_is_not_what_a_figure_counts() {
    let claims = run_unknown(
        "Norland's voters chose a new parliament. Crowds gathered in Velgrad before the \
         count.\n\nVELGRAD, June 21 - Voters chose a new parliament in Sunday's snap \
         election, the commission said.",
    );
    let dates: Vec<_> = claims
        .iter()
        .filter(|c| c.predicate == "election_date")
        .collect();
    assert!(!dates.is_empty(), "{claims:#?}");
    assert!(dates.iter().all(|c| c.subject == "Norland"), "{claims:#?}");
}

#[test]
fn the_counted_noun_frame_reads_its_example_and_keeps_the_noun() {
    let (sentence, claim) = COUNTED_NOUN_FRAME.example.split_once(" → ").unwrap();
    let value = claim.rsplit(" · ").next().unwrap();
    let claims = run(&format!(
        "Kazakhstan held a vote. {}.",
        capitalise(sentence)
    ));
    let c = claims
        .iter()
        .find(|c| c.predicate == "count")
        .unwrap_or_else(|| panic!("{claims:?}"));
    assert_eq!(
        (c.subject.as_str(), c.value.as_str()),
        ("Kazakhstan", value)
    );
    assert_eq!(c.qualifiers["of"], "countries");
    // a vague few and units of time are no counts
    let claims = run("Kazakhstan held a vote. Survivors in several cities waited for three days.");
    assert!(claims.iter().all(|c| c.predicate != "count"), "{claims:?}");
    // a count of places after "in" is read by this frame only
    let claims = run("Kazakhstan held a vote. Buildings collapsed in at least seven provinces.");
    assert!(
        claims
            .iter()
            .any(|c| c.predicate == "count" && c.value == "at least seven"),
        "{claims:?}"
    );
}

#[test]
fn events_are_the_subjects_of_their_dates_and_magnitudes() {
    let body = "Kazakhstan was shaken. The first quake, of magnitude 7.8, struck at dawn on Monday. \
                A second major quake hit the region on Tuesday. \
                The unrest that broke out in Karakalpakstan on Friday was put down.";
    let claims = run(body);
    let find = |p: &str, v: &str| {
        claims
            .iter()
            .find(|c| c.predicate == p && c.value == v)
            .map(|c| c.subject.as_str())
    };
    assert_eq!(
        find("magnitude", "7.8"),
        Some("first earthquake"),
        "{claims:?}"
    );
    assert_eq!(
        find("occurred", "Tuesday"),
        Some("second earthquake"),
        "{claims:?}"
    );
    assert_eq!(
        find("occurred", "Friday"),
        Some("Karakalpakstan unrest"),
        "{claims:?}"
    );
}

#[test]
fn the_country_of_an_article_comes_from_the_gazetteer_or_its_people_adjective() {
    // a capital named as often as the country loses to it, even when the country only
    // opens sentences
    let text = "source: Wire\npublished: 2022-12-12\n\nIran hangs a protester\n\nIran hanged a man in Tehran on Monday. Rights groups say at least 458 people have been killed in Tehran and elsewhere.\n";
    let article = Article::parse("w.txt", text, None).unwrap();
    let claims = extract(&article, &Registry::new());
    let deaths = claims.iter().find(|c| c.predicate == "deaths").unwrap();
    assert_eq!(deaths.subject, "Iran");
    // never named: its people's adjective
    let text = "source: Wire\npublished: 2023-05-19\n\nOfficial results\n\nTurnout was 87.04% as Turkish voters chose a president.\n";
    let article = Article::parse("w.txt", text, None).unwrap();
    let claims = extract(&article, &Registry::new());
    let turnout = claims.iter().find(|c| c.predicate == "turnout").unwrap();
    assert_eq!(turnout.subject, "Turkey");
}

/// (predicate, value) of the claims whose predicate is one of `predicates`.
fn predicate_values<'a>(
    claims: &'a [ExtractedClaim],
    predicates: &[&str],
) -> Vec<(&'a str, &'a str)> {
    claims
        .iter()
        .filter(|c| predicates.contains(&c.predicate.as_str()))
        .map(|c| (c.predicate.as_str(), c.value.as_str()))
        .collect()
}

#[test]
fn a_date_bound_to_the_noun_of_a_vote_is_the_day_of_the_vote() {
    let body = "Kazakhstan counted the ballots. \
                The new parliament elected on 10 January met for the first time. \
                The second round of the presidential elections, which passed on Sunday, 24 January, was calm. \
                The law passed on Tuesday changed little.";
    let claims = run(body);
    let dates = predicate_values(&claims, &["election_date", "adopted"]);
    assert!(
        dates.contains(&("election_date", "10 January")),
        "{dates:?}"
    );
    assert!(
        dates.contains(&("election_date", "Sunday, 24 January")),
        "{dates:?}"
    );
    // the noun, not the verb, decides: a law's "passed" stays an adoption
    assert!(dates.contains(&("adopted", "Tuesday")), "{dates:?}");
}

#[test]
fn a_round_written_as_a_turn_is_dated_like_a_round() {
    // text translated from Romance languages calls a round a "turn"
    let claims = run(
        "Kazakhstan chose a president. In the first turn, on 7 of March, Nur Otan's \
         candidate led with 41%.",
    );
    let dates = predicate_values(&claims, &["election_date"]);
    assert!(
        dates.contains(&("election_date", "7 of March")),
        "{dates:?}"
    );
}

#[test]
fn a_person_voted_in_or_a_win_dates_the_vote() {
    let claims = run(
        "Kazakhstan went to the polls. Daulet Kaliyev was elected on Sunday as head of state. \
         Analysts still argue over the reasons for his victory in 2019. \
         Nur Otan led in the elections celebrated on 10 January.",
    );
    let dates = predicate_values(&claims, &["election_date"]);
    for day in ["Sunday", "2019", "10 January"] {
        assert!(dates.contains(&("election_date", day)), "{day}: {dates:?}");
    }
    // a passive with no one voted in dates nothing
    let claims = run("Kazakhstan went to the polls. The new museum was chosen on Monday.");
    assert!(
        !claims.iter().any(|c| c.predicate == "election_date"),
        "{claims:?}"
    );
}

#[test]
fn taking_office_in_translated_turns_of_phrase() {
    let claims = run(
        "Kazakhstan has a new leader. Daulet Kaliyev took possession on Tuesday as president. \
         His deputy, Aigerim Bekova, swore as vice-president on 14 of January.",
    );
    assert!(
        has(&claims, "Daulet Kaliyev", "took_office", "Tuesday"),
        "{claims:?}"
    );
    assert!(
        has(&claims, "Aigerim Bekova", "took_office", "14 of January"),
        "{claims:?}"
    );
}

#[test]
fn a_bare_count_after_seats_were_named_counts_seats() {
    let (sentence, claim) = ELIDED_SEATS_FRAME.example.split_once(" → ").unwrap();
    let mut parts = claim.split(" · ");
    let (subject, value) = (parts.next().unwrap(), parts.nth(1).unwrap());
    let claims = run(&format!(
        "Kazakhstan held a parliamentary election on Sunday. {sentence}."
    ));
    assert!(has(&claims, subject, "seats_won", value), "{claims:?}");
    // the pairs after it read its frame, and seats named in the sentence before count
    let claims = run(
        "Kazakhstan held a parliamentary election on Sunday. No party reached the 55 seats \
         of a majority. Nur Otan has 41, Ak Zhol 30 and Daulet Kaliyev's list nine.",
    );
    assert!(has(&claims, "Nur Otan", "seats_won", "41"), "{claims:?}");
    assert!(has(&claims, "Ak Zhol", "seats_won", "30"), "{claims:?}");
    // a chamber's size in a compound, a majority's size and a forecast are no seats won
    let claims = run(
        "Kazakhstan held a parliamentary election on Sunday. Nur Otan polled 700 votes in \
         the 98-seat chamber; Ak Zhol got 44. Seats are shared out by list. A majority \
         takes 50. Pollsters said Ak Zhol would win 20.",
    );
    assert!(
        !claims.iter().any(|c| c.predicate.starts_with("seats")),
        "{claims:?}"
    );
    // votes named last leave out votes, and a tally may follow a name and "on"
    let claims = run(
        "Kazakhstan held a presidential election on Sunday. Nur Otan received 6,100,354 \
         votes. Ak Zhol got 2,206,354. Our tally has Nur Otan on 6,200,111, Ak Zhol on \
         2,100,001.",
    );
    assert!(
        has(&claims, "Ak Zhol", "votes_received", "2,206,354"),
        "{claims:?}"
    );
    assert!(
        has(&claims, "Nur Otan", "votes_received", "6,200,111"),
        "{claims:?}"
    );
    assert!(
        has(&claims, "Ak Zhol", "votes_received", "2,100,001"),
        "{claims:?}"
    );
}

#[test]
fn a_box_line_gives_a_chambers_size() {
    let (line, claim) = CHAMBER_SIZE_FRAME.example.split_once(" → ").unwrap();
    let mut parts = claim.split(" · ");
    let (subject, value) = (parts.next().unwrap(), parts.nth(1).unwrap());
    let claims = run(&format!(
        "Kazakhstan held a parliamentary election on Sunday.\n\n{line}\n"
    ));
    assert!(has(&claims, subject, "seats_total", value), "{claims:?}");
    // a bare label takes the chamber of the heading right above it; a line may open
    // with the chamber's name
    let claims = run(
        "Kazakhstan held a parliamentary election on Sunday.\n\nThe Upper House\nSeats: 49 \
         (33 elected)\n\nLower House: 98 seats\nState Council (15 members)\n",
    );
    assert!(
        has(&claims, "Upper House", "seats_total", "49"),
        "{claims:?}"
    );
    assert!(
        has(&claims, "Lower House", "seats_total", "98"),
        "{claims:?}"
    );
    assert!(
        has(&claims, "State Council", "seats_total", "15"),
        "{claims:?}"
    );
    // a party's line is no chamber's size
    let claims = run("Kazakhstan held a parliamentary election on Sunday.\n\nNur Otan: 76 seats\n");
    assert!(
        !claims.iter().any(|c| c.predicate == "seats_total"),
        "{claims:?}"
    );
}

#[test]
fn an_entry_gives_the_share_after_its_seats_and_one_seat_to_its_party() {
    let claims = run(
        "Kazakhstan held a parliamentary election on Sunday.\n\nSeats and share of the vote\n\
         Nur Otan (Daulet Kaliyev): 76 seats, 71.1%, about 5 million votes\n\
         Ak Zhol: 1 seat, 10.9%\n",
    );
    assert!(
        has(&claims, "Nur Otan", "vote_share", "71.1%"),
        "{claims:?}"
    );
    assert!(has(&claims, "Ak Zhol", "vote_share", "10.9%"), "{claims:?}");
    assert!(has(&claims, "Ak Zhol", "seats_won", "1"), "{claims:?}");
    assert!(
        !claims.iter().any(|c| c.predicate == "seats_total"),
        "{claims:?}"
    );
}

#[test]
fn both_ends_of_a_change_of_share_are_shares_of_the_vote() {
    let (sentence, claim) = SHIFT_SHARE_FRAME.example.split_once(" → ").unwrap();
    let mut parts = claim.split(" · ");
    let (subject, value) = (parts.next().unwrap(), parts.nth(1).unwrap());
    let claims = run(&format!(
        "Kazakhstan held a parliamentary election on Sunday. {sentence}, its worst result."
    ));
    assert!(has(&claims, subject, "vote_share", value), "{claims:?}");
    assert!(has(&claims, subject, "vote_share", "4.3%"), "{claims:?}");
    // in a line of a box too; a change of inflation keeps its own frame
    let claims = run(
        "Kazakhstan held a parliamentary election on Sunday.\n\nNur Otan: from 70.1% to \
         71.2%\n\nUnder Nur Otan, inflation rose from 5% to 8%.\n",
    );
    assert!(
        has(&claims, "Nur Otan", "vote_share", "70.1%"),
        "{claims:?}"
    );
    assert!(
        has(&claims, "Nur Otan", "vote_share", "71.2%"),
        "{claims:?}"
    );
    assert!(
        !claims
            .iter()
            .any(|c| c.value == "8%" && c.predicate == "vote_share"),
        "{claims:?}"
    );
}

#[test]
fn a_short_line_under_a_heading_gives_the_share_after_its_name() {
    let claims = run(
        "Kazakhstan held a parliamentary election on Sunday, and Nur Otan and Ak Zhol led.\n\n\
         The commission's preliminary count is complete:\nNur Otan 71.1%, 76 seats\n\
         Ak Zhol 10.9%, 12 seats\n",
    );
    assert!(
        has(&claims, "Nur Otan", "vote_share", "71.1%"),
        "{claims:?}"
    );
    assert!(has(&claims, "Ak Zhol", "vote_share", "10.9%"), "{claims:?}");
    // not without the heading
    let claims = run(
        "Kazakhstan held a parliamentary election on Sunday, and Nur Otan and Ak Zhol led.\n\n\
         Ak Zhol 10.9%, 12 seats\n",
    );
    assert!(
        !has(&claims, "Ak Zhol", "vote_share", "10.9%"),
        "{claims:?}"
    );
}

#[test]
fn a_party_named_without_its_head_takes_the_full_name_given_first() {
    let claims = run_unknown(
        "Voters chose a new parliament. The Forward Together Party came first with 31%. \
         In the new house Forward Together holds 40 seats.",
    );
    assert!(
        has(&claims, "Forward Together Party", "seats_won", "40"),
        "{claims:?}"
    );
    // a party first named short keeps its short name
    let claims = run_unknown(
        "Voters chose a new parliament. Forward Together came first with 31%. \
         The Forward Together Party holds 40 seats, and Forward Together won 2 more later.",
    );
    assert!(
        has(&claims, "Forward Together", "vote_share", "31%"),
        "{claims:?}"
    );
}

#[test]
fn a_share_gathered_is_a_share_of_the_vote() {
    // translated text says a party "gathered" its share
    let claims = run("Kazakhstan elected a parliament. Ak Zhol gathered 12,4% on Sunday.");
    assert!(has(&claims, "Ak Zhol", "vote_share", "12,4%"), "{claims:?}");
}

#[test]
fn the_change_noun_frame_reads_its_example() {
    let (sentence, claim) = NOMINAL_EVENT_FRAME.example.split_once(" → ").unwrap();
    let mut parts = claim.split(" · ");
    let (subject, value) = (parts.next().unwrap(), parts.nth(1).unwrap());
    let claims = run(&format!("Kazakhstan voted. {sentence}."));
    assert!(has(&claims, subject, "occurred", value), "{claims:?}");
    let claims = run(
        "Kazakhstan voted. Officials announced the dissolution of the Mazhilis on 19 January. \
         Bonds rallied at the end of trading on Friday.",
    );
    assert!(
        has(
            &claims,
            "dissolution of the Mazhilis",
            "occurred",
            "19 January"
        ),
        "{claims:?}"
    );
    // the end of a stretch of time or of a routine is a moment, not a change
    assert!(!claims.iter().any(|c| c.value == "Friday"), "{claims:?}");
}

#[test]
fn a_share_in_a_relative_clause_or_set_against_another_has_its_own_holder() {
    let body = "Kazakhstan voted. Nursultan Nazarbayev took 52.1% in the run-off against 40.2% for Daulet Kaliyev. \
                Aigerim Bekova, who backed Nazarbayev after winning 5.3% in the first round, stayed quiet.";
    let claims = run(body);
    let share = |v: &str| {
        claims
            .iter()
            .find(|c| c.predicate == "vote_share" && c.value == v)
            .map(|c| c.subject.as_str())
    };
    assert_eq!(share("52.1%"), Some("Nursultan Nazarbayev"), "{claims:?}");
    assert_eq!(share("40.2%"), Some("Daulet Kaliyev"), "{claims:?}");
    assert_eq!(share("5.3%"), Some("Aigerim Bekova"), "{claims:?}");
}

/// (subject, predicate, value) of every claim.
fn triples(claims: &[ExtractedClaim]) -> Vec<(String, String, String)> {
    claims
        .iter()
        .map(|c| (c.subject.clone(), c.predicate.clone(), c.value.clone()))
        .collect()
}

/// The predicate and subject of the first claim with `value` as written.
fn predicate_and_subject<'a>(
    claims: &'a [ExtractedClaim],
    value: &str,
) -> Option<(&'a str, &'a str)> {
    claims
        .iter()
        .find(|c| c.value == value)
        .map(|c| (c.predicate.as_str(), c.subject.as_str()))
}

fn has(claims: &[ExtractedClaim], subject: &str, predicate: &str, value: &str) -> bool {
    claims
        .iter()
        .any(|c| c.subject == subject && c.predicate == predicate && c.value == value)
}

#[test]
fn a_results_list_without_a_heading_word_gives_shares_to_the_names_it_lists() {
    let claims = run_unknown(
        "Presidential election run-off: the numbers\n\n\
         Run-off of 15 November, final count\n\n\
         Ada Lorn (Party of Hope and Renewal): 943,006 votes, or 57.72%\n\
         Ivo Brant: 42.28%\n",
    );
    let all = triples(&claims);
    assert!(has(&claims, "Ada Lorn", "vote_share", "57.72%"), "{all:?}");
    assert!(
        has(&claims, "Ada Lorn", "votes_received", "943,006"),
        "{all:?}"
    );
    assert!(has(&claims, "Ivo Brant", "vote_share", "42.28%"), "{all:?}");
    // the parenthesis describes the name before it and takes nothing itself
    assert!(
        claims.iter().all(|c| !c.subject.contains("Hope")),
        "{all:?}"
    );
}

#[test]
fn one_word_and_a_party_head_after_and_is_one_name() {
    let claims = run_unknown(
        "Final count of the parliamentary election\n\nSeats:\n\nLabour and Freedom Alliance: 65\nPeople's Alliance: 323\n",
    );
    let all = triples(&claims);
    assert!(
        has(&claims, "Labour and Freedom Alliance", "seats_won", "65"),
        "{all:?}"
    );
}

#[test]
fn a_country_of_the_gazetteer_wins_over_the_city_named_more_often() {
    // the city is named four times, the country only by its people's adjective and
    // by the newer name in a second article
    let claims = run_unknown(
        "Floods in Derna\n\nIn Derna, at least 5,300 people were killed. Derna's mayor fears more. \
         Rescuers in Derna said the Libyan Red Crescent counted 10,000 missing.",
    );
    let all = triples(&claims);
    assert!(has(&claims, "Libya", "deaths", "at least 5,300"), "{all:?}");
    let claims = run_unknown(
        "Quake toll rises\n\nIn Hatay, rescuers worked through the night. \
         Türkiye said at least 3,000 people were killed in Hatay and Adana.",
    );
    let all = triples(&claims);
    assert!(
        has(&claims, "Türkiye", "deaths", "at least 3,000"),
        "{all:?}"
    );
    // a plural of a people's adjective names the country too
    let claims = run_unknown("Plebiscite results\n\nTurnout: 85.86% as Chileans voted.\n");
    let all = triples(&claims);
    assert!(has(&claims, "Chile", "turnout", "85.86%"), "{all:?}");
}

#[test]
fn a_name_used_nowhere_as_a_place_is_not_the_country() {
    // no place in the article: the turnout has no country to be about
    let claims = run_unknown(
        "Official results of the election\n\nTurnout: 52.78% of registered voters\n\nTudor Vell with less than 3%\n",
    );
    let all = triples(&claims);
    assert!(
        claims
            .iter()
            .filter(|c| c.predicate == "turnout")
            .all(|c| c.subject != "Tudor Vell" && c.subject != "Official"),
        "{all:?}"
    );
}

#[test]
fn the_sides_of_a_referendum_come_from_verbs_and_passives() {
    let claims = run_unknown(
        "Voters rejected the draft in Sunday's referendum, with 61.87% voting against it and 38.13% in favour. \
         The draft was rejected by 61.9% of voters, the electoral service said. \
         That is 7,842,477 votes for Reject and 4,830,725 for Approve.",
    );
    let all = triples(&claims);
    assert!(has(&claims, "No", "vote_share", "61.87%"), "{all:?}");
    assert!(has(&claims, "Yes", "vote_share", "38.13%"), "{all:?}");
    assert!(has(&claims, "No", "vote_share", "61.9%"), "{all:?}");
    assert!(
        has(&claims, "Reject", "votes_received", "7,842,477"),
        "{all:?}"
    );
    assert!(
        has(&claims, "Approve", "votes_received", "4,830,725"),
        "{all:?}"
    );
}

#[test]
fn a_share_after_a_name_and_a_linking_verb_is_its_share_of_the_vote() {
    let claims = run_unknown(
        "With 48.01% of tables counted, Reject has 62.55% and Approve 37.45% in the referendum.",
    );
    let all = triples(&claims);
    assert!(has(&claims, "Reject", "vote_share", "62.55%"), "{all:?}");
    assert!(claims.iter().all(|c| c.value != "48.01%"), "{all:?}");
}

#[test]
fn a_figure_with_each_belongs_to_every_name_listed_before_it() {
    let claims = run_unknown(
        "First round of the presidential election\n\nTudor Vell, Dorin Marr and Octav Tic with less than 3% each\n",
    );
    let all = triples(&claims);
    for name in ["Tudor Vell", "Dorin Marr", "Octav Tic"] {
        assert!(has(&claims, name, "vote_share", "less than 3%"), "{all:?}");
    }
}

#[test]
fn a_name_in_apposition_to_a_prepositions_object_is_not_the_subject() {
    let claims = run_unknown(
        "Ada Lorn, 48, won the presidential run-off with 57.7% of the vote against the outgoing president, Ivo Brant.",
    );
    let all = triples(&claims);
    assert!(has(&claims, "Ada Lorn", "vote_share", "57.7%"), "{all:?}");
}

fn run_plain(file: &str, text: &str) -> Vec<ExtractedClaim> {
    let article = Article::parse(file, text, None).unwrap();
    extract(&article, &Registry::new())
}

fn spo(claims: &[ExtractedClaim]) -> Vec<(&str, &str, &str)> {
    claims
        .iter()
        .map(|c| (c.subject.as_str(), c.predicate.as_str(), c.value.as_str()))
        .collect()
}

#[test]
fn an_article_that_names_no_country_takes_the_country_of_its_outlets_capital() {
    let text = "source: Chisinau Election Monitor\npublished: 2020-11-19\n\nRun-off: the numbers\n\nTurnout: 52.78% of registered voters\n";
    let claims = run_plain("monitor.txt", text);
    assert!(
        spo(&claims).contains(&("Moldova", "turnout", "52.78%")),
        "{:?}",
        spo(&claims)
    );
    // a capital someone went to is somewhere else
    let text = "source: Weekly\npublished: 2020-11-19\n\nTurnout: 52.78% of registered voters, said a woman who fled to Vilnius.\n";
    assert!(
        run_plain("weekly.txt", text)
            .iter()
            .all(|c| c.subject != "Lithuania")
    );
}

#[test]
fn a_chamber_noun_stands_for_the_chamber_the_article_names() {
    let text = "source: T\npublished: 2021-06-21\n\nArmenia elected a new National Assembly on Sunday.\n\nCivil Contract won 54% of the vote and 71 seats in the 107-member chamber.\n\nIn Sri Lanka, Ranil Wickremesinghe won 134 votes in the 225-member parliament.\n";
    let claims = run_plain("t.txt", text);
    let t = spo(&claims);
    assert!(
        t.contains(&("National Assembly", "seats_total", "107")),
        "{t:?}"
    );
    assert!(
        t.contains(&("National Assembly", "seats_total", "225")),
        "{t:?}"
    );
    let text = "source: T\npublished: 2022-07-21\n\nIn Sri Lanka, Ranil Wickremesinghe won 134 votes in the 225-member parliament.\n";
    let t = run_plain("t.txt", text);
    assert!(
        spo(&t).contains(&("Parliament", "seats_total", "225")),
        "{:?}",
        spo(&t)
    );
}

#[test]
fn a_figure_set_against_the_one_before_takes_its_frame() {
    let text = "source: T\npublished: 2022-06-30\n\nIn Sri Lanka, consumer prices rose 54.6 per cent in the year to June, up from 39.1 per cent in May, and food prices rose 80.1 per cent.\n\nThe new text extends the presidential term in Sri Lanka from five to seven years.\n";
    let t = run_plain("t.txt", text);
    let t = spo(&t);
    for want in [
        ("Sri Lanka", "inflation", "54.6 per cent"),
        ("Sri Lanka", "inflation", "39.1 per cent"),
        ("Sri Lanka", "food_inflation", "80.1 per cent"),
        ("Sri Lanka", "term_length", "seven years"),
    ] {
        assert!(t.contains(&want), "{want:?} in {t:?}");
    }
    // "71 of the 107 seats, down from 88": the total is not what 88 is set against
    let text = "source: T\npublished: 2021-07-05\n\nIn Armenia, Civil Contract will hold 71 of the 107 seats in the National Assembly, down from 88 in the last parliament.\n";
    let t = run_plain("t.txt", text);
    assert!(
        spo(&t).iter().all(|c| c.1 != "seats_total" || c.2 != "88"),
        "{:?}",
        spo(&t)
    );
}

#[test]
fn a_head_noun_reaches_a_figure_its_verb_links_to_it() {
    let text = "source: T\npublished: 2023-02-09\n\nThe number of perished as a result of the destructive earthquake in Turkey grew to 12,391 persons. The number of injured, according to the latest data, constitutes 62,914 persons.\n";
    let t = run_plain("t.txt", text);
    let t = spo(&t);
    assert!(t.contains(&("Turkey", "deaths", "12,391")), "{t:?}");
    assert!(t.contains(&("Turkey", "injured", "62,914")), "{t:?}");
}

#[test]
fn money_belongs_to_the_name_before_its_head_or_to_the_state() {
    let text = "source: T\npublished: 2022-06-30\n\nSri Lanka is in crisis. The state oil company, the Ceylon Petroleum Corporation, owes some $700 million. The country owes more than $50 billion to foreign creditors. The Levant Relief Coalition welcomed the United Nations flash appeal of $397 million. The authorities of the country allocated 100 billion rupees for relief.\n";
    let t = run_plain("t.txt", text);
    let t = spo(&t);
    for want in [
        (
            "Ceylon Petroleum Corporation",
            "amount",
            "some $700 million",
        ),
        ("Sri Lanka", "amount", "more than $50 billion"),
        ("United Nations", "amount", "$397 million"),
        ("Sri Lanka", "amount", "100 billion rupees"),
    ] {
        assert!(t.contains(&want), "{want:?} in {t:?}");
    }
}

#[test]
fn an_amount_in_a_currency_the_unit_table_knows_is_money() {
    // yuan and hryvnias are units of the claim tables too: still money here
    let text = "source: T\npublished: 2024-03-02\n\nThe Kharkiv city council allocated 350 million hryvnias for the repairs. Beijing promised 40 million yuan for flood relief.\n";
    let t = run_plain("t.txt", text);
    let amounts: Vec<&str> = t
        .iter()
        .filter(|c| c.predicate == "amount")
        .map(|c| c.value.as_str())
        .collect();
    assert_eq!(amounts, ["350 million hryvnias", "40 million yuan"]);
}

#[test]
fn the_subject_is_the_name_a_description_after_of_hangs_on() {
    let text = "source: T\npublished: 2021-06-28\n\nAccording to the CEC of Armenia, the party \"Civil Contract\" of acting premier Nikol Pashinyan received 688,761 votes.\n";
    let t = run_plain("t.txt", text);
    let t = spo(&t);
    assert!(
        t.iter()
            .any(|c| c.1 == "votes_received" && c.2 == "688,761" && c.0.contains("Civil Contract")),
        "{t:?}"
    );
}

#[test]
fn an_election_has_no_yes_and_no_sides() {
    let text = "source: T\npublished: 2020-11-16\n\nIn Moldova's presidential election, Maia Sandu led the first round with 36.16% against 32.61% for Igor Dodon. More than 260,000 Moldovans voted abroad. Close to 93% of them voted for Sandu.\n";
    let t = run_plain("t.txt", text);
    let t = spo(&t);
    for want in [
        ("Maia Sandu", "vote_share", "36.16%"),
        ("Igor Dodon", "vote_share", "32.61%"),
        ("Maia Sandu", "vote_share", "Close to 93%"),
    ] {
        assert!(t.contains(&want), "{want:?} in {t:?}");
    }
}

#[test]
fn a_lead_counted_in_votes_is_a_margin_and_belongs_to_its_owner_or_the_winner() {
    let claims = run_unknown(
        "Ana Lima won 50.9% of the vote against 49.1% for Rui Costa. Costa got 58,206,354 \
         votes. The winner's lead, about 2.1 million votes, was the narrowest yet.",
    );
    assert!(
        has(&claims, "Ana Lima", "margin", "about 2.1 million"),
        "{claims:?}"
    );
    assert!(
        !claims
            .iter()
            .any(|c| c.predicate == "votes_received" && c.value == "about 2.1 million"),
        "{claims:?}"
    );
    let claims = run_unknown(
        "Maia Lupu won 57.7% of the vote. Lupu's margin in the run-off, 252,391 votes, \
         was the widest since 2016. The difference was larger than in the first round.",
    );
    assert!(has(&claims, "Maia Lupu", "margin", "252,391"), "{claims:?}");
    let claims = run_unknown(
        "Reject won 61.9% and Approve 38.1%. The margin of Reject over Approve was \
         3,022,865 votes.",
    );
    assert!(has(&claims, "Reject", "margin", "3,022,865"), "{claims:?}");
}

#[test]
fn the_winner_by_role_is_the_holder_of_the_largest_share() {
    let claims = run_unknown(
        "Ana Lima took 50.9% and Rui Costa 49.1%. Nationally the winner's share was 50.9%.",
    );
    let winner = claims
        .iter()
        .filter(|c| c.predicate == "vote_share" && c.value == "50.9%")
        .count();
    assert_eq!(winner, 1, "{claims:?}");
    assert!(
        has(&claims, "Ana Lima", "vote_share", "50.9%"),
        "{claims:?}"
    );
    assert!(
        !claims
            .iter()
            .any(|c| c.subject == "Rui Costa" && c.value == "50.9%"),
        "{claims:?}"
    );
}

#[test]
fn a_dateline_in_capitals_is_not_a_subject() {
    let claims = run_unknown(
        "SAO PAULO, Oct 31 - Former president Ana Lima narrowly won the run-off, winning \
         50.9% of valid votes.",
    );
    assert!(
        has(&claims, "Ana Lima", "vote_share", "50.9%"),
        "{claims:?}"
    );
    assert!(
        !claims.iter().any(|c| c.subject == "SAO PAULO"),
        "{claims:?}"
    );
}

#[test]
fn a_result_in_a_participle_clause_belongs_to_the_main_subject() {
    let claims = run_unknown(
        "Former president Ana Lima narrowly defeated incumbent Rui Costa in the run-off, \
         winning 50.9% of valid votes. Costa, 67, said he leads by about 2.6 million votes.",
    );
    assert!(
        has(&claims, "Ana Lima", "vote_share", "50.9%"),
        "{claims:?}"
    );
    assert!(
        has(&claims, "Rui Costa", "margin", "about 2.6 million"),
        "{claims:?}"
    );
}

#[test]
fn a_second_share_after_a_name_in_a_gapped_clause_is_that_names() {
    let body = "Kazakhstan voted. In the first round, Nursultan Nazarbayev won 48.43% and Daulet Kaliyev 43.20%. \
                In the run-off Nazarbayev gained 52.1% of votes, Kaliyev - 47.9%. \
                Aigerim Bekova, who gained 5.3%, stayed quiet.";
    let claims = run(body);
    let share = |v: &str| {
        claims
            .iter()
            .find(|c| c.predicate == "vote_share" && c.value == v)
            .map(|c| c.subject.as_str())
    };
    assert_eq!(share("48.43%"), Some("Nursultan Nazarbayev"), "{claims:?}");
    assert_eq!(share("43.20%"), Some("Daulet Kaliyev"), "{claims:?}");
    assert_eq!(share("47.9%"), Some("Daulet Kaliyev"), "{claims:?}");
    assert_eq!(share("5.3%"), Some("Aigerim Bekova"), "{claims:?}");
    // a count between the two shares is no gap: "won 48.43% and 12 seats"
    let claims = run("Kazakhstan voted. Nur Otan won 48.43% and 12 seats, Ak Zhol 3 seats.");
    assert!(
        !claims
            .iter()
            .any(|c| c.predicate == "vote_share" && c.value != "48.43%"),
        "{claims:?}"
    );
}

#[test]
fn dates_counted_back_from_publication_are_read() {
    // published 2021-01-11
    let claims = run(
        "Kazakhstan voted in the presidential run-off last December. \
         The turnout was lower than in the first round, passed two weeks ago. \
         Nursultan Nazarbayev died last week.",
    );
    let dates = predicate_values(&claims, &["election_date", "died"]);
    assert!(
        dates.contains(&("election_date", "last December")),
        "{dates:?}"
    );
    assert!(
        dates.contains(&("election_date", "two weeks ago")),
        "{dates:?}"
    );
    assert!(dates.contains(&("died", "last week")), "{dates:?}");
}

#[test]
fn regions_owners_and_chambers_of_results_are_told_apart() {
    let claims = run(
        "Kazakhstan voted. Daulet Kaliyev carried the Northeast with almost 62%. \
         Nazarbayev's Ak Zhol Party won 99 seats in the 513-member Chamber of Deputies.",
    );
    let find = |p: &str, v: &str| {
        claims
            .iter()
            .find(|c| c.predicate == p && c.value == v)
            .map(|c| c.subject.as_str())
    };
    assert_eq!(
        find("vote_share", "almost 62%"),
        Some("Daulet Kaliyev"),
        "{claims:?}"
    );
    assert_eq!(find("seats_won", "99"), Some("Ak Zhol Party"), "{claims:?}");
    assert_eq!(
        find("seats_total", "513"),
        Some("Chamber of Deputies"),
        "{claims:?}"
    );
}

#[test]
fn the_money_frame_reads_its_example_and_money_in_any_currency() {
    let (sentence, claim) = MONEY_FRAME.example.split_once(" → ").unwrap();
    let value = claim.rsplit(" · ").next().unwrap();
    let claims = run(&format!(
        "Kazakhstan held a vote. {}.",
        capitalise(sentence)
    ));
    assert!(has(&claims, "Kazakhstan", "amount", value), "{claims:?}");
    // codes before the number, the country's adjective before the currency word
    let claims = run_unknown(
        "Norland's finance ministry set aside Rs 1.5 trillion for the regions. \
         The state firm sold bonds worth 50 billion Norlandic pounds.",
    );
    let amounts: Vec<&str> = claims
        .iter()
        .filter(|c| c.predicate == "amount")
        .map(|c| c.value.as_str())
        .collect();
    assert_eq!(
        amounts,
        ["Rs 1.5 trillion", "50 billion Norlandic pounds"],
        "{claims:?}"
    );
    // a count is no money without a currency
    let claims = run_unknown("Norland's finance ministry hired 1,500 clerks last year.");
    assert!(claims.iter().all(|c| c.predicate != "amount"), "{claims:?}");
}

#[test]
fn a_rate_moved_by_points_is_an_interest_rate() {
    let claims =
        run_unknown("Norland's central bank raised its policy rates by 700 basis points in April.");
    assert!(
        claims
            .iter()
            .any(|c| c.predicate == "interest_rate" && c.value == "700 basis points"),
        "{claims:?}"
    );
    // a rate without a bank or a policy in the sentence is not a lending rate
    let claims = run_unknown("Norland's birth rate fell to 1.2% last year.");
    assert!(
        claims.iter().all(|c| c.predicate != "interest_rate"),
        "{claims:?}"
    );
}

#[test]
fn results_after_a_placing_and_with_are_the_placed_candidates() {
    let claims = run_unknown(
        "Norland held its presidential election on Saturday. Former vice president Ada Lorn \
         came second with 6,984,520 votes and Ben Holt of the Labour Party was third with \
         6,101,533. Cy Mott of the Green Party trailed far behind with just under 1.5 million.",
    );
    assert!(
        has(&claims, "Ada Lorn", "votes_received", "6,984,520"),
        "{claims:?}"
    );
    assert!(
        has(&claims, "Ben Holt", "votes_received", "6,101,533"),
        "{claims:?}"
    );
    assert!(
        has(
            &claims,
            "Cy Mott",
            "votes_received",
            "just under 1.5 million"
        ),
        "{claims:?}"
    );
    // no placing word: a bare count after "with" is no result
    let claims = run_unknown(
        "Norland held its presidential election on Saturday. Ada Lorn met voters with 1,200 volunteers.",
    );
    assert!(
        claims.iter().all(|c| c.predicate != "votes_received"),
        "{claims:?}"
    );
}

#[test]
fn tallies_after_names_in_a_vote_are_votes_received() {
    let claims = run_unknown(
        "Norland held its presidential election on Saturday.\n\nSelected returns\n\n\
         Eastport - Ada Lorn 582,454; Ben Holt 572,606\n",
    );
    assert!(
        has(&claims, "Ada Lorn", "votes_received", "582,454"),
        "{claims:?}"
    );
    assert!(
        has(&claims, "Ben Holt", "votes_received", "572,606"),
        "{claims:?}"
    );
}

#[test]
fn a_share_owned_after_a_contrast_word_is_the_owners() {
    let claims = run_unknown(
        "Norland held a presidential run-off on Sunday. Ada Lorn won with 55.7% to Ben Holt's 44.3%.",
    );
    assert!(
        has(&claims, "Ada Lorn", "vote_share", "55.7%"),
        "{claims:?}"
    );
    assert!(
        has(&claims, "Ben Holt", "vote_share", "44.3%"),
        "{claims:?}"
    );
}

#[test]
fn a_cue_in_the_values_own_clause_outranks_one_before_a_joint() {
    let claims = run_unknown("In Norland on Friday, 10 people were killed and 61 were injured.");
    assert!(
        claims
            .iter()
            .any(|c| c.predicate == "injured" && c.value == "61"),
        "{claims:?}"
    );
    assert!(
        claims
            .iter()
            .any(|c| c.predicate == "deaths" && c.value == "10"),
        "{claims:?}"
    );
}

#[test]
fn a_figure_joined_by_and_and_a_verb_takes_the_frame_before() {
    let claims = run_unknown(
        "Inflation in Norland peaked at 69.8% in September and was still above 50% in February.",
    );
    assert!(
        claims
            .iter()
            .any(|c| c.predicate == "inflation" && c.value == "above 50%"),
        "{claims:?}"
    );
}

#[test]
fn a_person_of_a_party_is_two_names() {
    let claims = run_unknown(
        "Norland held its presidential election on Saturday. Ada Lorn of the Peoples Democratic Party won 41% of the vote.",
    );
    assert!(has(&claims, "Ada Lorn", "vote_share", "41%"), "{claims:?}");
}

#[test]
fn entries_of_a_list_stay_apart_whatever_the_line_ends_with() {
    let spans = split_sentences("States won\n\nAda: 11, and the capital\nBen: 1 (Eastport)\n");
    assert_eq!(spans.len(), 3, "{spans:?}");
}

#[test]
fn the_country_of_a_capital_outranks_a_name_that_only_looks_like_a_place() {
    let claims = run_unknown(
        "The Ombudsman's office registers 55 deaths. In the Ombudsman's count, protests in Lima \
         and Cusco left 12 injured.",
    );
    assert!(has(&claims, "Peru", "deaths", "55"), "{claims:?}");
}

#[test]
fn an_article_that_names_no_country_takes_the_one_its_outlet_names() {
    let text = "source: Chile Results Service\npublished: 2022-09-05\n\nFinal results\n\n\
                Ada Lorn (PT): 60,345,999 votes, or 50.90%\n\nRegistered voters: 15,173,929\n";
    let article = Article::parse("results.txt", text, None).unwrap();
    let claims = extract(&article, &Registry::new());
    assert!(
        has(&claims, "Chile", "registered_voters", "15,173,929"),
        "{claims:?}"
    );
}

#[test]
fn places_a_candidate_carried_are_the_candidates_count() {
    let claims = run_unknown(
        "Norland held its presidential election on Saturday. Ada Lorn came first in 14 \
         states, Ben Holt in 12 states. Cy Mott, Dee Park and Eve Lund each carried 3 provinces.",
    );
    assert!(has(&claims, "Ada Lorn", "count", "14"), "{claims:?}");
    assert!(has(&claims, "Ben Holt", "count", "12"), "{claims:?}");
    for name in ["Cy Mott", "Dee Park", "Eve Lund"] {
        assert!(has(&claims, name, "count", "3"), "{claims:?}");
    }
    // a place before the verb keeps the count of places the country's
    let claims = run_unknown("Protests in Norland spread to 14 provinces.");
    assert!(claims.iter().all(|c| c.subject != "Protests"), "{claims:?}");
}

#[test]
fn the_first_word_of_a_two_word_name_stands_for_it() {
    assert_eq!(mentions::short_forms("Atiku Abubakar"), vec!["Atiku"]);
    assert!(mentions::short_forms("South Korea").is_empty());
    let claims = run_unknown(
        "Norland held its presidential election.\n\nAtiku Abubakar (PDP): 6,984,520 votes, or 29.07%\n\nAtiku won 12 states.\n",
    );
    assert!(
        claims
            .iter()
            .any(|c| c.subject == "Atiku Abubakar" && c.value == "12"),
        "{claims:?}"
    );
}

#[test]
fn the_sides_of_a_referendum_written_as_words_hold_their_figures() {
    let claims = run_unknown(
        "Norland held a referendum on Friday.\n\nThe exit poll puts Yes at 68% and No at 32%.\n\n\
         Yes: 1,429,981 (66.40%)\nNo: 723,632 (33.60%)\n\nThe count gave 66.4% to Yes.\n",
    );
    for (side, value) in [
        ("Yes", "68%"),
        ("No", "32%"),
        ("Yes", "66.40%"),
        ("No", "33.60%"),
        ("Yes", "1,429,981"),
        ("Yes", "66.4%"),
    ] {
        assert!(
            claims.iter().any(|c| c.subject == side
                && c.value == value
                && matches!(c.predicate.as_str(), "vote_share" | "votes_received")),
            "{side} {value}: {claims:?}"
        );
    }
}

#[test]
fn a_preposition_after_a_rise_is_no_result_frame() {
    let claims =
        run_unknown("In Norland, the central bank raised its policy rate by 5% on Monday.");
    assert!(
        claims
            .iter()
            .any(|c| c.predicate == "interest_rate" && c.value == "5%"),
        "{claims:?}"
    );
    assert!(
        claims.iter().all(|c| c.predicate != "vote_share"),
        "{claims:?}"
    );
}

#[test]
fn a_head_noun_reaches_the_figure_its_verb_of_change_links() {
    let claims = run_unknown(
        "In Norland, inflation, which peaked at 54.1 per cent in December, slowed to 41.2 per cent in April.",
    );
    for value in ["54.1 per cent", "41.2 per cent"] {
        assert!(
            claims
                .iter()
                .any(|c| c.predicate == "inflation" && c.value == value),
            "{value}: {claims:?}"
        );
    }
}

#[test]
fn a_capital_counts_towards_its_country() {
    let claims = run_unknown(
        "BEIRUT, Aug 5 - The blast in Beirut killed more than 100 people, Lebanese officials said. \
         The shock was felt in Cyprus. Beirut hospitals were full and Beirut's port was gone.",
    );
    assert!(
        has(&claims, "Lebanon", "deaths", "more than 100"),
        "{claims:?}"
    );
}

#[test]
fn label_lines_name_their_figures() {
    let claims = run(
        "Kazakhstan referendum: official returns\n\nElectorate: 2,400,118\nTotal poll: 1,512,003\nInvalid ballots: 12,870\nTurnout: 63.0%\nRegions won: Ak Zhol 9, Nur Otan 5\nSeven other parties: 48,120 votes together",
    );
    let got: Vec<(&str, &str, &str)> = claims
        .iter()
        .map(|c| (c.subject.as_str(), c.predicate.as_str(), c.value.as_str()))
        .collect();
    for want in [
        ("Kazakhstan", "registered_voters", "2,400,118"),
        ("Kazakhstan", "ballots_cast", "1,512,003"),
        ("Kazakhstan", "count", "12,870"),
        ("Kazakhstan", "turnout", "63.0%"),
        ("Ak Zhol", "count", "9"),
        ("Nur Otan", "count", "5"),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
    let invalid = claims.iter().find(|c| c.value == "12,870").unwrap();
    assert_eq!(invalid.qualifiers["of"], "invalid ballots");
    // a counted group before the colon is not a label
    assert!(
        !got.iter()
            .any(|(_, p, v)| *v == "48,120" && *p != "votes_received"),
        "{got:?}"
    );
}

#[test]
fn table_columns_and_box_headings_give_the_frame() {
    let claims = run(
        "Kazakhstan referendum results\n\nSelected regions (Yes / No / turnout)\nAkmola: 61.2% / 38.8% / 55.0%\nAtyrau: 48.5% / 51.5% / 47.3%\n\nPolicy rate (National Bank)\nNow: 16.75 per cent\nStart of the year: 10.25 per cent\n\nKazakhstan tenge\nFall against the dollar this year: 12.4%",
    );
    let got: Vec<(&str, &str, &str, Option<&str>)> = claims
        .iter()
        .map(|c| {
            (
                c.subject.as_str(),
                c.predicate.as_str(),
                c.value.as_str(),
                c.qualifiers.get("region").map(String::as_str),
            )
        })
        .collect();
    for want in [
        ("Yes", "vote_share", "61.2%", Some("Akmola")),
        ("No", "vote_share", "38.8%", Some("Akmola")),
        ("Kazakhstan", "turnout", "55.0%", Some("Akmola")),
        ("No", "vote_share", "51.5%", Some("Atyrau")),
        ("Kazakhstan", "interest_rate", "16.75 per cent", None),
        ("Kazakhstan", "interest_rate", "10.25 per cent", None),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
    // a blank line ends the box: the tenge's fall is no policy rate
    assert!(
        !got.iter()
            .any(|(_, p, v, _)| *v == "12.4%" && *p == "interest_rate"),
        "{got:?}"
    );
}

#[test]
fn money_nobody_holds_is_the_countrys_or_goes_on_with_the_sentence_before() {
    let claims = run(
        "Floods hit Kazakhstan in March. The Steppe Relief Fund welcomed the plan on Monday. The programme, worth 90 billion tenge, is to rebuild 20,000 homes. \
         The Mazhilis approved a loan of $2 billion from Ak Zhol. About $300 million will be paid out at once.",
    );
    let money: Vec<(&str, &str)> = claims
        .iter()
        .filter(|c| c.predicate == "amount")
        .map(|c| (c.subject.as_str(), c.value.as_str()))
        .collect();
    assert!(
        money.contains(&("Kazakhstan", "90 billion tenge")),
        "{money:?}"
    );
    let loan = money.iter().find(|(_, v)| *v == "$2 billion").unwrap().0;
    assert!(money.contains(&(loan, "About $300 million")), "{money:?}");
}

#[test]
fn a_frame_may_take_its_domain_from_the_sentence_before() {
    let claims = run(
        "The central bank of Kazakhstan raised its policy rate again on Monday. The rate stood at 9.75% in January.",
    );
    assert!(
        claims
            .iter()
            .any(|c| c.predicate == "interest_rate" && c.value == "9.75%"),
        "{claims:?}"
    );
}

#[test]
fn initials_in_a_parenthesis_stand_for_the_name_and_a_list_entry_holds_its_figures() {
    let claims = run(
        "Kazakhstan votes: final results\n\nNational list (share of the vote, seats)\nSteppe Democratic Congress (SDC): 44.1%, 61 seats\nAk Zhol (AZ): 20.3%, 30 seats\n\nThe previous election (share, seats)\nSDC: 50.2%, 70 seats",
    );
    let got: Vec<(&str, &str, &str)> = claims
        .iter()
        .map(|c| (c.subject.as_str(), c.predicate.as_str(), c.value.as_str()))
        .collect();
    for want in [
        ("Steppe Democratic Congress", "vote_share", "44.1%"),
        ("Steppe Democratic Congress", "seats_won", "61"),
        ("Ak Zhol", "vote_share", "20.3%"),
        ("Steppe Democratic Congress", "vote_share", "50.2%"),
        ("Steppe Democratic Congress", "seats_won", "70"),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
}

/// An article with no registry, published 2024-03-21, with header lines `head`.
fn plain(head: &str, body: &str) -> Vec<ExtractedClaim> {
    let text = format!("source: Test Wire\npublished: 2024-03-21\n{head}\n{body}\n");
    run_plain("t.txt", &text)
}

#[test]
fn a_title_inside_a_run_of_capitals_is_not_part_of_the_name() {
    let claims = plain(
        "",
        "Indonesia's election commission declared Defence Minister Prabowo Subianto, 72, the winner.",
    );
    assert!(
        has(&claims, "Prabowo Subianto", "age", "72"),
        "{:?}",
        spo(&claims)
    );
}

#[test]
fn a_headline_surname_takes_the_full_name_given_later() {
    let claims = plain(
        "",
        "Maduro wins a third term with 51%\n\nCARACAS, July 29 - The council declared President Nicolás Maduro the winner of Sunday's presidential election.",
    );
    assert!(
        has(&claims, "Nicolás Maduro", "vote_share", "51%"),
        "{:?}",
        spo(&claims)
    );
}

#[test]
fn words_joined_by_and_before_initials_stay_one_name_everywhere() {
    let claims = plain(
        "",
        "Law and Justice (PiS) came first in the election.\n\nLaw and Justice won 194 seats in the Sejm, short of a majority.",
    );
    assert!(
        has(&claims, "Law and Justice", "seats_won", "194"),
        "{:?}",
        spo(&claims)
    );
}

#[test]
fn a_policy_rate_is_the_central_bank_the_article_names() {
    let claims = plain(
        "",
        "The Bank of Japan ended eight years of negative rates on Tuesday. The central bank raised its policy rate to 0.1%.",
    );
    assert!(
        has(&claims, "Bank of Japan", "interest_rate", "0.1%"),
        "{:?}",
        spo(&claims)
    );
}

#[test]
fn the_country_in_the_address_outweighs_a_passing_mention_of_another() {
    let claims = plain(
        "url: https://example.org/desk/2024/08/03/venezuela-figures\n",
        "Turnout: 59%\nUnited States recognises the opposition candidate as the winner: 1 August",
    );
    assert!(
        has(&claims, "Venezuela", "turnout", "59%"),
        "{:?}",
        spo(&claims)
    );
}

#[test]
fn an_event_named_after_a_place_drops_the_place_class_word() {
    let claims = plain(
        "",
        "Noto Peninsula earthquake live: rescuers dig through homes\n\n17:20 - The US Geological Survey gives the magnitude as 7.5.",
    );
    assert!(
        has(&claims, "Noto earthquake", "magnitude", "7.5"),
        "{:?}",
        spo(&claims)
    );
}

fn subject_of<'a>(claims: &'a [ExtractedClaim], predicate: &str, value: &str) -> Option<&'a str> {
    claims
        .iter()
        .find(|c| c.predicate == predicate && c.value == value)
        .map(|c| c.subject.as_str())
}

#[test]
fn short_names_in_capitals_hold_their_results() {
    // the short names are never spelled out: their shape makes them names
    let claims = run("Freedonia held a general election on Sunday.\n\n\
         The KPR won 31.2% of the vote.\n\n\
         Seats and shares\n\
         NdP: 24.5%, 61 seats\n\
         LVB/LVO: 18.9%, 40 seats\n\n\
         GDP grew 2.1% last year.");
    assert_eq!(subject_of(&claims, "vote_share", "31.2%"), Some("KPR"));
    assert_eq!(subject_of(&claims, "vote_share", "24.5%"), Some("NdP"));
    assert_eq!(subject_of(&claims, "seats_won", "61"), Some("NdP"));
    assert_eq!(subject_of(&claims, "vote_share", "18.9%"), Some("LVB/LVO"));
    assert_eq!(subject_of(&claims, "seats_won", "40"), Some("LVB/LVO"));
    assert!(claims.iter().all(|c| c.subject != "GDP"), "{claims:?}");
}

#[test]
fn acronym_shapes() {
    for name in ["SPD", "AfD", "PiS", "CDU/CSU", "FF+", "ActionSA", "PS"] {
        assert!(acronym_name(name), "{name}");
    }
    for word in [
        "Centre-West",
        "GDP",
        "USD",
        "BREAKING",
        "Greens",
        "Sept",
        "km",
        // plurals of abbreviations, surnames with an inner capital, ordinals
        "MPs",
        "NGOs",
        "McCarthy",
        "DeSantis",
        "XII",
        "IV",
    ] {
        assert!(!acronym_name(word), "{word}");
    }
}

#[test]
fn the_source_a_figure_is_credited_to_is_not_its_subject() {
    let claims = run("Freedonia held a general election on Sunday.\n\n\
         According to the figures of the CEC, the party \"Green Dawn\" of premier Ilo Varsk \
         received 512,300 votes, which constitutes 48.2%.");
    assert_eq!(
        subject_of(&claims, "vote_share", "48.2%"),
        Some("Green Dawn")
    );
}

#[test]
fn coordinated_names_hold_a_joint_result() {
    let claims = run("Freedonia held a general election on Sunday.\n\n\
         The Greens, Farmers and Pirates won 88 of the 200 seats.\n\n\
         The Hope Alliance and its allies won 97 seats.");
    assert_eq!(
        subject_of(&claims, "seats_won", "88"),
        Some("Greens, Farmers and Pirates")
    );
    assert_eq!(
        subject_of(&claims, "seats_won", "97"),
        Some("Hope Alliance and its allies")
    );
}

#[test]
fn the_ruling_party_is_the_one_the_sentence_before_named() {
    // "Peace and Bread" is never written apart, so it is one name
    let claims = run("Freedonia held a general election on Sunday.\n\n\
         By any count Peace and Bread won the election. The ruling party took 41.5% \
         of the vote.");
    assert_eq!(
        subject_of(&claims, "vote_share", "41.5%"),
        Some("Peace and Bread")
    );
}

#[test]
fn a_place_or_a_credited_source_before_a_comma_is_not_a_joint_holder() {
    let claims = run("Freedonia held a general election on Sunday.\n\n\
         According to the CEC, Green Dawn and Blue Wave won 54.1% together.\n\n\
         In Freedonia, Red Star and Iron Guard won 30.2% together.");
    let holder = |v: &str| {
        claims
            .iter()
            .find(|c| c.value == v)
            .map(|c| c.subject.clone())
    };
    for v in ["54.1%", "30.2%"] {
        let subject = holder(v);
        assert!(
            subject
                .as_deref()
                .is_none_or(|s| !s.contains("CEC") && !s.contains("Freedonia,")),
            "{v}: {subject:?} in {claims:?}"
        );
    }
}

#[test]
fn the_ruling_party_is_never_a_person_named_before() {
    let claims = run("Freedonia held a general election on Sunday.\n\n\
         Ana Lima conceded defeat late on Sunday. The ruling party took 35.4% of the vote.");
    assert!(
        claims
            .iter()
            .all(|c| c.subject != "Ana Lima" || c.value != "35.4%"),
        "{claims:?}"
    );
}

/// Extracts from an article with an address and no registry (nothing tells a country
/// from a state but the article itself).
fn run_unregistered(url: &str, body: &str) -> Vec<ExtractedClaim> {
    let text = format!("source: Test Wire\npublished: 2021-01-11\nurl: {url}\n\n{body}\n");
    let article = Article::parse("t.txt", &text, None).unwrap();
    extract(&article, &Registry::new())
}

#[test]
fn a_state_the_headline_and_the_address_name_is_the_setting_of_its_tolls() {
    let claims = run_unregistered(
        "https://example.org/wire/2021/03/zembla-storm-cost",
        "Zembla storm: the bill arrives\n\nA consultancy in Orlin put the damage at $12 billion. The storm killed 57 people, officials said.",
    );
    let deaths = claims.iter().find(|c| c.predicate == "deaths").unwrap();
    assert_eq!(
        (deaths.subject.as_str(), deaths.value.as_str()),
        ("Zembla", "57")
    );
}

#[test]
fn a_name_that_holds_counties_and_owns_a_council_is_a_place() {
    // "Tarvas" ends like a plural: standing alone elsewhere, it is a name
    let claims = run_unregistered(
        "https://example.org/wire/2021/02/blackouts-live",
        "Tarvas blackouts live\n\nThe Grid Council of Tarvas ordered outages overnight. All 31 Tarvas counties are under a cold warning. The cold has killed 14 people so far.",
    );
    let deaths = claims.iter().find(|c| c.predicate == "deaths").unwrap();
    assert_eq!(
        (deaths.subject.as_str(), deaths.value.as_str()),
        ("Tarvas", "14")
    );
}

#[test]
fn a_headings_number_that_counts_its_entries_is_no_claim_nor_a_frame_for_them() {
    let claims = run(
        "Kazakhstan held a vote on Sunday.\n\nVotes of the three largest parties\nAlpha Union: 6,100,200\nBeta Front: 3,400,100\nGamma List: 1,200,300",
    );
    assert!(
        !claims.iter().any(|c| c.predicate == "parties_contesting"),
        "{claims:?}"
    );
    // a count a sentence gives stays a claim
    let claims = run("Kazakhstan held a vote on Sunday.\n\nTwelve parties took part in the vote.");
    assert!(
        claims
            .iter()
            .any(|c| c.predicate == "parties_contesting" && c.value.eq_ignore_ascii_case("twelve")),
        "{claims:?}"
    );
}

#[test]
fn a_person_named_short_takes_the_full_name_without_titles() {
    let claims = run(
        "Kazakhstan voted on Sunday. Senator Dana Kerimova Jr led the count. \
         Kerimova, 52, received 1,204,331 votes. Senator Kerimova won 61.2% of the vote.",
    );
    let of = |value: &str| {
        claims
            .iter()
            .find(|c| c.value == value)
            .map(|c| c.subject.as_str())
    };
    assert_eq!(of("52"), Some("Dana Kerimova Jr"));
    assert_eq!(of("1,204,331"), Some("Dana Kerimova Jr"));
    assert_eq!(of("61.2%"), Some("Dana Kerimova Jr"));
}

#[test]
fn a_name_that_opens_a_longer_one_takes_it() {
    let claims = run(
        "Kazakhstan voted. Arman Suleimenov Bekov of the opposition ran. \
         Arman Suleimenov received 2,331,207 votes.",
    );
    let c = claims.iter().find(|c| c.value == "2,331,207").unwrap();
    assert_eq!(c.subject, "Arman Suleimenov Bekov");
}

#[test]
fn a_chamber_size_beside_listed_parties_is_the_chambers() {
    let claims = run("Belarus elected its Storting. \
         The Greens, Farmers and Liberals won 91 of the 169 seats in the Storting.");
    let c = claims.iter().find(|c| c.value == "169").unwrap();
    assert_eq!(
        (c.predicate.as_str(), c.subject.as_str()),
        ("seats_total", "Storting")
    );
}

#[test]
fn events_of_one_name_in_two_years_are_told_apart_by_year() {
    let claims = run(
        "Rescuers searched the ruins left by the Kazakhstan earthquake. \
         The earthquake, of magnitude 6.9, struck on Saturday. \
         It recalled March 1998, when a magnitude 7.1 earthquake hit the same valley.",
    );
    let of = |value: &str| {
        claims
            .iter()
            .find(|c| c.value == value)
            .map(|c| c.subject.as_str())
    };
    assert_eq!(of("6.9"), Some("2021 Kazakhstan earthquake"));
    assert_eq!(of("7.1"), Some("1998 Kazakhstan earthquake"));
}

#[test]
fn an_event_recalled_a_year_on_keeps_one_name() {
    let text = "source: T\npublished: 2022-02-06\n\nA year has passed since the Kazakhstan \
                earthquake of February 2021 struck. The earthquake killed 52 people, and \
                the earthquake's magnitude was 6.9.\n";
    let claims = run_plain("t.txt", text);
    let subjects: Vec<&str> = claims
        .iter()
        .filter(|c| c.value == "6.9" || c.value == "52 people")
        .map(|c| c.subject.as_str())
        .collect();
    assert!(!subjects.is_empty(), "{claims:?}");
    assert!(
        subjects.iter().all(|s| !s.starts_with("2022")),
        "{subjects:?}"
    );
}

#[test]
fn a_short_name_two_people_share_stays_as_written() {
    let people: Vec<(String, Vec<String>)> = [
        "Castro",
        "Fidel Castro",
        "Raul Castro",
        "Santa Cruz",
        "Cruz",
    ]
    .iter()
    .map(|n| {
        (
            n.to_string(),
            n.to_lowercase().split(' ').map(str::to_string).collect(),
        )
    })
    .collect();
    let mut places = foldhash::HashSet::default();
    places.insert("santa cruz".to_string());
    assert_eq!(super::roles::full_name("Castro", &people, &places), None);
    assert_eq!(super::roles::full_name("Cruz", &people, &places), None);
    assert_eq!(
        super::roles::full_name("Castro", &people[..2], &places),
        Some("Fidel Castro".to_string())
    );
}

#[test]
fn an_office_of_titles_only_is_not_cut_to_its_last_title() {
    assert_eq!(super::roles::bare_name("Vice President"), "Vice President");
    assert_eq!(
        super::roles::bare_name("Vice President Ana Lima"),
        "Ana Lima"
    );
}

#[test]
fn a_body_named_beside_a_size_keeps_it_from_the_chamber() {
    let claims = run("Kazakhstan elected its Mazhilis. \
         The Central Election Commission will have 15 members.");
    assert!(
        !claims
            .iter()
            .any(|c| c.value == "15" && c.subject == "Mazhilis"),
        "{claims:?}"
    );
}

#[test]
fn an_abbreviation_takes_the_full_name_its_initials_spell() {
    let claims = run("Kazakhstan voted for its Mazhilis on Sunday. \
         The Rural Workers Party and the Green Valley Alliance led the count. \
         The RWP won 38.5% of the vote. The GVA took 12.1% and 23 seats.");
    let of = |value: &str| {
        claims
            .iter()
            .find(|c| c.value == value)
            .map(|c| (c.subject.as_str(), c.predicate.as_str()))
    };
    assert_eq!(
        of("12.1%"),
        Some(("Green Valley Alliance", "vote_share")),
        "{claims:?}"
    );
    assert_eq!(
        of("23"),
        Some(("Green Valley Alliance", "seats_won")),
        "{claims:?}"
    );
    assert_eq!(
        of("38.5%"),
        Some(("Rural Workers Party", "vote_share")),
        "{claims:?}"
    );
}

#[test]
fn an_abbreviation_two_names_share_stays_as_written() {
    let claims = run(
        "Kazakhstan voted on Sunday. The Social Democrats and the Steppe \
         Democrats both gained. The SD won 20.5% of the vote.",
    );
    assert!(
        claims
            .iter()
            .any(|c| c.value == "20.5%" && c.subject == "SD"),
        "{claims:?}"
    );
}

#[test]
fn a_one_word_label_among_named_entries_is_a_name() {
    let claims = run("Kazakhstan parliamentary election: final result\n\n\
         Nur Otan: 61.2%, 70 seats\n\
         Farmers: 12.4%, 14 seats\n\
         Ak Zhol: 9.1%, 8 seats\n\n\
         Turnout: 63.3%\n\
         Threshold: 7%\n");
    let of = |value: &str| {
        claims
            .iter()
            .find(|c| c.value == value)
            .map(|c| (c.subject.as_str(), c.predicate.as_str()))
    };
    assert_eq!(of("12.4%"), Some(("Farmers", "vote_share")), "{claims:?}");
    assert_eq!(of("14"), Some(("Farmers", "seats_won")), "{claims:?}");
    // a label a frame reads names its figure, not a holder
    assert!(
        !claims
            .iter()
            .any(|c| c.subject == "Turnout" || c.subject == "Threshold"),
        "{claims:?}"
    );
}

#[test]
fn a_label_of_ballots_no_one_holds_is_no_name() {
    let claims = run("Kazakhstan parliamentary election: final result\n\n\
         Nur Otan: 61.2%\n\
         Abstention: 36.7%\n\
         Ak Zhol: 9.1%\n");
    assert!(
        !claims.iter().any(|c| c.subject == "Abstention"),
        "{claims:?}"
    );
}

#[test]
fn a_common_noun_led_by_someone_is_no_name() {
    let claims = run(
        "Kazakhstan saw unrest on Sunday. Many protesters gathered early.\n\n\
         Protesters, led by students, numbered 4,000 in Almaty, police said.",
    );
    assert!(
        !claims.iter().any(|c| c.subject == "Protesters"),
        "{claims:?}"
    );
}

#[test]
fn a_chambers_size_written_as_a_possessive_stays_its_size() {
    let claims = run("Kazakhstan voted on Sunday. Nur Otan took 76 of the Knesset's 120 seats.");
    assert!(
        claims
            .iter()
            .any(|c| c.value == "120" && c.subject == "Knesset" && c.predicate == "seats_total"),
        "{claims:?}"
    );
}

#[test]
fn a_person_of_a_movement_named_in_lowercase_is_not_one_name_with_it() {
    let claims = run(
        "Kazakhstan voted on Sunday. Early results put Ana Lima of the \
         Steppe Renewal movement ahead. By midnight Lima had 40.2% of the vote.",
    );
    assert!(
        claims
            .iter()
            .any(|c| c.value == "40.2%" && c.subject == "Ana Lima"),
        "{claims:?}"
    );
}

#[test]
fn a_body_led_by_a_person_holds_its_result() {
    let claims = run("Kazakhstan voted on Sunday.\n\n\
         Renewal, led by Ana Lima, finished on 31.4% and 40 seats.");
    for value in ["31.4%", "40"] {
        assert!(
            claims
                .iter()
                .any(|c| c.value == value && c.subject == "Renewal"),
            "{value}: {claims:?}"
        );
    }
}

#[test]
fn an_event_the_article_names_keeps_its_name_beside_a_numbered_one() {
    let claims = run("The Steppe earthquake devastated Kazakhstan. \
         A second quake hit the region on Tuesday. \
         The earthquake measured 7.2, the survey said.");
    assert!(
        claims
            .iter()
            .any(|c| c.value == "7.2" && c.subject == "Steppe earthquake"),
        "{claims:?}"
    );
}

#[test]
fn a_party_and_its_leader_written_as_one_run_are_two_names() {
    let runs = |text: &str| -> Vec<String> {
        let tokens = tokenize(text, 0, text.len());
        capital_runs(text, &tokens, &foldhash::HashSet::default())
            .into_iter()
            .map(|(a, b)| text[tokens[a].start..tokens[b].end].to_string())
            .collect()
    };
    // after "of": a short party name (an abbreviation, a plural), then the leader's
    assert_eq!(
        runs("with this the AD of Ana Dorn had 80 seats"),
        ["AD", "Ana Dorn"]
    );
    assert_eq!(
        runs("the Liberals of Mark Dorn kept power"),
        ["Liberals", "Mark Dorn"]
    );
    // right after the party's name, when a title with "of" introduces both
    assert_eq!(
        runs("elected the leader of the Civic Coalition Ana Dorn as premier"),
        ["Civic Coalition", "Ana Dorn"]
    );
    assert_eq!(
        runs("became the co-chairman of the SPD Lars Dorn"),
        ["SPD", "Lars Dorn"]
    );
    // a body's own name stays whole
    assert_eq!(
        runs("the Bank of South Sudan said"),
        ["Bank of South Sudan"]
    );
    assert_eq!(
        runs("the Union of Right Forces won"),
        ["Union of Right Forces"]
    );
    assert_eq!(
        runs("the head of the National Union Party said"),
        ["National Union Party"]
    );
}

#[test]
fn a_country_named_by_its_irregular_adjective_outweighs_a_surname() {
    // "Jordan" is a country's name too; the Swiss figures are Switzerland's
    let claims = run_unknown(
        "Swiss franc: the year in figures\n\n\
         SNB chairman: Thomas Jordan\n\n\
         Swiss GDP, first quarter: 2.1% growth.\n\
         Swiss consumer prices rose by 1.1% in the year, the Swiss statistics office said.",
    );
    assert!(
        claims
            .iter()
            .filter(|c| c.value == "1.1%" || c.value == "2.1%")
            .all(|c| c.subject == "Switzerland"),
        "{:?}",
        spo(&claims)
    );
}

#[test]
fn a_given_name_alone_takes_the_one_full_name_it_opens() {
    let people: Vec<(String, Vec<String>)> = ["Pita Limjaroenrat", "Pita", "Ana Lima", "Ana Souza"]
        .iter()
        .map(|n| {
            (
                n.to_string(),
                n.to_lowercase().split(' ').map(str::to_string).collect(),
            )
        })
        .collect();
    let places = foldhash::HashSet::default();
    assert_eq!(
        super::roles::full_name("Pita", &people, &places),
        Some("Pita Limjaroenrat".to_string())
    );
    // two names open with it: neither is meant
    let mut people = people;
    people.push(("Ana".to_string(), vec!["ana".to_string()]));
    assert_eq!(super::roles::full_name("Ana", &people, &places), None);
}

#[test]
fn a_ticket_holds_its_result_under_its_first_name() {
    let claims = run_unknown(
        "Zembla voted on Sunday. The commission has finished its count. Ana Dorn and \
         her running mate Ivo Brant took 5,586,019 votes, or 40.05%.",
    );
    assert!(
        has(&claims, "Ana Dorn", "votes_received", "5,586,019"),
        "{:?}",
        spo(&claims)
    );
    let claims = run_unknown(
        "Zembla presidential election: final results\n\n\
         Ana Dorn / Ivo Brant (Renewal Party): 5,586,019 votes (40.05%)\n\
         Ola Kern / Pia Lund (Union Party): 4,671,021 votes (33.49%)\n",
    );
    assert!(
        has(&claims, "Ola Kern", "votes_received", "4,671,021"),
        "{:?}",
        spo(&claims)
    );
}

/// (subject, predicate, value) of the claims whose predicate is one of `predicates`.
fn subject_predicate_values<'a>(
    claims: &'a [ExtractedClaim],
    predicates: &[&str],
) -> Vec<(&'a str, &'a str, &'a str)> {
    claims
        .iter()
        .filter(|c| predicates.contains(&c.predicate.as_str()))
        .map(|c| (c.subject.as_str(), c.predicate.as_str(), c.value.as_str()))
        .collect()
}

#[test]
fn a_date_after_a_span_word_ends_or_begins_the_event_of_the_noun_before() {
    let body = "Kazakhstan was in grief. \
                The president declared national mourning until 3 March. \
                A week of mourning from Monday was announced in the capital.";
    let claims = run(body);
    let dates = subject_predicate_values(&claims, &["ended", "occurred", "duration"]);
    assert!(
        dates.contains(&("national mourning", "ended", "3 March")),
        "{dates:?}"
    );
    assert!(
        dates.contains(&("national mourning", "occurred", "Monday")),
        "{dates:?}"
    );
    // a verb's span is not the event's: rescuers, not the quake, went on until Friday
    let claims = run("Kazakhstan was hit by a quake, and rescuers searched until Friday.");
    assert!(
        subject_predicate_values(&claims, &["ended"]).is_empty(),
        "{claims:?}"
    );
}

#[test]
fn a_currency_sign_after_a_country_code_leaves_the_code_out_of_the_names() {
    let claims = run("Kazakhstan owes about US$12 billion to its creditors.");
    assert!(
        claims.iter().all(|c| c.subject != "US"),
        "{:?}",
        subject_predicate_values(&claims, &["amount"])
    );
}

#[test]
fn a_date_of_adoption_is_about_the_thing_adopted() {
    let body = "Kazakhstan has a new government. \
                The Mazhilis approved a coalition agreement on Tuesday. \
                The coalition agreement the parties signed on 10 November runs to 200 pages. \
                Nursultan Nazarbayev signed on Friday.";
    let claims = run(body);
    let dates = subject_predicate_values(&claims, &["adopted"]);
    assert!(
        dates.contains(&("coalition agreement", "adopted", "Tuesday")),
        "{dates:?}"
    );
    assert!(
        dates.contains(&("coalition agreement", "adopted", "10 November")),
        "{dates:?}"
    );
    // "signed" with nothing signed dates no adoption
    assert!(!dates.iter().any(|(_, _, v)| *v == "Friday"), "{dates:?}");
}

#[test]
fn a_part_of_the_day_after_a_weekday_stays_in_the_date() {
    let claims = run("Kazakhstan mourned Nursultan Nazarbayev, who died on Wednesday evening.");
    let dates = predicate_values(&claims, &["died"]);
    assert!(dates.contains(&("died", "Wednesday evening")), "{dates:?}");
}

#[test]
fn a_sentence_opening_adverb_is_no_holder() {
    // "Now" opens a quoted sentence: it holds none of the figures (before, the money
    // went to "Now")
    let claims = run(
        "The lenders met in Astana. \"The minister has done his part,\" said the \
         coordinator. \"Now lenders must agree, so that the 2 billion dollars from the Bank \
         stays here.\"",
    );
    assert!(!claims.is_empty());
    for c in &claims {
        assert_ne!(c.subject, "Now", "{c:?}");
    }
}

#[test]
fn time_held_in_power_and_dominance_are_years_in_power() {
    let claims = run_unknown(
        "Norland went to the polls. Marta Ostrova, who has held power for almost nine \
         years, conceded. Tomas Kell has dominated the northern provinces for two decades.",
    );
    let of = |who: &str, value: &str| {
        claims
            .iter()
            .any(|c| c.predicate == "years_in_power" && c.subject == who && c.value == value)
    };
    assert!(of("Marta Ostrova", "almost nine years"), "{claims:#?}");
    assert!(of("Tomas Kell", "two decades"), "{claims:#?}");
}

#[test]
fn a_peoples_adjective_before_a_noun_is_no_subject() {
    let claims = run_unknown(
        "Ilse Varga spoke in the capital on Monday. The veteran has dominated Norwegian \
         politics for three decades.",
    );
    assert!(
        claims
            .iter()
            .filter(|c| c.predicate == "years_in_power")
            .all(|c| c.subject != "Norwegian"),
        "{claims:#?}"
    );
}

#[test]
fn quoted_lowercase_sides_of_a_vote_take_their_shares() {
    let claims = run_unknown(
        "Norland held a referendum on the border treaty. Premier Ivo Danek had campaigned \
         hard. In the end the \"no\" camp won with 51.3% of the ballots against 48.7% for \
         the \"yes\". The \"no\" side also won on all three questions.",
    );
    let share = |value: &str| {
        claims
            .iter()
            .find(|c| c.predicate == "vote_share" && c.value == value)
            .map(|c| c.subject.as_str())
    };
    assert_eq!(share("51.3%"), Some("No"), "{claims:#?}");
    assert_eq!(share("48.7%"), Some("Yes"), "{claims:#?}");
    assert!(claims.iter().all(|c| c.value != "three"), "{claims:#?}");
}

#[test]
fn heading_a_government_for_a_span_is_years_in_power() {
    let claims = run_unknown(
        "Norland voted on Sunday. Pavel Sorin, who heads the cabinet for 12 years now, \
         cast his ballot early. Ada Brenn, who headed the coalition from May 2019, that \
         is nearly four years, stayed at home. Several heads of state arrived more than \
         two hours late.",
    );
    let of = |who: &str, value: &str| {
        claims
            .iter()
            .any(|c| c.predicate == "years_in_power" && c.subject == who && c.value == value)
    };
    assert!(of("Pavel Sorin", "12 years"), "{claims:#?}");
    assert!(of("Ada Brenn", "nearly four years"), "{claims:#?}");
    assert!(
        claims.iter().all(|c| !c.value.contains("hours")),
        "{claims:#?}"
    );
}

#[test]
fn an_abbreviation_before_its_name_in_brackets_is_no_dateline() {
    let claims = run_unknown(
        "Norland parliamentary election: final result\n\nShares and seats\nNR (Voice of the North): 22.4%, 41 seats\nBP (Farmers' Union): 9.8%, 17 seats\n\nNR and BP will govern together.",
    );
    let share = |value: &str| {
        claims
            .iter()
            .find(|c| c.predicate == "vote_share" && c.value == value)
            .map(|c| c.subject.as_str())
    };
    assert_eq!(share("22.4%"), Some("NR"), "{claims:#?}");
    assert_eq!(share("9.8%"), Some("BP"), "{claims:#?}");
}

#[test]
fn a_hedge_after_the_figure_stays_in_the_value() {
    let claims = run_unknown("In Norland on Friday, 4,000 or more people were killed.");
    assert!(
        claims
            .iter()
            .any(|c| c.predicate == "deaths" && c.value == "4,000 or more"),
        "{claims:?}"
    );
    let claims = run_unknown("In Norland on Friday, 40,000-plus people were injured.");
    assert!(
        claims
            .iter()
            .any(|c| c.predicate == "injured" && c.value == "40,000-plus"),
        "{claims:?}"
    );
}

#[test]
fn a_part_of_a_whole_counts_the_whole_s_noun_for_the_one_who_carried_it() {
    let claims = run_unknown(
        "Norland held its presidential run-off on Sunday. Pavel Sorin carried 21 of the 30 \
         provinces and Ada Brenn the rest. The Rural Party, which took five of the eight \
         rural districts, backed him.",
    );
    let count = |value: &str| {
        claims
            .iter()
            .find(|c| c.predicate == "count" && c.value == value)
            .map(|c| {
                (
                    c.subject.as_str(),
                    c.qualifiers.get("of").map(String::as_str),
                )
            })
    };
    assert_eq!(
        count("21"),
        Some(("Pavel Sorin", Some("provinces"))),
        "{claims:#?}"
    );
    assert_eq!(
        count("five").map(|c| c.0),
        Some("Rural Party"),
        "{claims:#?}"
    );
    // the whole is not the holder's
    assert_ne!(count("eight").map(|c| c.0), Some("Rural Party"));
}

#[test]
fn a_sum_a_participle_gives_to_someone_by_name_is_theirs() {
    let claims = run_unknown(
        "The Coastal Aid Network welcomed the $6 million released by the World Bank and the \
         $9 million in emergency aid pledged by Norway.",
    );
    let amount = |value: &str| {
        claims
            .iter()
            .find(|c| c.predicate == "amount" && c.value == value)
            .map(|c| c.subject.as_str())
    };
    assert_eq!(amount("$6 million"), Some("World Bank"), "{claims:#?}");
    assert_eq!(amount("$9 million"), Some("Norway"), "{claims:#?}");
}

#[test]
fn a_number_written_as_two_hyphenated_words_is_a_value() {
    let claims = run_unknown(
        "Portugal votes on Sunday. Twenty-four parties are running. Police said fifty-two \
         people were injured in the clashes.",
    );
    let has = |predicate: &str, value: &str| {
        claims
            .iter()
            .any(|c| c.predicate == predicate && c.value == value)
    };
    assert!(has("parties_contesting", "Twenty-four"), "{claims:#?}");
    assert!(has("injured", "fifty-two"), "{claims:#?}");
}

#[test]
fn a_share_after_a_fronted_for_and_voted_is_of_what_the_for_names() {
    let referendum = run_unknown(
        "Portugal held a constitutional referendum on Sunday. For the adoption of the new \
         charter voted 71.5% of participants.",
    );
    assert!(
        referendum
            .iter()
            .any(|c| c.predicate == "vote_share" && c.value == "71.5%" && c.subject == "Yes"),
        "{referendum:#?}"
    );
    let runoff = run_unknown(
        "Portugal held its presidential run-off on Sunday. Ana Sousa won the second round. \
         For her voted 55.2% of voters.",
    );
    assert!(
        runoff
            .iter()
            .any(|c| c.predicate == "vote_share" && c.value == "55.2%" && c.subject == "Ana Sousa"),
        "{runoff:#?}"
    );
}

#[test]
fn a_party_whose_name_opens_with_a_small_prefix_holds_its_share() {
    let claims = run_unknown(
        "Portugal held a general election on Sunday. The Socialist Party won 31.2% of the \
         vote and iKhaya Lethu won 4.2%.",
    );
    assert!(
        claims.iter().any(|c| c.predicate == "vote_share"
            && c.value == "4.2%"
            && c.subject == "iKhaya Lethu"),
        "{claims:#?}"
    );
}

#[test]
fn a_negative_rate_keeps_its_sign() {
    let claims = run_unknown(
        "The Central Bank of Norland cut its deposit rate to -0.5% from -0.2% on Thursday. \
         Its twin in the north holds its own rate at minus 0.3%, and analysts see the main \
         rate at 1-2% next year.",
    );
    let rates: Vec<&str> = claims
        .iter()
        .filter(|c| c.predicate == "interest_rate")
        .map(|c| c.value.as_str())
        .collect();
    assert!(rates.contains(&"-0.5%"), "{claims:#?}");
    assert!(rates.contains(&"-0.2%"), "{claims:#?}");
    assert!(rates.contains(&"minus 0.3%"), "{claims:#?}");
    // the hyphen of a range is no sign
    assert!(claims.iter().all(|c| c.value != "-2%"), "{claims:#?}");
}

#[test]
fn a_rate_a_bank_moves_is_an_interest_rate() {
    let claims = run_unknown(
        "Prices in Portugal kept rising through the spring. Under its new governor, the bank \
         lifted the rate from 3.5% to 6% in June.",
    );
    let rates: Vec<&str> = claims
        .iter()
        .filter(|c| c.predicate == "interest_rate")
        .map(|c| c.value.as_str())
        .collect();
    assert_eq!(rates, ["3.5%", "6%"], "{claims:#?}");
}

#[test]
fn the_n_year_old_is_the_one_the_sentence_before_opened_with() {
    let claims = run_unknown(
        "Portugal elected a new president. The winner is Ana Sousa. The 36-year-old lawyer \
         took office in March.",
    );
    let age = |claims: &[ExtractedClaim]| {
        claims
            .iter()
            .find(|c| c.predicate == "age")
            .map(|c| c.subject.clone())
    };
    assert_eq!(age(&claims).as_deref(), Some("Ana Sousa"), "{claims:#?}");
    // a capital opening the sentence before is no one's age
    let claims = run_unknown(
        "Portugal swore in a new cabinet. In Lisbon on Tuesday the new ministers took the \
         oath. The 51-year-old premier spoke first.",
    );
    assert_ne!(age(&claims).as_deref(), Some("Lisbon"), "{claims:#?}");
}

#[test]
fn a_toll_counts_people_in_whole_numbers_without_a_unit() {
    let claims = run_unknown(
        "In Portugal 61 people died in a tunnel 2.5 metres wide. The quake, put at 6.4 by one \
         agency and 6.1 by another, killed 35 people. Police said 1.204 persons were detained \
         and hundreds were injured.",
    );
    let tolls: Vec<(&str, &str)> = claims
        .iter()
        .filter(|c| assign::PEOPLE_PREDICATES.contains(&c.predicate.as_str()))
        .map(|c| (c.predicate.as_str(), c.value.as_str()))
        .collect();
    assert_eq!(
        tolls,
        [
            ("deaths", "61"),
            ("deaths", "35"),
            ("detained", "1.204"),
            ("injured", "hundreds")
        ],
        "{claims:#?}"
    );
}

#[test]
fn a_share_after_a_fronted_against_is_the_no_side_s() {
    let claims = run_unknown(
        "Portugal held a constitutional referendum on Sunday. For the reform voted 40.9 percent \
         of participants, against - 59.1 percent. Four years earlier, against were 33.6 percent.",
    );
    let side = |value: &str| {
        claims
            .iter()
            .find(|c| c.predicate == "vote_share" && c.value == value)
            .map(|c| c.subject.as_str())
    };
    assert_eq!(side("59.1 percent"), Some("No"), "{claims:#?}");
    assert_eq!(side("33.6 percent"), Some("No"), "{claims:#?}");
}

#[test]
fn a_fronted_for_may_follow_the_date_of_the_vote() {
    let claims = run_unknown(
        "Portugal held a constitutional referendum on Sunday. We recall, on the referendum of \
         25 May for the change voted 66.4 percent of participants.",
    );
    assert!(
        claims.iter().any(|c| c.predicate == "vote_share"
            && c.value == "66.4 percent"
            && c.subject == "Yes"),
        "{claims:#?}"
    );
}

#[test]
fn a_sum_from_someone_by_name_is_theirs() {
    let claims = run_unknown(
        "Donors answered the appeal of the Coastal Aid Network with modest sums: $4 million \
         in emergency aid from Norway and the €3 million from the European Union.",
    );
    let amount = |value: &str| {
        claims
            .iter()
            .find(|c| c.predicate == "amount" && c.value == value)
            .map(|c| c.subject.as_str())
    };
    assert_eq!(amount("$4 million"), Some("Norway"), "{claims:#?}");
    assert_eq!(amount("€3 million"), Some("European Union"), "{claims:#?}");
}

#[test]
fn entries_under_a_plain_heading_take_the_headings_frame() {
    // the heading has no colon: the box's line right above the entries names them
    let claims = run("Kazakhstan held a parliamentary election.\n\n\
         Seats in the new Mazhilis (final count)\n\
         Nur Otan: 76\n\
         Ak Zhol: 12\n");
    let of = |value: &str| predicate_and_subject(&claims, value);
    assert_eq!(of("76"), Some(("seats_won", "Nur Otan")), "{claims:?}");
    assert_eq!(of("12"), Some(("seats_won", "Ak Zhol")), "{claims:?}");
}

#[test]
fn a_share_after_the_votes_of_a_list_entry_is_the_entrys_share() {
    // no noun after the count: the entry and its heading say they are votes
    let claims = run("Kazakhstan held a parliamentary election.\n\n\
         Parties, valid votes and share:\n\
         Nur Otan: 5,148,073 (71.09%)\n\
         Ak Zhol: 796,620 (11.0%)\n");
    let of = |value: &str| predicate_and_subject(&claims, value);
    assert_eq!(of("71.09%"), Some(("vote_share", "Nur Otan")), "{claims:?}");
    assert_eq!(of("11.0%"), Some(("vote_share", "Ak Zhol")), "{claims:?}");
}

#[test]
fn a_pair_whose_name_describes_a_party_through_of_is_the_partys() {
    // translated lists: "the party of its leader - figure"
    let claims = run("Kazakhstan held a parliamentary election. \
         Nur Otan received 71.1% of votes, the Ak Zhol Party of the former minister \
         Azat Peruashev - 10.9%.");
    let c = claims
        .iter()
        .find(|c| c.value == "10.9%")
        .expect("the share");
    assert_eq!(
        (c.predicate.as_str(), c.subject.as_str()),
        ("vote_share", "Ak Zhol Party"),
        "{claims:?}"
    );
}

#[test]
fn a_chamber_is_told_by_its_head_and_compound_chamber_words() {
    assert!(is_chamber("Legislative Yuan"));
    assert!(!is_chamber("Yuan"));
    assert!(is_chamber("Chamber of Deputies"));
    assert!(is_chamber("Grand National Assembly"));
    // a name with "of" is a chamber's only by its head
    assert!(!is_chamber("Dissolution of the National Assembly"));
    assert!(!is_chamber("Speaker of the Senate"));
    let claims = run(
        "Kazakhstan elected its president and the Legislative Yuan on Sunday.\n\n\
         No party won the 57 seats needed for a majority: the Nur Otan took 52.",
    );
    let c = claims
        .iter()
        .find(|c| c.value == "57")
        .expect("the majority");
    assert_eq!(
        (c.predicate.as_str(), c.subject.as_str()),
        ("count", "Legislative Yuan"),
        "{claims:?}"
    );
}

#[test]
fn a_list_after_a_label_takes_the_frame_of_the_labels_first_head() {
    // "votes" only qualifies the label's head, "Seats"
    let claims = run("Kazakhstan held a parliamentary election on Sunday.\n\n\
         Seats on the night of the count, before the votes from abroad: Nur Otan 76, Ak Zhol 12");
    let of = |value: &str| predicate_and_subject(&claims, value);
    assert_eq!(of("76"), Some(("seats_won", "Nur Otan")), "{claims:?}");
    assert_eq!(of("12"), Some(("seats_won", "Ak Zhol")), "{claims:?}");
}

#[test]
fn a_person_of_a_body_that_gives_its_initials_is_two_names() {
    // "X Y of the Long Party Name (LPN)": the person, then the party
    let claims = run("Kazakhstan held a presidential election on Sunday.\n\n\
         Early returns put Dana Ermekova of the People's Union of Hope (PUH) in front. \
         On the preliminary count Ermekova has 35.5% of the vote.");
    let c = claims
        .iter()
        .find(|c| c.value == "35.5%")
        .expect("the share");
    assert_eq!(c.subject, "Dana Ermekova", "{claims:?}");
}

#[test]
fn a_body_whose_name_opens_with_a_title_keeps_its_of() {
    let claims = run("Kazakhstan saw a strike on Tuesday.\n\n\
         The General Confederation of Labour (GCL) counted 1.2 million marchers.");
    assert!(
        claims.iter().all(|c| c.subject != "General Confederation"),
        "{claims:?}"
    );
}

#[test]
fn a_results_line_for_the_other_candidates_is_theirs() {
    let claims = run("Kazakhstan held a presidential election on Sunday.\n\n\
         Final result:\n\
         Nur Otan: 5,148,073 votes, 71.09%\n\
         Seven other candidates: 412,337 votes together, or 5.7%\n\
         Three other parties: under 1% each\n");
    let of = |value: &str| predicate_and_subject(&claims, value);
    assert_eq!(
        of("412,337"),
        Some(("votes_received", "other candidates")),
        "{claims:?}"
    );
    assert_eq!(
        of("5.7%"),
        Some(("vote_share", "other candidates")),
        "{claims:?}"
    );
    assert_eq!(
        of("under 1%"),
        Some(("vote_share", "other parties")),
        "{claims:?}"
    );
}

#[test]
fn counts_joined_by_commas_that_each_say_for_whom_share_the_first_frame() {
    let claims = run("Kazakhstan held a presidential election on Sunday.\n\n\
         The commission declared 6,456,392 votes for Tokayev, 302,329 for Abdrakhmanov \
         and 121,943 for Auyesbayev.");
    let of = |value: &str| predicate_and_subject(&claims, value);
    assert_eq!(
        of("302,329"),
        Some(("votes_received", "Abdrakhmanov")),
        "{claims:?}"
    );
    assert_eq!(
        of("121,943"),
        Some(("votes_received", "Auyesbayev")),
        "{claims:?}"
    );
}

#[test]
fn a_majority_won_is_the_winners_seats_not_the_chambers_size() {
    let claims = run("Kazakhstan held a parliamentary election on Sunday.\n\n\
         Ak Zhol, which won an outright majority of 61 seats five years ago, fell behind.");
    let c = claims.iter().find(|c| c.value == "61").expect("the seats");
    assert_eq!(
        (c.predicate.as_str(), c.subject.as_str()),
        ("seats_won", "Ak Zhol"),
        "{claims:?}"
    );
}

#[test]
fn a_share_given_by_for_to_a_name_is_that_names_share() {
    // no cue of the vote after the shares and no contrast word before the last one
    let claims = run_unknown(
        "Ada Lorn won the presidential election. The count gave Ada Lorn 8.8 million \
         votes, that is 41.2% of the valid suffrages, with 30.5% for Mr. Brant and 20.1% \
         for Mr. Cole.",
    );
    let of = |value: &str| predicate_and_subject(&claims, value);
    assert_eq!(of("41.2%"), Some(("vote_share", "Ada Lorn")), "{claims:?}");
    assert_eq!(of("30.5%"), Some(("vote_share", "Brant")), "{claims:?}");
    assert_eq!(of("20.1%"), Some(("vote_share", "Cole")), "{claims:?}");
}

#[test]
fn a_days_name_after_of_is_never_the_articles_setting() {
    // a fact box without a header: the statement's date follows "of"
    let claims = run_unknown(
        "Zembla: the budget and what came after, in figures\n\n\
         Statement of Friday 23 September 2022\n\
         Inflation, September: 10.1% (August: 9.9%)\n",
    );
    assert!(claims.iter().all(|c| c.subject != "Friday"), "{claims:?}");
}

#[test]
fn a_hyphenated_peoples_adjective_names_its_country() {
    // the country is named only by its adjective, written with a hyphen
    let claims = run_unknown("The crush in the South-Korean capital killed 154 people.");
    let of = |value: &str| predicate_and_subject(&claims, value);
    assert_eq!(of("154"), Some(("deaths", "South Korea")), "{claims:?}");
}

#[test]
fn a_count_after_a_fronted_for_and_its_verb_is_the_votes_its_object_received() {
    // the order of words of text translated from Russian: object, verb, figure
    let claims = run_unknown(
        "The parliament of Zembla on Monday elected the leader of the opposition Ana \
         Brant as head of the government. For her candidacy voted 248 deputies, against \
         were 201.",
    );
    let of = |value: &str| predicate_and_subject(&claims, value);
    assert_eq!(
        of("248"),
        Some(("votes_received", "Ana Brant")),
        "{claims:?}"
    );
}

#[test]
fn a_date_after_a_verb_of_casting_ballots_is_the_day_of_the_vote() {
    let claims = run(
        "Kazakhstan held a presidential election. Ana Brant took 58.1% of the ballots cast \
         on 9 May. More than 200,000 Kazakhs voted abroad on 8 May.",
    );
    let of = |value: &str| predicate_and_subject(&claims, value);
    assert_eq!(
        of("9 May"),
        Some(("election_date", "Kazakhstan")),
        "{claims:?}"
    );
    assert_eq!(
        of("8 May"),
        Some(("election_date", "Kazakhstan")),
        "{claims:?}"
    );
}

#[test]
fn a_measure_is_never_a_population() {
    let claims = run(
        "For a country of about nineteen million people and 2,724,900 km², Kazakhstan \
         voted calmly.",
    );
    let populations: Vec<&str> = claims
        .iter()
        .filter(|c| c.predicate == "population")
        .map(|c| c.value.as_str())
        .collect();
    assert_eq!(populations, ["about nineteen million"], "{claims:#?}");
}

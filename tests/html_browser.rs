//! The HTML report in a real browser: the Kazakhstan report is rendered by headless
//! Chromium, whose DOM must show the Nur Otan disagreement first and whose screenshot
//! must be a drawn page, with the disagreement's two sides in their two colours.
//!
//! Skipped, with a message, when no Chromium is installed (`CHROMIUM` names the binary
//! when it is not on the path as `chromium`, `chromium-browser` or `google-chrome`).
//! The CI script installs Chromium first, so there it runs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_crosscheck");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/kazakhstan");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");

/// The side colours of the report's charts: lowest side, next side.
const SIDE_1: [u8; 3] = [0x25, 0x63, 0xeb];
const SIDE_2: [u8; 3] = [0xea, 0x58, 0x0c];

fn find_chromium() -> Option<PathBuf> {
    if let Some(named) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(named));
    }
    let path = std::env::var_os("PATH")?;
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
    .find(|candidate| candidate.is_file())
}

/// Runs Chromium headless on `page` with `extra` arguments; its standard output.
/// Killed, and the test failed, if it takes more than two minutes.
fn chromium(binary: &Path, profile: &Path, page: &Path, extra: &[&str]) -> Vec<u8> {
    let url = format!("file://{}", page.display());
    let mut child = Command::new(binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut bytes).map(|_| bytes)
    });
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium failed: {status}");
            break;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took more than two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().unwrap().unwrap()
}

#[test]
fn the_report_renders_in_chromium_and_shows_the_nur_otan_disagreement() {
    let Some(binary) = find_chromium() else {
        println!(
            "SKIPPED html_browser: no Chromium binary found (install chromium, or name it in CHROMIUM)"
        );
        return;
    };
    let dir = Path::new(TMP).join(format!("html-browser-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("report.html");
    let out = Command::new(BIN)
        .args(["reconcile", &format!("{FIXTURES}/claims.jsonl")])
        .args(["--registry", &format!("{FIXTURES}/entities.json")])
        .args(["--format", "html"])
        .output()
        .unwrap();
    assert!(out.status.success());
    std::fs::write(&page, &out.stdout).unwrap();

    // the DOM as rendered: the first group is the Nur Otan disagreement, with a chart
    let dom = String::from_utf8(chromium(
        &binary,
        &dir.join("profile-dom"),
        &page,
        &["--dump-dom"],
    ))
    .unwrap();
    let first = dom
        .find("<section class=\"group")
        .expect("groups in the DOM");
    let first_group = &dom[first..first + dom[first..].find("</section>").unwrap()];
    assert!(
        first_group.contains("data-verdict=\"disagree\""),
        "{first_group}"
    );
    assert!(first_group.contains("Nur Otan") && first_group.contains("vote_share"));
    assert!(first_group.contains("Disagree: 71%") && first_group.contains("<svg"));
    // the script ran: the filters are shown and count the groups
    assert!(dom.contains("24 of 24 groups shown"), "filters not set up");

    // the screenshot: a page drawn, not a blank one, with both sides' colours
    let shot = dir.join("report.png");
    chromium(
        &binary,
        &dir.join("profile-shot"),
        &page,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1200,2400",
        ],
    );
    let png = std::fs::read(&shot).expect("a screenshot was written");
    let image = png::decode(&png).unwrap_or_else(|e| panic!("screenshot: {e}"));
    assert_eq!((image.width, image.height), (1200, 2400));
    let pixels = image.rgb.chunks_exact(3);
    let total = pixels.len();
    let not_white = pixels
        .clone()
        .filter(|p| p.iter().any(|&c| c < 235))
        .count();
    let near = |target: [u8; 3]| {
        pixels
            .clone()
            .filter(|p| p.iter().zip(target).all(|(&a, b)| a.abs_diff(b) <= 12))
            .count()
    };
    let (side_1, side_2) = (near(SIDE_1), near(SIDE_2));
    println!(
        "screenshot: {not_white} of {total} pixels not white; side colours: {side_1} and {side_2} pixels"
    );
    assert!(not_white * 50 > total, "the page looks blank");
    assert!(
        side_1 > 500 && side_2 > 500,
        "the sides' bars are not drawn"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Just enough PNG to check a screenshot: 8-bit RGB or RGBA, not interlaced.
mod png {
    pub struct Image {
        pub width: usize,
        pub height: usize,
        /// Three bytes a pixel, row by row.
        pub rgb: Vec<u8>,
    }

    pub fn decode(file: &[u8]) -> Result<Image, String> {
        const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
        let mut rest = file.strip_prefix(SIGNATURE).ok_or("not a PNG")?;
        let (mut width, mut height, mut channels) = (0usize, 0usize, 0usize);
        let mut compressed = Vec::new();
        while rest.len() >= 12 {
            let len = u32::from_be_bytes(rest[..4].try_into().unwrap()) as usize;
            let kind = &rest[4..8];
            let data = rest.get(8..8 + len).ok_or("truncated chunk")?;
            match kind {
                b"IHDR" => {
                    let be = |i: usize| u32::from_be_bytes(data[i..i + 4].try_into().unwrap());
                    (width, height) = (be(0) as usize, be(4) as usize);
                    let (depth, colour, interlace) = (data[8], data[9], data[12]);
                    channels = match colour {
                        2 => 3,
                        6 => 4,
                        _ => return Err(format!("colour type {colour} not handled")),
                    };
                    if depth != 8 || interlace != 0 {
                        return Err(format!("depth {depth}, interlace {interlace} not handled"));
                    }
                }
                b"IDAT" => compressed.extend_from_slice(data),
                b"IEND" => break,
                _ => {}
            }
            rest = &rest[12 + len..];
        }
        if channels == 0 {
            return Err("no header".into());
        }
        // a zlib stream: two header bytes, deflate data, a checksum we do not check
        let raw = super::inflate::inflate(compressed.get(2..).ok_or("no image data")?)?;
        let stride = width * channels;
        if raw.len() < height * (stride + 1) {
            return Err("image data too short".into());
        }
        let mut pixels = vec![0u8; height * stride];
        for y in 0..height {
            let line = &raw[y * (stride + 1)..(y + 1) * (stride + 1)];
            let (filter, line) = (line[0], &line[1..]);
            let (done, row) = pixels.split_at_mut(y * stride);
            let above = if y == 0 {
                None
            } else {
                Some(&done[(y - 1) * stride..])
            };
            let row = &mut row[..stride];
            for x in 0..stride {
                let a = if x >= channels { row[x - channels] } else { 0 };
                let b = above.map_or(0, |r| r[x]);
                let c = match above {
                    Some(r) if x >= channels => r[x - channels],
                    _ => 0,
                };
                let predicted = match filter {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                    4 => paeth(a, b, c),
                    f => return Err(format!("filter {f} unknown")),
                };
                row[x] = line[x].wrapping_add(predicted);
            }
        }
        let rgb = pixels
            .chunks_exact(channels)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        Ok(Image { width, height, rgb })
    }

    fn paeth(a: u8, b: u8, c: u8) -> u8 {
        let (ia, ib, ic) = (i16::from(a), i16::from(b), i16::from(c));
        let p = ia + ib - ic;
        let (pa, pb, pc) = ((p - ia).abs(), (p - ib).abs(), (p - ic).abs());
        if pa <= pb && pa <= pc {
            a
        } else if pb <= pc {
            b
        } else {
            c
        }
    }
}

/// A small deflate decoder (stored, fixed and dynamic Huffman blocks).
mod inflate {
    struct Bits<'a> {
        data: &'a [u8],
        at: usize,
        held: u32,
        count: u32,
    }

    impl Bits<'_> {
        fn take(&mut self, n: u32) -> Result<u32, String> {
            while self.count < n {
                let byte = *self.data.get(self.at).ok_or("deflate data ends early")?;
                self.at += 1;
                self.held |= u32::from(byte) << self.count;
                self.count += 8;
            }
            let value = self.held & ((1u32 << n) - 1);
            self.held = self.held.checked_shr(n).unwrap_or(0);
            self.count -= n;
            Ok(value)
        }

        fn skip_to_byte(&mut self) {
            self.held = 0;
            self.count = 0;
        }
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in
    /// code order.
    struct Code {
        counts: [u16; 16],
        symbols: Vec<u16>,
    }

    impl Code {
        fn new(lengths: &[u8]) -> Code {
            let mut counts = [0u16; 16];
            for &l in lengths {
                counts[l as usize] += 1;
            }
            counts[0] = 0;
            let mut symbols = Vec::with_capacity(lengths.len());
            for len in 1..16u8 {
                for (symbol, &l) in lengths.iter().enumerate() {
                    if l == len {
                        symbols.push(symbol as u16);
                    }
                }
            }
            Code { counts, symbols }
        }

        /// One symbol, read a bit at a time (codes are sent most significant bit first).
        fn read(&self, bits: &mut Bits<'_>) -> Result<u16, String> {
            let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
            for len in 1..16 {
                code |= bits.take(1)? as i32;
                let count = i32::from(self.counts[len]);
                if code - first < count {
                    return Ok(self.symbols[(index + code - first) as usize]);
                }
                index += count;
                first = (first + count) << 1;
                code <<= 1;
            }
            Err("bad Huffman code".into())
        }
    }

    const LENGTH_BASE: [u16; 29] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
        131, 163, 195, 227, 258,
    ];
    const LENGTH_EXTRA: [u8; 29] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ];
    const DISTANCE_BASE: [u16; 30] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
        2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ];
    const DISTANCE_EXTRA: [u8; 30] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
        13, 13,
    ];
    /// The order in which code length code lengths are sent.
    const ORDER: [usize; 19] = [
        16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
    ];

    pub fn inflate(data: &[u8]) -> Result<Vec<u8>, String> {
        let mut bits = Bits {
            data,
            at: 0,
            held: 0,
            count: 0,
        };
        let mut out = Vec::new();
        loop {
            let last = bits.take(1)? == 1;
            match bits.take(2)? {
                0 => {
                    bits.skip_to_byte();
                    let at = bits.at;
                    let header = data.get(at..at + 4).ok_or("stored block ends early")?;
                    let len = usize::from(u16::from_le_bytes([header[0], header[1]]));
                    let block = data
                        .get(at + 4..at + 4 + len)
                        .ok_or("stored block ends early")?;
                    out.extend_from_slice(block);
                    bits.at = at + 4 + len;
                }
                1 => {
                    let mut lengths = [0u8; 288];
                    lengths[..144].fill(8);
                    lengths[144..256].fill(9);
                    lengths[256..280].fill(7);
                    lengths[280..].fill(8);
                    let literals = Code::new(&lengths);
                    let distances = Code::new(&[5u8; 30]);
                    block(&mut bits, &literals, &distances, &mut out)?;
                }
                2 => {
                    let literal_count = bits.take(5)? as usize + 257;
                    let distance_count = bits.take(5)? as usize + 1;
                    let length_count = bits.take(4)? as usize + 4;
                    let mut code_lengths = [0u8; 19];
                    for &i in &ORDER[..length_count] {
                        code_lengths[i] = bits.take(3)? as u8;
                    }
                    let lengths_code = Code::new(&code_lengths);
                    let mut lengths = Vec::with_capacity(literal_count + distance_count);
                    while lengths.len() < literal_count + distance_count {
                        let (value, repeat) = match lengths_code.read(&mut bits)? {
                            l @ 0..=15 => (l as u8, 1),
                            16 => (
                                *lengths.last().ok_or("repeat of nothing")?,
                                3 + bits.take(2)?,
                            ),
                            17 => (0, 3 + bits.take(3)?),
                            18 => (0, 11 + bits.take(7)?),
                            s => return Err(format!("bad code length symbol {s}")),
                        };
                        lengths.extend(std::iter::repeat_n(value, repeat as usize));
                    }
                    if lengths.len() != literal_count + distance_count {
                        return Err("code lengths overrun".into());
                    }
                    let literals = Code::new(&lengths[..literal_count]);
                    let distances = Code::new(&lengths[literal_count..]);
                    block(&mut bits, &literals, &distances, &mut out)?;
                }
                _ => return Err("reserved block type".into()),
            }
            if last {
                return Ok(out);
            }
        }
    }

    fn block(
        bits: &mut Bits<'_>,
        literals: &Code,
        distances: &Code,
        out: &mut Vec<u8>,
    ) -> Result<(), String> {
        loop {
            let symbol = literals.read(bits)? as usize;
            match symbol {
                0..=255 => out.push(symbol as u8),
                256 => return Ok(()),
                257..=285 => {
                    let i = symbol - 257;
                    let length = usize::from(LENGTH_BASE[i])
                        + bits.take(u32::from(LENGTH_EXTRA[i]))? as usize;
                    let d = distances.read(bits)? as usize;
                    if d >= 30 {
                        return Err("bad distance symbol".into());
                    }
                    let distance = usize::from(DISTANCE_BASE[d])
                        + bits.take(u32::from(DISTANCE_EXTRA[d]))? as usize;
                    let start = out
                        .len()
                        .checked_sub(distance)
                        .ok_or("distance too far back")?;
                    for k in 0..length {
                        out.push(out[start + k]);
                    }
                }
                _ => return Err("bad literal symbol".into()),
            }
        }
    }

    #[test]
    fn a_stored_block_and_a_fixed_block_inflate() {
        // a stored block holding "hi"
        assert_eq!(inflate(&[1, 2, 0, 0xfd, 0xff, b'h', b'i']).unwrap(), b"hi");
        // "aaaaaaaaaa" with the fixed code: a literal, then a copy of nine at distance one
        assert_eq!(
            inflate(&[0x4b, 0x4c, 0x84, 0x01, 0x00]).unwrap(),
            b"aaaaaaaaaa"
        );
    }
}

//! A real PNG of a bar chart: one bar per region sized by the filtered
//! sales, plus iTXt chunks naming the view and the filters.

use serde_json::json;

use super::{ExportSpec, REGIONS, crc32};

const PALETTE: [[u8; 3]; 7] = [
    [255, 255, 255], // background
    [31, 58, 96],    // title band
    [160, 160, 160], // axis
    [78, 121, 167],  // Central
    [242, 142, 43],  // East
    [225, 87, 89],   // South
    [89, 161, 79],   // West
];

/// Renders `spec` at `width`×`height` pixels.
pub(crate) fn render(spec: &ExportSpec, width: u32, height: u32) -> Vec<u8> {
    let (w, h) = (width.max(64) as usize, height.max(64) as usize);
    let mut pixels = vec![0u8; w * h];
    let band = h / 10;
    pixels[..w * band].fill(1);
    let baseline = h - h / 10;
    pixels[w * baseline..w * (baseline + 2)].fill(2);
    let totals = spec.region_totals();
    let max_total = 30_000u64; // three categories of at most 10 000 each
    let slot = w / (REGIONS.len() + 1);
    for (i, total) in totals.iter().enumerate() {
        let bar_h = ((baseline - band - 4) as u64 * total / max_total) as usize;
        let x0 = slot / 2 + i * slot + slot / 6;
        let x1 = x0 + slot * 2 / 3;
        for y in baseline - bar_h..baseline {
            pixels[y * w + x0..y * w + x1].fill(3 + i as u8);
        }
    }
    let mut raw = Vec::with_capacity((w + 1) * h);
    for row in pixels.chunks(w) {
        raw.push(0); // filter: none
        raw.extend_from_slice(row);
    }
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&(w as u32).to_be_bytes());
    ihdr.extend_from_slice(&(h as u32).to_be_bytes());
    ihdr.extend_from_slice(&[8, 3, 0, 0, 0]); // 8-bit palette
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(&mut png, b"PLTE", &PALETTE.concat());
    let meta = json!({
        "view_id": spec.view_id,
        "view": spec.view_name,
        "workbook": spec.workbook_name,
        "filters": spec.filters.iter().map(|(k, v)| (k.clone(), v.join(",").into())).collect::<serde_json::Map<_, _>>(),
    });
    chunk(&mut png, b"iTXt", &itxt("Title", &spec.view_name));
    chunk(
        &mut png,
        b"iTXt",
        &itxt(
            "Description",
            &format!(
                "{} / {}; filters: {}",
                spec.workbook_name,
                spec.view_name,
                spec.filter_summary()
            ),
        ),
    );
    chunk(&mut png, b"iTXt", &itxt("vizpost-sim", &meta.to_string()));
    chunk(&mut png, b"IDAT", &zlib(&raw));
    chunk(&mut png, b"IEND", &[]);
    png
}

fn itxt(keyword: &str, text: &str) -> Vec<u8> {
    let mut data = keyword.as_bytes().to_vec();
    data.extend_from_slice(&[0, 0, 0, 0, 0]); // no compression, empty language and translation
    data.extend_from_slice(text.as_bytes());
    data
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// LSB-first bit writer for deflate.
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn put(&mut self, value: u32, count: u32) {
        self.acc |= u64::from(value) << self.n;
        self.n += count;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// Huffman codes are defined MSB-first, so they go out reversed.
    fn code(&mut self, code: u32, len: u32) {
        self.put(code.reverse_bits() >> (32 - len), len);
    }

    fn literal(&mut self, sym: u32) {
        match sym {
            0..=143 => self.code(0x30 + sym, 8),
            144..=255 => self.code(0x190 + sym - 144, 9),
            256..=279 => self.code(sym - 256, 7),
            _ => self.code(0xc0 + sym - 280, 8),
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

const LEN_BASE: [u32; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u32; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];

/// zlib stream using one fixed-Huffman block whose only matches are runs
/// (distance 1): plenty for flat-colour charts and far simpler than LZ77.
fn zlib(data: &[u8]) -> Vec<u8> {
    let mut bits = Bits {
        out: vec![0x78, 0x01],
        acc: 0,
        n: 0,
    };
    bits.put(1, 1); // final block
    bits.put(1, 2); // fixed Huffman
    let mut i = 0;
    while i < data.len() {
        let run = if i > 0 {
            data[i..]
                .iter()
                .take(258)
                .take_while(|&&b| b == data[i - 1])
                .count()
        } else {
            0
        };
        if run >= 3 {
            let idx = LEN_BASE
                .iter()
                .rposition(|&b| b as usize <= run)
                .unwrap_or(0);
            bits.literal(257 + idx as u32);
            bits.put(run as u32 - LEN_BASE[idx], LEN_EXTRA[idx]);
            bits.code(0, 5); // distance 1
            i += run;
        } else {
            bits.literal(u32::from(data[i]));
            i += 1;
        }
    }
    bits.literal(256);
    let mut out = bits.finish();
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in data {
        a = (a + u32::from(byte)) % 65521;
        b = (b + a) % 65521;
    }
    out.extend_from_slice(&((b << 16) | a).to_be_bytes());
    out
}

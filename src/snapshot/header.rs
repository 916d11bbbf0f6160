//! The envelope around every snapshot: a fixed 20-byte header, then the postcard payload.
//!
//! ```text
//! offset  size  field
//!      0     8  magic "MONTYsnp"
//!      8     2  format version, little endian
//!     10     1  kind (what the payload holds, see `Kind`)
//!     11     1  reserved, 0
//!     12     4  payload length in bytes, little endian
//!     16     4  CRC-32 (IEEE) of the payload, little endian
//!     20     -  payload
//! ```
//! Every field has a fixed width and byte order, so the same bytes load on every target.

/// First bytes of every snapshot.
pub const MAGIC: &[u8; 8] = b"MONTYsnp";

/// Bump when the layout of anything serialized changes (the payload also names the build).
pub const FORMAT_VERSION: u16 = 2;

pub const HEADER_LEN: usize = 20;

/// What a snapshot holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A compiled program (`Monty::dump`).
    Program = 1,
    /// A program paused at a request to the host (`Progress::dump`).
    PausedRun = 2,
    /// An idle REPL session (`Repl::dump`).
    Repl = 3,
    /// A REPL feed paused at a request to the host.
    PausedRepl = 4,
}

impl Kind {
    fn from_byte(b: u8) -> Option<Kind> {
        Some(match b {
            1 => Kind::Program,
            2 => Kind::PausedRun,
            3 => Kind::Repl,
            4 => Kind::PausedRepl,
            _ => return None,
        })
    }

    pub fn describe(self) -> &'static str {
        match self {
            Kind::Program => "a compiled program",
            Kind::PausedRun => "a paused run",
            Kind::Repl => "a REPL session",
            Kind::PausedRepl => "a paused REPL feed",
        }
    }
}

/// What the bytes claim to hold, if they start with a snapshot header (nothing is checked
/// beyond the magic; loading still validates everything).
pub fn peek_kind(bytes: &[u8]) -> Option<Kind> {
    if bytes.len() < HEADER_LEN || &bytes[..MAGIC.len()] != MAGIC {
        return None;
    }
    Kind::from_byte(bytes[10])
}

/// Put the header in front of a payload.
pub fn seal(kind: Kind, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.push(kind as u8);
    out.push(0);
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// Check the header and return the payload, or say what is wrong with the bytes.
pub fn open(expected: Kind, bytes: &[u8]) -> Result<&[u8], String> {
    let prefix = &bytes[..bytes.len().min(MAGIC.len())];
    if bytes.is_empty() || prefix != &MAGIC[..prefix.len()] {
        return Err("not a monty snapshot (the bytes do not start with the snapshot header)".into());
    }
    if bytes.len() < HEADER_LEN {
        return Err(format!("snapshot is truncated ({} bytes, the header alone is {HEADER_LEN})", bytes.len()));
    }
    let version = u16::from_le_bytes([bytes[8], bytes[9]]);
    if version != FORMAT_VERSION {
        return Err(format!(
            "snapshot format version {version} is not supported (this build reads version {FORMAT_VERSION})"
        ));
    }
    let kind = Kind::from_byte(bytes[10]).ok_or_else(|| format!("snapshot kind {} is unknown", bytes[10]))?;
    if bytes[11] != 0 {
        return Err("snapshot header is malformed (reserved byte is not zero)".into());
    }
    if kind != expected {
        return Err(format!("snapshot holds {}, not {}", kind.describe(), expected.describe()));
    }
    let len = u32::from_le_bytes([bytes[12], bytes[13], bytes[14], bytes[15]]) as usize;
    let payload = &bytes[HEADER_LEN..];
    if payload.len() < len {
        return Err(format!("snapshot is truncated ({} of {len} payload bytes present)", payload.len()));
    }
    if payload.len() > len {
        return Err(format!("snapshot has {} unexpected bytes after its payload", payload.len() - len));
    }
    let crc = u32::from_le_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
    if cfg!(not(fuzzing)) && crc32fast::hash(payload) != crc {
        return Err("snapshot is corrupted (checksum mismatch)".into());
    }
    Ok(payload)
}

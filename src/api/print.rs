//! Where printed text goes, and the clock a run measures its duration with.

use crate::vm::Host;

/// The stream a piece of output was written to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    /// `sys.stderr` (`print(..., file=sys.stderr)`, `sys.stderr.write`).
    Stderr,
}

/// Where `print` output goes during a run.
pub enum PrintWriter<'a> {
    /// Appended to a string.
    Collect(&'a mut String),
    /// Handed to a callback as each print happens (stderr text too).
    Callback(&'a mut dyn FnMut(&str)),
    /// Handed to a callback with the stream it was written to.
    Streams(&'a mut dyn FnMut(Stream, &str)),
    /// Written to the process's standard output (not available on wasm32-unknown-unknown).
    Stdout,
    /// Dropped.
    Discard,
}

impl PrintWriter<'_> {
    /// The same destination, borrowed for one call.
    pub fn reborrow(&mut self) -> PrintWriter<'_> {
        match self {
            PrintWriter::Collect(s) => PrintWriter::Collect(s),
            PrintWriter::Callback(f) => PrintWriter::Callback(&mut **f),
            PrintWriter::Streams(f) => PrintWriter::Streams(&mut **f),
            PrintWriter::Stdout => PrintWriter::Stdout,
            PrintWriter::Discard => PrintWriter::Discard,
        }
    }

    pub fn write(&mut self, text: &str) {
        match self {
            PrintWriter::Collect(s) => s.push_str(text),
            PrintWriter::Callback(f) => f(text),
            PrintWriter::Streams(f) => f(Stream::Stdout, text),
            PrintWriter::Stdout => write_stdout(text),
            PrintWriter::Discard => {}
        }
    }

    /// Text written to stderr: its own stream where the writer has one, else with stdout.
    pub fn write_err(&mut self, text: &str) {
        match self {
            PrintWriter::Streams(f) => f(Stream::Stderr, text),
            PrintWriter::Stdout => write_stderr(text),
            _ => self.write(text),
        }
    }
}

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
fn write_stdout(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
fn write_stdout(_text: &str) {}

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
fn write_stderr(text: &str) {
    use std::io::Write;
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
fn write_stderr(_text: &str) {}

/// Seconds from an arbitrary origin, or None where the target has no clock of its own.
pub type Clock = fn() -> Option<f64>;

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
fn default_clock() -> Option<f64> {
    use std::sync::OnceLock;
    use std::time::Instant;
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    Some(ORIGIN.get_or_init(Instant::now).elapsed().as_secs_f64())
}

// `std::time::Instant` panics on wasm32-unknown-unknown: the JS binding installs
// `performance.now` with `set_clock`.
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
fn default_clock() -> Option<f64> {
    None
}

static CLOCK: std::sync::OnceLock<Clock> = std::sync::OnceLock::new();

/// Install the clock used for `max_duration` (once per process; later calls are ignored).
pub fn set_clock(clock: Clock) {
    let _ = CLOCK.set(clock);
}

fn now() -> Option<f64> {
    match CLOCK.get() {
        Some(clock) => clock(),
        None => default_clock(),
    }
}

/// The `Host` a run sees: the print writer and the process clock.
pub(crate) struct RunHost<'p, 'a> {
    pub print: &'p mut PrintWriter<'a>,
}

impl Host for RunHost<'_, '_> {
    fn now(&mut self) -> Option<f64> {
        now()
    }

    fn write(&mut self, text: &str) {
        self.print.write(text)
    }

    fn write_err(&mut self, text: &str) {
        self.print.write_err(text)
    }
}

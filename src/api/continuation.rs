//! Does a REPL input need more lines? The same answers as Python's interactive prompt.

/// What a prompt should do with the text typed so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Continuation {
    /// The input can be run (it may still contain a syntax error; running reports it).
    Complete,
    /// A bracket, a triple-quoted string or a backslash continuation is still open.
    IncompleteImplicit,
    /// A compound statement (`if x:`, `def f():`, a decorator...) is open: its block ends
    /// with an empty line.
    IncompleteBlock,
}

/// Where the scan of the source ended up.
#[derive(Default)]
struct Scan {
    depth: usize,
    /// Inside a triple-quoted string, with its quote character.
    in_triple: Option<char>,
    /// The source ends with a backslash continuation.
    backslash: bool,
    /// Some logical line is a compound statement (or a decorator).
    opens_block: bool,
    /// The last non-blank logical line still needs a body (`if x:`, `@decorator`).
    wants_body: bool,
}

/// Statements whose block the prompt keeps open until an empty line, even on one line.
const COMPOUND: &[&str] =
    &["if", "elif", "else", "for", "while", "try", "except", "finally", "with", "def", "class", "async"];

pub fn detect_continuation(source: &str) -> Continuation {
    let scan = scan(source);
    if scan.in_triple.is_some() || scan.backslash || scan.depth > 0 && !fails_before_the_end(source) {
        return Continuation::IncompleteImplicit;
    }
    // As at Python's prompt, a block ends with an empty line: the source then ends with a
    // newline after a line that does not itself need a body.
    if scan.opens_block && (!source.ends_with('\n') || scan.wants_body) {
        return Continuation::IncompleteBlock;
    }
    Continuation::Complete
}

/// An open bracket asks for more lines unless the text already fails to parse before its end
/// (`def f(:`): then running it reports the error, as Python's prompt does.
fn fails_before_the_end(source: &str) -> bool {
    // Too deeply nested to parse safely: running it reports that.
    if crate::compiler::guard::check_nesting(source).is_err() {
        return true;
    }
    let end = source.trim_end().len();
    match ruff_python_parser::parse_module(source) {
        Ok(_) => false,
        Err(e) => e.location.start().to_usize() < end,
    }
}

impl Scan {
    /// A logical line `text` (comments and strings included) ended with `last`.
    fn end_line(&mut self, text: &str, last: Option<char>) {
        let text = text.trim();
        if self.depth > 0 || text.is_empty() || text.starts_with('#') {
            return;
        }
        let word = text.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
        let header = last == Some(':') || text.starts_with('@');
        self.opens_block |= header || COMPOUND.contains(&word);
        self.wants_body = header;
    }
}

fn scan(source: &str) -> Scan {
    let mut s = Scan::default();
    let mut chars = source.char_indices().peekable();
    // Start of the current logical line, and its last significant character.
    let mut line_start = 0;
    let mut last: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        if let Some(q) = s.in_triple {
            if c == '\\' {
                chars.next();
            } else if c == q && chars.peek().map(|p| p.1) == Some(q) {
                chars.next();
                if chars.peek().map(|p| p.1) == Some(q) {
                    chars.next();
                    s.in_triple = None;
                    last = Some(q);
                }
            }
            continue;
        }
        s.backslash = false;
        match c {
            '#' => {
                while chars.peek().is_some_and(|p| p.1 != '\n') {
                    chars.next();
                }
            }
            '\n' => {
                if s.depth == 0 {
                    s.end_line(&source[line_start..i], last);
                    line_start = i + 1;
                    last = None;
                }
            }
            // A backslash at the very end continues the line (one before a newline is a
            // syntax error at the prompt, which running the source reports).
            '\\' if chars.peek().is_none() => s.backslash = true,
            '"' | '\'' => {
                if chars.peek().map(|p| p.1) == Some(c) {
                    chars.next();
                    if chars.peek().map(|p| p.1) == Some(c) {
                        chars.next();
                        s.in_triple = Some(c);
                        continue;
                    }
                } else {
                    // A one-line string: skip to its closing quote or the end of the line.
                    while let Some(&(_, n)) = chars.peek() {
                        if n == '\n' {
                            break;
                        }
                        chars.next();
                        if n == '\\' {
                            chars.next();
                        } else if n == c {
                            break;
                        }
                    }
                }
                last = Some(c);
            }
            '(' | '[' | '{' => {
                s.depth += 1;
                last = Some(c);
            }
            ')' | ']' | '}' => {
                s.depth = s.depth.saturating_sub(1);
                last = Some(c);
            }
            c if c.is_whitespace() => {}
            c => last = Some(c),
        }
    }
    if s.depth == 0 && s.in_triple.is_none() {
        s.end_line(&source[line_start..], last);
    }
    s
}

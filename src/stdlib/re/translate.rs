//! Python regular-expression syntax to the regex crate's (and fancy-regex's), with CPython's
//! messages for the common syntax errors. Python-only spellings are rewritten (`\Z`, `(?P=n)`,
//! `{,n}`, a literal `{`, `$` before a final newline, verbose mode).

/// Python's flag bits.
pub const IGNORECASE: i64 = 2;
pub const MULTILINE: i64 = 8;
pub const DOTALL: i64 = 16;
pub const VERBOSE: i64 = 64;
pub const ASCII: i64 = 256;

pub struct Translated {
    /// `$` (outside MULTILINE) as "end, or before a final newline": a lookahead, which needs
    /// the backtracking engine.
    pub pattern: String,
    /// The same with `$` as the crate's multi-line `$`, equivalent (and linear-time) on texts
    /// with no newline before their last character; None when the pattern has no such `$`.
    pub for_single_line: Option<String>,
}

/// A `re.error`: message and position in the Python pattern (in characters).
pub struct SyntaxProblem {
    pub message: String,
    pub pos: Option<usize>,
}

fn problem(message: impl Into<String>, pos: usize) -> SyntaxProblem {
    SyntaxProblem { message: message.into(), pos: Some(pos) }
}

struct Translator<'a> {
    chars: Vec<char>,
    i: usize,
    out: String,
    flags: i64,
    /// Positions of the open groups.
    open: Vec<usize>,
    /// Names of the groups defined so far.
    names: Vec<String>,
    /// Where in `out` each non-multiline `$` goes.
    dollars: Vec<usize>,
    /// Can a quantifier follow what was just written?
    repeatable: bool,
    /// The last thing written was a quantifier (for "multiple repeat").
    after_quantifier: bool,
    _pattern: &'a str,
}

pub fn translate(pattern: &str, flags: i64) -> Result<Translated, SyntaxProblem> {
    let mut t = Translator {
        chars: pattern.chars().collect(),
        i: 0,
        out: String::with_capacity(pattern.len() + 8),
        flags: flags | leading_inline_flags(pattern),
        open: Vec::new(),
        names: Vec::new(),
        dollars: Vec::new(),
        repeatable: false,
        after_quantifier: false,
        _pattern: pattern,
    };
    let mut prefix = String::new();
    for (bit, letter) in [(IGNORECASE, 'i'), (MULTILINE, 'm'), (DOTALL, 's')] {
        if flags & bit != 0 {
            prefix.push(letter);
        }
    }
    t.run()?;
    let with_dollar = |dollar: &str| {
        let mut body = String::with_capacity(t.out.len() + 12 * t.dollars.len());
        let mut last = 0;
        for at in &t.dollars {
            body.push_str(&t.out[last..*at]);
            body.push_str(dollar);
            last = *at;
        }
        body.push_str(&t.out[last..]);
        if prefix.is_empty() { body } else { format!("(?{prefix}){body}") }
    };
    let pattern = with_dollar("(?=\\n?\\z)");
    let for_single_line = (!t.dollars.is_empty()).then(|| with_dollar("(?m:$)"));
    Ok(Translated { pattern, for_single_line })
}

/// Flags set by a leading `(?imsx...)` group, which apply to the whole pattern.
fn leading_inline_flags(pattern: &str) -> i64 {
    let mut flags = 0;
    let mut rest = pattern;
    while let Some(after) = rest.strip_prefix("(?") {
        let letters: String = after.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        if !after[letters.len()..].starts_with(')') || letters.is_empty() {
            break;
        }
        for c in letters.chars() {
            flags |= match c {
                'i' => IGNORECASE,
                'm' => MULTILINE,
                's' => DOTALL,
                'x' => VERBOSE,
                'a' => ASCII,
                _ => 0,
            };
        }
        rest = &after[letters.len() + 1..];
    }
    flags
}

impl Translator<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn verbose(&self) -> bool {
        self.flags & VERBOSE != 0
    }

    fn atom(&mut self, text: &str) {
        self.out.push_str(text);
        self.repeatable = true;
        self.after_quantifier = false;
    }

    fn run(&mut self) -> Result<(), SyntaxProblem> {
        while let Some(c) = self.peek() {
            let at = self.i;
            self.i += 1;
            match c {
                ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' if self.verbose() => {}
                '#' if self.verbose() => {
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.i += 1;
                    }
                }
                '\\' => self.escape(at, false)?,
                '[' => self.class(at)?,
                '(' => self.group(at)?,
                ')' => {
                    if self.open.pop().is_none() {
                        return Err(problem("unbalanced parenthesis", at));
                    }
                    self.atom(")");
                }
                '*' | '+' | '?' => self.quantifier(at, &c.to_string())?,
                '{' => match self.counted_repeat() {
                    Some(q) => self.quantifier(at, &q)?,
                    None => self.atom("\\{"),
                },
                '}' => self.atom("\\}"),
                '|' => {
                    self.out.push('|');
                    self.repeatable = false;
                    self.after_quantifier = false;
                }
                '^' => {
                    self.out.push('^');
                    self.repeatable = false;
                    self.after_quantifier = false;
                }
                '$' => {
                    if self.flags & MULTILINE != 0 {
                        self.out.push('$');
                    } else {
                        // End of string, or before a newline that ends it (filled in below).
                        self.dollars.push(self.out.len());
                    }
                    self.repeatable = false;
                    self.after_quantifier = false;
                }
                '.' => self.atom("."),
                c => {
                    let mut buf = [0u8; 4];
                    let lit = regex_syntax_escape(c.encode_utf8(&mut buf));
                    self.atom(&lit);
                }
            }
        }
        if let Some(at) = self.open.last() {
            return Err(problem("missing ), unterminated subpattern", *at));
        }
        Ok(())
    }

    fn quantifier(&mut self, at: usize, q: &str) -> Result<(), SyntaxProblem> {
        if self.after_quantifier {
            // `a*?`, `a+?` (lazy) and `a*+` (possessive) are quantifier modifiers.
            if q == "?" && !self.out.ends_with('?') {
                self.out.push('?');
                self.after_quantifier = false;
                self.repeatable = false;
                return Ok(());
            }
            if q == "+" {
                self.out.push('+');
                self.after_quantifier = false;
                self.repeatable = false;
                return Ok(());
            }
            return Err(problem("multiple repeat", at));
        }
        if !self.repeatable {
            return Err(problem("nothing to repeat", at));
        }
        self.out.push_str(q);
        self.after_quantifier = true;
        self.repeatable = false;
        Ok(())
    }

    /// After `{`: a `{m}`, `{m,}`, `{,n}` or `{m,n}` quantifier (in the crate's spelling), or
    /// None when the brace is a literal.
    fn counted_repeat(&mut self) -> Option<String> {
        let rest: String = self.chars[self.i..].iter().take_while(|c| **c != '}').collect();
        if self.i + rest.chars().count() >= self.chars.len() {
            return None;
        }
        let (lo, hi) = match rest.split_once(',') {
            Some((lo, hi)) => (lo, Some(hi)),
            None => (rest.as_str(), None),
        };
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if !digits(lo) || !hi.is_none_or(digits) || (lo.is_empty() && hi.is_none_or(str::is_empty)) {
            return None;
        }
        self.i += rest.chars().count() + 1;
        let lo = if lo.is_empty() { "0" } else { lo };
        Some(match hi {
            None => format!("{{{lo}}}"),
            Some("") => format!("{{{lo},}}"),
            Some(hi) => format!("{{{lo},{hi}}}"),
        })
    }

    fn group(&mut self, at: usize) -> Result<(), SyntaxProblem> {
        self.open.push(at);
        self.repeatable = false;
        self.after_quantifier = false;
        if self.peek() != Some('?') {
            self.out.push('(');
            return Ok(());
        }
        let rest: String = self.chars[self.i..].iter().take(4).collect();
        if rest.starts_with("?P<") {
            self.i += 3;
            let name = self.take_until('>', at)?;
            if !is_identifier(&name) {
                return Err(problem(format!("bad character in group name '{name}'"), at + 4));
            }
            self.out.push_str(&format!("(?P<{name}>"));
            self.names.push(name);
        } else if rest.starts_with("?P=") {
            self.i += 3;
            let name = self.take_until(')', at)?;
            self.open.pop();
            if !self.names.contains(&name) {
                return Err(problem(format!("unknown group name '{name}'"), at + 4));
            }
            self.atom(&format!("\\k<{name}>"));
        } else if rest.starts_with("?#") {
            self.open.pop();
            self.take_until(')', at)?;
        } else if rest.starts_with("?:") {
            self.i += 2;
            self.out.push_str("(?:");
        } else if rest.starts_with("?=") || rest.starts_with("?!") || rest.starts_with("?>") {
            self.out.push('(');
            self.out.push_str(&rest[..2]);
            self.i += 2;
        } else if rest == "?<" {
            return Err(problem("unexpected end of pattern", at + 3));
        } else if rest.starts_with("?<=") || rest.starts_with("?<!") {
            self.out.push('(');
            self.out.push_str(&rest[..3]);
            self.i += 3;
        } else {
            // Inline flags: `(?imsx)` or a scoped `(?i:...)`; `a`, `u` and `L` have no
            // spelling in the crate (ASCII mode is applied to the escapes instead).
            self.i += 1;
            let mut letters = String::new();
            while let Some(c) = self.peek().filter(|c| c.is_ascii_alphabetic() || *c == '-') {
                if !"aiLmsux-".contains(c) {
                    return Err(problem(format!("unknown extension ?{letters}{c}"), at + 1));
                }
                self.i += 1;
                if !matches!(c, 'a' | 'u' | 'L' | 'x') {
                    letters.push(c);
                }
            }
            match self.peek() {
                Some(')') => {
                    self.i += 1;
                    self.open.pop();
                    if at != 0 && !self.out.is_empty() {
                        return Err(problem("global flags not at the start of the expression", at));
                    }
                    if !letters.is_empty() {
                        self.out.push_str(&format!("(?{letters})"));
                    }
                }
                Some(':') => {
                    self.i += 1;
                    self.out.push_str(&format!("(?{letters}:"));
                }
                _ => return Err(problem("unknown extension ?".to_string() + &letters, at + 1)),
            }
        }
        Ok(())
    }

    fn take_until(&mut self, end: char, at: usize) -> Result<String, SyntaxProblem> {
        let mut name = String::new();
        loop {
            match self.peek() {
                None => return Err(problem("missing group name", at)),
                Some(c) if c == end => {
                    self.i += 1;
                    return Ok(name);
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
    }

    /// `[...]`: the crate has nested classes and set operators, so `[`, `&&`, `--` and `~~`
    /// inside a Python class are literals to escape.
    fn class(&mut self, at: usize) -> Result<(), SyntaxProblem> {
        let mut out = String::from("[");
        if self.peek() == Some('^') {
            out.push('^');
            self.i += 1;
        }
        let mut first = true;
        loop {
            let Some(c) = self.peek() else { return Err(problem("unterminated character set", at)) };
            self.i += 1;
            match c {
                ']' if !first => break,
                '\\' => {
                    let saved = std::mem::take(&mut self.out);
                    self.escape(self.i - 1, true)?;
                    let escaped = std::mem::replace(&mut self.out, saved);
                    out.push_str(&escaped);
                }
                '[' | '&' | '-' | '~' | ']' if c != '-' || self.peek() == Some('-') => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
            first = false;
        }
        out.push(']');
        self.atom(&out);
        Ok(())
    }

    /// After a backslash at `at`.
    fn escape(&mut self, at: usize, in_class: bool) -> Result<(), SyntaxProblem> {
        let Some(c) = self.peek() else { return Err(problem("bad escape (end of pattern)", at)) };
        self.i += 1;
        let ascii = self.flags & ASCII != 0;
        let text: String = match c {
            'd' if ascii => "[0-9]".into(),
            'D' if ascii => "[^0-9]".into(),
            'w' if ascii => "[0-9A-Za-z_]".into(),
            'W' if ascii => "[^0-9A-Za-z_]".into(),
            's' if ascii => "[ \\t\\n\\r\\f\\v]".into(),
            'S' if ascii => "[^ \\t\\n\\r\\f\\v]".into(),
            'd' | 'D' | 'w' | 'W' | 's' | 'S' | 'n' | 't' | 'r' | 'f' | 'v' | 'a' => format!("\\{c}"),
            'b' if in_class => "\\x08".into(),
            'b' | 'B' | 'A' if !in_class => {
                self.out.push('\\');
                self.out.push(c);
                self.repeatable = c != 'A';
                self.repeatable = false;
                self.after_quantifier = false;
                return Ok(());
            }
            'Z' if !in_class => {
                self.out.push_str("\\z");
                self.repeatable = false;
                self.after_quantifier = false;
                return Ok(());
            }
            'x' => format!("\\x{{{}}}", self.hex_digits(2, at)?),
            'u' => format!("\\x{{{}}}", self.hex_digits(4, at)?),
            'U' => format!("\\x{{{}}}", self.hex_digits(8, at)?),
            '0' => {
                let mut value = 0u32;
                let mut n = 0;
                while n < 2 && self.peek().is_some_and(|c| ('0'..='7').contains(&c)) {
                    value = value * 8 + self.peek().and_then(|c| c.to_digit(8)).unwrap_or(0);
                    self.i += 1;
                    n += 1;
                }
                format!("\\x{{{value:x}}}")
            }
            '1'..='7'
                if self.chars.get(self.i..self.i + 2).is_some_and(|d| d.iter().all(|c| ('0'..='7').contains(c))) =>
            {
                // Three octal digits: a character (\101 is 'A').
                let digits: String = std::iter::once(c).chain(self.chars[self.i..self.i + 2].iter().copied()).collect();
                self.i += 2;
                format!("\\x{{{:x}}}", u32::from_str_radix(&digits, 8).unwrap_or(0))
            }
            '1'..='9' if !in_class => {
                let mut number = c.to_digit(10).unwrap_or(0);
                if let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
                    number = number * 10 + d;
                    self.i += 1;
                }
                format!("\\{number}")
            }
            c if c.is_ascii_alphanumeric() => return Err(problem(format!("bad escape \\{c}"), at)),
            c => {
                let mut buf = [0u8; 4];
                regex_syntax_escape(c.encode_utf8(&mut buf))
            }
        };
        if in_class {
            self.out.push_str(&text);
        } else {
            self.atom(&text);
        }
        Ok(())
    }

    fn hex_digits(&mut self, n: usize, at: usize) -> Result<String, SyntaxProblem> {
        let digits: String = self.chars[self.i..].iter().take(n).collect();
        if digits.chars().count() != n || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
            let kind = self.chars.get(at + 1).copied().unwrap_or('x');
            return Err(problem(format!("incomplete escape \\{kind}{digits}"), at));
        }
        self.i += n;
        Ok(digits)
    }
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// A literal character in the crate's syntax (escaped when it is a metacharacter).
fn regex_syntax_escape(c: &str) -> String {
    let meta = "\\.+*?()|[]{}^$#&-~ ";
    if c.len() == 1 && meta.contains(c) { format!("\\{c}") } else { c.to_string() }
}

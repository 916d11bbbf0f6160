//! Replacement templates of `re.sub` and `Match.expand`: `\1`, `\g<1>`, `\g<name>`, the
//! escapes `\n \t \\ ...` and octal `\0`/`\101`, with CPython's errors.

/// A parsed template: literal text and group references.
pub struct Template {
    parts: Vec<Part>,
}

enum Part {
    Text(String),
    Group(usize),
}

/// An error: message and position; position None means IndexError (unknown group name).
pub type TemplateError = (String, Option<usize>);

impl Template {
    pub fn parse(template: &str, groups: usize, names: &[(String, usize)]) -> Result<Template, TemplateError> {
        let chars: Vec<char> = template.chars().collect();
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut i = 0;
        let bad = |message: String, pos: usize| -> Result<Template, TemplateError> { Err((message, Some(pos))) };
        while i < chars.len() {
            let c = chars[i];
            if c != '\\' {
                text.push(c);
                i += 1;
                continue;
            }
            let Some(&next) = chars.get(i + 1) else { return bad("bad escape (end of pattern)".into(), i) };
            let group = match next {
                'g' => {
                    let open = i + 2;
                    if chars.get(open) != Some(&'<') {
                        return bad("missing <".into(), open);
                    }
                    let Some(close) = chars[open..].iter().position(|c| *c == '>').map(|p| open + p) else {
                        return bad("missing group name".into(), open + 1);
                    };
                    let name: String = chars[open + 1..close].iter().collect();
                    i = close + 1;
                    if name.is_empty() {
                        return bad("missing group name".into(), open + 1);
                    }
                    if let Ok(n) = name.parse::<usize>() {
                        if n > groups {
                            return bad(format!("invalid group reference {n}"), open + 1);
                        }
                        n
                    } else if !name.chars().next().is_some_and(|c| c == '_' || c.is_alphabetic())
                        || !name.chars().all(|c| c == '_' || c.is_alphanumeric())
                    {
                        return bad(format!("bad character in group name '{name}'"), open + 1);
                    } else {
                        match names.iter().find(|(n, _)| *n == name) {
                            Some((_, index)) => *index,
                            None => return Err((format!("unknown group name '{name}'"), None)),
                        }
                    }
                }
                '0' => {
                    // Octal: \0, \0n, \0nn.
                    let mut value = 0u32;
                    let mut j = i + 2;
                    while j < i + 4 && chars.get(j).is_some_and(|c| ('0'..='7').contains(c)) {
                        value = value * 8 + chars[j].to_digit(8).unwrap_or(0);
                        j += 1;
                    }
                    text.push(char::from_u32(value).unwrap_or('\u{fffd}'));
                    i = j;
                    continue;
                }
                '1'..='9' => {
                    let digits: String = chars[i + 1..].iter().take(3).take_while(|c| c.is_ascii_digit()).collect();
                    // Three octal digits make a character (\101 is 'A'); otherwise one or two
                    // digits make a group number.
                    if digits.len() == 3 && digits.chars().all(|c| ('0'..='7').contains(&c)) {
                        let value = u32::from_str_radix(&digits, 8).unwrap_or(0);
                        if value > 0o377 {
                            return bad(format!("octal escape value \\{digits} outside of range 0-0o377"), i);
                        }
                        text.push(char::from_u32(value).unwrap_or('\u{fffd}'));
                        i += 4;
                        continue;
                    }
                    let number: String = digits.chars().take(2).collect();
                    let n: usize = number.parse().unwrap_or(0);
                    if n > groups {
                        return bad(format!("invalid group reference {n}"), i + 1);
                    }
                    i += 1 + number.len();
                    n
                }
                _ => {
                    let escaped = match next {
                        'n' => Some('\n'),
                        't' => Some('\t'),
                        'r' => Some('\r'),
                        'f' => Some('\u{c}'),
                        'v' => Some('\u{b}'),
                        'a' => Some('\u{7}'),
                        'b' => Some('\u{8}'),
                        '\\' => Some('\\'),
                        c if c.is_ascii_alphanumeric() => return bad(format!("bad escape \\{c}"), i),
                        _ => None,
                    };
                    match escaped {
                        Some(c) => text.push(c),
                        // Other escaped characters keep their backslash.
                        None => {
                            text.push('\\');
                            text.push(next);
                        }
                    }
                    i += 2;
                    continue;
                }
            };
            if !text.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut text)));
            }
            parts.push(Part::Group(group));
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(Template { parts })
    }

    /// Append the expansion for one match; `span(i)` gives group i's byte range in `text`
    /// (None for a group that did not take part, which expands to nothing).
    pub fn expand_into(&self, out: &mut String, text: &str, span: impl Fn(usize) -> Option<(usize, usize)>) {
        for part in &self.parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Group(i) => {
                    if let Some((s, e)) = span(*i) {
                        out.push_str(text.get(s..e).unwrap_or(""));
                    }
                }
            }
        }
    }
}

/// The error a template would raise, if any.
pub fn template_error(template: &str, groups: usize, names: &[(String, usize)]) -> Option<TemplateError> {
    Template::parse(template, groups, names).err()
}

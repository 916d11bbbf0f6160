//! Case mapping and character classes of strings, following Python's definitions.

use crate::builtins::parse::{decimal_value, is_py_space};

/// Characters whose titlecase differs from their uppercase (the Latin digraphs).
fn to_title_char(c: char) -> String {
    match c {
        'ß' => "Ss".into(),
        'ﬁ' => "Fi".into(),
        'ﬂ' => "Fl".into(),
        'ﬀ' => "Ff".into(),
        '\u{1c4}'..='\u{1c6}' => "\u{1c5}".into(),
        '\u{1c7}'..='\u{1c9}' => "\u{1c8}".into(),
        '\u{1ca}'..='\u{1cc}' => "\u{1cb}".into(),
        '\u{1f1}'..='\u{1f3}' => "\u{1f2}".into(),
        _ => c.to_uppercase().collect(),
    }
}

fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{2019}') || is_combining_mark(c)
}

pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

fn is_titlecase(c: char) -> bool {
    matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}' | '\u{1f88}'..='\u{1f8f}' | '\u{1f98}'..='\u{1f9f}' | '\u{1fa8}'..='\u{1faf}' | '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}')
}

/// Python's `lower()` (with the final-sigma rule, as Rust's `to_lowercase` implements).
pub fn lower(s: &str) -> String {
    s.to_lowercase()
}

pub fn upper(s: &str) -> String {
    s.to_uppercase()
}

pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if !prev_cased {
            out.push_str(&to_title_char(c));
        } else if c == 'Σ' {
            out.push(sigma_lower(&chars, i));
        } else {
            out.extend(c.to_lowercase());
        }
        prev_cased = is_cased(c);
    }
    out
}

/// Lowercase of a capital sigma at `i`: final form after a cased letter and not before one.
fn sigma_lower(chars: &[char], i: usize) -> char {
    let after_cased = chars[..i].iter().rev().find(|x| !is_case_ignorable(**x)).is_some_and(|x| is_cased(*x));
    let before_cased = chars[i + 1..].iter().find(|x| !is_case_ignorable(**x)).is_some_and(|x| is_cased(*x));
    if after_cased && !before_cased { 'ς' } else { 'σ' }
}

pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => {
            let mut out = to_title_char(first);
            let rest: String = chars.collect();
            out.push_str(&rest.to_lowercase());
            out
        }
        None => String::new(),
    }
}

pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == 'Σ' {
            out.push(sigma_lower(&chars, i));
        } else if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Unicode full case folding for the characters where it differs from lowercasing.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            'ŉ' => out.push_str("ʼn"),
            'ǰ' => out.push('ǰ'),
            'ΐ' => out.push('ΐ'),
            'ΰ' => out.push('ΰ'),
            'µ' => out.push('μ'),
            'ϐ' => out.push('β'),
            'ϑ' => out.push('θ'),
            'ϕ' => out.push('φ'),
            'ϖ' => out.push('π'),
            'ϰ' => out.push('κ'),
            'ϱ' => out.push('ρ'),
            'ϵ' => out.push('ε'),
            'ẛ' => out.push('ṡ'),
            'ι' => out.push('ι'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

pub fn is_decimal_char(c: char) -> bool {
    decimal_value(c).is_some()
}

/// Digits: decimal digits plus superscripts, subscripts and circled digits.
pub fn is_digit_char(c: char) -> bool {
    is_decimal_char(c)
        || matches!(c, '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{2070}' | '\u{2074}'..='\u{2079}' | '\u{2080}'..='\u{2089}'
            | '\u{2460}'..='\u{2468}' | '\u{2474}'..='\u{247c}' | '\u{2488}'..='\u{2490}' | '\u{24ea}'
            | '\u{24f5}'..='\u{24fd}' | '\u{24ff}' | '\u{2776}'..='\u{277e}' | '\u{2780}'..='\u{2788}'
            | '\u{278a}'..='\u{2792}' | '\u{1369}'..='\u{1371}' | '\u{19da}')
}

pub fn is_numeric_char(c: char) -> bool {
    is_digit_char(c)
        || c.is_numeric()
        || matches!(
            c,
            '〇' | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '百'
                | '千'
                | '万'
                | '億'
                | '兆'
                | '零'
        )
}

pub fn is_alpha_char(c: char) -> bool {
    // Letter numbers (Ⅻ) and combining marks have the Alphabetic property but are not letters.
    c.is_alphabetic() && !c.is_numeric() && !is_combining_mark(c)
}

/// Combining marks have the Alphabetic property in Unicode but are not letters for Python.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{483}'..='\u{489}' | '\u{591}'..='\u{5bd}' | '\u{610}'..='\u{61a}'
        | '\u{64b}'..='\u{65f}' | '\u{900}'..='\u{903}' | '\u{93a}'..='\u{94f}' | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

pub fn is_alnum_char(c: char) -> bool {
    is_alpha_char(c) || is_numeric_char(c)
}

pub fn is_space_str(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_py_space)
}

pub fn is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    cased
}

pub fn is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        if c.is_lowercase() {
            cased = true;
        }
    }
    cased
}

pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => chars.all(unicode_ident::is_xid_continue),
        _ => false,
    }
}

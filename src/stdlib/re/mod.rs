//! The native half of `re` (the module itself is `python/re.py`): patterns are translated to
//! fancy-regex syntax (`translate`), compiled once per run (`RegexCache`) and matched here.
//! Positions cross to Python as character offsets.
//!
//! fancy-regex hands patterns without backreferences or lookaround to the regex crate, whose
//! matching time is linear; the others run on its backtracking engine under a budget derived
//! from the time limit, so `(a+)+$` on a long string ends as a time-limit error.

mod template;
mod translate;

use std::collections::HashMap;
use std::sync::Arc;

use fancy_regex::{Regex, RegexBuilder, RegexInput};

use crate::builtins::ArgSpec;
use crate::error::{Exc, LimitKind, PyResult};
use crate::objects::Dict;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::Args;

pub use template::{Template, template_error};

/// Backtracking steps allowed per second of the time limit: about half what an optimized
/// native build manages, so that a hostile pattern stops within the budget on slower targets
/// too. Unoptimized builds (tests) run the engine about ten times slower.
const BACKTRACKS_PER_SECOND: f64 = if cfg!(debug_assertions) { 600_000.0 } else { 10_000_000.0 };
/// Without a time limit a pattern still may not backtrack forever.
const BACKTRACKS_WITHOUT_TIME_LIMIT: usize = 200_000_000;
/// Compiled patterns kept per run (all are dropped when full).
const CACHE_SIZE: usize = 256;

/// One compiled pattern: for search/match, and (made on first use) for fullmatch.
#[derive(Clone, Debug)]
pub struct Compiled {
    regex: Regex,
    /// With `$` as the crate's multi-line `$`: used on texts without a newline before their
    /// last character, where it means the same and needs no backtracking engine.
    single_line: Option<Regex>,
    full: Option<Regex>,
    translated: String,
    groups: usize,
    names: Vec<(String, usize)>,
}

impl Compiled {
    /// The regex to search `haystack` with.
    fn for_text(&self, haystack: &str) -> &Regex {
        match &self.single_line {
            Some(r) if !haystack[..haystack.len().saturating_sub(1)].contains('\n') => r,
            _ => &self.regex,
        }
    }
}

/// Patterns compiled in this run, by (pattern, flags, size class of the text). Not part of
/// snapshots: a loaded run compiles again on first use.
#[derive(Clone, Debug, Default)]
pub struct RegexCache {
    compiled: HashMap<(String, i64, u32), Arc<Compiled>>,
}

/// Texts are grouped by size (0 up to 1 KiB, then one class per doubling) because one
/// backtracking step can scan the whole text: the step budget shrinks as texts grow.
fn size_class(text_len: usize) -> u32 {
    if text_len < 1024 { 0 } else { (usize::BITS - (text_len / 1024).leading_zeros()).min(12) }
}

fn backtrack_limit(vm: &Vm, class: u32) -> usize {
    let steps = match vm.limits.max_duration {
        Some(secs) => ((secs.max(0.0) * BACKTRACKS_PER_SECOND) as usize).max(10_000),
        None => BACKTRACKS_WITHOUT_TIME_LIMIT,
    };
    (steps >> class).max(1_000)
}

fn build(vm: &Vm, pattern: &str, class: u32) -> Result<Regex, String> {
    RegexBuilder::new(pattern).backtrack_limit(backtrack_limit(vm, class)).build().map_err(|e| e.to_string())
}

/// The compiled form of a Python pattern for texts of `class`, or its `re.error` (message,
/// position).
fn compiled(vm: &mut Vm, pattern: &str, flags: i64, class: u32) -> Result<Arc<Compiled>, (String, Option<usize>)> {
    let key = (pattern.to_string(), flags, class);
    if let Some(c) = vm.regex_cache.compiled.get(&key) {
        return Ok(c.clone());
    }
    let translated = translate::translate(pattern, flags).map_err(|p| (p.message, p.pos))?;
    let regex = build(vm, &translated.pattern, class).map_err(|e| (e, None))?;
    let single_line = match &translated.for_single_line {
        Some(p) => Some(build(vm, p, class).map_err(|e| (e, None))?),
        None => None,
    };
    let names: Vec<(String, usize)> =
        regex.capture_names().enumerate().filter_map(|(i, n)| Some((n?.to_string(), i))).collect();
    let compiled = Arc::new(Compiled {
        groups: regex.captures_len().saturating_sub(1),
        regex,
        single_line,
        full: None,
        translated: translated.pattern,
        names,
    });
    let cache = &mut vm.regex_cache.compiled;
    if cache.len() >= CACHE_SIZE {
        cache.clear();
    }
    cache.insert(key, compiled.clone());
    Ok(compiled)
}

/// The fullmatch variant: the pattern followed by the end of the text.
fn full_regex(vm: &mut Vm, pattern: &str, flags: i64, class: u32) -> PyResult<Regex> {
    let c = compiled(vm, pattern, flags, class).map_err(|(m, _)| Exc::value_error(m))?;
    if let Some(full) = &c.full {
        return Ok(full.clone());
    }
    let full = build(vm, &format!("(?:{})\\z", c.translated), class).map_err(Exc::value_error)?;
    let mut with_full = (*c).clone();
    with_full.full = Some(full.clone());
    vm.regex_cache.compiled.insert((pattern.to_string(), flags, class), Arc::new(with_full));
    Ok(full)
}

fn runtime_error(e: fancy_regex::Error) -> Exc {
    match e {
        fancy_regex::Error::RuntimeError(_) => Exc::Limit(LimitKind::Duration),
        other => Exc::value_error(other.to_string()),
    }
}

/// Byte offsets of a string to character offsets and back (identity for ASCII text).
struct Offsets {
    /// Byte offset of each character, and the length at the end; empty for ASCII text.
    starts: Vec<usize>,
}

impl Offsets {
    fn new(text: &str) -> Offsets {
        if text.is_ascii() {
            return Offsets { starts: Vec::new() };
        }
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        Offsets { starts }
    }

    fn to_byte(&self, char_pos: usize) -> usize {
        if self.starts.is_empty() { char_pos } else { self.starts.get(char_pos).copied().unwrap_or(0) }
    }

    fn to_char(&self, byte: usize) -> i64 {
        if self.starts.is_empty() { byte as i64 } else { self.starts.partition_point(|b| *b < byte) as i64 }
    }
}

fn str_arg(vm: &Vm, v: Value) -> PyResult<String> {
    vm.as_str(v).map(str::to_string).ok_or_else(|| Exc::type_error(format!("expected str, got {}", vm.type_name(v))))
}

/// The spans of a match: `[start0, end0, start1, end1, ...]` in characters, -1 for groups
/// that did not take part.
fn spans(caps: &fancy_regex::Captures<'_, str>, groups: usize, offsets: &Offsets) -> Vec<Value> {
    let mut out = Vec::with_capacity(2 * (groups + 1));
    for i in 0..=groups {
        match caps.get(i) {
            Some(m) => {
                out.push(Value::Int(offsets.to_char(m.start())));
                out.push(Value::Int(offsets.to_char(m.end())));
            }
            None => out.extend([Value::Int(-1), Value::Int(-1)]),
        }
    }
    out
}

/// `re_compile(pattern, flags)`: `(groups, groupindex)`, or `(message, position)` for re.error.
pub fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = ArgSpec::new("re_compile");
    spec.between(&args, 2, 2)?;
    let pattern = str_arg(vm, args.pos[0])?;
    let flags = vm.int_arg(args.pos[1])?;
    match compiled(vm, &pattern, flags, 0) {
        Ok(c) => {
            let index = vm.new_dict(Dict::new());
            for (name, i) in &c.names {
                let key = vm.new_str(name.clone());
                vm.dict_set(index, key, Value::Int(*i as i64))?;
            }
            Ok(vm.new_tuple(vec![Value::Int(c.groups as i64), index]))
        }
        Err((message, pos)) => {
            let message = vm.new_str(message);
            let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
            Ok(vm.new_tuple(vec![message, pos]))
        }
    }
}

struct Target {
    text: String,
    offsets: Offsets,
    start: usize,
    end: usize,
}

/// The string argument and the `pos`/`endpos` characters as byte offsets.
fn target(vm: &Vm, text: Value, pos: Value, endpos: Value) -> PyResult<Target> {
    let text = str_arg(vm, text)?;
    let offsets = Offsets::new(&text);
    let chars = if offsets.starts.is_empty() { text.len() } else { offsets.starts.len() - 1 };
    let clamp = |v: i64| (v.max(0) as usize).min(chars);
    let end = offsets.to_byte(clamp(vm.int_arg(endpos)?));
    let start = offsets.to_byte(clamp(vm.int_arg(pos)?)).min(end);
    Ok(Target { text, offsets, start, end })
}

/// `re_match(pattern, flags, string, pos, endpos, mode)` with mode 0 search, 1 match,
/// 2 fullmatch: the spans of the match, or None.
pub fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ArgSpec::new("re_match").between(&args, 6, 6)?;
    let pattern = str_arg(vm, args.pos[0])?;
    let flags = vm.int_arg(args.pos[1])?;
    let mode = vm.int_arg(args.pos[5])?;
    let t = target(vm, args.pos[2], args.pos[3], args.pos[4])?;
    // Up to endpos the text is all there is (Python treats endpos as the end of the string).
    let haystack = &t.text[..t.end];
    let class = size_class(haystack.len());
    let c = compiled(vm, &pattern, flags, class).map_err(|(m, _)| Exc::value_error(m))?;
    let regex = if mode == 2 { full_regex(vm, &pattern, flags, class)? } else { c.for_text(haystack).clone() };
    let input = RegexInput::new(haystack).from_pos(t.start).anchored(mode != 0);
    match regex.captures_input(input).map_err(runtime_error)? {
        Some(caps) => {
            let spans = spans(&caps, c.groups, &t.offsets);
            Ok(vm.new_list(spans))
        }
        None => Ok(Value::None),
    }
}

/// Every match from `pos` to `endpos` (at most `count` when positive), as span lists.
fn all_matches(vm: &mut Vm, c: &Compiled, t: &Target, count: usize) -> PyResult<Vec<Vec<Value>>> {
    let haystack = &t.text[..t.end];
    let regex = c.for_text(haystack);
    let mut out = Vec::new();
    let mut at = t.start;
    while at <= haystack.len() {
        let Some(caps) = regex.captures_input(RegexInput::new(haystack).from_pos(at)).map_err(runtime_error)? else {
            break;
        };
        let Some(m) = caps.get(0) else { break };
        out.push(spans(&caps, c.groups, &t.offsets));
        vm.reserve(64 * (c.groups + 1))?;
        if count > 0 && out.len() >= count {
            break;
        }
        // After a non-empty match an empty one may follow at its end (Python 3.7+); after an
        // empty match the search moves on a character.
        at = if m.start() == m.end() { next_char(haystack, m.end()) } else { m.end() };
    }
    Ok(out)
}

fn next_char(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(at + 1, |c| at + c.len_utf8())
}

/// `re_all(pattern, flags, string, pos, endpos, count)`: the spans of every match.
pub fn find_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ArgSpec::new("re_all").between(&args, 6, 6)?;
    let pattern = str_arg(vm, args.pos[0])?;
    let flags = vm.int_arg(args.pos[1])?;
    let t = target(vm, args.pos[2], args.pos[3], args.pos[4])?;
    let c = compiled(vm, &pattern, flags, size_class(t.end)).map_err(|(m, _)| Exc::value_error(m))?;
    let count = vm.int_arg(args.pos[5])?.max(0) as usize;
    let matches = all_matches(vm, &c, &t, count)?;
    let lists: Vec<Value> = matches.into_iter().map(|spans| vm.new_list(spans)).collect();
    Ok(vm.new_list(lists))
}

/// `re_sub(pattern, flags, string, template, count, groupindex)`: `(new_string, n)`.
pub fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ArgSpec::new("re_sub").between(&args, 6, 6)?;
    let pattern = str_arg(vm, args.pos[0])?;
    let flags = vm.int_arg(args.pos[1])?;
    let text = str_arg(vm, args.pos[2])?;
    let c = compiled(vm, &pattern, flags, size_class(text.len())).map_err(|(m, _)| Exc::value_error(m))?;
    let template =
        Template::parse(&str_arg(vm, args.pos[3])?, c.groups, &c.names).map_err(|(m, _)| Exc::value_error(m))?;
    let count = vm.int_arg(args.pos[4])?.max(0) as usize;
    let offsets = Offsets::new(&text);
    let t = Target { end: text.len(), start: 0, offsets, text };
    let matches = all_matches(vm, &c, &t, count)?;
    let mut out = String::with_capacity(t.text.len());
    let mut last = 0;
    for spans in &matches {
        let span = |i: usize| -> Option<(usize, usize)> {
            match (spans.get(2 * i), spans.get(2 * i + 1)) {
                (Some(Value::Int(s)), Some(Value::Int(e))) if *s >= 0 => {
                    Some((t.offsets.to_byte(*s as usize), t.offsets.to_byte(*e as usize)))
                }
                _ => None,
            }
        };
        let Some((start, end)) = span(0) else { continue };
        out.push_str(&t.text[last..start]);
        template.expand_into(&mut out, &t.text, span);
        last = end;
        if out.len() > 1 << 16 {
            vm.reserve(out.len() / 8)?;
        }
    }
    out.push_str(&t.text[last..]);
    vm.reserve(out.len())?;
    let n = Value::Int(matches.len() as i64);
    let s = vm.new_str(out);
    Ok(vm.new_tuple(vec![s, n]))
}

/// `re_expand(template, string, spans, groupindex)`: `Match.expand`.
pub fn expand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ArgSpec::new("re_expand").between(&args, 4, 4)?;
    let template = str_arg(vm, args.pos[0])?;
    let text = str_arg(vm, args.pos[1])?;
    let spans: Vec<i64> =
        vm.seq_items(args.pos[2]).unwrap_or(&[]).iter().map(|v| if let Value::Int(i) = v { *i } else { -1 }).collect();
    let names = group_names(vm, args.pos[3]);
    let groups = (spans.len() / 2).saturating_sub(1);
    let template = Template::parse(&template, groups, &names).map_err(|(m, _)| Exc::value_error(m))?;
    let offsets = Offsets::new(&text);
    let mut out = String::new();
    template.expand_into(&mut out, &text, |i| {
        let (s, e) = (*spans.get(2 * i)?, *spans.get(2 * i + 1)?);
        (s >= 0).then(|| (offsets.to_byte(s as usize), offsets.to_byte(e as usize)))
    });
    Ok(vm.new_str(out))
}

/// The (name, index) pairs of a `groupindex` dict.
fn group_names(vm: &Vm, index: Value) -> Vec<(String, usize)> {
    let Value::Ref(id) = index else { return Vec::new() };
    let crate::objects::Object::Dict(d) = vm.heap.get(id) else { return Vec::new() };
    d.iter_entries()
        .filter_map(|e| match e.value {
            Value::Int(i) => Some((vm.as_str(e.key)?.to_string(), i as usize)),
            _ => None,
        })
        .collect()
}

/// `re_template_error(template, groups, groupindex)`: None, or `(message, position)`.
pub fn check_template(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ArgSpec::new("re_template_error").between(&args, 3, 3)?;
    let template = str_arg(vm, args.pos[0])?;
    let groups = vm.int_arg(args.pos[1])?.max(0) as usize;
    let names = group_names(vm, args.pos[2]);
    match template_error(&template, groups, &names) {
        None => Ok(Value::None),
        Some((message, pos)) => {
            let message = vm.new_str(message);
            let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
            Ok(vm.new_tuple(vec![message, pos]))
        }
    }
}

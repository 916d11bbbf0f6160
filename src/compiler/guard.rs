//! A token scan that runs before the parser, so that hostile nesting cannot exhaust the native
//! stack (the parser, the compiler and dropping the syntax tree all recurse on nesting).
//!
//! Limits follow CPython's: 200 nested brackets, 100 indentation levels, and an expression
//! "pressure" (brackets plus chained operators) beyond which CPython itself gives up with
//! "maximum recursion depth exceeded during compilation".

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{Mode, lexer::lex};

const MAX_BRACKETS: usize = 200;
const MAX_INDENT: usize = 100;
const MAX_PRESSURE: usize = 400;

/// Sources shorter than this cannot exceed any limit (each level needs at least one byte,
/// and 100 indentation levels need more), so the scan can be skipped.
pub const MIN_GUARDED_LEN: usize = 200;

/// What was exceeded, with the (approximate, 1-based) line where it happened: the lexer does
/// not expose token positions, so lines are counted from newline tokens.
pub enum GuardError {
    Brackets(u32),
    Indent(u32),
    Complexity(u32),
}

/// Scan the tokens. On success, returns the innermost bracket left open at the end of the
/// source (its character and approximate line), for a better error if parsing then fails.
pub fn check_nesting(source: &str) -> Result<Option<(char, u32)>, GuardError> {
    let mut lexer = lex(source, Mode::Module);
    let mut open: Vec<(char, u32)> = Vec::new();
    // One operator counter per open bracket level (index 0 is the statement level).
    let mut chains: Vec<usize> = vec![0];
    let mut indent = 0usize;
    let mut line = 1u32;
    loop {
        let kind = lexer.next_token();
        let at = line;
        match kind {
            TokenKind::NonLogicalNewline => line += 1,
            TokenKind::EndOfFile => return Ok(open.pop()),
            TokenKind::Lpar
            | TokenKind::Lsqb
            | TokenKind::Lbrace
            | TokenKind::FStringStart
            | TokenKind::TStringStart => {
                match kind {
                    TokenKind::Lpar => open.push(('(', at)),
                    TokenKind::Lsqb => open.push(('[', at)),
                    TokenKind::Lbrace => open.push(('{', at)),
                    _ => {}
                }
                if let Some(c) = chains.last_mut() {
                    *c += 1;
                }
                chains.push(0);
                if chains.len() > MAX_BRACKETS + 1 {
                    return Err(GuardError::Brackets(at));
                }
                // Calls and subscripts chain too: `f()()()...`.
                if chains.len() + chains.iter().sum::<usize>() > MAX_PRESSURE {
                    return Err(GuardError::Complexity(at));
                }
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace | TokenKind::FStringEnd | TokenKind::TStringEnd => {
                // The bracket stays part of its level's chain (calls and subscripts chain).
                if chains.len() > 1 {
                    chains.pop();
                }
                if matches!(kind, TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace) {
                    open.pop();
                }
            }
            TokenKind::Comma | TokenKind::Newline | TokenKind::Semi => {
                if kind == TokenKind::Newline {
                    line += 1;
                }
                if let Some(c) = chains.last_mut() {
                    *c = 0;
                }
                if kind != TokenKind::Comma {
                    // A new statement: brackets cannot span it (the lexer recovers anyway).
                    chains.clear();
                    chains.push(0);
                    if kind == TokenKind::Newline && !open.is_empty() {
                        return Ok(open.pop());
                    }
                }
            }
            TokenKind::Indent => {
                indent += 1;
                if indent > MAX_INDENT {
                    return Err(GuardError::Indent(at));
                }
            }
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            k if is_chaining(k) => {
                if let Some(c) = chains.last_mut() {
                    *c += 1;
                }
                // Nesting depth of the tree being built: open brackets plus chained operators.
                let pressure = chains.len() + chains.iter().sum::<usize>();
                if pressure > MAX_PRESSURE {
                    return Err(GuardError::Complexity(at));
                }
            }
            _ => {}
        }
    }
}

/// Tokens that can deepen an expression tree without opening a bracket.
fn is_chaining(k: TokenKind) -> bool {
    matches!(
        k,
        TokenKind::Plus
            | TokenKind::Minus
            | TokenKind::Star
            | TokenKind::Slash
            | TokenKind::Vbar
            | TokenKind::Amper
            | TokenKind::Less
            | TokenKind::Greater
            | TokenKind::Dot
            | TokenKind::Percent
            | TokenKind::EqEqual
            | TokenKind::NotEqual
            | TokenKind::LessEqual
            | TokenKind::GreaterEqual
            | TokenKind::Tilde
            | TokenKind::CircumFlex
            | TokenKind::LeftShift
            | TokenKind::RightShift
            | TokenKind::DoubleStar
            | TokenKind::DoubleSlash
            | TokenKind::At
            | TokenKind::ColonEqual
            | TokenKind::And
            | TokenKind::Or
            | TokenKind::Not
            | TokenKind::In
            | TokenKind::Is
            | TokenKind::If
            | TokenKind::Else
            | TokenKind::Lambda
            | TokenKind::Await
            | TokenKind::Yield
            | TokenKind::For
    )
}

//! f-strings: literal pieces and formatted fields, joined with one `BuildString`.

use ruff_python_ast::{self as ast, ConversionFlag, InterpolatedStringElement};

use super::{CompileError, Compiler};
use crate::bytecode::{Const, Instr};

impl<'a> Compiler<'a, '_> {
    pub(super) fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> Result<(), CompileError> {
        let mut pieces = Pieces::default();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => pieces.text.push_str(&s.value),
                ast::FStringPart::FString(fs) => {
                    for e in fs.elements.iter() {
                        self.compile_element(e, &mut pieces)?;
                    }
                }
            }
        }
        self.finish_pieces(pieces);
        Ok(())
    }

    fn compile_element(&mut self, e: &'a InterpolatedStringElement, pieces: &mut Pieces) -> Result<(), CompileError> {
        match e {
            InterpolatedStringElement::Literal(l) => pieces.text.push_str(&l.value),
            InterpolatedStringElement::Interpolation(i) => {
                let mut conversion = match i.conversion {
                    ConversionFlag::None => 0,
                    ConversionFlag::Str => 1,
                    ConversionFlag::Repr => 2,
                    ConversionFlag::Ascii => 3,
                };
                if let Some(debug) = &i.debug_text {
                    pieces.text.push_str(debug.leading());
                    pieces.text.push_str(debug.expression());
                    pieces.text.push_str(debug.trailing());
                    if conversion == 0 && i.format_spec.is_none() {
                        conversion = 2;
                    }
                }
                self.flush_text(pieces);
                self.compile_expr(&i.expression)?;
                let mut flags = conversion;
                if let Some(spec) = &i.format_spec {
                    let mut inner = Pieces::default();
                    for e in spec.elements.iter() {
                        self.compile_element(e, &mut inner)?;
                    }
                    self.finish_pieces(inner);
                    flags |= 4;
                }
                self.emit(Instr::FormatValue { flags });
                pieces.count += 1;
            }
        }
        Ok(())
    }

    fn flush_text(&mut self, pieces: &mut Pieces) {
        if !pieces.text.is_empty() {
            let text = std::mem::take(&mut pieces.text);
            self.load_const(Const::Str(text));
            pieces.count += 1;
        }
    }

    /// Leave exactly one string on the stack for all the pieces pushed so far.
    fn finish_pieces(&mut self, mut pieces: Pieces) {
        self.flush_text(&mut pieces);
        match pieces.count {
            0 => self.load_const(Const::Str(String::new())),
            1 => {}
            n => self.emit(Instr::BuildString { n }),
        }
    }
}

#[derive(Default)]
struct Pieces {
    /// Literal text not yet pushed.
    text: String,
    /// Strings pushed so far.
    count: u32,
}

//! Programs travel as the sources that built them, not as bytecode: loading recompiles them.
//!
//! Compilation is deterministic, so the recompiled program is the one the saved heap and
//! frames refer to. A fingerprint of the bytecode guards that promise: a snapshot taken by a
//! build whose compiler differs is refused instead of resuming at the wrong instruction.
//! Sources are smaller than bytecode, and trusting our own compiler's output means the loader
//! never has to validate instructions.

use serde::{Deserialize, Serialize};

use crate::bytecode::Program;
use crate::compiler::{self, CompileOptions};

/// One compilation: file name, source text, REPL mode, console display.
#[derive(Serialize)]
pub struct StepRef<'a>(&'a str, &'a str, bool, bool);

#[derive(Deserialize)]
pub struct Step(String, String, bool, bool);

/// The compilations that built `program`, borrowing its sources.
pub fn recipe_of(program: &Program) -> Vec<StepRef<'_>> {
    program
        .recipe
        .iter()
        .filter_map(|step| {
            let source = program.sources.get(step.source as usize)?;
            Some(StepRef(&source.filename, &source.text, step.interactive, step.display))
        })
        .collect()
}

/// Compile the steps again, in order.
pub fn rebuild(steps: &[Step]) -> Result<Program, String> {
    let mut program = Program::default();
    for Step(filename, text, interactive, display) in steps {
        let opts = CompileOptions { filename, interactive: *interactive, display: *display };
        compiler::compile_into(&mut program, text, &opts)
            .map_err(|e| format!("snapshot source {filename} does not compile: {}", e.msg))?;
    }
    Ok(program)
}

/// A checksum of everything the interpreter state refers to by index: code objects (with
/// their instructions), constants, names, globals and modules.
pub fn fingerprint(program: &Program) -> u32 {
    let tables = (&program.codes, &program.consts, &program.names, &program.globals, &program.modules, program.entry);
    let mut hasher = crc32fast::Hasher::new();
    // Serializing into a Vec cannot fail for these plain types.
    if let Ok(bytes) = postcard::to_allocvec(&tables) {
        hasher.update(&bytes);
    }
    hasher.finalize()
}

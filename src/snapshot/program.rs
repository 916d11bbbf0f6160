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

/// One compilation: its file name (None: the same as the previous step's, which a REPL's
/// feeds share), its source text, and its flags (`INTERACTIVE`, `DISPLAY`).
#[derive(Serialize)]
pub struct StepRef<'a>(Option<&'a str>, &'a str, u8);

#[derive(Deserialize)]
pub struct Step(Option<String>, String, u8);

const INTERACTIVE: u8 = 1;
const DISPLAY: u8 = 2;

/// The compilations that built `program`, borrowing its sources.
pub fn recipe_of(program: &Program) -> Vec<StepRef<'_>> {
    let mut previous: Option<&str> = None;
    program
        .recipe
        .iter()
        .filter_map(|step| {
            let source = program.sources.get(step.source as usize)?;
            let name = source.filename.as_str();
            let flags = if step.interactive { INTERACTIVE } else { 0 } | if step.display { DISPLAY } else { 0 };
            let repeated = previous == Some(name);
            previous = Some(name);
            Some(StepRef((!repeated).then_some(name), &source.text, flags))
        })
        .collect()
}

/// Compile the steps again, in order.
pub fn rebuild(steps: &[Step]) -> Result<Program, String> {
    let mut program = Program::default();
    let mut filename = "";
    for Step(name, text, flags) in steps {
        if let Some(name) = name {
            filename = name;
        }
        let opts = CompileOptions { filename, interactive: flags & INTERACTIVE != 0, display: flags & DISPLAY != 0 };
        compiler::compile_into(&mut program, text, &opts)
            .map_err(|e| format!("snapshot source {filename} does not compile: {}", e.msg))?;
    }
    Ok(program)
}

/// A checksum of everything the interpreter state refers to by index: code objects (with
/// their instructions), constants, names, globals and modules.
pub fn fingerprint(program: &Program) -> u32 {
    *program.fingerprint.get_or_init(|| compute_fingerprint(program))
}

fn compute_fingerprint(program: &Program) -> u32 {
    let tables = (&program.codes, &program.consts, &program.names, &program.globals, &program.modules, program.entry);
    let mut hasher = crc32fast::Hasher::new();
    // Serializing into a Vec cannot fail for these plain types.
    if let Ok(bytes) = postcard::to_allocvec(&tables) {
        hasher.update(&bytes);
    }
    hasher.finalize()
}
